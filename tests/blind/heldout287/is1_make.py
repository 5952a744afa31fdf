"""Generator for the seven is1- cases of heldout287 (children's services plans).

Builds the data files only (xlsx with openpyxl, docx with python-docx, csv/txt
written directly).  Run with /work/main/.venv/bin/python is1_make.py
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "navy": "203764", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


# ---------------------------------------------------------------------------
# 1. Southend-on-Sea City Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOUTHEND_TITLE = "Southend-on-Sea City Council ILACS Improvement Plan 2025–26"
SOUTHEND_AFI = [
    ("The response to 16- and 17-year-olds who present as homeless, so that they are "
     "offered the opportunity to become looked after and their accommodation needs are met.", [
        ("1.1", "Revise the joint protocol with Housing Solutions for 16- and 17-year-olds "
                "presenting as homeless, in line with the joint MHCLG/DfE guidance.",
         "Head of Service, Care Experienced Young People / Housing Solutions Manager",
         D(2025, 3, 31), None, "A", "G",
         "Draft protocol agreed at Joint Housing and Children's Services Panel 04/03/25; "
         "sign-off by DCS and Director of Housing due 28/03/25."),
        ("1.2", "Ensure every 16- or 17-year-old presenting as homeless has a joint assessment "
                "with a social worker within 10 working days, with their rights and "
                "entitlements explained and recorded.",
         "Service Manager, MASH+ and Assessment",
         D(2025, 2, 28), D(2025, 4, 30), "G", "A",
         "Monthly audit of 12 cases: 9 assessed within timescale. Recording of s.20 advice "
         "inconsistent – practice guidance reissued 10/03/25."),
        ("1.3", "Commission an independent advocacy offer for young people presenting as "
                "homeless and report take-up to Corporate Parenting Panel.",
         "Commissioning Manager (Children)",
         D(2025, 6, 30), None, "", "G",
         "New action added January 2025. Specification drafted with Youth Advocacy Service."),
    ]),
    ("The timeliness of permanence planning for children in care, including the "
     "progression of plans for children to live with connected carers.", [
        ("2.1", "Introduce a permanence tracker reviewed fortnightly by the Head of Service so "
                "that every child has a permanence plan agreed by their second looked after review.",
         "Head of Service, Children in Care",
         D(2025, 1, 31), None, "A", "B",
         "Tracker live from 13/01/25. 94% of children have a permanence plan by second "
         "review (February 2025)."),
        ("2.2", "Reduce delay in connected carer assessments by establishing a dedicated Kinship "
                "Assessment Team and a 16-week assessment standard.",
         "Service Manager, Fostering and Kinship",
         D(2025, 3, 31), D(2025, 9, 30), "A", "R",
         "Recruitment to two of three posts unsuccessful; agency cover sought. Revised date "
         "agreed by Improvement Board 11/03/25."),
        ("2.3", "Strengthen IRO escalation where permanence plans drift, with quarterly themes "
                "reported to the Children's Services Improvement Board.",
         "Head of Safeguarding and Quality Assurance",
         D(2025, 4, 30), None, "G", "G",
         "Escalation protocol refreshed. First quarterly report due April Board."),
    ]),
    ("The sufficiency and stability of foster carers and social workers for children in "
     "care, so that children have consistent relationships.", [
        ("3.1", "Deliver the foster carer recruitment campaign, including the Mockingbird "
                "model, to approve 15 additional mainstream fostering households.",
         "Fostering Recruitment Lead; Communications Business Partner",
         D(2026, 3, 31), None, "G", "G",
         "Campaign launched 20/01/25. 41 enquiries, 6 in assessment."),
        ("3.2", "Implement the social worker recruitment and retention offer (market supplement, "
                "protected caseloads for ASYEs, career pathway) to reduce agency use in Children "
                "in Care teams to below 15%.",
         "Principal Social Worker & HR Business Partner",
         D(2025, 9, 30), None, "A", "A",
         "Market supplement approved by Cabinet. Agency use 23% (Feb 25), down from 29%."),
        ("3.3", "Ensure children in care are told about any change of social worker by their "
                "current worker, with a planned handover visit recorded on the child's file.",
         "Team Managers, Children in Care",
         D(2025, 3, 31), None, "G", "B",
         "Practice standard issued 06/01/25; dip sample of 20 changes found 18 handover "
         "visits recorded."),
    ]),
]


def build_southend(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SOUTHEND_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A2"] = ("Children's Services response to the Ofsted inspection of local authority "
                 "children's services (ILACS), 14–25 October 2024")
    cov["A2"].font = Font(italic=True, size=11)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True, size=12)
    rows = [
        ("Version", "v1.3"),
        ("Date", "17/03/2025"),
        ("Owner", "Executive Director, Children and Public Health"),
        ("Governance", "Children's Services Improvement Board (monthly); Cabinet (six-monthly)"),
        ("Status", "Submitted to Ofsted 12/02/2025; progress update for Improvement Board March 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 1).fill = fill(FILL["pale"])
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True, size=12)
    hist = [("Version", "Date", "Change", "Author"),
            ("v1.0", "05/02/2025", "First draft for Improvement Board", "Improvement Programme Manager"),
            ("v1.1", "12/02/2025", "Final version submitted to Ofsted", "Improvement Programme Manager"),
            ("v1.2", "14/02/2025", "Action 1.3 added following Board challenge", "Improvement Programme Manager"),
            ("v1.3", "17/03/2025", "March progress update and revised deadlines", "Improvement Programme Manager")]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(FILL["head"])
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 44
    cov.column_dimensions["D"].width = 32

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = SOUTHEND_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(FILL["head"])
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 14 March 2025 – see 'Key' sheet for RAG definitions"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (Ofsted, December 2024)", "Action", "Lead officer",
             "Original deadline", "Revised deadline", "Previous RAG (Dec 24)",
             "Current RAG (Mar 25)", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    r = 5
    for afi, acts in SOUTHEND_AFI:
        first = r
        for ref, act, lead, orig, rev, prev, cur, upd in acts:
            vals = [ref, afi if r == first else None, act, lead, orig, rev, prev or None, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            for j in (5, 6):
                ws.cell(r, j).number_format = "dd/mm/yyyy"
            for j, k in ((7, prev), (8, cur)):
                if k:
                    ws.cell(r, j).fill = fill(FILL[k])
                    ws.cell(r, j).font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 2).fill = fill(FILL["pale"])
        ws.cell(first, 2).font = Font(bold=True)
    # summary block
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    counts = {}
    for _, acts in SOUTHEND_AFI:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    for k, label in (("B", "Blue – complete"), ("G", "Green – on track"),
                     ("A", "Amber – some slippage"), ("R", "Red – off track")):
        r += 1
        ws.cell(r, 2, label).fill = fill(FILL[k])
        ws.cell(r, 3, counts.get(k, 0))
    r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    widths = [7, 38, 52, 30, 13, 13, 11, 11, 52]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (k, txt) in enumerate((("B", "Action complete and evidenced"),
                                  ("G", "On track to deliver by deadline"),
                                  ("A", "Some slippage – recoverable within the quarter"),
                                  ("R", "Off track – escalated to Improvement Board")), start=2):
        key.cell(i, 1, k).fill = fill(FILL[k])
        key.cell(i, 1).font = Font(bold=True)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Barking and Dagenham - local area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
BD_TITLE = "Barking and Dagenham Local Area Partnership – SEND Priority Action Plan"
BD_SHEETS = [
    ("APA1", "Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness of new "
     "EHC plans and annual reviews, so that plans are issued within statutory timescales and "
     "reflect children and young people's current needs.", [
        ("1.1", "Recruit additional EHC coordinators and an educational psychology locum team to "
                "clear the backlog of overdue needs assessments.",
         "Head of SEND Service", "Sept 2024 – March 2025", "B",
         "Backlog of 214 overdue assessments cleared by 28/03/25. 20-week timeliness 61% "
         "(Aug 25) from 19%."),
        ("1.2", "Introduce a weekly multi-agency EHC plan tracking meeting with health and social "
                "care advice deadlines monitored by each agency.",
         "Head of SEND Service / Designated Clinical Officer", "Dec-24", "B",
         "Meeting in place since 02/12/24; health advice returned within 6 weeks in 88% of cases."),
        ("1.3", "Implement the annual review recovery plan so that every annual review meeting is "
                "followed by an amended plan or decision letter within four weeks.",
         "SEND Annual Review Team Manager", "Q4 2025/26", "A",
         "Compliance 47% in August 2025. Additional caseworker funded from September."),
        ("1.4", "Quality assure a sample of 30 EHC plans each term against the partnership "
                "quality standard, with findings shared at the SEND Improvement Board.",
         "Designated Clinical Officer, NEL ICB", "Ongoing – reported termly", "G",
         "Autumn and spring audits complete; 63% of plans judged good (target 75%)."),
    ]),
    ("APA2", "Area for priority action 2",
     "Leaders should work together to strengthen preparation for adulthood from Year 9, "
     "including access to supported internships, adult health transition and independent "
     "travel training.", [
        ("2.1", "Ensure every annual review from Year 9 includes preparing for adulthood outcomes "
                "and a named transitions worker where adult social care is likely to be needed.",
         "Head of 0-25 Disability Service", "31/01/2026", "G",
         "Preparing for adulthood prompts added to annual review paperwork in June 2025."),
        ("2.2", "Double the number of supported internship places with Barking & Dagenham College "
                "and local employers.",
         "Employment and Skills Manager", "Summer term 2026", "A",
         "18 places for 2025/26 (target 24). Two further employers in discussion."),
        ("2.3", "Agree an adult health transition pathway for young people with complex needs "
                "with Barking, Havering and Redbridge University Hospitals and NELFT.",
         "Designated Clinical Officer / Adult Transitions Lead", "Mar-26", "R",
         "Pathway drafting delayed by NELFT service redesign; escalated to ICB Place "
         "Partnership in September 2025."),
    ]),
    ("AFIs", "Areas for improvement", None, [
        ("AFI 1 – Leaders should improve how well families know about and use the Local Offer.", [
            ("3.1", "Relaunch the Local Offer website with co-produced content and an easy-read "
                    "guide, promoted through schools and family hubs.",
             "Local Offer Officer", "Nov-25", "G",
             "Content review with Parent Forum complete; relaunch scheduled 17/11/25."),
            ("3.2", "Publish termly Local Offer newsletters and ‘you said, we did’ updates.",
             "SEND Participation Lead", "Termly", "G",
             "Three newsletters published since September 2024."),
        ]),
        ("AFI 2 – Leaders should make sure that children and young people's views are captured "
         "and used in their EHC plans.", [
            ("3.3", "Train EHC coordinators and SENCOs in capturing the child's voice, including "
                    "for children who are non-verbal, and audit the ‘All about me’ section.",
             "Principal Educational Psychologist", "April 2026", "G",
             "Two training sessions delivered (52 attendees)."),
        ]),
    ]),
]


def bd_all_actions():
    out = []
    for sid, kind, rec, body in BD_SHEETS:
        if rec is not None:
            for a in body:
                out.append((sid, kind, rec, a))
        else:
            for afi, acts in body:
                for a in acts:
                    out.append((sid, kind, afi, a))
    return out


def _bd_headers(ws, r):
    heads = ["Action no.", "Action", "Lead(s)", "Timescale", "RAG", "Evidence of impact / progress"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")


def _bd_row(ws, r, a):
    ref, act, lead, when, rag, upd = a
    for j, v in enumerate([ref, act, lead, when, None, upd], start=1):
        c = ws.cell(r, j, v)
        c.alignment = WRAP
        c.border = BOX
    ws.cell(r, 5).fill = fill(FILL[rag])


def build_bd(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = BD_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Ofsted and CQC area SEND inspection, 8–12 July 2024 (report published "
                "5 September 2024). Position at 30 September 2025.")
    sm["A4"] = "Progress summary"
    sm["A4"].font = Font(bold=True)
    heads = ["Area", "Actions", "Complete", "On track", "At risk", "Off track"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 6
    tot = [0, 0, 0, 0, 0]
    for sid, kind, rec, body in BD_SHEETS:
        acts = body if rec is not None else [a for _, aa in body for a in aa]
        cnt = [len(acts)] + [sum(1 for a in acts if a[4] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, cnt)]
        for j, v in enumerate([kind] + cnt, start=1):
            sm.cell(r, j, v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tot, start=1):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    sm.cell(r, 1, "RAG key (colour shown in the RAG column of each sheet)").font = Font(bold=True)
    for k, txt in (("B", "Complete"), ("G", "On track"), ("A", "At risk – mitigation in place"),
                   ("R", "Off track – escalated to SEND Improvement Board")):
        r += 1
        sm.cell(r, 1).fill = fill(FILL[k])
        sm.cell(r, 2, txt)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 40

    for sid, kind, rec, body in BD_SHEETS:
        ws = wb.create_sheet(sid)
        ws["A1"] = kind
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill(FILL["head"])
        ws.merge_cells("A1:F1")
        if rec is not None:
            ws["A2"] = rec
            ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
            ws["A2"].font = Font(bold=True)
            ws.merge_cells("A2:F2")
            ws.row_dimensions[2].height = 45
            _bd_headers(ws, 4)
            r = 5
            for a in body:
                _bd_row(ws, r, a)
                r += 1
        else:
            _bd_headers(ws, 3)
            r = 4
            for afi, acts in body:
                ws.cell(r, 1, afi).font = Font(bold=True)
                ws.cell(r, 1).fill = fill(FILL["pale"])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                r += 1
                for a in acts:
                    _bd_row(ws, r, a)
                    r += 1
        for j, w in enumerate([10, 60, 30, 22, 8, 55], start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. East Riding of Yorkshire Council - children's home Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
ER_TITLE = "Ofsted Inspection Action Plan – Willerby Lodge Children's Home"
ER_SECTIONS = [
    ("Requirements", [
        ("The registered person must ensure that staff assess whether each child's safety plan "
         "is effective in reducing risk when children go missing from the home, and update the "
         "plan after each episode. (Regulation 12 (1)(2)(a)(i))", [
            ("1a", "Review all four children's missing from home risk assessments and safety "
                   "plans with each child's social worker.",
             "Registered Manager", D(2025, 2, 28), "Complete",
             "Plans reviewed 24/02/25 and signed off by Responsible Individual.", D(2025, 2, 24)),
            ("1b", "Introduce a post-missing debrief checklist so that each return home "
                   "interview and staff debrief updates the safety plan within 72 hours.",
             "Registered Manager / Deputy Manager", D(2025, 3, 31), "Complete",
             "Checklist in use from 03/03/25; used after all 5 episodes since.", D(2025, 3, 3)),
        ]),
        ("The registered person must ensure that all staff complete the level 3 diploma in "
         "residential childcare within two years of starting work in the home. "
         "(Regulation 32 (4)(a))", [
            ("2a", "Enrol the three residential support workers without the qualification with "
                   "the training provider and agree protected study time.",
             "Registered Manager", D(2025, 3, 31), "Complete",
             "All three enrolled with Hull College 17/03/25.", D(2025, 3, 17)),
            ("2b", "Monitor diploma progress through monthly supervision and report completion "
                   "rates to the Responsible Individual.",
             "Deputy Manager", "Ongoing – monthly until all staff qualified", "On track",
             "Units on track for all three staff (April and May supervision).", None),
        ]),
    ]),
    ("Recommendations", [
        ("Ensure that children's records are written in a way that is respectful and that "
         "children can understand if they read them in the future. (‘Guide to the children’s "
         "homes regulations, including the quality standards’, page 62, paragraph 14.4)", [
            ("R1a", "Deliver a ‘writing to the child’ recording workshop for all staff, led by "
                    "the Principal Social Worker.",
             "Principal Social Worker", D(2025, 4, 30), "Complete",
             "Workshop held 09/04/25; 14 of 15 staff attended, remaining member booked.", D(2025, 4, 9)),
            ("R1b", "Audit five daily records per month and give individual feedback in "
                    "supervision.",
             "Registered Manager", D(2025, 9, 30), "On track",
             "March and April audits complete; improvement noted in tone of records.", None),
        ]),
        ("Ensure that the home's location assessment is updated to reflect new information from "
         "partner agencies about local exploitation risks. (‘Guide to the children’s homes "
         "regulations, including the quality standards’, page 55, paragraph 10.11)", [
            ("R2a", "Update the location assessment with Humberside Police and the Child "
                    "Exploitation Team, and share it with placing authorities.",
             "Registered Manager; Responsible Individual", D(2025, 5, 31), "Not started",
             "Meeting with Humberside Police prevention team booked for 22/05/25.", None),
        ]),
    ]),
]


def build_er(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ER_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("East Riding of Yorkshire Council | URN: SC041872 | Full inspection 11–12 "
                "February 2025 | Overall experiences and progress of children: Requires "
                "improvement to be good")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Registered Manager: Claire Pickering | Responsible Individual: Head of "
                "Children's Residential Services | Plan updated: 16/05/2025")
    ws.merge_cells("A3:H3")
    heads = ["No.", "Requirement / recommendation (as in Ofsted report)", "Action(s) to be taken",
             "Responsible person", "Target date", "Status", "Evidence / comments", "Date completed"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4F81BD")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    status_fill = {"Complete": "8DB4E2", "On track": "C4D79B", "Not started": "FFFFFF"}
    r = 6
    for sec, reqs in ER_SECTIONS:
        ws.cell(r, 1, sec).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for req, acts in reqs:
            first = r
            for ref, act, who, tgt, st, ev, done in acts:
                vals = [ref, req if r == first else None, act, who, tgt, st, ev, done]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                for j in (5, 8):
                    ws.cell(r, j).number_format = "dd/mm/yyyy"
                ws.cell(r, 6).fill = fill(status_fill[st])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) / On track (green) / Not started (no colour) / "
                  "Overdue (red)")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    ws.cell(r, 1, "Plan reviewed by the Responsible Individual 16/05/2025. Next review at the "
                  "Regulation 45 quality of care review, June 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for j, w in enumerate([7, 48, 48, 24, 14, 12, 44, 14], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "14/02/2025", "Registered Manager", "Draft following feedback"),
                             ("1.0", "10/03/2025", "Registered Manager",
                              "Submitted to Ofsted with inspection response"),
                             ("1.1", "16/05/2025", "Registered Manager", "May update")], start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(i, j, v).border = BOX
            if i == 1:
                vc.cell(i, j).font = Font(bold=True)
    vc.column_dimensions["D"].width = 44
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Redbridge Youth Justice Service - HMIP post-inspection improvement plan (docx)
# ---------------------------------------------------------------------------
RB_TITLE = "Redbridge Youth Justice Service: Post-Inspection Improvement Plan"
RB_SECTIONS = [
    ("Section A: Recommendations for the Youth Justice Management Board", [
        ("Recommendation 1: Ensure that the partnership provides sufficient and timely access to "
         "speech, language and communication services for children in the youth justice system.",
         "How we will know: all children screened at assessment; referral to treatment within "
         "six weeks.", [
            ("1.1", "Agree with NEL ICB a dedicated speech and language therapy offer of 0.6 FTE "
                    "for the YJS, with screening of all children at assessment.",
             "Director of Children's Services; ICB Head of Children's Commissioning",
             "September 2025", "Amber",
             "Business case submitted to ICB Children and Young People Board 03/06/25; decision "
             "deferred to July meeting."),
            ("1.2", "Introduce a communication screening tool into the AssetPlus assessment "
                    "process and train all case managers in its use.",
             "YJS Operational Manager", "31/07/2025", "Green",
             "Tool selected; training booked for 8 and 15 July."),
        ]),
        ("Recommendation 2: Assure itself that disproportionality data is analysed and acted upon "
         "across the partnership, particularly the over-representation of children from Black "
         "and mixed heritage backgrounds in out-of-court disposals.",
         "How we will know: quarterly dashboard scrutinised at every YJMB; gap in diversion "
         "rates narrowing.", [
            ("2.1", "Produce a quarterly disproportionality dashboard covering arrest, "
                    "out-of-court disposal, remand and custody, broken down by ethnicity, gender "
                    "and care status.",
             "YJS Performance and Information Officer", "Q2 2025/26", "Green",
             "Draft dashboard presented to YJMB 18/06/25; police arrest data feed agreed."),
            ("2.2", "Hold a YJMB development session on the disproportionality action plan with "
                    "the Metropolitan Police (East Area BCU), CPS and Joint Decision-Making Panel "
                    "members.",
             "Chair of YJMB", "May 2025", "Complete",
             "Session held 21/05/25; three actions added to the disproportionality plan."),
        ]),
    ]),
    ("Section B: Recommendations for the Youth Justice Service Manager", [
        ("Recommendation 3: Improve the quality of assessment and planning to keep other people "
         "safe, so that risks to victims and the community are fully considered and contingency "
         "plans are specific.",
         "How we will know: 80% of audited cases rated sufficient for keeping other people "
         "safe by March 2026.", [
            ("3.1", "Deliver risk of serious harm and contingency planning training to all case "
                    "managers, followed by a practice audit of 20 cases.",
             "YJS Operational Manager / Practice Development Lead", "Apr–Jul 2025", "Green",
             "Training delivered April and May; audit fieldwork under way."),
            ("3.2", "Introduce a monthly Risk and Safety Panel for all children assessed as high "
                    "or very high risk of serious harm.",
             "Head of Youth Justice and Adolescent Services", "April 2025", "Complete",
             "Panel has met three times; terms of reference agreed."),
        ]),
        ("Recommendation 4: Ensure that victims are offered timely contact and that their views "
         "inform assessment and planning.",
         "How we will know: victim contact within five working days in 90% of cases.", [
            ("4.1", "Recruit a second restorative justice and victim worker and set a standard of "
                    "contact within five working days of the YJS receiving victim details.",
             "YJS Operational Manager", "30/09/2025", "Red",
             "Post advertised twice without appointment; interim sessional worker from July."),
            ("4.2", "Add a victim section to case management supervision and the quarterly audit "
                    "tool.",
             "Practice Development Lead", "Ongoing", "Green",
             "Supervision template amended May 2025."),
        ]),
    ]),
]
RB_RAG_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_rb(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(RB_TITLE, style="Title")
    doc.add_paragraph("HM Inspectorate of Probation inspection of youth justice services, "
                      "fieldwork 2–6 December 2024; report published 11 March 2025. "
                      "Overall rating: Requires improvement.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Version", "2.0"), ("Date", "23 June 2025"),
                 ("Owner", "Head of Youth Justice and Adolescent Services"),
                 ("Approved by", "Redbridge Youth Justice Management Board (YJMB), 18 June 2025"),
                 ("Next review", "YJMB, September 2025")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Complete", "Action delivered and evidenced"),
                 ("Green", "On track"),
                 ("Amber", "Some delay – mitigations in place"),
                 ("Red", "Off track – escalated to YJMB")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], RB_RAG_FILL[k])
        set_cell(row[1], v)
    for sec, recs in RB_SECTIONS:
        doc.add_heading(sec, level=1)
        for rec, know, acts in recs:
            doc.add_heading(rec, level=2)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "RAG",
                                               "Progress update (June 2025)"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for ref, act, lead, when, rag, upd in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, when, rag, upd]):
                    set_cell(c, v)
                shade(cells[4], RB_RAG_FILL[rag])
            p = doc.add_paragraph(know)
            p.runs[0].italic = True
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Signed on behalf of the YJMB", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Cllr Sarah Whitfield", "Chair, Redbridge Youth Justice "
                                      "Management Board", "18/06/2025"]):
        set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Croydon Safeguarding Children Partnership - JTAI action plan (docx, refuse)
# ---------------------------------------------------------------------------
CR_TITLE = ("Croydon Safeguarding Children Partnership – Joint Targeted Area Inspection: "
            "Multi-agency Action Plan")
CR_AFI = [
    ("Area for improvement 1: The quality and consistency of strategy discussions for children "
     "at risk of serious youth violence, including the timely involvement of health and "
     "education partners.", [
        ("1.1", "Revise the strategy discussion standard so that health and the child's school "
                "are invited to every strategy discussion about extra-familial harm.",
         "Head of Service, Adolescent Services; Designated Nurse Safeguarding Children",
         "June 2025", "Revised standard agreed at Executive 14/04/25; launch briefing booked.",
         "Green"),
        ("1.2", "Audit 20 strategy discussions for children at risk of serious youth violence "
                "and report findings to the Quality Assurance subgroup.",
         "CSCP Business Manager", "31/07/2025", "Audit tool agreed.", "Green"),
        ("1.3", "Deliver multi-agency training on contextual safeguarding and strategy "
                "discussions for police, school DSLs and health practitioners.",
         "CSCP Learning and Development Lead", "September 2025",
         "Two of six sessions delivered.", "Amber"),
    ]),
    ("Area for improvement 2: Information-sharing between the police, the youth justice service "
     "and schools when children are arrested or identified as at risk of exploitation.", [
        ("2.1", "Agree an information-sharing protocol for notifying schools within one working "
                "day when a child is arrested or subject to a knife crime referral.",
         "Detective Superintendent, South Area BCU", "Dec 2025",
         "Draft protocol with MPS Information Governance.", "Amber"),
        ("2.2", "Extend the daily MASH exploitation screening meeting to include the Youth "
                "Justice Service and Education Welfare.",
         "MASH Service Manager / Head of Youth Justice", "0ct 2025",
         "Pilot from May with YJS attending twice weekly.", "Green"),
    ]),
    ("Area for improvement 3: The partnership's understanding of the impact of its work, through "
     "multi-agency audit and the voice of children and families.", [
        ("3.1", "Develop a serious youth violence outcomes dashboard for the CSCP Executive, "
                "drawing on police, health, YJS and education data.",
         "CSCP Performance Analyst", "Mar-26", "Data sharing agreement signed.", "Green"),
        ("3.2", "Commission young people's peer research on feeling safe in Croydon town centre "
                "and report findings to the Executive.",
         "Violence Reduction Network Lead", "31/01/2026", "Not yet started.", ""),
        ("3.3", "Hold a multi-agency learning event on the JTAI findings for frontline "
                "practitioners.",
         "CSCP Business Manager", "May 2025", "Held 08/05/25 – 164 attendees.", "Complete"),
    ]),
]
CR_REFUSE_ROW = None  # computed while building


def build_cr(path):
    global CR_REFUSE_ROW
    doc = Document()
    landscape(doc)
    doc.add_paragraph(CR_TITLE, style="Title")
    doc.add_paragraph("Inspection of the multi-agency response to serious youth violence, "
                      "18–22 November 2024 (letter published 21 January 2025).")
    doc.add_paragraph("This plan is owned by the CSCP Executive (Croydon Council, NHS South West "
                      "London ICB and the Metropolitan Police) and is monitored by the "
                      "Quality Assurance subgroup. Progress position: April 2025.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "What we will do", "Partner lead(s)", "By when",
                                       "Progress (April 2025)", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "C9C9C9")
    rag_fill = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0",
                "": "FFFFFF"}
    rownum = 1
    for afi, acts in CR_AFI:
        cells = t.add_row().cells
        rownum += 1
        m = cells[0].merge(cells[5])
        set_cell(m, afi, bold=True)
        shade(m, "E2EFDA")
        for ref, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            rownum += 1
            for c, v in zip(cells, [ref, act, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
            if when == "0ct 2025":
                CR_REFUSE_ROW = rownum
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = delivered; Green = on track; Amber = at risk; "
                      "Red = off track; blank = not yet started.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Royal Borough of Windsor and Maidenhead - corporate parenting forum action plan (csv)
# ---------------------------------------------------------------------------
WM_TITLE = ("Royal Borough of Windsor and Maidenhead – Corporate Parenting Forum Action Plan "
            "2025–26")
WM_PLEDGES = [
    ("1. We will listen to you and act on what you tell us", [
        ("1.1", "Hold a joint Forum meeting with the Children in Care Council each term, with "
                "young people setting part of the agenda.",
         "Participation Officer", "Termly", "G",
         "Summer meeting held 09/07/25; young people chose the agenda item on transport."),
        ("1.2", "Publish a ‘You said, we did’ update after every Forum meeting on the AfC website "
                "and the Mind of My Own app.",
         "Participation Officer & Head of Service, Children in Care", "Nov-25", "A",
         "First update published July 2025.\nSeptember update delayed – staff vacancy."),
    ]),
    ("2. We will make sure you have a safe and stable home", [
        ("2.1", "Increase the number of in-house foster carers by 10 households through the "
                "joint recruitment campaign with Achieving for Children's other boroughs.",
         "Fostering Recruitment Manager", "31/03/2026", "G",
         "4 new households approved since April; 5 in assessment."),
        ("2.2", "Review all children with three or more placement moves in 12 months at the "
                "Placement Stability Panel.",
         "Head of Service, Children in Care", "Sep-25", "B",
         "Completed – 7 children reviewed; 5 now in stable homes."),
        ("2.3", "Agree a Staying Put and Staying Close offer for care leavers aged 18-21, "
                "including a rent guarantee scheme with RBWM Housing.",
         "Head of Housing Services / Leaving Care Manager", "March 2026", "A",
         "Rent guarantee scheme costed; awaiting Cabinet decision."),
    ]),
    ("3. We will help you to do well in education, employment and training", [
        ("3.1", "Ring-fence five council apprenticeships a year for care leavers, with a "
                "guaranteed interview for every applicant.",
         "HR Business Partner", "Apr-26", "R",
         "No apprenticeships ring-fenced yet – awaiting Employment Panel decision."),
        ("3.2", "Ensure every child in care has a Personal Education Plan (PEP) rated good or "
                "better, reviewed termly.",
         "Virtual School Head", "Ongoing", "G",
         "91% of PEPs rated good or better (summer term)."),
        ("3.3", "Offer every care leaver aged 16-25 who is not in education, employment or "
                "training a named mentor through Care Leaver Covenant partners.",
         "Personal Adviser Team Manager", "Dec-25", "G",
         "12 mentors matched; Covenant partners recruited via Berkshire Business Network."),
    ]),
    ("4. We will support your health and wellbeing", [
        ("4.1", "Agree a fast-track pathway to Berkshire Healthcare CAMHS for children in care, "
                "with a named link clinician.",
         "Designated Nurse for Looked After Children; CAMHS Service Manager", "31/12/2025", "A",
         "Link clinician identified; pathway document in draft."),
        ("4.2", "Provide free leisure passes for children in care and care leavers at all RBWM "
                "leisure centres.",
         "Head of Leisure Services", "Jun-25", "B",
         "Completed June 2025 – 112 passes issued."),
    ]),
]


def build_wm(path):
    rows = [[WM_TITLE, "", "", "", "", "", ""],
            ["Delivered by Achieving for Children on behalf of RBWM. Updated for Forum meeting "
             "15 October 2025", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Pledge", "Ref", "What we will do", "Lead", "Target date", "RAG", "Update"]]
    for pledge, acts in WM_PLEDGES:
        for i, (ref, act, lead, when, rag, upd) in enumerate(acts):
            rows.append([pledge if i == 0 else "", ref, act, lead, when, rag, upd])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["RAG key: B = Complete, G = On track, A = Some slippage, R = Off track",
                 "", "", "", "", "", ""])
    rows.append(["Next review: Corporate Parenting Forum, January 2026", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. BCP Early Help Partnership - early help strategy delivery action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
BCP_TITLE = ("BCP Early Help Partnership – Early Help Strategy 2024–2027 Delivery Action Plan "
             "(Year 2: 2025/26)")
BCP_PRIORITIES = [
    ("PRIORITY 1: Right help, right time – families get help as soon as needs emerge", [
        ("1.1", "Launch the revised Continuum of Need and Request for Support form across all "
                "partner agencies, with briefings for schools, health and police.",
         "Head of Early Help and Family Hubs", "Apr-25", "Complete",
         "Launched 01/04/25; 31 briefings delivered to 640 practitioners.", None),
        ("1.2", "Give partner lead practitioners access to the Early Help Module (EHM) to record "
                "Early Help Assessments, starting with schools.",
         "EHM Systems Lead / Education Safeguarding Manager", "Autumn term 2025", "Amber",
         "38 schools live; licence costs for remaining schools under review.", None),
        ("1.3", "Reduce re-referrals to Children's Social Care within 12 months of early help "
                "closure to below 15%, through step-down reviews at 3 and 6 months.",
         "Early Help Service Manager", "Mar-26", "Green",
         "Re-referral rate 16.8% (Q2), down from 21%.", None),
        ("1.4", "Pilot a Family Help practitioner within the MASH to offer same-day early help "
                "conversations to families who do not meet the threshold for social care.",
         "MASH Team Manager", "Sept 2025 – Feb 2026", "Green",
         "Practitioner in post from 15/09/25; 57 families contacted.", None),
    ]),
    ("PRIORITY 2: A skilled early help workforce across the partnership", [
        ("2.1", "Deliver the multi-agency Lead Practitioner training programme (6 cohorts) and "
                "refresher sessions for Designated Safeguarding Leads.",
         "Pan-Dorset SCP Training Coordinator", "Summer term 2026", "Green",
         "Cohorts 1-3 complete (74 practitioners).", None),
        ("2.2", "Introduce a partnership early help audit, with four multi-agency audits a year "
                "reported to the Quality Assurance subgroup.",
         "Quality Assurance Manager; Designated Nurse Safeguarding Children", "Quarterly",
         "Not started", "Audit tool to QA subgroup in January.", None),
        ("2.3", "Publish an Early Help practice handbook co-produced with parents and carers.",
         "Principal Practitioner (Early Help)", "31/01/2026", "Red",
         "Co-production sessions cancelled twice owing to venue issues;",
         "revised plan and timescale to Partnership Board in January."),
    ]),
    ("PRIORITY 3: Family Hubs at the heart of communities", [
        ("3.1", "Open family hubs in Boscombe, Kinson and Poole North with the Start for Life "
                "offer (infant feeding, perinatal mental health, parenting).",
         "Family Hubs Programme Manager", "Jul-25", "Complete",
         "All three hubs open; Kinson opened 14/07/25.", None),
        ("3.2", "Extend Saturday opening of family hubs and add a virtual family hub offer for "
                "working parents.",
         "Family Hubs Programme Manager", "Mar-26", "Green",
         "Saturday opening at Boscombe from October.", None),
        ("3.3", "Survey families using family hubs each quarter and report findings and changes "
                "made to the Partnership Board.",
         "Family Voice Officer", "Ongoing", "Green",
         "Q2 survey: 212 responses, 91% would recommend.", None),
    ]),
]


def build_bcp(path):
    lines = [BCP_TITLE,
             "Bournemouth, Christchurch and Poole Council and partners",
             "Progress reported to the Children and Young People's Partnership Board, "
             "9 December 2025",
             "",
             "\t".join(["Ref", "Action", "Lead", "By when", "Status", "Progress comment"])]
    for pri, acts in BCP_PRIORITIES:
        lines.append("")
        lines.append(pri)
        for ref, act, lead, when, st, com, cont in acts:
            lines.append("\t".join([ref, act, lead, when, st, com]))
            if cont:
                lines.append("\t" * 5 + cont)
    lines.append("")
    lines.append("Status key: Complete / Green – on track / Amber – some delay / "
                 "Red – significant delay / Not started")
    lines.append("Owner: Head of Early Help and Family Hubs, BCP Council")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "is1-southend-on-sea-city-council-ilacs-improvement-plan.xlsx": build_southend,
    "is1-barking-dagenham-local-area-send-priority-action-plan.xlsx": build_bd,
    "is1-east-riding-council-childrens-home-ofsted-action-plan.xlsx": build_er,
    "is1-redbridge-youth-justice-service-hmip-improvement-plan.docx": build_rb,
    "is1-croydon-safeguarding-children-partnership-jtai-action-plan-typo-month-refuse.docx": build_cr,
    "is1-windsor-maidenhead-corporate-parenting-forum-action-plan.csv": build_wm,
    "is1-bcp-early-help-partnership-strategy-action-plan.txt": build_bcp,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Croydon typo-month table row:", CR_REFUSE_ROW)


if __name__ == "__main__":
    main()
