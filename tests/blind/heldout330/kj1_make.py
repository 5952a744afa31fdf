"""Build the seven kj1- test files of set heldout330.

Run with: /work/main/.venv/bin/python kj1_make.py
Writes the data files beside this script (the .expected.yaml files are written separately).
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, PALE = "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return datetime(y, m, day)


def put(ws, row, values, bold=False, border=True, bg=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True)
        if border:
            c.border = BOX
        if bg:
            c.fill = fill(bg)
        if isinstance(v, datetime):
            c.number_format = "dd/mm/yyyy"
    return row + 1


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. York and Scarborough Teaching Hospitals NHSFT - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
YORK_FILE = "kj1-york-and-scarborough-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"
YORK_TITLE = ("York and Scarborough Teaching Hospitals NHS Foundation Trust – "
              "CQC Inspection Action Plan 2023")

# each must do: (section, must-do text, regulation, [actions])
# action: (ref, text, lead, original, revised, previous fill, current fill, progress)
YORK_MUST = [
    ("Urgent and Emergency Care – York Hospital",
     "The trust must ensure that patients in the emergency department are assessed for risk of "
     "deterioration within 15 minutes of arrival, and that early warning scores are escalated in "
     "line with trust policy.",
     "Regulation 12(1)(2)(a)(b)",
     [("MD1.1",
       "Introduce a dedicated streaming and triage nurse at the front door 24/7, with the role "
       "included in the ED nursing establishment.",
       "Head of Nursing, Emergency Care", d(2023, 10, 31), d(2024, 1, 31), AMBER, GREEN,
       "Triage nurse rota in place on all shifts since 8 January 2024; time to triage audited weekly."),
      ("MD1.2",
       "Complete a monthly audit of NEWS2 escalation in the ED and report compliance to the "
       "Emergency Medicine Care Group governance meeting.",
       "Clinical Director, Emergency Medicine / Matron, ED", "Q4 2023/24", None, GREEN, GREEN,
       "October to December audits completed: 81%, 86%, 88% compliance. Target 90%.")]),
    ("Urgent and Emergency Care – York Hospital",
     "The trust must ensure that mental health risk assessments are completed for all patients "
     "presenting with self-harm or suicidal ideation and that these patients are cared for in a "
     "safe environment.",
     "Regulation 12(2)(a)(b)",
     [("MD2.1",
       "Roll out the revised ED mental health risk assessment tool (including ligature risk) on "
       "Nucleus and train all registered nurses in its use.",
       "Matron, ED; Mental Health Liaison Lead", d(2023, 11, 30), None, GREEN, BLUE,
       "Tool live from 20 November 2023; 94% of RNs trained. Action closed at Quality Committee 12/12/2023.")]),
    ("Medical Care – Scarborough Hospital",
     "The trust must ensure there are sufficient numbers of suitably qualified, competent and "
     "skilled nursing staff on medical wards to meet the needs of patients.",
     "Regulation 18(1)",
     [("MD3.1",
       "Undertake a Safer Nursing Care Tool establishment review for all medical wards at "
       "Scarborough Hospital and present findings to the Resources Committee.",
       "Deputy Chief Nurse", d(2023, 12, 31), d(2024, 2, 29), AMBER, AMBER,
       "Data collection complete; paper delayed to February Resources Committee."),
      ("MD3.2",
       "Launch a targeted international nurse recruitment campaign for the Scarborough medical "
       "wards, aiming for a band 5 vacancy rate below 10%.",
       "Director of Workforce and OD", d(2024, 3, 31), None, AMBER, RED,
       "Recruitment paused pending financial recovery plan; 11 of 28 posts filled.")]),
    ("Medical Care – Scarborough Hospital",
     "The trust must ensure that medicines, including controlled drugs, are stored securely and "
     "that fridge temperatures are monitored and acted on.",
     "Regulation 12(2)(g)",
     [("MD4.1",
       "Replace medicine fridges on Ann Wright and Maple wards with fridges linked to the remote "
       "temperature monitoring system, and include storage checks in the monthly ward pharmacy audit.",
       "Chief Pharmacist", d(2023, 12, 31), None, GREEN, BLUE,
       "New fridges installed 4 December 2023; December audit 100% compliant.")]),
]

# should do: (ref, core service / site, should-do text, action, lead, date, RAG letter, comment)
YORK_SHOULD = [
    ("SD1", "Urgent and emergency care – York Hospital",
     "The trust should ensure that patients' pain is assessed and pain relief is given in a timely way.",
     "Add pain score and time of analgesia to the ED triage record and audit monthly.",
     "ED Practice Educator", "Mar-24", "G", "Field added to triage record 15/01/2024."),
    ("SD2", "Urgent and emergency care – Scarborough Hospital",
     "The trust should ensure that all staff complete mandatory training, including safeguarding "
     "level 3, in line with trust targets.",
     "Issue weekly compliance reports to ED team leaders and book all outstanding staff onto "
     "safeguarding level 3 sessions.",
     "Service Manager, Emergency Care (Scarborough)", "30/04/2024", "A",
     "Safeguarding level 3 at 71% against 90% target; extra sessions booked for February."),
    ("SD3", "Medical care – Scarborough Hospital",
     "The trust should ensure that patient records are stored securely on the wards.",
     "Fit lockable notes trolleys on all medical wards.",
     "Estates Manager, Scarborough", "Dec-23", "B", "Trolleys fitted on all 7 wards."),
    ("SD4", "Medical care – York Hospital",
     "The trust should ensure that discharge planning starts on admission and involves patients "
     "and their families.",
     "Embed the 'Home First' discharge checklist in ward board rounds and measure through the "
     "monthly discharge audit.",
     "AB / KT", "Ongoing", "G", "Checklist used on 9 of 11 wards."),
]


def build_york(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = YORK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Must Do and Should Do Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Core services inspected: Urgent and emergency care; Medical care (including older "
                "people's care) – York Hospital and Scarborough Hospital")
    ws["A4"] = "Report published: 13 September 2023        Executive lead: Chief Nurse"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    r = put(ws, 7, ["Version", "Date", "Author", "Comments"], bold=True, bg=GREY)
    r = put(ws, r, ["0.1", "02/10/2023", "Head of Regulatory Compliance",
                    "First draft following publication of report"])
    r = put(ws, r, ["1.0", "24/10/2023", "Head of Regulatory Compliance", "Approved by Quality Committee"])
    r = put(ws, r, ["1.4", "16/01/2024", "Regulatory Compliance Team",
                    "January 2024 update for Board of Directors"])
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete – evidence of sustained compliance"),
                                    (GREEN, "On track to deliver by completion date"),
                                    (AMBER, "At risk – mitigations in place"),
                                    (RED, "Off track / past completion date")]):
        ws.cell(row=13 + i, column=1).fill = fill(col)
        ws.cell(row=13 + i, column=1).border = BOX
        ws.cell(row=13 + i, column=2, value=txt)
    widths(ws, [16, 14, 32, 48, 12, 12])

    # Summary sheet: totals only
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – January 2024"
    sm["A1"].font = Font(bold=True, size=12)
    r = put(sm, 3, ["", "Complete", "On track", "At risk", "Off track", "Total"], bold=True, bg=GREY)
    r = put(sm, r, ["Must do – Urgent and emergency care", 1, 2, 0, 0, 3])
    r = put(sm, r, ["Must do – Medical care", 1, 0, 1, 1, 3])
    r = put(sm, r, ["Should do – all core services", 1, 2, 1, 0, 4])
    r = put(sm, r, ["Total", 3, 4, 2, 1, 10], bold=True)
    widths(sm, [38, 12, 12, 12, 12, 10])

    # Must Do sheet
    md = wb.create_sheet("Must Do")
    md["A1"] = "CQC Must Do Actions – position at 16 January 2024"
    md["A1"].font = Font(bold=True, size=12)
    md.merge_cells("A1:J1")
    hdr = ["Ref", "Must do (as stated in CQC report)", "Regulation", "Action", "Action lead",
           "Original completion date", "Revised completion date", "Previous RAG (Dec-23)",
           "Current RAG (Jan-24)", "Progress update"]
    r = put(md, 3, hdr, bold=True, bg=GREY)
    last_section = None
    for section, must, reg, actions in YORK_MUST:
        if section != last_section:
            md.cell(row=r, column=1, value=section).font = Font(bold=True)
            for c in range(1, 11):
                md.cell(row=r, column=c).fill = fill(PALE)
                md.cell(row=r, column=c).border = BOX
            md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            last_section = section
        first = r
        for (ref, text, lead, orig, rev, prev, cur, prog) in actions:
            put(md, r, [ref, must if r == first else None, reg if r == first else None, text, lead,
                        orig, rev, None, None, prog])
            md.cell(row=r, column=8).fill = fill(prev)
            md.cell(row=r, column=9).fill = fill(cur)
            r += 1
        if r - 1 > first:
            md.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            md.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths(md, [8, 42, 14, 48, 26, 13, 13, 11, 11, 40])
    md.freeze_panes = "A4"

    # Should Do sheet
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "CQC Should Do Actions – position at 16 January 2024"
    sd["A1"].font = Font(bold=True, size=12)
    sd["A2"] = ("Should do actions are monitored by the Care Group governance meetings and "
                "reported to Quality Committee by exception.")
    sd["A2"].font = Font(italic=True)
    r = put(sd, 4, ["Ref", "Core service / site", "Should do", "Action", "Lead", "Completion date",
                    "RAG", "Comments"], bold=True, bg=GREY)
    for row in YORK_SHOULD:
        put(sd, r, list(row))
        r += 1
    widths(sd, [7, 28, 42, 46, 26, 13, 7, 38])
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. University of Worcester - apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
WORC_FILE = "kj1-university-of-worcester-ofsted-apprenticeships-piap.xlsx"
WORC_TITLE = "University of Worcester – Apprenticeships Post-Inspection Action Plan"

# (AFI heading, [(ref, action, leads, target, revised, measure, progress, rag)])
WORC = [
    ("AFI 1 – Leaders and managers should ensure that employers are fully involved in planning "
     "and reviewing apprentices' on- and off-the-job training.",
     [("1.1", "Redesign the tripartite progress review template so that employers agree the next "
       "steps for on-the-job training at each review.",
       "Head of Apprenticeships", d(2024, 6, 30), None,
       "100% of reviews from June 2024 on the new template, signed by employer.",
       "New template live 3 June 2024; sampled by AQB in September.", "Complete"),
      ("1.2", "Hold termly employer forums for each standard (Registered Nurse, Police Constable, "
       "Senior Leader) to co-design curriculum sequencing.",
       "Apprenticeship Programme Leads", "Termly", None,
       "Forum held for each standard each term; changes recorded in course logs.",
       "Summer forums held for RN and PCDA; Senior Leader forum booked for October.", "On track"),
      ("1.3", "Train all academic tutors on the requirements of the apprenticeship funding rules for "
       "off-the-job training, including recording in OneFile.",
       "Apprenticeship Compliance Manager / Head of Academic Development", d(2024, 7, 31),
       d(2024, 10, 31), "All tutors trained; OTJ hours recorded on OneFile for every apprentice.",
       "62 of 88 tutors trained; remaining sessions in October.", "At risk")]),
    ("AFI 2 – Leaders should ensure that tutors identify apprentices' starting points accurately and "
     "use this information to plan training that builds on what apprentices already know.",
     [("2.1", "Introduce a standardised skills scan and initial assessment for every new apprentice, "
       "completed with the employer before the start date.",
       "Head of Apprenticeships", "Sept 2024", None,
       "Skills scan on file for all September 2024 starters.",
       "Completed for all 143 September starters.", "Complete"),
      ("2.2", "Review a sample of individual learning plans each month.\nCheck that recognised prior "
       "learning has reduced planned content and duration, and feed back to course leaders.",
       "JH/SP", "Dec-24", None, "Monthly sample of 10 ILPs; RPL adjustments evidenced.",
       "July and August samples reviewed.", "On track")]),
    ("AFI 3 – Leaders should improve the proportion of apprentices who complete their programme "
     "and achieve by their planned end date.",
     [("3.1", "Set up a monthly 'at risk' panel for apprentices who are behind their planned progress, "
       "with agreed catch-up plans.",
       "Director of Student Services", "Oct-24", None,
       "Timely achievement rate above 60% in 2024/25.", "Terms of reference agreed; first panel 8 October.",
       "On track"),
      ("3.2", "Prepare apprentices for end-point assessment through mock professional discussions in "
       "the final six months of the programme.",
       "Course Leader, BSc (Hons) Professional Policing; Course Leader, Nursing Associate FdSc",
       "31 March 2025", None, "All gateway apprentices complete a mock before EPA.", "", "Not started"),
      ("3.3", "Report achievement and retention data by standard to every Apprenticeship Quality "
       "Board meeting.",
       "Apprenticeship Data & MIS Manager", "Monthly", None,
       "Dashboard presented at each AQB.", "Dashboard presented July, August, September.", "On track")]),
]
WORC_RAG = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def build_worcester(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = WORC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted inspection 5–8 March 2024 · Apprenticeships: Requires improvement · "
                "Plan owner: Pro Vice-Chancellor (Students)")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Reviewed monthly by the Apprenticeship Quality Board (AQB); reported to Academic Board "
                "termly. Last updated: 30 September 2024")
    ws.merge_cells("A3:H3")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for i, (k, col) in enumerate(WORC_RAG.items()):
        c = ws.cell(row=4, column=2 + i, value=k)
        c.fill = fill(col)
        c.border = BOX
    hdr = ["Ref", "Area for improvement / Action", "Lead(s)", "Target date", "Revised date",
           "Success measure", "Progress (September 2024)", "RAG"]
    r = put(ws, 6, hdr, bold=True, bg=GREY)
    for afi, actions in WORC:
        ws.cell(row=r, column=1, value=afi).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill(PALE)
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, act, lead, tgt, rev, meas, prog, rag) in actions:
            put(ws, r, [ref, act, lead, tgt, rev, meas, prog or None, rag])
            for col in (4, 5):
                if isinstance(ws.cell(row=r, column=col).value, datetime):
                    ws.cell(row=r, column=col).number_format = "mmm-yy" if col == 4 else "dd/mm/yyyy"
            if rag in WORC_RAG:
                ws.cell(row=r, column=8).fill = fill(WORC_RAG[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Actions 1.1 and 2.1 verified as complete by the AQB on "
                                   "17/09/2024. Revised dates agreed by the PVC (Students).")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k, n in [("Complete", 2), ("On track", 4), ("At risk", 1), ("Not started", 1), ("Total", 8)]:
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=n)
        r += 1
    widths(ws, [8, 60, 30, 12, 12, 34, 38, 11])
    ws.freeze_panes = "A7"

    vh = wb.create_sheet("Version history")
    r = put(vh, 1, ["Version", "Date", "Changes", "By"], bold=True, bg=GREY)
    r = put(vh, r, ["1.0", "22/04/2024", "PIAP submitted to Ofsted and approved by Academic Board", "Head of Apprenticeships"])
    r = put(vh, r, ["1.1", "25/07/2024", "July AQB update", "Apprenticeship Quality Manager"])
    r = put(vh, r, ["1.2", "30/09/2024", "September AQB update; revised date for 1.3", "Apprenticeship Quality Manager"])
    widths(vh, [9, 12, 58, 32])
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Herefordshire and Worcestershire Health and Care NHS Trust - CQC MH (xlsx, refuse)
# ---------------------------------------------------------------------------
HW_FILE = ("kj1-herefordshire-and-worcestershire-health-and-care-nhs-trust-cqc-mental-health-"
           "must-should-do-action-plan-typo-month-refuse.xlsx")
HW_TITLE = "Herefordshire and Worcestershire Health and Care NHS Trust – CQC Improvement Plan"
HW_SUB = "Acute wards for adults of working age and psychiatric intensive care unit"
# rows on 'Action plan' sheet from row 4: ('SECTION', text) or action tuple
HW_ROWS = [
    ("SECTION", "MUST DO"),
    ("M1", "Must", "The trust must ensure that ligature risk assessments are up to date and that staff "
     "know the ligature risks on their ward.",
     "Complete environmental ligature risk assessments on all acute wards and the PICU and brief "
     "staff at safety huddles.", "Modern Matron, Acute Inpatients", "Oct 2024", "Complete",
     "Assessments signed off 30/09/2024; huddle records held by ward managers."),
    ("M2", "Must", "The trust must ensure that patients' physical health is monitored after rapid "
     "tranquillisation in line with NICE guidance.",
     "Add rapid tranquillisation physical health observations to the electronic record with a "
     "mandatory prompt.", "Consultant Nurse, Physical Health / Digital Clinical Lead", "Nov 2024",
     "On track", "Build tested; go-live planned for 18 November."),
    ("M3a", "Must", "The trust must ensure there are enough suitably qualified staff on each shift, "
     "including on nights.",
     "Recruit to 12 WTE registered nurse vacancies across the acute wards and the PICU.",
     "Head of Nursing, Mental Health", "Mar 2025", "Amber", "7 WTE appointed; 5 WTE out to advert."),
    ("M3b", "Must", "",
     "Review the night-time skill mix and agree minimum registered nurse numbers per shift with the "
     "Safer Staffing Group.", "Deputy Director of Nursing", "Novmber 2024", "On track",
     "Draft paper to Safer Staffing Group."),
    ("SECTION", "SHOULD DO"),
    ("S1", "Should", "The trust should ensure that care plans are personalised and show the patient's views.",
     "Audit 10 care plans per ward each month using the personalised care planning audit tool.",
     "Ward Managers", "Jan 2025", "On track", "September audit 78% compliant."),
    ("S2", "Should", "The trust should ensure that patients have access to fresh air and outdoor space "
     "every day.",
     "Agree a garden access protocol for the PICU and record daily fresh air access.",
     "Modern Matron, PICU", "Dec 2024", "Green", "Protocol drafted."),
    ("S3", "Should", "The trust should ensure that carers are involved in discharge planning.",
     "Appoint a carers' lead on each ward and offer every carer a discharge planning meeting.",
     "Patient and Carer Experience Lead", "Feb 2025", "Amber", "Carers' leads named on 3 of 5 wards."),
]


def build_hw(path):
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = HW_TITLE
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = HW_SUB
    fs["A2"].font = Font(bold=True, size=12)
    lines = [("Inspection dates", "10–12 June 2024"), ("Report published", "28 August 2024"),
             ("Accountable executive", "Chief Nursing Officer"),
             ("Reporting", "Monthly to the Quality and Safety Committee"),
             ("Version", "v1.3 – 04/12/2024")]
    r = 4
    for k, v in lines:
        r = put(fs, r, [k, v])
    widths(fs, [26, 70])

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "MH Acute & PICU – Must do / Should do action plan (updated 04/12/2024)"
    ws["A1"].font = Font(bold=True, size=12)
    r = put(ws, 3, ["No.", "Must / Should", "CQC finding", "Action", "Lead", "Due", "Status",
                    "Evidence / assurance"], bold=True, bg=GREY)
    m3_first = None
    for row in HW_ROWS:
        if row[0] == "SECTION":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill(PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            vals = list(row)
            if vals[2] == "":
                vals[2] = None
            put(ws, r, vals)
            if row[0] == "M3a":
                m3_first = r
            if row[0] == "M3b":
                ws.merge_cells(start_row=m3_first, start_column=3, end_row=r, end_column=3)
        r += 1
    widths(ws, [6, 9, 44, 48, 30, 14, 11, 40])
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Okehampton College - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
OKE_FILE = "kj1-okehampton-college-post-ofsted-action-plan.docx"
OKE_TITLE = "Okehampton College – Post-Ofsted Action Plan 2023–24"
# (priority heading, ofsted text, [(ref, action, lead, timescale, monitoring, success, fill)])
OKE = [
    ("Priority 1: Curriculum and assessment at Key Stage 4",
     "Leaders should ensure that the curriculum in some subjects identifies the important knowledge "
     "pupils need to learn and the order in which they should learn it. They should check that "
     "teachers use assessment to identify and address gaps in pupils' knowledge.",
     [("1a", "Subject leaders to rewrite KS4 curriculum maps in history, geography and languages, "
       "setting out the key knowledge for each unit and its sequence.",
       "Deputy Headteacher (Curriculum)", "Spring term 2024", "SLT line management; governor "
       "curriculum link visit", "Maps published on website; deep dives confirm sequencing", GREEN),
      ("1b", "Introduce fortnightly retrieval quizzes in all KS4 subjects, with results reviewed at "
       "department meetings.", "KM, RB", "Summer term 2024", "Department minutes; book looks",
       "Gaps identified and re-taught; Year 11 mock outcomes improve", AMBER),
      ("1c", "Calendar subject deep dives with Dartmoor Multi Academy Trust curriculum leads to "
       "quality-assure the new maps.", "Headteacher", "Feb – Jun 2024", "Trust school improvement "
       "partner", "Deep dive reports show secure curriculum intent", GREEN)]),
    ("Priority 2: Attendance",
     "Leaders should continue to take effective action to improve the attendance of disadvantaged "
     "pupils and pupils with SEND, so that they benefit from the improved curriculum.",
     [("2a", "Appoint a full-time Attendance Officer and introduce weekly attendance panels for "
       "pupils below 90%.", "Assistant Headteacher (Behaviour and Attendance)", "Jan 2024",
       "Weekly attendance data to SLT", "Persistent absence of disadvantaged pupils below 20%", BLUE),
      ("2b", "First-day calling and home visits for persistently absent pupils, with early help "
       "referrals where needed.", "Attendance Officer / DSL", "Ongoing", "Safeguarding governor",
       "Every PA pupil has a support plan", GREEN),
      ("2c", "Meet termly with parents of pupils with SEND whose attendance is below 90% to agree an "
       "attendance support plan.", "SENCo", "Termly", "SEND governor", "Attendance of pupils with "
       "SEND in line with national", AMBER)]),
    ("Priority 3: Reading",
     "Leaders should ensure that pupils who are at the early stages of learning to read receive the "
     "support they need to catch up quickly.",
     [("3a", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and place the weakest "
       "readers on the phonics-based intervention programme.", "Literacy Lead", "Autumn term 2023",
       "Reading age data to SLT", "All pupils screened; intervention groups running", BLUE),
      ("3b", "Train all teaching assistants to deliver the reading intervention programme and monitor "
       "pupils' reading ages half-termly.", "Literacy Lead and SENCo", "Summer term 2024",
       "Half-termly reading age data", "Pupils in intervention gain at least 12 months in reading age", RED)]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def build_okehampton(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(OKE_TITLE, level=0)
    doc.add_paragraph("Inspection: 14–15 November 2023 (graded inspection). Overall effectiveness: "
                      "Requires improvement. Approved by the Local Governing Body: 7 December 2023.")
    doc.add_paragraph("RAG shading in the final column is updated each half term by the Senior "
                      "Leadership Team.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for cell, (txt, col) in zip(key.rows[0].cells,
                                [("Red – behind / not started", RED),
                                 ("Amber – started, impact not yet secure", AMBER),
                                 ("Green – on track, impact evident", GREEN),
                                 ("Blue – complete", BLUE)]):
        cell.text = txt
        shade(cell, col)
    for heading, ofsted, actions in OKE:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve:").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(ofsted).italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for cell, txt in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Monitoring",
                                               "Success criteria", "RAG (Dec 23)"]):
            cell.text = txt
        bold_row(t.rows[0])
        for (ref, act, lead, when, mon, succ, col) in actions:
            cells = t.add_row().cells
            for cell, txt in zip(cells, [ref, act, lead, when, mon, succ, ""]):
                cell.text = txt
            shade(cells[6], col)
        doc.add_paragraph()
    doc.add_heading("Governor monitoring", level=2)
    g = doc.add_table(rows=1, cols=4)
    g.style = "Table Grid"
    for cell, txt in zip(g.rows[0].cells, ["Date", "Governor", "Focus", "Outcome"]):
        cell.text = txt
    bold_row(g.rows[0])
    for row in [("18/01/2024", "Mrs J Hext", "Attendance panel", "Panel observed; actions tracked"),
                ("29/02/2024", "Mr P Dolan", "KS4 curriculum maps", "History and geography maps reviewed")]:
        cells = g.add_row().cells
        for cell, txt in zip(cells, row):
            cell.text = txt
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bideford Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
BID_FILE = "kj1-bideford-medical-centre-cqc-inspection-action-plan.docx"
BID_TITLE = "Bideford Medical Centre – CQC Inspection Action Plan"
# (section heading, [(finding, [(no, action, responsible, timescale, status)])])
BID = [
    ("Requirement notice – Regulation 12: Safe care and treatment",
     [("The provider did not have an effective system to ensure patients on high-risk medicines "
       "received the required monitoring before prescribing.",
       [("1", "Run weekly searches for patients on DMARDs, lithium and warfarin and task clinicians "
         "where monitoring is overdue.", "Clinical Pharmacist", "30/11/2023", "B"),
        ("2", "Add a mandatory monitoring check to the repeat prescribing protocol and re-train all "
         "prescribers.", "Dr S Pearce (Prescribing Lead)", "End of January 2024", "B")]),
      ("Safety alerts (MHRA) had not always been acted on for all affected patients.",
       [("3", "Set up a safety alert log with named clinician sign-off and a three-monthly re-run of "
         "historic alert searches.", "Practice Manager / Clinical Pharmacist", "Dec-23", "G")])]),
    ("Requirement notice – Regulation 17: Good governance",
     [("Staff training records were incomplete and the practice could not demonstrate that all staff "
       "had completed safeguarding, fire safety and infection prevention and control training.",
       [("4", "Move all staff training to the Blue Stream Academy system and produce a monthly "
         "compliance report for the partners' meeting.", "Assistant Practice Manager",
         "w/c 05/02/24", "A")]),
      ("Risk assessments for the premises, including legionella and fire, were not up to date.",
       [("5", "Commission an external legionella risk assessment and complete the actions identified.",
         "Practice Manager", "31/03/2024", "A")])]),
    ("Areas where the practice should improve",
     [("Continue to improve the uptake of cervical screening and childhood immunisations.",
       [("6", "Offer Saturday morning cytology and immunisation clinics and send targeted text "
         "reminders.", "Lead Practice Nurse", "June 2024", "G")]),
      ("Improve patient satisfaction with telephone access.",
       [("7", "Install a cloud telephony system with call-back and queue position, and review the "
         "results of the GP Patient Survey.", "Practice Manager; PPG Chair", "TBC", "R")])]),
]


def build_bideford(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run(BID_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Bideford Medical Centre Partnership"),
                 ("Location", "Abbotsham Road, Bideford, Devon EX39 3AF"),
                 ("Date of inspection", "17 and 18 October 2023"),
                 ("Report published", "4 January 2024"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan prepared by", "Practice Manager"),
                 ("Last reviewed", "26 March 2024")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Status key: B – completed; G – on track; A – some delay; R – significant delay")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, ["No.", "CQC finding", "Action", "Responsible",
                                           "Timescale", "Status"]):
        cell.text = txt
        shade(cell, GREY)
    bold_row(t.rows[0])
    for section, findings in BID:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        merged.text = section
        merged.paragraphs[0].runs[0].bold = True
        shade(merged, PALE)
        for finding, actions in findings:
            first = None
            for (no, act, resp, when, status) in actions:
                row = t.add_row()
                c = row.cells
                c[0].text = no
                if first is None:
                    c[1].text = finding
                    first = c[1]
                c[2].text = act
                c[3].text = resp
                c[4].text = when
                c[5].text = status
                last = c[1]
            if last is not first:
                first.merge(last)
    doc.add_paragraph()
    doc.add_paragraph("Action plan agreed at the partners' meeting on 8 January 2024 and shared with "
                      "the Patient Participation Group. Progress is reviewed monthly.")
    doc.add_paragraph("Signed: Dr A Whitfield, Senior Partner")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Abingdon & Witney College - PIAP (csv)
# ---------------------------------------------------------------------------
AWC_FILE = "kj1-abingdon-and-witney-college-ofsted-post-inspection-action-plan.csv"
AWC_TITLE = "Abingdon & Witney College – Post-Inspection Action Plan (PIAP)"
AWC = [
    ("Leaders should ensure that adult learners on ESOL courses attend their lessons regularly so "
     "that they make the progress of which they are capable.",
     [("1.1", "Introduce attendance tracking on ProMonitor for all ESOL classes, with same-day "
       "follow-up of absences by the curriculum team.", "Head of Adult Learning", "Apr-24", "Jun-24",
       "ProMonitor registers live in all 14 ESOL classes; attendance up from 76% to 85%.", "Complete"),
      ("1.2", "Agree individual attendance targets with every ESOL learner at their six-weekly review.",
       "ESOL Curriculum Manager", "Sep-24", "Dec-24", "Targets set for 92% of learners.", "Green")]),
    ("Leaders and managers should ensure that apprentices receive timely and useful feedback on their "
     "written work, so that they improve the quality of their work over time.",
     [("2.1", "Set a ten-working-day turnaround standard for marking apprentice assignments and "
       "monitor it through the monthly caseload review.", "Head of Apprenticeships", "May-24",
       "31/07/2024", "Standard met for 94% of assignments in July.", "Complete"),
      ("2.2", "Deliver CPD on developmental feedback for all apprenticeship assessors.\nFollow up with "
       "paired observations in the autumn term.",
       "Head of Teaching, Learning & Assessment; Head of Apprenticeships", "Jun-24", "Autumn term 2024",
       "CPD delivered 3 July; paired observations delayed by staffing.", "Amber"),
      ("2.3", "Quality-assure a sample of 20 marked assignments per term through the Quality "
       "Improvement Panel.", "VP Quality & Curriculum", "Sep-24", "Sept 2024 – July 2025",
       "First panel 30 September.", "Green")]),
    ("Governors should receive more detailed information about the quality of apprenticeships so "
     "that they can challenge leaders effectively.",
     [("3.1", "Add an apprenticeship quality dashboard (achievement, withdrawals, breaks in learning, "
       "off-the-job hours) to every Quality & Standards Committee agenda.", "Director of Data & MIS",
       "Jun-24", "Oct-24", "Dashboard presented 17/10/2024.", "Complete"),
      ("3.2", "Link a named governor to apprenticeships and arrange two learning walks per year with "
       "employers.", "Clerk to the Corporation and Chair of Q&S Committee", "Sep-24", "Mar-25",
       "Link governor not yet identified.", "Red")]),
]


def build_abingdon(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow([AWC_TITLE] + [""] * (n - 1))
    w.writerow(["Ofsted inspection 5–8 March 2024. Overall effectiveness: Good. Apprenticeships: "
                "Requires improvement."] + [""] * (n - 1))
    w.writerow(["Version 3 – updated for the Quality & Standards Committee, 17 October 2024"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Area for Improvement", "Ref", "Action", "Lead(s)", "Start", "Deadline",
                "Progress update (Q&S Committee 17/10/2024)", "RAG"])
    for afi, actions in AWC:
        for i, (ref, act, lead, start, dl, prog, rag) in enumerate(actions):
            w.writerow([afi if i == 0 else "", ref, act, lead, start, dl, prog, rag])
    w.writerow([""] * n)
    w.writerow(["Summary"] + [""] * (n - 1))
    for k, v in [("Complete", 3), ("Green", 2), ("Amber", 1), ("Red", 1), ("Total", 7)]:
        w.writerow([k, str(v)] + [""] * (n - 2))
    w.writerow([""] * n)
    w.writerow(["Notes: RAG ratings agreed at the PIAP review meeting on 10/10/2024."] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Royal Military Police - HMICFRS RASSO / domestic abuse inspection tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
RMP_FILE = "kj1-royal-military-police-hmicfrs-rasso-domestic-abuse-inspection-action-tracker.txt"
RMP_TITLE = ("HMICFRS Inspection of the Royal Military Police: Rape, Serious Sexual Assault and "
             "Domestic Abuse Investigations – Action Tracker")
# (ref, chapter, rec/afi, action, owner, target, revised, rag, update)
RMP = [
    ("R1.1", "2. Strategic leadership and governance",
     "By 31 March 2023, the Army should establish governance arrangements to hold the RMP to account "
     "for its performance in investigating domestic abuse and RASSO.",
     "Establish a quarterly Service Police Performance Board chaired by the Army Provost Marshal, with "
     "agreed terms of reference and KPIs for RASSO and domestic abuse.",
     "PM(A)", "Mar-23", "", "Complete", "First board held 14 March 2023; ToR signed by DG Army."),
    ("R1.2", "2. Strategic leadership and governance",
     "By 31 March 2023, the Army should establish governance arrangements to hold the RMP to account "
     "for its performance in investigating domestic abuse and RASSO.",
     "Report RMP RASSO and domestic abuse performance to the Army Executive Committee every six months.",
     "SO1 Performance, HQ PM(A)", "Sep-23", "Jun-24", "Amber",
     "First report slipped to June 2024 ECAB owing to data quality issues."),
    ("R4.1", "3. Prevention and encouraging reporting",
     "By 30 September 2023, the RMP should work with the Army to raise awareness of how to report "
     "domestic abuse and RASSO, including to civilian police and support services.",
     "Deliver a RASSO and domestic abuse awareness package to all units through the RMP Unit Liaison "
     "Officer network.",
     "Comd 1st Military Police Brigade", "Q2 2023/24", "", "Complete",
     "Package delivered to 212 units; attendance recorded."),
    ("R4.2", "3. Prevention and encouraging reporting",
     "By 30 September 2023, the RMP should work with the Army to raise awareness of how to report "
     "domestic abuse and RASSO, including to civilian police and support services.",
     "Publish reporting routes, including civilian police and SARC contact details, on the Defence "
     "Intranet and unit notice boards.",
     "SO2 Comms / VWCU", "Sep-23", "Dec-23", "Complete", "Published 4 December 2023."),
    ("R9.1", "5. First response to domestic abuse and RASSO incidents",
     "By 31 December 2023, the RMP should ensure that all general police duties personnel are trained "
     "to respond to domestic abuse and RASSO incidents, including 'golden hour' enquiries and "
     "safeguarding.",
     "Add a mandatory first-responder RASSO and domestic abuse module to the Defence School of "
     "Policing and Guarding RMP initial course.",
     "Comdt DSPG", "Dec-23", "", "Complete", "Module taught from Course 23/04 onwards."),
    ("R9.2", "5. First response to domestic abuse and RASSO incidents",
     "By 31 December 2023, the RMP should ensure that all general police duties personnel are trained "
     "to respond to domestic abuse and RASSO incidents, including 'golden hour' enquiries and "
     "safeguarding.",
     "Issue body-worn video to all GPD first responders and publish a use policy.",
     "SO1 Capability, HQ PM(A)", "Mar-24", "Sep-24", "Amber",
     "Contract awarded; delivery to units from July 2024."),
    ("R9.3", "5. First response to domestic abuse and RASSO incidents",
     "By 31 December 2023, the RMP should ensure that all general police duties personnel are trained "
     "to respond to domestic abuse and RASSO incidents, including 'golden hour' enquiries and "
     "safeguarding.",
     "Train existing GPD personnel through a refresher package delivered in units, with completion "
     "recorded on DLE.",
     "Comd 1st Military Police Brigade", "Dec-23", "Jun-24", "Red",
     "58% complete; operational commitments have limited release of personnel."),
    ("AFI3.1", "7. Victim contact",
     "The RMP should improve how it records and meets victims' needs under the Armed Forces Code of "
     "Practice for Victims of Crime.",
     "Introduce a victim needs assessment template in REDCAP and audit compliance quarterly.",
     "Comd VWCU", "Jun-24", "", "On track", "Template built; user testing in April."),
    ("AFI3.2", "7. Victim contact",
     "The RMP should improve how it records and meets victims' needs under the Armed Forces Code of "
     "Practice for Victims of Crime.",
     "Agree a single point of contact model between the VWCU and SIB case officers for every RASSO "
     "victim.",
     "Comd SIB Regt RMP; Comd VWCU", "Ongoing", "", "On track", "Interim SPOC arrangements in place."),
]


def build_rmp(path):
    lines = ["OFFICIAL",
             RMP_TITLE,
             "Report published 15 June 2022 | Position as at 31 March 2024 | Tracker owner: HQ Provost "
             "Marshal (Army)",
             "",
             "\t".join(["Ref", "Chapter", "Recommendation / AFI", "Action", "Owner", "Target date",
                        "Revised date", "RAG", "Update"])]
    for row in RMP:
        lines.append("\t".join(row))
    lines += ["",
              "Summary\tComplete 4\tOn track 2\tAmber 2\tRed 1\tTotal 9",
              "Note: Recommendations common to all three service police forces (R1, R4) are also "
              "tracked by the Defence Serious Crime Command.",
              "OFFICIAL"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_york(os.path.join(HERE, YORK_FILE))
    build_worcester(os.path.join(HERE, WORC_FILE))
    build_hw(os.path.join(HERE, HW_FILE))
    build_okehampton(os.path.join(HERE, OKE_FILE))
    build_bideford(os.path.join(HERE, BID_FILE))
    build_abingdon(os.path.join(HERE, AWC_FILE))
    build_rmp(os.path.join(HERE, RMP_FILE))


if __name__ == "__main__":
    main()
