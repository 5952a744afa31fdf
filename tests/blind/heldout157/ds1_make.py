"""Generator for the ds1- cases of heldout157 (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9", head="1F3864", sec="DDEBF7").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xrow(ws, r, vals, fmt=None, bold=False):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if bold: c.font = Font(bold=True)
        if isinstance(v, dt.datetime) and fmt: c.number_format = fmt


# 1 ---------------------------------------------------------------- children's home (Ofsted)
def willow():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Willow House – Post-Inspection Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Ofsted full inspection 14–15 May 2024 | Overall experiences and progress of children and young people: Requires improvement to be good"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Registered Manager: Claire Hanley (CH)    Responsible Individual: Mark Osei (MO)    Last updated: 02/09/2024"
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "Regulation / Quality Standard", "Ofsted requirement or recommendation", "Action to be taken",
           "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    xrow(ws, 5, hdr, bold=True)
    for c in ws[5]: c.fill = FILL["head"]; c.font = Font(bold=True, color="FFFFFF")
    ws["A6"] = "Compliance with regulations (requirements)"; ws.merge_cells("A6:I6")
    ws["A6"].font = Font(bold=True); ws["A6"].fill = FILL["sec"]
    f = "dd/mm/yyyy"
    req1 = ("The registered person must ensure that staff understand and follow the home's procedures when a child "
            "is missing from the home, including the return home interview. (Regulation 12 (1)(2)(a)(v))")
    rows = [
        (7, ["1.1", "Reg 12 The protection of children standard", req1,
             "Refresh missing-from-care protocol training for all staff, including the local authority return home interview process.",
             "CH", D(2024, 6, 30), None, "All 14 staff completed training 24/06/24. Certificates on file.", "Complete"], "blue"),
        (8, ["1.2", None, None,
             "Introduce a monthly audit of missing episodes and return home interviews, reported to the Responsible Individual.",
             "CH / MO", D(2024, 7, 31), None, "Audits for June and July completed; themes shared at team meeting 06/08/24.", "Complete"], "blue"),
        (9, ["1.3", "Reg 13 The leadership and management standard",
             "The registered person must ensure that all staff receive practice-related supervision at regular intervals. (Regulation 33(4)(b))",
             "Put a supervision tracker in place and make sure every member of staff is supervised at least every six weeks.",
             "Deputy Manager", D(2024, 8, 31), None,
             "Tracker in place. 11 of 14 staff in date; 3 overdue because of annual leave and booked for September.", "Amber"], "amber"),
        (10, ["1.4", "Reg 32 Fitness of workers",
              "The registered person must ensure that full employment histories are obtained and gaps explained before staff start work. (Regulation 32(3)(a))",
              "Audit all personnel files against Schedule 2 and address any gaps found.",
              "HR Business Partner", D(2024, 7, 19), None,
              "Audit found two gaps in employment history; both now explained and recorded on file.", "Complete"], "blue"),
    ]
    for r, vals, col in rows:
        xrow(ws, r, vals, f); ws.cell(row=r, column=9).fill = FILL[col]
    ws.merge_cells("B7:B8"); ws.merge_cells("C7:C8")
    # row 11 blank
    ws["A12"] = "Recommendations"; ws.merge_cells("A12:I12"); ws["A12"].font = Font(bold=True); ws["A12"].fill = FILL["sec"]
    rows = [
        (13, ["2.1", "Quality standard: education",
              "The registered person should ensure that staff are fully involved in reviewing children's personal education plans.",
              "Each child's key worker to attend all PEP meetings and share the agreed targets at handover.",
              "Sarah Yates", "Sept 2024 – Dec 2024", None, "PEP meetings attended for both children this term.", "On track"], "green"),
        (14, ["2.2", "Positive relationships standard",
              "The registered person should ensure that children's behaviour support plans reflect their current needs and risks.",
              "Review and rewrite behaviour support plans for all children with input from the therapeutic team.",
              "CH/Therapist", D(2024, 8, 31), D(2024, 9, 30),
              "Three of four plans rewritten. Fourth delayed while the child's placement plan is reviewed.", "Amber"], "amber"),
        (15, ["2.3", "Protection of children standard",
              "The registered person should ensure that the location risk assessment is reviewed with partner agencies.",
              "Update the location risk assessment with police and community safety input, then review it every quarter.",
              "RM", "Ongoing – reviewed quarterly", None,
              "Reviewed with neighbourhood policing team 12/07/24. Next review October.", None], "green"),
        (16, ["2.4", "Care planning standard",
              "The registered person should ensure that children's daily records are written in a way that the child could understand.",
              "Key workers to write daily records in the child's voice; manager to sample five records each week.",
              "Key workers; RM", D(2024, 10, 31), None,
              "Sampling started in August. Quality improving but not yet consistent across shifts.", "Amber"], "amber"),
    ]
    for r, vals, col in rows:
        xrow(ws, r, vals, f); ws.cell(row=r, column=9).fill = FILL[col]
    ws["A18"] = "RAG key:"; ws["A18"].font = Font(bold=True)
    for r, (c, t) in enumerate([("red", "Red – off track / significant risk"), ("amber", "Amber – in progress, some slippage"),
                                ("green", "Green – on track"), ("blue", "Blue – complete")], 19):
        ws.cell(row=r, column=1).fill = FILL[c]; ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFGHI", [6, 22, 45, 45, 16, 13, 13, 45, 11]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ds1-outcomes-first-group-willow-house-childrens-home-ofsted-improvement-plan.xlsx"))


# 2 ---------------------------------------------------------------- CQC children's hospital
def rmch():
    wb = Workbook(); ws = wb.active; ws.title = "RMCH CQC Action Plan"
    ws["A1"] = "Royal Manchester Children's Hospital – CQC Must Do and Should Do Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Manchester University NHS Foundation Trust | CQC report published 12 March 2025 | Version 4 – updated 21 July 2025"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "CQC finding (Must do / Should do)", "Action", "Action owner", "Due date", "Revised due date", "Progress / evidence", "Status"]
    xrow(ws, 4, hdr, bold=True)
    for c in ws[4]: c.fill = FILL["grey"]
    f = "mmm-yy"
    sec = lambda r, t: (ws.cell(row=r, column=1, value=t), ws.merge_cells(f"A{r}:H{r}"),
                        setattr(ws.cell(row=r, column=1), "font", Font(bold=True)), setattr(ws.cell(row=r, column=1), "fill", FILL["sec"]))
    md1 = "MD1: The trust must ensure that staff complete safeguarding children level 3 training in line with trust targets. (Regulation 18)"
    md2 = "MD2: The trust must ensure that resuscitation equipment is checked daily in line with trust policy. (Regulation 12)"
    sd1 = "SD1: The trust should ensure that children with mental health needs waiting for a specialist bed have a documented care plan."
    sd2 = "SD2: The trust should ensure that transition planning for young people moving to adult services starts from age 14."
    md3 = "MD3: The trust must ensure that risks on the children's division risk register are reviewed and have clear mitigating actions. (Regulation 17)"
    sec(5, "Safe")
    data = {
        6: ["1.1", md1, "Send monthly compliance reports to ward managers and escalate staff more than three months overdue to matrons.",
            "Head of Nursing, Children's Services", D(2025, 5, 31), None,
            "Monthly reports issued since April. Compliance up from 71% to 84%.", "On track"],
        7: ["1.2", md1, "Provide two extra face-to-face level 3 sessions a month until compliance reaches 90%.",
            "Named Nurse Safeguarding Children", D(2025, 6, 30), D(2025, 9, 30),
            "Sessions running but trainer vacancy has reduced capacity in June and July.", "Amber"],
        8: ["2.1", md2, "Introduce an electronic daily checklist for resuscitation trolleys, with a weekly matron audit.",
            "Matron, Paediatric Medicine", D(2025, 4, 30), None,
            "Electronic checklist live on all wards from 14/04/25. Weekly audits show 98% compliance.", "Complete"],
        9: ["2.2", sd1, "Agree a joint care plan template with the CAMHS liaison team and add it to the electronic patient record.",
            "CAMHS Liaison Lead; Matron, Paediatric Medicine", D(2025, 8, 31), None,
            "Template agreed; awaiting EPR build slot.", "Amber"],
    }
    for r, v in data.items(): xrow(ws, r, v, f)
    sec(10, "Responsive")
    xrow(ws, 11, ["3.1", sd2, "Roll out the Ready Steady Go transition programme across all long-term condition clinics.",
                  "Consultant Paediatrician (Transition Lead)", "Q3 2025/26", None,
                  "Business case approved; roll-out plan being drafted with clinic leads.", "Not started"], f)
    sec(12, "Well-led")
    xrow(ws, 13, ["4.1", md3, "Review the divisional risk register line by line at the Divisional Quality Group and confirm an owner for every risk.",
                  "Divisional Director / Head of Governance", D(2025, 6, 30), None,
                  "Completed at DQG 19/06/25; 12 risks closed and 4 re-scored.", "Complete"], f)
    xrow(ws, 14, ["4.2", md3, "Set up monthly speciality risk reviews with escalation to the divisional board.",
                  "Head of Governance", D(2025, 7, 31), None,
                  "Meetings in place for 9 of 11 specialities.", "On track"], f)
    ws["A16"] = "Summary"; ws["A16"].font = Font(bold=True)
    for r, (k, n) in enumerate([("Complete", 2), ("On track", 2), ("Amber", 2), ("Not started", 1), ("Total", 7)], 17):
        ws.cell(row=r, column=1, value=k); ws.cell(row=r, column=2, value=n)
    for col, w in zip("ABCDEFGH", [6, 50, 50, 28, 11, 12, 45, 12]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ds1-royal-manchester-childrens-hospital-cqc-must-should-do-action-plan.xlsx"))


# 3 ---------------------------------------------------------------- school, refuse
def bushfield():
    wb = Workbook(); ws = wb.active; ws.title = "Post Ofsted Plan"
    ws["A1"] = "Ormiston Bushfield Academy – Post-Ofsted Action Plan 2024-25"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection 25–26 June 2024. Plan agreed by the Local Academy Council 17 September 2024."
    ws.merge_cells("A2:G2")
    xrow(ws, 4, ["Area for improvement", "Action", "Lead", "By when", "Monitored by", "Success criteria", "RAG (Dec 24)"], bold=True)
    aif1 = "1. Leaders should ensure that the curriculum in key stage 3 is planned and sequenced so that pupils build knowledge over time."
    aif2 = "2. Leaders should improve attendance, particularly for disadvantaged pupils and pupils with SEND."
    aif3 = "3. Leaders should ensure that the behaviour policy is applied consistently by all staff."
    rows = [
        [aif1, "Subject leaders to rewrite KS3 curriculum maps showing end points for each unit.", "Deputy Headteacher (Curriculum)", "Oct 2024", "Principal", "All KS3 curriculum maps published on website.", "G"],
        [None, "Half-termly curriculum deep dives in two subjects, with findings reported to LAC.", "DHT / Trust Director of Education", "Dec 2024", "LAC", "Deep dive reports show clear sequencing.", "G"],
        [None, "Training for all staff on retrieval practice in lessons.", "Assistant Headteacher (T&L)", "Spring term 2025", "DHT", "Retrieval seen in 90% of learning walks.", "A"],
        [aif2, "Appoint an attendance officer and introduce first-day calling for all absences.", "Assistant Headteacher (Inclusion)", "Sept 2024", "Principal", "Persistent absence below 20%.", "G"],
        [None, "Attendance panels with families of disadvantaged pupils below 90%.", "Attendance Officer", "Febuary 2025", "AHT Inclusion", "Gap between disadvantaged and others narrows.", "A"],
        [aif3, "Relaunch the behaviour policy with staff and pupils, including a revised rewards system.", "Assistant Headteacher (Behaviour)", "Nov 2024", "Principal", "Reduction in removals from lessons.", "G"],
        [None, "Weekly duty team review of behaviour logs, with follow-up for staff not using the system.", "AHT Behaviour", "July 2025", "DHT", "Consistent use of behaviour log across all departments.", "A"],
    ]
    for r, v in enumerate(rows, 5): xrow(ws, r, v)
    ws.merge_cells("A5:A7"); ws.merge_cells("A8:A9"); ws.merge_cells("A10:A11")
    for r in range(5, 12):
        c = ws.cell(row=r, column=7); c.fill = FILL["green" if c.value == "G" else "amber"]
    ws["A13"] = "Key: R – not on track   A – partly on track   G – on track / complete"
    for col, w in zip("ABCDEFG", [40, 50, 28, 14, 16, 35, 11]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ds1-bushfield-academy-post-ofsted-action-plan-typo-month-refuse.xlsx"))


# docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def table(doc, header, rows, rag_col=None, fills=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs: r.bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for k, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v or ""
        if fills and fills[k]: shade(cells[rag_col], fills[k])
    return t


# 4 ---------------------------------------------------------------- NI special school (ETI)
def glenveagh():
    doc = Document(); landscape(doc)
    doc.add_heading("Glenveagh School – Action Plan in Response to the ETI Inspection (February 2024)", level=1)
    doc.add_paragraph("This action plan sets out how the Board of Governors and the senior leadership team will address the "
                      "areas for improvement identified by the Education and Training Inspectorate. Progress is reported to "
                      "the Board of Governors each term and to the Education Authority link officer.")
    dc = table(doc, ["Version", "Date", "Author", "Approved by"],
               [["1.0", "22/04/2024", "Principal", "Board of Governors"], ["1.1", "11/11/2024", "Vice-Principal", "Board of Governors"]])
    doc.add_paragraph("")
    hdr = ["No.", "Action", "Person(s) responsible", "Timescale", "Success criteria", "Progress (November 2024)", "RAG"]
    doc.add_heading("Area for Improvement 1: To develop further the use of assessment information to plan for the next steps in pupils' communication and literacy.", level=2)
    table(doc, hdr, [
        ["1.1", "Introduce a whole-school communication tracker aligned to each pupil's Individual Education Plan targets.",
         "Vice-Principal (Curriculum)", "By end of June 2024", "Tracker in use in all classes; IEP targets linked to tracker data.",
         "Tracker launched May 2024 and in use across all 16 classes.", "Complete"],
        ["1.2", "Train class teams in analysing tracker data at termly pupil progress meetings.",
         "SENCo / Literacy Co-ordinator", "Autumn term 2024", "Minutes of progress meetings show data used to set next steps.",
         "Training delivered on 2 September 2024 staff development day. First meetings held in October.", "G"],
        ["1.3", "Moderate samples of pupils' communication work across key stages with partner special schools.",
         "Mrs P. McAllister", "Spring term 2025", "Moderation report shows consistent judgements.",
         "Cluster dates agreed with two partner schools.", "A"],
    ], rag_col=6, fills=["0070C0", "00B050", "FFC000"])
    doc.add_heading("Area for Improvement 2: To ensure that the school's self-evaluation is more robust and focused on pupils' outcomes.", level=2)
    table(doc, hdr, [
        ["2.1", "Revise the school development plan so that each priority has measurable outcomes for pupils.",
         "Principal", "September 2024 – June 2025", "SDP approved by governors with baseline and target data.",
         "Revised SDP approved by the Board of Governors 9 October 2024.", "G"],
        ["2.2", "Middle leaders to carry out a termly self-evaluation of their area using the ETI quality indicators.",
         "Middle leaders, Vice-Principal (Pastoral)", "Termly", "Self-evaluation reports presented to SLT each term.",
         "First round completed; quality of reports varies.", "A"],
        ["2.3", "Governors' curriculum committee to receive a pupil outcomes report each term.",
         "Chair of Governors and Principal", "Ongoing", "Committee minutes show challenge on outcomes.",
         "", ""],
    ], rag_col=6, fills=["00B050", "FFC000", None])
    doc.add_paragraph("RAG: Complete – action finished; G – on track; A – some delay; R – significant concern.")
    doc.save(os.path.join(OUT, "ds1-glenveagh-school-belfast-eti-inspection-action-plan.docx"))


# 5 ---------------------------------------------------------------- Scotland joint inspection
def moray():
    doc = Document(); landscape(doc)
    doc.add_heading("Moray Children's Services Partnership – Improvement Plan following the Joint Inspection of Services for Children at Risk of Harm", level=1)
    doc.add_paragraph("The Care Inspectorate, Education Scotland, Healthcare Improvement Scotland and HM Inspectorate of Constabulary in "
                      "Scotland published their report on 18 June 2024. This plan is owned by the Moray Chief Officers Group and "
                      "monitored by the Child Protection Committee. Progress update: March 2025.")
    hdr = ["Ref", "What we will do", "Lead", "By when", "How we will know", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "BDD7EE")

    def heading(txt):
        cells = t.add_row().cells; m = cells[0].merge(cells[6]); m.text = txt
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")

    def act(vals, fill=None):
        cells = t.add_row().cells
        for i, v in enumerate(vals): cells[i].text = v
        if fill: shade(cells[6], fill)

    heading("Priority 1: Improving the quality and consistency of chronologies and risk assessments")
    act(["1.1", "Introduce a single multi-agency chronology template and guidance for all partners.", "CPC Lead Officer",
         "March 2025", "Template in use by social work, health and police; audit shows 80% of chronologies rated good.",
         "Template agreed by CPC in January and launched 3 February 2025.", "Green"], "00B050")
    act(["1.2", "Deliver training on risk assessment using the National Risk Framework to all children and families social workers.",
         "Head of Children's Services / Lead Nurse (Child Protection)", "31/12/2025",
         "Training completion above 90%; case file audit shows improved analysis.",
         "Four of eight cohorts trained. Remaining sessions booked for May and September.", "Amber"], "FFC000")
    act(["1.3", "Quarterly multi-agency case file audit focusing on chronologies and risk assessments.",
         "CPC Quality Assurance Sub-group", "Ongoing – quarterly", "Audit reports to CPC show a rising proportion of good or better.",
         "Audit cycle established; first report presented to CPC in February 2025.", ""], "00B050")
    heading("Priority 2: Hearing and acting on the views of children and young people")
    act(["2.1", "Use the Mind of My Own app for children subject to child protection plans to give their views before meetings.",
         "Service Manager (Child Protection)", "Jun-25", "At least 75% of children on plans share views before case conferences.",
         "App licences purchased; staff training under way.", "Green"], "00B050")
    act(["2.2", "Set up a young people's reference group to inform the work of the Child Protection Committee.",
         "Children's Rights Officer", "Dec 2025", "Group meets quarterly and its feedback is recorded in CPC minutes.",
         "Not yet started – recruitment to the Children's Rights Officer post concluded in March.", "Red"], "FF0000")
    heading("Priority 3: Strengthening leadership oversight and use of data")
    act(["3.1", "Develop a multi-agency child protection dataset and report it to the Chief Officers Group each quarter.",
         "Chief Social Work Officer", "By 30 September 2025", "COG minutes show data used to direct improvement.",
         "Draft dataset agreed; first report to COG in April.", "Amber"], "FFC000")
    act(["3.2", "Review the terms of reference and membership of the Child Protection Committee.",
         "Independent Chair, Moray CPC", "January 2025", "Revised terms of reference approved.",
         "Approved by COG 23 January 2025.", "Blue"], "0070C0")
    act(["3.3", "Introduce joint police and social work review of all Inter-agency Referral Discussions where no further action is agreed.",
         "Detective Inspector, Public Protection Unit", "Sept 2025", "Review log shows all NFA IRDs reviewed within 10 days.",
         "Process drafted and being tested in Elgin team.", "Green"], "00B050")
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Red – significant risk to delivery; Amber – some delay; Green – on track; Blue – complete.")
    doc.save(os.path.join(OUT, "ds1-moray-council-childrens-services-joint-inspection-improvement-plan.docx"))


# 6 ---------------------------------------------------------------- college CSV export
def runshaw():
    rows = [
        ["Runshaw College - Post-Inspection Action Plan 2024-25"] + [""] * 7,
        [""] * 8,
        ["ID", "Area for improvement", "Action", "Owner", "Start date", "Target date", "Status", "Update"],
        ["AFI1.1", "Leaders should ensure that learners on study programmes receive consistently helpful feedback on their written work.",
         "Introduce a college-wide feedback standard and include it in the teaching and learning observation framework.",
         "JH", "02/09/2024", "31/10/2024", "Complete", "Feedback standard launched at September staff development; included in observation form."],
        ["AFI1.2", "Leaders should ensure that learners on study programmes receive consistently helpful feedback on their written work.",
         "Curriculum managers to sample marked work each half term and report themes to quality board.",
         "Curriculum Managers", "04/11/2024", "30/06/2025", "On Track", "First two sampling rounds completed. Strongest practice in A level sciences."],
        ["AFI2.1", "Leaders should improve attendance at English and maths lessons for learners retaking GCSE.",
         "Appoint two attendance and progress coaches for GCSE resit learners.",
         "DP/AK", "02/09/2024", "30/09/2024", "Complete", "Both coaches in post from 16 September."],
        ["AFI2.2", "Leaders should improve attendance at English and maths lessons for learners retaking GCSE.",
         "Weekly attendance report to heads of department with follow-up calls to parents and carers after two missed lessons.",
         "DP", "09/09/2024", "Monthly", "On Track", "Attendance at GCSE maths is 84% against 79% at the same point last year."],
        ["AFI2.3", "Leaders should improve attendance at English and maths lessons for learners retaking GCSE.",
         "Review the timetable so that English and maths lessons do not fall at the start or end of the day.",
         "Head of Timetabling", "01/02/2025", "30/06/2025", "Not Started", "To be done as part of 2025-26 timetable planning."],
        ["AFI3.1", "Governors should receive more detailed information on the quality of apprenticeship off-the-job training.",
         "Add an apprenticeship quality dashboard to the Quality and Standards Committee pack.",
         "Director of Apprenticeships", "01/10/2024", "31/01/2025", "Amber", "Dashboard drafted; data on off-the-job hours still being validated."],
        ["AFI3.2", "Governors should receive more detailed information on the quality of apprenticeship off-the-job training.",
         "Link governor for apprenticeships to join two employer review visits each term.",
         "Clerk to the Corporation / Director of Apprenticeships", "01/11/2024", "Summer term 2025", "On Track", "First visit completed in December."],
    ]
    with open(os.path.join(OUT, "ds1-runshaw-college-ofsted-post-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# 7 ---------------------------------------------------------------- Scottish learning review, text export
def falkirk():
    rec1 = "1. Falkirk CPC should seek assurance that Inter-agency Referral Discussions include health and education where the child is under 5."
    rec2 = "2. Partners should improve the quality and use of single and multi-agency chronologies."
    rec3 = "3. Agencies should ensure that the child's voice and lived experience are recorded and inform decisions."
    rec4 = "4. The CPC should share the learning from this review across the workforce."
    lines = [
        "Falkirk Child Protection Committee – Learning Review (Child F) Action Plan",
        "Exported from CPC action tracker 03/11/2025",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Lead", "Target date", "Status", "Update"]),
        "\t".join(["1a", rec1, "Audit a sample of 30 IRDs for children under 5 to test health and education participation.",
                   "CPC Lead Officer", "31/05/2025", "Complete", "Audit completed May 2025. Health present in 26 of 30 IRDs, education in 19."]),
        "\t".join(["1b", rec1, "Amend the IRD guidance so that the health visitor is always invited when the child is under 5.",
                   "Lead Nurse Child Protection, NHS Forth Valley", "Jun-25", "Complete", "Revised guidance issued 16 June 2025."]),
        "\t".join(["2a", rec2, "Deliver multi-agency chronology training to social work, health visiting and police staff.",
                   "Learning and Development Sub-group Chair", "Sept 2025 - March 2026", "On track", "Three sessions delivered to 64 staff; further dates in January and February."]),
        "\t".join(["2b", rec2, "Include chronology quality in the quarterly multi-agency case file audit.",
                   "Quality Assurance Sub-group", "Quarterly", "Green", "Included from the July 2025 audit onwards."]),
        "",
        "\t".join(["3a", rec3, "Relaunch the 'Seen, heard and understood' practice briefing with all team managers.",
                   "Service Manager, Children's Services", "31/10/2025", "Amber", "Briefings held in 4 of 7 teams; remaining sessions delayed by staffing pressures."]),
        "\t".join(["3b", rec3, "Add a prompt for the child's views to the school wellbeing concern form.",
                   "Education Quality Improvement Officer", "Dec-25", "Not started", "Form redesign scheduled after the new management information system goes live."]),
        "\t".join(["4a", rec4, "Publish a 7-minute briefing on the review and cascade it through agency leads.",
                   "CPC Lead Officer / Communications Officer", "By 30 April 2025", "Complete", "Briefing published 28 April 2025 and shared with 11 agencies."]),
        "",
        "Status key: Complete; On track / Green; Amber - some slippage; Red - off track; Not started",
    ]
    with open(os.path.join(OUT, "ds1-falkirk-cpc-learning-review-child-f-action-plan.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    willow(); rmch(); bushfield(); glenveagh(); moray(); runshaw(); falkirk()
