"""Build the seven zcr- blind test files (set heldout780).

Run with /work/main/.venv/bin/python zcr_make.py  (openpyxl, python-docx).
Only files whose names start with zcr- are written.
"""
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
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DEEAF6", "lgrey": "F2F2F2",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxrow(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. MND Association - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
MND_FILE = "zcr-mnd-association-audit-and-risk-committee-internal-audit-tracker.xlsx"

# (section heading, [(recommendation, priority, [actions])])
# action: (ref, text, owner, original, revised, status word, update)
MND = [
    ("2024/25-02 Supporter Data and Gift Aid (Limited assurance)", [
        ("Gift Aid declarations should be reconciled monthly between the CRM and the HMRC claim file, with exceptions investigated and signed off.",
         "High", [
             ("24/02-1a",
              "Introduce a monthly reconciliation of Gift Aid declarations held in Dynamics to the HMRC claim file, reviewed by the Finance Business Partner.",
              "Head of Supporter Care", D(2025, 3, 31), D(2025, 9, 30), "Complete",
              "Reconciliation in place from June 2025 claim. Evidence (June-September sign-offs) verified by internal audit on 14/10/2025."),
             ("24/02-1b",
              "Document the exception-handling procedure and train the Supporter Care team in its use.",
              "Head of Supporter Care; Finance Business Partner", D(2025, 4, 30), D(2025, 12, 31), "At risk",
              "Procedure drafted. Training delayed by CRM upgrade; revised date may need to move to February 2026."),
         ]),
        ("Retention rules for supporter records should be applied in the CRM so that records are not held for longer than the Data Retention Schedule allows.",
         "Medium", [
             ("24/02-2",
              "Configure automated retention flags in Dynamics in line with the Data Retention Schedule and run the first deletion cycle.",
              "Head of Information Governance", D(2025, 6, 30), None, "Overdue",
              "Flags configured in test. First deletion cycle awaiting sign-off of the legacy events data exception."),
         ]),
    ]),
    ("2024/25-04 Payroll and Expenses (Reasonable assurance)", [
        ("Changes to standing payroll data should be independently checked before each pay run.",
         "Medium", [
             ("24/04-1",
              "Introduce a second-person check of all permanent payroll changes, evidenced on the pre-payroll checklist.",
              "Payroll Manager", D(2025, 5, 31), None, "Complete",
              "Checklist in use from May 2025 payroll. Closed by internal audit follow-up, July 2025."),
         ]),
        ("Expense claims over £250 should be approved by a budget holder at least one grade senior to the claimant.",
         "Low", [
             ("24/04-2",
              "Update the Expenses Policy and the approval workflow in the expenses system to enforce senior approval for claims over £250.",
              "Head of HR / Head of Finance", D(2025, 10, 31), D(2026, 1, 31), "On track",
              "Policy approved by ELT 7 October 2025. Workflow change scheduled with the system supplier for January release."),
         ]),
    ]),
    ("2025/26-01 Cyber Security (Limited assurance)", [
        ("Multi-factor authentication should be enforced for all remote access and privileged accounts.",
         "High", [
             ("25/01-1",
              "Enforce MFA on all privileged administrator accounts and the remote-access VPN.",
              "Head of IT", D(2025, 9, 30), None, "Complete",
              "MFA enforced 22/09/2025. Conditional access report provided to internal audit."),
         ]),
        ("An IT disaster recovery plan should be approved and tested at least annually.",
         "High", [
             ("25/01-2a",
              "Complete and approve the IT Disaster Recovery Plan.",
              "Head of IT", D(2025, 12, 31), None, "On track",
              "Draft plan reviewed by the Information Security Group on 23/10/2025."),
             ("25/01-2b",
              "Carry out a desktop test of the plan with the Executive Leadership Team and report the results to ARC.",
              "Director of Finance and Resources / Head of IT", "Q4 2025/26", None, "Not started",
              "To follow approval of the plan."),
         ]),
    ]),
    ("2025/26-02 Volunteer Management (Reasonable assurance)", [
        ("Volunteer role descriptions should be reviewed and DBS eligibility confirmed for every volunteer role.",
         "Medium", [
             ("25/02-1",
              "Review all volunteer role descriptions and confirm DBS eligibility for each role with the Safeguarding Lead.",
              "Head of Volunteering", D(2026, 2, 28), None, "Not started",
              "Not yet due. Review timetable agreed with branch and group volunteer leads."),
         ]),
    ]),
]
MND_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}


