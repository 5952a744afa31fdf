"""Build the seven jg1- blind test files (set heldout301).

Run with /work/main/.venv/bin/python jg1_make.py ; files are written beside this script.
Each ACTIONS entry carries the displayed cell values; the x_* keys record how a person reads
the row (used only to write the .expected.yaml files, not by the data files).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
    "B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000",
    "Complete": "5B9BD5", "On track": "92D050",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Camden local area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
CAMDEN_FILE = "jg1-camden-local-area-send-priority-action-plan.xlsx"
CAMDEN_TITLE = "Camden Local Area Partnership – SEND Priority Action Plan"
CAMDEN = [
    {
        "priority": "Priority 1: Timeliness and quality of education, health and care plans",
        "rec": "Leaders across education, health and care should urgently improve the timeliness of "
               "EHC needs assessments so that children and young people’s needs are identified and "
               "met without delay.",
        "actions": [
            dict(ref="1.1",
                 action="Recruit four additional EHC coordinators and commission locum educational "
                        "psychologist capacity to clear the backlog of overdue needs assessments.",
                 impact="95% of new EHC plans issued within 20 weeks by March 2026",
                 lead="Head of SEND Services", partners="Camden Learning",
                 orig=d(2025, 9, 30), rev=d(2025, 12, 31), prev="Amber", cur="Amber",
                 progress="Three of four coordinator posts filled; locum EP contract extended to "
                          "December 2025.",
                 x_lead=["Head of SEND Services"], x_end="2025-12", x_status="amber"),
            dict(ref="1.2",
                 action="Introduce a weekly multi-agency panel that tracks every assessment against "
                        "the 20-week timescale and escalates late advice to the Director of Education.",
                 impact="No assessment passes week 16 without escalation",
                 lead="Head of SEND Services / Designated Clinical Officer", partners="NCL ICB",
                 orig=d(2025, 6, 30), rev=None, prev="Green", cur="Blue",
                 progress="Panel running weekly since 2 June 2025.",
                 x_lead=["Head of SEND Services", "Designated Clinical Officer"], x_end="2025-06",
                 x_status="blue"),
            dict(ref="1.3",
                 action="Agree turnaround standards for health advice with NCL ICB and community "
                        "health providers, and report compliance monthly to the SEND Partnership Board.",
                 impact="90% of health advice returned within 6 weeks",
                 lead="ICB Director of Children’s Commissioning",
                 partners="Whittington Health; CNWL NHS Foundation Trust",
                 orig=d(2025, 10, 31), rev=None, prev="Amber", cur="Green",
                 progress="Standards agreed in principle; first compliance report due September.",
                 x_lead=["ICB Director of Children’s Commissioning"], x_end="2025-10",
                 x_status="green"),
        ],
    },
    {
        "priority": "Priority 2: Co-production and communication with families",
        "rec": "Leaders should strengthen co-production with parents and carers so that families are "
               "well informed about, and involved in, decisions about their child’s support.",
        "actions": [
            dict(ref="2.1",
                 action="Co-design a new SEND Local Offer website with Camden Parent Carer Forum, "
                        "including a tracker so that families can see the stage their child’s "
                        "assessment has reached.",
                 impact="Parent survey: 70% say they know where their child’s assessment is up to",
                 lead="Head of SEND Services; Parent Carer Forum Co-Chair",
                 partners="Camden Parent Carer Forum",
                 orig=d(2026, 3, 31), rev=None, prev="Green", cur="Green",
                 progress="Supplier appointed; design workshops with parents held in June.",
                 x_lead=["Head of SEND Services", "Parent Carer Forum Co-Chair"], x_end="2026-03",
                 x_status="green"),
            dict(ref="2.2",
                 action="Publish a ‘You said, we did’ update for families after each SEND Partnership "
                        "Board meeting.",
                 impact="Updates published within two weeks of each Board",
                 lead="SEND Partnership Manager", partners="All partners",
                 orig="Termly", rev=None, prev="Green", cur="Green",
                 progress="Summer term update published 27 June 2025.",
                 x_lead=["SEND Partnership Manager"], x_end=None, x_end_text="Termly",
                 x_status="green"),
        ],
    },
    {
        "priority": "Priority 3: Preparing for adulthood",
        "rec": "Leaders should ensure that young people with SEND aged 14 and over have well-planned "
               "transitions to adult health and social care services.",
        "actions": [
            dict(ref="3.1",
                 action="Set up a 14–25 transitions panel with adult social care and adult health "
                        "services.\nAgree a named lead professional for every young person in Year 11 "
                        "and above with an EHC plan.",
                 impact="All Year 11+ young people with an EHC plan have a named lead professional",
                 lead="Head of Children with Disabilities Service / Head of Adult Social Care "
                      "(Transitions)",
                 partners="Adult Social Care; NCL ICB",
                 orig=d(2025, 9, 30), rev=d(2026, 1, 31), prev="Amber", cur="Red",
                 progress="Panel terms of reference not yet agreed by adult services; escalated to "
                          "Board in July.",
                 x_lead=["Head of Children with Disabilities Service",
                         "Head of Adult Social Care (Transitions)"],
                 x_end="2026-01", x_status="red"),
            dict(ref="3.2",
                 action="Embed preparing-for-adulthood outcomes in every EHC plan from the Year 9 "
                        "annual review, checked through the multi-agency quality assurance audit.",
                 impact="85% of audited Year 9+ plans rated good for PfA outcomes",
                 lead="Principal Educational Psychologist", partners="Schools and colleges",
                 orig="Summer term 2026", rev=None, prev="Green", cur="Green",
                 progress="PfA outcome guidance issued to SENCOs in May.",
                 x_lead=["Principal Educational Psychologist"], x_end="2026-07",
                 x_end_text="Summer term 2026", x_status="green"),
        ],
    },
]


def make_camden():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CAMDEN_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to the joint Ofsted and CQC area SEND inspection, February 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "v1.3"), ("Status", "Quarter 1 2025/26 progress update"),
            ("Owner", "Camden SEND Partnership Board"),
            ("Accountable officers", "Director of Education; NCL ICB Chief Nursing Officer"),
            ("Last updated", "14/07/2025"), ("Next review", "October 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Blue", "Action complete and impact evidenced"),
           ("Green", "On track to deliver by the deadline"),
           ("Amber", "Some slippage; mitigation in place"),
           ("Red", "Off track; escalation to the SEND Partnership Board required")]
    for i, (k, v) in enumerate(key, start=13):
        cov.cell(i, 1, k).fill = fill(FILL[k])
        cov.cell(i, 2, v)
    widths(cov, [24, 70])

    ws = wb.create_sheet("Priority Action Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = CAMDEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 30 June 2025 (Quarter 1 2025/26)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Impact measure", "Lead officer(s)", "Partners",
             "Original deadline", "Revised deadline", "Previous RAG (Mar-25)",
             "Current RAG (Jun-25)", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for pr in CAMDEN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, pr["priority"]).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill("D9E1F2")
        r += 1
        ws.cell(r, 1, "Recommendation").font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.cell(r, 2, pr["rec"]).font = Font(italic=True)
        ws.cell(r, 2).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for a in pr["actions"]:
            vals = [a["ref"], a["action"], a["impact"], a["lead"], a["partners"], a["orig"],
                    a["rev"], a["prev"], a["cur"], a["progress"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 9).fill = fill(FILL[a["cur"]])
            ws.cell(r, 8).fill = fill(FILL[a["prev"]])
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: revised deadlines were agreed by the SEND Partnership Board on 14 July "
                  "2025. RAG ratings are defined on the Cover sheet.").font = Font(italic=True)
    widths(ws, [7, 50, 30, 26, 22, 12, 12, 12, 12, 40])
    ws.freeze_panes = "C5"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – position at 30 June 2025"
    sm["A1"].font = Font(bold=True)
    hdr = ["Priority", "Blue", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(3, c, h).font = Font(bold=True)
    data = [("Priority 1", 1, 1, 1, 0, 3), ("Priority 2", 0, 2, 0, 0, 2),
            ("Priority 3", 0, 1, 0, 1, 2), ("Total", 1, 4, 1, 1, 7)]
    for i, row in enumerate(data, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BOX
    widths(sm, [16, 8, 8, 8, 8, 8])
    wb.save(os.path.join(HERE, CAMDEN_FILE))


# ---------------------------------------------------------------------------
# 2. Rhondda Cynon Taf CIW children's services performance evaluation (xlsx)
# ---------------------------------------------------------------------------
RCT_FILE = "jg1-rhondda-cynon-taf-ciw-childrens-services-performance-evaluation-improvement-plan.xlsx"
RCT_TITLE = "Children’s Services Improvement Plan – CIW Performance Evaluation Inspection"
RCT = [
    {
        "sheet": "People",
        "principle": "Principle 1: People – Voice and Control",
        "afis": [
            {"afi": "The local authority must ensure children’s views and wishes are consistently "
                    "recorded and evidently inform their care and support plans.",
             "actions": [
                 dict(ref="1.1",
                      action="Revise the care and support plan template on WCCIS so that the "
                             "child’s views are captured in their own words and linked to each "
                             "personal outcome.",
                      lead="Principal Officer – Practice Development", due=d(2024, 4, 30),
                      progress="Revised template tested with two teams; go-live 1 April.", rag="G",
                      x_lead=["Principal Officer – Practice Development"], x_end="2024-04",
                      x_status="green"),
                 dict(ref="1.2",
                      action="Run practice workshops with all child care and support teams on "
                             "recording the voice of the child, using examples from audit.",
                      lead="Principal Social Worker", due="Q4 2023/24",
                      progress="Nine workshops delivered; 142 staff attended.", rag="B",
                      x_lead=["Principal Social Worker"], x_end="2024-03", x_status="blue"),
             ]},
            {"afi": "The local authority should improve the timeliness of statutory visits and "
                    "reviews for children who are looked after.",
             "actions": [
                 dict(ref="1.3",
                      action="Introduce weekly performance reports to team managers showing "
                             "statutory visits and reviews due in the next 14 days.",
                      lead="Head of Service (Looked After Children) / Performance Manager",
                      due=d(2024, 1, 31),
                      progress="Reports issued every Monday since January.", rag="B",
                      x_lead=["Head of Service (Looked After Children)", "Performance Manager"],
                      x_end="2024-01", x_status="blue"),
             ]},
        ],
    },
    {
        "sheet": "Prevention",
        "principle": "Principle 2: Prevention",
        "afis": [
            {"afi": "The local authority should ensure the Information, Advice and Assistance "
                    "service consistently identifies families who would benefit from early "
                    "support, so that needs are met before they escalate.",
             "actions": [
                 dict(ref="2.1",
                      action="Review the IAA screening tool with partners and introduce a 'what "
                             "matters' conversation at first contact.",
                      lead="Head of Early Intervention and Prevention", due=d(2024, 6, 30),
                      progress="Screening tool redrafted; police and health sign-off outstanding.",
                      rag="A",
                      x_lead=["Head of Early Intervention and Prevention"], x_end="2024-06",
                      x_status="amber"),
                 dict(ref="2.2",
                      action="Audit a sample of 50 re-referrals each quarter and report themes to "
                             "the Children’s Services Quality Assurance Board.",
                      lead="Service Manager – Quality Assurance", due="Quarterly",
                      progress="Quarter 3 audit completed; report to QA Board in April.", rag="G",
                      x_lead=["Service Manager – Quality Assurance"], x_end=None,
                      x_end_text="Quarterly", x_status="green"),
             ]},
        ],
    },
    {
        "sheet": "Partnerships",
        "principle": "Principle 3: Partnerships and Integration",
        "afis": [
            {"afi": "Partners should improve the timeliness of information sharing for strategy "
                    "discussions, particularly from health services.",
             "actions": [
                 dict(ref="3.1",
                      action="Agree a multi-agency standard for attendance and information sharing "
                             "at strategy discussions with Cwm Taf Morgannwg UHB and South Wales "
                             "Police.",
                      lead="Head of Safeguarding and Support Services",
                      due="April 2024 – September 2024",
                      progress="Health attendance remains below 60%; raised at Regional "
                               "Safeguarding Board.", rag="R",
                      x_lead=["Head of Safeguarding and Support Services"], x_end="2024-09",
                      x_end_text="April 2024 – September 2024", x_status="red"),
                 dict(ref="3.2",
                      action="Report strategy discussion attendance by agency to the Cwm Taf "
                             "Morgannwg Safeguarding Board each quarter.",
                      lead="CTM Safeguarding Board Business Manager", due="June 2024",
                      progress="First report scheduled for June Board.", rag="G",
                      x_lead=["CTM Safeguarding Board Business Manager"], x_end="2024-06",
                      x_status="green"),
             ]},
        ],
    },
    {
        "sheet": "Well-being",
        "principle": "Principle 4: Well-being",
        "afis": [
            {"afi": "The local authority should strengthen support for care leavers’ emotional "
                    "well-being and their access to suitable accommodation.",
             "actions": [
                 dict(ref="4.1",
                      action="Commission an emotional well-being service for care leavers aged 18 "
                             "to 25 with the Regional Partnership Board.",
                      lead="Head of Commissioning (Children’s Services)", due=d(2024, 9, 30),
                      progress="Service specification drafted; procurement timetable slipped by "
                               "one month.", rag="A",
                      x_lead=["Head of Commissioning (Children’s Services)"], x_end="2024-09",
                      x_status="amber"),
                 dict(ref="4.2",
                      action="Increase supported lodgings placements from 12 to 20 through a "
                             "targeted recruitment campaign with Foster Wales Rhondda Cynon Taf.",
                      lead="Team Manager – 16+ Team; Foster Wales Recruitment Officer",
                      due="March 2025",
                      progress="Campaign launched February; 4 enquiries progressing to assessment.",
                      rag="G",
                      x_lead=["Team Manager – 16+ Team", "Foster Wales Recruitment Officer"],
                      x_end="2025-03", x_status="green"),
             ]},
        ],
    },
]


def make_rct():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = RCT_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Rhondda Cynon Taf County Borough Council / Cyngor Bwrdeistref Sirol Rhondda Cynon Taf"
    sm["A3"] = ("Inspection: 9–13 October 2023 | Report published: 14 December 2023 | "
                "Progress reported to Cabinet: March 2024")
    hdr = ["Principle", "Areas for improvement", "Actions", "Complete (B)", "On track (G)",
           "Some delay (A)", "Significant concern (R)"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.alignment = WRAP
    counts = [("Principle 1: People – Voice and Control", 2, 3, 2, 1, 0, 0),
              ("Principle 2: Prevention", 1, 2, 0, 1, 1, 0),
              ("Principle 3: Partnerships and Integration", 1, 2, 0, 1, 0, 1),
              ("Principle 4: Well-being", 1, 2, 0, 1, 1, 0),
              ("Total", 5, 9, 2, 4, 2, 1)]
    for i, row in enumerate(counts, start=6):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BOX
    sm["A12"] = "RAG key"
    sm["A12"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "Some delay – action being taken"),
           ("R", "Significant concern – escalated to Senior Leadership Team")]
    for i, (k, v) in enumerate(key, start=13):
        sm.cell(i, 1, k).fill = fill(FILL[k])
        sm.cell(i, 2, v)
    widths(sm, [42, 14, 10, 12, 12, 14, 16])

    for pr in RCT:
        ws = wb.create_sheet(pr["sheet"])
        ws.merge_cells("A1:G1")
        ws["A1"] = pr["principle"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        heads = ["Ref", "CIW area for improvement", "Action", "Responsible officer",
                 "Target date", "Progress update (March 2024)", "RAG"]
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("E4DFEC")
            cell.border = BOX
            cell.alignment = WRAP
        r = 4
        for afi in pr["afis"]:
            first = r
            for a in afi["actions"]:
                vals = [a["ref"], afi["afi"] if r == first else None, a["action"], a["lead"],
                        a["due"], a["progress"], a["rag"]]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 7).fill = fill(FILL[a["rag"]])
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        if pr["sheet"] == "People":
            ws.cell(r + 1, 1, "Accountable Director: Director of Children’s Services").font = \
                Font(italic=True)
        widths(ws, [6, 40, 50, 28, 16, 40, 6])
    wb.save(os.path.join(HERE, RCT_FILE))


# ---------------------------------------------------------------------------
# 3. Southampton corporate parenting board action plan (xlsx)
# ---------------------------------------------------------------------------
SOTON_FILE = "jg1-southampton-corporate-parenting-board-action-plan.xlsx"
SOTON_TITLE = "Southampton City Council – Corporate Parenting Board Action Plan 2024–2026"
SOTON = [
    ("1. We will listen to you and act on what you tell us", [
        dict(ref="CP01",
             action="Hold a joint meeting of the Corporate Parenting Board and the Children in "
                    "Care Council twice a year, with young people setting the agenda.",
             lead="Participation Lead / Chair of Corporate Parenting Board",
             due="Sept 2024 – March 2025",
             measure="Two joint meetings held; young people chair at least one item",
             update="Joint meetings held in October 2024 and January 2025.", status="Complete",
             x_lead=["Participation Lead", "Chair of Corporate Parenting Board"], x_end="2025-03",
             x_end_text="Sept 2024 – March 2025", x_status="blue"),
        dict(ref="CP02",
             action="Roll out the Mind Of My Own app so that every child in care can give "
                    "feedback before their review.",
             lead="Head of Service – Children Looked After", due=d(2025, 3, 31),
             measure="60% of children aged 8+ submit a statement before review",
             update="Licences purchased; 41% uptake so far.", status="On track",
             x_lead=["Head of Service – Children Looked After"], x_end="2025-03",
             x_status="green"),
    ]),
    ("2. We will help you do well in education", [
        dict(ref="CP03",
             action="Make sure every child in care has a Personal Education Plan reviewed each "
                    "term, with the child’s views recorded.",
             lead="Virtual School Headteacher", due="Termly",
             measure="95% of PEPs completed and rated good by the Virtual School",
             update="Autumn term: 93% of PEPs completed on time.", status="On track",
             x_lead=["Virtual School Headteacher"], x_end=None, x_end_text="Termly",
             x_status="green"),
        dict(ref="CP04",
             action="Offer every care leaver aged 16 to 21 who is not in education, employment or "
                    "training a named mentor through the Council’s apprenticeship and work "
                    "experience scheme.",
             lead="Kelly Osei and Mark Pryor", due="June 2025",
             measure="NEET rate for care leavers below 35%",
             update="Mentor scheme designed; 9 mentors recruited against target of 25.",
             status="Amber",
             x_lead=["Kelly Osei", "Mark Pryor"], x_end="2025-06", x_status="amber"),
    ]),
    ("3. We will make sure you have a safe and stable home", [
        dict(ref="CP05",
             action="Open two new in-house children’s homes so that fewer children have to live "
                    "outside the city.",
             lead="Director of Children’s Social Care", due="Dec 2025",
             measure="Fewer than 20% of children in care placed more than 20 miles away",
             update="First property purchased; Ofsted registration application in progress.",
             status="Amber",
             x_lead=["Director of Children’s Social Care"], x_end="2025-12", x_status="amber"),
        dict(ref="CP06",
             action="Extend ‘Staying Close’ support to all young people leaving the city’s "
                    "children’s homes.",
             lead="Head of Service – Care Leavers", due="April 2025",
             measure="All eligible young people offered Staying Close",
             update="Awaiting outcome of DfE funding bid.", status="Not started",
             x_lead=["Head of Service – Care Leavers"], x_end="2025-04", x_status="unrated"),
    ]),
    ("4. We will look after your health and well-being", [
        dict(ref="CP07",
             action="Complete all initial health assessments within 20 working days of a child "
                    "coming into care.",
             lead="Designated Nurse for Children in Care (HIOW ICB)", due="Ongoing",
             measure="90% of IHAs completed within 20 working days",
             update="Q3 performance 48%; paediatric capacity escalated to ICB.", status="Red",
             x_lead=["Designated Nurse for Children in Care (HIOW ICB)"], x_end=None,
             x_end_text="Ongoing", x_status="red"),
        dict(ref="CP08",
             action="Give all care leavers a free leisure pass and a health passport summarising "
                    "their health history.",
             lead="Lead Member for Children and Learning; Head of Service – Care Leavers",
             due=d(2024, 10, 1),
             measure="All care leavers offered a leisure pass and health passport",
             update="Leisure passes issued from 1 October 2024; health passports in use.",
             status="Complete",
             x_lead=["Lead Member for Children and Learning", "Head of Service – Care Leavers"],
             x_end="2024-10", x_status="blue"),
    ]),
]


def make_soton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = SOTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Our promises to children in care and care leavers"
    ws["A3"] = "Updated for the Corporate Parenting Board, 22 January 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Promise", "No.", "What we will do", "Who will lead", "By when",
             "How we will know it has worked", "Update", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00856A")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    status_fill = {"Complete": "5B9BD5", "On track": "92D050", "Amber": "FFC000",
                   "Red": "FF0000", "Not started": "D9D9D9"}
    for promise, acts in SOTON:
        for i, a in enumerate(acts):
            vals = [promise if i == 0 else None, a["ref"], a["action"], a["lead"], a["due"],
                    a["measure"], a["update"], a["status"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 8).fill = fill(status_fill[a["status"]])
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for k, v in [("Complete", 2), ("On track", 2), ("Amber", 2), ("Red", 1),
                 ("Not started", 1), ("Total", 8)]:
        r += 1
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
    widths(ws, [30, 7, 48, 30, 18, 32, 38, 12])

    k = wb.create_sheet("Status key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate([("Complete", "Action delivered and signed off by the Board"),
                                ("On track", "Progressing to plan"),
                                ("Amber", "Risk of delay – mitigation in place"),
                                ("Red", "Off track – Board to consider escalation"),
                                ("Not started", "Work not yet begun")], start=3):
        k.cell(i, 1, s).fill = fill(status_fill[s])
        k.cell(i, 2, m)
    widths(k, [14, 50])
    wb.save(os.path.join(HERE, SOTON_FILE))


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


def set_cell(cell, text, bold=False):
    """Write text; inner \n become separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Hammersmith & Fulham YJS HMIP improvement plan (docx)
