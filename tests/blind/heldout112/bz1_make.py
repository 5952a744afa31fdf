"""Generate the bz1- case documents (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = lambda y, m, d: dt.datetime(y, m, d)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "G": "00B050", "A": "FFC000", "R": "FF0000", "B": "00B0F0", "H": "1F3864", "S": "D9E1F2"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def grid(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP


# ---------------------------------------------------------------- 1 Nottinghamshire FRS
def notts():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "Nottinghamshire Fire and Rescue Service – HMICFRS Inspection 2023-25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Progress as at 31 January 2024 – reported to the Community Safety Committee"
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:G2")
    hdr = ["Ref", "Area for Improvement", "Action", "Action Owner", "Target Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    rows = [
        ("P", "Effectiveness"),
        ("1.1", "AFI 1 – The service should make sure it has an effective system to share information about risk with its staff, including cross-border risk information.",
         "Review the site-specific risk information (SSRI) process and refresh the cross-border risk sharing protocol with neighbouring services.",
         "Head of Operational Policy and Assurance", D(2024, 3, 31), "G",
         "Cross-border protocol drafted with Derbyshire and Leicestershire. SSRI review is at final consultation stage."),
        ("1.2", None,
         "Deliver risk information awareness sessions to all watch managers.",
         "Area Manager – Response", D(2024, 6, 30), "A",
         "Sessions paused during the winter resilience period; eight of 28 stations completed."),
        ("2.1", "AFI 2 – The service should evaluate its prevention work, so it understands the benefits better.",
         "Introduce an evaluation framework for Safe and Well visits and targeted prevention campaigns.",
         "Head of Prevention", D(2024, 9, 30), "",
         "Framework agreed with Nottingham Trent University; data collection starts April."),
        ("3.1", "AFI 3 – The service should make sure it has enough qualified protection staff to meet its risk-based inspection programme.",
         "Recruit and train two additional Fire Safety Inspectors to level 4 diploma standard.",
         "Head of Protection", "Dec 2024", "A",
         "One inspector appointed; second post to be re-advertised."),
        ("P", "Efficiency"),
        ("4.1", "AFI 4 – The service should have clear and effective plans in place to improve productivity.",
         "Develop a productivity and efficiency plan with measurable targets for operational crews.",
         "Director of Transformation", D(2024, 3, 31), "Complete",
         "Plan approved by the Fire Authority in December 2023."),
        ("P", "People"),
        ("5.1", "AFI 5 – The service should make sure all staff understand how to raise concerns and that the process is trusted.",
         "Relaunch the Speak Up policy with a confidential reporting line, supported by managers' briefings.",
         "Head of People and Organisational Development", D(2024, 2, 29), "Complete",
         "Relaunched 5 February 2024 with briefings delivered to all middle managers."),
        ("5.2", None,
         "Survey staff six months after relaunch to test confidence in the process.",
         "Head of People and Organisational Development", D(2024, 8, 31), "Not started",
         "Survey questions drafted with the representative bodies."),
        ("6.1", "AFI 6 – The service should improve the way it identifies and develops high-potential staff at all levels.",
         "Extend the talent management programme to fire staff and on-call firefighters.",
         "Head of People and Organisational Development", "Ongoing", "G",
         "Second cohort includes four on-call and three fire staff members."),
    ]
    r = 5; start_afi = None
    for row in rows:
        if row[0] == "P":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        for i, v in enumerate(row, 1):
            if v is None:
                continue
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        rag = row[5]
        ws.cell(r, 6).fill = {"G": FILL["G"], "A": FILL["A"], "Complete": FILL["B"], "": FILL["G"]}.get(rag, PatternFill())
        if row[1] is None:
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        r += 1
    grid(ws, 4, r - 1, 1, 7)
    r += 1
    ws.cell(r, 1, "RAG key: G = on track; A = at risk of slipping; R = off track / overdue; Complete = action closed and evidence held")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (7, 48, 48, 28, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    wb.save(P("bz1-nottinghamshire-frs-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Bracknell Forest SAB
def bracknell():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Action Plan"
    ws["A1"] = "Bracknell Forest Safeguarding Adults Board – SAR 'Mr F' Multi-agency Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review commissioned June 2022; report published 2 August 2023"; ws["A2"].font = Font(italic=True)
    ws["A3"] = "Last updated: 14/05/2024   |   Owner: SAR Sub-group"
    hdr = ["No.", "Action", "Lead", "By When", "Update / Evidence of Impact", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = FILL["S"]
    rows = [
        ("REC", "Recommendation 1: The Board should seek assurance that self-neglect cases are escalated through the multi-agency risk management (MARM) process."),
        ("1a", "Refresh the self-neglect and hoarding protocol to include clear escalation triggers to MARM.",
         "Head of Safeguarding (BFC)", D(2023, 12, 31), "Protocol ratified by the Board in December 2023 and published on the SAB website.", "Complete"),
        ("1b", "Audit a sample of 10 self-neglect cases to test whether escalation took place as the protocol expects.",
         "SAB Business Manager", "March 2024", "Audit complete for 7 of 10 cases; remainder delayed by availability of health records. Report to QA sub-group in June.", "Amber"),
        ("REC", "Recommendation 2: Partner agencies should ensure practitioners understand how to apply the Mental Capacity Act where a person makes repeated unwise decisions."),
        ("2a", "Deliver multi-agency MCA training focusing on executive capacity, with case studies drawn from the SAR.",
         "MCA Lead, Frimley ICB / Training Lead, BFC", "Sept 2023 – March 2024", "Four sessions delivered to 112 practitioners; evaluation positive.", "Green"),
        ("2b", "Add a capacity-assessment prompt to the adult social care and community health recording systems.",
         "Principal Social Worker", D(2024, 6, 30), "Change request raised with the LAS system supplier.", "Green"),
        ("REC", "Recommendation 3: The Board should assure itself that housing providers are included in multi-agency meetings for adults at risk."),
        ("3a", "Invite housing providers to be standing members of MARM and the Safeguarding Adults Practitioners Forum.",
         "Head of Housing", D(2023, 10, 31), "Silva Homes and two other providers now attend.", "Complete"),
        ("3b", "Develop a briefing for housing officers on recognising self-neglect and making a safeguarding concern.",
         "Head of Housing; SAB Business Manager", "Q1 2024/25", "", "Not started"),
        None,
        ("REC", "Recommendation 4: The Board should share the learning from this review across the partnership."),
        ("4a", "Publish a 7-minute briefing and hold two learning events for practitioners.",
         "SAB Business Manager", "Ongoing", "7-minute briefing published February 2024; first learning event held 20 March.", "Green"),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "REC":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            grid(ws, r, r, 1, 6); r += 1; continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 6).fill = {"Green": FILL["G"], "Amber": FILL["A"], "Complete": FILL["B"]}.get(row[5], PatternFill())
        grid(ws, r, r, 1, 6); r += 1
    r += 1
    ws.cell(r, 1, "RAG: Red = off track; Amber = some slippage; Green = on track; Complete = action completed and evidence received by the SAR Sub-group")
    for col, w in zip("ABCDEF", (6, 55, 30, 22, 50, 12)):
        ws.column_dimensions[col].width = w
    wb.save(P("bz1-bracknell-forest-sab-sar-mr-f-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Welwyn Hatfield CPC (refuse)
def welwyn():
    wb = Workbook(); ws = wb.active; ws.title = "CPC Action Plan"
    ws["A1"] = "Welwyn Hatfield Borough Council – LGA Corporate Peer Challenge Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Peer challenge held 5–8 March 2024. Action plan agreed by Cabinet, July 2024."
    ws.merge_cells("A2:G2")
    hdr = ["Rec No.", "Peer Challenge Recommendation", "Our response / actions", "Lead", "Timescale", "Status", "Progress (December 2024)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    rows = [
        (1, "Develop a clear, prioritised corporate plan that sets out what the council will and will not do over the next three years.",
         "Refresh the Council Plan 2024-27 with members and publish a prioritised delivery plan.",
         "Executive Director (Resources)", "September 2024", "Complete", "Council Plan adopted by Council on 23 September 2024."),
        (None, None,
         "Introduce quarterly performance reporting against the delivery plan to Cabinet and Overview and Scrutiny.",
         "Head of Policy and Performance", "December 2024", "On track", "First quarterly report to Cabinet in December."),
        (2, "Strengthen the Medium Term Financial Strategy so that the budget gap from 2025/26 is closed with identified savings.",
         "Set out a savings and income programme to close the budget gap for 2025/26 and 2026/27.",
         "Chief Finance Officer", "Febuary 2025", "In progress", "Savings proposals of £1.9m identified; further options going to Cabinet in January."),
        (None, None,
         "Review the reserves policy and set a minimum level of general fund balance.",
         "Chief Finance Officer", "March 2025", "On track", "Review under way with external treasury advisers."),
        (3, "Invest in member-officer relationships, building trust and clarity about roles.",
         "Run a joint member and officer development programme, including the protocol on member-officer relations.",
         "Monitoring Officer", "Ongoing", "On track", "Two joint workshops held; protocol refreshed."),
        (4, "Accelerate the Local Plan review to give certainty to residents and developers.",
         "Publish a revised Local Development Scheme with a timetable for the Local Plan review.",
         "Assistant Director (Planning)", "October 2024", "Complete", "Revised LDS published 14 October 2024."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, i, v)
        if row[0] is None:
            ws.merge_cells(start_row=r - 1, start_column=1, end_row=r, end_column=1)
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        ws.cell(r, 6).fill = {"Complete": FILL["B"], "On track": FILL["G"], "In progress": FILL["A"]}[row[5]]
        r += 1
    grid(ws, 4, r - 1, 1, 7)
    for col, w in zip("ABCDEFG", (8, 45, 45, 28, 15, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(P("bz1-welwyn-hatfield-bc-corporate-peer-challenge-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, texts, fill="D9E1F2"):
    for c, t in zip(row.cells, texts):
        c.text = ""
        run = c.paragraphs[0].add_run(t); run.bold = True
        shade(c, fill)


# ---------------------------------------------------------------- 4 WAST HIW
def wast():
    doc = Document()
    doc.add_heading("Welsh Ambulance Services NHS Trust – Improvement Plan", level=1)
    doc.add_paragraph("Review: Healthcare Inspectorate Wales review of patient safety, privacy, dignity and experience "
                      "whilst waiting in ambulances during delayed handover")
    doc.add_paragraph("Date of publication of HIW report: 12 November 2021")
    doc.add_paragraph("The table below sets out the improvements identified by HIW and the actions the Trust will take "
                      "in response. The Trust will report progress to its Quality, Patient Safety and Experience Committee.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    bold_row(t.rows[0], ["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale"], "BDD7EE")

    def section(name):
        row = t.add_row(); m = row.cells[0].merge(row.cells[4]); m.text = ""
        m.paragraphs[0].add_run(name).bold = True; shade(m, "F2F2F2")

    def act(imp, std, action, officer, when, cont=False):
        row = t.add_row()
        vals = [imp or "", std or "", action, officer, when]
        for c, v in zip(row.cells, vals):
            c.text = v
        if cont:
            prev = t.rows[len(t.rows) - 2]
            prev.cells[0].merge(row.cells[0]); prev.cells[1].merge(row.cells[1])

    section("Quality of the patient experience")
    act("The Trust must ensure patients waiting in ambulances outside emergency departments have access to food, drink and toilet facilities.",
        "Health and Care Standard 4.1 Dignified Care",
        "Issue a patient welfare checklist to all crews for completion at every 60-minute interval during a delayed handover.",
        "Assistant Director of Quality and Nursing", "31 March 2022")
    act(None, None,
        "Agree with each health board a protocol for access to toilet facilities and refreshments for patients held on vehicles.",
        "Director of Operations", "June 2022", cont=True)
    act("The Trust should make sure patients' privacy and dignity are maintained when they are assessed on vehicles outside the department.",
        "Health and Care Standard 4.1 Dignified Care",
        "Remind staff through a clinical bulletin of the requirement to close vehicle doors and use blinds during assessments, and include this in the next environment audit.",
        "Head of Clinical Quality", "January 2022")
    section("Delivery of safe and effective care")
    act("The Trust must ensure there is a consistent process for clinical reassessment of patients during delayed handovers, including NEWS2 recording.",
        "Health and Care Standard 3.1 Safe and Clinically Effective Care",
        "Roll out NEWS2 recording on the electronic patient clinical record (ePCR) with a prompt for repeat observations every 30 minutes.",
        "Medical Director", "Q2 2022/23")
    act(None, None,
        "Audit compliance with repeat observations and report the results to the Quality, Patient Safety and Experience Committee.",
        "Head of Clinical Audit", "Monthly", cont=True)
    act("The Trust should review infection prevention and control arrangements for cleaning vehicles after long handover delays.",
        "Health and Care Standard 2.4 Infection Prevention and Control",
        "Update the vehicle cleaning standard operating procedure and issue it to all stations.",
        "IPC Lead", "30/09/2022")
    section("Quality of management and leadership")
    act("The Trust should continue to work with health boards to reduce the number of hours lost to handover delays.",
        "Governance, Leadership and Accountability",
        "Continue joint work through the national handover improvement programme with each health board, reporting progress to the Trust Board.",
        "Chief Executive", "Ongoing")
    doc.add_paragraph("")
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2); s.style = "Table Grid"
    for row, (a, b) in zip(s.rows, [("Name (print):", "Claire Vaughan"), ("Job role:", "Director of Quality and Nursing"), ("Date:", "10 December 2021")]):
        row.cells[0].text = a; row.cells[1].text = b
    doc.save(P("bz1-welsh-ambulance-hiw-delayed-handover-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 West Dunbartonshire ASP
def wdun():
    doc = Document()
    doc.add_heading("West Dunbartonshire Adult Protection Committee: Improvement Plan following the Joint Inspection of "
                    "Adult Support and Protection (2023)", level=1)
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for row, (a, b) in zip(dc.rows, [("Document", "ASP Joint Inspection Improvement Plan"), ("Version", "1.3"),
                                     ("Date", "8 February 2024"), ("Owner", "Adult Protection Committee")]):
        row.cells[0].text = a; row.cells[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("The Care Inspectorate, Healthcare Improvement Scotland and HM Inspectorate of Constabulary in Scotland "
                      "published their report on adult support and protection in West Dunbartonshire in May 2023. The report "
                      "identified four priority areas for improvement. This plan sets out the partnership's response and is "
                      "reviewed at each meeting of the Adult Protection Committee.")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"]
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    areas = [
        ("Partners should ensure that all adults at risk of harm have a chronology that is up to date and used to inform risk assessment.", [
            ("1.1", "Issue revised chronology practice guidance and template to all council officers and health staff.", "ASP Lead Officer", "June 2023", "Guidance issued 12 June 2023 and briefings held for each team.", "Complete"),
            ("1.2", "Carry out a quarterly case file audit of chronologies, reporting findings to the Adult Protection Committee.", "ASP Lead Officer / Quality Assurance Officer", "Quarterly", "Audits completed for Q2 and Q3; 78% of chronologies rated good or better.", "Green")]),
        ("Partners should improve the quality and consistency of risk assessments and protection plans.", [
            ("2.1", "Introduce a single multi-agency risk assessment tool for ASP investigations and case conferences.", "Head of Health and Community Care", "December 2023", "Tool piloted in two teams; IT changes to CareFirst delayed until early 2024.", "Amber"),
            ("2.2", "Deliver training on protection planning to council officers and NHS staff.", "Learning and Development Manager", "31 March 2024", "Three of five sessions delivered.", "Green")]),
        ("The adult protection committee should strengthen its oversight of key processes through a robust self-evaluation and quality assurance framework.", [
            ("3.1", "Agree an APC self-evaluation framework and annual audit calendar.", "Independent Chair, APC", "September 2023", "Framework agreed at September APC.", "Complete"),
            ("3.2", "Develop a performance dataset for the APC covering referrals, investigations, case conferences and protection orders.", "Performance Manager", "January 2024", "Dataset delayed by data quality issues; revised date to be agreed at March APC.", "Red")]),
        ("Partners should ensure that adults at risk of harm and their unpaid carers are involved in ASP processes and that their views are recorded.", [
            ("4.1", "Offer an independent advocacy referral at the point of investigation for all adults at risk.", "Head of Strategy and Transformation", "November 2023", "Referral pathway agreed with advocacy provider; uptake being monitored.", "Green")]),
    ]
    for n, (text, acts) in enumerate(areas, 1):
        doc.add_heading(f"Priority area for improvement {n}", level=3)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        bold_row(t.rows[0], hdr)
        for a in acts:
            row = t.add_row()
            for c, v in zip(row.cells, a):
                c.text = v
            shade(row.cells[5], colours[a[5]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete (blue) – action complete; Green – on track; Amber – some delay; Red – significant delay, "
                      "escalated to the Chief Officers Group.")
    doc.save(P("bz1-west-dunbartonshire-apc-asp-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 UEA internal audit tracker (csv)
def uea():
    rows = [
        ["University of East Anglia - Audit and Risk Committee: Internal Audit Recommendations Follow-Up (March 2024)"],
        [],
        ["Audit", "Rec No", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
         "Original Target Date", "Revised Target Date", "Status", "Update"],
        ["Cyber Security (2023/24)", "1", "High",
         "The University should enforce multi-factor authentication for all remote access to its network.",
         "MFA to be enabled for all staff VPN and remote desktop accounts, with any exceptions approved by the Chief Information Security Officer.",
         "Director of IT and Digital Services", "31/12/2023", "", "Complete",
         "MFA enforced from 4 December 2023; 12 approved exceptions logged."],
        ["Cyber Security (2023/24)", "2", "Medium",
         "Privileged accounts should be reviewed on a regular basis.",
         "Introduce a quarterly review of privileged accounts, with evidence retained.",
         "Head of Infrastructure", "31/01/2024", "30/04/2024", "Amber",
         "First review completed in February. Process to be documented before the action is closed."],
        ["Student Attendance Monitoring", "1", "High",
         "Attendance monitoring for sponsored students should be applied consistently across all schools.",
         "Roll out the central attendance monitoring system to all schools and issue guidance to school administrators.",
         "Academic Registrar", "31/03/2024", "", "Green",
         "System live in 21 of 23 schools; the remaining two are scheduled for March."],
        ["Student Attendance Monitoring", "2", "Low",
         "Guidance for staff on recording absences should be updated.",
         "Update and reissue the attendance guidance.",
         "Head of Student Services; Academic Registrar", "31/10/2023", "", "Complete",
         "Guidance reissued October 2023."],
        ["Research Grants Expenditure", "1", "Medium",
         "Staff costs charged to research grants should be supported by evidence of time spent.",
         "Research Finance to issue guidance on evidencing staff time charged to grants and sample-check claims quarterly.",
         "Head of Research Finance", "30/06/2024", "", "Not started",
         "Scheduled to begin after the financial year-end."],
        ["Research Grants Expenditure", "2", "Medium",
         "Grant closure should be completed within funder deadlines.",
         "Introduce a monthly report of grants approaching their end date for principal investigators and Research Finance.",
         "Head of Research Finance", "30/11/2023", "29/02/2024", "Red",
         "Report developed but not yet issued because of a vacancy in the team."],
        ["Estates Health and Safety", "1", "High",
         "Overdue fire risk assessments should be completed and a rolling programme agreed.",
         "Complete all overdue fire risk assessments and agree an annual programme with the Health and Safety Committee.",
         "Director of Estates", "31/03/2024", "", "Green",
         "34 of 41 overdue assessments completed; programme agreed."],
    ]
    with open(P("bz1-uea-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Pencoed Estyn PIAP (txt)
def pencoed():
    L = [
        "Pencoed Comprehensive School – Post-Inspection Action Plan (Estyn inspection, May 2023)",
        "",
        "Approved by the governing body: 11 July 2023",
        "Progress reviewed termly by the Teaching and Learning Committee",
        "",
        "R1: Improve the consistency of teaching and assessment so that all pupils are challenged appropriately",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "1.1\tIntroduce a whole-school framework for questioning and challenge, with training for all teaching staff.\tJRH\tAutumn term 2023\tINSET delivered September 2023; framework in all departmental handbooks.\tComplete",
        "1.2\tCarry out half-termly learning walks and book looks focusing on challenge for more able pupils.\tJRH/SM\tTermly\tTwo rounds completed; findings shared with heads of department.\tGreen",
        "",
        "R2: Strengthen provision for the development of pupils' Welsh language skills",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "2.1\tAppoint a Welsh language champion in each department and plan regular opportunities for pupils to use Welsh across the curriculum.\tALD\tSpring term 2024\tChampions appointed in 9 of 12 departments.\tAmber",
        "2.2\tAchieve the Cymraeg Campus Bronze award.\tALD\tSummer term 2024\t\tNot started",
        "",
        "R3: Strengthen self-evaluation and improvement planning so that they focus sharply on pupils' progress",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "3.1\tRevise the self-evaluation calendar so that leaders at all levels evaluate the impact of teaching on pupils' progress.\tHeadteacher\tAutumn term 2023\tRevised calendar in place; first round of evaluation reports received.\tGreen",
        "3.2\tTrain middle leaders in writing department improvement plans linked to whole-school priorities.\tKL\t31/01/2024\tTraining delivered on 17 January 2024.\tGreen",
        "3.3\tGovernors to undertake link visits to each faculty and report to the full governing body.\tChair of Governors\tJuly 2024\tFour of six faculty visits completed.\tGreen",
        "",
        "RAG: Green - on track / Amber - some slippage / Red - not on track / Complete - action completed",
    ]
    with open(P("bz1-pencoed-comprehensive-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    notts(); bracknell(); welwyn(); wast(); wdun(); uea(); pencoed()
    print("done")
