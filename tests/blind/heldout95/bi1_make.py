"""Generate the bi1- case documents (children's services plans) for heldout95."""
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
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, values, fmt=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if fmt and i in fmt and isinstance(v, dt.datetime):
            c.number_format = fmt[i]


# ---------------------------------------------------------------- 1 Hull College
def hull():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Hull College – Post-Inspection Action Plan (Ofsted inspection 14–17 November 2023)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 3 – updated 28 February 2024 for the Quality and Standards Committee"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Action", "Responsibility", "Target date", "Revised date",
            "Progress update", "RAG"]
    hdr(ws, 4, cols)
    rows = [
        ("AFI 1: Leaders should ensure that teachers of adult English and mathematics use the "
         "outcomes of initial assessment to plan learning that builds on what learners already know.",),
        ("1.1", "Revise the initial and diagnostic assessment process for all adult English and "
         "maths learners and train teachers in using the results to set individual starting points.",
         "Head of Adult Skills", D(2024, 1, 31), None,
         "Revised process in place for the January intake. 14 teachers trained on 9 January.",
         "Complete"),
        ("1.2", "Half-termly learning walks focused on planning from starting points, with "
         "individual feedback to teachers.", "JW / SB", D(2024, 7, 31), None,
         "Two rounds completed; 70% of sessions seen planned well from starting points.", "Green"),
        ("1.3", "Share good practice through the monthly teaching and learning bulletin and the "
         "CPD programme.", "Quality Manager (TLA)", "Ongoing", None,
         "Bulletin issued monthly since December 2023.", "Green"),
        ("AFI 2: Leaders and managers should ensure that apprentices receive timely and impartial "
         "careers advice and guidance about their next steps.",),
        ("2.1", "Appoint a dedicated careers adviser for apprenticeships.",
         "Director of Apprenticeships", D(2024, 3, 31), D(2024, 4, 30),
         "Recruitment delayed by first round. Adviser appointed and starts on 8 April.", "Amber"),
        ("2.2", "Include a careers discussion in every 12-weekly progress review and record it on "
         "the e-portfolio.", "Apprenticeship Team Leaders", D(2024, 5, 31), None,
         "Review template updated. Compliance checks will begin in May.", "Amber"),
        ("2.3", "Train all skills coaches to Level 2 in information, advice and guidance.",
         "Learning and Development Manager", D(2024, 6, 30), None,
         "18 of 26 coaches enrolled on the course.", "Green"),
        ("AFI 3: Governors should receive more detailed information on the quality of provision "
         "for learners with high needs so that they can challenge leaders effectively.",),
        ("3.1", "Add a high needs quality report to each Quality and Standards Committee agenda.",
         "Clerk to the Corporation", D(2024, 2, 29), None,
         "First report received at the committee on 20 February 2024.", "Complete"),
        ("3.2", "Appoint a link governor for SEND to carry out two learning walks a year with the "
         "Head of Foundation Learning.", "Chair of Governors", D(2024, 7, 31), None, None, None),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["band"]
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put(ws, r, row, fmt={4: "mmm-yy", 5: "mmm-yy"})
            rag = row[6]
            if rag:
                ws.cell(row=r, column=7).fill = FILL[
                    {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Complete – action completed and impact being monitored")
    ws.cell(row=r + 2, column=1, value="Green – on track to meet target date")
    ws.cell(row=r + 3, column=1, value="Amber – some slippage, mitigation in place")
    ws.cell(row=r + 4, column=1, value="Red – significant risk to delivery")
    for col, w in zip("ABCDEFG", (8, 60, 26, 12, 12, 50, 11)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bi1-hull-college-ofsted-post-inspection-action-plan.xlsx"))


# ------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------- 2 Co-op Academy Walkden
def walkden():
    doc = Document()
    landscape(doc)
    doc.add_heading("Co-op Academy Walkden – Post-Ofsted Action Plan 2023–24", level=1)
    doc.add_paragraph(
        "Following our section 5 inspection in June 2023 the academy was judged Requires "
        "Improvement. This plan sets out how we will respond to the three areas the inspectors "
        "identified under 'What does the school need to do to improve?'. It is reviewed by the "
        "senior leadership team every half term and reported to the Local Governing Body and the "
        "Co-op Academies Trust education team.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ofsted recommendation", "Actions", "Who", "When", "RAG"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9D9D9")
    recs = [
        ("Leaders should ensure that the curriculum in some foundation subjects identifies the "
         "important knowledge pupils should learn and the order in which they should learn it.", [
            ("Subject leaders for history, geography and RE to rewrite curriculum maps setting out "
             "the key knowledge for each unit and year group.", "Deputy Headteacher (Curriculum)",
             "Autumn term 2023", "00B050"),
            ("Train all foundation subject teachers in retrieval practice and checking for "
             "understanding.", "Mr T Okafor", "Spring term 2024", "FFC000"),
            ("Deep dives in each foundation subject with trust subject directors, followed by "
             "written feedback to subject leaders.", "JH, AM", "Summer term 2024", None),
        ]),
        ("Leaders should make sure that pupils with SEND receive the support they need in lessons, "
         "so that they learn the curriculum as well as their peers.", [
            ("SENCo to update the pupil passport for every pupil on the SEND register and share "
             "them with staff through the MIS.", "SENCo", "By October half term 2023", "00B050"),
            ("Half-termly SEND learning walks, with feedback to heads of department.",
             "SENCo and Assistant Head (Inclusion)", "Half-termly", "FFC000"),
        ]),
        ("Leaders should take further action to reduce the high rates of persistent absence, "
         "particularly for disadvantaged pupils.", [
            ("Appoint an attendance officer and introduce weekly attendance panels for pupils "
             "below 90% attendance.", "Mrs L Grant", "September 2023", "00B050"),
            ("Work with families through the trust attendance support team and the local "
             "authority Early Help service.", "Attendance Officer", "Ongoing", "FFC000"),
            ("Report the attendance of disadvantaged pupils to the Local Governing Body each "
             "term.", "Headteacher", "Termly", "FF0000"),
        ]),
    ]
    for rec, acts in recs:
        first = None
        for i, (a, who, when, col) in enumerate(acts):
            cells = t.add_row().cells
            if i == 0:
                cells[0].text = rec
                first = cells[0]
            cells[1].text = a
            cells[2].text = who
            cells[3].text = when
            if col:
                shade(cells[4], col)
        last = t.rows[-1].cells[0]
        if last is not first:
            first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Key:  Green – complete    Amber – in progress    Red – behind schedule")
    doc.save(os.path.join(HERE, "bi1-co-op-academy-walkden-post-ofsted-action-plan.docx"))


# ------------------------------------------------ 3 Aspris children's home (refuse)
def aspris():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ("Oakfield House (SC487213) – Action plan following Ofsted full inspection "
                "10–11 October 2023")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Provider: Aspris Children's Services Ltd     Registered Manager: Karen Whitlow"
    cols = ["No.", "Requirement / recommendation", "Regulation / Quality Standard",
            "Action to be taken", "Person responsible", "Due date", "Status"]
    hdr(ws, 4, cols)
    data = [
        ("Requirements",),
        (1, "The registered person must ensure that each child's risk assessment is reviewed "
         "after every missing-from-care episode.", "Reg 12(1)(2)(a)(i) The protection of "
         "children standard", "All risk assessments reviewed. Return home interview outcomes "
         "now added to the risk assessment template.", "Registered Manager", "30 November 2023",
         "Complete"),
        (2, "The registered person must ensure that all staff receive supervision at least once "
         "a month.", "Reg 33(4)(b)", "Supervision matrix reintroduced and checked at the monthly "
         "manager's audit.", "Deputy Manager", "31 December 2023", "Complete"),
        (3, "The registered person must notify Ofsted of serious incidents within 24 hours.",
         "Reg 40(4)", "Notification checklist added to the shift handover; staff briefed at the "
         "team meeting.", "Registered Manager", "Immediate", "Complete"),
        ("Recommendations",),
        (1, "The registered person should ensure that children are able to personalise their "
         "bedrooms.", "Guide to the Children's Homes Regulations, para 10.3",
         "Each child to choose decoration and soft furnishings with their key worker.",
         "KW / DM", "31 January 2024", "In progress"),
        (2, "The registered person should ensure that all staff complete training in "
         "trauma-informed practice.", "Guide para 19.4", "Book the two-day PACE training for "
         "all residential staff through the Aspris learning academy.", "Registered Manager",
         "Mrach 2024", "In progress"),
        (3, "The registered person should ensure that the recommendations of the independent "
         "person's Regulation 44 reports are acted upon and recorded.", "Guide para 15.8",
         "Regulation 44 action log to be reviewed at each monthly team meeting.",
         "Registered Manager", "April 2024", "Not started"),
    ]
    r = 5
    for row in data:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put(ws, r, row)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Plan to be reviewed at the monthly Regulation 45 quality of care review.")
    for col, w in zip("ABCDEFG", (6, 50, 26, 50, 20, 18, 14)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bi1-aspris-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


# ------------------------------------------------------------- 4 NFA fostering CSV
def nfa():
    cols = ["ID", "Area", "Recommendation", "Action", "Owner", "Due Date", "Revised Due Date",
            "Status", "Update"]
    r1 = ("The registered person should ensure that foster carers' safer caring plans are "
          "reviewed following any incident and at each annual review. (NMS 4.5)")
    r2 = ("The registered person should ensure that records of supervisory visits clearly show "
          "the progress made against the foster carer's development plan. (NMS 21.8)")
    r3 = ("The registered person should ensure that the monitoring of the agency under "
          "Regulation 35 includes the views of children and foster carers.")
    a1, a2, a3 = "Safeguarding", "Supervision and support of foster carers", "Leadership and management"
    rows = [
        ("R1.1", a1, r1, "Audit all safer caring plans and update any not reviewed in the last "
         "12 months.", "Patel, Anita", "30/11/2023", "", "Complete",
         "All 64 plans audited; 11 updated."),
        ("R1.2", a1, r1, "Add a prompt to the annual review template requiring the reviewing "
         "officer to confirm the safer caring plan has been reviewed.", "Fostering Reviewing Officer",
         "31/12/2023", "31/01/2024", "Complete", "Template change went live in January."),
        ("R2.1", a2, r2, "Revise the supervisory visit recording template to include a section on "
         "progress against the development plan.", "SM / JT", "31/01/2024", "", "Green",
         "Draft template tested with two teams."),
        ("R2.2", a2, r2, "Team managers to dip-sample 10% of supervision records each quarter and "
         "report findings to the management team.", "Team Managers", "Quarterly", "", "Green",
         "First dip sample completed in December; second due March."),
        ("R2.3", a2, r2, "Deliver training on recording supervisory visits to all supervising "
         "social workers.", "Learning and Development Lead", "29/02/2024", "30/04/2024", "Amber",
         "Trainer availability has moved the session to April."),
        ("R3.1", a3, r3, "Add a section on feedback from children and carers to the monthly "
         "Regulation 35 report.", "Registered Manager", "31/12/2023", "", "Complete",
         "Included from the December report onwards."),
        ("R3.2", a3, r3, "Set up a young people's participation group to meet in each school "
         "holiday.", "Participation Officer", "April 2024", "", "Not started", ""),
        ("R3.3", a3, r3, "Run an annual foster carer survey and publish a 'You said, we did' "
         "summary.", "Sarah Hughes and Mark Ellis", "June 2024", "", "On track",
         "Survey questions agreed with the carers' forum."),
    ]
    path = os.path.join(HERE, "bi1-nfa-fostering-ofsted-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["National Fostering Agency (South) – Ofsted Inspection Improvement Plan"]
                   + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(cols)
        for row in rows:
            w.writerow(row)


# ------------------------------------------------------------- 5 Hounslow YJS docx
def hounslow():
    doc = Document()
    landscape(doc)
    doc.add_heading("Hounslow Youth Justice Service – HMIP Inspection Improvement Plan", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected Hounslow Youth Justice Service in July 2024 and "
        "made four recommendations. This plan was agreed by the Youth Justice Management Board "
        "and is monitored at each Board meeting.")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("1.0", "20/09/2024", "Head of Youth Justice", "YJ Management Board"),
                             ("1.1", "05/11/2024", "Head of Youth Justice", "YJ Management Board"),
                             ("1.2", "14/01/2025", "Business Support Manager", "Chair of Board")]):
        for j, v in enumerate(row):
            dc.rows[i].cells[j].text = v
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["Ref No", "Recommendation", "Action required", "Planned completion date",
             "Lead officer / agency", "Progress against agreed action", "RAG"]
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "BFBFBF")
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    plan = [
        ("The Hounslow Youth Justice Management Board should:", [
            ("1. ensure that the partnership has a shared understanding of disproportionality and "
             "acts to address the over-representation of Black children in the youth justice "
             "system", [
                ("1a", "Commission a disproportionality needs analysis covering the child's "
                 "journey from stop and search to sentencing.", "March 2025",
                 "Head of Youth Justice / Met Police (West Area BCU)",
                 "Data sharing agreement signed. Analyst starts in January.", "Amber"),
                ("1b", "Develop and publish a partnership disproportionality action plan, "
                 "reviewed at each Board meeting.", "June 2025", "Chair of YJ Management Board",
                 "Depends on the needs analysis (1a).", "Not started"),
            ]),
            ("2. make sure that children have timely access to speech, language and communication "
             "assessment and to emotional and mental health services", [
                ("2a", "Agree a service level agreement with the NHS trust for a speech and "
                 "language therapist in the YJS two days a week.", "31/01/2025",
                 "ICB Designated Nurse", "SLA agreed in principle; funding confirmed by the ICB.",
                 "Green"),
                ("2b", "Screen every child on a statutory order for speech, language and "
                 "communication needs at the start of the intervention.", "Q4 2024/25",
                 "YJS Operational Manager", "Screening tool chosen and staff briefed.", "Green"),
            ]),
        ]),
        ("The Head of Youth Justice should:", [
            ("3. improve the quality of assessment and planning to keep children and other people "
             "safe, including the use of contingency plans", [
                ("3a", "Deliver refresher training on AssetPlus risk of serious harm and safety "
                 "and wellbeing assessment to all case managers.", "December 2024",
                 "Practice Development Manager", "All 17 case managers trained.", "Complete"),
                ("3b", "Monthly case audits by managers using the HMIP case assessment tool, with "
                 "findings reported to the Board each quarter.", "Ongoing", "RK, DS",
                 "Audits running since October; first quarterly report went to the Board in "
                 "December.", "Green"),
                ("3c", "Review the management oversight policy so that countersigning managers "
                 "record their rationale on every high-risk case.", "Feb-25",
                 "Head of Youth Justice", "Draft policy out for consultation with staff.", "Amber"),
            ]),
            ("4. ensure that the needs of victims are assessed and that victims are kept informed "
             "and offered restorative justice", [
                ("4a", "Recruit a full-time victim liaison officer.", "April 2025",
                 "Head of Youth Justice", "Post advertised twice without appointment.", "Red"),
                ("4b", "Update the victim contact procedure so that every victim is contacted "
                 "within ten working days of the outcome.", "31 March 2025",
                 "Restorative Justice Coordinator", "Procedure rewritten; awaiting sign-off.",
                 "Amber"),
            ]),
        ]),
    ]
    for band, recs in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        m.text = band
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")
        for rec, acts in recs:
            first = None
            for i, (ref, act, when, lead, prog, rag) in enumerate(acts):
                c = t.add_row().cells
                c[0].text = ref
                if i == 0:
                    c[1].text = rec
                    first = c[1]
                c[2].text = act
                c[3].text = when
                c[4].text = lead
                c[5].text = prog
                c[6].text = rag
                if rag in rag_col:
                    shade(c[6], rag_col[rag])
            last = t.rows[-1].cells[1]
            if last is not first:
                first.merge(last)
    doc.save(os.path.join(HERE, "bi1-hounslow-yjs-hmip-improvement-plan.docx"))


# -------------------------------------------------- 6 Midlothian joint inspection txt
def midlothian():
    lines = [
        "Midlothian Public Protection Committee",
        "Joint Inspection of Services for Children and Young People at Risk of Harm – Improvement Plan",
        "Progress update: January 2025",
        "",
        "\t".join(["Ref", "Improvement action", "Lead officer(s)", "Timescale",
                   "Progress update", "RAG status"]),
        "Priority 1: Improve the consistency and quality of chronologies and risk assessments",
        "\t".join(["1.1", "Implement the revised East and Midlothian chronology guidance and "
                   "deliver multi-agency briefing sessions.",
                   "Chief Social Work Officer; Lead Officer Public Protection", "December 2024",
                   "Guidance approved by the Public Protection Committee. 6 of 8 sessions delivered.",
                   "Green"]),
        "\t".join(["1.2", "Multi-agency audit of 30 child protection records to test the quality "
                   "of chronologies and risk assessments.", "Public Protection Office",
                   "March 2025", "Audit tool agreed; case sample drawn.", "Amber"]),
        "\t".join(["1.3", "Roll out National Risk Framework training to all children's services "
                   "social workers.", "Practice Learning Manager", "Sept 2024 – Jan 2025",
                   "All teams trained.", "Blue"]),
        "",
        "Priority 2: Ensure that children and young people's views are heard and influence their plans",
        "\t".join(["2.1", "Extend the Mind Of My Own app to health visiting and school nursing.",
                   "NHS Lothian Nurse Consultant Child Protection", "Jun-25",
                   "Licences purchased; pilot in two localities.", "Green"]),
        "\t".join(["2.2", "Children's Rights Officer to attend child protection planning meetings "
                   "where children ask for support.", "Children's Rights Officer", "Ongoing",
                   "Attended 12 meetings since October.", "Green"]),
        "\t".join(["2.3", "Publish an annual 'What children told us' report to the Public "
                   "Protection Committee.", "AW/CM", "31/08/2025", "", "Not started"]),
        "",
        "Priority 3: Strengthen leadership oversight of performance and quality assurance",
        "\t".join(["3.1", "Develop a children's services performance dashboard covering the "
                   "child protection quality indicators.", "Head of Children's Services",
                   "End of March 2025", "Dashboard specification agreed; data build delayed by "
                   "system upgrade.", "Amber"]),
        "\t".join(["3.2", "Chief Officers Group to receive six-monthly self-evaluation reports "
                   "against the quality indicator framework.", "Chief Executive", "6 monthly",
                   "First report received in November 2024.", "Green"]),
        "",
        "RAG key: Red – not on track; Amber – some delay; Green – on track; Blue – complete",
    ]
    with open(os.path.join(HERE, "bi1-midlothian-children-at-risk-joint-inspection-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------- 7 Ealing SEND WSOA xlsx
def ealing():
    wb = Workbook()
    ws = wb.active
    ws.title = "WSOA tracker"
    ws["A1"] = "Ealing Local Area SEND Written Statement of Action – Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Reporting period: Q2 2022/23 (July – September 2022)"
    cols = ["Area of weakness", "Ref", "Action", "Lead(s)", "Start date", "Completion date",
            "Previous RAG", "Current RAG", "Progress / impact"]
    hdr(ws, 4, cols)
    areas = [
        ("1. The timeliness and quality of education, health and care (EHC) plans", [
            ("1.1", "Recruit additional EHC coordinators to reduce caseloads to 1:150.",
             "Head of SEND", D(2022, 4, 1), D(2022, 9, 30), "A", "B",
             "Four coordinators appointed; average caseload now 148."),
            ("1.2", "Introduce a multi-agency quality assurance panel to audit 10% of new EHC "
             "plans each month.", "Head of SEND; Designated Clinical Officer", D(2022, 5, 1),
             D(2023, 3, 31), "A", "G", "Panel meeting monthly since June. 38 plans audited."),
            ("1.3", "Health and social care advice returned within 6 weeks in 95% of cases.",
             "Designated Clinical Officer", D(2022, 4, 1), D(2023, 3, 31), "R", "A",
             "Timeliness improved from 41% to 72% this quarter."),
        ]),
        ("2. Parents' and carers' awareness and use of the local offer", [
            ("2.1", "Redesign the Local Offer website with the parent carer forum.",
             "SEND Commissioning Manager and Parent Carer Forum Chair", D(2022, 6, 1),
             D(2022, 12, 31), "G", "G", "Co-design workshops held in July and September."),
            ("2.2", "Quarterly Local Offer newsletter to all families of children with EHC plans.",
             "KM", D(2022, 7, 1), "Quarterly", "G", "G", "First edition sent in August."),
        ]),
        ("3. Joint commissioning of therapies and CAMHS", [
            ("3.1", "Agree a joint commissioning strategy for speech and language and occupational "
             "therapy.", "Assistant Director SEND and Inclusion", D(2022, 9, 1), D(2023, 6, 30),
             None, "A", "Needs analysis started; strategy due to the Joint Commissioning Board "
             "in March."),
            ("3.2", "Reduce CAMHS waiting times for children with SEND to 18 weeks.",
             "Dr P Sandhu / CAMHS Service Manager", D(2022, 4, 1), D(2023, 9, 30), "R", "R",
             "Waits remain at 31 weeks; recovery plan agreed with the provider."),
        ]),
    ]
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    r = 5
    for area, acts in areas:
        top = r
        for i, a in enumerate(acts):
            put(ws, r, [area if i == 0 else None] + list(a),
                fmt={5: "dd/mm/yyyy", 6: "mmm-yy"})
            for col in (7, 8):
                v = ws.cell(row=r, column=col).value
                if v:
                    ws.cell(row=r, column=col).fill = FILL[rag_fill[v]]
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=top, column=1).font = Font(bold=True)
        r += 1  # blank row between areas
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some risk to delivery"), ("R", "Off track")], 1):
        ws.cell(row=r + i, column=1, value=k).fill = FILL[rag_fill[k]]
        ws.cell(row=r + i, column=2, value=txt)
    for col, w in zip("ABCDEFGHI", (34, 6, 55, 30, 12, 12, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "bi1-ealing-send-wsoa-progress-tracker.xlsx"))


if __name__ == "__main__":
    hull()
    walkden()
    aspris()
    nfa()
    hounslow()
    midlothian()
    ealing()
    print("done")
