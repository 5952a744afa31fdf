"""Build the seven fs2- blind test files (set heldout209).

Run with /work/main/.venv/bin/python fs2_make.py  (needs openpyxl and python-docx).
Writes the data files next to this script. The .expected.yaml files are written
separately and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Southwark Council - ASC CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
SOUTHWARK_TITLE = "Southwark Council – Adult Social Care Improvement Plan 2025–2027"
SOUTHWARK = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments, with around 700 people waiting for an assessment at the time of CQC’s visit.", [
            ("1.1", "Introduce a single waiting list triage tool so that everyone waiting is risk-rated and contacted at least every four weeks.",
             "Assistant Director, Assessment and Care Management", "September 2025", "Green",
             "Triage tool live in both locality teams from 2 June. 512 people now risk-rated; contact audit due in August."),
            ("1.2", "Commission additional assessment capacity from an external provider to clear the backlog of reviews older than 12 months.",
             "Head of Operations (Older People) / Head of Operations (Working Age Adults)", "31/03/2026", "Amber",
             "Procurement delayed by one month; contract award now expected August 2025."),
        ]),
        ("Unpaid carers told CQC they did not always know about their right to a carer’s assessment or what support was available.", [
            ("1.3", "Co-produce a new carers’ offer with Southwark Carers and relaunch carers’ assessments, including an online self-assessment option.",
             "Head of Commissioning; Carers Lead", "Q3 2025/26", "Not started",
             "Scheduled to start in September 2025 once the Carers Strategy refresh is agreed."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("The council’s understanding of local care market capacity, particularly for people with complex needs and for nursing care, was limited.", [
            ("2.1", "Publish a refreshed Market Position Statement with a needs analysis for nursing and dementia care.\nShare it with providers at the autumn provider forum.",
             "Director of Integrated Commissioning", "October 2025", "Green",
             "Needs analysis drafted with Public Health; provider engagement sessions booked."),
            ("2.2", "Agree a joint brokerage protocol with the South East London ICB for hospital discharges into nursing care.",
             "Head of Brokerage", "30/09/2025", "Complete",
             "Protocol signed off at the Partnership Southwark Executive on 19 June 2025."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way and the quality of safeguarding records varied between teams.", [
            ("3.1", "Introduce a monthly safeguarding audit programme led by the Principal Social Worker, with findings reported to the Safeguarding Adults Board.",
             "Principal Social Worker", "Ongoing", "Green",
             "Three audit cycles completed (April–June). Learning summary shared at practice week."),
        ]),
        ("Transitions for young people moving from children’s to adult services were not always well planned or started early enough.", [
            ("3.2", "Set up a joint Preparing for Adulthood panel with Children’s Services to review every young person with likely care needs from age 16.",
             "Head of Service, Preparing for Adulthood", "January 2026", "Amber",
             "Terms of reference agreed; data-sharing agreement still with Information Governance."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information was not used consistently by managers to understand and drive improvement.", [
            ("4.1", "Launch an Adult Social Care performance dashboard for managers, with monthly performance clinics chaired by the Director.",
             "Head of Performance and Business Intelligence", "Dec-25", "Red",
             "Dashboard build paused while the case management system upgrade is completed. Escalated to Improvement Board."),
            ("4.2", "Train all team managers in using the dashboard and in the refreshed quality assurance framework.",
             "ASC Workforce Development Manager", "March 2026", "Not started", ""),
        ]),
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def build_southwark():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(SOUTHWARK_TITLE, 0)
    doc.add_paragraph("Our response to the Care Quality Commission (CQC) local authority assessment")
    doc.add_paragraph("Progress update: position at 30 June 2025. Reported to the Health and Wellbeing Board, 17 July 2025.")

    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Plan owner", "Strategic Director of Children’s and Adults’ Services"),
                 ("Author", "ASC Improvement and Assurance Lead"),
                 ("Date", "30 June 2025"),
                 ("Approved by", "ASC Improvement Board")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v

    doc.add_heading("How to read this plan", 2)
    doc.add_paragraph(
        "CQC published its assessment of Southwark on 14 February 2025 and rated the council "
        "Requires improvement. The plan is set out under the four CQC themes. Each area for "
        "improvement is shown as CQC described it, with our actions beside it.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Status", "Meaning"
    bold_row(t.rows[0])
    for k, v, f in [("Complete", "Action delivered and evidenced", BLUE),
                    ("Green", "On track", GREEN),
                    ("Amber", "Some slippage – recovery in hand", AMBER),
                    ("Red", "Off track – escalated to the Improvement Board", RED),
                    ("Not started", "Not yet due to start", None)]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        if f:
            shade(r[0], f)

    fills = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for theme, afis in SOUTHWARK:
        doc.add_heading(theme, 1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "What CQC told us", "What we will do", "Lead",
                                          "By when", "Status", "Update (June 2025)"]):
            c.text = h
        bold_row(t.rows[0])
        for afi, acts in afis:
            first = None
            for ref, action, lead, end, status, update in acts:
                r = t.add_row().cells
                r[0].text = ref
                r[2].text = action
                r[3].text = lead
                r[4].text = end
                r[5].text = status
                r[6].text = update
                if status in fills:
                    shade(r[5], fills[status])
                if first is None:
                    first = r[1]
                    r[1].text = afi
                else:
                    first = first.merge(r[1])
            first.text = afi
    doc.add_heading("Glossary", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("CQC", "Care Quality Commission"), ("ICB", "Integrated Care Board"),
                 ("PSW", "Principal Social Worker")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_paragraph("Next progress report: Health and Wellbeing Board, October 2025.")
    doc.save(os.path.join(HERE, "fs2-southwark-council-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 2. Newport City Council - CIW adult services PEI action plan (docx)
#    one table per area for improvement, RAG as cell fill only
# ---------------------------------------------------------------------------
NEWPORT_TITLE = "Adult Services Performance Evaluation Inspection – Action Plan"
NEWPORT = [
    ("1. People – voice and control", [
        ("1.1 The local authority should ensure people are consistently offered the opportunity to communicate in Welsh (the ‘Active Offer’) when they first contact adult services.", [
            ("Add a mandatory Active Offer prompt to the first contact screen on WCCIS and monitor completion monthly.",
             "Team Manager, First Contact", "May 2025", BLUE),
            ("Deliver Welsh language awareness training to all First Contact and Community Connector staff.",
             "Workforce Development Manager", "Sept 2025", GREEN),
        ]),
        ("1.2 The local authority should improve how it records what matters to people and the personal outcomes agreed with them.", [
            ("Revise the ‘What Matters’ assessment template and guidance with practitioners and people with lived experience.",
             "Principal Social Worker (Adults)", "31/07/2025", AMBER),
            ("Carry out a case file audit of outcome-focused recording and report themes to the Adult Services Quality Assurance Group.",
             "Service Manager – Quality Assurance", "Quarterly from June 2025", GREEN),
        ]),
    ]),
    ("2. Prevention", [
        ("2.1 The local authority should reduce waiting times for occupational therapy assessments.", [
            ("Introduce a trusted assessor model for minor adaptations with Newport City Homes and Care & Repair.",
             "Head of Adult Services / Occupational Therapy Lead", "Dec 2025", GREEN),
            ("Recruit two additional occupational therapists funded through the Regional Integration Fund.",
             "Occupational Therapy Lead", "Oct-25", RED),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("3.1 The local authority and Aneurin Bevan University Health Board should strengthen joint arrangements to reduce delays in hospital discharge.", [
            ("Review the Discharge to Recover then Assess (D2RA) pathways with the Health Board and agree a joint escalation protocol.",
             "Head of Adult Services; Divisional Director for Primary Care and Community Services, ABUHB", "March 2026", None),
        ]),
    ]),
    ("4. Well-being", [
        ("4.1 The local authority should ensure carers’ needs assessments are offered and completed in a timely way.", [
            ("Establish a dedicated carers’ assessment worker within the Community Connectors team.",
             "Prevention and Inclusion Manager", "Ongoing", GREEN),
        ]),
    ]),
]


def build_newport():
    doc = Document()
    s = doc.sections[0]
    s.header.paragraphs[0].text = "Newport City Council | Cyngor Dinas Casnewydd – Social Services"
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(NEWPORT_TITLE, 0)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of adult "
        "services in Newport in November 2024 and published its findings on 11 February 2025. "
        "This plan sets out how we will respond to the areas for improvement identified, under "
        "the four principles of the Social Services and Well-being (Wales) Act 2014.")
    doc.add_paragraph("Progress is reviewed monthly by the Adult Services Senior Management Team and "
                      "reported to the Social Services Scrutiny Committee every six months.")
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (lab, f) in zip(t.rows[0].cells, [("Complete", BLUE), ("On track", GREEN),
                                              ("Some risk to delivery", AMBER), ("Off track", RED)]):
        c.text = lab
        shade(c, f)
    for principle, afis in NEWPORT:
        doc.add_heading(principle, 1)
        for afi, acts in afis:
            p = doc.add_paragraph()
            p.add_run(afi).bold = True
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Action", "Responsible officer", "Target date", "RAG"]):
                c.text = h
            bold_row(t.rows[0])
            for action, lead, end, fill in acts:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text = action, lead, end
                if fill:
                    shade(r[3], fill)
            doc.add_paragraph()
    doc.add_heading("Sign-off", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Approved by", "Strategic Director – Social Services"),
                 ("Date approved", "20 March 2025"),
                 ("Last updated", "30 September 2025")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    doc.save(os.path.join(HERE, "fs2-newport-city-council-ciw-adult-services-performance-evaluation-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Fenland District Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
FENLAND_TITLE = "Fenland District Council - Internal Audit Follow-up of Agreed Actions"
FENLAND_HEADER = ["Audit", "Audit Year", "Assurance Level", "Rec Ref", "Priority", "Recommendation",
                  "Agreed Action", "Action Owner", "Original Due Date", "Revised Due Date", "Status",
                  "RAG", "Latest Update"]
FENLAND = [
    ["Procurement and Contract Management", "2024/25", "Limited", "PCM-01", "High",
     "The Contracts Register should be reviewed and updated monthly and published in line with the Local Government Transparency Code.",
     "Procurement team to carry out a full reconciliation of the Contracts Register against creditor payments and publish the updated register on the website.",
     "Procurement Manager", "31/03/2025", "30/09/2025", "In progress", "A",
     "Reconciliation 80% complete. Publication delayed by website migration."],
    ["Procurement and Contract Management", "2024/25", "Limited", "PCM-02", "Medium",
     "Waivers of Contract Procedure Rules should be recorded centrally and reported to the Corporate Management Team.",
     "Create a central waiver log on SharePoint and report waivers quarterly to CMT.",
     "Procurement Manager / Head of Legal Services", "30/06/2025", "", "Implemented", "B",
     "Waiver log in use since April 2025; first quarterly report to CMT on 3 July 2025."],
    ["Cyber Security", "2024/25", "Reasonable", "CS-01", "High",
     "Multi-factor authentication should be enforced for all remote access accounts, including third-party supplier accounts.",
     "1) Enforce MFA on all supplier VPN accounts.\n2) Remove dormant supplier accounts and introduce a six-monthly access review.",
     "ICT Manager", "31/05/2025", "31/10/2025", "In progress", "G",
     "Part 1 complete. Dormant accounts identified; removal scheduled for October."],
    ["Cyber Security", "2024/25", "Reasonable", "CS-02", "Medium",
     "The ICT Disaster Recovery Plan should be tested at least annually.",
     "Carry out a desktop test of the ICT Disaster Recovery Plan with the Emergency Planning team and record the lessons learned.",
     "ICT Manager; Emergency Planning Officer", "31/12/2025", "", "Not yet due", "",
     ""],
    ["Council Tax Single Person Discount", "2024/25", "Reasonable", "CTSPD-01", "Medium",
     "A periodic review of single person discounts should be undertaken using data matching.",
     "Commission an annual data-matching review of single person discounts through the Cambridgeshire fraud hub.",
     "Revenues and Benefits Manager", "31/03/2025", "", "Implemented", "B",
     "Review completed February 2025; 212 discounts removed."],
    ["Health and Safety - Depot Operations", "2023/24", "Limited", "HS-03", "High",
     "Vehicle and plant inspection records at the depot should be completed daily and checked weekly by a supervisor.",
     "Introduce electronic daily vehicle check sheets through the fleet app, with weekly supervisor sign-off.",
     "Street Scene Manager", "30/09/2024", "31/07/2025", "Overdue", "R",
     "Fleet app licences purchased but roll-out not yet started. Revised date missed; escalated to CMT."],
    ["Health and Safety - Depot Operations", "2023/24", "Limited", "HS-04", "Medium",
     "Lone working arrangements should be documented and staff trained.",
     "Update the lone working procedure and deliver toolbox talks to all depot staff.",
     "Health and Safety Advisor", "31/12/2024", "", "Implemented", "B",
     "Procedure issued January 2025; attendance records held by H&S."],
    ["Housing Benefit Overpayments", "2024/25", "Substantial", "HBO-01", "Low",
     "Aged overpayment debt over five years old should be reviewed for write-off in line with the Financial Regulations.",
     "Review the aged debt report and present write-offs over £5,000 to the Section 151 Officer for approval.",
     "Revenues and Benefits Manager", "31/10/2025", "", "In progress", "G",
     "Aged debt report run; schedule of write-offs being prepared."],
    ["Section 106 Agreements", "2024/25", "Limited", "S106-01", "High",
     "The Council should maintain a single monitoring database for all Section 106 obligations, reconciled to the finance system.",
     "Implement the S106 module in the planning system and reconcile balances to the ledger at each quarter end.",
     "Head of Planning / Chief Accountant", "31/08/2025", "31/01/2026", "In progress", "A",
     "Module configured; data migration of historic agreements under way."],
]


def build_fenland():
    n = len(FENLAND_HEADER)
    pad = lambda xs: list(xs) + [""] * (n - len(xs))
    path = os.path.join(HERE, "fs2-fenland-dc-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(pad([FENLAND_TITLE]))
        w.writerow(pad(["Report to Audit and Risk Management Committee - 22 September 2025"]))
        w.writerow(pad(["Position as at 31 August 2025. Priority: High / Medium / Low. RAG: B = implemented, G = on track, A = at risk, R = overdue."]))
        w.writerow(pad([]))
        w.writerow(FENLAND_HEADER)
        for row in FENLAND:
            w.writerow(row)
        w.writerow(pad([]))
        counts = {}
        for row in FENLAND:
            counts[row[11]] = counts.get(row[11], 0) + 1
        w.writerow(pad(["Summary by RAG"]))
        w.writerow(pad(["B - Implemented", str(counts.get("B", 0))]))
        w.writerow(pad(["G - On track", str(counts.get("G", 0))]))
        w.writerow(pad(["A - At risk", str(counts.get("A", 0))]))
        w.writerow(pad(["R - Overdue", str(counts.get("R", 0))]))
        w.writerow(pad(["Not yet due", str(counts.get("", 0))]))
        w.writerow(pad(["Total", str(len(FENLAND))]))


# ---------------------------------------------------------------------------
# 4. Powys County Council - Audit Wales recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
POWYS_TITLE = "Powys County Council – Audit Wales Recommendations Progress Tracker"
POWYS_HEADER = ["Ref", "Recommendation", "Agreed action", "Lead officer", "Target date",
                "Revised date", "Status", "Progress update"]
POWYS = [
    ("Financial Sustainability Review (issued March 2024)", [
        ["FS1.1", "The Council should strengthen its medium-term financial planning by setting out how it will close the funding gap over the full period of the Medium Term Financial Strategy.",
         "Develop a five-year savings and transformation programme aligned to the MTFS, with savings proposals identified for each year.",
         "Head of Finance (S151 Officer)", "February 2025", "", "Complete",
         "Programme approved by Council on 20 February 2025 as part of the budget."],
        ["FS1.2", "",
         "Report progress against the savings programme to Cabinet.",
         "Head of Finance (S151 Officer)", "Quarterly", "", "On track",
         "Q1 report taken to Cabinet on 15 July 2025."],
        ["FS2.1", "The Council should improve the information it reports to members on the delivery of savings, including the risk to delivery of each proposal.",
         "Introduce a RAG-rated savings tracker into the quarterly finance report to Cabinet and Scrutiny.",
         "Head of Finance (S151 Officer) / Head of Transformation", "31 July 2024", "30 November 2025", "At risk",
         "Tracker format agreed; waiting on new finance system reports."],
    ]),
    ("Use of Performance Information: Service User Perspective and Outcomes (issued June 2023)", [
        ["PI1.1", "The Council should strengthen the information it provides to senior leaders and members to help them understand the perspective of service users.",
         "Include service user feedback and complaints data in the quarterly Corporate Performance report.",
         "Head of Transformation and Democratic Services", "December 2024", "", "Complete",
         "Included from the Q3 2024-25 report onwards."],
        ["PI2.1", "The Council should improve the quality of its data on outcomes so that it can assess whether its services are achieving their intended impact.",
         "Agree outcome measures for each Corporate Plan objective with Heads of Service.",
         "Corporate Performance Manager", "March 2025", "September 2025", "Off track",
         "Measures agreed for 4 of 7 objectives. Remaining measures to be agreed at EMT."],
        ["PI2.2", "",
         "Publish an annual data quality statement alongside the Self-Assessment report.",
         "Corporate Performance Manager", "Q4 2025-26", "", "On track",
         "Data quality policy refreshed; statement to be drafted in January."],
    ]),
    ("Springing Forward: Strategic Asset Management (issued September 2022)", [
        ["SA1.1", "The Council should develop a corporate asset management strategy that reflects its future ways of working and its net zero ambitions.",
         "Adopt a new Corporate Asset Management Strategy 2025–2030 following consultation with members.",
         "Head of Property, Planning and Public Protection", "Jan-26", "", "On track",
         "Draft strategy presented to member workshop on 9 September 2025."],
        ["SA2.1", "The Council should use data on the occupancy and use of its buildings to inform decisions about its office accommodation.",
         "Complete occupancy surveys of all main office buildings and report options to Cabinet.",
         "Head of Property, Planning and Public Protection; Head of Workforce and OD", "31/03/2025", "", "Complete",
         "Options report considered by Cabinet on 25 March 2025."],
    ]),
]


def build_powys():
    lines = [POWYS_TITLE,
             "Governance and Audit Committee – 24 October 2025",
             "Status key: Complete (Blue)   On track (Green)   At risk (Amber)   Off track (Red)",
             "",
             "\t".join(POWYS_HEADER)]
    counts = {}
    for report, rows in POWYS:
        lines.append(report + "\t" * (len(POWYS_HEADER) - 1))
        for r in rows:
            lines.append("\t".join(r))
            counts[r[6]] = counts.get(r[6], 0) + 1
    total = sum(counts.values())
    lines += ["",
              "Summary: %d actions – Complete %d, On track %d, At risk %d, Off track %d" % (
                  total, counts.get("Complete", 0), counts.get("On track", 0),
                  counts.get("At risk", 0), counts.get("Off track", 0)),
              "Note: recommendations from national Audit Wales reports are tracked separately in the Committee’s work programme."]
    with open(os.path.join(HERE, "fs2-powys-county-council-audit-wales-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Camden Council - RSH consumer standards housing improvement plan (xlsx)
#    cover / summary / action plan sheets, merged standard and finding columns,
#    previous RAG letters, current RAG as fill only
# ---------------------------------------------------------------------------
CAMDEN_TITLE = "Camden Council – Housing Improvement Plan (RSH Consumer Standards)"
CAMDEN = [
    ("Safety and Quality Standard", [
        ("The council could not assure itself that fire risk assessment remedial actions had been completed within the required timescales.", [
            ("SQ1", "Clear the backlog of overdue high-risk fire risk assessment actions, prioritising buildings over 18 metres.",
             "Head of Building Safety", D(2025, 3, 31), D(2025, 10, 31), "A", AMBER,
             "412 of 530 overdue high-risk actions closed. Remaining actions need access to individual flats."),
            ("SQ2", "Move all fire safety remedial actions onto the new compliance system so that progress is reported weekly.",
             "Head of Building Safety / Head of Housing IT", D(2025, 6, 30), None, "G", BLUE,
             "All actions migrated; weekly report in use since 7 July 2025."),
        ]),
        ("Around 1,900 homes did not have a valid electrical installation condition report (EICR).", [
            ("SQ3", "Complete outstanding EICRs through the additional contractor framework and resolve access refusals through the no-access procedure.",
             "Head of Repairs and Maintenance", D(2025, 12, 31), None, "R", AMBER,
             "1,240 EICRs completed since April. No-access cases referred to Legal (86)."),
        ]),
        ("The council did not hold up-to-date stock condition data for a large proportion of its homes.", [
            ("SQ4", "Commission a 100% stock condition survey over three years, starting with homes not surveyed since 2019.",
             "Head of Asset Management", D(2028, 3, 31), None, "G", GREEN,
             "Surveyor appointed; year 1 programme (9,500 homes) started in June."),
            ("SQ5", "Publish a damp and mould policy that meets the requirements of Awaab’s Law.",
             "Head of Repairs and Maintenance", D(2025, 10, 27), None, "", GREEN,
             "New action added June 2025. Draft policy out to tenant consultation."),
        ]),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("Tenants were not always able to influence decisions about services, and complaint handling did not consistently meet the Housing Ombudsman’s Complaint Handling Code.", [
            ("TIA1", "Establish a Resident Scrutiny Panel with its own budget and an annual review programme agreed with residents.",
             "Resident Engagement Manager", D(2025, 7, 31), D(2026, 1, 31), "A", RED,
             "Recruitment of panel members has not attracted enough applicants; revised approach going to Housing Scrutiny."),
            ("TIA2", "Reduce the stage 1 complaints backlog and respond to 95% of complaints within Code timescales.",
             "Head of Customer Experience", D(2025, 9, 30), None, "A", GREEN,
             "Backlog cleared in August; 93% within timescale in August."),
        ]),
    ]),
    ("Neighbourhood and Community Standard", [
        ("The council’s anti-social behaviour policy was out of date and tenants were not clear about the service they could expect.", [
            ("NC1", "Review and republish the anti-social behaviour policy with tenants, and publish service standards for ASB cases.",
             "Head of Tenancy Management", D(2025, 11, 30), None, "G", GREEN,
             "Policy reviewed with the Tenant and Leaseholder Panel; Cabinet approval due November."),
        ]),
    ]),
    ("Cross-cutting – governance and assurance", [
        ("Reporting to councillors did not give sufficient assurance on compliance with the consumer standards.", [
            ("CC1", "Introduce a quarterly consumer standards assurance report to Cabinet, including Tenant Satisfaction Measures.",
             "Director of Property Management", D(2025, 6, 30), None, "G", BLUE,
             "First report to Cabinet on 18 June 2025."),
        ]),
    ]),
]

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def build_camden():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CAMDEN_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Regulatory judgement"
    cov["B3"] = "C3 – published 2 April 2025"
    cov["A4"] = "Plan owner"
    cov["B4"] = "Executive Director Supporting People"
    cov["A5"] = "Version"
    cov["B5"] = "2.1 – updated 15 September 2025"
    cov["A6"] = "Reported to"
    cov["B6"] = "Housing Scrutiny Committee; Cabinet (quarterly)"
    cov["A8"] = "RAG key"
    cov["A8"].font = Font(bold=True)
    for i, (lab, f) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                  ("Some slippage – recovery plan in place", AMBER),
                                  ("Off track – escalated to the Housing Improvement Board", RED)]):
        cov.cell(row=9 + i, column=1).fill = fill(f)
        cov.cell(row=9 + i, column=2, value=lab)
    cov["A14"] = "Current RAG is shown by colour only. Previous RAG is the position reported in June 2025."
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    # summary (static figures, as pasted into the committee report)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by standard"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["Consumer standard", "Blue", "Green", "Amber", "Red", "Total"])
    code = {BLUE: 1, GREEN: 2, AMBER: 3, RED: 4}
    tot = [0, 0, 0, 0]
    for std, findings in CAMDEN:
        c = [0, 0, 0, 0]
        for _, acts in findings:
            for a in acts:
                c[code[a[6]] - 1] += 1
        tot = [x + y for x, y in zip(tot, c)]
        sm.append([std] + c + [sum(c)])
    sm.append(["Total"] + tot + [sum(tot)])
    sm.column_dimensions["A"].width = 50

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "Consumer standard", "Regulator’s finding", "Action", "Lead officer",
             "Original target", "Revised target", "Previous RAG (June 2025)", "Current RAG",
             "Progress commentary"]
    ws["A1"] = CAMDEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress at 15 September 2025 – reported to Housing Scrutiny Committee"
    ws.merge_cells("A2:J2")
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    prev_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    row = 5
    for std, findings in CAMDEN:
        std_start = row
        for finding, acts in findings:
            f_start = row
            for ref, action, lead, orig, rev, prev, cur, comm in acts:
                vals = [ref, None, None, action, lead, orig, rev, prev or None, None, comm]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=row, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=row, column=8).fill = fill(prev_fill[prev])
                    ws.cell(row=row, column=8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=row, column=9).fill = fill(cur)
                row += 1
            ws.cell(row=f_start, column=3, value=finding)
            if row - 1 > f_start:
                ws.merge_cells(start_row=f_start, start_column=3, end_row=row - 1, end_column=3)
        ws.cell(row=std_start, column=2, value=std).font = Font(bold=True)
        if row - 1 > std_start:
            ws.merge_cells(start_row=std_start, start_column=2, end_row=row - 1, end_column=2)
    for col, wdt in zip("ABCDEFGHIJ", [7, 20, 38, 50, 26, 13, 13, 12, 10, 50]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "fs2-camden-council-rsh-consumer-standards-housing-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. South Lanarkshire Council - Best Value thematic improvement action plan (xlsx)
#    part band rows and recommendation band rows above numbered actions
# ---------------------------------------------------------------------------
SLC_TITLE = "South Lanarkshire Council – Best Value Improvement Action Plan"
SLC = [
    ("Part 1: Leadership of the development of new local strategic priorities", [
        ("Recommendation 1: The council should ensure that its new Council Plan sets out clear, measurable targets and timescales so that progress towards its priorities can be reported.", [
            ("1.1", "Develop a Council Plan performance framework with measurable targets for each outcome, agreed with Resource Management Teams.",
             "Chief Executive", "March 2025", "Complete",
             "Framework approved by the Executive Committee on 26 March 2025."),
            ("1.2", "Publish an annual public performance report showing progress against each Council Plan target.",
             "Head of Communications and Strategy", D(2025, 9, 30), "Green",
             "Report being compiled from Q1 and Q2 returns."),
        ]),
        ("Recommendation 2: The council should engage with communities when setting and reviewing its priorities, including communities experiencing the greatest inequality.", [
            ("2.1", "Run a community engagement programme on the Council Plan refresh through the Neighbourhood Planning partnerships.",
             "Head of Communications and Strategy / Community Engagement Manager", "December 2025", "Amber",
             "Engagement plan agreed; delivery in two of five areas delayed by staffing."),
        ]),
    ]),
    ("Part 2: Workforce innovation – how councils are responding to workforce challenges", [
        ("Recommendation 3: The council should update its Workforce Plan to include detailed analysis of future skills needs and the expected impact of digital technology.", [
            ("3.1", "Refresh the Workforce Plan 2025–2028 with a service-level skills gap analysis for each Resource.",
             "Head of Personnel Services", "Q2 2025/26", "Green",
             "Skills gap templates returned by four of five Resources."),
            ("3.2", "Carry out a digital skills survey of all employees and use the results to target the Digital Skills programme.",
             "Head of Personnel Services; Head of IT Services", "Jan-26", "Not started",
             "Survey to be issued after the Workforce Plan refresh."),
        ]),
        ("Recommendation 4: The council should measure the impact of its hybrid and flexible working arrangements on productivity and service delivery.", [
            ("4.1", "Develop measures of the impact of hybrid working and report them in the annual Workforce Monitoring Report.",
             "Executive Director (Finance and Corporate Resources)", D(2026, 3, 31), "Green",
             "Draft measures discussed with trade unions in August."),
        ]),
        ("Recommendation 5: The council should work with partners to develop shared approaches to workforce challenges, including joint recruitment and shared roles.", [
            ("5.1", "Run joint recruitment campaigns for care at home workers with South Lanarkshire Health and Social Care Partnership.",
             "Head of Personnel Services", "Ongoing", "Green",
             "Two joint campaigns run (February and June 2025)."),
            ("5.2", "Report options for shared specialist roles with neighbouring councils to the Corporate Management Team.",
             "Chief Executive", "October 2025", "Red",
             "Discussions with partner councils paused pending the national review of shared services."),
        ]),
    ]),
]


def build_slc():
    wb = Workbook()
    ws = wb.active
    ws.title = "BV Improvement Actions"
    ws["A1"] = SLC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Accounts Commission Best Value thematic reports: Leadership of the development of new local "
                "strategic priorities (2023) and Workforce innovation (2024)")
    ws["A3"] = "Progress to 30 September 2025 – Risk and Audit Scrutiny Committee, 5 November 2025"
    heads = ["No.", "Improvement action", "Responsible officer", "Target date", "RAG", "Progress to date"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    row = 6
    counts = {}
    for part, recs in SLC:
        c = ws.cell(row=row, column=1, value=part)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003A70")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for rec, acts in recs:
            c = ws.cell(row=row, column=1, value=rec)
            c.font = Font(italic=True, bold=True)
            c.fill = fill("DCE6F1")
            c.alignment = WRAP
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            ws.row_dimensions[row].height = 30
            row += 1
            for no, action, lead, end, rag, prog in acts:
                for i, v in enumerate([no, action, lead, end, rag, prog], 1):
                    cc = ws.cell(row=row, column=i, value=v)
                    cc.alignment = WRAP
                    cc.border = BOX
                    if isinstance(v, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                if rag in rag_fill:
                    ws.cell(row=row, column=5).fill = fill(rag_fill[rag])
                counts[rag] = counts.get(rag, 0) + 1
                row += 1
    row += 1
    ws.cell(row=row, column=1, value="Summary").font = Font(bold=True)
    row += 1
    for lab in ["Complete", "Green", "Amber", "Red", "Not started"]:
        ws.cell(row=row, column=1, value=lab)
        ws.cell(row=row, column=2, value=counts.get(lab, 0))
        row += 1
    ws.cell(row=row, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=row, column=2, value=sum(counts.values()))
    row += 2
    ws.cell(row=row, column=1,
            value="Note: completed actions are removed from the plan once Internal Audit has reviewed the evidence.")
    for col, wdt in zip("ABCDEF", [8, 60, 34, 14, 12, 50]):
        ws.column_dimensions[col].width = wdt

    hist = wb.create_sheet("Version history")
    hist.append(["Version", "Date", "Change"])
    hist.append(["1.0", "12/12/2024", "Plan agreed by Executive Committee following the 2024 thematic report"])
    hist.append(["1.1", "14/05/2025", "Progress to 31 March 2025"])
    hist.append(["1.2", "05/11/2025", "Progress to 30 September 2025"])
    wb.save(os.path.join(HERE, "fs2-south-lanarkshire-council-best-value-thematic-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Maidstone Borough Council - strategic risk register Q2 2025/26 (xlsx), REFUSE
#    risk blocks merged vertically over their further-action rows; one due date
#    is a mistyped month ("Febuary 2026")
# ---------------------------------------------------------------------------
MAIDSTONE_TITLE = "Maidstone Borough Council – Strategic Risk Register"
MAIDSTONE = [
    ("SR01", "Financial sustainability – failure to deliver a balanced budget over the Medium Term Financial Strategy",
     "Director of Finance, Resources and Business Improvement", "16 (4x4)", "9 (3x3)", "↔", [
         ("Deliver the 2026/27 savings proposals identified through the Budget Strategy.",
          "Director of Finance, Resources and Business Improvement", "March 2026", "On track"),
         ("Review fees and charges and income assumptions as part of the MTFS refresh.",
          "Head of Finance", "Dec 2025", "On track"),
     ]),
    ("SR02", "Temporary accommodation – rising demand for and cost of temporary accommodation",
     "Director of Regeneration and Place", "20 (5x4)", "12 (4x3)", "↑", [
         ("Acquire a further 25 units of council-owned temporary accommodation through the Housing Acquisitions Programme.",
          "Head of Housing and Regulatory Services", "Febuary 2026", "Behind schedule"),
         ("Expand homelessness prevention work with private landlords, including a landlord incentive scheme.",
          "Housing Advice Manager", "Oct-25", "Complete"),
     ]),
    ("SR03", "Cyber attack resulting in loss of systems and data",
     "Head of Mid Kent ICT", "15 (3x5)", "10 (2x5)", "↔", [
         ("Complete the Cyber Assessment Framework self-assessment and implement the resulting action plan.",
          "Head of Mid Kent ICT", "Jan 2026", "On track"),
         ("Run a cyber incident exercise with the Corporate Leadership Team.",
          "Emergency Planning and Resilience Manager", "November 2025", "Not started"),
     ]),
    ("SR04", "Local Plan – failure to progress the Local Plan Review to adoption within the statutory timetable",
     "Director of Strategy, Insight and Governance", "12 (3x4)", "8 (2x4)", "↓", [
         ("Respond to the Inspector’s post-hearing letter and consult on the main modifications.",
          "Head of Spatial Planning and Economic Development", "December 2025", "On track"),
         ("Report the Inspector’s final report to Council for adoption.",
          "Head of Spatial Planning and Economic Development", "April 2026", "Not started"),
     ]),
]
MAIDSTONE_TYPO_ROW = None  # set by build_maidstone


def build_maidstone():
    global MAIDSTONE_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = MAIDSTONE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – Audit, Governance and Standards Committee, 17 November 2025"
    heads = ["Risk ref", "Risk title", "Risk owner", "Current score (L x I)", "Target score",
             "Direction of travel", "Further actions / mitigations", "Action owner", "Due date",
             "Action status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.alignment = WRAP
        c.border = BOX
    row = 5

    def score_fill(s):
        n = int(s.split()[0])
        return RED if n >= 15 else AMBER if n >= 8 else GREEN

    for ref, title, owner, cur, tgt, dot, acts in MAIDSTONE:
        start = row
        for action, aowner, due, status in acts:
            for i, v in enumerate([action, aowner, due, status], 7):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if due == "Febuary 2026":
                MAIDSTONE_TYPO_ROW = row
            row += 1
        for i, v in enumerate([ref, title, owner, cur, tgt, dot], 1):
            c = ws.cell(row=start, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            ws.merge_cells(start_row=start, start_column=i, end_row=row - 1, end_column=i)
        ws.cell(row=start, column=4).fill = fill(score_fill(cur))
        ws.cell(row=start, column=5).fill = fill(score_fill(tgt))
    row += 1
    ws.cell(row=row, column=1, value="Direction of travel: ↑ risk increased since Q1   ↔ no change   ↓ risk reduced")
    ws.cell(row=row + 1, column=1, value="Scores: 15–25 red, 8–12 amber, 1–6 green. Full matrix on the Risk Matrix sheet.")
    for col, wdt in zip("ABCDEFGHIJ", [8, 36, 28, 12, 12, 10, 50, 30, 14, 16]):
        ws.column_dimensions[col].width = wdt

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Likelihood (L) x Impact (I)"
    for li in range(5, 0, -1):
        r = 2 + (5 - li)
        mx.cell(row=r, column=1, value=li)
        for im in range(1, 6):
            v = li * im
            c = mx.cell(row=r, column=1 + im, value=v)
            c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
    for im in range(1, 6):
        mx.cell(row=7, column=1 + im, value=im)
    wb.save(os.path.join(HERE, "fs2-maidstone-bc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


def main():
    build_southwark()
    build_newport()
    build_fenland()
    build_powys()
    build_camden()
    build_slc()
    build_maidstone()
    print("typo row (Maidstone):", MAIDSTONE_TYPO_ROW)


if __name__ == "__main__":
    main()
