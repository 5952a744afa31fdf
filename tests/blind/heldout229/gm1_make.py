"""Build the seven gm1- blind test files (set heldout229).

Run with /work/main/.venv/bin/python gm1_make.py (openpyxl, python-docx).
Each action record below holds what is written in the file; the fields
prefixed exp_ hold the reading a person makes of it (used for the
.expected.yaml files, which were written from these records by hand-checked
helper code before anything else read the data files).
"""
import csv
import io
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. West Sussex County Council - ILACS continuous improvement plan (xlsx)
# ---------------------------------------------------------------------------
WSX_NAME = "gm1-west-sussex-county-council-ilacs-improvement-plan.xlsx"
WSX_TITLE = "Children’s Services Continuous Improvement Plan 2023–2025"
WSX_THEME1 = "Theme 1: Children who need help and protection"
WSX_THEME2 = "Theme 2: Children in care and care leavers"
WSX_REC1 = ("Recommendation 1: The consistency and quality of assessments and plans in the "
            "assessment and intervention teams and the family safeguarding service, so that they "
            "are timely and focus on children’s lived experience.")
WSX_REC2 = ("Recommendation 2: Management oversight and supervision, so that drift and delay for "
            "children are identified and addressed.")
WSX_REC3 = ("Recommendation 3: The response to 16- and 17-year-old children who present as homeless, "
            "so that they are consistently offered an assessment and informed of their right to "
            "become looked after.")
WSX_REC4 = ("Recommendation 4: Care leavers’ access to timely support with their emotional and "
            "mental health.")

# rows: ("theme", text) | ("rec", text) | ("act", dict)
WSX_ROWS = [
    ("theme", WSX_THEME1),
    ("rec", WSX_REC1),
    ("act", dict(ref="1.1",
                 action="Roll out the refreshed practice standards for assessments and child in need "
                        "and child protection plans, with briefings delivered to every assessment and "
                        "intervention team.",
                 lead="Head of Service, Assessment and Intervention",
                 orig=dt(2023, 9, 30), rev=None, prev="B", cur="B",
                 progress="Standards launched September 2023. 14 team briefings delivered and recorded "
                          "on the learning platform.",
                 measure="80% of audited assessments graded good or better",
                 exp_lead=["Head of Service, Assessment and Intervention"], exp_end="2023-09",
                 exp_status="blue")),
    ("act", dict(ref="1.2",
                 action="Introduce a monthly thematic audit of plans in the family safeguarding service, "
                        "moderated by the Principal Social Worker, and report the findings to the "
                        "Practice Improvement Board.",
                 lead="Head of Family Safeguarding / Principal Social Worker",
                 orig=dt(2023, 12, 31), rev=dt(2024, 3, 31), prev="G", cur="B",
                 progress="Audit cycle in place since March 2024; findings reported to PIB each month.",
                 measure="Audit programme completed; learning briefings issued",
                 exp_lead=["Head of Family Safeguarding", "Principal Social Worker"], exp_end="2024-03",
                 exp_status="blue")),
    ("act", dict(ref="1.3",
                 action="Reduce average caseloads in the assessment and intervention teams to no more "
                        "than 18 children per social worker through the recruitment and retention "
                        "programme.",
                 lead="Assistant Director, Early Help and Safeguarding",
                 orig=dt(2024, 6, 30), rev=dt(2025, 3, 31), prev="A", cur="A",
                 progress="Average caseload 19.6 at 31/12/2024 (22.4 in March 2023).\n"
                          "International recruitment cohort 2 starts February 2025.",
                 measure="Average caseload of 18 or fewer",
                 exp_lead=["Assistant Director, Early Help and Safeguarding"], exp_end="2025-03",
                 exp_status="amber")),
    ("rec", WSX_REC2),
    ("act", dict(ref="2.1",
                 action="Relaunch the supervision policy with a mandatory reflective supervision "
                        "template in Mosaic and quarterly compliance reporting by team.",
                 lead="Head of Quality Assurance and Practice Development",
                 orig=dt(2024, 1, 31), rev=dt(2025, 4, 30), prev="A", cur="G",
                 progress="Mosaic template went live in November 2024; first quarterly compliance "
                          "report due April 2025.",
                 measure="90% of children have supervision recorded within timescale",
                 exp_lead=["Head of Quality Assurance and Practice Development"], exp_end="2025-04",
                 exp_status="green")),
    ("act", dict(ref="2.2",
                 action="Deliver the ‘Leading Good Practice’ development programme to all team managers "
                        "and practice supervisors (cohorts 1–3).",
                 lead="Principal Social Worker; Workforce Development Manager",
                 orig=dt(2024, 7, 31), rev=dt(2024, 11, 30), prev="G", cur="B",
                 progress="All three cohorts completed; 46 managers attended.",
                 measure="All managers complete the programme",
                 exp_lead=["Principal Social Worker", "Workforce Development Manager"], exp_end="2024-11",
                 exp_status="blue")),
    ("theme", WSX_THEME2),
    ("rec", WSX_REC3),
    ("act", dict(ref="3.1",
                 action="Agree a joint housing and children’s services protocol for 16- and "
                        "17-year-olds presenting as homeless, with a single point of contact in each "
                        "district and borough council.",
                 lead="Head of Adolescent Services",
                 orig=dt(2024, 3, 31), rev=None, prev="G", cur="B",
                 progress="Protocol signed by all seven district and borough councils in March 2024.",
                 measure="Protocol agreed and in use",
                 exp_lead=["Head of Adolescent Services"], exp_end="2024-03",
                 exp_status="blue")),
    ("act", dict(ref="3.2",
                 action="Audit all homeless presentations of 16- and 17-year-olds in the previous six "
                        "months and report compliance with the Southwark judgement duties to the "
                        "Corporate Parenting Panel.",
                 lead="Head of Quality Assurance and Practice Development",
                 orig=dt(2024, 9, 30), rev=dt(2025, 2, 28), prev="R", cur="A",
                 progress="Audit of 37 presentations under way; report moved to the March 2025 "
                          "Corporate Parenting Panel.",
                 measure="Audit report presented to CPP",
                 exp_lead=["Head of Quality Assurance and Practice Development"], exp_end="2025-02",
                 exp_status="amber")),
    ("rec", WSX_REC4),
    ("act", dict(ref="4.1",
                 action="Commission a care leavers’ emotional wellbeing pathway with Sussex Partnership "
                        "NHS Foundation Trust, including a named link worker for the Leaving Care "
                        "Service.",
                 lead="Assistant Director, Corporate Parenting / Designated Nurse for Looked After Children",
                 orig=dt(2024, 12, 31), rev=dt(2025, 6, 30), prev="A", cur="A",
                 progress="Funding agreed with the ICB; link worker post out to advert.",
                 measure="Pathway live; waiting time under 6 weeks",
                 exp_lead=["Assistant Director, Corporate Parenting",
                           "Designated Nurse for Looked After Children"], exp_end="2025-06",
                 exp_status="amber")),
    ("act", dict(ref="4.2",
                 action="Offer every care leaver aged 18–21 a health passport and a review of their "
                        "health history with their personal adviser.",
                 lead="Leaving Care Service Manager",
                 orig=dt(2025, 3, 31), rev=None, prev="G", cur="G",
                 progress="312 of 410 care leavers have received their health passport.",
                 measure="95% of care leavers offered a health passport",
                 exp_lead=["Leaving Care Service Manager"], exp_end="2025-03",
                 exp_status="green")),
]


