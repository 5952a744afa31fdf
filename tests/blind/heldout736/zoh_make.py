#!/usr/bin/env python3
"""Build the seven zoh- blind test files (set heldout736).

Run with: /work/main/.venv/bin/python zoh_make.py
Writes only files whose names start with "zoh-" into this script's folder.
The data below is also what the .expected.yaml readings were written from.
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.date

# ---------------------------------------------------------------------------
# 1. Transport for London - Audit and Assurance Committee actions list (docx)
# ---------------------------------------------------------------------------
TFL_FILE = "zoh-transport-for-london-audit-and-assurance-committee-actions-list.docx"
TFL_TITLE = ("Audit and Assurance Committee Actions List "
             "(to be reported to the meeting on 11 March 2025)")
TFL_SECTIONS = [
    ("Actions from the meeting held on 4 December 2024", [
        ("78/12/24",
         "Risk and Assurance Quarter 2 Report 2024/25: ",
         "a briefing on the lessons learned from the September 2024 cyber security "
         "incident to be provided to Members, covering incident response, the customer "
         "data notification process and third-party access controls.",
         "Chief Information Officer / Chief Information Security Officer",
         "March 2025",
         "Completed. An informal briefing was held for Members on 12 February 2025."),
        ("79/12/24",
         "Internal Audit Report – Taxi and Private Hire Licensing: ",
         "the results of the follow-up audit to be reported to the Committee, together "
         "with the timetable for the replacement licensing system.",
         "Director of Risk and Assurance",
         "June 2025",
         "On track. The follow-up audit is scheduled for Quarter 1 2025/26 and will be "
         "reported to the June 2025 meeting."),
        ("80/12/24",
         "Annual Governance Statement 2024/25: ",
         "the draft statement to set out the actions taken on the significant control "
         "issue relating to the governance of the Four Lines Modernisation programme.",
         "General Counsel and Chief Finance Officer",
         "May 2025",
         "Not started. Drafting of the Annual Governance Statement begins in April 2025."),
        ("81/12/24",
         "External Audit Plan 2024/25: ",
         "the proposed variation to the 2023/24 audit fee to be confirmed and reported "
         "to the Committee.",
         "Chief Finance Officer",
         "March 2025",
         "Completed. Included in the External Audit Progress Report on the agenda for "
         "this meeting."),
        ("83/12/24",
         "Use of Delegated Authority: ",
         "future reports to include a summary of Single Tender Actions above £1m "
         "approved under delegated authority, with the reasons for each.",
         "General Counsel",
         "Ongoing",
         "Completed. Included in the report on the agenda for this meeting and will "
         "continue in future reports."),
    ]),
    ("Actions from previous meetings", [
        ("52/09/24",
         "Enterprise Risk Update – Major Health, Safety and Environmental Incident (ER01): ",
         "a deep dive on the control framework for contractor safety on major projects, "
         "including the lessons from recent incidents, to be brought to the Committee.",
         "Chief Safety, Health and Environment Officer",
         "July 2025",
         "On track. Deferred to allow the findings of the independent review to be "
         "included. Target date revised from March 2025."),
        ("35/06/24",
         "Internal Audit Annual Report 2023/24: ",
         "a paper on the resourcing of the second line of defence across the Operations "
         "directorate to be brought to the Committee.",
         "Chief Operating Officer",
         "31 January 2025",
         "Completed. Paper considered at the informal Members' briefing on 28 January 2025."),
        ("36/06/24",
         "Elizabeth line close-out: ",
         "the assurance map for the Elizabeth line to be refreshed following the transfer "
         "of the remaining Crossrail Limited functions into TfL.",
         "Director of Risk and Assurance / Chief Capital Officer",
         "September 2025",
         "On track. Refresh under way; to be reported in the Quarter 2 2025/26 Risk and "
         "Assurance Report."),
    ]),
]

# ---------------------------------------------------------------------------
# 2. Govia Thameslink Railway - ORR improvement notices action plan (docx)
# ---------------------------------------------------------------------------
GTR_FILE = "zoh-govia-thameslink-railway-orr-improvement-notices-action-plan.docx"
GTR_TITLE = "Govia Thameslink Railway: ORR Improvement Notices Corrective Action Plan"
GTR_NOTICES = [
    ("Notice 1 – I/SH/16072024/01: Train dispatch at Thameslink core stations",
     "Issued: 16 July 2024    Compliance date: 31 January 2025 (extended by ORR to "
     "30 April 2025)    Provision: Regulation 3, Management of Health and Safety at "
     "Work Regulations 1999",
     [
         ("Schedule item 1: Review the assessment of the risks at the platform-train "
          "interface for trains dispatched at Farringdon, City Thameslink and London "
          "Blackfriars, taking account of platform curvature, crowding and CCTV image "
          "quality.", [
              ("1.1", "Commission an independent PTI risk assessment for each of the three "
                      "core stations using the RSSB PTI risk model.",
               "Head of Operational Standards", "30/09/2024", "", "B"),
              ("1.2", "Brief the revised risk assessments to Thameslink drivers and station "
                      "dispatch staff, with briefing records held on the competence "
                      "management system.",
               "Driver Standards Manager (Thameslink)", "31/10/2024", "15/12/2024", "B"),
          ]),
         ("Schedule item 2: Implement the control measures identified and monitor their "
          "effectiveness.", [
              ("2.1", "Upgrade the platform CCTV cameras that feed the in-cab monitors on "
                      "platforms 3 and 4 at Farringdon.",
               "Head of Stations (Thameslink); Fleet Engineering Manager",
               "31/01/2025", "30/04/2025", "A"),
              ("2.2", "Introduce a monthly dispatch monitoring check at each core station "
                      "and report the results to the Thameslink Safety Review Group.",
               "Head of Operational Standards", "31/01/2025", "", "G"),
          ]),
     ]),
    ("Notice 2 – I/JP/03102024/02: Access and egress at Selhurst depot inspection pits",
     "Issued: 3 October 2024    Compliance date: 31 March 2025 (extension to 31 May 2025 "
     "requested)    Provision: Regulation 6, Workplace (Health, Safety and Welfare) "
     "Regulations 1992",
     [
         ("Schedule item 1: Provide suitable measures to prevent persons falling into the "
          "open inspection pits on roads 4 to 7 when accessing and leaving train cabs.", [
              ("1.1", "Install retractable pit-edge barriers at the stopping marks on "
                      "roads 4 to 7.",
               "Selhurst Depot Engineering Manager", "28/02/2025", "31/05/2025", "A"),
              ("1.2", "Mark safe walking routes and cab access points, and update the depot "
                      "protection arrangements.",
               "Selhurst Depot Manager", "31/12/2024", "", "B"),
          ]),
         ("Schedule item 2: Review the training and briefing given to drivers and shunters "
          "on pit access.", [
              ("2.1", "Add pit access to the depot induction and to the annual safety brief "
                      "for Southern drivers.",
               "Head of Driver Training", "31/03/2025", "", "G"),
          ]),
     ]),
    ("Notice 3 – I/SH/09122024/01: Water hygiene at Bedford Cauldwell Walk depot",
     "Issued: 9 December 2024    Compliance date: 28 February 2025    Provision: "
     "Regulation 7, Control of Substances Hazardous to Health Regulations 2002",
     [
         ("Schedule item 1: Appoint a competent responsible person for legionella control "
          "and prepare a written scheme of control for the hot and cold water systems.", [
              ("1.1", "Appoint a responsible person and a deputy, both trained to the "
                      "standard in HSE ACOP L8.",
               "Facilities Manager (Thameslink depots)", "31/01/2025", "", "B"),
              ("1.2", "Complete a new legionella risk assessment and schematic of the water "
                      "systems and adopt a written scheme of control.",
               "Facilities Manager (Thameslink depots)", "28/02/2025", "", "R"),
          ]),
     ]),
]

# ---------------------------------------------------------------------------
# 3. Public Health Scotland - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
PHS_FILE = "zoh-public-health-scotland-arc-internal-audit-recommendations-tracker.xlsx"
PHS_TITLE = "Internal Audit Recommendations Tracker – position at 31 August 2025"
# fill colours of the RAG column (no text in the cell)
PHS_FILL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "00B0F0",
            None: None}
PHS_REPORTS = [
    ("PHS 2024/25-04 Cyber Security – NIS Compliance (Limited assurance)", [
        ("R1", "High",
         "The NIS audit improvement plan should be resourced and tracked through the "
         "Digital Delivery Board, with progress reported to the Audit and Risk Committee.", [
             ("R1.1", "Establish a NIS improvement plan with named owners for each of the 32 "
                      "open control gaps and report progress monthly to the Digital "
                      "Delivery Board.",
              "Director of Digital", D(2025, 3, 31), D(2025, 9, 30), 1, "amber",
              "Plan approved May 2025. 21 of 32 gaps closed; remaining gaps depend on the "
              "firewall replacement."),
             ("R1.2", "Report NIS progress to each Audit and Risk Committee until the "
                      "Scottish Health Competent Authority audit is closed.",
              "Head of Information Security", D(2025, 6, 30), None, 0, "blue",
              "Standing item on the ARC agenda from June 2025."),
         ]),
        ("R2", "Medium",
         "Privileged access rights should be reviewed at least quarterly and evidence of "
         "the review retained.", [
             ("R2.1", "Introduce a quarterly privileged access review for all administrator "
                      "accounts, with sign-off by the system owner.",
              "Head of Infrastructure and Cloud Services", D(2025, 4, 30), D(2025, 7, 31),
              1, "red",
              "First review carried out in June 2025; sign-off outstanding for two systems."),
         ]),
    ]),
    ("PHS 2024/25-07 Payroll and Expenses (Reasonable assurance)", [
        ("R1", "Medium",
         "Expense claims should be approved only by the budget holder or a nominated "
         "deputy on the authorised signatory list.", [
             ("R1.1", "Update the authorised signatory list and load it into the expenses "
                      "system so that claims route only to approved managers.",
              "Head of Finance", D(2025, 5, 31), None, 0, "blue",
              "Signatory list updated 14 May 2025."),
             ("R1.2", "Issue a reminder to all budget holders on their responsibilities for "
                      "approving expenses.",
              "Head of Finance / Head of People Services", D(2025, 6, 30), None, 0, "blue",
              "Reminder issued in the staff bulletin on 2 June 2025."),
         ]),
        ("R2", "Low",
         "Payroll exception reports should be reviewed and the review evidenced each "
         "month.", [
             ("R2.1", "Evidence the monthly review of payroll exception reports, with the "
                      "signed report retained on file.",
              "Payroll Services Manager", D(2025, 3, 31), D(2025, 10, 31), 1, "amber",
              "Process agreed with the payroll shared service; first evidenced review due "
              "for September payroll."),
         ]),
    ]),
    ("PHS 2025/26-01 Business Continuity Planning (Reasonable assurance)", [
        ("R1", "Medium",
         "Business impact analyses should be refreshed for all critical services and "
         "aligned to the corporate risk register.", [
             ("R1.1", "Refresh the business impact analyses for the 11 critical services "
                      "named in the Business Continuity Policy.",
              "Resilience Manager", D(2025, 12, 31), None, 0, "green",
              "Workshops scheduled September to November 2025."),
             ("R1.2", "Run a scenario exercise to test the revised plans and report the "
                      "lessons learned to the Executive Management Team.",
              "Resilience Manager; Director of Strategy, Governance and Performance",
              D(2026, 3, 31), None, 0, "green",
              "Exercise planned for February 2026."),
         ]),
        ("R2", "Low",
         "The Business Continuity Policy should be reviewed and approved by the Executive "
         "Management Team.", [
             ("R2.1", "Submit the revised Business Continuity Policy to the Executive "
                      "Management Team for approval.",
              "Resilience Manager", D(2025, 11, 30), None, 0, None,
              "Not yet started."),
         ]),
    ]),
]

# ---------------------------------------------------------------------------
# 4. Victim Support - strategic risk register (xlsx, refuse: 0ct-25)
# ---------------------------------------------------------------------------
VS_FILE = "zoh-victim-support-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
VS_TYPO = "0ct-25"
VS_RISKS = [
    ("Funding and sustainability", [
        ("SR1",
         "Loss of PCC-commissioned contracts at recommissioning, caused by price-led "
         "tendering and local in-sourcing, leading to loss of income, redundancies and "
         "gaps in services for victims.",
         "Chief Executive", 4, 5,
         "Contract pipeline reviewed monthly by ELT; bid quality reviews; PCC relationship "
         "plans for each region.",
         3, 5, "↑", [
             ("Develop the bid pipeline for the 2026 recommissioning round with go/no-go "
              "reviews at ELT.", "Director of Business Development", D(2025, 12, 31),
              "Amber"),
             ("Model the financial impact of losing the two largest contracts and agree "
              "contingency measures with the Finance Committee.", "Chief Financial Officer",
              VS_TYPO, "Amber"),
         ]),
    ]),
    ("Quality and safeguarding", [
        ("SR2",
         "Failure to identify and respond to a safeguarding concern, caused by inconsistent "
         "practice across services, leading to harm to a service user and regulatory and "
         "reputational damage.",
         "Director of Operations", 3, 5,
         "Safeguarding policy and leads in every region; mandatory training; monthly case "
         "audits.",
         2, 5, "→", [
             ("Complete the independent safeguarding case file audit and report findings to "
              "the Quality and Safeguarding Committee.", "Head of Safeguarding",
              D(2026, 3, 31), "Green"),
             ("Roll out the refreshed Level 2 safeguarding training to all volunteers.",
              "Head of Safeguarding; Head of Volunteering", D(2025, 9, 30), "Complete"),
         ]),
    ]),
    ("Information and technology", [
        ("SR3",
         "A cyber attack or data breach involving victims' personal data, caused by "
         "phishing or weaknesses in third-party systems, leading to harm to victims, ICO "
         "action and loss of trust.",
         "Chief Operating Officer", 4, 5,
         "Cyber Essentials Plus; multi-factor authentication; data protection training; "
         "supplier security questionnaires.",
         3, 4, "→", [
             ("Achieve Cyber Essentials Plus recertification.", "Head of IT",
              D(2025, 11, 30), "Green"),
             ("Run quarterly phishing simulations for all staff and volunteers.",
              "Head of IT", D(2026, 1, 31), "Green"),
         ]),
    ]),
    ("People", [
        ("SR4",
         "Insufficient volunteers to meet demand, caused by falling volunteer retention, "
         "leading to longer waits for support.",
         "Director of People", 3, 3,
         "Volunteer strategy; regional volunteer coordinators; exit surveys.",
         3, 3, "↓", [
             ("Launch the volunteer recognition and retention programme.",
              "Head of Volunteering", D(2026, 2, 28), "Red"),
         ]),
    ]),
]

# ---------------------------------------------------------------------------
# 5. Bridgwater Town Council - governance action plan, monday.com export (xlsx)
# ---------------------------------------------------------------------------
BTC_FILE = "zoh-bridgwater-town-council-governance-action-plan-monday-export.xlsx"
BTC_TITLE = "Bridgwater TC – Governance Action Plan 2025-26"
BTC_HEAD = ["Name", "Person", "RAG", "Timeline", "Source", "Update"]
BTC_GROUPS = [
    ("Standing Orders & Governance", [
        ("Adopt the updated NALC Model Standing Orders and review committee terms of "
         "reference", "Karen Hollis", "Complete", "2025-05-01 - 2025-07-22",
         "Internal audit 2024/25", "Adopted at Full Council 22 July 2025"),
        ("Carry out the annual review of the effectiveness of the system of internal "
         "control and minute it before the AGAR is approved", "Karen Hollis, Daniel Price",
         "Green", "2026-03-01 - 2026-05-31", "Internal audit 2024/25",
         "Scheduled for F&GP Committee March 2026"),
        ("Publish a register of decisions taken by the Town Clerk under delegated powers",
         "Karen Hollis", "Amber", "2025-07-01 - 2025-10-31", "Governance review",
         "Template drafted; awaiting advice from SALC on scope"),
    ]),
    ("Finance & Internal Control", [
        ("Reconcile the earmarked reserves schedule to the nominal ledger each quarter and "
         "report it to F&GP", "Daniel Price", "Green", "2025-06-01 - 2026-03-31",
         "Internal audit 2024/25", "Q1 reconciliation reported September 2025"),
        ("Introduce dual authorisation for all online banking payments", "Daniel Price",
         "Complete", "2025-04-14 - 2025-06-30", "Internal audit 2024/25",
         "Bank mandate updated June 2025"),
        ("Update the asset register for the play equipment and street furniture "
         "transferred from Somerset Council", "Daniel Price, Tom Walsh", "Red",
         "2025-05-01 - 2025-08-29", "External auditor 2023/24",
         "Valuations still awaited from Somerset Council"),
    ]),
    ("Transparency & Website", [
        ("Publish all items of expenditure over £500 and the AGAR documents on the "
         "website", "Sophie Grant", "Green", "2025-06-01 - 2026-06-30",
         "Internal audit 2024/25", "Monthly uploads in place"),
        ("Audit the website against WCAG 2.2 AA and publish an accessibility statement",
         "Sophie Grant", "", "", "Internal audit 2024/25", ""),
    ]),
    ("Risk Management", [
        ("Review the risk register and present it to Full Council with the insurance "
         "renewal", "Karen Hollis", "Amber", "2025-09-01 - 2025-11-25",
         "Governance review", "Insurance renewal quotes awaited"),
    ]),
]

# ---------------------------------------------------------------------------
# 6. NCVO - board of trustees action log, SharePoint list export (csv)
# ---------------------------------------------------------------------------
NCVO_FILE = "zoh-ncvo-board-of-trustees-action-log-sharepoint-export.csv"
NCVO_HEAD = ["Title", "Action", "Meeting", "Owner", "Due date", "RAG status",
             "Progress update", "Modified", "Item Type", "Path"]
NCVO_ROWS = [
    ("BAL-2025-009", "Add cyber security as a standing item on the Finance and Audit "
     "Committee agenda.", "Board of Trustees 10/07/2025", "Tom Ellery", "", "Complete",
     "Added from the September 2025 meeting.", "16/09/2025 11:02"),
    ("BAL-2025-011", "Bring a revised proposal for the membership fee review, including "
     "consultation with small members.", "Board of Trustees 10/07/2025", "Sarah Collins",
     "30/09/2025", "Red", "Consultation launch delayed; revised proposal to the December "
     "board.", "02/10/2025 16:40"),
    ("BAL-2025-012", "Publish the 2024/25 trustees' annual report and accounts on the "
     "website once filed with the Charity Commission.", "Board of Trustees 10/07/2025",
     "Priya Nair", "31/01/2026", "", "", "10/07/2025 15:21"),
    ("BAL-2025-014", "Circulate the revised reserves policy to trustees for comment ahead "
     "of the December meeting.", "Board of Trustees 24/09/2025", "Priya Nair",
     "31/10/2025", "Complete", "Circulated 20 October 2025.", "21/10/2025 09:14"),
    ("BAL-2025-015", "Commission an external board effectiveness review in line with the "
     "Charity Governance Code.\nThe review to include a trustee skills audit and the "
     "terms of reference of each committee.", "Board of Trustees 24/09/2025",
     "Tom Ellery;Grace Adeyemi", "31/03/2026", "Green",
     "Three providers invited to quote; appointment due November.", "03/11/2025 10:05"),
    ("BAL-2025-016", "Bring a paper on the pension deficit recovery plan following the "
     "triennial valuation.", "Board of Trustees 24/09/2025", "Priya Nair", "10/12/2025",
     "Amber", "Valuation results delayed by the scheme actuary; paper may move to March "
     "2026.", "03/11/2025 10:07"),
    ("BAL-2025-017", "Update the safeguarding policy to reflect the Charity Commission's "
     "revised guidance and present the annual safeguarding report.",
     "Board of Trustees 24/09/2025", "Grace Adeyemi", "10/12/2025", "Green",
     "Draft policy with the Safeguarding Lead trustee.", "28/10/2025 14:33"),
]

# ---------------------------------------------------------------------------
# 7. Newry, Mourne and Down DC - regeneration programme highlight report (txt)
# ---------------------------------------------------------------------------
NMD_FILE = ("zoh-newry-mourne-and-down-dc-newry-city-centre-regeneration-"
            "programme-highlight-report.txt")
NMD_TITLE = "Programme Highlight Report: Newry City Centre Regeneration Programme"
NMD_WORKSTREAMS = [
    ("Workstream 1: Civic and Cultural Centre", [
        ("1.1", "Complete RIBA Stage 3 design and cost plan review with the Integrated "
                "Consultant Team", "Programme Manager", "Dec-25", "A", "C"),
        ("1.2", "Submit the full planning application for the Civic and Cultural Centre",
         "Head of Regeneration", "Feb-26", "A", "A"),
        ("1.3", "Agree the Full Business Case funding profile with the Department for "
                "Communities and Belfast Region City Deal partners",
         "Director of Economy, Regeneration and Tourism / Head of Finance", "Q1 2026/27",
         "G", "A"),
    ]),
    ("Workstream 2: Albert Basin and Public Realm", [
        ("2.1", "Appoint a contractor for the Albert Basin quayside public realm works "
                "(Phase 1)", "Capital Projects Manager", "Mar-26", "G", "G"),
        ("2.2", "Complete the flood risk assessment and the Schedule 6 consent application "
                "to DfI Rivers for the quay wall works",
         "Capital Projects Manager; Estates Manager", "Jan-26", "G", "R"),
    ]),
    ("Workstream 3: Linkages and Town Centre Living", [
        ("3.1", "Deliver the Hill Street and Monaghan Street shopfront improvement scheme "
                "(24 properties)", "Town Centre Manager", "Jun-26", "G", "G"),
        ("3.2", "Complete the feasibility study for town centre living on the Abbey Way "
                "car park site", "Head of Regeneration", "TBC", "A", "R"),
        ("3.3", "Launch the meanwhile use grant scheme for vacant units",
         "Town Centre Manager", "Oct-25", "G", "C"),
    ]),
]


# ===========================================================================
# builders
# ===========================================================================
def _docx_shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _docx_cell(cell, text, bold=False, size=None):
    from docx.shared import Pt
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def build_tfl():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Audit and Assurance Committee")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Date: 11 March 2025")
    doc.add_paragraph("Item: Actions List")
    p = doc.add_paragraph()
    p.add_run("This paper will be considered in public").italic = True
    doc.add_paragraph().add_run("1 Summary").bold = True
    doc.add_paragraph("1.1 This paper informs the Committee of progress against actions "
                      "agreed at previous meetings of the Committee.")
    doc.add_paragraph().add_run("2 Recommendation").bold = True
    doc.add_paragraph("2.1 The Committee is asked to note the updated Actions List.")
    doc.add_paragraph().add_run("List of appendices to this report:").bold = True
    doc.add_paragraph("Appendix 1: Actions List")
    doc.add_paragraph().add_run("List of Background Papers:").bold = True
    doc.add_paragraph("Minutes of previous meetings of the Committee")
    doc.add_paragraph("Contact Officer: General Counsel")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    p.add_run("Appendix 1").bold = True
    p = doc.add_paragraph()
    r = p.add_run(TFL_TITLE)
    r.bold = True
    r.font.size = Pt(13)
    head = ["Minute No.", "Item/Description", "Action By", "Target Date", "Status/Note"]
    for heading, rows in TFL_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            _docx_cell(t.rows[0].cells[i], h, bold=True, size=10)
            _docx_shade(t.rows[0].cells[i], "D9D9D9")
        for minute, item, desc, by, target, note in rows:
            cells = t.add_row().cells
            _docx_cell(cells[0], minute, size=10)
            cells[1].text = ""
            pp = cells[1].paragraphs[0]
            rr = pp.add_run(item)
            rr.bold = True
            rr.font.size = Pt(10)
            rr = pp.add_run(desc)
            rr.font.size = Pt(10)
            _docx_cell(cells[2], by, size=10)
            _docx_cell(cells[3], target, size=10)
            _docx_cell(cells[4], note, size=10)
        doc.add_paragraph()
    doc.save(os.path.join(HERE, TFL_FILE))


GTR_RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def build_gtr():
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(GTR_TITLE, level=0)
    doc.add_paragraph("Safety, Health and Environment Directorate – OFFICIAL")
    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=5)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by", "Changes"]):
        _docx_cell(dc.rows[0].cells[i], h, bold=True)
    for row in [
        ("0.3", "14/10/2024", "Head of Safety Assurance", "SHE Director",
         "Draft for ORR inspector"),
        ("1.0", "06/01/2025", "Head of Safety Assurance", "Executive Safety Review Group",
         "Notice 3 added"),
        ("1.2", "03/03/2025", "Head of Safety Assurance", "Executive Safety Review Group",
         "Revised dates agreed with ORR"),
    ]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            _docx_cell(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning in [
        ("B", "Complete – evidence submitted to ORR"),
        ("G", "On track to meet the compliance date"),
        ("A", "At risk – revised date agreed or under discussion with ORR"),
        ("R", "Will miss the date – escalated to the Executive Safety Review Group"),
    ]:
        cells = key.add_row().cells
        _docx_cell(cells[0], letter, bold=True)
        _docx_shade(cells[0], GTR_RAG_FILL[letter])
        _docx_cell(cells[1], meaning)
    head = ["Ref", "Action", "Owner", "Original date", "Revised date", "RAG"]
    for heading, details, items in GTR_NOTICES:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(details)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            _docx_cell(t.rows[0].cells[i], h, bold=True)
            _docx_shade(t.rows[0].cells[i], "1F3864")
        for sched, acts in items:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            _docx_cell(merged, sched, bold=True)
            _docx_shade(merged, "DEEAF6")
            for ref, action, owner, orig, rev, rag in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, action, owner, orig, rev, rag]):
                    _docx_cell(cells[i], v, bold=(i == 5))
                _docx_shade(cells[5], GTR_RAG_FILL[rag])
        doc.add_paragraph()
    doc.add_paragraph("Evidence for each action is held on the SHE SharePoint site and is "
                      "shared with the ORR inspector before the notice is closed.")
    doc.save(os.path.join(HERE, GTR_FILE))


def build_phs():
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Public Health Scotland"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 24 September 2025"
    ws["A3"] = PHS_TITLE
    ws["A3"].font = Font(bold=True)
    hdr = ["Grade", "Open at last ARC", "New", "Closed", "Open now", "Past target date"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = box
    for r, row in enumerate([("High", 2, 0, 1, 1, 0), ("Medium", 3, 2, 2, 3, 1),
                             ("Low", 1, 1, 0, 2, 0), ("Total", 6, 3, 3, 6, 1)], 6):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A11"] = "Closed actions are shown once in the tracker and removed at the next ARC."
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    heads = ["Ref", "Grade", "Recommendation / agreed management action", "Action owner",
             "Original target date", "Revised target date", "No. of extensions", "RAG",
             "Management update (August 2025)"]
    ws.merge_cells("A1:I1")
    ws["A1"] = PHS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="3F3685")
        c.alignment = wrap
        c.border = box
    r = 4
    for report, recs in PHS_REPORTS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=report)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        r += 1
        for rref, grade, rtext, acts in recs:
            ws.cell(row=r, column=1, value=rref).font = Font(italic=True)
            ws.cell(row=r, column=2, value=grade).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            c = ws.cell(row=r, column=3, value=rtext)
            c.font = Font(italic=True)
            c.alignment = wrap
            ws.row_dimensions[r].height = 30
            r += 1
            for aref, text, owner, orig, rev, ext, rag, upd in acts:
                vals = [aref, None, text, owner, orig, rev, ext, None, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                if PHS_FILL[rag]:
                    ws.cell(row=r, column=8).fill = PatternFill("solid",
                                                                fgColor=PHS_FILL[rag])
                r += 1
    for col, w in zip("ABCDEFGHI", [8, 9, 60, 30, 13, 13, 11, 7, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (fill, meaning) in enumerate([
        ("00B050", "Green – on track to meet the original target date"),
        ("FFC000", "Amber – revised target date agreed and on track to meet it"),
        ("FF0000", "Red – past the target date"),
        ("00B0F0", "Blue – complete, evidence provided to Internal Audit"),
        (None, "No colour – not yet started"),
    ], 2):
        if fill:
            ws.cell(row=i, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=i, column=2, value=meaning)
    ws["A9"] = "Grading"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = "High"
    ws["B10"] = "Significant weakness in the control framework; immediate action required."
    ws["A11"] = "Medium"
    ws["B11"] = "Weakness that should be addressed within six months."
    ws["A12"] = "Low"
    ws["B12"] = "Improvement to good practice."
    ws.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, PHS_FILE))


VS_RAG_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
               "Complete": "8EA9DB"}


def build_vs():
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Cover"
    ws["B2"] = "Victim Support"
    ws["B2"].font = Font(bold=True, size=16, color="5B2C6F")
    ws["B3"] = "Strategic Risk Register 2025-26"
    ws["B3"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate([
        ("Version", "3.1"),
        ("Owner", "Executive Leadership Team"),
        ("Reviewed by", "Audit and Risk Committee, 17 September 2025"),
        ("Next review", "Board of Trustees, December 2025"),
        ("Classification", "Confidential – trustees and ELT only"),
    ], 5):
        ws.cell(row=i, column=2, value=k).font = Font(bold=True)
        ws.cell(row=i, column=3, value=v)
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Register")
    heads = ["Risk ID", "Risk description (cause / event / consequence)", "Risk owner",
             "Inherent L", "Inherent I", "Inherent score", "Key controls in place",
             "Residual L", "Residual I", "Residual score", "Direction of travel",
             "Further actions required", "Action owner", "Target date", "Action status"]
    ws.merge_cells("A1:O1")
    ws["A1"] = "Victim Support – Strategic Risk Register 2025-26 (v3.1, September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="5B2C6F")
        c.alignment = wrap
        c.border = box
    r = 4
    typo_row = None
    for cat, risks in VS_RISKS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        c = ws.cell(row=r, column=1, value=cat)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E4DFEC")
        r += 1
        for rid, desc, owner, il, ii, ctrl, rl, ri, dot, acts in risks:
            first = r
            base = [rid, desc, owner, il, ii, il * ii, ctrl, rl, ri, rl * ri, dot]
            for i, v in enumerate(base, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = wrap
                c.border = box
            for text, aowner, target, status in acts:
                for i, v in enumerate([text, aowner, target, status], 12):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.date):
                        c.number_format = "mmm-yy"
                if target == VS_TYPO:
                    typo_row = r
                ws.cell(row=r, column=15).fill = PatternFill("solid",
                                                             fgColor=VS_RAG_FILL[status])
                r += 1
            if r - first > 1:
                for col in range(1, 12):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                   end_column=col)
    for col, w in zip("ABCDEFGHIJKLMNO",
                      [8, 45, 18, 9, 9, 9, 40, 9, 9, 9, 10, 45, 24, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.cell(row=r + 1, column=1,
            value="Scores: likelihood (L) x impact (I), each 1-5. See 'Scoring matrix'.")

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Impact / Likelihood"
    for j in range(1, 6):
        ws.cell(row=1, column=j + 1, value=j)
        ws.cell(row=j + 1, column=1, value=6 - j)
        for k in range(1, 6):
            ws.cell(row=j + 1, column=k + 1, value=(6 - j) * k)
    ws["A8"] = "1-6 Low; 8-12 Medium; 15-25 High"
    wb.save(os.path.join(HERE, VS_FILE))
    return typo_row


def build_btc():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Governance Action Plan 2025-26"
    ws["A1"] = BTC_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    group_colours = ["579BFC", "A25DDC", "FDAB3D", "00C875"]
    label_fill = {"Complete": "0086C0", "Green": "00C875", "Amber": "FDAB3D",
                  "Red": "E2445C", "": "C4C4C4"}
    r = 3
    for gi, (group, items) in enumerate(BTC_GROUPS):
        c = ws.cell(row=r, column=1, value=group)
        c.font = Font(bold=True, size=13, color=group_colours[gi])
        r += 1
        for i, h in enumerate(BTC_HEAD, 1):
            ws.cell(row=r, column=i, value=h).font = Font(bold=True)
        r += 1
        for item in items:
            for i, v in enumerate(item, 1):
                ws.cell(row=r, column=i, value=v if v != "" else None)
            ws.cell(row=r, column=3).fill = PatternFill("solid", fgColor=label_fill[item[2]])
            r += 1
        r += 1
    for col, w in zip("ABCDEF", [70, 26, 11, 24, 24, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BTC_FILE))


def build_ncvo():
    import csv
    path = os.path.join(HERE, NCVO_FILE)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(NCVO_HEAD)
        for row in NCVO_ROWS:
            w.writerow(list(row) + ["Item", "sites/Governance/Lists/Board Action Log"])
    return path


def nmd_lines():
    L = []
    a = L.append
    a("Newry, Mourne and Down District Council")
    a(NMD_TITLE)
    a("Report No. 11")
    a("")
    a("Report to: Regeneration Programme Board")
    a("Meeting date: 20 January 2026")
    a("Reporting period: 1 October 2025 to 31 December 2025")
    a("Senior Responsible Owner: Director of Economy, Regeneration and Tourism")
    a("Programme Manager: Ciarán Mulholland")
    a("Version: 1.0 (final)")
    a("")
    a("1. STATUS SUMMARY")
    a("Dimension\tLast period\tThis period\tCommentary")
    a("Overall\tA\tA\tCivic and Cultural Centre design complete; planning submission and "
      "funding profile are the critical path items.")
    a("Time\tA\tR\tQuay wall consent now expected January 2026, two months later than "
      "planned.")
    a("Cost\tA\tA\tStage 3 cost plan within the approved envelope but with reduced "
      "contingency.")
    a("Scope\tG\tG\tNo change.")
    a("Benefits\tG\tG\tBenefits realisation plan approved October 2025.")
    a("")
    a("2. KEY ACHIEVEMENTS THIS PERIOD")
    a("- Outline Business Case for the Civic and Cultural Centre approved by the "
      "Department for Communities (November 2025).")
    a("- RIBA Stage 3 report signed off by the Programme Board (December 2025).")
    a("- Meanwhile use grant scheme opened; 9 applications received.")
    a("")
    a("3. ACTIONS AND MILESTONES")
    a("RAG key: R = off track, Board intervention needed; A = at risk, being managed; "
      "G = on track; C = complete")
    a("Ref\tAction / milestone\tLead\tDue\tPrevious RAG\tCurrent RAG")
    for ws_name, acts in NMD_WORKSTREAMS:
        a(ws_name)
        for ref, text, lead, due, prev, cur in acts:
            a("\t".join([ref, text, lead, due, prev, cur]))
    a("")
    a("4. KEY RISKS AND ISSUES")
    a("- Construction cost inflation may erode the remaining contingency (risk R03, high).")
    a("- Delay to the Schedule 6 consent could push the quay wall works into the 2026 "
      "bird nesting season (issue I07).")
    a("")
    a("5. DECISIONS REQUIRED FROM THE BOARD")
    a("- Note the report.")
    a("- Approve the request to DfC to reprofile £1.2m of 2025/26 funding into 2026/27.")
    a("")
    a("Next report: Programme Board, 17 March 2026")
    return L


def build_nmd():
    path = os.path.join(HERE, NMD_FILE)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(nmd_lines()) + "\n")


def main():
    build_tfl()
    build_gtr()
    build_phs()
    row = build_vs()
    build_btc()
    build_ncvo()
    build_nmd()
    print("Victim Support typo month on sheet 'Register' row", row)


if __name__ == "__main__":
    main()