# ---------------------------------------------------------------------------
HF_FILE = "jg1-hammersmith-fulham-youth-justice-service-hmip-improvement-plan.docx"
HF_TITLE = "Hammersmith & Fulham Youth Justice Service – Post-Inspection Improvement Plan"
HF = [
    ("Recommendations for the Youth Justice Service Management Board", [
        ("Recommendation 1: Make sure that the training offer for volunteers, including referral "
         "order panel members, returns to a blended model that includes face-to-face learning.", [
            dict(ref="1.1",
                 action="Re-establish quarterly face-to-face training sessions for referral order "
                        "panel members, alongside the existing online modules.",
                 lead="Volunteer and Restorative Justice Coordinator", due="December 2022",
                 progress="Sessions held in November 2022 and February 2023; attendance 78%.",
                 rag="B", fill="5B9BD5",
                 x_lead=["Volunteer and Restorative Justice Coordinator"], x_end="2022-12",
                 x_status="blue"),
            dict(ref="1.2",
                 action="Develop an induction pack and shadowing programme for new volunteers, "
                        "co-produced with current panel members.",
                 lead="Volunteer and Restorative Justice Coordinator; YJS Team Manager",
                 due="Original: January 2023\nRevised: April 2023",
                 progress="Draft pack reviewed by panel members; shadowing rota being agreed.",
                 rag="A", fill="FFC000",
                 x_lead=["Volunteer and Restorative Justice Coordinator", "YJS Team Manager"],
                 x_end="2023-04", x_status="amber"),
        ]),
        ("Recommendation 2: Improve the Board’s oversight of the disproportionate representation "
         "of Black and mixed heritage children, and make sure that access to education, training "
         "and employment is consistent for all children.", [
            dict(ref="2.1",
                 action="Add a disproportionality dashboard to every Management Board meeting, "
                        "covering stop and search, out-of-court disposals, remands and custody.",
                 lead="YJS Performance and Information Officer", due="Q3 2022/23",
                 progress="Dashboard presented at the December 2022 Board and each Board since.",
                 rag="B", fill="5B9BD5",
                 x_lead=["YJS Performance and Information Officer"], x_end="2022-12",
                 x_status="blue"),
            dict(ref="2.2",
                 action="Commission an independent review of the experiences of Black and mixed "
                        "heritage children in the youth justice system, with children and parents "
                        "as co-researchers.",
                 lead="Chair of YJS Management Board", due="31/07/2023",
                 progress="Reviewer appointed in February 2023; fieldwork under way.",
                 rag="G", fill="92D050",
                 x_lead=["Chair of YJS Management Board"], x_end="2023-07", x_status="green"),
            dict(ref="2.3",
                 action="Agree a protocol with the Virtual School and Education Inclusion Service "
                        "so that every child open to the YJS who is not in full-time education has "
                        "a plan reviewed at the monthly ETE panel.\nTrack outcomes by ethnicity.",
                 lead="Head of Education Inclusion / YJS Head of Service",
                 due="Ongoing – monthly",
                 progress="Protocol signed January 2023; ETE panel meets monthly.",
                 rag="", fill="92D050",
                 x_lead=["Head of Education Inclusion", "YJS Head of Service"], x_end=None,
                 x_end_text="Ongoing – monthly", x_status="green"),
        ]),
    ]),
    ("Recommendations for the Head of Youth Justice Service", [
        ("Recommendation 3: Make sure that contingency planning for children at risk of "
         "exploitation is specific and is reviewed after significant events.", [
            dict(ref="3.1",
                 action="Refresh the contingency planning section of the AssetPlus practice "
                        "guidance and deliver workshops for all case managers.",
                 lead="YJS Team Manager (Court and Post-Court)", due="March 2023",
                 progress="Guidance refreshed; two of three workshops delivered.",
                 rag="G", fill="92D050",
                 x_lead=["YJS Team Manager (Court and Post-Court)"], x_end="2023-03",
                 x_status="green"),
            dict(ref="3.2",
                 action="Add a monthly dip-sample of exploitation cases to the YJS quality "
                        "assurance framework, with findings reported to the Management Board.",
                 lead="YJS Head of Service", due="June 2023",
                 progress="To start once the refreshed guidance is embedded.",
                 rag="Not started", fill=None,
                 x_lead=["YJS Head of Service"], x_end="2023-06", x_status="unrated"),
        ]),
    ]),
]