def make_mnd():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "MND Association – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 18 November 2025 – Agenda item 7b"
    ws["A3"] = "Position at 31 October 2025. Prepared by the Head of Risk and Assurance."
    ws["A5"] = "Summary of open and recently completed actions"
    ws["A5"].font = Font(bold=True)
    cols = ["Priority", "Complete", "On track", "At risk", "Overdue", "Not started", "Total"]
    for i, h in enumerate(cols, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
    counts = {}
    for _, recs in MND:
        for _, pri, acts in recs:
            for a in acts:
                counts[(pri, a[5])] = counts.get((pri, a[5]), 0) + 1
    r = 7
    for pri in ["High", "Medium", "Low"]:
        ws.cell(row=r, column=1, value=pri)
        tot = 0
        for j, st in enumerate(cols[1:-1], 2):
            n = counts.get((pri, st), 0)
            tot += n
            ws.cell(row=r, column=j, value=n)
        ws.cell(row=r, column=7, value=tot)
        boxrow(ws, r, 7)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 8):
        colL = "ABCDEFG"[j - 1]
        ws.cell(row=r, column=j, value=f"=SUM({colL}7:{colL}9)").font = Font(bold=True)
    boxrow(ws, r, 7)
    ws["A13"] = "Notes"
    ws["A13"].font = Font(bold=True)
    ws["A14"] = "1. Actions verified as complete by internal audit will be removed from the next tracker."
    ws["A15"] = "2. Revised target dates require ARC approval and are shown in the Revised target date column of the Tracker sheet."
    ws.column_dimensions["A"].width = 14
    for colL in "BCDEFG":
        ws.column_dimensions[colL].width = 12

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit Recommendations Tracker – open and recently completed actions"
    t["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Status", "Progress update (October 2025)"]
    for i, h in enumerate(hdr, 1):
        c = t.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    for sec, recs in MND:
        t.cell(row=r, column=1, value=sec).font = Font(bold=True)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        t.cell(row=r, column=1).fill = fill(FILL["grey"])
        r += 1
        for rec, pri, acts in recs:
            first = r
            for ref, text, owner, orig, rev, st, upd in acts:
                t.cell(row=r, column=1, value=ref)
                t.cell(row=r, column=4, value=text)
                t.cell(row=r, column=5, value=owner)
                c = t.cell(row=r, column=6, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = t.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                c = t.cell(row=r, column=8, value=st)
                if st in MND_STATUS_FILL:
                    c.fill = fill(FILL[MND_STATUS_FILL[st]])
                    if st in ("Complete", "Overdue"):
                        c.font = Font(color="FFFFFF", bold=True)
                t.cell(row=r, column=9, value=upd)
                boxrow(t, r, 9)
                r += 1
            t.cell(row=first, column=2, value=pri)
            t.cell(row=first, column=3, value=rec)
            if r - 1 > first:
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    t.cell(row=r, column=1,
           value="Status key: Complete (blue) – verified by internal audit; On track (green); "
                 "At risk (amber) – target date may be missed; Overdue (red) – past target date; "
                 "Not started – action not yet due to begin.").font = Font(italic=True)
    widths = [10, 9, 40, 48, 24, 13, 13, 11, 48]
    for i, w in enumerate(widths):
        t.column_dimensions["ABCDEFGHI"[i]].width = w
    t.freeze_panes = "A4"

    k = wb.create_sheet("Definitions")
    k["A1"] = "Assurance and priority definitions"
    k["A1"].font = Font(bold=True)
    rows = [
        ("Substantial assurance", "A sound system of governance, risk management and control exists."),
        ("Reasonable assurance", "Some improvement is required to enhance the adequacy and effectiveness of controls."),
        ("Limited assurance", "Significant gaps or weaknesses in the system of control were identified."),
        ("High priority", "Action required urgently, normally within three months."),
        ("Medium priority", "Action required within six months."),
        ("Low priority", "Action desirable, normally within twelve months."),
    ]
    for i, (a, b) in enumerate(rows, 3):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
    k.column_dimensions["A"].width = 24
    k.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, MND_FILE))


# ---------------------------------------------------------------------------
# 2. Bord na Gaidhlig - strategic risk register 2025-26 (xlsx) - REFUSE
# ---------------------------------------------------------------------------
BNG_FILE = "zcr-bord-na-gaidhlig-strategic-risk-register-2025-26-typo-month-refuse.xlsx"

