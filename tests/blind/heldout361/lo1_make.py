"""Build the seven lo1- blind test files (set heldout361).

Run with: /work/main/.venv/bin/python lo1_make.py
Writes the data files next to this script. The .expected.yaml files are
written separately (by hand) and are not touched here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7", "lilac": "E4DFEC",
}


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ===================================================================
# 1. Cambridgeshire County Council - ILACS improvement plan (xlsx)
# ===================================================================
CAMBS_TITLE = "Cambridgeshire County Council: ILACS Improvement Plan 2024–25"

CAMBS_THEMES = [
    ("Theme 1: Help and protection", [
        ("The consistency of the out-of-hours service's response to children at risk of harm.", [
            ("1.1", "Review the Emergency Duty Team rota and introduce a second qualified social worker on shift at weekends and bank holidays.",
             "Head of Service, Emergency Duty Team", d(2024, 9, 30), None, "A", "G",
             "Second worker in place on weekend shifts from 7 September. Bank holiday cover agreed for December."),
            ("1.2", "Introduce a daily handover between EDT and the Integrated Front Door so that all out-of-hours contacts are reviewed by 10am the next working day.",
             "Head of Service, Emergency Duty Team / Head of Integrated Front Door", d(2024, 7, 31), None, "G", "B",
             "Handover in place since 1 July. Dip sample of 30 contacts in August: all reviewed by 10am."),
        ]),
        ("The quality of assessments, so that they are consistently analytical and lead to plans that address children's needs.", [
            ("1.3", "Relaunch the assessment practice standard, with briefings for all social workers and team managers.",
             "Principal Social Worker", d(2024, 10, 31), None, "G", "G",
             "Six briefings held; 82% of practitioners attended. Final sessions booked for October."),
            ("1.4", "Carry out monthly thematic audits of assessments and report findings to the Practice Improvement Board.",
             "Head of Quality Assurance and Safeguarding", d(2024, 12, 31), d(2025, 3, 31), "G", "A",
             "Audit tool revised after moderation. First two audits completed; reporting cycle moved to align with the Board."),
        ]),
        ("The response to children aged 16 or 17 who present as homeless, so that their needs are fully understood and they are aware of their rights.", [
            ("1.5", "Revise the joint housing protocol with the five district councils, including a joint assessment within 10 working days.",
             "Assistant Director, Children's Social Care; Housing Options Managers (district councils)", d(2024, 11, 30), d(2025, 2, 28), "A", "A",
             "Draft protocol agreed by three of five districts. Sign-off delayed by district elections."),
            ("1.6", "Make sure every 16- or 17-year-old who presents as homeless is given the young person's rights leaflet and offered an independent advocate, checked through monthly dip sampling.",
             "Service Manager, Adolescent Service", d(2024, 9, 30), None, "G", "B",
             "Leaflet co-produced with Voices Matter. Dip sample shows 100% offered advocacy since July."),
        ]),
    ]),
    ("Theme 2: Children in care", [
        ("Timeliness of updated assessments for children in care, so that children do not experience delay in securing permanence.", [
            ("2.1", "Track every child in care without an assessment updated in the last 12 months through weekly performance clinics.",
             "Head of Service, Children in Care", d(2024, 8, 31), None, "G", "B",
             "Backlog of 64 cleared by 23 August. Weekly clinic continues as business as usual."),
            ("2.2", "Hold a permanence planning meeting by the second statutory review for every child in care, chaired by the independent reviewing officer.",
             "Head of Service, Children in Care / IRO Service Manager", d(2025, 1, 31), None, "G", "G",
             "Guidance issued. 71% of second reviews in September had a permanence planning meeting."),
        ]),
    ]),
    ("Theme 3: Care leavers", [
        ("Allocation of a personal adviser early enough before a child's 18th birthday, and personal adviser caseloads.", [
            ("3.1", "Recruit four additional personal advisers to bring average caseloads below 25.",
             "Head of Service, Leaving Care", d(2024, 10, 31), d(2025, 1, 31), "A", "R",
             "Two of four posts filled. Re-advertised twice; agency cover not yet secured. Escalated to Improvement Board."),
            ("3.2", "Allocate a personal adviser to every child in care at 16 years and 6 months, with a joint transition visit with the child's social worker.",
             "Head of Service, Leaving Care", d(2024, 12, 31), None, "G", "G",
             "Allocation report built. 38 of 45 eligible children allocated."),
        ]),
    ]),
]


def make_cambs(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = CAMBS_TITLE
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Children, Education and Families Directorate"
    cover["A3"] = "Inspection of Local Authority Children's Services (ILACS), 4–15 March 2024. Overall effectiveness: Requires improvement to be good."
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "17/06/2024", "Head of Quality Assurance and Safeguarding", "Draft for Improvement Board"),
            ("1.0", "01/07/2024", "Head of Quality Assurance and Safeguarding", "Submitted to Ofsted"),
            ("1.2", "15/10/2024", "Strategic Improvement Lead", "Quarter 2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cover["A12"] = "RAG key"
    cover["A12"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact"),
           ("G", "On track to deliver by target date"),
           ("A", "At risk of slippage – mitigation in place"),
           ("R", "Off track – escalated to the Improvement Board")]
    for i, (k, txt) in enumerate(key):
        c = cover.cell(row=13 + i, column=1, value=k)
        c.fill = fill(k)
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        cover.cell(row=13 + i, column=2, value=txt)
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 42
    cover.column_dimensions["D"].width = 30

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = CAMBS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Ofsted inspection 4–15 March 2024; report published 16 May 2024. Progress position at 30 September 2024 (Quarter 2)."
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afis in CAMBS_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
                vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals, 1):
                    if j == 2:
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if j in (5, 6) and v is not None:
                        c.number_format = "mmm-yy"
                    if j in (7, 8):
                        c.fill = fill(v)
                        c.alignment = Alignment(horizontal="center", vertical="top")
                        c.font = Font(bold=True, color="FFFFFF" if v in ("R", "B", "G") else "000000")
                ws.cell(row=r, column=6).border = BOX
                r += 1
            ws.cell(row=first, column=2).alignment = WRAP
            ws.cell(row=first, column=2).border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 38, 52, 30, 12, 12, 10, 10, 48]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("RAG Summary")
    summ["A1"] = "Summary of current RAG ratings (Q2, 30 September 2024)"
    summ["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in CAMBS_THEMES:
        for _, acts in afis:
            for a in acts:
                counts[a[6]] += 1
    summ["A3"], summ["B3"] = "Current RAG", "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    labels = [("B", "Blue – complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")]
    for i, (k, lab) in enumerate(labels):
        summ.cell(row=4 + i, column=1, value=lab).fill = fill(k)
        summ.cell(row=4 + i, column=2, value=counts[k])
    summ["A8"] = "Total"
    summ["A8"].font = Font(bold=True)
    summ["B8"] = "=SUM(B4:B7)"
    summ.column_dimensions["A"].width = 20
    summ.column_dimensions["B"].width = 18
    wb.active = 1
    wb.save(path)


# ===================================================================
# 2. London Borough of Sutton - focused visit action plan (xlsx, REFUSE)
# ===================================================================
SUTTON_TITLE = "Sutton Children's Services – Ofsted Focused Visit Action Plan (Children in Care)"

SUTTON_AFIS = [
    ("Area for improvement 1: The timeliness and quality of life-story work for children in care.", [
        ("1a", "Allocate life-story work to a named worker for every child with a plan for permanence, recorded on Mosaic.",
         "Team Manager, Children in Care", "December 2024", "G", "Mosaic step live from 2 December."),
        ("1b", "Train foster carers and residential staff in later-life letters and memory boxes.",
         "Fostering Service Manager / Registered Manager, Sutton Children's Homes", "March 2025", "G", "First cohort of 18 carers trained."),
        ("1c", "Audit 20 life-story books each quarter and report quality to the Practice Learning Board.",
         "Head of Quality Assurance", "Ongoing", "A", "First audit delayed to January."),
    ]),
    ("Area for improvement 2: The consistency of management oversight and supervision of children's plans.", [
        ("2a", "Refresh the supervision policy and introduce a case supervision template that records reflection and actions.",
         "Principal Social Worker", "November 2024", "B", "Template launched 4 November."),
        ("2b", "Team managers to record a management oversight entry on every child's file at least every six weeks, monitored through the weekly performance report.",
         "Head of Service, Children in Care and Care Leavers", "Janaury 2025", "A", "Compliance 74% at end of December."),
    ]),
    ("Area for improvement 3: Sufficiency of local homes, so that fewer children live at a distance from Sutton.", [
        ("3a", "Launch the foster carer recruitment campaign with South London Fostering Partnership partners.",
         "Head of Commissioning and Placements", "February 2025", "G", "Campaign launched; 11 enquiries to date."),
        ("3b", "Review every child living more than 20 miles from Sutton at the monthly placement panel.",
         "Head of Commissioning and Placements", "Monthly", "G", "Panel reviews started in October."),
    ]),
]


def make_sutton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = SUTTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Visit dates: 8–9 October 2024 | Letter published: 12 November 2024 | Plan owner: Director of Children's Social Care"
    ws.merge_cells("A2:F2")
    heads = ["No.", "What we will do", "Lead", "By when", "RAG", "Comments"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.border = BOX
    r = 5
    for afi, acts in SUTTON_AFIS:
        c = ws.cell(row=r, column=1, value=afi)
        c.font = Font(bold=True)
        c.fill = fill("lilac")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for (no, act, lead, when, rag, com) in acts:
            for j, v in enumerate([no, act, lead, when, rag, com], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).fill = fill(rag)
            r += 1
    ws.cell(row=r + 1, column=1, value="RAG: B = complete, G = on track, A = some slippage, R = off track. Plan reviewed monthly at the Children's Services Improvement Board.")
    for col, w in zip("ABCDEF", [6, 60, 36, 16, 6, 36]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ===================================================================
# 3. Bath & North East Somerset - Corporate Parenting Board action plan (xlsx)
# ===================================================================
BANES_TITLE = "Bath & North East Somerset Corporate Parenting Board – Action Plan 2025–26"

BANES_SHEETS = [
    ("1 Voice", "Priority 1 – Our children and young people are listened to and shape our services", [
        ("Children in care and care leavers influence the work of the Board.", [
            ("1.1", "Children in Care Council (Know Your Rights group) to set one agenda item at every Board meeting.",
             "Participation Officer / Independent Reviewing Service Manager", "Termly", "G",
             "Young people led the item on pocket money in June."),
            ("1.2", "Run an annual 'Big Survey' of children in care and care leavers and report results to the Board.",
             "Sarah Pike and Tom Rees", "Dec-25", "A", "Survey questions agreed; launch moved to October half term."),
        ]),
        ("Every child understands their plan and their rights.", [
            ("1.3", "Re-issue the 'Welcome to care' pack in three age-appropriate versions, co-produced with the Children in Care Council.",
             "Participation Officer", "Sept 2025", "B", "Packs printed and sent to all children in care in August."),
        ]),
    ]),
    ("2 Homes", "Priority 2 – Safe, stable homes close to Bath and North East Somerset", [
        ("More children live with B&NES foster carers.", [
            ("2.1", "Deliver the Foster for B&NES recruitment campaign with a target of 12 new fostering households.",
             "Head of Fostering and Permanence", "Q4 2025/26", "A", "5 households approved; 4 in assessment."),
            ("2.2", "Extend the Mockingbird constellation model to a second hub.",
             "Head of Fostering and Permanence", "Apr 2025 – Mar 2026", "", "Awaiting funding decision."),
        ]),
        ("Care leavers have a suitable place to live.", [
            ("2.3", "Agree a care leaver housing protocol with Curo and the council's Housing Options team, including priority banding.",
             "Head of Housing; Leaving Care Team Manager", "Jul-25", "B", "Protocol signed 14 July 2025."),
        ]),
    ]),
    ("3 Learning & Health", "Priority 3 – Good health, learning and work", [
        ("Children in care achieve well at school.", [
            ("3.1", "Every child in care to have an up-to-date Personal Education Plan reviewed each term.",
             "Virtual School Headteacher", "Termly", "G", "97% of PEPs completed in the summer term."),
        ]),
        ("Care leavers have access to work, apprenticeships and health support.", [
            ("3.2", "Ring-fence five council apprenticeships for care leavers each year.",
             "Head of HR and Organisational Development", "Ongoing", "G", "Three apprentices started in September."),
            ("3.3", "Health passports given to every care leaver at 18, with a review by the Looked After Children's nurse.",
             "Designated Nurse for Looked After Children (BSW ICB)", "Mar-26", "R", "Nurse vacancy since May; only 40% of care leavers turning 18 have received a passport."),
        ]),
    ]),
]

BANES_RAG = {"G": "92D050", "A": "FFC000", "R": "FF0000", "B": "00B0F0"}


def make_banes(path):
    wb = Workbook()
    k = wb.active
    k.title = "Key"
    k["A1"] = BANES_TITLE
    k["A1"].font = Font(bold=True, size=14)
    k["A2"] = "Owner: Director of Children's Services. Reviewed at each Corporate Parenting Board meeting. Last updated: 22 September 2025."
    k["A4"] = "RAG key (colour in the RAG column)"
    k["A4"].font = Font(bold=True)
    key = [("G", "On track"), ("A", "Some delay – action being taken"), ("R", "Off track – Board to consider"),
           ("B", "Completed"), (None, "No colour – not yet started")]
    for i, (code, txt) in enumerate(key):
        c = k.cell(row=5 + i, column=1, value=None)
        if code:
            c.fill = fill(BANES_RAG[code])
        c.border = BOX
        k.cell(row=5 + i, column=2, value=txt)
    k["A11"] = "Our pledge to children in care and care leavers is set out in the Corporate Parenting Strategy 2024–2027."
    k["A12"] = "Each tab below is one priority of the strategy."
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 40

    heads = ["What we want to achieve", "No.", "Action", "Lead", "When", "RAG", "Update (September 2025)"]
    for sheet, prio, outcomes in BANES_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = prio
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("5B2C6F")
        ws.merge_cells("A1:G1")
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for outcome, acts in outcomes:
            first = r
            ws.cell(row=r, column=1, value=outcome).alignment = WRAP
            for (no, act, lead, when, rag, upd) in acts:
                for j, v in enumerate([None, no, act, lead, when, None, upd], 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                if rag:
                    ws.cell(row=r, column=6).fill = fill(BANES_RAG[rag])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        for col, w in zip("ABCDEFG", [30, 6, 55, 32, 16, 7, 40]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ===================================================================
# 4. Westminster - local area SEND priority action plan (docx)
# ===================================================================
WESTMINSTER_TITLE = "Westminster Local Area SEND Partnership: Priority Action Plan 2025–26"

WESTMINSTER_PRIORITIES = [
    ("Priority 1: Timely EHC needs assessments and plans", "Area for priority action",
     "Leaders across education, health and care should urgently improve the timeliness of education, health and care (EHC) needs assessments, so that children and young people's needs are identified and met without delay. They should make sure that advice from health and social care professionals is provided within statutory timescales.",
     [
         ("1.1", "Recruit additional educational psychologists, including through a locum framework shared with the Royal Borough of Kensington and Chelsea, to clear the backlog of overdue assessments.",
          "Head of SEN and Inclusion / Principal Educational Psychologist", "Apr 2025 – Sept 2025",
          "Backlog of overdue assessments reduced from 96 to below 20.", "A"),
         ("1.2", "Introduce a weekly EHC needs assessment tracking panel with health and social care partners, escalating any advice not received by week 6.",
          "SEN Service Manager", "May 2025",
          "All late advice escalated within one week.", "B"),
         ("1.3", "Agree a six-week turnaround for health advice with all NHS providers and report compliance monthly to the SEND Partnership Board.",
          "Designated Clinical Officer (NW London ICB)", "31/07/2025",
          "90% of health advice returned within six weeks.", "G"),
         ("1.4", "Commission an independent audit of 40 EHC plans issued since April 2025, with findings shared with the Parent Carer Forum.",
          "SEND Quality Assurance Lead; Chair, Westminster Parent Carer Forum", "Summer term 2026",
          "At least 80% of audited plans judged good or better.", ""),
     ]),
    ("Priority 2: Preparing for adulthood", "Area for priority action",
     "Leaders should improve the planning for young people's transition to adulthood, so that post-16 provision, health transition and adult social care arrangements are in place in good time.",
     [
         ("2.1", "Establish a 14+ transitions panel attended by adult social care, health and post-16 education leads.",
          "Head of Preparing for Adulthood", "Jun-25",
          "Panel meets monthly; every young person in Year 11 discussed.", "B"),
         ("2.2", "Make sure every EHC plan annual review from Year 9 includes preparing for adulthood outcomes, checked through the quarterly audit.",
          "SEN Service Manager / Head of Preparing for Adulthood", "March 2026",
          "95% of Year 9+ reviews include PfA outcomes.", "G"),
         ("2.3", "Agree a joint transition protocol between children's and adult community health services.",
          "ICB Associate Director for Children and Young People", "Dec 2025",
          "Protocol signed off by both providers.", "A"),
     ]),
    ("Priority 3: Communication with families", "Area for improvement",
     "Leaders should improve how they communicate with parents and carers about the Local Offer and about the progress of their child's assessment.",
     [
         ("3.1", "Relaunch the Local Offer website with co-produced content, tested with the Parent Carer Forum.",
          "Local Offer Manager", "Oct 2025",
          "Website usage up 25%; positive feedback from parent testers.", "G"),
         ("3.2", "Send families a written update at weeks 6, 12 and 16 of every EHC needs assessment.",
          "SEN Service Manager", "Ongoing from June 2025",
          "Parent survey shows families feel informed.", "G"),
     ]),
]

WM_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def make_westminster(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(WESTMINSTER_TITLE, level=0)
    doc.add_paragraph("Westminster City Council and North West London Integrated Care Board, with the Westminster Parent Carer Forum")
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection (fieldwork 13–24 January 2025; report published 14 March 2025). "
                      "Inspection outcome: there are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    data = [("Version", "Date", "Owner", "Approved by"),
            ("1.0", "25/04/2025", "SEND Partnership Board", "Submitted to Ofsted and CQC"),
            ("1.1", "30/06/2025", "SEND Improvement Lead", "SEND Partnership Board"),
            ("1.2", "30/09/2025", "SEND Improvement Lead", "SEND Partnership Board")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(dc.rows[i].cells[j], v)
            else:
                dc.rows[i].cells[j].text = v

    doc.add_heading("RAG rating key", level=2)
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    for i, (code, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"),
                                     ("R", "Not on track – escalate to SEND Partnership Board"),
                                     ("", "Blank – not yet started")]):
        kt.rows[i].cells[0].text = code
        if code:
            shade(kt.rows[i].cells[0], WM_RAG[code])
        kt.rows[i].cells[1].text = txt

    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Measure of success", "RAG"]
    for heading, label, text, acts in WESTMINSTER_PRIORITIES:
        doc.add_page_break()
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=3 + len(acts), cols=6)
        t.style = "Table Grid"
        a = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        bold_cell(a, label)
        shade(a, "BDD7EE")
        b = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        b.text = ""
        run = b.paragraphs[0].add_run(text)
        run.italic = True
        shade(b, "DEEAF6")
        for j, h in enumerate(heads):
            bold_cell(t.rows[2].cells[j], h)
            shade(t.rows[2].cells[j], "D9D9D9")
        for i, (ref, act, lead, when, measure, rag) in enumerate(acts):
            cells = t.rows[3 + i].cells
            for j, v in enumerate([ref, act, lead, when, measure, rag]):
                cells[j].text = v
            if rag:
                shade(cells[5], WM_RAG[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the SEND Partnership Board every six weeks and to the DfE and NHS England stocktake meetings.")
    doc.save(path)


# ===================================================================
# 5. Cyngor Gwynedd - Foster Wales Gwynedd CIW fostering inspection plan (docx)
# ===================================================================
GWYNEDD_TITLE = "Foster Wales Gwynedd: CIW Fostering Inspection Improvement Plan"

GWYNEDD_THEMES = [
    ("Well-being", [
        ("Children's views are not consistently recorded in foster carers' annual review reports.", [
            ("1.1", "Amend the annual review template so that the child's views, gathered by their social worker, are a mandatory section.",
             "Jones, Eleri", "31/10/2024", "New template in use from 1 November 2024.", "Complete"),
            ("1.2", "Independent reviewing officer to sample ten annual reviews each quarter and feed back to the team.",
             "Senior Practitioner, Quality Assurance", "Quarterly", "First sample completed December 2024; 8 of 10 included the child's views.", "On track"),
        ]),
    ]),
    ("Care and Development", [
        ("Not all foster carers have completed mandatory training, including safeguarding and first aid, within required timescales.", [
            ("2.1", "Produce a training compliance report for each supervising social worker's caseload.",
             "Training Coordinator (Fostering)", "30/11/2024", "Report produced monthly from WCCIS and the training database.", "Complete"),
            ("2.2", "Supervising social workers to agree a training plan with every foster carer who is not compliant, and record it on WCCIS.",
             "Williams, Huw / Jones, Eleri", "28/02/2025", "31 of 44 plans agreed. Staff sickness in the Dwyfor team.", "Some delay"),
        ]),
        ("Some unannounced visits to foster carers have not taken place at the required frequency.", [
            ("2.3", "Schedule at least one unannounced visit to each fostering household every year on the team calendar, monitored at monthly team meetings.",
             "Williams, Huw", "Monthly", "Calendar in place; 62% of households visited so far this year.", "On track"),
        ]),
    ]),
    ("Leadership and Management", [
        ("The quality of care review does not fully evidence how the views of foster carers and children have informed service development.", [
            ("3.1", "Hold two engagement events with foster carers and young people to inform the 2024-25 quality of care review.",
             "Senior Manager, Corporate Parenting", "March 2025", "Venues booked for February half term.", "Not started"),
            ("3.2", "Publish a 'You said, we did' summary alongside the quality of care review.",
             "Senior Manager, Corporate Parenting", "30/04/2025", "", "Not started"),
        ]),
        ("Staff supervision records do not consistently show reflective discussion.", [
            ("3.3", "Introduce the revised supervision policy and recording template across the fostering team.",
             "Fostering Service Manager", "31/12/2024", "Policy launched at team day on 10 December 2024.", "Complete"),
        ]),
    ]),
]


def make_gwynedd(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(GWYNEDD_TITLE, level=0)
    doc.add_paragraph("Maethu Cymru Gwynedd – Cyngor Gwynedd, Children and Supporting Families Department")
    doc.add_paragraph("Care Inspectorate Wales inspection of the local authority fostering service, 10–13 June 2024 (report published 6 August 2024).")
    doc.add_paragraph("Plan owner: Head of Children and Supporting Families Department. Last updated: 15 January 2025.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete (blue) · On track (green) · Some delay (amber) · Off track (red) · Not started")
    heads = ["No.", "Action", "Responsible officer", "Target date", "Progress", "Status"]
    for theme, findings in GWYNEDD_THEMES:
        doc.add_heading(theme, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in findings)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            bold_cell(t.rows[0].cells[j], h)
            shade(t.rows[0].cells[j], "C5E0B3")
        r = 1
        for finding, acts in findings:
            m = t.rows[r].cells[0].merge(t.rows[r].cells[5])
            bold_cell(m, finding)
            shade(m, "F2F2F2")
            r += 1
            for vals in acts:
                for j, v in enumerate(vals):
                    t.rows[r].cells[j].text = v
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Note: progress is reviewed at the monthly Fostering Service management meeting and reported to the Corporate Parenting Panel.")
    doc.save(path)


# ===================================================================
# 6. Liverpool Safeguarding Children Partnership - JTAI action plan (csv)
# ===================================================================
LIVERPOOL_TITLE = "Liverpool Safeguarding Children Partnership – JTAI Action Plan: Multi-agency Response to Children and Families who Need Help"

LIV_AFI1 = "The consistency with which partners use the early help assessment to identify and respond to families' needs."
LIV_AFI2 = "The quality and timeliness of information sharing between health visiting, schools and early help services."
LIV_AFI3 = "Partnership oversight of the impact of early help, including the use of performance data."

LIVERPOOL_ROWS = [
    ("1.1", LIV_AFI1, "Refresh the Liverpool early help assessment and guidance, co-produced with practitioners from all agencies.",
     "Liverpool City Council", "Head of Early Help", "31/03/2025", "Blue",
     "Refreshed assessment launched 24 March 2025."),
    ("1.2", LIV_AFI1, "Deliver multi-agency early help assessment training to 300 practitioners, prioritising schools and primary care.",
     "LSCP", "LSCP Training Manager & Head of Early Help", "30/09/2025", "Green",
     "187 practitioners trained to date, including 64 from schools."),
    ("1.3", LIV_AFI1, "Audit 50 early help assessments completed by partner agencies and report the findings to the Quality Assurance subgroup.",
     "LSCP", "Chair, Quality Assurance Subgroup", "Q3 2025/26", "Green",
     "Audit tool agreed; sample drawn."),
    ("2.1", LIV_AFI2, "Agree an information-sharing protocol between 0-19 health services, schools and Family Hubs, including a named Family Hub link for each school.",
     "Liverpool City Council / Alder Hey", "Designated Nurse, Safeguarding Children; Family Hubs Service Manager", "30/06/2025", "Amber",
     "Protocol drafted; awaiting sign-off by the information governance leads."),
    ("2.2", LIV_AFI2, "Health visitors to notify Family Hubs of every family with an identified additional need at the 9-12 month review.\nPilot in north Liverpool before city-wide roll-out.",
     "Alder Hey", "Head of 0-19 Service", "Apr 2025 – Dec 2025", "Amber",
     "Pilot started late (May) because of system changes."),
    ("3.1", LIV_AFI3, "Develop an early help performance dashboard for the Partnership Executive, including step-up and step-down data.",
     "Liverpool City Council", "Head of Performance and Intelligence", "31/01/2025", "Blue",
     "Dashboard presented to Partnership Executive on 12 February 2025."),
    ("3.2", LIV_AFI3, "Partnership Executive to receive an early help impact report every six months.",
     "LSCP", "Independent Scrutineer / LSCP Business Manager", "Six-monthly", "Green",
     "First report received in April 2025."),
]


def make_liverpool(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow([LIVERPOOL_TITLE])
        w.writerow(["JTAI fieldwork 4–8 November 2024; joint letter published 20 January 2025. Exported from the LSCP Business Unit tracker on 03/06/2025."])
        w.writerow([])
        w.writerow(["Ref", "Area for improvement", "Action", "Agency", "Lead", "Due", "RAG", "Update"])
        for row in LIVERPOOL_ROWS:
            w.writerow(row)
        w.writerow([])
        w.writerow(["RAG key: Blue = complete; Green = on track; Amber = at risk of delay; Red = off track"])
        w.writerow(["Total actions: 7"])


# ===================================================================
# 7. Southwark Youth Justice Service - HMIP improvement plan (txt, tab separated)
# ===================================================================
SOUTHWARK_TITLE = "Southwark Youth Justice Service – HM Inspectorate of Probation Post-Inspection Improvement Plan"

SOUTHWARK_LINES = [
    [SOUTHWARK_TITLE],
    ["Inspection of youth justice services in Southwark, fieldwork 15–19 July 2024. Progress at 31 January 2025."],
    [],
    ["No.", "Recommendation / Action", "Owner", "Timescale", "RAG", "Progress update"],
    ["Recommendations for the Youth Justice Management Board"],
    ["R1", "The Management Board should make sure that the disproportionality action plan is used across the partnership to reduce the over-representation of Black and mixed heritage children in the youth justice system."],
    ["1.1", "Refresh the disproportionality action plan with partner agencies and agree three measurable targets.", "Chair, Youth Justice Management Board", "Oct-24", "Complete", "Refreshed plan agreed at October Board."],
    ["1.2", "Commission a deep dive into out-of-court disposal decisions for Black and mixed heritage children", "Head of Youth Justice / Met Police Inspector, Youth Engagement", "Mar-25", "Green", "Data pulled for 2023-24; panel members interviewed."],
    ["", "and report the findings to the Board."],
    ["R2", "The Management Board should ensure that children have timely access to speech, language and communication support and emotional wellbeing support."],
    ["2.1", "Agree funding for a dedicated speech and language therapist within the YJS.", "Director of Children's Commissioning, SEL ICB", "Q4 2024/25", "Amber", "Business case with ICB; decision expected in February."],
    ["2.2", "Screen all children entering the service for speech, language and communication needs within 20 working days.", "YJS Health Lead", "Ongoing", "Green", "Screening rate 88% in December."],
    ["Recommendations for the Head of Youth Justice Service"],
    ["R3", "The Head of Service should improve the quality of assessment and planning for keeping other people safe, including contingency planning."],
    ["3.1", "Deliver risk and safety training for all case managers, with follow-up practice workshops.", "YJS Practice Manager", "Nov-24", "Complete", "All 21 case managers trained."],
    ["3.2", "Introduce a monthly high-risk panel to review all children assessed as high or very high risk of serious harm.", "Deputy Head of Service", "Sep-24", "Complete", "Panel running since September."],
    ["3.3", "Quality assure 10 AssetPlus assessments each month and report themes to the Board quarterly.", "Quality Assurance Lead", "Monthly", "Green", "Audits completed October to January."],
    ["R4", "The Head of Service should ensure that victims are offered a timely and consistent service, and that their views inform planning for the child."],
    ["4.1", "Recruit a second victim worker.", "Head of Youth Justice", "Jan-25", "Red", "Post advertised twice without an appointment; agency cover being sourced."],
    ["4.2", "Contact every identified victim within five working days of the court or out-of-court outcome.", "Victim Worker", "Dec-24", "Amber", "71% contacted within five days in December."],
    [],
    ["RAG key: Complete = action finished; Green = on track; Amber = at risk; Red = not on track"],
    ["Summary: 9 actions | Complete 3 | Green 3 | Amber 2 | Red 1"],
]


def make_southwark(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in SOUTHWARK_LINES:
            f.write("\t".join(row) + "\n")


FILES = [
    ("lo1-cambridgeshire-county-council-ilacs-improvement-plan.xlsx", make_cambs),
    ("lo1-sutton-council-focused-visit-action-plan-typo-month-refuse.xlsx", make_sutton),
    ("lo1-bath-north-east-somerset-corporate-parenting-board-action-plan.xlsx", make_banes),
    ("lo1-westminster-local-area-send-priority-action-plan.docx", make_westminster),
    ("lo1-foster-wales-gwynedd-ciw-fostering-inspection-improvement-plan.docx", make_gwynedd),
    ("lo1-liverpool-safeguarding-children-partnership-jtai-action-plan.csv", make_liverpool),
    ("lo1-southwark-youth-justice-service-hmip-improvement-plan.txt", make_southwark),
]

if __name__ == "__main__":
    for name, fn in FILES:
        fn(os.path.join(HERE, name))
        print("wrote", name)
