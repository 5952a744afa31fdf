"""Generator for the dv2- cases (partnership, NHS and corporate plans)."""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "00B0F0"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)

def put(ws, r, c, v, fmt=None, bold=False, bg=None):
    cell = ws.cell(row=r, column=c, value=v)
    if fmt: cell.number_format = fmt
    if bold: cell.font = Font(bold=True)
    if bg: cell.fill = fill(bg)
    cell.alignment = WRAP
    cell.border = BOX
    return cell

# ---------------------------------------------------------------- 1 IoW board action log
def iow():
    wb = Workbook(); ws = wb.active; ws.title = "Public Board Actions"
    ws["A1"] = "Isle of Wight NHS Trust – Trust Board (Public) Action Log"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated 28 October 2024 for the Board meeting on 6 November 2024"
    hdr = ["Action Ref", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Revised Due Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1): put(ws, 4, i, h, bold=True, bg="D9E1F2")
    rows = [
        ("TB/24/018", D(2024,4,3), "24/045", "Bring a deep dive on ambulance handover delays at St Mary's ED to a future Board meeting, including the impact of the new Rapid Assessment and Treatment model.", "Chief Operating Officer", D(2024,7,3), D(2024,11,6), "Deferred from July to allow three months of RAT data to be included. Scheduled for the November Board.", AMB),
        ("TB/24/022", D(2024,6,5), "24/071", "Circulate the revised Freedom to Speak Up policy to Board members for comment before it goes to People Committee.", "Director of Corporate Affairs", D(2024,7,3), None, "Circulated 12 July 2024; comments received from two NEDs and incorporated.", BLU),
        ("TB/24/025", D(2024,6,5), "24/074", "Include mainland tertiary transfer times in the Integrated Performance Report from Quarter 2.", "JC/HS", D(2024,10,2), None, "Metric definitions agreed with the BI team. First data will appear in the October IPR.", GRN),
        ("TB/24/029", D(2024,7,3), "24/092", "Provide the Board with an update on the recovery trajectory for 52-week waits in ophthalmology and orthopaedics.", "Chief Operating Officer / Medical Director", D(2024,9,4), None, "Trajectory not yet agreed with the ICB; update now expected at the December Board.", RED),
        ("TB/24/031", D(2024,7,3), "24/095", "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the Trust's patient safety priorities.", "Chief Nursing Officer", D(2024,12,4), None, "Session booked for 4 December 2024 with the Patient Safety Specialist.", GRN),
        ("TB/24/034", D(2024,9,4), "24/118", "Confirm the timetable for the refresh of the Trust's Green Plan and take it to the Finance, Investment and Estates Committee.", "Director of Finance", D(2025,3,5), None, "Draft timetable prepared; to go to the FIE Committee in January 2025.", GRN),
        ("TB/24/035", D(2024,9,4), "24/121", "Share the results of the 2024 Maternity Services Survey with Board members once published by the CQC.", "Director of Midwifery", "On publication", None, "CQC publication date not yet confirmed.", None),
        ("TB/24/036", D(2024,9,4), "24/124", "Review the format of the Board Assurance Framework report so that target risk scores and dates are shown for each strategic risk.", "DT", D(2024,11,6), None, "Revised format presented to Audit and Risk Committee on 15 October 2024 and approved.", BLU),
    ]
    r = 5
    for ref, md, mr, act, lead, due, rev, upd, rag in rows:
        put(ws, r, 1, ref); put(ws, r, 2, md, "dd/mm/yyyy"); put(ws, r, 3, mr); put(ws, r, 4, act); put(ws, r, 5, lead)
        put(ws, r, 6, due, "mmm-yy" if isinstance(due, D) else None); put(ws, r, 7, rev, "mmm-yy" if rev else None)
        put(ws, r, 8, upd); put(ws, r, 9, None, bg=rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for col, txt in [(RED, "Red – overdue / not on track"), (AMB, "Amber – due date revised"),
                     (GRN, "Green – on track to deliver by due date"), (BLU, "Blue – complete, proposed for closure")]:
        ws.cell(row=r, column=1).fill = fill(col); ws.cell(row=r, column=2, value=txt); r += 1
    for col, w in zip("ABCDEFGHI", [11, 12, 10, 60, 24, 10, 12, 50, 7]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dv2-isle-of-wight-nhs-trust-board-public-action-log.xlsx"))

# ---------------------------------------------------------------- 2 Mole Valley AGS action plan
def mole():
    wb = Workbook(); ws = wb.active; ws.title = "AGS Action Plan"
    ws["A1"] = "Mole Valley District Council"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Annual Governance Statement 2023/24 – Significant Governance Issues: Action Plan"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Progress update as at 31 January 2025 (Audit Committee, 11 March 2025)"
    hdr = ["Ref", "Governance Issue", "Action", "Responsible Officer", "Target Date", "Progress (January 2025)", "Status"]
    for i, h in enumerate(hdr, 1): put(ws, 5, i, h, bold=True, bg="BDD7EE")
    SC = {"Complete": BLU, "Green": GRN, "Amber": AMB, "Red": RED, "Not started": None}
    issues = [
        ("Financial resilience – the Medium Term Financial Strategy (MTFS) forecasts a cumulative budget gap of £2.4m by 2026/27.", [
            ("1.1", "Deliver the Fit for the Future savings and income programme and report progress to Cabinet quarterly.", "Strategic Director (S151 Officer)", D(2025,3,31), "dd/mm/yyyy", "£1.1m of the £1.6m 2024/25 target delivered to date. Quarter 3 report to Cabinet in February.", "Amber"),
            ("1.2", "Review the capital programme and asset disposal plan to reduce the need to borrow.", "Head of Property and Regeneration", "March 2025", None, "Review under way; three sites identified for disposal, with reports to Cabinet in March.", "Green")]),
        ("Local Plan – the examination of the Future Mole Valley Local Plan has taken longer than expected, putting the five-year housing land supply at risk.", [
            ("2.1", "Respond to the Inspector's Main Modifications and complete the consultation.", "Head of Planning Policy", D(2024,9,30), "mmm-yy", "Main Modifications consultation closed on 23 September 2024.", "Complete"),
            ("2.2", "Adopt the Local Plan at Full Council.", "Head of Planning Policy", "Q4 2024/25", None, "Inspector's final report received December 2024; report to Council on 18 February 2025.", "Green")]),
        ("Cyber security – the IT Health Check identified high-priority vulnerabilities and the cyber incident response plan has not been tested.", [
            ("3.1", "Remediate the high-priority vulnerabilities identified in the 2024 IT Health Check.", "ICT Manager", D(2024,12,31), "dd/mm/yyyy", "14 of 17 remediated. The remaining three depend on replacing the legacy telephony servers.", "Amber"),
            ("3.2", "Run a cyber incident exercise with the Corporate Management Team and Surrey Local Resilience Forum partners.", "ICT Manager / Emergency Planning Officer", "Feb-25", None, "Exercise booked with the LGA cyber team for 12 February 2025.", "Green")]),
        ("Contract management – internal audit gave limited assurance over contract management and the contracts register was incomplete.", [
            ("4.1", "Update the contracts register and publish it in line with the Local Government Transparency Code.", "Procurement Lead", D(2024,10,31), "dd/mm/yyyy", "Register updated and published on the website in October 2024.", "Complete"),
            ("4.2", "Roll out contract management training to all contract managers.", "Procurement Lead", "Ongoing", None, "Two sessions delivered (28 staff). Further sessions planned each quarter.", "Green"),
            ("4.3", "Introduce quarterly contract performance reporting to the Corporate Management Team.", "Head of Finance", D(2025,6,30), "mmm-yy", "To begin once the new finance system goes live in April 2025.", "Not started")]),
    ]
    r = 6
    for issue, acts in issues:
        first = r
        for ref, act, ro, td, fmt, prog, st in acts:
            put(ws, r, 1, ref); put(ws, r, 2, issue if r == first else None); put(ws, r, 3, act); put(ws, r, 4, ro)
            put(ws, r, 5, td, fmt); put(ws, r, 6, prog); put(ws, r, 7, st, bg=SC[st]); r += 1
        if r - 1 > first: ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – action finished; Green – on track; Amber – some slippage, target date at risk; Red – target date will not be met; Not started – action not yet due to begin.")
    for col, w in zip("ABCDEFG", [6, 45, 50, 28, 12, 50, 12]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dv2-mole-valley-dc-ags-significant-governance-issues-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 Rutland IA tracker (refuse)
def rutland():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "Rutland County Council – Internal Audit: Outstanding Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit and Risk Committee – March 2025"
    hdr = ["Rec No", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Latest Update"]
    for i, h in enumerate(hdr, 1): put(ws, 4, i, h, bold=True, bg="D9D9D9")
    data = [
        ("Payroll 2023/24 – Reasonable Assurance", [
            ("1", "Medium", "Starters and leavers forms should be authorised before they are processed.", "Payroll will reject any form received without budget holder authorisation and report rejections monthly.", "Payroll Manager", D(2024,6,30), None, "Complete", "Process in place since June 2024; no unauthorised forms processed in sample checked."),
            ("2", "Low", "Exception reports should be reviewed and signed off each pay run.", "Exception report to be signed by the Payroll Manager and filed with the pay run.", "Payroll Manager", D(2024,9,30), "Apirl 2025", "Amber", "Electronic sign-off being built into the new HR/payroll system."),
        ]),
        ("Procurement Cards 2023/24 – Limited Assurance", [
            ("1", "High", "Card transactions should be supported by receipts and reviewed by a line manager each month.", "Introduce monthly card statement review with receipts uploaded to the finance system.", "Finance Manager (Exchequer)", D(2024,7,31), D(2024,12,31), "Green", "Upload module live; 92% of December transactions reviewed on time."),
            ("2", "Medium", "Card limits should be reviewed against actual spending.", "Review all card limits and reduce where spending does not justify the limit.", "Finance Manager (Exchequer)", D(2024,9,30), None, "Complete", "34 card limits reduced and 6 cards cancelled."),
        ]),
        ("Adult Social Care Direct Payments 2024/25 – Limited Assurance", [
            ("1", "High", "Direct payment accounts should be audited annually to recover unspent funds.", "Set up a rolling annual audit programme for all direct payment accounts.", "Head of Adult Social Care", D(2025,3,31), None, "Amber", "Audit officer recruited; 41 of 128 accounts audited so far."),
            ("2", "Medium", "Direct payment agreements should be signed before the first payment is made.", "Add a check for a signed agreement to the payment authorisation step.", "Team Manager, Brokerage", D(2025,1,31), None, "Red", "Not yet implemented because of staff absence; to be discussed at the April management team."),
        ]),
    ]
    r = 5
    for sect, recs in data:
        ws.cell(row=r, column=1, value=sect).font = Font(bold=True)
        for c in range(1, 10): ws.cell(row=r, column=c).fill = fill("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for no, pri, rec, act, ro, otd, rtd, st, upd in recs:
            put(ws, r, 1, no); put(ws, r, 2, pri); put(ws, r, 3, rec); put(ws, r, 4, act); put(ws, r, 5, ro)
            put(ws, r, 6, otd, "dd/mm/yyyy"); put(ws, r, 7, rtd, "dd/mm/yyyy" if isinstance(rtd, D) else None)
            put(ws, r, 8, st, bg={"Complete": BLU, "Green": GRN, "Amber": AMB, "Red": RED}[st]); put(ws, r, 9, upd); r += 1
    for col, w in zip("ABCDEFGHI", [7, 9, 45, 45, 24, 12, 12, 10, 45]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dv2-rutland-cc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs: run.bold = True

# ---------------------------------------------------------------- 4 Elmbridge CPC action plan
def elmbridge():
    doc = Document()
    doc.add_heading("Elmbridge Borough Council: Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph("The LGA Corporate Peer Challenge took place from 10 to 13 September 2024. The peer team's feedback report made "
                      "four key recommendations. This action plan sets out how the Council will respond to each of them. Progress "
                      "will be reported to Cabinet every six months and the peer team will return for a progress review in summer 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]): c.text = h
    bold_row(t.rows[0])
    for row in [("0.3", "02/12/2024", "Policy and Performance Team", "Draft for Corporate Management Board"),
                ("1.0", "16/01/2025", "Policy and Performance Team", "Approved by Cabinet"),
                ("1.1", "20/02/2025", "Policy and Performance Team", "Progress update")]:
        cs = t.add_row().cells
        for c, v in zip(cs, row): c.text = v
    doc.add_paragraph("")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update (February 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr): c.text = h; shade(c, "1F4E79")
    bold_row(t.rows[0])
    RC = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    recs = [
        ("Recommendation 1: Set out a clear long-term vision for the borough and refresh the Council Plan so that it is owned by members and staff.", [
            ("1.1", "Hold member and staff workshops to shape the Council Plan 2025–2029.", "Chief Executive", "November 2024", "Four workshops held with 120 staff and 31 members.", "Complete"),
            ("1.2", "Take the new Council Plan to Full Council for adoption.", "Head of Policy and Performance", "By 31 March 2025", "Draft plan considered by Cabinet on 13 February 2025.", "Green")]),
        ("Recommendation 2: Develop a Medium Term Financial Strategy that closes the budget gap and links spending to the Council Plan priorities.", [
            ("2.1", "Agree a three-year savings programme with each directorate.", "Chief Finance Officer (S151)", "Q4 2024/25", "Savings of £1.3m identified against a £1.9m target; further proposals will come forward in the budget round.", "Amber"),
            ("2.2", "Introduce monthly budget monitoring reports to the Corporate Management Board.", "CFO", "Dec-24", "Monthly reporting started in October 2024.", "Complete")]),
        ("Recommendation 3: Strengthen the relationship between members and officers, including a refreshed protocol and a member development programme.", [
            ("3.1", "Review the Member/Officer Protocol with the Standards Committee.", "Monitoring Officer", "June 2025", "Review started; draft to go to Standards Committee in April.", "Green"),
            ("3.2", "Run a member development programme with the LGA, with induction for new members after the May 2026 elections.", "Head of Democratic Services", "Ongoing", "First three modules delivered (chairing skills, local government finance and scrutiny).", "Green")]),
        ("Recommendation 4: Make the most of the Council's land and assets and work with partners to increase the supply of affordable housing.", [
            ("4.1", "Establish a Housing Delivery Board with registered providers and Surrey County Council.", "Strategic Director – Place", "Jan 2025", "First meeting has slipped to March 2025 because of partner availability.", "Red"),
            ("4.2", "Complete the options appraisal for council-owned sites in Walton and Molesey.", "KW & RP", "September 2025", "Consultants appointed and site surveys under way.", "Green")]),
    ]
    for rec, acts in recs:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = rec; shade(m, "DEEAF6")
        for run in m.paragraphs[0].runs: run.bold = True
        for a in acts:
            cs = t.add_row().cells
            for c, v in zip(cs, a): c.text = v
            shade(cs[5], RC[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete – action delivered; Green – on track; Amber – at risk of slipping; Red – off track or overdue.")
    doc.save(os.path.join(OUT, "dv2-elmbridge-bc-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 5 Shropshire SAB SAR Adult W
def shropshire():
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run("Keeping Adults Safe in Shropshire Board"); r.bold = True
    doc.add_heading("Safeguarding Adults Review ‘Adult W’ – Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Date of Board sign-off: 19 June 2024.   Plan owner: SAR Subgroup.   Last updated: 14 January 2025.")
    RC = {"Complete": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    recs = [
        ("Recommendation 1: The Board should seek assurance that agencies apply the multi-agency self-neglect and hoarding guidance, including escalation where an adult declines support.", [
            ("1.1", "Relaunch the self-neglect and hoarding guidance through a 7-minute briefing and practitioner events.", "KASiSB Business Unit", "Board Business Manager", "Sept 2024", "Briefing published 2 September 2024; two events held with 146 attendees.", "Complete"),
            ("1.2", "Audit a sample of self-neglect cases to test use of the escalation process.", "Shropshire Council ASC", "Principal Social Worker", "31/03/2025", "Audit tool agreed and 20 cases selected. Fieldwork in February 2025.", "A")]),
        ("Recommendation 2: Agencies should ensure that mental capacity assessments are carried out and recorded where there is reason to doubt capacity for specific decisions about care and accommodation.", [
            ("2.1", "Deliver MCA refresher training for community nursing and GP practice staff.", "Shropshire Community Health NHS Trust", "Named Nurse Safeguarding Adults", "Dec 2024", "86% of community nurses trained. GP practice sessions scheduled for January.", "G"),
            ("2.2", "Add an MCA prompt to the adult social care assessment template on the case recording system.", "Shropshire Council ASC", "Service Manager (Safeguarding and MCA)", "Oct 2024\nRevised: Feb 2025", "System change delayed by the supplier's release schedule; now in the February 2025 release.", "A")]),
        ("Recommendation 3: The Board should be assured that information about risk is shared between housing, health and social care when an adult moves between areas.", [
            ("3.1", "Agree an information-sharing protocol for adults at risk moving into or out of Shropshire.", "Shropshire Council Housing Services", "Housing Options Manager", "March 2025", "Draft protocol out to partners for comment.", "G"),
            ("3.2", "Include cross-boundary moves in the KASiSB quality assurance dashboard.", "KASiSB", "Chair of the Quality and Performance Subgroup", "Quarterly", "First report to the subgroup in October 2024.", "G"),
            ("3.3", "Brief neighbourhood policing teams on the learning from Adult W.", "West Mercia Police", "DI Kate Marsh", "Jul-24", "Briefing delivered at team meetings in July 2024.", "Complete")]),
    ]
    hdr = ["No.", "Action", "Agency", "Lead Officer", "Target Date", "Progress / Evidence", "RAG"]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr): c.text = h; shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for a in acts:
            cs = t.add_row().cells
            for c, v in zip(cs, a): c.text = v
            shade(cs[6], RC[a[6]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: R – not on track; A – in progress, some risk to delivery; G – on track; Complete – action completed and evidence received by the SAR Subgroup.")
    doc.save(os.path.join(OUT, "dv2-shropshire-kasisb-sar-adult-w-action-plan.docx"))

# ---------------------------------------------------------------- 6 Reigate & Banstead CSP DHR export (csv)
def reigate():
    import csv
    hdr = ["Item ID", "Review", "Action ID", "Recommendation", "Action", "Agency", "Action Owner", "Target Date", "RAG Status", "Progress Notes", "Modified"]
    R1 = "1. All agencies should ensure that routine enquiry about domestic abuse is embedded in assessments, including for older victims."
    R2 = "2. Partners should improve the identification of economic abuse and coercive control by family members."
    R3 = "3. The CSP should seek assurance that the MARAC referral pathway is understood by housing and health staff."
    R4 = "4. The CSP should share the learning from this review widely."
    rows = [
        ("101", "DHR Sara", "1.1", R1, "Add routine enquiry prompts to the adult social care assessment form.", "Surrey County Council ASC", "Patel, Asha", "30/11/2024", "Complete", "Prompt live on the case recording system from 4 November 2024.", "14/02/2025 10:32"),
        ("102", "DHR Sara", "1.2", R1, "Deliver routine enquiry training to GP practices across East Surrey.", "NHS Surrey Heartlands ICB", "Designated Nurse Safeguarding Adults", "31/03/2025", "Amber", "9 of 16 practices trained. Remaining sessions booked for March.", "12/02/2025 16:05"),
        ("103", "DHR Sara", "2.1", R2, "Commission a briefing on economic abuse from the specialist domestic abuse service.", "Reigate & Banstead BC", "Community Safety Manager", "31/01/2025", "Green", "Briefing drafted with ESDAS; launch at the February CSP meeting.", "03/02/2025 09:17"),
        ("104", "DHR Sara", "2.2", R2, "Review Banking Protocol referrals with Surrey Police to check whether economic abuse is being identified.", "Surrey Police", "Hale, Rob", "30/09/2024", "Red", "Data request still outstanding with force analysts. Escalated to the CSP Chair.", "29/01/2025 11:48"),
        ("105", "DHR Sara", "3.1", R3, "Run MARAC awareness sessions for housing officers and hospital staff.", "Reigate & Banstead BC / Surrey and Sussex Healthcare NHS Trust", "Housing Services Manager; Named Nurse Safeguarding Adults", "31/05/2025", "Green", "First session held on 15 January 2025.", "16/01/2025 14:20"),
        ("106", "DHR Sara", "3.2", R3, "Audit MARAC referrals from housing for quality and timeliness.", "Reigate & Banstead BC", "Housing Services Manager", "Ongoing", "Not started", "To start once the awareness sessions are complete.", "16/01/2025 14:22"),
        ("107", "DHR Sara", "4.1", R4, "Publish a learning briefing and hold a learning event for partners.", "Reigate & Banstead BC", "Community Safety Manager", "31/07/2025", "Not started", "Awaiting Home Office Quality Assurance Panel feedback before publication.", "03/02/2025 09:20"),
    ]
    with open(os.path.join(OUT, "dv2-reigate-banstead-csp-dhr-sara-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr); w.writerows(rows)

# ---------------------------------------------------------------- 7 Torbay SCP LCSPR Child M (tab text)
def torbay():
    L = []
    L.append("Torbay Safeguarding Children Partnership – LCSPR Child M Action Plan")
    L.append("Version 4 – updated 07/01/2025")
    L.append("")
    L.append("\t".join(["Ref", "Recommendation", "Action", "Lead Agency", "Lead", "Timescale", "RAG", "Progress update"]))
    R1 = "1. Partners should ensure that the voice and lived experience of pre-verbal and non-verbal children is recorded in assessments and plans."
    R2 = "2. The Partnership should be assured that fathers and other male carers are identified and assessed."
    R3 = "3. Agencies should review how they respond when babies are not brought to health appointments."
    groups = [
        (R1, [("1.1", "Update the Single Assessment template to include a prompt for observations of the baby's day-to-day care.", "Torbay Council Children's Services", "Principal Social Worker", "Feb-25", "G", "Template change agreed at Practice Board; go-live 3 February."),
              ("1.2", "Deliver a 'Day in the life of the baby' workshop to health visitors and family hub staff.", "Torbay and South Devon NHS FT", "Named Nurse Safeguarding Children", "Q4 2024/25", "A", "Two of four workshops delivered; two postponed because of winter pressures.")]),
        (R2, [("2.1", "Add a mandatory 'Who lives in the household?' field to the MASH contact record.", "Torbay Council Children's Services", "MASH Service Manager", "Oct-24", "B", "Field added 14 October 2024."),
              ("2.2", "Multi-agency audit of father engagement in Child Protection Plans.", "TSCP", "TSCP Business Manager / QA Subgroup Chair", "Jun-25", "G", "Audit scheduled for the April QA cycle."),
              ("2.3", "Include the 'seeing the unseen men' learning in the schools' DSL network meetings.", "Torbay Council Education", "Education Safeguarding Lead", "Termly", "G", "Covered at the autumn DSL network; to be repeated each term.")]),
        (R3, [("3.1", "Review the Was Not Brought policy and add escalation to the health visiting team lead.", "Torbay and South Devon NHS FT", "DL/MP", "Mar-25", "R", "Review has not started because of a vacancy in the safeguarding team. Post now filled, start date February."),
              ("3.2", "GP practices to code missed immunisation appointments and notify the health visitor.", "NHS Devon ICB", "Named GP for Safeguarding Children", "31/07/2025", "G", "Guidance issued to practices in the December Primary Care bulletin.")]),
    ]
    for gi, (rec, acts) in enumerate(groups):
        for i, (ref, act, ag, lead, ts, rag, upd) in enumerate(acts):
            L.append("\t".join([ref, rec if i == 0 else "", act, ag, lead, ts, rag, upd]))
        L.append("")
    L.append("RAG key\tR = off track\tA = delayed but recoverable\tG = on track\tB = complete")
    with open(os.path.join(OUT, "dv2-torbay-scp-lcspr-child-m-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")

if __name__ == "__main__":
    iow(); mole(); rutland(); elmbridge(); shropshire(); reigate(); torbay()