# (ref, risk, owner, inherent (L,I), controls, residual (L,I), target score, [actions])
# action: (text, owner, target date text, progress)
BNG = [
    ("SR01", "Maoineachadh | Funding: the 2026-27 grant-in-aid settlement is not sufficient to deliver the National Gaelic Language Plan 2023-28 and the new functions given to the Bòrd.",
     "Chief Executive", (4, 5),
     "Regular engagement with Scottish Government sponsor division; multi-year financial plan; monthly budget monitoring by SMT.",
     (4, 4), 9, [
         ("Submit a costed 2026-27 budget bid to the sponsor division, including the cost of new functions.",
          "Director of Finance and Corporate Services", "Sept 2025", "Complete"),
         ("Agree a prioritised funding scenario plan with the Board for a flat-cash settlement.",
          "Chief Executive", "Dec 2025", "On track"),
     ]),
    ("SR02", "Luchd-obrach | Staffing: the Bòrd cannot recruit and retain staff with the Gaelic language and language planning skills it needs.",
     "Head of HR", (4, 4),
     "Workforce plan; Gaelic learning support for staff; flexible and hybrid working policy.",
     (3, 4), 8, [
         ("Launch a Gaelic skills pathway for new staff with protected learning time.",
          "Head of HR", "Nov 2025", "On track"),
         ("Review pay and grading for specialist language planning posts.",
          "Head of HR / Director of Finance and Corporate Services", "March 2026", "On track"),
     ]),
    ("SR03", "Riaghladh | Governance: Board and committee membership falls below the level needed for quorate, well-informed decisions.",
     "Chair", (3, 5),
     "Standing Orders and quorum rules; Board skills matrix; annual Board effectiveness review.",
     (3, 4), 8, [
         ("Work with the Scottish Government Public Appointments team to fill three Board vacancies.",
          "Chair", "Jan 2026", "Delayed"),
         ("Deliver induction and committee training for new Board members.",
          "Board Secretary", "Febuary 2026", "Not started"),
     ]),
    ("SR04", "Planaichean Gàidhlig | Gaelic language plans: public authorities do not implement their statutory Gaelic language plans, limiting progress on the National Plan.",
     "Director of Language Planning", (4, 4),
     "Statutory guidance on Gaelic language plans; monitoring returns; Gaelic Language Plans Implementation Fund.",
     (3, 3), 6, [
         ("Introduce a risk-based monitoring framework for public authority Gaelic language plans.",
          "Director of Language Planning", "March 2026", "On track"),
         ("Publish the annual report on the monitoring of Gaelic language plans.",
          "Head of Language Planning", "Oct 2025", "Complete"),
     ]),
    ("SR05", "Siostaman | Cyber security: a cyber incident disrupts the grants management system or causes a personal data breach.",
     "Director of Finance and Corporate Services", (4, 5),
     "Cyber Essentials certification; managed firewall and endpoint protection; annual staff training.",
     (2, 5), 10, [
         ("Achieve Cyber Essentials Plus re-certification.",
          "IT Manager", "Dec 2025", "On track"),
         ("Run a phishing simulation for all staff and Board members.",
          "IT Manager", "Nov 2025", "On track"),
     ]),
]
BNG_PROG_FILL = {"Complete": "blue", "On track": "green", "Delayed": "amber"}


def score_fill(s):
    return "green" if s <= 6 else ("amber" if s <= 12 else "red")


