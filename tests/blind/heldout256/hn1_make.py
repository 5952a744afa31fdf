"""Build the seven hn1- test files of set heldout256.

Run:  python hn1_make.py              -> writes the seven data files
      python hn1_make.py --expected   -> also writes NAME.expected.yaml beside each

Each plan is kept as data below, together with how a person reads each action
(lead list, end month, status), so the file and its expected reading agree.
"""
import csv
import datetime as dt
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}

FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ----------------------------------------------------------------------------------
# xlsx helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def header_row(ws, row, names, colour="1F3864"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


# ==================================================================================
# 1. Tameside and Glossop ICFT - CQC Must Do / Should Do action plan (xlsx)
# ==================================================================================
def tameside():
    name = "hn1-tameside-glossop-icft-cqc-must-should-do-action-plan.xlsx"
    title = ("Tameside and Glossop Integrated Care NHS Foundation Trust – "
             "CQC Must Do and Should Do Action Plan")
    UEC = "Urgent and emergency care"
    MED = "Medical care (including older people's care)"
    MD1 = ("The trust must ensure that patients attending the emergency department are screened "
           "for sepsis and that deteriorating patients are escalated in line with the trust's "
           "policy. (Regulation 12)")
    MD2 = ("The trust must ensure there are sufficient numbers of suitably qualified paediatric "
           "nurses in the emergency department at all times. (Regulation 18)")
    MD3 = ("The trust must ensure that patients' capacity to consent is assessed and recorded when "
           "restrictive practices, including bed rails, are used. (Regulation 11)")
    MD4 = ("The trust must ensure that medicines, including controlled drugs, are stored securely "
           "and that fridge temperatures are monitored and acted on. (Regulation 12)")
    SD1 = ("The trust should ensure that patients with mental health needs waiting in the emergency "
           "department are cared for in an environment that is safe and ligature-risk assessed.")
    SD2 = ("The trust should ensure that complaints are responded to within the timescales set out "
           "in its complaints policy.")
    SD3 = ("The trust should ensure that discharge planning starts on admission and that patients "
           "and their families are involved in decisions about discharge.")
    # (section, requirement, ref, action, lead cell, lead list, original, revised, progress,
    #  previous BRAG, current BRAG (text or None), current fill, end, status)
    must = [
        (UEC, MD1, "MD1.1",
         "Relaunch the adult sepsis screening tool within the ED electronic observations system "
         "and make completion mandatory at triage.",
         "Associate Medical Director for Patient Safety / Sepsis Lead",
         ["Associate Medical Director for Patient Safety", "Sepsis Lead"],
         d(2024, 6, 30), d(2024, 9, 30),
         "Mandatory field live from 2 September 2024. Compliance 91% in December audit.",
         "G", "B", "B", "2024-09", "blue"),
        (UEC, MD1, "MD1.2",
         "Weekly audit of NEWS2 escalation for a sample of 20 ED patients, with results reported "
         "to the ED governance meeting.",
         "Matron – Emergency Department", ["Matron – Emergency Department"],
         d(2024, 7, 31), d(2025, 3, 31),
         "Audit embedded; escalation compliance 78% against 95% target. Improvement trajectory "
         "agreed with Divisional Board.",
         "A", "A", "A", "2025-03", "amber"),
        (UEC, MD2, "MD2.1",
         "Recruit to 4.0 WTE registered children's nurse vacancies in ED and agree a rota that "
         "provides one RN (Child) on every shift.",
         "Divisional Director of Nursing – Urgent Care", ["Divisional Director of Nursing – Urgent Care"],
         d(2024, 9, 30), d(2025, 5, 31),
         "3.0 WTE appointed; final post re-advertised. Gaps covered by bank RN (Child).",
         "R", "A", "A", "2025-05", "amber"),
        (UEC, MD2, "MD2.2",
         "Deliver PILS training to all adult-trained ED nurses who care for children in the "
         "paediatric area.",
         "Clinical Educator (ED); Practice Development Lead",
         ["Clinical Educator (ED)", "Practice Development Lead"],
         d(2024, 12, 31), None,
         "84% of eligible staff trained; remaining staff booked for February 2025.",
         "G", None, "R", "2024-12", "red"),
        (MED, MD3, "MD3.1",
         "Add a mental capacity assessment prompt to the bed rails risk assessment on the "
         "electronic patient record and audit completion monthly on Wards 40–46.",
         "Deputy Chief Nurse", ["Deputy Chief Nurse"],
         d(2024, 10, 31), None,
         "EPR change live October 2024. Audit shows 96% compliance for three consecutive months.",
         "G", "B", "B", "2024-10", "blue"),
        (MED, MD4, "MD4.1",
         "Replace medicines fridges on Wards 41 and 44 with fridges connected to the remote "
         "temperature monitoring system.",
         "Chief Pharmacist", ["Chief Pharmacist"],
         d(2025, 1, 31), None,
         "Fridges installed 20 January 2025; remote alerts live.",
         "G", "B", "B", "2025-01", "blue"),
    ]
    should = [
        (UEC, SD1, "SD1.1",
         "Complete a ligature risk assessment of the ED mental health assessment room and carry "
         "out the remedial works identified.",
         "Head of Estates and Facilities", ["Head of Estates and Facilities"],
         d(2024, 11, 30), None,
         "Assessment complete. Anti-ligature door and fittings installed November 2024.",
         "G", "B", "B", "2024-11", "blue"),
        (UEC, SD2, "SD2.1",
         "Introduce a weekly divisional complaints tracker reviewed at the Urgent Care triumvirate "
         "meeting, with escalation of any response over 25 working days.",
         "Divisional Director of Operations (Urgent Care)",
         ["Divisional Director of Operations (Urgent Care)"],
         d(2024, 9, 30), None,
         "Tracker in place; 88% of responses within timescale in Q3.",
         "G", "G", "G", "2024-09", "green"),
        (MED, SD3, "SD3.1",
         "Roll out the 'Home First' discharge planning checklist on all medical wards, including "
         "a documented conversation with the patient or carer within 48 hours of admission.",
         "Head of Patient Flow", ["Head of Patient Flow"],
         d(2024, 12, 31), d(2025, 4, 30),
         "Live on 5 of 7 wards. Roll-out to Wards 45 and 46 delayed by winter pressures.",
         "G", "A", "A", "2025-04", "amber"),
        (MED, SD3, "SD3.2",
         "Include discharge experience questions in the monthly Friends and Family Test report "
         "for medical wards.",
         "Patient Experience Lead & Head of Patient Flow",
         ["Patient Experience Lead", "Head of Patient Flow"],
         d(2025, 3, 31), None,
         "Questions agreed with Patient Experience Group; first report due April 2025.",
         None, "G", "G", "2025-03", "green"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Following the CQC inspection of Urgent and Emergency Care and Medical Care "
                 "(report published 14 March 2024)")
    cov["A3"] = "Position at: 31 January 2025"
    cov["A4"] = "Executive owner: Chief Nurse"
    cov["A5"] = "Reporting route: CQC Improvement Group → Quality and Governance Assurance Committee → Board of Directors"
    cov["A7"] = "BRAG key"
    cov["A7"].font = Font(bold=True)
    key = [("B", "Complete – evidence reviewed and accepted at CQC Improvement Group"),
           ("G", "On track to deliver by the due date"),
           ("A", "At risk – slippage against due date, mitigation in place"),
           ("R", "Off track – overdue or not deliverable without escalation")]
    for i, (k, t) in enumerate(key, 8):
        cov.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        cov.cell(row=i, column=1).font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        cov.cell(row=i, column=2, value=t)
    cov["A13"] = "Summary of actions by core service"
    cov["A13"].font = Font(bold=True)
    header_row(cov, 14, ["Core service", "Must Do actions", "Should Do actions", "B", "G", "A", "R", "Total"])
    allrows = must + should
    r = 15
    for sec in (UEC, MED):
        rows = [x for x in allrows if x[0] == sec]
        cnt = {k: sum(1 for x in rows if x[11] == k) for k in "BGAR"}
        vals = [sec, sum(1 for x in must if x[0] == sec), sum(1 for x in should if x[0] == sec),
                cnt["B"], cnt["G"], cnt["A"], cnt["R"], len(rows)]
        for c, v in enumerate(vals, 1):
            cov.cell(row=r, column=c, value=v).border = BORDER
        r += 1
    tot = ["Total", len(must), len(should)] + [sum(1 for x in allrows if x[11] == k) for k in "BGAR"] + [len(allrows)]
    for c, v in enumerate(tot, 1):
        cell = cov.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BORDER
    cov.column_dimensions["A"].width = 46
    cov.column_dimensions["B"].width = 70

    expected = []
    for sheet_name, heading, rows, colhead in (("Must Do", "Must Do actions", must, "CQC Must Do"),
                                               ("Should Do", "Should Do actions", should, "CQC Should Do")):
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Position at 31 January 2025"
        header_row(ws, 4, ["Ref", colhead, "Action", "Lead", "Original due date", "Revised due date",
                           "Progress update", "Previous BRAG (Dec 24)", "Current BRAG (Jan 25)"])
        r = 5
        cur_sec = None
        req_start = None
        prev_req = None
        for (sec, req, ref, text, leadcell, leads, orig, rev, prog, prevb, curb, curfill, end, st) in rows:
            if sec != cur_sec:
                if prev_req is not None and req_start < r - 1:
                    ws.merge_cells(start_row=req_start, start_column=2, end_row=r - 1, end_column=2)
                prev_req = None
                ws.cell(row=r, column=1, value=sec)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                ws.cell(row=r, column=1).font = Font(bold=True)
                ws.cell(row=r, column=1).fill = fill("D9E1F2")
                cur_sec = sec
                r += 1
            if req != prev_req:
                if prev_req is not None and req_start < r - 1:
                    ws.merge_cells(start_row=req_start, start_column=2, end_row=r - 1, end_column=2)
                ws.cell(row=r, column=2, value=req)
                req_start = r
                prev_req = req
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=leadcell)
            c = ws.cell(row=r, column=5, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=prog)
            if prevb:
                ws.cell(row=r, column=8, value=prevb).fill = fill(FILL[prevb])
            c = ws.cell(row=r, column=9, value=curb)
            c.fill = fill(FILL[curfill])
            for col in range(1, 10):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BORDER
            expected.append(act(ref, [sec, req], text, leads, end, st))
            r += 1
        if prev_req is not None and req_start < r - 1:
            ws.merge_cells(start_row=req_start, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGHI", (9, 48, 52, 30, 13, 13, 44, 12, 12)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    EXPECTED[name] = {
        "source": (
            "Imitates an NHS foundation trust's CQC Must Do / Should Do action plan workbook as "
            "taken to its quality committee and board (Tameside and Glossop Integrated Care NHSFT, "
            "position at January 2025, after an urgent and emergency care / medical care inspection; "
            "content invented). Copied features: cover sheet with title block, reporting route, BRAG "
            "key and a summary-by-core-service totals table; separate Must Do and Should Do sheets; "
            "core-service section rows merged across; the CQC requirement merged down over its "
            "actions; original and revised due dates; previous and current BRAG with fill colour "
            "(one current cell coloured only); several leads in one cell; job titles as leads."),
        "reads": (
            "A trust CQC action plan in three sheets: a cover with key and totals, then Must Do "
            "(6 actions) and Should Do (4 actions) sheets. Each action sits under its core service "
            "and the CQC requirement; the end is the revised due date where one is given, and the "
            "status is the current BRAG (MD2.2 is shown by red fill alone)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ==================================================================================
# 2. Hertford Regional College - post-inspection action plan, typo month (xlsx, refuse)
# ==================================================================================
def hertford():
    name = "hn1-hertford-regional-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Hertford Regional College – Post-Inspection Action Plan"
    A1 = ("Leaders should ensure that teachers on education programmes for young people check "
          "learners' understanding precisely and adapt their teaching so that learners remember "
          "key concepts.")
    A2 = ("Leaders and managers should improve the attendance of learners at English and "
          "mathematics lessons.")
    A3 = ("Leaders should ensure that apprentices receive impartial careers advice and guidance "
          "about their next steps.")
    A4 = ("Governors should hold leaders to account more effectively for the quality of adult "
          "learning programmes.")
    rows = [
        ("AFI 1", A1, "1.1",
         "Deliver a programme of CPD on questioning and retrieval practice to all teachers of 16 to 18 study programmes.",
         "Director of Teaching, Learning and Assessment", "Jan 2025",
         "All teachers complete CPD; learning walks show effective questioning in 80% of sessions.",
         "CPD delivered on staff development days 6 and 7 January. 94% attendance.", "G"),
        ("AFI 1", A1, "1.2",
         "Introduce fortnightly learning walks focused on checking for understanding, with findings reported to curriculum managers.",
         "Heads of Faculty", "March 2025",
         "Learning walk schedule in place in all faculties; themes reported to TLA Group.",
         "Schedule live since February half term. First thematic report to TLA Group 27 March.", "G"),
        ("AFI 1", A1, "1.3",
         "Share good practice through subject-specific teaching squads in each faculty.",
         "Teaching and Learning Coaches", "Jnue 2025",
         "Each faculty has an active teaching squad meeting at least half-termly.",
         "Squads running in Construction, Health and Care and Creative Industries.", "A"),
        ("AFI 2", A2, "2.1",
         "Move English and maths lessons into the same timetable block as vocational lessons for all full-time 16 to 18 learners.",
         "Vice Principal Curriculum", "Apr 2025",
         "Attendance at English and maths lessons rises to 85%.",
         "Timetable model agreed for 2025/26; interim changes made for resit groups.", "A"),
        ("AFI 2", A2, "2.2",
         "Personal tutors to follow up every absence from English and maths on the same day, with parents and carers contacted after two absences.",
         "Head of Student Services", "July 2025",
         "Same-day follow-up recorded for 95% of absences.",
         "Procedure launched January 2025; compliance 81%.", "G"),
        ("AFI 3", A3, "3.1",
         "Train all apprenticeship assessors to Level 4 in careers guidance awareness and include next steps in every progress review.",
         "Head of Apprenticeships", "May 2025",
         "Next steps discussed and recorded in all progress reviews.",
         "Eight of 14 assessors trained; remaining booked.", "G"),
        ("AFI 3", A3, "3.2",
         "Provide access to the college careers adviser for all apprentices in their final six months.",
         "Careers Leader", "Feb 2025",
         "All final-year apprentices offered an appointment.",
         "Appointments offered to all 112 apprentices due to complete in 2025.", "B"),
        ("AFI 4", A4, "4.1",
         "Add an adult learning quality report, including learner outcomes and feedback, to every Quality and Standards Committee agenda.",
         "Clerk to the Corporation", "Dec 2024",
         "Committee minutes show challenge on adult learning quality.",
         "First report considered 10 December 2024.", "B"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 19 to 22 November 2024 – overall effectiveness: Requires improvement"
    ws["A3"] = "Updated for the Quality and Standards Committee, 11 March 2025"
    header_row(ws, 5, ["AFI", "Area for improvement (Ofsted report)", "Action no.", "Action",
                       "Responsible", "Target date", "Impact measure", "Progress update (March 2025)", "RAG"],
               colour="5B2C6F")
    r = 6
    typo_row = None
    for (afi, afitext, no, text, resp, tgt, imp, prog, rag) in rows:
        vals = [afi, afitext, no, text, resp, tgt, imp, prog, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=9).fill = fill(FILL[rag])
        if tgt.startswith("Jnue"):
            typo_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="RAG: B = complete, G = on track, A = at risk, R = not on track")
    for col, w in zip("ABCDEFGHI", (7, 45, 9, 50, 28, 12, 40, 44, 6)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a general FE college's post-inspection action plan (PIAP) following an Ofsted "
            "'requires improvement' inspection, as reported to the governors' quality committee "
            "(Hertford Regional College, 2024-25; content invented). Copied features: title block "
            "with inspection dates and judgement, one flat table with the area for improvement "
            "repeated on every action row, action numbers, responsibility by job title, target "
            "month as text, impact measures, progress update and a filled RAG column, RAG key line."),
        "reads": (
            "A single-sheet PIAP of eight actions under four Ofsted areas for improvement. The "
            "target date of action 1.3 reads 'Jnue 2025', a mistyped month; a careful reader stops "
            "and asks whether June 2025 was meant before importing the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }


# ==================================================================================
# 3. Avado Learning - Ofsted apprenticeships PIAP (xlsx)
# ==================================================================================
def avado():
    name = "hn1-avado-learning-ofsted-apprenticeships-piap.xlsx"
    title = "Avado Learning Limited – Post-Inspection Action Plan (PIAP)"
    AFI = [
        "AFI 1: Leaders should make sure that apprentices' off-the-job training is planned and "
        "recorded accurately, and that employers release apprentices for the training they are "
        "entitled to.",
        "AFI 2: Leaders should ensure that coaches use information about apprentices' prior "
        "knowledge and skills to plan training that meets their individual needs.",
        "AFI 3: Leaders should ensure that apprentices develop a secure understanding of the risks "
        "of radicalisation and extremism relevant to their workplace and local area.",
        "AFI 4: Governors should receive more detailed information about the quality of training "
        "so that they can challenge leaders effectively.",
    ]
    # (afi index, ref, action, owner cell, owner list, start, due (datetime or text), end, end_text,
    #  evidence, update, rag)
    rows = [
        (0, "1a", "Redesign the off-the-job training plan so that every planned activity is linked to "
                  "the apprenticeship standard and recorded weekly in the e-portfolio.",
         "Head of Quality & Compliance", ["Head of Quality & Compliance"], d(2024, 10, 1), d(2024, 12, 31),
         "2024-12", None, "New OTJ plan in use for all starts from November 2024.",
         "Complete. Sample of 40 files shows weekly recording in 93%.", "B"),
        (0, "1b", "Hold a tripartite review with every employer at least every 10 weeks, and escalate to "
                  "the account manager where off-the-job hours fall below 80% of plan.",
         "Director of Apprenticeships / Employer Engagement Manager",
         ["Director of Apprenticeships", "Employer Engagement Manager"], d(2024, 10, 1), d(2025, 3, 31),
         "2025-03", None, "Reviews held within 10 weeks for 95% of apprentices.",
         "87% of reviews in date; 14 employer escalations made, 9 resolved.", "G"),
        (0, "1c", "Produce a monthly off-the-job hours dashboard for the Quality Board.",
         "Data & MI Manager", ["Data & MI Manager"], d(2024, 10, 1), d(2024, 11, 30),
         "2024-11", None, "Dashboard reviewed at each Quality Board.",
         "Dashboard live in Power BI since November 2024.", "B"),
        (1, "2a", "Strengthen the initial assessment to include a skills scan mapped to each knowledge, "
                  "skill and behaviour (KSB) in the standard.",
         "Head of Curriculum", ["Head of Curriculum"], d(2024, 11, 1), d(2025, 1, 31),
         "2025-01", None, "Skills scan completed for all new starters.",
         "Pilot complete on Data Analyst L4; roll-out to remaining standards behind schedule.", "A"),
        (1, "2b", "Coaches to record how individual learning plans have been adapted following initial "
                  "assessment, checked through monthly file sampling.",
         "Lead Coach – Data; Lead Coach – People", ["Lead Coach – Data", "Lead Coach – People"],
         d(2024, 11, 1), "Ongoing – monthly sampling", None, "Ongoing – monthly sampling",
         "Adaptations evident in 90% of sampled files.",
         "January sample: adaptations evident in 82% of files.", "G"),
        (2, "3a", "Refresh the Prevent and British values curriculum with regional risk case studies, "
                  "delivered in the first 12 weeks of the programme.",
         "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], d(2024, 10, 14), d(2025, 2, 28),
         "2025-02", None, "Apprentices can explain local risks when asked in reviews and deep dives.",
         "Regional case studies written for all nine regions; launch with March cohorts.", "G"),
        (2, "3b", "Add a safeguarding and Prevent discussion to every progress review, with apprentice "
                  "responses recorded and themes reported termly.",
         "Designated Safeguarding Lead, Lead Coaches", ["Designated Safeguarding Lead", "Lead Coaches"],
         d(2024, 12, 1), d(2025, 3, 31), "2025-03", None, "Discussion recorded in all progress reviews.",
         "Review template not yet updated in e-portfolio – supplier delay.", "R"),
        (3, "4a", "Introduce a quarterly quality report to the Board covering achievement, progress, "
                  "off-the-job hours and learner voice.",
         "Managing Director", ["Managing Director"], d(2024, 11, 1), d(2025, 1, 31),
         "2025-01", None, "Board minutes record challenge on quality.",
         "First report presented to the Board 28 January 2025.", "B"),
        (3, "4b", "Appoint an additional non-executive board member with further education and skills "
                  "expertise.",
         "Chair of the Board", ["Chair of the Board"], d(2025, 1, 1), d(2025, 6, 30),
         "2025-06", None, "Appointment made and induction complete.",
         "Role advertised; shortlisting delayed to April.", "A"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("2E1A47")
    ws["A2"] = ("Ofsted inspection: 10 to 13 September 2024 | Overall effectiveness: Requires improvement "
                "| Report published: 22 October 2024")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 4 – reviewed at Quality Board 18 February 2025"
    ws.merge_cells("A3:H3")
    ws["A4"] = "RAG key:  B = Complete   G = On track   A = Some slippage   R = Significant concern"
    ws.merge_cells("A4:H4")
    ws["A4"].font = Font(italic=True)
    header_row(ws, 6, ["Ref", "Action", "Owner", "Start", "Due", "Success measure / evidence",
                       "Update (Feb 2025)", "RAG"], colour="6A3D9A")
    r = 7
    cur = None
    expected = []
    for (ai, ref, text, ownc, owns, start, due, end, end_text, ev, upd, rag) in rows:
        if ai != cur:
            ws.cell(row=r, column=1, value=AFI[ai])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 32
            cur = ai
            r += 1
        vals = [ref, text, ownc, start, due, ev, upd, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        ws.cell(row=r, column=8).fill = fill(FILL[rag])
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [AFI[ai]], text, owns, end, STATUS[rag], end_text))
        r += 1
    for col, w in zip("ABCDEFGH", (6, 55, 30, 9, 14, 38, 44, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – February 2025"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Area for improvement", "B", "G", "A", "R", "Total"], colour="6A3D9A")
    for i in range(4):
        rr = [x for x in rows if x[0] == i]
        vals = [f"AFI {i + 1}"] + [sum(1 for x in rr if x[11] == k) for k in "BGAR"] + [len(rr)]
        for c, v in enumerate(vals, 1):
            sm.cell(row=4 + i, column=c, value=v)
    vals = ["Total"] + [sum(1 for x in rows if x[11] == k) for k in "BGAR"] + [len(rows)]
    for c, v in enumerate(vals, 1):
        sm.cell(row=8, column=c, value=v).font = Font(bold=True)

    log = wb.create_sheet("Change log")
    header_row(log, 1, ["Version", "Date", "Changed by", "Summary"], colour="6A3D9A")
    for i, (v, when, who, what) in enumerate([
            ("1", d(2024, 10, 24), "Head of Quality & Compliance", "Draft PIAP following publication of report"),
            ("2", d(2024, 11, 19), "Head of Quality & Compliance", "Agreed by Board; owners confirmed"),
            ("3", d(2025, 1, 21), "Quality Officer", "January updates added"),
            ("4", d(2025, 2, 18), "Quality Officer", "February updates; RAG summary sheet added")], 2):
        log.cell(row=i, column=1, value=v)
        log.cell(row=i, column=2, value=when).number_format = "dd/mm/yyyy"
        log.cell(row=i, column=3, value=who)
        log.cell(row=i, column=4, value=what)
    wb.save(os.path.join(OUT, name))

    EXPECTED[name] = {
        "source": (
            "Imitates an independent apprenticeship training provider's Ofsted post-inspection "
            "action plan (PIAP) after a 'requires improvement' inspection (Avado Learning Ltd, "
            "2024-25; content invented). Copied features: title block merged across with inspection "
            "dates, version line and RAG key line; each Ofsted area for improvement ('AFI n: ...') as "
            "a merged shaded row above its lettered actions; owner, start and due (mmm-yy) columns; "
            "success measure and monthly update; B/G/A/R letters with fill; a RAG summary totals "
            "sheet and a change-log sheet."),
        "reads": (
            "A PIAP of nine actions (1a–4b) grouped under four areas for improvement from the Ofsted "
            "report. Each action has an owner (some cells name two), a due month (one is 'Ongoing – "
            "monthly sampling') and a B/G/A/R status; the other two sheets are a summary and a "
            "change log, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ==================================================================================
# 4. Cheshire and Wirral Partnership NHSFT - CQC MH core services plan (csv export)
# ==================================================================================
def cwp():
    name = "hn1-cheshire-wirral-partnership-nhsft-cqc-mental-health-must-should-do-action-plan.csv"
    title = "Cheshire and Wirral Partnership NHS Foundation Trust – CQC Mental Health Core Services Action Plan"
    ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
    CAMHS = "Child and adolescent mental health wards"
    COMM = "Community-based mental health services for adults of working age"
    R1 = ("The trust must ensure that ligature risk assessments for all acute wards are up to date "
          "and that staff know the mitigations in place.")
    R2 = ("The trust must ensure that staff on acute wards receive regular supervision and complete "
          "mandatory training in immediate life support.")
    R3 = ("The trust must ensure that all episodes of restraint are recorded accurately and reviewed, "
          "and that young people are offered a debrief.")
    R4 = ("The trust should ensure that young people are involved in developing their care plans and "
          "that this is recorded.")
    R5 = ("The trust should ensure that people waiting for assessment or treatment are regularly "
          "contacted and their risk reviewed.")
    R6 = ("The trust should ensure that caseload sizes are monitored and managed so that staff can "
          "meet people's needs.")
    # (id, service, type, reg, requirement, action, owner, owners, due, revised, status, update,
    #  end, end_text, status)
    rows = [
        ("CWP-MD-01", ACUTE, "Must do", "Reg 12", R1,
         "Complete and sign off updated ligature risk assessments for all five acute adult wards at "
         "Bowmere and Springview hospitals.",
         "Modern Matron, Acute Care", ["Modern Matron, Acute Care"], "31/08/2024", "", "Complete",
         "All assessments signed off by Health and Safety Group 22/08/2024.", "2024-08", None, "blue"),
        ("CWP-MD-02", ACUTE, "Must do", "Reg 12", R1,
         "Include ligature awareness and local mitigations in the induction checklist for bank and "
         "agency staff on acute wards.",
         "Ward Managers (Acute)", ["Ward Managers (Acute)"], "30/09/2024", "31/01/2025", "Complete",
         "Checklist updated; spot checks in January found 100% completion.", "2025-01", None, "blue"),
        ("CWP-MD-03", ACUTE, "Must do", "Reg 18", R2,
         "Set a trajectory for ILS compliance on each acute ward and provide additional training "
         "dates at Bowmere and Springview.",
         "Head of Clinical Education / Associate Director of Nursing",
         ["Head of Clinical Education", "Associate Director of Nursing"], "31/12/2024", "30/04/2025",
         "Amber - at risk",
         "ILS compliance 79% (target 90%). Additional dates booked Feb–Apr 2025.", "2025-04", None, "amber"),
        ("CWP-MD-04", CAMHS, "Must do", "Reg 13", R3,
         "Introduce a post-incident debrief record for young people and audit completion monthly at "
         "the Ancora House safeguarding huddle.",
         "Service Manager, CAMHS Inpatients", ["Service Manager, CAMHS Inpatients"], "31/10/2024",
         "31/03/2025", "On track",
         "Debrief record live 01/11/2024.\nAudit: Nov 64%, Dec 81%, Jan 88%.", "2025-03", None, "green"),
        ("CWP-SD-01", CAMHS, "Should do", "Reg 9", R4,
         "Co-produce a 'My Care Plan' template with the Ancora House youth forum and launch it on "
         "both wards.",
         "Ward Manager (Ancora House) and Participation Lead",
         ["Ward Manager (Ancora House)", "Participation Lead"], "31/03/2025", "", "On track",
         "Template agreed by youth forum 30/01/2025; launch planned for March.", "2025-03", None, "green"),
        ("CWP-SD-02", COMM, "Should do", "Reg 12", R5,
         "Implement a waiting list contact protocol: telephone contact every 4 weeks with risk "
         "review recorded on the patient record.",
         "Community Service Manager (West)", ["Community Service Manager (West)"], "31/12/2024", "",
         "Red - overdue",
         "Protocol approved; contact compliance 58%. Recovery plan to Quality Committee March 2025.",
         "2024-12", None, "red"),
        ("CWP-SD-03", COMM, "Should do", "Reg 17", R6,
         "Roll out the caseload weighting tool to all community mental health teams and review "
         "caseloads in monthly supervision.",
         "Associate Director of Operations (Adult MH)", ["Associate Director of Operations (Adult MH)"],
         "30/06/2025", "", "Not started",
         "Tool procured; training scheduled for April 2025.", "2025-06", None, "unrated"),
        ("CWP-SD-04", COMM, "Should do", "Reg 17", R6,
         "Report caseload sizes by team to the Care Group quality and performance meeting each month.",
         "Head of Performance & Information", ["Head of Performance & Information"], "Monthly", "",
         "On track",
         "Caseload report included from January 2025 meeting.", None, "Monthly", "green"),
    ]
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Report run: 14/02/2025 09:12 | Filter: all actions (open and closed) | Source: CQC Action Tracker"])
        w.writerow([])
        w.writerow(["Action ID", "Core service", "Type", "Regulation", "CQC requirement", "Action",
                    "Action owner", "Due date", "Revised due date", "Status", "Latest update"])
        expected = []
        for (aid, svc, typ, reg, req, text, own, owns, due, rev, stat, upd, end, end_text, st) in rows:
            w.writerow([aid, svc, typ, reg, req, text, own, due, rev, stat, upd])
            expected.append(act(aid, [svc, req], text, owns, end, st, end_text))
        w.writerow([])
        w.writerow([f"{len(rows)} records"])

    EXPECTED[name] = {
        "source": (
            "Imitates a CSV export from a mental health trust's CQC action tracking system (Cheshire "
            "and Wirral Partnership NHSFT, after a core-services inspection; export February 2025; "
            "content invented). Copied features: report title and run/filter line above the header, "
            "one row per action with action ID, core service, Must do/Should do type, regulation, "
            "CQC requirement repeated on each of its actions, owner by job title (some with a comma "
            "inside the title, some naming two posts), due and revised due dates (dd/mm/yyyy), status "
            "words, a multi-line update field, and a record-count footer."),
        "reads": (
            "Eight CQC actions for three mental health core services, each read under its core "
            "service and the CQC requirement. The end is the revised due date where given (one is "
            "'Monthly', no month); status comes from the words (Complete, On track, Amber - at risk, "
            "Red - overdue, Not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ==================================================================================
# 5. Priory Fields Surgery - CQC inspection action plan (plain text)
# ==================================================================================
def priory():
    name = "hn1-priory-fields-surgery-cqc-inspection-action-plan.txt"
    title = "PRIORY FIELDS SURGERY - CQC INSPECTION ACTION PLAN"
    P1 = "PART 1 - REQUIREMENT NOTICES (the practice MUST do)"
    P2 = "PART 2 - AREAS WHERE THE PRACTICE SHOULD IMPROVE"
    groups = [
        (P1, "1. The practice must ensure care and treatment is provided in a safe way for patients "
             "(Regulation 12 Safe care and treatment).", [
            ("1.1", "Run monthly searches for patients on DMARDs, lithium and other high-risk medicines "
                    "and recall anyone overdue blood monitoring.",
             "Dr S. Whitfield (Prescribing Lead) / Clinical Pharmacist",
             ["Dr S. Whitfield (Prescribing Lead)", "Clinical Pharmacist"], "31/08/2024", "2024-08", None,
             "BLUE - completed",
             "Searches set up on SystmOne and reviewed at the monthly clinical meeting. No patients overdue at the December search.",
             "blue"),
            ("1.2", "Complete a structured medication review for all patients aged 75 and over on 10 or "
                    "more repeat medicines, coded on the clinical system.",
             "Clinical Pharmacist", ["Clinical Pharmacist"], "31/03/2025", "2025-03", None,
             "GREEN - on track", "412 of 590 reviews completed (70%).", "green"),
            ("1.3", "Review all outstanding MHRA safety alerts and record the action taken for each "
                    "affected patient; add safety alerts to the weekly clinical meeting agenda.",
             "Dr R. Malik", ["Dr R. Malik"], "30/09/2024", "2024-09", None,
             "BLUE - completed", "All historic alerts reviewed; log kept by the Practice Manager.", "blue"),
        ]),
        (P1, "2. The practice must establish effective systems and processes to ensure good governance "
             "in accordance with the fundamental standards of care (Regulation 17 Good governance).", [
            ("2.1", "Introduce a practice policy register with review dates, owners and version control, "
                    "and review all overdue policies.",
             "Practice Manager", ["Practice Manager"], "End of October 2024", "2024-10", "End of October 2024",
             "BLUE - completed", "Register on the shared drive; 38 policies reviewed and re-issued.", "blue"),
            ("2.2", "Set up a training matrix for all staff and bring safeguarding, basic life support and "
                    "infection control training up to date.",
             "Assistant Practice Manager", ["Assistant Practice Manager"], "31/12/2024", "2024-12", None,
             "RED - overdue", "Safeguarding level 3 outstanding for 2 GPs - booked for February 2025.", "red"),
        ]),
        (P2, "3. The practice should continue to improve the uptake of cervical screening.", [
            ("3.1", "Offer Saturday morning cervical screening clinics and send text reminders to "
                    "patients who are overdue screening.",
             "Practice Nurse Lead", ["Practice Nurse Lead"], "Q4 2024/25", "2025-03", "Q4 2024/25",
             "GREEN - on track", "Four Saturday clinics held; uptake (25-49) up from 62% to 67%.", "green"),
        ]),
        (P2, "4. The practice should take steps to improve patient satisfaction with telephone access.", [
            ("4.1", "Move to a cloud-based telephony system with call-back and queue position messages.",
             "Practice Manager", ["Practice Manager"], "Nov 2024", "2024-11", None,
             "BLUE - completed", "New system live 4 November 2024.", "blue"),
            ("4.2", "Repeat the in-house access survey and share the results with the Patient "
                    "Participation Group.",
             "Practice Manager and PPG Chair", ["Practice Manager", "PPG Chair"], "April 2025", "2025-04", None,
             "NOT STARTED", "Survey to run in March 2025, three months after the telephony change.", "unrated"),
        ]),
    ]
    rule = "=" * 78
    lines = [
        title,
        "Huntingdon, Cambridgeshire",
        "",
        "Inspection date:    11 June 2024",
        "Report published:   2 August 2024",
        "Overall rating:     Requires improvement (Safe - Requires improvement; Well-led - Requires improvement)",
        "Plan owner:         Practice Manager",
        "Last reviewed:      9 January 2025 (Partners' meeting)",
        "",
        "Status key: BLUE = completed   GREEN = on track   AMBER = at risk of missing the date",
        "            RED = overdue   NOT STARTED = work not yet begun",
        "",
    ]
    expected = []
    cur_part = None
    for part, heading, acts in groups:
        if part != cur_part:
            lines += [rule, part, rule, ""]
            cur_part = part
        lines += [heading, ""]
        for (ref, text, leadc, leads, due, end, end_text, stat, upd, st) in acts:
            lines += [
                f"  {ref}  Action:   {text}",
                f"       Lead:     {leadc}",
                f"       Due:      {due}",
                f"       Status:   {stat}",
                f"       Update:   {upd}",
                "",
            ]
            expected.append(act(ref, [part, heading], text, leads, end, st, end_text))
    lines += [rule,
              "Summary at 9 January 2025: 8 actions - 4 completed, 2 on track, 1 overdue, 1 not started.",
              "This plan is published on the practice website and shared with the ICB primary care team.",
              ""]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

    EXPECTED[name] = {
        "source": (
            "Imitates the plain-text version of a GP practice's CQC inspection action plan as "
            "published on a practice website after a 'requires improvement' rating (Priory Fields "
            "Surgery, Huntingdon, inspected 2024; content invented). Copied features: practice name "
            "and inspection details block, status key, parts for requirement notices (must) and "
            "should-improve areas ruled off with '=' lines, numbered CQC findings with the "
            "regulation, and per-action blocks of labelled lines (Action, Lead, Due, Status, Update), "
            "a closing summary line."),
        "reads": (
            "Eight actions in labelled blocks, each under its part (must / should) and the numbered "
            "CQC finding it answers. Leads are named GPs or practice posts (two give two leads); "
            "due dates are day-first dates, 'End of October 2024', 'Nov 2024', 'April 2025' and "
            "'Q4 2024/25'; status is the key word (BLUE completed, GREEN, RED, NOT STARTED)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ==================================================================================
# docx helpers
# ==================================================================================
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if i < len(parts) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ==================================================================================
# 6. Criminal Cases Review Commission - Malkinson review action plan (docx)
# ==================================================================================
def ccrc():
    name = "hn1-criminal-cases-review-commission-malkinson-review-action-plan.docx"
    title = "Independent Review of the CCRC’s Handling of the Andrew Malkinson Case – Action Plan"
    T1 = "Theme 1: Casework and investigation"
    T2 = "Theme 2: Communication with applicants"
    T3 = "Theme 3: Governance, leadership and learning"
    RECS = {
        "1": "Case review managers should identify and pursue all realistic lines of forensic inquiry at "
             "the earliest stage, including re-testing of exhibits where scientific techniques have advanced.",
        "2": "The Commission should ensure that decisions not to refer a case are subject to independent "
             "quality assurance before they are issued.",
        "3": "The Commission should communicate with applicants and their representatives in plain "
             "language and explain its reasoning clearly.",
        "4": "The Board should establish a mechanism for learning from cases where the Commission’s "
             "previous decision is later shown to have been wrong.",
    }
    # (theme, rec, ref, action, owner cell, owners, deadline cell, end, end_text, progress,
    #  rag text, rag fill, status)
    rows = [
        (T1, "1", "1.1", "Issue revised casework guidance on forensic lines of inquiry, with a mandatory "
                         "forensic review checkpoint at case planning stage.",
         "Director of Casework Operations", ["Director of Casework Operations"], "30 June 2025",
         "2025-06", None, "Guidance issued 24 June 2025; checkpoint built into the case management system.",
         "Complete", "B", "blue"),
        (T1, "1", "1.2", "Appoint an in-house forensic science adviser to support case review managers.",
         "Chief Executive / Director of Casework Operations",
         ["Chief Executive", "Director of Casework Operations"], "September 2025\nRevised: December 2025",
         "2025-12", "September 2025\nRevised: December 2025", "First recruitment campaign did not appoint; re-advertised with revised grading.",
         "Amber", "A", "amber"),
        (T1, "2", "2.1", "Introduce second-Commissioner review for all no-referral decisions in cases with "
                         "a custodial sentence of more than 10 years.",
         "Head of Legal; Chair of the Casework Committee",
         ["Head of Legal", "Chair of the Casework Committee"], "31 March 2025", "2025-03", None,
         "In place for all decisions issued from 1 April 2025.", "Complete", "B", "blue"),
        (T1, "2", "2.2", "Commission an external audit of a sample of 2024/25 no-referral decisions.",
         "Head of Quality Assurance", ["Head of Quality Assurance"], "Q4 2025/26", "2026-03", "Q4 2025/26",
         "Terms of reference agreed by the Audit and Risk Assurance Committee in September 2025.",
         "", "G", "green"),
        (T2, "3", "3.1", "Rewrite the standard provisional statement of reasons template with input from "
                         "applicants with lived experience.",
         "Head of Communications", ["Head of Communications"], "31 October 2025", "2025-10", None,
         "Two workshops held with former applicants; draft template in testing.", "On track", "G", "green"),
        (T2, "3", "3.2", "Provide training on writing for applicants to all case review managers and "
                         "Commissioners.",
         "Head of People and Learning", ["Head of People and Learning"], "March 2026", "2026-03", None,
         "Provider appointed; sessions scheduled from January 2026.", "On track", "G", "green"),
        (T3, "4", "4.1", "Establish a Learning Review Panel to examine every case referred after an "
                         "earlier no-referral decision, reporting to the Board twice a year.",
         "Interim Chair", ["Interim Chair"], "September 2025", "2025-09", None,
         "Panel terms of reference delayed pending appointment of a permanent Chair.", "Red", "R", "red"),
        (T3, "4", "4.2", "Publish an annual learning report summarising themes from learning reviews.",
         "Head of Governance", ["Head of Governance"], "Annually from 2026", None, "Annually from 2026",
         "Depends on action 4.1.", "Not started", None, "unrated"),
        (T3, "4", "4.3", "Publish this action plan and quarterly progress updates on the CCRC website.",
         "Head of Governance", ["Head of Governance"], "Ongoing", None, "Ongoing",
         "Plan published April 2025; July and October updates published.", "On track", "G", "green"),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Criminal Cases Review Commission")
    doc.add_paragraph("Progress report to the Board – 23 October 2025 (OFFICIAL)")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_text(c, t, bold=True)
    for v in [("1.0", "14/03/2025", "Head of Governance", "First version agreed by the Board"),
              ("2.0", "17/07/2025", "Head of Governance", "Q1 progress update"),
              ("3.0", "16/10/2025", "Head of Governance", "Q2 progress update; revised deadline for action 1.2")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            set_text(c, t)

    doc.add_paragraph("RAG status key", style="Heading 2")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, t in [("B", "Complete – action delivered and evidence reviewed by the Audit and Risk Assurance Committee"),
                 ("G", "On track"),
                 ("A", "Some risk to delivery – mitigation in place"),
                 ("R", "Off track – Board attention required")]:
        cells = kt.add_row().cells
        set_text(cells[0], {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[k], bold=True)
        shade(cells[0], FILL[k])
        set_text(cells[1], t)
    n = {s: sum(1 for x in rows if x[12] == s) for s in ("blue", "green", "amber", "red", "unrated")}
    doc.add_paragraph(
        f"Summary: {len(rows)} actions – {n['blue']} complete, {n['green']} on track, {n['amber']} amber, "
        f"{n['red']} red, {n['unrated']} not started.")

    expected = []
    for theme in (T1, T2, T3):
        doc.add_paragraph(theme, style="Heading 1")
        trs = [x for x in rows if x[0] == theme]
        t = doc.add_table(rows=1 + len(trs), cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Rec.", "Recommendation", "Ref", "Action", "Owner", "Deadline",
                                          "Progress (October 2025)", "RAG"]):
            set_text(c, h, bold=True, colour="FFFFFF")
            shade(c, "1F3864")
        spans = {}
        for i, (th, rec, ref, text, ownc, owns, dl, end, end_text, prog, ragt, ragf, st) in enumerate(trs, 1):
            cells = t.rows[i].cells
            if rec not in spans:
                spans[rec] = [i, i]
                set_text(cells[0], rec, bold=True)
                set_text(cells[1], RECS[rec])
            else:
                spans[rec][1] = i
            set_text(cells[2], ref)
            set_text(cells[3], text)
            set_text(cells[4], ownc)
            set_text(cells[5], dl)
            set_text(cells[6], prog)
            set_text(cells[7], ragt, bold=True, colour="FFFFFF" if ragf in ("B", "R") else None)
            if ragf:
                shade(cells[7], FILL[ragf])
            expected.append(act(ref, [theme, RECS[rec]], text, owns, end, st, end_text))
        for rec, (a, b) in spans.items():
            if b > a:
                for col in (0, 1):
                    t.cell(a, col).merge(t.cell(b, col))
        widths = (Cm(1.2), Cm(5.5), Cm(1.2), Cm(5.5), Cm(3.5), Cm(2.8), Cm(5.0), Cm(1.8))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")

    doc.add_paragraph("Approval", style="Heading 2")
    ap = doc.add_table(rows=3, cols=3)
    ap.style = "Table Grid"
    for r, v in enumerate([("Role", "Name", "Date"),
                           ("Chief Executive", "Signed", "16/10/2025"),
                           ("Interim Chair", "Signed", "20/10/2025")]):
        for c, x in enumerate(v):
            set_text(ap.cell(r, c), x, bold=(r == 0))
    doc.save(os.path.join(OUT, name))

    EXPECTED[name] = {
        "source": (
            "Imitates an arm's-length body's action plan in response to an independent review, as "
            "reported to its Board (Criminal Cases Review Commission, response to Chris Henley KC's "
            "review of its handling of the Andrew Malkinson case, October 2025 progress; "
            "recommendations and actions paraphrased/invented). Copied features: Word title block, "
            "document control table, RAG key table with coloured cells, a summary line, one table per "
            "theme under a Heading 1, the recommendation merged down over its actions, owners as "
            "job titles (two in some cells), a deadline cell with original and revised dates, "
            "progress text and a RAG cell with fill (one coloured only), an approval table."),
        "reads": (
            "Nine actions in three theme tables, each answering a numbered review recommendation. "
            "Deadlines are months or dates (one 'September 2025 / Revised: December 2025', one "
            "'Q4 2025/26', one 'Annually from 2026', one 'Ongoing'); RAG is read from the word or, "
            "for action 2.2, the green fill. Document control, key and approval tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ==================================================================================
# 7. Alder Grange School - post-Ofsted action plan (docx)
# ==================================================================================
def alder():
    name = "hn1-alder-grange-school-post-ofsted-action-plan.docx"
    title = "Alder Grange School – Post-Ofsted Action Plan 2024–25"
    P = [
        ("Priority 1: Curriculum",
         "Leaders should ensure that the curriculum in key stage 3 identifies the important knowledge "
         "pupils need to learn and the order in which they should learn it, particularly in humanities "
         "and modern foreign languages."),
        ("Priority 2: Adaptive teaching and SEND",
         "Leaders should ensure that teachers have the information and training they need to adapt "
         "their teaching for pupils with special educational needs and/or disabilities (SEND)."),
        ("Priority 3: Attendance",
         "Leaders should continue to take effective action to reduce the persistent absence of "
         "disadvantaged pupils."),
    ]
    # (priority, action, lead cell, leads, timescale, end, end_text, success, monitored, fill, status)
    rows = [
        (0, "Subject leaders in history, geography and MFL to rewrite KS3 curriculum plans, setting out "
            "the sequence of core knowledge for each unit.",
         "DHT (Curriculum)", ["DHT (Curriculum)"], "Autumn term 2024", "2024-12", "Autumn term 2024",
         "Plans in place for all KS3 units; pupils can recall prior knowledge in deep dives.",
         "Governors' Standards Committee", "G", "blue"),
        (0, "Introduce termly knowledge quizzes in KS3 humanities and MFL to check that pupils remember "
            "the core content.",
         "Subject leaders", ["Subject leaders"], "Spring term 2025", "2025-04", "Spring term 2025",
         "Quiz results show at least 70% recall of core content.", "SLT line managers", "A", "amber"),
        (0, "Curriculum deep dives in humanities and MFL by SLT and the link governor.",
         "HT / Link Governor", ["HT", "Link Governor"], "Termly", None, "Termly",
         "Deep dive reports to governors each term.", "Full Governing Board", "A", "amber"),
        (1, "Publish one-page pupil profiles for all pupils on the SEND register, with strategies agreed "
            "with parents.",
         "SENDCo", ["SENDCo"], "Oct 2024", "2024-10", None,
         "Profiles available to all staff on the MIS.", "SEND governor", "G", "blue"),
        (1, "Deliver a CPD cycle on adaptive teaching for all staff, with follow-up coaching for teachers "
            "new to the school.",
         "AHT Teaching & Learning", ["AHT Teaching & Learning"], "Sept 2024 – July 2025", "2025-07", "Sept 2024 – July 2025",
         "Learning walks show adaptive strategies used consistently.", "HT", "A", "amber"),
        (1, "Quality assure the use of pupil profiles through drop-ins and book looks each half term.",
         "SENDCo, Heads of Department", ["SENDCo", "Heads of Department"], "Summer term 2025", "2025-07", "Summer term 2025",
         "Strategies from profiles seen in 90% of drop-ins.", "DHT (Curriculum)", None, "unrated"),
        (2, "Appoint a full-time attendance officer and introduce weekly attendance panels for pupils "
            "below 90%.",
         "AHT Behaviour & Attendance", ["AHT Behaviour & Attendance"], "Sept 2024", "2024-09", None,
         "Attendance officer in post; panel minutes kept.", "Attendance governor", "G", "blue"),
        (2, "Work with the local authority's Inclusion Service on targeted family support for the 30 pupils "
            "with the highest absence.",
         "Attendance Officer / DSL", ["Attendance Officer", "DSL"], "31 March 2025", "2025-03", None,
         "Persistent absence of disadvantaged pupils falls below 25%.", "Attendance governor", "R", "red"),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Ofsted inspection: 5–6 March 2024   |   Overall effectiveness: Requires improvement")
    doc.add_paragraph("Updated: 10 December 2024 for the Governors' Standards Committee")

    nrows = 1 + sum(2 for _ in P) + len(rows)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Action", "Lead", "Timescale", "Success criteria", "Monitored by",
                                      "RAG (Dec 24)"]):
        set_text(c, h, bold=True, size=10)
        shade(c, "BDD7EE")
    r = 1
    cur = None
    expected = []
    for (pi, text, leadc, leads, when, end, end_text, succ, mon, f, st) in rows:
        if pi != cur:
            a = t.cell(r, 0).merge(t.cell(r, 5))
            set_text(a, P[pi][0], bold=True, size=10, colour="FFFFFF")
            shade(a, "203864")
            r += 1
            b = t.cell(r, 0).merge(t.cell(r, 5))
            set_text(b, P[pi][1], italic=True, size=10)
            shade(b, "F2F2F2")
            r += 1
            cur = pi
        cells = t.rows[r].cells
        set_text(cells[0], text, size=10)
        set_text(cells[1], leadc, size=10)
        set_text(cells[2], when, size=10)
        set_text(cells[3], succ, size=10)
        set_text(cells[4], mon, size=10)
        set_text(cells[5], "", size=10)
        if f:
            shade(cells[5], FILL[f])
        expected.append(act(None, list(P[pi]), text, leads, end, st, end_text))
        r += 1
    widths = (Cm(8.0), Cm(3.3), Cm(3.2), Cm(6.0), Cm(3.5), Cm(2.0))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (f, txt) in zip(k.rows[0].cells, [("00B050", "Achieved"), ("FFC000", "In progress"),
                                              ("FF0000", "Not on track / concern"), (None, "Not yet started")]):
        set_text(c, txt, size=10)
        if f:
            shade(c, f)
    doc.add_paragraph("")
    doc.add_paragraph("Headteacher: ____________________     Chair of Governors: ____________________")
    doc.save(os.path.join(OUT, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a secondary school's post-Ofsted action plan written in Word for governors "
            "after a 'requires improvement' inspection (Alder Grange School, Rossendale, 2024-25; "
            "content invented). Copied features: title and inspection lines, one landscape table "
            "with a dark merged priority row, then an italic merged row quoting the Ofsted 'what does "
            "the school need to do to improve' point, then action rows without refs; leads as staff "
            "role abbreviations (some with two), school-term and month timescales, 'Termly', a term "
            "range, success criteria, monitoring, RAG shown only by cell colour with a colour key "
            "(green = achieved, no blue), signature line."),
        "reads": (
            "Eight actions under three priorities, each also under the Ofsted improvement point "
            "quoted beneath the priority. The RAG column has no words: green fill means achieved "
            "(complete), amber in progress, red not on track, no fill not yet started. Terms end in "
            "their last month (Autumn 2024 -> Dec 2024, Spring 2025 -> Apr 2025, Summer 2025 -> Jul 2025)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


def write_expected():
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        if "\n" in data:
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_rep)
    for name, exp in EXPECTED.items():
        with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(exp, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    for fn in (tameside, hertford, avado, cwp, priory, ccrc, alder):
        fn()
    if "--expected" in sys.argv:
        write_expected()
    print("built:", ", ".join(sorted(EXPECTED)))
