#!/usr/bin/env python3
"""Build the seven zsa- blind test files (set heldout681).

Run with /work/main/.venv/bin/python zsa_make.py  (openpyxl, python-docx).
Writes only files whose names start with 'zsa-'.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


def out(name):
    assert name.startswith("zsa-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Cell text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ======================================================= 1. Tameside (docx)
TAMESIDE = [
    ("Priority 1: Strengthening plans for children in need and children subject to child protection plans",
     "MV2.1 Plans are not specific enough about what needs to change for children, and progress against plans is not reviewed robustly, so some children experience drift and delay.",
     [
         ("1.1", "Relaunch the child in need and child protection plan template with SMART outcomes co-produced with practitioners and families.",
          "Head of Service – Children in Need and Child Protection", "31/05/2025", BLUE,
          "New template live in Liquidlogic from 12 May 2025; briefings delivered to all CIN/CP teams."),
         ("1.2", "Introduce monthly tracking of all children subject to a child protection plan for more than nine months, with escalation to the Head of Service where there is no evidence of progress.",
          "Head of Service – Children in Need and Child Protection\nIndependent Reviewing Service Manager", "30/06/2025", GREEN,
          "Tracker in place since April 2025; 41 children reviewed, 6 escalated."),
         ("1.3", "Audit 40 child in need plans each quarter through the practice assurance framework, with findings reported to the Improvement Board.",
          "Quality Assurance Manager", "Q2 2025/26", AMBER,
          "First audit cycle delayed by two weeks because of auditor capacity; completion now expected mid-September."),
     ]),
    ("Priority 2: Timely and effective management oversight and supervision",
     "MV2.2 Management oversight is not consistently effective in identifying and addressing drift, and supervision records do not always set clear actions with timescales.",
     [
         ("2.1", "Implement the revised supervision policy and recording template, including reflective discussion and actions with timescales.",
          "Principal Social Worker", "31/07/2025", GREEN,
          "Policy approved by DMT on 3 June 2025; template goes live on 14 July."),
         ("2.2", "Deliver the ‘Confident Managers’ development programme to all team managers and assistant team managers.",
          "Workforce Development Manager / Principal Social Worker", "October 2025", GREEN,
          "Cohort 1 (14 managers) started in May; cohort 2 starts in September."),
         ("2.3", "Report monthly compliance with supervision frequency by team to the Children’s Services Performance Board.",
          "Performance and Intelligence Manager", "Monthly", GREEN,
          "Reported since April 2025. June compliance: 86% (target 90%)."),
     ]),
    ("Priority 3: Workforce stability and caseloads",
     "MV2.3 Although caseloads are reducing, a continued reliance on agency staff and changes of social worker mean that some children do not build trusting relationships with their workers.",
     [
         ("3.1", "Convert at least 20 agency social workers to permanent contracts through the agency conversion offer.",
          "Assistant Director, Children’s Social Care", "Revised: 31/12/2025 (original 30/09/2025)", RED,
          "11 conversions to date. Offer revised in June 2025 following benchmarking with Greater Manchester authorities."),
         ("3.2", "Open a second cohort of the Social Work Academy for newly qualified social workers, with protected caseloads in the ASYE year.",
          "Social Work Academy Lead", "September 2025", GREEN,
          "12 offers made; start date 8 September 2025."),
         ("3.3", "Reduce average caseloads in the Safeguarding and Care Planning teams to no more than 18 children per social worker.",
          "Head of Service – Children in Need and Child Protection; Head of Service – Children in Care", "31/03/2026", AMBER,
          "Average caseload 21.4 at 30 June 2025 (24.9 in January)."),
     ]),
]


def make_tameside():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Tameside Metropolitan Borough Council")
    r.bold = True
    d.add_heading("Children’s Services – Ofsted Monitoring Visit Action Plan", level=0)
    d.add_paragraph("Response to the findings of the Ofsted monitoring visit carried out in February 2025 "
                    "(letter published 25 March 2025). Progress position at 30 June 2025.")

    d.add_heading("Document control", level=2)
    dc = d.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Director of Children’s Services"),
        ("Version", "1.3"),
        ("Date", "7 July 2025"),
        ("Reported to", "Children’s Services Improvement Board; Children’s Services Scrutiny Panel"),
        ("Next review", "September 2025"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([
        (BLUE, "Action complete"),
        (GREEN, "On track to be delivered by the target date"),
        (AMBER, "At risk of slippage – mitigation in place"),
        (RED, "Off track – escalated to the Improvement Board"),
    ]):
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)

    d.add_heading("Summary of RAG position (June 2025)", level=2)
    sm = d.add_table(rows=2, cols=5)
    sm.style = "Table Grid"
    for i, (lab, n) in enumerate([("Blue", "1"), ("Green", "5"), ("Amber", "2"), ("Red", "1"), ("Total", "9")]):
        set_cell(sm.cell(0, i), lab, bold=True)
        set_cell(sm.cell(1, i), n)

    cols = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update (June 2025)"]
    for prio, finding, acts in TAMESIDE:
        d.add_heading(prio, level=1)
        t = d.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, cols)
        m = t.cell(1, 0).merge(t.cell(1, 5))
        set_cell(m, finding, bold=True)
        shade(m, "D9E2F3")
        for j, (ref, act, lead, when, rag, upd) in enumerate(acts):
            row = t.rows[2 + j].cells
            set_cell(row[0], ref)
            set_cell(row[1], act)
            set_cell(row[2], lead)
            set_cell(row[3], when)
            set_cell(row[4], "")
            shade(row[4], rag)
            set_cell(row[5], upd)
        d.add_paragraph()

    d.add_paragraph("Note: RAG ratings are agreed at the monthly Improvement Board. Actions rated blue remain "
                    "on the plan until their impact has been evidenced through audit.")
    d.save(out("zsa-tameside-council-ofsted-monitoring-visit-action-plan.docx"))


# ======================================================= 2. Havering (xlsx)
HAV_TRACKER = [
    ("People Overview & Scrutiny Sub-Committee",
     "Topic group: Hospital discharge and reablement",
     [
         ("SR 24/25-01", dt.datetime(2025, 2, 12),
          "That the Council works with BHRUT and NELFT to publish a single discharge-to-assess pathway for Havering residents, setting out the role of each partner.",
          "Agreed", "Cabinet Member for Adults & Wellbeing / Director of Adult Social Care",
          dt.datetime(2025, 7, 31),
          "Pathway agreed at the Havering Place-Based Partnership Board in June 2025 and published on the Council website.",
          "Green"),
         ("SR 24/25-02", dt.datetime(2025, 2, 12),
          "That the reablement service reports quarterly to the Sub-Committee on the proportion of people still at home 91 days after discharge.",
          "Agreed", "Director of Adult Social Care", "Quarterly",
          "First quarterly report received at the September 2025 meeting; data for Q2 still being validated.",
          "Amber"),
         ("SR 24/25-03", dt.datetime(2025, 2, 12),
          "That options for extending reablement capacity at weekends are costed and brought back to Cabinet as part of the 2026/27 budget.",
          "Agreed in part", "PT / JS", "Feb-26",
          "Costed options in preparation; dependent on the Better Care Fund allocation for 2026/27.",
          "Amber"),
     ]),
    ("Children & Learning Overview & Scrutiny Sub-Committee",
     "Topic group: Children missing education",
     [
         ("SR 24/25-04", dt.datetime(2024, 11, 20),
          "That the Council maintains a single register of children missing education and children electively home educated, reviewed monthly by the Access & Inclusion service.",
          "Agreed", "Head of Access & Inclusion", "31/03/2025\nRevised: 30/11/2025",
          "Register built in Capita One; cleansing of historic elective home education records delayed by the system upgrade.",
          "Red"),
         ("SR 24/25-05", dt.datetime(2024, 11, 20),
          "That schools are reminded each term of their duty to notify the local authority of any pupil removed from the school roll.",
          "Agreed", "Head of Access & Inclusion", "Termly",
          "Reminder included in the Headteachers’ Bulletin each term since April 2025.",
          "Green"),
     ]),
    ("Places Overview & Scrutiny Sub-Committee",
     "Topic group: Highway defects and pothole repairs",
     [
         ("SR 24/25-06", dt.datetime(2025, 3, 6),
          "That the Council publishes an online map of reported highway defects and their repair status.",
          "Agreed", "Cabinet Member for Environment; Assistant Director – Highways, Traffic & Parking",
          "Q4 2025/26",
          "Supplier demonstration held in August 2025; procurement through the London Highways Alliance framework.",
          "Amber"),
     ]),
]
HAV_CLOSED = [
    ("Health Overview & Scrutiny Sub-Committee",
     [("SR 23/24-09",
       "That GP practices in Havering are encouraged to promote the NHS App for repeat prescriptions, with take-up reported to the Sub-Committee.",
       "Director of Public Health", dt.datetime(2024, 12, 31), dt.datetime(2025, 7, 10), "Green")]),
    ("Crime & Disorder Sub-Committee",
     [("SR 23/24-12",
       "That the Community Safety Partnership publishes a summary of its Serious Violence Duty strategic needs assessment.",
       "Head of Community Safety & Development", "March 2025", dt.datetime(2025, 7, 10), "Green")]),
]
RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def make_havering():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Tracker 2024-25"
    ws["A1"] = "London Borough of Havering"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Overview & Scrutiny – Recommendations Tracker 2024/25"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position as at 30 September 2025 – report to Overview & Scrutiny Board, 9 October 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Date agreed", "Recommendation", "Cabinet response", "Lead Cabinet Member / Officer",
           "Target date", "Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = box
        c.alignment = wrap
    r = 6
    for sub, topic, recs in HAV_TRACKER:
        ws.cell(row=r, column=1, value=sub).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="BFBFBF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(row=r, column=1, value=topic).font = Font(italic=True, bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, agreed, rec, resp, lead, target, upd, status in recs:
            vals = [ref, agreed, rec, resp, lead, target, upd, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = box
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=RAGFILL[status])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for lab, n in [("Green", 2), ("Amber", 3), ("Red", 1), ("Total", 6)]:
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        r += 1
    for col, w in zip("ABCDEFGH", [13, 12, 55, 14, 32, 16, 50, 10]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Signed off")
    ws2["A1"] = "Recommendations signed off by the Overview & Scrutiny Board – 2024/25"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Recommendation", "Lead Officer", "Target date", "Date signed off", "Status"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    r = 4
    for sub, recs in HAV_CLOSED:
        ws2.cell(row=r, column=1, value=sub).font = Font(bold=True)
        ws2.cell(row=r, column=1).fill = PatternFill("solid", fgColor="BFBFBF")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, rec, lead, target, signed, status in recs:
            for i, v in enumerate([ref, rec, lead, target, signed, status], 1):
                c = ws2.cell(row=r, column=i, value=v)
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=6).fill = PatternFill("solid", fgColor=RAGFILL[status])
            r += 1
    for col, w in zip("ABCDEF", [13, 60, 34, 14, 16, 10]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "Status key"
    ws3["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([
        ("Green", "Recommendation implemented – can be signed off by the Board"),
        ("Amber", "Implementation under way"),
        ("Red", "Implementation delayed or not started – lead officer to attend the Sub-Committee"),
    ], 2):
        ws3.cell(row=i, column=1, value=lab).fill = PatternFill("solid", fgColor=RAGFILL[lab])
        ws3.cell(row=i, column=2, value=txt)
    ws3["A6"] = "Cabinet response"
    ws3["A6"].font = Font(bold=True)
    ws3["A7"] = "Agreed / Agreed in part / Not agreed, as recorded in the Cabinet minutes."
    ws3.column_dimensions["A"].width = 18
    ws3.column_dimensions["B"].width = 80
    wb.save(out("zsa-havering-council-overview-scrutiny-recommendations-tracker.xlsx"))


# ======================================================= 3. Rhondda Cynon Taf (csv)
RCT_ROWS = [
    ("1. People and Communities", "Supporting people to live independently", "PC1.1",
     "Open the new extra care scheme in Porth and allocate all 60 apartments.",
     "Head of Adult Services Commissioning", "31/12/2025", "", "On Target",
     "Building handover confirmed for November 2025; 38 allocations agreed at panel."),
    ("1. People and Communities", "Supporting people to live independently", "PC1.2",
     "Extend the Community Resilience Hub model to two further localities.",
     "Service Director, Community Wellbeing & Resilience", "31/03/2026", "", "On Target",
     "Ferndale hub opened in July 2025; second locality to be confirmed in Q3."),
    ("1. People and Communities", "Keeping children and young people safe", "PC2.1",
     "Implement the Welsh Government reforms to eliminate profit from the care of children looked after, including the development of two new in-house children's homes.",
     "Director of Children's Services", "31/03/2025", "31/03/2026", "Not on Target",
     "First home registered with CIW in August 2025; planning consent for the second home delayed."),
    ("2. Work and Business", "Regenerating our town centres", "WB1.1",
     "Deliver the Aberdare town centre placemaking plan public realm improvements.",
     "Head of Regeneration", "Sep-25", "", "Complete",
     "Works completed in August 2025 within budget."),
    ("2. Work and Business", "Regenerating our town centres", "WB1.2",
     "Support 150 businesses through the Shared Prosperity Fund business grant programme.",
     "Head of Regeneration / Business Support Manager", "31/03/2026", "", "On Target",
     "97 businesses supported to the end of Q2."),
    ("2. Work and Business", "Skills and employment", "WB2.1",
     "Support 400 residents into employment through the Communities for Work Plus programme.",
     "Employment & Skills Manager", "Ongoing", "", "At Risk",
     "Q2 job outcomes below profile because of reduced referrals from Jobcentre Plus."),
    ("3. Nature and the Environment", "Reducing waste and increasing recycling", "NE1.1",
     "Extend the separate collection of absorbent hygiene products to all households.",
     "Head of Waste Services", "30/06/2025", "31/01/2026", "At Risk",
     "Roll-out reached 78% of households; new vehicles due in December 2025."),
    ("3. Nature and the Environment", "Flood resilience", "NE2.1",
     "Complete the Cilfynydd flood alleviation scheme and submit the full business case to Welsh Government.",
     "Head of Flood Risk Management & Strategic Projects", "Mar-26", "", "On Target",
     "Outline business case approved; detailed design 60% complete."),
    ("4. Culture, Heritage and Welsh Language", "Promoting the Welsh language", "CH1.1",
     "Increase the number of Welsh-medium childcare places in line with the Welsh in Education Strategic Plan (WESP) target for 2025/26.",
     "Director of Education & Inclusion Services", "Summer term 2026", "", "Not Started",
     "To begin following the WESP review in January 2026."),
    ("4. Culture, Heritage and Welsh Language", "Heritage and culture", "CH2.1",
     "Reopen the Rhondda Heritage Park visitor centre following refurbishment.",
     "Head of Heritage Services; Head of Leisure Services", "October 2025", "", "Complete",
     "Visitor centre reopened on 26 September 2025."),
]


def make_rct():
    with open(out("zsa-rhondda-cynon-taf-cbc-corporate-plan-delivery-tracker-2025-26.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Rhondda Cynon Taf County Borough Council"])
        w.writerow(["Corporate Plan 2024-2030 Working with our Communities - Action Plan Progress, Quarter 2 2025/26 (to 30 September 2025)"])
        w.writerow([])
        w.writerow(["Well-being Objective", "Priority", "Ref", "Action", "Responsible Officer",
                    "Planned Completion", "Revised Completion", "Status", "Progress Comment"])
        for row in RCT_ROWS:
            w.writerow(row)
        w.writerow([])
        w.writerow(["Status key: Complete (Blue); On Target (Green); At Risk (Amber); Not on Target (Red); Not Started (no rating)"])
        w.writerow(["Source: performance management system export, 14/10/2025"])


# ======================================================= 4. APSE (xlsx)
APSE = [
    ("Priority 1: Early permanence and timely matching", [
        ("Increase the use of early permanence (EP) so that more babies are placed with their prospective adopters at the earliest point.", [
            ("1.1", "Deliver EP awareness sessions for social workers and IROs in each of the three local authorities.",
             "EP Practice Lead", dt.datetime(2025, 9, 1), "G", "B",
             "Sessions delivered in Bexley (June), Medway (July) and Kent (September)."),
            ("1.2", "Recruit and approve 8 EP-ready adopter households.",
             "Team Manager – Recruitment & Assessment", dt.datetime(2026, 3, 31), "A", "A",
             "4 households approved; 3 in assessment."),
        ]),
        ("Reduce the time between placement order and match for children who wait longest.", [
            ("1.3", "Introduce a monthly tracking meeting for children waiting more than 6 months from placement order, with the Kent, Medway and Bexley permanence leads.",
             "Family Finding Team Manager; LA Permanence Leads", dt.datetime(2025, 7, 1), "G", "B",
             "Meeting established in July 2025; 23 children currently tracked."),
            ("1.4", "Use Link Maker and exchange days for all children waiting over 9 months, including sibling groups.",
             "Family Finding Team Manager", "Ongoing", "G", "G",
             "All 11 children waiting over 9 months profiled; 2 links made at the September exchange day."),
        ]),
    ]),
    ("Priority 2: Adopter recruitment and sufficiency", [
        ("Increase the number and diversity of approved adopters to meet the needs of children waiting.", [
            ("2.1", "Launch a targeted recruitment campaign for adopters of sibling groups and children over 4, aligned with the Adoption England national campaign.",
             "Marketing and Communications Lead", dt.datetime(2025, 11, 1), "G", "G",
             "Campaign materials signed off; launch planned for National Adoption Week."),
            ("2.2", "Complete 90% of Stage 1 checks within the 2-month timescale.",
             "Team Manager – Recruitment & Assessment", "Q4 2025/26", "R", "A",
             "74% in Q2 (58% in Q1); additional business support in place since August."),
            ("2.3", "Re-launch the adopter ‘buddy’ scheme with volunteer adopters in each area.",
             "AS/KM", "Dec-25 (was Sep-25)", "A", "R",
             "Volunteer coordinator post vacant; re-profiled to December 2025."),
        ]),
    ]),
    ("Priority 3: Adoption support", [
        ("Ensure families receive timely, trauma-informed adoption support.", [
            ("3.1", "Reduce the waiting list for adoption support assessments to under 8 weeks.",
             "Adoption Support Team Manager", dt.datetime(2026, 1, 31), "R", "A",
             "Average wait 11 weeks (15 weeks in April)."),
            ("3.2", "Commission a regional therapeutic parenting programme using the Adoption and Special Guardianship Support Fund.",
             "Head of APSE / Commissioning Officer", "Mar-26 (was Dec-25)", "G", "A",
             "Tender delayed to allow joint commissioning with Kent Special Guardianship support."),
            ("3.3", "Publish a revised adoption support offer on the APSE website, co-produced with adopters.",
             "Adoption Support Team Manager", dt.datetime(2026, 2, 1), "", "",
             "Not started – scheduled after the adopter consultation closes in November 2025."),
        ]),
    ]),
    ("Priority 4: Voice of adopted people and birth families", [
        ("Make sure the voices of adopted children, adults and birth relatives shape the service.", [
            ("4.1", "Establish a regional adopted young people’s participation group meeting at least quarterly.",
             "Participation Officer", dt.datetime(2026, 1, 1), "A", "G",
             "First meeting held 16 September 2025 with 9 young people."),
        ]),
    ]),
]


def make_apse():
    wb = Workbook()
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Adoption Partnership South East"
    cv["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    cv["A2"] = "Regional Adoption Agency for Bexley, Kent and Medway"
    cv["A4"] = "Service Improvement Plan 2025–26"
    cv["A4"].font = Font(bold=True, size=14)
    rows = [("Version", "2.1"), ("Date", dt.datetime(2025, 10, 20)),
            ("Plan owner", "Head of Adoption Partnership South East"),
            ("Approved by", "APSE Partnership Board"),
            ("Review", "Quarterly – next review January 2026")]
    for i, (k, v) in enumerate(rows, 6):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cv.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cv["A12"] = "Version history"
    cv["A12"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Change"], 1):
        cv.cell(row=13, column=i, value=h).font = Font(bold=True)
    for i, (a, b, c) in enumerate([
        ("1.0", "04/2025", "Plan agreed by the Partnership Board"),
        ("2.0", "07/2025", "Quarter 1 update"),
        ("2.1", "10/2025", "Quarter 2 update; actions 2.3 and 3.2 re-profiled"),
    ], 14):
        cv.cell(row=i, column=1, value=a)
        cv.cell(row=i, column=2, value=b)
        cv.cell(row=i, column=3, value=c)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 42
    cv.column_dimensions["C"].width = 50

    ws = wb.create_sheet("SIP 2025-26")
    ws["A1"] = "APSE Service Improvement Plan 2025–26 – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Objective", "Action", "Lead", "Target date", "RAG Q1", "RAG Q2", "Progress / evidence (Q2)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="5B2C6F")
        c.alignment = wrap
        c.border = box
    r = 4
    for prio, objectives in APSE:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="8E44AD")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for obj, acts in objectives:
            start = r
            ws.cell(row=r, column=2, value=obj).alignment = wrap
            for ref, act, lead, target, q1, q2, prog in acts:
                vals = [ref, None, act, lead, target, q1 or None, q2 or None, prog]
                for i, v in enumerate(vals, 1):
                    if i == 2:
                        ws.cell(row=r, column=2).border = box
                        continue
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
                for col, rag in ((6, q1), (7, q2)):
                    if rag:
                        ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=RAGFILL[rag])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = Complete; G = On track; A = Some slippage; R = Off track / at risk").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 34, 52, 30, 16, 8, 8, 48]):
        ws.column_dimensions[col].width = w
    wb.save(out("zsa-adoption-partnership-south-east-raa-service-improvement-plan-2025-26.xlsx"))


# ======================================================= 5. Walsall fostering (docx)
WALSALL = [
    ("1. Recruitment of foster carers", [
        ("1a", "Refresh the Walsall Fostering brand and website in line with the West Midlands fostering recruitment and retention hub.",
         "Fostering Recruitment Manager", "June 2025", "Complete",
         "New website live 2 June 2025; enquiries up 18% on the same period last year."),
        ("1b", "Hold monthly information events across the borough, including evening and weekend sessions.\nTarget audiences: faith groups, Walsall Council staff and NHS staff.",
         "Fostering Recruitment Manager", "Monthly", "Green",
         "7 events held since April 2025; 42 attendees."),
        ("1c", "Approve 18 new mainstream fostering households by 31 March 2026.",
         "Team Manager – Assessment", "March 2026", "Amber",
         "6 approvals to date and 9 in assessment. Conversion from enquiry to application remains below target."),
    ]),
    ("2. Retention and support of foster carers", [
        ("2a", "Introduce the Mockingbird family model with a first hub constellation of 8–10 fostering households.",
         "Head of Service – Corporate Parenting / Mockingbird Liaison Worker", "January 2026 (October 2025)", "Amber",
         "Hub home carer recruited; launch re-profiled while the liaison worker post is filled."),
        ("2b", "Review the foster carer fees and allowances scheme and take proposals to Cabinet.",
         "Group Manager – Placements and Sufficiency", "December 2025", "Green",
         "Benchmarking with the Black Country authorities complete; Cabinet report drafted."),
        ("2c", "Carry out exit interviews with every fostering household that resigns, and report themes to the Corporate Parenting Board twice a year.",
         "Fostering Team Managers", "Ongoing", "Green",
         "First themed report presented in September 2025."),
    ]),
    ("3. Kinship care", [
        ("3a", "Complete connected persons (Regulation 24) assessments within 16 weeks in at least 85% of cases.",
         "Team Manager – Kinship Care", "March 2026", "Red",
         "61% within timescale in Q2; an additional assessing social worker has been agreed from November."),
        ("3b", "Deliver a kinship carer training and peer support offer jointly with the charity Kinship.",
         "Team Manager – Kinship Care", "September 2025", "Complete",
         "Six-session programme delivered; peer support group meets monthly."),
    ]),
    ("4. Quality assurance and panel", [
        ("4a", "Recruit three new independent fostering panel members, including a care-experienced member.",
         "Fostering Panel Adviser", "November 2025 (July 2025)", "Green",
         "Two members appointed; interviews for the third on 4 November."),
    ]),
]
STATUSFILL = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_walsall():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Walsall Council – Fostering Service Development Plan 2025–26", level=0)
    d.add_paragraph("Children’s Services: Fostering Service. This plan sets out the priorities for the in-house "
                    "fostering service for 2025–26 and is monitored by the Corporate Parenting Board.")
    p = d.add_paragraph()
    p.add_run("Progress as at: ").bold = True
    p.add_run("31 October 2025")
    d.add_paragraph("RAG key: Green – on track; Amber – some slippage; Red – off track; Complete – action delivered.")
    d.add_paragraph("Dates in brackets are the original target dates where an action has been re-profiled.")

    n = 1 + sum(1 + len(a) for _, a in WALSALL)
    t = d.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "What we will do", "Who", "When", "Status", "Comments"], fill="00587A")
    r = 1
    for sec, acts in WALSALL:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, sec, bold=True, size=10)
        shade(m, "DEEAF6")
        r += 1
        for ref, act, who, when, status, com in acts:
            cells = t.rows[r].cells
            for c, v in zip(cells, [ref, act, who, when, status, com]):
                set_cell(c, v)
            shade(cells[4], STATUSFILL[status])
            r += 1

    d.add_paragraph()
    d.add_heading("Version control", level=2)
    vc = d.add_table(rows=3, cols=3)
    vc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1.0", "April 2025", "Plan agreed by the Corporate Parenting Board"),
                             ("1.2", "October 2025", "Q2 progress; actions 2a and 4a re-profiled")]):
        for j, v in enumerate(row):
            set_cell(vc.cell(i, j), v, bold=(i == 0))
    d.save(out("zsa-walsall-council-fostering-service-development-plan-2025-26.docx"))


# ======================================================= 6. Gateshead YJS (xlsx, refuse)
GATESHEAD = [
    ("Standard 1: Out of court disposals", [
        ("1.1", "Joint decision-making panel records do not always evidence the child’s views.",
         "Add a mandatory ‘voice of the child’ section to the Out of Court Disposal panel record.",
         "Operational Manager", dt.datetime(2025, 7, 31), "B",
         "New panel record in use from July 2025."),
        ("1.2", "Not all children receiving a Youth Caution have a completed health screening.",
         "Agree a referral pathway with the YJS health worker so that every child receiving a Youth Caution or Youth Conditional Caution is offered a health screening.",
         "Operational Manager / YJS Health Practitioner", dt.datetime(2025, 10, 31), "G",
         "Pathway drafted; to be signed off at the October practice meeting."),
    ]),
    ("Standard 2: At court", [
        ("2.1", "Pre-sentence reports are not consistently quality assured before submission.",
         "Introduce manager sign-off of all pre-sentence reports using the YJB quality checklist.",
         "Team Manager – Court and Statutory Orders", dt.datetime(2025, 9, 30), "G",
         "Sign-off in place for 90% of reports in September."),
        ("2.2", "Court staff are not always aware of the child’s care status or education provision.",
         "Deliver a briefing to court legal advisers and update the court information sheet to include care status and education provision.",
         "Team Manager – Court and Statutory Orders", dt.datetime(2025, 12, 31), "A",
         "Briefing date with HMCTS still to be confirmed."),
    ]),
    ("Standard 3: In the community", [
        ("3.1", "Intervention plans do not always reflect the child’s diversity needs.",
         "Deliver refreshed training on diversity and identity in assessment and planning to all case managers.",
         "Practice Development Lead", dt.datetime(2025, 11, 30), "G",
         "Training booked for 12 and 19 November."),
        ("3.2", "Reviews of intervention plans are not always completed within three months.",
         "Add review-due alerts to ChildView and report compliance monthly to the management team.",
         "Performance Officer", "Febuary 2026", "A",
         "ChildView change request submitted to the supplier."),
    ]),
    ("Standard 5: On transition", [
        ("5.1", "Transition planning to the Probation Service starts too late for some young people.",
         "Begin transition planning at 17 years and 3 months for all young people likely to transfer to Probation, using the joint YJS/Probation protocol.",
         "Team Manager – Court and Statutory Orders", dt.datetime(2026, 3, 31), "G",
         "Protocol refreshed with the Probation Service in September 2025."),
        ("5.2", "Education, training and employment arrangements are not always confirmed before a child leaves custody.",
         "Hold a resettlement planning meeting no later than 10 working days before release, including the Virtual School where the child is looked after.",
         "Operational Manager", dt.datetime(2025, 12, 31), "R",
         "Only 2 of 4 releases in Q2 had a planning meeting within timescale."),
    ]),
]


def make_gateshead():
    wb = Workbook()
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Gateshead Youth Justice Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "National Standards Self-Assessment 2025 – Improvement Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting to: Gateshead Youth Justice Partnership Board, 4 December 2025"
    hdr = ["No.", "Self-assessment finding", "Improvement action", "Owner", "Due by", "RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="375623")
    r = 6
    typo_row = None
    for std, acts in GATESHEAD:
        ws.cell(row=r, column=1, value=std).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for no, finding, act, owner, due, rag, upd in acts:
            for i, v in enumerate([no, finding, act, owner, due, rag, upd], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=RAGFILL[rag])
            if due == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = some slippage, R = off track").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 40, 50, 30, 14, 6, 40]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Self-assessment results")
    ws2["A1"] = "National Standards self-assessment bandings (submitted to the YJB, March 2025)"
    ws2["A1"].font = Font(bold=True)
    for i, row in enumerate([("Standard", "Strategic", "Operational"),
                             ("1. Out of court disposals", "Good", "Requires improvement"),
                             ("2. At court", "Good", "Good"),
                             ("3. In the community", "Good", "Requires improvement"),
                             ("4. In secure settings", "Good", "Good"),
                             ("5. On transition", "Requires improvement", "Requires improvement")], 3):
        for j, v in enumerate(row, 1):
            ws2.cell(row=i, column=j, value=v).font = Font(bold=(i == 3))
    ws2.column_dimensions["A"].width = 28
    ws2.column_dimensions["B"].width = 22
    ws2.column_dimensions["C"].width = 22
    wb.save(out("zsa-gateshead-youth-justice-service-national-standards-improvement-plan-typo-month-refuse.xlsx"))
    return typo_row


# ======================================================= 7. Cardiff scrutiny (txt, tab-separated)
def make_cardiff():
    L = []
    L.append("Cardiff Council")
    L.append("Children and Young People Scrutiny Committee – Monitoring of Scrutiny Recommendations")
    L.append("Position at 30 September 2025")
    L.append("")
    L.append("RAG: G = on track; A = some slippage; R = off track; C = complete (recommendation implemented)")
    L.append("")
    hdr = "Rec\tRecommendation\tCabinet response\tResponsible officer\tTarget date\tRAG\tProgress"
    L.append("Inquiry 1: Support for Young Carers")
    L.append("Report to Cabinet: 18 April 2024. Cabinet response: 11 July 2024.")
    L.append(hdr)
    L.append("R1\tThat the Council commissions an annual awareness campaign in schools so that young carers are identified earlier.\tAccepted\tOperational Manager – Early Help\tMarch 2025\tC\tCampaign delivered in all secondary schools in February and March 2025.")
    L.append("R2\tThat a Young Carers ID card is introduced and recognised by all Cardiff secondary schools\tPartially accepted\tOperational Manager – Early Help / Head of Transport Policy\tAutumn term 2025\tA\tID card launched in 14 of 19 secondary schools; discussions with Cardiff Bus continuing.")
    L.append("\tand by Cardiff Bus.\t\t\t\t\t")
    L.append("R3\tThat young carers’ assessments are completed within 42 days and performance is reported to this Committee every six months.\tAccepted\tDirector of Children’s Services\tSix-monthly\tG\t88% completed within 42 days (April–September 2025).")
    L.append("R4\tThat the Cabinet Member writes to Welsh Government seeking a Wales-wide young carers’ bursary for 16–18 year olds.\tAccepted\tCabinet Member for Children and Young People\tDecember 2024\tC\tLetter sent 3 December 2024; reply received February 2025.")
    L.append("")
    L.append("Inquiry 2: Children’s Residential Care Sufficiency")
    L.append("Report to Cabinet: 16 January 2025. Cabinet response: 20 March 2025.")
    L.append(hdr)
    L.append("R1\tThat the Council sets out a five-year plan to increase in-house residential provision, consistent with the Welsh Government commitment to eliminate profit from the care of children looked after.\tAccepted\tCorporate Director People & Communities\t31/03/2026\tG\tDraft plan considered by the Children’s Services Management Team in September 2025.")
    L.append("R2\tThat each new children’s home is subject to early engagement with ward members and local residents before a planning application is submitted.\tAccepted\tHead of Service – Placements & Sufficiency; Head of Planning\tOngoing\tG\tEngagement protocol agreed; used for the two homes proposed in 2025.")
    L.append("R3\tThat the Committee receives a progress report on the recruitment and retention of residential care workers by March 2026.\tAccepted\tOperational Manager – Residential Services\tBy 31 March 2026\tR\tReport deferred while workforce data is restructured; revised date to be agreed with the Chair.")
    L.append("")
    L.append("Prepared by Scrutiny Services, October 2025.")
    with open(out("zsa-cardiff-council-scrutiny-recommendations-monitoring-report-2025.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_tameside()
    make_havering()
    make_rct()
    make_apse()
    make_walsall()
    row = make_gateshead()
    make_cardiff()
    print("typo row (Gateshead):", row)
