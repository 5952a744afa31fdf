"""Build the seven xf- blind test files (set heldout553).

Run with /work/main/.venv/bin/python xf_make.py  (openpyxl, python-docx).
Each builder keeps its plan data in a module-level list so that
xf_expected.py can write the expected readings from the same text.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "wine": PatternFill("solid", fgColor="C00000"),
    "peach": PatternFill("solid", fgColor="FCE4D6"),
    "teal": PatternFill("solid", fgColor="1B5E63"),
    "mint": PatternFill("solid", fgColor="E2EFDA"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(day, month, year):
    return dt.datetime(year, month, day)


# ---------------------------------------------------------------------------
# 1. NHS Nottingham and Nottinghamshire ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
ICB_FILE = "xf-nhs-nottingham-and-nottinghamshire-icb-board-assurance-framework-2025-26.xlsx"
ICB_TITLE = ("NHS Nottingham and Nottinghamshire Integrated Care Board \u2013 "
             "Board Assurance Framework 2025/26")
ICB_PLAN = [
    ("Strategic Aim 1: Improve outcomes in population health and healthcare", [
        ("BAF 1a: Failure to deliver the elective recovery trajectory, resulting in long "
         "waits and avoidable harm to patients", [
            dict(ref="1a.1",
                 action="Complete validation of admitted and non-admitted waiting lists with NUH "
                        "and SFH, including clinical harm reviews for all patients waiting over "
                        "65 weeks",
                 lead="Chief Delivery Officer", orig=d(30, 6, 2025), rev=d(30, 9, 2025),
                 progress="Validation complete at SFH; NUH 78% complete. Harm review backlog "
                          "reduced to 41 patients.",
                 fill="amber"),
            dict(ref="1a.2",
                 action="Extend opening of the Mansfield Community Diagnostic Centre to 12 hours "
                        "a day, 7 days a week",
                 lead="Director of Strategy and Transformation", orig=d(31, 12, 2025), rev=None,
                 progress="Radiographer recruitment on plan; weekend sessions started "
                          "6 September 2025.",
                 fill="green"),
        ]),
    ]),
    ("Strategic Aim 2: Tackle inequalities in outcomes, experience and access", [
        ("BAF 2a: Failure to narrow the gap in healthy life expectancy between the most and "
         "least deprived communities", [
            dict(ref="2a.1",
                 action="Roll out hypertension case-finding through community pharmacies in the "
                        "20% most deprived neighbourhoods (Core20PLUS5)",
                 lead="Director of Population Health / Chief Medical Officer",
                 orig=d(31, 3, 2026), rev=None,
                 progress="42 pharmacies signed up; 3,180 blood pressure checks completed in Q2.",
                 fill="green"),
            dict(ref="2a.2",
                 action="Publish the ICB\u2019s 2024/25 statement on health inequalities in the "
                        "Annual Report",
                 lead="Director of Corporate Affairs", orig=d(30, 6, 2025), rev=None,
                 progress="Published with the Annual Report on 26 June 2025.",
                 fill="blue"),
        ]),
    ]),
    ("Strategic Aim 3: Enhance productivity and value for money", [
        ("BAF 3a: Failure to deliver the 2025/26 system financial plan, including the \u00a398m "
         "efficiency requirement", [
            dict(ref="3a.1",
                 action="Establish a system-wide vacancy control panel covering all NHS partners",
                 lead="Chief Finance Officer", orig=d(31, 5, 2025), rev=None,
                 progress="Panel in place from 12 May 2025; meets weekly.",
                 fill="blue"),
            dict(ref="3a.2",
                 action="Deliver the medicines optimisation savings programme through switching "
                        "to best-value biosimilars",
                 lead="Chief Pharmacist; Chief Finance Officer", orig=d(31, 3, 2026), rev=None,
                 progress="\u00a32.1m delivered against \u00a34.6m year-to-date plan. Recovery plan "
                          "to Finance and Performance Committee in October.",
                 fill="red"),
        ]),
    ]),
    ("Strategic Aim 4: Help the NHS support broader social and economic development", [
        ("BAF 4a: Failure to work with partners as anchor institutions to widen access to "
         "health and care employment", [
            dict(ref="4a.1",
                 action="Launch the joint health and care academy with Vision West "
                        "Nottinghamshire College and the county\u2019s local authorities",
                 lead="Chief People Officer", orig=d(30, 9, 2025), rev=d(31, 1, 2026),
                 progress="Curriculum agreed; launch moved to January to align with the "
                          "college intake.",
                 fill="amber"),
            dict(ref="4a.2",
                 action="Agree a system social value policy for all procurements over \u00a3100k",
                 lead="Director of Corporate Affairs", orig=d(31, 12, 2025), rev=None,
                 progress="Not yet started \u2013 follows the Procurement Act 2023 policy review.",
                 fill=None),
        ]),
    ]),
]


def build_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = ICB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    ws["A3"] = "Document control"
    ws["A3"].font = BOLD
    rows = [("Version", "Date", "Author", "Reviewed by"),
            ("3.0", "10/06/2025", "Head of Corporate Assurance", "Audit and Risk Committee"),
            ("3.1", "08/09/2025", "Head of Corporate Assurance", "ICB Board, 11 September 2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
                c.fill = FILL["grey"]
    ws["A9"] = "Action progress key (RAG column on the BAF detail sheet)"
    ws["A9"].font = BOLD
    key = [("blue", "Complete \u2013 action delivered and evidence received"),
           ("green", "On track to deliver by the due date"),
           ("amber", "At risk \u2013 slippage expected or revised date agreed"),
           ("red", "Off track \u2013 escalation to the lead committee required"),
           (None, "No colour \u2013 action not yet started")]
    for i, (f, txt) in enumerate(key):
        c = ws.cell(row=10 + i, column=1)
        c.border = BOX
        if f:
            c.fill = FILL[f]
        ws.cell(row=10 + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 30

    # summary sheet: one row per BAF risk (scores), no actions
    sm = wb.create_sheet("Summary")
    sm["A1"] = "BAF risk summary \u2013 Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ("Risk ref", "Risk title", "Executive lead", "Lead committee",
           "Q1 score", "Q2 score", "Target score", "Trend")
    data = [
        ("BAF 1a", "Elective recovery", "Chief Delivery Officer",
         "Finance and Performance Committee", 16, 16, 8, "\u2194"),
        ("BAF 2a", "Health inequalities", "Director of Population Health",
         "Strategic Planning and Integration Committee", 12, 12, 8, "\u2194"),
        ("BAF 3a", "System financial plan", "Chief Finance Officer",
         "Finance and Performance Committee", 16, 20, 12, "\u2191"),
        ("BAF 4a", "Anchor institution / workforce", "Chief People Officer",
         "People and Culture Committee", 9, 9, 6, "\u2194"),
    ]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = BOLD
        c.fill = FILL["grey"]
        c.border = BOX
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
    for col, w in zip("ABCDEFGH", (10, 30, 30, 44, 9, 9, 12, 8)):
        sm.column_dimensions[col].width = w

    # detail sheet
    bd = wb.create_sheet("BAF detail")
    bd["A1"] = ICB_TITLE
    bd["A1"].font = Font(bold=True, size=13)
    bd.merge_cells("A1:G1")
    bd["A2"] = "Reporting period: Q2 2025/26 (July \u2013 September 2025)"
    bd.merge_cells("A2:G2")
    hdr = ("Action ref", "Action to address gaps in control / assurance", "Action owner",
           "Original due date", "Revised due date", "Progress update (September 2025)", "RAG")
    for j, v in enumerate(hdr):
        c = bd.cell(row=4, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for aim, risks in ICB_PLAN:
        c = bd.cell(row=r, column=1, value=aim)
        c.font = WHITE_BOLD
        c.fill = FILL["teal"]
        bd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for risk, acts in risks:
            c = bd.cell(row=r, column=1, value=risk)
            c.font = BOLD
            c.fill = FILL["pale"]
            c.alignment = WRAP
            bd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            bd.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = (a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["progress"], None)
                for j, v in enumerate(vals):
                    c = bd.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["fill"]:
                    bd.cell(row=r, column=7).fill = FILL[a["fill"]]
                r += 1
    r += 1
    bd.cell(row=r, column=1,
            value="Note: completed (blue) actions are removed from the BAF once they have been "
                  "noted by the Audit and Risk Committee.")
    bd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", (10, 60, 30, 13, 13, 48, 7)):
        bd.column_dimensions[col].width = w
    bd.freeze_panes = "A5"
    wb.save(os.path.join(HERE, ICB_FILE))


# ---------------------------------------------------------------------------
# 2. Tyne and Wear FRS - Protection Improvement Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
TWFRS_FILE = ("xf-tyne-and-wear-fire-rescue-service-protection-improvement-programme-"
              "highlight-report.xlsx")
TWFRS_TITLE = ("Tyne and Wear Fire and Rescue Service \u2013 Protection Improvement Programme "
               "Highlight Report")
TWFRS_PLAN = [
    ("WS1 \u2013 Risk-Based Inspection Programme", [
        dict(ref="M1.1",
             action="Complete audits of all very high-risk premises in the 2025/26 RBIP",
             lead="Group Manager, Protection", base="Mar-26", fc="Mar-26",
             prev="Green", cur="Green",
             note="212 of 390 audits complete (54%) against a profile of 50%."),
        dict(ref="M1.2",
             action="Introduce revised premises risk scoring aligned to the NFCC Prioritisation "
                    "Tool",
             lead="Station Manager, Protection Policy", base="Sep-25", fc="Jan-26",
             prev="Amber", cur="Amber",
             note="Dependent on the CFRMIS upgrade (see issue I1)."),
    ]),
    ("WS2 \u2013 Building Safety", [
        dict(ref="M2.1",
             action="Agree secondment arrangements with the Building Safety Regulator for "
                    "multidisciplinary teams",
             lead="Area Manager, Prevention and Protection", base="Jun-25", fc="Jun-25",
             prev="Green", cur="Complete",
             note="Memorandum of understanding signed 19 June 2025."),
        dict(ref="M2.2",
             action="Qualify six additional Fire Safety Inspectors to Level 4 Diploma",
             lead="Learning and Development Manager", base="Dec-25", fc="Jul-26",
             prev="Amber", cur="Red",
             note="Two trainees withdrawn; replacement cohort starts January 2026."),
    ]),
    ("WS3 \u2013 Business Engagement", [
        dict(ref="M3.1",
             action="Launch online fire safety self-assessment tool for small businesses",
             lead="Digital Services Manager / Group Manager, Protection", base="Oct-25",
             fc="Nov-25", prev="Green", cur="Green",
             note="User testing with 15 businesses completed; go-live 17 November."),
        dict(ref="M3.2",
             action="Deliver four business safety webinars with the North East Chamber of "
                    "Commerce",
             lead="Business Fire Safety Advocate", base="Mar-26", fc="Mar-26",
             prev="Green", cur="Green",
             note="Two delivered (112 attendees); dates set for January and March."),
    ]),
    ("WS4 \u2013 Unwanted Fire Signals", [
        dict(ref="M4.1",
             action="Implement call challenge for automatic fire alarm calls to non-sleeping "
                    "risk premises (08:00\u201318:00)",
             lead="Fire Control Manager", base="Sep-25", fc="Oct-25",
             prev="Amber", cur="Complete",
             note="Live in Fire Control from 6 October 2025."),
        dict(ref="M4.2",
             action="Evaluate the first six months of the UwFS policy and report to the Fire "
                    "Authority",
             lead="Group Manager, Protection", base="Jun-26", fc="Jun-26",
             prev=None, cur="Green",
             note="Evaluation framework agreed with the Performance team."),
    ]),
]
RAGFILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def build_twfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = TWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = FILL["wine"]
    ws.merge_cells("A1:I1")
    info = [("Reporting period:", "October 2025"),
            ("Senior Responsible Owner:", "Area Manager, Prevention and Protection"),
            ("Programme Manager:", "K. Robson"),
            ("Overall programme status:", "Amber")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=3 + i, column=1, value=k).font = BOLD
        ws.merge_cells(start_row=3 + i, start_column=1, end_row=3 + i, end_column=2)
        c = ws.cell(row=3 + i, column=3, value=v)
        ws.merge_cells(start_row=3 + i, start_column=3, end_row=3 + i, end_column=5)
    ws["C6"].fill = FILL["amber"]
    ws["A8"] = "Summary of progress this period"
    ws["A8"].font = BOLD
    ws["A8"].fill = FILL["grey"]
    ws.merge_cells("A8:I8")
    ws["A9"] = ("Call challenge for automatic fire alarm calls went live in Fire Control on "
                "6 October. Recruitment and retention of qualified fire safety inspectors remains "
                "the main risk to the programme.")
    ws["A9"].alignment = WRAP
    ws.merge_cells("A9:I9")
    ws.row_dimensions[9].height = 32
    ws["A11"] = "Milestones"
    ws["A11"].font = BOLD
    ws["A11"].fill = FILL["grey"]
    ws.merge_cells("A11:I11")
    hdr = ("Workstream", "ID", "Milestone", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary")
    for j, v in enumerate(hdr):
        c = ws.cell(row=12, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["wine"]
        c.alignment = WRAP
        c.border = BOX
    r = 13
    for ws_name, acts in TWFRS_PLAN:
        top = r
        ws.cell(row=r, column=1, value=ws_name)
        for a in acts:
            vals = (None, a["ref"], a["action"], a["lead"], a["base"], a["fc"], a["prev"],
                    a["cur"], a["note"])
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if j:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            for col, key in ((7, "prev"), (8, "cur")):
                if a[key]:
                    ws.cell(row=r, column=col).fill = FILL[RAGFILL[a[key]]]
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=top, column=1).alignment = WRAP
        ws.cell(row=top, column=1).font = BOLD
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = BOLD
    ws.cell(row=r, column=1).fill = FILL["grey"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for txt in ("R1 \u2013 Loss of qualified inspectors to the private sector (risk score 16).",
                "I1 \u2013 Delay to the CFRMIS upgrade is holding up the revised risk scoring "
                "(M1.2)."):
        r += 1
        ws.cell(row=r, column=1, value=txt)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from Programme Board").font = BOLD
    ws.cell(row=r, column=1).fill = FILL["grey"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1
    ws.cell(row=r, column=1,
            value="Approve extension of the temporary Protection Support Officer post to "
                  "31 March 2026.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (22, 7, 48, 28, 10, 10, 10, 10, 40)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("RAG definitions")
    k["A1"] = "RAG definitions"
    k["A1"].font = BOLD
    defs = [("Green", "Milestone on track to be delivered by the baseline date."),
            ("Amber", "Milestone at risk or forecast later than baseline; recovery in hand."),
            ("Red", "Milestone will not be delivered without Programme Board intervention."),
            ("Complete", "Milestone delivered and closed.")]
    for i, (a, b) in enumerate(defs):
        c = k.cell(row=3 + i, column=1, value=a)
        c.fill = FILL[RAGFILL[a]]
        k.cell(row=3 + i, column=2, value=b)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, TWFRS_FILE))


# ---------------------------------------------------------------------------
# 3. Bishop Grosseteste University - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
BGU_FILE = "xf-bishop-grosseteste-university-internal-audit-recommendations-tracker.xlsx"
BGU_TITLE = "Bishop Grosseteste University \u2013 Internal Audit Recommendations Tracker"
BGU_PLAN = [
    ("Student Recruitment and Admissions (2024/25) \u2013 Moderate assurance", [
        ("Documented procedures for verifying applicants\u2019 qualifications should be updated "
         "and applied consistently across undergraduate and postgraduate admissions.", "Medium", [
            dict(ref="SRA 1.1",
                 action="Update the Admissions Verification Procedure to cover PGT and PGR "
                        "applicants and publish it on the staff intranet.",
                 lead="Head of Admissions", orig=d(31, 1, 2025), rev=d(30, 4, 2025),
                 status="Implemented",
                 update="Procedure approved by the Recruitment Steering Group, April 2025."),
            dict(ref="SRA 1.2",
                 action="Introduce a monthly sample check of ten applicant files by the "
                        "Admissions Compliance Officer, with results reported to the "
                        "Recruitment Steering Group.",
                 lead="Head of Admissions; Admissions Compliance Officer",
                 orig=d(28, 2, 2025), rev=d(31, 1, 2026), status="Revised date agreed",
                 update="Checks started September 2025; first report to the January meeting."),
        ]),
        ("Agent commission payments should only be released once enrolment has been confirmed "
         "in the student record system.", "High", [
            dict(ref="SRA 2.1",
                 action="Configure the agent payment workflow so that commission invoices cannot "
                        "be approved until the student\u2019s status is \u2018Fully Enrolled\u2019 in "
                        "SITS.",
                 lead="Director of Finance", orig=d(31, 3, 2025), rev=None,
                 status="Overdue",
                 update="Manual check in place as an interim control; system change awaiting "
                        "SITS upgrade."),
        ]),
    ]),
    ("Cyber Security (2024/25) \u2013 Limited assurance", [
        ("Multi-factor authentication should be enforced for all staff and student accounts, "
         "including service accounts with remote access.", "High", [
            dict(ref="CYB 1.1",
                 action="Enforce MFA for all remaining staff accounts through a conditional "
                        "access policy.",
                 lead="Head of IT Services", orig=d(31, 12, 2024), rev=None,
                 status="Implemented", update="Enforced from 9 December 2024."),
            dict(ref="CYB 1.2",
                 action="Review service accounts with remote access and remove or restrict "
                        "those no longer required.",
                 lead="Head of IT Services", orig=d(31, 3, 2025), rev=d(31, 12, 2025),
                 status="On track",
                 update="31 of 44 service accounts reviewed; 9 disabled."),
        ]),
        ("The University should test its IT disaster recovery plan at least annually and record "
         "the lessons learned.", "Medium", [
            dict(ref="CYB 2.1",
                 action="Carry out a full disaster recovery test of the student record and "
                        "finance systems and report the results to the Executive.",
                 lead="Head of IT Services", orig=d(30, 6, 2025), rev=d(28, 2, 2026),
                 status="Revised date agreed",
                 update="Test rescheduled to the February reading week to avoid enrolment."),
        ]),
    ]),
    ("Health and Safety Governance (2025/26) \u2013 Reasonable assurance", [
        ("Fire risk assessments for all residential buildings should be reviewed within the "
         "timescales set out in the Fire Safety Policy.", "Medium", [
            dict(ref="HS 1.1",
                 action="Commission updated fire risk assessments for Constance Stewart Hall and "
                        "the Cloisters residences.",
                 lead="Estates Manager", orig=d(31, 10, 2025), rev=None,
                 status="Implemented", update="Assessments received 20 October 2025."),
            dict(ref="HS 1.2",
                 action="Introduce a compliance dashboard tracking fire risk assessment review "
                        "dates, reported quarterly to the Health and Safety Committee.",
                 lead="Head of Estates & Facilities", orig=d(31, 1, 2026), rev=None,
                 status="On track", update="Dashboard in draft."),
        ]),
        ("Contractor induction records should be retained centrally.", "Low", [
            dict(ref="HS 2.1",
                 action="Move contractor induction records to the Estates helpdesk system.",
                 lead="Estates Manager", orig=d(31, 3, 2026), rev=None,
                 status="Not started", update=None),
        ]),
    ]),
]
BGU_STATUS = {"Implemented": "blue", "On track": "green", "Revised date agreed": "amber",
              "Overdue": "red", "Not started": None}


def build_bgu():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = BGU_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Audit and Risk Committee \u2013 25 November 2025"
    statuses = list(BGU_STATUS)
    hdr = ["Priority"] + statuses + ["Total"]
    for j, v in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=v)
        c.font = BOLD
        c.border = BOX
        c.fill = FILL["grey"]
    counts = {p: {s: 0 for s in statuses} for p in ("High", "Medium", "Low")}
    for _, recs in BGU_PLAN:
        for _, pri, acts in recs:
            for a in acts:
                counts[pri][a["status"]] += 1
    r = 5
    for p in ("High", "Medium", "Low"):
        vals = [p] + [counts[p][s] for s in statuses] + [sum(counts[p].values())]
        for j, v in enumerate(vals):
            sm.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    tot = ["Total"] + [sum(counts[p][s] for p in counts) for s in statuses]
    tot.append(sum(tot[1:]))
    for j, v in enumerate(tot):
        c = sm.cell(row=r, column=1 + j, value=v)
        c.font = BOLD
        c.border = BOX
    for col in "ABCDEFG":
        sm.column_dimensions[col].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = BGU_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Status key:"
    ws["A2"].font = BOLD
    for j, s in enumerate(statuses):
        c = ws.cell(row=2, column=2 + j, value=s)
        if BGU_STATUS[s]:
            c.fill = FILL[BGU_STATUS[s]]
        c.border = BOX
    hdr = ("Ref", "Recommendation", "Priority", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "Status",
           "Progress update (November 2025)")
    for j, v in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit, recs in BGU_PLAN:
        c = ws.cell(row=r, column=1, value=audit)
        c.font = BOLD
        c.fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, pri, acts in recs:
            top = r
            for a in acts:
                vals = (a["ref"], None, None, a["action"], a["lead"], a["orig"], a["rev"],
                        a["status"], a["update"])
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if BGU_STATUS[a["status"]]:
                    ws.cell(row=r, column=8).fill = FILL[BGU_STATUS[a["status"]]]
                r += 1
            ws.cell(row=top, column=2, value=rec).alignment = WRAP
            ws.cell(row=top, column=3, value=pri).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", (9, 40, 9, 48, 26, 12, 12, 14, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, BGU_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Cavendish Road Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
CRS_FILE = "xf-cavendish-road-surgery-cqc-inspection-action-plan.docx"
CRS_TITLE = "Cavendish Road Surgery: CQC Inspection Action Plan"
CRS_PLAN = [
    ("Regulation 12: Safe care and treatment",
     "The provider must ensure care and treatment is provided in a safe way, in particular that "
     "patients prescribed high-risk medicines receive the required monitoring and that "
     "medicines safety alerts are acted on.", [
         dict(ref="12.1",
              action="Run monthly searches for patients prescribed methotrexate, lithium, "
                     "azathioprine and DOACs, and recall any patient whose monitoring is overdue.",
              lead="Dr Okafor / Practice Pharmacist", date="31/07/2025",
              progress="Searches set up on SystmOne; July audit showed 96% of patients in date.",
              rag="Complete"),
         dict(ref="12.2",
              action="Create a log of MHRA safety alerts received and the action taken on each.\n"
                     "Re-run searches for historic alerts (valproate, SGLT2 inhibitors) and "
                     "review the patients affected.",
              lead="Practice Manager; Dr Ahmed", date="End of August 2025",
              progress="Alert log in use since 4 August; 23 patients reviewed.",
              rag="Complete"),
         dict(ref="12.3",
              action="Re-audit high-risk medicines monitoring and present the results to the "
                     "clinical meeting.",
              lead="Practice Pharmacist", date="31/01/2026",
              progress="Re-audit booked for January.", rag="Green"),
     ]),
    ("Regulation 17: Good governance",
     "The provider must establish effective systems and processes to ensure good governance, "
     "including oversight of staff training, practice policies and the management of "
     "significant events.", [
         dict(ref="17.1",
              action="Review and update all practice policies, with a review date and named owner "
                     "on each.",
              lead="Practice Manager", date="30/09/2025 (revised to 31/12/2025)",
              progress="38 of 52 policies reviewed; remainder scheduled by December.",
              rag="Amber"),
         dict(ref="17.2",
              action="Keep a significant event log and review themes and learning quarterly at "
                     "the whole-practice meeting.",
              lead="Dr Ahmed", date="Ongoing",
              progress="Log in place; first quarterly review held 9 October 2025.",
              rag="Green"),
         dict(ref="17.3",
              action="Set up a training matrix showing mandatory training compliance for every "
                     "member of staff.",
              lead="Practice Manager / Lead Nurse", date="31/08/2025",
              progress="Matrix live; compliance 94%.", rag="Complete"),
     ]),
    ("Regulation 18: Staffing",
     "The provider must ensure staff receive appropriate supervision and appraisal, including "
     "clinical supervision for non-medical prescribers.", [
         dict(ref="18.1",
              action="Complete annual appraisals for all nursing and administrative staff.",
              lead="Practice Manager", date="30/11/2025",
              progress="11 of 19 appraisals completed; two staff on long-term absence.",
              rag="Red"),
         dict(ref="18.2",
              action="Introduce documented quarterly clinical supervision for the advanced nurse "
                     "practitioner and the practice pharmacist.",
              lead="Dr Okafor", date="Sept 2025",
              progress="Supervision sessions held in September; template on the shared drive.",
              rag="Complete"),
     ]),
]
CRS_RAGCOL = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}


def build_crs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(CRS_TITLE, level=1)
    doc.add_paragraph("Provider: Cavendish Road Surgery Partnership")
    doc.add_paragraph("Inspection: 14 May 2025. Report published: 2 July 2025. "
                      "Overall rating: Requires improvement (Safe: Requires improvement; "
                      "Well-led: Requires improvement).")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "16/07/2025", "Practice Manager", "Partners\u2019 meeting"),
            ("1.2", "03/11/2025", "Practice Manager", "Partners\u2019 meeting")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the requirement notices issued for breaches of "
                      "Regulations 12, 17 and 18 of the Health and Social Care Act 2008 "
                      "(Regulated Activities) Regulations 2014. Progress is reviewed at the "
                      "monthly partners\u2019 meeting.")
    hdr = ("Ref", "Action", "Lead", "Target date", "Progress update", "RAG")
    for reg, must, acts in CRS_PLAN:
        t = doc.add_table(rows=3 + len(acts), cols=6)
        t.style = "Table Grid"
        c = t.cell(0, 0).merge(t.cell(0, 5))
        set_text(c, reg, bold=True)
        shade(c, "BDD7EE")
        c = t.cell(1, 0).merge(t.cell(1, 5))
        set_text(c, must, italic=True)
        for j, h in enumerate(hdr):
            set_text(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "D9D9D9")
        for i, a in enumerate(acts):
            vals = (a["ref"], a["action"], a["lead"], a["date"], a["progress"], a["rag"])
            for j, v in enumerate(vals):
                set_text(t.cell(3 + i, j), v)
            shade(t.cell(3 + i, 5), CRS_RAGCOL[a["rag"]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete = action completed and evidence held; Green = on track; "
                      "Amber = at risk of delay; Red = overdue.")
    doc.add_paragraph("Signed: Dr S Okafor, Senior Partner    Date: 03/11/2025")
    doc.save(os.path.join(HERE, CRS_FILE))


# ---------------------------------------------------------------------------
# 5. Tudor Grange Academy Worcester - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
TGA_FILE = "xf-tudor-grange-academy-worcester-post-ofsted-action-plan.docx"
TGA_TITLE = "Tudor Grange Academy Worcester \u2013 Post-Ofsted Action Plan 2025\u201326"
TGA_PLAN = [
    ("AFI 1: In some subjects, the key stage 3 curriculum is not implemented consistently well. "
     "Leaders should ensure that teachers check pupils\u2019 understanding precisely and address "
     "misconceptions, so that pupils build secure knowledge over time.", [
         dict(ref="1.1",
              action="Deliver a programme of training on responsive teaching and checking for "
                     "understanding for all KS3 teachers through weekly CPD sessions.",
              lead="Assistant Principal (Teaching and Learning)", when="Autumn term 2025",
              success="All KS3 teachers trained; learning walks show checking for understanding "
                      "in 85% of lessons.",
              monitor="Local Governing Body", rag="B"),
         dict(ref="1.2",
              action="Introduce low-stakes retrieval quizzes at the start of every KS3 lesson, "
                     "with a common misconceptions bank for each unit.",
              lead="Heads of Faculty", when="Summer term 2026",
              success="Misconception banks in place for all KS3 units.",
              monitor="Principal", rag="G"),
         dict(ref="1.3",
              action="Carry out KS3 subject deep dives with trust subject leads, starting with "
                     "geography, history and MFL.",
              lead="JM, RT", when="Termly",
              success="Deep dive reports show secure implementation in each subject visited.",
              monitor="Trust Director of Education", rag="G"),
     ]),
    ("AFI 2: Disadvantaged pupils do not attend school as regularly as their peers. Leaders "
     "should continue to work with families to reduce persistent absence for this group.", [
         dict(ref="2.1",
              action="Appoint a full-time Attendance and Family Liaison Officer to work with the "
                     "families of persistently absent disadvantaged pupils.",
              lead="Principal", when="September 2025",
              success="Post filled; caseload of 40 families.",
              monitor="Local Governing Body", rag="B"),
         dict(ref="2.2",
              action="Hold attendance panel meetings for pupils below 90% attendance, with an "
                     "individual support plan agreed with each family.",
              lead="Deputy Principal (Behaviour and Attendance); Attendance and Family Liaison "
                   "Officer",
              when="Fortnightly",
              success="Persistent absence of disadvantaged pupils falls from 31% to below 22%.",
              monitor="Local Governing Body", rag="A"),
         dict(ref="2.3",
              action="Review the use of pupil premium funding for transport and breakfast club "
                     "places and publish the revised strategy statement.",
              lead="Business Manager", when="By 31 December 2025",
              success="Revised statement published on the academy website.",
              monitor="Trust Finance Committee", rag="A"),
     ]),
    ("AFI 3: Leaders should ensure that the sixth-form careers programme gives all students, "
     "including those not applying to university, high-quality information about "
     "apprenticeships and technical routes.", [
         dict(ref="3.1",
              action="Run an apprenticeships and technical routes fair for Years 12 and 13 with "
                     "local employers and Heart of Worcestershire College.",
              lead="Careers Leader", when="February 2026",
              success="At least 25 employers attend; all Year 12 and 13 students take part.",
              monitor="Local Governing Body", rag="G"),
         dict(ref="3.2",
              action="Ensure every Year 13 student not applying to university has a one-to-one "
                     "guidance interview with the independent careers adviser.",
              lead="Head of Sixth Form / Careers Leader", when="Summer term 2026",
              success="100% of identified students interviewed; destinations recorded.",
              monitor="Principal", rag=""),
     ]),
]
TGA_RAGCOL = {"B": "8EA9DB", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}


def build_tga():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(TGA_TITLE, level=1)
    doc.add_paragraph("Part of Tudor Grange Academies Trust")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    rows = [("Inspection dates", "11 and 12 March 2025"),
            ("The quality of education", "Requires improvement"),
            ("Behaviour and attitudes", "Good"),
            ("Personal development", "Good"),
            ("Leadership and management", "Good"),
            ("Sixth-form provision", "Good")]
    for i, (a, b) in enumerate(rows):
        set_text(t.cell(i, 0), a, bold=True)
        set_text(t.cell(i, 1), b)
    doc.add_paragraph("")
    doc.add_paragraph("The areas for improvement (AFIs) below are taken from the section of the "
                      "report \u2018What does the school need to do to improve?\u2019. Progress is "
                      "reviewed each half term by the senior leadership team.")
    doc.add_paragraph("Key: G \u2013 on track; A \u2013 some slippage, action in hand; "
                      "R \u2013 off track; B \u2013 complete")
    n = sum(1 + len(acts) for _, acts in TGA_PLAN)
    t = doc.add_table(rows=1 + n, cols=7)
    t.style = "Table Grid"
    hdr = ("No.", "Action", "Lead", "Timescale", "Success criteria", "Monitored by", "RAG")
    for j, v in enumerate(hdr):
        set_text(t.cell(0, j), v, bold=True)
        shade(t.cell(0, j), "203864")
        for p in t.cell(0, j).paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    for afi, acts in TGA_PLAN:
        c = t.cell(r, 0).merge(t.cell(r, 6))
        set_text(c, afi, bold=True)
        shade(c, "DDEBF7")
        r += 1
        for a in acts:
            vals = (a["ref"], a["action"], a["lead"], a["when"], a["success"], a["monitor"],
                    a["rag"])
            for j, v in enumerate(vals):
                set_text(t.cell(r, j), v)
            if a["rag"]:
                shade(t.cell(r, 6), TGA_RAGCOL[a["rag"]])
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Monitoring and evaluation calendar", style="Heading 2")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("Meeting", "Date", "Focus"),
            ("Local Governing Body", "09/12/2025", "AFI 1 and AFI 2 progress"),
            ("Trust Education Standards Committee", "04/02/2026", "Review of all AFIs"),
            ("Local Governing Body", "24/03/2026", "Attendance deep dive")]
    for i, r_ in enumerate(rows):
        for j, v in enumerate(r_):
            set_text(t.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, TGA_FILE))


# ---------------------------------------------------------------------------
# 6. Humberside Police & OPCC - JIAC internal audit tracker, csv (refuse)
# ---------------------------------------------------------------------------
HUM_FILE = ("xf-humberside-police-jiac-internal-audit-recommendations-tracker-"
            "typo-month-refuse.csv")
HUM_TITLE = ("Humberside Police and OPCC \u2013 Joint Independent Audit Committee \u2013 "
             "Internal Audit Recommendations Tracker")
HUM_HEADER = ["Audit", "Year", "Rec No", "Priority", "Recommendation",
              "Management Response / Agreed Action", "Responsible Officer",
              "Original Target Date", "Revised Target Date", "Status", "Update"]
HUM_ROWS = [
    ["Seized Property", "2024/25", "1", "Medium",
     "The Force should reconcile the property system to the physical stores at least annually.",
     "An annual reconciliation of all property stores will be completed and signed off by the "
     "Head of Criminal Justice.",
     "Head of Criminal Justice", "31/03/2025", "December 2025", "In progress",
     "Hull store reconciled; Grimsby and Bridlington scheduled for November."],
    ["Seized Property", "2024/25", "2", "High",
     "Cash seizures should be banked within five working days in line with policy.",
     "Weekly exception report of unbanked cash to be reviewed by the Property Manager.",
     "Property Manager", "30/04/2025", "", "Implemented",
     "Exception report in place since April 2025."],
    ["Payroll", "2024/25", "1", "Medium",
     "Overtime claims should be authorised by a supervisor before payment.",
     "Duty Management System to be configured to block unauthorised overtime claims.",
     "Head of HR Services; Head of Finance", "30/06/2025", "January 2026", "In progress",
     "System change delayed by the DMS upgrade."],
    ["Payroll", "2024/25", "2", "Low",
     "Leavers should be removed from payroll before their final pay date.",
     "HR to send leaver notifications to payroll within two working days.",
     "Head of HR Services", "31/05/2025", "", "Implemented",
     "Process map updated and agreed."],
    ["Fleet Management", "2025/26", "1", "High",
     "Vehicle defects reported by officers should be tracked to completion.",
     "Introduce defect tracking in the fleet management system with weekly review.",
     "Head of Fleet", "30/09/2025", "Febuary 2026", "Overdue",
     "Module procured; configuration under way."],
    ["Fleet Management", "2025/26", "2", "Medium",
     "Fuel card transactions should be reconciled monthly.",
     "Monthly reconciliation of fuel card statements to mileage records.",
     "Fleet Administrator", "31/10/2025", "", "In progress",
     "September and October reconciled."],
    ["OPCC Commissioning", "2025/26", "1", "Medium",
     "Grant agreements should include measurable outcomes and reporting dates.",
     "Update the grant agreement template and apply it to all 2026/27 grants.",
     "OPCC Chief Executive", "31/03/2026", "", "In progress",
     "Template drafted."],
    ["OPCC Commissioning", "2025/26", "2", "Low",
     "The OPCC should publish a register of all grants awarded.",
     "Publish the grants register on the OPCC website and update quarterly.",
     "OPCC Head of Commissioning", "31/12/2025", "", "Not started", ""],
]


def build_hum():
    lines = [[HUM_TITLE], ["As at 31 October 2025"], [], HUM_HEADER] + HUM_ROWS
    lines += [[], ["Total recommendations: 8; Implemented: 2; In progress: 4; Overdue: 1; "
                   "Not started: 1"]]
    with open(os.path.join(HERE, HUM_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# ---------------------------------------------------------------------------
# 7. Platform Housing Group - Board action log, tab-separated text export
# ---------------------------------------------------------------------------
PHG_FILE = "xf-platform-housing-group-board-action-log.txt"
PHG_TITLE = "Platform Housing Group \u2013 Board Action Log"
PHG_HEADER = ["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "Revised due", "Status",
              "Update"]
PHG_ROWS = [
    dict(ref="BAL/25/03", meeting="27/03/2025", minute="B25/031",
         action="Bring a deep dive on damp and mould case resolution times to a future Board "
                "meeting",
         lead="Chief Operating Officer", due="Jul-25", rev="", status="Complete",
         update="Deep dive presented 24 July 2025."),
    dict(ref="BAL/25/07", meeting="22/05/2025", minute="B25/058",
         action="Circulate Tenant Satisfaction Measures benchmarking against Midlands peers",
         lead="Director of Customer Experience", due="Jun-25", rev="Oct-25",
         status="Revised date agreed",
         update="Awaiting publication of the 2024/25 sector data by the Regulator."),
    dict(ref="BAL/25/09", meeting="22/05/2025", minute="B25/062",
         action="Report on the outcome of the stock condition survey for the former Waterloo "
                "Housing stock",
         lead="CFO; Director of Assets", due="Sep-25", rev="", status="Overdue",
         update="Survey 88% complete; report to follow once fieldwork closes."),
    dict(ref="BAL/25/11", meeting="24/07/2025", minute="B25/079",
         action="Arrange Board training on the Consumer Standards and the new Awaab\u2019s Law "
                "duties",
         lead="Company Secretary", due="Nov-25", rev="", status="On track",
         update="Session booked for the Board away day, 20 November."),
    dict(ref="BAL/25/12", meeting="24/07/2025", minute="B25/083",
         action="Include development programme sales risk in the next refresh of the strategic "
                "risk register",
         lead="Chief Financial Officer", due="Q4 2025/26", rev="", status="On track",
         update=""),
    dict(ref="BAL/25/14", meeting="25/09/2025", minute="B25/097",
         action="Share the revised complaints self-assessment against the Housing Ombudsman "
                "Code with tenant Board members before submission",
         lead="Director of Customer Experience", due="Oct-25", rev="", status="Complete",
         update="Shared 8 October 2025."),
    dict(ref="BAL/25/15", meeting="25/09/2025", minute="B25/101",
         action="Provide a quarterly update on building safety remediation of the 11 "
                "high-rise blocks",
         lead="Director of Assets", due="Ongoing", rev="", status="On track",
         update="Next update due at the December Board."),
]


def build_phg():
    out = [PHG_TITLE,
           "Updated following the Board meeting of 25 September 2025",
           "",
           "\t".join(PHG_HEADER)]
    for a in PHG_ROWS:
        out.append("\t".join([a["ref"], a["meeting"], a["minute"], a["action"], a["lead"],
                              a["due"], a["rev"], a["status"], a["update"]]))
    out += ["",
            "Status key: Complete (blue) | On track (green) | Revised date agreed (amber) | "
            "Overdue (red)",
            "Completed actions are removed from the log after they have been reported to one "
            "Board meeting."]
    with open(os.path.join(HERE, PHG_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build_icb()
    build_twfrs()
    build_bgu()
    build_crs()
    build_tga()
    build_hum()
    build_phg()
    print("built 7 files in", HERE)
