"""Generator for the aw2- cases in heldout83 (plans outside children's services)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def bold_row(row):
    for c in row.cells:
        for para in c.paragraphs:
            for r in para.runs:
                r.bold = True


# ---------------------------------------------------------------- 1 audit tracker xlsx
def east_herts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "East Herts Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Shared Internal Audit Service (SIAS) – position as at 31 October 2024. Report to Audit and Governance Committee, 19 November 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec Ref", "Priority", "Recommendation", "Management Response / Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date",
           "Progress Update", "Status"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    audits = [
        ("Procurement and Contract Management (2023/24) – Limited assurance", [
            ("PCM 01", "High",
             "The Contract Register should be reviewed and updated so that it records all contracts over £5,000 as required by the Local Government Transparency Code.",
             "Procurement team to reconcile the Contract Register against creditor payments over £5,000 and publish the updated register quarterly.",
             "Head of Strategic Finance and Property", D(2024, 3, 31), D(2024, 9, 30),
             "Reconciliation completed in August. Updated register published on the council website on 27 September 2024.",
             "Complete", "blue"),
            ("PCM 02", "Medium",
             "Waivers of Contract Procedure Rules should be approved and recorded in line with the Constitution.",
             "Introduce a single waiver form signed off by the Section 151 Officer and Monitoring Officer, and report waivers to Audit and Governance Committee twice yearly.",
             "Procurement Manager", D(2024, 6, 30), D(2024, 12, 31),
             "New waiver form in use since July. The first six-monthly report will go to the January 2025 committee.",
             "Amber", "amber"),
        ]),
        ("Housing Benefit Overpayments (2023/24) – Reasonable assurance", [
            ("HBO 01", "Medium",
             "Overpayment recovery should be pursued promptly, with reminder letters issued in line with the recovery timetable.",
             "Recovery officers to run a weekly report of overpayment invoices with no payment after 28 days and issue reminders.",
             "Revenues and Benefits Manager", D(2024, 5, 31), None,
             "Weekly report in place from May 2024. Reminder letters are now issued within five working days.",
             "Green", "green"),
            ("HBO 02", "Low",
             "Write-offs above £1,000 should be authorised in line with the Financial Regulations.",
             "Reissue write-off authorisation levels to the team and introduce a quarterly check by the Team Leader.",
             "Benefits Team Leader", D(2024, 9, 30), None,
             "Authorisation levels reissued in June. The quarterly check has not started because of two vacancies in the team.",
             "Red", "red"),
        ]),
        ("Cyber Security – Incident Response (2024/25) – Limited assurance", [
            ("CYB 01", "High",
             "A cyber incident response plan should be approved, tested and communicated to key staff.",
             "Finalise the Cyber Incident Response Plan and run a tabletop exercise with the Leadership Team.",
             "Head of ICT / Information Governance Manager", D(2024, 12, 31), None,
             "Draft plan with Leadership Team for comment. Tabletop exercise booked for 4 December 2024.",
             "Green", "green"),
            ("CYB 02", "Medium",
             "Backups of critical systems should be restored and tested at least annually.",
             "Schedule and document restore tests for the finance, revenues and planning systems.",
             "Head of ICT", D(2025, 3, 31), None,
             "Not yet due.",
             None, None),
        ]),
        ("Car Parking Income (2023/24) – Reasonable assurance", [
            ("CPI 01", "Medium",
             "Cash collected from pay and display machines should be reconciled to machine audit data before banking.",
             "Parking Services to reconcile weekly cash collections to machine audit tickets and keep the evidence.",
             "Parking Manager", D(2024, 2, 29), D(2024, 6, 30),
             "Reconciliations in place and evidenced; confirmed by the SIAS follow-up in July 2024.",
             "Complete", "blue"),
        ]),
    ]
    r = 5
    for head, recs in audits:
        ws.cell(r, 1, head).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(r, col).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, pri, rec, act, off, orig, rev, prog, status, fill) in recs:
            vals = [ref, pri, rec, act, off, orig, rev, prog, status]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(r, 9).fill = FILL[fill]
            r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Complete – action implemented and verified by SIAS")
    ws.cell(r + 2, 1, "Green – on track to be implemented by the target date")
    ws.cell(r + 3, 1, "Amber – at risk; revised target date agreed")
    ws.cell(r + 4, 1, "Red – overdue or no progress")
    for col, w in zip("ABCDEFGHI", [10, 9, 45, 45, 26, 13, 13, 45, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(p("aw2-east-herts-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 fire HMICFRS xlsx
def essex_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = "Essex County Fire and Rescue Service – HMICFRS Inspection 2023/24: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated: October 2024   |   Plan owner: Director of Operations   |   Reported to: Performance and Resources Board"
    hdr = ["Action Ref", "Area for Improvement", "Action", "Action Owner", "Due Date",
           "Previous RAG", "Current RAG", "Update"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("Effectiveness – Responding to fires and other emergencies", [
            ("The service should make sure it has enough fire engines available to respond to incidents in line with its community risk management plan.", [
                ("1.1", "Implement the on-call availability improvement programme, including revised contracts and banded availability payments.",
                 "Area Manager Response", D(2025, 3, 1), "A", "A",
                 "New contracts offered at all on-call stations; uptake is 62%. Availability is reported monthly to the Strategic Leadership Team."),
                ("1.2", "Introduce a daily crewing dashboard so that Control can see predicted fire engine availability 24 hours ahead.",
                 "Group Manager Control", D(2024, 9, 1), "G", "B",
                 "Dashboard went live on 2 September 2024 and is used at the daily resourcing call."),
            ]),
            ("The service should make sure its staff are trained in risk-critical skills and that training is recorded accurately.", [
                ("2.1", "Audit competency records for breathing apparatus, incident command and casualty care at every station.",
                 "Head of Training", "Q3 2024/25", "A", "G",
                 "Audit completed at 31 of 50 stations. Gaps found are being closed through station training plans."),
                ("2.2", "Move all training records onto the new learning management system and close the legacy spreadsheets.",
                 "Head of Training / ICT Business Partner", D(2025, 6, 1), None, "G",
                 "System procured. Data migration testing starts in November."),
            ]),
        ]),
        ("Effectiveness – Protecting the public through fire regulation", [
            ("The service should make sure its risk-based inspection programme targets the highest-risk premises and that it has enough qualified protection staff.", [
                ("3.1", "Refresh the risk-based inspection programme using the new premises risk model.",
                 "Head of Protection", D(2024, 12, 1), "G", "G",
                 "Risk model signed off in August. Revised programme to be issued to teams from December."),
                ("3.2", "Recruit and train four additional fire safety inspectors to Level 4 Diploma.",
                 "Head of Protection", "Ongoing", "A", "A",
                 "Two inspectors appointed and enrolled on the Level 4 Diploma; two posts re-advertised."),
            ]),
        ]),
        ("People – Ensuring fairness and promoting diversity", [
            ("The service should improve the diversity of its workforce and make sure staff understand the benefits of equality, diversity and inclusion.", [
                ("4.1", "Run positive action recruitment events ahead of the 2025 wholetime recruitment campaign.",
                 "HR Business Partner (Resourcing)", D(2025, 1, 1), "G", "R",
                 "Two of the three planned events were postponed because of venue problems. The campaign opening date is under review."),
                ("4.2", "Complete equality impact assessments for all new and revised policies and publish an annual summary.",
                 "EDI Manager", D(2025, 3, 1), None, "Not started",
                 "Template agreed; work will start once the policy review schedule is confirmed."),
            ]),
        ]),
    ]
    r = 5
    for sec, afis in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(r, col).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            top = r
            for (ref, act, owner, due, prev, cur, upd) in acts:
                vals = [ref, afi if r == top else None, act, owner, due, prev, cur, upd]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(r, col, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                for col, v in ((6, prev), (7, cur)):
                    if v in rag_fill:
                        ws.cell(r, col).fill = FILL[rag_fill[v]]
                        ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – recoverable"), ("R", "Off track – escalate to Board")], 1):
        ws.cell(r + i, 1, k).fill = FILL[rag_fill[k]]
        ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [10, 45, 50, 26, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("aw2-essex-cfrs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3 housing RSH docx
def peabody():
    doc = Document()
    landscape(doc)
    doc.add_heading("Peabody: Consumer Standards Improvement Plan", level=0)
    doc.add_paragraph(
        "This plan sets out the actions we are taking in response to the Regulator of Social Housing's "
        "consumer inspection and our own self-assessment against the consumer standards. Progress is "
        "reported quarterly to the Customer and Communities Committee and to our Resident Voice Panel.")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Owner", "Executive Director of Customer Services"),
                                ("Approved by", "Customer and Communities Committee"),
                                ("Date of this update", "28 November 2024"), ("Next review", "February 2025")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    hdr = ["Ref", "Action", "Lead", "Target date", "Status", "Progress"]
    colour = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    themes = [
        ("Theme 1: Safety and Quality Standard", [
            ("1.1", "Complete a 100% stock condition survey programme over three years, starting with homes that have had no survey in the last five years.",
             "Director of Asset Management", "March 2027", "Green",
             "9,850 surveys completed against a year one target of 11,000. Survey data now loaded into the asset management system weekly."),
            ("1.2", "Clear the backlog of overdue high-priority fire risk assessment actions.",
             "Head of Building Safety", "31/12/2024", "Amber",
             "Backlog reduced from 1,240 to 410 actions. Contractor capacity for fire door replacements remains the main constraint."),
            ("1.3", "Set up a damp and mould triage team with a target of inspecting within 10 working days of a report.",
             "Head of Repairs", "Sept 2024", "Blue",
             "Team in place since August. 94% of inspections in October were carried out within 10 working days."),
        ]),
        ("Theme 2: Transparency, Influence and Accountability Standard", [
            ("2.1", "Publish our Tenant Satisfaction Measures with a summary written with residents.",
             "Head of Performance and Insight", "Q2 2024/25", "Blue",
             "Published on the website in September with a two-page summary co-designed with the Resident Voice Panel."),
            ("2.2", "Review our complaints process against the Housing Ombudsman's Complaint Handling Code and report the self-assessment to the Board.",
             "Director of Customer Experience", "June 2024 – March 2025", "Green",
             "Self-assessment drafted. Staff training on the new two-stage process is under way."),
            ("2.3", "Support a Resident Scrutiny Panel review of how we communicate about repairs.",
             "Resident Engagement Manager and Head of Repairs", "Ongoing", "Green",
             "Panel has met three times and has visited the repairs contact centre."),
        ]),
        ("Theme 3: Neighbourhood and Community Standard", [
            ("3.1", "Agree a revised anti-social behaviour policy with residents and train frontline staff in it.",
             "Head of Community Safety", "Feb 2025", "Red",
             "Consultation extended after a low response rate. Training cannot start until the policy is agreed."),
        ]),
    ]
    for theme, acts in themes:
        doc.add_heading(theme, level=1)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            tb.rows[0].cells[i].text = h
            shade(tb.rows[0].cells[i], "D9E1F2")
        bold_row(tb.rows[0])
        for a in acts:
            row = tb.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
            shade(row.cells[4], colour[a[4]])
    doc.add_paragraph()
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, t) in enumerate([("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk of delay"), ("Red", "Off track")]):
        k.cell(i, 0).text = c
        shade(k.cell(i, 0), colour[c])
        k.cell(i, 1).text = t
    doc.save(p("aw2-peabody-rsh-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------- 4 NHS CQC docx
def sath():
    doc = Document()
    landscape(doc)
    doc.add_heading("The Shrewsbury and Telford Hospital NHS Trust – CQC Inspection Action Plan: Must Do and Should Do Actions", level=1)
    doc.add_paragraph(
        "Following the CQC inspection of urgent and emergency care and maternity services, the trust received "
        "the regulatory actions below. Each must do (MD) and should do (SD) action has an agreed improvement "
        "action, a lead and a completion date. Progress is monitored monthly at the Quality and Safety "
        "Assurance Committee.")
    hdr = ["Ref", "Action", "Lead", "Completion date", "RAG"]
    colour = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    services = [
        ("Urgent and Emergency Care", [
            ("MD1 The trust must ensure that patients attending the emergency department receive an initial clinical assessment within 15 minutes of arrival. (Regulation 12)", [
                ("MD1.1", "Introduce a streaming and triage nurse at the front door 24 hours a day, supported by the rapid assessment and treatment model.",
                 "Divisional Director of Nursing, Medicine and Emergency Care", "31/01/2025", "Green"),
                ("MD1.2", "Audit time to initial assessment weekly and report the results to the ED Quality and Safety meeting.",
                 "ED Matron", "Ongoing", "Green"),
            ]),
            ("MD2 The trust must ensure that sepsis screening and treatment are completed and recorded in line with national guidance. (Regulation 12)", [
                ("MD2.1", "Embed the electronic sepsis screening tool in the ED patient record and make its completion mandatory.",
                 "Chief Clinical Information Officer", "November 2024", "Complete"),
                ("MD2.2", "Deliver sepsis training to all ED nursing and medical staff and reach compliance of at least 90%.",
                 "ED Clinical Lead / Practice Educator", "March 2025", "Amber"),
            ]),
            ("SD1 The trust should ensure that resuscitation equipment is checked daily and that checks are recorded.", [
                ("SD1.1", "Move resuscitation trolley checks onto the electronic checking system, with missed checks escalated to the nurse in charge.",
                 "ED Matron", "Dec-24", "Green"),
            ]),
        ]),
        ("Maternity", [
            ("MD3 The trust must ensure that midwifery and medical staff complete mandatory training, including fetal monitoring training. (Regulation 18)", [
                ("MD3.1", "Build protected training days into the maternity rota so that PROMPT and fetal monitoring training compliance reaches 90%.",
                 "Director of Midwifery", "30 April 2025", "Amber"),
            ]),
            ("MD4 The trust must ensure that emergency equipment in maternity is checked and ready for use. (Regulation 15)", [
                ("MD4.1", "Introduce daily and weekly check sheets for neonatal resuscitaires, monitored through the maternity safety huddle.",
                 "Maternity Matron (Inpatients)", "Aug-24", "Complete"),
            ]),
            ("SD2 The trust should ensure that women are offered a debrief after a birth that did not go as planned.", [
                ("SD2.1", "Relaunch the birth reflections service and publicise it in postnatal information.",
                 "Consultant Midwife", "Q4 2024/25", "Not started"),
            ]),
        ]),
    ]
    for svc, regs in services:
        doc.add_heading(svc, level=2)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            tb.rows[0].cells[i].text = h
            shade(tb.rows[0].cells[i], "BDD7EE")
        bold_row(tb.rows[0])
        for reg, acts in regs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[-1])
            m.text = reg
            shade(m, "F2F2F2")
            for r in m.paragraphs[0].runs:
                r.bold = True
            for a in acts:
                row = tb.add_row()
                for i, v in enumerate(a):
                    row.cells[i].text = v
                if a[4] in colour:
                    shade(row.cells[4], colour[a[4]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) – action completed and evidence accepted; Green – on track; "
                      "Amber – risk to delivery by the completion date; Red – off track.")
    doc.save(p("aw2-shrewsbury-telford-hospital-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 5 peer challenge txt
def east_devon():
    rows = [
        ["Ref", "Recommendation", "Action", "Lead Officer", "Timescale", "Progress update", "RAG"],
        ["1.1", "Refresh the Council Plan so that priorities are clear, resourced and understood by staff, members and partners.",
         "Agree a refreshed Council Plan 2024-2028 with measurable outcomes.", "Chief Executive", "Jul-24",
         "Council Plan adopted at Council on 17 July 2024.", "Complete"],
        ["1.2", "", "Align service plans and the performance framework with the new Council Plan priorities.",
         "Performance Manager", "Mar-25", "Service plan template revised; first quarterly report on the new measures due to Cabinet in February.", "Green"],
        None,
        ["2.1", "Develop a medium term financial strategy that closes the budget gap in years two and three.",
         "Set up a Financial Sustainability Board to oversee savings and income proposals.", "Director of Finance", "Sep-24",
         "Board meets monthly and is chaired by the Chief Executive.", "Complete"],
        ["2.2", "", "Bring forward a savings programme of £2.5m for the 2025/26 budget.", "Director of Finance / SMT", "Feb 2025",
         "£1.7m of proposals identified so far. Further options on fees and charges being worked up with portfolio holders.", "Amber"],
        None,
        ["3.1", "Strengthen member and officer relationships, including a refreshed protocol and a member development programme.",
         "Review the Member/Officer Protocol with group leaders.", "Monitoring Officer", "Dec-24",
         "Draft protocol discussed with group leaders; comments are being collated.", "Amber"],
        ["3.2", "", "Deliver a member development programme covering induction, scrutiny skills and planning training.",
         "Democratic Services Manager", "Ongoing", "Planning training delivered to 38 members. Scrutiny skills sessions run by CfGS in October.", "Green"],
        None,
        ["4.1", "Develop a clear approach to place leadership with partners in Exeter and across the wider Devon system.",
         "Hold a partnership summit with town and parish councils, Devon County Council and the NHS.", "Chief Executive", "Q1 2025/26",
         "", ""],
    ]
    lines = ["East Devon District Council – LGA Corporate Peer Challenge Action Plan",
             "Progress update as at January 2025",
             ""]
    for r in rows:
        lines.append("" if r is None else "\t".join(r))
    lines += ["", "RAG key: Complete = action delivered; Green = on track; Amber = some slippage; Red = significant concern"]
    with open(p("aw2-east-devon-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 6 police PEEL csv (refuse)
def warwickshire_police():
    rows = [
        ["AFI Ref", "PEEL Area", "Area for Improvement", "Action", "Action Owner", "Target Date", "Status", "Latest Update"],
        ["AFI 1", "Responding to the public",
         "The force should make sure it answers emergency and non-emergency calls within national standards.",
         "Recruit to the full establishment of call handlers and run a rolling initial training course.",
         "Superintendent Contact and Control", "31/03/2025", "On track",
         "Two intakes completed this year. Establishment at 93% and 999 answer times within standard for five consecutive months."],
        ["AFI 1", "Responding to the public",
         "The force should make sure it answers emergency and non-emergency calls within national standards.",
         "Introduce a call-back service for abandoned 101 calls with a one-hour standard.",
         "Chief Inspector Force Control Room", "30/09/2024", "Complete",
         "Call-back service live since August 2024."],
        ["AFI 2", "Investigating crime",
         "The force should make sure victims are kept updated in line with the Victims' Code.",
         "Add mandatory Victims' Code contact fields to the crime recording system.",
         "Head of Crime Standards", "Dec-24", "On track",
         "System change approved by the Change Board and scheduled for release in December."],
        ["AFI 2", "Investigating crime",
         "The force should make sure victims are kept updated in line with the Victims' Code.",
         "Carry out a quarterly Victims' Code compliance audit and report the results to the Crime and Justice Board.",
         "Force Crime Registrar", "Quarterly", "On track",
         "Q2 audit completed: compliance 71%, up from 58%."],
        ["AFI 3", "Protecting vulnerable people",
         "The force should make sure domestic abuse risk assessments are reviewed by a supervisor within 24 hours.",
         "Introduce a daily supervisory review list for DASH risk assessments in the Public Protection Unit.",
         "DCI Public Protection", "Novmber 2024", "Off track",
         "Review list built but not yet in daily use because of the PPU restructure."],
        ["AFI 4", "Developing a positive workplace",
         "The force should make sure its first-line supervisors have the training and time to support their teams.",
         "Launch a sergeants' leadership programme for all newly promoted sergeants.",
         "Head of People Development", "31/01/2025", "On track",
         "First cohort of 18 sergeants started in October."],
        ["AFI 4", "Developing a positive workplace",
         "The force should make sure its first-line supervisors have the training and time to support their teams.",
         "Run a wellbeing pulse survey of officers and staff and publish the findings.",
         "Chief Superintendent Local Policing / Head of HR", "June 2025", "Not started",
         ""],
    ]
    with open(p("aw2-warwickshire-police-peel-afi-tracker-typo-month-refuse.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 7 ASC CQC xlsx
def st_helens():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "St Helens Borough Council – Adult Social Care CQC Assessment Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Version control"
    cov["A3"].font = Font(bold=True)
    cov.append(["Version", "Date", "Author", "Change"])
    for c in cov[4]:
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    cov.append(["0.1", D(2024, 6, 12), "Strategic Lead, Quality and Improvement", "First draft following CQC feedback"])
    cov.append(["1.0", D(2024, 7, 9), "Strategic Lead, Quality and Improvement", "Approved by ASC Senior Leadership Team"])
    cov.append(["1.1", D(2024, 11, 14), "Strategic Lead, Quality and Improvement", "November progress update"])
    for r in range(5, 8):
        cov.cell(r, 2).number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 10
    cov.column_dimensions["B"].width = 12
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "St Helens Borough Council – Adult Social Care CQC Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated 14 November 2024"
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Start", "End date", "RAG", "Progress"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
    themes = [
        ("Theme 1: Working with people", [
            ("People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-managed.", [
                ("1.1", "Introduce a waiting well protocol with contact every four weeks for people awaiting assessment.",
                 "Principal Social Worker", D(2024, 4, 1), D(2024, 7, 1), "blue",
                 "Protocol in place across all locality teams since July."),
                ("1.2", "Reduce the number of people waiting over 28 days for an assessment by 50% through a targeted assessment sprint.",
                 "Head of Adult Social Care Operations", D(2024, 6, 1), D(2025, 3, 1), "amber",
                 "Waiting list down from 412 to 296. Agency capacity ends in December and is being reviewed."),
            ]),
            ("Unpaid carers told us they were not always offered a carer's assessment.", [
                ("1.3", "Commission a new carers' assessment offer with St Helens Carers Centre.",
                 "Commissioning Manager (Carers)", D(2024, 9, 1), D(2025, 4, 1), "green",
                 "Specification co-produced with carers; tender opens in December."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("There were gaps in the home care market in some parts of the borough, causing delays to hospital discharge.", [
                ("2.1", "Retender the home care framework on a locality basis with minimum pick-up times.",
                 "Assistant Director Commissioning", D(2024, 1, 1), D(2024, 10, 1), "red",
                 "Tender evaluation delayed after a legal challenge; contract award now held pending advice."),
                ("2.2", "Develop a market position statement for home care and extra care housing.",
                 "SH / PB", D(2024, 7, 1), D(2024, 12, 1), "green",
                 "Draft shared with providers at the October provider forum."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Section 42 safeguarding enquiries were not always completed in a timely way.", [
                ("3.1", "Set up a safeguarding hub to triage all concerns within 24 hours.",
                 "Head of Safeguarding Adults", D(2024, 5, 1), D(2024, 9, 1), "blue",
                 "Hub launched 2 September 2024."),
                ("3.2", "Audit section 42 enquiries monthly and report the findings to the Safeguarding Adults Board.",
                 "Safeguarding Adults Board Business Manager", D(2024, 10, 1), "Ongoing", None,
                 "First audit scheduled for the end of November."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Staff did not always feel that learning from complaints and feedback was shared.", [
                ("4.1", "Introduce a quarterly learning bulletin drawing on complaints, compliments and audits.",
                 "Director of Adult Social Care", D(2024, 10, 1), D(2025, 1, 1), "green",
                 "First bulletin in draft; to be issued with the January staff briefing."),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(r, col).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            top = r
            for (ref, act, lead, start, end, rag, prog) in acts:
                vals = [ref, afi if r == top else None, act, lead, start, end, None, prog]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(r, col, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if rag:
                    ws.cell(r, 7).fill = FILL[rag]
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row between themes
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (f, t) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "At risk"), ("red", "Off track / escalated to DASS")], 1):
        ws.cell(r + i, 1).fill = FILL[f]
        ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [7, 42, 50, 30, 9, 10, 7, 48]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(p("aw2-st-helens-asc-cqc-assessment-improvement-plan.xlsx"))


if __name__ == "__main__":
    east_herts()
    essex_fire()
    peabody()
    sath()
    east_devon()
    warwickshire_police()
    st_helens()
