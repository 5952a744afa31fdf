"""Generator for the bg1- cases (children's services plans). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. Bishop Auckland College PIAP (xlsx)
BAC = [
    ("AFI 1 – Leaders and managers should improve learners' attendance at English and mathematics lessons on education programmes for young people", [
        ("1.1", "Introduce same-day follow-up calls by progress coaches for every learner absent from an English or maths lesson.", "Head of Student Services", D(2024, 4, 30), None, "Calls in place since 8 April. Attendance at English and maths lessons rose from 78% to 86% in the summer term.", "B"),
        ("1.2", "Set an attendance target of 90% for English and maths in every curriculum area and review it at monthly performance meetings.", "Deputy Principal (Curriculum)", D(2024, 7, 31), D(2024, 12, 31), "Targets set for 2024/25. Two areas remain below 85%; targeted support agreed with curriculum managers at the October review.", "A"),
        ("1.3", "Timetable English and maths lessons on the same days as vocational lessons so learners do not need to attend college for a single lesson.", "Head of English & Maths", D(2024, 9, 2), None, "New timetable live from the start of term.", "B"),
    ]),
    ("AFI 2 – Assessors should set apprentices clear targets at progress reviews that employers help to shape", [
        ("2.1", "Redesign the apprentice progress review form so that employers contribute to and sign off the targets set.", "Apprenticeships Manager", D(2024, 6, 28), None, "New review form in use on the e-portfolio from June.", "B"),
        ("2.2", "Train all assessors in setting specific, measurable targets and sample reviews each half term to check quality.", "K. Tennant", D(2024, 5, 31), D(2024, 11, 30), "Training delivered to 14 of 17 assessors; remaining three booked for November after staff changes.", "A"),
        ("2.3", "Audit the off-the-job training hours recorded for every apprentice and act on any shortfall.", "Apprenticeships Manager / MIS Manager", "Monthly", None, "Audits completed each month since May; shortfalls reduced from 31 apprentices to 9.", "G"),
    ]),
    ("AFI 3 – Governors should receive sufficiently detailed information about the quality of education to hold leaders to account", [
        ("3.1", "Provide the Quality and Standards Committee with a termly report on the quality of education, including attendance and apprentices' progress.", "Clerk to the Corporation", D(2024, 12, 31), None, "First report presented in October; format to be refined after committee feedback.", "G"),
        ("3.2", "Appoint a link governor for apprenticeships who attends the quarterly apprenticeship quality review.", "Chair of Governors", D(2024, 6, 30), None, "Link governor appointed in May and attended the July review.", "B"),
        ("3.3", "Carry out a skills audit of the board and recruit a governor with further education curriculum experience.", "Chair of Governors", D(2025, 3, 31), None, "Skills audit complete. The first recruitment round did not attract suitable applicants; the post is being re-advertised in January.", "R"),
    ]),
]


def make_bac():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Bishop Auckland College – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Following Ofsted inspection 12–15 March 2024. Progress updated 14 October 2024 for the Quality and Standards Committee."
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F3864"); c.border = BOX; c.alignment = WRAP
    r += 1
    for n, (afi, rows) in enumerate(BAC):
        if n:
            r += 1  # blank row between areas
        c = ws.cell(r, 1, afi); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for ref, act, lead, tgt, rev, prog, rag in rows:
            vals = [ref, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            g = ws.cell(r, 7); g.fill = PatternFill("solid", fgColor=FILL[rag]); g.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key:  B = complete   G = on track   A = some slippage, revised date agreed   R = off track")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", [7, 55, 26, 12, 12, 55, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bg1-bishop-auckland-college-ofsted-piap.xlsx"))


# ---------------------------------------------------------------- 2. Kent Police NCPI action plan (xlsx, fill-only status)
KENT = [
    ("Recommendation 1: Within three months, Kent Police should make sure that officers attending incidents involving children record the child's voice and their observations of the child's lived experience.", [
        ("1a", "Add a mandatory 'voice of the child' field to the domestic abuse and child concern risk assessment on Athena.", "D/Supt Public Protection", D(2024, 9, 30), "System change went live on 16 September. Compliance audit shows the field completed in 92% of records.", "B"),
        ("1b", "Deliver a briefing and short e-learning package to all response and neighbourhood officers on recording the child's voice.", "Head of Learning and Development", D(2024, 10, 31), "E-learning launched; 71% of officers have completed it so far. Reminder issued through district commanders.", "G"),
    ]),
    ("Recommendation 2: Within six months, Kent Police should improve the quality and timeliness of its referrals to children's social care.", [
        ("2a", "Review the referral process with Kent and Medway children's services and agree a single referral standard.", "DCI Child Abuse Investigation", D(2024, 12, 31), "Joint workshop held in October. Draft standard with the Kent Safeguarding Children Multi-Agency Partnership for agreement.", "G"),
        ("2b", "Dip-sample 50 referrals each month in the Central Referral Unit and feed back the findings to supervisors.", "CRU Manager", D(2025, 1, 31), "Dip sampling started late because of vacancies in the quality assurance team; first sample now complete.", "A"),
        ("2c", "Clear the backlog of child protection referrals awaiting research in the Central Referral Unit.", "CRU Manager", D(2024, 11, 30), "Backlog stood at 412 at the end of October against a target of nil. Additional staff from the Vulnerability Investigation Team are being redeployed.", "R"),
    ]),
    ("Recommendation 3: Within six months, Kent Police should ensure that strategy discussions involve the police at the earliest opportunity and that decisions are recorded.", [
        ("3a", "Agree with partners a protocol for police attendance at all section 47 strategy discussions.", "D/Supt Public Protection", D(2025, 2, 28), "Protocol drafted and shared with the three safeguarding partners.", "G"),
        ("3b", "Create a template for recording strategy discussion decisions and actions on Athena.", "Athena Business Lead", D(2025, 3, 31), "", None),
    ]),
]


def make_kent():
    wb = Workbook(); ws = wb.active; ws.title = "NCPI Action Plan"
    ws["A1"] = "Kent Police – National Child Protection Inspection: Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:F1")
    ws["A2"] = "HMICFRS inspection report published May 2024.  Plan owner: ACC Crime.  Position at 4 November 2024."
    ws.merge_cells("A2:F2")
    hdr = ["Ref", "Action", "Action owner", "Due date", "Update", "Status"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE"); c.border = BOX
    ws.freeze_panes = "A5"
    r += 1
    for rec, rows in KENT:
        c = ws.cell(r, 1, rec); c.font = Font(bold=True); c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, own, due, upd, rag in rows:
            for i, v in enumerate([ref, act, own, due, upd, None], 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=FILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True); r += 1
    for k, txt in [("B", "Complete"), ("G", "On track"), ("A", "At risk of missing due date"), ("R", "Off track"), (None, "Not started")]:
        c = ws.cell(r, 1)
        if k:
            c.fill = PatternFill("solid", fgColor=FILL[k])
        c.border = BOX
        ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEF", [6, 60, 28, 12, 60, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bg1-kent-police-ncpi-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Don Valley Academy post-Ofsted plan (xlsx, typo month -> refuse)
DVA = [
    ("1. Curriculum – subject leaders identify the important knowledge pupils should learn in key stage 3", [
        ("1.1", "Subject leaders to map the key knowledge for Years 7–9 in every foundation subject and publish curriculum overviews.", "Vice Principal (Curriculum)", "Oct-24", "Overviews published on the website for 9 of 11 subjects."),
        ("1.2", "Trust subject networks to quality assure each curriculum map with the Delta subject lead.", "Director of Secondary Education (Delta)", "Dec 2024", "Reviews booked for history, geography and MFL."),
        ("1.3", "Weekly CPD for teachers on retrieval practice so pupils remember the key knowledge.", "Assistant Principal (T&L)", "Ongoing", "Running every Wednesday since September."),
    ]),
    ("2. Attendance – reduce persistent absence, particularly for disadvantaged pupils", [
        ("2.1", "Appoint two attendance officers and introduce first-day calling for all absent pupils.", "Assistant Principal (Behaviour & Attendance)", "Sept 2024", "Both officers in post from 2 September."),
        ("2.2", "Hold attendance panels with families of persistently absent disadvantaged pupils and agree support plans.", "Attendance Lead", "Febuary 2025", "First panels held in October; 38 families seen."),
        ("2.3", "Report attendance of disadvantaged pupils to the Local Academy Council each half term.", "Principal", "Half termly", "Autumn 1 report presented in October."),
    ]),
    ("3. Reading – pupils who are behind with reading catch up quickly", [
        ("3.1", "Test the reading age of every pupil in Years 7 and 8 on entry and again in the summer term.", "Reading Lead", "Jul-25", "September tests complete; 112 pupils identified below age-related expectations."),
        ("3.2", "Deliver a phonics-based intervention for the weakest readers, taught by trained staff.", "Reading Lead / SENCo", "Mar-25", "Intervention groups running four times a week."),
    ]),
]


def make_dva():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Don Valley Academy – Post-Ofsted Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Delta Academies Trust  |  Inspection: 5–6 March 2024  |  Overall effectiveness: Requires improvement"
    ws.merge_cells("A2:G2")
    hdr = ["Priority", "Ref", "Action", "Lead", "Deadline", "Evidence / progress", "RAG"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="7030A0"); c.border = BOX
    r += 1
    rags = iter(["G", "A", "G", "B", "G", "G", "G", "G"])
    for pri, rows in DVA:
        start = r
        for ref, act, lead, dl, prog in rows:
            rag = next(rags)
            vals = [pri if r == start else None, ref, act, lead, dl, prog, {"B": "Complete", "G": "Green", "A": "Amber"}[rag]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[rag])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", [30, 6, 55, 30, 13, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bg1-don-valley-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def table(doc, header, rows, hdr_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, hdr_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ---------------------------------------------------------------- 4. Ebbw Fawr Learning Community Estyn PIAP (docx)
EFLC = [
    ("R1: Improve standards of literacy across the curriculum in the secondary phase", [
        ("1.1", "Appoint a whole-school literacy coordinator and establish a literacy working group with a representative from each faculty.", "Improved planning for literacy in all faculties; schemes of work show where extended writing is taught.", "Headteacher", "Autumn term 2023", "SLT line management meetings", "Green"),
        ("1.2", "Train all secondary staff in strategies for teaching extended writing and subject vocabulary.", "Book scrutiny shows more accurate extended writing in most subjects.", "Literacy Coordinator", "Spring term 2024", "Half-termly book scrutiny", "Green"),
        ("1.3", "Introduce a reading intervention for pupils in Years 7 and 8 whose reading age is more than two years below their chronological age.", "Most pupils in the intervention improve their reading age by at least 12 months.", "ALNCo / Literacy Coordinator", "Sept 2023 – July 2024", "Reading tests each term", "Amber"),
    ]),
    ("R2: Strengthen self-evaluation and improvement planning so that they focus clearly on pupils' progress", [
        ("2.1", "Revise the self-evaluation calendar so that lesson observations, book scrutiny and learner voice are triangulated each term.", "Middle leaders' evaluations refer to first-hand evidence of pupils' progress.", "Deputy Headteacher", "Termly", "Governors' standards committee", "Green"),
        ("2.2", "Provide training for middle leaders, with the regional school improvement service, on writing evaluative reports.", "Faculty reports identify clear areas for improvement linked to pupils' progress.", "Deputy Headteacher / EAS Challenge Adviser", "31/03/2024", "Quality assurance of faculty reports", "Amber"),
        ("2.3", "Governors to undertake learning walks linked to the priorities in this plan.", "Governors can describe the school's progress against each recommendation.", "Chair of Governors", "Summer term 2024", "Full governing body minutes", "Red"),
    ]),
    ("R3: Improve pupils' attendance, particularly in the secondary phase", [
        ("3.1", "Introduce a staged attendance procedure with clear thresholds for letters, meetings and referral to the education welfare service.", "Secondary attendance rises to at least 91%.", "Assistant Headteacher (Wellbeing)", "Autumn term 2023", "Weekly attendance data", "Complete"),
        ("3.2", "Work with families of pupils eligible for free school meals through the family engagement officer.", "The gap in attendance between eFSM pupils and others narrows.", "Family Engagement Officer", "Ongoing", "Half-termly attendance review", "Green"),
    ]),
]


def make_eflc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("Ebbw Fawr Learning Community – Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Following the Estyn inspection in May 2023, the school has prepared this action plan to address the recommendations in the inspection report. "
                      "The plan has been prepared with the local authority and the Education Achievement Service (EAS) and is monitored by the governing body each term.")
    t = table(doc, ["Version", "Date", "Approved by"], [["1.0", "12 July 2023", "Full governing body"], ["1.1", "6 March 2024", "Standards committee (progress update)"]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Green – on track; Amber – some delay; Red – not on track; Complete – action fully achieved.")
    for rec, rows in EFLC:
        p = doc.add_paragraph(); run = p.add_run(rec); run.bold = True; run.font.size = Pt(11)
        t = table(doc, ["Ref", "Actions", "Success criteria", "Responsibility", "Timescale", "Monitoring", "RAG"], [list(r) for r in rows], hdr_fill="C6E0B4")
        for row in t.rows[1:]:
            v = row.cells[6].text
            shade(row.cells[6], {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}[v])
        doc.add_paragraph("")
    doc.save(os.path.join(OUT, "bg1-ebbw-fawr-estyn-piap.docx"))


# ---------------------------------------------------------------- 5. Keys Group children's home Ofsted action plan (docx)
KEYS_REQ = [
    ("1", "The registered person must ensure that staff assess whether each child is at risk of harm, taking into account information in the child's relevant plans, and, if necessary, make arrangements to reduce the risk. (Regulation 12 (1)(2)(a)(i))",
     "Each child's risk assessment to be reviewed and updated to include information from their placement plan and care plan. Individual risk assessments to be reviewed after every significant incident.", "Registered Manager", "31/07/2024", "Complete"),
    ("2", "The registered person must ensure that staff receive practice-related supervision by a person with appropriate experience. (Regulation 33 (4)(b))",
     "Supervision matrix introduced so that every member of staff has supervision at least every six weeks. Deputy manager to complete supervision training.", "Registered Manager / Deputy Manager", "30 Sept 2024", "On track"),
    ("3", "The registered person must ensure that the home's records of the use of restraint are completed within 24 hours and include the views of the child. (Regulation 35 (3)(a))",
     "All restraint records to be reviewed by the manager within 24 hours. Debrief with the child to be recorded on the same form.", "Responsible Individual", "Ongoing", "On track"),
]
KEYS_REC = [
    ("4", "The registered person should ensure that children are helped to understand their care plans and are involved in reviewing them.",
     "Key workers to go through each child's care plan with them, using the child-friendly template, before every looked-after review.", "Key workers", "October 2024", "Not started"),
    ("5", "The registered person should ensure that the home's location risk assessment is reviewed at least annually.",
     "Location risk assessment reviewed with the local police community support officer and the local authority's exploitation lead.", "Registered Manager", "31/08/2024", "Complete"),
]


def make_keys():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    doc.add_heading("Willow House – Action Plan following Ofsted Full Inspection", level=1)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Provider", "Keys Group"), ("Unique reference number", "SC488217"), ("Inspection dates", "11 and 12 June 2024"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered Manager", "Claire Moss"), ("Responsible Individual", "David Okafor")]:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = v; shade(cells[0], "E7E6E6")
    doc.add_paragraph("")
    doc.add_heading("Requirements", level=2)
    table(doc, ["No.", "Requirement", "Action taken / planned", "Responsible", "Completed by", "Status"], [list(r) for r in KEYS_REQ])
    doc.add_paragraph("")
    doc.add_heading("Recommendations", level=2)
    table(doc, ["No.", "Recommendation", "Action taken / planned", "Responsible", "Completed by", "Status"], [list(r) for r in KEYS_REC])
    doc.add_paragraph("")
    doc.add_paragraph("Action plan sent to Ofsted on 9 July 2024. Signed: Claire Moss, Registered Manager.")
    doc.save(os.path.join(OUT, "bg1-keys-group-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 6. Seamab Care Inspectorate improvement plan (csv)
SEAMAB = [
    ("1.1", "Requirement 1: By 31 October 2024, the provider must ensure that children's personal plans set out how their health, welfare and safety needs will be met and are reviewed at least every six months.",
     "Audit all personal plans against the Health and Social Care Standards and rewrite any that do not meet them.", "Head of Care", "31/10/2024", "All 12 plans audited; 5 rewritten and agreed with the young people and families.", "Complete"),
    ("1.2", "", "Introduce a six-monthly review date for every plan in the care planning system, with reminders to key workers.", "Head of Care / Business Support Manager", "Nov-24", "Review dates added; reminders being tested.", "Green"),
    ("2.1", "Area for improvement 1: To keep young people safe, the provider should ensure that staff receive refresher training in child protection and in the use of physical intervention.",
     "Book refresher child protection training for all care staff.", "Training Coordinator", "December 2024", "Four of six sessions delivered.", "Green"),
    ("2.2", "", "Arrange Safe Holding refresher training for staff whose certificates have expired.", "Training Coordinator", "31/01/2025", "Trainer availability has delayed two sessions to January.", "Amber"),
    ("3.1", "Area for improvement 2: The provider should ensure that young people are involved in decisions about the running of the house, including menu planning and activities.",
     "Hold fortnightly house meetings chaired by a young person, with minutes displayed in each house.", "House Managers", "Ongoing", "Meetings taking place in both houses.", "Green"),
    ("3.2", "", "Invite young people to contribute to the recruitment of care staff.", "CEO", "March 2025", "", "Not started"),
    ("4.1", "Area for improvement 3: The provider should ensure that quality assurance processes identify where improvements are needed and lead to timely action.",
     "Develop a quality assurance calendar covering audits of personal plans, incident records and medication.", "Head of Care", "Dec-24", "Draft calendar agreed by the senior team.", "Green"),
]


def make_seamab():
    p = os.path.join(OUT, "bg1-seamab-care-inspectorate-improvement-plan.csv")
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Seamab – Care Inspectorate Improvement Plan (care home service for children and young people, inspection 20-22 August 2024)"] + [""] * 6)
        w.writerow([""] * 7)
        w.writerow(["Ref", "Requirement / Area for improvement", "Action", "Responsible", "Timescale", "Progress", "RAG"])
        for row in SEAMAB:
            w.writerow(row)


# ---------------------------------------------------------------- 7. Beechcroft RQIA quality improvement plan (txt)
BEECH_TXT = """Beechcroft Regional Child and Adolescent Mental Health Inpatient Unit - Quality Improvement Plan
Belfast Health and Social Care Trust
Following RQIA unannounced inspection 4-6 March 2024.  Progress at: 30 September 2024

