"""Build the seven hb2- blind test files of set heldout244.

Run with /work/main/.venv/bin/python hb2_make.py (openpyxl, python-docx).
Partnership, NHS and corporate plans:
  1 NHS LLR ICB board action log (xlsx)
  2 University Hospitals Plymouth maternity and neonatal improvement plan (xlsx)
  3 Rotherham MBC strategic risk register Q3 2024/25 (xlsx)
  4 Wigan SAB SAR Adult P action plan (docx)
  5 Darlington CSP DHR 'Jasmine' action plan (docx)
  6 Bury CSP community safety plan delivery plan 2024/25 - typo month, refuse (csv)
  7 Wirral Council change programme highlight report (txt, tab-separated)
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE}


def d(s):
    """dd/mm/yyyy -> datetime"""
    return datetime.strptime(s, "%d/%m/%Y")


def solid(argb):
    return PatternFill(fill_type="solid", start_color=argb, end_color=argb)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. NHS Leicester, Leicestershire and Rutland ICB - Board action log (xlsx)
# ---------------------------------------------------------------------------
LLR_FILE = "hb2-nhs-leicester-leicestershire-rutland-icb-board-action-log.xlsx"
LLR_TITLE = "NHS Leicester, Leicestershire and Rutland ICB \u2013 Board Meeting in Public: Action Log"
# (action no, meeting date, minute, agenda item, action, owner, original due,
#  revised due, update, RAG fill)
LLR_ROWS = [
    ("ICB-B/24/061", "11/07/2024", "ICB/24/105", "Integrated Performance Report",
     "Provide a breakdown of patients waiting over 65 weeks for elective treatment by provider and specialty, "
     "with the trajectory to eliminate 65-week waits.",
     "Chief Operating Officer", "12/09/2024", "14/11/2024",
     "Breakdown included in the November IPR (Appendix B). Trajectory reviewed by the System Finance and "
     "Performance Committee.", "G"),
    ("ICB-B/24/074", "12/09/2024", "ICB/24/131", "Winter Plan 2024/25",
     "Share the system escalation framework (OPEL) with Board members and confirm how primary care capacity "
     "is reflected in the system OPEL score.",
     "Chief Operating Officer / Director of Primary Care", "14/11/2024", "12/06/2025",
     "Framework circulated 02/10/2024. Primary care metrics to be added once the national GP OPEL framework "
     "is confirmed; revised date agreed at the January Board.", "A"),
    ("ICB-B/24/089", "14/11/2024", "ICB/24/158", "Patient Safety and Quality Report",
     "Bring a deep dive on the learning from maternity serious incidents and PSIIs at UHL to a future Board "
     "development session.",
     "Chief Nursing Officer", "13/02/2025", None,
     "Not presented in February due to agenda pressures; to be rescheduled.", "R"),
    ("ICB-B/24/090", "14/11/2024", "ICB/24/161", "Finance Report Month 7",
     "Circulate the detailed system financial recovery plan, including the risk-adjusted delivery of "
     "efficiency schemes by organisation.",
     "Chief Finance Officer", "09/01/2025", None,
     "Circulated to Board members by email on 20/12/2024.", "G"),
    ("ICB-B/25/003", "09/01/2025", "ICB/25/007", "Joint Forward Plan refresh 2025/26",
     "Ensure the refreshed Joint Forward Plan reflects the priorities of the three Health and Wellbeing "
     "Boards and is shared with each Board before final approval.",
     "Chief Strategy Officer", "13/03/2025", "10/04/2025",
     "Draft shared with the Leicester, Leicestershire and Rutland HWBs in March. Final JFP on the April "
     "agenda (item 11).", "G"),
    ("ICB-B/25/004", "09/01/2025", "ICB/25/012", "Board Assurance Framework",
     "Review the scoring of BAF risk 3 (workforce) in light of the agency spend cap and report back "
     "through the People and Culture Committee.",
     "Chief People Officer", "13/03/2025", "12/06/2025",
     "People and Culture Committee reviewed the score in March and asked for further data on bank usage; "
     "revised date agreed.", "A"),
    ("ICB-B/25/011", "13/03/2025", "ICB/25/039", "Urgent and Emergency Care Update",
     "Provide assurance on ambulance handover delays at the LRI, including the number of handovers over "
     "60 minutes and the actions agreed with EMAS.",
     "Chief Operating Officer", "10/04/2025", None,
     "Included in the April UEC paper (item 8).", "G"),
    ("ICB-B/25/012", "13/03/2025", "ICB/25/044", "Health Inequalities Framework",
     "Establish a Board-level measure of progress on Core20PLUS5 and include it in the IPR from Quarter 1.",
     "Director of Health Equity and Inclusion", "10/07/2025", None,
     "Metrics agreed in principle with the BI team; first report expected in July.", "A"),
    ("ICB-B/25/013", "13/03/2025", "ICB/25/047", "Any Other Business",
     "Write to the Rutland Health and Wellbeing Board setting out the ICB's position on the review of "
     "community services at Rutland Memorial Hospital.",
     "Chair / Chief Executive", "10/04/2025", None,
     "", "R"),
]


def build_llr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = [14, 12, 12, 24, 50, 24, 12, 12, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = LLR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Updated for the Board meeting on 10 April 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    key = [("G", "Action complete \u2013 Board asked to approve closure"),
           ("A", "Action in progress \u2013 not yet due"),
           ("R", "Action overdue, or due date revised more than once")]
    for i, (c, text) in enumerate(key):
        r = 4 + i
        ws.cell(row=r, column=2).fill = solid(FILL[c])
        ws.cell(row=r, column=2).border = BOX
        ws.cell(row=r, column=3, value=text)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    hdr = ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Action Owner",
           "Original Due Date", "Revised Due Date", "Progress Update", "RAG"]
    hr = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("FF005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    for i, row in enumerate(LLR_ROWS):
        r = hr + 1 + i
        no, mdate, minute, item, action, owner, orig, rev, upd, rag = row
        vals = [no, d(mdate), minute, item, action, owner, d(orig), d(rev) if rev else None,
                upd or None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = solid(FILL[rag])
    ws.freeze_panes = "A9"
    wb.save(os.path.join(HERE, LLR_FILE))


# ---------------------------------------------------------------------------
# 2. University Hospitals Plymouth - Maternity and neonatal improvement plan
# ---------------------------------------------------------------------------
UHP_FILE = "hb2-university-hospitals-plymouth-maternity-neonatal-improvement-plan.xlsx"
UHP_TITLE = "Maternity and Neonatal Improvement Plan 2024\u20132026"
T1 = "Theme 1: Listening to and working with women and families with compassion"
T2 = "Theme 2: Growing, retaining and supporting our workforce"
T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
T4 = "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"
# items: ("T", theme) / ("O", objective) / action tuple
# (ref, source, action, leads, original, revised, update, prev, curr, evidence)
UHP_ROWS = [
    ("T", T1),
    ("O", "Objective 1: Care that is personalised"),
    ("1.1.1", "3YDP / CQC Should Do 4",
     "Implement personalised care and support plans (PCSPs) on BadgerNet for all women at booking, with "
     "review at 28 and 36 weeks.",
     "Consultant Midwife / Digital Midwife", "31/12/2024", "31/03/2025",
     "PCSP template live on BadgerNet from November. Audit shows 71% completed at booking; 28-week review "
     "not yet captured.", "A", "A", "E1.1.1 PCSP audit Jan 25"),
    ("1.1.2", "MNVP 15 Steps",
     "Co-produce revised information leaflets for induction of labour with the Maternity and Neonatal "
     "Voices Partnership (MNVP), including easy read and translated versions.",
     "Matron \u2013 Antenatal Services", "30/11/2024", None,
     "Leaflets approved by the MNVP and published on the Trust website and the Badger Notes app.",
     "G", "B", "E1.1.2 IOL leaflets"),
    ("O", "Objective 2: Improve equity for mothers and babies"),
    ("1.2.1", "LMNS Equity and Equality Plan",
     "Introduce a continuity of carer team for women living in the most deprived postcodes of Devonport "
     "and Stonehouse.",
     "Head of Midwifery", "31/03/2025", "30/09/2025",
     "Business case approved; recruitment of 6.4 WTE midwives under way. Team launch moved to September "
     "because of vacancies.", "G", "A", ""),
    ("1.2.2", "LMNS Equity and Equality Plan",
     "Ensure an interpreter is booked for every appointment where a language need is recorded, and audit "
     "compliance quarterly.",
     "Maternity Governance Lead", "31/01/2025", None,
     "Q3 audit: 92% compliance. Reminder issued through safety huddles.", "A", "G", "E1.2.2 Q3 audit"),
    ("T", T2),
    ("O", "Objective 4: Grow our workforce"),
    ("2.4.1", "BirthRate Plus 2024",
     "Recruit to the funded midwifery establishment identified by the 2024 BirthRate Plus review.",
     "Director of Midwifery", "30/06/2025", None,
     "Vacancy rate reduced to 6.2%. 14 newly qualified midwives start in September.", "G", "G", ""),
    ("O", "Objective 5: Value and retain our workforce"),
    ("2.5.1", "National Preceptorship Framework",
     "Roll out the preceptorship programme for newly qualified midwives in line with the national "
     "framework, including supernumerary time and a named preceptor.",
     "Practice Development Midwife", "31/10/2024", None,
     "Programme in place; 100% of preceptees have a named preceptor.", "B", "B", "E2.5.1"),
    ("O", "Objective 6: Invest in skills"),
    ("2.6.1", "CNST Safety Action 8",
     "Achieve 90% attendance at PROMPT and fetal monitoring training for all staff groups, including "
     "anaesthetists and obstetric consultants.",
     "Clinical Director for Obstetrics / Practice Development Midwife", "30/11/2024", "31/03/2025",
     "Midwives 94%, obstetricians 88%, anaesthetists 79%. Additional PROMPT dates added in March.",
     "R", "A", "E2.6.1 TNA report"),
    ("T", T3),
    ("O", "Objective 7: Develop a positive safety culture"),
    ("3.7.1", "Perinatal Culture and Leadership Programme",
     "Complete the SCORE culture survey and agree a culture improvement plan with the perinatal "
     "quadrumvirate.",
     "Director of Midwifery", "31/01/2025", None,
     "Survey complete (response rate 48%). Culture improvement plan presented to Safety Champions on "
     "18/02/2025.", "G", "B", "E3.7.1"),
    ("O", "Objective 8: Learning and improving"),
    ("3.8.1", "CQC Must Do 2",
     "Ensure all maternity incidents are reviewed within 72 hours and that PSII learning is shared through "
     "the monthly Maternity Safety Bulletin.",
     "Maternity Governance Lead", "31/12/2024", None,
     "Backlog of 38 incidents open over 30 days remains; an additional governance midwife seconded from "
     "February.", "R", "R", ""),
    ("T", T4),
    ("O", "Objective 10: Standards to ensure best practice"),
    ("4.10.1", "SBLCB v3",
     "Implement all six elements of the Saving Babies' Lives Care Bundle version 3, with quarterly review "
     "by the LMNS.",
     "Consultant Obstetrician (Fetal Medicine) / Consultant Midwife", "31/03/2025", None,
     "Implementation at 84% across the six elements. Element 2 (fetal growth) is the main gap.",
     "A", "A", "E4.10.1 LMNS Q3"),
    ("O", "Objective 11: Data to inform learning"),
    ("4.11.1", "CNST Safety Action 2",
     "Improve the quality of Maternity Services Data Set (MSDS) submissions to meet the CNST Safety "
     "Action 2 criteria.",
     "Digital Midwife", "28/02/2025", None,
     "December submission passed 10 of 11 quality criteria.", "G", "G", ""),
]

UHP_KEY = [("B", "Complete \u2013 evidence of embedding received"),
           ("G", "On track to deliver by the due date"),
           ("A", "At risk of delay \u2013 mitigation in place"),
           ("R", "Off track \u2013 escalated to Quality and Safety Committee")]


def build_uhp():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov["A1"] = "University Hospitals Plymouth NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = UHP_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal Services, "
                 "the CQC inspection report (2023) and CNST Year 6")
    dc = [("Version", "3.2"), ("Date", "24/02/2025"), ("Plan owner", "Director of Midwifery"),
          ("Executive sponsor", "Chief Nurse"),
          ("Reporting to", "Maternity and Neonatal Safety Champions; Quality and Safety Committee"),
          ("Next review", "March 2025")]
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate(dc):
        cov.cell(row=6 + i, column=1, value=k).border = BOX
        cov.cell(row=6 + i, column=2, value=v).border = BOX
    cov["A13"] = "RAG rating key"
    cov["A13"].font = Font(bold=True)
    for i, (c, text) in enumerate(UHP_KEY):
        a = cov.cell(row=14 + i, column=1, value=c)
        a.fill = solid(FILL[c])
        a.border = BOX
        cov.cell(row=14 + i, column=2, value=text).border = BOX

    # Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings \u2013 February 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sm.column_dimensions["A"].width = 80
    heads = ["Theme", "B", "G", "A", "R", "Total"]
    for c, h in enumerate(heads, 1):
        cell = sm.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        if h in FILL:
            cell.fill = solid(FILL[h])
    counts = {}
    theme = None
    for row in UHP_ROWS:
        if row[0] == "T":
            theme = row[1]
            counts[theme] = {"B": 0, "G": 0, "A": 0, "R": 0}
        elif row[0] != "O":
            counts[theme][row[8]] += 1
    r = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for th, cc in counts.items():
        sm.cell(row=r, column=1, value=th).border = BOX
        for j, k in enumerate("BGAR"):
            sm.cell(row=r, column=2 + j, value=cc[k]).border = BOX
            tot[k] += cc[k]
        sm.cell(row=r, column=6, value=sum(cc.values())).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, k in enumerate("BGAR"):
        sm.cell(row=r, column=2 + j, value=tot[k]).font = Font(bold=True)
    sm.cell(row=r, column=6, value=sum(tot.values())).font = Font(bold=True)

    ws = wb.create_sheet("Action Plan")
    widths = [9, 20, 55, 28, 12, 12, 50, 10, 10, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = UHP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "University Hospitals Plymouth NHS Trust \u2013 progress update February 2025"
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original Due Date", "Revised Due Date",
           "Progress Update (February 2025)", "Previous RAG (Jan)", "Current RAG (Feb)", "Evidence"]
    hr = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("FF425563")
        cell.alignment = WRAP
        cell.border = BOX
    r = hr + 1
    for row in UHP_ROWS:
        if row[0] in ("T", "O"):
            cell = ws.cell(row=r, column=1, value=row[1])
            if row[0] == "T":
                cell.font = Font(bold=True, color="FFFFFFFF", size=12)
                cell.fill = solid("FF7030A0")
            else:
                cell.font = Font(bold=True, italic=True)
                cell.fill = solid("FFE4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            ref, src, action, leads, orig, rev, upd, prev, curr, ev = row
            vals = [ref, src, action, leads, d(orig), d(rev) if rev else None, upd, prev, curr, ev or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = solid(FILL[prev])
            ws.cell(row=r, column=9).fill = solid(FILL[curr])
            for c in (8, 9):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Actions rated Blue for two consecutive months are moved to the "
                                   "completed actions log held by the Maternity Governance Team. Evidence "
                                   "references relate to the shared evidence folder.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, UHP_FILE))


# ---------------------------------------------------------------------------
# 3. Rotherham MBC - Strategic Risk Register Q3 2024/25 (xlsx)
# ---------------------------------------------------------------------------
RMBC_FILE = "hb2-rotherham-mbc-strategic-risk-register-q3-2024-25.xlsx"
RMBC_TITLE = "Strategic Risk Register \u2013 Quarter 3 2024/25 (position at 31 December 2024)"
# risk: (risk, description, owner, score, score fill, controls, actions)
# action: (text, owner, target (str or date), RAG letter or "", update)
RMBC_RISKS = [
    ("SR01 Medium Term Financial Strategy",
     "Cause: demand pressures in adult and children's social care and home to school transport, and "
     "uncertainty over future funding. Event: the Council is unable to deliver a balanced budget over the "
     "MTFS period. Consequence: unplanned use of reserves and reductions to services.",
     "Strategic Director of Finance and Customer Services", "4 x 4 = 16", RED,
     "Monthly budget monitoring to SLT and Cabinet; MTFS refreshed annually; reserves strategy; "
     "savings tracker.",
     [("Deliver the 2024/25 savings programme and report progress monthly to SLT.",
       "Assistant Director \u2013 Financial Services", "31/03/2025", "A",
       "\u00a31.9m of the \u00a34.6m savings at risk; mitigations identified in the Q3 forecast."),
      ("Complete the review of home to school transport eligibility and commissioning.",
       "Strategic Director of Children and Young People's Services", "September 2025", "G",
       "Independent travel training expanded; route optimisation procurement under way."),
      ("Set the 2025/26 budget and MTFS refresh for approval at Council.",
       "Strategic Director of Finance and Customer Services", "05/03/2025", "G",
       "Budget consultation closed 13/01/2025. Report to Cabinet 17/02/2025."),
      ]),
    ("SR04 Children's social care demand and sufficiency",
     "Cause: rising numbers of children in care and a shortage of local placements. Event: children are "
     "placed in high-cost external placements, some out of borough. Consequence: poorer outcomes for "
     "children and significant budget pressure.",
     "Strategic Director of Children and Young People's Services", "4 x 4 = 16", RED,
     "Sufficiency Strategy 2023-26; placement panel; Edge of Care service; Fostering Recruitment Campaign.",
     [("Open two further in-house children's homes under the Sufficiency Strategy.",
       "Assistant Director \u2013 Commissioning, Performance and Quality", "30/06/2025", "A",
       "First home registered with Ofsted in December; purchase of the second property delayed by planning."),
      ("Increase the number of in-house foster carers through the Fostering Recruitment Campaign.",
       "Head of Service \u2013 Fostering and Adoption", "Ongoing", "G",
       "Nine new fostering households approved in 2024/25 to date."),
      ]),
    ("SR07 Cyber security",
     "Cause: increasing volume and sophistication of cyber attacks on the public sector. Event: a "
     "successful cyber attack or ransomware incident. Consequence: loss of systems and data, inability to "
     "deliver services and reputational damage.",
     "Assistant Chief Executive", "3 x 5 = 15", RED,
     "Firewalls and endpoint protection; multi-factor authentication; backups held off-network; "
     "annual IT health check.",
     [("Achieve PSN compliance and complete the 2024 IT health check remediation plan.",
       "Head of Digital Services", "31/01/2025", "B",
       "PSN certificate received 22/01/2025."),
      ("Run a cyber incident exercise with SLT and the Emergency Planning team.",
       "Head of Digital Services / Emergency Planning Manager", "31/03/2025", "G",
       "Exercise scenario agreed; date set for 12 March 2025."),
      ("Roll out mandatory cyber awareness e-learning to all staff and elected members.",
       "Head of Digital Services", "31/12/2024", "R",
       "Staff completion 81%, Members 46%; reminder issued by the Chief Executive."),
      ]),
    ("SR11 Climate emergency and net zero",
     "Cause: insufficient funding and capacity to decarbonise the Council estate and fleet. Event: the "
     "Council does not meet its net zero 2030 target. Consequence: reputational damage and higher energy "
     "costs.",
     "Strategic Director of Regeneration and Environment", "3 x 3 = 9", AMBER,
     "Climate Change Action Plan; Climate Board; carbon reporting in Cabinet reports.",
     [("Publish the annual Climate Change Action Plan progress report.",
       "Climate Change Manager", "March 2025", "G",
       "Draft report prepared for Climate Board in February."),
      ("Complete phase 2 of the public building decarbonisation programme funded by PSDS.",
       "Head of Corporate Property", "31/10/2025", "",
       "Start delayed pending confirmation of grant funding."),
      ]),
]


def build_rmbc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Rotherham Metropolitan Borough Council \u2013 Strategic Risk Register Summary Q3 2024/25"
    sm["A1"].font = Font(bold=True, size=13)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 55
    for c, h in enumerate(["Risk", "Risk owner", "Q2 score", "Q3 score", "Target score",
                           "Direction of travel"], 1):
        cell = sm.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    q2 = ["16", "16", "15", "12"]
    tgt = ["12", "12", "10", "6"]
    trav = ["\u2192 No change", "\u2192 No change", "\u2192 No change", "\u2193 Reduced"]
    for i, risk in enumerate(RMBC_RISKS):
        vals = [risk[0], risk[2], q2[i], risk[3].split("= ")[1], tgt[i], trav[i]]
        for c, v in enumerate(vals, 1):
            cell = sm.cell(row=4 + i, column=c, value=v)
            cell.border = BOX
        sm.cell(row=4 + i, column=4).fill = solid(risk[4])
    sm["A9"] = "Red risks (score 15 or above): 3"
    sm["A10"] = "Amber risks (score 8 to 14): 1"
    sm["A11"] = "Green risks (score 7 or below): 0"

    ws = wb.create_sheet("Strategic Risk Register")
    widths = [26, 48, 26, 12, 40, 50, 30, 13, 9, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Rotherham Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = RMBC_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reported to Audit Committee, 18 February 2025. Action RAG: B = complete, G = on track, "
                "A = some slippage, R = significant slippage or overdue.")
    ws.merge_cells("A3:J3")
    hdr = ["Risk", "Description (cause, event, consequence)", "Risk Owner", "Current score (L x I)",
           "Existing controls", "Further actions required", "Action owner", "Target date", "Action RAG",
           "Q3 update"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("FF1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    r = hr + 1
    for risk, desc, owner, score, sfill, controls, actions in RMBC_RISKS:
        first = r
        for text, aowner, target, rag, upd in actions:
            tv = d(target) if target[:2].isdigit() else target
            vals = [text, aowner, tv, rag or None, upd]
            for j, v in enumerate(vals):
                cell = ws.cell(row=r, column=6 + j, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=9).fill = solid(FILL[rag])
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        for c, v in enumerate([risk, desc, owner, score, controls], 1):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=4).fill = solid(sfill)
    wb.active = 1
    wb.save(os.path.join(HERE, RMBC_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
DOCX_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
             "Complete": "0070C0"}


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    return cell


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Wigan Safeguarding Adults Board - SAR Adult P action plan (docx)
# ---------------------------------------------------------------------------
WIGAN_FILE = "hb2-wigan-sab-sar-adult-p-action-plan.docx"
WIGAN_TITLE = "Safeguarding Adults Review \u2013 Adult P: Multi-Agency Action Plan"
# theme -> [(recommendation, [(no, action, lead, target, update, rag)])]
WIGAN = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1: WSAB should seek assurance that the multi-agency self-neglect and hoarding "
         "guidance is understood and used by frontline practitioners across all partner agencies.", [
            ("1.1", "Relaunch the WSAB self-neglect and hoarding guidance through a 7-minute briefing and a "
                    "practitioner webinar.",
             "WSAB Business Manager", "December 2024",
             "Webinar delivered 21/11/2024 (146 attendees). 7-minute briefing published on the WSAB website.",
             "Blue"),
            ("1.2", "Undertake a multi-agency audit of self-neglect cases to test how the guidance is applied, "
                    "including use of the clutter image rating tool.",
             "Principal Social Worker (Adults) / Named Nurse Safeguarding Adults (WWL)", "31/05/2025",
             "Audit tool agreed by the Quality and Performance Sub-Group. Case selection under way.",
             "Green"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that escalation routes are used when a person "
         "repeatedly declines services and the risk to them is increasing.", [
            ("2.1", "Review the Multi-Agency Risk Management (MARM) protocol to include clear triggers for "
                    "escalation where care and support is declined.",
             "Head of Adult Safeguarding", "July 2025",
             "Target date revised from March 2025 at the January Sub-Group. Draft protocol out for "
             "consultation with partners until 30/04/2025.",
             "Amber"),
            ("2.2", "Deliver training to GP practices on the MARM process and on making a safeguarding "
                    "referral for self-neglect.",
             "Designated Professional Safeguarding Adults (NHS GM \u2013 Wigan)", "30/09/2025",
             "", "Not started"),
        ]),
    ]),
    ("Theme 2: Mental capacity and executive functioning", [
        ("Recommendation 3: WSAB should be assured that practitioners understand executive functioning and "
         "record how it has been considered in mental capacity assessments.", [
            ("3.1", "Include executive functioning in the multi-agency Mental Capacity Act training offer.",
             "WSAB Learning and Development Officer", "January 2025",
             "Module added to MCA Level 2 training from January 2025.", "Blue"),
            ("3.2", "Update the mental capacity assessment template on the adult social care case recording "
                    "system to prompt consideration of executive functioning.",
             "Principal Social Worker (Adults)", "30/06/2025",
             "Template change approved by the ASC Systems Board; testing in May.", "Green"),
            ("3.3", "Audit a sample of 20 mental capacity assessments from each health provider to test "
                    "whether executive functioning has been considered.",
             "Named Nurse Safeguarding Adults (WWL) / Safeguarding Lead (GMMH)", "October 2025",
             "Audit planned for Q2 2025/26.", "Green"),
        ]),
    ]),
    ("Theme 3: Information sharing and hospital discharge", [
        ("Recommendation 4: Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust should "
         "ensure that concerns about self-neglect identified during an inpatient stay are shared with "
         "community services on discharge.", [
            ("4.1", "Add a self-neglect prompt to the discharge checklist and the electronic discharge summary.",
             "Deputy Chief Nurse (WWL)", "28/02/2025",
             "Prompt added to the EPR discharge summary from 03/02/2025.", "Blue"),
            ("4.2", "Audit discharge summaries for patients with known self-neglect concerns to measure "
                    "compliance.",
             "Named Nurse Safeguarding Adults (WWL)", "Quarterly",
             "First quarterly audit due June 2025.", "Green"),
        ]),
    ]),
]


def build_wigan():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Wigan Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(WIGAN_TITLE, level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Safeguarding Adults Review (SAR) into the "
        "death of Adult P, a 67-year-old man who lived alone and died in March 2023 following a period of "
        "significant self-neglect. The SAR report was published in October 2024.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.4"), ("Date of this update", "17 March 2025"),
                 ("Owner", "WSAB Safeguarding Adults Review Sub-Group"),
                 ("Author", "WSAB Business Manager"), ("Next review", "June 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Action completed and evidence of impact received"),
                 ("Green", "On track"),
                 ("Amber", "Some delay \u2013 expected to be completed within three months of the target date"),
                 ("Red", "Significant delay or no progress")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], DOCX_FILL[k])
        set_cell(row[1], v)
    hdr = ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for theme, recs in WIGAN:
        doc.add_heading(theme, level=2)
        for rec, actions in recs:
            t = doc.add_table(rows=2 + len(actions), cols=6)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            for c, h in enumerate(hdr):
                set_cell(t.cell(1, c), h, bold=True)
            for i, (no, act, lead, target, upd, rag) in enumerate(actions):
                cells = t.rows[2 + i].cells
                for c, v in enumerate([no, act, lead, target, upd, rag]):
                    set_cell(cells[c], v)
                if rag in DOCX_FILL:
                    shade(cells[5], DOCX_FILL[rag])
            doc.add_paragraph()
    doc.add_paragraph(
        "Notes: Progress is reported to the SAR Sub-Group every two months and to the Board quarterly. "
        "Actions are closed only when evidence of impact has been received.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Approved by the WSAB Independent Chair", bold=True)
    set_cell(t.cell(0, 1), "Date: 24 March 2025")
    doc.save(os.path.join(HERE, WIGAN_FILE))


# ---------------------------------------------------------------------------
# 5. Darlington CSP - Domestic Homicide Review 'Jasmine' action plan (docx)
# ---------------------------------------------------------------------------
DARL_FILE = "hb2-darlington-csp-dhr-jasmine-action-plan.docx"
DARL_TITLE = "Domestic Homicide Review: \u2018Jasmine\u2019 \u2013 Action Plan"
SEC_A = "Section A: Overview Report Recommendations"
SEC_B = "Section B: Single Agency Recommendations"
# (recommendation, scope, [(action, lead, milestones, target, completion, rag)])
DARL_A = [
    ("1. Darlington CSP should assure itself that all agencies routinely ask about domestic abuse when a "
     "person discloses suicidal thoughts.", "Local", [
        ("Develop a joint briefing on the links between domestic abuse and suicide with the Darlington "
         "Suicide Prevention Partnership.",
         "Darlington CSP / Public Health",
         "Briefing drafted with input from Harbour and the Suicide Prevention Partnership.",
         "December 2024", "January 2025 \u2013 briefing circulated to all CSP partners.", "Complete"),
        ("Agencies to confirm through the CSP domestic abuse self-assessment that routine enquiry is "
         "included in suicide risk assessments.",
         "All CSP partner agencies",
         "Self-assessment tool issued April 2025.",
         "September 2025", "", "Green"),
    ]),
    ("2. Durham Constabulary and Darlington Borough Council should review how repeat reports of stalking "
     "are identified and escalated.", "Local", [
        ("Review the stalking screening tool and introduce a flag on repeat reports within 12 months.",
         "Durham Constabulary",
         "Screening tool reviewed; flag live on Niche from March 2025.",
         "31/03/2025", "20/03/2025 \u2013 flag live; compliance to be audited in Q2.", "Complete"),
        ("Include stalking in the Council\u2019s anti-social behaviour case review process so that repeat "
         "neighbour complaints are considered for stalking behaviours.",
         "Darlington Borough Council \u2013 Community Safety Team",
         "ASB case review guidance being redrafted.",
         "July 2025", "", "Green"),
    ]),
    ("3. The Home Office should consider including economic abuse in the training materials for DHR "
     "Chairs.", "National", [
        ("CSP Chair to write to the Home Office DHR team setting out the recommendation.",
         "Chair of Darlington CSP",
         "Letter drafted and agreed by the DHR panel.",
         "October 2024", "Letter sent 02/10/2024. Acknowledgement received.", "Complete"),
    ]),
]
# (agency, recommendation, action, lead, target, progress, rag)
DARL_B = [
    ("County Durham and Darlington NHS Foundation Trust",
     "CDDFT 1: Ensure that routine enquiry about domestic abuse is completed and recorded at every Emergency "
     "Department attendance where injuries are present.",
     "Add a mandatory domestic abuse routine enquiry field to the ED electronic record.",
     "Named Nurse Safeguarding Adults", "Jun-25",
     "Field added 12/05/2025; compliance 64% in the first month.", "Green"),
    ("Harbour Support Services",
     "Harbour 1: Ensure case closure letters are sent to the referrer when a victim disengages.",
     "Update the case closure procedure and audit 10 closed cases each quarter.",
     "Service Manager", "Dec-24",
     "Procedure updated. First audit complete \u2013 9 of 10 letters sent.", "Complete"),
    ("NHS North East and North Cumbria ICB",
     "ICB 1: GP practices should record the outcome of domestic abuse enquiries and code concerns on the "
     "patient record.",
     "Deliver IRIS training to the remaining Darlington GP practices.",
     "Designated Nurse Safeguarding Adults / IRIS Advocate Educator", "March 2026",
     "8 of 11 practices trained.", "Amber"),
]


def build_darl():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Darlington Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(DARL_TITLE, level=1)
    doc.add_paragraph("Victim: \u2018Jasmine\u2019 (pseudonym agreed with her family). Date of death: August "
                      "2022. Overview report approved for publication by the Home Office Quality Assurance "
                      "Panel: June 2024.")
    doc.add_paragraph("Action plan status as at 30 June 2025.")
    doc.add_heading(SEC_A, level=2)
    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and Outcome", "RAG"]
    n = sum(len(a) for _, _, a in DARL_A)
    t = doc.add_table(rows=1 + n, cols=8)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9D9D9")
    r = 1
    for rec, scope, actions in DARL_A:
        first = r
        for act, lead, mil, target, comp, rag in actions:
            for c, v in zip(range(2, 8), [act, lead, mil, target, comp, rag]):
                set_cell(t.cell(r, c), v)
            if rag in DOCX_FILL:
                shade(t.cell(r, 7), DOCX_FILL[rag])
            r += 1
        last = r - 1
        for c, v in ((0, rec), (1, scope)):
            cell = t.cell(first, c)
            if last > first:
                cell = cell.merge(t.cell(last, c))
            set_cell(cell, v)
    doc.add_paragraph()
    doc.add_heading(SEC_B, level=2)
    hdr = ["Agency", "Recommendation", "Action to take", "Lead", "Target Date", "Progress", "RAG"]
    t = doc.add_table(rows=1 + len(DARL_B), cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9D9D9")
    for i, row in enumerate(DARL_B):
        for c, v in enumerate(row):
            set_cell(t.cell(1 + i, c), v)
        if row[6] in DOCX_FILL:
            shade(t.cell(1 + i, 6), DOCX_FILL[row[6]])
    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Abbreviation", bold=True)
    set_cell(t.cell(0, 1), "Meaning", bold=True)
    for k, v in [("ASB", "Anti-social behaviour"),
                 ("CDDFT", "County Durham and Darlington NHS Foundation Trust"),
                 ("CSP", "Community Safety Partnership"),
                 ("ED", "Emergency Department"),
                 ("IRIS", "Identification and Referral to Improve Safety")]:
        row = t.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)
    doc.save(os.path.join(HERE, DARL_FILE))


# ---------------------------------------------------------------------------
# 6. Bury CSP - Community Safety Plan delivery plan 2024/25 (csv, refuse)
# ---------------------------------------------------------------------------
BURY_FILE = "hb2-bury-csp-community-safety-plan-2024-25-delivery-plan-typo-month-refuse.csv"
BURY_TITLE = "Bury Community Safety Partnership - Community Safety Plan 2022-25"
# (priority or "", ref, action, leads, partners, target, update, rag)
BURY_ROWS = [
    ("Reducing drug related offending", "1.1",
     "Deliver a nitrous oxide awareness campaign ahead of the summer festival season.",
     "Consultant in Public Health; Superintendent GMP Bury", "Early Break; Bury Council Communications",
     "31/07/2024", "Campaign delivered May to July with Early Break.", "C"),
    ("", "1.2",
     "Map drug-related criminality hotspots using partnership data and agree targeted operations.",
     "Superintendent GMP Bury", "Public Health; Community Safety Team",
     "Mar-25", "Hotspot profile completed; Operation Avro phase 3 planned for February.", "G"),
    ("Supporting victims and tackling the causes of domestic abuse", "2.1",
     "Recommission the domestic abuse safe accommodation and community support service.",
     "Domestic Abuse Partnership Manager", "Commissioning; Housing",
     "Mar-25", "Tender evaluation complete; contract award report to Cabinet in February.", "A"),
    ("", "2.2",
     "Roll out the Drive perpetrator programme for high-harm perpetrators.",
     "Domestic Abuse Partnership Manager", "Probation; GMP Bury",
     "Sep-25", "Funding confirmed by GMCA.", "G"),
    ("Strengthening community cohesion", "3.1",
     "Run the community tensions monitoring process with partners and faith leaders.",
     "Cohesion and Prevent Lead", "GMP Bury; Bury VCFA",
     "Ongoing", "Monthly tension monitoring meetings in place.", "G"),
    ("Creating and maintaining safe spaces", "4.1",
     "Complete women's night-time safety audits in Bury, Prestwich and Ramsbottom town centres.",
     "Community Safety Manager", "GMP Bury; Licensing",
     "Nov-24", "Audits completed; lighting improvements referred to Highways.", "C"),
    ("Tackling crime and anti-social behaviour", "5.1",
     "Review the ASB case review (Community Trigger) process in line with the new statutory guidance.",
     "Community Safety Manager", "Six Town Housing; GMP Bury",
     "Febuary 2025", "Draft revised process shared with partners for comment.", "A"),
    ("", "5.2",
     "Extend the off-road bikes operation to Radcliffe and Whitefield.",
     "Chief Inspector - Bury Neighbourhoods", "Bury Council Parks",
     "Jun-25", "Operation extended to Radcliffe in November.", "G"),
    ("Reducing reoffending", "6.1",
     "Establish a quarterly Integrated Offender Management (IOM) cohort review with Probation.",
     "Head of Bury Probation Delivery Unit", "GMP Bury; Youth Justice Service",
     "Mar-25", "First cohort review held 11/12/2024.", "G"),
]
BURY_TYPO_LINE = 11  # line number of the "Febuary 2025" row


def build_bury():
    path = os.path.join(HERE, BURY_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        blank = [""] * 8
        w.writerow([BURY_TITLE] + [""] * 7)
        w.writerow(["Year 3 Delivery Plan 2024/25 - Quarter 3 position (October to December 2024)"] + [""] * 7)
        w.writerow(blank)
        w.writerow(["Priority", "Ref", "Action", "Lead(s)", "Partners", "Target date", "Q3 update", "RAG"])
        for row in BURY_ROWS:
            w.writerow(list(row))
        w.writerow(blank)
        w.writerow(["RAG: C = complete; G = on track; A = at risk; R = off track"] + [""] * 7)
        w.writerow(["Reported to the Community Safety Partnership Board, 23 January 2025"] + [""] * 7)
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\r\n")
    assert "Febuary 2025" in lines[BURY_TYPO_LINE - 1], "typo line moved"


# ---------------------------------------------------------------------------
# 7. Wirral Council - Change Programme highlight report (txt, tab-separated)
# ---------------------------------------------------------------------------
WIRRAL_FILE = "hb2-wirral-council-change-programme-highlight-report.txt"
WIRRAL_TITLE = "Change Programme Highlight Report \u2013 Period 10 (January 2025)"
# workstream -> rows (ref, milestone lines, lead, baseline, forecast, status, commentary)
WIRRAL = [
    ("Workstream 1: Enabling Services Review", [
        ("ESR-01", ["Implement the new finance business partnering structure"],
         "Assistant Director Finance", "30/09/2024", "30/11/2024", "C",
         "Structure live from 1 November; all posts filled."),
        ("ESR-02", ["Complete phase 2 consultation on the HR and OD service redesign"],
         "Assistant Director HR and OD", "31/12/2024", "28/02/2025", "A",
         "Consultation extended by four weeks at the request of the trade unions."),
        ("ESR-03", ["Launch the customer contact strategy and a single front door for council tax,",
                    "benefits and waste enquiries"],
         "Head of Customer Services", "31/03/2025", "31/03/2025", "G",
         "Telephony upgrade tested in January."),
    ]),
    ("Workstream 2: Adult Social Care and Health Transformation", [
        ("ASC-01", ["Expand the reablement service to increase capacity by 20%"],
         "Director of Care and Health", "31/01/2025", "30/04/2025", "A",
         "Recruitment of 12 reablement workers ongoing; 7 appointed."),
        ("ASC-02", ["Deliver the Technology Enabled Care pilot in two neighbourhoods"],
         "Assistant Director Integrated Services / Digital Programme Manager", "28/02/2025", "28/02/2025",
         "G", "Equipment installed in 38 homes; evaluation framework agreed."),
        ("ASC-03", ["Complete the review of day services and present options to the Adult Social Care and",
                    "Public Health Committee"],
         "Assistant Director Commissioning", "31/10/2024", "31/03/2025", "R",
         "Options appraisal delayed; Board asked to agree a revised timetable."),
    ]),
    ("Workstream 3: Asset Review and Accommodation", [
        ("AR-01", ["Vacate and dispose of the Wallasey Town Hall annexe"],
         "Head of Asset Management", "31/03/2025", "TBC", "A",
         "Disposal route under review following a Member request."),
        ("AR-02", ["Complete the move of staff into the Mallory Building, Birkenhead"],
         "Head of Facilities Management", "31/12/2024", "31/12/2024", "C",
         "Move completed on schedule."),
    ]),
    ("Workstream 4: Digital and Data", [
        ("DD-01", ["Migrate the social care case management system to the cloud"],
         "Chief Digital Officer", "30/06/2025", "30/06/2025", "G",
         "Data migration test 2 passed."),
        ("DD-02", ["Decommission the legacy document management system"],
         "Chief Digital Officer", "30/09/2025", "30/09/2025", "",
         "Start scheduled for April 2025."),
    ]),
]


def build_wirral():
    L = []
    L.append("Wirral Council")
    L.append(WIRRAL_TITLE)
    L.append("Reporting to:\tChange Programme Board, 12 February 2025")
    L.append("Senior Responsible Owner:\tDirector of Finance")
    L.append("Programme Manager:\tHead of Change and Transformation")
    L.append("Overall programme status:\tAmber")
    L.append("")
    L.append("Status key: C = Complete; G = On track; A = At risk, recovery plan in place; "
             "R = Off track, Board decision needed")
    L.append("")
    for ws_name, rows in WIRRAL:
        L.append(ws_name)
        L.append("\t".join(["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Status",
                            "Commentary"]))
        for ref, lines, lead, base, fc, st, com in rows:
            L.append("\t".join([ref, lines[0], lead, base, fc, st, com]))
            for extra in lines[1:]:
                L.append("\t".join(["", extra, "", "", "", "", ""]))
        L.append("")
    L.append("Key risks and issues")
    L.append("Trade union consultation timescales may delay further Enabling Services Review savings.")
    L.append("The reablement recruitment market remains challenging across the Liverpool City Region.")
    L.append("")
    L.append("Decisions required from the Board")
    L.append("Agree the revised timetable for ASC-03 (day services review).")
    L.append("")
    L.append("\t".join(["Savings summary 2024/25", "Target \u00a3m", "Forecast \u00a3m"]))
    L.append("\t".join(["Enabling Services Review", "4.20", "3.65"]))
    L.append("\t".join(["Adult Social Care and Health Transformation", "3.10", "2.40"]))
    L.append("\t".join(["Asset Review and Accommodation", "0.90", "0.90"]))
    L.append("\t".join(["Total", "8.20", "6.95"]))
    with open(os.path.join(HERE, WIRRAL_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_llr()
    build_uhp()
    build_rmbc()
    build_wigan()
    build_darl()
    build_bury()
    build_wirral()


if __name__ == "__main__":
    main()
