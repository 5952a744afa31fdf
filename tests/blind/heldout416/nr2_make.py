"""Build the seven nr2- blind test files (set heldout416).

Run with /work/main/.venv/bin/python nr2_make.py ; writes into the folder of this script.
Partnership, NHS and corporate plans:
  1 Alder Hey Children's NHSFT - Board of Directors (Public) action log (xlsx, 2 sheets)
  2 NHS Kent and Medway ICB - corporate risk register Q3 2025/26 (xlsx, 3 sheets)
  3 East Herts Council - Transforming East Herts programme highlight report (xlsx, 2 sheets)
  4 Staffordshire Moorlands CSP - DHR 'Ruby' action plan (docx)
  5 West Midlands Ambulance Service - SAR 'Adult R' single agency action plan (docx)
  6 Norfolk and Norwich UH - Maternity Incentive Scheme Y6 action plan (csv, typo month -> refuse)
  7 Sheffield Health and Social Care NHSFT - independent investigation 'Mr K' action plan (txt, tab-separated)
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

F1 = "nr2-alder-hey-childrens-nhsft-board-of-directors-public-action-log.xlsx"
F2 = "nr2-nhs-kent-and-medway-icb-corporate-risk-register-q3-2025-26.xlsx"
F3 = "nr2-east-hertfordshire-dc-transforming-east-herts-programme-highlight-report.xlsx"
F4 = "nr2-staffordshire-moorlands-csp-dhr-ruby-action-plan.docx"
F5 = "nr2-west-midlands-ambulance-service-sar-adult-r-single-agency-action-plan.docx"
F6 = "nr2-norfolk-and-norwich-uh-maternity-incentive-scheme-year-6-action-plan-typo-month-refuse.csv"
F7 = "nr2-sheffield-health-and-social-care-nhsft-independent-investigation-mr-k-action-plan.txt"

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, LIGHT = "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put_row(ws, r, values, bold=False, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1  Alder Hey board action log
# ---------------------------------------------------------------------------
AH_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED}
AH_HEAD = ["Meeting date", "Ref", "Action", "Resp.", "By when", "Revised date", "Status", "Update"]
AH_OPEN = [
    [d(2024, 9, 5), "24/25/121",
     "Present the outcome of the Emergency Department waiting times deep dive, including the impact of the new streaming model, to the Board.",
     "AB", d(2024, 12, 5), d(2025, 4, 3), "Delayed",
     "Deferred to allow a full quarter of data following go-live of streaming on 14 October 2024. Now scheduled for the April Board."],
    [d(2024, 11, 7), "24/25/163",
     "Provide an update on the Sunflower House staffing model and the use of agency staff, with a trajectory for reducing reliance on agency nursing by year end.",
     "NA / MS", d(2025, 3, 6), None, "On track",
     "On the agenda for March (item 12)."],
    [d(2024, 11, 7), "24/25/170",
     "Review the format of the Integrated Performance Report so that\nexceptions are reported against the 2025/26 operational planning targets.",
     "JG", "April 2025", None, "On track",
     "Revised format to be piloted at the April Resources and Business Development Committee."],
    [d(2024, 12, 5), "24/25/192",
     "Bring the Green Plan annual progress report to the Board, including the Scope 3 emissions baseline.",
     "Director of Strategy and Partnerships", d(2025, 6, 5), None, "On track",
     "Scope 3 baseline being validated by the Cheshire and Merseyside Sustainability Board."],
    [d(2024, 12, 5), "24/25/197",
     "Confirm the timetable for the electronic patient record upgrade and the associated clinical safety sign-off process.",
     "KW", d(2025, 2, 6), None, "Overdue",
     "Supplier has not yet confirmed the release date. Verbal update to be given at the March meeting."],
    [d(2025, 2, 6), "24/25/221",
     "Share the Freedom to Speak Up Guardian's benchmarking of case numbers against other children's trusts with Board members.",
     "MS", d(2025, 3, 6), None, "On track",
     "Benchmarking requested from the National Guardian's Office."],
    [d(2025, 2, 6), "24/25/226",
     "Agree how the Board will receive assurance on the implementation of the Research and Innovation strategy during 2025/26.",
     "Chair / CEO", "TBC", None, "On track",
     "To be picked up in the Board development session."],
]
AH_CLOSED = [
    [d(2024, 11, 7), "24/25/158",
     "Circulate the Board Assurance Framework heat map showing the movement in BAF risk scores over the last four quarters.",
     "EKS", d(2024, 12, 5), None, "Complete", "Circulated with the December Board papers."],
    [d(2024, 12, 5), "24/25/189",
     "Include the number of children waiting over 52 weeks for community paediatrics in the next Integrated Performance Report.",
     "AB", d(2025, 2, 6), None, "Complete", "Included in the February IPR (page 14)."],
    [d(2025, 2, 6), "24/25/219",
     "Write to the ICB on behalf of the Board regarding the funding of the regional paediatric long-term ventilation service.",
     "JG", d(2025, 2, 28), None, "Complete", "Letter sent 20 February 2025."],
]


def build_alder_hey(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Open actions"
    widths = [13, 11, 60, 16, 13, 13, 12, 55]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Alder Hey Children's NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated 25 February 2025 for the meeting on 6 March 2025"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                            ("Delayed – revised date agreed", AMBER), ("Overdue", RED)]):
        ws[f"{col}5"] = txt
        ws[f"{col}5"].fill = fill(colour)
        ws[f"{col}5"].border = BOX
    put_row(ws, 7, AH_HEAD, bold=True)
    for c in range(1, 9):
        ws.cell(row=7, column=c).fill = fill(LIGHT)
    r = 8
    for row in AH_OPEN:
        put_row(ws, r, row)
        ws.cell(row=r, column=7).fill = fill(AH_STATUS_FILL[row[6]])
        r += 1
    ws.freeze_panes = "A8"

    ws2 = wb.create_sheet("Closed actions")
    for i, w in enumerate(widths, start=1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    put_row(ws2, 1, AH_HEAD, bold=True)
    for c in range(1, 9):
        ws2.cell(row=1, column=c).fill = fill(LIGHT)
    r = 2
    for row in AH_CLOSED:
        put_row(ws2, r, row)
        ws2.cell(row=r, column=7).fill = fill(AH_STATUS_FILL[row[6]])
        r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2  NHS Kent and Medway ICB corporate risk register
# ---------------------------------------------------------------------------
KM_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
KM_RISKS = [
    ("CRR01 – Urgent and emergency care capacity and flow", "Chief Delivery Officer", 20, 20, 12, "↔",
     [["1.1", "Implement the winter 2025/26 UEC plan, including the additional virtual ward capacity in East Kent and Medway.",
       "Director of Urgent and Emergency Care", d(2026, 3, 31), None, "G", "G",
       "Virtual ward capacity increased to 410 beds; occupancy 78% in November."],
      ["1.2", "Agree with South East Coast Ambulance Service a system-wide 45-minute maximum handover standard and escalation protocol.",
       "Director of Urgent and Emergency Care / Head of Ambulance Commissioning", d(2025, 11, 30), d(2026, 1, 31), "A", "A",
       "Protocol agreed at Medway and Maidstone; two acute sites still to sign off. Revised date agreed by the Executive Management Team."]]),
    ("CRR02 – Financial sustainability 2025/26", "Chief Finance Officer", 16, 20, 12, "↑",
     [["2.1", "Deliver the 2025/26 system efficiency plan, with monthly reporting of delivery against plan to the Finance and Performance Committee.",
       "Chief Finance Officer", d(2026, 3, 31), None, "A", "R",
       "Month 8 position shows £14.2m slippage against the efficiency plan. Recovery actions agreed with providers."],
      ["2.2", "Complete the review of continuing healthcare packages costing over £2,500 per week.",
       "Chief Nursing Officer", "Q4 2025/26", None, "G", "G",
       "212 of 340 packages reviewed."],
      ["2.3", "Implement the ICB running cost reduction programme in line with the model ICB blueprint.",
       "Chief People Officer", d(2025, 12, 31), None, "G", "B",
       "New structure in place from 1 December 2025."]]),
    ("CRR03 – Cyber security and resilience", "Chief Digital Information Officer", 15, 15, 10, "↔",
     [["3.1", "Complete the Data Security and Protection Toolkit 2025/26 submission against the Cyber Assessment Framework aligned standard.",
       "Chief Digital Information Officer / SIRO", d(2026, 6, 30), None, None, "G",
       "New action this quarter."],
      ["3.2", "Run a system-wide cyber incident exercise with acute, community and mental health providers.",
       "Head of EPRR", "March 2026", None, "G", "G",
       "Exercise date set for 11 March 2026."]]),
    ("CRR04 – Access to primary care and dental services", "Director of Primary Care", 12, 12, 8, "↓",
     [["4.1", "Roll out the modern general practice access programme to the remaining 12 primary care networks.",
       "Director of Primary Care", d(2026, 3, 31), None, "A", "G",
       "9 of 12 PCNs now live."],
      ["4.2", "Agree the 2026/27 dental access recovery plan with the Local Dental Network.",
       "Head of Dental Commissioning", "TBC – awaiting national guidance", None, None, None,
       ""]]),
]


def build_kent_medway(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 26
    for col in "BCDE":
        ws.column_dimensions[col].width = 24
    ws["A1"] = "NHS Kent and Medway Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    put_row(ws, 5, ["Version", "Date", "Author", "Reviewed by"], bold=True)
    put_row(ws, 6, ["v0.3", d(2026, 1, 9), "Risk and Assurance Manager", "Executive Management Team"])
    put_row(ws, 7, ["v1.0", d(2026, 1, 21), "Risk and Assurance Manager", "Audit and Risk Committee"])
    ws["A9"] = "Risk scoring"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = "Score = Consequence (1-5) x Likelihood (1-5). 1-3 Low; 4-6 Moderate; 8-12 High; 15-25 Extreme."
    ws["A12"] = "Action progress RAG"
    ws["A12"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "At risk of missing the due date"), ("R", "Overdue / off track")]):
        ws.cell(row=13 + i, column=1, value=k).fill = fill(KM_RAG[k])
        ws.cell(row=13 + i, column=2, value=txt)

    ws2 = wb.create_sheet("Summary")
    for col, w in zip("ABCDEFG", [10, 48, 30, 10, 10, 12, 8]):
        ws2.column_dimensions[col].width = w
    ws2["A1"] = "Corporate risks – summary of scores"
    ws2["A1"].font = Font(bold=True, size=12)
    put_row(ws2, 3, ["Risk ID", "Risk title", "Executive owner", "Q2 score", "Q3 score", "Target score", "Trend"], bold=True)
    r = 4
    for title, owner, q2, q3, tgt, trend, _ in KM_RISKS:
        rid, rtitle = title.split(" – ", 1)
        put_row(ws2, r, [rid, rtitle, owner, q2, q3, tgt, trend])
        r += 1

    ws3 = wb.create_sheet("CRR actions")
    for col, w in zip("ABCDEFGH", [7, 60, 34, 14, 14, 10, 10, 55]):
        ws3.column_dimensions[col].width = w
    ws3["A1"] = "Corporate Risk Register – mitigating actions (Q3 2025/26)"
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.merge_cells("A1:H1")
    put_row(ws3, 3, ["Ref", "Mitigating action", "Action owner", "Due date", "Revised due date",
                     "Previous RAG", "Current RAG", "Progress update (December 2025)"], bold=True)
    r = 4
    for title, owner, q2, q3, tgt, trend, actions in KM_RISKS:
        ws3.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws3.cell(row=r, column=c).fill = fill(GREY)
        r += 1
        for a in actions:
            put_row(ws3, r, a)
            for c in (6, 7):
                v = a[c - 1]
                if v:
                    ws3.cell(row=r, column=c).fill = fill(KM_RAG[v])
                    ws3.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3  East Herts Council transformation programme highlight report
# ---------------------------------------------------------------------------
EH_KEY = [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)]
EH_WORKSTREAMS = [
    ("Workstream 1 – Customer and Digital", [
        ["CD1", "Launch the new customer portal (My East Herts account) for council tax and benefits self-service.",
         "Head of Communications, Strategy and Policy", d(2025, 9, 30), d(2026, 1, 31), (None, AMBER),
         "Integration testing with the revenues system found defects; supplier fix due mid-December."],
        ["CD2", "Decommission the legacy CRM and migrate open cases to the new platform.",
         "ICT Programme Manager", "Mar-26", "Mar-26", (None, GREEN),
         "Data migration trial completed."],
        ["CD3", "Introduce webchat for revenues and benefits enquiries.",
         "Service Manager (Revenues and Benefits)", d(2025, 10, 31), d(2025, 10, 31), (None, BLUE),
         "Live from 27 October 2025."],
    ]),
    ("Workstream 2 – Property and Assets", [
        ["PA1", "Complete the options appraisal for the future of the Wallfields office accommodation.",
         "Head of Strategic Finance and Property", d(2025, 12, 31), d(2026, 3, 31), (None, RED),
         "Delayed pending the outcome of local government reorganisation proposals for Hertfordshire."],
        ["PA2", "Market the surplus office space at Charringtons House for letting.",
         "Property Manager", "Jan-26", "Jan-26", (None, GREEN),
         "Agent appointed."],
    ]),
    ("Workstream 3 – Our People", [
        ["OP1", "Deliver cohort 2 of the management development programme (24 managers).",
         "Head of HR and OD", d(2026, 3, 31), d(2026, 3, 31), (None, GREEN),
         "Four of six modules delivered."],
        ["OP2", "Review the hybrid working policy following the 2025 staff survey.",
         "HR Business Partner / Unison Branch Secretary", d(2025, 11, 30), d(2025, 11, 30), ("Complete", BLUE),
         "Revised policy approved by the Human Resources Committee on 19 November."],
    ]),
    ("Workstream 4 – Waste and Environment", [
        ["WE1", "Agree the specification for the joint waste and street cleansing contract with North Hertfordshire Council.",
         "Head of Operations", d(2026, 1, 31), d(2026, 1, 31), (None, GREEN),
         "Draft specification with both councils' legal teams."],
    ]),
]


def build_east_herts(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    for col, w in zip("ABCD", [28, 14, 14, 70]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "East Herts Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Transforming East Herts Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period: October – November 2025"
    ws["A4"] = "Report to: Transformation Board, 9 December 2025"
    put_row(ws, 6, ["Senior Responsible Owner", "Chief Executive"])
    put_row(ws, 7, ["Programme Manager", "Transformation Programme Manager"])
    ws["A9"] = "Programme status"
    ws["A9"].font = Font(bold=True)
    put_row(ws, 10, ["Dimension", "Last period", "This period", "Comment"], bold=True)
    status_rows = [
        ("Overall", AMBER, AMBER, "Two milestones have slipped; no impact on the 2026/27 savings target yet."),
        ("Schedule", GREEN, AMBER, "Customer portal and Wallfields appraisal forecast beyond baseline."),
        ("Budget", GREEN, GREEN, "£412k spent of £1.1m programme budget."),
        ("Benefits", GREEN, GREEN, "£186k of £350k 2025/26 savings secured."),
        ("Resources", AMBER, AMBER, "Business analyst vacancy still open."),
    ]
    r = 11
    for dim, last, this, comment in status_rows:
        put_row(ws, r, [dim, None, None, comment])
        ws.cell(row=r, column=2).fill = fill(last)
        ws.cell(row=r, column=3).fill = fill(this)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key achievements this period").font = Font(bold=True)
    r += 1
    for t in ["• Webchat for revenues and benefits went live on 27 October 2025.",
              "• Revised hybrid working policy approved.",
              "• Agent appointed to market Charringtons House."]:
        ws.cell(row=r, column=1, value=t)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Note the revised forecast dates for CD1 and PA1 (see Milestone tracker).")

    ws2 = wb.create_sheet("Milestone tracker")
    for col, w in zip("ABCDEFG", [7, 62, 36, 14, 14, 8, 55]):
        ws2.column_dimensions[col].width = w
    ws2["A1"] = "Milestone tracker – position at 30 November 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "RAG key:"
    for i, (txt, colour) in enumerate(EH_KEY):
        c = ws2.cell(row=2, column=2 + i, value=txt)
        c.fill = fill(colour)
    put_row(ws2, 4, ["Ref", "Milestone", "Lead officer", "Baseline date", "Forecast date", "RAG", "Commentary"], bold=True)
    r = 5
    for ws_title, items in EH_WORKSTREAMS:
        ws2.cell(row=r, column=1, value=ws_title).font = Font(bold=True, color="FFFFFF")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for c in range(1, 8):
            ws2.cell(row=r, column=c).fill = fill("1F4E78")
        r += 1
        for ref, text, lead, base, fc, (rag_txt, rag_fill), comm in items:
            put_row(ws2, r, [ref, text, lead, base, fc, rag_txt, comm])
            ws2.cell(row=r, column=6).fill = fill(rag_fill)
            r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Notes: Baseline dates are those agreed by the Transformation Board in April 2025. "
                                     "Forecast dates reflect the latest position reported by lead officers.")
    wb.save(path)


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4  Staffordshire Moorlands CSP DHR 'Ruby'
# ---------------------------------------------------------------------------
SM_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
SM_HEAD = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Progress and outcome", "RAG"]
SM_SECTIONS = [
    ("Section 1: Overview Report Recommendations", [
        ("1. Staffordshire Moorlands CSP to seek assurance that domestic abuse training for frontline practitioners covers economic abuse and coercive control within older relationships.",
         "Local", [
             ["1a", "Review the content of the Staffordshire domestic abuse training offer against the findings of this review and amend it to include economic abuse and coercive control in older relationships.",
              "Staffordshire Commissioner's Office", "31/12/2024",
              "Training content revised November 2024 and signed off by the Domestic Abuse Local Partnership Board.", "B"],
             ["1b", "Report training take-up by agency to the CSP Board.",
              "Staffordshire Moorlands CSP", "Six-monthly",
              "First report presented to the CSP Board in October 2024.", "G"],
         ]),
        ("2. All agencies to ensure that when a carer's assessment is offered and declined, the reasons are recorded and the offer is revisited.",
         "Local", [
             ["2a", "Amend the carer's assessment recording guidance so that declined offers and the reasons for them are captured.",
              "Staffordshire County Council (Adult Social Care)", "March 2025",
              "Draft guidance with the Principal Social Worker for approval.", "G"],
             ["2b", "Audit a sample of 30 declined carer's assessments to test compliance with the amended guidance.",
              "Staffordshire County Council (Adult Social Care) and Staffordshire Carers Hub", "Sept 2025",
              "Audit tool agreed; start delayed until guidance is approved.", "A"],
         ]),
        ("3. Health partners to routinely ask about domestic abuse when a patient presents with low mood and their partner attends appointments with them.",
         "Local", [
             ["3a", "Add a routine enquiry prompt to the mental health triage template used by the MPFT Wellbeing Service.",
              "MPFT", "31/01/2025",
              "Prompt added to the template on 13 January 2025.", "B"],
             ["3b", "Offer IRIS (Identification and Referral to Improve Safety) training to all GP practices in the Moorlands.",
              "Staffordshire and Stoke-on-Trent ICB", "Q1 2025/26",
              "Six of eleven practices signed up.", "G"],
         ]),
    ]),
    ("Section 2: Single Agency Recommendations", [
        ("4. Staffordshire Police to ensure that DASH risk assessments completed for victims aged over 60 consider the victim's dependence on the perpetrator for care.",
         "Single agency", [
             ["4a", "Issue a briefing to all response officers on age-related risk factors when completing DASH.",
              "Staffordshire Police", "October 2024",
              "Briefing issued 21 October 2024.", "B"],
             ["4b", "Dip-sample 20 DASH assessments for victims aged over 60 each quarter.",
              "Staffordshire Police – Public Protection Unit", "Ongoing",
              "Q3 dip sample: 17 of 20 compliant.", "G"],
         ]),
        ("5. The housing provider to introduce a welfare contact for older tenants who have had no contact with the landlord for six months.",
         "Single agency", [
             ["5a", "Introduce a welfare visit when a tenant aged over 70 has had no contact with the landlord for six months.",
              "Your Housing Group", "30/06/2025",
              "Not yet started – awaiting a decision on resourcing.", "R"],
         ]),
    ]),
]


def build_moorlands(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Staffordshire Moorlands Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Domestic Homicide Review ‘Ruby’ – Action Plan", level=0)
    doc.add_paragraph("Version 4 – updated following the DHR Steering Group on 14 January 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Community Safety Officer, Staffordshire Moorlands District Council"),
                 ("Approved by", "Staffordshire Moorlands Community Safety Partnership Board"),
                 ("Home Office Quality Assurance Panel", "Overview report approved for publication, June 2024"),
                 ("Next review", "DHR Steering Group, April 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()

    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Not on track")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], SM_RAG[k])
        set_cell(cells[1], v)

    for sec_title, recs in SM_SECTIONS:
        doc.add_heading(sec_title, level=1)
        tab = doc.add_table(rows=1, cols=len(SM_HEAD))
        tab.style = "Table Grid"
        for i, h in enumerate(SM_HEAD):
            set_cell(tab.rows[0].cells[i], h, bold=True)
            shade(tab.rows[0].cells[i], LIGHT)
        for rec_text, scope, actions in recs:
            first = len(tab.rows)
            for a in actions:
                no, act, lead, target, progress, rag = a
                cells = tab.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[3], act)
                set_cell(cells[4], lead)
                set_cell(cells[5], target)
                set_cell(cells[6], progress)
                set_cell(cells[7], rag)
                shade(cells[7], SM_RAG[rag])
            last = len(tab.rows) - 1
            set_cell(tab.cell(first, 1), rec_text)
            set_cell(tab.cell(first, 2), scope)
            if last > first:
                tab.cell(first, 1).merge(tab.cell(last, 1))
                tab.cell(first, 2).merge(tab.cell(last, 2))
        doc.add_paragraph()
    doc.add_paragraph("Progress against this action plan is monitored by the DHR Steering Group and reported "
                      "to the Staffordshire Moorlands CSP Board each quarter.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5  West Midlands Ambulance Service SAR 'Adult R' single agency action plan
# ---------------------------------------------------------------------------
WM_HEAD = ["Ref", "Action", "Responsible officer", "Timescale", "Progress / evidence", "RAG"]
WM_PARTS = [
    ("Part A – Recommendations from the SAR Overview Report", [
        ("Recommendation 1: WMAS to strengthen the identification and management of frequent callers who are at risk of self-neglect, including referral to the multi-agency frequent caller forum.", [
            ["A1.1", "Revise the Frequent Caller Standard Operating Procedure to include a self-neglect screening question and a prompt to make a safeguarding referral.",
             "Head of Safeguarding", "31/03/2025", "Draft SOP out for consultation with the Emergency Operations Centre.", GREEN],
            ["A1.2", "Attend the Shropshire multi-agency frequent caller forum and record attendance and outcomes.",
             "Frequent Caller Lead", "Monthly", "Attended November, December and January meetings.", GREEN],
        ]),
        ("Recommendation 2: WMAS to assure the Safeguarding Adults Board that clinicians understand when and how to apply the Mental Capacity Act 2005 when a patient declines conveyance.", [
            ["A2.1", "Include a mental capacity case study based on Adult R in the 2025/26 mandatory clinical update.",
             "Clinical Education Lead / Named Professional for Safeguarding Adults", "Q1 2025/26", "Case study written and approved by the family.", GREEN],
            ["A2.2", "Audit 50 non-conveyance records each quarter for a documented capacity assessment and report the results to the Safeguarding Assurance Group.",
             "Clinical Audit Manager", "Sept 2024 – March 2025", "Three quarterly audits completed; compliance rose from 61% to 88%.", BLUE],
        ]),
    ]),
    ("Part B – Additional learning identified by WMAS", [
        ("Learning point 3: The handover of safeguarding concerns to the receiving emergency department was not consistently documented.", [
            ["B3.1", "Add a mandatory ‘safeguarding concern handed over’ field to the electronic patient care record (ePCR).",
             "Digital Clinical Safety Officer", "30/09/2025", "Change request raised; awaiting supplier development slot.", AMBER],
            ["B3.2", "Brief all operational staff on the new ePCR field through the Weekly Briefing and the safeguarding app.",
             "Head of Safeguarding / Communications Manager", "October 2025", "", None],
        ]),
    ]),
]


def build_wmas(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("West Midlands Ambulance Service University NHS Foundation Trust").bold = True
    doc.add_heading("Single Agency Action Plan – Safeguarding Adults Review ‘Adult R’", level=0)
    doc.add_paragraph("SAR commissioned by the Shropshire Safeguarding Community Partnership. "
                      "This plan sets out the WMAS response to the recommendations addressed to the Trust.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Date", "20 January 2025"), ("Plan owner", "Head of Safeguarding"),
                 ("Approved by", "Quality Governance Committee"), ("Reported to", "Shropshire Safeguarding Community Partnership – SAR Sub-group")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG status key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, txt in [(BLUE, "Action complete and evidence provided"), (GREEN, "On track to meet the timescale"),
                        (AMBER, "At risk of missing the timescale"), (RED, "Timescale missed"),
                        (None, "Not yet started")]:
        cells = key.add_row().cells
        if colour:
            shade(cells[0], colour)
        set_cell(cells[1], txt)

    for part, recs in WM_PARTS:
        doc.add_heading(part, level=1)
        for rec_text, actions in recs:
            tab = doc.add_table(rows=2, cols=len(WM_HEAD))
            tab.style = "Table Grid"
            top = tab.cell(0, 0).merge(tab.cell(0, len(WM_HEAD) - 1))
            set_cell(top, rec_text, bold=True)
            shade(top, LIGHT)
            for i, h in enumerate(WM_HEAD):
                set_cell(tab.cell(1, i), h, bold=True)
            for ref, act, lead, when, prog, colour in actions:
                cells = tab.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], act)
                set_cell(cells[2], lead)
                set_cell(cells[3], when)
                set_cell(cells[4], prog)
                if colour:
                    shade(cells[5], colour)
            doc.add_paragraph()
    doc.add_paragraph("Evidence for completed actions is held on the Safeguarding team SharePoint site and is "
                      "available to the Safeguarding Adults Board on request.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6  Norfolk and Norwich UH - MIS Year 6 action plan (csv) - contains a typo month
# ---------------------------------------------------------------------------
NN_TITLE = "Norfolk and Norwich University Hospitals NHS Foundation Trust – Maternity Incentive Scheme (Year 6) Safety Action Improvement Plan"
NN_HEAD = ["Safety action", "Ref", "Action", "Action owner", "Due date", "Revised due date", "Status", "Progress update"]
NN_ROWS = [
    ["SA1 – Perinatal Mortality Review Tool", "1.1",
     "Increase the number of PMRT-trained reviewers so that all eligible deaths are reviewed by a multidisciplinary panel within the required timescales",
     "Consultant Obstetrician (PMRT Lead)", "30/04/2025", "", "Complete", "Eight additional reviewers trained in March 2025"],
    ["SA1 – Perinatal Mortality Review Tool", "1.2",
     "Include an external member on every PMRT review panel",
     "Maternity Governance Lead", "June 2025", "", "On track", "Reciprocal arrangement agreed with James Paget and QEH"],
    ["SA4 – Clinical workforce planning", "4.1",
     "Complete the BAPM neonatal nursing workforce review and present the action plan to the Board",
     "Neonatal Matron", "31/05/2025", "", "On track", "Review completed; action plan drafting"],
    ["SA8 – Multi-professional training", "8.1",
     "Achieve 90% attendance at PROMPT multi-professional emergencies training for obstetric consultants",
     "Clinical Director for Obstetrics", "31/07/2025", "", "At risk", "Currently 79%; additional dates added in June"],
    ["SA8 – Multi-professional training", "8.2",
     "Add obstetric anaesthetists to the neonatal basic life support training rota",
     "Lead Obstetric Anaesthetist / Practice Development Midwife", "Jnue 2025", "", "On track", "Rota drafted"],
    ["SA8 – Multi-professional training", "8.3",
     "Deliver the annual fetal monitoring training day to all midwives and obstetricians who care for women in labour",
     "Fetal Monitoring Lead Midwife", "Aug-25", "", "On track", "Compliance 86% at end of April"],
    ["SA9 – Board assurance", "9.1",
     "Add a quarterly maternity and neonatal safety champions walkabout report to the Quality and Safety Committee work plan",
     "Director of Midwifery", "30/09/2025", "", "Not started", ""],
]


def build_nnuh(path):
    blank = [""] * len(NN_HEAD)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([NN_TITLE] + [""] * (len(NN_HEAD) - 1))
        w.writerow(["Exported from the maternity governance tracker on 12/05/2025"] + [""] * (len(NN_HEAD) - 1))
        w.writerow(blank)
        w.writerow(NN_HEAD)
        for row in NN_ROWS:
            w.writerow(row)
        w.writerow(blank)
        w.writerow(["Board declaration submitted to NHS Resolution on 3 March 2025 (8 of 10 safety actions met)."]
                   + [""] * (len(NN_HEAD) - 1))


# ---------------------------------------------------------------------------
# 7  Sheffield Health and Social Care NHSFT - independent investigation 'Mr K' (tab-separated txt)
# ---------------------------------------------------------------------------
SH_HEAD = ["No.", "Action", "Lead", "Target date", "Revised date", "Status", "Evidence / progress"]
SH_RECS = [
    ("Recommendation 1: The Trust should ensure that care plans for service users in community mental health teams who have a history of violence include a current risk formulation that is reviewed after every change of accommodation.", [
        ["1.1", "Update the Clinical Risk Assessment and Management Policy to require a review of the risk formulation following any change of accommodation.",
         "Deputy Director of Nursing (Quality)", "31/03/2025", "", "On track", "Policy in draft; to the Policy Governance Group in March 2025."],
        ["1.2", "Audit 40 CMHT care records against the revised policy six months after launch.",
         "Clinical Audit and Effectiveness Lead", "September 2025", "", "Not started", ""],
    ]),
    ("Recommendation 2: The Trust should strengthen information sharing with criminal justice partners when a service user is managed under MAPPA.", [
        ["2.1", "Introduce a standard template for recording MAPPA level and the MAPPA coordinator's contact details in the electronic patient record.",
         "Associate Director of Clinical Operations / Head of Nursing (Community)", "28/02/2025", "30/04/2025", "Delayed", "Template built; release delayed by the Rio upgrade."],
        ["2.2", "Deliver joint training with South Yorkshire Police and the Probation Service on information sharing where a service user is subject to MAPPA,\nincluding the use of the MAPPA referral form and attendance at Level 2 meetings.",
         "Head of Safeguarding", "30/06/2025", "", "On track", "Two sessions booked for May 2025."],
    ]),
    ("Recommendation 3: The Trust should involve the families of victims and perpetrators meaningfully in serious incident and homicide investigations.", [
        ["3.1", "Appoint a Family Liaison Officer for serious incident and homicide investigations.",
         "Head of Patient Safety", "December 2024", "", "Complete", "Family Liaison Officer in post from 2 December 2024."],
        ["3.2", "Embed the PSIRF family involvement standard in all patient safety incident investigations.",
         "Director of Quality", "Ongoing", "", "On track", "Reported quarterly to the Quality Assurance Committee."],
    ]),
    ("Recommendation 4: The Trust and NHS South Yorkshire ICB should review the pathway for service users with co-occurring mental health and substance use needs.", [
        ["4.1", "Review the dual diagnosis pathway with the Sheffield Treatment and Recovery Service and agree joint care planning standards.",
         "Clinical Director – Acute and Community / ICB Mental Health Commissioning Manager", "Q2 2025/26", "", "Off track", "Pathway review not yet scoped; commissioner capacity being confirmed."],
        ["4.2", "Provide dual diagnosis training to all CMHT care coordinators.",
         "Dual Diagnosis Nurse Consultant", "31/10/2025", "", "On track", "Training package written."],
    ]),
]


def build_shsc(path):
    n = len(SH_HEAD)
    lines = [
        "Sheffield Health and Social Care NHS Foundation Trust",
        "Independent Investigation into the care and treatment of Mr K – Trust Action Plan",
        "Investigation commissioned by NHS England (North East and Yorkshire); report published October 2024",
        "Progress position at 31 January 2025",
        "Status key: Complete (blue) | On track (green) | Delayed – revised date agreed (amber) | Off track (red) | Not started",
        "",
        "\t".join(SH_HEAD),
    ]
    counts = {}
    for rec, actions in SH_RECS:
        lines.append(rec + "\t" * (n - 1))
        for a in actions:
            counts[a[5]] = counts.get(a[5], 0) + 1
            text = a[1]
            if "\n" in text:
                first, rest = text.split("\n", 1)
                lines.append("\t".join([a[0], first] + a[2:]))
                lines.append("\t" + rest + "\t" * (n - 2))
            else:
                lines.append("\t".join(a))
    lines.append("")
    lines.append("Note: Recommendation 5 was addressed to NHS England and is not included in this plan.")
    lines.append("Summary: " + ", ".join(f"{k} {counts[k]}" for k in
                                         ["Complete", "On track", "Delayed", "Off track", "Not started"]))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def build():
    build_alder_hey(os.path.join(HERE, F1))
    build_kent_medway(os.path.join(HERE, F2))
    build_east_herts(os.path.join(HERE, F3))
    build_moorlands(os.path.join(HERE, F4))
    build_wmas(os.path.join(HERE, F5))
    build_nnuh(os.path.join(HERE, F6))
    build_shsc(os.path.join(HERE, F7))


if __name__ == "__main__":
    build()
    print("built 7 files in", HERE)
