"""ba2: seven plans outside children's services (peer challenge, audit, housing, fire, police,
NHS CQC, CSP DHR). Run with /work/main/.venv/bin/python ba2_make.py [--yaml]."""
import csv, datetime as dt, json, os, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
        "grey": "D9D9D9", "lblue": "DDEBF7", "band": "1F4E78"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)

def landscape(doc):
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs: r.bold = True

# ---------------------------------------------------------------- 1 Great Yarmouth CPC (docx)
GY_TITLE = "Great Yarmouth Borough Council – Corporate Peer Challenge Action Plan"
GY = [  # theme, rec, [(ref, action, lead, timescale, progress, rag, exp_lead, end, end_text, status)]
 ("Communications and narrative",
  "Recommendation 1: Evaluate and communicate to stakeholders how major projects deliver outcomes for those most in need", [
  ("1.1", "Develop an outcomes framework for the major projects programme, setting out the social value and community benefits each project is expected to deliver.",
   "Strategic Director (Place)", "June 2023", "Framework agreed by Cabinet in July 2023 and now reported quarterly to the Major Projects Board.", "Complete",
   ["Strategic Director (Place)"], "2023-06", None, "blue"),
  ("1.2", "Publish annual case studies showing how residents in the most deprived wards have benefited from the Town Deal and Levelling Up Fund projects.",
   "Communications Manager", "March 2024", "First two case studies drafted. Publication planned alongside the Annual Report.", "Green",
   ["Communications Manager"], "2024-03", None, "green")]),
 ("Communications and narrative",
  "Recommendation 2: Communicate the narrative on the transformation of Great Yarmouth, including the major projects and their impact on the borough, to the general public as well as other stakeholders", [
  ("2.1", "Refresh the corporate communications strategy and produce a single 'place narrative' for use by members, officers and partners.",
   "Communications Manager", "Sept 2023", "Strategy adopted in September 2023. Place narrative launched at the October Business Breakfast.", "Complete",
   ["Communications Manager"], "2023-09", None, "blue"),
  ("2.2", "Produce a video and digital visualisations of the main regeneration schemes showing how the borough will look in five to ten years.",
   "Communications Manager / Head of Inward Investment", "Q3 2023/24", "Video in production; release planned for December to coincide with the Winter Gardens update.", "Green",
   ["Communications Manager", "Head of Inward Investment"], "2023-12", None, "green")]),
 ("Capacity and skills",
  "Recommendation 4: Invest in the ELT/MT dynamic, empowering Heads of Service to play a wider corporate role in order to strengthen corporate resilience", [
  ("4.1", "Hold a programme of joint Executive Leadership Team and Management Team development sessions, facilitated by the LGA.",
   "Chief Executive", "March 2023 – December 2023", "Four of the six sessions have taken place; the remaining two are booked for November and December.", "Green",
   ["Chief Executive"], "2023-12", None, "green"),
  ("4.2", "Give each Head of Service the lead on at least one cross-cutting corporate project.",
   "Chief Executive", "Ongoing", "Projects allocated to most Heads of Service. Two vacancies have delayed full roll-out.", "Amber",
   ["Chief Executive"], None, "Ongoing", "amber")]),
 ("Capacity and skills",
  "Recommendation 5: Establish a strategic approach to talent management and recruitment, focussed on your skills gaps", [
  ("5.1", "Complete a workforce skills gap analysis and agree a three-year Workforce Strategy.",
   "Head of Organisational Development", "31/10/2023", "Skills gap analysis complete. The Strategy has been held back to align with the budget process and will now go to Cabinet in January 2024.", "Amber",
   ["Head of Organisational Development"], "2023-10", None, "amber"),
  ("5.2", "Launch a 'grow our own' apprenticeship and graduate scheme aimed at hard to recruit professions such as planning, legal and surveying.",
   "Head of Organisational Development", "April 2024", "Scheme designed; first cohort to be recruited in the new year.", "Green",
   ["Head of Organisational Development"], "2024-04", None, "green")]),
 ("Services",
  "Recommendation 3: Ensure core services receive the same focus as the major projects", [
  ("3.1", "Introduce a quarterly core services performance report to Cabinet, presented alongside the major projects report.",
   "Corporate Performance Manager", "July 2023", "First report taken to Cabinet in July 2023 and quarterly since.", "Complete",
   ["Corporate Performance Manager"], "2023-07", None, "blue")]),
 ("Services",
  "Recommendation 6: Secure strategic resource for procurement (in house or strategic partner) to drive and embed procurement processes, culture and compliance", [
  ("6.1", "Appoint a strategic procurement partner and review the Contract Procedure Rules.",
   "Section 151 Officer / Monitoring Officer", "December 2023", "The tender for a strategic partner did not attract a suitable bid. An options paper, including an in-house post, goes to ELT in November.", "Red",
   ["Section 151 Officer", "Monitoring Officer"], "2023-12", None, "red")]),
 ("Finance",
  "Recommendation 7: Review the business strategy post May 2023 to enable a future balanced budget without the use of reserves – pay attention to the risk of 'revenue tails' of major projects", [
  ("7.1", "Refresh the Medium Term Financial Strategy and Business Strategy following the May 2023 elections.",
   "Section 151 Officer", "February 2024", "Savings proposals of c£1.5m identified; cross-member working group meeting fortnightly.", "Green",
   ["Section 151 Officer"], "2024-02", None, "green"),
  ("7.2", "Include whole-life revenue costs in every major project business case presented to Cabinet.",
   "Section 151 Officer", "Ongoing", "Business case template amended in June 2023 and in use.", "Green",
   ["Section 151 Officer"], None, "Ongoing", "green")]),
 ("Political culture",
  "Recommendation 8: Continue to invest in cross-party working and relationships to ensure political culture is sustained as you move to the Cabinet model", [
  ("8.1", "Deliver a member development programme on the Cabinet and Scrutiny model, including training for the Scrutiny Committee chair and vice-chair.",
   "Monitoring Officer", "May 2023", "Induction and scrutiny training delivered May–June 2023 with good attendance from all groups.", "Complete",
   ["Monitoring Officer"], "2023-05", None, "blue"),
  ("8.2", "Hold six-monthly cross-party group leaders' meetings with the Chief Executive.",
   "Leader / Chief Executive", "Six-monthly", "Meetings held in June and October 2023.", "Green",
   ["Leader", "Chief Executive"], None, "Six-monthly", "green")]),
]

