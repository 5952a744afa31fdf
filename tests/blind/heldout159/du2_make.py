"""Make the du2- case files (documents only). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}


def path(name):
    return os.path.join(HERE, name)


def header_row(ws, row, labels, fill="navy"):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILLS[fill]
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Humberside FRS - values and culture spotlight recommendations tracker
# ---------------------------------------------------------------------------
def humberside():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "HMICFRS Values and Culture Spotlight Report – Recommendations Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Humberside Fire and Rescue Service  |  Progress as at 31 October 2024  |  Owner: Director of People & Development"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Recommendation", "Action Ref", "Action", "Owner", "Original Deadline",
                       "Revised Deadline", "RAG", "Progress Update (Oct 2024)"])
    recs = [
        ("Recommendation 2: By 1 October 2023, chief fire officers should make sure their services "
         "provide a confidential way for staff to raise concerns and that staff are aware of "
         "whistleblowing processes.", [
            ("2.1", "Procure an independent confidential reporting line (Safecall) available to all staff "
                    "24/7 and publicise it through the intranet, station visits and payslip inserts.",
             "Head of HR", D(2023, 10, 1), None, "blue",
             "Safecall contract live from 18 September 2023. 14 reports received to date; all "
             "acknowledged within 48 hours."),
            ("2.2", "Report quarterly to the Fire Authority on the number and themes of concerns raised "
                    "through the confidential line.",
             "Director of People & Development", D(2024, 3, 31), None, "blue",
             "First report to HR Committee March 2024; now a standing quarterly item."),
        ]),
        ("Recommendation 3: By 1 January 2024, chief fire officers should make sure all staff are "
         "subject to standard or enhanced background checks, and that these are repeated periodically.", [
            ("3.1", "Complete standard DBS checks for all operational and control staff not previously checked.",
             "HR Business Partner (Vetting)", D(2024, 3, 31), D(2024, 6, 30), "blue",
             "All 1,041 checks completed by 21 June 2024. Deadline revised owing to volume of "
             "applications held at DBS."),
            ("3.2", "Introduce a rolling programme of DBS re-checks every three years and record renewal "
                    "dates in the HR system.",
             "Head of HR", D(2024, 12, 31), None, "green",
             "Renewal dates loaded into iTrent; reminder workflow being tested."),
        ]),
        ("Recommendation 7: By 1 June 2024, chief fire officers should make sure their services have "
         "robust, fair and transparent processes for handling misconduct cases.", [
            ("7.1", "Review the Service's discipline and grievance procedures against the NFCC Core Code of "
                    "Ethics and the Fire Standard on Leading the Service.",
             "Head of HR / Head of Corporate Assurance", D(2024, 7, 31), D(2025, 1, 31), "amber",
             "Draft procedures out to consultation with representative bodies; national guidance "
             "on misconduct awaited before final sign-off."),
            ("7.2", "Train all investigating officers in the revised misconduct procedure, including the use "
                    "of independent investigators for complex cases.",
             "GM S. Walker", D(2025, 3, 31), None, "green",
             "Training package agreed with Hull City Council investigations team; first cohort "
             "booked for February."),
        ]),
        ("Recommendation 14: By 1 June 2024, chief fire officers should introduce 360-degree feedback "
         "for senior leaders and managers.", [
            ("14.1", "Implement 360-degree feedback for all members of the Strategic Leadership Team and "
                     "Group Managers.",
             "Chief Fire Officer", D(2024, 6, 1), None, "red",
             "Procurement of the 360 tool has been delayed. A new timeline will be agreed at SLT "
             "in November."),
        ]),
        ("Recommendation 15: By 1 December 2023, chief fire officers should make sure equality data is "
         "accurately recorded and used to understand their workforce.", [
            ("15.1", "Improve completion of equality monitoring data in the HR system so that at least 90% "
                     "of staff records are complete.",
             "EDI Manager", D(2024, 12, 31), None, "green",
             "Completion now 84% (up from 61%). Self-service campaign running through November."),
            ("15.2", "Publish an annual equality, diversity and inclusion report including analysis of "
                     "grievance and discipline cases by protected characteristic.",
             "EDI Manager; Head of HR", "Annual", None, "green",
             "2023/24 report published on the website in May 2024."),
        ]),
        ("Recommendation 19: By 1 October 2023, chief fire officers should seek regular feedback from "
         "staff about values, culture and fairness through staff surveys.", [
            ("19.1", "Commission an independent staff survey and share the results and the Service's "
                     "response with all staff.",
             "Director of People & Development", D(2024, 3, 31), None, "blue",
             "Survey closed January 2024 (58% response). Results shared at roadshows in March."),
        ]),
    ]
    r = 5
    for rec_text, acts in recs:
        first = r
        for ref, action, owner, orig, rev, rag, upd in acts:
            vals = [rec_text if r == first else None, ref, action, owner, orig, rev, None, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col in (5, 6):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = FILLS[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in [("red", "Off track – deadline will be missed"),
                            ("amber", "At risk of slippage"),
                            ("green", "On track"),
                            ("blue", "Complete")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILLS[colour]
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGH", [48, 9, 50, 24, 13, 13, 7, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path("du2-humberside-frs-values-culture-spotlight-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Basingstoke and Deane BC - internal audit tracker (mistyped month -> refuse)
# ---------------------------------------------------------------------------
def basingstoke():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "Internal Audit – Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Basingstoke and Deane Borough Council – Audit and Accounts Committee, 13 February 2025"
    header_row(ws, 4, ["Audit", "Year", "Assurance", "Rec No", "Priority", "Finding / Recommendation",
                       "Agreed Management Action", "Responsible Officer", "Original Target Date",
                       "Revised Target Date", "Status", "Update"])
    rows = [
        ("Payroll", "2023/24", "Reasonable", "1", "Medium",
         "Starter forms were not always authorised before the employee was added to payroll. All new "
         "starters should be authorised by the recruiting manager before set-up.",
         "Payroll will reject any starter form without manager authorisation; monthly exception report "
         "to Head of HR.", "Payroll Manager", D(2024, 6, 30), None, "Complete",
         "Exception report in place from July 2024."),
        ("Payroll", "2023/24", "Reasonable", "2", "Low",
         "Overtime claims were paid without evidence of approval in 3 of 25 cases sampled.",
         "Move overtime claims to the self-service portal with mandatory manager approval.",
         "Payroll Manager / HR Systems Officer", D(2024, 9, 30), D(2025, 3, 31), "Amber",
         "Portal module purchased; testing with Waste and Parks teams."),
        ("Council Tax and Business Rates", "2023/24", "Substantial", "1", "Low",
         "Reconciliations between the Council Tax system and the ledger were completed but not "
         "independently reviewed.",
         "Introduce independent sign-off of monthly reconciliations by the Revenues Team Leader.",
         "Revenues Manager", D(2024, 5, 31), None, "Complete", "Sign-off evidenced from May 2024."),
        ("Procurement and Contract Management", "2023/24", "Limited", "1", "High",
         "The contracts register was incomplete; 14 contracts over £25,000 were not recorded.",
         "Update the contracts register and publish it quarterly in line with the Transparency Code.",
         "Procurement Manager", D(2024, 7, 31), D(2024, 12, 31), "Green",
         "Register updated; December publication made."),
        ("Procurement and Contract Management", "2023/24", "Limited", "2", "High",
         "Waivers of Contract Standing Orders were not consistently recorded or reported.",
         "Introduce a single waiver form with Section 151 Officer approval and report waivers to "
         "the Audit and Accounts Committee twice a year.",
         "Procurement Manager", D(2024, 9, 30), "Febuary 2025", "Amber",
         "Waiver form drafted; first report to Committee slipped to the next cycle."),
        ("Procurement and Contract Management", "2023/24", "Limited", "3", "Medium",
         "Contract managers had not received training in contract management.",
         "Roll out the LGA contract management e-learning to all named contract managers.",
         "Procurement Manager", D(2025, 3, 31), None, "Green", "42 of 57 contract managers trained."),
        ("Disabled Facilities Grants", "2024/25", "Reasonable", "1", "Medium",
         "Grant approvals above £30,000 did not always record the second officer check.",
         "Amend the DFG approval checklist to include a second officer check for grants over £30,000.",
         "Private Sector Housing Manager", D(2024, 11, 30), None, "Complete", "Checklist amended."),
        ("Cyber Security", "2024/25", "Limited", "1", "High",
         "Multi-factor authentication was not enabled for all remote access accounts.",
         "Enforce MFA for all remote access and privileged accounts.",
         "IT Infrastructure Manager", D(2025, 1, 31), None, "Red",
         "Legacy Revenues system does not support MFA; compensating controls under review."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        for col in (9, 10):
            ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        st = row[10]
        ws.cell(row=r, column=11).fill = FILLS[{"Complete": "blue", "Green": "green", "Amber": "amber",
                                                "Red": "red"}[st]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Complete = action implemented and verified by Internal Audit; "
                                   "Green = on track; Amber = target date at risk; Red = overdue.")
    for col, w in zip("ABCDEFGHIJKL", [26, 9, 12, 7, 9, 45, 45, 22, 13, 13, 10, 40]):
        ws.column_dimensions[col].width = w
    wb.save(path("du2-basingstoke-deane-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Preston City Council - corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cells(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


RAG_HEX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


def preston():
    doc = Document()
    doc.add_heading("Preston City Council – LGA Corporate Peer Challenge: Action Plan", 0)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Preston City Council "
        "from 18 to 21 June 2024. The peer team made five key recommendations. This action plan sets out "
        "how the Council will respond and will be reported to Cabinet every six months, with a progress "
        "review by the LGA in summer 2025.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Version", "1.3"), ("Date", "28 October 2024"),
                                    ("Owner", "Chief Executive"),
                                    ("Approved by", "Cabinet, 6 November 2024")]):
        row.cells[0].text = k
        row.cells[1].text = v
    doc.add_paragraph()
    recs = [
        ("Recommendation 1: Refresh the Corporate Plan so that it sets out a clear, prioritised and "
         "resourced set of ambitions for the city beyond 2025", [
            ("1.1", "Hold Member and officer workshops to agree the priorities for the refreshed Corporate Plan.",
             "Chief Executive", "September 2024", "Complete",
             "Three workshops held in July and September 2024."),
            ("1.2", "Publish the refreshed Corporate Plan 2025–2030 with a performance framework of "
                    "measurable outcomes.",
             "Director of Resources / Head of Policy", "March 2025", "Green",
             "Draft plan to Cabinet in February 2025."),
        ]),
        ("Recommendation 2: Develop a medium-term financial strategy that closes the budget gap over "
         "the next three years", [
            ("2.1", "Agree a savings and income programme for 2025/26 to 2027/28 with named budget holders "
                    "for each proposal.",
             "Director of Resources (S151 Officer)", "Q4 2024/25", "Amber",
             "£1.2m of the £2.1m gap identified; remaining proposals being worked up."),
            ("2.2", "Review the capital programme and reprofile schemes that are not yet committed.",
             "Head of Finance", "January 2025", "Green", "Review under way with project sponsors."),
            ("2.3", "Provide quarterly budget monitoring reports to Cabinet and the Overview and Scrutiny "
                    "Committee.",
             "Head of Finance", "Quarterly", "Green", "Q1 and Q2 reports presented."),
        ]),
        ("Recommendation 3: Strengthen the role of Overview and Scrutiny so that it adds value to "
         "decision-making", [
            ("3.1", "Introduce a joint Cabinet and Scrutiny work programming session at the start of each "
                    "municipal year.",
             "Democratic Services Manager", "June 2025", "", "To be scheduled for May/June 2025."),
            ("3.2", "Provide scrutiny training for all Members, delivered by the Centre for Governance and "
                    "Scrutiny.",
             "Monitoring Officer", "November 2024 – February 2025", "Green",
             "First session held 12 November; two further sessions booked."),
        ]),
        ("Recommendation 4: Build on the partnership with Lancashire County Council and the City Deal to "
         "accelerate regeneration of the city centre", [
            ("4.1", "Agree a city centre investment prospectus with partners, including the Harris Quarter "
                    "and Stoneygate schemes.",
             "Director of Development", "End of July 2025", "Green", "Consultants appointed."),
            ("4.2", "Set up a quarterly City Centre Board with private sector partners.",
             "Chief Executive; Leader of the Council", "December 2024", "Complete",
             "First Board meeting held 4 October 2024."),
        ]),
        ("Recommendation 5: Invest in the organisation's workforce and culture", [
            ("5.1", "Develop a Workforce Strategy covering recruitment, retention, apprenticeships and "
                    "succession planning for hard-to-fill roles.",
             "Head of HR", "31/03/2025", "Amber",
             "Workforce data analysis complete; strategy drafting delayed by restructure of HR team."),
            ("5.2", "Run an annual staff survey and publish a 'You said, we did' response.",
             "Head of HR", "Ongoing", "Green", "2024 survey closed with a 63% response rate."),
        ]),
    ]
    for heading, acts in recs:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress"]):
            c.text = lab
            shade(c, "D9D9D9")
        bold_cells(t.rows[0])
        for ref, action, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, rag, prog]):
                c.text = v
            if rag:
                shade(cells[4], RAG_HEX[rag])
        doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track; Amber – some slippage, recoverable; Red – significant risk "
                      "to delivery; Complete – action delivered. Blank – not yet due to start.")
    doc.save(path("du2-preston-city-council-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Golding Homes - Complaint Handling Code self-assessment actions (csv)
# ---------------------------------------------------------------------------
def golding():
    S1 = "Section 1: Definition of a complaint"
    S3 = "Section 3: Accessibility and awareness"
    S5 = "Section 5: The complaint handling process"
    S6 = "Section 6: Complaints stages"
    S8 = "Section 8: Putting things right"
    S9 = "Section 9: Self-assessment, reporting and compliance"
    rows = [
        ["Golding Homes – Housing Ombudsman Complaint Handling Code Self-Assessment 2024: Improvement Actions"],
        [],
        ["Ref", "Code section", "Requirement", "Compliant", "Action to achieve compliance", "Owner",
         "Target date", "Status", "Comments"],
        ["A1", S1, "1.3 A landlord must recognise the difference between a service request and a complaint "
                   "and set this out in its complaints policy.", "Partial",
         "Update the complaints policy and the customer service scripts so that a service request is clearly "
         "distinguished from a complaint.", "Complaints & Feedback Manager", "30/04/2024", "Complete",
         "Policy approved by Executive Team April 2024; scripts updated."],
        ["A2", S3, "3.5 Landlords must publish their complaints policy and a copy of this Code on their "
                   "website, along with the annual complaints performance report.", "Partial",
         "Publish the complaints policy, this self-assessment and the annual complaints performance report on "
         "a single Complaints page of the website.", "Head of Customer Experience", "Jun-24", "Complete",
         "Page live 21 June 2024."],
        [],
        ["A3", S5, "5.8 At each stage of the complaints process, complaint handlers must keep a full record "
                   "of the complaint, the outcome at each stage and any remedy offered.", "No",
         "Configure the CRM so that every complaint record holds the correspondence, evidence and decision "
         "letter, and audit 20 cases each quarter.", "Complaints & Feedback Manager / Head of Business Systems",
         "30/09/2024", "Amber", "CRM changes delivered; quarterly audit not yet started."],
        ["A4", S5, "5.14 Landlords must confirm in writing to the resident at the completion of stage 1 the "
                   "decision, the reasons for it and any remedy.", "Partial",
         "Revise the stage 1 response template to include the remedy offered and how to escalate to stage 2.",
         "Complaints & Feedback Manager", "31/07/2024", "Complete", ""],
        ["A5", S6, "6.1 Landlords must acknowledge and respond to stage 1 complaints within 10 working days "
                   "of the complaint being acknowledged.", "Partial",
         "Introduce weekly timeliness reports for service managers and escalate open stage 1 cases at day 7.",
         "Head of Customer Experience", "Dec-24", "Green", "Stage 1 on-time rate 81% in Q2 (target 95%)."],
        ["A6", S6, "6.3 Where an extension is needed, this must be agreed with the resident and must not "
                   "exceed a further 10 working days without good reason.", "Partial",
         "Issue guidance to complaint handlers on when an extension is appropriate and how to explain it to "
         "the resident.", "Complaints & Feedback Manager", "Q3 2024/25", "Green", "Guidance in draft."],
        [],
        ["A7", S8, "8.2 Landlords must look beyond the circumstances of the individual complaint and consider "
                   "whether anything needs to be put right more generally.", "Partial",
         "Set up a quarterly Learning from Complaints panel with tenant representatives and report themes to "
         "the Customer Services Committee.", "Director of Customer Services", "31/03/2025", "Not started",
         "Tenant recruitment through Golding Voices in January."],
        ["A8", S9, "9.6 Landlords must appoint a Member Responsible for Complaints (MRC) on the governing body.",
         "No", "Appoint a member of the Board as Member Responsible for Complaints and agree their terms of "
               "reference.", "Company Secretary", "TBC", "Amber",
         "Awaiting Board recruitment round; interim arrangement with Chair of Customer Services Committee."],
        ["A9", S9, "9.9 Landlords must report complaints performance and service improvement to the governing "
                   "body at least annually.", "Yes",
         "Provide the Board with a six-monthly complaints performance and service improvement report.",
         "Director of Customer Services", "Six-monthly", "Green", "First report September 2024."],
    ]
    with open(path("du2-golding-homes-housing-ombudsman-chc-self-assessment-actions.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(row + [""] * (9 - len(row)))


# ---------------------------------------------------------------------------
# 5. JRHT Hartrigg Oaks care home - CQC must/should do action plan (xlsx)
# ---------------------------------------------------------------------------
def hartrigg():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Hartrigg Oaks Care Home – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Joseph Rowntree Housing Trust  |  Inspection: 14–15 May 2024  |  Report published: "
                "9 July 2024  |  Overall rating: Requires Improvement")
    header_row(ws, 4, ["Ref", "Regulation / finding", "Action", "Lead", "Target date", "RAG",
                       "Progress / evidence"])
    F1 = ("Regulation 12 (Safe care and treatment): The provider must ensure that medicines are managed "
          "safely, including time-specific medicines and 'as required' protocols.")
    F2 = ("Regulation 17 (Good governance): The provider must ensure that quality assurance systems "
          "identify and act on shortfalls in the quality and safety of the service.")
    S1 = "The provider should ensure staff receive regular supervision in line with its policy."
    S2 = "The provider should improve the range of meaningful activities for people living with dementia."
    sections = [
        ("MUST DO (breach of regulation)", [
            (F1, [("1.1", "Introduce electronic medicines administration records (eMAR) across all three "
                          "households with alerts for time-critical medicines.",
                   "Registered Manager", D(2024, 9, 30), "Complete",
                   "eMAR live from 2 September 2024; no missed time-critical doses since go-live."),
                  ("1.2", "Write person-centred PRN protocols for every resident prescribed 'as required' "
                          "medicines and review them monthly.",
                   "Deputy Manager (Clinical)", D(2024, 8, 31), "Complete",
                   "Protocols in place for 23 residents; checked in September audit."),
                  ("1.3", "Carry out weekly medicines audits for 12 weeks, then monthly, with results "
                          "reported to the Quality & Safety Group.",
                   "Deputy Manager (Clinical) / Quality Lead", D(2024, 12, 31), "G",
                   "Weekly audits completed weeks 1–10; moving to monthly in December.")]),
            (F2, [("2.1", "Review the provider audit schedule so that falls, weight loss and pressure care "
                          "are analysed for trends each month.",
                   "Head of Care Services", D(2024, 10, 31), "A",
                   "Audit schedule drafted; falls analysis in place, weight and pressure care analysis "
                   "due from November."),
                  ("2.2", "Ensure care plans are updated within 48 hours of a change in need and check "
                          "this through the monthly care plan audit.",
                   "Registered Manager", D(2024, 11, 30), "A",
                   "71% of care plans reviewed on time in October.")]),
        ]),
        ("SHOULD DO", [
            (S1, [("S1.1", "Set up a supervision matrix and schedule six-weekly supervisions for all care "
                           "staff.",
                   "Registered Manager", D(2024, 9, 30), "G", "Matrix in place; 88% of staff supervised "
                                                              "in the last six weeks.")]),
            (S2, [("S2.1", "Recruit a second Activities Coordinator and introduce a weekly activity plan for "
                           "each household.",
                   "H Booth", D(2025, 1, 31), "R",
                   "Recruitment unsuccessful twice; role re-advertised with revised hours."),
                  ("S2.2", "Train all care staff in dementia awareness (Tier 2).",
                   "Training & Development Officer", "Ongoing", "G",
                   "46 of 70 staff trained; new starters booked on induction.")]),
        ]),
    ]
    rag_fill = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for sec, findings in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = FILLS["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for finding, acts in findings:
            first = r
            for ref, action, lead, date, rag, prog in acts:
                vals = [ref, finding if r == first else None, action, lead, date, rag, prog]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=5).number_format = "mmm-yy"
                ws.cell(row=r, column=6).fill = FILLS[rag_fill[rag]]
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key: R – off track; A – in progress, some slippage; G – on track; "
                                   "Complete – action completed and evidence verified by Head of Care Services")
    for col, w in zip("ABCDEFG", [7, 45, 50, 24, 11, 9, 45]):
        ws.column_dimensions[col].width = w
    wb.save(path("du2-jrht-hartrigg-oaks-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Uttlesford DC - scrutiny task and finish recommendations tracker (tab txt)
# ---------------------------------------------------------------------------
def uttlesford():
    lines = [
        "Uttlesford District Council – Planning Enforcement Task and Finish Group: Recommendations Tracker",
        "Update to Scrutiny Committee, 21 January 2025",
        "",
        "\t".join(["Rec No", "Recommendation", "Cabinet response", "Agreed action", "Lead officer",
                   "Timescale", "Progress update", "RAG"]),
    ]
    recs = [
        ("1", "The Council should publish a Local Enforcement Plan setting out priorities and target response "
              "times for investigating breaches.", "Accepted",
         "Draft a Local Enforcement Plan for consultation and adoption by Cabinet.", "Development Manager",
         "March 2025", "Draft plan considered by Planning Policy Working Group in December; Cabinet adoption "
                       "scheduled for 11 March.", "Green"),
        ("2", "Additional resource should be found to clear the backlog of enforcement cases older than 12 "
              "months.", "Accepted",
         "Recruit a fixed-term Planning Enforcement Officer for 18 months funded from the planning reserve.",
         "Head of Planning", "Sep-24", "Officer in post from 2 September 2024; backlog reduced from 212 to "
                                      "141 cases.", "Complete"),
        ("3", "Complainants should receive an update on their case at least every 28 days.",
         "Partially accepted – updates at key stages rather than every 28 days",
         "Introduce automated case update letters from the Uniform system at key stages.",
         "Enforcement Team Leader / ICT Systems Manager", "Q1 2025/26",
         "Supplier quote received; configuration work not yet started.", "Amber"),
        ("4", "Members should receive a quarterly report of enforcement performance by ward.", "Accepted",
         "Add an enforcement section to the quarterly planning performance report to Planning Committee.",
         "Development Manager", "Quarterly", "First report presented November 2024.", "Green"),
        ("5", "The Council should make greater use of Planning Contravention Notices and Stop Notices where "
              "breaches cause harm.", "Accepted",
         "Deliver training for enforcement and legal staff on the use of formal notices, with a legal sign-off "
         "protocol.", "Enforcement Team Leader; Legal Services Manager", "31/12/2024",
         "Training delivered 14 November 2024; protocol agreed.", "Complete"),
        ("6", "Parish and town councils should be given a single point of contact for enforcement enquiries.",
         "Accepted", "Set up a dedicated parish liaison inbox and publish named officer contacts for each area.",
         "Enforcement Team Leader", "June 2025", "Not yet started – dependent on recruitment (Rec 2).", ""),
        ("7", "The enforcement pages of the website should be rewritten to explain what is and is not a "
              "breach of planning control.", "Accepted",
         "Review and rewrite web content with the Communications team, including an online reporting form.",
         "Communications Manager", "End of April 2025",
         "Delayed by the website platform migration; revised date to be agreed.", "Red"),
        ("8", "The Scrutiny Committee should review progress against these recommendations in twelve months.",
         "Accepted", "Report progress on the recommendations to Scrutiny Committee.", "Head of Planning",
         "January 2025", "This report.", "Complete"),
    ]
    for rec in recs:
        lines.append("\t".join(rec))
    lines += ["", "RAG: Complete; Green – on track; Amber – minor slippage; Red – significant delay"]
    with open(path("du2-uttlesford-dc-scrutiny-planning-enforcement-review-recommendations-tracker.txt"), "w",
              encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. North Wales Police - joint custody inspection action plan (docx)
# ---------------------------------------------------------------------------
def nwp():
    doc = Document()
    doc.add_heading("North Wales Police – Joint Inspection of Police Custody: Action Plan", 0)
    doc.add_paragraph(
        "HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services carried "
        "out an unannounced inspection of custody services in North Wales in March 2024. The report, "
        "published in July 2024, made no recommendations arising from causes of concern but identified "
        "five areas for improvement. Progress is monitored by the Custody Governance Board.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = lab
    bold_cells(t.rows[0])
    for v in [("0.1", "12/08/2024", "Ch Insp Custody", "First draft"),
              ("1.0", "02/09/2024", "Supt Criminal Justice", "Approved by Custody Governance Board"),
              ("1.1", "05/12/2024", "Ch Insp Custody", "December progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    areas = [
        ("Leadership, accountability and partnerships", [
            ("Area for improvement 1: ",
             "The force should improve its oversight of custody, making sure that data on the use of force "
             "and strip searches is collected, analysed and acted on.", [
                ("1.1", "Add use of force and strip search data, broken down by ethnicity and age, to the "
                        "monthly Custody Performance dashboard.", "Ch Insp Custody", "31/10/2024", "Complete",
                 "Dashboard updated October 2024."),
                ("1.2", "Review the dashboard at the quarterly Custody Governance Board and record actions "
                        "taken.", "Supt Criminal Justice", "Quarterly", "On track",
                 "Standing item from November 2024 Board."),
            ]),
        ]),
        ("In the custody suite: safety", [
            ("Area for improvement 2: ",
             "The force should make sure that risk assessments are completed fully and that observation "
             "levels reflect the risks identified.", [
                ("2.1", "Deliver refresher training on risk assessment to all custody sergeants and detention "
                        "officers, focused on self-harm, intoxication and mental health.",
                 "Custody Training Sergeant", "January 2025", "On track",
                 "Four of six sessions delivered; 78% of staff trained."),
                ("2.2", "Dip-sample 20 custody records per suite each month to check the quality of risk "
                        "assessments and observation levels.", "Custody Inspectors", "Monthly", "On track",
                 "Dip sampling started September 2024."),
            ]),
            ("Area for improvement 3: ",
             "The force should ensure that detainees' dignity is protected, including by obscuring toilet "
             "areas on CCTV monitors.", [
                ("3.1", "Apply privacy pixelation to toilet areas in all cells at St Asaph, Caernarfon and "
                        "Wrexham custody suites.", "Estates Manager", "31/03/2025", "Amber",
                 "Completed at St Asaph; contractor availability delaying the other two suites."),
            ]),
        ]),
        ("Release and transfer from custody", [
            ("Area for improvement 4: ",
             "The force should make sure that pre-release risk assessments are completed thoroughly and "
             "that vulnerable detainees are released safely.", [
                ("4.1", "Amend the pre-release risk assessment in NICHE so that it cannot be closed without a "
                        "completed safety plan.",
                 "Head of Criminal Justice Services / NICHE Business Change Manager", "June 2025",
                 "Not started", "Change request submitted to the regional NICHE board."),
                ("4.2", "Agree a protocol with Betsi Cadwaladr University Health Board for the safe transfer of "
                        "detainees released to emergency departments or mental health services.",
                 "Supt Criminal Justice", "Sept 2024 – March 2025", "Amber",
                 "Draft protocol with the Health Board for comment."),
            ]),
        ]),
        ("Health care", [
            ("Area for improvement 5: ",
             "The force should ensure that health care professionals are available promptly to see detainees "
             "at all suites.", [
                ("5.1", "Renegotiate the health care contract with the provider to include a maximum one-hour "
                        "response time at all three suites.", "Criminal Justice Contracts Manager",
                 "01/04/2025", "Red",
                 "Provider unable to meet one-hour response at Wrexham within current contract value; "
                 "options paper to Chief Officer Group in January."),
            ]),
        ]),
    ]
    for area, afis in areas:
        doc.add_heading(area, 1)
        for label, text, acts in afis:
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, lab in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "Status", "Update"]):
                c.text = lab
                shade(c, "BDD7EE")
            bold_cells(t.rows[0])
            for ref, action, owner, when, status, upd in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, owner, when, status, upd]):
                    c.text = v
            doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; On track; Amber – at risk; Red – off track; Not started.")
    doc.save(path("du2-north-wales-police-custody-inspection-action-plan.docx"))


if __name__ == "__main__":
    humberside()
    basingstoke()
    preston()
    golding()
    hartrigg()
    uttlesford()
    nwp()
    print("done")
