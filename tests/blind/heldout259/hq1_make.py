"""Build the seven hq1- blind test files (set heldout259).

Run with /work/main/.venv/bin/python hq1_make.py ; files are written beside this script.
Each plan's rows are held in the data lists below; the X_* fields of each action
(expected lead list, month, end_text, status) are the reading written into the
matching NAME.expected.yaml.
"""
import csv
import io
import os
from datetime import datetime

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "head": "1F4E78",
    "theme": "D9E1F2",
    "rec": "F2F2F2",
    "grey": "BFBFBF",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def A(ref, action, lead_cell, lead, end_cell, end, status, end_text=None, **extra):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead, end_cell=end_cell,
             end=end, status=status, end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Westmorland and Furness Council - ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
WF_TITLE = "Ofsted ILACS Improvement Plan 2024–2025"
WF = [
    ("Theme A: Care leavers", [
        ("Recommendation 1: The quality of pathway plans, so that they are clear, measurable and reviewed when care leavers' circumstances change.", [
            A("1.1", "Co-produce a revised pathway plan template with the Care Leavers' Forum, including a 'my goals' section written in the young person's words.",
              "Service Manager (Leaving Care)", ["Service Manager (Leaving Care)"],
              (datetime(2024, 9, 30), None), "2024-09", "blue",
              progress="New template live on Mosaic from 2 September 2024. 61% of open pathway plans now on the new format; remainder to move at next review."),
            A("1.2", "Audit a sample of 40 pathway plans each quarter and report the findings to the Corporate Parenting Board.",
              "Strategic Lead, Quality Assurance / Service Manager (Leaving Care)",
              ["Strategic Lead, Quality Assurance", "Service Manager (Leaving Care)"],
              (datetime(2024, 12, 31), datetime(2025, 3, 31)), "2025-03", "amber",
              progress="Q2 audit completed (38 plans). Q3 audit delayed by the Mosaic upgrade; revised date agreed at Improvement Board."),
        ]),
        ("Recommendation 2: Care leavers' access to suitable accommodation, including for those aged 18 to 21 moving on from staying put or supported lodgings.", [
            A("2.1", "Agree a joint housing protocol for care leavers with the council's Housing Options service, including priority banding on the housing register.",
              "Head of Service, Children in Care and Care Leavers", ["Head of Service, Children in Care and Care Leavers"],
              (datetime(2024, 10, 31), datetime(2025, 2, 28)), "2025-02", "amber",
              progress="Draft protocol agreed by officers; awaiting Cabinet Member sign-off in February."),
            A("2.2", "Commission 12 additional supported accommodation units in Barrow and Kendal through the Supported Accommodation Framework.",
              "Head of Commissioning (Children)", ["Head of Commissioning (Children)"],
              (datetime(2025, 3, 31), None), "2025-03", "green",
              progress="Provider appointed for Barrow (6 units); Kendal lot out to tender, closes 7 February 2025."),
        ]),
    ]),
    ("Theme B: Children in need of help and protection", [
        ("Recommendation 3: The consistency of management oversight and supervision for children subject to child protection plans in the South Lakes locality.", [
            A("3.1", "Introduce a monthly supervision compliance report by team, reviewed at the Children's Services Performance Board.",
              "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
              (datetime(2024, 8, 31), None), "2024-08", "blue",
              progress="Report in place since August 2024; compliance in South Lakes up from 71% to 92%."),
            A("3.2", "Deliver reflective supervision training to all team managers and advanced practitioners (cohorts 1 and 2).",
              "Principal Social Worker", ["Principal Social Worker"],
              (datetime(2024, 11, 30), datetime(2025, 1, 31)), "2025-01", "green",
              progress="Cohort 1 trained (14 staff). Cohort 2 moved to January 2025 to avoid the Christmas period."),
            A("3.3", "Practice leads to dip-sample child protection plans at 3 and 9 months to test that management oversight is recorded and is driving progress.",
              "Head of Service, Safeguarding (South) / Principal Social Worker",
              ["Head of Service, Safeguarding (South)", "Principal Social Worker"],
              (datetime(2025, 3, 31), None), "2025-03", "green",
              progress="First dip-sample of 20 plans completed in November; findings shared at the practice forum."),
        ]),
    ]),
    ("Theme C: Children who go missing or are at risk of exploitation", [
        ("Recommendation 4: The timeliness of return home interviews for children who go missing from home or care.", [
            A("4.1", "Re-commission the return home interview service with a 72-hour offer and weekly performance data.",
              "Head of Commissioning (Children)", ["Head of Commissioning (Children)"],
              (datetime(2025, 1, 31), None), "2025-01", "red",
              progress="Tender returned no compliant bids. Interim in-house offer from 13 January 2025; options paper to Improvement Board."),
        ]),
    ]),
]


