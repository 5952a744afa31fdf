#!/usr/bin/env python3
"""Build the seven zou- blind test files (set heldout743).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with 'zou-' into this script's folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"


def out(name):
    assert name.startswith("zou-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Luton Council - Overview and Scrutiny Board recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_luton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Luton Council – Overview and Scrutiny Board: Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 October 2025 – report to OSB, 19 November 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    key = [
        ("G", GREEN, "Recommendation implemented – monitoring no longer required"),
        ("A", AMBER, "Acceptable progress – continue monitoring"),
        ("R", RED, "Unacceptable progress – lead officer to attend OSB"),
    ]
    for i, (k, col, txt) in enumerate(key):
        r = 4 + i
        ws.cell(r, 2, k).fill = fill(col)
        ws.cell(r, 2).alignment = Alignment(horizontal="center")
        ws.cell(r, 3, txt)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)

    hdr = ["Ref", "Recommendation", "Executive decision", "Executive response",
           "Lead officer(s)", "Original target", "Revised target",
           "Update – October 2025", "Status"]
    hr = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    groups = [
        ("Review Group: Temporary Accommodation", [
            ("TA/01",
             "That the Executive develops a temporary accommodation placement policy which prioritises in-borough placements for families with children attending Luton schools.",
             "Executive 14/04/2025", "Accepted", "Service Director, Housing",
             d(2025, 9, 30), d(2026, 1, 31),
             "Draft policy consulted on in September 2025; report to Executive following consultation with the Luton Landlords' Forum.",
             "A"),
            ("TA/02",
             "That the council reports quarterly to the Board on the number of households in bed and breakfast accommodation for more than six weeks.",
             "Executive 14/04/2025", "Accepted", "Head of Housing Solutions",
             "Quarterly", None,
             "Quarterly figures now included in the corporate performance report from Q1 2025/26.",
             "G"),
            ("TA/03",
             "That a named officer is identified as the single point of contact for schools supporting children living in temporary accommodation.",
             "Executive 14/04/2025", "Partially accepted",
             "Head of Housing Solutions / Head of Inclusion and Access",
             d(2025, 7, 31), None,
             "A fixed-term Education Liaison Officer post was agreed; recruitment closed in October 2025 without an appointment and the post will be re-advertised.",
             "R"),
        ]),
        ("Review Group: Cost of Living", [
            ("CL/01",
             "That the Executive continues the Household Support Fund small grants scheme for voluntary and community organisations in 2025/26, subject to government funding.",
             "Executive 16/09/2024", "Accepted", "Strategic Lead, Anti-Poverty",
             d(2025, 4, 30), None,
             "Scheme relaunched 1 April 2025 with 43 organisations funded.",
             "G"),
            ("CL/02",
             "That a single 'cost of living' page is maintained on the council website, listing support available from the council and partners, and that it is reviewed monthly.",
             "Executive 16/09/2024", "Accepted", "Head of Communications and Marketing",
             "Ongoing", None,
             "Page launched; monthly review not consistently evidenced between June and September 2025.",
             "A"),
            ("CL/03",
             "That the council explores with Luton Rising and major employers the introduction of a Luton Living Wage accreditation scheme.",
             "Executive 16/09/2024", "Accepted",
             "Service Director, Inclusive Economy & Head of Social Value (Luton Rising)",
             d(2026, 3, 31), None,
             "Scoping meeting scheduled for December 2025.",
             None),
        ]),
        ("Review Group: Home to School Transport", [
            ("HST/01",
             "That the Home to School Transport Policy is revised so that the eligibility criteria and appeals process are set out in plain English, and co-produced with the Parent Carer Forum.",
             "Executive 10/03/2025", "Accepted", "Head of SEND and Inclusion",
             d(2025, 6, 30), d(2025, 11, 30),
             "Revised policy co-produced with Luton Parent Carer Forum; for Executive decision on 24 November 2025.",
             "A"),
            ("HST/02",
             "That independent travel training is offered to all eligible young people in Year 9 and above with an EHCP.",
             "Executive 10/03/2025", "Accepted", "Passenger Transport Manager",
             "September 2025", None,
             "Travel training offer in place from September 2025; 38 young people enrolled.",
             "G"),
            ("HST/03",
             "That the Board receives a report on the outcome of the transport procurement framework, including value for money and journey times.",
             "Executive 10/03/2025", "Accepted",
             "Head of Procurement; Passenger Transport Manager",
             d(2026, 2, 28), None,
             "Framework evaluation under way; report scheduled for the February 2026 OSB.",
             "A"),
        ]),
    ]
    status_fill = {"G": GREEN, "A": AMBER, "R": RED}
    r = hr + 1
    for heading, rows in groups:
        ws.cell(r, 1, heading).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(LIGHT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            st = row[8]
            if st:
                ws.cell(r, 9).fill = fill(status_fill[st])
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: recommendations rated G at two consecutive meetings are removed from the tracker and recorded in the annual scrutiny report.")
    ws.cell(r + 1, 1, "Source: Democratic Services (Scrutiny), Luton Council")
    widths = [9, 55, 18, 16, 30, 13, 13, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A9"
    wb.save(out("zou-luton-council-overview-scrutiny-board-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cornwall Council - fostering service development plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_cornwall():
    lines = [
        "Cornwall Council – Fostering Service Development Plan 2025-26",
        "Appendix B to the Fostering Service Annual Report 2024-25 (Regulation 35, Fostering Services (England) Regulations 2011)",
        "Presented to Corporate Parenting Panel, 15 July 2025. Progress updated 30 September 2025 (Q2).",
        "",
        "\t".join(["Ref", "Action", "Lead", "By when", "Q2 update", "RAG"]),
    ]

    def prio(t):
        lines.append(t + "\t" * 5)

    def act(*cells):
        assert len(cells) == 6
        lines.append("\t".join(cells))

    prio("Priority 1 – Sufficiency: recruit and approve more Cornwall foster carers")
    act("1.1",
        "Refresh the recruitment marketing campaign with the South West regional fostering recruitment hub, targeting West Cornwall and the Lizard where local placements are fewest.",
        "Fostering Recruitment Team Manager", "Sept 2025",
        "Campaign launched 1 September 2025; 112 enquiries in September compared with 61 in September 2024.",
        "Complete")
    act("1.2",
        "Reduce the average time from initial enquiry to fostering panel to under six months by introducing a dedicated assessment pod.",
        "Service Manager – Fostering", "Mar-26",
        "Assessment pod of three social workers in place from August; average currently 7.1 months.",
        "Green")
    act("1.3",
        "Approve 24 new mainstream fostering households in 2025-26 (net gain of 10).",
        "Fostering Recruitment Team Manager", "Q4 2025/26",
        "9 households approved by 30 September; 4 deregistrations.",
        "Amber")
    prio("Priority 2 – Retention and support of foster carers")
    act("2.1",
        "Launch a second Mockingbird constellation in mid Cornwall.",
        "Service Manager – Fostering / Mockingbird Liaison Worker", "January 2026",
        "Hub home carer identified and approved at panel in September.",
        "Green")
    act("2.2",
        "Review the foster carer fees and allowances scheme and the skills-based payment levels, benchmarking against the other peninsula authorities.",
        "Head of Service, Children in Care", "Sept 2025 – March 2026",
        "Benchmarking with Devon, Plymouth and Torbay complete; options paper in preparation.",
        "Green")
    act("2.3",
        "Agree a Fostering Friendly Employer policy for Cornwall Council staff.",
        "HR Business Partner (Children's Services)", "31/10/2025",
        "Policy drafted; awaiting Staff Consultative Committee.",
        "Amber")
    act("2.4",
        "Hold quarterly foster carer forums co-chaired with the Cornwall Foster Carers' Association.",
        "Supervising Social Work Team Managers", "Quarterly",
        "Forums held in June and September 2025.",
        "Green")
    prio("Priority 3 – Connected (kinship) carers and permanence")
    act("3.1",
        "Complete all connected person viability assessments within 16 weeks of a child being placed (Regulation 24).",
        "Kinship Team Manager", "Ongoing",
        "Q2: 78% completed within 16 weeks (target 90%).",
        "Red")
    act("3.2",
        "Deliver the kinship carer training programme, including trauma-informed parenting, with Kinship (the national charity).",
        "Kinship Team Manager & Learning and Development Lead", "Dec 2025",
        "Two of four cohorts delivered; 31 carers attended.",
        "Green")
    prio("Priority 4 – Quality of practice")
    act("4.1",
        "Audit 20 foster carer annual reviews against NMS 13 and report the findings to the Fostering Panel.",
        "Independent Reviewing Officer (Fostering)", "Nov-25",
        "Audit under way; 12 of 20 completed.",
        "Green")
    lines += [
        "",
        "RAG: Green – on track; Amber – some risk to delivery; Red – off track; Complete – action delivered.",
        "Plan owner: Head of Service, Children in Care",
    ]
    with open(out("zou-cornwall-council-fostering-service-development-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


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


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


# ---------------------------------------------------------------------------
# 3. Gwent Safeguarding Board - Monmouthshire JICPA improvement plan (docx)
# ---------------------------------------------------------------------------
def make_gwent():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Gwent Safeguarding Board: Monmouthshire JICPA Multi-Agency Improvement Plan",
                      style="Title")
    doc.add_paragraph(
        "Joint inspection of child protection arrangements (JICPA) in Monmouthshire carried out by "
        "Care Inspectorate Wales, Healthcare Inspectorate Wales, His Majesty's Inspectorate of "
        "Constabulary and Fire & Rescue Services and Estyn, 7–11 October 2024. Report published "
        "16 January 2025.")
    doc.add_paragraph(
        "Partners: Monmouthshire County Council (MCC), Aneurin Bevan University Health Board (ABUHB), "
        "Gwent Police, Gwent Safeguarding Board (GSB).")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "14/02/2025", "GSB Business Manager", "Draft for Children's Group"),
                ("1.2", "25/02/2025", "GSB Business Manager", "Partner comments incorporated"),
                ("1.3", "04/03/2025", "GSB Business Manager", "Approved by Gwent Safeguarding Board"),
                ("1.4", "30/06/2025", "GSB Business Manager", "Progress update – June 2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(BLUE, "Action complete"), (GREEN, "On track to meet timescale"),
                     (AMBER, "Some slippage – remedial action agreed"),
                     (RED, "Off track – escalated to the Board"),
                     (None, "No shading – not yet started")]:
        cells = k.add_row().cells
        if col:
            shade(cells[0], col)
        set_cell(cells[1], txt)

    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}
    themes = [
        ("Theme 1: Recognition and referral", [
            ("Area for improvement 1: Referrers, including schools and GPs, are not consistently told the outcome of their referral or the reasons for the decision.", [
                ("1.1",
                 "Introduce a standard feedback e-mail from the Monmouthshire Integrated Front Door to all professional referrers within 3 working days, confirming the decision and the reason for it.",
                 "Service Manager, Front Door (MCC)", "April 2025",
                 "Template agreed with schools and GP cluster leads; in use since 1 April 2025.", "B"),
                ("1.2",
                 "Audit a sample of 30 referrals each quarter to check that feedback has been given, and report compliance to the Children's Group.",
                 "GSB Quality Assurance Group", "Quarterly",
                 "Q1 audit: feedback evidenced in 26 of 30 referrals.", "G"),
            ]),
            ("Area for improvement 2: Professionals' understanding of thresholds, and of when to make a report under the Wales Safeguarding Procedures, is variable, particularly in relation to neglect.", [
                ("2.1",
                 "Deliver multi-agency neglect and threshold training, using the Gwent neglect toolkit, to designated safeguarding persons in all Monmouthshire schools and to GP practice safeguarding leads.",
                 "GSB Training Sub-Group; MCC Safeguarding in Education Lead", "Summer term 2025",
                 "Five sessions delivered; 41 of 44 schools represented.", "G"),
                ("2.2",
                 "Refresh the Monmouthshire threshold guidance (Continuum of Need) and publish it on the Gwent Safeguarding website.",
                 "Head of Children's Services, MCC", "30/06/2025",
                 "Draft circulated to partners; comments being incorporated.", "A"),
            ]),
        ]),
        ("Theme 2: Strategy discussions and child protection enquiries", [
            ("Area for improvement 3: Health and education are not routinely involved in strategy discussions, and the rationale for decisions is not always recorded.", [
                ("3.1",
                 "Agree a regional protocol setting out the expectation that health and education are invited to all strategy discussions, including those held out of hours.",
                 "Gwent Police – Detective Chief Inspector, Public Protection & ABUHB Head of Safeguarding",
                 "Q2 2025/26",
                 "Draft protocol agreed at the Gwent strategy discussion task group on 12 June 2025.", "G"),
                ("3.2",
                 "Use the Microsoft Teams strategy discussion template so that the rationale for decisions and the views of each agency are recorded on the child's file.",
                 "Team Manager, Front Door (MCC)", "May 2025",
                 "Template in use for all strategy discussions from 6 May 2025.", "B"),
                ("3.3",
                 "Dip-sample strategy discussion records as part of the quarterly multi-agency audit and feed back learning through the practitioner forum.",
                 "GSB Quality Assurance Group", "Ongoing",
                 "First dip-sample completed in June; learning brief issued.", "G"),
            ]),
        ]),
        ("Theme 3: Elective home education", [
            ("Area for improvement 4: Safeguarding oversight of the growing number of electively home educated children is underdeveloped.", [
                ("4.1",
                 "Establish an elective home education (EHE) multi-agency panel to review children known to children's services who are, or become, electively home educated.",
                 "MCC Chief Officer for Children and Young People", "Jan – Sept 2025",
                 "Terms of reference agreed; first panel delayed by availability of health representation.", "A"),
                ("4.2",
                 "Ensure all EHE children are offered an annual visit and that health visiting and school nursing records are checked when a child is withdrawn from school.",
                 "MCC EHE Officer / ABUHB School Nursing Lead", "Autumn term 2025",
                 "Records check added to the EHE notification process in May 2025.", "G"),
            ]),
        ]),
        ("Theme 4: Leadership, governance and quality assurance", [
            ("Area for improvement 5: The partnership does not yet have a shared multi-agency dataset to understand the effectiveness of child protection arrangements in Monmouthshire.", [
                ("5.1",
                 "Develop a shared Monmouthshire child protection dataset, drawing on police, health, education and social care data, for quarterly reporting to the Gwent Safeguarding Board.",
                 "GSB Business Manager", "31 March 2026",
                 "Not yet started – dependent on the regional information sharing protocol.", None),
            ]),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress (June 2025)", "RAG"]
    for theme, afis in themes:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for afi, acts in afis:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, afi, bold=True)
            shade(m, LIGHT)
            for ref, action, lead, when, prog, r in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells[:5], [ref, action, lead, when, prog]):
                    set_cell(c, v)
                if rag[r]:
                    shade(cells[5], rag[r])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Chair, Gwent Safeguarding Board", "[signed]", "04/03/2025"),
                ("Director of Social Services, MCC", "[signed]", "04/03/2025")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("zou-gwent-safeguarding-board-monmouthshire-jicpa-multi-agency-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Swansea PSB - well-being plan delivery tracker (xlsx, several sheets)
# ---------------------------------------------------------------------------
def make_swansea():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Swansea Public Services Board – Local Well-being Plan Delivery Tracker 2025-26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Bwrdd Gwasanaethau Cyhoeddus Abertawe"
    cv["A2"].font = Font(italic=True)
    cv["A3"] = "Local Well-being Plan 2023-2028 – quarterly monitoring of the PSB action plan"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Comment"], 1):
        cv.cell(6, c, h).font = Font(bold=True)
        cv.cell(6, c).fill = fill(GREY)
    for i, row in enumerate([("0.1", d(2025, 7, 4), "PSB Support Officer", "Q1 position"),
                             ("0.2", d(2025, 10, 10), "PSB Support Officer",
                              "Q2 position – for PSB meeting 6 November 2025")]):
        for c, v in enumerate(row, 1):
            cell = cv.cell(7 + i, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cv["A10"] = "Approved by: Swansea PSB Programme Board"
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["C"].width = 22
    cv.column_dimensions["D"].width = 48

    data = [
        ("1. Early Years", "Transforming early years services across Swansea", [
            ("EY1", "Map all early years services funded by PSB partners in Swansea and publish a single directory for families and practitioners.",
             "Swansea Bay UHB", d(2025, 9, 30), "Green", "Complete",
             "Directory published on the Family Information Service website in September 2025."),
            ("EY2", "Pilot a joint health visiting and Flying Start 'first 1,000 days' pathway in two areas (Penderry and Townhill).",
             "Swansea Bay UHB / Swansea Council", "March 2026", "Green", "Amber",
             "Townhill pilot live; Penderry start delayed by health visitor vacancies."),
            ("EY3", "Agree a shared set of early years outcome measures for PSB reporting.",
             "PSB Performance Sub-group", d(2025, 12, 31), "Amber", "Amber",
             "Draft measures discussed in September; data availability for two measures still being confirmed."),
        ]),
        ("2. Live Well, Age Well", "Building on Swansea as a Human Rights City", [
            ("LW1", "Deliver human rights awareness training to frontline staff across PSB partner organisations.",
             "Swansea Council", "Q4 2025/26", "Green", "Green",
             "612 staff trained across five partner organisations."),
            ("LW2", "Embed an age-friendly communities approach, seeking WHO Age Friendly Community membership for Swansea.",
             "Swansea Council & Age Cymru West Glamorgan", d(2026, 6, 30), "Red", "Amber",
             "Application drafted; older people's forum consultation arranged for November."),
        ]),
        ("3. Climate Change and Nature Recovery", "Working towards net-zero and nature recovery", [
            ("CN1", "Complete the PSB partners' joint public sector net zero route map and agree shared 2030 targets.",
             "Natural Resources Wales", d(2025, 11, 30), "Amber", "Red",
             "Two partners yet to supply baseline emissions data; route map will not be ready for November."),
            ("CN2", "Extend the Swansea Local Nature Partnership's pollinator and tree planting programme to 20 further public sector sites.",
             "Natural Resources Wales; Swansea Council", "Ongoing", "Green", "Green",
             "11 sites planted or under management to date."),
            ("CN3", "Publish a fleet decarbonisation plan covering the shared use of EV charging infrastructure between partners.",
             "Mid and West Wales Fire and Rescue Service", d(2026, 3, 31), None, "Not started",
             "Scheduled to start in Q3."),
        ]),
        ("4. Strong Communities", "Making Swansea safer, more cohesive and prosperous", [
            ("SC1", "Develop a shared community cohesion and hate crime action plan with partners in the Safer Swansea Community Safety Partnership.",
             "South Wales Police", d(2025, 10, 31), "Green", "Complete",
             "Action plan signed off by Safer Swansea on 2 October 2025."),
            ("SC2", "Deliver a community asset sharing pilot, making partner buildings available to community groups free of charge.",
             "SCVS (Swansea Council for Voluntary Service)", "Sept 2025 – March 2026", "Green", "Green",
             "Six buildings offered; 14 bookings in the first month."),
        ]),
    ]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 RAG status by well-being objective"
    sm["A1"].font = Font(bold=True, size=12)
    cols = ["Well-being objective", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(cols, 1):
        sm.cell(3, c, h).font = Font(bold=True)
        sm.cell(3, c).fill = fill(GREY)
    tot = [0] * 6
    r = 4
    for obj, step, acts in data:
        q2 = [a[5] for a in acts]
        counts = [len(acts), q2.count("Complete"), q2.count("Green"), q2.count("Amber"),
                  q2.count("Red"), q2.count("Not started")]
        sm.cell(r, 1, obj)
        for c, v in enumerate(counts, 2):
            sm.cell(r, c, v)
        tot = [a + b for a, b in zip(tot, counts)]
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        sm.cell(r, c, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 38

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Local Well-being Plan Delivery Tracker 2025-26 – Quarter 2 (July to September 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "RAG: Green – on track; Amber – minor slippage; Red – significant slippage / at risk; Blue (Complete) – action complete"
    ws.merge_cells("A2:I2")
    hdr = ["Well-being objective", "Step", "Ref", "Action", "Lead partner(s)", "Milestone date",
           "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for obj, step, acts in data:
        first = r
        for ref, action, lead, when, q1, q2, com in acts:
            vals = [None, None, ref, action, lead, when, q1, q2, com]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c in range(1, 10):
                ws.cell(r, c).border = BOX
            if q1 in ragfill:
                ws.cell(r, 7).fill = fill(ragfill[q1])
            if q2 in ragfill:
                ws.cell(r, 8).fill = fill(ragfill[q2])
            r += 1
        ws.cell(first, 1, obj).font = Font(bold=True)
        ws.cell(first, 1).alignment = WRAP
        ws.cell(first, 2, step).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [20, 26, 6, 52, 26, 14, 10, 11, 48]):
        ws.column_dimensions[col].width = w
    wb.save(out("zou-swansea-psb-well-being-plan-delivery-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 5. North Yorkshire Council - council plan delivery tracker (csv export)
# ---------------------------------------------------------------------------
def make_north_yorkshire():
    rows = [
        ["North Yorkshire Council – Council Plan 2025-2029: Priority Actions Progress Report"],
        ["Reporting period: Quarter 2 2025/26 (1 July – 30 September 2025)"],
        ["Report generated: 20/10/2025 08:41"],
        [],
        ["Ambition", "Action Code", "Action", "Responsible Officer", "Due Date", "Status",
         "Latest Note", "Note Date"],
        ["Thriving places and empowered communities", "CP25-01",
         "Roll out the community anchor organisation model to a further six market towns.",
         "Whitfield, Neil", "31/03/2026", "Green",
         "Four of six anchor organisations agreed; the remaining two, in Selby and Richmondshire, are in negotiation.",
         "30/09/2025"],
        ["Thriving places and empowered communities", "CP25-02",
         "Complete the review of the double devolution pilots with town and parish councils and agree next steps with the Executive.",
         "Harland, Sophie", "31/12/2025", "Amber",
         "Evaluation complete; the Executive report has been rescheduled, which leaves little contingency.",
         "29/09/2025"],
        ["Sustainable and connected places", "CP25-03",
         "Adopt the Local Transport Plan implementation plan, including the bus service improvement programme.",
         "Maddox, Andrew; Cole, Bethany", "30/11/2025", "Green",
         "Draft implementation plan considered by Transport, Economy, Environment and Enterprise Overview and Scrutiny Committee in September.",
         "26/09/2025"],
        ["Sustainable and connected places", "CP25-04",
         "Submit the North Yorkshire Local Plan for examination, in line with the agreed Local Development Scheme.",
         "Rycroft, Tom", "30/06/2027", "Green",
         "Regulation 18 consultation on preferred options closed on 8 September 2025; 2,140 responses received.",
         "25/09/2025"],
        ["Safe, healthy and living well", "CP25-05",
         "Implement the new adult social care prevention offer, including the expansion of the \"Living Well\" service to all localities.",
         "Okafor, Grace", "31/03/2026", "Red",
         "Recruitment to Living Well coordinator posts in Craven and Hambleton unsuccessful; a revised delivery model goes to Health and Adult Services DMT in November.",
         "30/09/2025"],
        ["Safe, healthy and living well", "CP25-06",
         "Open the Better Care Fund discharge to assess beds in Scarborough.",
         "Okafor, Grace", "30/09/2025", "Completed",
         "Twelve beds opened on 1 September 2025; average length of stay 19 days.",
         "30/09/2025"],
        ["Maximise the potential of people and communities", "CP25-07",
         "Open the two new special school satellite provisions in Harrogate and Northallerton for September 2025.",
         "Liddell, Karen", "01/09/2025", "Completed",
         "Both satellites opened on 3 September 2025 with 24 pupils.",
         "05/09/2025"],
        ["One Council with strong, local and customer-led services", "CP25-08",
         "Replace the legacy district customer relationship management systems with a single CRM platform.",
         "Haigh, Peter", "31/03/2027", "Not Started",
         "Procurement to begin in Q3 following approval of the full business case.",
         "30/09/2025"],
        [],
        ["Status key: Green = on track; Amber = at risk; Red = off track; Completed = delivered; Not Started = not yet due to start"],
    ]
    with open(out("zou-north-yorkshire-council-council-plan-delivery-tracker-2025-26.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 6. Newcastle City Council - scrutiny task and finish action plan (docx)
# ---------------------------------------------------------------------------
def make_newcastle():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Youth Provision Task and Finish Group – Cabinet Response and Action Plan",
                      style="Title")
    p = doc.add_paragraph("Newcastle City Council | Overview and Scrutiny Committee")
    p.runs[0].italic = True
    doc.add_paragraph(
        "The Youth Provision Task and Finish Group reported to Cabinet on 15 September 2025. Cabinet "
        "accepted five of the six recommendations in full or in part; recommendation 6 was noted. "
        "This appendix sets out the agreed actions and progress at January 2026.")
    doc.add_paragraph(
        "Status: Complete = action delivered; On track = progressing as planned; "
        "At risk = may miss the target date; Off track = will miss the target date.")

    recs = [
        ("That the Council produces a single, published map of youth provision across the city, including council-funded, voluntary sector and uniformed groups, and keeps it up to date.",
         "Accepted", [
             ("1a", "Commission the Youth Work Alliance to collate and maintain a directory of youth provision, published on the Newcastle youth offer webpages.",
              "Head of Early Help and Youth Services", "31 December 2025",
              "Directory published on 12 December 2025 with 146 activities listed.", "Complete"),
             ("1b", "Add the youth provision map to the Family Hub app and promote it through schools.",
              "Family Hubs Programme Manager / Communications Lead", "April 2026",
              "App update specified; schools bulletin article planned for March.", "On track"),
         ]),
        ("That every ward has access to at least two open-access youth sessions each week, prioritising the wards with the highest levels of child poverty.",
         "Accepted in part – subject to the 2026-27 budget", [
             ("2a", "Review the youth grants programme so that 2026-27 funding is weighted towards the ten wards with the highest child poverty rates.",
              "Head of Early Help and Youth Services", "February 2026",
              "Weighting model agreed with the Youth Work Alliance; grant round opens in February.", "On track"),
             ("2b", "Pilot two additional open-access sessions a week in Byker and Elswick, delivered from community buildings.",
              "Youth Services Manager", "Autumn term 2025",
              "Elswick session running since October; Byker venue not yet confirmed.", "At risk"),
         ]),
        ("That the Council works with Northumbria Police and the Violence Reduction Unit to fund detached youth work in the city centre on Friday and Saturday evenings.",
         "Accepted", [
             ("3a", "Agree a joint funding proposal for weekend detached youth work in the city centre with Northumbria Police and the Northumbria Violence Reduction Unit.",
              "Director of Children's Social Care; Neighbourhood Inspector (City Centre), Northumbria Police",
              "30 November 2025",
              "The VRU funding round closed before the proposal was agreed; it will be resubmitted for 2026-27.", "Off track"),
         ]),
        ("That young people are involved in commissioning youth services, including sitting on evaluation panels.",
         "Accepted", [
             ("4a", "Recruit and train a panel of ten young commissioners aged 14–19.",
              "Participation and Engagement Officer", "Ongoing",
              "Seven young commissioners recruited; training delivered in November.", "On track"),
             ("4b", "Include young commissioners on the evaluation panel for the 2026 youth services tender.",
              "Commissioning Manager, Children's Services", "June 2026",
              "Tender timetable not yet published.", "Not started"),
         ]),
        ("That the Committee receives an annual report on youth provision, including attendance and outcomes data.",
         "Accepted", [
             ("5a", "Add an annual youth provision report to the Overview and Scrutiny Committee work programme, with the first report in March 2026.",
              "Scrutiny and Policy Officer", "March 2026",
              "Added to the 2025-26 work programme.", "On track"),
         ]),
        ("That the Council lobbies government for a statutory youth services duty with ring-fenced funding.",
         "Noted – the Council will respond to the national youth strategy consultation. No local action plan required.", []),
    ]
    hdr = ["No.", "Action", "Lead officer", "Target date", "Progress – January 2026", "Status"]
    for i, (text, resp, acts) in enumerate(recs, 1):
        doc.add_heading(f"Recommendation {i}", level=2)
        doc.add_paragraph(text)
        rp = doc.add_paragraph()
        rp.add_run("Cabinet response: ").bold = True
        rp.add_run(resp)
        if not acts:
            continue
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "C6E0B4")
        for a in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Scrutiny and Policy Officer, Democratic Services.")
    doc.save(out("zou-newcastle-city-council-youth-provision-scrutiny-task-and-finish-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Lancashire YJS - youth justice plan delivery plan, mistyped month (xlsx)
# ---------------------------------------------------------------------------
def make_lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = "Lancashire Youth Justice Service – Youth Justice Plan 2025-26: Priorities Delivery Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Monitored by the Lancashire Youth Justice Partnership Board – update for the Board meeting on 9 December 2025"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead", "Key partners", "Start", "End", "Progress update (Nov 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    plan = [
        ("Priority 1: Prevention and diversion – reduce first time entrants", [
            ("1.1", "Extend the Turnaround early intervention programme to all three Lancashire localities (North, Central and East).",
             "YJS Prevention Team Manager", "Early Help; Lancashire Constabulary", "Apr 2025", "Sept 2025",
             "Programme live in all three localities from September 2025.", "Blue"),
            ("1.2", "Review the out of court disposal panel decision-making guidance with the police so that it reflects Child First principles.",
             "YJS Service Manager (Out of Court)", "Lancashire Constabulary", "Jun 2025", "Mar 2026",
             "Joint audit of 40 disposals completed; guidance redraft under way.", "Green"),
        ]),
        ("Priority 2: Education, training and employment", [
            ("2.1", "Agree an information sharing protocol with schools so that YJS case managers are told of suspensions and exclusions within five days.",
             "YJS Education Lead", "Lancashire County Council Inclusion Service", "May 2025", "Jan 2026",
             "Protocol drafted; consultation with secondary heads in November.", "Green"),
            ("2.2", "Ensure every child aged 16-17 open to the YJS has a post-16 education, training or employment plan agreed with the careers adviser.",
             "YJS Education Lead & Careers Adviser (Inspira)", "Inspira; Lancashire Adult Learning", "Sept 2025", "Febuary 2026",
             "58% of eligible children have an agreed plan (target 90%).", "Amber"),
        ]),
        ("Priority 3: Serious youth violence and exploitation", [
            ("3.1", "Implement the serious violence duty action plan actions that sit with the YJS, including weapons awareness interventions.",
             "YJS Head of Service", "Lancashire Violence Reduction Network", "Apr 2025", "Dec 2025",
             "Weapons awareness intervention delivered to 46 children.", "Green"),
            ("3.2", "Attend and contribute to the multi-agency child exploitation (MACE) meetings in each locality.",
             "YJS Team Managers", "Children's Social Care; Lancashire Constabulary", "Apr 2025", "Ongoing",
             "Attendance at 100% of MACE meetings in Q2.", "Green"),
        ]),
        ("Priority 4: Over-representation", [
            ("4.1", "Analyse the over-representation of Black, mixed heritage and children in care in the YJS cohort and agree actions with the Partnership Board.",
             "YJS Performance and Information Officer", "Partnership Board members", "Jul 2025", "Jun 2026",
             "Data analysis complete; findings to the December Board.", "Green"),
        ]),
        ("Priority 5: Resettlement and transitions", [
            ("5.1", "Introduce a constructive resettlement checklist for all children leaving custody, starting planning at the point of sentence.",
             "YJS Service Manager (Court and Custody)", "Secure estate; Children's Social Care; Housing", "Apr 2025", "Mar 2026",
             "Checklist in use; two children released in Q2 had plans in place ten days before release.", "Red"),
        ]),
    ]
    rag = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    for prio, acts in plan:
        ws.cell(r, 1, prio).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 8).fill = fill(rag[a[7]])
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: Blue – complete; Green – on track; Amber – some delay; Red – significant concern")
    for col, w in zip("ABCDEFGH", [7, 55, 28, 30, 10, 13, 50, 8]):
        ws.column_dimensions[col].width = w

    kp = wb.create_sheet("KPI summary")
    kp["A1"] = "Key performance indicators – Q2 2025/26"
    kp["A1"].font = Font(bold=True)
    for c, h in enumerate(["Measure", "Q1 2025/26", "Q2 2025/26", "Direction"], 1):
        kp.cell(3, c, h).font = Font(bold=True)
    for i, row in enumerate([("First time entrants (rate per 100,000 10-17)", 121, 114, "Improving"),
                             ("Binary reoffending rate (%)", 31.2, 30.4, "Improving"),
                             ("Use of custody (number of children)", 4, 6, "Worsening"),
                             ("Children in suitable ETE at end of order (%)", 64, 61, "Worsening")]):
        for c, v in enumerate(row, 1):
            kp.cell(4 + i, c, v)
    kp.column_dimensions["A"].width = 46
    wb.save(out("zou-lancashire-youth-justice-service-youth-justice-plan-2025-26-delivery-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_luton()
    make_cornwall()
    make_gwent()
    make_swansea()
    make_north_yorkshire()
    make_newcastle()
    make_lancashire()
    print("built 7 zou- files in", HERE)
