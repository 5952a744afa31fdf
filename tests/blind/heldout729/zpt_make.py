"""Build the seven zpt- blind test files (set heldout729).

Run with: /work/main/.venv/bin/python zpt_make.py
Writes only files whose names start with "zpt-" into this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zpt-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}


# ---------------------------------------------------------------------------
# 1. BLMK ICB board assurance framework (xlsx, read)
# ---------------------------------------------------------------------------
def make_blmk_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:F1")
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=16, color="005EB8")
    cov.merge_cells("A2:F2")
    cov["A3"] = "Position as at 28 November 2025 – presented to the ICB Board, 12 December 2025"
    cov.merge_cells("A3:F3")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "04/04/2025", "Head of Corporate Governance", "BAF 2025/26 approved by the Board"),
        ("2.0", "11/07/2025", "Head of Corporate Governance", "Q1 review; BAF 3 target score revised from 6 to 8"),
        ("3.0", "28/11/2025", "Head of Corporate Governance", "Q2/Q3 review; actions 2.4 and 3.3 added"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A11"] = "Risk scoring (likelihood x consequence)"
    cov["A11"].font = Font(bold=True)
    for i, (band, lab, col) in enumerate([
        ("1–3", "Low", "00B050"), ("4–6", "Moderate", "FFFF00"),
        ("8–12", "High", "FFC000"), ("15–25", "Extreme", "FF0000")]):
        cov.cell(row=12 + i, column=1, value=band).fill = fill(col)
        cov.cell(row=12 + i, column=2, value=lab)
    cov["A17"] = "Action RAG key"
    cov["A17"].font = Font(bold=True)
    for i, (k, lab) in enumerate([
        ("B", "Complete"),
        ("G", "On track to deliver by the due date"),
        ("A", "Risk of slippage; mitigating action in place"),
        ("R", "Overdue or will not be delivered")]):
        c = cov.cell(row=18 + i, column=1, value=k)
        c.fill = RAG_FILL[k]
        cov.cell(row=18 + i, column=2, value=lab)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    # Summary sheet (no actions)
    sm = wb.create_sheet("Summary")
    hdr = ["BAF ref", "Principal risk", "Executive lead", "Lead committee",
           "Initial score", "Q1 score", "Current score", "Target score", "Trend"]
    for j, v in enumerate(hdr):
        c = sm.cell(row=1, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
    summ = [
        ("BAF 1", "Urgent and emergency care demand exceeds system capacity", "Chief Operating Officer",
         "Performance and Delivery Committee", 20, 20, 16, 9, "↓"),
        ("BAF 2", "System does not deliver the 2025/26 financial plan", "Chief Finance Officer",
         "Finance and Investment Committee", 16, 20, 20, 12, "↔"),
        ("BAF 3", "Unable to reduce health inequalities in the Core20PLUS5 population",
         "Chief Medical Director", "Population Health Committee", 16, 16, 12, 8, "↓"),
    ]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = sm.cell(row=2 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    sm.column_dimensions["B"].width = 45
    sm.column_dimensions["C"].width = 24
    sm.column_dimensions["D"].width = 30

    # Detail sheet
    ws = wb.create_sheet("BAF 2025-26")
    widths = {"A": 8, "B": 60, "C": 30, "D": 13, "E": 13, "F": 50, "G": 7}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws["A1"] = "Board Assurance Framework 2025/26 – principal risks, controls and actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    act_hdr = ["Ref", "Action to address gap", "Action owner", "Due date",
               "Revised due date", "Progress update (November 2025)", "RAG"]
    D = dt.datetime

    risks = [
        {
            "head": "BAF 1 – Urgent and emergency care: Risk that demand for urgent and emergency care across BLMK "
                    "exceeds capacity, resulting in long waits, ambulance handover delays and avoidable harm to patients",
            "fields": [
                ("Strategic priority", "Age Well; Live Well"),
                ("Executive lead", "Chief Operating Officer"),
                ("Assuring committee", "Performance and Delivery Committee"),
                ("Risk score (L x C)", "Initial 20 (4x5) | Current 16 (4x4) | Target 9 (3x3) | Appetite: Cautious"),
                ("Key controls", "UEC Board and weekly system calls\nOPEL escalation framework\nNHS 111 and Integrated Urgent Care contract"),
                ("Gaps in control / assurance", "G1: No single point of access for care homes in Milton Keynes\n"
                                                "G2: Handover delays at Bedford Hospital and L&D above 45 minutes"),
            ],
            "actions": [
                ("1.1", "Implement the BLMK single point of access for care homes and community teams to reduce conveyances to ED (G1)",
                 "Deputy Chief Operating Officer (UEC)", D(2025, 9, 30), D(2026, 1, 31),
                 "Live in Luton and Bedford; Milton Keynes go-live delayed by clinical workforce recruitment.", "A"),
                ("1.2", "Agree the system-wide winter plan 2025/26, including escalation triggers and mutual aid (G2)",
                 "Head of UEC Programme; EPRR Lead", D(2025, 10, 31), None,
                 "Winter plan signed off by the System Leadership Group on 17 October 2025.", "B"),
                ("1.3", "Reduce ambulance handover delays over 45 minutes at Bedford Hospital and Luton & Dunstable University Hospital through the Release to Respond protocol (G2)",
                 "Chief Operating Officer", "Q4 2025/26", None,
                 "Release to Respond in place at both sites since 1 October; 45-minute breaches down 38% in October.", "G"),
            ],
        },
        {
            "head": "BAF 2 – Financial sustainability: Risk that the BLMK system does not deliver its 2025/26 financial plan "
                    "and efficiency requirement, leading to a deficit and regulatory intervention",
            "fields": [
                ("Strategic priority", "Grow our economy; Enablers"),
                ("Executive lead", "Chief Finance Officer"),
                ("Assuring committee", "Finance and Investment Committee"),
                ("Risk score (L x C)", "Initial 16 (4x4) | Current 20 (5x4) | Target 12 (3x4) | Appetite: Open"),
                ("Key controls", "System financial recovery plan\nMonthly system Directors of Finance meeting"),
                ("Gaps in control / assurance", "G1: Efficiency plans not fully identified at two providers\n"
                                                "G2: Growth in all-age continuing care costs"),
            ],
            "actions": [
                ("2.1", "Deliver the ICB running cost reduction in line with the NHS England 50% target, including consultation on the new ICB structure",
                 "Chief Executive Officer; Chief People Officer", D(2026, 3, 31), None,
                 "Consultation opened 3 November 2025; closes 15 December 2025.", "G"),
                ("2.2", "Implement the system Grip and Control framework, including vacancy control panels in all NHS partners (G1)",
                 "Chief Finance Officer", D(2025, 6, 30), D(2025, 9, 30),
                 "Panels operating in all trusts; compliance reported monthly to the Finance and Investment Committee.", "B"),
                ("2.3", "Develop the 2026/27 medium-term financial plan and submit to NHS England",
                 "Chief Finance Officer", "Feb-2026", None,
                 "Draft submission made 12 November 2025; further planning guidance awaited.", None),
                ("2.4", "Review all continuing healthcare (CHC) packages above £2,500 per week against the National Framework (G2)",
                 "Chief Nursing Director / Head of All-Age Continuing Care", D(2025, 12, 31), None,
                 "New action added November 2025; review panel established.", "G"),
            ],
        },
        {
            "head": "BAF 3 – Health inequalities: Risk that the ICB is unable to reduce health inequalities in the Core20PLUS5 "
                    "population because of limited data sharing and resource",
            "fields": [
                ("Strategic priority", "Start Well; Live Well; Age Well"),
                ("Executive lead", "Chief Medical Director"),
                ("Assuring committee", "Population Health Committee"),
                ("Risk score (L x C)", "Initial 16 (4x4) | Current 12 (3x4) | Target 8 (2x4) | Appetite: Seek"),
                ("Key controls", "Health Inequalities Strategy 2024–2029\nPlace-based partnership plans"),
                ("Gaps in control / assurance", "G1: Population health management platform not available to all PCNs"),
            ],
            "actions": [
                ("3.1", "Complete the BLMK population health management data platform rollout to all primary care networks (G1)",
                 "Chief Digital and Information Officer", D(2025, 8, 31), D(2026, 3, 31),
                 "Information sharing agreements signed by 41 of 45 practices; platform procurement re-tendered.", "R"),
                ("3.2", "Embed the Core20PLUS5 outcomes in all Place-based partnership plans",
                 "Associate Director of Health Inequalities", "Ongoing", None,
                 "Reported quarterly to the Population Health Committee.", "G"),
                ("3.3", "Commission community-led hypertension case-finding in Luton and Bedford (CVD prevention)",
                 "Dr S. Patel & L. Morgan", D(2026, 1, 31), None,
                 "Added November 2025; providers shortlisted.", "G"),
            ],
        },
    ]

    r = 3
    for risk in risks:
        ws.cell(row=r, column=1, value=risk["head"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for lab, val in risk["fields"]:
            a = ws.cell(row=r, column=1, value=lab)
            a.font = Font(bold=True)
            a.fill = fill("D9E1F2")
            a.alignment = WRAP
            ws.cell(row=r, column=2, value=val).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            if "\n" in val:
                ws.row_dimensions[r].height = 15 * (val.count("\n") + 1)
            r += 1
        for j, v in enumerate(act_hdr):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for ref, text, owner, due, rev, prog, rag in risk["actions"]:
            vals = [ref, text, owner, due, rev, prog, rag]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            g = ws.cell(row=r, column=7)
            g.alignment = Alignment(horizontal="center", vertical="top")
            if rag:
                g.fill = RAG_FILL[rag]
            else:
                g.fill = RAG_FILL["A"]  # RAG shown by colour only
            r += 1
        r += 1
    ws.cell(row=r, column=1, value="Note: actions rated B will be removed from the BAF at the next quarterly review. "
                                   "See the Cover sheet for the RAG key.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A3"
    wb.active = 2
    wb.save(out("zpt-nhs-bedfordshire-luton-and-milton-keynes-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Shrewsbury and Telford PSII safety action plan (docx, read)
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    """Write text into a table cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def add_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
    return t


