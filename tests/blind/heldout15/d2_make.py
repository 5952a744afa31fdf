"""Generator for the d2- blind cases (heldout15). Run with /work/main/.venv/bin/python."""
import os
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_row(row, values):
    for c, v in zip(row.cells, values):
        c.text = v


def full_row(table, text, fill):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text
    for r in merged.paragraphs[0].runs:
        r.bold = True
    shade(merged, fill)
    return row


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------------------
# 1. Estyn post-inspection action plan: one table per recommendation (Wrexham PIAP template)
# ---------------------------------------------------------------------------
def estyn_piap():
    doc = Document()
    doc.add_paragraph("Glanmor County Borough Council")
    doc.add_heading("Post Inspection Action Plan: Education Services for Children and Young People", 0)
    doc.add_paragraph("Estyn inspection, May 2011. Approved by the Executive Board on 12 July 2011 "
                      "(to be inserted subject to approval, prior to submission to Estyn).")
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("This Post Inspection Action Plan shows how the authority will meet the "
                      "recommendations made by Estyn following the inspection of the local authority's "
                      "education services for children and young people.")
    doc.add_heading("The layout of the plan", 1)
    doc.add_paragraph("The plan takes the form of a set of tables using a common template, with a table "
                      "for each recommendation (R) and each additional action (A). The recommendations are "
                      "as stated in the inspection report. The additional actions relate to areas for "
                      "improvement identified in the report that are not included in the recommendations. "
                      "The reference number contains the recommendation number and a letter for each "
                      "element of the recommendation.")
    doc.add_heading("Summary of recommendations and lead officers", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    set_row(t.rows[0], ["Recommendation", "Lead officer", "Monitored by"])
    bold_row(t.rows[0])
    for r in [
        ["R1 Raise standards in key stage 4, particularly for learners eligible for free school meals",
         "Senior Challenge Adviser (Secondary)", "Lifelong Learning Scrutiny Committee"],
        ["R2 Improve the use of data to challenge schools about their performance",
         "Data Manager", "Lifelong Learning Scrutiny Committee"],
        ["R3 Strengthen the planning of provision for learners with additional learning needs",
         "Head of Inclusion Services", "Executive Board"],
        ["A1 Improve attendance in primary schools", "Principal Education Welfare Officer",
         "Lifelong Learning Scrutiny Committee"],
    ]:
        set_row(t.add_row(), r)

    header = ["Ref", "Action", "Objective / success criteria", "Lead officer", "Monitored by", "Target date"]
    plans = [
        ("R1 Raise standards in key stage 4, particularly for learners eligible for free school meals",
         "Comments from the inspection report: performance at key stage 4 has been below the family "
         "average for three years and the gap for learners eligible for free school meals is widening.",
         [
             ["R1a", "Agree with each secondary headteacher a target for the level 2 threshold including "
                     "English or Welsh and mathematics, and a separate target for learners eligible for free school meals.",
              "Targets agreed and recorded for all eight secondary schools.",
              "Senior Challenge Adviser (Secondary)", "Director of Education", "October 2011"],
             ["R1b", "Deploy challenge advisers to the four secondary schools with the widest gap between "
                     "FSM and non-FSM performance, with termly review meetings.",
              "Gap reduced by 5 percentage points in the four schools.",
              "Senior Challenge Adviser (Secondary)", "Director of Education", "Autumn term 2011"],
             ["R1c", "Provide targeted literacy and numeracy intervention for learners at risk of not "
                     "achieving the level 2 threshold.",
              "At least 70% of learners receiving intervention achieve the threshold.",
              "Head of Inclusion Services / Literacy and Numeracy Co-ordinator",
              "Lifelong Learning Scrutiny Committee", "Summer term 2012"],
         ]),
        ("R2 Improve the use of data to challenge schools about their performance",
         "Comments from the inspection report: officers do not use data well enough to identify "
         "underperformance early or to set challenging targets.",
         [
             ["R2a", "Establish a single pupil-level data set shared with every school each September.",
              "Data set issued to all schools on time.", "Data Manager", "Director of Education", "30/09/2011"],
             ["R2b", "Train all challenge advisers and headteachers to use the data set to set challenging targets.",
              "All advisers and 95% of headteachers trained.", "Data Manager", "Director of Education",
              "December 2011"],
             ["R2c", "Report school performance against targets to the Lifelong Learning Scrutiny Committee.",
              "Scrutiny members able to challenge underperformance.", "Chief Education Officer",
              "Executive Board", "Twice yearly"],
         ]),
        ("R3 Strengthen the planning of provision for learners with additional learning needs",
         "Comments from the inspection report: too many statements are not completed within 26 weeks.",
         [
             ["R3a", "Review the statementing process to reduce the time taken to issue final statements.",
              "90% of statements issued within 26 weeks.", "Principal Educational Psychologist",
              "Head of Inclusion Services", "March 2012"],
             ["R3b", "Agree a joint commissioning protocol for specialist placements with the Local Health Board.",
              "Protocol signed by both bodies.", "Head of Inclusion Services", "Executive Board", "Jan-12"],
         ]),
        ("A1 Improve attendance in primary schools",
         "Comments from the inspection report: primary attendance is in the bottom quarter in Wales.",
         [
             ["A1a", "Introduce a fixed penalty notice protocol agreed with headteachers and the Education "
                     "Welfare Service.",
              "Protocol in use in all primary schools.", "Principal Education Welfare Officer",
              "Director of Education", "By 31 January 2012"],
             ["A1b", "Publish school-level attendance data to governing bodies.",
              "Governors challenge attendance in every school.", "Principal Education Welfare Officer",
              "Lifelong Learning Scrutiny Committee", "Termly"],
         ]),
    ]
    for rec, comment, rows in plans:
        doc.add_paragraph()
        t = doc.add_table(rows=0, cols=len(header))
        t.style = "Table Grid"
        full_row(t, rec, "BDD7EE")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = comment
        shade(m, "F2F2F2")
        hr = t.add_row()
        set_row(hr, header)
        bold_row(hr)
        for r in rows:
            set_row(t.add_row(), r)
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan will be reported to the Lifelong Learning Scrutiny "
                      "Committee each term and to Estyn at the monitoring visit.")
    doc.save(out("d2-estyn-piap-rec-tables.docx"))


