"""Build the seven ud- test files (set heldout513). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, row, values, bold=False, border=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if border:
            c.border = BORDER
        if bold:
            c.font = Font(bold=True)
    return row


# ---------------------------------------------------------------- 1. Medway GIRFT
def medway():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "GIRFT Trauma & Orthopaedics Deep Dive – Action Plan"
    cv["A1"].font = Font(bold=True, size=16, color="005EB8")
    cv["A2"] = "Medway NHS Foundation Trust"
    cv["A2"].font = Font(bold=True, size=12)
    info = [
        ("Division:", "Planned Care"),
        ("GIRFT visit date:", "14 November 2024"),
        ("Executive sponsor:", "Chief Operating Officer"),
        ("Reporting to:", "Planned Care Board (monthly); Quality Assurance Committee (quarterly)"),
    ]
    r = 4
    for k, v in info:
        cv.cell(row=r, column=1, value=k).font = Font(bold=True)
        cv.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="Document control").font = Font(bold=True, size=12)
    r += 1
    put(cv, r, ["Version", "Date", "Author", "Summary of changes"], bold=True)
    for i in range(1, 5):
        cv.cell(row=r, column=i).fill = fill("D9E2F3")
    for ver, d, who, what in [
        ("0.1", D(2024, 12, 2), "T&O Service Manager", "First draft following GIRFT feedback letter"),
        ("1.0", D(2025, 1, 20), "T&O Service Manager", "Approved at Planned Care Board"),
        ("1.3", D(2025, 6, 10), "T&O Service Manager", "Revised dates agreed for actions 1.1, 2.2 and 3.1"),
    ]:
        r += 1
        put(cv, r, [ver, d, who, what])
        cv.cell(row=r, column=2).number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 40
    cv.column_dimensions["C"].width = 24
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "GIRFT Trauma & Orthopaedics Deep Dive – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Update as at 10 June 2025 – for Planned Care Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
           "Previous RAG (May-25)", "Current RAG (Jun-25)", "Progress update"]
    put(ws, 4, hdr, bold=True)
    for i in range(1, 9):
        ws.cell(row=4, column=i).fill = fill("005EB8")
        ws.cell(row=4, column=i).font = Font(bold=True, color="FFFFFF")
    rows = [
        ("rec", "Recommendation 1: Increase the day case rate for primary hip and knee replacement towards the GIRFT best-practice level"),
        ("1.1", "Develop and launch a day case arthroplasty pathway for suitable primary hip and knee patients, including pre-operative screening criteria and next-day physiotherapy follow-up.",
         "Clinical Director T&O / Head of Therapies", D(2025, 3, 31), D(2025, 6, 30), "A", "G",
         "Pathway approved at Surgical Governance 22/05/25; first 6 patients treated, 5 discharged same day."),
        ("1.2", "Ring-fence two day case arthroplasty lists per week in the Day Surgery Unit.",
         "General Manager – Surgery", D(2025, 4, 30), None, "G", "B",
         "Tuesday and Thursday lists in place from 7 April 2025."),
        ("rec", "Recommendation 2: Improve time to theatre for fragility hip fracture patients so that 85% have surgery within 36 hours of admission"),
        ("2.1", "Introduce a 07:45 daily trauma huddle with anaesthetics, theatres and orthogeriatrics to prioritise hip fracture patients on the trauma list.",
         "Trauma Lead Consultant; Theatre Matron", D(2025, 1, 31), None, "B", "B",
         "Huddle running since 13 January 2025; attendance log held by Theatre Matron."),
        ("2.2", "Recruit a second orthogeriatrician to provide 7-day orthogeriatric review of hip fracture patients.",
         "Divisional Director of Operations (Medicine)", D(2025, 3, 31), D(2025, 9, 30), "A", "R",
         "Post advertised twice with no appointable candidate; locum cover being sourced. Escalated to Executive Group."),
        ("2.3", "Audit time to theatre monthly against the National Hip Fracture Database (NHFD) and report performance to the Planned Care Board.",
         "T&O Audit Lead", "Monthly", None, "G", "G",
         "April: 71% within 36 hours (March: 64%)."),
        ("rec", "Recommendation 3: Reduce on-the-day cancellations and improve elective theatre utilisation to 85% capped utilisation"),
        ("3.1", "Implement 6-4-2 theatre scheduling meetings for all elective orthopaedic lists.",
         "Theatre Manager", D(2025, 2, 28), D(2025, 7, 31), "R", "A",
         "Meetings started in May for hips and knees; foot and ankle and upper limb lists to follow."),
        ("3.2", "Introduce a pre-operative assessment 'ready list' so that only optimised patients are booked within six weeks of surgery.",
         "Pre-operative Assessment Lead Nurse", D(2025, 8, 31), None, "A", "A",
         "Ready list built in the PAS; validation of 1,100 patients under way."),
        ("rec", "Recommendation 4: Improve the accuracy of clinical coding for orthopaedic activity, including comorbidities"),
        ("4.1", "Clinical coders to attend the monthly T&O morbidity and mortality meeting to validate comorbidity coding.",
         "Head of Clinical Coding", "Q1 2025/26", None, None, "G",
         "New action added May 2025; coders attended the May and June meetings."),
    ]
    r = 5
    for row in rows:
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DEEAF6")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            put(ws, r, list(row))
            for col in (4, 5):
                if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            for col in (6, 7):
                v = ws.cell(row=r, column=col).value
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary: 8 actions – 2 complete, 3 on track, 2 at risk, 1 off track").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised completion dates were agreed at the Planned Care Board on 15 May 2025; original dates are retained for audit trail.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 14, 14, 11, 11, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    put(key, 2, ["Rating", "Colour", "Definition"], bold=True)
    for i, (k, c, d) in enumerate([
        ("B", "Blue", "Action complete and evidence provided"),
        ("G", "Green", "On track to deliver by the completion date"),
        ("A", "Amber", "At risk – some slippage, mitigations in place"),
        ("R", "Red", "Off track – will not be delivered by the completion date without escalation"),
    ], start=3):
        put(key, i, [k, c, d])
        key.cell(row=i, column=1).fill = fill(FILL[k])
    key.column_dimensions["C"].width = 70
    wb.save(os.path.join(HERE, "ud-medway-nhsft-girft-trauma-orthopaedics-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Greenwich risk register
def greenwich():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "University of Greenwich – Strategic Risk Register 2025/26"
    sm["A1"].font = Font(bold=True, size=14, color="4B2E83")
    sm["A2"] = "Summary of strategic risks – position at 31 October 2025"
    sm["A2"].font = Font(italic=True)
    put(sm, 4, ["Risk ref", "Strategic risk", "Risk owner", "Inherent score", "Residual score",
                "Target score", "Movement since last report"], bold=True)
    summ = [
        ("SR1", "Financial sustainability", "Chief Financial Officer", 20, 16, 9, "↔"),
        ("SR2", "Student continuation and completion", "Pro Vice-Chancellor (Education)", 16, 12, 8, "↓"),
        ("SR3", "Cyber security", "Chief Information Officer", 20, 12, 8, "↔"),
        ("SR4", "Estate condition and net zero", "Chief Operating Officer", 15, 12, 6, "↑"),
    ]
    for i, row in enumerate(summ, start=5):
        put(sm, i, list(row))
        sc = row[4]
        sm.cell(row=i, column=5).fill = fill("FF0000" if sc >= 15 else "FFC000")
    sm["A10"] = "Scores are likelihood x impact on a 5 x 5 matrix. 15–25 high (red); 8–12 medium (amber); 1–6 low (green)."
    sm["A10"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", (9, 40, 32, 10, 10, 10, 14)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = "University of Greenwich – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="4B2E83")
    ws.merge_cells("A1:F1")
    ws["A2"] = "Further mitigating actions – position at 31 October 2025 (Audit and Risk Committee, 25 November 2025)"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Action status: Complete | Green – on track | Amber – minor slippage | Red – significant slippage | Not started"
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:F3")
    put(ws, 5, ["Ref", "Risk / further mitigating action", "Action owner", "Due date", "Status", "Progress commentary"], bold=True)
    for i in range(1, 7):
        ws.cell(row=5, column=i).fill = fill("D9D2E9")
    blocks = [
        ("SR1 Financial sustainability – income falls short of plan, limiting investment in the University Strategy",
         "Risk owner: Chief Financial Officer | Inherent 20 | Residual 16 | Target 9 | Movement: ↔",
         [("SR1.1", "Deliver the 2025/26 cost reduction programme (£12m), tracked monthly through the Financial Sustainability Board.",
           "Chief Financial Officer", D(2026, 7, 31), "Amber", "£7.4m secured to date; voluntary severance scheme closed in September."),
          ("SR1.2", "Diversify international recruitment, with new agent agreements in at least three additional countries.",
           "Pro Vice-Chancellor (International)", D(2026, 3, 31), "Green", "Agreements signed for Nigeria and Vietnam; Kenya in negotiation."),
          ("SR1.3", "Refresh the five-year financial forecast for the OfS annual financial return.",
           "Director of Finance", D(2025, 12, 15), "Complete", "Forecast approved by Finance Committee on 21 October 2025."),
          ]),
        ("SR2 Student continuation and completion – course outcomes fall below OfS condition B3 thresholds",
         "Risk owner: Pro Vice-Chancellor (Education) | Inherent 16 | Residual 12 | Target 8 | Movement: ↓",
         [("SR2.1", "Implement course-level improvement plans for every programme below the B3 continuation or completion threshold.",
           "PVC Education; Deans of Faculty", D(2026, 3, 31), "Green", "14 of 17 plans approved by Faculty Boards."),
          ("SR2.2", "Launch the learning analytics dashboard so that personal tutors can identify students at risk of withdrawal.",
           "Director of Student Success", D(2026, 1, 31), "Red", "Supplier integration delayed; go-live date under review."),
          ]),
        ("SR3 Cyber security – a successful cyber attack disrupts teaching, research or operations",
         "Risk owner: Chief Information Officer | Inherent 20 | Residual 12 | Target 8 | Movement: ↔",
         [("SR3.1", "Complete Cyber Essentials Plus recertification.",
           "Chief Information Officer", D(2025, 9, 30), "Complete", "Certificate issued 18 September 2025."),
          ("SR3.2", "Roll out phishing-resistant multi-factor authentication to all staff and student accounts.",
           "Chief Information Officer", D(2026, 2, 28), "Amber", "Staff complete; student roll-out paused during enrolment."),
          ("SR3.3", "Run a ransomware tabletop exercise with the Vice-Chancellor's Executive.",
           "Head of Information Security", "Annually", "Not started", "Scheduled for spring 2026."),
          ]),
        ("SR4 Estate condition and net zero – the estate does not support the student experience or carbon targets",
         "Risk owner: Chief Operating Officer | Inherent 15 | Residual 12 | Target 6 | Movement: ↑",
         [("SR4.1", "Complete condition surveys of the Medway campus buildings and update the backlog maintenance plan.",
           "Director of Estates and Facilities", D(2026, 4, 30), "Green", "Surveys of 9 of 14 buildings complete."),
          ("SR4.2", "Submit the Public Sector Decarbonisation Scheme bid for the Avery Hill heat network.",
           "Head of Sustainability / Director of Estates and Facilities", "Q4 2025/26", "Amber",
           "Feasibility study delayed; bid window confirmed for early 2026."),
          ]),
    ]
    r = 6
    for head, meta, acts in blocks:
        c = ws.cell(row=r, column=1, value=head)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        c = ws.cell(row=r, column=1, value=meta)
        c.font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for a in acts:
            put(ws, r, list(a))
            if isinstance(a[3], dt.datetime):
                ws.cell(row=r, column=4).number_format = "dd/mm/yyyy" if a[0] != "SR1.2" else "mmm-yy"
            if a[4] in FILL:
                ws.cell(row=r, column=5).fill = fill(FILL[a[4]])
            r += 1
    for col, w in zip("ABCDEF", (8, 62, 30, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ud-university-of-greenwich-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------- 3. Curo damp & mould (refuse)
def curo():
    wb = Workbook()
    ws = wb.active
    ws.title = "D&M Action Plan"
    ws["A1"] = "Curo Group – Damp, Mould and Condensation Action Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="00677F")
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Awaab's Law readiness and Housing Ombudsman spotlight recommendations – "
                "progress report to Customer Services Committee, 17 September 2025")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Status key: Complete | On track | At risk | Off track | Not started"
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")
    put(ws, 5, ["Workstream", "No.", "Action", "Owner", "Target date", "Status", "Update"], bold=True)
    for i in range(1, 8):
        ws.cell(row=5, column=i).fill = fill("00677F")
        ws.cell(row=5, column=i).font = Font(bold=True, color="FFFFFF")
    streams = [
        ("1. Identification and reporting", [
            ("1.1", "Launch a single damp and mould reporting route (phone, app and web) with a mandatory triage script.",
             "Head of Customer Contact", D(2025, 6, 30), "Complete", "Live from 2 June 2025."),
            ("1.2", "Train all customer-facing colleagues to recognise and report damp and mould on every home visit.",
             "Learning and Development Manager", D(2025, 9, 30), "On track", "412 of 460 colleagues trained."),
            ("1.3", "Install environmental sensors in 500 higher-risk homes.",
             "Head of Asset Management", D(2026, 3, 31), "On track", "Supplier appointed; 120 sensors installed."),
        ]),
        ("2. Investigation and repair within Awaab's Law timescales", [
            ("2.1", "Create a dedicated damp and mould surveying team of six surveyors.",
             "Director of Property Services", D(2025, 10, 31), "On track", "Four surveyors in post; two offers made."),
            ("2.2", "Configure the repairs system to track the 10 working day investigation and 3 working day written summary deadlines under Awaab's Law.",
             "Head of Repairs", "0ct-2025", "At risk", "System change in test; reporting not yet validated."),
            ("2.3", "Agree a temporary decant procedure for households whose homes cannot be made safe within 24 hours.",
             "Head of Tenancy Services", D(2025, 10, 31), "Not started", "Awaiting legal review of the decant policy."),
        ]),
        ("3. Governance and learning", [
            ("3.1", "Report damp and mould performance and open cases to the Board each quarter.",
             "Director of Housing", "Quarterly", "On track", "Q1 report presented in July."),
            ("3.2", "Complete a self-assessment against the Housing Ombudsman spotlight report recommendations and publish it on our website.",
             "Head of Complaints and Insight", D(2025, 8, 31), "Complete", "Published 28 August 2025."),
        ]),
    ]
    r = 6
    for name, acts in streams:
        start = r
        for a in acts:
            put(ws, r, [None] + list(a))
            if isinstance(a[3], dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yyyy"
            st = a[4]
            if st in FILL:
                ws.cell(row=r, column=6).fill = fill(FILL[st])
            r += 1
        ws.cell(row=start, column=1, value=name).font = Font(bold=True)
        ws.cell(row=start, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Totals").font = Font(bold=True)
    ws.cell(row=r, column=3, value="8 actions: 2 complete, 4 on track, 1 at risk, 1 not started").font = Font(bold=True)
    for col, w in zip("ABCDEFG", (24, 6, 60, 30, 12, 12, 40)):
        ws.column_dimensions[col].width = w

    kp = wb.create_sheet("KPIs")
    kp["A1"] = "Damp and mould performance – August 2025"
    kp["A1"].font = Font(bold=True)
    put(kp, 3, ["Measure", "Target", "Jun-25", "Jul-25", "Aug-25"], bold=True)
    for i, row in enumerate([
        ("Open damp and mould cases", "<250", 311, 287, 264),
        ("Cases inspected within 10 working days", "100%", "78%", "83%", "88%"),
        ("Written summary issued within 3 working days", "100%", "n/a", "61%", "74%"),
        ("Repeat reports within 6 months", "<5%", "9%", "8%", "7%"),
    ], start=4):
        put(kp, i, list(row))
    kp.column_dimensions["A"].width = 48
    wb.save(os.path.join(HERE, "ud-curo-group-damp-mould-awaabs-law-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------- 4. Merseyside Police PRAP
def merseyside():
    doc = Document()
    doc.add_heading("Merseyside Police – Police Race Action Plan: Local Delivery Plan 2025/26", level=0)
    doc.add_paragraph(
        "This plan sets out how Merseyside Police will deliver the national Police Race Action Plan locally. "
        "It is organised under the four pillars of the national plan and is reviewed monthly by the PRAP "
        "Delivery Group and quarterly by the Strategic Diversity, Equality and Inclusion Board.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Owner", "Approved by"]):
        bold_cell(c, h)
    for row in [("1.0", "14/04/2025", "PRAP Programme Manager", "Strategic DEI Board"),
                ("2.1", "04/09/2025", "PRAP Programme Manager", "PRAP Delivery Group")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Blue – complete; Green – on track; Amber – risk to delivery, mitigation in place; "
              "Red – off track, requires Chief Officer intervention; no colour – not yet started.")

    pillars = [
        ("Pillar 1: Representation", [
            ("Commitment 1.1: Attract, recruit and retain more Black officers and staff so that the workforce reflects Merseyside's communities", [
                ("1.1a", "Run positive action recruitment events in Toxteth, Granby and Kensington with the Positive Action Team, tracking applicant drop-off at each stage.",
                 "Head of Recruitment", "March 2026", "00B050", "Four events held; 63 applicants from Black heritage backgrounds."),
                ("1.1b", "Introduce exit interviews analysed by ethnicity and report themes to the People Board each quarter.",
                 "Head of HR Operations", "Quarterly", "00B050", "First report to People Board in July 2025."),
            ]),
            ("Commitment 1.2: Ensure fair progression for Black and minority ethnic officers and staff", [
                ("1.2a", "Commission an independent review of sergeant and inspector promotion board outcomes by ethnicity.",
                 "Head of People Development; Staff Network Chair", "31/12/2025", "FFC000", "Reviewer appointed; data sharing agreement delayed."),
            ]),
        ]),
        ("Pillar 2: Over and under policing", [
            ("Commitment 2.1: Ensure stop and search is used fairly and is scrutinised by the community", [
                ("2.1a", "Review body-worn video for every stop and search of a Black person where no item is found, through a monthly dip sample.",
                 "Supt Stop and Search Lead", "Monthly", "00B050", "Dip sample in place since April; learning shared in briefings."),
                ("2.1b", "Expand the Community Scrutiny Panel to every Basic Command Unit and publish panel findings online.",
                 "Ch Insp Community Engagement", "June 2025", "0070C0", "Panels in all five BCUs; findings published quarterly."),
            ]),
            ("Commitment 2.2: Reduce disproportionality in the use of force", [
                ("2.2a", "Add ethnicity filters to the use of force dashboard and set a disproportionality threshold that triggers supervisory review.",
                 "Head of Business Insight", "Sept 2025 (revised Jan 2026)", "FF0000", "Data quality issues in the self-defined ethnicity field; fix scheduled."),
            ]),
        ]),
        ("Pillar 3: Involvement, participation and engagement", [
            ("Commitment 3.1: Build trust and confidence with Black communities through sustained engagement", [
                ("3.1a", "Deliver the 'Your Voice' youth engagement programme in six secondary schools with Merseyside Youth Association.",
                 "Supt Partnerships and Prevention", "July 2026", "00B050", "Programme running in three schools."),
            ]),
        ]),
        ("Pillar 4: Support for victims", [
            ("Commitment 4.1: Improve the service to Black victims of crime and hate crime", [
                ("4.1a", "Analyse Victims' Code compliance and victim satisfaction by ethnicity and act on the gaps identified.",
                 "Head of Victim Care", "Q4 2025/26", "FFC000", "Satisfaction survey sample too small; boost sample agreed."),
                ("4.1b", "Train all hate crime investigators in the PRAP anti-racism learning programme.",
                 "Head of Learning and Development", "31/03/2026", None, "Awaiting national College of Policing package."),
            ]),
        ]),
    ]
    for pillar, commitments in pillars:
        doc.add_heading(pillar, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due", "RAG", "Update (September 2025)"]):
            bold_cell(c, h, "FFFFFF")
            shade(c, "1F3864")
        for commitment, actions in commitments:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            bold_cell(m, commitment)
            shade(m, "D9E2F3")
            for ref, act, lead, due, rag, upd in actions:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = act
                cells[2].text = lead
                cells[3].text = due
                cells[4].text = ""
                if rag:
                    shade(cells[4], rag)
                cells[5].text = upd
        doc.add_paragraph()
    doc.add_paragraph("Next review: PRAP Delivery Group, October 2025.")
    doc.save(os.path.join(HERE, "ud-merseyside-police-race-action-plan-local-delivery-plan.docx"))


# ---------------------------------------------------------------- 5. Tapton School post-Ofsted
def tapton():
    doc = Document()
    doc.add_heading("Tapton School – Post-Ofsted Action Plan 2025–26", level=0)
    doc.add_paragraph("Following the Ofsted inspection of 11–12 March 2025 (report published 23 April 2025)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Headteacher"),
                 ("Approved by", "Local Governing Body, 19 June 2025"),
                 ("Monitoring", "Termly review by the LGB Standards Committee; trust school improvement partner visit each half term"),
                 ("Last updated", "6 November 2025")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Actions", "Lead", "Timescale", "Monitored by", "Success criteria", "RAG"]):
        bold_cell(c, h)
        shade(c, "BFBFBF")
    afis = [
        ("Area for improvement 1: In some subjects at key stage 3, the curriculum is not yet sequenced well enough. Leaders should ensure that all subject curriculums identify and order the important knowledge pupils need to learn.", [
            ("Subject leaders to review key stage 3 curriculum maps in every subject and identify the core knowledge pupils must remember.",
             "DHT (Curriculum)", "Autumn term 2025", "Headteacher; SIP", "Revised maps in place for all KS3 subjects", "Green"),
            ("One department meeting each half term given to curriculum sequencing, supported by trust subject networks.",
             "DHT (Curriculum) / Trust Subject Leads", "Half-termly", "LGB Standards Committee", "Meeting minutes show sequencing work in every department", "Green"),
            ("Quality assurance deep dives in four subjects to check pupils' recall of prior learning.",
             "SLT link leaders", "By February half term 2026", "Headteacher", "Pupils recall prior learning confidently in deep dive discussions", "Amber"),
        ]),
        ("Area for improvement 2: Teachers do not consistently use the information they have about pupils with special educational needs and/or disabilities (SEND) to adapt their teaching. Leaders should ensure that staff are trained to meet these pupils' needs well.", [
            ("Rewrite pupil passports so that each sets out two or three clear classroom strategies.",
             "SENDCo", "October 2025", "SEND governor", "All passports rewritten and shared with staff", "Complete"),
            ("Adaptive teaching CPD for all teaching staff, followed by learning walks focused on pupils with SEND.",
             "AHT (Teaching and Learning); SENDCo", "Summer term 2026", "SEND governor; SIP", "Learning walks show strategies used in 90% of lessons seen", "Green"),
        ]),
        ("Area for improvement 3: Too many disadvantaged pupils are persistently absent. Leaders should continue to take effective action to improve these pupils' attendance.", [
            ("Appoint an attendance officer and hold a weekly attendance panel for pupils below 90% attendance.",
             "AHT (Pastoral)", "September 2025", "Headteacher", "Attendance officer in post; panel minutes", "Complete"),
            ("First-day calling for every absence and a home visit on the third day of unexplained absence.",
             "Attendance Officer", "Ongoing", "AHT (Pastoral)", "Persistent absence of disadvantaged pupils below 20%", "Green"),
            ("Report persistent absence of disadvantaged pupils to the Local Governing Body each term.",
             "Headteacher", "Termly", "Chair of Governors", "Governors challenge and track attendance", "Green"),
        ]),
    ]
    ragfill = {"Green": "92D050", "Amber": "FFC000", "Complete": "00B0F0", "Red": "FF0000"}
    for afi, acts in afis:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        bold_cell(m, afi)
        shade(m, "FFF2CC")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            shade(cells[5], ragfill[a[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete = action finished and impact evidenced; Green = on track; "
                      "Amber = some slippage; Red = not on track.")
    doc.save(os.path.join(HERE, "ud-tapton-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 6. MHRA ARAC tracker (csv)
def mhra():
    W = 11
    rows = [
        ["MHRA Audit and Risk Assurance Committee – Internal Audit Recommendations Tracker"],
        ["Position as at 31 October 2025. Status key: Complete (blue); On track (green); At risk (amber); Overdue (red); Not started."],
        [],
        ["Ref", "Audit", "Assurance opinion", "Priority", "Recommendation", "Agreed management action",
         "Action owner", "Original due date", "Revised due date", "Status", "Management update"],
        ["CYB-01", "Cyber Security Incident Response (2024/25)", "Moderate", "High",
         "The Agency should test its cyber incident response plan at least annually through a live or tabletop exercise involving the Executive Committee.",
         "Hold a tabletop cyber exercise with the Executive Committee, facilitated by an NCSC-assured supplier.",
         "Chief Digital and Technology Officer", "31/03/2025", "30/09/2025", "Complete",
         "Exercise held 16 September 2025; lessons report to ExCo in October."],
        ["CYB-02a", "Cyber Security Incident Response (2024/25)", "Moderate", "Medium",
         "Roles and responsibilities for incident response should be documented, including out-of-hours escalation.",
         "Update the Cyber Incident Response Plan with a RACI and an on-call rota.",
         "Head of Cyber Security", "31/01/2025", "", "Complete", "Plan v3.0 approved by the SIRO."],
        ["CYB-02b", "Cyber Security Incident Response (2024/25)", "Moderate", "Medium",
         "Roles and responsibilities for incident response should be documented, including out-of-hours escalation.",
         "Publish the on-call escalation contacts on the intranet and review them quarterly.",
         "Head of Cyber Security / Head of Service Desk", "Quarterly", "", "On track", "Last reviewed 2 October 2025."],
        ["CM-01", "Commercial Contract Management (2024/25)", "Limited", "High",
         "A complete contracts register should be maintained and reconciled to the finance system.",
         "Reconcile the contracts register to purchase orders in the finance system and close any gaps.",
         "Head of Commercial", "30/06/2025", "31/12/2025", "At risk",
         "Reconciliation 70% complete; 46 legacy contracts still to be validated."],
        ["CM-02", "Commercial Contract Management (2024/25)", "Limited", "Medium",
         "Contract managers should receive training proportionate to the value and risk of the contracts they manage.",
         "Require all Gold and Silver contract managers to complete Government Commercial College contract management training.",
         "Head of Commercial; Chief People Officer", "Mar-26", "", "On track", "21 of 34 contract managers accredited."],
        ["CTA-01", "Clinical Trials Approval Performance (2025/26)", "Limited", "High",
         "Management information on clinical trial assessment timelines should be reported monthly to the Executive Committee, with exceptions explained.",
         "Develop a dashboard of assessment timelines against statutory targets and report it monthly to ExCo.",
         "Head of Clinical Trials Unit", "31/05/2025", "31/10/2025", "Overdue",
         "Dashboard built; data feed from the case management system not yet reliable."],
        ["CTA-02", "Clinical Trials Approval Performance (2025/26)", "Limited", "Medium",
         "Standard operating procedures for assessors should be reviewed and version-controlled.",
         "Review and re-issue all clinical trials assessment SOPs through the quality document system.",
         "Quality Manager", "30/09/2025", "", "Complete", "12 SOPs re-issued."],
        ["FEE-01", "Fees and Income Controls (2025/26)", "Substantial", "Low",
         "Aged debt over 90 days should be reviewed monthly and escalated in line with the debt management policy.",
         "Introduce a monthly aged debt review meeting between Finance and the licensing teams.",
         "Financial Controller", "Nov 2025", "", "Not started", "First meeting booked for 12 November 2025."],
        [],
        ["Summary: 8 actions – 3 complete, 2 on track, 1 at risk, 1 overdue, 1 not started"],
    ]
    with open(os.path.join(HERE, "ud-mhra-arac-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ---------------------------------------------------------------- 7. Hazelwood House care home (txt)
def hazelwood():
    L = [
        "Hazelwood House Care Home – CQC Action Plan",
        "Inspection: 6 and 8 August 2024 | Report published: 2 October 2024 | Overall rating: Requires improvement",
        "Completed by: Registered Manager | Last updated: 14/01/2025",
        "",
        "Ref\tAction\tResponsible\tTarget date\tStatus\tProgress notes",
        "Regulation 12: Safe care and treatment",
        "12.1\tReview and update the 'as required' (PRN) medicines protocol for each person who has PRN medicines.\tRegistered Manager\t30/09/2024\tCompleted\tAll 23 protocols reviewed with the GP practice.",
        "12.2\tIntroduce weekly medicines audits by the deputy manager, with a monthly external\tDeputy Manager\t31/10/2024\tCompleted\tFirst pharmacy audit 21/10/24 - no actions.",
        "\taudit by the supplying pharmacy to check PRN protocols and stock balances.\t\t\t\t",
        "12.3\tComplete individual choking risk assessments and SALT referrals for everyone on a modified diet.\tClinical Lead / Registered Manager\t31/10/2024\tCompleted\t7 referrals made; all risk assessments in place.",
        "Regulation 17: Good governance",
        "17.1\tIntroduce a monthly audit schedule (care plans, falls, infection control, medicines) with actions logged on the home's improvement tracker.\tRegistered Manager\tNov-24\tCompleted\tSchedule in use since November.",
        "17.2\tProvider's Quality Lead to complete a quarterly quality visit and report findings to the directors.\tQuality Lead\tQuarterly\tOn track\tDecember visit completed.",
        "17.3\tMove all care plans onto the digital care planning system and train staff to use it.\tRegistered Manager; Digital Champion\t31/03/2025\tDelayed\tSystem go-live moved back by the supplier; 60% of plans transferred.",
        "Regulation 18: Staffing",
        "18.1\tRecalculate staffing levels using the dependency tool after every admission and at least monthly.\tRegistered Manager\tOngoing\tOn track\tDependency tool reviewed 06/01/25.",
        "18.2\tEnsure all staff complete moving and handling and dementia awareness training, with compliance of 95% or above.\tTraining Coordinator\t28/02/2025\tOn track\tCompliance 88% (moving and handling), 91% (dementia).",
        "18.3\tRecruit two additional night care assistants.\tRegistered Manager\tJanuary 2025\tNot started\tRecruitment approved by directors 10/01/25.",
        "",
        "Status key: Completed = action finished; On track = in progress within timescale; Delayed = behind timescale (amber); Not started",
    ]
    with open(os.path.join(HERE, "ud-hazelwood-house-care-home-cqc-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    medway()
    greenwich()
    curo()
    merseyside()
    tapton()
    mhra()
    hazelwood()
    print("built 7 files")
