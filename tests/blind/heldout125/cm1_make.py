"""Generator for the cm1- cases of heldout125 (children's services plans)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# --------------------------------------------------------------------------------------------
# 1. Seashell Trust - residential special school post-Ofsted action plan (xlsx)
# --------------------------------------------------------------------------------------------
def seashell():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Seashell Trust – Post-Ofsted Action Plan (Residential Special School)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection of residential provision, Royal School Manchester, 23–25 January 2024. "
                "Plan owner: Head of Residential Services. Last updated: 14/06/2024")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Ofsted finding", "Action", "Lead", "Target date", "Revised date", "RAG",
           "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    rag_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill(GREY)

    def finding(r1, r2, text):
        ws.cell(row=r1, column=2, value=text).alignment = WRAP
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    def act(r, ref, action, lead, target, revised, rag, prog):
        vals = [ref, None, action, lead, target, revised, rag, prog]
        for i, v in enumerate(vals, 1):
            if i == 2:
                continue
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=2).border = BOX
        if rag in rag_fill:
            ws.cell(row=r, column=7).fill = fill(rag_fill[rag])

    section(5, "National minimum standards not met")
    finding(6, 8, "The school must ensure that all staff receive supervision that is regular, recorded "
                  "and reflective of their practice with children. (NMS 19.6)")
    act(6, "1.1", "Introduce a supervision tracker for all residential staff, reviewed monthly by the "
        "Head of Care.", "Head of Care", d(2024, 3, 31), None, "Complete",
        "Tracker in place since March. May compliance 96%.")
    act(7, "1.2", "Refresh the supervision policy and template so that each session records reflection "
        "on individual children's plans and risk assessments.", "Head of Care / HR Business Partner",
        d(2024, 4, 30), d(2024, 5, 31), "Complete",
        "Policy approved by SLT on 21 May 2024 and new template in use from 1 June.")
    act(8, "1.3", "Deliver supervision skills training to all team leaders and deputy team leaders.",
        "L&D Manager", d(2024, 6, 30), None, "On track",
        "Two of three cohorts trained; final cohort booked for 18 June.")
    finding(9, 10, "The school must ensure that children's individual risk assessments are updated "
                   "promptly after incidents, and that all staff are aware of the current strategies "
                   "to keep children safe. (NMS 12.1)")
    act(9, "2.1", "Review each child's individual risk assessment and behaviour support plan within 72 "
        "hours of any restraint or missing episode.", "Residential Team Leaders", "Ongoing", None,
        "On track", "Checked at the daily handover meeting; no overdue reviews found in May.")
    act(10, "2.2", "Monthly audit of a sample of risk assessments by the Designated Safeguarding Lead, "
        "with findings reported to the Safeguarding Committee.", "Designated Safeguarding Lead",
        "Monthly", None, "At risk",
        "April and May audits completed. June audit delayed owing to staff absence.")
    section(11, "Recommendations")
    finding(12, 13, "The school should improve the recording of children's wishes and feelings so that "
                    "their views clearly inform their care plans.")
    act(12, "3.1", "Introduce a 'My Voice' section in each child's placement plan, completed with the "
        "child using their preferred communication method.",
        "Head of Care; Speech and Language Therapy Lead", d(2024, 7, 1), None, "On track",
        "Template agreed with the therapy team; piloting in two houses.")
    ws.cell(row=12, column=5).number_format = "mmm-yy"
    act(13, "3.2", "Key workers to record monthly key work sessions on the child's electronic file, "
        "including symbols and photographs where used.", "Key workers", d(2024, 9, 30), None,
        "Not started", "To follow the 'My Voice' pilot.")
    finding(14, 14, "The school should ensure that the independent person's visit reports are reviewed "
                    "by governors and that the actions arising are followed up.")
    act(14, "4.1", "Independent person's reports to be a standing item at the Quality and Safeguarding "
        "Committee, with an action log.", "Clerk to Governors", d(2024, 5, 31), None, "Complete",
        "Standing item from the May committee; action log set up.")
    ws["A16"] = ("Key: Complete (blue)   On track (green)   At risk (amber)   Off track (red)   "
                 "Not started (no fill)")
    ws.merge_cells("A16:H16")
    ws["A17"] = "The plan is reviewed fortnightly by the Senior Leadership Team and reported to the Board each term."
    ws.merge_cells("A17:H17")
    for col, w in zip("ABCDEFGH", [7, 40, 48, 22, 12, 12, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "cm1-seashell-trust-ofsted-residential-special-school-action-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 2. Orchard Hill College - Ofsted post-inspection action plan, fill-only RAG (xlsx)
# --------------------------------------------------------------------------------------------
def orchard_hill():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "Orchard Hill College – Post-Inspection Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    dc = [("Version", "3.1"), ("Owner", "Director of Quality"), ("Last reviewed", d(2025, 1, 14)),
          ("Approved by", "Quality and Standards Committee")]
    for i, (k, v) in enumerate(dc, 3):
        a = ws.cell(row=i, column=1, value=k)
        a.font = Font(bold=True)
        a.border = BOX
        b = ws.cell(row=i, column=2, value=v)
        b.border = BOX
        if isinstance(v, dt.datetime):
            b.number_format = "dd/mm/yyyy"
    hdr = ["Ref", "Action", "Responsible", "Timescale", "Impact measure", "RAG",
           "Progress update (January 2025)", "Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP

    def area(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.cell(row=r, column=1).fill = fill("FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32

    def act(r, ref, action, resp, when, impact, colour, prog, ev, fmt="dd/mm/yy"):
        vals = [ref, action, resp, when, impact, None, prog, ev]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = fmt
        if colour:
            ws.cell(row=r, column=6).fill = fill(colour)

    area(9, "1. Leaders should ensure that learners' starting points are assessed accurately so that "
            "the targets in learners' individual learning plans are precise and challenging.")
    act(10, "1.1", "Revise the initial assessment process (RARPA baseline) so that therapy, teaching and "
        "support staff contribute to a single baseline within six weeks of the learner starting.",
        "Vice Principal – Curriculum", d(2024, 10, 31), "All new learners have a completed baseline "
        "within six weeks", BLUE, "Revised process used for all September starters; 98% completed "
        "within six weeks.", "Baseline audit Oct 24")
    act(11, "1.2", "Train all tutors in writing SMART long- and short-term targets linked to EHCP "
        "outcomes.", "JB/KT", "Autumn term 2024", "ILP audit shows 90% of targets are SMART", BLUE,
        "Training delivered at the October INSET day and in centre team meetings.", "Training register")
    act(12, "1.3", "Termly moderation of a sample of ILPs by curriculum managers.", "Curriculum Managers",
        "Termly", "Moderation reports", GREEN, "Autumn moderation completed at all centres.",
        "Moderation log")
    area(13, "2. Leaders should make sure that learners on work experience and supported internships "
             "have clear goals and that their progress towards employment is recorded.")
    act(14, "2.1", "Map each supported internship and work placement against the learner's vocational "
        "profile and agree goals with the employer.", "Employability Manager", "Sept 2024 – July 2025",
        "All placements have agreed goals", AMBER, "Goals agreed for 41 of 57 placements. Two employer "
        "partners still to meet.", "")
    act(15, "2.2", "Introduce a placement review record completed by the job coach every half term.",
        "Job Coach Team Leader", d(2025, 1, 31), "Review records on file", None,
        "Template drafted; launch planned for February half term.", "")
    area(16, "3. Governors should receive more detailed information about the quality of education "
             "across the college's centres so that they can hold leaders to account.")
    act(17, "3.1", "Redesign the quality report to governors to include centre-level data on attendance, "
        "progress against EHCP outcomes and destinations.", "Director of Quality", d(2024, 6, 30),
        "Governors' minutes show challenge on centre data", BLUE, "New report format used since the "
        "July 2024 committee.", "Committee papers")
    act(18, "3.2", "Link governors for each centre to complete a learning walk each term and report to "
        "the Quality and Standards Committee.", "Clerk to the Corporation", "Ongoing",
        "Learning walk reports", GREEN, "Five of six centres visited in the autumn term.", "")
    act(19, "3.3", "Commission an external review of governance.", "Chair of Governors", d(2025, 3, 31),
        "Review report and action plan", RED, "Procurement delayed; scope to be agreed at the March "
        "board.", "")
    ws["A21"] = "RAG key"
    ws["A21"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"),
           (RED, "Significant concern"), (None, "Not yet started")]
    for i, (c, t) in enumerate(key, 22):
        if c:
            ws.cell(row=i, column=1).fill = fill(c)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=t)
    for col, w in zip("ABCDEFGH", [8, 50, 24, 18, 30, 8, 45, 20]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cm1-orchard-hill-college-ofsted-post-inspection-action-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 3. Helen & Douglas House - CQC must/should do plan, mistyped month (xlsx, refuse)
# --------------------------------------------------------------------------------------------
def helen_douglas():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC action plan"
    ws["A1"] = "Helen & Douglas House – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 12–13 March 2024   |   Report published: 22 May 2024   |   Owner: Director of Care"
    hdr = ["No.", "Must do / Should do", "Key question", "CQC finding", "Action to be taken",
           "Action owner", "Due date", "Status", "Evidence / comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    st_fill = {"Complete": BLUE, "On track": GREEN, "In progress": AMBER, "Overdue": RED}
    rows = [
        ("1.1", "Must do", "Safe", "The provider must ensure that medicines are stored at the correct "
         "temperature and that fridge temperatures are monitored and recorded daily. (Regulation 12)",
         "Install data loggers on both clinical fridges and add the daily check to the nurse in charge "
         "checklist.", "Head of Nursing", d(2024, 6, 1), "Complete", "Loggers fitted 3 June 2024."),
        ("1.2", "Must do", "Safe", None, "Monthly medicines audit to include fridge temperature records, "
         "reported to the Clinical Governance Group.", "Pharmacy Lead", d(2024, 7, 1), "On track",
         "First audit completed June 2024."),
        ("2.1", "Must do", "Well-led", "The provider must ensure that governance systems identify and "
         "act on gaps in staff mandatory training. (Regulation 17)", "Training compliance dashboard "
         "reviewed monthly by the senior leadership team.", "Head of HR", d(2024, 7, 1), "In progress",
         "Dashboard built; data validation under way."),
        ("2.2", "Must do", "Well-led", None, "Ensure all care team staff complete safeguarding children "
         "level 3 training.", "Education Lead", "Agust-24", "In progress", "84% compliant at 30 June."),
        ("3.1", "Should do", "Effective", "The provider should ensure that young adults' care plans "
         "include their wishes for the transition to adult services.", "Add a transition section to the "
         "care plan template and review plans for all young adults aged 16+.", "Young Adult Service Lead",
         d(2024, 9, 1), "On track", ""),
        ("4.1", "Should do", "Responsive", "The provider should make information about how to complain "
         "available in accessible formats.", "Produce easy read and symbol-supported complaints leaflets "
         "with the young people's group.", "Family Support Manager", d(2024, 10, 1), "On track", ""),
        ("5.1", "Should do", "Caring", "The provider should continue to develop bereavement support for "
         "siblings.", "Launch a sibling bereavement group at Douglas House.", "Family Support Manager",
         d(2024, 11, 1), "Not started", "Funding bid submitted."),
    ]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if row[7] in st_fill:
            ws.cell(row=r, column=8).fill = fill(st_fill[row[7]])
    ws.merge_cells("D5:D6")
    ws.merge_cells("D7:D8")
    ws["A13"] = "Status: Complete / On track / In progress / Overdue / Not started"
    for col, w in zip("ABCDEFGHI", [6, 12, 12, 45, 45, 22, 10, 12, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cm1-helen-douglas-house-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# --------------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def bold_row(row, colour=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if colour:
            shade(cell, colour)


# --------------------------------------------------------------------------------------------
# 4. Ty Gobaith children's hospice - HIW improvement plan (docx)
# --------------------------------------------------------------------------------------------
def ty_gobaith():
    doc = Document()
    doc.add_heading("Tŷ Gobaith Children's Hospice – Improvement plan", level=1)
    doc.add_paragraph("Service: Tŷ Gobaith, Hope House Children's Hospices (Conwy)")
    doc.add_paragraph("Date of inspection: 7 and 8 March 2023")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection "
                      "where we require the service to complete an improvement plan telling us about the "
                      "actions they are taking to address these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Regulation / Standard", "Service action",
                                       "Responsible officer", "Timescale"]):
        c.text = h
    bold_row(t.rows[0], "D9E2F3")

    def section(text):
        r = t.add_row()
        m = r.cells[0].merge(r.cells[4])
        m.text = text
        bold_row(r, "F2F2F2")

    def rows(improvement, reg, actions):
        first = None
        for i, (act, who, when) in enumerate(actions):
            r = t.add_row()
            if i == 0:
                r.cells[0].text = improvement
                r.cells[1].text = reg
                first = r
            r.cells[2].text = act
            r.cells[3].text = who
            r.cells[4].text = when
        if len(actions) > 1:
            last = t.rows[-1]
            first.cells[0].merge(last.cells[0])
            first.cells[1].merge(last.cells[1])

    section("Quality of patient experience")
    rows("The registered person must ensure that information about how to raise a concern is available "
         "in Welsh and in an easy read format for children and young people.", "Regulation 24; Standard 18",
         [("Complaints leaflet translated into Welsh and an easy read version produced with input from "
           "the young people's forum.", "Family Support Manager", "31 May 2023")])
    rows("The registered person should ensure that the Active Offer of the Welsh language is promoted, "
         "and that staff who speak Welsh can be identified by children and families.", "Standard 18",
         [("Iaith Gwaith badges and lanyards ordered for Welsh-speaking staff and volunteers.",
           "Hospice Manager", "End of April 2023"),
          ("Welsh language awareness added to the induction programme for all new starters.",
           "Learning and Development Lead", "September 2023")])
    section("Delivery of safe and effective care")
    rows("The registered person must ensure that controlled drugs records are completed accurately and "
         "that any discrepancies are escalated in line with the hospice's policy.",
         "Regulation 15(5); Standard 15",
         [("Weekly controlled drugs audit by two registered nurses, with results reviewed at the monthly "
           "Medicines Management Group.", "Head of Care (Wales)", "Immediate and ongoing"),
          ("Controlled drugs competency reassessment for all registered nurses.",
           "Clinical Nurse Specialist / Practice Educator", "30 June 2023")])
    rows("The registered person must ensure that compliance with paediatric life support training reaches "
         "the hospice's target of 90%.", "Regulation 20(2)(a); Standard 25",
         [("Additional PILS sessions scheduled and compliance reported monthly to the Clinical Governance "
           "Committee.", "Learning and Development Lead", "By 31 July 2023")])
    section("Quality of management and leadership")
    rows("The registered person must ensure that the responsible individual's six-monthly visit reports "
         "include feedback from children, young people and their families.", "Regulation 28",
         [("Visit report template amended to include a section on feedback gathered from families during "
           "the visit.", "Director of Care", "October 2023")])
    doc.add_paragraph()
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for r, (k, v) in zip(s.rows, [("Name (print):", "A. Jones"), ("Job role:", "Head of Care (Wales)"),
                                  ("Date:", "12 May 2023")]):
        r.cells[0].text = k
        r.cells[1].text = v
    doc.save(os.path.join(OUT, "cm1-ty-gobaith-childrens-hospice-hiw-improvement-plan.docx"))


# --------------------------------------------------------------------------------------------
# 5. Starley Hall School (Fife) - Care Inspectorate improvement plan (docx)
# --------------------------------------------------------------------------------------------
def starley_hall():
    doc = Document()
    doc.add_heading("Starley Hall School – Care Inspectorate Improvement Plan", level=1)
    dc = doc.add_table(rows=2, cols=4)
    dc.style = "Table Grid"
    for c, v in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Review"]):
        c.text = v
    bold_row(dc.rows[0], "E7E6E6")
    for c, v in zip(dc.rows[1].cells, ["2", "04/09/2024", "Head of Care", "Monthly at SMT"]):
        c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Following the unannounced inspection of our care service (school care "
                      "accommodation) in May 2024, the Care Inspectorate made one requirement and three "
                      "areas for improvement. This plan sets out how we will respond. Progress is reviewed "
                      "by the Senior Management Team each month and reported to the Board of Directors.")

    def table(rows):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible", "Timescale", "Progress", "RAG"]):
            c.text = h
        bold_row(t.rows[0], "DEEAF6")
        cols = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
        for row in rows:
            r = t.add_row()
            for c, v in zip(r.cells, row):
                c.text = v
            if row[5] in cols:
                shade(r.cells[5], cols[row[5]])
        doc.add_paragraph()

    doc.add_heading("Key question 1: How well do we support children and young people's rights and "
                    "wellbeing?", level=2)
    doc.add_heading("Requirement 1", level=3)
    doc.add_paragraph("By 31 October 2024, the provider must ensure that each child's personal plan sets "
                      "out how their health, welfare and safety needs will be met, and that plans are "
                      "reviewed at least every six months.")
    table([
        ("1.1", "Audit all personal plans against the Care Inspectorate's personal planning guidance.",
         "Depute Head of Care", "September 2024", "All 22 plans audited; 9 required updating.", "Complete"),
        ("1.2", "Update the personal plans identified in the audit, with the young person and their social "
         "worker.", "Key workers", "31/10/2024", "7 of 9 updated.", "Amber"),
        ("1.3", "Set up a six-monthly review schedule for personal plans on the care recording system.",
         "Head of Care", "31/10/2024", "", "Green"),
    ])
    doc.add_heading("Area for improvement 1", level=3)
    doc.add_paragraph("To support children's wellbeing, the provider should ensure that staff are trained "
                      "in trauma-informed practice and that this is reflected in their day-to-day care.")
    table([
        ("2.1", "Roll out Level 2 trauma-informed practice training to all care staff.",
         "Training Co-ordinator", "Dec 2024", "Two sessions held; 31 of 48 staff trained.", "Green"),
        ("2.2", "Reflective practice sessions to be held fortnightly in each house.", "House Managers",
         "Ongoing", "Sessions taking place in all four houses.", "Green"),
    ])
    doc.add_heading("Key question 2: How good is our leadership?", level=2)
    doc.add_heading("Area for improvement 2", level=3)
    doc.add_paragraph("To ensure that the service continually improves, the provider should develop its "
                      "quality assurance processes so that they include the views of children, families "
                      "and placing authorities.")
    table([
        ("3.1", "Introduce a termly questionnaire for young people, parents/carers and social workers, "
         "with results reported to the Board.", "Head of Care / Headteacher", "Termly",
         "Questionnaire being designed with the pupil council.", "Not started"),
        ("3.2", "Pupil council to review the service's self-evaluation against the quality framework.",
         "Participation Worker", "March 2025", "", "Green"),
    ])
    doc.add_heading("Area for improvement 3", level=3)
    doc.add_paragraph("The provider should ensure that notifications are made to the Care Inspectorate in "
                      "line with the guidance on notification reporting.")
    table([
        ("4.1", "Re-issue the notifications guidance to all senior staff, and keep a notifications log "
         "checked weekly by the Head of Care.", "Head of Care", "August 2024",
         "Guidance re-issued 2 August; log in use.", "Complete"),
    ])
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (a, b) in zip(k.rows, [("Red", "Behind schedule"), ("Amber", "At risk of delay"),
                                  ("Green", "On track"), ("Complete", "Action completed and evidenced")]):
        r.cells[0].text = a
        r.cells[1].text = b
    doc.save(os.path.join(OUT, "cm1-starley-hall-school-care-inspectorate-improvement-plan.docx"))


# --------------------------------------------------------------------------------------------
# 6. Southampton YJS - HMIP improvement plan tracker export (csv)
# --------------------------------------------------------------------------------------------
def southampton_yjs():
    d1 = "1. Organisational delivery"
    d2 = "2. Court disposals"
    d3 = "3. Out-of-court disposals"
    r1 = ("The YJS Management Board should make sure that board members understand the needs of children "
          "known to the service, including disproportionality, and use this to direct resources.")
    r2 = ("The Head of Service should improve the quality of planning to keep other people safe, so that "
          "plans set out clear contingency arrangements.")
    r3 = ("The Head of Service should ensure that out-of-court disposal decisions are informed by a full "
          "assessment of safety and wellbeing and risk of harm.")
    rows = [
        ["Ref", "Domain", "HMIP recommendation", "Action", "Lead", "Target date", "Revised target date",
         "RAG", "Progress update"],
        ["1.1", d1, r1, "Board induction pack refreshed and a development session held on the profile of "
         "children open to the YJS.", "Chair of YJS Management Board", "30/09/2024", "", "B",
         "Development session held 12 September 2024."],
        ["1.2", d1, r1, "Quarterly disproportionality dashboard presented to the board, with actions "
         "tracked.", "YJS Performance Officer", "Quarterly", "", "G",
         "First dashboard presented in October; next due January."],
        ["1.3", d1, r1, "Each partner agency board member to attend a practice observation day.",
         "Board members", "31/03/2025", "", "A",
         "Four of nine board members have attended. Dates offered to the remaining members."],
        ["2.1", d2, r2, "Deliver risk of harm and contingency planning training to all case managers.",
         "Practice Development Lead", "31/10/2024", "31/12/2024", "G",
         "Trainer availability moved the second session to December."],
        ["2.2", d2, r2, "Monthly audit of AssetPlus plans focusing on contingency planning, reported to the "
         "Quality Assurance Group.", "Team Manager (Court)", "Monthly", "", "G", ""],
        ["2.3", d2, r2, "Risk management panel terms of reference revised to include review of contingency "
         "plans for all high and very high risk cases.", "Head of Service", "Nov-24", "", "Complete",
         "Revised terms of reference agreed at the November panel."],
        ["3.1", d3, r3, "Revise the out-of-court disposal assessment and guidance in line with the YJB "
         "Prevention and Diversion Assessment Tool.", "Team Manager (Prevention)", "Q3 2024/25", "", "A",
         "Draft guidance with the Police for comment."],
        ["3.2", d3, r3, "Joint decision-making panel to include police, health and education at every "
         "meeting.", "Team Manager (Prevention); Police Sergeant (OOCD)", "Q4 2024/25", "", "R",
         "Education representative not yet identified."],
        ["3.3", d3, r3, "Quarterly dip sample of out-of-court disposal decisions by the Quality Assurance "
         "Group.", "Quality Assurance Lead", "28/02/2025", "", "",
         "Not started - first sample due February."],
    ]
    with open(os.path.join(OUT, "cm1-southampton-yjs-hmip-improvement-plan-tracker-export.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        f.write("Southampton Youth Justice Service – HMIP Inspection Improvement Plan (as at 31/01/2025),,,,,,,,\r\n")
        f.write(",,,,,,,,\r\n")
        w = csv.writer(f)
        w.writerows(rows)


# --------------------------------------------------------------------------------------------
# 7. Harberton School (Belfast) - ETI action plan, tabbed text (txt)
# --------------------------------------------------------------------------------------------
def harberton():
    L = []
    L.append("Harberton School – Action Plan following ETI Inspection, May 2023")
    L.append("")
    L.append("This action plan addresses the areas for improvement identified in the ETI report published "
             "in September 2023. It is monitored by the Senior Leadership Team and reported to the Board "
             "of Governors each term.")
    L.append("")
    hdr = "Ref\tActions\tPerson(s) responsible\tTimescale\tSuccess criteria\tRAG"

    def area(n, text, rows):
        L.append(f"Area for improvement {n}")
        L.append(text)
        L.append(hdr)
        for r in rows:
            L.append("\t".join(r))
        L.append("")

    area(1, "To develop further the use of assessment information to plan for pupils' progression in "
            "literacy and numeracy across all key stages.", [
        ("1.1", "Review the school's assessment calendar and align baseline assessments with the Levels of "
         "Progression.", "Vice-Principal (Curriculum)", "Oct 2023", "Calendar agreed and shared with all "
         "staff", "Complete"),
        ("1.2", "Introduce pupil tracking for literacy and numeracy in SIMS Assessment Manager, updated each "
         "term.", "Data Co-ordinator / Literacy Co-ordinator", "Jan 2024 – June 2024",
         "Tracking data used in all pupil progress meetings", "Green"),
        ("1.3", "Half-termly moderation meetings for key stage teams.", "Key Stage Leaders", "Ongoing",
         "Moderation records show consistent judgements", "Green"),
    ])
    area(2, "To ensure that the school development plan is underpinned by robust self-evaluation, with "
            "clear targets that are monitored and evaluated by the governors.", [
        ("2.1", "Whole-staff self-evaluation using the ETI quality indicators for special schools.",
         "Principal", "By 31 January 2024", "Self-evaluation report completed", "Complete"),
        ("2.2", "Revise the SDP action plans so that each has measurable targets and named leads.",
         "Principal; SLT", "March 2024", "All SDP action plans have measurable targets", "Amber"),
        ("2.3", "Governors' link visits to each department, reported to the Board of Governors.",
         "Chair of Board of Governors", "Termly", "Visit notes in Board minutes", "Green"),
    ])
    area(3, "To continue to build on the work undertaken to promote pupils' independence and their "
            "preparation for life after school.", [
        ("3.1", "Extend the Life Skills programme to include travel training for all Post-16 pupils.",
         "Head of Post-16", "Sept 2024", "All Post-16 pupils have a travel training plan", "Not started"),
        ("3.2", "Hold a transition information evening for parents/carers with the Careers Service and "
         "the Health and Social Care Trust transition team.", "Transition Co-ordinator",
         "Spring Term 2024", "Evening held; parent feedback positive", "Complete"),
    ])
    L.append("RAG: Red - not on track / Amber - partially on track / Green - on track / Complete")
    with open(os.path.join(OUT, "cm1-harberton-school-eti-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    seashell()
    orchard_hill()
    helen_douglas()
    ty_gobaith()
    starley_hall()
    southampton_yjs()
    harberton()
