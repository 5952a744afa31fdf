"""Generate the cj2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "92D050", "FFC000", "FF0000", "D9D9D9"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 board action log
def board_log():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Shropshire Community Health NHS Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Trust Board Meeting held in Public – Action Log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 28 February 2025 (for the Board meeting on 6 March 2025)"
    ws.merge_cells("A1:I1"); ws.merge_cells("A2:I2"); ws.merge_cells("A3:I3")
    hdr = ["Action Ref", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date",
           "Revised Due Date", "Update", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8"); cell.border = BOX; cell.alignment = WRAP
    S = {"Complete": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}
    rows = [
        (112, D(2024,7,4), "TB/24/045", "Present a deep dive into the community nursing workforce, including vacancy, turnover and agency use by locality, to the Workforce Committee.", "Director of Nursing and Workforce", D(2024,10,1), None, "Deep dive received by the Workforce Committee on 15 October 2024 and summarised in the Committee Chair's report. Proposed for closure.", "Complete"),
        (118, D(2024,9,5), "TB/24/067", "Circulate the updated Board development programme for 2024/25 to all Board members.", "SH", D(2024,10,1), None, "Programme circulated 30/09/24.", "Complete"),
        (121, D(2024,9,5), "TB/24/071", "Provide an analysis of Minor Injury Unit attendances at Whitchurch and Bridgnorth to inform the winter plan, including patients redirected from acute sites.", "CF / JW", D(2024,11,1), D(2025,3,1), "Data received; the analysis was delayed by a change to the ECDS reporting feed. Revised date agreed with the Chair.", "Revised date"),
        (127, D(2024,11,7), "TB/24/094", "Bring the refreshed Freedom to Speak Up strategy to the Board, with benchmarking against the National Guardian's Office reflection and planning tool.", "Chief Executive", D(2025,1,1), D(2025,5,1), "Deferred to the May Board so that the strategy can be shaped by staff network engagement in February and March.", "Revised date"),
        (130, D(2024,11,7), "TB/24/101", "Include pressure ulcer incidence per 1,000 caseload patients in the Integrated Performance Report, split by category.", "Director of Nursing and Workforce", D(2025,1,1), None, "Metric not yet added; it needs a change to the caseload extract, which is with the BI team.", "Overdue"),
        (131, D(2024,11,7), "TB/24/103", "Update the Board Assurance Framework to reflect the new strategic risk on the financial recovery plan and report it to the Audit Committee.", "Director of Finance", D(2025,1,1), None, "Added to the BAF as SR9 and reviewed by the Audit Committee on 23 January 2025.", "Complete"),
        (135, D(2025,1,9), "TB/25/006", "Arrange a Board seminar on the Community Health Services Data Set and the national community waiting list publication.", "Director of Strategy / Company Secretary", D(2025,4,1), None, "Seminar scheduled for 3 April 2025; speakers confirmed.", "On track"),
        (138, D(2025,1,9), "TB/25/011", "Report back on the recruitment of patient safety partners and how they will be involved in PSIRF oversight.", "JW", D(2025,5,1), None, "Two patient safety partners appointed; induction planned for March.", "On track"),
        (139, D(2025,1,9), "TB/25/014", "Share the Green Plan annual progress report with Board members outside the meeting.", "Director of Estates and Facilities", D(2025,2,1), None, "Report finalised and due to be circulated with the March Board papers.", "On track"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).number_format = "mmm-yy"; ws.cell(r, 7).number_format = "mmm-yy"
        ws.cell(r, 9).fill = fill(S[row[8]])
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True); r += 1
    for k, txt in [("Complete", "Action completed – proposed for closure"),
                   ("On track", "Action on course to be delivered by the due date"),
                   ("Revised date", "New date agreed by the Board or Chair"),
                   ("Overdue", "Past the due date and no revised date agreed")]:
        ws.cell(r, 1, k).fill = fill(S[k]); ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFGHI", [10, 12, 11, 55, 24, 10, 11, 55, 13]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cj2-shropshire-community-health-nhs-trust-board-public-action-log.xlsx"))

# ---------------------------------------------------------------- helpers for docx
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs: run.bold = True

# ---------------------------------------------------------------- 2 maternity highlight report
def maternity():
    doc = Document()
    doc.add_paragraph("Ashford and St Peter's Hospitals NHS Foundation Trust")
    doc.add_heading("Maternity and Neonatal Improvement Programme: Highlight Report", 1)
    doc.add_paragraph("Report to: Quality and Performance Committee\tReporting period: December 2024 – January 2025")
    doc.add_paragraph("Executive sponsor: Chief Nursing Officer\tPrepared by: Maternity Transformation Lead")
    doc.add_heading("1. Summary", 2)
    doc.add_paragraph("Overall programme status remains Amber. Good progress has been made on workforce and "
                      "on involving the Maternity and Neonatal Voices Partnership, but Saving Babies' Lives "
                      "compliance and the timeliness of safety actions after learning responses remain behind plan.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Theme", "December", "January", "Comment"]): c.text = h
    bold_row(t.rows[0])
    for row in [("Theme 1", "G", "G", "On plan"), ("Theme 2", "A", "G", "Birthrate Plus review complete"),
                ("Theme 3", "A", "A", "PSIRF action timeliness"), ("Theme 4", "A", "A", "SBLCBv3 elements 2 and 4")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    doc.add_heading("2. Key achievements this period", 2)
    for b in ["Birthrate Plus® review completed and presented to Trust Board.",
              "Replacement CTG machines in use on Labour Ward from 3 February.",
              "MNVP 15 Steps walkround of the Maternity Day Assessment Unit completed."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("3. Action plan progress", 2)
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due date", "RAG", "Progress this period"]):
        c.text = h; shade(c, "C6D9F1")
    bold_row(t.rows[0])
    F = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    plan = [
        ("Theme 1: Listening to and working with women and families", [
            ("1.1", "Co-produce a refreshed birth choices leaflet and web page with the Maternity and Neonatal Voices Partnership (MNVP), available in the five most requested community languages.", "Head of Midwifery / MNVP Chair", "Mar-25", "G", "Draft agreed at the MNVP meeting on 14 January; translations commissioned."),
            ("1.2", "Introduce a postnatal listening and debrief offer for women who have had a complex birth, with outcomes reported quarterly.", "Consultant Midwife", "Q1 2025/26", "A", "Pilot running on Delivery Suite; the quarterly reporting template is still to be agreed with the Quality team."),
            ("1.3", "Publish 'You said, we did' responses to the Friends and Family Test on each maternity ward.", "Ward Managers", "Monthly", "G", "Boards updated on all three wards in December and January."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Complete the Birthrate Plus® midwifery workforce review and present the findings to the Board.", "Director of Midwifery", "31/12/2024", "B", "Review completed in December 2024; findings and funding proposal presented to Trust Board in January."),
            ("2.2", "Implement a preceptorship programme aligned to the national framework for all newly qualified midwives.", "Practice Development Midwife", "Feb-25", "G", "Programme launched with the January cohort of 11 midwives."),
            ("2.3", "Reduce the midwifery vacancy rate to below 5%.", "Head of Midwifery", "Sept 2025", "A", "Vacancy rate 7.8% in January (8.4% in December); the international recruitment cohort arrives in April."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "Deliver the perinatal culture and leadership action plan agreed by the quadrumvirate following the SCORE survey.", "Perinatal Quad", "Jun-25", "G", "Listening sessions held with all staff groups; three of the seven actions complete."),
            ("3.2", "Ensure that all PSIRF learning responses in maternity have safety actions agreed within 30 days of sign-off.", "Maternity Governance Lead", "Ongoing", "R", "Three of the five learning responses signed off in the period had actions agreed within 30 days; escalated to the Divisional Board."),
        ]),
        ("Theme 4: Meeting and improving standards and structures", [
            ("4.1", "Achieve full compliance with elements 1 to 6 of the Saving Babies' Lives Care Bundle version 3.", "Obstetric Lead for SBLCBv3 / Fetal Monitoring Lead Midwife", "March 2025", "A", "Elements 1, 3, 5 and 6 compliant. Element 2 (fetal growth) and element 4 (fetal monitoring) rely on the scanning capacity business case."),
            ("4.2", "Replace the two CTG machines on the Labour Ward identified as beyond their service life.", "Maternity Matron", "Feb-25", "B", "Originally due November 2024. New machines in use from 3 February."),
        ]),
    ]
    for theme, acts in plan:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = theme
        shade(m, "E7E6E6"); bold_row(row)
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a): c.text = v
            shade(cells[4], F[a[4]])
    doc.add_paragraph("RAG key: B = Complete   G = On track   A = Some risk to delivery, mitigations in place   "
                      "R = Off track / at risk of not being delivered")
    doc.add_heading("4. Risks and issues", 2)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Risk / issue", "Rating", "Mitigation"]): c.text = h
    bold_row(t.rows[0])
    for row in [("Ultrasound capacity for serial growth scans (SBLCBv3 element 2)", "15", "Business case for two additional sonographers to Investment Committee in March."),
                ("Obstetric anaesthetic cover at night", "12", "Locum cover in place; substantive recruitment under way.")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    doc.add_heading("5. Decisions required", 2)
    doc.add_paragraph("The Committee is asked to note the report and the escalation at action 3.2.")
    doc.save(os.path.join(OUT, "cj2-ashford-st-peters-nhsft-maternity-neonatal-highlight-report.docx"))

# ---------------------------------------------------------------- 3 NWAS PSII export
def nwas():
    hdr = ["Action ID", "Learning Response", "Area for Improvement", "Safety Action", "Action Owner",
           "Directorate", "Date Created", "Due Date", "Revised Due Date", "RAG", "Stage", "Latest Update"]
    L1 = "PSII-2024-017 Delayed response to a Category 2 call during high demand"
    L2 = "PSII-2024-022 Missed opportunity to identify deterioration of a patient left at home"
    L3 = "PSII-2024-029 Stroke pre-alert not made for a FAST-positive patient"
    A1 = "Welfare call-backs to patients waiting for a Category 2 response were not always made within the expected interval."
    A2 = "Clinical navigators did not have a clear process for escalating when hospital handover delays reduced available resources."
    A3 = "Crews did not consistently use the NEWS2 escalation guidance when deciding to leave a patient at home."
    A4 = "Safety-netting advice given to patients and families was not recorded."
    A5 = "Pre-alert calls to the hyperacute stroke unit were not made for FAST-positive patients presenting outside the thrombolysis window."
    rows = [
        ["SA-0231", L1, A1, "Introduce an automated CAD prompt for a welfare call-back at 30 minutes for Category 2 calls still awaiting an allocated resource.", "Hughes, Daniel", "Emergency Operations Centre", "12/08/2024", "31/12/2024", "31/03/2025", "Amber", "Open", "CAD change tested in the Broughton EOC; go-live postponed to March because of the winter change freeze."],
        ["SA-0232", L1, A1, "Audit a monthly sample of 50 Category 2 calls for welfare call-back compliance and report the results to the Patient Safety Group.", "Okafor, Grace", "Quality, Innovation and Improvement", "12/08/2024", "30/09/2024", "", "Blue", "Closed", "Audit now part of the monthly Patient Safety Group report (first reported September 2024)."],
        ["SA-0233", L1, A2, "Revise the Surge Management Plan escalation triggers to include hospital handover delays of more than 60 minutes.", "Hughes, Daniel", "Emergency Operations Centre", "12/08/2024", "28/02/2025", "", "Green", "Open", "Draft triggers agreed at the Resilience Group; final version to the Executive Leadership Committee in February."],
        ["SA-0248", L2, A3, "Add a mandatory NEWS2 score and rationale field to the non-conveyance section of the ePR.", "Whitfield, Sarah", "Digital", "04/10/2024", "31/01/2025", "", "Red", "Open", "Supplier has not yet delivered the ePR release; escalated through the contract review meeting."],
        ["SA-0249", L2, A3, "Deliver a case-based 'Leaving patients at home' learning session to all paramedics as part of 2024/25 mandatory training.", "Patel, Ravi", "Education and Training", "04/10/2024", "31/03/2025", "", "Green", "Open", "68% of paramedics have completed the session to date."],
        ["SA-0250", L2, A4, "Publish a safety-netting advice leaflet for non-conveyed patients, with an ePR prompt to record that it was given.", "Okafor, Grace", "Quality, Innovation and Improvement", "04/10/2024", "31/12/2024", "", "Blue", "Closed", "Leaflet in use since 2 December 2024; ePR prompt live."],
        ["SA-0262", L3, A5, "Update the stroke pre-alert guidance so that all FAST-positive patients are pre-alerted whatever the time of symptom onset.", "Moran, Lisa", "Medical Directorate", "18/11/2024", "30/04/2025", "", "Green", "Open", "Guidance agreed with the regional stroke network; awaiting sign-off by the Medical Director."],
        ["SA-0263", L3, A5, "Monitor stroke pre-alert compliance through the monthly Clinical Performance Indicator dashboard.", "Moran, Lisa", "Medical Directorate", "18/11/2024", "", "", "Green", "Open", "First month of data to be reported once the guidance is live."],
    ]
    with open(os.path.join(OUT, "cj2-north-west-ambulance-service-psii-safety-actions-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)

# ---------------------------------------------------------------- 4 Winchester DHR txt
def winchester():
    lines = [
        "Winchester District Community Safety Partnership",
        "Domestic Homicide Review 'Rachel' – Multi-agency Action Plan",
        "Progress update for the DHR Oversight Group, January 2025",
        "",
        "This action plan sets out how partner agencies are responding to the recommendations of the overview report. Lead agencies provide updates before each quarterly meeting of the DHR Oversight Group. RAG: Complete / Green (on track) / Amber (some delay) / Red (off track).",
        "",
        "Ref\tAction\tLead\tTarget date\tProgress\tRAG",
        "",
        "Recommendation 1: Winchester CSP should ensure that awareness of domestic abuse in later life, including coercive control and economic abuse, is promoted to community and faith groups across the district.",
        "1.1\tDeliver domestic abuse in later life awareness sessions to community and faith groups, prioritising the rural parishes.\tCSP Manager\tSept 2024 – March 2025\tFour sessions delivered to 62 people; two further sessions booked for February.\tGreen",
        "1.2\tInclude a domestic abuse in later life page, with local support contacts, on the council's website and in the Winchester District residents' magazine.\tCommunications Manager\t31/10/2024\tWeb page live; article published in the autumn edition.\tComplete",
        "",
        "Recommendation 2: Hampshire and Isle of Wight Constabulary should assure the CSP that officers attending domestic incidents involving older people consider the needs of the victim as a carer.",
        "2.1\tAdd a carer prompt to the DASH risk assessment briefing for response officers.\tDetective Chief Inspector (Public Protection)\tQ3 2024/25\tBriefing updated and issued in December 2024.\tComplete",
        "2.2\tDip-sample 20 domestic incidents involving victims aged over 65 to test whether carer needs were considered, and report to the Oversight Group.\tDetective Chief Inspector (Public Protection)\tEnd of June 2025\tSampling methodology agreed; sampling to start in April.\tGreen",
        "",
        "Recommendation 3: Primary care should ensure that routine enquiry about domestic abuse is made when an older patient presents with unexplained injuries or a change in presentation.",
        "3.1\tDeliver IRIS-style training on routine enquiry to GP practices in the Winchester Primary Care Networks.\tICB Designated Nurse Safeguarding Adults\tJune 2025\tFunding for IRIS not confirmed; training offer being scoped using the safeguarding GP lead.\tAmber",
        "3.2\tPromote the learning from this review at the GP safeguarding leads forum.\tNamed GP for Safeguarding Adults\tOngoing\tPresented at the November forum; to be repeated annually.\tGreen",
        "",
        "Recommendation 4: Hampshire County Council Adult Services should ensure that carer's assessments consider the risk of domestic abuse within the caring relationship.",
        "4.1\tRevise the carer's assessment template to include a question on safety within the caring relationship and guidance on onward referral.\tPrincipal Social Worker\t31/03/2025\tTemplate change delayed by the case management system upgrade; now expected in May.\tRed",
        "",
        "Actions will be closed by the Oversight Group when evidence of completion has been received.",
    ]
    with open(os.path.join(OUT, "cj2-winchester-csp-dhr-rachel-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 5 Barking & Dagenham SAR docx
def vmerge(t, col, r0, r1):
    a = t.cell(r0, col); b = t.cell(r1, col)
    text = a.text; m = a.merge(b); m.text = text
def bdsab():
    doc = Document()
    doc.add_paragraph("Barking and Dagenham Safeguarding Adults Board")
    doc.add_heading("Safeguarding Adults Review 'Mr M': Action Plan", 1)
    doc.add_paragraph("Mr M was a 67-year-old man who died at home in January 2023. The review considered how "
                      "agencies responded to his self-neglect and hoarding and to the fire risk in his flat. "
                      "This action plan was agreed by the Board in June 2024 and is monitored by the SAR Sub-group.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]): c.text = h
    bold_row(t.rows[0])
    for row in [("0.3", "14/06/2024", "SAB Business Manager", "Agreed by the Board"),
                ("0.5", "11/03/2025", "SAB Business Manager", "Updates from partners for SAR Sub-group")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    doc.add_paragraph("")
    cols = ["No.", "Recommendation", "Action", "Lead", "Timescale", "Progress update (March 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols): c.text = h; shade(c, "D9E2F3")
    bold_row(t.rows[0])
    recs = [
        ("1. The Board should seek assurance that partners apply the Mental Capacity Act to decisions about self-neglect, including consideration of executive capacity.", [
            ("1a", "Refresh the multi-agency self-neglect and hoarding guidance to include executive capacity and when to hold a multi-agency risk meeting.", "Head of Adult Safeguarding", "December 2024", "All partners have commented on the draft; final version to the Board in April.", "Amber"),
            ("1b", "Deliver multi-agency Mental Capacity Act and executive capacity training for practitioners.", "SAB Business Manager", "Sept 2024 – June 2025", "Three sessions delivered (94 attendees); two more planned.", "Green"),
        ]),
        ("2. Partners should ensure that fire risk is identified and acted on for adults who self-neglect or hoard.", [
            ("2a", "Promote the London Fire Brigade Home Fire Safety Visit referral pathway to all partner agencies.", "LFB Borough Commander", "September 2024", "Pathway promoted through the SAB newsletter and partner briefings.", "Complete"),
            ("2b", "Add a fire risk question to the adult social care assessment and review forms.", "Principal Social Worker (Adults)", "March 2025", "Form change made on the case management system in February 2025.", "Complete"),
            ("2c", "Audit the use of the Home Fire Safety Visit pathway in self-neglect cases and report to the SAR Sub-group.", "LFB Borough Commander / Head of Adult Safeguarding", "Within 6 months", "", "Not started"),
        ]),
        ("3. Health partners should ensure that non-attendance at appointments by adults who self-neglect triggers follow-up.", [
            ("3a", "Review the was not brought / did not attend policies in acute and community services so that non-attendance by adults with care and support needs is followed up.", "BHRUT / NELFT", "June 2025", "NELFT policy revised; BHRUT review not yet started because of a change of Named Professional.", "Red"),
        ]),
        ("4. The Board should assure itself that the learning from this review is embedded.", [
            ("4a", "Publish a seven-minute briefing on the review and circulate it to all partners.", "SAB Business Manager", "August 2024", "Briefing published on the SAB website in August 2024.", "Complete"),
            ("4b", "Carry out a multi-agency case audit of self-neglect cases 12 months after the review was published.", "SAB Quality Assurance Sub-group", "Ongoing", "Audit planned for summer 2025.", "Green"),
        ]),
    ]
    FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}
    for rec, acts in recs:
        start = len(t.rows)
        for i, a in enumerate(acts):
            cells = t.add_row().cells
            cells[0].text = a[0]; cells[1].text = rec if i == 0 else ""
            for c, v in zip(cells[2:], a[1:]): c.text = v
            if a[5] in FILL: shade(cells[6], FILL[a[5]])
        if len(acts) > 1: vmerge(t, 1, start, start + len(acts) - 1)
    doc.add_paragraph("RAG: Complete – action completed and evidence received; Green – on track; "
                      "Amber – some slippage; Red – not achieved or significantly delayed; Not started.")
    doc.save(os.path.join(OUT, "cj2-barking-dagenham-sab-sar-mr-m-action-plan.docx"))

# ---------------------------------------------------------------- 6 Bi-borough LCSPR xlsx
def biborough():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Bi-borough Local Safeguarding Children Partnership (Kensington and Chelsea and Westminster)"
    ws["A2"] = "Local Child Safeguarding Practice Review: Child R – Multi-agency Action Plan"
    ws["A3"] = "Agreed by the LSCP Executive on 12 September 2024. Updated for the Case Review Group, 20 February 2025."
    ws["A1"].font = Font(bold=True, size=13); ws["A2"].font = Font(bold=True, size=12)
    for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Update / evidence of impact (Feb 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True); cell.fill = fill("BDD7EE"); cell.border = BOX; cell.alignment = WRAP
    F = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    themes = [
        ("Theme 1: Recognising and responding to neglect in adolescence", [
            ("Partners should ensure that practitioners recognise neglect of adolescents and do not attribute it to the young person's choices.", [
                ("1.1", "Launch the adolescent neglect practice guidance and briefing, including the adapted Graded Care Profile 2.", "LSCP Business Manager", D(2024,12,1), "Guidance launched at the November practice week; 140 practitioners attended the briefings.", "B"),
                ("1.2", "Audit 15 cases of adolescents open to Early Help or children's social care to test whether neglect was recognised.", "Head of Safeguarding and Quality Assurance", D(2025,6,1), "Audit tool agreed; case selection under way.", "G"),
            ]),
        ]),
        ("Theme 2: Information sharing between schools, health and children's social care", [
            ("Schools and health partners should share concerns about non-attendance and missed health appointments promptly.", [
                ("2.1", "Revise the children missing education protocol so that a referral is made after 10 days of unexplained absence.", "Head of Access and Inclusion", D(2025,3,1), "Revised protocol out for consultation with head teachers.", "A"),
                ("2.2", "School nursing to notify the school's designated safeguarding lead when a child misses two consecutive health appointments.", "Designated Nurse for Safeguarding Children", D(2025,1,1), "Process in place; first quarterly check found it used in 9 of 11 cases.", "B"),
                ("2.3", "Deliver joint training for designated safeguarding leads and school nurses on the learning from this review.", "LSCP Training Coordinator", "Termly", "Autumn term session delivered; spring session booked.", "G"),
            ]),
            ("Partners should make use of the MASH to share information when concerns are below the threshold for a referral.", [
                ("2.4", "Publish guidance for partners on consulting the MASH without making a referral.", "MASH Service Manager", D(2024,11,1), "Not yet published; awaiting sign-off of the revised threshold document.", "R"),
            ]),
        ]),
        ("Theme 3: Hearing the voice of the child", [
            ("Practitioners should see adolescents on their own and record what they say about their lives.", [
                ("3.1", "Add a prompt to the children's social care assessment and visit templates to record when the young person was seen alone.", "Principal Social Worker", D(2025,2,1), "Template changed in the case recording system in January.", "B"),
                ("3.2", "Report the proportion of visits where the child was seen alone to the LSCP Performance Sub-group.", "Head of Safeguarding and Quality Assurance", "Quarterly", "First report due April 2025.", "G"),
            ]),
        ]),
    ]
    r = 6
    for theme, recs in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for rec, acts in recs:
            first = r
            for a in acts:
                ws.cell(r, 1, a[0]); ws.cell(r, 3, a[1]); ws.cell(r, 4, a[2])
                ws.cell(r, 5, a[3]); ws.cell(r, 6, a[4]); ws.cell(r, 7).fill = fill(F[a[5]])
                if isinstance(a[3], dt.datetime): ws.cell(r, 5).number_format = "mmm-yy"
                for c in range(1, 8):
                    ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
                r += 1
            ws.cell(first, 2, rec).alignment = WRAP
            if r - 1 > first: ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row between themes
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, txt in [("B", "Complete"), ("G", "On track"), ("A", "Behind schedule – mitigation in place"), ("R", "Off track")]:
        ws.cell(r, 1).fill = fill(F[k]); ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFG", [7, 40, 50, 28, 11, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cj2-biborough-lscp-lcspr-child-r-action-plan.xlsx"))

# ---------------------------------------------------------------- 7 DCHS risk register (refuse)
def dchs():
    wb = Workbook(); ws = wb.active; ws.title = "CRR"
    ws["A1"] = "Derbyshire Community Health Services NHS Foundation Trust"
    ws["A2"] = "Corporate Risk Register – risks scoring 12 and above"
    ws["A3"] = "Reported to the Quality Service Committee, March 2025"
    ws["A1"].font = Font(bold=True, size=13); ws["A2"].font = Font(bold=True)
    hdr = ["Risk ID", "Risk description", "Risk owner", "Current score (L x I)", "Mitigating actions",
           "Action owner", "Target date", "Progress", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("003087")
        cell.alignment = WRAP; cell.border = BOX
    risks = [
        ("R-101", "Community nursing demand exceeds capacity, leading to missed or delayed visits and avoidable harm such as pressure ulcers.", "Director of Nursing", "16 (4x4)", [
            ("Complete the safer staffing review of all community nursing teams using the community nursing safe staffing tool.", "Deputy Director of Nursing", D(2025,3,1), "Data collection complete for 28 of 31 teams.", "Green"),
            ("Introduce daily caseload prioritisation huddles in the six teams with the highest vacancy rates.", "Head of Community Nursing", D(2024,12,1), "Huddles in place in all six teams since December.", "Complete"),
            ("Recruit to 18 WTE registered nurse vacancies through the rolling recruitment campaign.", "Head of Community Nursing", D(2025,9,1), "9 WTE appointed; 4 WTE in pre-employment checks.", "Amber"),
        ]),
        ("R-114", "A cyber attack or failure of a third-party system disrupts access to clinical records and services.", "Director of Finance", "15 (3x5)", [
            ("Complete the Data Security and Protection Toolkit standards not yet met.", "Head of Digital", D(2025,6,1), "Two standards outstanding; on track for submission.", "Green"),
            ("Test the business continuity plan for loss of the electronic patient record in each division.", "Emergency Planning Lead", D(2025,2,1), "Tests held in two of three divisions; Specialist Services test rescheduled.", "Amber"),
        ]),
        ("R-122", "Parts of the estate do not meet current fire safety and ventilation standards, which could close clinical areas.", "Director of Finance", "12 (3x4)", [
            ("Complete the fire compartmentation works at Ilkeston Community Hospital.", "Head of Estates", D(2025,5,1), "Contractor on site; works 60% complete.", "Green"),
            ("Replace the ventilation system in the Ripley Hospital treatment rooms.", "Head of Estates", "Ocotber 2025", "Capital funding confirmed in the 2025/26 plan.", "Green"),
        ]),
        ("R-127", "The Trust does not deliver its 2024/25 financial plan and efficiency programme.", "Director of Finance", "16 (4x4)", [
            ("Identify schemes to close the remaining £1.2m gap in the efficiency programme.", "Deputy Director of Finance", D(2025,3,1), "£0.7m of schemes identified and validated.", "Red"),
            ("Report a monthly forecast outturn and recovery actions to the Finance and Performance Committee.", "Deputy Director of Finance", "Monthly", "Reported each month since October.", "Green"),
        ]),
    ]
    FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 6
    for rid, desc, owner, score, acts in risks:
        first = r
        for a in acts:
            ws.cell(r, 5, a[0]); ws.cell(r, 6, a[1]); ws.cell(r, 7, a[2]); ws.cell(r, 8, a[3]); ws.cell(r, 9, a[4])
            ws.cell(r, 9).fill = fill(FILL[a[4]])
            if isinstance(a[2], dt.datetime): ws.cell(r, 7).number_format = "mmm-yy"
            for c in range(1, 10):
                ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
            r += 1
        for c, v in zip(range(1, 5), (rid, desc, owner, score)):
            ws.cell(first, c, v).alignment = WRAP
            if r - 1 > first: ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for col, w in zip("ABCDEFGHI", [8, 40, 18, 10, 50, 26, 11, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cj2-derbyshire-community-health-services-corporate-risk-register-q4-2024-25.xlsx"))

if __name__ == "__main__":
    board_log(); maternity(); nwas(); winchester(); bdsab(); biborough(); dchs()
