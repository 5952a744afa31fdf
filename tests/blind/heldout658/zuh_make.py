"""Build the seven zuh- blind test files (set heldout658) and their expected readings.

Run with: /work/main/.venv/bin/python zuh_make.py
Writes only files whose names start with "zuh-" in this folder.
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

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


def path(name):
    assert name.startswith("zuh-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Crown Estate Scotland - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def crown_estate_scotland():
    name = "zuh-crown-estate-scotland-arc-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Crown Estate Scotland"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Internal Audit Recommendations Tracker"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Audit and Risk Committee – 18 November 2025"
    cov["A4"] = "Paper ARC(25)34 – Appendix 1"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.1", "27/10/2025", "Governance Officer", "First draft from action owner returns"),
          ("1.0", "06/11/2025", "Head of Governance and Risk", "Updated following Executive Team review")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = "Summary of recommendations by grade and current status"
    cov["A11"].font = Font(bold=True)
    summ = [("Grade", "Complete", "Green", "Amber", "Red", "Not started", "Total"),
            ("High", 1, 1, 1, 0, 0, 3),
            ("Medium", 1, 1, 1, 0, 0, 3),
            ("Low", 0, 0, 0, 1, 1, 2),
            ("Total", 2, 2, 2, 1, 1, 8)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = cov.cell(row=12 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    cov["A18"] = "Status key"
    cov["A18"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action fully implemented and evidence verified by Internal Audit"),
           ("Green", GREEN, "On track to be implemented by the target date"),
           ("Amber", AMBER, "At risk of missing the target date, or revised date agreed"),
           ("Red", RED, "Target date passed and action not implemented")]
    for i, (k, col, txt) in enumerate(key):
        c = cov.cell(row=19 + i, column=1, value=k)
        c.fill = fill(col)
        c.border = BOX
        cov.cell(row=19 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    heads = ["Ref", "Grade", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Previous status (Aug 2025)",
             "Current status (Nov 2025)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    s1 = "Procurement and Contract Management (2024/25) – Limited assurance"
    s2 = "Cyber Security and Resilience (2024/25) – Reasonable assurance"
    s3 = "Asset Management – Rural and Coastal Estates (2025/26) – Reasonable assurance"
    r_pcm1 = ("A complete contract register should be maintained, showing contract value, start and end "
              "dates and the named contract owner, and reviewed by the Executive Team each quarter.")
    r_pcm2 = ("Waivers of Standing Orders should be approved in line with the Scheme of Delegation and "
              "reported to the Audit and Risk Committee.")
    r_cyb1 = ("The Incident Response Plan should be tested through a scenario exercise involving the "
              "Executive Team, and lessons learned captured.")
    r_cyb2 = "Multi-factor authentication should be enforced for all privileged and remote access accounts."
    r_am1 = ("Rent reviews due under agricultural and coastal leases should be tracked centrally so that "
             "reviews are not missed.")
    r_am2 = ("Property inspection records should be held in a consistent format on the estates "
             "management system.")
    r_am3 = "Managing agent performance should be reported to the Property Committee annually."

    # rows: (section) or (ref, grade, rec or None(merged above), action, officer, orig, revised, prev, cur, update)
    rows = [
        ("S", s1),
        ("PCM.1a", "High", r_pcm1,
         "Populate the contract register with all live contracts over £10,000, including end dates and a "
         "named contract owner for each.",
         "Head of Procurement", D(2025, 3, 31), D(2025, 9, 30), "Amber", "Complete",
         "Register populated (142 contracts). Evidence verified by Internal Audit in October 2025."),
        ("PCM.1b", "High", None,
         "Add a quarterly review of the contract register, highlighting contracts that expire in the next "
         "12 months, to the Executive Team forward plan.",
         "Director of Finance and Corporate Services", D(2025, 6, 30), D(2025, 12, 31), "Amber", "Amber",
         "First review held at the Executive Team on 9 September 2025; quarterly cycle not yet embedded."),
        ("PCM.2", "Medium", r_pcm2,
         "Introduce a single waiver form requiring Accountable Officer approval for waivers above £25,000.\n"
         "Report all waivers to the Audit and Risk Committee twice a year.",
         "Head of Procurement / Head of Finance", D(2025, 5, 31), None, "Green", "Complete",
         "Waiver form in use from May 2025; first waiver report to ARC in August 2025."),
        ("S", s2),
        ("CYB.1", "Medium", r_cyb1,
         "Run a cyber incident scenario exercise with the Executive Team, facilitated by the Scottish "
         "Government Cyber Resilience Unit, and update the Incident Response Plan with the lessons learned.",
         "Head of Digital", D(2025, 6, 30), D(2026, 1, 31), "Green", "Amber",
         "Exercise moved to January 2026 because of Executive Team availability."),
        ("CYB.2", "High", r_cyb2,
         "Enforce conditional access and MFA on all administrator and third-party remote access accounts.",
         "Head of Digital", D(2025, 10, 31), None, "Green", "Green",
         "Administrator accounts complete. Supplier accounts being migrated."),
        ("S", s3),
        ("AM.1", "Medium", r_am1,
         "Set up a rent review diary in the estates management system and assign each review to a named "
         "asset manager.",
         "Rural Estates Manager / Coastal Manager", D(2025, 12, 31), None, "Green", "Green",
         "Diary fields configured; data load under way."),
        ("AM.2", "Low", r_am2,
         "Issue a standard inspection template and upload the 2024/25 inspection records to the estates "
         "management system.",
         "Asset Manager (Rural)", D(2025, 8, 31), D(2025, 10, 31), "Amber", "Red",
         "Template issued. Upload incomplete at 31 October; new date to be agreed with Internal Audit."),
        ("AM.3", "Low", r_am3,
         "Include a managing agent performance section in the annual report to the Property Committee.",
         "Head of Property Finance", D(2026, 3, 31), None, None, "Not started", "Not yet due."),
    ]
    colour = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 4
    rec_start = None
    for row in rows:
        if row[0] == "S":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=r, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, grade, rec, action, officer, orig, rev, prev, cur, upd = row
        vals = [ref, grade, rec, action, officer, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if j in (5, 6) and v is not None:
                c.number_format = "dd/mm/yyyy"
            if j in (7, 8) and v in colour:
                c.fill = fill(colour[v])
        if rec is None:
            ws.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
        else:
            rec_start = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions reported as Complete are removed from the tracker once "
            "Internal Audit has verified the evidence and the Committee has noted closure.").font = Font(italic=True)
    widths = [9, 9, 45, 50, 26, 13, 13, 13, 13, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A4"
    wb.save(path(name))

    exp = {
        "source": "Crown Estate Scotland (Scottish public corporation), Audit and Risk Committee paper, "
                  "November 2025: internal audit recommendations follow-up tracker. Imitates Scottish public "
                  "bodies' ARC follow-up appendices (cover sheet with document control, summary of "
                  "recommendations by grade and status, status key; tracker sheet with audit-report section "
                  "rows, recommendation text merged over its two agreed actions, original and revised target "
                  "dates, previous and current status with fill colour, progress updates, a closing note).",
        "reads": "A two-sheet workbook: a cover with document control, a summary count and a status key, then "
                 "the tracker, where each audit report is a grey section row and each row gives the auditors' "
                 "recommendation, the agreed management action, the responsible officer (job titles), original "
                 "and revised dates and previous/current status. Eight agreed actions across three audits; the "
                 "end is the revised date where one is given and the status is the current one.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker",
        "actions": [
            act("PCM.1a", [s1, r_pcm1], rows[1][3], ["Head of Procurement"], "2025-09", "blue"),
            act("PCM.1b", [s1, r_pcm1], rows[2][3], ["Director of Finance and Corporate Services"], "2025-12", "amber"),
            act("PCM.2", [s1, r_pcm2], rows[3][3], ["Head of Procurement", "Head of Finance"], "2025-05", "blue"),
            act("CYB.1", [s2, r_cyb1], rows[5][3], ["Head of Digital"], "2026-01", "amber"),
            act("CYB.2", [s2, r_cyb2], rows[6][3], ["Head of Digital"], "2025-10", "green"),
            act("AM.1", [s3, r_am1], rows[8][3], ["Rural Estates Manager", "Coastal Manager"], "2025-12", "green"),
            act("AM.2", [s3, r_am2], rows[9][3], ["Asset Manager (Rural)"], "2025-10", "red"),
            act("AM.3", [s3, r_am3], rows[10][3], ["Head of Property Finance"], "2026-03", "unrated"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. Weaver Vale Housing Trust - strategic risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def weaver_vale():
    name = "zuh-weaver-vale-housing-trust-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR 2025-26"
    ws["A1"] = "Weaver Vale Housing Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reported to: Board, 9 December 2025 (reviewed by the Audit and Risk Committee on "
                "25 November 2025)")
    heads = ["Risk ref", "Risk description / further action required", "Risk owner / action owner",
             "Inherent score (L x I)", "Residual score (L x I)", "Direction", "Target date",
             "Progress at November 2025", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR1", "Failure to meet landlord health and safety compliance obligations (gas, electrical, fire, "
                "water, asbestos and lifts), leading to harm to residents and regulatory intervention.",
         "Executive Director of Assets", "4 x 5 = 20", "2 x 5 = 10", "↔",
         [("SR1.1", "Complete the remaining electrical installation condition reports (EICRs) for homes with a "
                    "certificate over five years old.", "Head of Compliance", "March 2026",
           "1,206 of 1,420 homes now hold a current EICR.", "A"),
          ("SR1.2", "Procure a compliance data platform and migrate the six compliance streams onto it.",
           "Head of Compliance / Head of Digital", "Sept 2026", "Tender evaluation complete; award due January.",
           "G")]),
        ("SR2", "Damp and mould cases are not identified and resolved within the timescales required by "
                "Awaab's Law and the Safety and Quality Standard.",
         "Executive Director of Customer Services", "4 x 4 = 16", "3 x 4 = 12", "↑",
         [("SR2.1", "Carry out proactive stock condition surveys of the 1,150 homes with no survey in the "
                    "last five years, prioritising pre-1960 properties.", "Head of Asset Management",
           "Febuary 2026", "640 surveys completed; additional surveyor contract in place.", "A"),
          ("SR2.2", "Introduce a damp and mould triage within 24 hours of report, with a follow-up call to "
                    "the resident six weeks after works are completed.", "Repairs Manager", "Oct 2025",
           "Triage live from 1 October 2025.", "B")]),
        ("SR3", "Financial capacity is insufficient to fund the investment programme and maintain loan "
                "covenant headroom, given rent policy and build cost inflation.",
         "Executive Director of Finance", "3 x 5 = 15", "2 x 5 = 10", "↔",
         [("SR3.1", "Re-run the business plan stress tests against the 2026 rent settlement and report "
                    "mitigation plans to the Board.", "Head of Finance", "Q4 2025/26",
           "Scenarios agreed with Finance Committee.", "G")]),
        ("SR4", "A cyber attack or data breach disrupts services to customers or results in the loss of "
                "personal data.", "Executive Director of Resources", "4 x 4 = 16", "3 x 4 = 12", "↓",
         [("SR4.1", "Complete the Cyber Essentials Plus re-certification and close the actions from the "
                    "penetration test.", "Head of Digital", "January 2026", "Penetration test actions 9 of 12 "
                                                                             "closed.", "A"),
          ("SR4.2", "Run quarterly phishing simulations for all staff and Board members, with targeted "
                    "training for repeat clickers.", "Information Governance Manager", "Ongoing",
           "Q2 click rate 4%, down from 9%.", "G")]),
    ]
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 6
    typo_row = None
    for ref, desc, owner, inh, res, dirn, actions in risks:
        vals = [ref, desc, owner, inh, res, dirn]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.font = Font(bold=True)
            c.fill = fill("E8DAEF")
            c.alignment = WRAP
            c.border = BOX
        for j in range(7, 10):
            ws.cell(row=r, column=j).fill = fill("E8DAEF")
            ws.cell(row=r, column=j).border = BOX
        r += 1
        for aref, atext, aowner, date, prog, g in actions:
            vals = [aref, atext, aowner, None, None, None, date, prog, g]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=9).fill = fill(rag[g])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            if date == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key (further actions):").font = Font(bold=True)
    r += 1
    for k, col, txt in [("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                        ("A", AMBER, "Some slippage / at risk"), ("R", RED, "Off track or overdue")]:
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scores: likelihood (1-5) x impact (1-5). Risk appetite for health and "
            "safety compliance is Averse (target residual score 10 or below).").font = Font(italic=True)
    for j, w in enumerate([9, 60, 30, 12, 12, 10, 14, 40, 6]):
        ws.column_dimensions[chr(65 + j)].width = w

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – November 2025"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for j in range(1, 6):
        hm.cell(row=3, column=1 + j, value=j)
    for i in range(5, 0, -1):
        hm.cell(row=3 + (6 - i), column=1, value=i)
    hm.cell(row=3 + (6 - 3), column=5, value="SR2, SR4")
    hm.cell(row=3 + (6 - 2), column=6, value="SR1, SR3")
    wb.save(path(name))

    exp = {
        "source": "Weaver Vale Housing Trust (registered provider regulated by the Regulator of Social "
                  "Housing), Board, December 2025: strategic risk register 2025/26. Imitates housing "
                  "association strategic risk registers (title block with the meeting, risk rows shaded with "
                  "owner, inherent and residual L x I scores and direction of travel, further actions under "
                  "each risk with owner, target date, progress and a fill-coloured RAG letter, a RAG key and "
                  "scoring note, a heat map sheet).",
        "reads": "Four strategic risks, each followed by the further actions that mitigate it, with an action "
                 "owner, target date and RAG. The target date of action SR2.1 reads 'Febuary 2026', a "
                 "mistyped month, so a careful reader stops and asks before taking that row's end month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Strategic Risk Register 2025/26",
    }
    write_expected(name, exp)
    return typo_row


# ---------------------------------------------------------------------------
# 3. Forestry and Land Scotland - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def forestry_land_scotland():
    name = "zuh-forestry-and-land-scotland-business-systems-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    title = "Business Systems Transformation Programme – Highlight Report"
    ws["A1"] = "Forestry and Land Scotland"
    ws["A1"].font = Font(bold=True, size=13, color="2E7D32")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period: 1–31 October 2025"
    ws["E3"] = "Report date: 7 November 2025"
    ws["A4"] = "SRO: Director of Corporate Services"
    ws["E4"] = "Programme Manager: Ailsa Rennie"

    ws["A6"] = "Status"
    ws["B6"] = "Last period"
    ws["C6"] = "This period"
    for c in ("A6", "B6", "C6"):
        ws[c].font = Font(bold=True)
    dims = [("Overall", "A", "A"), ("Schedule", "A", "R"), ("Budget", "G", "G"), ("Resources", "A", "A")]
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for i, (d, last, this) in enumerate(dims):
        ws.cell(row=7 + i, column=1, value=d)
        for j, v in ((2, last), (3, this)):
            c = ws.cell(row=7 + i, column=j, value=v)
            c.fill = fill(rag[v])
            c.alignment = Alignment(horizontal="center")
    ws["A12"] = "Summary"
    ws["A12"].font = Font(bold=True)
    ws["A13"] = ("Trial load 2 for Finance has been reconciled. Payroll parallel running has slipped because "
                 "the bureau cannot support two parallel runs before January; the go-live date of 1 April "
                 "2026 is held but schedule is now Red. The change network launched on time.")
    ws.merge_cells("A13:H13")
    ws["A13"].alignment = WRAP
    ws.row_dimensions[13].height = 48

    ws["A15"] = "Milestones and key activities"
    ws["A15"].font = Font(bold=True, size=12)
    heads = ["Workstream", "Ref", "Milestone / key activity", "Owner", "Baseline date", "Forecast date",
             "RAG", "Commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=16, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E7D32")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    w1 = "WS1 Finance and Procurement (Oracle Fusion)"
    w2 = "WS2 HR and Payroll"
    w3 = "WS3 Timber Sales and Harvesting"
    w4 = "WS4 Change, Training and Communications"
    ms = [
        (w1, "1.1", "Complete data migration trial load 2 and reconcile the trial balance.", "Mark Dougan",
         D(2025, 9, 30), D(2025, 10, 24), "B", "Trial load 2 reconciled on 24 October."),
        (w1, "1.2", "Sign off the finance design for purchase-to-pay and general ledger.",
         "Mark Dougan and Kirsty Fraser", D(2025, 10, 31), D(2025, 12, 12), "A",
         "Two design workshops re-run following changes to the approval hierarchy."),
        (w2, "2.1", "Agree the payroll parallel-run approach and dates with the payroll bureau.", "Fiona McLeish",
         D(2025, 11, 28), D(2026, 1, 30), "R", "Bureau unable to support parallel runs before January. "
                                                 "Escalated to SRO."),
        (w2, "2.2", "Complete the HR data cleanse for all employee records.", "Fiona McLeish",
         D(2025, 10, 31), D(2025, 10, 31), "G", "96% of records cleansed."),
        (w3, "3.1", "Deliver user acceptance testing of the timber sales contract module.",
         "Calum Gillies / Supplier PM", D(2026, 1, 16), D(2026, 2, 27), "A",
         "Supplier build of the auction interface is six weeks late."),
        (w4, "4.1", "Launch the 'Ready for Go-Live' change network with a champion in every region.",
         "Business Change Lead", D(2025, 10, 15), D(2025, 10, 15), "B", "Launched with 31 champions."),
        (w4, "4.2", "Publish the end-user training plan and book training venues in each region.",
         "Business Change Lead", D(2025, 12, 19), None, None, "Not yet started."),
    ]
    r = 17
    groups = {}
    for wsn, ref, text, owner, base, fc, g, comm in ms:
        groups.setdefault(wsn, []).append(r)
        vals = [wsn, ref, text, owner, base, fc, None, comm]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None and not (j == 0 and len(groups[wsn]) > 1):
                c.value = v
            c.border = BOX
            c.alignment = WRAP
            if j in (4, 5) and v is not None:
                c.number_format = "dd-mmm-yy"
        if g:
            ws.cell(row=r, column=7).fill = fill(rag[g])
        r += 1
    for wsn, rws in groups.items():
        if len(rws) > 1:
            ws.merge_cells(start_row=rws[0], start_column=1, end_row=rws[-1], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for j, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk"),
                                    (RED, "Off track")]):
        c = ws.cell(row=r, column=2 + j, value=txt)
        c.fill = fill(col)
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from the Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="1. Approve release of £85,000 from programme contingency for additional "
                                   "payroll testing.")
    r += 1
    ws.cell(row=r, column=1, value="2. Note the revised forecast for timber sales UAT.")
    for j, w in enumerate([26, 6, 55, 28, 13, 13, 8, 45]):
        ws.column_dimensions[chr(65 + j)].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Programme finance – October 2025 (£000)"
    fin["A1"].font = Font(bold=True)
    rowsf = [("Budget line", "Approved budget", "Spend to date", "Forecast outturn", "Variance"),
             ("Supplier implementation", 2450, 1310, 2520, -70),
             ("Internal backfill", 640, 355, 640, 0),
             ("Licences (Year 1)", 410, 410, 410, 0),
             ("Contingency", 300, 0, 230, 70),
             ("Total", 3800, 2075, 3800, 0)]
    for i, row in enumerate(rowsf):
        for j, v in enumerate(row):
            c = fin.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rowsf) - 1):
                c.font = Font(bold=True)
    fin.column_dimensions["A"].width = 26
    wb.save(path(name))

    leads = {
        "1.1": ["Mark Dougan"], "1.2": ["Mark Dougan", "Kirsty Fraser"], "2.1": ["Fiona McLeish"],
        "2.2": ["Fiona McLeish"], "3.1": ["Calum Gillies", "Supplier PM"], "4.1": ["Business Change Lead"],
        "4.2": ["Business Change Lead"],
    }
    smap = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    actions = []
    for wsn, ref, text, owner, base, fc, g, comm in ms:
        end = (fc or base).strftime("%Y-%m")
        actions.append(act(ref, [wsn], text, leads[ref], end, smap[g]))
    exp = {
        "source": "Forestry and Land Scotland (Scottish Government executive agency), monthly highlight report "
                  "to the programme board for a business systems (ERP) replacement programme, October 2025. "
                  "Imitates PRINCE2-style public sector highlight reports (title block with reporting period, "
                  "SRO and programme manager, last/this period RAG by dimension, summary paragraph, milestone "
                  "table with the workstream in a vertically merged cell, baseline and forecast dates, RAG shown "
                  "only as cell fill colour, a colour key, decisions required list, finance sheet).",
        "reads": "A one-page highlight report: status dimensions and a summary, then seven milestones/key "
                 "activities under four workstreams, each with an owner, baseline and forecast dates and a "
                 "colour-only RAG cell (blue complete, green, amber, red, one blank). The forecast date is the "
                 "revised end; the decisions list and the finance sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; inner '\n' becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def add_table(doc, rows, header_fill="D9D9D9", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


# ---------------------------------------------------------------------------
# 4. Belfast Harbour - Audit and Risk Committee action log (docx)
# ---------------------------------------------------------------------------
def belfast_harbour():
    name = "zuh-belfast-harbour-commissioners-audit-and-risk-committee-action-log.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Belfast Harbour Commissioners").bold = True
    title = "Audit and Risk Committee: Schedule of Actions Arising"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Position at 20 January 2026")
    add_table(doc, [["Paper reference", "ARC 26/01/04"],
                    ["Author", "Company Secretary"],
                    ["Date", "20 January 2026"],
                    ["Purpose", "For noting"]], header_fill=None)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG status key").bold = True
    key = add_table(doc, [["RAG", "Meaning"],
                          ["B", "Complete – action closed, to be removed from the schedule"],
                          ["G", "On track for the due date"],
                          ["A", "Due date at risk or revised"],
                          ["R", "Overdue"]])
    for i, col in enumerate([BLUE, GREEN, AMBER, RED]):
        shade(key.cell(i + 1, 0), col)
    heads = ["No.", "Minute", "Action", "Owner", "Due", "Update", "RAG"]
    m1 = "Actions from the meeting of 16 September 2025"
    m2 = "Actions from the meeting of 18 November 2025"
    t1 = [
        ["25/09-01", "5.3 Internal Audit Progress",
         "Provide the Committee with a breakdown of overdue internal audit recommendations by directorate.",
         "Head of Internal Audit", "November 2025", "Included in the November internal audit progress report.",
         "B"],
        ["25/09-02", "6.1 Corporate Risk Register",
         "Review the wording of the cyber risk (CR07) to reflect supply chain threats and bring back a revised "
         "residual score.\nConsider whether a separate risk is needed for operational technology at the port.",
         "CIO / Head of Risk and Compliance", "January 2026",
         "Draft wording agreed. OT risk assessment to be completed before the March meeting.", "A"],
        ["25/09-03", "8 Fraud Risk Assessment",
         "Arrange fraud awareness training for Commissioners as part of the 2026 Board development programme.",
         "Company Secretary", "March 2026", "Session being arranged with the NIAO.", "G"],
    ]
    t2 = [
        ["25/11-01", "4.2 NIAO Report to Those Charged with Governance",
         "Bring the management response to the NIAO priority 1 finding on capital project accruals to the "
         "next meeting.", "Chief Financial Officer", "20/01/2026", "On the agenda at item 5.", "B"],
        ["25/11-02", "5.1 Internal Audit Strategy 2026/27",
         "Share the draft 2026/27 internal audit needs assessment with Commissioners for comment before "
         "approval.", "Head of Internal Audit", "Feb 2026", "", "G"],
        ["25/11-03", "7 Health and Safety Assurance",
         "Provide an annual report on contractor safety performance across the harbour estate, including "
         "RIDDOR reportable incidents.", "Harbour Master; Head of Estates", "Annual",
         "First report to be presented in May 2026.", "G"],
        ["25/11-04", "9 Any Other Business",
         "Confirm with the Department for Infrastructure the timetable for the trust port governance review.",
         "JMcK/SB", "Dec 2025", "Awaiting a reply from DfI.", "R"],
    ]
    for heading, rows in ((m1, t1), (m2, t2)):
        doc.add_heading(heading, level=2)
        t = add_table(doc, [heads] + rows)
        for i, row in enumerate(rows):
            shade(t.cell(i + 1, 6), {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[row[6]])
    doc.add_paragraph()
    doc.add_paragraph("Completed actions (B) are removed from the schedule once noted by the Committee.").runs[
        0].italic = True
    doc.save(path(name))

    leads = {"25/09-01": ["Head of Internal Audit"], "25/09-02": ["CIO", "Head of Risk and Compliance"],
             "25/09-03": ["Company Secretary"], "25/11-01": ["Chief Financial Officer"],
             "25/11-02": ["Head of Internal Audit"], "25/11-03": ["Harbour Master", "Head of Estates"],
             "25/11-04": ["JMcK", "SB"]}
    ends = {"25/09-01": "2025-11", "25/09-02": "2026-01", "25/09-03": "2026-03", "25/11-01": "2026-01",
            "25/11-02": "2026-02", "25/11-03": None, "25/11-04": "2025-12"}
    smap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for heading, rows in ((m1, t1), (m2, t2)):
        for row in rows:
            a = act(row[0], [heading], row[2], leads[row[0]], ends[row[0]], smap[row[6]],
                    end_text="Annual" if row[4] == "Annual" else None)
            actions.append(a)
    exp = {
        "source": "Belfast Harbour Commissioners (Northern Ireland trust port, public body), Audit and Risk "
                  "Committee schedule of actions arising, January 2026. Imitates NI public bodies' committee "
                  "action logs (body name and heading, paper-details table, RAG key table, one table per "
                  "meeting under a heading, minute reference column, owner as job titles or initials, update "
                  "column, RAG letter with cell shading).",
        "reads": "A committee action log: after a paper-details table and a RAG key, two tables list the actions "
                 "arising from the September and November 2025 meetings, each with number, minute, action, "
                 "owner, due date, update and a B/G/A/R letter. Seven actions; the 'Annual' due date has no "
                 "month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Plan International UK - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
def plan_international():
    name = "zuh-plan-international-uk-charity-commission-regulatory-compliance-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Plan International UK")
    r.bold = True
    r.font.size = Pt(14)
    title = "Action plan: Charity Commission regulatory compliance case"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Approved by the Board of Trustees on 12 December 2024. Progress update provided to the "
                      "Commission on 30 June 2025.")
    add_table(doc, [["Version", "Date", "Owner", "Notes"],
                    ["1.0", "12/12/2024", "Company Secretary", "Approved by the Board"],
                    ["1.1", "30/06/2025", "Company Secretary", "Progress update to the Charity Commission"]])
    doc.add_heading("Background", level=1)
    doc.add_paragraph("In September 2024 the Charity Commission concluded its regulatory compliance case and "
                      "issued regulatory advice and guidance to the trustees in three areas. This plan sets out "
                      "the actions the trustees have agreed in response. Progress is reviewed at every meeting "
                      "of the Audit and Risk Committee.")
    doc.add_paragraph("Status key: Complete; On track; Amber – delayed, revised date agreed; Red – off track; "
                      "Not started.")
    heads = ["Ref", "Action", "Lead", "Target date", "Status", "Progress / evidence"]
    a1 = "Area 1 – Safeguarding reporting to trustees"
    g1 = ("The trustees should ensure they receive regular and sufficient information about safeguarding "
          "incidents and concerns, including those involving partner organisations, so that they can "
          "discharge their oversight duties.")
    a2 = "Area 2 – Serious incident reporting"
    g2 = ("The charity should report serious incidents to the Commission promptly, in line with the "
          "Commission’s guidance, and keep a record of the trustees’ decisions about reporting.")
    a3 = "Area 3 – Conflicts of interest"
    g3 = ("The trustees should strengthen the management of conflicts of interest, including keeping the "
          "register of interests up to date and recording how conflicts are handled at meetings.")
    areas = [
        (a1, g1, [
            ["1.1", "Introduce a quarterly safeguarding dashboard to the Board, covering incidents by country, "
                    "type and partner, and cases open for more than 90 days.", "Director of Safeguarding",
             "March 2025", "Complete", "First dashboard presented to the Board on 20 March 2025."],
            ["1.2", "Appoint a lead trustee for safeguarding and agree a role description.", "Chair of Trustees",
             "31/01/2025", "Complete", "Lead trustee appointed 23 January 2025."],
            ["1.3", "Commission an independent review of how partner organisations report safeguarding concerns "
                    "to Plan International UK.", "Director of Safeguarding; Director of Programmes",
             "Sept 2025", "On track", "Terms of reference agreed; reviewer appointed in May 2025."],
        ]),
        (a2, g2, [
            ["2.1", "Revise the serious incident reporting procedure so that the decision whether to report is "
                    "taken within five working days and recorded in a central log.", "Company Secretary",
             "By 28 February 2025", "Complete", "Procedure approved by the Audit and Risk Committee."],
            ["2.2", "Deliver serious incident reporting training to all trustees and the Executive Leadership "
                    "Team.", "Company Secretary", "Sept 2025", "Amber – delayed",
             "Revised from March 2025; trustee session booked for the September away day."],
            ["2.3", "Report annually to the Audit and Risk Committee on incidents reported, and not reported, to "
                    "the Commission, with the reasons.", "Chief Financial Officer", "Annually", "On track",
             "First annual report due November 2025."],
        ]),
        (a3, g3, [
            ["3.1", "Refresh the register of interests for all trustees and senior staff, and publish the "
                    "trustee entries on the website.", "Company Secretary", "April 2025", "Complete",
             "Published 14 April 2025."],
            ["3.2", "Add a standing ‘declarations of interest’ item to all Board and committee agendas, and "
                    "minute how any conflict is handled.", "Chair of Trustees / Company Secretary",
             "Q1 2025/26", "Not started", "To start with the July 2025 committee cycle."],
        ]),
    ]
    for area, guidance, rows in areas:
        doc.add_heading(area, level=2)
        gp = doc.add_paragraph()
        gp.add_run(guidance).italic = True
        t = add_table(doc, [heads] + rows, header_fill="DEEAF6")
        for i, row in enumerate(rows):
            col = {"Complete": BLUE, "On track": GREEN, "Amber – delayed": AMBER}.get(row[4])
            if col:
                shade(t.cell(i + 1, 4), col)
    doc.add_heading("Sign-off", level=1)
    add_table(doc, [["Signed on behalf of the trustees", "Role", "Date"],
                    ["Chair of Trustees", "Chair", "12/12/2024"],
                    ["Chief Executive", "Accounting officer", "12/12/2024"]])
    doc.save(path(name))

    leads = {"1.1": ["Director of Safeguarding"], "1.2": ["Chair of Trustees"],
             "1.3": ["Director of Safeguarding", "Director of Programmes"], "2.1": ["Company Secretary"],
             "2.2": ["Company Secretary"], "2.3": ["Chief Financial Officer"], "3.1": ["Company Secretary"],
             "3.2": ["Chair of Trustees", "Company Secretary"]}
    ends = {"1.1": "2025-03", "1.2": "2025-01", "1.3": "2025-09", "2.1": "2025-02", "2.2": "2025-09",
            "2.3": None, "3.1": "2025-04", "3.2": "2025-06"}
    smap = {"Complete": "blue", "On track": "green", "Amber – delayed": "amber", "Not started": "unrated"}
    actions = []
    for area, guidance, rows in areas:
        for row in rows:
            actions.append(act(row[0], [area, guidance], row[1], leads[row[0]], ends[row[0]], smap[row[4]],
                               end_text="Annually" if row[3] == "Annually" else None))
    exp = {
        "source": "Plan International UK (registered charity), trustees' action plan responding to a Charity "
                  "Commission regulatory compliance case, approved December 2024 with a June 2025 update. "
                  "Imitates charities' published responses to Commission regulatory advice and guidance "
                  "(body name and title, approval line, version table, background, status key line, one "
                  "section per area of concern with the Commission's advice in italics above a table of "
                  "actions, status words with shading, sign-off table).",
        "reads": "A Word action plan in three areas: under each area heading the Commission's advice is quoted, "
                 "then a table of numbered actions with lead, target date, status and evidence. Eight actions; "
                 "the version and sign-off tables are not the plan, and 'Annually' has no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. Morpeth Town Council - AGAR / internal audit action plan, SharePoint list export (csv)
# ---------------------------------------------------------------------------
def morpeth():
    name = "zuh-morpeth-town-council-agar-internal-audit-action-plan-sharepoint-export.csv"
    hdr = ["Ref", "Area", "Issue identified", "Action", "Assigned To", "Due Date", "RAG Status",
           "Progress notes", "Modified", "Modified By"]
    ar1 = "External audit – AGAR 2024/25"
    ar2 = "Internal audit 2024/25"
    ar3 = "Governance and transparency"
    i1 = ("The AGAR was approved after 30 June 2025 and the notice of the period for the exercise of public "
          "rights did not give the full 30 working days.")
    i2 = "Bank reconciliations were not reviewed and signed off by a councillor during the year."
    i3 = ("The fixed asset register had not been updated for items bought since April 2021 and did not "
          "reconcile to Box 9 of the AGAR.")
    i4 = ("Standing Orders and Financial Regulations had not been reviewed since 2019 and do not reflect the "
          "current NALC models.")
    i5 = "The council website does not meet the Transparency Code for Smaller Authorities."
    rows = [
        ["AG-01", ar1, i1, "Set a Full Council date before 30 June each year to approve Section 1 and then "
                           "Section 2 of the AGAR, in that order.", "Helen Armstrong", "30/06/2026", "Green",
         "Full Council booked for 16 June 2026.", "14/10/2025 09:12", "Helen Armstrong"],
        ["AG-02", ar1, i1, "Publish the notice of public rights with the correct inspection period and keep "
                           "dated evidence of its publication on the website and noticeboard.",
         "Helen Armstrong;Paul Wade", "30/06/2026", "Green", "", "14/10/2025 09:14", "Helen Armstrong"],
        ["AG-03", ar1, i2, "Finance and General Purposes Committee to nominate a councillor to verify each "
                           "quarter's bank reconciliation against the bank statements and record this in the "
                           "minutes.", "Paul Wade", "31/07/2025", "Complete",
         "Cllr nominated 8 July 2025.\nQ1 reconciliation verified and minuted.", "02/09/2025 15:40",
         "Paul Wade"],
        ["IA-01", ar2, i3, "Update the fixed asset register for all purchases since April 2021, including the "
                           "new play equipment, and reconcile it to Box 9.", "Paul Wade", "31/10/2025", "Amber",
         "Register updated to March 2024; 2024/25 items outstanding.", "20/10/2025 11:02", "Paul Wade"],
        ["IA-02", ar2, i4, "Adopt revised Standing Orders based on the 2025 NALC model.", "Helen Armstrong",
         "30/09/2025", "Complete", "Adopted by Full Council 17 September 2025.", "18/09/2025 08:55",
         "Helen Armstrong"],
        ["IA-03", ar2, i4, "Adopt revised Financial Regulations based on the NALC model, including new "
                           "thresholds for quotations and tenders.", "Helen Armstrong", "30/09/2025", "Red",
         "Deferred by Full Council in September pending NALC advice on the Procurement Act 2023 thresholds.\n"
         "To return to November meeting.", "18/09/2025 09:01", "Helen Armstrong"],
        ["GV-01", ar3, i5, "Publish all items required by the Transparency Code for Smaller Authorities and add "
                           "an accessibility statement to the website.", "Jo Bell", "31/12/2025", "Not started",
         "", "14/10/2025 09:20", "Helen Armstrong"],
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)
    leads = {"AG-02": ["Helen Armstrong", "Paul Wade"]}
    smap = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "unrated"}
    actions = []
    for row in rows:
        d, m, y = row[5].split("/")
        actions.append(act(row[0], [row[1], row[2]], row[3], leads.get(row[0], [row[4]]), f"{y}-{m}",
                           smap[row[6]]))
    exp = {
        "source": "Morpeth Town Council (Northumberland town council), action plan responding to the external "
                  "auditor's AGAR 2024/25 report and the internal auditor's 2024/25 report, kept as a SharePoint "
                  "list and exported to CSV (October 2025). Copies SharePoint list exports: a header row and no "
                  "title, an area and issue repeated on every row, a person field with several people joined by "
                  "';', UK dates, a RAG choice column, multi-line progress notes in quoted fields, Modified and "
                  "Modified By columns.",
        "reads": "A flat list export: each row is one action with its area and the audit issue it answers, the "
                 "person assigned, due date and RAG status. Seven actions; the document has no title.",
        "outcome": "read",
        "accept_refusal": False,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. NHS Lanarkshire - ICO reprimand improvement action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def nhs_lanarkshire():
    name = "zuh-nhs-lanarkshire-ico-reprimand-whatsapp-improvement-action-plan.txt"
    title = "Improvement Action Plan: ICO Reprimand – use of WhatsApp to share patient data"
    rec1 = ("The health board should establish a secure clinical image transfer system for the storage of "
            "images and videos within a care setting.")
    rec2 = ("Before deploying new apps, the health board should consider the risks relating to personal data "
            "and include the requirement to assess and mitigate these risks in any approval process.")
    rec3 = ("The health board should review its policies and guidance on the use of messaging apps and make "
            "sure staff understand their data protection responsibilities.")
    rows = [
        ("1", rec1, "Evaluate approved clinical image capture apps and agree a preferred option with the Digital "
                    "Governance Group.", "Director of eHealth", "Dec-23", "", "Complete",
         "Option appraisal approved 12/12/23."),
        ("2", "", "Roll out the approved clinical image app to community nursing teams in both HSCPs.",
         "Director of eHealth / Nurse Director (HSCP)", "Mar-24", "Jun-24", "A",
         "Pilot live in 3 teams; full roll-out delayed by device procurement."),
        ("3", rec2, "Add a mandatory DPIA screening step to the Digital Approval Process for all new apps and "
                    "software.", "Data Protection Officer", "31/01/2024", "", "Complete",
         "In place from 15/01/24."),
        ("4", "", "Publish a list of approved messaging and collaboration apps on FirstPort, with guidance on "
                  "what each may be used for.", "Head of Information Governance", "Q4 2023/24", "", "G",
         "Draft list with Digital Governance Group."),
        ("5", rec3, "Issue a revised Mobile Messaging Policy for approval by the Information Governance "
                    "Committee.", "Head of Information Governance", "31/03/2024", "", "G",
         "Policy on today's agenda."),
        ("6", "", "Issue a Core Brief to all staff and require teams to delete patient data held in unapproved "
                  "WhatsApp groups, with line managers confirming completion.",
         "Head of Information Governance; Nurse Director (HSCP)", "Feb-24", "", "Complete",
         "Core Brief issued 05/02/24; 94% of managers confirmed."),
        ("7", "", "Add messaging app scenarios to the mandatory information governance module on Turas Learn.",
         "Data Protection Officer", "Q1 2024/25", "", "Not started", "Module review scheduled for April 2024."),
    ]
    lines = [
        "NHS Lanarkshire",
        title,
        "Update to the Information Governance Committee, 19 March 2024",
        "",
        "\t".join(["No.", "ICO recommendation", "Action", "Lead", "Target date", "Revised date", "RAG",
                   "Progress update"]),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "RAG: Complete = action closed; G = on track; A = at risk or revised date; R = overdue; Not started",
        "Prepared by the Information Governance Team, 8 March 2024",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    info = {
        "1": (rec1, ["Director of eHealth"], "2023-12", "blue"),
        "2": (rec1, ["Director of eHealth", "Nurse Director (HSCP)"], "2024-06", "amber"),
        "3": (rec2, ["Data Protection Officer"], "2024-01", "blue"),
        "4": (rec2, ["Head of Information Governance"], "2024-03", "green"),
        "5": (rec3, ["Head of Information Governance"], "2024-03", "green"),
        "6": (rec3, ["Head of Information Governance", "Nurse Director (HSCP)"], "2024-02", "blue"),
        "7": (rec3, ["Data Protection Officer"], "2024-06", "unrated"),
    }
    actions = []
    for row in rows:
        rec, lead, end, st = info[row[0]]
        actions.append(act(row[0], [rec], row[2], lead, end, st))
    exp = {
        "source": "NHS Lanarkshire (Scottish health board), improvement action plan following the Information "
                  "Commissioner's reprimand of July 2023 over staff use of WhatsApp to share patient data, as "
                  "updated for the Information Governance Committee in March 2024 "
                  "(https://www.digitalhealth.net/2023/08/ico-reprimands-nhs-lanarkshire-for-sharing-patient-data-via-whatsapp/). "
                  "A tab-separated text export of the committee table: three title lines, a header row, the "
                  "ICO recommendation written once and left blank on the following rows, target and revised "
                  "dates in mixed formats (Dec-23, 31/01/2024, Q4 2023/24), RAG words and letters, a key and "
                  "a prepared-by line.",
        "reads": "Seven numbered actions answering three ICO recommendations; the recommendation cell is filled "
                 "only on the first of its actions and carries down. Each action has a lead (job titles, two "
                 "where joined by '/' or ';'), a target date and sometimes a revised date, which is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    crown_estate_scotland()
    row = weaver_vale()
    forestry_land_scotland()
    belfast_harbour()
    plan_international()
    morpeth()
    nhs_lanarkshire()
    print("built; Weaver Vale typo on sheet row", row)
