"""Build the seven zyh- blind test files for set heldout606.

Run with /work/main/.venv/bin/python zyh_make.py (from any directory).
Writes only files whose names start with "zyh-" into this script's folder.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

F_KIRKWOOD = "zyh-kirkwood-hospice-cqc-inspection-action-plan.xlsx"
F_NSCCA = "zyh-norfolk-and-suffolk-cca-establishment-programme-highlight-report.xlsx"
F_FR = "zyh-forest-research-arac-internal-audit-recommendations-tracker.xlsx"
F_BELPER = "zyh-belper-town-council-storm-babet-flood-lessons-learned-action-plan.docx"
F_LARKSPUR = "zyh-caretech-larkspur-house-childrens-home-ofsted-inspection-action-plan.docx"
F_MSI = ("zyh-morgan-sindall-infrastructure-hse-improvement-notices-"
         "action-tracker-typo-month-refuse.csv")
F_WATERAID = "zyh-wateraid-uk-board-of-trustees-action-log.txt"

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E79"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Kirkwood Hospice - CQC inspection action plan (xlsx)
# ---------------------------------------------------------------------------
KIRKWOOD_TITLE = "Kirkwood Hospice – CQC Inspection Action Plan"

# (section, [ (finding, regulation, [actions]) ])
# action: ref, text, lead, target, revised, progress, rag-colour (None = no fill)
KIRKWOOD = [
    ("SAFE", [
        ("MUST: The provider must ensure that the proper and safe management of "
         "medicines, including the recording of controlled drugs administered by "
         "the Hospice at Home team, is in line with national guidance.",
         "Reg 12(2)(g) Safe care and treatment",
         [("1.1", "Introduce a second-signature check for all controlled drug "
           "administrations recorded on the Hospice at Home electronic record "
           "(SystmOne).", "Hospice at Home Team Leader", d(2025, 3, 31), None,
           "Completed – SOP MM07 updated and issued 24/03/2025. Spot-check audit "
           "April: 100% compliance.", BLUE),
          ("1.2", "Monthly controlled drugs audit on the Inpatient Unit and "
           "Hospice at Home, with results reported to the Medicines Management "
           "Group.\nAudit tool to include stock balance checks and destruction "
           "records.", "Pharmacist (SLA) / Inpatient Unit Manager",
           d(2025, 4, 30), None,
           "Audits in place from April 2025; May audit found 2 minor recording "
           "errors, addressed with staff.", GREEN)]),
        ("MUST: The provider must ensure that risks to patients are assessed and "
         "mitigated, including falls and pressure area risk assessments being "
         "reviewed within 24 hours of admission.",
         "Reg 12(2)(a)(b) Safe care and treatment",
         [("2.1", "Revise the admission checklist so that falls (FRAT) and "
           "Purpose-T assessments are mandatory fields completed within 24 "
           "hours.", "Inpatient Unit Manager", d(2025, 3, 31), d(2025, 5, 31),
           "Template change delayed by SystmOne configuration; went live "
           "19/05/2025.", BLUE),
          ("2.2", "Weekly audit of 10 sets of IPU records for risk assessment "
           "completion for 12 weeks, then monthly.", "Clinical Quality Lead",
           d(2025, 6, 30), None,
           "Weeks 1–6 average 84% compliance against 95% target.", AMBER)]),
    ]),
    ("EFFECTIVE", [
        ("SHOULD: The provider should ensure that staff receive training in the "
         "Mental Capacity Act 2005 and that capacity assessments are recorded "
         "where patients may lack capacity.",
         "Reg 11 Need for consent",
         [("3.1", "Deliver MCA and DoLS face-to-face training to all registered "
           "nurses and healthcare assistants on the IPU.",
           "Clinical Education Lead", d(2025, 7, 31), None,
           "62% of IPU staff trained; further sessions booked for July.", GREEN),
          ("3.2", "Add a two-stage capacity assessment template to SystmOne and "
           "audit its use quarterly.",
           "Head of Quality & Governance; Clinical Systems Manager",
           d(2025, 9, 30), None,
           "Not yet started – scheduled after template work in 2.1.", None)]),
    ]),
    ("WELL-LED", [
        ("MUST: The provider must ensure that systems and processes for "
         "assessing, monitoring and improving the quality and safety of the "
         "service are operated effectively, including oversight of audit "
         "actions by the Board.",
         "Reg 17 Good governance",
         [("4.1", "Establish a clinical audit programme for 2025/26 with named "
           "audit leads, approved by the Quality & Safety Committee.",
           "Head of Quality & Governance", d(2025, 4, 30), None,
           "Programme approved at Q&S Committee 15/04/2025.", BLUE),
          ("4.2", "Introduce a quality dashboard to the Board of Trustees "
           "including audit results, incidents and actions outstanding.",
           "Director of Patient Care", d(2025, 5, 31), d(2025, 9, 30),
           "First version presented to Board June 2025; trustees asked for "
           "incident trend data before sign-off.", AMBER),
          ("4.3", "Commission an external well-led review of clinical governance "
           "arrangements.", "Chief Executive", d(2025, 12, 31), None,
           "Procurement of reviewer delayed; no budget identified yet.", RED)]),
    ]),
]


def build_kirkwood(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Kirkwood Hospice"
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A2"] = "CQC Inspection Action Plan 2025"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "1.3"), ("Owner", "Director of Patient Care"),
            ("Approved by", "Board of Trustees (v1.0, 27 March 2025)"),
            ("Reporting to", "Quality & Safety Committee (bi-monthly)"),
            ("Last updated", d(2025, 6, 30))]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(i, col).border = BORDER
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Summary of changes"),
            ("1.0", d(2025, 3, 12), "Initial plan submitted to CQC"),
            ("1.2", d(2025, 4, 29), "Revised dates agreed for 2.1 and 4.2"),
            ("1.3", d(2025, 6, 30), "Progress update for Q&S Committee")]
    for i, row in enumerate(hist, start=12):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BORDER
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 45

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = KIRKWOOD_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Inspection: 3–4 December 2024 | Report published: 19 February "
                "2025 | Overall rating: Requires improvement")
    ws.merge_cells("A3:I3")
    ws["A3"] = "RAG status is shown by cell colour – see 'RAG key' sheet"
    ws["A3"].font = Font(italic=True)
    heads = ["No.", "CQC finding", "Regulation", "Action", "Lead",
             "Target date", "Revised date", "Progress / evidence", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BORDER
        c.alignment = WRAP
    r = 6
    for section, findings in KIRKWOOD:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, section)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for finding, reg, actions in findings:
            first = r
            for ref, text, lead, target, revised, prog, rag in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, lead)
                ws.cell(r, 6, target).number_format = "dd/mm/yyyy"
                if revised is not None:
                    ws.cell(r, 7, revised).number_format = "dd/mm/yyyy"
                ws.cell(r, 8, prog)
                if rag:
                    ws.cell(r, 9).fill = fill(rag)
                for col in range(1, 10):
                    ws.cell(r, col).border = BORDER
                    ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 2, finding)
            ws.cell(first, 3, reg)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                               end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1,
                               end_column=3)
    r += 1
    ws.cell(r, 1, "Note: actions 1.1, 2.1 and 4.1 to be closed at the July 2025 "
                  "Q&S Committee once evidence verified.").font = Font(italic=True)
    widths = [7, 42, 20, 48, 26, 12, 12, 40, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Colour"
    key["B2"] = "Meaning"
    for kv in ("A2", "B2"):
        key[kv].font = Font(bold=True)
    for i, (col, meaning) in enumerate([
            (BLUE, "Complete – evidence provided"),
            (GREEN, "On track"),
            (AMBER, "At risk of missing target date"),
            (RED, "Off track / overdue or significant risk to delivery"),
            (None, "No colour – not yet started")], start=3):
        if col:
            key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 50
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Norfolk and Suffolk CCA - establishment programme highlight report (xlsx)
# ---------------------------------------------------------------------------
NSCCA_TITLE = ("Norfolk and Suffolk Combined County Authority – Establishment "
               "Programme Highlight Report No. 3")

RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

# (workstream, [(ref, milestone, lead, baseline, forecast, prev, curr, comment)])
NSCCA = [
    ("Governance & Legal", [
        ("GOV.1", "Support MHCLG to finalise the draft Establishment Order and "
         "confirm constituent council consents.", "Interim Monitoring Officer",
         d(2025, 10, 1), d(2025, 10, 1), "Green", "Complete",
         "Consents given by both county councils in October 2025."),
        ("GOV.2", "Draft constitution, including scrutiny and audit committee "
         "terms of reference, ready for the inaugural meeting.",
         "Interim Monitoring Officer", d(2026, 1, 1), d(2026, 2, 1), "Green",
         "Amber", "Dependent on final Order wording; revised forecast agreed by "
         "Programme Board 18/11/25."),
        ("GOV.3", "Appoint independent person and co-opted members to the Audit "
         "and Governance Committee.", "Democratic Services Manager (NCC)",
         d(2026, 3, 1), d(2026, 3, 1), "Green", "Green",
         "Role profiles drafted; advert to go live in January."),
    ]),
    ("Finance & Assurance", [
        ("FIN.1", "Set up CCA bank account, ledger and payroll arrangements "
         "(host: Suffolk County Council).",
         "Interim Chief Finance Officer / Head of Finance (SCC)",
         d(2025, 12, 1), d(2025, 12, 1), "Green", "Green",
         "Bank mandate signed; ledger build in test."),
        ("FIN.2", "Submit Local Assurance Framework to MHCLG for approval.",
         "Interim Chief Finance Officer", d(2025, 11, 1), d(2026, 1, 1),
         "Amber", "Red", "MHCLG feedback requires rewrite of project appraisal "
         "section; resubmission planned for January."),
        ("FIN.3", "Agree 2026/27 budget and mayoral precept timetable.",
         "Interim Chief Finance Officer", d(2026, 2, 1), d(2026, 2, 1), "Green",
         "Green", "Timetable shared with both county S151 officers."),
    ]),
    ("Transport", [
        ("TRN.1", "Agree transfer scheme for local transport functions and "
         "CRSTS/BSIP funding lines.",
         "Head of Transport Strategy (NCC); Head of Transport Strategy (SCC)",
         d(2026, 1, 1), d(2026, 3, 1), "Amber", "Amber",
         "Legal advice awaited on concessionary fares; forecast moved to March."),
        ("TRN.2", "Commission the first joint Local Transport Plan evidence base.",
         "Transport Policy Manager", d(2025, 9, 1), d(2025, 9, 1), "Complete",
         "Complete", "Consultant appointed September 2025."),
    ]),
    ("Skills & Employment", [
        ("SKL.1", "Adult Skills Fund readiness: submit ASF readiness checklist "
         "to DfE.", "Head of Skills (SCC)", d(2025, 11, 1), d(2025, 11, 1),
         "Green", "Complete", "Checklist submitted 21/11/25."),
        ("SKL.2", "Procure ASF provider management system ahead of August 2026 "
         "transfer.", "Head of Skills (SCC) & Procurement Lead",
         d(2026, 3, 1), d(2026, 3, 1), "Green", "Green",
         "Soft market testing complete."),
    ]),
]


def build_nscca(path):
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight report"
    hs.merge_cells("A1:D1")
    hs["A1"] = NSCCA_TITLE
    hs["A1"].font = Font(bold=True, size=14, color=HEAD)
    info = [("Reporting period", "1 – 30 November 2025"),
            ("Senior Responsible Owner", "Interim Head of Paid Service"),
            ("Programme Manager", "R. Thirkettle"),
            ("Report to", "Joint Leaders' Board, 11 December 2025"),
            ("Overall status – previous", "Amber"),
            ("Overall status – current", "Amber")]
    r = 3
    for k, v in info:
        hs.cell(r, 1, k).font = Font(bold=True)
        c = hs.cell(r, 2, v)
        if v in RAGFILL:
            c.fill = fill(RAGFILL[v])
        for col in (1, 2):
            hs.cell(r, col).border = BORDER
        r += 1
    r += 1
    hs.cell(r, 1, "Key achievements this period").font = Font(bold=True)
    r += 1
    for t in ["• Both county councils consented to the Establishment Order.",
              "• Adult Skills Fund readiness checklist submitted to DfE.",
              "• Programme Board agreed revised forecast for the constitution."]:
        hs.cell(r, 1, t)
        r += 1
    r += 1
    hs.cell(r, 1, "Decisions required from the Joint Leaders' Board").font = Font(bold=True)
    r += 1
    for t in ["• Note the red status of the Local Assurance Framework (FIN.2).",
              "• Agree interim host authority arrangements for payroll."]:
        hs.cell(r, 1, t)
        r += 1
    r += 1
    hs.cell(r, 1, "Milestone summary (current RAG)").font = Font(bold=True)
    r += 1
    counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for _, items in NSCCA:
        for it in items:
            counts[it[6]] += 1
    hs.cell(r, 1, "Status").font = Font(bold=True)
    hs.cell(r, 2, "Number of milestones").font = Font(bold=True)
    r += 1
    for k in ("Complete", "Green", "Amber", "Red"):
        hs.cell(r, 1, k).fill = fill(RAGFILL[k])
        hs.cell(r, 2, counts[k])
        r += 1
    hs.cell(r, 1, "Total").font = Font(bold=True)
    hs.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    r += 2
    hs.cell(r, 1, "Top programme risks").font = Font(bold=True)
    r += 1
    for row in [("Risk", "Rating", "Trend"),
                ("Capacity of county council staff seconded to the programme",
                 "16 (High)", "↔"),
                ("Delay to MHCLG approval of the Local Assurance Framework",
                 "15 (High)", "↑")]:
        for j, v in enumerate(row, start=1):
            c = hs.cell(r, j, v)
            c.border = BORDER
            if row[0] == "Risk":
                c.font = Font(bold=True)
        r += 1
    hs.column_dimensions["A"].width = 58
    hs.column_dimensions["B"].width = 38
    hs.column_dimensions["C"].width = 10

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Establishment Programme – Milestone Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 30 November 2025"
    heads = ["Ref", "Workstream", "Milestone / action", "Lead", "Baseline date",
             "Forecast date", "RAG (Oct)", "RAG (Nov)", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for wsname, items in NSCCA:
        first = r
        for ref, text, lead, base, fc, prev, cur, comm in items:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, base).number_format = "mmm-yy"
            ws.cell(r, 6, fc).number_format = "mmm-yy"
            c = ws.cell(r, 7, prev)
            c.fill = fill(RAGFILL[prev])
            c = ws.cell(r, 8, cur)
            c.fill = fill(RAGFILL[cur])
            ws.cell(r, 9, comm)
            for col in range(1, 10):
                ws.cell(r, col).border = BORDER
                ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(first, 2, wsname).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                       end_column=2)
    widths = [8, 18, 50, 30, 11, 11, 10, 10, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Complete", "Milestone achieved"),
            ("Green", "On track to deliver by forecast date"),
            ("Amber", "Forecast date later than baseline, or at risk; "
                      "recoverable within the programme"),
            ("Red", "Off track – requires Joint Leaders' Board attention")],
            start=2):
        key.cell(i, 1, k).fill = fill(RAGFILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Forest Research - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
FR_TITLE = "Forest Research – Internal Audit Recommendations Tracker"

STATUSFILL = {"Implemented": BLUE, "On track": GREEN, "Revised date": AMBER,
              "Overdue": RED, "Not started": None}

# (audit heading, [(recommendation, priority, [actions])])
# action: ref, text, owner, original, revised, status, update
FR = [
    ("Health and Safety Management (2024-25) – Moderate assurance – final "
     "report 14 March 2025", [
         ("Forest Research should ensure that lone working risk assessments for "
          "field staff at the Northern Research Station and outstations are "
          "reviewed annually and recorded centrally.", "High", [
              ("HS-01", "Central lone working register to be created on the H&S "
               "SharePoint site, with annual review reminders to line managers.",
               "Head of Health, Safety & Wellbeing", d(2025, 6, 30), None,
               "Implemented", "Register live from June 2025; GIAA verified in "
               "follow-up October 2025."),
              ("HS-02", "All outstation lone working risk assessments to be "
               "reviewed and uploaded to the register.",
               "Heads of Science Groups", d(2025, 9, 30), d(2026, 3, 31),
               "Revised date", "Tree health field season extended; 41 of 58 "
               "assessments uploaded.")]),
         ("Management should put in place a schedule of inspection for work "
          "equipment including chainsaws, ATVs and winches in line with PUWER.",
          "Medium", [
              ("HS-03", "Introduce an equipment inspection schedule in the asset "
               "system with quarterly compliance reporting to the H&S "
               "Committee.", "Estates & Facilities Manager", d(2025, 7, 31),
               None, "Overdue", "Asset system upgrade delayed; interim "
               "spreadsheet schedule in use.")]),
     ]),
    ("Information Management and Records Retention (2024-25) – Limited "
     "assurance – final report 2 May 2025", [
         ("A records retention and disposal schedule should be approved and "
          "applied to the shared drives and Microsoft Teams sites.", "High", [
              ("IM-01", "Draft retention schedule aligned to the Forestry "
               "Commission schedule, for approval by the Executive Board.",
               "Knowledge & Information Manager", d(2025, 7, 31),
               d(2025, 10, 31), "Implemented",
               "Approved by Executive Board 21/10/2025."),
              ("IM-02", "Apply retention labels to Teams and SharePoint sites "
               "and delete legacy shared drive content past retention.",
               "Knowledge & Information Manager; Head of Digital",
               d(2025, 12, 31), d(2026, 6, 30), "Revised date",
               "Labels applied to 60% of sites; shared drive migration "
               "dependent on Digital programme.")]),
         ("Information Asset Owners should complete the annual information "
          "asset register return.", "Medium", [
              ("IM-03", "IAOs to complete annual return; non-returns escalated "
               "to SIRO.", "SIRO (Director of Finance & Corporate Services)",
               d(2025, 9, 30), None, "Implemented",
               "All 14 returns received by 26/09/2025.")]),
     ]),
    ("Grant and Contract Income (2025-26) – Moderate assurance – final report "
     "9 October 2025", [
         ("Project managers should reconcile external grant income to the "
          "finance system monthly.", "Medium", [
              ("GC-01", "Monthly reconciliation template introduced and reviewed "
               "by Finance Business Partners.", "Head of Finance",
               d(2026, 1, 31), None, "On track",
               "Template issued; first reconciliations due January 2026.")]),
         ("The approval of contract bids above £100k should be evidenced in the "
          "bid approval log.", "Low", [
              ("GC-02", "Update bid approval log with mandatory approver field "
               "and retrospective review of 2025-26 bids.",
               "Business Development Manager", d(2026, 3, 31), None,
               "Not started", "To start after Q3 close-down.")]),
     ]),
]


def build_fr(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Forest Research"
    sm["A1"].font = Font(bold=True, size=14, color="375623")
    sm["A2"] = ("Audit and Risk Assurance Committee – 20 January 2026: "
                "summary of internal audit recommendations")
    heads = ["Audit", "Assurance", "Actions", "Implemented", "Open",
             "of which overdue"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
    r = 5
    tot = [0, 0, 0, 0]
    for audit, recs in FR:
        name = audit.split(" – ")[0]
        assurance = audit.split(" – ")[1].replace(" assurance", "")
        acts = [a for rec in recs for a in rec[2]]
        n = len(acts)
        imp = sum(1 for a in acts if a[5] == "Implemented")
        od = sum(1 for a in acts if a[5] == "Overdue")
        vals = [name, assurance, n, imp, n - imp, od]
        for j, v in enumerate(vals, start=1):
            sm.cell(r, j, v).border = BORDER
        tot = [tot[0] + n, tot[1] + imp, tot[2] + n - imp, tot[3] + od]
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=3):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BORDER
    sm.column_dimensions["A"].width = 50
    sm.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:I1")
    ws["A1"] = FR_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="375623")
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Audit and Risk Assurance Committee, 20 January 2026 – position "
                "at 31 December 2025")
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Internal audit provided by the Government Internal Audit Agency "
                "(GIAA). Recommendations open at 1 April 2025 or raised since "
                "are shown.")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action",
             "Action owner", "Original target date", "Revised target date",
             "Status", "Progress update (December 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    for audit, recs in FR:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, audit)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for rec, prio, acts in recs:
            first = r
            for ref, text, owner, orig, rev, status, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, owner)
                ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                c = ws.cell(r, 8, status)
                if STATUSFILL[status]:
                    c.fill = fill(STATUSFILL[status])
                ws.cell(r, 9, upd)
                for col in range(1, 10):
                    ws.cell(r, col).border = BORDER
                    ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 2, rec)
            ws.cell(first, 3, prio)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                               end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1,
                               end_column=3)
    widths = [8, 45, 9, 45, 28, 12, 12, 13, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    df = wb.create_sheet("Definitions")
    df["A1"] = "Status definitions"
    df["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Implemented", "Action complete and evidence provided to GIAA (blue)"),
            ("On track", "Target date not yet passed; progress as expected (green)"),
            ("Revised date", "Target date extended with ARAC agreement (amber)"),
            ("Overdue", "Target date passed without an agreed revision (red)"),
            ("Not started", "Action not yet due to start")], start=2):
        c = df.cell(i, 1, k)
        if STATUSFILL[k]:
            c.fill = fill(STATUSFILL[k])
        df.cell(i, 2, v)
    df["A8"] = "Priority: High – fundamental control weakness; Medium – important; Low – good practice."
    df.column_dimensions["A"].width = 14
    df.column_dimensions["B"].width = 60
    wb.active = 1
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


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Belper Town Council - Storm Babet lessons learned action plan (docx)
# ---------------------------------------------------------------------------
BELPER_TITLE = "Storm Babet Flood Response – Lessons Learned Action Plan"

# (theme, [(lesson, [(ref, action, lead, partners, target, status, progress)])])
BELPER = [
    ("Theme 1: Warning and informing", [
        ("Lesson 1: Many households in the Bridge Foot and Becksitch Lane areas "
         "were not registered for Environment Agency flood warnings and relied "
         "on neighbours knocking on doors.", [
             ("1.1", "Run two Floodline sign-up sessions at the Market Place and "
              "the Strutts Centre, with help for residents without internet "
              "access.", "Deputy Town Clerk", "Environment Agency", "March 2024",
              "Complete", "Sessions held 2 and 9 March 2024; 71 households "
              "registered."),
             ("1.2", "Hand-deliver a flood warning leaflet to every property in "
              "the flood warning area before the winter.",
              "Flood Wardens Co-ordinator", "Derbyshire County Council",
              "31/10/2024", "G", "Leaflet printed; delivery rota agreed with "
              "wardens for October."),
         ]),
        ("Lesson 2: The Town Council's website and social media were not "
         "updated until the morning of 21 October, and messages were not shared "
         "with the Belper community Facebook groups.", [
             ("2.1", "Agree a short flood communications protocol, with "
              "pre-approved message templates and out-of-hours authority for the "
              "Clerk to post updates.\nShare the protocol with the Mayor and "
              "group leaders.", "Town Clerk", "n/a", "End of May 2024",
              "Complete", "Protocol adopted by Full Council 20 May 2024."),
         ]),
    ]),
    ("Theme 2: Response on the day", [
        ("Lesson 3: Sandbags ran out by 7pm on 20 October and there was no agreed "
         "process for who could collect them from the depot.", [
             ("3.1", "Purchase and store 300 filled sandbags and 40 flood sacks "
              "at the Coppice Brook store, with a record of distribution.",
              "Facilities Manager", "Amber Valley Borough Council",
              "Q2 2024/25", "A", "Flood sacks delivered; sandbag store awaiting "
              "lockable container (quote approved August)."),
             ("3.2", "Agree with AVBC a distribution protocol prioritising "
              "vulnerable residents.",
              "Town Clerk / Emergency Planning Officer (AVBC)", "AVBC",
              "30/11/2024", "R", "AVBC restructure of emergency planning has "
              "delayed talks; raised with the Borough Council Chief Executive."),
         ]),
        ("Lesson 4: The Town Council did not have an up-to-date Community "
         "Emergency Plan and councillors were unsure of their role.", [
             ("4.1", "Refresh the Belper Community Emergency Plan using the "
              "Derbyshire Prepared template, including a list of rest centre "
              "venues and key holders.",
              "Cllr S. Whitworth (Emergency Planning Lead)",
              "Derbyshire Prepared (LRF)", "Sept 2024", "A",
              "Draft circulated to councillors; rest centre key holder list "
              "incomplete."),
             ("4.2", "Hold a table-top exercise for councillors and flood "
              "wardens once the plan is approved.", "Town Clerk",
              "Derbyshire County Council Emergency Planning", "January 2025", "",
              "Date to be set once the plan is approved."),
         ]),
    ]),
    ("Theme 3: Recovery", [
        ("Lesson 5: Residents found it hard to know which organisation to "
         "contact about property flood resilience grants and clean-up.", [
             ("5.1", "Publish a single 'after a flood' web page and printed guide "
              "listing contacts and grants.", "Deputy Town Clerk",
              "AVBC; DCC Flood Risk Management", "April 2024", "Complete",
              "Page live 15 April 2024; 500 guides printed."),
             ("5.2", "Continue to signpost residents to the Property Flood "
              "Resilience grant scheme at councillor surgeries.",
              "All councillors", "DCC Flood Risk Management", "Ongoing", "G",
              "Raised at each monthly surgery."),
         ]),
    ]),
]


def build_belper(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Belper Town Council")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_heading(BELPER_TITLE, level=1)
    doc.add_paragraph(
        "Following the flooding of 20–21 October 2023, when the River Derwent "
        "and Coppice Brook overtopped in several parts of the town, the Town "
        "Council held a community debrief on 23 November 2023 with residents, "
        "flood wardens, Derbyshire County Council, Amber Valley Borough Council "
        "and the Environment Agency. This plan sets out the lessons identified "
        "and the actions the Town Council will take or lead. It was adopted by "
        "Full Council on 12 February 2024. This version reports progress to the "
        "Environment and Community Committee on 9 September 2024.")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Notes"),
                             ("1.0", "12/02/2024", "Town Clerk",
                              "Adopted by Full Council"),
                             ("1.1", "02/09/2024", "Deputy Town Clerk",
                              "Progress update")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action finished; G – on track; A – behind schedule but "
              "expected to be delivered; R – at risk / not deliverable without "
              "further support.")
    heads = ["Ref", "Action", "Lead", "Partners", "Target", "Status",
             "Progress at September 2024"]
    widths = [Cm(1.2), Cm(7.5), Cm(3.6), Cm(3.4), Cm(2.4), Cm(1.6), Cm(6.0)]
    sfill = {"Complete": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B084"}
    for theme, lessons in BELPER:
        doc.add_heading(theme, level=2)
        for lesson, actions in lessons:
            p = doc.add_paragraph()
            p.add_run(lesson).bold = True
            t = doc.add_table(rows=1 + len(actions), cols=len(heads))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(heads):
                set_cell(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "DDEBF7")
            for i, a in enumerate(actions, start=1):
                for j, v in enumerate(a):
                    set_cell(t.cell(i, j), v)
                if a[5] in sfill:
                    shade(t.cell(i, 5), sfill[a[5]])
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            doc.add_paragraph()
    doc.add_paragraph("Next review: Environment and Community Committee, "
                      "January 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. CareTech - Larkspur House children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
LARKSPUR_TITLE = "Larkspur House – Ofsted Inspection Action Plan"

G_FILL, A_FILL, R_FILL = "92D050", "FFC000", "FF0000"

# (part, [(item text, [(ref, action, by whom, by when, progress, fill)])])
LARKSPUR = [
    ("Requirements", [
        ("1. The registered person must ensure that each child’s risk assessment "
         "is reviewed and updated following any missing from care episode, and "
         "that staff understand and follow the strategies in it. (Regulation 12 "
         "(1), (2)(a)(i))", [
             ("R1.1", "Review all children’s risk assessments and missing from "
              "care plans with the allocated social workers.",
              "Registered Manager", "31/07/2025",
              "All four plans reviewed; copies on file and shared with placing "
              "authorities.", G_FILL),
             ("R1.2", "Introduce a return home debrief checklist that triggers a "
              "risk assessment review within 72 hours.",
              "Registered Manager / Deputy Manager", "w/c 04/08/2025",
              "Checklist in use from 5 August.", G_FILL),
             ("R1.3", "Monthly audit of missing episodes, debriefs and risk "
              "assessment updates by the Responsible Individual.",
              "Responsible Individual", "Monthly",
              "August and September audits completed; October due.", A_FILL),
         ]),
        ("2. The registered person must ensure that all staff receive "
         "practice-related supervision by a person with appropriate experience "
         "at least monthly. (Regulation 33 (4)(b))", [
             ("R2.1", "Set a 12-month supervision schedule and record compliance "
              "on the staffing tracker.", "Deputy Manager",
              "End of August 2025", "Schedule issued; September compliance "
              "100%.", G_FILL),
             ("R2.2", "Train two senior residential workers as supervisors.",
              "Registered Manager", "30/11/2025",
              "One trained; second place booked for November.", A_FILL),
         ]),
        ("3. The registered person must ensure that the home’s premises are kept "
         "in good repair, including the bathroom flooring and the damaged fire "
         "door to the lounge. (Regulation 31 (2)(b))", [
             ("R3.1", "Replace the lounge fire door and obtain a fire door "
              "inspection certificate.", "Property Services Manager",
              "15/08/2025", "Door replaced 11/08/2025; certificate on file.",
              G_FILL),
             ("R3.2", "Refit the first-floor bathroom (flooring, extractor fan "
              "and shower).", "Property Services Manager", "October 2025",
              "Contractor booked for w/c 20 October.", A_FILL),
         ]),
    ]),
    ("Recommendations", [
        ("1. The registered person should ensure that children’s views about "
         "their care are recorded and that they are told what has happened as a "
         "result. (‘Guide to the Children’s Homes Regulations, including the "
         "quality standards’, page 15, paragraph 3.9)", [
             ("C1.1", "Reintroduce monthly house meetings with a ‘You said, we "
              "did’ board in the dining room.", "Deputy Manager", "30/09/2025",
              "Two meetings held; board not yet in place.", R_FILL),
         ]),
        ("2. The registered person should ensure that staff record the use of "
         "physical intervention within 24 hours and that the child is offered "
         "the chance to give their view. (‘Guide to the Children’s Homes "
         "Regulations, including the quality standards’, page 49, paragraph "
         "9.59)", [
             ("C2.1", "Refresher training for all staff on recording restraint, "
              "including the child’s view section of the record.",
              "Team Leader (Training)", "31/10/2025",
              "Session 1 delivered 2 October; session 2 on 23 October.", A_FILL),
         ]),
    ]),
]


def build_larkspur(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    s = doc.sections[0]
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.6))
    p = doc.add_paragraph()
    r = p.add_run("CareTech Children’s Services")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    doc.add_heading(LARKSPUR_TITLE, level=1)
    info = [("Setting", "Larkspur House (children’s home, 4 beds)"),
            ("Unique reference number", "SC493817"),
            ("Inspection date", "8–9 July 2025"),
            ("Overall experiences and progress of children and young people",
             "Requires improvement to be good"),
            ("Registered manager", "K. Doherty"),
            ("Responsible individual", "A. Mensah"),
            ("Plan last updated", "10 October 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True, size=10)
        shade(t.cell(i, 0), "F2F2F2")
        set_cell(t.cell(i, 1), v, size=10)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green – action completed; Amber – in progress; Red – overdue. "
              "The RAG column is shaded.")
    heads = ["Ref", "Action", "By whom", "By when", "Progress", "RAG"]
    widths = [Cm(1.3), Cm(6.2), Cm(3.2), Cm(2.4), Cm(4.6), Cm(1.2)]
    for part, items in LARKSPUR:
        doc.add_heading(part, level=2)
        for text, actions in items:
            t = doc.add_table(rows=2 + len(actions), cols=len(heads))
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, len(heads) - 1))
            set_cell(top, text, bold=True)
            shade(top, "DEEAF6")
            for j, h in enumerate(heads):
                set_cell(t.cell(1, j), h, bold=True)
            for i, (ref, act, who, when, prog, f) in enumerate(actions, start=2):
                for j, v in enumerate((ref, act, who, when, prog, "")):
                    set_cell(t.cell(i, j), v)
                shade(t.cell(i, 5), f)
            for row in t.rows[1:]:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Signed: ").bold = True
    p.add_run("K. Doherty, Registered Manager        Date: 10/10/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Morgan Sindall Infrastructure - HSE improvement notices tracker (csv)
#    REFUSE case: one due date is typed with a zero for the O of Oct.
# ---------------------------------------------------------------------------
MSI_TITLE = ("Morgan Sindall Infrastructure – HSE Improvement Notices Corrective "
             "Action Tracker")
MSI_TYPO = "0ct-25"

MSI_HEAD = ["Notice ref", "Site", "Date served", "Breach", "Action no.",
            "Corrective action", "Owner", "Due", "Revised due", "RAG",
            "Evidence / comments"]

# notice: (ref, site, served, breach, [(no, action, owner, due, revised, rag, comment)])
MSI = [
    ("IN/319204551", "Bescot Yard stabling sidings", "02/09/2025",
     "Regulation 6(3), Work at Height Regulations 2005 – work on the edge of "
     "inspection pit 2 without edge protection or fall restraint", [
         ("1", "Install removable edge protection to inspection pit 2 and brief "
          "all operatives on its use", "Project Manager", "Sep-25", "", "B",
          "Edge protection installed 19/09/2025; inspector notified 22/09/2025"),
         ("2", "Revise the task briefing for pit work to include permit-to-work "
          "sign-off by the Site Supervisor", "Site Supervisor / SHE Advisor",
          "Oct-25", "", "B", "Briefing TBT-117 issued 03/10/2025"),
         ("3", "Audit work at height controls at all Rail Central depots",
          "SHE Manager (Rail Central)", "Nov-25", "Dec-25", "G",
          "3 of 5 depots audited"),
     ]),
    ("IN/319204587", "Water Orton signalling compound", "16/09/2025",
     "Regulation 6(1), Control of Substances Hazardous to Health Regulations "
     "2002 – no suitable assessment of exposure to respirable crystalline "
     "silica when cutting concrete troughing", [
         ("1", "Complete COSHH assessment for cutting concrete troughing, "
          "specifying on-tool extraction and RPE", "Project Engineer", "Oct-25",
          "", "B", "Assessment approved 10/10/2025"),
         ("2", "Face-fit test all operatives using tight-fitting RPE and record "
          "on the training matrix", "Site Supervisor", MSI_TYPO, "", "A",
          "14 of 19 operatives tested; remainder booked"),
         ("3", "Refer exposed operatives to health surveillance",
          "Occupational Health Lead", "Nov-25", "", "G",
          "Referral list sent to OH provider"),
     ]),
    ("IN/319204633", "Lichfield Trent Valley station car park", "07/10/2025",
     "Regulation 27(1), Construction (Design and Management) Regulations 2015 – "
     "traffic routes not organised to separate pedestrians from plant", [
         ("1", "Install segregated pedestrian walkway with Heras fencing and "
          "signage between welfare and work area", "Site Manager", "Nov-25", "",
          "G", "Fencing ordered"),
         ("2", "Appoint a trained banksman for all reversing manoeuvres",
          "Site Manager", "Nov-25", "", "B", "Two banksmen appointed 13/10/2025"),
         ("3", "Update the construction phase plan traffic management drawing",
          "Temporary Works Co-ordinator", "Dec-25", "", "G", ""),
     ]),
]


def msi_lines():
    """Return the CSV text and the 1-based line number of the typo."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(MSI_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    w.writerow(pad(MSI_TITLE))
    w.writerow(pad("Business unit: Rail (Central) – notices served by HSE "
                   "Construction Division, Midlands"))
    w.writerow(["Report date: 07/11/2025", "", "Prepared by: SHE Manager "
                "(Rail Central)"] + [""] * (n - 3))
    w.writerow([""] * n)
    w.writerow(MSI_HEAD)
    line = 5
    typo_line = None
    for ref, site, served, breach, actions in MSI:
        for i, (no, act, owner, due, rev, rag, comm) in enumerate(actions):
            head = [ref, site, served, breach] if i == 0 else ["", "", "", ""]
            w.writerow(head + [no, act, owner, due, rev, rag, comm])
            line += 1
            if MSI_TYPO in (due, rev):
                typo_line = line
    w.writerow([""] * n)
    w.writerow(pad("RAG: B = closed (complete, confirmed by HSE inspector); "
                   "G = on track; A = at risk of missing due date; R = overdue"))
    w.writerow(pad("Notices are closed on the HSE register only after the "
                   "inspector's follow-up visit."))
    return buf.getvalue(), typo_line


