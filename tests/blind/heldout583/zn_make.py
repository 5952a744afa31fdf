#!/usr/bin/env python3
"""Build the seven zn- blind test files of set heldout583.

Run:  python zn_make.py             -> writes the seven data files
      python zn_make.py --expected  -> also writes NAME.expected.yaml beside each

Every action is written once, below, together with the reading a person makes
of it (ref, under, lead list, end month, status), so the data file and its
expected reading cannot drift apart.
"""
import csv
import datetime as dt
import io
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    """One action and its expected reading; extra cells describe the file."""
    a = {"ref": ref, "under": under, "action": action, "lead": lead,
         "end": end, "status": status}
    if end_text is not None:
        a["end_text"] = end_text
    a["_cells"] = cells
    return a


CASES = []

# ---------------------------------------------------------------------------
# 1. Inspiration Trust (academy trust, Norfolk) - strategic risk register, xlsx
# ---------------------------------------------------------------------------
IT_NAME = "zn-inspiration-trust-strategic-risk-register-2025-26.xlsx"
IT_SEC1 = "1. Education and standards"
IT_SEC2 = "2. Finance and resources"
IT_SEC3 = "3. Estates, IT and operations"
IT_R1 = ("Pupil outcomes at the end of KS4 in some academies remain below national "
         "averages, leading to weaker Ofsted judgements, falling admissions and "
         "reputational damage to the Trust.")
IT_R2 = ("Weaknesses in safeguarding culture or record-keeping in an academy result "
         "in harm to a pupil and a finding that safeguarding is not effective at inspection.")
IT_R3 = ("Rising staffing costs and pay awards that are not fully funded create an "
         "in-year deficit and reduce reserves below the level set in the Trust’s reserves policy.")
IT_R4 = ("A successful cyber attack disrupts access to MIS, finance and email systems "
         "and leads to a reportable personal data breach.")

IT_RISKS = [
    (IT_SEC1, [
        dict(id="SR1", risk=IT_R1, owner="Chief Education Officer", L=4, I=4,
             controls="Academy improvement reviews each half-term\nTrust-wide curriculum and common assessment calendar\nSubject leads network",
             residual=12, trend="↔", actions=[
                 A("SR1.1", [IT_SEC1, IT_R1],
                   "Deploy Trust subject directors to the three academies with the lowest Progress 8 scores for weekly curriculum support.",
                   ["Director of Secondary Education"], "2026-03", "green",
                   date=D(2026, 3, 31), rag="G"),
                 A("SR1.2", [IT_SEC1, IT_R1],
                   "Introduce a Trust-wide Year 11 intervention programme, with tracking reviewed at each data drop.",
                   ["Principals", "Director of Secondary Education"], "2026-07", "amber",
                   end_text="Summer term 2026", date="Summer term 2026", rag="A"),
                 A("SR1.3", [IT_SEC1, IT_R1],
                   "Commission an external review of KS4 mathematics provision across the Trust and report findings to the Education Committee.",
                   ["Chief Education Officer"], "2025-10", "blue",
                   date=D(2025, 10, 17), rag="B"),
             ]),
        dict(id="SR2", risk=IT_R2, owner="Director of Safeguarding", L=3, I=5,
             controls="Safeguarding audits of every academy annually\nTrust safeguarding policy and DSL network\nSingle central record checks each term",
             residual=10, trend="↓", actions=[
                 A("SR2.1", [IT_SEC1, IT_R2],
                   "Roll out CPOMS to the remaining four academies and complete the first Trust-wide safeguarding file audit.",
                   ["Director of Safeguarding"], "2026-01", "green",
                   date=D(2026, 1, 30), rag="G"),
                 A("SR2.2", [IT_SEC1, IT_R2],
                   "Refresh safeguarding training for all staff and trustees, including online safety and filtering and monitoring.",
                   ["Designated Safeguarding Leads"], None, "green",
                   end_text="Annually (September)", date="Annually (September)", rag="G"),
             ]),
    ]),
    (IT_SEC2, [
        dict(id="SR3", risk=IT_R3, owner="Chief Financial Officer", L=4, I=5,
             controls="Three-year budget forecasts reviewed by the Finance Committee\nMonthly management accounts\nStaffing structures approved centrally",
             residual=16, trend="↑", actions=[
                 A("SR3.1", [IT_SEC2, IT_R3],
                   "Complete an integrated curriculum and financial planning (ICFP) review for every academy ahead of 2026/27 budget setting.",
                   ["Chief Financial Officer", "Head of Finance"], "2026-04", "amber",
                   date=D(2026, 4, 30), rag="A", owner_text="Chief Financial Officer; Head of Finance"),
                 A("SR3.2", [IT_SEC2, IT_R3],
                   "Re-tender catering and cleaning contracts through a single Trust-wide procurement.",
                   ["Head of Estates and Procurement"], "2026-08", "green",
                   date="Aug-26", rag="G"),
             ]),
    ]),
    (IT_SEC3, [
        dict(id="SR4", risk=IT_R4, owner="Chief Operating Officer", L=4, I=4,
             controls="Managed firewall and MFA for all staff accounts\nDaily cloud backups\nRPA cyber cover",
             residual=12, trend="↔", actions=[
                 A("SR4.1", [IT_SEC3, IT_R4],
                   "Achieve Cyber Essentials Plus certification across all academies.",
                   ["Head of IT"], "2026-02", "red",
                   date=D(2026, 2, 27), rag="R"),
                 A("SR4.2", [IT_SEC3, IT_R4],
                   "Run a cyber incident tabletop exercise with the executive team and test the restore of offline backups.",
                   ["Head of IT", "Chief Operating Officer"], "2025-11", "blue",
                   date=D(2025, 11, 5), rag="B", owner_text="Head of IT / Chief Operating Officer"),
             ]),
    ]),
]


