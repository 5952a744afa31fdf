"""Generator for the eb2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, hexc):
    c.fill = PatternFill("solid", start_color=hexc, end_color=hexc)


# ---------------------------------------------------------------- 1 Rushmoor risk register
RUSHMOOR = [
    ("H", "SR01 – Financial sustainability: failure to close the budget gap over the Medium Term Financial Strategy period"),
    ("SR01.1", "Deliver the 2025/26 savings and income programme agreed by Cabinet in October 2024, with monthly tracking through the Financial Recovery Board.",
     "Executive Head of Finance", D(2025, 3, 31), "dd/mm/yyyy", None, "A",
     "£1.1m of the £1.6m programme is on track. Car parking income remains below budget and alternative proposals will go to Cabinet in February."),
    ("SR01.2", "Review the capital programme and reprofile schemes not yet contractually committed.",
     "PB / JS", D(2025, 2, 1), "mmm-yy", None, "G",
     "Review under way with project sponsors; reprofiled programme to be presented with the budget report."),
    ("SR01.3", "Rebuild the general fund reserve to the minimum level set in the Reserves Strategy.",
     "Executive Head of Finance", "2027/28", None, None, "A",
     "Dependent on delivery of the savings programme and on the outcome of the Fair Funding Review."),
    ("H", "SR02 – Regeneration programme: delivery of Union Yard and the Civic Quarter"),
    ("SR02.1", "Complete the handover of the Union Yard student accommodation and commercial units from the contractor.",
     "Executive Head of Property and Growth", D(2024, 11, 30), "dd/mm/yyyy", D(2025, 2, 28), "A",
     "Practical completion delayed by snagging on the commercial units. Student block handed over in January."),
    ("SR02.2", "Agree the Civic Quarter delivery route and report the options appraisal to Cabinet.",
     "Executive Head of Property and Growth", D(2024, 12, 1), "mmm-yy", None, "B",
     "Cabinet agreed the preferred delivery route on 10 December 2024."),
    ("H", "SR03 – Cyber security and resilience of ICT systems"),
    ("SR03.1", "Complete the annual PSN health check and remediate any critical findings.",
     "ICT Manager", D(2025, 1, 31), "dd/mm/yyyy", None, "G",
     "Health check carried out in December; two high findings being remediated."),
    ("SR03.2", "Roll out multi-factor authentication to all remaining Members' devices.",
     "ICT Manager / Democratic Services Manager", D(2025, 3, 1), "mmm-yy", None, "G",
     "31 of 39 Members now enrolled. Drop-in sessions arranged before the February Council meeting."),
    ("SR03.3", "Test the ICT disaster recovery plan with a full failover exercise.",
     "ICT Manager", "Q4 2024/25", None, None, "R",
     "Exercise postponed twice because of the data centre migration. A new date has not yet been agreed with the supplier."),
    None,
    ("H", "SR04 – Workforce capacity and recruitment to key posts"),
    ("SR04.1", "Implement the Workforce Strategy action plan, including the market supplement review for planning and legal posts.",
     "Head of HR", "Ongoing", None, None, "G",
     "Market supplements agreed for two planning posts. Legal posts to be reviewed in Q4."),
    ("SR04.2", "Launch the apprenticeship and graduate trainee scheme for the 2025 intake.",
     "KH", D(2025, 4, 30), "dd/mm/yyyy", None, None,
     "Scheme design to begin in Q4."),
]


def make_rushmoor():
    wb = Workbook(); ws = wb.active; ws.title = "Strategic Risk Register"
    ws["A1"] = "Rushmoor Borough Council – Strategic Risk Register, Quarter 3 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2024. Reported to the Corporate Governance, Audit and Standards Committee, 23 January 2025."
    hdr = ["Action ref", "Further action planned", "Action owner", "Target date", "Revised target date", "Action RAG", "Q3 progress update"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True, color="FFFFFF"); fill(c, "1F4E78"); c.alignment = WRAP; c.border = BOX
    for row in RUSHMOOR:
        r += 1
        if row is None:
            continue
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            fill(ws.cell(r, 1), "D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            continue
        ref, act, own, tgt, fmt, rev, rag, upd = row
        vals = [ref, act, own, tgt, rev, rag, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if fmt:
            ws.cell(r, 4).number_format = fmt
        if rev:
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
        if rag:
            fill(ws.cell(r, 6), FILL[rag]); ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
    r += 2
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for k, t in [("R", "Action off track / unlikely to be achieved by the target date"),
                 ("A", "Some slippage – remedial action in hand"),
                 ("G", "On track"), ("B", "Action complete")]:
        r += 1
        c = ws.cell(r, 1, k); fill(c, FILL[k]); ws.cell(r, 2, t)
    for col, w in zip("ABCDEFG", [10, 60, 28, 13, 13, 10, 60]):
        ws.column_dimensions[col].width = w
    s2 = wb.create_sheet("Risk summary")
    s2.append(["Risk", "Risk owner", "Inherent score", "Residual score", "Direction of travel"])
    for x in [("SR01 Financial sustainability", "Chief Executive", 20, 16, "↔"),
              ("SR02 Regeneration programme", "Executive Director", 16, 12, "↓"),
              ("SR03 Cyber security", "Executive Head of Operations", 20, 12, "↔"),
              ("SR04 Workforce capacity", "Chief Executive", 16, 12, "↑")]:
        s2.append(list(x))
    wb.save(os.path.join(OUT, "eb2-rushmoor-bc-strategic-risk-register-q3-2024-25.xlsx"))


# ---------------------------------------------------------------- 2 SWB board action log
SWB = [
    ("A/24/041", D(2024, 11, 6), "TB (11/24) 007", "Provide the Board with a trajectory for reducing 12-hour waits in the Emergency Department at Midland Metropolitan University Hospital.",
     "JK", D(2025, 1, 8), None, "Complete", "Trajectory presented at the January Board (item 9). Propose closure."),
    ("A/24/042", D(2024, 11, 6), "TB (11/24) 011", "Circulate the revised Freedom to Speak Up policy to Board members ahead of approval.",
     "Director of People and OD", D(2024, 12, 4), None, "Complete", "Circulated 20 November 2024 and approved at the December meeting."),
    ("A/24/043", D(2024, 11, 6), "TB (11/24) 012", "Include benchmarking of sickness absence against the other Black Country provider collaborative trusts in the next Integrated Performance Report.",
     "FM", D(2025, 1, 8), D(2025, 3, 5), "On track", "Data requested from the Black Country Provider Collaborative; deferred to the March report by agreement of the Chair."),
    ("A/24/044", D(2024, 11, 6), "TB (11/24) 014", "Arrange a Board development session on the Getting It Right First Time (GIRFT) outpatient recommendations.",
     "DC / KD", D(2025, 2, 1), None, "At risk", "Date not yet confirmed with the GIRFT clinical lead. Possible slippage to April."),
    ("A/24/045", D(2024, 12, 4), "TB (12/24) 006", "Report on the outcome of the Maternity Incentive Scheme Year 6 submission, including any safety actions not met.",
     "Chief Nurse", D(2025, 3, 5), None, "On track", "Submission due to NHS Resolution on 3 March; verbal update to follow at the March Board."),
    ("A/24/046", D(2024, 12, 4), "TB (12/24) 009", "Confirm the timetable for the electronic patient record optimisation programme and the associated benefits realisation plan.",
     "Chief Information Officer", D(2024, 12, 4), D(2025, 1, 8), "Overdue", "Not received in January. Programme board rescheduled; to be taken at the Finance and Productivity Committee first."),
    ("A/24/047", D(2024, 12, 4), "TB (12/24) 013", "Share the Trust's response to the Healthwatch Sandwell report on hospital discharge with Board members.",
     "RB", D(2025, 1, 8), None, "Complete", "Response shared in the Board reading room on 6 January 2025."),
    ("A/25/001", D(2025, 1, 8), "TB (01/25) 010", "Bring the Green Plan annual progress report to the Board, including the carbon reduction trajectory for Midland Met.",
     "MH", "May 2025", None, "On track", "Scheduled on the Board forward plan for May."),
    ("A/25/002", D(2025, 1, 8), "TB (01/25) 012", "Provide an update on the cancer 62-day recovery plan, including the tumour sites with the longest waits.",
     "JK", D(2025, 3, 5), None, "On track", "Update being prepared with the Cancer Services Manager."),
]
SWB_FILL = {"Complete": "9BC2E6", "On track": "C6EFCE", "At risk": "FFEB9C", "Overdue": "FFC7CE"}


def make_swb():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Trust Board (Public) – Action Log"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sandwell and West Birmingham NHS Trust. Updated following the meeting held on 8 January 2025."
    hdr = ["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Revised due date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); fill(c, "D9D9D9"); c.border = BOX; c.alignment = WRAP
    r = 4
    for row in SWB:
        r += 1
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).number_format = "mmm-yy" if row[0] == "A/24/044" else "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        fill(ws.cell(r, 8), SWB_FILL[row[7]])
    r += 2
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    for t, k in [("Complete – action closed (proposed for removal from the log)", "Complete"),
                 ("On track – will be delivered by the due date", "On track"),
                 ("At risk – may not meet the due date", "At risk"),
                 ("Overdue – past the due date", "Overdue")]:
        r += 1
        c = ws.cell(r, 1, t); fill(c, SWB_FILL[k])
    for col, w in zip("ABCDEFGHI", [11, 12, 14, 60, 24, 11, 12, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eb2-sandwell-west-birmingham-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 3 Northamptonshire SAB SAR (refuse)
NSAB = [
    ("H", "Recommendation 1: The Board should seek assurance that partner agencies understand and apply the self-neglect and hoarding guidance, including use of the Clutter Image Rating."),
    ("1.1", "Relaunch the multi-agency self-neglect and hoarding guidance through a practitioner briefing and a 7-minute briefing.", "NSAB Business Unit", "Business Manager", "Sept 2024",
     "Briefing delivered to 140 practitioners on 18 September 2024. 7-minute briefing published on the website.", "Complete"),
    ("1.2", "Audit a sample of self-neglect enquiries to test whether the Clutter Image Rating was used and acted on.", "North Northamptonshire Council / West Northamptonshire Council", "Principal Social Workers (Adults)", "Jan 2025",
     "Audit tool agreed by the Quality and Performance Sub-Group. Case selection under way.", "G"),
    ("H", "Recommendation 2: Agencies should ensure that mental capacity is assessed and recorded when an adult repeatedly declines care and support."),
    ("2.1", "Include executive capacity and fluctuating capacity in the refreshed MCA training offer.", "Northamptonshire Healthcare NHS FT", "Named Professional for Safeguarding Adults", "Dec 2024",
     "Training content drafted; delivery dates to be confirmed.", "A"),
    ("2.2", "Add a prompt to record capacity assessments to the adult social care case recording system.", "West Northamptonshire Council", "Head of Service, Adult Social Care", "Ocotber 2024",
     "System change request raised with the supplier.", "A"),
    ("2.3", "Share the learning from this review at the GP safeguarding leads forum.", "NHS Northamptonshire ICB", "Designated Nurse Safeguarding Adults", "Nov 2024",
     "Presented at the forum on 6 November 2024.", "Complete"),
    ("H", "Recommendation 3: The Board should be assured that fire safety risks are identified and shared when an adult lives in a cluttered home."),
    ("3.1", "Promote Safe and Well visit referrals to all frontline staff working with adults who self-neglect.", "Northamptonshire Fire and Rescue Service", "Prevention Manager", "Mar 2025",
     "Referral pathway promoted through the partner newsletter. Referrals up 22% on the same quarter last year.", "G"),
    ("3.2", "Report the number of Safe and Well referrals from partner agencies to the Board each quarter.", "Northamptonshire Fire and Rescue Service", "Prevention Manager", "Quarterly",
     "First report due to the Board in January 2025.", "G"),
]


def make_nsab():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Adult E"
    ws["A1"] = "Safeguarding Adults Review 'Adult E' – Multi-Agency Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Northamptonshire Safeguarding Adults Board  |  Owner: SAR Sub-Group  |  Last updated: 14 October 2024"
    hdr = ["Ref", "Action", "Lead agency", "Lead officer", "Target date", "Evidence of progress / impact", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); fill(c, "7030A0"); c.border = BOX; c.alignment = WRAP
    r = 4
    rag_fill = {"Complete": FILL["B"], "G": FILL["G"], "A": FILL["A"], "R": FILL["R"]}
    for row in NSAB:
        r += 1
        if row[0] == "H":
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True); c.alignment = WRAP; fill(c, "E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        fill(ws.cell(r, 7), rag_fill[row[6]])
    r += 2
    ws.cell(r, 1, "RAG: Complete = action completed and evidenced; G = on track; A = some delay, expected to complete; R = not progressing / escalated to the Board")
    for col, w in zip("ABCDEFG", [7, 55, 30, 30, 13, 55, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eb2-northamptonshire-sab-sar-adult-e-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def hdr_row(t, names, colour="D9D9D9"):
    for c, n in zip(t.rows[0].cells, names):
        c.text = n; c.paragraphs[0].runs[0].bold = True; shade(c, colour)


# ---------------------------------------------------------------- 4 Kettering maternity highlight report
KGH = [
    ("H", "Workstream 1: Safe staffing"),
    ("1.1", "Recruit to the funded midwifery establishment following the Birthrate Plus review, including an overseas recruitment cohort in spring 2025.", "Director of Midwifery", "31/05/2025", "Amber",
     "Vacancy rate 9.8% (target 5%). Twelve overseas midwives have accepted offers; first arrivals expected in April."),
    ("1.2", "Introduce a twice-daily staffing huddle with escalation to the on-call manager using the OPEL framework.", "Head of Midwifery", "Nov-24", "Complete",
     "Huddles in place since 4 November. Escalations are logged and reviewed weekly."),
    ("1.3", "Achieve BAPM-compliant nurse staffing on the neonatal unit.", "Neonatal Matron / Lead Nurse Neonates", "Q2 2025/26", "Red",
     "Compliance 71% in January. Business case for six additional QIS nurses to go to the Investment Group in March."),
    ("H", "Workstream 2: Listening to women and families"),
    ("2.1", "Hold a 15 Steps walkabout with the Maternity and Neonatal Voices Partnership and publish the findings.", "MNVP Lead; Patient Experience Lead", "March 2025", "Green",
     "Walkabout booked for 11 March 2025."),
    ("2.2", "Offer an interpreter at every booking appointment and record the language need on BadgerNet.", "Digital Midwife", "28/02/2025", "Green",
     "BadgerNet field went live in January; compliance is being monitored weekly."),
    ("2.3", "Respond to maternity complaints within 25 working days and share themes at the monthly Maternity Governance meeting.", "Governance Lead Midwife", "Ongoing", "Green",
     "January: 6 of 7 complaints answered within timescale."),
    ("H", "Workstream 3: Fetal monitoring and escalation"),
    ("3.1", "Complete the annual fetal monitoring training and competency assessment for all midwives and obstetricians.", "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", "31 March 2025", "Amber",
     "Compliance: midwives 82%, obstetricians 74%. Additional sessions added in February and March."),
    ("3.2", "Audit the use of the Fresh Eyes process each month and report compliance to the Perinatal Quality Surveillance group.", "Consultant Midwife", "Monthly", "Green",
     "December audit: 93% compliance (20 records)."),
    ("3.3", "Embed the Modified Early Obstetric Warning Score (MEOWS) in the electronic observations system.", "SW/RH", "Dec 2024", "Complete",
     "Went live on the labour ward and antenatal ward on 2 December 2024."),
]
KGH_FILL = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_kgh():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Services – Improvement Programme Highlight Report", 1)
    doc.add_paragraph("Kettering General Hospital NHS Foundation Trust\nReport to: Quality Governance Committee, 20 February 2025\nReporting period: January 2025\nExecutive lead: Chief Nurse")
    doc.add_heading("1. Summary", 2)
    doc.add_paragraph("The improvement programme brings together the actions from the CQC maternity inspection, the Maternity Incentive Scheme and the "
                      "three-year delivery plan for maternity and neonatal services. Of the nine actions reported this month, two are complete, four are on track, "
                      "two are at risk and one is off track. The neonatal staffing action is escalated to the Committee.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    hdr_row(t, ["Workstream", "Actions", "Complete", "Green", "Amber", "Red"])
    for x in [("1. Safe staffing", "3", "1", "0", "1", "1"), ("2. Listening to women and families", "3", "0", "3", "0", "0"),
              ("3. Fetal monitoring and escalation", "3", "1", "1", "1", "0"), ("Total", "9", "2", "4", "2", "1")]:
        cells = t.add_row().cells
        for c, v in zip(cells, x):
            c.text = v
    doc.add_heading("2. Action tracker", 2)
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    hdr_row(t, ["Ref", "Action", "Lead", "Due", "RAG", "Progress this period"], "DEEAF6")
    for row in KGH:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[5]); m.text = row[1]; m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
            continue
        for c, v in zip(cells, row):
            c.text = v
        shade(cells[4], KGH_FILL[row[4]])
    doc.add_paragraph("RAG key: Complete – delivered and evidenced; Green – on track; Amber – at risk of slippage; Red – off track and escalated.")
    doc.add_heading("3. Risks and escalations", 2)
    doc.add_paragraph("Neonatal nurse staffing remains below BAPM standards (risk 2231, score 16). The Committee is asked to note the business case timetable.")
    doc.save(os.path.join(OUT, "eb2-kettering-general-hospital-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 5 Lichfield DHR
LDHR = [
    ("1. Lichfield District Council and partners should ensure that frontline staff routinely ask about domestic abuse when a person presents with housing or money difficulties.", "Local", [
        ("Add a routine enquiry question about domestic abuse to the housing options triage script and train housing advisers in its use.", "Lichfield District Council",
         "Script amended July 2024; 14 advisers trained.", "30/09/2024", "Complete"),
        ("Deliver domestic abuse awareness briefings to revenues and benefits staff.", "Lichfield District Council",
         "Two briefings held; 31 staff attended.", "December 2024", "Complete"),
    ]),
    ("2. Primary care should record domestic abuse disclosures with the agreed clinical codes so that the risk is visible at every consultation.", "Local / County", [
        ("Issue a practice bulletin reminding GP practices of the coding guidance and the IRIS referral route.", "Staffordshire and Stoke-on-Trent ICB",
         "Bulletin issued to all practices 15 October 2024.", "Oct-24", "Complete"),
        ("Audit a sample of records in two Lichfield practices six months after the bulletin.", "ICB Designated Nurse Safeguarding Adults",
         "Practices identified; audit to start in April.", "April 2025", "A"),
    ]),
    ("3. Staffordshire Police should ensure that DASH risk assessments are reviewed by a supervisor when a victim declines to answer the questions.", "County", [
        ("Update the domestic abuse investigation guidance to require supervisory review of incomplete DASH forms within 24 hours.", "Staffordshire Police",
         "Guidance revised and with the Force Policy Unit for sign-off.", "31/01/2025", "G"),
        ("Dip-sample 50 incomplete DASH forms each quarter and report the findings to the Domestic Abuse Strategic Board.", "Staffordshire Police",
         "First dip sample completed in Q3.", "Quarterly", "G"),
    ]),
    ("4. The Community Safety Partnership should promote local domestic abuse support to friends, family members and employers.", "Local", [
        ("Run a workplace campaign with local employers during the 16 Days of Action.", "Lichfield District CSP / Staffordshire County Council",
         "Campaign ran 25 November to 10 December; 23 employers took part.", "Nov 2024 – Dec 2024", "Complete"),
    ]),
]
LDHR_FILL = {"Complete": "8EA9DB", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}


def make_ldhr():
    doc = Document()
    doc.add_heading("Domestic Homicide Review – ‘Claire’ – Action Plan", 1)
    doc.add_paragraph("Lichfield District Community Safety Partnership")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    hdr_row(t, ["Version", "Date", "Author", "Changes"])
    for x in [("0.1", "12/06/2024", "DHR Chair", "Draft agreed by the review panel"),
              ("1.0", "22/07/2024", "Community Safety Manager", "Approved by the CSP Executive"),
              ("1.3", "27/01/2025", "Community Safety Manager", "Q3 progress added")]:
        for c, v in zip(t.add_row().cells, x):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("The recommendations below are taken from the overview report. Progress is reported to the CSP Executive each quarter "
                      "and to the Staffordshire Domestic Abuse Strategic Board.")
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    hdr_row(t, ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
                "Key milestones achieved in enacting recommendation", "Target date", "RAG"], "FCE4D6")
    for rec, scope, acts in LDHR:
        first = None
        for j, (act, lead, mile, tgt, rag) in enumerate(acts):
            cells = t.add_row().cells
            if j == 0:
                cells[0].text = rec; cells[1].text = scope; first = cells
            for c, v in zip(cells[2:], (act, lead, mile, tgt, rag)):
                c.text = v
            shade(cells[6], LDHR_FILL[rag])
            if j > 0:
                first[0].merge(cells[0]); first[1].merge(cells[1])
    doc.add_paragraph("RAG: Complete – action completed and evidenced; G – on track; A – some delay; R – not progressing.")
    doc.save(os.path.join(OUT, "eb2-lichfield-district-csp-dhr-claire-action-plan.docx"))


# ---------------------------------------------------------------- 6 Walsall SAR export (csv)
WSAR_HDR = ["Action Ref", "Review", "Recommendation", "Action", "Agency", "Action Owner", "Due Date", "Revised Due Date", "RAG Status", "Latest Update", "Modified"]
R1 = "Rec 1 – Partners should have a shared approach to adults who repeatedly decline support and are at risk of harm from self-neglect."
R2 = "Rec 2 – Hospital discharge planning should include the views of family carers and a check that the care package has started."
R3 = "Rec 3 – The Partnership should seek assurance that agencies escalate concerns when a multi-agency plan is not working."
WSAR = [
    ("B1.1", R1, "Develop a multi-agency risk management (MARM) protocol for adults at high risk who decline support.", "Walsall Council Adult Social Care", "Patel, Anita", "31/10/2024", "31/01/2025", "Amber", "Draft protocol out to partners for comment; closing date 20 January."),
    ("B1.2", R1, "Provide MARM training for practitioners across the partnership once the protocol is agreed.", "Walsall Safeguarding Partnership", "Joanne Hughes; Mark Evans", "31/03/2025", "", "Green", "Trainers identified. Dates to be set once the protocol is signed off."),
    ("B1.3", R1, "Add self-neglect to the partnership's multi-agency audit programme for 2025/26.", "Walsall Safeguarding Partnership", "Evans, Mark", "30/04/2025", "", "Green", "Included in the draft audit programme going to the Executive in March."),
    ("B2.1", R2, "Revise the discharge checklist so that family carers are asked about the care plan and given a named contact.", "Walsall Healthcare NHS Trust", "Head of Discharge and Flow", "30/09/2024", "", "Complete", "New checklist in use on all adult wards since 2 September 2024."),
    ("B2.2", R2, "Introduce a 48-hour follow-up call after discharge for adults with a new package of care.", "Walsall Council Adult Social Care", "Singh, Rajinder", "31/12/2024", "", "Red", "Not started because of capacity in the Integrated Discharge Team. Escalated to the Executive Group."),
    ("B2.3", R2, "Audit 20 discharges to check that the care package started on the planned day.", "Walsall Healthcare NHS Trust", "Head of Discharge and Flow", "28/02/2025", "", "Green", "Audit sample selected."),
    ("B3.1", R3, "Relaunch the Partnership escalation (resolving professional differences) policy with a one-page practitioner guide.", "Walsall Safeguarding Partnership", "Joanne Hughes", "30/11/2024", "", "Complete", "Relaunched at the November practitioner forum; guide on the website."),
    ("B3.2", R3, "Report use of the escalation policy to the Quality Assurance Sub-Group each quarter.", "Walsall Safeguarding Partnership", "Business Manager", "Quarterly", "", "Green", "First report in January 2025 showed 7 escalations in Q3."),
]


def make_wsar():
    p = os.path.join(OUT, "eb2-walsall-sp-sar-mr-b-action-tracker-export.csv")
    with open(p, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(WSAR_HDR)
        for i, row in enumerate(WSAR):
            w.writerow([row[0], "SAR Mr B", row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                        f"{20 + i}/01/2025 09:{10 + i:02d}"])


# ---------------------------------------------------------------- 7 STW ICB action log (txt, tab separated)
STW = [
    ("QPC-24-58", "28/11/2024", "Circulate the refreshed Patient Safety Incident Response Framework (PSIRF) plan for the system to committee members.", "Director of Nursing and Quality", "31/12/2024", "Complete", "Circulated 12 December 2024."),
    ("QPC-24-59", "28/11/2024", "Bring a deep dive on ambulance handover delays at the Royal Shrewsbury Hospital, including the impact on patient harm reviews.", "AT/NB", "30/01/2025", "Complete", "Deep dive received at the January meeting (item 7)."),
    ("QPC-24-60", "28/11/2024", "Confirm how learning from continuing healthcare appeals is fed back to the assessment teams.", "Head of All Age Continuing Care", "30/01/2025", "Red", "Not yet received; the post holder has been on leave. Update to be given in February."),
    ("QPC-24-61", "28/11/2024", "Add a children and young people's mental health waiting times measure to the integrated quality and performance report.", "Director of Performance", "Mar-25", "Amber", "Data flow from the provider to be agreed; the measure may not be ready for the March report."),
    ("QPC-25-01", "30/01/2025", "Provide assurance on the action plan following the CQC inspection of the Shrewsbury and Telford Hospital urgent and emergency care services.", "Chief Nursing Officer / Chief Medical Officer", "27/03/2025", "Green", "Provider action plan received; ICB quality team reviewing evidence."),
    ("QPC-25-02", "30/01/2025", "Share the primary care access recovery plan dashboard with the committee each quarter.", "Director of Primary Care", "Ongoing", "Green", "Q3 dashboard to be shared in February."),
    ("QPC-25-03", "30/01/2025", "Report on the SEND written statement of action health actions and the progress against them.", "Designated Clinical Officer", "TBC", "Green", "Timing to be agreed with the local area SEND Partnership Board."),
]


def make_stw():
    lines = ["NHS Shropshire, Telford and Wrekin – Quality and Performance Committee Action Log",
             "Exported 03/02/2025 10:42", "",
             "\t".join(["Action No", "Meeting Date", "Action", "Owner", "Due Date", "RAG", "Update"])]
    for row in STW:
        lines.append("\t".join(row))
    lines += ["", "RAG: Red = overdue; Amber = at risk; Green = on track; Complete = action closed"]
    with open(os.path.join(OUT, "eb2-shropshire-telford-wrekin-icb-quality-committee-action-log.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_rushmoor(); make_swb(); make_nsab(); make_kgh(); make_ldhr(); make_wsar(); make_stw()
