#!/usr/bin/env python3
"""Build the seven zqb- blind test files (set heldout707).

Run with /work/main/.venv/bin/python zqb_make.py  (openpyxl, python-docx needed).
Writes only files whose names start with "zqb-" into this folder.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

F_CQC = "zqb-wirral-community-health-and-care-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"
F_QA = "zqb-gloucestershire-health-and-care-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
F_BAF = "zqb-nottinghamshire-healthcare-nhsft-board-assurance-framework-2025-26.xlsx"
F_HIW = "zqb-bellevue-group-practice-newport-hiw-gp-inspection-improvement-plan.docx"
F_HIS = "zqb-nhs-tayside-his-irmer-perth-royal-infirmary-radiology-improvement-action-plan.docx"
F_PSII = "zqb-east-of-england-ambulance-service-psii-delayed-category-2-response-safety-action-plan.csv"
F_RQIA = "zqb-northern-ireland-clinic-rqia-independent-hospital-qip-tracker.txt"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAGFILL = {"B": fill("0070C0"), "G": fill("00B050"), "A": fill("FFC000"), "R": fill("FF0000")}
GREY = fill("D9D9D9")
NAVY = fill("1F3864")
LIGHT = fill("DEEAF6")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Wirral Community Health and Care NHSFT - CQC must/should do (REFUSE case)
# ---------------------------------------------------------------------------
CQC_ROWS = [
    ("section", "MUST DO ACTIONS – breaches of regulation"),
    ("MD1", "Must", "Community health services for adults",
     "The trust must ensure that staff in community nursing teams complete mandatory training, including basic life support and safeguarding adults level 3, in line with the trust target. (Regulation 18 Staffing)",
     "Team leaders to book all outstanding basic life support and safeguarding adults level 3 training through ESR and protect time on the rota for attendance.",
     "Associate Director of Nursing – Adult Community Services", d(2025, 6, 30), d(2025, 9, 30),
     "Compliance at 30/09: BLS 91%, safeguarding adults L3 88% (target 90%). Two teams below target with trajectories agreed.", "A", "G"),
    ("MD2", "Must", "Community health services for adults",
     "The trust must ensure that pressure ulcer risk assessments are completed and reviewed for all patients on the district nursing caseload. (Regulation 12 Safe care and treatment)",
     "Roll out the revised Purpose T risk assessment template on SystmOne with a mandatory review date field, supported by monthly caseload audits of 10 records per team.",
     "Head of Nursing – Community Services", d(2025, 7, 31), None,
     "Template live from 14/07/2025. Audit compliance 94% in August and 96% in September.", "G", "B"),
    ("MD3", "Must", "Community health services for children and young people",
     "The trust must ensure that there are sufficient numbers of suitably qualified health visitors to deliver the Healthy Child Programme mandated contacts. (Regulation 18 Staffing)",
     "Complete the health visiting workforce review and recruit to the vacant band 6 posts, including a newly qualified health visitor development programme.",
     "Director of Nursing and Quality / Associate Director – 0-19 Services", d(2025, 9, 30), d(2026, 1, 31),
     "Six of nine vacancies recruited; remaining posts out to advert. Revised date agreed at Quality and Safety Committee.", "R", "A"),
    ("section", "SHOULD DO ACTIONS – improvements"),
    ("SD1", "Should", "Community health services for adults",
     "The trust should ensure that lessons learned from incidents are consistently shared with community nursing staff.",
     "Introduce a monthly 'Learning Matters' bulletin and a standing learning item at community nursing team huddles.",
     "Patient Safety Lead", d(2025, 6, 30), None,
     "Bulletin issued monthly since May 2025; huddle template updated.", "G", "B"),
    ("SD2", "Should", "Community health services for adults",
     "The trust should ensure that care plans for patients receiving end of life care in the community reflect their stated preferences.",
     "Audit end of life care plans against the ReSPECT and preferred place of death fields and deliver targeted training to teams below 85% compliance.",
     "Macmillan End of Life Care Lead", d(2025, 8, 31), "0ct-25",
     "First audit complete (78%). Training sessions booked for October.", "A", "A"),
    ("SD3", "Should", "Community health services for children and young people",
     "The trust should ensure that waiting times for community paediatric therapies are monitored and that families are kept informed while they wait.",
     "Implement a waiting well contact at 12 weeks for all children on the speech and language therapy and occupational therapy waiting lists.",
     "Head of Children's Therapies", d(2025, 12, 31), None,
     "Waiting well letters drafted with parent carer forum; contact process starts November.", "G", "G"),
    ("SD4", "Should", "Community health services for children and young people",
     "The trust should ensure that all staff receive regular clinical supervision and that this is recorded.",
     "Add clinical supervision to the ESR recording module and report compliance by team to the Children's Services governance meeting.",
     "Professional Lead for Allied Health Professions; Head of Children's Therapies", d(2025, 10, 31), None,
     "ESR module configured. First compliance report due November.", "G", "G"),
]


def make_cqc(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Cover"
    ws0["A1"] = "Wirral Community Health and Care NHS Foundation Trust"
    ws0["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws0["A3"] = "Care Quality Commission inspection – action plan"
    ws0["A3"].font = Font(bold=True, size=12)
    ws0["A4"] = "Core services inspected: Community health services for adults; Community health services for children and young people"
    ws0["A5"] = "Inspection report published: 12 March 2025"
    ws0["A7"] = "Document control"
    ws0["A7"].font = BOLD
    hdr = ["Version", "Date", "Author", "Approved / noted by"]
    for i, h in enumerate(hdr, 1):
        c = ws0.cell(row=8, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.border = BOX
    ctrl = [
        ("v0.3", d(2025, 4, 2), "Head of Quality and Compliance", "Executive Leadership Team"),
        ("v1.0", d(2025, 4, 16), "Head of Quality and Compliance", "Quality and Safety Committee"),
        ("v1.4", d(2025, 10, 7), "Head of Quality and Compliance", "Quality and Safety Committee"),
    ]
    for r, row in enumerate(ctrl, 9):
        for i, v in enumerate(row, 1):
            c = ws0.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (12, 14, 34, 34)):
        ws0.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Inspection 2025 – Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position at 30 September 2025 – reported to Quality and Safety Committee, October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:K2")
    headers = ["Ref", "Must / Should", "Core service", "CQC requirement", "Action(s)", "Lead",
               "Original completion date", "Revised completion date", "Progress update (September 2025)",
               "Previous RAG", "Current RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NAVY
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for row in CQC_ROWS:
        if row[0] == "section":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for col in range(1, 12):
                ws.cell(row=r, column=col).fill = GREY
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
            if i in (10, 11):
                c.fill = RAGFILL[v]
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete and evidenced; G = on track; A = at risk of missing the date; R = off track / date missed").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    widths = (7, 9, 22, 48, 48, 28, 12, 12, 44, 9, 9)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Gloucestershire Health and Care NHSFT - quality account priorities tracker
# ---------------------------------------------------------------------------
QA_PRIORITIES = [
    ("Priority 1 – Safe: Reduce the use of restrictive practice on our mental health inpatient wards", [
        ("1.1", "Roll out the Safewards model to the remaining four adult acute and older people's mental health wards, with a ward-level implementation lead on each ward.",
         "Director of Nursing, Therapies and Quality", "Q2 2025/26", "G", "B",
         "All four wards have completed Safewards training and have interventions in place. Fidelity checks complete in September."),
        ("1.2", "Publish a monthly restrictive practice dashboard (restraint, seclusion and rapid tranquillisation by ward) and review it at the Reducing Restrictive Practice Group.",
         "Head of Mental Health Inpatient Services", d(2025, 12, 31), "A", "G",
         "Dashboard built in Power BI; validation of seclusion data with wards completing October."),
        ("1.3", "Ensure every episode of prone restraint is reviewed within 72 hours by a member of the Positive Behaviour Support team and learning fed back to the ward.",
         "Positive Behaviour Support Lead", "Ongoing (monthly audit)", "A", "A",
         "Reviews within 72 hours: 71% in Q2 against 100% standard. Additional reviewer trained."),
    ]),
    ("Priority 2 – Effective: Improve physical health checks for people with severe mental illness", [
        ("2.1", "Increase the proportion of people on the Care Programme Approach caseload who have a complete annual physical health check, working with primary care networks.",
         "Head of Physical Health / Associate Director of Community Mental Health", "March 2026", "A", "A",
         "Q2 position 58% (target 75%). Data sharing agreement with two PCNs still outstanding."),
        ("2.2", "Train community mental health team staff to use the Lester tool and record results on RiO.",
         "Physical Health Nurse Consultant", d(2025, 11, 30), "G", "G",
         "112 of 160 staff trained."),
    ]),
    ("Priority 3 – Safe: Recognise and respond to deteriorating patients in our community hospitals", [
        ("3.1", "Embed NEWS2 with the escalation prompt on the electronic patient record in all seven community hospitals.",
         "Deputy Director of Nursing", "Q3 2025/26", "G", "G",
         "Live in five hospitals; Dilke and Lydney go live in November."),
        ("3.2", "Audit escalation of NEWS2 scores of 5 or more each quarter and share results at the Physical Health and Resuscitation Group.",
         "Resuscitation and Deteriorating Patient Lead", "Q4 2025/26", "R", "A",
         "Q1 audit delayed by system change; Q2 audit completed with 83% timely escalation."),
    ]),
    ("Priority 4 – Caring: Involve carers and families in care planning", [
        ("4.1", "Complete the Triangle of Care self-assessment in all mental health teams and submit to the Carers Trust for the second star.",
         "Head of Patient and Carer Experience", "January 2026", "G", "G",
         "Self-assessments returned by 31 of 38 teams."),
        ("4.2", "Record carer details and consent to share information for every new admission to a mental health ward.",
         "Ward Managers (all mental health wards)", d(2026, 3, 31), None, "R",
         "Baseline audit shows carer details recorded for 46% of admissions. Recovery plan to Quality Committee in November."),
    ]),
]


def make_qa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Gloucestershire Health and Care NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Quality Account Priorities 2025/26 – Quarter 2 summary"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Quality priority", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.border = BOX
    totals = [0, 0, 0, 0, 0]
    for r, (title, acts) in enumerate(QA_PRIORITIES, 5):
        counts = {k: sum(1 for a in acts if a[5] == k) for k in "BGAR"}
        vals = [title.split(":")[0], len(acts), counts["B"], counts["G"], counts["A"], counts["R"]]
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v).border = BOX
        for j, v in enumerate(vals[1:]):
            totals[j] += v
    r = 5 + len(QA_PRIORITIES)
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for j, v in enumerate(totals, 2):
        c = ws.cell(row=r, column=j, value=v)
        c.font = BOLD
        c.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Key").font = BOLD
    keyrows = [("B", "Blue – action complete"), ("G", "Green – on track to deliver by the due date"),
               ("A", "Amber – some slippage, recoverable within the year"), ("R", "Red – off track, escalated to Quality Committee")]
    for k, text in keyrows:
        r += 1
        ws.cell(row=r, column=1).fill = RAGFILL[k]
        ws.cell(row=r, column=2, value=text)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Priorities tracker")
    ws["A1"] = "Quality Account Priorities 2025/26 – progress tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Quarter 2 (July – September 2025). Q2 RAG is shown by colour – see key on Summary sheet."
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Key action", "Lead(s)", "Due by", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for title, acts in QA_PRIORITIES:
        c = ws.cell(row=r, column=1, value=title)
        c.font = BOLD
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = LIGHT
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, action, lead, due, q1, q2, upd in acts:
            vals = [ref, action, lead, due, q1, None, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if q1:
                ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).fill = RAGFILL[q2]
            r += 1
    widths = (6, 55, 30, 14, 8, 8, 50)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Nottinghamshire Healthcare NHSFT - Board Assurance Framework 2025/26
# ---------------------------------------------------------------------------
BAF_RISKS = [
    {
        "sheet": "SR1 Safe staffing",
        "title": "SR1: Safe staffing – there is a risk that we cannot maintain safe staffing levels across our inpatient services, leading to harm to patients and staff",
        "objective": "Strategic objective 1: Provide safe, high quality care",
        "lead": "Chief Nurse",
        "committee": "Quality Committee",
        "scores": (20, 16, 9),
        "controls": "Safer staffing policy and daily staffing huddles\nSafeCare e-rostering with red-flag escalation\nInternational and domestic recruitment programme\nBank and agency controls panel",
        "assurance": "1st line: daily staffing reports\n2nd line: six-monthly establishment review to Board\n3rd line: internal audit of e-rostering (Reasonable assurance, June 2025)",
        "gaps": [
            ("Registered nurse vacancy rate at Rampton and Wathwood remains above 15%.", [
                ("SR1.1", "Deliver the forensic services recruitment and retention plan, including a rolling registered nurse recruitment campaign and a preceptorship offer with a retention premium.",
                 "Chief Nurse / Director of People", d(2026, 3, 31), "Amber",
                 "Vacancy rate 17.2% at Q2 (Q1 18.9%). 24 preceptees started in September."),
                ("SR1.2", "Complete the ward establishment review using the Mental Health Optimal Staffing Tool and take the results to Board.",
                 "Deputy Chief Nurse", "Q3 2025/26", "Green",
                 "Data collection completed in July; report drafted."),
            ]),
            ("Limited assurance that red-flag staffing incidents are reviewed consistently across divisions.", [
                ("SR1.3", "Introduce a standard red-flag review template and report themes monthly to the Safer Staffing Group.",
                 "Head of Nursing – Workforce", d(2025, 9, 30), "Complete",
                 "Template in use in all divisions since August 2025."),
            ]),
        ],
    },
    {
        "sheet": "SR2 Estate",
        "title": "SR2: Estate – there is a risk that the condition of parts of our estate does not support safe, therapeutic care",
        "objective": "Strategic objective 1: Provide safe, high quality care; Strategic objective 4: Use our resources well",
        "lead": "Executive Director of Finance",
        "committee": "Finance and Performance Committee",
        "scores": (16, 16, 8),
        "controls": "Estates strategy 2023-2028\nAnnual ligature risk assessment programme\nCapital prioritisation panel",
        "assurance": "1st line: estates compliance dashboard\n2nd line: Health and Safety Committee quarterly report\n3rd line: NHS Premises Assurance Model submission",
        "gaps": [
            ("Backlog maintenance funding is insufficient to address all high-risk items in 2025/26.", [
                ("SR2.1", "Agree a prioritised three-year backlog maintenance programme with the ICB capital group.",
                 "Director of Estates and Facilities", "TBC – dependent on 2026/27 capital allocation", "Amber",
                 "Programme drafted; ICB capital envelope for 2026/27 not yet confirmed."),
                ("SR2.2", "Complete anti-ligature door replacement on the three highest-risk adult acute wards.",
                 "Head of Capital Projects", d(2025, 12, 31), "Red",
                 "Contractor delay; two of three wards complete. Interim controls in place on Ward B."),
            ]),
            ("Premises Assurance Model self-assessment has not been independently validated.", [
                ("SR2.3", "Commission an external validation of the Premises Assurance Model return and report findings to the Finance and Performance Committee.",
                 "Director of Estates and Facilities", "Feb-2026", "Green",
                 "Scope agreed with internal audit."),
            ]),
        ],
    },
    {
        "sheet": "SR3 Finance",
        "title": "SR3: Financial sustainability – there is a risk that the Trust does not deliver its 2025/26 financial plan",
        "objective": "Strategic objective 4: Use our resources well",
        "lead": "Executive Director of Finance",
        "committee": "Finance and Performance Committee",
        "scores": (20, 20, 12),
        "controls": "Financial plan approved by Board, April 2025\nMonthly divisional performance reviews\nCost improvement programme (CIP) governance through the Programme Management Office",
        "assurance": "1st line: monthly finance report\n2nd line: Finance and Performance Committee\n3rd line: external audit value for money opinion",
        "gaps": [
            ("Cost improvement programme schemes are not fully identified for the second half of the year.", [
                ("SR3.1", "Identify and quality-impact assess schemes to close the remaining CIP gap of £4.1m.",
                 "Deputy Director of Finance; Divisional General Managers", "Q3 2025/26", "Amber",
                 "£2.6m of schemes identified; quality impact assessments scheduled through the QIA panel."),
                ("SR3.2", "Reduce agency spend to the NHS England cap through the bank and agency controls panel.",
                 "Director of People", d(2026, 3, 31), "Amber",
                 "Agency spend 3.9% of pay bill against 3.2% cap."),
            ]),
        ],
    },
]


def make_baf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Nottinghamshire Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Board Assurance Framework 2025/26 – Quarter 2 position (Board of Directors, 30 October 2025)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Risk", "Executive lead", "Assurance committee", "Initial score", "Current score", "Target score", "Trend"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.border = BOX
    trends = ["Reducing", "Static", "Static"]
    for r, (risk, tr) in enumerate(zip(BAF_RISKS, trends), 5):
        vals = [risk["title"].split(" – ")[0], risk["lead"], risk["committee"], *risk["scores"], tr]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
    ws["A9"] = "Scores are likelihood x consequence (1-25). Actions to address gaps are shown on each risk sheet."
    ws["A9"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", (34, 30, 32, 12, 12, 12, 10)):
        ws.column_dimensions[col].width = w

    for risk in BAF_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        ws["A1"] = "Board Assurance Framework 2025/26"
        ws["A1"].font = Font(bold=True, size=12, color="005EB8")
        ws["A2"] = risk["title"]
        ws["A2"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:G2")
        ws["A2"].alignment = WRAP
        ws.row_dimensions[2].height = 32
        info = [
            ("Strategic objective", risk["objective"]),
            ("Executive lead", risk["lead"]),
            ("Assurance committee", risk["committee"]),
            ("Risk score (L x C)", "Initial: %d    Current (Q2): %d    Target: %d" % risk["scores"]),
            ("Key controls", risk["controls"]),
            ("Sources of assurance", risk["assurance"]),
        ]
        r = 4
        for label, val in info:
            c = ws.cell(row=r, column=1, value=label)
            c.font = BOLD
            c.fill = GREY
            c.border = BOX
            c.alignment = WRAP
            c = ws.cell(row=r, column=2, value=val)
            c.alignment = WRAP
            c.border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            if "\n" in val:
                ws.row_dimensions[r].height = 15 * (val.count("\n") + 1)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Gaps in control / assurance and actions to address them").font = BOLD
        r += 1
        hdr = ["Gap in control / assurance", "Ref", "Action to address gap", "Action owner", "Due date", "Progress at Q2", "RAG"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = NAVY
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for gap, acts in risk["gaps"]:
            start = r
            ws.cell(row=r, column=1, value=gap)
            for ref, action, owner, due, rag, prog in acts:
                vals = [ref, action, owner, due, prog, rag]
                for i, v in enumerate(vals, 2):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                key = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[rag]
                ws.cell(row=r, column=7).fill = RAGFILL[key]
                r += 1
            for rr in range(start, r):
                ws.cell(row=rr, column=1).border = BOX
            ws.cell(row=start, column=1).alignment = WRAP
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        for col, w in zip("ABCDEFG", (34, 8, 50, 28, 16, 40, 10)):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
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


# ---------------------------------------------------------------------------
# 4. Bellevue Group Practice, Newport - HIW GP inspection improvement plan
# ---------------------------------------------------------------------------
HIW_SECTIONS = [
    ("Quality of Patient Experience", [
        ("1", "Patients told us they found it difficult to get through to the practice by telephone at 8am.",
         "The practice must review its telephone access arrangements and continue to monitor patient feedback about access.",
         "Health and Care Quality Standards 2023 – Timely",
         "1. Additional call handler rostered 8am–10am Monday and Friday from 1 September 2025.\n2. Call-back function enabled on the telephony system.\n3. Patient survey repeated in February 2026 and results shared with the Patient Participation Group.",
         "Practice Manager", "28 February 2026"),
        ("2", "Information about how to raise a concern under Putting Things Right was not displayed in the waiting area or on the practice website.",
         "The practice must ensure that information about Putting Things Right is clearly available to patients, bilingually.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Bilingual Putting Things Right posters displayed in reception and both consulting corridors; website complaints page updated with the Aneurin Bevan University Health Board link.",
         "Assistant Practice Manager", "31 July 2025"),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("3", "Emergency drugs and equipment checks were not consistently recorded, and one oxygen cylinder was found to be out of date.",
         "The practice must ensure emergency drugs and equipment are checked weekly and that checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "Replacement oxygen cylinder obtained on the day of inspection. Weekly checklist introduced, signed by the duty nurse and reviewed monthly at the clinical meeting.",
         "Lead Practice Nurse", "Immediate and ongoing"),
        ("4", "Not all clinical staff had completed safeguarding training at the level appropriate to their role.",
         "The practice must ensure all staff complete safeguarding training at the level required for their role.",
         "Health and Care Quality Standards 2023 – Safe; Safeguarding",
         "Training matrix updated. Two GPs and one advanced nurse practitioner booked onto level 3 safeguarding training through the health board.",
         "Practice Manager / Safeguarding Lead GP", "30 September 2025"),
        ("5", "Patient records we reviewed did not always include a clear record of the patient's presenting complaint and safety-netting advice.",
         "The practice must ensure clinical records are completed in line with professional record keeping standards.",
         "Health and Care Quality Standards 2023 – Effective",
         "Record keeping audit of 20 records per clinician to be completed and discussed at peer review; templates for telephone consultations updated to include safety-netting.",
         "Dr Sian Morgan (Lead GP)", "End of October 2025"),
    ]),
    ("Quality of Management and Leadership", [
        ("6", "Staff told us that practice meetings were infrequent and minutes were not shared with those unable to attend.",
         "The practice must ensure regular team meetings take place and minutes are shared with all staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Monthly whole-practice meeting scheduled for the second Wednesday of each month; minutes saved to the shared drive and emailed to all staff.",
         "Practice Manager", "Ongoing – reviewed monthly"),
        ("7", "Several practice policies were overdue for review, including the infection prevention and control policy.",
         "The practice must review and update its policies and procedures and ensure staff are aware of changes.",
         "Health and Care Quality Standards 2023 – Leadership; Governance",
         "Policy review schedule created. IPC, chaperone and significant event policies reviewed first; staff to sign to confirm they have read updated policies.",
         "Practice Manager; Infection Control Lead Nurse", "November 2025"),
    ]),
]


def make_hiw(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)

    doc.add_heading("HIW Inspection Improvement Plan – Bellevue Group Practice", level=1)
    doc.add_paragraph("Aneurin Bevan University Health Board area. Improvement plan returned to Healthcare Inspectorate Wales following the "
                      "announced inspection on 10 June 2025.")
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and resolved during our inspection. "
                      "Where we identify concerns that pose an immediate risk to patient safety we ask the service to undertake urgent action.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    vals = ["One oxygen cylinder in the emergency equipment was past its expiry date.",
            "Oxygen may not have been available in a medical emergency.",
            "The issue was raised with the practice manager on the day.",
            "A replacement cylinder was obtained before the end of the inspection."]
    for i, v in enumerate(vals):
        set_cell(t.cell(1, i), v)

    doc.add_paragraph()
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service:\tBellevue Group Practice")
    doc.add_paragraph("Date of inspection:\t10 June 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we require the service "
                      "to complete an improvement plan telling us about the actions they are taking to address these areas.")

    hdr = ["", "Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "BDD6EE")
    for section, rows in HIW_SECTIONS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, section, bold=True)
        shade(merged, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Karen Lewis"), ("Job role:", "Practice Manager"), ("Date:", "18 July 2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. NHS Tayside - HIS IR(ME)R inspection, Perth Royal Infirmary radiology
# ---------------------------------------------------------------------------
HIS_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        ("Recommendation a: NHS Tayside should ensure that the radiation protection committee receives regular reports on IR(ME)R incidents and near misses from Perth Royal Infirmary.", [
            ("a.1", "Add a standing IR(ME)R incident and near miss report from each site to the Radiation Protection Committee agenda.",
             "March 2025", "Radiation Protection Adviser; Lead Superintendent Radiographer",
             "Standing item agreed; first site report presented February 2025.", "Complete"),
        ]),
    ]),
    ("Domain 5 – Planning for quality", [
        ("Requirement 1: NHS Tayside must ensure the employer's written procedure for correctly identifying the individual to be exposed is followed for all patients, including those unable to confirm their own identity (Regulation 6(1) and Schedule 2(1)(a)).", [
            ("1.1", "Revise the patient identification procedure to include a flow chart for patients who cannot confirm their own identity, using wristband and second-checker confirmation.",
             "31 January 2025", "Radiology Services Manager", "Procedure revised and approved at the Radiology Governance Group on 22 January 2025.", "Complete"),
            ("1.2", "Brief all radiographers and assistant practitioners on the revised procedure and record attendance.",
             "28/02/2025", "Lead Superintendent Radiographer", "94% of staff briefed; remaining staff on long-term leave.", "Complete"),
            ("1.3", "Audit compliance with the identification procedure monthly for six months and report results to the Radiology Governance Group.",
             "August 2025", "Radiology Quality Lead", "Four monthly audits complete (97–100% compliance).", "On track"),
        ]),
        ("Requirement 2: NHS Tayside must ensure that referral guidelines are available to all referrers, including non-medical referrers in the emergency department (Regulation 6(5)(a)).", [
            ("2.1", "Publish the IR(ME)R referral guidelines on the NHS Tayside clinical guidelines intranet page with a link from the order comms system.",
             "30 April 2025", "Radiology Services Manager / eHealth Order Comms Lead",
             "Intranet page live; order comms link awaiting eHealth change window.", "Amber – delayed"),
            ("2.2", "Provide training on referral criteria to emergency nurse practitioners and update the entitlement matrix.",
             "End of June 2025", "Dr A Campbell (Consultant Radiologist)",
             "Two sessions delivered; entitlement matrix updated for ENPs.", "On track"),
        ]),
        ("Requirement 3: NHS Tayside must ensure that diagnostic reference levels for paediatric examinations are established and reviewed (Regulation 6(5)(c)).", [
            ("3.1", "Medical physics to collate paediatric dose data for the five most common examinations and set local diagnostic reference levels.",
             "September 2025", "Medical Physics Expert",
             "Dose data collection started; low paediatric numbers at PRI mean data will be pooled with Ninewells.", "On track"),
            ("3.2", "Review local diagnostic reference levels annually through the Medical Exposures Group.",
             "Ongoing – annual review", "Medical Exposures Group", "To be added to the group's annual work plan.", "On track"),
        ]),
    ]),
]


def make_his(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("NHS Tayside")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Improvement Action Plan: IR(ME)R Inspection of Diagnostic Radiology, Perth Royal Infirmary", level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – Ionising Radiation (Medical Exposure) Regulations 2017 inspection")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("Date of inspection", "3 and 4 September 2024"),
            ("Report published", "28 November 2024"),
            ("Action plan owner", "Associate Director – Diagnostics"),
            ("Reporting route", "Radiology Governance Group – Acute Services Clinical Governance Forum – Care Governance Committee"),
            ("Version / date", "Version 3, updated 14 May 2025")]
    for i, (a, b) in enumerate(info):
        set_cell(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "D9E2F3")
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph("Status key")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, (txt, col) in enumerate([("Complete", "0070C0"), ("On track", "00B050"), ("Amber – delayed, revised date agreed", "FFC000")]):
        set_cell(t.cell(0, i), txt, bold=True)
        shade(t.cell(0, i), col)

    for dom, items in HIS_DOMAINS:
        doc.add_heading(dom, level=2)
        for heading, acts in items:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(top, heading, bold=True)
            shade(top, "D9E2F3")
            for i, h in enumerate(["No.", "Action planned", "Timescale to meet action",
                                   "Responsibility for taking action", "Progress", "Status"]):
                set_cell(t.cell(1, i), h, bold=True)
            for row in acts:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    set_cell(cells[i], v)
                shade(cells[5], {"Complete": "0070C0", "On track": "00B050"}.get(row[5], "FFC000"))
            doc.add_paragraph()
    doc.add_paragraph("Completed actions will remain on the plan until evidence has been submitted to Healthcare Improvement Scotland.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. East of England Ambulance Service - PSII safety action plan (CSV)
# ---------------------------------------------------------------------------
PSII_AFIS = [
    ("Welfare calls to patients waiting for an ambulance did not prompt a structured clinical re-assessment when the caller reported that the patient's condition had changed.", [
        ("1.1", "Revise the welfare call script so that any reported change in condition triggers re-triage through NHS Pathways and review by a clinical navigator.",
         "Head of Clinical Contact Centre Operations", "30/09/2025", "", "B",
         "Revised script live from 15/09/2025; uploaded to Datix as evidence."),
        ("1.2", "Deliver welfare call escalation training to all emergency medical dispatchers and call handlers, with attendance reported monthly.",
         "Clinical Education Lead; EOC Training Manager", "31/10/2025", "31/12/2025", "A",
         "68% of staff trained; training extended to cover night shift teams."),
    ]),
    ("Clinicians in the clinical hub could not easily see how long Category 2 patients had been waiting, limiting their ability to prioritise clinical reviews.", [
        ("2.1", "Add a visible wait-time flag to the CAD stack for Category 2 incidents waiting longer than 60 minutes.",
         "Head of EOC Systems", "Q3 2025/26", "", "G",
         "Change request approved by CAD change board."),
        ("2.2", "Agree with the CAD supplier an automated alert to the clinical navigator when a Category 2 wait exceeds 90 minutes.\nInterim: manual stack review every 30 minutes by the clinical navigator, recorded on the hub log.",
         "Deputy Director of Operations (EOC)", "31/01/2026", "", "G",
         "Interim stack review in place since 01/09/2025."),
    ]),
    ("Oversight of the longest-waiting patients was not handed over in a structured way between shifts.", [
        ("3.1", "Introduce a structured shift handover template for the clinical navigator role covering the longest-waiting patients and outstanding welfare calls.",
         "EOC Clinical Lead", "30/11/2025", "", "G",
         "Template drafted and tested in Chelmsford EOC."),
        ("3.2", "Audit 20 handovers a month for three months and report compliance to the Patient Safety Review Group.",
         "Patient Safety Specialist", "February 2026", "", "R",
         "Not started – audit cannot begin until the handover template is signed off."),
    ]),
    ("Learning from the investigation needs to reach all three emergency operations centres.", [
        ("4.1", "Share the PSII learning summary through the Learning from Events bulletin and at EOC team briefs in Bedford, Chelmsford and Norwich.",
         "Head of Patient Safety", "Ongoing – monthly", "", "G",
         "Learning summary published in the October bulletin."),
    ]),
]

PSII_COLS = ["Ref", "Area for improvement", "Safety action", "Action owner", "Target date",
             "Revised target date", "Status (BRAG)", "Update / evidence"]


def psii_rows():
    n = len(PSII_COLS)
    pad = lambda *xs: list(xs) + [""] * (n - len(xs))
    rows = [
        pad("East of England Ambulance Service NHS Trust"),
        pad("Patient Safety Incident Investigation (PSII) – Safety Action Plan"),
        pad("PSII reference: PSII-2025-017 – Delayed response to a Category 2 patient following a welfare call"),
        pad("Safety actions agreed with the family and approved by the Patient Safety Incident Review Group on 19 August 2025"),
        pad(),
        list(PSII_COLS),
    ]
    for afi, acts in PSII_AFIS:
        for k, (ref, action, owner, tgt, rev, st, upd) in enumerate(acts):
            rows.append([ref, afi if k == 0 else "", action, owner, tgt, rev, st, upd])
    rows.append(pad())
    rows.append(pad("Status key: B = complete (evidence on Datix); G = on track; A = at risk; R = off track"))
    rows.append(pad("Actions are monitored monthly at the Patient Safety Review Group until evidence of completion is accepted."))
    return rows


def make_psii(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in psii_rows():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. The Northern Ireland Clinic - RQIA QIP tracker (tab-separated text)
# ---------------------------------------------------------------------------
RQIA_SECTIONS = [
    ("Action required to ensure compliance with The Independent Health Care Regulations (Northern Ireland) 2005", [
        ("1", "Regulation 15 (2)", "First time",
         "The registered person shall ensure that the resuscitation trolley in the day procedure unit is checked in accordance with the hospital's policy and that all checks are recorded.",
         "Daily and weekly resuscitation trolley checklists reissued; compliance audited weekly by the Theatre Manager and reported to the Clinical Governance Committee.",
         "Theatre Manager", "Immediate and ongoing", "Blue"),
        ("2", "Regulation 19 (2) Schedule 2", "First time",
         "The registered person shall ensure that recruitment records for all staff include the full employment history and AccessNI check required by Schedule 2.",
         "Recruitment files for all 46 staff audited; missing employment histories obtained. New starter checklist added to the HR system.",
         "HR Business Partner / Registered Manager", "30 April 2025", "Blue"),
        ("3", "Regulation 18 (2)(a)", "First time",
         "The registered person shall ensure that all staff complete mandatory training, including adult safeguarding, relevant to their role.",
         "Training matrix moved to the e-learning platform with automatic reminders. Compliance reported monthly; target 95% by end of July.",
         "Director of Nursing & Clinical Services", "31/07/2025", "Green"),
    ]),
    ("Action required to ensure compliance with The Minimum Care Standards for Independent Healthcare Establishments (July 2014)", [
        ("1", "Standard 11.1", "First time",
         "The registered person shall ensure that practising privileges for all medical practitioners are reviewed at least every two years and that the review is recorded.",
         "Medical Advisory Committee to review the practising privileges of the 14 consultants overdue review; review dates added to the credentialing database.",
         "Medical Director", "September 2025", "Amber"),
        ("2", "Standard 7.4", "First time",
         "The registered person shall ensure that complaint records show the outcome of each investigation and whether the complainant was satisfied.",
         "Complaints log redesigned to include outcome and satisfaction fields; 2024/25 complaints reviewed retrospectively.",
         "Patient Experience Lead", "31 May 2025", "Blue"),
        ("3", "Standard 5.3", "Second time",
         "The registered person shall ensure that consent for procedures is obtained and recorded in line with the hospital's consent policy, including a record of the risks discussed.",
         "Consent form revised to include a risks discussed section; quarterly consent audit of 10 records per specialty.",
         "Medical Director; Theatre Manager", "Q2 2025/26", "Green"),
    ]),
]
RQIA_HDR = ["AFI", "Regulation / Standard", "Stated", "The registered person shall", "Action taken / planned", "Lead",
            "To be completed by", "RAG"]


def rqia_lines():
    lines = [
        "The Northern Ireland Clinic",
        "RQIA Quality Improvement Plan (QIP) – progress tracker",
        "Inspection date:\t4 and 5 February 2025\tInspection ID:\tIN046231",
        "Last updated:\t30 June 2025\tOwner:\tRegistered Manager",
        "",
    ]
    for sec, rows in RQIA_SECTIONS:
        lines.append(sec)
        lines.append("\t".join(RQIA_HDR))
        for row in rows:
            lines.append("\t".join(row))
        lines.append("")
    lines.append("RAG:\tBlue = complete and verified\tGreen = on track\tAmber = at risk of missing the date\tRed = overdue")
    return lines


def make_rqia(path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rqia_lines()) + "\n")


def main():
    make_cqc(os.path.join(HERE, F_CQC))
    make_qa(os.path.join(HERE, F_QA))
    make_baf(os.path.join(HERE, F_BAF))
    make_hiw(os.path.join(HERE, F_HIW))
    make_his(os.path.join(HERE, F_HIS))
    make_psii(os.path.join(HERE, F_PSII))
    make_rqia(os.path.join(HERE, F_RQIA))
    for f in (F_CQC, F_QA, F_BAF, F_HIW, F_HIS, F_PSII, F_RQIA):
        print("wrote", f)


if __name__ == "__main__":
    main()
