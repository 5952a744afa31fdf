#!/usr/bin/env python3
"""Build the seven zfb- blind cases (set heldout811) and their expected readings.

Run with /work/main/.venv/bin/python from any directory; writes next to this script.
Only files whose names start with "zfb-" are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "FF0070C0"
GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
LIGHT = "FFDDEBF7"
NAVY = "FF1F3864"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=c)


def D(y, m, d):
    return dt.datetime(y, m, d)


def path(name):
    assert name.startswith("zfb-") or name.startswith("zfb_")
    return os.path.join(HERE, name)


class _Lit(str):
    pass


def _lit_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(_Lit, _lit_rep)


def write_expected(fname, exp):
    out = {}
    for k in ("source", "reads"):
        out[k] = _Lit(" ".join(exp[k].split()))
    out["outcome"] = exp["outcome"]
    out["accept_refusal"] = exp.get("accept_refusal", False)
    if "refuse_at" in exp:
        out["refuse_at"] = exp["refuse_at"]
    if "title" in exp:
        out["title"] = exp["title"]
    if exp["outcome"] == "read":
        acts = []
        for a in exp["actions"]:
            row = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                   "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                row["end_text"] = a["end_text"]
            row["status"] = a["status"]
            acts.append(row)
        out["actions"] = acts
    with open(path(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Liverpool Heart and Chest Hospital NHSFT - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_lhch():
    fname = "zfb-liverpool-heart-and-chest-hospital-nhsft-board-assurance-framework-2025-26.xlsx"
    title = "Liverpool Heart and Chest Hospital NHS Foundation Trust – Board Assurance Framework 2025/26"
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    rag_status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", None: "unrated"}

    bafs = [
        {
            "sheet": "BAF 1",
            "title": "BAF 1: Inability to deliver consistently safe, high-quality care to patients",
            "objective": "Deliver safe and effective care",
            "exec": "Chief Nurse",
            "committee": "Quality Committee",
            "scores": ("Inherent 20 (4 x 5)", "Current 12 (3 x 4)", "Target 8 (2 x 4)"),
            "controls": "Patient Safety Incident Response Plan; NEWS2 escalation policy; Nursing and "
                        "midwifery safe staffing reviews (twice yearly); Ward accreditation programme; "
                        "Clinical audit programme 2025/26.",
            "assurance": "Quality Committee monthly integrated quality report; MIAA internal audit of "
                         "PSIRF implementation (substantial assurance, June 2025); CQC inspection 2024 "
                         "(Outstanding overall); Patient Safety Group minutes.",
            "gaps": [
                ("C", "Sepsis screening compliance in the Cardiac Intensive Care Unit is below the 90% target", [
                    ("1.1", "Roll out the electronic sepsis screening tool in Lorenzo to CICU and the Cardiac "
                            "High Dependency Unit, with weekly compliance reports to ward managers.",
                     "Deputy Chief Nurse", ["Deputy Chief Nurse"], D(2025, 9, 30), D(2025, 12, 31),
                     "Amber", "Blue",
                     "Tool live on CICU from 17 November and CHDU from 1 December. November compliance 93%.",
                     "2025-12", None),
                    ("1.2", "Complete a deep-dive audit of sepsis escalation on CICU and report the findings "
                            "to the Patient Safety Group.",
                     "Associate Medical Director for Patient Safety",
                     ["Associate Medical Director for Patient Safety"], D(2026, 1, 31), None,
                     "Green", "Green",
                     "Audit sample of 40 cases agreed; data collection under way.",
                     "2026-01", None),
                ]),
                ("A", "Limited triangulation of learning from PSIIs, complaints and inquests at Quality Committee", [
                    ("1.3", "Introduce a quarterly Learning from Experience report combining PSII, complaints, "
                            "claims and inquest themes.",
                     "Head of Patient Safety / Head of Patient Experience",
                     ["Head of Patient Safety", "Head of Patient Experience"], D(2026, 3, 31), None,
                     "Green", "Amber",
                     "Template drafted. Inquest data feed from the legal team not yet available; first report "
                     "now planned for the March Quality Committee.",
                     "2026-03", None),
                ]),
                ("C", "Consent documentation for elective cardiac surgery does not consistently meet the "
                      "standard required by the 2024 CQC must-do action", [
                    ("1.4", "Re-audit consent documentation for elective cardiac surgery patients and present "
                            "the results to the Surgical Division Governance Board.",
                     "Divisional Medical Director (Surgery)", ["Divisional Medical Director (Surgery)"],
                     D(2025, 10, 31), D(2026, 2, 28), "Red", "Amber",
                     "Re-audit delayed by consultant leave; fieldwork restarted in January.",
                     "2026-02", None),
                ]),
            ],
        },
        {
            "sheet": "BAF 2",
            "title": "BAF 2: Inability to recruit, retain and develop a skilled, healthy and engaged workforce",
            "objective": "Be a great place to work",
            "exec": "Chief People Officer",
            "committee": "People Committee",
            "scores": ("Inherent 16 (4 x 4)", "Current 12 (4 x 3)", "Target 8 (2 x 4)"),
            "controls": "People Plan 2024–27; Workforce planning cycle; Retention programme; Health and "
                        "wellbeing offer; Statutory and mandatory training policy.",
            "assurance": "People Committee workforce dashboard; NHS Staff Survey 2024 results; Guardian of "
                         "Safe Working report; Freedom to Speak Up Guardian report.",
            "gaps": [
                ("C", "Registered nurse vacancy rate in Critical Care is above 10%", [
                    ("2.1", "Run a targeted international recruitment campaign for critical care nurses "
                            "(cohort of 18), with pastoral support through the first 12 months.",
                     "Deputy Chief People Officer", ["Deputy Chief People Officer"], "Q4 2025/26", None,
                     "Green", "Green",
                     "12 of 18 nurses in post; remaining 6 have arrival dates in February.",
                     "2026-03", None),
                ]),
                ("A", "Staff survey action plans are not consistently monitored at divisional level", [
                    ("2.2", "Embed quarterly divisional People Pulse reviews, with outcomes reported to the "
                            "People Committee.",
                     "Head of Organisational Development", ["Head of Organisational Development"],
                     D(2025, 12, 31), None, "Green", "Blue",
                     "First round of reviews completed in all three divisions; reported to People Committee "
                     "in December.",
                     "2025-12", None),
                ]),
                ("C", "Statutory and mandatory training compliance for medical staff is below 95%", [
                    ("2.3", "Provide protected e-learning time in medical job plans and issue monthly "
                            "non-compliance reports to Clinical Directors.",
                     "Medical Director / Chief People Officer", ["Medical Director", "Chief People Officer"],
                     D(2025, 11, 30), D(2026, 3, 31), "Amber", "Red",
                     "Compliance fell to 84% in December. Job plan changes not yet agreed with the LNC.",
                     "2026-03", None),
                ]),
            ],
        },
        {
            "sheet": "BAF 3",
            "title": "BAF 3: Failure to deliver the 2025/26 financial plan and efficiency programme",
            "objective": "Use our resources effectively and sustainably",
            "exec": "Chief Finance Officer",
            "committee": "Finance and Performance Committee",
            "scores": ("Inherent 20 (5 x 4)", "Current 16 (4 x 4)", "Target 12 (3 x 4)"),
            "controls": "Financial plan 2025/26 approved by the Board; Productivity and Efficiency Group; "
                        "Monthly divisional finance reviews; Vacancy control panel.",
            "assurance": "Finance and Performance Committee monthly finance report; Cheshire and Merseyside "
                         "ICB system finance reporting; MIAA key financial controls audit.",
            "gaps": [
                ("C", "£4.1m of the £9.6m cost improvement programme is not yet identified as recurrent schemes", [
                    ("3.1", "Close the unidentified CIP gap through the Productivity and Efficiency Group, "
                            "with all schemes quality-impact assessed before sign-off.",
                     "Deputy Director of Finance", ["Deputy Director of Finance"], D(2025, 10, 31),
                     D(2026, 1, 31), "Amber", "Amber",
                     "Gap reduced to £1.9m; theatre productivity and procurement schemes in QIA.",
                     "2026-01", None),
                    ("3.2", "Agree a cardiology activity recovery trajectory with Cheshire and Merseyside ICB "
                            "to secure elective recovery funding.",
                     "Chief Operating Officer", ["Chief Operating Officer"], D(2026, 3, 31), None,
                     "Green", "Green",
                     "Trajectory agreed in principle; ICB sign-off expected in February.",
                     "2026-03", None),
                ]),
                ("A", "No independent review of agency and bank spend controls since 2023", [
                    ("3.3", "Commission MIAA to review agency and bank spend controls as part of the 2025/26 "
                            "internal audit plan.",
                     "Chief Finance Officer", ["Chief Finance Officer"], "TBC", None,
                     None, None,
                     "Scope to be agreed at the April Audit Committee.",
                     None, "TBC"),
                ]),
            ],
        },
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Quarter 3 position – presented to the Board of Directors, 27 January 2026"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Document owner", "Director of Corporate Affairs"),
          ("Prepared by", "Head of Risk and Compliance"),
          ("Reviewed by", "Audit Committee, 15 January 2026"),
          ("Next review", "Board of Directors, April 2026")]
    for i, (k, v) in enumerate(dc, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2).border = BOX
    ws["A11"] = "Action RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("Blue", "Action complete"), ("Green", "On track to deliver by the due date"),
           ("Amber", "Some slippage – revised date agreed by the executive lead"),
           ("Red", "Off track or revised date missed")]
    for i, (k, v) in enumerate(key, start=12):
        c = ws.cell(i, 1, k)
        c.fill = fill(rag_fill[k])
        c.font = Font(bold=True, color="FFFFFFFF" if k in ("Blue", "Red", "Green") else "FF000000")
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Strategic risk summary – Q3 2025/26"
    sm["A1"].font = Font(bold=True, size=13, color=NAVY)
    hdr = ["BAF ref", "Strategic risk", "Executive lead", "Assuring committee", "Inherent score",
           "Q2 score", "Q3 score", "Target score", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    summ = [("BAF 1", bafs[0]["title"].split(": ", 1)[1], "Chief Nurse", "Quality Committee", 20, 12, 12, 8, "↔"),
            ("BAF 2", bafs[1]["title"].split(": ", 1)[1], "Chief People Officer", "People Committee", 16, 12, 12, 8, "↔"),
            ("BAF 3", bafs[2]["title"].split(": ", 1)[1], "Chief Finance Officer",
             "Finance and Performance Committee", 20, 16, 16, 12, "↔")]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
    sm["A8"] = "Scores are likelihood x consequence (1–5). Full detail of controls, assurances and actions is on each BAF sheet."
    sm["A8"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (9, 60, 22, 26, 10, 10, 10, 10, 8)):
        sm.column_dimensions[col].width = w

    actions = []
    for b in bafs:
        s = wb.create_sheet(b["sheet"])
        s.merge_cells("A1:J1")
        s["A1"] = b["title"]
        s["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        s["A1"].fill = fill(NAVY)
        labels = [("Strategic objective", b["objective"]), ("Executive lead", b["exec"]),
                  ("Assuring committee", b["committee"])]
        r = 2
        for k, v in labels:
            s.cell(r, 1, k).font = Font(bold=True)
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
            s.cell(r, 2, v)
            r += 1
        s.cell(5, 1, "Risk score (L x C)").font = Font(bold=True)
        s.cell(5, 2, b["scores"][0])
        s.cell(5, 4, b["scores"][1])
        s.cell(5, 6, b["scores"][2])
        s.cell(6, 1, "Key controls").font = Font(bold=True)
        s.merge_cells("B6:J6")
        s["B6"] = b["controls"]
        s["B6"].alignment = WRAP
        s.row_dimensions[6].height = 32
        s.cell(7, 1, "Sources of assurance").font = Font(bold=True)
        s.merge_cells("B7:J7")
        s["B7"] = b["assurance"]
        s["B7"].alignment = WRAP
        s.row_dimensions[7].height = 32
        s["A9"] = "Actions to address gaps in control (C) and assurance (A)"
        s["A9"].font = Font(bold=True, color=NAVY)
        hdr = ["Ref", "C / A", "Gap in control or assurance", "Action to address gap", "Action lead",
               "Original due date", "Revised due date", "Q2 RAG", "Q3 RAG", "Progress update (January 2026)"]
        for j, h in enumerate(hdr, start=1):
            c = s.cell(10, j, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        r = 11
        for ca, gap, acts in b["gaps"]:
            top = r
            for (ref, text, lead_cell, lead, orig, rev, q2, q3, prog, end, end_text) in acts:
                s.cell(r, 1, ref)
                s.cell(r, 4, text)
                s.cell(r, 5, lead_cell)
                c = s.cell(r, 6, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = s.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                for col, v in ((8, q2), (9, q3)):
                    c = s.cell(r, col, v)
                    if v:
                        c.fill = fill(rag_fill[v])
                s.cell(r, 10, prog)
                for j in range(1, 11):
                    s.cell(r, j).border = BOX
                    s.cell(r, j).alignment = WRAP
                actions.append({"ref": ref, "under": [b["title"], gap], "action": text, "lead": lead,
                                "end": end, "end_text": end_text, "status": rag_status[q3]})
                r += 1
            s.cell(top, 2, ca)
            s.cell(top, 3, gap)
            for col in (2, 3):
                s.cell(top, col).alignment = WRAP
                s.cell(top, col).border = BOX
            if r - 1 > top:
                s.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                s.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
        r += 1
        s.cell(r, 1, "Notes: Q3 RAG reflects the position at 31 December 2025. Actions closed before Q2 have "
                     "been removed and are recorded in the BAF closed actions log.").font = Font(italic=True)
        for col, w in zip("ABCDEFGHIJ", (7, 7, 34, 48, 26, 13, 13, 9, 9, 44)):
            s.column_dimensions[col].width = w
        s.freeze_panes = "A11"
    wb.save(path(fname))

    write_expected(fname, {
        "source": "Imitates an NHS foundation trust Board Assurance Framework as published in public board "
                  "papers (e.g. The Christie BAF 2021-22, thechristie.cld.bz Public BoD papers 28.04.22; the "
                  "Datix-extracted BAF legend of controls, assurances, gaps in control and gaps in assurance, "
                  "fdocuments.in 'Appendix 2 Board Assurance Framework 2019/20'), for Liverpool Heart and "
                  "Chest Hospital NHSFT at Q3 2025/26. Copied features: a cover sheet with the title, document "
                  "control table and action RAG key; a strategic risk summary sheet (scores, no actions); one "
                  "sheet per strategic risk with a header block (objective, executive lead, committee, "
                  "inherent/current/target score, key controls, sources of assurance) above an actions table; "
                  "gap-in-control/assurance cells merged over two actions; original and revised due dates; "
                  "previous (Q2) and current (Q3) RAG as coloured words; job titles as leads, two posts "
                  "joined by a slash; a quarter ('Q4 2025/26') and 'TBC' as due dates; a notes line.",
        "reads": "A three-risk BAF: each BAF sheet lists numbered actions (1.1-3.3) against a gap in control or "
                 "assurance, ten actions in all. The end is the revised due date where one is given, and the "
                 "status is the Q3 RAG word; action 3.3 has no RAG yet and a due date of TBC. The cover, "
                 "summary, header blocks and notes lines are not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 2. NHS Tayside - HIS Murray Royal Hospital mental health inspection (xlsx)
# ---------------------------------------------------------------------------
def make_tayside():
    fname = "zfb-nhs-tayside-his-murray-royal-hospital-mental-health-inspection-improvement-action-plan.xlsx"
    title = "Healthcare Improvement Scotland – Improvement Action Plan"
    key = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    plan = [
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 1: NHS Tayside must ensure that ligature risk assessments for all ward areas are "
             "reviewed following any change to the environment, and that agreed mitigations are communicated "
             "to all staff, including bank and agency staff.", [
                ("1.1", "Review and update the ligature risk assessments for Moredun, Leven and Rannoch wards, "
                        "including garden areas and en-suite bathrooms.",
                 "December 2024", "Senior Charge Nurses", ["Senior Charge Nurses"],
                 "Completed 16/12/2024. Assessments signed off by the Ligature Risk Group.", "blue",
                 "2024-12", None),
                ("1.2", "Add ligature hotspots and mitigations to the ward safety brief and to the local "
                        "induction checklist for bank and agency staff.",
                 "January 2025", "Lead Nurse, Inpatient Mental Health", ["Lead Nurse, Inpatient Mental Health"],
                 "Induction checklist updated and in use on all three wards.", "blue", "2025-01", None),
            ]),
            ("Requirement 2: NHS Tayside must ensure that medicines are stored securely and that the "
             "temperature of medicine fridges and clinical rooms is monitored and recorded in line with "
             "NHS Tayside policy.", [
                ("2.1", "Install digital temperature monitoring with remote alerts in the clinical rooms on "
                        "all three wards.",
                 "March 2025 (revised to August 2025)", "Estates Manager, Perth and Kinross",
                 ["Estates Manager, Perth and Kinross"],
                 "Sensors installed on Moredun and Leven. Rannoch delayed by the clinical room refurbishment.",
                 "amber", "2025-08", "March 2025 (revised to August 2025)"),
                ("2.2", "Carry out weekly pharmacy spot checks of medicine fridge and controlled drug records "
                        "for three months and report the results to the Medicines Safety Group.",
                 "April 2025", "Lead Pharmacist, Mental Health", ["Lead Pharmacist, Mental Health"],
                 "Twelve weekly checks completed; 98% compliance by April.", "blue", "2025-04", None),
            ]),
        ]),
        ("Domain 4.3 – Workforce management", [
            ("Requirement 3: NHS Tayside must ensure that all staff complete mandatory training in the "
             "prevention and management of violence and aggression (PMVA) and in basic life support.", [
                ("3.1", "Schedule additional PMVA and basic life support sessions at Murray Royal Hospital, "
                        "prioritising staff whose training has lapsed.",
                 "June 2025", "Practice Development Nurse / Senior Charge Nurses",
                 ["Practice Development Nurse", "Senior Charge Nurses"],
                 "PMVA compliance 86% (from 61%); BLS 91%.", "green", "2025-06", None),
                ("3.2", "Report ward-level training compliance monthly to the Mental Health and Learning "
                        "Disability Clinical Governance Group.",
                 "Monthly", "Service Manager, Inpatient Mental Health",
                 ["Service Manager, Inpatient Mental Health"],
                 "Standing item from March 2025.", "green", None, "Monthly"),
            ]),
        ]),
        ("Domain 2 – Leadership and culture", [
            ("Recommendation a: NHS Tayside should continue to develop opportunities for patients to be "
             "involved in planning ward activities and in reviewing the ward environment.", [
                ("a.1", "Establish a monthly patient forum on each ward, supported by an independent advocacy "
                        "worker, with actions displayed on a 'You said, we did' board.",
                 "February 2025", "Senior Charge Nurses", ["Senior Charge Nurses"],
                 "Forums running on all wards since February.", "blue", "2025-02", None),
                ("a.2", "Involve patients in the redesign of the Leven ward day room as part of the "
                        "environmental improvement programme.",
                 "September 2025", "Capital Projects Manager", ["Capital Projects Manager"],
                 "Capital funding for the day room not yet confirmed; design work paused.", "red",
                 "2025-09", None),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement action plan"
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    meta = ["NHS board: NHS Tayside",
            "Hospital: Murray Royal Hospital, Perth (Moredun, Leven and Rannoch wards)",
            "Inspection dates: 8–10 October 2024",
            "Date of report publication: 23 January 2025",
            "Progress position as at: 30 June 2025"]
    for i, m in enumerate(meta, start=2):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
        ws.cell(i, 1, m)
    ws.cell(8, 1, "Status key:").font = Font(bold=True)
    for j, (k, lab) in enumerate((("blue", "Complete"), ("green", "On track"), ("amber", "Some delay"),
                                  ("red", "Significant delay")), start=2):
        c = ws.cell(8, j, lab)
        c.fill = fill(key[k])
        c.font = Font(bold=True, color="FFFFFFFF" if k in ("blue", "red") else "FF000000")
        c.alignment = Alignment(horizontal="center")
    hdr = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress (June 2025)", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(10, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    r = 11
    actions = []
    for dom, reqs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, dom)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for req, acts in reqs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(r, 1, req)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("FFEDE7F6")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, when, lead_cell, lead, prog, st, end, end_text in acts:
                vals = [ref, text, when, lead_cell, prog, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                ws.cell(r, 6).fill = fill(key[st])
                actions.append({"ref": ref, "under": [dom, req], "action": text, "lead": lead,
                                "end": end, "end_text": end_text, "status": st})
                r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, "Progress updates approved by the Mental Health and Learning Disability Clinical Governance "
                  "Group on 8 July 2025. Evidence held on the MHLD governance SharePoint site.").font = Font(italic=True)
    for col, w in zip("ABCDEF", (7, 58, 20, 28, 46, 10)):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "20/02/2025", "Clinical Governance Facilitator", "Draft plan for HIS"),
            ("1.0", "03/03/2025", "Lead Nurse, Inpatient Mental Health", "Submitted to HIS"),
            ("1.1", "30/06/2025", "Clinical Governance Facilitator", "June progress update")]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row, start=1):
            c = vc.cell(i, j, v)
            c.border = BOX
            if i == 1:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", (9, 12, 36, 30)):
        vc.column_dimensions[col].width = w
    wb.save(path(fname))

    write_expected(fname, {
        "source": "Imitates the Healthcare Improvement Scotland improvement action plan that NHS boards return "
                  "after a mental health / safe delivery of care inspection (HIS template: Ref, Action planned, "
                  "Timescale to meet action, Responsibility for taking action; requirements and recommendations "
                  "grouped by Quality Assurance Framework domain), for NHS Tayside's Murray Royal Hospital, "
                  "Perth, with a June 2025 progress column added as boards do for their clinical governance "
                  "groups. Copied features: header block of board/hospital/inspection dates; a colour status "
                  "key; merged full-width domain rows and requirement/recommendation rows above numbered "
                  "actions; status given only by the fill colour of an empty cell; a cell holding an original "
                  "and a revised timescale; 'Monthly' as a timescale; job titles with a comma as leads; a notes "
                  "line; a second version-control sheet.",
        "reads": "Three domains holding three inspectors' requirements and one recommendation, each written as a "
                 "merged row, with eight numbered actions beneath them. Status is read from the coloured Status cell against "
                 "the key at the top (blue complete, green on track, amber some delay, red significant delay). "
                 "Action 2.1's timescale was revised to August 2025.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 3. Brunelcare Saffron Gardens - CQC care home action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_brunelcare():
    fname = "zfb-brunelcare-saffron-gardens-care-home-cqc-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Brunelcare – Saffron Gardens: CQC inspection action plan"
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN}
    sections = [
        ("Safe – Regulation 12: Safe care and treatment", [
            ("1", "Reg 12(2)(g)", "Topical creams were not always recorded on MAR charts and some creams were "
                                  "not dated on opening.",
             "Introduce body-map TMAR charts for all residents prescribed topical medicines and add cream "
             "dating to the weekly medicines audit.",
             "Deputy Manager", D(2024, 12, 31), "TMAR charts in use on both floors since 2 December.", "G"),
            ("2", "Reg 12(2)(a)", "Risk assessments for people at risk of choking had not been updated after "
                                  "SALT reviews.",
             "Review all choking risk assessments against the latest SALT recommendations and link each "
             "assessment to the person's eating and drinking care plan.",
             "Clinical Lead", D(2025, 1, 31), "31 of 38 reviewed.", "A"),
            ("3", "Reg 12(2)(b)", "Staff did not always follow repositioning schedules for people at risk of "
                                  "pressure damage.",
             "Daily check of repositioning charts by the nurse in charge, with gaps raised at the 11am "
             "safety huddle.",
             "Nurse in charge", "Immediate", "In place from 25 November.", "G"),
        ]),
        ("Safe – Regulation 18: Staffing", [
            ("4", "Reg 18(2)(a)", "Not all staff had completed moving and handling and fire safety training.",
             "Book all outstanding staff onto practical moving and handling and fire safety sessions and "
             "track completion on the training matrix.",
             "Home Manager", D(2025, 2, 28), "Sessions booked for January and February.", "A"),
            ("5", "Reg 18(1)", "Night staffing levels on the first floor did not always match the dependency "
                               "tool.",
             "Recalculate staffing using the dependency tool every month and add a twilight shift on the "
             "first floor (6pm to midnight).",
             "Home Manager / Head of Care Services", "31/01/2025", "Twilight shift recruited to.", "G"),
        ]),
        ("Well-led – Regulation 17: Good governance", [
            ("6", "Reg 17(2)(a)", "Audits had not identified the shortfalls in medicines and care records "
                                  "found at the inspection.",
             "Replace the current audit schedule with the Brunelcare quality assurance framework audits and "
             "have a monthly provider quality visit.",
             "Head of Care Services", "Febuary 2025", "Framework launched; first provider visit 16 January.",
             "A"),
            ("7", "Reg 17(2)(e)", "Feedback from relatives had not been gathered since 2023.",
             "Send a relatives' survey and hold a relatives' meeting; publish a 'You said, we did' response "
             "in reception.",
             "Activities Coordinator", D(2025, 3, 31), "Survey drafted.", "R"),
            ("8", "Reg 17(2)(f)", "The action plan from the previous local authority quality visit had not "
                                  "been completed.",
             "Complete the outstanding actions from the BCC quality visit and share evidence with the "
             "commissioning officer.",
             "Home Manager", D(2025, 1, 31), "Four of six actions closed.", "A"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FF7030A0")
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Inspection: 3 and 4 September 2024   |   Report published: 22 November 2024   |   "
                "Overall rating: Requires improvement")
    ws.merge_cells("A3:H3")
    ws["A3"] = "Plan owner: Registered Manager   |   Last updated: 10 January 2025"
    hdr = ["No.", "Regulation", "What CQC found", "Action we will take", "Lead", "Target date",
           "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    typo_row = None
    for sec, rows in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        c.fill = fill("FFE4DFEC")
        r += 1
        for no, reg, found, act, lead, when, prog, rag in rows:
            vals = [no, reg, found, act, lead, when, prog, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            if isinstance(when, dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(rag_fill[rag])
            if when == "Febuary 2025":
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: R = not started / overdue, A = in progress, G = complete").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (5, 13, 40, 48, 24, 13, 34, 6)):
        ws.column_dimensions[col].width = w
    wb.save(path(fname))
    assert typo_row == 14, typo_row

    write_expected(fname, {
        "source": "Imitates the action plan a care home provider sends CQC after an adult social care "
                  "inspection rated Requires improvement (the usual table described in the QCS / Royds Withy "
                  "King guide 'CQC action plans – roadmaps to a better service': item to rectify, actions, "
                  "deadline, person responsible, RAG), for Brunelcare's Saffron Gardens care home in Bristol. "
                  "Copied features: title and inspection block in merged rows; sections per key question and "
                  "regulation as merged rows; regulation paragraph column; target dates mixing date cells, "
                  "typed day-first dates and 'Immediate'; RAG letters on filled cells; a RAG key line that "
                  "redefines green as complete.",
        "reads": "Eight numbered actions under three regulation sections. Action 6's target date is typed as "
                 "'Febuary 2025' (sheet row 14), a mistyped month: a careful reader would stop and ask the "
                 "home to confirm the date before loading the plan.",
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, 8


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. St Thomas Surgery, Swansea - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_st_thomas():
    fname = "zfb-st-thomas-surgery-swansea-hiw-gp-inspection-improvement-plan.docx"
    title = "Healthcare Inspectorate Wales – Improvement Plan"
    PM = "Sian Morgan (Practice Manager)"
    GP = "Dr Huw Jenkins (GP Partner)"
    LN = "Rebecca Lewis (Lead Nurse)"
    sections = [
        ("Quality of Patient Experience", [
            ("The practice must ensure that information about the chaperone service is displayed in all "
             "consulting rooms and in the waiting area.", "Health and Care Quality Standards 2023 – "
             "Dignified and respectful care", [
                ("Chaperone posters, in English and Welsh, have been placed in all seven consulting rooms and "
                 "at reception.", PM, [PM], "July 2024", "2024-07", None),
            ]),
            ("The practice should review telephone access arrangements, taking account of patient feedback "
             "about waiting times at 8am.", "Health and Care Quality Standards 2023 – Timely", [
                ("Install a call-queuing system that tells patients their position in the queue and offers a "
                 "call-back option.", PM, [PM], "31 October 2024", "2024-10", None),
                ("Repeat the patient access survey six months after the new system goes live and share the "
                 "results with the Patient Participation Group.", GP, [GP], "April 2025", "2025-04", None),
            ]),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("The practice must ensure that emergency drugs and equipment are checked weekly and that the "
             "checks are recorded.", "Health and Care Quality Standards 2023 – Safe", [
                ("A weekly checklist for the emergency trolley, oxygen and defibrillator has been introduced.\n"
                 "The Lead Nurse will audit completion of the checklist monthly and report to the practice "
                 "meeting.", LN, [LN], "Immediate and ongoing", None, "Immediate and ongoing"),
            ]),
            ("The practice must ensure that all clinical staff complete safeguarding training at the level "
             "appropriate to their role.", "Health and Care Quality Standards 2023 – Safe; Safeguarding "
             "children and adults", [
                ("Book outstanding Level 3 safeguarding training for two salaried GPs and one Advanced Nurse "
                 "Practitioner through the cluster training programme.", PM + " / " + GP, [PM, GP],
                 "30/09/2024", "2024-09", None),
            ]),
            ("The practice should ensure that cleaning schedules for clinical rooms are signed and dated.",
             "Health and Care Quality Standards 2023 – Safe; Infection prevention and control", [
                ("Cleaning schedules have been revised and are now countersigned weekly by the infection "
                 "prevention and control lead.", LN, [LN], "August 2024", "2024-08", None),
            ]),
        ]),
        ("Quality of Management and Leadership", [
            ("The practice must ensure that Disclosure and Barring Service (DBS) checks are in place for all "
             "staff, including non-clinical staff who act as chaperones.",
             "Health and Care Quality Standards 2023 – Workforce", [
                ("Apply for DBS checks for the four reception staff who act as chaperones; chaperoning is "
                 "restricted to clinical staff until the checks are received.", PM, [PM],
                 "By 30 September 2024", "2024-09", None),
            ]),
            ("The practice should hold regular, minuted practice meetings and share the minutes with staff "
             "who are unable to attend.", "Health and Care Quality Standards 2023 – Leadership", [
                ("Hold monthly whole-practice meetings on the second Wednesday of each month, with minutes "
                 "saved to the shared drive and circulated by email.", "Practice Manager",
                 ["Practice Manager"], "Monthly from September 2024", None, "Monthly from September 2024"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Service: St Thomas Surgery, Swansea Bay University Health Board")
    doc.add_paragraph("Date of inspection: 4 June 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions "
                      "they are taking to address these areas.")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    widths = [Cm(6.5), Cm(3.8), Cm(8.5), Cm(3.8), Cm(3.2)]
    actions = []
    for sec, items in sections:
        doc.add_heading(sec, level=2)
        nrows = 1 + sum(len(a) for _, _, a in items)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for imp, std, acts in items:
            top = r
            for text, lead_cell, lead, when, end, end_text in acts:
                set_cell(t.cell(r, 2), text)
                set_cell(t.cell(r, 3), lead_cell)
                set_cell(t.cell(r, 4), when)
                actions.append({"ref": None, "under": [sec, imp], "action": text, "lead": lead,
                                "end": end, "end_text": end_text, "status": "unrated"})
                r += 1
            if r - 1 > top:
                m0 = t.cell(top, 0).merge(t.cell(r - 1, 0))
                m1 = t.cell(top, 1).merge(t.cell(r - 1, 1))
            else:
                m0, m1 = t.cell(top, 0), t.cell(top, 1)
            set_cell(m0, imp)
            set_cell(m1, std)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")
    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "23 July 2024"))):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.save(path(fname))

    write_expected(fname, {
        "source": "Imitates the improvement plan appended to a Healthcare Inspectorate Wales GP practice "
                  "inspection report (e.g. 'General Practice Inspection (Announced) Beechley Medical Centre', "
                  "fdocuments.net), as completed by the practice: the HIW columns Improvement needed / "
                  "Standard / Service action / Responsible officer / Timescale, the standard HIW introductory "
                  "sentence, and a service representative sign-off table. This version splits the plan into "
                  "one table per HIW report theme (Quality of Patient Experience; Delivery of Safe and "
                  "Effective Care; Quality of Management and Leadership), has an Improvement needed cell "
                  "merged over two service actions, a service action of two paragraphs, names with the job "
                  "in brackets as responsible officers, and timescales such as 'Immediate and ongoing' and "
                  "'Monthly from September 2024'.",
        "reads": "Three themed tables hold seven HIW improvements and eight service actions, without refs or "
                 "RAG status. Each action sits under its theme and the improvement it answers; the responsible "
                 "officer is a named person with their role, once two people joined by a slash. The "
                 "Appendix B note and the service representative table are not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 5. Ardview Nursing Home, Comber - RQIA care inspection QIP (docx)
# ---------------------------------------------------------------------------
def make_ardview():
    fname = "zfb-ardview-nursing-home-comber-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Ardview Nursing Home – Quality Improvement Plan"
    st_map = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "Not started": "unrated"}
    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
            ("Area for improvement 1 (Ref: Regulation 13 (1) (a) (b); Stated: First time): The registered "
             "person shall ensure that falls are managed in line with best practice guidance, including "
             "neurological observations for 24 hours following any unwitnessed fall.", [
                ("1.1", "All registered nurses to complete the post-falls management e-learning module and "
                        "sign the updated post-falls protocol.", "Deputy Manager", ["Deputy Manager"],
                 "31/12/2024", "Complete", "2024-12", None),
                ("1.2", "Weekly audit of neurological observation charts for all unwitnessed falls, with "
                        "findings discussed at the monthly governance meeting.", "Registered Manager",
                 ["Registered Manager"], "Immediate and ongoing", "On track", None, "Immediate and ongoing"),
            ]),
            ("Area for improvement 2 (Ref: Regulation 27 (4) (d); Stated: Second time): The registered person "
             "shall ensure that fire doors are not wedged open and that escape routes are kept free from "
             "obstruction.", [
                ("2.1", "Fit magnetic door holders linked to the fire alarm system to the ground floor lounge "
                        "and dining room doors.", "Group Estates Manager", ["Group Estates Manager"],
                 "28 February 2025", "Behind schedule", "2025-02", None),
                ("2.2", "Include fire doors and corridors in the nurse in charge's daily walk-round and record "
                        "any obstruction and the action taken.", "Nurse in Charge", ["Nurse in Charge"],
                 "Immediate and ongoing", "On track", None, "Immediate and ongoing"),
            ]),
        ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
            ("Area for improvement 3 (Ref: Standard 12.1; Stated: First time): The registered person shall "
             "ensure that care plans for residents who require a modified diet reflect the current IDDSI "
             "level recommended by the speech and language therapist.", [
                ("3.1", "Review all care plans for residents on modified diets against current SALT "
                        "recommendations.", "Deputy Manager", ["Deputy Manager"], "31/01/2025", "Complete",
                 "2025-01", None),
                ("3.2", "Provide IDDSI refresher training to kitchen staff and care assistants on all shifts.",
                 "Catering Manager / Training Co-ordinator", ["Catering Manager", "Training Co-ordinator"],
                 "End of March 2025", "On track", "2025-03", None),
            ]),
            ("Area for improvement 4 (Ref: Standard 12.13; Stated: First time): The registered person shall "
             "ensure that the daily menu is displayed in a suitable format and that residents are offered a "
             "choice of meal at each mealtime.", [
                ("4.1", "Introduce a pictorial menu board in each dining room, updated daily by the catering "
                        "team, and show residents plated choices at lunch and tea.", "Catering Manager",
                 ["Catering Manager"], "April 2025", "Not started", "2025-04", None),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the RQIA unannounced care inspection on 12 November 2024")
    ctl = doc.add_table(rows=5, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate((("Registered Manager", "Mrs Gillian Shaw"),
                                ("Responsible Individual", "Mr Mark Kerr"),
                                ("RQIA ID / Inspection ID", "1527 / IN046218"),
                                ("QIP returned to RQIA", "17 December 2024"),
                                ("This update", "Version 2 – 14 March 2025"))):
        set_cell(ctl.cell(i, 0), k, bold=True, size=10)
        set_cell(ctl.cell(i, 1), v, size=10)
        shade(ctl.cell(i, 0), "F2F2F2")
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; On track; Behind schedule; Not started. Progress is reviewed at "
                      "the monthly governance meeting and the Regulation 29 monitoring visit.")
    hdr = ["No.", "Action taken / planned", "Responsible", "Target date", "Status"]
    widths = [Cm(1.2), Cm(8.6), Cm(3.4), Cm(2.8), Cm(2.4)]
    actions = []
    for sec, afis in sections:
        h = doc.add_heading(sec, level=2)
        nrows = 1 + sum(1 + len(a) for _, a in afis)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for j, hh in enumerate(hdr):
            set_cell(t.cell(0, j), hh, bold=True)
            shade(t.cell(0, j), "C6E0B4")
        r = 1
        for afi, acts in afis:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(m, afi, bold=True)
            shade(m, "EDEDED")
            r += 1
            for ref, text, lead_cell, lead, when, status, end, end_text in acts:
                for j, v in enumerate((ref, text, lead_cell, when, status)):
                    set_cell(t.cell(r, j), v)
                actions.append({"ref": ref, "under": [sec, afi], "action": text, "lead": lead,
                                "end": end, "end_text": end_text, "status": st_map[status]})
                r += 1
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_paragraph("Signed: G. Shaw, Registered Manager          Date: 14 March 2025")
    doc.save(path(fname))

    write_expected(fname, {
        "source": "Imitates the Quality Improvement Plan at the end of an RQIA nursing home care inspection "
                  "report (e.g. RQIA 'Unannounced Care Inspection Report' for Ashbrooke Care Home, "
                  "vdocuments.mx), kept by the home as a progress tracker: the two RQIA sections 'Action "
                  "required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005' "
                  "and '... the Care Standards for Nursing Homes (December 2022)' as a heading per table, each "
                  "area for improvement (with its Ref, Stated and 'The registered person shall ensure' text) as "
                  "a merged, shaded row above numbered actions, and a document-control table, status key line "
                  "and signature line.",
        "reads": "Four RQIA areas for improvement in two tables, with seven numbered actions (1.1-4.1) the home "
                 "is taking. Status words follow the home's own key (Complete, On track, Behind schedule, Not "
                 "started); 'Immediate and ongoing' gives no end month. The control table and signature are "
                 "not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 6. Surrey and Sussex Healthcare NHS Trust - PSII safety action plan (csv)
# ---------------------------------------------------------------------------
def make_sash():
    fname = "zfb-surrey-and-sussex-healthcare-nhs-trust-psii-anticoagulant-omission-safety-action-plan.csv"
    title = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    st_map = {"Blue – complete": "blue", "Green – on track": "green", "Amber – at risk of delay": "amber",
              "Red – overdue": "red"}
    afi1 = "Handover of time-critical medicines at ward transfer"
    sr1 = ("SR1: The Trust should strengthen the way time-critical medicines are identified and handed over "
           "when patients move between wards.")
    afi2 = "Electronic prescribing and medicines administration (EPMA) alerts"
    sr2 = ("SR2: The Trust should ensure that EPMA alerts for missed doses of anticoagulants are visible to "
           "the nurse in charge and are escalated.")
    afi3 = "Staff knowledge of anticoagulation risks"
    sr3 = ("SR3: The Trust should ensure that nursing and medical staff on the medical wards understand the "
           "risk of omitting therapeutic anticoagulation.")
    rows = [
        (afi1, sr1, "SA1.1",
         "Add anticoagulants to the list of time-critical medicines on the SBAR transfer form.\n"
         "Include a prompt for the time of the next due dose.",
         "Lead Pharmacist – Medicines Safety", ["Lead Pharmacist – Medicines Safety"], "30/06/2025", "",
         "Blue – complete", "New SBAR form live on all adult inpatient wards from 16/06/2025.",
         "Monthly audit of 20 transfers: next dose time recorded in 90%", "2025-06"),
        (afi1, sr1, "SA1.2",
         "Audit 20 inter-ward transfers a month on the medical wards for three months and report results to "
         "the Medication Safety Committee.",
         "Head of Nursing (Medicine)", ["Head of Nursing (Medicine)"], "30/09/2025", "30/11/2025",
         "Amber – at risk of delay", "July and August audits done; September audit delayed by ward "
         "moves during the winter bed reconfiguration.", "Audit results", "2025-11"),
        (afi1, sr1, "SA1.3",
         "Share the learning from this investigation at the Trust-wide Patient Safety Summit and in the "
         "Safety Matters bulletin.",
         "Patient Safety Specialist", ["Patient Safety Specialist"], "31/07/2025", "",
         "Blue – complete", "Presented at the summit on 10/07/2025; bulletin issue 41.", "N/A", "2025-07"),
        (afi2, sr2, "SA2.1",
         "Configure an EPMA alert so that an anticoagulant dose more than two hours overdue is flagged on the "
         "ward dashboard for the nurse in charge.",
         "Chief Clinical Information Officer; EPMA Lead", ["Chief Clinical Information Officer", "EPMA Lead"],
         "31/10/2025", "31/01/2026", "Red – overdue",
         "Supplier change request raised; build slot not yet confirmed.",
         "Reduction in omitted anticoagulant doses (EPMA report)", "2026-01"),
        (afi2, sr2, "SA2.2",
         "Add omitted time-critical medicines to the nurse in charge's safety huddle checklist.",
         "Deputy Chief Nurse", ["Deputy Chief Nurse"], "31/08/2025", "",
         "Green – on track", "Checklist revised; roll-out to surgical wards in progress.", "Huddle audit",
         "2025-08"),
        (afi3, sr3, "SA3.1",
         "Deliver anticoagulation safety sessions at the medical wards' protected learning time and include "
         "the case study in resident doctors' induction.",
         "Dr Amara Okafor", ["Dr Amara Okafor"], "December 2025", "",
         "Green – on track", "Four of six sessions delivered.", "Attendance records; pre/post quiz", "2025-12"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Surrey and Sussex Healthcare NHS Trust"])
    w.writerow([title])
    w.writerow(["Incident: Omission of therapeutic anticoagulation following inter-ward transfer, East Surrey "
                "Hospital"])
    w.writerow(["PSII reference: PSII-2025-014", "Report approved: Patient Safety Incident Review Group "
                "14/05/2025"])
    w.writerow(["Progress as at: 30/09/2025"])
    w.writerow([])
    w.writerow(["Area for improvement", "Safety recommendation", "Action ID", "Safety action", "Action owner",
                "Due date", "Revised due date", "Status", "Progress update", "Measure of effectiveness"])
    actions = []
    for afi, sr, ref, text, lead_cell, lead, due, rev, status, prog, meas, end in rows:
        w.writerow([afi, sr, ref, text, lead_cell, due, rev, status, prog, meas])
        actions.append({"ref": ref, "under": [afi, sr], "action": text, "lead": lead, "end": end,
                        "end_text": None, "status": st_map[status]})
    w.writerow([])
    w.writerow(["Summary: 6 safety actions – 2 complete, 2 on track, 1 at risk of delay, 1 overdue"])
    w.writerow(["Next review: Patient Safety Incident Review Group, 12/11/2025"])
    with open(path(fname), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(fname, {
        "source": "Imitates a PSIRF safety action plan exported from an incident management system (InPhase / "
                  "Datix style) to CSV for a trust Patient Safety Incident Review Group, following the NHS "
                  "England PSII report template's safety recommendations and safety actions (area for "
                  "improvement, safety action, owner, timescale, measurement), for Surrey and Sussex "
                  "Healthcare NHS Trust. Copied features: title and incident lines above the header; area for "
                  "improvement and safety recommendation repeated on each row as exports do; action IDs SA1.1 "
                  "etc.; due and revised due dates day-first; colour-worded status; a quoted two-line action "
                  "cell; a summary line and next-review line after the table.",
        "reads": "Six safety actions in three areas for improvement, each answering a numbered safety "
                 "recommendation. The end is the revised due date where one is given; status is the colour word "
                 "at the start of the Status cell. The summary and next-review lines are not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ---------------------------------------------------------------------------
# 7. Heart of Kent Hospice - Quality Account priorities tracker 2025/26 (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_hokh():
    fname = "zfb-heart-of-kent-hospice-quality-account-priorities-tracker-2025-26.txt"
    title = "Quality Account 2025/26 – Priorities for Improvement: progress tracker"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    prios = [
        ("Priority 1 – Patient safety: reduce harm from falls on the Inpatient Unit", [
            ("1a", "Introduce a multifactorial falls risk assessment for every patient within 6 hours of "
                   "admission to the Inpatient Unit", "Inpatient Unit Ward Manager", ["Inpatient Unit Ward Manager"],
             "Q2 2025/26", "G", "B", "Assessment live in SystmOne since August; 96% completed within 6 hours",
             "2025-09", None),
            ("1b", "Trial low-low beds and sensor mats in four rooms and review falls data after six months",
             "Head of Clinical Services", ["Head of Clinical Services"], "Sept 2025 – Jan 2026", "G", "G",
             "Equipment in place from 8 September; falls data reviewed monthly", "2026-01",
             "Sept 2025 – Jan 2026"),
            ("1c", "Run post-falls huddles after every fall and share themes at the Clinical Governance "
                   "Committee", "Inpatient Unit Ward Manager", ["Inpatient Unit Ward Manager"], "Ongoing",
             "A", "G", "Huddles held after 11 of 12 falls this quarter", None, "Ongoing"),
        ]),
        ("Priority 2 – Clinical effectiveness: improve access to advance care planning in the community", [
            ("2a", "Offer every patient on the community caseload an advance care planning conversation, "
                   "recorded on the shared care record", "Community Services Manager / ACP Facilitator",
             ["Community Services Manager", "ACP Facilitator"], "March 2026", "A", "A",
             "58% of caseload offered (target 80%); Kent and Medway Care Record access delayed", "2026-03", None),
            ("2b", "Deliver ACP communication skills training to community nurses and Hospice at Home staff",
             "Education Lead & Physiotherapy Lead", ["Education Lead", "Physiotherapy Lead"], "31/12/2025",
             "G", "R", "Only one of four cohorts run; Physiotherapy Lead vacancy", "2025-12", None),
        ]),
        ("Priority 3 – Patient and family experience: extend bereavement support to families in the community", [
            ("3a", "Launch a monthly bereavement drop-in at Magnolia Place for families of patients who died "
                   "at home", "Head of Family Support Services", ["Head of Family Support Services"], "Nov-25",
             "", "G", "Venue and volunteers confirmed; first session 13 November", "2025-11", None),
            ("3b", "Survey bereaved relatives about their experience of Hospice at Home care and publish a "
                   "'You said, we did' summary", "Director of Patient Care", ["Director of Patient Care"],
             "Q4 2025/26", "", "", "Not started – survey questions to be agreed with the Patient and Family "
                                    "Forum", "2026-03", None),
        ]),
    ]
    lines = ["Heart of Kent Hospice",
             title,
             "Reported to: Clinical Governance Committee, 9 December 2025 (Q2 position)",
             "",
             "\t".join(["Ref", "Priority / what we will do", "Lead", "By when", "Q1 RAG", "Q2 RAG",
                        "Q2 update"])]
    actions = []
    for head, acts in prios:
        lines.append(head + "\t" * 6)
        for ref, text, lead_cell, lead, when, q1, q2, upd, end, end_text in acts:
            lines.append("\t".join([ref, text, lead_cell, when, q1, q2, upd]))
            actions.append({"ref": ref, "under": [head], "action": text, "lead": lead, "end": end,
                            "end_text": end_text, "status": rag[q2]})
    lines += ["",
              "Key: B = complete, G = on track, A = some risk to delivery, R = off track",
              "Prepared by: Head of Quality and Governance"]
    with open(path(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(fname, {
        "source": "Imitates the in-year tracker a hospice keeps for the 'Priorities for Improvement' in Part 2 "
                  "of its Quality Account (cf. Heart of Kent Hospice Quality Account 2016-17 contents, "
                  "docest.com, with priorities under patient safety, clinical effectiveness and patient "
                  "experience; services per CQC profile cqc.org.uk/location/1-116961648: Inpatient Unit, "
                  "community team, Magnolia Place), exported tab-separated for the Clinical Governance "
                  "Committee. Copied features: title lines, priority heading lines above lettered actions "
                  "(1a, 1b ...), job titles as leads (two joined by a slash or '&'), mixed 'By when' forms "
                  "(quarter, month, period 'Sept 2025 – Jan 2026', 'Nov-25', 'Ongoing'), previous and current "
                  "RAG letters, a key line and a prepared-by line.",
        "reads": "Three quality priorities, each a heading line, with seven lettered actions beneath them. "
                 "Status is the Q2 RAG letter (B = complete); action 3b has no RAG yet and is not started. "
                 "The key and prepared-by lines are not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


def main():
    built = [make_lhch(), make_tayside(), make_brunelcare(), make_st_thomas(), make_ardview(), make_sash(),
             make_hokh()]
    for f, n in built:
        print(f"{f}: {n} actions")


if __name__ == "__main__":
    main()
