"""Build the seven ex1- data files for set heldout188."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = lambda y, m, d: dt.datetime(y, m, d)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9", head="1F4E79").items()}
B = Font(bold=True)
W = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 UKHSA
def ukhsa():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "UK Health Security Agency – NAO Management Letter Recommendations: Progress Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 21 January 2025 – position as at 31 December 2024"
    hdr = ["Ref", "Finding area", "NAO recommendation", "Management action", "Action owner",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = W; c.fill = FILL["head"]; c.alignment = WRAP
    rows = [
        ("ML1.1", "Inventory", "UKHSA should complete a full stock count of all inventory held at third-party warehouses before the year-end.",
         "Commission a wall-to-wall count at all seven third-party warehouses, observed by Internal Audit.",
         "Director of Supply Chain", D(2024,3,31), D(2024,5,31), "Amber", "Complete", "Counts completed May 2024; GIAA observation report received."),
        ("ML1.2", None, None,
         "Reconcile count results to the inventory ledger and write off unsupported balances.",
         "Director of Finance; Head of Financial Control", D(2024,6,30), D(2024,9,30), "Red", "Amber", "Reconciliation 85% complete; residual balances with DHSC for approval."),
        ("ML2.1", "Accruals", "Management should introduce a monthly review of brought-forward accruals, with evidence retained for each balance above £1m.",
         "Introduce a monthly accruals review template with sign-off by budget holders.",
         "Head of Financial Control", D(2024,7,31), None, "Green", "Complete", "Template in use since July 2024 month-end."),
        ("ML2.2", None, None,
         "Release accruals over 12 months old unless supported by a current contract.\nReport releases to the Finance Committee quarterly.",
         "Deputy Director, Accounts and Finance Operations", D(2024,9,30), D(2025,3,31), "Amber", "Amber", "First quarterly report taken in November; legacy Test and Trace balances outstanding."),
        ("ML3.1", "Contract management", "UKHSA should maintain a complete contracts register and link it to the purchase order system.",
         "Complete the migration of legacy NHS Test and Trace contracts to the central contracts register.",
         "Chief Commercial Officer", D(2024,12,31), None, "Green", "Red", "Data quality issues found in 140 legacy records; recovery plan to ARC in March."),
        ("ML4.1", "IT general controls", "Strengthen user access controls over the finance system, including leavers and privileged accounts.",
         "Implement a monthly leavers report from HR to revoke finance system access within five working days.",
         "Chief Information Officer", D(2024,10,31), None, "Amber", "Green", "Report live; first two months show 96% revoked within five days."),
        ("ML4.2", None, None,
         "Review all privileged accounts and remove any not required for the role.",
         "Chief Information Officer / Head of Cyber Security", D(2024,11,30), D(2025,2,28), "Red", "Amber", "Review of 212 accounts under way."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
        for col in (8, 9):
            v = ws.cell(r, col).value
            ws.cell(r, col).fill = FILL["blue" if v == "Complete" else v.lower()]
        r += 1
    for a, b in ((5, 6), (7, 8), (10, 11)):
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws.cell(r + 1, 1, "Note: revised dates agreed by the Audit and Risk Committee on 14 October 2024.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (8, 18, 45, 50, 28, 14, 14, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendation status"; s["A1"].font = B
    for i, (k, v) in enumerate([("Current RAG", "Number of actions"), ("Complete", 2), ("Green", 1), ("Amber", 3), ("Red", 1), ("Total", 7)], 3):
        s.cell(i, 1, k); s.cell(i, 2, v)
    s["A3"].font = B; s["B3"].font = B; s["A8"].font = B
    k = wb.create_sheet("Key")
    for i, t in enumerate(["RAG key", "Complete – action implemented and evidence provided",
                           "Green – on track to meet target date", "Amber – at risk of missing target date",
                           "Red – target date missed or will be missed"], 1):
        k.cell(i, 1, t)
    wb.save(os.path.join(OUT, "ex1-uk-health-security-agency-nao-management-letter-recommendations-tracker.xlsx"))

# ---------------------------------------------------------------- 2 NHFT CQC MH
def nhft():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Northamptonshire Healthcare NHS Foundation Trust – CQC Mental Health Services Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report published 14 August 2024 | Updated for Quality and Safety Committee 31 January 2025"
    hdr = ["No.", "Must / Should", "Regulation", "CQC requirement", "Trust action", "Responsible lead", "Completion date", "Status", "Evidence / progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = W; c.fill = FILL["head"]; c.alignment = WRAP
    data = [
        ("Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1", "Must", "Reg 12 Safe care and treatment",
             "The trust must ensure that ligature risk assessments are reviewed annually and that staff know the mitigations for their ward.",
             "Complete ligature audits for all acute wards and brief staff on mitigations at each safety huddle.",
             "Modern Matron (Acute)", D(2024,11,30), "blue", "All audits uploaded to Ulysses; huddle briefings logged."),
            ("MD2.1", "Must", "Reg 18 Staffing",
             "The trust must ensure that staff complete mandatory training in immediate life support.",
             "Book all outstanding ILS places with the Resuscitation team and track weekly.",
             "Ward Managers", D(2024,12,31), "green", "Compliance 88% (target 90%)."),
            ("MD2.2", None, None, None,
             "Add ILS compliance to the monthly ward performance dashboard.",
             "Head of Nursing; Clinical Governance Lead", D(2025,1,31), "amber", "Dashboard build delayed by ESR data feed."),
            ("SD1", "Should", "Reg 12 Safe care and treatment",
             "The trust should ensure that patients' physical health observations are recorded after rapid tranquillisation.",
             "Re-audit NEWS2 recording after rapid tranquillisation and share results at the Physical Health Group.",
             "Physical Health Lead Nurse", D(2025,3,31), "green", "Re-audit scheduled February 2025."),
        ]),
        ("Community-based mental health services for adults of working age", [
            ("MD3", "Must", "Reg 12 Safe care and treatment",
             "The trust must ensure that every patient on the waiting list has a documented risk review.",
             "Introduce a waiting list risk review at least every 12 weeks, recorded on SystmOne.",
             "Community Team Service Manager", D(2025,2,28), "red", "Template live; 61% of waiting patients reviewed within 12 weeks."),
            ("SD2", "Should", "Reg 9 Person-centred care",
             "The trust should ensure that care plans are personalised and reflect patients' views.",
             "Roll out the DIALOG+ care planning approach across all community teams.\nAudit a sample of 20 care plans per team each quarter.",
             "Consultant Clinical Psychologist / Community Lead Nurse", D(2025,3,31), "green", "Four of six teams trained."),
        ]),
    ]
    r = 5
    for section, rows in data:
        ws.cell(r, 1, section).font = B
        for c in range(1, 10): ws.cell(r, c).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        start = r
        for row in rows:
            for i, v in enumerate(row, 1):
                if i == 8:
                    ws.cell(r, 8).fill = FILL[v]; continue
                c = ws.cell(r, i, v); c.alignment = WRAP
                if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
            if row[0] == "MD2.2":
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=r - 1, start_column=col, end_row=r, end_column=col)
            r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = B
    for i, (col, t) in enumerate([("blue", "Completed and evidenced"), ("green", "On track"), ("amber", "At risk of delay"), ("red", "Off track")]):
        ws.cell(r + 1 + i, 1).fill = FILL[col]; ws.cell(r + 1 + i, 2, t)
    for col, w in zip("ABCDEFGHI", (8, 9, 18, 45, 50, 26, 14, 9, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ex1-northamptonshire-healthcare-nhsft-cqc-mental-health-must-should-do-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 Derby PIAP (refuse)
DERBY_TYPO_ROW = None
def derby():
    global DERBY_TYPO_ROW
    wb = Workbook(); c = wb.active; c.title = "Cover"
    c["A1"] = "University of Derby – Apprenticeships Post-Inspection Action Plan (PIAP)"; c["A1"].font = Font(bold=True, size=14)
    c["A2"] = "Ofsted further education and skills inspection, 8–11 October 2024 (overall effectiveness: Requires improvement)"
    for i, (k, v) in enumerate([("Document control", ""), ("Version", "1.3"), ("Owner", "Director of Apprenticeships"),
                                 ("Approved by", "Academic Quality Committee"), ("Last updated", "14 March 2025")], 4):
        c.cell(i, 1, k).font = B if i == 4 else Font(); c.cell(i, 2, v)
    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Post-Inspection Action Plan – progress to March 2025"; ws["A1"].font = B
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress (March 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        x = ws.cell(3, i, h); x.font = W; x.fill = FILL["head"]
    afis = [
        ("AFI 1: Leaders should ensure that apprentices' off-the-job training is recorded accurately and reviewed at each progress review.", [
            ("1.1", "Introduce a single off-the-job training log in the e-portfolio for all apprenticeship standards.", "Head of Apprenticeship Delivery", "January 2025", "Log live for all cohorts.", "Complete"),
            ("1.2", "Train all skills coaches to check off-the-job hours at every tripartite review.", "Skills Coach Team Leader", "February 2025", "32 of 35 coaches trained.", "Green"),
            ("1.3", "Report off-the-job compliance by programme to the Apprenticeship Quality Board monthly.", "Apprenticeship Data Manager", "Monthly", "Report standing item from December.", "Green"),
        ]),
        ("AFI 2: Leaders should work with employers so that apprentices' workplace training is planned alongside their university studies.", [
            ("2.1", "Hold planning meetings with each employer at the start of every cohort to align workplace and academic learning.", "Employer Engagement Manager", "April 2025", "Meetings held with 40% of employers.", "Amber"),
            ("2.2", "Publish an employer handbook setting out the curriculum sequence for each standard.", "Director of Apprenticeships", "Febuary 2025", "Draft with Marketing for design.", "Amber"),
        ]),
        ("AFI 3: Leaders should make sure that apprentices receive impartial careers guidance about their next steps.", [
            ("3.1", "Include a careers session with the Careers and Employability Service in year two of every programme.", "Careers Adviser (Apprenticeships)", "June 2025", "Sessions scheduled.", "Green"),
            ("3.2", "Add a next-steps discussion to the final tripartite review before gateway.", "Skills Coach Team Leader", "July 2025", "Review template updated.", "Green"),
        ]),
    ]
    r = 4
    for afi, rows in afis:
        ws.cell(r, 1, afi).font = B
        for col in range(1, 7): ws.cell(r, col).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for row in rows:
            for i, v in enumerate(row, 1):
                ws.cell(r, i, v).alignment = WRAP
            ws.cell(r, 6).fill = FILL["blue" if row[5] == "Complete" else row[5].lower()]
            if row[3] == "Febuary 2025": DERBY_TYPO_ROW = r
            r += 1
    for col, w in zip("ABCDEF", (6, 60, 30, 14, 36, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ex1-university-of-derby-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 4 Kingsway Primary docx
def kingsway():
    d = Document()
    d.add_heading("Kingsway Primary School – Post-Ofsted Action Plan 2024–25", 0)
    d.add_paragraph("Ofsted inspection: 11–12 June 2024. Report published: 9 July 2024.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Version", "2"), ("Date", "4 November 2024"), ("Author", "Headteacher"), ("Approved by", "Full Governing Body")]:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
    d.add_paragraph("RAG key: Red – not started or at risk; Amber – in progress, some concerns; Green – on track; Complete – achieved and evidenced.")
    pri = [
        ("Priority 1: Early reading",
         "Leaders should ensure that staff deliver the phonics programme consistently so that pupils at the early stages of reading catch up quickly.",
         [("Deliver refresher training in the school's validated phonics programme for all staff in EYFS and Key Stage 1.", "English Lead", "September 2024", "All staff observed teaching phonics to the same standard.", "Complete"),
          ("Carry out half-termly phonics assessments and put daily keep-up sessions in place for pupils who fall behind.", "English Lead / Year 1 Teacher", "Autumn term 2024", "Keep-up pupils make rapid progress between assessment points.", "Green"),
          ("Governors to visit phonics sessions each term and report to the full governing body.", "Chair of Governors", "Summer term 2025", "Governor visit notes show consistent delivery.", "Amber")]),
        ("Priority 2: Curriculum in the foundation subjects",
         "Leaders should make sure that the curriculum in some foundation subjects identifies the important knowledge pupils need to learn and when.",
         [("Subject leaders to map the key knowledge for history, geography and art from Reception to Year 6.", "Subject leaders", "December 2024", "Knowledge maps in place for all three subjects.", "Complete"),
          ("Monitor the new curriculum through pupil voice and book looks and report findings to the Curriculum Committee.", "Deputy Headteacher", "July 2025", "Pupils can recall key knowledge from previous units.", "Green")]),
        ("Priority 3: Attendance",
         "Leaders should continue to work with families to reduce the proportion of pupils who are persistently absent.",
         [("Hold attendance support meetings with the families of all pupils whose attendance falls below 90%.", "Attendance Officer & Family Support Worker", "Ongoing", "Persistent absence falls below 12%.", "Amber"),
          ("Share attendance data with governors at each Full Governing Body meeting.", "Headteacher", "Termly", "Governors challenge and support attendance work.", "Green")]),
    ]
    for head, rec, rows in pri:
        d.add_heading(head, 1)
        p = d.add_paragraph(); p.add_run("What the school needs to do to improve").bold = True
        d.add_paragraph(rec)
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action", "Who", "When", "Success criteria", "RAG"]):
            c.text = ""; c.paragraphs[0].add_run(h).bold = True
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row): c.text = v
    d.add_paragraph("Progress against this plan is reviewed at each meeting of the Full Governing Body.")
    d.save(os.path.join(OUT, "ex1-kingsway-primary-school-post-ofsted-action-plan.docx"))

# ---------------------------------------------------------------- 5 Heath Lane Surgery docx
def heathlane():
    d = Document()
    d.add_heading("Heath Lane Surgery – CQC Inspection Action Plan", 0)
    d.add_paragraph("Inspection date: 5 March 2025. Overall rating: Requires improvement. Registered manager: Practice Manager.")
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Requirement", "Action to be taken", "Responsible person(s)", "Completion date", "Progress update", "Status"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    bands = [
        ("Regulation 12: Safe care and treatment", [
            ("Ensure patients prescribed high-risk medicines receive the required monitoring before repeat prescriptions are issued.", [
                ("Run monthly searches for patients on methotrexate, lithium and DOACs and recall any overdue for blood tests.", "Clinical Pharmacist", "30/04/2025", "Searches run monthly since April; 14 patients recalled.", "Complete"),
                ("Add a repeat prescribing protocol stop for overdue monitoring.\nAudit compliance after three months.", "Dr A Khan (Prescribing Lead) / Practice Manager", "31/07/2025", "Protocol stop added in EMIS; audit due July.", "On track")]),
            ("Ensure that patient safety alerts are acted on and the actions recorded.", [
                ("Create a safety alerts log reviewed at the weekly clinical meeting.", "Practice Manager", "31/03/2025", "Log in place and minuted.", "Complete")]),
        ]),
        ("Regulation 17: Good governance", [
            ("Establish effective systems to monitor staff training and recruitment checks.", [
                ("Set up a training matrix covering safeguarding, basic life support and infection control for all staff.", "Practice Manager; Deputy Practice Manager", "30/06/2025", "Matrix built; two locum records incomplete.", "Amber"),
                ("Complete DBS and immunisation status checks for all clinical staff and retain evidence in personnel files.", "HR Administrator", "31/05/2025", "Occupational health backlog; 3 staff outstanding.", "Red")]),
        ]),
    ]
    for band, findings in bands:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = ""; m.paragraphs[0].add_run(band).bold = True
        for finding, acts in findings:
            first = None
            for a in acts:
                row = t.add_row(); cells = row.cells
                for c, v in zip(cells[1:], a): c.text = v
                if first is None:
                    first = cells[0]; first.text = finding
                else:
                    first = first.merge(cells[0])
    d.add_paragraph("")
    s = d.add_table(rows=2, cols=2); s.style = "Table Grid"
    s.cell(0, 0).text = "Signed (Registered Manager)"; s.cell(0, 1).text = "Practice Manager"
    s.cell(1, 0).text = "Date submitted to CQC"; s.cell(1, 1).text = "2 April 2025"
    d.save(os.path.join(OUT, "ex1-heath-lane-surgery-cqc-inspection-action-plan.docx"))

# ---------------------------------------------------------------- 6 Craven College csv
def craven():
    rows = [
        ["Craven College – Post-Inspection Action Plan (Ofsted inspection 4–7 February 2025)"],
        ["Updated for Quality and Standards Committee 17 June 2025"],
        [],
        ["Theme", "Ref", "Area for improvement", "Action", "Lead", "Target date", "Progress to date", "RAG"],
        ["Quality of education", "1.1", "Teachers in a minority of study programmes should use assessment to check learners' understanding before moving on.",
         "Deliver CPD on questioning and checking for understanding to all study programme teachers.", "Director of Quality", "30/04/2025",
         "CPD delivered at two staff development days, attendance 94%.", "Complete"],
        ["", "1.2", "", "Use learning walks to check that assessment practice has improved and share good practice.", "Curriculum Directors", "July 2025",
         "Learning walks in progress; themes shared at Teaching and Learning forum.", "Green"],
        ["", "2.1", "Leaders should ensure that all learners with high needs have clear targets in their individual learning plans.",
         "Rewrite individual learning plans for all high needs learners with SMART targets linked to their EHC plan outcomes.", "Head of Inclusion / SENCo", "31/03/2025",
         "All 46 plans rewritten and quality assured.", "Complete"],
        ["", "2.2", "", "Review targets at each six-weekly progress review.", "Personal Tutors", "Ongoing", "Sampled in May: 90% reviewed on time.", "Green"],
        ["Personal development", "3.1", "Leaders should improve the attendance of learners on English and mathematics GCSE courses.",
         "Introduce same-day absence calls for GCSE English and maths.\nHold weekly attendance panels with curriculum managers.", "Head of English and Maths", "Sept 2025",
         "Attendance up from 71% to 78%, still below 85% target.", "Amber"],
        ["", "3.2", "", "Report GCSE attendance to governors each term.", "Vice Principal Curriculum", "Termly", "Reported March and June.", "Green"],
        [],
        ["Summary", "", "", "Complete: 2", "Green: 3", "Amber: 1", "Red: 0", "Total: 6"],
        ["Note: RAG ratings agreed at Quality Improvement Board 10 June 2025."],
    ]
    with open(os.path.join(OUT, "ex1-craven-college-ofsted-post-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 7 Forestry Commission txt
def forestry():
    L = ["Forestry Commission – ICO Data Protection Audit: Management Action Plan",
         "Audit report issued October 2023. Progress as at 30 September 2024.",
         "Status: Complete = implemented; Green = on track; Amber = some delay; Red = significant delay",
         ""]
    hdr = "Ref\tPriority\tICO recommendation\tAgreed action\tAction owner\tDate for implementation\tProgress\tStatus"
    secs = [
        ("Scope area: Governance and Accountability", [
            ("a1", "High", "The Commission should review its Record of Processing Activities (ROPA) so that it covers all processing across the organisation.",
             "Carry out a ROPA refresh workshop with each directorate and update the central register.", "Data Protection Officer", "31/03/2024", "ROPA signed off by SIRO in March 2024.", "Complete"),
            ("a2", "Medium", "Data protection training should be refreshed annually and completion monitored.",
             "Move data protection training to an annual mandatory e-learning module and report completion rates to the Executive Board quarterly.", "Head of People Development", "30/06/2024", "Module live; completion 93%.", "Complete"),
            ("a3", "Medium", "Information asset owners should be appointed for all key systems.",
             "Appoint and train Information Asset Owners for all systems on the asset register.", "Senior Information Risk Owner (SIRO)", "31/12/2024", "18 of 27 IAOs appointed.", "Amber")]),
        ("Scope area: Records Management", [
            ("b1", "High", "Retention schedules should be applied to electronic records held in shared drives.",
             "Apply the retention schedule to legacy shared drives and delete records past retention.", "Head of Knowledge and Information Management", "31/03/2025", "Pilot in two directorates complete.", "Amber"),
            ("b2", "Low", "The Commission should document a secure destruction process for paper records at district offices.",
             "Agree a confidential waste contract covering all district offices.", "Facilities Manager", "30/09/2024", "Contract awarded; mobilisation October.", "Green")]),
        ("Scope area: Subject Access Requests", [
            ("c1", "High", "Introduce a central log to track subject access requests against the statutory deadline.",
             "Set up a SAR tracking log in the casework system with deadline alerts.", "Information Rights Manager", "Jan 2025", "Casework system change not yet scheduled by supplier.", "Red")]),
    ]
    for sec, rows in secs:
        L.append(sec); L.append(hdr)
        for r in rows: L.append("\t".join(r))
        L.append("")
    L.append("End of action plan")
    with open(os.path.join(OUT, "ex1-forestry-commission-ico-data-protection-audit-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    ukhsa(); nhft(); derby(); kingsway(); heathlane(); craven(); forestry()
    print("derby typo row", DERBY_TYPO_ROW)
