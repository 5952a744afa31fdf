"""Build the seven ne1- blind test files (set heldout403).

Run with:  /work/main/.venv/bin/python ne1_make.py
Writes the data files next to this script. Each ACTION record below carries what
the file shows (cells) and what a person reads from it (the exp_* keys), so the
expected readings can be written from the same strings.
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
D = dt.date

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, LIGHT = "D9D9D9", "1F3864", "DEEAF6"
FILL_FOR = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color="FF" + hexcol, end_color="FF" + hexcol, fill_type="solid")


def a(**kw):
    return kw


# ---------------------------------------------------------------------------
# 1. Telford & Wrekin Safeguarding Partnership - JTAI (serious youth violence)
# ---------------------------------------------------------------------------
TW_TITLE = ("Telford & Wrekin Safeguarding Partnership – JTAI Action Plan: "
            "Multi-agency response to serious youth violence")
TW_AFI = [
    ("AFI 1: The effectiveness of multi-agency information sharing when a child is arrested "
     "or attends hospital following serious youth violence, so that risks are identified promptly."),
    ("AFI 2: The quality of risk assessment and safety planning for children at risk of serious "
     "youth violence, including the consideration of extra-familial harm."),
    ("AFI 3: The partnership's use of data to understand the profile of serious youth violence "
     "and to measure the impact of its response."),
]
TW_ACTIONS = [
    a(afi=0, ref="1.1",
      action=("Agree and implement a joint protocol between West Mercia Police custody, the Youth "
              "Justice Service and Family Connect so that every child arrested for a weapon-related "
              "offence is notified to children's social care within 24 hours."),
      lead_cell="DCI Public Protection (West Mercia Police); Head of Youth Justice Service",
      lead=["DCI Public Protection (West Mercia Police)", "Head of Youth Justice Service"],
      date=D(2025, 6, 30), prev="G", cur="B",
      update="Protocol signed off at Executive Group 12/06/25. Custody list shared daily with Family Connect.",
      evidence="Protocol v1.2; custody notification log",
      end="2025-06", status="blue"),
    a(afi=0, ref="1.2",
      action=("Introduce an Emergency Department alert for children presenting with stab or assault "
              "injuries at the Princess Royal Hospital, with a named safeguarding practitioner "
              "reviewing each alert within one working day."),
      lead_cell="Named Nurse Safeguarding Children (SaTH)",
      lead=["Named Nurse Safeguarding Children (SaTH)"],
      date=D(2025, 9, 30), prev="A", cur="A",
      update="Alert built in the ED system; go-live delayed to November 2025 pending IT testing.",
      evidence="",
      end="2025-09", status="amber"),
    a(afi=0, ref="1.3",
      action=("Audit 20 cases of children affected by serious youth violence to test whether "
              "information shared at the front door led to timely strategy discussions, and report "
              "the findings to the Quality Assurance and Performance Subgroup."),
      lead_cell="Partnership Business Manager / Chair of QAP Subgroup",
      lead=["Partnership Business Manager", "Chair of QAP Subgroup"],
      date=D(2025, 12, 31), prev=None, cur="G",
      update="Audit tool agreed; cases selected. Audit week booked for 17 November.",
      evidence="",
      end="2025-12", status="green"),
    a(afi=1, ref="2.1",
      action=("Revise the Extra-Familial Harm risk assessment tool and practice guidance, "
              "co-produced with practitioners from all three statutory partners."),
      lead_cell="Head of Safeguarding and Quality Assurance",
      lead=["Head of Safeguarding and Quality Assurance"],
      date=D(2025, 9, 30), prev="G", cur="B",
      update="Tool and guidance published on the TWSP website 1 September 2025.",
      evidence="EFH tool v2; launch briefing slides",
      end="2025-09", status="blue"),
    a(afi=1, ref="2.2",
      action=("Deliver multi-agency training on contextual safeguarding and safety planning to 300 "
              "practitioners, prioritising schools, the Youth Justice Service and the Children's "
              "Specialist Services teams."),
      lead_cell="Workforce Development Manager (TWSP)",
      lead=["Workforce Development Manager (TWSP)"],
      date=D(2026, 3, 31), prev="G", cur="G",
      update="142 practitioners trained to date (47%).",
      evidence="Training attendance register",
      end="2026-03", status="green"),
    a(afi=1, ref="2.3",
      action=("Establish a monthly multi-agency Risk Outside the Home panel with clear terms of "
              "reference, escalation routes and a tracker of the children discussed."),
      lead_cell="Service Manager (Adolescent Services)",
      lead=["Service Manager (Adolescent Services)"],
      date=D(2025, 7, 31), prev="A", cur="R",
      update=("Panel launched in July but attendance from health and education is below 50%. "
              "Escalated to Executive Group October 2025."),
      evidence="Terms of reference",
      end="2025-07", status="red"),
    a(afi=2, ref="3.1",
      action=("Develop a serious youth violence dataset and dashboard combining police, health, "
              "Youth Justice Service and education data, reported quarterly to the Executive Group."),
      lead_cell="Head of Insight and Performance; Community Safety Partnership Manager",
      lead=["Head of Insight and Performance", "Community Safety Partnership Manager"],
      date="Q4 2025/26", prev="G", cur="A",
      update="Police and YJS data in place; health data sharing agreement still to be signed.",
      evidence="",
      end="2026-03", end_text="Q4 2025/26", status="amber"),
    a(afi=2, ref="3.2",
      action=("Align the Serious Violence Duty strategic needs assessment with the partnership's "
              "priorities and publish a joint response strategy."),
      lead_cell="Community Safety Partnership Manager",
      lead=["Community Safety Partnership Manager"],
      date=D(2026, 1, 31), prev=None, cur=None,
      update="Not yet started - scheduled to follow the needs assessment refresh.",
      evidence="",
      end="2026-01", status="unrated"),
]


def build_telford(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = TW_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:E1")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.1", "02/05/2025", "Partnership Business Manager", "First draft following letter of findings"),
            ("1.0", "22/05/2025", "Partnership Business Manager", "Approved by Executive Group; submitted to Ofsted"),
            ("1.1", "17/07/2025", "Partnership Business Unit", "Progress update for Executive Group"),
            ("1.2", "15/10/2025", "Partnership Business Unit", "Progress update for Executive Group")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=4 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact", BLUE),
           ("G", "On track", GREEN),
           ("A", "Some slippage – recovery plan in place", AMBER),
           ("R", "Off track – escalated to Executive Group", RED)]
    for i, (k, txt, col) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(col)
        c.border = BORDER
        cov.cell(row=12 + i, column=2, value=txt).border = BORDER
    cov["A17"] = ("Inspection fieldwork 10–14 February 2025. Letter of findings published 1 April 2025. "
                  "Inspectorates: Ofsted, CQC and HMICFRS.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = TW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Plan approved by Executive Group 22 May 2025 | Last updated 15 October 2025 | "
                "Owner: TWSP Executive Group")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (JTAI letter)", "Action", "Lead(s)", "Target date",
             "Previous RAG (Jul 25)", "Current RAG (Oct 25)", "Progress update", "Evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    first_row = {}
    for act in TW_ACTIONS:
        first_row.setdefault(act["afi"], r)
        vals = [act["ref"], None, act["action"], act["lead_cell"], act["date"],
                act["prev"], act["cur"], act["update"], act["evidence"] or None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if isinstance(act["date"], dt.date):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        for col, k in ((6, "prev"), (7, "cur")):
            if act[k]:
                ws.cell(row=r, column=col).fill = fill(FILL_FOR[act[k]])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    last = r - 1
    for afi, start in first_row.items():
        end = max(i for i, x in enumerate(TW_ACTIONS) if x["afi"] == afi) + 5
        ws.cell(row=start, column=2, value=TW_AFI[afi])
        ws.cell(row=start, column=2).alignment = WRAP
        ws.cell(row=start, column=2).fill = fill(LIGHT)
        ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
    r = last + 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    counts = [("Complete (B)", 2, BLUE), ("On track (G)", 2, GREEN), ("Some slippage (A)", 2, AMBER),
              ("Off track (R)", 1, RED), ("Not yet rated", 1, None), ("Total actions", 8, None)]
    for i, (lab, n, col) in enumerate(counts):
        c = ws.cell(row=r + 1 + i, column=1, value=lab)
        if col:
            c.fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=n)
    ws.cell(row=r + 8, column=1,
            value="Note: Previous RAG is as reported to the Executive Group on 17 July 2025.")
    widths = [7, 38, 55, 32, 11, 11, 11, 45, 28]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Royal Borough of Windsor and Maidenhead - ILACS improvement plan
# ---------------------------------------------------------------------------
WM_TITLE = "RBWM Children's Services Improvement Plan 2025–26"
WM_PRI = ["Priority 1 – Practice quality and management oversight",
          "Priority 2 – Children in care and care leavers"]
WM_REC = [
    (0, "Recommendation 1: The consistency of management oversight and supervision, so that plans "
        "for children in need of help and protection progress without drift."),
    (0, "Recommendation 2: The quality and timeliness of pre-proceedings work under the Public Law Outline."),
    (1, "Recommendation 3: Sufficiency of local homes for children in care, including foster carers "
        "for older children and sibling groups."),
    (1, "Recommendation 4: The quality of pathway plans and the offer of accommodation for care "
        "leavers aged 18 to 25."),
]
WM_ACTIONS = [
    a(rec=0, ref="1.1",
      action=("Relaunch the supervision policy with a revised template that records reflective "
              "discussion, actions and timescales for each child."),
      lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
      orig=D(2025, 3, 31), rev=None, rag="B",
      update="Policy relaunched at all-staff briefing 27/03/25. Template live in Liquidlogic.",
      end="2025-03", status="blue"),
    a(rec=0, ref="1.2",
      action=("Monthly dip sample of 10% of supervision records by Heads of Service, reported to the "
              "Improvement Board."),
      lead_cell="Head of Service (Safeguarding) / Head of Service (Children in Care)",
      lead=["Head of Service (Safeguarding)", "Head of Service (Children in Care)"],
      orig=D(2025, 6, 30), rev=None, rag="G",
      update="Dip samples completed April–September; 71% of records good or better in September.",
      end="2025-06", status="green"),
    a(rec=0, ref="1.3",
      action=("Introduce a drift and delay tracker for children in need cases open longer than 12 "
              "months, reviewed weekly by team managers."),
      lead_cell="Head of Children's Social Care Operations",
      lead=["Head of Children's Social Care Operations"],
      orig=D(2025, 5, 31), rev=D(2025, 9, 30), rag="A",
      update="Tracker built; weekly review not yet consistent in the Maidenhead locality team.",
      end="2025-09", status="amber"),
    a(rec=1, ref="2.1",
      action=("Establish a fortnightly Legal Gateway Panel chaired by the Head of Service, with legal "
              "representation and a PLO tracker."),
      lead_cell="Head of Service (Safeguarding)", lead=["Head of Service (Safeguarding)"],
      orig=D(2025, 4, 30), rev=None, rag="B",
      update="Panel running since April 2025; tracker reviewed at each panel.",
      end="2025-04", status="blue"),
    a(rec=1, ref="2.2",
      action=("Commission training for social workers and managers on letters before proceedings "
              "and family-led plans, delivered with Shared Legal Services."),
      lead_cell="Workforce Development Lead", lead=["Workforce Development Lead"],
      orig=D(2025, 9, 30), rev=D(2026, 1, 31), rag="A",
      update="Trainer availability moved the first session to November 2025.",
      end="2026-01", status="amber"),
    a(rec=2, ref="3.1",
      action=("Launch a fostering recruitment campaign targeting carers for teenagers and sibling "
              "groups, with a target of 12 new mainstream fostering households by March 2026."),
      lead_cell="Head of Fostering and Adoption", lead=["Head of Fostering and Adoption"],
      orig=D(2026, 3, 31), rev=None, rag="G",
      update="Campaign launched June 2025; 5 households in assessment.",
      end="2026-03", status="green"),
    a(rec=2, ref="3.2",
      action=("Review the placement sufficiency strategy with West Berkshire and Wokingham partners "
              "to explore a shared residential offer."),
      lead_cell="Director of Children's Services (AfC)",
      lead=["Director of Children's Services (AfC)"],
      orig="Dec 2025", rev=None, rag=None,
      update="Scoping to begin in Q3.",
      end="2025-12", status="unrated"),
    a(rec=3, ref="4.1",
      action=("Refresh the pathway plan template with members of the Care Leavers' Forum so that "
              "plans are written to the young person."),
      lead_cell="Team Manager – Leaving Care", lead=["Team Manager – Leaving Care"],
      orig=D(2025, 7, 31), rev=D(2025, 10, 31), rag="R",
      update="Template drafted; co-production sessions postponed twice because of staffing.",
      end="2025-10", status="red"),
    a(rec=3, ref="4.2",
      action=("Agree a joint housing protocol with RBWM Housing Options guaranteeing a suitable "
              "accommodation offer for every care leaver at 18."),
      lead_cell="Head of Housing; Head of Service (Children in Care)",
      lead=["Head of Housing", "Head of Service (Children in Care)"],
      orig="Q3 2025/26", rev=None, rag="G",
      update="Draft protocol with Housing legal for comment.",
      end="2025-12", end_text="Q3 2025/26", status="green"),
]


def build_windsor(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = WM_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Achieving for Children on behalf of the Royal Borough of Windsor and Maidenhead"
    sm["A3"] = "Position at: 30 September 2025 (Improvement Board, 14 October 2025)"
    sm["A5"] = "RAG status"
    sm["B5"] = "Number of actions"
    for c in ("A5", "B5"):
        sm[c].font = Font(bold=True)
        sm[c].fill = fill(GREY)
    summ = [("Blue – complete", BLUE, 2), ("Green – on track", GREEN, 3),
            ("Amber – at risk of delay", AMBER, 2), ("Red – off track", RED, 1),
            ("No colour – not started", None, 1), ("Total", None, 9)]
    for i, (lab, col, n) in enumerate(summ):
        c = sm.cell(row=6 + i, column=1, value=lab)
        if col:
            c.fill = fill(col)
        sm.cell(row=6 + i, column=2, value=n)
    sm["A13"] = ("Ofsted ILACS, 13–24 January 2025: overall effectiveness Requires improvement to be good. "
                 "This plan responds to the four recommendations in the report.")
    sm.column_dimensions["A"].width = 34
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = WM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "RAG is shown by cell colour – see key on the Summary sheet."
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Action", "Owner", "Original deadline", "Revised deadline", "RAG",
             "Progress / evidence (September 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
        c.alignment = WRAP
    r = 5
    cur_pri, cur_rec = None, None
    for act in WM_ACTIONS:
        pri = WM_REC[act["rec"]][0]
        if pri != cur_pri:
            cur_pri = pri
            c = ws.cell(row=r, column=1, value=WM_PRI[pri])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
        if act["rec"] != cur_rec:
            cur_rec = act["rec"]
            c = ws.cell(row=r, column=1, value=WM_REC[cur_rec][1])
            c.font = Font(bold=True)
            c.fill = fill(LIGHT)
            c.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
        vals = [act["ref"], act["action"], act["lead_cell"], act["orig"], act["rev"], None, act["update"]]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        if act["rag"]:
            ws.cell(row=r, column=6).fill = fill(FILL_FOR[act["rag"]])
        r += 1
    for j, w in enumerate([6, 55, 30, 14, 14, 8, 50]):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Havering Corporate Parenting Board action plan - typo month (refuse)
# ---------------------------------------------------------------------------
HV_TITLE = "London Borough of Havering – Corporate Parenting Board Action Plan 2024/25"
HV_PLEDGES = ["Pledge 1 – We will help you to be healthy and happy",
              "Pledge 2 – We will support you to do well in education",
              "Pledge 3 – We will help you get ready for adult life"]
HV_ACTIONS = [
    a(p=0, ref="1.1", action="Every child in care to have an up-to-date health assessment and dental check recorded on LCS.",
      lead="Head of Service, Children in Care", due="Mar-25", rag="Green",
      update="Health assessments in timescale 88% (Q3).", impact="% IHAs/RHAs in timescale"),
    a(p=0, ref="1.2", action="Launch a free leisure pass for children in care and care leavers at all Havering leisure centres.",
      lead="Corporate Parenting Lead / Sport and Leisure Manager", due="Oct 2024", rag="Complete",
      update="Pass launched at Care Leavers' Week event.", impact="Number of passes issued"),
    a(p=0, ref="1.3", action="Commission a dedicated CAMHS clinician for children in care placed within 20 miles.",
      lead="NELFT Service Director; Head of Service, Children in Care", due="31/03/2025", rag="Amber",
      update="Recruitment under way - second round of interviews.", impact="Waiting time to first appointment"),
    a(p=1, ref="2.1", action="Every child in care of school age to have a termly Personal Education Plan rated good or better.",
      lead="Virtual School Headteacher", due="Jan 2025", rag="Green",
      update="PEP completion 94%; quality 81% good or better.", impact="PEP quality audit"),
    a(p=1, ref="2.2", action="Offer each Year 11 child in care a careers interview and work experience placement with a council service.",
      lead="Virtual School Headteacher & Careers Lead", due="Novmber 2024", rag="Amber",
      update="32 of 41 interviews held; placements being matched.", impact="% Y11 with EET offer"),
    a(p=1, ref="2.3", action="Ring-fence ten council apprenticeships for care leavers each year.",
      lead="HR Business Partner", due="Sep-25", rag="Red",
      update="Only four posts identified - raised with Chief Executive.", impact="Apprenticeships filled"),
    a(p=2, ref="3.1", action="Exempt care leavers aged 18-25 from council tax wherever they live.",
      lead="Head of Revenues", due="April 2024", rag="Complete",
      update="In place from 1 April 2024.", impact="Number of care leavers exempt"),
    a(p=2, ref="3.2", action="Co-produce a refreshed Local Offer for care leavers with the Children in Care Council.",
      lead="Participation Officer", due="Feb-25", rag="Green",
      update="Workshops held November and December.", impact="Local Offer published"),
]
HV_TYPO_REF = "2.2"


def build_havering(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CPB Action Plan"
    ws["A1"] = HV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update for the Corporate Parenting Panel, 22 January 2025"
    ws.merge_cells("A2:H2")
    heads = ["Pledge", "No.", "Action", "Lead officer", "Target date", "RAG", "Progress update",
             "Impact measure"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BORDER
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 5
    cur = None
    rows = {}
    for act in HV_ACTIONS:
        if act["p"] != cur:
            cur = act["p"]
            c = ws.cell(row=r, column=1, value=HV_PLEDGES[cur])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        vals = [None, act["ref"], act["action"], act["lead"], act["due"], act["rag"], act["update"],
                act["impact"]]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=6).fill = fill(ragfill[act["rag"]])
        rows[act["ref"]] = r
        r += 1
    ws.cell(row=r + 1, column=1, value="RAG key: Complete = achieved; Green = on track; "
                                       "Amber = some delay; Red = not on track")
    ws.cell(row=r + 2, column=1, value="Plan owner: Assistant Director, Children's Social Care")
    for j, w in enumerate([14, 6, 55, 34, 13, 10, 42, 28]):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path)
    return rows[HV_TYPO_REF]


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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Stoke-on-Trent City Council - children's homes Ofsted action plan (docx)
# ---------------------------------------------------------------------------
ST_TITLE = "Stoke-on-Trent City Council – Children’s Residential Services: Ofsted Inspection Action Plan 2024"
ST_SECTIONS = [
    ("Section A – Maple Lodge (SC480219)",
     "Full inspection 5 and 6 March 2024. Overall experiences and progress of children and young people: "
     "requires improvement to be good."),
    ("Section B – Oakwood House (SC043871)",
     "Full inspection 9 and 10 July 2024. Overall experiences and progress of children and young people: "
     "requires improvement to be good."),
]
ST_GROUPS = [
    (0, "Requirement 1 – Regulation 12 (1)(2)(a)(i): The registered person must ensure that staff assess "
        "whether each child is at risk of harm, taking into account information in the child’s relevant "
        "plans, and, if necessary, make arrangements to reduce the risk of any harm to the child."),
    (0, "Recommendation 1 – The registered person should ensure that staff receive supervision that is "
        "reflective and records the impact of their practice on children. (‘Guide to the Children’s "
        "Homes Regulations, including the quality standards’, page 61, paragraph 13.2)"),
    (1, "Requirement 1 – Regulation 13 (1)(a)(b): The registered person must enable, inspire and lead a "
        "culture in relation to the children’s home that helps children thrive and be safe, and use "
        "monitoring and review systems to make continuous improvements."),
    (1, "Recommendation 1 – The registered person should ensure that the home is well maintained and "
        "homely. In particular, the decoration of the lounge and two bedrooms. (‘Guide to the Children’s "
        "Homes Regulations, including the quality standards’, page 15, paragraph 3.9)"),
]
ST_ACTIONS = [
    a(g=0, ref="A1",
      action=("Review and update every child’s individual risk assessment and location risk assessment.\n"
              "Each update to be signed off by the Registered Manager and shared with the child’s social worker."),
      lead_cell="Registered Manager", lead=["Registered Manager"],
      due="31/05/2024", stat="Complete", end="2024-05", status="blue"),
    a(g=0, ref="A2",
      action=("Deliver a team session on dynamic risk assessment after missing episodes, led by the "
              "Child Exploitation and Missing team."),
      lead_cell="Registered Manager / CE and Missing Team Manager",
      lead=["Registered Manager", "CE and Missing Team Manager"],
      due="End of June 2024", stat="Complete", end="2024-06", status="blue"),
    a(g=1, ref="A3",
      action=("Introduce a reflective supervision template and audit three supervision records each "
              "month, reporting findings to the Head of Residential Services."),
      lead_cell="Deputy Manager", lead=["Deputy Manager"],
      due="w/c 15/04/24", stat="Complete", end="2024-04", status="blue"),
    a(g=2, ref="B1",
      action=("Implement a monthly self-audit covering incidents, physical intervention records and "
              "consequences, with findings reported to the Head of Residential Services."),
      lead_cell="Registered Manager", lead=["Registered Manager"],
      due="30 September 2024", stat="Amber", end="2024-09", status="amber"),
    a(g=2, ref="B2",
      action=("Review each Regulation 44 independent person’s report within 10 working days and add "
              "its actions to the home’s development plan."),
      lead_cell="Responsible Individual", lead=["Responsible Individual"],
      due="Ongoing – monthly", stat="On track", end=None, end_text="Ongoing – monthly", status="green"),
    a(g=3, ref="B3",
      action="Redecorate the lounge and two bedrooms, with children choosing the colours and furnishings.",
      lead_cell="Registered Manager; Corporate Landlord (Property Services)",
      lead=["Registered Manager", "Corporate Landlord (Property Services)"],
      due="Oct-24", stat="Not started", end="2024-10", status="unrated"),
    a(g=3, ref="B4",
      action="Agree a planned maintenance schedule for the home with Property Services.",
      lead_cell="Head of Residential Services", lead=["Head of Residential Services"],
      due="December 2024", stat="On track", end="2024-12", status="green"),
]


def build_stoke(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(ST_TITLE, style="Title")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    dc = [("Document owner", "Head of Residential Services"),
          ("Responsible Individual", "Strategic Manager, Children’s Residential Services"),
          ("Version", "2.0"),
          ("Date of this version", "14 August 2024"),
          ("Review", "Monthly at Residential Services Management Team")]
    for i, (k, v) in enumerate(dc):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the actions taken in response to the requirements and recommendations made by "
        "Ofsted at the most recent full inspections of two of the council’s children’s homes. Status is "
        "recorded as Complete, On track, Amber (some delay) or Not started.")
    heads = ["No.", "Action to be taken", "Responsible person", "Due date", "Status"]
    for si, (sec, note) in enumerate(ST_SECTIONS):
        doc.add_heading(sec, level=1)
        doc.add_paragraph(note)
        groups = [gi for gi, (s, _) in enumerate(ST_GROUPS) if s == si]
        nrows = 1 + sum(1 + sum(1 for x in ST_ACTIONS if x["g"] == gi) for gi in groups)
        tab = doc.add_table(rows=nrows, cols=5)
        tab.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tab.cell(0, j), h, bold=True)
            shade(tab.cell(0, j), "BDD7EE")
        r = 1
        for gi in groups:
            m = tab.cell(r, 0).merge(tab.cell(r, 4))
            set_cell(m, ST_GROUPS[gi][1], bold=True)
            shade(m, "F2F2F2")
            r += 1
            for act in [x for x in ST_ACTIONS if x["g"] == gi]:
                for j, v in enumerate([act["ref"], act["action"], act["lead_cell"], act["due"], act["stat"]]):
                    set_cell(tab.cell(r, j), v)
                r += 1
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Name", "Role", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["L. Bennett", "Head of Residential Services", "14/08/2024"]):
        set_cell(so.cell(1, j), v)
    for j, v in enumerate(["P. Okafor", "Responsible Individual", "14/08/2024"]):
        set_cell(so.cell(2, j), v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. West Lothian Council Fostering Service - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
WL_TITLE = ("West Lothian Council Fostering Service – Improvement Plan following Care Inspectorate "
            "inspection, November 2024")
WL_KQ = ["Key Question 1: How well do we support children and young people’s rights and wellbeing?",
         "Key Question 5: How well is our care and support planned?"]
WL_GROUPS = [
    (0, "Requirement 1: By 31 March 2025, the provider must ensure that children and young people are "
        "safe and protected from harm. To do this, the provider must, at a minimum, ensure that safer "
        "caring plans are reviewed following any significant event and at least annually."),
    (0, "Area for improvement 1: To support children and young people’s wellbeing, the provider should "
        "ensure that foster carers complete the training identified in their learning and development "
        "plans, including trauma-informed practice."),
    (1, "Area for improvement 2: The provider should ensure that foster carer reviews are completed "
        "within timescales and include the views of the children and young people living with the "
        "family and their social workers."),
]
WL_ACTIONS = [
    a(g=0, ref="1.1",
      action=("Audit the safer caring plans of all approved carer households and update any plan that "
              "has not been reviewed in the last 12 months."),
      lead_cell="Fostering Team Manager", lead=["Fostering Team Manager"],
      due="31 January 2025", rag=GREEN, end="2025-01", status="blue"),
    a(g=0, ref="1.2",
      action=("Amend the fostering procedure so that a review of the safer caring plan is a mandatory "
              "step after any allegation, placement disruption or significant event."),
      lead_cell="Service Manager (Children and Families) / Quality Assurance Officer",
      lead=["Service Manager (Children and Families)", "Quality Assurance Officer"],
      due="By 31 March 2025", rag=GREEN, end="2025-03", status="blue"),
    a(g=1, ref="1.3",
      action=("Set up a training tracker for all carers, reviewed at each supervisory visit, and follow "
              "up any carer with outstanding core training."),
      lead_cell="Supervising Social Workers", lead=["Supervising Social Workers"],
      due="June 2025", rag=AMBER, end="2025-06", status="amber"),
    a(g=1, ref="1.4",
      action="Commission two additional cohorts of trauma-informed practice training for foster carers.",
      lead_cell="Learning and Development Officer", lead=["Learning and Development Officer"],
      due="Sept 2025 – March 2026", rag=RED, end="2026-03", end_text="Sept 2025 – March 2026",
      status="red"),
    a(g=2, ref="5.1",
      action=("Introduce a review scheduler so that every carer review is booked at least eight weeks "
              "before it is due."),
      lead_cell="Fostering Team Manager", lead=["Fostering Team Manager"],
      due="Dec-24", rag=GREEN, end="2024-12", status="blue"),
    a(g=2, ref="5.2",
      action=("Revise the pre-review consultation forms for children and social workers, co-designed "
              "with young people from the Champions Board."),
      lead_cell="Independent Reviewing Officer (Fostering); Participation Lead",
      lead=["Independent Reviewing Officer (Fostering)", "Participation Lead"],
      due="Ongoing", rag=AMBER, end=None, end_text="Ongoing", status="amber"),
    a(g=2, ref="5.3",
      action=("Report the timeliness of carer reviews to the Fostering Panel and the Senior Management "
              "Team."),
      lead_cell="Service Manager (Children and Families)", lead=["Service Manager (Children and Families)"],
      due="Quarterly", rag=AMBER, end=None, end_text="Quarterly", status="amber"),
]


def build_westlothian(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WL_TITLE, style="Title")
    doc.add_heading("Service details", level=2)
    sd = doc.add_table(rows=5, cols=2)
    sd.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Service", "West Lothian Council Fostering Service"),
            ("Care service number", "CS2004079112"),
            ("Inspection", "Unannounced, 11 to 22 November 2024 (report published 14 January 2025)"),
            ("Key Question 1 grade", "4 – Good"),
            ("Key Question 5 grade", "3 – Adequate")]):
        set_cell(sd.cell(i, 0), k, bold=True)
        set_cell(sd.cell(i, 1), v)
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([(GREEN, "Complete"), (AMBER, "In progress"),
                                    (RED, "Delayed / at risk")]):
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)
    doc.add_paragraph("Progress position as at 30 April 2025. Plan monitored by the Children and Families "
                      "Senior Management Team.")
    heads = ["Requirement / area for improvement", "No.", "Action", "Person responsible", "Timescale", "RAG"]
    for kq, kqtext in enumerate(WL_KQ):
        doc.add_heading(kqtext, level=1)
        groups = [gi for gi, (k, _) in enumerate(WL_GROUPS) if k == kq]
        acts = [x for x in WL_ACTIONS if WL_GROUPS[x["g"]][0] == kq]
        tab = doc.add_table(rows=1 + len(acts), cols=6)
        tab.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tab.cell(0, j), h, bold=True)
            shade(tab.cell(0, j), "D9E2F3")
        r = 1
        for gi in groups:
            ga = [x for x in acts if x["g"] == gi]
            for act in ga:
                for j, v in enumerate([act["ref"], act["action"], act["lead_cell"], act["due"]]):
                    set_cell(tab.cell(r + ga.index(act), 1 + j), v)
                tab.cell(r + ga.index(act), 5).text = ""
                shade(tab.cell(r + ga.index(act), 5), act["rag"])
            top = tab.cell(r, 0)
            if len(ga) > 1:
                top = top.merge(tab.cell(r + len(ga) - 1, 0))
            set_cell(top, WL_GROUPS[gi][1])
            r += len(ga)
        doc.add_paragraph("")
    doc.add_paragraph("Approved by: Head of Social Policy, 6 May 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Thurrock Council Early Help Strategy action plan (csv)
# ---------------------------------------------------------------------------
TH_TITLE = "Thurrock Early Help Strategy 2024-2027: Year 1 Action Plan"
TH_PRI = ["Priority 1: Early identification and access to help",
          "Priority 2: Family Hubs and Start for Life",
          "Priority 3: A skilled and confident workforce"]
TH_ACTIONS = [
    a(p=0, ref="1.1",
      action="Launch a single Early Help Assessment form on the partnership portal, replacing the three existing forms",
      lead_cell="Early Help Partnership Manager", lead=["Early Help Partnership Manager"],
      partners="Schools, health visiting, housing", due="Sep-24", rag="Complete",
      update="Live from 2 September 2024.", end="2024-09", status="blue"),
    a(p=0, ref="1.2",
      action="Train 150 practitioners from schools, health and housing as Lead Practitioners, with refresher sessions each term",
      lead_cell="Head of Early Help; Workforce Development Manager",
      lead=["Head of Early Help", "Workforce Development Manager"],
      partners="Schools, NELFT, Housing", due="31/03/2025", rag="Green",
      update="64 trained in the first cohort.", end="2025-03", status="green",
      cont="(cont.) Second cohort booked for February 2025; schools in Purfleet and Aveley prioritised."),
    a(p=0, ref="1.3",
      action="Publish a quarterly Early Help dashboard showing requests for support, step-down from social care and outcomes at closure",
      lead_cell="Business Intelligence Manager", lead=["Business Intelligence Manager"],
      partners="", due="Q3 2024/25", rag="Amber",
      update="Dashboard drafted; closure outcome data not yet reliable.", end="2024-12",
      end_text="Q3 2024/25", status="amber"),
    a(p=1, ref="2.1",
      action="Open the Tilbury and Grays Family Hubs with a published timetable of Start for Life services",
      lead_cell="Family Hubs Manager", lead=["Family Hubs Manager"],
      partners="Health visiting, midwifery, voluntary sector", due="Jan-25", rag="Green",
      update="Grays open; Tilbury opening 13 January.", end="2025-01", status="green"),
    a(p=1, ref="2.2",
      action=("Co-locate health visiting, perinatal mental health and infant feeding support in each Family Hub.\n"
              "Agree a data sharing agreement with NELFT and EPUT."),
      lead_cell="Family Hubs Manager / Public Health Consultant (0-19)",
      lead=["Family Hubs Manager", "Public Health Consultant (0-19)"],
      partners="NELFT, EPUT", due="March 2025", rag="Amber",
      update="DSA with EPUT awaiting IG sign-off.", end="2025-03", status="amber"),
    a(p=1, ref="2.3",
      action="Develop a Parent Carer Panel to co-produce the Family Hub offer",
      lead_cell="Participation Officer", lead=["Participation Officer"],
      partners="Thurrock Parent Forum", due="Ongoing", rag="Green",
      update="Panel of 11 parents meets monthly.", end=None, end_text="Ongoing", status="green"),
    a(p=2, ref="3.1",
      action="Embed the Thurrock practice framework (restorative and strengths-based) across Early Help and partner agencies through practice weeks",
      lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
      partners="All partners", due="Summer term 2025", rag="Not started",
      update="", end="2025-07", end_text="Summer term 2025", status="unrated"),
    a(p=2, ref="3.2",
      action="Audit 30 early help cases each quarter using the multi-agency audit tool and report learning to the Partnership Board",
      lead_cell="Quality Assurance Manager", lead=["Quality Assurance Manager"],
      partners="", due="Quarterly", rag="Red",
      update="Q2 audit not completed - auditor vacancy.", end=None, end_text="Quarterly", status="red"),
]


def build_thurrock(path):
    rows = [[TH_TITLE, "", "", "", "", "", "", ""],
            ["Early Help Partnership Board - Quarter 2 update (October 2024)", "", "", "", "", "", "", ""],
            [""] * 8,
            ["Priority", "Ref", "Action", "Lead(s)", "Key partners", "Target date", "RAG",
             "Progress update (Q2)"]]
    cur = None
    for act in TH_ACTIONS:
        pri = TH_PRI[act["p"]] if act["p"] != cur else ""
        cur = act["p"]
        rows.append([pri, act["ref"], act["action"], act["lead_cell"], act["partners"], act["due"],
                     act["rag"], act["update"]])
        if act.get("cont"):
            rows.append(["", "", "", "", "", "", "", act["cont"]])
    rows.append([""] * 8)
    rows.append(["Key: Complete = achieved; Green = on track; Amber = at risk; Red = off track; "
                 "Not started = due later in the year", "", "", "", "", "", "", ""])
    rows.append(["Source: Early Help Partnership Board papers, 21 October 2024", "", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Darlington Borough Council Corporate Parenting Board action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
DL_TITLE = "Darlington Borough Council – Corporate Parenting Board Action Plan 2025/26"
DL_PRI = ["Priority 1 – Being healthy and feeling safe",
          "Priority 2 – Education, employment and training",
          "Priority 3 – Leaving care and moving to adulthood"]
DL_ACTIONS = [
    a(p=0, ref="1a",
      action=("Ensure every child coming into care has an Initial Health Assessment within 20 working "
              "days, with weekly tracking between the Children Looked After team and the health provider"),
      lead_cell="Designated Nurse for Children Looked After; Head of Children Looked After",
      lead=["Designated Nurse for Children Looked After", "Head of Children Looked After"],
      when="Dec 2025", prev="A", cur="G",
      comment="78% in timescale in Q2, up from 54% in Q1.", end="2025-12", status="green"),
    a(p=0, ref="1b",
      action=("Roll out the Emotional Health Pathway so that children with an SDQ score above 17 are "
              "offered a CAMHS consultation"),
      lead_cell="Clinical Psychologist (Children Looked After)",
      lead=["Clinical Psychologist (Children Looked After)"],
      when="31/03/2026", prev="G", cur="G",
      comment="Pathway agreed with TEWV; consultations start in November.", end="2026-03", status="green"),
    a(p=0, ref="1c",
      action="Offer a return home interview within 72 hours to every child who goes missing from care",
      lead_cell="Missing from Home Co-ordinator", lead=["Missing from Home Co-ordinator"],
      when="Ongoing", prev="R", cur="A",
      comment="Offer rate 91%; take-up remains low for children placed out of area.",
      end=None, end_text="Ongoing", status="amber"),
    a(p=1, ref="2a",
      action="Increase the proportion of Personal Education Plans rated good or better to 90%",
      lead_cell="Virtual School Head", lead=["Virtual School Head"],
      when="Autumn term 2025", prev="A", cur="B",
      comment="92% good or better at the October audit.", end="2025-12",
      end_text="Autumn term 2025", status="blue"),
    a(p=1, ref="2b",
      action=("Offer every care leaver aged 16-21 who is not in education, employment or training a named "
              "careers adviser and a guaranteed interview for a council apprenticeship"),
      lead_cell="Virtual School Head / Careers Adviser (Education Services)",
      lead=["Virtual School Head", "Careers Adviser (Education Services)"],
      when="Jan-26", prev="G", cur="A",
      comment="Apprenticeship interview guarantee awaiting HR policy change.", end="2026-01", status="amber"),
    a(p=2, ref="3a",
      action="Extend the council tax exemption for care leavers living outside the borough up to age 25",
      lead_cell="Head of Revenues and Benefits", lead=["Head of Revenues and Benefits"],
      when="April 2025", prev="G", cur="B",
      comment="Agreed by Cabinet; in place from 1 April 2025.", end="2025-04", status="blue"),
    a(p=2, ref="3b",
      action=("Refresh the Local Offer for care leavers with members of the Care Leavers' Forum and "
              "publish an accessible version online"),
      lead_cell="Sarah Dunn and Mark Pearson", lead=["Sarah Dunn", "Mark Pearson"],
      when="Oct 2025", prev="", cur="R",
      comment="Forum sessions postponed; new date 12 November.", end="2025-10", status="red"),
    a(p=2, ref="3c",
      action=("Agree a housing protocol with Housing Services so that no care leaver is placed in bed "
              "and breakfast accommodation"),
      lead_cell="Head of Housing Options; Leaving Care Team Manager",
      lead=["Head of Housing Options", "Leaving Care Team Manager"],
      when="March 2026", prev="A", cur="A",
      comment="Draft protocol at Housing DMT 18 November.", end="2026-03", status="amber"),
]


def build_darlington(path):
    lines = [DL_TITLE,
             "Progress update for the Corporate Parenting Panel, 3 November 2025",
             "",
             "Our promise: we will do for every child in our care and every care leaver what a good parent "
             "would do for their own child.",
             ""]
    head = "\t".join(["Ref", "What we will do", "Lead", "When", "Previous RAG", "Current RAG", "Comments"])
    cur = None
    for act in DL_ACTIONS:
        if act["p"] != cur:
            if cur is not None:
                lines.append("")
            cur = act["p"]
            lines.append(DL_PRI[cur])
            lines.append(head)
        lines.append("\t".join([act["ref"], act["action"], act["lead_cell"], act["when"], act["prev"],
                                act["cur"], act["comment"]]))
    lines += ["",
              "Key: B = Complete, G = On track, A = Some slippage, R = Off track",
              "Document owner: Assistant Director, Children's Services. Next review: January 2026"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "tw": "ne1-telford-wrekin-safeguarding-partnership-jtai-action-plan.xlsx",
    "wm": "ne1-royal-borough-windsor-maidenhead-ilacs-improvement-plan.xlsx",
    "hv": "ne1-havering-council-corporate-parenting-board-action-plan-typo-month-refuse.xlsx",
    "st": "ne1-stoke-on-trent-city-council-childrens-homes-ofsted-action-plan.docx",
    "wl": "ne1-west-lothian-council-fostering-service-care-inspectorate-improvement-plan.docx",
    "th": "ne1-thurrock-council-early-help-strategy-action-plan.csv",
    "dl": "ne1-darlington-borough-council-corporate-parenting-board-action-plan.txt",
}


def main():
    p = lambda k: os.path.join(HERE, FILES[k])
    build_telford(p("tw"))
    build_windsor(p("wm"))
    row = build_havering(p("hv"))
    build_stoke(p("st"))
    build_westlothian(p("wl"))
    build_thurrock(p("th"))
    build_darlington(p("dl"))
    print("Havering typo row:", row)
    for k in FILES:
        print(FILES[k])


if __name__ == "__main__":
    main()