def make_gy():
    doc = Document(); landscape(doc)
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(GY_TITLE, level=1)
    doc.add_paragraph("LGA Corporate Peer Challenge: 29 November – 2 December 2022. Progress update for the Peer Challenge progress review, October 2023.")
    doc.add_paragraph("The peer team made eight recommendations. This action plan sets out the council's response to each, "
                      "grouped under the theme headings used in the feedback report. Progress is reported to Cabinet and to the Scrutiny Committee every six months.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]): c.text = h
    for r in [("1.0", "14/03/2023", "Corporate Performance Manager", "Approved by Cabinet"),
              ("2.0", "20/10/2023", "Corporate Performance Manager", "Progress review update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r): c.text = v
    bold_row(t.rows[0])
    doc.add_paragraph()
    doc.add_heading("Action Plan", level=2)
    hdr = ["No.", "Recommendation", "Action", "Lead Officer", "Timescale", "Progress (October 2023)", "RAG"]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr): c.text = h; shade(c, "D9E2F3")
    bold_row(t.rows[0])
    last_theme = None
    ragfill = {"Complete": "8EA9DB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, rec, acts in GY:
        if theme != last_theme:
            row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = theme
            shade(m, "1F3864"); m.paragraphs[0].runs[0].bold = True
            last_theme = theme
        first = None
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]; cells[2].text = a[1]; cells[3].text = a[2]; cells[4].text = a[3]
            cells[5].text = a[4]; cells[6].text = a[5]; shade(cells[6], ragfill[a[5]])
            if first is None: first = cells[1]; first.text = rec
            last = cells[1]
        if last is not first: first.merge(last)
    doc.add_paragraph()
    doc.add_paragraph("RAG key:  Complete – action delivered  |  Green – on track  |  Amber – some slippage, recoverable  |  Red – significant risk to delivery")
    doc.save(P("ba2-great-yarmouth-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 2 Boston internal audit (xlsx)
BO_TITLE = "Boston Borough Council – Internal Audit Outstanding Recommendations Tracker"
BO = [  # audit, year, assurance, [(ref, priority, rec, action, officer, target, revised, rag, update, exp_lead, end, status)]
 ("Payroll", "2023/24", "Reasonable", [
  ("PAY/1", "High", "Starter and leaver forms should be authorised by the budget holder before they are processed.",
   "Payroll will reject any starter or leaver form not authorised by the budget holder. iTrent workflow to be amended to enforce authorisation.",
   "HR and Payroll Manager", D(2024, 3, 31), D(2024, 9, 30), "Amber",
   "Workflow change tested in August. Go-live slipped to September because of the iTrent upgrade.", ["HR and Payroll Manager"], "2024-09", "amber"),
  ("PAY/3", "Medium", "Exception reports of changes to employee bank details should be reviewed monthly.",
   "Monthly bank detail change report to be independently reviewed and signed off by the Payroll Team Leader.",
   "Payroll Team Leader", D(2024, 1, 31), None, "Complete",
   "Monthly review in place since January 2024. Evidence seen by Internal Audit in July.", ["Payroll Team Leader"], "2024-01", "blue")]),
 ("Council Tax and NNDR", "2023/24", "Substantial", [
  ("CTX/2", "Low", "Discounts and exemptions should be subject to a periodic review programme.",
   "Introduce a rolling review of single person discounts using the National Fraud Initiative data matching tool.",
   "Revenues Manager", D(2024, 6, 30), D(2024, 11, 30), "Green",
   "Review of 2,400 single person discount cases under way and 60% complete.", ["Revenues Manager"], "2024-11", "green")]),
 ("Cyber Security", "2023/24", "Limited", [
  ("CYB/1", "High", "A tested ICT disaster recovery plan should be in place.",
   "Update the ICT Disaster Recovery Plan and carry out a full recovery test.",
   "ICT Manager", D(2024, 3, 31), D(2024, 6, 30), "Red",
   "Plan updated. The recovery test has been postponed twice because of the data centre move and a new date has not yet been agreed.", ["ICT Manager"], "2024-06", "red"),
  ("CYB/2", "High", "Multi-factor authentication should be enforced for all remote access to council systems.",
   "Enforce MFA for all staff and members accessing systems remotely.",
   "ICT Manager", D(2024, 2, 29), None, "Complete",
   "MFA enforced for all accounts from 26 February 2024.", ["ICT Manager"], "2024-02", "blue"),
  ("CYB/4", "Medium", "Mandatory cyber awareness training should be completed by all staff and members.",
   "Roll out the cyber awareness e-learning module and report completion rates to CMT quarterly.",
   "ICT Manager / HR and Payroll Manager", D(2024, 9, 30), None, "Green",
   "Module launched in June. Completion is 78% for staff and 55% for members.", ["ICT Manager", "HR and Payroll Manager"], "2024-09", "green")]),
 ("Disabled Facilities Grants", "2022/23", "Reasonable", [
  ("DFG/5", "Medium", "Grant approvals over £30,000 should be countersigned by a second officer.",
   "Amend the DFG procedure so that approvals above £30,000 are countersigned by the Private Sector Housing Manager.",
   "JB/KS", D(2023, 12, 31), D(2024, 3, 31), "Complete",
   "Procedure amended and countersignature evidenced on all three approvals over £30,000 since April.", ["JB", "KS"], "2024-03", "blue"),
  ("DFG/6", "Low", "Case files should record the date of the occupational therapist's referral.",
   "Add the OT referral date as a mandatory field on the case management system.",
   "Private Sector Housing Manager", D(2024, 10, 31), None, "Green",
   "Change requested from the system supplier; due in the October release.", ["Private Sector Housing Manager"], "2024-10", "green")]),
]

def make_boston():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = BO_TITLE; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 August 2024 – reported to Audit and Governance Committee, 23 September 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Target Date", "Revised Target Date", "RAG", "Management Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = Alignment(wrap_text=True, vertical="center"); c.border = BOX
    rag = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    r = 5
    for audit, yr, ass, acts in BO:
        start = r
        for a in acts:
            vals = [None, None, None, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if i in (9, 10): c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=rag[a[7]])
            r += 1
        for col, v in ((1, audit), (2, yr), (3, ass)):
            ws.cell(row=start, column=col, value=v).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > start: ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("Complete", "Implemented and verified by Internal Audit"), ("Green", "On track for target date"),
                                  ("Amber", "Slippage – revised date agreed"), ("Red", "Overdue / no revised date agreed")]):
        ws.cell(row=r + 1 + i, column=1, value=k).fill = PatternFill("solid", fgColor=rag[k])
        ws.cell(row=r + 1 + i, column=2, value=txt)
    for col, w in zip("ABCDEFGHIJKL", [18, 9, 12, 9, 9, 40, 45, 22, 12, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("ba2-boston-bc-internal-audit-recommendations-tracker.xlsx"))

# ---------------------------------------------------------------- 3 South Cambs housing (xlsx)
SC_TITLE = "South Cambridgeshire District Council – Housing Consumer Standards Improvement Plan 2024-25"
SC = [  # standard, [(ref, issue or None, action, lead, target, progress, fill, exp_issue, exp_lead, end, end_text, status)]
 ("Safety and Quality Standard", [
  ("SQ1", "Stock condition data is more than five years old for 38% of homes.",
   "Commission stock condition surveys for all homes without a survey in the last five years.", "Asset Manager", D(2024, 12, 1),
   "2,150 surveys completed against a target of 2,400.", "green", ["Asset Manager"], "2024-12", None, "green"),
  ("SQ2", None, "Load the new survey data into the asset management system and refresh the 30-year investment plan.",
   "Asset Manager", D(2025, 3, 1), "Will start once the survey programme is complete.", None, ["Asset Manager"], "2025-03", None, "unrated"),
  ("SQ3", "Damp and mould cases are not tracked to closure in a single system.",
   "Introduce a damp and mould case register with a weekly review by the Repairs Manager.", "Repairs Manager", D(2024, 7, 1),
   "Register live since June 2024; 46 open cases, all within timescale.", "blue", ["Repairs Manager"], "2024-07", None, "blue"),
  ("SQ4", "Five-year electrical safety checks (EICRs) are overdue at 112 homes.",
   "Complete all overdue EICRs and report compliance monthly to the Lead Cabinet Member for Housing.", "Compliance Manager", D(2024, 9, 1),
   "41 remain outstanding, mainly no-access cases now going through the legal process.", "red", ["Compliance Manager"], "2024-09", None, "red")]),
 ("Transparency, Influence and Accountability Standard", [
  ("TIA1", "Tenant Satisfaction Measures have not been published in an accessible format.",
   "Publish the 2023-24 TSM results on the website and in the tenants' newsletter.", "Tenant Participation Officer", "Q2 2024/25",
   "Published online and in the September edition of Tenant Talk.", "blue", ["Tenant Participation Officer"], "2024-09", None, "blue"),
  ("TIA2", "Complaint handling is not fully compliant with the Housing Ombudsman's Complaint Handling Code.",
   "Review the complaints policy against the Code and complete the annual self-assessment.", "Customer Feedback Manager", D(2024, 6, 1),
   "Self-assessment submitted to the Ombudsman in June 2024 and revised policy approved.", "blue", ["Customer Feedback Manager"], "2024-06", None, "blue"),
  ("TIA3", None, "Provide complaint handling training for all housing staff.", "Customer Feedback Manager", "Ongoing",
   "Housing management staff trained. Sessions for repairs operatives booked for January.", "amber", ["Customer Feedback Manager"], None, "Ongoing", "amber")]),
 ("Neighbourhood and Community Standard", [
  ("NC1", "There is no published approach to anti-social behaviour and hate incidents.",
   "Adopt a revised ASB and Hate Crime Policy following consultation with tenants.", "Tenancy Services Manager", D(2025, 1, 1),
   "Consultation closed in October. Draft policy to Housing Advisory Committee in December.", "green", ["Tenancy Services Manager"], "2025-01", None, "green"),
  ("NC2", None, "Agree an information sharing protocol with Cambridgeshire Constabulary and the Community Safety Partnership.",
   "Tenancy Services Manager / Community Safety Officer", D(2025, 3, 1), "Draft protocol with the police for comment.", "amber",
   ["Tenancy Services Manager", "Community Safety Officer"], "2025-03", None, "amber")]),
 ("Tenancy Standard", [
  ("TS1", "Tenancy audits have not been carried out since 2019.",
   "Restart the tenancy audit programme, visiting 20% of tenancies each year.", "Tenancy Services Manager", D(2025, 3, 1),
   "Programme restarted in October 2024; 310 audits completed so far.", "green", ["Tenancy Services Manager"], "2025-03", None, "green")]),
]

def make_scambs():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = SC_TITLE; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = ("Actions arising from our self-assessment against the Regulator of Social Housing's consumer standards (April 2024). "
                "Updated for Housing Advisory Committee, November 2024.")
    ws.merge_cells("A2:G2"); ws["A2"].alignment = Alignment(wrap_text=True); ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Issue identified", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = BOX
    r = 5
    for si, (std, acts) in enumerate(SC):
        if si: r += 1  # blank row between standards
        ws.cell(row=r, column=1, value=std).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 8): ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="305496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for a in acts:
            vals = [a[0], a[1], a[2], a[3], a[4], a[5], None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 5 and isinstance(v, dt.datetime): c.number_format = "mmm-yy"
            if a[6]: ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[a[6]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for i, (k, f) in enumerate([("Complete", "blue"), ("On track", "green"), ("At risk", "amber"), ("Off track", "red"), ("Not started", None)]):
        c = ws.cell(row=r, column=2 + i, value=k)
        if f: c.fill = PatternFill("solid", fgColor=FILL[f])
    for col, w in zip("ABCDEFG", [7, 40, 48, 26, 12, 48, 8]): ws.column_dimensions[col].width = w
    wb.save(P("ba2-south-cambridgeshire-housing-rsh-consumer-standards-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 4 Lancashire FRS (xlsx, refuse)
LF_TITLE = "Lancashire Fire and Rescue Service – HMICFRS 2021/22 Areas for Improvement Action Plan"
AFI1 = "The service should make sure it allocates enough resources to a prioritised and risk-based inspection programme."
AFI4 = "The service should assure itself that all staff understand and have confidence in the purpose and integrity of its promotion processes."
LF = [
 ("AFI 1", "Effectiveness", AFI1, "Recruit and train additional fire safety inspectors to deliver the revised Risk Based Inspection Programme.",
  "Head of Prevention and Protection", "Mar-23", "Six trainee inspectors appointed in 2022 and all enrolled on the Level 4 diploma.", "Green"),
 ("AFI 1", "Effectiveness", AFI1, "Report Risk Based Inspection Programme performance quarterly to the Performance Committee.",
  "Area Manager Prevention and Protection", "Jun-23", "Quarterly report in place from the Q3 meeting.", "Complete"),
 ("AFI 2", "Effectiveness", "The service should make sure it has an effective system to evaluate its prevention activity.",
  "Develop an evaluation framework for Home Fire Safety Checks and targeted education programmes.",
  "Group Manager Prevention", "Sept-23", "Working with UCLan on the evaluation model; first evaluation of ChildSafe due in the summer.", "Amber"),
 ("AFI 3", "Efficiency", "The service should make sure it monitors and reviews the productivity of its on-call workforce.",
  "Introduce on-call availability and productivity dashboards for station managers.",
  "Head of Service Delivery", "Dec-22", "Dashboards live in Power BI since December.", "Complete"),
 ("AFI 4", "People", AFI4, "Review the promotion process with the representative bodies and publish the outcome to all staff.",
  "Head of HR", "Jnue-23", "Review meetings held with the FBU and FOA; outcome paper drafted.", "Green"),
 ("AFI 4", "People", AFI4, "Provide written feedback to all unsuccessful candidates at every stage of the process.",
  "Head of HR", "Aug-23", "Feedback template agreed; to be used from the next station manager process.", "Amber"),
 ("AFI 5", "People", "The service should improve the diversity of its workforce.",
  "Deliver a targeted positive action campaign ahead of the next wholetime recruitment.",
  "Head of HR", "Mar-24", "Have-a-go days planned in Preston, Blackburn and Burnley.", "Green"),
]

def make_lfrs():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = LF_TITLE; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Last updated: 14 April 2023"
    hdr = ["Ref", "Pillar", "Area for Improvement", "Action", "Action Owner", "Due Date", "Progress Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="C00000"); c.border = BOX
    st = {"Green": "C6EFCE", "Amber": "FFEB9C", "Complete": "BDD7EE", "Red": "FFC7CE"}
    for r, row in enumerate(LF, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=st[row[7]])
    for col, w in zip("ABCDEFGH", [8, 14, 45, 48, 30, 10, 48, 11]): ws.column_dimensions[col].width = w
    wb.save(P("ba2-lancashire-frs-hmicfrs-afi-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 5 North Yorkshire Police (csv)
NY_TITLE = "North Yorkshire Police – HMICFRS PEEL 2021/22 Areas for Improvement Tracker"
Q1 = "Providing a service to victims of crime"
A1 = "The force should make sure it records crimes reported to it as soon as possible and within 24 hours."
Q3 = "Investigating crime"
A3 = "The force should make sure that investigations are supervised effectively and that supervisors record their reviews."
NY = [  # ref, q, afi, action, owner, target, revised, update, rag, exp_lead, end, end_text, status
 ("AFI01", Q1, A1, "Introduce a daily crime data integrity check of incidents closed without a crime record.", "Force Crime Registrar",
  "31/12/2022", "", "Daily checks in place since October 2022. Compliance reported monthly to the Crime Data Integrity Board.", "Complete",
  ["Force Crime Registrar"], "2022-12", None, "blue"),
 ("AFI01", Q1, A1, "Deliver refresher National Crime Recording Standard training to Force Control Room staff.", "Ch Insp Force Control Room",
  "31/03/2023", "30/06/2023", "82% of staff trained; remaining sessions scheduled for June.", "Amber",
  ["Ch Insp Force Control Room"], "2023-06", None, "amber"),
 ("AFI02", "Responding to the public", "The force should make sure it answers non-emergency calls promptly.",
  "Implement call-back on the 101 line and recruit an additional 12 call handlers.", "Supt Operational Support",
  "30/09/2023", "", "Call-back went live in April. Recruitment campaign closed with 9 appointments; a second campaign opens in July.", "Green",
  ["Supt Operational Support"], "2023-09", None, "green"),
 ("AFI03", Q3, A3, "Introduce a supervisory review template on Niche and audit compliance quarterly.", "D/Supt Crime",
  "31/03/2023", "", "Template live. First audit showed 74% compliance; second audit due in July.", "Green",
  ["D/Supt Crime"], "2023-03", None, "green"),
 ("AFI03", Q3, A3, "Provide investigation supervisor training for all newly promoted sergeants.", "Head of Learning and Development",
  "Ongoing", "", "Included in the sergeants' development programme from April 2023.", "Green",
  ["Head of Learning and Development"], None, "Ongoing", "green"),
 ("AFI04", "Protecting vulnerable people",
  "The force should make sure it uses all available powers, such as Domestic Violence Protection Orders, to protect victims of domestic abuse.",
  "Appoint DVPO champions on each district and publish a monthly DVPO performance report.", "DCI R. Dobson; DI K. Ahmed",
  "28/02/2023", "31/07/2023", "Champions in place on all districts. The performance report is being built in Qlik and is delayed by data access issues.", "Red",
  ["DCI R. Dobson", "DI K. Ahmed"], "2023-07", None, "red"),
 ("AFI05", "Managing offenders and suspects",
  "The force should make sure it has enough capacity to manage registered sex offenders effectively.",
  "Review MOSOVO staffing and bring officer caseloads down to the level in national guidance.", "D/Supt Public Protection",
  "Q2 2023/24", "", "Business case approved; four additional officers join the team in August.", "Amber",
  ["D/Supt Public Protection"], "2023-09", None, "amber"),
 ("AFI06", "Developing a positive workplace",
  "The force should make sure its wellbeing provision meets the needs of its workforce.",
  "Complete the Oscar Kilo wellbeing self-assessment and agree an action plan with the Health and Wellbeing Board.", "Head of People Services",
  "Sept 2023", "", "", "",
  ["Head of People Services"], "2023-09", None, "unrated"),
]

def make_nyp():
    hdr = ["AFI Ref", "PEEL Question", "Area for Improvement", "Action", "Action Owner", "Target Date", "Revised Target Date", "Update", "RAG"]
    with open(P("ba2-north-yorkshire-police-peel-afi-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([NY_TITLE] + [""] * 8)
        w.writerow(["Report date: 05/06/2023"] + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(hdr)
        for a in NY: w.writerow(a[:9])

# ---------------------------------------------------------------- 6 Northampton General Hospital CQC (docx)
NG_TITLE = "CQC Assessment February 2025 – Improvement Action Plan"
NG = [  # service, [(mustdo, [(ref, action, lead, due, progress, brag, exp_lead, end, end_text, status)])]
 ("Urgent and Emergency Care", [
  ("Must do 1: The trust must ensure patients in the emergency department are cared for in a safe environment and are not placed in corridors without oversight. (Regulation 12)", [
   ("UEC1.1", "Open the Same Day Emergency Care extension to create 14 additional assessment spaces.", "Chief Operating Officer", "31/07/2025",
    "Extension opened on 21 July 2025.", "B", ["Chief Operating Officer"], "2025-07", None, "blue"),
   ("UEC1.2", "Introduce a corridor care standard operating procedure with hourly nursing checks recorded on Nerve Centre.", "Head of Nursing UEC", "June 2025",
    "SOP approved in June. Audit shows 88% compliance with hourly checks against a 95% target.", "A", ["Head of Nursing UEC"], "2025-06", None, "amber")]),
  ("Must do 2: The trust must ensure there are sufficient numbers of suitably qualified nursing staff in the emergency department at all times, including registered children's nurses. (Regulation 18)", [
   ("UEC2.1", "Recruit to the funded establishment of registered children's nurses in the emergency department.", "Head of Nursing UEC", "End of December 2025",
    "Four of six posts filled; interviews for the remaining two in October.", "G", ["Head of Nursing UEC"], "2025-12", None, "green"),
   ("UEC2.2", "Review the ED nursing establishment using the Emergency Care Safer Nursing Care Tool.", "Deputy Chief Nurse", "Q3 2025/26",
    "Data collection completed in September; results to People Committee in November.", "G", ["Deputy Chief Nurse"], "2025-12", None, "green")]),
  ("Should do 1: The trust should ensure that patients' privacy and dignity are maintained when care is provided in escalation areas.", [
   ("UEC3.1", "Provide privacy screens for all escalation spaces and include privacy and dignity in the monthly matron walkround.", "Matron ED", "Monthly",
    "Screens installed. Walkrounds taking place and findings reported to the UEC governance meeting.", "G", ["Matron ED"], None, "Monthly", "green")]),
 ]),
 ("Medical Care (including older people's care)", [
  ("Must do 1: The trust must ensure infection prevention and control practices are followed on all medical wards, including the cleaning of shared equipment. (Regulation 12)", [
   ("MC1.1", "Roll out 'I am clean' labelling for shared equipment on all medical wards.", "Lead Nurse Infection Prevention", "30/04/2025",
    "Completed April 2025; spot checks show sustained use.", "B", ["Lead Nurse Infection Prevention"], "2025-04", None, "blue"),
   ("MC1.2", "Carry out weekly IPC audits on Allebone, Creaton and Holcot wards and report results to the divisional governance meeting.",
    "Lead Nurse Infection Prevention / Divisional Director of Nursing", "31/10/2025",
    "Audits taking place weekly. Creaton ward was below target in August and has a local action plan.", "A",
    ["Lead Nurse Infection Prevention", "Divisional Director of Nursing"], "2025-10", None, "amber")]),
  ("Must do 2: The trust must ensure patient records are accurate, complete and contemporaneous. (Regulation 17)", [
   ("MC2.1", "Launch a nursing documentation improvement programme with monthly record-keeping audits on every medical ward.", "Deputy Chief Nurse", "November 2025",
    "Baseline audit shows 71% compliance against a 90% target. Improvement trajectory not being met.", "R", ["Deputy Chief Nurse"], "2025-11", None, "red")]),
  ("Should do 1: The trust should ensure additional beds are not placed in ward bays without a risk assessment.", [
   ("MC3.1", "Remove additional beds from ward bays except when authorised through the OPEL 4 escalation process.", "Chief Operating Officer", "Sept 2025",
    "Additional beds removed from four wards; two remain in use at OPEL 4.", "A", ["Chief Operating Officer"], "2025-09", None, "amber")]),
 ]),
]

def make_ngh():
    doc = Document(); landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(NG_TITLE, level=1)
    doc.add_paragraph("Northampton General Hospital NHS Trust (part of University Hospitals of Northamptonshire NHS Group)")
    doc.add_paragraph("Version 3 – presented to the Quality Governance Committee, 24 September 2025. "
                      "This plan responds to the must do and should do actions in the CQC reports for urgent and emergency care and medical care published on 13 August 2025.")
    bragfill = {"B": "0070C0", "R": "FF0000", "A": "FFC000", "G": "00B050"}
    for service, groups in NG:
        doc.add_heading(service, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due date", "Progress / evidence", "BRAG"]):
            c.text = h; shade(c, "005EB8")
        bold_row(t.rows[0])
        for md, acts in groups:
            row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = md; shade(m, "E8EDEE")
            m.paragraphs[0].runs[0].bold = True
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, a[:6]): c.text = v
                shade(cells[5], bragfill[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("BRAG rating: B – Complete (evidence submitted); R – Not on track, significant risk; A – Some risk to delivery; G – On track")
    doc.save(P("ba2-northampton-general-hospital-cqc-must-should-do-action-plan.docx"))

# ---------------------------------------------------------------- 7 Surrey Heath CSP DHR (txt, tab-separated)
SH_TITLE = "Surrey Heath Community Safety Partnership – Domestic Homicide Review 'Adult B' – Action Plan"
R1 = "Surrey Heath CSP to assure itself that local agencies' domestic abuse training covers economic abuse and coercive control in older people's relationships."
R2 = "Frimley Health NHS Foundation Trust to ensure routine enquiry about domestic abuse is made when patients attend with unexplained injuries."
R4 = "Surrey County Council Adult Social Care to ensure carers' assessments consider the risk of domestic abuse."
SH = [  # no, rec (None = continuation), action, lead, progress, target, rag, exp_rec, exp_lead, end, end_text, status
 ("1.1", R1, "Commission a multi-agency briefing on economic abuse and older victims, delivered by the Surrey domestic abuse outreach service.",
  "Surrey Heath Borough Council", "Two briefings held (November 2024 and January 2025) with 64 attendees.", "January 2025", "Complete",
  R1, ["Surrey Heath Borough Council"], "2025-01", None, "blue"),
 ("1.2", None, "Add economic abuse to the CSP's annual training needs analysis.",
  "Surrey Heath Borough Council", "To be included in the 2025/26 analysis.", "June 2025", "Green",
  R1, ["Surrey Heath Borough Council"], "2025-06", None, "green"),
 ("2.1", R2, "Audit compliance with routine enquiry in the emergency department and fracture clinic and report to the Trust Safeguarding Committee.",
  "Frimley Health NHS Foundation Trust", "Audit completed; compliance was 58%. Re-audit planned after training.", "31/03/2025", "Amber",
  R2, ["Frimley Health NHS Foundation Trust"], "2025-03", None, "amber"),
 ("2.2", None, "Include domestic abuse routine enquiry in the ED induction pack.",
  "Frimley Health NHS Foundation Trust", "Induction pack updated in December.", "Dec-24", "Complete",
  R2, ["Frimley Health NHS Foundation Trust"], "2024-12", None, "blue"),
 ("3.1", "Surrey Police to review how repeat calls relating to the same household are identified by the Contact Centre.",
  "Introduce a repeat-caller flag linking incidents at the same address within 12 months.",
  "Surrey Police", "Flag developed and tested; awaiting release by the force systems team.", "Sept 2025", "Amber",
  "Surrey Police to review how repeat calls relating to the same household are identified by the Contact Centre.",
  ["Surrey Police"], "2025-09", None, "amber"),
 ("4.1", R4, "Revise the carers' assessment template to include questions on domestic abuse risk.",
  "Surrey County Council Adult Social Care", "Template revised and signed off by the Principal Social Worker.", "October 2024", "Complete",
  R4, ["Surrey County Council Adult Social Care"], "2024-10", None, "blue"),
 ("4.2", None, "Deliver practice sessions on the revised template to ASC locality teams.",
  "Principal Social Worker (ASC)", "Sessions being scheduled with locality managers.", "By 30 June 2025", "Green",
  R4, ["Principal Social Worker (ASC)"], "2025-06", None, "green"),
 ("5.1", "Surrey Heath CSP to share the learning from this review across Surrey.",
  "Publish a seven-minute briefing and present the learning at the Surrey Domestic Abuse Partnership Board.",
  "Surrey Heath CSP", "", "TBC", "",
  "Surrey Heath CSP to share the learning from this review across Surrey.", ["Surrey Heath CSP"], None, "TBC", "unrated"),
]

def make_sh():
    lines = [SH_TITLE, "Position at March 2025", "",
             "\t".join(["No.", "Recommendation", "Action to take", "Lead agency", "Key milestones / progress", "Target date", "RAG"])]
    for a in SH:
        lines.append("\t".join([a[0], a[1] or "", a[2], a[3], a[4], a[5], a[6]]))
    lines += ["", "RAG: Red – not on track; Amber – in progress, some delay; Green – on track; Complete – action completed"]
    with open(P("ba2-surrey-heath-csp-dhr-adult-b-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- expected readings
def q(s): return "null" if s is None else json.dumps(s, ensure_ascii=False)

def write_yaml(name, source, reads, outcome, title, actions, refuse_at=None, accept=False):
    out = ["source: >-", "  " + source, "reads: >-", "  " + reads, f"outcome: {outcome}", f"accept_refusal: {str(accept).lower()}"]
    if refuse_at is not None: out.append(f"refuse_at: {refuse_at}")
    if title: out.append(f"title: {q(title)}")
    if actions is not None:
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref'])}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(l) for l in a["lead"]) + "]")
            out.append(f"    end: {q(a['end'])}")
            if a.get("end_text"): out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f: f.write("\n".join(out) + "\n")

def yamls():
    acts = []
    for theme, rec, aa in GY:
        for a in aa:
            acts.append(dict(ref=a[0], under=[theme, rec], action=a[1], lead=a[6], end=a[7], end_text=a[8], status=a[9]))
    write_yaml("ba2-great-yarmouth-corporate-peer-challenge-action-plan.docx",
        "Great Yarmouth Borough Council, LGA Corporate Peer Challenge (29 Nov - 2 Dec 2022) action plan and Nov 2023 progress review "
        "(https://www.great-yarmouth.gov.uk/lga-corporate-peer-challenge/progress-review-nov-23/summary): the eight recommendations grouped "
        "under theme headings (Communications and narrative, Capacity and skills, Services, Finance, Political culture), out of numeric order. "
        "Copied: Word landscape table with full-width shaded theme rows, recommendation cell merged down over its actions, lead officer as posts, "
        "mixed timescales (month, period, Q3 2023/24, Ongoing, Six-monthly), RAG words with fills, a document control table and a RAG key paragraph below.",
        "A Word action plan for the council's LGA corporate peer challenge: a version table, then one table where shaded theme rows head groups of "
        "actions and each recommendation cell is merged down beside its numbered actions. Fourteen actions with lead posts, timescales, October 2023 "
        "progress and a RAG word; a key follows the table.", "read", GY_TITLE, acts)

    acts = []
    for audit, yr, ass, aa in BO:
        for a in aa:
            acts.append(dict(ref=a[0], under=[audit, a[2]], action=a[3], lead=a[9], end=a[10], status=a[11]))
    write_yaml("ba2-boston-bc-internal-audit-recommendations-tracker.xlsx",
        "Imitates the outstanding internal audit recommendations reports that Lincolnshire district councils (Boston Borough Council, South & East "
        "Lincolnshire Councils Partnership) take to Audit and Governance Committee, 2024; no single URL found. Copied: title and 'position as at' line "
        "above the table, audit name/year/assurance opinion merged down over each audit's recommendations, per-audit rec numbers (PAY/1), priority, "
        "recommendation and agreed management action, responsible officer posts, Excel target and revised target dates (dd/mm/yyyy), RAG word with fill, "
        "RAG key block below.",
        "An Excel tracker of outstanding internal audit recommendations grouped by audit (Payroll, Council Tax and NNDR, Cyber Security, Disabled "
        "Facilities Grants) with the audit name merged down. Each row is a recommendation and the agreed management action, with officer, target date, "
        "sometimes a revised target date, a RAG and an update; a RAG key sits below.", "read", BO_TITLE, acts)

    acts = []
    for std, aa in SC:
        issue = None
        for a in aa:
            issue = a[1] or issue
            acts.append(dict(ref=a[0], under=[std, issue], action=a[2], lead=a[7], end=a[8], end_text=a[9], status=a[10]))
    write_yaml("ba2-south-cambridgeshire-housing-rsh-consumer-standards-improvement-plan.xlsx",
        "Imitates a stock-holding district council's consumer standards self-assessment improvement plan (Regulator of Social Housing consumer "
        "standards from April 2024), as South Cambridgeshire DC and similar landlords report to their housing advisory committees in 2024/25; "
        "no URL found. Copied: merged title and intro rows, a full-width coloured band row per consumer standard with a blank row between, 'issue "
        "identified' written once with follow-on actions left blank beneath, Excel dates shown mmm-yy plus 'Q2 2024/25' and 'Ongoing', RAG "
        "shown by cell colour only, and a colour key row under the table.",
        "An Excel improvement plan grouped under the four consumer standards, each action answering an issue from the self-assessment (an issue "
        "written once covers the rows under it until the next). Ten actions with ref, lead post, target month and progress; the RAG column is "
        "colour only, read from the key under the table (blue complete, green on track, amber at risk, red off track, no colour not started).",
        "read", SC_TITLE, acts)

    write_yaml("ba2-lancashire-frs-hmicfrs-afi-action-plan-typo-month-refuse.xlsx",
        "Imitates a fire and rescue service's action plan against the areas for improvement in its HMICFRS 2021/22 effectiveness, efficiency and "
        "people inspection (Lancashire FRS report: https://hmicfrs.justiceinspectorates.gov.uk/frs-assessment/frs-2021/lancashire/; AFI 1 wording "
        "follows that report). Copied: title and 'last updated' line, AFI ref and pillar repeated on every row, AFI text repeated for each of its "
        "actions, action owner posts, due dates typed as text (Mar-23), status words with a light fill.",
        "An Excel AFI action plan listing seven actions against five areas for improvement under the Effectiveness, Efficiency and People pillars, "
        "each with owner, due date, update and status. On sheet row 9 (the first AFI 4 action) the due date reads 'Jnue-23', a mistyped month "
        "(June or January?) that a careful reader would query before taking the date.",
        "refuse", LF_TITLE, None, refuse_at=9)

    acts = [dict(ref=a[0], under=[a[1], a[2]], action=a[3], lead=a[9], end=a[10], end_text=a[11], status=a[12]) for a in NY]
    write_yaml("ba2-north-yorkshire-police-peel-afi-tracker.csv",
        "Imitates a police force's HMICFRS PEEL 2021/22 areas for improvement tracker as exported from a performance system for the force's "
        "scrutiny/assurance board (North Yorkshire Police was inspected under PEEL 2021/22); no URL found. Copied: title and report-date lines "
        "before the header, AFI reference and PEEL question repeated on each row with the AFI wording, action owner as ranks/posts or named "
        "officers separated by a semicolon, day-first target and revised target dates, 'Q2 2023/24', 'Ongoing', RAG words, an action not yet rated.",
        "A CSV export: title line, report date, then a tracker of eight actions against six PEEL areas for improvement, grouped by PEEL question. "
        "Each row gives owner, target date (a revised date where slipped), an update and a RAG word; the last action has no update or RAG yet.",
        "read", NY_TITLE, acts)

    acts = []
    for service, groups in NG:
        for md, aa in groups:
            for a in aa:
                acts.append(dict(ref=a[0], under=[service, md], action=a[1], lead=a[6], end=a[7], end_text=a[8], status=a[9]))
    write_yaml("ba2-northampton-general-hospital-cqc-must-should-do-action-plan.docx",
        "Northampton General Hospital NHS Trust, CQC assessment of urgent and emergency care and medical care, February 2025 (reports published "
        "13 August 2025, https://www.cqc.org.uk/location/RNS01/reports): the trust's improvement action plan for the must do / should do actions. "
        "Copied: NHS-style Word document with one table per core service under a service heading, shaded full-width must do / should do rows "
        "quoting the regulation, action refs such as UEC1.1, a single lead post column, due dates as dates, months, 'End of December 2025', "
        "'Q3 2025/26' and 'Monthly', BRAG letters with fill, and a BRAG key line at the end.",
        "A trust action plan in Word with a table for Urgent and Emergency Care and one for Medical Care; within each, shaded rows state the CQC "
        "must do or should do and the numbered actions below answer it. Nine actions with a lead, due date, progress and a BRAG letter "
        "(B complete, R, A, G) explained at the foot.",
        "read", NG_TITLE, acts)

    acts = [dict(ref=a[0], under=[a[7]], action=a[2], lead=a[8], end=a[9], end_text=a[10], status=a[11]) for a in SH]
    write_yaml("ba2-surrey-heath-csp-dhr-adult-b-action-plan.txt",
        "Imitates a community safety partnership's domestic homicide review action plan on the Home Office DHR action plan template "
        "(recommendation / action to take / lead agency / key milestones / target date), as Surrey CSPs publish them, 2024-25; the review "
        "'Adult B' is invented. Copied: title and position line, numbered actions (1.1, 1.2) with the recommendation written only on the first "
        "row of each group (as a merged Word cell exports), lead agencies rather than officers, mixed target dates ('January 2025', 31/03/2025, "
        "Dec-24, 'By 30 June 2025', TBC), RAG words, and a RAG key line at the end; saved as tab-separated text.",
        "A tab-separated text export of a DHR action plan: eight actions under five recommendations addressed to named agencies. Each row gives "
        "the action, lead agency, progress, target date and RAG; the recommendation is written once and applies to the rows below it, and the "
        "last action has no date (TBC) and no rating yet.",
        "read", SH_TITLE, acts)

if __name__ == "__main__":
    make_gy(); make_boston(); make_scambs(); make_lfrs(); make_nyp(); make_ngh(); make_sh()
    if "--yaml" in sys.argv: yamls()
