# Generator for the c1- blind cases (written without looking at the importer).
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fill(hex_):
    return PatternFill("solid", fgColor=hex_)

# ---------------------------------------------------------------- 1. FRS Gantt
def frs_gantt():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    months = [D(2024, m, 1) for m in range(4, 13)] + [D(2025, m, 1) for m in range(1, 4)]
    ws["A1"] = "Northmarsh Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Inspection 2023/24 – Improvement Plan (Areas for Improvement)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 December 2024 – reported to Fire Authority Audit and Governance Committee"
    hdr = ["Ref", "Area for improvement", "Action", "Owner"] + months + ["RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = HDR_FONT; cell.fill = HDR_FILL; cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
        if isinstance(h, D):
            cell.number_format = "mmm-yy"
    last = len(hdr)
    rows = [
        ("band", "EFFECTIVENESS"),
        ("E1.1", "The service should ensure it has an effective system to identify and prioritise the most vulnerable people for home fire safety checks.",
         "Review the home fire safety check risk-scoring tool using partner data from adult social care.", "AM Prevention", (0, 5), "Complete"),
        ("E1.2", None, "Introduce quarterly quality assurance of home fire safety visits by station managers.",
         "Head of Prevention / Station Managers", (3, 8), "Green"),
        ("E2.1", "The service should make sure its risk-based inspection programme targets the highest-risk premises.",
         "Refresh the risk-based inspection programme using the national premises risk methodology.", "Head of Protection", (2, 9), "Amber"),
        ("E2.2", None, "Recruit and train four additional fire safety inspectors.", "Head of Protection; HR Business Partner", (5, 11), "Red"),
        ("band", "EFFICIENCY"),
        ("F1.1", "The service should make sure it has enough on-call firefighters to maintain fire engine availability.",
         "Launch an on-call recruitment campaign targeted at stations with availability below 75%.", "GM Response", (0, 6), "Green"),
        ("F1.2", None, "Implement a new on-call availability system and dashboard.", "ICT Programme Manager", (6, 10), "Amber"),
        ("band", "PEOPLE"),
        ("P1.1", "The service should improve how it monitors and records the maintenance of operational competence.",
         "Migrate all competence records to the new training management system.", "Head of Training", (1, 7), "Complete"),
        ("P1.2", None, "Audit 10% of competence records each quarter and report findings to the People Board.", "GM Training", (8, 11), None),
        ("P2.1", "The service should make sure staff understand the purpose and benefits of its equality, diversity and inclusion programme.",
         "Deliver EDI awareness sessions to all watches and support teams.", "EDI Manager", (0, 4), "Complete"),
    ]
    r = 6
    shade = fill("BFBFBF")
    ragfill = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    afi_start = None
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = BOLD
            for c in range(1, last + 1):
                ws.cell(r, c).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
            r += 1; afi_start = None; continue
        ref, afi, action, owner, (s, e), rag = row
        ws.cell(r, 1, ref); ws.cell(r, 3, action); ws.cell(r, 4, owner)
        if afi:
            ws.cell(r, 2, afi); afi_start = r
        else:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
        for i in range(s, e + 1):
            ws.cell(r, 5 + i).fill = shade
        ws.cell(r, 5 + e, "X").alignment = Alignment(horizontal="center")
        if rag:
            ws.cell(r, last, rag).fill = fill(ragfill[rag])
        for c in range(1, last + 1):
            ws.cell(r, c).border = BOX
            if c <= 4:
                ws.cell(r, c).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Key: shaded cells = planned activity; X = target completion month.")
    ws.cell(r + 1, 1, "RAG: Complete = action delivered and evidenced; Green = on track; Amber = some slippage, expected to recover; Red = off track, escalated to Strategic Leadership Board.")
    ws.column_dimensions["A"].width = 7; ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 45; ws.column_dimensions["D"].width = 22
    for c in range(5, 5 + 12):
        ws.column_dimensions[get_column_letter(c)].width = 7
    ws.column_dimensions[get_column_letter(last)].width = 10
    ws.freeze_panes = "E6"
    wb.save(os.path.join(OUT, "c1-frs-hmicfrs-gantt-timeline.xlsx"))

# ---------------------------------------------------------------- 2. ASC workbook
def asc_workbook():
    wb = Workbook(); s = wb.active; s.title = "Summary"
    s["A1"] = "Westmere Council – Adult Social Care CQC Assessment Improvement Plan"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Progress report to Adult Social Care and Health Scrutiny Committee – March 2025"
    hdr = ["Theme", "Achieved", "On track", "Slippage", "Off track", "Total actions"]
    for c, h in enumerate(hdr, 1):
        x = s.cell(4, c, h); x.font = HDR_FONT; x.fill = HDR_FILL
    counts = [("1. Working with people", 1, 1, 1, 0), ("2. Providing support", 1, 1, 0, 1),
              ("3. Ensuring safety", 1, 1, 0, 0), ("4. Leadership", 1, 0, 1, 0)]
    r = 5
    for name, a, o, sl, off in counts:
        for c, v in enumerate([name, a, o, sl, off, a + o + sl + off], 1):
            s.cell(r, c, v)
        r += 1
    for c, v in enumerate(["Total", 4, 3, 2, 1, 10], 1):
        s.cell(r, c, v).font = BOLD
    s["A12"] = "Progress key"; s["A12"].font = BOLD
    key = [("Achieved", "Action complete and evidence of impact provided", "5B9BD5"),
           ("On track", "Progressing in line with target date", "70AD47"),
           ("Slippage", "Behind plan – revised target date agreed", "FFC000"),
           ("Off track", "Significant risk to delivery – escalated to DASS", "FF0000")]
    for i, (w, m, f) in enumerate(key):
        s.cell(13 + i, 1, w).fill = fill(f); s.cell(13 + i, 2, m)
    s.column_dimensions["A"].width = 26; s.column_dimensions["B"].width = 12

    sheets = [
        ("1 Working with people", "Theme 1: Working with people – assessing needs; supporting people to live healthier lives; equity in experience and outcomes", [
            ("1.1", "Waiting times for Care Act assessments are too long.",
             "Introduce a waiting list triage tool and a weekly review of everyone waiting over 28 days.", "Okafor, Grace", D(2024, 9, 30), None, "Achieved",
             "Triage tool in use since August; weekly review chaired by Service Manager."),
            ("1.2", None, "Commission additional assessment capacity from an external provider to clear the backlog.",
             "Okafor, Grace; Patel, Nikhil", D(2024, 12, 31), D(2025, 3, 31), "Slippage", "Procurement took longer than planned; provider started February."),
            ("1.3", "Unpaid carers do not consistently receive an offer of a carer's assessment.",
             "Relaunch the carers' assessment offer with the Carers' Hub and track take-up monthly.", "Dunne, Claire", D(2025, 3, 31), None, "On track",
             "Relaunch event held January; take-up data in monthly performance pack."),
        ]),
        ("2 Providing support", "Theme 2: Providing support – care provision, integration and continuity; partnerships and communities", [
            ("2.1", "The market for home care in rural areas is fragile.",
             "Develop a rural home care commissioning model with local providers.", "Head of Commissioning", D(2025, 6, 30), None, "On track",
             "Provider workshops held in December and February."),
            ("2.2", None, "Agree a fair cost of care uplift for rural rounds.", "Head of Commissioning; Finance Business Partner",
             D(2025, 1, 31), D(2025, 4, 30), "Off track", "Dependent on 2025/26 budget settlement."),
            ("2.3", "Reablement is not available to everyone who could benefit from it.",
             "Extend reablement hours to 8am–10pm, seven days a week.", "Reablement Service Manager", D(2024, 10, 31), None, "Achieved",
             "Extended hours live from 1 October 2024."),
        ]),
        ("3 Ensuring safety", "Theme 3: How the local authority ensures safety within the system – safe pathways; safeguarding", [
            ("3.1", "Safeguarding concerns are not always screened within the timescales set out in local procedures.",
             "Introduce a daily safeguarding screening rota in the front door team.", "Patel, Nikhil", D(2024, 8, 31), None, "Achieved",
             "Rota in place; 94% of concerns screened within 24 hours in January."),
            ("3.2", None, "Report safeguarding timeliness to the Safeguarding Adults Board performance subgroup.",
             "Patel, Nikhil", "Monthly", None, "On track", "Standing item on subgroup agenda."),
        ]),
        ("4 Leadership", "Theme 4: Leadership – governance, management and sustainability; learning, improvement and innovation", [
            ("4.1", "Performance information is not used consistently to understand outcomes for people.",
             "Build an adult social care outcomes dashboard in Power BI.", "Head of Performance and Intelligence", D(2025, 3, 31), None, "Slippage",
             "Data feed from case management system delayed."),
            ("4.2", "Co-production with people who use services is at an early stage.",
             "Establish a co-production board with people with lived experience and agree its terms of reference.", "Dunne, Claire",
             D(2024, 12, 31), None, "Achieved", "Board met for the first time on 5 December 2024."),
        ]),
    ]
    fills = {k[0]: k[2] for k in key}
    for name, title, acts in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = title; ws["A1"].font = Font(bold=True, size=12)
        hdr = ["Ref", "CQC area for improvement", "Action", "Lead officer", "Target date", "Revised target date", "Progress", "Commentary"]
        for c, h in enumerate(hdr, 1):
            x = ws.cell(3, c, h); x.font = HDR_FONT; x.fill = HDR_FILL; x.alignment = WRAP
        r = 4; afi_start = None
        for ref, afi, action, lead, tgt, rev, prog, com in acts:
            ws.cell(r, 1, ref); ws.cell(r, 3, action); ws.cell(r, 4, lead)
            if afi:
                ws.cell(r, 2, afi); afi_start = r
            else:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
            x = ws.cell(r, 5, tgt)
            if isinstance(tgt, D):
                x.number_format = "dd/mm/yyyy"
            if rev:
                ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
            ws.cell(r, 7, prog).fill = fill(fills[prog])
            ws.cell(r, 8, com)
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP; ws.cell(r, c).border = BOX
            r += 1
        for col, w in zip("ABCDEFGH", [6, 38, 45, 24, 12, 12, 11, 40]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "c1-asc-cqc-summary-and-theme-sheets.xlsx"))

