"""Generator for the dz2- cases (partnership, NHS and corporate plans)."""
import datetime as dt
import os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def fill(c, hexcol):
    c.fill = PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- 1 Hull SAB SAR (docx)
def hull():
    d = Document()
    d.add_heading("Safeguarding Adults Review – Adult Q: Multi-Agency Action Plan", 0)
    d.add_paragraph("Hull Safeguarding Adults Partnership Board")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.4"), ("Date", "14/10/2025"), ("Owner", "HSAPB SAR Sub-Group"),
                 ("Review published", "February 2025")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph(
        "This plan sets out how partner agencies will respond to the four recommendations of the "
        "Safeguarding Adults Review into the death of Adult Q. Progress is reported to each meeting "
        "of the SAR Sub-Group and by exception to the Board.")
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update (October 2025)", "RAG"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    plan = [
        ("Recommendation 1: HSAPB should seek assurance that partner agencies recognise and respond to "
         "self-neglect, including where a person repeatedly declines services.", [
            ("1.1", "Refresh the multi-agency self-neglect and hoarding protocol to include an escalation "
             "route where an adult repeatedly declines support.", "SAB Business Manager", "31/03/2025",
             "Revised protocol approved by the Board in March 2025 and published on the HSAPB website.",
             "Complete"),
            ("1.2", "Deliver multi-agency briefings on the revised protocol to frontline practitioners "
             "across all partner agencies.", "Learning & Development Subgroup Chair",
             "June 2025 – Sept 2025",
             "Four briefings held with 212 attendees. Further sessions for GP practices booked for November.",
             "Green")]),
        ("Recommendation 2: Partners should ensure that mental capacity assessments are completed and "
         "recorded where there is doubt about a person's ability to make decisions about their care and support.", [
            ("2.1", "Audit a sample of 30 adult social care cases where care was declined, to test the "
             "quality of mental capacity assessments.", "Principal Social Worker (Adults)", "Dec-25",
             "Audit tool agreed and case selection under way. Findings to be reported to the Quality & "
             "Performance Subgroup in January.", "Amber"),
            ("2.2", "Include executive capacity and the 'unwise decision' principle in the Trust's level 3 "
             "adult safeguarding training.", "Named Nurse for Safeguarding Adults (HUTH)", "31/10/2025",
             "Training content updated and delivered from September; evaluation forms being collated.",
             "Green")]),
        ("Recommendation 3: Housing and health partners should share information promptly when "
         "tenancy officers identify concerns about a tenant's living conditions.", [
            ("3.1", "Agree a referral pathway from Housing Services to community health teams for tenants "
             "whose living conditions indicate self-neglect.",
             "Head of Housing Management / ICB Designated Nurse", "Q4 2025/26",
             "Draft pathway discussed at the Operational Group; awaiting legal comment on information sharing.",
             "Amber"),
            ("3.2", "Add self-neglect flags to the housing management system so that concerns are visible "
             "to all officers visiting the property.", "Housing Systems Manager",
             "30/06/2025\nRevised: 30/11/2025",
             "Delayed by the system upgrade. Supplier now scheduled to deliver the change in November.",
             "Red")]),
        ("Recommendation 4: HSAPB should assure itself that the learning from this review is embedded "
         "in practice.", [
            ("4.1", "Publish a 7-minute briefing on SAR Adult Q and circulate it through all partner agencies.",
             "SAB Business Manager", "July 2025",
             "Briefing published 3 July 2025 and cascaded through partner newsletters.", "Complete"),
            ("4.2", "Repeat the self-neglect case audit 12 months after the protocol is published to test "
             "its impact.", "Quality & Performance Subgroup", "April 2026", "Not yet due.", "")]),
    ]
    for rec, acts in plan:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("RAG key: Red – off track; Amber – in progress, risk to timescale; Green – on track; "
                    "Complete – action completed and evidence received by the SAR Sub-Group.")
    d.save(os.path.join(OUT, "dz2-hull-sab-sar-adult-q-action-plan.docx"))


