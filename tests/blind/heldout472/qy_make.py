"""Build the seven qy- blind test files (set heldout472).

Run with: /work/main/.venv/bin/python qy_make.py
Writes only files whose names start with "qy-" into this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


def out(name):
    assert name.startswith("qy-")
    return os.path.join(HERE, name)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Inverclyde Council corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def inverclyde():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Inverclyde Council – Corporate Risk Register 2025/26"
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = "Quarter 2 position (at 30 September 2025)"
    cover["A3"] = "Report to the Audit Committee, 25 November 2025"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comment"),
        ("0.1", "12/09/2025", "Corporate Policy & Performance Officer", "Draft for CMT"),
        ("1.0", "06/10/2025", "Corporate Policy & Performance Officer", "Approved by CMT"),
        ("1.1", "03/11/2025", "Corporate Policy & Performance Officer", "Issued for Audit Committee"),
    ]
    for r, vals in enumerate(rows, start=6):
        for c, v in enumerate(vals, start=1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 6:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    cover["A11"] = "Risk scoring"
    cover["A11"].font = Font(bold=True)
    cover["A12"] = "Score = Likelihood (1–5) x Impact (1–5).  1–6 Low;  8–12 Medium;  15–25 High."
    cover["A14"] = "Action status key"
    cover["A14"].font = Font(bold=True)
    key = [
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – remedial action in hand"),
        (RED, "Significant slippage / target date at risk"),
        (None, "No fill – not yet started"),
    ]
    for r, (colour, text) in enumerate(key, start=15):
        c = cover.cell(row=r, column=1)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
        cover.cell(row=r, column=2, value=text)
    widths(cover, [16, 14, 40, 30])

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Inverclyde Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Q2 update. Risks are listed in order of current risk score; actions are those still required to reach the target score."
    ws.merge_cells("A2:K2")
    headers = [
        "Ref & Risk Title",
        "Risk Description (cause / effect)",
        "Risk Owner",
        "Current Score (L x I)",
        "Target Score",
        "Trend",
        "Further Actions Required",
        "Action Owner",
        "Target Date",
        "Action Status",
        "Q2 Update",
    ]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX

    risks = [
        dict(
            title="CR01 – Financial Sustainability",
            desc="Cause: continuing real-terms reductions in grant funding, pay and contract inflation and rising demand for social care.\nEffect: the Council is unable to set a balanced budget over the medium term and reserves fall below the approved minimum.",
            owner="Chief Financial Officer",
            current=("5 x 4 = 20", RED),
            target="4 x 3 = 12",
            trend="↔",
            actions=[
                ("Update the Medium Term Financial Strategy to 2028/29 and report it to the Policy & Resources Committee.",
                 "Chief Financial Officer", dt.datetime(2025, 11, 30), GREEN,
                 "Draft MTFS considered by CMT on 30 September; on the agenda for the P&R Committee on 18 November 2025."),
                ("Identify savings options of £8.1m to close the 2026/28 budget gap, including the Delivering Differently workstreams.",
                 "Corporate Management Team", "February 2026", AMBER,
                 "£5.3m identified to date; further options being developed with the Members’ Budget Working Group."),
                ("Review the use of earmarked reserves and return uncommitted balances to the General Fund.",
                 "Chief Financial Officer / Finance Manager", dt.datetime(2025, 6, 30), BLUE,
                 "Completed – £1.4m returned to the General Fund, reported to Council in June 2025."),
            ],
        ),
        dict(
            title="CR02 – Workforce Capacity and Resilience",
            desc="Cause: an ageing workforce, recruitment difficulties in social work, teaching and trades posts, and high sickness absence.\nEffect: services cannot be maintained at the required level and statutory duties are placed at risk.",
            owner="Head of OD, Policy & Communications",
            current=("4 x 4 = 16", RED),
            target="3 x 3 = 9",
            trend="↔",
            actions=[
                ("Implement the year 2 actions of the Workforce Plan 2024–2027, including the grow-your-own social work trainee scheme.",
                 "Head of OD, Policy & Communications", "31 March 2026", GREEN,
                 "Four trainee social workers started in August 2025."),
                ("Roll out the refreshed Maximising Attendance policy and manager training across all directorates.",
                 "HR Manager and Health & Safety Manager", "Dec-25", RED,
                 "Policy approved; training delayed pending consultation with the trade unions."),
            ],
        ),
        dict(
            title="CR03 – Cyber Security",
            desc="Cause: increasing frequency and sophistication of cyber attacks, including ransomware, and reliance on some legacy systems.\nEffect: loss of systems and data, disruption to services and reputational damage.",
            owner="Head of Legal, Democratic, Digital & Customer Services",
            current=("3 x 5 = 15", RED),
            target="2 x 5 = 10",
            trend="↓",
            actions=[
                ("Achieve Cyber Essentials Plus re-accreditation.",
                 "ICT & Digital Services Manager", dt.datetime(2026, 1, 31), GREEN,
                 "Assessment booked for January 2026."),
                ("Complete the migration of the remaining on-premise servers to the Council’s Microsoft Azure tenancy.",
                 "ICT & Digital Services Manager", "Q4 2025/26", AMBER,
                 "18 of 31 servers migrated; supplier resource constrained in August."),
                ("Run a cyber incident exercise with the Corporate Management Team and test the ICT disaster recovery plan.",
                 "ICT & Digital Services Manager", dt.datetime(2025, 9, 30), BLUE,
                 "Exercise held on 23 September 2025; lessons learned report issued to CMT."),
            ],
        ),
        dict(
            title="CR04 – Climate Change and Net Zero",
            desc="Cause: the statutory target of net zero emissions by 2045 and more frequent severe weather events.\nEffect: failure to meet climate change duties, damage to Council assets and disruption to services.",
            owner="Director, Environment & Regeneration",
            current=("3 x 4 = 12", AMBER),
            target="3 x 3 = 9",
            trend="↔",
            actions=[
                ("Publish the Net Zero Action Plan annual progress report and submit the Public Bodies Climate Change Duties report.",
                 "Climate Change Officer", dt.datetime(2025, 11, 30), GREEN,
                 "Report drafted; submission due 30 November."),
                ("Complete a climate risk and adaptation assessment for Council buildings and roads.",
                 "Head of Physical Assets", "Ongoing", None,
                 "Not yet started – scope being agreed with Climate Ready Clyde."),
            ],
        ),
    ]

    row = 5
    for risk in risks:
        first = row
        for text, owner, due, status, update in risk["actions"]:
            ws.cell(row=row, column=7, value=text)
            ws.cell(row=row, column=8, value=owner)
            dcell = ws.cell(row=row, column=9, value=due)
            if isinstance(due, dt.datetime):
                dcell.number_format = "dd/mm/yyyy"
            scell = ws.cell(row=row, column=10)
            if status:
                scell.fill = fill(status)
            ws.cell(row=row, column=11, value=update)
            row += 1
        last = row - 1
        ws.cell(row=first, column=1, value=risk["title"]).font = Font(bold=True)
        ws.cell(row=first, column=2, value=risk["desc"])
        ws.cell(row=first, column=3, value=risk["owner"])
        cur = ws.cell(row=first, column=4, value=risk["current"][0])
        cur.fill = fill(risk["current"][1])
        cur.font = Font(bold=True)
        ws.cell(row=first, column=5, value=risk["target"])
        ws.cell(row=first, column=6, value=risk["trend"])
        if last > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for r in range(first, last + 1):
            for c in range(1, 12):
                cell = ws.cell(row=r, column=c)
                cell.alignment = WRAP
                cell.border = BOX
    row += 1
    ws.cell(row=row, column=1, value="Summary: 4 corporate risks (3 high, 1 medium); 10 further actions – 2 complete, 4 on track, 2 some slippage, 1 significant slippage, 1 not started.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
    widths(ws, [24, 48, 22, 12, 11, 7, 52, 26, 13, 10, 46])
    ws.freeze_panes = "A5"
    wb.save(out("qy-inverclyde-council-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Flintshire County Council Council Plan delivery plan (xlsx)
# ---------------------------------------------------------------------------
RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def flintshire():
    title = "Flintshire County Council – Council Plan 2023-28: Delivery Plan 2025/26"
    sub = "Mid-Year Progress Report (April – September 2025)"
    priorities = [
        ("Poverty", "Poverty", [
            ("Income Poverty", [
                ("1.1.1", "Maximise take-up of Council Tax Reduction, Discretionary Housing Payments and Free School Meals through the Welfare Rights and Benefits teams.",
                 "Benefits Manager", dt.datetime(2026, 3, 31), "Green", "Green",
                 "£1.2m of additional benefit entitlement secured for residents in Q1 and Q2."),
                ("1.1.2", "Launch the Flintshire Cost of Living Hub and signpost residents to money advice partners.",
                 "Customer Services Manager / Welfare Rights Manager", "Sept 2025", "Amber", "Complete",
                 "Hub launched at Flint Connects on 8 September 2025."),
            ]),
            ("Food Poverty", [
                ("1.2.1", "Expand the community food hubs to two further locations in Holywell and Shotton.",
                 "Chief Officer (Housing and Communities)", dt.datetime(2025, 12, 31), "Green", "Amber",
                 "Holywell hub open; Shotton venue still to be confirmed."),
            ]),
            ("Fuel Poverty", [
                ("1.3.1", "Install energy efficiency measures in 150 low-income private sector homes through the ECO4 Flex scheme.",
                 "Energy Conservation Manager", "March 2026", "Amber", "Red",
                 "Installer capacity issues; 38 homes completed to date."),
            ]),
        ]),
        ("Housing", "Affordable and Accessible Housing", [
            ("Housing Support and Homeless Prevention", [
                ("2.1.1", "Review the Rapid Rehousing Transition Plan and reduce the use of bed and breakfast accommodation for homeless households.",
                 "Housing and Prevention Service Manager", "Ongoing", "Amber", "Amber",
                 "B&B placements down from 61 to 47 households since April."),
            ]),
            ("Council Housing", [
                ("2.2.1", "Complete the Welsh Housing Quality Standard 2023 baseline stock condition survey of all Council homes.",
                 "Service Manager – Capital Works", dt.datetime(2026, 6, 30), "Green", "Green",
                 "54% of properties surveyed."),
                ("2.2.2", "Deliver new Council homes at the Park Lane and Ysgol Delyn sites through the Strategic Housing and Regeneration Programme (SHARP).",
                 "Housing Regeneration & Strategy Manager", "Q4 2025/26", "Green", "Green",
                 "Both sites on programme for handover in early 2026."),
            ]),
        ]),
        ("Education & Skills", "Education and Skills", [
            ("Educational Engagement and Achievement", [
                ("6.1.1", "Support schools to implement the Additional Learning Needs (ALN) reforms and review the local authority’s specialist provision.",
                 "Senior Manager – Inclusion & Progression", "July 2026", "Green", "Green",
                 "Specialist provision review reported to Cabinet in July 2025."),
            ]),
            ("Welsh Education Strategic Plan", [
                ("6.2.1", "Open the new Welsh-medium seedling school provision in Buckley and increase Welsh-medium nursery places.",
                 "Chief Officer (Education and Youth)", "September 2025", "Green", "Complete",
                 "Seedling provision opened with 19 pupils in September 2025."),
            ]),
        ]),
    ]

    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = sub
    hdr = ["Priority", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        cell = summ.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    r = 5
    tot = [0, 0, 0, 0, 0]
    for _sheet, pname, subs in priorities:
        acts = [a for _s, al in subs for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in ("Complete", "Green", "Amber", "Red")]
        summ.cell(row=r, column=1, value=pname).border = BOX
        for c, v in enumerate(counts, start=2):
            summ.cell(row=r, column=c, value=v).border = BOX
        tot = [x + y for x, y in zip(tot, counts)]
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, start=2):
        cell = summ.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    summ.cell(row=r + 2, column=1, value="Q2 RAG: Green – on track; Amber – some delay, recoverable; Red – significant delay; Complete – action delivered.")
    widths(summ, [40, 10, 10, 10, 10, 10])

    for sheet, pname, subs in priorities:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = sub
        ws["A4"] = pname
        ws["A4"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A4"].fill = fill("7030A0")
        ws.merge_cells("A4:G4")
        cols = ["Ref", "Action", "Lead Officer", "Target Date", "Q1 RAG", "Q2 RAG", "Q2 Progress Comment"]
        for c, h in enumerate(cols, start=1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(GREY)
            cell.border = BOX
            cell.alignment = WRAP
        r = 6
        for sname, acts in subs:
            cell = ws.cell(row=r, column=1, value=sname)
            cell.font = Font(bold=True, italic=True)
            cell.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, text, lead, due, q1, q2, comment in acts:
                vals = [ref, text, lead, due, q1, q2, comment]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=5).fill = fill(RAG_FILL[q1])
                ws.cell(row=r, column=6).fill = fill(RAG_FILL[q2])
                r += 1
        widths(ws, [8, 60, 30, 14, 9, 10, 44])
    wb.save(out("qy-flintshire-county-council-council-plan-delivery-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Omagh Academy ETI post-inspection action plan – typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def omagh():
    title = "Omagh Academy – Post-Inspection Action Plan 2024-2026"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "Action plan in response to the Education and Training Inspectorate (ETI) inspection, November 2024"
    cover["A4"] = "Approved by the Board of Governors: 29 January 2025"
    cover["A5"] = "Prepared by: Principal and Senior Leadership Team"
    cover["A6"] = "Progress reviewed termly by the Board of Governors’ Curriculum Committee"
    widths(cover, [100])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Areas for improvement identified by the ETI, November 2024"
    ws.merge_cells("A2:G2")
    headers = ["No.", "Actions to be taken", "Person(s) responsible", "Timescale", "Success criteria", "Resources", "Progress RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("006633")
        cell.border = BOX
        cell.alignment = WRAP
    body = [
        ("afi", "Area for improvement 1: To embed consistently high-quality learning and teaching in key stage 3, including the effective use of assessment information to meet the needs of all pupils."),
        ("1.1", "Deliver a programme of staff development on formative assessment and adaptive teaching, led by the Teaching and Learning Group.",
         "Vice-Principal (Curriculum)", "March 2025", "All teachers have completed the programme; lesson observations show effective use of assessment for learning.", "4 x staff development days; EA support", "Green"),
        ("1.2", "Introduce common assessment points in English, mathematics and science in years 8–10 and track progress on SIMS.",
         "Heads of Department / Data Manager", "June 2025", "Assessment data is used in departmental reviews to plan intervention.", "SIMS Assessment Manager", "Green"),
        ("1.3", "Establish peer observation triads across departments and share effective practice at staff meetings.",
         "Senior Teacher (Teaching and Learning)", "May 2026", "Every teacher takes part in at least two peer observations each year.", "Cover for 30 periods", "Amber"),
        ("afi", "Area for improvement 2: To ensure that pastoral care and safeguarding records are consistently maintained and that the actions taken are followed up and evaluated."),
        ("2.1", "Move all pastoral and safeguarding records to a single secure electronic system (MyConcern).",
         "Designated Teacher for Child Protection", "April 2025", "All concerns are logged, tracked and closed on MyConcern.", "MyConcern licence", "Green"),
        ("2.2", "Provide training for heads of year and form teachers on recording concerns and following up actions.",
         "Designated Teacher / Heads of Year", "Ocotber 2025", "Sample audit of records shows actions recorded and followed up in all cases.", "1 x staff development session", "Amber"),
        ("afi", "Area for improvement 3: To develop further the role of the Board of Governors in monitoring and evaluating the impact of the school development plan."),
        ("3.1", "Governors to receive a termly report on progress against this action plan, with data on pupil outcomes.",
         "Principal", "Termly", "Governors’ minutes record challenge and follow-up on progress.", "None", "Green"),
        ("3.2", "Link governors appointed for teaching and learning and for safeguarding to meet their link staff each term.",
         "Chair of the Board of Governors", "December 2025", "Link governor visit notes are presented to the Board.", "EA Governor Support training", "Amber"),
    ]
    r = 5
    for item in body:
        if item[0] == "afi":
            cell = ws.cell(row=r, column=1, value=item[1])
            cell.font = Font(bold=True)
            cell.fill = fill("E2EFDA")
            cell.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            for c, v in enumerate(item, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=7).fill = fill({"Green": GREEN, "Amber": AMBER, "Red": RED}[item[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Green – achieved or on track; Amber – in progress, some delay; Red – not started or significantly delayed.")
    widths(ws, [7, 55, 28, 14, 48, 28, 11])
    wb.save(out("qy-omagh-academy-eti-inspection-action-plan-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


# ---------------------------------------------------------------------------
# 4. Ysgol Penweddig Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def penweddig():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol Penweddig – Post-Inspection Action Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Cynllun Gweithredu Ôl-Arolygiad").italic = True
    doc.add_paragraph("Estyn core inspection: 4–7 March 2024. Plan agreed by the Governing Body on 9 May 2024 and shared with Ceredigion County Council.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=3)
    dc.style = "Table Grid"
    for cell, h in zip(dc.rows[0].cells, ["Version", "Date", "Changes"]):
        bold_cell(cell, h)
        shade(cell, "D9D9D9")
    for vals in [("1.0", "09/05/2024", "Approved by the Governing Body"),
                 ("1.1", "14/11/2024", "Autumn term progress review"),
                 ("1.2", "20/03/2025", "Spring term progress review")]:
        cells = dc.add_row().cells
        for cell, v in zip(cells, vals):
            cell.text = v

    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – completed; Amber – in progress and on track; Red – behind schedule, support required.")

    recs = [
        ("R1: Improve the consistency of teaching so that all pupils are challenged appropriately", [
            ("1.1", "Introduce a whole-school professional learning programme on questioning and challenge, delivered through triad coaching.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024",
             "All staff complete three coaching cycles; learning walks show more effective questioning in most lessons.", "Professional learning log; learning walks", "Green"),
            ("1.2", "Carry out termly learning walks and book scrutiny in every department, with findings reported to the Curriculum and Standards Committee of governors.",
             "SLT / Heads of Faculty", "Termly",
             "Quality assurance reports identify consistent strengths and agreed next steps.", "Governors’ committee minutes", "Amber"),
            ("1.3", "Adapt schemes of learning in Years 7–9 to include planned challenge tasks for more able pupils.",
             "Heads of Faculty", "September 2024 – July 2025",
             "Schemes of learning revised in all faculties; pupils’ books show work at greater depth.", "Book scrutiny", "Amber"),
        ]),
        ("R2: Strengthen the development of pupils’ numeracy skills across the curriculum", [
            ("2.1", "Appoint a numeracy co-ordinator and establish a cross-curricular numeracy working group.",
             "Headteacher", "June 2024",
             "Co-ordinator in post; working group meets half-termly.", "Staffing structure", "Green"),
            ("2.2", "Map numeracy opportunities in all subject schemes of learning and share a numeracy progression framework with staff.",
             "Numeracy Co-ordinator", "Spring term 2025",
             "Every faculty plans at least one rich numeracy task per half term.", "Numeracy map", "Green"),
            ("2.3", "Provide targeted numeracy intervention for pupils in Years 7 and 8 identified through the national personalised assessments.",
             "Numeracy Co-ordinator and ALNCo", "Ongoing",
             "Most pupils in intervention groups improve their age-standardised score.", "Personalised assessment data", "Amber"),
        ]),
        ("R3: Refine self-evaluation and improvement planning so that they focus sharply on the impact of teaching on pupils’ progress", [
            ("3.1", "Revise the school’s quality assurance calendar so that evidence from lesson observations, pupils’ work and learner voice is triangulated.",
             "Deputy Headteacher (Teaching and Learning)", "By 31 October 2024",
             "Calendar published; self-evaluation report draws on all three sources.", "QA calendar", "Green"),
            ("3.2", "Provide training for middle leaders on writing departmental improvement plans with measurable success criteria.",
             "Headteacher / Ceredigion School Improvement Officer", "Summer term 2025",
             "All departmental plans for 2025-26 include measurable success criteria.", "Departmental plans", "Red"),
            ("3.3", "Governors to receive a termly report on progress against this plan and visit departments as part of the link governor programme.",
             "Chair of Governors", "Termly",
             "Governors’ minutes show challenge and follow-up of progress.", "Link governor visit notes", "Amber"),
        ]),
    ]
    rag_shade = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]):
            bold_cell(cell, h, "FFFFFF")
            shade(cell, "2E5597")
        for a in acts:
            cells = t.add_row().cells
            for cell, v in zip(cells, a):
                cell.text = v
            shade(cells[6], rag_shade[a[6]])
        doc.add_paragraph()

    doc.add_paragraph("Signed: ______________________  Headteacher")
    doc.add_paragraph("Signed: ______________________  Chair of Governors")
    doc.save(out("qy-ysgol-penweddig-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ategi Shared Lives CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def ategi():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Improvement Plan – Ategi Shared Lives Service (South East Wales)", level=1)
    doc.add_paragraph("Following the Care Inspectorate Wales (CIW) inspection of 10–12 June 2025")
    doc.add_paragraph("Service type: Adult Placement (Shared Lives) Service.  Responsible Individual: Sian Pritchard.  Registered Manager: Gareth Lloyd.")
    doc.add_paragraph("CIW identified three areas for improvement. No Priority Action Notices were issued. Progress updated October 2025.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["No.", "Action", "By whom", "By when", "Progress update (October 2025)", "Status"]):
        bold_cell(cell, h)
        shade(cell, "BDD7EE")

    def band(text, colour, bold=True):
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        merged.text = ""
        run = merged.paragraphs[0].add_run(text)
        run.bold = bold
        shade(merged, colour)

    def act(vals):
        cells = t.add_row().cells
        for cell, v in zip(cells, vals):
            cell.text = v

    band("Care and Support", "1F4E79")
    t.rows[-1].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
    band("Area for improvement (Regulation 15): Personal plans must be reviewed at least every three months with the individual and their Shared Lives carer, and each review must be recorded.", "DEEAF6")
    act(["1", "Audit all personal plans and arrange the overdue reviews with individuals and carers.", "Gareth Lloyd", "31/07/2025",
         "Audit completed; 14 overdue reviews held in July.", "Completed"])
    act(["2", "Add a review tracker to the CarePlanner system with automatic reminders to Shared Lives Officers.", "Gareth Lloyd / Nia Howells", "End of September 2025",
         "Tracker live from 22 September.", "Completed"])
    act(["3", "Shared Lives Officers to record each review on the revised outcomes-focused template.", "Shared Lives Officers", "Monthly",
         "Checked at monthly team meeting; all August and September reviews on the new template.", "On track"])
    band("Leadership and Management", "1F4E79")
    t.rows[-1].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
    band("Area for improvement (Regulation 80): The service provider must carry out a quality of care review at least every six months and prepare a report on it.", "DEEAF6")
    act(["4", "Complete the overdue quality of care review, including feedback from individuals, carers and commissioners.", "Sian Pritchard", "31/08/2025",
         "Report completed and shared with CIW on 29 August.", "Completed"])
    act(["5", "Set a six-monthly timetable for quality of care reviews and report the findings to the Ategi Board.", "Sian Pritchard", "February 2026",
         "Next review scheduled for January 2026.", "On track"])
    band("Area for improvement (Regulation 36): Shared Lives carers must receive supervision at least quarterly and keep their core training up to date.", "DEEAF6")
    act(["6", "Agree a quarterly supervision schedule with every Shared Lives carer and record the dates on the carer file.", "Nia Howells", "30/09/2025",
         "89% of carers supervised in Q2; remaining visits booked for October.", "Amber"])
    act(["7", "Deliver refresher safeguarding and medication training to carers whose training is out of date.", "Learning & Development Partner", "December 2025",
         "Trainer being sourced.", "Not started"])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for cell, v in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(cell, v)
    for cell, v in zip(s.rows[1].cells, ["Responsible Individual", "Sian Pritchard", "17/10/2025"]):
        cell.text = v
    doc.save(out("qy-ategi-shared-lives-ciw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. NHS Ayrshire & Arran internal audit follow-up (csv)
# ---------------------------------------------------------------------------
def ayrshire():
    n = 11
    header = ["Audit Report", "Rec No", "Priority", "Recommendation", "Agreed Management Action", "Action Owner",
              "Original Target Date", "Revised Target Date", "RAG", "Latest Update"]
    rows = [
        ["NHS Ayrshire & Arran – Internal Audit Recommendations Follow-up"] + [""] * (n - 2),
        ["Position at 31 October 2025 – Audit and Risk Committee, 20 November 2025"] + [""] * (n - 2),
        [""] * (n - 1),
        header,
        ["A25/03 – Payroll Controls", "R1", "High",
         "Starter and leaver forms should be authorised by the budget holder before they are processed.",
         "Payroll will reject any unauthorised starter or leaver form and report rejections monthly to directorate finance leads.",
         "Head of Payroll", "30/06/2025", "", "B", "Implemented; evidence reviewed by Internal Audit in September."],
        ["A25/03 – Payroll Controls", "R2", "Medium",
         "Overpayments should be recovered promptly in line with the Overpayments Policy.",
         "Introduce a monthly overpayments report to the Payroll Manager and agree repayment plans within 30 days.",
         "Payroll Manager", "31/07/2025", "31/12/2025", "A", "Report developed; repayment plan timescales not yet met in all cases."],
        ["A25/07 – Procurement: Waivers and Contract Extensions", "R1", "High",
         "Single tender waivers should be approved in line with the Standing Financial Instructions and recorded on a central register.",
         "1. Re-issue waiver guidance to all budget holders.\n2. Maintain a central waiver register and report it quarterly to the Audit and Risk Committee.",
         "Head of Procurement", "30/09/2025", "", "G", "Guidance re-issued; first quarterly report due November."],
        ["A25/07 – Procurement: Waivers and Contract Extensions", "R2", "Medium",
         "Contract extensions should be approved before the existing contract expires.",
         "The Procurement Steering Group will review a contract expiry report every month.",
         "Head of Procurement; Assistant Director of Finance", "31/10/2025", "31/03/2026", "R", "Expiry report not yet available from the contracts database."],
        ["A25/11 – Information Governance: Subject Access Requests", "R1", "Medium",
         "Subject access requests should be answered within the statutory one-month timescale.",
         "Recruit a fixed-term Information Governance Officer to clear the backlog of subject access requests.",
         "Information Governance Manager", "Aug-25", "", "B", "Officer in post; backlog cleared."],
        ["A25/11 – Information Governance: Subject Access Requests", "R2", "Low",
         "The SAR procedure should be updated to reflect the new case management system.",
         "Update the SAR procedure and re-approve it through the Information Governance Committee.",
         "Information Governance Manager", "31/12/2025", "", "G", ""],
        ["A25/14 – Medical Devices Management", "R1", "High",
         "A complete inventory of medical devices should be maintained, including ownership and maintenance schedules.",
         "Complete the inventory of medical devices across the acute sites and load it to the asset management system.",
         "Head of Medical Physics / Site Directors", "31/01/2026", "", "A", "University Hospital Crosshouse complete; Ayr in progress."],
        ["A25/14 – Medical Devices Management", "R2", "Medium",
         "Devices that are overdue for planned preventative maintenance should be escalated.",
         "Report overdue planned preventative maintenance by ward to the Acute Services Governance Group.",
         "Head of Medical Physics", "TBC", "", "", "Dependent on completion of the inventory (R1)."],
        [""] * (n - 1),
        ["Key: B = implemented; G = on track; A = at risk of delay; R = overdue"] + [""] * (n - 2),
    ]
    with open(out("qy-nhs-ayrshire-arran-internal-audit-recommendations-follow-up.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. PSNI Audit and Risk Assurance Committee action log (tab-separated txt)
# ---------------------------------------------------------------------------
def psni():
    lines = [
        "Police Service of Northern Ireland – Audit and Risk Assurance Committee Action Log",
        "Updated following the meeting held on 16 October 2025",
        "",
        "\t".join(["Action No", "Meeting", "Minute", "Action", "Owner", "Target Date", "Status", "Update"]),
        "OPEN ACTIONS",
        "\t".join(["ARAC 24/17", "12 Dec 2024", "6.2",
                   "Provide the Committee with a deep dive on the corporate risk relating to the police estate, including the results of the condition survey.",
                   "Chief Operating Officer", "Feb 2026", "Amber", "Deferred from the October meeting at the request of the Chair."]),
        "\t".join(["ARAC 25/04", "13 Mar 2025", "5.1",
                   "Report on progress in implementing the NIAO recommendations on the management of police overtime.",
                   "Director of Finance & Support Services", "31/12/2025", "On track", "Report being drafted for the December meeting."]),
        "\t".join(["ARAC 25/09", "19 Jun 2025", "7.3",
                   "Internal Audit to include a review of body worn video data retention in the 2026/27 Internal Audit Plan",
                   "Head of Internal Audit", "Mar-26", "On track", "Included in the draft plan."]),
        "\t".join(["", "", "", "and report the draft plan to the Committee.", "", "", "", ""]),
        "\t".join(["ARAC 25/11", "19 Jun 2025", "8.4",
                   "Confirm the timetable for clearing the backlog of gifts and hospitality declarations.",
                   "Head of Professional Standards", "30/09/2025", "Red", "Overdue – backlog of 212 declarations remains; update requested for December."]),
        "\t".join(["ARAC 25/13", "16 Oct 2025", "4.4",
                   "Circulate the updated Fraud Response Plan to independent members for comment before it goes to the Service Executive Board.",
                   "Head of Internal Audit / Committee Secretary", "TBC", "", "New action."]),
        "",
        "ACTIONS COMPLETED SINCE THE LAST MEETING – PROPOSED FOR CLOSURE",
        "\t".join(["ARAC 25/02", "13 Mar 2025", "9.2",
                   "Update the Committee’s Terms of Reference to reflect the revised Audit and Risk Assurance Committee Handbook (NI) and present them for approval.",
                   "Committee Secretary", "Jun-25", "Complete", "Approved on 19 June 2025."]),
        "\t".join(["ARAC 25/07", "19 Jun 2025", "4.1",
                   "Share the cyber security maturity assessment with independent members in a closed session.",
                   "Chief Information Officer", "Sept 2025", "Complete", "Closed session held on 11 September 2025."]),
        "\t".join(["ARAC 25/10", "19 Jun 2025", "6.5",
                   "Provide a breakdown of the legal claims provision by category of claim.",
                   "ACC Legacy and Justice; Director of Finance & Support Services", "16/10/2025", "Complete", "Paper 6 presented to the October meeting."]),
        "",
        "Total actions: 8 (5 open, 3 proposed for closure)",
    ]
    with open(out("qy-psni-audit-and-risk-assurance-committee-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    inverclyde()
    flintshire()
    omagh()
    penweddig()
    ategi()
    ayrshire()
    psni()
    print("built 7 qy- files in", HERE)