def build_wsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "West Sussex County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = WSX_TITLE
    ws["A2"].font = Font(bold=True, size=16, color="1F3864")
    ws["A3"] = ("Response to the Ofsted Inspection of Local Authority Children’s Services (ILACS), "
                "6–17 March 2023")
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Approved by"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    docrows = [
        ["v1.0", dt(2023, 6, 30), "Head of Improvement and Transformation",
         "Children’s Services Improvement Board"],
        ["v2.0", dt(2024, 4, 26), "Head of Improvement and Transformation", "Practice Improvement Board"],
        ["v2.3", dt(2025, 1, 31), "Head of Improvement and Transformation", "Practice Improvement Board"],
    ]
    for r, row in enumerate(docrows, start=7):
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=1 + i, value=v)
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", "Complete – evidence of impact seen"),
           ("G", "On track to deliver by target date"),
           ("A", "Some slippage – mitigation in place"),
           ("R", "Off track – escalated to the Improvement Board")]
    for r, (k, t) in enumerate(key, start=12):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        ws.cell(row=r, column=2, value=t).border = BOX
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 40

    p = wb.create_sheet("Improvement Plan")
    p["A1"] = "Children’s Services Continuous Improvement Plan – progress at 31 January 2025"
    p["A1"].font = Font(bold=True, size=14, color="1F3864")
    p.merge_cells("A1:I1")
    headers = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
               "Previous RAG (Oct-24)", "Current RAG (Jan-25)", "Progress update",
               "Evidence / impact measure"]
    for i, h in enumerate(headers):
        c = p.cell(row=3, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    r = 4
    for kind, item in WSX_ROWS:
        if kind == "theme":
            p.cell(row=r, column=1, value=item)
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = p.cell(row=r, column=1)
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = fill("2F5597")
        elif kind == "rec":
            p.cell(row=r, column=1, value=item)
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = p.cell(row=r, column=1)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            p.row_dimensions[r].height = 32
        else:
            a = item
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["prev"], a["cur"],
                    a["progress"], a["measure"]]
            for i, v in enumerate(vals):
                c = p.cell(row=r, column=1 + i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "mmm-yy"
            for col, k in ((6, a["prev"]), (7, a["cur"])):
                c = p.cell(row=r, column=col)
                c.fill = fill(FILL[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
            p.row_dimensions[r].height = 60
        r += 1
    r += 1
    p.cell(row=r, column=1, value=(
        "Notes: Previous RAG is as reported to the Practice Improvement Board on 28 October 2024. "
        "Where the Board has agreed a revised target date, the original date is kept for audit purposes."))
    p.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [7, 60, 30, 13, 13, 11, 11, 45, 30]
    for i, w in enumerate(widths):
        p.column_dimensions[chr(65 + i)].width = w
    p.freeze_panes = "A4"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of current RAG ratings – January 2025"
    s["A1"].font = Font(bold=True, size=12)
    s["A3"], s["B3"] = "Current RAG", "Number of actions"
    s["A3"].font = s["B3"].font = Font(bold=True)
    acts = [it for k, it in WSX_ROWS if k == "act"]
    rr = 4
    for k, label in (("B", "Blue – complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")):
        s.cell(row=rr, column=1, value=label).fill = fill(FILL[k])
        s.cell(row=rr, column=2, value=sum(1 for a in acts if a["cur"] == k))
        rr += 1
    s.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    s.cell(row=rr, column=2, value=len(acts)).font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 20
    wb.save(os.path.join(HERE, WSX_NAME))


# ---------------------------------------------------------------------------
# 2. Cornwall Council - children's homes Ofsted action plans (xlsx), a sheet per home
# ---------------------------------------------------------------------------
CNW_NAME = "gm1-cornwall-council-childrens-homes-ofsted-action-plan.xlsx"
CNW_TITLE = "Cornwall Council – Children’s Homes Post-Inspection Action Plans 2024/25"
GUIDE = "‘Guide to the Children’s Homes Regulations including the quality standards’"
CNW_HOMES = [
    dict(name="Tregarth House",
         line="URN SC486213 · Full inspection 14–15 May 2024 · Overall experiences and progress: "
              "Requires improvement to be good",
         items=[
             dict(text="The registered person must ensure that staff are familiar with the home’s "
                       "policies on physical intervention and that every use of restraint is "
                       "recorded within 24 hours and reviewed by the registered manager.",
                  reg="Regulation 20(1)(a) and 35(3)(a)",
                  acts=[
                      dict(ref="1a", action="Deliver refresher PRICE training to all 11 permanent staff "
                                            "and 3 relief staff, with competency signed off by the "
                                            "trainer.",
                           lead="Registered Manager", due=dt(2024, 7, 31), rag="B",
                           update="All staff trained by 18/07/2024; certificates on staff files.",
                           exp_lead=["Registered Manager"], exp_end="2024-07", exp_status="blue"),
                      dict(ref="1b", action="Introduce a weekly check of restraint records by the "
                                            "Registered Manager, countersigned by the Responsible "
                                            "Individual at the monthly visit.",
                           lead="Registered Manager / Responsible Individual", due=dt(2024, 6, 30),
                           rag="B", update="Weekly checks in place since 03/06/2024.",
                           exp_lead=["Registered Manager", "Responsible Individual"],
                           exp_end="2024-06", exp_status="blue"),
                  ]),
             dict(text="The registered person must ensure that the independent person’s reports under "
                       "regulation 44 are acted on and that the quality of care review identifies the "
                       "home’s strengths and areas for development.",
                  reg="Regulation 44(4) and 45(2)",
                  acts=[
                      dict(ref="2a", action="Set up a Regulation 44 action tracker, reviewed at team "
                                            "meetings and shared with the independent person before "
                                            "each visit.",
                           lead="Registered Manager", due=dt(2024, 8, 31), rag="G",
                           update="Tracker in use; independent person confirmed it at the October visit.",
                           exp_lead=["Registered Manager"], exp_end="2024-08", exp_status="green"),
                      dict(ref="2b", action="Complete the six-monthly Regulation 45 quality of care "
                                            "review using the revised template and send it to Ofsted.",
                           lead="Responsible Individual", due=dt(2024, 11, 30), rag="A",
                           update="Draft review with the Head of Service; will be late by about two weeks.",
                           exp_lead=["Responsible Individual"], exp_end="2024-11", exp_status="amber"),
                  ]),
             dict(text="The registered person should ensure that children’s placement plans and risk "
                       "assessments are updated after significant incidents. (" + GUIDE +
                       ", page 55, paragraph 11.7)",
                  reg="Quality standard: protection of children",
                  acts=[
                      dict(ref="3a", action="Review placement plans and risk assessments after every "
                                            "significant incident, with key-worker sign-off and a note "
                                            "on the child’s record.",
                           lead="Deputy Manager", due="Immediate and ongoing", rag="G",
                           update="Checked in monthly audits.",
                           exp_lead=["Deputy Manager"], exp_end=None,
                           exp_end_text="Immediate and ongoing", exp_status="green"),
                  ]),
         ]),
    dict(name="Penrose Lodge",
         line="URN SC041877 · Interim inspection 3 September 2024 · Improved effectiveness",
         items=[
             dict(text="The registered person must ensure that all staff complete their induction and "
                       "mandatory training within the timescales set out in the home’s workforce plan.",
                  reg="Regulation 33(4)(a)",
                  acts=[
                      dict(ref="1a", action="Agree an individual training plan with each of the four "
                                            "new starters and track completion on the training matrix.",
                           lead="Registered Manager", due=dt(2024, 10, 31), rag="B",
                           update="Plans agreed 16/09/2024; matrix up to date.",
                           exp_lead=["Registered Manager"], exp_end="2024-10", exp_status="blue"),
                      dict(ref="1b", action="Book places on the Level 3 Diploma for the two residential "
                                            "practitioners who have not yet enrolled.",
                           lead="Registered Manager & Workforce Development Officer",
                           due=dt(2025, 1, 31), rag="G",
                           update="One enrolled; second place booked for January cohort.",
                           exp_lead=["Registered Manager", "Workforce Development Officer"],
                           exp_end="2025-01", exp_status="green"),
                  ]),
             dict(text="The registered person should ensure that children are helped to understand how "
                       "to make a complaint and that their complaints are recorded with the outcome. (" +
                       GUIDE + ", page 17, paragraph 3.14)",
                  reg="Quality standard: children’s views, wishes and feelings",
                  acts=[
                      dict(ref="2a", action="Produce an easy-read ‘How to raise a worry or complaint’ "
                                            "guide with the children and go through it at house "
                                            "meetings.",
                           lead="Senior Residential Practitioner", due=dt(2024, 11, 30), rag="G",
                           update="Guide drafted with two young people.",
                           exp_lead=["Senior Residential Practitioner"], exp_end="2024-11",
                           exp_status="green"),
                  ]),
             dict(text="The registered person should ensure that records of children’s missing from "
                       "home episodes include the return home interview and any learning. (" + GUIDE +
                       ", page 45, paragraph 9.5)",
                  reg="Quality standard: protection of children",
                  acts=[
                      dict(ref="3a", action="Add the return home interview outcome and learning to the "
                                            "missing episode log and review it in supervision.",
                           lead="Deputy Manager", due=dt(2024, 12, 31), rag=None,
                           update="Not yet started – waiting for the new Mosaic form.",
                           exp_lead=["Deputy Manager"], exp_end="2024-12", exp_status="unrated"),
                  ]),
         ]),
]


def build_cnw():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = CNW_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Owner: Head of Residential and Short Breaks Services    Last updated: 09/12/2024"
    s["A2"].font = Font(italic=True)
    hdr = ["Home", "URN", "Inspection date", "Type", "Overall experiences and progress",
           "Requirements", "Recommendations", "Actions complete"]
    for i, h in enumerate(hdr):
        c = s.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    rows = [["Tregarth House", "SC486213", dt(2024, 5, 14), "Full", "Requires improvement to be good",
             2, 1, "2 of 5"],
            ["Penrose Lodge", "SC041877", dt(2024, 9, 3), "Interim", "Improved effectiveness",
             1, 2, "1 of 4"]]
    for r, row in enumerate(rows, start=5):
        for i, v in enumerate(row):
            c = s.cell(row=r, column=1 + i, value=v)
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
    s["A8"] = "RAG key (shown by cell colour only on each home’s sheet)"
    s["A8"].font = Font(bold=True)
    for r, (k, t) in enumerate((("B", "Complete"), ("G", "On track"), ("A", "At risk of slippage"),
                                ("R", "Overdue")), start=9):
        s.cell(row=r, column=1).fill = fill(FILL[k])
        s.cell(row=r, column=1).border = BOX
        s.cell(row=r, column=2, value=t)
    s.cell(row=13, column=1).border = BOX
    s.cell(row=13, column=2, value="No colour – not started")
    for col, w in zip("ABCDEFGH", (18, 12, 15, 10, 30, 13, 16, 16)):
        s.column_dimensions[col].width = w

    for home in CNW_HOMES:
        ws = wb.create_sheet(home["name"])
        ws["A1"] = "Cornwall Council – Children’s Homes Post-Inspection Action Plan"
        ws["A1"].font = Font(size=10, color="595959")
        ws["A2"] = home["name"]
        ws["A2"].font = Font(bold=True, size=16, color="00594F")
        ws["A3"] = home["line"]
        ws["A3"].font = Font(italic=True)
        hdr = ["Ref", "Ofsted requirement / recommendation", "Regulation / standard", "Action",
               "Responsible person", "Due by", "RAG", "Evidence / update"]
        for i, h in enumerate(hdr):
            c = ws.cell(row=5, column=1 + i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("00594F")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r = 6
        for item in home["items"]:
            first = r
            for a in item["acts"]:
                vals = [a["ref"], None, None, a["action"], a["lead"], a["due"], None, a["update"]]
                for i, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt):
                        c.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    ws.cell(row=r, column=7).fill = fill(FILL[a["rag"]])
                ws.row_dimensions[r].height = 48
                r += 1
            ws.cell(row=first, column=2, value=item["text"]).alignment = WRAP
            ws.cell(row=first, column=3, value=item["reg"]).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        for col, w in zip("ABCDEFGH", (6, 55, 20, 50, 24, 13, 8, 40)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, CNW_NAME))


# ---------------------------------------------------------------------------
# 3. North Northamptonshire LAP - SEND priority action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
NNS_NAME = "gm1-north-northamptonshire-lap-send-priority-action-plan-typo-month-refuse.xlsx"
NNS_TITLE = "SEND Priority Action Plan – Area SEND Inspection (22–26 January 2024)"
NNS_AREAS = [
    ("APA1: Leaders across the partnership should work together urgently to agree a shared strategy "
     "and plans for children and young people with SEND, with clear lines of accountability.",
     [("1.1", "Co-produce and publish the North Northamptonshire SEND and Alternative Provision "
              "Strategy 2024–2027 with children, young people and parent carers.",
       "Assistant Director, Education / Director of Nursing and Quality (ICB)",
       dt(2024, 6, 1), dt(2024, 10, 31), "B", "Strategy published 24/10/2024."),
      ("1.2", "Agree a partnership outcomes framework and quarterly SEND performance dashboard "
              "covering education, health and care.",
       "Head of SEND; ICB SEND Lead", dt(2024, 9, 1), dt(2025, 1, 31), "G",
       "Dashboard v1 presented to the Board in January 2025."),
      ("1.3", "Hold termly ‘You Said, We Did’ events with North Northamptonshire Parent Carer Voice "
              "and publish the outcomes on the Local Offer.",
       "Participation and Engagement Manager", dt(2024, 11, 1), dt(2025, 3, 31), "A",
       "First event held November 2024; spring event date not yet confirmed.")]),
    ("APA2: Leaders should strengthen joint commissioning so that the right services are in place "
     "to meet need, including speech and language therapy and the neurodevelopmental pathway.",
     [("2.1", "Complete a joint needs assessment of speech, language and communication needs for "
              "children aged 0–25.",
       "Head of Joint Commissioning (Children)", dt(2024, 9, 1), dt(2024, 12, 31), "G",
       "Needs assessment signed off by the Joint Commissioning Group."),
      ("2.2", "Re-commission the neurodevelopmental assessment pathway with a single point of access "
              "and a waiting-well offer for families.",
       "ICB Head of Children’s Commissioning", dt(2024, 10, 1), "Febuary 2025", "A",
       "Procurement timetable slipped; contract award now expected spring 2025."),
      ("2.3", "Agree a jointly funded specialist equipment panel with a published decision timescale.",
       "Head of Joint Commissioning (Children)", dt(2025, 1, 1), dt(2025, 6, 30), "G",
       "Terms of reference drafted.")]),
    ("APA3: Leaders should put in place strengthened governance arrangements to monitor the "
     "impact of the SEND and alternative provision strategy.",
     [("3.1", "Establish the SEND Improvement and Assurance Board with an independent chair and "
              "published terms of reference.",
       "Executive Director of Children’s Services", dt(2024, 5, 1), dt(2024, 7, 31), "B",
       "Board met for the first time on 18/07/2024.")]),
    ("APA4: Leaders should make sure that children and young people’s needs are identified "
     "accurately and early, and that EHC needs assessments are completed within timescale.",
     [("4.1", "Deliver the EHC needs assessment recovery plan so that 60% of new EHC plans are issued "
              "within 20 weeks.",
       "Head of SEND", dt(2024, 7, 1), dt(2025, 8, 31), "A",
       "Timeliness 38% (rolling 3 months) at February 2025."),
      ("4.2", "Introduce multi-agency quality assurance of new EHC plans, with parent carer "
              "feedback on every plan audited.",
       "SEND Quality Assurance Lead", dt(2024, 9, 1), dt(2025, 3, 31), "G",
       "Monthly audit panel in place since October 2024.")]),
]


def build_nns():
    wb = Workbook()
    c0 = wb.active
    c0.title = "Cover"
    c0["A1"] = "North Northamptonshire Local Area Partnership for SEND"
    c0["A1"].font = Font(bold=True, size=14)
    c0["A2"] = NNS_TITLE
    c0["A2"].font = Font(bold=True, size=16, color="7030A0")
    c0["A4"] = ("Partners: North Northamptonshire Council, NHS Northamptonshire Integrated Care Board, "
                "Northamptonshire Children’s Trust, North Northamptonshire Parent Carer Voice")
    c0["A5"] = "Approved by the Department for Education and NHS England: May 2024"
    c0["A7"] = "RAG key"
    c0["A7"].font = Font(bold=True)
    for r, (k, t) in enumerate((("B", "Blue – complete"), ("G", "Green – on track"),
                                ("A", "Amber – at risk"), ("R", "Red – off track / not delivered")),
                               start=8):
        c0.cell(row=r, column=1, value=t).fill = fill(FILL[k])
    c0.column_dimensions["A"].width = 40

    ws = wb.create_sheet("PAP")
    ws["A1"] = ("SEND Priority Action Plan – progress update for the SEND Improvement and Assurance "
                "Board, March 2025")
    ws["A1"].font = Font(bold=True, size=13, color="7030A0")
    hdr = ["Area for priority action", "Ref", "Action", "Lead(s)", "Start", "Deadline", "RAG",
           "Progress / impact"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = 4
    for area, acts in NNS_AREAS:
        first = r
        for ref, action, lead, start, end, rag, prog in acts:
            vals = [None, ref, action, lead, start, end, rag, prog]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(FILL[rag])
            r += 1
        ws.cell(row=first, column=1, value=area).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", (45, 6, 55, 30, 9, 13, 6, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, NNS_NAME))


def nns_typo_row():
    r = 4
    for area, acts in NNS_AREAS:
        for a in acts:
            if a[4] == "Febuary 2025":
                return r
            r += 1


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


def set_cell(cell, text, bold=False, italic=False, color=None, size=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Wolverhampton Safeguarding Together - JTAI multi-agency action plan (docx)
# ---------------------------------------------------------------------------
WST_NAME = "gm1-wolverhampton-safeguarding-together-jtai-action-plan.docx"
WST_TITLE = ("Wolverhampton Safeguarding Together – Joint Targeted Area Inspection (JTAI) "
             "Multi-agency Action Plan")
WST_AFIS = [
    ("The timeliness and quality of multi-agency strategy discussions for children at risk of "
     "extra-familial harm, including the attendance of education and health professionals.",
     [dict(ref="1.1", action="Revise the strategy discussion standard operating procedure so that "
                             "education and health representatives are invited to every strategy "
                             "discussion about extra-familial harm.",
           lead="Head of MASH (City of Wolverhampton Council) / Detective Chief Inspector, Public "
                "Protection (West Midlands Police)",
           due="July 2025", progress="SOP agreed by the Executive Group on 17/07/2025 and circulated.",
           rag="Complete",
           exp_lead=["Head of MASH (City of Wolverhampton Council)",
                     "Detective Chief Inspector, Public Protection (West Midlands Police)"],
           exp_end="2025-07", exp_status="blue"),
      dict(ref="1.2", action="Carry out a multi-agency audit of 30 strategy discussions to test "
                             "attendance, information sharing and the quality of recorded decisions.",
           lead="Chair, WST Quality Assurance and Performance Subgroup",
           due="October 2025", progress="Audit tool agreed; case sample drawn.", rag="Green",
           exp_lead=["Chair, WST Quality Assurance and Performance Subgroup"],
           exp_end="2025-10", exp_status="green"),
      dict(ref="1.3", action="Give every secondary school and college a duty safeguarding lead contact "
                             "so that education attendance at strategy discussions can be arranged at "
                             "short notice.",
           lead="Head of Education Safeguarding", due="September 2025",
           progress="29 of 34 settings confirmed; remaining five chased by the Education "
                    "Safeguarding Team.", rag="Amber",
           exp_lead=["Head of Education Safeguarding"], exp_end="2025-09", exp_status="amber")]),
    ("The consistency with which contextual safeguarding assessments inform plans for children, "
     "including work with places and peer groups.",
     [dict(ref="2.1", action="Embed the contextual safeguarding assessment in the Eclipse case record, "
                             "with mandatory completion for children open to the Power2 exploitation "
                             "team.",
           lead="Service Manager, Exploitation and Missing", due="December 2025",
           progress="Form built; testing with Power2 practitioners in October.", rag="Green",
           exp_lead=["Service Manager, Exploitation and Missing"], exp_end="2025-12",
           exp_status="green"),
      dict(ref="2.2", action="Hold a quarterly Locations and Peer Groups panel, chaired by the "
                             "Community Safety Partnership, to agree place-based disruption plans.",
           lead="Head of Community Safety; Superintendent, Neighbourhood Policing",
           due="Quarterly from October 2025", progress="First panel booked for 22/10/2025.",
           rag="Green",
           exp_lead=["Head of Community Safety", "Superintendent, Neighbourhood Policing"],
           exp_end=None, exp_end_text="Quarterly from October 2025", exp_status="green")]),
    ("The safeguarding partners’ oversight of the impact of multi-agency training on practice with "
     "children affected by serious youth violence.",
     [dict(ref="3.1", action="Commission an evaluation of the serious youth violence training programme, "
                             "including feedback from practitioners six months after attending.",
           lead="WST Learning and Development Lead", due="31 January 2026",
           progress="Scope to be agreed at the November Executive Group.", rag="Not started",
           exp_lead=["WST Learning and Development Lead"], exp_end="2026-01", exp_status="unrated"),
      dict(ref="3.2", action="Add a serious youth violence section to the WST annual report, with data "
                             "on training reach and audit findings.",
           lead="WST Business Manager", due="March 2026", progress="Section outline agreed.",
           rag="Green", exp_lead=["WST Business Manager"], exp_end="2026-03", exp_status="green"),
      dict(ref="3.3", action="Agree a serious youth violence data dashboard for the Executive Group, "
                             "combining police, health and youth justice data.",
           lead="Head of Youth Justice Service / Data and Intelligence Manager (WMP)", due="Dec-25",
           progress="Data-sharing agreement with the ICB still awaited.", rag="Amber",
           exp_lead=["Head of Youth Justice Service", "Data and Intelligence Manager (WMP)"],
           exp_end="2025-12", exp_status="amber")]),
]
WST_RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_wst():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    t = d.add_paragraph(WST_TITLE, style="Title")
    d.add_paragraph("Theme: the multi-agency response to serious youth violence. Inspection fieldwork: "
                    "10–14 March 2025. Letter of findings published: 6 May 2025.")
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], "D9D9D9")
    for row in (["1.0", "20 June 2025", "WST Business Manager", "WST Executive Group"],
                ["1.1", "15 September 2025", "WST Business Manager", "WST Executive Group"]):
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph()
    d.add_paragraph("This plan sets out how the safeguarding partners – City of Wolverhampton Council, "
                    "NHS Black Country Integrated Care Board and West Midlands Police – will respond to "
                    "the three areas for improvement in the letter of findings. Progress is reviewed "
                    "at each meeting of the WST Executive Group.")
    d.add_paragraph("RAG key: Complete – action delivered; Green – on track; Amber – at risk, "
                    "mitigation in place; Red – off track; Not started.")
    for n, (afi, acts) in enumerate(WST_AFIS, start=1):
        d.add_heading(f"Area for improvement {n}", level=2)
        p = d.add_paragraph()
        p.add_run(afi).italic = True
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead agency / officer", "Target date",
                               "Progress update (September 2025)", "RAG"]):
            set_cell(tb.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(tb.rows[0].cells[i], "1F4E79")
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["lead"], a["due"], a["progress"],
                                   a["rag"]]):
                cells[i].text = v
            if a["rag"] in WST_RAGFILL:
                shade(cells[5], WST_RAGFILL[a["rag"]])
        d.add_paragraph()
    d.add_heading("Sign-off by the safeguarding partners", level=2)
    so = d.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Partner", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    for row in (["City of Wolverhampton Council – Director of Children’s Services", "E. Marsh",
                 "20/06/2025"],
                ["NHS Black Country ICB – Chief Nursing Officer", "S. Okafor", "20/06/2025"],
                ["West Midlands Police – Chief Superintendent, Wolverhampton LPA", "R. Dhillon",
                 "23/06/2025"]):
        cells = so.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.save(os.path.join(HERE, WST_NAME))


