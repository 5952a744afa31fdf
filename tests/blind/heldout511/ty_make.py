"""Build the seven ty- blind cases (set heldout511).

Run with /work/main/.venv/bin/python ty_make.py; writes the data files beside this script.
Each action below carries, next to what the file shows, the reading a person makes of it
(exp_lead, exp_end, exp_status) so the .expected.yaml files can be written from the same text.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DAEEF3",
    "lilac": "E4DFEC",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Royal Borough of Kensington and Chelsea - Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
RBKC_FILE = "ty-royal-borough-of-kensington-and-chelsea-ofsted-focused-visit-action-plan.xlsx"
RBKC_TITLE = ("Ofsted Focused Visit Action Plan – Children in Need and Children subject to a "
              "Child Protection Plan")
RBKC_AREAS = [
    "The quality and impact of management oversight and supervision for children in need.",
    "The timeliness of initial child protection conferences and the specificity of child "
    "protection plans.",
    "The recognition of, and response to, neglect, including the use of the Graded Care "
    "Profile 2.",
]
# ref, area index, action, lead cell, target, revised, progress, rag text, rag fill,
# exp_lead, exp_end, exp_end_text, exp_status
RBKC_ACTIONS = [
    ("1.1", 0,
     "Refresh the supervision policy and recording template so that every supervision records "
     "progress against the child's plan, agreed actions and timescales.",
     "Principal Social Worker", D(2025, 1, 31), None,
     "Policy approved at DMT 16/01/2025. New template live in Mosaic from 3 February.",
     "Complete", "blue", ["Principal Social Worker"], "2025-01", None, "blue"),
    ("1.2", 0,
     "Deliver reflective supervision training to all team managers and practice supervisors in "
     "the Family Support and Child Protection service.",
     "Head of Workforce Development / Principal Social Worker", D(2025, 2, 28), D(2025, 4, 30),
     "Cohort 1 (14 managers) complete. Cohort 2 moved to April because of trainer availability.",
     "Amber", "amber", ["Head of Workforce Development", "Principal Social Worker"], "2025-04",
     None, "amber"),
    ("1.3", 0,
     "Audit 10% of open child in need cases each month for evidence of management oversight, "
     "with findings reported to the Quality Assurance Board.",
     "Head of Quality Assurance", "Monthly", None,
     "December, January and February audits completed. Oversight evident in 71% of cases "
     "(from 48%).",
     "Green", "green", ["Head of Quality Assurance"], None, "Monthly", "green"),
    ("2.1", 1,
     "Agree revised ICPC scheduling arrangements with the Child Protection Chairs so that 90% of "
     "conferences are held within 15 working days of the strategy discussion.",
     "Head of Safeguarding and Quality Assurance", D(2025, 3, 31), None,
     "Timeliness 84% in February (61% in September 2024).",
     None, "green", ["Head of Safeguarding and Quality Assurance"], "2025-03", None, "green"),
    ("2.2", 1,
     "Introduce a new child protection plan template, co-produced with parents, that sets out "
     "what needs to change, by when and how we will know.",
     "CP Chair Team Manager; Service Manager (CIN/CP)", D(2025, 4, 30), None,
     "Draft template tested with the Parent Advisory Group on 4 March. Mosaic build requested.",
     "Amber", "amber", ["CP Chair Team Manager", "Service Manager (CIN/CP)"], "2025-04", None,
     "amber"),
    ("2.3", 1,
     "Child Protection Chairs to use the midway review to escalate plans that are not "
     "progressing, with each escalation recorded on the practice alert log.",
     "Head of Safeguarding and Quality Assurance", D(2024, 12, 31), None,
     "In place since December. 9 practice alerts raised, all resolved within 10 days.",
     "Complete", "blue", ["Head of Safeguarding and Quality Assurance"], "2024-12", None, "blue"),
    ("3.1", 2,
     "Relaunch the neglect strategy and toolkit with partners through the Bi-borough "
     "Safeguarding Children Partnership.",
     "Director of Family Services", "June 2025", None,
     "Not started – scheduled after the Partnership's multi-agency neglect audit reports in May.",
     None, None, ["Director of Family Services"], "2025-06", None, "unrated"),
    ("3.2", 2,
     "Train all social workers in the use of GCP2 and set the expectation that it is completed "
     "for every child in need where neglect is the primary concern.",
     "Learning and Development Manager", D(2025, 5, 31), None,
     "62 of 95 social workers trained. Two further sessions booked in April.",
     "Green", "green", ["Learning and Development Manager"], "2025-05", None, "green"),
]


def make_rbkc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = RBKC_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Royal Borough of Kensington and Chelsea – Family Services"
    cov["A4"] = ("Focused visit: 8 and 9 October 2024. Ofsted letter published 19 November 2024. "
                 "Action plan submitted to Ofsted 6 December 2024.")
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "22/11/2024", "Head of Quality Assurance", "First draft for DMT"),
            ("1.1", "06/12/2024", "Head of Quality Assurance", "Final version submitted to Ofsted"),
            ("1.2", "17/01/2025", "Improvement Programme Officer", "Progress update – January"),
            ("1.3", "14/03/2025", "Improvement Programme Officer",
             "Progress update for Children's Services Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = xfill(FILL["grey"])
    cov["A13"] = "Approved by: Executive Director of Children's Services"
    for col, w in zip("ABCD", (12, 14, 32, 60)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = RBKC_TITLE
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = xfill(FILL["navy"])
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress as at 14 March 2025 – reported to the Children's Services Improvement Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "What needs to improve (Ofsted letter)", "Action", "Lead officer",
             "Target date", "Revised date", "Progress update", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(FILL["teal"])
        c.border = BOX
        c.alignment = WRAP
    r = 5
    area_rows = {}
    for a in RBKC_ACTIONS:
        ref, ai, act, lead, tgt, rev, prog, ragt, ragf = a[:9]
        area_rows.setdefault(ai, []).append(r)
        vals = [ref, RBKC_AREAS[ai] if len(area_rows[ai]) == 1 else None, act, lead, tgt, rev,
                prog, ragt]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "DD/MM/YYYY"
        if ragf:
            ws.cell(row=r, column=8).fill = xfill(FILL[ragf])
            if ragf == "blue":
                ws.cell(row=r, column=8).font = Font(color="FFFFFF", bold=True)
        r += 1
    for ai, rows_ in area_rows.items():
        if len(rows_) > 1:
            ws.merge_cells(start_row=rows_[0], start_column=2, end_row=rows_[-1], end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Note: actions are RAG rated against the revised date where one has been agreed "
                  "by the Improvement Board.")
    for col, w in zip("ABCDEFGH", (6, 38, 55, 30, 12, 12, 45, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Complete – action delivered and evidence of impact seen"),
            ("green", "On track to be delivered by the target date"),
            ("amber", "Some slippage – revised date agreed, mitigation in place"),
            ("red", "Off track – escalated to the Improvement Board")]):
        key.cell(row=3 + i, column=1, value=col.capitalize()).fill = xfill(FILL[col])
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, RBKC_FILE))


# ---------------------------------------------------------------------------
# 2. Cheshire East Council - strategic risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
CE_FILE = "ty-cheshire-east-council-strategic-risk-register-2025-26.xlsx"
CE_TITLE = "Cheshire East Council Strategic Risk Register – Quarter 2 2025/26"
CE_RISKS = [
    ("SR01 – Financial Sustainability",
     "Cause: demand-led pressures in social care and home to school transport exceed the budget."
     "\nEvent: the Council cannot set or deliver a balanced budget.\nEffect: reliance on "
     "Exceptional Financial Support; reduced services; intervention.",
     "Executive Director of Resources (s151 Officer)", 20, 20, 12, "↔",
     "Monthly budget monitoring to CLT; spending controls panel; reserves strategy."),
    ("SR03 – Complexity and Demand for Children's Services",
     "Cause: rising numbers of children in care and EHC plans; limited local placements.\nEvent: "
     "demand outstrips capacity and budget.\nEffect: poorer outcomes; DSG deficit grows; "
     "inspection judgements.",
     "Executive Director of Children's Services", 20, 16, 12, "↓",
     "ILACS Improvement Plan; SEND Improvement Plan; DSG Management Plan; weekly placement "
     "panel."),
    ("SR08 – Information Security and Cyber Threat",
     "Cause: increasing volume of cyber attacks on local government.\nEvent: a successful attack "
     "or data breach.\nEffect: loss of systems and data; ICO action; reputational harm.",
     "Director of Digital", 16, 12, 8, "↔",
     "Firewall and endpoint protection; mandatory training; PSN accreditation; backups tested."),
    ("SR14 – Transition to Leader and Cabinet Governance Model",
     "Cause: Council decision to move from the committee system in May 2026.\nEvent: new "
     "arrangements are not ready or not understood.\nEffect: unlawful or delayed decisions.",
     "Director of Governance and Compliance (Monitoring Officer)", 12, 9, 6, "New",
     "Member working group; programme plan agreed by Corporate Policy Committee."),
]
# risk index, action, owner cell, due (datetime or text), status text, fill,
# exp_lead, exp_end, exp_end_text, exp_status
CE_ACTIONS = [
    (0, "Deliver the 2025/26 savings programme, tracking each proposal monthly through the "
        "Transformation Board.",
     "Director of Finance and Customer Services", D(2026, 3, 31), "Amber", "amber",
     ["Director of Finance and Customer Services"], "2026-03", None, "amber"),
    (0, "Secure confirmation of Exceptional Financial Support for 2025/26 from MHCLG.",
     "Executive Director of Resources (s151 Officer)", D(2025, 9, 30), "Complete", "blue",
     ["Executive Director of Resources (s151 Officer)"], "2025-09", None, "blue"),
    (0, "Refresh the Medium-Term Financial Strategy 2026-30 for approval by Council.",
     "Director of Finance and Customer Services", D(2026, 2, 28), "Green", "green",
     ["Director of Finance and Customer Services"], "2026-02", None, "green"),
    (1, "Open two in-house children's homes under the Placement Sufficiency Strategy.",
     "Director of Family Help and Children's Social Care", D(2026, 3, 31), "Amber", "amber",
     ["Director of Family Help and Children's Social Care"], "2026-03", None, "amber"),
    (1, "Deliver the priority actions in the Local Area SEND Improvement Plan and report progress "
        "to the SEND Partnership Board.",
     "Director of Education, Strong Start and Integration", "Ongoing", "Green", "green",
     ["Director of Education, Strong Start and Integration"], None, "Ongoing", "green"),
    (1, "Reduce the in-year Dedicated Schools Grant deficit in line with the DSG Management Plan.",
     "Executive Director of Children's Services / Director of Finance and Customer Services",
     D(2026, 3, 31), "Red", "red",
     ["Executive Director of Children's Services", "Director of Finance and Customer Services"],
     "2026-03", None, "red"),
    (2, "Complete the Cyber Assessment Framework self-assessment and agree the resulting "
        "improvement plan.",
     "Head of ICT Services", D(2025, 11, 30), "Green", "green",
     ["Head of ICT Services"], "2025-11", None, "green"),
    (2, "Run a cyber incident exercise with the Corporate Leadership Team.",
     "Head of ICT Services; Emergency Planning Manager", D(2025, 9, 30), "Complete", "blue",
     ["Head of ICT Services", "Emergency Planning Manager"], "2025-09", None, "blue"),
    (3, "Prepare the new Constitution for approval at Council in February 2026.",
     "Director of Governance and Compliance (Monitoring Officer)", D(2026, 2, 28), "Green",
     "green", ["Director of Governance and Compliance (Monitoring Officer)"], "2026-02", None,
     "green"),
    (3, "Deliver a member development programme on executive decision-making and scrutiny.",
     "Head of Democratic Services", D(2026, 5, 31), "Not started", None,
     ["Head of Democratic Services"], "2026-05", None, "unrated"),
]


def score_fill(s):
    if s >= 15:
        return FILL["red"]
    if s >= 8:
        return FILL["amber"]
    return FILL["green"]


def make_cheshire_east():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = CE_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Policy Committee – 27 November 2025 – Appendix A"
    heads = ["Risk", "Risk owner", "Inherent score", "Residual score Q1", "Residual score Q2",
             "Target score", "Direction of travel"]
    for j, h in enumerate(heads):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(FILL["grey"])
        c.border = BOX
    inherent = [25, 25, 20, 16]
    for i, rk in enumerate(CE_RISKS):
        title, _desc, owner, q1, q2, tgt, trend, _ctl = rk
        vals = [title, owner, inherent[i], q1, q2, tgt, trend]
        for j, v in enumerate(vals):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
        sm.cell(row=5 + i, column=5).fill = xfill(score_fill(q2))
    sm.cell(row=10, column=1, value="Risks on the register: 16 (4 shown – risks with further "
                                    "actions due this year)").font = Font(italic=True)
    sm.cell(row=11, column=1, value="Red risks (residual 15+): 2")
    sm.cell(row=12, column=1, value="Amber risks (residual 8–14): 2")
    for col, w in zip("ABCDEFG", (52, 52, 14, 16, 16, 12, 18)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = CE_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Scores are Likelihood × Impact (1–5 each). Residual score is after existing "
                "controls. Further actions are tracked to the due date shown.")
    heads = ["Risk", "Risk description (cause / event / effect)", "Risk owner",
             "Residual score Q1", "Residual score Q2", "Existing controls",
             "Further actions required", "Action owner", "Due date", "Action status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["navy"])
        c.border = BOX
        c.alignment = WRAP
    r = 5
    blocks = {}
    for a in CE_ACTIONS:
        ri, act, owner, due, st, fl = a[:6]
        blocks.setdefault(ri, []).append(r)
        if len(blocks[ri]) == 1:
            title, desc, rowner, q1, q2, _tgt, _trend, ctl = CE_RISKS[ri]
            for j, v in enumerate([title, desc, rowner, q1, q2, ctl]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=4).fill = xfill(score_fill(q1))
            ws.cell(row=r, column=5).fill = xfill(score_fill(q2))
        for j, v in enumerate([act, owner, due, st]):
            c = ws.cell(row=r, column=7 + j, value=v)
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if fl:
            ws.cell(row=r, column=10).fill = xfill(FILL[fl])
        for j in range(10):
            ws.cell(row=r, column=1 + j).border = BOX
        r += 1
    for ri, rows_ in blocks.items():
        if len(rows_) > 1:
            for col in range(1, 7):
                ws.merge_cells(start_row=rows_[0], start_column=col, end_row=rows_[-1],
                               end_column=col)
    for col, w in zip("ABCDEFGHIJ", (30, 48, 28, 10, 10, 40, 52, 34, 10, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood ↓ / Impact →"
    for i in range(5):
        mx.cell(row=3, column=2 + i, value=i + 1).font = Font(bold=True)
        mx.cell(row=4 + i, column=1, value=5 - i).font = Font(bold=True)
        for k in range(5):
            s = (5 - i) * (k + 1)
            c = mx.cell(row=4 + i, column=2 + k, value=s)
            c.fill = xfill(score_fill(s))
            c.border = BOX
    mx["A11"] = "15–25 Red: CLT and committee oversight"
    mx["A12"] = "8–14 Amber: managed by risk owner, reviewed quarterly"
    mx["A13"] = "1–7 Green: tolerate, review annually"
    mx.column_dimensions["A"].width = 50
    wb.save(os.path.join(HERE, CE_FILE))


# ---------------------------------------------------------------------------
# 3. London Borough of Merton - Council Plan annual delivery plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
MERTON_FILE = ("ty-london-borough-of-merton-council-plan-delivery-plan-2025-26-"
               "typo-month-refuse.xlsx")
MERTON_TITLE = "Merton Council Plan 2023-26 – Annual Delivery Plan 2025/26"
MERTON_REFUSE_ROW = 11
CM_ENV = "Cabinet Member for Local Environment, Green Spaces and Climate Change"
CM_HSG = "Cabinet Member for Housing and Sustainable Development"
CM_SPORT = "Cabinet Member for Sport, Leisure and Culture"
# rows: ("band", text) or ("act", ref, commitment-or-None, deliverable, cabinet member, officer,
#        milestone text, q1, q2, commentary)
MERTON_ROWS = [
    ("band", "Priority 1: Nurturing Civic Pride"),
    ("act", "1.1", "Keep our streets clean and tackle fly-tipping",
     "Roll out ward-based street cleansing schedules and publish them online.",
     CM_ENV, "Head of Waste and Street Environment", "March 2026", "Green", "Green",
     "Schedules live for 12 of 20 wards."),
    ("act", "1.2", None,
     "Increase fly-tipping enforcement, aiming for 400 fixed penalty notices in the year.",
     CM_ENV, "Head of Regulatory Services Partnership", "Quarterly", "Amber", "Amber",
     "171 FPNs issued to end of Q2; two enforcement officer vacancies."),
    ("act", "1.3", "Celebrate and support Merton's communities",
     "Award the Merton Community Grants 2025/26 and publish the recipients.",
     "Cabinet Member for Civic Pride", "Head of Community Engagement", "September 2025",
     "Green", "Complete", "62 grants awarded; list published 19 September."),
    ("band", "Priority 2: Building a Sustainable Future"),
    ("act", "2.1", "Build new council homes",
     "Complete the first phase of new council homes at Raleigh Gardens.",
     CM_HSG, "Head of Housing Delivery", "March 2026", "Amber", "Amber",
     "Contractor programme shows a six-week delay to handover."),
    ("act", "2.2", None,
     "Submit the planning application for the next phase of the council housebuilding programme.",
     CM_HSG, "Head of Housing Delivery", "Novmeber 2025", "Green", "Green",
     "Pre-application advice received in August."),
    ("act", "2.3", "Work towards a net zero borough by 2050",
     "Install solar panels on a further six council buildings.",
     CM_ENV, "Climate Change Programme Manager", "Q4 2025/26", "Green", "Amber",
     "Two sites surveyed; grid connection queries outstanding for the others."),
    ("band", "Priority 3: Creating a Borough of Sport"),
    ("act", "3.1", "Help more residents to be active every week",
     "Launch the Merton Active Schools programme in 20 primary schools.",
     CM_SPORT, "Head of Leisure and Culture", "July 2025", "Green", "Complete",
     "Launched in 21 schools in July."),
    ("act", "3.2", None,
     "Refurbish the changing pavilions at two parks used by community football clubs.",
     CM_SPORT, "Head of Leisure and Culture / Head of Facilities Management", "December 2025",
     "Amber", "Red", "Tender returns over budget; options paper to Cabinet in November."),
    ("act", "3.3", "Bring major sporting events to Merton",
     "Agree the 2026 borough sports events calendar with partners.",
     CM_SPORT, "Sport and Physical Activity Manager", "January 2026", "Green", "Green",
     "Partner workshop held 24 September."),
]
MERTON_RAG = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def make_merton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = MERTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Quarter 2 progress report (July to September 2025)"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Council Plan commitment", "Key deliverable 2025/26", "Lead Cabinet Member",
             "Lead officer", "Milestone date", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(FILL["grey"])
        c.border = BOX
        c.alignment = WRAP
    r = 5
    commit_start = None
    merges = []
    for row in MERTON_ROWS:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            for j in range(9):
                ws.cell(row=r, column=1 + j).fill = xfill("7030A0")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            commit_start = None
        else:
            _, ref, com, deliv, cm, off, ms, q1, q2, comm = row
            if com is not None:
                commit_start = r
            else:
                merges.append((commit_start, r))
            vals = [ref, com, deliv, cm, off, ms, q1, q2, comm]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=7).fill = xfill(FILL[MERTON_RAG[q1]])
            ws.cell(row=r, column=8).fill = xfill(FILL[MERTON_RAG[q2]])
        r += 1
    done = {}
    for s, e in merges:
        done[s] = max(done.get(s, s), e)
    for s, e in done.items():
        ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    ws.cell(row=r + 1, column=1,
            value="RAG: Green – on track; Amber – at risk, mitigation in place; Red – off track; "
                  "Complete – delivered.")
    ws.cell(row=r + 2, column=1,
            value="Source: directorate returns, 10 October 2025. Performance and Insight Team.")
    assert ws.cell(row=MERTON_REFUSE_ROW, column=6).value == "Novmeber 2025"
    for col, w in zip("ABCDEFGHI", (6, 34, 52, 34, 34, 16, 10, 10, 44)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Notes")
    key["A1"] = "About this report"
    key["A1"].font = Font(bold=True)
    key["A2"] = ("The Annual Delivery Plan sets out the key deliverables for 2025/26 under each of "
                 "the three Council Plan priorities.")
    key["A3"] = "Progress is reported quarterly to Cabinet and the Overview and Scrutiny Commission."
    wb.save(os.path.join(HERE, MERTON_FILE))


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
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Stockport Safeguarding Children Partnership - LCSPR Child T action plan (docx)
# ---------------------------------------------------------------------------
STOCKPORT_FILE = "ty-stockport-safeguarding-children-partnership-lcspr-child-t-action-plan.docx"
STOCKPORT_TITLE = "Local Child Safeguarding Practice Review – Child T: Multi-Agency Action Plan"
ST_THEMES = [
    "Learning theme 1: Hearing and acting on the lived experience of the child",
    "Learning theme 2: Information sharing when families move into Stockport",
]
ST_RECS = [
    (0, "Recommendation 1:",
     " All partner agencies should ensure that practitioners seek and record the lived experience "
     "of children who are pre-verbal or non-verbal, and that this informs assessments and plans."),
    (0, "Recommendation 2:",
     " Agencies should recognise a reduction in a parent's engagement with services as a "
     "possible indicator of increased risk, and share it with the lead professional."),
    (1, "Recommendation 3:",
     " Stockport Family and Greater Manchester Police should review how information is "
     "requested and shared when a family moves into Stockport from another local authority."),
]
# rec index, ref, action, lead, timescale, progress, rag text, rag fill,
# exp_lead, exp_end, exp_end_text, exp_status
ST_ACTIONS = [
    (0, "1.1",
     "Update the SSCP Voice of the Child practice guidance to include observation of pre-verbal "
     "and non-verbal children.",
     "SSCP Business Manager", "April 2025",
     "Guidance published 28/04/2025 and launched at the practitioner forum in May.",
     "Blue", "0070C0", ["SSCP Business Manager"], "2025-04", None, "blue"),
    (0, "1.2",
     "Health visiting service to add a prompt on the child's presentation and interactions to "
     "the universal contact template.",
     "Head of Children's Public Health Nursing (Stockport NHS Foundation Trust)",
     "June 2025 (revised: October 2025)",
     "Template change agreed. EMIS build delayed by the system upgrade; revised date agreed by "
     "the Learning and Improvement Subgroup.",
     "Amber", "FFC000",
     ["Head of Children's Public Health Nursing (Stockport NHS Foundation Trust)"], "2025-10",
     None, "amber"),
    (0, "1.3",
     "Multi-agency audit of 20 cases of children under two to test whether the child's lived "
     "experience is recorded and used in planning.",
     "Chair, SSCP Quality Assurance and Performance Subgroup", "Q3 2025/26",
     "Audit tool agreed; case sample drawn.",
     "Green", "00B050", ["Chair, SSCP Quality Assurance and Performance Subgroup"], "2025-12",
     None, "green"),
    (1, "2.1",
     "Refresh the SSCP 'Was Not Brought' and disguised compliance guidance and circulate it to "
     "all agencies.",
     "SSCP Business Manager and SSCP Learning and Development Officer", "31/07/2025",
     "Refreshed guidance circulated 21 July 2025.",
     "Blue", "0070C0", ["SSCP Business Manager", "SSCP Learning and Development Officer"],
     "2025-07", None, "blue"),
    (1, "2.2",
     "GP practices to record 'was not brought' for every missed child appointment and notify the "
     "health visitor or school nurse.",
     "Named GP for Safeguarding Children (NHS Greater Manchester – Stockport)", "September 2025",
     "Practice protocol issued; compliance check in October.",
     "Green", "00B050",
     ["Named GP for Safeguarding Children (NHS Greater Manchester – Stockport)"], "2025-09",
     None, "green"),
    (2, "3.1",
     "Introduce a transfer-in checklist so that the MASSH requests records from the previous "
     "local authority within five working days.",
     "Service Manager, MASSH", "May 2025",
     "Checklist in use from 12 May 2025. Dip sample in August: 17 of 18 requests within "
     "timescale.",
     "Blue", "0070C0", ["Service Manager, MASSH"], "2025-05", None, "blue"),
    (2, "3.2",
     "GMP to confirm that checks on all adults in the household are completed for every "
     "transfer-in case.",
     "Stockport District Public Protection DCI (GMP)", "December 2025",
     "Process mapped with the MASSH; briefing to officers planned for October.",
     "Green", "00B050", ["Stockport District Public Protection DCI (GMP)"], "2025-12", None,
     "green"),
    (2, "3.3",
     "Share the learning from this review through a 7-minute briefing and two multi-agency "
     "learning events.",
     "SSCP Learning and Development Officer", "January 2026",
     "7-minute briefing published. Learning events booked for 6 November and 15 January.",
     None, "00B050", ["SSCP Learning and Development Officer"], "2026-01", None, "green"),
]


def make_stockport():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(STOCKPORT_TITLE, style="Title")
    doc.add_paragraph("Stockport Safeguarding Children Partnership (SSCP)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Review published", "14 January 2025"),
                 ("Action plan agreed by SSCP Executive", "5 February 2025"),
                 ("Action plan owner", "SSCP Learning and Improvement Subgroup"),
                 ("Version / date of update", "v3 – 18 September 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9D9D9")
        set_cell(row[1], v)

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, col, txt in [("Blue", "0070C0", "Action complete and evidence of impact provided"),
                           ("Green", "00B050", "On track to be completed within timescale"),
                           ("Amber", "FFC000", "Some delay – revised timescale agreed"),
                           ("Red", "FF0000", "Off track – escalated to the SSCP Executive")]:
        row = k.add_row().cells
        set_cell(row[0], name, bold=True)
        shade(row[0], col)
        set_cell(row[1], txt)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Child T was 14 months old when admitted to hospital with serious injuries, shortly after "
        "the family moved to Stockport. The review identified two learning themes and made three "
        "recommendations. Each recommendation is set out below with the actions agreed by "
        "partners.")

    cur_theme = None
    for ri, (ti, lab, rest) in enumerate(ST_RECS):
        if ti != cur_theme:
            doc.add_heading(ST_THEMES[ti], level=2)
            cur_theme = ti
        p = doc.add_paragraph()
        p.add_run(lab).bold = True
        p.add_run(rest)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead agency / officer", "Timescale",
                               "Progress and evidence of impact", "RAG"]):
            set_cell(tbl.rows[0].cells[j], h, bold=True)
            shade(tbl.rows[0].cells[j], "DAEEF3")
        for a in ST_ACTIONS:
            if a[0] != ri:
                continue
            _, ref, act, lead, ts, prog, ragt, ragf = a[:8]
            cells = tbl.add_row().cells
            for j, v in enumerate([ref, act, lead, ts, prog, ragt or ""]):
                set_cell(cells[j], v)
            shade(cells[5], ragf)
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    doc.add_paragraph("This plan will be closed by the SSCP Executive when all actions are Blue "
                      "and impact has been evidenced through multi-agency audit.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(s.rows[0].cells[j], h, bold=True)
    set_cell(s.rows[1].cells[0], "Chair, SSCP Learning and Improvement Subgroup")
    set_cell(s.rows[1].cells[1], "")
    set_cell(s.rows[1].cells[2], "")
    doc.save(os.path.join(HERE, STOCKPORT_FILE))


# ---------------------------------------------------------------------------
# 5. Dudley Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
DUDLEY_FILE = "ty-dudley-council-transformation-programme-highlight-report.docx"
DUDLEY_TITLE = "Dudley Council Transformation Programme – Highlight Report"
DU_WS = [
    "Workstream 1 – Customer Access and Digital",
    "Workstream 2 – Adult Social Care Demand Management",
    "Workstream 3 – Property and Accommodation",
]
DU_RAGFILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0",
              "New": "FFFFFF"}
# ws index, ref, milestone, owner, baseline, forecast, prev, curr, comment,
# exp_lead, exp_end, exp_end_text, exp_status
DU_ACTIONS = [
    (0, "CA1", "Launch the new customer portal with online forms for the 20 highest-volume "
               "services.",
     "Head of Customer Services", "Jul-25", "Oct-25", "Amber", "Amber",
     "14 of 20 forms built; accessibility testing under way.",
     ["Head of Customer Services"], "2025-10", None, "amber"),
    (0, "CA2", "Move the Council House contact centre onto the new telephony platform.",
     "Head of Digital and ICT", "Sep-25", "Sep-25", "Green", "Complete",
     "Cut-over completed 8 September with no loss of service.",
     ["Head of Digital and ICT"], "2025-09", None, "blue"),
    (0, "CA3", "Complete the review of face-to-face customer access points in the four town "
               "centres.",
     "Head of Customer Services / Head of Corporate Landlord", "Dec-25", "Jan-26", "Green",
     "Amber", "Footfall data for Halesowen delayed; consultation plan drafted.",
     ["Head of Customer Services", "Head of Corporate Landlord"], "2026-01", None, "amber"),
    (1, "ASC1", "Expand the reablement service to 120 new starts a month.",
     "Director of Adult Social Care", "Oct-25", "Oct-25", "Green", "Green",
     "112 starts in September; two reablement workers start in October.",
     ["Director of Adult Social Care"], "2025-10", None, "green"),
    (1, "ASC2", "Roll out strengths-based practice training to all adult social work teams.",
     "Principal Social Worker (Adults)", "Aug-25", "Nov-25", "Amber", "Red",
     "Training provider contract not yet signed (see issue I1). Board decision needed.",
     ["Principal Social Worker (Adults)"], "2025-11", None, "red"),
    (1, "ASC3", "Offer Technology Enabled Care to every suitable resident at the point of "
                "hospital discharge.",
     "Head of Commissioning (Adults)", "Mar-26", "Mar-26", "New", "Green",
     "Added to the programme in August; pilot on two wards from November.",
     ["Head of Commissioning (Adults)"], "2026-03", None, "green"),
    (2, "PA1", "Vacate the Brierley Hill civic offices and relocate staff to the Council House.",
     "Head of Corporate Landlord", "Nov-25", "Feb-26", "Amber", "Amber",
     "Space planning complete; works to floors 2 and 3 start November.",
     ["Head of Corporate Landlord"], "2026-02", None, "amber"),
    (2, "PA2", "Agree the disposal strategy for surplus office buildings with Cabinet.",
     "Director of Regeneration and Enterprise", "Dec-25", "Dec-25", "Green", "Green",
     "Cabinet report drafted for the December meeting.",
     ["Director of Regeneration and Enterprise"], "2025-12", None, "green"),
]


def make_dudley():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run(DUDLEY_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_paragraph("Reporting period: Period 6 (September 2025)  |  For: Transformation Board, "
                      "14 October 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, fill in [("Programme", "Dudley Council Transformation Programme", None),
                       ("Senior Responsible Owner", "Chief Executive", None),
                       ("Programme Manager", "Head of Transformation and Change", None),
                       ("Overall status – previous period", "Amber", "FFC000"),
                       ("Overall status – this period", "Amber", "FFC000"),
                       ("Budget", "Green", "00B050")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9D9D9")
        set_cell(row[1], v)
        if fill:
            shade(row[1], fill)

    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. The telephony migration has been completed, but "
        "strengths-based practice training has moved to Red because the training contract has "
        "not been signed. Savings of £2.1m are forecast against the £2.4m target for 2025/26.")

    for wi, wname in enumerate(DU_WS):
        doc.add_heading(wname, level=1)
        tbl = doc.add_table(rows=1, cols=8)
        tbl.style = "Table Grid"
        for j, hd in enumerate(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
                                "Previous RAG", "Current RAG", "Commentary"]):
            set_cell(tbl.rows[0].cells[j], hd, bold=True)
            shade(tbl.rows[0].cells[j], "1F3864")
            tbl.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in DU_ACTIONS:
            if a[0] != wi:
                continue
            _, ref, ms, own, base, fc, prev, cur, com = a[:9]
            cells = tbl.add_row().cells
            for j, v in enumerate([ref, ms, own, base, fc, prev, cur, com]):
                set_cell(cells[j], v)
            shade(cells[5], DU_RAGFILL[prev])
            shade(cells[6], DU_RAGFILL[cur])
        doc.add_paragraph("")

    doc.add_heading("Key risks and issues", level=1)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for j, hd in enumerate(["Ref", "Risk / issue", "Rating"]):
        set_cell(tbl.rows[0].cells[j], hd, bold=True)
    for ref, txt, rating, fill in [
            ("R1", "ICT capacity to deliver the portal and telephony work in parallel.", "Amber",
             "FFC000"),
            ("R2", "Savings from reablement depend on recruitment to vacant posts.", "Amber",
             "FFC000"),
            ("I1", "Training provider contract for strengths-based practice is unsigned.", "Red",
             "FF0000")]:
        cells = tbl.add_row().cells
        set_cell(cells[0], ref)
        set_cell(cells[1], txt)
        set_cell(cells[2], rating)
        shade(cells[2], fill)

    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("Approve the revised forecast dates for CA1, CA3 and PA1.",
                      style="List Bullet")
    doc.add_paragraph("Agree a direct award of the strengths-based practice training contract "
                      "(ASC2).", style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("Green – on track; Amber – at risk but manageable within the workstream; Red – off "
              "track, Board intervention needed; Complete – milestone delivered.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(os.path.join(HERE, DUDLEY_FILE))


# ---------------------------------------------------------------------------
# 6. North East Lincolnshire Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
NEL_FILE = "ty-north-east-lincolnshire-council-internal-audit-recommendations-tracker.csv"
NEL_TITLE = "North East Lincolnshire Council – Internal Audit Recommendations Tracker"
# audit, assurance, rec no, priority, recommendation, agreed action, officer, original, revised,
# rag, update, exp_lead, exp_end, exp_end_text, exp_status
NEL_ACTIONS = [
    ("Payroll 2024/25", "Reasonable", "1", "Medium",
     "Starter and leaver forms should be authorised by the budget holder before changes are "
     "processed.",
     "Payroll will reject any starter or leaver form not authorised by the budget holder, and the "
     "HR system workflow will be changed to enforce this.",
     "Payroll Manager / HR Systems Lead", "31/03/2025", "30/09/2025", "B",
     "Workflow live from 1 August 2025. Verified by Internal Audit in September.",
     ["Payroll Manager", "HR Systems Lead"], "2025-09", None, "blue"),
    ("Payroll 2024/25", "Reasonable", "2", "Low",
     "Overtime claims should be checked against rotas before payment.",
     "Managers to be reminded of the requirement to check overtime claims against rotas; Payroll "
     "to sample check claims each quarter.",
     "Head of People and Culture", "30/06/2025", "31/10/2025", "G",
     "Reminder issued in June. First quarterly sample check due in October.",
     ["Head of People and Culture"], "2025-10", None, "green"),
    ("Creditors and Purchase to Pay 2024/25", "Limited", "1", "High",
     "Controls to detect duplicate payments should be strengthened.",
     "Run a duplicate payment report before each BACS run.\nInvestigate and recover any "
     "duplicates identified, reporting the outcome to the Deputy S151 monthly.",
     "Assistant Director Finance (Deputy S151)", "31/05/2025", "", "B",
     "Report in place since May 2025. Two duplicates (£3,412) recovered.",
     ["Assistant Director Finance (Deputy S151)"], "2025-05", None, "blue"),
    ("Creditors and Purchase to Pay 2024/25", "Limited", "2", "High",
     "Changes to supplier bank details should be independently verified before they are "
     "processed.",
     "All supplier bank detail changes to be verified by a call-back to a known contact and "
     "checked by a second officer.",
     "Exchequer Services Manager", "30/04/2025", "", "B",
     "Procedure in place. Sample of 25 changes tested – all verified.",
     ["Exchequer Services Manager"], "2025-04", None, "blue"),
    ("Creditors and Purchase to Pay 2024/25", "Limited", "3", "Medium",
     "Retrospective purchase orders should be monitored and reported.",
     "Introduce a quarterly report of 'no PO, no pay' exceptions to the Senior Leadership Team.",
     "Head of Procurement", "30/06/2025", "31/12/2025", "A",
     "Report designed; waiting for the finance system upgrade to run it.",
     ["Head of Procurement"], "2025-12", None, "amber"),
    ("Home to School Transport 2024/25", "Limited", "1", "High",
     "Eligibility decisions should be documented and reviewed.",
     "Record the eligibility assessment for every application on the case management system, "
     "with a 5% monthly management check.",
     "SEND Transport Manager", "31/07/2025", "30/11/2025", "A",
     "New assessment form in use; management checks start in October.",
     ["SEND Transport Manager"], "2025-11", None, "amber"),
    ("Home to School Transport 2024/25", "Limited", "2", "Medium",
     "Contracted routes should be re-tendered when their contract term ends.",
     "Produce a route re-procurement timetable and present it to the Commissioning Board.",
     "Head of Procurement and Head of SEND Services", "30/09/2025", "", "R",
     "Timetable drafted. Commissioning Board item moved to November.",
     ["Head of Procurement", "Head of SEND Services"], "2025-09", None, "red"),
    ("Home to School Transport 2024/25", "Limited", "3", "Low",
     "DBS checks for passenger assistants should be recorded centrally.",
     "Create a central record of passenger assistant DBS checks, renewal dates and training.",
     "SEND Transport Manager", "31/10/2025", "", "G",
     "Spreadsheet built; 80% of records entered.",
     ["SEND Transport Manager"], "2025-10", None, "green"),
    ("Cyber Security – Patch Management 2025/26", "Reasonable", "1", "Medium",
     "Critical security patches should be applied within 14 days of release.",
     "Report patching compliance monthly to the Information Governance and Security Board and "
     "escalate any device more than 14 days out of date.",
     "Head of ICT and Digital", "31/12/2025", "", "G",
     "First monthly report presented in September (94% compliant).",
     ["Head of ICT and Digital"], "2025-12", None, "green"),
]
NEL_HEAD = ["Audit", "Assurance level", "Rec No", "Priority", "Recommendation",
            "Agreed management action", "Responsible officer", "Original due date",
            "Revised due date", "RAG", "Latest update"]


def make_nel():
    path = os.path.join(HERE, NEL_FILE)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([NEL_TITLE] + [""] * 10)
        w.writerow(["Outstanding and recently closed recommendations as at 30 September 2025 "
                    "(Audit and Governance Committee, 23 October 2025)"] + [""] * 10)
        w.writerow([""] * 11)
        w.writerow(NEL_HEAD)
        for a in NEL_ACTIONS:
            w.writerow(list(a[:11]))
        w.writerow([""] * 11)
        rags = [a[9] for a in NEL_ACTIONS]
        w.writerow(["Summary"] + [""] * 10)
        w.writerow(["Total recommendations tracked", str(len(rags))] + [""] * 9)
        w.writerow(["Implemented (B)", str(rags.count("B"))] + [""] * 9)
        w.writerow(["On track (G)", str(rags.count("G"))] + [""] * 9)
        w.writerow(["Revised date agreed (A)", str(rags.count("A"))] + [""] * 9)
        w.writerow(["Overdue (R)", str(rags.count("R"))] + [""] * 9)
        w.writerow([""] * 11)
        w.writerow(["RAG key: B = implemented and verified by Internal Audit; G = on track for the "
                    "due date; A = revised date agreed by the Committee; R = overdue"] + [""] * 10)


# ---------------------------------------------------------------------------
# 7. Royal Greenwich Health and Wellbeing Board - action log (tab-separated txt)
# ---------------------------------------------------------------------------
GRW_FILE = "ty-royal-greenwich-health-and-wellbeing-board-action-log.txt"
GRW_TITLE = "Royal Borough of Greenwich Health and Wellbeing Board – Action Log"
# ("meeting", text) or ("act", ref, minute, action, owner, due, rag, update, [continuations],
#  exp_lead, exp_end, exp_end_text, exp_status)
GRW_ROWS = [
    ("meeting", "Board meeting: 15 January 2025"),
    ("act", "HWB24-25/11", "6",
     "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members for comment "
     "before public consultation.",
     "Director of Public Health", "Feb-25", "Complete", "Circulated 3 February 2025.", [],
     ["Director of Public Health"], "2025-02", None, "blue"),
    ("act", "HWB24-25/12", "7",
     "Bring the Better Care Fund 2025-26 plan to the Board for sign-off.",
     "Director of Adult Social Care / ICB Borough Director (Greenwich)", "March 2025", "Complete",
     "Signed off by the Chair under delegated authority on 27 March 2025 and noted by the Board",
     ["in June."],
     ["Director of Adult Social Care", "ICB Borough Director (Greenwich)"], "2025-03", None,
     "blue"),
    ("act", "HWB24-25/13", "9",
     "Provide a briefing on uptake of childhood immunisations by ward, with actions for wards "
     "below 80%.",
     "Consultant in Public Health (Children and Young People)", "Next meeting", "Amber",
     "Deferred from June to allow the Q4 data to be validated.", [],
     ["Consultant in Public Health (Children and Young People)"], None, "Next meeting", "amber"),
    ("meeting", "Board meeting: 19 March 2025"),
    ("act", "HWB24-25/17", "5",
     "Agree a shared set of measures for the Healthier Greenwich Partnership outcomes framework.",
     "Healthier Greenwich Partnership Manager", "31/07/2025", "Green",
     "Workshop held 14 May with 22 partners.", ["Draft measures to be presented in July."],
     ["Healthier Greenwich Partnership Manager"], "2025-07", None, "green"),
    ("act", "HWB24-25/18", "6",
     "Write to NHS England on behalf of the Board about access to dentistry for looked-after "
     "children.",
     "Chair of the Board", "April 2025", "Complete", "Letter sent 10 April; reply received 2 June.",
     [], ["Chair of the Board"], "2025-04", None, "blue"),
    ("act", "HWB24-25/19", "8",
     "Map local support for people facing multiple disadvantage (homelessness, substance misuse "
     "and mental health) and report the gaps to the Board.",
     "Head of Commissioning – Public Health; Head of Housing Options", "Sept 2025", "Green",
     "Mapping under way with Changing Futures partners.", [],
     ["Head of Commissioning – Public Health", "Head of Housing Options"], "2025-09", None,
     "green"),
    ("meeting", "Board meeting: 18 June 2025"),
    ("act", "HWB25-26/03", "4",
     "Add the refresh of the Joint Local Health and Wellbeing Strategy to the Board forward plan.",
     "Board Secretary", "July 2025", "Complete", "Added for the September meeting.", [],
     ["Board Secretary"], "2025-07", None, "blue"),
    ("act", "HWB25-26/04", "6",
     "Report on the Family Hubs and Start for Life programme, including take-up in the east of "
     "the borough.",
     "Assistant Director Early Help and Family Hubs", "Oct-25", "", "", [],
     ["Assistant Director Early Help and Family Hubs"], "2025-10", None, "unrated"),
    ("act", "HWB25-26/05", "7",
     "Explore a joint winter vaccination campaign with Lewisham and Bexley and report back.",
     "Director of Public Health", "Ongoing", "Green", "Discussed at the SEL public health "
     "directors' meeting on 30 June.", [],
     ["Director of Public Health"], None, "Ongoing", "green"),
]


def make_greenwich():
    lines = [GRW_TITLE, "Updated 2 July 2025 by the Board Secretary", "",
             "\t".join(["Action ref", "Minute", "Action", "Owner", "Due", "RAG", "Update"])]
    for row in GRW_ROWS:
        if row[0] == "meeting":
            lines.append(row[1])
            continue
        _, ref, minute, act, owner, due, rag, upd, conts = row[:9]
        lines.append("\t".join([ref, minute, act, owner, due, rag, upd]))
        for c in conts:
            lines.append("\t" * 6 + c)
    lines += ["",
              "Closed actions are removed from the log once they have been reported to the Board.",
              "RAG: Green – on track; Amber – delayed; Red – at risk, escalate to the Chair; "
              "Complete – closed"]
    with open(os.path.join(HERE, GRW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_rbkc()
    make_cheshire_east()
    make_merton()
    make_stockport()
    make_dudley()
    make_nel()
    make_greenwich()
    print("built 7 ty- files in", HERE)
