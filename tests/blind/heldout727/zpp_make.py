"""Build the seven zpp- blind test files (set heldout727).

Run with /work/main/.venv/bin/python zpp_make.py  (writes next to this script).
Each builder holds its own content. The .expected.yaml files beside the data
files were written separately, as a person reads each file.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS Greater Glasgow and Clyde - HIS mental health inspection, Gartnavel
# ---------------------------------------------------------------------------
GGC_FILE = "zpp-nhs-greater-glasgow-and-clyde-his-gartnavel-royal-hospital-mental-health-inspection-improvement-action-plan.xlsx"
GGC_TITLE = ("Healthcare Improvement Scotland Inspection of Adult Mental Health Inpatient "
             "Services – Gartnavel Royal Hospital: Improvement Action Plan")

GGC_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        ("1. NHS Greater Glasgow and Clyde must ensure that there are robust governance and "
         "assurance processes in place to identify and address environmental and estates issues "
         "in a timely manner, including escalation to senior management where necessary.", [
            ("1.1", "Establish a monthly estates and environment walkround across all adult acute "
                    "wards, led jointly by Senior Charge Nurses and Estates, with findings recorded "
                    "on a shared tracker.",
             d(2025, 8, 31), "Lead Nurse Adult Inpatients / Estates Manager (North West Sector)",
             "Walkrounds commenced 15 July 2025 on all five wards. Tracker held on the MHS "
             "SharePoint site and reviewed at the North West Sector governance meeting.",
             d(2025, 8, 22), BLUE),
            ("1.2", "Add outstanding estates requests more than 12 weeks old to the Mental Health "
                    "Services risk register and report them to the MHS Clinical Governance Group "
                    "each quarter.",
             d(2025, 10, 31), "Head of Adult Mental Health Services",
             "First quarterly report tabled at September meeting. Risk register entry drafted "
             "and awaiting approval.", None, GREEN),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("2. NHS Greater Glasgow and Clyde must ensure that patient care equipment is clean and "
         "ready for use, and that a system is in place to provide assurance of this.", [
            ("2.1", "Introduce ‘I am clean’ labelling for all shared patient equipment on the five "
                    "adult acute wards.",
             "July 2025", "Senior Charge Nurses",
             "Labels in use on all wards from 7 July 2025. Spot checks by IPCT found good "
             "compliance.", d(2025, 7, 18), BLUE),
            ("2.2", "Include equipment cleanliness in the monthly Excellence in Care ward audit, "
                    "with results above 95% for three consecutive months.",
             d(2025, 11, 30), "Senior Charge Nurses; Infection Prevention and Control Nurse",
             "August 89%, September 92%. IPCT providing additional support to Ward 3 and "
             "Ward 4.", None, AMBER),
        ]),
        ("3. NHS Greater Glasgow and Clyde must ensure that all care plans and risk assessments "
         "are person-centred, reviewed in line with local policy and reflect the current needs "
         "of the patient.", [
            ("3.1", "Refresh the care planning standard operating procedure and reissue it to all "
                    "nursing staff.",
             d(2025, 9, 30), "Chief Nurse, Mental Health Services",
             "Revised SOP approved 9 September 2025 and circulated with read-receipt.",
             d(2025, 9, 12), BLUE),
            ("3.2", "Carry out a monthly audit of ten sets of records per ward using the MHS "
                    "documentation audit tool, and feed back results at ward safety huddles.",
             "Ongoing", "Practice Development Nurse",
             "Audits completed July–September. Average compliance 81% (target 90%).", None, GREEN),
            ("3.3", "Deliver care planning and risk assessment training sessions for registered "
                    "nurses, with attendance recorded on LearnPro.",
             d(2025, 12, 31), "Practice Development Nurse",
             "Two sessions cancelled due to staffing pressures. Revised programme being agreed "
             "with Senior Charge Nurses.", None, RED),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("4. NHS Greater Glasgow and Clyde must ensure that staffing levels and skill mix are "
         "regularly assessed using the common staffing method, and that real-time staffing risks "
         "are escalated and recorded in line with the Health and Care (Staffing) (Scotland) Act "
         "2019.", [
            ("4.1", "Complete the common staffing method for all adult acute wards and present the "
                    "findings to the Nursing and Midwifery Workforce Group.",
             d(2026, 1, 31), "Associate Nurse Director",
             "Scheduled for the January 2026 workload tool run.", None, None),
            ("4.2", "Roll out the SafeCare real-time staffing tool to all adult acute wards, with "
                    "escalations recorded on Datix where a risk cannot be mitigated.",
             "December 2025", "Lead Nurse Adult Inpatients",
             "Live on three of five wards. Remaining two wards due to go live in November.",
             None, GREEN),
        ]),
    ]),
]


def build_ggc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 50
    ws["A1"] = GGC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "NHS Greater Glasgow and Clyde – Mental Health Services"
    ws["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Inspection dates:", "11–13 March 2025"),
        ("Report published:", "24 June 2025"),
        ("Wards inspected:", "Adult acute admission wards 1–5"),
        ("Action plan owner:", "Chief Nurse, Mental Health Services"),
        ("Governance route:", "MHS Clinical Governance Group → Board Clinical Governance Committee"),
    ]
    r = 4
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    versions = [
        ("0.1", d(2025, 7, 8), "Lead Nurse Adult Inpatients", "First draft for sector review"),
        ("1.0", d(2025, 7, 21), "Lead Nurse Adult Inpatients", "Approved by MHS Clinical Governance Group and submitted to HIS"),
        ("1.2", d(2025, 9, 30), "Clinical Governance Facilitator", "Quarter 2 progress update"),
    ]
    for v in versions:
        r += 1
        for j, val in enumerate(v, 1):
            c = ws.cell(r, j, val)
            c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    r += 2
    ws.cell(r, 1, "Status key").font = Font(bold=True, size=12)
    key = [
        (BLUE, "Complete – evidence submitted to HIS"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – expected to complete within 3 months of timescale"),
        (RED, "Off track / at risk – escalated to MHS Clinical Governance Group"),
        (None, "No colour – not yet started"),
    ]
    for col, text in key:
        r += 1
        c = ws.cell(r, 1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        ws.cell(r, 2, text)

    ws = wb.create_sheet("Action Plan")
    widths = [7, 46, 52, 14, 30, 52, 14, 9]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws["A1"] = "Gartnavel Royal Hospital – Improvement Action Plan (HIS inspection 11–13 March 2025)"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Update as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Requirement", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress against actions", "Date completed", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for domain, reqs in GGC_DOMAINS:
        c = ws.cell(r, 1, domain)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill(GREY)
            ws.cell(r, j).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for req, acts in reqs:
            first = r
            ws.cell(r, 2, req)
            for ref, text, due, lead, prog, done, col in acts:
                vals = [ref, None, text, due, lead, prog, done, None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if col:
                    ws.cell(r, 8).fill = fill(col)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Note: Evidence for completed actions is held in the MHS SharePoint evidence "
                  "library and is available to HIS on request.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Leeds Community Healthcare NHS Trust - PSII safety action plan (CSV)
# ---------------------------------------------------------------------------
LCH_FILE = "zpp-leeds-community-healthcare-nhs-trust-psii-missed-insulin-visit-safety-action-plan.csv"
LCH_TITLE = ("Leeds Community Healthcare NHS Trust – PSII Safety Action Plan: Missed insulin "
             "administration visit (Adult Neighbourhood Team)")
LCH_AFIS = [
    ("AFI 1 – Scheduling of time-critical insulin visits", [
        ("SA1.1", "Configure SystmOne visit scheduling so that insulin visits are flagged as "
                  "time-critical and cannot be moved without clinical review.",
         "Digital Clinical Safety Officer", "31/10/2025",
         "100% of insulin visits carry the time-critical flag (monthly SystmOne report)", "B",
         "Flag live in all neighbourhood teams from 13/10/2025."),
        ("SA1.2", "Introduce a daily \"insulin safety huddle\" at 08:30 in each neighbourhood team "
                  "to confirm that every insulin visit has been allocated.",
         "Neighbourhood Team Leaders", "30/09/2025",
         "Huddle recorded on the daily allocation sheet in all 13 teams", "B",
         "In place in all teams; spot checked by Clinical Leads in September."),
    ]),
    ("AFI 2 – Handover of visits when staff are redeployed during a shift", [
        ("SA2.1", "Revise the Neighbourhood Team handover SOP to include a named person accountable "
                  "for reallocating visits when staff are redeployed.\n"
                  "Add a handover checklist to the SOP appendix.",
         "Head of Neighbourhood Teams / Clinical Lead – Adult Community Nursing", "December 2025",
         "Revised SOP ratified at Clinical Policies Group", "G",
         "Draft SOP out for consultation until 28/11/2025."),
        ("SA2.2", "Test the revised handover process using a PDSA cycle in the Seacroft and "
                  "Chapeltown teams before Trust-wide roll-out.",
         "Quality Improvement Lead", "31/01/2026",
         "PDSA report with run chart of missed visits", "A",
         "Seacroft cycle 1 complete. Chapeltown delayed by team vacancies."),
    ]),
    ("AFI 3 – Escalation when a patient does not receive a planned insulin dose", [
        ("SA3.1", "Update the missed visit escalation flowchart to include contacting the patient's "
                  "GP or the out-of-hours service when an insulin dose has been missed.",
         "Diabetes Specialist Nurse Lead", "30/11/2025",
         "Flowchart published on the intranet and in team bases", "G",
         "Flowchart drafted and agreed with Leeds GP Confederation."),
        ("SA3.2", "Give patients receiving insulin visits, and their families, a contact card "
                  "explaining what to do if a nurse has not arrived by the agreed time.",
         "Patient Experience Lead", "28/02/2026",
         "Card issued to all patients on insulin caseloads", "",
         "Not due to start until January 2026."),
    ]),
    ("AFI 4 – Sharing learning and assurance", [
        ("SA4.1", "Share the learning from this PSII through the Trust-wide Patient Safety Bulletin "
                  "and the Community Nursing Forum.",
         "Patient Safety Specialist", "Oct-25",
         "Bulletin published; Forum minutes", "B",
         "Bulletin issue 41 published 02/10/2025; presented at Forum 16/10/2025."),
        ("SA4.2", "Audit compliance with the revised handover SOP and escalation flowchart six "
                  "months after implementation, and report the findings to the Quality and Safety "
                  "Committee.",
         "Head of Clinical Governance", "30/06/2026",
         "Audit report to Quality and Safety Committee", "",
         ""),
    ]),
]
LCH_HEADER = ["Area for improvement", "Safety action ref", "Safety action", "Action owner",
              "Target date", "Measure of success", "RAG", "Progress update"]


def build_lch(path):
    n = len(LCH_HEADER)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([LCH_TITLE] + [""] * (n - 1))
    w.writerow(["Incident date: 14/03/2025. InPhase ref: 2025/04417. Investigation lead: "
                "Patient Safety Incident Investigator."] + [""] * (n - 1))
    w.writerow(["Safety action plan agreed at the Patient Safety Incident Response Group on "
                "06/08/2025. Last updated 17/11/2025."] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(LCH_HEADER)
    for afi, acts in LCH_AFIS:
        for i, (ref, text, owner, due, measure, rag, prog) in enumerate(acts):
            w.writerow([afi if i == 0 else "", ref, text, owner, due, measure, rag, prog])
    w.writerow([""] * n)
    w.writerow(["RAG: B = complete; G = on track; A = at risk of delay; R = overdue; "
                "blank = not yet started"] + [""] * (n - 1))
    w.writerow(["Monitoring: Patient Safety Incident Response Group (monthly)"] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 3. NHS Bedfordshire, Luton and Milton Keynes ICB - Board Assurance Framework
# ---------------------------------------------------------------------------
BLMK_FILE = "zpp-nhs-bedfordshire-luton-and-milton-keynes-icb-board-assurance-framework-2025-26.xlsx"
BLMK_TITLE = "NHS Bedfordshire, Luton and Milton Keynes ICB – Board Assurance Framework 2025/26"
BLMK_RISKS = [
    ("BAF 1 – Urgent and emergency care: Risk that demand for urgent and emergency care exceeds "
     "system capacity, leading to long waits and avoidable harm",
     "Director of Operations", "Quality and Performance Committee", 20, 16, 12, "↔", [
        ("Gap in control: No single system view of real-time capacity across acute, community "
         "and social care", [
            ("1.1", "Implement the BLMK system control centre dashboard, with daily OPEL reporting "
                    "from all providers.",
             "Director of Operations", d(2025, 6, 30), d(2025, 9, 30), "A", "B",
             "Dashboard live from 8 September 2025. OPEL data submitted daily by all four providers."),
            ("1.2", "Agree the system winter plan 2025/26 with providers and the three local "
                    "authorities, including escalation triggers.",
             "Director of Operations / Director of Urgent and Emergency Care", d(2025, 10, 31), None,
             "G", "G", "Draft plan discussed at UEC Board on 18 September; sign-off planned for October."),
        ]),
        ("Gap in assurance: Limited assurance on harm reviews for patients waiting more than 12 "
         "hours in emergency departments", [
            ("1.3", "Introduce a quarterly harm review audit of 12-hour waits, reported to the "
                    "Quality and Performance Committee.",
             "Chief Nursing Officer", d(2025, 12, 31), None, "G", "A",
             "Audit methodology agreed; Luton and Dunstable data awaited."),
        ]),
    ]),
    ("BAF 2 – Financial sustainability: Risk that the ICB and system do not deliver the 2025/26 "
     "financial plan, leading to a deficit and loss of financial control",
     "Chief Finance Officer", "Finance and Investment Committee", 20, 20, 12, "↑", [
        ("Gap in control: Efficiency programme not fully identified (£14.2m unidentified at "
         "Month 5)", [
            ("2.1", "Identify and risk-assess schemes to close the unidentified efficiency gap "
                    "through the System Financial Recovery Group.",
             "Chief Finance Officer", d(2025, 8, 31), d(2025, 12, 31), "A", "R",
             "£6.1m of schemes identified. Remaining gap escalated to the ICB Board in October."),
        ]),
        ("Gap in control: All-age continuing healthcare spend above plan", [
            ("2.2", "Complete the continuing healthcare case review programme for all packages "
                    "over £2,500 per week.",
             "Chief Nursing Officer; Chief Finance Officer", d(2025, 11, 30), None, "G", "G",
             "212 of 305 reviews complete; savings to date £1.3m."),
        ]),
    ]),
    ("BAF 3 – Health inequalities: Risk that the ICB does not reduce health inequalities for "
     "Core20PLUS5 populations across Bedford, Central Bedfordshire, Luton and Milton Keynes",
     "Director of Population Health", "Population Health Committee", 16, 12, 8, "↓", [
        ("Gap in assurance: Population health dashboard does not yet report by deprivation and "
         "ethnicity", [
            ("3.1", "Extend the population health management dashboard to report Core20PLUS5 "
                    "indicators by deprivation quintile and ethnicity.",
             "Director of Population Health", d(2026, 3, 31), None, "G", "G",
             "Deprivation reporting live; ethnicity coding data quality work under way with BI team."),
        ]),
    ]),
    ("BAF 4 – Cyber security: Risk of a successful cyber attack on the ICB or a partner "
     "organisation causing loss of critical systems and patient data",
     "Chief Digital and Information Officer", "Audit and Risk Assurance Committee", 20, 15, 10, "↔", [
        ("Gap in control: Not all GP practices have reached 'Standards Met' on the Data Security "
         "and Protection Toolkit", [
            ("4.1", "Support the remaining GP practices to complete the DSPT, with targeted visits "
                    "by the Digital Security Team.",
             "Chief Digital and Information Officer", d(2025, 6, 30), d(2025, 10, 31), "R", "A",
             "94 of 101 practices at Standards Met; seven have improvement plans agreed."),
        ]),
        ("Gap in assurance: Business continuity arrangements not tested across the system", [
            ("4.2", "Run a system-wide cyber incident exercise with providers and the Local "
                    "Resilience Forum, and report lessons to the Audit and Risk Assurance Committee.",
             "Head of EPRR", d(2026, 1, 31), None, "G", "G",
             "Exercise Firewall booked for 21 January 2026."),
        ]),
    ]),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_blmk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BAF Summary"
    ws["A1"] = BLMK_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Quarter 2 position at 30 September 2025 – presented to the ICB Board, 28 November 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["BAF ref", "Principal risk", "Executive lead", "Assuring committee",
           "Initial score", "Current score", "Target score", "Trend"]
    widths = [9, 70, 32, 32, 10, 10, 10, 8]
    for j, (h, wdt) in enumerate(zip(hdr, widths), 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        ws.column_dimensions[chr(64 + j)].width = wdt
    r = 5
    for i, (title, lead, comm, ini, cur, tgt, trend, _) in enumerate(BLMK_RISKS, 1):
        vals = [f"BAF {i}", title.split(": ", 1)[1], lead, comm, ini, cur, tgt, trend]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        score_col = RED if cur >= 15 else AMBER if cur >= 8 else GREEN
        ws.cell(r, 6).fill = fill(score_col)
        r += 1
    r += 1
    ws.cell(r, 1, "Risk score key: 1–3 Low; 4–6 Moderate; 8–12 High; 15–25 Extreme "
                  "(consequence × likelihood)").font = Font(italic=True)

    ws = wb.create_sheet("Gap Actions")
    ws["A1"] = "BAF 2025/26 – Actions to address gaps in control and assurance"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws["A2"] = ("RAG: B = complete; G = on track; A = at risk of delay; R = off track / overdue. "
                "Where a target date has been revised, the revised date applies.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Gap in control / assurance", "Action", "Action owner", "Original target date",
           "Revised target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    widths = [6, 42, 50, 30, 12, 12, 8, 8, 50]
    for j, (h, wdt) in enumerate(zip(hdr, widths), 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
        ws.column_dimensions[chr(64 + j)].width = wdt
    r = 5
    for title, *_rest, gaps in BLMK_RISKS:
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = fill("DDEBF7")
            ws.cell(r, j).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 30
        c.alignment = Alignment(wrap_text=True, vertical="center")
        r += 1
        for gap, acts in gaps:
            first = r
            ws.cell(r, 2, gap)
            for ref, text, owner, orig, rev, q1, q2, upd in acts:
                vals = [ref, None, text, owner, orig, rev, q1, q2, upd]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j)
                    if v is not None:
                        c.value = v
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7).fill = fill(RAGFILL[q1])
                ws.cell(r, 8).fill = fill(RAGFILL[q2])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = WRAP
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Northern HSCT - RQIA unannounced inspection, Antrim Area Hospital (docx)
# ---------------------------------------------------------------------------
NHSCT_FILE = "zpp-northern-hsct-rqia-antrim-area-hospital-unannounced-inspection-qip.docx"
NHSCT_TITLE = "Antrim Area Hospital – RQIA Unannounced Inspection: Quality Improvement Plan"
NHSCT_DOMAINS = [
    ("Is care safe?", [
        ("Area for improvement 1 (Priority 1)",
         "The Trust must ensure that all medicines are stored securely, and that medicine "
         "refrigerator temperatures are monitored and recorded daily, with action taken when "
         "readings are outside the recommended range.", [
            ("1.1", "Install digital temperature monitoring on all medicine refrigerators in Wards "
                    "A2, B3 and C5, with automated alerts to the nurse in charge.",
             "Lead Pharmacist – Medicines Governance", "30/04/2025", "B"),
            ("1.2", "Complete weekly medicines storage audits on each ward and report the results "
                    "at the Medicine Division governance meeting.",
             "Ward Managers", "Weekly – ongoing", "G"),
        ]),
        ("Area for improvement 2 (Priority 2)",
         "The Trust should ensure that falls risk assessments, including lying and standing blood "
         "pressure, are completed within 24 hours of admission for all patients aged 65 and over.", [
            ("2.1", "Relaunch the Trust falls bundle on the three wards, with ward-based teaching "
                    "from the Falls Prevention Coordinator.",
             "Falls Prevention Coordinator", "June 2025", "B"),
            ("2.2", "Add lying and standing blood pressure to the nursing admission assessment in "
                    "encompass.",
             "Nursing Informatics Lead", "31/12/2025", "A"),
        ]),
    ]),
    ("Is care effective?", [
        ("Area for improvement 3 (Priority 2)",
         "The Trust should ensure that patients’ nutritional needs are assessed using MUST, and "
         "that food and fluid balance charts are accurately completed and reviewed.", [
            ("3.1", "Deliver MUST refresher training to all registered nurses and healthcare "
                    "assistants on the three wards.",
             "Lead Nurse – Nutrition and Dietetics", "30/09/2025", "B"),
            ("3.2", "Introduce a monthly food and fluid chart audit as part of the ward quality "
                    "dashboard.",
             "Ward Managers", "31/10/2025", "G"),
        ]),
    ]),
    ("Is the service well led?", [
        ("Area for improvement 4 (Priority 3)",
         "The Trust should ensure that staff have protected time to complete mandatory training, "
         "and that compliance is monitored and reported through divisional governance "
         "arrangements.", [
            ("4.1", "Agree a protected training rota for each ward, giving each member of staff at "
                    "least one half-day per quarter.",
             "Assistant Director – Medicine; Head of Learning and Development", "31/03/2026", "G"),
            ("4.2", "Report mandatory training compliance by ward to the Medicine Division "
                    "governance meeting each month.",
             "Divisional Business Manager", "Monthly", "G"),
        ]),
    ]),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def build_nhsct(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(NHSCT_TITLE, level=0)
    doc.add_paragraph("Northern Health and Social Care Trust")
    doc.add_paragraph("Wards inspected: A2 (Respiratory), B3 (Care of the Elderly) and C5 (Stroke). "
                      "Inspection dates: 4–6 February 2025. Report published: 15 May 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    for row in [("1.0", "02/06/2025", "Assistant Director – Medicine", "Safety and Quality Assurance Committee"),
                ("1.1", "14/10/2025", "Governance Lead – Medicine Division", "Medicine Division Governance Meeting")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the Trust’s response to the areas for improvement identified "
                      "by RQIA. Actions are grouped under the four domains used in the inspection "
                      "report; no areas for improvement were made under ‘Is care compassionate?’.")
    doc.add_paragraph("RAG status: B – completed; G – on track; A – at risk of slipping; "
                      "R – not achieved by the due date.")
    for domain, afis in NHSCT_DOMAINS:
        doc.add_heading(domain, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action(s) to be taken by the Trust",
                                          "Responsible officer(s)", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for label, afi, acts in afis:
            cells = t.add_row().cells
            set_cell(cells[0], label, bold=True)
            m = cells[1].merge(cells[4])
            set_cell(m, afi, bold=True)
            shade(cells[0], "F2F2F2")
            shade(m, "F2F2F2")
            for ref, text, lead, due, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, due, rag]):
                    set_cell(c, v)
                shade(cells[4], RAGFILL[rag])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Signed on behalf of the Trust", "Director of Nursing, Midwifery and AHPs"),
                                   ("Date", "14/10/2025"),
                                   ("Next review", "Medicine Division Governance Meeting, January 2026")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. SureCare Sefton - CQC home care inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
SURE_FILE = "zpp-surecare-sefton-cqc-home-care-inspection-action-plan.txt"
SURE_TITLE = "SureCare Sefton – CQC Inspection Action Plan"
SURE_SECTIONS = [
    ("SAFE", "Regulation 12 (Safe care and treatment): The provider must ensure that risks to "
             "people's health and safety are assessed and mitigated, and that medicines are "
             "managed safely.", [
        ("1", "Review and rewrite the risk assessments for all 14 people who use catheters or live "
              "with diabetes, using the new care planning template.",
         "Registered Manager", "31/05/2025", "B", "All 14 reviewed and signed off 28/05/2025."),
        ("2", "Move everyone with time-specific medicines onto eMAR alerts and audit late or "
              "missed doses weekly.",
         "Care Coordinator / Registered Manager", "Jun-25", "B",
         "Alerts live from 16/06/2025. No missed time-specific doses since July."),
        ("3", "Complete medicines competency reassessments for all care staff.",
         "Field Care Supervisors", "31/07/2025", "A",
         "38 of 46 staff completed. Remaining 8 booked for October."),
    ]),
    ("EFFECTIVE", "Should do: The provider should ensure that mental capacity assessments and "
                  "best interest decisions are recorded where people lack capacity to consent to "
                  "their care.", [
        ("4", "All staff to complete Mental Capacity Act e-learning, and the Registered Manager to "
              "attend MCA assessor training provided by Sefton Council.",
         "Registered Manager", "31/10/2025", "G",
         "e-learning 87% complete. Assessor training booked 14/10/2025."),
        ("5", "Audit the care plans of people living with dementia to check that MCA assessments "
              "and best interest decisions are in place.",
         "Registered Manager & Field Care Supervisors", "30/11/2025", "", "Not yet due."),
    ]),
    ("WELL-LED", "Regulation 17 (Good governance): The provider must ensure that systems to "
                 "assess, monitor and improve the quality and safety of the service are "
                 "effective.", [
        ("6", "Introduce a monthly quality audit schedule covering care records, MAR charts, call "
              "times and spot checks, with results reviewed by the Nominated Individual.",
         "Nominated Individual", "End of June 2025", "B",
         "Schedule in place; June, July and August audits completed."),
        ("7", "Use the call monitoring system to report late and missed calls weekly, and "
              "investigate any call more than 30 minutes late.",
         "Care Coordinator", "Weekly", "G", "Weekly report in place since July 2025."),
    ]),
]


def build_sure(path):
    lines = [
        SURE_TITLE,
        "Service: SureCare Sefton (domiciliary care agency)\tInspection: 9 and 16 April 2025\t"
        "Report published: 3 June 2025\tOverall rating: Requires improvement",
        "Prepared by the Registered Manager and Nominated Individual. Last updated 30/09/2025.",
        "",
        "RAG key: B = complete, G = on track, A = some delay, R = overdue, blank = not yet started",
        "",
        "No.\tAction\tLead\tTarget date\tRAG\tProgress",
    ]
    for kq, breach, acts in SURE_SECTIONS:
        lines.append(kq)
        lines.append(breach)
        for no, text, lead, due, rag, prog in acts:
            lines.append("\t".join([no, text, lead, due, rag, prog]))
        lines.append("")
    lines.append("Signed: Registered Manager\tDate: 30/09/2025")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Betsi Cadwaladr UHB - HIW inspection, Llandudno General Hospital (docx)
# ---------------------------------------------------------------------------
BCU_FILE = "zpp-betsi-cadwaladr-uhb-hiw-llandudno-general-hospital-ward-inspection-improvement-plan.docx"
BCU_TITLE = "HIW Unannounced Hospital Inspection – Llandudno General Hospital: Improvement Plan"
BCU_IMMEDIATE = [
    ("The health board must ensure that the resuscitation trolley on Ward 2 is checked daily and "
     "that all single-use items are within their expiry date.", "Safe", [
        ("Resuscitation trolley on Ward 2 checked and all expired items replaced.",
         "Ward Manager (Ward 2)", "Immediate"),
        ("Daily resuscitation trolley checks added to the ward safety huddle checklist, with "
         "weekly compliance checks by the Senior Nurse.",
         "Senior Nurse – Llandudno General Hospital", "31/10/2025"),
    ]),
]
BCU_PLAN = [
    ("Quality of the patient experience", [
        ("The health board must ensure that patients’ privacy and dignity are maintained at all "
         "times, including the use of curtains and signage when care is provided in bays.",
         "Person-centred", [
            ("Privacy signage and curtain clips to be provided for all bays on Wards 1 and 2.",
             "Ward Managers", "30/11/2025"),
        ]),
        ("The health board should ensure that information about how to raise a concern (Putting "
         "Things Right) is displayed in English and Welsh on each ward.",
         "Person-centred", [
            ("Bilingual Putting Things Right posters and leaflets to be displayed at each ward "
             "entrance.",
             "Patient Advice and Liaison Service Manager", "31/12/2025"),
        ]),
    ]),
    ("Delivery of safe and effective care", [
        ("The health board must ensure that pressure ulcer risk assessments (PURPOSE T) are "
         "completed and reviewed in line with the health board’s policy.",
         "Safe", [
            ("PURPOSE T refresher training to be delivered to all registered nurses on Wards 1 "
             "and 2.",
             "Tissue Viability Nurse Specialist", "January 2026"),
            ("PURPOSE T compliance to be included in the monthly ward accreditation audit, with "
             "results reported to the Central Area Quality and Safety Group.",
             "Senior Nurse – Llandudno General Hospital / Head of Nursing – Central Area",
             "28/02/2026"),
        ]),
        ("The health board must ensure that controlled drug records are completed accurately, "
         "with two signatures for each administration.",
         "Safe", [
            ("Controlled drug record keeping to be audited weekly by the ward pharmacist for three "
             "months, with findings shared with ward teams.",
             "Site Lead Pharmacist", "31/03/2026"),
        ]),
    ]),
    ("Quality of management and leadership", [
        ("The health board must ensure that staff compliance with mandatory training, in "
         "particular fire safety and safeguarding, improves to meet the health board’s target "
         "of 85%.",
         "Workforce", [
            ("Individual training compliance to be discussed at monthly one-to-ones, with "
             "protected time allocated on the ward roster.",
             "Ward Managers", "31/03/2026"),
        ]),
    ]),
]
BCU_HDR = ["Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]


def _bcu_rows(t, items):
    for need, std, acts in items:
        first = None
        for i, (act, who, when) in enumerate(acts):
            cells = t.add_row().cells
            if i == 0:
                set_cell(cells[0], need)
                set_cell(cells[1], std)
                first = cells
            set_cell(cells[2], act)
            set_cell(cells[3], who)
            set_cell(cells[4], when)
            last = cells
        if len(acts) > 1:
            first[0].merge(last[0])
            first[1].merge(last[1])


def build_bcu(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(BCU_TITLE, level=0)
    doc.add_paragraph("Betsi Cadwaladr University Health Board – Central Integrated Health Community")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [
            ("Service:", "Llandudno General Hospital"),
            ("Ward/department:", "Ward 1 (Orthopaedic Rehabilitation) and Ward 2 (Medical)"),
            ("Date of inspection:", "23 – 25 September 2025"),
            ("Date improvement plan returned to HIW:", "14 November 2025")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], GREY)
        set_cell(row.cells[1], v)
    doc.add_heading("Immediate improvement plan", level=1)
    doc.add_paragraph("The concern below was dealt with under HIW’s immediate assurance process "
                      "during the inspection.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, BCU_HDR):
        set_cell(c, h, bold=True)
        shade(c, "C5E0B3")
    _bcu_rows(t, BCU_IMMEDIATE)
    doc.add_heading("Improvement plan", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, BCU_HDR):
        set_cell(c, h, bold=True)
        shade(c, "C5E0B3")
    for theme, items in BCU_PLAN:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        set_cell(m, theme, bold=True)
        shade(m, "E2EFD9")
        _bcu_rows(t, items)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the improvement "
                      "plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Service representative", ""),
                                   ("Name (print):", "Gwenllian Pritchard"),
                                   ("Job role:", "Director of Nursing – Central Integrated Health Community"),
                                   ("Date:", "14 November 2025")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Cheshire and Wirral Partnership NHSFT - quality account priorities tracker
#    (refuse: a mistyped month "0ct-25" in a Due cell)
# ---------------------------------------------------------------------------
CWP_FILE = "zpp-cheshire-and-wirral-partnership-nhsft-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"
CWP_TITLE = ("Cheshire and Wirral Partnership NHS Foundation Trust – Quality Account 2025/26 "
             "Quality Priorities: Quarter 2 Progress Tracker")
CWP_PRIORITIES = [
    ("Priority 1 (Patient safety): Reducing restrictive practice on adult and older people’s "
     "inpatient wards", [
        ("1.1", "Roll out Safewards interventions to all adult and older people’s inpatient wards.",
         "Chief Nurse", "Associate Director of Nursing – Inpatient Services", d(2025, 9, 30), "G", "B",
         "All 14 wards now using at least six Safewards interventions."),
        ("1.2", "Reduce the use of prone restraint by 25% against the 2024/25 baseline.",
         "Chief Nurse", "Head of Reducing Restrictive Practice", d(2026, 3, 31), "A", "A",
         "Reduction of 14% at end of Q2; focus on two wards with highest use."),
        ("1.3", "Offer every patient a post-incident debrief within 72 hours of a restrictive "
                "intervention.",
         "Chief Nurse", "Head of Reducing Restrictive Practice", d(2025, 12, 31), "G", "G",
         "Debrief offered in 81% of incidents in Q2 (Q1 64%)."),
    ]),
    ("Priority 2 (Clinical effectiveness): Improving physical health checks for people with "
     "severe mental illness", [
        ("2.1", "Achieve 75% completion of all six physical health checks for people on the SMI "
                "register supported by community mental health teams.",
         "Medical Director", "Physical Health Lead", d(2026, 3, 31), "A", "G",
         "68% at September 2025, up from 59% at March."),
        ("2.2", "Recruit two physical health care practitioners to support CMHTs in West Cheshire "
                "and Wirral.",
         "Medical Director", "Associate Director of Operations – Community", "0ct-25", "G", "G",
         "Both posts offered; start dates agreed."),
        ("2.3", "Launch the inpatient tobacco dependence treatment pathway.",
         "Medical Director", "Tobacco Dependence Lead", d(2025, 12, 31), "G", "R",
         "Launch delayed pending NRT supply contract."),
    ]),
    ("Priority 3 (Patient experience): Involving carers in care planning through the Triangle of "
     "Care", [
        ("3.1", "Achieve Triangle of Care stage 2 membership across all community services.",
         "Chief Nurse", "Head of Patient and Carer Experience", d(2026, 3, 31), "G", "G",
         "Self-assessments returned by 11 of 16 teams."),
        ("3.2", "Record carer details and involvement on the electronic patient record for 80% of "
                "inpatients.",
         "Chief Nurse", "Head of Patient and Carer Experience", d(2026, 1, 31), "A", "A",
         "71% recorded in September."),
        ("3.3", "Co-produce a carer information pack with the Carers’ Forum.",
         "Chief Nurse", "Carer Lead", d(2025, 11, 30), "G", "B",
         "Pack launched at Carers’ Forum on 25 September 2025."),
    ]),
]


def build_cwp(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QA Priorities Q2"
    ws["A1"] = CWP_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Reporting to: Quality, Safety and Patient Experience Committee – 21 October 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for j, (col, text) in enumerate([(BLUE, "Blue – achieved"), (GREEN, "Green – on track"),
                                     (AMBER, "Amber – partially on track"), (RED, "Red – not on track")], 2):
        c = ws.cell(4, j, text)
        c.fill = fill(col)
    hdr = ["Ref", "Milestone", "Executive lead", "Clinical / operational lead", "Due",
           "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
    widths = [6, 60, 18, 40, 10, 8, 8, 55]
    for j, (h, wdt) in enumerate(zip(hdr, widths), 1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        ws.column_dimensions[chr(64 + j)].width = wdt
    r = 7
    counts = {}
    for prio, acts in CWP_PRIORITIES:
        c = ws.cell(r, 1, prio)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, ex, op, due, q1, q2, com in acts:
            for j, v in enumerate([ref, text, ex, op, due, q1, q2, com], 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 6).fill = fill(RAGFILL[q1])
            ws.cell(r, 7).fill = fill(RAGFILL[q2])
            counts[q2] = counts.get(q2, 0) + 1
            r += 1
    r += 1
    ws.cell(r, 1, "Summary of Q2 position").font = Font(bold=True)
    for k, label in [("B", "Achieved"), ("G", "On track"), ("A", "Partially on track"), ("R", "Not on track")]:
        r += 1
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts.get(k, 0))
    r += 1
    ws.cell(r, 1, "Total milestones")
    ws.cell(r, 2, sum(counts.values()))
    wb.save(path)


BUILDERS = [
    (GGC_FILE, build_ggc),
    (LCH_FILE, build_lch),
    (BLMK_FILE, build_blmk),
    (NHSCT_FILE, build_nhsct),
    (SURE_FILE, build_sure),
    (BCU_FILE, build_bcu),
    (CWP_FILE, build_cwp),
]


def main():
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
