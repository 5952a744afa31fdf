"""Build the seven tp- blind cases for set heldout506 (data files and expected readings).

Run with /work/main/.venv/bin/python tp_make.py from any directory; files are written next to
this script. Only files whose names start with tp- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "band": "D9E1F2",
    "head": "1F3864",
    "grey": "E7E6E6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def path(name):
    assert name.startswith("tp-") or name.startswith("tp_")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hexcol):
    return PatternFill("solid", fgColor=hexcol)


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w


def band(ws, row, text, ncols, colour=FILL["band"], bold=True, italic=False):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold, italic=italic)
    c.fill = fill(colour)
    c.alignment = Alignment(wrap_text=True, vertical="center")


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------------------------
# 1. St Ann's Hospice - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def st_anns():
    name = "tp-st-anns-hospice-internal-audit-recommendations-tracker.xlsx"
    title = "St Ann's Hospice – Internal Audit Recommendations Tracker 2024/25"
    D = lambda y, m, d: dt.datetime(y, m, d)
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}

    audits = [
        (
            "1. Safeguarding Adults and Children (report issued September 2024) – Reasonable assurance",
            [
                ("SG/24/01", "High",
                 "Level 2 safeguarding training is not completed by all new staff and volunteers within three "
                 "months of starting, and compliance is not reported to the Clinical Governance Committee.",
                 [
                     ("Add Level 2 safeguarding training compliance, split between staff and volunteers, to the "
                      "quarterly Clinical Governance dashboard.",
                      "Head of Education and Learning", D(2024, 12, 31), D(2025, 3, 31),
                      "Dashboard drafted; volunteer training data not yet reconciled with the volunteer database.",
                      "A"),
                     ("Volunteer Services to send reminders at 8 and 11 weeks to any volunteer who has not "
                      "completed Level 2 training.",
                      "Volunteer Services Manager", D(2025, 1, 31), None,
                      "Reminders automated from January 2025.", "B"),
                 ]),
                ("SG/24/02", "Medium",
                 "Safeguarding supervision is not consistently recorded, and records do not show that actions "
                 "agreed in supervision are followed up.",
                 [
                     ("Introduce a standard template for recording safeguarding supervision and audit a sample "
                      "of ten records each quarter.",
                      "Safeguarding Lead", D(2024, 10, 31), None,
                      "Template in use; Q3 audit found 9 of 10 records compliant.", "B"),
                 ]),
            ],
        ),
        (
            "2. Data Protection and Information Governance (report issued November 2024) – Limited assurance",
            [
                ("IG/24/01", "High",
                 "The Information Asset Register is incomplete: assets held by Fundraising, Retail and Education "
                 "are not recorded and several assets have no named owner.",
                 [
                     ("Complete the Information Asset Register for all departments, with each asset assigned an "
                      "Information Asset Owner.",
                      "Data Protection Officer", D(2025, 3, 31), None,
                      "Fundraising and Education complete; Retail to be finished by the end of March.", "G"),
                 ]),
                ("IG/24/02", "Medium",
                 "Data protection impact assessments (DPIAs) were not completed for two new systems introduced "
                 "in 2024.",
                 [
                     ("Add a DPIA screening question to the project initiation form and to the procurement "
                      "checklist.",
                      "Data Protection Officer / Head of Procurement", D(2025, 1, 31), None,
                      "Both forms updated and published on the intranet.", "B"),
                 ]),
                ("IG/24/03", "Low",
                 "The Records Retention Schedule was last reviewed in 2019.",
                 [
                     ("Review and republish the Records Retention Schedule in line with the Records Management "
                      "Code of Practice 2023.",
                      "Director of Finance & Resources", D(2025, 6, 30), None,
                      "Not yet due.", None),
                 ]),
            ],
        ),
        (
            "3. Retail Cash Handling (report issued January 2025) – Reasonable assurance",
            [
                ("RT/25/01", "Medium",
                 "Daily cash reconciliations were missing or unsigned at four of the eight shops visited.",
                 [
                     ("Shop managers to complete and sign the daily cash reconciliation sheet; Area Managers to "
                      "check a sample of five sheets per shop each month.",
                      "Retail Operations Manager", D(2025, 2, 28), None,
                      "Area Manager checks started in February but are not yet happening in all shops.", "R"),
                 ]),
                ("RT/25/02", "Low",
                 "Some shop volunteers were unclear about the Gift Aid declaration process.",
                 [
                     ("Refresh Gift Aid training for shop volunteers and add a Gift Aid check to the quarterly "
                      "shop audit.",
                      "Head of Retail", D(2025, 6, 30), None,
                      "Training materials being updated with the Gift Aid team.", "G"),
                 ]),
            ],
        ),
    ]

    wb = Workbook()
    # Summary sheet first, as presented to committee
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary position for the Audit & Risk Committee, 11 March 2025"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Audit", "Assurance", "Actions", "Implemented", "Outstanding", "Overdue"],
               [48, 16, 10, 13, 13, 10])
    summary = [
        ("Safeguarding Adults and Children", "Reasonable", 3, 2, 1, 0),
        ("Data Protection and Information Governance", "Limited", 3, 1, 2, 0),
        ("Retail Cash Handling", "Reasonable", 2, 0, 2, 1),
    ]
    r = 5
    for row in summary:
        for i, v in enumerate(row, start=1):
            body_cell(ws, r, i, v)
        r += 1
    for i, v in enumerate(["Total", "", "=SUM(C5:C7)", "=SUM(D5:D7)", "=SUM(E5:E7)", "=SUM(F5:F7)"], start=1):
        c = body_cell(ws, r, i, v)
        c.font = Font(bold=True)

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as reported to the Audit & Risk Committee on 11 March 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original due date", "Revised due date", "Progress update (March 2025)", "RAG"]
    header_row(ws, 4, headers, [11, 9, 45, 50, 26, 13, 13, 45, 6])
    ws.freeze_panes = "A5"
    r = 5
    expected = []
    for heading, recs in audits:
        band(ws, r, heading, len(headers))
        r += 1
        for ref, prio, rec, actions in recs:
            first = r
            for (text, lead, orig, rev, prog, rag) in actions:
                body_cell(ws, r, 1, ref if r == first else None)
                body_cell(ws, r, 2, prio if r == first else None)
                body_cell(ws, r, 3, rec if r == first else None)
                body_cell(ws, r, 4, text)
                body_cell(ws, r, 5, lead)
                body_cell(ws, r, 6, orig, "dd/mm/yyyy")
                body_cell(ws, r, 7, rev, "dd/mm/yyyy")
                body_cell(ws, r, 8, prog)
                c = body_cell(ws, r, 9, rag)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if rag:
                    c.fill = fill(rag_fill[rag])
                end = (rev or orig).strftime("%Y-%m")
                leads = [x.strip() for x in lead.split(" / ")]
                expected.append(act(ref, [heading, rec], text, leads, end, rag_status[rag]))
                r += 1
            if r - first > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = implemented; G = on track to meet the due date; "
                                   "A = revised date agreed; R = overdue or at risk")
    r += 1
    ws.cell(row=r, column=1, value="Recommendations confirmed as implemented by internal audit are removed from "
                                   "the tracker after they have been reported to the Committee once.")
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates the internal audit recommendations trackers that hospice charities (e.g. St Ann's "
                  "Hospice, Greater Manchester, 2024/25) take to their Audit & Risk Committee. Copied "
                  "features: a Summary sheet of totals per audit before the Tracker sheet, a band row per audit "
                  "report with its assurance opinion, Ref/Priority/Recommendation cells merged down over two "
                  "actions, original and revised due dates as real dates, job titles as responsible officers "
                  "(one cell with two posts), RAG letters with fill colour, one blank RAG, and a key and note "
                  "below the table.",
        "reads": "A two-sheet workbook: a summary of totals, then the tracker of eight agreed management actions "
                 "answering seven internal audit recommendations from three audits. Each action has a "
                 "responsible officer, an original and sometimes a revised due date, and a B/G/A/R status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 2. Government Legal Department - strategic risk register (xlsx)
# ---------------------------------------------------------------------------------------------
def gld():
    name = "tp-government-legal-department-strategic-risk-register-2025-26.xlsx"
    title = "Government Legal Department Strategic Risk Register 2025-26"
    D = lambda y, m, d: dt.datetime(y, m, d)
    rag_fill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Blue": FILL["blue"]}

    risks = [
        ("SR1: Client confidence – we do not meet the expectations of our clients or the judiciary, damaging "
         "trust in GLD",
         "Risk owner: Director General (Litigation)   |   Inherent 4 x 5 = 20   |   Residual 3 x 4 = 12   |   "
         "Target 2 x 4 = 8   |   Trend: stable",
         [
             ("1.1", "Roll out the revised client feedback survey to all departmental legal advisory teams and "
                     "report the results to the Executive Committee each quarter.",
              "Director of Strategy and Client Relations", "Q2 2025-26", None, "Green",
              "Survey issued to all 16 teams; first quarterly report to the Executive Committee in October.",
              ["Director of Strategy and Client Relations"], "2025-09", "green"),
             ("1.2", "Complete the lessons-learned review of late disclosure in litigation cases and issue "
                     "updated disclosure guidance to all litigation teams.",
              "Director General (Litigation) / Head of Knowledge Management", D(2025, 9, 30), D(2025, 12, 31),
              "Amber", "Review complete; guidance in final clearance.",
              ["Director General (Litigation)", "Head of Knowledge Management"], "2025-12", "amber"),
         ]),
        ("SR2: People – we cannot attract, recruit and retain enough lawyers with the right skills to meet "
         "client demand",
         "Risk owner: Chief People Officer   |   Inherent 5 x 4 = 20   |   Residual 4 x 4 = 16   |   "
         "Target 3 x 3 = 9   |   Trend: worsening",
         [
             ("2.1", "Launch the 2025 Government Legal Trainee Scheme recruitment campaign with an increased "
                     "intake of 60 trainees.",
              "Chief People Officer", D(2025, 7, 31), None, "Blue", "Campaign closed; 61 offers made.",
              ["Chief People Officer"], "2025-07", "blue"),
             ("2.2", "Agree with HM Treasury a revised pay framework for legal grades, targeting the specialist "
                     "pay gap at Grade 7 and Grade 6.",
              "Chief People Officer / Director of Finance", "Q3 2025-26", "Q4 2025-26", "Amber",
              "Business case submitted in August; HM Treasury response awaited.",
              ["Chief People Officer", "Director of Finance"], "2026-03", "amber"),
             ("2.3", "Hold exit interviews with all lawyers leaving GLD and report the themes to the People "
                     "Committee twice a year.",
              "Head of HR Operations", "Ongoing", None, "Green", "First six-monthly report taken in September.",
              ["Head of HR Operations"], None, "green"),
         ]),
        ("SR3: Technology – our case management and IT systems do not give our people the tools they need to "
         "deliver a consistent service",
         "Risk owner: Chief Operating Officer   |   Inherent 4 x 4 = 16   |   Residual 3 x 4 = 12   |   "
         "Target 2 x 3 = 6   |   Trend: improving",
         [
             ("3.1", "Complete the migration of all litigation matters to the new case management system.",
              "Chief Digital Officer", D(2026, 3, 31), None, "Green", "Wave 2 of 4 migrated in September.",
              ["Chief Digital Officer"], "2026-03", "green"),
             ("3.2", "Decommission the legacy document management system once migration is complete.",
              "Chief Digital Officer", D(2026, 6, 30), None, None, "Not started – depends on action 3.1.",
              ["Chief Digital Officer"], "2026-06", "unrated"),
         ]),
        ("SR4: Security and compliance – we do not keep pace with cyber threats, or a failure of compliance "
         "causes harm, sanctions or the loss of client data",
         "Risk owner: Chief Operating Officer (SIRO)   |   Inherent 3 x 5 = 15   |   Residual 3 x 4 = 12   |   "
         "Target 2 x 4 = 8   |   Trend: stable",
         [
             ("4.1", "Deliver mandatory information security refresher training to all staff, with completion "
                     "above 95%.",
              "Senior Information Risk Owner (SIRO)", "Sep-25", None, "Red",
              "Completion at 81% at 30 September; Directors chasing their teams.",
              ["Senior Information Risk Owner (SIRO)"], "2025-09", "red"),
             ("4.2", "Commission an external penetration test of the new case management system before each "
                     "migration wave goes live.",
              "Chief Digital Officer / Head of Cyber Security", D(2025, 12, 31), None, "Green",
              "Test for wave 3 booked for November.",
              ["Chief Digital Officer", "Head of Cyber Security"], "2025-12", "green"),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="C00000")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    header_row(ws, 5, ["Version", "Date", "Change", "Author"], [10, 13, 50, 26])
    for i, row in enumerate([
        ("1.0", D(2025, 4, 15), "Agreed by the GLD Board", "Risk and Assurance Team"),
        ("1.1", D(2025, 7, 10), "Quarter 1 review; SR4 actions added", "Risk and Assurance Team"),
        ("1.2", D(2025, 10, 14), "Quarter 2 review for ARAC, 4 November 2025", "Risk and Assurance Team"),
    ], start=6):
        for j, v in enumerate(row, start=1):
            body_cell(ws, i, j, v, "dd/mm/yyyy" if j == 2 else None)

    ws = wb.create_sheet("Strategic risks")
    headers = ["Ref", "Further action", "Action owner", "Target date", "Revised target", "Action RAG",
               "Progress this quarter"]
    ws["A1"] = "Strategic Risk Register 2025-26 – Quarter 2 review (October 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Scores are Likelihood x Impact (1–5). Action RAG: Green = on track; Amber = at risk of "
                "slipping; Red = missed or will miss target date; Blue = complete.")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, headers, [7, 60, 34, 13, 13, 11, 45])
    ws.freeze_panes = "A5"
    r = 5
    expected = []
    for risk, detail, actions in risks:
        band(ws, r, risk, len(headers))
        ws.row_dimensions[r].height = 30
        r += 1
        band(ws, r, detail, len(headers), colour=FILL["grey"], bold=False, italic=True)
        r += 1
        for (ref, text, lead, tgt, rev, rag, prog, leads, end, status) in actions:
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, text)
            body_cell(ws, r, 3, lead)
            body_cell(ws, r, 4, tgt, "dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
            body_cell(ws, r, 5, rev, "dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            c = body_cell(ws, r, 6, rag)
            if rag:
                c.fill = fill(rag_fill[rag])
            body_cell(ws, r, 7, prog)
            a = act(ref, [risk], text, leads, end, status, end_text="Ongoing" if tgt == "Ongoing" else None)
            expected.append(a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risks SR5 to SR8 are reviewed in the Quarter 3 cycle and are not shown "
                                   "in this extract.")

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A1"].font = Font(bold=True)
    ws.cell(row=3, column=1, value="Likelihood \\ Impact")
    for i in range(1, 6):
        ws.cell(row=3, column=i + 1, value=i)
        ws.cell(row=3 + i, column=1, value=6 - i)
        for j in range(1, 6):
            score = (6 - i) * j
            c = ws.cell(row=3 + i, column=j + 1, value=score)
            c.fill = fill(FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"])
    ws["A10"] = "1–7 low (green); 8–14 medium (amber); 15–25 high (red)"
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates a central government department's strategic risk register (Government Legal "
                  "Department, 2025-26; its published strategic risks follow the Orange Book categories, e.g. "
                  "client confidence, people, tools, security - gov.uk GLD annual report 'Risk management'). "
                  "Copied features: cover sheet with OFFICIAL marking and version control table, a band row "
                  "per strategic risk, an italic detail row with risk owner and inherent/residual/target "
                  "scores, further actions one per row with action owner, target and revised target (real "
                  "dates, financial-year quarters, 'Sep-25', 'Ongoing'), action RAG words with fill, a note "
                  "row and a separate scoring matrix sheet.",
        "reads": "A strategic risk register extract with four risks (SR1 to SR4); under each risk a detail row "
                 "of owner and scores, then nine numbered further actions with owners, target dates and an "
                 "action RAG. The scoring matrix and version control are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 3. Barclays - FCA financial crime remediation tracker with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def barclays():
    name = "tp-barclays-bank-uk-fca-financial-crime-remediation-tracker-typo-month-refuse.xlsx"
    title = "Barclays Bank UK PLC – Financial Crime Remediation Programme"
    rag_fill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Blue": FILL["blue"]}
    streams = [
        ("1. Customer due diligence – regulated customers and client money accounts", [
            ("1.01", "Add a mandatory Financial Services Register permissions check to onboarding for all "
                     "FCA-regulated business customers opening client money accounts.",
             "Head of Business Banking Onboarding", "Sep-2025", "", "Amber", "Blue",
             "Control live from 1 September 2025; first quality assurance sample passed."),
            ("1.02", "Back-book review of existing client money accounts held by regulated firms to confirm "
                     "that permissions match how each account is used.",
             "Head of Business Banking Onboarding / Head of FCC Assurance", "Dec-2025", "Mar-2026", "Green",
             "Amber", "1,140 of 2,600 accounts reviewed; extension agreed at Remediation Steering Group."),
            ("1.03", "Refresh due diligence training for relationship managers, covering client money "
                     "permissions and red flags.",
             "Head of Financial Crime Training", "Nov-2025", "", "Green", "Green",
             "Module built; launch planned for 3 November."),
        ]),
        ("2. Ongoing monitoring and law enforcement information", [
            ("2.01", "Route all law enforcement production orders and information requests to the Financial "
                     "Intelligence Unit for a customer risk review within five working days.",
             "Head of Financial Intelligence Unit", "Oct-2025", "", "Amber", "Green",
             "Routing rule in place; backlog of 37 requests cleared."),
            ("2.02", "Introduce a trigger event review when a customer's significant counterparty becomes "
                     "subject to law enforcement action.",
             "Head of Financial Intelligence Unit", "Jan-2026", "Febuary 2026", "Green", "Amber",
             "Design agreed; system change competing with year-end release freeze."),
            ("2.03", "Implement an enhanced transaction monitoring scenario for high-value dealers in precious "
                     "metals and bullion.",
             "Head of Transaction Monitoring", "Mar-2026", "", "Green", "Green",
             "Scenario tuning under way with model risk."),
        ]),
        ("3. Governance, management information and assurance", [
            ("3.01", "Report remediation progress to the Board Risk Committee every month, including overdue "
                     "actions and extensions.",
             "Chief Controls Officer", "Monthly", "", "Green", "Green", "September report issued."),
            ("3.02", "Commission independent assurance over the design and operating effectiveness of the "
                     "remediated controls.",
             "Chief Internal Auditor", "Jun-2026", "", "", "Green",
             "New action added September 2025; scope agreed."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Dashboard – status at 30 September 2025"
    header_row(ws, 4, ["Workstream", "Actions", "Blue", "Green", "Amber", "Red"], [60, 9, 8, 8, 8, 8])
    dash = [("1. Customer due diligence", 3, 1, 1, 1, 0),
            ("2. Ongoing monitoring", 3, 0, 2, 1, 0),
            ("3. Governance, MI and assurance", 2, 0, 2, 0, 0)]
    for i, row in enumerate(dash, start=5):
        for j, v in enumerate(row, start=1):
            body_cell(ws, i, j, v)
    for j, v in enumerate(["Total", "=SUM(B5:B7)", "=SUM(C5:C7)", "=SUM(D5:D7)", "=SUM(E5:E7)",
                           "=SUM(F5:F7)"], start=1):
        body_cell(ws, 8, j, v).font = Font(bold=True)

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "FCA Final Notice (July 2025): remediation action tracker – status at 30 September 2025"
    ws["A3"] = "Classification: Internal"
    ws["A3"].font = Font(italic=True)
    headers = ["Workstream", "Action ID", "Remediation action", "Action owner", "Original target",
               "Revised target", "Previous RAG", "Current RAG", "Commentary"]
    header_row(ws, 5, headers, [34, 9, 55, 34, 12, 13, 10, 10, 45])
    ws.freeze_panes = "C6"
    r = 6
    typo_row = None
    for stream, rows in streams:
        first = r
        for (aid, text, owner, orig, rev, prev, cur, comm) in rows:
            body_cell(ws, r, 1, stream if r == first else None)
            body_cell(ws, r, 2, aid)
            body_cell(ws, r, 3, text)
            body_cell(ws, r, 4, owner)
            body_cell(ws, r, 5, orig)
            body_cell(ws, r, 6, rev or None)
            c = body_cell(ws, r, 7, prev or None)
            if prev:
                c.fill = fill(rag_fill[prev])
            c = body_cell(ws, r, 8, cur)
            c.fill = fill(rag_fill[cur])
            body_cell(ws, r, 9, comm)
            if rev == "Febuary 2026":
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Blue = complete and evidence accepted by 2LoD; Green = on track; "
                                   "Amber = at risk, extension requested; Red = missed target date.")
    wb.save(path(name))
    assert typo_row is not None

    write_expected(name, {
        "source": "Imitates a bank's remediation tracker after an FCA enforcement outcome (Barclays Bank UK PLC, "
                  "FCA Final Notice of July 2025 on financial crime controls for client money accounts, "
                  "reported by the FCA and trade press on 16 July 2025). Copied features: Dashboard sheet "
                  "of counts first, an Action Tracker sheet with title, status date and classification lines, "
                  "workstream cells merged down the first column, action IDs 1.01 etc., original and revised "
                  "targets as text months, previous and current RAG with fill colours, a commentary column "
                  "and a RAG key line.",
        "reads": "Eight remediation actions in three workstreams, each with an owner, an original and sometimes "
                 "a revised target, previous and current RAG. Action 2.02's revised target reads "
                 "'Febuary 2026', a mistyped month, so a careful reader stops and asks before taking its end "
                 "date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 8, typo_row


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return cell


def heading_row(table, texts, colour="1F3864"):
    for cell, t in zip(table.rows[0].cells, texts):
        set_cell(cell, t, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = None
        shade(cell, "D9E2F3")


# ---------------------------------------------------------------------------------------------
# 4. By the Bridge - Ofsted independent fostering agency inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
def by_the_bridge():
    name = "tp-by-the-bridge-fostering-ofsted-ifa-inspection-action-plan.docx"
    title = "Post-inspection action plan: Ofsted inspection of our independent fostering agency"
    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"], "At risk": FILL["amber"],
                   "Off track": FILL["red"], "Not started": None}
    status_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                   "Not started": "unrated"}
    sections = [
        ("Section A: Requirements",
         "Ofsted set the following requirements. Each requirement must be met by the date Ofsted gave.",
         [
             ("Requirement 1: The registered person must ensure that each foster carer receives the training "
              "and development they need, including safer caring training, within 12 months of approval "
              "(Regulation 17(1)). To be met by 30 April 2025.",
              [
                  ("A1.1", "Audit the training records of all 72 fostering households and identify carers who "
                           "have not completed safer caring training.",
                   "Registered Manager", "By 31 March 2025", "Complete", "11 households identified.",
                   ["Registered Manager"], "2025-03", None),
                  ("A1.2", "Book the 11 households onto safer caring training and record completion on each "
                           "carer's file.",
                   "Training Coordinator", "30/04/2025", "On track", "9 of 11 booked for the April course.",
                   ["Training Coordinator"], "2025-04", None),
                  ("A1.3", "Supervising social workers to check training progress at every supervisory visit "
                           "and escalate gaps to the team manager.",
                   "Supervising Social Workers / Team Manager", "Ongoing", "On track",
                   "Added to the supervision agenda template.",
                   ["Supervising Social Workers", "Team Manager"], None, "Ongoing"),
              ]),
             ("Requirement 2: The registered person must notify Ofsted and the placing authority of the events "
              "listed in Schedule 7 without delay (Regulation 36). To be met by 31 March 2025.",
              [
                  ("A2.1", "Introduce a notifications log, checked daily by the duty manager, recording who "
                           "was notified and when.",
                   "Registered Manager", "31/03/2025", "Complete", "Log in use since 10 March.",
                   ["Registered Manager"], "2025-03", None),
                  ("A2.2", "Brief all staff on Schedule 7 notification duties at the April team meeting.",
                   "Registered Manager", "April 2025", "At risk",
                   "April team meeting moved to 7 May because of the Easter holidays.",
                   ["Registered Manager"], "2025-04", None),
              ]),
         ]),
        ("Section B: Recommendations",
         "Ofsted also made the following recommendations to improve practice.",
         [
             ("Recommendation 1: The registered person should ensure that unannounced visits to foster homes "
              "take place at least once a year (National Minimum Standard 21.8).",
              [
                  ("B1.1", "Add unannounced visit due dates to the carer review tracker and report compliance "
                           "monthly to the Responsible Individual.",
                   "Team Manager", "31/05/2025", "On track", "Tracker column added; first report due May.",
                   ["Team Manager"], "2025-05", None),
              ]),
             ("Recommendation 2: The registered person should ensure that children's views are recorded in "
              "foster carers' annual reviews (National Minimum Standard 13.8).",
              [
                  ("B2.1", "Revise the annual review form to include a section for the child's views, with an "
                           "option for the child to complete it themselves.",
                   "Reviewing Officer", "30/09/2025", "Not started", "",
                   ["Reviewing Officer"], "2025-09", None),
              ]),
         ]),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("By the Bridge")
    run.bold = True
    run.font.size = Pt(20)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection dates: 24 to 28 February 2025. Overall experiences and progress of children "
                      "and young people: requires improvement to be good.")
    doc.add_paragraph("This plan is reviewed by the Responsible Individual every month and by the Board of "
                      "Trustees at each meeting.")
    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    heading_row(t, ["Version", "Date", "Author", "Approved by"])
    for row in [("1.0", "04/04/2025", "Registered Manager", "Board of Trustees"),
                ("1.1", "15/04/2025", "Registered Manager", "Responsible Individual")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    expected = []
    cols = ["Ref", "Action", "Lead", "By when", "Status", "Evidence / update"]
    for sec, intro, items in sections:
        doc.add_heading(sec, level=2)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        heading_row(t, cols)
        for req, actions in items:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for (ref, text, lead, when, status, upd, leads, end, end_text) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, status, upd]):
                    set_cell(c, v)
                if status_fill[status]:
                    shade(cells[4], status_fill[status])
                expected.append(act(ref, [sec, req], text, leads, end, status_read[status], end_text))
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) – action finished and evidenced; On track (green); At risk "
                      "(amber) – may miss the date; Off track (red) – date missed; Not started.")
    doc.add_paragraph().add_run("Sign-off").bold = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    heading_row(t, ["Role", "Name", "Date"])
    for c, v in zip(t.rows[1].cells, ["Responsible Individual", "", "15/04/2025"]):
        set_cell(c, v)
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates the post-inspection action plans that voluntary-sector independent fostering "
                  "agencies (here By the Bridge, London, 2025) write after an Ofsted SCCIF inspection of an "
                  "IFA, answering requirements (with regulation and compliance date) and recommendations "
                  "(with National Minimum Standard). Copied features: agency name and heading, inspection "
                  "dates and judgement, a document control table, one table per section (requirements, "
                  "recommendations) with each requirement in a merged shaded row above its actions, refs "
                  "A1.1/B1.1, job titles as leads (one cell with two posts), 'By when' cells in mixed forms "
                  "including 'Ongoing', status words with cell shading, a status key and a sign-off table.",
        "reads": "An agency's action plan after its Ofsted inspection: two requirements with five actions and "
                 "two recommendations with one action each, each action with a lead, a date and a status word. "
                 "Document control and sign-off tables are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Ludlow Town Council - independent governance review action plan (docx)
# ---------------------------------------------------------------------------------------------
def ludlow():
    name = "tp-ludlow-town-council-governance-review-action-plan.docx"
    title = "Independent Governance Review 2024 – Action Plan"
    colour = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "unrated": None}
    recs = [
        ("Recommendation 1: Standing Orders and Financial Regulations",
         "The Council should adopt the current NALC model Standing Orders and Financial Regulations, adapted "
         "to local circumstances, and review them every year at the Annual Meeting.",
         [
             ("1a", "Prepare draft Standing Orders and Financial Regulations based on the NALC models, "
                    "highlighting any local changes.", "Town Clerk", "February 2025", "blue",
              ["Town Clerk"], "2025-02", None),
             ("1b", "Adopt the revised Standing Orders and Financial Regulations.", "Full Council",
              "March 2025", "blue", ["Full Council"], "2025-03", None),
             ("1c", "Add an annual review of both documents to the agenda of the Annual Meeting of the Council.",
              "Town Clerk", "May 2025", "blue", ["Town Clerk"], "2025-05", None),
         ]),
        ("Recommendation 2: Committee structure and delegation",
         "The Council should reduce the number of standing committees and set out clearly, in a scheme of "
         "delegation, which decisions are taken by officers.",
         [
             ("2a", "Draft revised committee terms of reference and a scheme of delegation to officers.",
              "Town Clerk / Deputy Town Clerk", "30/04/2025", "amber",
              ["Town Clerk", "Deputy Town Clerk"], "2025-04", None),
             ("2b", "Hold a councillor workshop on the proposed structure before it is considered by Full "
                    "Council.", "Cllr J. Harper and Cllr M. Ellis", "June 2025", "red",
              ["Cllr J. Harper", "Cllr M. Ellis"], "2025-06", None),
         ]),
        ("Recommendation 3: Councillor training and conduct",
         "All councillors should complete induction and code of conduct training within six months of election "
         "or co-option.",
         [
             ("3a", "Book all councillors onto the SALC code of conduct course and keep a training record for "
                    "each councillor.", "Deputy Town Clerk", "31/10/2025", "green",
              ["Deputy Town Clerk"], "2025-10", None),
             ("3b", "Include councillors' training attendance in the Town Clerk's annual report to Council.",
              "Town Clerk", "May 2026", "green", ["Town Clerk"], "2026-05", None),
         ]),
        ("Recommendation 4: Publication of information",
         "The Council should publish all agendas, minutes and spending over £500 on its website promptly and "
         "keep its publication scheme up to date.",
         [
             ("4a", "Publish a list of payments over £500 on the website each month.",
              "Responsible Financial Officer", "Monthly", "green",
              ["Responsible Financial Officer"], None, "Monthly"),
             ("4b", "Review the publication scheme against the ICO model scheme and publish it.", "Town Clerk",
              "30/09/2025", "unrated", ["Town Clerk"], "2025-09", None),
         ]),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("LUDLOW TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(16)
    h = doc.add_heading(title, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("The review was carried out by the Shropshire Association of Local Councils in October "
                      "2024 and its report was received by Full Council on 9 December 2024 (Minute 24/211). This "
                      "action plan was adopted on 27 January 2025 and is monitored by the Finance and General "
                      "Purposes Committee.")
    doc.add_paragraph("Status is shown by the colour of the last column: green – on track; amber – some "
                      "slippage; red – not on track; blue – complete; no colour – not yet started.")
    doc.add_paragraph("Position at 14 July 2025.").runs[0].italic = True

    expected = []
    cols = ["Ref", "Action", "Responsible", "Target date", "Status"]
    for head, rec, actions in recs:
        doc.add_heading(head, level=2)
        doc.add_paragraph().add_run(rec).italic = True
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        heading_row(t, cols)
        for (ref, text, lead, when, st, leads, end, end_text) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, ""]):
                set_cell(c, v)
            if colour[st]:
                shade(cells[4], colour[st])
            expected.append(act(ref, [head, rec], text, leads, end, st, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Summary at 14 July 2025: 9 actions – 3 complete, 3 on track, 1 with some slippage, "
                      "1 not on track, 1 not yet started.")
    doc.add_paragraph("Next review: Finance and General Purposes Committee, 8 September 2025.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates a town council's action plan after an independent governance review by its county "
                  "association of local councils (here Ludlow Town Council, Shropshire, 2025). Copied "
                  "features: council name and plan title, an introduction giving the review, minute number "
                  "and monitoring committee, a colour key, one heading and italic recommendation text per "
                  "recommendation followed by its own small table of actions (refs 1a, 1b...), officers, Full "
                  "Council and named councillors as leads, month/date/'Monthly' target dates, status shown only "
                  "by cell shading (one unshaded), and a summary line at the end.",
        "reads": "Four recommendations from a governance review, each with its text and a table of actions: "
                 "nine actions in all with who is responsible, a target date and a colour-only status. The "
                 "closing summary and review date are notes, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 6. Exmoor National Park Authority - Authority Committee action log (csv)
# ---------------------------------------------------------------------------------------------
def exmoor():
    name = "tp-exmoor-npa-authority-committee-action-log.csv"
    title = "Authority Committee – Action Log"
    ncol = 8
    open_head = "OPEN ACTIONS"
    done_head = "COMPLETED SINCE THE LAST MEETING (to be removed)"
    rows = [
        ["Exmoor National Park Authority"],
        [title],
        ["Updated 26 August 2025 for the meeting of 2 September 2025"],
        [],
        ["No.", "Meeting", "Minute", "Action", "Officer", "Due", "RAG", "Update"],
        [open_head],
    ]
    expected = []
    open_items = [
        ("AL25/03", "04/03/2025", "41/25",
         "Report back on options for the future use of the Pinkery Centre, including the outcome of the "
         "building condition survey.", "Head of Estates", "Oct-25", "Amber",
         "Deferred from the July meeting pending the valuation report.",
         ["Head of Estates"], "2025-10", "amber", None),
        ("AL25/07", "01/04/2025", "58/25",
         "Circulate the summary of responses to the Partnership Plan consultation to Members before it is "
         "published.", "K. Marsh", "31/05/2025", "Red",
         "Delayed by late responses from partner organisations; now expected mid-September.",
         ["K. Marsh"], "2025-05", "red", None),
        ("AL25/09", "03/06/2025", "77/25",
         "Arrange a Member site visit to the Haddon Hill car park improvements.\nInvite the chair of the "
         "parish council.", "T. Alder and R. Dunn", "Sep-25", "Green",
         "Visit booked for 18 September.", ["T. Alder", "R. Dunn"], "2025-09", "green", None),
        ("AL25/10", "03/06/2025", "79/25",
         "Include a breakdown of planning enforcement cases by parish in future quarterly performance "
         "reports.", "Head of Planning and Sustainable Development", "Ongoing", "Green",
         "First breakdown included in the Q1 report.",
         ["Head of Planning and Sustainable Development"], None, "green", "Ongoing"),
        ("AL25/12", "01/07/2025", "95/25",
         "Provide Members with the revised corporate risk register showing the new wildfire risk.",
         "Chief Finance Officer", "02/09/2025", "Green", "On the agenda for 2 September.",
         ["Chief Finance Officer"], "2025-09", "green", None),
    ]
    done_items = [
        ("AL25/05", "04/03/2025", "44/25",
         "Write to Defra setting out Members' concerns about the future of the Farming in Protected Landscapes "
         "programme.", "Chief Executive", "Apr-25", "Complete",
         "Letter sent 14 April; reply received 30 May and circulated to Members.",
         ["Chief Executive"], "2025-04", "blue", None),
        ("AL25/11", "03/06/2025", "81/25",
         "Add the Dunkery Beacon path repairs to the 2025/26 capital programme.",
         "Chief Finance Officer", "Jul-25", "Complete", "Approved as part of the July budget revision.",
         ["Chief Finance Officer"], "2025-07", "blue", None),
    ]
    for it in open_items:
        rows.append(list(it[:8]))
        expected.append(act(it[0], [open_head], it[3], it[8], it[9], it[10], it[11]))
    rows.append([done_head])
    for it in done_items:
        rows.append(list(it[:8]))
        expected.append(act(it[0], [done_head], it[3], it[8], it[9], it[10], it[11]))
    rows.append([])
    rows.append(["RAG: Green – on track; Amber – delayed but within the Authority's control; Red – overdue; "
                 "Complete – done and can be removed after this meeting."])
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))

    write_expected(name, {
        "source": "Imitates the rolling action log a national park authority keeps for its Authority "
                  "Committee (Exmoor National Park Authority, 2025), saved from Excel as CSV. Copied features: "
                  "authority name, log title and 'updated for the meeting of' lines, columns No./Meeting/"
                  "Minute/Action/Officer/Due/RAG/Update, an OPEN ACTIONS section and a 'completed since the "
                  "last meeting' section, named officers and job titles (one cell with two people), mixed due "
                  "forms (Oct-25, 31/05/2025, Ongoing), one action with a line break inside the quoted field, "
                  "and a RAG key line at the end.",
        "reads": "A committee action log: five open actions and two completed since the last meeting, each "
                 "with the meeting and minute it came from, the officer, a due date, a RAG word and an update.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 7. South Yorkshire MCA - Supertram transition lessons learned action plan (txt, tab-separated)
# ---------------------------------------------------------------------------------------------
def symca():
    name = "tp-south-yorkshire-mca-supertram-transition-lessons-learned-action-plan.txt"
    title = "Supertram Transition Lessons Learned Review – Action Plan"
    themes = [
        ("THEME 1 – GOVERNANCE AND DECISION-MAKING", [
            ("1.1", "The decision to bring Supertram into public control left 17 months for mobilisation, and "
                    "key contracts were let late in the programme.",
             "For future operator transfers, including bus franchising, set a mobilisation timetable with at "
             "least 24 months' lead time and agree it at MCA Board at the point of decision.",
             "Director of Transport", "Mar-25", "", "B",
             ["Included in the bus franchising programme plan approved by the MCA Board."],
             ["Director of Transport"], "2025-03", "blue", None),
            ("1.2", "",
             "Create a single programme risk register shared by SYMCA and SYFTL and reviewed monthly by the "
             "Programme Board.",
             "SYMCA Programme Director / SYFTL Managing Director", "Q3 2024/25", "", "B",
             ["In place since November 2024."],
             ["SYMCA Programme Director", "SYFTL Managing Director"], "2024-12", "blue", None),
        ]),
        ("THEME 2 – PEOPLE AND TUPE", [
            ("2.1", "TUPE information from the outgoing operator arrived later than planned, which compressed "
                    "staff engagement.",
             "Write minimum information-sharing dates into the exit clauses of any future operator contract.",
             "Monitoring Officer", "31/12/2024", "31/07/2025", "A",
             ["Clause drafted; awaiting review by external counsel."],
             ["Monitoring Officer"], "2025-07", "amber", None),
            ("2.2", "Staff reported uncertainty about pensions and terms in the final month before transfer.",
             "Publish a staff FAQ and hold drop-in sessions at Nunnery depot at least three months before any "
             "future transfer.",
             "SYFTL HR Manager", "TBC", "", "G",
             ["To be applied to the bus franchising transition;", "date depends on the franchising decision."],
             ["SYFTL HR Manager"], None, "green", "TBC"),
        ]),
        ("THEME 3 – ASSETS AND SYSTEMS", [
            ("3.1", "Asset condition data handed over by the operator was incomplete for track and overhead line "
                    "equipment.",
             "Commission an independent condition survey of track, overhead line equipment and substations.",
             "Head of Tram Infrastructure", "Sep-24", "Jan-25", "B",
             ["Survey completed January 2025; findings fed into the renewals programme."],
             ["Head of Tram Infrastructure"], "2025-01", "blue", None),
            ("3.2", "",
             "Agree an asset data specification with the contractors on the Supertram renewal programme.",
             "Head of Tram Infrastructure", "Jun-25", "", "R",
             ["Specification drafted but not yet agreed with contractors."],
             ["Head of Tram Infrastructure"], "2025-06", "red", None),
            ("3.3", "Ticketing and app systems were procured late, and the new app launched with limited "
                    "features.",
             "Complete the rollout of multi-operator ticketing in the Supertram app, including contactless "
             "capping.",
             "SYFTL Commercial Director", "Q2 2025/26", "", "A",
             ["Depends on the regional ticketing back office upgrade."],
             ["SYFTL Commercial Director"], "2025-09", "amber", None),
        ]),
        ("THEME 4 – COMMUNICATIONS", [
            ("4.1", "Some passengers did not know that Stagecoach tickets would no longer be valid on trams after "
                    "22 March 2024.",
             "Produce a customer communications plan for any future change of operator, starting at least 12 "
             "weeks before the change.",
             "Head of Communications", "30/09/2025", "", "G", [""],
             ["Head of Communications"], "2025-09", "green", None),
        ]),
    ]
    lines = [
        "South Yorkshire Mayoral Combined Authority",
        title,
        "Transfer of Supertram operations from Stagecoach to South Yorkshire Future Trams Ltd (SYFTL), "
        "22 March 2024",
        "Progress position: May 2025",
        "",
        "\t".join(["Ref", "Lesson identified", "Action", "Owner", "Target", "Revised target", "RAG",
                   "Comments"]),
    ]
    expected = []
    for theme, items in themes:
        lines.append(theme)
        lesson = None
        for (ref, les, action, owner, tgt, rev, rag, comments, leads, end, status, end_text) in items:
            if les:
                lesson = les
            lines.append("\t".join([ref, les, action, owner, tgt, rev, rag, comments[0]]))
            for extra in comments[1:]:
                lines.append("\t" * 7 + extra)
            expected.append(act(ref, [theme, lesson], action, leads, end, status, end_text))
    lines.append("")
    lines.append("Key: B = complete; G = on track; A = at risk; R = off track / target missed")
    lines.append("Source: Supertram Transition Lessons Learned Review, reported to the Transport and "
                 "Environment Board, October 2024")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a combined authority's lessons-learned action plan after a major transition "
                  "(South Yorkshire Mayoral Combined Authority, after Supertram passed from Stagecoach to the "
                  "publicly owned South Yorkshire Future Trams Ltd on 22 March 2024), exported as tab-separated "
                  "text. Copied features: authority, plan title, context and position lines, a header line, "
                  "capitalised theme lines, lesson text beside the first action with a blank lesson cell for "
                  "the next action under the same lesson, two posts in one owner cell, original and revised "
                  "targets (Mar-25, Q3 2024/25, 31/12/2024, TBC), B/G/A/R letters, a comment continued on a "
                  "line of its own, a key line and a source line.",
        "reads": "Eight actions under four themes, each answering a lesson identified in the Supertram "
                 "transition review, with an owner, a target (and sometimes a revised target) and a B/G/A/R "
                 "status. Actions 1.2 and 3.2 share the lesson of the action above them.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (st_anns, gld, barclays, by_the_bridge, ludlow, exmoor, symca):
        print(fn())