# ---------------------------------------------------------------- 2 LHCH board action log (xlsx)
def lhch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "LHCH Board of Directors (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated: 30 September 2025"
    hdr = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead", "Due date",
           "Revised due date", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "1F4E79")
    D = dt.datetime
    rows = [
        ("BoD/086", D(2025, 4, 3), "25/047", "Integrated Performance Report",
         "Provide a breakdown of 62-day cancer pathway breaches by tertiary referral source.",
         "COO", D(2025, 6, 5), D(2025, 7, 3),
         "Breakdown presented at the July Board. Proposed for closure.", BLU),
        ("BoD/089", D(2025, 4, 3), "25/052", "Freedom to Speak Up report",
         "Arrange a Board development session on speaking up themes with the Guardian.",
         "Director of People / FTSU Guardian", D(2025, 10, 2), None,
         "Session scheduled for the 2 October Board development day.", GRN),
        ("BoD/093", D(2025, 6, 5), "25/071", "Patient Safety Incident Response Plan",
         "Include thematic learning from PSIIs in the quarterly Quality Committee Chair's report to the Board.",
         "DoN", "Quarterly", None,
         "First thematic summary included in the Q1 Chair's report.", GRN),
        ("BoD/095", D(2025, 6, 5), "25/074", "Financial Plan 2025/26",
         "Present the revised CIP schedule with risk-rated schemes.",
         "CFO", D(2025, 7, 3), D(2025, 11, 6),
         "Deferred to the November Board to align with the system financial recovery plan.", AMB),
        ("BoD/098", D(2025, 7, 3), "25/088", "Estates strategy",
         "Confirm the timetable for replacement of the ventilation plant in Theatres 1–3.",
         "Director of Estates & Facilities", D(2025, 9, 4), None,
         "Awaiting the contractor's programme; verbal update to be given.", RED),
        ("BoD/101", D(2025, 7, 3), "25/090", "Guardian of Safe Working report",
         "Report resident doctor exception reports by specialty in future Guardian reports.",
         "MD", D(2025, 10, 2), None,
         "Included in the Q2 report on today's agenda. Proposed for closure.", BLU),
        ("BoD/104", D(2025, 9, 4), "25/109", "Digital strategy",
         "Circulate the Electronic Patient Record optimisation roadmap to Board members.",
         "CIO/ CFO", D(2025, 9, 30), None, "Circulated by email 19/09/2025.", BLU),
        ("BoD/105", D(2025, 9, 4), "25/112", "Green Plan",
         "Bring the updated Green Plan, with the carbon reduction trajectory to 2030, for approval.",
         "Director of Strategy", D(2026, 1, 1), None, "", GRN),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if row[0] == "BoD/105" and i == 7 else "dd/mm/yyyy"
        fill(ws.cell(row=r, column=10), row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for col, txt in [(RED, "Overdue"), (AMB, "Revised date agreed by the Board"),
                     (GRN, "Not yet due"), (BLU, "Complete – proposed for closure")]:
        r += 1
        fill(ws.cell(row=r, column=1), col)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGHIJ", [10, 12, 10, 26, 50, 22, 12, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dz2-lhch-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 3 Rushcliffe SRR (xlsx, refuse)
def rushcliffe():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2"
    ws["A1"] = "Rushcliffe Borough Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (position at 30 September 2025)"
    hdr = ["Risk Ref", "Risk", "Risk Owner", "Current score (L x I)", "Controls in place",
           "Further actions", "Action owner", "Target date", "Target score", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        fill(c, "D9D9D9")
    D = dt.datetime
    rows = [
        ("SR01", "Medium-term financial sustainability: funding reform reduces resources below the level "
         "needed to deliver services.", "Director – Finance and Corporate Services", "4 x 4 = 16",
         "MTFS refreshed annually; Transformation and Efficiency Plan; reserves policy.",
         "Model the impact of the Fair Funding Review 2.0 consultation on the 2026/27 budget.",
         "Service Manager – Finance", D(2025, 12, 31), "3 x 4 = 12", "Amber"),
        ("SR02", "Local government reorganisation: uncertainty over future unitary arrangements diverts "
         "capacity from service delivery.", "Chief Executive", "4 x 3 = 12",
         "Joint working with Nottinghamshire councils; member briefings.",
         "Submit the council's final proposal to government and agree the programme resourcing plan.",
         "Chief Executive", D(2025, 11, 28), "3 x 3 = 9", "Amber"),
        ("SR03", "Cyber security: a successful attack results in loss of systems and data.",
         "Director – Finance and Corporate Services", "3 x 5 = 15",
         "Firewalls, MFA, patching regime, annual penetration test.",
         "Complete the Cyber Assessment Framework self-assessment and test the IT disaster recovery plan.",
         "ICT Manager", D(2026, 3, 31), "2 x 5 = 10", "Green"),
        ("SR04", "Housing and homelessness: rising demand for temporary accommodation increases cost.",
         "Director – Neighbourhoods", "4 x 3 = 12",
         "Homelessness strategy; prevention fund; landlord incentive scheme.",
         "Procure additional self-contained temporary accommodation to reduce bed and breakfast use.",
         "Strategic Housing Manager", "Octber 2025", "3 x 3 = 9", "Red"),
        ("SR05", "Climate change: the council fails to meet its carbon neutral target for its own "
         "operations by 2030.", "Director – Development and Economic Growth", "3 x 3 = 9",
         "Carbon Management Plan; fleet replacement programme.",
         "Deliver the decarbonisation works at Rushcliffe Arena and Bingham Arena leisure centres.",
         "Climate Change Officer", D(2026, 3, 31), "2 x 3 = 6", "Green"),
        ("SR06", "Workforce: difficulty recruiting and retaining staff in specialist roles.",
         "Director – Finance and Corporate Services", "3 x 3 = 9",
         "Workforce strategy; market supplements; apprenticeships.",
         "Implement the agreed career grade scheme for planning officers.",
         "HR Manager", "Ongoing", "2 x 3 = 6", "Amber"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        fill(ws.cell(row=r, column=10), {"Red": RED, "Amber": AMB, "Green": GRN}[row[9]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood x Impact, each on a 1–5 scale. RAG shows progress "
            "of further actions against target date.")
    for col, w in zip("ABCDEFGHIJ", [8, 40, 24, 12, 36, 42, 22, 12, 12, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dz2-rushcliffe-bc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 HSSCP CSPR Child R (xlsx)
def hsscp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Child R action plan"
    ws["A1"] = "HSSCP Child Safeguarding Practice Review – Child R: Partnership Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Hartlepool and Stockton-on-Tees Safeguarding Children Partnership · Review published "
                "14 May 2025 · Owner: Learning and Improvement Sub-Group · Updated 17/10/2025")
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Learning point / Recommendation", "Action", "Agency", "Lead officer", "Timescale",
           "Progress / evidence of impact", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "5B2C6F")
    D = dt.datetime
    recs = [
        ("1. Partners should ensure that the voice and lived experience of babies and non-verbal children "
         "is captured and recorded in assessments and plans.", [
            ("1a", "Revise the single assessment template to include a mandatory section on the baby's "
             "daily lived experience.", "Stockton Children's Services",
             "Service Manager (Assessment & Intervention)", D(2025, 9, 30),
             "New template live on Liquidlogic from 1 September 2025.", "B"),
            ("1b", "Deliver 'Seeing the baby' practice sessions for health visitors, midwives and social workers.",
             "North Tees and Hartlepool NHSFT / both local authorities",
             "Named Nurse Safeguarding Children; Principal Social Worker", "Oct 2025 – Mar 2026",
             "First two sessions delivered in October with 64 attendees.", "G")]),
        ("2. The Partnership should seek assurance that fathers and male carers are identified, assessed "
         "and included in plans.", [
            ("2a", "Audit 20 child protection plans for the involvement of fathers and male carers through "
             "the multi-agency audit programme.", "HSSCP", "Quality Assurance Officer", D(2025, 12, 31),
             "Audit rescheduled from September to December because of auditor availability.", "A"),
            ("2b", "Adopt the regional 'Think Dad' practice guidance and publish it in the procedures manual.",
             "Tees Safeguarding Procedures Group", "HSSCP Business Manager", D(2025, 6, 30),
             "Guidance published June 2025.", "B"),
            ("2c", "Add a prompt to record the details of all adults in the household at every health "
             "visitor contact.", "Harrogate and District NHSFT (0-19 Service)", "0-19 Service Lead",
             "Ongoing", "Prompt added to SystmOne template; compliance checked in monthly record audit.", "G")]),
        ("3. Agencies should strengthen the response to repeated missed health appointments for babies "
         "under one.", [
            ("3a", "Review the Was Not Brought policy across primary care and acute trusts so that two missed "
             "appointments for a baby trigger contact with the health visitor.", "NENC ICB",
             "Designated Nurse Safeguarding Children", D(2026, 1, 31),
             "Draft policy out for consultation; one trust yet to respond.", "A"),
            ("3b", "Report compliance with the revised policy to the Performance and Quality Assurance Group.",
             "NENC ICB", "Designated Nurse Safeguarding Children", "Q1 2026/27", "Not yet due.", "")]),
    ]
    r = 5
    for rec, acts in recs:
        start = r
        for a in acts:
            vals = [a[0], rec if r == start else None, a[1], a[2], a[3], a[4], a[5], a[6] or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if a[6]:
                fill(ws.cell(row=r, column=8), {"B": BLU, "G": GRN, "A": AMB, "R": RED}[a[6]])
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row between recommendations
    ws.cell(row=r, column=1, value="RAG: R – off track; A – progress made but timescale at risk; "
            "G – on track; B – complete and evidenced")
    for col, w in zip("ABCDEFGH", [6, 40, 48, 28, 30, 14, 44, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dz2-hartlepool-stockton-scp-cspr-child-r-action-plan.xlsx"))


# ---------------------------------------------------------------- 5 Broxtowe DHR (txt)
def broxtowe():
    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and Outcome", "Status"]
    rows = [
        ["1. Nottinghamshire Police to ensure that officers attending domestic abuse incidents complete the "
         "DASH risk assessment with the victim away from the perpetrator.", "Local",
         "Issue a force-wide briefing reminding officers of the requirement to separate parties before "
         "completing the DASH.", "Nottinghamshire Police",
         "Briefing issued via the Force intranet and shift briefings.", "31/01/2025",
         "Completed 28/01/2025", "Complete"],
        ["", "", "Dip-sample 50 DASH forms each quarter to check whether the victim was spoken to alone.",
         "Nottinghamshire Police (Public Protection)", "Q1 and Q2 samples completed; 88% compliance.",
         "Quarterly", "", "On track"],
        ["2. Broxtowe Borough Council Housing should include routine enquiry about domestic abuse at tenancy "
         "sign-up and annual tenancy visits.", "Local",
         "Add routine enquiry questions to the tenancy sign-up and annual visit checklists.",
         "Broxtowe Borough Council", "Checklists updated on the housing system.", "September 2025",
         "Completed 15/09/2025", "Complete"],
        ["", "", "Train housing officers in routine enquiry, with refresher training every two years.",
         "Broxtowe Borough Council / Juno Women's Aid", "Training dates agreed for January and February 2026.",
         "31/03/2026", "", "On track"],
        ["3. Nottingham and Nottinghamshire ICB to seek assurance that GP practices record and act on "
         "disclosures of domestic abuse made during consultations.", "Regional",
         "Roll out IRIS training to the remaining GP practices in Broxtowe.",
         "Nottingham and Nottinghamshire ICB", "9 of 13 practices trained.", "Q4 2025/26", "", "On track"],
        ["", "", "Audit the coding of domestic abuse disclosures in a sample of GP records.",
         "Nottingham and Nottinghamshire ICB", "", "Dec 2025", "", "Not started"],
        ["4. The Home Office should consider including coercive control by adult family members in its "
         "national awareness campaigns.", "National",
         "Write to the Home Office sharing the learning from this review.", "Broxtowe CSP Chair",
         "Letter sent 12/06/2025.", "30/06/2025", "Completed 12/06/2025 – acknowledgement received.",
         "Complete"],
    ]
    lines = ["Broxtowe Community Safety Partnership – Domestic Homicide Review 'Lena' – Action Plan",
             "Updated following the DHR Steering Group on 02/10/2025", "", "\t".join(hdr)]
    lines += ["\t".join(r) for r in rows]
    with open(os.path.join(OUT, "dz2-broxtowe-csp-dhr-lena-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6 Kent & Medway ICB QPC log (csv)
def kmicb():
    import csv
    hdr = ["Action ID", "Meeting Date", "Agenda Item", "Action", "Owner", "Due Date", "RAG", "Latest Update"]
    rows = [
        ["QPC-041", "13/03/2025", "Maternity and neonatal update",
         "Bring the LMNS position against the Ockenden immediate and essential actions to the Committee, by provider.",
         "Aldous, Jane", "08/05/2025", "Blue - Complete", "Presented in May 2025. Committee agreed to close."],
        ["QPC-044", "10/04/2025", "Continuing Healthcare",
         "Report the number of CHC assessments exceeding 28 days and the recovery trajectory.",
         "Dr Ravi Menon; Claire Hewitt", "12/06/2025", "Blue - Complete",
         "Report received June 2025; trajectory to be monitored through the CHC dashboard."],
        ["QPC-047", "12/06/2025", "Patient safety (PSIRF)",
         "Share the thematic review of falls with harm across the four acute trusts.",
         "Claire Hewitt", "11/09/2025", "Amber",
         "Draft complete but awaiting validation from one trust. Now expected at the November meeting."],
        ["QPC-049", "12/06/2025", "Mental health out of area placements",
         "Provide a breakdown of out of area placements by age and length of stay, with the plan to repatriate.",
         "Tom Fairweather", "11/09/2025", "Red",
         "Data not yet available from KMPT's new system; escalated to the Director of Mental Health."],
        ["QPC-052", "10/07/2025", "Healthcare-associated infections",
         "Seek assurance on the C. difficile action plan at Medway Maritime Hospital and report back.",
         "Hewitt, Claire", "13/11/2025", "Green", "Assurance visit booked for 21 October."],
        ["QPC-053", "10/07/2025", "SEND",
         "Include health performance against the 6-week EHCP advice deadline in the quarterly quality report.",
         "Sarah Okafor", "Quarterly", "Green", "First figures included in the Q2 quality report."],
        ["QPC-056", "11/09/2025", "Primary care access",
         "Circulate the GP practice quality visit schedule for 2025/26 to Committee members.",
         "Sarah Okafor and Tom Fairweather", "30/09/2025", "Blue - Complete", "Circulated 24/09/2025."],
        ["QPC-057", "11/09/2025", "Learning from deaths (LeDeR)",
         "Present the LeDeR annual report with the action plan for people with a learning disability "
         "and autistic people.", "Aldous, Jane", "13/11/2025", "Green", ""],
    ]
    with open(os.path.join(OUT, "dz2-kent-medway-icb-quality-performance-committee-action-log-export.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Stockport SCP highlight (docx)
def sscp():
    d = Document()
    d.add_heading("Stockport Safeguarding Children Partnership – Business Plan 2024-26 Highlight Report", 0)
    d.add_paragraph("Reporting period: Quarter 2 (July – September 2025). Prepared for the SSCP Executive, "
                    "23 October 2025.")
    d.add_paragraph("Overall the plan remains on track. One action is off track (missing from home protocol) "
                    "and one is at risk; both are set out below with the mitigation agreed.")
    d.add_heading("Summary", 2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Priority", "Actions", "Complete", "On track", "At risk", "Off track"]):
        t.rows[0].cells[i].text = h
    for row in [("1. Neglect", "3", "1", "1", "1", "0"), ("2. Exploitation", "2", "0", "1", "0", "1"),
                ("3. Learning", "2", "0", "1", "0", "0"), ("Total", "7", "1", "3", "1", "1")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("RAG key")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(BLU, "Complete"), (GRN, "On track"), (AMB, "At risk of slipping"), (RED, "Off track")]:
        c = k.add_row().cells
        shade(c[0], col)
        c[1].text = txt
    sections = [
        ("Priority 1: Neglect", [
            ("1.1", "Launch the refreshed Graded Care Profile 2 (GCP2) training offer for all partner agencies.",
             "SSCP Training Coordinator", "Sept 2025",
             "Relaunched on 8 September; 96 practitioners trained in the first month.", BLU),
            ("1.2", "Complete a multi-agency audit of neglect cases open for more than 12 months.",
             "Head of Safeguarding & QA / Designated Nurse", "December 2025",
             "Case sample agreed; audit day booked for 19 November.", GRN),
            ("1.3", "Agree a neglect performance dashboard for the Executive.", "SSCP Business Manager",
             "End of Nov 2025", "Data definitions agreed; awaiting the police data feed.", AMB)]),
        ("Priority 2: Child exploitation and extra-familial harm", [
            ("2.1", "Extend the contextual safeguarding panel to all secondary schools.",
             "Complex Safeguarding Manager", "Autumn term 2025",
             "Eleven of fourteen schools now attending the panel.", GRN),
            ("2.2", "Publish a multi-agency missing from home protocol aligned with Greater Manchester procedures.",
             "DI Rachel Moss (GMP)", "31/07/2025",
             "Delayed pending the GM-wide review of missing procedures; new date to be agreed at the Executive.",
             RED)]),
        ("Priority 3: Learning from reviews", [
            ("3.1", "Deliver 7-minute briefings on each local child safeguarding practice review published.",
             "SSCP Business Manager", "Ongoing", "Briefings for CSPR Child F and Child H published in Q2.", GRN),
            ("3.2", "Test the impact of learning through practitioner focus groups six months after each briefing.",
             "Learning & Improvement Subgroup Chair", "Mar-26", "Not due to start until Q4.", None)]),
    ]
    for head, acts in sections:
        d.add_heading(head, 2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Due", "Q2 update", "RAG"]):
            t.rows[0].cells[i].text = h
        for a in acts:
            c = t.add_row().cells
            for i, v in enumerate(a[:5]):
                c[i].text = v
            if a[5]:
                shade(c[5], a[5])
    d.save(os.path.join(OUT, "dz2-stockport-scp-business-plan-q2-highlight-report.docx"))


if __name__ == "__main__":
    hull(); lhch(); rushcliffe(); hsscp(); broxtowe(); kmicb(); sscp()
