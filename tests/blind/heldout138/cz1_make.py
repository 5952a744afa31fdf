"""Generate the cz1- case documents (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000", "H": "1F3864", "S": "D9E1F2", "N": "D9D9D9"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]; c.alignment = WRAP; c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt


def band(ws, row, text, ncol, fill="S"):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = FILL[fill]; ws.cell(row=row, column=i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


# ---------------------------------------------------------------- 1 Plumpton College PIAP (xlsx)
def plumpton():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2024-25"
    ws["A1"] = "Plumpton College"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Post-Inspection Action Plan (PIAP) – Ofsted inspection March 2024"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated: 14 October 2024     Plan owner: Vice Principal Quality     Monitored by: Quality and Standards Committee"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    hdr(ws, 5, ["Ref", "Action", "Lead", "Impact measure", "Target date", "Revised target", "Progress update (Oct 2024)", "RAG"],
        [7, 48, 22, 34, 12, 12, 48, 11])
    rows = [
        ("band", "AFI 1 – Leaders and managers should ensure that teachers use information about learners with high needs to plan learning that helps them make swift progress towards their EHCP outcomes."),
        ("1.1", "Review and update learner profiles for all high needs learners so that EHCP outcomes are broken down into termly targets and shared with curriculum teams.", "Head of Inclusion", "100% of high needs learners have termly targets visible to teachers", D(2024, 11, 30), None, "All 142 profiles reviewed; termly targets now visible in ProMonitor for every learner.", "Complete", "B"),
        ("1.2", "Deliver CPD to all teaching staff on planning for learners with SEND, including adapting resources and deploying learning support assistants effectively.", "HoI / Head of Teaching & Learning", "Learning walks show adaptive planning in 90% of sessions", D(2025, 1, 31), None, "Two of three CPD sessions delivered; final session booked for the January staff development day.", "G", "G"),
        ("1.3", "Include progress towards EHCP outcomes in curriculum area reviews and learning walks.", "Quality Manager", "Curriculum area reviews report EHCP progress for every area", "Summer term 2025", None, "Learning walk template updated. First round of reviews delayed by staffing changes in Foundation Learning.", "A", "A"),
        ("band", "AFI 2 – Leaders should ensure that apprentices receive their full entitlement to off-the-job training and that employers are involved in reviewing apprentices' progress."),
        ("2.1", "Introduce a monthly off-the-job hours monitoring report for every apprenticeship standard and share it with programme leads.", "Head of Apprenticeships", "All apprentices on track for planned OTJ hours", D(2024, 9, 30), None, "Report live since September; 94% of apprentices on track for off-the-job hours.", "Complete", "B"),
        ("2.2", "Hold tripartite progress reviews at least every 12 weeks with employer attendance recorded on Aptem.", "Apprenticeship Coordinators", "95% of reviews on time with employer present", "Ongoing", None, "89% of reviews held on time in Q1; employer attendance recorded in all reviews held.", "G", "G"),
        ("2.3", "Provide employer briefings on off-the-job training requirements for land-based and equine apprenticeships.", "Employer Engagement Manager", "All employers briefed", D(2024, 12, 31), D(2025, 3, 31), "Briefing pack drafted. Employer breakfast events moved to spring to avoid lambing and the autumn show season.", "A", "A"),
        ("blank",),
        ("band", "AFI 3 – Leaders should ensure that learners on study programmes attend their English and mathematics lessons regularly."),
        ("3.1", "Introduce same-day follow-up of absence from English and maths lessons by progress coaches, with contact to parents and carers after two absences.", "Head of Student Services", "Attendance at English and maths of 88% or above", D(2024, 10, 31), None, "Follow-up process in place from the start of term; attendance at 86% at half term, up from 79%.", "G", "G"),
        ("3.2", "Timetable English and maths lessons alongside vocational sessions on main campus days rather than as stand-alone sessions.", "Director of Curriculum", "No stand-alone English or maths days on timetables", D(2024, 8, 31), None, "2024/25 timetables built on this basis.", "Complete", "B"),
        ("3.3", "Report attendance in English and maths to the Quality and Standards Committee each half term.", "VP Quality", "Governors receive attendance data each half term", "Half-termly", None, "First report presented on 8 October 2024.", "G", "G"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], 8); ws.row_dimensions[r].height = 32
        elif row[0] == "blank":
            pass
        else:
            put(ws, r, list(row[:8]), "mmm-yy")
            ws.cell(row=r, column=8).fill = FILL[row[8]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete = action completed and impact evidenced; G = on track; A = some slippage against target date; R = significantly off track").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(os.path.join(OUT, "cz1-plumpton-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 QUB internal audit tracker (csv)
def qub():
    p = os.path.join(OUT, "cz1-queens-university-belfast-internal-audit-recommendations-tracker.csv")
    hdrs = ["Ref", "Audit", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
            "Original Target Date", "Revised Target Date", "RAG", "Update"]
    rows = [
        ["2324-04.1", "Research Grant Income (2324-04)", "Medium",
         "Grant budgets on the research finance system should be reconciled to the award letter at set-up and signed off by a second officer.",
         "Introduce a second-officer check of award set-up with evidence retained on the grant file, and update the Research Finance procedures manual.",
         "Head of Research Finance", "31/12/2024", "", "Complete",
         "Check introduced from 1 October 2024. Procedures manual v3.2 published on the Finance SharePoint site."],
        ["2324-04.2", "Research Grant Income (2324-04)", "High",
         "Overspent grant accounts should be reviewed monthly and cleared within 90 days of the grant end date.",
         "Produce a monthly overspend report for School Managers and escalate balances over 90 days to the Director of Finance.",
         "Head of Research Finance / School Managers", "30/09/2024", "31/03/2025", "Amber",
         "Monthly report in place. 14 legacy accounts still to be cleared; target revised to allow write-off decisions at year end."],
        ["2324-09.1", "Student Visa Compliance (2324-09)", "High",
         "Engagement monitoring for sponsored students should be completed at each contact point and exceptions followed up within ten working days.",
         "Roll out the engagement monitoring dashboard to all Schools and issue revised guidance on follow-up timescales.",
         "Head of Immigration Compliance", "31/01/2025", "", "Green",
         "Dashboard live in 12 of 15 Schools; the remaining three Schools are scheduled for January."],
        ["2324-09.2", "Student Visa Compliance (2324-09)", "Medium",
         "Copies of right to study documents should be held on file for all sponsored students.",
         "Complete a one-off check of sponsored student records and obtain any missing documents.",
         "Immigration Compliance Manager", "31/10/2024", "", "Complete",
         "Check of 3,412 records completed; 27 missing documents obtained."],
        ["2425-02.1", "IT Asset Management (2425-02)", "Medium",
         "A complete register of end-user devices should be maintained and reconciled to the fixed asset register at least annually.",
         "Procure and implement an automated asset discovery tool and reconcile its output to the fixed asset register.",
         "Head of IT Infrastructure", "30/06/2025", "", "Green",
         "Tool procured in September; implementation planned for Q1 2025."],
        ["2425-02.2", "IT Asset Management (2425-02)", "Low",
         "Devices issued to leavers should be returned and securely wiped before the leaver's last day.",
         "Link the HR leavers notification to the IT Service Desk so that a device recovery ticket is raised automatically.",
         "IT Service Desk Manager; HR Systems Manager", "31/03/2025", "", "Red",
         "Not started - dependent on the HR system upgrade, which has been delayed to summer 2025."],
        ["2425-05.1", "Payroll (2425-05)", "High",
         "Changes to employee bank details should be verified by call-back to a known telephone number before being processed.",
         "Implement call-back verification for all bank detail changes and record the evidence on the payroll change form.",
         "Payroll Manager", "30/11/2024", "", "Complete",
         "Call-back verification in place since 4 November 2024; tested by Internal Audit with no exceptions."],
    ]
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Queen's University Belfast - Internal Audit Recommendations Tracker"] + [""] * 9)
        w.writerow(["Position at 31 October 2024 - Audit and Risk Committee 26 November 2024"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdrs)
        w.writerows(rows)


# ---------------------------------------------------------------- 3 NUH CQC maternity (xlsx, refuse)
def nuh():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Nottingham University Hospitals NHS Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Maternity Inspection (June/July 2024) – Must Do / Should Do Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Executive lead: Chief Nursing Officer     Reporting to: Quality Assurance Committee     Version 4 – 11 December 2024"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    hdr(ws, 5, ["Ref", "Must do / Should do", "Action", "Lead", "Due date", "Revised date", "Progress update", "BRAG"],
        [7, 40, 46, 28, 13, 13, 46, 9])
    rows = [
        ("band", "MUST DO – Queen's Medical Centre (QMC)"),
        ("MD1", "The trust must ensure that infection prevention and control procedures are followed, including the timely changing of privacy curtains. (Regulation 12)", "Introduce dated labels for all disposable curtains and a weekly curtain audit on each maternity ward.", "Matron, Inpatient Maternity QMC", D(2024, 9, 30), None, "Labels in use on all wards; audit compliance 96% in November.", "B"),
        ("MD1", None, "Replace the remaining cotton curtains on Labour Suite with disposable curtains.", "Estates & Facilities Manager", D(2024, 12, 31), None, "Order placed; fitting booked for w/c 16 December.", "G"),
        ("MD2", "The trust must ensure that emergency equipment is checked daily in line with trust policy. (Regulation 12)", "Move resuscitaire and emergency trolley checks to the electronic checklist with weekly ward manager review.", "Ward Managers", D(2024, 11, 30), None, "Electronic checklist live on all QMC maternity areas; compliance 98%.", "B"),
        ("MD3", "The trust must ensure that medicines are stored safely and that fridge temperatures are monitored and acted on. (Regulation 12)", "Install remote temperature monitoring on all maternity medicines fridges with alerts to the ward and pharmacy.", "Lead Pharmacist – Women's & Children's", "Febuary 2025", None, "Business case approved; installation programmed with the supplier.", "A"),
        ("band", "MUST DO – Nottingham City Hospital (NCH)"),
        ("MD4", "The trust must ensure that expressed breast milk is stored, labelled and checked safely. (Regulation 12)", "Introduce barcode scanning for expressed breast milk and a twice-daily milk fridge check.", "Neonatal Matron", D(2024, 10, 31), None, "Scanning live since October; audit shows full compliance.", "B"),
        ("MD5", "The trust must ensure that equipment is serviced and safety tested within the manufacturer's timescales. (Regulation 12)", "Complete an inventory of maternity equipment against the medical engineering database and service all overdue items.", "Medical Engineering Manager", D(2025, 1, 31), None, "Inventory complete; 31 of 44 overdue items serviced.", "G"),
        ("band", "SHOULD DO"),
        ("SD1", "The trust should continue to recruit midwives to fill vacancies and reduce reliance on bank staff.", "Deliver the international recruitment programme and a rolling preceptorship intake.", "Director of Midwifery", D(2025, 3, 31), D(2025, 6, 30), "Vacancy rate down to 6.2%; second international cohort arrives in April.", "G"),
        ("SD2", "The trust should ensure that all staff complete mandatory training, including PROMPT and fetal monitoring.", "Add protected training days to the maternity rota and report compliance monthly to the Maternity Governance Group.", "Practice Development Midwife", D(2025, 3, 31), None, "PROMPT compliance 87%; fetal monitoring 91% against a 90% target.", "A"),
    ]
    r = 6; md1_first = None
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], 8)
        else:
            put(ws, r, list(row[:7]) + [None], "dd/mm/yyyy")
            ws.cell(row=r, column=8, value=row[7]).fill = FILL[row[7]]
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            if row[0] == "MD1" and row[1] is not None:
                md1_first = r
            if row[0] == "MD1" and row[1] is None:
                ws.merge_cells(start_row=md1_first, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: B = complete and evidenced; G = on track; A = at risk of delay; R = off track / not started").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(os.path.join(OUT, "cz1-nottingham-university-hospitals-cqc-maternity-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 Derbyshire FRS HMICFRS AFIs (xlsx)
def dfrs():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Derbyshire Fire & Rescue Service – HMICFRS Inspection 2023-25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress as at 30 September 2024 – for Fire Authority Audit Committee"; ws.merge_cells("A2:G2")
    hdr(ws, 4, ["Ref", "Area for improvement", "Action", "Owner", "Target date", "Status", "Latest update"],
        [6, 42, 46, 30, 16, 13, 46])
    st = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R", "Not started": "N"}
    groups = [
        ("EFFECTIVENESS", [
            ("The service should make sure its fire protection inspections are completed in line with its risk-based inspection programme.", [
                ("1.1", "Recruit and train four additional fire safety inspectors to deliver the RBIP target of 1,200 audits a year.", "Head of Prevention and Protection", D(2025, 3, 31), "On track", "Three inspectors appointed and in development; fourth post out to advert."),
                ("1.2", "Introduce monthly RBIP performance reporting to the Service Leadership Team.", "Protection Group Manager", D(2024, 7, 31), "Complete", "Monthly report presented to SLT since July 2024."),
            ]),
            ("The service should make sure it has an effective system to share operational learning from incidents and exercises with all staff.", [
                ("2.1", "Implement the new operational learning platform and train all station managers in its use.", "Area Manager Operational Assurance", "Q4 2024/25", "At risk", "Platform configured; training slipped because of supplier delays."),
                ("2.2", "Publish a quarterly operational learning bulletin for all operational staff.", "Operational Assurance Team", "Quarterly", "On track", "Second edition issued in September."),
            ]),
        ]),
        ("EFFICIENCY", [
            ("The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of its collaborations.", [
                ("3.1", "Develop a collaboration evaluation framework and apply it to the shared estates and Joint Control arrangements.", "Head of Corporate Services", D(2024, 9, 30), "Complete", "Framework agreed by SLT; first evaluations reported to the Authority in September."),
            ]),
        ]),
        ("PEOPLE", [
            ("The service should improve its values and culture so that all staff feel able to challenge inappropriate behaviour.", [
                ("4.1", "Launch an independent, confidential reporting line for staff.", "Director of People", D(2024, 5, 31), "Complete", "Reporting line launched in May; 11 contacts to date."),
                ("4.2", "Deliver Active Bystander training to all supervisory managers and above.", "Head of Organisational Development", D(2024, 12, 31), "On track", "212 of 305 managers trained."),
            ]),
            ("The service should make sure its workforce plan considers future skills needs, including succession planning for middle managers.", [
                ("5.1", "Refresh the Strategic Workforce Plan and agree it at the People Committee.", "Director of People / Head of HR", D(2024, 10, 31), "At risk", "Draft prepared; committee date moved to November."),
                ("5.2", "Introduce a talent pipeline programme for crew and watch managers.", "Head of Organisational Development", "Sept 2024 – March 2025", "Not started", "Programme design awaiting the refreshed workforce plan."),
            ]),
        ]),
    ]
    r = 5
    for pillar, afis in groups:
        band(ws, r, pillar, 7); r += 1
        for afi, acts in afis:
            first = r
            for ref, act, own, due, status, upd in acts:
                put(ws, r, [ref, afi if r == first else None, act, own, due, status, upd], "dd/mm/yyyy")
                ws.cell(row=r, column=6).fill = FILL[st[status]]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="Status key").font = Font(bold=True); r += 1
    for k in ["Complete", "On track", "At risk", "Off track", "Not started"]:
        ws.cell(row=r, column=2, value=k).fill = FILL[st[k]]
        ws.cell(row=r, column=3, value={"Complete": "Action complete", "On track": "Progressing to target date",
                                         "At risk": "Target date at risk (amber)", "Off track": "Target date will be missed (red)",
                                         "Not started": "Work not yet begun"}[k])
        r += 1
    wb.save(os.path.join(OUT, "cz1-derbyshire-frs-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(h); run.bold = True; shade(c, "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v if v else ""
    return t


HEX = {"G": "70AD47", "A": "FFC000", "R": "FF0000", "B": "5B9BD5", "N": "D9D9D9"}


# ---------------------------------------------------------------- 5 Harper Adams (docx)
def harper():
    doc = Document()
    doc.add_paragraph("Harper Adams University").runs[0].bold = True
    doc.add_heading("Post-Inspection Action Plan: Ofsted Inspection of Apprenticeship Provision (November 2023)", level=1)
    doc.add_paragraph("Ofsted inspected the University's apprenticeship provision in November 2023 and judged it to be good. "
                      "This plan sets out the actions the University is taking in response to the areas for improvement "
                      "identified in the report. Progress is reviewed monthly by the Apprenticeships Steering Group and reported "
                      "to the Education Committee.")
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["1.0", "22/01/2024", "Apprenticeship Quality Manager", "Apprenticeships Steering Group"],
           ["1.3", "03/06/2024", "Apprenticeship Quality Manager", "Education Committee"]])
    themes = [
        ("Theme 1: Quality of education", [
            ("AFI 1 – Leaders should ensure that tutors use the information they gather about apprentices' starting points to plan training that builds on apprentices' existing knowledge and skills.", [
                ("1.1", "Revise the initial skills scan for each apprenticeship standard so that it is mapped to the knowledge, skills and behaviours (KSBs).", "Apprenticeship Quality Manager", "February 2024", "Revised skills scans in use for all new starts from February.", "G"),
                ("1.2", "Use skills scan outcomes to produce an individual training plan for every apprentice, reviewed at each progress review.", "Programme Leads", "April 2024", "Individual plans in place for new starts; existing apprentices being moved across by cohort.", "A"),
            ]),
            ("AFI 2 – Leaders should make sure that apprentices receive useful feedback on their written work so that they improve the quality of their assignments.", [
                ("2.1", "Introduce a university-wide feedback standard for apprenticeship assignments and moderate a sample of feedback each term.", "Head of Apprenticeships; Academic Quality Lead", "Termly", "Feedback standard approved in March. First moderation found feedback improving but still too brief in two programmes.", "A"),
            ]),
        ]),
        ("Theme 2: Leadership and management", [
            ("AFI 3 – Leaders and governors should ensure that they have clear oversight of apprentices' progress, including those who are past their planned end date.", [
                ("3.1", "Develop a Power BI dashboard showing progress, breaks in learning and apprentices past their planned end date, by standard.", "R. Mason", "31 March 2024", "Dashboard live and used at monthly Steering Group meetings.", "G"),
                ("3.2", "Report apprenticeship performance to the Education Committee at each meeting.", "Pro Vice-Chancellor (Education)", "Each meeting", "Standing report from the February meeting onwards; format being refined.", "A"),
                ("3.3", "Agree an individual completion plan with every apprentice who is beyond their planned end date.", "Programme Leads", "End of July 2024", "Plans agreed for 19 of 41 apprentices. Employer availability has slowed progress.", "R"),
            ]),
            ("AFI 4 – Leaders should ensure that apprentices develop their knowledge of the risks of radicalisation and extremism relevant to their workplace and the rural sector.", [
                ("4.1", "Add a Prevent topic to every progress review agenda, using rural-sector case studies.", "Designated Safeguarding Lead", "June 2024", "Topic added to review templates; case studies produced with the regional Prevent coordinator.", "G"),
            ]),
        ]),
    ]
    for theme, afis in themes:
        doc.add_heading(theme, level=2)
        for afi, acts in afis:
            p = doc.add_paragraph(); p.add_run(afi).bold = True
            t = table(doc, ["No.", "Action", "Responsible", "By when", "Progress update", "RAG"],
                      [[a[0], a[1], a[2], a[3], a[4], ""] for a in acts])
            for i, a in enumerate(acts, 1):
                shade(t.rows[i].cells[5], HEX[a[5]])
            doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – action complete; Amber – in progress; Red – behind schedule or at risk.")
    doc.save(os.path.join(OUT, "cz1-harper-adams-university-ofsted-apprenticeships-piap.docx"))


# ---------------------------------------------------------------- 6 North Lanarkshire ASP (docx)
def nlan():
    doc = Document()
    doc.add_heading("North Lanarkshire Adult Protection Committee", level=1)
    doc.add_heading("Joint Inspection of Adult Support and Protection – Improvement Plan", level=2)
    doc.add_paragraph("The Care Inspectorate, Healthcare Improvement Scotland and HM Inspectorate of Constabulary in Scotland "
                      "published their report on adult support and protection in North Lanarkshire in 2024. The report identified "
                      "clear strengths and a number of priority areas for improvement. This plan sets out how the partnership "
                      "will respond and is monitored by the Adult Protection Committee (APC) at each meeting.")
    table(doc, ["Document status", "Version", "Date"], [["Approved by APC", "2.1", "12 November 2024"]])
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Improvement action", "Lead", "Timescale", "Progress", "RAG"]):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "BDD7EE")
    sections = [
        ("1. The partnership should improve the quality and consistency of chronologies in adult support and protection records.", [
            ("1.1", "Agree a single multi-agency chronology template and practice guidance for adult support and protection.", "APC Practice Development Sub-group Chair", "Dec 2024", "Template and guidance approved by the APC in October 2024.", "Complete", "B"),
            ("1.2", "Deliver chronology training to council officers and to health staff involved in adult protection.", "Learning & Development Manager / NHSL Public Protection Lead", "March 2025", "Four sessions delivered to 96 staff; further sessions booked for February.", "Green", "G"),
            ("1.3", "Audit a sample of 40 case files for chronology quality and report the findings to the APC.", "Adult Protection Service Manager", "June 2025", "Audit tool agreed. Audit start moved to April to allow the new template to bed in.", "Amber", "A"),
        ]),
        ("2. The partnership should ensure that adult protection case conferences are consistently attended by key agencies, including Police Scotland and health.", [
            ("2.1", "Introduce attendance monitoring for all case conferences, with quarterly reporting to the APC.", "Adult Protection Service Manager", "Oct 2024", "Monitoring in place; first quarterly report presented in November.", "Complete", "B"),
            ("2.2", "Agree a protocol for police attendance at initial case conferences, including remote attendance.", "Detective Chief Inspector (Q Division PPU)", "January 2025", "Draft protocol out for consultation.", "Green", "G"),
        ]),
        ("3. Strategic leaders should strengthen the involvement of adults with lived experience and unpaid carers in adult protection planning.", [
            ("3.1", "Commission the independent advocacy provider to set up a lived experience reference group.", "Adult Protection Lead Officer", "August 2025", "Specification drafted; funding to be confirmed in the 2025/26 budget.", "Amber", "A"),
            ("3.2", "Add a standing item on feedback from adults and carers to APC agendas.", "APC Chair", "Ongoing", "Standing item from the November 2024 meeting.", "Green", "G"),
        ]),
        ("4. The partnership should develop its multi-agency quality assurance framework so that self-evaluation leads to measurable improvement.", [
            ("4.1", "Approve and implement a multi-agency quality assurance framework and annual audit calendar.", "APC Quality Assurance Sub-group", "30/09/2025", "", "Not started", "N"),
        ]),
    ]
    for head, acts in sections:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = ""; m.paragraphs[0].add_run(head).bold = True; shade(m, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for i in range(6):
                cells[i].text = a[i]
            shade(cells[5], HEX[a[6]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete – action completed; Green – on track; Amber – some delay; Red – significant delay or risk; Not started.")
    doc.save(os.path.join(OUT, "cz1-north-lanarkshire-asp-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- 7 Bishop Grosseteste ITE (txt, tab-separated)
def bgu():
    lines = [
        "Bishop Grosseteste University - ITE Improvement Plan 2024-25 (following Ofsted ITE inspection)",
        "Exported from the ITE Partnership tracker 04/11/2024",
        "",
        "Ref\tArea for improvement\tAction\tLead\tDeadline\tProgress\tRAG",
        "Primary phase",
        "P1.1\tLeaders should ensure that the centre-based curriculum for early reading is consistently reinforced through trainees' school placements.\tRevise the placement handbook so that each school-based training week includes a directed early reading task linked to the centre-based session.\tPrimary Programme Lead\tSept 2024\tHandbook revised and issued to all partnership schools.\tComplete",
        "P1.2\t\tRun two phonics development sessions a year for mentors in partnership schools.\tAH/KT\tJan 2025\tFirst session held on 15 October with 63 mentors attending.\tOn track",
        "P2.1\tLeaders should ensure that mentors give trainees precise feedback that is linked to the training curriculum.\tIntroduce checks on the quality of mentor feedback by link tutors during each placement visit.\tPartnership Director\tOngoing\tChecks started in autumn; early findings show feedback is too general in a minority of schools.\tAmber",
        "",
        "Secondary phase",
        "S1.1\tLeaders should ensure that trainees in all subjects are taught how to adapt their teaching for pupils with special educational needs and/or disabilities.\tMap adaptive teaching content across all subject-specific sessions and fill the gaps identified.\tSecondary Programme Lead\t31/12/2024\tMapping complete for 7 of 9 subjects.\tGreen",
        "S1.2\t\tCo-deliver SEND sessions with specialist partnership schools.\tJM\tSpring term 2025\tTwo special schools have agreed to host sessions; dates being finalised.\tAmber",
        "S2.1\tLeaders should strengthen quality assurance of school placements so that all trainees receive consistently high-quality training.\tIntroduce a placement quality rating for partnership schools and a support plan for any school rated red.\tDirector of ITE / Head of Partnership\tMarch 2025\tRating criteria not yet agreed with the Partnership Board.\tRed",
        "S2.2\t\tReport placement quality to the ITE Strategic Partnership Board each term.\tDirector of ITE\tTermly\tFirst report due at the December Board.\tGreen",
        "",
        "RAG: Complete = action completed; Green/On track = progressing to deadline; Amber = some delay; Red = significant concern",
    ]
    with open(os.path.join(OUT, "cz1-bishop-grosseteste-university-ofsted-ite-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    plumpton(); qub(); nuh(); dfrs(); harper(); nlan(); bgu()
