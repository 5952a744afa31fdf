"""Generator for heldout15 d1-* blind cases. Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def hdr(ws, row, names, colour="1F4E78"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, vals, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = datefmt


# ---------------------------------------------------------------- A: audit tracker
def make_audit():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Implementation of Internal Audit Recommendations - Summary (January 2025)"
    s["A1"].font = Font(bold=True, size=13)
    hdr(s, 3, ["RAG", "Number", "%"])
    for r, (k, n, col) in enumerate([("Red", 1, "R"), ("Amber", 3, "A"), ("Green", 3, "G"),
                                     ("Complete", 1, "B")], 4):
        put(s, r, [k, n, n / 8])
        s.cell(row=r, column=1).fill = fill(FILL[col])
        s.cell(row=r, column=3).number_format = "0%"
    put(s, 8, ["Total", 8, 1])
    s.cell(row=8, column=3).number_format = "0%"
    s["A10"] = ("RAG rating: up to 25% complete = Red; 26% to 75% = Amber; over 75% = Green. "
                "Recommendations under 50% complete and past the agreed date are also Red.")
    s.column_dimensions["A"].width = 14

    t = wb.create_sheet("Tracker")
    t["A1"] = "Westbury Borough Council - Implementation of Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position as at 10 January 2025 - High and Medium risk recommendations"
    t["A2"].font = Font(italic=True)
    hdr(t, 4, ["Ref", "Audit", "Assurance opinion", "Risk", "Recommendation", "Agreed action",
               "Responsible officer", "Original target date", "Revised target date",
               "% complete", "RAG", "Latest management update"])
    rows = [
        ["IA/24/03-R1", "Payroll", "Limited", "High",
         "Starters and leavers forms should be authorised by the line manager before processing",
         "Introduce a mandatory manager approval step in the HR self-service system for all starters and leavers.",
         "Head of HR & OD", D(2024, 9, 30), D(2025, 3, 31), 0.6, "Amber",
         "System change built; user testing with Payroll in February."],
        ["IA/24/03-R2", "Payroll", "Limited", "Medium",
         "Exception reports should be reviewed each pay period",
         "Payroll Manager to review and sign the exception report each month and retain the evidence.",
         "Payroll Manager", D(2024, 10, 31), None, 1.0, "Complete",
         "Sign-off evidenced for October, November and December."],
        ["IA/24/07-R1", "Corporate Debt Recovery", "Limited", "High",
         "Aged debt over 12 months should be reviewed for write-off",
         "Review all debts over 12 months old and submit a write-off schedule to the s151 officer.",
         "Revenues & Benefits Manager / Chief Accountant", D(2024, 12, 31), D(2025, 4, 30), 0.2, "Red",
         "Review delayed by the system migration. Revised date agreed with the Chief Auditor."],
        ["IA/24/07-R2", "Corporate Debt Recovery", "Limited", "Medium",
         "Recovery procedures should be documented and published",
         "Update and publish the Corporate Debt Recovery procedure.",
         "Revenues & Benefits Manager", D(2025, 2, 28), None, 0.5, "Amber",
         "Draft procedure with Legal for comment."],
        ["IA/24/11-R1", "Cyber Security", "Reasonable", "High",
         "Multi-factor authentication should be enforced for all remote access",
         "Roll out MFA to the remaining 140 remote users and disable legacy VPN accounts.",
         "ICT Security Lead", D(2025, 1, 31), None, 0.8, "Green",
         "112 of 140 users enrolled."],
        ["IA/24/11-R2", "Cyber Security", "Reasonable", "Medium",
         "Privileged accounts should be reviewed quarterly",
         "Establish a quarterly review of privileged accounts, reported to the Information Governance Board.",
         "ICT Security Lead", D(2024, 12, 31), D(2025, 3, 31), 0.4, "Amber",
         "First review completed; reporting route to be agreed."],
        ["IA/24/15-R1", "Contract Management - Highways", "Limited", "High",
         "Contract variations should be approved in line with Contract Procedure Rules",
         "Issue guidance to contract managers and introduce a variation approval log.",
         "Highways Commissioning Manager", D(2025, 3, 31), None, 0.8, "Green",
         "Guidance drafted; log in use from January."],
        ["IA/24/15-R2", "Contract Management - Highways", "Limited", "Medium",
         "Contract performance meetings should be minuted",
         "Minute monthly contract performance meetings and store the minutes on SharePoint.",
         "Highways Commissioning Manager", D(2024, 11, 30), None, 0.9, "Green",
         "Minutes in place since October."],
    ]
    key = {"Amber": "A", "Red": "R", "Green": "G", "Complete": "B"}
    for r, v in enumerate(rows, 5):
        put(t, r, v)
        t.cell(row=r, column=10).number_format = "0%"
        t.cell(row=r, column=11).fill = fill(FILL[key[v[10]]])
    for col, w in zip("ABCDEFGHIJKL", [13, 22, 11, 8, 40, 45, 26, 12, 12, 9, 10, 40]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"
    wb.active = 1
    wb.save(os.path.join(OUT, "d1-audit-tracker-summary-sheet-pct-fill.xlsx"))


# ---------------------------------------------------------------- B: ILACS, officers sheet first
def make_ilacs():
    wb = Workbook()
    o = wb.active
    o.title = "Officers"
    o["A1"] = "Key to lead officers"
    o["A1"].font = Font(bold=True, size=13)
    hdr(o, 3, ["Initials", "Name", "Role"])
    for r, v in enumerate([
        ["AM", "Alison Marsh", "Director of Children's Services"],
        ["RK", "Rob Kettle", "Head of Safeguarding"],
        ["PD", "Priya Desai", "Principal Social Worker"],
        ["JT", "Jon Tait", "Head of Corporate Parenting"],
        ["LB", "Lucy Bryce", "Performance & Insight Manager"],
    ], 4):
        put(o, r, v)
    o["A10"] = "Status key"
    o["A10"].font = Font(bold=True)
    for r, (k, d, c) in enumerate([("Complete", "Action completed", "B"),
                                   ("Green", "On track to meet target date", "G"),
                                   ("Amber", "Some slippage, recoverable", "A"),
                                   ("Red", "Off track / target date missed", "R"),
                                   ("Not started", "Not yet due to start", None)], 11):
        put(o, r, [k, d])
        if c:
            o.cell(row=r, column=1).fill = fill(FILL[c])
    o.column_dimensions["B"].width = 30
    o.column_dimensions["C"].width = 34

    p = wb.create_sheet("Improvement Plan")
    p["A1"] = "Brookfield Council Children's Services - ILACS Improvement Plan 2024-25"
    p["A1"].font = Font(bold=True, size=14)
    p["A2"] = ("Following the Ofsted inspection of local authority children's services, June 2024. "
               "Last updated: 14/01/2025")
    hdr(p, 4, ["No.", "Action", "Lead", "Target date", "Status", "Notes", "Comments from lead"])
    plan = [
        ("Recommendation 1: The quality and impact of management oversight and supervision in frontline teams", [
            ["1.1", "Revise the supervision policy and template so that every supervision record sets out the child's plan, actions and timescales.",
             "RK", D(2024, 9, 30), "Complete",
             "Policy revised and launched at the managers' forum, Sept 24.\nTemplate live in the case management system from 1 October.",
             "Done - evidence in the improvement SharePoint folder."],
            ["1.2", "Deliver reflective supervision training to all team managers and advanced practitioners.",
             "PD", "Complete", "Complete",
             "Three cohorts delivered (Oct, Nov, Dec).\n41 of 43 managers attended; two on long-term leave will join the spring cohort.",
             ""],
            ["1.3", "Undertake a quarterly audit of supervision quality and report the findings to the Practice Improvement Board.",
             "RK/PD", D(2025, 3, 31), "Amber",
             "Audit of 40 supervision records in November: 62% good or better.\nRecording of reflective discussion still weak in the Assessment Service.\nNext audit due March.",
             "Audit capacity stretched by agency turnover - I have asked for two additional auditors for the March round."],
        ]),
        ("Recommendation 2: The timeliness of initial health assessments for children coming into care", [
            ["2.1", "Agree a joint protocol with the ICB so that health assessment requests are sent within 5 working days of a child coming into care.",
             "JT / Designated Nurse LAC", D(2024, 11, 30), "Green",
             "Protocol signed off by the Corporate Parenting Board on 21 November.",
             "Compliance with the 5-day standard is 88% in December."],
            ["2.2", "Introduce weekly tracking of initial health assessments with escalation to the Head of Corporate Parenting.",
             "JT", "Mar-25 (revised)", "Red",
             "Original date December 2024.\nTracker built but data from the community health provider is two weeks behind.\nEscalated to the ICB Chief Nurse.",
             "Revised date agreed at Improvement Board, 9 January."],
        ]),
        ("Recommendation 3: The quality of pathway plans for care leavers", [
            ["3.1", "Re-launch the pathway plan template, co-produced with care leavers from the Care Leavers' Forum.",
             "JT", D(2025, 1, 31), "Green",
             "Two co-production workshops held.\nFinal template with the Forum for sign-off.", ""],
            ["3.2", "Ensure every care leaver aged 18-21 has an up-to-date pathway plan reviewed at least every six months.",
             "JT", D(2025, 6, 30), "Amber",
             "74% of plans in date (target 95%).\nPersonal adviser caseloads average 27.",
             "Two PA posts recruited, start in February."],
            ["3.3", "Personal advisers to attend pathway planning practice workshops.",
             "PD & JT", "Ongoing", "Green",
             "Monthly workshops in place since November.", ""],
        ]),
        ("Recommendation 4: The use of performance information by leaders to understand practice", [
            ["4.1", "Develop a monthly performance scorecard for the senior leadership team, with exception reporting by team.",
             "LB", D(2024, 12, 31), "Complete",
             "Scorecard in use from the December SLT.", ""],
            ["4.2", "Hold quarterly performance challenge sessions with each Head of Service, chaired by the DCS.",
             "AM, LB", D(2025, 4, 30), "Not started",
             "First round scheduled for April 2025.", ""],
        ]),
    ]
    r = 5
    for rec, acts in plan:
        p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = p.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        r += 1
        for a in acts:
            put(p, r, a)
            st = a[4]
            k = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}.get(st)
            if k:
                p.cell(row=r, column=5).fill = fill(FILL[k])
            r += 1
    for col, w in zip("ABCDEFG", [6, 48, 16, 14, 12, 50, 40]):
        p.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "d1-ilacs-officers-sheet-first-initials.xlsx"))


# ---------------------------------------------------------------- C: SEND WSoA, repeated tables
def make_wsoa():
    wb = Workbook()
    w = wb.active
    w.title = "WSoA tracker"
    w["A1"] = "Harlow Vale Local Area SEND Partnership - Written Statement of Action: Progress Tracker"
    w["A1"].font = Font(bold=True, size=14)
    w["A2"] = "Reported to the SEND Improvement Board - 5 February 2024"
    cols = ["Ref", "Action", "Lead(s)", "By when", "Progress this period", "RAG"]
    areas = [
        ("Area of weakness 1: The variable quality of education, health and care (EHC) plans", [
            ["1a", "Establish a multi-agency EHC plan quality assurance panel meeting monthly.",
             "Head of SEND and Inclusion", "Autumn term 2023",
             "Panel has met monthly since October; terms of reference agreed with health and social care.", "B"],
            ["1b", "Train all EHC coordinators and health and social care contributors in writing SMART outcomes.",
             "SEND Service Manager / Designated Clinical Officer", "Spring term 2024",
             "Four sessions delivered; health contributors' session booked for March.", "G"],
            ["1c", "Audit a sample of 10% of EHC plans each term and publish the findings to the partnership.",
             "Head of SEND and Inclusion", "Termly",
             "Autumn audit: 48% of plans good or better. Spring audit under way.", "A"],
        ]),
        ("Area of weakness 2: Weak joint commissioning arrangements between the council and the ICB", [
            ["2a", "Agree a joint commissioning strategy for SEND with the ICB, signed off by both governing bodies.",
             "Director of Education and Director of Nursing (ICB)", "March 2024",
             "Draft strategy delayed by ICB restructure; goes to ICB board in March.", "A"],
            ["2b", "Jointly commission a speech and language therapy service for 0-25 year olds.",
             "Joint Commissioning Manager", "Sept 2024",
             "Needs analysis not yet complete. Escalated to the Board.", "R"],
        ]),
        ("Area of weakness 3: Poor communication with parents and carers, including the Local Offer", [
            ["3a", "Redesign the Local Offer website with the Parent Carer Forum.",
             "Local Offer Officer; PCF Chair", "Summer term 2024",
             "Supplier appointed; co-design sessions held in January.", "G"],
            ["3b", "Publish a termly SEND newsletter for families.",
             "Local Offer Officer", "Dec-23",
             "First edition published December 2023.", "B"],
            ["3c", "Introduce a 10-working-day response standard for parent enquiries to the SEND Service.",
             "SEND Service Manager", D(2024, 1, 31),
             "Standard agreed but only 54% of enquiries answered in time in January.", "R"],
        ]),
        ("Area of weakness 4: Long waiting times for neurodevelopmental assessment", [
            ["4a", "Recruit two additional paediatricians and a clinical psychologist to the neurodevelopmental pathway.",
             "Associate Director of Children's Services (Community Health Trust)", "Q1 2024/25",
             "One paediatrician appointed; psychologist post out to advert.", "G"],
            ["4b", "Provide a 'waiting well' support offer for families awaiting assessment.",
             "Designated Clinical Officer", "Q2 2024/25",
             "Not yet started - scheduled to begin April 2024.", None],
        ]),
    ]
    r = 4
    for i, (title, acts) in enumerate(areas):
        if i:
            r += 1 if i % 2 else 2   # one or two blank rows between tables
        c = w.cell(row=r, column=1, value=title)
        c.font = Font(bold=True, size=12)
        w.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c.fill = fill("FCE4D6")
        r += 1
        hdr(w, r, cols, colour="833C0B")
        r += 1
        for a in acts:
            put(w, r, a)
            if a[5]:
                w.cell(row=r, column=6).fill = fill(FILL[a[5]])
                w.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    w.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, d in [("B", "Complete and impact evidenced"), ("G", "On track"),
                 ("A", "Some slippage; mitigating action in place"), ("R", "Off track; escalated to the Board")]:
        r += 1
        w.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        w.cell(row=r, column=2, value=d)
    for col, wd in zip("ABCDEF", [6, 55, 34, 16, 50, 7]):
        w.column_dimensions[col].width = wd
    wb.save(os.path.join(OUT, "d1-send-wsoa-repeated-header-tables.xlsx"))


# ---------------------------------------------------------------- D: Scottish ASP, refuse
def make_asp():
    wb = Workbook()
    w = wb.active
    w.title = "Improvement Plan"
    w["A1"] = "Riverside Health and Social Care Partnership - Adult Support and Protection Improvement Plan"
    w["A1"].font = Font(bold=True, size=14)
    w["A2"] = ("Joint inspection of adult support and protection (Care Inspectorate, Healthcare Improvement "
               "Scotland, HMICS) - report published May 2024")
    hdr(w, 4, ["Ref", "Priority area", "Action", "Lead", "Target date", "Status", "Notes",
               "Comments from lead"])
    rows = [
        ["1.1", "Priority 1: Chronologies and risk assessment",
         "Introduce a single multi-agency chronology template for all adults at risk subject to investigation.",
         "MacLeod, Fiona", "Dec-24", "Complete",
         "Template agreed at the Adult Protection Committee, 12 Nov.\nBuilt into Carefirst forms.", "Complete."],
        ["1.2", "Priority 1: Chronologies and risk assessment",
         "Deliver risk assessment and risk management training to council officers and health staff.",
         "MacLeod, Fiona", "Mar-25", "On track",
         "Two sessions delivered (48 staff).\nNHS mental health staff to join the February cohort.\nEvaluation forms being collated.",
         "Good uptake from health colleagues."],
        ["1.3", "Priority 1: Chronologies and risk assessment",
         "Audit 30 case files each quarter against the new risk assessment standard.",
         "Grant, Euan", "Quarterly", "Amber",
         "Q3 audit: 19 of 30 files met the standard.\nThemes: risk reviews not updated after case conferences.", ""],
        ["2.1", "Priority 2: Timescales for inquiries and investigations",
         "Report performance against the 5-day inquiry timescale to the Chief Officers Group each month.",
         "Grant, Euan", "Monthly", "On track", "Reporting in place since September.", ""],
        ["2.2", "Priority 2: Timescales for inquiries and investigations",
         "Recruit two additional council officers to the adult protection team.",
         "Hughes, Moira", "Jun-25", "Red",
         "First recruitment round failed to appoint.\nSecond round advertised January with a market supplement.",
         "I have escalated the vacancy risk to the IJB risk register."],
        ["2.3", "Priority 2: Timescales for inquiries and investigations",
         "Agree a protocol with Police Scotland for joint investigative interviews of adults at risk.",
         "Hughes, Moira", "Augst 2025", "Not started",
         "Initial meeting with Police Scotland divisional lead planned.", ""],
        ["3.1", "Priority 3: Involvement of adults at risk and their carers",
         "Offer independent advocacy to every adult at risk at the point of investigation.",
         "Stewart, Calum", "Sep-25", "Amber",
         "Advocacy provider contract extended.\nUptake recorded at 41%; recording of the offer is inconsistent.", ""],
        ["3.2", "Priority 3: Involvement of adults at risk and their carers",
         "Gather feedback from adults and carers after every case conference and report themes to the APC.",
         "Stewart, Calum", "Mar-26", "Not started", "", ""],
    ]
    for r, v in enumerate(rows, 5):
        put(w, r, v)
    for col, wd in zip("ABCDEFGH", [6, 30, 50, 16, 12, 12, 50, 36]):
        w.column_dimensions[col].width = wd
    wb.save(os.path.join(OUT, "d1-scot-asp-notes-comments-typo-refuse.xlsx"))


# ---------------------------------------------------------------- E: SharePoint list CSV
def make_csv():
    head = ["Title", "Action ID", "Workstream", "Owner", "Due Date", "Status", "RAG", "Latest update",
            "Modified", "Modified By", "Item Type", "Path"]
    path = "sites/ASCImprovement/Lists/Improvement Actions"
    rows = [
        ["Reduce the number of people waiting for a Care Act assessment to under 150", "ASC-01",
         "Theme 1: Working with people", "Asha Patel", "2025-03-31", "In progress", "Amber",
         "Waiting list at 212 (down from 340).", "2025-01-14T09:32:11Z", "Asha Patel"],
        ["Publish a refreshed information and advice offer, co-produced with the Making It Real board", "ASC-02",
         "Theme 1: Working with people", "Tom Reed;Asha Patel", "2025-01-31", "Completed", "",
         "Published on the council website 20 January.", "2025-01-21T16:05:40Z", "Tom Reed"],
        ["Develop a market position statement for older people's care homes", "ASC-03",
         "Theme 2: Providing support", "Helen O'Connor", "2025-06-30", "In progress", "Green",
         "Provider engagement events held in December.", "2025-01-10T11:48:02Z", "Helen O'Connor"],
        ["Agree a joint approach to direct payments support with the ICB", "ASC-04",
         "Theme 2: Providing support", "Helen O'Connor", "2025-09-30", "Not started", "",
         "", "2024-11-02T08:15:55Z", "Helen O'Connor"],
        ["Reduce the average time from safeguarding concern to decision to within 2 working days", "ASC-05",
         "Theme 3: Ensuring safety", "Mark Ellison", "2025-02-28", "In progress", "Red",
         "Average currently 4.6 days; triage hub staffing gaps.", "2025-01-13T14:20:09Z", "Mark Ellison"],
        ["Implement a transitions protocol with Children's Services for young people from age 14", "ASC-06",
         "Theme 3: Ensuring safety", "Mark Ellison;Jo Whitfield", "2025-04-30", "In progress", "Green",
         "Protocol drafted, with the Children's Services DMT for comment.", "2025-01-09T10:01:37Z", "Jo Whitfield"],
        ["Launch a quality assurance framework with quarterly practice audits", "ASC-07",
         "Theme 4: Leadership", "Dr Sunita Rao", "2024-12-31", "Completed", "",
         "Framework signed off by ASC DMT; first audit cycle complete.", "2024-12-19T15:44:23Z", "Dr Sunita Rao"],
        ["Establish a co-production board with people who draw on care and support", "ASC-08",
         "Theme 4: Leadership", "Dr Sunita Rao", "2025-05-31", "In progress", "Amber",
         "Recruitment of members slower than planned.", "2025-01-08T13:27:50Z", "Dr Sunita Rao"],
        ["Report progress on the improvement plan to the Adult Social Care Scrutiny Committee every quarter", "ASC-09",
         "Theme 4: Leadership", "Jo Whitfield", "", "In progress", "Green",
         "Next report due 5 March.", "2025-01-06T09:00:12Z", "Jo Whitfield"],
    ]
    with open(os.path.join(OUT, "d1-asc-cqc-sharepoint-list.csv"), "w", newline="", encoding="utf-8-sig") as f:
        wr = csv.writer(f)
        wr.writerow(head)
        for r in rows:
            wr.writerow(r + ["Item", path])


# ---------------------------------------------------------------- F: Welsh bilingual docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def make_docx():
    doc = Document()
    doc.add_heading("Cynllun Gweithredu Arolygiad AGC / CIW Inspection Action Plan - Adults' Services", level=1)
    doc.add_paragraph("Cyngor Sir Glanyrafon / Glanyrafon County Council")
    doc.add_paragraph(
        "Mae'r cynllun hwn yn ymateb i'r meysydd i'w gwella a nodwyd gan Arolygiaeth Gofal Cymru yn ei "
        "harolygiad gwerthuso perfformiad, Mawrth 2024. / This plan responds to the areas for improvement "
        "identified by Care Inspectorate Wales in its performance evaluation inspection, March 2024. "
        "Progress at 31 December 2024.")
    doc.add_paragraph("Crynodeb / Summary").runs[0].bold = True
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text = "Statws / Status"
    s.rows[0].cells[1].text = "Nifer / Number"
    for k, n, col in [("Cwblhawyd / Complete", 3, "00B0F0"), ("Gwyrdd / Green", 1, "00B050"),
                      ("Ambr / Amber", 3, "FFC000"), ("Coch / Red", 1, "FF0000"), ("Cyfanswm / Total", 8, None)]:
        c = s.add_row().cells
        c[0].text, c[1].text = k, str(n)
        if col:
            shade(c[0], col)
    doc.add_paragraph("")
    doc.add_paragraph("Cynllun Gweithredu / Action Plan").runs[0].bold = True
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Cyf. / Ref", "Maes i'w wella / Area for improvement", "Cam gweithredu / Action",
             "Arweinydd / Lead", "Dyddiad targed / Target date", "Statws RAG / RAG status"]
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BDD7EE")
    ST = {"G": ("Gwyrdd / Green", "00B050"), "A": ("Ambr / Amber", "FFC000"),
          "R": ("Coch / Red", "FF0000"), "B": ("Cwblhawyd / Complete", "00B0F0")}
    sections = [
        ("Pobl - Llais a Rheolaeth / People - Voice and Control", [
            ["1.1", "Recording of 'what matters' conversations does not consistently show the person's own words",
             "Refresh the 'what matters' recording guidance and provide practice sessions for all adult social work teams.",
             "Head of Adult Services", "31/03/2025", "G"],
            ["1.2", "Recording of 'what matters' conversations does not consistently show the person's own words",
             "Introduce monthly case file audits that check the person's voice is recorded, with findings reported to the Quality Assurance Group.",
             "Principal Officer Safeguarding", "Monthly", "A"],
            ["1.3", "The active offer of Welsh language services is not consistently recorded",
             "Add a mandatory Welsh language active offer field to the WCCIS assessment.",
             "Systems Manager / Welsh Language Officer", "Q3 2024/25", "B"],
        ]),
        ("Atal / Prevention", [
            ["2.1", "Waiting times for occupational therapy assessment",
             "Implement a trusted assessor model with the health board for minor equipment.",
             "Service Manager (Reablement and OT)", "June 2025", "A"],
            ["2.2", "Waiting times for occupational therapy assessment",
             "Validate the OT waiting list and contact every person waiting more than 12 weeks.",
             "Service Manager (Reablement and OT)", "31/12/2024", "B"],
        ]),
        ("Llesiant / Well-being", [
            ["3.1", "Carers' needs assessments are not offered consistently",
             "Commission the third sector to deliver carers' needs assessments and report uptake quarterly.",
             "Service Manager (Commissioning)", "Sept 2024 - March 2025", "R"],
        ]),
        ("Partneriaeth ac Integreiddio / Partnerships and Integration", [
            ["4.1", "Hospital discharge arrangements with the health board",
             "Agree a joint 'discharge to recover then assess' pathway with the health board.",
             "Head of Adult Services & Assistant Director of Operations (UHB)", "April 2025", "A"],
            ["4.2", "Hospital discharge arrangements with the health board",
             "Establish a weekly joint 'long length of stay' review meeting.",
             "Hospital Social Work Team Manager", "November 2024", "B"],
        ]),
    ]
    for title, acts in sections:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = title
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E2EFDA")
        for a in acts:
            c = t.add_row().cells
            for i in range(5):
                c[i].text = a[i]
            txt, col = ST[a[5]]
            c[5].text = txt
            shade(c[5], col)
    doc.add_paragraph("")
    doc.add_paragraph("Adolygir y cynllun bob chwarter gan y Bwrdd Gwella. / The plan is reviewed quarterly by the Improvement Board.")
    doc.save(os.path.join(OUT, "d1-ciw-wales-bilingual-headers.docx"))


if __name__ == "__main__":
    make_audit()
    make_ilacs()
    make_wsoa()
    make_asp()
    make_csv()
    make_docx()
    print("ok")