def build_msi(path):
    text, _ = msi_lines()
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. WaterAid UK - Board of Trustees action log (tab-separated txt)
# ---------------------------------------------------------------------------
WATERAID_TITLE = "Board of Trustees – Action Log"

WA_HEAD = ["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"]
# (section line, [(ref, meeting, minute, action, owner, due, rag, update)])
WATERAID = [
    ("A. OPEN ACTIONS", [
        ("BT25/07", "26/03/2025", "25/14", "Commission an independent review of "
         "safeguarding case management across country programmes and report "
         "findings to the Board.", "Director of Programmes / Safeguarding "
         "Trustee", "Dec-25 (was Sep-25)", "A", "Review fieldwork extended to "
         "include Mozambique and Pakistan; report to December Board."),
        ("BT25/11", "25/06/2025", "25/29", "Present options for the reserves "
         "policy, including a minimum of three months' operating costs, to the "
         "Finance & Audit Committee.", "Director of Finance & Resources",
         "Oct-25", "R", "Delayed pending the 2026/27 budget; now to FAC in "
         "February 2026."),
        ("BT25/12", "25/06/2025", "25/31", "Update the trustee skills matrix and "
         "agree recruitment priorities for the 2026 trustee round.",
         "Chair; Company Secretary", "Jan-26", "G", "Skills audit survey issued "
         "3 November."),
        ("BT25/15", "24/09/2025", "25/44", "Circulate the refreshed risk appetite "
         "statement to trustees for comment before adoption.", "TK, RB",
         "Nov-25", "G", "Draft with trustees; comments by 28 November."),
        ("BT25/16", "24/09/2025", "25/47", "Arrange a trustee visit to the "
         "Ethiopia country programme.", "Chief Executive", "Mar-26", "G",
         "Dates proposed to Chair."),
        ("BT25/17", "24/09/2025", "25/49", "Report to the Board on progress "
         "against the new EDI action plan.", "Director of People", "Quarterly",
         "G", "First report on this agenda (item 9)."),
    ]),
    ("B. ACTIONS COMPLETED SINCE THE LAST MEETING (to be removed from the log)", [
        ("BT25/09", "26/03/2025", "25/18", "Amend the Finance & Audit Committee "
         "terms of reference to include oversight of cyber security.",
         "Company Secretary", "Jun-25", "Complete",
         "Approved by the Board 25/06/2025."),
        ("BT25/13", "25/06/2025", "25/33", "Circulate the annual report and "
         "accounts timetable to trustees.", "Director of Finance & Resources",
         "Jul-25", "Complete", "Circulated 14/07/2025."),
        ("BT25/14", "24/09/2025", "25/41", "Confirm the date of the 2026 Board "
         "strategy away day.", "Company Secretary", "31/10/2025", "Complete",
         "Confirmed as 5–6 March 2026."),
    ]),
]


