"""Generate bw1- blind cases (children's services plans)."""
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
    "blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000",
    "hdr": "1F3864", "sec": "D9E1F2", "grey": "E7E6E6"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, r, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(r, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def sec_row(ws, r, text, ncol):
    ws.cell(r, 1, text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(r, i).fill = FILL["sec"]
        ws.cell(r, i).border = BOX
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)


# ---------------------------------------------------------------- 1 Capstone
def capstone():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Capstone Foster Care (South West) – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of independent fostering agency: 12 to 16 February 2024. "
                "Overall experiences and progress of children and young people: requires improvement to be good.")
    ws["A2"].font = Font(italic=True)
    cols = ["No.", "Requirement / Recommendation", "Action", "Lead", "Target date",
            "Revised date", "Progress update (June 2024)", "RAG"]
    hdr_row(ws, 4, cols)
    sec_row(ws, 5, "Requirements", len(cols))
    R1 = ("The registered person must ensure that each approved foster parent's approval is reviewed "
          "at least once a year, and that the review is completed within the required timescale. (Regulation 28(2))")
    R2 = ("The registered person must ensure that the record kept for each foster parent includes an "
          "up-to-date safer caring plan for the household. (Regulation 30)")
    C1 = ("Ensure that foster carers complete their mandatory training in a timely manner, including "
          "training in trauma-informed care.")
    C2 = "Ensure that the fostering panel's minutes clearly record the reasons for its recommendations."
    C3 = "Ensure that children's views are sought and recorded as part of foster carers' annual reviews."
    rows = [
        (6, "1.1", R1, "Audit all approved households and book any overdue annual reviews with an independent reviewing officer.",
         "Registered Manager", D(2024, 4, 30), None,
         "Audit completed in March. Nine overdue reviews identified; all have now taken place.", "Complete"),
        (7, "1.2", None, "Introduce a monthly compliance report showing reviews due in the next 90 days, to be presented at the management meeting.",
         "Team Manager / Business Support Manager", D(2024, 6, 30), None,
         "Report in place since May. No reviews overdue in May or June.", "Green"),
        (8, "2.1", R2, "Supervising social workers to review and update the safer caring plan with every household at the next supervisory visit.",
         "Supervising Social Workers", D(2024, 5, 31), D(2024, 8, 31),
         "62 of 88 households updated. Remainder booked in July and August; delayed by staff vacancy.", "Amber"),
        (11, "3.1", C1, "Refresh the training matrix and send individual reminders to carers with outstanding mandatory courses.",
         "J. Okafor", D(2024, 7, 31), None,
         "Matrix refreshed. Compliance up from 71% to 86%.", "Green"),
        (12, "3.2", None, "Deliver two face-to-face trauma-informed care workshops for carers in the South West hub.",
         "J. Okafor & L. Pearce", D(2024, 6, 30), D(2024, 9, 30),
         "First workshop held 8 May (14 carers). Second moved to September because of trainer availability.", "Amber"),
        (13, "4.1", C2, "Panel adviser to introduce a revised minute template with a 'reasons for recommendation' section.",
         "Panel Adviser", D(2024, 3, 31), None, "New template used from the March panel onwards.", "Complete"),
        (14, "4.2", None, "Panel chair to quality-assure the minutes before they go to the agency decision maker.",
         "Panel Chair", "Ongoing", None, "In place for every panel since March.", "Green"),
        (15, "5.1", C3, "Develop a child-friendly consultation form (under-11 and over-11 versions) for use before each annual review.",
         "Participation Lead", D(2024, 9, 30), None, "", ""),
    ]
    for r, ref, req, act, lead, tgt, rev, prog, rag in rows:
        vals = [ref, req, act, lead, tgt, rev, prog, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        if rag:
            key = {"Complete": "blue", "Green": "green", "Amber": "amber"}[rag]
            ws.cell(r, 8).fill = FILL[key]
    ws.merge_cells("B6:B7"); ws.merge_cells("B11:B12"); ws.merge_cells("B13:B14")
    # row 9 blank, row 10 recommendations heading
    sec_row(ws, 10, "Recommendations", len(cols))
    ws["A17"] = "Key:"; ws["A17"].font = Font(bold=True)
    for r, (k, t) in enumerate([("blue", "Complete"), ("green", "On track"),
                                ("amber", "Some slippage – revised date agreed"),
                                ("red", "Off track – escalate to Responsible Individual")], 18):
        ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [6, 48, 48, 24, 12, 12, 44, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bw1-capstone-foster-care-ofsted-ifa-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Sirona (refuse)
def sirona():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Sirona care & health – Community health services for children, young people and families"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "CQC inspection action plan – Must do and Should do actions – Version 4 (updated 02/10/2023)"
    ws["A2"].font = Font(bold=True)
    cols = ["Ref", "Must / Should", "CQC finding", "Action", "Lead", "Completion date", "Evidence / progress", "RAG"]
    hdr_row(ws, 4, cols)
    data = [
        ("MD1", "Must", "The service must ensure that staff complete mandatory safeguarding children level 3 training.",
         "Book all outstanding staff onto level 3 sessions and report compliance monthly to the Safeguarding Committee.",
         "Head of Safeguarding", D(2023, 7, 31), "Compliance 94% at end of July (target 90%).", "Complete"),
        ("MD2", "Must", "The service must ensure that waiting lists for the community paediatric service are reviewed and risk assessed.",
         "Clinical validation of every child waiting more than 18 weeks, with a harm review for those over 52 weeks.",
         "Clinical Director – Children's Services", "Sept 2023", "Validation 80% complete; harm review process agreed.", "Amber"),
        ("MD3", "Must", "The service must ensure that records in the school nursing service are completed contemporaneously.",
         "Monthly record-keeping audit of 10 records per team, with findings fed back at team meetings.",
         "Locality Manager (School Nursing)", "Novmber 2023", "First two audits completed; 76% compliance.", "Amber"),
        ("SD1", "Should", "The service should ensure that translated information is available for families whose first language is not English.",
         "Review leaflets for the five most requested languages and make them available on the website.",
         "Patient Experience Lead", D(2023, 12, 31), "Leaflets sent for translation.", "Green"),
        ("SD2", "Should", "The service should ensure that staff receive regular clinical supervision.",
         "Introduce a supervision tracker for health visiting and school nursing teams.",
         "HV Lead / SN Lead", D(2023, 10, 31), "Tracker built; data being loaded.", "Green"),
        ("SD3", "Should", "The service should ensure that equipment checks in clinic rooms are recorded.",
         "Add clinic room checks to weekly checklist and spot-check quarterly.",
         "Facilities Coordinator", D(2023, 9, 30), "Checklist in use at all sites.", "Complete"),
    ]
    for r, row in enumerate(data, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber"}[row[7]]]
    ws["A12"] = "RAG key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – overdue"
    for col, w in zip("ABCDEFGH", [6, 8, 46, 46, 26, 14, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bw1-sirona-care-health-cqc-childrens-community-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Clare Lodge
def clare_lodge():
    wb = Workbook(); ws = wb.active; ws.title = "Ofsted Action Plan"
    ws["A1"] = "Clare Lodge Secure Children's Home"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action plan following Ofsted full inspection, 5 to 7 March 2024"
    ws["A2"].font = Font(bold=True)
    cols = ["Ref", "Recommendation", "Actions", "Responsible", "Timescale", "Update", "Status"]
    hdr_row(ws, 4, cols)
    T1 = "Overall experiences and progress of children"
    T2 = "How well children are helped and protected"
    T3 = "The effectiveness of leaders and managers"
    REC1 = "The registered person should ensure that children's education plans include clear targets that are reviewed with the child each half term."
    REC2 = "The registered person should ensure that records of the use of single separation clearly show the reason it ended."
    REC3 = "The registered person should ensure that all staff receive supervision at the frequency set out in the home's policy."
    REC4 = "The registered person should ensure that the independent person's monthly reports are reviewed and actions followed up."
    sec_row(ws, 5, T1, 7)
    rows = {
        6: ("1", REC1, "Head of Education to revise the individual learning plan template to include half-termly targets.", "HoE", D(2024, 4, 30), "New template in use from the summer term.", "green"),
        7: ("2", None, "Key teachers to review targets with each child at the end of every half term and record the child's views.", "HoE / KT", D(2024, 7, 19), "May reviews completed for all children.", "amber"),
        9: ("3", REC2, "Update the single separation recording form to include a mandatory 'reason for ending' field.", "DRM", D(2024, 3, 28), "Form amended and live on the records system.", "green"),
        10: ("4", None, "Monthly audit of single separation records by the Registered Manager, with findings shared at team meetings.", "RM", "Monthly", "April and May audits completed; two records returned for correction.", "amber"),
        12: ("5", REC3, "Produce a supervision schedule for all residential staff and track completion on the staffing dashboard.", "RM, DRM", D(2024, 5, 31), "Schedule produced; completion at 78% for May.", "amber"),
        13: ("6", REC4, "Register monthly Regulation 44 reports and their actions on the home's development plan and review at the management meeting.", "RM", D(2024, 6, 30), "", None),
    }
    sec_row(ws, 8, T2, 7)
    sec_row(ws, 11, T3, 7)
    for r, row in rows.items():
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        st = ws.cell(r, 7); st.border = BOX
        if row[6]:
            st.fill = FILL[row[6]]
    ws.merge_cells("B6:B7"); ws.merge_cells("B9:B10")
    ws["A15"] = "Status key"; ws["A15"].font = Font(bold=True)
    ws["A16"].fill = FILL["green"]; ws["B16"] = "Completed"
    ws["A17"].fill = FILL["amber"]; ws["B17"] = "In progress"
    ws["A18"].fill = FILL["red"]; ws["B18"] = "Overdue"
    ws["A19"] = "RM – Registered Manager; DRM – Deputy Registered Manager; HoE – Head of Education; KT – Key Teachers"
    for col, w in zip("ABCDEFG", [6, 44, 50, 14, 13, 40, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bw1-clare-lodge-sch-ofsted-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


# ---------------------------------------------------------------- 4 Ochil Tower
def ochil():
    doc = Document()
    doc.add_heading("Ochil Tower School – Care Inspectorate Improvement Plan 2024", level=1)
    doc.add_paragraph(
        "This plan sets out how the school will respond to the requirements and areas for improvement made by the "
        "Care Inspectorate following the unannounced inspection of the residential service in January 2024. "
        "Progress is reviewed monthly by the senior leadership team and reported to the Board of Trustees each term.")
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "17 June 2024"),
                                ("Owner", "Head of Care"), ("Approved by", "Board of Trustees")]):
        bold_cell(dc.cell(i, 0), a); dc.cell(i, 1).text = b
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Requirement / area for improvement", "Action", "Person responsible", "Timescale", "Progress / RAG"]):
        bold_cell(t.rows[0].cells[i], h); shade(t.rows[0].cells[i], "BDD7EE")

    def section(text):
        r = t.add_row(); m = r.cells[0].merge(r.cells[4]); bold_cell(m, text); shade(m, "F2F2F2")

    def group(req, acts):
        first = None
        for a in acts:
            r = t.add_row()
            if first is None:
                first = r.cells[0]; first.text = req
            r.cells[1].text = a[0]; r.cells[2].text = a[1]; r.cells[3].text = a[2]; r.cells[4].text = a[3]
            cells_for_merge.append(r.cells[0])
        # vertical merge of requirement column
        top = cells_for_merge[0]
        for c in cells_for_merge[1:]:
            top = top.merge(c)
        top.text = req
        cells_for_merge.clear()

    global cells_for_merge
    cells_for_merge = []
    section("Requirements")
    group("1. By 31 May 2024, the provider must ensure that young people's personal plans are reviewed at least every six months and reflect their current needs and risks.",
          [("Review all personal plans using the revised template, with the young person and their key worker.", "Head of Care", "End of May 2024", "All 14 plans reviewed. Complete"),
           ("Introduce a six-monthly review calendar held by the depute, with reminders to house co-ordinators.", "Depute Head of Care", "June 2024", "Calendar in place. G")])
    group("2. By 30 June 2024, the provider must ensure that all staff are registered with the SSSC within the required timescale.",
          [("Audit SSSC registration for all care staff and support any outstanding applications.", "HR Manager", "30/04/2024", "Audit done; 3 applications outstanding. A")])
    section("Areas for improvement")
    group("1. The service should ensure that young people are supported to take part in planning meals and menus.",
          [("Set up a monthly menu group in each house, led by young people.", "House Co-ordinators", "By end of August 2024", "Two houses started; third to follow. G"),
           ("Catering staff to attend house meetings once a term to hear young people's views.", "Catering Manager", "Ongoing", "G")])
    group("2. The service should ensure that the outcomes of complaints are recorded and shared with the person who complained.",
          [("Update the complaints log so that the outcome and the date it was shared are recorded for each complaint.", "Business Manager", "April 2024", "Complete")])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: G – on track; A – some delay; R – not on track. Completed actions are marked 'Complete'.")
    doc.save(os.path.join(OUT, "bw1-ochil-tower-school-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Gwent CPR
def gwent():
    doc = Document()
    doc.add_heading("Gwent Safeguarding Board – Child Practice Review GwSB 2/2022 (Concise): Multi-agency Action Plan", level=1)
    doc.add_paragraph("Progress as at 30 April 2024. To be reported to the Child Practice Review Sub-Group.")
    key = doc.add_table(rows=1, cols=4); key.style = "Table Grid"
    for i, (t, c) in enumerate([("Complete", "5B9BD5"), ("Green – on track", "92D050"),
                                ("Amber – some risk to delivery", "FFC000"), ("Red – not on track", "FF0000")]):
        key.rows[0].cells[i].text = t; shade(key.rows[0].cells[i], c)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"]):
        bold_cell(t.rows[0].cells[i], h); shade(t.rows[0].cells[i], "D9D9D9")

    def rec(text):
        r = t.add_row(); m = r.cells[0].merge(r.cells[5]); bold_cell(m, text); shade(m, "DEEAF6")

    def act(no, a, lead, tgt, prog, rag, col):
        r = t.add_row().cells
        r[0].text = no; r[1].text = a; r[2].text = lead; r[3].text = tgt; r[4].text = prog; r[5].text = rag
        shade(r[5], col)
    rec("Recommendation 1: Gwent Safeguarding Board to seek assurance that practitioners understand and use the "
        "escalation (professional disagreement) protocol when they are concerned about decisions made by another agency.")
    act("1.1", "Relaunch the regional escalation protocol with a 7-minute briefing and circulate to all partner agencies.",
        "GSB Business Unit", "Sept 2023", "Briefing published October 2023 and shared through all partner bulletins.", "Complete", "5B9BD5")
    act("1.2", "Each agency to audit a sample of cases where concerns were escalated and report findings to the Quality Assurance Sub-Group.",
        "Chair of QA Sub-Group", "Q4 2023/24", "Four of six agencies have returned audits; health and police returns due in May.", "Amber", "FFC000")
    rec("Recommendation 2: Partner agencies to ensure that the voice and lived experience of the child are recorded "
        "in assessments and plans, including for children who are not yet verbal.")
    act("2.1", "Deliver 'Seeing the child' multi-agency training sessions for practitioners across the five local authority areas.",
        "Regional Safeguarding Training Coordinator", "Sept 2023 – March 2024", "Six sessions delivered to 212 practitioners.", "Complete", "5B9BD5")
    act("2.2", "Health visiting to add a prompt on the child's presentation and daily life to the universal contact templates.",
        "Named Nurse Safeguarding Children, ABUHB", "31/07/2024", "Template change agreed; awaiting system update.", "Green", "92D050")
    rec("Recommendation 3: Gwent Safeguarding Board to seek assurance that information about fathers and other "
        "significant males is gathered and shared when assessing risk to children.")
    act("3.1", "Include 'invisible men' as a theme in the next multi-agency case file audit.",
        "Head of Children's Services (Newport) and Detective Inspector, Gwent Police PPU", "October 2024", "Audit scheduled for the autumn programme.", "Green", "92D050")
    act("3.2", "Review the multi-agency referral form so that it asks for details of all adults in the household.",
        "MASH Manager", "TBC", "Not yet started – depends on regional form review.", "Red", "FF0000")
    doc.save(os.path.join(OUT, "bw1-gwent-safeguarding-board-cpr-action-plan.docx"))


# ---------------------------------------------------------------- 6 Cygnet csv
def cygnet():
    hdr = ["ID", "Domain", "Must/Should", "Finding", "Action", "Action Owner", "Due Date",
           "Revised Due Date", "Status", "Update"]
    rows = [
        ["MD01", "Safe", "Must", "The provider must ensure that ligature risk assessments on Sherwood Ward are up to date and that staff know the mitigations.",
         "Complete a full ligature audit of Sherwood Ward and brief all staff on the mitigations at handover.",
         "Ward Manager", "31/01/2024", "", "Complete", "Audit completed 12/01/2024; briefing signed by 46 staff."],
        ["MD02", "Safe", "Must", "The provider must ensure that enough suitably qualified staff are deployed on each shift.",
         "Recruit to registered nurse vacancies and use regular agency staff to cover gaps.",
         "Hospital Director", "31/03/2024", "30/06/2024", "Amber", "Four of seven RN posts filled; remaining interviews in June."],
        ["MD03", "Effective", "Must", "The provider must ensure that young people's care plans are personalised and include their views.",
         "Introduce 'My Care Plan' co-produced with young people and review at weekly MDT.",
         "Dr A. Raza; Lead Nurse", "30/04/2024", "", "On track", "Template co-produced with the youth forum; in use on both wards."],
        ["", "", "", "", "", "", "", "", "", ""],
        ["SD01", "Caring", "Should", "The provider should ensure that young people can take part in community meetings on each ward.",
         "Hold a weekly community meeting on each ward, chaired by a young person where they wish.",
         "Occupational Therapy Lead", "29/02/2024", "", "Complete", "Meetings running weekly since February."],
        ["SD02", "Responsive", "Should", "The provider should ensure that families receive information about how to raise a concern.",
         "Update the family information pack and send it to all families at admission.",
         "Social Work Lead", "Q1 2024/25", "", "Not started", ""],
        ["SD03", "Well-led", "Should", "The provider should ensure that learning from incidents is shared with staff.",
         "Monthly 'learning lessons' bulletin and a standing item at team meetings.",
         "Quality Assurance Lead", "Monthly", "", "On track", "Bulletins issued February to May."],
    ]
    with open(os.path.join(OUT, "bw1-cygnet-hospital-sheffield-cqc-camhs-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 EA NI youth txt
def ea_ni():
    L = []
    L.append("Education Authority Youth Service (South Region) – Action Plan in response to the ETI Inspection of Youth Provision")
    L.append("ETI report published November 2023")
    L.append("")
    L.append("This action plan addresses the areas for improvement identified by the Education and Training Inspectorate.")
    L.append("It will be monitored by the Regional Youth Development Manager and reviewed at the Youth Service Senior Management Team every quarter.")
    L.append("")
    hdr = "Ref\tAction\tLead\tTimescale\tProgress update\tRAG"

    def table(rows):
        L.append(hdr)
        for r in rows:
            L.append("\t".join(r))
        L.append("")
    L.append("Area for improvement 1: To improve the consistency of planning and evaluation of the youth work curriculum across centres.")
    table([
        ("1.1", "Introduce a common programme planning template linked to the curriculum outcomes.", "Area Youth Officer", "January 2024", "Template issued to all centres in January.", "Complete"),
        ("1.2", "Deliver training for part-time youth workers on setting and evaluating outcomes.", "Training and Development Officer", "Spring term 2024", "Three sessions delivered; 58 workers attended.", "Complete"),
        ("1.3", "Quarterly quality assurance visits by senior youth workers to sample programme plans and evaluations.", "Senior Youth Workers", "Quarterly", "First round of visits completed in March.", "Green"),
    ])
    L.append("Area for improvement 2: To increase the participation of young people in decision-making at centre and area level.")
    table([
        ("2.1", "Establish a youth council in each of the four areas, with two young people from each centre.", "M. Quinn / S. Doherty", "June 2024", "Two area youth councils formed; two to be set up in May.", "Amber"),
        ("2.2", "Young people to take part in the annual review of the area youth development plan.", "Area Youth Officer", "By 31 August 2024", "Dates agreed for August.", "Green"),
    ])
    L.append("Area for improvement 3: To ensure that safeguarding records for outreach and detached work are completed consistently.")
    table([
        ("3.1", "Revise the detached work recording sheet to include safeguarding concerns and the action taken.", "Designated Safeguarding Officer", "31/03/2024", "Revised sheet in use from April.", "Complete"),
        ("3.2", "Audit a sample of detached and outreach records each term and report to the Safeguarding Panel.", "Designated Safeguarding Officer", "Termly", "First audit due June 2024.", "Not started"),
    ])
    L.append("RAG key: Complete – action completed; Green – on track; Amber – some slippage; Red – not on track")
    with open(os.path.join(OUT, "bw1-education-authority-ni-youth-service-eti-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    capstone(); sirona(); clare_lodge(); ochil(); gwent(); cygnet(); ea_ni()
    print("done")
