"""Build the seven zxs- blind test files (set heldout625).

Run with: /work/main/.venv/bin/python zxs_make.py
Writes only files whose names start with "zxs-" into this script's folder.
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


def out(name):
    assert name.startswith("zxs-")
    return os.path.join(HERE, name)


FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "head": "1F3864",
    "band": "D9E1F2",
    "grey": "E7E6E6",
}


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Royal Borough of Kingston upon Thames - transformation highlight report
# ---------------------------------------------------------------------------
KINGSTON_NAME = "zxs-royal-borough-of-kingston-upon-thames-transformation-programme-highlight-report.xlsx"
KINGSTON_TITLE = "Transformation Programme Highlight Report – Period 6 (September 2025)"
KINGSTON = [
    ("Workstream 1: Customer and Digital", [
        ("1.1", "Launch the new My Kingston customer account for council tax, waste and parking services",
         "Head of Customer Services", dt.date(2025, 6, 30), dt.date(2025, 10, 31), "Amber", "Amber",
         "Payments integration testing found defects in the parking permit journey; fix scheduled for release 3.2. Go-live moved to end of October."),
        ("1.2", "Decommission the legacy CRM and migrate open cases to the new platform",
         "Head of Digital / IT Infrastructure Manager", dt.date(2025, 9, 30), dt.date(2026, 1, 31), "Green", "Red",
         "Supplier has not yet delivered the data migration scripts. Escalated to the Programme Board; contract extension for legacy CRM to January required."),
        ("1.3", "Roll out AI-assisted webchat for general enquiries (pilot with Waste and Street Services)",
         "TB / RM", dt.date(2025, 8, 31), dt.date(2025, 8, 31), "Green", "Complete",
         "Live from 18 August. 41% of chats resolved without transfer in first month."),
    ]),
    ("Workstream 2: Adult Social Care Practice", [
        ("2.1", "Implement the strengths-based practice model across all locality teams, including the refreshed supervision framework",
         "Principal Social Worker (Adults)", dt.date(2025, 12, 31), dt.date(2025, 12, 31), "Green", "Green",
         "Five of seven teams trained. Practice audits in November will test impact."),
        ("2.2", "Expand the reablement offer to reduce long-term home care starts by 10%",
         "Head of Provider Services and Reablement", dt.date(2026, 3, 31), dt.date(2026, 3, 31), "Amber", "Green",
         "Recruitment to four reablement support worker posts completed in August."),
    ]),
    ("Workstream 3: Property and Assets", [
        ("3.1", "Vacate Guildhall 2 and relocate teams to Guildhall 1 and the Kingston Hub",
         "Assistant Director, Corporate Landlord", dt.date(2025, 7, 31), dt.date(2025, 11, 30), "Amber", "Amber",
         "Fit-out of floor 2 delayed by asbestos survey findings. Moves rescheduled in three phases."),
        ("3.2", "Approve the Asset Management Plan 2025–2030 at Corporate and Resources Committee",
         "Head of Property", dt.date(2025, 9, 30), dt.date(2025, 12, 31), "Amber", "Red",
         "Report withdrawn from the September committee pending further valuation work. Now targeted for December."),
    ]),
    ("Workstream 4: Workforce and Culture", [
        ("4.1", "Launch the new hybrid working policy and manager toolkit",
         "Head of HR & OD Shared Service", dt.date(2025, 10, 31), dt.date(2025, 10, 31), "Green", "Green",
         "Policy agreed with trade unions on 23 September."),
        ("4.2", "Deliver cohort 2 of the Leading Kingston management development programme (40 managers)",
         "Sarah Okafor and Dan Reilly", dt.date(2026, 2, 28), dt.date(2026, 2, 28), "Green", "Green",
         "Cohort 2 starts 6 October; 38 places filled."),
    ]),
]
RAG_FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}


def make_kingston():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Borough of Kingston upon Thames"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = KINGSTON_TITLE
    cov["A2"].font = Font(bold=True, size=14)
    rows = [
        ("Report to", "Corporate and Resources Committee – 14 October 2025"),
        ("Programme Sponsor", "Chief Executive"),
        ("Senior Responsible Owner", "Executive Director of Corporate Resources"),
        ("Prepared by", "Transformation and PMO Team"),
        ("Reporting period", "1 to 30 September 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A11"] = "Document control"
    cov["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        c = cov.cell(12, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
    dc = [("0.1", "02/10/2025", "PMO Analyst", "Draft for workstream leads"),
          ("0.2", "06/10/2025", "Programme Manager", "Workstream updates added"),
          ("1.0", "08/10/2025", "Programme Manager", "Approved by Transformation Board")]
    for i, r in enumerate(dc, start=13):
        for j, v in enumerate(r, start=1):
            cov.cell(i, j, v).border = BOX
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 55
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 36

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Programme summary – milestone RAG position"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A3"] = "Overall programme RAG"
    summ["A3"].font = Font(bold=True)
    summ["B3"] = "Amber"
    summ["B3"].fill = fill("amber")
    for j, h in enumerate(["RAG", "Previous period (Aug 2025)", "This period (Sep 2025)"], start=1):
        c = summ.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
    counts = {"Red": [0, 0], "Amber": [0, 0], "Green": [0, 0], "Complete": [0, 0]}
    for _, acts in KINGSTON:
        for a in acts:
            counts[a[5]][0] += 1
            counts[a[6]][1] += 1
    r = 6
    for k in ["Red", "Amber", "Green", "Complete"]:
        summ.cell(r, 1, k).fill = fill(RAG_FILL[k])
        summ.cell(r, 2, counts[k][0])
        summ.cell(r, 3, counts[k][1])
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    summ.cell(r, 2, sum(v[0] for v in counts.values())).font = Font(bold=True)
    summ.cell(r, 3, sum(v[1] for v in counts.values())).font = Font(bold=True)
    summ["A13"] = "Key issues for the Board"
    summ["A13"].font = Font(bold=True)
    summ["A14"] = "• Legacy CRM decommissioning is now red – decision needed on contract extension."
    summ["A15"] = "• Asset Management Plan deferred to December committee."
    summ.column_dimensions["A"].width = 24
    summ.column_dimensions["B"].width = 26
    summ.column_dimensions["C"].width = 24

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Transformation Programme – Key Milestones (Period 6, September 2025)"
    ms["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ms.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for ws_name, acts in KINGSTON:
        ms.cell(r, 1, ws_name).font = Font(bold=True)
        for j in range(1, 9):
            ms.cell(r, j).fill = fill("band")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, lead, base, fc, prev, cur, comm) in acts:
            vals = [ref, text, lead, base, fc, prev, cur, comm]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if fc != base:
                ms.cell(r, 5).font = Font(bold=True)
            ms.cell(r, 6).fill = fill(RAG_FILL[prev])
            ms.cell(r, 7).fill = fill(RAG_FILL[cur])
            if cur == "Complete":
                ms.cell(r, 7).font = Font(color="FFFFFF")
            r += 1
    r += 1
    ms.cell(r, 1, "Note: forecast dates that have changed since the last period are shown in bold.").font = Font(italic=True)
    widths = [7, 52, 30, 13, 13, 12, 12, 60]
    for j, w in enumerate(widths, start=1):
        ms.column_dimensions[get_column_letter(j)].width = w
    ms.freeze_panes = "A4"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    kd = [("Green", "On track to deliver by the forecast date"),
          ("Amber", "At risk – issues identified, mitigation in place"),
          ("Red", "Will not deliver by the forecast date without Board intervention"),
          ("Complete", "Milestone delivered (shown blue)")]
    for i, (k, v) in enumerate(kd, start=3):
        key.cell(i, 1, k).fill = fill(RAG_FILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 70
    wb.save(out(KINGSTON_NAME))


# ---------------------------------------------------------------------------
# 2. South Holland District Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
SH_NAME = "zxs-south-holland-dc-internal-audit-recommendations-tracker.xlsx"
SH_TITLE = "Appendix 2 – Outstanding Internal Audit Recommendations (position at 31 October 2025)"
# (rec no, priority, recommendation, agreed action, officer, original, revised, rag colour, update)
SH = [
    ("SH2405 Procurement and Contract Management – Limited Assurance", [
        (2, "Urgent",
         "A contracts register be maintained that records all contracts over £5,000, and is published in line with the Local Government Transparency Code.",
         "Procurement team to populate the contracts register from the finance system and publish it on the Council's website quarterly.",
         "Head of Procurement and Contracts", dt.date(2025, 5, 31), dt.date(2025, 12, 31), "amber",
         "Register populated for 2024/25 spend; first publication planned for December."),
        (3, "Important",
         "Waivers of Contract Procedure Rules be recorded centrally and reported to the Governance and Audit Committee.",
         "Introduce a waiver log held by Legal Services, with a six-monthly report to Committee.",
         "Assistant Director – Governance", dt.date(2025, 6, 30), None, "red",
         "Not yet started. Officer capacity within Legal Services; revised date to be agreed."),
        (5, "Important",
         "Contract managers be identified for all contracts over £100,000 and receive training.",
         "Name a contract manager for each contract on the register and deliver contract management training through PSPS.",
         "Finance Manager / Procurement Lead", dt.date(2025, 9, 30), None, "blue",
         "Training delivered 17 September; evidence of attendance sent to Internal Audit."),
    ]),
    ("SH2409 Cyber Security – Reasonable Assurance", [
        (1, "Important",
         "Multi-factor authentication be enforced for all remote access and privileged accounts.",
         "Enforce MFA through conditional access policies for all staff and Members, including privileged admin accounts.",
         "ICT Infrastructure Manager (PSPS)", dt.date(2025, 8, 31), dt.date(2025, 11, 30), "amber",
         "All staff accounts complete. Members' devices being enrolled at November briefing."),
        (4, "Needs Attention",
         "The ICT disaster recovery plan be tested at least annually and lessons recorded.",
         "Carry out a desktop DR exercise with the Emergency Planning team and record lessons learned.",
         "Head of ICT and Digital", dt.date(2026, 3, 31), None, "green",
         "Exercise scheduled for February 2026."),
    ]),
    ("SH2502 Housing Repairs – Damp and Mould – Limited Assurance", [
        (1, "Urgent",
         "All reports of damp and mould be logged, triaged and inspected within the timescales set out in the Council's Damp and Mould Policy.",
         "Create a separate damp and mould job type on the repairs system with automatic inspection appointments within 10 working days.",
         "Head of Housing Property Services", dt.date(2025, 7, 31), dt.date(2025, 10, 31), "red",
         "System change not yet live – supplier release slipped. Manual tracker in use meanwhile."),
        (2, "Important",
         "Performance on damp and mould cases be reported monthly to the Housing Landlord Services Board.",
         "Add damp and mould measures to the monthly landlord performance dashboard.",
         "Housing Performance and Compliance Manager", dt.date(2025, 9, 30), None, "blue",
         "Measures included in the September dashboard."),
        (6, "Important",
         "Tenants be given written confirmation of the works to be carried out and the expected completion date.",
         "Introduce a standard letter and text message confirming works and dates after each inspection.",
         "Tenancy Services Manager", dt.date(2025, 12, 31), None, "green",
         "Letter drafted and with the Tenant Panel for comment."),
    ]),
    ("SH2506 Payroll – Substantial Assurance", [
        (1, "Important",
         "Changes to standing data be independently checked before the monthly payroll run.",
         "Payroll Team Leader to review and sign off the standing data exception report each month before the payroll is finalised.",
         "Payroll Team Leader", dt.date(2025, 10, 31), None, "green",
         "Exception report designed; first independent check on October payroll."),
    ]),
]


def make_south_holland():
    wb = openpyxl.Workbook()
    s1 = wb.active
    s1.title = "Appendix 1 Summary"
    s1["A1"] = "South Holland District Council"
    s1["A1"].font = Font(bold=True, size=14)
    s1["A2"] = "Appendix 1 – Summary position on Internal Audit recommendations"
    s1["A2"].font = Font(bold=True)
    heads = ["Audit", "Assurance opinion", "Recommendations agreed", "Implemented", "Outstanding", "Of which overdue"]
    for j, h in enumerate(heads, start=1):
        c = s1.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
    summ = [("SH2405 Procurement and Contract Management", "Limited", 7, 4, 3, 2),
            ("SH2409 Cyber Security", "Reasonable", 5, 3, 2, 1),
            ("SH2502 Housing Repairs – Damp and Mould", "Limited", 6, 3, 3, 1),
            ("SH2506 Payroll", "Substantial", 2, 1, 1, 0)]
    r = 5
    for row in summ:
        for j, v in enumerate(row, start=1):
            s1.cell(r, j, v).border = BOX
        r += 1
    s1.cell(r, 1, "Total").font = Font(bold=True)
    for j in range(3, 7):
        s1.cell(r, j, sum(x[j - 1] for x in summ)).font = Font(bold=True)
    s1.column_dimensions["A"].width = 44
    for col in "BCDEF":
        s1.column_dimensions[col].width = 16

    s2 = wb.create_sheet("Appendix 2 Outstanding")
    s2["A1"] = "South Holland District Council"
    s2["A1"].font = Font(bold=True, size=14)
    s2["A2"] = "Governance and Audit Committee – 20 November 2025"
    s2["A3"] = SH_TITLE
    s2["A3"].font = Font(bold=True, size=12)
    s2["A4"] = "Key:"
    s2["A4"].font = Font(bold=True)
    key = [("red", "Overdue – no revised date agreed"), ("amber", "Overdue – revised date agreed"),
           ("green", "Not yet due"), ("blue", "Implemented – awaiting audit verification")]
    col = 2
    for colour, text in key:
        s2.cell(4, col).fill = fill(colour)
        s2.cell(4, col + 1, text)
        col += 2
    heads = ["Rec no.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Management update (October 2025)"]
    for j, h in enumerate(heads, start=1):
        c = s2.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    for audit, recs in SH:
        s2.cell(r, 1, audit).font = Font(bold=True)
        for j in range(1, 10):
            s2.cell(r, j).fill = fill("band")
        s2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (no, pri, rec, act, off, orig, rev, colour, upd) in recs:
            vals = [no, pri, rec, act, off, orig, rev, None, upd]
            for j, v in enumerate(vals, start=1):
                c = s2.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            s2.cell(r, 8).fill = fill(colour)
            r += 1
    r += 1
    s2.cell(r, 1, "Summary of outstanding recommendations by priority").font = Font(bold=True)
    r += 1
    pri_count = {}
    for _, recs in SH:
        for x in recs:
            pri_count[x[1]] = pri_count.get(x[1], 0) + 1
    for p in ["Urgent", "Important", "Needs Attention"]:
        s2.cell(r, 1, p)
        s2.cell(r, 2, pri_count.get(p, 0))
        r += 1
    s2.cell(r, 1, "Total").font = Font(bold=True)
    s2.cell(r, 2, sum(pri_count.values())).font = Font(bold=True)
    r += 2
    s2.cell(r, 1, "Source: Assurance Lincolnshire recommendation follow-up records. Implemented recommendations are removed once evidence has been verified.").font = Font(italic=True)
    widths = [9, 13, 48, 48, 30, 13, 13, 7, 46]
    for j, w in enumerate(widths, start=1):
        s2.column_dimensions[get_column_letter(j)].width = w
    wb.save(out(SH_NAME))


# ---------------------------------------------------------------------------
# 3. Lincolnshire County Council - Corporate Plan delivery plan (refuse)
# ---------------------------------------------------------------------------
LINCS_NAME = "zxs-lincolnshire-county-council-corporate-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
LINCS_TITLE = "Corporate Plan Success Framework 2025/26 – Key Activities and Milestones"
LINCS = [
    ("High aspirations", [
        ("HA1", "Increase the number of apprenticeships started within the Council and maintained schools",
         "Publish the 2025–27 apprenticeship plan and agree school levy transfer arrangements",
         "Head of HR Strategy", "Mar-26", "Green", "Plan approved by CLT in August."),
        ("HA2", "Deliver additional specialist school places through the Building Communities of Specialist Provision strategy",
         "Open the 60-place expansion at the Boston specialist school site",
         "Head of SEND Capital Programme", "Sep-25", "Blue", "Opened for the new academic year."),
        ("HA3", "Support adult learners into employment through the Adult Skills Fund",
         "Commission the 2026/27 community learning programme",
         "Head of Adult Learning", "Jun-26", "Green", "Procurement timetable agreed."),
    ]),
    ("The opportunity to enjoy life to the full", [
        ("OE1", "Promote independence through the Home First reablement service",
         "Extend Home First to cover the whole of East Lindsey",
         "Head of Adult Frailty and Long Term Conditions", "Dec-25", "Amber", "Recruitment in the coastal area slower than planned."),
        ("OE2", "Increase uptake of the Lincolnshire Wellbeing Service",
         "Launch the digital self-referral route",
         "Public Health Programme Manager", "Nov-25", "Green", "Testing complete."),
    ]),
    ("Thriving environments", [
        ("TE1", "Deliver the highways capital maintenance programme",
         "Complete the 2025/26 surface dressing programme",
         "Head of Highways Asset Management", "0ct-25", "Green", "92% of sites complete at end of September."),
        ("TE2", "Progress the North Hykeham Relief Road",
         "Submit the full business case to the Department for Transport",
         "Head of Major Projects", "Mar-26", "Amber", "Awaiting DfT confirmation of funding profile."),
        ("TE3", "Improve household waste recycling rates",
         "Roll out separate paper and card collections with the remaining district partners",
         "Head of Waste", "Apr-26", "Green", "Two districts live; two in planning."),
    ]),
    ("Good-value council services", [
        ("GV1", "Deliver the savings included in the 2025/26 budget",
         "Report savings delivery to the Executive each quarter",
         "Assistant Director – Finance", "Mar-26", "Green", "£11.2m of £14.6m delivered or on track."),
        ("GV2", "Improve the customer experience through the Customer Service Centre",
         "Replace the telephony platform and introduce call-back",
         "Head of Customer Services", "Jan-26", "Red", "Supplier delay; revised plan to Executive in November."),
    ]),
]
LINCS_TYPO_ROW = None  # set by make_lincs


def make_lincs():
    global LINCS_TYPO_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    ws["A1"] = "Lincolnshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = LINCS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter 2: 1 July to 30 September 2025"
    ws["A4"] = ("Status key: Green = progressing as planned; Amber = progressing within agreed limits; "
                "Red = not progressing as planned; Blue = completed")
    ws["A4"].font = Font(italic=True)
    heads = ["Ambition", "Ref", "Key activity", "Milestone for 2025/26", "Lead officer", "Target",
             "Q2 status", "Q2 commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    for amb, acts in LINCS:
        start = r
        ws.cell(r, 1, amb).font = Font(bold=True)
        for (ref, act, ms, lead, tgt, st, comm) in acts:
            vals = [None, ref, act, ms, lead, tgt, st, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j) if v is None else ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 6).number_format = "@"
            ws.cell(r, 7).fill = fill(st.lower())
            if tgt.startswith("0ct"):
                LINCS_TYPO_ROW = r
            r += 1
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Key performance indicators for Quarter 2 are reported separately in the Success Framework dashboard.").font = Font(italic=True)
    widths = [22, 6, 46, 46, 32, 9, 10, 44]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(out(LINCS_NAME))


# ---------------------------------------------------------------------------
# 4. Royal Borough of Windsor and Maidenhead - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
RBWM_NAME = "zxs-royal-borough-of-windsor-and-maidenhead-ofsted-focused-visit-action-plan.docx"
RBWM_TITLE = "Ofsted Focused Visit Action Plan – Children in Need and Child Protection"
RBWM = [
    ("Area for improvement 1",
     "The consistency of multi-agency attendance and contribution at strategy meetings, particularly from health partners.",
     [
         ("1.1", "Agree with Frimley ICB and Berkshire Healthcare a protocol for health attendance at strategy meetings, including a duty health professional rota.",
          "Head of Service – Front Door and Assessment", "April 2025",
          "Health attendance at strategy meetings above 85% each month.", "Blue"),
         ("1.2", "Audit a sample of 20 strategy discussions each quarter and report attendance and quality findings to the Practice Improvement Group.",
          "Principal Social Worker / Quality Assurance Manager", "Quarterly",
          "Audit findings show improved quality of information sharing.", "Green"),
     ]),
    ("Area for improvement 2",
     "The quality of child in need and child protection plans, so that they are specific, measurable and focused on what needs to change for children.",
     [
         ("2.1", "Relaunch the CIN and CP plan template with SMART outcomes and a ‘what needs to change’ section, co-produced with parents.\nDeliver briefing sessions to all Family Safeguarding and Assessment teams.",
          "Head of Service – Family Safeguarding", "30/06/2025",
          "80% of plans audited are graded good or better for SMART outcomes.", "Blue"),
         ("2.2", "Child Protection Chairs to challenge plans that are not SMART at review conferences, using the escalation protocol, and report themes monthly.",
          "CP Chair Team Manager", "Monthly",
          "Escalations resolved within 10 working days.", "Green"),
         ("2.3", "Undertake a thematic audit of child in need plans for disabled children and act on the findings.",
          "Service Leader – Disabled Children’s Service", "Autumn term 2025",
          "Audit report and action plan agreed at the Improvement Board.", "Amber"),
     ]),
    ("Area for improvement 3",
     "Management oversight and supervision that clearly directs and progresses children’s plans and prevents drift.",
     [
         ("3.1", "Implement the revised supervision policy with a mandatory reflective supervision template recorded on the case management system.",
          "Sarah Bellamy and Imran Qureshi", "End of September 2025",
          "95% of children’s records show supervision within timescale.", "Amber"),
         ("3.2", "Hold monthly performance clinics for team managers to track plan progression and cases at risk of drift, with escalation to the Head of Service.",
          "Head of Performance and Quality Assurance", "Sept 2025 – March 2026",
          "Reduction in children subject to CP plans for more than 12 months.", "Green"),
         ("3.3", "Introduce a drift tracker for children subject to child protection plans for 12 months or more, reviewed at the Improvement Board.",
          "Deputy Director of Children’s Social Care", "Q3 2025/26",
          "Tracker in place and every child reviewed.", "Red"),
     ]),
]
DOCX_SHADE = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Head": "1F3864",
              "G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def header_row(table, heads):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, "D9E1F2")


def make_rbwm():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph("Royal Borough of Windsor and Maidenhead | Achieving for Children")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading(RBWM_TITLE, level=0)
    d.add_paragraph("Focused visit to children in need and children subject to a child protection plan, "
                    "4 and 5 February 2025. Letter published 11 March 2025.")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Owner", "Director of Children’s Services"),
                                ("Approved by", "Children’s Services Improvement Board"),
                                ("Last updated", "22 October 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Action complete and impact evidenced"),
                                ("Green", "On track"),
                                ("Amber", "Some slippage – recoverable within the quarter"),
                                ("Red", "Off track – escalate to the Improvement Board")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], DOCX_SHADE[k])
        set_cell(t.rows[i].cells[1], v)
    d.add_paragraph()
    d.add_paragraph("Inspectors identified three areas for improvement. Each is set out below with the "
                    "actions we are taking, who is leading them and how we will know they have made a difference.")
    for heading, text, acts in RBWM:
        d.add_heading(heading, level=2)
        p = d.add_paragraph(text)
        p.runs[0].italic = True
        t = d.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Timescale", "Measure of success", "RAG"])
        for i, (ref, act, lead, when, measure, rag) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], measure)
            set_cell(cells[5], rag)
            shade(cells[5], DOCX_SHADE[rag])
        d.add_paragraph()
    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Name", "Role", "Date"])
    set_cell(t.rows[1].cells[0], "Signed on behalf of RBWM")
    set_cell(t.rows[1].cells[1], "Director of Children’s Services")
    set_cell(t.rows[1].cells[2], "22/10/2025")
    d.save(out(RBWM_NAME))


# ---------------------------------------------------------------------------
# 5. Rutland Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
RUT_NAME = "zxs-rutland-health-and-wellbeing-board-action-log.docx"
RUT_TITLE = "Rutland Health and Wellbeing Board – Action Log"
# (no, meeting, minute, action, responsible, due, status letter, update)
RUT_OPEN = [
    ("HWB25-06", "15 July 2025", "9",
     "Bring a report on the uptake of NHS Health Checks in Rutland, broken down by GP practice, to a future meeting.",
     "Consultant in Public Health", "20 January 2026", "G", "Scheduled for the January agenda."),
    ("HWB25-07", "15 July 2025", "11",
     "Agree with LLR ICB a timetable for publishing the refreshed Rutland place-led plan delivery dashboard.",
     "Helen Marsh / Tom Ashby", "October 2025", "A", "ICB data team capacity; now expected in November."),
    ("HWB25-08", "15 July 2025", "12",
     "Report back on options for a community transport pilot for residents attending hospital appointments in Stamford and Peterborough.",
     "Strategic Director of Adults and Health", "TBC", "A", "Options paper delayed pending the outcome of the bus service improvement grant bid."),
    ("HWB25-10", "14 October 2025", "6",
     "Share the Better Care Fund quarter 2 return with Board members by email.",
     "Priya Nair", "31/10/2025", "G", ""),
    ("HWB25-11", "14 October 2025", "8",
     "Set up a task and finish group on the Armed Forces Covenant health commitments, with membership to include Kendrew Barracks welfare staff.",
     "Cllr A. Moreton and Jo Whitfield", "Ongoing", "G", "First meeting being arranged."),
]
RUT_DONE = [
    ("HWB25-03", "15 April 2025", "7",
     "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members for comment before formal consultation.",
     "Director of Public Health", "May 2025", "B", "Circulated 2 May 2025; consultation closed 30 July."),
    ("HWB25-09", "15 July 2025", "13",
     "Add the Rutland Memorial Hospital estates update to the October agenda.",
     "Governance Officer", "October 2025", "B", "Considered at item 9 on 14 October."),
]


def rut_table(d, rows, merge_meetings):
    heads = ["No.", "Meeting", "Minute", "Action", "Responsible", "Due", "Status", "Update"]
    t = d.add_table(rows=1 + len(rows), cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads)
    for i, row in enumerate(rows, start=1):
        cells = t.rows[i].cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
        shade(cells[6], DOCX_SHADE[row[6]])
    if merge_meetings:
        i = 1
        while i <= len(rows):
            j = i
            while j + 1 <= len(rows) and rows[j][1] == rows[i - 1][1]:
                j += 1
            if j > i:
                top = t.cell(i, 1)
                for k in range(i + 1, j + 1):
                    t.cell(k, 1).text = ""
                merged = top.merge(t.cell(j, 1))
                # keep a single copy of the meeting date
                for extra in merged.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
                merged.paragraphs[0].text = rows[i - 1][1]
            i = j + 1
    return t


def make_rutland():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(RUT_TITLE, level=1)
    d.add_paragraph("Updated following the meeting held on 14 October 2025")
    d.add_paragraph("Status key: G – on track; A – at risk of delay; R – overdue; "
                    "B – complete (removed from the log after the next meeting)")
    d.add_heading("Open actions", level=2)
    rut_table(d, RUT_OPEN, merge_meetings=True)
    d.add_paragraph()
    d.add_heading("Actions completed since the last meeting", level=2)
    rut_table(d, RUT_DONE, merge_meetings=False)
    d.add_paragraph()
    d.add_paragraph("Please send updates to the Governance Officer at least ten working days before the next meeting "
                    "(20 January 2026).")
    d.save(out(RUT_NAME))


# ---------------------------------------------------------------------------
# 6. Berkshire West Safeguarding Children Partnership - LCSPR Child K (csv)
# ---------------------------------------------------------------------------
BW_NAME = "zxs-berkshire-west-safeguarding-children-partnership-lcspr-child-k-action-plan.csv"
BW_TITLE = "Local Child Safeguarding Practice Review: Child K – Multi-Agency Action Plan"
BW = [
    ("Recommendation 1: BWSCP partners should ensure that information about fathers and other significant males is sought, recorded and shared at every stage of multi-agency work with the family.", [
        ("1.1", "Update the multi-agency assessment guidance to include a mandatory section on fathers and male carers, and relaunch it through 7-minute briefings.",
         "BWSCP", "BWSCP Business Manager", "31/12/2025", "Guidance redrafted; with Policy and Procedures Subgroup for sign-off.", "Green"),
        ("1.2", "Audit 30 health visiting records in each local authority area for recorded information about fathers and male carers.",
         "Berkshire Healthcare NHS FT", "Named Nurse Safeguarding Children", "Mar-26", "Audit tool agreed; sampling delayed by system migration.", "Amber"),
    ]),
    ("Recommendation 2: The Partnership should seek assurance that pre-birth assessments start early enough to allow a plan to be in place before the baby is born.", [
        ("2.1", "Agree a joint pre-birth protocol across Reading, West Berkshire and Wokingham with a referral point of 20 weeks' gestation.",
         "Brighter Futures for Children / West Berkshire Council",
         "Service Manager – Children's Social Care (Reading) / Service Manager – Children's Social Care (West Berkshire)",
         "Q4 2025/26", "Draft protocol shared with the three local authorities.", "Green"),
        ("2.2", "Midwifery safeguarding team to flag all late bookings (after 20 weeks) to the relevant MASH within 2 working days.\nAdd a late-booking prompt to the maternity booking template.",
         "Royal Berkshire NHS FT", "Named Midwife for Safeguarding", "30/09/2025", "Prompt live on the maternity system from 1 September.", "Complete"),
    ]),
    ("Recommendation 3: Thames Valley Police and children's social care should review how domestic abuse notifications involving pregnant women are triaged.", [
        ("3.1", "Review the domestic abuse triage process in the MASH so that pregnancy is recorded as an aggravating factor and prompts a strategy discussion.",
         "Thames Valley Police", "Detective Inspector – MASH", "January 2026", "Process map drafted; awaiting force policy review.", "Amber"),
        ("3.2", "Dip-sample domestic abuse notifications involving pregnant women each quarter and report findings to the Practice Review Group.",
         "BWSCP", "Chair of the Quality Assurance and Performance Subgroup", "Quarterly", "First dip-sample reported in October.", "Green"),
    ]),
    ("Recommendation 4: The Partnership should share the learning from this review widely with practitioners across Berkshire West.", [
        ("4.1", "Publish a 7-minute briefing and hold two multi-agency learning events on the Child K review.",
         "BWSCP", "BWSCP Learning and Development Officer", "End of November 2025", "Events booked for 13 and 25 November.", "Green"),
        ("4.2", "Evaluate the impact of the learning events through a practitioner survey at three months.",
         "BWSCP", "BWSCP Business Manager & BWSCP Learning and Development Officer", "Feb-26", "", ""),
    ]),
]


def make_bw():
    rows = [
        ["Berkshire West Safeguarding Children Partnership", "", "", "", "", "", "", ""],
        [BW_TITLE, "", "", "", "", "", "", ""],
        ["Review published: June 2025. Action plan updated: 03/11/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Recommendation", "Action ref", "Action", "Agency", "Lead officer", "Target date",
         "Progress update (November 2025)", "RAG"],
    ]
    for rec, acts in BW:
        first = True
        for (ref, act, agency, lead, tgt, upd, rag) in acts:
            rows.append([rec if first else "", ref, act, agency, lead, tgt, upd, rag])
            first = False
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; "
                 "Red = off track; blank = not yet started", "", "", "", "", "", "", ""])
    with open(out(BW_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Cornwall Council - strategic risk register (tab-separated txt)
# ---------------------------------------------------------------------------
CORN_NAME = "zxs-cornwall-council-strategic-risk-register-q2-2025-26.txt"
CORN_TITLE = "Cornwall Council Strategic Risk Register – Quarter 2 2025/26"
CORN = [
    ("SR01 Financial sustainability",
     "Risk owner: Chief Finance Officer (S151) | Previous score: 20 | Current score: 20 | Target score: 12",
     [
         ("SR01.1", "Deliver the 2025/26 savings programme of £28.4m, with monthly tracking of delivery at Leadership Team.",
          "Chief Finance Officer (S151)", "Mar 2026", "Amber", "£3.1m of savings rated red; mitigations being identified."),
         ("SR01.2", "Refresh the Medium Term Financial Plan to 2029/30 and present it to Cabinet alongside the 2026/27 budget proposals.",
          "Head of Strategic Finance", "Feb 2026", "Green", "Budget timetable on track."),
         ("SR01.3", "Respond to the Fair Funding Review consultation and model the impact on Cornwall's settlement.",
          "Chief Finance Officer (S151)", "31/08/2025", "Complete", "Response submitted 14 August."),
     ]),
    ("SR04 Adult social care demand and market sustainability",
     "Risk owner: Strategic Director for Care and Wellbeing | Previous score: 16 | Current score: 16 | Target score: 9",
     [
         ("SR04.1", "Commission an additional 60 reablement packages per week through the Home First service.",
          "Strategic Director for Care and Wellbeing", "Q3 2025/26", "Amber", "Currently 38 additional packages per week."),
         ("SR04.2", "Agree a fair cost of care uplift with the domiciliary care market for 2026/27.",
          "Service Director – Adult Commissioning / Head of Brokerage", "Apr 2026", "Green", "Provider engagement sessions held in September."),
     ]),
    ("SR07 High needs block deficit (SEND)",
     "Risk owner: Strategic Director for Children, Families and Schools | Previous score: 20 | Current score: 16 | Target score: 12",
     [
         ("SR07.1", "Deliver the SEND Sufficiency Plan, including 120 additional specialist places.",
          "Service Director – Education and Early Years", "Sep 2026", "Green", "48 places open; two further sites in design."),
         ("SR07.2", "Monitor the dedicated schools grant deficit management plan monthly with Schools Forum.",
          "Head of Finance – Children, Families and Schools", "Ongoing", "Green", ""),
     ]),
    ("SR11 Cyber security",
     "Risk owner: Chief Operating Officer | Previous score: 16 | Current score: 20 | Target score: 12",
     [
         ("SR11.1", "Complete phishing simulation and mandatory cyber awareness training for all staff and Members.",
          "Chief Information Security Officer", "December 2025", "Red", "Completion at 71%; reminders issued to directorates."),
         ("SR11.2", "Test the ICT disaster recovery plan, including restore of priority systems from immutable backups.",
          "Andrew Penrose and Lisa Tregear", "30/11/2025", "Amber", "Test window agreed with services for mid-November."),
     ]),
]


def make_cornwall():
    lines = [
        CORN_TITLE,
        "Further actions to bring each risk to its target score (position at 30 September 2025)",
        "Scores are impact x likelihood (1–5 each). Status: Green = on track; Amber = some slippage; "
        "Red = significantly off track; Complete = action delivered.",
        "",
        "\t".join(["Action ref", "Further action required", "Action owner", "Target date", "Status", "Comment"]),
    ]
    for head, owner_line, acts in CORN:
        lines.append("")
        lines.append(head)
        lines.append(owner_line)
        for a in acts:
            lines.append("\t".join(a))
    lines.append("")
    lines.append("Report produced from the corporate risk management system on 07/10/2025.")
    with open(out(CORN_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_kingston()
    make_south_holland()
    make_lincs()
    make_rbwm()
    make_rutland()
    make_bw()
    make_cornwall()
    print("Lincolnshire typo row:", LINCS_TYPO_ROW)


if __name__ == "__main__":
    main()
