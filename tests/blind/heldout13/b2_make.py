"""Generator for blind set b2 (heldout13). Run with /work/main/.venv/bin/python."""
import csv, datetime, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
def P(name): return os.path.join(OUT, name)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

RAGHEX = {'R': 'FF0000', 'A': 'FFC000', 'G': '00B050', 'B': '0070C0'}

# ---------------------------------------------------------------- 1. YJS HMIP docx
def yjs():
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    d.add_heading("Westmere Youth Justice Service HMI Probation Inspection Improvement Plan", 0)
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for a, b in [("Document owner", "Head of Youth Justice"), ("Version", "1.2"), ("Approved by", "Westmere Youth Justice Management Board, 18 December 2024"), ("Next review", "March 2025")]:
        r = t.add_row().cells; r[0].text = a; r[1].text = b
    d.add_paragraph("HM Inspectorate of Probation inspected Westmere Youth Justice Service in September 2024 and published its report on 3 December 2024. "
                    "The report made eight recommendations; five of them are addressed in this plan, grouped by who the recommendation was made to. "
                    "Each recommendation is agreed.")
    def rec_table(rec, rows):
        tb = d.add_table(rows=2, cols=5); tb.style = 'Table Grid'
        m = tb.rows[0].cells[0].merge(tb.rows[0].cells[4]); m.text = rec
        for run in m.paragraphs[0].runs: run.bold = True
        shade(m, 'D9E2F3')
        for c, h in zip(tb.rows[1].cells, ["Ref", "Action", "Owner", "Target date", "RAG"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row): c.text = v
            if row[4] in RAGHEX: shade(cells[4], RAGHEX[row[4]])
        d.add_paragraph("")
    d.add_heading("Recommendations for the Youth Justice Service Manager", 1)
    rec_table("Recommendation 1: Ensure that quality assurance arrangements, oversight of practice and supervision consistently support staff and volunteer development.", [
        ("1.1", "Introduce a monthly practice audit programme covering assessment, planning and risk of harm, with findings reported to the YJ Management Board quarterly.", "Head of Youth Justice", "Jan 2025", "B"),
        ("1.2", "Refresh the supervision policy so that all case managers receive monthly reflective supervision recorded on ChildView.", "Operational Manager (Court and Custody)", "28/02/2025", "G"),
        ("1.3", "Deliver a training programme for volunteers and referral order panel members on trauma-informed practice.", "Volunteer Coordinator / Restorative Justice Lead", "Mar-25", "A"),
    ])
    rec_table("Recommendation 2: Ensure that assessment activity always considers how best to achieve safety for the child and the community.", [
        ("2.1", "Launch a revised AssetPlus assessment guidance note with a focus on safety and wellbeing and risk to others.", "Practice Development Lead", "End of January 2025", "B"),
        ("2.2", "Introduce a risk and safety panel for all children assessed as high or very high risk of serious harm.", "KM/TJ", "Feb 2025", "G"),
    ])
    rec_table("Recommendation 3: Ensure that commensurate focus is given to the needs of victims.", [
        ("3.1", "Recruit a dedicated victim liaison officer within the Youth Justice Service.", "Head of Youth Justice", "April 2025", "R"),
        ("3.2", "Ensure all out-of-court disposal cases include a recorded victim contact and consideration of victim safety within the plan.", "Victim Liaison Officer", "Ongoing", "A"),
    ])
    d.add_heading("Recommendations for the Youth Justice Management Board", 1)
    rec_table("Recommendation 4: Ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and victims.", [
        ("4.1", "Complete a workforce and caseload review and present options for the structure of the service to the Management Board.", "Chair of the YJ Management Board", "Q4 2024/25", "G"),
        ("4.2", "Agree partner contributions to the pooled budget for 2025/26, including health and police secondees.", "Director of Children's Services / Chief Superintendent", "March 2025", "A"),
    ])
    rec_table("Recommendation 5: Assure itself that the disproportionality action plan is used effectively across the partnership to enhance equality, diversity and inclusion.", [
        ("5.1", "Add disproportionality data for stop and search, arrests and out-of-court outcomes to the Board's quarterly performance report.", "Performance and Information Manager", "Jun-25", ""),
    ])
    d.add_paragraph("RAG key: R = not on track; A = some risk to delivery; G = on track; B = complete. Blank = not yet started.")
    d.save(P("b2-yjs-hmip-rec-tables.docx"))

# ---------------------------------------------------------------- 2. JTAI xlsx cover/key/plan, fill-only status
FILL = {'R': 'FFFF0000', 'A': 'FFFFC000', 'G': 'FF00B050', 'B': 'FF0070C0'}
def jtai():
    wb = Workbook()
    c = wb.active; c.title = "Cover"
    c["A1"] = "Kingsholme Safeguarding Children Partnership"; c["A1"].font = Font(bold=True, size=14)
    c["A3"] = "JTAI Multi-agency Action Plan: Children Affected by Domestic Abuse"; c["A3"].font = Font(bold=True, size=16)
    c["A5"] = "Version 1.3 - October 2024"
    c["A6"] = "Plan owner: Partnership Business Manager"
    c["A7"] = "Agencies: Kingsholme Council, Kingsholme Constabulary, NHS Kingsholme ICB, Probation Service"
    c["A9"] = "The plan is on the 'Action Plan' sheet. Status is shown by the colour of the Status cell (see 'RAG key')."
    c.column_dimensions['A'].width = 90
    k = wb.create_sheet("RAG key")
    k["A1"] = "Colour"; k["B1"] = "Meaning"; k["A1"].font = k["B1"].font = Font(bold=True)
    for i, (col, text) in enumerate([('R', "Off track - significant risk to delivery"), ('A', "Some slippage - mitigations in place"),
                                     ('G', "On track"), ('B', "Complete"), (None, "No colour - not yet started")], start=2):
        if col: k.cell(i, 1).fill = PatternFill('solid', fgColor=FILL[col])
        k.cell(i, 2, text)
    k.column_dimensions['B'].width = 45
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "JTAI Multi-agency Action Plan: Children Affected by Domestic Abuse"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status shown by cell colour - see RAG key"
    hdr = ["No.", "Action", "Lead(s)", "Timescale", "Status", "Evidence of impact"]
    for j, h in enumerate(hdr, 1):
        ws.cell(3, j, h).font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 70, 40, 12, 10, 50]): ws.column_dimensions[col].width = w
    data = [
        ("AFI", "Area for improvement 1: The consistency of information sharing from police to schools following domestic abuse incidents (Operation Encompass), including at weekends."),
        ("1.1", "Extend Operation Encompass notifications to cover incidents between Friday 17:00 and Sunday 23:59, with notifications sent by 08:30 on Monday.", "DI Public Protection (Police)", datetime.date(2024, 12, 31), 'G', "Weekend notifications live from 4 November; 96% sent by 08:30."),
        ("1.2", "Audit a sample of 40 notifications to schools to check timeliness and that the key adult was informed.", "Designated Safeguarding Lead Network Chair; Partnership Business Manager", datetime.date(2025, 2, 28), 'A', "Audit tool agreed; sample drawn, fieldwork delayed by half term."),
        ("AFI", "Area for improvement 2: The quality of multi-agency risk assessment conference (MARAC) action planning and the voice of the child in MARAC discussions."),
        ("2.1", "Revise the MARAC research template to include a section on each child in the household and their lived experience.", "MARAC Coordinator", datetime.date(2024, 11, 30), 'B', "New template in use from 1 November."),
        ("2.2", "Deliver MARAC chair training for police and IDVA chairs.", "Domestic Abuse Strategic Lead", datetime.date(2025, 3, 31), 'G', "Two of three sessions delivered."),
        ("2.3", "Introduce a quarterly MARAC quality assurance audit by the partnership's QA subgroup.", "Chair, QA Subgroup", datetime.date(2025, 4, 30), None, ""),
        ("AFI", "Area for improvement 3: Health practitioners' recognition and recording of domestic abuse in children's records, including GP practices."),
        ("3.1", "Roll out routine enquiry about domestic abuse in health visiting and school nursing contacts.", "Named Nurse Safeguarding Children (ICB)", datetime.date(2025, 1, 31), 'R', "Provider capacity issues; escalated to ICB Chief Nurse."),
        ("3.2", "Deliver IRIS domestic abuse training to GP practices in the two Primary Care Networks not yet covered.", "Named GP / ICB Designated Nurse", datetime.date(2025, 6, 30), 'A', "One PCN booked."),
        ("3.3", "Add a domestic abuse flag to the children's community health record system.", "Head of Digital (Community Health)", datetime.date(2025, 3, 31), 'G', "Change request approved."),
    ]
    r = 4
    for row in data:
        if row[0] == "AFI":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = PatternFill('solid', fgColor='FFD9E1F2')
        else:
            ref, act, lead, dt, st, ev = row
            ws.cell(r, 1, ref); ws.cell(r, 2, act).alignment = Alignment(wrap_text=True); ws.cell(r, 3, lead)
            cd = ws.cell(r, 4, dt); cd.number_format = 'mmm-yy'
            if st: ws.cell(r, 5).fill = PatternFill('solid', fgColor=FILL[st])
            ws.cell(r, 6, ev)
        r += 1
    ws.cell(r + 1, 1, "Plan reviewed monthly at the Partnership Executive. Next review: 21 November 2024.")
    wb.active = 2
    wb.save(P("b2-jtai-cover-key-fills.xlsx"))