def build_wf(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Westmorland and Furness Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = WF_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Inspection of local authority children's services (ILACS), 22 April to 2 May 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "15/07/2024", "Strategic Lead, Quality Assurance", "First draft for Director of Children's Services"),
            ("1.0", "08/08/2024", "Strategic Lead, Quality Assurance", "Submitted to Ofsted"),
            ("1.2", "21/10/2024", "Improvement Programme Officer", "Quarter 2 progress update"),
            ("1.3", "13/01/2025", "Improvement Programme Officer", "Quarter 3 progress update for Children's Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "Some delay – recovery plan in place"), ("red", "Off track – escalate to Improvement Board")]
    for i, (col, txt) in enumerate(key):
        cov.cell(row=13 + i, column=1).fill = fill(FILL[col])
        cov.cell(row=13 + i, column=1).border = BOX
        cov.cell(row=13 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = WF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress as at 31 December 2024 – reported to Children's Improvement Board, 20 January 2025"
    ws.merge_cells("A2:H2")
    hdr = ["Ofsted recommendation", "Ref", "Action", "Lead officer", "Original target date",
           "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in WF:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=rec).alignment = WRAP
            for a in acts:
                orig, rev = a["end_cell"]
                vals = [None, a["ref"], a["action"], a["lead_cell"], orig, rev, a["progress"], None]
                for j, v in enumerate(vals, 1):
                    if j == 1:
                        ws.cell(row=r, column=1).border = BOX
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(FILL[a["status"]])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour – see key on the Cover sheet.").font = Font(italic=True)
    widths = [42, 7, 52, 30, 13, 13, 52, 8]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – December 2024"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for _, recs in WF:
        for _, acts in recs:
            for a in acts:
                counts[a["status"]] = counts.get(a["status"], 0) + 1
    rows = [("Status", "Number of actions"), ("Complete", counts.get("blue", 0)),
            ("On track", counts.get("green", 0)), ("Some delay", counts.get("amber", 0)),
            ("Off track", counts.get("red", 0)), ("Total", sum(counts.values()))]
    for i, (a_, b_) in enumerate(rows):
        sm.cell(row=3 + i, column=1, value=a_).border = BOX
        sm.cell(row=3 + i, column=2, value=b_).border = BOX
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 20
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Leeds Youth Justice Service - HMIP improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
LY_TITLE = "Post-Inspection Improvement Plan – HM Inspectorate of Probation inspection of youth justice services in Leeds"
LY = [
    ("Recommendations for the Youth Justice Service Manager", [
        ("R1 – Ensure that assessments consistently analyse the risk of harm to others and are reviewed when a child's circumstances change", [
            A("1a", "Deliver refresher training on AssetPlus risk of harm analysis to all case managers, with an attendance register kept.",
              "Practice Development Manager", ["Practice Development Manager"],
              ("31/03/2025", ""), "2025-03", "blue", partner="N/A", prev="A", cur="B",
              progress="Four sessions delivered Feb–Mar 2025; 46 of 48 case managers attended. Remaining two booked for induction."),
            A("1b", "Add a mandatory 'review trigger' prompt to ChildView when new police intelligence or a safety concern is recorded.",
              "YJS Business Manager", ["YJS Business Manager"],
              ("30/04/2025", "31/08/2025"), "2025-08", "amber", partner="West Yorkshire Police", prev="A", cur="A",
              progress="Supplier change request raised; release scheduled for August 2025."),
            A("1c", "Team managers to complete a monthly thematic audit of 10 cases focusing on risk of harm, with learning shared at the practice forum.",
              "Team Managers", ["Team Managers"],
              ("Monthly", ""), None, "green", end_text="Monthly", partner="N/A", prev="G", cur="G",
              progress="Audits completed every month since January 2025; learning log kept on SharePoint."),
        ]),
        ("R2 – Ensure that planning for children's safety and wellbeing includes clear contingency arrangements", [
            A("2a", "Revise the intervention plan template so that every plan records what will happen if risk increases, and who will act.",
              "Practice Development Manager", ["Practice Development Manager"],
              ("28/02/2025", ""), "2025-02", "blue", partner="N/A", prev="G", cur="B",
              progress="New template in use from 3 March 2025."),
            A("2b", "Embed contingency planning in the multi-agency risk management meeting (RMM) minutes template and chairing guidance.",
              "Head of Service, Youth Justice; Detective Inspector, Child Exploitation",
              ["Head of Service, Youth Justice", "Detective Inspector, Child Exploitation"],
              ("31/05/2025", ""), "2025-05", "green", partner="West Yorkshire Police", prev="A", cur="G",
              progress="Guidance agreed; chairs briefed 14 May 2025. Dip sample of RMM minutes due July."),
        ]),
        ("R3 – Ensure that victims' needs and wishes are given sufficient focus in out-of-court disposal decision-making", [
            A("3a", "Restorative Justice Officer to attend every Joint Decision Making Panel and present the victim's views in writing.",
              "Restorative Justice Lead", ["Restorative Justice Lead"],
              ("31/01/2025", ""), "2025-01", "blue", partner="West Yorkshire Police", prev="G", cur="B",
              progress="In place since January 2025; victim views recorded in 100% of panel decisions (Q1)."),
            A("3b", "Publish a victim contact standard for all out-of-court disposals, with contact attempted within 5 working days.",
              "Restorative Justice Lead / Victim Liaison Officer", ["Restorative Justice Lead", "Victim Liaison Officer"],
              ("31/03/2025", "30/09/2025"), "2025-09", "amber", partner="Remedi", prev="R", cur="A",
              progress="Draft standard out for consultation with Remedi and the Office of the Mayor (Victims' Champion)."),
        ]),
    ]),
    ("Recommendations for the Leeds Youth Justice Management Board", [
        ("R4 – Assure itself that health, education and substance misuse services are available to all children supervised by the YJS", [
            A("4a", "Agree a service level agreement for a seconded CAMHS practitioner (0.6 FTE) with Leeds and York Partnership NHS Foundation Trust.",
              "Chair, Leeds Youth Justice Management Board", ["Chair, Leeds Youth Justice Management Board"],
              ("30/06/2025", ""), "2025-06", "red", partner="NHS West Yorkshire ICB", prev="A", cur="R",
              progress="Funding not yet confirmed by the ICB; escalated to the Children and Families Partnership."),
            A("4b", "Education, training and employment data for the YJS cohort to be a standing item at each Management Board meeting.",
              "Head of Learning Inclusion", ["Head of Learning Inclusion"],
              ("Quarterly", ""), None, "green", end_text="Quarterly", partner="Leeds City Council – Learning", prev="G", cur="G",
              progress="ETE dashboard presented in January and April 2025."),
        ]),
        ("R5 – Ensure that disproportionality data is analysed and acted on across the partnership", [
            A("5a", "Commission an independent review of the over-representation of Black and mixed heritage children at the point of charge.",
              "Chief Officer, Children and Families Service Delivery", ["Chief Officer, Children and Families Service Delivery"],
              ("31/10/2025", ""), "2025-10", "green", partner="West Yorkshire Police; Crown Prosecution Service", prev="G", cur="G",
              progress="Terms of reference agreed by the Board in April; reviewer appointed."),
        ]),
    ]),
]
RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_leeds(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Leeds Youth Justice Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = LY_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Version 4 – progress to 30 June 2025 – for Leeds Youth Justice Management Board, 17 July 2025"
    hdr = ["No.", "Action", "Owner", "Partner agency", "Original deadline", "Revised deadline",
           "Progress and evidence", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for sect, recs in LY:
        ws.cell(row=r, column=1, value=sect).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill(FILL["head"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(FILL["rec"])
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for a in acts:
                orig, rev = a["end_cell"]
                vals = [a["ref"], a["action"], a["lead_cell"], a["partner"], orig, rev or None,
                        a["progress"], a["prev"] or None, a["cur"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if a["prev"]:
                    ws.cell(row=r, column=8).fill = fill(FILL[RAGFILL[a["prev"]]])
                ws.cell(row=r, column=9).fill = fill(FILL[RAGFILL[a["cur"]]])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Previous RAG is as reported to the Management Board on 10 April 2025. "
            "Revised deadlines were agreed by the Board.").font = Font(italic=True)
    widths = [8, 50, 32, 24, 12, 12, 48, 10, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key & version")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, t) in enumerate([("B", "Complete – evidence of impact seen"), ("G", "On track"),
                                ("A", "At risk – may miss deadline"), ("R", "Off track – Board action needed")]):
        k.cell(row=2 + i, column=1, value=l).fill = fill(FILL[RAGFILL[l]])
        k.cell(row=2 + i, column=2, value=t)
    k["A8"] = "Version history"
    k["A8"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("1", "20/12/2024", "Plan submitted to HMI Probation"),
                             ("2", "16/01/2025", "Owners confirmed by Management Board"),
                             ("3", "10/04/2025", "Q4 2024/25 progress"),
                             ("4", "30/06/2025", "Q1 2025/26 progress")]):
        for j, v in enumerate(row, 1):
            k.cell(row=9 + i, column=j, value=v).border = BOX
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 36
    k.column_dimensions["C"].width = 40
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Bracknell Forest Council - focused visit action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
BF_TITLE = "Ofsted Focused Visit Action Plan: Children in need and children subject to a child protection plan"
BF = [
    ("The quality of child and family assessments, particularly the analysis of risk from domestic abuse", [
        A("1", "Relaunch the assessment practice standard with worked examples of analysing domestic abuse risk.",
          "Head of Service, Family Safeguarding", ["Head of Service, Family Safeguarding"], "March 2024", "2024-03", "blue",
          measure="Audit shows 80% of assessments good or better for analysis of risk", progress="Standard relaunched at all-staff briefing 11 March 2024.", rag="Complete"),
        A("2", "Team managers to use a domestic abuse risk checklist when signing off every child and family assessment.",
          "Team Managers, Family Safeguarding", ["Team Managers, Family Safeguarding"], "April 2024", "2024-04", "green",
          measure="Checklist completed on 95% of authorised assessments", progress="Checklist on LCS from 2 April; compliance 88% in May.", rag="Green"),
    ]),
    ("The consistency of core group meetings and the progression of child protection plans", [
        A("3", "Introduce a core group tracker so that meetings are held within 10 working days of conference and every 6 weeks after.",
          "Service Manager, Child Protection", ["Service Manager, Child Protection"], "Febuary 2024", None, "blue",
          measure="Core group timeliness reported monthly to DMT", progress="Tracker in place; timeliness 91% (May).", rag="Complete"),
        A("4", "Child protection chairs to use the midway review to escalate plans that are not progressing.",
          "Safeguarding Manager (Independent Chairs)", ["Safeguarding Manager (Independent Chairs)"], "May 2024", "2024-05", "green",
          measure="Number of midway escalations and their outcomes", progress="Seven escalations raised since April; all resolved.", rag="Green"),
    ]),
    ("Management oversight and supervision that drives progress for children in need", [
        A("5", "Refresh the supervision policy and template so that supervision records set actions and timescales for each child.",
          "Principal Social Worker", ["Principal Social Worker"], "July 2024", "2024-07", "amber",
          measure="Supervision audit: actions and timescales recorded in 90% of records", progress="Policy drafted; consultation with staff forum delayed to June.", rag="Amber"),
        A("6", "Quarterly audit of children in need plans open longer than 9 months, with step-down or step-up decisions recorded.",
          "Head of Quality Assurance and Safeguarding", ["Head of Quality Assurance and Safeguarding"], "September 2024", "2024-09", "green",
          measure="Fewer children in need plans open over 12 months", progress="First audit of 31 plans completed in May.", rag="Green"),
    ]),
]
BF_HEADER_ROW = 6


def build_bf(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Bracknell Forest Council – People Directorate"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = BF_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Focused visit: 5 and 6 December 2023. Letter published: 23 January 2024."
    ws["A4"] = "Plan owner: Assistant Director, Early Help and Social Care     Last updated: 14 June 2024"
    hdr = ["No.", "Area for improvement", "What we will do", "Lead", "By when",
           "How we will know it has worked", "Progress (June 2024)", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=BF_HEADER_ROW, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = BF_HEADER_ROW + 1
    typo_row = None
    for area, acts in BF:
        for i, a in enumerate(acts):
            vals = [int(a["ref"]), area if i == 0 else None, a["action"], a["lead_cell"], a["end_cell"],
                    a["measure"], a["progress"], a["rag"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(FILL[a["status"]])
            if a["end_cell"].startswith("Febuary"):
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action delivered and embedded; Green = on track; "
            "Amber = at risk of slipping; Red = not on track.").font = Font(italic=True)
    widths = [6, 36, 50, 30, 14, 36, 40, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path)
    return typo_row


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


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold
        r2.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Bradford local area SEND - written statement of action (docx, read)
# ---------------------------------------------------------------------------
BR_TITLE = "Bradford Local Area SEND Written Statement of Action"
BR = [
    ("Area of Weakness 1: Poor communication between stakeholders across education, health and care",
     "What we want to achieve: parents, carers, children and young people, schools and settings know what is happening in the SEND system and trust what they are told.", [
        A("1.1", "Co-produce a SEND communications and engagement strategy with the Parent Carer Forum.",
          "Assistant Director, SEND and Inclusion / Parent Carer Forum Chair",
          ["Assistant Director, SEND and Inclusion", "Parent Carer Forum Chair"],
          "Sept 2022 – Dec 2022", "2022-12", "blue", rag="Blue",
          progress="Strategy signed off by the SEND Partnership Board on 8 December 2022."),
        A("1.2", "Relaunch the Local Offer website with a 'You said, we did' page updated every half-term.",
          "Local Offer Manager", ["Local Offer Manager"], "Autumn term 2022", "2022-12", "amber", rag="Amber",
          progress="New site built; go-live held back to April 2023 while accessibility testing is completed."),
        A("1.3", "Publish a termly SEND newsletter for schools, settings and families.\nInclude a named contact for each SEN casework team.",
          "Head of SEN Assessment and Review", ["Head of SEN Assessment and Review"], "Termly", None, "green",
          end_text="Termly", rag="Green",
          progress="Autumn and spring editions published; 2,300 subscribers."),
    ]),
    ("Area of Weakness 2: The variable quality of EHC plans, including plans which do not fully describe the provision that children and young people with SEND need",
     "What we want to achieve: every EHC plan is specific about need, provision and outcomes, and is reviewed on time.", [
        A("2.1", "Introduce a multi-agency EHC plan quality assurance framework, auditing 5% of new plans each month.",
          "Principal Educational Psychologist / Designated Clinical Officer",
          ["Principal Educational Psychologist", "Designated Clinical Officer"],
          "31/10/2022", "2022-10", "blue", rag="Blue",
          progress="Framework live; 62 plans audited to date, 58% good or better (baseline 31%)."),
        A("2.2", "Deliver training on writing specific and quantified provision to all SEN caseworkers and health and social care advice-givers.",
          "SEND Workforce Development Lead", ["SEND Workforce Development Lead"],
          "Sept 2022 – March 2023", "2023-03", "green", rag="Green",
          progress="212 staff trained; final health session booked for 21 March 2023."),
        A("2.3", "Clear the backlog of overdue annual reviews, prioritising children and young people moving phase in September 2023.",
          "Head of SEN Assessment and Review", ["Head of SEN Assessment and Review"],
          "By 31 July 2023", "2023-07", "red", rag="Red",
          progress="Backlog has risen to 1,140 reviews; recovery plan and additional caseworkers agreed by Executive."),
    ]),
    ("Area of Weakness 3: Children and young people wait too long for assessments, treatment and diagnosis, and there is insufficient support while they wait",
     "What we want to achieve: shorter waits, and families who know what help is available while they wait.", [
        A("3.1", "Implement a single neurodevelopmental pathway for children aged 5 to 18, including a validation exercise of the current waiting list.",
          "Designated Clinical Officer; Head of Children's Commissioning (ICB)",
          ["Designated Clinical Officer", "Head of Children's Commissioning (ICB)"],
          "Q4 2022/23", "2023-03", "amber", rag="Amber",
          progress="Pathway agreed; waiting list validation 70% complete."),
        A("3.2", "Launch a 'waiting well' offer of online and face-to-face support for families on the autism and ADHD pathways.",
          "Head of Children's Commissioning (ICB)", ["Head of Children's Commissioning (ICB)"],
          "Summer term 2023", "2023-07", "green", rag="Green",
          progress="Provider selected through the VCS grants round; launch planned for May 2023."),
        A("3.3", "Report waiting times for speech and language therapy, occupational therapy and physiotherapy to the SEND Partnership Board.",
          "Associate Director, Children's Therapies (BDCFT)", ["Associate Director, Children's Therapies (BDCFT)"],
          "Monthly", None, "green", end_text="Monthly", rag="Green",
          progress="Dashboard presented monthly since November 2022."),
    ]),
]


def build_bradford(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph("City of Bradford Metropolitan District Council and NHS West Yorkshire Integrated Care Board (Bradford District and Craven)")
    doc.add_heading(BR_TITLE, level=0)
    doc.add_paragraph("Following the joint Ofsted and Care Quality Commission inspection of the local area, 7 to 11 March 2022")
    doc.add_paragraph("Progress update: March 2023")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Bradford SEND Partnership Board"), ("Version", "2.1"),
                 ("Date", "14 March 2023"), ("Next review", "June 2023")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, word, meaning in [("00B0F0", "Blue", "Complete and impact evidenced"), ("00B050", "Green", "On track"),
                               ("FFC000", "Amber", "Some slippage – mitigation in place"),
                               ("FF0000", "Red", "Off track – escalated to SEND Partnership Board")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], meaning)
    for area, aim, acts in BR:
        doc.add_heading(area, level=1)
        doc.add_paragraph(aim)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for a in acts:
            row = t.add_row().cells
            for c, v in zip(row, [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["progress"], a["rag"]]):
                set_cell(c, v)
            shade(row[5], FILL[a["status"]])
    doc.add_paragraph("")
    doc.add_paragraph("This statement of action is monitored by the Bradford SEND Partnership Board, which reports to the "
                      "Department for Education and NHS England every six months.")
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a_, b_, c_ in [("Signed", "Strategic Director, Children's Services", "14 March 2023"),
                       ("Signed", "Director of Nursing and Quality, NHS West Yorkshire ICB (Bradford District and Craven)", "14 March 2023")]:
        row = t.add_row().cells
        for c, v in zip(row, [a_, b_, c_]):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Leicester Safeguarding Children Partnership - JTAI action plan (docx, read)
# ---------------------------------------------------------------------------
LE_TITLE = "Joint Targeted Area Inspection (JTAI) Action Plan"
LE = [
    ("Area for improvement 1: The consistency of health and education involvement in strategy discussions for children at risk of criminal exploitation", [
        A("1.1", "Extend the health strategy discussion rota so that a Leicestershire Partnership NHS Trust safeguarding practitioner is available five days a week.",
          "ICB: Designated Nurse, Safeguarding Children; LPT: Named Nurse, Safeguarding Children",
          ["ICB: Designated Nurse, Safeguarding Children", "LPT: Named Nurse, Safeguarding Children"],
          "30 September 2024", "2024-09", "blue", st="Complete",
          progress="Rota in place from 16 September 2024; health attendance at strategy discussions 94% (Q3)."),
        A("1.2", "Education Safeguarding Team to attend all strategy discussions where a child is missing education or on a part-time timetable.",
          "Head of Education Safeguarding", ["Head of Education Safeguarding"],
          "31 December 2024", "2024-12", "amber", st="At risk",
          progress="Attendance 61% – two vacancies in the team; recruitment under way."),
        A("1.3", "Audit 20 exploitation strategy discussions jointly across police, health and children's social care, and report the findings to the Partnership Executive.",
          "LSCP Business Manager", ["LSCP Business Manager"],
          "End of March 2025", "2025-03", "green", st="On track",
          progress="Audit tool agreed; case selection completed in February."),
    ]),
    ("Area for improvement 2: The use of risk assessment to inform multi-agency safety planning for children at risk of exploitation", [
        A("2.1", "Replace the Child Exploitation Risk Assessment Tool with a shared, strengths-based screening tool agreed across Leicester, Leicestershire and Rutland.",
          "Sarah Ashworth and Dev Mistry", ["Sarah Ashworth", "Dev Mistry"],
          "Q3 2024/25", "2024-12", "blue", st="Complete",
          progress="New screening tool launched 2 December 2024 with practice guidance."),
        A("2.2", "Deliver multi-agency training on contextual safety planning to 300 practitioners.",
          "LSCP Training Coordinator", ["LSCP Training Coordinator"],
          "June 2025", "2025-06", "green", st="On track",
          progress="184 practitioners trained so far; further sessions booked April–June."),
    ]),
    ("Area for improvement 3: Information sharing between the police, the youth justice service and hospitals about children affected by serious youth violence", [
        A("3.1", "Agree a protocol with University Hospitals of Leicester for notifying the Violence Reduction Network of under-18 knife injury attendances.",
          "Director, Violence Reduction Network", ["Director, Violence Reduction Network"],
          "31/01/2025", "2025-01", "blue", st="Complete",
          progress="Protocol signed 28 January 2025; first notifications received in February."),
        A("3.2", "Youth Justice Service to receive a daily custody notification list from Leicestershire Police for all children detained overnight.",
          "Head of Service, Youth Justice", ["Head of Service, Youth Justice"],
          "TBC", None, "unrated", end_text="TBC", st="Not started",
          progress="Dependent on the police custody system upgrade; date to be confirmed by Leicestershire Police."),
        A("3.3", "Review the effectiveness of the Child Exploitation Hub's daily briefing and share the findings with partners.",
          "DCI Child Exploitation / Head of Service, Safeguarding",
          ["DCI Child Exploitation", "Head of Service, Safeguarding"],
          "w/c 02/06/25", "2025-06", "green", st="On track",
          progress="Observation of briefings completed in April; practitioner survey closes 16 May."),
    ]),
]


def build_leicester(path):
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Leicester Safeguarding Children Partnership").bold = True
    doc.add_heading(LE_TITLE, level=1)
    doc.add_paragraph("The multi-agency response to children aged 10 and over at risk of or affected by serious youth violence "
                      "and/or criminal exploitation. Inspection by Ofsted, CQC, HMICFRS and HMI Probation, 3 to 7 June 2024; "
                      "letter of findings published 23 July 2024.")
    doc.add_paragraph("Progress update for the Partnership Executive, May 2025.")
    doc.add_paragraph("Status key")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (col, txt) in zip(t.rows[0].cells, [("00B0F0", "Complete"), ("00B050", "On track"),
                                                ("FFC000", "At risk"), ("FF0000", "Off track")]):
        set_cell(c, txt, bold=True)
        shade(c, col)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead agency and officer", "Target date", "Status",
                                      "Progress / evidence of impact"]):
        set_cell(c, h, bold=True)
        shade(c, "1F4E78")
    stfill = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    for afi, acts in LE:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, afi, bold=True)
        shade(merged, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["st"], a["progress"]]):
                set_cell(c, v)
            if a["status"] in stfill:
                shade(cells[4], stfill[a["status"]])
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Approved by", "LSCP Executive (statutory safeguarding partners)"),
                 ("Date approved", "2 September 2024"),
                 ("Next review", "Partnership Executive, September 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Rochdale early help strategy action plan (csv, read)
# ---------------------------------------------------------------------------
RO_TITLE = "Rochdale Borough Early Help Strategy 2023–2026: Action Plan"
RO = [
    ("Priority 1: Help is easy to find and available in every neighbourhood", [
        A("1.1", "Open Family Hubs in Heywood and Middleton with a published timetable of universal and targeted sessions",
          "Family Hubs Programme Manager", ["Family Hubs Programme Manager"], "Mar-24", "2024-03", "blue",
          partners="Health Visiting (HCRG Care Group); Rochdale Libraries", rag="Complete",
          progress="Both hubs open; Middleton timetable published January 2024."),
        A("1.2", "Refresh the Start for Life and Family Hubs pages on the council website, co-produced with the parent panel",
          "Communications Lead; Family Hubs Programme Manager", ["Communications Lead", "Family Hubs Programme Manager"],
          "Dec-24", "2024-12", "green", partners="Parent panel", rag="G",
          progress="Parent panel reviewed draft pages in October."),
        A("1.3", "Extend the Saturday drop-in offer to Pennines township",
          "Township Early Help Coordinator", ["Township Early Help Coordinator"], "Apr 2024 - Mar 2025", "2025-03", "amber",
          partners="Rochdale Libraries; Action Together", rag="A",
          progress="Sessions running at Littleborough library.\nPennines venue for Wardle and Smallbridge still to be confirmed."),
    ]),
    ("Priority 2: Practitioners across the partnership are confident to lead early help", [
        A("2.1", "Launch the Early Help Assessment on Liquidlogic EHM.\nRetire the paper EHA form.",
          "Early Help Systems Lead", ["Early Help Systems Lead"], "Sept 2024", "2024-09", "blue",
          partners="Schools; Health Visiting", rag="Complete",
          progress="EHM live from 9 September 2024; paper form withdrawn 30 September."),
        A("2.2", "Deliver lead practitioner training to schools, health visitors and housing officers (target 250 practitioners)",
          "Early Help Workforce Development Officer", ["Early Help Workforce Development Officer"], "Q4 2024/25", "2025-03", "green",
          partners="Rochdale Borough Safeguarding Children Partnership", rag="G",
          progress="162 practitioners trained to date."),
        A("2.3", "Establish a monthly multi-agency Early Help Panel in each township",
          "Head of Early Help", ["Head of Early Help"], "Ongoing", None, "green", end_text="Ongoing",
          partners="All partners", rag="G",
          progress="Panels running in four of five townships; Heywood panel starts December."),
    ]),
    ("Priority 3: We know the difference early help makes", [
        A("3.1", "Develop an early help outcomes framework aligned to the Supporting Families national framework",
          "Performance and Intelligence Manager", ["Performance and Intelligence Manager"], "31/01/2025", "2025-01", "amber",
          partners="Greater Manchester Combined Authority", rag="A",
          progress="Draft framework shared with partners; data from health not yet available."),
        A("3.2", "Quarterly audit of 15 early help episodes closed as 'needs met', including any step-up to social care within 12 months",
          "Early Help Quality Assurance Lead", ["Early Help Quality Assurance Lead"], "Jun-25", "2025-06", "red",
          partners="Children's Social Care", rag="R",
          progress="First audit postponed – QA lead post vacant until January."),
    ]),
]


def build_rochdale(path):
    ncol = 8
    rows = [[RO_TITLE] + [""] * (ncol - 1),
            ["Early Help and Family Hubs Partnership – progress update November 2024"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Priority", "Ref", "Action", "Lead", "Partners", "Timescale", "Progress update", "RAG"]]
    for pr, acts in RO:
        for i, a in enumerate(acts):
            rows.append([pr if i == 0 else "", a["ref"], a["action"], a["lead_cell"], a["partners"], a["end_cell"],
                         a["progress"], a["rag"]])
    rows.append([""] * ncol)
    rows.append(["Key: Complete = action delivered; G = on track; A = at risk of slipping; R = off track"] + [""] * (ncol - 1))
    rows.append([""] * ncol)
    counts = {"Complete": 0, "G": 0, "A": 0, "R": 0}
    for _, acts in RO:
        for a in acts:
            counts[a["rag"]] += 1
    rows.append(["RAG summary", "Number"] + [""] * (ncol - 2))
    for k in ["Complete", "G", "A", "R"]:
        rows.append([k, str(counts[k])] + [""] * (ncol - 2))
    rows.append(["Total", str(sum(counts.values()))] + [""] * (ncol - 2))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Surrey corporate parenting board action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
SU_TITLE = "Corporate Parenting Board – Action Plan 2024/25"
SU = [
    ("PROMISE 1 – WE WILL LISTEN TO YOU AND ACT ON WHAT YOU TELL US", [
        A("1.1", "User Voice and Participation Team to support young people to run a 'Takeover' of the Board each term, setting the agenda themselves.",
          "User Voice and Participation Manager", ["User Voice and Participation Manager"], "Termly", None, "green",
          end_text="Termly", prev="G", cur="G",
          update="Takeover held in July and November 2024; next one March 2025.", cont=None),
        A("1.2", "Publish a 'You said, we did' report to the Children in Care Council after every Board meeting.",
          "Head of Corporate Parenting", ["Head of Corporate Parenting"], "Dec-24", "2024-12", "blue",
          prev="A", cur="B", update="First report published December 2024; now a standing item.", cont=None),
    ]),
    ("PROMISE 2 – WE WILL HELP YOU INTO EDUCATION, WORK AND A HOME OF YOUR OWN", [
        A("2.1", "Increase the number of care leavers in council apprenticeships and supported internships to 25.",
          "Head of Corporate Parenting / Head of HR Operations", ["Head of Corporate Parenting", "Head of HR Operations"],
          "Mar-25", "2025-03", "amber", prev="A", cur="A",
          update="17 care leavers in post (12 apprenticeships, 5 supported internships).",
          cont="Ring-fenced vacancies to be advertised in February."),
        A("2.2", "Extend the council tax exemption to Surrey care leavers living outside the county, up to age 25.",
          "SS/LH", ["SS", "LH"], "31/03/2025", "2025-03", "green", prev="R", cur="G",
          update="Agreed with 9 of 11 district and borough councils; remaining two to report in March.", cont=None),
        A("2.3", "All district and borough councils to sign up to the Care Leaver Covenant.",
          "Corporate Parenting Lead Member", ["Corporate Parenting Lead Member"], "30/06/2025", "2025-06", "green",
          prev="G", cur="G", update="Six councils signed; letters sent to the remaining five.", cont=None),
    ]),
    ("PROMISE 3 – WE WILL HELP YOU BE HEALTHY AND HAPPY", [
        A("3.1", "Improve the timeliness of initial health assessments so that 90% are completed within 20 working days of coming into care.",
          "Designated Nurse for Children Looked After (Surrey Heartlands ICB)",
          ["Designated Nurse for Children Looked After (Surrey Heartlands ICB)"],
          "Sep-25", "2025-09", "red", prev="R", cur="R",
          update="Timeliness 58% in Q3 (target 90%). Delays in notifications from social care",
          cont="and paediatrician capacity; Board asked for a recovery plan by April."),
        A("3.2", "Offer free leisure passes to all children looked after and care leavers aged 16 to 25.",
          "Leisure Services Manager; Head of Corporate Parenting", ["Leisure Services Manager", "Head of Corporate Parenting"],
          "Apr-25", "2025-04", "amber", prev="", cur="A",
          update="Scheme agreed with 7 leisure providers; funding for passes outside Surrey to be confirmed.", cont=None),
        A("3.3", "Report emotional wellbeing (SDQ) scores by age group to each Board meeting.",
          "Children's Services Performance Lead", ["Children's Services Performance Lead"], "Bi-monthly", None, "green",
          end_text="Bi-monthly", prev="G", cur="G", update="Included in the Board dashboard since September 2024.", cont=None),
    ]),
]


def build_surrey(path):
    lines = ["Surrey County Council",
             SU_TITLE,
             "Our promises to children looked after and care leavers: progress report to the Board, 12 March 2025",
             "",
             "Key: B = complete, G = on track, A = some risk to delivery, R = not on track",
             "",
             "\t".join(["Ref", "Action", "Owner", "Deadline", "Update", "Previous RAG", "Current RAG"])]
    for promise, acts in SU:
        lines.append(promise)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["update"],
                                    a["prev"], a["cur"]]))
            if a["cont"]:
                lines.append("\t".join(["", "", "", "", a["cont"], "", ""]))
    lines += ["",
              "Note: RAG ratings agreed at the Corporate Parenting Operational Group on 26 February 2025.",
              "SS = Strategic Director, Children, Families and Lifelong Learning; LH = Head of Revenues and Benefits."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "hq1-westmorland-furness-council-ilacs-improvement-plan.xlsx": build_wf,
    "hq1-leeds-youth-justice-service-hmip-improvement-plan.xlsx": build_leeds,
    "hq1-bracknell-forest-council-focused-visit-action-plan-typo-month-refuse.xlsx": build_bf,
    "hq1-bradford-local-area-send-written-statement-of-action.docx": build_bradford,
    "hq1-leicester-safeguarding-children-partnership-jtai-action-plan.docx": build_leicester,
    "hq1-rochdale-early-help-strategy-action-plan.csv": build_rochdale,
    "hq1-surrey-corporate-parenting-board-action-plan.txt": build_surrey,
}


def main():
    for name, fn in FILES.items():
        out = fn(os.path.join(HERE, name))
        print("wrote", name, "" if out is None else f"(typo row {out})")


if __name__ == "__main__":
    main()
