#!/usr/bin/env python3
"""Build the seven zdf- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zdf_make.py from any directory; files are
written beside this script. Only files whose names start with zdf- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFBFBFBF"
HEAD = "FFD9E1F2"
SECTION = "FFFCE4D6"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


class Q(str):
    """A string written double-quoted in the expected YAML."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(name, data):
    data = dict(data)
    for k in ("title",):
        if k in data:
            data[k] = Q(data[k])
    for a in data.get("actions", []):
        for k in ("ref", "end", "end_text", "action"):
            if a.get(k) is not None:
                a[k] = Q(a[k])
        a["under"] = [Q(u) for u in a["under"]]
        a["lead"] = [Q(x) for x in a["lead"]]
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. BHRUT PSII safety action plan (xlsx, cover sheet + actions sheet)
# ---------------------------------------------------------------------------
def make_bhrut():
    name = "zdf-barking-havering-redbridge-uh-psii-ed-corridor-care-safety-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Barking, Havering and Redbridge University Hospitals NHS Trust"
    cov["A1"].font = Font(bold=True, size=12, color="FF005EB8")
    title = "Patient Safety Incident Investigation – Safety Action Plan"
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=14)
    info = [
        ("PSII reference", "PSII/2024/017"),
        ("Incident", "Deterioration of a patient cared for in a temporary escalation space (corridor), "
                     "Queen's Hospital Emergency Department"),
        ("Date of incident", "14/03/2024"),
        ("Date final report approved", "09/10/2024 – Patient Safety Incident Response Group (PSIRG)"),
        ("Executive sponsor", "Chief Medical Officer"),
        ("Safety action plan owner", "Divisional Director of Nursing – Unplanned Care"),
        ("Monitoring", "Monthly to Unplanned Care Divisional Quality & Safety Board; "
                       "quarterly to Quality Assurance Committee"),
    ]
    r = 4
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill(HEAD)
        cov.cell(r, 2, v).alignment = WRAP
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Document control").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill(HEAD)
        c.border = BOX
    for row in [
        ("0.1", "11/10/2024", "PSII lead investigator", "Draft following safety action development workshop"),
        ("1.0", "22/10/2024", "Patient Safety Team", "Approved by PSIRG"),
        ("1.3", "26/11/2024", "Divisional Governance Lead",
         "November progress updates; revised date agreed for SA1.2 and SA3.1"),
    ]:
        r += 1
        for i, v in enumerate(row, 1):
            cov.cell(r, i, v).border = BOX
            cov.cell(r, i).alignment = WRAP
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Safety actions")
    ws["A1"] = "PSII/2024/017 – Safety actions and progress"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    for col, (txt, colr) in enumerate([("Complete (evidence verified)", BLUE), ("On track", GREEN),
                                       ("At risk", AMBER), ("Off track", RED),
                                       ("Not started", GREY)], 2):
        c = ws.cell(2, col, txt)
        c.fill = fill(colr)
        c.border = BOX
    headers = ["Ref", "Safety recommendation", "Safety action", "Action owner",
               "Measure of effectiveness", "Original target date", "Revised target date",
               "Status", "Progress update (November 2024)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF005EB8")
        c.alignment = WRAP
        c.border = BOX

    afi1 = "Area for improvement 1: Recognition and escalation of deterioration in temporary escalation spaces (TES)"
    afi2 = "Area for improvement 2: Staffing and senior oversight of corridor care"
    afi3 = "Area for improvement 3: Escalation to site and system partners at OPEL 4"
    sr1 = ("SR1 – Ensure patients in TES have observations recorded at the frequency required by their "
           "NEWS2 score and that a score of 5 or more is escalated to the ED doctor in charge.")
    sr2 = ("SR2 – Ensure a named registered nurse is allocated to TES on every shift, separate from "
           "the majors allocation.")
    sr3 = "SR3 – Strengthen senior clinical oversight of patients who remain in TES for more than 4 hours."
    sr4 = ("SR4 – Ensure the site escalation process triggers a timely senior and system response when "
           "the number of patients in TES exceeds the agreed maximum.")
    D = dt.datetime
    # (ref, sr, action, owner, measure, orig, revised, status_text, colour, update)
    rows = [
        ("H", afi1),
        ("SA1.1", sr1,
         "Introduce an hourly TES safety huddle led by the nurse in charge, using a standard checklist "
         "(observations due, NEWS2 ≥5, time-critical medicines, pressure area care).",
         "Head of Nursing, Emergency Department",
         "≥95% of hourly huddles documented (weekly audit of 20 checklists)",
         D(2024, 12, 31), None, "Complete", BLUE,
         "Checklist live from 18/11/2024. Audit weeks 1–4: 98% compliance. Evidence uploaded to the "
         "Datix action module."),
        ("SA1.2", sr1,
         "Configure Nervecentre so that observations for patients in TES appear on the ED electronic "
         "whiteboard, with an overdue-observation alert to the nurse in charge.",
         "Chief Nursing Information Officer / ED Matron",
         "Overdue observations in TES reduced by 50% from September 2024 baseline",
         D(2025, 1, 31), D(2025, 3, 31), "At risk", AMBER,
         "Change request accepted by supplier; build delayed by platform upgrade. Revised date agreed "
         "at PSIRG 19/11/2024."),
        ("H", afi2),
        ("SA2.1", sr2,
         "Add a dedicated TES registered nurse shift (day and night) to the ED roster template and to "
         "the daily staffing escalation tool.",
         "Deputy Director of Nursing – Workforce",
         "TES RN shift filled on ≥90% of shifts (SafeCare report)",
         D(2025, 2, 28), None, "On track", GREEN,
         "Funding for 11.2 WTE agreed at Executive Management Team 05/11/2024; recruitment under way."),
        ("SA2.2", sr3,
         "Include every patient in TES for more than 4 hours in the 2-hourly consultant-led board "
         "round, with the review recorded on Nervecentre.",
         "Clinical Director, Emergency Medicine",
         "Audit of 30 records per month: 90% have a documented senior review",
         D(2025, 1, 31), None, "On track", GREEN,
         "Board round SOP updated; first audit due December 2024."),
        ("SA2.3", sr3,
         "Develop and deliver TES simulation training for ED nursing and medical staff, covering "
         "deterioration, falls and escalation in a corridor environment.",
         "ED Practice Development Nurse; Consultant Lead for Simulation",
         "80% of ED registered staff trained",
         D(2025, 3, 31), None, "Not started", GREY,
         "Scheduled to begin January 2025 once TES RN post holders are in place."),
        ("H", afi3),
        ("SA3.1", sr4,
         "Revise the Trust full capacity protocol to set a TES maximum of 8 patients and the actions "
         "required of the Site Director of the Day when it is exceeded.",
         "Director of Operations – Unplanned Care",
         "Protocol ratified; compliance with escalation actions reviewed at weekly UEC meeting",
         D(2024, 12, 31), D(2025, 2, 28), "Off track", RED,
         "Draft protocol returned by Policy Group for further consultation with medical teams."),
        ("SA3.2", sr4,
         "Agree with NHS North East London ICB a system escalation call when more than 5 patients in "
         "Queen's Hospital ED have waited over 12 hours from decision to admit.",
         "Chief Operating Officer",
         "Escalation calls logged, with actions and outcomes recorded",
         D(2025, 1, 31), None, "On track", GREEN,
         "Discussed at NEL UEC Board 14/11/2024; terms of reference drafted."),
    ]
    r = 5
    sr_start = {}
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill(SECTION)
            r += 1
            continue
        ref, sr, action, owner, measure, orig, rev, st, colr, upd = row
        ws.cell(r, 1, ref)
        if sr not in sr_start:
            sr_start[sr] = [r, r]
            ws.cell(r, 2, sr)
        else:
            sr_start[sr][1] = r
        ws.cell(r, 3, action)
        ws.cell(r, 4, owner)
        ws.cell(r, 5, measure)
        c = ws.cell(r, 6, orig)
        c.number_format = "DD/MM/YYYY"
        if rev is not None:
            c = ws.cell(r, 7, rev)
            c.number_format = "DD/MM/YYYY"
        c = ws.cell(r, 8, st)
        c.fill = fill(colr)
        ws.cell(r, 9, upd)
        for col in range(1, 10):
            ws.cell(r, col).alignment = WRAP
            ws.cell(r, col).border = BOX
        r += 1
    for sr, (a, b) in sr_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for txt, n in [("Complete", 1), ("On track", 3), ("At risk", 1), ("Off track", 1),
                   ("Not started", 1), ("Total safety actions", 7)]:
        r += 1
        ws.cell(r, 2, txt)
        ws.cell(r, 3, n)
    r += 2
    ws.cell(r, 1, "Note: actions are closed only when evidence has been reviewed by the Patient Safety "
                  "Team. Target dates are end of month.")
    for col, w in zip("ABCDEFGHI", [8, 40, 55, 28, 34, 13, 13, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan of the kind "
            "English acute trusts publish in board and quality committee papers, set at Barking, Havering "
            "and Redbridge University Hospitals NHS Trust (Queen's Hospital ED, corridor care/temporary "
            "escalation spaces, cf. CQC reports https://www.cqc.org.uk/provider/RF4/inspection-summary). "
            "Copied features: a cover sheet with incident details and a document-control table, a second "
            "sheet with a fill-coloured status key, merged 'Area for improvement' rows spanning the table, "
            "the safety recommendation in a cell merged down over its actions, job titles as owners "
            "(one with a comma in it, two joined by '/' and ';'), original and revised target dates as "
            "date cells, status words with matching fill, and a summary/totals block and note below."),
        "reads": (
            "A two-sheet PSII safety action plan: the cover sheet describes the incident and version "
            "history; the 'Safety actions' sheet lists seven safety actions SA1.1-SA3.2 under three areas "
            "for improvement, each answering a safety recommendation (SR1-SR4) shown beside it. Where a "
            "revised target date is given it replaces the original; status is read through the key "
            "(Complete = blue, On track = green, At risk = amber, Off track = red, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("SA1.1", [afi1, sr1], rows[1][2], ["Head of Nursing, Emergency Department"], "2024-12", "blue"),
            act("SA1.2", [afi1, sr1], rows[2][2], ["Chief Nursing Information Officer", "ED Matron"], "2025-03", "amber"),
            act("SA2.1", [afi2, sr2], rows[4][2], ["Deputy Director of Nursing – Workforce"], "2025-02", "green"),
            act("SA2.2", [afi2, sr3], rows[5][2], ["Clinical Director, Emergency Medicine"], "2025-01", "green"),
            act("SA2.3", [afi2, sr3], rows[6][2], ["ED Practice Development Nurse", "Consultant Lead for Simulation"], "2025-03", "unrated"),
            act("SA3.1", [afi3, sr4], rows[8][2], ["Director of Operations – Unplanned Care"], "2025-02", "red"),
            act("SA3.2", [afi3, sr4], rows[9][2], ["Chief Operating Officer"], "2025-01", "green"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. MPFT Board Assurance Framework (xlsx, summary + one sheet per BAF risk)
# ---------------------------------------------------------------------------
def make_mpft():
    name = "zdf-midlands-partnership-university-nhsft-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    title = "Midlands Partnership University NHS Foundation Trust – Board Assurance Framework 2025/26"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 position – presented to the Board of Directors, 6 November 2025"
    sm["A2"].font = Font(italic=True)
    hdr = ["BAF ref", "Strategic risk", "Executive lead", "Lead committee", "Current score (L x I)",
           "Target score", "Movement since Q1"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(HEAD)
        c.border = BOX
        c.alignment = WRAP
    risks = [
        ("BAF 1", "Quality and safety of care", "Chief Nurse", "Quality Committee", "4 x 4 = 16", 8, "↔"),
        ("BAF 2", "Sustainable workforce", "Chief People Officer", "People Committee", "4 x 4 = 16", 9, "↑"),
        ("BAF 3", "Financial sustainability and system partnerships", "Chief Finance Officer",
         "Finance and Performance Committee", "5 x 4 = 20", 12, "↔"),
    ]
    for j, row in enumerate(risks, 5):
        for i, v in enumerate(row, 1):
            c = sm.cell(j, i, v)
            c.border = BOX
            c.alignment = WRAP
    sm["A9"] = ("Action RAG key: R = overdue or not expected to deliver; A = at risk of slippage; "
                "G = on track; B = complete")
    sm["A10"] = "Full detail of controls, assurances, gaps and actions for each risk is on the BAF 1 to BAF 3 tabs."
    for col, w in zip("ABCDEFG", [10, 45, 24, 32, 20, 12, 16]):
        sm.column_dimensions[col].width = w

    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    sheets = [
        {
            "tab": "BAF 1",
            "heading": "BAF 1 – Quality and safety of care",
            "risk": ("If we are unable to maintain consistently safe staffing and timely access to care "
                     "across our mental health, learning disability and community services, then people "
                     "may experience avoidable harm and poorer outcomes."),
            "lead": "Chief Nurse", "committee": "Quality Committee",
            "scores": ("Initial 20", "Current 16", "Target 8"), "appetite": "Cautious",
            "controls": ["Safe staffing policy and daily staffing huddles across inpatient services",
                         "Patient Safety Incident Response Plan (PSIRF) and weekly incident review panel",
                         "Quality and Safety dashboard reviewed monthly by each care group"],
            "assurance": ["Internal audit – observation and engagement (limited assurance, June 2025)",
                          "CQC Mental Health Act monitoring visits; quarterly Quality Committee reports"],
            "gaps": [
                ("Inpatient observation and engagement practice is not consistently in line with policy "
                 "(internal audit, limited assurance, June 2025).", [
                    ("1.1", "Roll out the revised therapeutic observation and engagement policy with "
                            "competency sign-off for all inpatient registered and unregistered staff.",
                     "Deputy Chief Nurse", dt.datetime(2025, 9, 30), "A", "B",
                     "Policy launched 1 July 2025; 94% competency sign-off at 30 September. Action closed."),
                    ("1.2", "Complete monthly peer review observation audits on every adult acute ward and "
                            "PICU, with results reported to the Quality Committee.",
                     "Associate Director of Nursing (MH & LD)", "Monthly", "G", "G",
                     "July to September audits completed on all 11 wards; average compliance 91%."),
                ]),
                ("There is no single view of community waiting lists or of harm reviews for people waiting "
                 "longest across Staffordshire and Shropshire.", [
                    ("1.3", "Implement the waiting list dashboard in Power BI for all community and mental "
                            "health services, including clinical prioritisation fields.",
                     "Chief Operating Officer / Chief Digital Information Officer", "Dec 2025", "A", "A",
                     "Mental health services live; community physical health data feeds in testing."),
                    ("1.4", "Introduce a harm review process for people waiting more than 18 weeks, "
                            "reported quarterly to the Quality Committee.",
                     "Medical Director", "Q4 2025/26", "R", "A",
                     "Harm review tool agreed; pilot in adult community mental health teams from October."),
                ]),
            ],
        },
        {
            "tab": "BAF 2",
            "heading": "BAF 2 – Sustainable workforce",
            "risk": ("If we cannot recruit, develop and retain enough staff with the right skills, then "
                     "services will rely on temporary staffing and quality, safety and staff wellbeing will "
                     "be affected."),
            "lead": "Chief People Officer", "committee": "People Committee",
            "scores": ("Initial 20", "Current 16", "Target 9"), "appetite": "Open",
            "controls": ["Workforce plan 2025/26 aligned to the NHS Long Term Workforce Plan",
                         "Recruitment and retention group chaired by the Chief People Officer"],
            "assurance": ["Monthly workforce KPIs to People Committee",
                          "NHS Staff Survey 2024 results and action plans by care group"],
            "gaps": [
                ("The registered nurse vacancy rate in inpatient mental health services remains above 12%.", [
                    ("2.1", "Deliver the international recruitment cohort of 40 registered mental health "
                            "nurses, including pastoral support and OSCE preparation.",
                     "Chief People Officer", dt.datetime(2026, 3, 31), "G", "G",
                     "22 nurses in post; 18 due to arrive January to March 2026."),
                    ("2.2", "Launch cohort 3 of the nursing associate to registered nurse apprenticeship "
                            "pathway.",
                     "Head of Education and Professional Development", "January 2026", "G", "A",
                     "University partner confirmed; programme validation running three weeks behind plan."),
                ]),
                ("Limited assurance on the effectiveness of retention interventions (staff survey and exit "
                 "data).", [
                    ("2.3", "Complete the retention deep dive for staff in their first two years and agree "
                            "targeted actions with each care group.",
                     "Deputy Chief People Officer", "Oct 2025", "A", "R",
                     "Delayed by changes to the ESR exit questionnaire; escalated to People Committee."),
                ]),
            ],
        },
        {
            "tab": "BAF 3",
            "heading": "BAF 3 – Financial sustainability and system partnerships",
            "risk": ("If we do not deliver our financial plan and the agreed efficiency programme with system "
                     "partners, then we will not meet our statutory duties and investment in services will "
                     "be constrained."),
            "lead": "Chief Finance Officer", "committee": "Finance and Performance Committee",
            "scores": ("Initial 20", "Current 20", "Target 12"), "appetite": "Cautious",
            "controls": ["Standing financial instructions and scheme of delegation",
                         "Monthly financial recovery meetings with care group leadership"],
            "assurance": ["Month 6 finance report; ICB system finance group",
                          "External audit value for money opinion 2024/25"],
            "gaps": [
                ("Recurrent cost improvement schemes identified are below the 2025/26 efficiency "
                 "requirement.", [
                    ("3.1", "Close the CIP gap through the Productivity and Efficiency Programme, with "
                            "quality impact assessments signed off by the Chief Nurse and Medical Director.",
                     "Chief Finance Officer", "Ongoing", "A", "A",
                     "£14.2m of £18.5m identified; £3.1m still rated high risk."),
                    ("3.2", "Reduce inappropriate out of area placements for adult acute beds to zero.",
                     "Director of Operations (Mental Health and Learning Disabilities)", "March 2026", "R", "R",
                     "Average of 9 placements a day in Q2; bed management review commissioned."),
                ]),
                ("Lead provider arrangements with Staffordshire and Stoke-on-Trent ICB are not yet reflected "
                 "in a signed contract.", [
                    ("3.3", "Agree and sign the lead provider contract variation for community services "
                            "with the ICB.",
                     "Director of Strategy and Partnerships", dt.datetime(2025, 11, 30), "G", "G",
                     "Heads of terms agreed; variation to ICB Board on 20 November 2025."),
                ]),
            ],
        },
    ]
    for sh in sheets:
        ws = wb.create_sheet(sh["tab"])
        ws.merge_cells("A1:H1")
        ws["A1"] = sh["heading"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        ws["A1"].fill = fill("FF1F4E79")
        kv = [("Strategic risk:", sh["risk"]), ("Executive lead:", sh["lead"]),
              ("Lead committee:", sh["committee"])]
        r = 2
        for k, v in kv:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 2, v).alignment = WRAP
            r += 1
        ws.cell(r, 1, "Risk score:").font = Font(bold=True)
        for i, s in enumerate(sh["scores"], 2):
            ws.cell(r, i, s)
        r += 1
        ws.cell(r, 1, "Risk appetite:").font = Font(bold=True)
        ws.cell(r, 2, sh["appetite"])
        r += 2
        ws.cell(r, 1, "Key controls").font = Font(bold=True)
        for ctl in sh["controls"]:
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, "• " + ctl)
        r += 2
        ws.cell(r, 1, "Sources of assurance").font = Font(bold=True)
        for a in sh["assurance"]:
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, "• " + a)
        r += 2
        ws.cell(r, 1, "Actions to address gaps in control and assurance").font = Font(bold=True, size=12)
        r += 1
        hdr = ["Gap in control / assurance", "Ref", "Action", "Action lead", "Due date", "Q1 RAG",
               "Q2 RAG", "Q2 update"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill(HEAD)
            c.border = BOX
            c.alignment = WRAP
        for gap, acts in sh["gaps"]:
            start = r + 1
            for ref, text, lead, due, q1, q2, upd in acts:
                r += 1
                ws.cell(r, 2, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                c = ws.cell(r, 5, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "DD/MM/YYYY"
                c = ws.cell(r, 6, q1)
                c.fill = fill(rag_fill[q1])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c = ws.cell(r, 7, q2)
                c.fill = fill(rag_fill[q2])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 8, upd)
                for col in range(1, 9):
                    ws.cell(r, col).border = BOX
                    if col not in (6, 7):
                        ws.cell(r, col).alignment = WRAP
            ws.cell(start, 1, gap).alignment = WRAP
            if r > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        for col, w in zip("ABCDEFGH", [38, 6, 55, 30, 13, 8, 8, 50]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    leads = {
        "1.1": ["Deputy Chief Nurse"],
        "1.2": ["Associate Director of Nursing (MH & LD)"],
        "1.3": ["Chief Operating Officer", "Chief Digital Information Officer"],
        "1.4": ["Medical Director"],
        "2.1": ["Chief People Officer"],
        "2.2": ["Head of Education and Professional Development"],
        "2.3": ["Deputy Chief People Officer"],
        "3.1": ["Chief Finance Officer"],
        "3.2": ["Director of Operations (Mental Health and Learning Disabilities)"],
        "3.3": ["Director of Strategy and Partnerships"],
    }
    ends = {"1.1": ("2025-09", None), "1.2": (None, "Monthly"), "1.3": ("2025-12", None),
            "1.4": ("2026-03", None), "2.1": ("2026-03", None), "2.2": ("2026-01", None),
            "2.3": ("2025-10", None), "3.1": (None, "Ongoing"), "3.2": ("2026-03", None),
            "3.3": ("2025-11", None)}
    actions = []
    for sh in sheets:
        for gap, acts in sh["gaps"]:
            for ref, text, lead, due, q1, q2, upd in acts:
                e, et = ends[ref]
                actions.append(act(ref, [sh["heading"], gap], text, leads[ref], e, status[q2], et))
    exp = {
        "source": (
            "Imitates an NHS mental health and community trust Board Assurance Framework as presented to a "
            "public board (quarterly BAF paper), set at Midlands Partnership University NHS Foundation "
            "Trust. Layout follows published trust BAFs (e.g. the 'Board Assurance Framework full version' "
            "of a MH & LD trust, https://fdocuments.net/document/board-assurance-framework-full-version-march-2021-.html, "
            "and GGI guidance https://www.good-governance.org.uk/publications/insights/how-to-develop-a-board-assurance-framework): "
            "a summary sheet of strategic risks with scores and movement arrows, then one sheet per BAF "
            "risk with a key/value header (risk, executive lead, committee, scores, appetite), bulleted key "
            "controls and sources of assurance, and an 'Actions to address gaps' table where the gap text "
            "is merged down over its actions, with Q1 and Q2 RAG letter cells (filled) and a Q2 update."),
        "reads": (
            "A BAF workbook: the Summary tab lists three strategic risks and gives the RAG key; each BAF tab "
            "describes the risk, its controls and assurances (not actions) and then ten numbered actions "
            "1.1-3.3 grouped under the gap in control or assurance they address. Status is the Q2 RAG "
            "(current), not Q1; due dates include a month name, a quarter (Q4 2025/26 = March 2026), date "
            "cells, and 'Monthly'/'Ongoing'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. Treetops Hospice quality account priorities tracker (xlsx) – REFUSE
# ---------------------------------------------------------------------------
def make_treetops():
    name = "zdf-treetops-hospice-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "QA priorities 25-26"
    title = "Treetops Hospice – Quality Account 2025/26: Priorities for Improvement tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FF2E7D32")
    ws["A2"] = ("Reported to: Clinical Governance Committee, 9 December 2025 | Prepared by: Head of "
                "Quality & Governance")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colr) in enumerate([("Not on track", RED), ("Some slippage", AMBER),
                                       ("On track", GREEN), ("Completed", BLUE)], 2):
        c = ws.cell(3, col, txt)
        c.fill = fill(colr)
        c.border = BOX
    hdr = ["No.", "Action", "Lead", "Due by", "RAG", "Q1 update (Apr–Jun)", "Q2 update (Jul–Sep)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill(HEAD)
        c.border = BOX
    rows = [
        ("P", "Priority 1 – Patient safety: reduce harm from falls on the Inpatient Unit"),
        ("1a", "Introduce the Hospice UK falls prevention bundle, including a falls risk assessment on "
               "admission and at each change in condition.", "Inpatient Unit Manager", "Sept 2025", BLUE,
         "Bundle adapted for hospice use; training started.", "Live on all 12 beds from 1 September."),
        ("1b", "Install bed and chair sensor alarms in all single rooms and agree their use with patients "
               "and families.", "Director of Clinical Services", "Dec 2025", GREEN,
         "Business case approved by SLT.", "Equipment ordered; installation booked for November."),
        ("1c", "Complete a post-falls debrief (within 24 hours) for every fall, with themes reported "
               "to the Patient Safety Group.", "Clinical Nurse Educator", "Janaury 2026", AMBER,
         "Debrief template drafted.", "Debrief completed for 7 of 11 falls in Q2."),
        ("P", "Priority 2 – Clinical effectiveness: advance care planning in the community"),
        ("2a", "Offer an advance care planning conversation to every patient on the community caseload "
               "within four weeks of referral, recorded on SystmOne.", "Community Services Lead",
         "March 2026", GREEN, "Baseline audit: 46%.", "Q2 audit: 63%."),
        ("2b", "Share ReSPECT forms electronically with GP practices and East Midlands Ambulance Service "
               "through the shared care record.", "Head of Clinical Systems", "31/01/2026", GREEN,
         "Data sharing agreement signed.", "Testing with two GP practices."),
        ("2c", "Deliver advance care planning training for care home staff in Amber Valley and Erewash.",
         "Education Lead / Care Home Liaison Nurse", "Q4 2025/26", AMBER,
         "Programme designed.", "Two of six sessions delivered; low uptake in Erewash."),
        ("P", "Priority 3 – Patient and family experience: support for carers after bereavement"),
        ("3a", "Launch a bereavement follow-up call for carers at 6–8 weeks for every death under hospice "
               "care.", "Family Support Team Leader", "Oct 2025", BLUE,
         "Call script agreed with volunteers.", "Started 1 August; 88% of carers contacted."),
        ("3b", "Collect carer feedback using the FAMCARE-2 survey and report results each quarter.",
         "Head of Quality & Governance", "Quarterly", GREEN,
         "Survey licence obtained.", "First results reported to October committee."),
    ]
    r = 6
    typo_row = None
    for row in rows:
        if row[0] == "P":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill(SECTION)
            r += 1
            continue
        no, text, lead, due, colr, q1, q2 = row
        if due == "Janaury 2026":
            typo_row = r
        for i, v in enumerate([no, text, lead, due, None, q1, q2], 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 5).fill = fill(colr)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary: 8 actions – 2 completed, 4 on track, 2 some slippage, 0 not on track.")
    ws.cell(r + 1, 1, "Progress against the 2025/26 priorities will be reported in full in the Quality "
                      "Account 2025/26 (Part 2).")
    for col, w in zip("ABCDEFG", [6, 60, 30, 14, 8, 36, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 9, typo_row

    exp = {
        "source": (
            "Imitates an independent hospice's Quality Account 'priorities for improvement' tracker (the "
            "three-domain priorities - patient safety, clinical effectiveness, patient experience - that "
            "hospices set in Part 2 of their Quality Account, cf. St Clare Hospice Quality Account "
            "https://issuu.com/stclarehospice/docs/st_clare_hospice_quality_account_20), set at Treetops "
            "Hospice (Derbyshire) for 2025/26 as reported to a clinical governance committee. Copied "
            "features: title and 'reported to' line, a coloured RAG key, merged priority rows over "
            "lettered actions (1a, 1b ...), due dates as text in mixed forms (Sept 2025, Q4 2025/26, "
            "31/01/2026, Quarterly), RAG shown only by cell fill, Q1 and Q2 update columns and a summary line."),
        "reads": (
            "A one-sheet tracker of eight actions under three Quality Account priorities. A careful reader "
            "stops at action 1c (sheet row 9), whose due date reads 'Janaury 2026' - a mistyped month - and "
            "would ask the hospice to confirm it before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": title,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, hex6=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if hex6:
        shade(cell, hex6)


def set_cell(cell, text):
    """Text with inner line breaks as separate paragraphs within the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


# ---------------------------------------------------------------------------
# 4. Llys Meddyg Surgery HIW improvement plan (docx)
# ---------------------------------------------------------------------------
def make_llys():
    name = "zdf-llys-meddyg-surgery-conwy-hiw-gp-inspection-improvement-plan.docx"
    doc = Document()
    title = "Llys Meddyg Surgery, Betsi Cadwaladr University Health Board – Improvement plan"
    doc.add_heading(title, level=1)
    doc.add_paragraph("General Practice Inspection (Announced) – Healthcare Inspectorate Wales")
    doc.add_paragraph("Inspection date: 17 September 2024")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to the impact and/or risk of the concerns to patients and/or staff, "
                      "they were fully resolved before the end of the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        bold_cell(t.cell(0, i), h, "D9E2F3")
    for i, v in enumerate(["Two ampoules of adrenaline in the emergency drugs trolley were past their "
                           "expiry date.",
                           "Patients could receive ineffective treatment in an emergency.",
                           "Raised with the practice manager on the day of inspection.",
                           "The out-of-date medicines were replaced before the end of the inspection."]):
        t.cell(1, i).text = v

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Llys Meddyg Surgery")
    doc.add_paragraph("Date of inspection: 17 September 2024")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Llys Meddyg Surgery")
    doc.add_paragraph("Date of inspection: 17 September 2024")
    doc.add_paragraph("The table below includes any other issues of concern identified during the "
                      "inspection where we require the service to complete an improvement plan telling us "
                      "about the actions they are taking to address these areas.")

    th1 = "Quality of the patient experience"
    th2 = "Delivery of safe and effective care"
    th3 = "Quality of management and leadership"
    rows = [
        ("T", th1),
        ("The practice must ensure that information displayed in the waiting area, including the "
         "complaints procedure, is available bilingually in Welsh and English.",
         "Health and Care Quality Standards 2023 – Person-centred; Welsh Language (Wales) Measure 2011",
         "All patient notices in the waiting area have been reviewed. Bilingual versions of the Putting "
         "Things Right poster and the practice leaflet have been ordered from the health board.",
         "Practice Manager", "31 October 2024"),
        ("The practice should make a hearing loop available at reception and advertise it.",
         "Health and Care Quality Standards 2023 – Equitable",
         "A portable hearing loop has been purchased.\nA sign will be displayed at reception and the "
         "practice website updated.",
         "Reception Supervisor", "November 2024"),
        ("T", th2),
        ("The practice must ensure that all clinical staff complete safeguarding training at the level "
         "appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe; Workforce",
         "Training matrix updated. Outstanding Level 3 safeguarding training booked for two GPs and the "
         "advanced nurse practitioner.",
         "Dr Rhian Pritchard (Safeguarding Lead)", "31/12/2024"),
        ("The practice must ensure that weekly checks of emergency equipment and drugs are recorded and "
         "that expiry dates are monitored.",
         "Health and Care Quality Standards 2023 – Safe; Effective",
         "A weekly checklist signed by the duty nurse is now in place, with expiry dates kept on a "
         "spreadsheet that flags items due to expire within 30 days.",
         "Lead Practice Nurse / Practice Manager", "Immediate and ongoing"),
        ("The practice should ensure that the infection prevention and control audit is repeated annually "
         "and that resulting actions are tracked.",
         "Health and Care Quality Standards 2023 – Safe; Learning, improvement and research",
         "IPC audit to be completed using the health board primary care audit tool, with the action log "
         "reviewed at the monthly practice meeting.",
         "Lead Practice Nurse", "January 2025"),
        ("T", th3),
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule agreed; the eight outstanding appraisals for non-clinical staff will be "
         "completed by the practice manager and reception supervisor.",
         "Practice Manager", "28/02/2025"),
        ("The practice should record minutes of practice meetings and share them with staff who are unable "
         "to attend.",
         "Health and Care Quality Standards 2023 – Leadership; Information",
         "Standard agenda and minutes template introduced; minutes are saved to the shared drive and "
         "emailed to all staff.",
         "Practice Manager", "October 2024"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        bold_cell(t.rows[0].cells[i], h, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "T":
            m = cells[0].merge(cells[4])
            bold_cell(m, row[1], "F2F2F2")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    doc.add_paragraph("Service representative")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Sian Hughes"), ("Job role:", "Practice Manager"),
                                ("Date:", "24 October 2024")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.save(os.path.join(HERE, name))

    acts = [r for r in rows if r[0] != "T"]
    theme_of = [th1, th1, th2, th2, th2, th3, th3]
    leads = [["Practice Manager"], ["Reception Supervisor"], ["Dr Rhian Pritchard (Safeguarding Lead)"],
             ["Lead Practice Nurse", "Practice Manager"], ["Lead Practice Nurse"], ["Practice Manager"],
             ["Practice Manager"]]
    ends = [("2024-10", None), ("2024-11", None), ("2024-12", None), (None, "Immediate and ongoing"),
            ("2025-01", None), ("2025-02", None), ("2024-10", None)]
    actions = [act(None, [theme_of[i], a[0]], a[2], leads[i], ends[i][0], "unrated", ends[i][1])
               for i, a in enumerate(acts)]
    exp = {
        "source": (
            "Imitates the improvement plan appendices of a Healthcare Inspectorate Wales (HIW) announced "
            "general practice inspection report (cf. HIW GP inspection of Beechley Medical Centre, Betsi "
            "Cadwaladr UHB, https://fdocuments.net/document/general-practice-inspection-announced-patient-centred-we-place-patients.html), "
            "set at Llys Meddyg Surgery, Conwy, for a September 2024 inspection. Copied features: Appendix A "
            "'summary of concerns resolved during the inspection' table, Appendix B immediate improvement "
            "plan with no issues, Appendix C improvement plan table (Improvement needed | Standard / "
            "Regulation | Service action | Responsible officer | Timescale) with merged HIW theme rows, a "
            "two-paragraph service action cell, and the 'Service representative' sign-off table."),
        "reads": (
            "An HIW improvement plan for a GP practice. Only the Appendix C table is the plan: seven service "
            "actions, each answering the improvement needed beside it, grouped under HIW's three themes; "
            "the resolved-concerns table and the sign-off table are not actions. There are no refs and no "
            "status column, so every action is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Ayr Clinic HIS improvement action plan (docx, one table per requirement)
# ---------------------------------------------------------------------------
def make_ayr():
    name = "zdf-ayr-clinic-his-independent-hospital-inspection-improvement-action-plan.docx"
    doc = Document()
    title = "Improvement Action Plan"
    h = doc.add_heading(title, level=1)
    for line in ["Service: Ayr Clinic, Ayr", "Service provider: Elysium Healthcare Limited",
                 "Date of inspection: 4 and 5 February 2025", "Date action plan submitted: 2 April 2025"]:
        doc.add_paragraph(line)
    doc.add_paragraph("This improvement action plan responds to the requirements and recommendations in "
                      "the unannounced inspection report published by Healthcare Improvement Scotland on "
                      "18 March 2025. Please ensure every action has an expected completion date and a "
                      "named responsible person.")

    REG = ("The Healthcare Improvement Scotland (Requirements as to Independent Health Care Services) "
           "Regulations 2011")
    d2 = "Domain 2 – Leadership and culture"
    d5 = "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"
    d7 = "Domain 7 – Quality improvement"
    recA = ("The service should develop a staff wellbeing plan that responds to the findings of the 2024 "
            "staff survey.")
    req1 = ("The provider must ensure that every patient detained under the Mental Health (Care and "
            "Treatment) (Scotland) Act 2003 has a completed and up-to-date care plan that reflects their "
            "legal status and any specified person restrictions.")
    req2 = ("The provider must ensure that medicines are stored at the correct temperature, that fridge "
            "temperatures are recorded daily, and that action is taken when readings are outside the safe "
            "range.")
    recB = ("The service should ensure that patients' views are recorded in their multidisciplinary team "
            "review notes.")
    req3 = ("The provider must ensure that its quality assurance system includes a programme of regular "
            "audits, with action plans, covering infection prevention and control, restrictive practice "
            "and record keeping.")
    blocks = [
        (d2, [
            ("Recommendation a", recA, None, None, [
                ("A staff wellbeing group has been re-established, with representation from each ward and "
                 "the multidisciplinary team. A wellbeing plan has been drafted and shared with staff for "
                 "comment.", "30 June 2025", "Hospital Director"),
            ]),
        ]),
        (d5, [
            ("Requirement 1", req1, "Timescale – by 31 May 2025", "Regulation 4(1)", [
                ("Care plan audit of all detained patients completed by the Mental Health Act "
                 "Administrator; missing specified person documentation added to the records of four "
                 "patients.", "14 March 2025", "Mental Health Act Administrator"),
                ("Monthly care plan audit added to the clinical audit programme, with results reported to "
                 "the Clinical Governance Committee.", "31 May 2025", "Clinical Nurse Manager"),
            ]),
            ("Requirement 2", req2, "Timescale – immediate", "Regulation 3(d)(i)", [
                ("Replacement medicines fridge with an integrated data logger installed in the ward "
                 "clinic room.", "28/02/2025", "Hospital Director"),
                ("Pharmacy-led training on the cold chain procedure for all registered nurses, with "
                 "monthly spot checks by the pharmacy technician.", "30/04/2025",
                 "Lead Pharmacist / Clinical Nurse Manager"),
            ]),
            ("Recommendation b", recB, None, None, [
                ("MDT review template updated to include a 'What matters to me' section, completed with "
                 "the patient before each review.", "June 2025",
                 "Consultant Psychiatrist (Responsible Medical Officer)"),
            ]),
        ]),
        (d7, [
            ("Requirement 3", req3, "Timescale – by 30 June 2025", "Regulation 13(2)(a)", [
                ("Annual audit programme for 2025/26 agreed, aligned to the provider's national audit "
                 "calendar and the Healthcare Improvement Scotland Quality Assurance Framework.",
                 "30 April 2025", "Quality and Compliance Lead"),
                ("Restraint, seclusion and rapid tranquillisation data reviewed monthly at the Reducing "
                 "Restrictive Practice group, with actions tracked to completion.", "Monthly",
                 "Reducing Restrictive Practice Lead"),
            ]),
        ]),
    ]
    for domain, items in blocks:
        doc.add_heading(domain, level=2)
        for label, text, timescale, reg, acts in items:
            t = doc.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            head_lines = [(label, True), (text, False)]
            if timescale:
                head_lines.append((timescale, False))
            if reg:
                head_lines.append((reg + "\n" + REG, False))
            for txt, is_bold in head_lines:
                cells = t.add_row().cells
                m = cells[0].merge(cells[2])
                if is_bold:
                    bold_cell(m, txt, "DEEAF6")
                else:
                    set_cell(m, txt)
            cells = t.add_row().cells
            for i, hh in enumerate(["Action taken", "Expected completion date", "Responsible person"]):
                bold_cell(cells[i], hh, "F2F2F2")
            for a, due, who in acts:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = due
                cells[2].text = who
            doc.add_paragraph("")
    doc.add_paragraph("Name: Fiona McLeod")
    doc.add_paragraph("Designation: Hospital Director")
    doc.add_paragraph("Signature: F McLeod          Date: 2 April 2025")
    doc.save(os.path.join(HERE, name))

    exp_rows = [
        (d2, recA, 0, 0, ["Hospital Director"], "2025-06", None),
        (d5, req1, 0, 0, ["Mental Health Act Administrator"], "2025-03", None),
        (d5, req1, 0, 1, ["Clinical Nurse Manager"], "2025-05", None),
        (d5, req2, 1, 0, ["Hospital Director"], "2025-02", None),
        (d5, req2, 1, 1, ["Lead Pharmacist", "Clinical Nurse Manager"], "2025-04", None),
        (d5, recB, 2, 0, ["Consultant Psychiatrist (Responsible Medical Officer)"], "2025-06", None),
        (d7, req3, 0, 0, ["Quality and Compliance Lead"], "2025-04", None),
        (d7, req3, 0, 1, ["Reducing Restrictive Practice Lead"], None, "Monthly"),
    ]
    dom_items = {d: items for d, items in blocks}
    actions = []
    for dom, req, idx, aidx, lead, end, et in exp_rows:
        item = dom_items[dom][idx]
        assert item[1] == req
        actions.append(act(None, [dom, req], item[4][aidx][0], lead, end, "unrated", et))
    exp = {
        "source": (
            "Imitates a Healthcare Improvement Scotland independent healthcare 'Improvement Action Plan' "
            "returned by a provider after inspection (HIS requirements/recommendations under Quality "
            "Assurance Framework domains, cf. https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/regulation-of-independent-healthcare/information-for-independent-healthcare-service-providers/how-we-inspect-independent-healthcare-services "
            "and https://www.healthcareimprovementscotland.scot/inspections-reviews-and-regulation/inspections-of-nhs-hospitals-and-services/inspection-report-terminology-explained/), "
            "set at Ayr Clinic, an independent mental health hospital, for a February 2025 inspection. "
            "Copied features: service/provider/date lines, domain headings, one Word table per requirement "
            "or recommendation with merged rows for the label, its text, the timescale and the regulation "
            "citation, then 'Action taken | Expected completion date | Responsible person' rows, and the "
            "name/designation/date sign-off at the end."),
        "reads": (
            "A provider's HIS improvement action plan: eight actions across three domains, each table "
            "giving one requirement or recommendation (the label 'Requirement 1' / 'Recommendation a' only "
            "names the kind, so the text below it is the heading) followed by the provider's action rows. "
            "The action rows carry no refs and no status; ends come from each row's expected completion "
            "date, not the requirement's timescale line."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. Guardian Homecare Oldham CQC action plan (csv export)
# ---------------------------------------------------------------------------
def make_guardian():
    name = "zdf-guardian-homecare-oldham-cqc-home-care-inspection-action-plan.csv"
    title = "Guardian Homecare Oldham – CQC action plan, inspection 2 July 2024 (report published 19/08/2024)"
    rows = [
        ("GH-01", "Safe",
         "Reg 12: Medicine administration records were not always completed accurately and gaps were not "
         "identified promptly.",
         "Move all clients who receive medicines support to the eMAR module so that missed or late doses "
         "alert the office in real time.",
         "Registered Manager", "30/09/2024", "27/09/2024", "Blue",
         "All 64 medicines clients live on eMAR."),
        ("GH-02", "Safe",
         "Reg 12: Medicine administration records were not always completed accurately and gaps were not "
         "identified promptly.",
         "Carry out medicines competency observations for all care workers, starting with staff who had "
         "recording errors.",
         "Field Care Supervisor; Training Coordinator", "31/10/2024", "", "Amber",
         "78% observed; remaining staff booked for January."),
        ("GH-03", "Safe",
         "Reg 12: Risk assessments for people living with diabetes or using a catheter did not give staff "
         "enough guidance.",
         "Review and rewrite condition-specific risk assessments (diabetes, catheter care, epilepsy) using "
         "the new template, with input from the district nursing team.",
         "Care Coordinator", "30/11/2024", "", "Red",
         "12 of 27 reviewed; slipped due to staff sickness. Escalated to Nominated Individual."),
        ("GH-04", "Effective",
         "Reg 11: Mental capacity assessments were not always decision-specific.",
         "Deliver Mental Capacity Act training to office staff and senior carers, and re-audit all mental "
         "capacity assessments completed since April 2024.",
         "Registered Manager / Quality Lead", "31/12/2024", "", "Green",
         "Training delivered 10/12/2024; audit in progress."),
        ("GH-05", "Responsive",
         "Reg 9: Care plans did not consistently record people's preferences about the gender of care "
         "workers and call times.",
         "Add a preferences section to the care plan template and review it at every 6-monthly care "
         "review.\nRecord preferences in the rostering system so they are applied automatically.",
         "Care Coordinator", "31/01/2025", "", "Green",
         "Template updated; rostering field added 08/01/2025."),
        ("GH-06", "Well-led",
         "Reg 17: Audits had not identified the shortfalls found at inspection.",
         "Introduce a monthly quality audit schedule (care plans, eMAR, daily notes, call monitoring) with "
         "findings reviewed at the monthly governance meeting.",
         "Nominated Individual", "31/10/2024", "04/11/2024", "Blue",
         "Schedule in place; October and November audits completed."),
        ("GH-07", "Well-led",
         "Reg 17: Call monitoring data showed late calls were not analysed for trends.",
         "Produce a weekly late and missed calls report from electronic call monitoring and review it with "
         "the coordinators.",
         "Operations Manager", "Weekly", "", "Green",
         "Report produced every Monday since 21/10/2024."),
        ("GH-08", "Well-led",
         "Reg 18: Not all staff had received supervision in line with the provider's policy.",
         "Complete overdue supervisions and set up a supervision tracker with automated reminders.",
         "Field Care Supervisor", "28/02/2025", "", "",
         "Not started - tracker to be built after the care planning system upgrade."),
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Exported from quality management system 15/01/2025 10:42 - filter: Source = CQC inspection July 2024"])
        w.writerow([])
        w.writerow(["Action ID", "Key question", "CQC finding", "Action", "Assigned to", "Due date",
                    "Date completed", "RAG", "Latest note"])
        for row in rows:
            w.writerow(row)
    status = {"Blue": "blue", "Amber": "amber", "Red": "red", "Green": "green", "": "unrated"}
    leads = {"GH-02": ["Field Care Supervisor", "Training Coordinator"],
             "GH-04": ["Registered Manager", "Quality Lead"]}
    ends = {"GH-01": "2024-09", "GH-02": "2024-10", "GH-03": "2024-11", "GH-04": "2024-12",
            "GH-05": "2025-01", "GH-06": "2024-10", "GH-07": None, "GH-08": "2025-02"}
    actions = []
    for row in rows:
        ref = row[0]
        actions.append(act(ref, [row[1], row[2]], row[3], leads.get(ref, [row[4]]), ends[ref],
                           status[row[7]], "Weekly" if ref == "GH-07" else None))
    exp = {
        "source": (
            "Imitates a domiciliary care provider's CQC post-inspection action plan exported as CSV from its "
            "quality management system (CQC key questions Safe/Effective/Responsive/Well-led, findings "
            "prefixed by the regulation breached - Reg 9, 11, 12, 17, 18 of the Health and Social Care Act "
            "2008 (Regulated Activities) Regulations 2014), set at Guardian Homecare's Oldham branch after a "
            "July 2024 inspection. Copied features: a title line and an export-stamp line above the header, "
            "an action ID per row, the key question and finding repeated on every row, a multi-line quoted "
            "action cell, due and completed date columns, a RAG word column (one blank) and a notes column."),
        "reads": (
            "A flat export of eight actions GH-01 to GH-08. Each row reads under its CQC key question and "
            "the inspection finding it answers; leads are posts (two rows name two posts, split by ';' and "
            "'/'); the end is the due date (not the completion date), 'Weekly' has no end month, and the "
            "RAG column gives the status (blank = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Tullyhenan Nursing Home RQIA QIP tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_tullyhenan():
    name = "zdf-tullyhenan-nursing-home-banbridge-rqia-care-inspection-qip-tracker.txt"
    title = "Tullyhenan Nursing Home, Banbridge – RQIA Quality Improvement Plan progress tracker"
    secR = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    secS = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    a1 = ("The registered person shall ensure that the infection prevention and control issues identified "
          "during the inspection are addressed, including the storage of equipment in bathrooms.")
    a2 = ("The registered person shall ensure that patients at risk of pressure damage have repositioning "
          "recorded in accordance with their care plan.")
    a3 = ("The registered person shall ensure that RQIA is notified of each event in the home that "
          "adversely affects the wellbeing or safety of any patient.")
    a4 = ("The registered person shall ensure that the menu is displayed in a suitable format and that "
          "patients on modified diets are offered a choice at each meal.")
    a5 = ("The registered person shall ensure that care records are reviewed and updated following any "
          "change in the patient's needs, including after a fall.")
    a6 = ("The registered person shall ensure that all staff complete mandatory training, including "
          "dysphagia awareness, within the required timescales.")
    rows = [
        ("S", secR),
        ("1", "Regulation 13 (7)", "Second time", a1,
         "Bathroom storage cleared and wall-mounted storage fitted on both floors; IPC walk-round by the "
         "Home Manager twice weekly.", "Home Manager", "Immediate and ongoing", "G"),
        ("2.1", "Regulation 12 (1) (a) and (b)", "First time", a2,
         "All repositioning charts moved to the electronic care record, with alerts for overdue "
         "repositioning.", "Deputy Manager", "30/06/2025", "B"),
        ("2.2", "", "", "",
         "Monthly audit of 10 repositioning records by the nurse in charge on each unit, with findings "
         "discussed at staff meetings.", "Nurse in charge (each unit)", "Monthly", "G"),
        ("3", "Regulation 30", "First time", a3,
         "Notifications guidance re-issued to all nurses. The Registered Manager checks the accident and "
         "incident log each week against notifications submitted on the RQIA portal.",
         "Registered Manager", "31 July 2025", "B"),
        ("S", secS),
        ("4", "Standard 12", "First time", a4,
         "Pictorial menu boards installed in both dining rooms. Kitchen to prepare two modified-texture "
         "options for each meal, agreed with the speech and language therapist.",
         "Catering Manager / Deputy Manager", "August 2025", "A"),
        ("5.1", "Standard 4.9", "First time", a5,
         "Post-fall care plan review added to the post-falls checklist and signed off by the nurse in "
         "charge.", "Deputy Manager", "31/07/2025", "B"),
        ("5.2", "", "", "",
         "Care record training for all registered nurses, delivered by the Clinical Lead from the "
         "provider's quality team.", "Clinical Lead", "September 2025", "A"),
        ("6", "Standard 39", "Second time", a6,
         "Training matrix reviewed; staff with outstanding dysphagia training booked on sessions in "
         "September and October 2025.", "Administrator; Home Manager", "31 October 2025", "R"),
    ]
    lines = [
        title,
        "Inspection: unannounced care inspection, 20 May 2025 (Inspection ID: IN046215)",
        "Tracker updated: 01/09/2025 (Registered Manager)",
        "",
        "\t".join(["Ref", "Regulation / Standard", "Stated", "Area for improvement",
                   "Action taken / planned", "Responsible", "To be completed by", "RAG"]),
    ]
    for row in rows:
        if row[0] == "S":
            lines.append(row[1])
        else:
            lines.append("\t".join(row))
    lines += [
        "",
        "RAG key: R = not started or overdue   A = in progress   G = on track / embedded   B = completed and evidenced",
        "Signed: Registered Manager ..........................   Date: 01/09/2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    area_of = {"1": a1, "2.1": a2, "2.2": a2, "3": a3, "4": a4, "5.1": a5, "5.2": a5, "6": a6}
    sec_of = {"1": secR, "2.1": secR, "2.2": secR, "3": secR, "4": secS, "5.1": secS, "5.2": secS,
              "6": secS}
    leads = {"4": ["Catering Manager", "Deputy Manager"], "6": ["Administrator", "Home Manager"]}
    ends = {"1": (None, "Immediate and ongoing"), "2.1": ("2025-06", None), "2.2": (None, "Monthly"),
            "3": ("2025-07", None), "4": ("2025-08", None), "5.1": ("2025-07", None),
            "5.2": ("2025-09", None), "6": ("2025-10", None)}
    actions = []
    for row in rows:
        if row[0] == "S":
            continue
        ref = row[0]
        e, et = ends[ref]
        actions.append(act(ref, [sec_of[ref], area_of[ref]], row[4], leads.get(ref, [row[5]]), e,
                           status[row[7]], et))
    exp = {
        "source": (
            "Imitates a Northern Ireland nursing home's tracker of its RQIA care inspection Quality "
            "Improvement Plan, kept as a tab-separated text export. RQIA QIPs split areas for improvement "
            "into 'Action required to ensure compliance with The Nursing Homes Regulations (Northern "
            "Ireland) 2005' and '... with the Care Standards for Nursing Homes', each with its regulation or "
            "standard reference and 'Stated: First/Second time'; set at Tullyhenan Nursing Home, Banbridge, "
            "after a May 2025 inspection. Copied features: title/inspection/updated lines, a tabbed header, "
            "the two RQIA section lines as full-width headings, continuation rows (2.2, 5.2) whose "
            "regulation and area cells are blank, RAG letters with a key line and a sign-off line at the end."),
        "reads": (
            "A QIP tracker with eight actions under six areas for improvement, grouped in the two RQIA "
            "sections. Rows 2.2 and 5.2 continue the area above them. Ends mix dates, month names and "
            "'Immediate and ongoing'/'Monthly' (no end month); status is the RAG letter per the key at the "
            "bottom (B = completed)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    make_bhrut()
    make_mpft()
    make_treetops()
    make_llys()
    make_ayr()
    make_guardian()
    make_tullyhenan()
    print("built 7 zdf cases in", HERE)
