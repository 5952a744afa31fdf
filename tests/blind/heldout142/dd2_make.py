"""Generator for the dd2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILLS = {"blue": "8EA9DB", "green": "92D050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9"}
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", start_color=FILLS[c], end_color=FILLS[c])


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- 1 TXT (tab export)
def make_iow_sab():
    lines = [
        "Isle of Wight Safeguarding Adults Board – SAR Mr H Action Plan",
        "Last updated: 14 February 2025 (SAR Subgroup)",
        "",
        "\t".join(["Recommendation", "Action No", "Action", "Lead", "Target Date", "Progress Update", "RAG"]),
    ]
    rows = [
        ["The Board should seek assurance that partner agencies understand and apply the Multi-agency Self-neglect and Hoarding Protocol.",
         "1.1", "Refresh the Self-neglect and Hoarding Protocol and relaunch it at the SAB annual conference.", "SAB Business Manager", "Sep-24",
         "Protocol refreshed and relaunched at the conference on 19 September 2024.", "Complete"],
        ["", "1.2", "Deliver briefing sessions on the refreshed protocol to frontline staff across partner agencies.", "SAB Learning and Development Subgroup Chair", "31/03/2025",
         "Four of six sessions delivered (112 attendees). Remaining two sessions booked for March.", "Green"],
        ["", "1.3", "Undertake a multi-agency case file audit of self-neglect referrals and report findings to the Board.", "Head of Adult Safeguarding (IWC)", "Q1 2025/26",
         "Audit tool agreed by the QA Subgroup; audit scheduled for May 2025.", "Not started"],
        ["Partners should ensure that mental capacity assessments are completed and recorded where there is doubt about a person's capacity to make specific decisions about their care and treatment.",
         "2.1", "Include mental capacity assessment quality in single-agency audit programmes and report findings to the QA Subgroup.", "Designated Nurse (ICB) / Head of Adult Safeguarding (IWC)", "Ongoing",
         "Included in 2024/25 audit programmes for the Trust and ASC. First reports received December 2024.", "Green"],
        ["", "2.2", "Develop a practice guide on executive capacity for staff working with people who repeatedly decline care.", "MCA Lead (IOW NHS Trust)", "Apr-25",
         "Draft delayed by staff absence; new date agreed at SAR Subgroup in January.", "Amber"],
        ["The Board should assure itself that agencies escalate concerns when a person repeatedly disengages from services.",
         "3.1", "Revise the Escalation and Resolution Policy to include disengagement and non-access visits.", "Policy and Procedures Subgroup Chair", "30/11/2024",
         "Revised policy signed off by the Board on 21 November 2024 and published on the website.", "Complete"],
        ["", "3.2", "Add guidance on adults who do not attend appointments to the GP practice safeguarding leads' training.", "Named GP for Safeguarding Adults", "Feb-25",
         "Delayed – the training slot was lost when the January PLT session was cancelled. Escalated to ICB.", "Red"],
        ["", "3.3", "Publish a 7-minute briefing on the learning from the review and share it with all partner agencies.", "SAB Business Manager", "Oct-24",
         "Briefing published 8 October 2024 and cascaded through agency safeguarding leads.", "Complete"],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG key: Complete = action completed and evidenced; Green = on track; Amber = some slippage; Red = off track or overdue; Not started = not yet due to start"]
    with open(os.path.join(OUT, "dd2-isle-of-wight-sab-sar-mr-h-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 2 XLSX board action log
def make_lscft_board():
    wb = Workbook(); ws = wb.active; ws.title = "Public Board Action Log"
    ws["A1"] = "Lancashire & South Cumbria NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Board of Directors (Public) – Action Log"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 30 January 2025"; ws["A3"].font = Font(italic=True)
    hdr = ["Action No", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Revised Due Date", "Progress / Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="005EB8", end_color="005EB8"); c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ["BoD/24/041", D(2024, 9, 26), "24/112", "Present a revised Board Assurance Framework with updated risk appetite statements to the Board.", "ZB", D(2024, 11, 28), None,
         "Revised BAF received at the November Board. Propose to close.", "Complete", "blue"],
        ["BoD/24/047", D(2024, 9, 26), "24/118", "Provide an update on the reduction of out-of-area placements, including the trajectory to March 2025.", "SM/KM", D(2025, 1, 30), D(2025, 3, 27),
         "Trajectory revised following winter pressures; update deferred to the March Board with the Chair's agreement.", "Delayed", "amber"],
        ["BoD/24/055", D(2024, 11, 28), "24/139", "Circulate the staff survey engagement plan to Board members outside of the meeting.", "LD", D(2024, 12, 31), None,
         "Circulated by the Company Secretary on 12/12/2024.", "Complete", "blue"],
        None,
        ["BoD/24/058", D(2024, 11, 28), "24/142", "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF).", "ZB/JH", D(2025, 3, 27), None,
         "Session scheduled for 13 March 2025 with the national PSIRF team.", "On track", "green"],
        ["BoD/24/060", D(2024, 11, 28), "24/145", "Include progress on ligature risk reduction capital works in the Quality Committee chair's report.", "DW", D(2025, 1, 30), None,
         "Not included in the January report. To be picked up at the Quality Committee on 18 February.", "Overdue", "red"],
        None,
        ["BoD/25/003", D(2025, 1, 30), "25/009", "Review the format of the integrated performance report so that waiting times for neurodevelopmental assessment are shown by locality.", "PD", D(2025, 3, 27), None,
         "Draft format shared with the Finance and Performance Committee for comment.", "On track", "green"],
        ["BoD/25/006", D(2025, 1, 30), "25/014", "Report back on the outcome of the Freedom to Speak Up reflection and planning tool self-assessment.", "KM", D(2025, 5, 29), None,
         "New action.", None, None],
        ["BoD/25/008", D(2025, 1, 30), "25/016", "Confirm the timetable for the Green Plan refresh and its presentation to the Board.", "JH", D(2025, 3, 27), None,
         "Refresh timetable agreed; draft plan to come to Board in March.", "On track", "green"],
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1; continue
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if row[9]:
            ws.cell(row=r, column=9).fill = fill(row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for j, (t, col) in enumerate([("Complete", "blue"), ("On track", "green"), ("Delayed – revised date agreed", "amber"), ("Overdue", "red")]):
        c = ws.cell(row=r + 1 + j, column=1, value=t); c.fill = fill(col)
    for col, w in zip("ABCDEFGHI", [12, 12, 10, 60, 8, 12, 14, 55, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dd2-lscft-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 3 XLSX CSPR (refuse)
def make_glos_cspr():
    wb = Workbook(); ws = wb.active; ws.title = "Child J action plan"
    ws["A1"] = "Gloucestershire Safeguarding Children Partnership"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Child Safeguarding Practice Review – Child J: Multi-agency Action Plan"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Version 3 – updated for the Practice Review Group, January 2025"
    hdr = ["Ref", "Action", "Lead Agency / Officer", "Timescale", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("grey"); c.border = BORDER
    content = [
        ("H", "Recommendation 1: Partners should strengthen the response to children who are not brought to health appointments."),
        ["1.1", "Revise the Was Not Brought policy so that a second missed appointment triggers a conversation with the allocated social worker.", "Named Nurse (GHC)", "June 2024",
         "Revised policy approved by GHC Safeguarding Committee in June 2024.", "Complete", "blue"],
        ["1.2", "Audit compliance with the revised Was Not Brought policy in health visiting and community paediatrics.", "ICB Designated Nurse", "Sept 2024",
         "Audit complete; 86% compliance. Findings reported to the Quality Assurance Group.", "Green", "green"],
        ("H", "Recommendation 2: The Partnership should seek assurance that information about fathers and other significant males is gathered and used in assessments."),
        ["2.1", "Add a mandatory section on significant males to the single assessment template and MASH screening tool.", "Head of Service (MASH)", "Novmber 2024",
         "Template changes made on Liquidlogic; MASH tool update awaiting sign-off.", "Amber", "amber"],
        ["2.2", "Deliver 'Think Dad' practice workshops for social workers, health visitors and midwives.", "GSCP Training Manager", "March 2025",
         "Three workshops delivered; two further dates booked.", "Green", "green"],
        ("H", "Recommendation 3: Agencies should ensure that neglect is identified early using the Graded Care Profile 2."),
        ["3.1", "Increase the number of practitioners trained to use the Graded Care Profile 2 across early help and health.", "Early Help Lead", "Dec 2024",
         "64 practitioners trained against a target of 80; additional cohort planned.", "Amber", "amber"],
        ["3.2", "Report use of GCP2 in child in need and early help plans to the GSCP Executive each quarter.", "Head of Quality Assurance (Children's Services)", "Quarterly",
         "First report presented to the Executive in December 2024.", "Green", "green"],
    ]
    r = 6
    for item in content:
        if isinstance(item, tuple):
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
        else:
            for i, v in enumerate(item[:6], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=6).fill = fill(item[6])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete (blue) – action completed and evidenced; Green – on track; Amber – some delay; Red – not on track")
    for col, w in zip("ABCDEF", [8, 60, 28, 14, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dd2-gloucestershire-scp-cspr-child-j-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 XLSX risk register
def make_dfrs_crr():
    wb = Workbook(); ws = wb.active; ws.title = "CRR Q3 actions"
    ws["A1"] = "Derbyshire Fire & Rescue Service"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register – Mitigating Actions Update, Quarter 3 2024/25"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period October – December 2024. Presented to the Audit and Governance Committee, February 2025."
    hdr = ["Ref", "Mitigating action", "Action owner", "Target date", "Revised date", "Progress (Q3)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="C00000", end_color="C00000"); c.border = BORDER
    content = [
        ("H", "CRR01 – On-call appliance availability"),
        ["CRR01.1", "Deliver the winter on-call recruitment campaign targeting stations with the lowest availability.", "Area Manager Response", D(2024, 12, 31), None,
         "Campaign delivered; 14 trainees started the January initial course.", "Complete", "blue"],
        ["CRR01.2", "Trial a pay-for-availability contract at three on-call stations.", "GM Service Delivery", D(2025, 3, 31), None,
         "Trial live at Bakewell, Ashbourne and Matlock since 1 November. Evaluation to be reported in Q4.", "Green", "green"],
        ["CRR01.3", "Review the crewing model for staff on dual contracts.", "AM Response / Head of HR", D(2024, 9, 30), D(2025, 3, 31),
         "Consultation extended following feedback from the representative bodies.", "Amber", "amber"],
        ("H", "CRR02 – Cyber security and ICT resilience"),
        ["CRR02.1", "Achieve Cyber Essentials Plus reaccreditation.", "Head of ICT", ("mmm-yy", D(2025, 3, 1)), None,
         "Pre-assessment completed; two minor actions being closed before the external assessment.", "Green", "green"],
        ["CRR02.2", "Test the ICT disaster recovery plan jointly with Fire Control.", "Head of ICT", D(2024, 11, 30), None,
         "Test postponed because of the mobilising system upgrade and not yet rescheduled.", "Red", "red"],
        ["CRR02.3", "Run simulated phishing exercises and targeted awareness training for all staff.", "Head of ICT", "Ongoing", None,
         "Quarterly exercises continue; click rate down to 4% in December.", "Green", "green"],
        ("H", "CRR03 – Financial sustainability (Medium Term Financial Plan)"),
        ["CRR03.1", "Deliver the 2024/25 savings programme of £1.2m.", "Director of Finance", D(2025, 3, 31), None,
         "£0.9m delivered to date; shortfall on fleet savings being covered from the vacancy factor.", "Amber", "amber"],
        ["CRR03.2", "Refresh the reserves strategy as part of the 2025/26 budget setting.", "Director of Finance", "Q4 2024/25", None,
         "Draft strategy to the Fire Authority budget meeting in February 2025.", None, "green"],
        ("H", "CRR04 – Protection (fire safety) inspection capacity"),
        ["CRR04.1", "Recruit and train four additional Fire Safety Inspectors to deliver the risk-based inspection programme.", "AM Prevention and Protection", D(2025, 6, 30), None,
         "Three appointed and on the Level 4 Diploma; fourth post being re-advertised.", "Green", "green"],
    ]
    r = 6
    for item in content:
        if isinstance(item, tuple):
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("grey")
        else:
            for i, v in enumerate(item[:7], 1):
                fmt = "dd/mm/yyyy"
                if isinstance(v, tuple):
                    fmt, v = v
                c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = fmt
            ws.cell(row=r, column=7).fill = fill(item[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue – complete; Green – on track; Amber – at risk or revised date agreed; Red – off track")
    for col, w in zip("ABCDEFG", [10, 60, 26, 12, 12, 55, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dd2-derbyshire-frs-corporate-risk-register-q3-2024-25.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def header_row(table, hdr):
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]; c.text = h
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
        shade(c, "D9D9D9")


# ---------------------------------------------------------------- 5 DOCX maternity highlight
def make_uhsx_mat():
    doc = Document()
    doc.add_paragraph("University Hospitals Sussex NHS Foundation Trust")
    doc.add_heading("Maternity and Neonatal Highlight Report – Quarter 3 2024/25", level=0)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Report to", "Quality Committee"), ("Date of meeting", "20 February 2025"),
                                ("Author", "Director of Midwifery"), ("Purpose", "Assurance")]):
        t.rows[i].cells[0].text = a; t.rows[i].cells[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("This report sets out progress against the Trust's maternity and neonatal improvement plan, "
                      "which brings together the actions from the Three Year Delivery Plan for Maternity and Neonatal "
                      "Services and the CQC maternity inspection. Actions are grouped under the four themes of the delivery plan.")
    doc.add_heading("Key achievements this quarter", level=2)
    for b in ["BSOTS triage now live at all four maternity sites.",
              "Translated personalised care and support plans launched.",
              "Midwifery vacancy rate reduced to 4.1%."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Escalations to Committee", level=2)
    doc.add_paragraph("Ultrasound capacity for fetal growth scanning remains below demand and is affecting compliance with "
                      "Saving Babies' Lives Element 2 (see action 4.1).")
    RAGC = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "8EA9DB", "Not started": "FFFFFF"}
    themes = [
        ("Theme 1: Listening to and working with women and families", [
            ["1.1", "Hold 15 Steps walkabouts with the Maternity and Neonatal Voices Partnership (MNVP) at each maternity site.", "Patient Experience Midwife", "Mar 2025",
             "Walkabouts completed at Royal Sussex County and St Richard's; Worthing and Princess Royal booked for March.", "Green"],
            ["1.2", "Implement translated personalised care and support plans in the five most common community languages.", "Digital Midwife", "31/01/2025",
             "Launched on BadgerNet in January 2025.", "Complete"],
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ["2.1", "Achieve 95% compliance with PROMPT multi-professional emergency training.", "Practice Development Midwife", "Ongoing",
             "Compliance 88% (obstetric medical staff 81%). Additional sessions added in February and March.", "Amber"],
            ["2.2", "Recruit to the funded midwifery establishment agreed following the Birthrate Plus review.", "DoM / HoM", "Q1 2025/26",
             "Twenty-two newly qualified midwives start in March; international recruitment cohort due in April.", "Green"],
            ["2.3", "Increase the proportion of neonatal nurses qualified in speciality (QIS) to 70%.", "Neonatal Lead Nurse", "Sept 2025",
             "Currently 61%. Eight nurses on the QIS course; backfill funding not yet confirmed.", "Amber"],
        ]),
        ("Theme 3: Developing and sustaining a culture of safety", [
            ["3.1", "Hold monthly safety champion walkrounds and publish 'you said, we did' updates for staff.", "Director of Midwifery", "Monthly",
             "Walkrounds held each month this quarter; updates published on the intranet.", "Green"],
            ["3.2", "Complete the perinatal culture and leadership programme diagnostic and agree the quad's action plan.", "Perinatal Quad", "End of April 2025",
             "SCORE survey closed with a 47% response rate; feedback sessions planned.", "Green"],
        ]),
        ("Theme 4: Meeting and improving standards and structures", [
            ["4.1", "Achieve full compliance with Saving Babies' Lives Care Bundle v3 Element 2 (fetal growth).", "Consultant Obstetrician (Fetal Medicine)", "31/03/2025",
             "Currently 72% compliant. Scanning capacity shortfall escalated to the Division and included on the risk register.", "Red"],
            ["4.2", "Roll out the Birmingham Symptom-specific Obstetric Triage System (BSOTS) at St Richard's Hospital.", "Maternity Triage Lead", "Dec 2024",
             "Live from 2 December 2024.", "Complete"],
        ]),
    ]
    hdr = ["Ref", "Action", "Lead", "Due", "Progress this period", "RAG"]
    for name, acts in themes:
        doc.add_heading(name, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=6); tb.style = "Table Grid"
        header_row(tb, hdr)
        for i, a in enumerate(acts, 1):
            for j, v in enumerate(a):
                tb.rows[i].cells[j].text = v
            shade(tb.rows[i].cells[5], RAGC[a[5]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Complete – action delivered and evidenced; Green – on track to deliver by the due date; "
                      "Amber – at risk of slipping; Red – off track, escalated.")
    doc.save(os.path.join(OUT, "dd2-uh-sussex-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 6 DOCX DHR
def make_south_ribble_dhr():
    doc = Document()
    doc.add_heading("Domestic Homicide Review – 'Michelle': Action Plan", level=0)
    doc.add_paragraph("South Ribble Community Safety Partnership")
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "4.0"), ("Date", "September 2024"), ("Owner", "Community Safety Partnership Manager")]):
        t.rows[i].cells[0].text = a; t.rows[i].cells[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("This action plan sets out how the partnership will respond to the recommendations of the Domestic Homicide "
                      "Review into the death of 'Michelle'. Progress is monitored by the Community Safety Partnership "
                      "Board each quarter.")
    hdr = ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones achieved", "Target Date", "RAG"]
    RAGC = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "8EA9DB"}
    sections = [
        ("Overview Report Recommendations", [
            ("1. The Community Safety Partnership should seek assurance that agencies routinely ask about domestic abuse when people present for help with housing, debt or health.", [
                ["Local", "Deliver routine enquiry training to housing options and customer services staff.", "South Ribble Borough Council",
                 "Training package agreed with the IDVA service; 46 staff trained.", "March 2024", "Complete"],
                ["Local", "Audit the use of routine enquiry in GP practices across Central Lancashire.", "LSC ICB",
                 "Audit tool developed; twelve practices have submitted returns.", "30/09/2024", "Amber"],
            ]),
            ("2. Partners should ensure that DASH risk assessments are reviewed when new information about escalating risk is received.", [
                ["Local", "Update the MARAC operating protocol to require re-referral where risk escalates.", "Lancashire Constabulary",
                 "Protocol updated and agreed by the MARAC Steering Group.", "June 2024", "Complete"],
                ["Local", "Deliver a multi-agency briefing on escalation and repeat MARAC referral.", "Lancashire County Council",
                 "Two briefings delivered; recording shared on the partnership website.", "Sept 2024", "Green"],
            ]),
            ("3. The Community Safety Partnership should raise awareness of economic abuse among local employers and community groups.", [
                ["Local", "Run an economic abuse campaign with local employers during the 16 Days of Action.", "South Ribble Borough Council",
                 "Campaign materials commissioned; employer network engaged.", "Dec 2024", "Green"],
            ]),
        ]),
        ("Single Agency Recommendations", [
            ("SA1. Lancashire Teaching Hospitals: emergency department staff should record who accompanies a patient and whether the patient was seen alone.", [
                ["Single agency", "Add a mandatory 'seen alone' field to the emergency department record.", "Lancashire Teaching Hospitals NHS FT",
                 "Change request submitted to the EPR team.", "Jan 2025", "Amber"],
            ]),
            ("SA2. Lancashire Constabulary: officers attending domestic incidents should complete the stalking and harassment refresher training.", [
                ["Single agency", "Roll out the DA Matters stalking and harassment refresher to all response officers.", "Lancashire Constabulary",
                 "78% of response officers trained.", "Ongoing", "Green"],
            ]),
        ]),
    ]
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        n = sum(len(a) for _, a in recs)
        tb = doc.add_table(rows=1 + n, cols=7); tb.style = "Table Grid"
        header_row(tb, hdr)
        r = 1
        for rec, acts in recs:
            first = r
            for a in acts:
                for j, v in enumerate(a, 1):
                    tb.rows[r].cells[j].text = v
                shade(tb.rows[r].cells[6], RAGC[a[5]])
                r += 1
            tb.rows[first].cells[0].text = rec
            if len(acts) > 1:
                tb.cell(first, 0).merge(tb.cell(r - 1, 0))
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue) – action completed; Green – on track; Amber – delayed but expected to be delivered; Red – not on track.")
    doc.save(os.path.join(OUT, "dd2-south-ribble-csp-dhr-michelle-action-plan.docx"))


# ---------------------------------------------------------------- 7 CSV system export
def make_hwe_icb():
    hdr = ["Action Ref", "Date Raised", "Action", "Owner", "Due Date", "Status", "RAG", "Latest Update", "Modified"]
    rows = [
        ["SQG-045", "10/09/2024", "Circulate the revised quality escalation framework to members.\nInclude the contact list for provider quality leads.", "Deputy Chief Nurse", "31/10/2024", "Closed", "Blue",
         "Circulated 14/10/2024. Agreed to close at the November meeting.", "12/11/2024 09:14"],
        ["SQG-048", "10/09/2024", "Bring a deep dive on the pressure ulcer increase in community services in West Essex.", "Head of Quality (West Essex)", "14/01/2025", "Open", "Amber",
         "Data validation with the provider still under way. Deep dive moved to the March meeting.", "15/01/2025 16:02"],
        ["SQG-051", "12/11/2024", "Confirm the timetable for the PSIRF oversight visits to independent sector providers.", "JB", "31/12/2024", "Closed", "Blue",
         "Visits scheduled for January to March 2025.", "18/12/2024 11:40"],
        ["SQG-052", "12/11/2024", "Provide assurance on the ambulance handover delays at the Lister and the harm reviews undertaken.", "AK / SR", "14/01/2025", "Open", "Red",
         "Harm review report not yet received from the acute trust. Escalated to the Director of Nursing.", "15/01/2025 16:05"],
        ["SQG-053", "12/11/2024", "Share the learning from the LeDeR annual report with the primary care quality leads.", "Associate Director of Safeguarding", "11/03/2025", "Open", "Green",
         "Slot agreed at the primary care quality forum in February.", "20/01/2025 10:31"],
        ["SQG-056", "14/01/2025", "Add maternity and neonatal safety to the system quality risk register and agree the risk owner.", "Deputy Chief Nurse", "11/03/2025", "Open", "Green",
         "Draft risk wording prepared for review.", "22/01/2025 14:48"],
        ["SQG-057", "14/01/2025", "Agree the approach to the thematic review of mental health out-of-area placements with the provider collaborative.", "Head of Quality (Mental Health)", "TBC", "Open", "",
         "", "14/01/2025 17:20"],
        ["SQG-058", "14/01/2025", "Report on infection prevention and control outbreak management in care homes this winter.", "IPC Lead", "Mar-25", "Open", "Green",
         "Data being collated from the UKHSA outbreak log.", "27/01/2025 08:55"],
    ]
    with open(os.path.join(OUT, "dd2-herts-west-essex-icb-system-quality-group-action-log-export.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(hdr)
        w.writerows(rows)


if __name__ == "__main__":
    make_iow_sab(); make_lscft_board(); make_glos_cspr(); make_dfrs_crr(); make_uhsx_mat(); make_south_ribble_dhr(); make_hwe_icb()
