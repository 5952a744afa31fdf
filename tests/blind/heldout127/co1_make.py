"""Generator for the co1- cases of heldout127 (children's services plans).
Run with /work/main/.venv/bin/python co1_make.py (python-docx, openpyxl)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {c: PatternFill("solid", fgColor=v) for c, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0",
             grey="D9D9D9", head="1F3864", pale="DDEBF7").items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------- 1 Birtenshaw
def birtenshaw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Birtenshaw School \u2013 Residential Provision"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Post-inspection action plan following Ofsted inspection of the residential "
                "special school (SCCIF), 12\u201314 November 2024")
    ws["A2"].font = Font(italic=True)
    hdr(ws, 4, ["Ref", "Recommendation", "Action to be taken", "Lead",
                "Target date", "RAG", "Progress update (March 2025)"])
    ws.merge_cells("A5:G5")
    ws["A5"] = "Recommendations"
    ws["A5"].font = Font(bold=True)
    ws["A5"].fill = FILL["pale"]
    recs = [
        ("The school should ensure that risk assessments for individual children are reviewed "
         "following every significant incident and that the outcome of the review is recorded. "
         "(NMS 6.3)", [
            ("1.1", "Revise the individual risk assessment template to include a mandatory "
             "post-incident review section.", "Head of Care", D(2025, 1, 31), "blue",
             "New template in use on all houses from 20 January."),
            ("1.2", "Deliver refresher training to all residential staff on recording post-incident "
             "reviews in the electronic care record.", "Head of Care / Training Lead",
             D(2025, 3, 31), "green",
             "Four of five sessions delivered; final session booked for 24 March."),
            ("1.3", "Audit a sample of 10 risk assessments each month and report findings to the "
             "Senior Leadership Team.", "KH", "Monthly", "green",
             "December, January and February audits completed. 27 of 30 reviews recorded in time."),
        ]),
        ("The school should ensure that children's health plans are updated promptly when their "
         "medication changes. (NMS 3.1)", [
            ("2.1", "Introduce a weekly medication reconciliation check between the school nurse "
             "and residential team leaders.", "School Nurse", D(2024, 12, 20), "blue",
             "Weekly check in place since 9 December."),
            ("2.2", "Update the medication policy to set out the timescale for updating health "
             "plans after a change of prescription.", "Principal", D(2025, 2, 28), "blue",
             "Policy approved by governors 12 February 2025."),
        ]),
        ("Leaders should ensure that the independent visitor's reports are considered by governors "
         "and that the actions arising from them are tracked to completion. (NMS 20.1)", [
            ("3.1", "Add the independent visitor's report as a standing item on the agenda of the "
             "Safeguarding and Welfare Committee.", "Clerk to Governors", "January 2025", "blue",
             "Standing item from the January meeting."),
            ("3.2", "Create an action log for recommendations from independent visitor reports and "
             "review it at each committee meeting.", "Chair of Governors / Principal",
             D(2025, 4, 30), "amber",
             "Log created. First review delayed because the February committee meeting moved to April."),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        first = r
        for ref, act, lead, when, rag, prog in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=when)
            if isinstance(when, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = FILL[rag]
            ws.cell(row=r, column=7, value=prog)
            for col in range(1, 8):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        ws.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1  # blank row 13
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (col, text) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "Some slippage \u2013 action in hand"),
                                     ("red", "Not on track")], 1):
        ws.cell(row=r + i, column=1).fill = FILL[col]
        ws.cell(row=r + i, column=2, value=text)
    for col, w in zip("ABCDEFG", [7, 45, 50, 22, 12, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("co1-birtenshaw-school-ofsted-rss-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ---------------------------------------------------------------- 2 Ysgol Eirias
def eirias():
    doc = Document()
    doc.add_heading("Ysgol Eirias \u2013 Post-inspection Action Plan", level=1)
    doc.add_paragraph(
        "This plan sets out how the school will address the recommendations made by Estyn "
        "following the core inspection in March 2024. It was agreed by the governing body on "
        "4 July 2024 and is monitored termly by the Standards Committee. Progress is shown as at "
        "February 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Approved by"], [
        ["1.0", "20/06/2024", "Headteacher", "Governing body, 04/07/2024"],
        ["1.1", "10/02/2025", "Deputy Headteacher", "Standards Committee, 24/02/2025"],
    ])
    recs = [
        ("R1: Strengthen the quality of teaching and assessment so that all pupils make "
         "consistently strong progress", [
            ("1a", "Establish a whole-school teaching and learning framework with agreed features "
             "of effective lessons, shared with all staff during INSET.", "AHT (Teaching & Learning)",
             "Autumn term 2024", "Framework understood by all staff; visible in lesson visits.",
             "Complete"),
            ("1b", "Introduce fortnightly coaching triads for teachers, with a focus on questioning "
             "and feedback.", "AHT (Teaching & Learning)", "Sept 2024 \u2013 July 2025",
             "Lesson visits show improved questioning in at least 80% of lessons.", "Green"),
            ("1c", "Heads of Faculty to carry out termly book looks and learning walks and report "
             "findings to SLT.", "Heads of Faculty", "Termly",
             "Quality assurance reports show consistent feedback practice.", "Green"),
        ]),
        ("R2: Improve pupils' attendance, particularly that of pupils eligible for free school meals", [
            ("2a", "Appoint a family engagement officer to work with families of pupils whose "
             "attendance is below 90%.", "Headteacher", "31/10/2024",
             "Officer in post; caseload established.", "Complete"),
            ("2b", "Introduce weekly attendance panels for each year group, with staged letters "
             "and home visits.", "Attendance Officer / Head of Wellbeing", "Spring term 2025",
             "Persistent absence of eFSM pupils reduced by 5 percentage points.", "Amber"),
            ("2c", "Celebrate improved attendance through termly rewards and year-group "
             "competitions.", "Heads of Year", "Ongoing",
             "Pupil voice shows pupils value the rewards.", "Green"),
        ]),
        ("R3: Ensure that self-evaluation and improvement planning focus sharply on the impact of "
         "provision on pupils' learning", [
            ("3a", "Revise the self-evaluation calendar so that every activity records its impact "
             "on pupils' learning and progress.", "DHT", "December 2024",
             "Calendar in use; SER sections refer to impact.", "Complete"),
            ("3b", "Train middle leaders in writing faculty improvement plans with measurable "
             "success criteria.", "DHT", "Summer term 2025",
             "All faculty plans include measurable success criteria.", "Amber"),
        ]),
    ]
    for head, acts in recs:
        doc.add_heading(head, level=2)
        table(doc, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"],
              [list(a) for a in acts])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action finished; Green = on track; Amber = at risk of "
                      "slipping; Red = not on track.")
    doc.save(p("co1-ysgol-eirias-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3 Shetland CPC
def shetland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Shetland Child Protection Committee"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Joint Inspection of Services for Children at Risk of Harm \u2013 "
                "Improvement Plan 2024\u201325")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Progress as at 31 January 2025. Owner: Lead Officer, Child Protection."
    hdr(ws, 5, ["No.", "Area for improvement", "Action", "Lead", "Timescale", "Status",
                "Progress"])
    blocks = [
        ("Priority 1: Assessment and planning for children at risk of harm", [
            ("Chronologies are not consistently used to inform assessments of risk.", [
                ("1.1", "Agree a multi-agency chronology template and guidance, and launch it "
                 "through a practitioner briefing.", "Lead Officer CPC", D(2024, 9, 30),
                 "Complete", "Template launched at briefing on 19 September 2024."),
                ("1.2", "Audit 20 chronologies against the new guidance and report to the CPC.",
                 "Chief Social Work Officer", "March 2025", "On track",
                 "Audit sample agreed; fieldwork to start in February."),
            ]),
            ("Child protection plans do not always set out clear, measurable outcomes.", [
                ("1.3", "Revise the child protection plan template so that each outcome has a "
                 "measure and a timescale.", "Independent Reviewing Officer", D(2024, 11, 29),
                 "Complete", "New template in use from 2 December."),
                ("1.4", "Deliver SMART planning training for social workers, health visitors and "
                 "school staff.", "Learning and Development Officer; Named Nurse for Child "
                 "Protection", "Q1 2025/26", "On track",
                 "Two cohorts trained (31 staff). Third cohort scheduled for May."),
            ]),
        ]),
        ("Priority 2: Hearing the voices of children and young people", [
            ("Children's views are not consistently recorded or shown to influence decisions.", [
                ("2.1", "Introduce the 'Mind of My Own' app for children subject to child "
                 "protection planning.", "Service Manager, Children and Families",
                 D(2025, 6, 30), "Amber",
                 "Procurement delayed; contract now expected in April."),
                ("2.2", "Add a mandatory 'child's view' section to the child protection case "
                 "conference report.", "Independent Reviewing Officer", D(2024, 10, 31),
                 "Complete", "In place since October 2024."),
                ("2.3", "Hold an annual listening event with young people to inform the CPC "
                 "business plan.", "Lead Officer CPC", "Ongoing", "Not started",
                 "First event being planned with Youth Services for summer."),
            ]),
        ]),
    ]
    r = 6
    for prio, afis in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for afi, acts in afis:
            first = r
            for no, act, lead, when, status, prog in acts:
                vals = [no, None, act, lead, when, status, prog]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(when, dt.datetime):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                r += 1
            ws.cell(row=first, column=2, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row after each priority
    for col, w in zip("ABCDEFG", [6, 40, 55, 28, 14, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("co1-shetland-cpc-children-at-risk-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 4 West Mercia Police NCPI
def west_mercia():
    r1 = ("Within six months, West Mercia Police should make sure that officers attending "
          "incidents involving children record the child's voice and behaviour in their "
          "safeguarding referrals.")
    r2 = ("Within six months, West Mercia Police should improve the timeliness of strategy "
          "discussions held with children's social care.")
    r3 = ("Within 12 months, West Mercia Police should make sure that children detained in "
          "custody overnight are transferred to local authority accommodation where this is "
          "required.")
    rows = [
        ["HMICFRS National Child Protection Inspection \u2013 West Mercia Police \u2013 Action Tracker"],
        ["Exported 14/02/2025"],
        [],
        ["Rec Ref", "Recommendation", "Action", "Action Owner", "Target Date",
         "Revised Target Date", "Status", "Update"],
        ["R1.1", r1, "Amend the Public Protection Notice (PPN) form so that 'voice of the child' "
         "is a mandatory field.", "DCI Public Protection", "31/03/2024", "", "Complete",
         "Mandatory field went live on Athena on 4 March 2024."],
        ["R1.2", r1, "Deliver voice of the child training to all response and neighbourhood "
         "officers.", "Ch Insp L. Morgan", "30/06/2024", "30/09/2024", "Complete",
         "94% of officers trained. Remaining officers are on long-term leave."],
        ["R1.3", r1, "Dip-sample 50 PPNs each quarter and feed back findings to supervisors.",
         "Public Protection Quality Assurance Team", "Quarterly", "", "Green",
         "Q3 sample: 41 of 50 PPNs recorded the child's voice."],
        ["R2.1", r2, "Agree a joint protocol with the four local authorities setting a "
         "timescale for strategy discussions.", "Supt Harris", "31/05/2024", "", "Complete",
         "Protocol signed by all four local authorities in May 2024."],
        ["R2.2", r2, "Establish a daily strategy discussion slot within the MASH.",
         "DI MASH", "31/07/2024", "31/01/2025", "Amber",
         "Daily slot running in Worcestershire and Telford. Herefordshire and Shropshire to follow."],
        ["R2.3", r2, "Report strategy discussion timeliness to the Safeguarding Partnerships' "
         "performance groups.", "Head of Performance and Analysis", "Sep-24", "", "Green",
         "Monthly data provided since September."],
        ["R3.1", r3, "Work with the local authorities to agree a PACE bed escalation process.",
         "Custody Inspector / DCI Public Protection", "31/12/2024", "", "Red",
         "Draft process not yet agreed. Escalated to the Local Criminal Justice Board."],
        ["R3.2", r3, "Record every request for PACE accommodation and its outcome on the custody "
         "system.", "Ch Insp Custody", "31/10/2024", "", "Complete",
         "Field added to custody record in October 2024."],
    ]
    with open(p("co1-west-mercia-police-ncpi-child-protection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 5 Bolton College
def bolton():
    lines = [
        "Bolton College - Post-Inspection Action Plan",
        "Ofsted further education and skills inspection: areas for improvement",
        "Last updated: 06/03/2024",
        "",
        "\t".join(["Area for improvement", "Ref", "Action", "Responsible", "By when", "RAG",
                   "Impact / progress"]),
    ]
    data = [
        ("Leaders and managers should ensure that apprentices receive timely and well-planned "
         "off-the-job training.", [
            ("1.1", "Introduce a monthly off-the-job training tracker reviewed by curriculum "
             "managers.", "Head of Apprenticeships", "Nov-23", "B",
             "Tracker in place; reviewed at monthly performance meetings."),
            ("1.2", "Hold tripartite reviews every 10 weeks with employers to plan on-the-job "
             "and off-the-job learning.", "Head of Apprenticeships / Head of Quality",
             "31/01/2024", "G", "86% of reviews held on time in January."),
            ("1.3", "Train assessors in planning sequenced off-the-job activity.",
             "Professional Development Lead", "Feb-24", "B", "Completed 21 February."),
        ]),
        ("Teachers should ensure that learners on adult learning programmes receive useful "
         "feedback that helps them improve their work.", [
            ("2.1", "Agree a feedback policy for adult learning programmes.",
             "AP Adult and Community Learning", "Dec-23", "B", "Policy agreed and launched."),
            ("2.2", "Carry out termly work scrutiny of adult learning programmes and report to "
             "the Quality Improvement Board.", "Quality Manager", "Termly", "G",
             "Spring scrutiny under way."),
        ]),
        ("Leaders should improve the attendance of 16 to 18 year-old learners on study "
         "programmes, particularly in English and mathematics.", [
            ("3.1", "Introduce first-day absence calls and weekly attendance reports to "
             "curriculum teams.", "Director of Student Services", "Oct-23", "B",
             "Calls made by the attendance team since 9 October."),
            ("3.2", "Run targeted English and maths attendance interventions for learners below "
             "85% attendance.", "Head of English and Maths", "31/05/2024", "A",
             "Attendance in maths up 4 points to 81%; English unchanged at 79%."),
            ("3.3", "Review timetables so English and maths lessons are not placed at the end "
             "of the day.", "VP Curriculum", "Jul-24", "R",
             "Timetabling review not started; awaiting new timetabling system."),
        ]),
    ]
    for afi, acts in data:
        for i, (ref, act, lead, when, rag, prog) in enumerate(acts):
            lines.append("\t".join([afi if i == 0 else "", ref, act, lead, when, rag, prog]))
        lines.append("\t" * 6)
    lines.append("Key: B = complete, G = on track, A = some risk, R = off track")
    with open(p("co1-bolton-college-ofsted-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6 Blaenau Gwent CIW
def vmerge(cells):
    a = cells[0]
    for c in cells[1:]:
        a = a.merge(c)
    return a


def blaenau():
    doc = Document()
    doc.add_heading("Blaenau Gwent County Borough Council", level=1)
    doc.add_heading("Children's Services \u2013 CIW Performance Evaluation Inspection: "
                    "Improvement Plan", level=2)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of "
        "children's services in November 2023. This plan responds to the areas for improvement "
        "in the inspection letter and is arranged under the four principles of the Social "
        "Services and Well-being (Wales) Act 2014. It is reported to the People Scrutiny "
        "Committee every six months.")
    principles = [
        ("People \u2013 voice and control", [
            ("Practitioners should consistently record the views and wishes of children and their "
             "families in assessments and plans.", [
                ("Relaunch the 'what matters' conversation guidance and practice standards for "
                 "children's services.", "Head of Children's Services", "April 2024", "Complete"),
                ("Monthly case file audits to include a check that the child's voice is recorded.",
                 "Service Manager (Safeguarding)", "Monthly", "Green"),
            ]),
        ]),
        ("Prevention", [
            ("The local authority should ensure that families are offered timely early help "
             "before needs escalate.", [
                ("Review the Information, Advice and Assistance (IAA) front door pathway with "
                 "Families First.", "Service Manager (Early Intervention and Prevention)",
                 "31/07/2024", "Complete"),
                ("Develop a joint early help performance report for the Regional Partnership "
                 "Board.", "Performance Manager", "Q2 2024/25", "Amber"),
            ]),
        ]),
        ("Well-being", [
            ("Care and support plans should be reviewed within statutory timescales.", [
                ("Introduce a weekly report of reviews falling due, shared with team managers.",
                 "Performance Manager", "30/04/2024", "Complete"),
                ("Recruit two additional independent reviewing officers.",
                 "Head of Children's Services", "31/03/2025", "Green"),
            ]),
        ]),
        ("Partnerships and integration", [
            ("Partners should be clear about thresholds for referral to children's services.", [
                ("Deliver threshold briefings to schools, health visitors and Gwent Police "
                 "with the Gwent Safeguarding Board.",
                 "Team Manager IAA / Safeguarding Board Business Manager", "Sept 2024",
                 "Complete"),
                ("Repeat the partner threshold survey and report results to the Corporate "
                 "Parenting Board.", "Service Manager (Safeguarding)", "Ongoing", "Green"),
            ]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Area for improvement identified by CIW", "Action",
                           "Responsible officer", "Timescale", "Progress RAG"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BDD7EE")
    ragfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for prin, afis in principles:
        row = t.add_row().cells
        m = vmerge(row)
        m.text = prin
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E7E6E6")
        for afi, acts in afis:
            rows = [t.add_row().cells for _ in acts]
            for cells, (act, lead, when, rag) in zip(rows, acts):
                cells[1].text = act
                cells[2].text = lead
                cells[3].text = when
                cells[4].text = rag
                shade(cells[4], ragfill[rag])
            top = rows[0][0]
            for r in rows[1:]:
                top = top.merge(r[0])
            top.text = afi
    doc.add_paragraph("")
    doc.add_paragraph("Report prepared by: Corporate Director of Social Services, September 2024.")
    doc.save(p("co1-blaenau-gwent-ciw-childrens-services-performance-evaluation-improvement-plan.docx"))


# ---------------------------------------------------------------- 7 BCHC CQC (refuse)
def bchc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("Birmingham Community Healthcare NHS Foundation Trust \u2013 CQC Inspection of "
                "Community Health Services for Children, Young People and Families")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Must do and should do action plan \u2013 position at 31 August 2024"
    hdr(ws, 4, ["Ref", "Must do / Should do", "Action", "Lead", "Due date", "Revised due date",
                "RAG", "Evidence / progress"])
    md1 = ("MD1: The trust must ensure that staff complete mandatory safeguarding children "
           "level 3 training. (Regulation 18)")
    md2 = ("MD2: The trust must ensure that records of health visiting contacts are completed "
           "contemporaneously. (Regulation 17)")
    sd1 = ("SD1: The trust should ensure that waiting times for the community paediatric "
           "service are monitored and children waiting are regularly reviewed.")
    rows = [
        ("Must do", None),
        ("1.1", md1, "Book all outstanding staff onto level 3 safeguarding training and report "
         "compliance weekly to divisional leads.", "Head of Safeguarding", D(2024, 5, 31), None,
         "Complete", "Compliance 93% at 31 May (target 90%)."),
        ("1.2", md1, "Add safeguarding training compliance to the monthly divisional "
         "performance review.", "Divisional Director of Operations", D(2024, 6, 30), None,
         "Complete", "Included from June performance review."),
        ("2.1", md2, "Issue mobile devices to all health visitors so records can be completed "
         "at the visit.", "Head of Digital Services", D(2024, 7, 31), "Septmber 2024", "Amber",
         "312 of 360 devices issued. Remaining devices delayed by supplier."),
        ("2.2", md2, "Audit record-keeping timeliness in health visiting each quarter.",
         "Clinical Lead for Health Visiting", "Quarterly", None, "Green",
         "Q1 audit: 88% of contacts recorded within 24 hours."),
        ("Should do", None),
        ("3.1", sd1, "Introduce a clinical harm review for children waiting more than 52 weeks "
         "for community paediatrics.", "Clinical Director, Community Paediatrics",
         D(2024, 9, 30), None, "Green", "Harm review process drafted; going to Quality Committee in September."),
        ("3.2", sd1, "Report community paediatric waiting times to the Quality and Safety "
         "Committee monthly.", "Associate Director of Performance", D(2024, 6, 30), None,
         "Complete", "Monthly reporting since June."),
    ]
    r = 5
    for row in rows:
        if row[1] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
        else:
            ref, finding, act, lead, due, rev, rag, prog = row
            for i, v in enumerate([ref, finding, act, lead, due, rev, rag, prog], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = {"Complete": FILL["blue"], "Green": FILL["green"],
                                             "Amber": FILL["amber"]}[rag]
        r += 1
    for col, w in zip("ABCDEFGH", [6, 45, 50, 30, 12, 14, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("co1-bchc-cqc-childrens-community-must-should-do-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    birtenshaw(); eirias(); shetland(); west_mercia(); bolton(); blaenau(); bchc()
