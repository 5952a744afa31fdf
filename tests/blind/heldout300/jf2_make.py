"""Build the seven jf2- blind test files (set heldout300).

Run with /work/main/.venv/bin/python jf2_make.py  (writes beside this script).
Each CASE entry keeps the raw cell text used in the file together with the
reading a person makes of it (used separately to write the .expected.yaml).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Mersey and West Lancashire Teaching Hospitals - maternity improvement plan
# ---------------------------------------------------------------------------
MWL_FILE = "jf2-mersey-west-lancashire-teaching-hospitals-maternity-neonatal-improvement-plan.xlsx"
MWL_TITLE = "Maternity and Neonatal Improvement Plan 2024/25"
MWL_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("3YDP", "Every trust to have a Maternity and Neonatal Voices Partnership (MNVP) that is properly funded and reflects the diversity of the local population.", [
            dict(ref="1.1", action="Agree a funded MNVP work plan for 2024/25 with the MNVP Chair, including remuneration for service user representatives.",
                 lead_cell="Director of Midwifery / Head of Patient Experience", orig=D(2024, 6, 30), rev=D(2024, 9, 30),
                 update="Work plan signed off at Maternity Safety Champions meeting 12/09/2024. Remuneration agreed via LMNS funding.",
                 prev="G", cur="B",
                 lead=["Director of Midwifery", "Head of Patient Experience"], end="2024-09", status="blue"),
            dict(ref="1.2", action="Undertake a 15 Steps for Maternity walkabout at the Whiston and Ormskirk sites and publish the findings with a ‘you said, we did’ response.",
                 lead_cell="MNVP Chair; Patient Experience Midwife", orig=D(2024, 11, 30), rev=None,
                 update="Whiston walkabout completed 21/10/2024. Ormskirk walkabout rescheduled to January 2025 due to MNVP capacity.",
                 prev="G", cur="A",
                 lead=["MNVP Chair", "Patient Experience Midwife"], end="2024-11", status="amber"),
        ]),
        ("CQC 2023 – Should do", "The trust should ensure interpreting services are consistently used for women whose first language is not English.", [
            dict(ref="1.3", action="Audit the use of interpreters at booking and in maternity triage each quarter and report compliance to the Maternity Governance Group.",
                 lead_cell="Consultant Midwife – Public Health", orig="Q3 2024/25", rev="Q4 2024/25",
                 update="Q2 audit: 68% compliance (target 95%). Language Line app rolled out to triage in November.",
                 prev="A", cur="R",
                 lead=["Consultant Midwife – Public Health"], end="2025-03", status="red"),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("MIS SA4 / SA5", "Demonstrate an effective system of clinical workforce planning to the required standard (Maternity Incentive Scheme Safety Actions 4 and 5).", [
            dict(ref="2.1", action="Complete the Birthrate Plus midwifery workforce review and present the funded establishment gap to Trust Board.",
                 lead_cell="Director of Midwifery", orig=D(2024, 10, 31), rev=None,
                 update="BR+ report received September 2024 and presented to Trust Board on 30/10/2024.",
                 prev="G", cur="B",
                 lead=["Director of Midwifery"], end="2024-10", status="blue"),
            dict(ref="2.2", action="Implement the RCOG compensatory rest guidance for resident consultants and audit compliance over a six-month period.",
                 lead_cell="Clinical Director, Obstetrics and Gynaecology", orig=D(2025, 1, 31), rev=None,
                 update="Rota redesign agreed by the Care Group. Audit period August 2024 – January 2025.",
                 prev="G", cur="G",
                 lead=["Clinical Director, Obstetrics and Gynaecology"], end="2025-01", status="green"),
        ]),
        ("3YDP", "Retain staff by improving the working environment and offering career development to midwives and maternity support workers.", [
            dict(ref="2.3", action="Launch the preceptorship and legacy mentor programme for newly qualified midwives, with retention tracked at 12 and 24 months.",
                 lead_cell="Practice Development Midwife & Retention Lead Midwife", orig="March 2025", rev=None,
                 update="Programme launched October 2024 with the autumn cohort (14 NQMs).",
                 prev="G", cur="G",
                 lead=["Practice Development Midwife", "Retention Lead Midwife"], end="2025-03", status="green"),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("MIS SA9", "Board-level safety champions to support the perinatal quadrumvirate in their work to better understand and improve local culture.", [
            dict(ref="3.1", action="Complete the SCORE culture survey and agree a quadrumvirate-led improvement plan with staff.",
                 lead_cell="Perinatal Quadrumvirate", orig=D(2024, 12, 31), rev=D(2025, 2, 28),
                 update="SCORE survey closed 15/11/2024 (62% response rate). Staff debrief sessions booked for February 2025.",
                 prev="A", cur="A",
                 lead=["Perinatal Quadrumvirate"], end="2025-02", status="amber"),
        ]),
        ("Ockenden IEA 1", "Enhanced safety – Local Maternity and Neonatal System (LMNS) oversight of serious incidents.", [
            dict(ref="3.2", action="Share all maternity PSIIs and MNSI reports with the LMNS within 30 days of sign-off.",
                 lead_cell="Head of Maternity Governance", orig="Ongoing", rev=None,
                 update="All 4 PSIIs completed this quarter shared within timescale.",
                 prev="G", cur="G",
                 lead=["Head of Maternity Governance"], end=None, end_text="Ongoing", status="green"),
        ]),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
        ("CQC 2023 – Must do", "The trust must ensure that emergency equipment in the maternity assessment unit is checked daily in line with trust policy.", [
            dict(ref="4.1", action="Introduce a daily electronic resuscitation trolley checklist with ward manager sign-off, and include compliance in the monthly matrons’ audit.",
                 lead_cell="MAU Matron", orig=D(2024, 8, 31), rev=None,
                 update="Checklist live from 01/08/2024. Compliance 100% in October, November and December.",
                 prev="B", cur="B",
                 lead=["MAU Matron"], end="2024-08", status="blue"),
        ]),
        ("MIS SA6", "Saving Babies’ Lives Care Bundle Version 3 – demonstrate implementation of all six elements.", [
            dict(ref="4.2", action="Achieve at least 70% implementation in each element and 80% overall, evidenced through the LMNS quarterly assurance review.",
                 lead_cell="Consultant Obstetrician (SBLCBv3 Lead) / Fetal Monitoring Lead Midwife", orig=D(2025, 3, 31), rev=None,
                 update="Q2 LMNS review: 77% overall; Element 2 (fetal growth restriction) at 62%.",
                 prev="A", cur="A",
                 lead=["Consultant Obstetrician (SBLCBv3 Lead)", "Fetal Monitoring Lead Midwife"], end="2025-03", status="amber"),
        ]),
    ]),
]


def build_mwl():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Mersey and West Lancashire Teaching Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = MWL_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Women's and Children's Care Group – consolidated plan covering the Three Year Delivery Plan for "
                "Maternity and Neonatal Services (3YDP), Maternity Incentive Scheme Year 6 (MIS) and the 2023 CQC maternity inspection")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "4.1"), ("Date", "09/01/2025"), ("Plan owner", "Director of Midwifery"),
            ("Executive lead", "Chief Nurse"),
            ("Assurance route", "Maternity and Neonatal Safety Champions → Quality Assurance Committee → Trust Board")]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("Red", RED, "Off track – will not be delivered by the due date without escalation"),
           ("Amber", AMBER, "Some slippage – recovery plan in place"),
           ("Green", GREEN, "On track to deliver by the due date"),
           ("Blue", BLUE, "Complete – evidence received and assured")]
    for i, (name, col, meaning) in enumerate(key, start=13):
        ws.cell(i, 1, name).fill = fill(col)
        ws.cell(i, 2, meaning)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = MWL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at 31 December 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Source", "Requirement", "Action", "Lead(s)", "Original due date", "Revised due date",
           "Progress update (December 2024)", "Previous RAG (Nov)", "Current RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, reqs in MWL_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = fill("D9C3E9")
        r += 1
        for source, req, acts in reqs:
            top = r
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["lead_cell"])
                for col, val in ((6, a["orig"]), (7, a["rev"])):
                    if val is not None:
                        cell = ws.cell(r, col, val)
                        if isinstance(val, dt.datetime):
                            cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 8, a["update"])
                ws.cell(r, 9, a["prev"]).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9).fill = fill(FILL[a["prev"]])
                ws.cell(r, 10).fill = fill(FILL[a["cur"]])   # current RAG: colour only
                for c in range(1, 11):
                    ws.cell(r, c).border = BOX
                    if c != 9:
                        ws.cell(r, c).alignment = WRAP
                r += 1
            ws.cell(top, 2, source)
            ws.cell(top, 3, req)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(top, 2).alignment = WRAP
            ws.cell(top, 3).alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", (6, 14, 40, 50, 28, 13, 13, 45, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of current RAG position – December 2024"
    ws["A1"].font = Font(bold=True)
    counts = {}
    for _, reqs in MWL_THEMES:
        for _, _, acts in reqs:
            for a in acts:
                counts[a["cur"]] = counts.get(a["cur"], 0) + 1
    ws.append([])
    ws.append(["RAG", "Number of actions"])
    for k, name in (("B", "Blue – complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")):
        ws.append([name, counts.get(k, 0)])
        ws.cell(ws.max_row, 1).fill = fill(FILL[k])
    ws.append(["Total", sum(counts.values())])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 24
    wb.save(os.path.join(HERE, MWL_FILE))


# ---------------------------------------------------------------------------
# 2. Ashfield District Council - corporate risk register Q3 2025/26
# ---------------------------------------------------------------------------
ADC_FILE = "jf2-ashfield-dc-corporate-risk-register-q3-2025-26.xlsx"
ADC_TITLE = "Ashfield District Council – Corporate Risk Register, Quarter 3 2025/26"
ADC_RISKS = [
    dict(head="CR01 – Financial sustainability", owner="Chief Finance Officer (S151)", score="4 x 4 = 16", target="3 x 3 = 9", q2=16, trend="↔",
         desc="Risk: the Council is unable to set a balanced budget over the Medium Term Financial Strategy (MTFS) period because of inflation, demand pressures and uncertainty over the Fair Funding Review, leading to unplanned use of reserves.",
         actions=[
             dict(ref="CR01a", action="Deliver the £1.2m savings programme agreed as part of the 2025/26 budget, with monthly tracking through the Corporate Leadership Team.",
                  lead_cell="Chief Finance Officer", date=D(2026, 3, 31), prog="£0.86m delivered or on track; £0.34m at risk (car parking income below budget).", st="A",
                  lead=["Chief Finance Officer"], end="2026-03", status="amber"),
             dict(ref="CR01b", action="Refresh the MTFS for 2026/27 to 2029/30 following the provisional Local Government Finance Settlement.",
                  lead_cell="Chief Finance Officer / Strategic Finance Manager", date="Feb 2026", prog="Provisional settlement received 17/12/2025. Draft MTFS to Cabinet on 10/02/2026.", st="G",
                  lead=["Chief Finance Officer", "Strategic Finance Manager"], end="2026-02", status="green"),
         ]),
    dict(head="CR02 – Local Government Reorganisation (LGR)", owner="Chief Executive", score="4 x 5 = 20", target="3 x 4 = 12", q2=20, trend="↔",
         desc="Risk: the transition to new unitary arrangements in Nottinghamshire disrupts service delivery, diverts capacity from Council priorities and causes the loss of key staff.",
         actions=[
             dict(ref="CR02a", action="Contribute to the joint Nottinghamshire LGR proposal and submit the Council's response to Government.",
                  lead_cell="Chief Executive", date=D(2025, 11, 28), prog="Final proposal submitted 28/11/2025.", st="C",
                  lead=["Chief Executive"], end="2025-11", status="blue"),
             dict(ref="CR02b", action="Maintain a staff communication and engagement plan throughout LGR, including quarterly all-staff briefings.",
                  lead_cell="Assistant Director – HR & Transformation", date="Ongoing", prog="All-staff briefing held 04/12/2025; LGR FAQ page live on the intranet.", st="G",
                  lead=["Assistant Director – HR & Transformation"], end=None, end_text="Ongoing", status="green"),
         ]),
    dict(head="CR03 – Cyber security and business continuity", owner="Director of Resources and Business Transformation", score="4 x 4 = 16", target="2 x 4 = 8", q2=12, trend="↑",
         desc="Risk: a cyber attack or major ICT failure results in loss of systems and data, preventing the delivery of critical services.",
         actions=[
             dict(ref="CR03a", action="Close the high-priority findings from the 2025 IT health check and work towards the Cyber Assessment Framework (CAF) baseline.",
                  lead_cell="ICT Manager", date=D(2026, 6, 30), prog="7 of 11 high findings closed. Remaining 4 depend on the server replacement (CR03b).", st="A",
                  lead=["ICT Manager"], end="2026-06", status="amber"),
             dict(ref="CR03b", action="Replace end-of-life servers at the Urban Road offices and migrate remaining line-of-business systems to the cloud.",
                  lead_cell="ICT Manager; Head of Digital", date="Q1 2026/27", prog="Procurement delayed – preferred supplier withdrew in November. Re-tender under way.", st="R",
                  lead=["ICT Manager", "Head of Digital"], end="2026-06", status="red"),
             dict(ref="CR03c", action="Run a corporate business continuity exercise (loss of the Urban Road offices) and update service business continuity plans.",
                  lead_cell="Emergency Planning Officer", date=D(2025, 10, 31), prog="Exercise held 15/10/2025; 14 of 14 service BCPs updated.", st="C",
                  lead=["Emergency Planning Officer"], end="2025-10", status="blue"),
         ]),
    dict(head="CR04 – Landlord health and safety compliance", owner="Director of Housing and Assets", score="3 x 5 = 15", target="2 x 5 = 10", q2=15, trend="↔",
         desc="Risk: the Council fails to meet the Regulator of Social Housing's Safety and Quality Standard for its 6,600 homes, leading to harm to tenants and regulatory intervention.",
         actions=[
             dict(ref="CR04a", action="Complete all outstanding fire risk assessment actions in blocks of flats and sheltered schemes.",
                  lead_cell="Housing Compliance Manager", date=D(2026, 3, 31), prog="41 of 58 actions complete. Fire door replacements at two sheltered schemes scheduled for February.", st="A",
                  lead=["Housing Compliance Manager"], end="2026-03", status="amber"),
             dict(ref="CR04b", action="Report landlord compliance (gas, electrical, fire, water, asbestos and lifts) monthly to the Housing Compliance Board and quarterly to Cabinet.",
                  lead_cell="Housing Compliance Manager", date="Monthly", prog="Reported each month; Q2 report to Cabinet 18/11/2025.", st="G",
                  lead=["Housing Compliance Manager"], end=None, end_text="Monthly", status="green"),
         ]),
]


def build_adc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ADC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to Audit Committee, 26 January 2026"
    ws.append([])
    ws.append(["Risk", "Risk owner", "Q2 score", "Q3 score", "Target score", "Direction of travel"])
    for c in range(1, 7):
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).fill = fill("BDD7EE")
    for rk in ADC_RISKS:
        cur = int(rk["score"].split("=")[1])
        ws.append([rk["head"], rk["owner"], rk["q2"], cur, int(rk["target"].split("=")[1]), rk["trend"]])
    ws.append([])
    ws.append(["Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing"])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Scores are Likelihood x Impact (1–5). Action status: G – on track; A – minor slippage; R – significantly off track; C – completed."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Risk / further mitigating action", "Risk owner / action owner", "Current score (L x I)", "Target score",
           "Target date", "Q3 progress commentary", "Status"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for rk in ADC_RISKS:
        ws.cell(r, 1, rk["head"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, rk["owner"])
        ws.cell(r, 4, rk["score"])
        ws.cell(r, 5, rk["target"])
        ws.cell(r, 8, rk["trend"])
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("1F3864")
            ws.cell(r, c).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, c).border = BOX
        r += 1
        ws.cell(r, 1, rk["desc"]).font = Font(italic=True)
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in rk["actions"]:
            vals = [a["ref"], a["action"], a["lead_cell"], None, None, a["date"], a["prog"], a["st"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            st = a["st"]
            ws.cell(r, 8).fill = fill({"G": GREEN, "A": AMBER, "R": RED, "C": "A6A6A6"}[st])
            r += 1
        r += 1  # blank row between risks
    for col, w in zip("ABCDEFGH", (8, 55, 30, 14, 12, 12, 50, 8)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A1"].font = Font(bold=True)
    ws.cell(3, 1, "Likelihood \\ Impact")
    for i in range(1, 6):
        ws.cell(3, 1 + i, i)
        ws.cell(3 + i, 1, 6 - i)
    for li in range(1, 6):
        for im in range(1, 6):
            L = 6 - li
            s = L * im
            cell = ws.cell(3 + li, 1 + im, s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    ws["A10"] = "15–25 Red (corporate risk, quarterly review by CLT); 8–12 Amber; 1–6 Green"
    wb.save(os.path.join(HERE, ADC_FILE))


# ---------------------------------------------------------------------------
# 3. Calderdale Council - transformation programme highlight report
# ---------------------------------------------------------------------------
CAL_FILE = "jf2-calderdale-council-transformation-programme-highlight-report.xlsx"
CAL_TITLE = "Calderdale Council – Transformation Programme Highlight Report"
CAL_WS = [
    ("WS1 Customer Access and Digital", [
        dict(ref="1.01", action="Launch the new customer portal (MyCalderdale) for council tax and benefits self-service.",
             lead_cell="Head of Customer Services", base=D(2025, 6, 30), fc=D(2025, 9, 15), rag="Complete",
             comm="Went live 15/09/2025; 4,200 accounts created in the first month.",
             lead=["Head of Customer Services"], end="2025-09", status="blue"),
        dict(ref="1.02", action="Migrate contact centre telephony to the cloud platform and retire the legacy ACD system.",
             lead_cell="ICT Service Manager / Head of Customer Services", base=D(2025, 10, 31), fc=D(2026, 1, 31), rag="Amber",
             comm="Supplier build slipped by six weeks; cutover now planned for January 2026 to avoid the council tax billing peak.",
             lead=["ICT Service Manager", "Head of Customer Services"], end="2026-01", status="amber"),
        dict(ref="1.03", action="Deliver the digital inclusion offer in six libraries (assisted digital sessions and device lending).",
             lead_cell="Libraries Manager", base=D(2025, 12, 31), fc=None, rag="Green",
             comm="Four libraries live; Todmorden and Brighouse to follow in December.",
             lead=["Libraries Manager"], end="2025-12", status="green"),
    ]),
    ("WS2 Adults and Children’s Demand Management", [
        dict(ref="2.01", action="Implement the strengths-based ‘three conversations’ model across all adult social care locality teams.",
             lead_cell="Service Manager – Adult Social Care", base=D(2026, 3, 31), fc=D(2026, 3, 31), rag="Green",
             comm="Innovation sites in North and Central localities; East and Upper Valley teams to start in January.",
             lead=["Service Manager – Adult Social Care"], end="2026-03", status="green"),
        dict(ref="2.02", action="Open the in-house two-bed children’s home for step-down from external residential placements.",
             lead_cell="Head of Service – Corporate Parenting", base=D(2025, 9, 30), fc=D(2026, 4, 30), rag="Red",
             comm="Ofsted registration application submitted 02/10/2025; registration visit not yet scheduled. Savings of £0.4m now slip into 2026/27.",
             lead=["Head of Service – Corporate Parenting"], end="2026-04", status="red"),
        dict(ref="2.03", action="Review every placement costing over £5,000 per week through the joint funding panel.",
             lead_cell="Jo Whitworth and Imran Hussain", base="Monthly", fc=None, rag="Green",
             comm="Panel met 8 and 22 October; 11 placements reviewed, 3 stepped down.",
             lead=["Jo Whitworth", "Imran Hussain"], end=None, end_text="Monthly", status="green"),
    ]),
    ("WS3 Workforce and Accommodation", [
        dict(ref="3.01", action="Close the Horton Street office and relocate staff to Halifax Town Hall and Northgate House.",
             lead_cell="Estates Manager", base=D(2025, 12, 31), fc=D(2026, 3, 31), rag="Amber",
             comm="Fit-out tender returned over budget; revised scope going to Transformation Board in November.",
             lead=["Estates Manager"], end="2026-03", status="amber"),
        dict(ref="3.02", action="Roll out the hybrid working policy and manager training to all services.",
             lead_cell="Head of HR and OD", base=D(2025, 7, 31), fc=D(2025, 7, 31), rag="Complete",
             comm="Policy adopted July 2025; 212 managers trained.",
             lead=["Head of HR and OD"], end="2025-07", status="blue"),
    ]),
]
RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_cal():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = CAL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: October 2025 (Period 7)"
    ws["A3"] = "Programme SRO: Director of Resources and Transformation"
    ws["A4"] = "Prepared by: Transformation Programme Management Office (PMO)"
    ws["A6"] = "Overall programme RAG"
    ws["A6"].font = Font(bold=True)
    ws["B6"] = "Amber"
    ws["B6"].fill = fill(AMBER)
    ws["A8"] = "Workstream summary"
    ws["A8"].font = Font(bold=True)
    hdr = ["Workstream", "Workstream lead", "Schedule", "Budget", "Benefits", "Overall"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(9, c, h).font = Font(bold=True)
        ws.cell(9, c).fill = fill("D9D9D9")
    summ = [("WS1 Customer Access and Digital", "Assistant Director – Customer and Digital", "Amber", "Green", "Green", "Green"),
            ("WS2 Adults and Children’s Demand Management", "Director of Adult Services and Wellbeing", "Red", "Amber", "Red", "Amber"),
            ("WS3 Workforce and Accommodation", "Assistant Director – HR", "Amber", "Amber", "Green", "Amber")]
    for i, row in enumerate(summ, start=10):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(i, c, v)
            if v in RAGFILL:
                cell.fill = fill(RAGFILL[v])
    ws["A14"] = "Benefits realised to date: £1.37m of £3.2m target for 2025/26 (43%)."
    ws["A16"] = "Key risks and issues for escalation"
    ws["A16"].font = Font(bold=True)
    ws["A17"] = "• Delay to children’s home registration puts £0.4m of 2025/26 savings at risk (see milestone 2.02)."
    ws["A18"] = "• Telephony cutover must avoid the March annual billing period – no further slippage can be absorbed."
    ws["A20"] = "Decisions required from Transformation Board"
    ws["A20"].font = Font(bold=True)
    ws["A21"] = "• Approve revised scope and budget for the Horton Street office fit-out."
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 42

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Milestone tracker – October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["No.", "Milestone / deliverable", "Project lead", "Baseline date", "Forecast / actual date", "RAG", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("44546A")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for wsname, acts in CAL_WS:
        ws.cell(r, 1, wsname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = fill("DDEBF7")
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["base"], a["fc"], a["rag"], a["comm"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            ws.cell(r, 6).fill = fill(RAGFILL[a["rag"]])
            r += 1
    ws.cell(r + 1, 1, "Forecast / actual date shows the actual date where a milestone is complete.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (7, 55, 30, 12, 14, 10, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, CAL_FILE))


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Reading CSP - Domestic Homicide Review 'Maria' action plan
# ---------------------------------------------------------------------------
RDG_FILE = "jf2-reading-csp-dhr-maria-action-plan.docx"
RDG_TITLE = "Domestic Homicide Review ‘Maria’ – Action Plan"
RDG_PARTA = "Part A – Overview Report Recommendations"
RDG_PARTB = "Part B – Single Agency Recommendations"
RDG_RECS = [
    ("Recommendation 1: Reading Community Safety Partnership to assure itself that partner agencies’ domestic abuse training covers economic abuse and coercive control through finances.", [
        dict(ref="1.1", action="Review the Reading domestic abuse training offer against the Domestic Abuse Statutory Guidance (2022) and add an economic abuse module.",
             lead_cell="Reading BC Domestic Abuse Coordinator", date="31/03/2025", prog="Economic abuse module added to the multi-agency training calendar from April 2025.", st="Complete",
             lead=["Reading BC Domestic Abuse Coordinator"], end="2025-03", status="blue"),
        dict(ref="1.2", action="Each partner agency to confirm in writing the number of frontline staff trained and report the figures to the CSP Board.",
             lead_cell="All CSP partner agencies", date="September 2025", prog="5 of 8 agencies have returned figures; reminders sent 01/09/2025.", st="A",
             lead=["All CSP partner agencies"], end="2025-09", status="amber"),
    ]),
    ("Recommendation 2: Royal Berkshire NHS Foundation Trust and Berkshire Healthcare NHS Foundation Trust to ensure that routine enquiry about domestic abuse is made, and recorded, when a patient attends alone with an injury.", [
        dict(ref="2.1", action="Add a mandatory routine enquiry prompt to the Emergency Department triage record.",
             lead_cell="RBFT Named Nurse for Safeguarding Adults", date="January 2025", prog="Prompt live on Epic from 13/01/2025.", st="Complete",
             lead=["RBFT Named Nurse for Safeguarding Adults"], end="2025-01", status="blue"),
        dict(ref="2.2", action="Audit routine enquiry compliance in ED and the Minor Injuries Unit every six months and report to the Berkshire West Safeguarding Adults Board.",
             lead_cell="RBFT Head of Safeguarding & BHFT Head of Safeguarding", date="Six-monthly", prog="First audit (April 2025): 71% of eligible attendances asked. Next audit October 2025.", st="G",
             lead=["RBFT Head of Safeguarding", "BHFT Head of Safeguarding"], end=None, end_text="Six-monthly", status="green"),
    ]),
    ("Recommendation 3: Thames Valley Police and Reading Borough Council to strengthen information sharing when a perpetrator is subject to a Domestic Violence Protection Order.", [
        dict(ref="3.1", action="Share Domestic Violence Protection Order notifications with Reading Housing Options within 24 hours through the MASH.",
             lead_cell="TVP DI – Reading MASH", date="30/06/2025\nRevised: 31/10/2025", prog="Information sharing agreement updated; new notification process awaiting sign-off by TVP Information Governance.", st="A",
             lead=["TVP DI – Reading MASH"], end="2025-10", status="amber"),
    ]),
]
RDG_AGENCIES = [
    ("Thames Valley Police", [
        dict(ref="TVP1", action="Refresh guidance to response officers on recording the voice of the victim in DASH risk assessments.",
             lead_cell="Head of Protecting Vulnerable People", date="December 2024", prog="Guidance issued 28/11/2024 and included in PVP training.", st="Complete",
             lead=["Head of Protecting Vulnerable People"], end="2024-12", status="blue"),
    ]),
    ("Reading Borough Council – Adult Social Care", [
        dict(ref="ASC1", action="Include domestic abuse screening questions in the Care Act assessment and review templates.",
             lead_cell="Principal Social Worker (Adults)", date="March 2026", prog="Template changes agreed; awaiting Mosaic release in early 2026.", st="G",
             lead=["Principal Social Worker (Adults)"], end="2026-03", status="green"),
    ]),
    ("Berkshire Women’s Aid", [
        dict(ref="BWA1", action="Review outreach case closure when a client cannot be contacted after three attempts, requiring manager sign-off before closure.",
             lead_cell="Operations Manager", date="31/12/2025", prog="Draft procedure out for consultation with outreach workers.", st="G",
             lead=["Operations Manager"], end="2025-12", status="green"),
    ]),
]


def rdg_table(doc, header):
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    return t


def rdg_row(t, a):
    cells = t.add_row().cells
    for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["date"], a["prog"], a["st"]]):
        set_cell(c, v)
    col = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[a["st"]]
    shade(cells[5], col)


def build_rdg():
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Reading Community Safety Partnership – OFFICIAL"
    doc.add_heading(RDG_TITLE, level=0)
    doc.add_paragraph("Domestic Homicide Review into the death of ‘Maria’ (aged 34) in April 2023. "
                      "Overview report published June 2025 following Home Office Quality Assurance Panel approval.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "DHR ‘Maria’ – Action Plan"), ("Version", "2.3"), ("Date", "12 September 2025"),
                 ("Owner", "Community Safety Partnership Manager"), ("Monitored by", "Reading CSP DHR Steering Group")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete = action completed and evidence seen by the Steering Group; "
                      "G = on track; A = some delay; R = not on track.")
    header = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update", "Status"]
    doc.add_heading(RDG_PARTA, level=1)
    for rec, acts in RDG_RECS:
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = rdg_table(doc, header)
        for a in acts:
            rdg_row(t, a)
        doc.add_paragraph("")
    doc.add_heading(RDG_PARTB, level=1)
    t = rdg_table(doc, header)
    for agency, acts in RDG_AGENCIES:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, agency, bold=True)
        shade(m, "F2F2F2")
        for a in acts:
            rdg_row(t, a)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan will be monitored by the DHR Steering Group until all actions are complete, "
                      "and reported to the Reading CSP Board each quarter.")
    doc.save(os.path.join(HERE, RDG_FILE))


# ---------------------------------------------------------------------------
# 5. Leeds Safeguarding Adults Board - delivery plan 2024/25 (Q3 update)
# ---------------------------------------------------------------------------
LDS_FILE = "jf2-leeds-sab-strategic-plan-delivery-plan-2024-25.docx"
LDS_TITLE = "Leeds Safeguarding Adults Board – Delivery Plan 2024/25"
LDS_PRIORITIES = [
    ("Priority 1: Making Safeguarding Personal – people are listened to and are at the centre of safeguarding enquiries", [
        dict(ref="1a", action="Develop a multi-agency Making Safeguarding Personal (MSP) outcomes audit tool and pilot it with three partner agencies.",
             lead_cell="Chair of the Quality and Performance Sub-Group", date="September 2024",
             upd="Tool piloted with Adults and Health, LTHT and West Yorkshire Police. Findings reported to the Board on 11/12/2024.", rag="B",
             lead=["Chair of the Quality and Performance Sub-Group"], end="2024-09", status="blue"),
        dict(ref="1b", action="Co-produce a short guide to safeguarding enquiries with people with lived experience, in Easy Read and the five most spoken community languages.",
             lead_cell="LSAB Business Manager / Healthwatch Leeds", date="March 2025",
             upd="Easy Read version drafted with the Advocacy Hub. Translation budget not yet agreed.", rag="A",
             lead=["LSAB Business Manager", "Healthwatch Leeds"], end="2025-03", status="amber"),
    ]),
    ("Priority 2: Prevention – working with communities to stop abuse and neglect happening", [
        dict(ref="2a", action="Deliver the annual Leeds Safeguarding Week campaign, with a focus on self-neglect and hoarding.",
             lead_cell="LSAB Communications and Engagement Officer", date="June 2024",
             upd="Safeguarding Week held 24–28 June 2024; 41 events and 1,900 attendees.", rag="B",
             lead=["LSAB Communications and Engagement Officer"], end="2024-06", status="blue"),
        dict(ref="2b", action="Work with Safer Leeds to agree a joint approach to adults at risk of exploitation, including:\n• a cuckooing referral pathway\n• joint training for housing and anti-social behaviour officers",
             lead_cell="Safer Leeds; LSAB Business Manager", date="Q4 2024/25",
             upd="Pathway agreed at the Safer Leeds Executive on 14/11/2024. Training dates set for February 2025.", rag="G",
             lead=["Safer Leeds", "LSAB Business Manager"], end="2025-03", status="green"),
    ]),
    ("Priority 3: Learning from Safeguarding Adults Reviews and other reviews", [
        dict(ref="3a", action="Publish a seven-minute briefing for each SAR within one month of the overview report being published.",
             lead_cell="Chair of the Learning and Improvement Sub-Group", date="Ongoing",
             upd="Briefings published for SAR ‘Ellen’ and SAR ‘Michael’.", rag="G",
             lead=["Chair of the Learning and Improvement Sub-Group"], end=None, end_text="Ongoing", status="green"),
        dict(ref="3b", action="Hold a learning event on the thematic review of self-neglect deaths and evaluate changes in practice six months later.",
             lead_cell="LCH Head of Safeguarding", date="31/01/2025",
             upd="Venue booked for 28/01/2025; evaluation questionnaire being designed with the Quality and Performance Sub-Group.", rag="A",
             lead=["LCH Head of Safeguarding"], end="2025-01", status="amber"),
    ]),
    ("Priority 4: Assurance – the Board is confident that safeguarding arrangements work well", [
        dict(ref="4a", action="Complete the Safeguarding Adults Partnership Self-Assessment (SAPSA) with all statutory partners and hold a challenge event.",
             lead_cell="LSAB Business Manager", date="Nov 2024",
             upd="Challenge event held 20/11/2024; report to the Board in January.", rag="B",
             lead=["LSAB Business Manager"], end="2024-11", status="blue"),
        dict(ref="4b", action="Develop a quarterly multi-agency safeguarding dashboard, including data from the ICB, West Yorkshire Police and Leeds City Council.",
             lead_cell="Intelligence and Policy Manager (Adults and Health)", date="March 2025",
             upd="Data sharing agreement with the ICB not yet signed; first dashboard delayed.", rag="R",
             lead=["Intelligence and Policy Manager (Adults and Health)"], end="2025-03", status="red"),
    ]),
]


def build_lds():
    doc = Document()
    landscape(doc)
    doc.add_heading(LDS_TITLE, level=0)
    doc.add_paragraph("Strategic Plan 2024–2027, Year 1 – Quarter 3 progress report (October to December 2024)")
    doc.add_paragraph("This delivery plan sets out what the Board and its sub-groups will do in 2024/25 to deliver the four "
                      "priorities of the Strategic Plan. Progress is reported to the Board every quarter by the sub-group chairs.")
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "RAG", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for k, meaning, col in [("R", "Not started or significantly off track", "FF0000"),
                            ("A", "Started, some risk to delivery", "FFC000"),
                            ("G", "On track", "00B050"),
                            ("B", "Complete", "0070C0")]:
        cells = key.add_row().cells
        set_cell(cells[0], k)
        shade(cells[0], col)
        set_cell(cells[1], meaning)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "What we will do", "Who will lead", "By when", "Quarter 3 update", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "7030A0")
    colmap = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    for pri, acts in LDS_PRIORITIES:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, pri, bold=True)
        shade(m, "E4DFEC")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["date"], a["upd"], a["rag"]]):
                set_cell(c, v)
            shade(cells[5], colmap[a["rag"]])
    doc.add_paragraph("")
    doc.add_paragraph("Next report: Quarter 4 / year-end position to the Board in April 2025.")
    doc.save(os.path.join(HERE, LDS_FILE))


# ---------------------------------------------------------------------------
# 6. NHS Norfolk and Waveney ICB - Board action log (CSV) - typo month: refuse
# ---------------------------------------------------------------------------
NWI_FILE = "jf2-nhs-norfolk-waveney-icb-board-action-log-typo-month-refuse.csv"
NWI_ROWS = [
    ["NHS Norfolk and Waveney Integrated Care Board – Board Meeting in Public: Action Log", "", "", "", "", "", "", ""],
    ["Updated 18 March 2025 for the meeting on 25 March 2025", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Action No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Update", "Status"],
    ["Open actions", "", "", "", "", "", "", ""],
    ["ICB/24/071", "24/09/2024", "Item 9: Integrated Performance Report", "Provide a breakdown of elective long waits (65+ weeks) by provider and specialty to the next Board.", "Director of Performance", "November 2024", "Deferred to March Board to include January validation data.", "Open"],
    ["ICB/24/089", "26/11/2024", "Item 7: Winter Plan 2024/25", "Circulate the system escalation framework (OPEL) to Board members.", "Chief Operating Officer", "January 2025", "Circulated 09/01/2025. Propose closure.", "Propose close"],
    ["ICB/24/094", "26/11/2024", "Item 11: Primary Care Access Recovery", "Report on the uptake of Pharmacy First across Norfolk and Waveney, including variation by PCN.", "Director of Primary Care / Head of Pharmacy and Medicines Optimisation", "Febuary 2025", "Data received from NHSBSA; paper in preparation.", "Open"],
    ["ICB/25/003", "28/01/2025", "Item 6: Patient Story", "Invite the family to a follow-up session with the Chief Nurse on changes made to discharge planning.", "Chief Nursing Officer", "March 2025", "Session arranged for 14/03/2025.", "Open"],
    ["ICB/25/007", "28/01/2025", "Item 10: Financial Plan 2025/26", "Bring the draft 2025/26 system financial plan, including the efficiency programme, to a Board seminar.", "Chief Finance Officer", "March 2025", "Seminar scheduled 11/03/2025.", "Open"],
    ["ICB/25/009", "28/01/2025", "Item 12: Mental Health Out of Area Placements", "Set out the trajectory for eliminating inappropriate adult acute out of area placements.", "Director of Mental Health", "May 2025", "", "Open"],
    ["Actions closed since the last meeting", "", "", "", "", "", "", ""],
    ["ICB/24/062", "24/09/2024", "Item 5: Chief Executive's Report", "Share the ICB's response to the NHS England consultation on the 2024/25 operating model.", "Director of Strategy", "October 2024", "Shared with members 15/10/2024.", "Closed"],
    ["ICB/24/090", "26/11/2024", "Item 8: Board Assurance Framework", "Update BAF risk 6 (workforce) to reflect the revised target risk score agreed by the People Committee.", "Board Secretary", "January 2025", "BAF updated and presented 28/01/2025.", "Closed"],
]
NWI_REFUSE_LINE = 1 + [i for i, r in enumerate(NWI_ROWS) if "Febuary" in r[5]][0]


def build_nwi():
    with open(os.path.join(HERE, NWI_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in NWI_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Mansfield Community Safety Partnership - delivery plan (tab-separated text)
# ---------------------------------------------------------------------------
MAN_FILE = "jf2-mansfield-csp-partnership-plan-2025-26-delivery-plan.txt"
MAN_TITLE = "Mansfield Community Safety Partnership – Partnership Plan 2025-26: Delivery Plan"
MAN_PRIORITIES = [
    ("Priority 1: Anti-social behaviour and a safer town centre", [
        dict(ref="1.1", action=["Deliver Operation Reclaim high-visibility patrols in the town centre and Titchfield Park"],
             lead_cell="Nottinghamshire Police (Mansfield Neighbourhood Team)", ts="Ongoing",
             prog="Weekly patrols maintained; ASB incidents in the town centre down 11% on Q2 last year", rag="G",
             lead=["Nottinghamshire Police (Mansfield Neighbourhood Team)"], end=None, end_text="Ongoing", status="green"),
        dict(ref="1.2", action=["Extend the town centre Public Spaces Protection Order for a further three years following public consultation"],
             lead_cell="Mansfield DC Community Safety Manager", ts="Oct 2025",
             prog="Consultation closed 31 July; extension approved by Cabinet 16 September", rag="B",
             lead=["Mansfield DC Community Safety Manager"], end="2025-10", status="blue"),
        dict(ref="1.3", action=["Deliver diversionary activities for young people in Ladybrook, Oak Tree and",
                                "Bellamy Road during the school summer holidays"],
             lead_cell="Mansfield DC Community Safety Team & Nottinghamshire Youth Service", ts="Aug 2025",
             prog="14 sessions delivered; 312 attendances", rag="B",
             lead=["Mansfield DC Community Safety Team", "Nottinghamshire Youth Service"], end="2025-08", status="blue"),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        dict(ref="2.1", action=["Achieve White Ribbon accreditation for Mansfield District Council"],
             lead_cell="Mansfield DC Community Safety Manager", ts="Nov 2025",
             prog="Application submitted; ambassadors recruited in each directorate", rag="G",
             lead=["Mansfield DC Community Safety Manager"], end="2025-11", status="green"),
        dict(ref="2.2", action=["Deliver Ask for Angela and WAVE training to licensed premises staff"],
             lead_cell="Mansfield DC Licensing / Nottinghamshire Police Licensing", ts="Q3 2025/26",
             prog="Two sessions held (23 premises); trainer availability limited", rag="A",
             lead=["Mansfield DC Licensing", "Nottinghamshire Police Licensing"], end="2025-12", status="amber"),
        dict(ref="2.3", action=["Promote the Notts Women's Aid outreach offer through GP practices and the Mansfield Primary Care Network"],
             lead_cell="Notts Women's Aid; Mid Nottinghamshire Place-Based Partnership", ts="March 2026",
             prog="Posters and IRIS-style referral cards issued to 9 of 12 practices", rag="G",
             lead=["Notts Women's Aid", "Mid Nottinghamshire Place-Based Partnership"], end="2026-03", status="green"),
    ]),
    ("Priority 3: Serious violence, exploitation and drug-related harm", [
        dict(ref="3.1", action=["Map knife crime hotspots with the Violence Reduction Unit and agree targeted interventions"],
             lead_cell="Nottinghamshire Violence Reduction Unit", ts="Sept 2025",
             prog="Hotspot mapping complete; interventions to be agreed at the October CSP Board", rag="A",
             lead=["Nottinghamshire Violence Reduction Unit"], end="2025-09", status="amber"),
        dict(ref="3.2", action=["Run two county lines intensification weeks, including cuckooing welfare visits to vulnerable tenants"],
             lead_cell="Nottinghamshire Police", ts="March 2026",
             prog="First week held in June: 6 arrests, 19 welfare visits", rag="G",
             lead=["Nottinghamshire Police"], end="2026-03", status="green"),
        dict(ref="3.3", action=["Review the drug and alcohol treatment pathway for people released from HMP Nottingham and HMP Ranby"],
             lead_cell="Change Grow Live (CGL) and Probation Service", ts="Jan 2026",
             prog="Not yet started – awaiting the Combating Drugs Partnership needs assessment", rag="R",
             lead=["Change Grow Live (CGL)", "Probation Service"], end="2026-01", status="red"),
    ]),
]


def build_man():
    lines = [MAN_TITLE,
             "Quarter 2 update (July – September 2025)",
             "Exported from the CSP performance tracker 07/10/2025",
             "",
             "RAG: G = on track, A = some slippage, R = off track, B = complete",
             "",
             "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 progress", "RAG"])]
    counts = {}
    for pri, acts in MAN_PRIORITIES:
        lines.append(pri)
        for a in acts:
            first, *rest = a["action"]
            lines.append("\t".join([a["ref"], first, a["lead_cell"], a["ts"], a["prog"], a["rag"]]))
            for cont in rest:      # cell text wrapped onto a continuation line by the export
                lines.append("\t".join(["", cont, "", "", "", ""]))
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
        lines.append("")
    lines.append("Summary\tB: %d\tG: %d\tA: %d\tR: %d\tTotal: %d" % (
        counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0), sum(counts.values())))
    lines.append("")
    lines.append("Notes: progress is reported to the Mansfield CSP Board each quarter. Lead partners update the tracker by the 5th working day after quarter end.")
    with open(os.path.join(HERE, MAN_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_mwl()
    build_adc()
    build_cal()
    build_rdg()
    build_lds()
    build_nwi()
    build_man()
    print("built 7 files in", HERE)
