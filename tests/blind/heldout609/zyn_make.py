"""Build the seven zyn- data files of set heldout609.

Run with: /work/main/.venv/bin/python zyn_make.py   (writes next to this script)
"""
import csv
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None):
    """Write text; each '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, fill=fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


DOCX_RAG = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
            "Complete": "00B0F0", "B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# =========================================================== 1. Ringmead (docx)
def ringmead():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ringmead Medical Practice: CQC Action Plan 2025", level=0)
    doc.add_paragraph(
        "Following the CQC assessment of 4\u20135 February 2025 (report published 9 April 2025). "
        "Overall rating: Requires improvement. Safe: Requires improvement. Well-led: Requires improvement.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Plan owner", "Practice Manager"),
                 ("Approved by", "Partners\u2019 meeting, 22 April 2025"),
                 ("Last reviewed", "14 October 2025"), ("Next review", "January 2026"),
                 ("Shared with", "CQC (via provider portal); NHS Frimley ICB primary care team")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True, fill="D9E2F3")
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [("Blue", "Complete \u2013 evidence held in the CQC folder"),
                            ("Green", "On track"),
                            ("Amber", "Some delay \u2013 recoverable"),
                            ("Red", "Off track \u2013 escalate to partners")]:
        row = key.add_row().cells
        set_cell(row[0], colour, bold=True, fill=DOCX_RAG[colour])
        set_cell(row[1], meaning)

    cols = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(3.5), Cm(2.8), Cm(7.5), Cm(1.8)]

    def must_do(heading, text, rows):
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for vals in rows:
            cells = t.add_row().cells
            for i, v in enumerate(vals):
                if i == 5:
                    set_cell(cells[i], v, fill=DOCX_RAG[v])
                else:
                    set_cell(cells[i], v)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    must_do(
        "Must do 1 \u2013 Regulation 12: Safe care and treatment",
        "The provider must ensure care and treatment is provided in a safe way to patients, "
        "including the proper and safe management of medicines.",
        [
            ("1.1", "Complete a full review of all patients prescribed high-risk medicines (DMARDs, lithium, "
                    "warfarin) and recall those overdue for monitoring.",
             "Clinical Pharmacist / Lead GP", "30/05/2025",
             "Searches run weekly since March. 212 patients reviewed; all overdue patients recalled. "
             "Evidence: search reports saved 30/05/2025.", "Complete"),
            ("1.2", "Introduce a monthly audit of patients on ACE inhibitors and ARBs to confirm U&E "
                    "monitoring is up to date.",
             "Dr S. Mahmood", "End of June 2025",
             "Audit template agreed; first three monthly cycles complete (compliance 91%, 94%, 96%).", "Green"),
            ("1.3", "Update the repeat prescribing protocol so that medication reviews are coded correctly "
                    "and include the patient's views.\nShare the protocol with all prescribers and reception staff.",
             "Practice Manager; Lead GP", "Jul-25",
             "Protocol drafted; awaiting sign-off at November partners' meeting. Reception training booked.",
             "Amber"),
        ])

    must_do(
        "Must do 2 \u2013 Regulation 17: Good governance",
        "The provider must establish effective systems and processes to ensure good governance in "
        "accordance with the fundamental standards of care.",
        [
            ("2.1", "Implement a single practice risk register covering premises, IPC, fire safety and staffing, "
                    "reviewed at the monthly partners' meeting.",
             "Practice Manager", "30/06/2025",
             "Risk register in place on the shared drive and standing item on partners' agenda.", "Complete"),
            ("2.2", "Create a training matrix that tracks safeguarding, basic life support and IPC training for "
                    "every staff member, with reminders sent 4 weeks before expiry.",
             "Assistant Practice Manager", "September 2025",
             "Matrix built in the staff rota system. 88% of staff fully compliant; remainder booked.", "Green"),
            ("2.3", "Carry out and act on a documented annual infection prevention and control audit.",
             "Lead Practice Nurse", "31/08/2025\nRevised: 30/11/2025",
             "Audit delayed by nurse vacancy. ICB IPC nurse supporting audit on 12 November.", "Amber"),
        ])

    doc.add_heading("Should do", level=2)
    sd_cols = ["Should do", "Action", "Lead", "Target date", "RAG"]
    t = doc.add_table(rows=1, cols=len(sd_cols))
    t.style = "Table Grid"
    header_row(t, sd_cols)
    for vals in [
        ("Continue to improve uptake of cervical screening.",
         "Send text reminders to eligible patients and offer Saturday smear clinics through the PCN enhanced "
         "access service.", "Lead Practice Nurse", "Ongoing", "Green"),
        ("Improve patient satisfaction with telephone access.",
         "Move to a cloud-based telephony system with call-back and queue position messages; repeat the in-house "
         "access survey six months after go-live.", "Practice Manager", "Q3 2025/26", "Amber"),
        ("Ensure complaints responses include details of the Parliamentary and Health Service Ombudsman.",
         "Update the complaints response letter template and check a sample of 10 responses each quarter.",
         "Assistant Practice Manager", "May 2025", "Complete"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v, fill=DOCX_RAG[v] if i == 4 else None)

    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ["Dr R. Patel", "Senior Partner (Registered Manager)", "22/04/2025"]):
        set_cell(c, v)
    doc.save(out("zyn-ringmead-medical-practice-cqc-inspection-action-plan.docx"))


# ================================================= 2. Cornwall Partnership (docx)
def cornwall():
    doc = Document()
    landscape(doc)
    doc.add_heading("Cornwall Partnership NHS Foundation Trust \u2013 Quality Committee Action Log", level=0)
    doc.add_paragraph("Open and recently closed actions, updated for the meeting on 18 September 2025. "
                      "Actions rated B are proposed for closure.")
    cols = ["No.", "Minute ref", "Action", "Lead", "Due", "Progress update", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols, fill="005EB8")

    def meeting(title):
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, title, bold=True, fill="D9D9D9")

    def action(vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v, fill=DOCX_RAG[v] if i == 6 else None)

    meeting("Meeting held 22 May 2025")
    action(("QC/101", "QC25/041",
            "Provide a deep-dive on the rise in category 3 and 4 pressure ulcers in community hospitals, "
            "including themes from the PSIIs.",
            "Chief Nurse", "July 2025", "Deep-dive presented 24 July 2025 (item 7). Committee assured.", "B"))
    action(("QC/102", "QC25/044",
            "Ensure the mental health inpatient ligature risk assessments are aligned to the new trust-wide "
            "template and report compliance.",
            "Associate Director of Nursing \u2013 Mental Health", "Aug 2025\nRevised Oct 2025",
            "Template rolled out on 4 of 6 wards. Revised date agreed at July meeting.", "A"))
    action(("QC/103", "QC25/047",
            "Circulate the updated Mental Capacity Act training compliance figures by team to committee members.",
            "KT", "30/05/2025", "Circulated by email 29 May 2025.", "B"))
    meeting("Meeting held 19 June 2025")
    action(("QC/104", "QC25/052",
            "Bring the Learning from Deaths quarterly report with the SJR themes for people with a learning "
            "disability.",
            "Chief Medical Officer", "Sep-25", "On agenda for 18 September 2025.", "G"))
    action(("QC/105", "QC25/055",
            "Review the Children and Young People's Mental Health waiting list harm review process and confirm "
            "clinical oversight arrangements.",
            "AP/JW", "31/07/2025",
            "Review started but not completed; clinical lead post vacant until October.", "R"))
    action(("QC/106", "QC25/058",
            "Add the national safer staffing review outcome to the committee workplan.",
            "Trust Secretary", "July 2025", "Added to the 2025/26 workplan for January 2026.", "B"))
    meeting("Meeting held 24 July 2025")
    action(("QC/107", "QC25/066",
            "Provide assurance that the PSIRF patient safety incident response plan has been refreshed and "
            "agreed with the ICB.",
            "Chief Nurse; Head of Patient Safety", "November 2025",
            "Draft plan shared with ICB patient safety team; sign-off expected at the ICB System Quality Group.",
            "G"))
    action(("QC/108", "QC25/069",
            "Report the outcome of the CQC Mental Health Act monitoring visit to Longreach House and the provider "
            "action statement.",
            "Mental Health Act Manager", "Next meeting", "Provider action statement submitted 2 September 2025.",
            "G"))
    action(("QC/109", "QC25/071",
            "Seek an update from the ICB on the commissioning of the community eating disorder service for adults.",
            "Director of Strategy and Partnerships", "Q3 2025/26",
            "Letter sent to ICB Director of Commissioning 6 August 2025.", "G"))

    widths = [Cm(1.6), Cm(2.0), Cm(8.0), Cm(3.6), Cm(2.4), Cm(6.2), Cm(1.4)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("Key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("B", "Complete \u2013 propose closure"), ("G", "On track"),
                 ("A", "Due date revised"), ("R", "Overdue")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True, fill=DOCX_RAG[k])
        set_cell(cells[1], v)
    doc.save(out("zyn-cornwall-partnership-nhsft-quality-committee-action-log.docx"))


# ======================================================= 3. Wiltshire OPCC (csv)
def wiltshire():
    P1 = "1. Reduce violence and serious harm"
    P2 = "2. Prevent crime and keep people safe"
    P3 = "3. Protect the most vulnerable in society"
    P4 = "4. Improve the quality of service delivery"
    ncol = 8
    blank = [""] * ncol
    rows = [
        ["Wiltshire and Swindon Police and Crime Plan 2022-2027 - Delivery Tracker"] + [""] * (ncol - 1),
        ["Quarter 2 2025/26 (July - September 2025). Prepared by OPCC Performance and Insight for the "
         "Commissioner's Monitoring Board, 21 October 2025"] + [""] * (ncol - 1),
        blank,
        ["Priority", "Commitment", "Ref", "Action", "Lead", "Due", "RAG", "Q2 update"],
        [P1, "Tackle violence against women and girls", "1.1",
         "Deliver the Safer Streets 5 programme in Swindon town centre, including CCTV upgrades and the Safe "
         "Space scheme.", "OPCC Head of Commissioning", "Mar-26", "G",
         "12 of 18 CCTV cameras upgraded. Safe Space venues signed up: 14."],
        [P1, "Tackle violence against women and girls", "1.2",
         "Commission an independent evaluation of the Drive perpetrator programme.",
         "OPCC Commissioning Manager (VAWG)", "Dec-25", "A",
         "Evaluation partner appointed late; interim findings now due January."],
        [P1, "Reduce serious violence", "1.3",
         "Publish the Serious Violence Duty strategic needs assessment refresh with the Wiltshire and Swindon "
         "Violence Reduction Network.", "Violence Reduction Network Manager", "Sep-25", "Complete",
         "Published on the OPCC website 26 September 2025."],
        [P2, "Tackle rural crime", "2.1",
         "Recruit two additional rural crime officers and roll out the Rural Crime Partnership action plan.",
         "Superintendent Neighbourhood Policing", "31/01/2026", "G",
         "Both officers in post from 1 September. Action plan launched at Royal Wiltshire Show."],
        [P2, "Improve road safety", "2.2",
         "Expand Community Speed Watch to 20 new parishes and introduce the online third-party dashcam "
         "reporting portal.", "Roads Policing Inspector / Community Speed Watch Coordinator",
         "End of March 2026", "A",
         "11 new parishes live.\nDashcam portal delayed by national Op Snap platform upgrade."],
        [P3, "Support victims and witnesses", "3.1",
         "Re-tender the victim and witness support service (Horizon) for a contract start on 1 April 2026.",
         "OPCC Head of Commissioning", "Jan-26", "G",
         "Tender published 4 August 2025; evaluation panel in November."],
        [P3, "Support victims and witnesses", "3.2",
         "Introduce quarterly victim satisfaction surveys for domestic abuse victims, with results reported to "
         "the Commissioner's Monitoring Board.", "Head of Crime Standards", "Q3 2025/26", "R",
         "Survey provider contract not yet in place. Escalated to Deputy Chief Constable."],
        [P4, "Improve 101 and online contact", "4.1",
         "Reduce the average 101 call answer time to under 5 minutes through the Contact Management "
         "improvement plan.\nReport monthly to the Commissioner's Monitoring Board.",
         "Head of Contact Management", "Ongoing", "A",
         "Average answer time September 2025: 7 min 42 sec (June: 11 min 05 sec)."],
        [P4, "Make the force more efficient", "4.2",
         "Complete the estates review and agree the future of the Gablecross and Melksham police station sites.",
         "Chief Finance Officer (OPCC); Director of Estates", "July 2026", "G",
         "Options appraisal to Commissioner in December."],
        blank,
        ["Summary", "", "", "", "", "", "", ""],
        ["Complete", "1", "", "", "", "", "", ""],
        ["Green", "4", "", "", "", "", "", ""],
        ["Amber", "3", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Total actions", "9", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("zyn-wiltshire-opcc-police-and-crime-plan-delivery-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ====================================================== 4. Shropshire FRS (txt)
def shropshire():
    H = ["Audit", "Rec No.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
         "Original date", "Revised date", "Status", "Comments"]
    lines = [
        ["Shropshire and Wrekin Fire and Rescue Authority \u2013 Internal Audit Recommendations Implementation "
         "Tracker"],
        ["Audit and Performance Management Committee, 20 November 2025 (Appendix A)"],
        ["Status key: Complete = implemented and verified by Internal Audit; On track = within original date; "
         "Amber = revised date agreed; Red = overdue; Not started = not yet due to start"],
        [],
        H,
        ["Fleet Management 2024/25 \u2013 Reasonable Assurance"],
        ["", "FM1", "Medium",
         "Vehicle defect reports should be closed on the fleet system only when the repair has been signed off "
         "by a qualified technician.",
         "Fleet system workflow to be amended so that defect jobs cannot be closed without technician sign-off; "
         "guidance issued to workshop staff.",
         "Fleet and Engineering Manager", "31/03/2025", "30/09/2025", "Complete",
         "Workflow change went live 15 September 2025."],
        ["", "FM2", "Low",
         "Fuel card transactions should be reconciled monthly to vehicle mileage records.",
         "Monthly fuel card reconciliation to be introduced and exceptions reported to the Head of Resources.",
         "Fleet and Engineering Manager", "30/06/2025", "", "Complete", "Verified by Internal Audit July 2025."],
        ["Payroll and Pensions 2024/25 \u2013 Substantial Assurance"],
        ["", "PP1", "Low",
         "Starter and leaver forms should be retained with evidence of independent checking.",
         "Introduce a second-check signature box on starter/leaver forms and retain on the HR system.",
         "HR Manager", "31/05/2025", "", "Complete", ""],
        ["On-Call Availability and Payments 2024/25 \u2013 Limited Assurance"],
        ["", "OC1", "High",
         "Availability recorded on the Gartan system should be reconciled to payments before each payroll run.",
         "Station Managers to complete a monthly reconciliation of Gartan availability against payroll claims, "
         "with variances over 5% investigated.",
         "Area Manager \u2013 Response", "30/06/2025", "31/12/2025", "Amber",
         "Reconciliation in place at 14 of 20 stations. Revised date agreed by committee in July."],
        ["", "OC2", "High",
         "The Service should define and monitor minimum on-call appliance availability standards.",
         "Agree an availability standard for each on-call station and report performance quarterly to the "
         "Authority.",
         "Assistant Chief Fire Officer", "31/12/2025", "", "On track",
         "Draft standards out to consultation with representative bodies."],
        ["", "OC3", "Medium",
         "Training records for on-call firefighters should be kept up to date on the training system.",
         "Watch Managers to update the training system within 7 days of drill nights; compliance to be checked "
         "at station audits.",
         "Group Manager \u2013 Training / Watch Managers", "31/08/2025", "", "Red",
         "Station audits show 68% of drill nights recorded within 7 days."],
        ["Cyber Security 2025/26 \u2013 Reasonable Assurance"],
        ["", "CS1", "Medium",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce MFA for all users, including on-call staff using personal devices, following the Microsoft 365 "
         "licence upgrade.",
         "ICT Manager", "Q4 2025/26", "", "On track", "Licence upgrade completed October 2025."],
        ["", "CS2", "Medium",
         "A cyber incident response plan should be tested at least annually.",
         "Run a cyber exercise with the Local Resilience Forum and update the incident response plan with lessons "
         "identified.",
         "ICT Manager; Business Continuity Officer", "January 2026", "", "Not started", ""],
        [],
        ["Summary: 8 recommendations \u2013 Complete 3; On track 2; Amber 1; Red 1; Not started 1"],
    ]
    with open(out("zyn-shropshire-frs-internal-audit-recommendations-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


# ------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
XFILL = {"Blue": "00B0F0", "Complete": "00B0F0", "B": "00B0F0", "Green": "00B050", "G": "00B050",
         "Amber": "FFC000", "A": "FFC000", "Red": "FF0000", "R": "FF0000"}


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ==================================================== 5. Bishop Auckland (xlsx)
def bishop_auckland():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Bishop Auckland College"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Quality Improvement Plan 2025/26"
    cover["A2"].font = Font(bold=True, size=14)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Version", "2.1 (January 2026 update)"),
            ("Owner", "Vice Principal \u2013 Quality and Learner Experience"),
            ("Approved", "Quality and Standards Committee, 7 October 2025"),
            ("Source", "Self-Assessment Report 2024/25 and Ofsted inspection report"),
            ("Review cycle", "Monthly at SLT; termly at Quality and Standards Committee")], start=5):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cover.cell(row=i, column=c).border = BOX
    widths(cover, [18, 70])

    ws = wb.create_sheet("QIP 2025-26")
    ws["A1"] = "Bishop Auckland College \u2013 Quality Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Drawn from the Self-Assessment Report 2024/25. Monitored monthly by SLT and termly by the "
                "Quality and Standards Committee. See the Key tab for RAG definitions.")
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Area for improvement (from SAR)", "Action", "Lead", "By when", "Success measure",
           "RAG Oct 25", "RAG Jan 26", "Progress commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    row = 5

    def theme(title):
        nonlocal row
        ws.cell(row=row, column=1, value=title).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1

    def afi(text, actions):
        nonlocal row
        start = row
        for ref, act, lead, when, measure, prev, cur, comment in actions:
            vals = [ref, None, act, lead, when, measure, prev, None, comment]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if prev:
                ws.cell(row=row, column=7).fill = fill(XFILL[prev])
                ws.cell(row=row, column=7).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=row, column=8).fill = fill(XFILL[cur])   # current RAG: colour only
            row += 1
        ws.cell(row=start, column=2, value=text).alignment = WRAP
        if row - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)

    theme("Theme 1: Quality of education")
    afi("Too few 16\u201318 learners on level 3 study programmes achieve high grades.", [
        ("1.1.1", "Introduce a high-grades tracker for all level 3 programmes, reviewed at monthly curriculum "
                  "performance meetings.", "Head of Curriculum \u2013 Level 3", "October 2025",
         "High grades up from 21% to 30%", "G", "Blue", "Tracker live in ProMonitor from 6 October."),
        ("1.1.2", "Deliver a programme of CPD on stretch and challenge for level 3 teachers, using Teaching and "
                  "Learning Coaches.", "Head of Teaching, Learning and Assessment", "Summer term 2026",
         "90% of level 3 observations graded secure or better for challenge", "A", "Green",
         "Two of five CPD sessions delivered; coaching pairs set up."),
    ])
    afi("Apprentices in engineering and construction do not receive timely feedback on their off-the-job "
        "training.", [
        ("1.2.1", "Set a standard of 10 working days for marking and feedback on apprenticeship portfolio "
                  "evidence and monitor through the e-portfolio system.", "Apprenticeships Manager",
         "30/11/2025", "95% of evidence marked within 10 days", "A", "Amber",
         "Compliance 81% in December; two vacancies in construction skills coaches."),
        ("1.2.2", "Hold three-way progress reviews every 10 weeks with each apprentice and employer, recorded on "
                  "the e-portfolio.", "Apprenticeships Manager / Skills Coaches", "Termly",
         "All apprentices have an in-date review", "G", "Green", "97% of reviews in date."),
    ])
    theme("Theme 2: Behaviour and attitudes")
    afi("Attendance in English and mathematics lessons for learners retaking GCSE is too low.", [
        ("2.1.1", "Introduce same-day follow-up calls to parents and carers when a 16\u201318 learner misses an "
                  "English or maths lesson.", "Learner Support Manager", "September 2025",
         "Calls made for 100% of absences", "B", "Blue", "In place from first week of term."),
        ("2.1.2", "Set an attendance target of 88% for GCSE English and maths, with weekly reports to curriculum "
                  "managers.", "Head of English and Maths", "Dec 2025", "Attendance at or above 88%",
         "A", "Red", "Attendance 79% at end of autumn term (last year 77%)."),
    ])
    theme("Theme 3: Personal development")
    afi("Not all learners benefit from a planned programme of work experience and careers guidance.", [
        ("3.1.1", "Ensure every study programme learner completes at least 30 hours of meaningful work "
                  "experience, tracked on ProMonitor.", "Employer Engagement Manager", "June 2026",
         "100% of study programme learners complete 30+ hours", "G", "Green",
         "41% completed to date; placements agreed for a further 38%."),
    ])
    theme("Theme 4: Leadership and management")
    afi("Governors do not receive sufficiently detailed information on the quality of subcontracted provision.", [
        ("4.1.1", "Produce a termly subcontractor quality report for the Quality and Standards Committee, "
                  "including learner outcomes and observation findings.",
         "Vice Principal \u2013 Quality and Learner Experience", "Autumn term 2025",
         "Report received each term", "G", "Blue", "First report to committee 2 December 2025."),
        ("4.1.2", "Arrange for a link governor to join one quality visit to each subcontractor.",
         "Clerk to the Corporation", "31/03/2026", "Visits completed for all 3 subcontractors", None, "Green",
         "New action January 2026. First visit booked for February."),
    ])
    row += 1
    ws.cell(row=row, column=1, value="RAG summary (January 2026)").font = Font(bold=True)
    for i, (k, n) in enumerate([("Blue", 3), ("Green", 4), ("Amber", 1), ("Red", 1), ("Total", 9)], start=1):
        ws.cell(row=row + i, column=1, value=k)
        ws.cell(row=row + i, column=2, value=n)
        if k in XFILL:
            ws.cell(row=row + i, column=1).fill = fill(XFILL[k])
    widths(ws, [8, 34, 48, 24, 14, 30, 9, 9, 40])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue", "Complete \u2013 impact evidenced"), ("Green", "On track"),
                                ("Amber", "Some slippage \u2013 recovery action in place"),
                                ("Red", "Significant concern \u2013 escalated to SLT")], start=2):
        key.cell(row=i, column=1).fill = fill(XFILL[k])
        key.cell(row=i, column=2, value=k)
        key.cell(row=i, column=3, value=v)
    widths(key, [6, 10, 50])
    wb.save(out("zyn-bishop-auckland-college-quality-improvement-plan-2025-26.xlsx"))


# ============================================================ 6. LiveWest (xlsx)
def livewest():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "LiveWest \u2013 Consumer Standards Improvement Plan 2025/26"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = ("Actions arising from our self-assessment against the Regulator of Social Housing consumer "
                  "standards. Reported to the Customer Services Committee; position at 31 October 2025.")
    hdr = ["Standard", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(hdr, start=1):
        summ.cell(row=4, column=c, value=h).font = Font(bold=True)
    counts = [("Safety and Quality Standard", 4, 1, 2, 1, 0, 0),
              ("Transparency, Influence and Accountability Standard", 3, 1, 1, 1, 0, 0),
              ("Neighbourhood and Community Standard", 1, 0, 1, 0, 0, 0),
              ("Tenancy Standard", 2, 0, 0, 0, 1, 1),
              ("Total", 10, 2, 4, 2, 1, 1)]
    for r, vals in enumerate(counts, start=5):
        for c, v in enumerate(vals, start=1):
            summ.cell(row=r, column=c, value=v).border = BOX
    summ["A11"] = "Status key"
    summ["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidence held"), ("Green", "On track"),
                                ("Amber", "At risk of missing target date"), ("Red", "Target date missed"),
                                ("Not started", "Not yet due to start")], start=12):
        summ.cell(row=i, column=1, value=k)
        if k in XFILL:
            summ.cell(row=i, column=1).fill = fill(XFILL[k])
        summ.cell(row=i, column=2, value=v)
    widths(summ, [50, 10, 10, 10, 10, 10, 12])

    hdr = ["Ref", "Improvement action", "Action owner", "Target date", "Revised target", "Status",
           "Oversight", "Update (October 2025)"]

    def sheet(tab, standard, groups):
        ws = wb.create_sheet(tab)
        ws["A1"] = "LiveWest \u2013 Consumer Standards Improvement Plan 2025/26"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = standard
        ws["A2"].font = Font(bold=True, size=12, color="00857C")
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("00857C")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for heading, actions in groups:
            ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            r += 1
            for vals in actions:
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                    cell.alignment = WRAP
                    cell.border = BOX
                st = vals[5]
                if st in XFILL:
                    ws.cell(row=r, column=6).fill = fill(XFILL[st])
                r += 1
        widths(ws, [7, 55, 28, 13, 13, 12, 22, 42])
        ws.freeze_panes = "A5"

    sheet("Safety & Quality", "Safety and Quality Standard", [
        ("1.1 Stock quality", [
            ("SQ1", "Complete stock condition surveys on the remaining 18% of homes not surveyed in the last five "
                    "years.", "Head of Asset Management", "March 2026", "", "Green", "Customer Services Committee",
             "2,960 surveys completed since April; on profile."),
            ("SQ2", "Cleanse and migrate stock condition data into the new asset management system, with a data "
                    "quality dashboard for the Customer Services Committee.", "Asset Data Manager", "Sep-25",
             "Dec-25", "Amber", "Audit and Risk Committee", "Migration test load failed validation; re-run planned."),
        ]),
        ("1.2 Health and safety", [
            ("SQ3", "Clear the backlog of 312 overdue fire risk assessment actions, prioritising high-risk and "
                    "high-rise buildings.", "Head of Building Safety", "31/10/2025", "", "Complete",
             "Board", "All 312 actions closed 24 October 2025; verified by compliance team."),
            ("SQ4", "Introduce a damp and mould triage within 24 hours of report and publish our Awaab's Law "
                    "policy.", "Director of Property Services; Head of Repairs", "October 2025", "", "Green",
             "Customer Services Committee", "Policy published 27 October 2025; triage team in place."),
        ]),
    ])
    sheet("TIA", "Transparency, Influence and Accountability Standard", [
        ("2.1 Diverse needs", [
            ("TIA1", "Collect and record vulnerability and communication needs for at least 85% of households "
                     "through the tenancy audit programme.", "Head of Customer Insight", "Q4 2025/26", "", "Amber",
             "Customer Services Committee", "Data held for 61% of households."),
        ]),
        ("2.2 Engagement with tenants", [
            ("TIA2", "Refresh the customer involvement framework with the Customer Voice panel and agree a scrutiny "
                     "programme for 2026.", "Customer Engagement Manager", "Jan-26", "", "Green",
             "Customer Services Committee", "Framework co-designed at two panel workshops."),
        ]),
        ("2.3 Complaints", [
            ("TIA3", "Align complaint stages with the Housing Ombudsman Complaint Handling Code and report "
                     "self-assessment to Board annually.", "Head of Customer Resolution", "June 2025", "",
             "Complete", "Board", "Self-assessment approved by Board 19 June 2025."),
        ]),
    ])
    sheet("Neighbourhood & Community", "Neighbourhood and Community Standard", [
        ("3.1 Safety of shared spaces", [
            ("NC1", "Introduce quarterly estate inspections with tenant inspectors for all blocks with communal "
                    "areas.", "Neighbourhood Services Manager", "Ongoing", "", "Green",
             "Customer Services Committee", "Q2 inspections completed at 96% of blocks."),
        ]),
    ])
    sheet("Tenancy", "Tenancy Standard", [
        ("4.1 Allocations and lettings", [
            ("TS1", "Review the lettings policy against the Tenancy Standard and agree changes with each local "
                    "authority partner.", "Head of Lettings", "30/04/2026", "", "Not started",
             "Customer Services Committee", "Scheduled to start January 2026."),
        ]),
        ("4.2 Tenancy sustainment", [
            ("TS2", "Extend the Money Advice service to all new tenants in their first 12 months.",
             "Tenancy Sustainment Lead / Money Advice Team Leader", "Sep 2025", "Feb 2026", "Red",
             "Customer Services Committee", "Recruitment to two Money Advice posts unsuccessful; readvertised."),
        ]),
    ])

    vc = wb.create_sheet("Version control")
    for r, vals in enumerate([("Version", "Date", "Change", "By"),
                              ("1.0", "14/05/2025", "Plan approved by Board", "Head of Regulatory Compliance"),
                              ("1.1", "31/07/2025", "Q1 updates", "Regulatory Compliance Officer"),
                              ("1.2", "31/10/2025", "Q2 updates; SQ2 revised date", "Regulatory Compliance Officer")],
                             start=1):
        for c, v in enumerate(vals, start=1):
            vc.cell(row=r, column=c, value=v)
    widths(vc, [10, 12, 40, 32])
    wb.save(out("zyn-livewest-rsh-consumer-standards-improvement-plan.xlsx"))


# =================================================== 7. Parole Board (xlsx, refuse)
def parole_board():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "The Parole Board for England and Wales \u2013 Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A2"] = "Reviewed by the Audit and Risk Assurance Committee, 14 October 2025. Scores are Likelihood x Impact (5x5)."
    ws.merge_cells("A2:N2")
    # two-row header (row 4 groups, row 5 labels)
    groups = [("A4", "A5", "Risk ID"), ("B4", "B5", "Risk description"), ("C4", "C5", "Risk owner"),
              ("D4", "D5", "Key existing controls")]
    for top, bottom, label in groups:
        ws[top] = label
        ws.merge_cells(f"{top}:{bottom}")
    ws["E4"] = "Current risk"
    ws.merge_cells("E4:G4")
    ws["E5"], ws["F5"], ws["G5"] = "L", "I", "Score"
    ws["H4"] = "Further actions"
    ws.merge_cells("H4:K4")
    ws["H5"], ws["I5"], ws["J5"], ws["K5"] = "Action", "Action owner", "Target date", "Action RAG"
    ws["L4"] = "Target risk"
    ws.merge_cells("L4:L5")
    ws["M4"] = "Trend"
    ws.merge_cells("M4:M5")
    ws["N4"] = "Appetite"
    ws.merge_cells("N4:N5")
    for r in (4, 5):
        for c in range(1, 15):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1D3557")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = BOX

    risks = [
        ("SR01", "Case backlog: if the number of outstanding parole reviews rises, prisoners may be held beyond "
                 "their tariff or review date, leading to legal challenge and loss of confidence.",
         "Chief Executive", "Weekly listing meeting; member deployment model; monthly performance report to "
                            "Management Committee.", 4, 4, 16, 9, "\u2192", "Cautious",
         [("Implement the listing optimisation model to increase oral hearings listed per month to 1,300.",
           "Director of Operations", "Dec 2025", "A"),
          ("Recruit and induct 40 new members in the 2025 recruitment campaign.",
           "Head of Member Services", "Mar 2026", "G")]),
        ("SR02", "Digital resilience: failure or unavailability of the case management system would stop case "
                 "progression and hearings.",
         "Director of Corporate Services", "MoJ Digital support contract; daily back-ups; business continuity "
                                           "plan.", 3, 5, 15, 10, "\u2191", "Averse",
         [("Complete migration of the case management system to the new cloud platform.",
           "Head of Digital and Data", "Febuary 2026", "A"),
          ("Test the disaster recovery plan jointly with MoJ Digital.",
           "Head of Digital and Data", "Nov 2025", "G")]),
        ("SR03", "Public confidence: a high-profile release decision that results in serious further offending, "
                 "or poor communication of decisions, undermines confidence in the parole system.",
         "Chair", "Decision summaries; reconsideration mechanism; member training on risk assessment.",
         4, 4, 16, 12, "\u2192", "Cautious",
         [("Publish decision summaries within 10 working days of all eligible requests.",
           "Head of Communications", "Ongoing", "G"),
          ("Deliver the victim engagement pilot with the Probation Service Victim Contact Scheme.",
           "Director of Strategy and Governance", "Jan 2026", "A")]),
        ("SR04", "Wellbeing: members and staff exposed to distressing case material suffer harm, reducing "
                 "capacity.",
         "Director of Corporate Services", "Employee Assistance Programme; reflective practice sessions.",
         3, 3, 9, 6, "\u2193", "Open",
         [("Roll out trauma-informed support and supervision for all members.",
           "Head of HR", "31/03/2026", "G")]),
    ]
    r = 6
    for rid, desc, owner, controls, l, i, score, target, trend, appetite, actions in risks:
        start = r
        for act, aowner, date, rag in actions:
            ws.cell(row=r, column=8, value=act)
            ws.cell(row=r, column=9, value=aowner)
            ws.cell(row=r, column=10, value=date)
            ws.cell(row=r, column=11, value=rag).fill = fill(XFILL[rag])
            r += 1
        for c, v in zip((1, 2, 3, 4, 5, 6, 7, 12, 13, 14),
                        (rid, desc, owner, controls, l, i, score, target, trend, appetite)):
            ws.cell(row=start, column=c, value=v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        sc = ws.cell(row=start, column=7)
        sc.fill = fill("FF0000" if score >= 15 else "FFC000" if score >= 8 else "00B050")
        for rr in range(start, r):
            for c in range(1, 15):
                ws.cell(row=rr, column=c).alignment = WRAP
                ws.cell(row=rr, column=c).border = BOX
    widths(ws, [8, 42, 18, 34, 5, 5, 7, 44, 24, 13, 8, 8, 7, 10])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("15-25", "High \u2013 Board attention"), ("8-12", "Medium \u2013 ARAC oversight"),
                                ("1-6", "Low \u2013 managed by risk owner")], start=2):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=v)
    key["A6"] = "Action RAG: G = on track; A = some slippage; R = off track; B = complete"
    widths(key, [10, 40])
    wb.save(out("zyn-parole-board-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    ringmead()
    cornwall()
    wiltshire()
    shropshire()
    bishop_auckland()
    livewest()
    parole_board()
    print("built 7 files in", HERE)