# ---------------------------------------------------------------------------
# 2. NHS trust CQC must do / should do action plan with trust's own RAG key (SHSC style)
# ---------------------------------------------------------------------------
FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0"}


def nhs_cqc():
    doc = Document()
    doc.add_paragraph("Northdale Health and Care NHS Foundation Trust")
    doc.add_heading("CQC Action Plan: Acute Wards for Adults of Working Age and Psychiatric Intensive Care Units", 0)
    doc.add_paragraph("Following the CQC inspection in November 2023 and the report published on "
                      "14 March 2024, this action plan sets out the trust's response to each Must do and "
                      "Should do. The plan is updated monthly for the CQC Oversight Group. When an action "
                      "is complete a Care Standards Peer Inspection (CSPI) tests it in practice; only then "
                      "is it signed off and turned blue.")
    doc.add_paragraph("Key to RAG status", style="Heading 2")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    set_row(k.rows[0], ["RAG", "Meaning"])
    bold_row(k.rows[0])
    for word, meaning in [("Red", "Off track"), ("Amber", "On track"), ("Green", "Complete"),
                          ("Blue", "Complete and CSPI checked")]:
        r = k.add_row()
        set_row(r, [word, meaning])
        shade(r.cells[0], FILL[word])

    header = ["Ref", "CQC requirement", "Action", "Action lead", "Target date", "Revised target date",
              "Progress update", "RAG"]

    def section(title, groups):
        doc.add_heading(title, 1)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        set_row(t.rows[0], header)
        bold_row(t.rows[0])
        repeat_header(t.rows[0])
        for req, acts in groups:
            first = None
            for a in acts:
                row = t.add_row()
                ref, action, lead, tgt, rev, prog, rag = a
                set_row(row, [ref, req if first is None else "", action, lead, tgt, rev, prog, rag])
                shade(row.cells[7], FILL[rag])
                if first is None:
                    first = row
                last = row
            if last is not first:
                m = first.cells[1].merge(last.cells[1])
                m.text = req

    section("Section A: MUST DO actions", [
        ("MD1 The trust must ensure that ligature risk assessments are reviewed and updated for each ward "
         "and that staff know the mitigation in place. (Regulation 12)", [
            ("MD1.1", "Complete a fresh ligature risk assessment on Ash, Birch and Cedar wards using the "
                      "trust's revised tool.", "Tom Reid (Health and Safety Lead)", "31/05/2024", "",
             "Assessments completed for all three wards.", "Green"),
            ("MD1.2", "Brief all ward staff on the ligature mitigation for their ward and record attendance "
                      "at safety huddles.", "Sarah Okafor (Ward Manager, Ash Ward)", "30/06/2024", "31/08/2024",
             "82% of staff briefed; night staff sessions booked.", "Amber"),
            ("MD1.3", "Add the ligature assessment review to the monthly environmental audit on each ward.",
             "Helen Price (Matron) / Tom Reid (Health and Safety Lead)", "31/07/2024", "",
             "CSPI visit 12/08/2024 confirmed audit in use.", "Blue"),
        ]),
        ("MD2 The trust must ensure that staff complete and record physical health observations after "
         "rapid tranquillisation. (Regulation 12)", [
            ("MD2.1", "Introduce a rapid tranquillisation observation chart in the electronic patient record.",
             "Dr Mark Ellis (Clinical Director)", "30/04/2024", "30/09/2024",
             "Supplier delay; interim paper chart in use.", "Red"),
            ("MD2.2", "Audit every episode of rapid tranquillisation and feed back results at the ward "
                      "governance meeting.", "Matron, Acute Services", "Weekly", "",
             "Audits taking place weekly.", "Amber"),
        ]),
        ("MD3 The trust must ensure there are sufficient qualified nurses on each shift on the psychiatric "
         "intensive care unit. (Regulation 18)", [
            ("MD3.1", "Recruit to the six vacant band 5 posts on the PICU through the international "
                      "recruitment programme.", "Joanne Mills (Deputy Director of Nursing)", "31/10/2024", "",
             "Four nurses in post, two due to start.", "Amber"),
            ("MD3.2", "Report the daily safer staffing position to the site manager and escalate any shift "
                      "below establishment.", "Matron, Acute Services", "31/03/2024", "",
             "In place; CSPI checked April 2024.", "Blue"),
        ]),
    ])
    section("Section B: SHOULD DO actions", [
        ("SD1 The trust should ensure that patients are given a copy of their care plan and that this is "
         "recorded.", [
            ("SD1.1", "Add a prompt to the care plan template to record that a copy was offered to the patient.",
             "Priya Nair (Clinical Systems Lead)", "31/05/2024", "", "Template change live 20/05/2024.", "Green"),
            ("SD1.2", "Include care plan involvement in the monthly patient experience survey on each ward.",
             "Sarah Okafor (Ward Manager, Ash Ward)", "30/06/2024", "31/10/2024",
             "Survey questions agreed with service user group.", "Amber"),
        ]),
        ("SD2 The trust should ensure that the seclusion room on Cedar Ward has a clock visible to the "
         "patient.", [
            ("SD2.1", "Install a tamper-proof clock visible from the seclusion room.", "Estates Manager",
             "31/03/2024", "", "Installed and CSPI checked.", "Blue"),
        ]),
        ("SD3 The trust should continue to reduce the use of agency staff on the acute wards.", [
            ("SD3.1", "Expand the internal staff bank and offer block bookings to regular bank staff.",
             "Joanne Mills (Deputy Director of Nursing)", "Q3 2024/25", "",
             "Agency use has risen over summer.", "Red"),
        ]),
    ])
    doc.save(out("d2-nhs-cqc-mustdo-trust-key.docx"))