def make_sath_psii():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("The Shrewsbury and Telford Hospital NHS Trust")
    run.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Patient Safety Incident Investigation – Safety Action Plan", style="Title")
    doc.add_paragraph("Delayed recognition and treatment of hyperkalaemia in a patient admitted to the "
                      "Royal Shrewsbury Hospital", style="Subtitle")

    info = [
        ("PSII reference", "PSII-2025-009"),
        ("LFPSE reference", "W112873"),
        ("Date of incident", "14 March 2025"),
        ("Care group", "Medicine and Emergency Care"),
        ("Executive sponsor", "Director of Nursing"),
        ("Lead investigator", "Patient Safety Investigator"),
        ("Approved by", "Patient Safety Incident Response Group, 22 July 2025"),
        ("Version", "v1.3 – progress update 5 December 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "A patient admitted through the Emergency Department with acute kidney injury had a potassium result of "
        "7.1 mmol/L reported by the laboratory at 02:40. The result was telephoned to the ward but was not escalated "
        "to a doctor until 06:15. The investigation identified three areas for improvement. The safety actions below "
        "were developed with the staff involved and the patient’s family, using the NHS England safety action "
        "development guide.")
    doc.add_paragraph(
        "Status key: Complete (blue) = action delivered and evidence received; On track (green) = progressing to "
        "time; At risk (amber) = may miss the target date; Off track (red) = target date missed; Not started = not "
        "yet begun.")

    header = ["Ref", "Safety action", "Owner", "Measure of effectiveness", "Target date", "Status"]
    areas = [
        ("Area for improvement 1: Communication and escalation of critical pathology results out of hours",
         "Finding: the telephoned result was written on a paper note at the nurses’ station and there was no "
         "standard process for read-back or for escalation to the on-call doctor.",
         [
             ("SA1.1", "Introduce the SBAR critical result telephone script with mandatory read-back on all wards, and record calls in the electronic critical results log.",
              "Head of Nursing – Medicine",
              "Monthly audit of 20 critical results per site: ≥95% with documented read-back and escalation within 30 minutes",
              "30/09/2025", "Complete"),
             ("SA1.2", "Configure Careflow Vitals to send an automatic alert to the Hospital at Night coordinator for potassium ≥6.5 mmol/L.\n"
                       "The alert will include the patient’s location and the time the result was validated.",
              "Chief Clinical Information Officer / Digital Clinical Safety Officer",
              "Alert live on both sites; alert-to-review time reported in the monthly Deteriorating Patient Group dashboard",
              "Q2 2025/26", "Off track"),
         ]),
        ("Area for improvement 2: Recognition and treatment of hyperkalaemia on admission",
         "Finding: the admission blood results were reviewed, but the ED order set did not prompt treatment of "
         "moderate hyperkalaemia and staff were unsure which guideline applied.",
         [
             ("SA2.1", "Add a hyperkalaemia treatment pathway, based on the UK Kidney Association guideline, to the ED and Acute Medical Unit order sets.",
              "Dr A. Rahman and Sister K. Morris",
              "Order set in use; audit of 30 cases shows insulin–dextrose given within 60 minutes of the result in ≥90%",
              "End of October 2025", "Complete"),
             ("SA2.2", "Deliver simulation training on the management of hyperkalaemia for resident doctors and ward nurses at the Royal Shrewsbury Hospital and the Princess Royal Hospital.",
              "Simulation Lead",
              "80% of the target staff group trained; pre- and post-training confidence scores",
              "31 January 2026", "On track"),
             ("SA2.3", "Share the learning from this investigation through a Trust-wide safety huddle briefing and the Learning from Patient Safety Events newsletter.",
              "Patient Safety Team",
              "Briefing delivered; newsletter circulated",
              "31/08/2025", "Complete"),
         ]),
        ("Area for improvement 3: Staffing and workload on the night shift",
         "Finding: one registered nurse was caring for 14 patients, including two receiving enhanced observation.",
         [
             ("SA3.1", "Review the nurse staffing establishment for Ward 22 (Acute Medicine) using the SNCT acuity tool and present the outcome to the Nursing Workforce Group.",
              "Deputy Director of Nursing",
              "Establishment review completed and decision recorded in the Nursing Workforce Group minutes",
              "March 2026", "Not started"),
             ("SA3.2", "Pilot a night-time ‘safety pause’ at 02:00 on Ward 22 to review outstanding results and observations.",
              "Ward Manager, Ward 22",
              "Pilot evaluated after three months using incident data and staff feedback",
              "28/02/2026", "On track"),
         ]),
    ]
    for head, finding, acts in areas:
        doc.add_heading(head, level=2)
        doc.add_paragraph(finding)
        add_table(doc, header, acts)

    doc.add_heading("Monitoring and sign-off", level=1)
    doc.add_paragraph(
        "Progress is reported monthly to the Medicine and Emergency Care Group quality governance meeting and "
        "quarterly to the Quality and Safety Assurance Committee. The plan closes when all actions are complete "
        "and the measures of effectiveness have been met for three consecutive months.")
    add_table(doc, ["Role", "Name", "Date"], [
        ("Care Group Director – Medicine and Emergency Care", "Dr J. Whitfield", "22/07/2025"),
        ("Director of Nursing", "H. Carter", "22/07/2025"),
    ])
    doc.save(out("zpt-shrewsbury-and-telford-hospital-nhs-trust-psii-delayed-treatment-of-hyperkalaemia-safety-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. NHS GGC HIS Gartnavel mental health inspection action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_ggc_his():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    for k, w in {"A": 10, "B": 55, "C": 22, "D": 32, "E": 45, "F": 8}.items():
        ws.column_dimensions[k].width = w
    ws["A1"] = "NHS Greater Glasgow and Clyde"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Improvement Action Plan: Gartnavel Royal Hospital – Healthcare Improvement Scotland unannounced mental health inpatient inspection, 4–6 February 2025"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 34
    ws.merge_cells("A2:F2")
    ws["A3"] = "Report published: 1 May 2025 | Action plan owner: Head of Mental Health Services (Inpatients), Glasgow City HSCP | Progress update: October 2025"
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:F3")
    hdr = ["Action reference", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress update (October 2025)", "RAG"]
    for j, v in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX

    BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
    content = [
        ("domain", "Domain 1 – Clear vision and purpose"),
        ("req", "Requirement 1: NHS Greater Glasgow and Clyde must ensure that all staff have access to, and understand, "
                "the ward escalation process for managing staffing shortfalls in real time, in line with the Health and "
                "Care (Staffing) (Scotland) Act 2019 (p 14)."),
        ("act", "1.1", "Roll out the real-time staffing resource (RTS) tool to all adult acute and IPCU wards, with training for senior charge nurses.",
         "30 June 2025", "Lead Nurse, Adult Mental Health Inpatients", "RTS live on all seven wards since 23 June 2025.", BLUE),
        ("act", "1.2", "Add staffing escalation to the daily site safety huddle agenda and record decisions in the huddle log.",
         "May 2025", "Clinical Service Manager", "Huddle log audited in August 2025 – 100% compliance.", BLUE),
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("req", "Requirement 2: NHS Greater Glasgow and Clyde must ensure that patient care plans are person-centred, "
                "regularly reviewed and reflect patients’ and carers’ involvement (p 19)."),
        ("act", "2.1", "Introduce a monthly care plan quality audit on every ward using the Mental Welfare Commission care plan tool.",
         "31 August 2025", "Senior Charge Nurses", "Audit in place; average score 78% in September (target 90%).", AMBER),
        ("act", "2.2", "Deliver person-centred care planning training to registered nurses, co-produced with the Gartnavel carers’ group.",
         "Dec-25", "Practice Development Nurse", "Two cohorts delivered (46 staff); further dates booked.", GREEN),
        ("req", "Requirement 3: NHS Greater Glasgow and Clyde must ensure that ligature risk assessments are completed "
                "annually and that the resulting actions are tracked to completion (p 21)."),
        ("act", "3.1", "Complete ligature risk assessments for all wards and agree a prioritised estates programme for anti-ligature works.",
         "Original: 31 July 2025\nRevised: 31 March 2026",
         "General Manager, Inpatient Services / Estates and Facilities Manager",
         "Assessments complete. Capital bid for anti-ligature doors on Wards 3 and 4 approved October 2025; works scheduled for Q4.", AMBER),
        ("domain", "Domain 4.3 – Workforce management and support"),
        ("req", "Recommendation a: NHS Greater Glasgow and Clyde should ensure that nursing staff receive regular "
                "clinical supervision and that this is recorded (p 25)."),
        ("act", "a.1", "Implement the NHSGGC nursing clinical supervision framework, with supervision recorded on eESS.",
         "31 December 2025", "Lead Nurse, Adult Mental Health Inpatients", "Framework launched; recording compliance 52%.", GREEN),
        ("act", "a.2", "Report clinical supervision compliance to the Mental Health Clinical Governance Group.",
         "Quarterly", "Head of Nursing", "First report due January 2026.", None),
        ("domain", "Domain 5 – Planning for quality"),
        ("req", "Requirement 4: NHS Greater Glasgow and Clyde must ensure that the care environment supports effective "
                "infection prevention and control, including the cleaning and storage of patient equipment (p 28)."),
        ("act", "4.1", "Introduce equipment cleaning schedules and ‘I am clean’ labels on all wards, monitored through the monthly IPC audit.",
         "30 April 2025", "Senior Charge Nurses; Infection Prevention and Control Nurse",
         "Complete; IPC audit scores ≥95% since May 2025.", BLUE),
        ("act", "4.2", "Replace the damaged clinical room flooring in Ward 5.",
         "31 January 2026", "Estates Manager", "Contractor appointed; works delayed by decant arrangements.", RED),
    ]
    r = 6
    for item in content:
        if item[0] in ("domain", "req"):
            c = ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c.alignment = WRAP
            if item[0] == "domain":
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
            else:
                c.font = Font(italic=True)
                c.fill = fill("DDEBF7")
                ws.row_dimensions[r].height = 30
        else:
            _, ref, text, when, who, prog, col = item
            for j, v in enumerate([ref, text, when, who, prog, None]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if col:
                ws.cell(row=r, column=6).fill = fill(col)
            if "\n" in when:
                ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for j, (col, lab) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some delay – expected to complete"),
                                    (RED, "Significant delay / at risk")]):
        c = ws.cell(row=r + 1 + j, column=2, value=lab)
        c.fill = fill(col)
    ws.freeze_panes = "A6"

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Summary of progress – October 2025"
    s2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Requirements", 4), ("Recommendations", 1), ("Actions", 9),
                                ("Complete", 3), ("On track", 2), ("Some delay", 2),
                                ("Significant delay", 1), ("Not yet started", 1)]):
        s2.cell(row=3 + i, column=1, value=k)
        s2.cell(row=3 + i, column=2, value=v)
    s2.column_dimensions["A"].width = 22
    wb.save(out("zpt-nhs-greater-glasgow-and-clyde-his-gartnavel-royal-hospital-mental-health-inspection-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Welshpool Medical Practice HIW GP inspection improvement plan (docx, read)
# ---------------------------------------------------------------------------
def make_welshpool_hiw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Welshpool Medical Practice").bold = True
    doc.add_heading("HIW General Practice Inspection – Improvement Plan", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Welshpool Medical Practice, Powys Teaching Health Board"),
                 ("Date of inspection:", "10 September 2025"),
                 ("Report published:", "12 December 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Immediate improvement plan: no immediate assurance issues were identified during this inspection.")
    doc.add_paragraph(
        "The tables below set out the other improvements identified during the inspection, where HIW requires the "
        "service to complete an improvement plan describing the actions it is taking to address these areas.")

    header = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    themes = [
        ("Quality of Patient Experience", [
            ("The practice must ensure that patients can contact the practice by telephone in a timely manner, particularly at 8am.",
             "Health and Care Quality Standards 2023 – Timely",
             [("Move to a cloud-based telephone system with call-back and queue position messaging.",
               "Practice Manager", "31/01/2026"),
              ("Publish call-answering data on the practice website and in the waiting room.",
               "Practice Manager / Reception Team Leader", "Ongoing")]),
            ("The practice should ensure that the hearing loop in reception is working and that staff know how to use it.",
             "Health and Care Quality Standards 2023 – Equitable",
             [("Hearing loop repaired and tested; staff briefed at the October practice meeting. A weekly check has been added to the reception opening checklist.",
               "Reception Team Leader", "October 2025")]),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
             "Health and Care Quality Standards 2023 – Safe; Wales Safeguarding Procedures",
             [("All GPs and practice nurses to complete Level 3 adult and child safeguarding training; compliance monitored on the practice training matrix.",
               "Dr R. Hughes (Safeguarding Lead)", "30 November 2025")]),
            ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
             "Health and Care Quality Standards 2023 – Safe",
             [("Introduce a weekly emergency drugs and defibrillator check log, signed by the duty nurse and countersigned monthly by the Lead Nurse.",
               "Lead Nurse", "End of September 2025")]),
            ("The practice should review its arrangements for cleaning clinical rooms and ensure cleaning schedules are displayed.",
             "Health and Care Quality Standards 2023 – Safe; National Infection Prevention and Control Manual",
             [("Cleaning schedules agreed with the contract cleaner and displayed in each clinical room; quarterly IPC audit to be completed.",
               "Practice Manager / Lead Nurse", "Q4 2025/26")]),
        ]),
        ("Quality of Management and Leadership", [
            ("The practice must ensure that policies are reviewed and version controlled, and that staff confirm they have read them.",
             "Health and Care Quality Standards 2023 – Leadership",
             [("Policy review schedule created; all policies moved to the shared intranet with read receipts.",
               "Practice Manager", "March 2026")]),
            ("The practice should ensure that all staff receive an annual appraisal.",
             "Health and Care Quality Standards 2023 – Workforce",
             [("Appraisal timetable set for all non-clinical staff for 2025/26, with the partners completing appraisals for salaried GPs.",
               "Practice Manager; GP Partners", "31/03/2026")]),
        ]),
    ]
    for theme, items in themes:
        doc.add_heading(theme, level=2)
        tbl = doc.add_table(rows=1, cols=len(header))
        tbl.style = "Table Grid"
        for j, h in enumerate(header):
            set_cell(tbl.rows[0].cells[j], h, bold=True)
        for need, std, acts in items:
            first = len(tbl.rows)
            for k, (act, who, when) in enumerate(acts):
                cells = tbl.add_row().cells
                if k == 0:
                    set_cell(cells[0], need)
                    set_cell(cells[1], std)
                set_cell(cells[2], act)
                set_cell(cells[3], who)
                set_cell(cells[4], when)
            last = len(tbl.rows) - 1
            if last > first:
                for col in (0, 1):
                    tbl.cell(first, col).merge(tbl.cell(last, col))
    doc.add_paragraph("")
    doc.add_paragraph("Service representative").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name (print):", "Sarah Pryce"), ("Job role:", "Practice Manager"), ("Date:", "24 October 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(out("zpt-welshpool-medical-practice-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Strangford Lodge Nursing Home RQIA QIP tracker (csv, read)
# ---------------------------------------------------------------------------
def make_strangford_rqia():
    n = 8
    pad = lambda *cells: list(cells) + [""] * (n - len(cells))
    rows = [
        pad("Strangford Lodge Nursing Home – RQIA Quality Improvement Plan (QIP) tracker"),
        pad("Unannounced care inspection 19 and 20 August 2025 | Registered Manager: Gillian McKee"),
        pad("Updated 14/11/2025 for the monthly quality report to the Responsible Individual"),
        pad(),
        ["AFI No.", "Regulation / Standard", "Stated", "Area for improvement",
         "Response by registered person detailing the actions taken", "Responsible", "To be completed by", "RAG"],
        pad("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"),
        ["1", "Regulation 13 (7)", "Second time",
         "The registered person shall ensure that the infection prevention and control issues identified during the inspection are addressed, including the storage of equipment in bathrooms and the cleaning of commodes.",
         "Bathrooms decluttered and equipment moved to the new store room.\nCommode cleaning added to the night duty checklist and checked in the weekly IPC walkround.",
         "Home Manager", "With immediate effect", "B"],
        ["2", "Regulation 12 (1) (a) and (b)", "First time",
         "The registered person shall ensure that wound care is delivered in line with the care plan and that a wound assessment is completed at each dressing change.",
         "Monthly wound care audit introduced; all registered nurses completed the TVN wound assessment refresher.",
         "Deputy Manager", "30 September 2025", "B"],
        ["3", "Regulation 27 (4) (d)", "First time",
         "The registered person shall ensure that fire doors are not wedged open.",
         "Magnetic door holders to be fitted to the lounge and dining room doors; daily fire safety walkround by the nurse in charge.",
         "Maintenance Officer; Nurse in Charge", "31/10/2025", "A"],
        pad("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"),
        ["1", "Standard 4.9", "First time",
         "The registered person shall ensure that supplementary care records, including repositioning and food and fluid charts, are completed contemporaneously.",
         "Electronic care record prompts enabled for repositioning; the nurse in charge reviews charts at the 14:00 and 22:00 safety briefs.",
         "Deputy Manager", "31 December 2025", "G"],
        ["2", "Standard 12.13", "First time",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that residents are offered a choice of meal.",
         "Pictorial menus in place in both dining rooms; kitchen staff record the choices offered at each meal.",
         "Catering Manager", "Nov-25", "B"],
        ["3", "Standard 41", "Carried forward",
         "The registered person shall ensure that staff meetings take place at least quarterly and that minutes are available to staff who cannot attend.",
         "Quarterly staff meeting dates for 2026 published; minutes to be emailed to all staff.",
         "Home Manager", "Jan-26", "G"],
        pad(),
        pad("RAG key: B = complete and evidenced; G = on track; A = some slippage; R = overdue"),
        pad("Total areas for improvement: 6 (Regulations 3; Standards 3)"),
    ]
    with open(out("zpt-strangford-lodge-nursing-home-rqia-care-inspection-qip-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. Bluebird Care Hull CQC quality improvement plan (xlsx, REFUSE: 0ct-2025)
# ---------------------------------------------------------------------------
def make_bluebird_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    for k, w in {"A": 6, "B": 26, "C": 40, "D": 50, "E": 26, "F": 12, "G": 40, "H": 12}.items():
        ws.column_dimensions[k].width = w
    ws["A1"] = "Bluebird Care Hull – Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="00539F")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Following CQC assessment of our home care service (report published 8 July 2025) – overall rating: Requires improvement"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Registered Manager: Kerry Dawson    Nominated Individual: Paul Whitaker    Last reviewed: 03/11/2025"
    ws.merge_cells("A3:H3")
    hdr = ["No.", "Quality statement", "What CQC found", "Action we will take", "Lead",
           "Target date", "Progress / evidence", "Status"]
    for j, v in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00539F")
        c.alignment = WRAP
        c.border = BOX
    S = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Not started": "FFFFFF"}
    rows = [
        ("kq", "SAFE"),
        ("act", 1, "Safe and effective staffing", "Call monitoring showed late and missed calls on rural runs.",
         "Re-plan rural runs in the rostering system with realistic travel time and review late-call reports weekly.",
         "Care Coordinator", "Sep-2025", "Runs re-planned 22/08/2025; late calls down from 14% to 6%.", "Complete"),
        ("act", 2, "Safe and effective staffing", "Call monitoring showed late and missed calls on rural runs.",
         "Recruit four additional care workers for the Holderness area.",
         "Registered Manager", "Dec-2025", "Two appointed; two in pre-employment checks.", "On track"),
        ("act", 3, "Medicines optimisation", "MAR charts had gaps and protocols for ‘as required’ medicines were missing.",
         "Switch on eMAR missed-dose alerts and complete PRN protocols for everyone receiving ‘as required’ medicines.",
         "Field Care Supervisor / Registered Manager", "0ct-2025", "Alerts live; 31 of 38 PRN protocols completed.", "On track"),
        ("kq", "EFFECTIVE"),
        ("act", 4, "Assessing needs", "Care plans for people with diabetes did not say what to do if blood sugar was high or low.",
         "Review all care plans for people with diabetes to include hypoglycaemia and hyperglycaemia guidance.",
         "Field Care Supervisor", "Nov-2025", "12 of 17 care plans reviewed.", "Delayed"),
        ("kq", "WELL-LED"),
        ("act", 5, "Governance, management and sustainability", "Audits had not identified the issues found at the assessment.",
         "Introduce a monthly quality audit schedule covering MAR charts, care plans and call times, reported to the Nominated Individual.",
         "Registered Manager", "Jan-2026", "Audit tool drafted.", "On track"),
        ("act", 6, "Learning, improvement and innovation", "People and relatives said their feedback was not always acted on.",
         "Set up quarterly feedback calls with people using the service and publish a ‘You said, we did’ update.",
         "Care Coordinator", "Mar-2026", "", "Not started"),
    ]
    r = 6
    for item in rows:
        if item[0] == "kq":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            vals = list(item[1:])
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(S[vals[-1]])
        r += 1

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (lab, desc) in enumerate([("Complete", "Action finished and evidence saved in the QIP folder"),
                                     ("On track", "Progressing and expected by the target date"),
                                     ("Delayed", "Target date at risk – discuss at the monthly governance meeting"),
                                     ("Not started", "Not yet due to start")]):
        c = k.cell(row=2 + i, column=1, value=lab)
        c.fill = fill(S[lab])
        k.cell(row=2 + i, column=2, value=desc)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 60
    wb.active = 0
    wb.save(out("zpt-bluebird-care-hull-cqc-home-care-quality-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 7. CPFT quality account priorities tracker (tab-separated txt, read)
# ---------------------------------------------------------------------------
def make_cpft_txt():
    H = "Ref\tMilestone / action\tLead\tDue\tQ1 RAG\tQ2 RAG\tQ2 update"
    lines = [
        "Cambridgeshire and Peterborough NHS Foundation Trust",
        "Quality Account 2025/26 – Quality Priorities Progress Tracker",
        "Quarter 2 report (July – September 2025) for the Quality, Safety and Experience Committee, 12 November 2025",
        "",
        "RAG: B = milestone complete; G = on track; A = at risk, recovery plan in place; R = will not be met; blank = not yet due to start",
        "",
        "Priority 1 – Patient safety: Reduce the use of restrictive practice on our adult and older people’s inpatient wards",
        H,
        "1a\tAppoint a Reducing Restrictive Practice Lead and establish a Trust-wide steering group that includes people with lived experience\tDirector of Nursing, AHPs and Quality\tJune 2025\tG\tB\tLead in post from 2 June; steering group met in July and September.",
        "1b\tRoll out Safewards interventions on all adult acute wards at the Cavell Centre and Fulbourn Hospital\tModern Matron (Adult Acute) / Ward Managers\tDec 2025\tG\tG\tSix of eight wards have implemented all ten interventions.",
        "1c\tPublish a monthly restrictive practice dashboard by ward (restraint, seclusion, rapid tranquillisation)\tHead of Clinical Systems & Information\tQ3 2025/26\tA\tA\tDashboard in test; seclusion recording data quality issues being resolved.",
        "",
        "Priority 2 – Clinical effectiveness: Improve physical health checks for people with severe mental illness (SMI)",
        H,
        "2a\tIncrease the proportion of people on the SMI register receiving all six physical health checks to 60%\tAssociate Director of Physical Health\t31/03/2026\tA\tG\tQ2 position 57% (Q1 48%).",
        "2b\tProvide point-of-care HbA1c and lipid testing in community mental health teams\tAssociate Director of Physical Health; Pharmacy Lead\tJan 2026\t\tG\tDevices procured; staff training planned for November.",
        "2c\tAudit NEWS2 escalation compliance on inpatient wards and report to the Physical Health Group\tDeputy Medical Director\tQuarterly\tG\tG\tQ2 audit 91% compliant (target 90%).",
        "",
        "Priority 3 – Patient experience: Improve the experience of carers and families",
        H,
        "3a\tRelaunch the Triangle of Care self-assessment in all inpatient and crisis services\tHead of Patient Experience & Carers\tSep 2025\tG\tB\tSelf-assessments returned by all 14 teams.",
        "3b\tIntroduce a carers’ information pack and a named carer contact for every inpatient admission\tHead of Patient Experience & Carers\tNov 2025\tA\tR\tPrinting and translation delayed; revised date to be agreed at the December committee.",
        "3c\tCo-produce a family liaison role for patient safety incident investigations with the Patient Safety Partners\tAssociate Director of Patient Safety\tMarch 2026\t\t\tDue to start in Q3.",
        "",
        "Note: progress against the quality priorities is reported to the Board of Directors in the quarterly Integrated Quality Report. Milestones rated B are removed from the tracker at year end.",
    ]
    with open(out("zpt-cambridgeshire-and-peterborough-nhsft-quality-account-priorities-tracker-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_blmk_baf()
    make_sath_psii()
    make_ggc_his()
    make_welshpool_hiw()
    make_strangford_rqia()
    make_bluebird_refuse()
    make_cpft_txt()
    print("built 7 files")
