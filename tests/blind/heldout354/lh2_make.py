"""Build the seven lh2- blind test files (set heldout354).

Run with: /work/main/.venv/bin/python lh2_make.py
Writes the data files beside this script. The .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Hywel Dda UHB - Public Board table of actions (CSV)
# ---------------------------------------------------------------------------
def make_hywel_dda_csv():
    rows = [
        ["Hywel Dda University Health Board – Public Board Table of Actions", "", "", "", "", ""],
        ["Updated for the Public Board meeting of 30 January 2025. Completed actions will be removed once noted by the Board.", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Minute Ref", "Action", "Lead", "Timescale", "Progress", "Status"],
        ["Meeting held 26 September 2024", "", "", "", "", ""],
        ["PM(24)132",
         "Provide the Board with a breakdown of the number of patients waiting over 104 weeks by specialty, including the trajectory for eliminating these waits.",
         "Director of Operations", "November 2024",
         "Breakdown included in the Integrated Performance Assurance Report presented to Board on 28 November 2024.",
         "Complete"],
        ["PM(24)135",
         "Circulate the findings of the Healthcare Inspectorate Wales unannounced inspection of the Emergency Department at Glangwili General Hospital to Board Members, together with the management response.",
         "Director of Nursing, Quality and Patient Experience", "October 2024",
         "Circulated to Board Members by email on 15 October 2024.",
         "Complete"],
        ["PM(24)138",
         "Arrange a Board Seminar session on the Clinical Services Plan options appraisal prior to public consultation.",
         "Director of Strategy and Planning / Medical Director", "December 2024",
         "Session planned for 12 December 2024 was postponed due to winter pressures; to be rescheduled.",
         "Amber"],
        ["Meeting held 28 November 2024", "", "", "", "", ""],
        ["PM(24)171",
         "Include in the next Financial Report an assessment of the risk to delivery of the £28.2m savings plan, with mitigations, for each directorate.",
         "Director of Finance", "January 2025",
         "Included in the Month 9 Financial Report on the agenda for 30 January 2025.",
         "Green"],
        ["PM(24)174",
         "Present a revised Winter Resilience Plan to the Board setting out:\n• additional community bed capacity\n• the discharge to assess pathway\n• ambulance handover improvement trajectories",
         "Director of Operations; Director of Primary Care, Community and Long Term Care", "31/01/2025",
         "Draft plan reviewed by Executive Team on 14 January 2025; community bed figures being confirmed with the three local authorities.",
         "Amber"],
        ["PM(24)176",
         "Review the Board Assurance Framework to ensure the principal risks reflect the revised planning objectives for 2025/26.",
         "Board Secretary", "Q4 2024/25",
         "Review under way with risk owners; to be presented to Audit and Risk Assurance Committee in February 2025.",
         "Green"],
        ["PM(24)179",
         "Provide regular updates on the recruitment of consultant paediatricians at Withybush General Hospital.",
         "Medical Director", "Ongoing",
         "Two posts re-advertised in December 2024 with no suitable applicants; agency cover continues.",
         "Red"],
        ["PM(24)181",
         "Confirm the date by which the Welsh Language Standards annual compliance report will be published on the Health Board's website.",
         "Board Secretary", "March 2025",
         "",
         "Not started"],
        ["", "", "", "", "", ""],
        ["Status key: Complete = action completed; Green = on track; Amber = some slippage against timescale; Red = timescale missed or at risk; Not started = work not yet begun.", "", "", "", "", ""],
    ]
    with open(p("lh2-hywel-dda-uhb-public-board-table-of-actions.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 2. NHS Lanarkshire corporate risk register (XLSX, several sheets)
# ---------------------------------------------------------------------------
def make_lanarkshire_xlsx():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Lanarkshire Corporate Risk Register 2024/25"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Position as at 31 January 2025 – for NHS Board, 26 February 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Prepared by", "Reviewed by", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    ctrl = [
        ["v1.0", dt.datetime(2024, 11, 6), "Corporate Risk Manager", "Corporate Management Team", "Q2 review; risk 2219 added"],
        ["v1.1", dt.datetime(2025, 2, 4), "Corporate Risk Manager", "Corporate Management Team", "Q3 review; actions updated; 2115/03 closed"],
    ]
    for r, row in enumerate(ctrl, 6):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A9"] = "Sheets: Corporate Risks (summary of very high and high risks); Mitigating Actions (further actions by risk); Key (scoring and status definitions)."
    for col, w in zip("ABCDE", [12, 14, 26, 28, 44]):
        cov.column_dimensions[col].width = w

    # --- risk summary sheet (not actions) ---
    rs = wb.create_sheet("Corporate Risks")
    rs["A1"] = "Corporate Risk Register – Summary of Very High and High Risks"
    rs["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk ID", "Risk Title", "Risk Description", "Risk Owner", "Previous Level", "Current Level", "Target Level", "Trend"]
    for i, h in enumerate(hdr, 1):
        c = rs.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    risks = [
        [2115, "Planned Care Capacity and Waiting Times",
         "There is a risk that demand for planned care continues to exceed capacity, resulting in long waits and harm to patients waiting.",
         "Director of Acute Services", "Very High (20)", "Very High (20)", "High (12)", "↔"],
        [2147, "Financial Sustainability 2024/25",
         "There is a risk that NHS Lanarkshire does not achieve financial balance in 2024/25 without further non-recurrent support.",
         "Director of Finance", "High (12)", "Very High (16)", "Medium (8)", "↑"],
        [2203, "Cyber Security Resilience",
         "There is a risk of a successful cyber attack disrupting clinical systems and compromising patient information.",
         "Director of Information and Digital Technology", "High (12)", "High (12)", "Medium (6)", "↔"],
        [2219, "Medical Workforce Sustainability",
         "There is a risk that vacancies in key medical specialties cannot be filled, affecting the sustainability of acute services.",
         "Medical Director", "High (12)", "High (10)", "Medium (8)", "↓"],
    ]
    lvl_fill = {"Very": RED, "High": AMBER, "Medi": "FFFF00"}
    for r, row in enumerate(risks, 4):
        for i, v in enumerate(row, 1):
            c = rs.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i in (5, 6, 7):
                c.fill = fill(lvl_fill[v[:4]])
    for col, w in zip("ABCDEFGH", [9, 30, 60, 30, 15, 15, 13, 7]):
        rs.column_dimensions[col].width = w

    # --- mitigating actions sheet (the plan) ---
    ma = wb.create_sheet("Mitigating Actions")
    ma["A1"] = "Corporate Risk Register – Further Mitigating Actions"
    ma["A1"].font = Font(bold=True, size=13)
    ma["A2"] = "Position as at 31 January 2025"
    hdr = ["Action Ref", "Further Mitigating Action", "Action Owner", "Original Target Date", "Revised Target Date", "Progress Update", "Action Status"]
    for i, h in enumerate(hdr, 1):
        c = ma.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    status_fill = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Off Track": RED, "Not Started": None}
    D = dt.datetime
    blocks = [
        ("2115 – Planned Care Capacity and Waiting Times", [
            ["2115/01", "Deliver the additional theatre sessions at University Hospital Hairmyres funded through the national waiting times allocation.",
             "Director of Acute Services", D(2025, 3, 31), None,
             "14 of 18 additional sessions now running; remaining sessions start in February.", "On Track"],
            ["2115/02", "Implement Active Clinical Referral Triage (ACRT) in the five specialties with the longest outpatient waits.",
             "Associate Medical Director (Acute)", D(2024, 12, 31), D(2025, 6, 30),
             "Live in dermatology, ENT and gastroenterology. Urology and orthopaedics delayed by TrakCare configuration.", "At Risk"],
            ["2115/03", "Validate the inpatient and day case waiting list and write to all patients waiting over 78 weeks.",
             "Head of Access", D(2024, 11, 30), None,
             "Validation complete; 2,413 letters issued and 312 patients removed at their request.", "Complete"],
        ]),
        ("2147 – Financial Sustainability 2024/25", [
            ["2147/01", "Deliver the Sustainability and Value programme savings target of £37.6m, with monthly reporting to the Corporate Management Team.",
             "Director of Finance", D(2025, 3, 31), None,
             "£29.1m identified, of which £8.4m is non-recurrent. Gap of £8.5m reported to Scottish Government.", "At Risk"],
            ["2147/02", "Agree with both Health and Social Care Partnerships a joint recovery plan for the prescribing overspend.",
             "Director of Finance / Chief Officer, South Lanarkshire HSCP", D(2025, 1, 31), D(2025, 3, 31),
             "Recovery plan not yet agreed by North Lanarkshire IJB; further meeting arranged.", "Off Track"],
        ]),
        ("2203 – Cyber Security Resilience", [
            ["2203/01", "Complete the remediation actions from the Network and Information Systems (NIS) audit.",
             "Chief Information Officer", D(2024, 9, 30), D(2025, 5, 31),
             "9 of 23 remediation actions outstanding; funding for network segmentation not yet confirmed.", "Off Track"],
            ["2203/02", "Run a cyber incident desktop exercise with the Corporate Management Team.",
             "Head of Digital Security", D(2025, 2, 28), None,
             "Exercise scheduled for 19 February 2025 with the Scottish Government Cyber Resilience Unit.", "On Track"],
        ]),
        ("2219 – Medical Workforce Sustainability", [
            ["2219/01", "Implement the international recruitment programme for consultant posts in acute medicine and radiology.",
             "Director of Human Resources", D(2025, 8, 31), None,
             "Six offers made; first two consultants start in April 2025.", "On Track"],
            ["2219/02", "Roll out the revised e-rostering system for resident doctors across all three acute sites.",
             "Deputy Director of HR (Workforce)", D(2025, 3, 31), None,
             "", "Not Started"],
        ]),
    ]
    r = 5
    for heading, acts in blocks:
        ma.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ma.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = ma.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            f = status_fill[a[6]]
            if f:
                ma.cell(row=r, column=7).fill = fill(f)
            r += 1
    r += 1
    ma.cell(row=r, column=1, value="Action status is reported by the action owner and reviewed monthly by the Corporate Management Team. See the Key sheet for definitions.")
    for col, w in zip("ABCDEFG", [11, 60, 34, 14, 14, 55, 13]):
        ma.column_dimensions[col].width = w

    # --- key sheet ---
    k = wb.create_sheet("Key")
    k["A1"] = "Risk scoring (likelihood x impact)"
    k["A1"].font = Font(bold=True)
    rows = [["Level", "Score"], ["Very High", "15–25"], ["High", "10–12"], ["Medium", "4–9"], ["Low", "1–3"]]
    for rr, row in enumerate(rows, 2):
        for i, v in enumerate(row, 1):
            k.cell(row=rr, column=i, value=v).border = BOX
    k["A9"] = "Action status"
    k["A9"].font = Font(bold=True)
    srows = [["Complete", "Action delivered and closed by CMT", BLUE],
             ["On Track", "Action progressing to the target date", GREEN],
             ["At Risk", "Action may miss the target date; recovery in hand", AMBER],
             ["Off Track", "Target date missed or will be missed", RED],
             ["Not Started", "Action not yet begun", None]]
    for rr, (a, b, f) in enumerate(srows, 10):
        c = k.cell(row=rr, column=1, value=a)
        if f:
            c.fill = fill(f)
        k.cell(row=rr, column=2, value=b)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 50
    wb.save(p("lh2-nhs-lanarkshire-corporate-risk-register-2024-25.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cardiff and Vale UHB maternity and neonatal improvement plan (XLSX, refuse)
# ---------------------------------------------------------------------------
def make_cardiff_maternity_xlsx():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Cardiff and Vale University Health Board – Maternity and Neonatal Services Improvement Plan 2024–2026"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of current RAG by theme – end of January 2025"
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summ = [["Theme 1: Safe staffing and workforce", 1, 1, 1, 0, 3],
            ["Theme 2: Learning from incidents and governance", 0, 1, 0, 1, 2],
            ["Theme 3: Listening to women, birthing people and families", 1, 1, 0, 0, 2],
            ["Theme 4: Neonatal services", 0, 1, 1, 0, 2],
            ["Total", 2, 4, 2, 1, 9]]
    for r, row in enumerate(summ, 5):
        for i, v in enumerate(row, 1):
            c = sm.cell(row=r, column=i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 58

    ip = wb.create_sheet("Improvement Plan")
    ip["A1"] = "Maternity and Neonatal Services Improvement Plan 2024–2026"
    ip["A1"].font = Font(bold=True, size=13)
    ip["A2"] = "Progress position: end of January 2025. Reported to the Quality, Safety and Experience Committee, 18 February 2025."
    hdr = ["Ref", "Action", "Lead(s)", "Original Completion Date", "Revised Completion Date", "Previous RAG", "Current RAG", "Progress Update / Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ip.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    cur = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("Theme 1: Safe staffing and workforce", [
            ["1.1", "Complete a Birthrate Plus workforce review and present the funded establishment to the Executive Board.",
             "Director of Midwifery", "Dec-2024", "", "Amber", "B",
             "Review completed; establishment uplift of 11.6 WTE midwives approved on 9 January 2025."],
            ["1.2", "Recruit to the vacant consultant obstetrician posts to support 98 hours of consultant presence on the labour ward.",
             "Clinical Director, Obstetrics and Gynaecology", "Mar-2025", "Sep-2025", "Amber", "A",
             "Two of three posts appointed; third post re-advertised."],
            ["1.3", "Implement the all-Wales acuity tool on the labour ward and antenatal ward, with escalation reported at each safety huddle.",
             "Head of Midwifery / Labour Ward Lead Midwife", "Jun-2025", "", "Green", "G",
             "Tool live on labour ward since November 2024; antenatal ward go-live planned for April."],
        ]),
        ("Theme 2: Learning from incidents and governance", [
            ["2.1", "Clear the backlog of maternity incident reviews older than 60 working days.",
             "Maternity Governance Lead", "Jan-2025", "Apr-2025", "Red", "R",
             "Backlog reduced from 84 to 41; additional reviewer sessions agreed."],
            ["2.2", "Introduce a monthly perinatal quality and safety dashboard for the Quality, Safety and Experience Committee.",
             "Deputy Director of Nursing", "Mar-2025", "", "Green", "G",
             "Draft dashboard shared with Committee Chair for comment."],
        ]),
        ("Theme 3: Listening to women, birthing people and families", [
            ["3.1", "Establish a Maternity and Neonatal Voices Partnership with independent lay chair.",
             "Director of Midwifery; Head of Patient Experience", "Nov-2024", "", "Green", "B",
             "Lay chair appointed; first partnership meeting held 3 December 2024."],
            ["3.2", "Offer every family a postnatal debrief with a senior midwife or obstetrician following an unplanned birth outcome.",
             "Consultant Midwife", "Jun-2025", "0ct-2025", "Green", "G",
             "Debrief pathway agreed; recruitment of debrief midwife in progress."],
        ]),
        ("Theme 4: Neonatal services", [
            ["4.1", "Achieve the BAPM nurse staffing standard for qualified in speciality (QIS) nurses on the neonatal unit.",
             "Head of Nursing, Neonatal Services", "Mar-2026", "", "Amber", "A",
             "QIS rate 61% against 70% standard; 8 nurses on the QIS course."],
            ["4.2", "Implement the transitional care pathway so that babies needing additional support stay with their mothers.",
             "Neonatal Clinical Lead / Head of Midwifery", "Sep-2025", "", "Green", "G",
             "Pathway approved; estates works for the transitional care bay start March 2025."],
        ]),
    ]
    r = 5
    for theme, acts in plan:
        ip.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ip.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for a in acts:
            vals = a[:6] + [None] + a[7:]
            for i, v in enumerate(vals, 1):
                c = ip.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            ip.cell(row=r, column=7).fill = fill(cur[a[6]])
            r += 1
    r += 1
    ip.cell(row=r, column=1, value="Current RAG is shown by colour only; see the Key sheet. Completed actions remain on the plan until evidence is verified by the Quality, Safety and Experience Committee.")
    for col, w in zip("ABCDEFGH", [6, 60, 34, 13, 13, 11, 11, 50]):
        ip.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for rr, (a, b, f) in enumerate([("Blue", "Complete – evidence verified", BLUE),
                                     ("Green", "On track to be delivered by the completion date", GREEN),
                                     ("Amber", "Risk to delivery; mitigation in place", AMBER),
                                     ("Red", "Not delivered by the completion date / significant risk", RED)], 2):
        k.cell(row=rr, column=1, value=a).fill = fill(f)
        k.cell(row=rr, column=2, value=b)
    k.column_dimensions["B"].width = 55
    wb.save(p("lh2-cardiff-and-vale-uhb-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 4. Epping Forest DC transformation programme highlight report (XLSX)
# ---------------------------------------------------------------------------
def make_epping_xlsx():
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight Report"
    hr["A1"] = "Epping Forest District Council – Transformation Programme Highlight Report, November 2024"
    hr["A1"].font = Font(bold=True, size=14)
    info = [["Programme", "Transformation Programme 2024-25"],
            ["Programme Sponsor", "Chief Executive"],
            ["Reporting period", "1 to 30 November 2024"],
            ["Report to", "Cabinet, 12 December 2024"],
            ["Overall status", "Time: Amber   Cost: Green   Benefits: Green   Delivery: Amber"]]
    for r, (a, b) in enumerate(info, 3):
        c = hr.cell(row=r, column=1, value=a)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        hr.cell(row=r, column=2, value=b)
        hr.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    hdr = ["Ref", "Milestone / planned action", "Owner", "Due", "Status last period", "Status this period", "Commentary"]
    HR = 9
    for i, h in enumerate(hdr, 1):
        c = hr.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.border = BOX
        c.alignment = WRAP
    sfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Not started": None}
    D = dt.datetime
    projects = [
        ("Project T01 – Customer Contact and Digital Services", [
            ["T01.1", "Launch the new customer portal (My EFDC account) for council tax and benefits self-service.",
             "Service Director (Customer Services)", D(2024, 12, 16), "Green", "Amber",
             "Go-live moved from 2 December to 16 December following supplier testing issues."],
            ["T01.2", "Move waste and recycling enquiries from the contact centre to online forms.",
             "Customer Services Manager / Waste Contract Manager", D(2025, 1, 31), "Green", "Green",
             "Forms built and in user testing with residents' panel."],
            ["T01.3", "Decommission the legacy telephony platform and transfer all lines to the cloud contact centre.",
             "ICT Manager", "Q4 2024/25", "Amber", "Red",
             "Number porting rejected twice by the carrier; escalated to the supplier account director."],
        ]),
        ("Project T02 – Accommodation Review (Civic Offices)", [
            ["T02.1", "Complete the space utilisation survey of the Civic Offices and Conder Building.",
             "Head of Facilities", D(2024, 10, 31), "Green", "Complete",
             "Survey complete; average desk occupancy 38%."],
            ["T02.2", "Present the options appraisal for the future use of the Civic Offices to Cabinet.",
             "Strategic Director (Place)", "TBC", "Amber", "Amber",
             "Date depends on the outcome of the Local Plan review; Cabinet date to be confirmed."],
        ]),
        ("Project T03 – People Strategy", [
            ["T03.1", "Launch the staff pulse survey and publish the results to all staff.",
             "Head of People", D(2024, 11, 29), "Green", "Complete",
             "62% response rate; results published on the intranet 29 November."],
            ["T03.2", "Implement the new appraisal framework linked to the council's values and behaviours.",
             "J. Warwick, S. Akhtar", D(2025, 3, 31), "Green", "Green",
             "Manager briefings booked for January and February."],
            ["T03.3", "Agree the hybrid working policy with Unison and roll out manager guidance.",
             "Head of People", D(2025, 2, 28), "Not started", "Not started",
             ""],
        ]),
    ]
    r = HR + 1
    for proj, acts in projects:
        hr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = hr.cell(row=r, column=1, value=proj)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = hr.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col in (5, 6):
                f = sfill[a[col - 1]]
                if f:
                    hr.cell(row=r, column=col).fill = fill(f)
            r += 1
    r += 1
    hr.cell(row=r, column=1, value="Key: Green – on time, to quality and budget; Amber – issue identified, mitigation plan in place; Red – major issue for escalation to Cabinet; Complete – milestone delivered.")
    r += 1
    hr.cell(row=r, column=1, value="Decisions required from Cabinet: none this period.")
    for col, w in zip("ABCDEFG", [8, 60, 34, 11, 12, 12, 55]):
        hr.column_dimensions[col].width = w

    db = wb.create_sheet("Project Dashboard")
    db["A1"] = "Project dashboard – November 2024"
    db["A1"].font = Font(bold=True)
    hdr = ["Project", "Project Manager", "Time", "Cost", "Benefits", "Delivery", "Milestones due", "Milestones complete"]
    for i, h in enumerate(hdr, 1):
        c = db.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    dash = [["T01 Customer Contact and Digital Services", "Transformation Project Manager", "Amber", "Green", "Green", "Amber", 3, 0],
            ["T02 Accommodation Review (Civic Offices)", "Head of Facilities", "Amber", "Green", "Green", "Green", 2, 1],
            ["T03 People Strategy", "Head of People", "Green", "Green", "Green", "Green", 3, 1]]
    cmap = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for r, row in enumerate(dash, 4):
        for i, v in enumerate(row, 1):
            c = db.cell(row=r, column=i, value=v if i < 3 or i > 6 else None)
            c.border = BOX
            if 3 <= i <= 6:
                c.fill = fill(cmap[v])
    db.column_dimensions["A"].width = 44
    db.column_dimensions["B"].width = 32
    wb.save(p("lh2-epping-forest-dc-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for j, line in enumerate(lines):
        if j:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 5. Haringey CSP DHR action plan (DOCX, one plan table, recommendation rows)
# ---------------------------------------------------------------------------
def make_haringey_docx():
    doc = Document()
    doc.add_heading("Haringey Community Safety Partnership: Domestic Homicide Review (Adaeze) – Action Plan", level=0)
    doc.add_paragraph("Update for the Community Safety Partnership Board, 23 January 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Review", "DHR Adaeze (pseudonym agreed with the family)"),
                 ("Independent Chair and Author", "Independent DHR Chair (commissioned by Haringey CSP)"),
                 ("Overview report agreed by CSP", "14 March 2024"),
                 ("Home Office Quality Assurance Panel", "Approved for publication; published 9 September 2024"),
                 ("Action plan owner", "Head of Community Safety and Enforcement")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
        shade(row[0], "F2F2F2")

    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of delay; Red – overdue or not progressing.")

    hdr = ["Action No.", "Action to take", "Scope (local / regional)", "Lead Agency", "Target Date", "Key milestones / progress", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    recs = [
        ("Recommendation 1: All agencies to ensure that practitioners ask about domestic abuse where there are indicators, and that this ‘routine enquiry’ is recorded.", [
            ["1.1", "Refresh the partnership domestic abuse training offer to include routine enquiry and professional curiosity, with a specific module for primary care.",
             "Local", "Haringey Council – Community Safety and Enforcement", "March 2025",
             "Training refreshed and launched October 2024; 214 staff trained to date.", "Green"],
            ["1.2", "Audit a sample of 30 primary care records to test whether routine enquiry is being recorded.",
             "Local", "North Central London ICB", "30/06/2025",
             "Audit tool agreed; GP practice sample not yet selected.", "Amber"],
        ]),
        ("Recommendation 2: The Metropolitan Police Service to review how repeat call-outs to the same address are identified and escalated to MARAC.", [
            ["2.1", "Issue a briefing to all North Area response officers on the repeat victim escalation criteria.",
             "Local", "Metropolitan Police Service (North Area BCU)", "December 2024",
             "Briefing issued 4 November 2024.", ("", "Blue")],
            ["2.2", "Introduce a monthly check of repeat call-out data by the BCU Public Protection team, with referrals to the Haringey MARAC.",
             "Local", "Metropolitan Police Service (North Area BCU)", "Ongoing – monthly",
             "Monthly check in place since November 2024; 6 referrals made.", "Green"],
        ]),
        ("Recommendation 3: Housing and mental health services to share information where a tenant experiencing domestic abuse is also known to secondary mental health services.", [
            ["3.1", "Develop an information-sharing protocol between Haringey Council housing services and the community mental health teams.",
             "Local", "Haringey Council Housing Services / Barnet, Enfield and Haringey Mental Health NHS Trust", "September 2025",
             "First draft discussed at the Information Governance group; data protection impact assessment required.", "Amber"],
            ["3.2", "Add a domestic abuse flag to the housing management system for tenants with a current MARAC referral.",
             "Local", "Haringey Council Housing Services", "31/03/2025",
             "Delayed by the replacement of the housing IT system; new date to be agreed.", "Red"],
        ]),
        ("Recommendation 4: The CSP to raise awareness of specialist support for Black African and Caribbean women experiencing domestic abuse.", [
            ["4.1", "Commission community outreach through faith and community groups, delivered by a specialist by-and-for organisation.",
             "Local", "Haringey Council – Community Safety and Enforcement", "June 2025",
             "Grant agreement signed January 2025.", "Green"],
            ["4.2", "Share the learning from this review with the North Central London VAWG Partnership and the London DHR network.",
             "Regional", "Haringey Community Safety Partnership", "November 2024",
             "Learning presented at the London DHR network on 19 November 2024.", "Blue"],
        ]),
    ]
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, rec, bold=True)
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i in range(6):
                set_cell(cells[i], a[i])
            rag = a[6]
            if isinstance(rag, tuple):  # colour only, no text
                set_cell(cells[6], rag[0])
                shade(cells[6], rag_fill[rag[1]])
            else:
                set_cell(cells[6], rag)
                shade(cells[6], rag_fill[rag])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is monitored by the Haringey VAWG Strategic Group and reported to the Community Safety Partnership Board each quarter.")
    doc.save(p("lh2-haringey-csp-dhr-adaeze-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Dumfries and Galloway APC learning review improvement plan (DOCX, table per recommendation)
# ---------------------------------------------------------------------------
def make_dg_docx():
    doc = Document()
    title = doc.add_paragraph()
    run = title.add_run("Dumfries and Galloway Adult Protection Committee – Learning Review (Mr P): Improvement Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Last updated: 24 January 2025")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_cell(c, h, bold=True)
    for v in [["0.3", "11/10/2024", "Lead Officer, Adult Support and Protection", "Draft for APC"],
              ["1.0", "06/12/2024", "Lead Officer, Adult Support and Protection", "Approved by Chief Officers Group"]]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_paragraph()
    doc.add_paragraph("The Learning Review was commissioned by the Adult Protection Committee under the national Adult Support and Protection Learning Review guidance. "
                      "The review made four recommendations, grouped below under the two learning themes identified by the review team.")
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – some slippage; Red – significant delay; Not started – work not yet begun.")

    hdr = ["Ref", "Improvement action", "Lead", "Timescale", "Progress (January 2025)", "Status"]
    sfill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def action_table(rows):
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in rows:
            cells = tb.add_row().cells
            for c, x in zip(cells, a):
                set_cell(c, x)
            if a[5] in sfill:
                shade(cells[5], sfill[a[5]])
        doc.add_paragraph()

    def rec_para(text):
        para = doc.add_paragraph()
        para.add_run(text).bold = True

    doc.add_heading("Learning Theme 1: Self-neglect and hoarding", level=2)
    rec_para("Recommendation 1: Partners should apply the Dumfries and Galloway self-neglect and hoarding guidance consistently, including a multi-agency risk assessment where an adult declines support.")
    action_table([
        ["1.1", "Relaunch the self-neglect and hoarding guidance with a practitioner briefing session in each locality.",
         "Lead Officer, Adult Support and Protection", "March 2025",
         "Briefings held in Stranraer and Annan; Dumfries and Castle Douglas sessions booked for February.", "Green"],
        ["1.2", "Add a prompt to the adult protection inquiry template to record whether a multi-agency risk assessment was considered.",
         "ASP Business Support Manager", "December 2024",
         "Template updated in MOSAIC on 2 December 2024.", "Blue"],
    ])
    rec_para("Recommendation 2: The APC should seek assurance that capacity assessments are undertaken and recorded when an adult repeatedly declines services.")
    action_table([
        ["2.1", "Deliver joint training on capacity and executive functioning for social work, community nursing and GP practice staff.",
         "APC Learning and Development Sub-group", "Q1 2025/26",
         "Training materials drafted; trainer availability has delayed the first session.", "Amber"],
        ["2.2", "Carry out a multi-agency case file audit of 20 cases involving self-neglect, focusing on capacity assessment.",
         "Chief Social Work Officer / Associate Medical Director, Mental Health", "By 30 September 2025",
         "Audit tool agreed by the Quality Assurance Sub-group.", "Green"],
    ])

    doc.add_heading("Learning Theme 2: Information sharing and escalation", level=2)
    rec_para("Recommendation 3: Partners should ensure that concerns identified during Scottish Fire and Rescue Service home fire safety visits are shared with adult services.")
    action_table([
        ["3.1", "Agree a referral pathway from SFRS home fire safety visits to the Adult Support and Protection duty team.",
         "SFRS Local Senior Officer", "June 2025",
         "Pathway drafted; test of change planned in Nithsdale from April.", "Green"],
        ["3.2", "Include SFRS in the membership of the APC Operational Sub-group.",
         "APC Independent Convener", "November 2024",
         "SFRS Station Commander attended from the November 2024 meeting.", "Blue"],
    ])
    rec_para("Recommendation 4: The APC should review its escalation procedure so that practitioners know how to raise unresolved professional disagreement.")
    action_table([
        ["4.1", "Revise the multi-agency escalation (resolving professional differences) procedure and publish it on the APC website.",
         "Lead Officer, Adult Support and Protection", "December 2025",
         "", "Not started"],
    ])
    doc.add_paragraph("Progress is reported to each meeting of the Adult Protection Committee and to the Chief Officers Group twice a year.")
    doc.save(p("lh2-dumfries-galloway-apc-learning-review-mr-p-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Tonbridge and Malling CSP action plan (tab-separated text export)
# ---------------------------------------------------------------------------
def make_tmbc_txt():
    L = []
    L.append("Tonbridge and Malling Community Safety Partnership – Community Safety Action Plan 2025/26")
    L.append("Quarter 2 update (April to September 2025) – reported to the CSP Executive Group, 21 October 2025")
    L.append("")
    L.append("\t".join(["Ref", "Action", "Lead partner(s)", "By when", "Q2 update", "RAG"]))
    L.append("Priority 1: Anti-social behaviour and environmental crime")
    L.append("Objective 1A: Reduce anti-social behaviour in Tonbridge town centre and Snodland")
    rows = [
        ["1A.1", "Run monthly multi-agency ASB walkabouts in Tonbridge High Street and Snodland with Kent Police and housing providers.",
         "TMBC Community Safety Unit / Kent Police", "Monthly",
         "Walkabouts held in April, May, July and September; August cancelled due to police resourcing.", "A"],
        ["1A.2", "Consult on renewing the Tonbridge town centre Public Spaces Protection Order before it expires.",
         "TMBC Community Safety Unit", "October 2025",
         "Consultation closed 12 September; 418 responses. Report to Cabinet in October.", "G"],
    ]
    L += ["\t".join(r) for r in rows]
    L.append("Objective 1B: Tackle fly-tipping and environmental crime")
    L.append("\t".join(["1B.1", "Deploy covert cameras at the five most frequent fly-tipping hotspots and publicise enforcement outcomes.",
                        "TMBC Environmental Enforcement", "31/12/2025",
                        "Cameras deployed at three sites; 7 fixed penalty notices issued.", "G"]))
    L.append("Priority 2: Domestic abuse and violence against women and girls")
    L.append("Objective 2A: Improve the safety of women and girls in the night-time economy")
    rows = [
        ["2A.1", "Deliver Ask for Angela and WAVE (Welfare and Vulnerability Engagement) training to licensed premises staff in Tonbridge and West Malling.",
         "TMBC Licensing; Kent Police", "March 2026",
         "22 of 41 premises trained.", "G"],
        ["2A.2", "Complete a walk-and-talk safety audit with women and girls in Tonbridge and act on the findings.",
         "Kent Police", "Sept 2025",
         "Audit completed in July; lighting improvements requested from KCC Highways.", "Complete"],
    ]
    L += ["\t".join(r) for r in rows]
    L.append("Objective 2B: Raise awareness of domestic abuse support services")
    rows = [
        ["2B.1", "Run the 16 Days of Action campaign across partner social media channels and GP surgeries.",
         "West Kent Domestic Abuse Service & TMBC Communications", "December 2025",
         "Campaign materials agreed with Kent and Medway DA partnership.", "G"],
        ["2B.2", "Review the DHR action plans held by the CSP and report outstanding actions to the Executive Group.",
         "CSP Coordinator", "Q4 2025/26",
         "Two of four DHR action plans reviewed.", "A"],
    ]
    L += ["\t".join(r) for r in rows]
    L.append("Priority 3: Substance misuse and exploitation")
    L.append("Objective 3A: Reduce drug-related harm and county lines exploitation")
    rows = [
        ["3A.1", "Hold quarterly Community Safety Partnership Action Group (CSPAG) case reviews of people at risk of cuckooing.",
         "Kent Police / TMBC Housing", "Quarterly",
         "No CSPAG case review held in Q2; meeting rescheduled to November.", "R"],
        ["3A.2", "Commission drug and alcohol awareness sessions in secondary schools through the young people's substance misuse service.",
         "KCC Public Health", "July 2026",
         "", ""],
    ]
    L += ["\t".join(r) for r in rows]
    L.append("")
    L.append("RAG key: G = on track; A = some slippage; R = off track / needs Executive Group attention; Complete = action delivered; blank = not yet started.")
    L.append("Exported from the CSP performance tracker on 14/10/2025.")
    with open(p("lh2-tonbridge-malling-csp-community-safety-action-plan-2025-26.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_hywel_dda_csv()
    make_lanarkshire_xlsx()
    make_cardiff_maternity_xlsx()
    make_epping_xlsx()
    make_haringey_docx()
    make_dg_docx()
    make_tmbc_txt()
    print("written")
