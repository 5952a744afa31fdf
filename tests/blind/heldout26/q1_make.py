"""Generator for the q1- cases of heldout26 (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
HEX = dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9D9D9", T="1F4E79", L="DDEBF7", Y="F2F2F2")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in HEX.items()}
BOLD = Font(bold=True)
WHITE = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
D = dt.datetime


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. North Hertfordshire CPC action plan (xlsx): recommendation merged down a column,
#    RAG by fill only, key under the table.
wb = Workbook(); ws = wb.active; ws.title = "CPC Action Plan"
ws["A1"] = "North Hertfordshire Council – Corporate Peer Challenge Action Plan"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "LGA Corporate Peer Challenge held 4–7 November 2024. Action plan approved by Cabinet on 18 March 2025."
ws["A3"] = "Progress update for Overview and Scrutiny Committee – September 2025"
hdr = ["Ref", "Peer team recommendation", "What we will do", "Lead", "Timescale", "Progress update (September 2025)", "RAG"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.font = WHITE; c.fill = FILL["T"]; c.alignment = WRAP; c.border = BOX
recs = [
 ("1. Develop a clear set of priorities for the Council Plan that can be delivered within the resources available", [
   ("1.1", "Hold a Cabinet and Leadership Team workshop to agree no more than five strategic priorities for the refreshed Council Plan",
    "Leader of the Council / Managing Director", "April 2025", None,
    "Workshop held on 9 April; priorities agreed and published in the Council Plan 2025-2028.", "B"),
   ("1.2", "Introduce a project prioritisation framework so that new work is only started where capacity has been identified",
    "Service Director – Resources", "Q2 2025/26", None,
    "Draft framework tested with Leadership Team. Sign-off slipped to October Cabinet.", "A"),
 ]),
 ("2. Ensure the Medium Term Financial Strategy is supported by a clear savings and income plan", [
   ("2.1", "Set out a three-year savings and income generation programme as part of the 2026/27 budget process",
    "Service Director – Resources", D(2026, 2, 28), "mmmm yyyy",
    "Budget workshops with all political groups scheduled for November and December.", "G"),
   ("2.2", "Report progress on delivery of savings to Cabinet as part of quarterly budget monitoring",
    "Deputy Chief Finance Officer", "Quarterly", None,
    "Q1 monitoring report, including the savings tracker, presented to Cabinet in July 2025.", "G"),
 ]),
 ("3. Strengthen programme and project management capacity to deliver the Council's major projects", [
   ("3.1", "Recruit a Programme Manager to lead the Corporate Programme Office",
    "Managing Director", "July 2025", None,
    "Appointment made; postholder started on 1 July 2025.", "B"),
   ("3.2", "Adopt a single project management toolkit and reporting template for all capital projects",
    "Programme Manager", "By 31 December 2025", None,
    "Toolkit drafted. Training for project sponsors is being arranged.", "G"),
 ]),
 ("4. Review the effectiveness of the committee structure and the role of Overview and Scrutiny", [
   ("4.1", "Commission the Centre for Governance and Scrutiny to review the Council's scrutiny arrangements",
    "Service Director – Legal and Community", "May – September 2025", None,
    "Fieldwork completed in July; the draft report is now expected at the end of October.", "A"),
   ("4.2", "Agree and implement any changes to the Constitution arising from the review",
    "Monitoring Officer", "TBC", None,
    "Dependent on the outcome of 4.1.", None),
 ]),
 ("5. Continue to develop the Council's relationships with partners and communities across the district", [
   ("5.1", "Hold an annual partners' summit with Hertfordshire County Council, town and parish councils and the voluntary sector",
    "Leader of the Council", "November 2025", None,
    "Venue booked for 20 November 2025 and invitations issued.", "G"),
   ("5.2", "Refresh the Community Engagement Strategy",
    "Policy and Strategy Team Leader", D(2026, 3, 31), "mmm-yy",
    "Work delayed by a vacancy in the Policy team; recruitment is under way.", "R"),
 ]),
]
r = 6
for rec, acts in recs:
    first = r
    for ref, act, lead, when, fmt, upd, rag in acts:
        vals = [ref, None, act, lead, when, upd, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if fmt: ws.cell(r, 5).number_format = fmt
        if rag: ws.cell(r, 7).fill = FILL[rag]
        r += 1
    ws.cell(first, 2, rec).alignment = WRAP
    ws.cell(first, 2).font = BOLD
    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
r += 1
ws.cell(r, 1, "RAG key").font = BOLD; r += 1
for code, txt in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage / at risk"), ("R", "Off track")]:
    ws.cell(r, 1).fill = FILL[code]; ws.cell(r, 2, txt); r += 1
ws.cell(r, 2, "No colour – not yet started")
widths(ws, dict(A=7, B=38, C=48, D=28, E=18, F=48, G=8))
ws.freeze_panes = "A6"
wb.save(P("q1-north-herts-cpc-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bromsgrove internal audit recommendation tracker (xlsx): audit heading rows, target and
#    revised target dates, G/A/R status with key "G – Implemented".
wb = Workbook(); ws = wb.active; ws.title = "Tracker"
ws["A1"] = "Bromsgrove District Council – Internal Audit Recommendation Tracker"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Priority 1 and key Priority 2 recommendations. Audit Board, 28 September 2009 – position as at 31 August 2009"
hdr = ["Rec No", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
       "Target Completion Date", "Revised Target Completion Date", "Progress", "Status"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(4, i, h); c.font = BOLD; c.fill = FILL["L"]; c.alignment = WRAP; c.border = BOX
audits = [
 ("Council Tax 2008/09", [
   ("CT1", 1, "Reconciliations between the Council Tax system and the valuation list should be carried out monthly and independently reviewed.",
    "Monthly reconciliation to be completed by the Revenues Team Leader and signed off by the Revenues Manager.",
    "Revenues Manager", D(2009, 6, 30), None, "Reconciliations for April to August completed and signed.", "G"),
   ("CT2", 2, "Write-offs above £1,000 should be approved in line with the Financial Regulations.",
    "Write-off procedure to be updated and re-issued to all Revenues staff.",
    "Revenues Manager", D(2009, 5, 31), D(2009, 9, 30), "Procedure drafted; awaiting approval by the Head of Financial Services.", "A"),
 ]),
 ("Creditors 2008/09", [
   ("CR1", 1, "Changes to supplier bank details should be independently verified before being processed.",
    "Introduce call-back verification for all requests to change bank details, recorded on a verification form.",
    "Head of Financial Services / Exchequer Manager", D(2009, 3, 31), None, "Verification form in use since March 2009.", "G"),
   ("CR2", 2, "Purchase orders should be raised for all goods and services before the invoice is received.",
    "Issue a reminder to all budget holders and report invoices received without an order to CMT monthly.",
    "Exchequer Manager", D(2009, 4, 30), D(2009, 10, 31), "Reminder issued in April. Monthly exception report still being developed with ICT.", "A"),
 ]),
 ("Payroll 2008/09", [
   ("PY1", 1, "Starters and leavers should be notified to Payroll using the authorised forms only.",
    "HR to remind managers of the procedure; Payroll to return any non-standard notifications.",
    "HR & OD Manager", D(2009, 7, 31), None, "Not yet actioned owing to the restructure of the HR team.", "R"),
   ("PY2", 2, "Overtime claims should be authorised by the claimant's line manager before payment.",
    "Update the overtime claim form to include line manager authorisation; Payroll to carry out quarterly spot checks.",
    "Payroll Manager", D(2009, 8, 31), None, "New form issued. First spot check planned for September.", "A"),
 ]),
 ("ICT Security 2009/10", [
   ("IT1", 1, "A formal ICT disaster recovery plan should be documented and tested.",
    "Prepare an ICT disaster recovery plan and carry out a test of the plan.",
    "ICT Manager", D(2009, 12, 31), None, "Draft plan prepared; test scheduled for November 2009.", "A"),
   ("IT2", 2, "Network passwords should be changed at least every 60 days.",
    "Enforce password expiry through the network security policy.",
    "ICT Manager", D(2009, 7, 31), None, "Implemented 15 July 2009.", "G"),
 ]),
]
r = 5
for audit, recs2 in audits:
    ws.cell(r, 1, audit).font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).fill = FILL["H"]
    r += 1
    for ref, pri, rec, act, off, tgt, rev, prog, st in recs2:
        for i, v in enumerate([ref, pri, rec, act, off, tgt, rev, prog, st], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(r, 6).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = FILL[st]
        ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
r += 1
ws.cell(r, 1, "Status key:").font = BOLD
ws.cell(r + 1, 1, "G – Implemented     A – In progress     R – Not implemented / overdue")
ws.cell(r + 2, 1, "Priority: 1 = Fundamental; 2 = Important. Implemented recommendations are removed after they have been reported to the Board.")
widths(ws, dict(A=8, B=8, C=42, D=42, E=24, F=14, G=14, H=40, I=8))
wb.save(P("q1-bromsgrove-audit-rec-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Leicestershire FRS HMICFRS improvement plan (xlsx): question heading rows, AFI rows with ref,
#    numbered actions. E3.1 due date is 31/12/2109 (refuse at that row).
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Leicestershire Fire and Rescue Service – HMICFRS Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Progress Update – June 2020"
ws["A3"] = ("Inspection report published June 2019: Effectiveness – Requires Improvement; Efficiency – Requires Improvement; "
            "People – Requires Improvement. 24 areas for improvement identified.")
hdr = ["Ref", "Action", "Action owner", "Due date", "Status", "Progress to date"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.font = WHITE; c.fill = FILL["T"]; c.border = BOX
plan = [
 ("Q", "Effectiveness: Understanding the risk of fire and other emergencies"),
 ("AFI", "E1", "The service should ensure that its firefighters have good access to relevant and up-to-date risk information."),
 ("E1.1", "Review the site-specific risk information (SSRI) policy and the frequency of premises visits", "Area Manager – Response", D(2019, 10, 31), "Complete", "Revised policy approved by the Senior Management Team in October 2019."),
 ("E1.2", "Upgrade the mobile data terminals so that risk information is available on all front-line appliances", "ICT Manager", D(2020, 3, 31), "Complete", "All appliances upgraded by March 2020."),
 ("Q", "Effectiveness: Preventing fires and other risks"),
 ("AFI", "E2", "The service should evaluate its prevention work, so it understands the benefits better."),
 ("E2.1", "Develop an evaluation framework for Home Safety Checks and community safety campaigns", "Head of Community Safety", D(2020, 9, 30), "On track", "Framework drafted with Loughborough University; pilot evaluation under way."),
 ("E2.2", "Train all operational crews to deliver Safe and Well visits", "Head of Community Safety", D(2020, 12, 31), "On track", "Training for wholetime crews complete; on-call crews to follow by December."),
 ("Q", "Effectiveness: Protecting the public through fire regulation"),
 ("AFI", "E3", "The service should ensure it allocates enough resources to a prioritised and risk-based inspection programme."),
 ("E3.1", "Recruit and train four additional Fire Safety Inspectors", "Head of Fire Protection", D(2109, 12, 31), "On track", "Two inspectors in post; two in training for the Level 4 Diploma in Fire Safety."),
 ("E3.2", "Review the risk-based inspection programme to target high-risk premises", "Head of Fire Protection", D(2020, 6, 30), "Complete", "Programme reviewed and agreed; 2020/21 targets set."),
 ("Q", "Efficiency: Making best use of resources"),
 ("AFI", "EF1", "The service should ensure it has effective arrangements for monitoring and reviewing the performance of its on-call availability."),
 ("EF1.1", "Introduce an on-call availability dashboard reviewed monthly by the Service Delivery group", "Area Manager – Service Delivery", D(2020, 1, 31), "Complete", "Dashboard live since January 2020."),
 ("Q", "People: Promoting the right values and culture"),
 ("AFI", "P1", "The service should ensure its values and behaviours are understood and demonstrated at all levels of the organisation."),
 ("P1.1", "Launch the Service's refreshed values and behaviours framework with all staff", "Head of HR and Organisational Development", D(2019, 11, 30), "Complete", "Launched at staff roadshows in November 2019."),
 ("P1.2", "Include the values and behaviours in the annual appraisal process", "Head of HR and Organisational Development", D(2020, 4, 30), "Not started", "Deferred owing to COVID-19; appraisal round postponed."),
]
r = 6
for row in plan:
    if row[0] == "Q":
        ws.cell(r, 1, row[1]).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = FILL["H"]
    elif row[0] == "AFI":
        ws.cell(r, 1, row[1]).font = BOLD
        ws.cell(r, 2, "Area for improvement: " + row[2]).font = Font(italic=True, bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2).alignment = WRAP
        for i in range(1, 7): ws.cell(r, i).fill = FILL["Y"]
    else:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        if row[0] == "E3.1": bad_row = r
    r += 1
assert bad_row == 16, bad_row
widths(ws, dict(A=8, B=55, C=30, D=12, E=12, F=50))
wb.save(P("q1-leics-fire-hmicfrs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)

def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text); run.bold = bold; run.font.size = Pt(size)

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. East Dunbartonshire joint inspection (children at risk of harm) improvement plan (docx)
doc = Document(); landscape(doc)
doc.add_heading("East Dunbartonshire Joint Inspection of Services for Children at Risk of Harm – Improvement Plan 2023-2024", level=0)
doc.add_paragraph("East Dunbartonshire Chief Officers' Group and Child Protection Committee")
t = doc.add_table(rows=5, cols=2); t.style = "Table Grid"
for i, (k, v) in enumerate([("Version", "1.3"), ("Plan owner", "Chief Social Work Officer"),
                            ("Approved by", "Chief Officers' Group, 14 June 2023"), ("Last updated", "31 January 2024"),
                            ("Review", "Quarterly, at each meeting of the Child Protection Committee")]):
    set_text(t.cell(i, 0), k, bold=True); set_text(t.cell(i, 1), v)
doc.add_paragraph()
doc.add_paragraph(
    "The Care Inspectorate, Education Scotland, His Majesty's Inspectorate of Constabulary in Scotland and Healthcare "
    "Improvement Scotland published their report on 18 April 2023 and evaluated quality indicator 2.1, impact on children "
    "and young people, as good. The report identified three areas for improvement. This plan sets out how the partnership "
    "will address them; progress is reported to each meeting of the Child Protection Committee.")
cols = ["Ref", "Improvement action", "Lead", "Timescale", "Measure of success", "Progress (January 2024)", "RAG"]
afis = [
 ("Area for improvement 1: Partners should improve the quality and consistency of chronologies so that they support the early identification of risk and cumulative harm.", [
   ("1.1", "Deliver multi-agency chronology training to social work, health and education staff", "Child Protection Lead Officer", "September 2023",
    "80% of targeted staff trained", "Five sessions delivered to 142 staff (86%).", "Complete", "0070C0"),
   ("1.2", "Include the quality of chronologies in the quarterly multi-agency case file audit programme", "Service Manager Quality Assurance", "Q3 2023/24",
    "Chronologies rated good or better in 70% of audited cases", "Audit tool amended; first quarterly audit completed in December.", "Green", "00B050"),
   ("1.3", "Develop and test an integrated multi-agency chronology template within the social work recording system", "HSCP ICT Lead / Service Manager Quality Assurance", "June 2023 – March 2024",
    "Template in use by all children's social work teams", "Supplier development delayed; testing now planned for March.", "Amber", "FFC000"),
 ]),
 ("Area for improvement 2: Partners should ensure that children's plans are SMART and regularly reviewed so that their impact on outcomes for children can be measured.", [
   ("2.1", "Revise the child's plan template in line with the National Guidance for Child Protection in Scotland 2021 (updated 2023)", "Head of Children & Criminal Justice Services", "31/10/2023",
    "Revised template approved and in use", "New template launched on 30 October 2023.", "Complete", "0070C0"),
   ("2.2", "Run practice workshops on SMART planning for team leaders and chairs of child protection planning meetings", "Principal Officer Practice Development", "December 2023",
    "All team leaders and chairs attend", "Three of four workshops held; final session booked.", "Green", "00B050"),
   ("2.3", "Audit a sample of 30 children's plans to measure improvement", "CPC Quality Assurance Sub-group", "March 2024",
    "Improvement shown against the 2022 baseline", "Scheduled to start in February 2024.", "Not started", None),
 ]),
 ("Area for improvement 3: Leaders should ensure that the views of children, young people and families consistently inform strategic planning and service improvement.", [
   ("3.1", "Establish a children and young people's participation group linked to the Child Protection Committee", "Children's Rights Officer", "Ongoing",
    "Group meets at least quarterly", "Group established with eight young people; two meetings held.", "Green", "00B050"),
   ("3.2", "Use the Viewpoint survey results to inform the Children's Services Plan 2024-2027", "Children's Services Planning Lead", "April 2024",
    "Plan shows how children's views shaped priorities", "Survey response rate lower than expected; further engagement under way.", "Amber", "FFC000"),
   ("3.3", "Publish a 'You said, we did' summary for children and families after each Child Protection Committee meeting", "Child Protection Lead Officer", "Quarterly",
    "Summary published after every meeting", "Not yet in place; first summary delayed pending design work.", "Red", "FF0000"),
 ]),
]
n = 1 + sum(1 + len(a) for _, a in afis)
t = doc.add_table(rows=n, cols=7); t.style = "Table Grid"
for i, h in enumerate(cols):
    set_text(t.cell(0, i), h, bold=True); shade(t.cell(0, i), "1F4E79")
    t.cell(0, i).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
r = 1
for afi, acts in afis:
    m = t.cell(r, 0).merge(t.cell(r, 6)); set_text(m, afi, bold=True); shade(m, "D9E2F3"); r += 1
    for ref, act, lead, when, measure, prog, rag, colour in acts:
        for i, v in enumerate([ref, act, lead, when, measure, prog, rag]):
            set_text(t.cell(r, i), v)
        if colour: shade(t.cell(r, 6), colour)
        r += 1
doc.add_paragraph()
doc.add_paragraph("RAG key: Complete – action finished and evidenced; Green – on track; Amber – some slippage, remedial "
                  "action in place; Red – off track or significant risk; Not started – not yet due to begin.")
doc.save(P("q1-east-dunbartonshire-jicrh-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. SSASPB SAR action plan (docx): one table per recommendation, relevant-agencies row,
#    unnumbered actions, RAG by cell colour with no text.
doc = Document(); landscape(doc)
doc.add_heading("Safeguarding Adults Review 'Mr K' – SAR Action Plan", level=0)
doc.add_paragraph("Staffordshire and Stoke-on-Trent Adult Safeguarding Partnership Board")
doc.add_paragraph("This action plan sets out how partner agencies will respond to the recommendations of the Safeguarding "
                  "Adults Review. Progress is monitored by the SAR Sub-group and reported to the Board. Last updated: 12 March 2024.")
cols = ["Action", "Lead", "Timescale", "Progress", "Supporting evidence", "RAG status"]
sar = [
 ("Recommendation 1: The Board should seek assurance that partner agencies understand and apply the self-neglect guidance, including the use of multi-agency risk management meetings.",
  "Relevant agencies: all Board partners", [
   ("Re-launch the SSASPB self-neglect guidance with a 7-minute briefing and a practitioner webinar", "SSASPB Business Manager", "July 2023",
    "Webinar held on 18 July 2023 with 212 attendees. Briefing published on the Board website.", "Attendance list; briefing", "0070C0"),
   ("Audit the use of multi-agency risk management meetings in self-neglect cases in both local authority areas",
    "Staffordshire County Council Adult Social Care / Stoke-on-Trent City Council Adult Social Care", "31/01/2024",
    "Audit tool agreed and 20 cases reviewed in each area. Report delayed to the May Board.", "Audit tool", "FFC000"),
 ]),
 ("Recommendation 2: Partner agencies should ensure that mental capacity assessments are completed and recorded where a person repeatedly declines care and treatment.",
  "Relevant agencies: MPFT, Staffordshire and Stoke-on-Trent ICB, both local authorities", [
   ("Deliver Mental Capacity Act refresher training for adult community teams with a focus on executive functioning", "MPFT Head of Safeguarding", "December 2023",
    "Training delivered to 340 staff across adult community teams.", "Training records", "0070C0"),
   ("Add a mental capacity prompt to the GP practice safeguarding template", "ICB Designated Nurse for Adult Safeguarding", "Q4 2023/24",
    "Change requested from the clinical system supplier; testing with two practices.", "", "00B050"),
   ("Include the recording of mental capacity in the SSASPB multi-agency audit schedule", "Chair of the Quality Assurance Sub-group", "Ongoing",
    "Added to the 2024/25 audit schedule.", "Audit schedule", "00B050"),
 ]),
 ("Recommendation 3: Staffordshire Fire and Rescue Service and Staffordshire Police should review how concerns about hoarding and fire risk are shared with adult social care.",
  "Relevant agencies: SFRS, Staffordshire Police, both local authorities", [
   ("Review the referral pathway from Safe and Well visits where hoarding is identified", "SFRS Prevention Manager", "October 2023",
    "Pathway updated; referrals are now copied to the relevant adult social care team.", "Revised pathway", "0070C0"),
   ("Raise awareness of the hoarding protocol through neighbourhood policing team briefings", "Staffordshire Police Public Protection Unit", "April 2024",
    "Briefings scheduled from April.", "", None),
 ]),
]
for rec, agencies, acts in sar:
    doc.add_paragraph()
    t = doc.add_table(rows=3 + len(acts), cols=6); t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 5)); set_text(m, rec, bold=True); shade(m, "D9D9D9")
    m = t.cell(1, 0).merge(t.cell(1, 5)); set_text(m, agencies)
    for i, h in enumerate(cols):
        set_text(t.cell(2, i), h, bold=True); shade(t.cell(2, i), "DDEBF7")
    for j, (act, lead, when, prog, ev, colour) in enumerate(acts):
        for i, v in enumerate([act, lead, when, prog, ev, ""]):
            set_text(t.cell(3 + j, i), v)
        if colour: shade(t.cell(3 + j, 5), colour)
doc.add_paragraph()
doc.add_paragraph("RAG status: Red – no progress or at risk; Amber – progress made but behind target; Green – on track; "
                  "Blue – complete and evidenced to the SAR Sub-group.")
doc.save(P("q1-ssaspb-sar-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Nottingham City ASC CQC assessment improvement plan (csv, flat tracker export)
rows = [
 ["Nottingham City Council Adult Social Care – CQC Local Authority Assessment Improvement Plan", "", "", "", "", "", "", ""],
 ["Tracker export 02/09/2024", "", "", "", "", "", "", ""],
 ["Theme", "Quality statement", "Ref", "Action", "Lead", "Due date", "RAG", "Progress update"],
 ["Theme 1: Working with people", "QS1: Assessing needs", "1.1", "Reduce the number of people waiting for a Care Act assessment through a dedicated waiting list team",
  "Head of Service – Assessment and Care Management", "31/03/2025", "Amber", "Waiting list down from 1,150 to 780. Two social work posts still to be recruited."],
 ["Theme 1: Working with people", "QS1: Assessing needs", "1.2", "Introduce a triage and risk-rating process for everyone waiting for an assessment or review",
  "Principal Social Worker", "Jun-24", "Complete", "Risk-rating tool in place since June and reviewed weekly at the waiting list panel."],
 ["Theme 1: Working with people", "QS1: Assessing needs", "1.3", "Increase the number of carers' assessments completed, including through the Carers Hub",
  "Strategic Commissioning Manager (Carers)", "Dec-24", "On track", "Carers Hub now completing assessments under delegated arrangements."],
 ["Theme 1: Working with people", "QS2: Supporting people to live healthier lives", "2.1", "Expand reablement capacity to 60 new starts per week",
  "Head of Reablement / Commissioning Manager", "Q3 2024/25", "Green", "Currently 48 starts per week; additional staff start in October."],
 ["Theme 1: Working with people", "QS3: Equity in experience and outcomes", "3.1", "Improve the recording of ethnicity and other protected characteristics in the case management system",
  "Performance and Intelligence Manager", "30/11/2024", "Green", "Mandatory fields added; recording up from 61% to 79%."],
 ["Theme 2: Providing support", "QS5: Partnerships and communities", "5.1", "Agree a prevention partnership agreement with the voluntary and community sector",
  "AD Commissioning and Partnerships", "31/01/2025", "Red", "Paused pending the council's budget position for 2025/26."],
 ["Theme 3: Ensuring safety within the system", "QS6: Safe systems, pathways and transitions", "6.1", "Implement a joint Preparing for Adulthood protocol with Children's Services for young people from age 14",
  "Transitions Service Manager", "Ongoing", "Green", "Protocol signed off; monthly joint transitions panel in place."],
 ["Theme 3: Ensuring safety within the system", "QS7: Safeguarding", "7.1", "Clear the backlog of safeguarding concerns awaiting triage in the Adult Safeguarding Hub",
  "Safeguarding Adults Lead", "31/07/2024", "Complete", "Backlog cleared in July; concerns now triaged within 24 hours."],
 ["Theme 4: Leadership", "QS8: Governance, management and sustainability", "8.1", "Introduce a monthly Adult Social Care performance board chaired by the Director of Adult Social Care",
  "Director of Adult Social Care", "May-24", "Complete", "Board meeting monthly since May 2024."],
 ["Theme 4: Leadership", "QS8: Governance, management and sustainability", "8.2", "Develop a three-year workforce plan to reduce reliance on agency social workers and occupational therapists",
  "Head of Workforce Development", "By end of March 2025", "Amber", "Draft plan prepared. Agency numbers remain high in occupational therapy."],
 ["Theme 4: Leadership", "QS9: Learning, improvement and innovation", "9.1", "Establish a practice quality assurance framework including monthly case audits",
  "Principal Social Worker; Head of Quality and Practice", "Q4 2024/25", "Not started", "Framework to be developed once the Head of Quality and Practice is in post."],
 ["", "", "", "", "", "", "", ""],
 ["Key: Complete = delivered and evidenced; Green / On track = on track; Amber = at risk of slippage; Red = off track; Not started = not yet due", "", "", "", "", "", "", ""],
]
with open(P("q1-nottingham-asc-cqc-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Medway JTAI partnership response action plan (tab-separated text). Line 11: 'Janaury 2019'.
AFI1 = "Partner agencies' referrals to the MASH do not always clearly set out the risks and needs of the child or the views of the child."
AFI2 = "Police attendance at, and contribution to, strategy discussions is not consistent, and decisions are not always recorded."
AFI3 = "Health agencies do not always share information with the MASH in a timely way."
AFI4 = "The safeguarding board does not yet have a clear understanding of the impact of multi-agency training on practice."
lines = [
 "Medway Joint Targeted Area Inspection (JTAI) – Partnership Response Action Plan",
 "Medway Safeguarding Children Board, Medway Council, NHS Medway CCG and Kent Police – update for Children and Young People Overview and Scrutiny Committee, 4 December 2018",
 "RAG as at 23 November 2018",
 "",
 "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Timescale", "RAG", "Update"]),
 "\t".join(["1.1", AFI1, "Relaunch the multi-agency referral form with guidance on describing risk, need and the child's voice", "MASH Service Manager", "October 2018", "Complete", "New form live from 1 October 2018."]),
 "\t".join(["1.2", "", "Feed back to referrers on the quality of a sample of referrals each month", "MASH Service Manager", "December 2018", "Green", "Monthly sample of 20 referrals reviewed since October."]),
 "\t".join(["2.1", AFI2, "Agree a protocol for police attendance at strategy discussions, including by telephone", "Detective Chief Inspector Public Protection / Head of Children's Social Care", "November 2018", "Green", "Protocol agreed in principle; to be signed off at the MSCB executive."]),
 "\t".join(["2.2", "", "Audit the recording of strategy discussion decisions", "MSCB Business Manager", "March 2019", "Amber", "Audit tool drafted."]),
 "\t".join(["3.1", AFI3, "Place a health practitioner in the MASH five days a week", "Designated Nurse Safeguarding Children (CCG)", "October 2018", "Complete", "Health practitioner in post from 8 October 2018."]),
 "\t".join(["3.2", "", "Agree information-sharing timescales between the MASH and health providers", "Designated Nurse Safeguarding Children (CCG)", "Janaury 2019", "Amber", "Draft timescales with providers for comment."]),
 "\t".join(["4.1", AFI4, "Introduce a training impact evaluation at three months after each multi-agency course", "MSCB Training Coordinator", "February 2019", "Green", "Evaluation questionnaire designed."]),
 "\t".join(["4.2", "", "Report on the impact of training to the MSCB annually", "MSCB Business Manager", "June 2019", "Not started", ""]),
 "",
 "RAG key: Complete = action completed; Green = on track; Amber = some risk to delivery; Red = off track",
]
assert lines[10].startswith("3.2") and "Janaury 2019" in lines[10]
with open(P("q1-medway-jtai-response-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")

print("done")
