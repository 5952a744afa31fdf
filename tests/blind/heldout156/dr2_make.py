"""Generate the dr2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
def P(n): return os.path.join(HERE, n)
def fill(h): return PatternFill("solid", start_color=h, end_color=h)
BLUE, GREEN, AMBER, RED, GREY, HDR = "5B9BD5", "92D050", "FFC000", "FF0000", "D9D9D9", "1F4E79"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def header(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill(HDR); c.alignment = WRAP; c.border = BOX

# 1 ---------------------------------------------------------------- board action log
def board_log():
    wb = Workbook(); ws = wb.active; ws.title = "Public Action Log"
    ws["A1"] = "Southport and Ormskirk Hospital NHS Trust – Board of Directors (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 2 November 2022"; ws["A2"].font = Font(italic=True)
    cols = ["Action No", "Meeting Date", "Minute Ref", "Item", "Action", "Lead", "Due Date", "Status", "Update"]
    header(ws, 4, cols)
    rows = [
        ("TB/22/061", D(2022,7,6), "TB093/22", "Integrated Performance Report",
         "Provide the Board with a trajectory for recovery of the 62-day cancer standard, broken down by tumour site.",
         "COO", D(2022,9,7), "Complete", "Trajectory presented at September Board under the IPR. Propose closure."),
        ("TB/22/062", D(2022,7,6), "TB095/22", "Guardian of Safe Working Report",
         "Circulate the exception report themes for junior doctors in medicine to Board members outside of the meeting.",
         "Medical Director", D(2022,7,31), "Complete", "Circulated by email 27/07/22."),
        ("TB/22/070", D(2022,9,7), "TB118/22", "Freedom to Speak Up",
         "Bring back a proposal for increasing the number of FTSU champions in estates and facilities.",
         "Chief Nurse / Director of HR", D(2022,11,1), "On track",
         "Proposal drafted with Staff Side; on the agenda for the December Board."),
        ("TB/22/071", D(2022,9,7), "TB121/22", "Maternity Safety Report",
         "Confirm the date by which the remaining CNST Year 4 safety action evidence will be submitted and report back to Board.",
         "Chief Nurse", "07/12/2022 (revised from 05/10/2022)", "At risk",
         "Submission deadline extended nationally. Evidence for safety actions 6 and 8 still being collated; update to December Board."),
        ("TB/22/072", D(2022,9,7), "TB124/22", "Board Assurance Framework",
         "Review the BAF risk score for 'Failure to deliver the Shaping Care Together programme' in light of the pause to public consultation.",
         "Director of Strategy", D(2022,10,5), "Overdue",
         "Deferred to October Audit Committee, which did not reach the item. Not yet reviewed."),
        ("TB/22/080", D(2022,10,5), "TB139/22", "Patient Story",
         "Invite the patient and her family back to a future Board to hear about the changes made in the discharge lounge.",
         "Head of Patient Experience", D(2023,1,1), "On track", "Family have agreed in principle; date to be confirmed."),
        ("TB/22/081", D(2022,10,5), "TB142/22", "Winter Plan 2022/23",
         "Circulate the final escalation bed plan and staffing model for Ward 14A and the Ormskirk surgical assessment unit.",
         "COO & Chief Nurse", D(2022,11,2), "Complete", "Circulated with the November Board papers."),
        ("TB/22/082", D(2022,10,5), "TB145/22", "Finance Report Month 5",
         "Provide a breakdown of agency spend by staff group and ward, with a forecast for the remainder of the year.",
         "Director of Finance", D(2022,11,30), "At risk",
         "Initial analysis shared at Finance & Performance Committee; ward-level forecast to follow once e-rostering data is validated."),
        ("TB/22/083", D(2022,10,5), "TB147/22", "Any Other Business",
         "Seek confirmation from Cheshire and Merseyside ICB of the timetable for the transaction business case with St Helens and Knowsley Teaching Hospitals.",
         "Chief Executive", "Ongoing", "On track", "Timetable shared informally; formal letter awaited from the ICB."),
    ]
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
        ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        g = ws.cell(row=r, column=7)
        if isinstance(g.value, D):
            g.number_format = "mmm-yy" if row[0] in ("TB/22/070", "TB/22/080") else "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill(sfill[row[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for k, h in sfill.items():
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(h)
    for col, w in zip("ABCDEFGHI", [11, 12, 11, 22, 55, 20, 14, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(P("dr2-southport-ormskirk-hospital-nhs-trust-board-public-action-log.xlsx"))

# 2 ---------------------------------------------------------------- SAB SAR action plan
def sar_plan():
    wb = Workbook(); ws = wb.active; ws.title = "Adult S action plan"
    ws["A1"] = "Safeguarding Adults Review – Adult S: Multi-Agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Southend Safeguarding Adults Board – SAR Subgroup"
    ws["A3"] = "Version 4 – updated 14 March 2024. Owner: SAB Business Manager"
    ws["A3"].font = Font(italic=True)
    header(ws, 5, ["Ref", "Action", "Lead", "Target Date", "Revised Date", "Progress / Evidence", "RAG"])
    recs = [
        ("Recommendation 1: Southend SAB should seek assurance that partner agencies apply the Mental Capacity Act where an adult repeatedly declines care, including consideration of executive capacity.", [
            ("1.1", "Deliver a multi-agency MCA briefing on executive and fluctuating capacity, and record attendance by agency.",
             "SAB Training Subgroup Chair", D(2023,6,30), None,
             "Four sessions delivered May–June 2023; 142 practitioners attended from 9 agencies.", BLUE),
            ("1.2", "Audit a sample of 20 self-neglect cases to test whether capacity assessments are decision-specific and recorded.",
             "SAB Quality Assurance Subgroup", D(2023,9,30), D(2024,1,31),
             "Audit completed January 2024. Findings and recommendations reported to the SAB in March.", BLUE),
        ]),
        ("Recommendation 2: Southend SAB should ensure that the self-neglect and hoarding guidance is understood and used across the partnership.", [
            ("2.1", "Refresh the Southend, Essex and Thurrock self-neglect guidance and launch it locally with a 7-minute briefing.",
             "SAB Business Manager", "Q3 2023/24", None,
             "SET guidance refreshed. Local 7-minute briefing drafted and with the communications team.", GREEN),
            ("2.2", "Embed a multi-agency risk management (MARM) meeting for adults who self-neglect and decline services.",
             "Southend City Council ASC / EPUT", D(2024,3,31), None,
             "MARM pilot running since November 2023 and terms of reference agreed. EPUT attendance has been inconsistent.", AMBER),
            ("2.3", "Include self-neglect cases in the annual SAB multi-agency case file audit programme.",
             "SAB Quality Assurance Subgroup", "Annually", None,
             "Added to the 2024/25 audit programme.", GREEN),
        ]),
        ("Recommendation 3: Partner agencies should ensure that concerns about an adult's deteriorating home conditions are shared with the landlord and the fire service.", [
            ("3.1", "Agree an information-sharing pathway between South Essex Homes, Essex County Fire and Rescue Service and Adult Social Care for home fire safety visits.",
             "South Essex Homes", D(2023,12,31), None,
             "Pathway drafted but not signed off; the data-sharing agreement is awaiting information governance review at ECFRS.", RED),
            ("3.2", "Promote the ECFRS home fire safety referral form to domiciliary care providers.",
             "ECFRS Community Safety Manager", D(2023,11,30), None,
             "Referral form circulated through the provider forum in November 2023.", BLUE),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill(GREY); ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, tgt, rev, prog, rag in acts:
            for i, v in enumerate([ref, act, lead, tgt, rev, prog, None], 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, D): c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for h, t in [(BLUE, "Completed – evidence received"), (GREEN, "On track"), (AMBER, "Some slippage – action underway"), (RED, "Not on track / overdue")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(h); ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFG", [7, 55, 26, 13, 13, 55, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("dr2-southend-sab-sar-adult-s-action-plan.xlsx"))

# 3 ---------------------------------------------------------------- risk register (refuse)
def risk_register():
    wb = Workbook(); ws = wb.active; ws.title = "Strategic Risks"
    ws["A1"] = "Eden District Council – Strategic Risk Register"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Date produced/updated: November 2017   Next update due: February 2018   Officer responsible: Director of Finance"
    header(ws, 4, ["Risk No", "Risk", "Risk Owner", "L", "I", "Score", "Mitigating Action", "Action Owner", "Target Date", "Progress", "RAG"])
    rows = [
        ("SR1", "Failure to set a balanced budget and maintain financial sustainability over the medium term", "Director of Finance", 3, 4, 12,
         "Update the Medium Term Financial Plan for 2018/19 to 2021/22 and present to Council with the budget.", "Director of Finance", D(2018,2,1),
         "MTFP assumptions reviewed following the provisional settlement.", "G"),
        (None, None, None, None, None, None,
         "Deliver the £400k savings identified through the Transformation Programme.", "Chief Executive", D(2018,3,31),
         "£265k secured to date; remaining savings depend on the shared services review.", "A"),
        ("SR2", "Local Plan not adopted, leaving the Council vulnerable to speculative development", "Deputy Chief Executive", 3, 3, 9,
         "Respond to the Inspector's proposed main modifications and carry out public consultation.", "Assistant Director Planning", "Decmber 2017",
         "Main modifications received; consultation documents being prepared.", "A"),
        ("SR3", "Loss of ICT systems or data through a cyber attack", "Director of Corporate Services", 3, 4, 12,
         "Complete the PSN compliance submission.", "ICT Manager", D(2017,11,30),
         "Health check complete; remediation plan submitted.", "G"),
        (None, None, None, None, None, None,
         "Deliver phishing awareness training to all staff and members.", "ICT Manager", D(2018,1,1),
         "Staff e-learning launched; member session to be arranged.", "A"),
        ("SR4", "Inability to deliver critical services during a major incident", "Chief Executive", 2, 4, 8,
         "Test the corporate business continuity plan with a desk-top exercise.", "Emergency Planning Officer", D(2018,3,1),
         "Exercise scenario agreed with Cumbria Resilience Forum.", "G"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
        g = ws.cell(row=r, column=9)
        if isinstance(g.value, D): g.number_format = "mmm-yy"
        ws.cell(row=r, column=11).fill = fill({"G": GREEN, "A": AMBER, "R": RED}[row[10]])
        r += 1
    for col, w in zip("ABCDEFGHIJK", [8, 40, 20, 4, 4, 6, 50, 22, 14, 45, 6]):
        ws.column_dimensions[col].width = w
    wb.save(P("dr2-eden-dc-strategic-risk-register-nov-2017-typo-month-refuse.xlsx"))

# docx helpers ------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def table(doc, cols, rows, ragcol=None, colours=None):
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if ragcol is not None and colours and row[ragcol] in colours:
            shade(cells[ragcol], colours[row[ragcol]])
    return t

# 4 ---------------------------------------------------------------- SAB business plan progress
def sab_business_plan():
    doc = Document()
    doc.add_heading("Dorset Safeguarding Adults Board Business Plan 2017/18 – Progress Report (Quarter 3)", level=1)
    doc.add_paragraph("This report sets out progress against the actions in the Board's Business Plan for 2017/18. "
                      "The plan is organised under the Board's four strategic priorities and is monitored by the "
                      "Executive Group each quarter. Updates are provided by the lead for each action.")
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "0.3"), ("Date", "12 January 2018"), ("Author", "DSAB Business Manager"), ("Approved by", "DSAB Executive Group")]):
        dc.rows[i].cells[0].text = k; dc.rows[i].cells[1].text = v
    doc.add_paragraph()
    cols = ["Ref", "What we will do", "Lead", "By when", "Progress update", "RAG"]
    col = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    parts = [
        ("Priority 1: Prevention and early intervention", [
            ("1.1", "Publish a multi-agency self-neglect and hoarding policy and practitioner toolkit.", "Policy and Procedures Subgroup", "June 2017",
             "Published on the DSAB website in June 2017 and launched at two practitioner events.", "Complete"),
            ("1.2", "Work with the Community Safety Partnership to raise awareness of scams and financial abuse among older people.", "DSAB Business Manager / Trading Standards",
             "Sept 2017 – March 2018", "Scams awareness week held in October; 'Friends Against Scams' sessions continuing in libraries.", "Green"),
        ]),
        ("Priority 2: Making Safeguarding Personal", [
            ("2.1", "Audit the recording of the adult's desired outcomes at the start and end of safeguarding enquiries.", "Dorset County Council Adult Social Care",
             "31/12/2017", "Audit tool agreed and a sample of 40 cases under review. Report delayed to the February Board.", "Amber"),
            ("2.2", "Develop an easy read feedback questionnaire for adults who have been through a safeguarding enquiry.", "Quality Assurance Subgroup",
             "Q4 2017/18", "Draft questionnaire tested with People First Dorset.", "Green"),
        ]),
        ("Priority 3: Learning from reviews", [
            ("3.1", "Disseminate the learning from SAR 'Adult A' through seven-minute briefings and a multi-agency learning event.", "SAR Subgroup Chair",
             "Oct-17", "Learning event held 19 October 2017 with 85 attendees; briefing published.", "Complete"),
            ("3.2", "Establish a joint learning log of SAR, DHR and LeDeR themes with the Bournemouth and Poole SAB.", "Pan-Dorset SAR Subgroup",
             "Ongoing", "Learning log in place and reviewed at each subgroup meeting.", "Green"),
            ("3.3", "Report on the implementation of SAR recommendations to each Board meeting.", "SAR Subgroup Chair",
             "Quarterly", "Standing item on the Board agenda.", "Green"),
        ]),
        ("Priority 4: A skilled and confident workforce", [
            ("4.1", "Agree a multi-agency safeguarding adults competency framework for all partner agencies.", "Training Subgroup",
             "March 2018", "Draft framework circulated; three agencies have yet to respond. Sign-off is likely to slip into 2018/19.", "Red"),
        ]),
    ]
    for head, rows in parts:
        doc.add_heading(head, level=2)
        table(doc, cols, rows, ragcol=5, colours=col)
        doc.add_paragraph()
    doc.add_paragraph("RAG key")
    table(doc, ["Rating", "Meaning"], [("Red", "Not started or significantly off track"), ("Amber", "Some slippage; action underway"),
                                       ("Green", "On track to deliver by the target date"), ("Complete", "Action completed")], ragcol=0, colours=col)
    doc.save(P("dr2-dorset-sab-business-plan-2017-18-q3-progress-report.docx"))

# 5 ---------------------------------------------------------------- maternity Ockenden highlight report
def maternity_highlight():
    doc = Document()
    doc.add_heading("Maternity Services – Ockenden Immediate and Essential Actions: Highlight Report", level=1)
    p = doc.add_paragraph("Tameside and Glossop Integrated Care NHS Foundation Trust\nReport to the Quality and Governance Assurance Committee, November 2021")
    doc.add_paragraph("The table below summarises progress against the actions the Trust agreed in response to the seven Immediate and "
                      "Essential Actions (IEAs) in the Ockenden interim report. Exceptions are reported to the LMNS Board monthly.")
    cols = ["No.", "Action", "Lead", "Due", "RAG", "Update"]
    col = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    parts = [
        ("IEA 1: Enhanced Safety", [
            ("1.1", "Share all maternity Serious Incident reports with the LMNS Board each month.", "HoM", "Monthly", "G",
             "Reports shared for September and October; standing item on LMNS agenda."),
            ("1.2", "Appoint a non-executive director as Board-level maternity safety champion.", "Director of Governance", "31/07/21", "B",
             "NED appointed July 2021 and attends the monthly safety champions walkabout."),
        ]),
        ("IEA 2: Listening to Women and Families", [
            ("2.1", "Hold a Maternity Voices Partnership-led listening event for families with experience of harm.", "DoM & MVP Chair", "Dec-21", "A",
             "Venue booked. Invitations delayed by capacity in the patient experience team."),
            ("2.2", "Triage maternity complaints so that each is reviewed by a senior midwife within 48 hours.", "Patient Experience Lead", "30/11/21", "G",
             "New triage process in place from 1 November; compliance to be reported in December."),
        ]),
        ("IEA 3: Staff Training and Working Together", [
            ("3.1", "Achieve 90% multi-disciplinary PROMPT training compliance for midwives, obstetricians and anaesthetists.", "Practice Development Midwife", "31/03/22", "R",
             "Compliance 71% for obstetricians and 64% for anaesthetists because of rota gaps. Recovery plan agreed with the Clinical Director."),
            ("3.2", "Hold twice-daily consultant-led ward rounds on delivery suite, seven days a week.", "Clinical Director O&G", "Sept 2021", "B",
             "Embedded since September; audited weekly."),
        ]),
        ("IEA 4: Managing Complex Pregnancy", [
            ("4.1", "Agree criteria for referring women with complex pregnancies to the regional maternal medicine network.", "Consultant Obstetrician (Fetal Medicine)",
             "End of January 2022", "A", "Draft criteria with the network lead for comment."),
        ]),
        ("IEA 5: Risk Assessment Throughout Pregnancy", [
            ("5.1", "Complete a documented risk assessment at every antenatal contact and record it on the maternity information system.",
             "Community Matron / Digital Midwife", "Q4 2021/22", "G", "Template built; training for community midwives under way."),
        ]),
    ]
    for head, rows in parts:
        doc.add_heading(head, level=2)
        table(doc, cols, rows, ragcol=4, colours=col)
        doc.add_paragraph()
    doc.add_paragraph("RAG key: B – Complete and embedded; G – On track; A – At risk of slippage; R – Off track")
    doc.save(P("dr2-tameside-glossop-icft-maternity-ockenden-iea-highlight-report.docx"))

# 6 ---------------------------------------------------------------- DHR tracker export (csv)
def dhr_csv():
    rec1 = "Agencies should ensure that practitioners routinely ask about domestic abuse when an older person presents with injuries or a change in behaviour."
    rec2 = "Safe Newcastle should seek assurance that MARAC referrals are made when risk escalates, regardless of the DASH score."
    rec3 = "GP practices should be supported to recognise and respond to coercive control in carer relationships."
    rec4 = "Housing providers should identify and record vulnerability and carer arrangements for tenants over 75."
    rows = [
        ["ID", "Review", "Recommendation", "Action", "Lead Agency", "Target Date", "Revised Target Date", "RAG Status", "Latest Update", "Last Updated"],
        ["DHR-E-1.1", "DHR Ellen", rec1, "Add routine enquiry prompts for adults over 60 to the ED safeguarding triage template.",
         "Newcastle upon Tyne Hospitals NHS FT", "31/03/2024", "", "Blue - Complete",
         "Template change went live 04/03/2024. Compliance audit scheduled for Q2.", "12/06/2024"],
        ["DHR-E-1.2", "DHR Ellen", rec1, "Deliver domestic abuse and older people training to adult social care front door staff.",
         "Newcastle City Council (Adult Social Care)", "30/04/2024", "31/07/2024", "Green",
         "Training commissioned from a local specialist provider; first two cohorts booked for June and July.", "12/06/2024"],
        ["DHR-E-2.1", "DHR Ellen", rec2, "Review the MARAC referral criteria to include professional judgement and repeat incidents within 12 months.",
         "Northumbria Police / Safe Newcastle", "31/01/2024", "", "Blue - Complete",
         "Revised criteria agreed by MARAC steering group 18/01/2024 and circulated to partners.", "05/02/2024"],
        ["DHR-E-2.2", "DHR Ellen", rec2, "Audit a sample of standard and medium risk DASH assessments for evidence that escalation was considered.",
         "Northumbria Police", "30/06/2024", "30/09/2024", "Amber",
         "Sample pulled; analysis delayed by changes to the records system.", "12/06/2024"],
        ["DHR-E-3.1", "DHR Ellen", rec3, "Circulate a GP safeguarding bulletin on coercive control by carers, including the learning from this review.",
         "NENC ICB", "31/05/2024", "", "Green",
         "Bulletin drafted with the Named GP; to be issued once the overview report is published.", "12/06/2024"],
        ["DHR-E-3.2", "DHR Ellen", rec3, "Include a case study from this review in the next Protected Learning Time event for primary care.",
         "NENC ICB", "TBC", "", "", "Date of next PLT event to be confirmed.", "12/06/2024"],
        ["DHR-E-4.1", "DHR Ellen", rec4, "Add a carer/support field to the tenancy management system and review tenants aged over 75 at the annual tenancy visit.",
         "Newcastle City Council (Housing)", "30/09/2024", "", "Red",
         "System change not yet scheduled by the IT supplier; escalated to the Safe Newcastle Board.", "12/06/2024"],
    ]
    with open(P("dr2-safe-newcastle-dhr-ellen-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# 7 ---------------------------------------------------------------- CSPR action plan (tab-separated txt)
def cspr_txt():
    r1 = "1. The Partnership should seek assurance that the ICON programme is delivered consistently to parents of new babies."
    r2 = "2. Agencies should ensure that fathers and male carers are identified, assessed and engaged."
    r3 = "3. Professionals should recognise the heightened risk to babies when parents are under significant stress, including housing and financial stress."
    lines = [
        "Sandwell Children's Safeguarding Partnership – Child Safeguarding Practice Review 'Baby M' – Action Plan",
        "Updated: 21 October 2023",
        "",
        "\t".join(["No.", "Learning / Recommendation", "Action", "Lead", "Timescale", "Progress Update", "RAG"]),
        "\t".join(["1.1", r1, "Deliver ICON 'Babies cry, you can cope' training to all health visitors, midwives and Family Hub staff.", "Designated Nurse", "Jan 2023",
                   "Training delivered to 96% of health visitors and 88% of midwives. Family Hub staff completed in March.", "Complete"]),
        "\t".join(["1.2", "", "Ensure the ICON message is given at the birth, the new birth visit and the 6-8 week contact, and is recorded in the child's record.",
                   "Head of Midwifery / Health Visiting Service Manager", "31/12/2023", "Recording template updated; first audit due in December.", "Green"]),
        "\t".join(["2.1", r2, "Update the Children's Trust assessment template to require information about all adults in the household, including non-resident fathers.",
                   "Principal Social Worker (SCT)", "June 2023", "New template live from 5 June 2023.", "Complete"]),
        "\t".join(["2.2", "", "Run a multi-agency 'Think Dad' learning event with West Midlands Police and the Probation Service.",
                   "SCSP Learning and Development Subgroup", "Sept – Nov 2023", "Event postponed from September to 28 November because of speaker availability.", "Amber"]),
        "\t".join(["2.3", "", "Audit 30 pre-birth assessments for evidence that the father's history was checked with police and probation.",
                   "SCSP Quality Assurance Subgroup", "Q4 2023/24", "", "Not started"]),
        "\t".join(["3.1", r3, "Develop a practitioner briefing on parental stressors and infant risk, linked to the cost-of-living support offer.",
                   "SCSP Business Manager", "Ongoing", "Briefing drafted; will be updated as the council's cost-of-living offer changes.", "Green"]),
        "\t".join(["3.2", "", "Include questions on housing and financial stress at the midwifery booking and 28-week contacts.",
                   "Head of Midwifery", "Dec-23", "Questions added to the BadgerNet template; go-live planned for December.", "Amber"]),
        "",
        "RAG key: Complete = action completed and evidence provided; Green = on track; Amber = delayed but will be delivered; Red = not on track",
    ]
    with open(P("dr2-sandwell-cssp-cspr-baby-m-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    board_log(); sar_plan(); risk_register(); sab_business_plan(); maternity_highlight(); dhr_csv(); cspr_txt()