# ---------------------------------------------------------------------------
# 5. Foster Wales Wrexham - CIW fostering inspection improvement plan (docx)
# ---------------------------------------------------------------------------
WRX_NAME = "gm1-wrexham-cbc-foster-wales-ciw-fostering-inspection-improvement-plan.docx"
WRX_TITLE = "Foster Wales Wrexham: Improvement Plan following CIW Inspection (February 2025)"
WRX_SECTIONS = [
    ("Well-being",
     [("Regulation 21 – The service provider must ensure that each child’s placement plan is reviewed "
       "and updated within the required timescales.",
       [dict(ref="1.1", action="Introduce a monthly tracker of placement plan reviews for the fostering "
                               "team, reported to the Registered Manager.",
             lead="Fostering Team Manager", due="June 2025",
             progress="Tracker in place from 02/06/2025.", status="Completed",
             exp_lead=["Fostering Team Manager"], exp_end="2025-06", exp_status="blue"),
        dict(ref="1.2", action="Brief supervising social workers at team meetings and in supervision on "
                               "the timescales for reviewing placement plans.",
             lead="Senior Practitioners", due="May 2025",
             progress="Briefings held 14 and 28 May 2025.", status="Completed",
             exp_lead=["Senior Practitioners"], exp_end="2025-05", exp_status="blue")])]),
    ("Care and development",
     [("Regulation 36 – The service provider must ensure that foster parents receive the training "
       "they need, including training in trauma-informed care and safer caring.",
       [dict(ref="2.1", action="Publish a 2025–26 learning and development calendar for foster carers, "
                               "including trauma-informed care and safer caring modules.",
             lead="Learning and Development Officer (Fostering)", due="Q2 2025/26",
             progress="Calendar drafted with the Foster Carers’ Forum.", status="On track",
             exp_lead=["Learning and Development Officer (Fostering)"], exp_end="2025-09",
             exp_end_text="Q2 2025/26", exp_status="green"),
        dict(ref="2.2", action="Record all foster carer training on the carer’s file and review "
                               "completion at each annual review.",
             lead="Supervising Social Workers / Independent Reviewing Officer (Fostering)",
             due="By 31 March 2026", progress="Recording field added to WCCIS.", status="On track",
             exp_lead=["Supervising Social Workers", "Independent Reviewing Officer (Fostering)"],
             exp_end="2026-03", exp_status="green")]),
      ("Regulation 40 – The service provider must ensure that annual reviews of foster parents are "
       "completed within the required timescales and presented to the fostering panel.",
       [dict(ref="2.3", action="Clear the backlog of 14 overdue annual reviews and schedule them for "
                               "fostering panel.",
             lead="Fostering Team Manager & Panel Adviser", due="Q3 2025/26",
             progress="6 of 14 completed; two panels added in October.", status="Amber",
             exp_lead=["Fostering Team Manager", "Panel Adviser"], exp_end="2025-12",
             exp_end_text="Q3 2025/26", exp_status="amber")])]),
    ("Leadership and management",
     [("Regulation 8 – The responsible individual must ensure effective oversight of the service, "
       "including a quality of care review completed every six months.",
       [dict(ref="3.1", action="Complete the six-monthly quality of care review and share it with the "
                               "Lead Member for Children’s Services.",
             lead="Responsible Individual (Head of Children’s Services)", due="Six-monthly",
             progress="First review completed July 2025.", status="On track",
             exp_lead=["Responsible Individual (Head of Children’s Services)"], exp_end=None,
             exp_end_text="Six-monthly", exp_status="green"),
        dict(ref="3.2", action="Provide a quarterly fostering performance report to the Children’s "
                               "Services Senior Management Team.",
             lead="Fostering Team Manager", due="Quarterly", progress="", status="Not started",
             exp_lead=["Fostering Team Manager"], exp_end=None, exp_end_text="Quarterly",
             exp_status="unrated")])]),
]


