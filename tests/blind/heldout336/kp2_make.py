"""Build the seven kp2- blind test files (set heldout336).

Run with: /work/main/.venv/bin/python kp2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(s):
    day, mon, yr = (int(x) for x in s.split("/"))
    return dt.datetime(yr, mon, day)


# ---------------------------------------------------------------------------
# 1. Norfolk and Norwich University Hospitals NHSFT - maternity and neonatal
#    improvement plan (xlsx: cover sheet + plan sheet with theme rows +
#    summary sheet; original/revised dates; previous/current RAG)
# ---------------------------------------------------------------------------
NNUH_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
NNUH_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "3YDP / MNVP 15 Steps",
         "Co-produce with the Maternity and Neonatal Voices Partnership (MNVP) a revised antenatal information offer, including translated leaflets in the five most commonly spoken community languages.",
         "Head of Midwifery / MNVP Lead", "31/03/2025", None,
         "Draft leaflets reviewed by MNVP in December; translation commissioned (Polish, Portuguese, Lithuanian, Romanian, Bengali).",
         "MNVP minutes Dec-24", "G", "G"),
        ("1.2", "CQC 2023 (Should do)",
         "Implement a personalised care and support plan (PCSP) for every woman at booking, recorded on the electronic maternity record, with audit of completion at 36 weeks.",
         "Digital Midwife\nCommunity Midwifery Matron", "30/09/2024", "30/04/2025",
         "PCSP template live on the electronic record. Audit (Nov-24) shows 71% completion at 36 weeks against 90% target; revised date agreed at Maternity Assurance Group.",
         "Audit report Nov-24", "A", "A"),
        ("1.3", "CQC 2023 (Should do)",
         "Launch the Maternity Triage telephone line satisfaction survey and report results quarterly to the Maternity and Neonatal Safety Champions.",
         "Triage Lead Midwife", "31/12/2024", None,
         "Survey launched October 2024; first quarterly report presented to Safety Champions 16/01/2025. Action complete.",
         "Safety Champions paper Jan-25", "G", "B"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "3YDP",
         "Recruit to the midwifery establishment set by the Birthrate Plus® review (2024), reducing the vacancy rate to below 5%.",
         "Director of Midwifery", "31/03/2026", None,
         "Vacancy rate 8.2% (Dec-24). 14 newly qualified midwives start in February; international recruitment cohort of 6 planned.",
         "Workforce dashboard", "A", "A"),
        ("2.2", "3YDP",
         "Deliver the local midwifery retention action plan, including a preceptorship programme for all newly qualified midwives and a 'legacy mentor' scheme.",
         "Retention Midwife; Practice Development Midwife", "30/06/2025", None,
         "Preceptorship programme achieved national framework standards; two legacy mentors in post.",
         "Retention plan v3", "G", "G"),
        ("2.3", "MIS Safety Action 8",
         "Achieve and sustain 90% compliance with the Core Competency Framework v2 training for all staff groups (fetal monitoring, PROMPT, NLS).",
         "Clinical Director for Obstetrics & Gynaecology", "31/03/2025", None,
         "Midwives 94%, obstetric consultants 91%, obstetric trainees 78% and anaesthetists 82%. Additional PROMPT dates added for February but compliance for doctors will not reach 90% by the deadline.",
         "Training compliance report", "A", "R"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "3YDP / PCLP",
         "Embed the Perinatal Culture and Leadership Programme (PCLP) action plan following the SCORE culture survey, with quarterly listening events for staff.",
         "Perinatal Quad", "31/10/2025", None,
         "SCORE results shared with staff in November; three listening events held; culture action plan agreed by the Quad.",
         "PCLP action plan", "G", "G"),
        ("3.2", "PSIRF",
         "Transition all maternity and neonatal incident reviews to the Patient Safety Incident Response Framework (PSIRF), including After Action Reviews and thematic learning summaries.",
         "Maternity Governance Lead", "30/11/2024", None,
         "All reviews now undertaken under PSIRF; thematic learning summary published November 2024.",
         "PSIRF plan; learning summary", "G", "B"),
        ("3.3", "MNSI",
         "Review the process for sharing learning from MNSI (formerly HSIB) reports with families and staff, and publish a quarterly 'Learning from Incidents' newsletter.",
         "Patient Safety Midwife", "31/01/2025", "31/05/2025",
         "Process mapped with the family liaison team. Newsletter delayed by vacancy in the patient safety team; first edition now planned for May.",
         "", "G", "A"),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("4.1", "MIS Year 6",
         "Achieve full compliance with all ten Safety Actions of the Maternity Incentive Scheme (Year 6).\nSubmit the Board declaration to NHS Resolution by the national deadline.",
         "Director of Midwifery / Chief Nursing Officer", "03/03/2025", None,
         "Evidence for 9 of 10 Safety Actions signed off at Maternity Assurance Group; Safety Action 8 at risk (see 2.3). Board declaration on February agenda.",
         "MIS evidence tracker", "G", "G"),
        ("4.2", "SBLCB v3",
         "Implement version 3 of the Saving Babies' Lives Care Bundle across all six elements, evidenced through the LMNS quarterly assurance visits.",
         "Consultant Obstetrician (SBLCB Lead)", "31/03/2025", "30/09/2025",
         "Elements 1, 2, 4 and 6 fully implemented. Element 3 (fetal growth) dependent on additional scanning capacity; element 5 (preterm birth clinic) job plans being agreed.",
         "LMNS assurance visit Q3", "A", "A"),
        ("4.3", "Neonatal ODN",
         "Complete the neonatal unit cot reconfiguration to provide two additional intensive care cots in line with the ODN capacity review.",
         "Neonatal Matron\nClinical Lead for Neonatology", "31/12/2025", None,
         "Business case approved; estates works scheduled for summer 2025.",
         "Business case", "G", "G"),
    ]),
]
NNUH_RAGTEXT = {"B": "B", "G": "G", "A": "A", "R": "R"}


def build_nnuh(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Norfolk and Norwich University Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = NNUH_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Women and Children's Services Division"
    cov["A5"], cov["B5"] = "Executive SRO:", "Chief Nursing Officer"
    cov["A6"], cov["B6"] = "Report to:", "Board of Directors (Public) – 5 February 2025"
    cov["A7"], cov["B7"] = "Position as at:", "24 January 2025"
    for r in (5, 6, 7):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A9"] = "Document control"
    cov["A9"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(10, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    rows = [
        ("1.0", "18/04/2024", "Maternity Governance Lead", "Plan approved by Quality and Safety Committee"),
        ("2.0", "22/10/2024", "Maternity Governance Lead", "Theme 4 added following LMNS assurance visit"),
        ("2.1", "24/01/2025", "Maternity Governance Lead", "January progress update; revised dates for 1.2, 3.3 and 4.2"),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cell = cov.cell(11 + i, c, v)
            cell.border = BOX
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True, size=12)
    key = [
        ("B", "Blue", "Action complete and evidence of embedding seen by the Maternity and Neonatal Safety Champions"),
        ("G", "Green", "On track to deliver by the completion date"),
        ("A", "Amber", "At risk of not delivering by the completion date – mitigation in place"),
        ("R", "Red", "Off track – completion date will be missed / has been missed"),
    ]
    for i, (k, word, meaning) in enumerate(key):
        a = cov.cell(16 + i, 1, word)
        a.fill = fill(FILL[k])
        a.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        a.border = BOX
        b = cov.cell(16 + i, 2, meaning)
        b.border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = NNUH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress position at 24 January 2025 – Board of Directors 5 February 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Source", "Action", "Action owner(s)", "Original completion date",
             "Revised completion date", "Progress update (January 2025)", "Evidence",
             "Previous RAG (Dec-24)", "Current RAG (Jan-25)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX
    ws.freeze_panes = "A5"
    r = 5
    for theme, acts in NNUH_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        cell = ws.cell(r, 1, theme)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D2E9")
        r += 1
        for (ref, src, action, owner, orig, rev, prog, ev, prev, cur) in acts:
            vals = [ref, src, action, owner, d(orig), d(rev) if rev else None, prog, ev or None,
                    NNUH_RAGTEXT[prev], NNUH_RAGTEXT[cur]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (5, 6) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            for c, k in ((9, prev), (10, cur)):
                cell = ws.cell(r, c)
                cell.fill = fill(FILL[k])
                cell.alignment = Alignment(horizontal="center", vertical="top")
                cell.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
            r += 1
    widths = [6, 16, 55, 28, 13, 13, 55, 20, 10, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary by theme – January 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(sh, 1):
        cell = sm.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    tot = [0, 0, 0, 0]
    for i, (theme, acts) in enumerate(NNUH_THEMES):
        counts = [sum(1 for a in acts if a[-1] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, counts)]
        row = [theme.split(":")[0]] + counts + [len(acts)]
        for c, v in enumerate(row, 1):
            sm.cell(4 + i, c, v).border = BOX
    row = ["Total"] + tot + [sum(tot)]
    for c, v in enumerate(row, 1):
        cell = sm.cell(8, c, v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.column_dimensions["A"].width = 14
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Whittington Health NHS Trust - Trust Board (public) action log
#    (xlsx: two sheets, open and closed; meeting date column; due and
#    revised due; RAG letters with fill, key in header block)
# ---------------------------------------------------------------------------
WH_TITLE = "Trust Board (meeting in public) – Action Log"
WH_OPEN = [
    ("24/07/2024", "TB24/061",
     "Provide a breakdown of the elective recovery position by specialty, including the number of patients waiting over 65 weeks, to the Quality Assurance Committee.",
     "Chief Operating Officer", "Oct-24", "Jan-25",
     "Deferred to the January Quality Assurance Committee pending validation of the RTT waiting list.", "A"),
    ("24/07/2024", "TB24/064",
     "Bring the refreshed Green Plan (2024–2027) to the Board for approval, with a trajectory for reducing Scope 1 and 2 emissions.",
     "Director of Estates and Facilities", "Nov-24", "",
     "Not yet received. Drafting delayed by capacity in the estates team; Chair has asked for a firm date.", "R"),
    ("25/09/2024", "TB24/089",
     "Circulate the findings of the national staff survey sexual safety questions alongside the Trust's Sexual Safety Charter action plan.",
     "Chief People Officer", "Feb-25", "",
     "Staff survey results embargoed until March; interim paper to People Committee in February.", "G"),
    ("25/09/2024", "TB24/092",
     "Include benchmarking of agency and bank spend against North Central London peer trusts in the next Finance and Performance report.",
     "CFO/COO", "March 2025", "",
     "Benchmarking data requested from the ICB.", "G"),
    ("25/09/2024", "TB24/095",
     "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the Board's role in oversight of learning.",
     "Chief Medical Officer; Director of Corporate Governance", "TBC", "",
     "Facilitator identified; date to be confirmed once the 2025/26 Board development programme is agreed.", "A"),
    ("27/11/2024", "TB24/118",
     "Provide an update on the children's community therapies waiting list, including actions to reduce waits over 52 weeks.",
     "ICSU Director for Children and Young People", "Mar-25", "",
     "On the forward plan for March.", "G"),
    ("27/11/2024", "TB24/121",
     "Publish the Freedom to Speak Up annual report on the Trust website and share themes with the People Committee.",
     "Freedom to Speak Up Guardian", "Jan-25", "",
     "Report published 10 January; themes to People Committee 22 January.", "G"),
]
WH_CLOSED = [
    ("24/07/2024", "TB24/058",
     "Confirm dates for the Board walkabout to the Emergency Department and Simmons House.",
     "Head of Corporate Governance", "Sep-24", "",
     "Completed – visits held 12 September 2024.", "B"),
    ("25/09/2024", "TB24/090",
     "Amend the Board Assurance Framework to reflect the revised risk appetite statement for financial sustainability.",
     "Director of Corporate Governance", "Nov-24", "",
     "Completed – revised BAF presented to Audit and Risk Committee 14 November 2024.", "B"),
]


def build_whittington(path):
    wb = openpyxl.Workbook()
    heads = ["Meeting date", "Ref", "Action", "Lead", "Due date", "Revised due date",
             "Update", "RAG"]
    widths = [12, 10, 60, 30, 11, 11, 55, 7]

    def sheet(ws, subtitle, rows):
        ws["A1"] = "Whittington Health NHS Trust"
        ws["A1"].font = Font(bold=True, size=12, color="005EB8")
        ws["A2"] = WH_TITLE
        ws["A2"].font = Font(bold=True, size=14)
        ws["A3"] = subtitle
        ws["A3"].font = Font(italic=True)
        ws["A4"] = "Key:"
        ws["A4"].font = Font(bold=True)
        key = [("R", "R = overdue"), ("A", "A = due date revised / at risk"),
               ("G", "G = on track – not yet due"), ("B", "B = complete – proposed for closure")]
        for i, (k, t) in enumerate(key):
            cell = ws.cell(4, 2 + i * 2, t)
            cell.fill = fill(FILL[k])
            cell.font = Font(color="FFFFFF" if k in "BR" else "000000", bold=True)
        hr = 6
        for c, h in enumerate(heads, 1):
            cell = ws.cell(hr, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F3864")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for i, (md, ref, action, lead, due, rev, upd, rag) in enumerate(rows):
            r = hr + 1 + i
            vals = [d(md), ref, action, lead, due, rev or None, upd, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 1).number_format = "dd/mm/yyyy"
            rc = ws.cell(r, 8)
            rc.fill = fill(FILL[rag])
            rc.font = Font(bold=True, color="FFFFFF" if rag in "BR" else "000000")
            rc.alignment = Alignment(horizontal="center", vertical="top")
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = ws.cell(hr + 1, 1)

    ws = wb.active
    ws.title = "Open actions"
    sheet(ws, "Updated for the meeting on 29 January 2025", WH_OPEN)
    ws2 = wb.create_sheet("Closed since last meeting")
    sheet(ws2, "Actions closed since the meeting on 27 November 2024 – for noting", WH_CLOSED)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. South Staffordshire Council - corporate risk register Q3 2025/26
#    (xlsx: guidance/matrix sheet; register with risk cells merged down
#    over their further actions; action progress by fill colour only)
# ---------------------------------------------------------------------------
SS_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
SS_RISKS = [
    ("CR1 – Financial sustainability",
     "Cause: rising demand and cost pressures, uncertainty over Fair Funding Review 2.0.\nEvent: the Council is unable to set a balanced budget over the medium term.\nConsequence: unplanned use of reserves, service reductions, S114 risk.",
     "Director of Finance (S151 Officer)", ("4 x 4 = 16", "R"), ("3 x 3 = 9", "A"), "↔", [
         ("Deliver the 2026/27 savings and income programme of £1.2m, with monthly monitoring through the Corporate Leadership Team.",
          "Assistant Director Finance", "31/03/2026", "G",
          "£0.9m of proposals identified and included in draft budget."),
         ("Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review 2.0 and the multi-year settlement.",
          "Director of Finance", "Feb 2026", "A",
          "Provisional settlement later than expected; MTFS to Cabinet 10 February."),
         ("Review the reserves strategy and earmarked reserves as part of budget setting.",
          "Director of Finance", "Q4 2025/26", "G",
          "Review under way with budget holders."),
     ]),
    ("CR2 – Local Government Reorganisation",
     "Cause: the English Devolution White Paper and the Government's invitation to Staffordshire councils.\nEvent: the Council's capacity is diverted to reorganisation and key services or projects are disrupted.\nConsequence: loss of staff, delay to corporate plan priorities, reputational damage.",
     "Chief Executive", ("4 x 5 = 20", "R"), ("3 x 4 = 12", "A"), "↑", [
         ("Work with the Staffordshire councils on the joint business case submission and implementation planning, including preparation for a shadow authority.",
          "Chief Executive / Director of Governance", "Ongoing", "G",
          "Final proposal submitted 28 November 2025; Member briefings held."),
         ("Maintain a staff communications and engagement plan throughout the LGR process, including regular all-staff briefings.",
          "Head of People and Organisational Development", "Monthly", "G",
          "Monthly briefings and FAQ page in place; staff survey planned for February."),
     ]),
    ("CR3 – Cyber security and data protection",
     "Cause: increasing sophistication of cyber attacks on local government; legacy systems.\nEvent: a successful cyber attack or serious data breach.\nConsequence: loss of systems and data, inability to deliver services, ICO enforcement.",
     "Director of Governance", ("3 x 5 = 15", "R"), ("2 x 5 = 10", "A"), "↓", [
         ("Complete the migration of remaining on-premises servers to the cloud platform and decommission legacy systems.",
          "ICT Manager", "30/06/2026", "A",
          "Revenues and benefits system migration rescheduled by the supplier to April."),
         ("Achieve the Cyber Assessment Framework (CAF) for local government baseline and report the results to the Audit and Risk Committee.",
          "Head of Digital and ICT", "Sept 2025", "B",
          "Baseline achieved; reported to Audit and Risk Committee 30 September 2025."),
         ("Deliver mandatory cyber awareness e-learning to all staff and members, with a phishing simulation exercise each quarter.",
          "Information Governance Officer", "31/03/2026", "G",
          "Staff completion 93%; Member completion 61%."),
     ]),
    ("CR4 – Housing need and temporary accommodation",
     "Cause: increase in homelessness presentations and shortage of affordable housing.\nEvent: demand for temporary accommodation exceeds supply and budget.\nConsequence: families in bed and breakfast beyond 6 weeks, overspend, failure to meet housing land supply.",
     "Director of Place", ("4 x 4 = 16", "R"), ("3 x 4 = 12", "A"), "↑", [
         ("Implement the temporary accommodation reduction plan, including leasing additional units through the private sector leasing scheme.",
          "Housing Strategy Manager", "Mar-26", "R",
          "Only 4 of 15 planned units leased; B&B use increased in Q3."),
         ("Progress the Local Plan review to examination stage to maintain a five-year housing land supply.",
          "Strategic Planning Manager", "December 2026", "A",
          "Regulation 19 consultation delayed pending revised NPPF housing figures."),
     ]),
]


def build_south_staffs(path):
    wb = openpyxl.Workbook()
    g = wb.active
    g.title = "Guidance & Matrix"
    g["A1"] = "South Staffordshire Council – Risk Management Framework"
    g["A1"].font = Font(bold=True, size=13)
    g["A3"] = "Risk scoring matrix (Likelihood x Impact)"
    g["A3"].font = Font(bold=True)
    g["A4"] = "Likelihood ↓ / Impact →"
    for i in range(5):
        g.cell(4, 2 + i, i + 1).font = Font(bold=True)
    for li in range(5, 0, -1):
        r = 5 + (5 - li)
        g.cell(r, 1, li).font = Font(bold=True)
        for im in range(1, 6):
            s = li * im
            cell = g.cell(r, 1 + im, s)
            cell.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "92D050")
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX
    g["A11"] = "Score 15–25: High – Corporate Leadership Team review monthly"
    g["A12"] = "Score 8–12: Medium – manage and monitor quarterly"
    g["A13"] = "Score 1–6: Low – accept and review annually"
    g["A15"] = "Further action progress (column J) is shown by fill colour:"
    g["A15"].font = Font(bold=True)
    keys = [("G", "Green – on track"), ("A", "Amber – some slippage, recoverable"),
            ("R", "Red – off track"), ("B", "Blue – completed")]
    for i, (k, t) in enumerate(keys):
        g.cell(16 + i, 1).fill = fill(FILL[k])
        g.cell(16 + i, 1).border = BOX
        g.cell(16 + i, 2, t)
    g["A21"] = "Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing"
    g.column_dimensions["A"].width = 24

    ws = wb.create_sheet("Corporate Risk Register")
    ncol = 11
    ws["A1"] = "South Staffordshire Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = SS_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 31 December 2025 – reported to Audit and Risk Committee 27 January 2026"
    ws["A3"].font = Font(italic=True)
    heads = ["Risk", "Risk description (cause, event, consequence)", "Risk owner",
             "Current score (L x I)", "Target score", "Direction of travel",
             "Further mitigating action", "Action owner", "Target date",
             "Progress (RAG)", "Q3 update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("375623")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 6
    for (risk, desc, owner, cur, tgt, dot, acts) in SS_RISKS:
        n = len(acts)
        top = r
        for (action, aowner, tdate, rag, upd) in acts:
            for c, v in ((7, action), (8, aowner), (9, tdate), (11, upd)):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            pc = ws.cell(r, 10)
            pc.fill = fill(FILL[rag])
            pc.border = BOX
            r += 1
        for c, v in ((1, risk), (2, desc), (3, owner), (4, cur[0]), (5, tgt[0]), (6, dot)):
            ws.cell(top, c, v)
            if n > 1:
                ws.merge_cells(start_row=top, start_column=c, end_row=top + n - 1, end_column=c)
            cell = ws.cell(top, c)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(top, 1).font = Font(bold=True)
        ws.cell(top, 4).fill = fill(FILL[cur[1]])
        ws.cell(top, 5).fill = fill(FILL[tgt[1]])
        ws.cell(top, 6).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(r, 1, "Risks removed this quarter: none. New risks added this quarter: none.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [22, 45, 20, 12, 11, 9, 50, 24, 13, 10, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
DOCX_FILL = {"Blue": "0070C0", "Complete": "0070C0", "Green": "00B050", "Amber": "FFC000",
             "Red": "FF0000", "Not started": "FFFFFF"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Windsor and Maidenhead SAB - SAR 'Ruth' multi-agency action plan
#    (docx: document control table, RAG key table, learning-theme headings,
#    one table per recommendation with merged recommendation row)
# ---------------------------------------------------------------------------
RBWM_TITLE = "Safeguarding Adults Review: Ruth – Multi-Agency Action Plan"
RBWM = [
    ("Learning theme 1: Self-neglect and fluctuating mental capacity", [
        ("Recommendation 1: The Board should seek assurance that all partner agencies are using the Berkshire self-neglect and hoarding protocol, including escalation to a Multi-Agency Risk Management (MARM) meeting where risk remains high.", [
            ("1.1", "Relaunch the self-neglect and hoarding protocol through a 7-minute briefing and a practitioner webinar.",
             "SAB Business Manager", "March 2025",
             "7-minute briefing published February 2025; webinar held 6 March 2025 (112 attendees).", "Complete"),
            ("1.2", "Audit a sample of 20 self-neglect cases across Adult Social Care, Berkshire Healthcare and Thames Valley Police to test use of the MARM process; report findings to the Quality Assurance Subgroup.",
             "Chair of Quality Assurance Subgroup\nHead of Adult Safeguarding (RBWM)", "September 2025",
             "Audit tool agreed. Case selection delayed while Thames Valley Police confirmed data-sharing; fieldwork now October.", "Amber"),
        ]),
        ("Recommendation 2: Agencies should ensure that mental capacity assessments are decision-specific, time-specific and revisited when a person's presentation changes, including consideration of executive capacity.", [
            ("2.1", "Deliver training on executive capacity to social work, housing and primary care practitioners, using Ruth's story as a learning resource.",
             "Principal Social Worker (Adults)", "Dec 2025",
             "Two of four sessions delivered; family have agreed to the use of Ruth's story.", "Green"),
            ("2.2", "Update the Mental Capacity Act policy and assessment template to include prompts on executive functioning.",
             "MCA Lead – Adult Social Care", "31/10/2025",
             "Draft template out for consultation.", "Green"),
        ]),
    ]),
    ("Learning theme 2: Working with carers and family", [
        ("Recommendation 3: Partners should ensure that carers are offered a carer's assessment and that their views are recorded in care and support planning.", [
            ("3.1", "Review the carers' assessment referral pathway from hospital discharge with Frimley Health and the Carers' Hub.",
             "Head of Commissioning; Carers Lead – Frimley ICB", "January 2026",
             "Pathway mapping workshop held 18 September.", "Green"),
            ("3.2", "Add a mandatory field to the case recording system to record the carer's views and whether a carer's assessment was offered.",
             "Systems Development Manager", "Nov 2025",
             "Change cannot be made until the case recording system upgrade is complete; no revised date yet.", "Red"),
        ]),
    ]),
    ("Learning theme 3: Multi-agency information sharing", [
        ("Recommendation 4: The Board should seek assurance that information about risk is shared between GP practices, the ambulance service and Adult Social Care when repeated welfare concerns are raised.", [
            ("4.1", "Agree an information-sharing pathway for repeat South Central Ambulance Service welfare referrals, with a named point of contact at the Adult Social Care front door.",
             "Designated Nurse for Safeguarding Adults (Frimley ICB)", "Ongoing – reviewed quarterly",
             "Pathway agreed in principle; named contact in place since July.", "Green"),
            ("4.2", "Test the pathway through a multi-agency case file audit and report the outcome to the Board.\nShare the learning with the Slough and Bracknell Forest Safeguarding Adults Boards.",
             "SAB Independent Chair", "March 2026",
             "", "Not started"),
        ]),
    ]),
]


def build_rbwm(path):
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Windsor and Maidenhead Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(RBWM_TITLE, level=0)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Safeguarding Adults Review (SAR) "
        "published by the Board in January 2025. Progress is monitored by the SAR Subgroup and "
        "reported to each Board meeting. Ruth is the name chosen by her family.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Status"),
          ("0.3", "14/01/2025", "SAB Business Manager", "Draft for SAR Subgroup"),
          ("1.0", "05/02/2025", "SAB Business Manager", "Approved by the Board"),
          ("1.4", "02/10/2025", "SAB Business Manager", "Progress update for Board 16 October 2025")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for j, (word, meaning) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                         ("Amber", "Some slippage"), ("Red", "Off track / not progressing")]):
        set_cell(k.cell(0, j), f"{word} – {meaning}", bold=True)
        shade(k.cell(0, j), DOCX_FILL[word])

    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(2.8), Cm(7.0), Cm(2.2)]
    for theme, recs in RBWM:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            tb = doc.add_table(rows=2 + len(acts), cols=6)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 5))
            set_cell(top, rec, bold=True, size=10)
            shade(top, "DDEBF7")
            for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
                set_cell(tb.cell(1, j), h, bold=True)
                shade(tb.cell(1, j), "BDD7EE")
            for i, (ref, action, lead, tdate, prog, rag) in enumerate(acts):
                row = 2 + i
                for j, v in enumerate([ref, action, lead, tdate, prog, rag]):
                    set_cell(tb.cell(row, j), v)
                shade(tb.cell(row, 5), DOCX_FILL[rag])
            for row in tb.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Signed off by", "Role", "Date"]):
        set_cell(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["Independent Chair", "Windsor and Maidenhead SAB", "05/02/2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Tandridge CSP - DHR 'Holly' action plan (docx: Home Office style
#    template - recommendation and scope merged down over actions; second
#    table of single agency recommendations with an Agency column)
# ---------------------------------------------------------------------------
TAN_TITLE = "Domestic Homicide Review: ‘Holly’ – Action Plan"
TAN_S1 = "Section 1: Overview report recommendations"
TAN_S2 = "Section 2: Single agency recommendations"
TAN_OVERVIEW = [
    ("1. The Tandridge Community Safety Partnership should work with Surrey County Council to raise awareness of economic abuse and coercive control among older people and their families.",
     "Local", [
         ("1.1", "Commission a communications campaign on economic abuse aimed at older residents, using libraries, GP surgeries and faith groups.",
          "Tandridge District Council", "Campaign materials agreed with Your Sanctuary and Age UK Surrey.",
          "March 2025", "April 2025 – campaign launched; 1,200 leaflets distributed.", "Complete"),
         ("1.2", "Deliver a briefing on economic abuse to members of the Tandridge Community Safety Partnership and the Surrey Domestic Abuse Partnership Board.",
          "Tandridge DC / Your Sanctuary", "Briefing content drafted.",
          "June 2025", "", "Amber"),
     ]),
    ("2. Surrey Police and Surrey County Council Adult Social Care should ensure that when a domestic abuse incident involves a victim with care and support needs, a safeguarding adults concern is raised.",
     "Surrey-wide", [
         ("2.1", "Audit domestic abuse incidents involving adults aged over 65 to test whether a safeguarding concern was raised, and report the findings to the Surrey Safeguarding Adults Board.",
          "Surrey Police\nSurrey County Council Adult Social Care", "Audit scope agreed at SSAB Quality Assurance Subgroup.",
          "September 2025", "", "Green"),
         ("2.2", "Amend the DASH risk assessment guidance to prompt officers to consider care and support needs.",
          "Surrey Police", "Guidance amendment submitted to Force policy owner.",
          "December 2025", "", "Green"),
     ]),
    ("3. GP practices in East Surrey should routinely enquire about domestic abuse where there are indicators, and record disclosures using the appropriate clinical codes.",
     "Local", [
         ("3.1", "Roll out IRIS (Identification and Referral to Improve Safety) training to all GP practices in the Tandridge primary care networks.",
          "NHS Surrey Heartlands ICB", "8 of 14 practices trained.",
          "March 2026", "", "Amber"),
     ]),
]
TAN_SINGLE = [
    ("SA1", "Surrey and Borders Partnership NHS Foundation Trust",
     "Staff in the older adults community mental health team should routinely ask about domestic abuse when a family member is the main carer.",
     "Include routine enquiry prompts in the older adults assessment template and audit compliance after six months.",
     "Associate Director of Safeguarding", "Ongoing", "", "Green"),
    ("SA2", "Surrey and Sussex Healthcare NHS Trust",
     "The Emergency Department at East Surrey Hospital should ensure that patients presenting with injuries are seen alone for part of the consultation.",
     "Issue a 'see alone' standard operating procedure for the Emergency Department and include it in induction for new staff.",
     "Named Nurse for Safeguarding Adults", "31/08/2025", "July 2025 – SOP issued and included in ED induction.", "Complete"),
    ("SA3", "Raven Housing Trust",
     "Housing officers should be trained to recognise and respond to signs of coercive control during tenancy visits.",
     "Deliver DAHA-accredited domestic abuse training to all housing officers.",
     "Head of Tenancy Services", "Jan-26", "", "Amber"),
]


def build_tandridge(path):
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Tandridge Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(TAN_TITLE, level=0)
    doc.add_paragraph("Domestic Homicide Review into the death of ‘Holly’, aged 78, in September 2023.")
    doc.add_paragraph("Action plan updated October 2025 for the Tandridge CSP meeting on 5 November 2025. "
                      "RAG status: Complete / Green (on track) / Amber (delayed) / Red (not progressing).")

    doc.add_heading(TAN_S1, level=1)
    heads = ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    n = 1 + sum(len(a) for _, _, a in TAN_OVERVIEW)
    t = doc.add_table(rows=n, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    row = 1
    for rec, scope, acts in TAN_OVERVIEW:
        top = row
        for (ref, action, lead, miles, tdate, done, rag) in acts:
            for j, v in ((0, ref), (3, action), (4, lead), (5, miles), (6, tdate), (7, done), (8, rag)):
                set_cell(t.cell(row, j), v)
            row += 1
        if len(acts) > 1:
            rc = t.cell(top, 1).merge(t.cell(row - 1, 1))
            sc = t.cell(top, 2).merge(t.cell(row - 1, 2))
        else:
            rc, sc = t.cell(top, 1), t.cell(top, 2)
        set_cell(rc, rec)
        set_cell(sc, scope)

    doc.add_paragraph()
    doc.add_heading(TAN_S2, level=1)
    heads2 = ["Ref", "Agency", "Recommendation", "Action to take", "Lead",
              "Target date", "Date of completion and outcome", "RAG"]
    t2 = doc.add_table(rows=1 + len(TAN_SINGLE), cols=len(heads2))
    t2.style = "Table Grid"
    for j, h in enumerate(heads2):
        set_cell(t2.cell(0, j), h, bold=True)
        shade(t2.cell(0, j), "D9D9D9")
    for i, vals in enumerate(TAN_SINGLE):
        for j, v in enumerate(vals):
            set_cell(t2.cell(1 + i, j), v)

    doc.add_paragraph()
    doc.add_paragraph("Recommendations from this review are also reported to the Surrey Domestic Abuse "
                      "Partnership Board and the Home Office Quality Assurance Panel.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Dacorum BC - transformation programme highlight report (csv export,
#    workstream filled down, baseline and forecast dates, summary line)
#    One forecast date is mistyped: 'Febuary 2026'  -> refuse case.
# ---------------------------------------------------------------------------
DAC_ROWS = [
    ["Dacorum Borough Council", "", "", "", "", "", "", "", ""],
    ["Transformation Programme – Highlight Report", "", "", "", "", "", "", "", ""],
    ["Reporting period: November 2025", "", "", "", "", "", "", "", ""],
    ["Transformation Programme Board: 9 December 2025", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Workstream", "Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
     "Status", "Commentary", "Decision required"],
    ["Customer Access & Digital", "CD1",
     "Launch the new customer portal with online council tax and waste services",
     "Head of Customer Services", "Sep-25", "Jan-26", "Amber",
     "Integration with the revenues system took longer than planned; soft launch to staff in December", "No"],
    ["", "CD2",
     "Implement the cloud contact centre telephony replacement across the Customer Service Unit",
     "ICT Programme Manager", "Nov-25", "Nov-25", "Complete",
     "Went live 10 November 2025; call abandonment rate down from 14% to 6%", "No"],
    ["", "CD3",
     "Retire the legacy CRM system and migrate open cases to the new platform",
     "ICT Programme Manager / Head of Customer Services", "Mar-26", "Febuary 2026", "Green",
     "Data cleansing complete; migration dry run scheduled for January", "No"],
    ["Workforce & Ways of Working", "WW1",
     "Complete the job evaluation and pay-line review",
     "Head of People", "Dec-25", "Mar-26", "Red",
     "Appeals backlog; additional evaluator capacity needed", "Yes – approve £40k for external evaluators"],
    ["", "WW2",
     "Roll out the hybrid working policy and consolidate office space at The Forum",
     "Head of Property", "Oct-25", "Oct-25", "Green",
     "Second floor released for letting", "No"],
    ["Commercial & Assets", "CA1",
     "Agree the asset disposal programme for 2026/27 at Cabinet",
     "Head of Commercial Development", "Jan-26", "Jan-26", "Green",
     "Report on Cabinet forward plan for 20 January", "No"],
    ["", "CA2",
     "Complete garage site redevelopment feasibility studies (phase 2)",
     "Assistant Director Housing Development", "Mar-26", "Jun-26", "Amber",
     "Ground investigation surveys delayed by contractor availability", "No"],
    ["", "", "", "", "", "", "", "", ""],
    ["Summary", "", "7 milestones", "", "", "", "Complete 1; Green 3; Amber 2; Red 1", "", ""],
]


def build_dacorum(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in DAC_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Epsom & Ewell CSP - Community Safety Plan 2025-26 action plan
#    (tab-separated text export; priority heading lines; a continuation
#    line of action text; key redefines C = complete)
# ---------------------------------------------------------------------------
EE_LINES = [
    "Epsom & Ewell Community Safety Partnership",
    "Community Safety Plan 2025–2026: Action Plan",
    "Progress update for the CSP Strategic Group – 14 October 2025",
    "RAG: G = on track; A = some delay; R = significant concern; C = complete",
    "",
    "Ref\tAction\tLead\tPartners\tTimescale\tProgress (Q2)\tRAG",
    "Priority 1 – Reducing anti-social behaviour and neighbourhood crime",
    "1.1\tDeliver a programme of multi-agency days of action in Epsom town centre and the Court Recreation Ground hotspot.\tCommunity Safety Officer / Surrey Police Neighbourhood Inspector\tSurrey Police; EEBC Parks; Rosebery Housing\tQuarterly\tTwo days of action held (July and September); next planned for December.\tG",
    "1.2\tReview ASB Case Reviews (Community Trigger) received in 2024-25 to identify learning, and publish the annual data on the Council's website.\tCommunity Safety Officer\tSurrey Police; housing providers\tMarch 2026\tThree case reviews received; learning review to November Strategic Group.\tG",
    "1.3\tConsult on a Public Spaces Protection Order (PSPO) for the Ewell Village and Stoneleigh Broadway areas\tHead of Housing and Community\tSurrey Police; Legal Services\tSept 2025 – March 2026\tEvidence pack being compiled; consultation to open in January rather than November.\tA",
    "\tand report the outcome to the Crime and Disorder Committee.\t\t\t\t\t",
    "Priority 2 – Protecting vulnerable people from exploitation and domestic abuse",
    "2.1\tEnsure all CSP partner agencies have trained domestic abuse champions using the Surrey Domestic Abuse Partnership training offer.\tEEBC Domestic Abuse Lead\tSurrey DA outreach services\tDec 2025\t22 champions trained across 7 agencies.\tG",
    "2.2\tMonitor referrals to the Community Harm and Risk Management Meeting (CHaRMM) and report themes to the CSP Strategic Group.\tChair of CHaRMM\tAll CSP partners\tBi-monthly\tThemes report presented in August: cuckooing and hoarding.\tG",
    "2.3\tAchieve White Ribbon accreditation for Epsom & Ewell Borough Council.\tHead of HR; Community Safety Officer\tWhite Ribbon UK\tNov-25\tAccreditation awarded 2 October 2025.\tC",
    "Priority 3 – Tackling serious violence and reducing reoffending",
    "3.1\tMap youth provision in the borough with Surrey youth offer partners and identify gaps for young people at risk of serious violence.\tSurrey County Council Youth Service; Community Safety Officer\tSurrey Youth Offer; schools\tJan 2026\tMapping survey issued; response rate low so deadline extended.\tA",
    "3.2\tDeliver the local Serious Violence Duty action plan and contribute data to the Surrey strategic needs assessment refresh.\tSurrey Police District Commander\tSurrey County Council; Probation Service; ICB\t31/03/2026\tData-sharing agreement not yet signed by all specified authorities.\tR",
    "",
    "Note: the action plan is reviewed at each CSP Strategic Group meeting. Timescales are completion dates unless stated.",
]


def build_epsom(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(EE_LINES) + "\r\n")


FILES = {
    "kp2-norfolk-and-norwich-university-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx": build_nnuh,
    "kp2-whittington-health-nhs-trust-board-public-action-log.xlsx": build_whittington,
    "kp2-south-staffordshire-council-corporate-risk-register-q3-2025-26.xlsx": build_south_staffs,
    "kp2-windsor-maidenhead-sab-sar-ruth-action-plan.docx": build_rbwm,
    "kp2-tandridge-csp-dhr-holly-action-plan.docx": build_tandridge,
    "kp2-dacorum-bc-transformation-programme-highlight-report-typo-month-refuse.csv": build_dacorum,
    "kp2-epsom-ewell-csp-community-safety-plan-2025-26-action-plan.txt": build_epsom,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