def make_hf():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(HF_TITLE, style="Title")
    doc.add_paragraph("HM Inspectorate of Probation inspection of youth justice services: fieldwork "
                      "June 2022, report published October 2022. Overall rating: Outstanding.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("0.1", "31/10/2022", "YJS Head of Service", "First draft for Management Board"),
                ("1.0", "18/11/2022", "YJS Head of Service", "Approved by YJS Management Board"),
                ("1.2", "28/02/2023", "YJS Performance and Information Officer",
                 "Quarter 4 progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, col, meaning in [("R", "FF0000", "Off track – escalate to Management Board"),
                               ("A", "FFC000", "Some slippage – recovery action agreed"),
                               ("G", "92D050", "On track"),
                               ("B", "5B9BD5", "Complete")]:
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)
    doc.add_paragraph("")
    for board_head, recs in HF:
        doc.add_paragraph(board_head, style="Heading 1")
        for rec_text, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec_text).bold = True
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
                set_cell(tb.rows[0].cells[c], h, bold=True)
                shade(tb.rows[0].cells[c], "D9D9D9")
            for a in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([a["ref"], a["action"], a["lead"], a["due"],
                                       a["progress"], a["rag"]]):
                    set_cell(cells[c], v)
                if a["fill"]:
                    shade(cells[5], a["fill"])
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to every meeting of the Youth "
                      "Justice Service Management Board.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Signed off by", bold=True)
    set_cell(s.rows[0].cells[1], "Chair, YJS Management Board")
    set_cell(s.rows[1].cells[0], "Date", bold=True)
    set_cell(s.rows[1].cells[1], "18 November 2022")
    doc.save(os.path.join(HERE, HF_FILE))