def build_wrx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = d.add_paragraph(WRX_TITLE, style="Title")
    sub = d.add_paragraph()
    sub.add_run("Maethu Cymru Wrecsam: Cynllun Gwella yn dilyn Arolygiad AGC (Chwefror 2025)").italic = True
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Service", "Foster Wales Wrexham (local authority fostering service)"),
                 ("Inspection", "Care Inspectorate Wales, 10–14 February 2025; report published "
                                "8 April 2025"),
                 ("Responsible Individual", "Head of Children’s Services"),
                 ("Plan agreed", "2 May 2025"),
                 ("Review", "Quarterly at the Children’s Services Senior Management Team")):
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFD9")
        cells[1].text = v
    d.add_paragraph()
    d.add_paragraph("CIW identified areas for improvement against the following regulations of the "
                    "Local Authority Fostering Services (Wales) Regulations 2018. No priority action "
                    "notices were issued.")
    cols = ["Ref", "Area for improvement", "Action", "Responsible officer", "Timescale", "Progress",
            "Status"]
    tb = d.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(tb.rows[0].cells[i], c, bold=True, color="FFFFFF")
        shade(tb.rows[0].cells[i], "375623")
    for section, afis in WRX_SECTIONS:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, section, bold=True)
        shade(m, "C5E0B3")
        for afi, acts in afis:
            first = None
            for a in acts:
                row = tb.add_row()
                cells = row.cells
                if first is None:
                    first = row
                    cells[1].text = afi
                for i, key in ((0, "ref"), (2, "action"), (3, "lead"), (4, "due"), (5, "progress"),
                               (6, "status")):
                    cells[i].text = a[key]
                last = row
            if last is not first:
                first.cells[1].merge(last.cells[1])
    d.add_paragraph()
    d.add_paragraph("Status: Completed; On track; Amber – behind schedule; Not started.")
    d.save(os.path.join(HERE, WRX_NAME))


