#!/usr/bin/env python3
"""Build the seven jw1- data files of set heldout317 (children's services plans).

Run: python jw1_make.py   (writes the files next to this script)
The .expected.yaml files beside the data files were written separately.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7", "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Harrow ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
HARROW_TITLE = "London Borough of Harrow – ILACS Improvement Plan 2025–26"
HARROW = [
    ("Recommendation 1: The timeliness and quality of the response to children who go missing from home or care, including the offer and recording of return home interviews.", [
        ("1.1", "Review the missing children protocol with the police and the commissioned return home interview provider, and relaunch it to all staff.",
         "Service Manager (Missing and Exploitation)", D(2025, 5, 31), None, "Green", "Blue",
         "Protocol signed off at Harrow Safeguarding Children Partnership on 14/05/2025 and relaunched through practice week.",
         "Return home interviews offered within 72 hours: 61% (Jan) to 88% (Aug)."),
        ("1.2", "Introduce a daily missing tracker reviewed by team managers, so that every return home interview is offered within 72 hours.",
         "Head of Service, Safeguarding and Family Support", D(2025, 6, 30), D(2025, 10, 31), "Amber", "Amber",
         "Tracker live in Liquidlogic from July; manager sign-off not yet consistent in the CIN teams. Revised date agreed by Improvement Board.",
         ""),
        ("1.3", "Audit a sample of 20 missing episodes each quarter and report the findings to the Exploitation and Missing Sub-group.",
         "Quality Assurance Manager / Service Manager (Missing and Exploitation)", "Quarterly", None, "Green", "Green",
         "Q1 audit completed (20 episodes); Q2 audit under way.", ""),
    ]),
    ("Recommendation 2: The consistency and impact of management oversight and supervision for children in need and children subject to child protection plans.", [
        ("2.1", "Refresh the supervision policy and templates so that reflective discussion and progress of the child's plan are recorded in every supervision.",
         "Principal Social Worker", D(2025, 7, 31), None, "Green", "Blue",
         "New policy and templates launched 1 July 2025.", "Dip sample Aug 2025: 79% of supervisions recorded on new template."),
        ("2.2", "Deliver the 'Leading Good Practice' programme to all team managers and advanced practitioners.",
         "Head of Workforce Development / Principal Social Worker", D(2025, 9, 30), D(2026, 1, 31), "Green", "Amber",
         "Cohort 1 (12 managers) complete; cohort 2 moved to November because of provider availability.", ""),
    ]),
    ("Recommendation 3: The sufficiency of local homes for children in care, particularly older children with complex needs.", [
        ("3.1", "Recruit 15 additional in-house foster carers through the West London fostering recruitment campaign.",
         "Head of Corporate Parenting", D(2026, 3, 31), None, "Amber", "Red",
         "4 households approved against a target of 10 by September; recruitment campaign to be relaunched in October.", ""),
        ("3.2", "Open a two-bed local children's home for older children with complex needs in partnership with a registered provider.",
         "Head of Commissioning (Children and Young People)", D(2025, 12, 31), D(2026, 3, 31), "Amber", "Amber",
         "Property identified; Ofsted registration application submitted 02/09/2025.", ""),
    ]),
    ("Recommendation 4: The quality of pathway plans for care leavers, so that they are written with young people and reflect their current circumstances.", [
        ("4.1", "Co-produce a new pathway plan template with the Harrow Care Leavers' Forum.",
         "Service Manager (Leaving Care)", D(2025, 6, 30), None, "Green", "Blue",
         "Template co-produced over three forum sessions and in use from 16/06/2025.", "Young people's feedback: 'it sounds like me now'."),
        ("4.2", "Ensure every care leaver aged 18–21 has a pathway plan reviewed within the last six months.",
         "Service Manager (Leaving Care)", D(2025, 11, 30), None, "Green", "Green",
         "83% reviewed in last six months (target 95%).", ""),
        ("4.3", "Commission an independent audit of pathway plan quality and present the findings to the Corporate Parenting Panel.",
         "Head of Quality Assurance", D(2026, 1, 31), None, "", "Not started",
         "Scheduled to start December 2025.", ""),
    ]),
]
RAGFILL = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Blue": FILL["blue"]}


def make_harrow(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HARROW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Ofsted inspection of local authority children's services (ILACS), 20–31 January 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Date", "15/09/2025"),
        ("Plan owner", "Corporate Director, People"),
        ("Governance", "Harrow Children's Improvement Board (bi-monthly)"),
        ("Overall effectiveness", "Requires improvement to be good"),
        ("Next review", "November 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A12"] = "Version history"
    ws["A12"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "24/04/2025", "Plan submitted to Ofsted"),
            ("1.1", "23/06/2025", "June progress update"),
            ("1.2", "21/07/2025", "Revised dates for 1.2 and 3.2 agreed by Improvement Board"),
            ("1.3", "15/09/2025", "September progress update")]
    for i, r in enumerate(hist, start=13):
        for j, v in enumerate(r, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i == 13:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 60

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([
            ("Blue", "Action complete and impact evidenced"),
            ("Green", "On track to deliver by the target date"),
            ("Amber", "Some slippage – recoverable with current resources"),
            ("Red", "Off track – escalate to Children's Improvement Board"),
            ("Not started", "Action not yet due to start")], start=2):
        c = k.cell(i, 1, lab)
        if lab in RAGFILL:
            c.fill = fill(RAGFILL[lab])
        k.cell(i, 2, txt)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 60

    p = wb.create_sheet("Action plan")
    p["A1"] = HARROW_TITLE
    p["A1"].font = Font(bold=True, size=14)
    p.merge_cells("A1:I1")
    p["A2"] = "Progress update: September 2025 (reported to Children's Improvement Board 22/09/2025)"
    p.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update", "Evidence of impact"]
    for j, h in enumerate(heads, start=1):
        c = p.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for rec, acts in HARROW:
        p.cell(r, 1, rec).font = Font(bold=True)
        p.cell(r, 1).fill = fill(FILL["pale"])
        p.cell(r, 1).alignment = WRAP
        p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        p.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, orig, rev, prev, cur, prog, imp in acts:
            vals = [ref, act, lead, orig, rev, prev or None, cur, prog, imp or None]
            for j, v in enumerate(vals, start=1):
                c = p.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev in RAGFILL:
                p.cell(r, 6).fill = fill(RAGFILL[prev])
            if cur in RAGFILL:
                p.cell(r, 7).fill = fill(RAGFILL[cur])
            r += 1
    widths = [7, 50, 30, 13, 13, 12, 12, 50, 36]
    for j, w in enumerate(widths):
        p.column_dimensions["ABCDEFGHI"[j]].width = w
    p.freeze_panes = "C5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Walsall local area SEND priority action plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
WALSALL_TITLE = "Walsall Local Area Partnership – SEND Priority Action Plan"
WALSALL = [
    ("API 1", "Area for priority action 1: Leaders across education, health and care must urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people's needs are accurately identified and met without delay.", [
        ("1.1", "Recruit to the six additional EHC coordinator posts agreed by Cabinet and clear the backlog of assessments open for more than 20 weeks.",
         "Percentage of new EHC plans issued within 20 weeks rises from 21% to 60%.", "Head of SEND and Inclusion",
         "Sept 2024 – March 2025", "blue",
         "All six posts filled by January 2025; assessments over 20 weeks reduced from 214 to 38."),
        ("1.2", "Introduce a multi-agency EHC plan quality assurance panel, including health and social care advice writers.",
         "At least 75% of plans audited are rated good or better.", "SEND Assessment Team Manager / ICB Designated Clinical Officer",
         "By 31 December 2024", "green",
         "Panel meeting fortnightly since November; 64% of audited plans good or better in Q4."),
        ("1.3", "Train all SENCOs and advice writers in the Walsall outcomes framework for EHC plans.",
         "Outcomes in new plans are specific and measurable (audit).", "Principal Educational Psychologist",
         "Spring term 2025", "amber",
         "Four of six training sessions delivered; health advice writers' session rearranged."),
        ("1.4", "Implement the annual review recovery plan so that every EHC plan is reviewed within 12 months.",
         "Annual reviews completed within 12 months rises from 38% to 90%.", "Head of SEND and Inclusion / Head of Education Access",
         "Summer term 2025", "red",
         "Recovery trajectory missed in February and March; additional caseworker capacity requested."),
    ]),
    ("API 2", "Area for priority action 2: Leaders across the partnership must improve access to neurodevelopmental assessment pathways and ensure that children, young people and their families receive effective support while they wait.", [
        ("2.1", "Launch a single point of access for autism and ADHD referrals for children and young people aged 0–18.",
         "One referral route; families told of next steps within 10 working days.", "ICB Head of Children's Commissioning",
         "Jan-25", "blue",
         "Single point of access live from 13 January 2025."),
        ("2.2", "Commission a 'waiting well' offer from Walsall Parent Carer Forum, including drop-in sessions and a named contact for every family.",
         "Families on the waiting list report feeling supported (survey).", "ICB Head of Children's Commissioning / Walsall Parent Carer Forum",
         "Apr-25", "green",
         "Contract agreed; first drop-in sessions held in Bloxwich and Darlaston in March."),
        ("2.3", "Deliver neurodiversity awareness training to staff in all mainstream schools through the Inclusion Support Service.",
         "Fewer suspensions of children awaiting assessment.", "Inclusion Support Service Manager",
         "Summer term 2025", "amber",
         "41 of 96 schools trained so far."),
        ("2.4", "Publish waiting-time data for the neurodevelopmental pathway on the Local Offer.",
         "Families can see current waiting times.", "SEND Business Intelligence Lead",
         "Monthly", None,
         "Data-sharing agreement with provider awaited."),
    ]),
]


def make_walsall(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = WALSALL_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Highlight summary – position at 31 March 2025 (SEND Improvement Board, 16 April 2025)"
    heads = ["Area for priority action", "Actions", "Complete", "On track", "Some slippage", "Off track", "Not started"]
    for j, h in enumerate(heads, start=1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 6
    r = 5
    for code, _t, acts in WALSALL:
        cols = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in ("blue", "green", "amber", "red", None)]
        s.cell(r, 1, code).border = BOX
        for j, v in enumerate(cols, start=2):
            s.cell(r, j, v).border = BOX
        tot = [a + b for a, b in zip(tot, cols)]
        r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        s.cell(r, j, v).font = Font(bold=True)
    s.column_dimensions["A"].width = 26
    for col in "BCDEFG":
        s.column_dimensions[col].width = 13

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key (colour of the RAG cell)"
    k["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – mitigation in place"),
            ("red", "Off track – escalated to SEND Improvement Board"), (None, "No colour – not yet started")], start=2):
        c = k.cell(i, 1)
        if col:
            c.fill = fill(FILL[col])
        c.border = BOX
        k.cell(i, 2, txt)
    k.column_dimensions["B"].width = 50

    for code, api, acts in WALSALL:
        ws = wb.create_sheet(code)
        ws["A1"] = WALSALL_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = api
        ws["A2"].font = Font(bold=True)
        ws["A2"].alignment = WRAP
        ws["A2"].fill = fill(FILL["lilac"])
        ws.merge_cells("A2:G2")
        ws.row_dimensions[2].height = 48
        heads = ["Ref", "Action", "Impact measure – how will we know?", "Lead(s)", "Timescale", "RAG", "Commentary (March 2025)"]
        for j, h in enumerate(heads, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = fill(FILL["grey"])
            c.border = BOX
            c.alignment = WRAP
        for i, (ref, act, imp, lead, when, rag, com) in enumerate(acts, start=5):
            for j, v in enumerate([ref, act, imp, lead, when, None, com], start=1):
                c = ws.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(i, 6).fill = fill(FILL[rag])
        for col, w in zip("ABCDEFG", [6, 48, 34, 30, 18, 7, 44]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Essex YJS HMIP improvement plan (xlsx, merged recommendation cells)
# ---------------------------------------------------------------------------
ESSEX_TITLE = "Essex Youth Justice Service – HM Inspectorate of Probation Inspection: Improvement Plan"
ESSEX = [
    ("The Head of Essex Youth Justice Service should:", [
        ("1. Improve the quality of assessment and planning for keeping other people safe, so that all relevant information from children's social care and the police is considered", [
            ("1.1", "Deliver refresher training on risk of serious harm assessment to all case managers, using case studies drawn from the inspection findings.",
             "YJS Practice Development Lead", D(2025, 3, 31), "Complete", "Seven sessions delivered to 64 staff; evaluation positive."),
            ("1.2", "Introduce a monthly risk panel chaired by an operations manager for all children assessed as high or very high risk of serious harm.",
             "YJS Operations Manager (North) / YJS Operations Manager (South)", "Q1 2025/26", "On track", "Terms of reference agreed; first panels March 2025."),
        ]),
        ("2. Ensure that management oversight is effective, consistently recorded and leads to action where it is needed", [
            ("2.1", "Revise the management oversight framework and add a mandatory oversight entry to ChildView at each key stage of the order.",
             "LP / DK", "Jun-25", "Amber", "Framework drafted; ChildView change request delayed by supplier."),
            ("2.2", "Audit 10% of open cases each quarter against the HMIP standards and report themes to the Management Board.",
             "Head of Youth Justice", "Quarterly", "On track", "Q3 audit reported to Board January 2025."),
        ]),
        ("3. Make sure that work to keep victims safe is given sufficient priority, and that victims' wishes are considered in planning", [
            ("3.1", "Recruit a second restorative justice and victim worker and review the victim contact procedure.",
             "Victim Services Coordinator", "End of September 2025", "Not started", "Post agreed in 2025/26 budget; recruitment from April."),
        ]),
    ]),
    ("The Essex Youth Justice Management Board should:", [
        ("4. Ensure that children known to the YJS have timely access to suitable education, training and employment provision", [
            ("4.1", "Agree a protocol with the Virtual School and Essex schools for prioritising school places for children subject to court orders.",
             "Head of Essex Virtual School", D(2025, 4, 30), "Red", "Draft protocol not yet agreed by secondary heads' forum; escalated to Board chair."),
            ("4.2", "Add ETE attendance for children open to the YJS to the Management Board performance scorecard.",
             "Youth Justice Management Board Chair", "May-25", "Complete", "Included in scorecard from February 2025."),
        ]),
        ("5. Assure itself that the disproportionate representation of Black and mixed heritage children is understood and addressed across the partnership", [
            ("5.1", "Commission a partnership disproportionality deep dive and agree an action plan with Essex Police and the Crown Prosecution Service.",
             "Essex Police YJS Inspector / Head of Youth Justice", "December 2025", "On track", "Scope agreed at February Board."),
        ]),
    ]),
]


def make_essex(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ESSEX_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection fieldwork: 16–20 September 2024   |   Report published: 10 December 2024   |   Overall rating: Requires improvement"
    ws["A3"] = "Plan owner: Head of Youth Justice   |   Monitored by: Essex Youth Justice Management Board   |   Updated: 28 February 2025"
    heads = ["Recommendation", "Ref", "Action", "Owner", "Target date", "Status", "Update (February 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    stfill = {"Complete": FILL["blue"], "On track": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    r = 6
    for sec, recs in ESSEX:
        ws.cell(r, 1, sec).font = Font(bold=True, italic=True)
        ws.cell(r, 1).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            top = r
            for ref, act, owner, when, status, upd in acts:
                vals = [rec if r == top else None, ref, act, owner, when, status, upd]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if status in stfill:
                    ws.cell(r, 6).fill = fill(stfill[status])
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) | On track (green) | Amber – at risk of slipping | Red – off track | Not started")
    ws.cell(r + 1, 1, "Next review: Essex Youth Justice Management Board, 24 April 2025")
    for col, w in zip("ABCDEFG", [42, 6, 52, 30, 14, 12, 46]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    h = wb.create_sheet("Change log")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "06/01/2025", "Head of Youth Justice", "First draft for Board"),
                             ("1.0", "20/01/2025", "Head of Youth Justice", "Approved by Management Board"),
                             ("1.1", "28/02/2025", "YJS Business Support", "February update")], start=1):
        for j, v in enumerate(row, start=1):
            h.cell(i, j, v).border = BOX
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


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    return sec


# ---------------------------------------------------------------------------
# 4. Derbyshire SCP JTAI action plan (docx, one table per area for improvement)
# ---------------------------------------------------------------------------
DERBY_TITLE = "Derbyshire Safeguarding Children Partnership: JTAI Multi-agency Action Plan"
DERBY = [
    ("Area for improvement 1: The quality and consistency of information sharing between agencies when children are identified as being at risk of serious youth violence.", [
        ("1a", "Review the Derbyshire information-sharing agreement for child exploitation and serious youth violence and relaunch it with a 7-minute briefing.",
         "DSCP Business Manager", "31/05/2025",
         "Agreement re-signed by all statutory partners in April 2025; briefing published 12/05/2025.", "Blue"),
        ("1b", "Ensure police intelligence about children at risk of exploitation is shared with Starting Point within 24 hours.",
         "Detective Chief Inspector, Public Protection (Derbyshire Constabulary)", "June 2025",
         "Daily intelligence bulletin to Starting Point in place since 2 June 2025; compliance checked weekly.", "Green"),
        ("1c", "Add school and health representation to the weekly Missing, Exploitation and Trafficking (MET) meeting.",
         "Head of Service, Early Help and Safeguarding / Named Nurse for Safeguarding Children, DCHS", "September 2025",
         "Health representation agreed; schools' rota still being finalised with the Education Safeguarding Team.", "Amber"),
    ]),
    ("Area for improvement 2: The use of contextual safeguarding approaches to assess and reduce risks to children in places and spaces outside the home.", [
        ("2a", "Develop a contextual safeguarding assessment tool and pilot it in the High Peak and Erewash localities.",
         "Service Manager, Youth Justice and Exploitation", "Oct 2025 – Jan 2026",
         "Tool drafted with University of Derby; pilot sites confirmed.", "Green"),
        ("2b", "Deliver multi-agency training on contextual safeguarding to 300 practitioners.",
         "DSCP Learning and Development Lead", "Ongoing – reported quarterly",
         "142 practitioners trained to end of August 2025.", "Green"),
    ]),
    ("Area for improvement 3: Health partners' contribution to strategy meetings for children at risk of serious youth violence, including from emergency departments.", [
        ("3a", "Agree a process for emergency department safeguarding teams to notify Starting Point of all children attending with knife or assault-related injuries.",
         "Designated Nurse Safeguarding Children, NHS Derby and Derbyshire ICB", "31/07/2025",
         "Process agreed at Royal Derby; Chesterfield Royal still to sign off. Escalated to ICB Chief Nurse.", "Red"),
        ("3b", "Audit health attendance at strategy meetings for children at risk of exploitation and report to the DSCP Performance and Quality Assurance Group.",
         "Named GP for Safeguarding Children", "December 2025",
         "Audit scheduled for November 2025.", ""),
    ]),
]
DOCX_RAG = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_derby(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(DERBY_TITLE, level=0)
    doc.add_paragraph("Response to the joint targeted area inspection of the multi-agency response to serious youth violence in Derbyshire (fieldwork 11–15 November 2024; letter published 7 January 2025)")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for kk, v in [("Version", "2.0 (September 2025 progress update)"),
                  ("Date", "12 September 2025"),
                  ("Plan owner", "DSCP Business Manager"),
                  ("Approved by", "DSCP Executive – Derbyshire County Council, Derbyshire Constabulary, NHS Derby and Derbyshire ICB"),
                  ("Next review", "December 2025")]:
        cells = dc.add_row().cells
        set_text(cells[0], kk, bold=True)
        set_text(cells[1], v)
        shade(cells[0], "D9E2F3")

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Inspectors identified three areas for improvement. This plan sets out the actions the three statutory "
        "safeguarding partners and relevant agencies are taking in response. Progress is reported to the DSCP "
        "Executive every quarter and to the Ofsted local authority engagement meeting.")

    doc.add_heading("RAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for lab, txt in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some risk to delivery"),
                     ("Red", "Not on track – escalated to DSCP Executive"), ("(blank)", "Not yet started")]:
        cells = key.add_row().cells
        set_text(cells[0], lab, bold=True)
        if lab in DOCX_RAG:
            shade(cells[0], DOCX_RAG[lab])
        set_text(cells[1], txt)

    for afi, acts in DERBY:
        doc.add_heading(afi, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency and officer", "By when", "Progress to date", "RAG"]):
            set_text(c, h, bold=True, color="FFFFFF")
            shade(c, "1F3864")
        for ref, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, prog, rag]):
                set_text(c, v)
            if rag in DOCX_RAG:
                shade(cells[5], DOCX_RAG[rag])
        for row in t.rows:
            for c, w in zip(row.cells, [1.2, 8.0, 5.0, 3.0, 7.0, 1.6]):
                c.width = Cm(w)
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Safeguarding partner", "Lead representative", "Date"]):
        set_text(c, h, bold=True)
    for row in [("Derbyshire County Council", "Executive Director, Children's Services", "15/09/2025"),
                ("Derbyshire Constabulary", "Assistant Chief Constable", "15/09/2025"),
                ("NHS Derby and Derbyshire ICB", "Chief Nurse", "16/09/2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Lancashire children's home Ofsted action plan (docx, single form table)
# ---------------------------------------------------------------------------
LANCS_TITLE = "Post-Inspection Action Plan – Meadowbank House Children's Home"
GUIDE = "'Guide to the Children's Homes Regulations, including the quality standards'"
LANCS = [
    ("Requirements", [
        ("The registered person must ensure that staff assess whether each child is at risk of harm, taking into account information in the child's relevant plans, and, if necessary, take effective action to reduce the risk of harm to the child. (Regulation 12 (1) (2)(a)(i)) To be completed by: 31/03/2025", [
            ("1", "Review and update the individual risk assessment for every child, using information from their placement plan and care plan.",
             "Registered Manager", "14/03/2025", "12/03/2025", "Completed"),
            ("2", "Introduce a weekly risk review in the team meeting, recorded in the home's risk log, so that changes in risk are acted on.",
             "Registered Manager / Deputy Manager", "31/03/2025", "", "On track"),
        ]),
        ("The registered person must ensure that all employees undertake appropriate continuing professional development and receive practice-related supervision by a person with appropriate experience. (Regulation 33 (4)(a)(b)) To be completed by: 30/04/2025", [
            ("3", "Put in place a supervision schedule so that every member of staff receives supervision at least every four weeks, audited monthly by the Responsible Individual.",
             "Responsible Individual", "30/04/2025", "", "On track"),
        ]),
    ]),
    ("Recommendations", [
        ("The registered person should ensure that children's records are written in a way that is clear and accessible to the child, should they wish to access them in the future. (" + GUIDE + ", page 62, paragraph 14.4)", [
            ("4", "Deliver recording training to all residential staff, including writing to the child, with input from the Lancashire Children in Care Council.",
             "Practice Development Officer (Residential)", "June 2025", "", "Not started"),
        ]),
        ("The registered person should ensure that the home's location risk assessment is reviewed with the police and partner agencies and reflects current risks in the local area. (" + GUIDE + ", page 54, paragraph 10.3)", [
            ("5", "Review the location risk assessment with the neighbourhood policing team and the Lancashire child exploitation team.",
             "Registered Manager", "30/04/2025", "22/04/2025", "Completed"),
            ("6", "Share the updated location risk assessment with placing social workers and include it in the home's Statement of Purpose.",
             "Registered Manager", "May 2025", "", "On track"),
        ]),
    ]),
]


def make_lancs(path):
    doc = Document()
    sec = landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec.header.paragraphs[0].text = "Lancashire County Council – Children's Residential Services"
    doc.add_heading(LANCS_TITLE, level=1)

    info = doc.add_table(rows=0, cols=4)
    info.style = "Table Grid"
    for a, b, c, d in [("Home", "Meadowbank House", "URN", "SC482913"),
                       ("Inspection date", "11 and 12 February 2025", "Inspection type", "Full inspection"),
                       ("Overall experiences and progress of children", "Requires improvement to be good", "Report published", "5 March 2025"),
                       ("Registered Manager", "Karen Holt", "Plan last updated", "07/04/2025")]:
        cells = info.add_row().cells
        for cell, v, bold in zip(cells, (a, b, c, d), (True, False, True, False)):
            set_text(cell, v, bold=bold, size=9)
            if bold:
                shade(cell, "E2EFDA")
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Requirement / recommendation", "Action to be taken", "Responsible",
                                      "Due date", "Date completed", "Status"]):
        set_text(c, h, bold=True)
        shade(c, "A9D08E")
    for section, reqs in LANCS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_text(m, section, bold=True, size=10)
        shade(m, "D9D9D9")
        for req, acts in reqs:
            first = None
            for num, act, who, due, done, status in acts:
                cells = t.add_row().cells
                set_text(cells[0], num)
                if first is None:
                    set_text(cells[1], req)
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                set_text(cells[2], act)
                set_text(cells[3], who)
                set_text(cells[4], due)
                set_text(cells[5], done)
                set_text(cells[6], status)
    for row in t.rows:
        for c, w in zip(row.cells, [1.0, 8.5, 7.5, 3.5, 2.2, 2.2, 2.0]):
            c.width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Status: Completed / On track / Not started. Evidence for completed actions is held in the home's inspection folder.")
    sig = doc.add_table(rows=2, cols=3)
    sig.style = "Table Grid"
    for c, h in zip(sig.rows[0].cells, ["Signed (Registered Manager)", "Signed (Responsible Individual)", "Date"]):
        set_text(c, h, bold=True)
    for c, v in zip(sig.rows[1].cells, ["K. Holt", "S. Ahmed", "07/04/2025"]):
        set_text(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Salford corporate parenting board action plan (csv) – typo month, refuse
# ---------------------------------------------------------------------------
SALFORD_TITLE = "Salford Corporate Parenting Board – Action Plan 2024–2026"
SALFORD = [
    ("1. Safe, stable and loving homes", "1.1", "Increase the number of Salford foster carers by 20 through the Greater Manchester fostering recruitment hub",
     "Head of Fostering and Adoption", "Mar-25", "Green", "17 new households approved; 6 in assessment"),
    ("", "1.2", "Extend Staying Close to all young people leaving residential care at 18",
     "Leaving Care Service Manager", "Sep-25", "Amber", "Funding confirmed for 2025/26; provider to be appointed"),
    ("2. Health and wellbeing", "2.1", "Ensure every child in care has an up-to-date health assessment within statutory timescales",
     "Designated Nurse for Children in Care; Head of Service, Children in Care", "Jun-25", "Amber", "Initial health assessments within 20 days: 54% (Q3)"),
    ("", "2.2", "Give all children in care and care leavers free access to Salford Community Leisure centres",
     "Lead Member for Children's Services", "0ct-25", "Green", "Scheme agreed by Cabinet January 2025"),
    ("3. Education, employment and training", "3.1", "Every child in care has a good quality Personal Education Plan reviewed each term",
     "Virtual School Headteacher", "Jul-25", "Green", "PEP completion 94%; quality audit in summer term"),
    ("", "3.2", "Ring-fence 10 apprenticeships a year at Salford City Council for care leavers",
     "Assistant Director, HR and OD", "Dec-25", "Red", "3 apprenticeships offered in 2024/25"),
    ("4. Voice and participation", "4.1", "Members of the Children in Care Council attend and co-chair every Corporate Parenting Board",
     "Participation and Engagement Lead", "Ongoing", "Blue", "Co-chairing in place since September 2024"),
]


def make_salford(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([SALFORD_TITLE, "", "", "", "", "", ""])
    w.writerow(["Position at February 2025 – for Board meeting 12 March 2025", "", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["Priority", "Ref", "What we will do", "Lead", "Target date", "RAG", "Update"])
    for row in SALFORD:
        w.writerow(row)
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["RAG: Blue = complete, Green = on track, Amber = at risk, Red = off track", "", "", "", "", "", ""])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Royal Greenwich early help strategy action plan (tab-separated text)
# ---------------------------------------------------------------------------
GREENWICH_TITLE = "Royal Borough of Greenwich – Early Help Strategy 2024–2027: Partnership Action Plan"
GREENWICH = [
    ("Priority 1: Families know where to go for help and get it early", [
        ("1.1", ["Open the remaining two Family Hubs in Eltham and Woolwich Common with a consistent core offer."],
         "Head of Family Hubs", "Mar 2025", "B", "Both hubs open; Woolwich Common launch event held 14 March 2025."),
        ("1.2", ["Publish a single early help directory on the Greenwich Family Information Service website."],
         "Family Information Service Manager", "Autumn term 2025", "G", "Directory built; partner content being checked."),
        ("1.3", ["Launch a Family Hub outreach offer in Thamesmead and Abbey Wood", "including Saturday sessions for working parents and carers."],
         "Okafor, Adaeze", "Q3 2025/26", "A", "Venue agreed in Thamesmead; Abbey Wood venue still to be confirmed."),
    ]),
    ("Priority 2: Partners work together using one early help assessment and plan", [
        ("2.1", ["Roll out the Greenwich Early Help Assessment on the partner portal to schools, health visiting and housing."],
         "Early Help Partnership Manager; Head of 0–19 Public Health Nursing", "Jan 2026", "A", "Schools live; health visiting access delayed by IG review."),
        ("2.2", ["Train 150 lead practitioners across partner agencies in the Family Partnership Model."],
         "Early Help Workforce Lead", "Termly", "G", "96 trained to date."),
        ("2.3", ["Audit 30 early help plans each quarter with partner auditors and report the learning to the Board."],
         "Head of Quality Assurance", "Q4 2025/26", "R", "Only 11 plans audited in Q2 because of auditor availability."),
    ]),
    ("Priority 3: Fewer families need statutory intervention", [
        ("3.1", ["Pilot a step-across model with the MASH so that families below threshold are offered an early help conversation within 5 working days."],
         "MASH Service Manager / Early Help Service Manager", "Summer term 2026", "", "Not started – dependent on MASH restructure."),
        ("3.2", ["Evaluate the impact of the Supporting Families programme on repeat referrals and publish the findings."],
         "Supporting Families Co-ordinator", "31/03/2026", "G", "Evaluation partner appointed."),
    ]),
]


def make_greenwich(path):
    lines = [GREENWICH_TITLE,
             "Progress update for the Early Help Partnership Board – October 2025", "",
             "\t".join(["Ref", "Action", "Lead", "By when", "RAG", "Progress comment"])]
    for pri, acts in GREENWICH:
        lines.append(pri + "\t" * 5)
        for ref, texts, lead, when, rag, com in acts:
            lines.append("\t".join([ref, texts[0], lead, when, rag, com]))
            for more in texts[1:]:
                lines.append("\t".join(["", more, "", "", "", ""]))
    lines += ["", "RAG key: B = complete, G = on track, A = some delay, R = off track, blank = not started",
              "Owner: Greenwich Early Help Partnership Board. Next update: January 2026."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "jw1-london-borough-of-harrow-ilacs-improvement-plan.xlsx": make_harrow,
    "jw1-walsall-local-area-send-priority-action-plan.xlsx": make_walsall,
    "jw1-essex-youth-justice-service-hmip-improvement-plan.xlsx": make_essex,
    "jw1-derbyshire-safeguarding-children-partnership-jtai-action-plan.docx": make_derby,
    "jw1-lancashire-county-council-childrens-home-ofsted-action-plan.docx": make_lancs,
    "jw1-salford-corporate-parenting-board-action-plan-typo-month-refuse.csv": make_salford,
    "jw1-royal-greenwich-early-help-strategy-action-plan.txt": make_greenwich,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
