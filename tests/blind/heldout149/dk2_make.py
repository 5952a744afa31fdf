"""Generate the dk2- blind cases (plans outside children's services)."""
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

FILLS = {
    "blue": "5B9BD5",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E78",
    "band": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILLS[c], end_color=FILLS[c])


def d(y, m, day):
    return dt.datetime(y, m, day)


# --------------------------------------------------------------------------
# 1. Wythenshawe Community Housing Group - Housing Ombudsman special investigation
# --------------------------------------------------------------------------
def wchg():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ("Wythenshawe Community Housing Group – Housing Ombudsman "
                "Special Investigation (Paragraph 49): Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Report published: 14 March 2024   |   Plan owner: Director of "
                "Property Services   |   Last updated: 30/09/2024")
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Ombudsman recommendation", "Action", "Lead", "Target date",
           "Revised date", "RAG", "Progress update (Sept 2024)"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("T", "Theme 1: Damp and mould"),
        ("A", "1.1", "Review the damp and mould policy so that it sets out clear "
         "timescales for inspection and remedial works.",
         "Refresh the Damp, Mould and Condensation Policy with timescales for "
         "inspection (10 working days) and remedial works (20 working days) and "
         "take it to Board for approval.",
         "Head of Asset Management", d(2024, 6, 30), None, "Complete",
         "Policy approved by Board on 20 June 2024 and published on the website."),
        ("A", "1.2", None,
         "Brief all surveyors and repairs operatives on the new timescales "
         "through toolbox talks.",
         "Repairs Manager", d(2024, 7, 31), d(2024, 10, 31), "On track",
         "Six of eight toolbox talks delivered. Remaining sessions booked for "
         "October once the new operatives start."),
        ("A", "1.3", "Make sure repeat reports of damp and mould trigger a full "
         "property inspection.",
         "Set up an automatic flag in the housing management system so that a "
         "third report of damp or mould within 12 months raises a surveyor "
         "inspection.",
         "Head of Digital / Repairs Manager", d(2024, 9, 30), None, "Amber",
         "Flag built and in testing. Go-live held back while the system upgrade "
         "completes."),
        ("T", "Theme 2: Complaint handling"),
        ("A", "2.1", "Make sure complaint responses address every point raised "
         "and are issued within the Complaint Handling Code timescales.",
         "Introduce a quality check of all stage 2 responses by the Complaints "
         "Team Leader before they are issued.",
         "JB", d(2024, 5, 31), None, "Complete",
         "Quality check in place from May. 100% of stage 2 responses checked in Q1 "
         "and Q2."),
        ("A", "2.2", None,
         "Deliver complaint handling training to all frontline managers, "
         "including the Ombudsman's e-learning modules.",
         "JB / KM", d(2024, 12, 1), None, "On track",
         "41 of 58 managers have completed the e-learning. Face to face sessions "
         "run through November."),
        ("A", "2.3", "Review the approach to compensation so that awards reflect "
         "the distress and inconvenience caused.",
         "Adopt a revised Compensation and Remedies Policy in line with the "
         "Ombudsman's remedies guidance.",
         "Director of Customer Experience", d(2024, 8, 31), None, "Red",
         "Draft policy delayed pending legal review; now going to Customer "
         "Committee in November."),
        ("T", "Theme 3: Knowledge and information management"),
        ("A", "3.1", "Carry out a self-assessment against the Ombudsman's "
         "Spotlight report on knowledge and information management.",
         "Complete the KIM self-assessment and report the findings to the "
         "Executive Team.",
         "Head of Governance", d(2024, 6, 30), None, "Complete",
         "Self-assessment reported to ET on 2 July."),
        ("A", "3.2", None,
         "Develop a single customer record so that vulnerability information is "
         "visible to repairs staff at the point of booking.",
         "Head of Digital", d(2025, 3, 1), None, "Amber",
         "Scoping complete. Dependent on the CRM replacement project."),
        ("A", "3.3", None,
         "Audit a sample of 50 damp and mould cases each quarter to test the "
         "quality of records.",
         "Head of Governance", "Quarterly", None, "On track",
         "First audit (Q2) found 82% of records complete; findings shared with "
         "team leaders."),
    ]
    rag_fill = {"Complete": "blue", "On track": "green", "Amber": "amber",
                "Red": "red"}
    r = 5
    groups = []
    for row in rows:
        if row[0] == "T":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("band")
            r += 1
            continue
        _, ref, rec, act, lead, tgt, rev, rag, upd = row
        vals = [ref, rec, act, lead, tgt, rev, rag, upd]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(r, ci, v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
        ws.cell(r, 7).fill = fill(rag_fill[rag])
        if rec is not None:
            groups.append([r, r])
        else:
            groups[-1][1] = r
        r += 1
    # merge each recommendation down over its continuation rows
    for a, b in groups:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    ws.cell(r, 2, "Complete – action delivered and evidenced")
    ws.cell(r, 2).fill = fill("blue")
    ws.cell(r + 1, 2, "On track – will be delivered by the target date")
    ws.cell(r + 1, 2).fill = fill("green")
    ws.cell(r + 2, 2, "Amber – at risk of missing the target date")
    ws.cell(r + 2, 2).fill = fill("amber")
    ws.cell(r + 3, 2, "Red – target date missed")
    ws.cell(r + 3, 2).fill = fill("red")
    for col, w in zip("ABCDEFGH", [6, 40, 50, 22, 12, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "dk2-wythenshawe-chg-housing-ombudsman-special-investigation-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 2. believe housing - RSH regulatory judgement improvement plan (typo month)
# --------------------------------------------------------------------------
def believe():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "believe housing – Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory judgement "
                "(C2 grading). Progress reported to the Customer Services Committee.")
    ws["A3"] = "Position at: 31 January 2025"
    ws.append([])
    ws.append(["No.", "Consumer standard", "Issue identified", "Action",
               "Responsible officer", "Due", "Status", "Comments"])  # row 5
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("1", "Safety and Quality", "Stock condition data is incomplete for 38% of homes.",
         "Commission stock condition surveys for all homes without a survey in the "
         "last five years.", "Head of Asset Strategy", "March 2025", "On track",
         "Contractor appointed; 4,100 surveys completed to date."),
        ("2", "Safety and Quality", "Overdue fire risk assessment actions.",
         "Clear the backlog of high-risk FRA actions and report weekly to the "
         "Executive.", "Building Safety Manager", "February 2025", "Amber",
         "112 high-risk actions outstanding, down from 260."),
        ("3", "Safety and Quality", "Damp and mould cases not consistently followed up.",
         "Introduce a follow-up visit six weeks after damp and mould works are "
         "completed.", "Head of Repairs", "December 2024", "Complete",
         "Follow-up visits in place since November."),
        ("4", "Transparency, Influence and Accountability",
         "Tenant satisfaction measures not fully reported.",
         "Publish the full set of TSMs with commentary on the website.",
         "Head of Performance", "June 2025", "On track",
         "2023/24 TSMs published; commentary being drafted with the tenant panel."),
        ("5", "Transparency, Influence and Accountability",
         "Limited tenant involvement in scrutiny.",
         "Recruit and train a tenant scrutiny panel to review one service area each "
         "year.", "Customer Involvement Manager", "Ocotber 2025", "Not started",
         "Recruitment campaign planned for the spring."),
        ("6", "Tenancy", "Allocations policy out of date.",
         "Review the allocations and lettings policy with the local authority "
         "partners.", "Head of Housing Management", "September 2025", "On track",
         "Consultation with Durham County Council under way."),
        ("7", "Neighbourhood and Community", "ASB case handling inconsistent.",
         "Roll out ASB case management procedures and case reviews for all "
         "neighbourhood officers.", "Neighbourhood Services Manager", "April 2025",
         "Amber", "Procedure agreed; training sessions rescheduled to March."),
    ]
    colours = {"On track": "green", "Amber": "amber", "Complete": "blue",
               "Not started": "grey"}
    for row in rows:
        ws.append(list(row))
        rr = ws.max_row
        for c in ws[rr]:
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(rr, 7).fill = fill(colours[row[6]])
    for col, w in zip("ABCDEFGH", [5, 24, 36, 48, 26, 16, 12, 44]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "dk2-believe-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# --------------------------------------------------------------------------
# 3. Merseytravel - internal audit recommendations tracker (CSV export)
# --------------------------------------------------------------------------
def merseytravel():
    rows = [
        ["Merseytravel - Internal Audit Recommendations Tracker - Audit and Governance Committee 12 March 2025"],
        [],
        ["Audit", "Assurance opinion", "Rec no.", "Priority", "Recommendation",
         "Agreed management action", "Responsible officer", "Original target date",
         "Revised target date", "RAG", "Update"],
        ["Ferry Fares Income 2023/24", "Limited", "1", "High",
         "Cash takings at Seacombe and Woodside terminals should be reconciled to till reports daily.",
         "Daily reconciliation of ferry terminal takings to till reports to be introduced and signed off by the Duty Manager.",
         "Ferries Operations Manager", "31/05/2024", "", "Complete",
         "Daily reconciliations in place from April 2024; sample tested by Internal Audit in January 2025."],
        ["Ferry Fares Income 2023/24", "Limited", "2", "Medium",
         "Refunds should be authorised by a second officer.",
         "Refund procedure to be updated so that all refunds over £20 are authorised by a supervisor.",
         "Hughes, Karen", "30/06/2024", "30/09/2024", "Complete",
         "Procedure updated and staff briefed."],
        ["Bus Tendered Services Contract Management", "Reasonable", "1", "Medium",
         "Contract monitoring visits should be recorded on the contract management system.",
         "Monitoring visit records to be held centrally on the contract management system with a monthly check by the Contracts Lead.",
         "Head of Bus Services", "30/09/2024", "31/03/2025", "Amber",
         "System field added; historic visits are being uploaded."],
        ["Bus Tendered Services Contract Management", "Reasonable", "2", "Low",
         "Contract variation approvals should follow the scheme of delegation.",
         "Remind contract managers of the delegation limits and add an approval step to the variation form.",
         "Head of Bus Services / Procurement Manager", "31/10/2024", "", "Green",
         "Variation form revised and in use; reminder issued."],
        ["Cyber Security - Patch Management", "Limited", "1", "High",
         "Critical security patches should be applied within 14 days of release.",
         "Introduce a monthly patching cycle with exception reporting to the ICT Security Board.",
         "Head of ICT", "31/12/2024", "30/04/2025", "Red",
         "Legacy servers at the Mann Island data room cannot take current patches; replacement project approved but delayed."],
        ["Cyber Security - Patch Management", "Limited", "2", "Medium",
         "An up to date asset register of all end user devices should be maintained.",
         "Complete a full device audit and keep the register updated through the service desk.",
         "Head of ICT", "28/02/2025", "", "Green",
         "Audit 80% complete."],
        ["Payroll 2024/25", "Substantial", "1", "Low",
         "Starter forms should be retained with the payroll record.",
         "HR to scan starter forms to the personnel file on receipt.",
         "HR Business Partner", "Ongoing", "", "Green",
         "Being done for all new starters."],
    ]
    with open(os.path.join(HERE, "dk2-merseytravel-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# --------------------------------------------------------------------------
# 4. Rotherham - health protection assurance action plan (docx)
# --------------------------------------------------------------------------
def rotherham():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Rotherham Health Protection Assurance Action Plan 2024–2026", 0)
    doc.add_paragraph(
        "This action plan sets out how the Director of Public Health will be assured "
        "that the arrangements to protect the health of the Rotherham population are "
        "robust. It is overseen by the Rotherham Health Protection Committee and "
        "progress is reported twice a year to the Health and Wellbeing Board.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Approved by"),
          ("0.3", "14/05/2024", "Consultant in Public Health", "Health Protection Committee"),
          ("1.0", "02/07/2024", "Consultant in Public Health", "Health and Wellbeing Board"),
          ("1.1", "08/11/2024", "Public Health Specialist", "Q2 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    bold_row(t.rows[0])
    doc.add_paragraph()
    cols = ["Ref", "Objective", "Action", "Lead", "Timescale", "RAG",
            "Progress (Q2 2024/25)"]
    colours = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    priorities = [
        ("Priority 1: Screening and immunisation", [
            ("1.1", "Increase uptake of childhood immunisations in the most deprived wards.",
             "Work with the three lowest-uptake GP practices on targeted MMR catch-up clinics.",
             "Screening and Immunisation Lead (NHS England)", "Q4 2024/25", "G",
             "Two practices running Saturday clinics; MMR2 uptake up 3 points."),
            ("1.2", None,
             "Deliver community outreach sessions with faith and community groups in Eastwood and Ferham.",
             "BN / RJ", "Sept 2024 – March 2025", "A",
             "Four sessions held; venues for the remaining sessions still to be confirmed."),
            ("1.3", "Improve assurance on cancer screening coverage.",
             "Agree a quarterly screening coverage report for the Health Protection Committee.",
             "Consultant in Public Health (Health Protection)", "December 2024", "B",
             "First report received at the October meeting."),
        ]),
        ("Priority 2: Prevention and control of infectious disease", [
            ("2.1", "Strengthen infection prevention and control in care homes.",
             "Commission an IPC audit programme covering every care home in the borough.",
             "Head of Adult Commissioning", "By 31 March 2025", "G",
             "Provider appointed; 22 of 71 homes audited."),
            ("2.2", None,
             "Run a winter readiness workshop for care home managers.",
             "Consultant in Public Health (Health Protection)", "October 2024", "B",
             "Workshop held 9 October with 48 attendees."),
            ("2.3", "Reduce the incidence of TB in Rotherham.",
             "Review the latent TB screening pathway for new entrants with the ICB.",
             "UKHSA Yorkshire and Humber HPT / ICB Place Commissioning Lead", "June 2025", "R",
             "Pathway funding not yet agreed; escalated to the ICB Place Board."),
        ]),
        ("Priority 3: Emergency preparedness, resilience and response", [
            ("3.1", "Make sure outbreak plans are current and tested.",
             "Refresh the Local Outbreak Management Plan and test it through a tabletop exercise.",
             "Emergency Planning Manager", "Ongoing", "G",
             "Plan refreshed; exercise planned with South Yorkshire LRF partners."),
            ("3.2", None,
             "Agree mutual aid arrangements for environmental health officers across South Yorkshire.",
             "Head of Regulation and Enforcement", "Q1 2025/26", "A",
             "Draft memorandum circulated to the four councils."),
        ]),
    ]
    for head, acts in priorities:
        doc.add_heading(head, 2)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for j, v in enumerate(cols):
            tb.cell(0, j).text = v
            shade(tb.cell(0, j), "D9D9D9")
        bold_row(tb.rows[0])
        start = None
        for ref, obj, act, lead, when, rag, prog in acts:
            cells = tb.add_row().cells
            vals = [ref, obj or "", act, lead, when, rag, prog]
            for j, v in enumerate(vals):
                cells[j].text = v
            shade(cells[5], colours[rag])
            ri = len(tb.rows) - 1
            if obj is not None:
                start = ri
            else:
                a = tb.cell(start, 1)
                b = tb.cell(ri, 1)
                keep = a.text
                m = a.merge(b)
                m.text = keep
        doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (l, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some slippage – remedial action in place"),
                                  ("R", "Significant delay – escalated")]):
        k.cell(i, 0).text = l
        shade(k.cell(i, 0), colours[l])
        k.cell(i, 1).text = txt
    doc.save(os.path.join(
        HERE, "dk2-rotherham-mbc-public-health-health-protection-assurance-action-plan.docx"))


# --------------------------------------------------------------------------
# 5. Kirklees - corporate peer challenge action plan (tab-separated text)
# --------------------------------------------------------------------------
def kirklees():
    lines = [
        "Kirklees Council - Corporate Peer Challenge Action Plan",
        "Response to the LGA Corporate Peer Challenge (November 2023). Updated for Corporate Governance and Audit Committee, October 2024.",
        "",
        "\t".join(["Ref", "LGA recommendation", "What we will do", "Lead", "By when",
                   "Status", "Update"]),
        "\t".join(["1.1", "Develop a clear and shared long-term vision for Kirklees with partners.",
                   "Agree a refreshed Council Plan with partners through the Kirklees Partnership Executive.",
                   "Chief Executive", "Sept 2024", "Complete",
                   "Council Plan 2024-25 approved by Council in September."]),
        "\t".join(["1.2", "",
                   "Run a place-based engagement programme to inform the 2025 Kirklees Vision refresh.",
                   "Head of Policy, Partnerships and Corporate Planning", "End of March 2025",
                   "On track", "Twelve community events held; online survey closes in December."]),
        "\t".join(["2.1", "Deliver the medium-term financial plan and close the budget gap.",
                   "Deliver the £47m savings programme agreed in the 2024/25 budget.",
                   "Service Director - Finance", "31/03/2025", "Amber",
                   "£36m on track; adult social care savings behind profile."]),
        "\t".join(["2.2", "",
                   "Set up a Transformation Board to oversee the change programme and its benefits.",
                   "SB, RS", "31/07/2024", "Complete", "Board meets monthly from July."]),
        "",
        "\t".join(["3.1", "Strengthen member and officer relationships and the clarity of roles.",
                   "Refresh the member-officer protocol and deliver joint development sessions.",
                   "Service Director - Legal, Governance and Commissioning", "December 2024",
                   "On track", "Protocol drafted; sessions booked for November."]),
        "\t".join(["3.2", "",
                   "Introduce regular Cabinet and Executive Leadership Team away days.",
                   "Leader and Chief Executive", "TBC", "Not started",
                   "Dates to be agreed after the new Cabinet portfolios are confirmed."]),
        "\t".join(["4.1", "Invest in the council's capacity for organisational development.",
                   "Launch a leadership development programme for the top 200 managers.",
                   "Head of People and Inclusion", "Jan-25", "Amber",
                   "Provider procurement took longer than planned; launch moved from October."]),
        "",
        "Status key: Complete / On track / Amber = some risk to delivery / Red = off track / Not started",
    ]
    with open(os.path.join(HERE, "dk2-kirklees-council-corporate-peer-challenge-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------
# 6. Stockport - scrutiny task and finish review recommendations tracker (docx)
# --------------------------------------------------------------------------
def stockport():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Stockport Council")
    r.bold = True
    doc.add_heading("Economy, Regeneration & Climate Change Scrutiny Committee – "
                    "Highway Maintenance Task and Finish Review: Recommendations Tracker", 1)
    doc.add_paragraph(
        "The task and finish group reported to the Scrutiny Committee in January 2024 and "
        "its recommendations were considered by Cabinet on 12 March 2024. This tracker "
        "shows the Cabinet response and progress against each agreed action. Update as at "
        "September 2024.")
    cols = ["Ref", "Recommendation", "Cabinet response", "Action agreed", "Lead",
            "Target date", "Progress update", "RAG"]
    data = [
        ("1a", "The Council should publish its highway inspection and repair standards, "
         "including response times for each category of defect.", "Accepted",
         "Publish the Highway Safety Inspection Manual and repair timescales on the Council website.",
         "Head of Highways and Transportation", "June 2024",
         "Published 28 May 2024.", "green"),
        ("1b", None, "Accepted",
         "Add a live pothole repair status to the online reporting tool.",
         "Head of Highways and Transportation / Head of Digital Services", "March 2025",
         "Supplier has quoted; development starts in November.", "amber"),
        ("2a", "The Council should increase the proportion of permanent first-time repairs "
         "and reduce the use of temporary patching.", "Accepted",
         "Introduce a 'right first time' target of 85% for carriageway defect repairs and report it quarterly.",
         "Highways Maintenance Manager", "September 2024",
         "Target in place from Q2; Q2 outturn 78%.", "green"),
        ("2b", None, "Partially accepted",
         "Trial a spray-injection patching machine on unclassified roads.",
         "Highways Maintenance Manager", "31/10/2024",
         "Trial postponed: machine hire fell through and no budget for purchase this year.", "red"),
        ("3a", "Ward councillors should be consulted on the annual resurfacing programme.",
         "Accepted",
         "Share the draft resurfacing programme with ward councillors each January for comment.",
         "Cabinet Member for Parks, Highways & Transport Services", "January 2025",
         "Not yet due.", None),
        ("4a", "The Council should make the case to government for longer-term highway funding.",
         "Accepted",
         "Write to the Secretary of State for Transport with the Committee's findings, jointly with the GM authorities.",
         "Leader of the Council", "April 2024",
         "Letter sent 17 April 2024; response received.", "green"),
    ]
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for j, v in enumerate(cols):
        tb.cell(0, j).text = v
        shade(tb.cell(0, j), "BDD7EE")
    bold_row(tb.rows[0])
    start = None
    for ref, rec, resp, act, lead, when, prog, rag in data:
        cells = tb.add_row().cells
        for j, v in enumerate([ref, rec or "", resp, act, lead, when, prog, ""]):
            cells[j].text = v
        if rag:
            shade(cells[7], FILLS[rag])
        ri = len(tb.rows) - 1
        if rec is not None:
            start = ri
        else:
            a = tb.cell(start, 1)
            keep = a.text
            m = a.merge(tb.cell(ri, 1))
            m.text = keep
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – completed; Amber – in progress; Red – behind schedule "
                      "or not able to proceed; no colour – not yet due.")
    doc.save(os.path.join(
        HERE, "dk2-stockport-mbc-scrutiny-highway-maintenance-review-recommendations-tracker.docx"))


# --------------------------------------------------------------------------
# 7. Dyfed-Powys Police - HM Inspectorate custody inspection action plan (xlsx)
# --------------------------------------------------------------------------
def dyfed_powys():
    wb = Workbook()
    ws = wb.active
    ws.title = "Custody Action Plan"
    ws["A1"] = "Dyfed-Powys Police – Police Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Unannounced inspection of police custody suites by HMICFRS and HMI Prisons, "
                "report published 29 August 2024. Monitored by the Custody Strategic Board.")
    ws.merge_cells("A2:I2")
    ws.append([])
    hdr = ["Ref", "Expectation area", "Recommendation / area for improvement",
           "Action", "Action owner", "Target date", "Previous RAG", "Current RAG",
           "Update"]
    ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("R1", "Leadership, accountability and partnerships",
         "The force should make sure its governance arrangements give a clear view of "
         "custody performance, including use of force and detention times.",
         "Develop a custody performance dashboard covering use of force, detention times "
         "and rest periods, reported to the Custody Strategic Board.",
         "Supt Criminal Justice", d(2024, 12, 31), "A", "G",
         "Dashboard in final testing; first report to the December board."),
        ("R1", "Leadership, accountability and partnerships", None,
         "Agree a quality assurance schedule for custody records reviewed by inspectors.",
         "Ch Insp Custody", d(2024, 11, 30), "G", "Complete",
         "Monthly dip-sampling of 20 records per suite in place."),
        ("AFI1", "Pre-custody: first point of contact",
         "The force should make sure officers consider alternatives to custody for "
         "children and vulnerable adults.",
         "Refresh guidance and briefings on voluntary attendance and alternatives to "
         "arrest for children.",
         "Ch Insp Custody / Head of Learning and Development", d(2025, 1, 31), "A", "A",
         "Briefing product drafted; roll-out delayed by the training calendar."),
        ("AFI2", "In the custody suite: booking in, individual needs and legal rights",
         "Detainees should be able to speak to custody staff in private at booking in.",
         "Install privacy screens at the Llanelli and Aberystwyth booking-in desks.",
         "Estates Manager", d(2025, 3, 31), "R", "A",
         "Screens ordered; installation booked for February."),
        ("AFI2", "In the custody suite: booking in, individual needs and legal rights", None,
         "Use the booking-in risk assessment to ask about religious, dietary and "
         "communication needs.",
         "Ch Insp Custody", d(2024, 10, 31), "G", "Complete",
         "Questions added to the NICHE custody module."),
        ("AFI3", "In the custody suite: care",
         "Detainees should be offered a shower, exercise and reading material.",
         "Produce a care plan checklist for detainees held over 24 hours.",
         "Custody Inspector (Carmarthen)", d(2025, 2, 28), "A", "R",
         "Exercise yard at Carmarthen closed for repairs; alternative not yet found."),
        ("AFI4", "Release and transfer from custody",
         "Pre-release risk assessments should be completed well and acted on.",
         "Deliver refresher training on pre-release risk assessment to all detention officers.",
         "Head of Learning and Development", "Ongoing", "G", "G",
         "Included in the annual custody refresher; 64% trained."),
    ]
    colour = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    for row in rows:
        ws.append(list(row))
        rr = ws.max_row
        for ci, c in enumerate(ws[rr], 1):
            c.alignment = WRAP
            c.border = BORDER
            if ci == 6 and isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(rr, 7).fill = fill(colour[row[6]])
        ws.cell(rr, 8).fill = fill(colour[row[7]])
    ws.append([])
    ws.append(["Key: G = on track / A = some slippage / R = off track / Complete = "
               "action closed by the Custody Strategic Board"])
    for col, w in zip("ABCDEFGHI", [6, 30, 44, 48, 26, 12, 10, 10, 44]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dk2-dyfed-powys-police-custody-inspection-action-plan.xlsx"))


if __name__ == "__main__":
    wchg()
    believe()
    merseytravel()
    rotherham()
    kirklees()
    stockport()
    dyfed_powys()
