"""Build the seven nt2- blind test files (set heldout418).

Run with: /work/main/.venv/bin/python nt2_make.py
Writes the data files next to this script. The plan content is invented, laid out
the way the named kind of body lays out such a plan.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F4E78",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def solid(colour):
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def d(s):
    """dd/mm/yyyy -> datetime."""
    day, month, year = s.split("/")
    return dt.datetime(int(year), int(month), int(day))


# ---------------------------------------------------------------------------
# 1. Humber Teaching NHSFT - SAR 'Mr P' single agency action plan (xlsx)
# ---------------------------------------------------------------------------
SAR_TITLE = "Humber Teaching NHS Foundation Trust – SAR ‘Mr P’ Single Agency Action Plan"
SAR_RECS = [
    (
        "Recommendation 1 – All partner agencies should ensure that practitioners understand and apply the "
        "Mental Capacity Act 2005 where an adult repeatedly declines care, including recording executive "
        "capacity (the ability to carry out a decision) as well as decisional capacity.",
        [
            dict(ref="1.1",
                 action="Review the Trust Mental Capacity Act policy to include guidance on executive capacity and repeated refusals of care.",
                 owner="MCA Lead", orig="31/08/2025", rev="30/11/2025",
                 update="Policy redrafted and out for consultation; ratification moved to the November Policy Group.",
                 rag="amber", lead=["MCA Lead"], end="2025-11"),
            dict(ref="1.2",
                 action="Deliver MCA and executive capacity training sessions to community mental health teams and older people’s services, with attendance reported to the Safeguarding Committee.",
                 owner="Named Nurse Safeguarding Adults / MCA Lead", orig="31/12/2025", rev=None,
                 update="4 of 6 sessions delivered (112 staff).",
                 rag="green", lead=["Named Nurse Safeguarding Adults", "MCA Lead"], end="2025-12"),
        ],
    ),
    (
        "Recommendation 2 – Agencies should use a multi-agency risk management approach (Team Around the "
        "Adult / high-risk panel) for adults who self-neglect and are at risk of serious harm.",
        [
            dict(ref="2.1",
                 action="Embed the ERSAB Self-Neglect and Hoarding Guidance into the Trust Safeguarding Adults procedure and intranet pages.",
                 owner="Safeguarding Adults Lead", orig="30/09/2025", rev=None,
                 update="Completed – procedure updated and published 18/09/2025.",
                 rag="blue", lead=["Safeguarding Adults Lead"], end="2025-09"),
            dict(ref="2.2",
                 action="Audit a sample of 20 records of patients known to self-neglect to test whether multi-agency risk meetings were considered and recorded.\nFindings to be reported to the Trust Safeguarding Committee.",
                 owner="Safeguarding Adults Lead; Clinical Audit Manager", orig="31/01/2026", rev=None,
                 update="Audit tool agreed; sample drawn in October.",
                 rag="green", lead=["Safeguarding Adults Lead", "Clinical Audit Manager"], end="2026-01"),
        ],
    ),
    (
        "Recommendation 3 – Agencies should strengthen the ‘think family’ approach, including offering "
        "carer’s assessments to family members who provide care.",
        [
            dict(ref="3.1",
                 action="Add a prompt to the SystmOne community assessment template asking whether the patient has an informal carer and whether a carer’s assessment has been offered.",
                 owner="Head of Clinical Systems", orig="31/10/2025", rev="28/02/2026",
                 update="Template change request raised; delayed by the SystmOne upgrade.",
                 rag="amber", lead=["Head of Clinical Systems"], end="2026-02"),
            dict(ref="3.2",
                 action="Refresh the Trust Carers’ Charter and share the learning from this SAR in a 7-minute briefing to all adult services.",
                 owner="Head of Patient and Carer Experience", orig="30/09/2025", rev=None,
                 update="7-minute briefing issued September 2025. Charter refresh complete.",
                 rag="blue", lead=["Head of Patient and Carer Experience"], end="2025-09"),
        ],
    ),
    (
        "Recommendation 4 – Agencies should ensure that discharge from services following non-engagement is "
        "preceded by a multi-agency discussion and risk assessment.",
        [
            dict(ref="4.1",
                 action="Amend the Trust Did Not Attend / Was Not Brought policy so that discharging an adult with care and support needs after non-engagement requires a documented risk assessment and liaison with the GP and Adult Social Care.",
                 owner="Deputy Director of Nursing", orig="31/07/2025", rev=None,
                 update="Not yet started – awaiting the outcome of the policy review group.",
                 rag="red", lead=["Deputy Director of Nursing"], end="2025-07"),
        ],
    ),
]
SAR_STATUS = {"red": "red", "amber": "amber", "green": "green", "blue": "blue"}


def make_sar(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [12, 58, 30, 14, 14, 48, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = SAR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "East Riding Safeguarding Adults Board (ERSAB) – Safeguarding Adults Review published 12 June 2025"
    ws.merge_cells("A2:G2")
    info = [
        ("Plan owner:", "Associate Director of Safeguarding"),
        ("Reporting to:", "Trust Safeguarding Committee and ERSAB SAR Sub-Group"),
        ("Last updated:", d("03/11/2025")),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1  # blank row 7
    headers = ["Action Ref", "Action to be taken", "Action Owner", "Original target date",
               "Revised target date", "Evidence / progress update", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r += 1
    for rec, actions in SAR_RECS:
        c = ws.cell(r, 1, rec)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in actions:
            vals = [a["ref"], a["action"], a["owner"], d(a["orig"]),
                    d(a["rev"]) if a["rev"] else None, a["update"], None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = solid(FILL[a["rag"]])
            r += 1
    r += 1
    ws.cell(r, 1, "Note: RAG ratings are reviewed monthly by the Safeguarding Adults Lead and reported quarterly to the ERSAB SAR Sub-Group.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A9"

    ks = wb.create_sheet("Key and version control")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    key = [("blue", "Complete – evidence of completion provided"),
           ("green", "On track to be delivered by the target date"),
           ("amber", "Some slippage – revised target date agreed"),
           ("red", "Overdue or not started")]
    for i, (col, text) in enumerate(key, 2):
        ks.cell(i, 1).fill = solid(FILL[col])
        ks.cell(i, 2, text)
    ks["A8"] = "Version control"
    ks["A8"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        ks.cell(9, j, h).font = Font(bold=True)
    rows = [("0.1", "01/07/2025", "Safeguarding Adults Lead", "First draft following SAR publication"),
            ("1.0", "22/07/2025", "Associate Director of Safeguarding", "Approved by Trust Safeguarding Committee"),
            ("1.1", "03/11/2025", "Safeguarding Adults Lead", "Q2 progress update")]
    for i, row in enumerate(rows, 10):
        for j, v in enumerate(row, 1):
            ks.cell(i, j, d(v) if j == 2 else v)
            if j == 2:
                ks.cell(i, j).number_format = "dd/mm/yyyy"
    ks.column_dimensions["A"].width = 10
    ks.column_dimensions["B"].width = 50
    ks.column_dimensions["C"].width = 34
    ks.column_dimensions["D"].width = 44
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Princess Alexandra Hospital NHS Trust - MIS Year 7 safety actions plan (xlsx)
# ---------------------------------------------------------------------------
MIS_TITLE = "Princess Alexandra Hospital NHS Trust – Maternity Incentive Scheme (MIS) Year 7 Action Plan"
MIS_SA = [
    ("Safety Action 4: Can you demonstrate an effective system of clinical workforce planning to the required standard?",
     [
         ("a) Obstetric medical workforce – compliance with the RCOG guidance on the engagement of long-term locums and on compensatory rest",
          [
              dict(ref="4.1", action="Audit the use of long-term locums (more than 2 weeks) against the RCOG checklist and present the findings to the Maternity Governance Group.",
                   lead_text="Clinical Director for Obstetrics", due="31/10/2025", prev="A", cur="G",
                   update="Q1 audit completed and presented; Q2 audit in progress.",
                   lead=["Clinical Director for Obstetrics"], end="2025-10", status="green"),
              dict(ref="4.2", action="Introduce rota monitoring so that compensatory rest after a resident shift is recorded for all consultants and SAS doctors.",
                   lead_text="Clinical Director for Obstetrics / Rota Coordinator", due="31/12/2025", prev="R", cur="A",
                   update="Monitoring template in use from November; first month’s data incomplete.",
                   lead=["Clinical Director for Obstetrics", "Rota Coordinator"], end="2025-12", status="amber"),
          ]),
         ("c) Neonatal medical workforce – the neonatal unit meets the BAPM national standards of medical staffing",
          [
              dict(ref="4.3", action="Submit a business case for an additional tier 2 (middle grade) post to meet BAPM standards and record the gap on the Divisional risk register.",
                   lead_text="Clinical Lead for Neonatology", due="30/11/2025", prev="A", cur="A",
                   update="Business case drafted; to Business Case Review Group in December.",
                   lead=["Clinical Lead for Neonatology"], end="2025-11", status="amber"),
          ]),
     ]),
    ("Safety Action 6: Can you demonstrate that you are on track to achieve compliance with all elements of the Saving Babies’ Lives Care Bundle Version Three?",
     [
         ("Element 2 – Fetal growth: risk assessment, prevention and surveillance of pregnancies at risk of fetal growth restriction",
          [
              dict(ref="6.1", action="Increase uterine artery Doppler capacity in the fetal medicine unit so that all women meeting the high-risk criteria are scanned by 24 weeks.",
                   lead_text="Fetal Medicine Lead Consultant", due="Jan-26", prev="R", cur="R",
                   update="Sonographer vacancy remains; additional session funded from December but not yet staffed.",
                   lead=["Fetal Medicine Lead Consultant"], end="2026-01", status="red"),
              dict(ref="6.2", action="Quarterly audit of customised growth chart use (GROW 2.0), with results reported to the LMNS.",
                   lead_text="Consultant Midwife", due="Quarterly", prev="G", cur="G",
                   update="Q2 audit: 94% compliance.",
                   lead=["Consultant Midwife"], end=None, end_text="Quarterly", status="green"),
          ]),
         ("Element 4 – Effective fetal monitoring during labour",
          [
              dict(ref="6.3", action="Complete the annual fetal monitoring competency assessment for all midwives and obstetricians who care for women in labour, with compliance of at least 90%.",
                   lead_text="Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", due="28/02/2026", prev="A", cur="G",
                   update="Midwives 88%, obstetricians 81% at end of September.",
                   lead=["Fetal Monitoring Lead Midwife", "Fetal Monitoring Lead Obstetrician"], end="2026-02", status="green"),
          ]),
     ]),
    ("Safety Action 8: Can you evidence the following 3 elements of local training plans and ‘in-house’, one day multi professional training?",
     [
         ("90% attendance at PROMPT multi-professional emergencies training for each staff group",
          [
              dict(ref="8.1", action="Release obstetric anaesthetists for PROMPT by adding a protected training session to the anaesthetic rota each month.",
                   lead_text="Clinical Director for Anaesthetics", due="31/12/2025", prev="R", cur="A",
                   update="Anaesthetist attendance 72% (was 58% at Q1).",
                   lead=["Clinical Director for Anaesthetics"], end="2025-12", status="amber"),
              dict(ref="8.2", action="Send monthly named lists of staff not yet trained to ward managers and medical rota leads.",
                   lead_text="Practice Development Midwife", due="Monthly", prev="G", cur="G",
                   update="Lists issued July, August and September.",
                   lead=["Practice Development Midwife"], end=None, end_text="Monthly", status="green"),
          ]),
     ]),
    ("Safety Action 9: Can you demonstrate that there are robust processes in place to provide assurance to the Board on maternity and neonatal safety and quality issues?",
     [
         ("Board-level safety champions meet the Perinatal Leadership Team bi-monthly and hold quarterly feedback sessions with staff",
          [
              dict(ref="9.1", action="Schedule Board safety champion walkabouts and staff feedback sessions for the rest of 2025/26 and publish the dates to staff.",
                   lead_text="Director of Midwifery", due="30/09/2025", prev="A", cur="B",
                   update="Complete – dates issued 12/09/2025.",
                   lead=["Director of Midwifery"], end="2025-09", status="blue"),
              dict(ref="9.2", action="Report progress on the Perinatal Culture and Leadership Programme (SCORE survey action plan) to Trust Board through the Quality and Safety Committee.",
                   lead_text="Director of Midwifery; Director of Nursing", due="Q4 2025/26", prev="G", cur="G",
                   update="Culture improvement plan agreed; first report to QSC in January.",
                   lead=["Director of Midwifery", "Director of Nursing"], end="2026-03", status="green"),
          ]),
     ]),
]
RAG_LETTER_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_mis(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = MIS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2025 – report to Quality and Safety Committee, 21 October 2025"
    ws["A4"] = "Safety action"
    ws["B4"] = "Subject"
    ws["C4"] = "Predicted position at submission (March 2026)"
    ws["D4"] = "RAG"
    for c in ws[4]:
        c.font = Font(bold=True)
    summary = [
        ("SA1", "Perinatal Mortality Review Tool", "Compliant", "G"),
        ("SA2", "Maternity Services Data Set", "Compliant", "G"),
        ("SA3", "Transitional care", "Compliant", "G"),
        ("SA4", "Clinical workforce planning", "At risk", "A"),
        ("SA5", "Midwifery workforce planning", "Compliant", "G"),
        ("SA6", "Saving Babies’ Lives v3", "At risk", "R"),
        ("SA7", "Listening to women and families (MNVP)", "Compliant", "G"),
        ("SA8", "Training", "At risk", "A"),
        ("SA9", "Board assurance", "Compliant", "G"),
        ("SA10", "MNSI and Early Notification", "Compliant", "G"),
    ]
    r = 5
    for row in summary:
        for j, v in enumerate(row, 1):
            ws.cell(r, j, v)
        ws.cell(r, 4).fill = solid(FILL[RAG_LETTER_FILL[row[3]]])
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 3, "7 of 10 safety actions predicted compliant").font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete – evidence approved by the MIS Evidence Panel"),
                         ("G", "On track"), ("A", "At risk – mitigation in place"),
                         ("R", "Off track – escalation required")]:
        ws.cell(r, 1, letter).fill = solid(FILL[RAG_LETTER_FILL[letter]])
        ws.cell(r, 2, text)
        r += 1
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["C"].width = 44
    ws.column_dimensions["D"].width = 8

    ap = wb.create_sheet("Action plan")
    ap["A1"] = MIS_TITLE
    ap["A1"].font = Font(bold=True, size=14)
    ap.merge_cells("A1:H1")
    ap["A2"] = "Only safety actions with outstanding requirements are shown. Safety Actions 1, 2, 3, 5, 7 and 10 are on track to be fully compliant."
    ap["A2"].font = Font(italic=True)
    ap.merge_cells("A2:H2")
    headers = ["Requirement not yet met", "Ref", "Action", "Lead", "Due date",
               "Previous RAG", "Current RAG", "Progress update"]
    widths = [40, 6, 56, 30, 12, 10, 10, 46]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ap.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.alignment = Alignment(wrap_text=True)
        ap.column_dimensions[get_column_letter(i)].width = w
    r = 5
    for sa, reqs in MIS_SA:
        c = ap.cell(r, 1, sa)
        c.font = Font(bold=True)
        c.fill = solid("E4DFEC")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for req, actions in reqs:
            first = r
            ap.cell(r, 1, req).alignment = Alignment(wrap_text=True, vertical="top")
            for a in actions:
                due = d(a["due"]) if a["due"].count("/") == 2 else a["due"]
                vals = [a["ref"], a["action"], a["lead_text"], due, a["prev"], a["cur"], a["update"]]
                for j, v in enumerate(vals, 2):
                    c = ap.cell(r, j, v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ap.cell(r, 6).fill = solid(FILL[RAG_LETTER_FILL[a["prev"]]])
                ap.cell(r, 7).fill = solid(FILL[RAG_LETTER_FILL[a["cur"]]])
                for j in (6, 7):
                    ap.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - first > 1:
                ap.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ap.cell(first, 1).border = BOX
    r += 1
    ap.cell(r, 1, "Prepared by the MIS Lead Midwife. Evidence for each action is held in the MIS Year 7 evidence folder on the Maternity SharePoint site.").font = Font(italic=True)
    ap.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Fareham CSP partnership plan 2025-26 action plan - typo month, refuse (xlsx)
# ---------------------------------------------------------------------------
CSP_TITLE = "Fareham Community Safety Partnership – Partnership Plan 2025-26 Action Plan"
CSP_TYPO = "Janaury 2026"
CSP_PRIORITIES = [
    ("Priority 1: Anti-social behaviour and its impact on residents", [
        ("1.1", "Run a multi-agency problem-solving group for the three locations with the highest ASB demand, including Fareham town centre and Portchester precinct.",
         "Fareham Borough Council", "Hampshire & Isle of Wight Constabulary; Vivid", "Quarterly", "Reduction in repeat ASB calls at the three locations",
         "Problem-solving group meeting monthly since July; CCTV review completed for the town centre.", "Green"),
        ("1.2", "Use the ASB Case Review (Community Trigger) process consistently and publish annual data on its use.",
         "Fareham Borough Council", "Hampshire & Isle of Wight Constabulary", "March 2026", "Annual Community Trigger data published on the council website",
         "Procedure refreshed; 2 case reviews held in Q1–Q2.", "Green"),
        ("1.3", "Deliver a summer diversionary activity programme for young people in Fareham North and Fareham West.",
         "Fareham Borough Council", "Hampshire County Council Youth Services", "Sept 2025", "Number of young people attending",
         "Programme delivered; 412 attendances over 6 weeks.", "Complete"),
    ]),
    ("Priority 2: Serious violence and knife crime", [
        ("2.1", "Publish the Fareham section of the Hampshire Serious Violence Duty strategic needs assessment and agree local actions at the CSP.",
         "Hampshire & Isle of Wight Constabulary", "Hampshire Violence Reduction Unit", "Dec 2025", "Local actions agreed by the CSP",
         "Draft received from the VRU in September.", "Amber"),
        ("2.2", "Deliver knife crime awareness sessions in all secondary schools in the borough.",
         "Hampshire & Isle of Wight Constabulary", "Schools; Fareham Borough Council", CSP_TYPO, "All secondary schools receive a session",
         "Sessions booked with 4 of 6 schools.", "Amber"),
        ("2.3", "Install a second public bleed control kit in Fareham town centre and promote it through the Business Watch scheme.",
         "Fareham Borough Council", "Fareham Business Watch", "Oct 2025", "Kit installed and registered with the ambulance service",
         "Kit installed at the shopping centre; registered with the ambulance service.", "Complete"),
    ]),
    ("Priority 3: Domestic abuse and violence against women and girls", [
        ("3.1", "Promote the White Ribbon campaign during the 16 Days of Action and renew the council’s White Ribbon accreditation.",
         "Fareham Borough Council", "All partners", "December 2025", "Accreditation renewed",
         "Campaign plan agreed; accreditation application submitted.", "Green"),
        ("3.2", "Carry out a women’s safety walk-audit of Fareham Creek and the railway station approach with Hampshire police and local women’s groups.",
         "Fareham Borough Council", "Hampshire & Isle of Wight Constabulary; Stop Domestic Abuse", "Nov 2025", "Audit completed and improvements agreed",
         "Walk-audit held 15 October; lighting improvements being costed.", "Green"),
        ("3.3", "Ensure frontline council staff complete domestic abuse awareness e-learning.",
         "Fareham Borough Council", "", "Ongoing", "90% of frontline staff trained",
         "76% of frontline staff trained.", "Amber"),
    ]),
]
CSP_REFUSE_ROW = None  # set by make_csp


def make_csp(path):
    global CSP_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ws["A1"] = CSP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update at Quarter 2 (July – September 2025) – CSP Board, 6 November 2025"
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action", "Lead Agency", "Supporting Partners", "Timescale",
               "Measure of success", "Q2 Update", "RAG"]
    widths = [6, 58, 26, 30, 14, 34, 46, 10]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("203864")
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w
    rag_fill = {"Green": "green", "Amber": "amber", "Complete": "blue", "Red": "red"}
    r = 5
    for prio, actions in CSP_PRIORITIES:
        c = ws.cell(r, 1, prio)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in actions:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            ws.cell(r, 8).fill = solid(FILL[rag_fill[row[7]]])
            if row[4] == CSP_TYPO:
                CSP_REFUSE_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Complete = action delivered; Green = on track; Amber = some delay, within the plan year; Red = will not be delivered this year.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    ps = wb.create_sheet("Q2 Performance")
    ps["A1"] = "Fareham – recorded crime and ASB, Q2 2025/26 compared with Q2 2024/25"
    ps["A1"].font = Font(bold=True)
    rows = [("Measure", "Q2 2024/25", "Q2 2025/26", "Change"),
            ("ASB incidents reported to police", 612, 548, "-10%"),
            ("Violence with injury", 171, 166, "-3%"),
            ("Possession of weapons offences", 19, 22, "+16%"),
            ("Domestic abuse-related crimes", 298, 305, "+2%")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            ps.cell(i, j, v)
            if i == 3:
                ps.cell(i, j).font = Font(bold=True)
    ps.column_dimensions["A"].width = 36
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Thanet CSP - DHR 'Sophie' action plan (docx)
# ---------------------------------------------------------------------------
DHR_TITLE = "Domestic Homicide Review ‘Sophie’: Action Plan"
DHR_SECTIONS = [
    ("Section 1: Overview Report Recommendations", [
        ("1. Thanet Community Safety Partnership to seek assurance that partner agencies routinely ask about domestic abuse (‘routine enquiry’) when an adult presents with depression, anxiety or alcohol misuse.",
         "Local", [
             dict(action="Deliver a multi-agency briefing on routine enquiry and the findings of this review to frontline practitioners across the district.",
                  lead_text="Thanet District Council (Community Safety Team)", milestones="Three briefings held in November and December 2024; 146 attendees.",
                  target="December 2024", outcome="Completed. Briefing slides added to the CSP website.", status="Completed",
                  lead=["Thanet District Council (Community Safety Team)"], end="2024-12", st="blue"),
             dict(action="Audit GP practice records in Thanet for recorded routine enquiry where patients present with low mood or alcohol misuse.",
                  lead_text="NHS Kent and Medway ICB", milestones="Audit tool agreed with the Primary Care Safeguarding Team; data collection delayed by practice capacity.",
                  target="June 2025", outcome="", status="Amber",
                  lead=["NHS Kent and Medway ICB"], end="2025-06", st="amber"),
         ]),
        ("2. Kent Police and Thanet District Council to review how information about repeated noise and disturbance complaints at the same address is shared when domestic abuse may be a factor.",
         "Local", [
             dict(action="Amend the Environmental Health noise complaint procedure so that officers consider domestic abuse and refer to the Community Safety Unit where there are indicators.",
                  lead_text="Thanet District Council", milestones="Procedure amended and staff briefed.",
                  target="30/04/2025", outcome="Completed. Four referrals made to the CSU since May 2025.", status="Completed",
                  lead=["Thanet District Council"], end="2025-04", st="blue"),
             dict(action="Include domestic abuse indicators in the Community Safety Unit daily briefing, with a flag for addresses that appear in both police and council ASB records.",
                  lead_text="Kent Police / Thanet District Council", milestones="Data-sharing agreement updated; flagging being tested in the CSU.",
                  target="September 2025", outcome="", status="On track",
                  lead=["Kent Police", "Thanet District Council"], end="2025-09", st="green"),
         ]),
        ("3. The Kent and Medway Domestic Abuse Executive Group to consider the findings of this review when recommissioning specialist domestic abuse services for older victims.",
         "Regional", [
             dict(action="Present the review findings and the older victims’ learning brief to the Kent and Medway Domestic Abuse Executive Group.",
                  lead_text="Kent County Council", milestones="Presented to the Executive Group on 11 March 2025.",
                  target="March 2025", outcome="Completed.", status="Completed",
                  lead=["Kent County Council"], end="2025-03", st="blue"),
             dict(action="Include a requirement for outreach to victims aged 60 and over in the specification for the next Kent domestic abuse support services contract.",
                  lead_text="Kent County Council", milestones="Recommissioning timetable not yet published.",
                  target="April 2026", outcome="", status="Not started",
                  lead=["Kent County Council"], end="2026-04", st="unrated"),
         ]),
    ]),
    ("Section 2: Single Agency Recommendations", [
        ("KMPT 1. Practitioners to record concerns raised by carers and family members during home visits and escalate them to the care coordinator.",
         "Single agency", [
             dict(action="Add a mandatory field to the RiO care plan review asking whether carers or family members have raised concerns, and to whom they were escalated.",
                  lead_text="Kent and Medway NHS and Social Care Partnership Trust", milestones="Change approved by the RiO Design Authority; build scheduled for October.",
                  target="31/10/2025", outcome="", status="On track",
                  lead=["Kent and Medway NHS and Social Care Partnership Trust"], end="2025-10", st="green"),
         ]),
        ("EKHUFT 1. Strengthen the recognition of domestic abuse in older patients attending the Emergency Department.",
         "Single agency", [
             dict(action="Provide IDVA-led training on recognising domestic abuse in older people to Emergency Department staff at the Queen Elizabeth The Queen Mother Hospital, Margate.",
                  lead_text="East Kent Hospitals University NHS Foundation Trust", milestones="Two of five sessions delivered; hospital IDVA post vacant July–August.",
                  target="Jan 2026", outcome="", status="Amber",
                  lead=["East Kent Hospitals University NHS Foundation Trust"], end="2026-01", st="amber"),
         ]),
    ]),
]
DHR_STATUS_FILL = {"Completed": "8EAADB", "On track": "A9D08E", "Amber": "FFD966", "Not started": None}


def make_dhr(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(DHR_TITLE, level=0)
    doc.add_paragraph("Thanet Community Safety Partnership")
    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "2.3"), ("Date", "30 September 2025"),
                                ("Owner", "Thanet CSP Domestic Abuse and Sexual Violence Sub-Group"),
                                ("Status", "Monitoring – progress update for CSP Board")]):
        set_text(ctl.cell(i, 0), k, bold=True)
        set_text(ctl.cell(i, 1), v)
    doc.add_paragraph(
        "This action plan sets out the response of Thanet Community Safety Partnership and partner agencies to the "
        "recommendations of the Domestic Homicide Review into the death of ‘Sophie’, approved for publication by the "
        "Home Office Quality Assurance Panel in August 2024. Progress is reviewed quarterly by the CSP Domestic Abuse "
        "and Sexual Violence Sub-Group.")
    headers = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
               "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
               "Date of completion and Outcome", "Status"]
    widths = [4.2, 2.0, 4.6, 3.0, 4.0, 2.0, 3.4, 2.0]
    for title, recs in DHR_SECTIONS:
        doc.add_heading(title, level=1)
        nrows = 1 + sum(len(acts) for _, _, acts in recs)
        t = doc.add_table(rows=nrows, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_text(t.cell(0, j), h, bold=True, size=9)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for rec, scope, acts in recs:
            first = r
            for a in acts:
                vals = [a["action"], a["lead_text"], a["milestones"], a["target"], a["outcome"], a["status"]]
                for j, v in enumerate(vals, 2):
                    set_text(t.cell(r, j), v, size=9)
                fill = DHR_STATUS_FILL[a["status"]]
                if fill:
                    shade(t.cell(r, 7), fill)
                r += 1
            set_text(t.cell(first, 0), rec, size=9)
            set_text(t.cell(first, 1), scope, size=9)
            if r - first > 1:
                t.cell(first, 0).merge(t.cell(r - 1, 0))
                t.cell(first, 1).merge(t.cell(r - 1, 1))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Name", "Role", "Date"]):
        set_text(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["Chair, Thanet Community Safety Partnership", "Accountable for the action plan", "30/09/2025"]):
        set_text(so.cell(1, j), v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Gosport BC - Transformation Programme highlight report Q3 2025/26 (docx)
# ---------------------------------------------------------------------------
GBC_TITLE = "Gosport Borough Council Transformation Programme: Highlight Report Q3 2025/26"
GBC_PROJECTS = [
    ("3.1 Digital Customer Services", [
        dict(ref="DCS1", action="Launch the new customer portal (My Gosport account) for council tax, benefits and waste services.",
             owner="Head of Customer Services and Digital", orig="Oct-25", rev="Feb-26", rag="At risk",
             comment="Go-live moved to allow integration testing with the revenues system.",
             lead=["Head of Customer Services and Digital"], end="2026-02", st="amber"),
        dict(ref="DCS2", action="Introduce webchat on the council website, staffed by the Customer Service Centre during core hours.",
             owner="Customer Services Manager", orig="Dec-25", rev="", rag="Complete",
             comment="Live from 1 December; 640 chats in the first month.",
             lead=["Customer Services Manager"], end="2025-12", st="blue"),
        dict(ref="DCS3", action="Migrate telephony to the cloud contact centre platform and decommission the old switchboard.",
             owner="ICT Manager", orig="Mar-26", rev="", rag="On track",
             comment="Contract signed; number porting scheduled for February.",
             lead=["ICT Manager"], end="2026-03", st="green"),
    ]),
    ("3.2 Accommodation and Ways of Working", [
        dict(ref="AWW1", action="Consolidate staff onto floors 1–4 of the Town Hall and release the fifth floor for letting to partners.",
             owner="Head of Property Services / Head of HR", orig="Jan-26", rev="Jun-26", rag="Off track",
             comment="Negotiations with the prospective tenant paused; options appraisal to the Board in March.",
             lead=["Head of Property Services", "Head of HR"], end="2026-06", st="red"),
        dict(ref="AWW2", action="Roll out the hybrid working policy and desk booking system to all services.",
             owner="Head of HR", orig="Nov-25", rev="", rag="Complete",
             comment="Policy adopted; desk booking live across all floors.",
             lead=["Head of HR"], end="2025-11", st="blue"),
    ]),
    ("3.3 Waste and Street Cleansing Service Review", [
        dict(ref="WSC1", action="Complete an options appraisal of the future delivery model for waste collection and street cleansing ahead of the contract end in 2027.",
             owner="Director of Operations", orig="Feb-26", rev="", rag="On track",
             comment="Soft market testing complete; appraisal being drafted.",
             lead=["Director of Operations"], end="2026-02", st="green"),
        dict(ref="WSC2", action="Introduce weekly food waste collections in line with the Simpler Recycling requirements.",
             owner="Streetscene Manager", orig="31/03/2026", rev="", rag="At risk",
             comment="Delivery dates for the new vehicles not yet confirmed by the supplier.",
             lead=["Streetscene Manager"], end="2026-03", st="amber"),
    ]),
]
GBC_RAG_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000", "Off track": "FF0000"}


def make_gbc(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(GBC_TITLE, level=0)
    cover = [("Programme", "Gosport Borough Council Transformation Programme 2025–2028"),
             ("Reporting period", "Quarter 3 2025/26 (October – December 2025)"),
             ("Senior Responsible Owner", "Chief Executive"),
             ("Programme Manager", "Transformation and Performance Manager"),
             ("Overall programme status", "Amber"),
             ("Report to", "Policy and Organisation Board, 4 February 2026")]
    t = doc.add_table(rows=len(cover), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(cover):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DEEAF6")
        set_text(t.cell(i, 1), v)
    shade(t.cell(4, 1), "FFC000")
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. The digital and ways-of-working projects have delivered two milestones "
        "this quarter, but the customer portal and the letting of the Town Hall fifth floor have slipped. The savings "
        "target of £450,000 for 2025/26 is forecast to be met.")
    doc.add_heading("2. Key achievements this quarter", level=1)
    for b in ["Webchat launched on the council website.",
              "Hybrid working policy adopted and desk booking live.",
              "Soft market testing for the waste and street cleansing review completed."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("3. Project highlight updates", level=1)
    key = doc.add_paragraph()
    key.add_run("RAG key: ").bold = True
    key.add_run("Complete (blue) – milestone delivered; On track (green) – will be delivered by the date shown; "
                "At risk (amber) – some slippage, recoverable; Off track (red) – will not be delivered without Board action.")
    headers = ["Ref", "Milestone / action", "Owner", "Original date", "Revised date", "RAG", "Commentary"]
    widths = [1.4, 7.0, 3.8, 2.0, 2.0, 2.0, 6.4]
    for title, ms in GBC_PROJECTS:
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1 + len(ms), cols=len(headers))
        tb.style = "Table Grid"
        for j, h in enumerate(headers):
            set_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "1F4E78")
            for run in tb.cell(0, j).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, m in enumerate(ms, 1):
            vals = [m["ref"], m["action"], m["owner"], m["orig"], m["rev"], m["rag"], m["comment"]]
            for j, v in enumerate(vals):
                set_text(tb.cell(i, j), v)
            shade(tb.cell(i, 5), GBC_RAG_FILL[m["rag"]])
        for row in tb.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_heading("4. Key risks", level=1)
    rt = doc.add_table(rows=4, cols=3)
    rt.style = "Table Grid"
    for i, row in enumerate([("Risk", "Score", "Trend"),
                             ("Capacity in ICT to support several go-lives in the same quarter", "12", "↑"),
                             ("Savings from accommodation not realised if the fifth floor is not let", "16", "↑"),
                             ("Supplier delays to food waste vehicles", "9", "→")]):
        for j, v in enumerate(row):
            set_text(rt.cell(i, j), v, bold=(i == 0))
    doc.add_heading("5. Decisions required from the Board", level=1)
    doc.add_paragraph("None this quarter. An options appraisal for the Town Hall fifth floor will come to the March Board.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Leicestershire Partnership NHS Trust - public Trust Board action log (csv)
# ---------------------------------------------------------------------------
LPT_TITLE = "Leicestershire Partnership NHS Trust – Public Trust Board Matters Arising Action Log"
LPT_ROWS = [
    dict(no="TB/25/041", meet="27/05/2025", paper="Paper F", item="Director of Nursing, AHPs and Quality report",
         action="Provide a breakdown of restrictive practice incidents by ethnicity to the next Quality and Safety Committee.",
         lead_text="Director of Nursing, AHPs and Quality", due="29/07/2025",
         update="Presented to QSC on 15/07/2025; assurance received.", status="Complete",
         lead=["Director of Nursing, AHPs and Quality"], end="2025-07", st="blue"),
    dict(no="TB/25/052", meet="29/07/2025", paper="Paper H", item="Integrated Performance Report",
         action="Add community paediatrics waits of more than 52 weeks as a separate metric in the IPR.",
         lead_text="Chief Operating Officer", due="Sept 2025",
         update="Metric included from the September IPR.", status="Complete",
         lead=["Chief Operating Officer"], end="2025-09", st="blue"),
    dict(no="TB/25/058", meet="29/07/2025", paper="Paper K", item="Freedom to Speak Up Guardian six-monthly report",
         action="Hold a Board development session on speaking up and psychological safety, including the lived experience of staff networks.",
         lead_text="Director of People and Organisational Development / FTSU Guardian", due="Dec-25",
         update="Session booked for the Board development day on 9 December 2025.", status="Green",
         lead=["Director of People and Organisational Development", "FTSU Guardian"], end="2025-12", st="green"),
    dict(no="TB/25/063", meet="30/09/2025", paper="Paper E", item="Chief Executive’s report",
         action="Circulate the LLR system winter plan to Board members once approved by the ICB.",
         lead_text="JH/SW", due="Oct-25",
         update="ICB approval delayed; to be circulated on receipt.", status="Red",
         lead=["JH", "SW"], end="2025-10", st="red"),
    dict(no="TB/25/066", meet="30/09/2025", paper="Paper G", item="Mental health urgent care – 12 hour waits in ED",
         action="Bring a deep-dive report on out of area placements to the January Board.\nReport to include the trajectory agreed with the ICB.",
         lead_text="Chief Operating Officer", due="27/01/2026",
         update="On the agenda for January.", status="Green",
         lead=["Chief Operating Officer"], end="2026-01", st="green"),
    dict(no="TB/25/070", meet="30/09/2025", paper="Paper J", item="Board Assurance Framework",
         action="Review the scoring of BAF risk 3 (digital infrastructure) in the light of the cyber security incident and report back.",
         lead_text="Chief Finance Officer; Director of Governance and Risk", due="25/11/2025",
         update="Verbal update at this meeting; full report to the Audit and Assurance Committee in January.", status="Amber",
         lead=["Chief Finance Officer", "Director of Governance and Risk"], end="2025-11", st="amber"),
    dict(no="TB/25/074", meet="25/11/2025", paper="Paper F", item="Patient Safety Incident Response Framework – annual review",
         action="Share the PSIRF patient safety priorities for 2026/27 with the Council of Governors.",
         lead_text="Medical Director", due="Q4 2025/26",
         update="", status="Green",
         lead=["Medical Director"], end="2026-03", st="green"),
    dict(no="TB/25/075", meet="25/11/2025", paper="Paper L", item="Green Plan progress report",
         action="Confirm the capital funding route for the solar panel scheme at the Bradgate Unit.",
         lead_text="Director of Strategy and Partnerships", due="TBC",
         update="", status="",
         lead=["Director of Strategy and Partnerships"], end=None, end_text="TBC", st="unrated"),
]


def make_lpt(path):
    ncol = 9
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = [""] * (ncol - 1)
    w.writerow([LPT_TITLE] + pad)
    w.writerow(["Updated following the meeting held on 25 November 2025"] + pad)
    w.writerow([""] * ncol)
    w.writerow(["Action No.", "Meeting Date", "Paper Ref", "Agenda Item", "Action", "Lead",
                "Due Date", "Progress Update", "Status"])
    for a in LPT_ROWS:
        w.writerow([a["no"], a["meet"], a["paper"], a["item"], a["action"], a["lead_text"],
                    a["due"], a["update"], a["status"]])
    w.writerow([""] * ncol)
    w.writerow(["Status key: Complete = action closed at this meeting (blue); Green = on track, not yet due; "
                "Amber = due at this meeting or at risk; Red = overdue"] + pad)
    w.writerow(["Completed actions are removed from the log once they have been reported to the Board."] + pad)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Herefordshire Council - corporate risk register Q3 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
HC_TITLE = "Herefordshire Council – Corporate Risk Register Q3 2025/26"
HC_RISKS = [
    ("CRR.01 Failure to set a balanced budget for 2026/27 and to deliver the savings in the Medium Term Financial Strategy",
     "Director of Finance", "25", "20", "12", [
         dict(ref="CRR.01a", action="Deliver the 2025/26 savings programme, with monthly tracking of savings delivery at Corporate Leadership Team.",
              owner="Head of Strategic Finance", due="31/03/2026", status="A",
              update="£3.1m of savings rated amber or red at month 9; recovery actions agreed.",
              lead=["Head of Strategic Finance"], end="2026-03", st="amber"),
         dict(ref="CRR.01b", action="Prepare the 2026/27 budget and MTFS for approval at full Council.",
              owner="Director of Finance", due="February 2026", status="G",
              update="Draft budget consulted on in December.",
              lead=["Director of Finance"], end="2026-02", st="green"),
     ]),
    ("CRR.02 Children’s services do not make sufficient and sustained progress against the Children’s Services Improvement Plan",
     "Corporate Director for Children and Young People", "25", "16", "9", [
         dict(ref="CRR.02a", action="Continue Improvement Board oversight and report progress to the Department for Education Children’s Services Commissioner.",
              owner="Corporate Director for Children and Young People", due="Ongoing", status="G",
              update="Improvement Board met in October and December.",
              lead=["Corporate Director for Children and Young People"], end=None, end_text="Ongoing", st="green"),
         dict(ref="CRR.02b", action="Reduce agency social workers to below 20% of the establishment through the recruitment and retention offer.",
              owner="Service Director – Safeguarding and Family Support", due="Sep-26", status="A",
              update="Agency rate 27% (31% at Q2).",
              lead=["Service Director – Safeguarding and Family Support"], end="2026-09", st="amber"),
     ]),
    ("CRR.03 The Dedicated Schools Grant high needs deficit continues to grow and becomes a pressure on the council’s reserves when the statutory override ends",
     "Corporate Director for Children and Young People", "20", "20", "12", [
         dict(ref="CRR.03a", action="Deliver the Delivering Better Value in SEND programme actions to increase inclusion in mainstream schools.",
              owner="Head of Additional Needs", due="Jul-26", status="G",
              update="Inclusion fund allocated to 14 schools.",
              lead=["Head of Additional Needs"], end="2026-07", st="green"),
         dict(ref="CRR.03b", action="Open the new 60-place special school in Hereford.",
              owner="Head of Education Development", due="Sept 2026", status="R",
              update="Planning decision deferred; opening now at risk of moving to January 2027.",
              lead=["Head of Education Development"], end="2026-09", st="red"),
     ]),
    ("CRR.04 A successful cyber attack leads to the loss of systems or data and disrupts the delivery of council services",
     "Director of Resources and Assurance", "20", "12", "8", [
         dict(ref="CRR.04a", action="Complete the PSN compliance health check and fix the high-priority findings.",
              owner="Head of Information Technology / Hoople ICT Service Manager", due="31/12/2025", status="B",
              update="Health check complete; all high-priority findings closed.",
              lead=["Head of Information Technology", "Hoople ICT Service Manager"], end="2025-12", st="blue"),
         dict(ref="CRR.04b", action="Run a cyber incident exercise with Corporate Leadership Team and test the business continuity plans of critical services.",
              owner="Head of Information Technology", due="Mar-26", status="G",
              update="Exercise scenario agreed with the Local Resilience Forum.",
              lead=["Head of Information Technology"], end="2026-03", st="green"),
         dict(ref="CRR.04c", action="Roll out phishing simulation to all staff, with follow-up training for those who click.",
              owner="Information Governance Manager", due="Quarterly", status="",
              update="Procurement of the simulation tool under way.",
              lead=["Information Governance Manager"], end=None, end_text="Quarterly", st="unrated"),
     ]),
]


def make_hc(path):
    lines = [
        HC_TITLE,
        "Position as at 31 December 2025 – Appendix A, Audit and Governance Committee, 26 January 2026",
        "",
        "Scores are likelihood (1-5) x impact (1-5). Action status: B = complete, G = on track, A = behind schedule, R = significantly delayed or at risk.",
        "",
        "\t".join(["Ref", "Risk / further action", "Risk owner / action owner", "Inherent score",
                   "Residual score", "Target score", "Target date", "Status", "Q3 update"]),
    ]
    for heading, owner, inh, res, tgt, acts in HC_RISKS:
        lines.append("\t".join([heading, "", owner, inh, res, tgt, "", "", ""]))
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["owner"], "", "", "", a["due"],
                                    a["status"], a["update"]]))
    lines += ["", "Risks removed this quarter: none. Risks added this quarter: none."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "sar": ("nt2-humber-teaching-nhsft-sar-mr-p-single-agency-action-plan.xlsx", make_sar),
    "mis": ("nt2-princess-alexandra-hospital-nhs-trust-mis-year-7-safety-actions-action-plan.xlsx", make_mis),
    "csp": ("nt2-fareham-csp-partnership-plan-2025-26-action-plan-typo-month-refuse.xlsx", make_csp),
    "dhr": ("nt2-thanet-csp-dhr-sophie-action-plan.docx", make_dhr),
    "gbc": ("nt2-gosport-bc-transformation-programme-highlight-report-q3-2025-26.docx", make_gbc),
    "lpt": ("nt2-leicestershire-partnership-nhs-trust-public-trust-board-action-log.csv", make_lpt),
    "hc": ("nt2-herefordshire-council-corporate-risk-register-q3-2025-26.txt", make_hc),
}


def main():
    for key, (name, fn) in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Fareham typo month is on sheet row", CSP_REFUSE_ROW)


if __name__ == "__main__":
    main()
