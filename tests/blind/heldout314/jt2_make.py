"""Build the seven jt2- blind test files (set heldout314).

Run with: /work/main/.venv/bin/python jt2_make.py
Writes next to this script:
  jt2-portsmouth-hospitals-university-nhs-trust-maternity-neonatal-improvement-plan.xlsx
  jt2-stratford-on-avon-dc-strategic-risk-register-q2-2025-26.xlsx
  jt2-cumbria-combating-drugs-partnership-delivery-plan-2025-26.xlsx
  jt2-barts-health-nhs-trust-board-public-action-log.docx
  jt2-dundee-asp-committee-learning-review-mr-c-improvement-action-plan.docx
  jt2-ribble-valley-csp-dhr-eileen-action-plan-typo-month-refuse.csv
  jt2-lancaster-city-council-fit-for-future-transformation-highlight-report.txt
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "B": "0070C0", "Blue": "0070C0", "Complete": "0070C0",
    "G": "00B050", "Green": "00B050", "On track": "00B050",
    "A": "FFC000", "Amber": "FFC000", "Behind schedule": "FFC000",
    "R": "FF0000", "Red": "FF0000", "Significantly delayed": "FF0000",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Portsmouth Hospitals University NHS Trust - maternity & neonatal plan
# ---------------------------------------------------------------------------
def portsmouth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Portsmouth Hospitals University NHS Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "Maternity and Neonatal Improvement Plan"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Incorporating the CQC maternity inspection (2023) Must Do and Should Do "
                 "actions and the Three-Year Delivery Plan for Maternity and Neonatal Services")
    cov["A3"].alignment = WRAP
    cov.merge_cells("A3:D3")
    cov.row_dimensions[3].height = 32

    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    ctrl = [
        ("Version", "4.2"),
        ("Date", "22/01/2025"),
        ("Plan owner", "Director of Midwifery"),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Reporting to", "Maternity Assurance Group; Quality and Performance Committee"),
    ]
    for i, (k, v) in enumerate(ctrl, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2).border = BOX

    cov["A12"] = "BRAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("B", "Complete – evidence reviewed and accepted by the Maternity Assurance Group"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk – due date may be missed; mitigation in place"),
        ("R", "Off track or overdue"),
    ]
    for i, (k, v) in enumerate(key, start=13):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAG_HEX[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)

    cov["A18"] = "Version history"
    cov["A18"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Changes"),
        ("4.0", "20/11/2024", "Revised due dates agreed at Maternity Assurance Group"),
        ("4.1", "18/12/2024", "December progress updates"),
        ("4.2", "22/01/2025", "January progress updates; actions 1.3, 2.2 and 3.1 complete"),
    ]
    for i, row in enumerate(hist, start=19):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 19:
                c.font = Font(bold=True)
    set_widths(cov, [20, 60, 60, 10])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – progress as at January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    heads = ["Ref", "Action", "Lead", "Original due date", "Revised due date",
             "Progress update (January 2025)", "BRAG Dec-24", "BRAG Jan-25"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("theme", "Theme 1: Listening to and working with women and families with compassion"),
        ("finding", "CQC Must Do: The service must ensure that women attending maternity triage are "
                    "risk assessed within 15 minutes of arrival using the Birmingham Symptom-specific "
                    "Obstetric Triage System (BSOTS). (Regulation 12)"),
        ("act", "1.1", "Recruit to the triage midwife establishment so that a dedicated midwife is "
                       "rostered to triage on every shift, 24/7.",
         "Head of Midwifery", d(2024, 10, 31), d(2025, 3, 31),
         "Two of three WTE recruited; third post out to advert. Shortfall covered by bank.", "A", "A"),
        ("act", "1.2", "Audit the time from arrival to BSOTS assessment every month and report "
                       "compliance to the Maternity Assurance Group.",
         "Maternity Governance Lead / Triage Matron", d(2024, 9, 30), None,
         "Monthly audit in place since September. December compliance 87% (target 95%).", "G", "G"),
        ("finding", "CQC Should Do: The service should make sure feedback from the Maternity and "
                    "Neonatal Voices Partnership (MNVP) is used to shape service improvements."),
        ("act", "1.3", "Co-produce a ‘You said, we did’ board with the MNVP for each inpatient area "
                       "and refresh it every quarter.",
         "Patient Experience Midwife", d(2024, 12, 31), None,
         "Boards in place on all three wards and the Maternity Assessment Unit.", "G", "B"),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("finding", "CQC Must Do: The service must ensure staff complete mandatory training, including "
                    "PROMPT and fetal monitoring training, in line with trust targets. (Regulation 18)"),
        ("act", "2.1", "Deliver additional PROMPT sessions between October and February to bring all "
                       "staff groups to 90% compliance.",
         "Practice Development Midwife / Obstetric Training Lead", d(2025, 2, 28), None,
         "Midwives 92%, obstetricians 84%, anaesthetists 78%. Extra anaesthetic dates booked.", "A", "A"),
        ("act", "2.2", "Appoint a Fetal Monitoring Lead Midwife and complete the annual K2 competency "
                       "assessment for all clinical staff.",
         "Fetal Monitoring Lead Midwife", d(2024, 12, 31), None,
         "Complete. K2 compliance 96%.", "G", "B"),
        ("finding", "Three-Year Delivery Plan Objective 4: Value and retain our workforce"),
        ("act", "2.3", "Launch the preceptorship programme for newly qualified midwives in line with "
                       "the national preceptorship framework.",
         "Retention Midwife", d(2025, 4, 30), None,
         "Programme content agreed; first cohort starts March.", "G", None),  # fill only
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("finding", "CQC Must Do: The service must ensure that incidents are graded and investigated in "
                    "a timely way and that learning is shared with staff. (Regulation 17)"),
        ("act", "3.1", "Clear the backlog of incidents open longer than 30 days and hold a weekly "
                       "incident review huddle.",
         "Maternity Governance Lead", d(2024, 11, 30), d(2025, 1, 31),
         "Backlog cleared 15/01/25. Weekly huddle embedded.", "R", "B"),
        ("act", "3.2", "Publish a monthly ‘Safety Spotlight’ newsletter sharing learning from PSIIs "
                       "and After Action Reviews.",
         "Patient Safety Midwife", d(2025, 1, 31), None,
         "First two editions issued; readership survey planned.", "G", "G"),
        ("theme", "Theme 4: Standards and structures that underpin safer, more personalised, and more "
                  "equitable care"),
        ("finding", "CQC Must Do: The service must ensure that emergency equipment, including neonatal "
                    "resuscitaires, is checked daily in line with trust policy. (Regulation 15)"),
        ("act", "4.1", "Introduce electronic daily equipment checklists on all resuscitaires, with "
                       "weekly matron spot checks.",
         "Inpatient Matron", d(2024, 12, 31), d(2025, 4, 30),
         "Electronic system delayed by IT build; paper checklist in place with 100% compliance at "
         "spot checks.", "A", "R"),
        ("act", "4.2", "Complete the Saving Babies’ Lives Care Bundle v3 self-assessment and agree an "
                       "improvement trajectory with the LMNS.",
         "Consultant Midwife / Clinical Director for Obstetrics", d(2025, 3, 31), None,
         "Self-assessment 80% complete; LMNS review meeting booked for 12 March.", "G", "G"),
    ]
    r = 4
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = fill("003087")
        elif item[0] == "finding":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1)
            c.font = Font(italic=True, bold=True)
            c.fill = fill("DCE6F1")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, orig, rev, prog, prev, cur = item
            vals = [ref, text, lead, orig, rev, prog, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (4, 5) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((7, prev), (8, cur)):
                c = ws.cell(row=r, column=j)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    c.fill = fill(RAG_HEX[v])
            if cur is None:
                # January rating given by colour only (green)
                ws.cell(row=r, column=8).fill = fill(RAG_HEX["G"])
        r += 1
    ws.freeze_panes = "A4"
    set_widths(ws, [7, 55, 28, 13, 13, 45, 9, 9])

    sm = wb.create_sheet("BRAG summary")
    sm["A1"] = "BRAG summary"
    sm["A1"].font = Font(bold=True, size=13)
    rows = [("BRAG", "Dec-24", "Jan-25"), ("Blue", 0, 3), ("Green", 6, 4), ("Amber", 3, 2),
            ("Red", 1, 1), ("Total", 10, 10)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (3, 8):
                c.font = Font(bold=True)
    set_widths(sm, [12, 10, 10])

    wb.save(os.path.join(HERE, "jt2-portsmouth-hospitals-university-nhs-trust-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Stratford-on-Avon District Council - strategic risk register Q2 2025/26
# ---------------------------------------------------------------------------
def stratford():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Stratford-on-Avon District Council"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Summary of residual risk scores"
    sm["A3"].font = Font(italic=True)
    heads = ("Ref", "Risk", "Residual score", "Q1 score", "Direction of travel")
    for j, h in enumerate(heads, start=1):
        c = sm.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    summ = [
        ("SR01", "Financial sustainability", 12, 12, "↔"),
        ("SR02", "Local Government Reorganisation", 16, 12, "↑"),
        ("SR03", "Cyber security", 15, 15, "↔"),
        ("SR04", "South Warwickshire Local Plan", 12, 16, "↓"),
        ("SR05", "Climate emergency", 9, 9, "↔"),
    ]
    for i, row in enumerate(summ, start=6):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
        score = row[2]
        sm.cell(row=i, column=3).fill = fill("FF0000" if score >= 15 else "FFC000" if score >= 8 else "00B050")
    sm["A12"] = "High (15–25): 2    Medium (8–12): 3    Low (1–6): 0"
    set_widths(sm, [8, 40, 15, 10, 18])

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Stratford-on-Avon District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 September 2025; reported to Cabinet on 3 November 2025"
    heads = ["Ref", "Risk / further action required", "Owner", "Inherent score (L x I)",
             "Residual score (L x I)", "Direction", "Target date", "Q2 progress", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.alignment = WRAP
        c.border = BOX

    reg = [
        ("risk", "SR01 Financial sustainability – failure to set a balanced budget across the Medium "
                 "Term Financial Strategy period", "Chief Finance Officer", "4 x 5 = 20", "3 x 4 = 12", "↔"),
        ("act", "SR01.1", "Refresh the MTFS following the provisional local government finance settlement "
                          "and present savings options to Cabinet.",
         "Chief Finance Officer", "February 2026", "Savings options workshop held with Cabinet on 14 October.",
         "On track"),
        ("act", "SR01.2", "Complete the review of fees and charges for 2026/27, including green waste and "
                          "car parking.",
         "Head of Finance; Head of Environmental Services", d(2025, 12, 31),
         "Car parking review delayed by consultation on Stratford town centre tariffs.", "Behind schedule"),
        ("risk", "SR02 Local Government Reorganisation – disruption to services and decision-making during "
                 "the move to new unitary arrangements for Warwickshire", "Chief Executive", "5 x 4 = 20",
         "4 x 4 = 16", "↑"),
        ("act", "SR02.1", "Submit the South Warwickshire unitary proposal to government jointly with Warwick "
                          "District Council.",
         "Chief Executive", d(2025, 11, 28),
         "Proposal approved by Council in September for submission by the government deadline.", "On track"),
        ("act", "SR02.2", "Put in place a staff retention and communications plan for the reorganisation "
                          "period.",
         "Head of People", "Q3 2025/26", "Draft plan with the Joint Consultative Committee.", "On track"),
        ("risk", "SR03 Cyber security – loss of systems or data following a cyber attack", "Head of Digital",
         "4 x 5 = 20", "3 x 5 = 15", "↔"),
        ("act", "SR03.1", "Achieve the Cyber Assessment Framework baseline for local government and close "
                          "the actions from the 2024 penetration test.",
         "Head of Digital", "March 2026", "11 of 14 penetration test actions closed.", "On track"),
        ("act", "SR03.2", "Run a cyber incident exercise with the Corporate Management Team.",
         "Head of Digital / Emergency Planning Officer", "September 2025",
         "Exercise postponed because of reorganisation workload; rebooked for January 2026.",
         "Significantly delayed"),
        ("risk", "SR04 South Warwickshire Local Plan – the plan is not adopted to timetable, leaving the "
                 "district exposed to speculative development", "Head of Planning Policy", "4 x 4 = 16",
         "3 x 4 = 12", "↓"),
        ("act", "SR04.1", "Publish the Regulation 19 version of the South Warwickshire Local Plan for "
                          "consultation.",
         "Head of Planning Policy", "July 2026", "Evidence base commissions on track.", "On track"),
        ("act", "SR04.2", "Keep the five-year housing land supply position under review.",
         "Planning Policy Manager", "Quarterly", "Supply position 5.7 years at 1 April 2025.", "On track"),
        ("risk", "SR05 Climate emergency – failure to deliver the Council’s net zero commitments",
         "Head of Environmental Services", "3 x 4 = 12", "3 x 3 = 9", "↔"),
        ("act", "SR05.1", "Complete the decarbonisation works at Stratford Leisure Centre funded by the "
                          "Public Sector Decarbonisation Scheme.",
         "Head of Property", d(2026, 3, 31), "Contractor appointed; works start in January.", "On track"),
    ]
    r = 6
    for item in reg:
        if item[0] == "risk":
            _, title, owner, inh, res, dirn = item
            ws.cell(row=r, column=1, value=title)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(row=r, column=3, value=owner)
            ws.cell(row=r, column=4, value=inh)
            ws.cell(row=r, column=5, value=res)
            ws.cell(row=r, column=6, value=dirn)
            for j in range(1, 10):
                c = ws.cell(row=r, column=j)
                c.fill = fill("E4DFEC")
                c.font = Font(bold=True)
                c.alignment = WRAP
                c.border = BOX
            ws.row_dimensions[r].height = 30
        else:
            _, ref, text, owner, target, prog, status = item
            vals = [ref, text, owner, None, None, None, target, prog, status]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j == 7 and isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=9)
            sc.fill = fill(RAG_HEX[status])
            if status in ("Complete", "Significantly delayed"):
                sc.font = Font(color="FFFFFF")
        r += 1
    set_widths(ws, [9, 60, 26, 12, 12, 9, 14, 45, 16])
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Scoring and key")
    lines = [
        ("Risk scoring", None),
        ("Score = Likelihood (1–5) x Impact (1–5)", None),
        ("1–6", "Low"), ("8–12", "Medium"), ("15–25", "High"),
        (None, None),
        ("Action status key", None),
        ("Complete", "Action delivered (blue)"),
        ("On track", "Action progressing to target date (green)"),
        ("Behind schedule", "Some slippage; target date at risk (amber)"),
        ("Significantly delayed", "Target date missed or will be missed (red)"),
        (None, None),
        ("Direction of travel", None),
        ("↑", "Residual risk increased since last quarter"),
        ("↓", "Residual risk reduced since last quarter"),
        ("↔", "No change"),
    ]
    for i, (a, b) in enumerate(lines, start=1):
        if a is not None:
            k.cell(row=i, column=1, value=a)
        if b is not None:
            k.cell(row=i, column=2, value=b)
        if a in RAG_HEX:
            k.cell(row=i, column=1).fill = fill(RAG_HEX[a])
        if a in ("Risk scoring", "Action status key", "Direction of travel"):
            k.cell(row=i, column=1).font = Font(bold=True)
    set_widths(k, [24, 50])

    wb.save(os.path.join(HERE, "jt2-stratford-on-avon-dc-strategic-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cumbria Combating Drugs Partnership - delivery plan 2025/26 (tab per priority)
# ---------------------------------------------------------------------------
def cumbria():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Cumbria Combating Drugs Partnership"
    fs["A1"].font = Font(bold=True, size=14, color="1F4E79")
    fs["A2"] = "Combating Drugs Partnership Delivery Plan 2025/26"
    fs["A2"].font = Font(bold=True, size=16)
    fs["A3"] = "Quarter 2 update (July – September 2025)"
    info = [
        ("Senior Responsible Owner", "Director of Public Health, Cumberland Council"),
        ("Plan owner", "CDP Programme Manager"),
        ("Agreed by Partnership", "16 October 2025"),
        ("Next update", "Quarter 3 – January 2026"),
    ]
    for i, (a, b) in enumerate(info, start=5):
        fs.cell(row=i, column=1, value=a).font = Font(bold=True)
        fs.cell(row=i, column=2, value=b)
    fs["A10"] = "RAG key"
    fs["A10"].font = Font(bold=True)
    key = [("Complete", "Action delivered", "0070C0"), ("Green", "On track", "00B050"),
           ("Amber", "Some slippage – recoverable", "FFC000"),
           ("Red", "Significant slippage / at risk", "FF0000"),
           ("Not started", "Due to start later in the year", "D9D9D9")]
    for i, (a, b, h) in enumerate(key, start=11):
        fs.cell(row=i, column=1, value=a).fill = fill(h)
        fs.cell(row=i, column=2, value=b)
    fs["A17"] = ("Each national priority has its own tab. The Summary tab counts RAG ratings across "
                 "all tabs.")
    set_widths(fs, [26, 60])

    heads = ["Ref", "Objective", "Action", "Lead", "Key partners", "Timescale", "Q2 progress", "RAG"]
    tabs = [
        ("P1 Supply", "Priority 1: Break drug supply chains", [
            ("Reduce the availability of drugs across Cumbria through targeted enforcement", [
                ("1.1", "Deliver two County Lines intensification weeks, linked to national Operation "
                        "Orochi activity.",
                 "Cumbria Constabulary", "Cumberland Council; Westmorland and Furness Council; British "
                 "Transport Police", "Q3 2025/26",
                 "First week delivered in June: 14 arrests, 6 lines closed. Second week planned for "
                 "November.", "Green"),
                ("1.2", "Map open drug markets in Workington, Carlisle and Barrow using partnership "
                        "intelligence and agree a disruption plan for each.",
                 "Cumbria Constabulary; Cumberland Council Community Safety Team", "Westmorland and "
                 "Furness Council", "September 2025",
                 "Mapping complete for Carlisle and Workington; Barrow delayed by analyst vacancy.",
                 "Amber"),
            ]),
            ("Protect young people from criminal exploitation", [
                ("1.3", "Roll out the exploitation screening tool to all secondary schools and "
                        "alternative provision.",
                 "Safeguarding Children Partnership Business Manager", "Schools; Cumbria Constabulary",
                 "Apr 2025 – Dec 2025", "Tool launched; 31 of 44 settings trained.", "Green"),
            ]),
        ]),
        ("P2 Treatment", "Priority 2: Deliver a world-class treatment and recovery system", [
            ("Increase the number of adults in structured treatment", [
                ("2.1", "Extend treatment service outreach into the three largest GP practices in "
                        "Carlisle with a weekly drop-in clinic.",
                 "Public Health Commissioning Manager", "Treatment provider; North Cumbria primary care",
                 "31/03/2026", "Two practices live; third in negotiation.", "Green"),
                ("2.2", "Improve continuity of care for people released from HMP Haverigg so that 75% "
                        "engage with community treatment within three weeks.",
                 "Public Health Commissioning Manager / Head of Probation Delivery Unit",
                 "HMP Haverigg; treatment provider", "March 2026",
                 "Q2 continuity rate 58% (Q1 52%). RECONNECT service mobilising.", "Amber"),
            ]),
            ("Reduce drug-related deaths", [
                ("2.3", "Distribute naloxone kits through pharmacies, hostels and the police custody "
                        "suite.\nTarget: 1,500 kits in 2025/26.",
                 "Drug Related Deaths Coordinator", "Community pharmacies; Cumbria Constabulary",
                 "Ongoing", "412 kits issued in Q2; custody distribution started in August.", "Green"),
                ("2.4", "Establish a multi-agency drug-related death review panel with published terms "
                        "of reference.",
                 "Director of Public Health", "All partners", "June 2025",
                 "Panel established; first meeting held 3 July 2025.", "Complete"),
            ]),
        ]),
        ("P3 Demand", "Priority 3: Achieve a generational shift in demand for drugs", [
            ("Strengthen prevention and early intervention", [
                ("3.1", "Commission a young people’s substance misuse education offer for Year 9 "
                        "pupils across Cumbria.",
                 "Public Health Commissioning Manager", "Schools; Youth Justice Services", "Q4 2025/26",
                 None, "Not started"),
                ("3.2", "Train frontline staff in the drug and alcohol awareness e-learning module, "
                        "targeting 300 staff by year end.",
                 "CDP Programme Manager", "All partners", "March 2026", "126 staff trained to date.",
                 "Green"),
            ]),
            ("Reduce demand through the criminal justice system", [
                ("3.3", "Launch a drug diversion scheme for first-time possession offences, with "
                        "referral to education sessions instead of prosecution.",
                 "Cumbria Constabulary / Office of the Police, Fire and Crime Commissioner",
                 "Treatment provider; Crown Prosecution Service", "November 2025",
                 "Scheme approved by Chief Officer Group; launch delayed to January 2026 pending the "
                 "provider contract.", "Red"),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                "Not started": "D9D9D9"}
    for tab, ptitle, objectives in tabs:
        ws = wb.create_sheet(tab)
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill("1F4E79")
        ws.merge_cells("A1:H1")
        for j, h in enumerate(heads, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for obj, acts in objectives:
            start = r
            for ref, text, lead, partners, when, prog, rag in acts:
                vals = [ref, None, text, lead, partners, when, prog, rag]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
                r += 1
            ws.cell(row=start, column=2, value=obj)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=start, column=2).alignment = Alignment(wrap_text=True, vertical="center")
            ws.cell(row=start, column=2).font = Font(bold=True)
        set_widths(ws, [6, 30, 50, 30, 30, 16, 45, 12])
        ws.freeze_panes = "A4"

    s = wb.create_sheet("Summary")
    s["A1"] = "RAG summary – Quarter 2 2025/26"
    s["A1"].font = Font(bold=True, size=13)
    rows = [("Priority", "Complete", "Green", "Amber", "Red", "Not started", "Total"),
            ("Priority 1", 0, 2, 1, 0, 0, 3),
            ("Priority 2", 1, 2, 1, 0, 0, 4),
            ("Priority 3", 0, 1, 0, 1, 1, 3),
            ("Total", 1, 5, 2, 1, 1, 10)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (3, 7):
                c.font = Font(bold=True)
    set_widths(s, [14, 10, 8, 8, 8, 12, 8])

    wb.save(os.path.join(HERE, "jt2-cumbria-combating-drugs-partnership-delivery-plan-2025-26.xlsx"))


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


def header_row(table, heads, hex_="D9D9D9"):
    for j, h in enumerate(heads):
        cell = table.rows[0].cells[j]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, hex_)


def small(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)


# ---------------------------------------------------------------------------
# 4. Barts Health NHS Trust - Trust Board (public) action log
# ---------------------------------------------------------------------------
def barts():
    doc = Document()
    small(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = p.add_run("Barts Health NHS Trust Board – Public Action Log")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_paragraph("Updated for the meeting on 7 May 2025. Actions rated Blue are proposed for "
                      "closure at this meeting.")
    doc.add_paragraph("Status key: Red – overdue; Amber – at risk or date revised; Green – not yet due; "
                      "Blue – complete, proposed for closure.")

    heads = ["Ref", "Agenda item", "Action", "Lead", "Due", "Progress update", "Status"]
    meetings = [
        ("Meeting held on 6 November 2024", [
            ("TB 66/24", "Integrated performance report",
             "Provide the Board with a breakdown of 65-week waiters by specialty and site, with "
             "recovery trajectories.",
             "Chief Operating Officer", "January 2025",
             "Included in the January IPR as appendix 3. Propose close.", "Blue"),
            ("TB 67/24", "Maternity services update",
             "Bring a report on the outcome of the Whipps Cross maternity estates review, including the "
             "business case timetable for the birth centre refurbishment.",
             "Chief Nurse / Director of Estates and Facilities", "March 2025 (revised to July 2025)",
             "Estates review concluded; business case to Investment Committee in June. Revised date "
             "agreed by the Chair.", "Amber"),
            ("TB 70/24", "Freedom to Speak Up report",
             "Circulate the Freedom to Speak Up benchmarking against other London trusts to Board "
             "members.",
             "Company Secretary", "December 2024", "Circulated 12 December 2024.", "Blue"),
        ]),
        ("Meeting held on 15 January 2025", [
            ("TB 04/25", "Chief Executive’s report",
             "Arrange a Board development session on the group clinical strategy and the site-based "
             "operating model.",
             "Director of Strategy", "May 2025", "Session scheduled for 21 May 2025.", "Green"),
            ("TB 06/25", "Workforce Race Equality Standard report",
             "Set out the trajectory for Band 8a and above representation of Black, Asian and minority "
             "ethnic staff at each hospital, and report progress to the Board every six months.",
             "Chief People Officer", "Six-monthly", "First report due July 2025.", "Green"),
            ("TB 08/25", "Finance report – month 8",
             "Provide a reconciliation of the agency spend reduction against the North East London "
             "system workforce plan.",
             "Chief Financial Officer", "March 2025",
             "Delayed pending refresh of the system plan; now expected at the May meeting.", "Red"),
        ]),
        ("Meeting held on 5 March 2025", [
            ("TB 15/25", "Patient story",
             "Share the learning from the patient story on sickle cell care in the emergency department "
             "with the Newham and Royal London ED teams.",
             "Chief Medical Officer", "May 2025",
             "Learning shared at the Group Quality Board; ED teaching sessions held in April.", "Green"),
            ("TB 17/25", "Learning from deaths – quarterly report",
             "Include Medical Examiner scrutiny rates for community deaths in future reports.",
             "Chief Medical Officer", "Q1 2025/26", "", "Green"),
            ("TB 19/25", "Board Assurance Framework",
             "Review the risk appetite statement for BAF risk 4 (estates) and bring revised wording to "
             "the Audit and Risk Committee.",
             "Company Secretary / Director of Estates and Facilities", "June 2025", "", ""),
        ]),
    ]
    for heading, rows in meetings:
        hp = doc.add_paragraph()
        hr = hp.add_run(heading)
        hr.bold = True
        hr.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, "C6D9F1")
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = v
            st = row[6]
            if st:
                shade(cells[6], RAG_HEX[st])
        doc.add_paragraph("")
    doc.add_paragraph("Actions closed at the March 2025 meeting have been removed from this log and are "
                      "held by the Trust Secretariat.")
    doc.save(os.path.join(HERE, "jt2-barts-health-nhs-trust-board-public-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Dundee Adult Support and Protection Committee - learning review action plan
# ---------------------------------------------------------------------------
def dundee():
    doc = Document()
    small(doc)
    p = doc.add_paragraph()
    r = p.add_run("Dundee Adult Support and Protection Committee")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Learning Review – Mr C: Improvement Action Plan", level=0)

    ctrl = [("Review", "Learning Review (Mr C)"),
            ("Commissioned by", "Dundee Adult Support and Protection Committee"),
            ("Plan approved by Committee", "27 March 2025"),
            ("Version", "1.3 – progress at October 2025"),
            ("Plan owner", "Lead Officer, Protecting People")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in ctrl:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b
        shade(cells[0], "E7E6E6")
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how partners will respond to the four recommendations of the Learning Review "
        "into the death of Mr C, a 58-year-old man who lived alone and was known to adult services, "
        "substance use services and Police Scotland. Progress is reported to each meeting of the Adult "
        "Support and Protection Committee by the Self-Evaluation Subgroup.")
    doc.add_paragraph("RAG: Red – not progressing; Amber – progressing with some delay; Green – on track; "
                      "Blue – complete.")

    heads = ["No.", "Action", "Lead", "Timescale", "Progress", "RAG"]
    themes = [
        ("Theme 1: Recognising and responding to self-neglect", [
            ("Recommendation 1 – Partners should ensure that practitioners understand how alcohol use can "
             "affect capacity and decision-making, and know when to seek a capacity assessment.", [
                ("1.1", "Deliver joint training on alcohol-related brain damage and capacity for Council "
                        "Officers, community nurses and Police Scotland officers.",
                 "Protecting People Learning and Development Lead", "December 2025",
                 "Two sessions delivered (48 staff). Further sessions booked for November.", "Green"),
                ("1.2", "Update the self-neglect and hoarding guidance to include a section on executive "
                        "capacity.",
                 "Lead Officer, Protecting People", "September 2025",
                 "Revised guidance approved by the Committee on 25 September 2025.", "Blue"),
            ]),
            ("Recommendation 2 – NHS Tayside and Dundee Health and Social Care Partnership should make sure "
             "that repeated missed appointments by an adult at risk prompt a review of risk rather than "
             "discharge.", [
                ("2.1", "Amend the Did Not Attend policy for community mental health and substance use "
                        "services so that a second missed appointment triggers a multi-disciplinary "
                        "discussion.",
                 "Clinical Director, Dundee Drug and Alcohol Recovery Service", "31/01/2026",
                 "Draft policy out for consultation.", "Amber"),
                ("2.2", "Audit a sample of 30 discharges for non-attendance and report the findings to the "
                        "Self-Evaluation Subgroup.",
                 "Senior Nurse, Adult Protection / Service Manager, Integrated Substance Use",
                 "March 2026", "", "Not started"),
            ]),
        ]),
        ("Theme 2: Multi-agency communication and escalation", [
            ("Recommendation 3 – The Committee should seek assurance that Initial Referral Discussions are "
             "held for adults where more than one agency holds concerns.", [
                ("3.1", "Extend the adult Initial Referral Discussion process to include Scottish Fire and "
                        "Rescue Service and housing as standing partners where relevant.",
                 "Service Manager, Adult Protection", "June 2025",
                 "Guidance updated; SFRS attending since July.", "Blue"),
                ("3.2", "Carry out a multi-agency case file audit of Initial Referral Discussions held in "
                        "2025 and report themes to the Committee.",
                 "Self-Evaluation Subgroup", "Quarter 4 2025/26",
                 "Audit tool agreed; sampling to start in January.", "Green"),
            ]),
            ("Recommendation 4 – Partners should have a clear escalation route for practitioners who "
             "disagree with decisions about adult protection risk.", [
                ("4.1", "Publish a multi-agency escalation (professional disagreement) protocol for adult "
                        "support and protection.",
                 "Lead Officer, Protecting People", "October 2025 (revised: December 2025)",
                 "Draft considered by the Committee in September; minor changes requested.", "Amber"),
                ("4.2", "Raise awareness of the protocol through a 7-minute briefing and a practitioner "
                        "forum.",
                 "Protecting People Communications Officer", "Following publication of protocol", "",
                 "Not started"),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            rp = doc.add_paragraph()
            rr = rp.add_run(rec)
            rr.bold = True
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            header_row(t, heads, "D9E2F3")
            for row in acts:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                if row[5] in RAG_HEX:
                    shade(cells[5], RAG_HEX[row[5]])
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Adult Support and Protection Committee, December 2025.")
    doc.save(os.path.join(HERE, "jt2-dundee-asp-committee-learning-review-mr-c-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Ribble Valley CSP - DHR 'Eileen' action plan (CSV export) - REFUSE
# ---------------------------------------------------------------------------
def ribble_valley():
    n = 9
    rows = [
        ["Ribble Valley Community Safety Partnership"] + [""] * (n - 1),
        ["Domestic Homicide Review – ‘Eileen’ – Action Plan (exported 14/11/2025)"] + [""] * (n - 1),
        [""] * n,
        ["Rec", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones",
         "Target date", "Completion date and outcome", "RAG"],
        ["1", "Lancashire Constabulary to ensure that DASH risk assessments at incidents involving older "
              "victims consider adult children as possible perpetrators.", "Local",
         "Deliver a briefing to response officers on abuse of older parents by adult children",
         "Lancashire Constabulary", "Briefing written; delivered at shift briefings", "31/12/2025", "",
         "Green"],
        ["", "", "", "Dip-sample 20 DASH forms where the victim is over 65",
         "Lancashire Constabulary", "Dip sample completed and reported to the CSP", "March 2026", "",
         "Green"],
        ["2", "GP practices in Ribble Valley to ask about domestic abuse when a patient’s carer is a family "
              "member with known substance misuse.", "Local",
         "Share the learning from this review with all Ribble Valley GP practices through the practice "
         "safeguarding leads network",
         "NHS Lancashire and South Cumbria ICB", "Learning brief issued; discussed at leads network",
         "Febuary 2026", "", "Amber"],
        ["", "", "", "Add a prompt about carers with substance misuse to the GP safeguarding template",
         "NHS Lancashire and South Cumbria ICB", "Template change approved and live", "June 2026", "",
         "Not started"],
        ["3", "Lancashire County Council Adult Social Care to ensure that carers’ assessments consider "
              "any risk the carer may pose to the person cared for.", "Local",
         "Revise the carers’ assessment form and guidance to include questions on risk",
         "Lancashire County Council", "Revised form in use", "30/04/2026", "", "Green"],
        ["", "", "", "Deliver practice workshops for social workers on the revised assessment",
         "Lancashire County Council", "Three workshops delivered", "September 2026", "", "Not started"],
        ["4", "Ribble Valley CSP to raise awareness of economic abuse of older people in rural "
              "communities.", "Local",
         "Run a campaign with parish councils, banks and post offices during the 16 Days of Action",
         "Ribble Valley Borough Council", "Campaign materials agreed; campaign delivered",
         "December 2025", "", "Green"],
        ["5", "The Home Office to consider whether statutory guidance should address adult family "
              "violence against older people.", "National",
         "Chair of the CSP to write to the Home Office setting out the learning from this review",
         "Ribble Valley CSP Chair", "Letter sent", "October 2025", "Letter sent 02/10/2025", "Complete"],
    ]
    path = os.path.join(HERE, "jt2-ribble-valley-csp-dhr-eileen-action-plan-typo-month-refuse.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Lancaster City Council - Fit for Future programme highlight report (tab-separated text)
# ---------------------------------------------------------------------------
def lancaster():
    hdr = "Ref\tProject / milestone\tLead\tOriginal date\tRevised date\tRAG\tCommentary"
    lines = [
        "Lancaster City Council",
        "Fit for Future Programme – Highlight Report",
        "Reporting period: Quarter 2 2025/26 (July – September 2025)",
        "Programme sponsor: Chief Executive\tProgramme manager: Projects and Performance Manager",
        "Overall programme RAG: Amber",
        "",
        "RAG key: Green = on track; Amber = at risk but recoverable; Red = off track, needs Programme "
        "Board decision; Complete = delivered and closed",
        "",
        "Workstream 1: Income and commercialisation",
        hdr,
        "FFF-01\tSalt Ayre Leisure Centre – introduce the revised membership and pricing model\t"
        "Chief Officer – Environment and Place\tApr-25\t\tComplete\tNew model live from 1 April; "
        "memberships up 9% on Q2 2024/25",
        "FFF-02\tWilliamson Park – review the café and events offer to increase net income\t"
        "Chief Officer – Environment and Place\tSep-25\tJan-26\tAmber\tOptions appraisal delayed; "
        "report to Cabinet in January",
        "FFF-03\tCommercial property portfolio – complete rent reviews on 40 leases\t"
        "Head of Property / Estates Manager\tMar-26\t\tGreen\t22 of 40 reviews complete",
        "",
        "Workstream 2: Service redesign",
        hdr,
        "FFF-04\tWaste collection – implement the revised side waste and assisted collection policy\t"
        "Chief Officer – Environment and Place\tOct-25\t\tGreen\tPolicy approved by Cabinet; "
        "communications campaign under way",
        "FFF-05\tCustomer services – move 60% of transactions to online self-service\t"
        "Chief Officer – People and Policy\tMar-26\t\tAmber\tCurrently 47%; new council tax web forms "
        "being tested",
        "FFF-06\tPlanning service – implement the recommendations of the Planning Advisory Service review\t"
        "Chief Officer – Sustainable Growth\tDec-25\t\tGreen\t",
        "",
        "Workstream 3: Organisation and workforce",
        hdr,
        "FFF-07\tSenior management restructure – consult on and implement phase 2\t"
        "Chief Executive / Chief Officer – People and Policy\tJul-25\tNov-25\tRed\tConsultation "
        "extended following the reorganisation announcement; implementation paused",
        "FFF-08\tOffice accommodation review – consolidate teams into Morecambe Town Hall\t"
        "Chief Officer – Resources\tQ4 2025/26\t\tGreen\tSpace utilisation survey completed",
        "FFF-09\tAgency staff spend – reduce by £250k against the 2024/25 outturn\t"
        "Chief Officer – Resources\tOngoing\t\tAmber\tSpend £61k lower at month 6; savings profile "
        "back-loaded",
        "",
        "Summary\tGreen\tAmber\tRed\tComplete\tTotal",
        "Projects\t4\t3\t1\t1\t9",
        "",
        "Savings delivered to date: £1.21m of the £2.40m target for 2025/26",
        "Next report: Quarter 3, February 2026",
    ]
    path = os.path.join(HERE, "jt2-lancaster-city-council-fit-for-future-transformation-highlight-report.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    portsmouth()
    stratford()
    cumbria()
    barts()
    dundee()
    ribble_valley()
    lancaster()
    print("done")