# ---------------------------------------------------------------------------
# 5. Cheshire East Safeguarding Children's Partnership JTAI action plan (docx)
# ---------------------------------------------------------------------------
CE_FILE = "jg1-cheshire-east-safeguarding-childrens-partnership-jtai-action-plan.docx"
CE_TITLE = "Cheshire East Safeguarding Children’s Partnership – JTAI Multi-Agency Action Plan"
CE = [
    ("1. The quality of multi-agency early help assessments and plans, so that they are "
     "specific, time-bound and address the needs of all children in the family.", [
        dict(ref="1a",
             action="Launch a single multi-agency early help assessment and plan template on the "
                    "Early Help Module, replacing agency-specific forms.",
             lead="Head of Early Help and Prevention (CEC)", due="March 2024", rag="Complete",
             evidence="Template live from 4 March 2024; 212 assessments completed by June.",
             x_lead=["Head of Early Help and Prevention (CEC)"], x_end="2024-03",
             x_status="blue"),
        dict(ref="1b",
             action="Deliver SMART planning training to early help practitioners in schools, "
                    "health and the voluntary sector, with 300 places over two terms.",
             lead="Head of Early Help and Prevention (CEC); Designated Nurse Safeguarding "
                  "Children (Cheshire and Merseyside ICB)",
             due="End of July 2024", rag="Green",
             evidence="186 practitioners trained; evaluation shows improved confidence.",
             x_lead=["Head of Early Help and Prevention (CEC)",
                     "Designated Nurse Safeguarding Children (Cheshire and Merseyside ICB)"],
             x_end="2024-07", x_status="green"),
        dict(ref="1c",
             action="Audit 40 early help plans each quarter through the partnership multi-agency "
                    "audit programme and publish the findings to the workforce.",
             lead="Partnership Business Manager", due="Quarterly", rag="Green",
             evidence="Q1 audit: 55% of plans rated good or better (baseline 31%).",
             x_lead=["Partnership Business Manager"], x_end=None, x_end_text="Quarterly",
             x_status="green"),
    ]),
    ("2. Information sharing between health visiting, midwifery and early help services when "
     "families’ needs increase.", [
        dict(ref="2a",
             action="Agree an information-sharing pathway so that health visitors are notified "
                    "when a family with a child under five is stepped up to targeted early help.",
             lead="Head of 0-19 Services (Wirral Community Health and Care NHS FT)",
             due="30/06/2024", rag="Amber",
             evidence="Pathway drafted; data-sharing agreement awaiting IG sign-off.",
             x_lead=["Head of 0-19 Services (Wirral Community Health and Care NHS FT)"],
             x_end="2024-06", x_status="amber"),
        dict(ref="2b",
             action="Include midwifery and health visiting representatives in the daily ChECS "
                    "front door early help triage meeting.",
             lead="Named Midwife for Safeguarding, Mid Cheshire Hospitals", due="Sept 2024",
             rag="Red",
             evidence="Midwifery attendance 2 days a week only; staffing pressures escalated.",
             x_lead=["Named Midwife for Safeguarding, Mid Cheshire Hospitals"], x_end="2024-09",
             x_status="red"),
    ]),
    ("3. The partnership’s understanding of the difference early help makes for children, "
     "through performance information and quality assurance.", [
        dict(ref="3a",
             action="Develop a partnership early help dataset, including step-up and step-down "
                    "rates and re-referrals, for the Early Help Partnership Board.",
             lead="Head of Business Intelligence (CEC) / Partnership Business Manager",
             due="October 2024", rag="Amber",
             evidence="Dataset specification agreed; health data not yet available.",
             x_lead=["Head of Business Intelligence (CEC)", "Partnership Business Manager"],
             x_end="2024-10", x_status="amber"),
        dict(ref="3b",
             action="Make sure that police Public Protection Notices involving children are shared "
                    "with early help services within 24 hours when a family is open to early help.",
             lead="Detective Chief Inspector, Public Protection (Cheshire Constabulary)",
             due="Ongoing", rag="Green",
             evidence="Daily PPN screening in ChECS; 94% shared within 24 hours in Q1.",
             x_lead=["Detective Chief Inspector, Public Protection (Cheshire Constabulary)"],
             x_end=None, x_end_text="Ongoing", x_status="green"),
        dict(ref="3c",
             action="Report progress against this action plan to the Safeguarding Children’s "
                    "Partnership Executive and the Children and Families Committee.",
             lead="Independent Scrutineer", due="Every 8 weeks", rag="Green",
             evidence="Reported to Executive in March, May and July 2024.",
             x_lead=["Independent Scrutineer"], x_end=None, x_end_text="Every 8 weeks",
             x_status="green"),
    ]),
]


