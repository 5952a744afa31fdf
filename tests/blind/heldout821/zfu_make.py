"""Build the seven zfu- blind test files (set heldout821).

Run with:  /work/main/.venv/bin/python zfu_make.py
Writes only files whose names start with 'zfu-' into this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "teal": "C5E0B3",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name_or_hex):
    h = FILL.get(name_or_hex, name_or_hex)
    return PatternFill("solid", start_color=h, end_color=h)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Spelthorne Borough Council - LGA Corporate Peer Challenge action plan (xlsx)
# ---------------------------------------------------------------------------
SPEL_FILE = "zfu-spelthorne-borough-council-corporate-peer-challenge-action-plan.xlsx"
SPEL_TITLE = "LGA Corporate Peer Challenge Action Plan – progress at February 2024"
SPEL_RECS = [
    ("1. Councillors should agree a small number of clear, shared priorities for the borough and communicate them consistently to staff, partners and residents.", [
        dict(ref="1.1", action="Refresh the Corporate Plan 2024-28 with cross-party input through a series of member workshops",
             lead_cell="Chief Executive", orig=d(2023, 9, 30), rev=d(2024, 1, 31),
             update="Corporate Plan 2024-28 approved by Council on 25 January 2024.", rag="blue",
             lead=["Chief Executive"], end="2024-01", status="blue"),
        dict(ref="1.2", action="Publish a plain-English summary of the Corporate Plan priorities and brief all staff through the Chief Executive's roadshows",
             lead_cell="Group Head – Communications", orig=d(2024, 3, 31), rev=None,
             update="Summary drafted; roadshows booked for 5, 7 and 12 March.", rag="green",
             lead=["Group Head – Communications"], end="2024-03", status="green"),
    ]),
    ("2. Review the committee system to speed up decision making, including the number and role of committees and the scheme of delegation.", [
        dict(ref="2.1", action="Commission an independent review of the operation of the committee system and report options to members",
             lead_cell="Group Head – Corporate Governance", orig=d(2023, 6, 30), rev=d(2023, 10, 31),
             update="Review by the Centre for Governance and Scrutiny reported to Council in October 2023.", rag="blue",
             lead=["Group Head – Corporate Governance"], end="2023-10", status="blue"),
        dict(ref="2.2", action="Revise the scheme of delegation to officers and present the changes to the Constitution Working Group",
             lead_cell="Monitoring Officer", orig=d(2023, 12, 31), rev=d(2024, 4, 30),
             update="Draft scheme prepared. Working Group meeting moved to April because of budget setting.", rag="amber",
             lead=["Monitoring Officer"], end="2024-04", status="amber"),
    ]),
    ("3. Put in place a councillor development programme which builds respectful working relationships and a shared understanding of roles.", [
        dict(ref="3.1", action="Deliver a member development programme with the LGA covering roles and responsibilities, chairing skills and the Members' Code of Conduct",
             lead_cell="Democratic Services Manager", orig="Ongoing", rev=None,
             update="Six sessions held since May 2023; average attendance 24 councillors.", rag="green",
             lead=["Democratic Services Manager"], end=None, end_text="Ongoing", status="green"),
        dict(ref="3.2", action="Agree a member/officer relations protocol and include it in the Constitution",
             lead_cell="Monitoring Officer / Chief Executive", orig=d(2023, 9, 30), rev=None,
             update="Protocol not yet agreed by group leaders. To return to Corporate Policy and Resources Committee in March.", rag="red",
             lead=["Monitoring Officer", "Chief Executive"], end="2023-09", status="red"),
    ]),
    ("4. Develop a medium term financial strategy that closes the budget gap and reduces reliance on commercial property income.", [
        dict(ref="4.1", action="Update the Medium Term Financial Strategy to include a savings and income programme closing the gap to 2026/27",
             lead_cell="Chief Finance Officer", orig=d(2024, 2, 29), rev=None,
             update="MTFS and savings programme on the agenda for Council on 22 February 2024.", rag="green",
             lead=["Chief Finance Officer"], end="2024-02", status="green"),
        dict(ref="4.2", action="Complete the outstanding statements of accounts for 2017/18 onwards with the external auditor",
             lead_cell="Chief Finance Officer", orig=d(2024, 3, 31), rev=d(2024, 9, 30),
             update="2017/18 to 2019/20 audits concluded. Later years dependent on the national backstop proposals.", rag="amber",
             lead=["Chief Finance Officer"], end="2024-09", status="amber"),
    ]),
    ("5. Sustain delivery of affordable housing by agreeing a realistic development pipeline with Knowle Green Estates.", [
        dict(ref="5.1", action="Agree a revised housing delivery programme and report the development pipeline to members",
             lead_cell="Group Head – Commissioning and Transformation", orig=d(2023, 12, 31), rev=None,
             update="Revised programme agreed in December 2023.", rag="blue",
             lead=["Group Head – Commissioning and Transformation"], end="2023-12", status="blue"),
    ]),
    ("6. Invest in organisational capacity, including workforce planning and recruitment to key posts.", [
        dict(ref="6.1", action="Produce a Workforce Strategy with a recruitment and retention plan for hard-to-fill posts",
             lead_cell="HR Manager", orig=d(2024, 6, 30), rev=None,
             update="Staff survey results being analysed to inform the strategy.", rag="green",
             lead=["HR Manager"], end="2024-06", status="green"),
        dict(ref="6.2", action="Make permanent appointments to the statutory officer posts",
             lead_cell="HR Manager", orig=d(2023, 7, 31), rev=None,
             update="Monitoring Officer and Chief Finance Officer appointed on a permanent basis in July 2023.", rag="blue",
             lead=["HR Manager"], end="2023-07", status="blue"),
    ]),
]


def build_spelthorne():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Spelthorne Borough Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "LGA Corporate Peer Challenge – Action Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "4.0"),
        ("Status", "Progress update – Quarter 3 2023/24"),
        ("Plan owner", "Chief Executive"),
        ("Last updated", "09/02/2024"),
        ("Reported to", "Corporate Policy and Resources Committee (quarterly)"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 1).fill = fill("grey")
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = ("The LGA Corporate Peer Challenge took place on 15-17 November 2022. The feedback report, with 12 "
                  "recommendations, was published on 1 February 2023 and considered by Council on 23 February 2023. "
                  "This action plan groups the actions under the six headline recommendations agreed by Council.")
    cov.merge_cells("A11:F14")
    cov["A11"].alignment = WRAP
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = SPEL_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("navy")
    ws.merge_cells("A1:H1")
    ws["A2"] = "RAG status is shown by the colour of the RAG cell – see the 'RAG Key' tab."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Peer team recommendation", "Ref", "Action", "Lead officer", "Original target date",
             "Revised target date", "Progress update (February 2024)", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("pale")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for rec, acts in SPEL_RECS:
        first = r
        for a in acts:
            ws.cell(r, 2, a["ref"])
            ws.cell(r, 3, a["action"])
            ws.cell(r, 4, a["lead_cell"])
            ws.cell(r, 5, a["orig"])
            if a["rev"] is not None:
                ws.cell(r, 6, a["rev"])
            ws.cell(r, 7, a["update"])
            ws.cell(r, 8).fill = fill(a["rag"])
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            for c in (5, 6):
                if isinstance(ws.cell(r, c).value, dt.datetime):
                    ws.cell(r, c).number_format = "mmm-yy"
            r += 1
        ws.cell(first, 1, rec)
        ws.cell(first, 1).alignment = WRAP
        ws.cell(first, 1).font = Font(bold=True)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    widths = [42, 7, 48, 26, 12, 12, 45, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True, size=13)
    for i, (col, txt) in enumerate([
        ("blue", "Action complete"),
        ("green", "On track to meet the target date"),
        ("amber", "Some slippage – revised date agreed"),
        ("red", "Off track – intervention needed"),
    ], start=3):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, SPEL_FILE))


# ---------------------------------------------------------------------------
# 2. London Borough of Newham - Internal Audit EQA improvement plan (xlsx)
# ---------------------------------------------------------------------------
NEW_FILE = "zfu-london-borough-of-newham-internal-audit-eqa-improvement-plan.xlsx"
NEW_TITLE = "Internal Audit External Quality Assessment – Improvement Plan"
NEW_REC = {
    "A": "Introduce a documented CPD framework so that every auditor has an individual development plan linked to the competencies required by the Standards.",
    "B": "Update the Internal Audit Charter to reflect the Global Internal Audit Standards and the UK public sector Application Note, and present it to the Audit and Governance Committee for approval.",
    "C": "Strengthen the Committee's oversight of internal audit through a private session with the Head of Internal Audit at least once a year.",
    "D": "Assess whether the resources available are sufficient to deliver the internal audit strategy and plan, and report any shortfall to the Committee.",
    "E": "Develop an internal audit strategy setting out how the function will deliver its mandate over the medium term, supported by an assurance map.",
    "F": "Revise the service's performance measures to include measures of quality and impact as well as completion of the plan.",
    "G": "Improve follow-up so that the implementation of agreed actions is verified and overdue high priority actions are escalated.",
}
NEW_DOMAINS = [
    ("Domain II: Ethics and Professionalism", [
        dict(ref="2.1", std="3.2 Continuing Professional Development", rec="A",
             action="Introduce individual development plans for all audit staff, reviewed at mid-year and year-end appraisals",
             owner="Head of Internal Audit and Investigations", target=d(2025, 12, 31), revised=None,
             prev="Green", cur="Green", update="Template agreed; plans in place for 9 of 14 staff.",
             lead=["Head of Internal Audit and Investigations"], end="2025-12", status="green"),
    ]),
    ("Domain III: Governing the Internal Audit Function", [
        dict(ref="3.1", std="6.2 Internal Audit Charter", rec="B",
             action="Revise the Internal Audit Charter and mandate and take them to the Audit and Governance Committee for approval",
             owner="Head of Internal Audit and Investigations", target=d(2025, 9, 30), revised=None,
             prev="Green", cur="Complete", update="Charter approved by the Committee on 23 September 2025.",
             lead=["Head of Internal Audit and Investigations"], end="2025-09", status="blue"),
        dict(ref="3.2", std="8.1 Board Interaction", rec="C",
             action="Schedule an annual private meeting between the Audit and Governance Committee and the Head of Internal Audit",
             owner="Chair of Audit and Governance Committee / Head of Internal Audit and Investigations", target="November 2025", revised=None,
             prev="Amber", cur="Green", update="First private session arranged for 18 November 2025.",
             lead=["Chair of Audit and Governance Committee", "Head of Internal Audit and Investigations"], end="2025-11", status="green"),
        dict(ref="3.3", std="8.2 Resources", rec="D",
             action="Complete a resource needs assessment against the risk-based plan and report the outcome to the Committee",
             owner="Director of Finance (s151 Officer)", target=d(2025, 10, 31), revised=d(2026, 1, 31),
             prev="Amber", cur="Amber", update="Assessment drafted; to be aligned with 2026/27 budget setting before reporting.",
             lead=["Director of Finance (s151 Officer)"], end="2026-01", status="amber"),
        dict(ref="3.4", std="8.2 Resources", rec="D",
             action="Re-procure the co-sourcing arrangement for IT and specialist audit work",
             owner="Audit Manager (IT and Contracts)", target=d(2026, 3, 31), revised=None,
             prev="New", cur="Green", update="Specification being prepared with Procurement.",
             lead=["Audit Manager (IT and Contracts)"], end="2026-03", status="green"),
    ]),
    ("Domain IV: Managing the Internal Audit Function", [
        dict(ref="4.1", std="9.2 Internal Audit Strategy", rec="E",
             action="Produce a three-year internal audit strategy aligned to the Council's corporate plan, Building a Fairer Newham",
             owner="Head of Internal Audit and Investigations", target=d(2025, 12, 31), revised=None,
             prev="Green", cur="Green", update="Draft strategy discussed with the Corporate Director of Resources.",
             lead=["Head of Internal Audit and Investigations"], end="2025-12", status="green"),
        dict(ref="4.2", std="9.2 Internal Audit Strategy", rec="E",
             action="Develop a corporate assurance map with directorates, starting with the highest-rated corporate risks",
             owner="HIA; Risk Manager", target=d(2026, 3, 31), revised=None,
             prev="Green", cur="Amber", update="Delayed by the refresh of the corporate risk register.",
             lead=["HIA", "Risk Manager"], end="2026-03", status="amber"),
        dict(ref="4.3", std="12.2 Performance Measurement", rec="F",
             action="Agree a revised set of KPIs with the Committee and report against them quarterly",
             owner="Audit Manager (Quality)", target=d(2025, 6, 30), revised=d(2025, 9, 30),
             prev="Amber", cur="Red", update="Draft KPIs prepared but not yet taken to the Committee; September item deferred.",
             lead=["Audit Manager (Quality)"], end="2025-09", status="red"),
    ]),
    ("Domain V: Performing Internal Audit Services", [
        dict(ref="5.1", std="15.2 Confirming the Implementation of Recommendations or Action Plans", rec="G",
             action="Introduce evidence-based follow-up for all high priority actions and escalate overdue actions to the Corporate Leadership Team",
             owner="Audit Manager (Quality) / Principal Auditor", target=d(2025, 8, 31), revised=None,
             prev="Green", cur="Complete", update="New follow-up procedure in use from August 2025; first escalation report to CLT in October.",
             lead=["Audit Manager (Quality)", "Principal Auditor"], end="2025-08", status="blue"),
    ]),
]
RAGFILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def build_newham():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Newham – Internal Audit and Investigations"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "EQA Improvement Plan – summary of progress at 31 October 2025"
    s["A2"].font = Font(bold=True)
    s["A4"] = "Current RAG"
    s["B4"] = "Number of actions"
    for c in ("A4", "B4"):
        s[c].font = Font(bold=True)
        s[c].fill = fill("grey")
        s[c].border = BOX
    counts = [("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 1), ("Total", 9)]
    for i, (k, v) in enumerate(counts, start=5):
        s.cell(i, 1, k).border = BOX
        s.cell(i, 2, v).border = BOX
        if k in RAGFILL:
            s.cell(i, 1).fill = fill(RAGFILL[k])
        else:
            s.cell(i, 1).font = Font(bold=True)
            s.cell(i, 2).font = Font(bold=True)
    s["A11"] = ("CIPFA's External Quality Assessment (June 2025) concluded that the service 'generally conforms' with the "
                "Global Internal Audit Standards in the UK Public Sector and made 7 recommendations. The improvement plan "
                "on the next tab sets out the 9 actions agreed by management.")
    s.merge_cells("A11:F13")
    s["A11"].alignment = WRAP
    s.column_dimensions["A"].width = 20
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = NEW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Assessment by CIPFA, June 2025, against the Global Internal Audit Standards in the UK Public Sector. "
                "Update for Audit and Governance Committee, 18 November 2025.")
    ws.merge_cells("A2:J2")
    heads = ["No.", "GIAS Standard", "EQA recommendation", "Agreed action", "Owner", "Target date",
             "Revised date", "Previous RAG", "Current RAG", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for dom, acts in NEW_DOMAINS:
        ws.cell(r, 1, dom).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        prev_rec = None
        rec_start = None
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["std"])
            if a["rec"] != prev_rec:
                ws.cell(r, 3, NEW_REC[a["rec"]])
                rec_start = r
            else:
                ws.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=r, end_column=2)
            prev_rec = a["rec"]
            ws.cell(r, 4, a["action"])
            ws.cell(r, 5, a["owner"])
            ws.cell(r, 6, a["target"])
            if a["revised"] is not None:
                ws.cell(r, 7, a["revised"])
            ws.cell(r, 8, a["prev"])
            ws.cell(r, 9, a["cur"])
            ws.cell(r, 10, a["update"])
            for c in (8, 9):
                v = ws.cell(r, c).value
                if v in RAGFILL:
                    ws.cell(r, c).fill = fill(RAGFILL[v])
            for c in (6, 7):
                if isinstance(ws.cell(r, c).value, dt.datetime):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
            for c in range(1, 11):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "Key: Complete = implemented and evidenced; Green = on track; Amber = at risk of missing the target date; "
                  "Red = target date missed. 'New' = action added at the last update.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.cell(r + 1, 1, "Actions 3.3 and 3.4 respond to the same EQA recommendation, as do actions 4.1 and 4.2.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    widths = [6, 22, 42, 42, 28, 12, 12, 10, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"

    v = wb.create_sheet("Version history")
    for c, h in enumerate(["Version", "Date", "Change", "By"], start=1):
        v.cell(1, c, h).font = Font(bold=True)
    v.append(["1.0", "15/07/2025", "Plan agreed following EQA report", "Head of Internal Audit and Investigations"])
    v.append(["1.1", "12/09/2025", "Update for September Committee", "Audit Manager (Quality)"])
    v.append(["1.2", "31/10/2025", "Update for November Committee; action 3.4 added", "Audit Manager (Quality)"])
    wb.save(os.path.join(HERE, NEW_FILE))


# ---------------------------------------------------------------------------
# 3. Croydon Youth Justice Service - HMIP black and mixed heritage boys thematic
#    disproportionality action plan (xlsx, flat tracker, letters + fill)
# ---------------------------------------------------------------------------
CRO_FILE = "zfu-croydon-youth-justice-service-black-mixed-heritage-boys-thematic-action-plan.xlsx"
CRO_TITLE = ("Disproportionality Action Plan – response to the HMI Probation thematic inspection "
             "'The experiences of black and mixed heritage boys in the youth justice system'")
CRO_REC = {
    "L": "Management boards should understand the disproportionality affecting black and mixed heritage boys in their area and hold partners to account for reducing it.",
    "E": "Local authorities should make sure that black and mixed heritage boys known to the YJS receive their full educational entitlement, including timely assessment of special educational needs.",
    "P": "Youth justice services should make sure that assessment and planning explore each child's identity, diversity and lived experience, including experiences of racism.",
    "Q": "Police forces should share stop and search and release under investigation data for children, by ethnicity, with youth justice management boards.",
}
CRO_ROWS = [
    dict(area="Leadership and governance", no="1", rec="L",
         action="Produce a quarterly disproportionality data report for the Board covering arrests, out-of-court disposals, remands and custody by ethnicity",
         lead_cell="YJS Head of Service", when="Q1 2024/25", rag="G",
         comment="Template agreed at the March Board; first full report due July.",
         lead=["YJS Head of Service"], end="2024-06", status="green"),
    dict(area="Leadership and governance", no="2", rec="L",
         action="Appoint a Board member as disproportionality champion and make this plan a standing item on the Board agenda",
         lead_cell="Chair of the YJMB", when="April 2024", rag="B",
         comment="Director of Education appointed champion 18/04/2024.",
         lead=["Chair of the YJMB"], end="2024-04", status="blue"),
    dict(area="Education", no="3", rec="E",
         action="Agree a protocol so that every child open to the YJS who is out of school or on a reduced timetable is referred to the Children Missing Education panel",
         lead_cell="YJS Education Lead; Head of Inclusion", when="Summer term 2024", rag="A",
         comment="Draft protocol with Legal. Slippage due to Head of Inclusion vacancy.",
         lead=["YJS Education Lead", "Head of Inclusion"], end="2024-07", end_text="Summer term 2024", status="amber"),
    dict(area="Education", no="4", rec="E",
         action="Screen all children entering the YJS for speech, language and communication needs and share results with schools, with consent",
         lead_cell="YJS Speech and Language Therapist", when="Sept 2024", rag="G",
         comment="Screening tool in use for new cases since February.",
         lead=["YJS Speech and Language Therapist"], end="2024-09", status="green"),
    dict(area="Practice", no="5", rec="P",
         action="Deliver 'Identity and belonging' practice workshops for all case managers",
         lead_cell="Practice Development Manager", when="Jan-Mar 2024", rag="B",
         comment="Three workshops held; 27 of 29 staff attended.",
         lead=["Practice Development Manager"], end="2024-03", end_text="Jan-Mar 2024", status="blue"),
    dict(area="Practice", no="6", rec="P",
         action="Audit 20 cases each quarter for the quality of identity and diversity analysis in AssetPlus assessments and plans",
         lead_cell="Quality Assurance Manager", when="Quarterly", rag="G",
         comment="Q4 audit: 13 of 20 cases rated good or better (Q3: 9 of 20).",
         lead=["Quality Assurance Manager"], end=None, end_text="Quarterly", status="green"),
    dict(area="Partnership", no="7", rec="Q",
         action="Obtain quarterly stop and search and RUI data for under-18s from the South Area BCU and add it to the Board data report",
         lead_cell="South Area BCU Superintendent", when="30/06/2024", rag="R",
         comment="Data not yet received; escalated by the Chair to the BCU Commander.",
         lead=["South Area BCU Superintendent"], end="2024-06", status="red"),
    dict(area="Partnership", no="8", rec="Q",
         action="Review out-of-court disposal decisions by ethnicity through the Joint Decision Making Panel scrutiny group",
         lead_cell="YJS Operations Manager & Police Youth Offender Manager", when="Ongoing", rag="A",
         comment="Scrutiny group met once; police attendance inconsistent.",
         lead=["YJS Operations Manager", "Police Youth Offender Manager"], end=None, end_text="Ongoing", status="amber"),
]
CRO_FILLS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_croydon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Croydon Youth Justice Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = CRO_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Owner: Youth Justice Management Board | Last updated: 14/05/2024"
    ws["A3"].font = Font(italic=True)
    heads = ["Area", "No.", "HMIP recommendation", "What we will do", "Lead", "Timescale", "RAG", "Comments"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("teal")
        cell.border = BOX
    r = 6
    for row in CRO_ROWS:
        vals = [row["area"], row["no"], CRO_REC[row["rec"]], row["action"], row["lead_cell"],
                row["when"], row["rag"], row["comment"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(r, 7).fill = fill(CRO_FILLS[row["rag"]])
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    widths = [20, 5, 45, 50, 28, 14, 6, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A6"

    n = wb.create_sheet("Notes")
    n["A1"] = "RAG key"
    n["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some delay"), ("R", "Not on track")], start=2):
        n.cell(i, 1, k).fill = fill(CRO_FILLS[k])
        n.cell(i, 2, t)
    n["A7"] = "This plan is reviewed at every Youth Justice Management Board. Next review: 24 July 2024."
    n["A8"] = "Data sources: YJS case management system, Met Police (South Area BCU), Croydon Education."
    wb.save(os.path.join(HERE, CRO_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL.get(hex_fill, hex_fill))
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Cyngor Gwynedd - Panel Performance Assessment response and action plan (docx)
# ---------------------------------------------------------------------------
GWY_FILE = "zfu-cyngor-gwynedd-panel-performance-assessment-action-plan.docx"
GWY_TITLE = "Cyngor Gwynedd: Panel Performance Assessment – Response and Action Plan"
GWY_RECS = [
    ("Recommendation 1: Link the priorities in the Cyngor Gwynedd Plan 2023-28 more clearly to the Medium Term Financial Plan, so that members and residents can see what will be delivered within the resources available.",
     "Council response: Accepted.", [
        dict(ref="1.1", action="Publish a refreshed Council Plan delivery programme showing the budget attached to each priority project",
             lead_cell="Head of Finance", when="March 2027", lead=["Head of Finance"], end="2027-03"),
        dict(ref="1.2", action="Hold two all-member seminars on the financial outlook before the 2027/28 budget is set",
             lead_cell="Head of Finance; Chief Executive", when="By 31 January 2027",
             lead=["Head of Finance", "Chief Executive"], end="2027-01"),
    ]),
    ("Recommendation 2: Strengthen the use of performance information by the Cabinet and by scrutiny, with a sharper focus on outcomes for residents rather than on activity.",
     "Council response: Accepted. Work had already begun through the 2025/26 self-assessment.", [
        dict(ref="2.1", action="Redesign the quarterly performance report around outcome measures agreed with Cabinet Members",
             lead_cell="Business Support Manager", when="Q3 2026/27", lead=["Business Support Manager"], end="2026-12"),
        dict(ref="2.2", action="Provide training for scrutiny chairs and vice-chairs on using performance data to challenge",
             lead_cell="Democracy Services Manager", when="November 2026", lead=["Democracy Services Manager"], end="2026-11"),
    ]),
    ("Recommendation 3: Develop a workforce plan that addresses recruitment difficulties in key professional areas, building on the Council's strength as a Welsh-language employer.",
     "Council response: Accepted.", [
        dict(ref="3.1", action="Agree a corporate workforce plan with targeted action for social work, planning and engineering posts",
             lead_cell="Head of Corporate Support", when="April 2027", lead=["Head of Corporate Support"], end="2027-04"),
        dict(ref="3.2", action="Extend the 'grow our own' trainee scheme to two further departments",
             lead_cell="Head of Corporate Support", when="September 2027", lead=["Head of Corporate Support"], end="2027-09"),
    ]),
    ("Recommendation 4: Accelerate the transformation programme, with a clear plan for digital services and for how savings will be realised.",
     "Council response: Accepted in part. The Council will not set a single savings target for the programme; savings will be identified project by project.", [
        dict(ref="4.1", action="Approve a digital strategy and a three-year programme of service redesign",
             lead_cell="Corporate Director", when="December 2026", lead=["Corporate Director"], end="2026-12"),
    ]),
    ("Recommendation 5: Continue to develop partnership working with the North Wales Corporate Joint Committee and Betsi Cadwaladr University Health Board, with clear shared objectives.",
     "Council response: Accepted.", [
        dict(ref="5.1", action="Agree joint priorities for integrated health and social care in Gwynedd with Betsi Cadwaladr University Health Board",
             lead_cell="Corporate Director; Head of Adults, Health and Well-being Department", when="Ongoing",
             lead=["Corporate Director", "Head of Adults, Health and Well-being Department"], end=None, end_text="Ongoing"),
        dict(ref="5.2", action="Report progress on the Corporate Joint Committee's regional transport and economic priorities to the Cabinet",
             lead_cell="Chief Executive", when="Annually", lead=["Chief Executive"], end=None, end_text="Annually"),
    ]),
]


def build_gwynedd():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(GWY_TITLE, style="Title")
    doc.add_paragraph("Response under section 93 of the Local Government and Elections (Wales) Act 2021")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.2 (final)"),
        ("Date", "7 July 2026"),
        ("Prepared by", "Business Support Service, Corporate Support Department"),
        ("Considered by", "Governance and Audit Committee, 25 June 2026"),
        ("Approved by", "Cabinet, 7 July 2026"),
    ]):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "grey")
        set_text(t.cell(i, 1), v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "The Panel Performance Assessment took place during the week of 9 March 2026. The Panel's report was "
        "received on 5 May 2026. The Panel concluded that the Council is meeting its performance requirements and "
        "made five recommendations. This document sets out the Council's response and the actions it intends to take.")
    doc.add_heading("2. Response to the Panel's conclusions", level=1)
    doc.add_paragraph(
        "The Council accepts the Panel's conclusions. It welcomes the recognition of its strong commitment to the "
        "Welsh language and to its communities, and agrees that the financial outlook requires it to be clearer "
        "about what it can deliver.")
    doc.add_heading("3. Action plan", level=1)
    doc.add_paragraph(
        "The table for each recommendation sets out what we will do, who will lead, and by when. Progress will be "
        "reported to the Governance and Audit Committee every six months.")

    for rec, resp, acts in GWY_RECS:
        tb = doc.add_table(rows=3 + len(acts), cols=4)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 3))
        set_text(top, rec, bold=True)
        shade(top, "pale")
        mid = tb.cell(1, 0).merge(tb.cell(1, 3))
        set_text(mid, resp)
        for c, h in enumerate(["Ref", "Action", "Lead", "Timescale"]):
            set_text(tb.cell(2, c), h, bold=True)
            shade(tb.cell(2, c), "grey")
        for i, a in enumerate(acts, start=3):
            set_text(tb.cell(i, 0), a["ref"])
            set_text(tb.cell(i, 1), a["action"])
            set_text(tb.cell(i, 2), a["lead_cell"])
            set_text(tb.cell(i, 3), a["when"])
        for row in tb.rows:
            row.cells[0].width = Cm(1.5)
        doc.add_paragraph("")

    doc.add_heading("4. Governance and Audit Committee recommendations", level=1)
    doc.add_paragraph("Under section 93(5) of the Act the Council must set out any recommendation of the Governance "
                      "and Audit Committee it has not accepted, and its reasons.")
    g = doc.add_table(rows=3, cols=2)
    g.style = "Table Grid"
    set_text(g.cell(0, 0), "Committee recommendation", bold=True)
    set_text(g.cell(0, 1), "Council response", bold=True)
    set_text(g.cell(1, 0), "Add target dates to every action in the plan.")
    set_text(g.cell(1, 1), "Accepted – timescales added.")
    set_text(g.cell(2, 0), "Report progress to the Committee quarterly.")
    set_text(g.cell(2, 1), "Not accepted – six-monthly reporting is proportionate, alongside the annual self-assessment.")
    doc.save(os.path.join(HERE, GWY_FILE))


# ---------------------------------------------------------------------------
# 5. Tameside Safeguarding Children Partnership - national review (Arthur and Star)
#    local action plan (docx, one table with theme rows and recommendation rows)
# ---------------------------------------------------------------------------
TAM_FILE = "zfu-tameside-safeguarding-children-partnership-national-review-arthur-star-action-plan.docx"
TAM_TITLE = ("Child Protection in England – national review into the murders of Arthur Labinjo-Hughes and "
             "Star Hobson: Local Action Plan")
TAM_THEMES = [
    ("Theme 1: Sharing and seeking information",
     "Local recommendation: Safeguarding partners should assure themselves that police, health and children's social care are all involved in strategy discussions.",
     [
         dict(no="1.1", action="Audit a sample of 30 strategy discussions to test the attendance and contribution of police, health and social care",
              lead_cell="TSCP Business Unit", when="Dec 2022", rag="B", rag_text="B",
              update="Audit completed. Health took part in 63% of discussions. Findings reported to the Executive in January 2023.",
              lead=["TSCP Business Unit"], end="2022-12", status="blue"),
         dict(no="1.2", action="Introduce a standard strategy discussion record with mandatory fields for each agency's information",
              lead_cell="Tameside MBC Children's Services", when="31/03/2023", rag="B", rag_text="B",
              update="New record live in the case management system from 1 March 2023.",
              lead=["Tameside MBC Children's Services"], end="2023-03", status="blue"),
         dict(no="1.3", action="Make sure GP practices are invited to, and provide information for, every initial child protection conference",
              lead_cell="ICB Designated Nurse / Named GP", when="Sept 2023 – March 2024", rag="A", rag_text="A",
              update="GP reports received for 58% of conferences in Q1 2023/24. Practice-level data shared with the Named GP.",
              lead=["ICB Designated Nurse", "Named GP"], end="2024-03", end_text="Sept 2023 – March 2024", status="amber"),
     ]),
    ("Theme 2: Listening to the wider family and to the child",
     None,
     [
         dict(no="2.1", action="Update the multi-agency procedure for responding to concerns raised by relatives and members of the public",
              lead_cell="TSCP Business Unit", when="June 2023", rag="B", rag_text="B",
              update="Procedure updated and published on the TSCP website.",
              lead=["TSCP Business Unit"], end="2023-06", status="blue"),
         dict(no="2.2", action="Deliver briefing sessions on 'Hearing from the wider family' to front door and early help staff",
              lead_cell="TSCP Learning and Development Officer", when="Oct 2023", rag="G", rag_text="",
              update="Four of six sessions delivered; 112 staff attended.",
              lead=["TSCP Learning and Development Officer"], end="2023-10", status="green"),
     ]),
    ("Theme 3: Critical thinking and challenge",
     "Local recommendation: Partners should review how the escalation policy is used and promote a culture of professional challenge.",
     [
         dict(no="3.1", action="Relaunch the Resolution and Escalation Policy and record the use of escalations by agency",
              lead_cell="TSCP Business Unit", when="Dec 2023", rag="G", rag_text="G",
              update="Relaunch planned for Safeguarding Week in November.",
              lead=["TSCP Business Unit"], end="2023-12", status="green"),
         dict(no="3.2", action="Add a decision-making and challenge module to the multi-agency training offer",
              lead_cell="TSCP Learning and Development Officer", when="March 2024", rag="G", rag_text="G",
              update="Module being written with the University of Manchester.",
              lead=["TSCP Learning and Development Officer"], end="2024-03", status="green"),
     ]),
    ("Theme 4: Domestic abuse",
     None,
     [
         dict(no="4.1", action="Review the MARAC referral pathway for households with children under five",
              lead_cell="Tameside Domestic Abuse Partnership", when="Jan 2024", rag="A", rag_text="A",
              update="Review started; MARAC coordinator post vacant until October.",
              lead=["Tameside Domestic Abuse Partnership"], end="2024-01", status="amber"),
         dict(no="4.2", action="Embed the Safe and Together model in children's social care assessments",
              lead_cell="Tameside MBC Children's Services / GMP", when="2024/25", rag="R", rag_text="R",
              update="Funding for the trainer licence not yet secured. Escalated to the Partnership Executive.",
              lead=["Tameside MBC Children's Services", "GMP"], end="2025-03", end_text="2024/25", status="red"),
     ]),
]
TAM_FILLS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_tameside():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Tameside Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(TAM_TITLE, level=1)
    doc.add_paragraph("Progress update for the Partnership Executive, 19 September 2023. Prepared by the TSCP Business Unit.")

    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (code, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                      ("A", "Some delay – mitigation in place"),
                                      ("R", "Off track – escalation required")]):
        set_text(k.cell(i, 0), code, bold=True)
        shade(k.cell(i, 0), TAM_FILLS[code])
        set_text(k.cell(i, 1), txt)
    doc.add_paragraph("")
    doc.add_paragraph("Actions are grouped under the four themes of the Panel's findings. Where the review made a "
                      "local recommendation for safeguarding partners, it is shown above the actions that respond to it.")

    nrows = 1 + sum(1 + (1 if rec else 0) + len(acts) for _, rec, acts in TAM_THEMES)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "Lead agency", "Target date", "RAG", "Update / evidence of impact"]):
        set_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "teal")
    i = 1
    for theme, rec, acts in TAM_THEMES:
        m = t.cell(i, 0).merge(t.cell(i, 5))
        set_text(m, theme, bold=True)
        shade(m, "grey")
        i += 1
        if rec:
            m = t.cell(i, 0).merge(t.cell(i, 5))
            set_text(m, rec)
            shade(m, "pale")
            i += 1
        for a in acts:
            set_text(t.cell(i, 0), a["no"])
            set_text(t.cell(i, 1), a["action"])
            set_text(t.cell(i, 2), a["lead_cell"])
            set_text(t.cell(i, 3), a["when"])
            set_text(t.cell(i, 4), a["rag_text"], bold=True)
            shade(t.cell(i, 4), TAM_FILLS[a["rag"]])
            set_text(t.cell(i, 5), a["update"])
            i += 1
    doc.add_paragraph("")
    doc.add_paragraph("Next update: Partnership Executive, December 2023.")
    doc.save(os.path.join(HERE, TAM_FILE))


# ---------------------------------------------------------------------------
# 6. Safe Newcastle - Serious Violence Duty action plan, tracker export (csv)
#    REFUSE CASE: '0ct-2025' (zero for O) in the Due date of SV2.2
# ---------------------------------------------------------------------------
SN_FILE = "zfu-safe-newcastle-serious-violence-duty-action-plan-typo-month-refuse.csv"
SN_TITLE = "Safe Newcastle – Serious Violence Duty Strategy Action Plan 2024-2026"
SN_ROWS = [
    ["Priority 1 - Understand serious violence in Newcastle", "SV1.1",
     "Refresh the serious violence strategic needs assessment using police, emergency department and youth justice data",
     "Safe Newcastle Analyst", "Dec-2024", "Complete", "SNA signed off by the Board on 9 December 2024."],
    ["Priority 1 - Understand serious violence in Newcastle", "SV1.2",
     "Agree an information sharing agreement for assault data from the RVI emergency department",
     "Newcastle upon Tyne Hospitals NHS FT; Northumbria Police", "Mar-2025", "Green", "ISA with Caldicott Guardian for sign-off."],
    ["Priority 2 - Prevention and early intervention", "SV2.1",
     "Extend the Navigator programme to Friday and Saturday evenings in the city centre",
     "Northumbria VRU", "Jun-2025", "Green", "Recruitment of two navigators under way."],
    ["Priority 2 - Prevention and early intervention", "SV2.2",
     "Deliver knife crime awareness sessions in all secondary schools and alternative provision",
     "Community Safety Manager", "0ct-2025", "Amber", "14 of 21 schools booked. AP settings to be contacted via Inclusion team."],
    ["Priority 2 - Prevention and early intervention", "SV2.3",
     "Commission a trauma-informed mentoring offer for 10-17 year olds identified through Operation Encompass and the YJS",
     "Youth Justice Service Manager", "Sep-2025", "Amber", "Procurement delayed; tender now out."],
    ["Priority 3 - Enforcement and disruption", "SV3.1",
     "Run joint weapons sweeps and test purchase operations with retailers in hotspot wards",
     "Northumbria Police Neighbourhood Inspector", "Ongoing", "Green", "Four operations in Q3; two retailers given advice."],
    ["Priority 3 - Enforcement and disruption", "SV3.2",
     "Use the Safe Newcastle problem-solving group to agree a plan for each serious violence hotspot location",
     "Community Safety Manager", "Jul-2025", "Green", "Plans in place for Elswick and Byker."],
    ["Priority 4 - Support for victims and communities", "SV4.1",
     "Provide a hospital-based youth worker for young people attending the RVI after violence",
     "Northumbria VRU; Newcastle upon Tyne Hospitals NHS FT", "Mar-2026", "Red", "Funding beyond March 2025 not confirmed."],
]
SN_REFUSE_LINE = 8  # title(1) export line(2) blank(3) header(4) SV1.1(5) SV1.2(6) SV2.1(7) SV2.2(8)


def build_newcastle():
    path = os.path.join(HERE, SN_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([SN_TITLE])
        w.writerow(["Exported from the partnership action tracker on 03/03/2025"])
        w.writerow([])
        w.writerow(["Priority", "Ref", "Action", "Lead", "Due date", "RAG", "Latest update"])
        for row in SN_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Islington Safeguarding Adults Board - LGA peer review action plan (plain text export)
# ---------------------------------------------------------------------------
ISL_FILE = "zfu-islington-safeguarding-adults-board-lga-peer-review-action-plan.txt"
ISL_TITLE = "LGA Safeguarding Adults Peer Review: Board Action Plan 2025-26"
ISL_THEMES = [
    ("THEME A: BOARD GOVERNANCE AND ASSURANCE", [
        ("Recommendation A1: The Board should develop an assurance framework so that it can be confident that partners are meeting their safeguarding responsibilities.", [
            dict(ref="A1.1", action="Agree a safeguarding adults self-assessment to be completed by all statutory partners every two years",
                 lead_cell="SAB Business Manager", due="September 2025", rag="Blue",
                 update=["Self-assessment issued June 2025. 11 of 12 returns received and a challenge",
                         "event held on 17 September 2025."],
                 lead=["SAB Business Manager"], end="2025-09", status="blue"),
            dict(ref="A1.2", action="Introduce a quarterly multi-agency data dashboard, including Making Safeguarding Personal outcome measures",
                 lead_cell="Head of Adult Safeguarding (LBI) & Chair of Performance Subgroup", due="End of December 2025", rag="Green",
                 update=["Draft dashboard presented to the Performance Subgroup in November."],
                 lead=["Head of Adult Safeguarding (LBI)", "Chair of Performance Subgroup"], end="2025-12", status="green"),
        ]),
        ("Recommendation A2: Clarify the relationship between the Board and the Safer Islington Partnership, the Health and Wellbeing Board and the Safeguarding Children Partnership.", [
            dict(ref="A2.1", action="Agree a joint protocol setting out how the four boards share priorities and refer issues to one another",
                 lead_cell="Independent Chair", due="Q4 2025/26", rag="Amber",
                 update=["Protocol drafted. Sign-off by the Health and Wellbeing Board delayed to its",
                         "April meeting."],
                 lead=["Independent Chair"], end="2026-03", status="amber"),
        ]),
    ]),
    ("THEME B: MAKING SAFEGUARDING PERSONAL", [
        ("Recommendation B1: Make sure the views and desired outcomes of adults at risk are recorded and acted on at every stage of a section 42 enquiry.", [
            dict(ref="B1.1", action="Revise the section 42 enquiry recording form so that desired outcomes are captured at the start and reviewed at closure",
                 lead_cell="Principal Social Worker (Adults)", due="31.10.2025", rag="Blue",
                 update=["New form live in LAS from 6 October 2025."],
                 lead=["Principal Social Worker (Adults)"], end="2025-10", status="blue"),
            dict(ref="B1.2", action="Run a quarterly audit of 15 closed enquiries against the Making Safeguarding Personal standards",
                 lead_cell="Adult Safeguarding Quality Lead", due="Quarterly", rag="Green",
                 update=["First audit: desired outcomes recorded in 10 of 15 cases, fully or partly met",
                         "in 8."],
                 lead=["Adult Safeguarding Quality Lead"], end=None, end_text="Quarterly", status="green"),
        ]),
    ]),
    ("THEME C: LEARNING FROM SAFEGUARDING ADULTS REVIEWS", [
        ("Recommendation C1: Strengthen the way the Board tests whether learning from SARs has changed practice.", [
            dict(ref="C1.1", action="Hold a SAR learning event on self-neglect and hoarding for frontline staff across agencies",
                 lead_cell="SAB Business Manager", due="February 2026", rag="Green",
                 update=["Venue booked for 11 February 2026; 140 places."],
                 lead=["SAB Business Manager"], end="2026-02", status="green"),
            dict(ref="C1.2", action="Re-audit practice six months after each SAR action plan closes and report the findings to the Board",
                 lead_cell="SAR Subgroup Chair", due="TBC", rag="Red",
                 update=["Subgroup chair vacant since October; no re-audits completed. Board to agree",
                         "interim chair in March."],
                 lead=["SAR Subgroup Chair"], end=None, end_text="TBC", status="red"),
        ]),
    ]),
    ("THEME D: ENGAGEMENT WITH RESIDENTS", [
        ("Recommendation D1: Involve people with lived experience in setting the Board's priorities.", [
            dict(ref="D1.1", action="Set up a lived experience reference group with Healthwatch Islington and local voluntary sector partners",
                 lead_cell="Healthwatch Islington Manager", due="Jan-26", rag="Amber",
                 update=["Two of the planned six members recruited."],
                 lead=["Healthwatch Islington Manager"], end="2026-01", status="amber"),
        ]),
    ]),
]


def build_islington():
    L = []
    L.append("Islington Safeguarding Adults Board")
    L.append(ISL_TITLE)
    L.append("Version 3 - progress report to the Board, 10 March 2026")
    L.append("Plan owner: Independent Chair, Islington Safeguarding Adults Board")
    L.append("")
    L.append("The LGA peer review of adult safeguarding took place on 7-10 October 2024. The review team made")
    L.append("five recommendations for the Board. This plan sets out the actions agreed by Board members on")
    L.append("13 January 2025.")
    L.append("")
    L.append("RAG: Blue = complete, Green = on track, Amber = some risk to delivery, Red = off track")
    L.append("")
    bar = "=" * 78
    for theme, recs in ISL_THEMES:
        L.append(bar)
        L.append(theme)
        L.append(bar)
        L.append("")
        for rec, acts in recs:
            L.append(rec)
            L.append("")
            for a in acts:
                L.append(f"  {a['ref']}  {a['action']}")
                L.append(f"        Lead:   {a['lead_cell']}")
                L.append(f"        Due:    {a['due']}")
                L.append(f"        RAG:    {a['rag']}")
                L.append(f"        Update: {a['update'][0]}")
                for cont in a["update"][1:]:
                    L.append(f"                {cont}")
                L.append("")
    L.append(bar)
    L.append("Summary: 8 actions - 2 complete, 3 on track, 2 amber, 1 red")
    L.append("Next review: Board meeting, 9 June 2026")
    with open(os.path.join(HERE, ISL_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_spelthorne()
    build_newham()
    build_croydon()
    build_gwynedd()
    build_tameside()
    build_newcastle()
    build_islington()


if __name__ == "__main__":
    main()
