"""Generator for the seven ls1- blind test files (set heldout365).

Builds the data files only; the .expected.yaml readings sit beside them.
Run with /work/main/.venv/bin/python ls1_make.py
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

FILL = {
    "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "navy": "1F3864", "teal": "DDEBF7", "grey": "D9D9D9", "lilac": "E4DFEC",
    "mint": "E2EFDA", "sand": "FFF2CC",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Barnet Family Services - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
BARNET = [
    ("Theme 1: Help and protection",
     "Recommendation 1: The consistency and impact of management oversight and supervision for children in need of help and protection, so that plans progress without drift.",
     [
         ("1.1", "Refresh the supervision policy and practice standards, with a clear expectation that supervision records the child's plan, progress and next steps with timescales.",
          "Principal Social Worker", d(2025, 6, 30), None, "Green", "Blue",
          "Revised policy launched at the practice week in June 2025. Supervision audit in October showed 82% of records met the new standard."),
         ("1.2", "Deliver a management oversight development programme for all team managers and advanced practitioners in the Assessment, Intervention and Children with Disabilities teams.",
          "Head of Service – Assessment and Intervention / Head of Workforce Development", d(2025, 9, 30), d(2025, 12, 31), "Amber", "Green",
          "Cohort 1 (14 managers) completed. Cohort 2 started November 2025 after the provider changed; on track for the revised date."),
         ("1.3", "Introduce monthly drift and delay panels for children subject to child protection plans for more than 12 months and children in need open for more than 9 months.",
          "Head of Service – Safeguarding and Quality Assurance", d(2025, 7, 31), None, "Green", "Blue",
          "Panels running since July 2025. 61 children reviewed; 23 plans stepped down or escalated to PLO."),
         ("1.4", "Audit a sample of 40 children's records each quarter against the revised supervision standards and report findings to the Quality Assurance Board.\nRepeat the audit in Q4 to evidence impact.",
          "Head of Quality Assurance", d(2026, 3, 31), None, "Green", "Green",
          "Q2 and Q3 audits complete. Q4 audit scheduled for March 2026."),
     ]),
    ("Theme 2: Children in care",
     "Recommendation 2: The sufficiency of local homes for children in care, particularly foster homes for older children and for brothers and sisters who need to live together.",
     [
         ("2.1", "Launch a targeted foster carer recruitment campaign for teenagers and sibling groups, including an enhanced fee and support offer.",
          "Head of Fostering and Adoption", d(2025, 9, 30), d(2026, 1, 31), "Amber", "Amber",
          "Enhanced fee agreed by Cabinet in November 2025. Campaign launched in January; enquiries up but only 2 households in assessment."),
         ("2.2", "Agree a North London sub-regional commissioning framework for residential and semi-independent provision with neighbouring boroughs.",
          "Strategic Lead – Placements Commissioning", d(2025, 12, 31), d(2026, 6, 30), "Amber", "Red",
          "Procurement paused while partner boroughs review the specification. Escalated to DCS group in January 2026."),
         ("2.3", "Review all children placed more than 20 miles from Barnet at their next statutory review to consider whether a move closer to home is in their best interests.",
          "IRO Service Manager & Head of Service – Children in Care", d(2025, 10, 31), None, "Green", "Blue",
          "All 47 children reviewed. 6 children have moved closer to home; plans for 4 more agreed."),
     ]),
    ("Theme 3: Care leavers",
     "Recommendation 3: The quality of pathway plans for care leavers, so that they are specific, up to date and written with young people.",
     [
         ("3.1", "Co-produce a new pathway plan template with the Barnet Care Leavers' Forum.",
          "Head of Service – Leaving Care (18+)", d(2025, 8, 31), None, "Amber", "Blue",
          "Template co-designed over four forum sessions and live in the case management system from 1 September 2025."),
         ("3.2", "Train all personal advisers in the use of the new template and in writing SMART plans with young people.",
          "Leaving Care Practice Development Lead", d(2025, 11, 30), None, "Amber", "Green",
          "27 of 31 personal advisers trained; remaining four booked for February."),
         ("3.3", "Ensure every care leaver aged 18–21 has a pathway plan reviewed within the last six months, with performance reported monthly to the Corporate Parenting Advisory Panel.",
          "Team Manager – Leaving Care; Performance and Insight Manager", d(2026, 3, 31), None, "", "Green",
          "87% in date at end of December (target 95%)."),
     ]),
]


def make_barnet():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Barnet – Family Services"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Post-inspection improvement plan"
    cov["A4"] = "Ofsted Inspection of Local Authority Children's Services (ILACS), 10–21 March 2025"
    cov["A5"] = "Overall effectiveness: Good"
    cov["A7"] = "Plan owner"
    cov["B7"] = "Executive Director, Children's Services"
    cov["A8"] = "Governance"
    cov["B8"] = "Children's Improvement Board (monthly); Children, Education and Safeguarding Committee (six-monthly)"
    cov["A10"] = "Version control"
    cov["A10"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "25/07/2025", "Head of Quality Assurance", "Plan submitted to Ofsted"),
            ("1.1", "16/10/2025", "Head of Quality Assurance", "Revised target dates agreed by Improvement Board"),
            ("1.2", "03/02/2026", "Performance and Insight Manager", "January 2026 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=11 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Barnet Family Services – ILACS Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted Inspection of Local Authority Children's Services, 10–21 March 2025 (report published 2 May 2025)"
    ws["A3"] = "Progress position as at 31 January 2026 – reported to the Children's Improvement Board on 12 February 2026"
    ws["A4"] = "Note: revised target dates were agreed by the Improvement Board on 16 October 2025. Where no revised date is shown the original date stands."
    ws["A4"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
            "Previous RAG (Oct 25)", "Current RAG (Jan 26)", "Progress update"]
    for j, h in enumerate(head):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    r = 7
    ragfill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    for theme, rec, acts in BARNET:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True, italic=True)
        c.fill = fill(FILL["teal"])
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, orig, rev, prev, cur, upd in acts:
            vals = [ref, act, lead, orig, rev, prev or None, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, val in ((6, prev), (7, cur)):
                if val:
                    ws.cell(row=r, column=col).fill = fill(ragfill[val])
                    if val in ("Blue", "Red"):
                        ws.cell(row=r, column=col).font = Font(color="FFFFFF", bold=True)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG").font = Font(bold=True)
    r += 1
    for lab, n in (("Blue (complete)", 4), ("Green", 4), ("Amber", 1), ("Red", 1), ("Total actions", 10)):
        ws.cell(row=r, column=2, value=lab).border = BOX
        ws.cell(row=r, column=3, value=n).border = BOX
        if lab == "Total actions":
            ws.cell(row=r, column=2).font = Font(bold=True)
            ws.cell(row=r, column=3).font = Font(bold=True)
        r += 1
    for col, w in zip("ABCDEFGH", (7, 60, 34, 14, 14, 12, 12, 52)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, desc) in enumerate((("Blue", "Action complete and evidence of impact seen"),
                                     ("Green", "On track to deliver by the target date"),
                                     ("Amber", "Some slippage – recoverable within the quarter"),
                                     ("Red", "Off track – at risk of not being delivered; escalated to the Improvement Board"))):
        key.cell(row=3 + i, column=1, value=lab).fill = fill(ragfill[lab])
        key.cell(row=3 + i, column=2, value=desc)
    key.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, "ls1-barnet-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Knowsley Safeguarding Children Partnership - JTAI action plan (xlsx)
# RAG by fill colour only; the key says Green = Complete.
# ---------------------------------------------------------------------------
KNOWSLEY = [
    ("1. The quality and timeliness of multi-agency strategy discussions for children at risk of criminal exploitation, including the contribution of education and health professionals.",
     [
         ("1a", "Revise the KSCP exploitation strategy meeting guidance so that schools, the school nursing service and the Youth Justice Service are invited to every strategy discussion for a child at risk of criminal exploitation.",
          "Head of Service – Complex Safeguarding; KSCP Business Manager", "June 2024",
          "Revised guidance published; attendance by education at 88% of strategy discussions (Q2).", "green"),
         ("1b", "Introduce a quarterly multi-agency audit of strategy discussions, sampling ten children each quarter, with findings reported to the Quality Assurance and Performance Group.",
          "KSCP Quality Assurance Officer", "Ongoing – quarterly",
          "Two audits completed; third audit moved to February to include health records.", "amber"),
         ("1c", "Agree a single health representative rota for strategy discussions across Alder Hey, Mersey Care and Bridgewater Community Healthcare.",
          "Designated Nurse Safeguarding Children (NHS Cheshire and Merseyside – Knowsley Place)", "Sept 2024",
          "Rota agreed and in use since August 2024.", "green"),
     ]),
    ("2. The use of information about places and spaces where children are at risk of serious youth violence to inform disruption activity and contextual safeguarding plans.",
     [
         ("2a", "Establish a monthly Contextual Safeguarding Panel chaired jointly by Merseyside Police and Children's Social Care to map locations of concern and agree disruption plans.",
          "Merseyside Police Knowsley Superintendent & Head of Service – Complex Safeguarding", "May 2024",
          "Panel has met monthly since May; 9 locations with disruption plans in place.", "green"),
         ("2b", "Develop a shared locations dashboard drawing on police, Youth Justice Service, community safety and school exclusion data.",
          "Safer Knowsley Partnership Manager / Merseyside Police Intelligence Manager", "Q3 2024/25",
          "Information sharing agreement still not signed by all partners. Escalated to KSCP Executive.", "red"),
         ("2c", "Train 150 frontline practitioners across agencies in contextual safeguarding and in completing location assessments.",
          "KSCP Training Coordinator", "31/03/2025",
          "96 practitioners trained to date; two further sessions booked.", "amber"),
     ]),
    ("3. Leaders' understanding of the impact of their services on children affected by serious youth violence, including the views and experiences of children and their families.",
     [
         ("3a", "Commission Knowsley Youth Cabinet to lead a consultation with children affected by youth violence and present the findings to the KSCP Executive.",
          "Participation and Engagement Manager", "Oct 2024",
          "Findings presented to the Executive on 17 October 2024.", "green"),
         ("3b", "Add a serious youth violence outcomes section to the KSCP performance scorecard, including reoffending, school attendance and NEET data for the cohort.",
          "KSCP Business Manager, Youth Justice Service Manager", "Dec 2024",
          "Data fields agreed; awaiting first quarter of data.", None),
     ]),
]


def make_knowsley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Knowsley Safeguarding Children Partnership – Joint Targeted Area Inspection (Serious Youth Violence) Action Plan"
    ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
    ws["A2"] = "Inspection on site: 15–19 January 2024  |  Letter published: 7 March 2024  |  Plan submitted: 26 April 2024  |  Last updated: 14 January 2025"
    ws["A3"] = "Owner: KSCP Executive (Director of Children's Services, Merseyside Police, NHS Cheshire and Merseyside)"
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (lab, key) in zip((2, 3, 4), (("Complete", "green"), ("In progress", "amber"), ("Off track", "red"))):
        c = ws.cell(row=4, column=col, value=lab)
        c.fill = fill(FILL[key])
        c.border = BOX
    head = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead(s)", "By when",
            "Progress / evidence of impact", "RAG"]
    for j, h in enumerate(head):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    for afi, acts in KNOWSLEY:
        start = r
        for ref, act, lead, when, prog, rag in acts:
            ws.cell(row=r, column=1, value=ref)
            if r == start:
                ws.cell(row=r, column=2, value=afi)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=when)
            ws.cell(row=r, column=6, value=prog)
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            for col in range(1, 8):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).fill = fill(FILL["lilac"])
        ws.cell(row=start, column=2).font = Font(bold=True)
    for col, w in zip("ABCDEFG", (6, 42, 58, 36, 16, 46, 8)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "JTAI action plan – progress summary (January 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    rows = [("Area for improvement", "Actions", "Complete", "In progress", "Off track", "Not yet rated"),
            ("1. Strategy discussions", 3, 2, 1, 0, 0),
            ("2. Places and spaces", 3, 1, 1, 1, 0),
            ("3. Leaders' understanding of impact", 2, 1, 0, 0, 1),
            ("Total", 8, 4, 2, 1, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, "ls1-knowsley-safeguarding-children-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Ealing early help strategy delivery plan (xlsx), one sheet per priority
# ---------------------------------------------------------------------------
EALING = [
    ("P1 Family Hubs", "Priority 1 – Family Hubs: help is easy to find and close to home", [
        ("1.1", "Open the Southall and Acton family hub sites, completing the network of seven hubs across the borough.",
         "Family Hubs Programme Manager", "Ealing Council Property; health visiting; libraries", "Sept 2025", "Complete",
         "Both sites opened in September 2025."),
        ("1.2", "Publish a single Start for Life and early help offer on the Ealing Family Information Service website, with translated versions in the five most-spoken community languages.",
         "Family Information Service Manager", "Communications; Ealing Parent Carer Forum", "Q3 2025/26", "On track",
         "English version live. Translations commissioned for Punjabi, Polish, Somali, Arabic and Urdu."),
        ("1.3", "Co-locate midwifery, health visiting and perinatal mental health clinics in every family hub.",
         "Head of Early Help / 0–19 Service Lead (CLCH)", "Imperial College Healthcare; West London NHS Trust", "Q4 2025/26", "At risk",
         "Clinics in 4 of 7 hubs. IT connectivity for NHS staff not yet resolved at three sites."),
    ]),
    ("P2 Early identification", "Priority 2 – Early identification: partners spot need early and act on it", [
        ("2.1", "Roll out the Early Help Assessment on the new partner portal to all Ealing schools, GP practices and nurseries.",
         "Early Help Assessment Coordinator", "Schools; NWL ICB; early years settings", "Summer term 2026", "On track",
         "Portal live for schools; GP and nursery roll-out from January."),
        ("2.2", "Agree a refreshed early help threshold document with the Ealing Safeguarding Children Partnership and brief all designated safeguarding leads.",
         "Head of Early Help; ESCP Business Manager", "ESCP partners", "Nov 2025", "Off track",
         "Threshold refresh deferred to the ESCP meeting in January 2026 to align with the Families First Partnership changes."),
        ("2.3", "Use Supporting Families outcomes data to identify families with three or more needs who are not yet known to early help, and offer them a lead professional.",
         "Supporting Families Data Lead", "DWP; housing; schools", "Ongoing", "On track",
         "312 families identified in Q2; 118 now have a lead professional."),
    ]),
    ("P3 Workforce", "Priority 3 – Workforce: a skilled and confident partnership workforce", [
        ("3.1", "Deliver training in the Ealing early help practice framework to 400 practitioners across the partnership.",
         "Early Help Workforce Development Officer", "ESCP Learning and Development", "Mar-26", "On track",
         "231 practitioners trained by the end of Q2."),
        ("3.2", "Launch a lead professional network with termly practice forums and a named early help link for each school.",
         "Early Help Locality Manager – North", "Schools; voluntary sector", "Jan 2026", "Not started",
         "Planned for the spring term."),
    ]),
]


def make_ealing():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Ealing Early Help Strategy 2024–2027 – Delivery Plan Year 2 (2025/26)"
    ov["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ov["A2"] = "Ealing Early Help Partnership Board"
    ov["A4"] = "This delivery plan is owned by the Early Help Partnership Board and reviewed each quarter. Each priority has its own tab. Position shown is at Q2 (30 September 2025)."
    ov["A6"] = "Our priorities"
    ov["A6"].font = Font(bold=True)
    for i, (_, title, _) in enumerate(EALING):
        ov.cell(row=7 + i, column=1, value=title)
    ov["A11"] = "Status key"
    ov["A11"].font = Font(bold=True)
    keyrows = (("Complete", FILL["blue"]), ("On track", FILL["green"]), ("At risk", FILL["amber"]),
               ("Off track", FILL["red"]), ("Not started", FILL["grey"]))
    for i, (lab, col) in enumerate(keyrows):
        ov.cell(row=12 + i, column=1, value=lab).fill = fill(col)
    ov["A18"] = "Position at Q2"
    ov["A18"].font = Font(bold=True)
    counts = (("Complete", 1), ("On track", 4), ("At risk", 1), ("Off track", 1), ("Not started", 1), ("Total", 8))
    for i, (lab, n) in enumerate(counts):
        ov.cell(row=19 + i, column=1, value=lab).border = BOX
        ov.cell(row=19 + i, column=2, value=n).border = BOX
    ov.column_dimensions["A"].width = 70
    statfill = dict(keyrows)
    for sheet, title, acts in EALING:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("1F4E78")
        ws.merge_cells("A1:G1")
        head = ["Ref", "What we will do", "Lead", "Partners involved", "When", "Status", "Q2 update"]
        for j, h in enumerate(head):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(FILL["teal"])
            c.border = BOX
        for i, (ref, act, lead, partners, when, status, upd) in enumerate(acts):
            for j, v in enumerate((ref, act, lead, partners, when, status, upd)):
                c = ws.cell(row=4 + i, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=4 + i, column=6).fill = fill(statfill[status])
        for col, w in zip("ABCDEFG", (6, 60, 32, 32, 16, 12, 48)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ls1-ealing-early-help-strategy-delivery-plan.xlsx"))


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


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def header_row(table, labels, hexcol="D9D9D9"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        shade(cell, hexcol)


# ---------------------------------------------------------------------------
# 4. Glasgow City HSCP - Merrylee Road Children's House (docx)
# ---------------------------------------------------------------------------
GLASGOW = [
    ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
        ("Requirement 1",
         "By 31 March 2025, the provider must ensure that young people are protected from harm by making sure that all staff respond to, record and report child protection concerns in line with the National Guidance for Child Protection in Scotland and Glasgow's inter-agency child protection procedures. This is to comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
         [
             ("1.1", "All staff to complete Glasgow child protection refresher training, with completion recorded on the house training matrix.",
              "Unit Manager", "28/02/2025", "19 of 21 staff completed. Two staff on long-term absence will complete on their return.", "Complete"),
             ("1.2", "Introduce a child protection concern log in the house, reviewed weekly by a depute and signed off monthly by the Unit Manager.",
              "Unit Manager / Depute Unit Manager", "31/03/2025", "Log in place from 3 February 2025; monthly sign-off evidenced.", "Complete"),
             ("1.3", "Service Manager to audit the log and a sample of young people's chronologies every quarter and feed back to the staff team at team meetings.",
              "Service Manager (Residential Services)", "Ongoing", "Audits completed in June and September 2025.", "G"),
         ]),
        ("Area for improvement 1",
         "To support young people's wellbeing, the provider should ensure that each young person's views on their care are sought and recorded at least monthly, and that young people are told what has happened as a result.",
         [
             ("AFI1.1", "Keyworkers to hold a monthly 'my views' session with each young person using the Viewpoint tool and record it in CareFirst.",
              "Keyworkers and Depute Unit Manager", "April – June 2025", "Sessions recorded for all five young people since May 2025.", "G"),
             ("AFI1.2", "Add a 'you said, we did' board to the house and review it with young people at each monthly house meeting.",
              "Residential Worker (participation lead)", "30/04/2025", "Board in place; young people chose the format.", "Complete"),
         ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Requirement 2",
         "By 30 April 2025, the provider must ensure that quality assurance systems are effective in identifying and addressing areas for improvement, including the oversight of incidents, physical interventions and missing episodes. This is to comply with Regulation 3 (Principles) and Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
         [
             ("2.1", "Develop a monthly quality assurance calendar covering incidents, physical interventions, missing episodes, medication and care plans.",
              "Unit Manager", "31/03/2025", "Calendar agreed; first cycle completed in March 2025.", "Complete"),
             ("2.2", "Analyse physical intervention and missing episode data each quarter, identify patterns for individual young people and agree actions at the Residential Services Management Team.",
              "Service Manager (Residential Services)", "Quarterly", "Q2 analysis delayed by a CareFirst reporting issue; now scheduled for October 2025.", "A"),
         ]),
        ("Area for improvement 2",
         "To support continuous improvement, the provider should develop a service improvement plan informed by the views of young people, families and staff.",
         [
             ("AFI2.1", "Hold a service development day with staff and young people to agree priorities for the house improvement plan.\nInvite families and the young people's social workers to contribute in advance.",
              "Unit Manager and Children's Rights Officer", "June 2025", "Development day held on 18 June 2025.", "Complete"),
             ("AFI2.2", "Publish the house improvement plan in a young person-friendly format and review progress with young people every three months.",
              "Depute Unit Manager", "Sept 2025", "Draft is with young people for comment.", "A"),
         ]),
    ]),
]


def make_glasgow():
    doc = Document()
    doc.add_heading("Merrylee Road Children's House – Care Inspectorate Improvement Plan", level=0)
    p = doc.add_paragraph("Glasgow City Health and Social Care Partnership – Children's Services (Residential Care)")
    p.runs[0].bold = True
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for row, (k, v) in zip(info.rows, (
            ("Care service number", "CS2005089912"),
            ("Type of inspection", "Unannounced"),
            ("Inspection dates", "4–6 November 2024"),
            ("Report published", "9 January 2025"),
            ("How well do we support children and young people's rights and wellbeing?", "3 – Adequate"),
            ("How good is our leadership?", "3 – Adequate"))):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Comment"])
    for row, vals in zip(dc.rows[1:], (
            ("1.0", "27/01/2025", "Unit Manager", "Submitted to Care Inspectorate"),
            ("1.2", "10/06/2025", "Unit Manager", "Progress update"),
            ("1.3", "15/09/2025", "Depute Unit Manager", "Update for Residential Services Management Team"))):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete = action completed and evidenced;  G = on track;  A = some delay;  R = not progressing.")
    for kq, items in GLASGOW:
        doc.add_heading(kq, level=1)
        for label, text, acts in items:
            doc.add_heading(label, level=2)
            para = doc.add_paragraph()
            run = para.add_run(text)
            run.italic = True
            t = doc.add_table(rows=1 + len(acts), cols=6)
            t.style = "Table Grid"
            header_row(t, ["No.", "Action to be taken", "Responsible person", "Timescale", "Progress update", "Status"], "C6E0B4")
            for row, a in zip(t.rows[1:], acts):
                for cell, v in zip(row.cells, a):
                    set_cell(cell, v)
            doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Approved by", "Designation", "Date"])
    for cell, v in zip(so.rows[1].cells, ("M. Devlin", "Service Manager (Residential Services)", "27/01/2025")):
        set_cell(cell, v)
    doc.save(os.path.join(HERE, "ls1-glasgow-city-hscp-merrylee-road-childrens-house-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Swansea Youth Justice Service - HMIP improvement plan (docx)
# One table; full-width rows for the addressee and for each recommendation.
# ---------------------------------------------------------------------------
SWANSEA = [
    ("The Swansea Youth Justice Management Board should:", [
        ("1. strengthen its oversight of the quality of work to keep children safe and to protect other people, by receiving and challenging regular practice assurance reports.", [
            ("1.1", "Add a standing practice assurance item to every Management Board agenda, with a quarterly audit report presented by the YJS Operational Manager.",
             "Chair of the Management Board", "March 2025", "Standing item in place since the March 2025 Board; two audit reports received and challenged.", "Blue"),
            ("1.2", "Hold a Board development session on risk of harm, safety and wellbeing and the use of AssetPlus, delivered with YJB Cymru.",
             "Head of YJS / YJB Cymru Oversight Manager", "April 2025", "Session held 29 April 2025; 11 Board members attended.", "Blue"),
        ]),
        ("2. ensure that partner agencies provide the education, training and employment and health resources the service needs, and that waiting times are monitored.", [
            ("2.1", "Agree a service level agreement with Swansea Council Education for a seconded Education, Training and Employment Officer.",
             "Head of Education Inclusion", "September 2025", "Funding agreed; recruitment to the secondment delayed until the new school year.", "Amber"),
            ("2.2", "Reinstate the Swansea Bay UHB CAMHS link worker sessions in the YJS and report waiting times to each Board meeting.",
             "Swansea Bay UHB Head of Nursing – CAMHS", "June 2025", "Link worker in post two days a week; waiting times reported from the July Board.", "Green"),
        ]),
    ]),
    ("The Head of Swansea Youth Justice Service should:", [
        ("3. improve the quality of assessment and planning to keep the child safe and to manage the risk of harm to others, including contingency planning.", [
            ("3.1", "Deliver refreshed risk and safety training to all case managers, followed by practice observations by team managers.\nInclude contingency planning and the use of the Risk and Safety Management Panel.",
             "YJS Operational Manager", "30/06/2025", "All 14 case managers trained; observations completed for 12.", "Blue"),
            ("3.2", "Audit 20% of open cases each quarter using the HMIP case assessment tool and share the learning at team meetings.",
             "YJS Quality Assurance Lead", "Quarterly", "Q1 and Q2 audits complete; 71% of assessments rated sufficient on safety and wellbeing.", "Green"),
            ("3.3", "Review the Risk and Safety Management Panel terms of reference so that police, children's services and health attend every panel.",
             "YJS Operational Manager; SWP Inspector – Swansea Youth Offending", "May 2025", "Revised terms of reference agreed in May 2025.", "Blue"),
        ]),
        ("4. make sure that out-of-court disposal decision-making is based on a full assessment and that victims' views are consistently sought.", [
            ("4.1", "Revise the joint decision-making panel protocol with South Wales Police in line with the YJB Cymru out-of-court disposal guidance.",
             "Head of YJS & SWP Chief Inspector – Swansea", "January 2026", "Draft protocol shared with South Wales Police legal services.", "Green"),
            ("4.2", "Ensure the Victim Liaison Officer contacts every victim before the panel and records their views in ChildView.",
             "Victim Liaison Officer", "December 2025", "Victim contact before panel in 64% of cases in Q2; a second officer is being trained.", "Amber"),
        ]),
    ]),
]


def make_swansea():
    doc = Document()
    doc.add_heading("Swansea Youth Justice Service – Post-Inspection Improvement Plan", level=0)
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected Swansea Youth Justice Service in September 2024 and published its report on "
        "10 December 2024. The service was rated ‘Requires improvement’. The inspectorate made four recommendations. "
        "This plan sets out how the Swansea Youth Justice Management Board and the service will respond. "
        "Progress is reported to every Management Board meeting.")
    vt = doc.add_table(rows=4, cols=3)
    vt.style = "Table Grid"
    header_row(vt, ["Version", "Date", "Notes"])
    for row, vals in zip(vt.rows[1:], (("1.0", "24/01/2025", "Submitted to HMIP and YJB Cymru"),
                                       ("1.3", "08/07/2025", "Update for Management Board"),
                                       ("1.4", "02/10/2025", "Update for Management Board"))):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – complete;  Green – on track;  Amber – at risk of delay;  Red – delayed.")
    n = 1 + sum(1 + sum(1 + len(acts) for _, acts in recs) for _, recs in SWANSEA)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Owner", "Target date", "Progress update (September 2025)", "RAG"], "1F3864")
    for cell in t.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    i = 1
    for who, recs in SWANSEA:
        row = t.rows[i]
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, who, bold=True, size=10)
        shade(m, "BDD7EE")
        i += 1
        for rec, acts in recs:
            row = t.rows[i]
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, italic=True)
            shade(m, "F2F2F2")
            i += 1
            for a in acts:
                for cell, v in zip(t.rows[i].cells, a):
                    set_cell(cell, v)
                i += 1
    doc.add_paragraph()
    doc.add_paragraph("Glossary").runs[0].bold = True
    g = doc.add_table(rows=6, cols=2)
    g.style = "Table Grid"
    for row, (k, v) in zip(g.rows, (("AssetPlus", "The national assessment and planning framework for children in the youth justice system"),
                                     ("CAMHS", "Child and Adolescent Mental Health Services"),
                                     ("ChildView", "The YJS case management system"),
                                     ("SWP", "South Wales Police"),
                                     ("UHB", "University Health Board"),
                                     ("YJB Cymru", "Youth Justice Board for England and Wales – Wales division"))):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(os.path.join(HERE, "ls1-swansea-youth-justice-service-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Dorset Council Corporate Parenting Board - action plan (csv export)
# ---------------------------------------------------------------------------
DORSET_ROWS = [
    ["Dorset Council Corporate Parenting Board – Action Plan 2025-26", "", "", "", "", "", ""],
    ["Our Promise to children in care and care leavers – progress report to the Board 11 December 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Promise", "Ref", "Action", "Lead", "Due", "RAG", "Update"],
    ["Promise 1 - We will help you have a safe and stable home", "CP1.1",
     "Increase the number of Dorset foster carer households by 20 through the Fostering Dorset recruitment campaign.",
     "Head of Service - Fostering and Permanence", "31/03/2026", "G", "14 new households approved since April; pipeline is strong."],
    ["", "CP1.2", "Open two new council-run children's homes in Weymouth and Blandford.",
     "Corporate Director - Care and Protection & Head of Strategic Property", "Jun-26", "A",
     "Weymouth home registered with Ofsted in October. Blandford delayed by planning, now expected June 2026."],
    ["", "CP1.3", "Hold a placement stability meeting within five working days whenever a child's home is at risk of ending.",
     "Head of Service - Children in Care", "Ongoing", "G", "Stability meetings held for 27 of 29 children at risk of a placement ending (93%)."],
    ["Promise 2 - We will support you to do well in education", "CP2.1",
     "Make sure every child in care has a Personal Education Plan reviewed each term, with the child's own views recorded.",
     "Virtual School Headteacher", "Summer term 2026", "G", "Autumn term PEP completion 96%; child's voice recorded in 88%."],
    ["", "CP2.2", "Offer a tutoring package to every child in care in Years 10 and 11 who is not on track to achieve grade 4 in English and maths.",
     "Virtual School Headteacher/Post-16 Lead", "Dec-25", "B", "Completed - 38 young people offered tutoring from October."],
    ["Promise 3 - We will help you get ready for adult life", "CP3.1",
     "Exempt Dorset care leavers from council tax up to the age of 25 and promote the exemption through the Local Offer.",
     "Cllr Ryan Holloway and Head of Revenues and Benefits", "01/04/2026", "A", "Cabinet report scheduled for February 2026."],
    ["", "CP3.2", "Guarantee an interview for council apprenticeships to every care leaver who applies and meets the essential criteria.",
     "Head of HR Operations", "Mar-26", "", "Not yet started - awaiting the apprenticeship levy review."],
    ["", "CP3.3", "Set up a Care Leavers' Hub drop-in in Dorchester and Bridport with housing, DWP and health advice.",
     "Care Leavers Service Manager", "Q4 2025/26", "R", "Dorchester drop-in running fortnightly. Venue in Bridport not yet secured."],
    ["", "", "", "", "", "", ""],
    ["RAG: B = complete, G = on track, A = some risk, R = off track. Blank = not yet rated.", "", "", "", "", "", ""],
    ["Source: Corporate Parenting Board tracker (SharePoint), exported 28/11/2025", "", "", "", "", "", ""],
]


def make_dorset():
    with open(os.path.join(HERE, "ls1-dorset-council-corporate-parenting-board-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in DORSET_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Cheshire East Council - Ofsted monitoring visit action plan (tab-separated
# text export).  Refuse case: the target date on line 11 is "Novmeber 2025".
# ---------------------------------------------------------------------------
CHESHIRE_LINES = [
    "Cheshire East Council Children's Services – Ofsted Monitoring Visit Action Plan",
    "Monitoring visit 3 (7–8 October 2025): children in need and children subject to a child protection plan",
    "Exported from the Improvement Plan tracker 17/11/2025",
    "",
    "Ref\tFinding from monitoring visit\tAction\tLead officer\tTarget date\tRAG\tComments",
    "MV3.1\tQuality of plans for children in need\tRelaunch the child in need plan template with SMART outcomes and the child's own words, and brief all Child in Need teams.\tHead of Service – Child in Need and Child Protection\tDec 2025\tGreen\tTemplate signed off by Practice Standards Group 5/11.",
    "MV3.2\tQuality of plans for children in need\tTeam managers to review every child in need plan at least every 12 weeks, recorded as a management oversight episode in Liquidlogic.\tTeam Managers (CIN/CP)\tJan 2026\tAmber\tCompliance 64% in October.",
    "MV3.3\tStep-down and case closure decisions\tIntroduce a step-down panel so that decisions to close or step down children's cases to early help are agreed with the family and partners.\tHead of Service – Early Help / Head of Service – Child in Need and Child Protection\tNov 2025\tGreen\tFirst panel held 12/11.",
    "MV3.4\tStep-down and case closure decisions\tAudit 30 closed child in need cases to test whether closure decisions were safe and report the findings to the Improvement Board.\tPrincipal Social Worker\tDec 2025\tAmber\t",
    "MV3.5\tCaseloads and workforce stability\tReduce average caseloads in the Child in Need teams to 18 by recruiting six permanent social workers and retaining the agency project team until March 2026.\tDirector of Family Help and Children's Social Care\tMar 2026\tRed\tAverage caseload 24 at end of October.",
    "MV3.6\tCaseloads and workforce stability\tRun a targeted recruitment campaign for experienced social workers with a relocation offer.\tHR Business Partner – Children's Services\tNovmeber 2025\tAmber\tCampaign artwork approved.",
    "MV3.7\tUse of performance information\tPublish a weekly CIN performance dashboard for team managers covering visits, plan reviews and supervision.\tHead of Performance and Business Intelligence\tDec 2025\tGreen\t",
    "MV3.8\tUse of performance information\tDiscuss the dashboard at the monthly performance clinic for each team and record the actions agreed.\tHead of Service – Child in Need and Child Protection\tOngoing\tGreen\tClinics started October.",
    "",
    "RAG: Green = on track; Amber = at risk; Red = off track; Blue = complete",
    "Next update due to Children and Families Committee: January 2026",
]


def make_cheshire_east():
    with open(os.path.join(HERE, "ls1-cheshire-east-council-monitoring-visit-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(CHESHIRE_LINES) + "\r\n")


if __name__ == "__main__":
    make_barnet()
    make_knowsley()
    make_ealing()
    make_glasgow()
    make_swansea()
    make_dorset()
    make_cheshire_east()
    print("built 7 files in", HERE)
