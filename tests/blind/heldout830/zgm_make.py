"""Build the seven zgm- blind test files (set heldout830).

Run with: /work/main/.venv/bin/python zgm_make.py
Writes into the folder this script sits in. Only files named zgm-* are written.

Each plan's content is held in the data structures below; the expected readings
(zgm-*.expected.yaml) are written separately by hand from the built files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zgm-")
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- colours
BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def xl_box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP


# =====================================================================
# 1. HMP Kirklevington Grange - HMIP inspection action plan (xlsx)
# =====================================================================
KG_NAME = "zgm-hmp-kirklevington-grange-hmip-inspection-action-plan.xlsx"

KG_CONCERNS = [
    ("Priority concerns", None, None, None),
    ("concern",
     "Staff did not carry out spot checks on prisoners while they were on release on temporary licence (ROTL), and prisoners knew this. Leaders could not be assured that prisoners were complying with their licence conditions.",
     "Agreed",
     [
         ("1.1", "Introduce a programme of unannounced ROTL spot checks at workplaces, approved premises and community venues, with a minimum of 20 checks each month recorded on the ROTL monitoring log.",
          "Head of Offender Management Delivery", D(2025, 3, 31), None,
          "Spot-check programme launched 3 March 2025. 26 checks completed in April and 24 in May.", "Blue"),
         ("1.2", "Review ROTL spot-check outcomes and licence failures at the monthly Security and Safety meeting, and act on any themes identified.",
          "Head of Security", D(2025, 4, 30), None,
          "Standing agenda item since April 2025. First quarterly review of themes due July 2025.", "Green"),
     ]),
    ("concern",
     "Prisoners returning to closed conditions, or who needed to be separated for their own safety, were routinely strip-searched before entering segregation cells without an individual risk assessment.",
     "Agreed",
     [
         ("2.1", "Amend the Local Security Strategy so that strip-searching on placement in a segregation cell only takes place following an individual, intelligence-led risk assessment authorised by the Duty Governor.",
          "Head of Security / Head of Residence", D(2025, 2, 28), None,
          "LSS amended and issued 21 February 2025. Notice to staff published.", "Blue"),
         ("2.2", "Quality assure all strip-search records each month and report the findings to the Segregation Monitoring and Review Group.",
          "Deputy Governor", D(2025, 6, 30), None,
          "Monthly QA in place from March 2025. No searches without authorisation found to date.", "Green"),
     ]),
    ("concern",
     "Too many prisoners arrived at the prison without having completed the offending behaviour programmes set out in their sentence plans, which delayed their progression and release.",
     "Partly Agreed",
     [
         ("3.1", "Work with the Prison Group Director and HMPPS Interventions Services to secure additional places on accredited programmes for men transferring from category C prisons.",
          "Governor", "December 2025", None,
          "Partly agreed: commissioning of programme places is held nationally. Bid submitted for additional Kaizen and Thinking Skills Programme places.", "Amber"),
     ]),
    ("Key concerns", None, None, None),
    ("concern",
     "Leaders did not make enough use of equality data to identify and address potential disproportionate outcomes for prisoners with protected characteristics.",
     "Agreed",
     [
         ("4.1", "Produce a quarterly equality monitoring pack covering ROTL decisions, adjudications, returns to closed conditions and work allocations, and review it at the Diversity and Inclusion Action Team meeting.",
          "Head of Equalities", D(2025, 6, 30), None,
          "First pack presented June 2025. Age disparity in work allocations under review.", "Green"),
     ]),
    ("concern",
     "The range of education and vocational courses at level 2 and above was too narrow to prepare prisoners for the jobs available in the local area.",
     "Agreed",
     [
         ("5.1", "Review the curriculum with the education provider and introduce level 2 qualifications in construction skills and in warehousing and logistics.",
          "Head of Education, Skills and Work", "September 2025", None,
          "Construction level 2 started June 2025. Logistics course awaiting awarding body approval.", "Amber"),
         ("5.2", "Secure at least two further employer partnerships offering paid ROTL work placements.",
          "Employment Hub Manager", D(2025, 10, 31), None,
          "One new partnership signed with a regional haulage firm; a second is in negotiation.", "Green"),
     ]),
    ("concern",
     "Some prisoners approaching release did not have their accommodation needs assessed early enough, and a small number were released without an address.",
     "Agreed",
     [
         ("6.1", "Introduce an accommodation needs screen at 12 weeks before release, with early referrals to the Community Accommodation Service Tier 3 (CAS3) where needed.",
          "Head of Offender Management Delivery & Pre-release Team Manager", D(2025, 5, 31), None,
          "Screen introduced April 2025. No releases without an address since May 2025.", "Blue"),
     ]),
    ("concern",
     "Shower areas on the older residential units were in poor condition, with damp and mould in several cubicles.",
     "Agreed",
     [
         ("7.1", "Complete the refurbishment of shower areas on units 1 and 2 through the facilities management contract.",
          "FM Contract Manager", D(2025, 3, 31), D(2025, 9, 30),
          "Unit 1 complete. Unit 2 delayed by contractor capacity; revised date agreed with the PGD.", "Amber"),
     ]),
]

RAG_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_kirklevington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 60
    ws["A1"] = "Action Plan: HMP Kirklevington Grange"
    ws["A1"].font = Font(bold=True, size=16, color=NAVY)
    ws.merge_cells("A1:C1")
    ws["A2"] = "Action Plan Submitted: 24 February 2025"
    ws["A3"] = "A Response to the HMIP Inspection: 2–12 September 2024"
    ws["A4"] = "Report Published: 14 January 2025"
    for r in (2, 3, 4):
        ws.merge_cells(f"A{r}:C{r}")
        ws[f"A{r}"].font = Font(bold=True)
    ws["A6"] = "INTRODUCTION"
    ws["A6"].font = Font(bold=True)
    ws["A7"] = ("HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the conditions "
                "for, and treatment of, prisoners. In response to the report, HMPPS is required to draft a robust and timely "
                "action plan to address the concerns. The action plan confirms whether concerns are agreed, partly agreed or "
                "not agreed (see categorisations below). Where a concern is agreed or partly agreed, the plan sets out specific "
                "actions, with the owner and timescale of each step clearly identified.")
    ws.merge_cells("A7:C7")
    ws["A7"].alignment = WRAP
    ws.row_dimensions[7].height = 75
    ws["A9"] = "Term"
    ws["B9"] = "Definition"
    ws["C9"] = "Additional comment"
    for c in ("A9", "B9", "C9"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = fill(NAVY)
    rows = [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented.",
         "The response must state clearly which part of the concern will be addressed."),
        ("Not Agreed", "The concern is not agreed and will not be implemented.",
         "The response must clearly state the reasons why the concern is not agreed."),
    ]
    for i, r in enumerate(rows, start=10):
        for j, v in enumerate(r):
            ws.cell(row=i, column=j + 1, value=v)
        ws.row_dimensions[i].height = 32
    xl_box(ws, "A9:C12")

    ws2 = wb.create_sheet("Action Plan")
    widths = [48, 14, 9, 55, 26, 13, 13, 45, 9]
    for i, w in enumerate(widths, start=1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2["A1"] = "HMP Kirklevington Grange – HMIP Action Plan – Progress Tracker"
    ws2["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws2.merge_cells("A1:I1")
    hdr = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action", "Responsible Owner",
           "Target Date", "Revised Target Date", "Progress update (June 2025)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws2.row_dimensions[3].height = 45
    r = 4
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for kind, text, agreed, actions in KG_CONCERNS:
        if kind != "concern":
            ws2.cell(row=r, column=1, value=kind).font = Font(bold=True, size=12)
            for j in range(1, 10):
                ws2.cell(row=r, column=j).fill = fill(PALE)
                ws2.cell(row=r, column=j).border = BOX
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        first = r
        ws2.cell(row=r, column=1, value=text)
        ws2.cell(row=r, column=2, value=agreed)
        for (no, act, owner, target, revised, prog, rag) in actions:
            ws2.cell(row=r, column=3, value=no)
            ws2.cell(row=r, column=4, value=act)
            ws2.cell(row=r, column=5, value=owner)
            c = ws2.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws2.cell(row=r, column=7, value=revised)
            if isinstance(revised, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=8, value=prog)
            c = ws2.cell(row=r, column=9, value=rag)
            c.fill = fill(RAG_FILL[rag])
            c.font = Font(bold=True, color="FFFFFF" if rag in ("Blue", "Red") else "000000")
            counts[rag] += 1
            for j in range(1, 10):
                ws2.cell(row=r, column=j).border = BOX
                if j != 9:
                    ws2.cell(row=r, column=j).alignment = WRAP
            ws2.row_dimensions[r].height = 62
            r += 1
        if r - first > 1:
            ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws2.cell(row=r, column=1, value="RAG key: Blue = complete and evidenced; Green = on track; "
                                     "Amber = some slippage, recoverable; Red = off track, escalated to the Prison Group Director.")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws2.cell(row=r, column=1).font = Font(italic=True)
    r += 2
    ws2.cell(row=r, column=1, value="Summary of RAG status").font = Font(bold=True)
    r += 1
    total = 0
    for k in ("Blue", "Green", "Amber", "Red"):
        ws2.cell(row=r, column=1, value=k).fill = fill(RAG_FILL[k])
        ws2.cell(row=r, column=2, value=counts[k])
        total += counts[k]
        r += 1
    ws2.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws2.cell(row=r, column=2, value=total).font = Font(bold=True)
    ws2.freeze_panes = "A4"
    wb.save(out(KG_NAME))


# =====================================================================
# 2. Probation Service Yorkshire and the Humber region (txt, tab-separated)
# =====================================================================
YH_NAME = "zgm-probation-service-yorkshire-and-the-humber-region-hmi-probation-inspection-action-plan.txt"

YH_ROWS = [
    ("head", "The Yorkshire and the Humber region should:"),
    ("rec", "1", "improve the quality of assessment, planning and management of risk of harm, making sure that practitioners make full use of domestic abuse and child safeguarding information",
     [
         ("1.1", "Deliver the regional Risk of Serious Harm (RoSH) practice workshops to all probation practitioners and PQiPs",
          "Regional Head of Quality and Effective Practice", "Jun-25", "B", "Complete – 11 PDUs trained (604 staff). Attendance evidenced on the L&D tracker."),
         ("1.2", "Introduce a monthly audit of 10 RoSH assessments per PDU using the regional quality assurance tool, with findings reported to the Regional Quality Board",
          "Heads of PDU", "Sep-25", "G", "Audits running in all PDUs since July. Sufficiency rate 52% in August (baseline 38%)."),
         ("1.3", "Embed the domestic abuse and safeguarding practice guide in the induction programme for all new PQiPs",
          "Regional Learning and Development Manager", "Jan-26", "G", "Guide drafted; to be used with the January 2026 PQiP cohort."),
     ]),
    ("rec", "2", "make sure that domestic abuse and child safeguarding information is requested, received and recorded at the start of every order and licence",
     [
         ("2.1", "Agree information-sharing protocols with West Yorkshire, South Yorkshire, Humberside and North Yorkshire police covering domestic abuse call-out information",
          "Regional Head of Partnerships", "Dec-25", "A", "Protocols signed with two forces. Humberside and North Yorkshire drafts with force legal teams."),
         ("2.2", "Add a safeguarding checks field to the allocation checklist and monitor completion through the PDU performance dashboard",
          "Regional Performance Lead", "Mar-25", "B", "Field live from March 2025; dashboard shows 87% completion in September."),
     ]),
    ("rec", "3", "strengthen the management oversight provided by senior probation officers so that it identifies and addresses deficits in practice",
     [
         ("3.1", "Review SPO workloads using the national SPO workload tool and remove non-essential administrative tasks",
          "Regional Head of Operations; Heads of PDU", "Q3 2025/26", "G", "Workload review complete in 8 of 11 PDUs. Admin tasks moved to case administrators."),
         ("3.2", "Deliver management oversight training to all SPOs, covering countersigning and recording of case discussions",
          "Regional Learning and Development Manager", "Nov-25", "A", "Two of four cohorts delivered; sessions in October postponed due to the national recruitment campaign."),
     ]),
    ("head", "HMPPS should:"),
    ("rec", "4", "make sure that the region has enough probation officers and administrative staff to meet workload demand",
     [
         ("4.1", "Deliver the regional workforce plan, prioritising the PDUs with the highest vacancy rates (Bradford and Calderdale; Hull and East Riding)",
          "Regional Probation Director", "Ongoing", "G", "Vacancy rate for probation officers down from 19% to 12%."),
     ]),
    ("rec", "5", "provide practitioners with reliable access to police domestic abuse intelligence through national systems",
     [
         ("5.1", "Escalate the request for practitioner access to the Police National Database (PND) through the Probation Operational Board",
          "RPD", "Jun-25", "R", "Escalated May 2025. National decision awaited; no date given. Raised again at September RLT."),
     ]),
]


def build_yorkshire():
    lines = []
    lines.append("Yorkshire and the Humber Probation Region – HMI Probation Inspection Action Plan")
    lines.append("Response to: An inspection of probation services – Yorkshire and the Humber region (fieldwork July–October 2024)")
    lines.append("Plan owner: Regional Probation Director\tVersion: 4.0\tPosition at: 30 September 2025")
    lines.append("")
    lines.append("\t".join(["Rec", "Recommendation", "Ref", "Action", "Owner", "Due", "RAG", "Update"]))
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    n = 0
    for row in YH_ROWS:
        if row[0] == "head":
            lines.append("\t".join([row[1]] + [""] * 7))
            continue
        _, no, rec, acts = row
        for i, (ref, act, owner, due, rag, upd) in enumerate(acts):
            first = [no, rec] if i == 0 else ["", ""]
            lines.append("\t".join(first + [ref, act, owner, due, rag, upd]))
            counts[rag] += 1
            n += 1
    lines.append("")
    lines.append("RAG key: B = complete; G = on track; A = at risk; R = off track / escalated")
    lines.append(f"Totals: {n} actions – B {counts['B']}, G {counts['G']}, A {counts['A']}, R {counts['R']}")
    with open(out(YH_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# docx helpers
# =====================================================================
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


# =====================================================================
# 3. Cranleigh School - ISI inspection action plan (docx)
# =====================================================================
CR_NAME = "zgm-cranleigh-school-isi-inspection-action-plan.docx"

CR_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER, "Significant concern": RED,
                  "Not yet started": None}

CR_SECTIONS = [
    ("Section 1: Leadership and management, and governance",
     "Leaders should ensure that the monitoring of teaching across departments is consistently rigorous, so that the strengths seen in the most effective lessons are shared more widely.",
     [
         ("1.1", "Introduce a common framework for departmental lesson visits, with moderation of judgements by the Academic Leadership Team each term.",
          "Deputy Head (Academic)", "Michaelmas term 2025",
          "All departments using the framework; moderation records show consistent judgements.", "Complete", True),
         ("1.2", "Set up a Teaching and Learning Forum, led by the Director of Teaching and Learning, to share effective practice across departments.",
          "Director of Teaching and Learning", "Termly",
          "Forum meets twice each half term; at least 60% of teaching staff attend one session a term.", "On track", True),
     ]),
    ("Section 2: Quality of education, training and recreation",
     "Leaders should ensure that pupils who have special educational needs and/or disabilities (SEND) receive consistently well-matched support in lessons, by making sure that teachers make effective use of the information in pupils’ learning profiles.",
     [
         ("2.1", "Revise pupil learning profiles into a one-page format with three practical classroom strategies for each pupil, shared with all teachers through iSAMS.",
          "Head of Learning Support", "September 2025",
          "All profiles updated and shared before the start of term.", "Complete", True),
         ("2.2", "Deliver INSET on adaptive teaching for pupils with SEND, followed by learning walks focused on the use of learning profiles.",
          "Head of Learning Support / Director of Staff Development", "Summer term 2026",
          "Learning walks show profile strategies in use in at least 80% of lessons seen.", "Some delay", True),
     ]),
    ("Section 3: Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should strengthen the analysis of pastoral records in boarding houses, so that patterns of concern are identified and acted on more quickly.",
     [
         ("3.1", "Move all boarding house pastoral records onto CPOMS and set up fortnightly house-level reports for Housemasters and Housemistresses.",
          "Deputy Head (Pastoral)", "31/10/2025",
          "All houses recording on CPOMS; fortnightly reports reviewed at house meetings.", "On track", False),
         ("3.2", "Present a termly wellbeing trends report, drawn from CPOMS and the pupil wellbeing survey, to the Education and Pastoral Committee.",
          "Head of Wellbeing", "December 2025",
          "First report received by the Committee at its December meeting.", "Not yet started", True),
     ]),
    ("Section 4: Pupils’ social and economic education and contribution",
     "Leaders should develop the careers programme for younger pupils, so that those in the Fourth Form and Shell have more structured opportunities to explore future pathways.",
     [
         ("4.1", "Launch a careers module for the Fourth Form and Shell within the PSHE programme, including a careers fair and talks from Old Cranleighans.",
          "Head of Careers", "June 2026",
          "Every pupil in the Fourth Form and Shell takes part in at least two careers encounters.", "On track", True),
         ("4.2", "Record pupils’ careers encounters on Unifrog and report coverage against the Gatsby Benchmarks to governors.",
          "Head of Careers, Head of PSHE", "July 2026",
          "Governors receive a Gatsby Benchmark report each year.", "Significant concern", True),
     ]),
]


def build_cranleigh():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)

    d.add_paragraph("Cranleigh School – ISI Inspection Action Plan 2025–26", style="Title")
    d.add_paragraph("Response to the ISI routine inspection of 11–13 March 2025. Report published 6 May 2025.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.1"), ("Owner", "Deputy Head (Academic)"), ("Last reviewed", "14 November 2025"),
                 ("Approved by", "Education and Pastoral Committee of the Board of Governors"),
                 ("Next review", "February 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], GREY)

    d.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. The report sets out a recommended next step under four of the five "
        "inspection areas. Each is addressed below. Progress is reviewed by the Senior Leadership Team each half term "
        "and reported termly to the Education and Pastoral Committee.")

    d.add_heading("Status key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colr, txt in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some delay – action in hand"),
                      (RED, "Significant concern – escalated to SLT"), ("FFFFFF", "Not yet started")]:
        cells = t.add_row().cells
        shade(cells[0], colr)
        set_cell(cells[1], txt)

    for heading, step, actions in CR_SECTIONS:
        d.add_heading(heading, level=2)
        p = d.add_paragraph()
        r = p.add_run("Recommended next step")
        r.bold = True
        r.italic = True
        d.add_paragraph(step)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Status"]):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, NAVY)
        for ref, act, lead, when, success, status, with_text in actions:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], success)
            set_cell(cells[5], status if with_text else "")
            if CR_STATUS_FILL[status]:
                shade(cells[5], CR_STATUS_FILL[status])
        d.add_paragraph("")

    d.add_heading("Section 5: Safeguarding", level=2)
    d.add_paragraph("No recommended next step. Inspectors found that the arrangements for safeguarding are effective. "
                    "The Designated Safeguarding Lead continues to report to the Board of Governors each term.")

    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    for role, name, date in [("Head", "Signed", "17 November 2025"),
                             ("Chair of the Education and Pastoral Committee", "Signed", "18 November 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], role)
        set_cell(cells[1], name)
        set_cell(cells[2], date)
    d.save(out(CR_NAME))


# =====================================================================
# 4. North Kent College - Ofsted post-inspection action plan (csv)
# =====================================================================
NK_NAME = "zgm-north-kent-college-ofsted-post-inspection-action-plan.csv"

NK_AFIS = [
    ("Leaders should ensure that teachers of English and mathematics plan learning carefully so that students on study programmes make swift progress from their starting points.",
     [
         ("1.1", "Use diagnostic assessment in the first three weeks of term for all GCSE and functional skills learners, and use the results to set individual targets",
          "Head of English and Maths", "Oct-25", "100% of learners have diagnostic targets on ProMonitor by 31 October", "C",
          "Completed – 1,412 diagnostics done, targets set for all learners."),
         ("1.2", "Deliver fortnightly CPD for English and maths teachers on retrieval practice and modelling",
          "Head of Teaching, Learning and Assessment", "Jul-26", "Strong practice seen in 80% of learning walks", "G",
          "Six sessions delivered. Learning walk findings improving (64% strong in October)."),
     ]),
    ("Leaders should make sure that apprentices receive timely and helpful feedback on their written work so that they improve the quality of their work over time.",
     [
         ("2.1", "Set a 10 working day standard for feedback on apprentices' assessed work and monitor it through monthly caseload reviews",
          "Director of Apprenticeships", "31/12/2025", "90% of work marked within 10 working days", "A",
          "Standard launched in September; 71% compliance in October."),
         ("2.2", "Train all skills coaches in giving developmental feedback and include feedback practice in the observation cycle",
          "Quality Manager (Apprenticeships)", "Mar-26", "All skills coaches observed giving feedback by March", "G",
          "Training delivered to 18 of 24 skills coaches."),
     ]),
    ("Leaders should ensure that students on level 1 courses at the Gravesend campus receive effective careers advice and guidance.",
     [
         ("3.1", "Appoint an additional careers adviser based at the Gravesend campus",
          "Head of Student Services", "Sep-25", "Adviser in post for the start of term", "C",
          "Appointed; started 1 September."),
         ("3.2", "Make sure every level 1 student has a one-to-one careers interview and a recorded progression plan by the end of the autumn term",
          "Head of Student Services / Curriculum Managers", "Dec-25", "100% of level 1 students with a recorded plan", "A",
          "58% interviewed so far. Additional sessions booked for November."),
     ]),
    ("Governors should receive more detailed information about the quality of subcontracted provision so that they can hold leaders to account.",
     [
         ("4.1", "Add a subcontractor quality report to every Quality and Standards Committee agenda",
          "Vice Principal Quality", "Nov-25", "Report received at each meeting", "C",
          "First report received 14 November."),
         ("4.2", "Governor link visits to the subcontractor each term:\n- learning walk with the Quality Manager\n- meeting with learners\n- feedback to Quality and Standards Committee",
          "Clerk to the Corporation; Vice Principal Quality", "Termly", "Three visits a year, with notes to committee", "G",
          "Autumn visit arranged for 2 December."),
     ]),
]


def build_northkent():
    w = 8
    rows = []
    pad = lambda first: [first] + [""] * (w - 1)
    rows.append(pad("North Kent College – Post-Inspection Action Plan (Ofsted inspection February 2025)"))
    rows.append(pad("Quality and Standards Committee – progress at 14 November 2025"))
    rows.append(pad(""))
    rows.append(["Area for improvement", "Ref", "Action", "Lead", "Target date", "Impact measure", "RAG", "Progress update"])
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    n = 0
    for afi, acts in NK_AFIS:
        for i, (ref, act, lead, when, impact, rag, prog) in enumerate(acts):
            rows.append([afi if i == 0 else "", ref, act, lead, when, impact, rag, prog])
            counts[rag] += 1
            n += 1
    rows.append(pad(""))
    rows.append(pad("RAG key: C = complete, G = on track, A = at risk, R = off track"))
    rows.append(pad(f"Summary: {n} actions – C {counts['C']}, G {counts['G']}, A {counts['A']}, R {counts['R']}"))
    with open(out(NK_NAME), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerows(rows)


# =====================================================================
# 5. Gloucestershire FRS - HMICFRS misconduct handling action plan (docx)
# =====================================================================
GF_NAME = "zgm-gloucestershire-fire-rescue-service-hmicfrs-misconduct-handling-action-plan.docx"

GF_RAG = {"Complete": BLUE, "Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

GF_THEMES = [
    ("Theme 1 – Culture and the Core Code of Ethics", [
        ("Recommendation 1 – By 1 February 2025, chief fire officers should, as a priority, make sure that staff know and follow the Core Code of Ethics, and build the code into all relevant policies and practices.", [
            ("1.1", "Review all people policies against the Core Code of Ethics and amend any that do not reference it.",
             "Head of HR", "31/01/2025", "", ("Complete", True),
             "All 38 people policies reviewed; 11 amended and republished in January 2025."),
            ("1.2", "Deliver Core Code of Ethics workshops at every on-call station, led by a member of the Strategic Leadership Team.",
             "Area Manager – Service Delivery", "31/03/2025", "31/01/2026", ("Green", False),
             "19 of 22 on-call stations completed. Remaining three booked for December and January drill nights."),
        ]),
        ("Recommendation 2 – By 1 February 2025, chief fire officers should have a probationary policy which makes clear that probationers who do not meet the standards of behaviour in the Core Code of Ethics can be dismissed immediately.", [
            ("2.1", "Revise the Probation Policy so that it states probationers may be dismissed for behaviour that does not meet the Core Code of Ethics.",
             "Head of HR", "01/02/2025", "", ("Complete", True),
             "Policy approved by SLT on 28 January 2025."),
        ]),
        ("Recommendation 3 – By 1 May 2025, chief fire officers should make sure workforce plans allow staff to be moved between watches and stations, and that firefighters who are promoted are posted to a different watch or station.", [
            ("3.1", "Amend the Promotion Procedure so that newly promoted supervisory managers are posted to a different watch or station, including temporary promotions of two months or more.",
             "AM People and Culture / GM Operational Training", "01/05/2025", "31/12/2025", ("Amber", True),
             "Draft procedure out to consultation with the representative bodies; FBU response awaited."),
            ("3.2", "Record a risk assessment wherever a move is not possible, and report exceptions to the Strategic Leadership Team each quarter.",
             "Group Manager – Workforce Planning", "01/05/2025", "", ("Green", True),
             "Exception log in place; first quarterly report to SLT in October 2025."),
        ]),
    ]),
    ("Theme 2 – Raising concerns", [
        ("Recommendation 4 – By 1 February 2025, chief fire officers should make sure staff have access to an independent and confidential route for raising concerns.", [
            ("4.1", "Procure an independent, confidential reporting line available to all staff 24 hours a day, 365 days a year.",
             "Head of HR", "01/02/2025", "", ("Complete", True),
             "Safecall contract live from 3 February 2025; launched at all stations."),
            ("4.2", "Publish a quarterly ‘You said, we did’ summary of the concerns raised and the action taken.",
             "Communications Manager", "Quarterly", "", ("Green", True),
             "Q1 and Q2 summaries published on the intranet."),
        ]),
    ]),
    ("Theme 3 – Managing misconduct", [
        ("Recommendation 7 – By 1 October 2025, chief fire officers should make sure their service has access to a professional standards function, so that misconduct cases are handled consistently and fairly.", [
            ("7.1", "Establish a professional standards function jointly with Gloucestershire County Council’s HR Investigations Team, with an agreed service level agreement.",
             "Deputy Chief Fire Officer", "01/10/2025", "31/03/2026", ("Red", True),
             "SLA not yet agreed. Resourcing options paper to the Fire Improvement Board in December."),
            ("7.2", "Train all investigating officers in the national misconduct investigation standard.",
             "Learning and Development Manager", "01/10/2025", "", ("Amber", False),
             "14 of 20 investigating officers trained; final cohort booked for February 2026."),
        ]),
    ]),
]


def build_gloucs():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    p = d.add_paragraph()
    r = p.add_run("Gloucestershire Fire and Rescue Service")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading("HMICFRS Standards of Behaviour: The Handling of Misconduct in Fire and Rescue Services – Service Action Plan", level=1)
    d.add_paragraph("Appendix 2 – Fire Improvement Board, 9 December 2025")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Area Manager – People and Culture"), ("Version", "1.4"),
                 ("Last updated", "21 November 2025"), ("Review frequency", "Monthly (Fire Improvement Board)"),
                 ("Protective marking", "OFFICIAL")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], v)

    d.add_paragraph(
        "HMICFRS published its thematic report on 1 August 2024. It made 15 recommendations, most of them for chief "
        "fire officers. This plan covers the recommendations for chief fire officers that need action by the Service. "
        "Recommendations that were already met at our baseline assessment in October 2024 are listed in Annex A. "
        "Recommendations for the Home Office, the NFCC and fire and rescue authorities are monitored separately.")

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colr, name, txt in [(BLUE, "Blue", "Complete – evidence accepted by the Fire Improvement Board"),
                            (GREEN, "Green", "On track to meet the date"),
                            (AMBER, "Amber", "Off track – recoverable within the revised date"),
                            (RED, "Red", "Off track – Board intervention required")]:
        cells = t.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], colr)
        set_cell(cells[1], txt)

    hdr = ["Ref", "Action", "Lead", "Original date", "Revised date", "RAG", "Progress update"]
    widths = [Cm(1.2), Cm(8.0), Cm(3.6), Cm(2.2), Cm(2.2), Cm(1.8), Cm(6.5)]
    for theme, recs in GF_THEMES:
        d.add_heading(theme, level=2)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "B22222")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[6])
            set_cell(m, rec, bold=True)
            shade(m, "F2DCDB")
            for ref, act, lead, orig, rev, (rag, with_text), upd in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], act)
                set_cell(cells[2], lead)
                set_cell(cells[3], orig)
                set_cell(cells[4], rev)
                set_cell(cells[5], rag if with_text else "", bold=True)
                shade(cells[5], GF_RAG[rag])
                set_cell(cells[6], upd)
        for row in t.rows:
            for c, wd in zip(row.cells, widths):
                c.width = wd
        d.add_paragraph("")

    d.add_heading("Annex A – Recommendations met at baseline (October 2024)", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "HMICFRS recommendation", bold=True)
    set_cell(t.rows[0].cells[1], "Evidence", bold=True)
    for a, b in [("Recommendation 5 – guidance for managers on social media and conduct outside work",
                  "Social Media Policy and manager guidance issued in 2023."),
                 ("Recommendation 9 – access to support for staff involved in misconduct cases",
                  "Employee Assistance Programme and welfare officer contact offered in every case.")]:
        cells = t.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    d.save(out(GF_NAME))


# =====================================================================
# 6. Hertfordshire OPCC and Constabulary - internal audit tracker (xlsx)
# =====================================================================
HC_NAME = "zgm-hertfordshire-constabulary-and-opcc-internal-audit-recommendations-tracker.xlsx"

HC_AUDITS = [
    ("2024/25 – Seized and Found Property (Limited Assurance)", [
        ("1", "The Force should ensure that all property stores complete a full annual audit reconciling the items held to the Niche property records.", [
            ("SFP 1a", "Complete a full reconciliation of the Hatfield and Stevenage property stores against Niche records.",
             "Head of Criminal Justice", D(2025, 3, 31), D(2025, 9, 30), "A", ("Complete", BLUE, True),
             "Reconciliation completed September 2025; 312 discrepancies resolved. Verified by Internal Audit."),
            ("SFP 1b", "Introduce a rolling annual audit schedule for all property stores, signed off by the Head of Criminal Justice.",
             "Property Manager", D(2025, 3, 31), D(2026, 1, 31), "A", ("Amber", AMBER, False),
             "Schedule drafted. Audits of the two smaller stores to be completed before sign-off."),
        ]),
        ("1", "Cash and high-value items should be held in the safe and subject to dual signature when booked in or out.", [
            ("SFP 2", "Reissue the property procedure requiring dual signatures for cash and high-value items, and dip-sample compliance monthly.",
             "Property Manager", D(2025, 6, 30), None, "R", ("Green", GREEN, True),
             "Procedure reissued July 2025. Dip samples in August–October found full compliance."),
        ]),
    ]),
    ("2024/25 – Fleet Management (Reasonable Assurance)", [
        ("2", "Vehicle defect reports should be reviewed weekly so that vehicles with safety-critical defects are taken off the road promptly.", [
            ("FLT 1", "Implement a weekly defect review report from the fleet management system (Tranman).",
             "Head of Fleet Services", D(2025, 5, 31), None, "G", ("Complete", BLUE, True),
             "Weekly report in use since May 2025."),
        ]),
        ("3", "Fuel card transactions should be reconciled each month to vehicle mileage records.", [
            ("FLT 2", "Introduce monthly fuel card exception reporting and refer anomalies to Professional Standards where appropriate.",
             "Fleet Manager/Finance Business Partner", D(2025, 8, 31), D(2025, 12, 31), "A", ("Amber", AMBER, True),
             "Exception report built; data feed from the fuel card provider still being tested."),
        ]),
    ]),
    ("2025/26 – Overtime and Payroll (Reasonable Assurance)", [
        ("2", "Overtime claims should be approved by a supervisor who did not work the shift in question, and claims above 40 hours a month should be reported to the Chief Officer Group.", [
            ("OVT 1a", "Configure the duty management system (DMS) to block self-approval of overtime claims.",
             "Head of Resource Management Unit", D(2025, 11, 30), None, "–", ("Red", RED, False),
             "Supplier change request raised; no delivery date yet. Interim manual check in place."),
            ("OVT 1b", "Produce a monthly report of officers claiming more than 40 hours' overtime for the Chief Officer Group.",
             "Chief Finance Officer (Constabulary)", D(2025, 12, 31), None, "–", ("Green", GREEN, True),
             "Report template agreed; first report due to COG in December."),
        ]),
        ("3", "Payroll amendments should be independently checked before each monthly payroll run.", [
            ("OVT 2", "Introduce a second-person check of all payroll amendments, evidenced on the payroll checklist.",
             "Payroll Manager", D(2026, 1, 31), None, "–", ("Not started", None, True),
             "Due to start with the January 2026 payroll."),
        ]),
    ]),
]


def build_herts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.column_dimensions["A"].width = 30
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13
    ws["A1"] = "Hertfordshire OPCC and Constabulary – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Joint Audit Committee – 4 December 2025"
    ws["A3"] = "Report of the Chief Finance Officer (Constabulary)"
    ws["A5"] = "Summary of recommendations tracked this period, by priority and current RAG"
    ws["A5"].font = Font(bold=True)
    hdr = ["Priority", "Complete", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    # tally
    tally = {}
    for _, recs in HC_AUDITS:
        for pri, _, acts in recs:
            for a in acts:
                tally.setdefault(pri, {}).setdefault(a[6][0], 0)
                tally[pri][a[6][0]] += 1
    r = 7
    keys = ["Complete", "Green", "Amber", "Red", "Not started"]
    grand = [0] * 6
    for pri in ("1", "2", "3"):
        ws.cell(row=r, column=1, value=f"Priority {pri}")
        tot = 0
        for j, k in enumerate(keys):
            v = tally.get(pri, {}).get(k, 0)
            ws.cell(row=r, column=j + 2, value=v)
            grand[j] += v
            tot += v
        ws.cell(row=r, column=7, value=tot)
        grand[5] += tot
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(grand):
        ws.cell(row=r, column=j + 2, value=v).font = Font(bold=True)
    xl_box(ws, f"A6:G{r}")
    r += 2
    ws.cell(row=r, column=1, value="Priority 1 – fundamental control weakness; Priority 2 – significant weakness; "
                                    "Priority 3 – housekeeping / best practice.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    ws2 = wb.create_sheet("Tracker")
    widths = [9, 9, 42, 46, 24, 14, 14, 11, 11, 44]
    for i, w in enumerate(widths, start=1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2["A1"] = "Internal Audit Recommendations Tracker – position at 14 November 2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.merge_cells("A1:J1")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original implementation date", "Revised implementation date", "Previous RAG (Sep 2025)", "Current RAG",
           "Update (November 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = ws2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws2.row_dimensions[3].height = 45
    r = 4
    for audit, recs in HC_AUDITS:
        ws2.cell(row=r, column=1, value=audit).font = Font(bold=True)
        for j in range(1, 11):
            ws2.cell(row=r, column=j).fill = fill("BDD7EE")
            ws2.cell(row=r, column=j).border = BOX
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for pri, rec, acts in recs:
            first = r
            ws2.cell(row=r, column=2, value=int(pri))
            ws2.cell(row=r, column=3, value=rec)
            for ref, act, officer, orig, rev, prev, (cur, colr, with_text), upd in acts:
                ws2.cell(row=r, column=1, value=ref)
                ws2.cell(row=r, column=4, value=act)
                ws2.cell(row=r, column=5, value=officer)
                c = ws2.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = ws2.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
                ws2.cell(row=r, column=8, value=prev).alignment = Alignment(horizontal="center", vertical="top")
                c = ws2.cell(row=r, column=9, value=cur if with_text else None)
                if colr:
                    c.fill = fill(colr)
                ws2.cell(row=r, column=10, value=upd)
                for j in range(1, 11):
                    ws2.cell(row=r, column=j).border = BOX
                    if j not in (8,):
                        ws2.cell(row=r, column=j).alignment = WRAP
                ws2.row_dimensions[r].height = 58
                r += 1
            if r - first > 1:
                ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws2.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws2.cell(row=r, column=1, value="Current RAG: Complete = implemented and verified by Internal Audit; Green = on track "
                                     "for the agreed date; Amber = revised date agreed by the JAC; Red = past the agreed date.")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 1
    ws2.cell(row=r, column=1, value="Previous RAG as reported to the JAC on 25 September 2025. “–” = new recommendation "
                                     "since the last report.")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws2.freeze_panes = "A4"
    wb.save(out(HC_NAME))


# =====================================================================
# 7. Swansea University - QAA QER action plan (xlsx, refuse: mistyped month)
# =====================================================================
SW_NAME = "zgm-swansea-university-qaa-quality-enhancement-review-action-plan-typo-month-refuse.xlsx"

SW_ROWS = [
    ("band", "Recommendations"),
    ("rec", "R1", "The University should ensure that its academic integrity procedures are applied consistently across faculties, so that cases are handled in a timely and equitable way.", [
        ("R1.1", "Introduce a single University-wide academic misconduct case management workflow in the student records system.",
         "Academic Registrar", "December 2025", "Workflow built and tested; live for all faculties from 1 December.", "Green"),
        ("R1.2", "Deliver mandatory training for all Academic Integrity Officers, with an annual refresher.",
         "Head of Academic Quality Services", "Febuary 2026", "Training materials agreed with the Students' Union. Sessions scheduled.", "Amber"),
    ]),
    ("rec", "R2", "The University should strengthen its oversight of partnership provision by making sure that annual monitoring of collaborative programmes is completed and considered at institutional level.", [
        ("R2.1", "Revise the partnership annual monitoring template and reporting timetable so that all reports are received by the end of January.",
         "Director of Academic Partnerships", "January 2026", "Template revised and issued to partners in October.", "Green"),
        ("R2.2", "Present a consolidated partnership monitoring report to Education Committee each year.",
         "Director of Academic Partnerships", "May 2026", "First consolidated report scheduled for the May meeting.", "Green"),
    ]),
    ("band", "Affirmations"),
    ("rec", "A1", "The review team affirms the steps the University is taking to develop a consistent approach to personal academic tutoring.", [
        ("A1.1", "Evaluate the revised Personal Academic Tutoring Framework through the student survey and focus groups.",
         "Dean of Students / Students' Union Education Officer", "July 2026", "Survey questions added to the spring pulse survey.", "Green"),
    ]),
    ("rec", "A2", "The review team affirms the work under way to improve the timeliness of assessment feedback.", [
        ("A2.1", "Monitor feedback turnaround against the 15 working day standard and report it by faculty each semester.",
         "Pro-Vice-Chancellor (Education)", "June 2026", "Semester 1 data being collated.", "Amber"),
    ]),
]


def build_swansea():
    wb = Workbook()
    ws = wb.active
    ws.title = "QER Action Plan"
    widths = [7, 46, 8, 50, 28, 15, 42, 9]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Swansea University | Prifysgol Abertawe"
    ws["A1"].font = Font(bold=True, size=12, color="1B3A6B")
    ws["A2"] = "Quality Enhancement Review (QER) 2025 – Institutional Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Review visit: 3–6 March 2025 | Report published: June 2025 | Action plan approved by Senate: "
                "8 October 2025 | Executive lead: Pro-Vice-Chancellor (Education)")
    ws["A4"] = "Progress monitored by Education Committee; annual update to Senate and Council and to QAA and Medr."
    for rr in (1, 2, 3, 4):
        ws.merge_cells(f"A{rr}:H{rr}")
    hdr = ["Ref", "QER finding", "No.", "Action", "Lead", "Target date", "Progress (January 2026)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1B3A6B")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for row in SW_ROWS:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, ref, finding, acts = row
        first = r
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=finding)
        for no, act, lead, target, prog, rag in acts:
            ws.cell(row=r, column=3, value=no)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=lead)
            ws.cell(row=r, column=6, value=target)
            ws.cell(row=r, column=7, value=prog)
            c = ws.cell(row=r, column=8, value=rag)
            c.fill = fill({"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE}[rag])
            for j in range(1, 9):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            ws.row_dimensions[r].height = 48
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Green – on track; Amber – minor slippage; Red – significant risk to delivery; Blue – complete.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out(SW_NAME))


def build():
    build_kirklevington()
    build_yorkshire()
    build_cranleigh()
    build_northkent()
    build_gloucs()
    build_herts()
    build_swansea()


if __name__ == "__main__":
    build()
