"""Generator for the ca1- cases (children's services plans). Makes the document files only."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "HDR": "D9E1F2", "SEC": "BDD7EE", "GREY": "D9D9D9"}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=FILL.get(c, c))


# ---------------------------------------------------------------- 1. Eden Boys' School (xlsx)
EDEN_AREAS = [
    ("Area for improvement 1: Leaders should ensure that the curriculum in key stage 3 science and humanities "
     "is sequenced so that pupils build knowledge cumulatively over time.", [
        ("1.1", "Review and re-sequence the Year 7-9 science curriculum maps so that core concepts (particles, "
                "energy, cells) are revisited and built on each term.", "DHT (Curriculum)",
         "Curriculum maps published; book looks show pupils recalling prior learning.", "Sept 2023", "SLT / LGB",
         "Complete", "B", "Revised maps in place from September. Trust science lead quality assured the sequencing."),
        ("1.2", "Introduce retrieval starters in every KS3 history, geography and RE lesson using the agreed "
                "knowledge organisers.", "SB / HoD Humanities",
         "Retrieval evident in 90% of drop-ins.", "Autumn term 2023", "DHT (Curriculum)",
         "G", "G", "Drop-ins in November found retrieval in 27 of 30 lessons observed."),
        ("1.3", "Train subject leaders in curriculum sequencing through the Star Academies subject network.",
         "Mrs K Ahmed", "All KS3 subject leaders attended two network sessions.", D(2023, 6, 30), "Headteacher",
         "Complete", "B", "Both sessions attended; notes shared on the staff drive."),
    ]),
    ("Area for improvement 2: Leaders should make sure that pupils who are at an early stage of reading "
     "receive precise support so that they catch up quickly.", [
        ("2.1", "Screen all Year 7 and 8 pupils using the reading age test and place those below 9 years on the "
                "phonics-based catch-up programme.", "MR, SH",
         "All pupils screened; intervention groups running by October.", "Oct-23", "SENCo",
         "G", "G", "All 360 pupils screened. 41 pupils on the programme, groups running four times a week."),
        ("2.2", "Re-test intervention pupils each half term and report progress to governors.", "SENCo",
         "Average reading age gain of 12 months by July 2024.", "Summer term 2024", "LGB Standards Committee",
         "A", "A", "Second re-test delayed by staff absence; now booked for the first week back in January."),
    ]),
    None,  # blank row
    ("Area for improvement 3: Leaders should ensure that the personal development curriculum, including "
     "relationships and sex education, is delivered consistently well across all year groups.", [
        ("3.1", "Appoint a lead for personal development and publish a revised RSHE overview for Years 7-11.",
         "Headteacher", "Lead appointed; overview on the school website.", "July 2023", "LGB",
         "Complete", "B", "Mr Hussain appointed from 1 June. Overview published 10 July."),
        ("3.2", "Deliver CPD to tutors on teaching the revised RSHE units, with follow-up learning walks.",
         "PD Lead", "Learning walks show consistent delivery in tutor time.", "Spring term 2024", "DHT (Pastoral)",
         "R", "R", "CPD session postponed twice because of the mock examination timetable. Rescheduled for February."),
        ("3.3", "Survey pupils and parents on the personal development offer and act on the findings.",
         "DHT (Pastoral)", "Survey completed each year; actions reported to governors.", "Ongoing", "LGB",
         "G", "G", "First survey closed with 212 responses; summary going to the next LGB."),
    ]),
]


def make_eden():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    widths = [7, 55, 18, 40, 14, 18, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Eden Boys' School, Bradford – Post-Ofsted Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the inspection on 14 and 15 March 2023 (overall effectiveness: Requires Improvement). "
                "Plan agreed by the Local Governing Body on 24 April 2023 and reviewed half-termly.")
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "Monitored by", "RAG (Dec 2023)",
           "Progress update"]
    r = 4
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = Font(bold=True); c.fill = fill("HDR"); c.border = BOX; c.alignment = WRAP
    r += 1
    for area in EDEN_AREAS:
        if area is None:
            r += 1; continue
        head, rows = area
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("SEC"); ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, sc, when, mon, rag, col, upd in rows:
            vals = [ref, act, lead, sc, when, mon, rag, upd]
            for i, v in enumerate(vals):
                c = ws.cell(r, i + 1, v); c.border = BOX; c.alignment = WRAP
            if isinstance(when, dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(col)
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    key = [("R", "Red – not on track / at risk"), ("A", "Amber – some slippage, action in hand"),
           ("G", "Green – on track"), ("B", "Blue – complete")]
    for k, (col, txt) in enumerate(key):
        ws.cell(r + 1 + k, 1).fill = fill(col)
        ws.cell(r + 1 + k, 2, txt)
    wb.save(os.path.join(OUT, "ca1-eden-boys-school-bradford-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Fullerton House School (docx)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


FULLERTON = [
    ("Section A – Recommendations from the residential (social care) inspection", [
        ("The school's leaders should ensure that records of physical interventions include the views of the "
         "young person and are reviewed by a senior manager within 48 hours. (NMS 12.6)", [
            ("1.1", "Amend the physical intervention recording form to include a section for the young person's "
                    "views and a senior manager sign-off.", "Head of Care", "31/05/2024", "Complete"),
            ("1.2", "Weekly audit of all physical intervention records by the Registered Manager, with findings "
                    "reported to the monthly governance meeting.", "Registered Manager / Head of Care",
             "Ongoing – reviewed monthly", "On track"),
        ]),
        ("Leaders should ensure that the independent person's monthly reports are acted on and that actions "
         "arising are tracked to completion. (NMS 20.1)", [
            ("2.1", "Create an action log for independent visitor (NMS 20) reports, held by the Principal and "
                    "reviewed at each senior leadership meeting.", "Principal", "End of June 2024", "Complete"),
        ]),
        ("Staff should receive regular supervision in line with the school's policy, and records should show "
         "how supervision supports practice. (NMS 19.6)", [
            ("3.1", "Introduce a supervision tracker for all residential staff so that gaps are visible to "
                    "managers.", "Jo Bennett and Mark Ellis", "w/c 08/07/24", "Amber – delayed"),
            ("3.2", "Refresh training for supervisors on reflective supervision.", "Hesley Group Learning and "
                    "Development", "September 2024", "Not started"),
        ]),
    ]),
    ("Section B – Safeguarding points raised at feedback", [
        ("Leaders should strengthen the oversight of missing-from-care episodes. (NMS 11.1)", [
            ("4.1", "Return home interviews to be offered after every missing episode and analysed termly for "
                    "patterns.", "Safeguarding Lead (DSL)", "Termly", "On track"),
            ("4.2", "Update the missing-from-care protocol with Doncaster Children's Services Trust and South "
                    "Yorkshire Police.", "Designated Safeguarding Lead", "31 October 2024", "On track"),
        ]),
    ]),
]


def make_fullerton():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("Fullerton House School – Ofsted Action Plan", level=1)
    doc.add_paragraph("Residential special school – social care inspection, 16 to 18 April 2024. "
                      "Hesley Group. This plan responds to the recommendations in the inspection report and "
                      "is monitored by the Registered Manager and the Hesley Group quality team.")
    t0 = doc.add_table(rows=4, cols=3); t0.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author"), ("0.1", "02/05/2024", "Head of Care"),
                             ("1.0", "20/05/2024", "Principal"), ("1.1", "15/07/2024", "Registered Manager")]):
        for j, v in enumerate(row):
            t0.cell(i, j).text = v
    doc.add_paragraph("")
    hdr = ["No.", "Recommendation", "Action to be taken", "Responsible person", "Target date", "Status"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for j, h in enumerate(hdr):
        t.cell(0, j).text = h; t.cell(0, j).paragraphs[0].runs[0].bold = True; shade(t.cell(0, j), "D9E1F2")
    for sec, recs in FULLERTON:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = sec
        m.paragraphs[0].runs[0].bold = True; shade(m, "BDD7EE")
        for rec, acts in recs:
            first = None
            for k, (ref, act, lead, when, status) in enumerate(acts):
                row = t.add_row(); cs = row.cells
                cs[0].text = ref; cs[2].text = act; cs[3].text = lead; cs[4].text = when; cs[5].text = status
                if k == 0:
                    cs[1].text = rec; first = cs[1]
                else:
                    first = first.merge(cs[1])
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete / On track / Amber – delayed / Not started. Updated for the Hesley "
                      "Group quality meeting, 15 July 2024.")
    doc.save(os.path.join(OUT, "ca1-hesley-fullerton-house-school-ofsted-residential-action-plan.docx"))


# ---------------------------------------------------------------- 3. TEWV West Lane (xlsx, refuse)
TEWV_ROWS = [
    ("MD1", "Must do", "Reg 12", "The trust must ensure that staff carry out and record physical health "
     "observations after rapid tranquillisation.", "Rapid tranquillisation audit tool introduced on all West Lane "
     "wards; weekly audit reported to the CAMHS inpatient governance group.", "Director of Nursing",
     "Modern Matron", D(2019, 7, 31), None, "Complete"),
    ("MD2", "Must do", "Reg 12", "The trust must ensure that individual risk assessments are updated after "
     "every incident.", "Risk assessment training for all registered nurses; daily safety huddle checks "
     "completed risk updates.", "Clinical Director CAMHS", "Ward Managers", D(2019, 8, 31), D(2019, 9, 30),
     "On track"),
    ("MD3", "Must do", "Reg 18", "The trust must ensure there are sufficient suitably qualified staff on each "
     "shift.", "Recruitment drive for band 5 nurses; safer staffing escalation protocol revised.",
     "Director of Operations", "Service Manager", D(2019, 9, 30), None, "Amber"),
    ("MD4", "Must do", "Reg 17", "The trust must ensure that governance systems identify and act on "
     "safeguarding concerns.", "Safeguarding dashboard created for the inpatient units and reviewed at the "
     "monthly quality meeting.", "Director of Nursing", "Named Nurse Safeguarding Children", D(2019, 8, 31),
     "Ocotber 2019", "Amber"),
    ("SD1", "Should do", "Reg 9", "The trust should ensure young people are involved in their care plans.",
     "Care plan template revised with young people's participation group.", "Clinical Director CAMHS",
     "Participation Lead", D(2019, 10, 31), None, "On track"),
    ("SD2", "Should do", "Reg 10", "The trust should ensure that young people have access to fresh air daily.",
     "Garden access timetable agreed; exceptions recorded in the shift log.", "Director of Operations",
     "Ward Managers", D(2019, 7, 31), None, "Complete"),
    ("SD3", "Should do", "Reg 17", "The trust should ensure that learning from incidents is shared with staff.",
     "Monthly learning bulletin and reflective practice sessions on each ward.", "Clinical Director CAMHS",
     "Psychology Lead", D(2019, 11, 30), None, "Not started"),
]


def make_tewv():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Tees, Esk and Wear Valleys NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CQC Inspection – West Lane Hospital (CAMHS inpatient): Must Do / Should Do Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 30 September 2019"
    hdr = ["ID", "Must / Should", "Regulation", "CQC finding", "Action", "Executive lead", "Operational lead",
           "Due date", "Revised due date", "Status"]
    for i, w in enumerate([6, 11, 10, 45, 50, 22, 26, 12, 14, 12]):
        ws.column_dimensions[chr(65 + i)].width = w
    for i, h in enumerate(hdr):
        c = ws.cell(5, i + 1, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E78"); c.alignment = WRAP
    r = 6
    sc = {"Complete": "B", "On track": "G", "Amber": "A", "Not started": "GREY"}
    for row in TEWV_ROWS:
        for i, v in enumerate(row):
            c = ws.cell(r, i + 1, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 10).fill = fill(sc[row[-1]])
        r += 1
    wb.save(os.path.join(OUT, "ca1-tees-esk-wear-valleys-cqc-west-lane-camhs-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4. Nugent fostering (csv)
NUGENT = [
    ("1.1", "Requirement 1: The registered person must ensure that each foster carer's annual review is "
            "completed within the timescale and presented to the fostering panel. (Reg 28)",
     "Create a review tracker showing due dates for every fostering household, checked at the monthly team meeting.",
     "Registered Manager", "31/01/2024", "Complete",
     "Tracker live from 8 January. All overdue reviews now booked."),
    ("1.2", "", "Reviews overdue at the time of inspection (6 households) to be completed and presented to panel.",
     "RM/ TM", "Feb-24", "Amber", "4 of 6 completed; 2 listed for the March panel."),
    ("2.1", "Requirement 2: The registered person must ensure that unannounced visits to foster carers take "
            "place at least annually. (Reg 35)",
     "Schedule unannounced visits for all households and record them on CHARMS.",
     "Team Manager (Supervising Social Workers)", "March 2024", "Green",
     "Schedule agreed; 58 of 71 households visited so far this year."),
    ("3.1", "Recommendation 1: Ensure that foster carers complete the training, support and development standards "
            "within 12 months of approval. (NMS 20.3)",
     "Allocate a TSD mentor to each newly approved carer and monitor completion in supervision.",
     "Learning and Development Coordinator", "Q4 2023/24", "Green",
     "Mentors allocated for all 9 carers approved since April."),
    ("3.2", "", "Report TSD completion figures to the quarterly management meeting.", "Registered Manager",
     "Ongoing", "Green", "First report presented in December."),
    ("4.1", "Recommendation 2: Ensure that the agency's statement of purpose is reviewed and kept up to date. "
            "(NMS 16.2)",
     "Revise the statement of purpose and children's guide and send updated copies to Ofsted.",
     "Responsible Individual", "30/11/2023", "Complete", "Sent to Ofsted on 24 November."),
    ("5.1", "Recommendation 3: Ensure that the fostering panel has a central list of members with a suitable "
            "balance of experience. (NMS 14.1)",
     "Recruit two independent panel members, including one care-experienced member.",
     "Fostering Panel Adviser", "April 2024", "Red",
     "No suitable applicants from the first advert. Re-advertising through the care leavers' forum."),
]


def make_nugent():
    p = os.path.join(OUT, "ca1-nugent-fostering-ofsted-improvement-plan.csv")
    with open(p, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Nugent Fostering - Ofsted Inspection Improvement Plan (inspection 9-13 October 2023)", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Ref", "Requirement / Recommendation", "Action", "Lead", "Target Date", "RAG", "Update (Jan 2024)"])
        for row in NUGENT:
            w.writerow(row)
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["RAG: Green = on track, Amber = at risk, Red = off track, Complete = action completed and evidenced", "", "", "", "", "", ""])


# ---------------------------------------------------------------- 5. HMP YOI Polmont (txt, tab-separated)
POLMONT = [
    ("Standard 3 – Personal safety", [
        ("1", "The SPS should ensure that all children are offered at least one hour in the open air every day.",
         "Regime timetable for Blair House amended so that outdoor exercise is offered first each morning; "
         "refusals recorded daily.", "Governor in Charge", "31/12/2023", "Achieved"),
        ("2", "Staff should be trained in trauma-informed approaches before working in the children's unit.",
         "Trauma-informed practice module added to the induction for all Blair House staff.",
         "Head of Offender Outcomes", "March 2024", "On track"),
    ]),
    ("Standard 6 – Purposeful activity", [
        ("3", "Young people on remand should have the same access to education as convicted young people.",
         "Learning centre timetable extended to remand halls; Fife College to provide additional sessions.",
         "GIC / Deputy Governor", "June 2024", "Amber"),
        ("4", "The establishment should increase the number of vocational qualifications available.",
         "Scoping of two new SQA units in hospitality and construction skills.",
         "Learning and Skills Manager", "Sept 2024", "Not started"),
    ]),
    ("Standard 9 – Health and wellbeing", [
        ("5", "NHS Forth Valley should ensure that mental health assessments are completed within 72 hours of "
              "admission.", "Admission pathway reviewed; mental health nurse allocated to the reception rota "
              "seven days a week.", "NHS Forth Valley Clinical Manager", "Ongoing", "Green"),
        ("6", "Young people should be able to see a dentist within four weeks of request.",
         "Additional dental sessions commissioned from April; waiting list reviewed monthly.",
         "Health Centre Manager", "End of April 2024", "Red"),
    ]),
]


def make_polmont():
    lines = ["HMP YOI Polmont - Action Plan in response to HMIPS Full Inspection (May 2023)",
             "Scottish Prison Service. Export from the establishment's recommendations tracker, 12 February 2024.",
             ""]
    for std, rows in POLMONT:
        lines.append(std)
        lines.append("\t".join(["Rec No.", "Recommendation", "SPS Response / Action", "Owner", "Target Date", "Status"]))
        for r in rows:
            lines.append("\t".join(r))
        lines.append("")
    lines.append("Status key: Achieved / On track (Green) / Amber / Red / Not started")
    with open(os.path.join(OUT, "ca1-hmp-yoi-polmont-hmips-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6. CHAS Robin House (xlsx)
CHAS = [
    ("Requirement 1: By 31 May 2024, the provider must ensure that children's personal plans contain up-to-date "
     "information about their health needs and how these are to be met.", [
        ("1a", "Audit all active personal plans against the new template.", "Head of Care (Robin House)",
         D(2024, 4, 30), "G", "Audit of 38 plans completed; 11 needed updating and have been amended."),
        ("1b", "Train nursing staff on the updated personal plan template.", "Practice Educator / Head of Care",
         "31 May 2024", "G", "Two sessions delivered; all registered nurses attended."),
    ]),
    ("Requirement 2: By 30 June 2024, the provider must ensure that medication is managed in accordance with "
     "good practice guidance.", [
        ("2a", "Introduce double-signing of controlled drugs at every handover.", "Clinical Nurse Manager",
         D(2024, 6, 30), "A", "In place on day shifts; night shift rollout depends on recruitment."),
        ("2b", "Monthly medication audits reported to the CHAS clinical governance group.", "Clinical Nurse Manager",
         "Monthly", "A", "April and May audits done. June audit outstanding."),
    ]),
    ("Area for improvement 1: To support families, the service should develop how it gathers and responds to "
     "families' views about short breaks.", [
        ("3a", "Launch a short feedback card for families after each stay.", "Lead Nurse – Families",
         "By end of August 2024", "R", "Card designed but print delayed; now expected September."),
    ]),
    ("Area for improvement 2: The service should ensure that staff training records are complete and easily "
     "accessible.", [
        ("4a", "Move all training records onto the CHAS learning system.", "Practice Educator",
         D(2024, 9, 30), "A", "Mandatory training transferred; clinical competencies to follow."),
    ]),
]


def make_chas():
    wb = Workbook()
    dc = wb.active; dc.title = "Document control"
    rows = [("Document", "Robin House Improvement Plan – Care Inspectorate inspection March 2024"),
            ("Owner", "Director of Care, CHAS"), ("Version", "1.3"), ("Last updated", "19/07/2024"),
            ("Review", "Monthly at Robin House governance meeting")]
    for i, (a, b) in enumerate(rows):
        dc.cell(i + 1, 1, a).font = Font(bold=True); dc.cell(i + 1, 2, b)
    dc.column_dimensions["A"].width = 16; dc.column_dimensions["B"].width = 70
    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Children's Hospices Across Scotland (CHAS) – Robin House, Balloch"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Care Inspectorate Improvement Plan"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Requirement / Area for improvement", "Action", "Responsible", "Timescale", "RAG", "Comments"]
    for i, w in enumerate([6, 50, 45, 26, 18, 8, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    for i, h in enumerate(hdr):
        c = ws.cell(4, i + 1, h); c.font = Font(bold=True); c.fill = fill("HDR"); c.border = BOX
    r = 5
    for req, acts in CHAS:
        start = r
        for ref, act, lead, when, col, com in acts:
            vals = [ref, req if r == start else None, act, lead, when, None, com]
            for i, v in enumerate(vals):
                c = ws.cell(r, i + 1, v); c.alignment = WRAP; c.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(col)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for k, (col, txt) in enumerate([("G", "Green = completed"), ("A", "Amber = in progress"),
                                    ("R", "Red = behind timescale")]):
        ws.cell(r + 1 + k, 1).fill = fill(col); ws.cell(r + 1 + k, 2, txt)
    wb.save(os.path.join(OUT, "ca1-chas-robin-house-care-inspectorate-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 7. Woodlands JJC (docx)
WOODLANDS = [
    ("Strategic recommendations", [
        ("SR1", "The Youth Justice Agency should, within six months, agree with the Department of Health and the "
                "Health and Social Care Trusts a protocol for children who are placed in Woodlands under PACE.",
         "Draft protocol developed with the Department of Health and the five HSC Trusts and submitted to the "
         "Regional Partnership Group.", "Youth Justice Agency Chief Executive", "March 2024", "Amber",
         "Protocol agreed in principle; final sign-off by the Department is awaited."),
        ("SR2", "The Youth Justice Agency should develop a workforce plan for Woodlands that addresses staff "
                "retention and the use of overtime.",
         "Workforce plan to be produced with HR Connect, including a retention survey of residential staff.",
         "Director of Woodlands JJC", "Q2 2024/25", "Green", "Retention survey completed in January; 64% response rate."),
    ]),
    ("Operational recommendations", [
        ("OR1", "Woodlands should ensure that the reasons for every use of single separation are recorded and "
                "reviewed by a manager.",
         "Separation recording amended on CARE system; weekly review by duty manager.", "Head of Care / Head of "
         "Education", "31/12/2023", "Complete", "Change live from 4 December. Weekly reviews evidenced."),
        ("OR2", "The education programme should be extended to provide activity during school holidays.",
         "Summer and Easter activity programme planned with the Education Authority.", "Head of Education",
         "August 2024", "Green", "Easter programme delivered; summer programme being timetabled."),
        ("OR3", "Healthcare staff should complete a health assessment for every child within 24 hours of "
                "admission.",
         "Nurse rota reviewed to cover evening admissions; audit of assessment times each month.",
         "SEHSCT Head of Service", "Ongoing", "Red", "February audit showed 71% within 24 hours; target 100%."),
    ]),
]


def make_woodlands():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("Woodlands Juvenile Justice Centre", level=1)
    doc.add_heading("Action Plan in response to the CJI Inspection Report (published September 2023)", level=2)
    doc.add_paragraph("This action plan sets out how the Youth Justice Agency and its partners will take forward "
                      "the recommendations made by Criminal Justice Inspection Northern Ireland, with RQIA and "
                      "ETI, in their joint inspection of Woodlands Juvenile Justice Centre. Progress is reported "
                      "to the Agency Board each quarter.")
    p = doc.add_paragraph("Progress as at: 29 February 2024"); p.runs[0].bold = True
    hdr = ["No.", "Recommendation", "Action", "Owner", "Timescale", "Status", "Progress"]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for j, h in enumerate(hdr):
        t.cell(0, j).text = h; t.cell(0, j).paragraphs[0].runs[0].bold = True; shade(t.cell(0, j), "DEEAF6")
    for sec, rows in WOODLANDS:
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = sec
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        for vals in rows:
            cs = t.add_row().cells
            for j, v in enumerate(vals):
                cs[j].text = v
            shade(cs[5], {"Amber": "FFC000", "Green": "92D050", "Complete": "00B0F0", "Red": "FF0000"}[vals[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Glossary: PACE – Police and Criminal Evidence (NI) Order 1989; SEHSCT – South Eastern Health "
                      "and Social Care Trust; CARE – Woodlands case recording system.")
    doc.save(os.path.join(OUT, "ca1-woodlands-jjc-cjini-inspection-action-plan.docx"))


if __name__ == "__main__":
    make_eden(); make_fullerton(); make_tewv(); make_nugent(); make_polmont(); make_chas(); make_woodlands()
    print("done")
