"""Generate y2- case documents (blind corpus, heldout59)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
fill = lambda c: PatternFill("solid", start_color=c, end_color=c)
RED, AMB, GRN, BLU, GRY, HDR = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9", "1F4E78"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, r, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(r, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HDR)
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------- 1 Waverley audit tracker
def waverley():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Waverley Borough Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2024 – report to Audit and Risk Committee, 25 November 2024"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
            "Original Target Date", "Revised Target Date", "% Complete", "RAG", "Progress Update (October 2024)"]
    hdr_row(ws, 4, cols)
    rows = [
        ("H", "Creditors / Accounts Payable 2023/24 – Reasonable Assurance"),
        ("CR1", "High", "Changes to supplier bank details should be independently verified by a call-back to a known contact before they are processed.",
         "A call-back procedure to a verified telephone number will be introduced for all bank detail change requests, with evidence of the call retained on the supplier file.",
         "Exchequer Services Manager", D(2024, 3, 31), D(2024, 6, 30), 1.0, "Complete",
         "Procedure in place from June 2024. Internal Audit tested 15 changes in September and all had evidence of call-back."),
        ("CR2", "Medium", "Purchase orders should be raised before goods or services are received.",
         "Reminder to all budget holders of the 'No PO, No Pay' rule, and a monthly report of retrospective orders sent to Heads of Service.",
         "Head of Finance / Exchequer Services Manager", D(2024, 4, 30), D(2024, 12, 31), 0.6, "Amber",
         "Monthly report now issued. Retrospective orders down from 22% to 14%; the No PO, No Pay rule will be enforced from December."),
        ("H", "Housing Rents 2023/24 – Limited Assurance"),
        ("HR1", "High", "Former tenant arrears should be reviewed quarterly and write-offs approved in line with the Financial Regulations.",
         "A quarterly review of former tenant arrears will be introduced. Write-offs above £2,000 will be reported to the Section 151 Officer for approval.",
         "Income Recovery Team Leader", D(2024, 6, 30), D(2024, 11, 30), 0.5, "Red",
         "Q1 review completed late due to vacancies in the team. Q2 review not yet started."),
        ("HR2", "Medium", "The rent account should be reconciled to the general ledger each month and the reconciliation independently reviewed.",
         "Monthly reconciliation between the rent account and the general ledger to be completed and signed off by a second officer.",
         "Housing Finance Officer", D(2024, 5, 31), None, 1.0, "Complete",
         "Reconciliations completed and signed off for April to September 2024."),
        ("HR3", "Low", "Rent charge procedure notes should be updated to reflect the new housing management system.",
         "Procedure notes to be rewritten following go-live of the new system.",
         "Housing Finance Officer", D(2024, 12, 31), None, 0.25, "Green",
         "Draft notes in progress."),
        ("H", "Information Governance – GDPR Compliance 2024/25 – Reasonable Assurance"),
        ("IG1", "Medium", "Service retention schedules should be reviewed and kept up to date.",
         "Service retention schedules to be reviewed and republished on the intranet, with annual sign-off by each Head of Service.",
         "Data Protection Officer", D(2025, 3, 31), None, 0.1, "Green",
         "Template issued to services in October. Returns due by end of January."),
        ("IG2", "Medium", "Completion of mandatory data protection training should be monitored.",
         "Completion of the mandatory e-learning to be monitored monthly and non-completion escalated to Heads of Service.",
         "Data Protection Officer & HR Business Partner", D(2025, 1, 31), None, 0, "Not started",
         ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(r, c).fill = fill(GRY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            for i in (6, 7):
                ws.cell(r, i).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).number_format = "0%"
            col = {"Complete": BLU, "Red": RED, "Amber": AMB, "Green": GRN}.get(row[8])
            if col:
                ws.cell(r, 9).fill = fill(col)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for label, col in [("Red – target date missed or at risk", RED), ("Amber – revised date agreed, progress being made", AMB),
                       ("Green – on track to meet target date", GRN), ("Complete – implemented and verified by Internal Audit", BLU)]:
        ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, label); r += 1
    for col, w in zip("ABCDEFGHIJ", [7, 9, 40, 45, 24, 12, 12, 10, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("y2-waverley-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(c, hexcol)


# ---------------------------------------------------------------- 2 HIWFRS docx
def hiwfrs():
    d = Document()
    d.add_heading("Hampshire and Isle of Wight Fire and Rescue Service – HMICFRS Inspection 2022: Improvement Plan", level=0)
    d.add_paragraph("HMICFRS published its report on the Service in January 2023. The report identified areas for "
                    "improvement under the Effectiveness and People pillars. This plan sets out the actions the Service is "
                    "taking against each area for improvement (AFI). Progress is reported to the Service Improvement Board "
                    "monthly and to the Fire Authority Standards and Governance Committee quarterly.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = v
    bold_row(t.rows[0], "D9D9D9")
    for v in [("1.0", "14/03/2023", "Service Improvement Team", "Approved by ELT"),
              ("1.3", "02/02/2024", "Service Improvement Team", "Progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    d.add_paragraph()
    cols = ["Ref", "Area for Improvement", "Action", "Owner", "Target Date", "Status", "Update"]
    plan = {
        "Effectiveness": [
            ("The service should make sure it has an effective system for learning from operational incidents, and that learning is shared with staff.", [
                ("E1.1", "Review the operational assurance policy and introduce a single debrief recording system for all incidents of level 2 and above.",
                 "Area Manager (Response)", "March 2023", "Complete", "New debrief system live since 1 March 2023; 212 debriefs recorded to date."),
                ("E1.2", "Publish a quarterly operational learning bulletin and track actions arising from debriefs through the Operational Assurance Group.",
                 "GM J. Baxter", "Q2 2023/24", "Green", "First two bulletins issued. Action log reviewed at each OAG meeting."),
            ]),
            ("The service should make sure its prevention work is targeted at the people most at risk from fire.", [
                ("E2.1", "Refresh the Safe and Well targeting model using partner data (NHS and adult social care) to prioritise home visits.",
                 "Head of Prevention", "Sept 2023 – March 2024", "Amber", "Data sharing agreement with the ICB signed in November; adult social care data still awaited."),
                ("E2.2", "Evaluate the impact of the new targeting model on the proportion of visits made to high-risk households.",
                 "Head of Prevention / Data & Insight Manager", "Ongoing", "Green", "Baseline set at 41% of visits to high-risk households; reported quarterly."),
            ]),
        ],
        "People": [
            ("The service should make sure it has effective grievance procedures, and that staff have confidence in them.", [
                ("P3.1", "Commission an independent review of the grievance and discipline procedures and implement its recommendations.",
                 "Head of HR", "31/07/2023", "Complete", "Review completed by an external provider; revised procedures agreed with representative bodies in July."),
                ("P3.2", "Launch a confidential 'Speak Up' reporting line and report its use to the People Committee every six months.",
                 "Director of People and Organisational Development", "December 2023", "Red", "Delayed by the procurement of an external provider. Contract award expected in March."),
            ]),
            ("The service should improve the diversity of its workforce.", [
                ("P4.1", "Run positive action taster days for under-represented groups ahead of each wholetime recruitment campaign.",
                 "Inclusion and Diversity Manager", "TBC", "Not started", "Dependent on the 2024/25 recruitment timetable."),
            ]),
        ],
    }
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for pillar, afis in plan.items():
        d.add_heading(pillar, level=2)
        t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, cols):
            c.text = v
        bold_row(t.rows[0], "D9D9D9")
        for afi, acts in afis:
            first = None
            for ref, act, own, due, st, upd in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, afi if first is None else "", act, own, due, st, upd]):
                    c.text = v
                if st in colours:
                    shade(cells[5], colours[st])
                if first is None:
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
            first.text = afi
        d.add_paragraph()
    d.add_paragraph("Status key: Complete – action closed by the Service Improvement Board; Green – on track; "
                    "Amber – some slippage, recoverable; Red – off track, escalated to ELT; Not started.")
    d.save(P("y2-hiwfrs-hmicfrs-improvement-plan.docx"))


# ---------------------------------------------------------------- 3 Epping Forest CPC xlsx
def epping():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Epping Forest District Council – LGA Corporate Peer Challenge (November 2023): Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update – June 2024"
    hdr_row(ws, 4, ["No.", "Peer Challenge Recommendation", "Action(s)", "Lead Officer", "Timescale", "Progress", "RAG"])
    recs = [
        ("R1 – Articulate a clear, shared vision for the district and the council's place-shaping role, and use it to drive the new Corporate Plan.", [
            ("1.1", "Hold a Member and officer workshop to shape the vision for the Corporate Plan 2025–2029.", "Chief Executive", "Sept 2024",
             "Workshop booked for 9 September with all Cabinet members and the Corporate Leadership Team.", GRN),
            ("1.2", "Consult residents, businesses and partners on the draft Corporate Plan.", "Strategic Director (Place)", "Oct – Dec 2024",
             "Consultation approach agreed with the Communications team.", GRN),
        ]),
        ("R2 – Strengthen the council's financial resilience by developing a fully costed Medium Term Financial Strategy and savings programme.", [
            ("2.1", "Refresh the MTFS to cover 2025/26 to 2028/29 and report it to Cabinet alongside the budget.", "Section 151 Officer", D(2025, 2, 1),
             "Budget gap of £2.1m identified for 2025/26. Savings proposals being worked up with services.", AMB),
            ("2.2", "Establish a Transformation Board to oversee delivery of the savings programme.", "AL / CW", D(2024, 3, 31),
             "Board established in March 2024 and meets monthly.", BLU),
        ]),
        ("R3 – Review governance arrangements, including scrutiny, so that Members are engaged earlier in decision making.", [
            ("3.1", "Commission a review of Overview and Scrutiny by the Centre for Governance and Scrutiny.", "Monitoring Officer", "July 2024",
             "Review completed and findings reported to the Overview and Scrutiny Committee on 16 July.", BLU),
            ("3.2", "Introduce a forward plan briefing for all Members ahead of each Cabinet cycle.", "Democratic Services Manager", "Ongoing",
             "Briefings held before each Cabinet meeting since February.", GRN),
        ]),
        None,
        ("R4 – Invest in workforce capacity, particularly in planning and housing, to reduce reliance on interim staff.", [
            ("4.1", "Develop a Workforce Strategy with a recruitment and retention offer for hard-to-fill posts.", "Head of People", D(2024, 11, 30),
             "Draft strategy delayed to allow for the pay and grading review.", AMB),
            ("4.2", "Launch a planning apprenticeship and graduate scheme with Essex County Council.", "Service Director (Planning) and Head of People", "April 2025",
             "Funding not yet identified; proposal to be taken to the Transformation Board.", RED),
        ]),
    ]
    r = 5
    for rec in recs:
        if rec is None:
            r += 1; continue
        text, acts = rec
        start = r
        for no, act, lead, ts, prog, col in acts:
            vals = [no, text if r == start else None, act, lead, ts, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(ts, dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy" if ts.day == 1 else "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(col)
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for col, label in [(GRN, "On track"), (AMB, "Some delay / at risk"), (RED, "Off track"), (BLU, "Complete")]:
        ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, label); r += 1
    for col, w in zip("ABCDEFG", [6, 45, 45, 26, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("y2-epping-forest-corporate-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------- 4 Walsall ASC CSV
def walsall():
    rows = [
        ["Walsall Council Adult Social Care – CQC Local Authority Assessment Improvement Plan", "", "", "", "", "", "", ""],
        ["Updated: 14/02/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Theme", "Ref", "CQC finding / area for development", "Action", "Lead", "Due date", "Status", "Progress update"],
        ["Theme 1: Working with people", "1.1", "Waiting times for Care Act assessments were too long, with some people waiting up to six months.",
         "Introduce waiting list triage and a 'waiting well' contact for everyone awaiting an assessment.", "Head of Community Social Work", "31/03/2025", "On track",
         "Triage in place in all three locality teams. Longest wait reduced to 14 weeks."],
        ["", "1.2", "", "Recruit six additional social workers to the locality teams through international recruitment.",
         "Principal Social Worker / Head of Community Social Work", "Jun-25", "Amber", "Four offers made; visas for two still awaited."],
        ["", "1.3", "Unpaid carers did not consistently receive a carers' assessment.",
         "Recommission the carers' support service with delegated authority to complete carers' assessments.", "Commissioning Manager (Carers)", "01/10/2024", "Complete",
         "New contract started 1 October 2024."],
        ["Theme 2: Providing support", "2.1", "People told CQC that information and advice about services was hard to find.",
         "Relaunch the online adult social care directory with content reviewed by people who use services.", "Okafor, Grace", "Q1 2025/26", "Not started", ""],
        ["Theme 3: How the local authority ensures safety within the system", "3.1", "Safeguarding enquiries were not always concluded in a timely way.",
         "Hold a weekly safeguarding performance clinic to review all open enquiries over 28 days.", "Head of Safeguarding", "Ongoing", "Green",
         "Open enquiries over 28 days down from 96 to 41 since November."],
        ["", "3.2", "", "Audit 20 concluded section 42 enquiries each quarter and report the findings to the Safeguarding Adults Board.",
         "Head of Safeguarding; QA Lead", "30/06/2025", "On track", "First quarterly audit completed in January."],
        ["Theme 4: Leadership", "4.1", "Leaders did not have clear oversight of the quality of practice.",
         "Introduce a monthly Adult Social Care Performance Board with a refreshed practice quality dashboard.", "Director of Adult Social Care", "Dec-24", "Completed",
         "Board met for the first time in December 2024."],
        ["", "4.2", "", "Co-produce the Adult Social Care Strategy 2025-2028 with the Making It Real board.", "Assistant Director Commissioning", "March 2025", "Red",
         "Co-production sessions postponed twice; draft will not be ready for March Cabinet."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete/Completed = action delivered; On track/Green = progressing to plan; Amber = at risk; Red = off track; Not started", "", "", "", "", "", "", ""],
    ]
    with open(P("y2-walsall-asc-cqc-assessment-action-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 5 Durham Constabulary txt
def durham():
    hdr = ["AFI Ref", "PEEL question", "Area for improvement", "Action Ref", "Action", "Action owner", "Due date", "Revised due date", "Status", "Latest update"]
    a1 = ("AFI 1", "Responding to the public", "The force should make sure it answers emergency calls within 10 seconds and non-emergency calls promptly.")
    a2 = ("AFI 2", "Investigating crime", "The force should make sure that victims are updated regularly, in line with the Code of Practice for Victims of Crime.")
    a3 = ("AFI 3", "Protecting vulnerable people", "The force should improve its use of domestic violence protection notices and orders.")
    a4 = ("AFI 4", "Developing a positive workplace", "The force should make sure it has effective arrangements to monitor the wellbeing of officers and staff in high-risk roles.")
    rows = [
        a1 + ("A1.1", "Review Force Control Room shift patterns against the demand profile.", "Ch Supt K. Lambert", "31/05/2024", "", "Complete", "New shift pattern went live on 6 May 2024."),
        a1 + ("A1.2", "Introduce a call-back option on 101 to reduce call abandonment.", "Head of Contact Management", "30/09/2024", "31/03/2025", "Amber", "Supplier testing delayed; go-live now planned for March."),
        a2 + ("A2.1", "Add a Victims' Code compliance check to the supervisor review in the crime recording system.", "DCI Crime Standards", "31/03/2024", "", "Complete", "Check added in March 2024."),
        a2 + ("A2.2", "Dip-sample 50 investigations a month and report compliance to the Crime Performance Board.", "DCI Crime Standards / Force Crime Registrar", "Monthly", "", "Green", "Compliance 78% in January, up from 61% in July."),
        a3 + ("A3.1", "Deliver DVPN/DVPO training to all response sergeants.", "DI S. Patel", "31/12/2024", "30/04/2025", "Red", "62% of sergeants trained. Remaining sessions affected by abstractions."),
        a3 + ("A3.2", "Create a DVPO tracker so that breaches are identified and acted on.", "Safeguarding Performance Analyst", "31/01/2025", "", "Green", "Tracker built and in testing."),
        a4 + ("A4.1", "Introduce annual psychological screening for officers in child abuse investigation and online exploitation roles.", "Head of People Services", "Q4 2024/25", "", "Not started", "Business case to be submitted to the Chief Officer Group."),
    ]
    lines = ["Durham Constabulary – PEEL 2023-25 Areas for Improvement Tracker", "Exported from Force Improvement Register 03/03/2025", "", "\t".join(hdr)]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Status: Complete = closed at Force Improvement Board; Green = on track; Amber = revised date agreed; Red = overdue"]
    with open(P("y2-durham-constabulary-peel-afi-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 6 Croydon SAB SAR docx
def croydon():
    d = Document()
    d.add_heading("Croydon Safeguarding Adults Board – Safeguarding Adults Review 'Mr D': Action Plan", level=0)
    d.add_paragraph("This action plan responds to the three recommendations of the Safeguarding Adults Review into the death of "
                    "Mr D, published in June 2024. Delivery is overseen by the SAR Subgroup, which reports progress to each Board meeting. "
                    "Last updated: January 2025.")
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress / evidence of impact", "RAG"]):
        c.text = v
    bold_row(t.rows[0], "BDD7EE")
    recs = [
        ("Recommendation 1: Agencies should make sure practitioners understand and apply the Mental Capacity Act where there are concerns about a person's executive functioning.", [
            ("1.1", "Deliver multi-agency training on the Mental Capacity Act and executive functioning through the SAB learning programme, with at least four sessions in 2024/25.",
             "SAB Training and Development Lead", "March 2025", "Three sessions delivered to 118 practitioners; final session booked for February.", "Green"),
            ("1.2", "Audit a sample of 30 mental capacity assessments across partner agencies and report the findings to the SAR Subgroup.",
             "Named Nurse Safeguarding Adults (CHS) and Head of Adult Safeguarding (LBC)", "June 2025", "Audit tool agreed. Sample to be drawn in March.", "Amber"),
        ]),
        ("Recommendation 2: The Board should promote the use of the multi-agency High Risk Panel for adults who self-neglect.", [
            ("2.1", "Revise the Self-Neglect and Hoarding Protocol to include clear escalation routes to the High Risk Panel.",
             "SAB Business Manager", "November 2024", "Revised protocol approved by the Board on 21 November 2024.", "Complete"),
            ("2.2", "Publish a 7-minute briefing on self-neglect and the High Risk Panel.",
             "SAB Business Manager", "Dec 2024", "Briefing published on the SAB website and circulated to partners.", "Complete"),
        ]),
        ("Recommendation 3: Housing providers should make sure tenancy and repairs staff recognise and report signs of self-neglect.", [
            ("3.1", "Include self-neglect awareness in the mandatory induction for housing officers and repairs contractors.",
             "Director of Housing Management (LBC)", "Ongoing", "Module added to induction from October 2024.", "Green"),
            ("3.2", "Add a safeguarding alert to the housing management system so that concerns are visible to repairs staff.",
             "Head of Tenancy Services", "31/01/2025", "System change delayed by the housing IT migration; not yet delivered.", "Red"),
        ]),
    ]
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = rec
        bold_row(row, "DEEAF6")
        for vals in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                c.text = v
            shade(cells[5], colours[vals[5]])
    d.add_paragraph()
    d.add_paragraph("RAG: Red – off track or overdue; Amber – in progress, some risk to delivery; Green – in progress and on track; "
                    "Complete – action completed and evidenced to the SAR Subgroup.")
    d.save(P("y2-croydon-sab-sar-mr-d-action-plan.docx"))


# ---------------------------------------------------------------- 7 Bolsover housing xlsx (refuse)
def bolsover():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Bolsover District Council – Housing Services Consumer Standards Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    hdr_row(ws, 3, ["Ref", "Consumer Standard", "Issue identified", "Action", "Responsible Officer", "Target Date", "Status", "Comments"])
    data = [
        ("Safety and Quality Standard", [
            ("SQ1", "Stock condition data is more than five years old for around 40% of homes.",
             "Commission stock condition surveys of 100% of homes over a three-year programme.", "Assets Manager", D(2027, 3, 1), "On track",
             "Year 1 surveys 38% complete."),
            ("SQ2", "Damp and mould cases are not consistently followed up after repairs.",
             "Introduce a six-week post-repair inspection for all damp and mould cases.", "Repairs Manager", D(2024, 9, 1), "Complete",
             "Inspections in place since September."),
            ("SQ3", "A number of high-priority fire risk assessment actions are overdue.",
             "Clear all overdue high-priority fire risk assessment actions and report monthly to the Housing Compliance Group.", "Compliance Manager", "Ocotber 2024", "Amber",
             "27 of 41 actions completed."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TI1", "Tenant satisfaction measures have not been published in an accessible format.",
             "Publish TSM results on the website and in the tenants' newsletter, with an easy-read version.", "Tenant Engagement Officer", D(2024, 12, 1), "On track",
             "Newsletter article drafted."),
            ("TI2", "Tenants have limited opportunity to scrutinise the housing service.",
             "Set up a Tenant Scrutiny Panel with terms of reference agreed by the Executive.", "Tenant Engagement Officer", D(2025, 3, 1), "Not started", ""),
        ]),
        ("Neighbourhood and Community Standard", [
            ("NC1", "Anti-social behaviour case records do not always show that victims were contacted.",
             "Introduce a victim contact record and risk assessment for every ASB case.", "ASB Team Leader", D(2025, 1, 31), "On track",
             "Form built in the case management system."),
        ]),
    ]
    r = 4
    for std, acts in data:
        start = r
        for ref, issue, act, off, due, st, com in acts:
            for i, v in enumerate([ref, std if r == start else None, issue, act, off, due, st, com], 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 6).number_format = "mmm-yy" if due.day == 1 else "dd/mm/yyyy"
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", [6, 26, 40, 45, 24, 13, 12, 35]):
        ws.column_dimensions[col].width = w
    wb.save(P("y2-bolsover-housing-consumer-standards-improvement-plan.xlsx"))


if __name__ == "__main__":
    for f in (waverley, hiwfrs, epping, walsall, durham, croydon, bolsover):
        f()
