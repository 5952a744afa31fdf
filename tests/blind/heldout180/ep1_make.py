#!/usr/bin/env python3
"""Build the seven ep1- blind test files (set heldout180).

Run: /work/main/.venv/bin/python ep1_make.py   (writes next to this script)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------------------
# 1. Whitehaven Academy - post-Ofsted action plan (school, xlsx, fill-only RAG, key
#    defines green as Achieved, priority + recommendation merged rows, QA calendar sheet)
# --------------------------------------------------------------------------------------
def make_whitehaven():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 48, 20, 34, 26, 18, 8, 38]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Whitehaven Academy – Post-Ofsted Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted section 5 inspection 12–13 March 2024: Requires improvement. Plan monitored "
                "half-termly by the Local Governing Body Standards Committee and the Trust School "
                "Improvement Partner.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Achieved", GREEN), ("In progress", AMBER),
                                          ("Not on track", RED), ("Not yet started", None)]):
        c = ws[f"{col}3"]
        c.value = txt
        c.border = BOX
        if colr:
            c.fill = fill(colr)

    heads = ["Ref", "Action", "Lead(s)", "Success criteria", "Monitoring", "Timescale", "RAG",
             "Evidence / impact (Oct 2024)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP

    rows = [
        ("P", "Priority 1: Quality of education – curriculum in key stage 3"),
        ("R", "Leaders should ensure that the key stage 3 curriculum in all subjects identifies the "
              "important knowledge pupils need to learn and the order in which they should learn it, "
              "so that pupils build their knowledge securely over time."),
        ("A", "1.1", "Heads of faculty to complete a sequencing review of each key stage 3 curriculum "
                     "map, identifying the essential knowledge for each unit.",
         "Vice Principal (Curriculum)", "All KS3 curriculum maps revised and published on the website",
         "SIP review; LGB Standards Committee", "Autumn term 2024", GREEN,
         "All 11 subject maps reviewed; published 18 October 2024."),
        ("A", "1.2", "Weekly curriculum CPD sessions on retrieval practice and checking for "
                     "understanding, led by the Trust's subject networks.",
         "JMc / LH", "Learning walks show retrieval practice in 80% of KS3 lessons",
         "Termly learning walks; SIP visit", "Sept 2024 – July 2025", AMBER,
         "CPD calendar in place; 6 of 30 sessions delivered."),
        ("A", "1.3", "Subject leaders to carry out termly deep dives in each KS3 subject, with findings "
                     "reported to the Standards Committee.",
         "Subject leaders / SLT link", "Deep dive reports show secure curriculum implementation",
         "LGB Standards Committee", "Termly", AMBER,
         "First round of deep dives (science, history, MFL) completed."),
        ("P", "Priority 2: Quality of education – reading"),
        ("R", "Leaders should make sure that pupils who are behind with their reading receive the "
              "support they need to catch up quickly, and that staff are trained to deliver this "
              "support well."),
        ("A", "2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify "
                     "pupils reading below their chronological age.",
         "SENCo / Reading Lead", "Reading ages known for all KS3 pupils", "Principal's report to LGB",
         "October 2024", GREEN, "Completed 4 October 2024 – 87 pupils identified."),
        ("A", "2.2", "Train six teaching assistants to deliver a phonics-based catch-up programme for "
                     "the weakest readers, and timetable daily sessions.",
         "Reading Lead", "Pupils on the programme gain 12 months' reading age in 6 months",
         "NGRT re-test; SIP review", "Feb half-term 2025", None, "Training booked for November 2024."),
        ("P", "Priority 3: Behaviour and attitudes – attendance"),
        ("R", "Leaders should continue to work with families to improve the attendance of disadvantaged "
              "pupils and pupils with SEND, so that fewer of these pupils are persistently absent."),
        ("A", "3.1", "Appoint an attendance officer and introduce first-day calls and home visits for "
                     "pupils whose attendance falls below 90%.",
         "AHT Behaviour & Attitudes", "Persistent absence of disadvantaged pupils below 25%",
         "Weekly attendance report", "Sept 2024", GREEN,
         "Attendance officer in post from 2 September 2024."),
        ("A", "3.2", "Introduce fortnightly attendance panel meetings with the Local Authority Attendance "
                     "Support Team for persistently absent pupils.\nPanel actions to be logged on CPOMS.",
         "AHT Behaviour & Attitudes / Attendance Officer", "Attendance of panel pupils improves by 5%",
         "LGB Standards Committee", "Dec 2024", RED,
         "Only two panels held; LA capacity issue escalated to the Trust."),
        ("A", "3.3", "Review the rewards system so that it recognises improved attendance, and share "
                     "half-termly attendance data with parents.",
         "Heads of Year", "Parent survey shows 90% receive attendance information",
         "Pupil and parent voice", "Summer term 2025", None, ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("BDD7EE")
        elif row[0] == "R":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, act, lead, crit, mon, when, rag, ev = row
            vals = [ref, act, lead, crit, mon, when, None, ev]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Approved by the Local Governing Body: 23 April 2024. Next review: December 2024.")
    ws.freeze_panes = "A6"

    qa = wb.create_sheet("QA calendar")
    qa.append(["Half term", "Quality assurance activity", "Led by", "Reported to"])
    for row in [
        ("Autumn 1", "KS3 curriculum map review", "Vice Principal (Curriculum)", "LGB Standards Committee"),
        ("Autumn 2", "Learning walks – retrieval practice", "SLT", "SIP"),
        ("Spring 1", "Reading intervention impact check (NGRT)", "Reading Lead", "LGB Standards Committee"),
        ("Spring 2", "SIP monitoring visit", "Trust School Improvement Partner", "Trust Board"),
        ("Summer 1", "Attendance review – disadvantaged and SEND", "AHT Behaviour & Attitudes", "LGB"),
    ]:
        qa.append(list(row))
    for c in qa[1]:
        c.font = Font(bold=True)
    for col, w in zip("ABCD", [12, 44, 32, 28]):
        qa.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ep1-whitehaven-academy-post-ofsted-action-plan.xlsx"))


# --------------------------------------------------------------------------------------
# 2. East Sussex Healthcare NHS Trust - CQC must do / should do (hospital, xlsx, summary
#    sheet with totals, core-service section rows, finding merged down, original/revised
#    dates, previous/current RAG letters with fill, key sheet)
# --------------------------------------------------------------------------------------
def make_esht():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "East Sussex Healthcare NHS Trust"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "CQC inspection – Must Do and Should Do actions: summary position at 31 October 2024"
    sm["A2"].font = Font(bold=True)
    hdr = ["Core service", "Must do findings", "Should do findings", "Total actions",
           "Complete (B)", "On track (G)", "Slippage (A)", "Off track (R)"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = WRAP
    data = [("Urgent and emergency care", 2, 1, 4, 1, 2, 1, 0),
            ("Medical care (including older people's care)", 2, 1, 4, 2, 1, 1, 0),
            ("Maternity", 1, 1, 3, 0, 2, 0, 1),
            ("Total", 5, 3, 11, 3, 5, 2, 1)]
    for j, row in enumerate(data):
        for i, v in enumerate(row, 1):
            c = sm.cell(row=5 + j, column=i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    for i, colr in zip(range(5, 9), [BLUE, GREEN, AMBER, RED]):
        sm.cell(row=4, column=i).fill = fill(colr)
    sm.column_dimensions["A"].width = 44
    for col in "BCDEFGH":
        sm.column_dimensions[col].width = 13

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = ("CQC Must Do / Should Do Action Plan – Eastbourne District General Hospital and "
                "Conquest Hospital")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Inspection: 9–11 April 2024 (report published 24 July 2024). Reporting to: Quality "
                "and Safety Committee, 14 November 2024")
    heads = ["Ref", "Must / Should", "CQC finding", "Action", "Lead", "Original due date",
             "Revised due date", "Previous RAG", "Current RAG", "Progress update (Oct 2024)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", [11, 9, 46, 50, 30, 12, 12, 9, 9, 40]):
        ws.column_dimensions[col].width = w

    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    # (section) or (ref, m/s, finding or None(merged with previous), span, action, lead, orig, rev, prev, cur, progress)
    rows = [
        ("S", "URGENT AND EMERGENCY CARE"),
        ("UEC-M1.1", "Must",
         "The trust must ensure that patients in the emergency department receive timely assessment "
         "of their risk of deterioration, including completion of NEWS2 observations within the "
         "required timeframes. (Regulation 12)", 2,
         "Introduce an electronic NEWS2 escalation prompt on the ED Nerve Centre system, with hourly "
         "compliance reports to the nurse in charge.",
         "Divisional Director of Nursing – UEC", D(2024, 7, 31), D(2024, 11, 30), "A", "G",
         "System build complete; go-live 11 November 2024."),
        ("UEC-M1.2", "Must", None, 0,
         "Audit NEWS2 compliance weekly on both sites and report results to the UEC Divisional "
         "Governance meeting.",
         "Matron ED (EDGH) / Matron ED (Conquest)", D(2024, 8, 31), None, "G", "B",
         "Weekly audit embedded; compliance 92% in October."),
        ("UEC-M2.1", "Must",
         "The trust must ensure that mental health risk assessments are completed for all patients "
         "attending with mental health needs and that patients are cared for in a safe environment. "
         "(Regulation 12)", 1,
         "Complete a ligature risk assessment of the ED mental health assessment rooms at both sites "
         "and implement the resulting environmental works.",
         "Head of Estates; Divisional Director of Nursing – UEC", D(2024, 9, 30), D(2025, 3, 31),
         "A", "A", "Works at EDGH complete; Conquest works delayed pending capital approval."),
        ("UEC-S1.1", "Should",
         "The trust should ensure that staff in the emergency department complete their mandatory "
         "safeguarding training.", 1,
         "Release ED nursing staff for Level 3 safeguarding training through protected rostered time.",
         "Clinical Nurse Educator – UEC", D(2024, 12, 31), None, "G", "G",
         "Compliance 81% (target 90%)."),
        ("S", "MEDICAL CARE (INCLUDING OLDER PEOPLE'S CARE)"),
        ("MED-M1.1", "Must",
         "The trust must ensure that medicines are stored safely and that fridge temperatures are "
         "monitored and action taken when they are out of range. (Regulation 12)", 2,
         "Install remote temperature monitoring on all medicines fridges in medical wards.",
         "Chief Pharmacist", D(2024, 10, 31), None, "G", "B",
         "Installed on 34 fridges; alerts go to pharmacy."),
        ("MED-M1.2", "Must", None, 0,
         "Include medicines storage checks in the monthly ward accreditation audit.",
         "Deputy Chief Nurse", D(2024, 9, 30), None, "G", "B", "Included from September 2024 audit."),
        ("MED-M2.1", "Must",
         "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff "
         "on medical wards at night. (Regulation 18)", 1,
         "Complete the establishment review for medical wards and recruit to the agreed night-time "
         "nursing establishment.",
         "Chief Nursing Officer", D(2024, 12, 31), D(2025, 3, 31), "R", "A",
         "Establishment review approved by Board; 14 WTE international nurses due January 2025."),
        ("MED-S1.1", "Should",
         "The trust should ensure that mental capacity assessments are completed and recorded for "
         "patients who may lack capacity.", 1,
         "Deliver MCA/DoLS training to medical ward teams and audit documentation quarterly.",
         "Named Nurse Safeguarding Adults", "Q4 2024/25", None, "G", "G",
         "Training dates set for November–February."),
        ("S", "MATERNITY"),
        ("MAT-M1.1", "Must",
         "The trust must ensure that all staff complete PROMPT and fetal monitoring training in line "
         "with trust targets. (Regulation 18)", 2,
         "Set a rolling PROMPT training schedule so that all midwives and obstetricians attend within "
         "12 months.",
         "Director of Midwifery / Clinical Director Obstetrics", D(2025, 3, 31), None, "G", "G",
         "PROMPT compliance 84%."),
        ("MAT-M1.2", "Must", None, 0,
         "Provide fetal monitoring (K2) e-learning with protected time and report compliance monthly "
         "to the Maternity and Neonatal Safety Champions.",
         "Fetal Monitoring Lead Midwife", D(2025, 1, 31), None, "A", "R",
         "Compliance 68%; recovery trajectory agreed."),
        ("MAT-S1.1", "Should",
         "The trust should ensure that the maternity triage telephone line is answered promptly.", 1,
         "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) and a dedicated "
         "triage telephone line staffed 24/7.",
         "Director of Midwifery", D(2025, 2, 28), None, None, "G",
         "BSOTS training under way; phone line business case approved."),
    ]
    r = 5
    for row in rows:
        if row[0] == "S":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, ms, finding, span, act, lead, orig, rev, prev, cur, prog = row
        vals = [ref, ms, finding, act, lead, orig, rev, prev, cur, prog]
        for i, v in enumerate(vals, 1):
            if i == 3 and finding is None:
                continue
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for i, v in ((8, prev), (9, cur)):
            if v:
                ws.cell(row=r, column=i).fill = fill(rag_fill[v])
                ws.cell(row=r, column=i).alignment = Alignment(horizontal="center", vertical="top")
        if finding is not None and span > 1:
            ws.merge_cells(start_row=r, start_column=3, end_row=r + span - 1, end_column=3)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Actions rated B are closed only when evidence has been reviewed "
                                   "by the CQC Steering Group.")
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key.append(["RAG", "Definition"])
    for k, d in [("B", "Complete – evidence assured by the CQC Steering Group"),
                 ("G", "On track to deliver by the due date"),
                 ("A", "Slippage – revised date agreed"),
                 ("R", "Off track / at risk of not delivering")]:
        key.append([k, d])
        key.cell(row=key.max_row, column=1).fill = fill(rag_fill[k])
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "ep1-east-sussex-healthcare-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# --------------------------------------------------------------------------------------
# 3. Disclosure and Barring Service - ICO data protection audit management action plan
#    (national body, xlsx, document control + summary sheets, scope area merged down,
#    recommendation beside agreed action, agreed/revised dates, status words with fill)
# --------------------------------------------------------------------------------------
def make_dbs():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Disclosure and Barring Service"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "ICO Data Protection Audit – Management Action Plan"
    dc["A2"].font = Font(bold=True)
    dc.append([])
    dc.append(["Version", "Date", "Author", "Change"])
    for c in dc[4]:
        c.font = Font(bold=True)
    for v in [("0.1", D(2024, 6, 12), "Information Governance Team",
               "Draft following receipt of ICO final report"),
              ("1.0", D(2024, 7, 9), "Head of Information Governance (DPO)",
               "Agreed by Executive Committee"),
              ("1.3", D(2025, 2, 4), "Information Governance Team",
               "Q3 2024/25 progress update for ARAC")]:
        dc.append(list(v))
        dc.cell(row=dc.max_row, column=2).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", [10, 12, 36, 46]):
        dc.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "ICO audit – assurance ratings and recommendation summary"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["Scope area", "ICO assurance rating", "Urgent", "High", "Medium", "Low", "Total"])
    for c in sm[3]:
        c.font = Font(bold=True)
    for v in [("Governance and accountability", "Reasonable", 0, 2, 1, 0, 3),
              ("Records management", "Limited", 1, 2, 1, 0, 4),
              ("Data sharing", "Reasonable", 0, 1, 1, 1, 3),
              ("Total", None, 1, 5, 3, 1, 10)]:
        sm.append(list(v))
    sm.append([])
    sm.append(["Status at 31 January 2025", "Implemented 3", "On track 4", "Delayed 2", "Not started 1"])
    sm.column_dimensions["A"].width = 32
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Disclosure and Barring Service – ICO Data Protection Audit: Management Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Audit fieldwork: 11–14 March 2024. Final report received: 30 May 2024. Update position "
                "at 31 January 2025 for the Audit and Risk Assurance Committee (ARAC).")
    ws["A3"] = ("Status key: Implemented – action complete, evidence held | On track | Delayed – revised "
                "date agreed by ARAC | Not started")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Scope area", "Priority", "ICO recommendation", "Agreed action", "Action owner",
             "Agreed date", "Revised date", "Status", "Progress update (January 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", [6, 18, 9, 48, 48, 26, 12, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    st_fill = {"Implemented": BLUE, "On track": GREEN, "Delayed": AMBER, "Not started": GREY}
    groups = [
        ("Governance and accountability", [
            ("A3", "High",
             "DBS should ensure that its Record of Processing Activities (RoPA) is complete and is "
             "reviewed at least annually by information asset owners.",
             "Complete a full refresh of the RoPA with each Information Asset Owner and set an annual "
             "review reminder in the IAO handbook.",
             "Head of Information Governance (DPO)", D(2024, 9, 30), None, "Implemented",
             "RoPA refreshed and signed off by the SIRO 26 September 2024."),
            ("A7", "High",
             "DBS should introduce role-specific data protection training for staff who handle special "
             "category and criminal offence data.",
             "Develop a role-based training module for barring caseworkers and disclosure staff, and "
             "track completion through the learning management system.",
             "Priya Shah and Tom Rees", D(2024, 12, 31), D(2025, 3, 31), "Delayed",
             "Content drafted; LMS build delayed by platform migration."),
            ("A11", "Medium",
             "DBS should formalise the reporting of information governance KPIs to the Executive "
             "Committee.",
             "Add a quarterly IG performance report (SARs, incidents, training) to the Executive "
             "Committee forward plan.",
             "Senior Information Risk Owner (SIRO)", "Q3 2024/25", None, "Implemented",
             "First report taken in October 2024."),
        ]),
        ("Records management", [
            ("B2", "Urgent",
             "DBS should ensure that retention periods are applied to all case management records and "
             "that records past their retention date are securely destroyed.",
             "Configure automated retention and deletion rules in the case management system for closed "
             "disclosure applications.",
             "Chief Information Officer / Head of Cyber Security", D(2024, 10, 31), D(2025, 4, 30),
             "Delayed", "Rules configured in test; live deletion awaits legal sign-off."),
            ("B4", "High",
             "DBS should complete an information asset register that identifies all systems and paper "
             "records holding personal data.",
             "Extend the information asset register to cover paper archives at the Darlington and "
             "Liverpool sites.",
             "Knowles, Hannah", D(2025, 2, 28), None, "On track",
             "Darlington complete; Liverpool survey under way."),
            ("B6", "High",
             "DBS should regularly review access rights to shared drives holding personal data.",
             "Introduce six-monthly access reviews of shared drives, with leavers removed within five "
             "working days.",
             "IT Service Desk Manager", D(2025, 3, 31), None, "On track", None),
            ("B9", "Medium",
             "DBS should carry out spot checks of clear desk and secure printing compliance.",
             "Add clear desk and secure print checks to the quarterly security walk-round schedule.",
             "Head of Security", D(2024, 12, 31), None, "Implemented",
             "Walk-rounds in place since November 2024."),
        ]),
        ("Data sharing", [
            ("C1", "High",
             "DBS should ensure that all regular data sharing with police forces and other bodies is "
             "covered by a documented data sharing agreement.",
             "Review all regular data flows with police forces and update or put in place data sharing "
             "agreements, starting with the highest volume flows.",
             "Head of Information Governance (DPO) / Police Liaison Manager", D(2025, 6, 30), None,
             "On track", "14 of 43 police force agreements re-signed."),
            ("C4", "Medium",
             "DBS should keep a log of all ad hoc disclosures of personal data to third parties.",
             "Create a central log of ad hoc disclosures, held by the Information Governance Team, and "
             "issue guidance to staff.",
             "Information Governance Manager", D(2025, 4, 30), None, "On track",
             "Log template agreed; guidance in drafting."),
            ("C6", "Low",
             "DBS should review its privacy information for employers and registered bodies to ensure "
             "it reflects current data sharing.",
             "Update the privacy notice for registered bodies and publish on GOV.UK.",
             "Head of Communications", "June 2025", None, "Not started",
             "Scheduled to start after C1 agreement review."),
        ]),
    ]
    r = 6
    for area, recs in groups:
        first = r
        for ref, pri, rec, act, owner, agreed, revised, status, upd in recs:
            vals = [ref, area if r == first else None, pri, rec, act, owner, agreed, revised, status, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = fill(st_fill[status])
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Source: ICO audit report, section 4 (recommendations). Priority "
                                   "ratings as defined by the ICO: Urgent, High, Medium, Low.")
    ws.freeze_panes = "A6"
    wb.active = 2
    dc.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wb.save(os.path.join(HERE, "ep1-disclosure-and-barring-service-ico-data-protection-audit-action-plan.xlsx"))


# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# --------------------------------------------------------------------------------------
# 4. Lancashire & South Cumbria NHS FT - CQC acute wards / PICU must do / should do
#    (mental health, docx, document control + RAG key tables, one table per must do with
#    the must do as a bold paragraph above, one should-do table with should do merged down)
# --------------------------------------------------------------------------------------
def make_lscft():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Lancashire & South Cumbria NHS Foundation Trust").bold = True
    doc.add_heading("CQC Inspection of Acute Wards for Adults of Working Age and Psychiatric Intensive "
                    "Care Units – Improvement Action Plan", level=1)
    doc.add_paragraph("Inspection dates: 6–9 January 2025   |   Report published: April 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Nursing and Quality"), ("Version", "1.3"),
                 ("Date", "15 July 2025"), ("Approved by", "Quality Committee"),
                 ("Next review", "September 2025")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, colr in [("Blue", "Complete – evidence of embedding reviewed by the CQC Assurance Group", BLUE),
                       ("Green", "On track to deliver by target date", GREEN),
                       ("Amber", "Risk to delivery by target date – mitigation in place", AMBER),
                       ("Red", "Not on track – escalated to Executive Management Team", RED)]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], colr)
        set_text(cells[1], v)

    colour = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    doc.add_heading("Section A: Must do actions", level=2)
    musts = [
        ("MD1. The trust must ensure that staff carry out and record physical health observations "
         "following the administration of rapid tranquilisation. (Regulation 12)", [
            ("MD1.1", "Launch a revised rapid tranquilisation post-administration monitoring chart on all "
                      "acute and PICU wards and withdraw previous versions.",
             "Consultant Nurse – Physical Health", "31/03/2025", "Blue",
             "Chart live on all 21 wards from 3 March 2025. Audit in May 2025 showed 94% completion."),
            ("MD1.2", "Add rapid tranquilisation monitoring compliance to the monthly ward quality "
                      "dashboard reviewed at Network Quality and Safety meetings.",
             "Associate Director of Nursing – Adult Inpatients / Head of Clinical Informatics",
             "30/06/2025", "Green", "Dashboard metric built; first full month of data June 2025."),
        ]),
        ("MD2. The trust must ensure that patients receive venous thromboembolism (VTE) risk assessments "
         "on admission and that these are reviewed. (Regulation 12)", [
            ("MD2.1", "Make VTE risk assessment a mandatory field in the admission template on the "
                      "electronic patient record.",
             "Chief Clinical Information Officer", "31/05/2025 revised to 31/08/2025", "Amber",
             "EPR change delayed by supplier release schedule; interim paper checklist in use."),
            ("MD2.2", "Deliver VTE awareness sessions to junior doctors at induction and to ward nursing "
                      "staff.",
             "Medical Director for Mental Health; Practice Development Team", "End of June 2025", "Blue",
             "Sessions delivered at April 2025 induction; 212 staff attended."),
        ]),
        ("MD3. The trust must ensure that there are enough suitably qualified and experienced staff on "
         "the wards to keep patients safe. (Regulation 18)", [
            ("MD3.1", "Recruit to registered nurse vacancies on acute and PICU wards through the 2025 newly "
                      "qualified nurse campaign and targeted international recruitment.",
             "Deputy Director of Workforce", "Q3 2025/26", "Green",
             "76 newly qualified nurses offered posts for September/October 2025 start."),
            ("MD3.2", "Introduce twice-daily safe staffing huddles in each network, using SafeCare data to "
                      "redeploy staff to wards below establishment.\nEscalate unresolved shortfalls to the "
                      "on-call senior manager.",
             "Network Directors of Nursing", "30/04/2025", "Blue",
             "Huddles in place in all three networks since 14 April 2025."),
            ("MD3.3", "Review the use of temporary staffing on PICUs and agree a minimum substantive staff "
                      "ratio for each shift.",
             "Head of Nursing – PICU", "30/09/2025", "Red",
             "Review not yet completed; escalated to EMT 8 July 2025."),
        ]),
    ]
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress and evidence"]
    widths = [Cm(1.6), Cm(8.5), Cm(4.5), Cm(3.2), Cm(1.8), Cm(6.5)]
    for must, acts in musts:
        doc.add_paragraph().add_run(must).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, rag, prog]):
                set_text(c, v)
            shade(cells[4], colour[rag])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_heading("Section B: Should do actions", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Should do", "Action", "Lead", "Target date", "RAG"]):
        set_text(c, h, bold=True)
        shade(c, "D9E2F3")
    shoulds = [
        ("The trust should ensure that clozapine monitoring is completed and recorded in line with "
         "trust policy.", [
            ("SD1.1", "Pharmacy technicians to complete a weekly clozapine monitoring check on each ward, "
                      "using the ZTAS system, and report exceptions to the ward consultant.",
             "Chief Pharmacist", "30/04/2025", "Blue")]),
        ("The trust should ensure that discharge planning starts on admission and involves patients and "
         "carers.", [
            ("SD2.1", "Roll out the discharge planning protocol piloted on Churchill Ward to all acute "
                      "wards.",
             "Associate Director of Nursing – Adult Inpatients", "September 2025", "Green"),
            ("SD2.2", "Record carer involvement in discharge planning in the care plan and audit "
                      "quarterly.",
             "Carers Lead / Ward Managers", "Quarterly", "Green")]),
    ]
    for should, acts in shoulds:
        first = None
        for k, (ref, act, lead, when, rag) in enumerate(acts):
            cells = t.add_row().cells
            if k == 0:
                first = cells[1]
                set_text(cells[1], should)
            set_text(cells[0], ref)
            set_text(cells[2], act)
            set_text(cells[3], lead)
            set_text(cells[4], when)
            set_text(cells[5], rag)
            shade(cells[5], colour[rag])
            if k > 0:
                first.merge(cells[1])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported bi-monthly to the Quality Committee. Actions "
                      "rated Blue will be closed once the CQC Assurance Group has reviewed the evidence.")
    doc.save(os.path.join(HERE, "ep1-lancashire-south-cumbria-nhsft-cqc-acute-picu-must-should-do-action-plan.docx"))


# --------------------------------------------------------------------------------------
# 5. Stoke on Trent College - FE Commissioner diagnostic assessment action plan (college,
#    docx, one table: theme band rows and recommendation rows merged across, original and
#    revised target columns, status words from a key line, sign-off table)
# --------------------------------------------------------------------------------------
def make_stoke():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Stoke on Trent College", style="Title")
    doc.add_heading("FE Commissioner Diagnostic Assessment: Recommendations Action Plan", level=1)
    doc.add_paragraph("Report to the Corporation – 10 December 2024. Progress position at 29 November 2024.")
    doc.add_paragraph("The FE Commissioner’s diagnostic assessment visit took place on 17–19 June 2024. The "
                      "report made five recommendations, which are set out below with the college’s agreed "
                      "actions. Progress is monitored by the Search and Governance Committee, the Quality "
                      "and Curriculum Committee and the Finance and Resources Committee.")
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | Behind schedule – recoverable "
                      "(amber) | At risk (red)")

    status_col = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "At risk": RED}
    heads = ["No.", "Agreed action", "Responsible", "Original target", "Revised target",
             "Progress update", "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")

    def band(text, colr, bold=True, italic=False):
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        set_text(m, text, bold=bold, italic=italic)
        shade(m, colr)

    plan = [
        ("T", "Governance and leadership"),
        ("R", "Recommendation 1: Governors should strengthen their oversight of the quality of education "
              "and training by receiving more detailed and timely information on learners’ progress and "
              "attendance."),
        ("A", "1.1", "Redesign the Quality and Curriculum Committee report to include in-year retention, "
                     "attendance and progress data by curriculum area.",
         "Vice Principal – Quality", "Oct 2024", "", "New report format used at 12 November committee.",
         "Complete"),
        ("A", "1.2", "Introduce a governor link model:\n- each governor linked to one curriculum area\n"
                     "- termly link visits reported to the Quality and Curriculum Committee",
         "Clerk to the Corporation / Chair of Quality and Curriculum Committee", "Dec 2024", "",
         "Links agreed; first visits scheduled for January.", "On track"),
        ("R", "Recommendation 2: The college should complete a skills audit of the board and recruit "
              "governors with further education and financial expertise."),
        ("A", "2.1", "Complete a full board skills audit and refresh the governor recruitment plan.",
         "Clerk to the Corporation", "Sept 2024", "",
         "Completed; reported to Search and Governance Committee 24 September 2024.", "Complete"),
        ("A", "2.2", "Recruit two governors with further education curriculum and audit/finance "
                     "experience.",
         "Chair of the Corporation", "Dec 2024", "March 2025",
         "One appointment made (finance). Second post re-advertised.", "Behind schedule"),
        ("T", "Quality of education"),
        ("R", "Recommendation 3: Leaders should improve the consistency of teaching across study "
              "programmes, particularly in English and mathematics."),
        ("A", "3.1", "Deliver a targeted coaching programme for English and maths teachers whose learning "
                     "walks identify development needs.",
         "Head of English and Maths", "Jan 2025", "", "11 staff on coaching programme.", "On track"),
        ("A", "3.2", "Introduce weekly attendance monitoring for English and maths with follow-up by "
                     "progress coaches within 48 hours.",
         "Director of Learner Services / Progress Coach Manager", "Nov 2024", "",
         "Attendance up 6 percentage points on the same point last year.", "Complete"),
        ("A", "3.3", "Review the observation and learning walk framework so that it focuses on the impact "
                     "of teaching on learners’ progress.",
         "Vice Principal – Quality", "31/01/2025", "30/04/2025",
         "Draft framework consulted on with staff; union feedback awaited.", "Behind schedule"),
        ("R", "Recommendation 4: Leaders should ensure that apprentices receive their full entitlement to "
              "off-the-job training and that employers are involved in reviews of apprentices’ progress."),
        ("A", "4.1", "Introduce monthly off-the-job hours tracking in the e-portfolio with exception "
                     "reports to the Head of Apprenticeships.",
         "Head of Apprenticeships", "Jan 2025", "", "Tracker live; exception reporting from December.",
         "On track"),
        ("T", "Finance"),
        ("R", "Recommendation 5: The corporation should approve a financial recovery plan that returns the "
              "college to a ‘good’ financial health grade by 2025/26."),
        ("A", "5.1", "Prepare a two-year financial recovery plan, including curriculum efficiency targets, "
                     "for approval by the Finance and Resources Committee.",
         "Chief Financial Officer", "Nov 2024", "Feb 2025",
         "Draft presented to F&R Committee 19 November; further work on pay costs requested.", "At risk"),
        ("A", "5.2", "Report monthly management accounts and cash-flow forecasts to the full board.",
         "Chief Financial Officer", "Monthly", "", "In place from September 2024.", "Complete"),
    ]
    for row in plan:
        if row[0] == "T":
            band(row[1], "BDD7EE")
        elif row[0] == "R":
            band(row[1], "F2F2F2", bold=False, italic=True)
        else:
            cells = t.add_row().cells
            for c, v in zip(cells, row[1:]):
                set_text(c, v)
            shade(cells[6], status_col[row[-1]])
    widths = [Cm(1.2), Cm(8), Cm(4.2), Cm(2.3), Cm(2.3), Cm(5.8), Cm(2.4)]
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["", "Name / role", "Date"]):
        set_text(c, h, bold=True)
    for row in [("Prepared by", "Vice Principal – Quality", "29/11/2024"),
                ("Reviewed by", "Principal and Chief Executive", "02/12/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.save(os.path.join(HERE, "ep1-stoke-on-trent-college-fe-commissioner-diagnostic-assessment-action-plan.docx"))


# --------------------------------------------------------------------------------------
# 6. UCLan - Ofsted apprenticeships post-inspection action plan (university, tab-separated
#    export, theme and area for improvement written only on first row, summary + key lines)
# --------------------------------------------------------------------------------------
def make_uclan():
    lines = [
        "University of Central Lancashire – Apprenticeships Post-Inspection Action Plan",
        "Ofsted full inspection 14–17 May 2024 (apprenticeships: Requires improvement)",
        "Exported from the Apprenticeship Quality Improvement Tracker on 06/01/2025",
        "",
        "\t".join(["Theme", "Area for improvement (Ofsted)", "Ref", "Action", "Owner", "Target date",
                   "RAG", "Update – December 2024"]),
    ]
    rows = [
        ("Quality of education",
         "Leaders should ensure that tutors identify accurately what apprentices already know and can do "
         "at the start of their programme, and use this information to plan individual training.",
         "QE1.1",
         "Revise the initial skills scan for all standards so that it maps prior learning against each "
         "knowledge, skill and behaviour (KSB).",
         "Head of Apprenticeship Quality", "31/10/2024", "Complete",
         "Revised scans live for September 2024 starters."),
        ("", "", "QE1.2",
         "Train programme leaders to use skills scan results to adjust the training plan and reduce "
         "off-the-job hours where prior learning is recognised.",
         "Head of Apprenticeship Quality; Faculty Apprenticeship Leads", "Jan-25", "Green",
         "4 of 5 faculties trained."),
        ("",
         "Leaders should make sure that apprentices on the level 6 Chartered Manager programme receive "
         "useful feedback that helps them improve their work.",
         "QE2.1",
         "Introduce a feedback standard for assessed work, with moderation of a 10% sample each semester.",
         "Course Leader – Chartered Manager", "Feb-25", "Amber",
         "Standard drafted; moderation panel to meet in February."),
        ("", "", "QE2.2",
         "Hold three-way progress reviews (apprentice, employer, tutor) every 10 weeks and record actions "
         "in the e-portfolio.",
         "Skills Coaches", "Ongoing", "Green", "Review completion 88% (target 95%)."),
        ("Leadership and management",
         "Leaders and governors should receive information that enables them to hold faculties to account "
         "for the quality of apprenticeship training.",
         "LM1.1",
         "Establish an Apprenticeship Quality Board chaired by the Pro-Vice-Chancellor (Education), "
         "reporting each term to Academic Board.",
         "Pro-Vice-Chancellor (Education)", "September 2024", "Complete",
         "First meeting held 19 September 2024."),
        ("", "", "LM1.2",
         "Produce a monthly apprenticeship performance dashboard showing progress, breaks in learning and "
         "achievement by standard.",
         "Director of Planning / Head of Apprenticeship Quality", "Mar-25", "Red",
         "Data warehouse issues; interim Excel dashboard in use."),
        ("",
         "Leaders should ensure that apprentices complete their programme within the planned timescale.",
         "LM2.1",
         "Review every apprentice who is past their planned end date and agree a completion plan with the "
         "employer.",
         "Faculty Apprenticeship Leads", "28/02/2025", "Amber", "112 of 164 reviews completed."),
        ("Personal development",
         "Leaders should ensure that apprentices develop their understanding of the risks of radicalisation "
         "and extremism relevant to their workplace and locality.",
         "PD1.1",
         "Add a Prevent and British values topic to each progress review, tailored to the apprentice's "
         "sector.",
         "Safeguarding and Prevent Lead", "April 2025", "Green",
         "Topic bank written for health and policing standards."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "Summary: 8 actions – Complete 2, Green 3, Amber 2, Red 1",
        "RAG: Complete = action delivered and impact evidenced; Green = on track; Amber = at risk of "
        "slipping; Red = off track",
    ]
    with open(os.path.join(HERE, "ep1-uclan-ofsted-apprenticeships-post-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------
# 7. Highcliffe Medical Centre - CQC inspection action plan (GP, csv export) - REFUSE:
#    the target date on line 11 is "Octber 2025".
# --------------------------------------------------------------------------------------
def make_highcliffe():
    rows = [
        ["Highcliffe Medical Centre – CQC Inspection Action Plan", "", "", "", "", "", ""],
        ["Inspection 21 May 2025 (report published 2 July 2025): overall Requires improvement; Safe and "
         "Well-led rated Requires improvement", "", "", "", "", "", ""],
        ["Prepared by: Practice Manager. Reviewed at partners' meeting 16 July 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Key question", "Regulation / finding", "Ref", "Action", "Responsible", "Target date", "Status"],
        ["Safe", "Regulation 12: The provider must ensure that patients on high-risk medicines receive the "
                 "required monitoring before prescriptions are issued.", "1a",
         "Run monthly searches for patients prescribed methotrexate, lithium, azathioprine or DOACs who are "
         "overdue monitoring, and recall them for blood tests.",
         "Dr A Patel / Clinical Pharmacist", "30/06/2025", "Complete"],
        ["", "", "1b", "Add a monitoring alert to the clinical system so that overdue bloods are flagged at "
                       "the point of reissue.", "Clinical Pharmacist", "31/07/2025", "Complete"],
        ["Safe", "Regulation 12: The provider must ensure that actions from the infection prevention and "
                 "control audit are completed.", "2a",
         "Complete the outstanding IPC audit actions, including replacement of the fabric chairs in the "
         "waiting room and clinical room flooring repairs.",
         "Practice Manager; IPC Lead Nurse", "Sept 2025", "In progress"],
        ["Well-led", "Regulation 17: The provider must establish effective systems to assess, monitor and "
                     "mitigate risks, including oversight of staff training and safety alerts.", "3a",
         "Set up a training matrix for all staff, reviewed at the monthly practice meeting, covering "
         "safeguarding, basic life support, fire safety and IPC.",
         "Practice Manager", "31/08/2025", "Complete"],
        ["", "", "3b", "Introduce a safety alert log recording each MHRA alert, the searches run and the "
                       "actions taken, signed off by a GP partner.", "Dr S Okafor", "31/07/2025", "Complete"],
        ["", "", "3c", "Hold quarterly governance meetings with minutes and an action log, covering "
                       "significant events, complaints and audits.",
         "Dr S Okafor and Practice Manager", "Octber 2025", "Not started"],
        ["Effective", "The provider should continue to improve the uptake of childhood immunisations and "
                      "cervical screening.", "4a",
         "Send text reminders and offer Saturday clinics for childhood immunisations and cervical screening.",
         "Practice Nurse Lead", "31/12/2025", "In progress"],
        ["Responsive", "The provider should review telephone access and act on the results of the GP "
                       "Patient Survey.", "5a",
         "Install a cloud telephony system with call-back and queue position messages.",
         "Practice Manager", "Nov 2025", "Not started"],
        ["", "", "", "", "", "", ""],
        ["Status at 15 August 2025. Next review: practice meeting 17 September 2025", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "ep1-highcliffe-medical-centre-cqc-inspection-action-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


if __name__ == "__main__":
    make_whitehaven()
    make_esht()
    make_dbs()
    make_lscft()
    make_stoke()
    make_uclan()
    make_highcliffe()
    print("built 7 files in", HERE)
