"""Generate the cp2- case documents (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "hdr": "1F3864", "grey": "D9D9D9", "lb": "DDEBF7"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# 1. King's College Hospital NHS FT - Board of Directors (public) action log (xlsx)
def kch():
    wb = Workbook(); ws = wb.active; ws.title = "Public action log"
    ws["A1"] = "King's College Hospital NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public) – Action Log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "As at 28 February 2025"
    hdr = ["Ref", "Meeting date", "Minute ref", "Action", "Lead", "Original due date",
           "Revised due date", "Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["hdr"]
        c.alignment = WRAP; c.border = BOX
    rows = [
        ("BoD/24/31", D(2024, 11, 14), "24/112",
         "Provide the Board with a breakdown of 52-week waiters by specialty, including the recovery trajectory for orthopaedics and ENT.",
         "Chief Operating Officer", D(2025, 1, 1), None,
         "Included in the Integrated Performance Report presented to the January Board; further detail taken in private session.",
         "Complete", "blue"),
        ("BoD/24/32", D(2024, 11, 14), "24/114",
         "Circulate the findings of the Freedom to Speak Up deep dive to Board members.",
         "Director of People / FTSU Guardian", "March 2025", None,
         "Deep dive report in draft; to be shared with the People Committee first on 11 March.",
         "On track", "green"),
        ("BoD/24/33", D(2024, 11, 14), "24/118",
         "Bring the revised Estates Strategy to the Board for approval following review by the Finance and Commercial Committee.",
         "Chief Financial Officer", D(2025, 1, 31), D(2025, 4, 30),
         "Committee review moved to March to allow the Denmark Hill theatres business case to be reflected.",
         "Amber", "amber"),
        None,
        ("BoD/24/35", D(2024, 11, 14), "24/121",
         "Arrange a Board development session on the learning themes from the Patient Safety Incident Response Framework.",
         "Chief Nurse", "TBC", None,
         "Date to be agreed with the Chair's office.", None, None),
        ("BoD/25/02", D(2025, 1, 16), "25/006",
         "Update the Board Assurance Framework to reflect the new cyber security risk (BAF 9) and report it to the Audit Committee.",
         "Director of Corporate Affairs", D(2025, 3, 31), None,
         "Draft risk wording agreed by the Executive Management Committee on 5 February.", "G", "green"),
        ("BoD/25/03", D(2025, 1, 16), "25/009",
         "Provide a written update on ambulance handover performance at the Princess Royal University Hospital, including the fit-to-sit pilot.",
         "Chief Operating Officer / Site Chief Executive (PRUH)", D(2025, 2, 1), None,
         "Verbal update given at the February meeting; written paper to follow in March.", "A", "amber"),
        ("BoD/25/04", D(2025, 1, 16), "25/011",
         "Share the Maternity Incentive Scheme (Year 6) evidence pack with Board members ahead of sign-off.",
         "Director of Midwifery", D(2025, 2, 28), None, "Circulated to Board members on 21/02/2025.",
         "Complete", "blue"),
        ("BoD/25/06", D(2025, 1, 16), "25/015",
         "Review the format of the patient story so that the family's feedback on the actions taken is included.",
         "Company Secretary", D(2025, 5, 1), None, "", "Not started", None),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1; continue
        vals, col = row[:9], row[9]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        for k in (6, 7):
            v = ws.cell(r, k).value
            if isinstance(v, dt.datetime):
                ws.cell(r, k).number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
        if col:
            ws.cell(r, 9).fill = FILL[col]
        r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Complete – action closed and evidence received")
    ws.cell(r + 2, 1, "Green (G) / On track – due date will be met")
    ws.cell(r + 3, 1, "Amber (A) – at risk of slipping; revised date proposed")
    ws.cell(r + 4, 1, "Red (R) – overdue")
    for col, w in zip("ABCDEFGHI", (11, 12, 10, 55, 28, 13, 13, 50, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(P("cp2-kings-college-hospital-nhsft-trust-board-public-action-log.xlsx"))


# 2. Berkshire West SAB - SAR Adult J action plan (docx)
def bwsab():
    d = Document()
    d.add_paragraph("Berkshire West Safeguarding Adults Board").runs[0].bold = True
    d.add_heading("Safeguarding Adults Review – Adult J: Multi-agency Action Plan", level=1)
    d.add_paragraph(
        "This action plan sets out how the Board and its partners will respond to the recommendations of the "
        "Safeguarding Adults Review into the death of Adult J, published in April 2024. Progress is reported "
        "to the SAR Subgroup each quarter and to the Board twice a year.")
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "17 February 2025"),
                                ("Owner", "SAB Business Manager")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph()
    hdr = ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    plan = [
        ("Recommendation 1: The Board should seek assurance that the West of Berkshire self-neglect and hoarding guidance is understood and used by frontline practitioners in all partner agencies.", [
            ("1.1", "Refresh the self-neglect and hoarding multi-agency guidance to include a clear escalation route where an adult repeatedly declines support.",
             "Policy and Procedures Subgroup Chair", "September 2024",
             "Revised guidance approved by the Board on 12 September 2024 and published on the SAB website.", "Complete", "0070C0"),
            ("1.2", "Deliver a programme of multi-agency briefings on the refreshed guidance, focusing on professional curiosity and executive functioning.",
             "SAB Business Manager", "Dec 2024 – March 2025",
             "Four of six briefings delivered; 142 practitioners have attended so far.", "Green", "00B050"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that mental capacity assessments are decision-specific, time-specific and recorded, particularly where an adult's decisions place them at risk of serious harm.", [
            ("2.1", "Audit a sample of 20 case files across Reading, West Berkshire and Wokingham adult social care for the quality of recorded mental capacity assessments.",
             "Quality Assurance Subgroup", "31/01/2025",
             "Audit fieldwork complete. Report delayed to the March QA Subgroup because of staff absence.", "Amber", "FFC000"),
            ("2.2", "Include the learning from this review in the Royal Berkshire NHS Foundation Trust Mental Capacity Act level 3 training.",
             "Safeguarding Adults Lead (RBFT)", "Q4 2024/25",
             "Case study written and being added to the training slides.", "Green", "00B050"),
        ]),
        ("Recommendation 3: The Board should assure itself that agencies share information about fire risk when an adult who smokes uses emollient creams or home oxygen.", [
            ("3.1", "Agree a referral pathway for Safe and Well visits by Royal Berkshire Fire and Rescue Service for adults identified as at high risk of fire.",
             "RBFRS Head of Prevention", "June 2024 (revised to Nov 2024)",
             "Pathway live from 1 November 2024.", "Complete", "0070C0"),
            ("3.2", "Issue a seven-minute briefing on emollient creams and fire risk to all partner agencies and care providers.",
             "SAB Business Manager", "October 2024", "Briefing issued 3 October 2024.", "Complete", "0070C0"),
            ("3.3", "Partner agencies to report to the Board each year on the number of fire risk referrals made.",
             "All partner agencies", "Annually", "First annual return due with the SAB annual report.", "Green", "00B050"),
        ]),
        ("Recommendation 4: Commissioners should ensure that providers of care at home escalate missed or declined visits.", [
            ("4.1", "Add a requirement to escalate three consecutive declined visits to the care management team into the Berkshire West home care framework contract.",
             "Joint Commissioning Manager", "April 2025",
             "Contract variation drafted; awaiting legal review.", "Amber", "FFC000"),
            ("4.2", "Test compliance with the escalation requirement through contract monitoring visits.",
             "Contract Monitoring Officers", "Sept 2025", "Not yet due.", "", None),
        ]),
    ]
    tab = d.add_table(rows=1, cols=len(hdr)); tab.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = tab.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "1F3864")
    for rec, acts in plan:
        row = tab.add_row().cells
        m = row[0].merge(row[-1]); m.text = rec; m.paragraphs[0].runs[0].bold = True; shade(m, "DDEBF7")
        for a in acts:
            cells = tab.add_row().cells
            for i, v in enumerate(a[:6]):
                cells[i].text = v
            if a[6]:
                shade(cells[5], a[6])
    d.add_paragraph()
    d.add_paragraph("RAG key: Red – not on track or significant concerns; Amber – some delay, recoverable; "
                    "Green – on track; Complete – action completed and evidenced.")
    d.save(P("cp2-berkshire-west-sab-sar-adult-j-action-plan.docx"))


# 3. Hampshire and Isle of Wight ICB - System Quality Group action log export (csv)
def hiow():
    rows = [
        ["Hampshire and Isle of Wight System Quality Group - Action Log", "", "", "", "", "", "", ""],
        ["Exported 03/03/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No", "Date raised", "Action", "Owner", "Due date", "Status", "RAG", "Update"],
        ["SQG-071", "12/09/2024", "Circulate the HIOW pressure ulcer thematic review to members for comment before it goes to the ICB Quality and Safety Committee.", "KB", "10/10/2024", "Closed", "Blue", "Circulated 19/09/2024; comments collated and incorporated."],
        ["SQG-074", "12/09/2024", "Provide an update on 12-hour waits in emergency departments and the harm review process across the four acute providers.", "JM/RT", "14/11/2024", "Closed", "Blue", "Presented at November SQG. Harm review SOP now in place at all sites."],
        ["SQG-079", "10/10/2024", "Confirm each NHS provider's position on the transition to PSIRF and report any outstanding patient safety incident response plans.", "Head of Patient Safety", "Jan-25", "Open", "Amber", "Three of four plans approved; IOW NHS Trust plan goes to its board in March."],
        ["SQG-080", "10/10/2024", "Set up a task and finish group on completion times for learning disability mortality reviews (LeDeR).", "SP", "30/11/2024", "Closed", "Blue", "Group met 21/11/2024; terms of reference agreed."],
        ["SQG-083", "14/11/2024", "Bring the system maternity dashboard to the next meeting with the Perinatal Quality Surveillance Model exceptions highlighted.", "LMNS Lead Midwife", "Next meeting", "Open", "Green", "On the agenda for March."],
        ["SQG-084", "14/11/2024", "Work with primary care colleagues to understand the rise in safeguarding referrals from GP practices in Portsmouth and South East Hampshire.", "AH; CW", "31/03/2025", "Open", "Green", "Data request sent to the three local authorities; analysis under way."],
        ["SQG-086", "09/01/2025", "Escalate the CAMHS tier 4 bed waiting list position to the Quality and Safety Committee as a system risk.", "KB", "Feb-25", "Open", "Red", "Not escalated in February; paper deferred to the March committee."],
        ["SQG-088", "09/01/2025", "Review the infection prevention and control dashboard for C. difficile rates above trajectory and report the themes.", "IPC Lead", "Mar-25", "Open", "", ""],
    ]
    with open(P("cp2-hiow-icb-system-quality-group-action-log-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 4. Derby and Derbyshire SCP - CSPR Child L action plan (tab-separated text)
def ddscp():
    L = [
        "Derby and Derbyshire Safeguarding Children Partnership",
        "Child Safeguarding Practice Review: Child L - Multi-Agency Action Plan",
        "Last updated: 14 January 2025",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress", "RAG"]),
        "\t".join(["1.1", "1. Partners should strengthen the response to neglect where a child under five repeatedly misses health appointments.",
                   "Update the Was Not Brought policy to include escalation to the health visitor and GP after two missed appointments.",
                   "Designated Nurse Safeguarding Children", "March 2025", "Draft policy out for consultation with health providers until 7 February.", "Green"]),
        "\t".join(["1.2", "", "Deliver a briefing to GP safeguarding leads on the revised Was Not Brought policy.",
                   "Named GP", "April - June 2025", "Not yet started.", ""]),
        "\t".join(["2.1", "2. Agencies should ensure that fathers and male carers are identified, assessed and engaged in assessments and plans.",
                   "Embed the Think Family 'Who is in the household?' prompts in children's social care assessment templates.",
                   "Head of Service CSC (Derby City) / Head of Service CSC (Derbyshire)", "31/12/2024",
                   "Templates amended in both case recording systems from 2 December 2024.", "Complete"]),
        "\t".join(["2.2", "", "Undertake a multi-agency audit of the involvement of fathers in child protection plans.",
                   "Learning and Improvement Subgroup", "Q1 2025/26", "Audit tool agreed; fieldwork scheduled for May 2025.", "Green"]),
        "\t".join(["3.1", "3. The Partnership should seek assurance that professionals understand the impact of parental substance misuse on the capacity to parent safely.",
                   "Commission joint training with Derbyshire Recovery Partnership on parental substance misuse and safe sleep.",
                   "DDSCP Training Coordinator", "Sept 2024 (revised Feb 2025)",
                   "Trainer availability delayed the first session, which is now booked for 18 February 2025.", "Amber"]),
        "\t".join(["3.2", "", "Refresh the safe sleep assessment tool used by midwifery and health visiting services and add prompts on alcohol and drug use.",
                   "Safeguarding Lead Midwife (UHDB)", "Jan-25", "Draft tool not yet agreed across both health visiting providers.", "Red"]),
        "\t".join(["3.3", "", "Monitor use of the refreshed tool through single-agency audit and report to the Learning and Improvement Subgroup.",
                   "Safeguarding Lead Midwife (UHDB)", "Ongoing", "", ""]),
        "",
        "RAG key: Red - not progressing / off track; Amber - some slippage; Green - on track; Complete - action completed and evidenced",
    ]
    with open(P("cp2-derby-derbyshire-scp-cspr-child-l-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# 5. Kent Fire and Rescue Service - corporate risk register Q3 2024/25 (xlsx, mistyped month)
def kfrs():
    wb = Workbook(); ws = wb.active; ws.title = "CRR Q3"
    ws["A1"] = "Kent Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2024/25"; ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Risk ID", "Risk description", "Risk owner", "Inherent score", "Current score",
           "Mitigating action", "Action owner", "Target date", "Action RAG", "Progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["hdr"]; c.alignment = WRAP
    risks = [
        ("CR01", "Insufficient on-call firefighter availability leads to appliances being unavailable and longer attendance times in rural areas.",
         "Director of Operations", 16, 12, [
            ("Implement the on-call availability dashboard for station managers.", "Head of On-call", D(2024, 12, 31), "Green", "Dashboard live at 34 of 40 on-call stations."),
            ("Run a targeted on-call recruitment campaign in Swale and Thanet.", "Head of HR Resourcing", "March 2025", "Amber", "Applications below target; campaign extended."),
        ]),
        ("CR02", "A cyber attack disrupts mobilising and control room systems.",
         "Director of Finance and Corporate Services", 20, 15, [
            ("Complete the mobilising system penetration test and remediate the findings.", "Head of ICT", D(2025, 2, 28), "Green", "Test completed in December; 9 of 12 findings closed."),
            ("Deliver cyber awareness e-learning to all staff (target 95% completion).", "Head of ICT", D(2025, 1, 1), "Amber", "Completion at 81%."),
        ]),
        ("CR03", "Delay to replacement of the operational fleet because of supply chain pressures.",
         "Director of Finance and Corporate Services", 12, 12, [
            ("Agree a revised delivery schedule with the fleet supplier.", "Fleet Manager", D(2024, 11, 30), "Complete", "Revised schedule agreed 22/11/2024."),
            ("Extend the service life of eight reserve appliances pending delivery of the new fleet.", "Fleet Manager", "Jnue 2025", "Green", "Inspections booked with the workshop."),
        ]),
        ("CR04", "Industrial action reduces the number of appliances available to respond.",
         "Chief Executive", 9, 6, [
            ("Maintain and test business continuity arrangements for industrial action.", "Head of Resilience", "Annually", "Green", "Last tested October 2024."),
        ]),
    ]
    r = 5
    for rid, desc, own, inh, cur, acts in risks:
        start = r
        for a in acts:
            ws.cell(r, 6, a[0]); ws.cell(r, 7, a[1]); c = ws.cell(r, 8, a[2])
            if isinstance(a[2], dt.datetime):
                c.number_format = "mmm-yy" if a[2].day == 1 else "dd/mm/yyyy"
            rc = ws.cell(r, 9, a[3]); rc.fill = FILL[{"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}[a[3]]]
            ws.cell(r, 10, a[4])
            for k in range(1, 11):
                ws.cell(r, k).alignment = WRAP
            r += 1
        for k, v in zip(range(1, 6), (rid, desc, own, inh, cur)):
            ws.cell(start, k, v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=k, end_row=r - 1, end_column=k)
    r += 1
    ws.cell(r, 1, "Scores are likelihood x impact (1-5 each). Action RAG: Green - on track; Amber - at risk; Red - off track; Complete - action closed.")
    for col, w in zip("ABCDEFGHIJ", (8, 45, 26, 10, 10, 50, 22, 12, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(P("cp2-kent-fire-rescue-service-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# 6. UHBW NHS FT - maternity and neonatal safety highlight report (docx)
def uhbw():
    d = Document()
    d.add_heading("Maternity and Neonatal Safety Improvement Programme – Highlight Report", level=1)
    d.add_paragraph("University Hospitals Bristol and Weston NHS Foundation Trust – Quality and Outcomes Committee, February 2025")
    s = d.add_table(rows=4, cols=2); s.style = "Table Grid"
    for i, (a, b) in enumerate([("Reporting period", "December 2024 – January 2025"), ("Senior Responsible Officer", "Chief Nursing Officer"),
                                ("Programme lead", "Director of Midwifery"), ("Overall programme RAG", "Amber")]):
        s.cell(i, 0).text = a; s.cell(i, 1).text = b
    d.add_paragraph()
    d.add_paragraph("Progress against the Three Year Delivery Plan for Maternity and Neonatal Services is summarised below. "
                    "Actions completed in the period are shown in blue and remain on the report for one cycle.")
    hdr = ["Ref", "Action", "Lead", "Due", "RAG", "Update"]
    plan = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("1.1", "Hold a Maternity and Neonatal Voices Partnership 15 Steps walkround on the central delivery suite and the neonatal intensive care unit.",
             "Director of Midwifery", "Nov 2024", "Complete", "0070C0", "Walkround held 19 November; report and response shared with MNVP."),
            ("1.2", "Introduce a triage process so that maternity complaints are acknowledged within three working days.",
             "Patient Experience Lead / Consultant Midwife", "31 January 2025", "Amber", "FFC000", "Process agreed; 78% acknowledged within three days in January."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Recruit to the 14.2 WTE midwifery vacancies identified in the Birthrate Plus review.",
             "Head of Midwifery", "Q4 2024/25", "Amber", "FFC000", "9.6 WTE recruited; international cohort starts in April."),
            ("2.2", "Maintain at least 90% of maternity staff compliant with PROMPT multidisciplinary emergency training.",
             "Practice Development Midwife", "Ongoing", "Green", "00B050", "Compliance 93% at end of January."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "Complete the SCORE culture survey and share the results with all maternity and neonatal staff.",
             "Maternity and Neonatal Quadumvirate", "Dec-24", "Complete", "0070C0", "Results shared at listening events in December."),
            ("3.2", "Hold maternity PSIRF learning events each quarter.",
             "Maternity Governance Lead", "Quarterly", "Green", "00B050", "January event attended by 64 staff."),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("4.1", "Achieve full compliance with element 2 (fetal growth restriction) of the Saving Babies' Lives Care Bundle version 3.",
             "Obstetric Lead for Fetal Medicine", "March 2025", "Red", "FF0000", "Compliance 68% against the 80% threshold; scanning capacity remains the constraint."),
            ("4.2", "Roll out the BadgerNet maternity electronic patient record to community midwifery teams.",
             "Digital Lead Midwife", "April 2025", "Not started", None, "Go-live planned for 7 April 2025."),
        ]),
    ]
    tab = d.add_table(rows=1, cols=len(hdr)); tab.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = tab.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
    for theme, acts in plan:
        row = tab.add_row().cells
        m = row[0].merge(row[-1]); m.text = theme; m.paragraphs[0].runs[0].bold = True; shade(m, "E2EFDA")
        for ref, act, lead, due, rag, col, upd in acts:
            cells = tab.add_row().cells
            for i, v in enumerate((ref, act, lead, due, rag, upd)):
                cells[i].text = v
            if col:
                shade(cells[4], col)
    d.add_paragraph()
    d.add_heading("Decisions required", level=2)
    d.add_paragraph("The Committee is asked to note the report and the continued risk to Saving Babies' Lives compliance.")
    d.save(P("cp2-uhbw-nhsft-maternity-neonatal-safety-highlight-report.docx"))


# 7. Safer Havant Partnership - DHR 'Leanne' action plan, Home Office template (xlsx, RAG by fill only)
def havant():
    wb = Workbook(); ws = wb.active; ws.title = "DHR Action Plan"
    ws["A1"] = "Domestic Homicide Review 'Leanne' – Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safer Havant Partnership"; ws["A2"].font = Font(bold=True)
    hdr = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
           "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["grey"]; c.alignment = WRAP; c.border = BOX
    recs = [
        ("1. All partner agencies should ensure that routine enquiry about domestic abuse is made when a patient or client discloses low mood or anxiety.", "Local", [
            ("Add a domestic abuse routine enquiry prompt to the Talking Therapies initial assessment.", "Talking Therapies provider",
             "Prompt designed and tested with two teams.", D(2024, 10, 31), "Completed 28/10/2024 – prompt live on the clinical system.", "blue"),
            ("Audit the use of routine enquiry in a sample of 30 assessments six months after the change.", "Talking Therapies provider",
             "", "April 2025", "", "green"),
        ]),
        ("2. Hampshire Constabulary should review how previous domestic abuse incidents involving the perpetrator with other partners are flagged to attending officers.", "Regional", [
            ("Review the briefing of call handlers and attending officers on the perpetrator's previous partners held on police systems.", "Hampshire and Isle of Wight Constabulary",
             "Review scoped with the Force Domestic Abuse Lead.", D(2025, 1, 31), "", "amber"),
        ]),
        ("3. The Partnership should raise awareness of economic abuse among front-line housing and benefits staff.", "Local", [
            ("Deliver economic abuse awareness sessions to Havant Borough Council housing and revenues teams.", "Havant Borough Council",
             "Two sessions delivered in November 2024.", "December 2024", "Completed – 46 staff trained.", "blue"),
            ("Include economic abuse in the council's domestic abuse policy for staff and tenants.", "Havant Borough Council",
             "Policy redraft delayed by staffing changes.", "Sep-24", "", "red"),
        ]),
        ("4. GP practices should record the presence of children in the household when domestic abuse is disclosed.", "Local", [
            ("Share the learning from this review through the Hampshire and Isle of Wight ICB safeguarding newsletter and GP safeguarding leads forum.", "Hampshire and Isle of Wight ICB",
             "Article drafted.", "Q4 2024/25", "", "green"),
        ]),
        ("5. The Home Office should consider the learning on coercive control after separation in its statutory guidance.", "National", [
            ("Write to the Home Office setting out the learning from this review.", "Safer Havant Partnership",
             "", "On publication", "", None),
        ]),
    ]
    r = 5
    for rec, scope, acts in recs:
        start = r
        for a in acts:
            vals = [None, None, a[0], a[1], a[2], a[3], a[4]]
            for k, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(r, k, v)
            c = ws.cell(r, 6)
            if isinstance(a[3], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if a[5]:
                ws.cell(r, 8).fill = FILL[a[5]]
            for k in range(1, 9):
                ws.cell(r, k).alignment = WRAP; ws.cell(r, k).border = BOX
            r += 1
        ws.cell(start, 1, rec); ws.cell(start, 2, scope)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (col, txt) in enumerate((("blue", "Complete"), ("green", "On track"), ("amber", "Some delay"), ("red", "Off track / overdue"))):
        ws.cell(r + 1 + i, 1).fill = FILL[col]; ws.cell(r + 1 + i, 2, txt)
    for col, w in zip("ABCDEFGH", (50, 16, 50, 28, 34, 12, 32, 8)):
        ws.column_dimensions[col].width = w
    wb.save(P("cp2-safer-havant-partnership-dhr-leanne-action-plan.xlsx"))


if __name__ == "__main__":
    kch(); bwsab(); hiow(); ddscp(); kfrs(); uhbw(); havant()
