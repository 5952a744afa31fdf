"""Build the seven zyc- blind test files (set heldout604).

Run with /work/main/.venv/bin/python zyc_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

F_NIMDTA = "zyc-nimdta-internal-audit-recommendations-tracker.xlsx"
F_VALE = "zyc-vale-of-glamorgan-council-corporate-risk-register-q1-2025-26.xlsx"
F_SAS = "zyc-scottish-ambulance-service-annual-delivery-plan-2025-26-q2-tracker.xlsx"
F_BHS = "zyc-bannockburn-high-school-education-scotland-post-inspection-action-plan.docx"
F_TRP = "zyc-taff-riverside-practice-hiw-gp-inspection-improvement-plan.docx"
F_CCEA = "zyc-ccea-audit-and-risk-assurance-committee-action-log-typo-month-refuse.csv"
F_SACRO = "zyc-sacro-fife-supported-accommodation-care-inspectorate-improvement-plan.txt"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NIMDTA - internal audit recommendations tracker (xlsx, NI)
# ---------------------------------------------------------------------------
NIMDTA_OUT = [
    ("group", "2023/24 – Trainee Study Leave and Expenses (Limited assurance)"),
    ("rec", "SL.1", 1,
     "Study leave claims should only be paid where prior approval has been recorded on the study leave "
     "system and the approving Training Programme Director has been verified against the authorised "
     "signatory list.",
     "Finance will reject any claim without a recorded prior approval. The authorised signatory list will "
     "be refreshed and uploaded to the study leave system, and a monthly exception report will be run by "
     "Finance.",
     "Head of Finance", d(2024, 3, 31), d(2025, 12, 31),
     "Exception report live from June 2025. Signatory list refresh delayed by the move to the new study "
     "leave module; now scheduled for Q3.", "A"),
    ("rec", "SL.2", 2,
     "Guidance for trainees on eligible study leave expenses should be updated to reflect the 2023 regional "
     "policy and published on the NIMDTA website.",
     "Revised guidance to be drafted, agreed with the Postgraduate Dean and published, with a covering "
     "e-mail to all trainees.",
     "Business Manager (Dental); Head of Finance", d(2024, 6, 30), d(2025, 9, 30),
     "Draft guidance agreed at SMT on 12 August 2025. Publication due September 2025.", "G"),
    ("rec", "SL.3", 2,
     "A sample of paid claims should be checked each quarter by someone independent of the payment process, "
     "with the results reported to SMT.",
     "Quarterly independent check of 10% of paid claims by the Corporate Services team; results reported "
     "to SMT.",
     "Head of Corporate Services", d(2024, 3, 31), d(2025, 3, 31),
     "Checks for Q4 2024/25 and Q1 2025/26 not completed due to a vacancy in the Corporate Services team. "
     "Post filled July 2025.", "R"),
    ("group", "2024/25 – Information Governance and Records Management (Satisfactory assurance)"),
    ("rec", "IG.1", 2,
     "The Information Asset Register should be reviewed and each asset assigned an Information Asset Owner.",
     "IAR to be reviewed at each directorate team meeting and IAOs confirmed in writing.\n"
     "IAO training to be delivered by the BSO Information Governance team.",
     "Information Governance Lead", d(2024, 12, 31), None,
     "IAR reviewed; 14 of 17 assets have a named IAO. Training booked for 9 October 2025.", "A"),
    ("rec", "IG.2", 3,
     "Records retention schedules should be applied to trainee files held on the shared drive.",
     "Apply the HSC Good Management Good Records disposal schedule to trainee files on the shared drive "
     "and dispose of files past retention, with each disposal logged.",
     "Head of Corporate Services / IT Manager", d(2025, 3, 31), d(2026, 3, 31),
     "Linked to the migration to SharePoint Online. Revised date agreed by ARAC in May 2025.", "G"),
    ("group", "2024/25 – Procurement and Contract Management (Satisfactory assurance)"),
    ("rec", "PC.1", 1,
     "All contracts above £5,000 should be recorded on the contracts register and re-tendered or extended "
     "only with documented approval in line with the Procurement Control Limits.",
     "Contracts register to be completed from the finance ledger and reviewed quarterly by SMT. Direct "
     "Award Contracts to be approved by the Chief Executive and reported to ARAC.",
     "Head of Finance", d(2025, 9, 30), None,
     "Register complete. First quarterly SMT review scheduled for 23 September 2025.", "G"),
    ("rec", "PC.2", 2,
     "Staff involved in procurement should complete the HSC procurement training module.",
     "All budget holders to complete the HSC procurement e-learning module; completion to be monitored "
     "by HR.",
     "HR Manager", d(2025, 12, 31), None,
     "62% of budget holders have completed the module.", "G"),
]

NIMDTA_IMPL = [
    ("group", "2022/23 – GP Specialty Training Salaries and Payroll (Satisfactory assurance)"),
    ("rec", "GP.1", 2,
     "Changes to GP specialty trainee placements should be notified to the lead employer payroll using the "
     "standard change form within five working days.",
     "Standard change form re-issued to the GP team and a tracker of notifications introduced.",
     "Director of Postgraduate GP Education", d(2024, 3, 31), d(2025, 6, 30),
     "Tracker in place since April 2025. Internal Audit follow-up (July 2025) confirmed implemented.", "B"),
    ("rec", "GP.2", 3,
     "Payroll reconciliations should be signed and dated by the preparer and the reviewer.",
     "Reconciliation template amended to include sign-off boxes for the preparer and reviewer.",
     "Finance Manager", d(2023, 12, 31), None,
     "Implemented. Evidence provided to Internal Audit.", "B"),
    ("group", "2023/24 – Trainee Study Leave and Expenses (Limited assurance)"),
    ("rec", "SL.4", 3,
     "The study leave policy should state the timescale within which trainees must submit claims.",
     "Policy amended to require claims to be submitted within three months of the course date.",
     "Postgraduate Dean", d(2024, 6, 30), None,
     "Policy approved by SMT in June 2024 and published.", "B"),
]


def build_nimdta(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Northern Ireland Medical and Dental Training Agency"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations – Implementation Status Report"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Assurance Committee: 18 September 2025"
    ws["A4"] = "Position as at 31 August 2025"
    ws["A6"] = "Document control"
    ws["A6"].font = BOLD
    rows = [("Author", "Head of Corporate Services"),
            ("Reviewed by", "Chief Executive"),
            ("Version", "1.0 (final)"),
            ("Date", "05/09/2025"),
            ("Source", "BSO Internal Audit reports 2022/23 to 2024/25 and follow-up review July 2025")]
    for i, (k, v) in enumerate(rows, start=7):
        ws.cell(i, 1, k).font = BOLD
        ws.cell(i, 2, v)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2).border = BOX
    ws["A13"] = "RAG key"
    ws["A13"].font = BOLD
    key = [("B", "Implemented (verified by Internal Audit or evidence provided)"),
           ("G", "On track to be implemented by the target date"),
           ("A", "Partially implemented / revised target date agreed"),
           ("R", "Not implemented and target date passed")]
    for i, (k, v) in enumerate(key, start=14):
        c = ws.cell(i, 1, k)
        c.fill = FILL[k]
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 80

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of recommendations by audit"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Year", "Assurance", "Priority 1", "Priority 2", "Priority 3",
           "Implemented", "Partially implemented", "Not yet due", "Not implemented"]
    for j, h in enumerate(hdr, start=1):
        c = ss.cell(3, j, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    srows = [
        ("GP Specialty Training Salaries and Payroll", "2022/23", "Satisfactory", 0, 1, 1, 2, 0, 0, 0),
        ("Trainee Study Leave and Expenses", "2023/24", "Limited", 1, 2, 1, 1, 2, 0, 1),
        ("Information Governance and Records Management", "2024/25", "Satisfactory", 0, 1, 1, 0, 1, 1, 0),
        ("Procurement and Contract Management", "2024/25", "Satisfactory", 1, 1, 0, 0, 0, 2, 0),
    ]
    for i, r in enumerate(srows, start=4):
        for j, v in enumerate(r, start=1):
            c = ss.cell(i, j, v)
            c.border = BOX
    tot = ["Total", "", ""] + [sum(r[k] for r in srows) for k in range(3, 10)]
    for j, v in enumerate(tot, start=1):
        c = ss.cell(8, j, v)
        c.font = BOLD
        c.border = BOX
        c.fill = FILL["grey"]
    ss.column_dimensions["A"].width = 46
    for col in "BCDEFGHIJ":
        ss.column_dimensions[col].width = 13

    def rec_sheet(title, heading, rows, upd_header, note):
        s = wb.create_sheet(title)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells("A1:I1")
        h = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
             "Responsible officer", "Original target date", "Revised target date", upd_header, "RAG"]
        for j, t in enumerate(h, start=1):
            c = s.cell(3, j, t)
            c.font = WHITE_BOLD
            c.fill = FILL["head"]
            c.alignment = WRAP
            c.border = BOX
        r = 4
        for item in rows:
            if item[0] == "group":
                s.cell(r, 1, item[1]).font = BOLD
                s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                s.cell(r, 1).fill = FILL["band"]
            else:
                _, ref, pr, rec, act, lead, orig, rev, upd, rag = item
                vals = [ref, pr, rec, act, lead, orig, rev, upd, rag]
                for j, v in enumerate(vals, start=1):
                    c = s.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                rc = s.cell(r, 9)
                rc.fill = FILL[rag]
                rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1
        s.cell(r, 1, note).font = Font(italic=True, size=9)
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        widths = [8, 9, 45, 45, 24, 13, 13, 40, 6]
        for j, w in enumerate(widths, start=1):
            s.column_dimensions[chr(64 + j)].width = w
        s.freeze_panes = "A4"

    rec_sheet("Outstanding", "Outstanding Internal Audit recommendations at 31 August 2025", NIMDTA_OUT,
              "Progress update (August 2025)",
              "Priority 1 – control weakness that could have a significant impact on the achievement of "
              "objectives; Priority 2 – control weakness that could undermine the system of control; "
              "Priority 3 – matter that would improve efficiency or good practice.")
    rec_sheet("Implemented", "Recommendations implemented since the last report to ARAC (May 2025)",
              NIMDTA_IMPL, "Evidence / comment",
              "Implemented recommendations will be removed from the next report once ARAC has noted them.")
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Vale of Glamorgan Council - corporate risk register (xlsx, Wales)
# ---------------------------------------------------------------------------
VALE_RISKS = [
    {
        "title": "CR1: Financial Resilience",
        "desc": "The Council is unable to set a balanced budget and deliver the Medium Term Financial Plan "
                "because of rising demand for services, pay and price inflation and uncertainty over the "
                "Welsh Government settlement.",
        "meta": "Risk owner: Director of Corporate Resources   |   Residual risk score: 12 (Medium/High)   |   "
                "Direction of travel: ↔",
        "actions": [
            ("CR1.1", "Deliver the 2025/26 savings programme of £7.9m and report progress monthly to the "
                      "Strategic Leadership Team.", "Head of Finance", "Q4 2025/26",
             "£3.1m of savings delivered or on track at the end of Q1; £0.6m at risk in Social Services.", "A"),
            ("CR1.2", "Refresh the Medium Term Financial Plan 2026/27 to 2029/30 and present it to Cabinet.",
             "Head of Finance", "October 2025", "Budget assumptions agreed with SLT in June.", "G"),
            ("CR1.3", "Complete the review of earmarked reserves as part of the 2026/27 budget setting process.",
             "Operational Manager – Accountancy", "Q3 2025/26", "Review started; directorate returns due "
             "end of July.", "G"),
        ],
    },
    {
        "title": "CR3: Workforce Needs",
        "desc": "The Council cannot recruit and retain staff with the skills needed to deliver services, "
                "particularly in social care, planning and digital roles.",
        "meta": "Risk owner: Head of HR and OD   |   Residual risk score: 9 (Medium)   |   Direction of travel: ↑",
        "actions": [
            ("CR3.1", "Implement the Workforce Plan 2025-2030 action plan, including the ‘grow our own’ "
                      "apprenticeship and graduate scheme.", "Head of HR and OD", "Ongoing",
             "14 apprentices and 4 graduates started in 2025 intake.", "G"),
            ("CR3.2", "Undertake a market supplement review for hard-to-fill social work and planning posts.",
             "Head of HR and OD; Director of Social Services", d(2025, 9, 30),
             "Benchmarking with neighbouring authorities under way; proposals delayed to allow trade union "
             "consultation.", "A"),
            ("CR3.3", "Roll out the revised leadership development programme to all Tier 4 managers.",
             "Head of HR and OD", "June 2025", "Programme launched 5 June 2025; 46 managers enrolled.", "B"),
        ],
    },
    {
        "title": "CR4: Information Security (Cyber)",
        "desc": "A cyber attack or data breach results in loss of systems, loss of personal data, regulatory "
                "action by the ICO and damage to the Council's reputation.",
        "meta": "Risk owner: Director of Corporate Resources   |   Residual risk score: 12 (Medium/High)   |   "
                "Direction of travel: ↔",
        "actions": [
            ("CR4.1", "Achieve Cyber Essentials Plus re-accreditation.", "Operational Manager – ICT",
             "Q2 2025/26", "Assessment booked for August 2025.", "G"),
            ("CR4.2", "Complete the phishing simulation and mandatory cyber security training for all network "
                      "users (target 95% completion).", "Head of Digital & Operational Manager – ICT",
             d(2025, 12, 31), "Completion at 81%; reminders issued to directorates below target.", "A"),
            ("CR4.3", "Test the ICT disaster recovery plan for critical systems (Oracle, Paris, WCCIS).",
             "Operational Manager – ICT", "March 2025",
             "Test postponed following the data centre power upgrade; to be rescheduled.", "R"),
        ],
    },
    {
        "title": "CR10: Safeguarding",
        "desc": "The Council fails to protect vulnerable children and adults from harm because safeguarding "
                "responsibilities are not understood or applied across all services.",
        "meta": "Risk owner: Director of Social Services   |   Residual risk score: 8 (Medium)   |   "
                "Direction of travel: ↔",
        "actions": [
            ("CR10.1", "Refresh the Corporate Safeguarding Policy and report compliance to the Corporate "
                       "Safeguarding Group.", "Director of Social Services", "Sept 2025",
             "Draft policy out for consultation with directorates.", "G"),
            ("CR10.2", "Undertake a DBS recheck audit across all directorates.", "Head of HR and OD",
             "Q4 2025/26", "", None),
        ],
    },
]


def build_vale(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Risk Summary"
    sm["A1"] = "The Vale of Glamorgan Council – Corporate Risk Register 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Risk Summary – Quarter 1 (April – June 2025)"
    sm["A2"].font = BOLD
    hdr = ["Risk", "Risk owner", "Inherent risk score", "Residual score Q4 2024/25",
           "Residual score Q1 2025/26", "Direction of travel"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    summ = [("CR1: Financial Resilience", "Director of Corporate Resources", 16, 12, 12, "↔"),
            ("CR3: Workforce Needs", "Head of HR and OD", 12, 6, 9, "↑"),
            ("CR4: Information Security (Cyber)", "Director of Corporate Resources", 16, 12, 12, "↔"),
            ("CR10: Safeguarding", "Director of Social Services", 16, 8, 8, "↔")]
    for i, r in enumerate(summ, start=5):
        for j, v in enumerate(r, start=1):
            sm.cell(i, j, v).border = BOX
    sm["A10"] = "Scores: likelihood (1-4) x impact (1-4). 1-4 Low; 5-8 Medium; 9-12 Medium/High; 13-16 High."
    sm["A10"].font = Font(italic=True, size=9)
    sm.column_dimensions["A"].width = 36
    sm.column_dimensions["B"].width = 32
    for col in "CDEF":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "The Vale of Glamorgan Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 1 update (April – June 2025) – reported to Governance and Audit Committee, "
                "15 September 2025")
    ws["A3"] = "Action status key (cell colour):"
    ws["A3"].font = BOLD
    for col, (k, t) in zip("BCDE", [("G", "On track"), ("A", "Some slippage"), ("R", "Off track"),
                                     ("B", "Completed")]):
        c = ws[f"{col}3"]
        c.value = t
        c.fill = FILL[k]
    r = 5
    for risk in VALE_RISKS:
        c = ws.cell(r, 1, risk["title"])
        c.font = WHITE_BOLD
        for j in range(1, 7):
            ws.cell(r, j).fill = FILL["head"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        ws.cell(r, 1, "Risk description").font = BOLD
        ws.cell(r, 2, risk["desc"]).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        ws.cell(r, 1, risk["meta"]).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for j, h in enumerate(["Ref", "Additional mitigating actions (what we plan to do)", "Action owner",
                               "Due", "Q1 progress update", "Status"], start=1):
            c = ws.cell(r, j, h)
            c.font = BOLD
            c.fill = FILL["band"]
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for ref, act, owner, due, upd, st in risk["actions"]:
            for j, v in enumerate([ref, act, owner, due, upd or None], start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(r, 6)
            sc.border = BOX
            if st:
                sc.fill = FILL[st]
            r += 1
        r += 1
    for col, w in zip("ABCDEF", [10, 55, 30, 13, 45, 9]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Scottish Ambulance Service - ADP 2025/26 Q2 tracker (xlsx, Scotland)
# ---------------------------------------------------------------------------
SAS_SHEETS = [
    ("1 UUC", "1. Urgent and Unscheduled Care", [
        ("band", "Integrated Clinical Hub"),
        ("1.1", "Increase the proportion of 999 calls managed through the Integrated Clinical Hub without "
                "conveyance to hospital.", "48% by March 2026 (baseline 44.6%)",
         "Director of Care Quality and Professional Development", "March 2026", "Green", "Green",
         "46.9% in September 2025; trajectory on track."),
        ("1.2", "Extend the Flow Navigation Centre professional-to-professional pathway to all mainland "
                "health boards.", "Pathway live in 11 mainland boards",
         "Director of Operations / Medical Director", "Q3 2025/26", "Amber", "Green",
         "Live in 9 boards; NHS Highland and NHS Grampian go-live agreed for November."),
        ("band", "Hospital handover"),
        ("1.3", "Work with acute boards to reduce hospital turnaround times, with no patient waiting more than "
                "60 minutes at the four highest-pressure sites.", "Median turnaround under 45 minutes",
         "Director of Operations", d(2026, 3, 31), "Red", "Amber",
         "Improvement at QEUH and ARI; Wishaw and Crosshouse remain above trajectory."),
        ("1.4", "Implement the revised Hospital Ambulance Liaison Officer (HALO) model at Glasgow Royal "
                "Infirmary and Forth Valley Royal Hospital.", "HALO cover 08:00-02:00 at both sites",
         "Director of Operations", "September 2025", "Green", "Complete",
         "Both sites live from 1 September 2025."),
    ]),
    ("2 Workforce", "2. Workforce", [
        ("2.1", "Deliver the reduction in the working week to 36 hours without loss of front-line capacity.",
         "36-hour week in place for all Agenda for Change staff", "Director of Workforce", d(2026, 4, 1),
         "Amber", "Amber", "Rota redesign complete in North and East; West rotas out for consultation."),
        ("2.2", "Recruit and train 150 additional Paramedics and Ambulance Technicians through the Scottish "
                "Ambulance Academy.", "150 staff in post",
         "Director of Workforce; Director of Care Quality and Professional Development", "March 2026",
         "Green", "Green", "96 in training or in post at end of Q2."),
        ("2.3", "Reduce sickness absence to 8.5%.", "8.5% rolling 12-month rate", "Director of Workforce",
         "Ongoing", "Red", "Red", "Rolling rate 10.2%; attendance management deep-dive to Staff Governance "
                                   "Committee in November."),
    ]),
    ("3 Digital", "3. Digital and Innovation", [
        ("3.1", "Complete the national roll-out of the replacement electronic Patient Clinical Record (ePCR) "
                "to all stations.", "All stations using new ePCR", "Director of Digital", "December 2025",
         "Amber", "Amber", "North and East complete; West roll-out slipped by four weeks due to device supply."),
        ("3.2", "Go live with the new Computer Aided Dispatch (CAD) system in the West Ambulance Control "
                "Centre.", "CAD live in West ACC", "Director of Digital", "June 2025 (revised: November 2025)",
         "Amber", "Red", "Go-live postponed after failed integration testing; revised date under review "
                         "with supplier."),
        ("3.3", "Pilot video triage in the Integrated Clinical Hub for mental health calls.",
         "Pilot evaluated and report to Board", "Medical Director", "Q4 2025/26", None, "Green",
         "Pilot started 1 September 2025 with two mental health practitioners."),
    ]),
]

SAS_FILL = {"Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Complete": FILL["B"]}


def build_sas(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Scottish Ambulance Service – Annual Delivery Plan 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 2 Progress Report (July – September 2025)"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Performance and Planning Committee, 22 October 2025"
    s["A5"] = "RAG key"
    s["A5"].font = BOLD
    for i, (k, t) in enumerate([("Complete", "Deliverable complete"),
                                ("Green", "On track to deliver by the target date"),
                                ("Amber", "Some risk to delivery; recovery actions in place"),
                                ("Red", "Significant risk / will not be delivered by the target date")],
                               start=6):
        c = s.cell(i, 1, k)
        c.fill = SAS_FILL[k]
        s.cell(i, 2, t)
    s["A11"] = "Summary of Q2 status by priority"
    s["A11"].font = BOLD
    hdr = ["Priority", "Complete", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(12, j, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
    r = 13
    totals = [0, 0, 0, 0, 0]
    for _, heading, rows in SAS_SHEETS:
        cnt = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
        for row in rows:
            if row[0] != "band":
                cnt[row[6]] += 1
        vals = [cnt["Complete"], cnt["Green"], cnt["Amber"], cnt["Red"], sum(cnt.values())]
        totals = [a + b for a, b in zip(totals, vals)]
        for j, v in enumerate([heading] + vals, start=1):
            s.cell(r, j, v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + totals, start=1):
        c = s.cell(r, j, v)
        c.font = BOLD
        c.border = BOX
        c.fill = FILL["grey"]
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 60

    for title, heading, rows in SAS_SHEETS:
        ws = wb.create_sheet(title)
        ws["A1"] = "ADP 2025/26 – Quarter 2 progress"
        ws["A1"].font = Font(italic=True)
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:H2")
        hdr = ["Ref", "Deliverable", "Milestone / measure by 31 March 2026", "Lead Director", "Target date",
               "Q1 RAG", "Q2 RAG", "Q2 commentary"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(4, j, h)
            c.font = WHITE_BOLD
            c.fill = FILL["head"]
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for row in rows:
            if row[0] == "band":
                c = ws.cell(r, 1, row[1])
                c.font = BOLD
                for j in range(1, 9):
                    ws.cell(r, j).fill = FILL["band"]
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            else:
                for j, v in enumerate(row, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in (6, 7):
                    v = row[j - 1]
                    if v:
                        ws.cell(r, j).fill = SAS_FILL[v]
            r += 1
        for col, w in zip("ABCDEFGH", [6, 50, 30, 34, 16, 10, 10, 48]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True, color="FFFFFF")
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. Bannockburn High School - Education Scotland PIAP (docx, Scotland)
# ---------------------------------------------------------------------------
BHS_AFIS = [
    ("Area for improvement 1",
     "Senior leaders, working with staff, should develop a clear and shared strategy for improving learning, "
     "teaching and assessment across the school.",
     [
         ("1a", "Establish a learning and teaching working group with representation from every faculty to "
                "draft a Bannockburn High School learning and teaching framework.",
          "DHT (Learning and Teaching)", "June 2024",
          "Framework agreed by all staff and shared with Parent Council", "B"),
         ("1b", "Deliver in-service and collegiate sessions on the framework, including learning intentions, "
                "success criteria and differentiation.",
          "DHT (Learning and Teaching) / PT Curriculum – Modern Languages", "August 2024 – March 2025",
          "All staff attend; learning visits show consistent use of the framework", "G"),
         ("1c", "Introduce a programme of learning visits by SLT and PTs, with feedback to individual teachers "
                "and a summary of themes for the whole staff.",
          "SLT and PTs", "Termly",
          "Every teacher receives at least two visits a session", "G"),
     ]),
    ("Area for improvement 2",
     "Raise attainment in the senior phase, particularly for young people in S4 and for young people living "
     "in SIMD quintiles 1 and 2.",
     [
         ("2a", "Track the progress of every S4–S6 young person against their working grade at three points "
                "in the year, with targeted supported study for those not on track.",
          "DHT (Senior Phase)", "October 2024 to May 2025",
          "Tracking data shows more young people on or above working grade", "G"),
         ("2b", "Use Pupil Equity Funding to appoint a Principal Teacher (Raising Attainment) with a remit for "
                "young people in SIMD 1 and 2.",
          "Headteacher", "August 2024",
          "Post filled; caseload and interventions recorded", "B"),
         ("2c", "Review the S4 curriculum offer with Forth Valley College and partners to widen vocational "
                "pathways.",
          "DHT (Curriculum) and DYW Co-ordinator", "By June 2025",
          "Increased uptake of vocational courses in S4 options", "A"),
     ]),
    ("Area for improvement 3",
     "Continue to improve attendance and reduce the number of young people who are excluded.",
     [
         ("3a", "Introduce staged attendance interventions, with pupil support staff contacting families on the "
                "first day of absence.",
          "PT Pupil Support", "December 2024",
          "Attendance rises above 89% for the session", "B"),
         ("3b", "Review the school's relationships and positive behaviour policy with young people, parents and "
                "staff, in line with Included, Engaged and Involved Part 2.",
          "DHT (Pupil Support)", "March 2025",
          "Fewer exclusions than in session 2023/24", "A"),
     ]),
]

BHS_RAG = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}


def build_bhs(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Stirling Council – Children, Education and Families")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Bannockburn High School: Post-Inspection Action Plan 2024–2025", level=0)
    doc.add_paragraph("Following the inspection by HM Inspectors in February 2024 (letter to parents and carers "
                      "published 16 April 2024). The areas for improvement below were agreed with the "
                      "headteacher and a representative from Stirling Council.")

    doc.add_paragraph().add_run("Version control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Notes"])
    for row, vals in zip(t.rows[1:], [("1.0", "20/05/2024", "Headteacher",
                                       "Plan agreed with Quality Improvement Officer"),
                                      ("1.3", "28/01/2025", "DHT (Improvement)",
                                       "Progress updated for mid-session review")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Evaluations from the inspection").bold = True
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Quality indicator", "Evaluation"])
    for row, vals in zip(t.rows[1:], [("1.3 Leadership of change", "Satisfactory"),
                                      ("2.3 Learning, teaching and assessment", "Weak"),
                                      ("3.1 Ensuring wellbeing, equality and inclusion", "Good"),
                                      ("3.2 Raising attainment and achievement", "Satisfactory")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph("Progress key:  B = complete   G = on track   A = some slippage   R = not on track")

    for head, afi, acts in BHS_AFIS:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Timescale", "Measures of success", "Progress"])
        for row, (no, act, lead, when, mos, rag) in zip(t.rows[1:], acts):
            for c, v in zip(row.cells, [no, act, lead, when, mos, rag]):
                set_cell(c, v)
            shade(row.cells[5], BHS_RAG[rag])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Agreed by").bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Name", "Date"])
    for row, vals in zip(t.rows[1:], [("Headteacher", "", "20/05/2024"),
                                      ("Quality Improvement Officer, Stirling Council", "", "20/05/2024")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Taff Riverside Practice - HIW GP inspection improvement plan (docx, Wales)
# ---------------------------------------------------------------------------
TRP_IMMEDIATE = [
    ("The practice must ensure that all emergency drugs and equipment are in date and are checked weekly, "
     "with the checks recorded.",
     "Quality Standard – Safe",
     "1. All out-of-date items (adrenaline 1:1000 ampoules and oxygen masks) were replaced on 10 July 2024.\n"
     "2. A weekly emergency drugs and equipment checklist has been introduced and is signed by the duty nurse.\n"
     "3. The Practice Manager will audit the checklist monthly.",
     "Lead Nurse and Practice Manager", "12 July 2024"),
    ("The practice must ensure that adult and paediatric defibrillator pads are available and in date.",
     "Quality Standard – Safe",
     "Replacement adult and paediatric pads ordered and fitted; pads added to the weekly checklist.",
     "Lead Nurse", "11 July 2024"),
]

TRP_PLAN = [
    ("theme", "Quality of patient experience"),
    ("The practice must ensure that patients can access information in Welsh, in line with the Active Offer, "
     "and that notices in the waiting area are bilingual.",
     "Welsh Language (Wales) Measure 2011; Quality Standard – Person-centred",
     "Bilingual signage and patient leaflets ordered through the health board Welsh Language Unit. Staff who "
     "speak Welsh to wear the ‘Iaith Gwaith’ badge.",
     "Practice Manager", "October 2024"),
    ("The practice should review the telephone system so that patients are not cut off when the queue exceeds "
     "20 callers.",
     "Quality Standard – Timely",
     "The practice will move to a cloud-based telephony system with a call-back function.\n"
     "Call data will be reviewed monthly at the practice meeting.",
     "Practice Manager; IT Lead (GP Partner)", "31 December 2024"),
    ("theme", "Delivery of safe and effective care"),
    ("The practice must ensure that all clinical staff complete Level 3 safeguarding children training.",
     "Quality Standard – Safe; Working Together to Safeguard People",
     "Training matrix updated. Outstanding staff (two GPs and one practice nurse) booked onto health board "
     "Level 3 training.",
     "Dr R. Pritchard (Safeguarding Lead)", "30 September 2024"),
    ("The practice should ensure that significant events are discussed at clinical meetings and that learning "
     "is shared with the whole team.",
     "Quality Standard – Safe",
     "Significant events are now a standing item at the monthly clinical meeting. A learning summary will be "
     "circulated to all staff by e-mail.",
     "Dr R. Pritchard / Practice Manager", "August 2024"),
    ("The practice must ensure that the cleaning schedule for clinical rooms is completed and signed.",
     "Quality Standard – Safe; Infection prevention and control",
     "Cleaning contractor issued with a room-by-room schedule; weekly spot checks by the Lead Nurse.",
     "Lead Nurse", "Immediate and ongoing"),
    ("theme", "Quality of management and leadership"),
    ("The practice should ensure that all staff receive an annual appraisal.",
     "Quality Standard – Workforce",
     "An appraisal schedule has been drawn up for all non-clinical staff. Appraisals will be completed by the "
     "Practice Manager and the Reception Team Leader.",
     "Practice Manager", "March 2025"),
    ("The practice should ensure that all policies and procedures are reviewed and version controlled.",
     "Quality Standard – Leadership",
     "All policies to be reviewed and moved to the practice intranet with review dates recorded.",
     "Assistant Practice Manager", "Q4 2024/25"),
]

TRP_COLS = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]


def rep_block(doc, date):
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Name (print):", "Siân Howells"), ("Job role:", "Practice Manager"),
                                    ("Date:", date)]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)


def build_trp(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Improvement plan", level=0)
    for line in ["Service:  Taff Riverside Practice",
                 "Health board:  Cardiff and Vale University Health Board",
                 "Date of inspection:  9 July 2024"]:
        doc.add_paragraph(line)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                   "How HIW escalated the concern", "How the concern was resolved"], fill="3B7D23")
    set_cell(t.rows[1].cells[0], "No immediate concerns were identified on this inspection.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service:  Taff Riverside Practice\nDate of inspection:  9 July 2024")
    t = doc.add_table(rows=1 + len(TRP_IMMEDIATE), cols=5)
    t.style = "Table Grid"
    header_row(t, TRP_COLS, fill="3B7D23")
    for row, vals in zip(t.rows[1:], TRP_IMMEDIATE):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.add_paragraph()
    rep_block(doc, "15 July 2024")

    doc.add_page_break()
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service:  Taff Riverside Practice\nDate of inspection:  9 July 2024")
    t = doc.add_table(rows=1 + len(TRP_PLAN), cols=5)
    t.style = "Table Grid"
    header_row(t, TRP_COLS, fill="3B7D23")
    for row, vals in zip(t.rows[1:], TRP_PLAN):
        if vals[0] == "theme":
            merged = row.cells[0].merge(row.cells[4])
            set_cell(merged, vals[1], bold=True)
            shade(merged, "E2EFD9")
        else:
            for c, v in zip(row.cells, vals):
                set_cell(c, v)
    doc.add_paragraph()
    rep_block(doc, "19 August 2024")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. CCEA - ARAC action log (csv, NI) - typo month refuse
# ---------------------------------------------------------------------------
CCEA_ROWS = [
    ("ARAC/24/07", "14/11/2024", "7.2",
     "Provide the Committee with a paper on contingency arrangements for the exam series following the IT "
     "outage in June 2024.", "Director of Qualifications", "February 2025", "Complete",
     "Paper considered at the February 2025 meeting."),
    ("ARAC/25/02", "13/02/2025", "5.1",
     "Update the Corporate Risk Register to include a separate risk on the General Qualifications Reform "
     "programme.", "Head of Corporate Governance", "May 2025", "Complete", "New risk CR14 added."),
    ("ARAC/25/05", "15/05/2025", "6.3",
     "Circulate the NIAO Report to those Charged with Governance 2024-25 to members once finalised.",
     "Director of Finance & Corporate Services", "September 2025", "Complete",
     "Circulated 28 August 2025."),
    ("ARAC/25/06", "15/05/2025", "8.1",
     "Internal Audit to include a review of the Qualifications Awarding Platform contract in the 2025-26 "
     "audit plan.", "Head of Internal Audit (BSO)", "June 2025", "Complete", "Included as audit 2025-26/07."),
    ("ARAC/25/07", "15/05/2025", "9.2",
     "Provide an analysis of the overspend on the examiner fees budget, with proposals to contain costs.",
     "Director of Finance & Corporate Services", "September 2025", "Overdue",
     "Analysis delayed pending final summer series costs; now due at the November meeting."),
    ("ARAC/25/09", "11/09/2025", "4.2",
     "Provide an update on implementation of the priority 1 internal audit recommendation on remote access "
     "(cyber security).", "Head of IT; Director of Finance & Corporate Services", "Novmber 2025",
     "On track", "Multi-factor authentication roll-out 80% complete."),
    ("ARAC/25/10", "11/09/2025", "5.4",
     "Bring the revised Fraud Response Plan to the Committee for approval.", "Head of Finance",
     "November 2025", "On track", ""),
    ("ARAC/25/11", "11/09/2025", "7.1",
     "Arrange a training session for members on the Government Functional Standard for counter fraud.",
     "Committee Secretary", "TBC", "On track", "Date to be agreed with the Chair."),
]


def build_ccea(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Council for the Curriculum, Examinations and Assessment (CCEA)"])
        w.writerow(["Audit and Risk Assurance Committee – Action Log"])
        w.writerow(["Updated following the meeting of 11 September 2025"])
        w.writerow([])
        w.writerow(["Action No", "Meeting Date", "Minute Ref", "Action", "Owner", "Due Date", "Status",
                    "Update"])
        for r in CCEA_ROWS:
            w.writerow(r)
        w.writerow([])
        w.writerow(["Status key: Complete (blue); On track (green); Revised date (amber); Overdue (red)"])


# ---------------------------------------------------------------------------
# 7. Sacro Fife - Care Inspectorate improvement plan (tab-separated txt, Scotland)
# ---------------------------------------------------------------------------
SACRO_LINES = [
    ["Sacro"],
    ["Fife Supported Accommodation Service (Housing Support Service)"],
    ["Improvement Plan following Care Inspectorate inspection of 3 and 4 September 2024"],
    ["Report published: 15 October 2024", "Plan agreed: 30 October 2024", "Last reviewed: 27 January 2025"],
    [],
    ["Ref", "Action", "Lead", "Timescale", "Status"],
    ["Key question 1: How well do we support people's wellbeing?"],
    ["Requirement 1",
     "By 31 December 2024, the provider must ensure that people are protected from harm through the safe "
     "management of medication. To do this, the provider must, at a minimum: (a) ensure that medication "
     "administration records are accurate and fully completed; (b) ensure that staff supporting people with "
     "medication have completed medication training and been assessed as competent; and (c) carry out monthly "
     "medication audits and act on their findings."],
    ["1.1", "Review every person's medication support plan and MAR chart and correct any gaps.", "Team Leader",
     "15/11/2024", "Complete"],
    ["1.2", "All support workers to complete Sacro medication e-learning and a practical competency "
            "assessment.", "Team Leader / Learning and Development Officer", "31/12/2024", "Complete"],
    ["1.3", "Introduce a monthly medication audit tool, with actions reviewed at team meetings.",
     "Service Manager", "December 2024", "Complete"],
    ["Area for improvement 1",
     "To support people's health and wellbeing, the provider should ensure that risk assessments are reviewed "
     "whenever a person's circumstances change, and at least every six months."],
    ["AFI1.1", "Add risk assessment review dates to the support planning calendar and audit compliance "
               "quarterly.", "Senior Support Worker", "March 2025", "G"],
    ["Key question 3: How good is our staff team?"],
    ["Area for improvement 2",
     "To ensure people are supported by staff who are confident and competent, the provider should ensure that "
     "all staff receive regular supervision in line with Sacro's supervision policy."],
    ["AFI2.1", "Set a supervision schedule for all staff for the year and report supervision completion "
               "monthly to the Area Manager.", "Service Manager", "Monthly", "G"],
    ["AFI2.2", "Train two Senior Support Workers as supervisors to increase capacity.", "Area Manager",
     "February 2025", "A"],
    ["Key question 5: How well is our care and support planned?"],
    ["Area for improvement 3",
     "To ensure that care and support is consistent with the Health and Social Care Standards, the provider "
     "should ensure that people are involved in reviewing their personal plans and that their views are "
     "recorded."],
    ["AFI3.1", "Redesign the six-monthly review template so that the person's own words are recorded.",
     "Team Leader", "January 2025", "Complete"],
    ["AFI3.2", "Offer each person a review meeting at a time and place of their choosing, with an advocate if "
               "they wish.", "Key workers", "Ongoing", "G"],
    [],
    ["Status: Complete = action completed and evidenced; G = on track; A = some delay; R = not on track"],
    ["Prepared by: Service Manager, Sacro Fife"],
]


def build_sacro(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for line in SACRO_LINES:
            f.write("\t".join(line) + "\r\n")


def main():
    build_nimdta(os.path.join(HERE, F_NIMDTA))
    build_vale(os.path.join(HERE, F_VALE))
    build_sas(os.path.join(HERE, F_SAS))
    build_bhs(os.path.join(HERE, F_BHS))
    build_trp(os.path.join(HERE, F_TRP))
    build_ccea(os.path.join(HERE, F_CCEA))
    build_sacro(os.path.join(HERE, F_SACRO))
    for f in (F_NIMDTA, F_VALE, F_SAS, F_BHS, F_TRP, F_CCEA, F_SACRO):
        print(f)


if __name__ == "__main__":
    main()
