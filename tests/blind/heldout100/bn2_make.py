"""Generate the bn2- case documents (partnership, NHS and corporate plans)."""
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

FILLS = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "hdr": "1F4E79", "sect": "DDEBF7", "lgreen": "C6EFCE",
}


def fill(c):
    return PatternFill("solid", start_color=FILLS.get(c, c), end_color=FILLS.get(c, c))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------- 1 board log
def royal_devon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Board of Directors (Public) – Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Royal Devon University Healthcare NHS Foundation Trust"
    ws["A3"] = "Updated following the meeting held on 29 January 2025. Actions marked Complete will be removed from the log once noted by the Board."
    ws["A3"].font = Font(italic=True)
    hdr = ["Action No", "Date of Meeting", "Minute Ref", "Action",
           "Lead", "Due Date", "Status", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("127", D(2024, 9, 25), "169.24",
         "Provide a breakdown of the cancer 62-day backlog by tumour site for the Eastern and Northern services.",
         "Chief Operating Officer", D(2024, 11, 27), "Complete",
         "Breakdown included in the November IPR appendix. Propose closure."),
        ("131", D(2024, 9, 25), "174.24",
         "Circulate the FTSU themes by staff group to Board members and include a trajectory for the backlog of open cases.",
         "Director of People", D(2024, 11, 27), "Complete",
         "Circulated by email on 8 November 2024."),
        ("133", D(2024, 11, 27), "198.24",
         "Bring back an update on midwifery staffing at North Devon District Hospital, including the impact of the new rota.",
         "Chief Nursing Officer", "Jan-25\nRevised: Mar-25", "On track",
         "Rota went live in December; three months of data needed before reporting. Deferred to the March meeting with the Chair's agreement."),
        ("136", D(2024, 11, 27), "201.24",
         "Review the scoring of BAF risk 4 (financial sustainability) in light of the month 7 position.",
         "CFO/DoG", D(2025, 1, 29), "Amber",
         "Discussed at Finance Committee in January; rescoring to be agreed at the Audit Committee in February."),
        ("138", D(2024, 11, 27), "203.24",
         "Write to the patient and family to thank them for sharing their experience and confirm the changes made to discharge letters.",
         "Chief Nursing Officer", D(2024, 12, 20), "Complete",
         "Letter sent 12 December 2024."),
        ("140", D(2025, 1, 29), "12.25",
         "Schedule a Board development session on the Epic optimisation programme and the benefits realised to date.",
         "Chief Digital Information Officer", "TBC", "On track",
         "Session being arranged with the Company Secretary; date to be confirmed once the development programme for 2025/26 is agreed."),
        ("141", D(2025, 1, 29), "14.25",
         "Report exception reporting rates for resident doctors by directorate in the next quarterly report.",
         "Chief Medical Officer", D(2025, 4, 30), "On track",
         "Data request made to Medical Workforce."),
        ("142", D(2024, 11, 27), "209.24",
         "Confirm the recovery plan and trajectory for C. difficile cases against the 2024/25 threshold.",
         "Chief Nursing Officer", D(2024, 12, 31), "Red",
         "Threshold exceeded in December. Recovery plan drafted but not yet approved by the IPC Committee; will come to March Board."),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = ws.cell(row=r, column=7)
        st.fill = fill({"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}[row[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "blue", "Action complete – proposed for closure"),
           ("On track", "green", "Due date not yet reached and on track"),
           ("Amber", "amber", "At risk of missing the due date"),
           ("Red", "red", "Due date passed / action not delivered")]
    for word, col, txt in key:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    widths = [10, 14, 10, 60, 24, 14, 12, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "bn2-royal-devon-uhft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 CQC docx
def bhrut():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Barking, Havering and Redbridge University Hospitals NHS Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("CQC Inspection of Urgent and Emergency Care, Queen's Hospital – Action Plan", level=1)
    doc.add_paragraph(
        "The CQC carried out an unannounced inspection of urgent and emergency care at Queen's Hospital "
        "in June 2024. The report identified three 'must do' and two 'should do' actions. This plan sets "
        "out how the Trust will respond. Progress is reported monthly to the Quality Assurance Committee.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Author", "Head of Quality Compliance"),
                                 ("Approved by", "Quality Assurance Committee, 16 January 2025"),
                                 ("Next review", "February 2025")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v

    hdr = ["Ref", "Requirement (CQC report wording)", "Action", "Lead", "Target date",
           "Progress to date", "RAG"]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "": "FF0000"}

    def section(title, reqs):
        doc.add_heading(title, level=2)
        n = sum(len(a) for _, a in reqs)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h
            shade(t.cell(0, i), "D9E2F3")
        bold_row(t.rows[0])
        r = 1
        for req, acts in reqs:
            first = r
            for ref, act, lead, end, prog, rag in acts:
                t.cell(r, 0).text = ref
                t.cell(r, 2).text = act
                t.cell(r, 3).text = lead
                t.cell(r, 4).text = end
                t.cell(r, 5).text = prog
                t.cell(r, 6).text = rag
                shade(t.cell(r, 6), rag_fill[rag])
                r += 1
            m = t.cell(first, 1).merge(t.cell(r - 1, 1)) if r - 1 > first else t.cell(first, 1)
            m.text = req

    section("Section 1: Must do actions", [
        ("MD1 The trust must ensure that patients attending the emergency department receive a timely initial assessment within 15 minutes of arrival. (Regulation 12)", [
            ("MD1.1", "Introduce a streaming nurse at the front door from 08:00 to 02:00, seven days a week.",
             "Director of Nursing UEC", "31/12/2024",
             "Streaming nurse in post on all shifts since 2 December 2024.", "Complete"),
            ("MD1.2", "Audit time to initial assessment weekly and report compliance to the UEC Quality Board.",
             "Head of Nursing ED; Clinical Audit Lead", "Monthly",
             "Compliance 81% in December against a 95% target; improving week on week.", "Green"),
        ]),
        ("MD2 The trust must ensure that medicines are stored securely and that fridge temperatures are monitored and recorded daily. (Regulation 12)", [
            ("MD2.1", "Install electronic temperature monitoring on all ED medicines fridges.",
             "Chief Pharmacist", "Q4 2024/25",
             "Order placed; installation delayed by supplier lead times.", "Amber"),
            ("MD2.2", "Replace the resus controlled drugs cupboard and review key holding arrangements.",
             "Chief Pharmacist", "28/02/2025",
             "New cupboard installed. Key holding SOP drafted for approval at Medicines Safety Group.", "Green"),
        ]),
        ("MD3 The trust must ensure that staff complete mandatory training, including safeguarding adults and children level 3. (Regulation 18)", [
            ("MD3.1", "Set up protected training days for ED nursing staff and track completion by band each month.",
             "Divisional Director of Nursing", "March 2025",
             "Safeguarding level 3 compliance 68%. Protected days cancelled twice in December due to OPEL 4 pressures.", ""),
        ]),
    ])
    section("Section 2: Should do actions", [
        ("SD1 The trust should ensure that patients with mental health needs waiting in the department have a documented risk assessment.", [
            ("SD1.1", "Roll out the mental health risk assessment tool in the ED electronic record and audit completion monthly.",
             "Lead Nurse Mental Health", "Jan 2025 (revised Apr 2025)",
             "Build complete; go-live moved to April to align with the EPR upgrade.", "Amber"),
        ]),
        ("SD2 The trust should ensure that children waiting in the emergency department are separated from adult patients.", [
            ("SD2.1", "Complete works to create a separate paediatric waiting area with visual and audio separation.",
             "Director of Estates and Facilities", "30/06/2025",
             "Business case approved by Capital Group in November. Design stage.", "Green"),
            ("SD2.2", "As an interim measure, allocate a designated area for children and families until the works are complete.",
             "Paediatric ED Matron", "31/10/2024",
             "Designated area in place and signposted.", "Complete"),
        ]),
    ])
    doc.add_paragraph("RAG key: Complete – action delivered and evidenced; Green – on track; "
                      "Amber – at risk of delay; Red – off track / not delivered.")
    doc.save(os.path.join(HERE, "bn2-bhrut-cqc-uec-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 3 risk register (refuse)
def lcrca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Liverpool City Region Combined Authority – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2024/25 (position at 31 December 2024) – Audit and Governance Committee"
    hdr = ["Risk Ref", "Risk Description", "Risk Owner", "Current Score (L x I)",
           "Further Mitigating Actions", "Action Owner", "Target Date", "Action Status",
           "Target Score", "Direction of Travel"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR01", "Bus franchising: failure to deliver Tranche 1 of franchised services on time and within budget.",
         "Executive Director – Transport", "4 x 5 = 20", "3 x 4 = 12", "↔", [
             ("Complete the procurement of Tranche 1 operator contracts and award.", "Head of Bus", D(2025, 3, 31), "G"),
             ("Agree the depot acquisition strategy and complete purchase of the Gillmoss site.", "Head of Property", "Jnue 2025", "A"),
         ]),
        ("CR02", "Financial sustainability: insufficient resources to deliver the Corporate Plan within the medium term financial strategy.",
         "Chief Finance Officer", "4 x 4 = 16", "3 x 4 = 12", "↑", [
             ("Refresh the MTFS and savings plan for 2025/26 budget setting.", "Chief Finance Officer", D(2025, 2, 28), "G"),
             ("Establish a programme of spending reviews across all directorates.", "Head of Finance", D(2025, 6, 30), "A"),
         ]),
        ("CR03", "Cyber security: a successful cyber attack disrupts services or leads to loss of data.",
         "Director of Corporate Services", "3 x 5 = 15", "2 x 5 = 10", "↔", [
             ("Achieve Cyber Essentials Plus accreditation.", "Head of ICT", D(2024, 12, 31), "B"),
             ("Run a cyber incident exercise with the Senior Leadership Team.", "Head of ICT", "Ongoing", "G"),
         ]),
    ]
    r = 5
    status_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for ref, desc, owner, cur, tgt, dot, acts in risks:
        first = r
        for act, aowner, date, st in acts:
            for col, v in ((5, act), (6, aowner), (7, date), (8, st)):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(status_fill[st])
            r += 1
        for col, v in ((1, ref), (2, desc), (3, owner), (4, cur), (9, tgt), (10, dot)):
            ws.cell(row=first, column=col, value=v).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Action status: B = complete, G = on track, A = some slippage, R = significant slippage").font = Font(italic=True)
    for i, w in enumerate([9, 45, 22, 12, 55, 22, 12, 10, 12, 10]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "bn2-lcrca-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 audit tracker
def ltht():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Leeds Teaching Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internal Audit Recommendations Tracker – Audit Committee, March 2025"
    ws["A2"].font = Font(bold=True, size=14)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Status", "Latest Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.alignment = WRAP
        c.border = BOX
    sections = [
        ("2023/24 – Data Security and Protection Toolkit (Reasonable Assurance)", [
            ("DSPT.1", "Information asset registers should be reviewed and signed off by all Information Asset Owners annually.",
             "Medium", "IAO sign-off campaign to be run with a tracker reported to the Information Governance Group.",
             "Head of Information Governance", D(2024, 6, 30), D(2024, 9, 30), "B",
             "All 64 registers signed off. Evidence provided to Internal Audit."),
            ("DSPT.2", "Staff data security training compliance should meet the 95% DSPT threshold.",
             "High", "Targeted reminders to non-compliant staff via line managers and monthly reporting to CSU boards.",
             "Head of Information Governance", D(2025, 6, 30), None, "G",
             "Compliance at 93.8% and rising."),
        ]),
        ("2024/25 – Medical Rostering (Limited Assurance)", [
            ("MR.1", "Job plans should be signed off in the e-job planning system before the start of the financial year.",
             "High", "Issue a timetable for 2025/26 job planning with sign-off deadlines for each CSU.",
             "Deputy Chief Medical Officer", D(2025, 3, 31), None, "G",
             "Timetable issued in January; 42% of job plans signed off to date."),
            ("MR.2", "Rota gaps filled by locum shifts should be authorised in advance in line with the bank and agency policy.",
             "High", "Introduce an authorisation step in the locum booking system and report retrospective bookings monthly.",
             "Medical Workforce Manager; CSU General Managers", D(2024, 12, 31), D(2025, 4, 30), "A",
             "System change tested; go-live deferred to April because of the system upgrade."),
            ("MR.3", "Annual leave for medical staff should be recorded in the rostering system.",
             "Medium", "Communicate the requirement to all consultants and run a quarterly compliance report.",
             "Medical Workforce Manager", D(2024, 10, 31), None, "R",
             "Compliance report not yet produced. Escalated to Deputy Chief Medical Officer."),
        ]),
        ("2024/25 – Charitable Funds (Substantial Assurance)", [
            ("CF.1", "Fund holder signatory lists should be refreshed annually.",
             "Low", "Refresh signatory lists and confirm with fund advisers.",
             "Head of Charity Finance", D(2024, 11, 30), None, "B",
             "Complete."),
        ]),
    ]
    r = 5
    sf = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for title, recs in sections:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("sect")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for i, v in enumerate(rec, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(sf[rec[7]])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1  # blank row between audits
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for code, txt in (("B", "Implemented – evidence provided"), ("G", "On track to meet target date"),
                      ("A", "Revised date agreed"), ("R", "Overdue / no revised date agreed")):
        r += 1
        ws.cell(row=r, column=1, value=code).fill = fill(sf[code])
        ws.cell(row=r, column=2, value=txt)
    for i, w in enumerate([9, 50, 9, 50, 28, 13, 13, 8, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "bn2-ltht-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 5 SAR csv export
def kent_medway():
    rows = [
        ["Action ID", "Review", "Recommendation", "Action", "Agency", "Lead Officer", "Target Date",
         "RAG", "Update", "Last Updated"],
        ["KMSAB-SAR-MRT-01", "SAR Mr T",
         "1. The Board should seek assurance that partners apply the self-neglect and hoarding policy, including the escalation route for adults who decline support.",
         "Deliver multi-agency self-neglect briefings to front-line staff across Kent and Medway.",
         "KMSAB Business Unit", "Okafor, Grace", "31/12/2024", "Blue",
         "Six briefings delivered to 412 staff. Evaluation shared with the Learning and Development Working Group.", "14/01/2025"],
        ["KMSAB-SAR-MRT-02", "SAR Mr T",
         "1. The Board should seek assurance that partners apply the self-neglect and hoarding policy, including the escalation route for adults who decline support.",
         "Undertake a multi-agency audit of self-neglect cases closed without a Section 42 enquiry.",
         "Kent County Council", "Head of Adult Safeguarding", "31/03/2025", "Green",
         "Audit tool agreed; case sample drawn.", "20/01/2025"],
        ["KMSAB-SAR-MRT-03", "SAR Mr T",
         "2. Partners should ensure that mental capacity assessments are decision-specific and recorded where an adult repeatedly refuses care.",
         "Refresh Mental Capacity Act training for district nursing teams, with a focus on executive functioning.",
         "Kent Community Health NHS FT", "Named Nurse Safeguarding Adults", "30/06/2025", "Amber",
         "Training content revised but roll-out delayed by winter pressures.", "20/01/2025"],
        ["KMSAB-SAR-MRT-04", "SAR Mr T",
         "2. Partners should ensure that mental capacity assessments are decision-specific and recorded where an adult repeatedly refuses care.",
         "Add a prompt for a capacity assessment to the adult social care review template where care is declined.",
         "Medway Council", "Bennett, Sarah", "28/02/2025", "Green",
         "Change request raised with the Mosaic team.", "09/01/2025"],
        ["KMSAB-SAR-MRT-05", "SAR Mr T",
         "3. Kent Fire and Rescue Service and housing providers should share fire risk information for adults who hoard.",
         "Agree an information-sharing protocol for home fire safety visit referrals between KFRS and registered providers.",
         "Kent Fire and Rescue Service", "Safeguarding Manager KFRS", "30/09/2025", "Not started",
         "", "05/12/2024"],
        ["KMSAB-SAR-MRT-06", "SAR Mr T",
         "4. The Board should seek assurance that learning from this review has been embedded.",
         "Present a learning impact report to the Board twelve months after publication.",
         "KMSAB Business Unit", "Board Manager", "Q2 2025/26", "Green",
         "Scheduled for the September 2025 Board.", "14/01/2025"],
        ["KMSAB-SAR-MRT-07", "SAR Mr T",
         "4. The Board should seek assurance that learning from this review has been embedded.",
         "Publish a seven-minute briefing on SAR Mr T and circulate through partner agencies.",
         "KMSAB Business Unit", "Okafor, Grace", "31/10/2024", "Red",
         "Draft briefing awaiting sign-off by the SAR Working Group; now overdue.", "14/01/2025"],
    ]
    with open(os.path.join(HERE, "bn2-kent-medway-sab-sar-mr-t-action-tracker-export.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 6 Welsh CPR docx
def cwm_taf():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cwm Taf Morgannwg Safeguarding Board").runs[0].bold = True
    doc.add_heading("Child Practice Review CTMSB 3/2023 – Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Extended Child Practice Review "
        "CTMSB 3/2023. It is monitored by the Case Review Group and progress is reported to the "
        "Board each quarter. Last updated: 12 February 2025.")
    hdr = ["No.", "Action", "Lead Agency / Officer", "Target Date", "Progress", "RAG Status"]
    rf = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    recs = [
        ("Recommendation 1: Agencies should ensure that the voice and lived experience of the child is recorded and informs assessment and planning.", [
            ("1.1", "Audit a sample of Care and Support Plans for evidence of the child's voice.", "Rhondda Cynon Taf CBC", "September 2024",
             "Audit completed; findings presented to the Case Review Group in October.", "Green"),
            ("1.2", "Include direct work with the child as a standing item in supervision templates.", "Merthyr Tydfil CBC", "March 2025",
             "Templates amended and being piloted in two teams.", "Amber"),
        ]),
        ("Recommendation 2: Health partners should strengthen communication between health visiting and GP practices where a child is not brought to appointments.", [
            ("2.1", "Develop a 'was not brought' pathway shared between health visiting and primary care.", "Cwm Taf Morgannwg UHB", "Q2 2025/26",
             "Draft pathway out for consultation with GP cluster leads.", "Amber"),
            ("2.2", "Deliver 'was not brought' awareness sessions to GP practice staff.", "Named Doctor Safeguarding Children", "Ongoing",
             "Sessions delivered to three of the eight clusters.", "Amber"),
        ]),
        ("Recommendation 3: The Board should be assured that professionals understand and use the Wales Safeguarding Procedures for escalation of professional disagreement.", [
            ("3.1", "Re-launch the resolution of professional differences protocol through a practitioner learning event.", "CTMSB Business Unit", "November 2024",
             "Learning event held 19 November 2024 with 96 attendees.", "Green"),
            ("3.2", "Survey practitioners on their confidence to escalate concerns and report results to the Board.", "CTMSB Business Unit", "June 2025",
             "Survey not yet issued.", "Red"),
        ]),
    ]
    for rec, acts in recs:
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h
            shade(t.cell(0, i), "BDD7EE")
        bold_row(t.rows[0])
        for r, a in enumerate(acts, 1):
            for i, v in enumerate(a):
                t.cell(r, i).text = v
            shade(t.cell(r, 5), rf[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (w, txt) in enumerate([("Green", "Action completed"),
                                  ("Amber", "Action in progress and within timescale"),
                                  ("Red", "Action not started or outside timescale")]):
        k.cell(i, 0).text = w
        shade(k.cell(i, 0), rf[w])
        k.cell(i, 1).text = txt
    doc.save(os.path.join(HERE, "bn2-cwm-taf-morgannwg-safeguarding-board-cpr-action-plan.docx"))


# ---------------------------------------------------------------- 7 DHR txt
def harlow():
    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of Completion and Outcome", "RAG"]
    rows = [
        ["1. Essex Police to ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the perpetrator.",
         "Local", "Issue a practice briefing to all Harlow response officers.", "Essex Police",
         "Briefing issued via the West LPA bulletin.", "30/09/2024", "Completed 02/09/2024", "Complete"],
        ["", "", "Dip-sample 20 DASH forms each quarter for evidence of separate questioning.", "Essex Police",
         "Q3 dip sample: 16 of 20 compliant.", "Quarterly", "", "Green"],
        ["2. Harlow Council to review how housing officers identify and respond to domestic abuse during tenancy visits.",
         "Local", "Deliver DAHA-aligned domestic abuse training to all tenancy and estate officers.", "Harlow Council",
         "Training commissioned from SafeLives; first cohort booked.", "31/03/2025", "", "Green"],
        ["", "", "Add domestic abuse routine enquiry to the tenancy visit checklist.", "Harlow Council",
         "", "Dec-24", "", "Amber"],
        ["3. GP practices to consider domestic abuse where a patient presents repeatedly with anxiety and unexplained injuries.",
         "Local", "Promote IRIS training to all Harlow GP practices and record uptake.", "Hertfordshire and West Essex ICB",
         "Four of eleven practices trained.", "31/07/2025", "", "Amber"],
        ["4. The Community Safety Partnership to raise awareness of economic abuse among local employers.",
         "Local", "Run a workplace domestic abuse awareness campaign with the Harlow business network.", "Harlow CSP and Harlow Council",
         "", "Nov-25", "", ""],
        ["5. The Home Office to consider updating the statutory guidance on sharing DHR learning across CSP areas.",
         "National", "Write to the Home Office DHR Unit setting out the recommendation.", "Harlow CSP",
         "Letter sent.", "31/12/2024", "Completed 18/11/2024 – acknowledgement received", "Complete"],
    ]
    lines = [
        "Harlow Community Safety Partnership",
        "Domestic Homicide Review – 'Joanne' (2023): Action Plan",
        "Progress update for the CSP Board, February 2025",
        "",
        "\t".join(hdr),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; Red = not progressing; blank = not yet started"]
    with open(os.path.join(HERE, "bn2-harlow-csp-dhr-joanne-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    royal_devon()
    bhrut()
    lcrca()
    ltht()
    kent_medway()
    cwm_taf()
    harlow()
