"""Generator for the br2- cases of heldout104 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python br2_make.py ; writes the document files beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILLS = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "band": "DCE6F1", "head": "1F3864", "lightgreen": "C6EFCE",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def xl_row(ws, r, values, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BORDER
    return r


def xl_header(ws, r, values):
    xl_row(ws, r, values)
    for c in range(1, len(values) + 1):
        cell = ws.cell(row=r, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILLS["head"])


def xl_band(ws, r, text, ncols, color=FILLS["band"]):
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1)
    c.font = Font(bold=True)
    c.fill = fill(color)
    c.alignment = Alignment(vertical="center")


def rag_fill(cell, word):
    w = (word or "").strip().lower()
    m = {"complete": "blue", "completed": "blue", "green": "green", "g": "green",
         "on track": "green", "amber": "amber", "a": "amber", "red": "red", "r": "red"}
    if w in m:
        cell.fill = fill(FILLS[m[w]])
        if m[w] in ("blue", "red", "green"):
            cell.font = Font(color="FFFFFF", bold=True)


# ---------------------------------------------------------------------------
# 1. Sheffield Teaching Hospitals NHS FT: Board of Directors public action log (xlsx)
# ---------------------------------------------------------------------------
def make_sth_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Sheffield Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (held in public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 26 February 2025. Actions marked Complete will be removed once noted by the Board."
    hdr = ["Action no.", "Meeting date", "Action", "Lead", "Due date", "Revised due date",
           "Progress update", "Status"]
    xl_header(ws, 5, hdr)
    rows = [
        ("band", "Board of Directors – 27 November 2024"),
        ("BoD 24/118", dt.date(2024, 11, 27),
         "Provide the Board with a breakdown of patients waiting over 52 weeks by specialty, including the recovery trajectory for ophthalmology and ENT.",
         "Chief Operating Officer", dt.date(2025, 1, 29), None,
         "Included in the Integrated Performance Report presented to the January Board. Proposed for closure.",
         "Complete"),
        ("BoD 24/119", dt.date(2024, 11, 27),
         "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the learning from the first year of implementation.",
         "Chief Nurse / Medical Director", "March 2025", None,
         "Session booked for the Board development day on 26 March 2025; the Patient Safety Specialist will present.",
         "On track"),
        ("BoD 24/120", dt.date(2024, 11, 27),
         "Bring the revised Freedom to Speak Up policy back to the Board for approval following consultation with staff side.",
         "Director of Human Resources and Organisation Development", dt.date(2025, 2, 26), dt.date(2025, 3, 26),
         "Consultation extended to allow comment from the staff networks. Now scheduled for the March meeting.",
         "Amber"),
        ("band", "Board of Directors – 29 January 2025"),
        ("BoD 25/007", dt.date(2025, 1, 29),
         "Circulate the final report of the CQC inspection of maternity services at the Jessop Wing to all Board members once it is received.",
         "Chief Nurse", "On receipt of final report", None,
         "Draft report received for factual accuracy checking on 3 March 2025.",
         "On track"),
        ("BoD 25/008", dt.date(2025, 1, 29),
         "Review the format of the Integrated Performance Report so that workforce indicators are shown against the national benchmark.",
         "Director of Strategy and Planning", dt.date(2025, 5, 28), None,
         "Work started with the Business Intelligence team; first draft to the Finance and Performance Committee in April.",
         "Green"),
        ("BoD 25/009", dt.date(2025, 1, 29),
         "Provide an update on the financial recovery plan, including the risk to delivery of the £34.2m efficiency programme.",
         "Chief Financial Officer", "Mar-25", None,
         "On the agenda for the March Board.",
         "Green"),
        ("band", "Board of Directors – 26 February 2025"),
        ("BoD 25/021", dt.date(2025, 2, 26),
         "Confirm the date of the estates walkround at the Northern General Hospital for non-executive directors and invite governors to attend.",
         "Company Secretary", dt.date(2025, 4, 30), None, None, None),
        ("BoD 25/022", dt.date(2025, 2, 26),
         "Report back on the actions agreed with Sheffield City Council and the ICB to reduce the number of patients with no criteria to reside.",
         "Chief Operating Officer; Director of Strategy and Planning", "June 2025", None,
         "The joint discharge summit planned for March has been postponed by the ICB and no new date has yet been agreed.",
         "Red"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            xl_band(ws, r, row[1], len(hdr))
        else:
            xl_row(ws, r, list(row))
            ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
            for c in (5, 6):
                if isinstance(ws.cell(row=r, column=c).value, dt.date):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            rag_fill(ws.cell(row=r, column=8), row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "Action completed – proposed for closure", "blue"),
           ("Green / On track", "Action on track to be delivered by the due date", "green"),
           ("Amber", "Revised date agreed or at risk of slipping", "amber"),
           ("Red", "Overdue or unable to be delivered", "red")]
    for w, meaning, col in key:
        r += 1
        ws.cell(row=r, column=1, value=w).fill = fill(FILLS[col])
        ws.cell(row=r, column=2, value=meaning)
    widths = [12, 12, 60, 30, 14, 14, 50, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "br2-sheffield-teaching-hospitals-nhsft-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Royal Surrey NHS FT: CQC must do / should do action plan (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
def make_royal_surrey_cqc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Royal Surrey NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Core services inspected: urgent and emergency care; medical care (including older people's care). "
                "Report published 14 June 2023. Progress as at 31 August 2023.")
    hdr = ["Ref", "Must / Should", "CQC finding", "Action", "Lead", "Target date", "RAG",
           "Progress update / evidence"]
    xl_header(ws, 5, hdr)
    rows = [
        ("band", "Urgent and emergency care"),
        ("UEC-M1", "Must",
         "The trust must ensure that patients attending the emergency department are triaged within 15 minutes of arrival. (Regulation 12)",
         "Introduce a streaming and rapid assessment nurse at the front door between 10:00 and 02:00, seven days a week.",
         "Head of Nursing, Emergency Care", dt.date(2023, 7, 31), "Complete",
         "Rapid assessment nurse rota in place from 3 July 2023. Median time to triage 11 minutes in August."),
        ("UEC-M2", "Must",
         "The trust must ensure that staff complete mandatory training, including safeguarding adults and children level 3. (Regulation 18)",
         "Agree a recovery trajectory for safeguarding level 3 training with each team and report compliance monthly to the Urgent Care Division board.",
         "Divisional Director of Nursing", dt.date(2023, 9, 30), "Amber",
         "Compliance 78% against 90% target. Additional face-to-face sessions booked for September."),
        ("UEC-S1", "Should",
         "The trust should ensure that resuscitation trolley checks are completed and recorded daily.",
         "Move resuscitation trolley checks onto the electronic checklist with daily escalation to the nurse in charge of any missed check.",
         "Matron, Emergency Department", "Ocotber 2023", "Green",
         "Electronic checklist built and being tested in the resus area."),
        ("band", "Medical care (including older people's care)"),
        ("MED-M1", "Must",
         "The trust must ensure that risk assessments for falls and pressure damage are completed and updated in line with policy. (Regulation 12)",
         "Carry out a weekly audit of falls and Waterlow risk assessments on each medical ward and share results at the ward safety huddle.",
         "Head of Nursing, Medicine", dt.date(2023, 10, 31), "Green",
         "Weekly audits started on all eight medical wards; compliance improved from 64% to 81%."),
        ("MED-M2", "Must",
         "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on the medical wards. (Regulation 18)",
         "Complete the six-monthly nursing establishment review for the medical wards and present the outcome to the People and Culture Committee.",
         "Deputy Chief Nurse", dt.date(2023, 11, 30), "Green",
         "Acuity data collection (SNCT) completed in July; analysis under way."),
        ("MED-S1", "Should",
         "The trust should ensure that patients' nutrition and hydration needs are recorded and monitored.",
         "Relaunch the red tray and red jug scheme on the care of the elderly wards and add food and fluid chart completion to the ward accreditation programme.",
         "Lead Nurse, Care of the Elderly", dt.date(2023, 12, 31), None,
         None),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            xl_band(ws, r, row[1], len(hdr))
        else:
            xl_row(ws, r, list(row))
            if isinstance(row[5], dt.date):
                ws.cell(row=r, column=6).number_format = "mmm-yy"
            rag_fill(ws.cell(row=r, column=7), row[6])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Complete – action delivered and evidence provided")
    ws.cell(row=r, column=2).fill = fill(FILLS["blue"])
    ws.cell(row=r + 1, column=2, value="Green – on track")
    ws.cell(row=r + 1, column=2).fill = fill(FILLS["green"])
    ws.cell(row=r + 2, column=2, value="Amber – at risk of not meeting target date")
    ws.cell(row=r + 2, column=2).fill = fill(FILLS["amber"])
    ws.cell(row=r + 3, column=2, value="Red – target date missed")
    ws.cell(row=r + 3, column=2).fill = fill(FILLS["red"])
    widths = [10, 10, 50, 55, 28, 12, 10, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "br2-royal-surrey-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Sedgemoor DC: strategic risk register Q3 2021/22, further actions (xlsx)
# ---------------------------------------------------------------------------
def make_sedgemoor_srr():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 21-22"
    ws["A1"] = "Sedgemoor District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2021/22 (position at 31 December 2021) – further actions to mitigate strategic risks"
    ws["A3"] = "Report to Audit and Governance Committee, 15 March 2022"
    hdr = ["Ref", "Further action required", "Action owner", "Target date", "Q3 progress", "RAG"]
    xl_header(ws, 5, hdr)
    rows = [
        ("band", "SR1 – Transition to the new unitary council for Somerset"),
        ("SR1.1", "Provide officer capacity to the Local Government Reorganisation programme workstreams and backfill key posts where needed.",
         "Chief Executive", "Ongoing",
         "Eleven officers seconded to LGR workstreams; backfill agreed for Revenues and Benefits.", "G"),
        ("SR1.2", "Develop a staff engagement and wellbeing plan for the transition period, including regular briefings on the implementation programme.",
         "Head of HR", dt.date(2022, 3, 31),
         "Monthly staff briefings in place; wellbeing survey to be issued in February.", "G"),
        ("SR1.3", "Complete the review of contracts that extend beyond vesting day and report the findings to the Joint Implementation Board.",
         "Procurement Manager", dt.date(2022, 1, 31),
         "Contract register review complete; report submitted to the Joint Implementation Board on 20 January.", "Complete"),
        ("band", "SR2 – Medium term financial sustainability"),
        ("SR2.1", "Deliver the 2022/23 savings programme of £1.1m and monitor delivery through the monthly budget monitoring report.",
         "Section 151 Officer", dt.date(2022, 3, 31),
         "£0.86m of savings identified; remaining proposals to be considered at Full Council in February.", "A"),
        ("SR2.2", "Review the reserves strategy in light of the 2022/23 provisional Local Government Finance Settlement.",
         "Section 151 Officer", "February 2022",
         "Provisional settlement received 16 December 2021; review under way.", "G"),
        ("band", "SR3 – Hinkley Point C: impact on local housing and services"),
        ("SR3.1", "Agree the allocation of the Hinkley Point C Housing Fund for 2022/23 with EDF Energy and partners.",
         "Strategic Director / Head of Housing", dt.date(2022, 6, 30),
         "Draft allocation agreed at the Housing Delivery Group; EDF sign-off awaited.", "G"),
        ("SR3.2", "Commission an updated assessment of the impact of the construction workforce on the private rented sector in Bridgwater.",
         "Head of Housing", dt.date(2021, 12, 31),
         "Specification agreed but commissioning delayed by the consultant's withdrawal. Re-procurement required.", "R"),
        ("band", "SR4 – Cyber security and business continuity"),
        ("SR4.1", "Implement multi-factor authentication for all remote access accounts.",
         "ICT Manager", dt.date(2022, 4, 30),
         "MFA rolled out to 70% of users; remaining accounts to be completed by April.", "A"),
        ("SR4.2", "Test the corporate business continuity plan through a desktop exercise with the Senior Leadership Team.",
         "Civil Contingencies Officer", "TBC",
         None, None),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            xl_band(ws, r, row[1], len(hdr))
        else:
            xl_row(ws, r, list(row))
            if isinstance(row[3], dt.date):
                ws.cell(row=r, column=4).number_format = "mmm-yy"
            rag_fill(ws.cell(row=r, column=6), row[5])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key to action RAG:").font = Font(bold=True)
    for i, (w, m, col) in enumerate([
            ("G", "Action on track", "green"),
            ("A", "Some slippage – action may not be delivered by the target date", "amber"),
            ("R", "Significantly off track – target date missed", "red"),
            ("Complete", "Action completed – to be removed at the next review", "blue")]):
        ws.cell(row=r + 1 + i, column=1, value=w).fill = fill(FILLS[col])
        ws.cell(row=r + 1 + i, column=2, value=m)
    widths = [9, 60, 28, 13, 55, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "br2-sedgemoor-dc-strategic-risk-register-q3-2021-22.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = (text or "").split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def doc_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "band":
            m = cells[0].merge(cells[-1])
            set_text(m, row[1], bold=True)
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row):
            set_text(cells[i], v or "")
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def rag_shade_table(t, col):
    m = {"complete": "0070C0", "completed": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    for row in t.rows[1:]:
        cell = row.cells[col]
        w = cell.text.strip().lower()
        if w in m:
            shade(cell, m[w])


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Guy's and St Thomas' NHS FT: maternity and neonatal highlight report (docx)
# ---------------------------------------------------------------------------
def make_gstt_highlight():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Guy's and St Thomas' NHS Foundation Trust")
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    doc.add_paragraph("Reporting period: April 2024     Report to: Quality and Performance Committee, 14 May 2024")
    summary = doc.add_table(rows=4, cols=2)
    summary.style = "Table Grid"
    for i, (k, v) in enumerate([("Programme SRO", "Chief Nurse"),
                                ("Programme lead", "Director of Midwifery"),
                                ("Overall programme RAG", "Amber"),
                                ("Date of report", "2 May 2024")]):
        set_text(summary.rows[i].cells[0], k, bold=True)
        set_text(summary.rows[i].cells[1], v)
    shade(summary.rows[2].cells[1], "FFC000")
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "Good progress has been made on the safety and learning workstream. The workforce workstream remains "
        "amber because of midwifery vacancies at St Thomas' Hospital, and the neonatal cot capacity action is "
        "red pending a capital funding decision. Progress against each workstream is set out below.")
    doc.add_heading("2. Progress by workstream", level=2)
    header = ["Ref", "Action", "Lead", "Due", "RAG", "Update this period"]
    widths = [1.5, 8.0, 4.0, 2.5, 2.0, 8.0]
    streams = [
        ("Workstream 1: Safety and learning", [
            ("1.1", "Embed the PSIRF patient safety incident response plan in maternity, with weekly multidisciplinary review of all moderate harm incidents.",
             "Head of Maternity Governance", "May 2024", "Green",
             "Weekly review meeting running since February; 100% of moderate harm incidents reviewed within 7 days in April."),
            ("1.2", "Implement the Saving Babies' Lives Care Bundle version 3 across all six elements and evidence compliance to the ICB.",
             "Consultant Midwife / Obstetric Clinical Director", "31/03/2025", "Amber",
             "Four of six elements fully implemented. Element 5 (preterm birth) dependent on the new preterm clinic."),
            ("1.3", "Complete the fetal monitoring competency assessment for all midwives and obstetricians.",
             "Fetal Monitoring Lead Midwife", "30/04/2024", "Complete",
             "97% of staff assessed. Remaining staff are on long-term leave and will be assessed on return."),
        ]),
        ("Workstream 2: Listening to women and families", [
            ("2.1", "Establish a Maternity and Neonatal Voices Partnership (MNVP) 15 Steps walkround at each site every quarter.",
             "Patient Experience Lead Midwife", "Ongoing", "Green",
             "Evelina London walkround completed 18 April; findings shared with the ward teams."),
            ("2.2", "Introduce an interpreter booking pathway for women whose first language is not English, so that interpreters are booked at the first antenatal appointment.",
             "Deputy Head of Midwifery", "June 2024", "Amber",
             "Pathway drafted. Delay in agreeing the contract variation with the interpreting provider."),
        ]),
        ("Workstream 3: Workforce", [
            ("3.1", "Recruit to the midwifery vacancies identified in the Birthrate Plus review, including the international recruitment cohort.",
             "Director of Midwifery", "September 2024", "Amber",
             "Vacancy rate 9.4% (target 5%). 14 international midwives start in June."),
            ("3.2", "Increase neonatal intensive care cot capacity in line with the Operational Delivery Network review.",
             "Clinical Director, Neonatology", "TBC", "Red",
             "Business case submitted; capital funding decision deferred to the July Capital Committee."),
            ("3.3", "Roll out the retention 'pastoral midwife' role to support newly qualified midwives in their first year.",
             "Professional Midwifery Advocate", "31/07/2024", "",
             "Not started; job description with the Workforce team."),
        ]),
    ]
    for heading, acts in streams:
        doc.add_heading(heading, level=3)
        t = doc_table(doc, header, acts, widths)
        rag_shade_table(t, 4)
        doc.add_paragraph()
    doc.add_heading("3. Key risks and issues", level=2)
    doc_table(doc, ["Risk / issue", "Impact", "Mitigation", "Owner"], [
        ("Midwifery vacancy rate above target", "Reduced continuity of carer and higher agency spend",
         "International recruitment; enhanced bank rates", "Director of Midwifery"),
        ("Neonatal capital funding not yet agreed", "Cot capacity remains below network recommendation",
         "Escalated to the Executive Team", "Chief Nurse"),
    ])
    doc.add_heading("4. Decisions required from the Committee", level=2)
    doc.add_paragraph("None this period. The Committee is asked to note the report.")
    doc.add_paragraph("RAG key: Complete – action delivered; Green – on track; Amber – at risk of slippage; Red – off track, escalation required.")
    doc.save(os.path.join(HERE, "br2-guys-st-thomas-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 5. Leeds SAB: SAR 'Adult G' multi-agency action plan (docx)
# ---------------------------------------------------------------------------
def make_leeds_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Leeds Safeguarding Adults Board")
    doc.add_heading("Safeguarding Adults Review 'Adult G': Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how partners will respond to the recommendations of the Safeguarding Adults "
        "Review into the circumstances of Adult G, a 58-year-old man who died at home in 2023 following a period "
        "of self-neglect. Progress is monitored by the SAR Sub-group and reported to the Board quarterly.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "9 October 2024"),
                                ("Owner", "SAR Sub-group"), ("Next review", "January 2025")]):
        set_text(dc.rows[i].cells[0], k, bold=True)
        set_text(dc.rows[i].cells[1], v)
    doc.add_paragraph()
    header = ["No.", "Action", "Lead agency / officer", "Target date", "Progress and evidence of impact", "RAG"]
    rows = [
        ("band", "Recommendation 1: The Board should seek assurance that practitioners across the partnership understand and use the Leeds self-neglect guidance, including when to convene a multi-agency risk meeting."),
        ("1.1", "Refresh the self-neglect practice guidance and publish a one-page briefing for practitioners.",
         "Safeguarding Adults Board Business Unit", "31/07/2024",
         "Revised guidance and 7-minute briefing published on the Board website on 15 July 2024.", "Completed"),
        ("1.2", "Deliver multi-agency self-neglect workshops to frontline staff in adult social care, primary care and housing.",
         "Learning and Development Sub-group", "December 2024",
         "Three of five workshops delivered; 164 practitioners attended.", "Green"),
        ("1.3", "Audit a sample of self-neglect cases to test whether multi-agency risk meetings were considered and convened.",
         "Head of Service, Adults and Health", "March 2025",
         "Audit tool agreed by the Quality Assurance Sub-group. Audit to take place in February.", "Green"),
        ("band", "Recommendation 2: Partners should ensure that when a person repeatedly misses health appointments, this is recognised as a possible indicator of risk and followed up."),
        ("2.1", "Review the 'was not brought / did not attend' policy for adults so that repeated non-attendance triggers contact with the GP and a named professional.",
         "Leeds Teaching Hospitals NHS Trust", "30/09/2024",
         "Policy redrafted but not yet approved by the Trust's Clinical Governance Group; now expected in November.", "Amber"),
        ("2.2", "Add a prompt to the primary care safeguarding template for patients who have missed three or more appointments in six months.",
         "ICB Designated Professional for Safeguarding Adults", "January 2025",
         "", ""),
        ("band", "Recommendation 3: The Board should be assured that housing providers share information about deteriorating property conditions with adult social care."),
        ("3.1", "Agree an information-sharing pathway between Leeds Housing Services, housing associations and the Adult Social Care front door.",
         "Chief Officer, Housing / Head of Service, Adults and Health", "TBC",
         "Initial meeting held; housing associations to confirm their lead contacts.", "Amber"),
        ("3.2", "Include the learning from this review in housing officers' annual safeguarding training.",
         "Leeds Housing Services", "Ongoing",
         "Case study added to the 2024/25 training package.", "Green"),
        ("band", "Recommendation 4: The Board should share the learning from this review with the Safer Leeds partnership and the Leeds Community Safety Partnership Board."),
        ("4.1", "Present the review findings to the Safer Leeds Executive.",
         "Independent Chair, Leeds SAB", "June 2024",
         "Presented on 12 June 2024.", "Completed"),
    ]
    t = doc_table(doc, header, rows, [1.3, 8.0, 4.5, 2.5, 7.5, 2.0])
    rag_shade_table(t, 5)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, m, c) in enumerate([("Red", "Action not started or significantly delayed", "FF0000"),
                                   ("Amber", "Action started but behind target", "FFC000"),
                                   ("Green", "Action on track", "00B050"),
                                   ("Completed", "Action completed and evidence provided", "0070C0")]):
        set_text(k.rows[i].cells[0], w)
        shade(k.rows[i].cells[0], c)
        set_text(k.rows[i].cells[1], m)
    doc.save(os.path.join(HERE, "br2-leeds-sab-sar-adult-g-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Safer Guildford Partnership: DHR action tracker export (csv, Home Office template columns)
# ---------------------------------------------------------------------------
def make_guildford_dhr():
    rec1 = "Surrey Police to ensure that officers attending domestic incidents complete the DASH risk assessment with the victim separately from the perpetrator."
    rec2 = "Primary care to improve routine enquiry about domestic abuse and referral to specialist services."
    rec3 = "The Safer Guildford Partnership to raise awareness of economic abuse and coercive control among local employers and community groups."
    header = ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
              "Key milestones achieved in enacting recommendation", "Target date", "Status",
              "Date of completion and outcome"]
    rows = [
        ["1.1", rec1, "Local", "Issue a briefing to all response officers on completing DASH separately from the suspect and recording where this was not possible.",
         "Surrey Police", "Briefing issued via the force intranet and at shift briefings.", "31/10/2024", "Complete",
         "14/10/2024 – briefing delivered to all response teams in West Surrey."],
        ["1.2", rec1, "Local", "Dip-sample 50 domestic abuse incidents each quarter to test compliance with the separate DASH requirement.",
         "Surrey Police", "First dip-sample completed for Q3; compliance 82%.", "Mar-25", "Green", ""],
        ["2.1", rec2, "Local", "Deliver IRIS training (Identification and Referral to Improve Safety) to the remaining GP practices in Guildford and Waverley.",
         "NHS Surrey Heartlands ICB", "11 of 17 practices trained.", "30/06/2025", "Amber", ""],
        ["2.2", rec2, "Local", "Add a domestic abuse routine enquiry prompt to the practice template for new patient registrations.",
         "NHS Surrey Heartlands ICB; Surrey and Borders Partnership NHS FT", "", "September 2025", "Not started", ""],
        ["3.1", rec3, "Local", "Run an economic abuse awareness campaign during the 16 Days of Action, including a briefing for local employers.",
         "Guildford Borough Council (Community Safety)", "Campaign materials agreed with Surrey Against Domestic Abuse.", "December 2024", "Complete",
         "10/12/2024 – employer briefing attended by 23 organisations."],
        ["3.2", rec3, "Local", "Promote the Surrey domestic abuse outreach service through faith and community groups.",
         "Your Sanctuary", "Ongoing programme of community sessions.", "Ongoing", "Green", ""],
        ["3.3", rec3, "Regional", "Share the learning from this review with the Surrey DHR Steering Group so that other Surrey CSPs can consider it.",
         "Guildford Borough Council (Community Safety)", "", "31/01/2025", "Red",
         ""],
    ]
    path = os.path.join(HERE, "br2-safer-guildford-partnership-dhr-action-tracker-export.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Safer Guildford Partnership – Domestic Homicide Review 'Ella' – Action Plan Tracker"])
        w.writerow(["Exported 20/02/2025"])
        w.writerow([])
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Kent Community Health NHS FT: internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_kcht_audit():
    header = ["Audit", "Rec no.", "Priority", "Recommendation", "Agreed management action",
              "Responsible officer", "Original target date", "Revised target date", "Status", "Update"]
    a1 = "Data Security and Protection Toolkit 2023/24"
    a2 = "Payroll and Expenses (2023/24)"
    a3 = "Safeguarding Training Compliance (2024/25)"
    rows = [
        [a1, "1", "High", "The Trust should ensure that all information assets have a named Information Asset Owner and that the asset register is reviewed annually.",
         "Information Governance team to complete the review of the information asset register and confirm an owner for each asset with the divisional leads.",
         "Head of Information Governance", "31/03/2024", "30/09/2024", "Amber",
         "Register 85% complete. Remaining assets relate to community dental services."],
        [a1, "2", "Medium", "Staff who have not completed data security awareness training within 12 months should be followed up by their line manager.",
         "Monthly non-compliance lists to be sent to line managers, with escalation to the Deputy Director of Operations where compliance is below 95%.",
         "Head of Information Governance", "30/04/2024", "", "Complete",
         "Monthly reporting in place since April 2024. Compliance 96.2% in August."],
        [a2, "1", "Medium", "The Trust should reconcile the payroll establishment to the ledger each month and investigate variances over £5,000.",
         "Introduce a monthly payroll to ledger reconciliation, signed off by the Financial Controller.",
         "Financial Controller", "30/06/2024", "", "Complete",
         "Reconciliations completed and signed for June, July and August."],
        [a2, "2", "Low", "Expense claims should be approved by the claimant's line manager within 30 days of submission.",
         "Reminder to all budget holders and a report of late approvals to be included in the monthly budget holder pack.",
         "Payroll Services Manager", "31/08/2024", "", "On track",
         "Reminder issued 2 August 2024. Report being built in the e-expenses system."],
        [a3, "1", "High", "The Trust should agree a trajectory to achieve the 90% target for level 3 safeguarding children training in the community paediatric teams.",
         "Agree team-level trajectories with the service managers and report progress monthly to the Safeguarding Assurance Group.",
         "Named Nurse for Safeguarding Children / Head of Children's Services", "31/12/2024", "", "On track",
         "Trajectories agreed for all five teams; current compliance 83%."],
        [a3, "2", "Medium", "Training records for bank staff should be held on the same system as substantive staff.",
         "Transfer bank staff training records from the spreadsheet held by the Staff Bank to ESR.",
         "Head of Workforce Systems", "30/11/2024", "", "",
         ""],
        [a3, "3", "Medium", "Safeguarding supervision attendance should be recorded and reported to the Safeguarding Assurance Group.",
         "Develop a supervision attendance log and include compliance in the quarterly safeguarding report.",
         "Named Nurse for Safeguarding Adults", "Q3 2024/25", "", "Red",
         "Not progressed because of vacancy in the Safeguarding team; interim arrangements being discussed."],
    ]
    lines = [
        "Kent Community Health NHS Foundation Trust – Internal Audit Recommendations Tracker",
        "Audit and Risk Committee, 18 September 2024",
        "Open recommendations and those closed since the last meeting",
        "",
        "\t".join(header),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status: Complete = action implemented and evidence verified by internal audit; On track = due date not passed and progress being made; Amber = revised date agreed; Red = overdue."]
    with open(os.path.join(HERE, "br2-kent-community-health-nhsft-internal-audit-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sth_board_log()
    make_royal_surrey_cqc()
    make_sedgemoor_srr()
    make_gstt_highlight()
    make_leeds_sar()
    make_guildford_dhr()
    make_kcht_audit()
    print("done")
