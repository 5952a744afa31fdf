"""Make the cf2- documents of heldout118 (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "grey": "D9D9D9", "head": "1F4E79"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
D = dt.datetime


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def write_rows(ws, start, rows, widths, datefmt="dd/mm/yyyy"):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=start + i, column=j + 1, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = datefmt
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w


def header(ws, r, names):
    for j, n in enumerate(names):
        c = ws.cell(row=r, column=j + 1, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("head"); c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")


# ---------------------------------------------------------------- 1. West Herts board action log
def west_herts():
    wb = Workbook(); ws = wb.active; ws.title = "Part 1 action log"
    ws["A1"] = "West Hertfordshire Teaching Hospitals NHS Trust – Trust Board (Part 1) Action Log"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Actions arising from Trust Board meetings held in public. Updated for the meeting on 6 June 2024."
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:I2")
    header(ws, 4, ["Action ref", "Meeting date", "Minute ref", "Action", "Lead", "Original due date",
                   "Revised due date", "Update", "Status"])
    rows = [
        ("TB 24/01", D(2024, 2, 1), "24/012", "Provide the Board with an update on the recovery trajectory for the 62-day cancer standard, including the impact of the additional endoscopy capacity.", "Chief Operating Officer", D(2024, 4, 4), D(2024, 6, 6), "Update provided in the Integrated Performance Report on this agenda.", "Green"),
        ("TB 24/02", D(2024, 2, 1), "24/015", "Circulate the refreshed Freedom to Speak Up strategy to Board members for comment ahead of approval.", "Director of People", D(2024, 3, 7), None, "Circulated 22 February 2024; strategy approved at the March Board.", "Complete"),
        ("TB 24/03", D(2024, 3, 7), "24/031", "Bring a paper setting out the options for reducing the use of temporary staffing in the Emergency Department.", "Chief Nurse / Chief Financial Officer", D(2024, 4, 4), D(2024, 8, 1), "Options appraisal being worked up with the divisional teams; deferred to August to align with the workforce plan.", "Amber"),
        ("TB 24/04", D(2024, 3, 7), "24/034", "Include benchmarking against peer trusts in the next Learning from Deaths quarterly report.", "Chief Medical Officer", D(2024, 6, 6), None, "Included in the Q4 report presented at this meeting.", "Complete"),
        ("TB 24/05", D(2024, 4, 4), "24/047", "Arrange a Board development session on the new hospital programme and the outline business case timetable.", "Director of Corporate Affairs", "July 2024", None, "Session provisionally booked for the July Board development day.", "Green"),
        ("TB 24/06", D(2024, 4, 4), "24/052", "Review the format of the patient story so that the Board hears what has changed as a result of previous stories.", "Chief Nurse", D(2024, 6, 6), D(2024, 9, 5), "Not progressed; to be picked up by the new Head of Patient Experience when in post in July.", "Red"),
        ("TB 24/07", D(2024, 4, 4), "24/055", "Provide assurance on the actions taken following the estates compliance audit of water safety at Watford General Hospital.", "Director of Estates & Facilities", D(2024, 6, 6), None, "Reported to the Finance and Performance Committee in May; summary in the committee chair's report to Board.", "Complete"),
        ("TB 24/08", D(2024, 4, 4), "24/058", "Share the staff survey action plan for each division with the People Committee.", "Director of People", "Ongoing", None, "Divisional plans shared in May; progress to be reported quarterly to the People Committee.", "Green"),
        ("TB 24/09", D(2024, 4, 4), "24/060", "Confirm the date by which the electronic patient record business case will come to Board.", "Chief Information Officer", D(2024, 6, 6), None, "", "Not started"),
    ]
    write_rows(ws, 5, rows, [10, 12, 10, 50, 24, 13, 13, 50, 12])
    for i, r in enumerate(rows):
        st = r[-1].lower()
        c = ws.cell(row=5 + i, column=9)
        if st in ("green", "amber", "red"):
            c.fill = fill(st)
        elif st == "complete":
            c.fill = fill("blue"); c.font = Font(color="FFFFFF")
    k = 5 + len(rows) + 1
    ws.cell(row=k, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "blue", "Action completed and can be closed"),
           ("Green", "green", "On track to be delivered by the due date"),
           ("Amber", "amber", "At risk of delay / revised date agreed"),
           ("Red", "red", "Overdue")]
    for i, (w, col, txt) in enumerate(key):
        ws.cell(row=k + 1 + i, column=1, value=w).fill = fill(col)
        ws.cell(row=k + 1 + i, column=2, value=txt)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "cf2-west-herts-teaching-hospitals-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2. PAH maternity highlight report
RAGDOCX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def pah():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", 0)
    doc.add_paragraph("The Princess Alexandra Hospital NHS Trust")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [("Report to", "Quality and Safety Committee"), ("Meeting date", "24 May 2024"),
                 ("Executive lead", "Chief Nurse"), ("Author", "Director of Midwifery"),
                 ("Reporting period", "April 2024")]:
        r = t.add_row().cells; r[0].text = a; r[1].text = b
        r[0].paragraphs[0].runs[0].bold = True
    doc.add_heading("Summary", 1)
    doc.add_paragraph("Overall programme status remains amber. One action moved to complete this period. "
                      "The main risks to delivery are midwifery vacancies and the backlog of maternity complaints, "
                      "both of which are on the divisional risk register.")
    sections = [
        ("1. Safety and learning", [
            ("1.1", "Embed the PSIRF approach in maternity, with all patient safety incident investigations reviewed at the weekly maternity safety huddle.", "Maternity Governance Lead", "30/06/2024", "Weekly huddle in place since March; terms of reference agreed.", "G"),
            ("1.2", "Complete the CTG competency assessment for all midwives and obstetricians (target 90%).", "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", "Mar-24\nRevised: Jul-24", "Compliance 84% at the end of April; additional sessions booked in May and June.", "A"),
            ("1.3", "Audit compliance with Saving Babies' Lives v3 element 1 (smoking in pregnancy) and report the results to the LMNS.", "Public Health Midwife", "Q2 2024/25", "Audit tool agreed with the LMNS; data collection starts in July.", "G"),
        ]),
        ("2. Workforce", [
            ("2.1", "Recruit to the 12.4 WTE midwifery vacancies identified in the Birthrate Plus review.", "Director of Midwifery", "31/10/2024", "8 WTE newly qualified midwives start in September; the international recruitment campaign continues.", "A"),
            ("2.2", "Provide a supernumerary labour ward coordinator on every shift and report compliance monthly.", "Head of Midwifery", "Apr-24", "Achieved 100% in April; now reported on the maternity dashboard.", "B"),
            ("2.3", "Review neonatal nurse staffing against BAPM standards and agree a funded establishment.", "Neonatal Unit Manager", "30/09/2024", "Review completed with the ODN; business case in draft.", "G"),
        ]),
        ("3. Listening to women and families", [
            ("3.1", "Work with the Maternity and Neonatal Voices Partnership (MNVP) to co-produce the new birth options leaflet.", "Patient Experience Midwife", "Jun-24", "Draft leaflet with the MNVP for comment.", "G"),
            ("3.2", "Hold quarterly 15 Steps walkabouts with MNVP representatives and act on the feedback.", "Head of Midwifery", "Quarterly", "First walkabout held on the antenatal ward on 17 April.", "G"),
            ("3.3", "Respond to all maternity complaints within the Trust's 25 working day standard.", "Maternity Governance Lead", "31/07/2024", "Compliance 62% in April; a backlog of 9 complaints is being cleared with support from the Patient Experience team.", "R"),
        ]),
    ]
    for head, rows in sections:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, n in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due", "Progress this period", "RAG"]):
            c.text = n; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
            shade(cells[5], RAGDOCX[row[5]])
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B = complete; G = on track; A = some risk to delivery, mitigations in place; "
              "R = off track / not delivered by the due date.")
    doc.save(os.path.join(OUT, "cf2-princess-alexandra-hospital-nhs-trust-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 3. EPUT internal audit tracker csv
def eput():
    hdr = ["Audit", "Year", "Assurance Level", "Rec Ref", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG Status", "Latest Update"]
    dspt, cd, est = "Data Security and Protection Toolkit", "Medicines Management – Controlled Drugs", "Estates Statutory Compliance"
    rows = [
        [dspt, "2023/24", "Moderate", "DSPT-01", "Medium", "The Trust should ensure that all information asset owners complete the annual information asset review.", "Information asset register to be refreshed and IAOs reminded of the annual review through the IG Steering Group.", "Head of Information Governance", "31/03/2024", "30/06/2024", "Amber", "14 of 22 IAO reviews returned; chased through the IG Steering Group in May."],
        [dspt, "2023/24", "Moderate", "DSPT-02", "High", "Staff data security training compliance should be monitored at directorate level and escalated where it is below 95%.", "Directorate-level training compliance reports to be issued monthly and included in the performance review packs.", "Head of Information Governance; Learning and Development Manager", "29/02/2024", "", "Blue - Complete", "Monthly reports in place since February; compliance 96.2% at the end of March."],
        ["Payroll", "2023/24", "Substantial", "PAY-01", "Low", "Overpayments should be recovered in line with the agreed repayment policy and monitored monthly.", "Overpayment log to be reviewed monthly by the Payroll Manager and reported to the Deputy Director of Finance.", "Payroll Manager", "30/04/2024", "", "Green", "Log in place; first monthly review completed in May."],
        [cd, "2023/24", "Limited", "CD-01", "High", "Controlled drug registers on inpatient wards should be checked daily in line with the CD policy.", "Daily CD checks to be added to the ward safety checklist and audited monthly by pharmacy.", "Chief Pharmacist", "31/01/2024", "31/05/2024", "Red", "Checklist updated, but the April audit found 3 wards below 90% compliance; escalated to the Medicines Optimisation Group."],
        [cd, "2023/24", "Limited", "CD-02", "Medium", "Keys to CD cupboards should be held by the nurse in charge at all times.", "Key-holding procedure to be reissued to all ward managers with a signed declaration.", "Deputy Chief Nurse", "31/12/2023", "", "Blue - Complete", "Procedure reissued; declarations received from all 31 wards."],
        [cd, "2023/24", "Limited", "CD-03", "Low", "The CD policy should be updated to reflect the current organisational structure.", "CD policy to be reviewed and approved at the Medicines Optimisation Group.", "Chief Pharmacist", "30/09/2024", "", "Green", "Review started; policy due at the September MOG."],
        [est, "2023/24", "Moderate", "EST-01", "High", "Fire risk assessments that are overdue for review should be completed and the resulting actions tracked to closure.", "Programme of overdue fire risk assessments to be completed by the Fire Safety Adviser, with actions logged on the estates compliance system.", "Associate Director of Estates & Facilities", "31/03/2024", "31/07/2024", "Amber", "41 of 58 overdue assessments completed; the remainder are scheduled for June and July."],
        [est, "2023/24", "Moderate", "EST-02", "Medium", "Water Safety Group minutes should record the review of legionella sampling results.", "Standing agenda item to be added to the Water Safety Group.", "Head of Estates Compliance", "31/03/2024", "", "Blue - Complete", "Added from the March meeting."],
        ["Procurement – Waivers", "2023/24", "Limited", "PRO-01", "High", "All single tender waivers should be approved before the commitment is made.", "Waiver approval to be built into the e-procurement workflow so that orders cannot be raised without an approved waiver.", "Deputy Director of Finance / Head of Procurement", "Q2 2024/25", "", "Green", "System change specified; testing with the supplier in July."],
    ]
    with open(os.path.join(OUT, "cf2-eput-internal-audit-recommendations-tracker-export.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr); w.writerows(rows)


# ---------------------------------------------------------------- 4. NWAngliaFT CQC action plan (typo month)
def nwaft():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "North West Anglia NHS Foundation Trust – CQC Action Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Following the CQC inspection of Peterborough City Hospital (Urgent and emergency care; Medical care), report published February 2024"
    ws.merge_cells("A2:G2")
    header(ws, 4, ["Ref", "CQC requirement", "Action", "Lead", "Target date", "Progress update", "RAG"])
    data = [
        ("MUST DO",),
        ("MD1", "The trust must ensure that patients in the emergency department receive a timely assessment of their pain and timely pain relief. (Regulation 12)", "Introduce a pain score prompt at triage on the electronic patient record and audit compliance monthly.", "ED Matron", D(2024, 5, 31), "Prompt live from 1 May; first audit due in June.", "Green"),
        ("MD2", "The trust must ensure that sufficient numbers of suitably qualified nursing staff are deployed in the emergency department. (Regulation 18)", "Complete the ED nursing establishment review and recruit to the agreed establishment.", "Head of Nursing – Emergency Care", "Sept 2024", "Establishment review signed off in April; 9 WTE offers made.", "Amber"),
        ("MD3", "The trust must ensure that mental capacity assessments are completed and recorded for patients who may lack capacity. (Regulation 11)", "Deliver MCA training to all ward staff on the medical wards and audit documentation quarterly.", "Named Nurse Safeguarding Adults", "Jnue 2024", "Training compliance 78%; first documentation audit completed in April.", "Amber"),
        ("MD4", "The trust must ensure that medicines are stored securely and fridge temperatures are monitored. (Regulation 12)", "Install remote temperature monitoring on all medicines fridges in medical wards.", "Chief Pharmacist", D(2024, 8, 31), "Installation complete on 11 of 14 wards.", "Green"),
        ("SHOULD DO",),
        ("SD1", "The trust should ensure that staff complete mandatory training in line with the trust target.", "Ward managers to review mandatory training compliance at monthly 1:1s and book staff onto outstanding modules.", "Divisional Director of Nursing – Medicine", D(2024, 9, 30), "Compliance 88% against the 90% target.", "Green"),
        ("SD2", "The trust should ensure that patients' nutrition and hydration needs are recorded and met.", "Relaunch the red tray and water jug scheme on the medical wards.", "Lead Nurse for Nutrition", "Complete", "Relaunched in March 2024; spot checks show good compliance.", "Complete"),
        ("SD3", "The trust should ensure that the emergency department has a clear process for the care of patients with mental health needs.", "Agree a joint pathway with the mental health liaison team (CPFT) for patients awaiting a mental health assessment.", "ED Clinical Lead / Head of Nursing – Emergency Care", D(2024, 10, 31), "Draft pathway shared with CPFT.", "Green"),
    ]
    r = 5
    for row in data:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0]); c.font = Font(bold=True); c.fill = fill("grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            write_rows(ws, r, [row], [8, 45, 45, 26, 13, 40, 11], datefmt="dd/mm/yyyy")
            st = row[-1].lower()
            ws.cell(row=r, column=7).fill = fill("blue" if st == "complete" else st)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete (blue) – action delivered and evidenced; Green – on track; Amber – at risk, mitigation in place; Red – off track")
    wb.save(os.path.join(OUT, "cf2-north-west-anglia-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5. Stockport SAB SAR Adult W
def stockport():
    doc = Document()
    doc.add_heading("Stockport Safeguarding Adults Board – SAR Adult W Action Plan", 0)
    doc.add_paragraph("This action plan responds to the recommendations of the Safeguarding Adults Review into the death of "
                      "Adult W, a 67-year-old man who lived alone and self-neglected. Progress is monitored by the SAR "
                      "Sub-group and reported to the Board quarterly.")
    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, n in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = n
    for row in [("1.0", "12/03/2024", "SAB Business Manager", "Approved by the Board"),
                ("1.3", "17/09/2024", "SAB Business Manager", "Progress update for the SAR Sub-group")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, n in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency / officer", "Timescale", "Progress / evidence", "RAG"]):
        c.text = n; c.paragraphs[0].runs[0].bold = True; shade(c, "1F4E79")
    recs = [
        ("Recommendation 1: Stockport SAB should seek assurance that partner agencies understand and apply the self-neglect and hoarding procedure.", [
            ("1.1", "Relaunch the multi-agency self-neglect and hoarding procedure through a 7-minute briefing and practitioner webinars.", "SAB Business Manager", "Q3 2024/25", "Briefing published July 2024; two webinars held with 146 attendees.", "Green"),
            ("1.2", "Audit a sample of self-neglect safeguarding enquiries to test how the procedure is being used.", "Principal Social Worker / SAB Quality Assurance Sub-group Chair", "March 2025", "Audit tool agreed and a sample of 20 cases identified; fieldwork delayed by a quarter because of vacancies in the QA team.", "Amber"),
        ]),
        ("Recommendation 2: Partners should ensure that the views and history of the adult's family are sought and recorded when assessing risk.", [
            ("2.1", "Add a prompt on family history and involvement to the adult social care Care Act assessment.", "Head of Adult Social Care Practice", "30/06/2024", "Assessment form amended in Liquidlogic in June 2024.", "Complete"),
            ("2.2", "Include family involvement in the programme for the GP safeguarding leads' forum.", "Designated Nurse Safeguarding Adults (NHS Greater Manchester – Stockport)", "Sept 2024", "Session delivered at the September forum.", "Complete"),
        ]),
        ("Recommendation 3: The Board should seek assurance that hospital discharge arrangements for adults who self-neglect include a multi-agency discharge meeting.", [
            ("3.1", "Review the discharge policy to include a multi-agency discharge meeting where self-neglect is identified.", "Deputy Chief Nurse (Stockport NHS FT)", "End of January 2025", "Policy review under way; draft to the Trust Policy Group in December.", "Green"),
            ("3.2", "Audit compliance with the revised policy six months after it is launched.", "Deputy Chief Nurse (Stockport NHS FT)", "July 2025", "Not yet started – dependent on 3.1.", "Not started"),
        ]),
        ("Recommendation 4: The SAB should assure itself that the learning from this review is embedded across the partnership.", [
            ("4.1", "Publish a learning brief and hold a partnership learning event on SAR Adult W.", "SAB Business Manager", "May 2024", "Learning event held on 22 May 2024 and attended by 90 practitioners.", "Complete"),
            ("4.2", "Partner agencies to report on the impact of the learning through the annual SAB self-assessment.", "All partner agencies", "Annually", "First returns due with the 2024/25 self-assessment.", "Green"),
        ]),
    ]
    col = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "complete": "0070C0"}
    for rec, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = rec
        m.paragraphs[0].runs[0].bold = True; shade(m, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            if a[5].lower() in col:
                shade(cells[5], col[a[5].lower()])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action completed and evidenced; Green – on track; Amber – some delay, within "
                      "tolerance; Red – significant delay or not progressing.")
    doc.save(os.path.join(OUT, "cf2-stockport-sab-sar-adult-w-action-plan.docx"))


# ---------------------------------------------------------------- 6. Solihull SCP CSPR Child M (tab export)
def solihull():
    t1, t2, t3 = "Theme 1: Recognising neglect", "Theme 2: Voice of the child", "Theme 3: Information sharing between agencies"
    r1 = "Rec 1: Partners should use the Graded Care Profile 2 when neglect is suspected."
    r2 = "Rec 2: Schools should ensure that patterns of absence are shared with the allocated social worker."
    r3 = "Rec 3: Practitioners should see children on their own and record what they say in their own words."
    r4 = "Rec 4: The partnership should seek assurance that health information is shared at strategy discussions."
    rows = [
        ("M1.1", t1, r1, "Deliver GCP2 training to health visitors, school nurses and early help practitioners.", "SSCP Training Manager", "31/12/2024", "On track", "126 practitioners trained to date; further cohorts booked for November."),
        ("M1.2", t1, r1, "Audit the use of GCP2 in a sample of child in need and early help cases.", "Head of Quality Assurance (Children's Services)", "Mar-25", "Not started", "Audit scheduled for Q4."),
        ("M2.1", t1, r2, "Issue guidance to DSLs on sharing attendance information with social workers.", "Education Safeguarding Lead", "Sept 2024", "Complete", "Guidance issued to all schools on 9 September 2024."),
        ("M2.2", t1, r2, "Include attendance data in all child protection conferences and core group meetings.", "Child Protection Chair Team Manager", "Termly", "On track", "Added to the conference report template; compliance to be checked each term."),
        ("M3.1", t2, r3, "Relaunch the voice of the child practice standard through team briefings.", "Principal Social Worker", "Sept 2024 - Jan 2025", "On track", "Briefings held in 8 of 12 teams."),
        ("M3.2", t2, r3, "Add a voice of the child measure to the monthly practice audit programme.", "Head of Quality Assurance (Children's Services)", "30/11/2024", "Amber - some slippage", "Audit tool revision delayed; a revised date will be agreed at the October Learning and Improvement Group."),
        ("M4.1", t3, r4, "Ensure a health representative attends or contributes to every strategy discussion held by the MASH.", "Designated Nurse for Safeguarding Children / MASH Team Manager", "31/10/2024", "On track", "Health attendance 88% in August, up from 61% in May."),
        ("M4.2", t3, r4, "Report health participation in strategy discussions to the SSCP Executive quarterly.", "MASH Team Manager", "Quarterly", "On track", "First report presented to the Executive in September."),
    ]
    lines = ["Solihull Safeguarding Children Partnership – CSPR Child M Action Plan",
             "Exported from the SSCP Learning and Improvement tracker on 04/10/2024",
             "",
             "\t".join(["Ref", "Learning theme", "Recommendation", "Action", "Lead", "Target date", "Status", "Update"])]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "8 records"]
    with open(os.path.join(OUT, "cf2-solihull-scp-cspr-child-m-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7. Milton Keynes strategic risk register
def mk():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q1 actions"
    ws["A1"] = "Milton Keynes City Council – Strategic Risk Register: Mitigating Actions"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:F1")
    ws["A2"] = "Quarter 1 2024/25 (position at 30 June 2024) – reported to Audit Committee"
    ws.merge_cells("A2:F2")
    header(ws, 4, ["Ref", "Mitigating action", "Action owner", "Target date", "Progress at Q1", "Action status"])
    data = [
        ("SR01 – Financial sustainability",),
        ("SR01.1", "Deliver the 2024/25 savings programme and report delivery monthly to Cabinet Members.", "Director of Finance and Resources", D(2025, 3, 31), "£6.2m of the £9.8m target on track; £1.1m at risk in adult social care.", "Amber"),
        ("SR01.2", "Refresh the Medium Term Financial Strategy for 2025/26 to 2028/29.", "Head of Financial Planning", D(2024, 11, 1), "MTFS assumptions being updated following the general election.", "Green"),
        ("SR02 – Temporary accommodation demand",),
        ("SR02.1", "Open the new 60-unit temporary accommodation scheme to reduce the use of nightly-paid accommodation.", "Head of Housing Solutions", "Sept 2024 (revised from June 2024)", "Handover delayed by the contractor; first families expected to move in during September.", "Amber"),
        ("SR02.2", "Launch the homelessness prevention fund to help households remain in the private rented sector.", "Head of Housing Solutions", D(2024, 4, 30), "Fund launched in April 2024; 84 households supported in Q1.", "Complete"),
        (None,),
        ("SR03 – Cyber security",),
        ("SR03.1", "Achieve Cyber Essentials Plus accreditation.", "Head of ICT", D(2024, 12, 31), "External assessment booked for November.", "Green"),
        ("SR03.2", "Run a cyber incident exercise with the Corporate Leadership Team.", "Head of ICT / Emergency Planning Manager", D(2024, 10, 1), "Exercise scheduled for 15 October.", "Green"),
        ("SR04 – Safeguarding children",),
        ("SR04.1", "Reduce caseloads in the Children in Care teams to an average of 18 through recruitment of permanent social workers.", "Director of Children's Services", "Ongoing", "Average caseload 21 at the end of June (22 at Q4).", "Amber"),
        ("SR04.2", "Complete the annual self-assessment ahead of the next ILACS inspection.", "Head of Quality Assurance", D(2024, 7, 31), "", "Not started"),
    ]
    r = 5
    fmt = {D(2024, 11, 1): "mmm-yy", D(2024, 10, 1): "mmm-yy"}
    for row in data:
        if row == (None,):
            r += 1; continue
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0]); c.font = Font(bold=True); c.fill = fill("grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            write_rows(ws, r, [row], [9, 50, 32, 16, 50, 13])
            if row[3] in fmt:
                ws.cell(row=r, column=4).number_format = fmt[row[3]]
            st = row[-1].lower()
            c = ws.cell(row=r, column=6)
            if st == "complete":
                c.fill = fill("blue"); c.font = Font(color="FFFFFF")
            elif st in ("green", "amber", "red"):
                c.fill = fill(st)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for i, (w, col, txt) in enumerate([("Complete", "blue", "Action delivered"), ("Green", "green", "On track"),
                                        ("Amber", "amber", "Some slippage, still expected to be delivered"),
                                        ("Red", "red", "Off track, escalation required")]):
        ws.cell(row=r + 1 + i, column=1, value=w).fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    wb.save(os.path.join(OUT, "cf2-milton-keynes-city-council-strategic-risk-register-q1-2024-25.xlsx"))


if __name__ == "__main__":
    west_herts(); pah(); eput(); nwaft(); stockport(); solihull(); mk()