# ---------------------------------------------------------------------------
# 3. Cabinet report with Appendix 1 improvement plan split across pages ("continued")
# ---------------------------------------------------------------------------
def cabinet_appendix():
    doc = Document()
    doc.add_heading("Children's Services Improvement Plan 2025–26", 0)
    for line in ["Report to: Cabinet", "Date of meeting: 14 May 2025",
                 "Report of: Director of Children's Services", "Wards affected: All"]:
        doc.add_paragraph(line)
    doc.add_heading("1. Recommendations", 1)
    doc.add_paragraph("1.1 Cabinet notes the findings of the Ofsted inspection of local authority "
                      "children's services (ILACS) published on 3 March 2025.")
    doc.add_paragraph("1.2 Cabinet approves the improvement plan at Appendix 1.")
    doc.add_paragraph("1.3 Cabinet receives a progress report every six months.")
    doc.add_heading("2. Background", 1)
    doc.add_paragraph("2.1 Ofsted judged overall effectiveness as requires improvement to be good and made "
                      "three recommendations. The plan at Appendix 1 sets out the actions, lead officers, "
                      "timescales and the evidence of impact we will look for.")
    doc.add_paragraph("2.2 RAG ratings: B = complete, G = on track, A = some slippage, R = off track. "
                      "Actions not yet started are left blank.")
    page_break(doc)

    header = ["Ref", "Action", "Lead", "Timescale", "Evidence of impact", "RAG"]
    REC = "D9E2F3"

    def new_table():
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        set_row(t.rows[0], header)
        bold_row(t.rows[0])
        repeat_header(t.rows[0])
        shade_all = t.rows[0].cells
        for c in shade_all:
            shade(c, "1F3864")
        return t

    doc.add_heading("Appendix 1: Children's Services Improvement Plan 2025–26", 1)
    t = new_table()
    full_row(t, "Recommendation 1: The quality and consistency of management oversight and supervision "
                "of social workers' practice", REC)
    for r in [
        ["1.1", "Relaunch the supervision policy with a recording template that sets out reflective "
                "discussion and actions for each child.", "Head of Service / Principal Social Worker",
         "Apr–Jun 2025", "Supervision audit shows 80% of records meet the standard.", "B"],
        ["1.2", "Deliver management oversight training to all team managers and advanced practitioners.",
         "Jane Smith (Head of Service)", "Jul–Sep 2025", "All managers trained; audit grades improve.", "G"],
        ["1.3", "Introduce monthly practice-week audits led by senior managers.",
         "Service Manager (Quality Assurance)", "Ongoing", "Audit programme completed each month.", "A"],
    ]:
        set_row(t.add_row(), r)
    full_row(t, "Recommendation 2: The timeliness and quality of assessments for children in need", REC)
    for r in [
        ["2.1", "Review front door thresholds with partners and publish revised guidance.",
         "Service Manager (MASH)", "Sept 2025 – March 2026", "Re-referral rate falls below 20%.", "G"],
        ["2.2", "Reduce caseloads in the assessment teams to an average of 18 through recruitment of "
                "permanent social workers.", "Director of Children's Services", "Q4 2025/26",
         "Average caseload 18 or fewer.", "R"],
    ]:
        set_row(t.add_row(), r)
    page_break(doc)
    doc.add_heading("Appendix 1: Children's Services Improvement Plan 2025–26 (continued)", 1)
    t = new_table()
    set_row(t.add_row(), ["2.3", "Track assessment timeliness weekly at the performance clinic.",
                          "Performance and Intelligence Manager", "Weekly",
                          "90% of assessments completed within 45 working days.", "G"])
    full_row(t, "Recommendation 3: The quality of pathway planning for care leavers and permanence "
                "planning for children in care", REC)
    for r in [
        ["3.1", "Ensure every care leaver has an up-to-date pathway plan written with them.",
         "Service Manager (Leaving Care)", "Oct–Dec 2025", "95% of care leavers have a current plan.", "A"],
        ["3.2", "Establish a care leavers' local offer review group with young people.",
         "Mark Owusu (Participation Lead) and Service Manager (Leaving Care)", "November 2025",
         "Revised local offer co-produced and published.", ""],
        ["3.3", "Audit permanence planning for children in care for more than 12 months.",
         "IRO Service Manager", "Jan–Mar 2026", "Permanence plan agreed by second review.", "G"],
    ]:
        set_row(t.add_row(), r)
    doc.add_paragraph()
    doc.add_paragraph("Background papers: Ofsted ILACS report, March 2025.")
    doc.save(out("d2-cabinet-report-appendix-continued.docx"))