# ---------------------------------------------------------------------------
# 6. East Sussex Youth Justice Service - HMIP inspection improvement plan (csv)
# ---------------------------------------------------------------------------
ESX_NAME = "gm1-east-sussex-yjs-hmip-improvement-plan.csv"
ESX_TITLE = "East Sussex Youth Justice Service – HMIP Inspection Improvement Plan 2024/25"
ESX_SEC1 = "HMIP recommendations – East Sussex YJS"
ESX_SEC2 = "HMIP recommendation – Sussex Police"
ESX_SEC3 = "Other areas for improvement identified in the report"
ESX_ROWS = [
    ("sec", ESX_SEC1),
    ("afi", "1. Improve the quality of assessment and planning work to keep children safe and manage "
            "the risk of harm they present to others"),
    ("act", dict(ref="1.1", action="Deliver whole-staff training on the new Prevention and Diversion "
                                   "assessment tool, with learning embedded in team meetings, reflective "
                                   "practice meetings and 1:1 supervision.",
                 lead="Head of Specialist Adolescent Services; YJS Operations Manager", due="Sep-24",
                 progress="Complete – initial sessions delivered September 2024.", rag="Complete",
                 exp_lead=["Head of Specialist Adolescent Services", "YJS Operations Manager"],
                 exp_end="2024-09", exp_status="blue")),
    ("act", dict(ref="1.2", action="Develop a quality assurance schedule, reported quarterly to COG, "
                                   "including joint audits with COG members and monthly management "
                                   "audits.",
                 lead="YJS Operations Manager", due="Dec-24",
                 progress="Schedule agreed at COG in December.\nFirst joint audit completed "
                          "January 2025.",
                 rag="Green", exp_lead=["YJS Operations Manager"], exp_end="2024-12",
                 exp_status="green")),
    ("afi", "2. Ensure management oversight is consistently effective in reviewing activities, so that "
            "practitioners are clear about what they need to improve"),
    ("act", dict(ref="2.1", action="Introduce a management oversight template on ChildView for every "
                                   "planning and review point.",
                 lead="YJS Team Manager (Court)", due="31/01/2025",
                 progress="Template built; roll-out delayed by the ChildView upgrade.", rag="Amber",
                 exp_lead=["YJS Team Manager (Court)"], exp_end="2025-01", exp_status="amber")),
    ("act", dict(ref="2.2", action="Run a fortnightly case consultation forum for complex risk of harm "
                                   "cases.",
                 lead="YJS Team Managers", due="Ongoing",
                 progress="Forum running since October 2024.", rag="Green",
                 exp_lead=["YJS Team Managers"], exp_end=None, exp_end_text="Ongoing",
                 exp_status="green")),
    ("afi", "3. Ensure that resettlement policy and provision are understood by all staff and reviewed "
            "with partners"),
    ("act", dict(ref="3.1", action="Refresh the resettlement policy with the secure estate and "
                                   "Children’s Services, and brief all staff on it.",
                 lead="Head of Specialist Adolescent Services", due="Mar-25",
                 progress="Draft policy shared with partners.", rag="Green",
                 exp_lead=["Head of Specialist Adolescent Services"], exp_end="2025-03",
                 exp_status="green")),
    ("sec", ESX_SEC2),
    ("afi", "4. Review the police YJS referral form so that it pays more attention to diversity and "
            "trauma"),
    ("act", dict(ref="4.1", action="Revise the referral form to include prompts on diversity, identity "
                                   "and trauma, and agree it with the YJS.",
                 lead="Chief Inspector – Prevention (Sussex Police)", due="Q4 2024/25",
                 progress="Revised form out for consultation.", rag="Green",
                 exp_lead=["Chief Inspector – Prevention (Sussex Police)"], exp_end="2025-03",
                 exp_end_text="Q4 2024/25", exp_status="green")),
    ("sec", ESX_SEC3),
    ("act", dict(ref="5.1", action="Strengthen planning for out-of-court disposals, with a planning "
                                   "checklist for Joint Decision Making Panel cases.\nChecklist to be "
                                   "reviewed after three months.",
                 lead="YJS Operations Manager / Prevention and Diversion Lead", due="June 2025",
                 progress="Not yet started.", rag="",
                 exp_lead=["YJS Operations Manager", "Prevention and Diversion Lead"],
                 exp_end="2025-06", exp_status="unrated")),
]


