#!/usr/bin/env python3
"""Build the seven zqm- blind test files (set heldout713).

Run with /work/main/.venv/bin/python (needs openpyxl and python-docx).
Writes only files whose names start with "zqm-" into this folder.
"""
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


def out(name):
    assert name.startswith("zqm-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def set_cell(cell, text):
    """Put text in a docx cell; '\n' becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
}
XFILL = {k: PatternFill("solid", start_color="FF" + v, end_color="FF" + v) for k, v in FILL.items()}
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ====================================================================
# 1. Monmouthshire YJS - HMIP post-inspection improvement plan (docx)
#    one table per recommendation, grouped under domain headings
# ====================================================================
def make_monmouthshire():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    d.add_heading("Monmouthshire Youth Justice Service – Post-Inspection Improvement Plan", 0)
    d.add_paragraph(
        "Response to HM Inspectorate of Probation inspection of youth justice services in "
        "Monmouthshire (fieldwork February 2025; report published 20 May 2025)")
    p = d.add_paragraph()
    p.add_run("Overall rating: ").bold = True
    p.add_run("Requires improvement")

    d.add_heading("Document control", 2)
    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Date", "14 October 2025"),
        ("Owner", "Youth Justice Service Manager"),
        ("Approved by", "Monmouthshire YJS Management Board (3 July 2025)"),
        ("Next review", "January 2026"),
    ]:
        r = dc.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v

    d.add_heading("RAG key", 2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [
        ("B", "Complete – evidence provided to the Management Board"),
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage – remedial action in place"),
        ("R", "Off track, or overdue and not started"),
    ]:
        r = key.add_row().cells
        r[0].text = k
        shade(r[0], FILL[k])
        r[1].text = v

    hdr = ["Ref", "Action", "Lead", "Target date", "Success measure",
           "Progress (October 2025)", "RAG"]

    def rec_table(rec_text, rows):
        d.add_paragraph()
        t = d.add_table(rows=2, cols=len(hdr))
        t.style = "Table Grid"
        top = t.rows[0].cells
        merged = top[0].merge(top[-1])
        bold_cell(merged, rec_text)
        shade(merged, "D9E2F3")
        for i, h in enumerate(hdr):
            bold_cell(t.rows[1].cells[i], h)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)

    d.add_heading("Domain one: Organisational delivery", 1)
    rec_table(
        "Recommendation 1 – The Management Board should ensure that board members understand "
        "their roles and actively use performance and quality assurance information to drive "
        "improvement.",
        [
            ("1.1",
             "Deliver a board induction and development session for all members, covering "
             "statutory roles, the YJB Standards and the HMIP findings.",
             "Chair of YJS Management Board", "September 2025",
             "All members attended; feedback evaluated",
             "Development session held 11/09/2025; 9 of 11 members attended. Two catch-up "
             "sessions arranged.", "B"),
            ("1.2",
             "Introduce a quarterly performance and quality dashboard, with partner data on "
             "education, health and police, and a standing board item to challenge it.",
             "YJS Manager / Performance and Data Officer", "Q3 2025/26",
             "Dashboard considered at every board meeting",
             "First version presented in July; education data still outstanding.", "G"),
        ])
    rec_table(
        "Recommendation 2 – The Management Board should ensure that children known to the YJS "
        "have timely access to speech, language and communication and emotional health services.",
        [
            ("2.1",
             "Agree with Aneurin Bevan University Health Board a named speech and language "
             "therapist sessional offer for YJS children, with a referral pathway.",
             "ABUHB Head of Children's Therapies", "Sept 2025 – Jan 2026",
             "SLT sessions in place; waiting time under 6 weeks",
             "Funding agreed in principle; recruitment to the post is under way.", "A"),
            ("2.2",
             "Screen every child subject to a court order or out-of-court disposal for speech, "
             "language and communication needs within 10 working days of allocation.",
             "YJS Operational Manager", "31/12/2025",
             "95% of children screened in timescale",
             "Screening tool adopted; 78% in timescale for Q2.", "G"),
        ])

    d.add_heading("Domain two: Court disposals", 1)
    rec_table(
        "Recommendation 3 – The YJS Manager should improve the quality of assessment and "
        "planning to keep the child and other people safe, including contingency planning.",
        [
            ("3.1",
             "Refresh the risk and safety and wellbeing practice guidance and deliver workshops "
             "to all case managers.",
             "YJS Manager", "July 2025",
             "Guidance issued; all case managers trained",
             "Guidance issued June 2025; three workshops delivered.", "B"),
            ("3.2",
             "Introduce a monthly case audit of 10% of open cases against the HMIP standards, "
             "with findings reported to the management board.\n"
             "Audit tool to include contingency planning and victim safety.",
             "Practice Lead (Quality Assurance)", "Monthly",
             "Audit grades show 80% of cases good or better",
             "Audits running since August; themes reported to the October board.", "G"),
            ("3.3",
             "Ensure all high risk of serious harm cases are discussed at a multi-agency Risk "
             "and Safety Panel within 15 days of assessment.",
             "YJS Operational Manager & Gwent Police YJS Officer", "Nov-25",
             "All high risk cases discussed in timescale",
             "Panel terms of reference not yet agreed with police; escalated to the Chair.", "R"),
        ])

    d.add_heading("Domain three: Out-of-court disposals", 1)
    rec_table(
        "Recommendation 4 – The YJS Manager, with Gwent Police, should ensure that out-of-court "
        "disposal decisions are informed by a full assessment and that the joint decision-making "
        "panel records its rationale.",
        [
            ("4.1",
             "Revise the joint decision-making panel terms of reference and recording template, "
             "agreed with Gwent Police.",
             "YJS Manager; Gwent Police Inspector (Prevention and Early Intervention)",
             "August 2025",
             "Rationale recorded for every panel decision",
             "Revised terms of reference in use from 1 August 2025.", "B"),
            ("4.2",
             "Quarterly dip sample of out-of-court disposal decisions by the YJS Management "
             "Board's scrutiny sub-group.",
             "Head of Children's Services", "Ongoing",
             "Dip sample findings reported each quarter",
             "First dip sample (12 cases) completed September 2025.", "G"),
        ])

    d.add_paragraph()
    d.add_paragraph(
        "Notes: Progress updates are provided by action leads before each Management Board "
        "meeting. Completed actions remain on the plan until the Board agrees to close them.")
    d.add_heading("Sign-off", 2)
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Signed on behalf of the Management Board", "Role", "Date"]):
        bold_cell(so.rows[0].cells[i], h)
    for i, v in enumerate(["C. Pritchard", "Chair, Monmouthshire YJS Management Board", "03/07/2025"]):
        so.rows[1].cells[i].text = v
    d.save(out("zqm-monmouthshire-youth-justice-service-hmip-inspection-improvement-plan.docx"))


# ====================================================================
# 2. Gwent Safeguarding Board - SUSR action plan (docx)
#    review details table, one long table with merged recommendation rows
# ====================================================================
def make_gwent():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width

    p = d.add_paragraph("Bwrdd Diogelu Gwent | Gwent Safeguarding Board")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading(
        "Gwent Safeguarding Board: Single Unified Safeguarding Review (SUSR) GSB 02/2025 – "
        "Action Plan", 1)

    det = d.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [
        ("Review reference", "GSB 02/2025"),
        ("Review type", "SUSR (Adult Practice Review criteria)"),
        ("Subject of review", "'Mrs B', aged 71"),
        ("Date of Board approval", "18 June 2025"),
        ("Action plan owner", "Gwent Practice Review Sub-Group"),
        ("Last updated", "30 September 2025"),
    ]:
        r = det.add_row().cells
        bold_cell(r[0], k)
        shade(r[0], "E7E6E6")
        r[1].text = v

    d.add_paragraph()
    hdr = ["No.", "Action", "Lead agency / officer", "Target date",
           "Outcome / evidence of impact", "Progress", "Status"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "1F3864")
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def rec(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        bold_cell(m, text)
        shade(m, "DEEAF6")

    def act(*vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)

    rec("Recommendation 1: Gwent Safeguarding Board should seek assurance that partner agencies "
        "recognise and respond to self-neglect where the adult has capacity but is not able to "
        "protect themselves.")
    act("1a",
        "Relaunch the Gwent self-neglect and hoarding protocol with a 7-minute briefing for "
        "practitioners across all five local authorities.",
        "GSB Business Manager", "Oct-25",
        "Briefing circulated; protocol referenced in case files",
        "Briefing drafted; launch moved to National Safeguarding Week (November).",
        "Some slippage")
    act("1b",
        "Multi-agency audit of 20 self-neglect cases to test use of the protocol and escalation "
        "to the multi-agency risk management meeting.",
        "Chair of the Quality Assurance Sub-Group", "March 2026",
        "Audit report to Board with findings and actions",
        "Audit scheduled for February 2026.", "Not started")

    rec("Recommendation 2: Aneurin Bevan University Health Board and the local authorities "
        "should ensure that mental capacity assessments are decision-specific, time-specific and "
        "recorded.")
    act("2a",
        "Deliver MCA refresher training to adult community nursing and social work teams, "
        "including recording of executive capacity.",
        "ABUHB Named Nurse Adult Safeguarding / Local authority MCA leads", "Q4 2025/26",
        "80% of staff in target teams trained",
        "Four sessions delivered (112 staff); further dates booked.", "On track")
    act("2b",
        "Add a prompt for executive functioning to the ABUHB and WCCIS assessment templates.",
        "ABUHB Head of Adult Safeguarding / WCCIS Regional Lead", "31/01/2026",
        "Prompt live in both systems",
        "Change request submitted to WCCIS board.", "On track")

    rec("Recommendation 3: All agencies should share information about fire risk with South "
        "Wales Fire and Rescue Service when an adult who smokes is housebound or uses "
        "emollients or home oxygen.")
    act("3a",
        "Agree a referral route for Safe and Well visits from adult social care, district "
        "nursing and housing providers.",
        "SWFRS Head of Community Safety", "December 2025",
        "Referral route in use; referrals monitored",
        "Referral form agreed and live from 1 September 2025.", "Complete")
    act("3b",
        "Include fire risk prompts in the Gwent adult at risk report (AAR) form.",
        "Gwent Safeguarding Board Policy and Procedures Sub-Group", "Jan-26",
        "Revised AAR form published",
        "Draft form out for consultation.", "On track")

    rec("Recommendation 4: Gwent Safeguarding Board should share the learning from this review "
        "across the region.")
    act("4a",
        "Publish the review summary and learning briefing on the Wales Safeguarding Repository "
        "and the GSB website.",
        "GSB Business Manager", "Within 4 weeks of Welsh Government sign-off",
        "Briefing published", "Awaiting Welsh Government sign-off.", "Not started")
    act("4b",
        "Hold two practitioner learning events (north and south Gwent).",
        "GSB Training Sub-Group Chair", "Feb – Mar 2026",
        "Events held; evaluation shows improved confidence",
        "Venues booked.", "Not started")

    d.add_paragraph()
    d.add_paragraph("Status key").runs[0].bold = True
    k = d.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for i, h in enumerate(["Status", "Meaning", "Colour"]):
        bold_cell(k.rows[0].cells[i], h)
    for s, m, c, f in [
        ("Complete", "Action delivered and evidence received", "Blue", "5B9BD5"),
        ("On track", "Progressing to target date", "Green", "70AD47"),
        ("Some slippage", "Behind target; recovery agreed", "Amber", "FFC000"),
        ("Off track", "Will not meet target; escalate to Board", "Red", "FF0000"),
        ("Not started", "Start date not yet reached", "—", None),
    ]:
        r = k.add_row().cells
        r[0].text, r[1].text, r[2].text = s, m, c
        if f:
            shade(r[2], f)
    d.add_paragraph(
        "This action plan is monitored by the Practice Review Sub-Group and reported to the "
        "Gwent Safeguarding Board quarterly. Learning is also shared with the National "
        "Independent Safeguarding Board.")
    d.save(out("zqm-gwent-safeguarding-board-susr-action-plan.docx"))


# ====================================================================
# 3. Cambridgeshire CC - Strategic Framework annual delivery plan tracker (xlsx)
#    summary sheet with totals, ambition band rows, original/revised dates, Q1/Q2 RAG
# ====================================================================
def make_cambridgeshire():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws = wb.create_sheet("Delivery Plan")
    wk = wb.create_sheet("Key and notes")

    ambitions = {
        1: "Ambition 1: Net zero carbon emissions for Cambridgeshire by 2045, and our communities "
           "and natural environment are supported to adapt and thrive as the climate changes",
        2: "Ambition 2: Travel across the county is safer and more environmentally sustainable",
        3: "Ambition 3: Health inequalities are reduced",
        4: "Ambition 4: People enjoy healthy, safe, and independent lives through timely support "
           "that is centred on their wellbeing",
        5: "Ambition 5: People are helped out of poverty and income inequality",
        7: "Ambition 7: Children and young people have opportunities to thrive",
    }
    D = lambda y, m: dt.datetime(y, m, 1)
    rows = [
        ("band", 1),
        ("1.1", "Complete the next phase of the schools and corporate buildings retrofit "
                "programme (heat pumps, solar PV and LED lighting).",
         "Service Director: Climate Change and Energy", "Environment and Green Investment",
         D(2026, 3), None, "G", "G",
         "14 of 18 sites complete; remaining sites scheduled for February half term."),
        ("1.2", "Adopt the Cambridgeshire and Peterborough Local Nature Recovery Strategy with "
                "partners.",
         "Executive Director of Place and Sustainability", "Environment and Green Investment",
         D(2025, 12), D(2026, 6), "G", "A",
         "Publication delayed pending national guidance; public consultation now January 2026."),
        ("band", 2),
        ("2.1", "Deliver the 2025-26 Local Highway Improvement (LHI) programme of community-led "
                "schemes.",
         "Service Director: Highways and Transport", "Highways and Transport",
         D(2026, 3), None, "G", "G", "62 of 95 schemes delivered."),
        ("2.2", "Introduce 20mph limits in the communities approved in the 2024-25 application "
                "round.",
         "Assistant Director: Transport Strategy and Network Management",
         "Highways and Transport", D(2025, 9), D(2026, 3), "A", "R",
         "Traffic regulation order objections in 11 parishes; revised programme to committee "
         "in December."),
        ("band", 3),
        ("3.1", "Launch the Healthy Weight pathway for children and families in the 10 most "
                "deprived wards.",
         "Director of Public Health", "Adults and Health", D(2026, 1), None, "G", "G",
         "Provider contract awarded; launch events planned."),
        ("band", 4),
        ("4.1", "Open the second Care Together locality hub in Fenland and extend the approach "
                "to Huntingdonshire.",
         "Executive Director of Adults, Health and Commissioning", "Adults and Health",
         D(2025, 11), None, "G", "B", "Wisbech hub opened 22 September 2025."),
        ("4.2", "Reduce waiting times for Care Act assessments to under 28 days through the "
                "waiting well programme.",
         "Director of Adult Social Care / Head of Practice and Safeguarding",
         "Adults and Health", D(2026, 3), None, "A", "A",
         "Average wait 41 days (Q1: 47 days)."),
        ("band", 5),
        ("5.1", "Distribute the Household Support Fund through schools, district councils and "
                "voluntary organisations.",
         "Service Director: Communities and Partnerships", "Communities, Social Mobility and "
         "Inclusion", D(2026, 3), None, "G", "G", "£3.1m of £6.9m allocated to date."),
        ("band", 7),
        ("7.1", "Create 900 additional SEND places across new special schools and enhanced "
                "resource bases.",
         "Executive Director of Children, Education and Families", "Children and Young People",
         D(2026, 9), None, "A", "A",
         "Two special free schools delayed by DfE; 410 places created so far."),
        ("7.2", "Implement the Family Help model across all districts as part of the Families "
                "First Partnership programme.",
         "Service Director: Children's Social Care", "Children and Young People",
         D(2026, 4), None, "G", "G", "Fenland and East Cambridgeshire live."),
        ("7.3", "Recruit 40 additional in-house foster carers.",
         "Head of Fostering and Supported Lodgings", "Children and Young People",
         D(2026, 3), None, "G", "A", "17 households approved by end of September."),
    ]

    ws["A1"] = "Cambridgeshire County Council – Strategic Framework 2023-28: Annual Delivery Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Quarter 2 monitoring (July – September 2025). Reported to Strategy, Resources and Performance Committee, 27 November 2025."
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Action", "Lead Officer", "Policy and Service Committee",
           "Original target date", "Revised target date", "Q1 RAG", "Q2 RAG", "Q2 update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", start_color="FF1F4E79", end_color="FF1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    counts = {}
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=ambitions[row[1]])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
            cur = row[1]
            counts.setdefault(cur, [0, 0, 0, 0, 0])
        else:
            ref, action, lead, comm, orig, rev, q1, q2, upd = row
            vals = [ref, action, lead, comm, orig, rev, q1, q2, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, v in ((7, q1), (8, q2)):
                ws.cell(row=r, column=col).fill = XFILL[v]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            counts[cur]["BGAR".index(q2)] += 1
            counts[cur][4] += 1
        r += 1
    for col, w in zip("ABCDEFGHI", (6, 55, 30, 22, 12, 12, 8, 8, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    # summary sheet with totals block
    ws0["A1"] = "Cambridgeshire County Council – Strategic Framework 2023-28: Annual Delivery Plan 2025-26"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Quarter 2 summary of RAG status (current quarter)"
    sh = ["Ambition", "Blue", "Green", "Amber", "Red", "Total actions"]
    for i, h in enumerate(sh, 1):
        ws0.cell(row=4, column=i, value=h).font = Font(bold=True)
    rr = 5
    tot = [0, 0, 0, 0, 0]
    for a in sorted(ambitions):
        cts = counts.get(a, [0, 0, 0, 0, 0])
        ws0.cell(row=rr, column=1, value=ambitions[a].split(":")[0])
        for i, v in enumerate(cts, 2):
            ws0.cell(row=rr, column=i, value=v)
        tot = [x + y for x, y in zip(tot, cts)]
        rr += 1
    ws0.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        ws0.cell(row=rr, column=i, value=v).font = Font(bold=True)
    ws0.cell(row=rr + 2, column=1,
             value="Ambition 6 has no actions in the 2025-26 delivery plan; progress is reported "
                   "through the Economic Development Strategy.")
    ws0.column_dimensions["A"].width = 20

    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk – may miss target date; mitigation in place"),
        ("R", "Off track – will miss target date or needs a decision from committee"),
    ], start=2):
        wk.cell(row=i, column=1, value=k).fill = XFILL[k]
        wk.cell(row=i, column=2, value=v)
    wk["A8"] = "Notes"
    wk["A8"].font = Font(bold=True)
    wk["A9"] = "Where a revised target date is shown it has been agreed by the relevant Policy and Service Committee."
    wk["A10"] = "Q1 RAG is shown for comparison; the Q2 RAG is the current position."
    wb.save(out("zqm-cambridgeshire-county-council-strategic-framework-delivery-tracker-2025-26.xlsx"))


# ====================================================================
# 4. Hertfordshire CC - Fostering service development plan (xlsx) - REFUSE
#    fill-only RAG, priority band rows, one end cell "Febuary 2026"
# ====================================================================
def make_hertfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    ws["A1"] = "Hertfordshire County Council – Fostering Service Development Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Year 1 of the refreshed Fostering Strategy: One team built around the child"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated: 30/09/2025    Plan owner: Head of Fostering    Reported to: Corporate Parenting Board"
    hdr = ["No.", "What we will do", "Lead", "By when", "Update (September 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
    rows = [
        ("band", "Priority 1 – Grow our in-house foster carer community"),
        ("1a", "Run two targeted recruitment campaigns for carers for teenagers and sibling "
               "groups, using the Fostering Hertfordshire brand and the regional fostering "
               "recruitment hub.",
         "Fostering Recruitment Manager", "Oct-25",
         "Spring campaign delivered (64 enquiries); autumn campaign launched 15 September.", "G"),
        ("1b", "Reduce the time from enquiry to fostering panel to 6 months for 80% of applicants.",
         "Assessment Team Manager", "March 2026",
         "Currently 61% within 6 months; additional assessing social worker recruited.", "A"),
        ("1c", "Open a second Mockingbird constellation in the north of the county.",
         "Head of Fostering", "Febuary 2026",
         "Hub home carer identified; six satellite households expressed interest.", "G"),
        ("band", "Priority 2 – Support and retain our carers"),
        ("2a", "Introduce a fostering allowance and skills payment uplift and publish the revised "
               "payment guide.",
         "Head of Fostering / Finance Business Partner", "Dec-25",
         "Uplift agreed by Cabinet; guide in draft.", "G"),
        ("2b", "Deliver a 24/7 out-of-hours support line for foster carers staffed by experienced "
               "supervising social workers.",
         "Supervising Social Work Team Manager", "Ongoing",
         "Rota in place since April; 212 calls taken.", "B"),
        ("band", "Priority 3 – Kinship and connected persons care"),
        ("3a", "Complete viability assessments for connected persons within 15 working days.",
         "Kinship Care Team Manager", "31/01/2026",
         "Average 19 working days; workflow changes agreed.", "A"),
        ("3b", "Launch a kinship carers' peer support group in each quadrant of the county.",
         "Kinship Care Team Manager", "Jun-26",
         "Not yet started – dependent on Kinship Local Offer refresh.", None),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="FF7030A0", end_color="FF7030A0")
        else:
            no, what, lead, when, upd, rag = row
            for i, v in enumerate([no, what, lead, when, upd, None], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(row=r, column=6).fill = XFILL[rag]
        r += 1
    for col, w in zip("ABCDEF", (6, 60, 30, 14, 50, 8)):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Completed / embedded"),
        ("G", "On track"),
        ("A", "Some risk to delivery"),
        ("R", "Off track"),
    ], start=2):
        key.cell(row=i, column=1).fill = XFILL[k]
        key.cell(row=i, column=2, value=v)
    key["A7"] = "No colour = not yet started"
    wb.save(out("zqm-hertfordshire-county-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"))


# ====================================================================
# 5. Wrexham JICPA - multi-agency improvement plan (xlsx)
#    cover/version sheet, vertically merged area-for-improvement cells, date cells
# ====================================================================
def make_wrexham():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "JICPA Wrexham – Multi-Agency Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Joint Inspectorate Review of Child Protection Arrangements, October 2024"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Version control"
    cov["A4"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        cov.cell(row=5, column=i, value=h).font = Font(bold=True)
    for j, row in enumerate([
        ("0.1", dt.datetime(2025, 3, 14), "NWSB Business Unit", "First draft from partner returns"),
        ("1.0", dt.datetime(2025, 4, 2), "NWSB Business Unit", "Approved by Wrexham Local Delivery Group"),
        ("1.2", dt.datetime(2025, 10, 7), "NWSB Business Unit", "Quarter 2 progress update"),
    ], start=6):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=j, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A10"] = "Distribution: Wrexham LDG members; North Wales Safeguarding Board; Care Inspectorate Wales"
    for col, w in zip("ABCD", (12, 14, 22, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "JICPA Wrexham – Multi-Agency Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Inspection: 21–25 October 2024. Report published: 5 February 2025. Partners: "
                "Wrexham County Borough Council (WCBC), North Wales Police (NWP), Betsi Cadwaladr "
                "University Health Board (BCUHB), North Wales Safeguarding Board (NWSB).")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    hdr = ["Area for improvement", "Ref", "Action", "Agency", "Lead officer",
           "Completion date", "Progress update (September 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", start_color="FF2F5597", end_color="FF2F5597")
        c.alignment = WRAP
        c.border = BOX
    RAGFILL = {"Green": "G", "Amber": "A", "Complete": "B", "Red": "R"}
    D = lambda y, m, d: dt.datetime(y, m, d)
    afis = [
        ("1. Referrers are not consistently informed of the outcome of their referral or the "
         "rationale for decisions.", [
            ("1.1", "Implement an automated outcome letter to professional referrers from the "
                    "Single Point of Access within 7 working days.",
             "WCBC", "SPOA Service Manager", D(2025, 11, 30),
             "Letter template agreed; system change in testing.", "Green"),
            ("1.2", "Audit 30 police and health referrals each quarter to check feedback was "
                    "given; report findings to the LDG.",
             "WCBC / BCUHB", "SPOA Service Manager; BCUHB Named Nurse Safeguarding Children",
             "Quarterly", "Q1 audit complete; Q2 audit delayed by staff absence.", "Amber"),
        ]),
        ("2. Strategy discussions do not always include health and education, and the decision "
         "about whether to hold a section 47 enquiry is not always recorded.", [
            ("2.1", "Revise the strategy discussion template to include mandatory health and "
                    "education attendance and a recorded rationale.",
             "WCBC", "Head of Children's Services", D(2025, 7, 31),
             "New template in use from 1 July 2025.", "Complete"),
            ("2.2", "Put in place a daily health liaison slot so that a BCUHB practitioner can "
                    "join strategy discussions.",
             "BCUHB", "Head of Safeguarding (BCUHB)", D(2026, 1, 31),
             "Pilot running three days a week; business case for full cover submitted.", "Amber"),
            ("2.3", "Deliver joint training on the Wales Safeguarding Procedures for police "
                    "public protection officers and social workers.",
             "NWP", "DI Public Protection Unit (Wrexham)", D(2025, 12, 31),
             "Two of four sessions delivered.", "Green"),
        ]),
        ("3. Partners do not have a shared understanding of the growing number of electively "
         "home educated children and the risks to some of them.", [
            ("3.1", "Establish an EHE multi-agency panel to review children known to social care "
                    "and children not seen.",
             "WCBC", "Chief Officer Education and Early Intervention", D(2025, 10, 31),
             "Panel met in September and October 2025.", "Complete"),
            ("3.2", "Share quarterly EHE data with the Wrexham LDG and with health visiting and "
                    "school nursing.",
             "WCBC", "EHE Lead Officer", "Jan–Mar 2026",
             "Data sharing agreement being drafted.", "Not started"),
        ]),
        ("4. Multi-agency quality assurance does not yet tell leaders what difference child "
         "protection work is making for children.", [
            ("4.1", "Agree a multi-agency child protection dataset and quality assurance "
                    "framework for the Wrexham LDG.",
             "NWSB", "NWSB Regional Business Manager", D(2026, 3, 31),
             "Draft dataset shared with partners.", "Green"),
            ("4.2", "Hold six-monthly multi-agency case audits of children on the child "
                    "protection register for over 12 months, including feedback from children "
                    "and parents.",
             "All partners", "Chair of Wrexham LDG", "Six-monthly",
             "First audit completed June 2025; next due December 2025.", "Green"),
        ]),
    ]
    r = 5
    for afi, acts in afis:
        first = r
        for a in acts:
            ref, action, agency, lead, date, prog, rag = a
            for i, v in enumerate([None, ref, action, agency, lead, date, prog, rag], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag in RAGFILL:
                ws.cell(row=r, column=8).fill = XFILL[RAGFILL[rag]]
            r += 1
        ws.cell(row=first, column=1, value=afi)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = blue; Green = on track; Amber = at risk; "
                                   "Red = off track; Not started = no rating")
    for col, w in zip("ABCDEFGH", (38, 6, 50, 14, 30, 14, 42, 12)):
        ws.column_dimensions[col].width = w
    wb.save(out("zqm-wrexham-jicpa-multi-agency-improvement-plan.xlsx"))


# ====================================================================
# 6. Together for Adoption RAA - service development plan (csv export)
# ====================================================================
def make_tfa():
    import csv
    import io
    rows = [
        ["Together for Adoption – Service Development Plan 2025-26", "", "", "", "", "", ""],
        ["Regional Adoption Agency – Q2 update (October 2025)", "", "", "", "", "", ""],
        ["Hosted by Wigan Council on behalf of Cheshire West and Chester, Halton, St Helens, "
         "Warrington and Wigan", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"],
        ["1. Recruit and approve adopters who can meet the needs of children waiting",
         "", "", "", "", "", ""],
        ["", "1.1", "Deliver a targeted recruitment campaign for adopters for sibling groups and "
         "children aged 4 and over, with Adoption England's national campaign.",
         "Marketing and Recruitment Officer", "Dec-25",
         "Campaign live since September; 38 enquiries so far.", "G"],
        ["", "1.2", "Review the adopter preparation course.\nAdd a session on early permanence "
         "and a session led by adopted adults.",
         "Team Manager (Recruitment and Assessment)", "Q4 2025/26",
         "Course review group met twice.", "G"],
        ["2. Increase the use of early permanence placements", "", "", "", "", "", ""],
        ["", "2.1", "Agree a joint early permanence protocol with the five local authorities' "
         "children's services and the family court.",
         "Head of Service; Practice Manager (Family Finding)", "31/03/2026",
         "Draft protocol with legal services for comment.", "A"],
        ["", "2.2", "Approve at least six early permanence carers in 2025-26.",
         "Panel Adviser & Agency Decision Maker", "Mar-26",
         "Two approved; three in assessment.", "A"],
        ["3. Provide timely adoption support", "", "", "", "", "", ""],
        ["", "3.1", "Complete adoption support needs assessments within 8 weeks of request.",
         "Adoption Support Team Manager", "Ongoing",
         "71% within 8 weeks (target 85%). Waiting list reviewed fortnightly.", "R"],
        ["", "3.2", "Deliver adoption-aware training to designated teachers with the five "
         "Virtual Schools.",
         "Adoption Support Team Manager / Virtual School Heads", "Summer term 2026",
         "Dates agreed with Wigan and Warrington Virtual Schools.", "G"],
        ["", "3.3", "Move all Adoption and Special Guardianship Support Fund applications onto "
         "the online portal.",
         "Business Support Manager", "Sep-25",
         "Completed – all applications now made online.", "B"],
        ["4. Support lifelong contact and identity", "", "", "", "", "", ""],
        ["", "4.1", "Implement the Adoption England modernising contact model, including "
         "training for social workers on direct contact with birth relatives.",
         "Practice Manager (Adoption Support)", "Sept 2025 – March 2026",
         "Training commissioned; pilot cases identified.", "G"],
        ["", "", "", "", "", "", ""],
        ["Key: B = complete; G = on track; A = at risk; R = off track", "", "", "", "", "", ""],
        ["Summary: 8 actions – B 1, G 4, A 2, R 1", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("zqm-together-for-adoption-raa-service-development-plan-2025-26.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ====================================================================
# 7. Vale of Glamorgan Council - scrutiny decision tracking (tab-separated text)
# ====================================================================
def make_vale():
    T = "\t"
    lines = [
        "The Vale of Glamorgan Council – Scrutiny Decision Tracking of Recommendations 2025/26",
        "Quarter 2: July to September 2025",
        "Status: B = Completed   G = On track   A = Some delay   R = Not progressed",
        "",
        T.join(["Min. No.", "Meeting date", "Recommendation", "Action by", "Target date",
                "Progress / response", "Status"]),
        "HEALTHY LIVING AND SOCIAL CARE SCRUTINY COMMITTEE",
        T.join(["312", "08/07/2025",
                "(2) T H A T the Cabinet Member for Social Care and Health be asked to report "
                "back on the uptake of the Carers' Wellbeing Grant scheme by the end of the "
                "financial year.",
                "Director of Social Services", "31/03/2026",
                "Report scheduled for the March 2026 meeting.", "G"]),
        T.join(["313", "08/07/2025",
                "(3) T H A T a briefing on hospital discharge delays at University Hospital "
                "Llandough be circulated to all Members of the Committee.",
                "Head of Adult Services / Head of Resilience", "Sep 2025",
                "Briefing circulated by email 19 September 2025.", "B"]),
        T.join(["398", "09/09/2025",
                "(1) T H A T the Committee receives a six-monthly update on the residential "
                "care home fees review.",
                "Operational Manager (Commissioning)", "Six-monthly",
                "Added to the Committee work programme.", "G"]),
        "ENVIRONMENT AND REGENERATION SCRUTINY COMMITTEE",
        T.join(["287", "01/07/2025",
                "(2) T H A T officers bring forward options for extending the food waste "
                "collection service to flats above shops in Barry and Penarth.",
                "Head of Neighbourhood Services and Transport", "Nov 2025",
                "Options appraisal under way; report to November meeting.", "G"]),
        T.join(["288", "01/07/2025",
                "(3) T H A T Cabinet be requested to consider a review of car parking charges "
                "at the Country Parks, having regard to the views of this Committee and",
                "Cabinet", "", "Referred to Cabinet 24 July 2025 (Min. C214); Cabinet deferred "
                "the review pending the budget setting process.", "A"]),
        T.join(["", "",
                "that the outcome be reported back to this Committee.",
                "", "", "", ""]),
        T.join(["405", "16/09/2025",
                "(1) T H A T the Placemaking Plan for Barry Island be referred to Cabinet with "
                "the Committee's support.",
                "Director of Place", "Oct-25",
                "Considered by Cabinet 9 October 2025.", "B"]),
        "LEARNING AND CULTURE SCRUTINY COMMITTEE",
        T.join(["301", "10/07/2025",
                "(2) T H A T the Director of Learning and Skills provides a report on pupil "
                "attendance and persistent absence following the autumn census.",
                "Director of Learning and Skills", "January 2026",
                "Data due from Welsh Government in December.", "G"]),
        T.join(["302", "10/07/2025",
                "(3) T H A T the Committee's concerns about the library book fund be referred "
                "to the Cabinet Member for Education, Arts and the Welsh Language.",
                "Democratic and Scrutiny Services Officer", "Jul-25",
                "Referred 15 July 2025; no response received to date.", "R"]),
        "CORPORATE PERFORMANCE AND RESOURCES SCRUTINY COMMITTEE",
        T.join(["276", "19/06/2025",
                "(2) T H A T a Member seminar be arranged on the Council's Reshaping Programme "
                "and the Medium Term Financial Plan.",
                "Head of Finance / Head of Policy and Business Transformation", "Sept 2025 – Oct 2025",
                "Seminar held 2 October 2025.", "B"]),
        T.join(["389", "18/09/2025",
                "(1) T H A T quarterly sickness absence data be reported to the Committee by "
                "directorate, alongside the Council Annual Delivery Plan monitoring report.",
                "Head of Human Resources and Organisational Development", "Quarterly",
                "First report to be presented in December 2025.", "G"]),
        "",
        "Note: recommendations shown as B will be removed from the tracker once the Committee "
        "has agreed that they are completed.",
    ]
    with open(out("zqm-vale-of-glamorgan-council-scrutiny-recommendations-tracker-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_monmouthshire()
    make_gwent()
    make_cambridgeshire()
    make_hertfordshire()
    make_wrexham()
    make_tfa()
    make_vale()
    print("built 7 files")
