"""dl1: generate seven blind-corpus plan documents (run with /work/main/.venv/bin/python)."""
import csv, os, datetime as dt
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = lambda y, m, d: dt.datetime(y, m, d)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in dict(
    B="0070C0", G="00B050", A="FFC000", R="FF0000", H="D9E1F2", S="BDD7EE").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 NI Water CSV
def ni_water():
    hdr = ["Ref", "Audit Report", "Priority", "Recommendation", "Agreed Management Action",
           "Action Owner", "Original Due Date", "Revised Due Date", "RAG", "Progress Update"]
    cap = "Capital Project Governance (2022/23)"
    cyb = "Cyber Security - Privileged Access (2023/24)"
    ww = "Wastewater Compliance Monitoring (2023/24)"
    cc = "Customer Complaints Handling (2023/24)"
    rows = [
        ["IA22-07.1", cap, "Priority 1",
         "Project boards should maintain a decision log recording key decisions, the options considered and the approver.",
         "Introduce a standard decision log template for all Capital Delivery project boards and include it in the Project Management Handbook.",
         "Head of Capital Delivery", "31/03/2023", "30/09/2023", "Blue",
         "Template issued June 2023 and included in PM Handbook v4. IA sample check in September confirmed use on 9 of 10 boards."],
        ["IA22-07.2", cap, "Priority 2",
         "Contract change requests should be approved within delegated limits and the approval evidenced before work proceeds.",
         "Refresh the scheme of delegation for contract change approvals and brief all commercial managers.",
         "Commercial Director", "30/06/2023", "31/12/2023", "Amber",
         "Revised scheme drafted; awaiting Executive Committee approval in November. Briefings scheduled for December."],
        ["IA23-02.1", cyb, "Priority 1",
         "Privileged accounts should be reviewed at least quarterly and dormant accounts disabled.",
         "Implement a quarterly review of privileged accounts with sign-off by system owners; remove dormant accounts.",
         "Head of IT Security", "31/10/2023", "", "Green",
         "First quarterly review completed August 2023 and 37 dormant accounts removed. Second review due October."],
        ["IA23-02.2", cyb, "Priority 2",
         "Service account passwords should be held in the privileged access management (PAM) vault and rotated.",
         "Migrate service account credentials into the PAM vault with automatic rotation.",
         "Head of IT Security / Infrastructure Manager", "31/03/2024", "", "Green",
         "Migration 60% complete (142 of 236 accounts)."],
        ["IA23-04.1", ww, "Priority 2",
         "Field sample records should be reconciled to the Laboratory Information Management System (LIMS) to confirm all required samples are analysed.",
         "Monthly reconciliation of field sample records to LIMS, with exceptions reported to the Wastewater Compliance Manager.",
         "Wastewater Compliance Manager", "31/07/2023", "30/11/2023", "Red",
         "Reconciliation not yet operating because of LIMS upgrade delays. Revised date at risk; escalated to Director of Operations."],
        ["IA23-04.2", ww, "Priority 3",
         "The compliance sampling procedure should be updated to reflect current permit conditions.",
         "Update the compliance sampling procedure (WW-PR-012) and reissue to site staff.",
         "Wastewater Compliance Manager", "30/09/2023", "", "Blue",
         "Procedure reissued 14/09/2023."],
        ["IA23-06.1", cc, "Priority 2",
         "Open complaints should be monitored against the Utility Regulator's Guaranteed Standards response times.",
         "Introduce a weekly ageing report of open complaints to the Customer Operations management meeting.",
         "J. McAllister", "31/12/2023", "", "Green",
         "Weekly report in place since September; open complaints over 20 days down from 48 to 19."],
        ["IA23-06.2", cc, "Priority 3",
         "Root causes of repeat complaints should be analysed and fed back to operational teams.",
         "Quarterly root cause analysis of complaint categories reported to the Customer Board.",
         "J. McAllister; R. Doherty", "Quarterly", "", "Green",
         "First analysis (Q2) presented to Customer Board in October 2023."],
    ]
    n = len(hdr)
    with open(os.path.join(OUT, "dl1-ni-water-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Northern Ireland Water - Internal Audit Recommendations Tracker"] + [""] * (n - 1))
        w.writerow(["Position as at 30 September 2023 - reported to Audit & Risk Committee 24 October 2023"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * n)
        w.writerow(["RAG: Blue = implemented and closed; Green = on track; Amber = at risk of missing due date; Red = overdue / revised date missed"] + [""] * (n - 1))

# ---------------------------------------------------------------- 2 Pembrokeshire Coast NPA docx
def pcnpa():
    doc = Document()
    doc.add_heading("Pembrokeshire Coast National Park Authority: Audit Wales Review of Governance – Action Plan", level=0)
    doc.add_paragraph(
        "Audit Wales published its national report on the governance of National Park Authorities in April 2024. "
        "The report made recommendations to the three Welsh National Park Authorities, to their constituent local "
        "authorities and to the Welsh Government. This action plan sets out the Authority's response to the "
        "recommendations addressed to it and was first considered by the Audit and Corporate Services Review "
        "Committee on 18 September 2024.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Notes"]):
        c.text = h
    for v in [["1.0", "18/09/2024", "Democratic Services", "Approved by Committee"],
              ["1.1", "22/01/2025", "Democratic Services", "Progress update for January 2025 Committee"]]:
        for c, x in zip(t.add_row().cells, v):
            c.text = x
    doc.add_paragraph("")
    doc.add_paragraph("Action plan", style="Heading 2")
    hdr = ["No.", "Audit Wales recommendation", "Action", "Lead", "Timescale", "Progress (January 2025)", "RAG"]
    recs = [
        ("R2 – NPAs should work with their constituent local authorities to ensure that the members they nominate "
         "have the skills and attributes needed, and that nominations reflect political balance and, where possible, "
         "wards within the National Park.", [
            ["2a", "Write to the Leader and Chief Executive of Pembrokeshire County Council setting out the skills profile sought in NPA nominees.",
             "Chief Executive", "October 2024", "Letter sent 3 October 2024 and acknowledged by the County Council.", "Complete"],
            ["2b", "Agree with the County Council a protocol for nominations that takes account of ward location and political balance.",
             "Chief Executive / Monitoring Officer", "May 2025",
             "Draft protocol shared with PCC Democratic Services in December; to be considered ahead of the 2025 annual nominations.", "Green"]]),
        ("R3 – NPAs should strengthen member induction and ongoing development, including a skills audit and "
         "personal development plans for all members.", [
            ["3a", "Undertake a member skills audit and use the results to refresh the Member Development Programme.",
             "Democratic Services Manager", "March 2025", "Skills audit questionnaire issued November 2024; 13 of 18 returns received.", "Green"],
            ["3b", "Offer every member an annual personal development review with the Chair or Deputy Chair.",
             "Chair of the Authority", "Sept 2024 – March 2025",
             "Reviews offered to all members and 7 completed to date. Take-up lower among Welsh Government appointees.", "Amber"]]),
        ("R4 – NPAs should introduce arrangements to evaluate members' contributions and attendance, and publish "
         "this information annually.", [
            ["4a", "Publish member attendance at Authority and committee meetings on the website each quarter.",
             "Democratic Services Manager", "Ongoing", "Attendance for Q2 and Q3 2024/25 published.", "Green"],
            ["4b", "Include a section on member contribution in the Annual Governance Statement.",
             "Monitoring Officer", "June 2025", "Not yet started – will be drafted with the 2024/25 Annual Governance Statement.", ""]]),
        ("R5 – NPAs should work with appointing bodies to improve the diversity of their membership.", [
            ["5a", "Work with the Welsh Government and the County Council to promote NPA membership to under-represented groups.",
             "Chief Executive", "31/03/2025",
             "Discussed at the Wales NPA chief executives' meeting in November; joint approach with Bannau Brycheiniog and Eryri agreed.", "Green"]]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for rec, acts in recs:
        first = None
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]
            cells[2].text, cells[3].text, cells[4].text, cells[5].text, cells[6].text = a[1:]
            if first is None:
                first = cells[1]; first.text = rec
            else:
                first.merge(cells[1])
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete – action finished; Green – on track; Amber – some slippage, remedial "
                      "action in hand; Red – significant risk to delivery.")
    doc.save(os.path.join(OUT, "dl1-pembrokeshire-coast-npa-audit-wales-governance-action-plan.docx"))

