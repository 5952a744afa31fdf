"""Build the seven fs1- data files of set heldout209 (children's services plans).

Run with:  /work/main/.venv/bin/python fs1_make.py
Writes the .docx/.xlsx/.csv/.txt files beside this script.  The action data
below is also what the .expected.yaml readings were written from (the 'x_'
keys hold the reading: lead list, end month, status).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# =================================================================== 1
# Torbay Youth Justice Service - HMIP post-inspection improvement plan (docx)
TORBAY_FILE = "fs1-torbay-yjs-hmip-improvement-plan.docx"
TORBAY_TITLE = "Torbay Youth Justice Service: Post-Inspection Improvement Plan 2025"
TORBAY = [
    ("Domain 1: Organisational delivery", [
        ("Recommendation 1: The Youth Justice Management Board should ensure that partner agencies are "
         "represented at an appropriate level of seniority and that members understand and challenge the "
         "service’s performance data.", [
            dict(ref="1.1", action="Refresh the Management Board terms of reference and membership, confirming a "
                 "named deputy for each statutory partner.",
                 lead="Chair of the Youth Justice Management Board", when="April 2025",
                 progress="Terms of reference agreed at the Board on 24/04/2025.", rag="Complete",
                 x_lead=["Chair of the Youth Justice Management Board"], x_end="2025-04", x_status="blue"),
            dict(ref="1.2", action="Deliver a Board induction and development session covering the YJB oversight "
                 "framework, key performance indicators and the findings of the inspection.",
                 lead="Head of Youth Justice / Performance and Information Officer", when="30/05/2025",
                 progress="Session held 29 May 2025; 11 of 13 members attended.", rag="Green",
                 x_lead=["Head of Youth Justice", "Performance and Information Officer"], x_end="2025-05",
                 x_status="green"),
            dict(ref="1.3", action="Introduce a quarterly performance report to the Board with disproportionality "
                 "and victim data broken down by ethnicity, gender and care status.",
                 lead="Performance and Information Officer", when="Sept 2025",
                 progress="First draft presented June 2025; ethnicity data from police systems still incomplete.",
                 rag="Amber", x_lead=["Performance and Information Officer"], x_end="2025-09", x_status="amber"),
        ]),
        ("Recommendation 2: The Head of Youth Justice should make sure that staff receive regular, recorded "
         "supervision that focuses on the quality of assessment and planning.", [
            dict(ref="2.1", action="Implement a revised supervision policy with a minimum four-weekly frequency and "
                 "a standard recording template on ChildView.",
                 lead="Head of Youth Justice", when="March 2025",
                 progress="Policy launched 3 March 2025.", rag="Complete",
                 x_lead=["Head of Youth Justice"], x_end="2025-03", x_status="blue"),
            dict(ref="2.2", action="Carry out a monthly dip sample of supervision records and report compliance to "
                 "the YJS leadership team.",
                 lead="YJS Operational Manager", when="Monthly",
                 progress="April 92%, May 88% of supervisions in timescale.", rag="Green",
                 x_lead=["YJS Operational Manager"], x_end=None, x_end_text="Monthly", x_status="green"),
        ]),
    ]),
    ("Domains 2 and 3: Court disposals and out-of-court disposals", [
        ("Recommendation 3: The Head of Youth Justice should improve the quality of assessment and planning to "
         "keep other people safe, including contingency planning.", [
            dict(ref="3.1", action="Deliver risk of harm and contingency planning training to all case managers, "
                 "with follow-up practice workshops.\nTraining to be provided by the regional YJB team.",
                 lead="YJS Operational Manager; Practice Development Lead", when="July 2025",
                 progress="Two of three sessions delivered; workshops booked.", rag="Amber",
                 x_lead=["YJS Operational Manager", "Practice Development Lead"], x_end="2025-07",
                 x_status="amber"),
            dict(ref="3.2", action="Introduce management sign-off of all assessments rated medium or above for risk "
                 "of serious harm within five working days.",
                 lead="Team Manager (Court Team)", when="31/03/2025",
                 progress="In place; compliance checked in monthly audit.", rag="Green",
                 x_lead=["Team Manager (Court Team)"], x_end="2025-03", x_status="green"),
        ]),
        ("Recommendation 4: The Youth Justice Management Board should ensure that victims are offered a "
         "restorative justice service and that their safety needs are reflected in planning.", [
            dict(ref="4.1", action="Recruit a dedicated victim and restorative justice worker.",
                 lead="Head of Youth Justice", when="June 2025 (revised to October 2025)",
                 progress="Recruitment in May 2025 unsuccessful; post re-advertised.", rag="Red",
                 x_lead=["Head of Youth Justice"], x_end="2025-10", x_status="red"),
            dict(ref="4.2", action="Audit victim contact in a sample of 20 cases and report the findings to the Board.",
                 lead="Quality Assurance Lead", when="Q2 2025/26",
                 progress="", rag="",
                 x_lead=["Quality Assurance Lead"], x_end="2025-09", x_end_text="Q2 2025/26", x_status="unrated"),
        ]),
    ]),
]


def make_torbay():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(TORBAY_TITLE, style="Title")
    doc.add_paragraph("Inspection of youth justice services in Torbay by HM Inspectorate of Probation – "
                      "fieldwork 7–11 October 2024, report published 21 January 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "03/03/2025", "Head of Youth Justice", "Approved by the Youth Justice Management Board"),
                ("1.1", "16/06/2025", "Performance and Information Officer", "Progress update for June Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, col in [("Complete", "Action completed and evidenced", BLUE),
                               ("Green", "On track to be completed by the target date", GREEN),
                               ("Amber", "Some slippage; remedial action in place", AMBER),
                               ("Red", "Off track; escalated to the Management Board", RED)]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    heads = ["Ref", "Action", "Lead", "Target date", "Progress update (June 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.2), Cm(3.0), Cm(6.5), Cm(2.0)]
    for domain, recs in TORBAY:
        doc.add_heading(domain, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for rec, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["when"], a["progress"], a["rag"]]):
                    set_cell(c, v)
                col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(a["rag"])
                if col:
                    shade(cells[5], col)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Note: progress against this plan is reported to every meeting of the Torbay Youth "
                      "Justice Management Board and to the YJB regional oversight team each quarter.")
    doc.add_paragraph("Plan owner: Head of Youth Justice, Torbay Council.")
    doc.save(os.path.join(HERE, TORBAY_FILE))


# =================================================================== 2
# Dudley Safeguarding People Partnership - JTAI action plan (docx)
DUDLEY_FILE = "fs1-dudley-safeguarding-people-partnership-jtai-action-plan.docx"
DUDLEY_TITLE = "Dudley Safeguarding People Partnership – Joint Targeted Area Inspection Action Plan"
DUDLEY = [
    ("1. The quality of early help assessments and plans, so that they are consistently specific about what "
     "needs to change for the child and by when.", [
        dict(ref="1.1", action="Revise the early help assessment and plan template so that each plan sets out "
             "SMART outcomes agreed with the family.",
             lead="Head of Early Help (DMBC)", when="December 2024",
             progress="New template live on EHM from 2 December 2024.", rag="blue",
             x_lead=["Head of Early Help (DMBC)"], x_end="2024-12"),
        dict(ref="1.2", action="Launch a multi-agency early help audit programme, auditing 10 plans each quarter "
             "across schools, health and family hubs.",
             lead="Head of Early Help (DMBC)\nDesignated Nurse Safeguarding Children (Black Country ICB)",
             when="March 2025", progress="First audit completed January 2025; findings to PEG in March.",
             rag="green",
             x_lead=["Head of Early Help (DMBC)", "Designated Nurse Safeguarding Children (Black Country ICB)"],
             x_end="2025-03"),
        dict(ref="1.3", action="Deliver lead professional training to school designated safeguarding leads and "
             "health visitors.",
             lead="DSPP Learning and Development Lead", when="Jan – Jun 2025",
             progress="Health visitor cohort trained; school sessions delayed to summer term.", rag="amber",
             x_lead=["DSPP Learning and Development Lead"], x_end="2025-06", x_end_text="Jan – Jun 2025"),
    ]),
    ("2. The understanding and application of thresholds by partner agencies when children step up or step "
     "down between early help and children’s social care.", [
        dict(ref="2.1", action="Relaunch the Dudley threshold guidance with briefings for each partner agency.",
             lead="DSPP Business Manager", when="31 January 2025",
             progress="Guidance relaunched; 14 briefings delivered to 390 staff.", rag="blue",
             x_lead=["DSPP Business Manager"], x_end="2025-01"),
        dict(ref="2.2", action="Introduce a monthly step-up/step-down panel chaired jointly by early help and "
             "social care managers.",
             lead="Service Manager, Front Door and MASH", when="February 2025",
             progress="Panel terms of reference agreed; first panel 18 February 2025.", rag="green",
             x_lead=["Service Manager, Front Door and MASH"], x_end="2025-02"),
        dict(ref="2.3", action="Audit the quality of referrals from West Midlands Police and schools to the MASH "
             "and report the findings to the Partnership Executive Group.",
             lead="West Midlands Police PPU Lead", when="Apr-25",
             progress="Audit tool agreed; sample of 40 referrals identified.", rag="amber",
             x_lead=["West Midlands Police PPU Lead"], x_end="2025-04"),
    ]),
    ("3. The partnership’s oversight of the impact of its early help offer, including the use of data from "
     "all agencies.", [
        dict(ref="3.1", action="Develop a multi-agency early help dataset and dashboard reported to each "
             "Partnership Executive Group.",
             lead="DSPP Business Manager / ICB Head of Safeguarding", when="June 2025",
             progress="Data sharing agreement with health providers not yet signed.", rag="red",
             x_lead=["DSPP Business Manager", "ICB Head of Safeguarding"], x_end="2025-06"),
        dict(ref="3.2", action="Hold a partnership learning event on early help with practitioners and families to "
             "test the impact of the changes.",
             lead="Independent Scrutineer", when="September 2025",
             progress="Not yet due.", rag=None,
             x_lead=["Independent Scrutineer"], x_end="2025-09"),
    ]),
]


def make_dudley():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(DUDLEY_TITLE, style="Title")
    doc.add_paragraph("Theme: the multi-agency response to children and families who need help.")
    doc.add_paragraph("Inspection: 9–13 September 2024.   Letter of findings published: 1 November 2024.   "
                      "Plan agreed by the Partnership Executive Group: 12 December 2024.")
    doc.add_paragraph("Progress position: February 2025.")
    doc.add_paragraph("RAG rating (shading in the final column): Blue – complete and embedded; Green – on track; "
                      "Amber – at risk of delay; Red – off track; no shading – not yet due.")
    heads = ["Ref", "Area for improvement", "Action", "Lead agency / officer", "Timescale",
             "Progress (as at February 2025)", "RAG"]
    widths = [Cm(1.2), Cm(5.0), Cm(6.0), Cm(4.0), Cm(2.5), Cm(5.0), Cm(1.3)]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "C6E0B4")
    for afi, acts in DUDLEY:
        first = None
        for i, a in enumerate(acts):
            cells = t.add_row().cells
            set_cell(cells[0], a["ref"])
            if i == 0:
                set_cell(cells[1], afi, bold=True)
                first = cells[1]
            set_cell(cells[2], a["action"])
            set_cell(cells[3], a["lead"])
            set_cell(cells[4], a["when"])
            set_cell(cells[5], a["progress"])
            set_cell(cells[6], "")
            if a["rag"]:
                shade(cells[6], FILL[a["rag"]])
            last = cells[1]
        first.merge(last)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Safeguarding partner", "Signed on behalf of", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Dudley Metropolitan Borough Council", "Director of Children’s Services", "12/12/2024"),
                ("Black Country Integrated Care Board", "Chief Nursing Officer", "12/12/2024"),
                ("West Midlands Police", "Superintendent, Dudley Local Policing Area", "12/12/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, DUDLEY_FILE))


# =================================================================== 3
# Herefordshire local area SEND partnership - priority action plan (xlsx)
HEREFORD_FILE = "fs1-herefordshire-area-send-priority-action-plan.xlsx"
HEREFORD_TITLE = "Herefordshire SEND Priority Action Plan 2025–2026"
HEREFORD = [
    ("Area for priority action 1: Leaders across the partnership should urgently improve the timeliness and "
     "quality of education, health and care (EHC) needs assessments and plans.", [
        dict(ref="1.1", action="Recruit additional educational psychologists and SEND case officers to clear the "
             "backlog of overdue EHC needs assessments.", lead="Head of SEND & Inclusion",
             start=D(2025, 4, 1), orig=D(2025, 9, 30), rev=D(2025, 12, 31), prev="Amber", cur="Amber",
             update="Two EPs and four case officers appointed; backlog reduced from 212 to 131.",
             x_lead=["Head of SEND & Inclusion"], x_end="2025-12", x_status="amber"),
        dict(ref="1.2", action="Introduce a weekly EHC needs assessment tracking meeting with health and social "
             "care advice providers.", lead="SEND Statutory Services Manager; Designated Clinical Officer",
             start=D(2025, 4, 1), orig=D(2025, 5, 31), rev=None, prev="Green", cur="Complete",
             update="Meeting in place since May 2025; advice returned within 6 weeks rose to 78%.",
             x_lead=["SEND Statutory Services Manager", "Designated Clinical Officer"], x_end="2025-05",
             x_status="blue"),
        dict(ref="1.3", action="Implement a multi-agency quality assurance framework for new EHC plans, auditing "
             "10% of plans each month.", lead="Principal Educational Psychologist",
             start=D(2025, 5, 1), orig=D(2025, 7, 31), rev=D(2025, 10, 31), prev="Amber", cur="Green",
             update="Framework signed off at SEND Partnership Board; August and September audits complete.",
             x_lead=["Principal Educational Psychologist"], x_end="2025-10", x_status="green"),
    ]),
    ("Area for priority action 2: Leaders should improve the timeliness of access to neurodevelopmental "
     "assessment and the support available to children and young people while they wait.", [
        dict(ref="2.1", action="Commission additional autism and ADHD assessment capacity from an independent "
             "provider to reduce waiting times.", lead="Associate Director of Commissioning (ICB)",
             start=D(2025, 4, 1), orig=D(2025, 6, 30), rev=D(2026, 1, 31), prev="Red", cur="Red",
             update="Procurement re-run after no compliant bids; contract award expected December 2025.",
             x_lead=["Associate Director of Commissioning (ICB)"], x_end="2026-01", x_status="red"),
        dict(ref="2.2", action="Launch a 'waiting well' offer of advice, parent workshops and school outreach for "
             "families awaiting assessment.", lead="Designated Clinical Officer / Herefordshire Parent Carer Voice",
             start=D(2025, 5, 1), orig=D(2025, 9, 30), rev=None, prev="Green", cur="Green",
             update="Offer launched July 2025; 146 families attended workshops.",
             x_lead=["Designated Clinical Officer", "Herefordshire Parent Carer Voice"], x_end="2025-09",
             x_status="green"),
        dict(ref="2.3", action="Publish monthly neurodevelopmental waiting time data on the Local Offer.",
             lead="ICB Head of Performance", start=D(2025, 6, 1), orig="Monthly", rev=None, prev="N/A",
             cur="Green", update="Published monthly since June 2025.",
             x_lead=["ICB Head of Performance"], x_end=None, x_end_text="Monthly", x_status="green"),
    ]),
    ("Area for priority action 3: Leaders should strengthen co-production with parents and carers so that "
     "their views inform strategic planning and commissioning.", [
        dict(ref="3.1", action="Agree a co-production charter with Herefordshire Parent Carer Voice and the young "
             "people's SEND forum.", lead="Director of Education, Skills and Learning",
             start=D(2025, 4, 1), orig=D(2025, 6, 30), rev=None, prev="Green", cur="Complete",
             update="Charter signed 26 June 2025.",
             x_lead=["Director of Education, Skills and Learning"], x_end="2025-06", x_status="blue"),
        dict(ref="3.2", action="Hold termly SEND partnership listening events and publish 'You said, we did' "
             "updates.", lead="SEND Engagement Officer", start=D(2025, 4, 1), orig="Termly", rev=None,
             prev="Green", cur="Green", update="Summer event held 8 July 2025; update published.",
             x_lead=["SEND Engagement Officer"], x_end=None, x_end_text="Termly", x_status="green"),
        dict(ref="3.3", action="Involve parent carer representatives in the annual refresh of the SEND and "
             "Alternative Provision Strategy.", lead="Head of SEND & Inclusion",
             start=D(2026, 1, 1), orig=D(2026, 3, 31), rev=None, prev="", cur="Not started",
             update="Due to start January 2026.",
             x_lead=["Head of SEND & Inclusion"], x_end="2026-03", x_status="unrated"),
    ]),
    ("Area for improvement: Leaders should improve the quality and accessibility of the Local Offer website.", [
        dict(ref="4.1", action="Redesign the Local Offer website with parent carers, including an accessible "
             "search and easy-read pages.", lead="Digital Services Manager",
             start=D(2025, 6, 1), orig=D(2025, 11, 30), rev=None, prev="Amber", cur="Green",
             update="Beta site tested with 30 parent carers in September.",
             x_lead=["Digital Services Manager"], x_end="2025-11", x_status="green"),
    ]),
]
RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_hereford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Herefordshire Local Area SEND Partnership"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Priority Action Plan – Area SEND Inspection (Ofsted and CQC)"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Inspection: 3–7 February 2025.  Report published: 24 March 2025.  Outcome: widespread and/or systemic failings."
    ws["A5"] = "Version"; ws["B5"] = "Date"; ws["C5"] = "Status"
    for c in ("A5", "B5", "C5"):
        ws[c].font = Font(bold=True)
    ws.append(["1.0", "09/05/2025", "Submitted to Ofsted"])
    ws.append(["1.3", "07/10/2025", "Q2 progress update for SEND Partnership Board"])
    ws["A9"] = "RAG key"
    ws["A9"].font = Font(bold=True)
    for i, (w, m) in enumerate([("Complete", "Action delivered and impact being evidenced"),
                                ("Green", "On track"),
                                ("Amber", "Some risk to delivery by the completion date"),
                                ("Red", "Will not be delivered by the completion date without intervention"),
                                ("Not started", "Action not yet due to start")]):
        ws.cell(10 + i, 1, w)
        if w in RAGFILL:
            ws.cell(10 + i, 1).fill = xfill(RAGFILL[w])
        ws.cell(10 + i, 2, m)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = HEREFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer(s)", "Start date", "Original completion date",
             "Revised completion date", "Previous RAG (June 2025)", "Current RAG (Sept 2025)",
             "Progress update", "Evidence of impact"]
    r = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    evidence = {"1.1": "EHCNA 20-week timeliness 41% (Sept) from 18% (Feb)",
                "1.2": "Health advice timeliness report",
                "1.3": "QA audit summary, September 2025",
                "2.1": "", "2.2": "Workshop evaluations", "2.3": "Local Offer data page",
                "3.1": "Signed charter", "3.2": "You said, we did – summer 2025", "3.3": "",
                "4.1": "User testing report"}
    for band, acts in HEREFORD:
        r += 1
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("D9E1F2")
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.row_dimensions[r].height = 32
        for a in acts:
            r += 1
            vals = [a["ref"], a["action"], a["lead"], a["start"], a["orig"], a["rev"], a["prev"], a["cur"],
                    a["update"], evidence[a["ref"]]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, key in ((7, "prev"), (8, "cur")):
                if a[key] in RAGFILL:
                    ws.cell(r, j).fill = xfill(RAGFILL[a[key]])
    r += 2
    ws.cell(r, 1, "Note: revised completion dates were agreed by the SEND Partnership Board on 15 July 2025. "
                  "Original dates are kept for transparency.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [7, 48, 26, 12, 13, 13, 12, 12, 40, 28]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Current RAG summary – September 2025"
    ws["A1"].font = Font(bold=True)
    ws.append(["RAG", "Number of actions"])
    for w, n in [("Complete", 2), ("Green", 5), ("Amber", 1), ("Red", 1), ("Not started", 1), ("Total", 10)]:
        ws.append([w, n])
    wb.active = 1
    wb.save(os.path.join(HERE, HEREFORD_FILE))


# =================================================================== 4
# North Tyneside Council children's home - Ofsted inspection action plan (xlsx)
NTYNE_FILE = "fs1-north-tyneside-council-childrens-home-ofsted-action-plan.xlsx"
NTYNE_TITLE = "Ofsted Inspection Action Plan: Appletree House (URN SC045678)"
NTYNE = [
    ("Requirement 1: The registered person must ensure that staff assess whether each child is at risk of "
     "harm and that an up-to-date risk management plan is in place (Regulation 12 (1)(2)(a)(i)). "
     "Due date: 30/06/2025", [
        dict(ref="REQ1.1", action="Review and update every child's risk assessment and behaviour support plan, "
             "signed off by the registered manager.", lead="Registered Manager", when=D(2025, 6, 13),
             status="Complete", update="All five plans reviewed and signed 12/06/2025.",
             x_lead=["Registered Manager"], x_end="2025-06", x_status="blue"),
        dict(ref="REQ1.2", action="Introduce a monthly audit of risk management plans by the responsible "
             "individual.", lead="Responsible Individual", when="Monthly", status="On track",
             update="June and July audits completed.",
             x_lead=["Responsible Individual"], x_end=None, x_end_text="Monthly", x_status="green"),
    ]),
    ("Requirement 2: The registered person must ensure that all staff complete training in physical "
     "intervention and de-escalation before working unsupervised (Regulation 33 (4)(a)). Due date: 31/07/2025", [
        dict(ref="REQ2.1", action="Book all outstanding staff onto accredited positive behaviour support training.",
             lead="Registered Manager & Deputy Manager", when="Jul-25", status="Complete",
             update="Final three staff trained 17/07/2025.",
             x_lead=["Registered Manager", "Deputy Manager"], x_end="2025-07", x_status="blue"),
        dict(ref="REQ2.2", action="Update the induction checklist so that new staff cannot lone work until their "
             "training is recorded as complete.", lead="Deputy Manager", when=D(2025, 6, 30), status="Complete",
             update="Checklist updated and shared with the staff team.",
             x_lead=["Deputy Manager"], x_end="2025-06", x_status="blue"),
    ]),
    ("Recommendation 1: The registered person should ensure that the home's location assessment is reviewed "
     "following incidents of children going missing ('Guide to the Children's Homes Regulations, including "
     "the quality standards', page 15, paragraph 3.9).", [
        dict(ref="REC1.1", action="Review the location risk assessment with Northumbria Police and the missing "
             "and exploitation team.", lead="Registered Manager", when="End of August 2025",
             status="On track", update="Meeting with neighbourhood policing team held 5 August.",
             x_lead=["Registered Manager"], x_end="2025-08", x_status="green"),
    ]),
    ("Recommendation 2: The registered person should ensure that children's views are consistently recorded "
     "in their placement plans and key-work sessions.", [
        dict(ref="REC2.1", action="Introduce a new key-work template with a section written in the child's own "
             "words.", lead="Senior Residential Worker", when=D(2025, 9, 30), status="Not started",
             update="Template being drafted with the children's meeting.",
             x_lead=["Senior Residential Worker"], x_end="2025-09", x_status="unrated"),
        dict(ref="REC2.2", action="Discuss the recording of children's views in every staff supervision and team "
             "meeting.", lead="Registered Manager / Senior Residential Workers", when="Ongoing",
             status="On track", update="Standing item on team meeting agenda from June 2025.",
             x_lead=["Registered Manager", "Senior Residential Workers"], x_end=None, x_end_text="Ongoing",
             x_status="green"),
    ]),
]
NT_FILL = {"Complete": BLUE, "On track": GREEN}


def make_ntyne():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "North Tyneside Council – Children's Residential Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = NTYNE_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Full inspection: 13–14 May 2025.   Overall experiences and progress of children and young people: "
                "Requires improvement to be good")
    ws["A4"] = "Registered Manager: Lisa Crowther    Responsible Individual: Head of Service, Children in Care"
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    heads = ["No.", "Requirement / recommendation", "Action", "Responsible", "Timescale", "Status",
             "Evidence / update"]
    r = 6
    for j, h in enumerate(heads, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for req, acts in NTYNE:
        top = r + 1
        for i, a in enumerate(acts):
            r += 1
            vals = [a["ref"], req if i == 0 else None, a["action"], a["lead"], a["when"], a["status"], a["update"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status"] in NT_FILL:
                ws.cell(r, 6).fill = xfill(NT_FILL[a["status"]])
        if r > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r, end_column=2)
    r += 2
    ws.cell(r, 1, "Status key: Complete = action finished and evidenced; On track = in progress within timescale; "
                  "Not started = not yet begun.")
    ws.cell(r + 1, 1, "Action plan to be returned to Ofsted with the Regulation 45 review. Signed: L. Crowther, "
                      "Registered Manager, 02/06/2025.")
    for col, w in zip("ABCDEFG", [9, 50, 45, 24, 13, 12, 38]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Inspection judgements")
    ws.append(["Judgement", "Grade"])
    ws.append(["Overall experiences and progress of children and young people", "Requires improvement to be good"])
    ws.append(["How well children and young people are helped and protected", "Requires improvement to be good"])
    ws.append(["The effectiveness of leaders and managers", "Good"])
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 32
    wb.save(os.path.join(HERE, NTYNE_FILE))


# =================================================================== 5
# Gateshead Council - ILACS improvement plan, with a mistyped month (xlsx, refuse)
GATES_FILE = "fs1-gateshead-ilacs-improvement-plan-typo-month-refuse.xlsx"
GATES_TITLE = "Gateshead Council Children's Social Care – ILACS Improvement Plan 2024/25"
GATES = [
    ("Help and protection", [
        ("1. The quality and timeliness of strategy discussions for children at risk of significant harm, "
         "including the attendance of health partners.", [
            dict(ref="1.1", action="Implement a daily strategy discussion slot with police and health at the "
                 "Multi-Agency Safeguarding Hub.", lead="Service Manager, Referral and Assessment",
                 when="Jun-2024", rag="B", update="Daily slot in place from 3 June 2024."),
            dict(ref="1.2", action="Audit 20 strategy discussions each quarter and report to the Quality Assurance "
                 "Board.", lead="Head of Quality Assurance", when="Sept 2024", rag="G",
                 update="Q1 and Q2 audits complete."),
            dict(ref="1.3", action="Agree an escalation protocol with Gateshead Health NHS Foundation Trust for "
                 "non-attendance at strategy discussions.", lead="Designated Nurse", when="Dec-24", rag="A",
                 update="Draft protocol with Trust safeguarding team."),
        ]),
        ("2. Management oversight and supervision of practice for children in need, so that plans progress "
         "without delay.", [
            dict(ref="2.1", action="Roll out the revised supervision framework and recording template.",
                 lead="Principal Social Worker", when="Jul-2024", rag="B", update="Launched at July practice week."),
            dict(ref="2.2", action="Introduce monthly performance clinics for team managers.",
                 lead="Head of Service, Children in Need", when="Ongoing", rag="G", update="Clinics held monthly."),
            dict(ref="2.3", action="Review all children in need plans that have been open for longer than 12 months.",
                 lead="Team Managers (CIN)", when="Febuary 2025", rag="A",
                 update="96 of 140 plans reviewed."),
        ]),
    ]),
    ("Children in care and care leavers", [
        ("3. The sufficiency of local homes for children in care, particularly for older children with complex "
         "needs.", [
            dict(ref="3.1", action="Open two new local authority children's homes.",
                 lead="Service Manager, Residential Services", when="Mar-2025", rag="A",
                 update="First home registered with Ofsted; second delayed by building works."),
            dict(ref="3.2", action="Launch a foster carer recruitment campaign focused on teenagers.",
                 lead="Fostering Team Manager", when="Oct-24", rag="G", update="Campaign launched 1 October."),
        ]),
        ("4. The quality of pathway plans for care leavers, so that they reflect young people's views and "
         "aspirations.", [
            dict(ref="4.1", action="Co-produce a new pathway plan format with the Care Leavers' Forum.",
                 lead="Leaving Care Service Manager", when="Nov-2024", rag="G",
                 update="Two co-production workshops held."),
        ]),
    ]),
]
GATES_REFUSE_ROW = 10  # sheet row of the mistyped month (checked by make_gates)


def make_gates():
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    ws["A1"] = "Gateshead Council"
    ws["A2"] = "Improvement plan following the Ofsted inspection of local authority children's services (ILACS)"
    ws["A3"] = "Inspection dates: 4–15 March 2024.   Overall effectiveness: Requires improvement to be good"
    ws["A5"] = "Owner"; ws["B5"] = "Strategic Director, Children, Adults and Families"
    ws["A6"] = "Governance"; ws["B6"] = "Children's Services Improvement Board (monthly)"
    ws["A7"] = "Last updated"; ws["B7"] = "14/01/2025"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action plan")
    ws["A1"] = GATES_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted inspection of local authority children's services, 4–15 March 2024"
    heads = ["Theme", "Ofsted recommendation", "Ref", "Action", "Lead", "Timescale", "RAG", "Update (January 2025)"]
    r = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("7030A0")
        c.border = BOX
    rf = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for theme, recs in GATES:
        ttop = r + 1
        for rec, acts in recs:
            rtop = r + 1
            for a in acts:
                r += 1
                vals = [theme if r == ttop else None, rec if r == rtop else None, a["ref"], a["action"], a["lead"],
                        a["when"], a["rag"], a["update"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(r, 7).fill = xfill(rf[a["rag"]])
                if a["when"] == "Febuary 2025":
                    assert r == GATES_REFUSE_ROW, r
            if r > rtop:
                ws.merge_cells(start_row=rtop, start_column=2, end_row=r, end_column=2)
        ws.merge_cells(start_row=ttop, start_column=1, end_row=r, end_column=1)
    for col, w in zip("ABCDEFGH", [16, 40, 6, 50, 30, 13, 6, 36]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("RAG key")
    for row in [("B", "Blue", "Complete"), ("G", "Green", "On track"), ("A", "Amber", "At risk of slipping"),
                ("R", "Red", "Off track – escalate to Improvement Board")]:
        ws.append(list(row))
    wb.active = 1
    wb.save(os.path.join(HERE, GATES_FILE))
    return GATES_REFUSE_ROW


# =================================================================== 6
# Cheshire East - Early Help Strategy delivery action plan (csv)
CHESHIRE_FILE = "fs1-cheshire-east-early-help-strategy-action-plan.csv"
CHESHIRE_TITLE = "Cheshire East Early Help Strategy 2024–2027"
CHESHIRE = [
    ("Priority 1: Families can get the right help at the right time in their local community", [
        dict(ref="1.1", action="Open Family Hubs in Crewe, Macclesfield and Congleton with a published timetable "
             "of services.", lead="Head of Early Help and Prevention",
             partners="Health visiting; Schools; Voluntary sector", when="Sept 2024",
             progress="All three hubs open; timetables on Live Well.", rag="B",
             x_lead=["Head of Early Help and Prevention"], x_end="2024-09", x_status="blue"),
        dict(ref="1.2", action="Publish a single digital Family Hub offer on the Cheshire East Live Well site.",
             lead="Family Hubs Programme Manager", partners="Digital Services", when="Q4 2024/25",
             progress="Content 80% complete; launch planned for March.", rag="G",
             x_lead=["Family Hubs Programme Manager"], x_end="2025-03", x_end_text="Q4 2024/25",
             x_status="green"),
        dict(ref="1.3", action="Train 200 practitioners across the partnership in the refreshed early help "
             "assessment.\nIncludes school staff, health visitors and housing officers.",
             lead="Claire Booth and Nadeem Iqbal", partners="Cheshire East Safeguarding Children Partnership",
             when="Autumn term 2024", progress="146 practitioners trained; further dates set for January.",
             rag="A", x_lead=["Claire Booth", "Nadeem Iqbal"], x_end="2024-12", x_end_text="Autumn term 2024",
             x_status="amber"),
    ]),
    ("Priority 2: Children and young people are supported to attend school and achieve", [
        dict(ref="2.1", action="Establish an attendance support team working with schools and families where "
             "attendance is below 90%.", lead="Head of Education Participation", partners="Schools; Family Hubs",
             when="Summer term 2025", progress="Two attendance officers recruited.", rag="G",
             x_lead=["Head of Education Participation"], x_end="2025-07", x_end_text="Summer term 2025",
             x_status="green"),
        dict(ref="2.2", action="Offer a targeted early help pathway for children with emerging SEND needs who are "
             "awaiting assessment.", lead="Early Help Partnership Manager; SENCO Network Chair",
             partners="SEND Service; Cheshire and Merseyside ICB", when="Sept 2024 – March 2025",
             progress="Pathway not yet agreed; capacity in SEND service is a barrier.", rag="R",
             x_lead=["Early Help Partnership Manager", "SENCO Network Chair"], x_end="2025-03",
             x_end_text="Sept 2024 – March 2025", x_status="red"),
        dict(ref="2.3", action="Report school attendance and exclusions data for children open to early help to the "
             "Early Help Partnership Board.", lead="Performance Manager (Children's)", partners="Schools",
             when="Termly", progress="Autumn report presented in December.", rag="G",
             x_lead=["Performance Manager (Children's)"], x_end=None, x_end_text="Termly", x_status="green"),
    ]),
    ("Priority 3: The partnership understands the difference early help makes", [
        dict(ref="3.1", action="Develop an early help outcomes framework aligned to the Supporting Families "
             "programme.", lead="Head of Early Help and Prevention", partners="All partners",
             when="31/12/2024", progress="Framework agreed by the Early Help Partnership Board.", rag="B",
             x_lead=["Head of Early Help and Prevention"], x_end="2024-12", x_status="blue"),
        dict(ref="3.2", action="Carry out an annual family feedback survey and publish the findings.",
             lead="Participation and Engagement Officer", partners="Parent Carer Forum",
             when="End of June 2025", progress="Survey being designed with families.", rag="",
             x_lead=["Participation and Engagement Officer"], x_end="2025-06", x_status="unrated"),
        dict(ref="3.3", action="Hold a six-monthly multi-agency audit of cases stepped down from social care to "
             "early help.", lead="Principal Social Worker / Early Help Quality Lead",
             partners="Cheshire East Safeguarding Children Partnership", when="Ongoing",
             progress="First audit completed November 2024; second audit moved to April.", rag="A",
             x_lead=["Principal Social Worker", "Early Help Quality Lead"], x_end=None, x_end_text="Ongoing",
             x_status="amber"),
    ]),
]


def make_cheshire():
    ncol = 8
    rows = [[CHESHIRE_TITLE] + [""] * (ncol - 1),
            ["Delivery Action Plan – Year 1 progress update (reported to Children and Families Committee, "
             "March 2025)"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Priority", "Ref", "What we will do", "Lead", "Partners involved", "By when", "Progress update", "RAG"]]
    for pri, acts in CHESHIRE:
        rows.append([pri] + [""] * (ncol - 1))
        for a in acts:
            rows.append(["", a["ref"], a["action"], a["lead"], a["partners"], a["when"], a["progress"], a["rag"]])
    rows.append([""] * ncol)
    rows.append(["Summary of RAG ratings"] + [""] * (ncol - 1))
    for w, n in [("Blue (complete)", 2), ("Green", 3), ("Amber", 2), ("Red", 1), ("Not rated", 1), ("Total", 9)]:
        rows.append([w, str(n)] + [""] * (ncol - 2))
    rows.append([""] * ncol)
    rows.append(["RAG key: B = complete; G = on track; A = some delay; R = significant delay or at risk"]
                + [""] * (ncol - 1))
    with open(os.path.join(HERE, CHESHIRE_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# =================================================================== 7
# Isle of Wight Council - Corporate Parenting Board action plan (tab-separated text)
IOW_FILE = "fs1-isle-of-wight-corporate-parenting-board-action-plan.txt"
IOW_TITLE = "Isle of Wight Council Corporate Parenting Action Plan 2025/26"
IOW = [
    ("1. We will make sure you have a safe and stable home", [
        dict(ref="1", action="Increase the number of Isle of Wight foster carers by 12 through a targeted "
             "recruitment campaign.", lead="Fostering Service Manager", when="Mar-26",
             progress="9 new fostering households approved to date.", rag="Green",
             x_lead=["Fostering Service Manager"], x_end="2026-03", x_status="green"),
        dict(ref="2", action="Review the sufficiency strategy to plan for more homes on the Island for children "
             "with complex needs.", lead="Head of Service (Children in Care)", when="31/12/2025",
             progress="Needs analysis complete; draft due to Board in December.", rag="Amber",
             x_lead=["Head of Service (Children in Care)"], x_end="2025-12", x_status="amber"),
        dict(ref="3", action="Make sure every child moving home has a planned introduction and a welcome pack, "
             "unless the move is an emergency.", lead="Placements Team Manager / IRO Service Manager",
             when="Ongoing", progress="Welcome packs designed with the Children in Care Council.", rag="Green",
             x_lead=["Placements Team Manager", "IRO Service Manager"], x_end=None, x_end_text="Ongoing",
             x_status="green"),
    ]),
    ("2. We will help you to do well in education, training and work", [
        dict(ref="4", action="Make sure every child in care has a high-quality Personal Education Plan reviewed "
             "each term.", lead="Virtual School Headteacher", when="Termly",
             progress="Summer term: 96% of PEPs in date, 84% rated good.", rag="Green",
             x_lead=["Virtual School Headteacher"], x_end=None, x_end_text="Termly", x_status="green"),
        dict(ref="5", action="Create 10 ring-fenced apprenticeships within the Council for care leavers.",
             lead="Virtual School Headteacher; HR Business Partner", when="Apr-26",
             progress="4 apprenticeships created; 2 filled.", rag="Amber",
             x_lead=["Virtual School Headteacher", "HR Business Partner"], x_end="2026-04", x_status="amber"),
        dict(ref="6", action="Extend the free leisure pass to all care leavers up to the age of 25.",
             lead="Care Leavers Service Manager", when="Jun-25", progress="Agreed by Cabinet; passes issued.",
             rag="Blue", x_lead=["Care Leavers Service Manager"], x_end="2025-06", x_status="blue"),
    ]),
    ("3. We will listen to you and act on what you tell us", [
        dict(ref="7", action="Hold a Board meeting each year that is planned and chaired by the Children in Care "
             "Council.", lead="Participation Officer", when="July 2025",
             progress="Held 16 July 2025 at Newport.", rag="Blue",
             x_lead=["Participation Officer"], x_end="2025-07", x_status="blue"),
        dict(ref="8", action="Publish a 'You said, we did' newsletter after every Board meeting.", lead="KD / TH",
             when="After each Board", progress="July edition published.", rag="Green",
             x_lead=["KD", "TH"], x_end=None, x_end_text="After each Board", x_status="green"),
        dict(ref="9", action="Make sure every care leaver aged 18–21 has an up-to-date pathway plan reviewed with "
             "their personal adviser at least every six months.", lead="Care Leavers Service Manager",
             when="Oct-25", progress="82% of pathway plans in date at end of August.", rag="Red",
             x_lead=["Care Leavers Service Manager"], x_end="2025-10", x_status="red"),
    ]),
]


def make_iow():
    lines = [IOW_TITLE,
             "Progress update for the Corporate Parenting Board – 10 September 2025",
             "",
             "\t".join(["Pledge", "No.", "Action", "Who", "When", "Progress", "RAG"])]
    for pledge, acts in IOW:
        for i, a in enumerate(acts):
            lines.append("\t".join([pledge if i == 0 else "", a["ref"], a["action"], a["lead"], a["when"],
                                    a["progress"], a["rag"]]))
    lines += ["",
              "Notes:",
              "RAG: Blue = complete, Green = on track, Amber = some risk to delivery, Red = off track",
              "KD = Kerry Dove, Participation Officer; TH = Tom Hale, Democratic Services Officer",
              "Next full review: December 2025 Board"]
    with open(os.path.join(HERE, IOW_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_torbay()
    make_dudley()
    make_hereford()
    make_ntyne()
    row = make_gates()
    make_cheshire()
    make_iow()
    print("built 7 files; Gateshead typo on sheet row", row)