# ---------------------------------------------------------------------------
# 4. Safeguarding Adults Review action plan: merged recommendation column, Done? ticks, no RAG
# ---------------------------------------------------------------------------
def sar_ticks():
    doc = Document()
    doc.add_paragraph("Harwood Safeguarding Adults Board")
    doc.add_heading("Safeguarding Adults Review: 'Adult D' – Multi-Agency Action Plan", 0)
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Version", "1.4"), ("Owner", "SAR Sub-group"), ("Last updated", "03/02/2025"),
                 ("Approved by", "Safeguarding Adults Board, 11 December 2024")]:
        set_row(dc.add_row(), [a, b])
    doc.add_paragraph()
    doc.add_paragraph("The review made three recommendations. Agencies confirm completion to the SAB "
                      "Business Manager, who ticks the action off once evidence has been received.")
    header = ["No.", "Recommendation", "Action", "Agency", "Lead", "By when", "Done?"]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    set_row(t.rows[0], header)
    bold_row(t.rows[0])
    for c in t.rows[0].cells:
        shade(c, "D9D9D9")
    groups = [
        ("1. The Board should seek assurance that agencies apply the Mental Capacity Act, including "
         "executive functioning, when adults repeatedly decline care.", [
            ["1a", "Deliver a multi-agency workshop on executive functioning and capacity assessment for "
                   "practitioners.", "All agencies", "Principal Social Worker (Adults)", "By 31 March 2025", "✓"],
            ["1b", "Audit a sample of 20 cases where care was declined to test the quality of capacity "
                   "assessments.", "Adult Social Care", "Principal Social Worker (Adults)", "End of June 2025", ""],
        ]),
        ("2. The Board should ensure that self-neglect concerns are escalated through a multi-agency risk "
         "management meeting.", [
            ["2a", "Launch the revised self-neglect and hoarding protocol with a risk management meeting "
                   "pathway.", "SAB", "Grace Okonjo (SAB Business Manager)", "w/c 13/01/25", "✓"],
            ["2b", "Add self-neglect escalation to the GP safeguarding training programme.", "ICB",
             "Named GP for Safeguarding / Designated Nurse Safeguarding Adults", "Sept 2025", ""],
        ]),
        ("3. Agencies should share information about fire risk with the Fire and Rescue Service when a "
         "person who smokes is housebound.", [
            ["3a", "Agree a referral route for home fire safety visits from district nursing and "
                   "domiciliary care providers.", "Fire and Rescue Service",
             "Station Manager Paul Hughes (Prevention)", "Dec 2024", "✓"],
            ["3b", "Include fire risk prompts in the adult social care assessment form.", "Adult Social Care",
             "Head of Adult Social Care Practice", "TBC", ""],
            ["3c", "Report the number of referrals for home fire safety visits to the SAB Performance "
                   "Sub-group.", "Fire and Rescue Service", "Chair, Performance Sub-group", "Quarterly", ""],
        ]),
    ]
    for rec, acts in groups:
        rows = []
        for a in acts:
            row = t.add_row()
            set_row(row, [a[0], "", a[1], a[2], a[3], a[4], a[5]])
            rows.append(row)
        m = rows[0].cells[1].merge(rows[-1].cells[1])
        m.text = rec
    doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: SAR Sub-group, April 2025.")
    doc.save(out("d2-sar-action-plan-done-ticks.docx"))


