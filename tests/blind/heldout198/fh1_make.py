"""Build the seven fh1- blind test files (set heldout198).

Run with /work/main/.venv/bin/python fh1_make.py  (needs openpyxl and python-docx).
Each case's expected reading is in NAME.expected.yaml beside the built file.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "nhs": "005EB8",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status, end_text=None, **kw):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status_cell=status_cell, status=status)
    if end_text is not None:
        d["end_text"] = end_text
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# 1. Sir John Leman High School - post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
SJL_FILE = "fh1-sir-john-leman-high-school-post-ofsted-action-plan.xlsx"
SJL_TITLE = "Sir John Leman High School – Post-Ofsted Action Plan 2024–25"
SJL_QE = "Quality of education"
SJL_BA = "Behaviour and attitudes"
SJL_LM = "Leadership and management"
SJL_AFI1 = ("AFI 1: In some subjects, teachers do not check pupils’ understanding carefully enough before "
            "moving on to new content. Leaders should ensure that teachers are trained to use assessment well "
            "so that gaps in pupils’ knowledge are identified and addressed.")
SJL_AFI2 = ("AFI 2: The curriculum for pupils with special educational needs and/or disabilities (SEND) is not "
            "consistently adapted. Leaders should make sure that staff use the information they are given about "
            "pupils with SEND to adapt teaching effectively.")
SJL_AFI3 = ("AFI 3: Some pupils, including disadvantaged pupils, do not attend school regularly enough. Leaders "
            "should continue to act to improve the attendance of pupils who are persistently absent.")
SJL_AFI4 = ("AFI 4: Governors do not have an accurate enough view of the quality of education. Those responsible "
            "for governance should hold leaders to account more effectively for the impact of their actions.")

# (previous fill, current fill) -> current is the status
SJL_SECTIONS = [
    (SJL_QE, [
        (SJL_AFI1, [
            A("1.1", [SJL_QE, SJL_AFI1],
              "Whole-staff CPD programme on responsive teaching and checking for understanding (six sessions, "
              "delivered through Teaching and Learning Groups).",
              "Deputy Headteacher (Quality of Education)", ["Deputy Headteacher (Quality of Education)"],
              "Autumn term 2024", "2024-12", None, "blue", prev="green", monitor="Standards and Curriculum Committee",
              success="All teaching staff attend; learning walks show checking for understanding in most lessons."),
            A("1.2", [SJL_QE, SJL_AFI1],
              "Subject leaders to build two planned ‘hinge-point’ checks into each unit of work in Key Stage 3 and "
              "review these through department line management.",
              "Subject leaders / AHT (Curriculum)", ["Subject leaders", "AHT (Curriculum)"],
              "Spring term 2025", "2025-04", None, "green", prev="amber", monitor="Standards and Curriculum Committee",
              success="Every KS3 unit plan shows hinge-point questions; department reviews evidence their use."),
            A("1.3", [SJL_QE, SJL_AFI1],
              "Termly learning walks and book looks focused on the use of assessment in lessons, with findings "
              "reported to the Standards and Curriculum Committee.",
              "JWa / KSm", ["JWa", "KSm"],
              "Termly", None, None, "green", end_text="Termly", prev="green", monitor="Full Governing Board",
              success="Governors receive a termly report; follow-up actions tracked by SLT."),
        ]),
        (SJL_AFI2, [
            A("2.1", [SJL_QE, SJL_AFI2],
              "Relaunch pupil passports in a one-page format and train all staff in using them when planning lessons.\n"
              "Passports to be reviewed with pupils and parents each term.",
              "SENCo", ["SENCo"],
              "Autumn term 2024 – Spring term 2025", "2025-04", None, "amber", prev="amber",
              monitor="SEND Link Governor",
              success="Passports in place for all pupils on the SEND register; adaptations seen in lesson visits."),
            A("2.2", [SJL_QE, SJL_AFI2],
              "Deploy teaching assistants by faculty rather than by year group, with a TA lead attached to English, "
              "maths and science.",
              "SENCo; Business Manager", ["SENCo", "Business Manager"],
              "Summer term 2025", "2025-07", None, "amber", prev="red", monitor="SEND Link Governor",
              success="New deployment model in place; TA lead meets faculty leaders fortnightly."),
        ]),
    ]),
    (SJL_BA, [
        (SJL_AFI3, [
            A("3.1", [SJL_BA, SJL_AFI3],
              "Appoint an Attendance Officer and introduce weekly attendance panels for pupils below 90% attendance.",
              "AHT (Behaviour & Attendance)", ["AHT (Behaviour & Attendance)"],
              "Nov 2024", "2024-11", None, "blue", prev="green", monitor="Pupils and Wellbeing Committee",
              success="Officer in post; panels held weekly with minutes."),
            A("3.2", [SJL_BA, SJL_AFI3],
              "First-day calling and home visits for all persistently absent disadvantaged pupils, in partnership "
              "with the Suffolk Attendance Support team.",
              "Attendance Officer / Heads of Year", ["Attendance Officer", "Heads of Year"],
              "Ongoing", None, None, "green", end_text="Ongoing", prev="amber", monitor="Pupils and Wellbeing Committee",
              success="Persistent absence of disadvantaged pupils falls below the national average."),
        ]),
    ]),
    (SJL_LM, [
        (SJL_AFI4, [
            A("4.1", [SJL_LM, SJL_AFI4],
              "Commission an external review of governance and act on its recommendations.",
              "Chair of Governors", ["Chair of Governors"],
              "By 31 March 2025", "2025-03", None, "blue", prev="amber", monitor="Full Governing Board",
              success="Review completed; governance action plan adopted by the board."),
            A("4.2", [SJL_LM, SJL_AFI4],
              "Link governors to visit each priority area once per term and report back using the new governor "
              "visit proforma.",
              "Vice Chair of Governors", ["Vice Chair of Governors"],
              "Summer term 2025", "2025-07", None, "red", prev="amber", monitor="Full Governing Board",
              success="Visit reports received for every priority each term."),
            A("4.3", [SJL_LM, SJL_AFI4],
              "Governor training on the Ofsted education inspection framework and on interpreting school "
              "performance data, delivered by Suffolk Governor Services.",
              "Clerk to Governors", ["Clerk to Governors"],
              "June 2025", "2025-06", None, "unrated", prev=None, monitor="Full Governing Board",
              success="All governors attend at least one session."),
        ]),
    ]),
]


def build_sjl():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = [7, 52, 24, 24, 18, 40, 14, 14, 34]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = SJL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Ofsted inspection: 24 and 25 September 2024 – overall effectiveness: Requires improvement"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Review point: April 2025 (Standards and Curriculum Committee, 29 April 2025)"
    ws.merge_cells("A3:I3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    key = [("Blue – complete", "blue"), ("Green – on track", "green"),
           ("Amber – some slippage, action in hand", "amber"), ("Red – not on track", "red")]
    for col, (txt, c) in zip(["B", "C", "D", "F"], key):
        ws[f"{col}5"] = txt
        ws[f"{col}5"].fill = fill(FILL[c])
    hdr = ["Ref", "Action", "Lead", "Monitored by", "Timescale", "Success criteria (what will be different)",
           "Previous RAG (Jan 2025)", "Current RAG (Apr 2025)", "Evidence / comment"]
    r = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    r += 1
    comments = {
        "1.1": "Six sessions delivered; QA learning walks in December showed strong practice.",
        "1.2": "Maths, science and humanities complete; English and MFL by Easter.",
        "1.3": "Spring report taken to committee 11 March.",
        "2.1": "Passports relaunched; parent reviews slower than planned.",
        "2.2": "Consultation with TA staff completed in March.",
        "3.1": "Attendance Officer started 4 November.",
        "3.2": "PA for disadvantaged pupils down from 38% to 31%.",
        "4.1": "Review by NGA completed; report to FGB 25 March.",
        "4.2": "Only two of four visits completed this term.",
        "4.3": "",
    }
    for sec, afis in SJL_SECTIONS:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True, size=12)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            c.fill = fill(FILL["pale"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["monitor"], a["end_cell"], a["success"],
                        None, None, comments[a["ref"]]]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if a["prev"]:
                    ws.cell(row=r, column=7).fill = fill(FILL[a["prev"]])
                if a["status"] != "unrated":
                    ws.cell(row=r, column=8).fill = fill(FILL[a["status"]])
                r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: timescales refer to the 2024–25 academic year. Evidence is held in the SLT shared area "
                  "and is available to governors on request.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A8"
    wb.save(os.path.join(HERE, SJL_FILE))


# ---------------------------------------------------------------------------
# 2. The Dudley Group NHSFT - CQC must/should do action plan (xlsx)
# ---------------------------------------------------------------------------
DGH_FILE = "fh1-dudley-group-nhsft-cqc-must-should-do-action-plan.xlsx"
DGH_TITLE = ("CQC Inspection Action Plan – Urgent and Emergency Care and Medical Care "
             "(Russells Hall Hospital)")
DGH_UEC = "Urgent and emergency care"
DGH_MED = "Medical care (including older people’s care)"
DGH_MD1 = ("The trust must ensure that patients in the emergency department receive timely assessment and "
           "treatment, including initial triage within 15 minutes of arrival.")
DGH_MD2 = ("The trust must ensure that staff complete risk assessments for falls, pressure areas and nutrition "
           "for patients who remain in the department for more than 12 hours.")
DGH_MD3 = ("The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
           "medical wards to meet patients’ needs.")
DGH_SD1 = ("The trust should ensure that mental health patients waiting in the department are cared for in an "
           "environment that has been risk assessed for ligature points.")
DGH_SD2 = ("The trust should ensure that all staff in the department complete level 3 safeguarding children "
           "training.")
DGH_SD3 = ("The trust should ensure that patients’ pain is assessed and recorded consistently on medical wards.")

D = dt.datetime
DGH_MUST = [
    (DGH_UEC, [
        (DGH_MD1, "Regulation 12(1)(2)(a)", [
            A("MD1.1", [DGH_UEC, DGH_MD1],
              "Introduce a streaming and rapid assessment nurse at the front door from 08:00 to 02:00, seven days "
              "a week.",
              "Head of Nursing – ED", ["Head of Nursing – ED"],
              (D(2024, 7, 31), None), "2024-07", "B", "blue",
              upd="Rota in place since 1 July 2024. Triage within 15 minutes: 91% (December)."),
            A("MD1.2", [DGH_UEC, DGH_MD1],
              "Audit triage times weekly and report compliance to the Urgent Care Board; escalate any month below "
              "85% compliance to the Quality and Safety Group.",
              "Clinical Director – ED; Divisional Director of Operations",
              ["Clinical Director – ED", "Divisional Director of Operations"],
              (D(2024, 9, 30), D(2025, 3, 31)), "2025-03", "A", "amber",
              upd="Weekly audit running; escalation route not yet embedded. Revised date agreed at CQC Steering Group."),
        ]),
        (DGH_MD2, "Regulation 12(2)(a)(b)", [
            A("MD2.1", [DGH_UEC, DGH_MD2],
              "Add mandatory risk assessment prompts to the electronic patient record for patients in the "
              "department over 6 hours.",
              "Chief Nursing Information Officer", ["Chief Nursing Information Officer"],
              (D(2024, 10, 31), D(2024, 12, 31)), "2024-12", "B", "blue",
              upd="Prompts went live 9 December 2024 after system upgrade."),
            A("MD2.2", [DGH_UEC, DGH_MD2],
              "Monthly documentation audit of 20 records of patients with a length of stay over 12 hours, with "
              "results shared at the ED safety huddle.",
              "Matron – ED", ["Matron – ED"],
              (D(2024, 10, 31), None), "2024-10", "G", "green",
              upd="Audit embedded; compliance 78% in December, improving month on month."),
        ]),
    ]),
    (DGH_MED, [
        (DGH_MD3, "Regulation 18(1)", [
            A("MD3.1", [DGH_MED, DGH_MD3],
              "Complete the bi-annual nursing establishment review for medical wards using the Safer Nursing Care "
              "Tool and present findings to the Board.",
              "Chief Nurse", ["Chief Nurse"],
              (D(2024, 8, 31), None), "2024-08", "B", "blue",
              upd="Presented to Board of Directors September 2024."),
            A("MD3.2", [DGH_MED, DGH_MD3],
              "Recruit to registered nurse vacancies on wards C7 and C8 through the international recruitment "
              "programme.\nReduce agency use on these wards to below 5% of worked hours.",
              "Deputy Chief Nurse / Head of Nursing Workforce", ["Deputy Chief Nurse", "Head of Nursing Workforce"],
              (D(2024, 12, 31), D(2025, 6, 30)), "2025-06", "R", "red",
              upd="Second cohort delayed by visa processing; agency use 11% on C8."),
        ]),
    ]),
]
DGH_SHOULD = [
    (DGH_UEC, [
        (DGH_SD1, "N/A", [
            A("SD1.1", [DGH_UEC, DGH_SD1],
              "Complete a ligature risk assessment of the two mental health assessment rooms and carry out the "
              "remedial works identified.",
              "Head of Estates / Health and Safety Manager", ["Head of Estates", "Health and Safety Manager"],
              (D(2024, 11, 30), None), "2024-11", "B", "blue",
              upd="Works completed 22 November 2024; signed off by Health and Safety Committee."),
        ]),
        (DGH_SD2, "N/A", [
            A("SD2.1", [DGH_UEC, DGH_SD2],
              "Book all outstanding staff onto level 3 safeguarding sessions and monitor compliance through the "
              "divisional performance review.",
              "Named Nurse Safeguarding Children", ["Named Nurse Safeguarding Children"],
              (D(2024, 12, 31), None), "2024-12", "G", "green",
              upd="Compliance 88% against 90% target; remaining staff booked for January."),
        ]),
    ]),
    (DGH_MED, [
        (DGH_SD3, "N/A", [
            A("SD3.1", [DGH_MED, DGH_SD3],
              "Relaunch the pain assessment tool, including the Abbey pain scale for patients living with dementia.",
              "Lead Nurse – Dementia", ["Lead Nurse – Dementia"],
              (D(2025, 3, 31), None), "2025-03", "G", "green",
              upd="Relaunch planned for Dementia Awareness week; training materials drafted."),
            A("SD3.2", [DGH_MED, DGH_SD3],
              "Include pain scores in the monthly nursing quality metrics audit.",
              "Matrons – Medicine", ["Matrons – Medicine"],
              ("Q4 2024/25", None), "2025-03", None, "unrated",
              upd=""),
        ]),
    ]),
]


def _dgh_sheet(wb, name, sections):
    ws = wb.create_sheet(name)
    hdr = ["Ref", "CQC requirement", "Regulation", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "Progress update (January 2025)", "RAG"]
    widths = [8, 42, 16, 48, 30, 14, 14, 44, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["nhs"])
        c.alignment = WRAP
        c.border = BOX
    r = 2
    for sec, reqs in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(FILL["pale"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, reg, acts in reqs:
            top = r
            ws.cell(row=r, column=2, value=req)
            ws.cell(row=r, column=3, value=reg)
            for a in acts:
                orig, rev = a["end_cell"]
                vals = {1: a["ref"], 4: a["action"], 5: a["lead_cell"], 6: orig, 7: rev, 8: a["upd"] or None,
                        9: a["status_cell"]}
                for col, v in vals.items():
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                if a["status"] != "unrated":
                    ws.cell(row=r, column=9).fill = fill(FILL[a["status"]])
                    ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A2"
    return ws


def build_dgh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.column_dimensions["A"].width = 58
    for col in "BCD":
        ws.column_dimensions[col].width = 12
    ws["A1"] = "The Dudley Group NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = DGH_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Inspection: 27–29 February 2024 | Report published: 14 June 2024 | Position as at: 31 January 2025"
    ws["A4"] = "Reporting to: Quality and Safety Committee, 25 February 2025"
    ws["A6"] = "Status"
    ws["B6"] = "Must do"
    ws["C6"] = "Should do"
    ws["D6"] = "Total"
    for col in "ABCD":
        ws[f"{col}6"].font = Font(bold=True, color="FFFFFF")
        ws[f"{col}6"].fill = fill(FILL["nhs"])
    rows = [("B – Complete (evidence approved by CQC Steering Group)", "blue", 3, 1),
            ("G – On track", "green", 1, 2),
            ("A – At risk / revised date agreed", "amber", 1, 0),
            ("R – Overdue", "red", 1, 0),
            ("Not yet rated", None, 0, 1)]
    r = 7
    for label, c, m, s in rows:
        ws.cell(row=r, column=1, value=label)
        if c:
            ws.cell(row=r, column=1).fill = fill(FILL[c])
        ws.cell(row=r, column=2, value=m)
        ws.cell(row=r, column=3, value=s)
        ws.cell(row=r, column=4, value=f"=B{r}+C{r}")
        r += 1
    ws.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=2, value=f"=SUM(B7:B{r-1})")
    ws.cell(row=r, column=3, value=f"=SUM(C7:C{r-1})")
    ws.cell(row=r, column=4, value=f"=SUM(D7:D{r-1})")
    ws.cell(row=r + 2, column=1,
            value="Actions are closed only when evidence has been reviewed and approved by the CQC Steering Group.")
    _dgh_sheet(wb, "Must do", DGH_MUST)
    _dgh_sheet(wb, "Should do", DGH_SHOULD)
    wb.save(os.path.join(HERE, DGH_FILE))


# ---------------------------------------------------------------------------
# 3. UK Health Security Agency - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
UKH_FILE = "fh1-ukhsa-arc-internal-audit-recommendations-tracker.xlsx"
UKH_TITLE = "Internal Audit Recommendations Tracker (GIAA) – position at 30 September 2025"
UKH_B1 = "2024-25/06 Third-party supplier assurance – Limited assurance"
UKH_B2 = "2024-25/09 Payroll: starters, movers and leavers – Moderate assurance"
UKH_B3 = "2025-26/02 Cyber security: vulnerability management – Limited assurance"
UKH_R061 = ("Management should establish a complete register of third-party suppliers that process UKHSA data, "
            "with an assurance rating for each.")
UKH_R062 = "Contract managers should obtain and review annual assurance statements from critical suppliers."
UKH_R091 = ("Line managers should be reminded to submit leaver notifications before the employee’s last working "
            "day.")
UKH_R092 = "Payroll exception reports should be reviewed and signed off by a second officer each month."
UKH_R021 = "UKHSA should define and enforce remediation timescales for critical and high vulnerabilities."
UKH_R022 = ("Management should report vulnerability remediation performance to the Executive Committee each "
            "quarter.")
UKH_R023 = ("Unsupported operating systems should be identified and either removed or covered by an approved risk "
            "acceptance.")

UKH_BANDS = [
    (UKH_B1, [
        ("High", UKH_R061, [
            A("06/1a", [UKH_B1, UKH_R061],
              "Commercial to compile a supplier register from contract records and the data protection impact "
              "assessment log.",
              "Director of Commercial", ["Director of Commercial"],
              (D(2025, 3, 31), D(2025, 6, 30)), "2025-06", "Blue", "blue",
              upd="Register complete (412 suppliers). Evidence accepted by GIAA July 2025."),
            A("06/1b", [UKH_B1, UKH_R061],
              "Assign an assurance rating to each supplier on the register and agree a review cycle by rating.",
              "Director of Commercial / Senior Information Risk Owner",
              ["Director of Commercial", "Senior Information Risk Owner"],
              (D(2025, 3, 31), D(2025, 12, 31)), "2025-12", "Amber", "amber",
              upd="Ratings complete for 60% of suppliers. Second extension agreed by ARC in July."),
        ]),
        ("Medium", UKH_R062, [
            A("06/2", [UKH_B1, UKH_R062],
              "Issue an annual assurance statement template to the 40 critical suppliers and record returns on the "
              "contract management system.",
              "Head of Contract Management", ["Head of Contract Management"],
              (D(2025, 9, 30), None), "2025-09", "Green", "green",
              upd="34 of 40 returns received; chasers issued."),
        ]),
    ]),
    (UKH_B2, [
        ("Medium", UKH_R091, [
            A("09/1", [UKH_B2, UKH_R091],
              "Add leaver notification prompts to the monthly managers’ bulletin and introduce a system reminder "
              "10 days before contract end dates.",
              "Chief People Officer", ["Chief People Officer"],
              (D(2025, 1, 31), None), "2025-01", "Blue", "blue",
              upd="Implemented January 2025. Closed."),
        ]),
        ("Low", UKH_R092, [
            A("09/2", [UKH_B2, UKH_R092],
              "Introduce a second-officer sign-off on the monthly payroll exception report, evidenced in the payroll "
              "checklist.",
              "Head of Payroll and Pensions", ["Head of Payroll and Pensions"],
              (D(2025, 2, 28), D(2025, 5, 31)), "2025-05", "Red", "red",
              upd="Sign-off in place from June but not evidenced for July and August. Overdue."),
        ]),
    ]),
    (UKH_B3, [
        ("High", UKH_R021, [
            A("02/1", [UKH_B3, UKH_R021],
              "Publish a vulnerability management standard setting remediation timescales (critical: 14 days; high: "
              "30 days), approved by the Digital Assurance Board.",
              "Chief Information Security Officer", ["Chief Information Security Officer"],
              (D(2025, 10, 31), None), "2025-10", "Green", "green",
              upd="Draft standard to Digital Assurance Board 15 October."),
        ]),
        ("High", UKH_R022, [
            A("02/2", [UKH_B3, UKH_R022],
              "Add vulnerability remediation metrics to the quarterly Digital, Data and Technology performance "
              "report to ExCo.",
              "Chief Information Officer; Chief Information Security Officer",
              ["Chief Information Officer", "Chief Information Security Officer"],
              ("Q4 2025/26", None), "2026-03", "Green", "green",
              upd="Metrics defined; first report due Q3."),
        ]),
        ("Medium", UKH_R023, [
            A("02/3", [UKH_B3, UKH_R023],
              "Complete the end-of-life server decommissioning programme.\nRecord a risk acceptance for any server "
              "that cannot be removed by 31 March 2026.",
              "Head of Infrastructure Services", ["Head of Infrastructure Services"],
              (D(2026, 3, 31), None), "2026-03", "Green", "green",
              upd="58 of 96 servers decommissioned."),
        ]),
    ]),
]


def build_ukh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80
    ws["A1"] = "UK Health Security Agency"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Audit and Risk Committee – 21 October 2025 – Agenda item 6"
    ws["A3"] = UKH_TITLE
    ws["A3"].font = Font(bold=True, size=14)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "1.0 (final for ARC)"), ("Owner", "Head of Risk and Assurance"),
          ("Prepared by", "Corporate Governance Team"), ("Date", "06/10/2025"), ("Classification", "OFFICIAL")]
    r = 6
    for k, v in dc:
        ws.cell(row=r, column=1, value=k).border = BOX
        ws.cell(row=r, column=2, value=v).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG status definitions").font = Font(bold=True)
    r += 1
    for k, v, c in [("Blue", "Implemented; evidence accepted by GIAA", "blue"),
                    ("Green", "On track to meet the agreed date", "green"),
                    ("Amber", "Revised date agreed by ARC, or at risk of missing the agreed date", "amber"),
                    ("Red", "Overdue against the latest agreed date", "red")]:
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[c])
        ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scope: all open GIAA recommendations plus those closed since the July 2025 ARC.")

    t = wb.create_sheet("Tracker")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner", "Original due date",
           "Revised due date", "RAG status", "Management update (September 2025)"]
    widths = [8, 10, 44, 48, 30, 13, 13, 10, 44]
    for i, w in enumerate(widths, 1):
        t.column_dimensions[get_column_letter(i)].width = w
    for i, h in enumerate(hdr, 1):
        c = t.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
    r = 2
    for band, recs in UKH_BANDS:
        t.cell(row=r, column=1, value=band).font = Font(bold=True)
        for col in range(1, 10):
            t.cell(row=r, column=col).fill = fill(FILL["grey"])
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for prio, rec, acts in recs:
            top = r
            t.cell(row=r, column=2, value=prio)
            t.cell(row=r, column=3, value=rec)
            for a in acts:
                orig, rev = a["end_cell"]
                vals = {1: a["ref"], 4: a["action"], 5: a["lead_cell"], 6: orig, 7: rev, 8: a["status_cell"],
                        9: a["upd"]}
                for col, v in vals.items():
                    c = t.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd-mmm-yy"
                for col in range(1, 10):
                    t.cell(row=r, column=col).alignment = WRAP
                    t.cell(row=r, column=col).border = BOX
                t.cell(row=r, column=8).fill = fill(FILL[a["status"]])
                r += 1
            if r - 1 > top:
                t.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    t.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    t.cell(row=r + 1, column=1, value="Total actions")
    t.cell(row=r + 1, column=2, value=8)
    for i, (k, n) in enumerate([("Blue", 2), ("Green", 4), ("Amber", 1), ("Red", 1)]):
        t.cell(row=r + 2 + i, column=1, value=k)
        t.cell(row=r + 2 + i, column=2, value=n)
    t.freeze_panes = "A2"
    wb.save(os.path.join(HERE, UKH_FILE))


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


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Capital City College Group - FE Commissioner diagnostic assessment action plan (docx)
# ---------------------------------------------------------------------------
CCC_FILE = "fh1-capital-city-college-group-fe-commissioner-diagnostic-assessment-action-plan.docx"
CCC_TITLE = "FE Commissioner Diagnostic Assessment: Action Plan"
CCC_T1 = "1. Governance and leadership"
CCC_T2 = "2. Financial sustainability"
CCC_T3 = "3. Quality of education"
CCC_R1 = ("Recommendation 1: The Corporation should review its committee structure and the information it receives "
          "so that it can hold executive leaders to account for the financial recovery plan.")
CCC_R2 = "Recommendation 2: The Board should commission an external review of governance in the 2024/25 academic year."
CCC_R3 = ("Recommendation 3: Leaders should produce a realistic, Board-approved financial recovery plan that returns "
          "the Group to a financial health grade of at least ‘Requires improvement’ by 2026/27.")
CCC_R4 = ("Recommendation 4: Leaders should improve the quality of apprenticeship provision so that more apprentices "
          "complete their programme and achieve on time.")
CCC_PLAN = [
    (CCC_T1, [
        (CCC_R1, [
            A("1.1", [CCC_T1, CCC_R1],
              "Adopt revised terms of reference for the Finance and Resources Committee, including monthly "
              "cash-flow reporting.",
              "Director of Governance", ["Director of Governance"],
              "January 2025", "2025-01", "Complete", "blue",
              upd="Approved by the Corporation on 28 January 2025."),
            A("1.2", [CCC_T1, CCC_R1],
              "Introduce a single Board dashboard covering finance, enrolment, quality and people KPIs.",
              "Group CFO / Chief Operating Officer", ["Group CFO", "Chief Operating Officer"],
              "31/03/2025", "2025-03", "Green", "green",
              upd="Draft dashboard reviewed by the Chair; first full version for this meeting."),
        ]),
        (CCC_R2, [
            A("2.1", [CCC_T1, CCC_R2],
              "Procure an external governance review through the Education and Training Foundation framework.",
              "Chair of the Corporation", ["Chair of the Corporation"],
              "Feb 2025", "2025-02", "Complete", "blue",
              upd="Reviewer appointed; fieldwork took place 10–21 February."),
            A("2.2", [CCC_T1, CCC_R2],
              "Agree and publish a governance development plan in response to the review’s findings.",
              "Chair of the Corporation; Director of Governance",
              ["Chair of the Corporation", "Director of Governance"],
              "July 2025", "2025-07", "Green", "green",
              upd="Awaiting final review report (due April)."),
        ]),
    ]),
    (CCC_T2, [
        (CCC_R3, [
            A("3.1", [CCC_T2, CCC_R3],
              "Complete the curriculum efficiency review (class sizes, contact hours and staff utilisation) across "
              "all campuses.",
              "Deputy CEO – Curriculum and Quality", ["Deputy CEO – Curriculum and Quality"],
              "End of April 2025", "2025-04", "Amber", "amber",
              upd="Four of six campuses complete; staff consultation needed for two areas."),
            A("3.2", [CCC_T2, CCC_R3],
              "Submit the two-year financial recovery plan to the Corporation and to the Department for Education.\n"
              "Include a monthly cash-flow forecast to July 2027.",
              "Group CFO", ["Group CFO"],
              "30 June 2025", "2025-06", "Green", "green",
              upd="Outline plan shared with DfE in February."),
            A("3.3", [CCC_T2, CCC_R3],
              "Market the surplus estate identified in the property strategy and report proceeds against the "
              "recovery plan.",
              "Director of Estates", ["Director of Estates"],
              "Ongoing – reported termly", None, "Amber", "amber", end_text="Ongoing – reported termly",
              upd="Agents appointed; market conditions slower than assumed."),
        ]),
    ]),
    (CCC_T3, [
        (CCC_R4, [
            A("4.1", [CCC_T3, CCC_R4],
              "Introduce monthly progress reviews for every apprentice who is off track against their end-point "
              "assessment gateway date.",
              "Director of Apprenticeships", ["Director of Apprenticeships"],
              "Dec 2024", "2024-12", "Complete", "blue",
              upd="In place from December; 212 apprentices on monthly review."),
            A("4.2", [CCC_T3, CCC_R4],
              "Recruit two additional skills coaches in construction and engineering.",
              "Director of Apprenticeships / HR Business Partner",
              ["Director of Apprenticeships", "HR Business Partner"],
              "Sept 2024 – Jan 2025", "2025-01", "Red", "red",
              upd="One post filled; second re-advertised twice without success."),
        ]),
    ]),
]


def build_ccc():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Capital City College Group")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph(CCC_TITLE, style="Title")
    doc.add_paragraph("Corporation Board – 11 March 2025 – Agenda item 7 (progress update)")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "05/12/2024", "Director of Governance", "First draft following FEC feedback meeting"),
                ("1.0", "17/12/2024", "Director of Governance", "Approved by the Corporation"),
                ("1.1", "03/03/2025", "Group Planning Manager", "March progress update")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v, col in [("Complete", "Action complete and evidence of impact seen by the Board", "blue"),
                      ("Green", "On track", "green"),
                      ("Amber", "Behind schedule – recovery actions in place", "amber"),
                      ("Red", "Off track – Board attention required", "red")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], FILL[col])
        set_cell(cells[1], v)
    doc.add_paragraph()
    for theme, recs in CCC_PLAN:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress update (March 2025)",
                                               "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["end_cell"])
                set_cell(cells[4], a["upd"])
                set_cell(cells[5], a["status_cell"])
                shade(cells[5], FILL[a["status"]])
            doc.add_paragraph()
    doc.add_paragraph("Next update: Corporation Board, 8 July 2025. Actions rated Complete will be removed from the "
                      "plan once the Board has confirmed closure.")
    doc.save(os.path.join(HERE, CCC_FILE))


# ---------------------------------------------------------------------------
# 5. Stokenchurch Medical Centre - CQC inspection action plan (docx, one table)
# ---------------------------------------------------------------------------
SMC_FILE = "fh1-stokenchurch-medical-centre-cqc-requirement-notice-action-plan.docx"
SMC_TITLE = "CQC Inspection Action Plan"
SMC_S1 = "Requirement notice – Regulation 12: Safe care and treatment"
SMC_S2 = "Requirement notice – Regulation 17: Good governance"
SMC_S3 = "Areas where the practice should improve"
SMC_F1 = ("Patients prescribed high-risk medicines (methotrexate, lithium and DOACs) were not always monitored in "
          "line with guidance before repeat prescriptions were issued.")
SMC_F2 = "Safety alerts (MHRA) were not always acted on and there was no record of the action taken."
SMC_F3 = ("Systems to manage risks relating to infection prevention and control, fire safety and staff immunisation "
          "were not effective.")
SMC_F4 = "Continue to improve the uptake of cervical screening."
SMC_F5 = "Take action to improve patient satisfaction with telephone access."
SMC_PLAN = [
    (SMC_S1, [
        (SMC_F1, [
            A("1", [SMC_S1, SMC_F1],
              "Run searches for all patients on high-risk medicines and recall anyone overdue monitoring.",
              "Clinical Pharmacist", ["Clinical Pharmacist"],
              "31 July 2024", "2024-07", "Complete", "blue"),
            A("2", [SMC_S1, SMC_F1],
              "Add monitoring alerts to the clinical system so that prescribers are warned when monitoring is overdue.",
              "Dr R Mehta (Prescribing Lead)", ["Dr R Mehta (Prescribing Lead)"],
              "31 August 2024", "2024-08", "Complete", "blue"),
            A("3", [SMC_S1, SMC_F1],
              "Monthly audit of high-risk medicine monitoring, reported to the partners’ meeting.",
              "Clinical Pharmacist / Dr R Mehta", ["Clinical Pharmacist", "Dr R Mehta"],
              "Ongoing – monthly", None, "On track", "green", end_text="Ongoing – monthly"),
        ]),
        (SMC_F2, [
            A("4", [SMC_S1, SMC_F2],
              "Set up a shared safety alerts log with a named clinician responsible for reviewing each alert within "
              "48 hours.",
              "Practice Manager and Dr Ellis", ["Practice Manager", "Dr Ellis"],
              "By 31/07/24", "2024-07", "Complete", "blue"),
        ]),
    ]),
    (SMC_S2, [
        (SMC_F3, [
            A("5", [SMC_S2, SMC_F3],
              "Commission an external infection prevention and control audit and complete the actions arising.",
              "Lead Practice Nurse", ["Lead Practice Nurse"],
              "Sept 2024", "2024-09", "Complete", "blue"),
            A("6", [SMC_S2, SMC_F3],
              "Complete an updated fire risk assessment and fire drill; record both in the premises log.",
              "Practice Manager", ["Practice Manager"],
              "Aug 2024", "2024-08", "Complete", "blue"),
            A("7", [SMC_S2, SMC_F3],
              "Create a staff immunisation record for all clinical staff in line with UKHSA Green Book guidance.\n"
              "Follow up staff with incomplete records through occupational health.",
              "HR Administrator / Lead Practice Nurse", ["HR Administrator", "Lead Practice Nurse"],
              "30 November 2024", "2024-11", "On track", "green"),
        ]),
    ]),
    (SMC_S3, [
        (SMC_F4, [
            A("8", [SMC_S3, SMC_F4],
              "Offer Saturday morning cervical screening clinics and send text reminders to patients who have not "
              "responded to invitations.",
              "Nursing Team", ["Nursing Team"],
              "March 2025", "2025-03", "On track", "green"),
        ]),
        (SMC_F5, [
            A("9", [SMC_S3, SMC_F5],
              "Install a cloud-based telephone system with call-back and queue position messages.",
              "Practice Manager", ["Practice Manager"],
              "December 2024", "2024-12", "Not started", "unrated"),
        ]),
    ]),
]


def build_smc():
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Stokenchurch Medical Centre")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(SMC_TITLE, style="Heading 1")
    doc.add_paragraph("Inspection date: 12 June 2024. Overall rating: Requires improvement "
                      "(Safe: Requires improvement; Well-led: Requires improvement).")
    doc.add_paragraph("Plan owner: Practice Manager. Last updated: 14 October 2024.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What CQC found", "Action", "Lead", "By when", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for sec, finds in SMC_PLAN:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, sec, bold=True)
        shade(m, "DEEAF6")
        for find, acts in finds:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["end_cell"])
                set_cell(cells[5], a["status_cell"])
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            set_cell(top, find)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete = action finished and evidence held; On track = in progress within "
                      "timescale; Not started = planned but not yet begun.")
    doc.add_paragraph("Reviewed at the partners’ meeting on 9 October 2024. Next review: January 2025.")
    doc.save(os.path.join(HERE, SMC_FILE))


# ---------------------------------------------------------------------------
# 6. Corndel Limited - Ofsted apprenticeships PIAP (csv, refuse: mistyped month)
# ---------------------------------------------------------------------------
COR_FILE = "fh1-corndel-ofsted-apprenticeships-piap-typo-month-refuse.csv"
COR_TITLE = "Corndel Limited – Post-Inspection Action Plan (apprenticeships)"
COR_ROWS = [
    # theme, afi, ref, action, responsible, target, progress, rag
    ("Quality of education",
     "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all "
     "apprentices receive their entitlement.",
     "1.1", "Rebuild the off-the-job training planner in the e-portfolio so that planned and actual hours are "
     "recorded for every apprentice.", "Head of Quality", "Jul-24",
     "Planner live for all new starts from 1 July.", "Complete"),
    ("", "", "1.2", "Coaches to review off-the-job hours at every progress review and agree catch-up plans with "
     "line managers.", "Coaching Managers", "Sep-24", "Included in the review template; spot checks in August.",
     "Green"),
    ("", "", "1.3", "Monthly compliance report to the Quality Board showing apprentices below 90% of planned "
     "hours.", "Head of Data & Compliance", "Ongoing", "First report presented July.", "Green"),
    ("",
     "Leaders should ensure that coaches use information about apprentices' starting points to plan learning that "
     "builds on what they already know.",
     "2.1", "Revise the initial skills scan so that results feed directly into each apprentice's individual "
     "learning plan.", "Curriculum Director", "Aug-24", "New scan piloted on Data Analyst programme.", "Amber"),
    ("", "", "2.2", "Train all coaches in using starting-point information to personalise learning (two workshops "
     "and one observed session).", "Head of Coach Development", "Nov-24", "Workshop 1 delivered in September.",
     "Green"),
    ("Leadership and management",
     "Leaders should improve the quality and frequency of information that governors receive about apprentices' "
     "progress and achievement.",
     "3.1", "Add progress and achievement measures by programme to the Advisory Board dashboard.",
     "Chief Operating Officer", "0ct-24", "Dashboard fields agreed; build under way.", "Amber"),
    ("", "", "3.2", "Appoint an external adviser with apprenticeship expertise to the Advisory Board.",
     "CEO / Chair of Advisory Board", "Dec-24", "Shortlist agreed.", "Green"),
    ("Personal development",
     "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and "
     "extremism relevant to their workplace.",
     "4.1", "Introduce a Prevent and British values topic into every third progress review, with workplace "
     "scenarios for each sector.", "Designated Safeguarding Lead", "Oct-24",
     "Scenario bank written for finance and technology sectors.", "Green"),
    ("", "", "4.2", "Refresh Prevent training for all coaches and tutors.", "Designated Safeguarding Lead",
     "Sep-24", "97% of staff completed.", "Complete"),
    ("", "", "4.3", "Survey apprentices on their understanding of local and workplace risks and report results to "
     "the Quality Board.", "Learner Voice Manager", "Jan-25", "", "Not started"),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_cor():
    lines = [
        COR_TITLE + ",,,,,,,",
        "Ofsted full inspection 14–17 May 2024 (report published 24 June 2024) – overall effectiveness: Requires "
        "improvement,,,,,,,",
        "Update for Quality Board: 18 September 2024,,,,,,,",
        ",,,,,,,",
        "Theme,Area for improvement,Ref,Action,Responsible,Target date,Progress update,RAG",
    ]
    for row in COR_ROWS:
        lines.append(",".join(csv_field(v) for v in row))
    lines.append(",,,,,,,")
    lines.append("RAG: Complete = closed with evidence; Green = on track; Amber = behind plan; Red = at risk,,,,,,,")
    with open(os.path.join(HERE, COR_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    # the mistyped month is on this (1-based) line
    return 5 + [r[2] for r in COR_ROWS].index("3.1") + 1


# ---------------------------------------------------------------------------
# 7. NHS GGC Leverndale Hospital - MWC local visit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
LEV_FILE = "fh1-nhs-ggc-leverndale-hospital-mwc-local-visit-action-plan.txt"
LEV_TITLE = "Mental Welfare Commission Local Visit: Leverndale Hospital – Action Plan"
LEV_R1 = ("Recommendation 1: Managers should ensure that care plans are person-centred, reflect the views of the "
          "individual and are reviewed regularly, with evidence of the person's participation.")
LEV_R2 = ("Recommendation 2: Medical staff should ensure that section 47 certificates and treatment plans under the "
          "Adults with Incapacity (Scotland) Act 2000 are completed and copies are held with the medication "
          "prescription chart.")
LEV_R3 = ("Recommendation 3: Managers should ensure that the garden area of Ward 4 is made accessible and that "
          "patients have daily access to fresh air.")
LEV_R4 = ("Recommendation 4: Managers should review the provision of therapeutic and recreational activity at "
          "weekends across all three wards.")
LEV_PLAN = [
    (LEV_R1, [
        A("1.1", [LEV_R1],
          "Senior Charge Nurses to audit five care plans per ward each month using the Commission's person-centred "
          "care plan good practice guide.",
          "Senior Charge Nurses", ["Senior Charge Nurses"],
          "31/07/2025", "2025-07", "Green", "green",
          upd="Audits started June 2025; July audit showed 70% of plans met the standard."),
        A("1.2", [LEV_R1],
          "Deliver care planning refresher sessions for all registered nurses, focusing on recording the patient's "
          "own words.",
          "Practice Development Nurse", ["Practice Development Nurse"],
          "End of September 2025", "2025-09", "Amber", "amber",
          upd="Two of five sessions delivered; remaining dates affected by staffing."),
    ]),
    (LEV_R2, [
        A("2.1", [LEV_R2],
          "Add an AWI section 47 check to the weekly pharmacy review of prescription charts.",
          "Lead Clinical Pharmacist – Mental Health", ["Lead Clinical Pharmacist – Mental Health"],
          "June 2025", "2025-06", "Complete", "blue",
          upd="Check added to pharmacy ward round template from 2 June 2025."),
        A("2.2", [LEV_R2],
          "Consultant psychiatrists to review all patients with a section 47 certificate at the multidisciplinary "
          "team meeting and confirm treatment plans are attached.",
          "Clinical Director / Consultant Psychiatrists", ["Clinical Director", "Consultant Psychiatrists"],
          "30/06/2025", "2025-06", "Complete", "blue",
          upd="All 14 certificates reviewed; treatment plans attached."),
    ]),
    (LEV_R3, [
        A("3.1", [LEV_R3],
          "Complete the estates works to resurface the Ward 4 garden and install anti-ligature seating.",
          "Estates Manager (Leverndale)", ["Estates Manager (Leverndale)"],
          "December 2025", "2025-12", "Amber", "amber",
          upd="Works approved by capital group; contractor start date October 2025."),
        A("3.2", [LEV_R3],
          "Agree a daily escorted fresh-air rota with the multidisciplinary team until the garden reopens.",
          "Senior Charge Nurse Ward 4", ["Senior Charge Nurse Ward 4"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          upd="Rota in place; recorded in daily safety brief."),
    ]),
    (LEV_R4, [
        A("4.1", [LEV_R4],
          "Recruit a weekend activity co-ordinator post (band 4) shared across Wards 3A, 3B and 4.",
          "Lead Nurse / Clinical Services Manager", ["Lead Nurse", "Clinical Services Manager"],
          "Q3 2025/26", "2025-12", "Red", "red",
          upd="Funding not yet agreed; options paper to HSCP Mental Health Services SMT."),
    ]),
]


def build_lev():
    lines = [
        LEV_TITLE,
        "NHS Greater Glasgow and Clyde – Renfrewshire HSCP Mental Health Inpatient Services",
        "Wards visited: 3A, 3B and 4 (adult acute admission). Unannounced visit: 11 March 2025. "
        "Report published: 22 May 2025.",
        "Response due: 22 August 2025. Progress position: 29 August 2025.",
        "",
        "\t".join(["Ref", "Action planned", "Responsible", "Timescale", "Progress at 29/08/2025", "RAG"]),
    ]
    for rec, acts in LEV_PLAN:
        lines.append(rec)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["upd"],
                                    a["status_cell"]]))
    lines += [
        "",
        "RAG key: Complete – action completed; Green – on track; Amber – delayed but expected to complete; "
        "Red – not on track",
        "Prepared by the Clinical Services Manager, Leverndale Hospital, for the Renfrewshire HSCP Clinical and Care "
        "Governance Group.",
    ]
    with open(os.path.join(HERE, LEV_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_sjl()
    build_dgh()
    build_ukh()
    build_ccc()
    build_smc()
    line = build_cor()
    build_lev()
    print("corndel typo line:", line)


if __name__ == "__main__":
    main()
