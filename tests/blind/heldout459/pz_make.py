"""Build the seven pz- blind test files for heldout459.

Run with /work/main/.venv/bin/python pz_make.py (writes beside this script).
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0", "Not started": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. University Hospitals Dorset NHS FT - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
UHD_FILE = "pz-university-hospitals-dorset-nhsft-corporate-risk-register.xlsx"
UHD = [
    ("Strategic objective 1: Deliver safe, high quality care", [
        ("1042",
         "If crowding in the Emergency Departments at Royal Bournemouth and Poole Hospitals "
         "continues, then ambulance handover delays will increase, resulting in harm to patients "
         "waiting to be seen.",
         "Chief Operating Officer", "4x5=20", "4x3=12", [
             ("1042.1", "Open the Same Day Emergency Care (SDEC) extension at RBH to divert suitable "
              "GP-referred patients away from ED.",
              "Deputy Chief Operating Officer – Unplanned Care", d(2024, 10, 31), d(2025, 2, 28),
              "Estates works delayed by fire compartmentation remedial work; opening now planned for February.",
              "A"),
             ("1042.2", "Implement the regional ambulance ‘release to respond’ 45-minute handover "
              "protocol at both sites.",
              "Head of Patient Flow", d(2024, 12, 31), None,
              "Protocol live at both sites from 2 December 2024.", "B"),
             ("1042.3", "Agree with NHS Dorset an increase in discharge-to-assess capacity for winter 2024/25.",
              "Director of Integrated Care / Deputy Director of Finance", d(2024, 11, 30), d(2025, 3, 31),
              "Funding agreed for 20 of the 35 beds requested; remainder under discussion with system partners.",
              "R"),
         ]),
        ("1187",
         "If the number of patients waiting over 52 weeks for elective treatment is not reduced, "
         "then patients may come to harm through clinical deterioration and the Trust will not meet "
         "the national elective recovery targets.",
         "Chief Operating Officer", "4x4=16", "3x3=9", [
             ("1187.1", "Validate all patients on the admitted waiting list over 40 weeks, including "
              "clinical harm review of those over 65 weeks.",
              "Head of Elective Access", d(2024, 9, 30), None,
              "Validation complete; 312 patients removed; harm reviews reported to Quality Committee in October.",
              "B"),
             ("1187.2", "Commission insourced weekend theatre lists for orthopaedics and ophthalmology.",
              "Divisional Director of Operations – Surgery", d(2025, 3, 31), None,
              "Contract awarded; first lists ran on 11 January 2025.", "G"),
         ]),
    ]),
    ("Strategic objective 2: Value our people", [
        ("1203",
         "If the Trust cannot recruit and retain registered nurses in critical care, then staffing "
         "will fall below GPICS standards, resulting in cancelled elective surgery and reliance on "
         "agency staff.",
         "Chief Nursing Officer", "4x4=16", "4x2=8", [
             ("1203.1", "Run an international recruitment campaign for 12 critical care nurses with an "
              "enhanced pastoral support package.",
              "Head of Nursing – Critical Care", d(2025, 6, 30), None,
              "9 offers made; first cohort of 5 arrives in March.", "G"),
             ("1203.2", "Introduce a critical care retention ‘stay conversation’ for all staff at 12 and "
              "24 months in post.",
              "Associate Director of Nursing for Workforce", d(2024, 12, 31), d(2025, 4, 30),
              "Template agreed; roll-out paused during winter escalation.", "A"),
         ]),
    ]),
    ("Strategic objective 3: Make the best use of our resources", [
        ("1251",
         "If the legacy patient administration system (PAS) is not replaced before supplier support "
         "ends, then the Trust will be running an unsupported system, increasing the risk of cyber "
         "attack and loss of access to patient records.",
         "Chief Information Officer", "5x3=15", "5x1=5", [
             ("1251.1", "Complete data migration dress rehearsal 2 and obtain a Digital Programme Board "
              "go/no-go decision for the new PAS.",
              "Chief Information Officer", d(2025, 1, 31), None,
              "Dress rehearsal 2 completed 17 January 2025 with 99.7% record match.", "G"),
         ]),
    ]),
]


def make_uhd():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University Hospitals Dorset NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Corporate Risk Register – risks scoring 15 and above"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Report to: Audit Committee, 22 January 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("v0.3", "06/01/2025", "Head of Risk Management", "Draft for Risk Management Group"),
            ("v1.0", "14/01/2025", "Head of Risk Management", "Approved by Executive Management Group")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A10"] = "Action progress key"
    cov["A10"].font = Font(bold=True)
    key = [("R", "Overdue – due date passed and action not complete"),
           ("A", "At risk – due date may not be met"),
           ("G", "On track"),
           ("B", "Complete")]
    for i, (k, t) in enumerate(key):
        c = cov.cell(row=11 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=11 + i, column=2, value=t)
    cov["A16"] = ("Risk scores are Consequence x Likelihood on a 1–5 scale. Risks scoring 15 or above "
                  "are held on the Corporate Risk Register and reviewed monthly by the Executive "
                  "Management Group.")
    for col, w in zip("ABCD", (12, 22, 28, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Corporate Risk Register")
    heads = ["Risk ID", "Risk description", "Executive lead", "Current score (CxL)", "Target score",
             "Action ref", "Further action required", "Action owner", "Due date", "Revised due date",
             "Progress update", "RAG"]
    ws["A1"] = "Corporate Risk Register – January 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Actions shown are the further actions required to bring each risk to its target score. "
                "Progress as reported by action owners at 14 January 2025.")
    ws.merge_cells("A2:L2")
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for objective, risks in UHD:
        c = ws.cell(row=r, column=1, value=objective)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for rid, desc, exec_lead, cur, tgt, actions in risks:
            first = r
            for aref, text, owner, due, rev, prog, rag in actions:
                vals = [rid, desc, exec_lead, cur, tgt, aref, text, owner, due, rev, prog, rag]
                for j, v in enumerate(vals):
                    if r != first and j < 5:
                        continue
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ragc = ws.cell(row=r, column=12)
                ragc.fill = fill(FILL[rag])
                ragc.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                for j in range(1, 6):
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Summary of actions").font = Font(bold=True)
    summ = [("Total actions", 8), ("Complete (B)", 2), ("On track (G)", 3), ("At risk (A)", 2),
            ("Overdue (R)", 1)]
    for i, (k, v) in enumerate(summ):
        ws.cell(row=r + 1 + i, column=1, value=k)
        ws.cell(row=r + 1 + i, column=2, value=v)
    widths = [9, 48, 20, 12, 11, 10, 48, 28, 12, 12, 42, 6]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, UHD_FILE))


# ---------------------------------------------------------------------------
# 2. Home Group - RSH consumer standards improvement plan (xlsx, sheet per standard)
# ---------------------------------------------------------------------------
HG_FILE = "pz-home-group-rsh-consumer-standards-improvement-plan.xlsx"
HG = [
    ("Safety & Quality", "Safety and Quality Standard",
     "Lead Executive: Executive Director of Property Services", [
         ("Gaps in stock condition data: 22% of homes have not had a stock condition survey in the "
          "last five years.", [
              ("SQ1.1", "Complete stock condition surveys for all homes without a survey since April 2019, "
               "prioritising general needs homes in the North East.",
               "Head of Asset Management", d(2025, 3, 31), None, "Green", "Green",
               "6,840 of 9,310 surveys complete (73%)."),
              ("SQ1.2", "Load survey results into the asset management system and reconcile against the "
               "compliance database monthly.",
               "Head of Asset Management / Data Quality Manager", d(2024, 12, 31), d(2025, 2, 28),
               "Green", "Amber", "Interface fix needed before bulk upload; revised date agreed at October committee."),
          ]),
         ("Overdue damp and mould cases are not consistently followed up within policy timescales.", [
              ("SQ2.1", "Introduce a weekly damp and mould case review meeting chaired by the Director of "
               "Repairs, with escalation of any case open over 28 days.",
               "Director of Repairs", d(2024, 9, 30), None, "Complete", "Complete",
               "Meeting in place since 2 September 2024; cases over 28 days down from 143 to 21."),
              ("SQ2.2", "Retrain all repairs call handlers and surveyors on the revised Damp, Mould and "
               "Condensation Policy.",
               "Repairs Operations Manager; Learning and Development Business Partner", d(2024, 11, 30), None,
               "Amber", "Red", "61% trained at 30 November; remaining sessions booked for January."),
          ]),
     ]),
    ("Transparency & Accountability", "Transparency, Influence and Accountability Standard",
     "Lead Executive: Executive Director of Customer Services", [
         ("Tenant satisfaction measures have not been shared with customers in an accessible format.", [
              ("TIA1.1", "Publish 2023/24 Tenant Satisfaction Measures on the website with an easy-read "
               "summary and a comparison with 2022/23.",
               "Head of Customer Insight", d(2024, 10, 31), None, "Complete", "Complete",
               "Published 28 October 2024."),
              ("TIA1.2", "Co-produce the annual report to customers with the Customer Voice Panel.",
               "Customer Engagement Manager", d(2025, 6, 30), None, "Not started", "Green",
               "First workshop with the Panel held 19 November 2024."),
          ]),
         ("The complaints process does not consistently identify and act on learning.", [
              ("TIA2.1", "Add a mandatory ‘learning identified’ field to the complaints case management "
               "system and report themes quarterly to the Customer Services Committee.",
               "Head of Complaints and Resolution", d(2025, 1, 31), None, "Green", "Green",
               "System change in user testing."),
          ]),
     ]),
    ("Neighbourhood & Community", "Neighbourhood and Community Standard",
     "Lead Executive: Executive Director of Customer Services", [
         ("Anti-social behaviour cases are not risk assessed at the point of report.", [
              ("NC1.1", "Implement a risk assessment matrix for all new ASB cases, with high risk cases "
               "allocated to a Neighbourhood Officer within one working day.",
               "Head of Neighbourhoods", d(2024, 12, 31), d(2025, 3, 31), "Amber", "Amber",
               "Matrix approved; officer training under way."),
          ]),
     ]),
]


def make_hg():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Home Group"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Consumer Standards Improvement Plan"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Progress report to Customer Services Committee – position at 30 November 2024"
    s["A4"] = ("Responds to the Regulator of Social Housing inspection and regulatory judgement "
               "published 17 July 2024.")
    heads = ("Standard", "Actions", "Complete", "Green", "Amber", "Red")
    tot = [0] * 5
    for j, h in enumerate(heads):
        c = s.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 7
    for _, heading, _, findings in HG:
        acts = [a for _, al in findings for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in ("Complete", "Green", "Amber", "Red")]
        tot = [x + y for x, y in zip(tot, counts)]
        s.cell(row=r, column=1, value=heading).border = BOX
        for j, v in enumerate(counts):
            s.cell(row=r, column=2 + j, value=v).border = BOX
        r += 1
    c = s.cell(row=r, column=1, value="Total")
    c.font = Font(bold=True)
    for j, v in enumerate(tot):
        s.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    r += 2
    s.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence held"),
           ("Green", "On track to deliver by target date"),
           ("Amber", "Risk to delivery by target date; mitigation in place"),
           ("Red", "Target date missed or will be missed")]
    for i, (k, t) in enumerate(key):
        c = s.cell(row=r + 1 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        s.cell(row=r + 1 + i, column=2, value=t)
    s.column_dimensions["A"].width = 52
    s.column_dimensions["B"].width = 12

    heads = ["Ref", "Regulator finding", "Action", "Lead", "Original target", "Revised target",
             "Previous RAG (Oct)", "Current RAG (Nov)", "Progress update"]
    for sheet, heading, exec_line, findings in HG:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        ws["A2"] = exec_line
        for j, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for finding, acts in findings:
            first = r
            for ref, text, lead, orig, rev, prev, cur, upd in acts:
                vals = [ref, finding if r == first else None, text, lead, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = fill(FILL[prev])
                ws.cell(row=r, column=8).fill = fill(FILL[cur])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for j, w in enumerate([8, 40, 50, 30, 11, 11, 11, 11, 45]):
            ws.column_dimensions[get_column_letter(j + 1)].width = w
    wb.save(os.path.join(HERE, HG_FILE))


# ---------------------------------------------------------------------------
# 3. Durham Constabulary - HMICFRS vetting, misconduct and misogyny tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
DC_FILE = "pz-durham-constabulary-hmicfrs-vetting-misconduct-recommendations-tracker-typo-month-refuse.xlsx"
DC = [
    ("Recommendation 2: By 30 April 2023, chief constables should make sure that their vetting units "
     "have enough resources to manage demand, including re-vetting, without undue delay.", [
         ("2.1", "Complete a demand and capacity review of the Force Vetting Unit.",
          "Head of PSD", "31/03/2023", "Review completed; reported to Chief Officer Group 18/04/2023.", "B"),
         ("2.2", "Recruit two additional vetting officers and one vetting researcher, funded from the uplift reserve.",
          "Head of PSD / Head of HR Operations", "30/09/2023", "All three posts filled by August 2023.", "B"),
     ]),
    ("Recommendation 11: By 31 October 2023, chief constables should make sure their counter-corruption "
     "units have, and use, IT monitoring software that covers all force IT systems and devices.", [
         ("11.1", "Procure and install IT monitoring software on all force desktop and mobile devices.",
          "Head of ICT", "Jun-2024", "Installed on desktops; mobile roll-out 80% complete.", "G"),
         ("11.2", "Complete a data protection impact assessment and issue staff communications on IT monitoring.",
          "Information Management Lead", "31/05/2024", "DPIA signed off by the DPO; intranet article published.", "B"),
     ]),
    ("Recommendation 15: By 31 March 2024, chief constables should make sure that officers and staff "
     "understand how to recognise and report misogynistic and predatory behaviour by colleagues.", [
         ("15.1", "Deliver ‘Active Bystander’ training to all officers and staff, with completion tracked "
          "through the learning management system.",
          "Chief Inspector – People Development", "Febuary 2025",
          "1,944 of 2,610 officers and staff trained (74%).", "A"),
         ("15.2", "Publicise the confidential reporting line (Integrity Line) through a force-wide campaign "
          "and supervisor briefings.",
          "Head of Counter Corruption Unit", "31/12/2024", "Campaign launched 25/11/2024.", "G"),
         ("15.3", "Add questions on sexual misconduct and misogyny to the annual staff survey and report "
          "the results to the Ethics and Culture Board.",
          "Head of Organisational Development", "31/03/2025", "Questions agreed; survey opens in March.", "G"),
     ]),
]
DC_TYPO_ROW = None  # filled in by make_dc


def make_dc():
    global DC_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "VMM tracker"
    ws["A1"] = "Durham Constabulary"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HMICFRS – An inspection of vetting, misconduct, and misogyny in the police service "
                "(November 2022): recommendations tracker")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 31 January 2025 – for Joint Audit Committee"
    for cell in ("A1:F1", "A2:F2", "A3:F3"):
        ws.merge_cells(cell)
    heads = ["Rec", "Action", "Owner", "Target date", "Progress update", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.border = BOX
    r = 6
    for rec, acts in DC:
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, owner, target, upd, rag in acts:
            for j, v in enumerate([ref, text, owner, target, upd]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(FILL[rag])
            ws.cell(row=r, column=6).border = BOX
            if target == "Febuary 2025":
                DC_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                ("R", "Off track")]):
        ws.cell(row=r + 1 + i, column=1).fill = fill(FILL[k])
        ws.cell(row=r + 1 + i, column=2, value=t)
    for j, w in enumerate([9, 60, 30, 14, 45, 7]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    wb.save(os.path.join(HERE, DC_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Ashcombe House Care Home - CQC inspection action plan (docx, table per regulation)
# ---------------------------------------------------------------------------
AH_FILE = "pz-ashcombe-house-care-home-cqc-inspection-action-plan.docx"
AH_TITLE = "Ashcombe House Care Home – CQC Inspection Action Plan"
AH = [
    ("Regulation 12 HSCA RA Regulations 2014: Safe care and treatment",
     "Risks to people’s health were not always assessed or mitigated. Topical medicines and ‘as "
     "required’ (PRN) medicines were not managed safely.", [
         ("1", "Review and rewrite all PRN protocols so each states the reason for use, the maximum dose in "
          "24 hours and when to seek GP advice.", "Deputy Manager", "31/08/2024",
          "All 38 PRN protocols rewritten and checked by the visiting pharmacist on 28/08/2024.", "Blue"),
         ("2", "Introduce body maps and topical MAR charts for every person prescribed creams, checked weekly "
          "by the nurse in charge.", "Clinical Lead / Senior Care Lead", "30/09/2024",
          "In place on both floors; weekly checks evidenced in the medicines folder.", "Blue"),
         ("3", "Complete falls, choking and skin integrity risk assessments for all residents and review them "
          "monthly or after any change.", "Clinical Lead", "End of October 2024",
          "28 of 31 residents complete; remaining three admitted in October.", "Amber"),
     ]),
    ("Regulation 17 HSCA RA Regulations 2014: Good governance",
     "Systems to assess, monitor and improve the quality and safety of the service were not effective. "
     "Audits had not identified the shortfalls found at inspection.", [
         ("4", "Replace the monthly audit schedule with a quality assurance calendar covering medicines, care "
          "plans, infection control and the environment.", "Registered Manager", "30/09/2024",
          "Calendar in use from September; audit results reviewed at monthly governance meeting.", "Blue"),
         ("5", "Nominated Individual to complete a quarterly provider visit and written report, with any "
          "actions added to this plan.", "Nominated Individual", "Quarterly",
          "First visit completed 17/10/2024; report on file.", "Green"),
         ("6", "Hold monthly resident and relative meetings and display a ‘You said, we did’ board in reception.",
          "Registered Manager / Activities Coordinator", "Ongoing from September 2024",
          "Meetings held September and October; board in place.", "Green"),
     ]),
    ("Regulation 18 HSCA RA Regulations 2014: Staffing",
     "Staff had not completed training in dysphagia, dementia care and the Mental Capacity Act, and "
     "supervisions were overdue.", [
         ("7", "Book all care staff onto IDDSI dysphagia training and Mental Capacity Act e-learning, and track "
          "completion on the training matrix.", "Registered Manager", "30/11/2024",
          "IDDSI 82% complete; MCA e-learning 64% complete.", "Amber"),
         ("8", "Complete all overdue supervisions and set a bi-monthly supervision schedule for every staff member.",
          "Deputy Manager", "31/10/2024", "11 supervisions still outstanding at 04/11/2024.", "Red"),
     ]),
]


def make_ah():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(AH_TITLE, style="Title")
    doc.add_paragraph("Provider: Ashcombe Care Ltd    Service type: Care home with nursing (34 beds)")
    doc.add_paragraph("Inspection: 14 and 15 May 2024    Report published: 2 August 2024    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Prepared by", "Reviewed by"),
                             ("1.0", "16/08/2024", "Registered Manager", "Nominated Individual"),
                             ("1.2", "04/11/2024", "Registered Manager", "Quality and Compliance Lead")]):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(t.rows[i].cells[j], v)
            else:
                t.rows[i].cells[j].text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out what we are doing to meet the three requirement notices in the "
                      "inspection report. It is reviewed at the monthly governance meeting and shared with "
                      "the local authority quality team.")
    doc.add_paragraph("Status key: Blue – completed; Green – on track; Amber – at risk of delay; "
                      "Red – overdue.")
    for reg, finding, acts in AH:
        doc.add_paragraph("")
        t = doc.add_table(rows=3 + len(acts), cols=6)
        t.style = "Table Grid"
        lab = t.cell(0, 0)
        bold_cell(lab, "Regulation")
        shade(lab, "D9D9D9")
        m = t.cell(0, 1).merge(t.cell(0, 5))
        bold_cell(m, reg)
        lab = t.cell(1, 0)
        bold_cell(lab, "How the regulation was not being met")
        shade(lab, "D9D9D9")
        m = t.cell(1, 1).merge(t.cell(1, 5))
        m.text = finding
        for j, h in enumerate(["No.", "Action to be taken", "Person responsible", "Completion date",
                               "Progress / evidence", "Status"]):
            bold_cell(t.cell(2, j), h)
            shade(t.cell(2, j), "BDD7EE")
        for i, (no, text, lead, when, prog, status) in enumerate(acts):
            row = t.rows[3 + i].cells
            for j, v in enumerate([no, text, lead, when, prog, status]):
                row[j].text = v
            shade(row[5], FILL[status])
    doc.add_paragraph("")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["Signed", "Position", "Date"]):
        bold_cell(t.cell(0, j), v)
    for j, v in enumerate(["H. Marsh", "Registered Manager", "04/11/2024"]):
        t.cell(1, j).text = v
    doc.save(os.path.join(HERE, AH_FILE))


# ---------------------------------------------------------------------------
# 5. Brambleside Primary Academy - post-Ofsted action plan (docx, heading + AFI + table per priority)
# ---------------------------------------------------------------------------
BP_FILE = "pz-brambleside-primary-academy-post-ofsted-action-plan.docx"
BP_TITLE = "Brambleside Primary Academy: Post-Ofsted Action Plan 2024–25"
BP = [
    ("Priority 1: The foundation subjects curriculum",
     "Leaders should make sure that the curriculum in some foundation subjects sets out the important "
     "knowledge pupils should learn and the order in which they should learn it, so that pupils build "
     "their knowledge securely over time.", [
         ("Subject leaders for history, geography and art to rewrite their curriculum maps, identifying the "
          "key knowledge and vocabulary for each unit.", "AR and subject leaders", "Summer term 2024",
          "Curriculum maps in place for all three subjects from September 2024.", "B"),
         ("Trust curriculum team to deliver two twilight sessions on sequencing knowledge and retrieval "
          "practice for all teaching staff.", "Mrs Okafor and Mr Daly", "Autumn term 2024",
          "All teachers can explain how their units build on prior learning.", "B"),
         ("Introduce end-of-unit knowledge quizzes in the foundation subjects and analyse the results each "
          "half term.", "AR", "Spring term 2025",
          "Quiz outcomes show at least 80% of pupils recall the key knowledge.", "G"),
     ]),
    ("Priority 2: Early reading",
     "Leaders should ensure that all staff who teach phonics are well trained and that the books pupils "
     "read match the sounds they know, so that weaker readers catch up quickly.", [
         ("All staff who teach phonics, including teaching assistants, to complete the full Little Wandle "
          "training and be observed by the reading lead.", "Reading lead (SK)", "Sept–Oct 2024",
          "All phonics sessions observed are judged consistent with the programme.", "A"),
         ("Audit all reading books in Reception and Year 1 and remove any that are not fully decodable.",
          "SK", "By 31 October 2024", "Every book sent home matches the pupil’s phonics stage.", "B"),
         ("Daily keep-up sessions for pupils in the lowest 20% in Years 1 and 2, with progress checked "
          "every six weeks.", "SK / Year 1 and 2 class teachers", "From September 2024 – ongoing",
          "Phonics screening check pass rate rises to at least 85%.", "G"),
     ]),
    ("Priority 3: Governance",
     "Those responsible for governance should check the accuracy of the information they receive from "
     "leaders about the quality of education.", [
         ("Local governors to carry out termly subject visits with the curriculum lead and report findings to "
          "the full LGB.", "Chair of LGB", "Termly",
          "Visit notes show governors testing leaders’ evaluations against what they see.", "G"),
         ("Commission an external review of governance from the Trust’s Director of Education.",
          "CEO, Nene Valley Learning Trust", "Summer term 2025",
          "Review completed and its recommendations added to the LGB development plan.", "A"),
     ]),
]


def make_bp():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(BP_TITLE, style="Title")
    doc.add_paragraph("Part of Nene Valley Learning Trust")
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
                      "This plan was agreed by the Local Governing Body (LGB) on 14 May 2024 and is "
                      "reviewed every term.")
    doc.add_paragraph("Staff initials: AR – curriculum lead; SK – reading lead.")
    p = doc.add_paragraph("RAG key (Autumn 2024 review): R – behind schedule; A – started, impact not yet "
                          "secure; G – on track; B – complete and embedded.")
    p.runs[0].italic = True
    for heading, afi, acts in BP:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
            bold_cell(t.cell(0, j), h)
            shade(t.cell(0, j), "E2EFDA")
        for i, (text, lead, when, sc, rag) in enumerate(acts):
            row = t.rows[1 + i].cells
            for j, v in enumerate([text, lead, when, sc, rag]):
                row[j].text = v
            row[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(row[4], FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Spring term 2025 (LGB meeting 12 March 2025).")
    doc.save(os.path.join(HERE, BP_FILE))


# ---------------------------------------------------------------------------
# 6. University of Leeds - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
UL_FILE = "pz-university-of-leeds-internal-audit-recommendations-tracker.csv"
UL_HEAD = ["Audit", "Report issued", "Rec No", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "RAG status",
           "Latest update"]
UL = [
    ("Cyber Security – Vulnerability Management (2023/24)", "12/02/2024", [
        ("R1", "High", "Critical and high vulnerabilities should be remediated within the timescales set in "
         "the Vulnerability Management Standard.",
         "Implement automated patch deployment for all managed Windows endpoints and report patch compliance "
         "monthly to the Information Security Board.",
         "Director of IT Operations", "31/07/2024", "31/01/2025", "Complete",
         "Automated patching live; compliance at 96% in January report."),
        ("R2", "Medium", "Unsupported server operating systems should be identified and either upgraded or "
         "isolated.",
         "Produce a register of end-of-life servers with an owner and decommissioning date for each.\n"
         "Isolate any server that cannot be upgraded by the agreed date on a segregated network.",
         "Head of Infrastructure / Chief Information Security Officer", "30/09/2024", "", "Amber",
         "Register complete (41 servers); 9 still to be upgraded or isolated."),
    ]),
    ("Student Recruitment Agents (2023/24)", "08/04/2024", [
        ("R1", "High", "Due diligence on overseas recruitment agents should be completed and refreshed before "
         "commission is paid.",
         "Introduce an annual agent re-registration process including sanctions screening and reference "
         "checks, with commission payments blocked on the finance system until it is complete.",
         "Hartley, Owen", "31/08/2024", "", "Complete", "Re-registration completed for all 212 active agents."),
        ("R2", "Medium", "Agent commission claims should be reconciled to enrolled student records.",
         "Reconcile each commission claim against census data in the student record system before payment, "
         "with exceptions reported to the Director of International Recruitment.",
         "International Recruitment Operations Manager", "31/12/2024", "30/04/2025", "Amber",
         "Reconciliation template agreed; first run planned for the January intake."),
        ("R3", "Low", "The agent management policy should be reviewed and republished.",
         "Review the Agent Management Policy and publish it on the staff intranet.",
         "International Recruitment Operations Manager", "Sep-24", "Mar-25", "Red",
         "Policy review not started; resource diverted to January intake."),
    ]),
    ("Research Grant Expenditure (2024/25)", "15/10/2024", [
        ("R1", "Medium", "Costs charged to research grants should be reviewed by the principal investigator "
         "before each funder claim.",
         "Require PI sign-off of the quarterly grant expenditure statement in the research finance system "
         "before each claim is submitted.",
         "Head of Research Finance", "31/03/2025", "", "Green", "Workflow built; testing with two faculties."),
        ("R2", "Medium", "Staff time charged to grants should be supported by timesheets or certified effort "
         "statements.",
         "Roll out six-monthly effort certification for all staff charged to UKRI and Horizon Europe grants.",
         "Head of Research Finance; Faculty Research Managers", "30/06/2025", "", "Green",
         "Certification form drafted."),
    ]),
]


def make_ul():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(UL_HEAD)
    pad = lambda row: list(row) + [""] * (n - len(row))
    w.writerow(pad(["University of Leeds – Internal Audit Recommendations Tracker"]))
    w.writerow(pad(["Audit and Risk Committee, 4 March 2025: open actions and actions closed since the last meeting"]))
    w.writerow(pad([]))
    w.writerow(UL_HEAD)
    for audit, issued, recs in UL:
        for rec in recs:
            no, pri, recommendation, action, officer, orig, rev, rag, upd = rec
            w.writerow([audit, issued, no, pri, recommendation, action, officer, orig, rev, rag, upd])
    w.writerow(pad([]))
    w.writerow(pad(["Summary"]))
    acts = [r for _, _, recs in UL for r in recs]
    w.writerow(pad(["Total actions", str(len(acts))]))
    for k in ("Complete", "Green", "Amber", "Red"):
        w.writerow(pad([k, str(sum(1 for r in acts if r[7] == k))]))
    with open(os.path.join(HERE, UL_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. West Yorkshire FRS - protection programme highlight report (tab-separated text export)
# ---------------------------------------------------------------------------
WY_FILE = "pz-west-yorkshire-fire-rescue-service-protection-programme-highlight-report.txt"
WY_TITLE = "Building Safety and Protection Improvement Programme – Highlight Report"
WY = [
    ("WS1 Risk-based inspection programme", [
        ("1.1", "Re-score all premises on the risk-based inspection programme using the NFCC premises risk "
         "methodology.", "GM Protection", "31/12/2024", "", "C", "Completed 18/12/2024; 4,212 premises re-scored."),
        ("1.2", "Complete fire safety audits of all high-rise residential buildings (18m and over) identified "
         "in the re-scoring.", "GM Protection / Station Managers (Protection)", "31/03/2025", "", "G",
         "112 of 164 audits completed."),
    ]),
    ("WS2 Workforce competence", [
        ("2.1", "Qualify 10 further fire safety inspectors to Level 4 Diploma standard.",
         "Protection Training Manager", "30/06/2025", "30/09/2025", "A",
         "Two learners deferred due to operational secondments; revised date agreed by SRO."),
        ("2.2", "Deliver fire safety awareness training for all operational crews to support business safety "
         "checks.", "Protection Training Manager", "Mar-25", "", "G", "14 of 40 stations trained."),
    ]),
    ("WS3 Enforcement and engagement", [
        ("3.1", "Publish a revised Enforcement Policy aligned to the Regulators’ Code.", "Head of Protection",
         "30/11/2024", "31/01/2025", "R", "Legal review delayed; draft returned 10/01/2025."),
        ("3.2", "Launch the online business fire safety self-assessment tool.", "Digital Services Manager",
         "TBC", "", "A", "Awaiting supplier quote."),
        ("3.3", "Hold quarterly engagement sessions with responsible persons in Bradford and Kirklees.",
         "Group Manager Prevention and Protection", "Quarterly", "", "G",
         "First session held 5 November 2024 (46 attendees)."),
    ]),
]


def wy_lines():
    L = [
        "West Yorkshire Fire and Rescue Service",
        WY_TITLE,
        "Reporting period: October – December 2024 (Quarter 3)",
        "Report to: Protection Programme Board, 21 January 2025",
        "Senior Responsible Owner: Area Manager, Protection",
        "Overall programme status: AMBER",
        "",
        "Status key: G = on track; A = at risk, recovery in hand; R = off track, Board decision needed; "
        "C = complete",
        "",
        "Summary",
        "Good progress on re-scoring and high-rise audits. Inspector qualification and the Enforcement "
        "Policy are behind plan; a revised date for 2.1 is put to the Board for approval.",
        "",
        "Deliverables",
        "\t".join(["Ref", "Deliverable", "Lead", "Original date", "Forecast date", "Status", "Commentary"]),
    ]
    for ws_name, items in WY:
        L.append(ws_name)
        for it in items:
            L.append("\t".join(it))
    L += [
        "",
        "Key risks",
        "\t".join(["Risk ID", "Risk", "Likelihood", "Impact", "Owner"]),
        "\t".join(["R-07", "Loss of qualified inspectors to the private sector", "4", "4", "AM Protection"]),
        "\t".join(["R-09", "Delays in the Building Safety Regulator referral process", "3", "3",
                   "Head of Protection"]),
        "",
        "Decisions required from Programme Board",
        "Approve the revised date for deliverable 2.1 (30/09/2025).",
        "",
        "Next report: April 2025 (Quarter 4)",
    ]
    return L


def make_wy():
    with open(os.path.join(HERE, WY_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(wy_lines()) + "\n")


if __name__ == "__main__":
    make_uhd()
    make_hg()
    make_dc()
    make_ah()
    make_bp()
    make_ul()
    make_wy()
    print("typo row (Durham):", DC_TYPO_ROW)
    for n in sorted(os.listdir(HERE)):
        if n.startswith("pz-"):
            print(n)
