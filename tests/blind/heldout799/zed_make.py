#!/usr/bin/env python
"""Build the seven `zed-` blind cases (data files + NAME.expected.yaml) in this folder.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with `zed-` are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zed-"), name
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, title, actions=None, outcome="read",
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------- colours
FILL = {
    "blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000",
    "navy": "1F3864", "pale": "D9E1F2", "grey": "D9D9D9", "teal": "DEEAF6",
}


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ======================================================================
# 1. Severn Hospice – Quality Account priorities tracker (CSV)
# ======================================================================
def make_severn():
    name = "zed-severn-hospice-quality-account-priorities-tracker-2025-26.csv"
    title = "Severn Hospice Quality Account 2025/26 - Priorities for Improvement: Progress Tracker"
    P1 = "Priority 1 – Patient safety: Reducing harm from falls on our inpatient units (Bicton and Apley)"
    P2 = "Priority 2 – Clinical effectiveness: Earlier identification and advance care planning for people living in care homes"
    P3 = "Priority 3 – Patient experience: Hearing from families in Mid Wales and from Welsh speakers"
    # (ref, action, measure, lead cell, due cell, q1, q2, update, expected lead, end, end_text, status)
    rows = [
        (P1, None),
        ("1.1", "Roll out the revised multifactorial falls risk assessment and bedside ‘Call, Don’t Fall’ prompts on both inpatient units",
         "100% of admissions assessed within 24 hours (monthly audit)", "Ward Manager (Bicton) / Ward Manager (Apley)",
         "Jun-25", "G", "B", "Completed June 2025. August audit: 96% of admissions assessed within 24 hours.",
         ["Ward Manager (Bicton)", "Ward Manager (Apley)"], "2025-06", None, "blue"),
        ("1.2", "Introduce a post-falls huddle within 24 hours of every inpatient fall, with learning shared at the monthly Patient Safety Group",
         "Huddle recorded for every fall on the incident system", "Clinical Quality Lead",
         "30/09/2025", "A", "G", "Huddle template live from July; 11 of 12 falls in Q2 had a huddle recorded.",
         ["Clinical Quality Lead"], "2025-09", None, "green"),
        ("1.3", "Trial low-rise beds and sensor mats for patients assessed as high risk of falling, and evaluate the trial with the Falls Group",
         "Falls with moderate harm or above per 1,000 occupied bed days (target: below 2019/20 baseline)", "Head of Inpatient Services / Physiotherapy Team Lead",
         "Q4 2025/26", "", "A", "Charitable funding for six beds agreed; delivery date slipped to November.",
         ["Head of Inpatient Services", "Physiotherapy Team Lead"], "2026-03", None, "amber"),
        (P2, None),
        ("2.1", "Deliver monthly advance care planning education sessions for care home staff across Shropshire, Telford & Wrekin and Powys",
         "Number of care homes attending; staff confidence scores before and after", "Care Homes Clinical Nurse Specialist",
         "Mar-26", "G", "G", "Six sessions delivered; 31 care homes have attended at least once.",
         ["Care Homes Clinical Nurse Specialist"], "2026-03", None, "green"),
        ("2.2", "Agree a shared ReSPECT and advance care plan record with the ICB digital team so that care homes and out-of-hours services can see the hospice plan",
         "Shared record live; % of hospice patients in care homes with a ReSPECT form visible to partners", "Director of Care; Head of Digital",
         "Dec-25", "A", "R", "Delayed – ICB digital resource paused until 2026. Escalated to Clinical Governance Committee.",
         ["Director of Care", "Head of Digital"], "2025-12", None, "red"),
        (P3, None),
        ("3.1", "Offer the bereaved carers’ feedback survey in Welsh and English, by text message, post and in person",
         "Response rate from Powys postcodes (target 25%)", "Patient Experience Lead",
         "31/07/2025", "G", "B", "Bilingual survey launched 1 July. Q2 response rate from Powys 27%.",
         ["Patient Experience Lead"], "2025-07", None, "blue"),
        ("3.2", "Hold listening events at our Newtown hub:\n- one for carers and families\n- one for people who use Day Services",
         "Themes from events reported to the Patient & Family Forum", "Community Engagement Manager and Newtown Hub Manager",
         "Quarterly", "", "G", "First carers’ event held 17 September (14 attendees).",
         ["Community Engagement Manager", "Newtown Hub Manager"], None, "Quarterly", "green"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 8
    pad = lambda first: [first] + [""] * (ncol - 1)
    w.writerow(pad(title))
    w.writerow(pad("Reported to: Clinical Governance Committee, 21 October 2025 (Q2 position)"))
    w.writerow(pad("Executive lead: Director of Care"))
    w.writerow(pad(""))
    w.writerow(["Ref", "Priority / action", "How we will measure success", "Lead", "Due",
                "Q1 RAG", "Q2 RAG", "Q2 progress update"])
    actions = []
    heading = None
    for r in rows:
        if r[1] is None:
            heading = r[0]
            w.writerow(pad(heading))
            continue
        ref, text, measure, leadcell, due, q1, q2, upd, lead, end, end_text, status = r
        w.writerow([ref, text, measure, leadcell, due, q1, q2, upd])
        actions.append(act(ref, [heading], text, lead, end, status, end_text))
    w.writerow(pad(""))
    w.writerow(pad("RAG key: B = complete; G = on track; A = at risk of slipping; R = off track / escalated"))
    w.writerow(pad("Summary at Q2: 2 complete; 3 on track; 1 amber; 1 red"))
    w.writerow(pad("Source: Quality Account 2024/25, Part 2 – Priorities for improvement 2025/26"))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    write_expected(
        name,
        source=("Imitates a hospice Quality Account 'priorities for improvement' progress tracker as hospices "
                "(e.g. Severn Hospice, St Clare, Prospect, St Luke's) report their three priorities under patient "
                "safety, clinical effectiveness and patient experience to their clinical governance committee; "
                "exported from Excel to CSV. Copied features: title block padded with empty cells, priority heading "
                "rows above numbered actions, a measure column, Q1 and Q2 RAG letters (current = Q2), a RAG key "
                "with B = complete, a summary line and a source note below the table, several leads in one cell "
                "(/ ; and), a quarter-of-financial-year due date and a 'Quarterly' due cell. No URL of the "
                "Severn Hospice tracker itself was found; severnhospice.org.uk describes its services (Bicton, "
                "Apley, Mid Wales)."),
        reads=("A CSV tracker of Severn Hospice's three Quality Account priorities for 2025/26. Each priority is a "
               "heading row with two or three numbered actions beneath, each with a measure, lead, due date, Q1 and "
               "Q2 RAG and a Q2 update; the key, summary and source lines under the table are not actions."),
        title=title, actions=actions)


# ======================================================================
# 2. Dorset County Hospital – PSII safety action plan (TXT)
# ======================================================================
def make_dorset():
    name = "zed-dorset-county-hospital-nhsft-psii-deteriorating-patient-safety-action-plan.txt"
    title = "Dorset County Hospital NHS Foundation Trust – PSII Safety Action Plan"
    A1 = "AREA FOR IMPROVEMENT 1 – Recording and acting on NEWS2 scores overnight"
    R1 = "Safety recommendation SR1: The Deteriorating Patient Group to ensure that a NEWS2 score of 5 or more is escalated and the escalation recorded within the timescales in the Trust’s Recognition and Management of the Deteriorating Adult Patient policy."
    A2 = "AREA FOR IMPROVEMENT 2 – Handover of deteriorating patients to the Hospital at Night team"
    R2 = "Safety recommendation SR2: The Medical Director’s office to agree a standard handover for patients with a rising NEWS2 between day teams and the Hospital at Night team."
    A3 = "AREA FOR IMPROVEMENT 3 – Listening to families’ concerns"
    R3 = "Safety recommendation SR3: The Trust to make it easier for families and carers to raise a concern that their relative is becoming more unwell (Martha’s Rule)."
    A4 = "AREA FOR IMPROVEMENT 4 – Sharing the learning"
    R4 = "Safety recommendation SR4: The Patient Safety Team to share the learning from this investigation across divisions."
    blocks = [
        (A1, R1, [
            dict(ref="SA1.1",
                 text="Add a mandatory escalation field to the electronic observations system so that a NEWS2 of 5 or more cannot be saved without recording who was informed and when.",
                 owner="Lead Nurse – Deteriorating Patient / Chief Nursing Information Officer",
                 target="31/08/2025", revised="30/11/2025",
                 measure="Monthly report: % of NEWS2 5+ observations with escalation recorded (target 95%)",
                 status="On track",
                 update="Build complete and tested; go-live agreed for 4 November 2025 after the system upgrade.",
                 lead=["Lead Nurse – Deteriorating Patient", "Chief Nursing Information Officer"],
                 end="2025-11", st="green"),
            dict(ref="SA1.2",
                 text="Relaunch the ‘NEWS2 5 – act now’ escalation card on all adult inpatient wards and include it in the safety huddle for four weeks.",
                 owner="Matrons (Medicine Division)",
                 target="End of July 2025", revised=None,
                 measure="Spot check of 10 staff per ward: able to describe escalation steps",
                 status="Complete",
                 update="Cards relaunched 7 July; spot checks on 14 wards, 92% of staff able to describe the steps.",
                 lead=["Matrons (Medicine Division)"], end="2025-07", st="blue"),
        ]),
        (A2, R2, [
            dict(ref="SA2.1",
                 text="Introduce a structured (SBAR) electronic handover list for the Hospital at Night team, with a ‘watch list’ of patients whose NEWS2 is rising.",
                 owner="Hospital at Night Clinical Lead",
                 target="30/09/2025", revised=None,
                 measure="Handover list used at every 21:00 handover",
                 status="At risk",
                 update="Template agreed; waiting for IT to add it to the handover module. Paper version in use meanwhile.",
                 lead=["Hospital at Night Clinical Lead"], end="2025-09", st="amber"),
            dict(ref="SA2.2",
                 text="Audit 20 night handovers a month for three months and report compliance to the Deteriorating Patient Group.",
                 owner="Dr K Morgan (Consultant Acute Physician)",
                 target="Q4 2025/26", revised=None,
                 measure="Three monthly audit reports received",
                 status="Not started",
                 update="Starts once SA2.1 is live.",
                 lead=["Dr K Morgan (Consultant Acute Physician)"], end="2026-03", st="unrated"),
        ]),
        (A3, R3, [
            dict(ref="SA3.1",
                 text="Launch the Call 4 Concern line on all adult inpatient wards, with posters at every bed space and information in the ward welcome leaflet.",
                 owner="Head of Patient Experience and Critical Care Outreach Lead",
                 target="October 2025", revised=None,
                 measure="Number of Call 4 Concern calls and outcomes (quarterly report)",
                 status="On track",
                 update="Live on 9 of 16 wards; remaining wards by 31 October.",
                 lead=["Head of Patient Experience", "Critical Care Outreach Lead"], end="2025-10", st="green"),
            dict(ref="SA3.2",
                 text="Add a question about family concerns to the daily nursing assessment in the electronic patient record.",
                 owner="Chief Nursing Information Officer",
                 target="30/06/2025", revised=None,
                 measure="Question completed for 90% of inpatients (monthly report)",
                 status="Complete",
                 update="Live from 23 June 2025.",
                 lead=["Chief Nursing Information Officer"], end="2025-06", st="blue"),
        ]),
        (A4, R4, [
            dict(ref="SA4.1",
                 text="Present this PSII at the Trust-wide Learning from Patient Safety Events forum and publish a ‘learning on a page’ summary on the intranet.",
                 owner="Head of Patient Safety; Patient Safety Partner",
                 target="Ongoing – quarterly", revised=None,
                 measure="Learning summary published; forum attendance",
                 status="On track",
                 update="Presented at the September forum (63 attendees). Summary published 30/09/2025.",
                 lead=["Head of Patient Safety", "Patient Safety Partner"], end=None,
                 end_text="Ongoing – quarterly", st="green"),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Patient Safety Incident Investigation: delayed recognition and escalation of deterioration in an adult inpatient (Barnes Ward)")
    L.append("PSII reference: PSII-2025-007        LFPSE reference: W2145587")
    L.append("Executive sponsor: Chief Nursing Officer")
    L.append("Plan approved by: Patient Safety and Quality Committee, 19 June 2025")
    L.append("Last updated: 06/10/2025")
    L.append("")
    L.append("Status key: Not started / On track / At risk / Off track / Complete")
    L.append("=" * 78)
    actions = []
    for area, rec, acts in blocks:
        L.append("")
        L.append(area)
        L.append(rec)
        L.append("-" * 78)
        for a in acts:
            L.append(f"Action {a['ref']}")
            L.append(f"  Safety action:  {a['text']}")
            L.append(f"  Owner:          {a['owner']}")
            L.append(f"  Target date:    {a['target']}")
            if a["revised"]:
                L.append(f"  Revised date:   {a['revised']}")
            L.append(f"  Measure:        {a['measure']}")
            L.append(f"  Status:         {a['status']}")
            L.append(f"  Update:         {a['update']}")
            L.append("-" * 78)
            actions.append(act(a["ref"], [area, rec], a["text"], a["lead"], a["end"], a["st"],
                               a.get("end_text")))
    L.append("")
    L.append("=" * 78)
    L.append("Notes:")
    L.append("1. Actions are reviewed monthly at the Deteriorating Patient Group; an action is closed only when evidence has been uploaded to the incident record.")
    L.append("2. The patient’s family have received a copy of this plan and will be updated at the six-month review.")
    L.append("End of safety action plan")
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")
    write_expected(
        name,
        source=("Imitates an NHS trust's PSIRF patient safety incident investigation (PSII) safety action plan as "
                "trusts publish them in board/quality committee papers following the NHS England PSII report "
                "template (areas for improvement, safety recommendations, SMART safety actions with owner, "
                "timescale and measure). Plain-text export. Copied features: title block with PSII and LFPSE "
                "references, status key, area-for-improvement headings with the safety recommendation line "
                "beneath, labelled field blocks per safety action, target and revised dates, two owners in one "
                "field, notes after the plan. Dorset County Hospital publishes board papers at dchft.nhs.uk; no "
                "copy of this particular plan was found."),
        reads=("A text export of Dorset County Hospital's safety action plan for one PSII on a deteriorating "
               "patient. Four areas for improvement each carry a safety recommendation and one or two labelled "
               "safety actions (SA1.1 ...) with owner, target (and sometimes revised) date, measure, status and "
               "update; the header, key and notes are not actions."),
        title=title, actions=actions)


# ======================================================================
# 3. Northumbria Healthcare – Board Assurance Framework actions (XLSX)
# ======================================================================
def make_northumbria():
    name = "zed-northumbria-healthcare-nhsft-board-assurance-framework-2025-26.xlsx"
    title = "Northumbria Healthcare NHS Foundation Trust – Board Assurance Framework 2025/26"
    wb = Workbook()
    # --- Cover sheet with document control
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Board of Directors (public) – 27 November 2025 – Enclosure 9"
    cv["A4"] = "Executive lead: Executive Director of Corporate Governance"
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("1.0", dt.datetime(2025, 4, 24), "Head of Risk and Assurance", "2025/26 BAF approved by Board"),
          ("2.0", dt.datetime(2025, 7, 31), "Head of Risk and Assurance", "Q1 review by assurance committees"),
          ("3.0", dt.datetime(2025, 11, 13), "Head of Risk and Assurance", "Q2 review – BAF 3 current score increased to 16")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cv.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, wdt in zip("ABCD", (10, 14, 30, 50)):
        cv.column_dimensions[col].width = wdt

    # --- Summary of strategic risks (not actions)
    sm = wb.create_sheet("Risk summary")
    sm["A1"] = "Strategic risk summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["BAF ref", "Strategic risk", "Executive owner", "Assurance committee", "Inherent score",
           "Q1 score", "Q2 score", "Target score", "Trend"]
    risks = [
        ("BAF 1", "Urgent and emergency care demand exceeds capacity", "Executive Chief Operating Officer", "Finance & Performance", 20, 16, 16, 8, "↔"),
        ("BAF 2", "Maternity services do not meet national safety standards", "Executive Director of Nursing", "Quality & Safety", 16, 12, 12, 6, "↔"),
        ("BAF 3", "Unable to recruit, retain and develop a sustainable workforce", "Director of People & OD", "People", 16, 12, 16, 9, "↑"),
        ("BAF 4", "Failure to deliver the 2025/26 financial plan", "Director of Finance", "Finance & Performance", 20, 16, 16, 8, "↔"),
    ]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    for i, r in enumerate(risks):
        for j, v in enumerate(r):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if j in (4, 5, 6, 7):
                c.fill = fill("red" if v >= 15 else "amber" if v >= 8 else "green")
    sm.cell(row=9, column=1, value="Risks scored on 5x5 matrix (consequence x likelihood). Scores of 15+ are reported to Board monthly.")
    for col, wdt in zip("ABCDEFGHI", (9, 55, 34, 24, 10, 9, 9, 10, 7)):
        sm.column_dimensions[col].width = wdt

    # --- Actions sheet
    ws = wb.create_sheet("Gap actions Q2")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Actions to close gaps in control and assurance – position at 30 September 2025 (Q2)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action to close gap", "Lead", "Original due date", "Revised due date",
             "Q1 RAG", "Q2 RAG", "Progress update (Q2)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = WRAP
    SA1 = "Strategic Ambition 1: Safe, high quality care and an excellent patient experience"
    SA2 = "Strategic Ambition 2: A great place to work – a healthy, engaged and well-led workforce"
    SA3 = "Strategic Ambition 3: Financially sustainable services and a strong partner in our communities"
    B1 = "BAF 1 – Demand for urgent and emergency care exceeds capacity, resulting in delays to care and avoidable harm to patients"
    B2 = "BAF 2 – Maternity services do not meet the Maternity Incentive Scheme and national safety standards, leading to avoidable harm"
    B3 = "BAF 3 – Inability to recruit, retain and develop a sustainable workforce to deliver safe services"
    B4 = "BAF 4 – Failure to deliver the 2025/26 financial plan and efficiency programme"
    D = dt.datetime
    content = [
        ("amb", SA1),
        ("risk", B1),
        ("1.1", "Extend the Same Day Emergency Care unit at Northumbria Specialist Emergency Care Hospital to seven days a week",
         "Executive Chief Operating Officer", D(2025, 6, 30), D(2025, 10, 31), "A", "G",
         "Weekend staffing model agreed; seven-day opening from 6 October 2025.",
         ["Executive Chief Operating Officer"], "2025-10", None, "green"),
        ("1.2", "Complete the internal audit of ambulance handover and corridor care reporting and implement its recommendations",
         "Director of Performance; AuditOne Audit Manager", D(2025, 9, 30), None, "G", "B",
         "Audit reported to Audit Committee 18/09/2025 (substantial assurance). All four recommendations implemented.",
         ["Director of Performance", "AuditOne Audit Manager"], "2025-09", None, "blue"),
        ("1.3", "Agree the 2025/26 winter plan with the ICB, including 150 virtual ward beds",
         "Executive Chief Operating Officer", D(2025, 10, 31), None, "G", "G",
         "Draft plan to Finance & Performance Committee 23 October.",
         ["Executive Chief Operating Officer"], "2025-10", None, "green"),
        ("risk", B2),
        ("2.1", "Achieve compliance with all ten Maternity Incentive Scheme (Year 7) safety actions and submit the Board declaration",
         "Director of Midwifery", D(2025, 11, 30), None, "A", "A",
         "8 of 10 safety actions met; training compliance for safety action 8 at 84% (target 90%).",
         ["Director of Midwifery"], "2025-11", None, "amber"),
        ("2.2", "Recruit to the two vacant consultant obstetrician posts",
         "Executive Medical Director", D(2025, 7, 31), D(2026, 1, 31), "R", "A",
         "One post appointed (start January); second post re-advertised.",
         ["Executive Medical Director"], "2026-01", None, "amber"),
        ("amb", SA2),
        ("risk", B3),
        ("3.1", "Launch the retention programme for nurses in their first two years, including a refreshed preceptorship and flexible rostering",
         "Director of People & OD", D(2025, 12, 31), None, "G", "G",
         "Preceptorship refresh launched September; flexible rostering pilot on 6 wards.",
         ["Director of People & OD"], "2025-12", None, "green"),
        ("3.2", "Reduce reliance on agency medical locums through a review of internal bank rates",
         "Executive Medical Director / Director of Finance", D(2025, 9, 30), D(2026, 3, 31), "A", "R",
         "Regional rate agreement delayed; agency spend above plan at month 6.",
         ["Executive Medical Director", "Director of Finance"], "2026-03", None, "red"),
        ("amb", SA3),
        ("risk", B4),
        ("4.1", "Deliver the £28.4m 2025/26 efficiency programme, with monthly tracking at Finance & Performance Committee",
         "Director of Finance", D(2026, 3, 31), None, "A", "A",
         "£12.1m delivered at month 6 against plan of £13.0m; recovery schemes identified.",
         ["Director of Finance"], "2026-03", None, "amber"),
        ("4.2", "Refresh the medium-term financial plan with ICB partners",
         "Director of Finance", "Ongoing", None, "", "G",
         "System financial recovery group meeting monthly.",
         ["Director of Finance"], None, "Ongoing", "green"),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    amb = risk = None
    actions = []
    for item in content:
        if item[0] == "amb":
            amb = item[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=amb)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("navy")
            r += 1
            continue
        if item[0] == "risk":
            risk = item[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=risk)
            c.font = Font(bold=True)
            c.fill = fill("pale")
            r += 1
            continue
        ref, text, leadcell, orig, rev, q1, q2, upd, lead, end, end_text, st = item
        vals = [ref, text, leadcell, orig, rev, q1, q2, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
            if j in (5, 6) and v:
                c.fill = fill(rag_fill[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        actions.append(act(ref, [amb, risk], text, lead, end, st, end_text))
        r += 1
    for col, wdt in zip("ABCDEFGH", (6, 60, 30, 12, 12, 8, 8, 55)):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    # --- Key sheet
    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG rating key for gap actions"
    ky["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Action complete"), ("G", "On track to deliver by the due date"),
                                ("A", "At risk of delay – mitigation in place"),
                                ("R", "Off track – escalation to assurance committee required")]):
        ky.cell(row=3 + i, column=1, value=k).fill = fill(rag_fill[k])
        ky.cell(row=3 + i, column=2, value=t)
    ky.column_dimensions["B"].width = 60
    wb.active = wb.index(ws)
    wb.save(out(name))
    write_expected(
        name,
        source=("Imitates an NHS foundation trust Board Assurance Framework as presented to a public board "
                "(cf. Northumbria Healthcare 'Board Assurance Framework 2016/17' Enc 14, documents.pub; EEAST BAF "
                "update summary Nov 2025, eastamb.nhs.uk; GGI 'How to develop a board assurance framework'). "
                "Copied features: cover sheet with document-control table, a strategic-risk summary sheet with "
                "scores (not actions), an actions sheet with merged navy strategic-ambition rows and pale BAF-risk "
                "rows over numbered gap actions, original and revised due dates (mmm-yy), Q1 and Q2 RAG letters "
                "with fill, a separate RAG key sheet, job titles as leads and two leads in one cell."),
        reads=("A four-sheet workbook of Northumbria Healthcare's 2025/26 BAF. The 'Gap actions Q2' sheet lists nine "
               "actions to close gaps in control, grouped under three strategic ambitions and four BAF risks, each "
               "with lead, original and revised due date, Q1 and Q2 RAG and an update; the cover, risk summary "
               "and key sheets hold no actions."),
        title=title, actions=actions)


# ======================================================================
# 4. Aberdeenshire HSCP – HMP & YOI Grampian healthcare improvement action plan (XLSX)
# ======================================================================
def make_grampian():
    name = "zed-aberdeenshire-hscp-hmp-grampian-healthcare-his-hmips-inspection-improvement-action-plan.xlsx"
    title = "Aberdeenshire Health and Social Care Partnership – HMP & YOI Grampian Healthcare Improvement Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Response to the HMIPS full inspection of HMP & YOI Grampian (3–7 June 2024) – Standard 9: "
                "Health and Wellbeing (healthcare inspected by Healthcare Improvement Scotland)")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = ("Version 4 – updated 15 September 2025 for the Prison Healthcare Oversight Group and the IJB "
                "Clinical and Adult Social Work Governance Committee")
    ws["A3"].font = Font(italic=True)
    heads = ["Recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Progress / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("teal")
        c.border = BOX
    T1 = "Access to primary care and long-term conditions"
    T2 = "Mental health"
    T3 = "Medicines management and pharmacy"
    R74 = "Recommendation 74: Aberdeenshire HSCP should ensure that patients referred to the GP clinic are seen within the clinically agreed timescale."
    R75 = "Recommendation 75: Aberdeenshire HSCP should develop registers and care plans for patients with long-term conditions."
    R81 = "Recommendation 81: Aberdeenshire HSCP should reduce waiting times for psychological therapies and ensure that patients on the waiting list are regularly reviewed."
    R86 = "Recommendation 86: Aberdeenshire HSCP should ensure that controlled drugs are stored, recorded and audited in line with legislation and best practice."
    R88 = "Recommendation 88: Aberdeenshire HSCP should work with the Scottish Prison Service to reduce the number of missed doses at the evening medication round."
    D = dt.datetime
    plan = [
        ("theme", T1),
        ("rec", R74, [
            ("74.1", "Introduce a daily GP clinic triage list reviewed by the Advanced Nurse Practitioner, with waiting times reported monthly",
             "Prison Healthcare Manager", "December 2024", "blue",
             "Implemented December 2024. Median wait for routine GP appointment now 6 days (was 19).",
             ["Prison Healthcare Manager"], "2024-12", None),
            ("74.2", "Recruit a second sessional GP to provide two additional clinics each week",
             "Clinical Director (Primary Care)", D(2025, 3, 31), "amber",
             "One additional session in place from April 2025; second session re-advertised August 2025.",
             ["Clinical Director (Primary Care)"], "2025-03", None),
        ]),
        ("rec", R75, [
            ("75.1", "Create long-term condition registers (diabetes, asthma/COPD, hypertension) and invite every patient on a register for an annual review",
             "Practice Nurse Team Lead", "June 2025", "green",
             "Registers complete; 61% of patients reviewed to date.",
             ["Practice Nurse Team Lead"], "2025-06", None),
        ]),
        ("theme", T2),
        ("rec", R81, [
            ("81.1", "Agree a stepped-care pathway with the NHS Grampian Psychological Therapies Service, including guided self-help delivered by the prison mental health nursing team",
             "Mental Health Team Lead / Consultant Clinical Psychologist", D(2025, 3, 1), "blue",
             "Pathway signed off at Mental Health Governance Group, March 2025.",
             ["Mental Health Team Lead", "Consultant Clinical Psychologist"], "2025-03", None),
            ("81.2", "Review every patient waiting more than 18 weeks and record a risk review in their notes each month",
             "Mental Health Team Lead", "Ongoing – monthly", "green",
             "Monthly waiting list review in place; audit of August 2025 showed 100% reviewed.",
             ["Mental Health Team Lead"], None, "Ongoing – monthly"),
        ]),
        ("theme", T3),
        ("rec", R86, [
            ("86.1", "Replace the controlled drug cabinet in the health centre treatment room and fit an intruder alarm",
             "Lead Pharmacist (Prison Healthcare)", D(2024, 10, 1), "blue",
             "New cabinet installed 22 October 2024.",
             ["Lead Pharmacist (Prison Healthcare)"], "2024-10", None),
            ("86.2", "Carry out quarterly controlled drug audits with the Controlled Drugs Governance Team and report findings to the Medicines Management Group",
             "Lead Pharmacist (Prison Healthcare) and Controlled Drugs Accountable Officer", "Quarterly", "green",
             "Q1 and Q2 2025/26 audits complete; no discrepancies.",
             ["Lead Pharmacist (Prison Healthcare)", "Controlled Drugs Accountable Officer"], None, "Quarterly"),
        ]),
        ("rec", R88, [
            ("88.1", "Agree a joint SPS and NHS protocol so that the evening medication round starts no later than 16:30, with officers escorting patients to the medication hatch",
             "Prison Healthcare Manager and SPS Head of Operations", "TBC – awaiting SPS regime review", "red",
             "Missed evening doses remain above 10%. Raised at Local Partnership Board; SPS regime review due early 2026.",
             ["Prison Healthcare Manager", "SPS Head of Operations"], None, "TBC – awaiting SPS regime review"),
        ]),
    ]
    r = 6
    theme = None
    actions = []
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            r += 1
            continue
        _, rec, acts = item
        first = r
        ws.cell(row=r, column=1, value=rec)
        for a in acts:
            ref, text, leadcell, target, colour, prog, lead, end, end_text = a
            for j, v in enumerate([ref, text, leadcell, target, None, prog], start=2):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(colour)
            actions.append(act(ref, [theme, rec], text, lead, end, colour, end_text))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).border = BOX
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, (colour, text) in enumerate([("blue", "Complete"), ("green", "On track"),
                                        ("amber", "Delayed – recoverable"),
                                        ("red", "Off track – escalated to Oversight Group")], start=1):
        ws.cell(row=r + k, column=1).fill = fill(colour)
        ws.cell(row=r + k, column=2, value=text)
    for col, wdt in zip("ABCDEFG", (48, 7, 55, 32, 16, 7, 50)):
        ws.column_dimensions[col].width = wdt

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – September 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Status", "Number of actions"), ("Complete", 3), ("On track", 3),
                                ("Delayed – recoverable", 1), ("Off track", 1), ("Total", 8)]):
        sm.cell(row=3 + i, column=1, value=k).border = BOX
        sm.cell(row=3 + i, column=2, value=v).border = BOX
    sm.column_dimensions["A"].width = 26
    sm.column_dimensions["B"].width = 18
    wb.save(out(name))
    write_expected(
        name,
        source=("Imitates the healthcare improvement action plan an NHS Grampian / Aberdeenshire HSCP prison "
                "healthcare team keeps after the HMIPS full inspection of HMP & YOI Grampian (3–7 June 2024; 103 "
                "recommendations, sps.gov.uk/about-us/our-latest-news/inspecton-hmp-yoi-grampian), whose Standard "
                "9 Health and Wellbeing is inspected by Healthcare Improvement Scotland "
                "(healthcareimprovementscotland.scot ... inspections-of-healthcare-in-prison). Copied features: "
                "three-line title block, grey theme rows, the recommendation text in a vertically merged cell "
                "beside its numbered actions, RAG shown only by cell fill with a colour key under the table, "
                "Scottish-style target dates (month words, mmm-yy, Ongoing, TBC), two posts in one lead cell, and "
                "a summary sheet of counts. Recommendation numbers and wording are invented in the HMIPS style."),
        reads=("An improvement action plan for prison healthcare at HMP & YOI Grampian. Under three themes, five "
               "HMIPS/HIS recommendations sit in merged cells on the left, each with one or two numbered actions "
               "(74.1 ...) carrying lead, target date, a fill-only RAG cell and progress; the key and the Summary "
               "sheet are not actions."),
        title=title, actions=actions)


# ======================================================================
# docx helpers
# ======================================================================
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# ======================================================================
# 5. Clydach Medical Centre – HIW GP inspection improvement plan (DOCX)
# ======================================================================
def make_clydach():
    name = "zed-clydach-medical-centre-hiw-gp-inspection-improvement-plan.docx"
    title = "Clydach Medical Centre – HIW Inspection Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Service", "Clydach Medical Centre"),
                                ("Health board", "Swansea Bay University Health Board"),
                                ("Type of inspection", "General Practice Inspection (Announced)"),
                                ("Date of inspection", "22 January 2025"),
                                ("Date improvement plan returned to HIW", "7 March 2025")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("No immediate concerns were identified on this inspection.")
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The table below sets out the improvements identified during the inspection and the "
                      "actions the practice is taking to address them.")
    S1 = "Quality of the patient experience"
    S2 = "Delivery of safe and effective care"
    S3 = "Quality of management and leadership"
    rows = [
        ("sec", S1),
        ("The practice must ensure that patients can contact the practice by telephone at busy times, particularly between 8am and 10am.",
         "Health and Care Quality Standards 2023 – Timely",
         "An additional receptionist has been rostered from 8am to 10am on Mondays and Fridays.\nA call-back option has been added to the telephone system so that patients keep their place in the queue.",
         "Practice Manager", "31 March 2025", ["Practice Manager"], "2025-03", None),
        ("The practice must ensure that information on how to raise a concern under Putting Things Right is displayed in the waiting area and on the practice website, in Welsh and English.",
         "Health and Care Quality Standards 2023 – Person centred; Putting Things Right",
         "Bilingual Putting Things Right posters displayed in the waiting room and leaflets made available at reception. Practice website updated.",
         "Practice Manager", "February 2025", ["Practice Manager"], "2025-02", None),
        ("sec", S2),
        ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe; Effective",
         "Weekly checklist introduced for the emergency trolley, oxygen and defibrillator, signed by the duty nurse and countersigned monthly by the Lead Nurse.",
         "Lead Nurse", "Immediate and ongoing", ["Lead Nurse"], None, "Immediate and ongoing"),
        ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe; Safeguarding children and adults",
         "Training matrix reviewed. Two GPs and one healthcare support worker booked on Level 3 safeguarding training for adults and children.",
         "Dr R Hughes (Safeguarding Lead) / Practice Manager", "30/06/2025",
         ["Dr R Hughes (Safeguarding Lead)", "Practice Manager"], "2025-06", None),
        ("The practice must ensure that vaccine fridge temperatures are recorded twice daily and that any action taken when readings are outside the recommended range is documented.",
         "Health and Care Quality Standards 2023 – Safe; Medicines management",
         "Twice-daily temperature log placed on each fridge with escalation steps printed on the log. Data loggers fitted and downloaded weekly.",
         "Lead Nurse", "April 2025", ["Lead Nurse"], "2025-04", None),
        ("sec", S3),
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal timetable agreed for all non-clinical staff; 6 of 14 appraisals completed so far.",
         "Practice Manager and Dr A Davies (Senior Partner)", "By 31 July 2025",
         ["Practice Manager", "Dr A Davies (Senior Partner)"], "2025-07", None),
        ("The practice must ensure that practice policies are reviewed, version controlled and accessible to all staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Policies moved to a shared drive folder with review dates. Staff sign to confirm they have read new or updated policies.",
         "Assistant Practice Manager", "September 2025", ["Assistant Practice Manager"], "2025-09", None),
    ]
    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    sec = None
    actions = []
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "sec":
            sec = row[1]
            m = cells[0].merge(cells[4])
            set_cell(m, sec, bold=True)
            shade(m, "E7E6E6")
            continue
        need, std, action, officer, timescale, lead, end, end_text = row
        for j, v in enumerate([need, std, action, officer, timescale]):
            set_cell(cells[j], v)
        actions.append(act(None, [sec, need], action, lead, end, "unrated", end_text))
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    sig = doc.add_table(rows=4, cols=2)
    sig.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print)", "Sian Powell"),
                                ("Job role", "Practice Manager"), ("Date", "7 March 2025")]):
        set_cell(sig.cell(i, 0), k, bold=True)
        set_cell(sig.cell(i, 1), v)
    doc.save(out(name))
    write_expected(
        name,
        source=("Imitates the Healthcare Inspectorate Wales GP inspection improvement plan appended to HIW "
                "'General Practice Inspection (Announced)' reports (e.g. Beechley Medical Centre, BCUHB, "
                "fdocuments.net copy of the HIW report) as a practice returns it. Copied features: title and "
                "service-details table, Appendix A and B stating no immediate concerns, Appendix C table "
                "'Improvement needed | Standard / Regulation | Service action | Responsible officer | Timescale' "
                "with merged shaded section rows for the three HIW themes, a service action written as two "
                "paragraphs in one cell, named GPs with roles as leads, and the service-representative sign-off "
                "table. No status column, so every action is unrated."),
        reads=("A Word improvement plan returned to HIW by Clydach Medical Centre. One table, split by the three HIW "
               "themes, lists seven improvements needed, each with the practice's action, responsible officer(s) "
               "and timescale; the service details and sign-off tables and Appendices A and B hold no actions."),
        title=title, actions=actions)


# ======================================================================
# 6. Ardenlee Nursing Home – RQIA quality improvement plan tracker (DOCX)
# ======================================================================
def make_ardenlee():
    name = "zed-ardenlee-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Ardenlee Nursing Home – RQIA Quality Improvement Plan: Progress Tracker"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Unannounced care inspection: 18 and 19 February 2025    Inspection ID: IN047718    RQIA ID: 1277")
    doc.add_paragraph("Registered Manager: Gillian McCrea    Responsible Individual: Martin Doherty (Director of Care Services)")
    dcp = doc.add_paragraph()
    dcp.add_run("Document control").bold = True
    dct = doc.add_table(rows=3, cols=4)
    dct.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Prepared by", "Comment"),
                             ("1.0", "21/03/2025", "Home Manager", "QIP response returned to RQIA via the Web Portal"),
                             ("1.1", "30/05/2025", "Home Manager", "Progress update for the Responsible Individual")]):
        for j, v in enumerate(row):
            set_cell(dct.cell(i, j), v, bold=(i == 0))
    SEC1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    SEC2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    plan = [
        ("sec", SEC1),
        ("afi", "Area for improvement 1    Ref: Regulation 13 (7)    Stated: Second time    To be completed by: With immediate effect (18 February 2025)",
         "The registered person shall ensure that the infection prevention and control issues identified during the inspection are addressed, including the cleaning of commodes and the storage of equipment in bathrooms.",
         [("Deep clean of all commodes completed and a daily commode cleaning schedule introduced, signed by night staff.",
           "Domestic Supervisor / Night Nurse in Charge", "With immediate effect", "Complete",
           ["Domestic Supervisor", "Night Nurse in Charge"], None, "With immediate effect", "blue"),
          ("Weekly IPC environmental audit carried out by the IPC Link Nurse, with results reviewed at the monthly governance meeting.",
           "IPC Link Nurse", "31/03/2025", "Complete", ["IPC Link Nurse"], "2025-03", None, "blue"),
          ("Bathroom storage reviewed; hoists and wheelchairs now kept in the new equipment room on the first floor.",
           "Home Manager", "April 2025", "Complete", ["Home Manager"], "2025-04", None, "blue")]),
        ("afi", "Area for improvement 2    Ref: Regulation 14 (2) (a) and (c)    Stated: First time    To be completed by: 30 June 2025",
         "The registered person shall ensure that fire doors are not wedged open and that the actions in the fire risk assessment are completed within the timescales set by the fire risk assessor.",
         [("Magnetic hold-open devices linked to the fire alarm fitted to the lounge and dining room doors.",
           "Maintenance Manager", "30 June 2025", "On track", ["Maintenance Manager"], "2025-06", None, "green"),
          ("Fire risk assessment action log added to the monthly Regulation 29 monitoring visit.",
           "Responsible Individual", "May 2025", "Complete", ["Responsible Individual"], "2025-05", None, "blue")]),
        ("sec", SEC2),
        ("afi", "Area for improvement 1    Ref: Standard 4    Stated: First time    To be completed by: 31 May 2025",
         "The registered person shall ensure that care plans for residents with wounds are kept up to date and that a wound assessment is completed at each dressing change.",
         [("Wound care records audited for every resident with a wound; care plans updated where needed.",
           "Clinical Lead", "31 May 2025", "Complete", ["Clinical Lead"], "2025-05", None, "blue"),
          ("Tissue viability refresher training for all registered nurses, delivered by the Trust Tissue Viability Nurse.",
           "Home Manager and Clinical Lead", "31/07/2025", "On track", ["Home Manager", "Clinical Lead"], "2025-07", None, "green")]),
        ("afi", "Area for improvement 2    Ref: Standard 12    Stated: First time    To be completed by: 30 April 2025",
         "The registered person shall ensure that the dining experience is reviewed so that residents receive assistance with their meals in a timely manner and that menus are displayed in a suitable format.",
         [("Pictorial menus introduced on each unit.",
           "Catering Manager", "April 2025", "Complete", ["Catering Manager"], "2025-04", None, "blue"),
          ("Mealtime co-ordinator allocated on each shift and a dining audit completed monthly on each unit.",
           "Deputy Manager", "Ongoing", "On track", ["Deputy Manager"], None, "Ongoing", "green")]),
    ]
    sec = None
    actions = []
    for item in plan:
        if item[0] == "sec":
            sec = item[1]
            doc.add_heading(sec, level=2)
            continue
        _, header, afi_text, acts = item
        t = doc.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        m0 = t.cell(0, 0).merge(t.cell(0, 3))
        set_cell(m0, header, bold=True)
        shade(m0, "D9E2F3")
        m1 = t.cell(1, 0).merge(t.cell(1, 3))
        set_cell(m1, afi_text)
        hdr = t.add_row().cells
        for j, h in enumerate(["Action taken / planned", "Responsible", "By when", "Status"]):
            set_cell(hdr[j], h, bold=True)
            shade(hdr[j], "F2F2F2")
        for text, resp, when, status, lead, end, end_text, st in acts:
            cells = t.add_row().cells
            for j, v in enumerate([text, resp, when, status]):
                set_cell(cells[j], v)
            actions.append(act(None, [sec, afi_text], text, lead, end, st, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Signed: Home Manager        Date: 30/05/2025")
    doc.save(out(name))
    write_expected(
        name,
        source=("Imitates the Quality Improvement Plan at the end of an RQIA unannounced care inspection report "
                "for a Northern Ireland nursing home (e.g. RQIA report for Ashbrooke Care Home, Enniskillen, "
                "vdocuments.mx copy), re-used by the home as its own progress tracker. Copied features: RQIA "
                "inspection and ID line, document-control table, the two RQIA sections (Nursing Homes Regulations "
                "(NI) 2005; Care Standards for Nursing Homes 2022), one Word table per area for improvement with a "
                "shaded 'Area for improvement n / Ref / Stated / To be completed by' row and the RQIA requirement "
                "text above the home's own action rows, numbering restarting in each section, no action refs, "
                "Complete / On track status words, two posts in one Responsible cell."),
        reads=("Ardenlee Nursing Home's tracker for its RQIA quality improvement plan after the February 2025 "
               "inspection. Two regulation and two standard areas for improvement, each in its own table, give the "
               "RQIA requirement then nine actions in total with responsible person, date and status; the document "
               "control table and sign-off line are not actions."),
        title=title, actions=actions)


# ======================================================================
# 7. Promedica24 – CQC must/should do action plan with a mistyped month (XLSX, refuse)
# ======================================================================
def make_promedica():
    name = "zed-promedica24-uk-live-in-care-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"
    title = "Promedica24 (UK) Ltd – Live-in Care Service: CQC Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Must do and should do actions following CQC assessment (site visit 11 March 2025; report published "
                "22 May 2025) – overall rating: Requires improvement")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Plan owner: Registered Manager | Reviewed monthly at the Quality & Governance Meeting"
    heads = ["No.", "Must / Should", "Regulation", "What CQC told us", "Action we will take", "Lead",
             "Deadline", "RAG", "Comments"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    rows = [
        ("sec", "SAFE"),
        (1, "Must", "Regulation 12 – Safe care and treatment",
         "The provider must ensure that risks to people’s health, including falls and skin integrity, are assessed and mitigated.",
         "Review and rewrite all falls and pressure area risk assessments on the new template", "Care Coordinators",
         "30 June 2025", "G", "72% of clients reviewed"),
        (2, "Must", "Regulation 12 – Safe care and treatment",
         "The provider must ensure that medicines are managed safely, including ‘as required’ medicines.",
         "Introduce electronic MAR charts for all live-in placements and PRN protocols for every client prescribed ‘as required’ medicines",
         "Registered Manager / Medication Lead", "30/09/2025", "A", "eMAR live for 40 of 63 clients"),
        ("sec", "EFFECTIVE"),
        (3, "Should", "Regulation 11 – Need for consent",
         "The provider should ensure that mental capacity assessments are decision specific.",
         "MCA and best interests training for all care coordinators; audit 10 care records a month", "Training Manager",
         "31/07/2025", "G", ""),
        ("sec", "WELL-LED"),
        (4, "Must", "Regulation 17 – Good governance",
         "The provider must ensure that systems to monitor the quality and safety of the service are effective.",
         "Introduce a monthly quality audit of care records, medicines and spot checks, reported to the Nominated Individual",
         "Quality Assurance Lead", "Agust 2025", "A", "First audit cycle completed July"),
        (5, "Should", "Regulation 17 – Good governance",
         "The provider should ensure that feedback from people and their relatives is used to drive improvement.",
         "Annual client survey plus three-monthly telephone reviews with each client and family", "Client Services Manager",
         "Dec-25", "G", ""),
        (6, "Must", "Regulation 19 – Fit and proper persons employed",
         "The provider must ensure that full employment histories are obtained for all staff.",
         "Close gaps in employment history for every carer recruited in 2024 and add a check to the recruitment audit",
         "Recruitment Manager", "31/05/2025", "B", "Complete – 28/05/2025"),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 6
    typo_row = None
    for row in rows:
        if row[0] == "sec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("pale")
            r += 1
            continue
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j == 7 and v:
                c.fill = fill(rag_fill[v])
        if row[6] == "Agust 2025":
            typo_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="RAG: B = complete, G = on track, A = in progress – some risk to deadline, R = overdue")
    for col, wdt in zip("ABCDEFGHI", (5, 8, 26, 45, 45, 26, 14, 6, 30)):
        ws.column_dimensions[col].width = wdt
    wb.save(out(name))
    write_expected(
        name,
        source=("Imitates a domiciliary / live-in care provider's CQC action plan answering the must do and should "
                "do points of a Requires improvement report (the 'item to be rectified, actions, deadline, person "
                "responsible, RAG' table described in the QCS / Royds Withy King guide 'CQC action plans – roadmaps "
                "to a better service', qcs.co.uk). Copied features: title block with inspection dates and rating, "
                "merged key-question rows (SAFE, EFFECTIVE, WELL-LED), Must/Should and Regulation columns, CQC "
                "finding beside the provider's action, deadlines typed as text and dates, fill-coloured RAG letters "
                "and a key line. The deadline of action 4 is typed 'Agust 2025'."),
        reads=("A one-sheet CQC action plan for Promedica24's live-in care service with six must/should do actions "
               "under three key questions. The deadline cell of action 4 reads 'Agust 2025', a mistyped month, so a "
               "careful reader stops at that row and asks what month was meant before importing."),
        title=title, outcome="refuse", refuse_at=typo_row)
    return typo_row


if __name__ == "__main__":
    make_severn()
    make_dorset()
    make_northumbria()
    make_grampian()
    make_clydach()
    make_ardenlee()
    row = make_promedica()
    print("typo row:", row)
    print("done")