def build_esx():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 7
    w.writerow([ESX_TITLE] + [""] * (n - 1))
    w.writerow(["Inspection: 10–14 June 2024 | Overall rating: Good | Plan owner: Chief Officers Group "
                "(COG)"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Area for improvement", "Ref", "Action", "Lead", "Target date", "Progress", "RAG"])
    for kind, item in ESX_ROWS:
        if kind in ("sec", "afi"):
            w.writerow([item] + [""] * (n - 1))
        else:
            a = item
            w.writerow(["", a["ref"], a["action"], a["lead"], a["due"], a["progress"], a["rag"]])
    w.writerow([""] * n)
    w.writerow(["Key: Complete = action delivered; Green = on track; Amber = some delay; "
                "Red = off track"] + [""] * (n - 1))
    with open(os.path.join(HERE, ESX_NAME), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Telford & Wrekin - Corporate Parenting Board action plan (tab-separated text export)
# ---------------------------------------------------------------------------
TWC_NAME = "gm1-telford-wrekin-corporate-parenting-board-action-plan.txt"
TWC_TITLE = "Corporate Parenting Board – Action Plan 2025/26"
TWC_ROWS = [
    ("pri", "Priority 1: Safe and stable homes"),
    ("act", dict(ref="1.1", action="Recruit 20 additional fostering households through the ‘Foster with "
                                   "your local authority’ campaign, prioritising carers for teenagers "
                                   "and brothers and sisters.",
                 lead="Fostering Service Manager", due="March 2026",
                 progress="11 households approved to date.", rag="G",
                 exp_lead=["Fostering Service Manager"], exp_end="2026-03", exp_status="green")),
    ("act", dict(ref="1.2", action="Open a second two-bed children’s home in the borough so that more "
                                   "children can live close to their school and family.",
                 lead="Head of Children in Care and Resources", due="December 2025",
                 progress="Ofsted registration visit completed October 2025.", rag="A",
                 exp_lead=["Head of Children in Care and Resources"], exp_end="2025-12",
                 exp_status="amber")),
    ("act", dict(ref="1.3", action="Review the plan for every child living more than 20 miles from "
                                   "Telford, to confirm whether they should return or remain.",
                 lead="Service Manager (Children in Care) & IRO Manager", due="End of January 2026",
                 progress="Reviews 60% complete.", rag="G",
                 exp_lead=["Service Manager (Children in Care)", "IRO Manager"], exp_end="2026-01",
                 exp_status="green")),
    ("pri", "Priority 2: Education, employment and training"),
    ("act", dict(ref="2.1", action="Make sure every child in care has a Personal Education Plan reviewed "
                                   "each term, with the child’s own views recorded.",
                 lead="Virtual School Head", due="Termly",
                 progress="Summer term PEP completion 94%.", rag="G",
                 exp_lead=["Virtual School Head"], exp_end=None, exp_end_text="Termly",
                 exp_status="green")),
    ("act", dict(ref="2.2", action="Offer every care leaver aged 16–21 a work experience placement or "
                                   "apprenticeship taster within the Council.",
                 lead="Care Leavers Service Manager / HR Business Partner", due="Summer term 2026",
                 progress="24 placements offered so far.", rag="G",
                 exp_lead=["Care Leavers Service Manager", "HR Business Partner"], exp_end="2026-07",
                 exp_end_text="Summer term 2026", exp_status="green")),
    ("pri", "Priority 3: Health and wellbeing"),
    ("act", dict(ref="3.1", action="Ensure that initial health assessments are completed within 20 "
                                   "working days of a child coming into care.",
                 lead="Designated Nurse for Children in Care (ICB)", due="31/03/2026",
                 progress="", rag="A",
                 exp_lead=["Designated Nurse for Children in Care (ICB)"], exp_end="2026-03",
                 exp_status="amber")),
    ("act", dict(ref="3.2", action="Launch a mental health drop-in for care-experienced young people "
                                   "with the CAMHS provider.",
                 lead="Head of Children in Care and Resources; Participation Lead", due="Jan-26",
                 progress="Venue agreed.", rag="",
                 exp_lead=["Head of Children in Care and Resources", "Participation Lead"],
                 exp_end="2026-01", exp_status="unrated")),
    ("pri", "Priority 4: Listening to our children and young people"),
    ("act", dict(ref="4.1", action="Hold a Corporate Parenting Board meeting each quarter co-chaired by "
                                   "a member of the Children in Care Council.",
                 lead="Democratic Services Officer / Participation Lead", due="Quarterly",
                 progress="Co-chair in place since June 2025.", rag="B",
                 exp_lead=["Democratic Services Officer", "Participation Lead"], exp_end=None,
                 exp_end_text="Quarterly", exp_status="blue")),
    ("act", dict(ref="4.2", action="Publish a refreshed Pledge written with the Children in Care Council "
                                   "and care leavers.",
                 lead="Participation Lead", due="September 2025",
                 progress="Pledge launched at the celebration event on 19/09/2025.", rag="B",
                 exp_lead=["Participation Lead"], exp_end="2025-09", exp_status="blue")),
]


def build_twc():
    lines = ["Telford & Wrekin Council",
             TWC_TITLE,
             "Exported from the Children’s Services performance system 14/11/2025",
             "",
             "Key: B = complete, G = on track, A = some risk to delivery, R = off track, "
             "blank = not yet started",
             "",
             "\t".join(["Ref", "Action", "Lead", "By when", "Progress", "RAG"])]
    acts = []
    for kind, item in TWC_ROWS:
        if kind == "pri":
            lines.append(item)
        else:
            a = item
            acts.append(a)
            lines.append("\t".join([a["ref"], a["action"], a["lead"], a["due"], a["progress"],
                                    a["rag"]]))
    n = {k: sum(1 for a in acts if a["rag"] == k) for k in ("B", "G", "A", "R", "")}
    lines.append("")
    lines.append(f"Total actions: {len(acts)} (B {n['B']}, G {n['G']}, A {n['A']}, R {n['R']}, "
                 f"not started {n['']})")
    with open(os.path.join(HERE, TWC_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_wsx()
    build_cnw()
    build_nns()
    build_wst()
    build_wrx()
    build_esx()
    build_twc()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
