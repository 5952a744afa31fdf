"""Generator for the cf1- blind cases (heldout118). Run with /work/main/.venv/bin/python."""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RED, AMBER, GREEN, BLUE = fill("FF0000"), fill("FFC000"), fill("00B050"), fill("00B0F0")
HEAD = fill("1F3864")
SECTION = fill("D9E1F2")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = WRAP
        c.border = BOX


def merged(ws, row, ncols, text, bold=True, f=SECTION):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold)
    c.fill = f
    c.alignment = WRAP


def put(ws, row, values, fmt=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt


# ---------------------------------------------------------------- 1. Leeds Trinity ITE (xlsx)
def leeds_trinity():
    wb = Workbook()
    ws = wb.active
    ws.title = "ITE Improvement Plan"
    ws["A1"] = "Leeds Trinity University – Initial Teacher Education: Post-Inspection Improvement Plan 2023-24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted ITE inspection (primary and secondary phases), report published July 2023. "
                "Plan owner: Director of Teacher Education. Progress reviewed by the ITE Partnership Strategic Board each half term.")
    cols = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Progress update (February 2024)", "RAG"]
    hdr(ws, 4, cols)
    r = 5
    merged(ws, r, 7, "Primary phase"); r += 1
    merged(ws, r, 7, "1. Leaders should ensure that the early reading and phonics curriculum is consistently "
                     "reinforced by mentors in all partnership schools.", bold=False, f=fill("EDEDED")); r += 1
    rows = [
        ("P1.1", "Deliver phonics refresher training for all primary mentors, led by the English subject team.",
         "Primary Programme Leader", "Sept 2023",
         "All active mentors attend or complete the recorded session.",
         "Delivered 14 and 21 September; 96% of mentors attended, remainder completed online.", BLUE),
        ("P1.2", "Add a phonics focus to the weekly mentor meeting record so that mentors check trainees' practice against the centre-based sessions.",
         "JM / AK", "By end of Autumn term 2023",
         "Mentor records show phonics discussed in at least 3 weekly meetings per placement.",
         "Revised record in use from October. Sampling in January showed good use in most schools; a small number still to adopt it.", GREEN),
        ("P1.3", "Quality assure mentor feedback on early reading through joint observations by link tutors.",
         "Partnership Manager", dt.datetime(2024, 3, 31),
         "Joint observations completed in 100% of primary lead schools.",
         "18 of 26 joint observations complete. Two schools rescheduled because of staff absence.", AMBER),
    ]
    for ref, act, lead, when, sc, prog, rag in rows:
        put(ws, r, [ref, act, lead, when, sc, prog, None], fmt="dd/mm/yyyy")
        ws.cell(row=r, column=7).fill = rag
        r += 1
    r += 1  # blank row between phases
    merged(ws, r, 7, "Secondary phase"); r += 1
    merged(ws, r, 7, "2. Leaders should ensure that the secondary curriculum sets out precisely the subject-specific "
                     "knowledge trainees need about adaptive teaching.", bold=False, f=fill("EDEDED")); r += 1
    rows = [
        ("S2.1", "Review each secondary subject curriculum map to identify where adaptive teaching is taught, practised and assessed.",
         "Secondary Programme Leader", "Oct-23",
         "Every subject map shows the sequence for adaptive teaching.",
         "All 11 subject maps reviewed and republished on the partnership site.", BLUE),
        ("S2.2", "Commission the SEND specialist from a partner trust to co-deliver two centre-based sessions on adaptive teaching in each subject.",
         "Head of ITE", "Spring term 2024",
         "Sessions delivered and trainee evaluations positive.",
         "First session delivered in January. Second session timetabled for March.", GREEN),
        ("S2.3", "Strengthen the assessment of trainees' adaptive teaching by adding a specific target to the Phase B review.",
         "RH", "Summer term 2024",
         "Phase B reviews show a target for adaptive teaching for every trainee.",
         "Draft review form out for consultation with lead mentors.", GREEN),
    ]
    for ref, act, lead, when, sc, prog, rag in rows:
        put(ws, r, [ref, act, lead, when, sc, prog, None], fmt="dd/mm/yyyy")
        ws.cell(row=r, column=7).fill = rag
        r += 1
    merged(ws, r, 7, "3. Leaders should ensure that mentors in the secondary phase receive training that helps them "
                     "to give trainees subject-specific feedback.", bold=False, f=fill("EDEDED")); r += 1
    rows = [
        ("S3.1", "Introduce subject-specific mentor development days led by subject tutors, twice a year.",
         "Secondary Programme Leader; Subject Tutors", "Ongoing",
         "Attendance of 85% or more; mentor survey shows increased confidence.",
         "First day held in November (attendance 78%). Catch-up sessions offered online.", AMBER),
        ("S3.2", "Monitor the quality of written mentor feedback through a termly sample of weekly review forms.",
         "Partnership Manager", "Termly",
         "Sample shows feedback refers to subject content in most cases.",
         "Autumn sample completed; findings shared with mentors at the January briefing.", GREEN),
    ]
    for ref, act, lead, when, sc, prog, rag in rows:
        put(ws, r, [ref, act, lead, when, sc, prog, None], fmt="dd/mm/yyyy")
        ws.cell(row=r, column=7).fill = rag
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for f, t in ((BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – mitigation in place"), (RED, "Off track – escalate to Strategic Board")):
        ws.cell(row=r, column=1).fill = f
        ws.cell(row=r, column=2, value=t)
        r += 1
    for col, w in zip("ABCDEFG", (8, 55, 26, 16, 40, 50, 8)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cf1-leeds-trinity-university-ofsted-ite-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. Humber Teaching CQC (xlsx, refuse)
def humber():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Humber Teaching NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection – Mental health crisis services and health-based places of safety: Must Do / Should Do Action Plan"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Position as at 30 September 2024 – for Quality and Patient Safety Group"
    cols = ["Ref", "Must / Should", "Regulation", "CQC finding", "Action", "Executive Lead", "Operational Lead",
            "Target date", "Status"]
    hdr(ws, 5, cols)
    data = [
        ("MD1", "Must", "Reg 12", "The trust must ensure that ligature risk assessments are up to date at the crisis pad.",
         "Complete a full environmental ligature risk assessment of the crisis pad and add to the estates schedule for annual review.",
         "Director of Nursing", "Service Manager, Crisis", dt.datetime(2024, 6, 30), "Complete"),
        ("MD2", "Must", "Reg 18", "The trust must ensure staff complete mandatory training in immediate life support.",
         "Book all outstanding ILS training and report compliance monthly to the care group board.",
         "Director of Nursing", "Clinical Lead", dt.datetime(2024, 9, 30), "Amber"),
        ("MD3", "Must", "Reg 17", "The trust must ensure that records of section 136 detentions are complete.",
         "Audit 20 s136 records per month against the Mental Health Act checklist and feed back to teams.",
         "Medical Director", "MHA Manager", "Nov-2O24", "Green"),
        ("SD1", "Should", "Reg 9", "The trust should ensure that patients' care plans reflect their views.",
         "Introduce a co-produced care plan template and check its use in supervision.",
         "Director of Nursing", "Team Leader", dt.datetime(2024, 12, 31), "Green"),
        ("SD2", "Should", "Reg 18", "The trust should ensure staff receive regular supervision.",
         "Supervision recorded on the ESR dashboard; team leaders to follow up where below 85%.",
         "Chief People Officer", "Service Manager, Crisis", dt.datetime(2025, 1, 31), "Amber"),
    ]
    r = 6
    for row in data:
        put(ws, r, list(row), fmt="mmm-yy")
        r += 1
    for col, w in zip("ABCDEFGHI", (6, 9, 10, 45, 50, 20, 22, 12, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cf1-humber-teaching-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. Bridgend College Estyn (xlsx)
def bridgend():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Bridgend College (Coleg Penybont) – Post-Inspection Action Plan (Estyn, February 2024)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated for the Quality and Standards Committee, October 2024"
    cols = ["Ref", "Actions", "Responsibility", "Target date", "Revised target date", "Success criteria",
            "Previous RAG", "Current RAG", "Progress"]
    hdr(ws, 4, cols)
    r = 5
    recs = [
        ("R1: Strengthen the quality of teaching so that learners on all full-time programmes make strong progress", [
            ("1.1", "Refocus the lesson observation programme on the progress learners make in lessons, with developmental follow-up for all staff.",
             "Vice Principal Curriculum", dt.datetime(2024, 7, 31), None,
             "90% of observations graded effective or better.", "A", "B",
             "New observation cycle completed in July; 91% effective or better."),
            ("1.2", "Appoint four advanced practitioners to coach teaching staff in questioning and checking learning.",
             "HR Business Partner / Director of Quality", dt.datetime(2024, 4, 30), dt.datetime(2024, 9, 30),
             "Advanced practitioners in post and coaching logs show regular contact.", "R", "G",
             "Three appointed in May; fourth post filled from September after re-advertising."),
            ("1.3", "Share effective practice through termly teaching and learning briefings in each school.",
             "Heads of School", "Termly", None,
             "Briefings held and staff survey shows benefit.", "G", "G",
             "Autumn briefings scheduled for November."),
        ]),
        ("R2: Improve attendance and punctuality across the college", [
            ("2.1", "Introduce same-day contact with learners who are absent without notification.",
             "Head of Learner Services", dt.datetime(2024, 9, 30), None,
             "Attendance at 90% or above for full-time learners.", "A", "A",
             "Same-day texts and calls in place since September. Attendance 88.4% at week 6."),
            ("2.2", "Review the attendance policy with the Students' Union and publish a learner-friendly version.",
             "Head of Learner Services; SU President", dt.datetime(2024, 12, 31), None,
             "Revised policy approved by Corporation.", "G", "G",
             "Draft agreed with SU officers; to Corporation in December."),
        ]),
        ("R3: Ensure that self-evaluation and improvement planning identify precisely the areas for improvement in each curriculum area", [
            ("3.1", "Replace the course review template with a shorter self-assessment linked to data dashboards.",
             "Director of Quality", dt.datetime(2024, 6, 30), None,
             "All curriculum areas use the new template for the 2023-24 SAR.", "G", "B",
             "Template in use; all curriculum SARs completed in the new format."),
            ("3.2", "Hold challenge and support meetings with each Head of School twice a year, chaired by the Principal.",
             "Principal", "Jan-25", None,
             "Meeting notes show clear actions followed up.", "G", "G",
             "First round held in October 2024; second round booked for January."),
        ]),
    ]
    for rec, acts in recs:
        merged(ws, r, 9, rec); r += 1
        for a in acts:
            ref, act, lead, tgt, rev, sc, prev, cur, prog = a
            put(ws, r, [ref, act, lead, tgt, rev, sc, prev, cur, prog], fmt="dd/mm/yyyy")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: R = not on track; A = some concern; G = on track; B = complete").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 55, 28, 13, 13, 38, 10, 10, 48)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cf1-bridgend-college-estyn-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 4. St Joseph's Hospital HIW (docx)
def st_josephs():
    doc = Document()
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    doc.add_heading("Improvement plan", level=1)
    for t in ("Service: St Joseph's Hospital, Newport",
              "Area: Inpatient ward and theatres",
              "Date of inspection: 11 – 13 March 2024"):
        doc.add_paragraph(t)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Improvement needed", "Standard / Regulation", "Service action",
                                        "Responsible officer", "Timescale")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    sections = [
        ("Quality of the patient experience", [
            ("The registered manager must ensure that patients are given written information about their discharge medication.",
             "Regulation 15",
             "Discharge medication leaflet produced with pharmacy and added to the discharge checklist. Compliance audited monthly.",
             "Ward Manager", "31 May 2024"),
            ("The registered manager should ensure that the hearing loop at main reception is working.",
             "Regulation 15",
             "Hearing loop repaired and added to the weekly facilities check.",
             "Facilities Manager", "Immediate"),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered manager must ensure that the resuscitation trolley on the ward is checked daily and that checks are recorded.",
             "Regulation 15 (1)(c)",
             "Daily check added to the nurse in charge handover sheet. Weekly spot check by the Ward Manager with results reported to the Clinical Governance Committee.",
             "Ward Manager / Head of Clinical Services", "April 2024"),
            ("The registered manager must ensure that the WHO surgical safety checklist is fully completed for every procedure.",
             "Regulation 15",
             "Theatre team briefing reinforced; monthly audit of 20 checklists with results shared with all theatre staff.",
             "Theatre Manager", "30/06/2024"),
            ("The registered manager must ensure that medicines fridge temperatures are recorded and action taken when out of range.",
             "Regulation 15 (5)",
             "Digital temperature monitoring installed with alerts to pharmacy.",
             "Pharmacy Manager", "End of July 2024"),
        ]),
        ("Quality of management and leadership", [
            ("The registered manager must ensure that all staff complete mandatory training, including safeguarding level 3 where required.",
             "Regulation 20",
             "Training compliance report reviewed at each monthly Heads of Department meeting; staff below target given protected time.",
             "Head of HR and Education", "September 2024"),
            ("The registered manager should ensure that the findings of patient feedback are shared with staff.",
             "Regulation 19",
             "“You said, we did” board introduced on the ward and feedback is a standing item at team meetings.",
             "Hospital Director", "Ongoing"),
        ]),
    ]
    for sec, rows in sections:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[4])
        m.text = sec
        m.paragraphs[0].runs[0].bold = True
        for vals in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative")
    t2 = doc.add_table(rows=3, cols=2)
    t2.style = "Table Grid"
    for r, (a, b) in zip(t2.rows, (("Name (print):", "Claire Pritchard"),
                                     ("Job role:", "Hospital Director"),
                                     ("Date:", "24 April 2024"))):
        r.cells[0].text = a
        r.cells[1].text = b
    doc.save(os.path.join(HERE, "cf1-st-josephs-hospital-newport-hiw-improvement-plan.docx"))


# ---------------------------------------------------------------- 5. Harborough DC peer challenge (docx)
def harborough():
    doc = Document()
    doc.add_heading("Harborough District Council Corporate Peer Challenge – Action Plan", level=0)
    doc.add_paragraph("The LGA Corporate Peer Challenge took place on 5 – 8 December 2023. The peer team made seven "
                      "recommendations, which the Council accepted in full at Cabinet on 12 February 2024. This plan "
                      "sets out how we will respond and is updated for the Scrutiny Commission every six months.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in zip(t.rows, (("Document owner", "Chief Executive"), ("Version", "1.3"),
                                    ("Last updated", "2 September 2024"), ("Next review", "March 2025"))):
        r.cells[0].text, r.cells[1].text = a, b
    cols = ("Ref", "Action", "Lead", "Timescale", "Progress", "RAG")
    recs = [
        ("Recommendation 1: Set out a clear, long-term vision for Market Harborough and Lutterworth town centres", [
            ("1.1", "Commission a town centre masterplan for Market Harborough, engaging businesses and residents.",
             "Director of Place", "Mar-25",
             "Consultants appointed in June. Stakeholder workshops held in July.", "On track"),
            ("1.2", "Agree a Lutterworth town centre action plan with the Town Council.",
             "Head of Economic Development", "Dec-24",
             "Joint working group established; first draft expected in October.", "Amber"),
        ]),
        ("Recommendation 2: Develop a medium-term financial strategy that closes the budget gap", [
            ("2.1", "Refresh the MTFS and present a balanced budget for 2025/26 with savings proposals identified.",
             "Director of Finance (S151)", "February 2025",
             "Savings proposals being worked up with each service.", "Amber"),
            ("2.2", "Introduce quarterly budget monitoring reports to Cabinet and the Audit and Standards Committee.",
             "Director of Finance (S151)", "June 2024",
             "First quarterly report taken in June and now routine.", "Complete"),
        ]),
        ("Recommendation 3: Strengthen member and officer relationships and member development", [
            ("3.1", "Agree a member development programme with cross-party input, including induction for new members.",
             "Head of Democratic Services", "Q3 2024/25",
             "Programme agreed by the Member Development Group in July.", "On track"),
            ("3.2", "Refresh the Member/Officer protocol and deliver joint workshops.",
             "Monitoring Officer", "Sept 2024 – Jan 2025",
             "Draft protocol out to group leaders.", "On track"),
        ]),
        ("Recommendation 4: Build capacity in the organisation to deliver the Council's priorities", [
            ("4.1", "Complete the senior management restructure, including a permanent Director of Place.",
             "Chief Executive", "April 2024",
             "Restructure complete; Director of Place started 1 April.", "Complete"),
            ("4.2", "Develop a workforce strategy covering recruitment, retention and apprenticeships.",
             "HR Manager", "TBC",
             "Scoping started. Timescale to be agreed once the restructure has bedded in.", "Red"),
        ]),
    ]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        tt = doc.add_table(rows=1, cols=6)
        tt.style = "Table Grid"
        for c, h in zip(tt.rows[0].cells, cols):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for a in acts:
            for c, v in zip(tt.add_row().cells, a):
                c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action finished; On track – progressing to timescale; Amber – at risk of "
                      "slipping; Red – will not be met without intervention.")
    doc.save(os.path.join(HERE, "cf1-harborough-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6. Forth Valley College IA tracker (csv)
def forth_valley():
    import csv
    rows = [
        ["Forth Valley College - Internal Audit Recommendations Follow-Up - Audit Committee 26 November 2024"] + [""] * 9,
        [""] * 10,
        ["Audit Report", "Rec No", "Grade", "Recommendation", "Management Response / Agreed Action",
         "Responsible Officer", "Original Due Date", "Revised Due Date", "Status (RAG)", "Latest Update"],
        ["Procurement and Creditors 2023/24", "1", "Medium",
         "Contract register should be updated for all contracts over £10k.",
         "Procurement team will reconcile the contract register to the ledger quarterly.",
         "Procurement Manager", "31/03/2024", "", "Complete",
         "Reconciliation completed for Q4 and Q1; now part of the procurement calendar."],
        ["Procurement and Creditors 2023/24", "2", "Low",
         "Supplier bank detail changes should be independently verified.",
         "Introduce call-back verification with a second officer sign-off.",
         "Head of Finance", "30/04/2024", "", "Complete", "Procedure updated and staff briefed in April."],
        ["Student Funding 2023/24", "1", "High",
         "Bursary applications should be assessed against evidence before payment.",
         "Implement an evidence checklist in the funding system; no payment released until the checklist is complete.",
         "Student Funding Manager", "31/08/2024", "31/12/2024", "Amber",
         "System change delayed by the supplier. Manual checklist in use meanwhile."],
        ["Student Funding 2023/24", "2", "Medium",
         "Discretionary fund awards should be approved in line with the scheme of delegation.",
         "Approval limits built into the workflow; monthly report to the Depute Principal.",
         "Student Funding Manager / Depute Principal", "30/09/2024", "", "Green",
         "Workflow live; first monthly report produced in October."],
        ["Cyber Security 2024/25", "1", "High",
         "Multi-factor authentication should be enforced for all staff accounts.",
         "Roll out MFA to remaining staff groups.",
         "Head of IT", "Oct-24", "", "Complete", "All staff accounts enforced from 14 October."],
        ["Cyber Security 2024/25", "2", "Medium",
         "The college should test its IT disaster recovery plan.",
         "Carry out a desktop test of the DR plan with the Senior Leadership Team and a technical restore test.",
         "Head of IT", "31/01/2025", "", "Green", "Desktop exercise booked for January."],
        ["Cyber Security 2024/25", "3", "Low",
         "Leavers' accounts should be disabled on the leaving date.",
         "HR to send leavers list to IT weekly; IT to disable accounts on the last working day.",
         "HR Manager; Head of IT", "31/07/2024", "", "Red",
         "Weekly list not yet consistently sent. Escalated to Director of People."],
    ]
    with open(os.path.join(HERE, "cf1-forth-valley-college-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. HMP Magilligan CJINI (txt, tab separated)
def magilligan():
    lines = [
        "Northern Ireland Prison Service",
        "HMP Magilligan - Action Plan in response to the CJI Unannounced Inspection Report (published May 2024)",
        "Status as at: 31 October 2024",
        "",
        "\t".join(["Rec No", "Recommendation", "Accepted", "Action", "Owner", "Target Date", "Status"]),
        "STRATEGIC RECOMMENDATIONS",
        "\t".join(["1", "NIPS should develop a strategy to reduce the supply of illicit drugs into the prison within six months.",
                   "Accepted", "Drug supply reduction strategy to be drafted with PSNI and Public Health Agency input and agreed by the Senior Management Team.",
                   "Deputy Governor", "Nov-24", "Amber"]),
        "\t".join(["2", "The South Eastern Health and Social Care Trust and NIPS should agree a joint plan to reduce waiting times for mental health assessments.",
                   "Accepted", "Joint action plan agreed through the Prison Healthcare Partnership Board.",
                   "Head of Healthcare (SEHSCT)", "Mar-25", "Green"]),
        "OPERATIONAL RECOMMENDATIONS",
        "\t".join(["3", "Prisoners should have access to purposeful activity for at least 25 hours a week.",
                   "Partially accepted", "Review the regime to increase education and work places in Alpha and Bravo houses.",
                   "Head of Learning and Skills", "31/01/2025", "Amber"]),
        "\t".join(["4", "Induction should take place within 24 hours of arrival for all prisoners.",
                   "Accepted", "Revised induction timetable introduced with peer mentors supporting new arrivals.",
                   "Residential Governor", "Jul-24", "Complete"]),
        "\t".join(["5", "Complaints should be answered within the timescales set out in the policy.",
                   "Accepted", "Monthly complaints report to the Governor; overdue complaints escalated.",
                   "Business Services Manager", "Ongoing", "Green"]),
        "\t".join(["6", "Family visits should start on time.",
                   "Accepted", "Visits staffing profile revised and a start-time log introduced.",
                   "Operations Manager", "Sep-24", "Complete"]),
        "",
        "Key: Complete / Green - on track / Amber - some delay / Red - not on track",
    ]
    with open(os.path.join(HERE, "cf1-hmp-magilligan-cjini-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    leeds_trinity()
    humber()
    bridgend()
    st_josephs()
    harborough()
    forth_valley()
    magilligan()