# ---------------------------------------------------------------- 3 SRUC ELIR xlsx
def sruc():
    wb = Workbook(); ws = wb.active; ws.title = "ELIR Action Plan"
    ws["A1"] = "SRUC – Enhancement-led Institutional Review (ELIR 4): Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update for Academic Board, June 2020"; ws.merge_cells("A2:G2")
    hdr = ["No.", "ELIR Recommendation", "Action", "Lead", "Target Date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["S"]; c.border = BOX
    R1 = ("Student representation: SRUC should ensure that class representative arrangements operate consistently "
          "across all campuses and for students on online distance learning programmes.")
    R2 = ("Assessment and feedback: SRUC should develop a consistent approach to the timeliness and quality of "
          "feedback on assessment, monitored through annual programme review.")
    R3 = ("Staff development: SRUC should ensure that all staff teaching on higher education programmes, including "
          "those based in further education provision, have access to learning and teaching development.")
    R4 = ("Academic governance: SRUC should streamline reporting between Academic Board and its sub-committees, "
          "clarifying where oversight of HE and FE provision sits.")
    R5 = ("Use of data: SRUC should make more effective use of student data to inform programme enhancement.")
    R6 = ("Collaborative activity: SRUC should ensure that the annual monitoring of collaborative partners is "
          "systematically reported to Academic Board.")
    layout = [
        ("1. Enhancing the student learning experience", [
            (R1, [["1.1", "Appoint a campus lead for student representation at each of the six campuses and agree a common cycle of class rep meetings with SRUC Students' Association.",
                   "Head of Student Services", D(2020, 3, 31), "Campus leads in place from January 2020; common meeting cycle agreed with the Students' Association.", "B"],
                  ["1.2", "Extend class representation to online distance learning programmes through virtual programme committees.",
                   "Head of Online Learning", D(2020, 10, 31), "Virtual committees piloted on two MSc programmes in spring 2020; roll-out to all ODL programmes planned for October.", "G"]])]),
        ("2. Strategy and practice for enhancing learning and teaching", [
            (R2, [["2.1", "Introduce an institutional 15-working-day feedback turnaround standard and report compliance in annual programme monitoring.",
                   "Dean of Learning & Teaching", D(2020, 8, 31), "Standard approved by Academic Board in February. Monitoring delayed by the move to online assessment; first data now expected in annual monitoring for 2019/20.", "A"]]),
            (R3, [["2.2", "Launch a PgCert in Tertiary Learning and Teaching open to all staff teaching at SCQF level 7 and above.",
                   "Dean of Learning & Teaching / Head of HR", D(2020, 9, 1), "Programme validated in May 2020; first cohort of 18 staff enrolled for September.", "G"]])]),
        ("3. Academic standards and quality processes", [
            (R4, [["3.1", "Review the remits of Academic Board sub-committees and publish revised terms of reference.",
                   "Academic Registrar", D(2019, 12, 11), "Revised terms of reference approved by Academic Board on 11 December 2019.", "B"],
                  ["3.2", "Produce an annual academic governance effectiveness report for the Board of Management.",
                   "Academic Registrar", "Annually", "First report presented to the Board of Management in March 2020.", "G"]]),
            (R5, [["3.3", "Deliver a programme-level data dashboard (retention, progression, attainment, NSS) for programme leaders.",
                   "Head of Planning & Performance", D(2020, 6, 30), "Dashboard build paused March–May 2020 as analyst resource was redeployed to the COVID-19 response. New date to be agreed.", "R"]])]),
        ("4. Collaborative activity", [
            (R6, [["4.1", "Add collaborative provision to the annual quality report to Academic Board, covering all validated and articulation partners.",
                   "Head of Education Partnerships", D(2020, 6, 30), "Included in the 2019/20 annual quality report presented in June 2020.", "B"]])]),
    ]
    r = 5
    for theme, recs in layout:
        ws.cell(r, 1, theme).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = FILL["H"]; r += 1
        for rec, acts in recs:
            top = r
            for a in acts:
                ws.cell(r, 1, a[0]); ws.cell(r, 3, a[1]); ws.cell(r, 4, a[2])
                c = ws.cell(r, 5, a[3])
                if isinstance(a[3], dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(r, 6, a[4]); ws.cell(r, 7).fill = FILL[a[5]]
                for col in range(1, 8):
                    ws.cell(r, col).alignment = WRAP; ws.cell(r, col).border = BOX
                r += 1
            ws.cell(top, 2, rec).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True); r += 1
    for k, txt in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "At risk / not progressing")]:
        ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, txt); r += 1
    for col, wdt in zip("ABCDEFG", [6, 45, 50, 28, 12, 55, 8]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, "dl1-sruc-qaa-elir-action-plan.xlsx"))

