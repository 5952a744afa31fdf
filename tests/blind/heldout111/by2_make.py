"""Generator for the by2- cases of heldout111 (plans outside children's services)."""
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

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def rag_fill(word):
    w = (word or "").lower()
    if w in ("complete", "completed", "blue", "b"):
        return FILL["blue"]
    if w in ("green", "g", "on track"):
        return FILL["green"]
    if w in ("amber", "a"):
        return FILL["amber"]
    if w in ("red", "r"):
        return FILL["red"]
    return None


def header_row(ws, row, headers):
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=row, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


# ---------------------------------------------------------------- 1. ASC CQC (xlsx)
def asc_nnc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "North Northamptonshire Council – Adult Social Care Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Our response to the CQC Local Authority Assessment. Progress position as at "
                "30 September 2025, reported to the ASC Improvement Board.")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer",
               "Target date", "Revised date", "RAG", "Progress update"]
    header_row(ws, 4, headers)
    rows = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "Waiting times for Care Act assessments were too long and people were not always "
                "kept informed while they waited.", 2),
        ("1.1", "Implement a 'waiting well' contact protocol so that everyone awaiting an assessment "
                "is contacted at least every four weeks and risk is reviewed.",
         "Head of Adult Social Care Operations", D(2025, 6, 30), None, "Complete",
         "Protocol live from 2 June 2025. Contact compliance at 94% in August."),
        ("1.2", "Reduce the number of people waiting more than 28 days for a Care Act assessment "
                "to below 150.",
         "AD Adult Social Care / Head of Performance", D(2025, 12, 31), None, "Amber",
         "Waiting list down from 412 to 236. Agency assessors extended to December; recruitment "
         "to permanent posts ongoing."),
        ("afi", "Unpaid carers found it hard to get a carer's assessment and did not know what "
                "support was available to them.", 1),
        ("1.3", "Recommission the carers' support service with a single point of contact, with "
                "carers' assessments completed by the provider under delegated arrangements.",
         "Commissioning Manager (Carers)", D(2026, 3, 31), None, "Green",
         "Tender published July 2025; evaluation panel includes two carers. Contract award due January."),
        ("theme", "Theme 2: Providing support"),
        ("afi", "There were gaps in home care capacity in rural areas, particularly in the north "
                "of the county.", 2),
        ("2.1", "Develop a rural home care framework with enhanced rates for hard-to-reach postcodes.",
         "Sarah Whitfield", D(2025, 9, 30), D(2025, 11, 30), "Green",
         "Framework agreed by Executive in September. Date revised to allow provider engagement events."),
        ("2.2", "Expand the direct payments and personal assistant offer, including a searchable "
                "PA register.",
         "SW / KM", "Ongoing", None, "Green",
         "PA register launched with 38 PAs. Direct payment uptake 24.1% (target 25%)."),
        ("theme", "Theme 3: Ensuring safety"),
        ("afi", "Safeguarding enquiries were not always completed in a timely way and outcomes for "
                "people were not consistently recorded.", 2),
        ("3.1", "Introduce a safeguarding triage hub at the front door with a senior practitioner "
                "decision within 24 hours of every concern.",
         "Principal Social Worker", D(2025, 4, 30), None, "Complete",
         "Hub operational since April. 97% of concerns triaged within 24 hours."),
        ("3.2", "Audit 20 safeguarding enquiries each quarter and report findings to the Quality "
                "Assurance Board.",
         "Head of Safeguarding and Quality Assurance", "Quarterly", None, "Green",
         "Q1 audit completed; making safeguarding personal recorded in 85% of cases audited."),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Performance information was not always used to understand outcomes for people.", 1),
        ("4.1", "Launch an ASC performance dashboard (Power BI) reviewed monthly by the Directorate "
                "Management Team.",
         "Head of Performance & Business Intelligence", D(2025, 10, 31), None, "Red",
         "Delayed by data migration to the new case management system. Revised date to be agreed at DMT."),
    ]
    r = 5
    afi_left = 0
    for item in rows:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = FILL["theme"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        if item[0] == "afi":
            afi_text, span = item[1], item[2]
            ws.cell(row=r, column=2, value=afi_text)
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
            continue
        ref, action, lead, target, revised, rag, progress = item
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        tc = ws.cell(row=r, column=5, value=target)
        if isinstance(target, dt.datetime):
            tc.number_format = "dd/mm/yyyy"
        if revised is not None:
            rc = ws.cell(row=r, column=6, value=revised)
            rc.number_format = "dd/mm/yyyy"
        gc = ws.cell(row=r, column=7, value=rag)
        f = rag_fill(rag)
        if f:
            gc.fill = f
        ws.cell(row=r, column=8, value=progress)
        for c in range(1, 9):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "Action complete and evidenced"), ("Green", "On track to deliver by target date"),
           ("Amber", "Some slippage – recoverable"), ("Red", "Off track / at risk – escalate to Board")]
    for word, meaning in key:
        r += 1
        kc = ws.cell(row=r, column=1, value=word)
        kc.fill = rag_fill(word)
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGH", [7, 40, 50, 28, 12, 12, 11, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "by2-north-northamptonshire-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. Police PEEL (xlsx, refuse)
def peel_syp():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "South Yorkshire Police – PEEL 2023-25 Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Strategic Planning & Inspection Team | Reported to: Force Inspection & Audit "
                "Board | Version 7 – 12/08/2025")
    headers = ["AFI Ref", "PEEL Question", "Area for improvement", "Action", "Action Owner",
               "Target Date", "Revised Date", "Previous RAG", "Current RAG", "Update"]
    header_row(ws, 4, headers)
    q1 = "Responding to the public"
    afi1 = ("The force should make sure it answers non-emergency (101) calls promptly and that "
            "fewer callers abandon their call.")
    q2 = "Investigating crime"
    afi2 = ("The force should make sure that investigations are supervised effectively and that "
            "victims are kept updated.")
    q3 = "Protecting vulnerable people"
    afi3 = ("The force should improve how it manages registered sex offenders, making sure home "
            "visits are completed on time.")
    q4 = "Developing a positive workplace"
    afi4 = "The force should improve how it identifies and supports officers and staff with wellbeing needs."
    data = [
        ("AFI 1.1", q1, afi1, "Introduce call-back functionality for 101 callers waiting more than five minutes.",
         "Supt Contact Management", D(2025, 3, 31), None, "Amber", "Complete",
         "Call-back went live 10 March. Abandonment rate reduced from 27% to 14%."),
        ("AFI 1.2", q1, afi1, "Review contact centre shift pattern against demand profile.",
         "Ch Insp R. Hollis", D(2025, 6, 30), D(2025, 9, 30), "Amber", "Green",
         "New rota consulted on with staff associations; implementation September."),
        ("AFI 2.1", q2, afi2, "Refresh the investigation supervision standard and deliver it through CPD days for all sergeants.",
         "Det Supt Crime Standards", D(2025, 7, 31), None, "Green", "Green",
         "Three of five CPD days delivered; remaining two booked for July."),
        ("AFI 2.2", q2, afi2, "Monthly audit of victim updates (VCOP compliance) reported to the Crime Performance Board.",
         "Head of Performance", "Monthly", None, "Green", "Green",
         "Compliance 81% in July audit (June 76%)."),
        ("AFI 3.1", q3, afi3, "Recruit four additional MOSOVO officers and clear the backlog of overdue home visits.",
         "DCI Public Protection", D(2025, 5, 31), "Noveber 2025", "Red", "Amber",
         "Two officers in post; two in vetting. Overdue visits reduced from 143 to 61."),
        ("AFI 3.2", q3, afi3, "Introduce ARMS quality assurance dip-sampling by the PPU inspector.",
         "DCI Public Protection", D(2025, 4, 30), None, "Green", "Complete",
         "Dip-sampling embedded from April; results reported to PPU SMT."),
        ("AFI 4.1", q4, afi4, "Roll out wellbeing conversations as part of the annual PDR process.",
         "Head of People Services", D(2025, 12, 31), None, "Green", "Green",
         "Included in revised PDR template issued in June."),
        ("AFI 4.2", q4, afi4, "Appoint wellbeing champions in every district and department.",
         "Ch Insp L. Barker / Unison Branch Secretary", D(2025, 10, 31), None, "Amber", "Amber",
         "28 champions trained; gaps remain in Doncaster and Force Control Room."),
    ]
    r = 5
    for row in data:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c in (8, 9):
            f = rag_fill(ws.cell(row=r, column=c).value)
            if f:
                ws.cell(row=r, column=c).fill = f
        r += 1
    assert ws.cell(row=9, column=7).value == "Noveber 2025"
    for col, w in zip("ABCDEFGHIJ", [9, 20, 40, 45, 24, 12, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "by2-south-yorkshire-police-peel-afi-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. Internal audit (xlsx)
def audit_somerset():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "Somerset NHS Foundation Trust – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 15 January 2025"
    ws["A2"].font = Font(bold=True)
    headers = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
               "Responsible officer", "Original due date", "Revised due date", "Status", "Latest update"]
    header_row(ws, 4, headers)
    groups = [
        ("Data Security and Protection Toolkit 2023/24 (Limited assurance)", [
            ("DSPT.1", "High", "Leavers' network accounts should be disabled on the day of leaving.",
             "Automate account disablement from the ESR leavers feed; weekly exception report to IG Manager.",
             "Head of IT Infrastructure", D(2024, 9, 30), D(2024, 12, 31), "Complete",
             "Automated feed live 2 December 2024. Exception report shows 3 late disablements in December."),
            ("DSPT.2", "Medium", "Information asset registers should be reviewed and signed off annually by IAOs.",
             "Issue IAR review pack to all Information Asset Owners and track returns through IG Steering Group.",
             "Information Governance Manager", D(2024, 12, 31), None, "Amber",
             "41 of 58 IARs returned. Chasers issued; escalation to divisional directors in January."),
        ]),
        ("Payroll Overpayments (Reasonable assurance)", [
            ("PAY.1", "Medium", "Late termination forms should be monitored and reported to divisions monthly.",
             "Monthly late-termination report to divisional HR business partners, with repeat offenders escalated.",
             "Payroll Services Manager", D(2024, 10, 31), None, "Complete",
             "Report issued monthly since October; overpayments down 38% on same period last year."),
            ("PAY.2", "Low", "The overpayment recovery procedure should be updated to reflect current practice.",
             "Update and re-approve the Overpayment Recovery Procedure.",
             "Deputy Director of Workforce", D(2024, 12, 31), D(2025, 3, 31), "Green",
             "Draft procedure with Staff Side for consultation; approval at JNCC in March."),
        ]),
        ("Medical Devices Management (Limited assurance)", [
            ("MDM.1", "High", "All medical devices should be recorded on the asset database with a planned maintenance date.",
             "Complete a ward-by-ward device inventory and reconcile it to the EBME database.",
             "Head of Clinical Engineering", D(2024, 11, 30), D(2025, 2, 28), None,
             "Inventory complete for 31 of 44 wards. Community hospitals scheduled for January and February."),
            ("MDM.2", "High", "Overdue planned preventative maintenance should be reported to the Medical Devices Group.",
             "Add overdue PPM by division to the Medical Devices Group dashboard.",
             "Head of Clinical Engineering", D(2024, 10, 31), None, "Red",
             "Dashboard not yet produced due to EBME system upgrade. Interim manual report taken to December meeting."),
            ("MDM.3", "Medium", "Training records for high-risk devices should be held centrally.",
             "Move device competency records onto the Trust's learning management system.",
             "Clinical Skills Lead", D(2025, 6, 30), None, "Not started",
             "Scoping with L&D in Q4."),
        ]),
    ]
    r = 5
    for title, recs in groups:
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        for cc in range(1, 10):
            ws.cell(row=r, column=cc).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for cc, v in enumerate(rec, 1):
                cell = ws.cell(row=r, column=cc, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            st = ws.cell(row=r, column=8)
            if st.value is None:
                st.fill = FILL["amber"]     # status shown only by colour
            else:
                f = rag_fill(st.value)
                if f:
                    st.fill = f
            r += 1
        r += 1  # blank row between audits
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for word, meaning in [("Complete", "Recommendation implemented and evidence received"),
                          ("Green", "On track for original/revised date"),
                          ("Amber", "At risk of missing date"),
                          ("Red", "Overdue"),
                          ("Not started", "Not yet due to start")]:
        r += 1
        kc = ws.cell(row=r, column=1, value=word)
        f = rag_fill(word)
        if f:
            kc.fill = f
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGHI", [9, 9, 42, 45, 26, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "by2-somerset-nhsft-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


# ---------------------------------------------------------------- 4. Housing (docx)
def housing_home_group():
    doc = Document()
    doc.add_heading("Home Group – Complaint Handling Code Self-Assessment Action Plan 2025/26", level=1)
    doc.add_paragraph(
        "This action plan sets out what we will do to close the gaps identified in our annual "
        "self-assessment against the Housing Ombudsman's Complaint Handling Code. It was reviewed "
        "by the Customer Voice Panel and approved by the Customer and Communities Committee. "
        "Progress is reported quarterly.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "18 July 2025"),
                                ("Owner", "Head of Customer Experience"),
                                ("Approved by", "Customer and Communities Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    headers = ["Ref", "Gap identified in self-assessment", "Action", "Owner", "Due by", "Status"]
    sections = [
        ("Section 3: Accessibility and awareness", [
            ("3a", "Our complaints policy is not available in easy read or in the most common community languages.",
             [("3a.1", "Publish an easy read version of the complaints policy and translations into the five most requested languages.",
               "Customer Experience Manager", "31 March 2025", "Complete")]),
            ("3b", "Customers are not routinely told about their right to go to the Ombudsman at each stage.",
             [("3b.1", "Update all stage 1 and stage 2 response templates to include Ombudsman contact details.",
               "Complaints Team Leader", "End of June 2025", "Complete"),
              ("3b.2", "Add Ombudsman information to the 'My Home' customer portal and annual tenant report.",
               "Digital Services Manager", "Q3 2025/26", "On track")]),
        ]),
        ("Section 5: Stage 1 and Stage 2 responses", [
            ("5a", "Stage 1 responses were sent outside the 10 working day timescale in 22% of cases.",
             [("5a.1", "Introduce a daily complaints triage huddle with repairs and neighbourhood teams.",
               "Head of Customer Experience", "September 2025", "On track"),
              ("5a.2", "Report timeliness by region to the Executive Leadership Team every month.",
               "Performance & Insight Lead", "Monthly", "On track")]),
            ("5b", "Extensions to timescales were not always agreed with the customer.",
             [("5b.1", "Refresher training for complaint handlers on agreeing and recording extensions.",
               "Learning & Development Partner", "31/10/2025", "Amber")]),
        ]),
        ("Section 8: Self-assessment, reporting and compliance", [
            ("8a", "Learning from complaints is not consistently shared with the Board.",
             [("8a.1", "Add a 'You said, we did' learning section to the quarterly complaints report to Board.",
               "Director of Customer Services", "Q4 2025/26", "Not started")]),
        ]),
    ]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for i, h in enumerate(headers):
        table.rows[0].cells[i].text = h
        shade(table.rows[0].cells[i], "1F3864")
    bold_row(table.rows[0])
    status_col = {"Complete": "00B0F0", "On track": "00B050", "Amber": "FFC000"}
    for sec, gaps in sections:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = sec
        shade(merged, "D9E1F2")
        bold_row(row)
        for gref, gap, actions in gaps:
            first = None
            for j, (aref, action, owner, due, status) in enumerate(actions):
                row = table.add_row()
                cells = row.cells
                cells[0].text = aref
                if j == 0:
                    cells[1].text = f"{gref}. {gap}"
                    first = cells[1]
                cells[2].text = action
                cells[3].text = owner
                cells[4].text = due
                cells[5].text = status
                if status in status_col:
                    shade(cells[5], status_col[status])
            if len(actions) > 1:
                last = table.rows[-1].cells[1]
                first.merge(last)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) – action delivered; On track (green); "
                      "Amber – at risk of slipping; Not started – due to start later in the year.")
    doc.save(os.path.join(HERE, "by2-home-group-housing-ombudsman-complaint-handling-code-action-plan.docx"))


# ---------------------------------------------------------------- 5. Peer challenge (docx)
def cpc_barrow():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Barrow Borough Council Corporate Peer Challenge – Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the Council "
        "in November 2019. The peer team's feedback report made six recommendations. This plan sets "
        "out how the Council will respond and was agreed by the Executive Committee on 5 February "
        "2020. Progress shown is as at July 2020.")
    recs = [
        ("Recommendation 1: Develop a clear and shared long-term vision for Barrow, with partners, "
         "and use it to drive the Council Plan.", [
            ("1.1", "Hold a place-shaping workshop with members, partners and the Barrow Town Deal Board.",
             "Chief Executive", "March 2020", "B", "Workshop held 24 February 2020 with 42 attendees."),
            ("1.2", "Refresh the Council Plan around the agreed vision and consult residents.",
             "Director of Resources / Policy Manager", "Dec 2019 – Sept 2020", "A",
             "Public consultation paused during lockdown; restarted online in July."),
        ]),
        ("Recommendation 2: Strengthen financial resilience by agreeing a medium-term savings "
         "programme.", [
            ("2.1", "Agree a three-year savings and income generation programme as part of the MTFP.",
             "Director of Resources", "Feb 2020", "B", "Approved by Council at budget meeting 27 February 2020."),
            ("2.2", "Report savings delivery quarterly to the Executive Committee.",
             "Finance Manager", "Quarterly", "G", "Q1 report presented in July."),
        ]),
        ("Recommendation 3: Invest in member development, including scrutiny training.", [
            ("3.1", "Deliver a member development programme with LGA support, including chairing skills for scrutiny chairs.",
             "Democratic Services Manager", "31/12/2020", "A",
             "Two sessions delivered virtually; remaining sessions to be rescheduled."),
        ]),
        ("Recommendation 4: Review the Council's capacity to deliver its regeneration ambitions.", [
            ("4.1", "Commission an organisational capacity review of the regeneration and planning teams.",
             "Chief Executive", "June 2020", "R",
             "Not yet commissioned; procurement delayed by COVID-19 response."),
            ("4.2", "Create a programme management office for the Town Deal and Marina Village schemes.",
             "Director of Regeneration", "Ongoing", "G", "Programme manager appointed June 2020."),
        ]),
    ]
    for rec_text, actions in recs:
        hp = doc.add_paragraph()
        hr = hp.add_run(rec_text)
        hr.bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "RAG", "Progress"]):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "BFBFBF")
        bold_row(t.rows[0])
        for no, action, lead, when, rag, prog in actions:
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].text = action
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = rag
            shade(cells[4], {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[rag])
            cells[5].text = prog
        doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete; G = on track; A = some delay but expected to be achieved; "
                      "R = significantly off track.")
    doc.save(os.path.join(HERE, "by2-barrow-bc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6. DHR (csv)
def dhr_chesterfield():
    rows = [
        ["Chesterfield Community Safety Partnership - Domestic Homicide Review 'Claire' - Action Plan Tracker", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Agency", "Action", "Lead Officer", "Target Date", "RAG", "Update / Evidence"],
        ["1.1", "All agencies to ensure staff routinely ask about domestic abuse when a client discloses relationship difficulties.",
         "Derbyshire Community Health Services", "Include routine enquiry prompts in the health visiting and community nursing templates on SystmOne.",
         "Named Nurse Safeguarding Adults", "31/03/2024", "Complete", "Template changes went live 14/03/2024; audit planned for Q2."],
        ["1.2", "All agencies to ensure staff routinely ask about domestic abuse when a client discloses relationship difficulties.",
         "Chesterfield Borough Council", "Housing options staff to complete DA routine enquiry training.",
         "Housing Options Manager", "30/06/2024", "Complete", "23 of 24 staff trained; remaining officer on long-term leave."],
        ["2.1", "The CSP to raise awareness of economic abuse with local employers and financial services.",
         "Chesterfield CSP", "Run an economic abuse awareness campaign with Surviving Economic Abuse materials during 16 Days of Action.",
         "Community Safety Officer", "December 2024", "Green", "Campaign materials agreed; launch 25 November."],
        ["", "", "", "", "", "", "", ""],
        ["3.1", "Derbyshire Constabulary to review the use of DASH risk assessments where the victim declines to answer.",
         "Derbyshire Constabulary", "Issue guidance and briefing to response officers on recording professional judgement when DASH is declined.",
         "DI Public Protection Unit", "30/09/2024", "Amber", "Briefing drafted; awaiting sign-off by the force DA lead."],
        ["3.2", "Derbyshire Constabulary to review the use of DASH risk assessments where the victim declines to answer.",
         "Derbyshire Constabulary", "Dip sample 50 DASH forms recorded as 'declined' and report findings to the DA Strategic Board.",
         "DI Public Protection Unit / DA Strategic Lead", "TBC", "", ""],
        ["4.1", "GP practices to be reminded of the IRIS referral pathway.",
         "Derbyshire ICB", "Circulate IRIS pathway briefing to all Chesterfield practices and include in the practice safeguarding leads forum.",
         "Designated Nurse Safeguarding Adults", "31/05/2024", "Complete", "Briefing circulated 02/05/2024; discussed at forum 16/05/2024."],
        ["5.1", "The CSP to assure itself that all recommendations are embedded.",
         "Chesterfield CSP", "Six-monthly progress report to CSP Board until all actions are complete.",
         "CSP Chair", "Six-monthly", "Green", "First report to Board October 2024."],
    ]
    with open(os.path.join(HERE, "by2-chesterfield-csp-dhr-claire-action-tracker-export.csv"), "w",
              newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# ---------------------------------------------------------------- 7. Tenant scrutiny (txt, tab-separated)
def scrutiny_onward():
    lines = [
        "Onward Homes – Customer Scrutiny Panel: Repairs Appointments Review",
        "Response and action plan to the Panel's recommendations (presented to Customer Committee, 9 April 2025)",
        "",
        "\t".join(["Panel recommendation", "No.", "Our response / action", "Responsible", "Target",
                   "Progress", "RAG"]),
        "\t".join(["R1: Offer customers a choice of morning, afternoon or school-run appointment slots for all routine repairs.",
                   "1.1", "Add a school-run slot (9.30am-2.30pm) to the repairs scheduling system.",
                   "Head of Repairs", "Jun-25", "Slot configured and live across all patches from 2 June.", "Complete"]),
        "\t".join(["", "1.2", "Promote the new slots in the customer newsletter and on the website.",
                   "Communications Manager", "Jul-25", "Article drafted for summer newsletter.", "G"]),
        "\t".join(["R2: Send a text reminder the day before every appointment and a 'we're on our way' message on the day.",
                   "2.1", "Procure and implement an automated SMS reminder service linked to operatives' mobile devices.",
                   "ICT Business Partner / Head of Repairs", "Q3 2025/26",
                   "Supplier shortlisted; integration testing planned for October.", "A"]),
        "\t".join(["R3: Improve first-time fix by making sure operatives have the right parts in the van.",
                   "3.1", "Review van stock lists with operatives using the top 50 most-used parts data.",
                   "Stores & Fleet Manager", "Sept 2025", "Workshops held with plumbing and electrical teams.", "G"]),
        "\t".join(["", "3.2", "Report first-time fix rate monthly to the Customer Scrutiny Panel.",
                   "Performance Analyst", "Monthly", "FTF 84% in May (target 90%).", "G"]),
        "",
        "\t".join(["R4: Tell customers the outcome when a repair has been passed to a specialist contractor.",
                   "4.1", "Update the contractor handover process so the customer receives a written update within 3 working days.",
                   "Contracts Manager", "31/12/2025", "", ""]),
        "",
        "RAG: Complete = delivered; G = on track; A = at risk; R = off track. Blank = not yet started.",
    ]
    with open(os.path.join(HERE, "by2-onward-homes-tenant-scrutiny-repairs-review-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    asc_nnc()
    peel_syp()
    audit_somerset()
    housing_home_group()
    cpc_barrow()
    dhr_chesterfield()
    scrutiny_onward()
