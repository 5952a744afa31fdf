"""Generator for the ar1- cases (heldout78). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {c: PatternFill("solid", fgColor=h) for c, h in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0",
             grey="D9D9D9", head="1F3864", theme="DDEBF7").items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Keele (xlsx)
def keele():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Keele University – Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted full inspection of apprenticeship provision, 7–10 February 2023 (report published 21 March 2023). Overall effectiveness: Requires improvement."
    ws["A3"] = "Plan owner: Pro Vice-Chancellor (Education)   |   Last updated: 12 June 2023   |   Reported to: Apprenticeship Quality Board"
    hdr = ["Ref", "Area for improvement (Ofsted report)", "Actions", "Lead", "Target date",
           "Revised target date", "RAG", "Progress update (June 2023)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.border = BOX; c.alignment = WRAP
    def theme(r, t):
        ws.cell(r, 1, t).font = Font(bold=True)
        for i in range(1, 9): ws.cell(r, i).fill = FILL["theme"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    def afi(r0, r1, text):
        ws.cell(r0, 2, text)
        if r1 > r0: ws.merge_cells(start_row=r0, start_column=2, end_row=r1, end_column=2)
    rows = {
        7: ("1.1", "Introduce a standard skills scan at enrolment for every apprentice, completed jointly with the employer, and record the results in the e-portfolio.", "Head of Apprenticeships", D(2023, 4, 30), None, "blue", "Skills scan template agreed by all three faculties and in use for the April cohort. 100% of new starters have a completed scan on file."),
        8: ("1.2", "Use skills-scan results to adjust each apprentice's training plan, including any accelerated route, and evidence this at the first progress review.", "Faculty Apprenticeship Leads", D(2023, 7, 31), None, "green", "Sampling of 40 training plans in May showed adjustments in 31. Faculty leads re-briefed on recording prior learning."),
        9: ("1.3", "Train all programme tutors on setting individual targets that build on apprentices' existing knowledge and skills.", "JW / KP", D(2023, 6, 30), D(2023, 12, 31), "amber", "First two workshops delivered (62% of tutors). Remaining sessions moved to the autumn because of assessment-board commitments."),
        10: ("2.1", "Put in place tripartite progress reviews at least every 12 weeks, with a shared record that the employer signs.", "Apprenticeship Operations Manager", D(2023, 9, 30), None, "green", "Review schedule built into the new MIS; reminder emails to employers live from 1 June."),
        11: ("2.2", "Audit the quality of progress reviews each term and feed findings back to tutors and line managers.", "Quality Manager (Apprenticeships)", D(2023, 11, 30), None, None, "Not yet started – first audit will sample the September reviews."),
        14: ("3.1", "Add an apprenticeship quality report, covering progress, achievement and withdrawals by standard, to every meeting of the Apprenticeship Quality Board and a summary to Council.", "Pro Vice-Chancellor (Education)", D(2023, 3, 31), None, "blue", "Dashboard presented to the Board in March and May. Summary included in the Council education report."),
        15: ("3.2", "Appoint an external member with apprenticeship expertise to the Apprenticeship Quality Board.", "University Secretary", D(2023, 4, 30), D(2023, 9, 30), "red", "First recruitment round did not appoint. Role re-advertised through the regional skills network; interviews in July."),
        16: ("4.1", "Deliver a rolling programme of Prevent and online safety topics through progress reviews and the e-portfolio.", "Director of Student Services / DSL", "Ongoing", None, "green", "Monthly topic released on the e-portfolio; uptake 74% in May."),
        17: ("4.2", "Check apprentices' understanding of local radicalisation risks at each review and record any follow-up.", "Faculty Apprenticeship Leads", D(2023, 10, 31), None, "amber", "Review template updated; recording is still inconsistent in the School of Nursing and Midwifery."),
    }
    theme(6, "Theme 1: Quality of education")
    afi(7, 9, "Leaders should ensure that tutors identify what apprentices already know and can do at the start of their programme and use this to plan training that meets their individual needs.")
    afi(10, 11, "Leaders should make sure that tutors, employers and apprentices review progress together frequently enough to identify apprentices who fall behind.")
    theme(13, "Theme 2: Leadership and management")
    afi(14, 15, "Governors should receive sufficiently detailed information about the quality of apprenticeships to hold leaders to account.")
    afi(16, 17, "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and extremism in the areas where they live and work.")
    for r, (ref, act, lead, tgt, rev, rag, prog) in rows.items():
        ws.cell(r, 1, ref); ws.cell(r, 3, act); ws.cell(r, 4, lead)
        c = ws.cell(r, 5, tgt)
        if isinstance(tgt, D): c.number_format = "mmm-yy"
        if rev:
            c = ws.cell(r, 6, rev); c.number_format = "mmm-yy"
        if rag: ws.cell(r, 7).fill = FILL[rag]
        ws.cell(r, 8, prog)
        for i in range(1, 9):
            ws.cell(r, i).border = BOX; ws.cell(r, i).alignment = WRAP
    ws["A19"] = "RAG key"; ws["A19"].font = Font(bold=True)
    for r, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – revised date agreed"), ("red", "Off track – escalated to Apprenticeship Quality Board")], 20):
        ws.cell(r, 1).fill = FILL[col]; ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGH", [7, 42, 50, 24, 12, 12, 7, 50]): ws.column_dimensions[col].width = w
    wb.save(P("ar1-keele-university-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------- 2 Aberystwyth (docx)
def aber():
    doc = Document()
    doc.add_heading("Quality Enhancement Review 2023: Action Plan", level=1)
    doc.add_paragraph("Aberystwyth University")
    doc.add_paragraph(
        "The Quality Assurance Agency (QAA) carried out a Quality Enhancement Review (QER) of the University in "
        "March 2023. The review team made three recommendations and two affirmations. This plan sets out how the "
        "University will respond; progress is monitored by Academic Board and reported to Council each term.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Owner", "Academic Registry"),
                                 ("Approved by", "Academic Board, 14 June 2023"), ("Last updated", "22 January 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Status", "Progress"]
    body = [
        ("R", "Recommendation 1: Ensure that the revised academic misconduct procedure is applied consistently across all departments and that outcomes are monitored centrally."),
        ("1.1", "Publish a single academic misconduct procedure and guidance for staff and students in English and Welsh.", "Academic Registrar", "September 2023", "Complete", "Procedure approved by Senate and published on 11 September 2023."),
        ("1.2", "Train departmental misconduct officers on the revised procedure and penalty framework.", "Head of Academic Quality", "December 2023", "Complete", "Four sessions held; 38 of 40 officers attended, the other two briefed individually."),
        ("1.3", "Report misconduct cases and outcomes by department to Academic Board annually.", "Academic Registrar", "By 31 July 2024", "On track", "Data fields added to the case management system; first report being drafted."),
        ("R", "Recommendation 2: Strengthen the oversight of postgraduate research supervision, including the training and workload of supervisors."),
        ("2.1", "Make supervisor development training mandatory for all new principal supervisors.", "Dean of the Graduate School", "January 2024", "Amber", "Online module ready; completion is at 55% because the launch was delayed by a platform change."),
        ("2.2", "Include supervision in the academic workload model with a set allowance per student.", "PVC Learning and Teaching / Director of HR", "July 2024", "Red", "Allowance not yet agreed with the trade unions; item escalated to the Executive."),
        ("R", "Recommendation 3: Develop a consistent approach to gathering and responding to student feedback at module level."),
        ("3.1", "Introduce a common end-of-module survey with a 'you said, we did' summary published on Blackboard.", "Head of Academic Quality", "March 2024", "On track", "Survey piloted in Semester 1 in six departments."),
        ("3.2", "Review the survey questions with the Students' Union.", "Students' Union Education Officer", "Ongoing", "Green", "Standing item at the Student-Staff Forum."),
        ("A", "Affirmation 1: The steps being taken to embed the Welsh-medium provision action plan across departments."),
        ("4.1", "Continue to monitor Welsh-medium provision through the Canolfan Gymraeg annual report to Senate.", "Director of the Welsh Language Centre", "Annually", "Green", "2023 report received by Senate in November."),
        ("A", "Affirmation 2: The University's work to develop its approach to personal tutoring."),
        ("5.1", "Complete the evaluation of the new personal tutoring model and share findings with departments.", "PVC Student Experience", "June 2024", "Not started", "Evaluation to start after the February tutorial week."),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "D9E2F3")
    for row in body:
        cells = t.add_row().cells
        if row[0] in ("R", "A"):
            m = cells[0].merge(cells[5]); m.text = row[1]; m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        else:
            for i, v in enumerate(row): cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidenced; On track / Green – progressing to timescale; "
                      "Amber – at risk of slipping; Red – timescale missed, escalated; Not started.")
    doc.save(P("ar1-aberystwyth-university-qaa-qer-action-plan.docx"))


# ---------------------------------------------------------------- 3 SEPA (csv)
def sepa():
    rows = [
        ["Scottish Environment Protection Agency – Cyber-attack: consolidated recommendations tracker", "", "", "", "", "", "", ""],
        ["Position at 31 May 2022 – reported to Audit Committee 21 June 2022", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Agreed management action", "Action owner", "Target date", "Revised target date", "Status", "Progress update"],
        ["Audit Scotland – Section 22 report on the 2020/21 audit (February 2022)", "", "", "", "", "", "", ""],
        ["AS1", "SEPA should complete its assessment of the full financial impact of the cyber-attack and report it to the Board.", "Complete a financial impact assessment covering recovery costs, lost income and system replacement, and present it to the Board.", "Chief Finance Officer", "30/06/2022", "", "On track", "Draft assessment prepared; figures for system replacement being finalised with the Digital team."],
        ["AS2", "SEPA should put in place robust arrangements to substantiate income from contracts for 2021/22.", "Reconcile charging scheme income to bank and customer records for 2021/22 before the draft accounts are prepared.", "Head of Finance", "31/05/2022", "31/07/2022", "Amber", "Reconciliation 80% complete. Date revised to match the later audit timetable agreed with Grant Thornton."],
        ["", "", "Rebuild the customer charging ledger in the new finance system.", "Head of Finance; Digital Services Manager", "31/03/2022", "", "Complete", "Ledger rebuilt and in use from March 2022."],
        ["Independent review – Scottish Business Resilience Centre (2021)", "", "", "", "", "", "", ""],
        ["SBRC1", "Formalise cyber incident response planning and test it regularly.", "Approve a Cyber Incident Response Plan and run an annual exercise with the Executive Team.", "Chief Information Officer", "30/09/2022", "", "On track", "Plan drafted using NCSC guidance. Exercise booked with Police Scotland for September."],
        ["SBRC2", "Improve staff awareness of phishing and social engineering.", "Make cyber security training mandatory for all staff, with quarterly phishing simulations.", "Head of People / CIO", "31/03/2022", "", "Complete", "Mandatory module launched January 2022; 96% completion."],
        ["SBRC3", "Ensure backups are segregated and cannot be reached from the corporate network.", "Implement immutable off-site backups for all critical systems.", "Chief Information Officer", "31/12/2022", "", "Red", "Procurement delayed; supplier now appointed and implementation plan under review."],
        ["", "", "Test restoration of critical systems from backup every six months.", "Digital Services Manager", "Six-monthly", "", "Not started", "First test depends on completion of the new backup solution."],
        ["SBRC4", "Review business continuity plans so that services can run without IT for an extended period.", "Update all service business continuity plans for a 'no systems' scenario.", "Business Continuity Manager", "Q2 2022/23", "", "On track", "11 of 19 plans updated and signed off by Heads of Service."],
    ]
    with open(P("ar1-sepa-cyber-attack-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4 Nene (txt, tab-separated)
def nene():
    L = [
        "Riverside Primary Academy – Post-Ofsted Action Plan (updated November 2024)",
        "Nene Education Trust",
        "Inspection: 16–17 January 2024 (graded inspection) – Quality of education: Requires improvement",
        "Monitored by: Local Academy Committee and Trust Education Standards Committee (half-termly)",
        "",
        "Ref\tAction\tLead\tBy when\tRAG\tEvidence / progress",
        "Priority 1: Reading",
        "Leaders should ensure that staff teaching phonics are trained well so that pupils who fall behind in reading catch up quickly.",
        "1a\tAll staff who teach phonics to complete the Little Wandle training refresh.\tEnglish lead\tSummer term 2024\tComplete\tAll 14 staff completed; certificates on file.",
        "1b\tDaily keep-up sessions for the lowest 20% of readers in Years 1 and 2.\tPhonics lead\tTermly\tG\tTracking shows 11 of 15 pupils now on track.",
        "1c\tPhonics drop-ins by the trust English adviser, with written feedback.\tEnglish lead/Trust adviser\tAutumn term 2024\tA\tOne of two drop-ins done; second moved because of staff absence.",
        "",
        "Priority 2: Curriculum in foundation subjects",
        "In some subjects, leaders have not identified the important knowledge pupils should learn and the order in which they should learn it.",
        "2a\tRewrite history and geography long-term plans to set out key knowledge by year group.\tDHT/Humanities lead\tSpring term 2025\tA\tHistory finished; geography drafted for Years 1–4.",
        "2b\tIntroduce end-of-unit knowledge checks in the foundation subjects.\tSubject leads\tJuly 2025\tNot started\tDue to begin once the plans are finished.",
        "2c\tTrust-led subject review of history and geography.\tMrs A. Okafor\tMar-25\tG\tReview date set for 10 March.",
        "",
        "Priority 3: SEND",
        "Leaders should make sure that teachers adapt learning well for pupils with special educational needs and/or disabilities.",
        "3a\tCPD for teachers and TAs on adaptive teaching strategies.\tSENDCo\t31/10/2024\tComplete\tINSET day 2 September plus two twilights.",
        "3b\tUpdate pupil support plans with small-step targets and review them with parents.\tSENDCo and class teachers\tDecember 2024\tR\tOnly 9 of 26 plans updated; SENDCo on long-term absence since October. Interim cover from the trust agreed.",
        "",
        "Key: G = on track   A = some concerns   R = not on track   Complete = action finished",
    ]
    with open(P("ar1-nene-education-trust-post-ofsted-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 5 Eden DC (docx)
def eden():
    doc = Document()
    doc.add_heading("Eden District Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a corporate peer challenge at the Council in November 2019. "
        "The peer team made six recommendations. The actions below were agreed by Executive on 4 February 2020 "
        "and progress will be reported to Overview and Scrutiny every six months.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead officer", "Timescale", "Progress (June 2020)"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "BDD7EE")
    body = [
        ("H", "Recommendation 1 – Develop a clear, shared vision for Eden and a Council Plan that sets out priorities for the next four years"),
        ("1.1", "Hold member workshops to agree the Council's priorities and vision.", "Chief Executive", "March 2020", "Workshops held 12 and 26 February; draft priorities agreed.", "00B050"),
        ("1.2", "Consult residents and partners on the draft Council Plan and adopt it at Council.", "Chief Executive; Assistant Director Corporate Services", "Sept 2020", "Consultation paused during the COVID-19 response; revised to run July–August.", "FFC000"),
        ("H", "Recommendation 2 – Strengthen the capacity of the senior management team"),
        ("2.1", "Review the senior management structure and report options to Executive.", "Chief Executive", "April 2020", "Review completed; new Director of Resources post created.", "0070C0"),
        ("2.2", "Recruit to the Director of Resources post.", "Head of HR", "31 July 2020", "Advert closed 19 June; interviews arranged.", "00B050"),
        ("H", "Recommendation 3 – Improve the relationship and trust between members and officers"),
        ("3.1", "Agree a member/officer protocol and include it in the Constitution.", "Deputy Monitoring Officer", "May 2020", "Draft protocol with the Standards Committee; adoption delayed to the September Council.", "FFC000"),
        ("3.2", "Deliver a programme of member development, including induction refreshers.", "Democratic Services Manager", "Ongoing", "Online sessions on planning and finance held in May and June.", "00B050"),
        ("H", "Recommendation 4 – Set out a medium-term financial plan that closes the budget gap"),
        ("4.1", "Update the Medium Term Financial Plan to 2024/25 with savings proposals.", "Director of Resources / Section 151 Officer", "Q3 2020/21", "Not yet started – awaiting the appointment of the Director of Resources.", "FF0000"),
        ("H", "Recommendation 5 – Review the Council's approach to communications and engagement"),
        ("5.1", "Produce a communications strategy and annual residents' newsletter.", "Communications Officer", "December 2020", "", None),
    ]
    for row in body:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[4]); m.text = row[1]; m.paragraphs[0].runs[0].bold = True
        else:
            for i, v in enumerate(row[:5]): cells[i].text = v
            if row[5]: shade(cells[4], row[5])
    doc.add_paragraph("")
    doc.add_paragraph("Progress cells are shaded: blue – complete; green – on track; amber – delayed; red – not started and behind schedule. "
                      "Recommendation 6 (peer follow-up visit) is for the LGA to arrange and has no Council action.")
    doc.save(P("ar1-eden-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6 Northern HSCT RQIA QIP tracker (xlsx, refuse)
def nhsct():
    wb = Workbook(); ws = wb.active; ws.title = "QIP tracker"
    ws["A1"] = "Northern Health and Social Care Trust – RQIA Quality Improvement Plan tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Statutory residential homes – unannounced care inspection 14 August 2023"
    ws["A2"].font = Font(bold=True)
    hdr = ["Area for improvement", "Ref (Regulation / Standard)", "Stated", "Action required to ensure compliance", "Actions taken / planned by the Trust", "Responsible person", "To be completed by", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["grey"]; c.border = BOX; c.alignment = WRAP
    ws.cell(5, 1, "Action required to ensure compliance with The Residential Care Homes Regulations (Northern Ireland) 2005").font = Font(bold=True)
    ws.merge_cells("A5:H5")
    data = [
        (6, "1", "Regulation 13 (1) (b)", "First time", "The registered person shall ensure that falls are managed in line with best practice guidance, including post-fall observations.", "Post-falls protocol re-issued to all staff; weekly audit of falls records by the deputy manager.", "Registered Manager", D(2023, 8, 15), "Complete"),
        (7, "2", "Regulation 27 (4) (b)", "Second time", "The registered person shall ensure that fire doors are not wedged open.", "Magnetic door holders fitted to lounge and dining room doors; daily walk-round checks added to the shift handover.", "Estates Officer / Registered Manager", D(2023, 9, 30), "Complete"),
        (8, "3", "Regulation 30", "First time", "The registered person shall ensure that all notifiable events are reported to RQIA without delay.", "Notifications checklist added to the incident form; manager to check Datix entries each week.", "Registered Manager", "Immediate and ongoing", "Green"),
    ]
    ws.cell(10, 1, "Action required to ensure compliance with the Residential Care Homes Minimum Standards (2021)").font = Font(bold=True)
    ws.merge_cells("A10:H10")
    data += [
        (11, "4", "Standard 6.2", "First time", "Care plans should be reviewed and updated when residents' needs change.", "Care plan audit of all 24 residents; key workers to update plans within 48 hours of any change.", "Deputy Manager", D(2023, 10, 31), "Amber"),
        (12, "5", "Standard 12.6", "First time", "Residents' weights should be recorded monthly and action taken where weight loss is identified.", "MUST screening reintroduced; dietetic referral pathway agreed with the community dietitian.", "Deputy Manager", "30/11/2203", "Green"),
        (13, "6", "Standard 23.3", "First time", "The registered person should ensure that mandatory training is completed by all staff.", "Training matrix reviewed; staff booked on outstanding moving and handling and adult safeguarding courses.", "Registered Manager", D(2023, 12, 31), "Red"),
    ]
    for r, *vals in data:
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
            if i == 7 and isinstance(v, D): c.number_format = "dd/mm/yyyy"
    ws["A15"] = "Completed QIP to be returned to RQIA via the web portal. Status reviewed at the monthly governance meeting."
    for col, w in zip("ABCDEFGH", [14, 18, 12, 45, 45, 22, 16, 10]): ws.column_dimensions[col].width = w
    wb.save(P("ar1-northern-hsct-rqia-qip-tracker.xlsx"))


# ---------------------------------------------------------------- 7 Mid and East Antrim (xlsx)
def meabc():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Mid and East Antrim Borough Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to the Audit and Risk Committee, March 2024"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Outstanding priority 1 and 2 recommendations from audits completed in 2022-23 and 2023-24."
    hdr = ["Rec no.", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer", "Original target date", "Revised target date", "Status", "Update from management"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.border = BOX; c.alignment = WRAP
    SF = {"Implemented": "blue", "Partially implemented": "amber", "Not implemented": "red", "Not yet due": "green"}
    def audit(r, name):
        ws.cell(r, 1, name).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for i in range(1, 10): ws.cell(r, i).fill = FILL["theme"]
    def rec(r, vals):
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
            if i in (6, 7) and isinstance(v, D): c.number_format = "dd/mm/yyyy"
        if vals[7] in SF: ws.cell(r, 8).fill = FILL[SF[vals[7]]]
    audit(6, "Procurement and Contract Management 2022-23 (Limited assurance)")
    rec(7, ["1", 1, "Contracts should be in place for all suppliers where annual spend exceeds £30,000.", "A contracts register will be maintained and spend over £30k without a contract reported to CMT quarterly.", "Head of Finance", D(2023, 6, 30), D(2024, 3, 31), "Partially implemented", "Register in place. Quarterly report to CMT started in January; 14 suppliers still to be put on contract."])
    rec(8, ["2", 2, "Waivers of Standing Orders should be approved in advance and recorded centrally.", "Waiver form revised to require approval before the order is raised; central waiver log kept by Procurement.", "Procurement Manager", D(2023, 4, 30), None, "Implemented", "Verified by Internal Audit in follow-up, November 2023."])
    audit(10, "Payroll 2023-24 (Satisfactory assurance)")
    rec(11, ["1", 2, "Overtime claims should be authorised by a line manager before payment.", "Overtime will only be paid on receipt of an authorised electronic claim in iTrent.", "Payroll Manager", D(2024, 1, 31), None, "Not implemented", "iTrent workflow not yet switched on because of the system upgrade; paper authorisation continues in the meantime."])
    rec(12, ["2", 2, "Leavers should be removed from the payroll promptly to prevent overpayments.", "Monthly reconciliation of leavers notified by HR against the payroll.", "HR Manager / Payroll Manager", D(2024, 6, 30), None, "Not yet due", "First reconciliation completed for February."])
    audit(14, "Leisure Centres – Cash Handling 2023-24 (Limited assurance)")
    rec(15, ["1", 1, "Daily takings should be reconciled to the till system and banked intact.", "Daily reconciliation sheet introduced at all sites, signed by the duty manager and checked by the Leisure Business Manager weekly.", "Leisure Business Manager", D(2023, 12, 31), None, "Implemented", "In place at all four sites from December."])
    rec(16, ["2", 1, "Safe keys and codes should be restricted and changed when staff leave.", "Key register at each site; codes changed at least every six months and on staff departures.", "Head of Leisure", D(2024, 2, 29), D(2024, 5, 31), "Partially implemented", "Registers in place at three sites; new safe for Seven Towers on order."])
    rec(17, ["3", 2, "Refund procedures should be documented and refunds authorised by a supervisor.", "Refund procedure to be written and issued to reception staff.", "Leisure Business Manager", D(2024, 9, 30), None, "Not yet due", ""])
    ws["A19"] = "Status key"; ws["A19"].font = Font(bold=True)
    for r, (txt, col) in enumerate(SF.items(), 20):
        ws.cell(r, 1).fill = FILL[col]; ws.cell(r, 2, txt)
    ws["A25"] = "Priority 1 – significant weakness requiring urgent action; Priority 2 – important issue to be addressed by management."
    for col, w in zip("ABCDEFGHI", [8, 8, 45, 45, 22, 12, 12, 18, 45]): ws.column_dimensions[col].width = w
    wb.save(P("ar1-mid-and-east-antrim-bc-internal-audit-recs-tracker.xlsx"))


if __name__ == "__main__":
    keele(); aber(); sepa(); nene(); eden(); nhsct(); meabc()
