#!/usr/bin/env python
"""Build the seven jz2- blind test files (set heldout320).

Run with /work/main/.venv/bin/python jz2_make.py  (writes next to this script).
Each action record carries both what is written in the file and how a person
reads it (lead list, end month, status); jz2 expected readings were written
from these records and checked against the built files.
"""
import csv
import io
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN, AMBER, RED, BLUE, GREY = "00B050", "FFC000", "FF0000", "00B0F0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. South Central Ambulance Service NHS FT - Board (public) action log, xlsx
#    RAG by fill colour only; key says green = complete (propose closure).
# ---------------------------------------------------------------------------
SCAS_FILE = "jz2-south-central-ambulance-service-nhsft-trust-board-public-action-log.xlsx"
SCAS_TITLE = "Board of Directors (Meeting in Public) – Action Log"
# ref, meeting date, minute, action, lead cell, due cell, update, fill | lead list, end, end_text, status
SCAS_ACTIONS = [
    ("PB/25/014", dt(2025, 5, 29), "25/052",
     "Provide a breakdown of Category 2 mean response times by Integrated Care Board area, including the hours lost to hospital handover delays in each area.",
     "Chief Operating Officer", "July 2025",
     "Breakdown included as Appendix 3 to the Integrated Performance Report, July 2025. Propose closure.", GREEN,
     ["Chief Operating Officer"], "2025-07", None, "blue"),
    ("PB/25/015", dt(2025, 5, 29), "25/055",
     "Bring the revised Freedom to Speak Up policy to the Board for approval following consultation with staff side.",
     "Chief People Officer", "September 2025\nRevised: January 2026",
     "Staff side consultation extended at the request of Unison; policy to come to the January 2026 Board.", AMBER,
     ["Chief People Officer"], "2026-01", None, "amber"),
    ("PB/25/018", dt(2025, 7, 31), "25/081",
     "Confirm the trajectory for reducing the number of patients waiting over 24 hours in the 111 clinical assessment queue and report this through the Quality and Safety Committee.",
     "MJ / AH", dt(2025, 10, 31),
     "Trajectory not yet agreed with commissioners; to be taken to the Quality and Safety Committee in December.", RED,
     ["MJ", "AH"], "2025-10", None, "red"),
    ("PB/25/019", dt(2025, 7, 31), "25/083",
     "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the learning from the first year of implementation.",
     "Chief Nursing Officer", "Oct-25",
     "Session held 9 October 2025. Propose closure.", GREEN,
     ["Chief Nursing Officer"], "2025-10", None, "blue"),
    ("PB/25/021", dt(2025, 7, 31), "25/090",
     "Review the Board Assurance Framework risk scores for strategic risks SR2 (workforce) and SR5 (digital resilience) in light of the cyber incident and report back.",
     "Company Secretary", "November 2025",
     "Updated BAF presented to Audit Committee on 6 November; included in today’s papers. Propose closure.", GREEN,
     ["Company Secretary"], "2025-11", None, "blue"),
    ("PB/25/024", dt(2025, 9, 25), "25/112",
     "Provide an update on the fleet replacement programme, including the delivery schedule for the new double-crewed ambulances and any impact on vehicle off-road rates.",
     "Director of Finance / Head of Fleet", "January 2026",
     "Paper in preparation for the January Board.", AMBER,
     ["Director of Finance", "Head of Fleet"], "2026-01", None, "amber"),
    ("PB/25/025", dt(2025, 9, 25), "25/114",
     "Circulate the outcome of the staff survey pulse check on sexual safety to Board members outside the meeting.",
     "CPO", "Oct 2025",
     "Not yet circulated – results delayed by the survey supplier.", RED,
     ["CPO"], "2025-10", None, "red"),
    ("PB/25/026", dt(2025, 9, 25), "25/117",
     "Include ethnicity and deprivation data in the patient experience section of the Integrated Performance Report.",
     "Chief Nursing Officer; Head of Business Intelligence", "Ongoing – from Q3 IPR",
     "First iteration included in the November IPR; to be refined with the Patient Experience Group.", AMBER,
     ["Chief Nursing Officer", "Head of Business Intelligence"], None, "Ongoing – from Q3 IPR", "amber"),
    ("PB/25/027", dt(2025, 9, 25), "25/120",
     "Present the winter resilience plan, including the hospital handover escalation protocol agreed with acute trusts.",
     "Chief Operating Officer", "November 2025",
     "On the agenda for this meeting (item 11). Propose closure.", GREEN,
     ["Chief Operating Officer"], "2025-11", None, "blue"),
    ("PB/25/028", dt(2025, 9, 25), "25/121",
     "Schedule a visit to the Emergency Operations Centre at Otterbourne for non-executive directors.",
     "Company Secretary", "March 2026",
     "", None,
     ["Company Secretary"], "2026-03", None, "unrated"),
]


