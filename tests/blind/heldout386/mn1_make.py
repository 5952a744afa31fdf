"""Build the seven mn1- blind test files (set heldout386).

Run with /work/main/.venv/bin/python mn1_make.py  (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def xfill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ------------------------------------------------ 1. Redruth School (docx)
def redruth():
    doc = docx.Document()
    doc.add_heading("Redruth School – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph(
        "Inspection: 14–15 May 2024 (graded inspection)    "
        "Overall effectiveness: Requires improvement")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "3.0"),
        ("Date", "3 February 2025"),
        ("Prepared by", "Headteacher"),
        ("Approved by", "Full Governing Board, 11 February 2025"),
        ("Next review", "Standards and Curriculum Committee, May 2025"),
    ]:
        r = dc.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        ("Blue", "Action completed and impact evidenced"),
        ("Green", "On track"),
        ("Amber", "Started – some slippage or impact not yet evident"),
        ("Red", "Not started / significant concern"),
    ]:
        r = key.add_row().cells
        r[0].text, r[1].text = colour, meaning
        shade(r[0], FILL[colour.lower()])

    head = ["Ref", "Action", "Lead", "Timescale", "Success criteria",
            "Progress (February 2025)", "RAG"]

    priorities = [
        ("1. Curriculum planning in foundation subjects",
         "In some foundation subjects, leaders have not identified precisely the "
         "important knowledge that pupils should learn and when. Leaders should "
         "ensure that the curriculum in these subjects sets out clearly what pupils "
         "need to know, so that pupils build their knowledge securely over time.",
         [
             ("1.1",
              "Subject leaders in history, geography, RE and computing to rewrite key "
              "stage 3 curriculum maps, identifying the essential knowledge for each "
              "unit and the order in which it is taught.",
              "Deputy Headteacher (Curriculum)", "Autumn term 2024",
              "Revised maps published on the school website; all units sequenced.",
              "Maps rewritten and published December 2024.", "B", None),
             ("1.2",
              "SLT links to quality assure the revised maps through paired learning "
              "walks and book looks, feeding back to subject leaders each half term.",
              "SLT links / Subject leaders", "Sept 2024 – July 2025",
              "Learning walks show pupils can recall prior knowledge in 80% of "
              "lessons visited.",
              "Two cycles completed; history and RE strongest.", "G", None),
             ("1.3",
              "Governors’ Standards and Curriculum Committee to receive a report on "
              "curriculum implementation in foundation subjects, including pupil "
              "voice.",
              "Chair of Standards and Curriculum Committee", "Termly",
              "Minutes show governors challenging leaders on curriculum impact.",
              "Autumn report received 28 November 2024.", "", "green"),
         ]),
        ("2. Adaptive teaching for pupils with SEND",
         "Teachers do not consistently adapt their teaching for pupils with special "
         "educational needs and/or disabilities (SEND). As a result, some of these "
         "pupils do not achieve as well as they could. Leaders should ensure that "
         "teachers use the information they have about pupils with SEND to adapt "
         "learning effectively.",
         [
             ("2.1",
              "Rewrite pupil passports with pupils and families so that each sets out "
              "no more than three practical classroom strategies.",
              "SENDCo", "Oct 2024",
              "All passports for pupils on the SEND register rewritten.",
              "Complete – 142 passports reissued.", "B", None),
             ("2.2",
              "Deliver a programme of CPD on adaptive teaching for all teaching staff, "
              "with follow-up coaching for staff identified through learning walks.\n"
              "CPD sessions: 4 September, 6 November and 8 January.",
              "SENDCo & AHT Teaching and Learning", "31/03/2025",
              "Learning walks show adaptations for pupils with SEND in 90% of lessons.",
              "Sessions delivered; coaching for 9 staff under way, 4 still to start.",
              "A", None),
             ("2.3",
              "Track the attainment of pupils with SEND at each data drop and report "
              "gaps to the SEND link governor.",
              "Data Manager; SEND link governor", "Summer term 2025",
              "Gap between pupils with SEND and their peers narrows at each data drop.",
              "First data drop analysed January 2025.", "", "amber"),
         ]),
        ("3. Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent "
         "from school. Leaders should continue to take action to improve attendance "
         "so that these pupils do not miss out on important learning.",
         [
             ("3.1",
              "Appoint a full-time attendance officer and introduce weekly attendance "
              "panels for pupils whose attendance is below 90%.",
              "Headteacher", "September 2024",
              "Officer in post; panels minuted weekly.",
              "Attendance officer started 2 September 2024.", "B", None),
             ("3.2",
              "Work with the Education Welfare Service to agree early help plans for "
              "the families of persistently absent pupils.",
              "AHT Behaviour and Attendance", "Ongoing",
              "Persistent absence below national average by July 2025.",
              "PA down from 27.1% to 22.4% (autumn term).", "G", None),
         ]),
    ]

    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for heading, afi, actions in priorities:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        r = t.add_row()
        merged = r.cells[0].merge(r.cells[-1])
        merged.text = afi
        merged.paragraphs[0].runs[0].italic = True
        shade(merged, "D9D9D9")
        for ref, action, lead, when, crit, prog, rag, fill in actions:
            c = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, crit, prog, rag]):
                c[i].text = v
            if rag:
                shade(c[6], FILL[rag_fill[rag]])
            elif fill:
                shade(c[6], FILL[fill])
        doc.add_paragraph()

    doc.add_paragraph(
        "Progress against this plan is reported to each meeting of the Standards "
        "and Curriculum Committee.")
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for who in ["Headteacher", "Chair of Governors"]:
        r = so.add_row().cells
        r[0].text, r[1].text, r[2].text = who, "Signed:", "Date: 11/02/2025"
    doc.save(os.path.join(HERE, "mn1-redruth-school-post-ofsted-action-plan.docx"))


# ------------------------------ 2. RDaSH MHA provider action statement (docx)
def rdash():
    doc = docx.Document()
    doc.add_heading("Mental Health Act Monitoring Visit – Provider Action Statement",
                    level=0)
    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [
        ("Provider", "Rotherham Doncaster and South Humber NHS Foundation Trust"),
        ("Location", "Tickhill Road Hospital, Doncaster"),
        ("Ward(s) visited", "Brodsworth Ward (male acute)"),
        ("Date of visit", "12 February 2025"),
        ("Date report received", "10 March 2025"),
        ("Action statement completed by", "Mental Health Legislation Manager"),
        ("Date returned to CQC", "7 April 2025"),
    ]:
        r = det.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_paragraph(
        "Please set out the action you will take in response to each issue identified "
        "in the monitoring visit report. Progress will be reviewed by the Mental "
        "Health Act Operational Group.")

    head = ["Ref", "Issue identified", "Action planned", "Lead", "Completion date",
            "RAG"]
    # (domain, [(issue, [(ref, action, lead, date, rag)])])
    content = [
        ("Protecting patients’ rights and autonomy", [
            ("Records did not show that patients had been given information about "
             "their rights under section 132 on admission, or that this was repeated "
             "at the intervals set out in their care plans.", [
                 ("1.1",
                  "Introduce a section 132 rights checklist in the admission pack, "
                  "completed by the admitting nurse and checked at the next "
                  "morning’s safety huddle.",
                  "Brodsworth Ward Manager", "30/04/2025", "Blue"),
                 ("1.2",
                  "Audit section 132 compliance monthly for three months and report "
                  "the results to the Mental Health Act Operational Group.",
                  "Mental Health Legislation Manager", "31/07/2025", "Green"),
             ]),
            ("Patients told us they did not know how to contact the independent "
             "mental health advocate (IMHA) and no IMHA information was displayed on "
             "the ward.", [
                 ("2.1",
                  "Display IMHA posters in the ward communal areas and add IMHA "
                  "contact details to the ward welcome booklet.",
                  "Brodsworth Ward Manager", "March 2025", "Blue"),
                 ("2.2",
                  "Make automatic referrals to the IMHA service for patients who lack "
                  "capacity to request one, and record the referral on SystmOne.",
                  "Modern Matron / Mental Health Legislation Manager",
                  "30/04/2025\nRevised: 30/06/2025", "Amber"),
             ]),
        ]),
        ("Care, support and treatment in hospital", [
            ("Consent to treatment: two patients were being given medication that was "
             "not authorised on their T3 certificates.", [
                 ("3.1",
                  "Pharmacy to check T2 and T3 certificates against the prescription "
                  "chart at each weekly ward visit and flag any discrepancy to the "
                  "responsible clinician the same day.",
                  "Lead Pharmacist (Acute Care)", "Ongoing – weekly", "Green"),
                 ("3.2",
                  "All responsible clinicians on the ward to complete the Trust’s "
                  "consent to treatment e-learning module.",
                  "Clinical Director, Adult Mental Health", "31 May 2025", "Red"),
             ]),
            ("Care plans did not always record the patient’s views, and there was "
             "little evidence that patients had been offered a copy.", [
                 ("4.1",
                  "Named nurses to review every care plan with the patient, record the "
                  "patient’s views in their own words and offer a copy, documenting "
                  "any refusal.",
                  "Named nurses; Brodsworth Ward Manager", "June 2025", "Amber"),
             ]),
        ]),
        ("Leaving hospital", [
            ("Section 17 leave forms did not record whether copies had been given to "
             "the patient and to relevant others.", [
                 ("5.1",
                  "Update the section 17 leave form to include a mandatory field "
                  "recording who has received a copy.",
                  "Mental Health Legislation Manager", "Q1 2025/26", ""),
             ]),
        ]),
    ]

    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for domain, issues in content:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        m.text = domain
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")
        for issue, actions in issues:
            first = None
            last = None
            for ref, action, lead, date, rag in actions:
                row = t.add_row()
                c = row.cells
                c[0].text = ref
                c[2].text = action
                c[3].text = lead
                c[4].text = date
                c[5].text = rag
                if rag:
                    shade(c[5], FILL[rag.lower()])
                if first is None:
                    first = c[1]
                last = c[1]
            if last is not first:
                first = first.merge(last)
            first.text = issue

    doc.add_paragraph()
    doc.add_paragraph(
        "RAG: Blue – complete and evidenced; Green – on track; Amber – at risk of "
        "delay; Red – overdue; blank – not yet started")
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Signed on behalf of the provider",
                  "Director of Nursing and Allied Health Professionals"),
                 ("Date", "7 April 2025")]:
        r = so.add_row().cells
        r[0].text, r[1].text = k, v
    doc.save(os.path.join(
        HERE,
        "mn1-rotherham-doncaster-south-humber-nhsft-cqc-mha-monitoring-visit-"
        "provider-action-statement.docx"))


# ------------------------------------- 3. Circle Bath Hospital CQC (xlsx)
def circle_bath():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Circle Bath Hospital – CQC Inspection Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Must do and Should do actions arising from the inspection of "
                 "9–10 July 2024 (report published 18 October 2024)")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", 4), ("Owner", "Director of Clinical Services"),
            ("Last updated", D(2025, 3, 14)),
            ("Reported to", "Medical Advisory Committee and Clinical Governance "
                            "Committee")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        box_row(cov, i, 2)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Complete – evidence held"),
            ("green", "On track"),
            ("amber", "Risk to delivery – mitigation in place"),
            ("red", "Off track / past target date")], start=11):
        cov.cell(row=i, column=1).fill = xfill(FILL[col])
        cov.cell(row=i, column=2, value=txt)
        box_row(cov, i, 2)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress at 14 March 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Category", "Total", "Complete", "On track", "Risk to delivery",
           "Off track"]
    for j, h in enumerate(hdr, start=1):
        summ.cell(row=3, column=j, value=h).font = Font(bold=True)
    data = [("Must do", 5, 2, 2, 1, 0), ("Should do", 3, 1, 1, 1, 0),
            ("Total", 8, 3, 3, 2, 0)]
    for i, rw in enumerate(data, start=4):
        for j, v in enumerate(rw, start=1):
            summ.cell(row=i, column=j, value=v)
        box_row(summ, i, len(hdr))
    box_row(summ, 3, len(hdr))
    summ.column_dimensions["A"].width = 14

    md = wb.create_sheet("Must do")
    md["A1"] = "Must do actions (breaches of regulation)"
    md["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "CQC requirement (must do)", "Regulation", "Action",
           "Action owner", "Original target date", "Revised target date",
           "Previous RAG", "Current RAG", "Progress update / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = md.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
    box_row(md, 3, len(hdr))

    sections = [
        ("Surgery", [
            ("The service must ensure that the World Health Organization (WHO) five "
             "steps to safer surgery checklist is fully completed for every patient "
             "undergoing surgery.",
             "Regulation 12(1)(2)(a)(b) Safe care and treatment", [
                 ("MD1.1",
                  "Relaunch the WHO checklist with all theatre teams, including a "
                  "'stop moment' before knife to skin led by the operating surgeon.",
                  "Theatre Manager", D(2024, 11, 30), None, "amber", "blue",
                  "Relaunch completed 18/11/2024; briefing attendance 96%."),
                 ("MD1.2",
                  "Monthly observational audit of 10 WHO checklists per theatre, with "
                  "results reported to the Medical Advisory Committee.",
                  "Head of Clinical Services / Theatre Manager", D(2025, 1, 31),
                  D(2025, 4, 30), "amber", "green",
                  "Audit tool changed in January; three months of data required "
                  "before closure."),
             ]),
            ("The service must ensure that all staff complete mandatory training, "
             "including safeguarding training at the level required for their role.",
             "Regulation 18(2)(a) Staffing", [
                 ("MD2.1",
                  "Produce a monthly mandatory training compliance report by "
                  "department and agree individual training plans with any member of "
                  "staff below 90% compliance.",
                  "Head of Clinical Services", D(2024, 12, 31), None, "red", "amber",
                  "Compliance 87% (target 90%); anaesthetics below target."),
                 ("MD2.2",
                  "Book additional safeguarding adults and children level 3 sessions "
                  "for theatre and ward registered staff through the Circle Health "
                  "Group academy.",
                  "Safeguarding Lead", D(2025, 2, 28), None, "amber", "blue",
                  "All eligible staff trained by 21/02/2025."),
             ]),
        ]),
        ("Hospital-wide", [
            ("The service must ensure that systems to assess, monitor and mitigate "
             "risks are operated effectively, and that the risk register reflects "
             "current risks.",
             "Regulation 17(1)(2)(b) Good governance", [
                 ("MD3.1",
                  "Review every entry on the hospital risk register with heads of "
                  "department, closing or re-scoring entries and adding an owner and "
                  "review date to each.",
                  "Hospital Director", D(2024, 12, 31), D(2025, 3, 31), "red",
                  "green",
                  "Register reviewed; monthly risk meeting in place from February."),
             ]),
        ]),
    ]
    r = 4
    for sec, reqs in sections:
        md.cell(row=r, column=1, value=sec).font = Font(bold=True)
        md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        md.cell(row=r, column=1).fill = xfill("D9E1F2")
        r += 1
        for req, reg, actions in reqs:
            top = r
            for ref, act, owner, orig, rev, prev, cur, upd in actions:
                md.cell(row=r, column=1, value=ref)
                md.cell(row=r, column=4, value=act)
                md.cell(row=r, column=5, value=owner)
                c = md.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = md.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                md.cell(row=r, column=8).fill = xfill(FILL[prev])
                md.cell(row=r, column=9).fill = xfill(FILL[cur])
                md.cell(row=r, column=10, value=upd)
                box_row(md, r, len(hdr))
                r += 1
            md.cell(row=top, column=2, value=req)
            md.cell(row=top, column=3, value=reg)
            if r - 1 > top:
                md.merge_cells(start_row=top, start_column=2, end_row=r - 1,
                               end_column=2)
                md.merge_cells(start_row=top, start_column=3, end_row=r - 1,
                               end_column=3)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 22, 50, 24, 12, 12, 9, 9, 40]):
        md.column_dimensions[col].width = w

    sd = wb.create_sheet("Should do")
    sd["A1"] = "Should do actions"
    sd["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Core service", "CQC recommendation (should do)", "Action", "Lead",
           "Target date", "RAG", "Comments"]
    for j, h in enumerate(hdr, start=1):
        c = sd.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
    box_row(sd, 3, len(hdr))
    rows = [
        ("SD1", "Surgery",
         "The service should ensure that controlled drugs registers are checked and "
         "signed in line with the hospital's policy.",
         "Introduce a daily controlled drugs check sign-off for the theatre recovery "
         "and ward registers, audited weekly by pharmacy.",
         "Pharmacy Manager", "Jan-25", "B", "Closed at CGC 13/02/2025"),
        ("SD2", "Outpatients",
         "The service should ensure that patients' privacy is maintained when they "
         "book in at the outpatient reception desk.",
         "Reposition the outpatient reception screen and introduce a 'please wait "
         "here' line at the desk.",
         "Outpatients Manager", "March 2025", "G", "Works ordered"),
        ("SD3", "Diagnostic imaging",
         "The service should consider making information on how to complain "
         "available in languages other than English.",
         "Produce complaints leaflets in the five most common community languages "
         "and make them available in all waiting areas.\nAdd a translated page to "
         "the hospital website.",
         "Patient Experience Lead & Imaging Manager", "Q1 2025/26", "A",
         "Translation quote awaited"),
    ]
    rf = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for i, rw in enumerate(rows, start=4):
        for j, v in enumerate(rw, start=1):
            sd.cell(row=i, column=j, value=v)
        sd.cell(row=i, column=7).fill = xfill(FILL[rf[rw[6]]])
        box_row(sd, i, len(hdr))
    for col, w in zip("ABCDEFGH", [6, 18, 45, 50, 26, 12, 6, 28]):
        sd.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "mn1-circle-bath-hospital-cqc-must-should-do-action-plan.xlsx"))


# ------------------------------------------------ 4. Bexhill College (xlsx)
def bexhill():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Bexhill College – Post-Inspection Action Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted inspection: 14–17 May 2024 | Overall effectiveness: Good | "
                "Progress at 28 February 2025")
    hdr = ["Ref", "Action", "Responsibility", "Start", "Completion date",
           "Impact measure", "Progress at 28 February 2025", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("BDD7EE")
    box_row(ws, 4, len(hdr))
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber",
                "Red": "red"}
    plan = [
        ("Quality of education", [
            ("AFI 1",
             "Leaders should ensure that teachers on A-level courses check learners' "
             "understanding carefully before moving on to new topics.", [
                 ("QE1",
                  "Introduce a college-wide 'check for understanding' strategy through "
                  "the teaching and learning coaches, with termly developmental "
                  "observations.",
                  "Director of Teaching, Learning and Assessment", D(2024, 9, 2),
                  D(2024, 12, 20),
                  "Observations show checking for understanding in 85% of lessons.",
                  "Strategy launched at September INSET; autumn observations 88%.",
                  "Complete"),
                 ("QE2",
                  "A-level teams to use low-stakes retrieval quizzes at the start of "
                  "lessons and record outcomes in the tracking system.",
                  "Heads of Department", D(2025, 1, 6), "Jan 2025 – Jun 2025",
                  "Quiz data recorded for all A-level groups.",
                  "In place in 14 of 17 A-level subjects.", "Green"),
             ]),
            ("AFI 2",
             "Leaders should ensure that learners with high needs receive the support "
             "identified in their education, health and care plans in all lessons.", [
                 ("QE3",
                  "Allocate learning support assistants to timetabled lessons using "
                  "EHCP outcomes rather than subject need, reviewed fortnightly.",
                  "Head of Inclusion", D(2024, 9, 2), D(2024, 11, 29),
                  "Every learner with an EHCP has support in line with the plan.",
                  "New allocation model in place from 4 November.", "Complete"),
                 ("QE4",
                  "Teachers to record progress towards EHCP outcomes in each "
                  "learner's individual learning plan every half term.",
                  "Head of Inclusion\nCurriculum Managers", D(2024, 10, 1),
                  D(2025, 3, 31),
                  "ILP audit shows EHCP outcomes updated for 100% of learners.",
                  "Audit in February: 71% updated.", "Amber"),
             ]),
        ]),
        ("Personal development", [
            ("AFI 3",
             "Leaders should make sure that all learners on study programmes benefit "
             "from relevant work experience.", [
                 ("PD1",
                  "Appoint an additional employer engagement coordinator to source "
                  "work experience placements for vocational and A-level learners.",
                  "Assistant Principal – Careers and Employability", D(2024, 9, 2),
                  D(2024, 10, 31),
                  "Coordinator in post; placement offers for all learners.",
                  "Appointed 14 October 2024.", "Complete"),
                 ("PD2",
                  "Track placement hours weekly and escalate learners with no "
                  "confirmed placement to their curriculum manager.",
                  "Work Experience Manager", D(2024, 11, 4),
                  "Ongoing (reviewed half-termly)",
                  "95% of study programme learners complete a placement.",
                  "78% placed at end of February.", "Green"),
             ]),
        ]),
        ("Leadership and management", [
            ("AFI 4",
             "Governors should receive more precise information about the progress of "
             "learners with high needs so that they can hold leaders to account.", [
                 ("LM1",
                  "Revise the quality dashboard presented to the Quality and Standards "
                  "Committee to include the progress and attendance of learners with "
                  "high needs.",
                  "Vice Principal Quality", D(2024, 11, 1), D(2025, 2, 28),
                  "Committee minutes record challenge on high needs outcomes.",
                  "New dashboard used at February committee.", "Green"),
                 ("LM2",
                  "Appoint a link governor for SEND and high needs, who will take part "
                  "in two learning walks each year.",
                  "Clerk to the Corporation / Chair of Governors", D(2025, 1, 6),
                  D(2025, 7, 31),
                  "Link governor report to the Corporation in July 2025.",
                  "Governor identified; appointment at March Corporation meeting.",
                  "Amber"),
             ]),
        ]),
    ]
    r = 5
    for theme, afis in plan:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E78")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for afi_label, afi_text, actions in afis:
            ws.cell(row=r, column=1, value=afi_label).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=afi_text)
            c.font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r,
                           end_column=len(hdr))
            box_row(ws, r, len(hdr))
            r += 1
            for row in actions:
                for j, v in enumerate(row, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy" if j == 4 else "mmm-yy"
                ws.cell(row=r, column=8).fill = xfill(FILL[rag_fill[row[7]]])
                box_row(ws, r, len(hdr))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k, v in [("Complete", 3), ("Green", 3), ("Amber", 2), ("Red", 0),
                 ("Total", 8)]:
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="RAG: Complete = action finished and impact evidenced; Green = on "
                  "track; Amber = delayed or impact not yet seen; Red = not started / "
                  "significant concern")
    for col, w in zip("ABCDEFGH", [8, 55, 28, 11, 14, 40, 40, 10]):
        ws.column_dimensions[col].width = w

    mon = wb.create_sheet("Governor monitoring")
    for j, h in enumerate(["Date", "Meeting", "Outcome"], start=1):
        mon.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, (d, m, o) in enumerate([
            (D(2024, 7, 9), "Corporation", "Plan approved"),
            (D(2024, 11, 26), "Quality and Standards Committee",
             "Progress noted; AFI 2 to return in February"),
            (D(2025, 2, 25), "Quality and Standards Committee",
             "Progress noted; LM2 appointment to March Corporation")], start=2):
        c = mon.cell(row=i, column=1, value=d)
        c.number_format = "dd/mm/yyyy"
        mon.cell(row=i, column=2, value=m)
        mon.cell(row=i, column=3, value=o)
    wb.save(os.path.join(HERE, "mn1-bexhill-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------- 5. Government Actuary's Department (xlsx, refuse)
def gad():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    ws["A1"] = "Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Government Actuary's Department – Audit and Risk Assurance "
                "Committee, 18 March 2025 (Agenda item 6)")
    ws["A3"] = ("Position at 28 February 2025. Recommendations raised by the "
                "Government Internal Audit Agency (GIAA).")
    hdr = ["Rec ref", "Audit (year)", "Opinion", "Priority", "Recommendation",
           "Agreed action", "Action owner", "Original target date",
           "Revised target date", "Status", "Management update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("203864")
    box_row(ws, 5, len(hdr))
    status_fill = {"Amber": "amber", "Green": "green", "Complete": "blue",
                   "Not yet due": None, "Revised date requested": "amber"}
    audits = [
        ("Cyber security governance (2023-24)", "Moderate", [
            ("GAD-2324-04-R1", "High",
             "Establish a cyber security risk appetite statement approved by the "
             "Executive Committee.",
             "Draft risk appetite statement to be agreed by ExCo and reflected in the "
             "departmental risk register.",
             "Chief Information Officer", D(2024, 9, 30), D(2025, 3, 31), "Amber",
             "Draft considered by ExCo 11/02/2025; final version due March."),
            ("GAD-2324-04-R2", "Medium",
             "Ensure that privileged user accounts are reviewed at least quarterly.",
             "Introduce quarterly privileged access reviews with evidence retained by "
             "the IT Security Manager.",
             "IT Security Manager", D(2024, 12, 31), None, "Green",
             "Q3 review completed; Q4 review scheduled."),
        ]),
        ("Business continuity planning (2024-25)", "Limited", [
            ("GAD-2425-01-R1", "High",
             "Update the business continuity plan to reflect hybrid working and the "
             "move to the new London office.",
             "Refresh the BCP and business impact assessments for all actuarial "
             "teams.",
             "Head of Corporate Services", D(2024, 12, 31), D(2025, 6, 30), "Amber",
             "BIAs returned by 9 of 12 teams."),
            ("GAD-2425-01-R2", "High",
             "Test the business continuity plan at least annually and record lessons "
             "learned.",
             "Run a desktop exercise with the Executive Committee and maintain a "
             "lessons log.",
             "Business Continuity Manager", D(2025, 3, 31), None, "Not yet due",
             "Exercise booked for 24 March 2025."),
            ("GAD-2425-01-R3", "Medium",
             "Confirm that suppliers supporting critical services have business "
             "continuity arrangements in place.",
             "Obtain BCP assurance from the five critical suppliers as part of "
             "contract review meetings.",
             "Commercial Lead", D(2025, 3, 31), "0ct-25", "Revised date requested",
             "Two suppliers have not yet responded; extension requested."),
        ]),
        ("Contract management (2024-25)", "Moderate", [
            ("GAD-2425-03-R1", "Medium",
             "Maintain a complete contracts register including contract values, end "
             "dates and owners.",
             "Migrate the contracts register to SharePoint and reconcile it to finance "
             "records.",
             "Commercial Lead; Finance Business Partner", D(2024, 10, 31), None,
             "Complete", "Register reconciled; GIAA to verify at follow-up."),
            ("GAD-2425-03-R2", "Medium",
             "Ensure contract managers hold formal review meetings with key suppliers "
             "and record performance.",
             "Introduce a supplier performance review template for contracts over "
             "£100k.",
             "Commercial Lead", D(2025, 1, 31), D(2025, 4, 30), "Amber",
             "Template drafted; training for contract managers in April."),
        ]),
        ("Workforce planning (2024-25)", "Moderate", [
            ("GAD-2425-05-R1", "Medium",
             "Develop a strategic workforce plan linked to the department's future "
             "actuarial demand.",
             "Present a workforce plan with a skills gap analysis to the Board.",
             "HR Director", D(2025, 6, 30), None, "Not yet due",
             "Skills survey closes 14 March."),
        ]),
    ]
    r = 6
    for audit, opinion, recs in audits:
        top = r
        for ref, pri, rec, act, owner, orig, rev, status, upd in recs:
            vals = [ref, None, None, pri, rec, act, owner, orig, rev, status, upd]
            for j, v in enumerate(vals, start=1):
                if v is None:
                    continue
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            f = status_fill[status]
            if f:
                ws.cell(row=r, column=10).fill = xfill(FILL[f])
            box_row(ws, r, len(hdr))
            r += 1
        ws.cell(row=top, column=2, value=audit)
        ws.cell(row=top, column=3, value=opinion)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Summary by status").font = Font(bold=True)
    r += 1
    for k, v in [("Complete", 1), ("Green", 1), ("Amber", 3),
                 ("Revised date requested", 1), ("Not yet due", 2), ("Total", 8)]:
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        r += 1
    for col, w in zip("ABCDEFGHIJK", [16, 26, 11, 9, 45, 45, 24, 11, 11, 14, 40]):
        ws.column_dimensions[col].width = w

    dfn = wb.create_sheet("Definitions")
    dfn["A1"] = "Priority and status definitions"
    dfn["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("High", "Fundamental weakness in control; action required urgently"),
            ("Medium", "Important weakness; action required within six months"),
            ("Low", "Improvement opportunity"),
            ("Complete", "Action implemented; awaiting GIAA verification"),
            ("Green", "On track to meet target date"),
            ("Amber", "At risk of missing target date"),
            ("Red", "Target date missed"),
            ("Not yet due", "Work not yet required to have started")], start=3):
        dfn.cell(row=i, column=1, value=k)
        dfn.cell(row=i, column=2, value=v)
    wb.save(os.path.join(
        HERE,
        "mn1-government-actuarys-department-arac-internal-audit-recommendations-"
        "tracker-typo-month-refuse.xlsx"))


# ------------------------------------------------- 6. Alverton Practice (csv)
def alverton():
    rows = [
        ["Alverton Practice - CQC inspection action plan", "", "", "", "", "", "", "",
         ""],
        ["Inspection date: 21 November 2024; report published 15 January 2025; "
         "overall rating: Requires improvement", "", "", "", "", "", "", "", ""],
        [""] * 9,
        ["No.", "Key question", "Regulation", "CQC finding", "Action",
         "Responsible person", "Target date", "Status", "Comments"],
        ["1", "Safe", "Reg 12 Safe care and treatment (requirement notice)",
         "Patients prescribed high-risk medicines did not always receive the required "
         "monitoring before repeat prescriptions were issued.",
         "Run weekly searches for patients on methotrexate, lithium, DOACs and "
         "azathioprine who are overdue monitoring and recall them before the next "
         "issue.",
         "Clinical Pharmacist", "31/01/2025", "Completed",
         "Searches in place from 06/01/2025"],
        ["2", "", "", "",
         "Add monitoring reminders to repeat prescribing templates so that "
         "prescribers see the date of the last blood test when authorising.",
         "Dr A Pascoe, Dr L Hosking", "28/02/2025", "Completed", ""],
        ["3", "", "Reg 12 Safe care and treatment (requirement notice)",
         "There was no clear system to record the action taken in response to MHRA "
         "safety alerts.",
         "Create a safety alerts log recording each alert, the search run, the "
         "patients affected and the action taken.",
         "Practice Manager", "Dec-24", "Completed", "Log held on shared drive"],
        ["4", "", "", "",
         "Repeat the searches for the last 12 months of MHRA alerts, including "
         "valproate and SGLT2 inhibitors.",
         "Clinical Pharmacist", "Mar-25", "On track",
         "Valproate complete, SGLT2 searches under way"],
        ["5", "Effective", "Should do",
         "Uptake of cervical screening was below the 80% national target.",
         "Offer a monthly Saturday morning cervical screening clinic and send text "
         "reminders with a direct booking link.",
         "Lead Nurse / Practice Manager", "30/06/2025", "On track",
         "First clinic 8 February"],
        ["6", "Well-led", "Reg 17 Good governance (requirement notice)",
         "Governance systems did not give the partners effective oversight of staff "
         "training and recruitment checks.",
         "Implement a training matrix for all staff, reviewed at the monthly "
         "partners' meeting.",
         "Practice Manager", "31/03/2025", "Amber",
         "Matrix built, 4 staff overdue safeguarding"],
        ["7", "", "", "",
         "Complete DBS and immunisation status checks for all clinical staff and "
         "keep the evidence in staff files.",
         "Practice Manager; HR Administrator", "Ongoing", "Not started", ""],
        [""] * 9,
        ["Agreed at partners' meeting 09/12/2024. Next review: March 2025.", "", "",
         "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "mn1-alverton-practice-cqc-inspection-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ------------------------------------------------- 7. Apprentify Group (txt)
def apprentify():
    T = "\t"
    lines = [
        "Apprentify Group – Ofsted New Provider Monitoring Visit Action Plan",
        "Monitoring visit: 3 to 4 December 2024" + T
        + "Report published: 16 January 2025",
        "Judgements: Theme 1 insufficient progress; Theme 2 insufficient progress; "
        "Theme 3 reasonable progress",
        "Version 2 – updated 14 February 2025 for the Board",
        "",
        T.join(["Ref", "Weakness identified", "Action", "Owner", "Target date",
                "Progress update", "RAG"]),
        "Theme 1: How much progress have leaders made in ensuring that the provider "
        "is meeting all the requirements of successful apprenticeship provision?",
        T.join(["T1.1",
                "Leaders do not make sure that apprentices receive their entitlement "
                "to off-the-job training, and too many apprentices have fallen "
                "behind.",
                "Introduce a monthly reconciliation of off-the-job training hours for "
                "every apprentice, with any shortfall agreed with the employer in a "
                "catch-up plan.",
                "Head of Quality & Compliance", "End of March 2025",
                "Reconciliation run for January and February; 31 catch-up plans "
                "agreed.", "G"]),
        T.join(["T1.2", "",
                "Hold tripartite progress reviews every 10 weeks with the employer "
                "present, using the revised review template.",
                "Operations Manager", "By 30 April 2025",
                "Employer attendance at reviews 64% (target 90%).", "A"]),
        T.join(["T1.3",
                "Leaders do not check that apprentices are on the right "
                "apprenticeship standard before they start.",
                "Strengthen initial assessment with a skills scan moderated by a "
                "second trainer; no enrolment without sign-off by the Managing "
                "Director.",
                "Managing Director", "w/c 13/01/2025",
                "New process live for all starts from 13 January.", "Complete"]),
        "Theme 2: What progress have leaders and managers made in ensuring that "
        "apprentices benefit from high-quality training that leads to positive "
        "outcomes for apprentices?",
        T.join(["T2.1",
                "Trainers do not use information from initial assessment to plan "
                "training that builds on what apprentices already know.",
                "Rewrite the individual training plans of all current apprentices to "
                "show prior learning and the sequence of modules.",
                "Curriculum Lead (Digital)", "28/02/2025",
                "All 118 plans rewritten.", "Complete"]),
        T.join(["T2.2", "",
                "Deliver trainer CPD on sequencing and feedback through an external "
                "consultant, followed by observations of each trainer.",
                "Quality Manager", "Q1 2025/26",
                "CPD delivered 5 February; observations booked.", "G"]),
        T.join(["T2.3",
                "Apprentices do not receive clear information about their end-point "
                "assessment.",
                "Add end-point assessment readiness sessions at month 6 and month 12, "
                "including mock professional discussions.",
                "Curriculum Lead (Digital) / EPA Coordinator", "Q2 2025/26", "", ""]),
        "Theme 3: How much progress have leaders and managers made in ensuring that "
        "effective safeguarding arrangements are in place?",
        T.join(["T3.1",
                "Apprentices have a limited understanding of the risks of "
                "radicalisation and extremism where they live and work.",
                "Deliver a Prevent and local risks workshop to each cohort and "
                "revisit the topic at every progress review.",
                "Designated Safeguarding Lead (DSL)", "Monthly",
                "Workshops delivered to 6 of 9 cohorts.", "G"]),
        "",
        "Key: G = on track; A = behind schedule; R = not achieved; Complete = closed "
        "and evidenced",
        "Monitored monthly by the Quality Improvement Board.",
    ]
    path = os.path.join(
        HERE,
        "mn1-apprentify-group-ofsted-new-provider-monitoring-visit-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    redruth()
    rdash()
    circle_bath()
    bexhill()
    gad()
    alverton()
    apprentify()
    print("built 7 files in", HERE)
