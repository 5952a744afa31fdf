#!/usr/bin/env python3
"""Build the seven zsr- blind test files (set heldout689) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "zsr-" into this script's folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE = "9BC2E6"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
HEAD = "1F4E78"
LIGHT = "DDEBF7"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


class Q(str):
    """A string written in double quotes (refs and YYYY-MM months)."""


yaml.SafeDumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_yaml(name, data):
    for a in data.get("actions", []):
        if a["ref"] is not None:
            a["ref"] = Q(a["ref"])
        if a["end"] is not None:
            a["end"] = Q(a["end"])
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# A. NHS Lancashire and South Cumbria ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_lsc_baf():
    name = "zsr-nhs-lancashire-and-south-cumbria-icb-board-assurance-framework-2025-26.xlsx"
    title = "NHS Lancashire and South Cumbria ICB – Board Assurance Framework 2025/26"
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    status_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}

    risks = [
        {
            "sheet": "SR1",
            "head": "SR1 – Avoidable harm from delays in urgent and emergency care",
            "objective": "SO1: Improve quality, including safety, clinical outcomes and patient experience",
            "desc": "There is a risk that sustained demand on urgent and emergency care pathways, including "
                    "delayed ambulance handovers and long waits in emergency departments, results in avoidable "
                    "harm to patients.",
            "exec": "Chief Nursing Officer",
            "committee": "Quality Committee",
            "scores": (20, 16, 16, 12),
            "controls": "System Coordination Centre (SCC) operating 8am–8pm, 7 days; OPEL framework and "
                        "escalation calls; UEC improvement plan 2025/26 agreed with all five acute providers; "
                        "harm review process for 12-hour waits.",
            "gaps": "Handover release protocol not yet live at all sites. Limited assurance on harm arising "
                    "from corridor care; harm reviews not consistently reported to the ICB.",
            "actions": [
                ("SR1.1",
                 "Implement the system-wide 45-minute ambulance handover release protocol at all five acute "
                 "sites, with daily escalation through the System Coordination Centre.",
                 "Director of Urgent and Emergency Care", "Q1 2025/26", D(2025, 10, 31),
                 "Protocol live at four of five sites. Go-live at the Royal Lancaster Infirmary delayed pending "
                 "estates works in the ED assessment area; revised date agreed by Quality Committee on "
                 "11 September.", "At risk", "2025-10", ["Director of Urgent and Emergency Care"]),
                ("SR1.2",
                 "Extend same day emergency care (SDEC) opening to 12 hours a day, 7 days a week at Royal "
                 "Preston Hospital and Blackpool Victoria Hospital.",
                 "Director of Urgent and Emergency Care / Place Director (Central Lancashire)",
                 D(2025, 12, 31), None,
                 "Preston extended hours in place from 1 September. Blackpool recruitment to two ANP posts "
                 "complete; start dates November.", "On track", "2025-12",
                 ["Director of Urgent and Emergency Care", "Place Director (Central Lancashire)"]),
                ("SR1.3",
                 "Commission a thematic review of 12-hour waits in emergency departments and the associated "
                 "harm reviews, reporting findings to Quality Committee.",
                 "Chief Medical Officer", D(2025, 6, 30), D(2025, 9, 30),
                 "Review completed and presented to Quality Committee on 11 September 2025. Recommendations "
                 "transferred to the UEC improvement plan.", "Complete", "2025-09", ["Chief Medical Officer"]),
            ],
        },
        {
            "sheet": "SR2",
            "head": "SR2 – Failure to deliver the 2025/26 system financial plan",
            "objective": "SO4: Make the best use of resources and deliver financial sustainability",
            "desc": "There is a risk that the ICB and system partners do not deliver the agreed 2025/26 "
                    "financial plan, including efficiency requirements, leading to regulatory intervention and "
                    "reduced investment in services.",
            "exec": "Chief Finance Officer",
            "committee": "Finance and Performance Committee",
            "scores": (25, 20, 20, 12),
            "controls": "Financial recovery plan and system recovery board; monthly provider finance returns; "
                        "investment panel; NHS England oversight meetings.",
            "gaps": "Efficiency schemes not fully identified at provider level. Running cost reduction "
                    "dependent on national direction and consultation outcome.",
            "actions": [
                ("SR2.1",
                 "Agree and sign off system-wide waste reduction (CIP) schemes with all providers, with monthly "
                 "tracking through the Finance and Performance Committee.",
                 "Chief Finance Officer", "Q2 2025/26", None,
                 "All provider schemes signed off; tracker in place from Month 5 reporting.", "Complete",
                 "2025-09", ["Chief Finance Officer"]),
                ("SR2.2",
                 "Deliver the ICB running cost reduction in line with the model ICB blueprint, including the "
                 "organisational change consultation.",
                 "Chief Executive / Chief People Officer", D(2026, 3, 31), None,
                 "Consultation opened 6 October. Timescale dependent on national funding for redundancy "
                 "costs.", "At risk", "2026-03", ["Chief Executive", "Chief People Officer"]),
                ("SR2.3",
                 "Implement enhanced vacancy and agency controls across providers, including a system agency "
                 "price cap compliance dashboard.",
                 "Chief Finance Officer", D(2025, 9, 30), D(2025, 11, 30),
                 "Dashboard build delayed by data-sharing agreement with two providers; agency spend above "
                 "plan at Month 6.", "Off track", "2025-11", ["Chief Finance Officer"]),
            ],
        },
        {
            "sheet": "SR3",
            "head": "SR3 – Workforce supply and retention in primary and community care",
            "objective": "SO3: Support our workforce and develop the health and care workforce of the future",
            "desc": "There is a risk that the system cannot recruit and retain sufficient staff in general "
                    "practice and community services, affecting access and continuity of care.",
            "exec": "Chief People Officer",
            "committee": "People Board",
            "scores": (16, 16, 12, 8),
            "controls": "System people plan; primary care training hub; international recruitment programme; "
                        "ARRS funding allocated to all PCNs.",
            "gaps": "No complete baseline of community nursing workforce. ARRS utilisation varies by PCN.",
            "actions": [
                ("SR3.1",
                 "Launch the primary care workforce retention scheme, including new-to-practice fellowships "
                 "and a GP mentor offer.",
                 "Director of Primary and Community Care", "Q3 2025/26", None,
                 "Fellowship cohort 1 (18 GPs, 9 nurses) recruited. Mentor offer launches November.",
                 "On track", "2025-12", ["Director of Primary and Community Care"]),
                ("SR3.2",
                 "Complete the community nursing workforce baseline and safe staffing review across the four "
                 "places.",
                 "Chief Nursing Officer", D(2025, 8, 31), D(2026, 1, 31),
                 "Data received from three of four providers. Review extended to include district nursing "
                 "night services.", "At risk", "2026-01", ["Chief Nursing Officer"]),
                ("SR3.3",
                 "Agree an Additional Roles Reimbursement Scheme (ARRS) utilisation plan with each primary "
                 "care network.",
                 "Associate Director, Primary Care Workforce", "Ongoing", None,
                 "Plans agreed with 31 of 41 PCNs. Remaining PCNs meeting in Q3.", "On track", None,
                 ["Associate Director, Primary Care Workforce"]),
            ],
        },
        {
            "sheet": "SR4",
            "head": "SR4 – Health inequalities not reduced across Core20PLUS5 populations",
            "objective": "SO2: Improve population health and reduce health inequalities",
            "desc": "There is a risk that the ICB does not reduce unwarranted variation in access, experience "
                    "and outcomes for the most deprived 20% of the population and inclusion health groups.",
            "exec": "Director of Population Health",
            "committee": "Population Health Committee",
            "scores": (16, 12, 12, 8),
            "controls": "Health inequalities funding allocated to places; Core20PLUS5 programme board; "
                        "population health management data platform.",
            "gaps": "Outcome measures not yet reported at place level.",
            "actions": [
                ("SR4.1",
                 "Publish the Core20PLUS5 health inequalities dashboard at place level and include it in the "
                 "quarterly integrated performance report.",
                 "Director of Population Health", D(2025, 12, 31), None,
                 "Dashboard in test with place teams; first publication planned for the Q3 report.",
                 "On track", "2025-12", ["Director of Population Health"]),
                ("SR4.2",
                 "Roll out targeted lung health checks to the remaining eligible wards in Blackburn with Darwen "
                 "and Blackpool.",
                 "Director of Population Health; Cancer Alliance Managing Director", "March 2026", None,
                 "Invitations issued to 62% of the eligible cohort. Uptake 58% against 50% target.",
                 "On track", "2026-03", ["Director of Population Health", "Cancer Alliance Managing Director"]),
            ],
        },
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A2"] = "Quarter 2 position (as at 30 September 2025)"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Report to: ICB Board, 12 November 2025 (public session)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "14/05/2025", "Head of Risk and Assurance", "2025/26 BAF approved by Board"),
            ("1.1", "16/07/2025", "Head of Risk and Assurance", "Q1 update; SR4 target score revised"),
            ("2.0", "15/10/2025", "Head of Risk and Assurance", "Q2 update following committee review")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(HEAD)
    cov["A11"] = "Action status key"
    cov["A11"].font = Font(bold=True)
    key = [("Complete", "Action delivered and closed by the lead committee"),
           ("On track", "Action progressing to the agreed date"),
           ("At risk", "Action at risk of missing the agreed date; mitigation in place"),
           ("Off track", "Action overdue or will not be delivered without intervention")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(status_fill[k])
        c.border = BOX
        cov.cell(row=12 + i, column=2, value=v).border = BOX
    cov["A17"] = "Risk scores use the 5 x 5 likelihood x consequence matrix in the ICB Risk Management Framework."
    cov["A17"].font = Font(italic=True)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 45

    summ = wb.create_sheet("BAF summary")
    summ["A1"] = "BAF summary – strategic risks 2025/26 (Q2)"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Strategic risk", "Executive lead", "Lead committee", "Inherent", "Q1", "Q2", "Target"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    for i, r in enumerate(risks):
        inh, q1, q2, tgt = r["scores"]
        vals = [r["sheet"], r["head"].split(" – ", 1)[1], r["exec"], r["committee"], inh, q1, q2, tgt]
        for j, v in enumerate(vals):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
    counts = {}
    for r in risks:
        for a in r["actions"]:
            counts[a[6]] = counts.get(a[6], 0) + 1
    summ["A10"] = "Action status summary"
    summ["A10"].font = Font(bold=True)
    rr = 11
    for k in ["Complete", "On track", "At risk", "Off track"]:
        summ.cell(row=rr, column=1, value=k).fill = fill(status_fill[k])
        summ.cell(row=rr, column=2, value=counts.get(k, 0))
        rr += 1
    summ.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=rr, column=2, value=sum(counts.values())).font = Font(bold=True)
    summ.column_dimensions["B"].width = 60
    summ.column_dimensions["C"].width = 30
    summ.column_dimensions["D"].width = 32

    expected = []
    for r in risks:
        ws = wb.create_sheet(r["sheet"])
        ws.merge_cells("A1:G1")
        ws["A1"] = r["head"]
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill(HEAD)
        inh, q1, q2, tgt = r["scores"]
        labels = [("Strategic objective", r["objective"]),
                  ("Risk description", r["desc"]),
                  ("Executive lead", r["exec"]),
                  ("Lead committee", r["committee"]),
                  ("Risk score (L x C)", f"Inherent: {inh}    Q1: {q1}    Current (Q2): {q2}    Target: {tgt}"),
                  ("Key controls", r["controls"]),
                  ("Gaps in control / assurance", r["gaps"])]
        row = 3
        for lab, val in labels:
            ws.cell(row=row, column=1, value=lab).font = Font(bold=True)
            ws.cell(row=row, column=1).fill = fill(LIGHT)
            ws.cell(row=row, column=1).alignment = WRAP
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            ws.cell(row=row, column=2, value=val).alignment = WRAP
            row += 1
        row += 1
        ws.cell(row=row, column=1, value="Actions to address gaps in control and assurance").font = Font(bold=True, size=12)
        row += 1
        hdr = ["Ref", "Action to close gap", "Action lead", "Original due date", "Revised due date",
               "Q2 progress update", "Status"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=row, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(HEAD)
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for (ref, text, lead, orig, rev, prog, status, end, leads) in r["actions"]:
            vals = [ref, text, lead, orig, rev, prog, status]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7).fill = fill(status_fill[status])
            row += 1
            end_text = None
            if end is None:
                end_text = orig
            expected.append(act(ref, [r["head"]], text, leads, end, status_read[status], end_text))
        for col, w in zip("ABCDEFG", [12, 55, 30, 16, 16, 50, 12]):
            ws.column_dimensions[col].width = w

    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates an English ICB board assurance framework as taken to a public ICB Board meeting "
                  "(NHS Lancashire and South Cumbria ICB, 2025/26, Q2 position; layout modelled on published "
                  "ICB/trust BAF workbooks). Copied features: cover sheet with document-control table and "
                  "action status key, BAF summary sheet with risk scores and an action status totals block, "
                  "one sheet per strategic risk with a merged risk heading, label/value rows (objective, risk "
                  "description, controls, gaps) and an actions table with original and revised due dates, "
                  "job-title leads (some two posts in one cell) and fill-coloured status words.",
        "reads": "A BAF workbook: the cover and summary sheets are context, and each of the four strategic "
                 "risk sheets (SR1–SR4) ends with a table of actions to close gaps in control. Each action "
                 "has a ref, a lead post, an original and sometimes a revised due date, a Q2 update and a "
                 "status word whose meaning the cover key gives (At risk = amber, Off track = red).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# B. Royal Papworth Hospital NHS FT - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
def make_papworth_qa():
    name = "zsr-royal-papworth-hospital-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    title = "Royal Papworth Hospital NHS Foundation Trust – Quality Account Priorities 2025/26: Progress Tracker"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}

    P1 = "Priority 1 (Patient safety): Improve the recognition of and response to the deteriorating patient"
    P2 = "Priority 2 (Clinical effectiveness): Reduce waits for in-house urgent (IHU) transfer for cardiac surgery"
    P3 = "Priority 3 (Patient experience): Improve discharge information and communication for patients and families"
    P4 = "Priority 4 (Health inequalities): Improve equitable uptake of cardiac rehabilitation"
    # (ref, milestone, leads cell, measure, due, q1, q2, update, end, end_text, leads list)
    plan = [
        (P1, [
            ("1.1", "Roll out the electronic NEWS2 escalation alert to all adult inpatient wards, including "
                    "critical care step-down beds.",
             "Chief Nursing Information Officer / Head of Clinical Systems",
             "Alert live on 100% of adult inpatient wards", D(2025, 6, 30), "A", "B",
             "Alert live on all wards from 23 July 2025 following a two-week delay for system testing.",
             "2025-06", None, ["Chief Nursing Information Officer", "Head of Clinical Systems"]),
            ("1.2", "Deliver deteriorating patient simulation training to 85% of registered nurses on surgical "
                    "and thoracic wards.",
             "Resuscitation and Deteriorating Patient Lead",
             "85% of registered nurses trained", "Q3 2025/26", "G", "A",
             "61% trained at end of September. Two sessions cancelled due to faculty sickness; additional "
             "dates booked for November.", "2025-12", None, ["Resuscitation and Deteriorating Patient Lead"]),
            ("1.3", "Audit time from NEWS2 score of 5 or more to clinical review each month and report results "
                    "to the Patient Safety Group.",
             "Matron, Surgical Wards",
             "95% reviewed within 60 minutes", "Monthly", "G", "G",
             "July 91%, August 93%, September 94%.", None, "Monthly", ["Matron, Surgical Wards"]),
        ]),
        (P2, [
            ("2.1", "Establish a daily IHU referral huddle with referring hospitals across the East of England.",
             "Clinical Director, Cardiac Surgery",
             "Huddle in place 5 days a week", D(2025, 7, 31), "G", "B",
             "Daily huddle running since 7 July 2025, chaired by the cardiac surgery coordinator.",
             "2025-07", None, ["Clinical Director, Cardiac Surgery"]),
            ("2.2", "Reduce the median time from IHU referral to transfer to 7 days.",
             "Divisional Director, Cardiothoracic",
             "Median 7 days or less", D(2026, 3, 31), "A", "A",
             "Median 9.5 days in Q2 (Q1 11 days). Theatre capacity constrained by critical care bed "
             "availability in August.", "2026-03", None, ["Divisional Director, Cardiothoracic"]),
            ("2.3", "Pilot a virtual pre-assessment clinic for IHU patients awaiting transfer.",
             "Lead Nurse, Pre-admission; Consultant Cardiac Anaesthetist",
             "Pilot evaluated", "Q4 2025/26", "", "R",
             "Pilot not yet started: clinic template and job planning not agreed. Escalated to the "
             "Cardiothoracic divisional board.", "2026-03", None,
             ["Lead Nurse, Pre-admission", "Consultant Cardiac Anaesthetist"]),
        ]),
        (P3, [
            ("3.1", "Co-design a new discharge information pack for cardiac surgery patients with the Patient "
                    "and Carer Experience Group.",
             "Head of Patient Experience",
             "Pack approved and in use", D(2025, 9, 30), "G", "B",
             "Pack approved at Patient and Carer Experience Group on 9 September and in use on all "
             "cardiac surgery wards.", "2025-09", None, ["Head of Patient Experience"]),
            ("3.2", "Introduce a follow-up telephone call within 48 hours for all patients discharged home "
                    "after thoracic surgery.",
             "Matron, Thoracic",
             "90% of patients called within 48 hours", "December 2025", "G", "G",
             "Calls in place from August; 84% contacted within 48 hours in September.", "2025-12", None,
             ["Matron, Thoracic"]),
            ("3.3", "Increase the Friends and Family Test response rate on inpatient wards to 30%.",
             "Head of Patient Experience",
             "FFT response rate 30%", D(2026, 3, 31), "A", "G",
             "Response rate 27% in September following the introduction of QR codes at bedside.",
             "2026-03", None, ["Head of Patient Experience"]),
        ]),
        (P4, [
            ("4.1", "Analyse cardiac rehabilitation uptake by deprivation quintile and ethnicity and agree "
                    "targeted actions with community rehabilitation providers.",
             "Consultant Nurse, Cardiac Rehabilitation / Public Health Registrar",
             "Analysis completed and actions agreed", "Q3 2025/26", "", "",
             "Not started – analyst post recruited, starting November 2025.", "2025-12", None,
             ["Consultant Nurse, Cardiac Rehabilitation", "Public Health Registrar"]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "QA priorities Q2"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Quarter 2 report (July – September 2025). Presented to the Quality and Risk Committee, "
                "23 October 2025.")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    keys = [("B", "B – Achieved / complete"), ("G", "G – On track"), ("A", "A – At risk, mitigation in place"),
            ("R", "R – Off track")]
    for j, (k, txt) in enumerate(keys):
        c = ws.cell(row=4, column=2 + j, value=txt)
        c.fill = fill(rag_fill[k])
        c.border = BOX
    hdr = ["Ref", "Milestone / action 2025/26", "Lead(s)", "Measure", "Due", "Q1 RAG", "Q2 RAG",
           "Q2 progress update"]
    row = 6
    for j, h in enumerate(hdr):
        c = ws.cell(row=row, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
        c.alignment = WRAP
    row += 1
    expected = []
    for head, items in plan:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        row += 1
        for (ref, text, leads_cell, measure, due, q1, q2, upd, end, end_text, leads) in items:
            vals = [ref, text, leads_cell, measure, due, q1 or None, q2 or None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, rg in ((6, q1), (7, q2)):
                if rag_fill[rg]:
                    ws.cell(row=row, column=col).fill = fill(rag_fill[rg])
                ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
            expected.append(act(ref, [head], text, leads, end, rag_read[q2], end_text))
    row += 1
    ws.cell(row=row, column=1, value="Notes: Q1 RAG is the position reported to the Committee in July 2025. "
                                      "Blank RAG = milestone not yet started.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 55, 32, 30, 14, 8, 8, 55]):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Summary of Q2 RAG ratings by priority"
    s2["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "B", "G", "A", "R", "Not rated", "Total"]
    for j, h in enumerate(hdr):
        c = s2.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0, 0]
    for i, (head, items) in enumerate(plan):
        cnt = [sum(1 for it in items if it[6] == k) for k in ["B", "G", "A", "R", ""]]
        cnt.append(len(items))
        s2.cell(row=4 + i, column=1, value=head.split(":")[0]).border = BOX
        for j, v in enumerate(cnt):
            s2.cell(row=4 + i, column=2 + j, value=v).border = BOX
            tot[j] += v
    s2.cell(row=4 + len(plan), column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        s2.cell(row=4 + len(plan), column=2 + j, value=v).font = Font(bold=True)
    s2.column_dimensions["A"].width = 40

    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates an NHS foundation trust's in-year quality account priorities progress tracker "
                  "reported quarterly to its quality committee (Royal Papworth Hospital NHS FT, 2025/26, Q2). "
                  "Copied features: title and reporting-period lines, a B/G/A/R key row with fills, merged "
                  "priority heading rows naming the quality domain, numbered milestones with measures, "
                  "previous (Q1) and current (Q2) RAG columns, several leads in one cell, mixed due cells "
                  "(dates, financial quarters, 'Monthly', a month name), a notes line and a summary sheet "
                  "with totals.",
        "reads": "One tracker sheet with four quality priorities, each a merged heading row over its "
                 "numbered milestones. The status is the Q2 RAG letter (Q1 is the previous position); one "
                 "milestone is not yet rated. The Summary sheet only counts RAG ratings.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# C. HC-One Moorland View care home - CQC home improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_hcone_refuse():
    name = "zsr-hc-one-moorland-view-care-home-cqc-quality-improvement-plan-typo-month-refuse.xlsx"
    title = "Moorland View Care Home – Home Improvement Plan following CQC assessment"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Provider:", "HC-One Limited"),
            ("Home:", "Moorland View Care Home (nursing and residential, 64 beds)"),
            ("CQC assessment:", "Site visit 8 and 9 July 2025; report published 2 September 2025"),
            ("Overall rating:", "Requires improvement (Safe, Effective and Well-led: Requires improvement)"),
            ("Plan owner:", "Home Manager, supported by the Area Quality Director"),
            ("Last updated:", "14/10/2025")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=3 + i, start_column=2, end_row=3 + i, end_column=6)
        ws.cell(row=3 + i, column=2, value=v)
    ws["H3"] = "Status key"
    ws["H3"].font = Font(bold=True)
    for i, (k, f_) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Behind", AMBER),
                                 ("Not started", None)]):
        c = ws.cell(row=4 + i, column=8, value=k)
        c.border = BOX
        if f_:
            c.fill = fill(f_)
    hdr = ["No.", "Key question", "Regulation", "What CQC found", "Action we will take", "Responsible",
           "Target date", "Status", "Progress / evidence"]
    row = 10
    for j, h in enumerate(hdr):
        c = ws.cell(row=row, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.border = BOX
        c.alignment = WRAP
    row += 1
    groups = [
        ("Safe", [
            ("1", "Regulation 12: Safe care and treatment",
             "Choking risk assessments were not always up to date for people on modified diets.",
             "Review and update all SALT recommendations and choking risk assessments; add a check to the "
             "resident of the day process.", "Deputy Manager", "31 August 2025", "Complete",
             "All 19 people on modified diets reviewed; SALT plans in kitchen and unit files."),
            ("2", "Regulation 12: Safe care and treatment",
             "Topical medicine administration records (TMARs) were not consistently completed.",
             "Introduce TMAR checks on every shift by the nurse in charge, with a weekly audit by the "
             "Clinical Lead.", "Clinical Lead / Nurse in charge", "30 September 2025", "Complete",
             "Weekly audits show 96–100% completion since 1 September."),
            ("3", "Regulation 18: Staffing",
             "Staff deployment on the nursing floor at night did not always reflect people's dependency.",
             "Complete a dependency review using the HC-One staffing tool and adjust the night rota on "
             "Heather unit.", "Home Manager", "30 November 2025", "On track",
             "Dependency review completed 29 September; additional night carer recruitment in progress."),
        ]),
        ("Effective", [
            ("4", "Regulation 11: Need for consent",
             "Mental capacity assessments and best interest decisions were not in place for bed rails and "
             "sensor mats.",
             "Complete decision-specific mental capacity assessments and best interest decisions for every "
             "person using bed rails or sensor mats.", "Deputy Manager", "30 November 2025", "On track",
             "27 of 34 completed."),
        ]),
        ("Well-led", [
            ("5", "Regulation 17: Good governance",
             "The home's audits had not identified the shortfalls found at this assessment.",
             "Implement the monthly quality assurance audit schedule with review by the Area Quality "
             "Director at each monthly visit.", "Home Manager; Area Quality Director", "31 Ocotber 2025",
             "Behind", "September audits completed; medication and care plan audits for October overdue."),
            ("6", "Regulation 17: Good governance",
             "Care plans for people living with dementia lacked person-centred detail.",
             "Complete life story work and rewrite dementia care plans with people and their families.",
             "Unit Leads", "31 December 2025", "On track", "Life story work completed for 12 of 25 people."),
            ("7", "Regulation 17: Good governance",
             "Feedback from relatives was not used to improve the service.",
             "Hold quarterly relatives' meetings and publish a 'You said, we did' board in reception.",
             "Home Manager", "31 January 2026", "Not started", ""),
        ]),
    ]
    refuse_row = None
    for kq, items in groups:
        start = row
        for (no, reg, found, action, resp, target, status, prog) in items:
            vals = [no, kq, reg, found, action, resp, target, status, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            f_ = {"Complete": BLUE, "On track": GREEN, "Behind": AMBER}.get(status)
            if f_:
                ws.cell(row=row, column=8).fill = fill(f_)
            if "Ocotber" in target:
                refuse_row = row
            row += 1
        if row - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [5, 12, 24, 40, 45, 22, 16, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a care home provider's improvement plan returned after a CQC assessment rated "
                  "the home Requires improvement (an HC-One nursing home, Moorland View, 2025; layout "
                  "modelled on CQC-requested improvement action plans and care group home improvement plan "
                  "trackers). Copied features: title and home details block, status key, key question "
                  "column merged down each group, regulation breached, CQC finding beside each action, "
                  "responsible post(s), target dates written out as text, status fill and progress evidence.",
        "reads": "A single-sheet plan of seven numbered actions grouped by CQC key question. The target "
                 "date of action 5 reads '31 Ocotber 2025', a mistyped month, so a careful reader would stop "
                 "and ask what date was meant before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 7


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# D. NHS GGC - HIS safe delivery of care inspection, Royal Alexandra Hospital (docx)
# ---------------------------------------------------------------------------
def make_ggc_his():
    name = ("zsr-nhs-greater-glasgow-and-clyde-his-royal-alexandra-hospital-safe-delivery-of-care-"
            "improvement-action-plan.docx")
    title = "Improvement Action Plan – Royal Alexandra Hospital, NHS Greater Glasgow and Clyde"
    rag = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – Safe Delivery of Care Inspection (unannounced)")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("NHS board", "NHS Greater Glasgow and Clyde"),
                                ("Hospital", "Royal Alexandra Hospital, Paisley"),
                                ("Inspection dates", "3–5 June 2025"),
                                ("Report published", "19 August 2025"),
                                ("Version", "2.1 – progress update for the Acute Services Committee, "
                                            "November 2025")]):
        set_cell(info.cell(i, 0), k, bold=True, size=10)
        set_cell(info.cell(i, 1), v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("The requirements below are taken from the inspection report. Progress against each "
                      "action is reviewed monthly by the Clyde Sector senior management team and reported to "
                      "the Acute Services Committee.")
    doc.add_paragraph("Status key", style=None).runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage – recovery action agreed"),
                                    ("red", "Not on track – escalated")]):
        set_cell(key.cell(i, 0), "")
        shade(key.cell(i, 0), rag[col])
        set_cell(key.cell(i, 1), txt, size=10)

    D2 = "Domain 2 – Leadership and culture"
    D41 = "Domain 4.1 – Pathways, procedures and policies"
    D43 = "Domain 4.3 – Workforce planning"
    R1 = ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that all staff are supported to "
          "complete mandatory infection prevention and control training.")
    R2 = ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that patient care documentation, "
          "including fluid balance charts and food record charts, is accurately and consistently completed.")
    R3 = ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that the storage of cleaning products "
          "and medicines complies with current legislation and guidance, including the Control of Substances "
          "Hazardous to Health (COSHH) Regulations 2002.")
    R4 = ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that real-time staffing assessment and "
          "risk escalation processes are used consistently across all wards, in line with the Health and "
          "Care (Staffing) (Scotland) Act 2019.")
    # (ref, action, timescale, responsibility, progress, status, end, end_text, leads)
    sections = [
        (D2, [(R1, [
            ("1.1", "Agree protected time for Standard Infection Control Precautions (SICPs) and Transmission "
                    "Based Precautions (TBPs) e-learning, with compliance reported by ward on the nursing "
                    "dashboard.",
             "31 January 2026", "Lead Nurse, Infection Prevention and Control",
             "Compliance 78% (October). Protected time agreed for bands 2–5; dashboard live.", "green",
             "2026-01", None, ["Lead Nurse, Infection Prevention and Control"]),
        ])]),
        (D41, [(R2, [
            ("2.1", "Relaunch fluid balance and food record chart guidance through ward safety briefs on all "
                    "adult inpatient wards.",
             "31 August 2025", "Chief Nurse, Clyde Sector",
             "Completed. Guidance relaunched at safety briefs on 24 wards; attendance recorded.", "blue",
             "2025-08", None, ["Chief Nurse, Clyde Sector"]),
            ("2.2", "Include fluid balance and food chart completion in the monthly Care Assurance audit, with "
                    "results reviewed at the Clyde Nursing and Midwifery Governance Group.",
             "30 September 2025", "Lead Nurse, Clyde Sector / Practice Development Nurse",
             "Audit questions added from October. September audit not completed on 6 wards.", "amber",
             "2025-09", None, ["Lead Nurse, Clyde Sector", "Practice Development Nurse"]),
        ]), (R3, [
            ("3.1", "Carry out a COSHH walkround on every ward and department and remove cleaning products "
                    "from unlocked sluice and domestic rooms.",
             "30 June 2025", "Site Operations Manager; Domestic Services Manager",
             "Completed 13 June 2025. Repeat walkround in September found no issues.", "blue",
             "2025-06", None, ["Site Operations Manager", "Domestic Services Manager"]),
            ("3.2", "Fit keypad locks to domestic services rooms on wards 3, 4, 8 and 27.",
             "31 October 2025 (revised to 31 December 2025)", "Estates Manager, Clyde",
             "Locks fitted on wards 3 and 4. Wards 8 and 27 awaiting parts; interim daily checks in place.",
             "amber", "2025-12", None, ["Estates Manager, Clyde"]),
            ("3.3", "Audit medicine fridge temperature records weekly and escalate any out-of-range readings "
                    "to pharmacy.",
             "Ongoing – weekly", "Senior Charge Nurses",
             "Weekly audit in place on all wards; two escalations in September, both resolved.", "green",
             None, "Ongoing – weekly", ["Senior Charge Nurses"]),
        ])]),
        (D43, [(R4, [
            ("4.1", "Embed use of the real-time staffing tool at the twice-daily site safety huddle, with "
                    "professional judgement recorded for every ward.",
             "30 September 2025", "Director of Nursing, Acute Services",
             "In place at all huddles since August 2025. Compliance audited weekly.", "blue",
             "2025-09", None, ["Director of Nursing, Acute Services"]),
            ("4.2", "Record all staffing risk escalations and mitigations on Datix and report themes quarterly "
                    "to the Staff Governance Committee.",
             "31 December 2025", "Head of Nursing, Workforce",
             "Q2 report not produced: Datix category for staffing escalations not yet configured. Escalated to "
             "the Director of Nursing on 30 October.", "red",
             "2025-12", None, ["Head of Nursing, Workforce"]),
        ])]),
    ]
    expected = []
    hdr = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress against action", "RAG"]
    for dom, reqs in sections:
        doc.add_heading(dom, level=2)
        for req, acts in reqs:
            p = doc.add_paragraph()
            p.add_run(req).bold = True
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "D9D9D9")
            for (ref, text, tsc, resp, prog, status, end, end_text, leads) in acts:
                cells = t.add_row().cells
                for j, v in enumerate([ref, text, tsc, resp, prog, ""]):
                    set_cell(cells[j], v)
                shade(cells[5], rag[status])
                expected.append(act(ref, [dom, req], text, leads, end, status, end_text))
            doc.add_paragraph("")
    doc.add_paragraph("NHS board contact").runs[0].bold = True
    so = doc.add_table(rows=3, cols=2)
    so.style = "Table Grid"
    for i, (k, v) in enumerate([("Designation", "Chief Nurse, Clyde Sector"),
                                ("Contact", "Clyde Sector Nursing Office, Royal Alexandra Hospital"),
                                ("Approved by", "Director of Nursing, Acute Services – 6 November 2025")]):
        set_cell(so.cell(i, 0), k, bold=True, size=10)
        set_cell(so.cell(i, 1), v, size=10)
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates an NHS Scotland board's improvement action plan responding to a Healthcare "
                  "Improvement Scotland safe delivery of care inspection (NHS Greater Glasgow and Clyde, "
                  "Royal Alexandra Hospital, 2025; layout modelled on the HIS improvement action plan "
                  "template used by NHS boards). Copied features: title block and inspection details table, "
                  "a colour status key table, domain headings, bold numbered requirement paragraphs each "
                  "followed by its own action table (Action planned / Timescale to meet action / "
                  "Responsibility for taking action / Progress against action), RAG shown only by cell "
                  "shading, a revised date written in the timescale cell, and a board contact sign-off table.",
        "reads": "Three domains with four numbered HIS requirements, each followed by a small table of "
                 "numbered actions. Status is the shaded colour in the RAG column read against the key "
                 "(blue complete, green on track, amber slippage, red not on track). The details, key and "
                 "contact tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# E. Meddygfa Tywyn Bach - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_tywyn_hiw():
    name = "zsr-meddygfa-tywyn-bach-hiw-gp-inspection-improvement-plan.docx"
    title = "Meddygfa Tywyn Bach – HIW Improvement Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("General Practice Inspection (Announced) – Hywel Dda University Health Board")
    doc.add_paragraph("Inspection date: 11 March 2025")
    doc.add_paragraph("")
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to the impact/potential impact on patient care and treatment these "
                      "concerns needed to be addressed straight away, during the inspection.")
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for j, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and "
                           "treatment", "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(ta.cell(0, j), h, bold=True)
        shade(ta.cell(0, j), "D9D9D9")
    m = ta.cell(1, 0).merge(ta.cell(1, 3))
    set_cell(m, "No immediate concerns were identified on this inspection.")
    doc.add_paragraph("")
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Meddygfa Tywyn Bach")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety "
                      "identified during the inspection where we require the service to complete an "
                      "immediate improvement plan telling us about the urgent actions they are taking.")
    tb = doc.add_table(rows=2, cols=6)
    tb.style = "Table Grid"
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    for j, h in enumerate(hdr):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "D9D9D9")
    m = tb.cell(1, 0).merge(tb.cell(1, 5))
    set_cell(m, "No immediate assurance issues were identified on this inspection.")
    doc.add_paragraph("")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Meddygfa Tywyn Bach")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection "
                      "where we require the service to complete an improvement plan telling us about the "
                      "actions they are taking to address these areas.")
    rows = [
        ("Not all staff had completed safeguarding training at the level appropriate to their role.",
         "The practice must ensure that all staff complete safeguarding adults and children training at the "
         "level appropriate to their role.",
         "Safe\nWorkforce",
         "All outstanding safeguarding training has been booked through the health board's e-learning "
         "modules.\nLevel 3 children's safeguarding to be completed by all GPs and nurses, with compliance "
         "reviewed at the monthly practice meeting.",
         "Practice Manager", "30/06/2025", "2025-06", None, ["Practice Manager"]),
        ("The emergency drugs and equipment checklist did not include the oxygen cylinder level or the "
         "expiry date of the defibrillator pads.",
         "The practice must ensure that checks of emergency equipment include all items, with expiry dates "
         "recorded.",
         "Safe",
         "Emergency equipment checklist revised to include the oxygen cylinder level and defibrillator pad "
         "expiry. Checks completed weekly by a named practice nurse.",
         "Lead Practice Nurse", "April 2025", "2025-04", None, ["Lead Practice Nurse"]),
        ("Patients told us they found it difficult to get through to the practice by telephone in the "
         "morning.",
         "The practice should review its telephone and appointment systems in response to patient feedback.",
         "Timely\nPerson-centred",
         "Introduce a call-back function on the telephone system and release a proportion of routine "
         "appointments for online booking through the NHS Wales App.",
         "Practice Manager / GP Partners", "September 2025", "2025-09", None,
         ["Practice Manager", "GP Partners"]),
        ("There was no hearing loop available at reception.",
         "The practice must ensure reasonable adjustments are in place for patients with hearing loss.",
         "Equitable",
         "Portable hearing loop purchased and signage displayed at reception. Reception staff briefed on "
         "its use.",
         "Practice Manager", "31 May 2025", "2025-05", None, ["Practice Manager"]),
        ("Clinical audit activity was limited and was not linked to learning from significant events.",
         "The practice should develop a programme of clinical audit informed by significant event analysis.",
         "Learning, improvement and research",
         "Annual audit programme agreed by the partners, starting with repeat prescribing of high-risk "
         "medicines (DMARDs).\nOutcomes of audits and significant event reviews to be shared at quarterly "
         "whole-practice learning meetings.",
         "Dr S Evans and Dr R Hughes", "Ongoing", None, "Ongoing", ["Dr S Evans", "Dr R Hughes"]),
        ("Annual appraisals were overdue for five members of the administration team.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Workforce",
         "Outstanding appraisals scheduled and an annual appraisal calendar introduced for all non-clinical "
         "staff.",
         "Practice Manager", "31/08/2025", "2025-08", None, ["Practice Manager"]),
    ]
    tc = doc.add_table(rows=1, cols=6)
    tc.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(tc.cell(0, j), h, bold=True)
        shade(tc.cell(0, j), "D9D9D9")
    expected = []
    for (finding, need, std, action, resp, tsc, end, end_text, leads) in rows:
        cells = tc.add_row().cells
        for j, v in enumerate([finding, need, std, action, resp, tsc]):
            set_cell(cells[j], v)
        expected.append(act(None, [need], action, leads, end, "unrated", end_text))
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    doc.add_paragraph("Service representative").runs[0].bold = True
    sr = doc.add_table(rows=3, cols=2)
    sr.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Carys Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "17 April 2025")]):
        set_cell(sr.cell(i, 0), k, bold=True, size=10)
        set_cell(sr.cell(i, 1), v, size=10)
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the improvement plan a Welsh GP practice returns to Healthcare Inspectorate Wales "
                  "after a general practice inspection (Meddygfa Tywyn Bach, Hywel Dda UHB area, 2025; layout "
                  "of the HIW report appendices). Copied features: Appendix A (concerns resolved) and "
                  "Appendix B (immediate improvement plan) tables each holding only a 'none identified' "
                  "sentence, Appendix C improvement plan table with the HIW columns Risk/finding/issue, "
                  "Improvement needed, Standard / Regulation (Health and Care Quality Standards), Service "
                  "action, Responsible officer, Timescale, service action cells with two paragraphs, and the "
                  "service representative sign-off table.",
        "reads": "Only Appendix C holds actions: six rows, each a finding, the improvement HIW requires, "
                 "and the practice's service action with its responsible officer and timescale. There are "
                 "no refs and no status column, so every action is unrated; Appendices A and B state that "
                 "nothing was identified.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# F. Avon and Wiltshire MHP NHS Trust - PSII safety action plan export (csv)
# ---------------------------------------------------------------------------
def make_awp_psii():
    name = "zsr-avon-and-wiltshire-mental-health-partnership-nhs-trust-psii-safety-action-plan-export.csv"
    title = ("Safety action plan: PSII 2025/004 – Delayed recognition of physical deterioration on an acute "
             "inpatient ward")
    st_read = {"Completed": "blue", "On track": "green", "Amber - at risk": "amber", "Red - overdue": "red",
               "Not started": "unrated"}
    A1 = "AFI 1: Recording and escalation of NEWS2 when a patient declines physical observations"
    A2 = "AFI 2: Access to and familiarity with emergency equipment on acute wards"
    A3 = "AFI 3: Involvement of and communication with the family"
    A4 = "AFI 4: Handover of physical health concerns between shifts"
    hdr = ["Action ID", "Incident ref", "Area for improvement", "Safety action", "Action owner",
           "Due date", "Revised due date", "Progress status", "Latest update"]
    rows = [
        ("SA-01", A1, "Update the Physical Health Monitoring policy to include:\n- the minimum frequency of "
                      "attempted observations when a patient declines\n- escalation to the duty doctor after two "
                      "consecutive declined sets",
         "Physical Health Lead Nurse", "31/07/2025", "", "Completed",
         "Policy v4.2 ratified at Physical Health Group 24/07/2025.", "2025-07", None,
         ["Physical Health Lead Nurse"]),
        ("SA-02", A1, "Add a 'declined observations' prompt to the electronic NEWS2 form so that declined sets "
                      "are visible on the ward dashboard.",
         "Clinical Systems Manager; Physical Health Lead Nurse", "30/09/2025", "31/12/2025", "Amber - at risk",
         "Change request with supplier; build expected November.", "2025-12", None,
         ["Clinical Systems Manager", "Physical Health Lead Nurse"]),
        ("SA-03", A2, "Replace emergency grab bags on all acute wards with the standardised trust bag and "
                      "tamper-seal system.",
         "Resuscitation Officer", "31/08/2025", "", "Completed",
         "All 14 acute and PICU wards issued with new bags; checks on daily checklist.", "2025-08", None,
         ["Resuscitation Officer"]),
        ("SA-04", A2, "Deliver scenario-based deteriorating patient simulation on each acute ward at least "
                      "once a quarter.",
         "Practice Education Facilitator", "Quarterly", "", "On track",
         "Q2 sessions delivered on 12 of 14 wards; remaining two booked for October.", None, "Quarterly",
         ["Practice Education Facilitator"]),
        ("SA-05", A3, "Allocate a family liaison contact within 24 hours of a PSII being commissioned and "
                      "record this on the incident management system.",
         "Head of Patient Safety", "31/10/2025", "", "On track",
         "Process agreed; standard operating procedure out for consultation.", "2025-10", None,
         ["Head of Patient Safety"]),
        ("SA-06", A3, "Share the PSII findings with the family at a meeting at a time and place of their "
                      "choosing, with a written summary in plain English.",
         "Deputy Director of Nursing / Family Liaison Officer", "30/09/2025", "", "Completed",
         "Meeting held 18/09/2025 at the family's home; summary letter sent 22/09/2025.", "2025-09", None,
         ["Deputy Director of Nursing", "Family Liaison Officer"]),
        ("SA-07", A4, "Add a physical health (SBAR) section to the ward safety huddle and shift handover "
                      "template.",
         "Ward Manager", "31/10/2025", "", "Red - overdue",
         "Template drafted but not yet approved by the acute care group.", "2025-10", None, ["Ward Manager"]),
        ("SA-08", A4, "Audit handover records on three acute wards to test that physical health concerns are "
                      "carried over between shifts.",
         "Quality and Standards Lead", "31/01/2026", "", "Not started", "", "2026-01", None,
         ["Quality and Standards Lead"]),
    ]
    path = os.path.join(OUT, name)
    n = len(hdr)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Avon and Wiltshire Mental Health Partnership NHS Trust – Patient Safety Team – report run "
                    "03/11/2025 09:14"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(hdr)
        expected = []
        for (aid, afi, text, owner, due, rev, status, upd, end, end_text, leads) in rows:
            w.writerow([aid, "PSII 2025/004", afi, text, owner, due, rev, status, upd])
            expected.append(act(aid, [afi], text, leads, end, st_read[status], end_text))
    write_yaml(name, {
        "source": "Imitates a safety action plan exported to CSV from an NHS trust's incident management "
                  "system after a patient safety incident investigation under PSIRF (Avon and Wiltshire "
                  "Mental Health Partnership NHS Trust, 2025; layout modelled on PSII safety action plan "
                  "templates: area for improvement, safety action, owner, timescale). Copied features: report "
                  "title and run-date lines padded with empty fields, a blank line, one row per safety "
                  "action with the AFI repeated on every row, a multi-line quoted safety action with bullet "
                  "lines, due and revised due dates, a 'Quarterly' timescale and progress status words.",
        "reads": "An export of eight safety actions (SA-01 to SA-08) for one PSII, grouped by four areas for "
                 "improvement. Where a revised due date is given it replaces the due date; status words are "
                 "Completed, On track, Amber - at risk, Red - overdue and Not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# G. Kare Plus Milton Keynes - domiciliary care CQC action plan (txt)
# ---------------------------------------------------------------------------
def make_kareplus_txt():
    name = "zsr-kare-plus-milton-keynes-domiciliary-care-cqc-action-plan.txt"
    title = "Kare Plus Milton Keynes – CQC Action Plan"
    st_read = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "Not started": "unrated"}
    H1 = "REGULATION 12 – SAFE CARE AND TREATMENT"
    H2 = "REGULATION 17 – GOOD GOVERNANCE"
    H3 = "REGULATION 19 – FIT AND PROPER PERSONS EMPLOYED"
    Q1 = ("Requirement 1: The provider must ensure risks to people receiving catheter care or living with "
          "diabetes are assessed, recorded and mitigated.")
    Q2 = ("Requirement 2: The provider must ensure medicines are managed safely and administration records "
          "are accurate.")
    Q3 = ("Requirement 3: The provider must ensure systems to assess, monitor and improve the quality and "
          "safety of the service are operated effectively.")
    Q4 = ("Requirement 4: The provider must ensure a full employment history is obtained, and any gaps "
          "explained, for every member of staff.")
    # (ref, action, lead, by, status, update lines, end, end_text, leads)
    plan = [
        (H1, [
            (Q1, [
                ("1.1", "Review all care plans for people receiving catheter care or living with diabetes and add "
                        "specific risk assessments with clear guidance for care workers.",
                 "Registered Manager / Care Coordinator", "31 July 2025", "Complete",
                 ["23 care plans reviewed. Field spot checks in August confirmed the guidance",
                  "is in people's homes and on the care app."], "2025-07", None,
                 ["Registered Manager", "Care Coordinator"]),
                ("1.2", "Deliver catheter care and diabetes awareness training to all care workers with the "
                        "community nursing team.",
                 "Training Lead", "End of September 2025", "Behind schedule",
                 ["31 of 44 care workers trained. Two sessions cancelled by the community",
                  "nursing team; new dates 12 and 19 November."], "2025-09", None, ["Training Lead"]),
            ]),
            (Q2, [
                ("2.1", "Introduce weekly audits of electronic medication administration records (eMAR), with "
                        "missed or late doses followed up on the same day.",
                 "Care Coordinator", "w/c 04/08/2025", "Complete",
                 ["Weekly audit started 4 August. Missed doses down from 11 in July to 2",
                  "in September."], "2025-08", None, ["Care Coordinator"]),
                ("2.2", "Complete medicines competency assessments for all care workers who administer "
                        "medicines.",
                 "Sam Okoro and Priya Nair", "30 November 2025", "On track",
                 ["36 of 44 assessed."], "2025-11", None, ["Sam Okoro", "Priya Nair"]),
            ]),
        ]),
        (H2, [
            (Q3, [
                ("3.1", "Carry out a monthly quality audit covering care plans, call times, eMAR and daily notes, "
                        "with results reviewed by the Franchise Director.",
                 "Registered Manager", "Ongoing – monthly", "On track",
                 ["July, August and September audits completed and reviewed."], None, "Ongoing – monthly",
                 ["Registered Manager"]),
                ("3.2", "Use electronic call monitoring reports each week to identify late and missed calls, and "
                        "contact the people affected.",
                 "Care Coordinator", "By 31 October 2025", "On track",
                 ["Weekly report in place; on-time calls 92% in September."], "2025-10", None,
                 ["Care Coordinator"]),
            ]),
        ]),
        (H3, [
            (Q4, [
                ("4.1", "Audit all staff files and obtain written explanations for any gaps in employment "
                        "history.",
                 "Recruitment Administrator", "31 August 2025", "Complete",
                 ["All 52 files audited; 7 gaps explained in writing and signed off."], "2025-08", None,
                 ["Recruitment Administrator"]),
                ("4.2", "Add an employment history gap check to the pre-employment checklist signed off by the "
                        "Registered Manager.",
                 "Registered Manager", "December 2025", "Not started", [], "2025-12", None,
                 ["Registered Manager"]),
            ]),
        ]),
    ]
    lines = [
        title,
        "Domiciliary care agency – action plan following CQC assessment",
        "Site visit 14 May 2025; report published 1 July 2025; overall rating: Requires improvement",
        "Registered Manager: Helen Ward        Plan updated: 20 October 2025",
        "",
        "Status key: Complete (blue) | On track (green) | Behind schedule (amber) | Not started",
        "",
    ]
    expected = []
    bar = "=" * 72
    for head, reqs in plan:
        lines += [bar, head, bar, ""]
        for req, acts in reqs:
            lines += [req, ""]
            for (ref, text, lead, by, status, upd, end, end_text, leads) in acts:
                lines.append(f"{ref}  Action:   {text}")
                lines.append(f"     Lead:     {lead}")
                lines.append(f"     By when:  {by}")
                lines.append(f"     Status:   {status}")
                if upd:
                    lines.append(f"     Update:   {upd[0]}")
                    for extra in upd[1:]:
                        lines.append(f"               {extra}")
                lines.append("")
                expected.append(act(ref, [head, req], text, leads, end, st_read[status], end_text))
    lines += ["-" * 72,
              "Summary: 8 actions – 3 complete, 3 on track, 1 behind schedule, 1 not started.",
              "Next review: Registered Manager and Franchise Director, November 2025."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "Imitates a domiciliary care agency's action plan to CQC after an assessment rated it "
                  "Requires improvement, saved as plain text (Kare Plus Milton Keynes, a home care franchise, "
                  "2025; layout modelled on provider action plans answering CQC requirement notices by "
                  "regulation). Copied features: title and service details lines, a status key line, "
                  "ruled regulation headings, numbered 'Requirement n:' lines, labelled Action / Lead / By "
                  "when / Status / Update blocks with wrapped continuation lines in the updates, and a closing "
                  "summary line.",
        "reads": "Three regulation sections, each with one or two requirements and numbered actions beneath. "
                 "Each action block gives a lead (a post, two posts, or two named people), a due cell "
                 "('End of September 2025', 'w/c 04/08/2025', 'Ongoing – monthly' ...) and a status word "
                 "read with the key (Behind schedule = amber). The summary line at the end is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_lsc_baf, make_papworth_qa, make_hcone_refuse, make_ggc_his, make_tywyn_hiw,
               make_awp_psii, make_kareplus_txt):
        n, k = fn()
        print(f"{n}: {k} actions")