This plan sets out the Trust's actions in response to the areas for improvement identified by RQIA. Each action has a lead, a target date and a status (Complete / On track / Delayed / Not started).

Area for improvement 1  (Ref: Standard 5.3.1(f), stated first time)
The Trust shall ensure that young people's care plans are reviewed following each incident and reflect current risks.

  1.1  Ward sisters to audit ten care plans each month against the incident log and feed back to named nurses.
       Lead: Ward Manager   Target: 31/05/2024   Status: Complete
  1.2  Add a prompt to the incident reporting form requiring the care plan to be updated within 24 hours.
       Lead: Governance Lead   Target: 30/06/2024   Status: Complete

Area for improvement 2  (Ref: Standard 6.3.2(b), stated first time)
The Trust shall ensure that young people have access to education and therapeutic activity at weekends and during school holidays.

  2.1  Agree a weekend activity timetable with the occupational therapy team and the hospital school.
       Lead: Head of Occupational Therapy   Target: August 2024   Status: Delayed
  2.2  Recruit two activity coordinators to work weekend shifts.
       Lead: Service Manager   Target: 31/12/2024   Status: On track

Area for improvement 3  (Ref: Standard 4.3(i), stated first time)
The Trust shall ensure that mandatory training in the management of actual or potential aggression (MAPA) is kept up to date for all staff.

  3.1  Produce a monthly MAPA compliance report for the senior management team.
       Lead: Clinical Nurse Manager   Target: Monthly   Status: On track
  3.2  Schedule additional MAPA refresher courses so that compliance reaches 95%.
       Lead: Practice Development Nurse   Target: Oct-24   Status: On track

Area for improvement 4  (Ref: Standard 5.1.1, stated first time)
The Trust shall ensure that parents and carers are given information about the ward and how to raise a concern when their child is admitted.

  4.1  Update the family information leaflet, including the complaints process and visiting arrangements, with young people's and parents' input.
       Lead: Family Liaison Officer / Ward Manager   Target: 30/11/2024   Status: Not started

Key: Complete (blue) = action achieved and evidenced; On track (green) = due by target date; Delayed (amber) = target date will be missed; Not started = no rating yet.
"""


def make_beech():
    with open(os.path.join(OUT, "bg1-beechcroft-rqia-quality-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write(BEECH_TXT)


if __name__ == "__main__":
    make_bac(); make_kent(); make_dva(); make_eflc(); make_keys(); make_seamab(); make_beech()
    print("done")
