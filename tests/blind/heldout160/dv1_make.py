"""Generator for the dv1- cases of heldout160 (run with /work/main/.venv/bin/python)."""
import datetime as dt
import os

from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "HEAD": PatternFill("solid", fgColor="1F3864"),
    "BAND": PatternFill("solid", fgColor="D9E1F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["HEAD"]
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).fill = FILL["BAND"]
        ws.cell(row=row, column=i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def put(ws, row, values, fmt=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt


# ---------------------------------------------------------------- 1. NCG Newcastle College
def make_ncg():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Newcastle College (NCG) – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Ofsted inspection 14–17 May 2024 (overall effectiveness: requires improvement). "
                "Actions respond to 'What does the provider need to do to improve?'. "
                "Progress updated for the Quality and Standards Committee, January 2025.")
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 45
    header_row(ws, 4, ["Ref", "Action", "Lead", "Success measure / impact", "Target date",
                       "Progress update (Jan 2025)", "RAG"])
    r = 5
    rows = [
        ("band", "1. Leaders must ensure that apprentices receive their full entitlement to off-the-job training and that employers are involved in planning it."),
        ("1.1", "Introduce monthly off-the-job hours monitoring for every apprentice through the e-portfolio, with coaches reviewing shortfalls at each progress review.",
         "Head of Apprenticeships", "All apprentices on track for OTJ hours; shortfalls resolved within 4 weeks",
         D(2024, 10, 31), "Monthly OTJ report now live. 94% of apprentices on track at end of December.", "Complete"),
        ("1.2", "Hold tripartite planning meetings with employers at the start of each programme so that on- and off-the-job learning is sequenced.",
         "VP Quality / Head of Apprenticeships", "Employer attendance at 100% of tripartite reviews",
         D(2025, 3, 31), "Template revised and rolled out in Engineering and Construction; Business and Digital to follow in February.", "G"),
        ("band", "2. Leaders should improve the quality of feedback so that learners know what they need to do to improve their work."),
        ("2.1", "Deliver CPD on developmental feedback to all teaching staff, followed by a feedback-focused learning walk in each curriculum area.",
         "Assistant Principal (Teaching & Learning)", "Learning walks show 85% of feedback is developmental",
         D(2025, 1, 31), "CPD delivered at November staff development day. Learning walks under way; two areas still to be visited.", "G"),
        ("2.2", "Sample marked work termly through curriculum quality reviews and share strong practice at curriculum leader meetings.",
         "DH", "Quality review reports show improvement term on term",
         "Termly", "Autumn sampling complete; spring round scheduled for March.", "G"),
        ("band", "3. Leaders should ensure that learners with high needs have clear and measurable targets that are reviewed regularly."),
        ("3.1", "Rewrite individual learning plans for all high needs learners so that EHCP outcomes are broken down into termly measurable targets.",
         "Head of Inclusive Learning", "100% of ILPs audited as compliant",
         D(2024, 12, 20), "Rewrite completed for 78% of learners. Delay caused by late EHCP paperwork from two local authorities.", "A"),
        ("3.2", "Train learning support assistants to record progress against targets after every session.",
         "Head of Inclusive Learning; LSA Team Leader", "Progress recorded for every session in audit sample",
         "July 2025", "Training dates confirmed for February half-term.", "A"),
        ("band", "4. Governors should receive accurate and timely information about the quality of apprenticeships."),
        ("4.1", "Add an apprenticeship quality dashboard (achievement, OTJ, breaks in learning, overdue EPA) to every Quality and Standards Committee agenda.",
         "Director of Governance", "Governors able to challenge on apprenticeship performance (minutes)",
         D(2024, 11, 30), "Dashboard first presented 26 November; governors asked for trend data to be added.", "Complete"),
    ]
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], 7)
            ws.row_dimensions[r].height = 30
        else:
            put(ws, r, list(row), "mmm-yy")
            rag = ws.cell(row=r, column=7)
            rag.fill = FILL["B"] if row[6] == "Complete" else FILL[row[6]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, t in [("Complete", "Action complete and impact evidenced"), ("G", "On track"),
                 ("A", "Some slippage – recoverable"), ("R", "Off track – escalate to SLT")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = FILL["B"] if k == "Complete" else FILL[k]
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFG", [7, 60, 26, 34, 12, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dv1-ncg-newcastle-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Lincolnshire FRS
def make_lfr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Lincolnshire Fire and Rescue – HMICFRS Inspection 2023-25: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position as at 31 January 2025. Reported to the Fire and Rescue Improvement Board."
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Area for Improvement", "Action", "Owner", "Original Due Date",
                       "Revised Due Date", "Status", "Update"])
    afi1 = "The service should make sure it has an effective system for staff to access up-to-date site-specific risk information."
    afi2 = "The service should make sure its protection team has enough qualified staff to deliver its risk-based inspection programme."
    afi3 = "The service should improve how it records and monitors the use of its resources to improve productivity."
    afi4 = "The service should make sure all staff understand and demonstrate its values and behaviours."
    plan = [
        ("band", "Effectiveness"),
        ("1a", afi1, "Review all site-specific risk information (SSRI) records older than 12 months and update or archive them.",
         "GM Operational Risk", D(2024, 9, 30), D(2024, 12, 31), "G",
         "1,120 of 1,310 records reviewed. Remaining records allocated to station managers."),
        ("1b", None, "Replace the mobile data terminal software so that crews can view SSRI and building plans en route.",
         "Head of ICT", D(2025, 3, 31), None, "A",
         "Supplier testing delayed by two weeks; go-live now planned for late March."),
        ("2a", afi2, "Recruit and train four additional fire safety inspectors to the Level 4 Diploma.",
         "Head of Protection", D(2025, 6, 30), None, "G",
         "Three inspectors appointed in October and enrolled on Level 4; fourth post readvertised."),
        ("2b", None, "Revise the risk-based inspection programme to target high-risk premises identified through the new risk model.",
         "Head of Protection", D(2024, 7, 31), None, "B",
         "Revised programme approved by SLT in July 2024."),
        ("band", "Efficiency"),
        ("3a", afi3, "Introduce a productivity dashboard showing prevention, protection and training activity by station.",
         "Performance and Data Manager", D(2024, 11, 30), D(2025, 2, 28), "A",
         "Dashboard built; data quality issues with training records being resolved before launch."),
        ("3b", None, "Set station-level targets for home fire safety visits and report performance quarterly.",
         "AM Service Delivery", D(2024, 10, 31), None, "B",
         "Targets issued to all stations; Q3 performance report published."),
        ("band", "People"),
        ("4a", afi4, "Run values and behaviours workshops for all watches and support teams, led by the senior leadership team.",
         "Deputy Chief Fire Officer", D(2025, 3, 31), None, "G",
         "31 of 48 workshops delivered; remaining sessions booked."),
        ("4b", None, "Include the values and behaviours in appraisals and promotion processes.",
         "Head of HR / Head of Learning and Development", D(2024, 12, 31), D(2025, 4, 30), "R",
         "Appraisal system change depends on the new HR system, which has slipped. Escalated to the Improvement Board."),
    ]
    r = 5
    start = None
    for row in plan:
        if row[0] == "band":
            band_row(ws, r, row[1], 8)
        else:
            ref, afi, act, own, od, rd, st, upd = row
            put(ws, r, [ref, afi, act, own, od, rd, None, upd], "dd/mm/yyyy")
            ws.cell(row=r, column=7).fill = FILL[st]
            if afi:
                start = r
            else:
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "At risk of missing due date"),
                 ("R", "Overdue / off track")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFGH", [6, 45, 55, 24, 13, 13, 9, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dv1-lincolnshire-fire-rescue-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3. Sport Wales (refuse)
