"""Generator for the ax1- cases of heldout84 (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in dict(
    red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9", navy="1F3864", pale="DDEBF7").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def orkney():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Action Plan"
    ws["A1"] = "Improvement Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "NHS Orkney – The Balfour"
    ws["A3"] = "Safe Delivery of Care inspection: 14–16 May 2024"
    ws["A4"] = "Please note: this action plan should be completed in full and returned to Healthcare Improvement Scotland."
    hdr = ["Ref", "Requirement", "Action planned", "Timescale to meet action", "Responsibility for taking action", "Progress", "RAG"]
    ws.append([]); ws.append(hdr)  # row 6
    for c in ws[6]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["navy"]; c.alignment = WRAP; c.border = BOX
    rows = [
        ("D", "Domain 2 – Leadership and culture"),
        ("A", "1a", "Requirement 1: NHS Orkney must ensure that staff are supported to complete mandatory training, including fire safety training, and that compliance is monitored (see page 19).",
         "Mandatory training compliance to be reported by ward to the monthly Nursing and Midwifery Professional Assurance Group.",
         D(2024, 7, 31), "Associate Director of Nursing", "Report is now a standing item from July 2024. Overall compliance 88% at end of August.", "Complete", "blue"),
        ("A", "1b", None, "Protected time for fire safety training to be rostered for all ward staff.",
         D(2024, 9, 30), "Senior Charge Nurses / Fire Safety Adviser", "Sessions booked for all inpatient wards through September.", "Green", "green"),
        ("D", "Domain 4.1 – Pathways, procedures and policies"),
        ("A", "2a", "Requirement 2: NHS Orkney must ensure that all patient equipment is clean and ready for use (see page 22).",
         "Introduce a daily equipment cleaning checklist for each ward, with 'I am clean' labels on cleaned equipment.",
         D(2024, 8, 31), "Lead Nurse Infection Prevention and Control", "Checklist in use on all wards and audited weekly by the IPC team.", "Complete", "blue"),
        ("A", "2b", None, "Domestic Services to review cleaning schedules for patient care rails in Inpatient Wards 1 and 2.",
         D(2024, 10, 31), "Facilities Manager", "Review delayed by vacancies in Domestic Services. Revised schedule to be agreed in November.", "Amber", "amber"),
        ("A", "3a", "Requirement 3: NHS Orkney must ensure that fire doors are not wedged open and that fire exits are kept clear at all times (see page 23).",
         "Weekly fire door walkround by the Senior Charge Nurse, with any findings logged on Datix.",
         "Ongoing", "Senior Charge Nurses", "Walkrounds in place since June 2024; no further wedged doors found.", "Green", "green"),
        ("D", "Domain 4.3 – Workforce planning"),
        ("A", "4a", "Requirement 4: NHS Orkney must ensure that staffing levels and skill mix are assessed using the real-time staffing tool and that staffing risks are escalated (see page 25).",
         "Roll out the real-time staffing assessment (RTS) tool to all inpatient areas.",
         D(2024, 12, 31), "Director of Nursing, Midwifery, AHPs and Acute Services", "Live in Inpatient Ward 1 and Macmillan Unit; remaining areas planned for November and December.", "Amber", "amber"),
        ("A", "4b", None, "Unmitigated staffing risk to be recorded and escalated at the twice-daily hospital safety huddle.",
         D(2024, 10, 31), "Hospital Bed Manager", "Huddle template updated and in use.", "Complete", "blue"),
    ]
    r = 7; merge_start = None
    for row in rows:
        if row[0] == "D":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = FILL["pale"]
        else:
            _, ref, req, act, due, lead, prog, rag, col = row
            vals = [ref, req, act, due, lead, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(due, D):
                ws.cell(r, 4).number_format = "mmm-yy"
            ws.cell(r, 7).fill = FILL[col]
            if req is None and merge_start:
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
            merge_start = r if req else merge_start
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for i, (w, col) in enumerate([("Complete", "blue"), ("Green – on track", "green"), ("Amber – some slippage", "amber"), ("Red – not progressing", "red")]):
        c = ws.cell(r + 1 + i, 1, w); c.fill = FILL[col]
    for col, w in zip("ABCDEFG", [6, 45, 50, 14, 30, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("ax1-nhs-orkney-his-balfour-sdoc-improvement-action-plan.xlsx"))


def cleveland():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Cleveland Fire Brigade – HMICFRS Inspection 2023: Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 October 2023    Owner: Assistant Chief Fire Officer (Strategy & Performance)"
    hdr = ["Ref", "Pillar", "Area for Improvement", "Action", "Action Owner", "Original Target Date", "Revised Target Date", "Status", "Update (October 2023)"]
    ws.append([]); ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True); c.fill = FILL["grey"]; c.alignment = WRAP; c.border = BOX
    afi1 = "The service should make sure it targets its prevention work at the people most at risk from fire."
    afi2 = "The service should make sure it has an effective quality assurance process for its protection activity."
    afi3 = "The service should make sure it has effective measures in place to assess the benefits of its collaborations."
    afi4 = "The service should make sure it has an effective system to record and monitor staff training and competence."
    afi5 = "The service should improve how it promotes fairness and diversity in its workforce."
    rows = [
        ("1.1", "Effectiveness", afi1, "Refresh the Safe and Well targeting methodology using Exeter data and the local community risk profile.", "AM Prevention", D(2024, 3, 31), D(2024, 6, 30), "Amber",
         "Data sharing agreement with ICB still awaited; revised date agreed at SLT on 17 October."),
        ("1.2", "Effectiveness", None, "Introduce quarterly reporting of Safe and Well visits by risk category to SLT.", "Prevention Manager", D(2023, 12, 31), None, "Green",
         "First report drafted for the December SLT meeting."),
        ("2.1", "Effectiveness", afi2, "Implement a peer audit of 10% of completed fire safety audits each quarter.", "GM Protection", D(2024, 1, 31), None, "Complete",
         "Peer audit process live from Q2; results reported to Protection Board."),
        ("3.1", "Efficiency", afi3, "Develop a collaboration benefits framework and apply it to all existing collaborations.", "Director of Corporate Services", D(2024, 3, 31), None, "Green",
         "Framework drafted and being tested on the shared estates arrangement with Cleveland Police."),
        ("4.1", "People", afi4, "Procure and implement a single competency recording system.", "Head of Training & Development", D(2023, 11, 30), D(2024, 5, 31), "Red",
         "Procurement halted after the preferred supplier withdrew. Re-tender under way."),
        ("4.2", "People", None, "Cleanse existing training records and migrate them to the new system.", "Head of Training & Development / ICT Manager", D(2024, 7, 31), None, "Not started",
         "Dependent on 4.1."),
        ("5.1", "People", afi5, "Hold positive action recruitment events ahead of the 2024 wholetime recruitment campaign.", "Head of HR", D(2024, 2, 29), None, "Green",
         "Two have-a-go days held at Stockton and Hartlepool stations; third planned for January."),
        ("5.2", "People", None, "Publish an annual Equality, Diversity and Inclusion report to the Fire Authority.", "Head of HR; EDI Officer", "Sept 2024", None, "Green",
         "Data collection started."),
    ]
    colour = {"Amber": "amber", "Green": "green", "Complete": "blue", "Red": "red", "Not started": None}
    r = 5; start = None
    for ref, pillar, afi, act, own, orig, rev, st, upd in rows:
        vals = [ref, pillar, afi, act, own, orig, rev, st, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        for i in (6, 7):
            if isinstance(ws.cell(r, i).value, D):
                ws.cell(r, i).number_format = "dd/mm/yyyy"
        if colour[st]:
            ws.cell(r, 8).fill = FILL[colour[st]]
        if afi is None:
            ws.merge_cells(start_row=start, start_column=3, end_row=r, end_column=3)
        else:
            start = r
        r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete = action delivered and evidenced; Green = on track to meet target date; Amber = at risk of missing target date; Red = target date missed / off track; Not started = not yet due to start.")
    for col, w in zip("ABCDEFGHI", [6, 14, 40, 45, 26, 13, 13, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("ax1-cleveland-fire-brigade-hmicfrs-afi-action-tracker.xlsx"))


def melton():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "Melton Borough Council – Internal Audit: Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to Audit and Standards Committee – 12 November 2025"
    hdr = ["Audit", "Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer", "Agreed Date", "Revised Date", "RAG", "Latest Update"]
    ws.append([]); ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["navy"]; c.alignment = WRAP; c.border = BOX
    rows = [
        ("Creditors 2024/25", "1", "Medium", "Supplier bank detail changes should be independently verified by a call-back to a known contact.",
         "Call-back procedure to be documented and a verification field added to the supplier amendment form.", "Finance Manager (Exchequer)", D(2025, 3, 31), "Jun-25", "B",
         "Procedure issued May 2025; sample testing by Internal Audit confirmed compliance."),
        ("Creditors 2024/25", "2", "Low", "The creditors master file should be reviewed periodically for duplicate and dormant suppliers.",
         "Six-monthly review of the supplier master file to be carried out and evidenced.", "Finance Manager (Exchequer)", D(2025, 6, 30), None, "G",
         "First review completed in September; 212 dormant suppliers closed."),
        ("Housing Rents 2024/25", "1", "High", "Arrears recovery action should be taken in line with the approved Income Management Policy.",
         "Weekly arrears reports to be reviewed by the Income Team Leader and escalation stages recorded on the housing system.", "Head of Housing Management", D(2025, 4, 30), "Ocotber 2025", "A",
         "Reporting in place; escalation stages not yet recorded consistently across the team."),
        ("Housing Rents 2024/25", "3", "Medium", "Former tenant arrears should be reviewed for write-off in line with the Council's write-off policy.",
         "Quarterly write-off schedule to be presented to the Director for Housing and Communities.", "Income Team Leader", D(2025, 9, 30), None, "G",
         "First schedule prepared for Q2."),
        ("Cyber Security 2024/25", "2", "High", "Multi-factor authentication should be enforced for all remote access accounts.",
         "MFA to be enforced for all remote and privileged accounts, with exceptions approved by the SIRO.", "ICT Manager", D(2025, 1, 31), D(2025, 12, 31), "R",
         "Legacy planning system does not support MFA; replacement project delayed to December."),
        ("Cyber Security 2024/25", "4", "Medium", "Leavers' network accounts should be disabled on the last working day.",
         "HR leavers report to be sent to ICT weekly and accounts disabled on the leaving date.", "ICT Manager / HR Business Partner", D(2025, 5, 31), None, "B",
         "Weekly report automated from iTrent."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        for i in (7, 8):
            if isinstance(ws.cell(r, i).value, D):
                ws.cell(r, i).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[row[8]]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key: B = implemented; G = on target; A = partially implemented / at risk; R = not implemented, target date passed")
    for col, w in zip("ABCDEFGHIJ", [20, 7, 9, 42, 42, 26, 12, 14, 6, 42]):
        ws.column_dimensions[col].width = w
    wb.save(P("ax1-melton-bc-internal-audit-outstanding-recommendations-tracker.xlsx"))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def aneurin():
    doc = Document()
    doc.add_heading("Improvement plan", level=1)
    for t in ["Service: Nevill Hall Hospital, Emergency Department", "Health board: Aneurin Bevan University Health Board",
              "Date of inspection: 12–14 February 2024"]:
        doc.add_paragraph(t)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we require the service "
                      "to complete an improvement plan telling us about the actions they are taking to address these areas.")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "D9D9D9")
    items = [
        ("H", "Quality of the patient experience"),
        ("A", "The health board must ensure that patients waiting in the department have access to regular refreshments and pain relief.",
         "Health and Care Standards 2015 – 4.1 Dignified Care; 5.1 Timely Access",
         "Introduce two-hourly intentional rounding for patients in the waiting room, recorded on the comfort round chart.",
         "Senior Nurse, Emergency Department", "31 May 2024"),
        ("A", None, None, "Volunteer refreshment trolley to run in the waiting area between 10:00 and 20:00 daily.",
         "Head of Patient Experience", "June 2024"),
        ("A", "The health board must ensure that patients' privacy and dignity are maintained when care is provided in corridor areas.",
         "4.1 Dignified Care", "Portable privacy screens to be purchased for corridor care spaces.",
         "Directorate Manager, Urgent Care", "30 April 2024"),
        ("H", "Delivery of safe and effective care"),
        ("A", "The health board must ensure that NEWS2 observations are completed at the frequency required and that escalation is documented.",
         "3.1 Safe and Clinically Effective Care",
         "Monthly NEWS2 documentation audit of 20 records, with results shared at the ED governance meeting.",
         "Clinical Director / Senior Nurse, Emergency Department", "Immediate and ongoing"),
        ("A", "The health board must ensure that controlled drug checks are completed and recorded daily.",
         "2.6 Medicines Management", "Daily controlled drug check added to the nurse in charge shift checklist and audited by pharmacy quarterly.",
         "Lead Pharmacist, Urgent Care", "Q2 2024/25"),
        ("H", "Quality of management and leadership"),
        ("A", "The health board must ensure that staff compliance with mandatory training, particularly safeguarding level 3, is improved.",
         "7.1 Workforce", "Protected training days to be built into the ED rota until compliance reaches 85%.",
         "Senior Nurse, Emergency Department", "By 30 September 2024"),
        ("A", None, None, "Compliance to be reported monthly to the Divisional Quality and Patient Safety meeting.",
         "Divisional Nurse, Urgent Care", "Monthly"),
    ]
    prev = None
    for it in items:
        row = t.add_row()
        if it[0] == "H":
            m = row.cells[0].merge(row.cells[4]); m.text = it[1]; m.paragraphs[0].runs[0].bold = True; shade(m, "DEEAF6")
            prev = None
            continue
        _, need, std, act, off, ts = it
        if need is None:
            row.cells[0].merge(prev.cells[0]); row.cells[1].merge(prev.cells[1])
            # merged cells keep the first row's text
            prev.cells[0]._tc  # noqa
        else:
            row.cells[0].text = need; row.cells[1].text = std
        row.cells[2].text = act; row.cells[3].text = off; row.cells[4].text = ts
        if need is not None:
            prev = row
    doc.add_paragraph("")
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2); s.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Rhian Morgan"), ("Job role:", "Divisional Director, Urgent and Emergency Care"), ("Date:", "4 April 2024")]):
        s.rows[i].cells[0].text = a; s.rows[i].cells[1].text = b
    doc.save(P("ax1-aneurin-bevan-uhb-hiw-nevill-hall-ed-improvement-plan.docx"))


def bodedern():
    doc = Document()
    doc.add_heading("Ysgol Uwchradd Bodedern – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Following the Estyn inspection of November 2023")
    doc.add_paragraph("This plan sets out how the school will address the three recommendations in the Estyn report published in January 2024. "
                      "It has been agreed by the governing body and the Isle of Anglesey County Council, and progress is reviewed by the "
                      "Standards Committee of the governing body each term.")
    recs = [
        ("R1: Strengthen the quality of teaching to ensure that all pupils are challenged appropriately", [
            ("1.1", "Establish teaching and learning triads focused on questioning and challenge, meeting every half term.", "AHT (Teaching & Learning)", "Autumn term 2024", "All teaching staff part of a triad; lesson observations show improved challenge.", "Green", "C6EFCE"),
            ("1.2", "Revise the lesson observation framework so that challenge for more able pupils is a specific focus.", "DH", "Spring term 2025", "Revised framework in use; QA calendar updated.", "Amber", "FFEB9C"),
            ("1.3", "Deliver INSET on adaptive teaching for all staff.", "AHT (Teaching & Learning) / ALNCo", "January 2025", "INSET delivered; staff survey shows increased confidence.", "Green", "C6EFCE"),
        ]),
        ("R2: Improve pupils' attendance, particularly that of pupils eligible for free school meals", [
            ("2.1", "Appoint a family engagement officer to work with families of pupils whose attendance is below 90%.", "Headteacher", "September 2024", "Officer in post; caseload tracked weekly.", "Green", "C6EFCE"),
            ("2.2", "Weekly attendance tracking meetings with Heads of Year, with early referral to the Education Welfare Officer.", "AHT (Pastoral)", "Termly", "Attendance of eFSM pupils rises towards 88%.", "Amber", "FFEB9C"),
        ]),
        ("R3: Sharpen self-evaluation and improvement planning at middle leader level", [
            ("3.1", "Middle leaders to complete a departmental self-evaluation using first-hand evidence, with line manager quality assurance.", "DH / Heads of Department", "Summer term 2025", "All departmental SERs completed and moderated.", "Red", "FFC7CE"),
            ("3.2", "Provide coaching for new Heads of Department through the GwE middle leadership programme.", "Headteacher", "July 2025", "Three new HoDs complete the programme.", "Amber", "FFEB9C"),
        ]),
    ]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress (RAG)"]):
            t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for ref, act, lead, ts, sc, rag, col in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead, ts, sc, rag]):
                cells[i].text = v
            shade(cells[5], col)
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – achieved; Amber – in progress; Red – significant concerns / not on track")
    doc.add_paragraph("Abbreviations: DH – Deputy Headteacher; AHT – Assistant Headteacher; ALNCo – Additional Learning Needs Co-ordinator")
    doc.save(P("ax1-ysgol-uwchradd-bodedern-estyn-post-inspection-action-plan.docx"))


def ashfield():
    rows = [
        ["Ashfield District Council - LGA Corporate Peer Challenge Action Plan (updated January 2025)", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Recommendation", "Action", "Lead Officer", "Timescale", "Progress update", "RAG"],
        ["1. Develop a clear, shared narrative for Ashfield's place ambitions that partners and residents can recognise",
         "Refresh the Corporate Plan narrative with Cabinet and partners at a facilitated workshop.", "Chief Executive", "March 2025",
         "Workshop held 14 November 2024; draft narrative to Cabinet in February.", "Green"],
        ["", "Publish a plain-English summary of the Corporate Plan on the website and in the residents' magazine.",
         "Service Manager - Corporate Policy & Performance", "End of June 2025", "Not yet started; dependent on the refreshed narrative.", "Not started"],
        ["2. Strengthen the Council's approach to performance management so that members receive timely, outcome-focused information",
         "Introduce a quarterly performance dashboard to Cabinet and Overview and Scrutiny.", "Director of Resources and Business Transformation",
         "Q3 2024/25", "First dashboard reported to Cabinet in December 2024.", "Complete"],
        ["", "Review the Council's key performance indicators with Heads of Service to remove output-only measures.",
         "Service Manager - Corporate Policy & Performance", "April 2025", "KPI review 60% complete; some services yet to respond.", "Amber"],
        ["3. Ensure capacity is in place to deliver the Towns Fund and Levelling Up programmes alongside business as usual",
         "Complete a capacity review of the Place and Communities directorate.", "Director of Place and Communities", "31/01/2025",
         "Review completed; proposals for two additional project officer posts to go to Cabinet.", "Complete"],
        ["", "Establish a programme board with a clear risk register for all externally funded capital projects.",
         "Director of Place and Communities", "Ongoing", "Board meets monthly; risk register reviewed at each meeting.", "Green"],
        ["4. Continue to develop the Council's approach to member development and cross-party working",
         "Agree a member development programme with the Member Development Group.", "Democratic Services Manager", "May 2025",
         "Programme delayed following changes to the Member Development Group membership.", "Red"],
        ["", "", "", "", "", ""],
        ["RAG: Complete / Green - on track / Amber - some slippage / Red - off track / Not started", "", "", "", "", ""],
    ]
    with open(P("ax1-ashfield-dc-corporate-peer-challenge-action-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


def angus():
    lines = [
        "Joint inspection of services for children at risk of harm in Angus - Improvement Plan 2024-25",
        "Angus Child Protection Committee",
        "Version 3 - reported to Angus Chief Officers Group, 20 February 2025",
        "",
        "Priority area\tNo.\tImprovement action\tLead\tTarget date\tProgress\tRAG",
        "Priority 1: Improving the quality and use of chronologies\t1.1\tRoll out the revised single and multi-agency chronology guidance with briefings for all social work, health and education staff.\tCPC Lead Officer\t31/03/2025\t14 briefing sessions delivered to 320 staff; further sessions for education in March.\tGreen",
        "Priority 1: Improving the quality and use of chronologies\t1.2\tAudit 30 chronologies through the multi-agency case file audit programme and report findings to CPC.\tService Manager, Quality Assurance\tJune 2025\tAudit tool agreed; audit scheduled for May.\tGreen",
        "Priority 2: Strengthening the voice of children and young people in child protection processes\t2.1\tIntroduce the 'Mind of My Own' app for children subject to child protection planning.\tHead of Children, Families and Justice\tDec 2024\tApp launched in October 2024; 41 statements received to date.\tComplete",
        "Priority 2: Strengthening the voice of children and young people in child protection processes\t2.2\tExtend independent advocacy to all children attending a child protection planning meeting.\tCommissioning Manager; CPC Lead Officer\t30/09/2025\tTender for advocacy provider delayed; interim spot purchase arrangement in place.\tAmber",
        "Priority 3: Consistent use of the Interagency Referral Discussion (IRD) process\t3.1\tReview the IRD process against the National Guidance for Child Protection in Scotland 2021 (updated 2023) and issue revised local procedures.\tDCI Public Protection, Police Scotland / Service Manager, Children and Families\t31/03/2025\tDraft procedure out for consultation.\tAmber",
        "Priority 3: Consistent use of the Interagency Referral Discussion (IRD) process\t3.2\tHealth participation in all IRDs to be monitored through the weekly IRD oversight group.\tChild Protection Nurse Consultant\tOngoing\tHealth attendance at 74% in January, up from 52%.\tAmber",
        "Priority 4: Leadership and oversight\t4.1\tDevelop a CPC performance framework with a core dataset reported quarterly to the Chief Officers Group.\tCPC Chair\tQ1 2025/26\tDataset agreed; first report due in July.\tGreen",
        "",
        "RAG status: Complete = action completed; Green = on track; Amber = some delay / risk; Red = off track",
    ]
    with open(P("ax1-angus-cpc-children-at-risk-joint-inspection-improvement-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    orkney(); cleveland(); melton(); aneurin(); bodedern(); ashfield(); angus()
