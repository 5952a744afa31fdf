#!/usr/bin/env python3
"""Build the seven zdn- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zdn_make.py (needs openpyxl, python-docx, pyyaml).
Only files whose names start with zdn- are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN, AMBER, RED, BLUE, GREY = "00B050", "FFC000", "FF0000", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    assert name.startswith("zdn-") or name.startswith("zdn_")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Northampton General Hospital NHS Trust - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_ngh_baf():
    name = "zdn-northampton-general-hospital-nhs-trust-board-assurance-framework-2025-26.xlsx"
    title = "Northampton General Hospital NHS Trust – Board Assurance Framework 2025/26"
    wb = Workbook()

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    rows = [
        ("Report to:", "Trust Board (Part 1 – in public)"),
        ("Date of meeting:", "29 January 2026"),
        ("Executive lead:", "Director of Corporate Affairs"),
        ("Position as at:", "31 December 2025 (Quarter 3)"),
        ("Version:", "v3.1"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "Action progress key (Previous RAG and Current RAG columns are shaded, not labelled)"
    cov["A9"].font = Font(bold=True)
    key = [
        (GREEN, "On track – action progressing to the agreed date"),
        (AMBER, "Some slippage – revised date agreed or date at risk"),
        (RED, "Off track – date missed or no revised date agreed"),
        (BLUE, "Complete – assurance received by the lead committee"),
        (None, "No shading – action not yet started"),
    ]
    for i, (c, txt) in enumerate(key, start=10):
        cell = cov.cell(i, 1)
        cell.border = BOX
        if c:
            cell.fill = fill(c)
        cov.cell(i, 2, txt)
    cov["A16"] = ("Risk scores use the 5 x 5 consequence x likelihood matrix in the Risk Management "
                  "Strategy. The BAF is reviewed by the lead committees each quarter before Board.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BAF summary – risk scores 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["BAF ref", "Strategic priority", "Risk title", "Lead executive", "Lead committee",
           "Q1", "Q2", "Q3", "Target", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    summ = [
        ("BAF 1.1", "Patient", "Urgent and emergency care flow", "Chief Operating Officer",
         "Quality Governance Committee", 20, 20, 16, 12, "↓"),
        ("BAF 1.2", "Patient", "Learning from patient feedback", "Chief Nurse",
         "Quality Governance Committee", 12, 12, 9, 6, "↓"),
        ("BAF 2.1", "Quality", "Maternity and neonatal safety", "Chief Nurse",
         "Quality Governance Committee", 16, 16, 16, 8, "↔"),
        ("BAF 3.1", "Sustainability", "Delivery of the 2025/26 financial plan", "Chief Finance Officer",
         "Finance and Performance Committee", 20, 20, 16, 10, "↓"),
        ("BAF 4.1", "People", "Recruitment and retention", "Chief People Officer",
         "People Committee", 16, 12, 12, 8, "↔"),
    ]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
    for col, w in zip("ABCDEFGHIJ", (9, 16, 36, 26, 32, 6, 6, 6, 8, 7)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("BAF actions")
    ws["A1"] = "BAF actions to address gaps in control and assurance – Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress updates provided by lead executives for the Trust Board, January 2026. "
                "Previous RAG = Q2 position reported to Board in October 2025.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Gap in control / assurance", "Action", "Action owner", "Original target date",
           "Revised target date", "Q3 progress update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    P1 = "Strategic Priority 1 – Patient: Excellent patient experience shaped by the patient voice"
    R11 = ("BAF 1.1 – Risk that patients experience harm or a poor experience because of delays "
           "in urgent and emergency care flow")
    R12 = "BAF 1.2 – Risk that we do not learn from patient feedback and complaints to improve care"
    P2 = ("Strategic Priority 2 – Quality: Outstanding quality healthcare underpinned by continuous, "
          "patient-centred improvement and innovation")
    R21 = ("BAF 2.1 – Risk that the Trust does not deliver the Maternity and Neonatal Three Year "
           "Delivery Plan and the CNST maternity safety actions")
    P3 = ("Strategic Priority 3 – Sustainability: A resilient and creative university teaching hospital "
          "group, embracing every opportunity to improve care")
    R31 = ("BAF 3.1 – Risk that the Trust does not deliver its 2025/26 financial plan, including the "
           "£24.6m efficiency programme")
    P4 = ("Strategic Priority 4 – People: An inclusive place to work where people are empowered to be "
          "the difference")
    R41 = "BAF 4.1 – Risk that we cannot recruit and retain enough staff with the right skills"

    # (kind, payload)
    content = [
        ("P", P1), ("R", R11),
        ("A", ("1.1a", "Ambulance handover delays exceed 45 minutes at peak times",
               "Implement the ‘Release to Respond’ 45-minute handover protocol with EMAS and embed the "
               "Immediate Handover Area in ED",
               "Chief Operating Officer", d(2025, 9, 30), d(2025, 11, 30),
               "Protocol live from 3 November 2025. Average handover 38 minutes in December; compliance "
               "audit reported to Quality Governance Committee.", AMBER, BLUE),
         act("1.1a", [P1, R11], None, ["Chief Operating Officer"], "2025-11", "blue")),
        ("A", ("1.1b", "Limited same-day emergency care (SDEC) capacity out of hours",
               "Extend medical SDEC opening to 22:00 seven days a week, subject to recruitment of two "
               "additional acute physicians",
               "Chief Operating Officer / Medical Director", d(2025, 12, 31), d(2026, 3, 31),
               "One of two posts appointed (starts February 2026). Weekday extension live; weekend "
               "extension delayed.", GREEN, AMBER),
         act("1.1b", [P1, R11], None, ["Chief Operating Officer", "Medical Director"], "2026-03", "amber")),
        ("R", R12),
        ("A", ("1.2a", "Complaint response times below the 85% within 40 working days standard",
               "Introduce divisional complaint huddles and a weekly tracker reviewed by the Deputy Chief "
               "Nurse",
               "Deputy Chief Nurse", d(2025, 10, 31), None,
               "Huddles in place in all four divisions. 40-day compliance 81% in December (64% in Q1).",
               AMBER, GREEN),
         act("1.2a", [P1, R12], None, ["Deputy Chief Nurse"], "2025-10", "green")),
        ("P", P2), ("R", R21),
        ("A", ("2.1a", "Fetal monitoring training compliance below 90% for obstetric staff",
               "Deliver additional fetal monitoring training sessions and report compliance monthly to "
               "the Maternity Safety Champions",
               "Director of Midwifery; Clinical Director for Obstetrics", "Q4 2025/26", None,
               "Midwives 96%, obstetricians 84%. Two extra sessions booked for February.", AMBER, AMBER),
         act("2.1a", [P2, R21], None, ["Director of Midwifery", "Clinical Director for Obstetrics"],
             "2026-03", "amber")),
        ("A", ("2.1b", "No real-time data feed for the maternity dashboard",
               "Build the interface from the regional maternity information system to the Trust data "
               "warehouse",
               "Group Chief Digital and Information Officer", d(2026, 1, 31), d(2026, 6, 30),
               "Regional go-live moved by the LMNS; interface build cannot start until April 2026.",
               GREEN, RED),
         act("2.1b", [P2, R21], None, ["Group Chief Digital and Information Officer"], "2026-06", "red")),
        ("P", P3), ("R", R31),
        ("A", ("3.1a", "Efficiency schemes not fully identified (£4.2m unidentified at month 6)",
               "Run a Group-wide efficiency confirm and challenge process with divisions to close the "
               "unidentified gap",
               "Chief Finance Officer", d(2025, 11, 30), d(2026, 1, 31),
               "Gap reduced to £1.9m at month 9. Further schemes to Finance and Performance Committee on "
               "22 January 2026.", RED, AMBER),
         act("3.1a", [P3, R31], None, ["Chief Finance Officer"], "2026-01", "amber")),
        ("A", ("3.1b", "Temporary staffing spend above plan",
               "Reduce agency spend to within 3.2% of the total pay bill through the enhanced vacancy "
               "control panel",
               "Chief People Officer", "Ongoing", None,
               "Panel meets weekly. Agency spend 3.5% of pay bill in December.", AMBER, GREEN),
         act("3.1b", [P3, R31], None, ["Chief People Officer"], None, "green", end_text="Ongoing")),
        ("P", P4), ("R", R41),
        ("A", ("4.1a", "Nursing vacancy rate above 8% in medicine and surgery",
               "Complete the 2025/26 international recruitment cohort (40 nurses) and the pastoral "
               "support programme",
               "Chief Nurse / Chief People Officer", d(2026, 3, 31), None,
               "34 of 40 nurses in post; remaining 6 arrive February 2026.", GREEN, GREEN),
         act("4.1a", [P4, R41], None, ["Chief Nurse", "Chief People Officer"], "2026-03", "green")),
        ("A", ("4.1b", "Staff survey scores for raising concerns below the national average",
               "Relaunch Freedom to Speak Up training for all line managers and publish quarterly themes "
               "from FTSU cases",
               "Director of Corporate Affairs", d(2025, 12, 31), None,
               "Not yet started – FTSU Guardian post vacant until January 2026.", None, None),
         act("4.1b", [P4, R41], None, ["Director of Corporate Affairs"], "2025-12", "unrated")),
    ]

    actions = []
    r = 5
    for item in content:
        kind = item[0]
        if kind in ("P", "R"):
            c = ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c.font = Font(bold=True, color="FFFFFF" if kind == "P" else "000000")
            c.fill = fill("003087" if kind == "P" else "DCE6F1")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            (ref, gap, text, owner, orig, rev, prog, prev, cur), exp = item[1], item[2]
            vals = [ref, gap, text, owner, orig, rev, prog, None, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 8).fill = fill(prev)
            if cur:
                ws.cell(r, 9).fill = fill(cur)
            exp["action"] = text
            actions.append(exp)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG (Q3)").font = Font(bold=True)
    ws.cell(r + 1, 1, "Total actions")
    ws.cell(r + 1, 2, 9)
    for k, (lbl, n) in enumerate([("Complete", 1), ("On track", 3), ("Some slippage", 3),
                                  ("Off track", 1), ("Not started", 1)]):
        ws.cell(r + 2 + k, 1, lbl)
        ws.cell(r + 2 + k, 2, n)
    for col, w in zip("ABCDEFGHI", (7, 30, 44, 24, 12, 12, 40, 9, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the quarterly Board Assurance Framework that NHS trusts publish in public "
                   "Trust Board papers (Northampton General Hospital / University Hospitals of "
                   "Northamptonshire group, strategic priorities Patient, Quality, Sustainability, "
                   "People). Copied features: cover sheet with report details and a shading-only RAG key, "
                   "a risk-score summary sheet, an actions sheet with strategic-priority banner rows and "
                   "BAF risk banner rows (merged across), gap in control beside each action, job titles "
                   "as owners (two posts split by '/' or ';'), original and revised target dates, "
                   "previous and current RAG shown by fill colour only, and a summary block below."),
        "reads": ("A trust BAF workbook: the Cover and Summary sheets are not actions; on 'BAF actions' "
                  "nine actions sit under four strategic priorities and five BAF risks. The revised date "
                  "is the end where given, and the status is the Current RAG shading read with the cover "
                  "key (no shading = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Wirral Community Health and Care NHSFT - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
def make_wirral_qa():
    name = "zdn-wirral-community-health-and-care-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    title = ("Wirral Community Health and Care NHS Foundation Trust – Quality Account 2025/26: "
             "Quality Priorities Delivery Tracker")
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws["A2"] = "Quarter 2 report to the Quality and Safety Committee – 14 October 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for j, (lbl, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                    ("Off track", RED), ("Not started", GREY)], start=2):
        c = ws.cell(4, j, lbl)
        c.fill = fill(col)
        c.border = BOX
    hdr = ["Domain", "Quality priority", "Ref", "Key deliverable", "Lead(s)", "Due", "Status",
           "Q2 update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP

    D1, D2, D3 = "Patient Safety", "Clinical Effectiveness", "Patient Experience"
    PR1 = "Priority 1: Reduce harm from pressure ulcers acquired in our care"
    PR2 = ("Priority 2: Improve the recognition of and response to deteriorating patients in the "
           "Community Intermediate Care Centre (CICC)")
    PR3 = "Priority 3: Embed personalised care and support planning for people living with long-term conditions"
    PR4 = "Priority 4: Improve access and experience for people with a learning disability and autistic people"
    st_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
               "Not started": GREY}
    rows = [
        (D1, PR1, "P1.1", "Roll out the purpose-T pressure ulcer risk assessment tool across all community "
         "nursing teams", "Deputy Director of Nursing", "Q1 2025/26", "Complete",
         "Live in all nine community nursing teams from 2 June 2025.",
         ["Deputy Director of Nursing"], "2025-06", "blue", None),
        (D1, PR1, "P1.2", "Deliver pressure ulcer prevention training to care home staff through the "
         "enhanced health in care homes programme",
         "Tissue Viability Lead Nurse; Care Home Support Team Manager", "Q3 2025/26", "On track",
         "212 care home staff trained across 31 homes (target 300 by December).",
         ["Tissue Viability Lead Nurse", "Care Home Support Team Manager"], "2025-12", "green", None),
        (D1, PR1, "P1.3", "Achieve a 10% reduction in category 3 and 4 pressure ulcers acquired in our "
         "care against the 2024/25 baseline", "Deputy Director of Nursing", "Q4 2025/26", "At risk",
         "4% reduction at Q2; seasonal increase expected over winter.",
         ["Deputy Director of Nursing"], "2026-03", "amber", None),
        (D1, PR2, "P2.1", "Implement electronic NEWS2 observations on all CICC wards",
         "Head of Clinical Systems / CICC Matron", d(2025, 9, 1), "Complete",
         "Electronic observations live on all three wards from 8 September 2025.",
         ["Head of Clinical Systems", "CICC Matron"], "2025-09", "blue", None),
        (D1, PR2, "P2.2", "Audit compliance with escalation of NEWS2 scores of 5 or more and report to the "
         "Patient Safety Group", "CICC Matron", "Monthly", "On track",
         "July 92%, August 95%, September 97%.",
         ["CICC Matron"], None, "green", "Monthly"),
        (D2, PR3, "P3.1", "Train community matrons and specialist nurses in personalised care and support "
         "planning conversations",
         "Associate Director of Allied Health Professions and Clinical Effectiveness", d(2025, 12, 1),
         "On track", "Four of six sessions delivered; 58 staff trained.",
         ["Associate Director of Allied Health Professions and Clinical Effectiveness"], "2025-12",
         "green", None),
        (D2, PR3, "P3.2", "Record a personalised care and support plan for 75% of patients on the community "
         "respiratory caseload", "Respiratory Service Lead", d(2026, 3, 31), "Not started",
         "Starts in Q3 once the EMIS template has been built.",
         ["Respiratory Service Lead"], "2026-03", "unrated", None),
        (D3, PR4, "P4.1", "Introduce reasonable adjustment flags on the patient record in 0-19 and urgent "
         "care services", "Head of Patient Experience; Learning Disability Liaison Nurse", "Q2 2025/26",
         "Off track", "Flag build delayed by the system supplier; new date to be confirmed.",
         ["Head of Patient Experience", "Learning Disability Liaison Nurse"], "2025-09", "red", None),
        (D3, PR4, "P4.2", "Co-produce easy read appointment letters with Wirral Mencap and people with "
         "lived experience", "Head of Patient Experience", d(2026, 1, 1), "On track",
         "Two co-production workshops held; draft letters with the Experts by Experience group.",
         ["Head of Patient Experience"], "2026-01", "green", None),
    ]
    actions = []
    r0 = 7
    for i, row in enumerate(rows):
        dom, pri, ref, text, lead, due, status, upd, elead, eend, est, etext = row
        r = r0 + i
        vals = [dom, pri, ref, text, lead, due, status, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(r, 7).fill = fill(st_fill[status])
        actions.append(act(ref, [dom, pri], text, elead, eend, est, end_text=etext))
    # clear repeated domain / priority text and merge vertically, as the original sheet does
    def vmerge(col, first, last):
        for rr in range(first + 1, last + 1):
            ws.cell(rr, col).value = None
        ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    vmerge(1, 7, 11)
    vmerge(1, 12, 13)
    vmerge(1, 14, 15)
    vmerge(2, 7, 9)
    vmerge(2, 10, 11)
    vmerge(2, 12, 13)
    vmerge(2, 14, 15)
    for rr in range(7, 16):
        for col in (1, 2):
            ws.cell(rr, col).font = Font(bold=(col == 1))
    ws["A17"] = "Quality priorities are reported to the Board of Directors each quarter and in the Quality Account 2025/26."
    ws["A17"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (16, 34, 7, 48, 32, 12, 12, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    nt = wb.create_sheet("Notes")
    notes = [
        "Notes",
        "1. The four quality priorities were agreed by the Board of Directors in May 2025 after engagement "
        "with staff, governors, Healthwatch Wirral and people who use our services.",
        "2. Measures are taken from Datix, the EMIS clinical record and the Trust quality dashboard.",
        "3. Due dates are financial-year quarters unless a month is shown.",
    ]
    for i, t in enumerate(notes, start=1):
        nt.cell(i, 1, t)
    nt["A1"].font = Font(bold=True)
    nt.column_dimensions["A"].width = 120
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a community NHS foundation trust's in-year tracker of its Quality Account "
                   "priorities (Wirral Community Health and Care NHSFT: community nursing, CICC, 0-19 and "
                   "urgent care services), as reported quarterly to a Quality and Safety Committee. Copied "
                   "features: title and report line, a coloured status key in a row, domain and priority "
                   "columns merged vertically over their deliverables, P-numbered deliverables, two leads "
                   "in one cell, due dates as financial quarters, real dates shown mmm-yy and 'Monthly', "
                   "word status with matching fill, and a Notes sheet."),
        "reads": ("One tracker sheet with nine deliverables under four quality priorities grouped in three "
                  "domains (merged cells). Status words follow the key at the top (At risk = amber, Off "
                  "track = red, Not started = unrated); the Notes sheet holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. RDaSH PSII safety action plan - REFUSE (mistyped month) (xlsx)
# ---------------------------------------------------------------------------
def make_rdash_psii():
    name = ("zdn-rotherham-doncaster-and-south-humber-nhsft-psii-eip-physical-health-monitoring-"
            "safety-action-plan-typo-month-refuse.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = "Rotherham Doncaster and South Humber NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Incident: physical health deterioration of a service user on the Early Intervention in "
                "Psychosis (EIP) caseload, Doncaster Care Group")
    ws["A4"] = ("Datix ref: W184326 | Date of incident: 18/03/2025 | Report approved by the Executive "
                "Patient Safety Group: 21/08/2025")
    ws["A5"] = "Executive sponsor: Chief Nurse | Investigation lead: Lead Patient Safety Investigator"
    hdr = ["Ref", "Safety action", "Action owner", "Measure / evidence of completion", "Target date",
           "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    content = [
        ("AFI", "Area for improvement 1 – Physical health monitoring for people prescribed antipsychotic "
                "medication in the community"),
        ("SA1.1", "Add the Lester tool physical health check to the EIP caseload review template in SystmOne",
         "EIP Team Manager", "Template live; audit of 20 records", d(2025, 10, 31), "Complete"),
        ("SA1.2", "Train all EIP care coordinators in interpreting ECG, HbA1c and lipid results and when to "
                  "escalate", "Consultant Psychiatrist, EIP / Physical Health Lead Nurse",
         "Training attendance 90% of care coordinators", d(2025, 11, 30), "Complete"),
        ("SA1.3", "Monthly audit of physical health checks completed within 12 weeks of starting "
                  "antipsychotic medication", "Physical Health Lead Nurse",
         "Audit report to Care Group Patient Safety Meeting", "Monthly", "On track"),
        ("AFI", "Area for improvement 2 – Sharing of abnormal blood results between primary care and the "
                "EIP team"),
        ("SA2.1", "Agree a shared care protocol with Doncaster GP practices for copying abnormal results to "
                  "the care coordinator", "Associate Medical Director; Primary Care Liaison Lead",
         "Protocol signed off by the Doncaster Place Medicines Group", d(2025, 12, 31), "On track"),
        ("SA2.2", "Set up a generic EIP team inbox for results, checked daily by the duty worker",
         "EIP Team Manager", "Inbox in use; daily check log", "Jan-26", "On track"),
        ("AFI", "Area for improvement 3 – Involvement of families and carers in care planning"),
        ("SA3.1", "Introduce a carer contact and information-sharing agreement at the first EIP assessment",
         "Carer Engagement Lead", "Agreement recorded for 80% of new referrals", d(2026, 1, 31),
         "Not started"),
        ("SA3.2", "Offer the family of the service user a meeting to share the final report and safety "
                  "actions", "Family Liaison Officer, Patient Safety Team", "Meeting held and recorded",
         "Febuary 2026", "Not started"),
        ("SA3.3", "Share learning from this PSII at the Trust-wide Learning from Incidents forum and in the "
                  "Safety Matters bulletin", "Head of Patient Safety", "Bulletin published; forum minutes",
         d(2026, 3, 31), "Not started"),
    ]
    r = 8
    refuse_row = None
    for item in content:
        if item[0] == "AFI":
            c = ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c.font = Font(bold=True)
            c.fill = fill("DCE6F1")
        else:
            for j, v in enumerate(item, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if item[4] == "Febuary 2026":
                refuse_row = r
        r += 1
    ws.cell(r + 1, 1, "Safety actions are monitored monthly by the Care Group Patient Safety Meeting and "
                      "closed by the Executive Patient Safety Group on receipt of evidence.")
    for col, w in zip("ABCDEF", (8, 56, 34, 36, 14, 12)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the safety action plan appended to an NHS mental health trust's PSII report "
                   "under PSIRF (RDaSH, Doncaster Early Intervention in Psychosis team), following the "
                   "national PSII report template: org line, title, incident/Datix details, executive "
                   "sponsor line, 'Area for improvement' banner rows, SA-numbered safety actions with "
                   "owner, measure, target date and status, and a monitoring note."),
        "reads": ("A PSII safety action plan with eight safety actions under three areas for improvement. "
                  "The target date of SA3.2 reads 'Febuary 2026', a mistyped month, so a careful reader "
                  "stops there and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Patient Safety Incident Investigation (PSII) – Safety Action Plan",
    })
    return name, 0


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
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if k < len(lines) - 1:
            run.add_break()


def set_cell_paras(cell, text, bold=False, size=9):
    """Each line of text as its own paragraph (as typed with Enter in Word)."""
    lines = text.split("\n")
    set_cell(cell, lines[0], bold, size)
    for line in lines[1:]:
        p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. NHS Dumfries and Galloway - HIS safe delivery of care improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_dg_his():
    name = ("zdn-nhs-dumfries-and-galloway-his-galloway-community-hospital-safe-delivery-of-care-"
            "improvement-action-plan.docx")
    title = "Improvement Action Plan: Safe Delivery of Care Inspection – Galloway Community Hospital"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Hospital:", "Galloway Community Hospital, Stranraer"),
                 ("NHS board:", "NHS Dumfries and Galloway"),
                 ("Date of inspection:", "16 and 17 July 2025"),
                 ("Date of publication of report:", "2 October 2025"),
                 ("Date action plan submitted:", "23 October 2025"),
                 ("Action plan last updated:", "12 January 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key: Red – not started or significantly delayed; Amber – in progress but "
                      "behind timescale; Green – in progress and on track; Blue – complete and evidenced.")
    doc.add_paragraph("Where Healthcare Improvement Scotland has agreed a revised timescale, the original and "
                      "revised dates are both shown.")

    D2 = "Domain 2 – Leadership and culture"
    D41 = "Domain 4.1 – Pathways, procedures and policies"
    D5 = "Domain 5 – Delivery of safe care"
    REQ1 = ("Requirement 1: NHS Dumfries and Galloway must ensure that senior charge nurses have protected "
            "time to carry out their leadership role, in line with the Health and Care (Staffing) "
            "(Scotland) Act 2019.")
    REQ2 = ("Requirement 2: NHS Dumfries and Galloway must ensure that all patient documentation, including "
            "fluid balance charts and food record charts, is fully and accurately completed.")
    REQ3 = ("Requirement 3: NHS Dumfries and Galloway must ensure that medicines are stored securely and that "
            "the controlled drug register is completed in line with current legislation.")
    REQ4 = ("Requirement 4: NHS Dumfries and Galloway must ensure that the care environment and patient "
            "equipment are clean and in a good state of repair to support effective cleaning.")
    sections = [
        (D2, [
            (REQ1, [
                ("1.1", "Develop and agree a protected leadership time roster standard of two days per "
                        "fortnight for each senior charge nurse",
                 "30 November 2025", "Lead Nurse, Galloway Community Hospital",
                 "Standard agreed at the Nursing and Midwifery Leadership Group on 4 November 2025. Roster "
                 "check shows compliance in three of four wards.", "Green",
                 ["Lead Nurse, Galloway Community Hospital"], "2025-11", "green", None),
                ("1.2", "Monitor protected leadership time through the real-time staffing tool and report "
                        "compliance to the Healthcare Staffing Programme Board",
                 "Monthly from December 2025",
                 "Lead Nurse, Galloway Community Hospital / Healthcare Staffing Lead",
                 "First report to the Programme Board on 15 December 2025.", "Green",
                 ["Lead Nurse, Galloway Community Hospital", "Healthcare Staffing Lead"], None, "green",
                 "Monthly from December 2025"),
            ]),
        ]),
        (D41, [
            (REQ2, [
                ("2.1", "Introduce a revised fluid balance chart with a 24-hour total box and a ward round "
                        "check prompt",
                 "31 October 2025", "Senior Charge Nurses (all wards)",
                 "New chart in use on all wards from 20 October 2025.", "Blue",
                 ["Senior Charge Nurses (all wards)"], "2025-10", "blue", None),
                ("2.2", "Carry out weekly documentation audits using the Excellence in Care framework and "
                        "share results at the daily safety huddle",
                 "Original: 31 December 2025\nRevised: 31 March 2026",
                 "Senior Charge Nurses / Clinical Nurse Educator",
                 "Audit tool agreed and weekly audits started on two wards. Roll-out delayed by the Clinical "
                 "Nurse Educator vacancy.", "Amber",
                 ["Senior Charge Nurses", "Clinical Nurse Educator"], "2026-03", "amber", None),
                ("2.3", "Deliver documentation training for registered nurses and healthcare support "
                        "workers as part of the mandatory update days",
                 "March 2026", "Clinical Nurse Educator",
                 "Sessions scheduled for February and March 2026.", "Green",
                 ["Clinical Nurse Educator"], "2026-03", "green", None),
            ]),
            (REQ3, [
                ("3.1", "Replace the Ward 1 treatment room medicine cupboards with lockable cabinets that "
                        "meet the Safe and Secure Handling of Medicines guidance",
                 "31 January 2026", "Estates Manager (West) and Lead Pharmacist, Acute Services",
                 "Cabinets ordered; installation booked for the week of 19 January 2026.", "Green",
                 ["Estates Manager (West)", "Lead Pharmacist, Acute Services"], "2026-01", "green", None),
                ("3.2", "Introduce a daily controlled drug register check by the nurse in charge, with a "
                        "monthly pharmacy audit",
                 "Immediate and ongoing", "Lead Pharmacist, Acute Services",
                 "Daily checks in place since the inspection; pharmacy audits in August to December show "
                 "full compliance.", "Blue",
                 ["Lead Pharmacist, Acute Services"], None, "blue", "Immediate and ongoing"),
            ]),
        ]),
        (D5, [
            (REQ4, [
                ("4.1", "Replace the damaged mattresses, commodes and bed frames identified during the "
                        "inspection",
                 "December 2025", "Infection Prevention and Control Manager; Facilities Manager",
                 "All items replaced; mattress audit repeated in December with no failures.", "Blue",
                 ["Infection Prevention and Control Manager", "Facilities Manager"], "2025-12", "blue",
                 None),
                ("4.2", "Undertake monthly joint environmental and equipment audits with domestic and "
                        "nursing staff, escalating repairs through the estates helpdesk",
                 "28/02/2026", "Facilities Manager",
                 "Not yet started because of facilities supervisor absence; escalated to the General "
                 "Manager.", "Red",
                 ["Facilities Manager"], "2026-02", "red", None),
            ]),
        ]),
    ]
    rag_fill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
    actions = []
    for dom, reqs in sections:
        doc.add_heading(dom, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action planned", "Timescale to meet action",
                               "Responsibility for taking action", "Progress", "RAG"]):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "D9E2F3")
        for req, acts in reqs:
            row = tb.add_row().cells
            merged = row[0].merge(row[5])
            set_cell(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for (ref, text, ts, resp, prog, rag, elead, eend, est, etext) in acts:
                c = tb.add_row().cells
                set_cell(c[0], ref)
                set_cell(c[1], text)
                set_cell(c[2], ts)
                set_cell(c[3], resp)
                set_cell(c[4], prog)
                set_cell(c[5], rag)
                shade(c[5], rag_fill[rag])
                actions.append(act(ref, [dom, req], text, elead, eend, est, end_text=etext))
        doc.add_paragraph("")
    doc.add_heading("Declaration", level=2)
    doc.add_paragraph("I confirm that this improvement action plan has been agreed by NHS Dumfries and "
                      "Galloway and that progress will be monitored through the Healthcare Governance "
                      "Committee.")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Name:", "Chief Executive, NHS Dumfries and Galloway"),
                 ("Signature:", ""), ("Date:", "23 October 2025")]:
        cells = s.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the improvement action plan an NHS Scotland board returns to Healthcare "
                   "Improvement Scotland after a Safe Delivery of Care inspection "
                   "(https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/"
                   "inspections-of-nhs-hospitals-and-services/safe-delivery-of-care-in-acute-hospitals-"
                   "inspection-programme), here NHS Dumfries and Galloway for Galloway Community Hospital. "
                   "Copied features: details table (hospital, board, inspection and publication dates), RAG "
                   "key paragraph, one table per quality framework domain under a domain heading, the "
                   "requirement text as a merged row above its numbered actions, columns Action planned / "
                   "Timescale to meet action / Responsibility for taking action / Progress / RAG with "
                   "shaded RAG words, original and revised timescales in one cell, and a declaration "
                   "table."),
        "reads": ("Three domain sections, each a table; four requirements with nine numbered actions. "
                  "Where a timescale cell has Original and Revised dates the revised one is the end; "
                  "'Monthly from December 2025' and 'Immediate and ongoing' give no end month. The "
                  "details and declaration tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Aneurin Bevan UHB - HIW Ysbyty Aneurin Bevan ward inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_abuhb_hiw():
    name = "zdn-aneurin-bevan-uhb-hiw-ysbyty-aneurin-bevan-ward-inspection-improvement-plan.docx"
    title = ("Healthcare Inspectorate Wales Unannounced Inspection – Ysbyty Aneurin Bevan, Ward 3.1: "
             "Improvement Plan")
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Aneurin Bevan University Health Board – response submitted to HIW on 24 October 2025 "
                      "and presented to the Patient Quality, Safety and Outcomes Committee.")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    ta = doc.add_table(rows=1, cols=4)
    ta.style = "Table Grid"
    for j, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(ta.rows[0].cells[j], h, bold=True)
        shade(ta.rows[0].cells[j], "D9E2F3")
    c = ta.add_row().cells
    set_cell(c[0], "A sharps bin in the clinical room was open and filled above the fill line.")
    set_cell(c[1], "Risk of needlestick injury to staff.")
    set_cell(c[2], "Raised with the nurse in charge.")
    set_cell(c[3], "The sharps bin was closed and removed, and a replacement provided.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Ysbyty Aneurin Bevan")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Ysbyty Aneurin Bevan, Ebbw Vale")
    doc.add_paragraph("Ward/department: Ward 3.1 – Medicine for Older People")
    doc.add_paragraph("Date of inspection: 9, 10 and 11 September 2025")

    S1 = "Quality of the patient experience"
    S2 = "Delivery of safe and effective care"
    S3 = "Quality of management and leadership"
    HCQS = "Health and Care Quality Standards 2023"
    groups = [
        (S1, [
            ("Call bells were not always within reach of patients, and some patients told us they waited a "
             "long time for help.",
             "The health board must ensure that call bells are placed within reach of patients and that "
             "calls are answered in a timely manner.",
             HCQS + " – Person-centred; Timely",
             [("Call bell placement added to the hourly intentional rounding checklist.",
               "Ward Manager", "October 2025", ["Ward Manager"], "2025-10", None),
              ("Monthly call bell response audit to be carried out by the Senior Nurse and reported to the "
               "Divisional Quality and Patient Safety meeting.",
               "Senior Nurse, Medicine", "31 December 2025", ["Senior Nurse, Medicine"], "2025-12", None)]),
            ("Patient information on the ward was displayed in English only.",
             "The health board must ensure that information for patients is available bilingually, in line "
             "with the Welsh Language Standards.",
             "Welsh Language (Wales) Measure 2011",
             [("Ward information boards and leaflets to be replaced with bilingual versions. ‘Iaith Gwaith’ "
               "badges and lanyards issued to Welsh-speaking staff.",
               "Ward Manager / Welsh Language Officer", "30 November 2025",
               ["Ward Manager", "Welsh Language Officer"], "2025-11", None)]),
        ]),
        (S2, [
            ("Falls risk assessments were not always reviewed after a patient had fallen.",
             "The health board must ensure that falls risk assessments are reviewed and updated after any "
             "fall and that the post-falls protocol is followed.",
             HCQS + " – Safe",
             [("Post-falls huddle introduced, with the multifactorial falls risk assessment reviewed and the "
               "care plan updated within 24 hours of a fall.\nCompliance monitored through the weekly ward "
               "documentation audit.",
               "Ward Manager", "31 October 2025", ["Ward Manager"], "2025-10", None),
              ("Falls prevention training for all registered nurses and healthcare support workers on the "
               "ward.",
               "Falls Prevention Nurse Specialist", "End of January 2026",
               ["Falls Prevention Nurse Specialist"], "2026-01", None)]),
            ("Medication fridge temperatures had not been recorded on nine days in August 2025.",
             "The health board must ensure that medication fridge temperatures are checked and recorded "
             "daily and that action is taken when readings are outside the required range.",
             HCQS + " – Safe; Effective",
             [("Fridge temperature check added to the nurse in charge daily checklist, and remote "
               "temperature monitoring to be installed.",
               "Ward Manager and Clinical Pharmacist", "Q4 2025/26",
               ["Ward Manager", "Clinical Pharmacist"], "2026-03", None)]),
        ]),
        (S3, [
            ("Compliance with mandatory training was 71%, below the health board target of 85%.",
             "The health board must ensure that staff complete their mandatory training.",
             HCQS + " – Workforce",
             [("Protected time for mandatory e-learning to be rostered for every member of staff, with "
               "monthly compliance reports reviewed at the ward team meeting.",
               "Ward Manager", "Ongoing", ["Ward Manager"], None, "Ongoing")]),
            ("Staff told us they did not always receive feedback after reporting an incident.",
             "The health board should ensure that staff receive feedback and learning after incidents they "
             "have reported.",
             HCQS + " – Leadership; Learning, improvement and research",
             [("Learning from incidents to be a standing item at the monthly ward meeting and shared through "
               "the ‘Safety Snapshot’ newsletter.",
               "Head of Nursing – Medicine", "December 2025", ["Head of Nursing – Medicine"], "2025-12",
               None)]),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
                           "Service action", "Responsible officer", "Timescale"]):
        set_cell(tb.rows[0].cells[j], h, bold=True)
        shade(tb.rows[0].cells[j], "D9E2F3")
    actions = []
    for sec, findings in groups:
        row = tb.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, sec, bold=True, size=10)
        shade(m, "F2F2F2")
        for finding, improvement, standard, svc in findings:
            first = None
            rows = []
            for k, (text, ro, ts, elead, eend, etext) in enumerate(svc):
                c = tb.add_row().cells
                rows.append(c)
                if k == 0:
                    set_cell(c[0], finding)
                    set_cell(c[1], improvement)
                    set_cell(c[2], standard)
                if "\n" in text:
                    set_cell_paras(c[3], text)
                else:
                    set_cell(c[3], text)
                set_cell(c[4], ro)
                set_cell(c[5], ts)
                actions.append(act(None, [sec, improvement], text, elead, eend, "unrated",
                                   end_text=etext))
            if len(rows) > 1:
                for col in range(3):
                    rows[0][col].merge(rows[-1][col])
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Rhian Jenkins"),
                 ("Job role:", "Divisional Nurse, Medicine"), ("Date:", "24 October 2025")]:
        cells = s.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the Appendix C improvement plan that a Welsh health board completes for a "
                   "Healthcare Inspectorate Wales unannounced hospital inspection (as in HIW reports such "
                   "as the Wrexham Maelor follow-up inspection, https://vdocuments.net/follow-up-inspection-"
                   "unannounced.html), here Aneurin Bevan UHB, Ysbyty Aneurin Bevan Ward 3.1. Copied "
                   "features: Appendix A table of concerns resolved on the day, Appendix B with no "
                   "immediate issues, Appendix C service/ward/date lines, one table with section rows "
                   "(Quality of the patient experience / Delivery of safe and effective care / Quality of "
                   "management and leadership), columns Risk/finding/issue, Improvement needed, Standard / "
                   "Regulation, Service action, Responsible officer, Timescale, finding cells merged down "
                   "over two service actions, no refs and no RAG, and the service representative sign-off "
                   "table."),
        "reads": ("Appendix C holds eight service actions under three HIW sections; each answers the "
                  "'Improvement needed' text beside it (merged over two rows twice). The plan has no "
                  "references and no status column, so every action is unrated; Appendix A and the "
                  "sign-off table are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Trinity Medical Centre, South Shields - CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
def csv_line(fields):
    out = []
    for f in fields:
        f = "" if f is None else str(f)
        if any(ch in f for ch in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


def make_trinity_csv():
    name = "zdn-trinity-medical-centre-south-shields-cqc-inspection-action-plan.csv"
    title = "Trinity Medical Centre, South Shields – CQC Inspection Action Plan"
    W = 6
    lines = []

    def row(*fields):
        fields = list(fields) + [""] * (W - len(fields))
        lines.append(csv_line(fields))

    MUST = "MUST DO – Breaches of regulation"
    SHOULD = "SHOULD DO – Areas for improvement"
    R12 = ("Regulation 12: Safe care and treatment – The provider must ensure that care and treatment is "
           "provided in a safe way for service users.")
    R17 = ("Regulation 17: Good governance – The provider must establish effective systems and processes to "
           "ensure good governance in accordance with the fundamental standards of care.")
    S1 = "Continue to improve the uptake of childhood immunisations and cervical screening."
    S2 = "Improve patient satisfaction with telephone access to the practice."
    row(title)
    row("Inspection: 14 May 2025 (report published 1 July 2025) – overall rating: Requires improvement")
    row("Prepared by: Practice Manager | Reviewed at partners' meeting: 06/11/2025")
    row()
    row("Ref", "Action", "Lead", "Target date", "Status", "Progress / evidence")
    data = [
        ("H", MUST), ("H", R12),
        ("A", "1.1", "Complete a search and review of all patients prescribed high-risk medicines (DMARDs, "
                     "lithium, warfarin) to confirm monitoring is up to date",
         "Dr A Rahman / Practice Pharmacist", "30/06/2025", "Complete",
         "Search run 2 June 2025; 47 patients reviewed and 6 recalled for bloods.",
         [MUST, R12], ["Dr A Rahman", "Practice Pharmacist"], "2025-06", "blue", None),
        ("A", "1.2", "Set up a monthly recall search for high-risk medicine monitoring and add it to the "
                     "practice audit calendar",
         "Practice Pharmacist", "31/07/2025", "Complete", "Monthly search in place; audit calendar updated.",
         [MUST, R12], ["Practice Pharmacist"], "2025-07", "blue", None),
        ("A", "1.3", "Ensure all emergency medicines listed in the risk assessment are stocked, in date and "
                     "checked weekly",
         "Lead Practice Nurse", "Jun-25", "Complete", "Weekly checklist signed; hydrocortisone replaced.",
         [MUST, R12], ["Lead Practice Nurse"], "2025-06", "blue", None),
        ("H", R17),
        ("A", "2.1", "Review all practice policies and keep a policy register with named owners and review "
                     "dates",
         "Practice Manager", "30/09/2025", "Complete", "Register in place on the shared drive; 38 policies "
         "reviewed.",
         [MUST, R17], ["Practice Manager"], "2025-09", "blue", None),
        ("A", "2.2", "Complete the outstanding actions from the fire risk assessment and the legionella risk "
                     "assessment",
         "Practice Manager & NHS Property Services", "31/12/2025", "Amber",
         "Legionella actions complete; fire door replacement booked for January 2026.",
         [MUST, R17], ["Practice Manager", "NHS Property Services"], "2025-12", "amber", None),
        ("A", "2.3", "Introduce clinical supervision and a prescribing audit for non-medical prescribers and "
                     "ARRS clinicians",
         "Dr C Lowe (Clinical Lead)", "Q4 2025/26", "On track",
         "Supervision sessions started October 2025; first prescribing audit due February 2026.",
         [MUST, R17], ["Dr C Lowe (Clinical Lead)"], "2026-03", "green", None),
        ("H", SHOULD), ("H", S1),
        ("A", "3.1", "Run targeted Saturday clinics and text reminders for families with children overdue "
                     "immunisations",
         "Lead Practice Nurse", "Oct 2025 – Mar 2026", "On track",
         "Three Saturday clinics held; 64 children vaccinated.",
         [SHOULD, S1], ["Lead Practice Nurse"], "2026-03", "green", None),
        ("A", "3.2", "Send personalised invitations and offer evening smear appointments through the "
                     "extended access hub",
         "Lead Practice Nurse; Reception Manager", "31/03/2026", "Not started", "",
         [SHOULD, S1], ["Lead Practice Nurse", "Reception Manager"], "2026-03", "unrated", None),
        ("H", S2),
        ("A", "4.1", "Install a cloud-based telephone system with call-back and queue position messages",
         "Practice Manager", "w/c 05/01/2026", "Green", "Contract signed; installation booked.",
         [SHOULD, S2], ["Practice Manager"], "2026-01", "green", None),
    ]
    actions = []
    for item in data:
        if item[0] == "H":
            row(item[1])
        else:
            _, ref, text, lead, date, status, prog, under, elead, eend, est, etext = item
            row(ref, text, lead, date, status, prog)
            actions.append(act(ref, under, text, elead, eend, est, end_text=etext))
    row()
    row("Summary: 9 actions – Complete 4; On track/Green 3; Amber 1; Not started 1")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates the action plan a GP practice sends to CQC and posts on its website after a "
                   "'requires improvement' inspection (requirement notices under Regulations 12 and 17 "
                   "plus 'should' areas, as in CQC GP reports such as https://cqc.org.uk/location/"
                   "1-572958578/reports), saved from Excel as CSV. Copied features: title and inspection "
                   "lines, a header row, MUST DO / SHOULD DO section rows, the regulation or area for "
                   "improvement as a row of its own above its numbered actions, GP initials and job titles "
                   "as leads (two joined by '/', '&' or ';'), day-first dates, Jun-25, Q4 2025/26, a "
                   "period and a w/c date, word statuses, and a summary line."),
        "reads": ("Nine numbered actions: six under the two regulation breaches (MUST DO) and three under "
                  "two should-do areas, each under its section and the regulation/area row above it. Rows "
                  "without a ref are headings; the summary line is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Heritage Healthcare Chelmsford - CQC home care inspection action plan (txt)
# ---------------------------------------------------------------------------
def make_heritage_txt():
    name = "zdn-heritage-healthcare-chelmsford-cqc-home-care-inspection-action-plan.txt"
    title = "CQC Inspection Action Plan – Domiciliary Care"
    SAFE, WL = "SAFE", "WELL-LED"
    B1 = ("Breach 1 – Regulation 12 (Safe care and treatment): The provider must ensure medicines are "
          "managed safely and that medication administration records (MARs) are accurate.")
    B2 = ("Breach 2 – Regulation 12 (Safe care and treatment): The provider must assess and mitigate risks "
          "to people's health and safety, including risks from moving and handling and skin integrity.")
    B3 = ("Breach 3 – Regulation 17 (Good governance): The provider must operate effective systems to "
          "assess, monitor and improve the quality and safety of the service.")
    R4 = ("Recommendation 4 – The provider should ensure people and their relatives are asked for feedback "
          "regularly and that the outcome is shared with them.")
    bar = "=" * 60
    L = [
        "HERITAGE HEALTHCARE CHELMSFORD",
        title,
        "Location: Heritage Healthcare Chelmsford, Moulsham Street, Chelmsford",
        "Assessment: 3 June to 10 June 2025 | Report published: 29 July 2025 | Rating: Requires improvement",
        "Plan owner: Registered Manager (Joanne Pryce)",
        "Version 4 – updated 18 November 2025",
        "",
        "Status key: C = complete, G = on track, A = some delay, R = not on track. Blank = not started.",
        "",
    ]
    blocks = [
        ("S", SAFE), ("B", B1),
        ("1.1", "Move all medication administration records to the electronic MAR and retire paper MARs.",
         "Registered Manager / Care Coordinator", "31 August 2025", "C",
         "All 64 clients on eMAR from 18 August 2025.",
         ["Registered Manager", "Care Coordinator"], "2025-08", "blue", None),
        ("1.2", "Complete medicines competency assessments for every care worker, with spot checks every "
                "three months.", "Field Care Supervisor", "Sept 2025 – Dec 2025", "G",
         "41 of 48 care workers assessed; the rest are booked.",
         ["Field Care Supervisor"], "2025-12", "green", None),
        ("1.3", "Add PRN protocols to the care plan of every client prescribed \"as required\" medicines.",
         "Care Coordinator", "30/09/2025", "A",
         "19 of 23 protocols in place; waiting for GP information for 4 clients.",
         ["Care Coordinator"], "2025-09", "amber", None),
        ("B", B2),
        ("2.1", "Review every client's moving and handling and skin integrity risk assessment, using the "
                "Waterlow score.", "Field Care Supervisor and Deputy Manager", "End of October 2025", "C",
         "64 reviews completed by 27 October 2025.",
         ["Field Care Supervisor", "Deputy Manager"], "2025-10", "blue", None),
        ("S", WL), ("B", B3),
        ("3.1", "Introduce a monthly quality audit of care plans, daily notes, call times and medicines, "
                "with findings reviewed at the management meeting.", "Registered Manager", "Monthly", "G",
         "July, August, September and October audits completed.",
         ["Registered Manager"], None, "green", "Monthly"),
        ("3.2", "Use call monitoring data to report late and missed calls weekly to the franchise owner.",
         "Franchise Owner; Registered Manager", "31/12/2025", "",
         "Report template being built.",
         ["Franchise Owner", "Registered Manager"], "2025-12", "unrated", None),
        ("B", R4),
        ("4.1", "Send a six-monthly client and relative survey and publish a \"You said, we did\" summary.",
         "Deputy Manager", "Jan-26", "R", "Survey delayed; new Deputy Manager starts in December 2025.",
         ["Deputy Manager"], "2026-01", "red", None),
    ]
    actions = []
    sec = br = None
    for b in blocks:
        if b[0] == "S":
            sec = b[1]
            L += [bar, sec, bar]
        elif b[0] == "B":
            br = b[1]
            L += [br, ""]
        else:
            ref, text, lead, due, st, upd, elead, eend, est, etext = b
            L += [f"Action {ref}: {text}", f"Lead: {lead}", f"Due: {due}",
                  f"Status: {st}".rstrip(), f"Update: {upd}", ""]
            actions.append(act(ref, [sec, br], text, elead, eend, est, end_text=etext))
    L += ["-- End of action plan --"]
    with open(path(name), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": ("Imitates a domiciliary care agency's CQC action plan kept as a Word document and "
                   "exported as plain text (franchise home care branch, Heritage Healthcare Chelmsford, "
                   "after a 'requires improvement' assessment). Copied features: branch name and title "
                   "lines, assessment/report/rating line, plan owner and version lines, a letter status "
                   "key (C = complete), key-question banners between '=' rules, each breach or "
                   "recommendation as a paragraph above its actions, and each action as a labelled block "
                   "(Action n.n / Lead / Due / Status / Update)."),
        "reads": ("Seven actions in labelled blocks under two key questions (SAFE, WELL-LED) and four "
                  "breaches/recommendations. Status letters follow the key (C = blue, blank = not "
                  "started); 'Monthly' gives no end month and 'Sept 2025 – Dec 2025' ends in December."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


def main():
    made = [make_ngh_baf(), make_wirral_qa(), make_rdash_psii(), make_dg_his(), make_abuhb_hiw(),
            make_trinity_csv(), make_heritage_txt()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
