"""Generator for the dy2- blind cases (plans outside children's services)."""
import csv, os
from datetime import datetime as D
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)

FILL = {c: PatternFill("solid", fgColor=h) for c, h in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", K="1F3864").items()}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["K"]
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[chr(64 + i)].width = w


def put(ws, row, vals, fmts=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if fmts and i in fmts:
            c.number_format = fmts[i]


# ---------------------------------------------------------------- 1. South Downs NPA audit tracker (refuse)
def south_downs():
    wb = Workbook(); ws = wb.active; ws.title = "Recs tracker"
    ws["A1"] = "South Downs National Park Authority – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025. Report to Policy and Resources Committee, 13 March 2025."
    cols = ["Ref", "Audit", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date", "RAG", "Progress update"]
    header(ws, 4, cols, [10, 22, 9, 40, 44, 22, 13, 13, 10, 44])
    rows = [
        ("22/23-04", "Planning Enforcement 2022/23", "2",
         "Open enforcement cases should be reviewed at least quarterly and the outcome of each review recorded.",
         "Quarterly case review meetings to be introduced between the Enforcement Lead and team leaders, with outcomes recorded on Uniform.",
         "Enforcement Lead", D(2023, 6, 30), D(2024, 12, 31), "Complete",
         "Quarterly reviews in place since April 2024; Internal Audit verified a sample of 15 cases in December 2024."),
        ("23/24-02", "Procurement and Contract Management 2023/24", "2",
         "The contracts register should be complete and published in line with the Local Government Transparency Code.",
         "Contracts register to be reconciled to the creditors ledger and republished on the Authority's website each quarter.",
         "Procurement Manager", D(2024, 3, 31), D(2024, 9, 30), "A",
         "Reconciliation complete; publication delayed while the website is migrated to the new platform."),
        ("23/24-05", "Payroll 2023/24", "3",
         "Overtime claims should be authorised by a budget holder before payment.",
         "Payroll to reject unauthorised claims and remind managers of the authorisation process.",
         "HR & Payroll Manager", D(2024, 6, 30), None, "Complete",
         "Reminder issued to all managers in May 2024; no unauthorised claims paid since."),
        ("23/24-07", "Cyber Security 2023/24", "1",
         "Multi-factor authentication should be enforced for all remote access to Authority systems.",
         "MFA to be rolled out to all staff, Members and volunteers with remote access.",
         "Head of ICT", D(2024, 7, 31), "Ocotber 2024", "A",
         "MFA enforced for staff and Members; volunteer accounts to follow once licences are purchased."),
        ("24/25-01", "Grants to Third Parties 2024/25", "2",
         "Grant agreements should set out monitoring requirements and these should be followed up.",
         "Standard grant agreement to be updated with monitoring clauses, and a monitoring schedule kept for all grants over £5,000.",
         "Grants & Partnerships Officer", D(2024, 12, 31), D(2025, 3, 31), "A",
         "Template updated; monitoring schedule being populated from the grants database."),
        ("24/25-03", "Fleet Management 2024/25", "3",
         "Vehicle mileage logs should be completed and reviewed monthly.",
         "Introduce monthly mileage log returns for all pool and ranger vehicles.",
         "Facilities Manager", D(2025, 2, 28), None, "G",
         "Electronic log form built; roll-out to ranger teams in February."),
        ("24/25-04", "Fleet Management 2024/25", "2",
         "A vehicle replacement programme should be approved and funded.",
         "Prepare a five-year vehicle replacement programme for inclusion in the capital programme.",
         "Facilities Manager / Finance Manager", D(2025, 3, 31), None, "G",
         "Draft programme prepared; to be considered with the 2025/26 capital budget."),
    ]
    r = 5
    for row in rows:
        put(ws, r, row, {7: "dd/mm/yyyy", 8: "dd/mm/yyyy"})
        rag = row[8]
        f = {"Complete": "B", "A": "A", "G": "G", "R": "R"}[rag]
        ws.cell(row=r, column=9).fill = FILL[f]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority 1 = fundamental control weakness; 2 = significant; 3 = minor / good practice.")
    ws.cell(row=r + 1, column=1, value="RAG: G = on track for target date; A = revised date agreed; R = overdue; Complete = implemented and verified.")
    wb.save(P("dy2-south-downs-npa-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 2. Coastline Housing CHC action plan (csv)
def coastline():
    W = 9
    pad = lambda xs: list(xs) + [""] * (W - len(xs))
    rows = [
        pad(["Coastline Housing – Complaint Handling Code: Self-Assessment Action Plan 2024/25"]),
        pad(["Approved by the Board on 24 July 2024. Progress updated 30 January 2025."]),
        pad([]),
        ["Action ref", "Code section", "Code requirement", "Compliance", "Action required", "Action owner",
         "Target date", "Status", "Progress update"],
        pad(["Section 1 – Definition of a complaint"]),
        ["CHC01", "1.3", "A resident does not have to use the word ‘complaint’ for it to be treated as such.", "Partial",
         "Refresh front-line training so that expressions of dissatisfaction are logged as complaints whether or not the resident uses the word.",
         "Customer Experience Manager", "31/10/2024", "Complete",
         "Training delivered to 86 staff across the contact centre and neighbourhood teams in September and October 2024."],
        ["CHC02", "1.5", "Landlords must recognise the difference between a service request and a complaint.", "Partial",
         "Add a ‘service request or complaint?’ triage question to the CRM so that contact centre staff record the resident's choice.",
         "Head of Customer Services", "Mar-25", "On track",
         "CRM change specified with the supplier; user testing scheduled for February 2025."],
        pad([]),
        pad(["Section 3 – Accessibility and awareness"]),
        ["CHC03", "3.3", "Landlords must make their complaint policy available in a clear and accessible format for all residents.", "Partial",
         "Publish an easy-read version of the complaints policy and a short video explaining how to complain.",
         "Communications & Engagement Lead", "31/12/2024", "Amber",
         "Easy-read version drafted with the Customer Voice Panel. Video delayed by the supplier and now expected in February."],
        ["CHC04", "3.4", "Landlords must publicise the complaints policy and the Housing Ombudsman's contact details.", "Partial",
         "Add the Housing Ombudsman's contact details to all stage 1 and stage 2 response letter templates.",
         "Complaints Team Leader", "30/09/2024", "Complete",
         "All templates updated and checked in September 2024."],
        pad([]),
        pad(["Section 5 – Complaint handling process"]),
        ["CHC05", "5.1", "Landlords must have a single policy in place for dealing with complaints, with no more than two stages.", "No",
         "Remove the informal ‘pre-stage’ from the process and update the policy so that every complaint is logged at Stage 1.",
         "Head of Customer Services / Complaints Team Leader", "April 2025", "Not started",
         "Policy review starts in March 2025 following consultation with the Customer Voice Panel."],
        ["CHC06", "5.13", "Landlords must keep a full record of the complaint, the outcome at each stage and all correspondence.", "Partial",
         "Move complaint records from the shared mailbox into the CRM case module.",
         "ICT Business Partner", "Jun-25", "On track",
         "Case module configured; data migration planned for May 2025."],
        pad([]),
        pad(["Section 8 – Self-assessment, reporting and compliance"]),
        ["CHC07", "8.1", "Landlords must produce an annual complaints performance and service improvement report for scrutiny by the governing body.", "Yes",
         "Produce the annual complaints performance and service improvement report and publish it with the Board's response.",
         "Director of Customers & Communities", "Annually", "On track",
         "2023/24 report published in July 2024; 2024/25 report in preparation."],
        pad(["Section 9 – Scrutiny and oversight: continuous learning and improvement"]),
        ["CHC08", "9.7", "Landlords must have a member of the governing body appointed as the Member Responsible for Complaints.", "No",
         "Appoint a Member Responsible for Complaints (MRC) from the Board and agree their role description.",
         "Company Secretary", "30/09/2024", "Complete",
         "Board member appointed as MRC on 25 September 2024."],
        pad([]),
        pad(["Key: Complete = action delivered and evidenced; On track = progressing to target date; Amber = some slippage, target date at risk; Red = target date missed; Not started = not yet due to start."]),
    ]
    with open(P("dy2-coastline-housing-complaint-handling-code-self-assessment-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 3. Safer Swansea DHR (txt, tab export)
def swansea():
    L = [
        "Safer Swansea Partnership – Domestic Homicide Review ‘Carys’ (2023): Action Plan",
        "Progress update for the Safer Swansea Partnership Board – February 2025",
        "",
        "\t".join(["Recommendation", "Action No.", "Action", "Agency", "Lead officer", "Target date", "Progress", "RAG"]),
    ]
    R = [
        ("1. The Safer Swansea Partnership should ensure that professionals across agencies understand coercive and controlling behaviour in older people's relationships.",
         "1.1", "Commission multi-agency training on coercive control and older people, delivered through the regional VAWDASV training framework.",
         "Swansea Council", "VAWDASV Regional Coordinator", "31/03/2024",
         "Four sessions delivered January to March 2024; 112 practitioners attended.", "B"),
        ("", "1.2", "Include a case study from this review in the adult safeguarding practitioner briefing.",
         "Swansea Council", "Principal Officer – Safeguarding", "June 2024",
         "Briefing circulated to all adult services teams in July 2024.", "B"),
        ("2. South Wales Police should review how repeat reports of non-crime domestic incidents involving the same parties are flagged to supervisors.",
         "2.1", "Amend the DASH risk assessment audit process so that repeat non-crime incidents within 12 months trigger a supervisory review.",
         "South Wales Police", "DCI Public Protection", "30/09/2024",
         "Audit process amended. A dip sample in November found 9 of 10 repeat cases had been reviewed by a supervisor.", "G"),
        ("", "2.2", "Brief response officers on recognising older victims of domestic abuse.",
         "South Wales Police", "Neighbourhood Policing Inspector", "Q4 2024/25",
         "Briefing material drafted; delivery planned across all shifts in March.", "A"),
        None,
        ("3. Swansea Bay University Health Board should ensure that routine enquiry about domestic abuse takes place in memory assessment services.",
         "3.1", "Add a routine enquiry prompt to the memory assessment clinic template.",
         "SBUHB", "Head of Safeguarding / Lead Nurse, Older People's Mental Health", "31/12/2024",
         "Template change held up by the clinical system upgrade; now in testing.", "R"),
        ("", "3.2", "Audit a sample of memory clinic records for evidence of routine enquiry.",
         "SBUHB", "Head of Safeguarding", "Sept 2025",
         "Not due to start until the template change is live.", ""),
        ("4. The Safer Swansea Partnership should publicise the support available to older people experiencing domestic abuse.",
         "4.1", "Run a campaign with Age Cymru and local GP surgeries during the 16 Days of Action.",
         "Swansea Council / Age Cymru", "Community Safety Manager & Age Cymru Project Lead", "December 2024",
         "Campaign ran from 25 November to 10 December 2024; leaflets displayed in 38 surgeries.", "B"),
        ("", "4.2", "Keep information for older people on the Council website and the Live Fear Free helpline pages up to date.",
         "Swansea Council", "Community Safety Manager", "Ongoing",
         "Web pages reviewed quarterly; last checked January 2025.", "G"),
    ]
    for r in R:
        L.append("" if r is None else "\t".join(r))
    L += ["", "RAG key: B = complete; G = on track; A = some slippage; R = off track / target date missed"]
    with open(P("dy2-safer-swansea-partnership-dhr-carys-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def hdr_row(t, names):
    for c, n in zip(t.rows[0].cells, names):
        c.text = ""
        run = c.paragraphs[0].add_run(n); run.bold = True
        shade(c, "D9E1F2")


HEX = dict(B="0070C0", G="00B050", A="FFC000", R="FF0000")


# ---------------------------------------------------------------- 4. Gwynedd CIW adults (docx)
def gwynedd():
    d = Document()
    d.add_heading("Cyngor Gwynedd – CIW Performance Evaluation Inspection of Adult Services: Action Plan", level=1)
    d.add_paragraph("Adults, Health and Well-being Department")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    hdr_row(t, ["Version", "Date", "Author", "Changes"])
    for v in [("0.1", "12/06/2024", "Senior Manager – Business Support", "First draft for Adults Management Team"),
              ("1.0", "02/07/2024", "Head of Adults Services", "Approved by Cabinet Member"),
              ("1.3", "20/01/2025", "Senior Manager – Business Support", "Progress update for Care Scrutiny Committee")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    d.add_paragraph("")
    d.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of adult services in Gwynedd "
        "in March 2024. The report, published in May 2024, recognised many strengths and identified areas for "
        "improvement under each of the four principles of the Social Services and Well-being (Wales) Act 2014. "
        "This plan sets out how we will respond and will be monitored by the Adults Management Team.")
    plan = [
        ("1. People – voice and control", [
            ("Ensure people's personal outcomes are consistently recorded in care and support plans.", [
                ("1.1", "Deliver refresher training on outcome-focused recording (‘What Matters’ conversations) to all community adult teams.",
                 "Senior Practice Development Officer", "December 2024", "Complete", "B"),
                ("1.2", "Introduce a monthly case file audit of care and support plans, with findings reported to the Adults Management Team.",
                 "Senior Manager Adults (North) / Senior Manager Adults (South)", "Monthly", "Green", "G"),
            ]),
            ("Make the ‘active offer’ of Welsh consistently and record people's language preference.", [
                ("1.3", "Make language preference a mandatory field at first contact in WCCIS.",
                 "Information Systems Manager", "31/03/2025", "Amber", "A"),
            ]),
        ]),
        ("2. Prevention", [
            ("Reduce waiting times for occupational therapy assessment.", [
                ("2.1", "Recruit two additional occupational therapists and a trusted assessor, funded through the Regional Integration Fund.",
                 "Head of Adults Services", "Q3 2024/25", "Amber", "A"),
                ("2.2", "Introduce a waiting-list triage protocol so that people waiting are contacted at least every six weeks.",
                 "Principal Occupational Therapist", "September 2024", "Complete", "B"),
            ]),
        ]),
        ("3. Well-being", [
            ("Strengthen the support offered to unpaid carers, including timely carers' assessments.", [
                ("3.1", "Commission additional carers' assessment capacity from the third sector carers' service.",
                 "Commissioning Manager", "April 2025", "", "R"),
                ("3.2", "Publish a bilingual carers' information pack.",
                 "Carers Lead Officer", "Jan-25", "Green", "G"),
            ]),
        ]),
        ("4. Partnerships and integration", [
            ("Improve timely discharge from hospital, working with Betsi Cadwaladr University Health Board.", [
                ("4.1", "Establish a joint daily discharge huddle at Ysbyty Gwynedd with health and social work staff.",
                 "Head of Adults Services and BCUHB Area Director (West)", "June 2024", "Complete", "B"),
                ("4.2", "Review the step-down bed model in partnership with the health board.",
                 "Assistant Head – Provider Services", "Ongoing", "Green", "G"),
            ]),
        ]),
    ]
    for heading, afis in plan:
        d.add_heading(heading, level=3)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        hdr_row(t, ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "RAG status"])
        for afi, acts in afis:
            first = None
            for i, (ref, act, lead, when, rag, col) in enumerate(acts):
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = afi if i == 0 else ""
                cells[2].text = act; cells[3].text = lead; cells[4].text = when; cells[5].text = rag
                shade(cells[5], HEX[col])
                if i == 0:
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
        d.add_paragraph("")
    d.add_paragraph("RAG key: Complete (blue) – action completed; Green – on track; Amber – some delay; Red – off track.")
    d.save(P("dy2-gwynedd-ciw-adult-services-performance-evaluation-action-plan.docx"))


# ---------------------------------------------------------------- 5. Lake District NPA peer challenge (docx)
def lake_district():
    d = Document()
    d.add_heading("Lake District National Park Authority – Peer Challenge 2023: Action Plan", level=1)
    d.add_paragraph(
        "A peer challenge team arranged through National Parks England and the Local Government Association visited "
        "the Authority in November 2023. Their feedback report made five recommendations. This action plan was agreed "
        "by the Authority on 31 January 2024 and progress is reported to the Audit and Scrutiny Committee.")
    recs = [
        ("1. Refresh the Partnership's Management Plan priorities so that they are clearly linked to the Authority's budget.", [
            ("Agree a revised set of Management Plan priorities with the Lake District National Park Partnership.",
             "Chief Executive", "March 2024", "Priorities agreed at the Partnership meeting on 14 March 2024.", "Complete"),
            ("Align the 2025/26 budget-setting process with the refreshed priorities.",
             "Head of Finance", "February 2025", "Budget timetable agreed; priority-based budgeting workshops held with Members in September.", "On track"),
        ]),
        ("2. Develop a workforce strategy that addresses recruitment and retention in hard-to-fill roles.", [
            ("Prepare a Workforce Strategy 2024–2027 for approval by the Authority.",
             "Head of HR and Organisational Development", "July 2024", "Approved by the Authority in July 2024.", "Complete"),
            ("Review pay and grading for ranger and planning roles, including the use of market supplements.",
             "Head of HR and Organisational Development", "Sept 2024 – March 2025",
             "Benchmarking complete; proposals go to Staffing Committee in January.", "Amber"),
        ]),
        ("3. Strengthen Member oversight of performance and risk.", [
            ("Introduce a quarterly performance and risk report to the Audit and Scrutiny Committee.",
             "Performance and Risk Officer", "Quarterly", "First report presented in June 2024 and each quarter since.", "On track"),
            ("Deliver Member training on risk management.",
             "Monitoring Officer", "November 2024", "Training booked for 21 November 2024.", "On track"),
        ]),
        ("4. Make the most of the Authority's commercial and visitor income opportunities.", [
            ("Complete an options appraisal for car park charging and for the visitor centre at Brockhole.",
             "JM / SH", "End of December 2024", "Appraisal under way; consultants appointed in August.", "Amber"),
        ]),
        ("5. Continue to improve engagement with local communities, including on planning matters.", [
            ("Launch a Planning Customer Forum for agents and parish councils.",
             "Head of Development Management", "April 2024", "First forum held on 18 April 2024; meets twice a year.", "Complete"),
            ("Hold an annual ‘Meet the Authority’ event in each of the four areas of the National Park.",
             "Head of Communications", "Annually", "Two events held in 2024; the remaining two are planned for spring 2025.", "On track"),
        ]),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    hdr_row(t, ["Peer challenge recommendation", "Action", "Lead", "By when", "Progress update – October 2024", "Status"])
    col = {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000"}
    for rec, acts in recs:
        first = None
        for i, (a, lead, when, prog, st) in enumerate(acts):
            cells = t.add_row().cells
            cells[0].text = rec if i == 0 else ""
            cells[1].text = a; cells[2].text = lead; cells[3].text = when; cells[4].text = prog; cells[5].text = st
            shade(cells[5], col[st])
            if i == 0:
                first = cells[0]
            else:
                first = first.merge(cells[0])
    d.add_paragraph("")
    d.add_paragraph("Status: Complete – action finished; On track – progressing to timescale; Amber – behind timescale but recoverable; Red – at risk.")
    d.add_paragraph("Leads: JM – Director of Commercial Services; SH – Head of Visitor Experience.")
    d.save(P("dy2-lake-district-npa-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6. Glasgow City ADP MAT standards (xlsx)
def glasgow():
    wb = Workbook(); ws = wb.active; ws.title = "MAT Improvement Plan"
    ws["A1"] = "Glasgow City Alcohol and Drug Partnership – MAT Standards Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update: Quarter 3 (to 31 December 2024)"
    cols = ["Ref", "Action", "Lead", "Start date", "Completion date", "Progress update", "Previous RAG", "Current RAG"]
    header(ws, 4, cols, [7, 48, 28, 12, 14, 48, 10, 10])
    F = {4: "dd/mm/yyyy", 5: "dd/mm/yyyy"}
    r = 5

    def band(text):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True); c.fill = FILL["H"]
        r += 1

    def act(vals, fmt5=None):
        nonlocal r
        f = dict(F)
        if fmt5:
            f[5] = fmt5
        put(ws, r, vals, f)
        for k in (7, 8):
            v = vals[k - 1]
            if v:
                ws.cell(row=r, column=k).fill = FILL[v]
        r += 1

    band("MAT Standard 1 – Same day access: all people accessing services have the option to start MAT from the same day of presentation")
    act(("1.1", "Extend same-day prescribing clinics to the North East Community Addiction Team on three days a week.",
         "Service Manager (North East)", D(2024, 4, 1), D(2024, 9, 30),
         "Same-day clinics running Monday, Wednesday and Friday since August 2024.", "G", "B"))
    act(("1.2", "Agree a same-day pathway for people who present at Emergency Departments.",
         "Clinical Director / Head of Addictions", D(2024, 6, 1), D(2025, 3, 31),
         "Pathway drafted; awaiting sign-off by the Acute Services Division.", "A", "A"))
    band("MAT Standard 3 – Assertive outreach and anticipatory care")
    act(("3.1", "Implement a near-fatal overdose response so that people are contacted within 72 hours of an incident.",
         "Crisis Outreach Service Manager", D(2024, 4, 1), D(2024, 12, 1),
         "Response live across the city; 87% of people contacted within 72 hours in Q3.", "A", "G"), fmt5="mmm-yy")
    act(("3.2", "Share non-fatal overdose data with Police Scotland and the Scottish Ambulance Service under an agreed information-sharing protocol.",
         "ADP Coordinator", D(2024, 7, 1), D(2025, 3, 31),
         "Protocol at legal review with NHS GGC Information Governance; risk that Q4 target is missed.", "A", "R"))
    r += 1
    band("MAT Standard 6 – Psychologically informed care")
    act(("6.1", "Roll out level 1 psychologically informed care training to all recovery hub staff.",
         "Consultant Clinical Psychologist", D(2024, 4, 1), "Ongoing",
         "312 staff trained to date; training continues for new starters.", "G", "G"))
    act(("6.2", "Establish reflective practice sessions for keyworkers in each locality.",
         "Consultant Clinical Psychologist", D(2024, 10, 1), D(2025, 6, 30),
         "Not yet started – facilitators being identified.", None, None))
    band("MAT Standards 7 to 10 – Primary care, independent advocacy, mental health and trauma-informed care")
    act(("7.1", "Expand shared care arrangements with GP practices to a further 15 practices.",
         "GP Clinical Lead for Addictions", D(2024, 4, 1), D(2025, 3, 31),
         "11 of the 15 practices signed up; remaining four in discussion.", "G", "G"))
    act(("9.1", "Agree a joint protocol between Community Addiction Teams and Community Mental Health Teams for people with co-occurring conditions.",
         "Head of Mental Health Services and Head of Addictions", D(2024, 4, 1), D(2025, 2, 28),
         "Draft protocol tested with two teams; final version to the ADP in February.", "R", "A"))
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "B – complete"), ("G", "G – on track"), ("A", "A – some risk to delivery"),
                                  ("R", "R – significant risk / off track")], 1):
        c = ws.cell(row=r + i, column=1, value=k); c.fill = FILL[k]
        ws.cell(row=r + i, column=2, value=txt)
    wb.save(P("dy2-glasgow-city-adp-mat-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 7. Bridgend scrutiny recs tracker (xlsx)
def bridgend():
    wb = Workbook(); ws = wb.active; ws.title = "Recommendations"
    ws.merge_cells("A1:H1"); ws.merge_cells("A2:H2")
    ws["A1"] = "Subject Overview and Scrutiny Committee 3 – Review of Empty Properties: Recommendations Monitoring"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bridgend County Borough Council. Updated for the Committee meeting of 6 February 2025."
    cols = ["Rec No.", "Scrutiny recommendation", "Cabinet response", "Action to implement", "Responsible officer",
            "Target date", "Progress update", "Status"]
    header(ws, 4, cols, [8, 44, 14, 44, 26, 14, 44, 10])
    rows = [
        (1, "That the Council adopts an Empty Homes Strategy with clear targets for bringing long-term empty properties back into use.",
         "Accepted", "Draft an Empty Homes Strategy 2024–2029 for consultation and Cabinet approval.",
         "Group Manager – Housing", D(2024, 10, 1), "mmm-yy", "Strategy approved by Cabinet on 15 October 2024.", "G"),
        (2, "That the long-term empty homes premium on council tax is reviewed to encourage owners to bring properties back into use.",
         "Accepted", "Report options for the long-term empty homes premium to Cabinet alongside the 2025/26 budget.",
         "Head of Finance and Section 151 Officer", D(2025, 2, 28), "dd/mm/yyyy",
         "Options report being prepared; modelling of 100%, 200% and 300% premiums complete.", "A"),
        (3, "That a dedicated Empty Homes Officer post is created.",
         "Partially accepted", "Fund a fixed-term Empty Homes Officer for two years from existing housing budgets.",
         "Group Manager – Housing", D(2024, 9, 1), "dd/mm/yyyy",
         "Recruitment unsuccessful in the first round; post re-advertised in January 2025.", "R"),
        (4, "That the Council makes greater use of enforcement powers, including Empty Dwelling Management Orders, where owners do not engage.",
         "Accepted", "Agree an enforcement protocol between Housing, Shared Regulatory Services and Legal.",
         "Group Manager – Housing / SRS Team Manager", "By 31 March 2025", None,
         "Protocol drafted and shared with Legal for comment.", "A"),
        (5, "That the Welsh Government's national Empty Homes Grant is actively promoted to owners.",
         "Accepted", "Write to all owners of properties empty for more than 12 months about the Empty Homes Grant and Houses into Homes loans.",
         "Empty Homes Officer", D(2024, 11, 1), "mmm-yy",
         "Letters sent to 642 owners in November 2024; 37 enquiries received so far.", "G"),
        (6, "That progress against these recommendations is reported to the Committee every six months.",
         "Accepted", "Provide a six-monthly update to Subject Overview and Scrutiny Committee 3.",
         "Scrutiny Officer", "Six-monthly", None, "First update at this meeting.", None),
    ]
    r = 5
    for no, rec, resp, act, lead, when, fmt, prog, fill in rows:
        put(ws, r, (no, rec, resp, act, lead, when, prog, None), {6: fmt} if fmt else None)
        if fill:
            ws.cell(row=r, column=8).fill = FILL[fill]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for i, (k, txt) in enumerate([("G", "Completed"), ("A", "In progress"), ("R", "Not started / delayed")], 1):
        ws.cell(row=r + i, column=1).fill = FILL[k]
        ws.cell(row=r + i, column=2, value=txt)
    wb.save(P("dy2-bridgend-cbc-scrutiny-empty-properties-review-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    south_downs(); coastline(); swansea(); gwynedd(); lake_district(); glasgow(); bridgend()