def make_ce():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CE_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children and "
                      "families who need help, 13–17 November 2023. Letter of findings published "
                      "24 January 2024.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Plan owner", "Safeguarding Children’s Partnership Executive"),
                 ("Version", "2.0 (July 2024 update)"),
                 ("Monitored by", "JTAI Action Plan Task and Finish Group"),
                 ("Review frequency", "Every 8 weeks")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Areas for improvement identified in the letter of findings", style="Heading 2")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG",
                           "Progress / evidence of impact"]):
        set_cell(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], "B4C6E7")
    rag_fill = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for afi, acts in CE:
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, afi, bold=True)
        shade(merged, "D9E2F3")
        for a in acts:
            cells = tb.add_row().cells
            for c, v in enumerate([a["ref"], a["action"], a["lead"], a["due"], a["rag"],
                                   a["evidence"]]):
                set_cell(cells[c], v)
            shade(cells[4], rag_fill[a["rag"]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete = action delivered and evidenced; Green = on track; "
                      "Amber = at risk of slipping; Red = overdue or off track.")
    doc.save(os.path.join(HERE, CE_FILE))


# ---------------------------------------------------------------------------
# 6. Hampshire early help strategy action plan (csv)
# ---------------------------------------------------------------------------
HANTS_FILE = "jg1-hampshire-early-help-partnership-strategy-action-plan.csv"
HANTS_TITLE = "Hampshire Early Help Partnership – Early Help Strategy Action Plan 2024-2026"
HANTS = [
    ("Priority 1: Identifying need early", [
        dict(ref="1.1",
             action="Refresh the Hampshire early help thresholds guidance (Levels 1 to 4) with "
                    "partners and launch it through the district early help hubs.",
             lead="Head of Family Support Service",
             partners="Schools, health, police, district councils", due="Dec-24",
             status="On track", update="Draft agreed at the Early Help Board in September.",
             x_lead=["Head of Family Support Service"], x_end="2024-12", x_status="green"),
        dict(ref="1.2",
             action="Give schools access to the Early Help Module so that designated safeguarding "
                    "leads can start and record early help assessments directly.",
             lead="JW/KP", partners="Hampshire schools", due="Mar-25", status="Amber",
             update="Pilot running in 12 schools; licence costs under review.",
             x_lead=["JW", "KP"], x_end="2025-03", x_status="amber"),
    ]),
    ("Priority 2: The right support at the right time", [
        dict(ref="2.1",
             action="Extend the Family Support Service one-off Session of Support offer to all ten "
                    "district hubs.",
             lead="FSS District Manager (Havant) & Health Visiting Lead",
             partners="Southern Health NHS FT", due="Apr 2024 - Mar 2025", status="On track",
             update="Offer live in 7 of 10 hubs.",
             x_lead=["FSS District Manager (Havant)", "Health Visiting Lead"], x_end="2025-03",
             x_end_text="Apr 2024 - Mar 2025", x_status="green"),
        dict(ref="2.2",
             action="Deliver evidence-based parenting programmes in every district:\nIncredible "
                    "Years (0-8) and Who's in Charge? (8-18).",
             lead="Parenting Programme Coordinator", partners="Voluntary sector providers",
             due="Ongoing", status="On track",
             update="31 programmes delivered to date; waiting lists in Basingstoke and Eastleigh.",
             x_lead=["Parenting Programme Coordinator"], x_end=None, x_end_text="Ongoing",
             x_status="green"),
        dict(ref="2.3",
             action="Publish a single directory of early help services for professionals and "
                    "families on the Family Information and Services Hub (FISH).",
             lead="Head of Family Support Service", partners="District councils",
             due="30/09/2024", status="Complete", update="Directory published 16 September 2024.",
             x_lead=["Head of Family Support Service"], x_end="2024-09", x_status="blue"),
    ]),
    ("Priority 3: A skilled and confident early help workforce", [
        dict(ref="3.1",
             action="Launch a multi-agency early help training pathway, including lead "
                    "professional training, for staff in schools, health and the voluntary sector.",
             lead="HSCP Training Manager", partners="HSCP partners", due="Jan-25",
             status="Not started", update="Scheduled to begin in November 2024.",
             x_lead=["HSCP Training Manager"], x_end="2025-01", x_status="unrated"),
        dict(ref="3.2",
             action="Introduce quarterly multi-agency early help practice audits, led by the HSCP "
                    "Quality Assurance subgroup.",
             lead="Chair of HSCP QA Subgroup", partners="All partners", due="Quarterly",
             status="Red", update="Audit programme not yet agreed by all partners.",
             x_lead=["Chair of HSCP QA Subgroup"], x_end=None, x_end_text="Quarterly",
             x_status="red"),
    ]),
    ("Priority 4: Knowing the difference we make", [
        dict(ref="4.1",
             action="Develop an early help outcomes framework aligned to the national Supporting "
                    "Families outcomes, and report it quarterly to the Children's Trust Board.",
             lead="Head of Performance and Business Intelligence", partners="Public Health",
             due="Q4 2024/25", status="On track",
             update="Framework drafted; first report to Trust Board in January.",
             x_lead=["Head of Performance and Business Intelligence"], x_end="2025-03",
             x_status="green"),
    ]),
]


def make_hants():
    path = os.path.join(HERE, HANTS_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        n = 7
        w.writerow([HANTS_TITLE] + [""] * (n - 1))
        w.writerow(["Progress at 31 October 2024 - reported to the Hampshire Children's Trust Board"]
                   + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "Action", "Lead", "Partners", "Due date", "Status", "Progress update"])
        for pr, acts in HANTS:
            w.writerow([pr] + [""] * (n - 1))
            for a in acts:
                w.writerow([a["ref"], a["action"], a["lead"], a["partners"], a["due"],
                            a["status"], a["update"]])
        w.writerow([""] * n)
        w.writerow(["Status key: Complete = delivered; On track = green; Amber = some slippage; "
                    "Red = off track; Not started = not yet due to start"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Sheffield focused visit action plan – mistyped month (txt, refuse)
# ---------------------------------------------------------------------------
SHEF_FILE = "jg1-sheffield-city-council-focused-visit-action-plan-typo-month-refuse.txt"
SHEF_TITLE = "Ofsted Focused Visit Action Plan – Sheffield City Council Children’s Services"
SHEF_LINES = [
    SHEF_TITLE,
    "Visit dates: 8 and 9 October 2024. Focus: placement decision-making for older children in "
    "care aged 14 to 17.",
    "Exported from the Children's Improvement Board tracker, 20 January 2025",
    "",
    "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Start", "Completion", "RAG",
               "Comment"]),
    "\t".join(["1.1", "The timeliness of updating children’s care plans after a change of placement",
               "Update care plans within 10 working days of any placement move, with team manager "
               "sign-off recorded on Liquidlogic.", "Service Manager (Children in Care)",
               "Nov 2024", "Jan 2025", "G", "Practice standard issued 18 November."]),
    "\t".join(["1.2", "", "Add placement-move care plan updates to the weekly performance report "
               "for children in care teams.", "Performance Lead", "Nov 2024", "Dec 2024", "B",
               "In place from 2 December."]),
    "\t".join(["2.1", "The consistency of management oversight and supervision recording for older "
               "children", "Introduce a revised supervision recording template that prompts "
               "managers to record reflective discussion and progress of the child’s plan.",
               "Head of Service – Children in Care", "Dec 2024", "Febuary 2025", "A",
               "Template drafted; Liquidlogic change request raised."]),
    "\t".join(["2.2", "", "Audit 30 supervision records for children aged 14 to 17 and report "
               "findings to the Quality Assurance Board.", "Principal Social Worker",
               "Jan 2025", "Mar 2025", "G", ""]),
    "\t".join(["3.1", "Sufficiency of local homes for older children with complex needs",
               "Open a four-bed children’s home in the city for older children stepping down "
               "from residential care outside Sheffield.",
               "Head of Commissioning; Head of Service – Provider Services", "Jan 2025",
               "Sept 2025", "A", "Property identified; Ofsted registration to follow."]),
    "",
    "Key: B = complete, G = on track, A = some delay, R = off track",
]
SHEF_REFUSE_LINE = 8  # 1-based line holding "Febuary 2025"


def make_shef():
    with open(os.path.join(HERE, SHEF_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(SHEF_LINES) + "\n")


def main():
    make_camden()
    make_rct()
    make_soton()
    make_hf()
    make_ce()
    make_hants()
    make_shef()


if __name__ == "__main__":
    main()
