"""Build the seven fl2- blind test files (set heldout202).

Run with /work/main/.venv/bin/python fl2_make.py (needs openpyxl, python-docx).
Each data list below carries the text written into the file; the keys ref/under/
action/lead/end/end_text/status are the reading a person makes of that row.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
FILLS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS Sussex ICB - Board meeting in public action log (xlsx)
# ---------------------------------------------------------------------------
ICB_FILE = "fl2-nhs-sussex-icb-board-action-log.xlsx"
ICB_TITLE = "NHS Sussex Integrated Care Board – Board Meeting in Public: Action Log"
ICB_MEETINGS = [
    ("Board meeting – 10 July 2025", [
        dict(ref="A25/041", minute="54/25",
             action="Provide the Board with an analysis of the increase in mental health out-of-area "
                    "placements during Q1, including the actions agreed with Sussex Partnership NHS "
                    "Foundation Trust to repatriate patients.",
             owner="Chief Nursing Officer", due=d(2025, 9, 4), revised=d(2025, 12, 4),
             update="Analysis presented to the Quality Committee on 16 October 2025.\n"
                    "Summary included in the Integrated Performance Report on today's agenda. "
                    "Proposed for closure.",
             fill=GREEN,
             lead=["Chief Nursing Officer"], end="2025-12", status="blue"),
        dict(ref="A25/043", minute="57/25",
             action="Confirm the timetable for public engagement on the future of community hospital "
                    "beds at Crowborough and share it with Board members.",
             owner="Chief Strategy Officer / Director of Communications", due=d(2025, 9, 4), revised=None,
             update="Timetable delayed pending NHS England assurance of the case for change. "
                    "Revised timetable expected January 2026.",
             fill=RED,
             lead=["Chief Strategy Officer", "Director of Communications"], end="2025-09", status="red"),
        dict(ref="A25/046", minute="59/25",
             action="Bring a report on the ICB's progress against the Month 3 financial recovery "
                    "trajectory, including the risk-adjusted position for system partners.",
             owner="Chief Finance Officer", due=d(2025, 9, 4), revised=None,
             update="Report received at the September Board (item 68/25).",
             fill=GREEN,
             lead=["Chief Finance Officer"], end="2025-09", status="blue"),
    ]),
    ("Board meeting – 4 September 2025", [
        dict(ref="A25/058", minute="71/25",
             action="Circulate the Primary Care Access Recovery Plan dashboard to Board members each "
                    "month, with practice-level data on the use of online consultation.",
             owner="Director of Primary Care", due="Monthly", revised=None,
             update="September and October dashboards circulated. Practice-level data to be added "
                    "from the November edition.",
             fill=AMBER,
             lead=["Director of Primary Care"], end=None, end_text="Monthly", status="amber"),
        dict(ref="A25/060", minute="73/25",
             action="Work with East Sussex County Council, West Sussex County Council and Brighton & "
                    "Hove City Council on a joint plan to reduce the number of people with no criteria "
                    "to reside in acute beds, and report progress to the Board.",
             owner="Chief Delivery Officer; Director of Adult Social Care (WSCC)",
             due=d(2025, 12, 4), revised=d(2026, 1, 15),
             update="Joint discharge summit held 30 October 2025. Draft plan going to the three Health "
                    "and Wellbeing Boards in December; report moved to the January Board.",
             fill=AMBER,
             lead=["Chief Delivery Officer", "Director of Adult Social Care (WSCC)"], end="2026-01",
             status="amber"),
        dict(ref="A25/062", minute="75/25",
             action="Arrange a Board development session on population health management and the use "
                    "of the Sussex Integrated Dataset.",
             owner="Chief Digital and Information Officer", due=d(2025, 11, 6), revised=None,
             update="Session held on 6 November 2025.",
             fill=GREEN,
             lead=["Chief Digital and Information Officer"], end="2025-11", status="blue"),
    ]),
    ("Board meeting – 6 November 2025", [
        dict(ref="A25/077", minute="88/25",
             action="Include the outcome of the winter surge exercise (Exercise South Downs) and the "
                    "lessons identified in the Winter Plan update.",
             owner="Chief Delivery Officer", due=d(2025, 12, 4), revised=None,
             update="Exercise held 19 November 2025; lessons report in draft.",
             fill=AMBER,
             lead=["Chief Delivery Officer"], end="2025-12", status="amber"),
        dict(ref="A25/079", minute="90/25",
             action="Review the wording of the Board Assurance Framework risk on children and young "
                    "people's mental health waiting times and bring back a revised risk description.",
             owner="Chief Nursing Officer / Board Secretary", due=d(2026, 1, 15), revised=None,
             update="",
             fill=AMBER,
             lead=["Chief Nursing Officer", "Board Secretary"], end="2026-01", status="amber"),
        dict(ref="A25/081", minute="91/25",
             action="Write to NHS England on behalf of the Board setting out the ICB's concerns about "
                    "the effect of the running cost reduction on statutory safeguarding functions.",
             owner="Chair", due=d(2025, 11, 30), revised=None,
             update="Draft letter with the Chair for approval.",
             fill=RED,
             lead=["Chair"], end="2025-11", status="red"),
    ]),
]


def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = [11, 10, 60, 28, 13, 13, 55, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = ICB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Updated for the Board meeting on 4 December 2025. Open actions and actions proposed for closure."
    ws.merge_cells("A2:H2")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "Red – overdue"
    ws["B3"].fill = fill(RED)
    ws["C3"] = "Amber – in progress, not yet due"
    ws["C3"].fill = fill(AMBER)
    ws["D3"] = "Green – complete, proposed for closure"
    ws["D3"].fill = fill(GREEN)
    headers = ["Action Ref", "Minute Ref", "Action", "Owner", "Due Date", "Revised Due Date",
               "Update", "Status"]
    r = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BORDER
    for band, rows in ICB_MEETINGS:
        r += 1
        ws.cell(r, 1, band).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for a in rows:
            r += 1
            vals = [a["ref"], a["minute"], a["action"], a["owner"], a["due"], a["revised"],
                    a["update"] or None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(a["fill"])
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Guidance")
    g["A1"] = "About this action log"
    g["A1"].font = Font(bold=True)
    rows = [
        ("Owner", "Board Secretary"),
        ("Version", "v14"),
        ("Last updated", "26/11/2025"),
        ("Closed actions", "Actions agreed for closure by the Board are moved to the closed actions archive "
                           "held by the Board Secretary."),
        ("Queries", "board.secretary@sussex.ics.example"),
    ]
    for i, (k, v) in enumerate(rows, 3):
        g.cell(i, 1, k).font = Font(bold=True)
        g.cell(i, 2, v)
    g.column_dimensions["A"].width = 18
    g.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, ICB_FILE))


# ---------------------------------------------------------------------------
# 2. Gloucestershire Hospitals NHSFT - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
MAT_FILE = "fl2-gloucestershire-hospitals-nhsft-maternity-improvement-plan.xlsx"
MAT_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"
MAT_PLAN = [
    ("Workstream 1 – Safe staffing and workforce",
     "CQC MD1: The trust must ensure that there are sufficient numbers of suitably qualified, competent "
     "and experienced midwifery staff deployed to keep women and babies safe. (Regulation 18)",
     [
         dict(ref="1.1",
              action="Complete the Birthrate Plus® reassessment of the midwifery establishment and present "
                     "the recommended uplift to the Board of Directors.",
              who="Director of Midwifery", orig=d(2025, 9, 30), rev=None,
              update="Reassessment completed August 2025; uplift of 9.4 WTE approved by the Board on "
                     "11 September 2025.",
              evidence="Board paper BoD/25/118", prev="G", cur="B",
              lead=["Director of Midwifery"], end="2025-09", status="blue"),
         dict(ref="1.2",
              action="Recruit to the 18.6 WTE midwifery vacancies identified in the establishment review, "
                     "including the international recruitment cohort starting in November 2025.",
              who="Director of Midwifery / Head of Workforce (W&C)", orig=d(2025, 12, 31), rev=d(2026, 3, 31),
              update="11.2 WTE appointed; 4 international midwives awaiting NMC registration. "
                     "Date revised at the Maternity Assurance Group.",
              evidence="Monthly workforce report", prev="A", cur="A",
              lead=["Director of Midwifery", "Head of Workforce (W&C)"], end="2026-03", status="amber"),
         dict(ref="1.3",
              action="Introduce a twice-daily staffing huddle using the acuity tool, with escalation to the "
                     "manager on call when the acuity tool shows red.",
              who="Deputy Head of Midwifery", orig=d(2025, 10, 31), rev=None,
              update="Huddles embedded at 08:00 and 20:00 since October 2025.",
              evidence="Huddle log; acuity tool audit", prev="G", cur="B",
              lead=["Deputy Head of Midwifery"], end="2025-10", status="blue"),
     ]),
    ("Workstream 2 – Triage and assessment",
     "CQC MD2: The trust must ensure that women attending maternity triage are assessed by a midwife "
     "within 15 minutes of arrival using a standardised tool. (Regulation 12)",
     [
         dict(ref="2.1",
              action="Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the "
                     "maternity assessment unit at Gloucestershire Royal Hospital.",
              who="Triage Matron", orig=d(2025, 11, 30), rev=d(2026, 2, 28),
              update="BSOTS training 82% complete; go-live planned for 2 February 2026.",
              evidence="Training records", prev="A", cur="G",
              lead=["Triage Matron"], end="2026-02", status="green"),
         dict(ref="2.2",
              action="Audit compliance with the 15-minute assessment standard and report the results to "
                     "the Maternity and Neonatal Safety Champions meeting.",
              who="Quality and Governance Lead Midwife", orig="Monthly", rev=None,
              update="October 71%, November 78%, December 84%.",
              evidence="Audit reports", prev="G", cur="G",
              lead=["Quality and Governance Lead Midwife"], end=None, end_text="Monthly", status="green"),
         dict(ref="2.3",
              action="Set up a dedicated maternity telephone triage line staffed 24/7 by a midwife, "
                     "separate from the delivery suite.",
              who="Head of Midwifery", orig=d(2025, 8, 31), rev=d(2025, 12, 31),
              update="Not yet in place: business case for 5.6 WTE not approved. Escalated to the "
                     "Executive Delivery Group.",
              evidence="", prev="R", cur="R",
              lead=["Head of Midwifery"], end="2025-12", status="red"),
     ]),
    ("Workstream 3 – Fetal monitoring and escalation",
     "MIS Safety Action 6: Saving Babies' Lives Care Bundle Version 3 – Element 4, effective fetal "
     "monitoring during labour",
     [
         dict(ref="3.1",
              action="Appoint a fetal monitoring lead midwife and a lead obstetrician, each with 0.4 WTE "
                     "protected time.",
              who="Clinical Director – Obstetrics", orig=d(2025, 9, 30), rev=None,
              update="Both posts appointed from 1 September 2025.",
              evidence="Job plans", prev="B", cur="B",
              lead=["Clinical Director – Obstetrics"], end="2025-09", status="blue"),
         dict(ref="3.2",
              action="Ensure at least 90% of midwives and obstetricians complete annual fetal monitoring "
                     "training and competency assessment.",
              who="Fetal Monitoring Lead Midwife & Lead Obstetrician for Fetal Monitoring",
              orig=d(2026, 3, 31), rev=None,
              update="Midwives 88%, obstetricians 71%. Additional sessions booked for February.",
              evidence="Training dashboard", prev="A", cur="A",
              lead=["Fetal Monitoring Lead Midwife", "Lead Obstetrician for Fetal Monitoring"],
              end="2026-03", status="amber"),
         dict(ref="3.3",
              action="Introduce an hourly \u2018fresh eyes\u2019 review of CTGs in labour and audit "
                     "compliance quarterly.",
              who="Labour Ward Coordinators", orig="Q4 2025/26", rev=None,
              update="Sticker and digital prompt in use; first quarterly audit 91%.",
              evidence="Q3 audit", prev="G", cur="G",
              lead=["Labour Ward Coordinators"], end="2026-03", status="green"),
     ]),
    ("Workstream 4 – Listening to women and families",
     "CQC SD3: The trust should ensure that complaints are responded to within the timescales set out "
     "in the trust's complaints policy.",
     [
         dict(ref="4.1",
              action="Co-produce a revised maternity concerns and complaints pathway with the Maternity and "
                     "Neonatal Voices Partnership (MNVP).",
              who="Patient Experience Midwife; MNVP Chair", orig=d(2026, 1, 31), rev=None,
              update="Two co-production workshops held; draft pathway out for comment.",
              evidence="Workshop notes", prev="G", cur="G",
              lead=["Patient Experience Midwife", "MNVP Chair"], end="2026-01", status="green"),
         dict(ref="4.2",
              action="Hold quarterly listening events for families, including families from Black, Asian "
                     "and minority ethnic communities, and publish a \u2018You said, we did\u2019 update.",
              who="Director of Midwifery", orig="Ongoing", rev=None,
              update="Events held in Gloucester (July) and Cheltenham (October).",
              evidence="MNVP 15 Steps report", prev="G", cur="G",
              lead=["Director of Midwifery"], end=None, end_text="Ongoing", status="green"),
     ]),
]


def make_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MAT_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Gloucestershire Hospitals NHS Foundation Trust – Women's and Children's Division"
    cov["A3"] = "Report to: Quality and Performance Committee, 28 January 2026"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("3.0", "15/07/2025", "Maternity Governance Team", "Plan agreed following CQC report"),
          ("4.0", "14/10/2025", "Maternity Governance Team", "Q2 update; MIS Year 7 actions added"),
          ("4.1", "19/01/2026", "Maternity Governance Team", "Q3 update for Committee")]
    for i, row in enumerate(dc, 6):
        for j, v in enumerate(row, 1):
            cell = cov.cell(i, j, v)
            cell.border = BORDER
            if i == 6:
                cell.font = Font(bold=True)
    for col, w in zip("ABCD", (10, 12, 28, 45)):
        cov.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "BRAG summary by workstream (current position)"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        summ.cell(3, j, h).font = Font(bold=True)
    tot = [0, 0, 0, 0, 0]
    r = 4
    for ws_name, _, acts in MAT_PLAN:
        counts = [len(acts)] + [sum(1 for a in acts if a["cur"] == k) for k in "BGAR"]
        summ.cell(r, 1, ws_name)
        for j, v in enumerate(counts, 2):
            summ.cell(r, j, v)
        tot = [x + y for x, y in zip(tot, counts)]
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        summ.cell(r, j, v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    cols = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
            "Progress update (January 2026)", "Evidence", "Previous BRAG", "Current BRAG"]
    widths = [6, 55, 30, 13, 13, 50, 22, 10, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = MAT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Sources: CQC inspection of maternity services (report published May 2025); Maternity "
                "Incentive Scheme Year 7; Three-year delivery plan for maternity and neonatal services.")
    ws.merge_cells("A2:I2")
    ws["A3"] = ("BRAG key: B = complete and evidenced; G = on track; A = risk to delivery, mitigation in "
                "place; R = off track / will not be delivered by the date")
    ws.merge_cells("A3:I3")
    r = 5
    for j, h in enumerate(cols, 1):
        cell = ws.cell(r, j, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BORDER
    for ws_name, finding, acts in MAT_PLAN:
        r += 1
        ws.cell(r, 1, ws_name).font = Font(bold=True, size=12, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(r, j).fill = fill("5B2C6F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        c = ws.cell(r, 1, finding)
        c.font = Font(bold=True, italic=True)
        c.alignment = WRAP
        for j in range(1, 10):
            ws.cell(r, j).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 32
        for a in acts:
            r += 1
            vals = [a["ref"], a["action"], a["who"], a["orig"], a["rev"], a["update"],
                    a["evidence"] or None, a["prev"], a["cur"]]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(r, j, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(FILLS[a["prev"]])
            ws.cell(r, 9).fill = fill(FILLS[a["cur"]])
            for j in (8, 9):
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
    ws.freeze_panes = "C6"
    wb.save(os.path.join(HERE, MAT_FILE))


# ---------------------------------------------------------------------------
# 3. Stevenage BC - strategic risk register Q2 2025/26 (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
SRR_FILE = "fl2-stevenage-bc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"
SRR_TITLE = "Stevenage Borough Council – Strategic Risk Register, Quarter 2 2025/26"
SRR_RISKS = [
    dict(ref="SR1",
         title="Financial sustainability\nRisk that the Council cannot set a balanced budget over the "
               "Medium Term Financial Strategy period because of demand pressures, inflation and the "
               "outcome of the Fair Funding Review.",
         owner="Strategic Director (s151 Officer)", inherent="4 x 4 = 16", current="4 x 3 = 12",
         target="3 x 3 = 9", dot="\u2194",
         actions=[
             ("Deliver the Making Your Money Count savings programme of £1.9m for 2025/26.",
              "Assistant Director (Finance)", "Mar-2026", "£1.2m delivered at Q2; £0.4m at risk.", "A"),
             ("Refresh the MTFS for 2026/27 to 2028/29 once the provisional settlement is published.",
              "Strategic Director (s151 Officer)", "Feb-2026", "Initial modelling reported to Executive.", "G"),
         ]),
    dict(ref="SR2",
         title="Housing – building and tenant safety\nRisk that the Council fails to meet the Regulator "
               "of Social Housing consumer standards, Awaab's Law or building safety duties for its "
               "housing stock.",
         owner="Strategic Director (Communities and Neighbourhoods)", inherent="5 x 4 = 20",
         current="4 x 4 = 16", target="2 x 4 = 8", dot="\u2191",
         actions=[
             ("Complete Type 4 fire risk assessments for all eight high-rise blocks.",
              "Assistant Director (Housing Property Services)", "Dec-2025",
              "Five of eight completed.", "G"),
             ("Implement the damp and mould case management system to meet Awaab's Law timescales.",
              "Head of Housing Operations", "0ct-2025",
              "System configured; staff training under way.", "A"),
             ("Complete stock condition surveys for 100% of homes.",
              "Assistant Director (Housing Property Services)", "Mar-2026",
              "62% surveyed.", "A"),
         ]),
    dict(ref="SR3",
         title="Town centre regeneration (SG1)\nRisk that the regeneration programme is delayed or costs "
               "increase, affecting the Towns Fund and Levelling Up Partnership outcomes.",
         owner="Strategic Director (Place)", inherent="4 x 4 = 16", current="3 x 4 = 12",
         target="2 x 4 = 8", dot="\u2194",
         actions=[
             ("Agree the revised delivery programme for Plot K with the development partner.",
              "Assistant Director (Regeneration)", "Jan-2026", "Heads of terms under negotiation.", "A"),
             ("Report Towns Fund project assurance to the Stevenage Development Board each quarter.",
              "Regeneration Programme Manager", "Quarterly", "Q2 report submitted.", "G"),
         ]),
    dict(ref="SR4",
         title="Cyber security\nRisk of a cyber attack leading to loss of systems or data.",
         owner="Strategic Director (Corporate Services)", inherent="5 x 5 = 25", current="4 x 4 = 16",
         target="3 x 4 = 12", dot="\u2194",
         actions=[
             ("Achieve Public Services Network (PSN) re-certification.",
              "Shared ICT Service Manager", "Nov-2025", "Health check completed; remediation in progress.",
              "G"),
             ("Run a cyber incident exercise with the Executive team.",
              "Emergency Planning and Business Continuity Officer", "Mar-2026", "Date to be set.", "G"),
         ]),
]


def make_srr():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2 2025-26"
    cols = ["Risk Ref", "Risk Title & Description", "Risk Owner", "Inherent Score (L x I)",
            "Current Score (L x I)", "Target Score (L x I)", "Direction of Travel",
            "Further Mitigating Actions", "Action Owner", "Due Date", "Progress at Q2", "Action RAG"]
    widths = [8, 45, 24, 12, 12, 12, 10, 50, 26, 11, 36, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = SRR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Position at 30 September 2025. Reported to Audit Committee, 18 November 2025."
    ws.merge_cells("A2:L2")
    ws["A3"] = "Direction of travel: \u2191 risk increasing  \u2194 no change  \u2193 risk reducing"
    ws.merge_cells("A3:L3")
    r = 5
    for j, h in enumerate(cols, 1):
        cell = ws.cell(r, j, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BORDER
    typo_row = None
    for risk in SRR_RISKS:
        start = r + 1
        for i, (act, own, due, prog, rag) in enumerate(risk["actions"]):
            r += 1
            if i == 0:
                for j, v in enumerate([risk["ref"], risk["title"], risk["owner"], risk["inherent"],
                                       risk["current"], risk["target"], risk["dot"]], 1):
                    ws.cell(r, j, v).alignment = WRAP
            for j, v in enumerate([act, own, due, prog, rag], 8):
                ws.cell(r, j, v).alignment = WRAP
            ws.cell(r, 12).fill = fill(FILLS[rag])
            for j in range(1, 13):
                ws.cell(r, j).border = BORDER
            if due.startswith("0ct"):
                typo_row = r
        if r > start:
            for j in range(1, 8):
                ws.merge_cells(start_row=start, start_column=j, end_row=r, end_column=j)
    ws2 = wb.create_sheet("Scoring Matrix")
    ws2["A1"] = "Risk scoring: Likelihood (1 Rare – 5 Almost certain) x Impact (1 Minimal – 5 Critical)"
    ws2["A3"] = "Score 15–25"
    ws2["B3"] = "Red – unacceptable; quarterly review by SLT"
    ws2["A4"] = "Score 8–12"
    ws2["B4"] = "Amber – tolerable with further action"
    ws2["A5"] = "Score 1–6"
    ws2["B5"] = "Green – acceptable; annual review"
    wb.save(os.path.join(HERE, SRR_FILE))
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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    return sec


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


RAG_WORD_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE}


# ---------------------------------------------------------------------------
# 4. Hillingdon SAB - SAR 'Mr S' action plan (docx)
# ---------------------------------------------------------------------------
SAR_FILE = "fl2-hillingdon-sab-sar-mr-s-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review – Mr S: Multi-Agency Action Plan"
SAR_PLAN = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1: Hillingdon SAB should seek assurance that partner agencies use the "
         "multi-agency self-neglect and hoarding protocol, including the clutter image rating, when a "
         "person declines support.", [
             dict(ref="1.1",
                  action="Relaunch the self-neglect and hoarding protocol through practitioner briefings "
                         "across adult social care, housing and health.",
                  who="Head of Adult Safeguarding (LBH)", target="March 2026",
                  update="Four briefings delivered (112 staff). Two further sessions booked for February.",
                  rag="Green",
                  lead=["Head of Adult Safeguarding (LBH)"], end="2026-03", status="green"),
             dict(ref="1.2",
                  action="Audit 20 self-neglect cases to test whether the protocol and clutter image "
                         "rating were used, and report the findings to the Quality Assurance Subgroup.",
                  who="QA Subgroup Chair / Principal Social Worker", target="30/04/2026",
                  update="Audit tool agreed; case selection delayed by system migration.",
                  rag="Amber",
                  lead=["QA Subgroup Chair", "Principal Social Worker"], end="2026-04", status="amber"),
         ]),
        ("Recommendation 2: Partner agencies should ensure that fire risk is identified and shared where "
         "a person smokes, uses emollient creams and has limited mobility.", [
             dict(ref="2.1",
                  action="Promote referrals to London Fire Brigade for Home Fire Safety Visits for adults "
                         "with these risk factors, and add a referral prompt to the adult social care "
                         "assessment.",
                  who="LFB Borough Commander / Head of ASC Operations", target="December 2025",
                  update="Prompt added to the assessment form on 1 December 2025. Referrals up from 9 to "
                         "31 a month.",
                  rag="Complete",
                  lead=["LFB Borough Commander", "Head of ASC Operations"], end="2025-12", status="blue"),
             dict(ref="2.2",
                  action="Issue a 7-minute briefing on emollient fire risk to all GP practices and "
                         "community nursing teams.",
                  who="Designated Nurse Safeguarding Adults (NWL ICB)", target="Nov 2025",
                  update="Briefing issued 12 November 2025.",
                  rag="Blue",
                  lead=["Designated Nurse Safeguarding Adults (NWL ICB)"], end="2025-11", status="blue"),
         ]),
    ]),
    ("Theme 2: Mental capacity and executive functioning", [
        ("Recommendation 3: Hillingdon SAB should seek assurance that practitioners consider executive "
         "functioning when assessing the mental capacity of a person who repeatedly declines care.", [
             dict(ref="3.1",
                  action="Develop practice guidance on assessing executive functioning as part of Mental "
                         "Capacity Act assessments.",
                  who="Principal Social Worker", target="Q4 2025/26",
                  update="Draft guidance with the MCA Steering Group for comment.",
                  rag="Green",
                  lead=["Principal Social Worker"], end="2026-03", status="green"),
             dict(ref="3.2",
                  action="Deliver MCA masterclasses to 150 practitioners across adult social care, CNWL "
                         "and The Hillingdon Hospitals.",
                  who="MCA and DoLS Lead", target="June 2026",
                  update="64 practitioners trained to date.",
                  rag="Green",
                  lead=["MCA and DoLS Lead"], end="2026-06", status="green"),
         ]),
    ]),
    ("Theme 3: Hospital discharge", [
        ("Recommendation 4: The SAB should seek assurance that discharge planning for people who "
         "self-neglect includes a multi-agency meeting before the person leaves hospital.", [
             dict(ref="4.1",
                  action="Add a self-neglect screening question to the Transfer of Care Hub referral "
                         "form.",
                  who="Transfer of Care Hub Manager", target="Jan 2026",
                  update="Change request awaiting approval by the system digital board; not yet in place.",
                  rag="Red",
                  lead=["Transfer of Care Hub Manager"], end="2026-01", status="red"),
             dict(ref="4.2",
                  action="Review a sample of discharges of people known to self-neglect and report the "
                         "findings to the SAB.",
                  who="SAB Business Manager", target="Ongoing – six-monthly report",
                  update="First report due to the SAB in March 2026.",
                  rag="Green",
                  lead=["SAB Business Manager"], end=None, end_text="Ongoing – six-monthly report",
                  status="green"),
         ]),
    ]),
]


def make_sar():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Hillingdon Safeguarding Adults Board – OFFICIAL"
    doc.add_heading(SAR_TITLE, level=0)
    doc.add_paragraph("Progress update for the SAR Subgroup, January 2026")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "14/01/2026"), ("Prepared by", "SAB Business Manager"),
                 ("Approved by", "SAR Subgroup, 21/01/2026")]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete and evidenced"), ("Green", "On track"),
                          ("Amber", "Some delay – recovery in place"), ("Red", "Not on track / at risk")]:
        row = k.add_row().cells
        row[0].text = word
        shade(row[0], RAG_WORD_FILL[word])
        row[1].text = meaning
    doc.add_paragraph()
    headers = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3), Cm(7), Cm(2)]
    for theme, recs in SAR_PLAN:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            tbl = doc.add_table(rows=1, cols=len(headers))
            tbl.style = "Table Grid"
            for i, h in enumerate(headers):
                tbl.rows[0].cells[i].text = h
                shade(tbl.rows[0].cells[i], "DEEAF6")
            bold_row(tbl.rows[0])
            for a in acts:
                row = tbl.add_row().cells
                for i, v in enumerate([a["ref"], a["action"], a["who"], a["target"], a["update"], a["rag"]]):
                    row[i].text = v
                shade(row[5], RAG_WORD_FILL[a["rag"]])
            for row in tbl.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph()
    doc.add_paragraph("Plan owner: Independent Chair, Hillingdon Safeguarding Adults Board. "
                      "Next review: SAR Subgroup, April 2026.")
    doc.save(os.path.join(HERE, SAR_FILE))


# ---------------------------------------------------------------------------
# 5. Safer MK Partnership - DHR 'Claire' action plan (docx, Home Office template)
# ---------------------------------------------------------------------------
DHR_FILE = "fl2-safer-mk-partnership-dhr-claire-action-plan.docx"
DHR_TITLE = "Domestic Homicide Review \u2018Claire\u2019 – Action Plan"
DHR_SECTIONS = [
    ("Overview Report Recommendations", [
        ("1. Safer MK Partnership to seek assurance that agencies ask about domestic abuse routinely when "
         "an older person is assessed, and that carers who are also perpetrators are recognised.", "Local", [
             dict(action="Add routine enquiry questions about domestic abuse to the Care Act assessment.",
                  who="MK City Council – Adult Social Care",
                  milestones="Draft questions agreed with the Domestic Abuse Lead (November 2025).",
                  target="31st March 2026", outcome="", rag="Amber",
                  lead=["MK City Council – Adult Social Care"], end="2026-03", status="amber"),
             dict(action="Deliver training on domestic abuse in older people, including abuse by carers, "
                         "to adult social care and CNWL community staff.",
                  who="Safer MK Domestic Abuse Lead / CNWL Safeguarding Team",
                  milestones="Four of eight sessions delivered.",
                  target="September 2025 – February 2026", outcome="", rag="Green",
                  lead=["Safer MK Domestic Abuse Lead", "CNWL Safeguarding Team"], end="2026-02",
                  status="green"),
         ]),
        ("2. Thames Valley Police to ensure that officers attending calls from older victims complete the "
         "DASH risk assessment in full and consider a referral to MARAC.", "Local / Regional", [
             dict(action="Issue a force-wide briefing reminding officers to complete DASH in full for "
                         "victims aged 60 and over.",
                  who="Thames Valley Police",
                  milestones="Briefing agreed by the Force Domestic Abuse Lead.",
                  target="October 2025",
                  outcome="Completed 16/10/2025 – briefing published in the Force Bulletin.", rag="Blue",
                  lead=["Thames Valley Police"], end="2025-10", status="blue"),
             dict(action="Dip-sample 50 DASH forms for victims aged 60+ and report the findings to the "
                         "DHR Steering Group.",
                  who="Thames Valley Police", milestones="", target="Q4 2025/26", outcome="", rag="Green",
                  lead=["Thames Valley Police"], end="2026-03", status="green"),
         ]),
        ("3. Milton Keynes University Hospital to strengthen the identification of domestic abuse in the "
         "Emergency Department.", "Local", [
             dict(action="Appoint a hospital-based Independent Domestic Violence Advisor (IDVA) in the "
                         "Emergency Department.",
                  who="Milton Keynes University Hospital NHS FT",
                  milestones="Job description agreed; funding bid submitted to the ICB.",
                  target="December 2025", outcome="", rag="Red",
                  lead=["Milton Keynes University Hospital NHS FT"], end="2025-12", status="red"),
         ]),
    ]),
    ("Single Agency (IMR) Recommendations", [
        ("4. CNWL to review its was not brought / did not attend policy so that appointments missed by a "
         "carer on the patient's behalf prompt professional curiosity.", "Local", [
             dict(action="Amend the policy and cascade it to district nursing and community mental health "
                         "teams.",
                  who="CNWL", milestones="Policy amended; cascade under way.", target="January 2026",
                  outcome="", rag="Green",
                  lead=["CNWL"], end="2026-01", status="green"),
         ]),
        ("5. GP practices to record carer status and review it at least once a year.", "Local", [
             dict(action="Circulate guidance to all Milton Keynes practices on recording carer status and "
                         "recognising possible abuse by a carer.",
                  who="NHS Bedfordshire, Luton and Milton Keynes ICB",
                  milestones="Guidance included in the safeguarding newsletter (September 2025).",
                  target="Ongoing", outcome="", rag="Green",
                  lead=["NHS Bedfordshire, Luton and Milton Keynes ICB"], end=None, end_text="Ongoing",
                  status="green"),
             dict(action="Add a carer-status check to the annual safeguarding assurance visit to each "
                         "practice.",
                  who="BLMK ICB Designated Nurse for Safeguarding Adults", milestones="",
                  target="March 2026", outcome="", rag="Amber",
                  lead=["BLMK ICB Designated Nurse for Safeguarding Adults"], end="2026-03", status="amber"),
         ]),
    ]),
]


def make_dhr():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Safer MK Partnership – Community Safety Partnership for Milton Keynes"
    doc.add_heading(DHR_TITLE, level=0)
    doc.add_paragraph("Victim: \u2018Claire\u2019, aged 74. Overview report approved by the Home Office "
                      "Quality Assurance Panel in June 2025.")
    doc.add_paragraph("Action plan updated for the DHR Steering Group, December 2025. RAG: Blue = complete; "
                      "Green = on track; Amber = some slippage; Red = not on track.")
    headers = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
               "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
               "Date of completion and Outcome", "RAG"]
    widths = [Cm(5), Cm(2.2), Cm(5.5), Cm(3.3), Cm(4.3), Cm(2.4), Cm(3.3), Cm(1.5)]
    for section, recs in DHR_SECTIONS:
        doc.add_heading(section, level=1)
        tbl = doc.add_table(rows=1, cols=len(headers))
        tbl.style = "Table Grid"
        for i, h in enumerate(headers):
            tbl.rows[0].cells[i].text = h
            shade(tbl.rows[0].cells[i], "D9E2F3")
        bold_row(tbl.rows[0])
        for rec, scope, acts in recs:
            first = len(tbl.rows)
            for a in acts:
                row = tbl.add_row().cells
                vals = [None, None, a["action"], a["who"], a["milestones"], a["target"], a["outcome"],
                        a["rag"]]
                for i, v in enumerate(vals):
                    if v is not None:
                        row[i].text = v
                shade(row[7], RAG_WORD_FILL[a["rag"]])
            last = len(tbl.rows) - 1
            c0 = tbl.cell(first, 0)
            c1 = tbl.cell(first, 1)
            if last > first:
                c0 = c0.merge(tbl.cell(last, 0))
                c1 = c1.merge(tbl.cell(last, 1))
            c0.text = rec
            c1.text = scope
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Please send updates to the Safer MK Partnership DHR Coordinator by the end of each "
                      "quarter.")
    doc.save(os.path.join(HERE, DHR_FILE))


# ---------------------------------------------------------------------------
# 6. Bracknell Forest CSP - delivery plan 2025/26 Q2 (csv)
# ---------------------------------------------------------------------------
CSP_FILE = "fl2-bracknell-forest-csp-community-safety-delivery-plan-2025-26.csv"
CSP_TITLE = "Bracknell Forest Community Safety Partnership – Delivery Plan 2025/26 (Quarter 2 update)"
CSP_PLAN = [
    ("Priority 1: Tackling violence against women and girls and domestic abuse", [
        dict(ref="1.1",
             action="Refresh the Bracknell Forest Domestic Abuse Strategy and needs assessment for 2026–2029",
             who="Bracknell Forest Council (Community Safety)",
             partners="Thames Valley Police; Berkshire East and South Bucks Women's Aid",
             timescale="Mar-26", update="Needs assessment data collection complete; consultation in January.",
             rag="G", lead=["Bracknell Forest Council (Community Safety)"], end="2026-03", status="green"),
        dict(ref="1.2",
             action="Roll out the \u2018Ask for Angela\u2019 and Safe Spaces schemes in licensed premises in "
                    "the town centre",
             who="BFC Licensing & Thames Valley Police", partners="Pubwatch; The Lexicon",
             timescale="Sep-25", update="Launched at 34 venues in July 2025.",
             rag="C", lead=["BFC Licensing", "Thames Valley Police"], end="2025-09", status="blue"),
        dict(ref="1.3",
             action="Run Walk and Talk sessions with women and girls to identify places where they feel unsafe",
             who="Thames Valley Police", partners="BFC Community Safety; Youth Service",
             timescale="Q3 2025/26", update="Two walks held; low attendance, promoting through schools.",
             rag="A", lead=["Thames Valley Police"], end="2025-12", status="amber"),
    ]),
    ("Priority 2: Reducing serious violence and exploitation", [
        dict(ref="2.1",
             action="Deliver the Serious Violence Duty strategy actions for Bracknell Forest",
             who="Community Safety Manager", partners="Thames Valley Violence Reduction Unit",
             timescale="Ongoing", update="Strategy actions reviewed at the September CSP.",
             rag="G", lead=["Community Safety Manager"], end=None, end_text="Ongoing", status="green"),
        dict(ref="2.2",
             action="Deliver the youth diversion programme:\n- knife crime workshops in all six secondary "
                    "schools\n- detached youth work in Great Hollands and Wildridings",
             who="BFC Youth Service", partners="Schools; Thames Valley Police",
             timescale="Sept 2025 – July 2026",
             update="Workshops delivered in three schools. Detached team in place from October.",
             rag="G", lead=["BFC Youth Service"], end="2026-07", status="green"),
        dict(ref="2.3",
             action="Complete a county lines and cuckooing problem profile for Bracknell Forest",
             who="Thames Valley Police Intelligence Unit", partners="BFC Community Safety; Silva Homes",
             timescale="Dec-25", update="Analyst post vacant; profile now expected in Q4.",
             rag="R", lead=["Thames Valley Police Intelligence Unit"], end="2025-12", status="red"),
    ]),
    ("Priority 3: Anti-social behaviour and neighbourhood safety", [
        dict(ref="3.1",
             action="Review the town centre Public Spaces Protection Order before it expires",
             who="Head of Community Safety and Emergency Planning", partners="Thames Valley Police",
             timescale="31/10/2025", update="PSPO renewed by the Executive on 14 October 2025.",
             rag="C", lead=["Head of Community Safety and Emergency Planning"], end="2025-10", status="blue"),
        dict(ref="3.2",
             action="Introduce a shared ASB case management system for the council, Silva Homes and Thames "
                    "Valley Police",
             who="BFC / Silva Homes", partners="Thames Valley Police",
             timescale="Jun-26", update="Procurement options paper to the CSP Strategic Group in December.",
             rag="A", lead=["BFC", "Silva Homes"], end="2026-06", status="amber"),
        dict(ref="3.3",
             action="Hold ASB Case Review (Community Trigger) awareness sessions with ward councillors",
             who="Community Safety Manager", partners="Democratic Services",
             timescale="Quarterly", update="Q2 session held 9 September 2025.",
             rag="G", lead=["Community Safety Manager"], end=None, end_text="Quarterly", status="green"),
    ]),
]


def make_csp():
    ncol = 8
    rows = [
        [CSP_TITLE],
        ["Community Safety Plan 2025–2028"],
        ["RAG: G = on track; A = some slippage; R = off track; C = complete"],
        [],
        ["Priority", "Ref", "Action", "Lead agency", "Supporting partners", "Timescale",
         "Q2 progress update", "RAG"],
    ]
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    for prio, acts in CSP_PLAN:
        for i, a in enumerate(acts):
            rows.append([prio if i == 0 else "", a["ref"], a["action"], a["who"], a["partners"],
                         a["timescale"], a["update"], a["rag"]])
            counts[a["rag"]] += 1
    rows += [[], ["Summary"], ["RAG", "Number of actions"]]
    for k in "CGAR":
        rows.append([k, str(counts[k])])
    rows.append(["Total", str(sum(counts.values()))])
    rows.append([])
    rows.append(["Note: supporting partners are listed for information; the lead agency reports progress "
                 "to the CSP Strategic Group."])
    with open(os.path.join(HERE, CSP_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))


# ---------------------------------------------------------------------------
# 7. Southampton City Council - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
TXT_FILE = "fl2-southampton-city-council-transformation-programme-highlight-report.txt"
TXT_TITLE = "Southampton City Council – Transformation Programme Highlight Report"
TXT_PLAN = [
    ("WORKSTREAM 1: CUSTOMER AND DIGITAL", "Head of Customer and Digital Services", [
        dict(ref="1.1",
             action="Launch the resident online account (My Southampton) for council tax, benefits and "
                    "waste services",
             who="Head of Customer and Digital Services", due="30/11/2025", status_word="Amber",
             update="Council tax and benefits modules live; waste module delayed by supplier testing.",
             lead=["Head of Customer and Digital Services"], end="2025-11", status="amber"),
        dict(ref="1.2",
             action="Introduce AI-assisted webchat for the 20 most common customer enquiries",
             who="Digital Delivery Manager", due="Mar 2026 (revised from Dec 2025)", status_word="Green",
             update="Pilot on parking enquiries from 3 November.",
             lead=["Digital Delivery Manager"], end="2026-03", status="green"),
    ]),
    ("WORKSTREAM 2: ADULT SOCIAL CARE DEMAND", "Director of Adult Social Care", [
        dict(ref="2.1",
             action="Expand the reablement service to 120 new starts a month",
             who="Service Manager, Reablement / Head of Commissioning", due="Jan 2026", status_word="Green",
             update="104 starts in September; recruitment of 6 reablement workers complete.",
             lead=["Service Manager, Reablement", "Head of Commissioning"], end="2026-01", status="green"),
        dict(ref="2.2",
             action="Complete strengths-based practice training for all front-door adult social care staff",
             who="Principal Social Worker", due="31 October 2025", status_word="Complete",
             update="All 58 staff trained.",
             lead=["Principal Social Worker"], end="2025-10", status="blue"),
        dict(ref="2.3",
             action="Review all care packages costing over £1,500 a week at the Practice Review Panel",
             who="Head of Adult Social Care Operations", due="Ongoing (monthly panel)", status_word="Green",
             update="41 packages reviewed to date; £212k full-year saving.",
             lead=["Head of Adult Social Care Operations"], end=None, end_text="Ongoing (monthly panel)",
             status="green"),
    ]),
    ("WORKSTREAM 3: PROPERTY AND ASSETS", "Head of Property", [
        dict(ref="3.1",
             action="Complete the disposal of surplus office accommodation at One Guildhall Square",
             who="Head of Property", due="Q4 2025/26", status_word="Red",
             update="Preferred bidder withdrew in September; remarketing from November.",
             lead=["Head of Property"], end="2026-03", status="red"),
        dict(ref="3.2",
             action="Move Civic Centre west wing teams into the north block and close the west wing",
             who="Facilities Manager", due="Dec 2025", status_word="Amber",
             update="Moves phased over November; ICT cabling work slipped by two weeks.",
             lead=["Facilities Manager"], end="2025-12", status="amber"),
    ]),
    ("WORKSTREAM 4: WORKFORCE", "Chief People Officer", [
        dict(ref="4.1",
             action="Implement phase 2 of the management spans and layers review",
             who="Chief People Officer", due="Feb 2026", status_word="Green",
             update="Consultation closed 26 September; new structures confirmed.",
             lead=["Chief People Officer"], end="2026-02", status="green"),
    ]),
]


def make_txt():
    out = [
        TXT_TITLE,
        "Period 6 (September 2025)",
        "",
        "Report to: Transformation Board, 14 October 2025",
        "Programme SRO: Executive Director, Corporate Services",
        "Prepared by: Programme Management Office (PMO)",
        "",
        "Overall programme status: AMBER (previous period: AMBER)",
        "Savings 2025/26: target £12.4m | forecast £10.9m | gap £1.5m",
        "",
        "Summary: 8 milestones reported this period - 1 complete, 4 green, 2 amber, 1 red.",
        "",
    ]
    rule = "-" * 72
    for ws_name, ws_lead, acts in TXT_PLAN:
        out += [rule, ws_name, "Workstream lead: " + ws_lead, rule, ""]
        for a in acts:
            out.append(f"{a['ref']}  {a['action']}")
            out.append(f"     Owner: {a['who']}")
            out.append(f"     Due: {a['due']}")
            out.append(f"     Status: {a['status_word']}")
            out.append(f"     Update: {a['update']}")
            out.append("")
    out += [rule,
            "Decisions required from the Board: none this period.",
            "Next report: Period 8 (November 2025).",
            ""]
    with open(os.path.join(HERE, TXT_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def main():
    make_icb()
    make_maternity()
    row = make_srr()
    make_sar()
    make_dhr()
    make_csp()
    make_txt()
    print("typo row in", SRR_FILE, "=", row)


if __name__ == "__main__":
    main()