def wateraid_text():
    lines = ["WaterAid UK", WATERAID_TITLE,
             "Updated for the Board meeting on 10 December 2025", "",
             "\t".join(WA_HEAD)]
    for section, rows in WATERAID:
        lines.append(section)
        for row in rows:
            lines.append("\t".join(row))
        lines.append("")
    lines.append("RAG: G = on track; A = some risk to due date; R = overdue; "
                 "Complete = action completed.")
    lines.append("Actions arising from the December meeting will be added once "
                 "the minutes are approved.")
    return "\n".join(lines) + "\n"


def build_wateraid(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(wateraid_text())


def main():
    build_kirkwood(os.path.join(HERE, F_KIRKWOOD))
    build_nscca(os.path.join(HERE, F_NSCCA))
    build_fr(os.path.join(HERE, F_FR))
    build_belper(os.path.join(HERE, F_BELPER))
    build_larkspur(os.path.join(HERE, F_LARKSPUR))
    build_msi(os.path.join(HERE, F_MSI))
    build_wateraid(os.path.join(HERE, F_WATERAID))
    for f in (F_KIRKWOOD, F_NSCCA, F_FR, F_BELPER, F_LARKSPUR, F_MSI,
              F_WATERAID):
        print("wrote", f)


if __name__ == "__main__":
    main()
