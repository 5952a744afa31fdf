"""Build the seven le1- blind test files (set heldout351).

Run with: /work/main/.venv/bin/python le1_make.py
Writes the data files next to this script.  The expected readings
(NAME.expected.yaml) are written separately and by hand from the content.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "head": "1F3864", "theme": "D9E1F2", "rec": "F2F2F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Newcastle City Council - ILACS improvement plan (xlsx) - REFUSE (0ct-25)
# ---------------------------------------------------------------------------
NEWCASTLE = "le1-newcastle-city-council-ilacs-improvement-plan-typo-month-refuse.xlsx"


def make_newcastle():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Newcastle City Council Children's Social Care – ILACS Improvement Plan 2024–25"
    dc["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Plan owner", "Director of Children's Social Care"),
        ("Governance", "Children's Services Improvement Board (monthly)"),
        ("Inspection", "Ofsted inspection of local authority children's services (ILACS), February 2024"),
        ("Status", "Live – progress position at 30 November 2024"),
    ]
    r = 3
    for k, v in rows:
        dc.cell(r, 1, k).font = Font(bold=True)
        dc.cell(r, 2, v)
        r += 1
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = dc.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    vers = [
        ("0.3", d(2024, 4, 19), "Improvement Programme Manager", "Draft for Improvement Board"),
        ("1.0", d(2024, 5, 8), "Improvement Programme Manager", "Approved by Improvement Board and Cabinet Member"),
        ("1.4", d(2024, 12, 4), "Improvement Programme Manager", "November 2024 progress update; revised dates added"),
    ]
    for v in vers:
        r += 1
        for i, val in enumerate(v, 1):
            c = dc.cell(r, i, val)
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    dc.column_dimensions["A"].width = 16
    dc.column_dimensions["B"].width = 60
    dc.column_dimensions["C"].width = 30
    dc.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Newcastle City Council Children's Social Care – ILACS Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Response to the Ofsted inspection of local authority children's services, February 2024"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress position at: 30 November 2024"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Start date",
             "Target date", "Revised date", "RAG", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX

    # (row, kind, payload)
    plan = [
        ("theme", "Theme 1: Help and protection"),
        ("rec", "Recommendation 1: The consistency and impact of management oversight and supervision "
                "for children in need and those subject to child protection plans.", [
            ("1.1", "Relaunch the supervision policy with a revised recording template that sets out the "
                    "rationale for decisions and timescales for actions.",
             "Head of Service, Safeguarding & Family Support", d(2024, 4, 1), d(2024, 6, 30), None, "B",
             "Policy relaunched 3 June 2024; template live in Liquidlogic."),
            ("1.2", "Monthly supervision audits by team managers, with findings reported to the Quality "
                    "Assurance Board.",
             "Principal Social Worker", d(2024, 5, 1), d(2024, 9, 30), d(2024, 12, 31), "G",
             "Audit tool agreed; first two cycles completed. Reporting moved to December QA Board."),
            ("1.3", "Practice weeks twice a year in which senior leaders observe practice and review case "
                    "records alongside social workers.",
             "Director of Children's Social Care; Assistant Directors", d(2024, 6, 1), d(2025, 3, 31), None, "G",
             "First practice week held October 2024; second planned for March 2025."),
        ]),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("rec", "Recommendation 2: The timeliness of permanence planning for children in care, including "
                "early permanence and the use of family and friends care.", [
            ("2.1", "Track every child's permanence plan from the second review through a fortnightly "
                    "permanence tracking panel.",
             "Service Manager, Children in Care", d(2024, 5, 1), d(2024, 7, 31), None, "B",
             "Panel established May 2024; 212 children tracked."),
            ("2.2", "Recruit and train 12 additional foster to adopt carers with Adopt North East.",
             "Head of Fostering and Adoption", d(2024, 6, 1), d(2025, 3, 31), None, "A",
             "5 households approved; recruitment campaign relaunched January."),
        ]),
        ("rec", "Recommendation 3: The availability and suitability of accommodation for care leavers, "
                "including those aged 18 to 21.", [
            ("3.1", "Agree a joint housing protocol with Your Homes Newcastle guaranteeing a planned move for "
                    "every care leaver by age 18½.",
             "Head of Service, Leaving Care / Housing Strategy Manager", d(2024, 7, 1), "0ct-25", None, "A",
             "Draft protocol with housing colleagues; legal review outstanding."),
            ("3.2", "Increase supported accommodation places for care leavers from 24 to 40 through the "
                    "sufficiency strategy.",
             "Commissioning Manager (Children)", d(2024, 7, 1), d(2025, 3, 31), d(2025, 6, 30), "A",
             "Tender awarded for 10 places; remaining 6 places subject to property acquisition."),
        ]),
        ("theme", "Theme 3: Leadership, workforce and performance"),
        ("rec", "Recommendation 4: The stability of the social work workforce and the reliance on agency "
                "staff in the assessment teams.", [
            ("4.1", "Implement the social work recruitment and retention offer, including a market supplement "
                    "for experienced social workers in the assessment service.",
             "Director of Children's Social Care and HR Business Partner", d(2024, 4, 1), d(2024, 9, 30), None, "G",
             "Offer approved by Cabinet July 2024; agency rate down from 27% to 19%."),
            ("4.2", "Expand the Newcastle Social Work Academy to 30 newly qualified social workers each year.",
             "Principal Social Worker", d(2024, 9, 1), d(2025, 9, 30), None, "G",
             "September 2024 cohort of 26 ASYEs started."),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "theme":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(r, col).fill = fill(FILL["theme"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, rec, actions = item
        first = r
        for ref, text, lead, start, target, revised, rag, upd in actions:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, lead)
            c = ws.cell(r, 5, start)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 6, target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            if revised is not None:
                c = ws.cell(r, 7, revised)
                c.number_format = "mmm-yy"
            c = ws.cell(r, 8, rag)
            c.fill = fill(FILL[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 9, upd)
            for col in range(1, 10):
                ws.cell(r, col).border = BOX
                if col != 8:
                    ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(first, 2, rec).alignment = WRAP
        ws.cell(first, 2).fill = fill(FILL["rec"])
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 42, 55, 30, 12, 11, 11, 6, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – evidence of impact provided"),
                                  ("G", "On track to deliver by target date"),
                                  ("A", "Some slippage – recoverable"),
                                  ("R", "Off track – escalate to Improvement Board")], 3):
        c = key.cell(i, 1, k)
        c.fill = fill(FILL[k])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.active = 1
    wb.save(os.path.join(HERE, NEWCASTLE))


# ---------------------------------------------------------------------------
# 2. BCP local area SEND priority action plan (xlsx) - sheet per priority,
#    previous RAG as letter, current RAG as fill only
# ---------------------------------------------------------------------------
BCP = "le1-bcp-local-area-send-partnership-priority-action-plan.xlsx"

BCP_APA = [
    ("APA1", "Area for priority action 1",
     "Leaders across the partnership should urgently improve the timeliness and quality of EHC needs "
     "assessments and plans, so that children and young people's needs are accurately identified and met "
     "without delay.", [
         ("1.1", "Recruit to the 8 vacant EHC coordinator posts and introduce caseload caps of 1:180, so that "
                 "new assessments are allocated within 5 working days of the decision to assess.",
          "Head of SEND Statutory Services", d(2024, 12, 31), "A", "G",
          "7 of 8 posts filled; 20-week timeliness 38% (Dec) up from 9% at inspection."),
         ("1.2", "Agree a joint health advice protocol so that health advice for EHC needs assessments is "
                 "returned within 6 weeks in at least 90% of cases.",
          "Head of SEND Statutory Services / Designated Clinical Officer (NHS Dorset)", d(2025, 3, 31), "R", "A",
          "Protocol signed off by ICB; compliance 71% in December. Therapy advice remains the main delay."),
         ("1.3", "Deliver EHC plan writing training to all coordinators and educational psychologists, with "
                 "termly multi-agency quality audits of a sample of new plans.",
          "Principal Educational Psychologist", "Summer term 2025", "A", "G",
          "Training delivered to 31 staff; first audit (n=25) found 52% good or better."),
         ("1.4", "Establish a SEND Quality Assurance Framework with outcomes reported quarterly to the SEND "
                 "Improvement Board.",
          "SEND Quality Assurance Lead", d(2024, 10, 31), "G", "B",
          "Framework approved by SEND Improvement Board 17 October 2024."),
     ]),
    ("APA2", "Area for priority action 2",
     "Partnership leaders should work together to reduce waiting times for neurodevelopmental assessments "
     "and make sure that children and young people who are waiting receive appropriate support.", [
         ("2.1", "Commission additional neurodevelopmental assessment capacity from an independent provider to "
                 "reduce the longest waits (over 104 weeks).",
          "Associate Director of Children's Commissioning, NHS Dorset", d(2025, 1, 31), "R", "R",
          "Procurement paused pending ICB financial recovery plan. Escalated to SEND Improvement Board."),
         ("2.2", "Launch a 'waiting well' offer for families on the ND pathway, including parent workshops and a "
                 "single point of contact.",
          "Clinical Lead (ND Pathway); Chair, Parent Carer Forum", d(2025, 4, 30), "A", "A",
          "Workshops running since November; single point of contact not yet recruited."),
         ("2.3", "Provide schools with a needs-led ordinarily available provision toolkit so that support does "
                 "not depend on a diagnosis.",
          "Head of Inclusion", d(2025, 7, 31), "A", "G",
          "Toolkit drafted with 12 SENCOs; launch at summer SENCO conference."),
     ]),
]
BCP_AFI = [
    ("AFI 1: Leaders should ensure that the local offer is up to date, accessible and well used by families.", [
        ("AFI1.1", "Refresh the BCP Local Offer website and co-produce content with Parent Carers Together and "
                   "young people.",
         "Local Offer Manager", d(2024, 11, 30), "G", "B",
         "New site live 25 November 2024; 4,100 visits in first month."),
    ]),
    ("AFI 2: Leaders should improve the quality and consistency of preparation for adulthood planning from "
     "Year 9 onwards.", [
        ("AFI2.1", "Introduce preparation for adulthood outcomes into all Year 9 annual reviews and track them "
                   "through the annual review dashboard.",
         "Preparing for Adulthood Lead; Transitions Team Manager (ASC)", d(2025, 3, 31), "A", "A",
         "Dashboard field added; 46% of Year 9 reviews since September include PfA outcomes."),
    ]),
]


def bcp_table(ws, start_row, actions):
    heads = ["Ref", "Action", "Lead(s)", "Due date", "Previous RAG (Oct 24)", "Current RAG (Jan 25)",
             "Evidence of impact / update"]
    r = start_row
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    return r + 1


def bcp_rows(ws, r, actions):
    for ref, text, lead, due, prev, cur, upd in actions:
        ws.cell(r, 1, ref)
        ws.cell(r, 2, text)
        ws.cell(r, 3, lead)
        c = ws.cell(r, 4, due)
        if isinstance(due, dt.datetime):
            c.number_format = "mmm-yy"
        c = ws.cell(r, 5, prev)
        c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 6).fill = fill(FILL[cur])
        ws.cell(r, 7, upd)
        for col in range(1, 8):
            ws.cell(r, col).border = BOX
            if col not in (5, 6):
                ws.cell(r, col).alignment = WRAP
        r += 1
    return r


def bcp_widths(ws):
    for col, w in zip("ABCDEFG", [8, 55, 32, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w


def make_bcp():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "BCP Local Area SEND Partnership Priority Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Bournemouth, Christchurch and Poole Council and NHS Dorset – response to the Ofsted and CQC "
               "area SEND inspection")
    s["A3"] = "Highlight summary for the SEND Improvement Board, position at 31 January 2025"
    s["A3"].font = Font(italic=True)
    s["A5"] = "RAG key"
    s["A5"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Blue – action complete"), ("G", "Green – on track"),
                                  ("A", "Amber – some slippage, recovery plan in place"),
                                  ("R", "Red – off track, escalated to the SEND Improvement Board")], 6):
        s.cell(i, 1).fill = fill(FILL[k])
        s.cell(i, 2, txt)
    s["A11"] = "Summary of current RAG by area"
    s["A11"].font = Font(bold=True)
    heads = ["Area", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(heads, 1):
        c = s.cell(12, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    summary = [("Area for priority action 1", 4, 1, 2, 1, 0),
               ("Area for priority action 2", 3, 0, 1, 1, 1),
               ("Areas for improvement", 2, 1, 0, 1, 0),
               ("Total", 9, 2, 3, 3, 1)]
    for j, row in enumerate(summary, 13):
        for i, v in enumerate(row, 1):
            c = s.cell(j, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 55

    for sheet, label, text, actions in BCP_APA:
        ws = wb.create_sheet(sheet)
        ws["A1"] = label
        ws["A1"].font = Font(bold=True, size=13, color="7030A0")
        ws.merge_cells("A1:G1")
        ws["A2"] = text
        ws["A2"].alignment = WRAP
        ws["A2"].font = Font(bold=True)
        ws["A2"].fill = fill("E4DFEC")
        ws.merge_cells("A2:G2")
        ws.row_dimensions[2].height = 36
        r = bcp_table(ws, 4, actions)
        bcp_rows(ws, r, actions)
        bcp_widths(ws)
        ws.freeze_panes = "A5"

    ws = wb.create_sheet("AFIs")
    ws["A1"] = "Areas for improvement"
    ws["A1"].font = Font(bold=True, size=13, color="7030A0")
    ws.merge_cells("A1:G1")
    r = bcp_table(ws, 3, None)
    for text, actions in BCP_AFI:
        ws.cell(r, 1, text).font = Font(bold=True)
        ws.cell(r, 1).alignment = WRAP
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r = bcp_rows(ws, r + 1, actions)
    bcp_widths(ws)
    wb.save(os.path.join(HERE, BCP))


# ---------------------------------------------------------------------------
# 3. Blackburn with Darwen YJS - HMI Probation improvement plan (xlsx)
#    one sheet, domain rows, recommendation rows, continuation line, totals
# ---------------------------------------------------------------------------
BWD = "le1-blackburn-with-darwen-youth-justice-service-hmip-improvement-plan.xlsx"

BWD_PLAN = [
    ("domain", "Domain 1: Organisational delivery"),
    ("rec", "Recommendation 1: The Youth Justice Management Board should ensure that board members understand "
            "their role and champion the needs of children in the youth justice system within their own agencies."),
    ("act", "1.1", "Deliver an induction and refresher session for all board members on roles, responsibilities "
                   "and the YJB Standards for Children in the Youth Justice System.",
     "Head of Youth Justice", "YJB Oversight Manager", d(2024, 11, 30), "Complete",
     "Session delivered 14 November 2024; 11 of 13 members attended, remaining two briefed individually."),
    ("act", "1.2", "Introduce a board member 'champion' role for education, health and disproportionality, with "
                   "quarterly reports to the board.",
     "Chair of YJMB / Head of Youth Justice", "Board members", d(2025, 3, 31), "On track",
     "Champions agreed at January board; first reports due April."),
    ("rec", "Recommendation 2: The Youth Justice Service Manager should ensure that quality assurance and "
            "management oversight are consistently effective in identifying and addressing weaknesses in practice."),
    ("act", "2.1", "Implement a monthly case audit programme, with at least four cases audited per practitioner "
                   "each quarter, moderated by the Practice Development Lead.",
     "Practice Development Lead", "Team managers", d(2024, 12, 31), "On track",
     "Programme running since October; 58 audits completed, 64% rated good."),
    ("act", "2.2", "Revise the management oversight template in ChildView so that countersigning of assessments "
                   "and plans records the reasons for decisions.",
     "Team Manager (Statutory Court Orders)", "BwD ICT", d(2025, 2, 28), "Amber",
     "Template designed and agreed with practitioners."),
    ("cont", "Testing delayed by the ChildView upgrade; go-live with ICT now expected in March."),
    ("domain", "Domain 2: Court disposals"),
    ("rec", "Recommendation 3: The Youth Justice Service Manager should ensure that assessments and plans "
            "consider how best to keep the child and other people safe, including identified victims."),
    ("act", "3.1", "Deliver refresher training on AssetPlus risk of serious harm and safety and wellbeing "
                   "judgements to all case managers.",
     "Practice Development Lead", "Lancashire Constabulary", "Sept 2024 – Jan 2025", "Complete",
     "Four sessions held; all 19 case managers attended."),
    ("act", "3.2", "Introduce a fortnightly risk and safety panel chaired by a team manager for all children "
                   "assessed as high or very high risk.",
     "Team Manager (Statutory Court Orders); Police Sergeant (YJS)", "Children's Social Care; Probation",
     d(2024, 10, 31), "Complete",
     "Panel running since 3 October 2024; terms of reference agreed."),
    ("act", "3.3", "Ensure victim safety is recorded as a contingency in every intervention plan where there is "
                   "an identified victim.",
     "Restorative Justice and Victims Officer", "Case managers", "Quarterly review", "On track",
     "Dip sample of 12 plans in December: 10 included victim contingency."),
    ("domain", "Domain 3: Out-of-court disposals"),
    ("rec", "Recommendation 4: The Youth Justice Management Board should ensure that children receiving "
            "out-of-court disposals have timely access to speech, language and communication and emotional "
            "health services."),
    ("act", "4.1", "Agree a service level agreement with Lancashire and South Cumbria NHS Foundation Trust for "
                   "0.6 FTE speech and language therapist time within the YJS.",
     "Head of Youth Justice & Designated Nurse Safeguarding Children (ICB)", "LSCFT", d(2025, 3, 31), "Red",
     "Funding not yet identified by the ICB; raised at Children's Partnership Board."),
    ("act", "4.2", "Screen all children referred for an out-of-court disposal using the speech, language and "
                   "communication screening tool before the joint decision-making panel.",
     "Out of Court Disposals Coordinator", "Lancashire Constabulary", d(2025, 1, 31), "Amber",
     "Screening in place for 70% of referrals; training for remaining staff booked."),
]

RAG_WORD_FILL = {"Complete": FILL["B"], "On track": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}


def make_bwd():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Blackburn with Darwen Youth Justice Service – HMI Probation Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Inspection fieldwork: 8–12 July 2024     Report published: 1 October 2024     "
                "Overall rating: Requires improvement")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Version 3 – progress update for the Youth Justice Management Board, 22 January 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    heads = ["Ref", "Recommendation / action", "Lead", "Partners", "Target date", "RAG", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for item in BWD_PLAN:
        kind = item[0]
        if kind == "domain":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True, size=12)
            for col in range(1, 8):
                ws.cell(r, col).fill = fill("FCE4D6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif kind == "rec":
            c = ws.cell(r, 2, item[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        elif kind == "cont":
            c = ws.cell(r, 7, item[1])
            c.alignment = WRAP
            for col in range(1, 8):
                ws.cell(r, col).border = BOX
        else:
            _, ref, text, lead, partners, target, rag, upd = item
            vals = [ref, text, lead, partners, target, rag, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(RAG_WORD_FILL[rag])
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of RAG status").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    counts = [("Complete", 3), ("On track", 3), ("Amber", 2), ("Red", 1), ("Total actions", 9)]
    for label, n in counts:
        r += 1
        ws.cell(r, 2, label)
        ws.cell(r, 3, n)
        if label in RAG_WORD_FILL:
            ws.cell(r, 2).fill = fill(RAG_WORD_FILL[label])
        else:
            ws.cell(r, 2).font = Font(bold=True)
            ws.cell(r, 3).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [7, 60, 30, 22, 14, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, BWD))


# ---------------------------------------------------------------------------
# helpers for Word
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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Calderdale SCP - JTAI action plan (docx), a table per area for improvement
# ---------------------------------------------------------------------------
CALDERDALE = "le1-calderdale-safeguarding-children-partnership-jtai-action-plan.docx"

CAL_AFI = [
    ("Area for improvement 1: The recognition of child sexual abuse in the family environment by practitioners "
     "in universal services, including schools and primary care", [
        ("1.1", "Launch a CSA in the family environment practice guide and briefing pack for schools, early years "
                "settings and GP practices, using the CSA Centre signs and indicators template.",
         "Partnership Business Manager", "June 2025",
         "Guide published 12 June 2025; briefings delivered to 41 schools and 9 early years settings.", "Blue"),
        ("1.2", "Deliver multi-agency CSA training to designated safeguarding leads in every Calderdale school.",
         "Education Safeguarding Lead; Partnership Learning and Development Officer", "Sept – Dec 2025",
         "Dates set for five sessions; 64 DSLs booked so far.", "Green"),
        ("1.3", "Add a CSA prompt to the GP safeguarding referral template and audit its use after six months.",
         "Named GP for Safeguarding Children (WY ICB)", "Q3 2025/26",
         "Template change requested from the clinical system supplier; not yet in place.", "Amber"),
    ]),
    ("Area for improvement 2: The quality of strategy discussions and the consistent involvement of health "
     "professionals in them", [
        ("2.1", "Revise the strategy discussion template so that health information is requested and recorded "
                "for every child, including siblings.",
         "Service Manager, Front Door / DI, Calderdale Safeguarding Unit", "30/06/2025",
         "Revised template in use from 23 June 2025.", "Blue"),
        ("2.2", "Provide a health practitioner to attend all strategy meetings held in the MASH, with a rota "
                "covering 9am to 5pm Monday to Friday.",
         "Designated Nurse Safeguarding Children (WY ICB)", "July 2025",
         "Rota in place; attendance 88% in August.", "Green"),
        ("2.3", "Multi-agency audit of 20 strategy discussions held since April 2025, reported to the Partnership "
                "Executive.",
         "Head of Safeguarding and Quality Assurance", "October 2025",
         "Audit sample selected; audit day booked for 7 October.", "Green"),
    ]),
    ("Area for improvement 3: Timely access to specialist therapeutic support for children who have experienced "
     "sexual abuse", [
        ("3.1", "Map the current therapeutic offer and waiting times across CAMHS, the Sexual Assault Referral "
                "Centre and voluntary sector providers.",
         "Commissioning Manager, Children's Emotional Health (WY ICB)", "August 2025",
         "Mapping completed and presented to Executive, 28 August 2025.", "Blue"),
        ("3.2", "Jointly commission an interim therapeutic service for children waiting more than 12 weeks.",
         "Director of Children's Services & Director of Nursing and Quality (WY ICB)",
         "TBC – subject to ICB funding decision",
         "Business case submitted; funding decision deferred to November.", "Red"),
    ]),
]
RAG_DOCX = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_calderdale():
    doc = Document()
    landscape(doc)
    doc.add_heading("Calderdale Safeguarding Children Partnership – Joint Targeted Area Inspection Action Plan", 0)
    p = doc.add_paragraph("Multi-agency response to child sexual abuse in the family environment")
    p.runs[0].bold = True
    doc.add_paragraph("Inspection fieldwork: 20–24 January 2025. Joint letter of findings published: "
                      "4 March 2025. Inspectorates: Ofsted, CQC, HMICFRS and HMI Probation.")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in [("0.1", "14/03/2025", "Partnership Business Manager", "First draft following letter of findings"),
                ("1.0", "02/04/2025", "Partnership Business Manager", "Approved by the Safeguarding Partnership Executive"),
                ("1.2", "10/09/2025", "Partnership Business Manager", "Progress update for September Executive")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph("The inspectorates identified three areas for improvement. This plan sets out how the "
                      "three safeguarding partners (Calderdale Council, West Yorkshire Police and NHS West "
                      "Yorkshire Integrated Care Board) will respond. Progress is reported to each meeting of "
                      "the Partnership Executive and reviewed by the Independent Scrutineer.")
    doc.add_heading("RAG key", 2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in [("Blue", "Action complete and impact evidenced"), ("Green", "On track"),
                            ("Amber", "At risk of delay"), ("Red", "Off track – escalated to Executive")]:
        cells = k.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], RAG_DOCX[colour])
        set_cell(cells[1], meaning)

    for heading, actions in CAL_AFI:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (September 2025)", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for ref, text, lead, when, prog, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, when, prog, rag]):
                set_cell(cells[i], v)
            shade(cells[5], RAG_DOCX[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", 2)
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for row in [("Calderdale Council", "Director of Children's Services", "02/04/2025"),
                ("West Yorkshire Police", "Chief Superintendent, Calderdale District", "02/04/2025"),
                ("NHS West Yorkshire ICB", "Place Director, Calderdale", "02/04/2025")]:
        cells = s.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(os.path.join(HERE, CALDERDALE))


# ---------------------------------------------------------------------------
# 5. Falkirk Council Fostering Service - Care Inspectorate improvement plan
#    (docx), key question rows spanning, requirement text merged down col 1
# ---------------------------------------------------------------------------
FALKIRK = "le1-falkirk-council-fostering-service-care-inspectorate-improvement-plan.docx"

REG = ("This is to comply with Regulation 4(1)(a) (Welfare of users) of the Social Care and Social Work "
       "Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
FALK_KQ = [
    ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
        ("Requirement 1: By 31 July 2024, the provider must ensure that foster carers' reviews are completed "
         "within timescales and presented to the fostering panel where required. " + REG, [
            ("1a", "Produce a tracker of all foster carer review due dates, reviewed weekly by the team manager.",
             "Team Manager, Family Placement Team", "30/04/2024", "Complete"),
            ("1b", "Clear the backlog of 14 overdue carer reviews, prioritising carers with children in placement.",
             "Senior Social Workers (x2)", "31/07/2024", "Complete"),
            ("1c", "Schedule review reports to fostering panel at least six weeks in advance of the due date.",
             "Panel Adviser", "Ongoing", "On track"),
        ]),
        ("Area for improvement 1: To support children's wellbeing, the provider should ensure that children's "
         "views are consistently recorded in their carers' reviews and used to inform matching decisions.", [
            ("AFI 1a", "Amend the carer review template to include a mandatory section on the views of each child "
                       "in placement.",
             "Team Manager, Family Placement Team", "June 2024", "Complete"),
            ("AFI 1b", "Develop an age-appropriate 'My Carer' questionnaire with the Champions Board.",
             "Participation Officer / Champions Board Lead", "September 2024", "Amber"),
        ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Requirement 2: By 30 September 2024, the provider must ensure that there is effective oversight of the "
         "quality of supervision provided to foster carers by supervising social workers. " + REG, [
            ("2a", "Introduce quarterly audits of supervising social worker visit records using the Care "
                   "Inspectorate quality framework.",
             "Service Manager, Family Placement", "Q2 2024/25", "On track"),
            ("2b", "Report audit findings and learning to the Children's Services Management Team every six months.",
             "Service Manager, Family Placement", "Six-monthly", "On track"),
        ]),
        ("Area for improvement 2: The provider should ensure that all foster carers complete the mandatory "
         "training set out in the service's learning and development framework, and that this is tracked.", [
            ("AFI 2a", "Move foster carer training records onto the council's learning management system.",
             "Learning and Development Officer", "December 2024", "Red"),
        ]),
    ]),
]
STATUS_FILL = {"Complete": "00B0F0", "On track": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_falkirk():
    doc = Document()
    landscape(doc)
    h = doc.add_heading("Falkirk Council Fostering Service – Care Inspectorate Improvement Plan 2024", 0)
    doc.add_paragraph("Children's Services, Falkirk Council")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service name", "Falkirk Council Fostering Service"),
                 ("Care service number", "CS2004081173"),
                 ("Inspection", "Unannounced inspection, 4 to 15 March 2024; report published 17 April 2024"),
                 ("Grades awarded",
                  "How well do we support children and young people's rights and wellbeing? 3 – Adequate\n"
                  "How good is our leadership? 3 – Adequate"),
                 ("Plan owner", "Service Manager, Family Placement"),
                 ("Last updated", "9 December 2024")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFDA")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("The inspection report made two requirements and two areas for improvement. The actions "
                      "below are monitored monthly by the Family Placement management team and reported to the "
                      "Children's Services Management Team.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Requirement / area for improvement", "No.", "Action", "Responsible", "Timescale", "Status"]
    for i, hd in enumerate(heads):
        set_cell(t.rows[0].cells[i], hd, bold=True)
        shade(t.rows[0].cells[i], "548235")
    for kq, items in FALK_KQ:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, kq, bold=True, size=10)
        shade(merged, "E2EFDA")
        for req, actions in items:
            rows = [t.add_row() for _ in actions]
            for row, (no, text, resp, when, status) in zip(rows, actions):
                c = row.cells
                set_cell(c[1], no)
                set_cell(c[2], text)
                set_cell(c[3], resp)
                set_cell(c[4], when)
                set_cell(c[5], status)
                shade(c[5], STATUS_FILL[status])
            first = rows[0].cells[0]
            if len(rows) > 1:
                first = first.merge(rows[-1].cells[0])
            set_cell(first, req)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing within timescale; "
                      "Amber – some delay; Red – not on track.")
    doc.save(os.path.join(HERE, FALKIRK))


# ---------------------------------------------------------------------------
# 6. Trafford early help partnership strategy action plan (csv export)
# ---------------------------------------------------------------------------
TRAFFORD = "le1-trafford-early-help-partnership-strategy-action-plan.csv"

TRAFFORD_ROWS = [
    ["Trafford Early Help Partnership Strategy 2023–2026: Action Plan", "", "", "", "", "", ""],
    ["Year 2 progress update – reported to Trafford Strategic Safeguarding Partnership, November 2024",
     "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "Action", "Lead(s)", "Partners involved", "Timescale", "RAG", "Progress update"],
    ["Priority 1: Help is easy to find and available early", "", "", "", "", "", ""],
    ["1.1", "Launch the Trafford Family Hubs digital front door, including an online request for support form.",
     "Family Hubs Programme Manager", "Trafford Council Digital Team; Trafford Parents Forum", "Sep-24", "B",
     "Went live 9 September 2024; 212 requests in first 6 weeks."],
    ["1.2", "Publish a single early help offer for each of the four localities (North, Central, South, West).",
     "Early Help Locality Managers", "Locality partnership groups", "Dec-24", "G",
     "North and Central published; South and West in draft."],
    ["1.3", "Embed the Early Help Assessment (EHA) request route for schools through the Trafford Education Portal.",
     "Head of Early Help / Education Safeguarding Lead", "Schools; Trafford Education Portal", "Spring term 2025",
     "A", "Portal changes need supplier development time; interim email route in place."],
    ["Priority 2: Families get the right help from the right people", "", "", "", "", "", ""],
    ["2.1", "Roll out the Supporting Families outcomes framework across all early help partners, with quarterly "
            "data returns.",
     "Supporting Families Coordinator", "All early help partners", "Q4 2024/25", "A",
     "Returns received from 14 of 22 partners in Q2."],
    ["2.2", "Introduce multi-agency Team Around the School meetings in all secondary schools, chaired by the Early "
            "Help Locality Manager.",
     "KH, SD", "Secondary schools; school nursing; GMP", "Jan-25", "G", "Running in 13 of 18 secondary schools."],
    ["2.3", "Agree a step-down protocol between Children's Social Care and Early Help, including a joint transfer "
            "meeting within 10 working days.",
     "Service Manager, Front Door", "Children's Social Care", "31/10/2024", "B",
     "Protocol signed off 24 October 2024."],
    ["Priority 3: A skilled and confident early help workforce", "", "", "", "", "", ""],
    ["3.1", "Deliver the \"Working Together with Families\" training programme to 300 practitioners from partner "
            "agencies.",
     "Trafford Strategic Safeguarding Partnership Training Lead", "TSSP partners", "Ongoing", "G",
     "186 practitioners trained to date."],
    ["3.2", "Develop an early help practice standards audit tool and complete a first multi-agency audit of 20 EHAs.",
     "Quality Assurance Manager (Early Help) & Designated Nurse Safeguarding Children", "NHS GM (Trafford)",
     "Mar-25", "R", "Audit tool not yet agreed; QA Manager post vacant since August."],
    ["", "", "", "", "", "", ""],
    ["Key: B = complete, G = on track, A = some risk to delivery, R = off track", "", "", "", "", "", ""],
    ["Total actions: 8 (B 2, G 3, A 2, R 1)", "", "", "", "", "", ""],
]


def make_trafford():
    with open(os.path.join(HERE, TRAFFORD), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in TRAFFORD_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Tameside Corporate Parenting Board action plan (tab-separated text)
#    promise written on the first row of each group only; two RAG columns
# ---------------------------------------------------------------------------
TAMESIDE = "le1-tameside-corporate-parenting-board-action-plan.txt"

TAMESIDE_LINES = [
    ["Tameside Corporate Parenting Board – Action Plan 2024–2025"],
    ["Our Promise to Children in Care and Care Leavers"],
    ["Updated for Board meeting: 4 February 2025"],
    [],
    ["Promise", "No.", "What we will do", "Lead", "By when", "RAG Oct 24", "RAG Feb 25", "Update"],
    ["Promise 1: We will listen to you and act on what you tell us", "1",
     "Children in Care Council representatives to attend every other Board meeting and set one agenda item.",
     "Participation & Engagement Officer", "Ongoing", "G", "G",
     "Young people attended October and February Boards; February item was on pocket money."],
    ["", "2", "Annual Bright Spots survey of children in care and care leavers, with results reported to the Board.",
     "Head of Service, Children in Care", "March 2025", "A", "G", "Survey closed 20 January; 61% response rate."],
    ["Promise 2: We will help you to do well in education", "3",
     "Every child in care to have a termly Personal Education Plan rated good or better by the Virtual School.",
     "Virtual School Headteacher", "Termly", "A", "A", "Autumn term: 84% of PEPs rated good or better."],
    ["", "4", "Increase the number of care leavers aged 19–21 in education, employment or training through 10 "
              "ring-fenced council apprenticeships.",
     "Head of Leaving Care Service / HR Business Partner", "Sept 2024 – Aug 2025", "R", "A",
     "6 apprenticeships filled; EET rate 52% (was 47%)."],
    ["Promise 3: We will help you to be healthy", "5",
     "Initial health assessments to be completed within 20 working days of a child coming into care in at least "
     "80% of cases.",
     "Designated Nurse for Children in Care and Care Leavers", "31/03/2025", "R", "R",
     "Q3 timeliness 58%; delays in paediatric capacity escalated to ICB."],
    ["", "6", "Extend the Healthy Young Minds drop-in offer to care leavers up to age 25.",
     "CAMHS Service Manager (Pennine Care)", "Dec-24", "G", "B", "Drop-in running at the Leaving Care hub since December."],
    ["Promise 4: We will find you a safe and stable home", "7",
     "Open two new council-run children's homes in the borough as part of the sufficiency strategy.",
     "Assistant Director, Children's Services (Placements and Sufficiency)", "June 2025", "A", "A",
     "First home registered with Ofsted January 2025; second property in refurbishment."],
    ["", "8", "Offer every care leaver a Staying Close or Staying Put option where this is in their plan.",
     "Head of Leaving Care Service", "April 2025", "", "G", "New action added November 2024."],
    ["", "9", "Council tax exemption for care leavers living in Tameside up to age 25 – monitor take-up quarterly.",
     "Revenues and Benefits Manager", "Quarterly", "B", "B", "Exemption in place; 143 care leavers benefiting."],
    [],
    ["Key: R = not on track, A = some concerns, G = on track, B = completed"],
    ["Please send updates to the Corporate Parenting Board officer by the Friday before each meeting."],
]


def make_tameside():
    with open(os.path.join(HERE, TAMESIDE), "w", encoding="utf-8", newline="") as f:
        for cells in TAMESIDE_LINES:
            f.write("\t".join(cells) + "\r\n")


def main():
    make_newcastle()
    make_bcp()
    make_bwd()
    make_calderdale()
    make_falkirk()
    make_trafford()
    make_tameside()
    for n in [NEWCASTLE, BCP, BWD, CALDERDALE, FALKIRK, TRAFFORD, TAMESIDE]:
        print(n, os.path.getsize(os.path.join(HERE, n)))


if __name__ == "__main__":
    main()