# ---------------------------------------------------------------------------
# 5. CSSIW inspection action plan copied out of a committee-report PDF (space-separated columns)
# ---------------------------------------------------------------------------
def cssiw_txt():
    W = [6, 89, 52, 25, 6]

    def row(*cells):
        s = ""
        for i, c in enumerate(cells):
            s += (c.ljust(W[i]) if len(c) + 2 <= W[i] else c + "   ") if i < len(cells) - 1 else c
        return s.rstrip()

    hdr = row("No.", "Action", "Lead officer", "Timescale", "RAG")
    lines = []
    run_head = "Item 4" + " " * 140 + "Appendix B"

    def page_top():
        lines.append(run_head)
        lines.append("")

    def page_end(n, total=3):
        lines.append("")
        lines.append(" " * 70 + f"Page {n} of {total}")
        lines.append("\f", )

    page_top()
    lines.append("Children's Services Inspection Action Plan 2009")
    lines.append("")
    lines.append("There is a requirement to develop a stand alone action plan in response to the CSSIW report. This")
    lines.append("action plan focuses on the priorities for action that CSSIW has distilled from the areas for")
    lines.append("improvement identified within each section of the report.")
    lines.append("")
    lines.append("A traffic light approach has been adopted when reporting progress. Green signals that progress")
    lines.append("is on target. Amber indicates potential cause for concern and Red illustrates definite cause for")
    lines.append("concern.")
    lines.append("")
    lines.append(hdr)
    lines.append("")
    lines.append("Priority for action 1: Ensure that all referrals are screened and responded to within timescales")
    lines.append(row("1.1", "Introduce a duty senior practitioner rota to screen all contacts within one working day",
                     "Head of Children's Services", "April 2009", "Green"))
    lines.append(row("1.2", "Report referral timeliness to the Continuous Improvement Board",
                     "Performance Manager", "Monthly", "Green"))
    lines.append("")
    lines.append("Priority for action 2: Improve the quality of core assessments and care planning")
    lines.append(row("2.1", "Revise the core assessment practice guidance and deliver briefings to all teams",
                     "Principal Officer (Safeguarding)", "June 2009", "Amber"))
    lines.append(row("2.2", "Introduce quarterly file audits by team managers with findings reported to the Board",
                     "Team Managers / Principal Officer (Safeguarding)", "Sept 2009", "Amber"))
    page_end(1)
    page_top()
    lines.append(hdr)
    lines.append("")
    lines.append(row("2.3", "Implement the Integrated Children's System care plan module",
                     "ICS Project Manager", "March 2010", "Red"))
    lines.append("")
    lines.append("Priority for action 3: Strengthen the recruitment and retention of qualified social workers")
    lines.append(row("3.1", "Implement a market supplement for experienced social workers in the child care teams",
                     "Head of HR", "01/04/2009", "Green"))
    lines.append(row("3.2", "Develop a 'grow your own' secondment scheme with the local university",
                     "Workforce Development Manager", "Sept 2009 - July 2010", "Amber"))
    lines.append(row("3.3", "Reduce the use of agency social workers to below 10% of posts",
                     "Director of Social Services", "March 2010", "Amber"))
    page_end(2)
    page_top()
    lines.append("Progress will be monitored by the Continuous Improvement Board and the Children and Young")
    lines.append("People's Overview and Scrutiny Committee. Red and amber areas will be discussed in detail at")
    lines.append("the Board.")
    page_end(3)
    text = "\n".join(lines).replace("\n\f\n", "\n\f")
    with open(out("d2-cssiw-appendix-pdf-paste.txt"), "w", encoding="utf-8") as f:
        f.write(text.rstrip("\f") + "\n")


