"""Generate the bs1- blind cases (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "H": "D9E1F2", "S": "BDD7EE"}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- 1 Martin House (xlsx)
def martin_house():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Martin House Children's Hospice – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection: 14–16 February 2023   |   Report published: 12 May 2023   |   Overall rating: Good"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Must do / Should do", "CQC finding", "Action", "Lead",
           "Target date", "Revised date", "Progress update", "RAG status"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = FILL["H"]; x.border = BOX; x.alignment = WRAP
    f1 = ("The provider must ensure that medicines requiring refrigeration are stored within the "
          "recommended temperature range and that checks are recorded. (Regulation 12)")
    f2 = ("The provider must ensure that systems to assess, monitor and mitigate risks are operated "
          "effectively, including the clinical risk register. (Regulation 17)")
    rows = [
        ("SAFE",),
        ("MD1.1", "Must do", f1,
         "Introduce a daily fridge temperature log for each clinical room, countersigned by the nurse in charge.",
         "Head of Clinical Services", D(2023, 6, 30), None,
         "Logs in place since June 2023. Weekly spot checks show full compliance for July and August.", "Complete"),
        ("MD1.2", "Must do", None,
         "Replace the two domestic fridges in the Jasmine suite with pharmaceutical-grade fridges fitted with data loggers.",
         "Estates Manager", D(2023, 7, 31), D(2023, 9, 30),
         "Order delayed by the supplier. Installation now booked for September.", "Amber"),
        ("SH1", "Should do",
         "The service should ensure that all clinical staff complete level 3 safeguarding children training in line with the intercollegiate document.",
         "Book outstanding staff onto level 3 safeguarding training and report compliance monthly to the Clinical Governance Committee.",
         "Safeguarding Lead", D(2023, 10, 31), None,
         "Compliance at 87% against a 95% target. Remaining staff booked on the October course.", "On track"),
        (),
        ("EFFECTIVE",),
        ("SH2", "Should do",
         "The service should ensure that care plans are reviewed following any change in a child's condition.",
         "Add a care plan review prompt to the shift handover template and audit 10 records each month.",
         "Care Team Leader / Clinical Nurse Specialist", D(2023, 12, 1), None,
         "Prompt added in August. First audit found 8 of 10 records reviewed within 48 hours.", "Green"),
        (),
        ("WELL-LED",),
        ("MD2.1", "Must do", f2,
         "Review the clinical risk register with each department lead and agree an owner and review date for every risk.",
         "Director of Care", D(2023, 8, 31), None,
         "All risks reviewed and reassigned at the August Quality and Safety Committee.", "Complete"),
        ("MD2.2", "Must do", None,
         "Present the clinical risk register to the Board of Trustees each quarter.",
         "Director of Care", "Quarterly", None,
         "First report went to the Board in September 2023.", "Green"),
        ("SH3", "Should do",
         "The service should continue to develop ways of gathering feedback from children and young people who use the service.",
         "Work with the young people's forum to design an accessible feedback card and an online survey.",
         "Family Support Manager", "March 2024", None,
         "Forum met in October and a draft card is being tested on the ward.", "Amber"),
        ("SH4", "Should do",
         "The service should ensure that actions arising from incident investigations are tracked to completion.",
         "Set up an incident action log to be reviewed at each monthly Clinical Governance Committee.",
         "Head of Quality and Governance", D(2023, 11, 30), None, "", "Not started"),
    ]
    r = 5
    merge_from = None
    for row in rows:
        if len(row) == 0:
            r += 1; continue
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1; continue
        for c, v in enumerate(row, 1):
            if v is None:
                continue
            x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if isinstance(v, dt.datetime):
                x.number_format = "mmm-yy" if c == 6 and row[0] == "SH2" else "dd/mm/yyyy"
        for c in range(1, 10):
            ws.cell(r, c).border = BOX
        rag = row[8]
        col = {"Complete": "B", "Green": "G", "On track": "G", "Amber": "A", "Red": "R"}.get(rag)
        if col:
            ws.cell(r, 9).fill = FILL[col]
        if row[2] is None and merge_from:
            ws.merge_cells(start_row=merge_from, start_column=3, end_row=r, end_column=3)
        else:
            merge_from = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    ws.cell(r + 1, 1, "Complete – action completed and evidence held")
    ws.cell(r + 2, 1, "Green / On track – on course to meet the target date")
    ws.cell(r + 3, 1, "Amber – at risk of slipping; revised date agreed")
    ws.cell(r + 4, 1, "Red – overdue or not achievable without escalation")
    for c, w in zip("ABCDEFGHI", [8, 12, 45, 50, 24, 12, 12, 50, 12]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "A5"
    wb.save(p("bs1-martin-house-childrens-hospice-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Ash Hill Academy (xlsx)
def ash_hill():
    wb = Workbook(); ws = wb.active; ws.title = "Post-Ofsted plan"
    ws["A1"] = "Ash Hill Academy – Post-Ofsted Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection: 5–6 March 2024 (Requires improvement). Plan agreed by the Local Governing Body "
                "on 24 April 2024 and monitored by the Delta Academies Trust Director of Education.")
    ws.merge_cells("A2:H2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    hdr = ["No.", "What does the school need to do to improve?", "Actions", "Lead", "Monitored by",
           "Timescale", "Success criteria", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF")
        x.fill = PatternFill("solid", fgColor="1F3864"); x.alignment = WRAP; x.border = BOX
    a1 = ("Leaders should ensure that the curriculum in foundation subjects is well sequenced so that "
          "pupils build their knowledge securely over time.")
    a2 = ("Leaders should make sure that pupils who need help with reading receive effective support "
          "to catch up quickly.")
    a3 = ("Leaders should ensure that the behaviour policy is applied consistently so that low-level "
          "disruption does not interrupt learning.")
    groups = [
        (a1, [
            ("1a", "Subject leaders to map the key knowledge for each foundation subject from Year 7 to Year 11.",
             "Deputy Headteacher (Curriculum)", "Principal", "Summer term 2024",
             "Curriculum maps published for all foundation subjects.", "G"),
            ("1b", "Deliver CPD on retrieval practice to all teaching staff through the weekly teaching and learning briefings.",
             "AHT Teaching and Learning", "Principal", "Autumn term 2024",
             "Learning walks show retrieval practice in most lessons.", "B"),
            ("1c", "Carry out deep dives in history, geography and RE with the trust's subject directors.",
             "Principal / Trust Director of Education", "LGB", "Termly",
             "Deep dive reports show improving consistency.", "A"),
        ]),
        (a2, [
            ("2a", "Screen all Year 7 pupils on entry using the NGRT reading test.",
             "Reading Lead", "Deputy Headteacher (Curriculum)", "Sept 2024",
             "All Year 7 pupils screened; weakest readers identified.", "B"),
            ("2b", "Timetable phonics intervention for the weakest readers three times a week.",
             "Reading Lead", "Deputy Headteacher (Curriculum)", "Oct 2024 – Jul 2025",
             "Reading ages of intervention pupils rise by at least 12 months.", "G"),
            ("2c", "Train form tutors to deliver the tutor-time reading programme.",
             "Head of English / Reading Lead", "Principal", "Spring term 2025",
             "All tutors trained; programme running in every form.", "A"),
        ]),
        (a3, [
            ("3a", "Relaunch the behaviour policy with staff, pupils and parents, including the new 'ready to learn' routines.",
             "Deputy Headteacher (Behaviour and Attitudes)", "Principal", "April 2024",
             "Policy relaunched; routines seen in all lessons on learning walks.", "B"),
            ("3b", "Analyse removal room data fortnightly and follow up patterns with heads of year.",
             "Assistant Headteacher (Pastoral)", "Deputy Headteacher (Behaviour and Attitudes)", "Ongoing",
             "Removals fall term on term.", "G"),
            ("3c", "Run a parent behaviour workshop for families of pupils with repeated removals.",
             "Family Liaison Officer", "Assistant Headteacher (Pastoral)", "Summer term 2025",
             "Workshop held; attendance and follow-up recorded.", "R"),
        ]),
    ]
    r = 5
    for area, acts in groups:
        top = r
        for a in acts:
            ref, act, lead, mon, when, sc, rag = a
            vals = [ref, area if r == top else None, act, lead, mon, when, sc, None]
            for c, v in enumerate(vals, 1):
                x = ws.cell(r, c); x.border = BOX; x.alignment = WRAP
                if v is not None:
                    x.value = v
            ws.cell(r, 8).fill = FILL[rag]
            r += 1
        ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row between areas
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some slippage – being monitored"), ("R", "Not started / off track")], 1):
        ws.cell(r + i, 1).fill = FILL[k]
        ws.cell(r + i, 2, t)
    for c, w in zip("ABCDEFGH", [6, 40, 50, 26, 24, 18, 36, 8]):
        ws.column_dimensions[c].width = w
    wb.save(p("bs1-delta-academy-ash-hill-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Caldecott (xlsx, refuse)
def caldecott():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "The Caldecott Foundation – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Children's home full inspection: 9 July 2024   Overall experiences and progress: Requires improvement to be good"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Requirement / Recommendation", "Action to be taken", "Responsible person", "Due date",
           "Status", "Evidence / comments"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = FILL["H"]; x.border = BOX; x.alignment = WRAP
    rows = [
        ("Requirements",),
        ("R1", "The registered person must ensure that each child's relevant plans are reviewed and kept up to date. (Regulation 14)",
         "Audit all placement plans and risk assessments and update any that are more than three months old.",
         "Registered Manager", "31 August 2024", "Complete", "Audit completed 28/08/24; 6 plans updated."),
        ("R2", "The registered person must ensure that staff receive practice-related supervision at least every six weeks. (Regulation 33)",
         "Set a supervision schedule for all residential staff and report compliance to the Responsible Individual monthly.",
         "Deputy Manager", "Sept 2024", "On track", "Schedule in place; compliance 92% in September."),
        ("R3", "The registered person must ensure that the physical restraint log is fully completed within 24 hours. (Regulation 35)",
         "Retrain staff on recording restraints and introduce a weekly check of the log by a manager.",
         "Registered Manager", "30 September 2024", "Amber", "Training delivered to 80% of staff."),
        (),
        ("Recommendations",),
        ("1", "The registered person should ensure that children's views are sought and recorded in house meeting minutes.",
         "Introduce a young person-led agenda for the weekly house meeting.",
         "Senior Residential Worker", "Ocotber 2024", "Green", "Two young people now chair meetings in turn."),
        ("2", "The registered person should ensure that the home's statement of purpose is updated.",
         "Review and resubmit the statement of purpose to Ofsted.",
         "Responsible Individual", "November 2024", "Not started", ""),
    ]
    r = 5
    for row in rows:
        if not row:
            r += 1; continue
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
        r += 1
    for c, w in zip("ABCDEFG", [6, 48, 48, 24, 18, 12, 40]):
        ws.column_dimensions[c].width = w
    wb.save(p("bs1-caldecott-foundation-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def table(doc, header, rows, hdr_fill="D9E1F2"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, hdr_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ---------------------------------------------------------------- 4 Ysgol y Gogarth (docx)
def gogarth():
    doc = Document()
    doc.add_heading("Ysgol y Gogarth – Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Estyn core inspection: October 2023")
    doc.add_paragraph(
        "Following Estyn's inspection in October 2023, the governing body and senior leadership team have drawn up "
        "this plan to address the four recommendations in the report. Progress is reviewed by the governing body "
        "each half term and reported to Conwy County Borough Council and GwE.")
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["1.0", "08/12/2023", "Headteacher", "Full Governing Body"],
           ["1.1", "19/03/2024", "Headteacher", "Standards Committee"]])
    doc.add_paragraph("")
    hdr = ["No.", "Action", "Person responsible", "Timescale", "Success criteria", "Progress to date", "RAG"]
    recs = [
        ("R1: Improve the consistency of teaching so that all pupils are challenged appropriately", [
            ["1.1", "Carry out a programme of joint lesson observations with a focus on challenge for all pupils.",
             "Headteacher / Deputy Headteacher", "December 2023",
             "Observation records show strong challenge in most lessons.",
             "Joint observations completed in all classes; feedback shared with staff.", "Complete"],
            ["1.2", "Provide coaching for teachers identified through observations.",
             "Deputy Headteacher", "Spring term 2024",
             "Coached teachers show improvement at follow-up observation.",
             "Coaching under way with four teachers.", "Green"],
            ["1.3", "Share effective practice through termly teaching and learning twilight sessions.",
             "Deputy Headteacher", "Termly",
             "Staff evaluations positive; strategies seen in classrooms.",
             "First twilight held in January 2024.", "Green"],
        ]),
        ("R2: Strengthen the use of individual development plans to track pupils' progress", [
            ["2.1", "Review the IDP template with the local authority ALN team so that targets are specific and measurable.",
             "ALNCo", "31/01/2024",
             "All IDPs use the revised template.",
             "Template agreed with the authority in January.", "Complete"],
            ["2.2", "Introduce half-termly progress meetings for each class team to review IDP targets.",
             "ALNCo / Class Teachers", "Summer term 2024",
             "Minutes show IDP targets reviewed and updated each half term.",
             "Meetings timetabled from April; two classes still to start.", "Amber"],
        ]),
        ("R3: Develop pupils' Welsh language skills across the school", [
            ["3.1", "Appoint a Welsh language champion and introduce a daily 'Helpwr Heddiw' routine in each class.",
             "Welsh Co-ordinator", "February 2024",
             "Routine observed in all classes.",
             "Champion appointed; routine in place in six of eight classes.", "Amber"],
            ["3.2", "Arrange Welsh language training for teaching assistants through the Cymraeg Gwaith scheme.",
             "Business Manager", "July 2024",
             "All teaching assistants enrolled on a course.",
             "Funding confirmed; enrolment not yet started.", "Red"],
        ]),
        ("R4: Ensure that self-evaluation focuses closely on the impact of provision on pupils' learning", [
            ["4.1", "Revise the monitoring calendar so that every activity records its impact on pupils' learning.",
             "Headteacher", "Spring term 2024",
             "Monitoring reports evaluate impact rather than describe provision.",
             "New calendar approved by governors in March.", "Complete"],
            ["4.2", "Train governors to challenge leaders on the impact of actions in the plan.",
             "Headteacher / Chair of Governors", "June 2024",
             "Governing body minutes show challenge on impact.",
             "Training session booked with GwE for May.", "Green"],
        ]),
    ]
    for title, rows in recs:
        doc.add_heading(title, level=2)
        t = table(doc, hdr, rows)
        fills = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
        for row in t.rows[1:]:
            shade(row.cells[6], fills[row.cells[6].text])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    table(doc, ["Rating", "Meaning"],
          [["Complete", "Action completed and impact evaluated"], ["Green", "On track"],
           ["Amber", "Some delay – action being taken"], ["Red", "Significant concern – report to governors"]])
    doc.save(p("bs1-ysgol-y-gogarth-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Falkland House (docx)
def falkland():
    doc = Document()
    doc.add_heading("Falkland House School – Improvement Plan", level=1)
    doc.add_paragraph("Care Inspectorate unannounced inspection of the care service, March 2024")
    doc.add_paragraph(
        "This plan sets out how we will meet the requirements and areas for improvement made by the Care "
        "Inspectorate. It is reviewed monthly by the senior leadership team and reported to the Board.")
    hdr = ["Ref", "Action", "Who", "By when", "Progress", "RAG"]
    sections = [
        ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
            ("Requirement 1: By 31 May 2024, the provider must ensure that each young person's personal plan "
             "sets out how their health, welfare and safety needs will be met, and is reviewed at least every six months.", [
                ["R1.1", "Audit every young person's personal plan against the Health and Social Care Standards.",
                 "Head of Care", "30/04/2024", "Audit completed; 11 plans needed updating.", "Complete"],
                ["R1.2", "Update personal plans identified in the audit and agree a six-monthly review schedule with key workers.",
                 "Depute Head of Care", "31/05/2024", "All plans updated; review dates set in the care system.", "Complete"],
            ]),
            ("Requirement 2: By 30 June 2024, the provider must ensure that staff are trained in the safe "
             "administration of medication and that their competence is assessed.", [
                ["R2.1", "Deliver medication training to all care staff.",
                 "Training Coordinator", "June 2024", "Training delivered to 34 of 38 staff.", "Amber"],
                ["R2.2", "Carry out competency assessments for staff who administer medication.",
                 "Head of Care / Nurse Lead", "Aug 2024", "Assessments started in July.", "Green"],
            ]),
            ("Area for improvement 1: The provider should ensure that young people are involved in decisions "
             "about their care and that their views are recorded.", [
                ["A1.1", "Relaunch the young people's council and feed its minutes into the senior leadership meeting.",
                 "Principal", "Ongoing", "Council met in May and June.", "Green"],
            ]),
            ("Area for improvement 2: The provider should ensure that the environment is homely and well maintained.", [
                ["A2.1", "Redecorate the two older houses in consultation with the young people living there.",
                 "Facilities Manager", "October 2024", "Colour schemes chosen by young people; work booked.", "Green"],
                ["A2.2", "Introduce a monthly environment check by a member of the leadership team.",
                 "Depute Head of Care", "July 2024", "", "Not started"],
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Area for improvement 3: The provider should ensure that quality assurance leads to improvement.", [
                ["A3.1", "Develop a quality assurance calendar with clear actions and follow-up dates.",
                 "Principal", "September 2024", "Draft calendar to the Board in August.", "Amber"],
            ]),
        ]),
    ]
    for sec, items in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E1F2")
        for text, rows in items:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1]); m.text = text
            m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
            for row in rows:
                cs = t.add_row().cells
                for i, v in enumerate(row):
                    cs[i].text = v
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – met;  Green – on track;  Amber – some delay;  Red – not on track")
    doc.save(p("bs1-falkland-house-school-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 Merthyr YJS (csv)
def merthyr():
    r1 = "1. The YJS Management Board should ensure that its members understand the needs of children known to the service and use this to shape provision."
    r2 = "2. The YJS Manager should improve the quality of assessment and planning for keeping other people safe."
    r3 = "3. The Police and Crime Commissioner and YJS should review the out-of-court disposal arrangements to ensure decisions are timely."
    rows = [
        ["Merthyr Tydfil Youth Justice Service - HMI Probation Inspection Improvement Plan"] + [""] * 7,
        [""] * 8,
        ["Recommendation", "Action No", "Action", "Owner", "Target Date", "Revised Target Date", "Status", "Update"],
        [r1, "1.1", "Hold a Board development day on the profile of children known to the service, using the disproportionality data.",
         "Chair of Management Board", "31/01/2024", "", "Complete", "Development day held 18/01/2024 with good attendance from partners."],
        ["", "1.2", "Each Board member to attend a YJS case panel and feed back at the next Board meeting.",
         "YJS Manager", "31/03/2024", "30/06/2024", "Amber", "Four of nine members attended so far; remaining dates offered."],
        ["", "1.3", "Add a standing item on children's voice to the Board agenda.",
         "RJ/KM", "29/02/2024", "", "Complete", "Standing item in place from the February Board."],
        [r2, "2.1", "Deliver training on risk of harm assessment to all case managers.",
         "Operational Manager", "30/04/2024", "", "On track", "Training commissioned from the regional YJ lead; dates set for April."],
        ["", "2.2", "Introduce monthly management oversight audits of safety and wellbeing plans.",
         "Operational Manager", "Monthly", "", "On track", "Audit tool agreed; first audit in March."],
        ["", "2.3", "Set up a risk management panel chaired by a senior manager for high-risk cases.",
         "YJS Manager", "31/12/2023", "", "Complete", "Panel meeting fortnightly since December."],
        [r3, "3.1", "Review the joint decision-making panel terms of reference with South Wales Police.",
         "YJS Manager / Police Sergeant", "31/05/2024", "", "Not started", ""],
        ["", "3.2", "Monitor the time from offence to out-of-court decision and report quarterly to the Board.",
         "Performance Officer", "Q1 2024/25", "", "On track", "Data fields added to the case management system."],
    ]
    with open(p("bs1-merthyr-tydfil-yjs-hmip-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Southend SCP JTAI (txt)
def southend():
    a1 = "Area for improvement 1: The quality and timeliness of health information shared at strategy discussions"
    a2 = "Area for improvement 2: Understanding of thresholds by partner agencies making referrals to the front door"
    a3 = "Area for improvement 3: Oversight by the partnership of the effectiveness of the front door"
    L = [
        "Southend Safeguarding Partnership - JTAI Action Plan",
        "Joint targeted area inspection of the multi-agency response to identification of initial need and risk, October 2024",
        "Exported 14/02/2025",
        "",
        "\t".join(["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]),
        a1,
        "\t".join(["1.1", "Health representatives to attend all strategy discussions in person or by Teams, with a duty rota across the ICB and providers.",
                   "Designated Nurse Safeguarding Children (MSE ICB)", "Jan-25", "B",
                   "Rota in place from December. Attendance audit shows health present at 96% of strategy discussions."]),
        "\t".join(["1.2", "Agree a standard template for health information shared at strategy discussions.",
                   "Designated Nurse Safeguarding Children (MSE ICB)", "31/03/2025", "G",
                   "Template drafted and being tested in the MASH."]),
        "\t".join(["1.3", "Audit a sample of strategy discussions to check that health information informed decisions.",
                   "Head of Service Front Door (SBC) / Essex Police MASH DI", "Q1 2025/26", "G",
                   "Audit scheduled for May."]),
        "",
        a2,
        "\t".join(["2.1", "Refresh and relaunch the Effective Support threshold guidance with schools, health and police.",
                   "SSP Business Manager", "Feb-25", "A",
                   "Guidance refreshed; relaunch delayed to coincide with the schools' safeguarding forum."]),
        "\t".join(["2.2", "Deliver threshold briefings to designated safeguarding leads in all Southend schools.",
                   "Education Safeguarding Lead", "Summer term 2025", "G",
                   "Three of five briefing sessions delivered."]),
        "\t".join(["2.3", "Provide feedback to referrers on the outcome of every contact.",
                   "Head of Service Front Door (SBC)", "Ongoing", "R",
                   "System change needed in Liquidlogic; request raised with IT."]),
        "",
        a3,
        "\t".join(["3.1", "Add front door performance measures to the partnership dashboard.",
                   "SSP Business Manager", "December 2024", "B",
                   "Measures agreed and reported to the Executive in December."]),
        "\t".join(["3.2", "Hold a multi-agency audit of contacts that did not progress to referral and report findings to the Executive.",
                   "Quality Assurance Subgroup Chair", "30/06/2025", "G",
                   "Audit tool agreed by the subgroup."]),
        "",
        "RAG key: B = Complete   G = On track   A = Some concern / slippage   R = Off track",
    ]
    with open(p("bs1-southend-scp-jtai-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    martin_house(); ash_hill(); caldecott(); gogarth(); falkland(); merthyr(); southend()
    print("done")
