"""Generator for the ef2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in dict(
    red="FF0000", amber="FFC000", green="00B050", blue="00B0F0", grey="D9D9D9", head="1F4E79", sec="DDEBF7").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


def header_row(ws, r, cols):
    for i, c in enumerate(cols, 1):
        cell = ws.cell(r, i, c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------- 1 DHCFT board action log
def dhcft():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Derbyshire Healthcare NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public Session) – Action Log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 6 May 2025"
    cols = ["Action No", "Action", "Lead", "Due Date", "Revised Due Date", "Status", "Update"]
    header_row(ws, 5, cols)
    rows = [
        ("sec", "Board of Directors – 4 March 2025"),
        ("25/014", "Circulate the refreshed Board Assurance Framework heat map for risk 1B to all Board members ahead of the Audit and Risk Committee.",
         "JS", D(2025, 3, 31), None, "Complete", "Heat map circulated with the Audit and Risk Committee papers on 25 March 2025. Propose to close."),
        ("25/015", "Bring a paper to Board setting out the trajectory for eliminating inappropriate out of area placements, including the impact of the new PICU beds.",
         "Director of Operations", D(2025, 5, 6), D(2025, 7, 1), "Amber",
         "Deferred to the July Board so that the Q4 bed modelling can be included. Deferral agreed with the Chair."),
        ("25/016", "Provide a breakdown of the 2024 staff survey results by protected characteristic to the People and Culture Committee.",
         "CJ/RD", D(2025, 4, 30), None, "Red",
         "Not yet received by the Committee. Analysis delayed by the late release of the national benchmarking data; verbal update to be given at the meeting."),
        ("25/017", "Add the Derby City and Derbyshire County Section 75 partnership agreement review to the Board forward plan.",
         "Trust Secretary", D(2025, 3, 31), None, "Complete", "Added to the forward plan for September 2025."),
        ("sec", "Board of Directors – 6 May 2025"),
        ("25/031", "Provide the Board with a breakdown of agency spend by staff group and ward, with the actions being taken to reduce off-framework use.",
         "JS", D(2025, 7, 1), None, "Green", "Being prepared with the month 2 finance report; on track for the July meeting."),
        ("25/032", "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the learning from its first year.",
         "Director of Nursing and Patient Experience", D(2025, 9, 30), None, "Green",
         "Session booked for the Board development day on 2 September 2025."),
        ("25/033", "Report back on the reduction in the use of prone restraint following the Non-Executive Director visit to the Radbourne Unit.",
         "AR", D(2025, 7, 31), None, "Green", "Data for Q1 being validated by the Reducing Restrictive Practice group."),
        ("25/034", "Provide a quarterly update on progress with the Derbyshire mental health urgent care pathway and the crisis café model.",
         "Director of Strategy", "Ongoing", None, "Green", "First quarterly update scheduled for July Board."),
    ]
    r = 6
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(r, c).fill = FILL["sec"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for i, v in enumerate(row, 1):
                cell = ws.cell(r, i, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}[row[5]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for txt, f in [("Complete – action closed, to be removed from the log at the next meeting", "blue"),
                   ("Green – on track to be delivered by the due date", "green"),
                   ("Amber – due date revised / at risk of slipping", "amber"),
                   ("Red – overdue", "red")]:
        ws.cell(r, 2, txt); ws.cell(r, 1).fill = FILL["grey"]; ws.cell(r + 0, 6).fill = FILL[f]
        r += 1
    for col, w in zip("ABCDEFG", [11, 60, 24, 13, 13, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p("ef2-derbyshire-healthcare-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 Blackburn with Darwen risk register (refuse)
def bwd():
    wb = Workbook(); ws = wb.active; ws.title = "Strategic Risks Q2"
    ws["A1"] = "Blackburn with Darwen Borough Council"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 2 2025/26"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Governance Committee, November 2025. Scores are Likelihood x Impact (1–5)."
    cols = ["Risk Ref", "Risk", "Risk Owner", "Current Score", "Further mitigating actions", "Action Owner", "Target Date", "Action RAG", "Progress"]
    header_row(ws, 5, cols)
    risks = [
        ("SR01", "Medium Term Financial Strategy: the Council is unable to set a balanced budget for 2026/27 and beyond.", "Strategic Director of Resources", "4 x 5 = 20", [
            ("Deliver the agreed 2025/26 savings programme and report variances monthly to the Executive Board.", "Director of Finance", "Mar-26", "Amber", "£1.2m of the £4.8m programme rated at risk; mitigations being identified."),
            ("Refresh the MTFS following the provisional local government finance settlement.", "Director of Finance", "Feb-26", "Green", "Timetable agreed; modelling of fair funding changes under way."),
        ]),
        ("SR02", "Children's social care demand and placement costs exceed the available budget.", "Strategic Director of Children's Services", "4 x 4 = 16", [
            ("Open the second in-house children's home to reduce reliance on external residential placements.", "Head of Corporate Parenting", "Dec-25", "Green", "Registration application submitted to Ofsted in August."),
            ("Complete the sufficiency review of foster carer recruitment and retention offer.", "Fostering Service Manager", "Setp-25", "Red", "Review drafted but not yet through DMT; report now expected in Q3."),
        ]),
        ("SR03", "Cyber attack or major ICT failure disrupts delivery of critical services.", "Director of Digital and Customer Services", "3 x 5 = 15", [
            ("Complete the migration of remaining on-premise servers to the cloud platform.", "Head of ICT", "Mar-26", "Green", "70% of servers migrated."),
            ("Run a corporate cyber incident exercise with the Emergency Planning team.", "Head of ICT / Emergency Planning Manager", "Nov-25", "Green", "Exercise scheduled for 19 November."),
        ]),
        ("SR04", "Failure to meet statutory housing duties owing to rising homelessness and temporary accommodation use.", "Strategic Director of Place", "4 x 4 = 16", [
            ("Deliver the temporary accommodation acquisition programme (20 units).", "Head of Housing Needs", "Mar-26", "Amber", "12 units acquired; remaining purchases slowed by conveyancing."),
            ("Review the Homelessness Prevention Grant spending plan.", "Head of Housing Needs", "Ongoing", "Green", "Reviewed quarterly at Housing Board."),
        ]),
    ]
    r = 6
    for ref, risk, owner, score, acts in risks:
        start = r
        for a in acts:
            for i, v in enumerate(a, 5):
                cell = ws.cell(r, i, v); cell.alignment = WRAP; cell.border = BOX
            ws.cell(r, 8).fill = FILL[a[3].lower()]
            r += 1
        for i, v in enumerate([ref, risk, owner, score], 1):
            ws.cell(start, i, v).alignment = WRAP
            ws.merge_cells(start_row=start, start_column=i, end_row=r - 1, end_column=i)
    r += 1
    ws.cell(r, 1, "Action RAG: Green – on track; Amber – some slippage; Red – target date missed")
    for col, w in zip("ABCDEFGHI", [9, 45, 24, 12, 55, 26, 11, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(p("ef2-blackburn-darwen-bc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Knowsley SCP LCSPR Child M
def knowsley():
    wb = Workbook(); ws = wb.active; ws.title = "Child M Action Plan"
    ws["A1"] = "Knowsley Safeguarding Children Partnership"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Local Child Safeguarding Practice Review – Child M: Multi-agency Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Review published June 2025. Plan owner: KSCP Learning and Improvement Sub-group. Last updated 14/10/2025."
    cols = ["No.", "Action", "Lead", "Timescale", "Progress / evidence of impact", "RAG"]
    header_row(ws, 5, cols)
    rows = [
        ("rec", "Recommendation 1: Partners should strengthen how the lived experience of babies and non-verbal children is recorded and used in assessments."),
        ("1.1", "Revise the multi-agency practice guidance on capturing the voice of the pre-verbal child and launch it through a 7-minute briefing.",
         "KSCP Business Manager", "Sept 2025", "Guidance revised and briefing launched at the September practitioner forum; 212 downloads to date.", "blue"),
        ("1.2", "Audit 20 Early Help and Child in Need assessments for children under two to test whether the child's daily lived experience is evident.",
         "Head of Early Help", "Q4 2025/26", "Audit tool agreed by the sub-group; sample to be drawn in January.", "green"),
        ("rec", "Recommendation 2: Health partners should ensure that information about fathers and other males in the household is sought and shared."),
        ("2.1", "Update the health visiting and midwifery booking templates so that details of fathers and partners are mandatory fields.",
         "Designated Nurse Safeguarding Children (ICB)", D(2025, 12, 31), "Midwifery template changed; health visiting template change delayed by the system supplier.", "amber"),
        ("2.2", "Deliver 'Think Family – Seeing the Dads' training to GP practice safeguarding leads.",
         "Named GP for Safeguarding", "Dec 2025 – Mar 2026", "Dates for three sessions set.", "green"),
        ("rec", "Recommendation 3: The partnership should seek assurance that escalation processes are understood and used when professionals disagree."),
        ("3.1", "Relaunch the KSCP escalation and resolution of professional disagreements policy with a short guide for frontline staff.",
         "KSCP Business Manager / Learning and Development Officer", D(2026, 1, 1), "Draft guide with comms team.", "green"),
        ("3.2", "Report the number and outcome of escalations to the Executive Group each quarter.",
         "KSCP Business Manager", "Ongoing", "Q1 report received by the Executive Group in July; Q2 due in November.", "green"),
        ("rec", "Recommendation 4: Schools and early years settings should be supported to identify neglect at an early stage."),
        ("4.1", "Roll out the Graded Care Profile 2 to early years settings and nursery classes.",
         "Education Safeguarding Lead", "Mar-26", "Roll-out not yet started; training licence being renewed.", None),
        ("4.2", "Include a neglect case study from this review in the Designated Safeguarding Lead network meeting.",
         "Education Safeguarding Lead", "Summer term 2025", "Delivered at the June DSL network; 41 schools attended.", "blue"),
        ("4.3", "Test the impact of the neglect training through a multi-agency case audit of children subject to plans under the category of neglect.",
         "Quality Assurance Officer", "June 2026", "", "green"),
    ]
    r = 6
    for row in rows:
        if row[0] == "rec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).alignment = WRAP
            for c in range(1, 7):
                ws.cell(r, c).fill = FILL["sec"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row[:5], 1):
                cell = ws.cell(r, i, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            ws.cell(r, 6).border = BOX
            if row[5]:
                ws.cell(r, 6).fill = FILL[row[5]]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for txt, f in [("Complete and evidenced", "blue"), ("On track", "green"), ("Some delay – within tolerance", "amber"), ("Off track – escalate to Executive Group", "red"), ("Not yet started", None)]:
        if f:
            ws.cell(r, 1).fill = FILL[f]
        ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEF", [8, 60, 30, 18, 55, 8]):
        ws.column_dimensions[col].width = w
    wb.save(p("ef2-knowsley-scp-lcspr-child-m-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(ln); run.bold = bold; run.font.size = Pt(9)


HEX = dict(red="FF0000", amber="FFC000", green="00B050", blue="00B0F0", head="D9E2F3")


# ---------------------------------------------------------------- 4 Warwickshire SAB SAR Adult H
def warwickshire():
    doc = Document()
    doc.add_paragraph("Warwickshire Safeguarding Adults Board").runs[0].bold = True
    doc.add_heading("Safeguarding Adults Review: Adult H – Action Plan", level=1)
    doc.add_paragraph(
        "This plan sets out how the Board and its partner agencies will respond to the recommendations of the "
        "Safeguarding Adults Review into the death of Adult H, a 58-year-old man who self-neglected and was "
        "dependent on alcohol. Progress is monitored by the SAR Sub-group and reported to the Board each quarter.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, True); shade(c, HEX["head"])
    for row in [("0.1", "12/02/2025", "WSAB Business Manager", "First draft for SAR Sub-group"),
                ("1.0", "20/03/2025", "WSAB Business Manager", "Agreed by the Board"),
                ("1.3", "08/10/2025", "WSAB Business Manager", "Q2 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_heading("Action Plan", level=2)
    cols = ["Recommendation", "Ref", "Action", "Lead", "Target Date", "Progress Update", "RAG"]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, True); shade(c, HEX["head"])
    recs = [
        ("1. WSAB should seek assurance that partner agencies understand and apply the multi-agency self-neglect guidance, including the use of the escalation route to a multi-agency risk management meeting.", [
            ("1a", "Refresh the self-neglect and hoarding guidance and publish a one-page practitioner summary.", "WSAB Business Manager", "March 2025",
             "Guidance refreshed and published on the WSAB website in March 2025.", "Complete", "blue"),
            ("1b", "Audit the use of multi-agency risk management meetings for adults who self-neglect.", "Head of Safeguarding Adults (WCC)", "30/06/2025",
             "Audit completed in June; 14 cases reviewed. Findings presented to the SAR Sub-group in July.", "Complete", "blue"),
        ]),
        ("2. Partners should ensure that practitioners consider executive functioning when assessing mental capacity in relation to alcohol use.", [
            ("2a", "Deliver multi-agency training on mental capacity, executive function and alcohol dependency.", "WSAB Learning and Development Lead", "By end of September 2025",
             "Four sessions delivered to 160 staff.\nEvaluation shows improved confidence in 82% of attendees.", "Green", "green"),
            ("2b", "Include a prompt on executive functioning in the adult social care Mental Capacity Act assessment form.", "Principal Social Worker", "Q3 2025-26",
             "Form change requested; awaiting Mosaic release.", "Amber", "amber"),
        ]),
        ("3. Drug and alcohol services should work with partners to improve engagement with people who repeatedly miss appointments.", [
            ("3a", "Review the Change Grow Live did-not-attend policy so that a missed appointment triggers contact with the referrer and GP.", "CGL Service Manager", "31/12/2025",
             "Policy under review; draft shared with the ICB.", "Green", "green"),
        ]),
        ("4. Health partners should share information about frequent attendance at the emergency department with adult social care and primary care.", [
            ("4a", "Establish a frequent attender multi-disciplinary review at George Eliot Hospital with adult social care attendance.", "GEH Named Nurse Safeguarding Adults / Head of Safeguarding Adults (WCC)", "Ongoing – reviewed quarterly",
             "Monthly meetings in place since April 2025.", "Green", "green"),
            ("4b", "Agree an information sharing protocol for ED frequent attenders across the three acute trusts.", "ICB Designated Nurse for Adult Safeguarding", "31/03/2026",
             "Not started – awaiting regional template from NHS England.", "Red", "red"),
        ]),
    ]
    for rec, acts in recs:
        first = None
        for ref, act, lead, date, prog, rag, col in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]; set_cell(first, rec)
            for c, v in zip(cells[1:], [ref, act, lead, date, prog, rag]):
                set_cell(c, v)
            shade(cells[6], HEX[col])
        last = t.rows[-1].cells[0]
        if last._tc is not first._tc:
            first.merge(last)
            set_cell(first, rec)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete (blue) – action completed and evidenced; Green – on track; Amber – delayed but expected to complete; Red – not achieved or not started and overdue risk.")
    doc.save(p("ef2-warwickshire-sab-sar-adult-h-action-plan.docx"))


# ---------------------------------------------------------------- 5 Walsall Together highlight report
def walsall():
    doc = Document()
    doc.add_heading("Walsall Together Partnership Board – Highlight Report", level=1)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Programme", "Integrated Health and Care Transformation Programme"), ("Reporting period", "July – August 2025"),
                 ("Senior Responsible Officer", "Director of Integration, Walsall Together"), ("Overall RAG", "Amber")]:
        cells = t.add_row().cells; set_cell(cells[0], k, True); set_cell(cells[1], v)
        if k == "Overall RAG":
            shade(cells[1], HEX["amber"])
    doc.add_paragraph()
    doc.add_paragraph("Summary: good progress has been made on the neighbourhood team model and the care home support offer. "
                      "The virtual ward expansion remains behind plan because of recruitment to the advanced clinical practitioner posts.")
    doc.add_heading("Key actions and milestones by workstream", level=2)
    streams = [
        ("Workstream 1: Integrated Neighbourhood Teams", [
            ("INT-01", "Go live with the second wave of neighbourhood teams in Walsall South and Darlaston.", "Head of Community Services", "Sep-25", "Green", "green",
             "Walsall South live from 1 September; Darlaston go-live on track for 22 September."),
            ("INT-02", "Agree a shared caseload and single care record view with adult social care.", "MN / KS", "31 Oct 2025", "Amber", "amber",
             "Information governance sign-off awaited from the Council."),
            ("INT-03", "Recruit to the neighbourhood team care co-ordinator posts.", "Head of Community Services", "July 2025", "Complete", "blue",
             "All six posts filled."),
        ]),
        ("Workstream 2: Care Homes and Intermediate Care", [
            ("CH-01", "Extend the enhanced health in care homes ward round to all nursing homes in the borough.", "Clinical Lead for Care Homes", "November 2025", "Green", "green",
             "31 of 38 homes now covered."),
            ("CH-02", "Review the discharge to assess bed model with the Council and agree the 2026/27 commissioning intentions.", "Place Commissioning Lead", "Q3 25/26", "Green", "green",
             "Review group established; first meeting held 12 August."),
            ("CH-03", "Expand the virtual ward from 40 to 60 beds.", "Divisional Director – Community", "Mar 2026", "Red", "red",
             "Two of five advanced clinical practitioner posts recruited. Recovery plan to be presented to the September Board."),
        ]),
        ("Workstream 3: Mental Health and Wellbeing", [
            ("MH-01", "Launch the community wellbeing hub in Bloxwich with the voluntary sector.", "Black Country Healthcare Locality Manager", "TBC", "Amber", "amber",
             "Premises lease still being negotiated."),
            ("MH-02", "Complete the review of the Walsall Together mental health navigator pilot.", "Public Health Consultant", "30/09/2025", "Green", "green",
             "Evaluation report in draft."),
        ]),
    ]
    for head, acts in streams:
        doc.add_heading(head, level=3)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action / milestone", "Owner", "Due", "RAG", "Update"]):
            set_cell(c, h, True); shade(c, HEX["head"])
        for ref, act, owner, due, rag, col, upd in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, owner, due, rag, upd]):
                set_cell(c, v)
            shade(cells[4], HEX[col])
        doc.add_paragraph()
    doc.add_heading("Key risks", level=2)
    doc.add_paragraph("Workforce: recruitment to advanced clinical practitioner roles (risk score 16).", style="List Bullet")
    doc.add_paragraph("Finance: non-recurrent funding for the care home ward round ends in March 2026 (risk score 12).", style="List Bullet")
    doc.add_heading("Decisions required from the Board", level=2)
    doc.add_paragraph("The Board is asked to note the report and to support the virtual ward recovery plan coming to the September meeting.")
    doc.save(p("ef2-walsall-together-partnership-board-highlight-report.docx"))


# ---------------------------------------------------------------- 6 Safer Stockton DHR csv export
def stockton():
    cols = ["Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "Revised Target Date", "RAG", "Progress Update", "Date Updated"]
    r1 = "Safer Stockton Partnership to seek assurance that agencies routinely ask about domestic abuse when an older person presents with injuries."
    r2 = "North Tees and Hartlepool NHS Foundation Trust to improve the recording and sharing of domestic abuse disclosures made in the emergency department."
    r3 = "Cleveland Police to ensure that repeat calls to the same address are identified and reviewed by a supervisor."
    r4 = "Safer Stockton Partnership to raise awareness of economic abuse and adult family abuse in the community."
    rows = [
        ("1.1", r1, "Add routine enquiry prompts to the adult social care contact assessment and the district nursing initial assessment.", "Head of Adult Safeguarding (SBC)", "31/03/2025", "", "Complete",
         "Prompts added to both assessments in March 2025. Dip sample planned for Q3.", "02/10/2025"),
        ("1.2", r1, "Deliver domestic abuse in later life briefings to care agencies and the district nursing teams.", "Domestic Abuse Strategy Manager", "30/06/2025", "31/10/2025", "Amber",
         "Three of five briefings delivered. Remaining sessions moved to October due to availability of Harbour trainers.", "02/10/2025"),
        ("2.1", r2, "Amend the emergency department triage record so that a disclosure of domestic abuse creates an alert and a referral to the hospital IDVA.", "Named Nurse Safeguarding Adults (NTHFT)", "30/09/2025", "", "Green",
         "Alert built in the test environment.\nGo-live planned for late September.", "02/10/2025"),
        ("2.2", r2, "Audit ED records for patients aged 60+ presenting with falls or injuries to test compliance with routine enquiry.", "Named Nurse Safeguarding Adults (NTHFT)", "31/01/2026", "", "Not started",
         "", "02/10/2025"),
        ("3.1", r3, "Introduce a repeat address flag on the command and control system with a supervisor review after the third call in 28 days.", "DCI Vulnerability and Safeguarding", "31/07/2025", "", "Complete",
         "Flag live from 14 July 2025.", "02/10/2025"),
        ("3.2", r3, "Include learning from this review in response officer continuous professional development.", "Cleveland Police Learning and Development Manager", "Ongoing", "", "Green",
         "Case study included in the CPD day for all Stockton response teams.", "02/10/2025"),
        ("4.1", r4, "Run a local campaign on economic abuse during the 16 Days of Action.", "Community Safety Team Leader", "December 2025", "", "Green",
         "Campaign materials agreed with partners.", "02/10/2025"),
        ("4.2", r4, "Publish a 7-minute briefing on this review for all partner agencies.", "DHR Co-ordinator", "31/05/2025", "", "Complete",
         "Published May 2025 on the Safer Stockton Partnership pages.", "02/10/2025"),
    ]
    with open(p("ef2-safer-stockton-partnership-dhr-kim-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(cols)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 NHFT internal audit tracker (tab export)
def nhft():
    cols = ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
            "Original Due Date", "Revised Due Date", "RAG", "Latest Update"]
    a1 = "Data Security and Protection Toolkit 2024/25"
    a2 = "Procurement and Contract Management"
    a3 = "Health and Safety – Ligature Risk Management"
    rows = [
        (a1, "Moderate", "24-25/03.1", "High", "The Trust should ensure that all information assets have a named Information Asset Owner and a current data flow map.",
         "The Information Asset Register will be refreshed and every asset assigned an IAO. Data flow mapping will be completed for all high risk assets.", "Chief Digital Information Officer", "31/03/2025", "30/09/2025", "A",
         "Register refreshed; 78% of data flow maps complete. Revised date agreed by Audit Committee in June."),
        (a1, "Moderate", "24-25/03.2", "Medium", "Mandatory data security training compliance should be reported by team to the Digital Board.",
         "Team level compliance will be included in the monthly Digital Board dashboard.", "Head of Information Governance", "30/04/2025", "", "B",
         "Dashboard in place from April 2025. Verified by internal audit in July."),
        (a2, "Limited", "24-25/06.1", "High", "Waivers of standing financial instructions should be approved before the commitment is made and reported to Audit Committee.",
         "Retrospective waivers will be reported by exception to every Audit Committee and the waiver form will be moved onto the e-procurement system.", "Head of Procurement", "Jun-25", "", "G",
         "Reporting in place. E-form being tested with the finance systems team."),
        (a2, "Limited", "24-25/06.2", "Medium", "A contract register should be maintained with contract owners and expiry dates for all contracts above £25,000.",
         "The contract register will be completed and owners confirmed with each directorate.", "Deputy Director of Finance", "31/05/2025", "", "R",
         "Register 60% complete. Directorate returns outstanding from Community and Mental Health divisions; escalated to the Director of Finance."),
        (a2, "Limited", "24-25/06.3", "Low", "Procurement staff should complete the Government Commercial Function contract management training.",
         "All band 6 and above procurement staff will complete the foundation module.", "Head of Procurement", "31/12/2025", "", "G",
         "Four of six staff have completed the module."),
        (a3, "Substantial", "24-25/09.1", "Medium", "Ligature risk assessments should be reviewed annually and after any change to the ward environment.",
         "The ligature risk assessment schedule will be added to the estates planned maintenance system with automatic reminders.", "Associate Director of Estates / Head of Health and Safety", "30/09/2025", "", "G",
         "Schedule loaded; reminders live for inpatient wards at Berrywood and St Mary's."),
        (a3, "Substantial", "24-25/09.2", "Low", "Completed ligature audits should be signed off by the ward manager and the modern matron.",
         "Sign-off fields to be added to the audit template.", "Head of Health and Safety", "Ongoing", "", "B",
         "Template changed in August 2025; verified."),
    ]
    with open(p("ef2-northamptonshire-healthcare-nhsft-internal-audit-recommendations-tracker.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("Northamptonshire Healthcare NHS Foundation Trust\r\n")
        f.write("Internal Audit Recommendations Tracker – Audit Committee 18 September 2025\r\n")
        f.write("\r\n")
        f.write("\t".join(cols) + "\r\n")
        for row in rows:
            f.write("\t".join(row) + "\r\n")
        f.write("\r\n")
        f.write("RAG: B = implemented and verified by Internal Audit; G = on track; A = at risk / revised date agreed; R = overdue\r\n")


if __name__ == "__main__":
    dhcft(); bwd(); knowsley(); warwickshire(); walsall(); stockton(); nhft()