def make_bng():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR 2025-26"
    ws["A1"] = "Bòrd na Gàidhlig"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Clàr mhì-chinnt Ro-innleachdail | Strategic Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Comataidh Sgrùdaidh is Dearbhachd | Audit and Assurance Committee – 9 September 2025"
    ws["A4"] = "Version 3.2 | Register owner: Ceannard | Chief Executive | Last reviewed by SMT: 26/08/2025"
    ws["A4"].font = Font(italic=True)
    hdr = ["Ref", "Cunnart | Risk", "Risk owner", "Inherent (L x I)", "Current controls",
           "Residual (L x I)", "Target score", "Gnìomhan a bharrachd | Further actions",
           "Action owner", "Target date", "Progress", "Trend"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    trend = {"SR01": "↑", "SR02": "→", "SR03": "↑", "SR04": "↓", "SR05": "→"}
    r = 7
    typo_row = None
    for ref, risk, owner, inh, ctrl, res, tgt, acts in BNG:
        first = r
        for text, aown, date, prog in acts:
            ws.cell(row=r, column=8, value=text)
            ws.cell(row=r, column=9, value=aown)
            ws.cell(row=r, column=10, value=date)
            if date.startswith("Febuary"):
                typo_row = r
            c = ws.cell(row=r, column=11, value=prog)
            if prog in BNG_PROG_FILL:
                c.fill = fill(FILL[BNG_PROG_FILL[prog]])
            boxrow(ws, r, 12)
            r += 1
        ws.cell(row=first, column=1, value=ref)
        ws.cell(row=first, column=2, value=risk)
        ws.cell(row=first, column=3, value=owner)
        c = ws.cell(row=first, column=4, value=f"{inh[0]} x {inh[1]} = {inh[0] * inh[1]}")
        c.fill = fill(FILL[score_fill(inh[0] * inh[1])])
        ws.cell(row=first, column=5, value=ctrl)
        c = ws.cell(row=first, column=6, value=f"{res[0]} x {res[1]} = {res[0] * res[1]}")
        c.fill = fill(FILL[score_fill(res[0] * res[1])])
        ws.cell(row=first, column=7, value=tgt)
        ws.cell(row=first, column=12, value=trend[ref])
        for col in (1, 2, 3, 4, 5, 6, 7, 12):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (L) and Impact (I) are each scored 1–5; score = L x I. "
                                   "1–6 green, 8–12 amber, 15–25 red. Trend: ↑ increasing, → stable, ↓ reducing.").font = Font(italic=True)
    widths = [7, 42, 18, 11, 36, 11, 8, 44, 24, 12, 11, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    ws.freeze_panes = "A7"

    m = wb.create_sheet("Matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = m.cell(row=i + 2, column=j + 1, value=s)
            c.fill = fill(FILL[score_fill(s)])
            c.border = BOX
    wb.save(os.path.join(HERE, BNG_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 3. NI Water - Living With Water Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
NIW_FILE = "zcr-northern-ireland-water-living-with-water-programme-highlight-report.xlsx"

# (workstream, [(ref, text, owner, baseline, forecast, prev RAG, current RAG, commentary)])
NIW = [
    ("WS1 – Belfast Wastewater Treatment Works (Duncrue) upgrade", [
        ("1.1", "Award the design and build contract for the new inlet works and storm storage.",
         "Head of Capital Delivery", D(2025, 6, 1), D(2025, 9, 1), "A", "B",
         "Contract awarded 15/09/2025 following standstill period."),
        ("1.2", "Submit the planning application for Phase 2 secondary treatment.",
         "Environmental Regulation Manager", D(2025, 12, 1), D(2026, 3, 1), "G", "A",
         "Additional habitats regulations assessment requested by NIEA; forecast moved to March 2026."),
        ("1.3", "Complete the ground investigation at the Duncrue site.",
         "Project Manager – WS1", D(2025, 10, 1), D(2025, 10, 1), "G", "B",
         "Fieldwork complete; factual report received 28/10/2025."),
    ]),
    ("WS2 – Sewer network and CSO improvements", [
        ("2.1", "Complete hydraulic model verification for the Belfast catchment.",
         "Drainage Area Plan Manager", D(2025, 9, 1), D(2026, 1, 1), "A", "R",
         "Flow survey data from summer 2025 incomplete because of dry weather; re-survey under way. Baseline missed."),
        ("2.2", "Commission event duration monitors at 40 priority combined sewer overflows.",
         "Head of Wastewater Operations; Telemetry Manager", D(2026, 3, 1), D(2026, 3, 1), "G", "G",
         "22 of 40 monitors installed and reporting."),
        ("2.3", "Issue the Stage 2 tender for the Sydenham sewer upgrade.",
         "Procurement Lead", D(2025, 11, 1), D(2026, 2, 1), "G", "A",
         "Tender documents under legal review; dependent on 2.1 model outputs."),
    ]),
    ("WS3 – Blue-green infrastructure", [
        ("3.1", "Agree maintenance responsibilities for SuDS features with DfI Roads and Belfast City Council.",
         "LWWP Partnership Manager", D(2025, 12, 1), None, "A", "A",
         "Draft memorandum of understanding circulated; legal position on adoption still to be confirmed by DfI."),
        ("3.2", "Complete construction of the Connswater rain garden pilot.",
         "Project Manager – WS3", D(2025, 8, 1), D(2025, 11, 1), "A", "G",
         "Planting complete; final kerb works programmed for mid-November."),
    ]),
    ("WS4 – Programme governance and funding", [
        ("4.1", "Submit the LWWP funding profile for PC21 mid-term review to the Utility Regulator and DfI.",
         "Head of Regulation", D(2025, 11, 1), D(2025, 11, 1), "G", "G",
         "Draft reviewed by Programme Board on 22/10/2025."),
        ("4.2", "Refresh the programme risk register and present it to the Audit and Risk Assurance Committee.",
         "LWWP Programme Manager", D(2026, 1, 1), D(2026, 1, 1), "G", "G",
         "Risk workshop held 30/10/2025."),
    ]),
]
RAG_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_niw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "NI Water"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Living With Water Programme (LWWP) – Programme Board Highlight Report"
    ws["A2"].font = Font(bold=True, size=13)
    info = [("Reporting period", "1–31 October 2025"), ("Report date", "07/11/2025"),
            ("Senior Responsible Owner", "Director of Infrastructure Delivery"),
            ("Prepared by", "LWWP Programme Manager"), ("Next Programme Board", "19/11/2025")]
    r = 4
    for a, b in info:
        ws.cell(row=r, column=1, value=a).font = Font(bold=True)
        ws.cell(row=r, column=2, value=b)
        r += 1
    r += 1
    for i, h in enumerate(["Status", "Last period", "This period", "Comment"], 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    r += 1
    dims = [("Overall", "A", "A", "Two milestones now forecast beyond baseline; no impact yet on programme end date."),
            ("Time", "A", "R", "Hydraulic model verification (2.1) has missed its baseline."),
            ("Cost", "G", "A", "Inflation on civils packages above the 4% allowance."),
            ("Scope", "G", "G", "No change."),
            ("Benefits", "G", "G", "Spill reduction profile unchanged."),
            ("Stakeholders", "G", "G", "Community drop-in sessions held in Sydenham and Ballymacarrett.")]
    for name, last, now, com in dims:
        ws.cell(row=r, column=1, value=name)
        for col, v in ((2, last), (3, now)):
            c = ws.cell(row=r, column=col, value=v)
            c.fill = fill(FILL[RAG_FILL[v]])
            c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=4, value=com)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        boxrow(ws, r, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of progress this period").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=(
        "The inlet works contract at Duncrue was awarded and the site ground investigation is complete. "
        "The Belfast hydraulic model has slipped because of gaps in the summer flow survey, which also "
        "affects the Sydenham tender. Key milestones and actions are reported on the Milestones sheet."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 48
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=(
        "The Board is asked to note the Time status and to approve the use of £120k programme contingency "
        "for the flow re-survey."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 32
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 16
    for colL in "DEFGH":
        ws.column_dimensions[colL].width = 14

    m = wb.create_sheet("Milestones")
    m["A1"] = "LWWP – Key milestones and actions (October 2025)"
    m["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast / revised date",
           "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = m.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    for ws_name, acts in NIW:
        c = m.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        c.fill = fill(FILL["pale"])
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, owner, base, fc, prev, cur, com in acts:
            m.cell(row=r, column=1, value=ref)
            m.cell(row=r, column=2, value=text)
            m.cell(row=r, column=3, value=owner)
            c = m.cell(row=r, column=4, value=base)
            c.number_format = "mmm-yy"
            if fc is not None:
                c = m.cell(row=r, column=5, value=fc)
                c.number_format = "mmm-yy"
            for col, v in ((6, prev), (7, cur)):
                c = m.cell(row=r, column=col, value=v)
                c.fill = fill(FILL[RAG_FILL[v]])
                c.alignment = Alignment(horizontal="center", vertical="top")
            m.cell(row=r, column=8, value=com)
            boxrow(m, r, 8)
            for col in (6, 7):
                m.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    m.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = at risk, recovery plan in place; "
                                  "R = baseline missed or will be missed.").font = Font(italic=True)
    widths = [8, 52, 28, 12, 14, 10, 10, 50]
    for i, w in enumerate(widths):
        m.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(os.path.join(HERE, NIW_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text; \n starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, names, hexcol="1F3864"):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]
        set_cell(c, n, bold=True, color="FFFFFF")
        shade(c, hexcol)


# ---------------------------------------------------------------------------
# 4. VisitScotland - rolling Board action log (docx)
# ---------------------------------------------------------------------------
VS_FILE = "zcr-visitscotland-board-rolling-action-log.docx"

# (meeting heading, [(ref, minute, action, owner, due, rag, update)])
VS = [
    ("Board meeting – 27 March 2025", [
        ("25/07", "6.2",
         "Provide the Board with an analysis of the Visitor Levy consultation responses and their impact on regional marketing partnerships.",
         "Director of Industry and Destination Development", "June 2025", "B",
         "Analysis presented at the June meeting (paper VSB 25/24). Propose closure."),
        ("25/08", "8.1",
         "Bring a revised Digital Strategy implementation plan, including iCentre network transition milestones, to a future meeting.",
         "Chief Operating Officer", "September 2025\nRevised: December 2025", "A",
         "Deferred to align with the 2026-27 budget round. Board asked to agree the revised date."),
        ("25/09", "11",
         "Circulate the refreshed Scheme of Delegation to all Board members.",
         "Board Secretary", "April 2025", "B",
         "Circulated 14 April 2025. Propose closure."),
    ]),
    ("Board meeting – 26 June 2025", [
        ("25/14", "4.3",
         "Arrange a Board development session on cyber resilience with the Scottish Cyber Coordination Centre.",
         "Director of Corporate Services", "November 2025", "G",
         "Session booked for 20 November 2025."),
        ("25/15", "7.1",
         "Report to the Board on the outcome of the review of major events funding by the Events Industry Advisory Group.\nInclude options for the 2026-29 funding round.",
         "Director of Events / Chair", "December 2025", "G",
         "Review under way; report scheduled for the December Board."),
        ("25/16", "9",
         "Confirm the approach to the Board's annual self-evaluation with the Scottish Government sponsor team.",
         "Chair and Board Secretary", "31/07/2025", "R",
         "Awaiting confirmation from the sponsor team; chased 8 September 2025."),
    ]),
    ("Board strategy day – 21 August 2025", [
        ("25/19", "3",
         "Develop a set of measurable outcomes for the 2025-28 strategy for inclusion in the Corporate Plan.",
         "Chief Executive", "Q4 2025/26", "G",
         "First draft considered by the Executive Leadership Team in October."),
        ("25/20", "5",
         "Keep the Board informed of progress with the UK Electronic Travel Authorisation engagement plan.",
         "Director of Marketing", "Ongoing", "G",
         "Standing item in the Chief Executive's report."),
    ]),
]
VS_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_vs():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("VisitScotland")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Board Meeting – 25 September 2025")
    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (a, b) in enumerate([("Paper no.", "VSB 25/39"), ("Title", "Rolling Board Action Log"),
                                ("Author", "Board Secretary"), ("Purpose", "For noting, and approval of closures")]):
        set_cell(ctl.rows[i].cells[0], a, bold=True)
        shade(ctl.rows[i].cells[0], "F2F2F2")
        set_cell(ctl.rows[i].cells[1], b)
    doc.add_paragraph()
    doc.add_heading("Rolling Board Action Log", level=1)
    doc.add_paragraph("The Board is asked to note progress against the actions below and to approve the "
                      "closure of those marked B (complete).")
    doc.add_paragraph("RAG: B – complete; G – on track; A – some slippage, revised date proposed; R – overdue.")
    cols = ["Ref", "Minute", "Action", "Owner", "Due", "RAG", "Update"]
    for heading, rows in VS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, "4B2E83")
        for i, (ref, minute, action, owner, due, rag, upd) in enumerate(rows, 1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], minute)
            set_cell(cells[2], action)
            set_cell(cells[3], owner)
            set_cell(cells[4], due)
            set_cell(cells[5], rag, bold=True)
            shade(cells[5], VS_RAG[rag])
            set_cell(cells[6], upd)
        doc.add_paragraph()
    doc.add_paragraph("Board Secretary, September 2025")
    doc.save(os.path.join(HERE, VS_FILE))


# ---------------------------------------------------------------------------
# 5. LB Hammersmith & Fulham - ICO reprimand action plan (docx)
# ---------------------------------------------------------------------------
HF_FILE = "zcr-hammersmith-fulham-council-ico-reprimand-foi-disclosure-action-plan.docx"

# (recommendation row text, [(ref, action, lead, target, rag colour, progress)])
HF = [
    ("ICO recommendation 1: Introduce a checklist for the release of information that contains spreadsheets.", [
        ("1.1", "Adopt the ICO disclosure checklist for all FOI and EIR responses that include spreadsheets, and build it into the case management system.",
         "Head of Information Management", "31 July 2025", "blue",
         "Checklist live in the case management system from 21 July 2025."),
        ("1.2", "Add a mandatory check for hidden rows, columns, worksheets and pivot table caches to the checklist.",
         "Information Governance Manager", "July 2025", "blue",
         "Included in version 1.0 of the checklist."),
    ]),
    ("ICO recommendation 2: Ensure manager sign-off of all material before it is disclosed.", [
        ("2.1", "Introduce sign-off by a manager at PO3 or above for every FOI response that contains a data extract.",
         "Head of Information Management / Departmental FOI Leads", "30/09/2025", "green",
         "Sign-off step added to the workflow; compliance 94% in August sample."),
    ]),
    ("ICO recommendation 3: Convert spreadsheets to a basic format such as .csv before release wherever possible.", [
        ("3.1", "Make .csv the default release format for tabular data, with any exception approved by the Information Management team.",
         "Information Governance Manager", "31/08/2025", "blue",
         "FOI procedure updated and issued to all departments on 29 August 2025."),
        ("3.2", "Deploy a document inspection tool that removes hidden data and metadata from Office files before release.",
         "Director of Digital Services", "Q3 2025/26", "amber",
         "Procurement delayed; pilot with Children's Services planned for November."),
    ]),
    ("ICO recommendation 4: Provide regular training for staff who handle information requests.", [
        ("4.1", "Deliver mandatory 'Safe disclosure' e-learning to all staff who respond to FOI requests, with completion reported monthly.",
         "Head of Learning and Development; Head of Information Management", "December 2025", "green",
         "Module launched 1 September; 61% of target staff completed so far."),
        ("4.2", "Include FOI disclosure risks in the annual data protection refresher for all staff.",
         "Data Protection Officer", "End of March 2026", "green",
         "Content drafted for the 2026 refresher."),
    ]),
    ("ICO recommendation 5: Keep internal guidance and sign-off protocols under continual review.", [
        ("5.1", "Review the FOI procedure and disclosure checklist every six months and report compliance to the Information Governance Board.",
         "Senior Information Risk Owner (SIRO)", "Six-monthly", "green",
         "First review scheduled for January 2026."),
        ("5.2", "Search responses published on the disclosure log since 2019 for spreadsheets that contain hidden data, and remove or replace any found.",
         "Information Governance Manager", "31/08/2025", "red",
         "62% of published responses checked; completion depends on the inspection tool (3.2)."),
    ]),
]
HF_RAG = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def make_hf():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Hammersmith & Fulham")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("ICO Reprimand – FOI Disclosure of Hidden Personal Data: Improvement Action Plan", level=1)
    doc.add_paragraph("Audit Committee – 22 September 2025 – Appendix 1")
    doc.add_heading("Version control", level=2)
    vt = doc.add_table(rows=4, cols=4)
    vt.style = "Table Grid"
    header_row(vt, ["Version", "Date", "Author", "Changes"], "404040")
    for i, row in enumerate([
        ("0.1", "02/06/2025", "Information Governance Manager", "First draft following receipt of the reprimand"),
        ("1.0", "08/07/2025", "Head of Information Management", "Approved by the SIRO"),
        ("1.1", "05/09/2025", "Information Governance Manager", "Progress update for Audit Committee"),
    ], 1):
        for j, v in enumerate(row):
            set_cell(vt.rows[i].cells[j], v)
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In May 2025 the Information Commissioner's Office issued the Council with a reprimand under Article 58(2)(b) "
        "UK GDPR after personal data held in hidden worksheets was published in response to a freedom of information "
        "request in 2021. The reprimand sets out five recommendations. This plan sets out the actions the Council has "
        "agreed against each recommendation and progress to date.")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (col, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                        ("amber", "At risk of missing the target date"),
                                        ("red", "Target date missed")]):
        shade(kt.rows[i].cells[0], HF_RAG[col])
        set_cell(kt.rows[i].cells[1], meaning)
    doc.add_heading("Action plan", level=2)
    n = 1 + sum(1 + len(a) for _, a in HF)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress at September 2025"])
    i = 1
    for rec, acts in HF:
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, "D9D9D9")
        i += 1
        for ref, act, lead, tgt, rag, prog in acts:
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], tgt)
            shade(cells[4], HF_RAG[rag])
            set_cell(cells[5], prog)
            i += 1
    doc.add_paragraph()
    doc.add_paragraph("Contact: Head of Information Management, Corporate Services.")
    doc.save(os.path.join(HERE, HF_FILE))