# ---------------------------------------------------------------- 3. ASC CQC xlsx, mixed real/text dates
def asc():
    wb = Workbook(); ws = wb.active; ws.title = "ASC Improvement Plan"
    ws["A1"] = "Adult Social Care Improvement Plan 2025-26"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the CQC Local Authority Assessment (rated Requires Improvement, report published January 2025). Updated 30 September 2025."
    hdr = ["Priority", "Ref", "Action", "Lead", "Target date", "Status", "Update (Sept 2025)"]
    for j, h in enumerate(hdr, 1): ws.cell(4, j, h).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [34, 6, 70, 40, 14, 12, 50]): ws.column_dimensions[col].width = w
    D = datetime.datetime
    rows = [
        ("1. Reducing waits for assessment and review", "1.1", "Implement a waiting list triage tool so that every person waiting is risk-rated within 5 working days of referral.", "Head of Adult Social Care Operations", D(2025, 3, 31), "Complete", "Tool live since March; 100% of people waiting are risk-rated."),
        ("", "1.2", "Commission additional Occupational Therapy capacity to clear the backlog of OT assessments.", "Principal Occupational Therapist", "Q3 25/26", "On track", "Agency OTs in post; backlog down from 412 to 260."),
        ("", "1.3", "Introduce proportionate (telephone and online) reviews for people with stable care packages.", "Helen Marsh & Tom Okafor", "Mar 26", "Not started", "Scheduled to start after Liquidlogic upgrade."),
        ("2. Supporting unpaid carers", "2.1", "Co-produce a new Carers Strategy with the Carers' Partnership Board.", "Commissioning Manager - Carers", D(2025, 11, 30), "Amber", "Engagement events delayed; draft now due November."),
        ("", "2.2", "Ensure every carer identified at assessment is offered a separate carer's assessment, with the offer recorded in Liquidlogic.", "Principal Social Worker", "Q4 25/26", "On track", "Recording field added; compliance 71%."),
        ("3. Safeguarding", "3.1", "Reduce the time from safeguarding concern to decision to within 2 working days.", "Safeguarding Adults Manager", D(2025, 6, 30), "Red", "Median 4 days; additional triage worker being recruited."),
        ("", "3.2", "Launch a Making Safeguarding Personal feedback survey for people who have been through a section 42 enquiry.", "Safeguarding Adults Manager / Head of Quality Assurance", "Sept 2025", "Complete", "Survey launched 1 September."),
        ("4. Preparing for adulthood", "4.1", "Establish a joint Preparing for Adulthood panel with children's services, starting at age 14.", "Head of Service, Preparing for Adulthood", D(2025, 9, 1), "On track", "Terms of reference agreed; first panel 8 October."),
        ("", "4.2", "Agree a transitions protocol with the ICB for young people with continuing health care needs.", "Director of Adult Social Services", "Ongoing", "Amber", "ICB sign-off awaited."),
        ("5. Leadership and governance", "5.1", "Report progress against this plan to the ASC Improvement Board monthly and to Cabinet every six months.", "Director of Adult Social Services", "Monthly", "On track", "Cabinet update July 2025."),
        ("", "5.2", "Implement a quarterly practice quality audit programme with findings reported to DMT.", "Head of Quality Assurance", D(2025, 12, 31), "", ""),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            if isinstance(v, datetime.datetime): c.number_format = 'dd/mm/yyyy'
            if j in (1, 3, 7): c.alignment = Alignment(wrap_text=True, vertical='top')
    wb.save(P("b2-asc-cqc-mixed-dates.xlsx"))

# ---------------------------------------------------------------- 4. Housing damp & mould CSV
def damp():
    R1 = "Adopt a zero-tolerance approach to damp and mould interventions"
    R2 = "Review the language used with residents, avoiding 'lifestyle' explanations for damp and mould"
    R3 = "Use data and intelligence to identify homes at risk of damp and mould"
    R4 = "Ensure staff and contractors have the skills to identify and report damp and mould"
    R5 = "Have a clear process for responding to vulnerable residents"
    R6 = "Learn from complaints about damp and mould"
    rows = [
        ["Damp and Mould Action Plan - self-assessment against the Housing Ombudsman Spotlight report (Vale Riverside Homes)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Ombudsman recommendation", "Action", "Lead officer", "Target date", "RAG", "Progress update (Nov)"],
        ["DM01", R1, "Publish a damp and mould policy approved by the Board, setting out response times for inspections and remedial works.", "Head of Repairs & Maintenance", "31/03/2024", "B",
         'Policy approved by Board on 14 March 2024; published on website, and staff briefed at "Toolbox Talks" in April.'],
        ["DM02", R1, "Inspect all reported cases of damp and mould within 10 working days.", "Okafor, Grace", "Ongoing", "G",
         "Average time to inspect in October: 8.2 days, down from 14.6; 92% within target."],
        ["DM03", R2, "Remove references to residents' 'lifestyle' from template letters and repairs scripts.", "Customer Experience Manager", "Dec-23", "Complete",
         'All 27 templates reviewed, "lifestyle" removed; call scripts updated, contact centre retrained.'],
        ["DM04", R3, "Build a stock condition risk model using EPC ratings, property archetype and repairs history to target proactive surveys.", "J. Patel / R. Singh", "Jun 2024", "A",
         'Model built, but data gaps for 1,100 homes (no EPC); "version 2" to use sensor data, due January.\nSlipped from June.'],
        ["DM05", R3, "Carry out proactive surveys of the 500 highest-risk homes identified by the model.", "Asset Manager", "Sept 2024 - March 2025", "A",
         "312 of 500 surveyed; 41 homes, with category 1 hazards, referred for works."],
        ["DM06", R4, "Deliver damp and mould awareness training to all frontline staff, including contractors' operatives.", "Learning & Development Partner", "End of February 2025", "G",
         "Training delivered to 212 of 240 staff (88%); contractor sessions booked for 5, 12 and 19 December."],
        ["DM07", R5, "Record vulnerability information on the housing management system and flag it to repairs operatives.", "Tenancy Sustainment Manager", "Q2 2024/25", "R",
         'System change delayed, supplier now quoting January; interim "vulnerability" spreadsheet in use, checked weekly.'],
        ["DM08", R6, "Report damp and mould complaint themes quarterly to the Customer Services Committee.", "Complaints Manager", "Quarterly", "G",
         "Q1 and Q2 reports taken; themes: communication, missed appointments, and repeat visits."],
        ["DM09", R6, "Carry out a post-completion satisfaction call for every damp and mould job.", "Customer Experience Manager", "Apr-25", "",
         "Not yet started; resource to be agreed in the 2025/26 budget."],
    ]
    with open(P("b2-housing-damp-mould.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 5. NHS trust board report docx, must-do continuation rows, revised due
def eeast():
    d = Document()
    d.add_heading("CQC Quality Improvement Plan Progress Report", 0)
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for a, b in [("Meeting", "Trust Board - Public Meeting"), ("Date", "9 July 2025"), ("Report Title", "CQC Quality Improvement Plan Progress Report"),
                 ("Agenda Item", "PUB25/07/3.1"), ("Author", "Head of Compliance"), ("Lead Director", "Chief Paramedic and Director of Quality"),
                 ("Purpose", "Discussion/Review"), ("Assurance", "Reasonable")]:
        r = t.add_row().cells; r[0].text = a; r[1].text = b
    d.add_heading("Executive Summary", 1)
    d.add_paragraph("This report updates the Board on the outstanding Must Do actions from the 2022 CQC inspection. "
                    "Where an action has been re-profiled, the revised due date agreed by the Executive Clinical Group is shown.")
    def must_table(rows):
        tb = d.add_table(rows=1, cols=7); tb.style = 'Table Grid'
        for c, h in zip(tb.rows[0].cells, ["Ref", "Must Do (2022 inspection)", "Action", "Executive Lead", "Original due", "Revised due", "BRAG"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row): c.text = v
            if row[6] in RAGHEX: shade(cells[6], RAGHEX[row[6]])
    d.add_heading("Section 1: Trust-wide Must Dos", 1)
    must_table([
        ("MD1.1", "The trust must ensure that all staff complete mandatory safeguarding training to the required level. (Regulation 13)",
         "Move safeguarding level 3 training to a blended model with protected time on rosters.", "Chief Paramedic and Director of Quality", "31/03/2024", "30/09/2025", "A"),
        ("MD1.2", "", "Report compliance by sector to the Quality Governance Committee each month until 90% is sustained for three months.", "Head of Safeguarding", "30/06/2024", "", "B"),
        ("MD2.1", "The trust must ensure that staff receive an annual appraisal. (Regulation 18)",
         "Launch the simplified appraisal ('My Conversation') and record completion in ESR.", "Director of People Services", "31/12/2024", "31/10/2025", "G"),
        ("MD2.2", "", "Provide appraiser training for all station and team leaders.", "Director of People Services", "30/09/2024", "", "B"),
    ])
    d.add_paragraph("")
    d.add_heading("Section 2: Emergency Operations Centres", 1)
    must_table([
        ("MD3.1", "The trust must ensure that calls are answered and triaged in a timely way, and that patients waiting for a response are monitored. (Regulation 12)",
         "Recruit to the funded establishment of emergency medical dispatchers and clinical navigators.", "Chief Operating Officer", "31/03/2025", "31/12/2025", "R"),
        ("MD3.2", "", "Introduce a welfare call standard for patients waiting longer than the category 3 target.", "Medical Director / Chief Paramedic and Director of Quality", "31/01/2025", "", "B"),
        ("MD3.3", "", "Audit compliance with the welfare call standard monthly and share results with EOC teams.", "Head of Clinical Assurance, EOC", "Monthly", "", "G"),
        ("MD4.1", "The trust must ensure that the risk register for the EOCs reflects current risks and mitigations. (Regulation 17)",
         "Review and refresh the EOC risk register with risk owners and present it to the Risk Management Group.", "Chief Operating Officer", "31/08/2025", "", ""),
    ])
    d.add_paragraph("")
    d.add_heading("BRAG key", 2)
    k = d.add_table(rows=0, cols=2); k.style = 'Table Grid'
    for a, b in [("B", "Complete and evidenced"), ("R", "Off track / revised date at risk"), ("A", "Some delay, recovery plan in place"), ("G", "On track")]:
        r = k.add_row().cells; r[0].text = a; r[1].text = b; shade(r[0], RAGHEX[a])
    d.add_heading("Recommendation", 1)
    d.add_paragraph("The Board is asked to note the progress made against the Must Do actions.")
    d.save(P("b2-nhs-cqc-mustdo-board.docx"))

# ---------------------------------------------------------------- 6. Corporate parenting pledges docx, one 2-column table per action
def cp():
    d = Document()
    d.add_heading("Corporate Parenting Strategy action plan 2025 to 2028", 0)
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for a, b in [("Version", "1.1 (progress at October 2025)"), ("Owner", "Corporate Parenting Panel"), ("Approved", "Ashcombe Council Executive, 15 April 2025")]:
        r = t.add_row().cells; r[0].text = a; r[1].text = b
    d.add_paragraph("The Corporate Parenting Strategy commits to pledges that set out how we, as corporate parents, will support children looked after and care leavers. "
                    "The actions under each pledge keep the strategy measurable and accountable across the three-year period.")
    def action(act, officer, timeline, link, outcome, rag):
        tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
        for a, b in [("Action", act), ("Responsible officer", officer), ("Timeline", timeline),
                     ("Link to other action plans or strategy initiatives", link), ("Expected outcome", outcome), ("Progress (RAG)", rag)]:
            r = tb.add_row().cells; r[0].text = a; r[1].text = b
            r[0].paragraphs[0].runs[0].bold = True
        d.add_paragraph("")
    def pledge(n, text):
        d.add_heading(f"Pledge {n}", 2)
        p = d.add_paragraph(); p.add_run(text).bold = True
    pledge(1, "We promise to do our best to support you in the same way as if you were our own child but acknowledge your individual circumstances.")
    action("Every child in care has a care plan reviewed with input from health, education and their carers at each statutory review.",
           "Team Manager: Life Chances", "September 2025", "Not applicable", "Comprehensive care plans with multi-disciplinary input.", "Green")
    action("Provide training for foster carers on identity, culture and faith so they can offer sensitive and inclusive care.",
           "Virtual School Headteacher and Team Manager: Family Placement", "March 2026", "Fostering Sufficiency Strategy", "Foster carers are equipped to provide sensitive and inclusive care.", "Amber")
    pledge(2, "We promise to do our best to listen to your wishes and work on finding the best solution.")
    action("Hold a quarterly 'Takeover' session where the Children in Care Council sets the agenda of the Corporate Parenting Panel.",
           "Participation Lead", "Quarterly", "Participation Strategy", "Children's views shape the panel's priorities.", "Green")
    action("Offer every child an independent advocate at the point of a change of placement.",
           "Head of Children's Social Care", "December 2025", "Not applicable", "Children understand and can influence decisions about where they live.", "Red")
    pledge(3, "We promise to do our best to support you to get the education and training you need to help you to develop your skills and achieve your goals in life.")
    action("Ensure every child of school age has a Personal Education Plan reviewed each term.",
           "Virtual School Headteacher", "Autumn term 2025", "Virtual School Improvement Plan", "Every child has an up-to-date PEP.", "Complete")
    action("Ring-fence ten council apprenticeships each year for care leavers.",
           "Head of HR / Leaving Care Service Manager", "April 2026", "Workforce Strategy", "More care leavers in education, employment or training.", "Not started")
    pledge(4, "We promise to do our best to provide you with a safe and secure place to live.")
    action("Agree a joint housing protocol for care leavers with the district housing teams.",
           "Leaving Care Service Manager", "By 31 January 2026", "Homelessness Strategy", "No care leaver is placed in unsuitable accommodation.", "Amber")
    d.save(P("b2-corporate-parenting-pledges.docx"))

# ---------------------------------------------------------------- 7. Focused visit txt, numbered paragraphs, refuse (mistyped month)
def fv():
    lines = [
        "Ashcombe Council - Children's Services",
        "Ofsted Focused Visit: Care Leavers - Action Plan",
        "Visit date: 4-5 June 2025 | Letter published: 10 July 2025",
        "Plan owner: Director of Children's Services | Version 2 (September 2025)",
        "",
        "Ofsted identified the following areas for improvement:",
        "  (a) The timeliness and quality of pathway plans.",
        "  (b) Young people's access to their health histories.",
        "  (c) The range of suitable accommodation for care leavers aged 18 to 21.",
        "",
        "RAG: R = off track, A = at risk, G = on track, B = complete",
        "",
        "1. Pathway planning (area for improvement (a))",
        "",
        "1.1 Introduce a pathway plan template co-produced with care leavers and written to the young person.",
        "    Lead: Leaving Care Service Manager",
        "    By: October 2025",
        "    RAG: G",
        "",
        "1.2 Audit 20 pathway plans each month, grading quality and timeliness, and report to the Practice Improvement Board.",
        "    Lead: Head of Quality Assurance",
        "    By: Monthly",
        "    RAG: G",
        "",
        "1.3 Ensure all pathway plans for 16 and 17 year olds are reviewed at least every six months.",
        "    Lead: Team Manager, Through Care",
        "    By: Setpember 2025",
        "    RAG: A",
        "",
        "2. Health histories (area for improvement (b))",
        "",
        "2.1 Agree with the ICB a standard health summary to be given to every care leaver at 18.",
        "    Lead: Designated Nurse for Children in Care / Leaving Care Service Manager",
        "    By: December 2025",
        "    RAG: A",
        "",
        "2.2 Offer every care leaver aged 18 to 25 a health passport appointment with the Children in Care nurse.",
        "    Lead: Designated Nurse for Children in Care",
        "    By: March 2026",
        "    RAG: R",
        "",
        "3. Accommodation (area for improvement (c))",
        "",
        "3.1 Commission ten supported lodgings placements for care leavers aged 18 to 21.",
        "    Lead: Head of Commissioning",
        "    By: Q4 2025/26",
        "    RAG: A",
        "",
        "3.2 Agree a care leaver local offer on council tax exemption and rent deposits with the district councils.",
        "    Lead: Leaving Care Service Manager",
        "    By: 31/07/2025",
        "    RAG: B",
        "",
        "Progress against this plan is reported to the Corporate Parenting Panel at each meeting.",
    ]
    with open(P("b2-fv-care-leavers-refuse.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    yjs(); jtai(); asc(); damp(); eeast(); cp(); fv()
    print("done")