def build_inspiration(path):
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Inspiration Trust"
    cv["A1"].font = Font(bold=True, size=16, color=NAVY)
    cv["A2"] = "Strategic Risk Register 2025/26"
    cv["A2"].font = Font(bold=True, size=13)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    ctl = [("Version", "2.1"), ("Register owner", "Chief Operating Officer"),
           ("Reviewed by", "Audit and Risk Committee"), ("Date of review", "18 November 2025"),
           ("Next review", "March 2026")]
    for i, (k, v) in enumerate(ctl, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        cv.cell(i, 1).border = BOX
        cv.cell(i, 2).border = BOX
    cv["A11"] = "Risk scoring (Likelihood x Impact, each scored 1–5)"
    cv["A11"].font = Font(bold=True)
    bands = [("1–6", "Low", GREEN), ("8–12", "Medium", AMBER), ("15–25", "High", RED)]
    for i, (s, w, c) in enumerate(bands, start=12):
        cv.cell(i, 1, s)
        cv.cell(i, 2, w).fill = fill(c)
    cv["A16"] = "Action status"
    cv["A16"].font = Font(bold=True)
    keys = [("B", "Complete", BLUE), ("G", "On track", GREEN),
            ("A", "Some delay – recoverable", AMBER), ("R", "Significantly off track", RED)]
    for i, (s, w, c) in enumerate(keys, start=17):
        cv.cell(i, 1, s).fill = fill(c)
        cv.cell(i, 2, w)
    cv["A22"] = "Risks scoring 15 or more after controls are escalated to the Board of Trustees."
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Strategic risks")
    ncol = 14
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Inspiration Trust – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position at 7 November 2025 · Reported to Audit and Risk Committee on 18 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Risk ID", "Risk (cause, event and consequence)", "Risk owner", "L", "I",
             "Inherent score", "Key controls in place", "Action ref", "Further action required",
             "Action owner", "Target date", "Residual score", "Action status", "Trend"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for sec, risks in IT_RISKS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        r += 1
        for rk in risks:
            first = r
            for a in rk["actions"]:
                c = a["_cells"]
                ws.cell(r, 8, a["ref"])
                ws.cell(r, 9, a["action"])
                ws.cell(r, 10, c.get("owner_text", a["lead"][0]))
                dcell = ws.cell(r, 11, c["date"])
                if isinstance(c["date"], dt.datetime):
                    dcell.number_format = "dd/mm/yyyy"
                sc = ws.cell(r, 13, c["rag"])
                sc.fill = fill({"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}[c["rag"]])
                sc.alignment = Alignment(horizontal="center", vertical="top")
                for col in range(1, ncol + 1):
                    ws.cell(r, col).border = BOX
                    if col != 13:
                        ws.cell(r, col).alignment = WRAP
                r += 1
            last = r - 1
            score = rk["L"] * rk["I"]
            vals = {1: rk["id"], 2: rk["risk"], 3: rk["owner"], 4: rk["L"], 5: rk["I"],
                    6: score, 7: rk["controls"], 12: rk["residual"], 14: rk["trend"]}
            for col, v in vals.items():
                ws.cell(first, col, v)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
                ws.cell(first, col).alignment = WRAP
            band = lambda s: RED if s >= 15 else (AMBER if s >= 8 else GREEN)
            ws.cell(first, 6).fill = fill(band(score))
            ws.cell(first, 12).fill = fill(band(rk["residual"]))
    r += 1
    ws.cell(r, 1, "Notes: Residual score is the expected score once further actions are complete. "
                  "Trend: ↑ increasing, ↓ decreasing, ↔ no change since last review.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [8, 40, 18, 4, 4, 9, 34, 8, 48, 24, 13, 9, 9, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


CASES.append(dict(
    name=IT_NAME, build=build_inspiration,
    actions=[a for _, rs in IT_RISKS for rk in rs for a in rk["actions"]],
    title="Inspiration Trust – Strategic Risk Register 2025/26",
    source=("Imitates a multi-academy trust strategic risk register of the kind English academy "
            "trusts keep under the Academy Trust Handbook and publish with audit and risk committee "
            "papers (Inspiration Trust, Norfolk, 2025/26; layout after the DfE 'Academy trust risk "
            "management' good-practice guide and published MAT registers). Copied features: cover sheet "
            "with document control, scoring bands and action status key; register sheet with section "
            "rows per risk category; risk ID, risk text, risk owner, L/I, inherent score, controls, "
            "residual score and trend merged vertically over one row per further action; separate action "
            "owner; Excel dates and words in the target date column; B/G/A/R letters with fill; notes line."),
    reads=("A trust strategic risk register: four risks in three numbered categories, each with two or "
           "three further actions (SR1.1 ...) that have their own owner, target date and B/G/A/R status. "
           "The actions sit under the category and the risk they mitigate; the risk owner and the residual "
           "score fill are about the risk, not the action."),
))

# ---------------------------------------------------------------------------
# 2. UHDB - PLACE 2025 action plan, xlsx
# ---------------------------------------------------------------------------
UH_NAME = "zn-university-hospitals-of-derby-and-burton-nhsft-place-2025-action-plan.xlsx"
UH_TITLE = "Patient-Led Assessments of the Care Environment (PLACE) 2025 – Action Plan"
UH_DOMAINS = [
    ("Cleanliness", [
        A("C1", ["Cleanliness", "Dust and debris on high-level surfaces and ward bed-space curtains in Wards 305 and 306."],
          "Introduce a monthly high-level dusting schedule for all inpatient wards and add curtain change dates to the ward cleaning audit.",
          ["Head of Domestic Services"], "2026-03", "amber",
          site="Royal Derby Hospital", date=D(2026, 3, 31), rev=None,
          progress="Schedule in place in 4 of 6 divisions.", fillc=AMBER),
        A("C2", ["Cleanliness", "Sanitary areas in the Emergency Department not consistently cleaned to the National Standards of Healthcare Cleanliness."],
          "Increase overnight domestic hours in ED and carry out weekly efficacy audits led by the domestic supervisor for three months.",
          ["Domestic Services Manager (QHB)"], "2026-02", "blue",
          site="Queen's Hospital Burton", date=D(2026, 2, 27), rev=None,
          progress="Additional hours funded from November. Audits at 98% or above for 10 weeks.", fillc=GREEN),
    ]),
    ("Food and Hydration", [
        A("F1", ["Food and Hydration", "Patients on texture-modified diets reported limited choice."],
          "Review the texture-modified menu with Speech and Language Therapy and add at least two further choices at each meal service.",
          ["Catering Manager (RDH)", "Catering Manager (QHB)"], "2026-03", "amber",
          site="All sites", date=D(2025, 12, 31), rev=D(2026, 3, 31),
          progress="New supplier menu agreed; tasting panel with patient assessors booked for February.",
          fillc=AMBER, owner_text="Catering Manager (RDH) / Catering Manager (QHB)"),
        A("F2", ["Food and Hydration", "Snacks were not offered between meals on the day of the assessment."],
          "Reinstate the mid-morning and mid-afternoon snack round and record snack offers on the ward hydration chart.",
          ["Ward Manager – Ward 1"], "2025-11", "blue",
          site="Samuel Johnson Community Hospital", date=D(2025, 11, 28), rev=None,
          progress="Snack round reinstated 3 November.", fillc=GREEN),
    ]),
    ("Privacy, Dignity and Wellbeing", [
        A("P1", ["Privacy, Dignity and Wellbeing", "Bay curtains did not fully close in several bays in the Acute Medical Unit."],
          "Replace damaged curtain tracks and gliders in AMU bays and include curtain checks in the monthly environmental audit.",
          ["Estates Maintenance Manager"], "2026-04", "red",
          site="Royal Derby Hospital", date=D(2026, 1, 30), rev=D(2026, 4, 30),
          progress="Parts on back order; works rescheduled to avoid bed closures over winter.", fillc=RED),
    ]),
    ("Condition, Appearance and Maintenance", [
        A("M1", ["Condition, Appearance and Maintenance", "Worn flooring and damaged skirting in the main outpatient corridor."],
          "Include replacement of the outpatient corridor flooring in the 2026/27 backlog maintenance capital programme.",
          ["Head of Estates Capital Projects"], "2026-06", "unrated", end_text="Q1 2026/27",
          site="Sir Robert Peel Community Hospital", date="Q1 2026/27", rev=None,
          progress="Awaiting capital prioritisation.", fillc=None),
    ]),
    ("Dementia", [
        A("D1", ["Dementia", "Signage on Ward 10 did not use contrasting colours or pictorial symbols."],
          "Install dementia-friendly signage, contrasting toilet doors and day/date clocks on Wards 10 and 11.",
          ["Dementia Lead Nurse", "Estates Project Manager"], "2026-03", "amber",
          site="Queen's Hospital Burton", date="March 2026", rev=None,
          progress="Signage ordered; clocks installed on Ward 10.", fillc=AMBER,
          owner_text="Dementia Lead Nurse / Estates Project Manager"),
    ]),
    ("Disability", [
        A("DS1", ["Disability", "No hearing loop available at the main reception desk."],
          "Install a fixed hearing loop at main reception and display hearing loop signage.",
          ["Claire Hodgkinson", "Dev Patel"], "2025-12", "blue",
          site="London Road Community Hospital", date=D(2025, 12, 19), rev=None,
          progress="Installed and tested 12 December.", fillc=GREEN,
          owner_text="Claire Hodgkinson & Dev Patel"),
    ]),
]


def build_uhdb(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 10
    ws.merge_cells("A1:J1")
    ws["A1"] = "University Hospitals of Derby and Burton NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws.merge_cells("A2:J2")
    ws["A2"] = UH_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A3:J3")
    ws["A3"] = ("Executive lead: Director of Estates and Facilities   |   Monitored by: Patient Experience "
                "Group   |   Last updated: 14/01/2026")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    ws["B4"].fill = fill(RED)
    ws["C4"] = "Overdue / not progressing"
    ws["D4"].fill = fill(AMBER)
    ws["E4"] = "In progress"
    ws["F4"].fill = fill(GREEN)
    ws["G4"] = "Complete"
    heads = ["Ref", "Site", "Issue identified at assessment", "Action", "Lead", "Target date",
             "Revised date", "Progress update", "RAG", "Evidence"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    for dom, acts in UH_DOMAINS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, dom).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        r += 1
        for a in acts:
            c = a["_cells"]
            vals = [a["ref"], c["site"], a["under"][1], a["action"],
                    c.get("owner_text", a["lead"][0]), c["date"], c["rev"], c["progress"], None,
                    "Audit reports" if a["status"] == "blue" else None]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(r, col, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if c["fillc"]:
                ws.cell(r, 9).fill = fill(c["fillc"])
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: Actions are reviewed monthly at the Patient Experience Group. "
                  "Site scores by domain are on the ‘Scores’ sheet.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    r += 1
    ws.cell(r, 1, "Total actions: 8 | Complete: 3 | In progress: 3 | Overdue: 1 | Not yet rated: 1")
    ws.cell(r, 1).font = Font(bold=True, size=9)
    widths = [6, 22, 38, 48, 26, 12, 12, 36, 6, 14]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w

    sc = wb.create_sheet("Scores")
    sc["A1"] = "PLACE 2025 – Results by site (%)"
    sc["A1"].font = Font(bold=True, size=13)
    cols = ["Site", "Cleanliness", "Food", "Privacy, Dignity and Wellbeing",
            "Condition, Appearance and Maintenance", "Dementia", "Disability"]
    for c, h in enumerate(cols, start=1):
        sc.cell(3, c, h).font = Font(bold=True)
    rows = [("Royal Derby Hospital", 98.1, 90.4, 84.7, 95.2, 78.9, 82.3),
            ("Queen's Hospital Burton", 97.3, 88.6, 86.1, 93.8, 74.2, 80.7),
            ("Samuel Johnson Community Hospital", 99.2, 85.1, 90.3, 96.4, 83.6, 86.0),
            ("Sir Robert Peel Community Hospital", 98.8, 91.7, 88.9, 89.5, 81.2, 84.4),
            ("London Road Community Hospital", 99.5, 93.0, 87.6, 94.1, 80.5, 79.8),
            ("National average", 98.1, 90.8, 87.5, 95.8, 81.1, 84.5)]
    for i, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            sc.cell(i, c, v)
    sc.column_dimensions["A"].width = 36
    wb.save(path)


CASES.append(dict(
    name=UH_NAME, build=build_uhdb,
    actions=[a for _, acts in UH_DOMAINS for a in acts],
    title=UH_TITLE,
    source=("Imitates an NHS acute trust's annual PLACE (Patient-Led Assessments of the Care Environment) "
            "action plan as taken to a patient experience group (University Hospitals of Derby and Burton "
            "NHS FT, PLACE 2025; the six PLACE domains as in the NHS England PLACE guidance). Copied features: "
            "trust name and plan title rows, owner/monitoring line, RAG key made of filled cells, one "
            "merged grey row per PLACE domain, site column, the issue found by the assessors beside each "
            "action, job titles and names as leads, target and revised date columns, RAG by fill colour "
            "only, notes and totals lines, and a second 'Scores' sheet of domain percentages."),
    reads=("Eight actions under the six PLACE domains, each answering an issue found at one site. "
           "The RAG column has no text, only fill colour, and the plan's own key says green means "
           "complete (so green reads as complete, and there is no blue); the revised date replaces the "
           "target date where given. The Scores sheet holds no actions."),
))

# ---------------------------------------------------------------------------
# 3. Ofcom - Online Safety Act implementation programme highlight report, xlsx, REFUSE
# ---------------------------------------------------------------------------
OF_NAME = "zn-ofcom-online-safety-act-implementation-programme-highlight-report-typo-month-refuse.xlsx"
OF_TITLE = "Ofcom – Online Safety Act Implementation Programme"
OF_MILESTONES = [
    ("M01", "Illegal harms", "Illegal harms codes of practice in force and enforcement programme launched",
     "Director, Online Safety Enforcement", D(2025, 3, 17), D(2025, 3, 17), "Complete", "Complete",
     "Codes in force 17 March 2025. Enforcement programme on file-sharing services opened."),
    ("M02", "Protection of children", "Protection of children codes of practice in force",
     "Director, Online Safety Policy", D(2025, 7, 25), D(2025, 7, 25), "Complete", "Complete",
     "Codes in force 25 July 2025."),
    ("M03", "Categorisation", "Publish the register of categorised services",
     "Director, Online Safety Supervision", D(2025, 7, 31), D(2026, 1, 30), "Amber", "Red",
     "Publication held pending the outcome of a judicial review of the threshold regulations."),
    ("M04", "Fees", "Fees regime live and first invoices issued to providers",
     "Director of Finance", D(2026, 4, 30), D(2026, 4, 30), "Green", "Green",
     "Notification window open; 212 providers notified to date."),
    ("M05", "Transparency", "Issue first transparency notices to categorised services",
     "Director, Online Safety Supervision", D(2026, 6, 30), D(2026, 9, 30), "Amber", "Amber",
     "Dependent on M03."),
    ("M06", "Additional duties", "Consult on draft codes for the additional duties on categorised services",
     "Director, Online Safety Policy", D(2026, 3, 31), "Mar-2O26", "Green", "Green",
     "Drafting on track; Board sight of consultation document in February."),
    ("M07", "Super-complaints", "Publish guidance on the super-complaints regime",
     "Director, Strategy and Research", D(2025, 12, 31), D(2025, 12, 31), "Green", "Green",
     "Final guidance cleared by Policy Committee."),
    ("M08", "Age assurance", "Report on providers' use of age assurance",
     "Director, Online Safety Supervision", D(2026, 7, 31), D(2026, 7, 31), "Green", "Amber",
     "Information notices issued; response rates lower than planned."),
    ("M09", "Workforce", "Recruit to the remaining 40 online safety posts",
     "Director, People and Transformation", D(2026, 3, 31), D(2026, 5, 29), "Amber", "Amber",
     "Technical roles hard to fill; second campaign launched."),
]
OF_REFUSE_ROW = None


def build_ofcom(path):
    global OF_REFUSE_ROW
    wb = openpyxl.Workbook()
    hs = wb.active
    hs.title = "Highlight"
    hs["A1"] = OF_TITLE
    hs["A1"].font = Font(bold=True, size=15)
    hs["A2"] = "Programme Highlight Report – Period 7 (October 2025)"
    hs["A2"].font = Font(bold=True, size=12)
    rows = [("Senior Responsible Owner", "Group Director, Online Safety"),
            ("Programme Director", "Online Safety Implementation Programme Director"),
            ("Reporting to", "Online Safety Committee, 12 November 2025"),
            ("Overall delivery confidence", "Amber"),
            ("Previous period", "Amber"),
            ("Key messages", "Children's codes now in force. Categorisation register delayed by legal "
                             "challenge; knock-on risk to transparency reporting timetable."),
            ("Decisions required", "None this period."),
            ("Milestones", "See 'Milestones' sheet."),
            ("Risks and issues", "See 'Risks & Issues' sheet.")]
    for i, (k, v) in enumerate(rows, start=4):
        hs.cell(i, 1, k).font = Font(bold=True)
        hs.cell(i, 2, v).alignment = WRAP
        if v == "Amber":
            hs.cell(i, 2).fill = fill(AMBER)
    hs.column_dimensions["A"].width = 28
    hs.column_dimensions["B"].width = 90

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Key milestones – Period 7 (October 2025)"
    ms["A1"].font = Font(bold=True, size=12)
    heads = ["ID", "Workstream", "Milestone", "Owner", "Baseline date", "Forecast date",
             "Status (previous)", "Status (current)", "Commentary"]
    for c, h in enumerate(heads, start=1):
        cell = ms.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
    cols = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for i, m in enumerate(OF_MILESTONES, start=4):
        for c, v in enumerate(m, start=1):
            cell = ms.cell(i, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yyyy"
            if c in (7, 8):
                cell.fill = fill(cols[v])
        if isinstance(m[5], str):
            OF_REFUSE_ROW = i
    widths = [6, 20, 50, 32, 12, 12, 11, 11, 50]
    for i, w in enumerate(widths, start=1):
        ms.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w

    rs = wb.create_sheet("Risks & Issues")
    rs["A1"] = "Top programme risks and issues"
    rs["A1"].font = Font(bold=True, size=12)
    heads = ["ID", "Type", "Description", "Mitigation", "Owner", "Rating"]
    for c, h in enumerate(heads, start=1):
        rs.cell(3, c, h).font = Font(bold=True)
    risks = [("R1", "Issue", "Judicial review of categorisation thresholds delays the register.",
              "Legal team engaged; contingency timetable prepared.", "General Counsel", "Red"),
             ("R2", "Risk", "Providers contest the scale of fees invoiced.",
              "Published fees statement and provider engagement sessions.", "Director of Finance", "Amber"),
             ("R3", "Risk", "Specialist technical recruitment does not keep pace with plan.",
              "Targeted campaigns and contractor cover for priority roles.",
              "Director, People and Transformation", "Amber")]
    for i, rk in enumerate(risks, start=4):
        for c, v in enumerate(rk, start=1):
            rs.cell(i, c, v).alignment = WRAP
        rs.cell(i, 6).fill = fill(cols[rk[5]])
    for col, w in zip("ABCDEF", [5, 8, 50, 50, 32, 8]):
        rs.column_dimensions[col].width = w
    wb.save(path)


CASES.append(dict(
    name=OF_NAME, build=build_ofcom, actions=None, refuse=True,
    title=OF_TITLE,
    source=("Imitates a regulator's programme highlight report to its board committee (Ofcom, Online "
            "Safety Act implementation programme, period report for October 2025; milestones follow "
            "Ofcom's published roadmap: illegal harms codes, children's codes, categorisation register, "
            "fees, transparency). Copied features: 'Highlight' sheet with SRO, reporting line, overall "
            "delivery confidence with fill and key messages; 'Milestones' sheet with ID, workstream, "
            "owner, baseline and forecast dates as Excel dates shown mmm-yyyy, previous and current "
            "status with fill, commentary; 'Risks & Issues' sheet with undated mitigations."),
    reads=("A highlight report whose Milestones sheet lists nine dated milestones with baseline and "
           "forecast months. Milestone M06's forecast date is the text 'Mar-2O26', with a letter O in "
           "the year: a careful reader would stop and ask about it (Milestones sheet, row "
           "{row})."),
))

# ---------------------------------------------------------------------------
# 4. Nova Training - Ofsted post-inspection action plan, docx
# ---------------------------------------------------------------------------
NV_NAME = "zn-nova-training-ofsted-post-inspection-action-plan.docx"
NV_TITLE = "Nova Training – Post-Inspection Action Plan"
NV_AREAS = [
    ("Area 1: Use of learners’ starting points",
     "Leaders should ensure that tutors use the information they gather about learners’ starting "
     "points to plan learning that builds on what learners already know and can do.",
     [
         A("1.1", None,
           "Revise the initial assessment process so that vocational skills, not only English and mathematics, are assessed in the first two weeks.",
           ["Head of Curriculum"], "2025-06", "blue",
           when="End of June 2025", impact="All new starters from July have a vocational skills scan on file.",
           rag="Complete"),
         A("1.2", None,
           "Train all tutors in using starting-point information to set individual targets in learners’ ILPs.\nFollow up through learning walks in the autumn term.",
           ["Quality Manager", "Teaching and Learning Coach"], "2025-12", "green",
           end_text="Autumn term 2025",
           when="Autumn term 2025", impact="Learning walks show targets that are specific to each learner.",
           rag="Green", owner_text="Quality Manager / Teaching and Learning Coach"),
         A("1.3", None,
           "Quality assure ILP targets through monthly sampling and report findings to the Quality Improvement Board.",
           ["Head of Quality"], None, "green", end_text="Monthly",
           when="Monthly", impact="Sampling shows at least 90% of ILPs meet the standard.", rag="Green"),
     ]),
    ("Area 2: English and mathematics",
     "Leaders and managers should ensure that learners who need to improve their English and "
     "mathematics receive effective teaching that helps them to achieve their qualifications.",
     [
         A("2.1", None,
           "Recruit an additional specialist mathematics tutor for the Nottingham centre.",
           ["Operations Director"], "2025-09", "blue",
           when="September 2025", impact="Tutor in post; group sizes reduced to 12.", rag="Complete"),
         A("2.2", None,
           "Introduce weekly functional skills drop-in sessions at all centres.",
           ["English and Maths Lead"], "2025-10", "amber",
           when="31/10/2025", impact="Attendance at drop-ins tracked; pass rates at or above national rates.",
           rag="Amber"),
     ]),
    ("Area 3: Apprentices’ off-the-job training",
     "Leaders should make sure that all apprentices receive their full entitlement to off-the-job "
     "training and that employers are involved in planning and reviewing apprentices’ progress.",
     [
         A("3.1", None,
           "Hold three-way progress reviews with the apprentice, employer and skills coach every 10 weeks, using the new review template.",
           ["Apprenticeship Manager"], "2025-12", "green", end_text="May – December 2025",
           when="May – December 2025", impact="All reviews in date; employer attendance above 85%.",
           rag="Green"),
         A("3.2", None,
           "Audit off-the-job hours for all current apprentices and agree catch-up plans with employers where hours are behind.",
           ["Apprenticeship Manager", "Compliance Officer"], "2025-07", "red",
           when="July 2025", impact="No apprentice more than 10% behind planned hours.", rag="Red",
           owner_text="Apprenticeship Manager; Compliance Officer"),
     ]),
    ("Area 4: Governance",
     "Directors should strengthen their oversight of the quality of education so that they can hold "
     "leaders to account more effectively.",
     [
         A("4.1", None,
           "Appoint an independent board adviser with further education quality expertise.",
           ["Managing Director"], "2025-06", "blue",
           when="30 June 2025", impact="Adviser attends each board meeting.", rag="Complete"),
         A("4.2", None,
           "Provide directors with a termly quality report covering learners’ progress, achievement and destinations.",
           ["Head of Quality"], None, "unrated", end_text="Termly",
           when="Termly", impact="Board minutes show challenge on quality.", rag="Not started"),
     ]),
]
for _h, _afi, _acts in NV_AREAS:
    for _a in _acts:
        _a["under"] = [_h, _afi]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; inner line breaks become separate paragraphs."""
    parts = str(text).split("\n") if text is not None else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def build_nova(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(NV_TITLE, style="Title")
    doc.add_paragraph("Ofsted further education and skills inspection: 11–14 March 2025 "
                      "(report published 23 April 2025)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Prepared by", "Head of Quality"),
                 ("Approved by", "Board of Directors, 19 May 2025"),
                 ("Review", "Quality Improvement Board, each half-term")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "DEEAF6")
    doc.add_paragraph()
    doc.add_heading("Inspection judgements", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Overall effectiveness", "Requires improvement"),
                 ("The quality of education", "Requires improvement"),
                 ("Behaviour and attitudes", "Good"), ("Personal development", "Good"),
                 ("Leadership and management", "Requires improvement"),
                 ("Education programmes for young people", "Requires improvement"),
                 ("Adult learning programmes", "Good"), ("Apprenticeships", "Requires improvement")]:
        row = t.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_heading("What does the provider need to do to improve?", level=1)
    doc.add_paragraph("The inspection report sets out four areas for improvement. Each is reproduced "
                      "below, followed by the actions we will take. Progress is reviewed at each "
                      "Quality Improvement Board and reported to the Board of Directors.")
    rag_fill = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80",
                "Not started": "FFFFFF"}
    for head, afi, acts in NV_AREAS:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Impact measure", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            c = a["_cells"]
            cells = t.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], c.get("owner_text", a["lead"][0]))
            set_cell(cells[3], c["when"])
            set_cell(cells[4], c["impact"])
            set_cell(cells[5], c["rag"])
            shade(cells[5], rag_fill[c["rag"]])
        doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed and impact evidenced"), ("Green", "On track"),
                 ("Amber", "Some slippage – will be completed within the term"),
                 ("Red", "Off track or at risk"), ("Not started", "Not yet due to start")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], rag_fill[k])
    doc.add_paragraph()
    doc.add_paragraph("Signed: Managing Director          Date: 19 May 2025")
    doc.save(path)


CASES.append(dict(
    name=NV_NAME, build=build_nova,
    actions=[a for _, _, acts in NV_AREAS for a in acts],
    title=NV_TITLE,
    source=("Imitates an independent training provider's post-inspection action plan after an Ofsted "
            "further education and skills inspection graded requires improvement (Nova Training, "
            "inspection March 2025). Copied features: title and inspection-date line, document control "
            "table, table of inspection judgements, the report's 'What does the provider need to do to "
            "improve?' points reproduced one per section as a heading plus italic paragraph, a separate "
            "action table per area (Ref, Action, Lead, By when, Impact measure, RAG), shaded RAG words, "
            "a RAG key table and a sign-off line."),
    reads=("Nine numbered actions in four tables, one per area for improvement; each action sits under "
           "the area heading and the inspectors' improvement point quoted above its table. By-when cells "
           "mix months, a term, a period and 'Monthly'/'Termly'; statuses are the RAG words, with "
           "Complete meaning done and Not started unrated. The first two tables are document control and "
           "judgements, the last is the key."),
))

# ---------------------------------------------------------------------------
# 5. Nottinghamshire FRS - Grenfell Tower Inquiry Phase 2 recommendations action plan, docx
# ---------------------------------------------------------------------------
NF_NAME = "zn-nottinghamshire-fire-rescue-service-grenfell-tower-inquiry-phase-2-action-plan.docx"
NF_TITLE = "Grenfell Tower Inquiry Phase 2 Report – Recommendations Action Plan"
NF_T1 = "Theme 1 – Emergency calls and incident command"
NF_T2 = "Theme 2 – Protection and risk information"
NF_T3 = "Theme 3 – Operational learning"
NF_REC1 = ("Inquiry recommendation 56: Fire and rescue services should review how control rooms "
           "gather, record and share information from fire survival guidance calls with the incident ground.")
NF_REC2 = ("Inquiry recommendation 58: Incident commanders should be trained to recognise when a "
           "stay-put strategy has failed and to order a change to full or partial evacuation.")
NF_REC3 = ("Inquiry recommendation 61: Fire and rescue services should hold accurate, up-to-date "
           "information on the construction and fire safety measures of high-rise residential buildings in their area.")
NF_REC4 = ("Inquiry recommendation 64: Fire and rescue services should have systems for capturing and "
           "acting on learning from operational incidents and national inquiries.")
NF_ITEMS = [
    ("theme", NF_T1),
    ("rec", NF_REC1),
    A("1.1", [NF_T1, NF_REC1],
      "Review the Joint Fire Control policy for handling multiple fire survival guidance calls, including use of a dedicated FSG information board.",
      ["Head of Joint Fire Control"], "2025-06", "blue",
      orig="Mar 2025", rev="Jun 2025", st="B",
      prog="Policy approved by Joint Fire Control Board June 2025."),
    A("1.2", [NF_T1, NF_REC1],
      "Run FSG and revert-to-evacuation exercises with the Derbyshire and Leicestershire control rooms.",
      ["Head of Joint Fire Control", "Area Manager Response"], "2025-12", "green",
      orig="Sept 2025", rev="Dec 2025", st="G",
      prog="Two of three exercises held; final exercise booked 4 December.",
      owner_text="Head of Joint Fire Control / Area Manager Response"),
    ("rec", NF_REC2),
    A("1.3", [NF_T1, NF_REC2],
      "Refresh level 2 and level 3 incident command training to include a high-rise evacuation decision module.",
      ["GM Training and Development"], "2025-12", "amber",
      orig="Dec 2025", rev="", st="A",
      prog="Module written; trainer capacity limited until new instructors start."),
    A("1.4", [NF_T1, NF_REC2],
      "Assess all level 1–4 incident commanders against the updated high-rise module.",
      ["GM Training and Development"], "2026-06", "green",
      orig="Jun 2026", rev="", st="G", prog="Assessment schedule agreed."),
    ("theme", NF_T2),
    ("rec", NF_REC3),
    A("2.1", [NF_T2, NF_REC3],
      "Complete site-specific risk information visits to all high-rise residential buildings in Nottinghamshire.",
      ["AM Prevention and Protection"], "2026-03", "green",
      orig="Mar 2026", rev="", st="G", prog="51 of 64 buildings visited."),
    A("2.2", [NF_T2, NF_REC3],
      "Load building information received under the Fire Safety (England) Regulations 2022 onto the mobile data terminals on appliances.",
      ["Head of ICT", "Protection Group Manager"], "2026-04", "red",
      orig="Dec 2025", rev="Apr 2026", st="R",
      prog="Supplier upgrade to MDT software delayed; interim paper packs on appliances.",
      owner_text="Head of ICT; Protection Group Manager"),
    ("theme", NF_T3),
    ("rec", NF_REC4),
    A("3.1", [NF_T3, NF_REC4],
      "Establish an Operational Learning Board chaired by the Assistant Chief Fire Officer.",
      ["ACFO"], "2025-07", "blue",
      orig="Jul 2025", rev="", st="B", prog="First meeting held 15 July 2025."),
    A("3.2", [NF_T3, NF_REC4],
      "Publish a quarterly operational learning bulletin to all staff.",
      ["Operational Assurance Team"], None, "green", end_text="Quarterly",
      orig="Quarterly", rev="", st="G", prog="Issues 1 and 2 published."),
]


def build_notts(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Nottinghamshire Fire and Rescue Service")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_heading(NF_TITLE, level=1)
    doc.add_paragraph("Report to the Policy and Strategy Committee of the Nottinghamshire and City of "
                      "Nottingham Fire and Rescue Authority – 16 January 2026")
    doc.add_paragraph("This plan sets out the Service’s response to the recommendations of the Phase 2 "
                      "report that apply to all fire and rescue services. Owners update progress monthly; "
                      "the plan is reported to the Committee each quarter.")
    doc.add_paragraph("Status key:  B – Complete   G – On track   A – Minor slippage, recoverable   "
                      "R – Significant slippage")
    heads = ["Ref", "Action", "Owner", "Original date", "Revised date", "Status", "Progress"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "BFBFBF")
    st_fill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    for item in NF_ITEMS:
        if isinstance(item, tuple):
            kind, text = item
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[6])
            set_cell(merged, text, bold=(kind == "theme"))
            shade(merged, "1F3864" if kind == "theme" else "DEEAF6")
            if kind == "theme":
                for run in merged.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            else:
                for run in merged.paragraphs[0].runs:
                    run.italic = True
            continue
        a = item
        c = a["_cells"]
        cells = t.add_row().cells
        vals = [a["ref"], a["action"], c.get("owner_text", a["lead"][0]), c["orig"], c["rev"],
                c["st"], c["prog"]]
        for cell, v in zip(cells, vals):
            set_cell(cell, v)
        shade(cells[5], st_fill[c["st"]])
    doc.add_paragraph()
    doc.add_paragraph("Summary: 8 actions – 2 complete (B), 4 on track (G), 1 minor slippage (A), "
                      "1 significant slippage (R).")
    doc.add_paragraph("Abbreviations: FSG – fire survival guidance; MDT – mobile data terminal; "
                      "ACFO – Assistant Chief Fire Officer; AM – Area Manager; GM – Group Manager.")
    doc.save(path)


CASES.append(dict(
    name=NF_NAME, build=build_notts,
    actions=[i for i in NF_ITEMS if isinstance(i, dict)],
    title=NF_TITLE,
    source=("Imitates an English fire and rescue service's action plan on the Grenfell Tower Inquiry "
            "Phase 2 report (September 2024) recommendations that apply to all FRSs, as reported to a fire "
            "authority committee (Nottinghamshire FRS, January 2026). Copied features: service name line, "
            "plan title heading, committee line and purpose paragraph, BRAG status key paragraph, one "
            "table with merged dark theme rows and merged shaded recommendation rows above their actions, "
            "original and revised date columns, status letters with cell shading, progress column, "
            "summary and abbreviations lines under the table."),
    reads=("One table of eight numbered actions under three themes; above each group of actions is a "
           "merged row quoting the inquiry recommendation they answer. Where a revised date is given it "
           "replaces the original; 'Quarterly' has no end month. Status is the B/G/A/R letter."),
))

# ---------------------------------------------------------------------------
# 6. First Choice Homes Oldham - RSH consumer standards improvement plan, csv
# ---------------------------------------------------------------------------
FC_NAME = "zn-first-choice-homes-oldham-rsh-consumer-standards-improvement-plan.csv"
FC_TITLE = "First Choice Homes Oldham – Consumer Standards Improvement Plan"
FC_S1 = "Safety and Quality Standard"
FC_S2 = "Transparency, Influence and Accountability Standard"
FC_S3 = "Neighbourhood and Community Standard"
FC_A1 = "Stock condition data is incomplete: 28% of homes have not had a survey in the last five years."
FC_A2 = "Fire risk assessment remedial actions are overdue at 11 blocks."
FC_A3 = "Damp and mould cases are closed without a post-works inspection."
FC_A4 = "Tenant satisfaction measures were not reported to tenants within the required timescale."
FC_A5 = "ASB case management does not apply a consistent risk assessment."
FC_ROWS = [
    A("SQ1.1", [FC_S1, FC_A1],
      "Commission a 100% stock condition survey programme over three years, prioritising homes with no survey since 2020.",
      ["Director of Property Services"], "2026-03", "green",
      std=FC_S1, area=FC_A1, date="31/03/2026", rev="", rag="Green",
      prog="Contract awarded to Savills; 1,240 surveys completed."),
    A("SQ1.2", [FC_S1, FC_A1],
      "Load survey data into the asset management system and reconcile it with the HHSRS register.",
      ["Head of Asset Management", "Data and Systems Manager"], "2026-03", "green", end_text="Q4 2025/26",
      std="", area="", date="Q4 2025/26", rev="", rag="Green",
      prog="Data load tested in Keystone; first batch loaded.",
      owner_text="Head of Asset Management; Data and Systems Manager"),
    A("SQ2.1", [FC_S1, FC_A2],
      "Clear all overdue high-risk fire remedial actions and introduce weekly reporting to the Executive Team.",
      ["Head of Compliance"], "2026-02", "amber",
      std="", area=FC_A2, date="Dec-25", rev="Feb-26", rag="Amber",
      prog="38 of 52 high-risk actions closed. Contractor capacity increased from January."),
    A("SQ3.1", [FC_S1, FC_A3],
      "Introduce a follow-up inspection at 6 weeks and 6 months after damp and mould works are completed.",
      ["Repairs Manager"], "2026-01", "red",
      std="", area=FC_A3, date="31/01/2026", rev="", rag="Red",
      prog="Process agreed but not yet live; scheduling module not configured."),
    A("TIA1.1", [FC_S2, FC_A4],
      "Publish 2024/25 TSM results on the website and in the tenant newsletter, with an explanation of how they were collected.",
      ["Head of Customer Insight"], "2025-09", "blue",
      std=FC_S2, area=FC_A4, date="30/09/2025", rev="", rag="Complete",
      prog="Published 26 September 2025."),
    A("TIA1.2", [FC_S2, FC_A4],
      "Set up a tenant scrutiny panel review of complaint handling and TSM performance.\nPanel to report its findings to the Board.",
      ["Head of Customer Insight", "Tenant Engagement Officer"], "2026-03", "green",
      std="", area="", date="31/03/2026", rev="", rag="Green",
      prog="Panel recruited (7 tenants); scoping session held 12 November.",
      owner_text="Head of Customer Insight / Tenant Engagement Officer"),
    A("NC1.1", [FC_S3, FC_A5],
      "Introduce a mandatory ASB risk assessment matrix at case opening and audit 10 cases a month.",
      ["Neighbourhood Services Manager"], "2026-01", "amber",
      std=FC_S3, area=FC_A5, date="January 2026", rev="", rag="Amber",
      prog="Matrix drafted; training for officers in December."),
    A("NC1.2", [FC_S3, FC_A5],
      "Agree an information-sharing protocol with Greater Manchester Police and the Oldham Council community safety team.",
      ["Neighbourhood Services Manager"], None, "unrated", end_text="TBC",
      std="", area="", date="TBC", rev="", rag="Not started",
      prog="Awaiting GMP data protection review."),
]
FC_HEAD = ["Standard", "Area for improvement", "Ref", "Action", "Action owner", "Target date",
           "Revised target date", "RAG", "Progress update"]


def build_fcho(path):
    n = len(FC_HEAD)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda first: [first] + [""] * (n - 1)
    w.writerow(pad(FC_TITLE))
    w.writerow(pad("RSH regulatory judgement: C2 (consumer standards)"))
    w.writerow(pad("Position at 30 November 2025 – reported to the Customer Services Committee"))
    w.writerow([""] * n)
    w.writerow(FC_HEAD)
    for a in FC_ROWS:
        c = a["_cells"]
        w.writerow([c["std"], c["area"], a["ref"], a["action"], c.get("owner_text", a["lead"][0]),
                    c["date"], c["rev"], c["rag"], c["prog"]])
    w.writerow([""] * n)
    w.writerow(pad("Notes: RAG ratings are proposed by the action owner and checked by the Governance "
                   "Team. Complete actions stay on the plan until evidence is signed off."))
    w.writerow(["Summary", "", "", "Total actions: 8", "", "", "", "", ""])
    w.writerow(["", "", "", "Complete: 1 | Green: 3 | Amber: 2 | Red: 1 | Not started: 1",
                "", "", "", "", ""])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


CASES.append(dict(
    name=FC_NAME, build=build_fcho, actions=FC_ROWS, title=FC_TITLE,
    source=("Imitates a housing association's improvement plan after a Regulator of Social Housing "
            "consumer standards grading of C2 (First Choice Homes Oldham, position November 2025), "
            "saved from Excel as 'CSV UTF-8'. Copied features: title, judgement and position lines "
            "padded with trailing commas, columns Standard / Area for improvement / Ref / Action / "
            "Action owner / Target date / Revised target date / RAG / Progress update, standard and area "
            "written only on the first row of each group, a quoted cell with an inner line break, "
            "notes line and a summary block of RAG counts after the plan."),
    reads=("Eight actions grouped by consumer standard and by the area for improvement found; the "
           "standard and area cells are left blank on following rows and carry down. Revised target "
           "replaces target; 'Q4 2025/26' ends March 2026 and 'TBC' has no month. The notes and summary "
           "rows are not actions."),
))

# ---------------------------------------------------------------------------
# 7. Bedfordshire PCC and Chief Constable - Joint Audit Committee action log, txt (tab-separated)
# ---------------------------------------------------------------------------
BD_NAME = "zn-bedfordshire-pcc-joint-audit-committee-action-log.txt"
BD_TITLE = "Joint Audit Committee – Action Log"
BD_ROWS = [
    A("JAC/25/04", [],
      "Provide a breakdown of overdue internal audit recommendations by business area, with revised implementation dates.",
      ["Head of Internal Audit (TIAA)"], "2025-06", "blue",
      meet="12/03/2025", item="Internal audit progress report", due="Jun-25", st="Complete",
      upd="Breakdown presented in June. Propose to close."),
    A("JAC/25/09", [],
      "Add a specific risk on the resilience of the 101 non-emergency service to the Force strategic risk register.",
      ["Head of Risk and Business Continuity"], "2025-09", "amber",
      meet="18/06/2025", item="Force strategic risk register", due="Sep-25", st="Amber",
      upd="Risk drafted; awaiting Force Executive Board approval on 15 December."),
    A("JAC/25/11", [],
      "Revise the draft Annual Governance Statement to reflect the HMICFRS PEEL findings on crime recording and recirculate to members.",
      ["OPCC Chief Executive", "Force Solicitor"], "2025-09", "blue",
      meet="18/06/2025", item="Annual Governance Statements 2024/25", due="30/09/2025", st="Complete",
      upd="Revised AGS circulated 22 September.", owner_text="OPCC Chief Executive / Force Solicitor"),
    A("JAC/25/14", [],
      "Share the action plan responding to the external auditor’s value for money recommendation on the medium-term financial plan.",
      ["CFO (Force)", "CFO (OPCC)"], None, "green", end_text="Next meeting",
      meet="24/09/2025", item="External audit – annual report 2024/25", due="Next meeting", st="Green",
      upd="Draft plan with Chief Officers for sign-off.", owner_text="CFO (Force) & CFO (OPCC)"),
    A("JAC/25/15", [],
      "Confirm whether counterparty limits for money market funds need to change following the revised MRP policy.",
      ["Paul Hammond"], "2025-12", "green",
      meet="24/09/2025", item="Treasury management mid-year review", due="Dec-25", st="Green",
      upd="Advice requested from treasury advisers."),
    A("JAC/25/16", [],
      "Bring a report on the timeliness of Professional Standards Department investigations, including the number of cases open for more than 12 months.",
      ["Head of Professional Standards"], "2025-12", "green",
      meet="24/09/2025", item="Complaints and misconduct update", due="10/12/2025", st="Green",
      upd="Report on the agenda for 10 December."),
    A("JAC/25/17", [],
      "Arrange a training session for members on the CIPFA Position Statement on audit committees.",
      ["Rebecca Akhtar", "Jon Wells"], "2026-03", "unrated",
      meet="24/09/2025", item="Committee effectiveness review", due="Mar-26", st="Not started",
      upd="", owner_text="Rebecca Akhtar and Jon Wells"),
    A("JAC/25/18", [],
      "Follow up the limited assurance audit of fleet management and report progress on the four priority 1 recommendations.",
      ["Head of Estates and Fleet"], "2026-01", "red",
      meet="24/09/2025", item="Internal audit – fleet management", due="Jan-26", st="Red",
      upd="Telematics contract delayed; revised plan due in January."),
]


def build_beds(path):
    lines = [
        "Police and Crime Commissioner for Bedfordshire and Chief Constable of Bedfordshire Police",
        BD_TITLE,
        "As at 2 December 2025 (for the meeting of 10 December 2025)",
        "",
        "\t".join(["Action ref", "Meeting", "Agenda item", "Action", "Owner", "Due", "Status", "Update"]),
    ]
    for a in BD_ROWS:
        c = a["_cells"]
        lines.append("\t".join([a["ref"], c["meet"], c["item"], a["action"],
                                c.get("owner_text", a["lead"][0]), c["due"], c["st"], c["upd"]]))
    lines += [
        "",
        "Status: Complete = action done, to be noted and removed; Green = on track; Amber = at risk of "
        "missing the due date; Red = overdue; Not started = not yet begun.",
        "Notes: Actions are removed from the log once the Committee has noted them as complete.",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


CASES.append(dict(
    name=BD_NAME, build=build_beds, actions=BD_ROWS, title=BD_TITLE,
    source=("Imitates the rolling action log of a joint audit committee serving a police and crime "
            "commissioner and chief constable (Bedfordshire, as at December 2025), exported from Excel "
            "as tab-delimited text. Copied features: two organisation/title lines and an 'as at' line, "
            "columns Action ref (JAC/yy/nn), meeting date, agenda item, action, owner, due, status and "
            "update; job titles, a pair of names and two posts as owners; due cells as Mmm-yy, a full "
            "date and 'Next meeting'; a status key line and a notes line at the end."),
    reads=("A committee action log of eight actions with no themes or headings, each with its own "
           "reference. The meeting date is when the action was raised, not when it is due; status is "
           "Complete, Green, Amber, Red or Not started as the key line says."),
))


# ---------------------------------------------------------------------------
def clean(a):
    return {k: v for k, v in a.items() if not k.startswith("_")}


def write_expected(case):
    import yaml

    def str_rep(dumper, data):
        import re
        style = "|" if "\n" in data else None
        if re.fullmatch(r"\d{4}-\d{2}", data):
            style = '"'

        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    yaml.add_representer(str, str_rep, Dumper=yaml.SafeDumper)
    doc = {"source": case["source"],
           "reads": case["reads"].format(row=OF_REFUSE_ROW),
           "outcome": "refuse" if case.get("refuse") else "read",
           "accept_refusal": False}
    if case.get("refuse"):
        doc["refuse_at"] = OF_REFUSE_ROW
    doc["title"] = case["title"]
    if not case.get("refuse"):
        doc["actions"] = [clean(a) for a in case["actions"]]
    out = os.path.join(HERE, case["name"] + ".expected.yaml")
    with open(out, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def main():
    for case in CASES:
        path = os.path.join(HERE, case["name"])
        case["build"](path)
        print("wrote", case["name"])
    if "--expected" in sys.argv:
        for case in CASES:
            write_expected(case)
            print("wrote", case["name"] + ".expected.yaml")


if __name__ == "__main__":
    main()