# ---------------------------------------------------------------- 3. Audit tracker (refuse)
def audit_refuse():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Glanmor County Council – Internal Audit Service"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Management Action Tracker 2024/25 – Governance and Audit Committee, January 2025"
    hdr = ["Ref", "Audit", "Assurance opinion", "Priority", "Agreed management action", "Responsible officer",
           "Planned start", "Planned completion", "Status", "Internal Audit comment"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = HDR_FONT; x.fill = HDR_FILL; x.alignment = WRAP
    rows = [
        ("IA24-01.1", "Payroll", "Reasonable", "Medium", "Reconcile starters and leavers between HR and payroll systems each month.",
         "Payroll Manager", D(2024, 5, 1), D(2024, 7, 31), "Implemented", "Verified – reconciliations for Jul–Sep seen."),
        ("IA24-01.2", "Payroll", "Reasonable", "Low", "Update the overtime authorisation procedure and reissue to managers.",
         "Payroll Manager", D(2024, 6, 1), D(2024, 9, 30), "Implemented", "Verified."),
        ("IA24-03.1", "Direct payments", "Limited", "High", "Introduce annual audit of direct payment accounts with recovery of unspent balances.",
         "Head of Adult Services", D(2024, 7, 1), D(2024, 12, 31), "In progress", "Audit programme agreed; first 40 accounts reviewed."),
        ("IA24-03.2", "Direct payments", "Limited", "Medium", "Record the outcome of each direct payment review on the case management system.",
         "Team Manager – Direct Payments", D(2024, 7, 1), D(2024, 10, 31), "In progress", "Overdue – revised date being agreed."),
        ("IA24-05.1", "Fleet management", "Reasonable", "Medium", "Reconcile fuel card transactions to vehicle mileage records monthly.",
         "Fleet Manager", D(2024, 9, 1), D(2024, 11, 30), "Implemented", "Verified."),
        ("IA24-07.1", "School meals income", "Limited", "High", "Write off debts over six years old in line with the Financial Procedure Rules.",
         "Catering Services Manager", D(2024, 11, 1), D(2024, 9, 30), "Not started", ""),
        ("IA24-07.2", "School meals income", "Limited", "Medium", "Issue debt reminder letters within 14 days of arrears arising.",
         "Catering Services Manager", D(2024, 10, 1), D(2025, 1, 31), "In progress", ""),
        ("IA24-09.1", "Cyber security", "Reasonable", "High", "Enforce multi-factor authentication for all remote access accounts.",
         "Head of Digital Services", D(2024, 10, 1), D(2025, 3, 31), "In progress", "Rollout 70% complete."),
        ("IA24-09.2", "Cyber security", "Reasonable", "Medium", "Complete and test the ICT disaster recovery plan.",
         "Head of Digital Services", D(2025, 1, 1), D(2025, 6, 30), "Not started", ""),
        ("IA24-11.1", "Procurement cards", "Substantial", "Low", "Remind cardholders to attach receipts to every transaction.",
         "Principal Accountant", D(2024, 12, 1), D(2025, 2, 28), "Not started", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if isinstance(v, D):
                x.number_format = "dd/mm/yyyy"
        r += 1
    ws.cell(r + 1, 1, "Priority: High – fundamental control weakness; Medium – significant; Low – improvement to control.")
    for col, w in zip("ABCDEFGHIJ", [11, 20, 12, 9, 48, 26, 12, 12, 12, 36]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "c1-audit-tracker-completion-before-start-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade_cell(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)

def header_row(table, names):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]; c.text = n
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "D9E2F3")

# ---------------------------------------------------------------- 4. Police PEEL docx
def police_docx():
    doc = Document()
    doc.add_heading("Wyndham Constabulary", level=0)
    doc.add_paragraph("PEEL 2023–25 Inspection: Areas for Improvement Action Plan").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for v in [("0.1", "12/06/2024", "Strategic Planning Unit", "First draft for Chief Officer Group"),
              ("1.0", "03/07/2024", "Strategic Planning Unit", "Approved by Deputy Chief Constable"),
              ("1.3", "08/01/2025", "Strategic Planning Unit", "Quarter 3 progress updates added")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
    doc.add_paragraph("")
    doc.add_paragraph("HMICFRS published its PEEL report on Wyndham Constabulary in May 2024. The report identified "
                      "areas for improvement under three of the PEEL questions. This plan sets out the force's response "
                      "to each area for improvement. Progress is reviewed monthly at the Force Improvement Board and "
                      "reported quarterly to the Police and Crime Commissioner's accountability meeting.")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some risk to delivery; R – off track.")
    plan = [
        ("1. Investigating crime", [
            ("1.1 Area for improvement", "The force should make sure that investigations are allocated to officers with the right skills and are effectively supervised.", [
                ("1.1.1", "Introduce a crime allocation policy linked to investigator accreditation.", "Det Supt Crime Standards", "Q3 2024/25",
                 "Policy drafted and consulted on; launch planned for December.", "G"),
                ("1.1.2", "Add a mandatory supervisory review field to the crime recording system and audit compliance monthly.",
                 "Head of Crime / Head of Business Systems", "31/03/2025", "System change in supplier test environment.", "A"),
            ]),
            ("1.2 Area for improvement", "The force should improve how it records the rationale when victims withdraw support for an investigation.", [
                ("1.2.1", "Deliver a victim withdrawal briefing to all investigators.", "Head of Learning and Development", "Sept 2024",
                 "Briefing delivered to 96% of investigators.", "B"),
                ("1.2.2", "Dip-sample 50 outcome 16 crimes each quarter and feed back to supervisors.", "Crime Registrar", "Ongoing",
                 "Q2 dip sample completed; 82% compliant.", "G"),
            ]),
        ]),
        ("2. Protecting vulnerable people", [
            ("2.1 Area for improvement", "The force should make sure it completes domestic abuse risk assessments promptly and that safeguarding referrals are made without delay.", [
                ("2.1.1", "Introduce a 24-hour standard for DASH completion, supported by daily management information.", "T/Supt Public Protection",
                 "Q1 2025/26", "Daily report in development.", "A"),
                ("2.1.2", "Review the referral pathway into the MASH with children's and adults' services.", "T/Supt Public Protection",
                 "January 2025", "Partner workshop postponed twice; escalated to DCC.", "R"),
            ]),
        ]),
        ("3. Managing offenders and suspects", [
            ("3.1 Area for improvement", "The force should make sure it manages registered sex offenders in line with authorised professional practice.", [
                ("3.1.1", "Clear the backlog of overdue ARMS assessments.", "DCI Offender Management", "End of February 2025",
                 "Backlog reduced from 61 to 18.", "G"),
            ]),
        ]),
    ]
    ragfill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    for h1, subs in plan:
        doc.add_heading(h1, level=1)
        for h2, afi, acts in subs:
            doc.add_heading(h2, level=2)
            doc.add_paragraph(afi)
            t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
            header_row(t, ["Ref", "Action", "Owner", "Completion date", "Progress update", "RAG"])
            for a in acts:
                cells = t.add_row().cells
                for i, x in enumerate(a):
                    cells[i].text = x
                shade_cell(cells[5], ragfill[a[5]])
            doc.add_paragraph("")
    doc.add_paragraph("Owner of this plan: Deputy Chief Constable. Next review: Force Improvement Board, February 2025.")
    doc.save(os.path.join(OUT, "c1-police-peel-numbered-headings.docx"))

# ---------------------------------------------------------------- 5. Children's home docx
def childrens_home_docx():
    doc = Document()
    doc.add_heading("Hollybank House – Post-Inspection Action Plan", level=1)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Setting", "Hollybank House (children's home)"), ("Unique reference number", "SC482913"),
                 ("Inspection date", "10–11 December 2024"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered Manager", "Lisa Carver"), ("Responsible Individual", "Mark Etherington"),
                 ("Plan submitted to Ofsted", "7 January 2025")]:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    green, amber, red = "00B050", "FFC000", "FF0000"
    sections = [
        ("Requirements", "Requirement", [
            ("The registered person must ensure that staff record restraint incidents fully, including the views of the child, within 24 hours. (Regulation 35 (3)(a))", [
                ("Retrain all staff on the restraint recording template.", "Registered Manager", "31/01/2025", "Training delivered 16 January; two staff on leave to complete.", green),
                ("Review every restraint record within 48 hours and sign it off.", "RM / Deputy Manager", "Ongoing – weekly", "All records since inspection reviewed.", amber),
            ]),
            ("The registered person must ensure that each child's placement plan is reviewed and updated when their needs change. (Regulation 14 (1)(a))", [
                ("Audit all placement plans and update any not reviewed in the last three months.", "Deputy Manager", "w/c 20/01/2025", "Audit complete; three plans updated.", green),
                ("Add placement plan review to the monthly supervision agenda for key workers.", "Registered Manager", "End of February 2025", "Supervision template being amended.", amber),
            ]),
        ]),
        ("Recommendations", "Recommendation", [
            ("The registered person should ensure that children are supported to take part in activities in their local community.", [
                ("Agree an individual activities plan with each child at their key-work session.", "Key workers", "March 2025", "Plans agreed for two of four children.", amber),
            ]),
            ("The registered person should ensure that the home's medication records are checked at each handover.", [
                ("Introduce a medication handover checklist.", "Team Leaders", "31/12/2024", "Checklist in use from 20 December.", green),
                ("Arrange a pharmacist audit of medication storage and records.", "Responsible Individual", "15/01/2025", "Pharmacist visit not yet booked.", red),
            ]),
        ]),
    ]
    for heading, col0, items in sections:
        doc.add_heading(heading, level=2)
        n = sum(len(a) for _, a in items)
        t = doc.add_table(rows=1 + n, cols=6); t.style = "Table Grid"
        header_row(t, [col0, "Action to be taken", "By whom", "Target date", "Progress", "RAG"])
        r = 1
        for text, acts in items:
            top = t.cell(r, 0)
            if len(acts) > 1:
                top = top.merge(t.cell(r + len(acts) - 1, 0))
            top.text = text
            for a, who, when, prog, colour in acts:
                cells = t.rows[r].cells
                cells[1].text = a; cells[2].text = who; cells[3].text = when; cells[4].text = prog
                shade_cell(cells[5], colour)
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("RAG key (colour only): Green = Completed; Amber = In progress; Red = Overdue.")
    doc.add_paragraph("Signed: Lisa Carver, Registered Manager        Date: 07/01/2025")
    doc.save(os.path.join(OUT, "c1-childrens-home-ofsted-colour-only-rag.docx"))

# ---------------------------------------------------------------- 6. Scottish ASP CSV
def asp_csv():
    rows = [
        ["East Firth Health and Social Care Partnership – Joint Inspection of Adult Support and Protection: Improvement Plan (update at 28 February 2025)"],
        [],
        ["Ref", "Improvement area", "Action", "Lead(s)", "Due", "Status", "RAG", "Update"],
        ["1.1", "Initial inquiries", "Revise the inquiry recording template so that the three-point criteria are recorded for every adult.",
         "Service Manager (Adult Protection)", "Nov-24", "100%", "Complete", "New template live from 4 November."],
        ["1.2", "Initial inquiries", "Deliver refresher training on the three-point test to all council officers.",
         "Learning and Development Manager", "Mar-25", "75%", "G", "Six of eight sessions delivered."],
        ["2.1", "Chronologies", "Agree a single multi-agency chronology format across health, police and social work.",
         "ASP Lead Officer / Lead Nurse Adult Protection", "June 2025", "40%", "A", "Draft format with Police Scotland for comment."],
        ["2.2", "Chronologies", "Audit 30 case files for chronology quality and report findings to the Adult Protection Committee.",
         "Chair of APC Audit Subgroup", "31/01/2025", "50%", "R", "Audit delayed by staff absence; 15 files reviewed."],
        ["3.1", "Strategic leadership", "Produce an annual adult protection performance report for the Chief Officers Group.",
         "Chief Social Work Officer", "Q2 2025/26", "0%", "", "Not yet started – scheduled for summer."],
        ["3.2", "Strategic leadership", "Refresh the Adult Protection Committee risk register.",
         "Independent Convener; ASP Lead Officer", "31/12/2024", "100%", "Complete", "Approved by APC on 11 December."],
        ["3.3", "Strategic leadership", "Embed the views of adults at risk and unpaid carers in the work of the committee.",
         "Independent Convener", "Ongoing", "20%", "G", "Advocacy provider attending APC from March."],
    ]
    with open(os.path.join(OUT, "c1-scot-asp-percent-status-and-rag.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)

# ---------------------------------------------------------------- 7. SEND APP key=value text
def send_txt():
    recs = [
        ("APP-01", "Priority 1: Timeliness and quality of EHC plans",
         "Leaders should ensure that new EHC plans are issued within 20 weeks and that plans are of consistently good quality.",
         "Recruit six additional EHC coordinators to clear the backlog of overdue needs assessments.",
         "Head of SEND Statutory Services", "31/03/2025", "Amber", "60"),
        ("APP-02", "Priority 1: Timeliness and quality of EHC plans",
         "Leaders should ensure that new EHC plans are issued within 20 weeks and that plans are of consistently good quality.",
         "Introduce multi-agency quality assurance of draft EHC plans, with health and social care advice checked before issue.",
         "Head of SEND Statutory Services; Designated Clinical Officer", "30/06/2025", "Green", "35"),
        ("APP-03", "Priority 2: Neurodevelopmental pathway",
         "Leaders should improve the timeliness of assessment and diagnosis on the neurodevelopmental pathway.",
         "Commission additional autism assessment capacity through an independent provider.",
         "ICB Head of Children's Commissioning", "Q4 2024/25", "Red", "20"),
        ("APP-04", "Priority 2: Neurodevelopmental pathway",
         "Leaders should improve the timeliness of assessment and diagnosis on the neurodevelopmental pathway.",
         "Publish a 'waiting well' support offer for families waiting for assessment.",
         "Head of Early Help", "Summer term 2025", "Green", "50"),
        ("APP-05", "Priority 3: Preparing for adulthood",
         "Leaders should ensure that children and young people with SEND are well prepared for adulthood.",
         "Launch a preparing for adulthood protocol between children's and adults' services.",
         "Assistant Director SEND / Assistant Director Adult Social Care", "31/12/2024", "Complete", "100"),
        ("APP-06", "Priority 3: Preparing for adulthood",
         "Leaders should ensure that children and young people with SEND are well prepared for adulthood.",
         "Track post-16 destinations of young people with EHC plans and report them to the SEND Partnership Board.",
         "SEND Performance Lead", "Termly", "", "0"),
    ]
    lines = ["Northbridge Local Area SEND Partnership – Accelerated Progress Plan (APP)",
             "Action export from programme management system",
             "Exported: 03/03/2025 09:14  User: j.ainsworth  Records: 6", ""]
    for ref, pri, afi, act, owner, due, rag, pct in recs:
        lines += [f"[{ref}]", f"action_id = {ref}", f"priority = {pri}", f"area_for_improvement = {afi}",
                  f"action = {act}", f"owner = {owner}", f"due_date = {due}", f"rag_status = {rag}".rstrip(),
                  f"percent_complete = {pct}", ""]
    lines.append("# end of export")
    with open(os.path.join(OUT, "c1-send-app-keyvalue-export.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    frs_gantt(); asc_workbook(); audit_refuse(); police_docx(); childrens_home_docx(); asp_csv(); send_txt()
