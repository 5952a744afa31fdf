#!/usr/bin/env python3
"""Build the seven zfz- blind test files (set heldout823).

Run with /work/main/.venv/bin/python zfz_make.py ; writes the data files beside this script.
The DATA structures below hold both the cell text and (in the 'x' keys) the reading a person
makes of each action; zfz_make.py itself only writes the data files.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F4E79"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "sub": PatternFill("solid", fgColor="F2F2F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. SECAmb well-led developmental review action plan (xlsx)
# ---------------------------------------------------------------------------
SECAMB_FILE = "zfz-south-east-coast-ambulance-service-nhsft-well-led-review-action-plan.xlsx"
SECAMB_TITLE = ("South East Coast Ambulance Service NHS Foundation Trust – "
                "Well-Led Developmental Review 2025: Action Plan")
SECAMB = [
    ("KLOE 1 – Is there the leadership capacity and capability to deliver high quality, sustainable care?", [
        ("Recommendation 1: The Board should strengthen executive capacity and succession planning, with a "
         "particular focus on operational and clinical leadership roles below Board level.", [
            dict(ref="1.1",
                 action="Develop and approve a succession plan covering all executive and senior operational "
                        "roles, with named interim cover arrangements.",
                 lead="Chief People Officer", orig=D(2025, 9, 30), rev=D(2025, 12, 31), prev="A", cur="A",
                 update="Draft plan reviewed by Nominations Committee in October 2025; further work needed on "
                        "Operating Unit Manager roles.", route="People Committee",
                 x=dict(lead=["Chief People Officer"], end="2025-12", status="amber")),
            dict(ref="1.2",
                 action="Launch a leadership development programme for Operating Unit Managers and Clinical "
                        "Team Leaders, aligned to the NHS leadership competency framework.",
                 lead="Chief People Officer / Chief Operating Officer", orig=D(2026, 3, 31), rev=None,
                 prev="G", cur="G",
                 update="Cohort 1 (24 managers) started September 2025; cohort 2 dates agreed.",
                 route="People Committee",
                 x=dict(lead=["Chief People Officer", "Chief Operating Officer"], end="2026-03", status="green")),
        ]),
    ]),
    ("KLOE 3 – Is there a culture of high quality, sustainable care?", [
        ("Recommendation 3: The Trust should ensure that its work on sexual safety and inappropriate "
         "behaviours is embedded at Operating Unit level and that staff can see the outcome of concerns "
         "they raise.", [
            dict(ref="3.1",
                 action="Roll out the sexual safety training package to all frontline managers and report "
                        "completion monthly to the People Committee.",
                 lead="Chief People Officer", orig=D(2025, 6, 30), rev=None, prev="G", cur="B",
                 update="96% of frontline managers trained; moved to business as usual.",
                 route="People Committee",
                 x=dict(lead=["Chief People Officer"], end="2025-06", status="blue")),
            dict(ref="3.2",
                 action="Introduce a 'you said, we did' feedback loop for Freedom to Speak Up cases, published "
                        "quarterly on the staff intranet.",
                 lead="Director of Corporate Governance & Company Secretary", orig=D(2025, 9, 30),
                 rev=D(2026, 1, 31), prev="A", cur="G",
                 update="Revised date agreed by Executive Management Board to align with the new FTSU "
                        "case system; first publication planned for January 2026.",
                 route="People Committee",
                 x=dict(lead=["Director of Corporate Governance & Company Secretary"], end="2026-01",
                        status="green")),
        ]),
    ]),
    ("KLOE 4 – Are there clear responsibilities, roles and systems of accountability to support good "
     "governance and management?", [
        ("Recommendation 5: The Board should review its committee structure and terms of reference to reduce "
         "duplication of assurance and clarify the escalation route from Operating Units to Board.", [
            dict(ref="5.1",
                 action="Review Board committee terms of reference and cycles of business, and present "
                        "proposals to the Board.",
                 lead="Director of Corporate Governance & Company Secretary", orig=D(2025, 7, 31), rev=None,
                 prev="G", cur="B",
                 update="Revised terms of reference approved by the Board on 31 July 2025.",
                 route="Trust Board",
                 x=dict(lead=["Director of Corporate Governance & Company Secretary"], end="2025-07",
                        status="blue")),
            dict(ref="5.2",
                 action="Implement a revised Integrated Quality Report with Operating Unit-level data.\n"
                        "Include SPC charts and exception narrative for all metrics outside control limits.",
                 lead="Chief Nursing Officer; Director of Strategy & Partnerships", orig=D(2025, 10, 31),
                 rev=D(2026, 3, 31), prev="A", cur="R",
                 update="Data warehouse changes delayed by the CAD system upgrade. Escalated to Executive "
                        "Management Board on 4 November 2025.",
                 route="Quality & Patient Safety Committee",
                 x=dict(lead=["Chief Nursing Officer", "Director of Strategy & Partnerships"], end="2026-03",
                        status="red")),
        ]),
    ]),
    ("KLOE 5 – Are there clear and effective processes for managing risks, issues and performance?", [
        ("Recommendation 6: The Trust should refresh the Board Assurance Framework so that controls, "
         "assurances and gaps are specific, current and linked to the corporate risk register.", [
            dict(ref="6.1",
                 action="Refresh the BAF format and hold a Board development session on risk appetite.",
                 lead="Director of Corporate Governance & Company Secretary", orig="Q3 2025/26", rev=None,
                 prev="G", cur="G",
                 update="Board development session held 9 October 2025; refreshed BAF to December Board.",
                 route="Audit & Risk Committee",
                 x=dict(lead=["Director of Corporate Governance & Company Secretary"], end="2025-12",
                        end_text="Q3 2025/26", status="green")),
            dict(ref="6.2",
                 action="Align corporate risk register entries to BAF strategic risks and introduce a monthly "
                        "executive review of all risks scoring 15 and above.",
                 lead="Chief Finance Officer", orig=D(2025, 11, 30), rev=None, prev="G", cur="A",
                 update="Alignment 70% complete; monthly review started but not yet minuted consistently.",
                 route="Audit & Risk Committee",
                 x=dict(lead=["Chief Finance Officer"], end="2025-11", status="amber")),
        ]),
    ]),
    ("KLOE 7 – Are the people who use services, the public, staff and external partners engaged and "
     "involved to support high quality sustainable services?", [
        ("Recommendation 8: The Trust should strengthen how it involves patients and the public in service "
         "change, building on existing Healthwatch and community links.", [
            dict(ref="8.1",
                 action="Establish a Patient and Public Involvement Forum with members drawn from across Kent, "
                        "Surrey, Sussex and North East Hampshire, and agree its terms of reference.",
                 lead="Chief Nursing Officer", orig=D(2026, 1, 31), rev=None, prev=None, cur=None,
                 update="New action added following the October 2025 Board development session.",
                 route="Quality & Patient Safety Committee",
                 x=dict(lead=["Chief Nursing Officer"], end="2026-01", status="unrated")),
        ]),
    ]),
]
RAG_LETTER_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_secamb():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SECAMB_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Trust Board (meeting in public), 27 November 2025 – Agenda item 9.2"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "2.3"),
            ("Status", "Final – for assurance"),
            ("Owner", "Director of Corporate Governance & Company Secretary"),
            ("Review fieldwork", "April – June 2025 (external reviewers)"),
            ("Report received by Board", "31 July 2025"),
            ("Position as at", "14/11/2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact provided"),
           ("G", "On track to deliver by the due date"),
           ("A", "Risk of slippage, or revised date agreed"),
           ("R", "Off track – escalated to Executive Management Board")]
    for i, (k, v) in enumerate(key, start=13):
        c = cov.cell(i, 1, k)
        c.fill = FILL[RAG_LETTER_FILL[k]]
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov["A18"] = ("Actions are grouped by the well-led key line of enquiry (KLOE) under which the reviewers "
                  "made each recommendation. Recommendations 2, 4 and 7 required no new action and are "
                  "reported through existing plans.")
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Well-Led Developmental Review 2025 – Action Plan (position at 14 November 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    heads = ["Ref", "Recommendation", "Action", "Lead Director", "Original due date", "Revised due date",
             "Previous RAG (Sep-25)", "Current RAG (Nov-25)", "Progress update", "Assurance route"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for kloe, recs in SECAMB:
        ws.cell(r, 1, kloe).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(r, 2, rec)
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead"])
                c5 = ws.cell(r, 5, a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    c5.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c6 = ws.cell(r, 6, a["rev"])
                    c6.number_format = "dd/mm/yyyy"
                for col, key_ in ((7, "prev"), (8, "cur")):
                    if a[key_]:
                        cc = ws.cell(r, col, a[key_])
                        cc.fill = FILL[RAG_LETTER_FILL[a[key_]]]
                        cc.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9, a["update"])
                ws.cell(r, 10, a["route"])
                for col in range(1, 11):
                    ws.cell(r, col).border = BOX
                    if col not in (7, 8):
                        ws.cell(r, col).alignment = WRAP
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 45, 55, 28, 13, 13, 11, 11, 45, 22]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG position – 14 November 2025"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for _, recs in SECAMB:
        for _, acts in recs:
            for a in acts:
                counts[a["cur"] or "-"] = counts.get(a["cur"] or "-", 0) + 1
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    rows = [("B – Complete", counts.get("B", 0)), ("G – On track", counts.get("G", 0)),
            ("A – At risk", counts.get("A", 0)), ("R – Off track", counts.get("R", 0)),
            ("Not yet rated", counts.get("-", 0))]
    for i, (k, v) in enumerate(rows, start=4):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.cell(9, 1, "Total").font = Font(bold=True)
    sm.cell(9, 2, "=SUM(B4:B8)").font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 18
    wb.save(path(SECAMB_FILE))


# ---------------------------------------------------------------------------
# 2. NHS Western Isles internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WI_FILE = "zfz-nhs-western-isles-internal-audit-recommendations-tracker.xlsx"
WI_TITLE = "NHS Western Isles – Internal Audit Recommendations Tracker"
WI = [
    ("03/25 – Payroll Controls (Reasonable assurance)", [
        dict(ref="03/25-1", grade="Grade 2",
             rec="Management should ensure that leaver notifications are received by Payroll before the final "
                 "pay date to prevent overpayments.",
             action="Reissue the managers' leaver checklist and introduce a monthly reconciliation of eESS "
                    "terminations to payroll leavers.",
             owner="Payroll Manager", target=D(2025, 6, 30), revised=D(2026, 1, 31), status="amber",
             update="Monthly reconciliation in place from September 2025; checklist reissue delayed pending the "
                    "eESS upgrade.",
             x=dict(lead=["Payroll Manager"], end="2026-01", status="amber")),
        dict(ref="03/25-2", grade="Grade 3",
             rec="The authorised signatory list for overtime and excess hours claims should be updated and "
                 "confirmed annually with budget holders.",
             action="Update the authorised signatory list and issue annual confirmation requests to budget "
                    "holders each April.",
             owner="Payroll Manager", target=D(2025, 5, 31), revised=None, status="blue",
             update="Verified by Internal Audit, October 2025.",
             x=dict(lead=["Payroll Manager"], end="2025-05", status="blue")),
    ]),
    ("06/25 – Information Governance: Subject Access Requests (Limited assurance)", [
        dict(ref="06/25-1", grade="Grade 1",
             rec="The Board should ensure that subject access requests are completed within the statutory "
                 "one-month timescale and that performance is reported to the Information Governance Group.",
             action="Implement a SAR tracking log with weekly oversight by the Information Governance Manager "
                    "and escalation of any request not closed by day 20.",
             owner="Information Governance Manager", target=D(2025, 12, 31), revised=None, status="green",
             update="Tracking log live from 1 October 2025; compliance 84% in October.",
             x=dict(lead=["Information Governance Manager"], end="2025-12", status="green")),
        dict(ref="06/25-2", grade="Grade 2",
             rec="A second-person check should be introduced for disclosures containing third-party "
                 "information.",
             action="Procure redaction software and introduce a second-person check for all SAR disclosures "
                    "containing third-party data.",
             owner="Head of eHealth / Information Governance Manager", target=D(2026, 3, 31), revised=None,
             status="green",
             update="Software quotes obtained; second-person check in place from November 2025.",
             x=dict(lead=["Head of eHealth", "Information Governance Manager"], end="2026-03",
                    status="green")),
    ]),
    ("08/25 – Estates Statutory Compliance: Water Safety (Limited assurance)", [
        dict(ref="08/25-1", grade="Grade 1",
             rec="Flushing of little-used outlets should be carried out and recorded weekly at all sites, with "
                 "exceptions escalated to the Water Safety Group.",
             action="Introduce an electronic flushing log at Western Isles Hospital, Uist and Barra Hospital and "
                    "St Brendan's Hospital, with weekly review by the Site Manager.",
             owner="Head of Estates & Facilities", target=D(2025, 8, 31), revised=None, status="red",
             update="Electronic log live at Western Isles Hospital; not yet in use at Uist and Barra Hospital. "
                    "Revised date to be agreed at the December Water Safety Group.",
             x=dict(lead=["Head of Estates & Facilities"], end="2025-08", status="red")),
        dict(ref="08/25-2", grade="Grade 2",
             rec="The Water Safety Plan should be reviewed and reissued.",
             action="Review the Water Safety Plan with the Authorising Engineer (Water) and submit it to the "
                    "Water Safety Group for approval.",
             owner="Head of Estates & Facilities", target="Q4 2025/26", revised=None, status="green",
             update="Authorising Engineer visit booked for January 2026.",
             x=dict(lead=["Head of Estates & Facilities"], end="2026-03", end_text="Q4 2025/26",
                    status="green")),
    ]),
    ("10/25 – Medicines Management: Controlled Drugs (Reasonable assurance)", [
        dict(ref="10/25-1", grade="Grade 2",
             rec="Controlled drug stock checks should be signed by two registrants in all remote and rural "
                 "facilities.",
             action="Remind all registrants of the two-signature requirement and add CD register checks to the "
                    "quarterly pharmacy audit.",
             owner="Lead Pharmacist / Senior Charge Nurse (St Brendan's)", target=D(2025, 12, 31),
             revised=None, status="blue", target_fmt="mmm-yy",
             update="Quarterly audit in place from October 2025; Internal Audit verification complete.",
             x=dict(lead=["Lead Pharmacist", "Senior Charge Nurse (St Brendan's)"], end="2025-12",
                    status="blue")),
    ]),
]


def build_wi():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = WI_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee – 11 December 2025 – Position statement"
    sm["A2"].font = Font(italic=True)
    heads = ["Report", "Assurance", "Actions agreed", "Implemented", "Outstanding", "Of which overdue"]
    for c, h in enumerate(heads, start=1):
        cell = sm.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
    summary = [("03/25 Payroll Controls", "Reasonable", 2, 1, 1, 0),
               ("06/25 Subject Access Requests", "Limited", 2, 0, 2, 0),
               ("08/25 Water Safety", "Limited", 2, 0, 2, 1),
               ("10/25 Controlled Drugs", "Reasonable", 1, 1, 0, 0)]
    for i, row in enumerate(summary, start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BOX
    sm.cell(9, 1, "Total").font = Font(bold=True)
    for c, col in zip(range(3, 7), "CDEF"):
        sm.cell(9, c, f"=SUM({col}5:{col}8)").font = Font(bold=True)
    sm["A11"] = ("Earlier reports (2023/24 and 2024/25 plans) have no outstanding actions and are not shown. "
                 "Detail of each action is on the 'Tracker' sheet.")
    for col, w in zip("ABCDEF", (34, 14, 15, 13, 13, 16)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = WI_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up of agreed management actions – Audit and Risk Committee, 11 December 2025"
    ws["A3"] = ("Status is shown by cell colour: Green = on track; Amber = revised date agreed / at risk; "
                "Red = past target date with no revised date agreed; Blue = implemented and verified by "
                "Internal Audit.")
    ws["A3"].font = Font(italic=True)
    heads = ["Report", "Rec no.", "Grade", "Recommendation", "Agreed management action", "Action owner",
             "Target date", "Revised target date", "Status", "Management update (November 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for report, recs in WI:
        first = r
        ws.cell(r, 1, report).font = Font(bold=True)
        for a in recs:
            ws.cell(r, 2, a["ref"])
            ws.cell(r, 3, a["grade"])
            ws.cell(r, 4, a["rec"])
            ws.cell(r, 5, a["action"])
            ws.cell(r, 6, a["owner"])
            c7 = ws.cell(r, 7, a["target"])
            if isinstance(a["target"], dt.datetime):
                c7.number_format = a.get("target_fmt", "dd/mm/yyyy")
            if a["revised"] is not None:
                ws.cell(r, 8, a["revised"]).number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = FILL[a["status"]]
            ws.cell(r, 10, a["update"])
            for col in range(1, 11):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).fill = FILL["band"]
    for col, w in zip("ABCDEFGHIJ", (24, 9, 9, 45, 45, 26, 12, 12, 8, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Recommendation grading"
    ky["A1"].font = Font(bold=True)
    grades = [("Grade 1", "Significant weakness – immediate management attention required"),
              ("Grade 2", "Weakness in control or compliance – action required within 6 months"),
              ("Grade 3", "Improvement opportunity – action at management's discretion")]
    for i, (k, v) in enumerate(grades, start=2):
        ky.cell(i, 1, k)
        ky.cell(i, 2, v)
    ky["A6"] = "Status colours"
    ky["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([("green", "On track"), ("amber", "Revised date agreed / at risk"),
                                ("red", "Overdue – no revised date"), ("blue", "Implemented and verified")],
                               start=7):
        ky.cell(i, 1).fill = FILL[k]
        ky.cell(i, 2, v)
    ky.column_dimensions["A"].width = 12
    ky.column_dimensions["B"].width = 70
    wb.save(path(WI_FILE))


# ---------------------------------------------------------------------------
# 3. James Paget UH NHSFT – MIS (CNST) Year 6 action plan (xlsx)
# ---------------------------------------------------------------------------
JP_FILE = "zfz-james-paget-university-hospitals-nhsft-cnst-mis-year-6-action-plan.xlsx"
JP_TITLE = "Maternity Incentive Scheme (CNST) Year 6 – Action Plan for Safety Actions Not Met"
JP = [
    ("Safety action 4: Can you demonstrate an effective system of clinical workforce planning to the required "
     "standard?",
     "Element not met: Neonatal medical workforce – the Tier 1 rota does not meet the BAPM national standards "
     "for junior medical staffing.", [
        dict(ref="4.1",
             action="Submit a business case to the Divisional Board for two additional Tier 1 neonatal medical "
                    "posts to achieve BAPM-compliant staffing.",
             owner="Clinical Director for Paediatrics & Neonates", deadline=D(2025, 4, 30),
             evidence="Business case; Divisional Board minutes April 2025", rag="Complete",
             progress="Business case approved 22 April 2025.",
             x=dict(lead=["Clinical Director for Paediatrics & Neonates"], end="2025-04", status="blue")),
        dict(ref="4.2",
             action="Recruit to the approved Tier 1 posts and report progress against the BAPM standard to the "
                    "Board in the quarterly maternity and neonatal safety report.",
             owner="Clinical Director for Paediatrics & Neonates", deadline=D(2025, 12, 31),
             evidence="Rota compliance report; Board paper", rag="Amber",
             progress="One post appointed (start date January 2026); second post out to advert.",
             x=dict(lead=["Clinical Director for Paediatrics & Neonates"], end="2025-12", status="amber")),
    ]),
    ("Safety action 6: Can you demonstrate that you are on track to compliance with all elements of the Saving "
     "Babies’ Lives Care Bundle Version Three?",
     "Element not met: Element 2 (fetal growth restriction) – implementation of interventions below the "
     "required threshold at the quarterly LMNS review.", [
        dict(ref="6.1",
             action="Complete a re-audit of uterine artery Doppler referrals and growth scan pathways for women "
                    "at high risk of fetal growth restriction.",
             owner="Consultant Obstetrician (Fetal Medicine Lead)", deadline="Q1 2025/26",
             evidence="Re-audit report to Maternity Governance Meeting", rag="Complete",
             progress="Re-audit presented June 2025; compliance 88%.",
             x=dict(lead=["Consultant Obstetrician (Fetal Medicine Lead)"], end="2025-06",
                    end_text="Q1 2025/26", status="blue")),
        dict(ref="6.2",
             action="Recruit an additional sonographer (0.6 WTE) to increase third-trimester growth scan "
                    "capacity.",
             owner="Imaging Services Manager", deadline="30/06/2025 – revised to 31/01/2026",
             evidence="Appointment confirmed; scan capacity report", rag="Amber",
             progress="Post re-advertised after unsuccessful first round; interim cover through bank sessions.",
             x=dict(lead=["Imaging Services Manager"], end="2026-01", status="amber")),
    ]),
    ("Safety action 8: Can you evidence the following 3 elements of local training plans and ‘in-house’, one "
     "day multi professional training?",
     "Element not met: 90% attendance of consultant obstetric anaesthetists at multi-professional maternity "
     "emergencies (PROMPT) training – 82% at the end of the reporting period.", [
        dict(ref="8.1",
             action="Allocate protected time in consultant anaesthetist job plans for PROMPT training and book "
                    "all outstanding consultants onto sessions.",
             owner="Clinical Lead for Obstetric Anaesthesia", deadline="July 2025",
             evidence="Training records; job plan sign-off", rag="Complete",
             progress="All consultants trained by 18 July 2025 (compliance 100%).",
             x=dict(lead=["Clinical Lead for Obstetric Anaesthesia"], end="2025-07", status="blue")),
        dict(ref="8.2",
             action="Introduce a monthly training compliance dashboard by staff group, reviewed at the "
                    "Maternity Governance Meeting.",
             owner="Practice Development Midwife / Maternity Governance Lead", deadline="Monthly – ongoing",
             evidence="Dashboard; meeting minutes", rag="Green",
             progress="Dashboard in use since May 2025.",
             x=dict(lead=["Practice Development Midwife", "Maternity Governance Lead"], end=None,
                    end_text="Monthly – ongoing", status="green")),
    ]),
    ("Safety action 9: Can you demonstrate that there are robust processes in place to provide assurance to "
     "the Board on maternity and neonatal safety and quality issues?",
     "Element not met: Evidence of quarterly meetings between the Board-level safety champions and the "
     "perinatal leadership team was incomplete for Q2 2024/25.", [
        dict(ref="9.1",
             action="Schedule quarterly meetings between the Board-level safety champions and the perinatal "
                    "leadership team for 2025/26, with actions recorded on the safety champion action log.",
             owner="Director of Midwifery; Non-Executive Maternity Safety Champion", deadline="May 2025",
             evidence="Meeting schedule; action log", rag="Complete",
             progress="Meetings scheduled and held in June and September 2025.",
             x=dict(lead=["Director of Midwifery", "Non-Executive Maternity Safety Champion"], end="2025-05",
                    status="blue")),
    ]),
]
JP_RAG_FILL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def build_jp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = JP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "James Paget University Hospitals NHS Foundation Trust – Women and Children's Division"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Approved by the Trust Board on 27 February 2025 and submitted to NHS Resolution with the Board "
                "declaration form. Progress is reported monthly to the Maternity and Neonatal Safety Champions "
                "and bi-monthly to the Norfolk and Waveney LMNS.")
    ws["A4"] = "Version 1.6 – updated 20/10/2025"
    ws["A4"].font = Font(italic=True)
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    heads = ["Ref", "Action", "Action owner", "Deadline", "Evidence of completion", "RAG",
             "Progress (October 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    for sa, element, acts in JP:
        ws.cell(r, 1, sa).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["band"]
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        ws.cell(r, 1, element).font = Font(italic=True)
        ws.cell(r, 1).fill = FILL["sub"]
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"])
            ws.cell(r, 3, a["owner"])
            c4 = ws.cell(r, 4, a["deadline"])
            if isinstance(a["deadline"], dt.datetime):
                c4.number_format = "dd/mm/yyyy"
            ws.cell(r, 5, a["evidence"])
            c6 = ws.cell(r, 6, a["rag"])
            c6.fill = FILL[JP_RAG_FILL[a["rag"]]]
            ws.cell(r, 7, a["progress"])
            for col in range(1, 8):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for k, v in [("Complete", "Action completed and evidence held on the MIS evidence folder"),
                 ("Green", "On track to meet deadline"),
                 ("Amber", "In progress – risk to deadline"),
                 ("Red", "Off track or not started")]:
        r += 1
        ws.cell(r, 1, k).fill = FILL[JP_RAG_FILL[k]]
        ws.cell(r, 2, v)
    for col, w in zip("ABCDEFG", (9, 55, 28, 16, 30, 11, 45)):
        ws.column_dimensions[col].width = w

    ds = wb.create_sheet("Declaration summary")
    ds["A1"] = "MIS Year 6 – Trust position at Board declaration (February 2025)"
    ds["A1"].font = Font(bold=True)
    ds["A3"], ds["B3"], ds["C3"] = "Safety action", "Subject", "Position"
    for c in range(1, 4):
        ds.cell(3, c).font = Font(bold=True)
    sas = [(1, "Perinatal Mortality Review Tool", "Met"), (2, "Maternity Services Data Set", "Met"),
           (3, "Transitional care and ATAIN", "Met"), (4, "Clinical workforce planning", "Not met"),
           (5, "Midwifery workforce planning", "Met"), (6, "Saving Babies’ Lives Care Bundle v3", "Not met"),
           (7, "Listening to women and families (MNVP)", "Met"), (8, "Training", "Not met"),
           (9, "Board assurance", "Not met"), (10, "MNSI and Early Notification Scheme", "Met")]
    for i, (n, s, p) in enumerate(sas, start=4):
        ds.cell(i, 1, n)
        ds.cell(i, 2, s)
        ds.cell(i, 3, p)
    ds["A15"] = "Safety actions met: 6 of 10"
    ds.column_dimensions["A"].width = 14
    ds.column_dimensions["B"].width = 42
    ds.column_dimensions["C"].width = 12
    wb.save(path(JP_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Powys Teaching Health Board – HIW Llanidloes War Memorial Hospital improvement plan (docx)
# ---------------------------------------------------------------------------
PT_FILE = "zfz-powys-teaching-health-board-hiw-llanidloes-war-memorial-hospital-improvement-plan.docx"
PT_TITLE = "HIW Inspection of Llanidloes War Memorial Hospital – Improvement Plan"
PT_HEAD = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
PT = [
    ("Quality of the patient experience", [
        dict(finding="Patient information leaflets and notices on the ward were available in English only.",
             need="The health board must ensure that written information for patients is available "
                  "bilingually, in line with the Welsh Language Standards.",
             std="Effective; Welsh Language Standards",
             action="Ward notices and leaflets audited and replaced with bilingual versions from the health "
                    "board's approved library. Compliance checked as part of the monthly ward environment audit.",
             officer="Senior Sister", when="31 October 2025",
             x=dict(lead=["Senior Sister"], end="2025-10", status="unrated")),
        dict(finding="Patients told us that call bells were not always within reach, particularly at night.",
             need="The health board must ensure that call bells are within reach of patients at all times.",
             std="Safe; Person-centred",
             action="Call bell position added to intentional rounding documentation.\n"
                    "Weekly spot checks by the Senior Sister for three months, with results reported to the "
                    "Community Hospitals Quality and Safety Group.",
             officer="Senior Sister / Community Hospitals Matron", when="Immediate and ongoing",
             x=dict(lead=["Senior Sister", "Community Hospitals Matron"], end=None,
                    end_text="Immediate and ongoing", status="unrated")),
    ]),
    ("Delivery of safe and effective care", [
        dict(finding="The resuscitation trolley had not been checked on six occasions during June 2025.",
             need="The health board must ensure that resuscitation equipment is checked daily in line with "
                  "health board policy and that checks are recorded.",
             std="Safe; Effective",
             action="Daily resuscitation trolley checks allocated to the nurse in charge on each shift, with a "
                    "weekly audit of records.",
             officer="Senior Sister", when="August 2025",
             x=dict(lead=["Senior Sister"], end="2025-08", status="unrated")),
        dict(finding="Medication fridge temperatures were recorded above the recommended range on several days "
                     "with no action documented.",
             need="The health board must ensure that medication fridge temperatures are monitored, and that "
                  "action is taken and recorded when temperatures are outside the recommended range.",
             std="Safe; Medicines Management",
             action="Fridge temperature recording sheet revised to include the action taken. Pharmacy "
                    "technician to review records at each ward visit.",
             officer="Senior Sister and Community Hospitals Pharmacist", when="30 September 2025",
             x=dict(lead=["Senior Sister", "Community Hospitals Pharmacist"], end="2025-09",
                    status="unrated")),
        dict(finding="Two patients' records did not contain a completed falls risk assessment within 24 hours "
                     "of admission.",
             need="The health board must ensure that falls risk assessments are completed within 24 hours of "
                  "admission and reviewed in line with policy.",
             std="Safe; Person-centred",
             action="Falls risk assessment compliance included in the monthly documentation audit, with "
                    "results shared at ward meetings.",
             officer="Community Hospitals Matron", when="November 2025",
             x=dict(lead=["Community Hospitals Matron"], end="2025-11", status="unrated")),
    ]),
    ("Quality of management and leadership", [
        dict(finding="Compliance with mandatory training was 68% for registered nurses and 71% for healthcare "
                     "support workers.",
             need="The health board must ensure that staff complete mandatory training and that compliance "
                  "is monitored.",
             std="Workforce",
             action="Individual training trajectories agreed with each staff member at one-to-one meetings, "
                    "with protected time allocated on the duty rota.",
             officer="Senior Sister", when="31 January 2026",
             x=dict(lead=["Senior Sister"], end="2026-01", status="unrated")),
        dict(finding="Staff told us they did not always receive feedback after reporting incidents on Datix.",
             need="The health board must ensure that staff receive feedback and shared learning following the "
                  "reporting of incidents.",
             std="Learning, improvement and research",
             action="Learning from incidents added as a standing item on the monthly ward meeting agenda, and a "
                    "'Learning Matters' bulletin circulated to all community hospital staff.",
             officer="Assistant Director of Quality and Safety", when="December 2025",
             x=dict(lead=["Assistant Director of Quality and Safety"], end="2025-12", status="unrated")),
    ]),
]


def build_pt():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(PT_TITLE, style="Title")
    doc.add_paragraph("Powys Teaching Health Board – Bwrdd Iechyd Addysgu Powys")
    doc.add_paragraph("Report to: Patient Experience, Quality and Safety Committee, 4 November 2025")
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=1)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "Llanidloes War Memorial Hospital"),
                                ("Ward/department:", "Inpatient Ward"),
                                ("Date of inspection:", "8 – 10 July 2025")]):
        set_cell_text(info.cell(i, 0), k, bold=True)
        set_cell_text(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("The health board has set out below the action it is taking to address each improvement "
                      "identified by Healthcare Inspectorate Wales.")
    for section, rows in PT:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(PT_HEAD):
            set_cell_text(t.cell(0, c), h, bold=True)
            set_cell_shading(t.cell(0, c), "D9E2F3")
        for i, a in enumerate(rows, start=1):
            for c, v in enumerate([a["finding"], a["need"], a["std"], a["action"], a["officer"], a["when"]]):
                set_cell_text(t.cell(i, c), v)
        doc.add_paragraph("")
    doc.add_heading("Service representative", level=2)
    sr = doc.add_table(rows=3, cols=2)
    sr.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhian Davies"),
                                ("Job role:", "Head of Nursing – Community Services"),
                                ("Date:", "12 August 2025")]):
        set_cell_text(sr.cell(i, 0), k, bold=True)
        set_cell_text(sr.cell(i, 1), v)
    doc.save(path(PT_FILE))


# ---------------------------------------------------------------------------
# 5. Black Country Healthcare NHSFT – CQC MHA monitoring provider action statements (docx)
# ---------------------------------------------------------------------------
BC_FILE = "zfz-black-country-healthcare-nhsft-cqc-mha-monitoring-provider-action-statements.docx"
BC_TITLE = "CQC Mental Health Act Monitoring Visits – Provider Action Statements (Q1–Q2 2025/26)"
BC_HEAD = ["No.", "Area for improvement (CQC)", "Action planned", "Responsible person", "Completion date", "RAG"]
BC = [
    ("Penn Hospital – Hartley Ward (adult acute, male) – visit 3 June 2025",
     "Monitoring report received 1 July 2025; provider action statement returned to CQC 22 July 2025.", [
        dict(afi="Patients' rights under section 132 were not repeated in line with the ward's own policy for "
                 "3 of the 6 patients whose records we reviewed.", rows=[
            dict(ref="1",
                 action="Section 132 rights reminders added to the weekly ward round checklist, with a weekly "
                        "audit by the ward MHA administrator.",
                 who="Ward Manager", when="31 July 2025", rag="B",
                 x=dict(lead=["Ward Manager"], end="2025-07", status="blue"))]),
        dict(afi="Patients did not have access to a working payphone or a private space to make telephone "
                 "calls.", rows=[
            dict(ref="2",
                 action="Replace the ward payphone and designate the quiet room for private calls at agreed "
                        "times.",
                 who="Modern Matron / Estates Manager", when="September 2025", rag="B",
                 x=dict(lead=["Modern Matron", "Estates Manager"], end="2025-09", status="blue"))]),
        dict(afi="Care plans did not show that patients had been involved in planning their care or had been "
                 "offered a copy.", rows=[
            dict(ref="3a",
                 action="Add a co-production prompt to the care plan template on the electronic patient "
                        "record.",
                 who="Lead Nurse for Acute Inpatients", when="31 December 2025", rag="G",
                 x=dict(lead=["Lead Nurse for Acute Inpatients"], end="2025-12", status="green")),
            dict(ref="3b",
                 action="Include patient involvement and copy offered in the monthly care plan audit, with "
                        "results reported to the Acute Care Quality Meeting.",
                 who="Ward Manager", when="Monthly from October 2025", rag="G",
                 x=dict(lead=["Ward Manager"], end=None, end_text="Monthly from October 2025",
                        status="green"))]),
    ]),
    ("Bushey Fields Hospital – Holyrood Ward (older adults) – visit 9 July 2025",
     "Monitoring report received 5 August 2025; provider action statement returned to CQC 26 August 2025.", [
        dict(afi="Section 17 leave forms did not record whether a copy had been given to the patient and "
                 "relevant others.", rows=[
            dict(ref="1",
                 action="Section 17 leave form amended to record who received copies, and an audit of all "
                        "current leave forms completed.",
                 who="Responsible Clinicians / Ward Manager", when="Aug-25", rag="B",
                 x=dict(lead=["Responsible Clinicians", "Ward Manager"], end="2025-08", status="blue"))]),
        dict(afi="Capacity and consent to treatment discussions were not always recorded at the first "
                 "administration of medication under section 58.", rows=[
            dict(ref="2",
                 action="Consent to treatment audit completed monthly by the MHA Office, with findings reported "
                        "to the Mental Health Legislation Operational Group.",
                 who="MHA Office Manager", when="Ongoing", rag="G",
                 x=dict(lead=["MHA Office Manager"], end=None, end_text="Ongoing", status="green"))]),
        dict(afi="The ward environment was tired and some bedroom doors had damaged vision panels.", rows=[
            dict(ref="3",
                 action="Replace damaged vision panels and include ward redecoration in the 2025/26 capital "
                        "programme.",
                 who="Head of Estates", when="March 2026", rag="A",
                 x=dict(lead=["Head of Estates"], end="2026-03", status="amber"))]),
    ]),
    ("Dorothy Pattison Hospital – Friesland Ward (adult acute, female) – visit 12 August 2025",
     "Monitoring report received 9 September 2025; provider action statement returned to CQC 30 September "
     "2025.", [
        dict(afi="A blanket restriction on access to the garden was in place without individual risk "
                 "assessment.", rows=[
            dict(ref="1",
                 action="Reducing Restrictive Practice Lead to review all blanket restrictions on the ward; "
                        "garden access to be individually risk assessed and recorded in care plans.",
                 who="Reducing Restrictive Practice Lead", when="Immediate", rag="B",
                 x=dict(lead=["Reducing Restrictive Practice Lead"], end=None, end_text="Immediate",
                        status="blue"))]),
        dict(afi="Not all patients detained under section 2 who lacked capacity to request an IMHA had been "
                 "referred to the IMHA service.", rows=[
            dict(ref="2",
                 action="Automatic referral to the IMHA service for all qualifying patients who lack capacity, "
                        "monitored through the MHA Office weekly report.",
                 who="MHA Office Manager", when="31 October 2025", rag="R",
                 x=dict(lead=["MHA Office Manager"], end="2025-10", status="red"))]),
    ]),
]
BC_RAG_FILL = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_bc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(BC_TITLE, style="Title")
    doc.add_paragraph("Black Country Healthcare NHS Foundation Trust")
    doc.add_paragraph("Report to: Mental Health Legislation Committee, 18 November 2025. "
                      "Prepared by: Head of Mental Health Law.")
    doc.add_paragraph("This report brings together the provider action statements (PAS) returned to the Care "
                      "Quality Commission following Mental Health Act monitoring visits in quarters 1 and 2, with "
                      "progress against each action as at 31 October 2025.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("B", "Complete – evidence provided to the MHA Office"),
                                ("G", "On track"), ("A", "At risk of missing the completion date"),
                                ("R", "Overdue")]):
        set_cell_text(key.cell(i, 0), k, bold=True)
        set_cell_shading(key.cell(i, 0), BC_RAG_FILL[k])
        set_cell_text(key.cell(i, 1), v)
    for visit, note, afis in BC:
        doc.add_heading(visit, level=2)
        doc.add_paragraph(note)
        nrows = sum(len(a["rows"]) for a in afis)
        t = doc.add_table(rows=1 + nrows, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(BC_HEAD):
            set_cell_text(t.cell(0, c), h, bold=True)
            set_cell_shading(t.cell(0, c), "E2EFD9")
        r = 1
        for a in afis:
            first = r
            for row in a["rows"]:
                set_cell_text(t.cell(r, 0), row["ref"])
                set_cell_text(t.cell(r, 2), row["action"])
                set_cell_text(t.cell(r, 3), row["who"])
                set_cell_text(t.cell(r, 4), row["when"])
                set_cell_text(t.cell(r, 5), row["rag"], bold=True)
                set_cell_shading(t.cell(r, 5), BC_RAG_FILL[row["rag"]])
                r += 1
            if r - first > 1:
                merged = t.cell(first, 1).merge(t.cell(r - 1, 1))
                set_cell_text(merged, a["afi"])
            else:
                set_cell_text(t.cell(first, 1), a["afi"])
        doc.add_paragraph("")
    doc.add_heading("Approval", level=2)
    ap = doc.add_table(rows=2, cols=2)
    ap.style = "Table Grid"
    set_cell_text(ap.cell(0, 0), "Approved by", bold=True)
    set_cell_text(ap.cell(0, 1), "Director of Nursing, AHPs and Quality")
    set_cell_text(ap.cell(1, 0), "Date", bold=True)
    set_cell_text(ap.cell(1, 1), "6 November 2025")
    doc.save(path(BC_FILE))


# ---------------------------------------------------------------------------
# 6. NHS Shropshire, Telford and Wrekin ICB – EPRR core standards improvement plan (csv)
# ---------------------------------------------------------------------------
STW_FILE = "zfz-nhs-shropshire-telford-and-wrekin-icb-eprr-core-standards-improvement-plan-2025-26.csv"
STW_TITLE = "NHS Shropshire, Telford and Wrekin ICB – EPRR Core Standards 2025/26 Improvement Plan"
STW_HEAD = ["Action ref", "Domain", "Core standard", "Compliance rating", "Action required", "Action lead",
            "Target date", "Progress update", "RAG"]
STW = [
    dict(ref="EP01", domain="Governance", std="Standard 4 – EPRR work programme", rating="Partially compliant",
         action="Publish the 2025/26 EPRR work programme, including lessons identified from exercises and "
                "incidents, and present it to the Audit and Risk Committee.",
         lead="Head of EPRR", when="30/11/2025",
         update="Draft shared with LHRP members; committee date confirmed.", rag="Green",
         x=dict(lead=["Head of EPRR"], end="2025-11", status="green")),
    dict(ref="EP02", domain="", std="Standard 6 – Continuous improvement", rating="Partially compliant",
         action="Establish a single lessons-identified log for the ICB and system partners, reviewed quarterly "
                "at the LHRP practitioner group.",
         lead="EPRR Manager", when="Q4 2025/26",
         update="Template agreed; partners asked to populate by January.", rag="Amber",
         x=dict(lead=["EPRR Manager"], end="2026-03", end_text="Q4 2025/26", status="amber"), under0="Governance"),
    dict(ref="EP03", domain="Duty to maintain plans", std="Standard 11 – Adverse weather",
         rating="Partially compliant",
         action="Update the ICB adverse weather plan to reflect the UKHSA Weather-Health Alerting system and "
                "system escalation triggers.",
         lead="EPRR Manager", when="31/12/2025", update="Revised plan in consultation with providers.",
         rag="Green",
         x=dict(lead=["EPRR Manager"], end="2025-12", status="green")),
    dict(ref="EP04", domain="", std="Standard 12 – Infectious disease", rating="Partially compliant",
         action="Agree with UKHSA and system partners the ICB role in the local outbreak management plan, "
                "including out-of-hours arrangements.",
         lead="Head of EPRR; Chief Nursing Officer", when="March 2026",
         update="Workshop held 14 October 2025.\nDraft roles and responsibilities document to December LHRP.",
         rag="Amber",
         x=dict(lead=["Head of EPRR", "Chief Nursing Officer"], end="2026-03", status="amber"),
         under0="Duty to maintain plans"),
    dict(ref="EP05", domain="Command and control", std="Standard 19 – On-call mechanism",
         rating="Partially compliant",
         action="Complete Principles of Health Command training for all strategic and tactical on-call "
                "managers and record it on the training needs analysis.",
         lead="EPRR Training Lead", when="31/01/2026", update="24 of 31 on-call managers trained.",
         rag="Amber",
         x=dict(lead=["EPRR Training Lead"], end="2026-01", status="amber")),
    dict(ref="EP06", domain="Training and exercising", std="Standard 23 – EPRR exercising and testing programme",
         rating="Non-compliant",
         action="Run a live communications cascade test of the ICB on-call system every six months and a "
                "table-top exercise annually, with post-exercise reports to the EPRR Oversight Group.",
         lead="Head of EPRR", when="Six-monthly",
         update="Communications test completed September 2025; table-top exercise booked February 2026.",
         rag="Green",
         x=dict(lead=["Head of EPRR"], end=None, end_text="Six-monthly", status="green")),
    dict(ref="EP07", domain="Business continuity",
         std="Standard 48 – Business continuity management system (BCMS) scope and objectives",
         rating="Partially compliant",
         action="Refresh all directorate business impact analyses and business continuity plans following the "
                "ICB restructure.",
         lead="Directorate Business Continuity Leads", when="28/02/2026",
         update="4 of 9 directorates returned updated plans; escalated to Executive Team.", rag="Red",
         x=dict(lead=["Directorate Business Continuity Leads"], end="2026-02", status="red")),
    dict(ref="EP08", domain="", std="Standard 53 – BC audit", rating="Partially compliant",
         action="Commission an internal audit of the ICB business continuity management system as part of the "
                "2025/26 internal audit plan.",
         lead="Director of Finance", when="Sep-25", update="Included in the approved 2025/26 audit plan.",
         rag="Complete",
         x=dict(lead=["Director of Finance"], end="2025-09", status="blue"), under0="Business continuity"),
]


def build_stw():
    n = len(STW_HEAD)
    blank = [""] * n
    rows = [[STW_TITLE] + [""] * (n - 1),
            ["Self-assessment submitted to NHS England Midlands: 31 October 2025. Overall rating: Substantially "
             "compliant."] + [""] * (n - 1),
            blank,
            STW_HEAD]
    for a in STW:
        rows.append([a["ref"], a["domain"], a["std"], a["rating"], a["action"], a["lead"], a["when"],
                     a["update"], a["rag"]])
    rows.append(blank)
    rows.append(["Note: standards rated fully compliant are not shown. RAG: Green = on track; Amber = at risk; "
                 "Red = off track; Complete = action closed."] + [""] * (n - 1))
    rows.append(["Total actions: 8 (Complete 1, Green 3, Amber 3, Red 1)"] + [""] * (n - 1))
    with open(path(STW_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Wyvern Home Care (Worcester) – council quality assurance visit action plan, typo month (txt, refuse)
# ---------------------------------------------------------------------------
WY_FILE = "zfz-wyvern-home-care-worcester-council-quality-assurance-visit-action-plan-typo-month-refuse.txt"
WY_TITLE = "Wyvern Home Care Ltd (Worcester branch) – Quality Assurance Visit Action Plan"
WY_LINES = [
    WY_TITLE,
    "Following Worcestershire County Council Adult Social Care quality assurance visit on 16 September 2025",
    "Prepared by: Registered Manager\tSubmitted to: Quality Assurance Officer, Commissioning\tDate: 07/10/2025",
    "",
    "No.\tArea\tFinding\tAction to be taken\tBy whom\tBy when\tStatus",
    "1\tCare planning\tThree care plans had not been reviewed within the six-month timescale.\tReview all care "
    "plans overdue for review and add a review schedule to the rostering system.\tCare Coordinator\t31/10/2025"
    "\tOn track",
    "2\tMedicines\tGaps in eMAR records for two people during August 2025.\tReassess medication competency for "
    "all staff supporting these people; office staff to check eMAR alerts daily.\tRegistered Manager / Field "
    "Care Supervisor\t30/11/2025\tOn track",
    "3\tCall times\tCall monitoring showed 14% of calls arriving more than 30 minutes late.\tReview rounds in "
    "the Warndon and St John's areas and recruit two additional care workers.\tBranch Manager\tDecmber 2025"
    "\tNot started",
    "4\tTraining\tSafeguarding adults refresher training overdue for five staff.\tBook all overdue staff onto "
    "the council's safeguarding adults e-learning.\tTraining Officer\t15/10/2025\tComplete",
    "5\tComplaints\tThe complaints log did not record the outcome or the date of the response letter.\tUpdate "
    "the complaints log template and audit it monthly.\tRegistered Manager\tOctober 2025\tComplete",
    "6\tSupervision\tFour care workers had not had supervision in the last three months.\tAgree a supervision "
    "matrix and complete all overdue supervisions.\tField Care Supervisor\tJanuary 2026\tNot started",
    "",
    "Signed: Registered Manager, Wyvern Home Care Ltd",
]
WY_REFUSE_LINE = 8  # 1-based line of the 'Decmber 2025' row


def build_wy():
    with open(path(WY_FILE), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(WY_LINES) + "\r\n")


def main():
    build_secamb()
    build_wi()
    build_jp()
    build_pt()
    build_bc()
    build_stw()
    build_wy()
    for f in (SECAMB_FILE, WI_FILE, JP_FILE, PT_FILE, BC_FILE, STW_FILE, WY_FILE):
        print("wrote", f)


if __name__ == "__main__":
    main()
