"""Generator for the y1- cases of heldout34 (blind corpus).

Makes seven plan documents in this folder. The readings (lead lists, end months, statuses) were
decided action by action and written into the .expected.yaml files before this script was run;
this script only writes the cells and paragraphs a council would have written.
Run with /work/main/.venv/bin/python y1_make.py
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "navy": "1F3864",
    "teal": "1F6F78",
    "grey": "D9D9D9",
    "pale": "DDEBF7",
    "palegreen": "E2EFDA",
}


def fill(name):
    return PatternFill("solid", fgColor=HEX[name])


def set_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def header_row(ws, row, names, colour="navy"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def box_row(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


# ---------------------------------------------------------------------------------------------
# 1. Sefton Council - ILACS improvement plan (xlsx). RAG by fill only.
# ---------------------------------------------------------------------------------------------
def sefton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    set_widths(ws, [7, 38, 50, 24, 12, 8, 48])
    ws["A1"] = "Sefton Council – Children's Social Care Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Response to the Ofsted Inspection of Local Authority Children's Services (ILACS), "
                "February–March 2022")
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Version 4.2  |  Plan owner: Director of Children's Services  |  Reported to: "
                "Children's Services Improvement Board  |  Progress as at 31 January 2023")
    ws["A3"].font = Font(size=9)
    ws.merge_cells("A3:G3")
    header_row(ws, 5, ["Ref", "Ofsted recommendation", "Action", "Lead", "Timescale", "RAG",
                       "Progress update (January 2023)"])

    rec11 = ("Leaders should strengthen their oversight of the quality and impact of social work "
             "practice, including through performance information and quality assurance.")
    rec13 = "The effectiveness of corporate parenting arrangements."
    rec21 = ("The timeliness and quality of the response to children when concerns are first "
             "identified, including strategy discussions.")
    rec23 = "The response to 16- and 17-year-olds who are homeless."
    rec31 = ("Permanence planning for children in care, including the timeliness of matching and "
             "early permanence.")
    rec33 = ("The quality of pathway plans and the availability of suitable accommodation for care "
             "leavers.")

    # (kind, ...) rows; action rows: ref, rec, action, lead, timescale (value, number_format), rag, update
    rows = [
        ("theme", "Priority 1: Leadership, management oversight and governance"),
        ("act", "1.1", rec11,
         "Introduce a monthly Practice Performance Board chaired by the DCS, using a single "
         "performance scorecard for all teams.", "DCS", (D(2022, 7, 31), "mmm-yy"), "blue",
         "Board has met monthly since July 2022; scorecard in place and reviewed at each "
         "Improvement Board."),
        ("act", "1.2", rec11,
         "Revise the Quality Assurance Framework so that practice audits are moderated and "
         "learning is tracked to completion.", "Head of Quality Assurance & Safeguarding",
         (D(2022, 10, 31), "mmm-yy"), "amber",
         "Revised framework launched in November. Moderation is not yet in place for all audits "
         "(62% in December)."),
        ("act", "1.3", rec13,
         "Refresh the Corporate Parenting Board's terms of reference and forward plan, with "
         "care-experienced young people as co-chairs.",
         "Cabinet Member Children's Social Care / DCS", ("Q3 2022/23", None), "blue",
         "New terms of reference agreed at Cabinet in October; first co-chaired Board held "
         "December 2022."),
        ("theme", "Priority 2: Help and protection"),
        ("act", "2.1", rec21,
         "Establish a dedicated strategy discussion team within the MASH, with police and health "
         "attendance at every discussion.", "Service Manager – MASH",
         (D(2022, 9, 30), "mmm-yy"), "green",
         "Team in place since October. Police attendance 98% and health attendance 85% in "
         "December."),
        ("act", "2.2", rec21,
         "Audit the timeliness of initial child protection conferences each month and report "
         "exceptions to the Practice Performance Board.", "JM", ("Monthly", None), "green",
         "ICPCs within 15 working days rose from 61% (June) to 83% (December)."),
        ("act", "2.3", rec23,
         "Agree a joint protocol with Housing for 16- and 17-year-olds presenting as homeless, "
         "including a joint assessment.",
         "Head of Service, Children in Need / Housing Options Manager",
         (D(2022, 12, 31), "mmm-yy"), "red",
         "Protocol drafted but not yet signed off by Housing; escalated to the Improvement Board "
         "in January."),
        ("theme", "Priority 3: Children in care and care leavers"),
        ("act", "3.1", rec31,
         "Introduce a permanence tracking meeting for every child in care at their four-month "
         "review.", "Head of Service, Children in Care", (D(2022, 11, 30), "mmm-yy"), "green",
         "Tracking meeting running fortnightly; 74 children considered so far."),
        ("act", "3.2", rec31,
         "Develop an early permanence (Fostering for Adoption) offer with Adoption in Merseyside.",
         "Fostering & Adoption Service Manager", (D(2023, 3, 31), "d mmm yyyy"), "amber",
         "Two early permanence carers approved; training for social workers delayed to February."),
        ("act", "3.3", rec33,
         "Review all pathway plans for care leavers aged 18-21 so that each is up to date and "
         "written with the young person.", "Leaving Care Team Manager", ("Ongoing", None),
         "amber",
         "71% of pathway plans reviewed in the last six months; capacity in the team remains "
         "a pressure."),
        ("act", "3.4", rec33,
         "Commission additional supported accommodation for care leavers, including a Staying "
         "Close offer.", "Head of Commissioning (Children's)", (D(2023, 6, 30), "mmm-yy"), None,
         "Commissioning plan to be taken to Cabinet in March 2023."),
    ]
    r = 6
    rec_start = None
    prev_rec = None

    def close_rec(end_row):
        if rec_start is not None and end_row > rec_start:
            ws.merge_cells(start_row=rec_start, start_column=2, end_row=end_row, end_column=2)

    for row in rows:
        if row[0] == "theme":
            close_rec(r - 1)
            rec_start, prev_rec = None, None
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("teal")
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        _, ref, rec, action, lead, (tval, tfmt), rag, update = row
        ws.cell(row=r, column=1, value=ref)
        if rec != prev_rec:
            close_rec(r - 1)
            ws.cell(row=r, column=2, value=rec)
            rec_start, prev_rec = r, rec
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        tc = ws.cell(row=r, column=5, value=tval)
        if tfmt:
            tc.number_format = tfmt
        if rag:
            ws.cell(row=r, column=6).fill = fill(rag)
        ws.cell(row=r, column=7, value=update)
        box_row(ws, r, 7)
        r += 1
    close_rec(r - 1)

    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, text in [("blue", "Complete"),
                         ("green", "On track to meet timescale"),
                         ("amber", "At risk – some slippage, mitigation in place"),
                         ("red", "Off track – timescale missed or will be missed")]:
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.cell(row=r, column=1)
    ws.cell(row=r, column=2, value="No colour – not yet started")
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "y1-sefton-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def set_cell(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------------------------
# 2. Central Bedfordshire - SEND Accelerated Progress Plan (docx)
# ---------------------------------------------------------------------------------------------
def central_beds():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Central Bedfordshire Local Area SEND Accelerated Progress Plan", level=0)
    doc.add_paragraph("Progress update – June 2023")
    doc.add_paragraph(
        "Ofsted and the Care Quality Commission revisited the local area in July 2022 to assess "
        "progress against the six areas of weakness identified at the joint SEND inspection in "
        "November 2019. Sufficient progress was found in three areas. This Accelerated Progress "
        "Plan (APP), approved by the Department for Education on 31 January 2023, sets out the "
        "actions the Council, Bedfordshire, Luton and Milton Keynes Integrated Care Board (BLMK "
        "ICB) and SNAP Parent Carer Forum will take over 12 months on the remaining three areas. "
        "Progress is reported to the SEND Partnership Board and to DfE and NHS England at each "
        "review meeting.")

    doc.add_heading("Document control", level=2)
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(vc.rows[0].cells[i], h, bold=True)
    for v in [("1.0", "31/01/2023", "SEND Improvement Lead", "Approved by DfE"),
              ("1.1", "14/04/2023", "SEND Improvement Lead", "Progress update for review meeting 1"),
              ("1.2", "23/06/2023", "SEND Improvement Lead", "Progress update for review meeting 2")]:
        cells = vc.add_row().cells
        for i, t in enumerate(v):
            set_cell(cells[i], t)

    rag_hex = {"B": HEX["blue"], "G": HEX["green"], "A": HEX["amber"], "R": HEX["red"]}
    areas = [
        ("Area of Weakness 1: Existing EHC plans are not of sufficient quality to ensure that the "
         "needs of children and young people are identified and met",
         "Intended outcome: children and young people have EHC plans that describe their needs "
         "accurately, with outcomes and provision that are specific and up to date.",
         [("1.1", "Review and re-write the EHC plans of all children moving between key phases "
                  "(Year 6 and Year 11) at their annual review, using the revised EHC plan template.",
           "Head of SEND Statutory Service", "31 March 2023", "B",
           "All 312 phase transfer plans reviewed; 94% of re-written plans graded good or better "
           "at audit."),
          ("1.2", "Deliver EHC plan writing training to all SEND caseworkers and to health and "
                  "social care advisers, with termly refreshers.",
           "SEND Quality Assurance Lead / Designated Clinical Officer (DCO)", "Termly", "G",
           "Core training delivered to 46 staff; summer refresher booked for 4 July."),
          ("1.3", "Ensure health advice for EHC needs assessments is returned within 6 weeks and "
                  "describes the child's outcomes, not only the diagnosis.",
           "BLMK ICB Designated Clinical Officer", "September 2023", "A",
           "Timeliness of health advice 78% in May (target 90%); community paediatrics backlog "
           "remains the main cause.")]),
        ("Area of Weakness 2: Leaders do not have sufficient oversight of the quality of new EHC "
         "plans",
         "Intended outcome: leaders across education, health and care know the quality of new "
         "plans and act on what audits tell them.",
         [("2.1", "Carry out a multi-agency quality assurance audit of 10% of new EHC plans each "
                  "month and report the findings to the SEND Partnership Board.",
           "Assistant Director, Education & SEND", "Monthly", "G",
           "Audits completed each month since February; themes reported to the Board in April "
           "and June."),
          ("2.2", "Publish a quarterly quality dashboard combining audit grades, timeliness and "
                  "parent feedback.",
           "Head of Performance & Insight", "Q1 2023/24", "A",
           "Dashboard built; parent feedback survey data not yet linked."),
          ("2.3", "Co-produce a 'good EHC plan' standard with SNAP Parent Carer Forum and share it "
                  "with schools and settings.",
           "SNAP PCF / SEND Quality Assurance Lead", "Summer term 2023", "B",
           "Standard launched at the SENCO conference on 8 June.")]),
        ("Area of Weakness 3: Area leaders in education, health and care do not have a shared "
         "understanding of the outcomes they want for children and young people with SEND",
         "Intended outcome: partners agree and report on a shared set of outcomes for children "
         "and young people with SEND.",
         [("3.1", "Agree a SEND outcomes framework with partners, with six shared measures "
                  "reported to the Health and Wellbeing Board.",
           "Director of Children's Services; ICB Director of Nursing", "By 31 May 2023", "G",
           "Framework agreed by the SEND Partnership Board; first report to Health and Wellbeing "
           "Board in July."),
          ("3.2", "Hold joint education, health and care outcomes workshops with SENCOs and "
                  "therapists in each locality.",
           "Head of Inclusion", "Autumn term 2023", "",
           "Planned for October and November 2023."),
          ("3.3", "Include preparing-for-adulthood outcomes in every Year 9 annual review and "
                  "audit a sample each term.",
           "Preparing for Adulthood Lead", "July 2023", "R",
           "Audit shows PfA outcomes in 41% of Year 9 reviews; additional training for SENCOs "
           "scheduled.")]),
    ]
    for heading, outcome, acts in areas:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(outcome)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "RAG", "Progress"]):
            set_cell(t.rows[0].cells[i], h, bold=True, white=True)
            shade(t.rows[0].cells[i], HEX["navy"])
        for ref, action, lead, when, rag, progress in acts:
            cells = t.add_row().cells
            for i, txt in enumerate([ref, action, lead, when, rag, progress]):
                set_cell(cells[i], txt)
            if rag:
                shade(cells[4], rag_hex[rag])
        col_widths(t, [1.2, 8.5, 4.5, 2.8, 1.3, 7.5])
        doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: B = complete; G = on track; A = some slippage, mitigation in place; "
        "R = off track; blank = not yet started.")
    doc.save(os.path.join(HERE, "y1-central-bedfordshire-send-accelerated-progress-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 3. Wrexham - Estyn Post Inspection Action Plan, saved from Word as plain text (tab-separated rows)
# ---------------------------------------------------------------------------------------------
def wrexham():
    lines = [
        "Wrexham County Borough Council – Post Inspection Action Plan (PIAP)",
        "Estyn inspection of local government education services, July 2019 (report published October 2019)",
        "Progress update for Lifelong Learning Scrutiny Committee – September 2020",
        "",
        "Introduction",
        "This Post Inspection Action Plan shows how the local authority will meet the four "
        "recommendations made by Estyn. There is a table for each recommendation (R). The "
        "reference number contains the recommendation number and a letter for each action. "
        "Progress is rated: Complete – action completed; Green – on track; Amber – some slippage; "
        "Red – significant concern. Target dates have been reviewed in light of school closures "
        "from March 2020.",
        "",
    ]
    head = "Reference\tAction\tLead officer\tMonitored by\tTarget date\tProgress to date\tRAG"
    recs = [
        ("Recommendation 1: Urgently improve outcomes for learners, particularly at key stage 4", [
            ("R1a", "Agree a secondary school improvement strategy with GwE and secondary "
                    "headteachers, with half-termly challenge and support meetings for schools "
                    "causing concern.",
             "Chief Officer Education and Early Intervention", "Education Improvement Board",
             "March 2020", "Strategy agreed with headteachers in February 2020; meetings held "
                           "remotely since April.", "Complete"),
            ("R1b", "Target GwE-supported self-evaluation visits at schools in Estyn follow-up or "
                    "categorised amber or red.",
             "Senior Manager School Improvement / GwE Senior Challenge Adviser",
             "Education Improvement Board", "Autumn term 2020",
             "Visits scheduled for all six schools from October 2020.", "Green"),
            ("R1c", "Track the progress of Year 11 learners each term, including vulnerable learners "
                    "and those eligible for free school meals.",
             "Senior Manager School Improvement", "Education Improvement Board", "Termly",
             "Summer 2020 tracking affected by school closures; centre-assessed grades used as a "
             "baseline.", "Amber"),
        ]),
        ("Recommendation 2: Improve attendance, well-being and behaviour of secondary school pupils", [
            ("R2a", "Introduce a revised attendance protocol with schools, including earlier referral "
                    "to the Education Welfare Service when attendance falls below 90%.",
             "Inclusion Service Manager", "Education Improvement Board", "31/07/2020",
             "Protocol issued to all schools in July 2020.", "Complete"),
            ("R2b", "Reduce fixed-term exclusions in secondary schools through a managed moves "
                    "protocol and a secondary inclusion panel.",
             "Inclusion Service Manager", "Education Improvement Board", "July 2021",
             "Panel established; managed moves protocol out for consultation with headteachers.",
             "Amber"),
            ("R2c", "Extend the Inspire and school counselling offer to reduce waiting times for "
                    "secondary pupils.",
             "Head of Prevention and Support; Head of Children's Social Care",
             "Well-being Strategic Group", "December 2020",
             "Waiting times for Inspire remain above 12 weeks; additional funding bid submitted to "
             "Welsh Government.", "Red"),
        ]),
        ("Recommendation 3: Strengthen joint working across service areas relating to all aspects of well-being", [
            ("R3a", "Establish a Well-being Strategic Group across education, social care, health "
                    "and youth services.",
             "Chief Officer Education and Early Intervention", "Executive Board", "January 2020",
             "Group established January 2020 and meets monthly.", "Complete"),
            ("R3b", "Agree a single referral pathway with CAMHS (Betsi Cadwaladr UHB) for learners "
                    "with emotional health needs.",
             "Head of Prevention and Support", "Well-being Strategic Group",
             "Sept 2020 – March 2021", "Draft pathway agreed in principle with BCUHB.", "Green"),
        ]),
        ("Recommendation 4: Improve the quality of self-evaluation and improvement planning across all education services", [
            ("R4a", "Develop a self-evaluation framework for all education services, with service "
                    "plans linked to the Council Plan priorities.",
             "Business Manager, Education", "Education Improvement Board", "April 2020",
             "Framework in draft; service plans for 2020/21 completed for five of seven teams.",
             "Green"),
            ("R4b", "Provide training for elected members on the scrutiny of education performance "
                    "data.",
             "Democratic Services Manager / Chief Officer Education and Early Intervention",
             "Executive Board", "October 2020", "Two sessions booked for October 2020.", "Green"),
            ("R4c", "Report progress against the PIAP to the Education Improvement Board each half "
                    "term and to Scrutiny Committee each term.",
             "Chief Officer Education and Early Intervention", "Executive Board", "Ongoing",
             "Reports made as planned, including a remote Board in May 2020.", "Green"),
        ]),
    ]
    for rec, acts in recs:
        lines.append(rec)
        lines.append(head)
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Approved by the Executive Board; next update to Scrutiny Committee in January 2021.")
    with open(os.path.join(HERE, "y1-wrexham-estyn-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# 4. Dundee Partnership - children at risk of harm joint inspection improvement plan (docx)
# ---------------------------------------------------------------------------------------------
def dundee():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Dundee Partnership – Joint Inspection of Services for Children and Young "
                    "People at Risk of Harm: Improvement Plan 2022–2023", level=0)
    doc.add_paragraph(
        "The joint inspection of services for children and young people at risk of harm in the "
        "Dundee City community planning partnership area took place between 12 July and 15 "
        "November 2021, and the report was published by the Care Inspectorate on 11 January 2022. "
        "Inspectors found important strengths, and agreed with partners the priority areas for "
        "improvement set out below. This plan is owned by the Dundee Chief Officers Group "
        "(Public Protection) and progress is monitored by the Dundee Child Protection Committee "
        "(CPC) at each meeting.")
    doc.add_heading("Version control", level=2)
    vc = doc.add_table(rows=1, cols=3)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Comment"]):
        set_cell(vc.rows[0].cells[i], h, bold=True)
    for v in [("1.0", "March 2022", "Approved by Chief Officers Group"),
              ("1.2", "August 2022", "Progress update to CPC"),
              ("1.3", "November 2022", "Progress update to CPC and COG")]:
        cells = vc.add_row().cells
        for i, t in enumerate(v):
            set_cell(cells[i], t)
    doc.add_paragraph()

    cols = ["No.", "Improvement action", "Lead(s)", "Timescale", "Measure of success",
            "Progress update (November 2022)", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True, white=True)
        shade(t.rows[0].cells[i], HEX["navy"])
    rag_hex = {"Complete": HEX["blue"], "Green": HEX["green"], "Amber": HEX["amber"],
               "Red": HEX["red"]}
    plan = [
        ("1. Strengthen the recognition of, and response to, risk of harm for young people aged 16 "
         "and 17, including young people at risk of exploitation", [
            ("1.1", "Extend the Vulnerable Young People protocol to all 16 and 17 year olds referred "
                    "under child protection procedures, with an inter-agency referral discussion "
                    "(IRD) held for every referral.",
             "Lead Officer, Protecting People", "June 2022",
             "100% of child protection referrals for 16/17 year olds progress to IRD",
             "Revised protocol in use since May 2022.", "Complete"),
            ("1.2", "Deliver multi-agency training on child criminal and sexual exploitation to "
                    "frontline staff in social work, education, health and police.",
             "Learning and Organisational Development Officer; DCI Public Protection, Police "
             "Scotland", "December 2022", "400 staff trained; staff survey confidence measure",
             "Six sessions delivered to 240 staff; further dates set for November and December.",
             "Green"),
            ("1.3", "Establish a multi-agency contextual safeguarding meeting for young people at "
                    "risk of harm outside the home.",
             "Service Manager, Children and Families", "March 2023",
             "Meeting established; young people's plans include risks outside the home",
             "Terms of reference drafted; police and education representation still to be agreed.",
             "Amber"),
        ]),
        ("2. Ensure that chronologies and assessments consistently identify cumulative harm, "
         "including the impact of parental substance use", [
            ("2.1", "Implement the revised multi-agency chronology guidance and template across all "
                    "partners.",
             "Lead Officer, Protecting People", "August 2022",
             "Guidance and template in use by all partners",
             "Guidance launched August 2022 with briefing sessions for staff.", "Complete"),
            ("2.2", "Carry out a multi-agency case file audit of 40 children's records to test the "
                    "quality of chronologies and risk assessments.",
             "Chair, CPC Quality Assurance Sub-Group", "Nov 2022 – Feb 2023",
             "Audit report to CPC with improvement actions",
             "Audit tool agreed; file reading starts 21 November.", "Green"),
            ("2.3", "Embed the Safe and Together model in work with families affected by domestic "
                    "abuse and substance use.",
             "Head of Service, Children and Community Justice", "March 2024",
             "Model used in all relevant child protection plans",
             "First cohort of practitioners trained; second cohort delayed by trainer availability.",
             "Amber"),
        ]),
        ("3. Improve the consistency of recovery support for children and young people who have "
         "experienced trauma", [
            ("3.1", "Develop a trauma-informed recovery pathway for children following an IRD and "
                    "child protection medical, in line with the Bairns' Hoose approach.",
             "Nurse Consultant Child Protection, NHS Tayside", "Ongoing",
             "Pathway agreed; children offered recovery support within 4 weeks",
             "Pathway mapped with partners; Bairns' Hoose pathfinder bid submitted.", "Green"),
            ("3.2", "Map therapeutic support services for children and young people and publish a "
                    "directory for staff.",
             "Children and Families Planning Officer", "September 2022",
             "Directory published on the Protecting People website",
             "Mapping delayed by a staff vacancy; now expected January 2023.", "Red"),
        ]),
        ("4. Develop the use of data and self-evaluation to evidence the impact of services on "
         "outcomes for children", [
            ("4.1", "Develop a CPC performance framework with a quarterly multi-agency dataset that "
                    "includes the views of children and families.",
             "Chair, CPC Quality Assurance Sub-Group", "December 2022",
             "Quarterly dataset reported to CPC",
             "Dataset agreed; first quarterly report to CPC in December.", "Green"),
            ("4.2", "Undertake a joint self-evaluation of services for children at risk of harm "
                    "using the Care Inspectorate quality improvement framework, and report the "
                    "findings to the Chief Officers Group.",
             "Chief Social Work Officer", "May 2023",
             "Self-evaluation report and improvement actions agreed by COG",
             "Not yet started – scheduled for April–May 2023.", ""),
        ]),
    ]
    for area, acts in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        set_cell(merged, area, bold=True)
        shade(merged, HEX["pale"])
        for a in acts:
            cells = t.add_row().cells
            for i, txt in enumerate(a):
                set_cell(cells[i], txt)
            if a[6]:
                shade(cells[6], rag_hex[a[6]])
    col_widths(t, [1.1, 6.5, 4.0, 2.4, 4.3, 5.6, 1.8])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action completed; Green – on track; Amber – some delay, "
                      "expected to recover; Red – significant delay or risk to delivery.")
    doc.save(os.path.join(HERE, "y1-dundee-children-at-risk-of-harm-improvement-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 5. Herefordshire - internal audit recommendations tracker (csv saved from Excel)
# ---------------------------------------------------------------------------------------------
def herefordshire():
    import csv
    header = ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed action",
              "Responsible officer", "Target date", "Revised target date", "Status",
              "Latest update"]
    n = len(header)
    rows = [
        ["Herefordshire Council – Tracking of internal audit recommendations: position at 31 "
         "October 2019"] + [""] * (n - 1),
        ["Audit and Governance Committee – 19 November 2019"] + [""] * (n - 1),
        [""] * n,
        header,
        ["AP19/1", "Accounts Payable 2018/19", "Reasonable", "Medium",
         "Purchase orders should be raised before goods or services are ordered, and retrospective "
         "orders reported to budget holders.",
         "A monthly report of retrospective purchase orders will be issued to directorate "
         "management teams, with repeat cases followed up by the Head of Corporate Finance.",
         "Head of Corporate Finance", "30-Sep-19", "", "Implemented",
         "Monthly reporting in place since August 2019."],
        ["AP19/2", "Accounts Payable 2018/19", "Reasonable", "Low",
         "The supplier master file should be reviewed regularly and dormant suppliers removed.",
         "Suppliers with no transactions in the last 18 months will be made inactive following an "
         "annual review of the master file.",
         "Exchequer Services Manager", "31-Dec-19", "", "Green",
         "First review run in October; 1,240 dormant suppliers identified for deactivation."],
        ["S106/1", "Section 106 Agreements", "Limited", "High",
         "A complete register of section 106 obligations should be maintained and reconciled to "
         "the finance system.",
         "Implement the S106 module of the planning system and reconcile all agreements signed "
         "since 2010 to the ledger.",
         "Planning Obligations Manager", "31-Mar-19", "31-Mar-20", "Amber",
         "Module live; reconciliation of 2010-2015 agreements still under way."],
        ["S106/2", "Section 106 Agreements", "Limited", "Medium",
         "Spending of section 106 contributions should be monitored against the deadlines in each "
         "agreement.",
         "A quarterly report of contributions due to expire within 24 months will be taken to the "
         "Capital Programme Board.",
         "Planning Obligations Manager / Capital Programme Manager", "31-Dec-19", "", "Green",
         "First report prepared for the December Board."],
        ["FLT/1", "Fleet Management", "Limited", "High",
         "Driving licence checks are not carried out for all staff who drive council vehicles.",
         "Introduce annual DVLA licence checks for all drivers of council vehicles, recorded on the "
         "fleet management system.",
         "Fleet Manager", "31-Jul-19", "30-Nov-19", "Red",
         "Checks completed for 70% of drivers; remaining checks delayed by access to the DVLA "
         "portal."],
        ["DOLS/1", "Deprivation of Liberty Safeguards", "Reasonable", "Medium",
         "Applications awaiting assessment should be prioritised using a recognised screening tool.",
         "All outstanding DoLS applications to be screened and prioritised using the ADASS tool, "
         "with high-priority cases allocated within 28 days.",
         "DoLS Service Manager", "31-Oct-19", "", "Implemented",
         "All applications screened; evidence provided to Internal Audit."],
        ["SFVS/1", "Schools Financial Value Standard 2018/19", "Substantial", "Low",
         "Late SFVS returns should be followed up and escalated.",
         "Schools Finance to write to the governors of schools that miss the deadline and report "
         "non-returns to Schools Forum.",
         "Schools Finance Manager", "31-Mar-20", "", "Green", "Not yet due."],
        ["CYB/1", "Cyber Security", "Limited", "High",
         "Unsupported operating systems remain on a number of council devices.",
         "Replace or isolate all devices still running Windows 7 before the end of Microsoft "
         "extended support.",
         "Head of ICT", "14-Jan-20", "", "Amber",
         "312 devices remain; replacement programme prioritised to finish in December."],
        [""] * n,
        ["Status key: Implemented = action complete; Green = on track to meet target date; "
         "Amber = at risk of missing target date; Red = target date passed (overdue)"]
        + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "y1-herefordshire-audit-recommendations-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------
# 6. Slough - Improvement and Recovery Programme highlight report (xlsx)
# ---------------------------------------------------------------------------------------------
def slough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    set_widths(ws, [8, 30, 48, 30, 12, 12, 12, 48])
    ws["A1"] = "Slough Borough Council – Improvement and Recovery Programme: Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reporting period:"
    ws["B2"] = "September 2023"
    ws["D2"] = "Report date:"
    ws["E2"] = D(2023, 10, 5)
    ws["E2"].number_format = "dd/mm/yyyy"
    ws["A3"] = "Programme SRO:"
    ws["B3"] = "Executive Director, Strategy & Improvement"
    ws["D3"] = "Overall programme RAG:"
    ws["E3"] = "Amber"
    ws["E3"].fill = fill("amber")
    for c in ("A2", "A3", "D2", "D3"):
        ws[c].font = Font(bold=True)

    ws["A5"] = "Key achievements this period"
    ws["A5"].font = Font(bold=True, color="FFFFFF")
    for col in range(1, 9):
        ws.cell(row=5, column=col).fill = fill("navy")
    ws.merge_cells("A5:H5")
    for i, txt in enumerate([
            "• Commissioners' third report and the Ministerial response published on 14 September 2023.",
            "• Member development programme completed, with 38 of 42 members attending the mandatory sessions.",
            "• Draft Medium Term Financial Strategy considered by Corporate Leadership Team."], start=6):
        ws.cell(row=i, column=1, value=txt)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)

    ws["A10"] = "Milestone tracker"
    ws["A10"].font = Font(bold=True, color="FFFFFF")
    for col in range(1, 9):
        ws.cell(row=10, column=col).fill = fill("navy")
    ws.merge_cells("A10:H10")
    header_row(ws, 11, ["Ref", "Direction / workstream", "Milestone / action", "Owner",
                        "Due date", "Revised date", "RAG", "Commentary"], colour="teal")
    ms = [
        ("D1.1", "Direction 1: Financial sustainability",
         "Agree the 2024/25 budget and Medium Term Financial Strategy with a balanced position.",
         "Executive Director of Finance & Commercial (S151)", D(2024, 2, 29), None, "Green",
         "Budget timetable on track; draft budget to Cabinet in November."),
        ("D1.2", "Direction 1: Financial sustainability",
         "Complete the outstanding 2019/20 to 2021/22 statements of accounts and close the audits.",
         "Director of Finance", D(2023, 3, 31), D(2023, 12, 31), "Amber",
         "2019/20 and 2020/21 accounts published; 2021/22 draft accounts with the auditor."),
        ("D2.1", "Direction 2: Governance and scrutiny",
         "Deliver the member development programme, including mandatory training for scrutiny and "
         "audit committee members.", "Monitoring Officer", D(2023, 7, 31), None, "Complete",
         "Programme delivered; evaluation to the Member Development Group in October."),
        ("D2.2", "Direction 2: Governance and scrutiny",
         "Review the Constitution, including the scheme of delegation and the contract procedure "
         "rules.", "Monitoring Officer; Head of Procurement", D(2023, 12, 31), None, "Green",
         "Contract procedure rules redrafted; Constitution working group meets fortnightly."),
        ("D3.1", "Direction 3: Organisational capacity and culture",
         "Recruit permanently to the new corporate structure at tiers 2 and 3.",
         "Director of HR", D(2023, 9, 30), D(2024, 3, 31), "Red",
         "Six tier 3 posts still filled by interims; second recruitment campaign launched."),
        ("D3.2", "Direction 3: Organisational capacity and culture",
         "Launch the staff values and behaviours framework and run the first all-staff survey.",
         "Director of HR / Head of Communications", D(2023, 11, 30), None, "Green",
         "Values co-designed with staff groups; survey goes live on 6 November."),
        ("D4.1", "Direction 4: Asset disposals",
         "Complete the sale of the first tranche of sites in the Asset Disposal Strategy.",
         "Executive Director, Property & Housing", D(2024, 3, 31), None, "Amber",
         "Four of seven sites under offer; two sales delayed by title issues."),
        ("D5.1", "Direction 5: Children's services and SEND",
         "Deliver the SEND Written Statement of Action milestones due in Q3.",
         "Executive Director, Children's Services", D(2023, 12, 31), None, "Green",
         "EHCP timeliness improved to 52% in August; DfE review meeting positive."),
        ("D5.2", "Direction 5: Children's services and SEND",
         "Agree the future governance model for Slough Children First with the DfE.",
         "Executive Director, Children's Services", D(2024, 1, 31), None, "Not started",
         "Options paper to be drafted once the DfE review reports."),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 12
    for ref, ws_name, action, owner, due, rev, rag, comm in ms:
        vals = [ref, ws_name, action, owner, due, rev, rag, comm]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag in rag_fill:
            ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
        box_row(ws, r, 8)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, color="FFFFFF")
    for col in range(1, 9):
        ws.cell(row=r, column=col).fill = fill("navy")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    header_row(ws, r, ["No.", "Risk / issue", "Impact", "Mitigation", "Owner", "", "Rating", ""],
               colour="teal")
    r += 1
    for v in [("R1", "Capacity to recruit permanent senior staff",
               "Slower delivery of Directions 3 and 5",
               "Use of executive search; interim cover extended to March 2024", "Director of HR",
               "", "High", ""),
              ("R2", "Market conditions reduce asset sale values",
               "Capitalisation direction not met in full",
               "Phased disposals; independent valuations before each sale",
               "Executive Director, Property & Housing", "", "Medium", "")]:
        for col, x in enumerate(v, 1):
            ws.cell(row=r, column=col, value=x if x else None)
        box_row(ws, r, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Board: none this period.").font = \
        Font(italic=True)
    r += 2
    ws.cell(row=r, column=1,
            value="RAG key: Complete = delivered; Green = on track; Amber = at risk but recoverable; "
                  "Red = off track, Board intervention needed; Not started = not yet due to start.")
    wb.save(os.path.join(HERE, "y1-slough-improvement-recovery-highlight-report.xlsx"))


# ---------------------------------------------------------------------------------------------
# 7. Ealing - housing health and safety compliance improvement plan (xlsx; row 15 target typo)
# ---------------------------------------------------------------------------------------------
def ealing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Compliance Improvement Plan"
    set_widths(ws, [7, 52, 28, 13, 13, 11, 50])
    ws["A1"] = "Ealing Council – Housing Health & Safety Compliance Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Response to the Regulator of Social Housing Regulatory Notice of 11 May 2022 "
                "(Home Standard)")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress as at 30 November 2022  |  Reported to: Housing Compliance Board"
    ws["A3"].font = Font(size=9)
    ws.merge_cells("A3:G3")
    header_row(ws, 5, ["Ref", "Action", "Lead officer", "Target date", "Revised target date",
                       "RAG", "Progress update"])
    rows = [
        ("area", "1. Fire safety"),
        ("FS1", "Complete fire risk assessments for all blocks without an in-date FRA, prioritising "
                "high-rise and sheltered housing blocks.", "Head of Building Safety",
         D(2022, 7, 31), None, "Complete", "All 402 blocks now have an in-date FRA."),
        ("FS2", "Set up a single tracker for all FRA remedial actions, with priority categories and "
                "target completion times.", "Building Safety Manager", D(2022, 9, 30), None,
         "Green", "Tracker live in the compliance system; 2,915 actions loaded and categorised."),
        ("FS3", "Clear all high-priority outstanding FRA remedial actions.",
         "Building Safety Manager", D(2022, 12, 31), D(2023, 3, 31), "Amber",
         "318 of 540 high-priority actions completed; fire door contractor mobilised in November."),
        ("area", "2. Gas safety"),
        ("GS1", "Achieve and maintain 100% valid landlord gas safety records, with a no-access "
                "procedure that includes legal action.", "Head of Repairs & Maintenance",
         D(2022, 8, 31), None, "Green", "99.8% compliance; 21 properties in the legal process."),
        ("GS2", "Commission independent quality assurance of 5% of gas safety checks each month.",
         "Compliance Manager (Gas)", "Monthly", None, "Green",
         "QA contractor in place since September; 3% failure rate followed up with the contractor."),
        ("area", "3. Electrical safety"),
        ("ES1", "Complete EICRs for all properties without a certificate less than five years old.",
         "Compliance Manager (Electrical)", D(2023, 3, 31), None, "Amber",
         "1,930 of 2,640 EICRs completed; access issues in 140 homes."),
        ("ES2", "Complete C1 and C2 remedial works identified in EICRs within 28 days of the "
                "inspection.", "Compliance Manager (Electrical)", "Janaury 2023", None, "Amber",
         "Backlog of 212 C2 items being cleared by a second contractor."),
        ("area", "4. Asbestos, water and lift safety"),
        ("AW1", "Resurvey communal areas without an asbestos management survey and update the "
                "asbestos register.", "Asbestos Manager", D(2023, 2, 28), None, "Green",
         "Surveys complete for 88% of communal areas."),
        ("AW2", "Complete legionella risk assessments for all communal water systems.",
         "Compliance Manager (Water)", D(2022, 10, 31), None, "Complete",
         "All 57 systems assessed; remedial works added to the tracker."),
        ("LS1", "Record six-monthly LOLER inspections for all passenger lifts on the compliance "
                "system.", "Mechanical & Electrical Engineer", D(2022, 12, 31), None, "Green",
         "Inspections up to date for 96 of 98 lifts."),
        ("area", "5. Data, systems and governance"),
        ("DG1", "Validate compliance data for the six areas against the asset register and migrate "
                "it to a single compliance system.", "Head of Housing Systems & Data",
         D(2023, 3, 31), None, "Red",
         "Asset register gaps found for 600 properties; system supplier delays to data migration."),
        ("DG2", "Report monthly compliance performance to the Housing Compliance Board and "
                "quarterly to Cabinet and the Regulator.", "Director of Housing", "Monthly", None,
         "Green", "Monthly reports since June 2022; quarterly update sent to the RSH in October."),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 6
    for row in rows:
        if row[0] == "area":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("grey")
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, action, lead, target, revised, rag, update = row
        for col, v in enumerate([ref, action, lead, target, revised, rag, update], 1):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
        box_row(ws, r, 7)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="RAG: Complete – action delivered; Green – on track; Amber – at risk of missing "
                  "target date; Red – target date will be missed, escalated to the Board.")
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "y1-ealing-housing-compliance-improvement-plan.xlsx"))


if __name__ == "__main__":
    sefton()
    central_beds()
    wrexham()
    dundee()
    herefordshire()
    slough()
    ealing()
    print("done")