def build_scas(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Central Ambulance Service NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A3"] = SCAS_TITLE
    cov["A3"].font = Font(bold=True, size=12)
    rows = [
        ("Report to:", "Board of Directors (Public)"),
        ("Date of meeting:", "27 November 2025"),
        ("Agenda item:", "6"),
        ("Report author:", "Assistant Company Secretary"),
        ("Executive sponsor:", "Chief Executive"),
        ("Purpose:", "The Board is asked to note progress against open actions and approve the closure of the actions rated green."),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        c.alignment = WRAP
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Action Log")
    ws.merge_cells("A1:H1")
    ws["A1"] = "South Central Ambulance Service NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws.merge_cells("A2:H2")
    ws["A2"] = SCAS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 19 November 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Complete – propose closure", GREEN),
                                         ("In progress – within timescale", AMBER),
                                         ("Overdue / timescale missed", RED),
                                         ("Not yet due – no update required", None)]):
        c = ws[f"{col}5"]
        c.value = txt
        c.alignment = WRAP
        c.border = BOX
        if colr:
            c.fill = fill(colr)
    hdr = ["Action ref", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 8
    for a in SCAS_ACTIONS:
        ref, md, minute, text, lead, due, upd, colr = a[:8]
        vals = [ref, md, minute, text, lead, due, upd, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
        if colr:
            ws.cell(row=r, column=8).fill = fill(colr)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    counts = [("Complete – propose closure", 4), ("In progress – within timescale", 3),
              ("Overdue / timescale missed", 2), ("Not yet due", 1), ("Total open actions", 10)]
    for k, v in counts:
        r += 1
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
    for col, w in zip("ABCDEFGH", [12, 13, 10, 60, 26, 20, 50, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. West Lindsey DC - Transformation Programme highlight report, xlsx
#    Summary sheet + one sheet per workstream; project sub-heading rows;
#    baseline and forecast dates; status words with fills.
# ---------------------------------------------------------------------------
WL_FILE = "jz2-west-lindsey-dc-transformation-programme-highlight-report.xlsx"
WL_TITLE = "Transformation Programme Highlight Report"
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Delayed": RED, "Not started": None}
STATUS_READ = {"Complete": "blue", "On track": "green", "At risk": "amber", "Delayed": "red", "Not started": "unrated"}
WL_WORKSTREAMS = [
    ("WS1 Customer & Digital", "Workstream 1: Customer Experience and Digital",
     "SRO: Director of Change Management, ICT and Regulatory Services", [
         ("Project 1.1 – Website and online forms replacement", [
             ("1.1.1", "Complete the accessibility audit of the new website build and resolve all priority 1 issues.",
              "Digital Services Manager", dt(2024, 11, 30), dt(2025, 1, 31), "Complete",
              "Audit completed 17 January 2025; 14 priority 1 issues resolved.",
              ["Digital Services Manager"], "2025-01", None),
             ("1.1.2", "Go live with the new website and migrate the top 50 online forms to the new platform.",
              "Digital Services Manager", dt(2024, 12, 31), dt(2025, 3, 31), "At risk",
              "Go-live moved to March 2025 to allow for audit remediation; forms migration 32/50 complete.",
              ["Digital Services Manager"], "2025-03", None),
         ]),
         ("Project 1.2 – Telephony and contact centre", [
             ("1.2.1", "Procure and install a cloud-based telephony system for the Customer Services Centre.",
              "Customer Services Manager / ICT Manager", dt(2024, 10, 31), dt(2024, 12, 13), "Complete",
              "System live 13 December 2024.",
              ["Customer Services Manager", "ICT Manager"], "2024-12", None),
             ("1.2.2", "Introduce call-back and webchat functions and publish revised customer service standards.",
              "Customer Services Manager", "Q4 2024/25", "Q1 2025/26", "On track",
              "Webchat supplier confirmed; standards drafted for Corporate Policy and Resources Committee.",
              ["Customer Services Manager"], "2025-06", None),
         ]),
     ]),
    ("WS2 Assets & Commercial", "Workstream 2: Assets and Commercial",
     "SRO: Director of Finance and Assets", [
         ("Project 2.1 – Guildhall accommodation review", [
             ("2.1.1", "Relocate the Planning and Building Control teams to the ground floor and release the second floor for letting.",
              "Property and Assets Manager", dt(2024, 9, 30), dt(2025, 2, 28), "Delayed",
              "Contractor delay on partition works; revised programme awaited.",
              ["Property and Assets Manager"], "2025-02", None),
             ("2.1.2", "Agree heads of terms with the public sector partner for the lease of the released space.",
              "Property and Assets Manager", dt(2025, 3, 31), None, "Not started",
              "Dependent on 2.1.1.",
              ["Property and Assets Manager"], "2025-03", None),
         ]),
         ("Project 2.2 – Commercial income", [
             ("2.2.1", "Review fees and charges for trade waste, pest control and land charges and report proposals to Corporate Policy and Resources Committee.",
              "Commercial Lead", "January 2025", "January 2025", "On track",
              "Report on the agenda for 23 January 2025.",
              ["Commercial Lead"], "2025-01", None),
         ]),
     ]),
    ("WS3 People & Culture", "Workstream 3: People and Culture",
     "SRO: Director of Corporate Services", [
         (None, [
             ("3.1", "Roll out the new appraisal framework and complete mid-year reviews for all staff.",
              "People and OD Manager", dt(2024, 12, 31), dt(2025, 2, 28), "On track",
              "82% of mid-year reviews recorded; extension agreed by Management Team.",
              ["People and OD Manager"], "2025-02", None),
             ("3.2", "Deliver the leadership development programme for service managers (cohort 2).",
              "Sally Grant and Tom Ellis", "Mar-25", "Mar-25", "On track",
              "Four of six modules delivered.",
              ["Sally Grant", "Tom Ellis"], "2025-03", None),
             ("3.3", "Review the hybrid working policy and survey staff on the outcome.",
              "HR Manager", dt(2024, 11, 30), dt(2025, 4, 30), "At risk",
              "Survey postponed to avoid a clash with the budget consultation.",
              ["HR Manager"], "2025-04", None),
         ]),
     ]),
]


def build_wl(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "West Lindsey District Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = WL_TITLE
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Reporting period: Quarter 3 2024/25 (October – December 2024)"
    s["A4"] = "Report date: 22 January 2025   |   Programme sponsor: Chief Executive"
    hdr = ["Workstream", "SRO", "Previous RAG", "Current RAG", "Headline"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summ = [
        ("1. Customer Experience and Digital", "Director of Change Management, ICT and Regulatory Services", "Green", "Amber",
         "Website go-live moved to March 2025 following the accessibility audit."),
        ("2. Assets and Commercial", "Director of Finance and Assets", "Amber", "Red",
         "Guildhall works delayed; letting income for 2025/26 at risk."),
        ("3. People and Culture", "Director of Corporate Services", "Green", "Green",
         "Appraisal roll-out and leadership programme progressing."),
    ]
    rag = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for i, row in enumerate(summ, start=7):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if j in (3, 4):
                c.fill = fill(rag[v])
    s["A11"] = "Status key (milestones)"
    s["A11"].font = Font(bold=True)
    key = [("Complete", "Milestone delivered"),
           ("On track", "Green – will be delivered by the forecast date"),
           ("At risk", "Amber – forecast date may slip; recovery in hand"),
           ("Delayed", "Red – forecast date missed or will be missed; needs Programme Board decision"),
           ("Not started", "Work not yet due to start")]
    for i, (k, v) in enumerate(key, start=12):
        c = s.cell(row=i, column=1, value=k)
        if STATUS_FILL[k]:
            c.fill = fill(STATUS_FILL[k])
        s.cell(row=i, column=2, value=v)
    s["A18"] = "Milestone totals"
    s["A18"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("On track", 4), ("At risk", 2), ("Delayed", 1),
                                 ("Not started", 1), ("Total", 10)], start=19):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=v)
    for col, w in zip("ABCDE", [36, 44, 13, 13, 60]):
        s.column_dimensions[col].width = w

    for sheet, heading, sro, projects in WL_WORKSTREAMS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = sro
        hdr = ["Ref", "Milestone / deliverable", "Milestone owner", "Baseline date", "Forecast date", "Status", "Commentary"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            c.border = BOX
        r = 5
        for proj, ms in projects:
            if proj:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                c = ws.cell(row=r, column=1, value=proj)
                c.font = Font(bold=True)
                c.fill = fill(GREY)
                r += 1
            for m in ms:
                ref, text, owner, base, fc, status, comm = m[:7]
                for j, v in enumerate([ref, text, owner, base, fc, status, comm], start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt):
                        c.number_format = "dd/mm/yyyy"
                if STATUS_FILL[status]:
                    ws.cell(row=r, column=6).fill = fill(STATUS_FILL[status])
                r += 1
        for col, w in zip("ABCDEFG", [8, 60, 30, 14, 14, 12, 50]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. North Herts Council - corporate risk register Q3 2025/26, xlsx (REFUSE)
#    Risk header rows with first action on the same row; "Febuary 2026".
# ---------------------------------------------------------------------------
NH_FILE = "jz2-north-herts-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
NH_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
NH_RISKS = [
    ("CR1", "Medium Term Financial Strategy\nThe Council is unable to set a balanced budget for 2026/27 and beyond because of funding reform and cost pressures.",
     "Director – Resources", "16 (4x4)", "9", "↔", [
         ("Deliver the 2026/27 savings and income proposals agreed by Cabinet in December 2025.", "Service Director – Resources", "March 2026", "On track"),
         ("Model the impact of the Fair Funding Review 2.0 final settlement and update the MTFS.", "Chief Accountant", dt(2026, 2, 13), "On track"),
     ]),
    ("CR2", "Local Government Reorganisation\nUncertainty over the Hertfordshire unitary proposals diverts capacity from service delivery and affects staff retention.",
     "Managing Director", "12 (3x4)", "8", "↑", [
         ("Agree a programme team and governance for the Hertfordshire LGR implementation workstreams.", "Managing Director", "Jan-26", "Complete"),
         ("Run staff briefings after each LGR milestone and monitor turnover monthly.", "HR Services Manager", "Monthly", "On track"),
         ("Identify key-person dependencies in statutory services and put succession plans in place.", "Leadership Team", "Febuary 2026", "Amber"),
     ]),
    ("CR3", "Cyber security\nA successful cyber attack results in loss of systems and data.",
     "Director – Customers", "15 (3x5)", "10", "↔", [
         ("Complete the Cyber Assessment Framework self-assessment and act on the findings.", "ICT Manager", "June 2026", "On track"),
         ("Run a cyber incident exercise with the Leadership Team.", "ICT Manager / Emergency Planning Officer", dt(2026, 3, 31), "Not started"),
     ]),
    ("CR4", "Waste and street cleansing contract\nThe new contract does not deliver the expected service levels or the food waste collection changes.",
     "Director – Place", "12 (4x3)", "6", "↓", [
         ("Agree a contract performance recovery plan with the contractor.", "Waste Services Manager", "April 2026", "Amber"),
     ]),
]


def build_nh(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "North Hertfordshire Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = NH_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Finance, Audit and Risk Committee – 11 March 2026"
    hdr = ["Risk ref", "Risk title and description", "Risk owner", "Current score (L x I)", "Target score",
           "Direction of travel", "Further mitigating actions", "Action owner", "Target date", "Progress"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    typo_row = None
    for ref, desc, owner, cur, tgt, dot, acts in NH_RISKS:
        first = r
        for k, (a, ao, td, st) in enumerate(acts):
            if k == 0:
                for j, v in enumerate([ref, desc, owner, cur, tgt, dot], start=1):
                    ws.cell(row=r, column=j, value=v)
            for j, v in enumerate([a, ao, td, st], start=7):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            if td == "Febuary 2026":
                typo_row = r
            for j in range(1, 11):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if len(acts) > 1:
            for j in range(1, 7):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing since Q2.")
    ws.cell(row=r + 1, column=1, value="Scores: Likelihood x Impact, each on a 1–5 scale. Risks scoring 12 or more are reported to Cabinet.")
    for col, w in zip("ABCDEFGHIJ", [8, 48, 20, 12, 10, 11, 55, 26, 15, 12]):
        ws.column_dimensions[col].width = w
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Leicester SAB - SAR Adult J multi-agency action plan, docx
#    Document control + RAG key tables; heading per learning theme;
#    one table per recommendation with the recommendation in a merged row.
# ---------------------------------------------------------------------------
LSAB_FILE = "jz2-leicester-sab-sar-adult-j-action-plan.docx"
LSAB_TITLE = "Safeguarding Adults Review – Adult J: Multi-Agency Action Plan"
RAG_LETTER = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
LSAB_THEMES = [
    ("Learning theme 1: Self-neglect and hoarding", [
        ("Recommendation 1: Leicester SAB partners should ensure that the multi-agency self-neglect and hoarding procedures are understood and used by frontline practitioners, including when a person declines support.", [
            ("1.1", "Relaunch the LLR self-neglect and hoarding procedures through a practitioner webinar and a 7-minute briefing on Adult J.",
             "LSAB Business Office", "March 2025", "Briefing published 3 March 2025; 212 attendees at the launch webinars.", "B",
             ["LSAB Business Office"], "2025-03", None),
            ("1.2", "Audit a sample of 20 self-neglect safeguarding concerns to test whether the procedures were followed and a multi-agency meeting was convened where needed.",
             "Leicester City Council ASC / LPT", "31/10/2025", "Audit tool agreed; sample being drawn.", "G",
             ["Leicester City Council ASC", "LPT"], "2025-10", None),
        ]),
        ("Recommendation 2: Leicestershire Fire and Rescue Service and housing providers should agree a joint approach to fire risk where a person who is hoarding refuses a home fire safety visit.", [
            ("2.1", "Agree a joint escalation route between LFRS and Leicester City Council Housing for hoarding cases where a home fire safety visit is refused.",
             "LFRS Prevention Manager; Head of Housing (LCC)", "Q2 2025/26", "Draft protocol shared with the SAR Subgroup in July 2025.", "A",
             ["LFRS Prevention Manager", "Head of Housing (LCC)"], "2025-09", None),
            ("2.2", "Include hoarding and fire risk in the next cycle of safeguarding training for housing officers.",
             "Head of Housing (LCC)", "April 2025", "Included from the April 2025 cohort.", "B",
             ["Head of Housing (LCC)"], "2025-04", None),
        ]),
    ]),
    ("Learning theme 2: Mental capacity and executive functioning", [
        ("Recommendation 3: Partners should provide assurance that practitioners consider executive functioning when assessing the capacity of people who repeatedly decline care.", [
            ("3.1", "Deliver multi-agency training on mental capacity assessment and executive functioning, using the Adult J case study.",
             "LLR SAB Training Subgroup", "Ongoing – quarterly sessions", "Sessions held in May and August 2025.", "G",
             ["LLR SAB Training Subgroup"], None, "Ongoing – quarterly sessions"),
            ("3.2", "Update the Trust’s Mental Capacity Act policy to include guidance on executive functioning and the need for a longitudinal assessment.",
             "LPT Named Nurse Safeguarding Adults", "30 September 2025", "Policy at Policy Group for ratification; delayed from June.", "A",
             ["LPT Named Nurse Safeguarding Adults"], "2025-09", None),
            ("3.3", "Add a mental capacity prompt to the ASC assessment template where a person has declined support three or more times.",
             "Principal Social Worker (ASC)", "Jan-26", "System change request not yet prioritised by the Liquidlogic team.", "R",
             ["Principal Social Worker (ASC)"], "2026-01", None),
        ]),
    ]),
    ("Learning theme 3: Multi-agency risk management", [
        ("Recommendation 4: The LSAB should seek assurance that the multi-agency risk management (MARM) framework is used for people at high risk who do not meet the threshold for a section 42 enquiry.", [
            ("4.1", "Review the MARM framework and guidance, including the route for any agency to convene a meeting.",
             "LSAB Policy and Procedures Subgroup", "June 2025", "Revised MARM guidance approved by the LSAB on 12 June 2025.", "B",
             ["LSAB Policy and Procedures Subgroup"], "2025-06", None),
            ("4.2", "Report MARM activity data to the LSAB Performance Subgroup.",
             "Leicester City Council ASC", "Quarterly", "First report due to the November 2025 meeting.", "G",
             ["Leicester City Council ASC"], None, "Quarterly"),
        ]),
        ("Recommendation 5: GP practices should be reminded of the importance of sharing information about missed appointments and deterioration with adult social care.", [
            ("5.1", "Issue a safeguarding bulletin to all Leicester GP practices on information sharing where a person with care and support needs disengages.",
             "ICB Designated Nurse Safeguarding Adults", "May 2025", "Bulletin issued 14 May 2025.", "B",
             ["ICB Designated Nurse Safeguarding Adults"], "2025-05", None),
        ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def build_lsab(path):
    d = Document()
    p = d.add_paragraph()
    run = p.add_run("Leicester Safeguarding Adults Board")
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor(0x4B, 0x2E, 0x83)
    d.add_heading(LSAB_TITLE, level=0)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "12 August 2025"), ("Owner", "LSAB SAR Subgroup"),
                 ("Status", "Progress update for the LSAB Executive – September 2025"),
                 ("Review published", "21 January 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    d.add_paragraph()
    d.add_paragraph("RAG key").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, c in [("B", "Complete – evidence of impact received", BLUE),
                    ("G", "On track to complete by the target date", GREEN),
                    ("A", "Risk of slippage", AMBER),
                    ("R", "Off track / target date missed", RED)]:
        row = t.add_row().cells
        row[0].text = k
        shade(row[0], c)
        row[1].text = v
    for theme, recs in LSAB_THEMES:
        d.add_heading(theme, level=1)
        for rec, acts in recs:
            t = d.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells
            m = top[0].merge(top[5])
            bold_cell(m, rec)
            shade(m, "E4DFEC")
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead agency / officer", "Target date",
                                               "Progress and evidence", "RAG"]):
                bold_cell(c, h)
            for a in acts:
                ref, text, lead, tgt, prog, rag = a[:6]
                row = t.add_row().cells
                for c, v in zip(row, [ref, text, lead, tgt, prog, rag]):
                    c.text = v
                shade(row[5], {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
            d.add_paragraph()
    d.add_paragraph("Actions rated B will be removed from the plan once the SAR Subgroup has reviewed the evidence of impact.")
    d.add_paragraph("Sign-off").runs[0].bold = True
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Approved by", "Role", "Date"]):
        bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["S. Douglas", "LSAB Independent Chair", "04/09/2025"]):
        c.text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Royal Free London NHS FT - Maternity and Neonatal Improvement Plan, docx
#    Version table; one table per theme (three-year delivery plan themes);
#    objective column merged down; original/revised dates; previous/current RAG.
# ---------------------------------------------------------------------------
RF_FILE = "jz2-royal-free-london-nhsft-maternity-neonatal-improvement-plan.docx"
RF_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
RF_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1a. Personalised care and support plans offered to all women", [
            ("1.1", "Offer every woman a personalised care and support plan at booking and review it at 28 and 36 weeks.",
             "Consultant Midwife (Public Health)", "Sept 2024", "Dec 2024", "Amber", "Blue",
             "Offered at booking in 96% of records (January audit). Complete.",
             ["Consultant Midwife (Public Health)"], "2024-12", None, "blue"),
            ("1.2", "Audit the completion of personalised care plans in the electronic record (BadgerNet) each quarter and report to the Maternity Quality Committee.",
             "Maternity Audit Midwife", "Quarterly", "", "Green", "Green",
             "Q3 audit reported February 2025.",
             ["Maternity Audit Midwife"], None, "Quarterly", "green"),
        ]),
        ("1b. Working with the Maternity and Neonatal Voices Partnership (MNVP)", [
            ("1.3", "Co-produce the refreshed antenatal information leaflets with the MNVP, including translated versions in the five most spoken community languages.",
             "Head of Midwifery (Barnet) / MNVP Lead", "March 2025", "June 2025", "Green", "Amber",
             "Translations commissioned; MNVP review scheduled for April.",
             ["Head of Midwifery (Barnet)", "MNVP Lead"], "2025-06", None, "amber"),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2a. Midwifery establishment in line with Birthrate Plus", [
            ("2.1", "Complete the Birthrate Plus reassessment and present the establishment review to the Trust Board.",
             "Director of Midwifery", "November 2024", "", "Green", "Blue",
             "Presented to the Trust Board on 21 November 2024.",
             ["Director of Midwifery"], "2024-11", None, "blue"),
            ("2.2", "Recruit to the 14.2 WTE funded band 5/6 midwifery vacancies through the international and newly qualified midwife pipelines.",
             "Director of Midwifery; Workforce Business Partner", "31/03/2025", "30/09/2025", "Amber", "Amber",
             "9.6 WTE appointed; remaining posts out to advert.",
             ["Director of Midwifery", "Workforce Business Partner"], "2025-09", None, "amber"),
        ]),
        ("2b. Retention", [
            ("2.3", "Implement the midwifery retention plan:\n- preceptorship programme for all newly qualified midwives\n- legacy mentoring scheme for midwives in their final years of practice",
             "Retention Midwife", "Jun-25", "", "Green", "Green",
             "Preceptorship programme relaunched January 2025; legacy mentors being recruited.",
             ["Retention Midwife"], "2025-06", None, "green"),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3a. PSIRF and learning from incidents", [
            ("3.1", "Hold a monthly maternity and neonatal learning forum open to all staff groups and publish a learning newsletter after each forum.",
             "Maternity Patient Safety Lead", "Ongoing", "", "Green", "Green",
             "Forums held monthly since October 2024.",
             ["Maternity Patient Safety Lead"], None, "Ongoing", "green"),
        ]),
        ("3b. Perinatal culture and leadership", [
            ("3.2", "Complete the perinatal culture and leadership programme (PCLP) diagnostic and agree the culture improvement plan with the quadumvirate.",
             "Director of Midwifery / Clinical Director for Obstetrics", "December 2024", "April 2025", "Red", "Amber",
             "SCORE survey closed; results debrief booked for March.",
             ["Director of Midwifery", "Clinical Director for Obstetrics"], "2025-04", None, "amber"),
        ]),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("4a. Saving Babies’ Lives Care Bundle version 3", [
            ("4.1", "Achieve full compliance with all six elements of the Saving Babies’ Lives Care Bundle v3 and evidence this for CNST year 7.",
             "Obstetric Lead for SBLCBv3", "March 2025", "", "Amber", "Red",
             "Element 2 (fetal growth) at 71% against the 80% threshold; recovery plan agreed.",
             ["Obstetric Lead for SBLCBv3"], "2025-03", None, "red"),
        ]),
        ("4b. Neonatal cot capacity and transitional care", [
            ("4.2", "Open four additional transitional care cots at Barnet Hospital to reduce term admissions to the neonatal unit.",
             "Clinical Director Neonates / Neonatal Matron", "Q4 2024/25", "Q2 2025/26", "Amber", "Amber",
             "Estates works approved; nurse recruitment under way.",
             ["Clinical Director Neonates", "Neonatal Matron"], "2025-09", None, "amber"),
        ]),
    ]),
]
RF_FILLS = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_rf(path):
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("Royal Free London NHS Foundation Trust")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    d.add_heading(RF_TITLE, level=0)
    d.add_paragraph("Progress report to the Trust Board – March 2025")
    d.add_paragraph("Sites: Barnet Hospital and Royal Free Hospital")
    d.add_paragraph("Version history").runs[0].bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        bold_cell(c, h)
    for v in [("0.3", "15/11/2024", "Maternity Quality and Governance Lead", "Q2 updates added"),
              ("0.4", "14/02/2025", "Maternity Quality and Governance Lead", "Q3 updates added; revised dates agreed at the Maternity Safety Champions meeting")]:
        for c, x in zip(t.add_row().cells, v):
            c.text = x
    d.add_paragraph()
    d.add_paragraph("RAG rating key: Blue – complete and embedded; Green – on track; Amber – at risk of not meeting "
                    "the revised date; Red – off track, escalated to the Maternity and Neonatal Safety Champions.")
    hdr = ["No.", "Objective", "Action", "Lead", "Original date", "Revised date", "Previous RAG", "Current RAG",
           "Progress this period"]
    for theme, objs in RF_THEMES:
        d.add_heading(theme, level=1)
        n = sum(len(a) for _, a in objs)
        t = d.add_table(rows=1 + n, cols=len(hdr))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h in zip(t.rows[0].cells, hdr):
            bold_cell(c, h)
            shade(c, "DCE6F2")
        ri = 1
        for obj, acts in objs:
            start = ri
            for a in acts:
                no, text, lead, orig, rev, prev, cur, prog = a[:8]
                cells = t.rows[ri].cells
                for ci, v in zip([0, 2, 3, 4, 5, 6, 7, 8], [no, text, lead, orig, rev, prev, cur, prog]):
                    cells[ci].text = v
                shade(cells[6], RF_FILLS[prev])
                shade(cells[7], RF_FILLS[cur])
                ri += 1
            oc = t.cell(start, 1)
            if ri - 1 > start:
                oc = oc.merge(t.cell(ri - 1, 1))
            oc.text = obj
        d.add_paragraph()
    d.add_paragraph("This plan is monitored monthly by the Maternity and Neonatal Safety Champions and reported "
                    "quarterly to the Quality Committee and the Trust Board.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. St Albans District CSP - DHR "Ava" action plan, csv export
#    Home Office template columns; section rows; recommendation written once
#    and left blank on its continuation rows; one multi-line action.
# ---------------------------------------------------------------------------
SA_FILE = "jz2-st-albans-district-csp-dhr-ava-action-plan.csv"
SA_TITLE = "Domestic Homicide Review: Ava – Action Plan"
SA_SECTIONS = [
    ("Overview report recommendations", [
        ("1. The St Albans District CSP should assure itself that partners understand the risks of economic abuse and coercive control in older couples.", "Local", [
            ("1.1", "Commission a local awareness campaign on economic abuse aimed at older residents, using the learning from this review.",
             "St Albans District CSP", "Campaign materials agreed with the family", "November 2025", "", "Green",
             ["St Albans District CSP"], "2025-11", None, "green"),
            ("1.2", "Deliver a briefing on coercive control in older couples to adult social care and primary care practitioners in the district.",
             "Hertfordshire County Council ASC / HWE ICB Safeguarding Team", "Briefing drafted; dates to be agreed with PCN leads", "31/01/2026", "", "Amber",
             ["Hertfordshire County Council ASC", "HWE ICB Safeguarding Team"], "2026-01", None, "amber"),
        ]),
        ("2. Hertfordshire Constabulary and the Hertfordshire Domestic Abuse Partnership should review how DASH risk assessments are completed when the victim is a carer.", "County", [
            ("2.1", "Review the DASH guidance for officers attending incidents where the victim is also the perpetrator’s carer and add prompts on carer stress and dependency.",
             "Hertfordshire Constabulary", "", "Q4 2025/26", "", "Not started",
             ["Hertfordshire Constabulary"], "2026-03", None, "unrated"),
            ("2.2", "Present the learning from this review to the Hertfordshire Domestic Abuse Partnership Board.\nAgree whether a county-wide protocol for carers who experience abuse is needed.",
             "St Albans District CSP Chair", "Presentation to DA Partnership Board", "September 2025",
             "Presented 17/09/2025 – protocol to be scoped by the DA Partnership", "Complete",
             ["St Albans District CSP Chair"], "2025-09", None, "blue"),
        ]),
    ]),
    ("Single agency recommendations", [
        ("3. GP practice: ensure that carers’ assessments are offered and recorded when a patient is identified as a carer.", "Local", [
            ("3.1", "Audit the carers’ register and confirm that all patients identified as carers have been offered a referral for a carers’ assessment.",
             "GP practice – Practice Manager", "Audit template agreed", "Dec-25", "", "Green",
             ["GP practice – Practice Manager"], "2025-12", None, "green"),
        ]),
        ("4. Hertfordshire Partnership University NHS Foundation Trust (HPFT): improve the recording of domestic abuse enquiries in older adult mental health services.", "Local", [
            ("4.1", "Add a mandatory routine enquiry field to the older adults’ community mental health team assessment in the electronic patient record.",
             "HPFT", "Change request submitted to the EPR team", "March 2026", "", "Amber",
             ["HPFT"], "2026-03", None, "amber"),
            ("4.2", "Complete a re-audit of routine enquiry rates six months after the change.",
             "HPFT Safeguarding Team", "", "September 2026", "", "Not started",
             ["HPFT Safeguarding Team"], "2026-09", None, "unrated"),
        ]),
        ("5. St Albans City and District Council: ensure housing officers recognise and refer domestic abuse when processing adaptation and transfer requests.", "Local", [
            ("5.1", "Include domestic abuse indicators in the checklist used by housing officers for adaptation and transfer requests.",
             "St Albans City and District Council – Housing", "Checklist revised", "31/10/2025",
             "Checklist updated 06/10/2025", "Complete",
             ["St Albans City and District Council – Housing"], "2025-10", None, "blue"),
        ]),
    ]),
]


def build_sa(path):
    hdr = ["Recommendation", "Scope", "Ref", "Action to take", "Lead agency", "Key milestones",
           "Target date", "Completion date and outcome", "RAG"]
    w = len(hdr)
    rows = [["St Albans District Community Safety Partnership"] + [""] * (w - 1),
            [SA_TITLE] + [""] * (w - 1),
            ["Action plan updated: 09/10/2025 – for CSP Board 23 October 2025"] + [""] * (w - 1),
            [""] * w,
            hdr]
    for sec, recs in SA_SECTIONS:
        rows.append([sec] + [""] * (w - 1))
        for rec, scope, acts in recs:
            for k, a in enumerate(acts):
                ref, text, lead, miles, tgt, comp, rag = a[:7]
                rows.append([rec if k == 0 else "", scope if k == 0 else "", ref, text, lead, miles, tgt, comp, rag])
    rows.append([""] * w)
    rows.append(["RAG key: Complete = action completed and evidenced; Green = on track; Amber = some delay; "
                 "Red = significantly delayed; Not started = not yet due to start"] + [""] * (w - 1))
    rows.append(["Progress is reported to the CSP Board each quarter."] + [""] * (w - 1))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Staffordshire Moorlands CSP - Partnership Plan 2025-26 delivery plan, txt
#    Tab-separated export; priority heading lines; notes and totals at end.
# ---------------------------------------------------------------------------
SM_FILE = "jz2-staffordshire-moorlands-csp-partnership-plan-2025-26-delivery-plan.txt"
SM_TITLE = "Partnership Plan 2025–26: Delivery Plan"
SM_READ = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
SM_PRIORITIES = [
    ("Priority 1: Anti-social behaviour and neighbourhood crime", [
        ("P1.1", "Run two multi-agency days of action in Leek and Biddulph town centres focused on ASB and retail crime.",
         "Staffordshire Police (Moorlands LPT)", "Sept 2025", "Complete", "Days of action held 12 July (Leek) and 6 September (Biddulph).",
         ["Staffordshire Police (Moorlands LPT)"], "2025-09", None),
        ("P1.2", "Review the use of Community Protection Warnings and Notices and publish a simple guide for residents.",
         "SMDC Community Safety Officer", "Dec-25", "Green", "Review of 2024/25 notices complete; guide in draft.",
         ["SMDC Community Safety Officer"], "2025-12", None),
        ("P1.3", "Extend the rural crime WhatsApp scheme to farms in the south of the district.",
         "PC Dan Hollins / Rural Crime Team", "Q3 2025/26", "Amber", "Sign-up slower than planned; NFU to promote at autumn markets.",
         ["PC Dan Hollins", "Rural Crime Team"], "2025-12", None),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        ("P2.1", "Complete the White Ribbon accreditation actions and hold a 16 Days of Action event.",
         "SMDC Community Safety Officer and Staffordshire Women’s Aid", "December 2025", "Green", "Event booked for 25 November.",
         ["SMDC Community Safety Officer", "Staffordshire Women’s Aid"], "2025-12", None),
        ("P2.2", "Promote the Ask for ANI codeword scheme in community pharmacies and GP surgeries across the district.",
         "Midlands Partnership University NHS FT", "March 2026", "Amber", "Materials ordered; pharmacy sign-up at 40%.",
         ["Midlands Partnership University NHS FT"], "2026-03", None),
        ("P2.3", "Review local take-up of the Domestic Abuse Housing Alliance standards by registered providers.",
         "Head of Housing (SMDC)", "31/03/2026", "Not started", "",
         ["Head of Housing (SMDC)"], "2026-03", None),
    ]),
    ("Priority 3: Drugs, alcohol and exploitation", [
        ("P3.1", "Map county lines and cuckooing risks with housing providers and agree a referral pathway into the Community Safety Hub.",
         "Staffordshire Police", "November 2025", "Red", "Pathway not yet agreed; data sharing agreement outstanding.",
         ["Staffordshire Police"], "2025-11", None),
        ("P3.2", "Commission drug and alcohol awareness sessions for Year 9 pupils in Moorlands secondary schools.",
         "SMDC Community Safety Officer; CGL Staffordshire", "Feb-26", "Green", "Three of five schools booked.",
         ["SMDC Community Safety Officer", "CGL Staffordshire"], "2026-02", None),
    ]),
    ("Priority 4: Serious violence duty", [
        ("P4.1", "Refresh the serious violence strategic needs assessment for the Moorlands using 2024/25 data.",
         "Staffordshire Commissioner’s Office", "Oct 2025", "Green", "Data received; draft due at the October CSP meeting.",
         ["Staffordshire Commissioner’s Office"], "2025-10", None),
        ("P4.2", "Deliver the Safer Streets lighting and CCTV improvements in Cheadle town centre.",
         "SMDC Regeneration Manager", "Original: Sept 2025 / Revised: Jan 2026", "Amber", "Supplier lead times for CCTV cameras extended.",
         ["SMDC Regeneration Manager"], "2026-01", None),
        ("P4.3", "Review serious violence performance data at each CSP meeting and agree any tasking.",
         "CSP Chair", "Ongoing", "Green", "Standing item on CSP agenda.",
         ["CSP Chair"], None, "Ongoing"),
    ]),
]


def build_sm(path):
    lines = ["Staffordshire Moorlands Community Safety Partnership",
             SM_TITLE,
             "Quarter 2 update (July – September 2025)",
             "",
             "\t".join(["Ref", "Action", "Lead", "Target date", "RAG", "Q2 progress"])]
    for pri, acts in SM_PRIORITIES:
        lines.append(pri)
        for a in acts:
            lines.append("\t".join(a[:6]))
    lines += ["",
              "Notes:",
              "RAG: Complete – delivered; Green – on track; Amber – some slippage; Red – off track; Not started – not yet due.",
              "Totals at Q2: Complete 1, Green 5, Amber 3, Red 1, Not started 1 (11 actions).",
              "Updates provided by lead officers for the CSP meeting of 14 October 2025."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_scas(os.path.join(HERE, SCAS_FILE))
    build_wl(os.path.join(HERE, WL_FILE))
    row = build_nh(os.path.join(HERE, NH_FILE))
    build_lsab(os.path.join(HERE, LSAB_FILE))
    build_rf(os.path.join(HERE, RF_FILE))
    build_sa(os.path.join(HERE, SA_FILE))
    build_sm(os.path.join(HERE, SM_FILE))
    print("built 7 files; North Herts typo month on sheet row", row)


if __name__ == "__main__":
    main()
