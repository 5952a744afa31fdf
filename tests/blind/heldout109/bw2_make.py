"""Generator for the bw2- blind cases in heldout109 (plans outside children's services)."""
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
D = dt.datetime

FILL = {"R": "FF0000", "A": "FFC000", "G": "92D050", "B": "00B0F0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. County Durham and Darlington FRS - HMICFRS AFI action plan (xlsx)
# ---------------------------------------------------------------------------
def cddfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = ("County Durham and Darlington Fire and Rescue Service - "
                "HMICFRS Inspection 2023 Areas for Improvement Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress as at 31 January 2025 - reported to Audit and Finance Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for Improvement", "Action", "Owner", "Target Date",
           "Revised Target Date", "Progress Update", "RAG"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [7, 42, 50, 26, 13, 13, 48, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    def pillar(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).font = Font(bold=True, size=12)
        ws.cell(row=row, column=1).fill = fill("D9D9D9")

    def act(row, ref, afi, action, owner, target, revised, update, rag, rag_fill):
        vals = [ref, afi, action, owner, target, revised, update, rag]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if rag_fill:
            ws.cell(row=row, column=8).fill = fill(FILL[rag_fill])

    pillar(5, "Effectiveness")
    afi1 = ("The service should make sure it has an effective system for staff to use "
            "learning and debriefs to improve operational response and incident command.")
    act(6, "1.1", afi1,
        "Review the operational assurance policy and introduce a structured hot and cold "
        "debrief process for all level 2 incidents and above.",
        "Area Manager Response", D(2024, 6, 30), None,
        "Policy approved at SLT in May 2024. Debrief app now live on all front-line appliances.",
        "Complete", "B")
    act(7, "1.2", None,
        "Publish a quarterly operational learning bulletin to all stations and Fire Control.",
        "Head of Operational Assurance", D(2024, 9, 30), D(2025, 3, 31),
        "Two bulletins issued. Slipped owing to a vacancy in the OA team; post now filled.",
        "Amber", "A")
    ws.merge_cells("B6:B7")
    afi2 = ("The service should make sure its firefighters have good access to relevant "
            "and up-to-date risk information.")
    act(8, "2.1", afi2,
        "Clear the backlog of Site Specific Risk Information (SSRI) visits overdue for "
        "re-inspection and move all SSRI records onto the new mobile data terminals.",
        "Station Managers / Head of Protection", D(2025, 3, 31), None,
        "Backlog reduced from 212 premises to 64. MDT upload completed for all wholetime stations.",
        "Green", "G")
    pillar(10, "Efficiency")
    afi3 = ("The service should make sure it effectively monitors, reviews and evaluates the "
            "benefits and outcomes of any collaboration.")
    act(11, "3.1", afi3,
        "Develop a collaboration benefits framework and apply it to the shared estate "
        "arrangements with Durham Constabulary and the North East Ambulance Service.",
        "Director of Corporate Services", D(2024, 12, 31), D(2025, 4, 30),
        "Framework drafted and agreed by Blue Light Collaboration Board. Evaluation of the "
        "Barnard Castle shared station is under way.",
        None, "G")
    act(12, "3.2", None,
        "Report collaboration outcomes to the Combined Fire Authority each year.",
        "Chief Fire Officer", "Annual", None,
        "First annual report scheduled for the CFA meeting in April.",
        "Green", "G")
    ws.merge_cells("B11:B12")
    pillar(13, "People")
    afi4 = ("The service should assure itself that it has effective grievance and discipline "
            "procedures and that staff have confidence in them.")
    act(14, "4.1", afi4,
        "Commission an independent review of grievance handling and implement its "
        "recommendations.",
        "Head of HR", D(2025, 6, 30), None,
        "Independent reviewer appointed through ACAS; fieldwork starts in February.",
        "Green", "G")
    afi5 = ("The service should improve how it promotes its values and behaviours so that "
            "all staff understand and demonstrate them.")
    act(15, "5.1", afi5,
        "Deliver Core Code of Ethics workshops to all wholetime, on-call and support staff.",
        "Area Manager (Training) / HR Business Partner", D(2024, 10, 31), None,
        "Attendance by on-call staff remains low (41%). Recovery plan going to People Board "
        "in February.",
        "Red", "R")
    ws["A17"] = "RAG key:"
    ws["A17"].font = Font(bold=True)
    ws["B17"] = "Blue - complete"
    ws["B17"].fill = fill(FILL["B"])
    ws["B18"] = "Green - on track"
    ws["B18"].fill = fill(FILL["G"])
    ws["B19"] = "Amber - at risk of slipping"
    ws["B19"].fill = fill(FILL["A"])
    ws["B20"] = "Red - off track / overdue"
    ws["B20"].fill = fill(FILL["R"])
    wb.save(os.path.join(HERE, "bw2-county-durham-darlington-frs-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Thirteen Group - RSH consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
def thirteen():
    rows = [
        ["Thirteen Group - Consumer Standards Improvement Plan (Regulatory Judgement C3)", "", "", "", "", "", "", ""],
        ["Updated: 14/03/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Standard", "Regulator finding", "Ref", "Action", "Responsible Officer", "Due Date", "Status", "Update"],
        ["Safety and Quality Standard",
         "Thirteen could not evidence that it had up-to-date stock condition information for all homes.",
         "SQ1", "Complete a 100% stock condition survey programme over two years, starting with homes not surveyed since 2019.",
         "Director of Asset Management", "31/03/2026", "On track",
         "11,420 surveys completed to date (33% of stock). Contractor performance reviewed monthly."],
        ["", "", "SQ2", "Load survey data into the asset management system and publish a monthly data quality report.",
         "Head of Asset Intelligence", "Jun-25", "Amber",
         "System interface delayed by the supplier; manual upload in place as an interim measure."],
        ["", "Not all fire risk assessment remedial actions were completed within target timescales.",
         "SQ3", "Clear all overdue high-risk fire remedial actions and report progress to the Board each month.",
         "Head of Building Safety", "30/09/2024", "Complete",
         "All 187 overdue high-risk actions closed in September. Now business as usual."],
        ["", "", "SQ4", "Recruit two additional fire safety surveyors.",
         "Head of Building Safety", "Q1 2025/26", "Not started",
         "Recruitment paused pending restructure of the compliance team."],
        ["", "", "", "", "", "", "", ""],
        ["Transparency, Influence and Accountability Standard",
         "Tenant satisfaction measures were not used to understand the experiences of different groups of tenants.",
         "TIA1", "Break down TSM results by age, ethnicity, disability and tenure and publish the analysis to customers.",
         "Head of Customer Insight", "31/12/2024", "Complete",
         "Analysis published on the website and in the winter edition of Thirteen Together."],
        ["", "", "TIA2", "Set up a Customer Voice scrutiny panel with terms of reference agreed with tenants.",
         "Director of Customer Experience", "Ongoing", "Green",
         "Panel has met three times; first scrutiny review (complaints handling) under way."],
        ["Tenancy Standard",
         "Thirteen did not have an up-to-date understanding of the needs of its tenants.",
         "TS1", "Run a tenancy audit (\"Get to know you\" visits) to update household and vulnerability data.",
         "Head of Neighbourhoods", "March 2026", "On track",
         "Visits started in January; 2,300 households visited."],
    ]
    with open(os.path.join(HERE, "bw2-thirteen-group-rsh-consumer-standards-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 3. Royal Wolverhampton NHS Trust - internal audit tracker, mistyped month (xlsx)
# ---------------------------------------------------------------------------
def rwt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "The Royal Wolverhampton NHS Trust - Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit Committee, January 2025"
    ws["A2"].font = Font(bold=True)
    hdr = ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Latest Update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    data = [
        ["Data Security and Protection Toolkit 2023/24", "Moderate", "1", "High",
         "Information asset owners should complete data flow mapping for all critical systems.",
         "IAOs to complete and return data flow maps; IG team to review and sign off.",
         "Head of Information Governance", "30/06/2024", "30/11/2024", "Complete",
         "All 46 critical systems mapped and signed off."],
        ["", "", "2", "Medium",
         "Mandatory IG training compliance should reach the 95% target.",
         "Monthly compliance reports to divisional governance meetings with named non-compliant staff.",
         "Head of Information Governance", "31/03/2024", "Decmber 2024", "Amber",
         "Compliance 93.1% at end of December."],
        ["Payroll", "Substantial", "1", "Low",
         "Leavers forms should be submitted before the staff member's last working day.",
         "Reminder to managers via the weekly bulletin and quarterly late-leaver report.",
         "Payroll Manager", "30/09/2024", "", "Complete", "Bulletin issued; report in place."],
        ["Medical Job Planning", "Limited", "1", "High",
         "Job plans should be reviewed and signed off annually for all consultants.",
         "Divisional medical directors to complete outstanding reviews.",
         "Deputy Medical Director", "31/10/2024", "31/03/2025", "Red",
         "61% signed off. Escalated to Medical Director."],
    ]
    for r, row in enumerate(data, start=5):
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
    for col, w in zip("ABCDEFGHIJK", [26, 12, 7, 9, 40, 40, 24, 12, 12, 10, 36]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bw2-royal-wolverhampton-nhs-trust-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 4. Middlesbrough ASC - CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def middlesbrough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Middlesbrough Council Adult Social Care - CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("This plan responds to the areas for improvement in the CQC local authority "
                "assessment report and is monitored monthly by the ASC Improvement Board.")
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Area for improvement (CQC report)", "What we will do", "Lead",
           "By when", "RAG", "Progress update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row=row, column=1).fill = fill("BDD7EE")

    def act(row, vals, date_fmt=None):
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = date_fmt or "dd/mm/yyyy"
        rag = vals[5]
        if rag in FILL:
            ws.cell(row=row, column=6).fill = fill(FILL[rag])

    theme(5, "Theme 1: Working with people")
    afi_a = ("People waited too long for a Care Act assessment and there was no consistent "
             "oversight of risk while they waited.")
    act(6, ["1.1", afi_a,
            "Introduce a waiting well protocol with contact every four weeks and risk-based prioritisation of the assessment waiting list.",
            "Karen Dobson", D(2025, 4, 30), "B",
            "Protocol live from 1 April. Waiting list reviewed weekly at the triage huddle."])
    act(7, ["1.2", None,
            "Reduce the number of people waiting over 28 days for an assessment by 50%.",
            "Karen Dobson / Gary Welsh", "Sept 2025", "A",
            "Down from 312 to 214. Agency social workers extended to December."])
    ws.merge_cells("B6:B7")
    afi_b = "Unpaid carers did not always receive a carer's assessment or know what support was available."
    act(8, ["1.3", afi_b,
            "Recommission the carers' support service with a single front door through the Carers Centre.",
            "Head of Commissioning", "Q3 2025/26", "G",
            "Tender evaluation complete; contract award report to Executive in September."])
    ws.row_dimensions[9].height = 8
    theme(10, "Theme 2: Providing support")
    afi_c = "Direct payment take-up was low and people found the process hard to navigate."
    act(11, ["2.1", afi_c,
             "Simplify the direct payment agreement and publish an easy-read guide co-produced with people who use direct payments.",
             "Principal Social Worker", D(2025, 6, 30), "G",
             "Easy-read guide drafted with the Making It Real group; launch planned for June."])
    theme(12, "Theme 3: Ensuring safety")
    afi_d = ("Safeguarding enquiries were not always completed in a timely way and outcomes "
             "were not consistently recorded.")
    act(13, ["3.1", afi_d,
             "Audit a monthly sample of 20 section 42 enquiries and report findings to the Safeguarding Adults Board.",
             "Head of Safeguarding and Quality Assurance", "Monthly", "G",
             "Audits completed April to July; themes fed back through practice forums."])
    act(14, ["3.2", None,
             "Add mandatory outcome fields to the safeguarding module in the case management system.",
             "LAS Systems Lead", D(2025, 11, 1), None,
             "Change request submitted; awaiting supplier release date."], date_fmt="mmm-yy")
    ws.merge_cells("B13:B14")
    theme(15, "Theme 4: Leadership")
    afi_e = "Performance data was not used consistently to understand demand and drive improvement."
    act(16, ["4.1", afi_e,
             "Develop a Power BI performance dashboard for the ASC leadership team.",
             "Business Intelligence Manager", "Mar-25", "R",
             "Delayed: data warehouse migration incomplete. New date to be agreed at Improvement Board."])
    ws["A18"] = "Key: B = Complete   G = On track   A = Some slippage   R = Significant risk / off track"
    ws["A18"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 40, 50, 26, 12, 6, 48]):
        ws.column_dimensions[col].width = w

    dc = wb.create_sheet("Document control")
    dc.append(["Version", "Date", "Author", "Changes"])
    dc.append(["0.1", "12/02/2025", "ASC Improvement Lead", "First draft following CQC report"])
    dc.append(["1.0", "03/03/2025", "ASC Improvement Lead", "Approved by DASS"])
    dc.append(["1.3", "28/07/2025", "ASC Improvement Lead", "July progress update"])
    wb.save(os.path.join(HERE, "bw2-middlesbrough-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. South Kesteven DC - corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
def south_kesteven():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("South Kesteven District Council – LGA Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at South "
        "Kesteven District Council in June 2024. The peer team made eight recommendations. "
        "This action plan sets out how the Council will respond and will be monitored by the "
        "Governance and Audit Committee, ahead of the LGA progress review in 2025.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "2.1"), ("Last updated", "10 January 2025"),
                                ("Owner", "Head of Corporate Projects, Policy and Performance"),
                                ("Approved by", "Cabinet, 12 September 2024")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    hdr = ["Recommendation", "Action", "Lead Officer", "Timescale", "Progress", "RAG"]
    recs = [
        ("1. Develop a clear, long-term vision for the district that is shared with partners and communities.", [
            ("Refresh the Corporate Plan with a place-based vision, engaging residents, businesses and partners.",
             "Chief Executive", "Sept 2024 – March 2025",
             "Consultation closed in December with 1,140 responses. Draft plan to Cabinet in February.", "Green"),
            ("Hold an annual partnership summit to review progress against the vision.",
             "Leader / Chief Executive", "Annually",
             "First summit held at the Guildhall Arts Centre in November.", "Green"),
        ]),
        ("2. Put in place a Medium Term Financial Strategy that closes the budget gap in 2026/27 and beyond.", [
            ("Agree a savings and income programme of £2.5m with business cases for each proposal.",
             "Deputy Chief Executive and s151 Officer", "By 28 February 2025",
             "£1.6m identified; remaining proposals to Budget Joint Overview and Scrutiny Committee.", "Amber"),
        ]),
        ("3. Strengthen the Council's approach to performance management.", [
            ("Introduce quarterly performance reports to Cabinet and Overview and Scrutiny with agreed KPIs.",
             "Head of Corporate Projects, Policy and Performance", "October 2024",
             "First quarterly report taken to Cabinet on 15 October.", "Complete"),
            ("Train all service managers in the use of the new performance system.",
             "Head of Corporate Projects, Policy and Performance", "March 2025",
             "", ""),
        ]),
        ("4. Review the effectiveness of the Council's scrutiny arrangements.", [
            ("Commission the Centre for Governance and Scrutiny to review committee structures and work programming.",
             "Democratic Services Manager", "December 2024",
             "Review completed; recommendations accepted by Council in December.", "Complete"),
            ("Implement the new committee structure.",
             "Monitoring Officer", "May 2025",
             "New structure to take effect from the Annual Council meeting.", "Green"),
        ]),
    ]
    table = doc.add_table(rows=1, cols=len(hdr))
    table.style = "Table Grid"
    for i, h in enumerate(hdr):
        table.rows[0].cells[i].text = h
        shade(table.rows[0].cells[i], "D9E2F3")
    bold_row(table.rows[0])
    colour = {"Green": "92D050", "Amber": "FFC000", "Complete": "00B0F0", "Red": "FF0000"}
    for rec, acts in recs:
        first = None
        for j, (a, lead, when, prog, rag) in enumerate(acts):
            row = table.add_row()
            if j == 0:
                row.cells[0].text = rec
                first = row.cells[0]
            row.cells[1].text = a
            row.cells[2].text = lead
            row.cells[3].text = when
            row.cells[4].text = prog
            row.cells[5].text = rag
            if rag in colour:
                shade(row.cells[5], colour[rag])
        if len(acts) > 1:
            first.merge(table.rows[len(table.rows) - 1].cells[0])
            # merge() concatenates empty paragraphs; keep the recommendation text only
            first.text = rec
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete (blue) - action delivered; Green - on track; "
                      "Amber - some risk to delivery; Red - not on track.")
    doc.save(os.path.join(HERE, "bw2-south-kesteven-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Northumberland SAB - SAR Adult D action plan (docx)
# ---------------------------------------------------------------------------
def northumberland_sab():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Northumberland Safeguarding Adults Board"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Safeguarding Adults Review 'Adult D' - Multi-Agency Action Plan", level=1)
    doc.add_paragraph(
        "Adult D was a 58-year-old man who lived alone and died following a house fire in "
        "March 2023. The review found that agencies did not share information about his "
        "self-neglect and hoarding, and that fire risk was not recognised. The Board accepted "
        "all four recommendations. Progress is reviewed by the SAR Sub-Group every quarter.")
    hdr = ["No.", "Action", "Lead", "Target date", "Progress / evidence", "RAG"]
    colour = {"G": "92D050", "A": "FFC000", "B": "00B0F0", "R": "FF0000"}
    recs = [
        ("Recommendation 1: The Board should seek assurance that the multi-agency self-neglect "
         "and hoarding guidance is understood and used by front-line staff.", [
            ("1a", "Refresh the self-neglect and hoarding guidance to include a clutter rating tool and an escalation route.",
             "SAB Business Manager", "31/07/2024",
             "Refreshed guidance published July 2024 on the SAB website.", "B", "Complete"),
            ("1b", "Deliver briefings on the refreshed guidance to adult social care, housing and primary care staff.",
             "SAB Training Coordinator", "31/12/2024",
             "Eight briefings held, 214 attendees. Primary care session rescheduled to February.", "A", ""),
        ]),
        ("Recommendation 2: Northumberland Fire and Rescue Service and partners should make "
         "referrals for Safe and Wellbeing Visits routine where self-neglect is identified.", [
            ("2a", "Add a fire risk prompt and Safe and Wellbeing Visit referral to the adult social care assessment form.",
             "Head of Adult Safeguarding (NCC)", "30/09/2024",
             "Prompt added to the assessment form on Mosaic in August.", "B", ""),
            ("2b", "Monitor the number of referrals from partner agencies and report to the Board.",
             "NFRS Prevention Manager", "Quarterly",
             "Referrals up from 9 to 37 a quarter since the prompt went live.", "G", ""),
        ]),
        ("Recommendation 3: Agencies should assure the Board that Mental Capacity Act assessments "
         "consider executive capacity.", [
            ("3a", "Include executive capacity in MCA training for all partner agencies.",
             "Northumbria Healthcare MCA Lead", "31/03/2025",
             "Training materials updated; roll-out started in January.", "G", ""),
            ("3b", "Complete a multi-agency audit of MCA assessments in self-neglect cases.",
             "Quality and Performance Sub-Group Chair", "June 2025",
             "", "", ""),
        ]),
    ]
    for rec, acts in recs:
        hp = doc.add_paragraph()
        hr = hp.add_run(rec)
        hr.bold = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "E7E6E6")
        bold_row(t.rows[0])
        for no, a, lead, when, prog, rag, ragtext in acts:
            row = t.add_row()
            vals = [no, a, lead, when, prog, ragtext]
            for i, v in enumerate(vals):
                row.cells[i].text = v
            if rag:
                shade(row.cells[5], colour[rag])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue = complete, Green = on track, Amber = delayed, Red = not started / at risk.")
    doc.save(os.path.join(HERE, "bw2-northumberland-sab-sar-adult-d-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Darlington BC - scrutiny review recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def darlington_scrutiny():
    lines = [
        "Darlington Borough Council - Review of Private Rented Sector Housing Standards - Recommendations Tracker",
        "Economy and Resources Scrutiny Committee - update March 2025",
        "",
        "\t".join(["Recommendation", "Cabinet Response", "Ref", "Action", "Responsible Officer",
                   "Target Date", "Status", "Progress"]),
    ]
    rows = [
        ["Recommendation 1: That the Council considers a selective licensing scheme for the Northgate and Central wards.",
         "Agreed", "1.1", "Commission evidence base report on housing conditions, ASB and deprivation in Northgate and Central.",
         "Private Sector Housing Manager", "31/10/2024", "Complete",
         "Evidence base report received from consultants and circulated to members."],
        ["", "", "1.2", "Report the outcome of the evidence review and proposed next steps to Cabinet.",
         "Assistant Director Housing and Revenues", "Apr-25", "On track",
         "Cabinet report drafted; consultation plan being prepared."],
        ["Recommendation 2: That a landlord accreditation scheme is relaunched with incentives for members.",
         "Agreed in part", "2.1", "Relaunch the Darlington landlord accreditation scheme with a reduced fee for accredited landlords.",
         "Private Sector Housing Manager", "Jan-25", "Amber",
         "Fee reduction agreed. Relaunch moved to May to coincide with the Landlord Forum."],
        ["Recommendation 3: That tenants are given clearer information on how to report disrepair.",
         "Agreed", "3.1", "Update the Council website and produce a tenants' leaflet in plain English.",
         "Communications Manager", "December 2024", "Complete",
         "Webpages updated and leaflet distributed through libraries and Citizens Advice."],
        ["", "", "3.2", "Add a 'report disrepair' online form linked to the case management system.",
         "Digital Services Lead", "Q1 2025/26", "Not started", ""],
        ["Recommendation 4: That the Committee receives six-monthly updates on enforcement activity.",
         "Agreed", "4.1", "Present enforcement activity report to the Committee.",
         "Private Sector Housing Manager", "Six-monthly", "Green",
         "First update presented in January 2025."],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status: Complete / On track / Amber (some delay) / Red (not achievable) / Not started"]
    with open(os.path.join(HERE, "bw2-darlington-bc-scrutiny-private-rented-housing-review-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cddfrs()
    thirteen()
    rwt()
    middlesbrough()
    south_kesteven()
    northumberland_sab()
    darlington_scrutiny()