# ---------------------------------------------------------------------------
# 6. Sudbury Town Council - Planner export saved as CSV
# ---------------------------------------------------------------------------
STC_FILE = "zcr-sudbury-town-council-governance-audit-action-plan-planner-export.csv"
STC_COLS = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
            "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date",
            "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
# (task id, name, bucket, progress, priority, assigned, start, due, late, completed date, completed by,
#  done checklist, checklist, labels, description)
STC = [
    ("hV3kQ0p2m0ejXn9dJ4tYp2UADsQm", "1.1 Adopt revised Financial Regulations based on the 2024 NALC model",
     "Financial controls", "Completed", "Important", "Joanne Ward", "14/04/2025", "20/05/2025", "false",
     "19/05/2025", "Joanne Ward", "3", "Draft to Finance Committee;Finance Committee approval;Full Council adoption",
     "Internal Audit", "Internal auditor's report 2024-25, point 1."),
    ("Qm7Lr2aXb0K1tWc9dP3sgGUAB1kR", "1.2 Introduce monthly bank reconciliation signed off by a councillor who is not a signatory",
     "Financial controls", "In progress", "Important", "Joanne Ward;Cllr Peter Hoskins", "01/06/2025", "30/11/2025", "false",
     "", "", "1", "Template agreed;First three months signed off", "RAG: Green;Internal Audit",
     "Internal auditor's report 2024-25, point 2."),
    ("Zt1aB9cD3eF5gH7iJ9kL1mUAN0pQ", "1.3 Review VAT reclaim process and submit outstanding 2024-25 claim",
     "Financial controls", "In progress", "Urgent", "Amy Cole", "01/07/2025", "31/10/2025", "true",
     "", "", "0", "Reconcile VAT account;Submit VAT126 claim", "RAG: Red;Internal Audit", ""),
    ("Rf8sT2uV4wX6yZ8aB0cD2eUAF4gH", "2.1 Re-adopt Standing Orders following the NALC 2025 model update",
     "Governance and policies", "Not started", "Medium", "Joanne Ward", "", "20/01/2026", "false",
     "", "", "0", "", "", "Awaiting NALC model Standing Orders 2025."),
    ("Kp4nM6bV8cX0zL2kJ4hG6fUAD8sA", "2.2 Publish register of members' interests for all councillors on the website",
     "Governance and policies", "Completed", "Important", "Amy Cole", "05/05/2025", "30/06/2025", "false",
     "23/06/2025", "Amy Cole", "0", "", "Transparency", ""),
    ("Wq1eR3tY5uI7oP9aS1dF3gUAH5jK", "2.3 Complete annual review of the Scheme of Delegation",
     "Governance and policies", "In progress", "Medium", "Joanne Ward", "01/09/2025", "16/12/2025", "false",
     "", "", "1", "Draft to Policy & Resources Committee;Full Council approval", "RAG: Amber", ""),
    ("Lz2xC4vB6nM8qW0eR2tY4uUAI6oP", "3.1 Publish 2024-25 AGAR, notice of conclusion of audit and external auditor report",
     "Transparency and website", "Completed", "Urgent", "Joanne Ward", "01/07/2025", "30/09/2025", "false",
     "26/09/2025", "Joanne Ward", "2", "Notice of conclusion published;External auditor report published", "Transparency",
     "Accounts and Audit Regulations 2015, reg. 16."),
    ("Ms5dF7gH9jK1lZ3xC5vB7nUAM9qW", "3.2 Update the website accessibility statement and fix issues found in the accessibility audit",
     "Transparency and website", "In progress", "Medium", "Amy Cole", "01/10/2025", "31/01/2026", "false",
     "", "", "2", "Run audit tool;Fix PDFs on agendas page;Publish updated statement", "RAG: Green;Transparency", ""),
    ("Np6fG8hJ0kL2zX4cV6bN8mUAQ1wE", "4.1 Reconcile the asset register to the insurance schedule and update values",
     "Assets and risk", "Not started", "Medium", "Amy Cole;Joanne Ward", "", "28/02/2026", "false",
     "", "", "0", "", "", "Internal auditor's report 2024-25, point 5."),
    ("Tb7gH9jK1lZ3xC5vB7nM9qUAW2eR", "4.2 Review and re-adopt the risk management policy and risk register",
     "Assets and risk", "In progress", "Important", "Joanne Ward", "01/10/2025", "17/03/2026", "false",
     "", "", "0", "Risk workshop with councillors;Full Council adoption", "RAG: Green;Internal Audit", ""),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_stc():
    n = len(STC_COLS)
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row(["Plan name", "STC Governance and Audit Action Plan 2025-26"])
    row(["Plan ID", "x7bQ2mKd9E6hT3rYp0WsLmUAC4vN"])
    row(["Date of export", "07/11/2025"])
    row([])
    row(STC_COLS)
    for (tid, name, bucket, prog, pri, who, start, due, late, cdate, cby, done, chk, labels, desc) in STC:
        created_by = "Joanne Ward"
        created = "10/04/2025" if name[0] in "12" else "11/04/2025"
        row([tid, name, bucket, prog, pri, who, created_by, created, start, due, "false", late, cdate, cby,
             done, chk, labels, desc])
    with open(os.path.join(HERE, STC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Rethink Mental Illness - Charity Commission action plan (tab-separated text)
# ---------------------------------------------------------------------------
RMI_FILE = "zcr-rethink-mental-illness-charity-commission-regulatory-compliance-action-plan.txt"

# section heading rows and action rows; concern "" = same concern as the row above
RMI = [
    ("A. Governance and trustee oversight", [
        ("A1", "Trustees did not have sufficient oversight of serious incident reporting to the Commission.",
         "Adopt a serious incident reporting policy in line with Commission guidance and add a serious incident log to every Board pack.",
         "Company Secretary", "30/09/2025", "B", "Policy adopted 11/09/2025; log included in Board packs from September."),
        ("A2", "",
         "Agree a scheme of delegation setting out the decisions reserved to the Board.",
         "Chair of Trustees & Chief Executive", "Dec 2025", "G", "Draft considered by the Governance Committee on 6 November."),
        ("A3", "The trustee skills audit is out of date and recruitment has not filled gaps in safeguarding and clinical governance expertise.",
         "Carry out a full skills audit of the Board.\nRecruit two trustees with safeguarding and clinical governance experience.",
         "Chair of the Nominations Committee", "By 31 March 2026", "A",
         "Skills audit complete; recruitment campaign has so far produced one suitable candidate."),
    ]),
    ("B. Financial controls and conflicts of interest", [
        ("B1", "Related-party transactions were not consistently declared or disclosed in the annual report.",
         "Keep a register of interests and related-party transactions, reviewed each year by the Audit & Risk Committee.",
         "Director of Finance", "31 Jan 2026", "G", "Register set up; first review at January committee."),
        ("B2", "",
         "Require all trustees and senior staff to complete an annual declaration of interests.",
         "Company Secretary", "Annually", "G", "2025 declarations 100% returned."),
        ("B3", "The reserves policy did not reflect the level of restricted funds held.",
         "Review the reserves policy and report free reserves separately in the 2025-26 accounts.",
         "Chair of the Audit & Risk Committee", "July 2026", "G", "Policy review on the March 2026 committee agenda."),
    ]),
    ("C. Safeguarding", [
        ("C1", "Safeguarding reports to the Board did not cover themes from services, volunteers and peer support groups.",
         "Introduce a quarterly safeguarding dashboard covering all services, volunteers and peer support groups.",
         "Director of Services / Head of Safeguarding", "Q3 2025/26", "A",
         "Dashboard prototype ready; volunteer data not yet available from the new CRM."),
        ("C2", "",
         "Appoint a lead trustee for safeguarding and publish the role on the website.",
         "Chair of Trustees", "31/10/2025", "B", "Lead trustee appointed at the October Board; website updated."),
    ]),
    ("D. Reporting to the Commission", [
        ("D1", "The Commission expects to be kept informed of progress against this plan.",
         "Send a written progress report to the Commission's case officer every three months until the case is closed.",
         "Chief Executive", "Quarterly", "G", "Reports sent in July and October 2025."),
    ]),
]


def tsv_field(v):
    if any(ch in v for ch in '\t"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_rmi():
    lines = [
        "Rethink Mental Illness",
        "Charity Commission regulatory compliance case – Trustees' action plan",
        "Version 4 – updated for the Board of Trustees meeting on 4 December 2025",
        "RAG: B = complete, G = on track, A = at risk, R = off track",
        "",
        "\t".join(["Ref", "Concern identified by the Commission", "Action agreed by the trustees", "Lead",
                   "Deadline", "RAG", "Progress / evidence"]),
    ]
    for sec, rows in RMI:
        lines.append(sec)
        for row in rows:
            lines.append("\t".join(tsv_field(v) for v in row))
    lines.append("")
    lines.append("Approved by the Board of Trustees on 4 December 2025. Next review: March 2026.")
    with open(os.path.join(HERE, RMI_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_mnd()
    typo = make_bng()
    make_niw()
    make_vs()
    make_hf()
    make_stc()
    make_rmi()
    print("Bord na Gaidhlig typo on sheet row", typo)
