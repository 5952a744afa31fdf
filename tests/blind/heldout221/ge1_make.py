"""Build the seven ge1- data files of set heldout221 (children's services plans).

Run with: /work/main/.venv/bin/python ge1_make.py
Writes the .xlsx/.docx/.csv/.txt files beside this script. The per-action data used
to lay out each file is kept in module-level lists (A_* below).
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
}


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Milton Keynes City Council - ILACS action plan (xlsx)
# ---------------------------------------------------------------------------
MK_FILE = "ge1-milton-keynes-city-council-ilacs-improvement-plan.xlsx"
MK_TITLE = "Milton Keynes City Council – Children's Services ILACS Action Plan 2025–26"

# (judgement band, area for improvement, [actions])
# action: ref, text, lead cell, leads, original date, revised date, prev, current, update
A_MK = [
    ("The experiences and progress of children who need help and protection",
     "The consistency of management oversight and supervision for children in need, so that drift is identified and addressed promptly.",
     [
         ("1.1", "Refresh the supervision policy and recording template so that supervision records set out the reflective discussion, the child's plan and timescales for actions.",
          "Head of Service, Children in Need", ["Head of Service, Children in Need"],
          d(2025, 3, 31), None, "A", "B",
          "Revised policy launched 3 March 2025; new template live in Mosaic. Compliance dip-sample in May showed 86% of records using the template."),
         ("1.2", "Introduce monthly practice week audits of children in need plans open for more than 9 months, with findings reported to the Quality Assurance Panel.",
          "Head of Quality Assurance / Principal Social Worker", ["Head of Quality Assurance", "Principal Social Worker"],
          d(2025, 6, 30), d(2025, 10, 31), "A", "G",
          "First three practice weeks held (July, August, September). Findings report to QA Panel 14 October 2025."),
         ("1.3", "Deliver management oversight training for all team managers and assistant team managers, including tracking of drift and escalation.",
          "Workforce Development Manager", ["Workforce Development Manager"],
          d(2025, 7, 31), d(2025, 12, 31), "G", "A",
          "Cohort 1 trained (18 managers). Cohort 2 postponed because of trainer availability; new dates in November."),
     ]),
    (None,
     "The timeliness of assessments and the quality of plans for disabled children.",
     [
         ("2.1", "Complete the review of the Children with Disabilities team structure and recruit to the additional social worker posts.",
          "Head of Service, Disabled Children's Service", ["Head of Service, Disabled Children's Service"],
          d(2025, 4, 30), None, "G", "B",
          "New structure in place from 1 April 2025. Three additional social workers in post."),
         ("2.2", "Implement a single assessment pathway for disabled children with a 45 working day timescale, monitored weekly.",
          "Service Manager (Disabled Children)", ["Service Manager (Disabled Children)"],
          d(2025, 5, 31), None, "G", "G",
          "Pathway live. Timeliness 81% in Q2 against 68% in Q4 2024/25."),
         ("2.3", "Co-produce a new plan template for disabled children with the MK Parent Carer Forum.",
          "Service Manager (Disabled Children); Participation Lead", ["Service Manager (Disabled Children)", "Participation Lead"],
          d(2025, 9, 30), None, "A", "R",
          "Forum capacity limited over the summer; co-production workshop rescheduled to October 2025. Target date will be missed."),
     ]),
    ("The experiences and progress of children in care",
     "The sufficiency of local homes for children in care, particularly foster homes for older children and sibling groups.",
     [
         ("3.1", "Deliver the Fostering Recruitment and Retention Strategy, including the enhanced fee model for carers of teenagers and sibling groups.",
          "Head of Service, Fostering and Permanence", ["Head of Service, Fostering and Permanence"],
          d(2026, 3, 31), None, "G", "G",
          "11 new fostering households approved April–September 2025 (target 20 for the year). Enhanced fees agreed by Cabinet in June."),
         ("3.2", "Open the council's second in-house children's home and secure its Ofsted registration.",
          "Head of Commissioning (Children); Head of Residential Services", ["Head of Commissioning (Children)", "Head of Residential Services"],
          d(2025, 10, 31), d(2026, 1, 31), "A", "A",
          "Building works complete. Registered manager appointed; Ofsted registration visit awaited."),
     ]),
    ("The impact of leaders on social work practice with children and families",
     "The consistency of the quality assurance framework, so that audit findings are moderated and lead to improvements in practice.",
     [
         ("4.1", "Revise the Quality Assurance Framework to include moderation of all audits graded 'requires improvement' or below.",
          "Head of Quality Assurance", ["Head of Quality Assurance"],
          d(2025, 2, 28), None, "B", "B",
          "Revised framework approved at Improvement and Assurance Board, February 2025."),
         ("4.2", "Establish a quarterly learning loop report to the Improvement and Assurance Board showing themes from audits and the actions taken.",
          "Head of Quality Assurance / Performance and Intelligence Manager", ["Head of Quality Assurance", "Performance and Intelligence Manager"],
          d(2025, 6, 30), None, "G", "G",
          "First report presented July 2025; second due October 2025."),
     ]),
]
RAGFILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}


def build_mk():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = MK_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    dc["A3"] = "Document control"
    dc["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.3", "20/01/2025", "Head of Quality Assurance", "Draft for DCS and Lead Member"),
        ("1.0", "05/02/2025", "Head of Quality Assurance", "Submitted to Ofsted"),
        ("1.1", "30/06/2025", "Improvement Programme Manager", "Q1 update; revised dates for 1.2 and 1.3"),
        ("1.2", "30/09/2025", "Improvement Programme Manager", "Q2 update; revised date for 3.2"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = dc.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = xfill("D9E1F2")
    dc["A10"] = "Approved by: Director of Children's Services"
    dc["A11"] = "Governance: Children's Services Improvement and Assurance Board (monthly)"
    for col, w in zip("ABCD", (12, 14, 32, 48)):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ncol = 9
    ws["A1"] = MK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Inspection of local authority children's services: 21 October – 8 November 2024 "
                "(report published 17 December 2024). Overall effectiveness: Good")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = ("Position as at: 30 September 2025 | Plan owner: Director of Children's Services | "
                "Monitored by: Children's Services Improvement and Assurance Board")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    heads = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead officer(s)",
             "Original target date", "Revised target date", "Previous RAG (Jun-25)",
             "Current RAG (Sep-25)", "Progress update / evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for band, afi, acts in A_MK:
        if band:
            c = ws.cell(row=r, column=1, value=band)
            c.font = Font(bold=True)
            c.fill = xfill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        first = r
        for (ref, text, lead, _leads, orig, rev, prev, cur, upd) in acts:
            ws.cell(row=r, column=1, value=ref)
            if r == first:
                ws.cell(row=r, column=2, value=afi)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=lead)
            co = ws.cell(row=r, column=5, value=orig)
            co.number_format = "mmm-yy"
            if rev:
                cr = ws.cell(row=r, column=6, value=rev)
                cr.number_format = "mmm-yy"
            cp = ws.cell(row=r, column=7, value=prev)
            cp.fill = xfill(RAGFILL[prev])
            cc = ws.cell(row=r, column=8, value=cur)
            cc.fill = xfill(RAGFILL[cur])
            cc.font = Font(bold=True)
            ws.cell(row=r, column=9, value=upd)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BOX
            for j in (7, 8):
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Improvement and Assurance Board on 24 June 2025 and 23 September 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r += 2
    ws.cell(row=r, column=3, value="Summary of current RAG").font = Font(bold=True)
    counts = {}
    for _b, _a, acts in A_MK:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    for label, key in (("Blue – complete", "B"), ("Green – on track", "G"),
                       ("Amber – at risk", "A"), ("Red – off track", "R")):
        r += 1
        ws.cell(row=r, column=3, value=label)
        c = ws.cell(row=r, column=4, value=counts.get(key, 0))
        c.fill = xfill(RAGFILL[key])
    r += 1
    ws.cell(row=r, column=3, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=4, value=sum(counts.values())).font = Font(bold=True)
    widths = (7, 38, 52, 26, 12, 12, 11, 11, 50)
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((
            ("B", "Blue – action complete and evidence of impact seen"),
            ("G", "Green – on track to be delivered by the target date"),
            ("A", "Amber – at risk of slipping; mitigation in place"),
            ("R", "Red – off track; escalated to the Improvement and Assurance Board"))):
        c = key.cell(row=3 + i, column=1, value=k)
        c.fill = xfill(RAGFILL[k])
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(os.path.join(HERE, MK_FILE))


# ---------------------------------------------------------------------------
# 2. Cheshire West and Chester YJS - HMIP improvement plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
CW_FILE = "ge1-cheshire-west-chester-yjs-hmip-improvement-plan-typo-month-refuse.xlsx"
CW_TITLE = "Cheshire West and Chester Youth Justice Service: HM Inspectorate of Probation Inspection – Improvement Plan"
# (addressee band, [(rec no, rec text, [(no, action, owner, timescale, rag, update)])])
A_CW = [
    ("The Head of Service should:", [
        ("R1", "improve the quality of assessment and planning for keeping other people safe, so that all relevant information, including from children's social care and the police, is considered", [
            ("1.1", "Deliver refresher training on AssetPlus risk of serious harm assessment to all case managers, with a practice guide.", "YJS Operations Manager", "Nov-24", "Complete", "Training delivered 12 and 19 November 2024 to 24 staff."),
            ("1.2", "Introduce a management countersignature and quality check of all assessments rated medium or above for risk to others.", "YJS Team Managers", "Dec-24", "Green", "In place from 2 December 2024."),
            ("1.3", "Agree an information-sharing protocol with Cheshire Constabulary for intelligence on children open to the YJS.", "Head of Service; Detective Chief Inspector, Public Protection", "Janaury 2025", "Amber", "Draft protocol with Constabulary legal team."),
        ]),
        ("R2", "make sure that the voices of victims are heard and that the safety of victims is consistently considered in planning", [
            ("2.1", "Recruit a second Restorative Justice and Victim Worker.", "YJS Operations Manager", "March 2025", "Green", "Post advertised; interviews 15 January 2025."),
            ("2.2", "Add a victim safety section to the intervention plan template and audit its use quarterly.", "Quality Assurance Lead", "Q4 2024/25", "Green", "Template amended; first audit due March."),
        ]),
    ]),
    ("The Youth Justice Management Board should:", [
        ("R3", "ensure that board members understand the needs of children known to the service and use this to challenge and support partners", [
            ("3.1", "Hold a board development session on the profile of children open to the YJS, including disproportionality data.", "Chair of the YJS Management Board", "Oct-24", "Complete", "Session held 15 October 2024."),
            ("3.2", "Introduce a partner performance report at each board meeting covering education, health and police contributions.", "Head of Service / YJS Performance Officer", "End of June 2025", "Amber", "Education data agreed; health data outstanding."),
        ]),
        ("R4", "make sure that children have timely access to speech, language and communication support", [
            ("4.1", "Secure funding for a seconded speech and language therapist for 0.6 FTE.", "Designated Clinical Officer (Cheshire and Merseyside ICB)", "April 2025", "Red", "Funding bid not agreed at ICB panel in November; resubmission planned."),
            ("4.2", "Screen every child at the start of an order or out-of-court disposal using the communication screening tool.", "YJS Team Managers", "Ongoing", "Green", "Screening rate 92% October–November."),
        ]),
    ]),
]
CW_TYPO_ROW = None  # set by build_cw


def build_cw():
    global CW_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP Improvement Plan"
    ncol = 8
    ws["A1"] = CW_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection fieldwork: 3–7 June 2024 | Report published: 27 August 2024 | Overall rating: Requires improvement"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Plan agreed by the YJS Management Board on 24 September 2024. Updated for the Board meeting on 11 December 2024."
    ws.merge_cells("A3:H3")
    heads = ["Rec", "Recommendation", "No.", "Action", "Owner", "Timescale", "RAG", "Update December 2024"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for band, recs in A_CW:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, italic=True)
        c.fill = xfill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for recno, rectext, acts in recs:
            for k, (no, text, owner, ts, rag, upd) in enumerate(acts):
                if k == 0:
                    ws.cell(row=r, column=1, value=recno)
                    ws.cell(row=r, column=2, value=rectext)
                ws.cell(row=r, column=3, value=no)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=owner)
                ws.cell(row=r, column=6, value=ts)
                ws.cell(row=r, column=7, value=rag)
                ws.cell(row=r, column=8, value=upd)
                if ts == "Janaury 2025":
                    CW_TYPO_ROW = r
                for j in range(1, ncol + 1):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action delivered; Green = on track; Amber = some slippage, recoverable; Red = off track, Board support needed.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for j, w in enumerate((6, 44, 6, 50, 28, 14, 11, 44)):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    wb.save(os.path.join(HERE, CW_FILE))


# ---------------------------------------------------------------------------
# 3. London Borough of Sutton - Corporate Parenting Board action plan (xlsx)
# ---------------------------------------------------------------------------
SU_FILE = "ge1-sutton-corporate-parenting-board-action-plan.xlsx"
SU_TITLE = "London Borough of Sutton – Corporate Parenting Board Action Plan 2024–2026"
# (promise, [(no, what, measure, who, leads, when, status(fill), update)])
A_SU = [
    ("Promise 1: We will listen to you and act on what you tell us", [
        ("P1.1", "Hold a Takeover Day each year where members of the Children in Care Council (CiCC) shadow senior leaders and councillors.",
         "Takeover Day held; young people's feedback reported to the Board.",
         "Participation and Engagement Lead", ["Participation and Engagement Lead"], "March 2025", "green",
         "Date set for 4 March 2025. Ten young people signed up."),
        ("P1.2", "Co-produce the Board's agenda with the CiCC and the Care Leavers' Forum so that young people present at every meeting.",
         "Young people present an item at every Board meeting.",
         "Head of Corporate Parenting\nCiCC Chair", ["Head of Corporate Parenting", "CiCC Chair"], "Termly", "green",
         "Agenda planning meeting held before each Board since July 2024."),
    ]),
    ("Promise 2: We will help you to be healthy and happy", [
        ("P2.1", "Reduce waiting times for initial health assessments so that 90% are completed within 20 working days of a child coming into care.",
         "IHA timeliness at or above 90% for two consecutive quarters.",
         "Designated Nurse for Children Looked After (SWL ICB)", ["Designated Nurse for Children Looked After (SWL ICB)"], "31/03/2025", "amber",
         "Q2 timeliness 74%. Paediatric clinic capacity increased from October."),
        ("P2.2", "Offer every care leaver a free leisure pass for Sutton's leisure centres.",
         "Number of passes issued and used.",
         "Head of Leisure Services; Leaving Care Service Manager", ["Head of Leisure Services", "Leaving Care Service Manager"], "Sept 2024", "blue",
         "Launched in September 2024; 41 passes issued."),
    ]),
    ("Promise 3: We will make sure you have a good education", [
        ("P3.1", "Make sure every child in care aged 3–18 has a Personal Education Plan (PEP) reviewed each term, with 95% rated good or better.",
         "PEP completion and quality data in the Virtual School termly report.",
         "Virtual School Headteacher", ["Virtual School Headteacher"], "Summer term 2025", "green",
         "Autumn term PEP completion 97%; 88% rated good or better."),
        ("P3.2", "Create 10 council apprenticeships ring-fenced for care leavers.",
         "10 care leavers start apprenticeships with the council.",
         "Head of HR & OD / Leaving Care Service Manager", ["Head of HR & OD", "Leaving Care Service Manager"], "April 2025 – March 2026", None,
         "To start in 2025/26 once the apprenticeship levy plan is agreed."),
    ]),
    ("Promise 4: We will help you find a home that is right for you", [
        ("P4.1", "Agree a joint housing protocol for care leavers with Sutton Housing Partnership, including priority banding.",
         "Protocol signed off; no care leaver placed in bed and breakfast.",
         "Head of Housing Needs", ["Head of Housing Needs"], "December 2024", "red",
         "Protocol delayed by the housing allocations policy review. Escalated to the Strategic Director."),
        ("P4.2", "Exempt care leavers up to age 25 from council tax.",
         "Exemption in place and promoted to all care leavers.",
         "Head of Revenues and Benefits", ["Head of Revenues and Benefits"], "April 2024", "blue",
         "Exemption applied from 1 April 2024."),
    ]),
]


def build_su():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = SU_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Progress summary – Corporate Parenting Board, 21 November 2024"
    hdr = ["Promise", "Blue", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for j, k in enumerate(("blue", "green", "amber", "red")):
        sm.cell(row=4, column=2 + j).fill = xfill(FILL[k])
    r = 5
    tot = [0] * 6
    for promise, acts in A_SU:
        vals = [sum(1 for a in acts if a[6] == k) for k in ("blue", "green", "amber", "red", None)]
        vals.append(len(acts))
        sm.cell(row=r, column=1, value=promise.split(":")[0])
        for j, v in enumerate(vals):
            sm.cell(row=r, column=2 + j, value=v)
            tot[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Action Plan 2024-26")
    ws["A1"] = SU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Our promises to children in care and care leavers (the Sutton Pledge)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Update for Corporate Parenting Board, 21 November 2024. RAG shown by cell colour – see Key tab."
    ws.merge_cells("A3:G3")
    heads = ["No.", "What we will do", "How we will know it's working", "Who", "When", "RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for promise, acts in A_SU:
        c = ws.cell(row=r, column=1, value=promise)
        c.font = Font(bold=True, size=12)
        c.fill = xfill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (no, what, measure, who, _l, when, st, upd) in acts:
            vals = [no, what, measure, who, when, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if st:
                ws.cell(row=r, column=6).fill = xfill(FILL[st])
            r += 1
    for j, w in enumerate((7, 50, 36, 30, 16, 7, 46)):
        ws.column_dimensions[get_column_letter(j + 1)].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("blue", "Completed"), ("green", "On track"),
                                  ("amber", "Some delay – action being taken"),
                                  ("red", "Significantly delayed – needs Board support"),
                                  (None, "No colour – not yet started"))):
        c = key.cell(row=3 + i, column=1)
        c.border = BOX
        if k:
            c.fill = xfill(FILL[k])
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 48
    wb.active = 1
    wb.save(os.path.join(HERE, SU_FILE))


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


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fill:
            shade(c, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Ealing Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
EA_FILE = "ge1-ealing-safeguarding-children-partnership-jtai-action-plan.docx"
EA_TITLE = "Ealing Safeguarding Children Partnership: JTAI Action Plan"
A_EA = [
    ("The consistency of partner agencies' understanding and application of the Ealing Continuum of Need, particularly in schools and primary care.", [
        ("1.1", "Relaunch the Continuum of Need (thresholds) guidance with a multi-agency briefing programme for Designated Safeguarding Leads and GP safeguarding leads.",
         "ESCP Business Manager / Head of Early Help", ["ESCP Business Manager", "Head of Early Help"], "31/10/2024",
         "Six briefings delivered to 212 practitioners. Guidance republished on the ESCP website.", "Complete"),
        ("1.2", "Audit a sample of 40 contacts to the front door from schools and health to test whether the level of need was correctly identified.",
         "Head of Quality Assurance (Children's Services)", ["Head of Quality Assurance (Children's Services)"], "Q3 2024/25",
         "Audit completed in December; findings to the Learning and Improvement Subgroup in February.", "Green"),
        ("1.3", "Add threshold application as a standing measure in the Learning and Improvement Subgroup dashboard.",
         "Chair, Learning and Improvement Subgroup", ["Chair, Learning and Improvement Subgroup"], "Ongoing",
         "Measure added from November 2024.", "Green"),
    ]),
    ("The quality and timeliness of early help assessments completed by partner agencies, and the use of the Lead Professional role.", [
        ("2.1", "Provide Lead Professional training for health visitors, school nurses and schools, with support from the Early Help Hub.",
         "Named Nurse Safeguarding Children (CNWL); Early Help Service Manager", ["Named Nurse Safeguarding Children (CNWL)", "Early Help Service Manager"], "March 2025",
         "Two of four sessions held. Attendance from primary schools lower than planned.", "Amber"),
        ("2.2", "Introduce a quarterly early help performance report to the ESCP Executive, including assessments started by partners and their timeliness.",
         "Head of Performance and Business Intelligence", ["Head of Performance and Business Intelligence"], "January 2025",
         "First report scheduled for the Executive on 28 January 2025.", "Green"),
    ]),
    ("The recording of children's lived experience and voice in police reports of domestic abuse incidents where children are present.", [
        ("3.1", "Deliver 'Voice of the Child' training to frontline response officers in the West Area Basic Command Unit.",
         "Detective Superintendent, Safeguarding – West Area BCU", ["Detective Superintendent, Safeguarding – West Area BCU"], "By 31 March 2025",
         "Training package agreed; 55% of response officers trained so far.", "Amber"),
        ("3.2", "Dip-sample MERLIN reports each month to check that children's views and experiences are recorded.",
         "DI, Public Protection", ["DI, Public Protection"], "Monthly",
         "Dip-samples in November and December: 71% and 76% met the standard.", "Green"),
        ("3.3", "Report dip-sample findings to the ESCP Executive and agree further actions if fewer than 80% of reports meet the standard.",
         "DI, Public Protection; ESCP Business Manager", ["DI, Public Protection", "ESCP Business Manager"], "June 2025",
         "", "Not started"),
    ]),
]


def build_ea():
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(EA_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children and families who need help")
    doc.add_paragraph("Inspection: 13–17 May 2024. Inspection letter published: 9 July 2024. Progress update: January 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Status")):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for row in (("1.0", "15/08/2024", "ESCP Business Manager", "Approved by ESCP Executive"),
                ("1.1", "20/01/2025", "ESCP Business Manager", "Progress update")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The statutory safeguarding partners (the London Borough of Ealing, NHS North West London Integrated Care Board "
        "and the Metropolitan Police Service) have agreed this plan in response to the areas for improvement in the "
        "inspection letter. The ESCP Executive monitors progress every quarter.")

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, fill, meaning in (("Complete", "00B0F0", "Action completed"),
                                ("Green", "00B050", "On track"),
                                ("Amber", "FFC000", "Some slippage; recovery in hand"),
                                ("Red", "FF0000", "Off track; escalated to the Executive"),
                                ("Not started", "FFFFFF", "Not yet due to start")):
        cells = k.add_row().cells
        cells[0].text = word
        shade(cells[0], fill)
        cells[1].text = meaning

    for i, (afi, acts) in enumerate(A_EA, 1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        doc.add_paragraph(afi)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("Ref", "Action", "Lead agency / officer", "Timescale",
                                           "Progress update (January 2025)", "RAG")):
            c.text = h
        bold_row(tb.rows[0], "DEEAF6")
        for (ref, text, lead, _l, ts, upd, rag) in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, (ref, text, lead, ts, upd, rag)):
                c.text = v
            shade(cells[5], {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000",
                             "Red": "FF0000", "Not started": "FFFFFF"}[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ("Partner", "Name", "Date")):
        c.text = h
    bold_row(s.rows[0])
    for row in (("London Borough of Ealing", "Director of Children's Services", "15/08/2024"),
                ("NHS North West London ICB", "Chief Nursing Officer", "15/08/2024"),
                ("Metropolitan Police Service", "BCU Commander, West Area", "15/08/2024")):
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.save(os.path.join(HERE, EA_FILE))


# ---------------------------------------------------------------------------
# 5. Lambeth - Ofsted focused visit action plan (docx, fill-only RAG)
# ---------------------------------------------------------------------------
LA_FILE = "ge1-lambeth-council-focused-visit-action-plan.docx"
LA_TITLE = "Lambeth Children's Services – Ofsted Focused Visit Action Plan"
A_LA = [
    ("Area for improvement 1: The timeliness of permanence planning for children in care, including the use of early permanence (foster to adopt) arrangements.", [
        ("1", "Establish a fortnightly Permanence Tracking Panel, chaired by the Head of Service, to review all children without a permanence plan at their second review.",
         "Head of Service – Children Looked After and Leaving Care", ["Head of Service – Children Looked After and Leaving Care"], "w/c 08/01/24",
         "Panel running since 10 January 2024. 37 children reviewed; 29 now have a permanence plan.", "blue"),
        ("2", "Refresh the permanence policy and practice guidance, including early permanence, and deliver briefings to all social work teams.",
         "Principal Social Worker; Adopt London South Service Manager", ["Principal Social Worker", "Adopt London South Service Manager"], "End of March 2024",
         "Policy agreed at SMT. Briefings booked for all teams in March.", "green"),
        ("3", "Review all children in long-term foster care without matching approval and present matches to the Fostering Panel.",
         "Service Manager, Children Looked After", ["Service Manager, Children Looked After"], "Jan 2024 – June 2024",
         "14 of 31 matches presented. Panel capacity is limiting pace.", "amber"),
    ]),
    ("Area for improvement 2: The quality of children's plans, so that they are specific, measurable and written to the child.", [
        ("4", "Introduce a new care plan template in Mosaic that is written to the child and sets clear timescales.",
         "Head of Business Systems; Principal Social Worker", ["Head of Business Systems", "Principal Social Worker"], "30/04/2024",
         "Template designed but release delayed by the Mosaic upgrade. New go-live date to be confirmed.", "red"),
        ("5", "IROs to quality assure every care plan at review and raise a practice alert where plans are not SMART.",
         "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], "Ongoing",
         "Practice alert process in place; 22 alerts raised in February and March.", "green"),
    ]),
    ("Area for improvement 3: Children's access to independent visitors and advocacy.", [
        ("6", "Recommission the independent visitor and advocacy service, with a requirement to offer a visitor to every eligible child within 8 weeks.",
         "Commissioning Manager (Children)", ["Commissioning Manager (Children)"], "Sept 2024",
         "Procurement to start in May 2024.", None),
        ("7", "Promote the independent visitor offer to children in care through the Children in Care Council and at IRO reviews.",
         "Participation Manager / IRO Service Manager", ["Participation Manager", "IRO Service Manager"], "TBC",
         "Leaflet co-designed with the Children in Care Council.", "green"),
    ]),
]


def build_la():
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(LA_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Focused visit (children in care): 7–8 November 2023. Letter published: 12 December 2023.")
    doc.add_paragraph("Status as at: 12 April 2024. Reported to the Children's Services Improvement Board.")

    doc.add_paragraph().add_run("RAG rating").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, meaning in (("00B0F0", "Complete"), ("00B050", "On track"),
                          ("FFC000", "Some risk to delivery"), ("FF0000", "Off track"),
                          (None, "Not yet started")):
        cells = k.add_row().cells
        if fill:
            shade(cells[0], fill)
        cells[1].text = meaning
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "Actions", "Responsible officer", "Completion date",
                                       "Status update (April 2024)", "RAG")):
        c.text = h
    bold_row(t.rows[0], "BFBFBF")
    for area, acts in A_LA:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        merged.text = area
        for prun in merged.paragraphs[0].runs:
            prun.bold = True
        shade(merged, "FCE4D6")
        for (no, text, who, _l, when, upd, st) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, text, who, when, upd, "")):
                c.text = v
            if st:
                shade(cells[5], FILL[st])
    doc.add_paragraph()
    doc.add_paragraph("Next update due to the Improvement Board: July 2024.")
    doc.save(os.path.join(HERE, LA_FILE))


# ---------------------------------------------------------------------------
# 6. Kingston upon Thames LAP - SEND priority action plan (csv)
# ---------------------------------------------------------------------------
KI_FILE = "ge1-kingston-local-area-send-priority-action-plan.csv"
KI_TITLE = "Kingston upon Thames Local Area Partnership – SEND Priority Action Plan (PAP)"
A_KI = [
    ("Area for priority action 1: Leaders across education, health and care should ensure that EHC needs assessments are completed within 20 weeks, and that the quality of EHC plans is consistently good.", [
        ("PA1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear the backlog of assessments over 20 weeks.",
         "Head of SEND (AfC)", ["Head of SEND (AfC)"], "31/07/2025", "Complete",
         "All posts filled by June 2025. Backlog cleared 18 July 2025."),
        ("PA1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month, including the health and social care advice.",
         "Head of SEND (AfC); Designated Clinical Officer (SWL ICB)", ["Head of SEND (AfC)", "Designated Clinical Officer (SWL ICB)"], "Sep-25", "Green",
         "Panel met in July, August and September. 64% of plans audited were good or better."),
        ("PA1.3", "Publish monthly timeliness data on the Local Offer, with a \"You said, we did\" summary for families.",
         "SEND Data and Performance Lead", ["SEND Data and Performance Lead"], "Ongoing - monthly", "Green",
         "Published monthly since May 2025."),
    ]),
    ("Area for priority action 2: Health leaders should reduce waiting times for neurodevelopmental (autism and ADHD) assessments and improve support for children and families while they wait.", [
        ("PA2.1", "Commission additional assessment capacity from an independent provider to reduce the longest waits.",
         "Associate Director of Children's Commissioning (SWL ICB)", ["Associate Director of Children's Commissioning (SWL ICB)"], "Autumn term 2025", "Amber",
         "Contract awarded August 2025; mobilisation slower than planned."),
        ("PA2.2", "Launch the 'Waiting Well' offer, including parent workshops and sleep support, through the Family Hubs.",
         "Kingston Parent Carer Forum & Family Hubs Manager", ["Kingston Parent Carer Forum", "Family Hubs Manager"], "June 2025", "Complete",
         "Launched 9 June 2025; 118 families attended a workshop by September."),
    ]),
    ("Area for improvement 1: Leaders should improve the consistency of preparation for adulthood planning from the Year 9 annual review onwards.", [
        ("AFI1.1", "Roll out a Preparing for Adulthood outcomes framework and annual review template from Year 9.",
         "PfA Lead", ["PfA Lead"], "Summer term 2025", "Green",
         "Template in use in all secondary schools; special schools from September."),
        ("AFI1.2", "Develop supported internship places with Kingston College and local employers.\nTarget: 20 places for September 2026.",
         "14-25 SEND Manager", ["14-25 SEND Manager"], "March 2026", "Not started",
         "Scoping starts in October 2025."),
    ]),
    ("Area for improvement 2: Leaders should make sure that the Local Offer gives families clear, up-to-date information about services.", [
        ("AFI2.1", "Refresh the SEND Local Offer website with parents so that information about short breaks and health services is easy to find.",
         "Local Offer Manager", ["Local Offer Manager"], "Q3 2025/26", "Red",
         "Website supplier contract ended; new supplier not yet appointed. Escalated to SEND Partnership Board."),
        ("AFI2.2", "Run two Local Offer 'drop-in' events each year in libraries and Family Hubs.",
         "Local Offer Manager / KPCF Co-chair", ["Local Offer Manager", "KPCF Co-chair"], "Dec-25", "Green",
         "First event held 5 July 2025 at Kingston Library."),
    ]),
]


def build_ki():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 7
    w.writerow([KI_TITLE] + [""] * (n - 1))
    w.writerow(["Area SEND inspection: 10–14 February 2025. Outcome published: 1 April 2025. Plan owner: Kingston SEND Partnership Board"] + [""] * (n - 1))
    w.writerow(["Last updated: 30/09/2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Area for priority action / improvement", "Action", "Lead(s)", "Deadline", "RAG", "Progress commentary"])
    counts = {}
    for area, acts in A_KI:
        for k, (ref, text, lead, _l, dl, rag, com) in enumerate(acts):
            w.writerow([ref, area if k == 0 else "", text, lead, dl, rag, com])
            counts[rag] = counts.get(rag, 0) + 1
    w.writerow([""] * n)
    summ = ", ".join(f"{k} {counts.get(k, 0)}" for k in ("Complete", "Green", "Amber", "Red", "Not started"))
    w.writerow([f"RAG summary: {summ}. Total actions: {sum(counts.values())}"] + [""] * (n - 1))
    with open(os.path.join(HERE, KI_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. West Berkshire - Early Help Strategy action plan (tab-separated text export)
# ---------------------------------------------------------------------------
WB_FILE = "ge1-west-berkshire-early-help-strategy-action-plan.txt"
WB_TITLE = "West Berkshire Council – Early Help Strategy 2023–2026: Action Plan (Year 2)"
A_WB = [
    ("Priority 1 – Early identification: families get help as soon as needs emerge", [
        ("EH1.1", "Launch the refreshed Early Help Assessment and Plan on the partner portal, with guidance for schools and health visitors.",
         "Sarah Wood and Imran Patel", ["Sarah Wood", "Imran Patel"], "Q2 2024/25", "Complete", "Live from 2 September 2024."),
        ("EH1.2", "Deliver 'Spotting the signs' training for early years settings on neglect and parental mental health.",
         "Morris, Hannah", ["Morris, Hannah"], "Termly", "On track", "Autumn session booked; 46 places taken."),
        ("EH1.3", "Extend the Family Hub outreach offer to Thatcham and Hungerford\nand rural villages in the west of the district.",
         "KT / DL", ["KT", "DL"], "Sep 24 – Mar 25", "Amber", "Venue for Hungerford not yet agreed."),
    ]),
    ("Priority 2 – The right help at the right time: a clear and consistent offer", [
        ("EH2.1", "Publish the Early Help Partnership offer and Continuum of Need on the Family Information Service website.",
         "Morris, Hannah", ["Morris, Hannah"], "By 30 September 2024", "Achieved", "Published 27 September 2024."),
        ("EH2.2", "Set up a monthly multi-agency Early Help Panel for families stepping down from children's social care.",
         "Early Help Service Manager", ["Early Help Service Manager"], "Apr-25", "Not started", "Terms of reference in draft."),
        ("EH2.3", "Agree an Early Help dataset with schools, health and police and report it to the Partnership Board each quarter.",
         "Imran Patel", ["Imran Patel"], "Jan-25", "Red", "Police data-sharing agreement still awaited."),
    ]),
    ("Priority 3 – Families are heard: voice and co-production", [
        ("EH3.1", "Recruit a group of parent champions to co-design Family Hub services.",
         "Participation Officer (Early Help)", ["Participation Officer (Early Help)"], "December 2024", "On track", "Eight parents recruited so far."),
        ("EH3.2", "Survey families at the close of every early help plan and report the findings to the Partnership Board.",
         "Sarah Wood", ["Sarah Wood"], "Ongoing", "On track", "Response rate 38% in Q1."),
    ]),
]


def _tsv_field(v):
    if "\n" in v or "\t" in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def build_wb():
    lines = []
    n = 6
    lines.append([WB_TITLE])
    lines.append(["Owner: Early Help Partnership Board", "", "", "Reviewed: October 2024"])
    lines.append([])
    lines.append(["Ref", "What we will do", "Lead", "Timescale", "Status", "Comments"])
    for prio, acts in A_WB:
        lines.append([prio])
        for (ref, text, lead, _l, ts, st, com) in acts:
            lines.append([ref, text, lead, ts, st, com])
        lines.append([])
    lines.append(["Note: status as reported to the Early Help Partnership Board, 16 October 2024. Leads: KT = Kirsty Taylor, DL = Daniel Lowe."])
    out = []
    for row in lines:
        row = row + [""] * (n - len(row))
        out.append("\t".join(_tsv_field(v) for v in row))
    with open(os.path.join(HERE, WB_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def main():
    build_mk()
    build_cw()
    build_su()
    build_ea()
    build_la()
    build_ki()
    build_wb()
    print("typo row (CW):", CW_TYPO_ROW)


if __name__ == "__main__":
    main()