# ---------------------------------------------------------------- 4 Trafford & Stockport College Group (refuse)
def trafford():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2023-24"
    ws["A1"] = "Trafford and Stockport College Group – Post-Inspection Action Plan (PIAP)"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Following Ofsted inspection 14–17 November 2023 | Version 2 – updated February 2024"; ws.merge_cells("A2:G2")
    hdr = ["Area for improvement", "Action", "Lead", "Deadline", "Success measure / impact", "Progress", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["S"]; c.border = BOX
    afis = [
        ("1. Leaders and managers should ensure that apprentices receive their full entitlement to off-the-job training.", [
            ["Introduce monthly off-the-job training reviews for every apprentice using the OneFile tracker.", "Head of Apprenticeships", "Jan-24",
             "All apprentices on track to complete 6 hours per week of OTJ training.", "Reviews in place from January; 82% of apprentices on track.", "Green"],
            ["Brief employers on OTJ requirements at each progress review and record agreement in the commitment statement.", "Apprenticeship Coordinators", "Mar-24",
             "Employer agreement recorded for all apprentices.", "Briefings under way; 64% of commitment statements updated.", "Amber"],
            ["Report OTJ compliance by programme to the monthly Quality Improvement Board.", "Deputy Principal – Quality", "Ongoing",
             "Governors receive termly OTJ data.", "Standing item on QIB agenda since December.", "Green"]]),
        ("2. Teachers in adult learning programmes should check learners' understanding more effectively before moving on to new topics.", [
            ["Deliver CPD on questioning and checking learning to all adult learning teachers.", "Head of Teaching, Learning & Assessment", "Febuary-24",
             "Learning walks show effective checking of learning in 90% of sessions.", "Two of three CPD sessions delivered.", "Green"],
            ["Carry out focused learning walks in adult learning each half term and follow up with coaching.", "Head of Adult Learning", "Jul-24",
             "Fewer learners need re-sits of unit assessments.", "First round of learning walks completed in January.", "Green"]]),
        ("3. Leaders should ensure that learners with high needs have up-to-date support plans that teachers use.", [
            ["Review all high needs learners' support plans and share key strategies with teachers through the ProMonitor profile.", "Head of Inclusion", "Dec-23",
             "All support plans reviewed and visible to teachers.", "All 214 plans reviewed and uploaded by 15 December 2023.", "Complete"]]),
    ]
    r = 5
    for afi, acts in afis:
        top = r
        for a in acts:
            for i, v in enumerate(a, 2):
                ws.cell(r, i, v).alignment = WRAP
            for col in range(1, 8):
                ws.cell(r, col).border = BOX
            r += 1
        ws.cell(top, 1, afi).alignment = WRAP
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    for col, wdt in zip("ABCDEFG", [45, 50, 30, 12, 40, 45, 10]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, "dl1-trafford-stockport-college-group-ofsted-piap-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 5 HMP Bristol txt (tab-separated)
def bristol():
    lines = ["HMP Bristol – Action Plan: Report on an unannounced inspection by HM Chief Inspector of Prisons (13–24 May 2019)", "",
             "\t".join(["No.", "Recommendation", "Accepted / Partly Accepted / Not Accepted", "Response", "Responsible Owner", "Target Date", "Status"])]
    secs = [
        ("Key concerns and recommendations", [
            ["1", "Leaders should ensure that levels of violence are reduced and that prisoners feel safe, through a coherent violence reduction strategy informed by data.",
             "Accepted", "A new safety strategy was launched in August 2019, informed by a detailed analysis of incident data. Weekly safety intervention meetings now review all perpetrators and victims of violence.",
             "Governor", "September 2019", "Completed"],
            ["2", "Prisoners at risk of self-harm should receive consistently good care, with ACCT case management that is timely and involves all relevant disciplines.",
             "Partly Accepted", "All ACCT case managers will receive refresher training and the Safer Custody team will quality assure ten ACCT documents each week. The new version of ACCT will be introduced in line with the national roll-out.",
             "Head of Safety", "31 March 2020", ""]]),
        ("Safety", [
            ["3", "Use of force should be proportionate and subject to robust governance, including routine review of body-worn video camera footage.",
             "Accepted", "A use of force committee chaired by the Deputy Governor meets monthly and reviews a sample of footage. Staff compliance with drawing body-worn cameras is reported weekly.",
             "Deputy Governor", "Ongoing", ""],
            ["4", "Segregated prisoners should have access to a meaningful regime.",
             "Accepted", "The segregation unit regime has been reviewed and now includes daily access to showers, telephones and exercise, and in-cell activity packs.",
             "Head of Residence and Safety / Head of Security", "December 2019", "Completed"]]),
        ("Respect", [
            ["5", "Cells designed for one prisoner should not hold two.",
             "Not Accepted", "HMPPS must use all available capacity to meet demand for prison places. Cells are certified for occupancy by the Prison Group Director and the prison will continue to ensure that doubled cells meet the required standards.",
             "Prison Group Director", "N/A", ""],
            ["6", "Prisoners should have access to timely mental health assessment, within five working days of referral.",
             "Accepted", "The healthcare provider has recruited two additional mental health nurses. Routine referrals are now triaged within 48 hours and assessed within five working days.",
             "Head of Healthcare", "Jan-20", ""]]),
        ("Purposeful activity", [
            ["7", "Prisoners should spend more time unlocked and engaged in purposeful activity.",
             "Accepted", "A revised regime will be introduced following the refurbishment of D wing, increasing time out of cell to a minimum of six hours a day for those in work or education.",
             "Head of Operations", "April 2020", ""]]),
        ("Rehabilitation and release planning", [
            ["8", "Prisoners should be released with sustainable accommodation.",
             "Partly Accepted", "The prison will work with the Community Rehabilitation Company and Bristol City Council through a weekly resettlement board that reviews every prisoner from 12 weeks before release.",
             "Head of Reducing Reoffending", "March 2020", ""],
            ["9", "MAPPA levels should be confirmed at least six months before the release of eligible prisoners.",
             "Accepted", "All MAPPA-eligible prisoners are now reviewed at the monthly interdepartmental risk management meeting, and levels are confirmed with the community offender manager six months before release.",
             "Head of Offender Management Delivery", "November 2019", "Completed"]]),
    ]
    for s, rows in secs:
        lines.append(s)
        for r in rows:
            lines.append("\t".join(r))
    lines += ["", "HM Prison & Probation Service, October 2019"]
    with open(os.path.join(OUT, "dl1-hmp-bristol-hmip-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 6 Angus Council BVAR docx
def angus():
    doc = Document()
    doc.add_heading("Angus Council – Best Value Assurance Report 2022: Improvement Plan", level=0)
    doc.add_paragraph(
        "The Accounts Commission published its Best Value Assurance Report (BVAR) on Angus Council on 5 July 2022. "
        "This improvement plan responds to the Commission's recommendations and is monitored by the Scrutiny and "
        "Audit Committee every six months. Progress is shown as at 31 January 2023.")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"]
    recs = [
        ("Recommendation 1: Focus improvement activity on housing and the local economy, where performance has declined.", [
            ["1.1", "Prepare a Housing Improvement Plan addressing void relet times, rent arrears and repairs performance.", "Service Leader – Housing", "March 2023",
             "Plan drafted and considered by Communities Committee on 24 January 2023; voids taskforce established.", "G"],
            ["1.2", "Deliver the Angus Economic Development Strategy action plan, with quarterly reporting of key economic indicators to Policy & Resources Committee.",
             "Service Leader – Economic Development", "Quarterly", "Q2 indicators reported to Policy & Resources Committee in November 2022.", "G"]]),
        ("Recommendation 2: Work with NHS Tayside and the Angus Integration Joint Board to respond to the significant increase in demand for health and social care services.", [
            ["2.1", "Agree with the IJB a joint workforce plan for care at home, including recruitment and retention measures.", "Chief Officer (Angus HSCP)", "30/06/2023",
             "Draft workforce plan prepared; recruitment campaign for 40 care at home posts launched November 2022.", "A"],
            ["2.2", "Review the unmet need list weekly and report the hours of unmet care to every IJB meeting.", "Head of Community Health & Care Services", "Ongoing",
             "Unmet need reported to IJB in October and December 2022.", "G"]]),
        ("Recommendation 3: Fully implement the council's performance management framework across all services and report performance more frequently.", [
            ["3.1", "Roll out the Pentana performance management system to all services and train service leaders in its use.", "Manager – Strategic Policy & Performance",
             "Sept 2022 – March 2023", "All services now on Pentana. Training delivered to 34 of 41 service leaders.", "G"],
            ["3.2", "Move from annual to six-monthly performance reporting to full Council, linking performance data to improvement actions.",
             "Director of Strategic Policy & Transformation", "November 2022", "First six-monthly report presented to Council on 8 December 2022.", "B"],
            ["3.3", "Publish service-level performance scorecards on the council website.", "Team Leader – Performance", "June 2023",
             "Scorecard design agreed; publication planned once Q4 data are available.", "A"]]),
    ]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for a in acts:
            for c, v in zip(t.add_row().cells, a):
                c.text = v
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some delay, action being taken; R – significant delay or risk.")
    doc.save(os.path.join(OUT, "dl1-angus-council-bvar-improvement-plan.docx"))

# ---------------------------------------------------------------- 7 Moorfields CQC xlsx
def moorfields():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Moorfields Eye Hospital NHS Foundation Trust – CQC Must Do / Should Do Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Following inspection 5–7 November 2019 | Report published February 2020 | Position at 30 June 2020"; ws.merge_cells("A2:I2")
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead", "Target date", "Revised date", "Progress / evidence", "BRAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["S"]; c.border = BOX
    secs = [
        ("Outpatients", [
            ("Must", "The trust must ensure that patient records are stored securely in all outpatient areas. (Regulation 17)", [
                ["MD1.1", "Install lockable notes trolleys in all City Road outpatient clinics and at network sites.", "Head of Health Records", D(2020, 3, 31), D(2020, 7, 31),
                 "Trolleys installed at City Road; network sites delayed by COVID-19 restrictions on estates work.", "A"],
                ["MD1.2", "Monthly spot-check audit of records storage by matrons, reported to the Divisional Quality Forum.", "Director of Nursing / Head of Nursing (City Road)", D(2020, 4, 30), None,
                 "Audits in place from April 2020; compliance 96% in June.", "G"]]),
            ("Should", "The trust should ensure that waiting times in clinics are monitored and patients are told about delays.", [
                ["SD1.1", "Introduce clinic delay boards and a standard for announcing delays over 30 minutes in all clinics.", "General Manager – Outpatients", D(2020, 5, 31), None,
                 "Delay boards in place in all City Road clinics; standard signed off May 2020.", "B"]])]),
        ("Surgery", [
            ("Must", "The trust must ensure that all staff complete mandatory training, including safeguarding children level 3, in line with trust targets. (Regulation 18)", [
                ["MD2.1", "Set divisional trajectories to reach 95% mandatory training compliance and review them at monthly performance meetings.", "Divisional Director – Surgery", D(2020, 3, 31), D(2020, 9, 30),
                 "Compliance 89% (June). Face-to-face sessions suspended March–June; e-learning alternatives now available.", "A"],
                ["MD2.2", "Deliver safeguarding children level 3 training to all registered surgical staff.", "Head of Safeguarding", D(2020, 6, 30), None,
                 "Level 3 compliance 72% against a 90% target. Virtual sessions scheduled for July and August.", "R"]]),
            ("Should", "The trust should ensure that the WHO surgical safety checklist is fully completed for every patient.", [
                ["SD2.1", "Observational audit of WHO checklist completion in theatres, 10 cases per month per site.", "Theatre Matron", D(2020, 1, 31), None,
                 "Audits embedded; compliance 100% for the last three months.", "B"]])]),
        ("Urgent and emergency care", [
            ("Must", "The trust must ensure that children attending A&E are cared for by staff with appropriate paediatric competencies. (Regulation 12)", [
                ["MD3.1", "Ensure at least one nurse with paediatric life support and competencies is on every A&E shift.", "Head of Nursing – Urgent Care", D(2020, 5, 31), None,
                 "Rota template updated; 11 of 12 nurses have completed paediatric competencies.", "G"]]),
            ("Should", "The trust should ensure that patients receive an initial assessment within 15 minutes of arrival.", [
                ["SD3.1", "Review the triage process to achieve initial assessment within 15 minutes of arrival, and audit weekly.", "Clinical Director – A&E", D(2020, 8, 31), None,
                 "New streaming nurse role introduced in May; median time to triage 12 minutes in June.", "G"]])]),
    ]
    r = 5
    for sname, reqs in secs:
        ws.cell(r, 1, sname).font = Font(bold=True); ws.cell(r, 1).fill = FILL["H"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for ms, req, acts in reqs:
            top = r
            for a in acts:
                ws.cell(r, 1, a[0]); ws.cell(r, 4, a[1]); ws.cell(r, 5, a[2])
                c = ws.cell(r, 6, a[3]); c.number_format = "dd/mm/yyyy"
                if a[4] is not None:
                    c = ws.cell(r, 7, a[4]); c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8, a[5])
                c = ws.cell(r, 9, a[6]); c.fill = FILL[a[6]]; c.alignment = Alignment(horizontal="center")
                for col in range(1, 10):
                    ws.cell(r, col).border = BOX
                    if col != 9:
                        ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(top, 2, ms).alignment = WRAP; ws.cell(top, 3, req).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
        r += 1  # blank row between core services
    ws.cell(r, 1, "BRAG key").font = Font(bold=True); r += 1
    for k, txt in [("B", "Complete – evidence verified"), ("G", "On track"), ("A", "At risk of missing target date"), ("R", "Off track / overdue")]:
        c = ws.cell(r, 1, k); c.fill = FILL[k]; ws.cell(r, 2, txt); r += 1
    for col, wdt in zip("ABCDEFGHI", [8, 10, 45, 50, 30, 12, 12, 50, 7]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, "dl1-moorfields-eye-hospital-cqc-must-should-do-action-plan.xlsx"))

if __name__ == "__main__":
    ni_water(); pcnpa(); sruc(); trafford(); bristol(); angus(); moorfields()