def make_sportwales():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Sport Wales – Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – February 2025"
    header_row(ws, 4, ["Ref", "Source", "Recommendation", "Priority", "Management response / agreed action",
                       "Responsible officer", "Target date", "Status", "Comments"])
    rows = [
        ("IA 24/01.1", "Internal Audit – Grant Management", "Grant offer letters should set out monitoring requirements proportionate to the value of the award.",
         "Medium", "Update grant offer letter templates to include tiered monitoring requirements.", "Head of Investment",
         D(2024, 9, 30), "Complete", "New templates in use from September 2024."),
        ("IA 24/01.2", "Internal Audit – Grant Management", "Post-award monitoring visits should be recorded on the grants system.",
         "High", "Add a monitoring visit module to the grants system and train relationship managers.", "Head of Investment; Systems Manager",
         D(2025, 3, 31), "On track", "Module in user testing."),
        ("IA 24/03.1", "Internal Audit – Cyber Security", "Multi-factor authentication should be enforced for all remote access accounts.",
         "High", "Enforce MFA for all accounts, including third-party suppliers.", "Head of Digital",
         D(2024, 12, 31), "Complete", "MFA enforced 2 December 2024."),
        ("IA 24/03.2", "Internal Audit – Cyber Security", "The disaster recovery plan should be tested at least annually.",
         "Medium", "Carry out a full disaster recovery test and report the outcome to ARAC.", "Head of Digital",
         "Spet-25", "Not started", "Test to be scheduled once new backup solution is live."),
        ("AW 23.1", "Audit Wales – Audit of Accounts 2023-24", "Fixed asset register should be reconciled to the ledger monthly.",
         "Medium", "Introduce monthly reconciliation signed off by the Finance Manager.", "Director of Finance",
         D(2024, 11, 30), "Complete", "Reconciliations in place from October."),
        ("AW 23.2", "Audit Wales – Audit of Accounts 2023-24", "Leaver processes should ensure system access is removed on the last working day.",
         "High", "Link HR leaver notifications to IT access removal through an automated workflow.", "Head of People / Head of Digital",
         D(2025, 4, 30), "Amber", "Workflow designed; dependent on HR system upgrade."),
    ]
    for i, row in enumerate(rows):
        put(ws, 5 + i, list(row), "dd/mm/yyyy")
    for col, w in zip("ABCDEFGHI", [11, 30, 50, 9, 50, 28, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dv1-sport-wales-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
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
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4. Bishop Burton College
def make_bbc():
    doc = Document()
    doc.add_heading("Bishop Burton College: FE Commissioner Intervention Assessment – Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out the college's response to the recommendations of the FE Commissioner "
        "following the intervention assessment. Progress is reviewed monthly by the Executive Leadership "
        "Team and reported to each meeting of the Corporation.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "20 January 2025"),
                                ("Owner", "Clerk to the Corporation"), ("Approved by", "Corporation, 29 January 2025")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
        t.cell(0, i).text = h
        shade(t.cell(0, i), "D9D9D9")
    bold_row(t.rows[0])
    plan = [
        ("rec", "Recommendation 1: The corporation should strengthen its oversight of financial recovery, including monthly scrutiny of cash flow forecasts."),
        ("1.1", "Establish a Finance and Resources Committee meeting monthly until the college exits intervention.", "Chair of Corporation",
         "October 2024", "Committee established; meetings held monthly since October.", "Complete"),
        ("1.2", "Produce a rolling 24-month cash flow forecast with sensitivity analysis for each committee meeting.", "CFO",
         "By 30 November 2024", "Forecast presented at every meeting since November.", "Complete"),
        ("1.3", "Commission an independent review of the financial recovery plan assumptions.", "Principal / CFO",
         "March 2025", "Reviewer appointed; fieldwork under way in February.", "Green"),
        ("rec", "Recommendation 2: The college should review its curriculum to remove unviable provision and align the offer with regional land-based skills needs."),
        ("2.1", "Complete a curriculum viability review for every programme using contribution and progression data.", "Deputy Principal – Curriculum",
         "Sept 2024 – Jan 2025", "Review complete for FE programmes; HE programmes due to report in February.", "Amber"),
        ("2.2", "Agree a three-year curriculum plan with the Humber LSIP employer board.", "Deputy Principal – Curriculum",
         "By 31 July 2025", "Initial meeting held with LSIP lead in December.", "Green"),
        ("rec", "Recommendation 3: The corporation should review its governance arrangements and skills mix."),
        ("3.1", "Carry out a skills audit of governors and recruit two governors with financial and land-based industry expertise.", "Clerk to the Corporation",
         "April 2025", "Skills audit complete; one new governor appointed in January, second vacancy advertised.", "Green"),
        ("3.2", "Commission an external governance review.", "Clerk to the Corporation",
         "June 2025", "Procurement to begin once new governors are in post.", "Amber"),
        ("3.3", "Provide training for all governors on their responsibilities for financial oversight.", "Clerk to the Corporation",
         "Ongoing", "Two sessions held; induction programme updated.", "Green"),
    ]
    fills = {"Complete": "8EAADB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for row in plan:
        if row[0] == "rec":
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            m.text = row[1]
            shade(m, "DEEAF6")
            for run in m.paragraphs[0].runs:
                run.bold = True
        else:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            shade(cells[5], fills[row[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action complete; Green = on track; Amber = at risk; Red = not on track.")
    doc.save(os.path.join(HERE, "dv1-bishop-burton-college-fe-commissioner-intervention-action-plan.docx"))


# ---------------------------------------------------------------- 5. St Aidan's CE Primary
def make_staidans():
    doc = Document()
    doc.add_heading("St Aidan's CE Primary School – Post-Ofsted Action Plan 2024–25", level=1)
    doc.add_paragraph(
        "Ofsted inspected the school on 5 and 6 March 2024. This plan addresses the points in "
        "'What does the school need to do to improve?' and is monitored by the Standards and "
        "Curriculum Committee of the governing body each half term.")
    pr = [
        ("Priority 1: Curriculum in the foundation subjects",
         "In some foundation subjects, leaders have not identified the precise knowledge that pupils should learn and when.",
         [("Subject leaders to map the key knowledge and vocabulary for history, geography and RE from Reception to Year 6.", "DHT and subject leaders", "Autumn term 2024", "Complete"),
          ("Introduce knowledge organisers and end-of-unit quizzes in all foundation subjects.", "Subject leaders", "Spring term 2025", "Green"),
          ("Subject leaders to carry out pupil voice and book looks to check that pupils remember key knowledge.", "Subject leaders / HT", "Termly", "Green")]),
        ("Priority 2: Early reading",
         "Leaders should ensure that all staff deliver the phonics programme consistently and that pupils who fall behind catch up quickly.",
         [("Whole-staff refresher training in the school's phonics programme, including teaching assistants.", "English lead", "September 2024", "Complete"),
          ("Daily keep-up sessions for pupils identified in the half-termly phonics assessment.", "English lead", "Autumn 2024 – Summer 2025", "Green"),
          ("External review of phonics teaching by the English hub.", "HT", "Spring term 2025", "Amber")]),
        ("Priority 3: Pupils with SEND",
         "Leaders should make sure that the targets in support plans for pupils with SEND are precise so that staff can adapt teaching well.",
         [("Rewrite all SEN support plans with SMART targets, reviewed with parents three times a year.", "SENCo", "Autumn term 2024", "Complete"),
          ("Coaching for class teachers on adaptive teaching strategies linked to support plan targets.", "SENCo/HT", "Summer term 2025", "Green")]),
    ]
    fills = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for head, ofsted, acts in pr:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run(ofsted)
        r.italic = True
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Action", "Who", "When", "RAG"]):
            t.cell(0, i).text = h
            shade(t.cell(0, i), "D9D9D9")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[3], fills[a[3]])
    doc.add_paragraph()
    doc.add_paragraph("Key: Complete (blue) – action completed; Green – on track; Amber – some concerns; Red – not on track.")
    doc.save(os.path.join(HERE, "dv1-st-aidans-ce-primary-school-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6. RVC csv
def make_rvc():
    import csv
    rows = [
        ["Royal Veterinary College - Internal Audit Recommendations Tracker (Audit Committee 11 March 2025)"] + [""] * 9,
        [""] * 10,
        ["Ref", "Audit", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
         "Original Target Date", "Revised Target Date", "RAG", "Latest Update"],
        ["2324-02/R1", "Student Recruitment and Admissions", "Medium",
         "Contextual offer criteria should be documented and applied consistently across programmes.",
         "Publish contextual admissions criteria and train admissions tutors in applying them.",
         "Director of Admissions", "31/07/2024", "", "Complete", "Criteria published on website July 2024; training delivered."],
        ["2324-02/R2", "Student Recruitment and Admissions", "Low",
         "Records of interview scoring should be retained for the full admissions cycle.",
         "Move interview scoring to the admissions system so that scores are retained automatically.",
         "Director of Admissions", "31/12/2024", "31/03/2025", "A", "System change scheduled for the February release."],
        ["2324-05/R1", "Clinical Services Income", "High",
         "Debtor balances over 90 days at the referral hospitals should be reviewed monthly and escalated.",
         "Introduce a monthly aged debt review between the Hospital Director and Finance, with escalation to the CFO for balances over £5k.",
         "Hospital Director (QMHA); Head of Financial Accounting", "30/09/2024", "", "Complete", "Monthly reviews in place since August."],
        ["2324-05/R2", "Clinical Services Income", "Medium",
         "Discounts applied to clinical invoices should be authorised in line with the scheme of delegation.",
         "Configure the practice management system to require authorisation of discounts above 10%.",
         "Head of Clinical Operations", "31/01/2025", "", "G", "Configuration tested; go-live planned for end of January."],
        ["2425-01/R1", "Research Grant Compliance", "High",
         "Time allocation to research grants should be supported by timesheets for all funded staff.",
         "Roll out quarterly timesheets for all staff charged to externally funded projects.",
         "Director of Research Support", "30/04/2025", "", "G", "Timesheet template agreed with UKRI-funded PIs; roll-out from April."],
        ["2425-01/R2", "Research Grant Compliance", "Medium",
         "Grant closure should be completed within funder deadlines.",
         "Produce a monthly report of grants approaching end date and assign closure tasks to post-award officers.",
         "Post-Award Manager", "28/02/2025", "30/06/2025", "R", "Report not yet available owing to finance system upgrade; revised date agreed with Audit Committee chair."],
        ["2425-03/R1", "Health and Safety - Farm Operations", "High",
         "Risk assessments for livestock handling at Boltons Park Farm should be reviewed annually.",
         "Review all livestock handling risk assessments and introduce an annual review schedule.",
         "Farm Manager", "31/05/2025", "", "", "Not yet due."],
        [""] * 10,
        ["RAG: Complete = implemented and verified; G = on track; A = revised date agreed; R = overdue"] + [""] * 9,
    ]
    with open(os.path.join(HERE, "dv1-royal-veterinary-college-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Arts Council of Wales txt
def make_acw():
    lines = [
        "Arts Council of Wales - Audit Wales Recommendations: Progress Report",
        "Audit and Risk Assurance Committee, 4 March 2025",
        "",
        "\t".join(["Report", "Rec", "Audit Wales recommendation", "Action", "Owner", "Target date", "Status", "Progress"]),
        "\t".join(["Audit of Financial Statements 2023-24", "R1",
                   "Review the process for accruing grant commitments at the year end.",
                   "Revise the year-end grant accrual procedure and have it reviewed by the Head of Finance before the 2024-25 close.",
                   "Director of Finance and Resources", "Q4 2024/25", "On track",
                   "Draft procedure circulated to the finance team."]),
        "\t".join(["Audit of Financial Statements 2023-24", "R2",
                   "Strengthen controls over changes to supplier bank details.",
                   "Introduce independent call-back verification for all supplier bank detail changes.",
                   "Head of Finance", "Sep-24", "Complete",
                   "Call-back procedure in place since August 2024."]),
        "\t".join(["Audit of Financial Statements 2023-24", "R3",
                   "Ensure the register of interests is updated annually for all Council members and senior staff.",
                   "Annual declaration exercise each April with reminders through the Board Secretary.",
                   "Board Secretary", "Annually (April)", "On track",
                   "2024 exercise complete; next due April 2025."]),
        "\t".join(["Review of Investment Review Implementation", "R1",
                   "Set out how the Council will monitor the outcomes of multi-year funding for arts organisations.",
                   "Develop an outcomes monitoring framework for the Multi-Year Funding programme.",
                   "Director of Arts Development / Head of Investment", "30/06/2025", "On track",
                   "Framework drafted and tested with six funded organisations."]),
        "\t".join(["Review of Investment Review Implementation", "R2",
                   "Publish a lessons learned report from the Investment Review process.",
                   "Commission an independent evaluation and publish a lessons learned report.",
                   "Chief Executive", "December 2024", "Complete",
                   "Report published on the website on 12 December 2024."]),
        "\t".join(["Review of Investment Review Implementation", "R3",
                   "Improve engagement with unsuccessful applicants, including Welsh language organisations.",
                   "Hold feedback sessions with unsuccessful applicants and report themes to Council.",
                   "Director of Engagement", "31/03/2025", "Amber",
                   "Sessions held with 18 of 30 organisations; remainder delayed by staff absence."]),
        "",
        "Status: Complete / On track / Amber (some risk to delivery) / Red (will not meet target date)",
    ]
    with open(os.path.join(HERE, "dv1-arts-council-of-wales-audit-wales-recommendations-tracker.txt"),
              "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_ncg()
    make_lfr()
    make_sportwales()
    make_bbc()
    make_staidans()
    make_rvc()
    make_acw()