# ---------------------------------------------------------------------------
# 6. JTAI partnership plan laid out in Excel like a Word appendix; mistyped month -> refuse
# ---------------------------------------------------------------------------
def jtai_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ("Joint Targeted Area Inspection: multi-agency response to children affected by domestic "
                "abuse – Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Harwood Safeguarding Children Partnership – version 3, updated 02/06/2025"
    header = ["Ref", "Action", "Partner agency", "Lead", "Timescale", "Evidence of impact", "RAG"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    rows = [
        ("AFI", "Area for improvement 1: Timely sharing of information between police and schools following "
                "domestic abuse incidents (Operation Encompass)"),
        ("1.1", "Extend Operation Encompass notifications to early years settings and colleges.", "Police",
         "DI Karen Walsh (Public Protection)", "Apr–Jun 2025", "All settings receive notifications by 9am.", "G"),
        ("1.2", "Train designated safeguarding leads on responding to an Encompass notification.", "Education",
         "Education Safeguarding Manager", "Jul–Sep 2025", "90% of schools have a trained key adult.", "A"),
        ("1.3", "Audit a sample of notifications each quarter to test the school's response.", "Partnership",
         "Partnership Business Manager", "Quarterly", "Audit findings reported to the Executive.", "G"),
        ("AFI", "Area for improvement 2: The quality of risk assessment and safety planning for children "
                "discussed at MARAC"),
        ("2.1", "Introduce a children's section to the MARAC referral form and research template.", "MARAC",
         "MARAC Co-ordinator", "May 2025", "Every MARAC case records the children's needs.", "B"),
        ("2.2", "Review the MARAC safety planning guidance with children's social care and health partners.",
         "Children's Social Care", "Service Manager (MASH)", "Sept 2025 – Mrach 2026",
         "Safety plans name actions for each child.", "A"),
        ("2.3", "Attend MARAC with a health representative for every meeting.", "ICB",
         "Designated Nurse Safeguarding Children", "Ongoing", "Attendance at 100% of meetings.", "G"),
        ("AFI", "Area for improvement 3: Support for children who have lived with domestic abuse"),
        ("3.1", "Commission a therapeutic group-work programme for children aged 8 to 16.", "Local authority",
         "Head of Commissioning", "Oct–Dec 2025", "Waiting time for support under 6 weeks.", "R"),
        ("3.2", "Publish a directory of support for children on the partnership website.", "Partnership",
         "Partnership Business Manager", "July 2025", "Directory published and used.", "G"),
    ]
    r = 5
    fill_rec = PatternFill("solid", fgColor="D9E2F3")
    for item in rows:
        if item[0] == "AFI":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
            ws.cell(row=r, column=1).fill = fill_rec
        else:
            for i, v in enumerate(item, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for col, w in zip("ABCDEFG", [6, 60, 18, 32, 22, 40, 6]):
        ws.column_dimensions[col].width = w
    wb.save(out("d2-jtai-appendix-xlsx-refuse.xlsx"))


if __name__ == "__main__":
    estyn_piap()
    nhs_cqc()
    cabinet_appendix()
    sar_ticks()
    cssiw_txt()
    jtai_xlsx()
