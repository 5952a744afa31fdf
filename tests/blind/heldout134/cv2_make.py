"""Generate the cv2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(HERE, n)

FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0", "hdr": "1F4E79",
         "sec": "D9E1F2", "grey": "F2F2F2"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["hdr"]; c.alignment = WRAP; c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if fmt and isinstance(v, (dt.date, dt.datetime)):
            c.number_format = fmt

D = dt.datetime

# ---------------------------------------------------------------- 1. Bedfordshire Hospitals board action log (xlsx)
def bedfordshire():
    wb = Workbook(); ws = wb.active; ws.title = "Public Action Log"
    ws["A1"] = "Bedfordshire Hospitals NHS Foundation Trust – Board of Directors (Public) Action Log"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 2 October 2024. Closed actions are removed after being reported once."
    cols = ["Action No", "Action", "Lead", "Original Due Date", "Revised Due Date", "Status", "Update"]
    hdr(ws, 5, cols, [12, 55, 16, 14, 14, 12, 60])
    r = 6
    def sec(text):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True); c.fill = FILL["sec"]
        r += 1
    def row(vals, status_fill=None):
        nonlocal r
        put(ws, r, vals, "dd/mm/yyyy")
        if status_fill: ws.cell(row=r, column=6).fill = FILL[status_fill]
        r += 1
    sec("Board meeting held on 3 July 2024")
    row(["BoD/24/031", "Present the outcome of the maternity triage (BSOTS) audit across both sites, including the percentage of women seen within 15 minutes.",
         "Director of Midwifery", D(2024, 10, 2), None, "Complete",
         "Audit presented to Quality Committee in September and included in the Maternity report at item 9 of this agenda."], "B")
    row(["BoD/24/034", "Provide a breakdown of agency spend by staff group and site in the next Finance report.",
         "DoF", D(2024, 10, 2), D(2024, 12, 4), "Amber",
         "Data being validated against the ledger following the change of agency supplier. Will be included in the December Finance report."], "A")
    row(["BoD/24/036", "Arrange a Board seminar on the Acute Services Block commissioning programme and decant plan.",
         "MD / DoE", D(2024, 11, 6), None, "On track",
         "Seminar booked for the November Board development session."], "G")
    sec("Board meeting held on 2 October 2024")
    row(["BoD/24/041", "Review the ED 12-hour length of stay trajectory for the L&D site and report back on actions to reduce waits for mental health patients.",
         "Chief Operating Officer", D(2024, 12, 4), None, "On track",
         "Joint review with ELFT and the ICB in progress; options paper to go to Performance Committee in November."], "G")
    row(["BoD/24/042", "Circulate the updated Freedom to Speak Up action plan to all Board members.",
         "Director of Corporate Governance", D(2024, 10, 31), None, "Complete",
         "Circulated by email on 14 October 2024."], "B")
    row(["BoD/24/043", "Include benchmarking of sickness absence against Shelford and peer trusts in the Workforce report.",
         "Chief People Officer", D(2025, 2, 5), None, "On track", "Benchmarking data requested from the NHS Model Hospital team."], "G")
    row(["BoD/24/044", "Bring a paper on the cyber security assurance position following the national pathology incident.",
         "Chief Information Officer", D(2024, 12, 4), D(2025, 2, 5), "Red",
         "Deferred: external penetration test report not yet received. Revised date agreed by the Chair."], "R")
    row(["BoD/24/045", "Confirm the timetable for the patient-facing digital letters roll-out at Bedford Hospital.",
         "Chief Digital Officer", D(2024, 12, 4), None, "On track", "Roll-out plan being finalised with the supplier."], "G")
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete = action closed; On track = on course for due date; Amber = at risk of missing due date; Red = past due date / revised date agreed.").font = Font(italic=True)
    wb.save(P("cv2-bedfordshire-hospitals-nhsft-board-public-action-log.xlsx"))

# ---------------------------------------------------------------- 2. Buckinghamshire Healthcare maternity highlight report (docx)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)

def bold_row(row, texts):
    for c, t in zip(row.cells, texts):
        c.text = ""; run = c.paragraphs[0].add_run(t); run.bold = True

def bucks():
    d = Document()
    d.add_heading("Maternity and Neonatal Services: Highlight Report", level=1)
    d.add_paragraph("Buckinghamshire Healthcare NHS Trust – report to the Quality and Performance Committee")
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Report author", "Head of Maternity Governance"), ("Executive sponsor", "Chief Nurse"),
                                ("Reporting period", "January – February 2025"), ("Date", "12 March 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_heading("1. Summary", level=2)
    d.add_paragraph("The Maternity and Neonatal Improvement Plan brings together actions from the Three-Year Delivery Plan, "
                    "the CQC maternity inspection and the Maternity Incentive Scheme (Year 6). This report gives the position "
                    "of the key actions at the end of February 2025. Two actions were completed in the period and one is off track.")
    d.add_heading("2. Key actions", level=2)
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    bold_row(t.rows[0], ["Ref", "Action", "Lead", "Due", "RAG", "Progress this period"])
    fills = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    def theme(text):
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = ""
        m.paragraphs[0].add_run(text).bold = True; shade(m, "D9E1F2")
    def act(ref, a, lead, due, rag, prog):
        row = t.add_row()
        for c, v in zip(row.cells, [ref, a, lead, due, rag, prog]): c.text = v
        shade(row.cells[4], fills[rag])
    theme("Theme 1: Listening to and working with women and families")
    act("M1.1", "Co-produce the revised postnatal information leaflets with the Maternity and Neonatal Voices Partnership (MNVP).",
        "Patient Experience Midwife", "Mar-25", "G", "Draft leaflets reviewed at the MNVP meeting on 6 February; translation into Urdu and Polish commissioned.")
    act("M1.2", "Implement the Birth Reflections service at Stoke Mandeville, with self-referral available through the Badger Notes app.",
        "Consultant Midwife", "Jan-25", "B", "Service launched 13 January 2025. 21 referrals received in the first six weeks.")
    theme("Theme 2: Growing, retaining and supporting our workforce")
    act("M2.1", "Recruit to the midwifery establishment agreed in the Birthrate Plus review, reducing the vacancy rate to below 5%.",
        "Director of Midwifery", "Q1 2025/26", "A", "Vacancy rate 7.2% (February). 14 newly qualified midwives start in September; international recruitment paused.")
    act("M2.2", "Deliver PROMPT multi-professional emergency skills training to 90% of staff groups.",
        "Practice Development Midwife / Obstetric Training Lead", "31/03/2025", "G",
        "Compliance 88% midwives, 84% obstetricians, 91% anaesthetists. Additional sessions booked in March.")
    theme("Theme 3: Developing and sustaining a culture of safety, learning and support")
    act("M3.1", "Complete the Perinatal Culture and Leadership Programme diagnostic and agree the quad's culture improvement plan.",
        "Perinatal Quad", "June 2025", "G", "SCORE survey closed with a 61% response rate; feedback sessions planned for April.")
    act("M3.2", "Transition all maternity incident reviews to PSIRF learning responses (AAR and PSII).",
        "Head of Maternity Governance", "Dec-24", "B", "Complete. All reviews since 1 December use PSIRF methods; legacy SIs closed.")
    theme("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care")
    act("M4.1", "Achieve full compliance with the Saving Babies' Lives Care Bundle v3, element 2 (fetal growth).",
        "Obstetric Lead for SBL", "Q4 2024/25", "R",
        "Compliance 71% against 80% threshold. Ultrasound capacity is the main constraint; escalated to the Divisional Board.")
    act("M4.2", "Review neonatal cot capacity and the transitional care pathway with the Thames Valley Neonatal ODN.",
        "Neonatal Clinical Lead / Matron NNU", "Ongoing", "G", "Monthly review meetings with the ODN in place; no out-of-area transfers for capacity in the period.")
    d.add_paragraph("RAG key: B = complete; G = on track; A = at risk of delay; R = off track, escalation required.")
    d.add_heading("3. Recommendation", level=2)
    d.add_paragraph("The Committee is asked to note the progress set out in this report and the escalation relating to action M4.1.")
    d.save(P("cv2-buckinghamshire-healthcare-nhs-trust-maternity-neonatal-highlight-report.docx"))

# ---------------------------------------------------------------- 3. Swindon SAB SAR action plan (xlsx)
def swindon():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Adult Q"
    ws["A1"] = "Swindon Safeguarding Partnership – Safeguarding Adults Review: Adult Q – Multi-agency Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Version 4 – updated for the SAR and Learning Sub-group, 14/01/2025"
    cols = ["Ref", "Action", "Lead", "Target Date", "Progress / Evidence", "RAG"]
    hdr(ws, 5, cols, [7, 55, 30, 13, 60, 8])
    r = 6
    def rec(text):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True); c.fill = FILL["sec"]; c.alignment = WRAP
        ws.row_dimensions[r].height = 32; r += 1
    def act(ref, a, lead, due, prog, rag):
        nonlocal r
        put(ws, r, [ref, a, lead, due, prog, rag], "mmm-yy")
        ws.cell(row=r, column=6).fill = FILL[rag]; ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    rec("Recommendation 1: Swindon Safeguarding Partnership should seek assurance that partner agencies understand and apply the self-neglect and hoarding guidance, including the use of the multi-agency risk management (MARM) process.")
    act("1.1", "Relaunch the self-neglect and hoarding guidance with a 7-minute briefing based on the learning from Adult Q.",
        "SSP Business Manager", D(2024, 11, 30), "Briefing published on the SSP website and circulated to all partners on 21 November 2024.", "B")
    act("1.2", "Audit a sample of MARM referrals to test whether the process is used where people decline support.",
        "Head of Adult Safeguarding (SBC)", D(2025, 3, 31), "Audit tool agreed; 12 cases identified for the multi-agency audit in February.", "G")
    act("1.3", "Include self-neglect scenarios in the multi-agency training programme for 2025/26.",
        "SSP Training Lead", D(2025, 4, 30), "Programme in draft; awaiting input from Great Western Hospitals and AWP.", "A")
    r += 1
    rec("Recommendation 2: Partner agencies should ensure that mental capacity assessments are carried out and recorded where a person repeatedly makes unwise decisions that place them at risk.")
    act("2.1", "Update the adult social care Mental Capacity Act practice guidance to cover executive capacity.",
        "Principal Social Worker", D(2025, 1, 31), "Revised guidance approved by the ASC Practice Board on 9 January 2025.", "B")
    act("2.2", "Deliver MCA refresher sessions for community nursing and primary care teams.",
        "Named Nurse Adult Safeguarding (HCRG Care Group) / ICB Designated Professional", D(2025, 6, 30),
        "Four sessions delivered to date (62 staff). GP practice sessions to be scheduled through the PLT programme.", "G")
    r += 1
    rec("Recommendation 3: Wiltshire Police and Dorset & Wiltshire Fire and Rescue Service should review how fire risk information is shared when attending people who self-neglect.")
    act("3.1", "Agree a referral pathway for Safe and Well visits from police officers attending concerns for welfare.",
        "Superintendent, Swindon Community Policing", D(2025, 2, 28),
        "Pathway drafted but not yet signed off; DWFRS data-sharing agreement needs legal review.", "R")
    act("3.2", "Add a fire risk prompt to the adult safeguarding concern form.",
        "SSP Business Manager", D(2024, 12, 31), "New form live on the portal from 2 December 2024.", "B")
    act("3.3", "Report to the SSP Executive on the number of Safe and Well visits arising from safeguarding concerns.",
        "DWFRS Prevention Manager", D(2025, 9, 30), "First quarterly report due after the pathway is agreed.", "G")
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete and evidenced"), ("G", "On track"), ("A", "Some slippage – risk to target date"), ("R", "Not progressing / overdue")]):
        c = ws.cell(row=r + 1 + i, column=1, value=k); c.fill = FILL[k]
        ws.cell(row=r + 1 + i, column=2, value=txt)
    wb.save(P("cv2-swindon-sab-sar-adult-q-action-plan.xlsx"))

# ---------------------------------------------------------------- 4. Warwickshire CSPR Child S (docx)
def warwickshire():
    d = Document()
    d.add_paragraph().add_run("Warwickshire Safeguarding").bold = True
    d.add_heading("Child Safeguarding Practice Review: Child S – Action Plan", level=1)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "3.0"), ("Date", "November 2024"),
                                ("Owner", "Case Review Group"), ("Status", "Live – monitored bi-monthly")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("This plan sets out the multi-agency response to the learning identified in the Child S review, published "
                    "in September 2024. Progress is reported to the Case Review Group, which will recommend closure of actions "
                    "to the Safeguarding Partnership Executive once evidence of impact has been seen.")
    def theme(title, rows):
        d.add_paragraph().add_run(title).bold = True
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        bold_row(t.rows[0], ["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"])
        for r in rows:
            row = t.add_row()
            for c, v in zip(row.cells, r): c.text = v
        d.add_paragraph("")
    theme("Learning Point 1: Professional curiosity about the adults living in and visiting the household", [
        ("1.1", "Develop a practice guide on identifying and assessing 'hidden' men and other adults in the household.",
         "Warwickshire Safeguarding Business Manager", "March 2025", "Task and finish group met twice; draft guide due February.", "Green"),
        ("1.2", "Ensure the health visiting and school nursing record templates prompt practitioners to record who lives in the household.",
         "Head of Children's Community Services, SWFT", "By 31 January 2025", "Template change made in SystmOne and live from 6 January.", "Complete"),
        ("1.3", "Test the impact of 1.1 and 1.2 through a multi-agency case file audit.",
         "Quality Assurance and Performance Sub-group Chair", "Sept 2025 – Dec 2025", "Not yet started; dependent on 1.1.", "Not started"),
    ])
    theme("Learning Point 2: Escalation when agencies disagree about the level of risk", [
        ("2.1", "Relaunch the Resolving Professional Differences (escalation) procedure, with a short animation for front-line staff.",
         "Head of Service, Children and Families / Designated Nurse Safeguarding Children", "Dec-24", "Animation produced; launch delayed to January because of the Ofsted ILACS inspection.", "Amber"),
        ("2.2", "Collect and report escalation data from all statutory partners each quarter.",
         "WS Business Manager", "Quarterly", "Q2 data received from WCC and ICB; police data outstanding.", "Amber"),
    ])
    theme("Learning Point 3: Information sharing at the point of transfer between areas", [
        ("3.1", "Review the transfer-in protocol for children subject to child protection plans moving into Warwickshire.",
         "Service Manager (CP Chairs and LADO)", "April 2025", "Protocol reviewed against West Midlands procedures; changes agreed in principle.", "Green"),
        ("3.2", "Write to the NSPCR to share the learning about out-of-area GP registrations.",
         "Independent Scrutineer", "October 2024", "Letter sent 17 October 2024.", "Complete"),
    ])
    d.add_paragraph("RAG: Complete – action finished and evidenced; Green – on track; Amber – delayed but recoverable; Red – not progressing.")
    d.save(P("cv2-warwickshire-scp-cspr-child-s-action-plan.docx"))

# ---------------------------------------------------------------- 5. Safer Torbay DHR tracker export (csv)
def torbay():
    rows = [
        ["ID", "Recommendation", "Action", "Owner", "Agency", "Due Date", "Revised Due Date", "Status", "Latest Update", "Last Updated"],
        ["DHR-T1-01", "Rec 1 - Torbay Community Safety Partnership to assure itself that practitioners understand coercive control in older people's relationships",
         "Commission domestic abuse training on coercive control in later life for adult social care and health practitioners",
         "Vickery, Claire", "Torbay Council - Community Safety", "31/03/2025", "", "Green",
         "Training provider appointed. First two sessions booked for March.", "20/02/2025"],
        ["DHR-T1-02", "Rec 1 - Torbay Community Safety Partnership to assure itself that practitioners understand coercive control in older people's relationships",
         "Add a later-life domestic abuse section to the Torbay DA&SV partnership website",
         "Marsh, Daniel", "Torbay Council - Community Safety", "30/11/2024", "", "Complete",
         "Page live from 25/11/2024.", "02/12/2024"],
        ["DHR-T1-03", "Rec 2 - Torbay and South Devon NHS FT to embed routine enquiry about domestic abuse in community nursing assessments",
         "Update the community nursing assessment template to include a routine enquiry question and prompt to DASH",
         "Trust Safeguarding Lead", "Torbay and South Devon NHS FT", "31/12/2024", "31/05/2025", "Amber",
         "IT change request submitted but delayed by the EPR upgrade. Interim paper prompt in use.", "14/02/2025"],
        ["DHR-T1-04", "Rec 2 - Torbay and South Devon NHS FT to embed routine enquiry about domestic abuse in community nursing assessments",
         "Audit uptake of routine enquiry six months after the template change",
         "Trust Safeguarding Lead", "Torbay and South Devon NHS FT", "30/11/2025", "", "Not started",
         "", ""],
        ["DHR-T1-05", "Rec 3 - Devon and Cornwall Police to review how carers' assessments are considered when assessing risk",
         "Issue a briefing to response officers on considering caring responsibilities as a risk factor",
         "DI Sarah Oke", "Devon and Cornwall Police", "28/02/2025", "", "Green",
         "Briefing drafted and with the Public Protection Unit for sign off.", "18/02/2025"],
        ["DHR-T1-06", "Rec 4 - Primary care to improve recording of domestic abuse disclosures",
         "Deliver IRIS-style training to GP practices in the Torbay locality",
         "Named GP for Safeguarding / Practice Manager Lead", "NHS Devon ICB", "30/06/2025", "", "Green",
         "8 of 14 practices trained.", "10/02/2025"],
        ["DHR-T1-07", "Rec 5 - CSP to share the learning from this review",
         "Publish a learning briefing and hold a practitioner learning event",
         "Marsh, Daniel", "Torbay Council - Community Safety", "31/01/2025", "", "Red",
         "Home Office QA feedback awaited before the overview report can be published. Event postponed.", "20/02/2025"],
    ]
    with open(P("cv2-safer-torbay-csp-dhr-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 6. Gedling BC strategic risk register (xlsx, refuse)
def gedling():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q1 2025-26"
    ws["A1"] = "Gedling Borough Council – Strategic Risk Register"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 1 2025/26 (position at 30 June 2025) – Appendix 1 to the Audit Committee report"
    cols = ["Risk Ref", "Risk", "Risk Owner", "Residual Score", "Further Action Required", "Action Owner", "Target Date", "Progress Q1", "Status"]
    hdr(ws, 4, cols, [9, 34, 16, 10, 50, 18, 14, 50, 10])
    r = 5
    def risk(ref, title, owner, score, acts):
        nonlocal r
        first = r
        for a in acts:
            put(ws, r, [None, None, None, None] + list(a[:-1]) + [a[-1]])
            ws.cell(row=r, column=9).fill = FILL[{"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}[a[-1]]]
            r += 1
        for col, v in zip(range(1, 5), [ref, title, owner, score]):
            ws.cell(row=first, column=col, value=v)
            if r - 1 > first: ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    risk("SR1", "Failure to deliver a balanced budget and Medium Term Financial Plan", "Director of Finance (S151)", 16, [
        ("Deliver the 2025/26 efficiency programme of £650k and report progress monthly to SLT.", "Head of Finance", "March 2026",
         "£410k of savings secured; remainder linked to the leisure contract review.", "Amber"),
        ("Refresh the MTFP following the Fair Funding Review consultation outcome.", "Director of Finance", "Ocotber 2025",
         "Consultation response submitted; modelling of scenarios under way.", "Green"),
    ])
    risk("SR2", "Cyber attack leading to loss of systems and data", "Head of ICT", 12, [
        ("Complete the migration of on-premise servers to the cloud hosting platform.", "ICT Infrastructure Manager", "Sept 2025",
         "Phase 1 complete; phase 2 scheduled for August.", "Green"),
        ("Run a cyber incident exercise with SLT and the Emergency Planning team.", "Head of ICT / Emergency Planning Officer", "Jun-25",
         "Exercise held 18 June 2025 with LGA facilitation.", "Complete"),
    ])
    risk("SR3", "Local Government Reorganisation in Nottinghamshire disrupts service delivery and capacity", "Chief Executive", 20, [
        ("Establish the internal LGR programme board and resource plan.", "Deputy Chief Executive", "July 2025",
         "Programme board meets fortnightly; business case input submitted to the county-wide group.", "Green"),
        ("Agree a staff communication and retention plan for the transition period.", "Head of HR", "December 2025",
         "Staff briefings held; retention risks being mapped by service.", "Amber"),
    ])
    r += 1
    ws.cell(row=r, column=1, value="Scores are residual (likelihood x impact, 1–25). Status refers to progress of the further action.").font = Font(italic=True)
    wb.save(P("cv2-gedling-bc-strategic-risk-register-q1-2025-26-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 7. Navigo quality & safety committee action log (txt, tab-separated)
def navigo():
    lines = [
        "Navigo Health and Social Care CIC - Quality and Safety Committee Action Log",
        "Exported 03/07/2025",
        "",
        "\t".join(["Action Ref", "Meeting Date", "Minute Ref", "Action", "Owner", "Due Date", "Status", "Comments"]),
        "\t".join(["QS-112", "10/04/2025", "QSC 25/018", "Provide a thematic review of restrictive practice incidents on Konar Suite over the last 12 months.",
                   "Head of Nursing (Inpatients)", "12/06/2025", "Complete", "Review presented at June meeting; actions incorporated into the Reducing Restrictive Practice plan."]),
        "\t".join(["QS-113", "10/04/2025", "QSC 25/021", "Confirm the trajectory for completing overdue care plan reviews in the community mental health teams.",
                   "Clinical Director - Community", "Aug-25", "Amber", "Trajectory agreed but staffing gaps in the North East Lincolnshire team are slowing progress."]),
        "\t".join(["QS-114", "10/04/2025", "QSC 25/024", "Circulate the revised Duty of Candour audit tool to Committee members.",
                   "Patient Safety Lead", "08/05/2025", "Complete", "Circulated 2 May."]),
        "\t".join(["QS-118", "12/06/2025", "QSC 25/033", "Bring the annual Infection Prevention and Control report to the September meeting.",
                   "IPC Lead Nurse", "Sep-25", "On track", ""]),
        "\t".join(["QS-119", "12/06/2025", "QSC 25/035", "Review the medicines storage temperature breaches at Harrison House and report on remedial actions.",
                   "Chief Pharmacist / Estates Manager", "31/07/2025", "On track", "New fridges ordered; monitoring moved to electronic loggers."]),
        "\t".join(["QS-120", "12/06/2025", "QSC 25/037", "Update the Committee on the PSIRF patient safety incident response plan refresh.",
                   "PS", "Sept 2025", "Not started", "Refresh will follow the ICB's PSIRF oversight review."]),
        "\t".join(["QS-121", "12/06/2025", "QSC 25/039", "Escalate the delayed discharge position for out-of-area placements to the ICB Place Director.",
                   "Director of Operations", "Ongoing", "Red", "Three patients remain out of area; escalation letter sent 20/06/2025, no response yet."]),
        "",
        "Status: Complete / On track / Amber (at risk) / Red (overdue or escalated) / Not started",
    ]
    with open(P("cv2-navigo-quality-safety-committee-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    bedfordshire(); bucks(); swindon(); warwickshire(); torbay(); gedling(); navigo()
    print("done")
