"""Generator for the cg1- blind cases (children's services plans)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "92D050", "FFC000", "FF0000", "D9D9D9"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def put(ws, r, values, bold=False, bg=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if bg:
            c.fill = fill(bg)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------- 1 Together Trust (xlsx)
def together_trust():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ("Together Trust – Ofsted Inspection Action Plan: Residential Special School "
                "(inspection 5–7 March 2024)")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Director of Education & Care    Last updated: 03/05/2024"
    put(ws, 4, ["No.", "Requirement / Recommendation", "Action", "Responsible", "Timescale",
                "Progress update", "RAG"], bold=True, bg="BDD7EE")
    ws.merge_cells("A5:G5")
    ws["A5"] = "Requirements"
    ws["A5"].font = Font(bold=True, color="FFFFFF")
    ws["A5"].fill = fill("1F4E78")
    req1 = ("The registered person must ensure that all staff have the experience, qualifications "
            "and skills to meet the needs of each child, including completion of the Level 3 Diploma "
            "for Residential Childcare within the required timescale. (Regulation 32(3)(b))")
    req2 = ("The registered person must ensure that each use of a measure of control, discipline or "
            "restraint is recorded within 24 hours and that the record is reviewed by the registered "
            "manager within 48 hours. (Regulation 35(3)(a))")
    rec1 = ("The registered person should ensure that reports of monitoring visits are shared with "
            "each child's placing authority. (NMS 20.3)")
    rec2 = ("The registered person should ensure that each child's care plan and risk assessment are "
            "reviewed and updated following any significant incident. (NMS 2.3)")
    rows = [
        (6, ["1.1", req1, "Audit all residential staff against the Level 3 Diploma requirement and "
             "agree an individual completion date with each member of staff not yet enrolled.",
             "Registered Manager", D(2024, 4, 30),
             "Audit completed 22/04/2024. 4 staff identified; completion dates agreed at supervision.",
             "Complete"], BLUE),
        (7, ["1.2", None, "Enrol the four remaining staff on the Level 3 Diploma with an approved "
             "provider and track progress at monthly supervision.",
             "Registered Manager / Training Lead", D(2024, 5, 31),
             "Three staff enrolled; the fourth starts with the May cohort.", "Green"], GREEN),
        (8, ["2.1", req2, "Introduce a daily check of the incident log by the shift leader and a weekly "
             "review of all restraint records by the Registered Manager, with a sign-off sheet.",
             "Head of Care", D(2024, 4, 15),
             "Sign-off sheet in use since 8 April. No late records in April.", "Complete"], BLUE),
        (9, ["2.2", None, "Deliver refresher training on recording physical interventions to all "
             "residential staff at the April team meeting.",
             "Head of Care; PBS Lead", D(2024, 4, 26),
             "Training delivered to 31 of 34 staff; catch-up session booked.", None], GREEN),
        (11, ["3.1", rec1, "Write to each placing authority to agree how and when monitoring reports "
              "will be shared, and record the agreed arrangement on each child's file.",
              "Registered Manager", "Ongoing",
              "Letters sent to all 9 placing authorities; 6 replies received so far.", "Amber"], AMBER),
        (12, ["4.1", rec2, "Amend the post-incident debrief template to include a prompt to update "
              "the child's care plan and risk assessment within 72 hours.",
              "Deputy Manager", D(2024, 6, 28),
              "Draft template with the Head of Care for comment.", "Amber"], AMBER),
        (13, ["4.2", None, "Sample five care plans each month through the Trust's quality assurance "
              "audit to check they have been updated after incidents.",
              "Quality Assurance Manager", "Monthly",
              "April sample: 4 of 5 updated within 72 hours.", "Green"], GREEN),
    ]
    for r, vals, colour in rows:
        put(ws, r, vals)
        ws.cell(row=r, column=7).fill = fill(colour)
    ws.merge_cells("B6:B7")
    ws.merge_cells("B8:B9")
    ws.merge_cells("B12:B13")
    ws.merge_cells("A10:G10")
    ws["A10"] = "Recommendations"
    ws["A10"].font = Font(bold=True, color="FFFFFF")
    ws["A10"].fill = fill("1F4E78")
    ws["A15"] = ("RAG key: Complete = action completed and evidenced | Green = on track | "
                 "Amber = some slippage, action being taken | Red = off track")
    ws["A15"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 48, 52, 24, 13, 44, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cg1-together-trust-residential-special-school-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Lincoln College (xlsx, refuse)
def lincoln_college():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Lincoln College Group – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted inspection: 14–17 November 2023 | Update for Quality & Standards Committee, "
                "12 March 2024")
    put(ws, 4, ["Ref", "Area for improvement", "Actions", "Lead", "Target date", "Revised date",
                "Progress to date", "RAG"], bold=True, bg="D9E1F2")
    afi1 = ("Leaders and managers should ensure that apprentices receive timely and effective "
            "off-the-job training that builds on what they already know and can do.")
    afi2 = ("Leaders should ensure that learners on study programmes attend well, particularly in "
            "English and mathematics lessons.")
    afi3 = ("Governors should receive more detailed information about the quality of adult learning "
            "provision so that they can challenge leaders effectively.")
    rows = [
        (5, ["1.1", afi1, "Introduce a three-way progress review every ten weeks involving the "
             "apprentice, employer and skills coach, with targets that link on- and off-the-job learning.",
             "Head of Apprenticeships", "Jan-24", None,
             "Reviews in place for all standards; compliance 94% at February audit.", "Complete"], BLUE),
        (6, ["1.2", None, "Use initial assessment outcomes to adjust the length and content of each "
             "apprentice's programme and record prior learning on the ILP.",
             "Apprenticeship Quality Manager", "Mar-24", None,
             "New starters from January have prior learning recorded; backlog of existing ILPs being reviewed.",
             "Green"], GREEN),
        (7, ["1.3", None, "Monitor off-the-job hours monthly through the e-portfolio and intervene "
             "where apprentices fall behind.",
             "Skills Coach Team Leaders", "Dec-23", "Apr-24",
             "Monthly report built; e-portfolio data incomplete for two standards.", "Amber"], AMBER),
        (8, ["2.1", afi2, "Appoint attendance mentors for each curriculum area and hold weekly "
             "attendance meetings with curriculum managers.",
             "Deputy Principal – Curriculum", "Dec-23", None,
             "Six mentors in post since 4 December.", "Complete"], BLUE),
        (9, ["2.2", None, "Introduce same-day text and phone contact with learners who miss English "
             "and mathematics lessons.",
             "Head of English and Maths", "Febuary-24", None,
             "Texts sent from the register system; phone calls made by mentors the same afternoon.",
             "Green"], GREEN),
        (10, ["2.3", None, "Report attendance by subject to the Quality & Standards Committee each "
              "half-term.", "VP Quality", "Ongoing", None,
              "Reported in January and March.", "Green"], GREEN),
        (11, ["3.1", afi3, "Add adult learning quality indicators to the governors' quality dashboard.",
              "VP Quality", "Mar-24", None, "Indicators drafted; first report to March committee.",
              "Green"], GREEN),
        (12, ["3.2", None, "Arrange a governor link visit to the adult learning centres each term.",
              "Clerk to the Corporation", "Jul-24", None, "", "Not started"], None),
    ]
    for r, vals, colour in rows:
        put(ws, r, vals)
        if colour:
            ws.cell(row=r, column=8).fill = fill(colour)
    ws.merge_cells("B5:B7")
    ws.merge_cells("B8:B10")
    ws.merge_cells("B11:B12")
    ws["A14"] = "Key: Complete | Green – on track | Amber – at risk | Red – off track | Not started"
    ws["A14"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 44, 52, 26, 12, 12, 44, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cg1-lincoln-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Richmond SEND (xlsx)
def richmond_send():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Richmond upon Thames Local Area SEND Partnership – Priority Action Plan"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = ("Following the Ofsted and CQC area SEND inspection, the partnership agreed this plan "
                 "to address the area for priority action and the areas for improvement. It is "
                 "monitored by the SEND Partnership Board every six weeks.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    put(cov, 6, ["Version", "Date", "Author", "Comments"], bold=True, bg=GREY)
    put(cov, 7, ["0.3", D(2024, 9, 12), "SEND Strategy Manager", "Draft for partners"])
    put(cov, 8, ["1.0", D(2024, 10, 1), "SEND Strategy Manager", "Approved by SEND Partnership Board"])
    put(cov, 9, ["1.2", D(2025, 1, 31), "SEND Strategy Manager", "January progress update"])
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status at: 31 January 2025"
    put(ws, 4, ["Ref", "Action", "Lead officer", "Partners", "Start date", "End date",
                "Success measure", "Status"], bold=True, bg="BDD7EE")
    heads = {
        5: ("Area for priority action 1: Leaders across the partnership should ensure that EHC plans "
            "are issued within statutory timescales and that advice from health and social care is "
            "consistently of good quality."),
        9: ("Area for improvement 1: Leaders should improve the local offer so that parents and carers "
            "can easily find information about the support available and how to access it."),
        12: ("Area for improvement 2: Health leaders should reduce the time children and young people "
             "wait for neurodevelopmental assessment and make sure families are supported while they wait."),
    }
    for r, text in heads.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
    st_fill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
    rows = [
        (6, ["1.1", "Recruit four additional EHC coordinators and clear the backlog of assessments "
             "over 20 weeks.", "Head of SEND Statutory Service", "AfC HR", D(2024, 9, 1),
             D(2024, 12, 31), "95% of EHC plans issued within 20 weeks (excluding exceptions).",
             "Complete"]),
        (7, ["1.2", "Introduce a multi-agency quality assurance panel that reviews a monthly sample of "
             "EHC plans, including the health and social care advice.",
             "Principal Educational Psychologist / Designated Clinical Officer", "ICB, AfC social care",
             D(2024, 10, 1), D(2025, 3, 31), "80% of sampled plans rated good or better.", "On track"]),
        (8, ["1.3", "Agree a service level agreement with health providers for advice to be returned "
             "within six weeks, with escalation to the ICB where advice is late.",
             "Designated Clinical Officer", "HRCH, Kingston Hospital", D(2024, 10, 1),
             D(2025, 2, 28), "90% of health advice returned within 6 weeks.", "Amber"]),
        (10, ["2.1", "Redesign the Local Offer website with parent carers, including a clear guide to "
              "the EHC needs assessment process.", "SEND Participation Lead", "Parent carer forum",
              D(2025, 2, 1), D(2025, 4, 30), "Parent carer survey: 70% find the Local Offer easy to use.",
              "Not started"]),
        (11, ["2.2", "Publish a 'you said, we did' update on the Local Offer each term.",
              "SEND Participation Lead", "Parent carer forum", D(2024, 11, 1), "Ongoing",
              "Updates published each term.", "On track"]),
        (13, ["3.1", "Commission additional neurodevelopmental assessment capacity through an "
              "independent provider to reduce waits for autism assessments.",
              "ICB Director of Children's Commissioning", "HRCH", D(2024, 11, 1), D(2025, 3, 31),
              "No child waiting more than 52 weeks.", "Red"]),
        (14, ["3.2", "Set up a waiting well offer so that families waiting for an assessment receive "
              "support and advice.", "Head of Children's Therapies", "Parent carer forum, schools",
              D(2024, 12, 1), D(2025, 6, 30), "Waiting well offer published; family feedback positive.",
              "On track"]),
    ]
    for r, vals in rows:
        put(ws, r, vals)
        for col in (5, 6):
            if isinstance(vals[col - 1], dt.datetime):
                ws.cell(row=r, column=col).number_format = "mmm-yy"
        f = st_fill[vals[7]]
        if f:
            ws.cell(row=r, column=8).fill = fill(f)
    ws["A16"] = ("Status key: Complete (blue) | On track (green) | Amber – some slippage | "
                 "Red – off track | Not started")
    ws["A16"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 55, 30, 24, 11, 11, 38, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cg1-richmond-upon-thames-send-lai-priority-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def row_text(table, values, bold=False, bg=None):
    cells = table.add_row().cells
    for c, v in zip(cells, values):
        c.text = v or ""
        if bold:
            for p in c.paragraphs:
                for r in p.runs:
                    r.bold = True
        if bg:
            shade(c, bg)
    return cells


# ---------------------------------------------------------------- 4 Highcrest Academy (docx)
def highcrest():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Highcrest Academy – Post-Ofsted Action Plan 2024–25", 0)
    doc.add_paragraph(
        "Following the inspection on 9–10 July 2024 (overall effectiveness: requires improvement), this "
        "plan sets out how leaders will address the areas for improvement in the report. Progress is "
        "reviewed by the Local Governing Body each half-term and by the trust's regional director.")
    areas = [
        ("1. Quality of education – curriculum in key stage 3",
         "Leaders should ensure that the curriculum in key stage 3 identifies the important knowledge "
         "pupils need to learn in each subject, and in what order, so that pupils build their knowledge "
         "securely over time.",
         [("1.1", "Subject leaders to review KS3 curriculum maps in all foundation subjects, identifying "
           "the core knowledge to be taught in each unit and the order in which it is sequenced.",
           "Deputy Headteacher (Curriculum)", "Autumn term 2024",
           "Curriculum maps complete for all subjects and quality assured by SLT.", BLUE),
          ("1.2", "Deliver fortnightly subject CPD on retrieval practice and checking for understanding, "
           "with follow-up drop-ins by line managers.",
           "DHT (Curriculum) / Trust subject leads", "Spring term 2025",
           "Drop-ins show retrieval practice in at least 85% of lessons.", GREEN),
          ("1.3", "Review the KS3 assessment calendar so that end-of-unit assessments check the core "
           "knowledge identified in the curriculum maps.",
           "Assistant Headteacher (Assessment)", "Summer term 2025",
           "Assessment calendar published; outcomes analysed by subject.", AMBER)]),
        ("2. Behaviour and attitudes – attendance",
         "Leaders should continue to take effective action to improve the attendance of disadvantaged "
         "pupils and pupils with SEND, so that fewer of these pupils are persistently absent.",
         [("2.1", "Appoint a full-time attendance officer and introduce first-day calling for all "
           "absent pupils.", "Business Manager", "September 2024",
           "Attendance officer in post; first-day calls logged daily.", BLUE),
          ("2.2", "Hold attendance panel meetings with the families of persistently absent pupils, with "
           "a support plan agreed for each pupil.",
           "Assistant Headteacher (Pastoral); SENCo", "Termly",
           "Persistent absence of disadvantaged pupils below 20%.", GREEN),
          ("2.3", "Report the attendance of disadvantaged pupils and pupils with SEND to the Local "
           "Governing Body at every meeting.", "Headteacher", "Half-termly",
           "Governors' minutes record challenge on attendance.", GREEN)]),
        ("3. Leadership and management – SEND",
         "Leaders should ensure that teachers have the information and training they need to adapt "
         "their teaching for pupils with SEND.",
         [("3.1", "Rewrite pupil passports for all pupils on the SEND register, with clear strategies for "
           "classroom teachers, and share them through the MIS.", "SENCo", "31/10/2024",
           "All passports updated and visible on class registers.", BLUE),
          ("3.2", "Whole-staff training on adaptive teaching led by the trust SEND lead, followed by "
           "learning walks focused on SEND.", "SENCo and Trust SEND Lead", "Spring term 2025",
           "Learning walks show strategies from passports used in lessons.", RED)]),
    ]
    for heading, rec, actions in areas:
        doc.add_heading(heading, 1)
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            c.text = v
            c.paragraphs[0].runs[0].bold = True
            shade(c, "D9E2F3")
        for ref, act, lead, when, sc, colour in actions:
            cells = row_text(t, [ref, act, lead, when, sc, ""])
            shade(cells[5], colour)
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage; "
                      "Red – not on track.")
    doc.save(os.path.join(OUT, "cg1-highcrest-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 5 Northamptonshire Police (docx)
def northants_police():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, v in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = v
        shade(c, GREY)
    row_text(dc, ["0.1", "05/09/2024", "DCI Public Protection", "First draft"])
    row_text(dc, ["1.0", "18/10/2024", "DCI Public Protection", "Approved at Public Protection Board"])
    row_text(dc, ["1.3", "14/02/2025", "Public Protection Business Manager", "February progress update"])
    doc.add_paragraph()
    doc.add_heading("Northamptonshire Police – National Child Protection Inspection: Action Plan", 1)
    doc.add_paragraph(
        "This plan responds to the recommendations in the HMICFRS national child protection inspection "
        "report. Progress is overseen by the Public Protection Board, chaired by the ACC Local Policing, "
        "and reported to the Northamptonshire Safeguarding Children Partnership.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Completion date", "Update", "RAG"]):
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        shade(c, "1F3864")
    plan = [
        ("Recommendation 1: Within six months, Northamptonshire Police should make sure that officers "
         "attending incidents involving children record the child's voice and their observations of the "
         "child's behaviour and demeanour.",
         [("1.1", "Add a mandatory 'voice of the child' field to the domestic abuse and child concern "
           "forms on Niche, with guidance for attending officers.", "D/Supt Public Protection",
           "31/12/2024", "Field live on Niche from 2 December 2024; compliance dip sample due in January.",
           "B"),
          ("1.2", "Deliver voice of the child training to all response and neighbourhood officers "
           "through the continuous professional development days.", "Head of Learning & Development",
           "March 2025", "68% of response officers trained to date; remaining sessions booked for "
           "February and March.", "G"),
          ("1.3", "Carry out a quarterly dip sample of 50 child concern records and report the findings "
           "to the Public Protection Board.", "DCI Safeguarding Hub", "Quarterly",
           "First dip sample completed January 2025: 74% recorded the child's voice.", "A")]),
        ("Recommendation 2: Within six months, Northamptonshire Police should make sure that it attends "
         "and contributes to all strategy meetings and initial child protection conferences.",
         [("2.1", "Establish a dedicated strategy meeting desk in the MASH staffed by a DS and two DCs, "
           "Monday to Friday.", "DCI MASH", "30/11/2024", "Desk in place since 4 November 2024.", "B"),
          ("2.2", "Agree with Northamptonshire Children's Trust a process for police to receive "
           "conference invitations through a single secure mailbox.",
           "DCI MASH / Head of Safeguarding, NCT", "31/01/2025",
           "Process drafted; awaiting sign-off at the safeguarding partnership executive.", "A")]),
        ("Recommendation 3: Within 12 months, Northamptonshire Police should improve its response to "
         "children who go missing from home, including making sure that information from return home "
         "interviews is shared with the force.",
         [("3.1", "Review the missing persons policy so that every missing child is risk assessed by a "
           "supervisor within one hour of the report.", "Supt Local Policing", "June 2025",
           "Policy review under way with the Missing Persons Coordinator.", "G"),
          ("3.2", "Agree an information-sharing protocol with both local authorities for return home "
           "interview outcomes.", "Missing Persons Coordinator", "TBC",
           "Awaiting legal review by the councils' information governance teams.", "R")]),
    ]
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for rec, actions in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")
        for ref, act, owner, when, upd, rag in actions:
            cs = row_text(t, [ref, act, owner, when, upd, rag])
            shade(cs[5], colours[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG: B – complete; G – on track; A – some risk to delivery; R – off track.")
    doc.save(os.path.join(OUT, "cg1-northamptonshire-police-ncpi-child-protection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Bryn Melyn (csv)
def bryn_melyn():
    afi1 = "The provider must ensure that care staff receive formal supervision at least every three months."
    afi2 = ("The provider must ensure that a full employment history, with a written explanation of any "
            "gaps, is obtained before staff start work.")
    afi3 = ("The provider should ensure that young people's personal plans are reviewed and updated within "
            "the required timescales and show how their views have been considered.")
    rows = [
        ["Bryn Melyn Care – Improvement Plan following CIW inspection of the children's home service, June 2024",
         "", "", "", "", "", "", ""],
        ["Completed by the Registered Manager; reviewed by the Responsible Individual. Last reviewed 02/09/2024",
         "", "", "", "", "", "", ""],
        [""] * 8,
        ["No.", "Regulation", "Area for improvement", "Action taken / planned", "Responsible",
         "Target date", "Status", "Comments"],
        ["1", "Reg 36", afi1, "Create a supervision matrix for all care staff and book sessions for the "
         "year in advance.", "Registered Manager", "31/07/2024", "Complete",
         "Matrix in place and shared with the RI."],
        ["2", "", "", "RI to check supervision records at each three-monthly Regulation 73 visit.",
         "Responsible Individual", "Quarterly", "On track",
         "Checked at the August visit: all staff supervised within three months."],
        ["3", "Reg 35", afi2, "Audit all personnel files against Schedule 1 and obtain any missing "
         "information.", "RM/HR Officer", "30/08/2024", "Amber",
         "Audit complete; three files still waiting for written explanations of gaps."],
        ["4", "", "", "Update the recruitment checklist so that a start date cannot be confirmed until "
         "the RM has signed off the full employment history.", "HR Officer", "31/07/2024", "Complete",
         "New checklist in use from 15 July."],
        ["5", "Reg 21", afi3, "Introduce a personal plan review tracker held by the deputy manager.",
         "Deputy Manager", "30/09/2024", "On track", "Tracker set up in August; two reviews overdue."],
        ["6", "", "", "Key workers to complete monthly recordings with each young person showing how their "
         "views are included in the review.", "Key workers; Deputy Manager", "Monthly", "",
         "To start in September."],
        [""] * 8,
        ["Status key: Complete; On track; Amber = delayed; Red = significant concern", "", "", "", "", "",
         "", ""],
    ]
    with open(os.path.join(OUT, "cg1-bryn-melyn-care-ciw-childrens-home-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Loretto (txt, tab-separated)
def loretto():
    kq1 = "Key question 1: How well do we support children and young people's rights and wellbeing?"
    kq2 = "Key question 2: How good is our leadership?"
    afi1 = ("To support young people's wellbeing, the service should ensure that each young person's "
            "personal plan is reviewed with them at least every six months and reflects their current "
            "needs and wishes.")
    afi2 = ("The service should ensure that medication records are accurate and that staff administering "
            "medication have completed training and a competency check.")
    afi3 = ("The provider should ensure that quality assurance of the boarding houses is carried out "
            "regularly and that the findings are used to inform improvement.")
    lines = [
        ["Loretto School – Boarding (School Care Accommodation Service)"],
        ["Care Inspectorate Improvement Plan – inspection 4 to 6 March 2025"],
        ["Last updated: 20/05/2025"],
        [],
        ["Ref", "Key question", "Area for improvement", "Action", "Responsible", "Timescale", "RAG",
         "Progress"],
        ["1.1", kq1, afi1, "Introduce a termly personal plan review meeting with each boarder and their "
         "key member of staff, recorded on the boarding platform.", "Head of Boarding", "April 2025",
         "Complete", "Reviews held with all boarders; template agreed with the pupil boarding council."],
        ["1.2", "", "", "Audit a sample of personal plans each half-term to check they are up to date and "
         "record the young person's views.", "Deputy Head (Pastoral)", "Ongoing", "Green",
         "First audit in May 2025 found 18 of 20 plans fully up to date."],
        ["2.1", "", afi2, "Move all boarding house medication records onto the electronic system used by "
         "the Medical Centre.", "Senior Nurse", "30/06/2025", "Amber",
         "Four of six houses moved; the remaining two are delayed by the system licence."],
        ["2.2", "", "", "All house staff to complete medication administration training and an observed "
         "competency assessment.", "Senior Nurse / Head of Boarding", "Aug-25", "Green",
         "Training booked for the staff INSET days before the new session."],
        ["3.1", kq2, afi3, "Develop a boarding quality assurance calendar including house visits by senior "
         "leaders and termly self-evaluation against the Health and Social Care Standards.",
         "Deputy Head (Pastoral)", "31/08/2025", "Green", "Draft calendar shared with housemasters and housemistresses."],
        ["3.2", "", "", "Report boarding self-evaluation findings to the Governors' Welfare Committee each "
         "term.", "Head; Deputy Head (Pastoral)", "Termly", "Not started", ""],
        [],
        ["RAG: Complete / Green = on track / Amber = some slippage / Red = off track"],
    ]
    with open(os.path.join(OUT, "cg1-loretto-school-boarding-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    together_trust()
    lincoln_college()
    richmond_send()
    highcrest()
    northants_police()
    bryn_melyn()
    loretto()
