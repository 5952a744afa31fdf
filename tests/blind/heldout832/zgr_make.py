"""Build the seven zgr- blind test files (set heldout832).

Run with /work/main/.venv/bin/python zgr_make.py  (openpyxl, python-docx).
The data below is also imported by zgr_expect.py, which writes the
.expected.yaml readings; each action carries both what the file shows and
how a person reads it (lead list, end month, status).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def D(y, m, d):
    return dt.datetime(y, m, d)


FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Raven Housing Trust – ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
RAVEN_FILE = "zgr-raven-housing-trust-audit-risk-committee-internal-audit-tracker.xlsx"
RAVEN_TITLE = "Raven Housing Trust – Internal Audit Recommendations Tracker"

# audit heading, then recommendations: (priority, rec text, [actions])
# action: ref, text, owner cell, lead list, original, revised, prev, curr, update, status
RAVEN = [
    ("Damp, Mould and Condensation (IA 04 2024/25) – Limited assurance", [
        ("High",
         "Case records for damp and mould reports should evidence the initial inspection, the risk category "
         "assigned and the date of each follow-up visit, in line with the Damp and Mould Policy.",
         [
             ("DMC.1a",
              "Configure mandatory fields in the repairs system for inspection date, risk category and "
              "follow-up visit dates on all damp and mould jobs.",
              "Head of Repairs & Maintenance", ["Head of Repairs & Maintenance"],
              D(2025, 3, 31), D(2025, 9, 30), "A", "B",
              "Mandatory fields live from 1 September 2025. Internal Audit verified a sample of 15 cases in "
              "October 2025 – recommend closure.", "blue"),
             ("DMC.1b",
              "Carry out a monthly quality check of 10 closed damp and mould cases and report the results to "
              "the Executive Team.",
              "Damp & Mould Lead / Compliance Manager", ["Damp & Mould Lead", "Compliance Manager"],
              D(2025, 4, 30), None, "G", "G",
              "Checks completed for July, August and September. Reporting to ET quarterly from November "
              "2025.", "green"),
         ]),
        ("Medium",
         "Tenants should be kept informed in writing at each stage of a damp and mould case, including when "
         "works are scheduled.",
         [
             ("DMC.2",
              "Introduce template letters and SMS updates at the inspection, works-ordered and post-works "
              "stages.",
              "Head of Customer Experience", ["Head of Customer Experience"],
              D(2025, 6, 30), D(2026, 1, 31), "A", "A",
              "Templates drafted and approved by the Tenant Voice Panel. SMS integration delayed by the "
              "contact centre system upgrade; revised date agreed by ARC in September.", "amber"),
         ]),
    ]),
    ("Procurement and Contract Management (IA 07 2024/25) – Reasonable assurance", [
        ("Medium",
         "A complete contracts register should be maintained, showing contract value, expiry date and the "
         "named contract manager.",
         [
             ("PCM.1",
              "Publish a single contracts register on SharePoint and assign a named contract manager to every "
              "contract over £25,000.",
              "Procurement Manager", ["Procurement Manager"],
              D(2025, 7, 31), None, "G", "B",
              "Register published July 2025; all 64 contracts over £25k have a named manager.", "blue"),
         ]),
        ("Low",
         "Waivers of Contract Standing Orders should be reported to the Audit & Risk Committee.",
         [
             ("PCM.2",
              "Add a schedule of waivers to the quarterly finance report to ARC.",
              "Director of Finance", ["Director of Finance"],
              D(2025, 9, 30), None, "G", "R",
              "Not yet included. Schedule will be presented to the February 2026 meeting.", "red"),
         ]),
    ]),
    ("Tenancy Fraud (IA 02 2025/26) – Reasonable assurance", [
        ("Medium",
         "Tenancy audits should be risk-based and completed to the annual target.",
         [
             ("TF.1a",
              "Agree a risk-based tenancy audit programme covering 10% of general needs homes each year.",
              "Head of Neighbourhoods", ["Head of Neighbourhoods"],
              D(2025, 12, 31), None, "New", "G",
              "Draft programme to Housing Leadership Team in December.", "green"),
             ("TF.1b",
              "Report tenancy audit completion quarterly to the Customer Services Committee.",
              "Head of Neighbourhoods; Performance & Insight Manager",
              ["Head of Neighbourhoods", "Performance & Insight Manager"],
              D(2026, 3, 31), None, "New", "G",
              "Measure added to the Q3 performance pack.", "green"),
         ]),
        ("Low",
         "All housing and customer contact staff should complete tenancy fraud awareness training.",
         [
             ("TF.2",
              "Roll out tenancy fraud e-learning to all housing officers and customer contact staff.",
              "People & Culture Business Partner", ["People & Culture Business Partner"],
              D(2026, 2, 28), None, "New", None,
              "Not started – e-learning module procured, launch planned for January 2026.", "unrated"),
         ]),
    ]),
]


def build_raven(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover & key"
    ws["A1"] = RAVEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee, 20 November 2025 – position at 31 October 2025"
    ws["A3"] = "Prepared by: Head of Governance & Assurance"
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    key = [("B", "Complete – evidence provided and verified by Internal Audit"),
           ("G", "On track – expected to be completed by the agreed date"),
           ("A", "At risk – revised date agreed by the Committee"),
           ("R", "Overdue – agreed date passed and no revised date agreed")]
    for i, (k, txt) in enumerate(key):
        r = 6 + i
        ws.cell(r, 1, k).fill = fill(FILL[k])
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, txt)
    ws["A11"] = "Summary of actions by audit"
    ws["A11"].font = Font(bold=True)
    hdr = ["Audit", "Assurance", "Actions", "Complete (B)", "On track (G)", "At risk (A)",
           "Overdue (R)", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(12, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["pale"])
        cell.border = BOX
    rows = [("Damp, Mould and Condensation", "Limited", 3, 1, 1, 1, 0, 0),
            ("Procurement and Contract Management", "Reasonable", 2, 1, 0, 0, 1, 0),
            ("Tenancy Fraud", "Reasonable", 3, 0, 2, 0, 0, 1),
            ("Total", None, 8, 2, 3, 1, 1, 1)]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cell = ws.cell(13 + i, c, v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 62
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 13

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Open and recently completed internal audit actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Actions rated B will be removed from the tracker once closure is noted by the Committee."
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "Previous RAG (Sept 2025)",
               "Current RAG (Nov 2025)", "Progress update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 4
    for audit, recs in RAVEN:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = fill(FILL["grey"])
        r += 1
        for prio, rec, actions in recs:
            first = r
            ws.cell(r, 2, prio)
            ws.cell(r, 3, rec)
            for (ref, text, owner, _lead, orig, rev, prev, curr, upd, _st) in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, owner)
                ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 8, prev)
                if prev in FILL:
                    ws.cell(r, 8).fill = fill(FILL[prev])
                if curr is not None:
                    ws.cell(r, 9, curr)
                    ws.cell(r, 9).fill = fill(FILL[curr])
                for col in (8, 9):
                    ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 10, upd)
                for col in range(1, 11):
                    ws.cell(r, col).border = BOX
                    if col not in (8, 9):
                        ws.cell(r, col).alignment = WRAP
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths = [9, 10, 42, 46, 26, 12, 12, 12, 12, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Forensic Science NI – LIMS replacement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
FSNI_FILE = "zgr-forensic-science-ni-lims-replacement-programme-highlight-report.xlsx"
FSNI_TITLE = "LIMS Replacement Programme – Highlight Report No. 14"

# workstream, [(ref, milestone, owner cell, lead list, baseline, forecast, rag, commentary, status)]
FSNI = [
    ("1. Supplier & contract", [
        ("M1", "Contract award approved by DoJ and Department of Finance (CPD)",
         "Programme Manager", ["Programme Manager"], D(2025, 3, 31), D(2025, 3, 31), "B",
         "Achieved 27 March 2025.", "blue"),
        ("M2", "Supplier mobilisation and detailed design sign-off",
         "Programme Manager / Supplier Project Lead", ["Programme Manager", "Supplier Project Lead"],
         D(2025, 7, 31), D(2025, 8, 31), "B",
         "Design Authority signed off the detailed design on 21 August 2025.", "blue"),
    ]),
    ("2. Data migration", [
        ("M3", "Cleanse legacy case data and agree migration rules with Scientific Leads",
         "Data Migration Lead", ["Data Migration Lead"], D(2025, 9, 30), D(2025, 12, 31), "A",
         "Rules agreed for DNA and Drugs; Toxicology and Firearms outstanding.", "amber"),
        ("M4", "Trial migration 1 completed and reconciled",
         "Data Migration Lead", ["Data Migration Lead"], D(2025, 11, 30), D(2026, 2, 28), "R",
         "Dependent on M3. Supplier migration tool defect raised (I-07). Exception report at Annex A.",
         "red"),
    ]),
    ("3. Laboratory configuration & validation", [
        ("M5", "Configure DNA, Drugs and Toxicology workflows in the test environment",
         "Quality Manager; Heads of Scientific Areas", ["Quality Manager", "Heads of Scientific Areas"],
         D(2025, 10, 31), D(2025, 11, 30), "A",
         "DNA and Drugs configured; Toxicology workflow build 70% complete.", "amber"),
        ("M6", "ISO/IEC 17025 validation plan agreed with UKAS assessor",
         "Quality Manager", ["Quality Manager"], D(2026, 1, 31), D(2026, 1, 31), "G",
         "Pre-assessment meeting held 22 October.", "green"),
    ]),
    ("4. Integration & infrastructure", [
        ("M7", "Interface with PSNI case management system built and tested",
         "Head of Digital Services & Informatics", ["Head of Digital Services & Informatics"],
         D(2025, 12, 31), D(2025, 12, 31), "G", "Interface specification agreed with PSNI.", "green"),
        ("M8", "Penetration test and NICS security accreditation",
         "IT Security Officer", ["IT Security Officer"], D(2026, 2, 28), D(2026, 2, 28), None,
         "Not started – test window booked with the supplier.", "unrated"),
    ]),
    ("5. Business change & training", [
        ("M9", "Train-the-trainer programme for 40 laboratory super-users",
         "Business Change Manager", ["Business Change Manager"], D(2026, 3, 31), D(2026, 3, 31), "G",
         "Super-users nominated by all scientific areas.", "green"),
        ("M10", "Go-live readiness review and Programme Board go/no-go decision",
         "SRO", ["SRO"], D(2026, 6, 30), D(2026, 6, 30), "G",
         "Readiness criteria drafted for Board approval in December.", "green"),
    ]),
]


def build_fsni(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Forensic Science Northern Ireland"
    ws["A1"].font = Font(bold=True, size=12, color="1F3864")
    ws["A2"] = FSNI_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    info = [("Reporting period", "1 October – 31 October 2025"),
            ("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "Head of Digital Services & Informatics"),
            ("Prepared for", "LIMS Programme Board – 13 November 2025")]
    for i, (k, v) in enumerate(info):
        ws.cell(3 + i, 1, k).font = Font(bold=True)
        ws.cell(3 + i, 2, v)
    ws["A8"] = "Overall status"
    ws["A8"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Dimension", "Last period", "This period", "Comment"], 1):
        cell = ws.cell(9, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["pale"])
        cell.border = BOX
    dims = [("Overall", "A", "A", "Data migration slippage now affects the critical path."),
            ("Schedule", "A", "R", "Trial migration 1 forecast three months beyond baseline."),
            ("Budget", "G", "G", "£0.12m committed against the 2025/26 capital allocation of £1.4m."),
            ("Resources", "A", "A", "Two scientific backfill posts still vacant."),
            ("Benefits", "G", "G", "No change to the benefits profile.")]
    for i, (dname, last, this, com) in enumerate(dims):
        r = 10 + i
        ws.cell(r, 1, dname)
        for c, v in ((2, last), (3, this)):
            ws.cell(r, c, v).fill = fill(FILL[v])
            ws.cell(r, c).alignment = Alignment(horizontal="center")
        ws.cell(r, 4, com)
        for c in range(1, 5):
            ws.cell(r, c).border = BOX
    ws["A16"] = "Summary"
    ws["A16"].font = Font(bold=True, size=12)
    ws["A17"] = ("Design sign-off is complete and laboratory configuration is progressing. The programme remains "
                 "Amber overall: data cleansing for Toxicology and Firearms has taken longer than planned and a "
                 "defect in the supplier's migration tool has pushed Trial Migration 1 into February 2026. The "
                 "June 2026 go-live date is still achievable if the exception plan is approved.")
    ws.merge_cells("A17:H17")
    ws["A17"].alignment = WRAP
    ws.row_dimensions[17].height = 62

    ws["A19"] = "Milestones and key actions"
    ws["A19"].font = Font(bold=True, size=12)
    headers = ["Ref", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date",
               "RAG", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(20, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 21
    for ws_name, items in FSNI:
        first = r
        ws.cell(r, 2, ws_name)
        for (ref, text, owner, _lead, base, fc, rag, com, _st) in items:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, owner)
            ws.cell(r, 5, base).number_format = "mmm-yy"
            ws.cell(r, 6, fc).number_format = "mmm-yy"
            if rag is not None:
                ws.cell(r, 7).fill = fill(FILL[rag])
            ws.cell(r, 8, com)
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    # key
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    keys = [("B", "Complete"), ("G", "On track"), ("A", "At risk – recoverable within tolerance"),
            ("R", "Baseline will be missed – exception raised")]
    for i, (k, t) in enumerate(keys):
        ws.cell(r + 1 + i, 1).fill = fill(FILL[k])
        ws.cell(r + 1 + i, 2, t)
    ws.cell(r + 5, 1).border = BOX
    ws.cell(r + 5, 2, "No colour – not yet started")
    r += 7
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["ID", "Description", "Rating", "Trend"], 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["pale"])
        cell.border = BOX
    risks = [("I-07", "Supplier migration tool fails to reconcile exhibit records with more than one case link",
              "High", "↑"),
             ("R-03", "Loss of legacy system knowledge as two long-serving staff retire in 2026", "Medium", "↔"),
             ("R-05", "UKAS assessment capacity not available in the planned window", "Medium", "↓")]
    for i, row in enumerate(risks):
        for c, v in enumerate(row, 1):
            ws.cell(r + 1 + i, c, v).border = BOX
            ws.cell(r + 1 + i, c).alignment = WRAP
    r += 5
    ws.cell(r, 1, "Decisions required").font = Font(bold=True, size=12)
    ws.cell(r + 1, 1, "The Programme Board is asked to note the revised forecast for M4 and approve the "
                      "exception plan at Annex A.")
    widths = [14, 24, 46, 30, 11, 11, 7, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    dc = wb.create_sheet("Document control")
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Version", "Date", "Author", "Summary of change"], 1):
        dc.cell(3, c, h).font = Font(bold=True)
    hist = [("0.1", D(2025, 11, 3), "PMO Officer", "First draft from workstream returns"),
            ("0.2", D(2025, 11, 5), "Programme Manager", "Exception commentary for M4 added"),
            ("1.0", D(2025, 11, 6), "Programme Manager", "Issued to Programme Board")]
    for i, row in enumerate(hist):
        for c, v in enumerate(row, 1):
            cell = dc.cell(4 + i, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    dc.column_dimensions["C"].width = 20
    dc.column_dimensions["D"].width = 44
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. RSPCA – Charity Commission compliance case action plan (monday.com export, xlsx)
# ---------------------------------------------------------------------------
RSPCA_FILE = "zgr-rspca-charity-commission-regulatory-compliance-action-plan-monday-export.xlsx"
RSPCA_TITLE = "RSPCA – Charity Commission Regulatory Compliance Case: Action Plan"

# group, [(name, person cell, lead list, status label, due (str or None), ref, oversight, update, status)]
RSPCA = [
    ("1. Trustee oversight of safeguarding", [
        ("Appoint a designated safeguarding trustee and agree the role description",
         "Helen Carver", ["Helen Carver"], "Complete", "2025-07-31", "AP1", "Board",
         "Appointed at the Board meeting on 17 July 2025.", "blue"),
        ("Add a safeguarding dashboard as a standing item at every Board meeting",
         "Helen Carver, Ravi Menon", ["Helen Carver", "Ravi Menon"], "Complete", "2025-09-30", "AP2", "Board",
         "First dashboard presented September 2025.", "blue"),
        ("Commission an independent review of safeguarding culture across the inspectorate and animal centre "
         "teams", "Ravi Menon", ["Ravi Menon"], "On track", "2026-03-31", "AP3", "Safeguarding Committee",
         "Reviewer appointed; fieldwork November–January.", "green"),
    ]),
    ("2. Serious incident reporting", [
        ("Review the serious incident reporting policy against the Commission's guidance and set internal "
         "reporting timescales", "Grace Whitlock", ["Grace Whitlock"], "Complete", "2025-08-29", "AP4",
         "Audit & Risk Committee", "Revised policy approved by ARC 28 August 2025.", "blue"),
        ("Train all senior managers and branch chairs to identify reportable serious incidents",
         "Grace Whitlock, Tom Fairley", ["Grace Whitlock", "Tom Fairley"], "At risk", "2025-12-19", "AP5",
         "Audit & Risk Committee", "Branch chair sessions delayed; 62% of those in scope trained.", "amber"),
        ("Provide the Commission with a schedule of incidents for 2022–2025 and confirm any that were reported "
         "late", "Grace Whitlock", ["Grace Whitlock"], "Off track", "2025-10-31", "AP6", "Chair",
         "Awaiting legal review. Commission case officer told of the delay on 3 November.", "red"),
    ]),
    ("3. Branch governance", [
        ("Issue the updated branch governance framework and model rules to all branches",
         "Tom Fairley", ["Tom Fairley"], "On track", "2026-01-30", "AP7", "Governance Committee",
         "Framework approved by the Governance Committee; issue planned for January.", "green"),
        ("Complete governance health checks for all branches with income above £500k",
         "Tom Fairley", ["Tom Fairley"], "Not started", "2026-04-30", "AP8", "Governance Committee",
         "", "unrated"),
        ("Report progress against this action plan to the Commission every six months",
         "Ravi Menon", ["Ravi Menon"], "On track", None, "AP9", "Board",
         "First update sent July 2025. Next update due January 2026.", "green"),
    ]),
]


def build_rspca(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CC Compliance Action Plan"
    ws["A1"] = RSPCA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    cols = ["Name", "Person", "Status", "Due date", "Action ref", "Trustee oversight", "Evidence / update"]
    label_fill = {"Complete": "0086C0", "On track": "00C875", "At risk": "FDAB3D",
                  "Off track": "E2445C", "Not started": "C4C4C4"}
    r = 3
    for group, items in RSPCA:
        ws.cell(r, 1, group).font = Font(bold=True, size=12, color="579BFC")
        r += 1
        for c, h in enumerate(cols, 1):
            ws.cell(r, c, h).font = Font(bold=True)
        r += 1
        for (name, person, _lead, label, due, ref, over, upd, _st) in items:
            vals = [name, person, label, due, ref, over, upd]
            for c, v in enumerate(vals, 1):
                if v not in (None, ""):
                    ws.cell(r, c, v)
            ws.cell(r, 3).fill = fill(label_fill[label])
            r += 1
        r += 1
    widths = [70, 28, 13, 12, 11, 24, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Bar Standards Board – Board action points and progress (docx)
# ---------------------------------------------------------------------------
BSB_FILE = "zgr-bar-standards-board-board-action-list.docx"
BSB_TITLE = "Bar Standards Board – Action Points and Progress (Part 1 – Public)"

# meeting, [(min ref, action, person cell, lead list, date cell, end, end_text, progress, status letter, status)]
BSB = [
    ("Board meeting – 25 September 2025", [
        ("14(a)", "Publish the consultation response on the revised Authorisation to Practise requirements",
         "Director of Strategy and Policy", ["Director of Strategy and Policy"], "31 October 2025",
         "2025-10", None, "Published on the website on 28 October 2025.", "B", "blue"),
        ("14(b)", "Bring a paper evaluating the first two years of the revised Bar training rules to the "
                  "January meeting",
         "Head of Education and Training; Director of Strategy and Policy",
         ["Head of Education and Training", "Director of Strategy and Policy"], "22 January 2026",
         "2026-01", None, "On the forward agenda for January.", "G", "green"),
        ("16", "Circulate the updated Regulatory Risk Outlook to Board members",
         "Head of Risk", ["Head of Risk"], "October 2025", "2025-10", None,
         "Circulated by email on 15 October 2025.", "B", "blue"),
    ]),
    ("Board meeting – 24 July 2025", [
        ("9", "Review the scheme of delegations and report proposed changes to the Governance, Risk and Audit "
              "Committee",
         "Head of Governance and Corporate Services", ["Head of Governance and Corporate Services"],
         "December 2025", "2025-12", None, "Paper drafted; on the GRA Committee agenda for 2 December.",
         "G", "green"),
        ("11", "Agree with the Legal Services Board a timetable for the next well-led self-assessment",
         "Director General", ["Director General"], "Ongoing", None, "Ongoing",
         "Discussions continuing with the LSB executive.", "A", "amber"),
        ("12", "Provide members with the annual monitoring data against the equality objectives",
         "Rebecca Forbes / Daniel Osei", ["Rebecca Forbes", "Daniel Osei"], "Sept 2025 – Jan 2026",
         "2026-01", "Sept 2025 – Jan 2026",
         "First tranche circulated in September; full data set to follow in January.", "G", "green"),
    ]),
    ("Board meeting – 22 May 2025", [
        ("7(c)", "Commission an external review of the Independent Decision-Making Body’s processes",
         "Director of Regulatory Operations", ["Director of Regulatory Operations"], "31 March 2026",
         "2026-03", None, "Tender documents being finalised; contract award expected in December.", "A",
         "amber"),
        ("8", "Report back on staff turnover in the Contact and Assessment Team",
         "Chief Operating Officer", ["Chief Operating Officer"], "Q2 2025/26", "2025-09", None,
         "Reported to the September Board meeting (BSB 041 (25)).", "B", "blue"),
    ]),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def build_bsb(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("BSB 271125")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("Part 1 – Public")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run("ANNEX B").bold = True
    doc.add_heading(BSB_TITLE, level=1)
    doc.add_paragraph("Updated: 19 November 2025")
    doc.add_paragraph("Status key: B – completed; G – on track; A – delayed or at risk; R – overdue")
    headers = ["Min ref", "Action required", "Person(s) responsible", "Date of action required",
               "Progress report", "Status"]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "D9E2F3")
    for meeting, items in BSB:
        row = table.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, meeting, bold=True)
        shade(m, "F2F2F2")
        for (ref, act, person, _lead, date, _e, _et, prog, letter, _st) in items:
            cells = table.add_row().cells
            for i, v in enumerate([ref, act, person, date, prog, letter]):
                set_cell(cells[i], v)
    widths = [Cm(1.8), Cm(8.0), Cm(4.6), Cm(3.2), Cm(6.8), Cm(1.4)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Completed actions are removed from the list after they have been reported to one "
                      "meeting.")
    p = doc.add_paragraph("Governance Officer, 19 November 2025")
    p.runs[0].italic = True
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Highlands and Islands Enterprise – annual audit report action plan progress (docx)
# ---------------------------------------------------------------------------
HIE_FILE = "zgr-highlands-and-islands-enterprise-annual-audit-report-2024-25-action-plan.docx"
HIE_TITLE = "2024/25 Annual Audit Report – Management Action Plan: Progress Update"

# section, [(rec text, [(no, action, officer cell, lead, timing, end, end_text, progress, rag, status)])]
HIE = [
    ("Section A – 2024/25 annual audit recommendations", [
        ("Management should review the valuation approach for the investment portfolio, including how often "
         "unlisted equity holdings are independently valued.", [
             ("1", "Commission independent valuations of all unlisted holdings above £250,000 each year and "
                   "report the results to the Audit and Risk Committee.",
              "Director of Finance and Corporate Services", ["Director of Finance and Corporate Services"],
              "31 March 2026", "2026-03", None, "Valuer appointed in October 2025.", "Green", "green"),
         ]),
        ("HIE should strengthen its controls over changes to supplier bank details.", [
            ("2(a)", "Introduce independent call-back verification, using contact details already held, for "
                     "every request to change supplier bank details.\nUpdate the Finance Procedures Manual "
                     "to reflect the new control.",
             "Head of Finance", ["Head of Finance"], "30 September 2025", "2025-09", None,
             "Implemented from August 2025; procedure note issued to all finance staff.", "Complete", "blue"),
            ("2(b)", "Produce a monthly exception report of bank detail changes for review by the Financial "
                     "Controller.",
             "Head of Finance / Financial Controller", ["Head of Finance", "Financial Controller"],
             "Q3 2025/26", "2025-12", None, "Report designed; first run due in December.", "Green", "green"),
        ]),
        ("The medium-term financial plan should set out scenarios for grant-in-aid settlements and the savings "
         "needed to close any funding gap.", [
             ("3", "Develop a three-year financial plan with best, central and worst case scenarios, for Board "
                   "approval alongside the 2026/27 budget.",
              "Director of Finance and Corporate Services", ["Director of Finance and Corporate Services"],
              "March 2026", "2026-03", None,
              "Scenarios modelled; final version depends on the Scottish Budget announcement.", "Amber",
              "amber"),
         ]),
    ]),
    ("Section B – Prior year recommendations brought forward", [
        ("Performance reporting to the Board should link outcomes to the priorities in HIE’s strategy.", [
            ("b/f 1", "Redesign the quarterly performance report around the four strategic priorities, with "
                      "outcome measures for each.",
             "Head of Strategy and Performance", ["Head of Strategy and Performance"], "31 January 2026",
             "2026-01", None, "Date revised by the Committee in June 2025. New format trialled in the Q2 report.",
             "Amber", "amber"),
        ]),
        ("The Board should review the effectiveness of its committee structure.", [
            ("b/f 2", "Commission an external board effectiveness review and report its findings to the Board.",
             "Board Secretary", ["Board Secretary"], "By 31 October 2025", "2025-10", None,
             "Review reported to the Board on 23 October 2025.", "Complete", "blue"),
        ]),
        ("Fraud risk assessments should be refreshed regularly and reported to the Audit and Risk Committee.", [
            ("b/f 3", "Refresh the fraud risk assessment annually and present it to the Audit and Risk Committee "
                      "each December.",
             "Head of Risk and Assurance", ["Head of Risk and Assurance"], "Annually", None, "Annually",
             "2025 refresh presented to this meeting (Paper ARC 25/44).", "Green", "green"),
        ]),
    ]),
]


def build_hie(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("Highlands and Islands Enterprise")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
    doc.add_paragraph("Iomairt na Gàidhealtachd ’s nan Eilean")
    doc.add_paragraph("Audit and Risk Committee – 4 December 2025\tPaper ARC 25/41")
    doc.add_heading(HIE_TITLE, level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comment"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
    for ri, row in enumerate([("0.1", "17/11/2025", "Finance Business Partner", "Updates from action owners"),
                              ("1.0", "24/11/2025", "Director of Finance and Corporate Services",
                               "Approved for issue")], 1):
        for i, v in enumerate(row):
            set_cell(t.rows[ri].cells[i], v, size=9)
    doc.add_paragraph()
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("This paper reports progress against the management actions agreed in response to the "
                      "external auditor’s 2024/25 Annual Audit Report, together with the prior year "
                      "recommendations that remain open. The Committee is asked to note progress and approve "
                      "closure of the actions marked Complete.")
    headers = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Timing",
               "Progress at November 2025", "RAG"]
    widths = [Cm(1.4), Cm(5.6), Cm(6.2), Cm(3.6), Cm(2.6), Cm(5.2), Cm(1.8)]
    rag_fill = {"Complete": "9DC3E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for section, recs in HIE:
        doc.add_heading(section, level=2)
        table = doc.add_table(rows=1, cols=7)
        table.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(table.rows[0].cells[i], h, bold=True)
            shade(table.rows[0].cells[i], "005E7A")
            for run in table.rows[0].cells[i].paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, actions in recs:
            start = len(table.rows)
            for (no, act, officer, _l, timing, _e, _et, prog, rag, _s) in actions:
                cells = table.add_row().cells
                for i, v in enumerate([no, None, act, officer, timing, prog, rag]):
                    if v is not None:
                        set_cell(cells[i], v)
                shade(cells[6], rag_fill[rag])
            if len(actions) > 1:
                merged = table.cell(start, 1).merge(table.cell(len(table.rows) - 1, 1))
                set_cell(merged, rec)
            else:
                set_cell(table.cell(start, 1), rec)
        for row in table.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete – action implemented; Green – on track for agreed timing; "
                      "Amber – behind agreed timing but expected to complete; Red – significant delay or not "
                      "progressing.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Cheshire Peaks & Plains HT – Housing Ombudsman special investigation plan (Planner export, csv)
# ---------------------------------------------------------------------------
CPP_FILE = ("zgr-cheshire-peaks-and-plains-housing-trust-housing-ombudsman-special-investigation-"
            "action-plan-planner-export.csv")
CPP_TITLE = "Housing Ombudsman Special Investigation – Learning Action Plan"

# bucket, [(task, progress, priority, assigned cell, lead, start, due, late, completed, labels, description, status)]
CPP = [
    ("Complaint handling", [
        ("Review the Complaints Policy against the Complaint Handling Code 2024 and publish the annual "
         "self-assessment", "Completed", "Important", "Claire Whitby", ["Claire Whitby"], "01/04/2025",
         "31/05/2025", "false", "28/05/2025", "Complaint Handling Code",
         "Self-assessment published on website 28/05. Board approved policy 22/05.", "blue"),
        ("Introduce a quality check of 10% of stage 1 complaint responses each month", "In progress", "Medium",
         "Claire Whitby;Owen Pryce", ["Claire Whitby", "Owen Pryce"], "01/07/2025", "31/12/2025", "false", "",
         "Green;Complaint Handling Code", "Checks running since August. Results to ET monthly.", "green"),
        ("Issue stage 2 responses within 20 working days and report compliance monthly to the Executive Team",
         "In progress", "Important", "Owen Pryce", ["Owen Pryce"], "01/06/2025", "30/11/2025", "false", "",
         "Amber", "Compliance 84% in October (target 95%).\nAdditional complaints officer starts 17/11.",
         "amber"),
    ]),
    ("Repairs and damp & mould", [
        ("Triage all damp and mould reports within 2 working days and inspect within 10 working days",
         "Completed", "Urgent", "Jason Mottram", ["Jason Mottram"], "01/04/2025", "31/07/2025", "false",
         "25/07/2025", "Damp & mould", "New triage process live. Awaab's Law timescales built in.", "blue"),
        ("Contact every household with a damp and mould case open for more than 6 months and agree a works plan",
         "In progress", "Urgent", "Jason Mottram;Priya Lal", ["Jason Mottram", "Priya Lal"], "01/08/2025",
         "31/10/2025", "true", "", "Red;Damp & mould",
         "41 of 57 households contacted. Remaining cases need surveyor visits.", "red"),
        ("Carry out a follow-up inspection 6 weeks after damp and mould works are completed", "Not started",
         "Medium", "Priya Lal", ["Priya Lal"], "", "31/01/2026", "false", "", "Damp & mould", "", "unrated"),
    ]),
    ("Record keeping", [
        ("Record vulnerabilities and reasonable adjustments on the housing management system and show alerts to "
         "repairs operatives", "In progress", "Important", "Helen Brady", ["Helen Brady"], "01/09/2025",
         "31/03/2026", "false", "", "Green", "Alert screen in UAT. Data capture script agreed.", "green"),
        ("Audit a sample of 50 tenancy files for complete vulnerability and contact records", "Not started",
         "Medium", "Helen Brady", ["Helen Brady"], "", "28/02/2026", "false", "", "", "", "unrated"),
    ]),
    ("Learning and governance", [
        ("Report progress on this action plan to the Board every quarter", "In progress", "Medium", "Anna Kerr",
         ["Anna Kerr"], "01/04/2025", "31/03/2026", "false", "", "Green",
         "Reported to Board June and September 2025.", "green"),
        ("Share learning from Ombudsman determinations with all frontline staff through quarterly briefings",
         "In progress", "Medium", "Anna Kerr;Claire Whitby", ["Anna Kerr", "Claire Whitby"], "01/07/2025",
         "31/12/2025", "false", "", "Amber",
         "Q2 briefing delivered. Q3 briefing postponed to December.", "amber"),
    ]),
]

CPP_HEADER = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start date", "Due date",
              "Late", "Completed Date", "Labels", "Description"]


def build_cpp(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Plan name", CPP_TITLE])
        w.writerow(["Date of export", "14/11/2025"])
        w.writerow([])
        w.writerow(CPP_HEADER)
        for bucket, tasks in CPP:
            for (task, prog, prio, who, _l, start, due, late, comp, labels, desc, _s) in tasks:
                w.writerow([task, bucket, prog, prio, who, start, due, late, comp, labels, desc])


# ---------------------------------------------------------------------------
# 7. Wirksworth Town Council – risk register 2025/26 (tab-separated text) – REFUSE
# ---------------------------------------------------------------------------
WIRK_FILE = "zgr-wirksworth-town-council-risk-register-2025-26-typo-month-refuse.txt"
WIRK_TITLE = "Risk Register and Management Action Plan 2025/26"

WIRK_HEADER = ["Ref", "Risk area", "Risk identified", "L", "I", "Score", "Existing controls",
               "Further action required", "Responsibility", "Target date", "Status"]
WIRK = [
    ("FINANCIAL", [
        ["F1", "Finance", "Precept and reserves insufficient to meet commitments", "2", "4", "8",
         "Annual budget setting; quarterly budget monitoring by F&GP", "Review the General Reserves Policy and "
         "set a target of 6 months' running costs", "Town Clerk / RFO", "January 2026", "On track"],
        ["F2", "Finance", "Loss of funds through fraud or error", "2", "5", "10",
         "Dual authorisation of online payments; monthly bank reconciliation signed by a councillor",
         "Carry out a mid-year internal control check and report to F&GP", "RFO", "Nov 2025", "On track"],
        ["F3", "Finance", "VAT not reclaimed", "1", "3", "3", "Quarterly VAT returns",
         "Add VAT reclaim dates to the finance calendar", "RFO", "Sept 2025", "Complete"],
    ]),
    ("ASSETS AND PROPERTY", [
        ["A1", "Assets", "Injury to the public from play equipment at Recreation Ground", "3", "4", "12",
         "Weekly visual checks by the groundsman; annual RoSPA inspection",
         "Replace the timber multi-play unit flagged in the 2025 RoSPA report", "Town Clerk; Amenities Committee",
         "March 2026", "In progress"],
        ["A2", "Assets", "Town Hall roof leaks damage building and contents", "3", "3", "9",
         "Annual building inspection; buildings insurance",
         "Obtain three quotes for roof repairs and report to Full Council", "Deputy Clerk", "Janaury 2026",
         "Not started"],
        ["A3", "Assets", "Asset register incomplete or out of date", "2", "2", "4",
         "Asset register reviewed annually", "Reconcile the asset register with the insurance schedule",
         "RFO", "April 2026", "Not started"],
    ]),
    ("GOVERNANCE AND STAFFING", [
        ["G1", "Governance", "Council acts outside its powers or breaches Standing Orders", "2", "4", "8",
         "Clerk holds CiLCA; Standing Orders adopted May 2025",
         "Councillor training on Standing Orders and the Code of Conduct", "Town Clerk", "Ongoing",
         "In progress"],
        ["G2", "Governance", "Website fails accessibility and transparency requirements", "3", "2", "6",
         "Transparency Code documents published", "Commission an accessibility audit of the website",
         "Deputy Clerk", "Dec 2025", "On track"],
        ["G3", "Staffing", "Loss of the Clerk leaves the council unable to operate", "2", "5", "10",
         "Deputy Clerk trained in key tasks", "Write a procedures manual covering payroll, agendas and "
         "minutes", "Town Clerk", "June 2026", "Not started"],
    ]),
]


def wirk_lines():
    lines = ["Wirksworth Town Council",
             WIRK_TITLE,
             "Reviewed by the Finance & General Purposes Committee 9 October 2025 – to Full Council 23 October 2025",
             "Score = Likelihood (L) x Impact (I), each 1–5.  1–6 Low; 8–12 Medium; 15–25 High",
             "",
             "\t".join(WIRK_HEADER)]
    for section, rows in WIRK:
        lines.append(section + "\t" * (len(WIRK_HEADER) - 1))
        for row in rows:
            lines.append("\t".join(row))
    lines += ["", "Next full review: April 2026 (Annual Meeting of the Council)."]
    return lines


def build_wirk(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(wirk_lines()) + "\r\n")


def wirk_refuse_line():
    for i, line in enumerate(wirk_lines(), 1):
        if "Janaury" in line:
            return i
    raise AssertionError


def main():
    build_raven(os.path.join(HERE, RAVEN_FILE))
    build_fsni(os.path.join(HERE, FSNI_FILE))
    build_rspca(os.path.join(HERE, RSPCA_FILE))
    build_bsb(os.path.join(HERE, BSB_FILE))
    build_hie(os.path.join(HERE, HIE_FILE))
    build_cpp(os.path.join(HERE, CPP_FILE))
    build_wirk(os.path.join(HERE, WIRK_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
