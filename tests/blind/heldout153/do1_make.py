"""Generator for the do1- cases of heldout153 (children's services plans).

Run with /work/main/.venv/bin/python do1_make.py ; writes the seven document files beside it.
"""
import datetime as dt
import os

from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "light": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Hartpury University and College - residential provision (SCCIF) PIAP, xlsx
# ---------------------------------------------------------------------------
def hartpury():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = {"A": 7, "B": 52, "C": 24, "D": 12, "E": 12, "F": 55, "G": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Hartpury College – Residential Provision: Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Ofsted inspection of residential provision of further education colleges (SCCIF), "
                "14–16 March 2023. Overall experiences and progress of young people: requires improvement to be good.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Plan owner: Vice Principal, Student Experience    |    Reviewed at Safeguarding Committee    |    Last updated: 12/06/2023"
    ws.merge_cells("A3:G3")
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update (June 2023)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP

    rows = [
        ("H", "1. Ensure that risk assessments for residential students who go missing are reviewed and updated "
              "after every episode and shared with all residential staff."),
        ("A", "1.1", "Revise the Missing from Residence procedure so that the student's risk assessment is reviewed "
                     "within 24 hours of their return.", "Head of Residential Life", d(2023, 4, 30), None,
         "Procedure revised and approved by Safeguarding Committee on 19/04/23. Briefed to all residential tutors.",
         "Complete", "blue"),
        ("A", "1.2", "Record return interviews and updated risk assessments on MyConcern so that they are visible "
                     "to the duty team at handover.", "DSL", d(2023, 6, 30), None,
         "MyConcern categories set up. Duty tutors now checking at the 10pm handover; spot check planned for end of June.",
         "On track", "green"),
        ("A", "1.3", "Audit every missing episode and the quality of the updated risk assessment, reporting findings "
                     "to the Safeguarding Committee.", "DSL / Head of Residential Life", "Monthly", None,
         "April and May audits completed. 9 of 11 risk assessments updated within 24 hours.",
         None, "green"),
        ("B",),
        ("H", "2. Ensure that recruitment records for residential staff include a full employment history, with any "
              "gaps explained in writing."),
        ("A", "2.1", "Audit the personnel files of all 46 residential staff against the safer recruitment "
                     "requirements and obtain explanations for any gaps.", "HR Business Partner", d(2023, 5, 31),
         d(2023, 7, 31),
         "38 of 46 files audited. 8 files awaiting written explanations or references from previous employers; "
         "revised date agreed at SLT.", "Amber", "amber"),
        ("A", "2.2", "Update the recruitment checklist so that the interview panel must record the explanation of "
                     "every gap before an offer is made.", "HR Business Partner", d(2023, 5, 31), None,
         "New checklist in use from 2 May 2023.", "Complete", "blue"),
        ("B",),
        ("H", "3. Improve individual placement plans so that they reflect the views of young people and, where "
              "appropriate, their parents or carers."),
        ("A", "3.1", "Introduce a revised placement plan template with a section completed with the young person "
                     "during their first two weeks in residence.", "Residential Manager (Under-18s)",
         d(2023, 9, 30), None, "Draft template shared with the Student Residential Council for comment.",
         "On track", "green"),
        ("A", "3.2", "Train all residential tutors in the use of the new template during August staff development week.",
         "Head of Residential Life", d(2023, 8, 31), None, "", "Not started", None),
        ("A", "3.3", "Seek parents' and carers' views on residential life through a survey each term and report "
                     "the results to the Student Experience Committee.", "Student Voice Coordinator",
         "Autumn term 2023", None, "Survey questions being drafted.", "Not started", None),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["light"]
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        elif row[0] == "A":
            _, ref, action, lead, target, revised, prog, rag, colour = row
            vals = [ref, action, lead, target, revised, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if colour:
                ws.cell(row=r, column=7).fill = FILL[colour]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "blue", "Action completed and evidence held"),
           ("On track / Green", "green", "Action on track to meet the target date"),
           ("Amber", "amber", "Some slippage; revised date agreed"),
           ("Red", "red", "Off track; escalated to SLT")]
    for label, colour, desc in key:
        r += 1
        c = ws.cell(row=r, column=1, value=label)
        c.fill = FILL[colour]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=desc)
    wb.save(os.path.join(HERE, "do1-hartpury-college-residential-sccif-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North East Lincolnshire - ILACS improvement plan, docx
# ---------------------------------------------------------------------------
def nelincs():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("North East Lincolnshire Council – Children's Services Improvement Plan 2022–2024", level=0)
    doc.add_paragraph("Our response to the Ofsted inspection of local authority children's services (ILACS), "
                      "4–15 October 2021")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        t.rows[0].cells[i].text = h
    for v in [("0.3", "17/12/2021", "Head of Improvement", "Children's Services Leadership Team"),
              ("1.0", "24/01/2022", "Head of Improvement", "Children's Services Improvement Board"),
              ("1.2", "05/07/2022", "Head of Improvement", "Children's Services Improvement Board")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted judged children's services in North East Lincolnshire to be inadequate in November 2021. This plan "
        "sets out the actions we will take against each of the areas for improvement in the inspection report. "
        "It is owned by the Children's Services Improvement Board, which receives a progress report each month, "
        "and RAG ratings are reviewed by the lead officers before each Board meeting.")

    priorities = [
        ("Priority 1: Leadership, management and oversight of practice", [
            ("Senior leaders' understanding of the quality of practice, and the effectiveness of management "
             "oversight of risk.", [
                ("1.1", "Establish a weekly Practice Oversight Group, chaired by the DCS, to review performance data "
                        "and audit findings and to agree corrective action.", "DCS", "Jan 2022",
                 "Group established 10/01/22 and meeting weekly. Terms of reference agreed by the Board.", "B"),
                ("1.2", "Refresh the quality assurance framework so that all case audits are moderated and the "
                        "learning is reported monthly to the Improvement Board.", "Head of Quality Assurance",
                 "March 2022", "Framework refreshed; moderation in place since April. First learning report to "
                               "the June Board.", "G"),
            ]),
            ("The capacity and stability of the social work workforce.", [
                ("1.3", "Recruit permanent team managers to all CASS teams and reduce agency managers to below 20%.",
                 "AD Safeguarding & Early Help", "Q2 2022/23",
                 "4 of 7 team manager posts filled permanently. Agency managers at 31%.", "A"),
                ("1.4", "Launch a recruitment and retention offer for social workers, including a market supplement "
                        "and a protected caseload for newly qualified staff.", "JW / HS", "Ongoing",
                 "Offer launched February 2022; 11 social workers appointed. Reviewed quarterly.", "G"),
            ]),
        ]),
        ("Priority 2: Help and protection", [
            ("The timeliness and quality of assessments, plans and management decision-making for children who "
             "need help and protection.", [
                ("2.1", "Introduce daily threshold meetings in the MASH so that every contact has a management "
                        "decision within 24 hours.", "Head of MASH and Front Door", "31/01/2022",
                 "Daily meetings in place; 96% of contacts decided within 24 hours in June.", "B"),
                ("2.2", "Review every child protection plan that has been open for more than 15 months, with the "
                        "Child Protection Chair and team manager.", "Service Manager (CP/CIN)", "30/06/2022",
                 "63 of 118 plans reviewed. Capacity of CP Chairs has slowed this; escalated to the Board.", "R"),
            ]),
            ("The response to children who go missing and those at risk of exploitation.", [
                ("2.3", "Ensure that return home interviews are offered within 72 hours and that what children say "
                        "is recorded on their file and informs their plan.", "Missing & Exploitation Team Manager",
                 "By end of April 2022", "Offer now made within 72 hours in 81% of episodes. Audit of recording "
                                          "due July.", "A"),
            ]),
        ]),
        ("Priority 3: Children in care and care leavers", [
            ("Permanence planning for children in care, including children placed with parents.", [
                ("3.1", "Track every child in care who has no permanence plan by their second review through the "
                        "monthly Permanence Panel.", "Head of Children in Care", "Sept 2022",
                 "Panel tracking 142 children; permanence plans in place for 97.", "G"),
            ]),
            ("The quality of pathway plans and support for care leavers to find suitable accommodation.", [
                ("3.2", "Rewrite the pathway plan template with members of the Children in Care Council so that it "
                        "is written to the young person.", "Head of Children in Care; Participation Lead",
                 "Dec-22", "", "Not started"),
            ]),
        ]),
    ]
    rag_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for prio, recs in priorities:
        doc.add_heading(prio, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Area for improvement (Ofsted)", "No.", "Action", "Lead", "Timescale",
                               "Progress", "RAG"]):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "D9E2F3")
        for rec, acts in recs:
            first = len(t.rows)
            for ref, action, lead, when, prog, rag in acts:
                cells = t.add_row().cells
                for i, x in enumerate([None, ref, action, lead, when, prog, rag]):
                    if x is not None:
                        cells[i].text = x
                if rag in rag_fill:
                    shade(cells[6], rag_fill[rag])
            last = len(t.rows) - 1
            top = t.cell(first, 0)
            if last > first:
                top = top.merge(t.cell(last, 0))
            top.text = rec
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete – action delivered and impact evidenced"),
                 ("G", "On track"), ("A", "Some slippage – within tolerance"),
                 ("R", "Off track – escalated to the Improvement Board")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], rag_fill[k])
    doc.save(os.path.join(HERE, "do1-north-east-lincolnshire-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Neath Port Talbot - CIW children's services inspection improvement plan, csv
# ---------------------------------------------------------------------------
def npt():
    import csv
    lines = [
        ["Neath Port Talbot Council - CIW Inspection of Children's Services (January 2024) - Improvement Plan", "", "", "", "", "", "", ""],
        ["Children and Young People Services. Reported to the Social Services, Housing and Community Safety Cabinet Board.", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "CIW Principle", "Area for improvement", "Action", "Responsible Officer", "Target Date",
         "Progress Update", "RAG Status"],
        ["1.1", "People - Voice and Control",
         "Children's views are not consistently recorded in assessments and care and support plans.",
         "Introduce a 'What matters to me' section in the assessment template, completed with the child in their own words.",
         "Principal Officer - Quality Assurance", "30/06/2024",
         "Template changed on WCCIS on 3 June 2024. All teams briefed at practice forum.", "Completed"],
        ["1.2", "People - Voice and Control",
         "Children's views are not consistently recorded in assessments and care and support plans.",
         "Commission an independent advocacy 'active offer' for all children subject to child protection conferences.",
         "Sian Pritchard", "Q3 2024/25",
         "Tender specification agreed with Tros Gynnal Plant. Contract award expected October.", "Green"],
        ["2.1", "Prevention",
         "The interface between early help and statutory services is not always clear to families and partners.",
         "Publish a revised continuum of need and step-up/step-down protocol with the Regional Safeguarding Board.",
         "Rhodri Hughes & Nia Lewis", "Mar-25",
         "Draft protocol out to partners for consultation until 31 January.", "Amber"],
        ["2.2", "Prevention",
         "The interface between early help and statutory services is not always clear to families and partners.",
         "Hold joint case discussions between the Single Point of Contact and Early Help hubs for all re-referrals within 12 months.",
         "Head of Early Help & Family Support", "Ongoing",
         "Weekly joint discussions in place since April 2024; re-referral rate reported quarterly.", "Green"],
        ["", "", "", "", "", "", "", ""],
        ["3.1", "Well-being",
         "Supervision is not always regular or reflective, and its recording does not show the rationale for decisions.",
         "Audit supervision records in all teams each quarter against the supervision policy standard.",
         "Principal Officer - Quality Assurance", "31/12/2024",
         "Q1 audit found 68% compliance. Q2 audit delayed by ICT migration.", "Red"],
        ["3.2", "Well-being",
         "Supervision is not always regular or reflective, and its recording does not show the rationale for decisions.",
         "Deliver reflective supervision training to all team managers and senior practitioners.",
         "Workforce Development Manager", "September 2024",
         "Two cohorts trained (24 staff). Final cohort booked for 17 September.", "Green"],
        ["4.1", "Partnerships and Integration",
         "Strategy discussions do not always include health and education partners.",
         "Agree with Swansea Bay UHB and the Police a single standard for attendance at strategy discussions, monitored through the MASH performance report.",
         "Head of Children and Young People Services", "30/09/2024",
         "Standard agreed at the MASH Operational Group on 12 September.", "Completed"],
        ["", "", "", "", "", "", "", ""],
        ["RAG Key: Completed = action complete; Green = on track; Amber = at risk of slipping; Red = off track", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "do1-neath-port-talbot-ciw-childrens-services-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(lines)


# ---------------------------------------------------------------------------
# 4. Geilsland School (residential school, Scotland) - Care Inspectorate plan, txt
# ---------------------------------------------------------------------------
GEILSLAND = """GEILSLAND SCHOOL - SERVICE IMPROVEMENT PLAN
Action for Children Scotland | Care Inspectorate inspection of the care home service for children and young people, 6-8 February 2024

Prepared by: Registered Manager          Last updated: 20 May 2024
This plan responds to the requirements and areas for improvement in the inspection report published on 27 March 2024. It is reviewed at the monthly managers' meeting and reported to the Action for Children Scotland Quality and Safeguarding Group.

==========================================================================================
Key question 7: How well do we support children and young people's rights and wellbeing?
==========================================================================================

Requirement 1
By 31 May 2024, the provider must ensure that young people are kept safe by ensuring that risk assessments and safety plans are reviewed following any significant incident and are known to all staff on shift.

Action 1a: Review the risk assessment and safety plan of every young person after any significant incident, at the next morning's handover.
Responsible: Depute Manager
Timescale: 31 May 2024
Progress: All plans reviewed after incidents since 1 April. Reviews logged in the incident tracker.
Status: Complete

Action 1b: Add a signed read-and-understood record to each safety plan, checked by the shift leader at the start of every shift.
Responsible: Shift Leaders / Depute Manager
Timescale: End of June 2024
Progress: Record introduced in two of the three houses; third house from 3 June.
Status: On track

Area for improvement 1
To support young people's wellbeing, the service should ensure that young people are involved in developing their own care plans and that their views are clearly recorded.

Action AFI1a: Hold a planning meeting with each young person before their child's plan review, using the "My Voice" form.
Responsible: Key Workers
Timescale: Ongoing - reviewed at monthly managers' meeting
Progress: My Voice forms completed for 14 of 19 young people.
Status: Green

==========================================================================================
Key question 3: How good is our staff team?
==========================================================================================

Requirement 2
By 30 June 2024, the provider must ensure that all staff complete training in trauma-informed practice and the safe use of physical intervention, and that training records are kept up to date.

Action 2a: Book all care staff on the two-day physical intervention refresher.
Responsible: Learning & Development Coordinator
Timescale: 30 June 2024
Progress: 31 of 38 staff trained. Remaining staff booked for 11 and 12 June.
Status: Amber

Action 2b: Move training records onto the organisational learning system so that expiry dates are flagged to the manager.
Responsible: Registered Manager
Timescale: August 2024
Progress: Not yet started - waiting for system access for the service.
Status: Not started

Area for improvement 2
To support consistent practice, the provider should ensure that staff receive regular supervision which is recorded and includes reflection on their practice.

Action AFI2a: Set a supervision schedule for the year and report compliance monthly.
Responsible: Depute Manager
Timescale: 30/04/2024
Progress: Schedule in place; 92% compliance in April.
Status: Complete

------------------------------------------------------------------------------------------
Status key: Complete | Green / On track | Amber - some delay | Red - not met | Not started
"""


def geilsland():
    with open(os.path.join(HERE, "do1-geilsland-school-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8") as f:
        f.write(GEILSLAND)


# ---------------------------------------------------------------------------
# 5. Gloucestershire Constabulary - HMICFRS NCPI action plan, xlsx
# ---------------------------------------------------------------------------
def glos():
    wb = Workbook()
    ws = wb.active
    ws.title = "NCPI Action Plan"
    for k, v in {"A": 6, "B": 48, "C": 8, "D": 48, "E": 22, "F": 12, "G": 12, "H": 50, "I": 10, "J": 10}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Gloucestershire Constabulary – HMICFRS National Child Protection Inspection: Force Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic lead: ACC Crime & Justice.  Governance: Vulnerability Board (monthly).  Position as at 31/10/2024"
    hdr = ["Rec", "HMICFRS recommendation", "Action No", "Action", "Action owner", "Due date",
           "Revised due date", "Update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    recs = [
        ("1", "Within three months, the force should ensure that officers in the control room assess risk to "
              "children correctly and allocate an appropriate response to calls involving children.", [
            ("1.1", "Introduce a child-focused THRIVE prompt in the command and control system for all incidents "
                    "involving a child.", "Ch Insp Contact Management", d(2024, 6, 30), None,
             "Prompt live from 24 June 2024.", "Amber", "Complete"),
            ("1.2", "Dip-sample 50 child-related incidents a month and feed back to call handlers and "
                    "supervisors.", "Ch Insp Contact Management", d(2024, 7, 31), None,
             "Dip sampling established; results reported to Vulnerability Board. 84% compliant in September.",
             "Green", "Green"),
        ]),
        ("2", "Within six months, the force should improve the quality of its child protection investigations, "
              "including supervision and the recording of the voice of the child.", [
            ("2.1", "Deliver voice of the child training to all response and neighbourhood officers.",
             "D/Supt Public Protection", d(2024, 9, 30), d(2024, 12, 31),
             "1,020 of 1,340 officers trained. Revised date agreed because of summer abstractions.",
             "Green", "Amber"),
            ("2.2", "Introduce a supervisory review template for child protection investigations at 7 and 28 days.",
             "DCI Safeguarding Investigations", d(2024, 8, 31), None,
             "Template drafted but not yet on Niche; awaiting change request approval.", "Amber", "Red"),
            ("2.3", "Quarterly audit of child protection investigations by the Public Protection Quality "
                    "Assurance team.", "PPU Quality Assurance Manager", "Quarterly", None,
             "Q2 audit complete; learning shared in the PPU bulletin.", "Green", "Green"),
        ]),
        ("3", "Within six months, the force should make sure that children detained in custody are transferred "
              "to local authority accommodation when charged and refused bail.", [
            ("3.1", "Agree an escalation protocol with Gloucestershire County Council for requests for PACE "
                    "transfer beds.", "Supt Criminal Justice & Custody", d(2024, 10, 31), None,
             "Protocol signed by both organisations on 15 October.", "Green", "Complete"),
            ("3.2", "Record every request for local authority accommodation and its outcome, and report them to the "
                    "Gloucestershire Safeguarding Children Partnership.", "Custody Inspector / Partnership Analyst",
             d(2025, 3, 31), None, "Data fields added to custody record; first report due to GSCP in the new year.",
             "", ""),
        ]),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 6
    for rec_no, rec_text, acts in recs:
        first = r
        for ref, action, owner, due, rev, upd, prev, cur in acts:
            vals = [None, None, ref, action, owner, due, rev, upd, prev, cur]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, val in ((9, prev), (10, cur)):
                if val in rag_fill:
                    ws.cell(row=r, column=col).fill = FILL[rag_fill[val]]
            r += 1
        ws.cell(row=first, column=1, value=rec_no).alignment = WRAP
        ws.cell(row=first, column=2, value=rec_text).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=4, value="Summary of current RAG").font = Font(bold=True)
    for label, n in (("Complete", 2), ("Green", 2), ("Amber", 1), ("Red", 1), ("Not rated", 1), ("Total", 7)):
        r += 1
        ws.cell(row=r, column=4, value=label)
        ws.cell(row=r, column=5, value=n)
    wb.save(os.path.join(HERE, "do1-gloucestershire-constabulary-ncpi-child-protection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Ormiston Denes Academy - post-Ofsted action plan, xlsx (contains a mistyped month)
# ---------------------------------------------------------------------------
def denes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Post Ofsted Plan"
    for k, v in {"A": 34, "B": 50, "C": 14, "D": 16, "E": 18, "F": 40, "G": 12}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Ormiston Denes Academy – Post-Ofsted Action Plan 2023-24"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Section 5 inspection 21–22 June 2023: Requires improvement. \"What does the school need to do to improve?\""
    ws.merge_cells("A2:G2")
    hdr = ["Key priority (from Ofsted report)", "Actions", "Who", "By when", "Monitored by",
           "Success criteria", "Evaluation"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
        c.alignment = WRAP
    prios = [
        ("1. Leaders should ensure that the curriculum in all subjects sets out the knowledge pupils need to "
         "learn and the order in which they should learn it.", [
            ("Subject leaders rewrite Key Stage 3 curriculum maps in humanities, design technology and "
             "computing, with trust subject network support.", "Subject leaders", d(2023, 10, 31),
             "Deputy Headteacher (Curriculum)", "All KS3 maps sequenced and published on the website.", "green"),
            ("Fortnightly curriculum line-management meetings to quality assure the maps.", "SLT line managers",
             "Sepetmber 2023", "Deputy Headteacher (Curriculum)", "Minutes show every map reviewed twice.", "green"),
            ("Trust review of curriculum implementation in the three subjects.", "OAT Regional Director",
             d(2024, 2, 29), "Principal", "Review judges curriculum well sequenced.", None),
        ]),
        ("2. Leaders should ensure that teachers check pupils' understanding systematically and address "
         "misconceptions.", [
            ("Whole-staff CPD on retrieval practice and hinge questions, followed by instructional coaching.",
             "Assistant Principal (T&L)", d(2023, 12, 31), "Principal", "Learning walks show checking for "
             "understanding in 85% of lessons.", "amber"),
        ]),
        ("3. Leaders should ensure that pupils with SEND receive the support they need to access the "
         "curriculum.", [
            ("Update pupil passports for all pupils on the SEND register and share with staff through Arbor.",
             "SENCo", d(2023, 11, 30), "Vice Principal (Inclusion)", "Every passport updated and viewed by "
             "class teachers.", "blue"),
        ]),
    ]
    r = 5
    for prio, acts in prios:
        first = r
        for action, who, when, mon, succ, colour in acts:
            for i, v in enumerate([None, action, who, when, mon, succ, None], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmmm yyyy"
            if colour:
                ws.cell(row=r, column=7).fill = FILL[colour]
            r += 1
        ws.cell(row=first, column=1, value=prio).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Evaluation key: Blue = complete; Green = on track; Amber = partly on track; "
                                   "Red = not on track")
    wb.save(os.path.join(HERE, "do1-ormiston-denes-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Zoe's Place Baby Hospice - CQC must/should do action plan, docx
# ---------------------------------------------------------------------------
def zoes():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Zoe's Place Baby Hospice, Liverpool – CQC Inspection Action Plan")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("Inspection: 9 and 10 May 2023 (focused inspection of Safe and Well-led). "
                      "Report published: 18 July 2023.\n"
                      "Action plan owner: Head of Care. Monitored by the Clinical Governance Committee; "
                      "progress reported to the Board of Trustees.")
    sections = [
        ("Section A: Actions the service MUST take to comply with its legal obligations", [
            ("The service must ensure that medicines are stored at the right temperature and that fridge "
             "temperatures are recorded every day. (Regulation 12)", [
                ("A1", "Install a continuous temperature data logger on both medicines fridges, with an alarm "
                       "to the nurse in charge.", "Head of Care", "31/08/2023",
                 "Loggers fitted 14 August 2023. Alarm tested.", "Completed"),
                ("A2", "Add the daily fridge check to the nurse in charge's shift checklist and audit it monthly.",
                 "Clinical Nurse Lead", "Sept 2023 – Dec 2023",
                 "Checklist in use. Monthly audits for September and October show full compliance.", "On track"),
            ]),
            ("The service must ensure that recruitment checks, including full employment histories, are "
             "completed before staff start work. (Regulation 19)", [
                ("A3", "Audit all staff files and volunteer files against Schedule 3.", "HR Manager",
                 "30/09/2023", "Audit of 52 files complete; 3 files with gaps are being followed up.", "Amber"),
            ]),
        ]),
        ("Section B: Actions the service SHOULD take to improve", [
            ("The service should ensure that the duty of candour is applied and recorded consistently.", [
                ("B1", "Provide duty of candour training for all registered nurses and the senior management team.",
                 "Education Lead", "Q3 2023/24", "Session booked for 7 November 2023 with the ICB patient "
                                                 "safety lead.", "On track"),
                ("B2", "Add a duty of candour field to the incident reporting form.", "Governance Lead",
                 "October 2023", "", "Not started"),
            ]),
            ("The service should review its governance processes so that trustees receive assurance on the "
             "quality and safety of care.", [
                ("B3", "Introduce a quarterly quality and safety dashboard for the Board of Trustees.",
                 "CEO / Head of Care", "December 2023", "First draft dashboard shared with the Chair.", "On track"),
            ]),
        ]),
    ]
    for title, items in sections:
        h = doc.add_paragraph()
        rr = h.add_run(title)
        rr.bold = True
        rr.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, hd in enumerate(["CQC finding", "Ref", "Action to be taken", "Responsible person",
                                "Completion date", "Evidence / progress", "Status"]):
            t.rows[0].cells[i].text = hd
            shade(t.rows[0].cells[i], "BDD7EE")
        for finding, acts in items:
            for j, (ref, act, who, when, prog, status) in enumerate(acts):
                cells = t.add_row().cells
                cells[0].text = finding if j == 0 else ""
                for i, x in enumerate([ref, act, who, when, prog, status], 1):
                    cells[i].text = x
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Head of Care        Date: 27/09/2023")
    doc.save(os.path.join(HERE, "do1-zoes-place-baby-hospice-cqc-action-plan.docx"))


if __name__ == "__main__":
    hartpury()
    nelincs()
    npt()
    geilsland()
    glos()
    denes()
    zoes()
    print("done")
