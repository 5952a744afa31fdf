"""Build the seven zfa- blind test files (set heldout811).

Run with /work/main/.venv/bin/python zfa_make.py (needs openpyxl and python-docx).
Each action record carries the display fields used to build the file and, under
"x", the reading a person makes of it (used only to write the .expected.yaml files).
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
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Haringey fostering service development plan (xlsx)
# ---------------------------------------------------------------------------
HARINGEY_FILE = "zfa-haringey-council-fostering-service-development-plan-2025-26.xlsx"
HARINGEY_TITLE = "Haringey Fostering Service \u2013 Service Development Plan 2025/26"
HARINGEY = [
    ("Priority 1: Increase the number of Haringey foster carers", [
        dict(ref="1.1",
             action="Launch a refreshed recruitment campaign with the North London Fostering Consortium, targeting households able to care for teenagers and sibling groups.",
             lead="Fostering Recruitment Manager / Communications Business Partner",
             start=D(2025, 4, 1), orig=D(2025, 9, 30), rev=None, q1="G", q2=BLUE,
             update="Campaign launched in June 2025; 41 enquiries in Q2 against a target of 30.",
             evidence="Enquiry and conversion figures",
             x=dict(lead=["Fostering Recruitment Manager", "Communications Business Partner"], end="2025-09", status="blue")),
        dict(ref="1.2",
             action="Reduce the time from initial enquiry to approval at Fostering Panel to an average of six months.",
             lead="Assessment Team Manager",
             start=D(2025, 4, 1), orig=D(2025, 12, 31), rev=D(2026, 3, 31), q1="A", q2=AMBER,
             update="Two assessments paused at the applicants' request; current average is 7.5 months.",
             evidence="Monthly timeliness report",
             x=dict(lead=["Assessment Team Manager"], end="2026-03", status="amber")),
        dict(ref="1.3",
             action="Introduce a Mockingbird hub carer offer as part of the foster carer recruitment pack.",
             lead="Head of Children in Care and Placements",
             start=D(2025, 7, 1), orig=D(2026, 3, 31), rev=None, q1="", q2=GREEN,
             update="Business case agreed in August; hub carer recruitment under way.",
             evidence="Business case; first constellation launched",
             x=dict(lead=["Head of Children in Care and Placements"], end="2026-03", status="green")),
    ]),
    ("Priority 2: Support, training and retention of foster carers", [
        dict(ref="2.1",
             action="Deliver the revised foster carer learning and development programme, including trauma-informed practice and \u2018Staying Put\u2019 training.",
             lead="Learning and Development Lead (Fostering)",
             start=D(2025, 4, 1), orig=D(2026, 3, 31), rev=None, q1="G", q2=GREEN,
             update="Eight of twelve sessions delivered; attendance averaging 22 carers.",
             evidence="Attendance records and evaluations",
             x=dict(lead=["Learning and Development Lead (Fostering)"], end="2026-03", status="green")),
        dict(ref="2.2",
             action="Review the foster carer fees and allowances scheme and present proposals to Cabinet.",
             lead="Head of Children in Care and Placements; Finance Business Partner (Children's)",
             start=D(2025, 4, 1), orig=D(2025, 11, 30), rev=D(2026, 2, 28), q1="A", q2=RED,
             update="Cabinet date moved; proposals now due in February 2026. Risk to carer retention escalated to DCS.",
             evidence="Cabinet report",
             x=dict(lead=["Head of Children in Care and Placements", "Finance Business Partner (Children's)"], end="2026-02", status="red")),
        dict(ref="2.3",
             action="Hold foster carer forums jointly chaired by the Fostering Service Manager and the Haringey Foster Carers' Association.",
             lead="Fostering Service Manager",
             start=D(2025, 4, 1), orig="Quarterly", rev=None, q1="G", q2=GREEN,
             update="Forums held in May and September; next forum 27 November.",
             evidence="Forum notes and 'you said, we did' log",
             x=dict(lead=["Fostering Service Manager"], end=None, end_text="Quarterly", status="green")),
    ]),
    ("Priority 3: Placement stability and matching", [
        dict(ref="3.1",
             action="Embed stability meetings for any fostered child who has had two or more placement moves in 12 months.",
             lead="Team Manager (Children in Care)",
             start=D(2025, 6, 1), orig=D(2026, 1, 31), rev=None, q1="A", q2=GREEN,
             update="Stability meetings now held in 14 of 16 eligible cases.",
             evidence="Stability meeting tracker",
             x=dict(lead=["Team Manager (Children in Care)"], end="2026-01", status="green")),
        dict(ref="3.2",
             action="Audit the quality of matching in 20 recent long-term fostering matches and report the learning to the Fostering Panel.",
             lead="Quality Assurance Manager / Fostering Panel Adviser",
             start=D(2025, 9, 1), orig=D(2025, 12, 31), rev=None, q1="", q2=None,
             update="Audit scheduled for November 2025.",
             evidence="Audit report to Panel",
             x=dict(lead=["Quality Assurance Manager", "Fostering Panel Adviser"], end="2025-12", status="unrated")),
    ]),
    ("Priority 4: Kinship (connected persons) fostering", [
        dict(ref="4.1",
             action="Establish a dedicated kinship assessment and support team in line with the national kinship care strategy.",
             lead="Head of Children in Care and Placements",
             start=D(2025, 4, 1), orig=D(2025, 6, 30), rev=D(2025, 9, 30), q1="A", q2=BLUE,
             update="Team fully staffed from 1 September 2025.",
             evidence="Structure chart; team launch briefing",
             x=dict(lead=["Head of Children in Care and Placements"], end="2025-09", status="blue")),
        dict(ref="4.2",
             action="Ensure every connected person foster carer has a support plan reviewed within three months of approval.",
             lead="Kinship Team Manager",
             start=D(2025, 10, 1), orig=D(2026, 3, 31), rev=None, q1="", q2=AMBER,
             update="Baseline shows 9 of 17 support plans reviewed on time.",
             evidence="Support plan review log",
             x=dict(lead=["Kinship Team Manager"], end="2026-03", status="amber")),
    ]),
]


def build_haringey(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = HARINGEY_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's Services \u2013 Children in Care and Placements"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "2.1"), ("Date", "14 October 2025"),
            ("Owner", "Head of Children in Care and Placements"),
            ("Author", "Fostering Service Manager"),
            ("Reporting to", "Corporate Parenting Advisory Committee (4 November 2025)"),
            ("Period covered", "1 April 2025 \u2013 31 March 2026")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [(BLUE, "Complete \u2013 action delivered and evidenced"),
           (GREEN, "On track"),
           (AMBER, "Some slippage \u2013 mitigations in place"),
           (RED, "Off track \u2013 escalated to Head of Service"),
           (None, "Not yet rated / not started")]
    for i, (c, t) in enumerate(key, start=13):
        if c:
            cov.cell(i, 1).fill = fill(c)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = HARINGEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress as at the end of Quarter 2 (30 September 2025)"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Action", "Lead", "Start", "Original target", "Revised target",
             "Q1 RAG", "Q2 RAG", "Q2 progress update", "Evidence / measure"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for prio, acts in HARINGEY:
        ws.cell(r, 1, prio).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"])
            ws.cell(r, 3, a["lead"])
            ws.cell(r, 4, a["start"]).number_format = "mmm-yy"
            c = ws.cell(r, 5, a["orig"])
            if isinstance(a["orig"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if a["rev"]:
                ws.cell(r, 6, a["rev"]).number_format = "dd/mm/yyyy"
            if a["q1"]:
                ws.cell(r, 7, a["q1"]).alignment = Alignment(horizontal="center")
            if a["q2"]:
                ws.cell(r, 8).fill = fill(a["q2"])
            ws.cell(r, 9, a["update"])
            ws.cell(r, 10, a["evidence"])
            for j in range(1, 11):
                ws.cell(r, j).border = BOX
                if j in (2, 3, 9, 10):
                    ws.cell(r, j).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed at the monthly Fostering Service improvement meeting. "
                  "Revised targets have been agreed by the Head of Children in Care and Placements.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [7, 55, 30, 9, 13, 13, 8, 8, 45, 30]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 RAG summary"
    sm["A1"].font = Font(bold=True)
    counts = [("Blue (complete)", 2), ("Green", 4), ("Amber", 2), ("Red", 1), ("Not rated", 1), ("Total actions", 10)]
    for i, (k, v) in enumerate(counts, start=3):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.cell(8, 1).font = Font(bold=True)
    sm.cell(8, 2).font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Hammersmith & Fulham PAC recommendations tracker (csv)
# ---------------------------------------------------------------------------
HF_FILE = "zfa-hammersmith-fulham-council-pac-recommendations-tracker-2025-26.csv"
HF_TITLE = "Policy and Accountability Committees: recommendations and actions tracker 2025/26"
HF = [
    ("Children and Education Policy and Accountability Committee", [
        dict(ref="CE-25-01", date="30/06/2025",
             action="That the Director of Education provides a breakdown of Education, Health and Care Plan (EHCP) timeliness by primary need at the next meeting.",
             lead="Head of SEND", due="22/09/2025", rag="Complete",
             update="Breakdown presented to the Committee on 22 September 2025.",
             x=dict(lead=["Head of SEND"], end="2025-09", status="blue")),
        dict(ref="CE-25-02", date="30/06/2025",
             action="That officers set out the borough's plans for alternative provision places for 2026/27, including the number of places commissioned from local alternative provision academies.",
             lead="Director of Education / Head of Inclusion", due="17/11/2025", rag="Green",
             update="Report scheduled for the November meeting.",
             x=dict(lead=["Director of Education", "Head of Inclusion"], end="2025-11", status="green")),
        dict(ref="CE-25-03", date="22/09/2025",
             action="That the Committee receives the findings of the care leavers' housing pathway review, with the views of young people included.",
             lead="Assistant Director, Children in Care and Care Leavers", due="Jan 2026", rag="Amber",
             update="Review fieldwork extended to include young people placed outside the borough.",
             x=dict(lead=["Assistant Director, Children in Care and Care Leavers"], end="2026-01", status="amber")),
    ]),
    ("Health and Adult Social Care Policy and Accountability Committee", [
        dict(ref="HA-25-01", date="15/07/2025",
             action="That the Council writes to the North West London Integrated Care Board seeking assurance on waiting times for adult autism and ADHD assessments.",
             lead="Director of Public Health; Head of Health Partnerships", due="31/08/2025", rag="Complete",
             update="Letter sent 12 August 2025; ICB response circulated to members.",
             x=dict(lead=["Director of Public Health", "Head of Health Partnerships"], end="2025-08", status="blue")),
        dict(ref="HA-25-02", date="15/07/2025",
             action="That officers report on the take-up of the home care hourly rate uplift and its impact on recruitment and retention in the local home care market.",
             lead="Head of Commissioning (Adults)", due="Ongoing", rag="Green",
             update="Standing item; quarterly update to the Committee.",
             x=dict(lead=["Head of Commissioning (Adults)"], end=None, end_text="Ongoing", status="green")),
    ]),
    ("Housing and Homelessness Policy and Accountability Committee", [
        dict(ref="HH-25-01", date="09/07/2025",
             action="That a damp and mould case summary is shared with the Committee each quarter, showing cases open for more than 28 days.",
             lead="Director of Housing Management; Head of Repairs", due="30/10/2025", rag="Red",
             update="First summary delayed by the housing system migration; now expected in December.",
             x=dict(lead=["Director of Housing Management", "Head of Repairs"], end="2025-10", status="red")),
        dict(ref="HH-25-02", date="12/11/2025",
             action="That officers review the information given to households placed in temporary accommodation outside the borough, including:\n- school travel support;\n- how to contact their housing officer.",
             lead="Head of Temporary Accommodation", due="31/03/2026", rag="",
             update="New recommendation.",
             x=dict(lead=["Head of Temporary Accommodation"], end="2026-03", status="unrated")),
    ]),
]


def build_hf(path):
    n = 7
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["London Borough of Hammersmith & Fulham \u2013 Policy and Oversight Board"] + [""] * (n - 1))
        w.writerow([HF_TITLE] + [""] * (n - 1))
        w.writerow(["Updated: 10 November 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "Date of meeting", "Recommendation / action", "Responsible officer(s)", "Due", "RAG", "Progress update"])
        for com, acts in HF:
            w.writerow([com] + [""] * (n - 1))
            for a in acts:
                w.writerow([a["ref"], a["date"], a["action"], a["lead"], a["due"], a["rag"], a["update"]])
        w.writerow([""] * n)
        w.writerow(["Key: Complete = recommendation implemented; Green = on track; Amber = at risk of delay; Red = overdue or off track"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 3. West Suffolk strategic priorities delivery plan (txt export)
# ---------------------------------------------------------------------------
WS_FILE = "zfa-west-suffolk-council-strategic-priorities-delivery-plan-2025-26.txt"
WS_TITLE = "West Suffolk Council - Strategic Priorities 2024 to 2028: Delivery Plan 2025 to 2026"
WS = [
    ("PRIORITY 1: AFFORDABLE, AVAILABLE AND DECENT HOMES", [
        dict(ref="H1.1",
             action="Deliver 250 new affordable homes across West Suffolk during 2025 to 2026, working with registered providers and Barley Homes.",
             lead="Service Manager (Strategic Housing)", due="31/03/2026", st="G",
             update="118 completions at the end of Q2; the pipeline supports the year-end target.",
             x=dict(lead=["Service Manager (Strategic Housing)"], end="2026-03", status="green")),
        dict(ref="H1.2",
             action="Establish the Brandon Housing Commission and agree its terms of reference.",
             lead="Director (Planning and Growth); Portfolio Holder for Housing", due="September 2025", st="C",
             update="Commission met for the first time on 18 September 2025; terms of reference agreed.",
             x=dict(lead=["Director (Planning and Growth)", "Portfolio Holder for Housing"], end="2025-09", status="blue")),
        dict(ref="H1.3",
             action="Review the private sector housing enforcement policy, including damp and mould standards in privately rented homes.",
             lead="Service Manager (Private Sector Housing and Environmental Health)", due="Q4 2025/26", st="A",
             update="Draft policy delayed pending national guidance on the Decent Homes Standard for private renting.",
             x=dict(lead=["Service Manager (Private Sector Housing and Environmental Health)"], end="2026-03", status="amber")),
    ]),
    ("PRIORITY 2: ENVIRONMENTAL RESILIENCE", [
        dict(ref="E2.1",
             action="Install solar PV and battery storage at three council-owned leisure centres.",
             lead="Service Manager (Climate Change and Environment)", due="31/12/2025", st="R",
             update="Grid connection offer for two sites not yet received from the network operator; completion will slip into 2026.",
             x=dict(lead=["Service Manager (Climate Change and Environment)"], end="2025-12", status="red")),
        dict(ref="E2.2",
             action="Introduce weekly food waste collections to all households in line with the Simpler Recycling requirements.",
             lead="Director (Operations) / Waste Services Manager", due="April 2026", st="A",
             update="Caddies procured; vehicle delivery dates under review with the supplier.",
             x=dict(lead=["Director (Operations)", "Waste Services Manager"], end="2026-04", status="amber")),
    ]),
    ("PRIORITY 3: SUSTAINABLE GROWTH", [
        dict(ref="G3.1",
             action="Adopt the West Suffolk Local Plan following its examination in public.",
             lead="Service Manager (Strategic Planning)", due="TBC - subject to Inspector's report", st="A",
             update="Main modifications consultation closed in August; awaiting the Inspector's final report.",
             x=dict(lead=["Service Manager (Strategic Planning)"], end=None, end_text="TBC - subject to Inspector's report", status="amber")),
        dict(ref="G3.2",
             action="Deliver the UK Shared Prosperity Fund 2025 to 2026 programme, including the business growth grants scheme.",
             lead="Economic Development Manager", due="31/03/2026", st="G",
             update="64% of the allocation committed; grants panel meeting monthly.",
             x=dict(lead=["Economic Development Manager"], end="2026-03", status="green")),
    ]),
    ("PRIORITY 4: THRIVING COMMUNITIES", [
        dict(ref="T4.1",
             action="Open the 2026 to 2027 Community Chest grant round and agree awards.",
             lead="Families and Communities Manager", due="January 2026", st="N",
             update="Round opens in November 2025.",
             x=dict(lead=["Families and Communities Manager"], end="2026-01", status="unrated")),
        dict(ref="T4.2",
             action="Work with Suffolk County Council and health partners to develop the Haverhill public service hub.",
             lead="Director (Families and Communities)", due="Ongoing", st="G",
             update="Design brief agreed by partners; funding bid submitted.",
             x=dict(lead=["Director (Families and Communities)"], end=None, end_text="Ongoing", status="green")),
    ]),
]


def build_ws(path):
    bar = "=" * 72
    out = [
        WS_TITLE,
        "Quarter 2 progress report (July to September 2025) - Performance and Audit Scrutiny Committee",
        "Exported from performance system: 05/11/2025 09:14",
        "",
        "Status key: C = Complete   G = On track   A = Some risk to delivery   R = Significant risk / off track   N = Not yet started",
        "",
    ]
    for prio, acts in WS:
        out += [bar, prio, bar, ""]
        for a in acts:
            out += [
                "Action:   " + a["ref"],
                "Title:    " + a["action"],
                "Lead:     " + a["lead"],
                "Due:      " + a["due"],
                "Status:   " + a["st"],
                "Update:   " + a["update"],
                "",
            ]
    out += ["-" * 72,
            "End of report: 9 actions (C 1, G 3, A 3, R 1, N 1)",
            ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Rhondda Cynon Taf single agency plan for a CTMSB Child Practice Review (docx)
# ---------------------------------------------------------------------------
RCT_FILE = "zfa-rhondda-cynon-taf-cbc-ctmsb-child-practice-review-single-agency-action-plan.docx"
RCT_TITLE = "Child Practice Review CTMSB 02/2024 \u2013 Single Agency Action Plan"
RCT = [
    ("Learning theme 1: Seeing and hearing the child", [
        ("Recommendation 1: Agencies should ensure that the lived experience of babies and non-verbal children is recorded in all assessments and plans.", [
            dict(ref="1.1",
                 action="Revise the Children\u2019s Services assessment template so that observation of the baby\u2019s care and interaction with carers is a mandatory field.",
                 lead="Principal Social Worker", due="31/03/2025",
                 progress="New template live on WCCIS from 24 March 2025.", rag="Blue",
                 x=dict(lead=["Principal Social Worker"], end="2025-03", status="blue")),
            dict(ref="1.2",
                 action="Deliver practice workshops on observing babies and pre-verbal children to all Intake and Assessment teams.",
                 lead="Workforce Development Manager / Principal Social Worker", due="June 2025",
                 progress="Five of six teams completed; final session booked for October 2025.", rag="Amber",
                 x=dict(lead=["Workforce Development Manager", "Principal Social Worker"], end="2025-06", status="amber")),
        ]),
    ]),
    ("Learning theme 2: Fathers and male carers", [
        ("Recommendation 3: Agencies should identify, assess and engage all significant male carers in a child\u2019s life, including those not living in the household.", [
            dict(ref="2.1",
                 action="Add a \u2018significant adults in the household and wider network\u2019 section to the strategy discussion record, to be completed in every case.",
                 lead="Service Manager \u2013 Intake and Assessment", due="30/09/2025",
                 progress="Section added; audit planned for December 2025 to test use.", rag="Green",
                 x=dict(lead=["Service Manager \u2013 Intake and Assessment"], end="2025-09", status="green")),
            dict(ref="2.2",
                 action="Carry out a dip-sample audit of 25 care and support plans to check that fathers\u2019 views and any risks they pose are recorded.",
                 lead="Quality Assurance Officer", due="December 2025",
                 progress="", rag="",
                 x=dict(lead=["Quality Assurance Officer"], end="2025-12", status="unrated")),
        ]),
    ]),
    ("Learning theme 3: Professional curiosity and challenge", [
        ("Recommendation 5: Agencies should promote a culture in which practitioners feel able to challenge decisions, including through the CTMSB professional challenge and escalation protocol.", [
            dict(ref="3.1",
                 action="Relaunch the CTMSB professional challenge and escalation protocol through team briefings and the Children\u2019s Services newsletter.",
                 lead="Head of Safeguarding and Support", due="31/07/2025",
                 progress="Relaunched July 2025; nine escalations logged in Q2.", rag="Blue",
                 x=dict(lead=["Head of Safeguarding and Support"], end="2025-07", status="blue")),
            dict(ref="3.2",
                 action="Include a standing question on challenge and escalation in the supervision records of all team managers.",
                 lead="Service Manager \u2013 Safeguarding and Quality Assurance", due="Ongoing",
                 progress="Supervision policy amended August 2025.", rag="Green",
                 x=dict(lead=["Service Manager \u2013 Safeguarding and Quality Assurance"], end=None, end_text="Ongoing", status="green")),
        ]),
        ("Recommendation 6: The Board should seek assurance that agencies\u2019 neglect training reflects the Wales Safeguarding Procedures practice guide on neglect.", [
            dict(ref="3.3",
                 action="Map Children\u2019s Services neglect training against the Wales Safeguarding Procedures practice guide and report any gaps to the CTMSB Learning and Development Sub-Group.",
                 lead="Workforce Development Manager", due="March 2026",
                 progress="Mapping under way.", rag="Green",
                 x=dict(lead=["Workforce Development Manager"], end="2026-03", status="green")),
        ]),
    ]),
]


def build_rct(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(RCT_TITLE, style="Title")
    doc.add_paragraph("Rhondda Cynon Taf County Borough Council \u2013 Children\u2019s Services")
    p = doc.add_paragraph()
    p.add_run("Cyngor Bwrdeistref Sirol Rhondda Cynon Taf \u2013 Gwasanaethau Plant").italic = True

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "12 September 2025"),
                 ("Plan owner", "Head of Safeguarding and Support"),
                 ("Prepared by", "Service Manager \u2013 Safeguarding and Quality Assurance"),
                 ("Monitored by", "CTMSB Practice Review Sub-Group")]:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out Children\u2019s Services\u2019 single agency response to the recommendations of "
        "Child Practice Review CTMSB 02/2024. Recommendations 2 and 4 are addressed to health and police "
        "partners and are not included in this plan.")
    doc.add_paragraph(
        "RAG status key: Red \u2013 not started / off track; Amber \u2013 in progress, some risk; "
        "Green \u2013 on track; Blue \u2013 completed and evidenced.")

    heads = ["No.", "CTMSB recommendation", "Single agency action", "Lead officer",
             "Target date", "Progress / evidence", "RAG"]
    colour = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for theme, recs in RCT:
        doc.add_paragraph(theme, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            t.rows[0].cells[j].text = h
            shade(t.rows[0].cells[j], "D9E2F3")
        bold_row(t.rows[0])
        for rec, acts in recs:
            first = len(t.rows)
            for a in acts:
                c = t.add_row().cells
                c[0].text = a["ref"]
                c[2].text = a["action"]
                c[3].text = a["lead"]
                c[4].text = a["due"]
                c[5].text = a["progress"]
                c[6].text = a["rag"]
                if a["rag"]:
                    shade(c[6], colour[a["rag"]])
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            top.text = rec
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Signature", "Date"]):
        t.cell(0, j).text = h
    t.cell(1, 0).text = "Director of Children\u2019s Services"
    t.cell(1, 1).text = "Signed copy held on file"
    t.cell(1, 2).text = "15/09/2025"
    bold_row(t.rows[0])
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Redcar & Cleveland single agency plan for a TSAB Safeguarding Adults Review (docx)
# ---------------------------------------------------------------------------
RC_FILE = "zfa-redcar-and-cleveland-bc-tsab-sar-adult-h-single-agency-action-plan.docx"
RC_TITLE = "Safeguarding Adults Review \u2018Adult H\u2019: Single Agency Action Plan"
RC = [
    ("TSAB Recommendation 1 \u2013 Self-neglect and hoarding: Partners should assure the Board that the Teeswide self-neglect guidance is applied, including multi-agency risk management meetings where risk is high.", [
        dict(ref="1a",
             action="Audit 20 self-neglect cases closed in the last 12 months to test use of the Teeswide self-neglect guidance and the Clutter Image Rating.",
             lead="Principal Social Worker (Adults)", due="30/06/2025",
             update="Audit completed; findings reported to the ASC Quality Board in July 2025.",
             st_text="Complete", st_fill=BLUE,
             x=dict(lead=["Principal Social Worker (Adults)"], end="2025-06", status="blue")),
        dict(ref="1b",
             action="Deliver refresher training on self-neglect and multi-agency risk management meetings to all locality teams.",
             lead="Principal Social Worker (Adults); Learning and Development Lead", due="31/12/2025",
             update="Three of five locality teams trained.",
             st_text="", st_fill=AMBER,
             x=dict(lead=["Principal Social Worker (Adults)", "Learning and Development Lead"], end="2025-12", status="amber")),
    ]),
    ("TSAB Recommendation 2 \u2013 Mental capacity: Partners should ensure that mental capacity assessments are decision-specific and consider executive functioning where an adult repeatedly makes unwise decisions.", [
        dict(ref="2a",
             action="Update the ASC mental capacity assessment form to include prompts on executive functioning and repeated unwise decisions.",
             lead="Head of Adult Safeguarding", due="31/08/2025",
             update="Form updated in the case management system in August 2025.",
             st_text="Complete", st_fill=BLUE,
             x=dict(lead=["Head of Adult Safeguarding"], end="2025-08", status="blue")),
        dict(ref="2b",
             action="Run a mental capacity practice clinic, led by the Best Interests Assessor team, open to all practitioners.",
             lead="BIA Team Manager", due="Monthly",
             update="Clinics running since May 2025; average attendance 11.",
             st_text="", st_fill=GREEN,
             x=dict(lead=["BIA Team Manager"], end=None, end_text="Monthly", status="green")),
    ]),
    ("TSAB Recommendation 4 \u2013 Transitions between services: Partners should ensure that when an adult at risk moves between teams or services a transfer discussion takes place and known risks are handed over.", [
        dict(ref="4a",
             action="Introduce a transfer checklist for cases moving between the Hospital Discharge Team and locality teams, with a section on open safeguarding risks.",
             lead="Service Manager (Hospital and Reablement)", due="31/10/2025",
             update="Draft checklist being piloted with two teams.",
             st_text="Amber", st_fill=AMBER,
             x=dict(lead=["Service Manager (Hospital and Reablement)"], end="2025-10", status="amber")),
        dict(ref="4b",
             action="Include the quality of case transfers in the quarterly ASC case file audit programme.",
             lead="Quality Assurance Lead (Adults)", due="31/01/2026",
             update="",
             st_text="Not started", st_fill=None,
             x=dict(lead=["Quality Assurance Lead (Adults)"], end="2026-01", status="unrated")),
    ]),
]


def build_rc(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(RC_TITLE, style="Title")
    doc.add_paragraph("Redcar & Cleveland Borough Council \u2013 Adult Social Care")
    doc.add_paragraph("Teeswide Safeguarding Adults Board (TSAB)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("SAR published", "March 2025"),
                 ("Action plan owner", "Assistant Director \u2013 Adult Social Care"),
                 ("Date of this update", "3 October 2025"),
                 ("Submitted to", "TSAB SAR Sub-Group")]:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph(
        "Recommendation 3 of the review is addressed to the Integrated Care Board and the mental health trust; "
        "this plan covers the recommendations made to the local authority (1, 2 and 4).")

    heads = ["Ref", "Action", "Lead(s)", "Target date", "Evidence / update", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        t.rows[0].cells[j].text = h
        shade(t.rows[0].cells[j], "1F3864")
        for r in t.rows[0].cells[j].paragraphs[0].runs:
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for rec, acts in RC:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, GREY)
        for a in acts:
            c = t.add_row().cells
            c[0].text = a["ref"]
            c[1].text = a["action"]
            c[2].text = a["lead"]
            c[3].text = a["due"]
            c[4].text = a["update"]
            c[5].text = a["st_text"]
            if a["st_fill"]:
                shade(c[5], a["st_fill"])
    doc.add_paragraph()
    doc.add_paragraph(
        "Status: blue = complete; green = on track; amber = some risk to delivery; red = off track; "
        "no colour = not started. Progress is reported to the TSAB SAR Sub-Group each quarter.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Solihull scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SOL_FILE = "zfa-solihull-mbc-scrutiny-recommendations-tracker-2025-26.xlsx"
SOL_TITLE = "Solihull Metropolitan Borough Council \u2013 Scrutiny Recommendations Tracker 2025/26"
SOL = [
    ("CSES Board", "Children\u2019s Services, Education & Skills Scrutiny Board", [
        ("Review: Elective home education and children missing education (task and finish group, reported March 2025)", [
            dict(ref="CSES/25/01", date=D(2025, 3, 11),
                 action="That the Council publishes clearer guidance for families considering elective home education, co-produced with home-educating parents.",
                 acc="Y", lead="Head of Inclusion and Attendance", cm="Cabinet Member for Children and Education",
                 due=D(2025, 9, 30), prev="Amber", cur="Green",
                 update="Guidance published on the Local Offer in September 2025.",
                 x=dict(lead=["Head of Inclusion and Attendance"], end="2025-09", status="blue")),
            dict(ref="CSES/25/02", date=D(2025, 3, 11),
                 action="That termly data on children missing education, by reason and length of time missing, is reported to the Board.",
                 acc="Y", lead="Head of Inclusion and Attendance; Performance and Intelligence Manager", cm="Cabinet Member for Children and Education",
                 due="Termly", prev="Green", cur="Green",
                 update="Summer term data reported in July; now part of the Board's work programme.",
                 x=dict(lead=["Head of Inclusion and Attendance", "Performance and Intelligence Manager"], end=None, end_text="Termly", status="blue")),
            dict(ref="CSES/25/03", date=D(2025, 3, 11),
                 action="That the Cabinet Member writes to the Department for Education supporting a statutory register of children not in school.",
                 acc="Partial", lead="Director of Education and Inclusion", cm="Cabinet Member for Children and Education",
                 due=D(2025, 5, 31), prev="Red", cur="Amber",
                 update="Letter drafted; awaiting the outcome of the Children's Wellbeing and Schools Bill before sending.",
                 x=dict(lead=["Director of Education and Inclusion"], end="2025-05", status="amber")),
        ]),
        ("Review: Children\u2019s social care workforce (spotlight review, June 2025)", [
            dict(ref="CSES/25/04", date=D(2025, 6, 17),
                 action="That the service sets a target to reduce the use of agency social workers to below 15% by March 2026 and reports progress quarterly.",
                 acc="Y", lead="Head of Workforce (Children's Services)", cm="Cabinet Member for Children and Education",
                 due=D(2026, 3, 31), prev="", cur="Amber",
                 update="Agency use at 21% in September 2025 (24% in June).",
                 x=dict(lead=["Head of Workforce (Children's Services)"], end="2026-03", status="amber")),
            dict(ref="CSES/25/05", date=D(2025, 6, 17),
                 action="That Board members visit a locality social work team to hear directly from newly qualified social workers about their first year in practice.",
                 acc="Y", lead="Principal Social Worker", cm="\u2013",
                 due=D(2025, 12, 31), prev="", cur="Red",
                 update="Visit postponed twice; a new date is still to be agreed.",
                 x=dict(lead=["Principal Social Worker"], end="2025-12", status="red")),
        ]),
    ]),
    ("ASCH Board", "Adult Social Care & Health Scrutiny Board", [
        ("Review: Support for unpaid carers (scrutiny review, January 2025)", [
            dict(ref="ASCH/25/01", date=D(2025, 1, 21),
                 action="That the Carers Strategy action plan includes a specific offer for young adult carers aged 18 to 25.",
                 acc="Y", lead="Head of Commissioning (Adults)", cm="Cabinet Member for Adult Social Care and Health",
                 due=D(2025, 6, 30), prev="Amber", cur="Green",
                 update="Young adult carers offer launched with the local carers centre in June 2025.",
                 x=dict(lead=["Head of Commissioning (Adults)"], end="2025-06", status="blue")),
            dict(ref="ASCH/25/02", date=D(2025, 1, 21),
                 action="That the Council reviews how carers\u2019 assessments are offered at hospital discharge and reports back to the Board within six months.",
                 acc="Y", lead="Service Manager \u2013 Hospital Social Work / Carers Lead", cm="Cabinet Member for Adult Social Care and Health",
                 due=D(2025, 7, 31), prev="Amber", cur="Red",
                 update="Review not yet started because of capacity in the hospital team; report now expected in February 2026.",
                 x=dict(lead=["Service Manager \u2013 Hospital Social Work", "Carers Lead"], end="2025-07", status="red")),
        ]),
    ]),
]


def build_sol(path):
    wb = Workbook()
    k = wb.active
    k.title = "Key"
    k["A1"] = SOL_TITLE
    k["A1"].font = Font(bold=True, size=14)
    k["A3"] = "How to read this tracker"
    k["A3"].font = Font(bold=True)
    k["A4"] = ("Each Scrutiny Board has its own sheet. Recommendations agreed by the Board and considered by Cabinet "
               "are tracked until they are achieved. Status is assessed by the lead officer and challenged by the Board.")
    k["A6"] = "Status key"
    k["A6"].font = Font(bold=True)
    key = [(GREEN, "Green", "Recommendation achieved \u2013 monitoring no longer required"),
           (AMBER, "Amber", "Acceptable progress made \u2013 continue monitoring"),
           (RED, "Red", "Unacceptable progress \u2013 lead officer to attend the next Board meeting"),
           (None, "(blank)", "Not yet assessed")]
    for i, (c, w, t) in enumerate(key, start=7):
        k.cell(i, 1, w)
        if c:
            k.cell(i, 1).fill = fill(c)
        k.cell(i, 2, t)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 80

    heads = ["Ref", "Meeting date", "Recommendation", "Accepted (Y/N/Partial)", "Lead officer",
             "Cabinet Member", "Target date", "Previous status", "Current status", "Update (October 2025)"]
    colour = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for sheet, board, reviews in SOL:
        ws = wb.create_sheet(sheet)
        ws["A1"] = SOL_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:J1")
        ws["A2"] = board
        ws["A2"].font = Font(bold=True, size=14, color="1F3864")
        ws.merge_cells("A2:J2")
        for j, h in enumerate(heads, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        counts = {"Green": 0, "Amber": 0, "Red": 0}
        total = 0
        for review, acts in reviews:
            ws.cell(r, 1, review).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            for a in acts:
                vals = [a["ref"], a["date"], a["action"], a["acc"], a["lead"], a["cm"], a["due"],
                        a["prev"], a["cur"], a["update"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v if v != "" else None)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((8, a["prev"]), (9, a["cur"])):
                    if v in colour:
                        ws.cell(r, j).fill = fill(colour[v])
                counts[a["cur"]] += 1
                total += 1
                r += 1
        r += 1
        ws.cell(r, 1, "Summary").font = Font(bold=True)
        ws.cell(r, 2, "Recommendations tracked")
        ws.cell(r, 3, total)
        for i, s in enumerate(("Green", "Amber", "Red"), start=1):
            ws.cell(r + i, 2, s)
            ws.cell(r + i, 3, counts[s])
        widths = [12, 11, 55, 11, 30, 26, 11, 10, 10, 45]
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Stroud Council Plan delivery tracker, with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
ST_FILE = "zfa-stroud-district-council-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"
ST_TITLE = "Stroud District Council \u2013 Council Plan 2021-2026: Delivery Tracker 2025/26"
ST_TYPO_ROW = 14
ST = [
    ("Priority 1: Environment & Climate Change", [
        ("EC1 \u2013 Lead the district to carbon neutrality by 2030", [
            ("EC1.1", "Deliver the 2025/26 phase of the council housing retrofit programme (200 homes).",
             "Head of Property Services", "Housing", "March 2026", "On target",
             "87 homes completed by the end of September."),
            ("EC1.2", "Install electric vehicle charge points in six council car parks.",
             "Climate Change Manager", "Environment", "December 2025", "Minor slippage",
             "Four sites live; two awaiting network connection."),
        ]),
        ("EC2 \u2013 Protect and enhance biodiversity", [
            ("EC2.1", "Publish the district\u2019s contribution to the Gloucestershire Local Nature Recovery Strategy.",
             "Biodiversity Officer", "Environment", "February 2026", "On target",
             "Priority habitat mapping complete."),
        ]),
    ]),
    ("Priority 2: Community Resilience & Wellbeing", [
        ("CW1 \u2013 Support residents through the cost of living crisis", [
            ("CW1.1", "Run the Warm Spaces network and winter support grants for 2025/26.",
             "Community Services Manager", "Community Services & Licensing", "Janaury 2026", "On target",
             "28 warm spaces registered; grant round opened 1 October."),
            ("CW1.2", "Expand the money advice outreach service to five rural parishes.",
             "Community Services Manager", "Community Services & Licensing", "March 2026", "Not started",
             "Recruitment of outreach adviser under way."),
        ]),
    ]),
    ("Priority 3: Economy, Recovery & Regeneration", [
        ("ER1 \u2013 Regenerate Brimscombe Port and the canal corridor", [
            ("ER1.1", "Complete the Cotswold Canals Connected works between Stonehouse and Saul Junction.",
             "Canal Project Director", "Strategy & Resources", "October 2026", "Minor slippage",
             "Contractor programme revised following ground conditions at Bristol Road."),
            ("ER1.2", "Appoint a development partner for Brimscombe Port.",
             "Head of Regeneration", "Strategy & Resources", "September 2025", "Complete",
             "Development partner appointed in September 2025."),
        ]),
    ]),
]


def build_st(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Council Plan Q2"
    ws["A1"] = ST_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Quarter 2 (July \u2013 September 2025) \u2013 reported to Strategy and Resources Committee"
    ws.merge_cells("A2:G2")
    status_fill = {"Complete": BLUE, "On target": GREEN, "Minor slippage": AMBER,
                   "Significant slippage": RED, "Not started": "FFFFFF"}
    ws["A3"] = "Status:"
    for j, s in enumerate(["Complete", "On target", "Minor slippage", "Significant slippage", "Not started"], start=2):
        c = ws.cell(3, j, s)
        c.fill = fill(status_fill[s])
        c.border = BOX
    heads = ["Ref", "Key project / activity", "Lead officer", "Committee", "Target completion", "Status", "Q2 commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.border = BOX
    r = 6
    for prio, objs in ST:
        ws.cell(r, 1, prio).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill("C6E0B4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for obj, acts in objs:
            ws.cell(r, 1, obj).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for vals in acts:
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                ws.cell(r, 6).fill = fill(status_fill[vals[5]])
                if vals[4] == "Janaury 2026":
                    assert r == ST_TYPO_ROW, r
                r += 1
    widths = [8, 55, 26, 24, 16, 16, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(path)


def main():
    build_haringey(os.path.join(HERE, HARINGEY_FILE))
    build_hf(os.path.join(HERE, HF_FILE))
    build_ws(os.path.join(HERE, WS_FILE))
    build_rct(os.path.join(HERE, RCT_FILE))
    build_rc(os.path.join(HERE, RC_FILE))
    build_sol(os.path.join(HERE, SOL_FILE))
    build_st(os.path.join(HERE, ST_FILE))


if __name__ == "__main__":
    main()
