"""Generator for the v1- cases of heldout56 (blind corpus).

Run with /work/main/.venv/bin/python v1_make.py ; it writes the seven document files
beside this script.  The .expected.yaml files were written by hand from the content below.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------- helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =========================================================================== 1 HIW (docx)
def hiw_swansea_bay():
    doc = Document()
    landscape(doc)
    doc.add_heading("HIW Inspection of Maternity Services, Singleton Hospital – Improvement Plan", level=1)

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Service:", "Swansea Bay University Health Board – Singleton Hospital"),
        ("Ward/department:", "Maternity Unit (Labour Ward, Ward 19 and Antenatal Assessment Unit)"),
        ("Date of inspection:", "10 – 12 September 2024"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we "
        "require the service to complete an improvement plan telling us about the actions they are "
        "taking to address these areas."
    )

    hdr = ["Improvement needed", "Standard/Regulation", "Service action", "Responsible officer", "Timescale"]
    rows = [
        ("S", "Quality of the patient experience"),
        ("R",
         "The health board must ensure that information for patients, including leaflets and notices in the unit, is available bilingually in line with the Active Offer.",
         "Welsh Language (Wales) Measure 2011\nHealth and Care Standards – 3.2 Communicating effectively",
         "All patient information leaflets in the maternity unit will be audited against the health board's approved bilingual leaflet library and any English-only materials withdrawn and replaced.",
         "Head of Midwifery", "31 January 2025"),
        ("R",
         "The health board should ensure that partners are able to stay with women on the postnatal ward and that suitable facilities are available to support this.",
         "Health and Care Standards – 4.1 Dignified care",
         "The partners staying overnight guidance will be reviewed with the Maternity and Neonatal Voices Partnership, and reclining chairs will be procured for all postnatal bays.",
         "Postnatal Ward Matron", "March 2025"),
        ("S", "Delivery of safe and effective care"),
        ("R",
         "The health board must ensure that resuscitaire and emergency equipment checks are completed and recorded daily in all clinical areas.",
         "Health and Care Standards – 2.1 Managing risk and promoting health and safety",
         "Daily equipment check sheets have been reissued to all clinical areas and completion will be monitored weekly by the ward managers through the Tendable audit app.",
         "Labour Ward Manager / Ward 19 Manager", "Immediate and ongoing"),
        ("C",  # continuation: improvement needed + standard merged from the row above
         None, None,
         "Compliance with daily checks will be reported monthly to the Maternity Quality and Safety Group until 100% compliance has been sustained for three consecutive months.",
         "Head of Midwifery", "April 2025"),
        ("R",
         "The health board must ensure that medicines, including controlled drugs, are stored securely and that medicines fridge temperatures are monitored and recorded.",
         "Health and Care Standards – 2.6 Medicines management",
         "A pharmacy-led audit of medicines storage across the unit will be carried out and a fridge temperature escalation flowchart displayed at every medicines fridge.\nFindings will be shared with staff at the daily safety huddle.",
         "Divisional Pharmacist", "28 February 2025"),
        ("R",
         "The health board should ensure that fresh eyes reviews of CTG monitoring are consistently undertaken and documented hourly in line with national guidance.",
         "Health and Care Standards – 3.1 Safe and clinically effective care",
         "Fresh eyes stickers will be replaced by the electronic CTG review template in the BadgerNet maternity record, with a monthly audit of 20 records by the Fetal Monitoring Lead Midwife.",
         "Fetal Monitoring Lead Midwife", "Q4 2024/25"),
        ("S", "Quality of management and leadership"),
        ("R",
         "The health board must ensure that staff compliance with mandatory training, including PROMPT and safeguarding level 3, improves to meet the health board target of 85%.",
         "Health and Care Standards – 7.1 Workforce",
         "A compliance trajectory for each mandatory training module will be agreed with the Practice Development Midwives, and additional PROMPT dates have been scheduled between January and March 2025.",
         "Practice Development Midwife / Head of Midwifery", "31/03/2025"),
        ("R",
         "The health board should ensure that the outcomes of incident investigations are shared with staff so that learning is embedded in practice.",
         "Health and Care Standards – 3.1 Safe and clinically effective care",
         "A monthly 'Learning from Events' newsletter will be produced and discussed at safety huddles, and themes will be presented at the quarterly maternity governance study day.",
         "Lead Midwife for Clinical Governance", "December 2024"),
        ("R",
         "The health board must ensure that staff feel able to raise concerns and that senior leaders are visible on the unit.",
         "Governance, Leadership and Accountability",
         "Weekly walkarounds by the Director of Midwifery and the Head of Midwifery will be scheduled and recorded, and a staff listening event will be held each quarter.",
         "Director of Midwifery and Nursing", "Ongoing"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    prev = None
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "S":
            m = cells[0].merge(cells[4])
            set_cell(m, r[1], bold=True)
            shade(m, "DEEAF6")
            continue
        if r[0] == "C":
            for j in (0, 1):
                prev[j].merge(cells[j])
            for j, v in zip((2, 3, 4), r[3:]):
                set_cell(cells[j], v)
            continue
        for j, v in enumerate(r[1:]):
            set_cell(cells[j], v)
        prev = cells

    doc.add_paragraph("")
    doc.add_paragraph(
        "The following section must be completed by a representative of the service who has overall "
        "responsibility and accountability for ensuring the improvement plan is actioned."
    )
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Name (print):", "Gareth Howells"),
        ("Job role:", "Executive Director of Nursing and Patient Experience"),
        ("Date:", "21 November 2024"),
        ("Signature:", ""),
    ]):
        set_cell(s.cell(i, 0), k, bold=True)
        set_cell(s.cell(i, 1), v)
    doc.save(out("v1-swansea-bay-uhb-hiw-singleton-maternity-improvement-plan.docx"))


# =========================================================================== 2 Estyn PIAP (docx)
def estyn_school():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ysgol Gyfun Glan Teifi – Post-Inspection Action Plan", level=1)
    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Date of Estyn core inspection", "11 – 14 March 2024"),
        ("Follow-up category", "Estyn review"),
        ("Plan agreed by governing body", "9 July 2024"),
        ("Last reviewed", "Spring term 2025 review meeting with local authority challenge adviser, 27 March 2025"),
    ]):
        set_cell(ctl.cell(i, 0), k, bold=True)
        set_cell(ctl.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the school will address the four recommendations in the Estyn inspection "
        "report. It was drawn up by the senior leadership team with the local authority and is reviewed "
        "each term by the governing body's Standards Committee. The RAG column shows the position at the "
        "spring term 2025 review."
    )

    recs = [
        ("Recommendation 1: Improve the quality of teaching and assessment so that pupils make consistent progress across the curriculum", [
            ("1.1", "Develop a whole-school teaching and learning framework, agreed by all staff, that sets out the school's expectations for effective questioning, challenge and feedback.",
             "Framework in place; lesson visits show at least 80% of lessons meet the agreed expectations.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "Headteacher; Standards Committee", "B"),
            ("1.2", "Provide a programme of professional learning on questioning and adaptive teaching, using lesson study triads across departments.",
             "All teaching staff take part in at least two lesson study cycles; improvement seen in lesson visit evidence.",
             "DHT / Professional Learning Lead", "September 2024 – July 2025", "SLT line managers", "G"),
            ("1.3", "Strengthen the monitoring of books and lessons so that middle leaders identify and follow up shortcomings in the quality of feedback.",
             "Department reviews identify specific areas for improvement and show follow-up within six weeks.",
             "Heads of Department", "Spring term 2025", "SLT; challenge adviser", "A"),
        ]),
        ("Recommendation 2: Improve pupils' extended writing skills in Welsh and English", [
            ("2.1", "Map opportunities for extended writing across all areas of learning and experience and publish a whole-school writing calendar.",
             "Writing calendar published; every AoLE plans at least one extended writing task each half term.",
             "Literacy Co-ordinator", "October 2024", "DHT (Curriculum)", "B"),
            ("2.2", "Introduce a common marking code for writing in Welsh and English, and train all staff in its use.",
             "Book scrutiny shows the code used consistently in 90% of books sampled.",
             "Head of Welsh / Head of English", "Autumn term 2024", "Literacy Co-ordinator", "A"),
            ("2.3", "Run targeted writing intervention for Year 7 and Year 8 pupils identified through the national personalised assessments and teacher assessment.",
             "Pupils in the intervention groups improve their writing scores by at least one band.",
             "Intervention Lead (KS3)", "Summer term 2025", "ALNCo", "G"),
        ]),
        ("Recommendation 3: Ensure that self-evaluation and improvement planning focus precisely on the impact of provision on pupils' learning", [
            ("3.1", "Revise the school's self-evaluation calendar so that all leaders use first-hand evidence (lesson visits, book scrutiny and learner voice) to evaluate the impact of teaching.",
             "Self-evaluation reports refer to the progress of pupils and identify clear priorities.",
             "Headteacher", "September 2024", "Governing body", "B"),
            ("3.2", "Train middle leaders in writing department improvement plans with measurable success criteria linked to pupil progress.",
             "All department plans for 2024-25 contain measurable success criteria.",
             "Deputy Headteacher (Standards)", "November 2024", "Headteacher", "B"),
            ("3.3", "The Standards Committee will receive a report on progress against this plan and undertake at least one learning walk each term.",
             "Minutes show governors challenging progress; learning walk notes shared with staff.",
             "Chair of Governors", "Termly", "Full governing body", "G"),
        ]),
        ("Recommendation 4: Improve attendance, particularly of pupils eligible for free school meals", [
            ("4.1", "Appoint a Family Engagement Officer and establish weekly attendance meetings with the local authority Education Welfare Officer.",
             "Attendance of eFSM pupils rises by 3 percentage points by July 2025.",
             "Assistant Headteacher (Wellbeing) / EWO", "September 2024", "Headteacher", "B"),
            ("4.2", "Introduce a graduated response to persistent absence, including contact with families on the first day of absence.",
             "Persistent absence reduces to below 20%.",
             "Assistant Headteacher (Wellbeing)", "Ongoing", "Standards Committee", "G"),
        ]),
    ]
    fills = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    hdr = ["Ref", "Action", "Success criteria", "Lead", "Timescale", "Monitoring (who)", "RAG"]
    for title, acts in recs:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
            shade(cells[6], fills[a[6]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – completed;  G – on track;  A – some slippage, action being taken;  R – not on track")
    doc.save(out("v1-ysgol-gyfun-glan-teifi-estyn-piap.docx"))


# =========================================================================== 3 East Renfrewshire ASP (xlsx)
def east_renfrewshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "East Renfrewshire HSCP – Joint Inspection of Adult Support and Protection: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update to East Renfrewshire Adult Protection Committee – 14 March 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "Area for improvement", "Action", "Lead", "Timescale", "Measure of success",
           "Progress update (March 2024)", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    afi = {
        "chron": "The partnership should improve the quality and consistency of chronologies for adults at risk of harm.",
        "risk": "The partnership should ensure that risk assessments are completed for all adults at risk of harm at the investigation stage and are of a consistently good quality.",
        "conf": "The partnership should ensure that adults at risk of harm are supported to attend and participate in their adult protection case conferences.",
        "qa": "Strategic leaders should ensure that the adult protection committee's self-evaluation and quality assurance activity is systematic and informs improvement planning.",
        "train": "The partnership should ensure that all staff involved in adult support and protection receive training appropriate to their role, including council officer training.",
    }
    rows = [
        ("band", "Quality indicator 1: Key processes for adult support and protection"),
        ("1.1", "chron", "Revise the multi-agency chronology guidance and template, aligning it with the Care Inspectorate practice guide on chronologies.",
         "Adult Protection Lead Officer", dt.date(2023, 12, 31), "Revised guidance and template in use by all teams.",
         "Revised guidance approved by the APC in December 2023 and issued to all teams.", "Complete"),
        ("1.2", None, "Deliver briefing sessions on the revised chronology template to social work, health and police staff.",
         "LB / KMcK", dt.date(2024, 3, 31), "80% of relevant staff attend a briefing.",
         "Four of six sessions delivered. Remaining two sessions scheduled for April 2024.", "Amber"),
        ("1.3", "risk", "Introduce a mandatory risk assessment at the investigation stage within the CareFirst adult protection workflow.",
         "Business Systems Manager / Adult Protection Lead Officer", dt.date(2024, 6, 30), "Risk assessment recorded in 100% of investigations.",
         "Workflow change specified; user testing planned for May 2024.", "Green"),
        ("1.4", None, "Carry out a multi-agency audit of 30 case records to evaluate the quality of risk assessments, with findings reported to the APC.",
         "APC Quality Assurance Sub-group", dt.date(2024, 9, 30), "Audit completed and improvement actions agreed.",
         "Audit tool agreed. Audit scheduled for August 2024.", "Green"),
        ("1.5", "conf", "Review arrangements for independent advocacy so that every adult is offered advocacy before their initial case conference.",
         "Head of Adult Services: Communities and Wellbeing", dt.date(2024, 6, 30), "Increase in the proportion of adults attending or contributing to case conferences.",
         "Advocacy referral pathway under review with the commissioned advocacy provider.", "Amber"),
        ("band", "Quality indicator 2: Strategic leadership for adult support and protection"),
        ("2.1", "qa", "Develop a three-year APC quality assurance framework and self-evaluation calendar.",
         "Chief Social Work Officer", dt.date(2024, 3, 31), "Framework approved and first self-evaluation activity completed.",
         "Framework drafted and presented to the APC development session in February 2024. Final version to go to the June APC for approval.", "Amber"),
        ("2.2", None, "Establish an adult support and protection performance dataset reported quarterly to the Chief Officers' Group.",
         "Planning and Performance Manager", dt.date(2024, 4, 30), "Quarterly dataset reported to COG.",
         "Dataset agreed; first quarterly report due July 2024.", "Green"),
        ("2.3", "train", "Deliver council officer refresher training to all social workers who have not completed it in the past three years.",
         "Learning and Development Manager", dt.date(2023, 11, 30), "100% of council officers trained within the last three years.",
         "58% of eligible staff completed. Additional dates could not be sourced because of trainer availability; escalated to COG.", "Red"),
        ("2.4", None, "Include adult support and protection in the induction programme for all new HSCP staff, including health staff in community teams.",
         "HR Business Partner (HSCP)", "Ongoing", "ASP module completed by all new starts.",
         "ASP module added to the corporate induction from January 2024.", "Green"),
    ]
    r = 5
    afi_start = None
    last_afi = None

    def close_afi(end_row):
        if afi_start is not None and end_row > afi_start:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=end_row, end_column=2)

    for row in rows:
        if row[0] == "band":
            close_afi(r - 1)
            afi_start = None
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = FILL["band"]
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        no, key, action, lead, when, mos, prog, rag = row
        if key is not None:
            close_afi(r - 1)
            afi_start = r
            ws.cell(row=r, column=2, value=afi[key])
        vals = [no, None, action, lead, when, mos, prog, rag]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j)
            if j != 2:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.date):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        ws.cell(row=r, column=8).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]]
        r += 1
    close_afi(r - 1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for label, fill, desc in [("Complete", "blue", "Action completed"), ("Green", "green", "On track"),
                              ("Amber", "amber", "Some slippage – remedial action in place"),
                              ("Red", "red", "Not on track – escalated to Chief Officers' Group")]:
        r += 1
        ws.cell(row=r, column=1, value=label).fill = FILL[fill]
        ws.cell(row=r, column=2, value=desc)
    for col, w in zip("ABCDEFGH", (7, 40, 48, 24, 11, 32, 44, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("v1-east-renfrewshire-hscp-asp-joint-inspection-improvement-plan.xlsx"))


# =========================================================================== 4 WAST audit tracker (xlsx, refuse)
def wast_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Welsh Ambulance Services University NHS Trust – Audit Committee: Audit Recommendation Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 January 2025"
    hdr = ["Ref", "Recommendation", "Priority", "Management response / agreed action", "Responsible officer",
           "Original target date", "Revised target date", "Status", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("grp", "Internal Audit: Fleet Management (Limited Assurance) – final report June 2024"),
        ("FM.1", "Vehicle servicing schedules should be monitored centrally and overdue services escalated.", "High",
         "A central servicing dashboard will be developed in Tranman and overdue services reported weekly to Regional Fleet Managers.",
         "Head of Fleet", dt.date(2024, 9, 30), dt.date(2024, 12, 31), "Complete", "Dashboard live from 2 December 2024; weekly exception report in place."),
        ("FM.2", "Daily vehicle inspection checks should be evidenced at the start of every shift.", "Medium",
         "Re-issue the daily vehicle inspection checklist and include compliance in the monthly fleet KPI pack.",
         "Assistant Director of Operations (Planning)", dt.date(2024, 10, 31), None, "Complete", "Checklist re-issued October 2024; compliance now reported in KPI pack."),
        ("FM.3", "Fuel card transactions should be reconciled monthly and exceptions investigated.", "Medium",
         "Finance and Fleet to agree a monthly reconciliation process with exception reporting to the Financial Controller.",
         "Head of Fleet / Financial Controller", dt.date(2024, 12, 31), dt.date(2025, 3, 31), "On Track", "Process drafted; first reconciliation to be run for February 2025 transactions."),
        ("grp", "Internal Audit: Clinical Audit Programme (Reasonable Assurance) – final report October 2024"),
        ("CA.1", "The clinical audit programme should be aligned to the Trust's quality priorities and risk register.", "Low",
         "The 2025/26 clinical audit plan will be mapped against the Quality Strategy priorities and approved by the Quality, Patient Experience and Safety Committee.",
         "Clinical Audit Manager", dt.date(2025, 3, 31), None, "On Track", "Mapping exercise under way."),
        ("CA.2", "Actions arising from completed clinical audits should be tracked to completion.", "Medium",
         "Introduce an action log for each completed audit, reviewed at the Clinical Audit and Effectiveness Group.",
         "Medical Director", dt.date(2025, 1, 31), "Apirl 2025", "On Track", "Action log template agreed; revised date agreed by Audit Committee in January."),
        ("grp", "Audit Wales: Structured Assessment 2024"),
        ("SA.1", "The Trust should publish Board and committee papers at least seven days before each meeting.", "Medium",
         "Revise the Board business cycle and publication timetable so that papers are published seven days ahead.",
         "Board Secretary", dt.date(2025, 6, 30), None, "On Track", "Revised timetable in place from the March 2025 Board."),
        ("SA.2", "The Trust should strengthen the links between its financial plan and its workforce plan.", "Medium",
         "Produce an integrated financial and workforce plan for 2025/26 as part of the IMTP submission.",
         "Director of Finance and Corporate Resources", dt.date(2024, 11, 30), dt.date(2025, 2, 28), "At Risk", "Dependent on final Welsh Government allocation letter."),
        ("SA.3", "The Trust should evaluate the impact of its Quality Strategy.", "Low",
         "Commission an evaluation of the first year of the Quality Strategy and report to the Board.",
         "Executive Director of Quality and Nursing", dt.date(2025, 3, 31), None, "Not started", "Evaluation to be scoped in February 2025."),
    ]
    r = 6
    sfill = {"Complete": "blue", "On Track": "green", "At Risk": "amber", "Overdue": "red"}
    for row in rows:
        if row[0] == "grp":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        if row[7] in sfill:
            ws.cell(row=r, column=8).fill = FILL[sfill[row[7]]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for k, fill in [("Complete", "blue"), ("On Track", "green"), ("At Risk – may miss target date", "amber"), ("Overdue", "red")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = FILL[fill]
    for col, w in zip("ABCDEFGHI", (8, 42, 9, 48, 26, 12, 12, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("v1-wast-audit-committee-recommendation-tracker.xlsx"))


# =========================================================================== 5 SPS HMP Shotts (xlsx)
def sps_shotts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "HMP Shotts: Action Plan in response to HMIPS Full Inspection Report (May 2022)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Governor in Charge          Last updated: 28/02/2023"
    hdr = ["No.", "Standard", "Recommendation / area of concern", "Action", "Action owner", "Target date", "Update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.alignment = WRAP
        c.border = BOX
    rows = [
        (1, "Standard 2: Decency",
         "The heating system in Halls 1 and 2 should be repaired so that cells are maintained at a reasonable temperature.",
         "Estates to complete replacement of the heating pumps and valves in Halls 1 and 2, with weekly cell temperature checks recorded by residential managers.",
         "Estates Manager", dt.date(2023, 3, 31), "Contractor appointed; works started January 2023.", "green"),
        (2, None,
         "Prisoners should have access to clean bedding and clothing every week.",
         "Introduce a weekly laundry exchange timetable for each hall and monitor it through the hall manager checklist.",
         "Residential Manager", dt.date(2022, 12, 31), "Timetable in place in all halls since November 2022.", "blue"),
        (3, "Standard 3: Personal safety",
         "The prison should develop a violence reduction strategy informed by analysis of incidents.",
         "Produce a local violence reduction strategy based on analysis of incident data for 2021-22 and report progress to the Safer Custody meeting.",
         "Head of Operations", dt.date(2023, 4, 30), "Data analysis complete; draft strategy to go to the Senior Management Team in March.", "amber"),
        (4, None,
         "Talk to Me case conferences should be multidisciplinary and well recorded.",
         "Audit a sample of ten Talk to Me case files each quarter and share the findings with NHS Lanarkshire.",
         "Head of Offender Outcomes / Health Centre Manager", "Quarterly", "First audit completed December 2022; second due March 2023.", "green"),
        (5, "Standard 6: Purposeful activity",
         "Prisoners should have more time out of cell and access to work parties.",
         "Restore the full regime timetable for work parties in line with staffing levels and publish a regime plan for each hall.",
         "Head of Operations", dt.date(2023, 6, 30), "Regime still restricted because of a staffing shortfall of 14 officers.", "red"),
        (6, None,
         "Attendance at the Learning Centre should increase.",
         "Work with the education provider to offer evening and weekend learning sessions and promote them at hall meetings.",
         "Learning Centre Manager", dt.date(2023, 8, 31), "Evening classes piloted in Hall 3 from February.", "green"),
        (7, "Standard 7: Transitions from custody to life in the community",
         "The backlog in progression and risk management paperwork should be reduced.",
         "Clear the backlog of Risk Management Team cases by scheduling additional RMT boards each month.",
         "Head of Offender Outcomes", dt.date(2023, 9, 30), "Backlog reduced from 62 to 40 cases.", "amber"),
        (8, "Standard 8: Organisational effectiveness",
         "Stability in the senior management team should be improved.",
         "Make substantive appointments to the Deputy Governor and Head of Operations posts.",
         "Governor in Charge", dt.date(2022, 11, 30), "Both posts filled substantively in November 2022.", "blue"),
        (9, "Standard 9: Health and wellbeing",
         "Access to mental health services should improve and waiting times should be monitored.",
         "NHS Lanarkshire to recruit to the vacant mental health nurse posts and report waiting times to the Local Partnership Forum.",
         "NHS Lanarkshire Prison Healthcare Manager", "Ongoing", "Two of the three vacant posts filled.", "green"),
    ]
    r = 5
    std_start = None
    for row in rows:
        no, std, rec, act, owner, when, upd, rag = row
        if std is not None:
            if std_start is not None and r - 1 > std_start:
                ws.merge_cells(start_row=std_start, start_column=2, end_row=r - 1, end_column=2)
            std_start = r
            ws.cell(row=r, column=2, value=std)
        for j, v in enumerate([no, None, rec, act, owner, when, upd, None], 1):
            c = ws.cell(row=r, column=j)
            if j != 2 and v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.date):
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = FILL[rag]
        r += 1
    if std_start is not None and r - 1 > std_start:
        ws.merge_cells(start_row=std_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for fill, label in [("blue", "Complete"), ("green", "On track"), ("amber", "Some delay"), ("red", "Significant delay / at risk")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[fill]
        ws.cell(row=r, column=2, value=label)
    for col, w in zip("ABCDEFGH", (6, 26, 44, 50, 28, 12, 42, 7)):
        ws.column_dimensions[col].width = w
    wb.save(out("v1-sps-hmp-shotts-hmips-inspection-action-plan.xlsx"))


# =========================================================================== 6 PPS NI / CJI (csv, refuse)
def ppsni_csv():
    rec1 = "Within six months of the publication of this report the PPS should develop and implement a strategy to improve the timeliness of prosecutorial decisions in Crown Court cases."
    rec2 = "The PPS should work with the PSNI to review the Victim and Witness Care Unit service so that victims receive timely updates at key stages of their case."
    rec3 = "The PPS should strengthen its quality assurance of decisions, including the recording of reasons for no prosecution decisions."
    op1 = "The PPS should review its guidance on the disclosure of unused material in line with the revised Attorney General's guidelines."
    op2 = "The PPS should ensure that all prosecutors complete refresher training on the victim's right to review."
    op3 = "The PPS should monitor the use of counsel in the Magistrates' Courts to ensure value for money."
    afi1 = "Complaints data should be analysed to identify learning and reported to the Management Board."
    afi2 = "Case files should routinely record the rationale for the choice of court venue."
    rows = [
        ["Public Prosecution Service for Northern Ireland – CJI Inspection Action Plan", "", "", "", "", "", ""],
        ["Update: November 2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action", "Owner", "Target Date", "Status", "Update"],
        ["Strategic Recommendations", "", "", "", "", "", ""],
        ["SR1", rec1, "Develop a Timeliness Improvement Strategy with targets for each stage of Crown Court case preparation.", "Head of Policy and Information", "31/03/2024", "Complete", "Strategy approved by the Management Board and published in March 2024."],
        ["SR1", rec1, "Introduce monthly timeliness reporting by region to the Management Board.", "Deputy Director (Regional Prosecutions)", "30/06/2024", "Complete", "Monthly reports in place since May 2024."],
        ["SR2", rec2, "Carry out a joint review of the VWCU service level agreement with the PSNI, including the points at which victims are updated.", "Head of VWCU", "30/09/2024", "Green", "Joint review under way; revised SLA drafted."],
        ["SR3", rec3, "Extend the quality assurance sampling of no prosecution decisions to all regional offices and report results quarterly.", "AD/HB", "31/12/2024", "Amber", "Sampling in place in three of four regions; Western region to start in January 2025."],
        ["Operational Recommendations", "", "", "", "", "", ""],
        ["OR1", op1, "Revise the disclosure guidance and issue it to all prosecutors with a briefing note.", "Head of Policy and Information", "31/03/2025", "Green", "Draft guidance out for internal consultation."],
        ["OR2", op2, "Add a victim's right to review module to the mandatory training programme for all prosecutors.", "Head of Learning and Development", "30/09/2205", "Not started", "Module to be developed with the College of Policing materials."],
        ["OR3", op3, "Produce a six-monthly report on counsel fees in the Magistrates' Courts for the Finance Committee.", "Head of Finance", "31/10/2024", "Complete", "First report presented October 2024."],
        ["Areas for Improvement", "", "", "", "", "", ""],
        ["AFI1", afi1, "Add a quarterly analysis of complaints themes to the Management Board performance report.", "Head of Corporate Services", "31/12/2024", "Green", "First analysis to be included in the Q3 report."],
        ["AFI2", afi2, "Amend the case management system to include a mandatory venue rationale field.", "Head of ICT", "31/03/2025", "Red", "System change not yet prioritised in the ICT work programme."],
    ]
    with open(out("v1-ppsni-cjini-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# =========================================================================== 7 Torridge CPC (txt, tab-separated)
def torridge_txt():
    lines = [
        ["Torridge District Council – Corporate Peer Challenge Action Plan"],
        ["LGA Corporate Peer Challenge held 23-25 April 2024. Progress position: January 2025"],
        [],
        ["No.", "Recommendation", "Action", "Lead Officer", "Target Date", "RAG", "Progress update"],
        ["1.1", "Levelling Up – Ensure the council has the capacity and governance to deliver the Appledore Levelling Up Fund programme and the Levelling Up Partnership.",
         "Establish a Levelling Up Programme Board chaired by the Chief Executive with monthly highlight reporting.", "Chief Executive", "Jul-24", "Complete", "Board established July 2024 and meets monthly."],
        ["1.2", "", "Recruit a dedicated programme manager and project officer for the Levelling Up Fund schemes.", "Head of Economic Development", "Oct-24", "Complete", "Both posts appointed; programme manager started 1 October 2024."],
        ["2.1", "Capacity to deliver – Prioritise the council's programme so that it is deliverable within existing capacity.",
         "Produce a prioritised corporate delivery plan alongside the refreshed Strategic Plan, pausing projects that cannot be resourced.", "Strategic Director / Head of Communities", "Mar-25", "Green", "Draft delivery plan to be considered by Full Council in March 2025."],
        ["3.1", "Member development and behaviour – Develop a member development programme and strengthen the approach to member behaviour.",
         "Agree a member development programme with cross-party input, including induction modules for the 2027 elections.", "Democratic Services Manager", "Dec-24", "Amber", "Draft programme prepared. Member survey closes in February 2025 so the programme has slipped."],
        ["3.2", "", "Refresh the member-officer protocol and deliver training on the Code of Conduct to all councillors.", "Monitoring Officer", "Mar-25", "Green", "Code of Conduct training held in November 2024; protocol being redrafted."],
        ["4.1", "Review of procedures – Review the constitution, scheme of delegation and contract procedure rules.",
         "Commission an external review of the constitution and scheme of delegation.", "Monitoring Officer", "Q4 2024/25", "Green", "Review commissioned and under way."],
        ["5.1", "Financial sustainability – Develop a Medium Term Financial Strategy with a savings plan to close the forecast budget gap.",
         "Update the MTFS to 2029/30 and set out a savings and income programme to close the budget gap.", "Chief Financial Officer (S151)", "Feb-25", "Green", "MTFS update to go to Council with the 2025/26 budget."],
        ["5.2", "", "Hold budget workshops with all political groups before the 2025/26 budget is set.", "CFO / Chief Executive", "Jan-25", "Complete", "Three workshops held in December 2024 and January 2025."],
        ["6.1", "Risk management – Embed risk management at a corporate and service level.",
         "Refresh the corporate risk register and report it quarterly to the Audit and Governance Committee.", "Corporate Risk Officer", "Quarterly", "Green", "Refreshed register reported in September 2024 and January 2025."],
        ["7.1", "Communications – Develop a communications and engagement strategy, including internal communications.",
         "Launch a monthly staff briefing from the Chief Executive and a quarterly residents' e-newsletter.", "Communications Manager", "Ongoing", "Green", "Staff briefings running since August 2024; first e-newsletter issued in November 2024."],
        ["7.2", "", "Adopt a Communications and Engagement Strategy 2025-28.", "Communications Manager", "Apr-25", "Not started", "Work to begin once the Strategic Plan is adopted."],
        [],
        ["RAG key: Complete – action delivered; Green – on track; Amber – some slippage; Red – significant risk to delivery"],
    ]
    with open(out("v1-torridge-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    hiw_swansea_bay()
    estyn_school()
    east_renfrewshire()
    wast_tracker()
    sps_shotts()
    ppsni_csv()
    torridge_txt()
    print("done")
