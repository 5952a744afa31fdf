"""Build the seven vd- blind cases (data files + expected readings).

Run with /work/main/.venv/bin/python vd_make.py from any directory; files are written
beside this script. Only files whose names start with vd- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
    "pale": PatternFill("solid", fgColor="F2F2F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = {}


def out(name):
    assert name.startswith("vd-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def box_row(ws, row, ncols, wrap=True):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if wrap:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Devon and Torbay CCA - audit recommendation tracker (xlsx, read)
# ---------------------------------------------------------------------------
def devon():
    name = "vd-devon-and-torbay-cca-audit-recommendation-tracker.xlsx"
    title = "Devon and Torbay Combined County Authority – Audit Recommendation Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Governance Committee – 12 March 2026 (Agenda item 9, Appendix A)"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.1", "16/02/2026", "Governance and Democratic Services Manager", "Draft for Statutory Officers"),
        ("1.0", "27/02/2026", "Governance and Democratic Services Manager", "Final for Committee"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    cov["A9"] = "Status key"
    cov["A9"].font = Font(bold=True)
    key = [
        ("Complete", "Action implemented and evidence seen by Internal Audit", "blue"),
        ("Green", "On track to meet the target date", "green"),
        ("Amber", "At risk of missing the target date", "amber"),
        ("Red", "Target date missed", "red"),
        ("Not started", "Action not yet due to start", None),
    ]
    for i, (k, v, f) in enumerate(key):
        a = cov.cell(row=10 + i, column=1, value=k)
        cov.cell(row=10 + i, column=2, value=v)
        if f:
            a.fill = FILL[f]
    cov["A16"] = ("Internal audit service provided by Devon Audit Partnership. Recommendations "
                  "are removed from the tracker once reported as complete to Committee.")
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 42
    cov.column_dimensions["D"].width = 30

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Appendix A – Internal audit recommendations: position at 27 February 2026"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Status", "Progress update (February 2026)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
    box_row(ws, 3, 9)

    audits = [
        ("Governance and Decision-Making Framework (2024/25) – Reasonable assurance", [
            ("25 GDM 01", "Medium",
             "The Scheme of Delegation should be updated to reflect the transport functions transferred from Devon County Council and Torbay Council.",
             "Revise the Scheme of Delegation to Officers and present it to the CCA Board for approval.",
             "Monitoring Officer", d(2025, 9, 30), None, "Complete",
             "Approved by the CCA Board on 18 September 2025.",
             ["Monitoring Officer"], "2025-09", None, "blue"),
            ("25 GDM 02", "Low",
             "Declarations of interest for co-opted and non-constituent members should be collected annually and published.",
             "Issue annual declaration of interest forms to all co-opted and non-constituent members and publish the returns on the CCA website.",
             "Governance and Democratic Services Manager", d(2025, 10, 31), d(2026, 4, 30), "Green",
             "Forms issued in January; 9 of 11 returns received.",
             ["Governance and Democratic Services Manager"], "2026-04", None, "green"),
        ]),
        ("Bus Service Improvement Plan Grant Management (2024/25) – Limited assurance", [
            ("25 BSIP 01", "High",
             "A grant monitoring framework should be put in place for BSIP funding passed to bus operators.",
             "Develop a grant monitoring framework for BSIP funding, including:\n• quarterly monitoring returns from operators\n• a clawback clause in all new funding agreements.",
             "Head of Transport Policy / Head of Finance", d(2025, 11, 30), d(2026, 3, 31), "Amber",
             "Framework drafted; operator consultation closes 20 March 2026.",
             ["Head of Transport Policy", "Head of Finance"], "2026-03", None, "amber"),
            ("25 BSIP 02", "High",
             "Payments to operators must be supported by evidence that the funded services have run.",
             "Introduce a pre-payment checklist requiring timetable and patronage evidence before any BSIP payment is released.",
             "Head of Finance", d(2025, 10, 31), None, "Complete",
             "Checklist in use since October 2025; sample tested by Internal Audit in January 2026.",
             ["Head of Finance"], "2025-10", None, "blue"),
            ("25 BSIP 03", "Medium",
             "The BSIP risk register should be reviewed at each meeting of the Enhanced Partnership Board.",
             "Add the BSIP risk register as a standing item on the Enhanced Partnership Board agenda.",
             "Head of Transport Policy", d(2025, 12, 31), None, "Red",
             "Not yet actioned – the December Enhanced Partnership Board was cancelled.",
             ["Head of Transport Policy"], "2025-12", None, "red"),
        ]),
        ("Adult Skills Fund Devolution Readiness (2025/26) – Reasonable assurance", [
            ("26 ASF 01", "Medium",
             "Data sharing agreements with providers should be in place before the first funding period begins.",
             "Agree and sign data sharing agreements with all grant-funded Adult Skills Fund providers.",
             "Skills Programme Manager / Data Protection Officer", d(2026, 7, 31), None, "Not started",
             "Template agreement being prepared with the Devon County Council information governance team.",
             ["Skills Programme Manager", "Data Protection Officer"], "2026-07", None, "unrated"),
            ("26 ASF 02", "Low",
             "The Adult Skills Fund funding rules should be published in an accessible format.",
             "Publish the 2026/27 Adult Skills Fund funding rules and provider guidance on the CCA website.",
             "Head of Skills", "Q1 2026/27", None, "Green",
             "Draft rules shared with providers for comment.",
             ["Head of Skills"], "2026-06", None, "green"),
        ]),
        ("Payroll and Members' Allowances (2025/26) – Substantial assurance", [
            ("26 PAY 01", "Low",
             "Members' allowance claims should be submitted within two months of the meeting they relate to.",
             "Remind members of the claim deadline and reject late claims unless the Monitoring Officer agrees an exception.",
             "Governance and Democratic Services Manager", d(2026, 2, 28), None, "Green",
             "Reminder to go out with the March members' bulletin.",
             ["Governance and Democratic Services Manager"], "2026-02", None, "green"),
        ]),
    ]
    status_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 4
    exp = []
    for heading, recs in audits:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = FILL["teal"]
        r += 1
        for (ref, pri, rec, act, lead, orig, rev, status, upd, e_lead, e_end, e_text, e_st) in recs:
            vals = [ref, pri, rec, act, lead, orig, rev, status, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status in status_fill:
                ws.cell(row=r, column=8).fill = FILL[status_fill[status]]
            box_row(ws, r, 9)
            r += 1
            a = {"ref": ref, "under": [heading, rec], "action": act, "lead": e_lead, "end": e_end}
            if e_text:
                a["end_text"] = e_text
            a["status"] = e_st
            exp.append(a)
    widths = [11, 9, 42, 48, 28, 13, 13, 12, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit"
    sm["A1"].font = Font(bold=True)
    srows = [
        ("Audit", "Assurance", "Recs", "Complete", "Green", "Amber", "Red", "Not started"),
        ("Governance and Decision-Making Framework", "Reasonable", 2, 1, 1, 0, 0, 0),
        ("Bus Service Improvement Plan Grant Management", "Limited", 3, 1, 0, 1, 1, 0),
        ("Adult Skills Fund Devolution Readiness", "Reasonable", 2, 0, 1, 0, 0, 1),
        ("Payroll and Members' Allowances", "Substantial", 1, 0, 1, 0, 0, 0),
        ("Total", "", 8, 2, 3, 1, 1, 1),
    ]
    for i, rr in enumerate(srows):
        for j, v in enumerate(rr, 1):
            c = sm.cell(row=3 + i, column=j, value=v)
            c.border = BOX
            if i in (0, len(srows) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 46
    sm.column_dimensions["B"].width = 14
    wb.save(out(name))

    EXPECTED[name] = {
        "source": ("Imitates the audit recommendation tracker a combined county authority (Devon and Torbay CCA, "
                   "2025/26) would take to its Audit and Governance Committee, modelled on the Devon-area "
                   "'Audit Recommendation Tracker' appendices (e.g. North Devon Council Governance Committee, "
                   "https://democracy.northdevon.gov.uk/ieIssueDetails.aspx?IId=22815&Opt=3). Copied features: "
                   "cover sheet with document-control table and status key, a tracker sheet with merged audit "
                   "title rows carrying the assurance opinion, recommendation and agreed action in separate columns, "
                   "refs like '25 BSIP 01', original and revised target dates, status words with fill colour, "
                   "two posts in one cell split by '/', a quarter as a target date, and a summary/totals sheet."),
        "reads": ("Three sheets: a cover (title, document control, status key), the tracker, and a summary of "
                  "counts. The tracker lists eight agreed actions under four audit headings; each row gives the "
                  "auditor's recommendation, the agreed action, the responsible officer, original and (sometimes) "
                  "revised target dates and a status word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 2. SSEN Distribution - Ofgem Storm Arwen review action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def ssen():
    name = "vd-ssen-distribution-ofgem-storm-arwen-review-action-plan-typo-month-refuse.xlsx"
    title = "Storm Arwen: Response to Ofgem Final Report Recommendations – Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scottish and Southern Electricity Networks (SSEN Distribution)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Position as at 31 March 2023   |   Executive owner: Director of Customer Operations"
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    ws.merge_cells("A3:H3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for j, (t, f) in enumerate([("Complete", "blue"), ("On track", "green"),
                                ("At risk", "amber"), ("Off track", "red")], 2):
        c = ws.cell(row=5, column=j, value=t)
        c.fill = FILL[f]
    hdr = ["Ofgem ref", "Ofgem recommendation", "SSEN action", "Accountable owner", "Target date",
           "Revised date", "RAG", "Progress update"]
    HR = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
    box_row(ws, HR, 8)

    plan = [
        ("Network resilience", [
            ("NR1", "DNOs should review their approach to tree cutting and vegetation management near overhead lines, prioritising the circuits worst affected by Storm Arwen.", [
                ("Extend the resilience tree-cutting programme to a further 1,200 km of 11kV overhead line in Aberdeenshire, Moray and Angus.",
                 "Head of Vegetation Management", "March 2024", None, "green",
                 "420 km completed to date; contractor capacity secured for 2023/24."),
                ("Agree a joint approach with Scottish Forestry and landowners to remove trees outside the normal clearance corridor.",
                 "Head of Vegetation Management / Stakeholder Engagement Manager", "Sep-2023", "Dec-2023", "amber",
                 "Landowner protocol in draft; consultation with Scottish Land & Estates ongoing."),
            ]),
            ("NR2", "DNOs should assess the resilience of their wider overhead network to extreme winds and set out the investment needed.", [
                ("Complete a storm resilience assessment of all 33kV and 11kV overhead circuits and share the findings with Ofgem.",
                 "Head of Network Planning", "30/09/2023", None, "green",
                 "Assessment methodology agreed with Ofgem in February 2023."),
            ]),
        ]),
        ("Planning and preparation", [
            ("PP1", "DNOs should submit a winter preparedness plan to Ofgem each year, showing how lessons from Storm Arwen have been applied.", [
                ("Submit the 2022/23 winter preparedness plan to Ofgem.",
                 "Head of Resilience", "31/10/2022", None, "blue",
                 "Submitted 28 October 2022."),
                ("Run a storm exercise with Scottish Government and local resilience partnership partners before winter 2023/24.",
                 "Head of Resilience", "Ocotber 2023", None, "green",
                 "Exercise scenario being developed with the Grampian Local Resilience Partnership."),
            ]),
        ]),
        ("Handling of incidents", [
            ("HI1", "DNOs should improve the accuracy of the estimated times of restoration given to customers.", [
                ("Introduce a damage assessment app for field teams so that restoration estimates are based on confirmed damage.",
                 "Head of Field Operations", "June 2023", None, "green",
                 "App trialled in North Caithness in January 2023."),
            ]),
        ]),
        ("Communication and support during the incident", [
            ("CS1", "DNOs should stress-test their telephony and websites so that they can cope with peak demand during severe weather.", [
                ("Increase contact centre capacity to 30,000 calls an hour by moving to a cloud telephony platform.",
                 "Head of Customer Service", "31/03/2023", "30/06/2023", "amber",
                 "Platform live; final capacity test moved to May 2023."),
                ("Load-test the power cut map and website at ten times normal peak demand.",
                 "Head of Digital", "Jan-2023", None, "blue",
                 "Completed 19 January 2023; no failures."),
            ]),
        ]),
        ("Support after the incident", [
            ("SA1", "DNOs should make guaranteed standards compensation payments automatically wherever possible.", [
                ("Introduce automatic compensation payments for customers off supply for more than 48 hours.",
                 "Director of Customer Operations", "30/06/2023", None, "red",
                 "Billing system change delayed by supplier; recovery plan to May Executive."),
            ]),
        ]),
    ]
    r = HR + 1
    refuse_row = None
    for cat, recs in plan:
        ws.cell(row=r, column=1, value=cat).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, rec, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=rec)
            for (act, owner, tgt, rev, rag, upd) in acts:
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=owner)
                ws.cell(row=r, column=5, value=tgt)
                ws.cell(row=r, column=6, value=rev)
                ws.cell(row=r, column=7).fill = FILL[rag]
                ws.cell(row=r, column=8, value=upd)
                box_row(ws, r, 8)
                if tgt == "Ocotber 2023":
                    refuse_row = r
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Progress against this plan is reported to Ofgem quarterly and to the SSEN Distribution Board each month.")
    widths = [10, 46, 52, 30, 13, 13, 8, 44]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(out(name))
    assert refuse_row is not None
    EXPECTED[name] = {
        "source": ("Imitates the action plan a distribution network operator (SSEN Distribution, 2022-23) would "
                   "keep in answer to Ofgem's Storm Arwen final report of June 2022, whose 20 recommendations fall "
                   "in five categories (network resilience; planning and preparation; handling of incidents; "
                   "communication and support during the incident; support after the incident) "
                   "(https://www.ofgem.gov.uk/publications/storm-arwen-report). Copied features: title and company "
                   "block, RAG key row, category rows, Ofgem recommendation merged down beside its actions, "
                   "fill-only RAG cells, target and revised dates in mixed forms, closing notes line."),
        "reads": ("A single-sheet action plan: nine SSEN actions under five Ofgem categories, each set beside the "
                  "Ofgem recommendation it answers. The target date of the second 'Planning and preparation' "
                  "action reads 'Ocotber 2023', a mistyped month, so a careful reader stops and asks what "
                  "month was meant."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }


# ---------------------------------------------------------------------------
# 3. HM Land Registry - strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def hmlr():
    name = "vd-hm-land-registry-strategic-risk-register-2025-26.xlsx"
    title = "HM Land Registry Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 – position at 30 September 2025. For the Audit and Risk Committee, 21 October 2025. OFFICIAL"
    hdr = ["Ref", "Risk / further mitigating action", "Owner", "Target date", "Action status",
           "Previous risk score", "Current risk score", "Target risk score", "Commentary"]
    HR = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
    box_row(ws, HR, 9)

    def score_fill(s):
        return FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]

    risks = [
        ("SR1: Cyber security – a successful cyber attack disrupts registration services or compromises the integrity of the Register",
         "Chief Information Officer", 20, 16, 9,
         "Score reduced after completion of the penetration test remediation.", [
            ("SR1.1", "Complete the migration of legacy casework applications to the strategic cloud platform.",
             "Chief Information Officer", "March 2026", "On track", "Two of five applications migrated.",
             ["Chief Information Officer"], "2026-03", None, "green"),
            ("SR1.2", "Commission an independent penetration test of the Digital Registration Service and fix all critical findings.",
             "Chief Information Security Officer", d(2025, 9, 30), "Complete", "All 4 critical findings closed on 19 September.",
             ["Chief Information Security Officer"], "2025-09", None, "blue"),
            ("SR1.3", "Run a whole-organisation cyber incident exercise with the Senior Executive Team and the sponsor department.",
             "Chief Information Security Officer / Head of Resilience", "Q4 2025/26", "Amber",
             "Date not yet agreed with MHCLG; provisional slot in February.",
             ["Chief Information Security Officer", "Head of Resilience"], "2026-03", None, "amber"),
        ]),
        ("SR2: Service delivery – processing times for complex applications do not fall to the levels set in the Business Plan",
         "Chief Operations Officer", 16, 12, 8,
         "Backlog of complex applications down 18% since April.", [
            ("SR2.1", "Deploy the automated triage tool to all application types.",
             "Director of Service Delivery", d(2025, 12, 31), "On track", "Live for dispositionary first leases and transfers of part.",
             ["Director of Service Delivery"], "2025-12", None, "green"),
            ("SR2.2", "Recruit and train 120 additional caseworkers for the complex casework teams.",
             "HR Business Partner (Operations)", "Jun-26", "Amber", "74 appointed; second campaign delayed by pay remit.",
             ["HR Business Partner (Operations)"], "2026-06", None, "amber"),
            ("SR2.3", "Publish processing times for each application type on GOV.UK.",
             "Head of Customer Insight", "Monthly", "On track", "Published on the first working day of each month.",
             ["Head of Customer Insight"], None, "Monthly", "green"),
        ]),
        ("SR3: Local Land Charges programme – migration of the remaining local authorities is not completed within the funded period",
         "LLC Programme Director", 15, 15, 6,
         "Funding beyond March 2026 not yet confirmed.", [
            ("SR3.1", "Agree migration slots with the remaining 48 local authorities.",
             "LLC Programme Director", d(2025, 11, 30), "Complete", "All slots agreed ahead of schedule.",
             ["LLC Programme Director"], "2025-11", None, "blue"),
            ("SR3.2", "Secure funding for the programme beyond March 2026 through the Spending Review settlement.",
             "Chief Financial Officer", d(2026, 3, 31), "Red", "Bid submitted; no decision expected before January.",
             ["Chief Financial Officer"], "2026-03", None, "red"),
        ]),
        ("SR4: People and capability – we cannot recruit, develop and keep the digital and legal skills we need",
         "Chief People Officer", 12, 12, 8,
         "No change this quarter.", [
            ("SR4.1", "Launch the 2025–28 Strategic Workforce Plan.",
             "Chief People Officer", "Sep-25", "Complete", "Launched at the all-staff briefing on 11 September.",
             ["Chief People Officer"], "2025-09", None, "blue"),
            ("SR4.2", "Introduce a digital skills academy for caseworkers and technical staff.",
             "Head of Learning and Development", "TBC", "Not started", "Dependent on the 2026/27 budget.",
             ["Head of Learning and Development"], None, "TBC", "unrated"),
        ]),
    ]
    st_fill = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}
    r = HR + 1
    exp = []
    for rtitle, owner, prev, cur, tgt, comm, acts in risks:
        ws.cell(row=r, column=1, value=rtitle).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value="Risk owner: " + owner)
        for col, s in ((6, prev), (7, cur), (8, tgt)):
            c = ws.cell(row=r, column=col, value=s)
            c.fill = score_fill(s)
            c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=9, value=comm)
        for c in range(1, 6):
            if c != 3:
                ws.cell(row=r, column=c).fill = FILL["teal"]
        box_row(ws, r, 9)
        r += 1
        for (ref, act, lead, due, status, upd, e_lead, e_end, e_text, e_st) in acts:
            vals = [ref, act, lead, due, status, None, None, None, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd mmm yyyy"
            if status in st_fill:
                ws.cell(row=r, column=5).fill = FILL[st_fill[status]]
            box_row(ws, r, 9)
            r += 1
            a = {"ref": ref, "under": [rtitle], "action": act, "lead": e_lead, "end": e_end}
            if e_text:
                a["end_text"] = e_text
            a["status"] = e_st
            exp.append(a)
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood x impact on a 5 x 5 scale (see Key). Risk scores relate to the risk; the action status relates to each action.")
    widths = [14, 60, 30, 13, 13, 10, 10, 10, 44]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "Risk scoring and status key"
    k["A1"].font = Font(bold=True)
    krows = [("Score", "Rating"), ("15–25", "Red – outside appetite, escalate to Board"),
             ("8–12", "Amber – monitor at Senior Executive Team"), ("1–6", "Green – within appetite")]
    for i, (a, b) in enumerate(krows):
        k.cell(row=3 + i, column=1, value=a)
        k.cell(row=3 + i, column=2, value=b)
    k["A3"].font = Font(bold=True)
    k["B3"].font = Font(bold=True)
    k["A4"].fill = FILL["red"]
    k["A5"].fill = FILL["amber"]
    k["A6"].fill = FILL["green"]
    k["A8"] = "Action status: Complete; On track; Amber (some slippage); Red (will miss target date); Not started."
    k.column_dimensions["B"].width = 46
    wb.save(out(name))

    EXPECTED[name] = {
        "source": ("Imitates the strategic risk register a central government arm's-length body (HM Land Registry, "
                   "2025/26, Quarter 2) would take to its Audit and Risk Committee; the risk themes follow the "
                   "principal risks HM Land Registry reports in its annual report and accounts "
                   "(https://gov.uk/government/publications/hm-land-registry-annual-report-and-accounts-2023-to-2024). "
                   "Copied features: title and classification line, a risk row (merged risk title with its SR "
                   "number, risk owner, previous/current/target risk scores with fill colour) followed by numbered "
                   "further-action rows with their own owner, target date and action status, dates as dates, "
                   "'Q4 2025/26', 'Monthly' and 'TBC', two posts split by '/', and a separate Key sheet."),
        "reads": ("One register sheet with four strategic risks; under each risk row sit two or three further "
                  "mitigating actions (SR1.1 and so on), ten in all, each with an owner, a target date and an "
                  "action status. The previous and current risk scores belong to the risk, not to the actions; "
                  "the Key sheet explains scores and status words."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


RAG_HEX = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. St Gemma's Hospice - CQC inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def gemma():
    name = "vd-st-gemmas-hospice-cqc-inspection-action-plan.docx"
    title = "St Gemma's Hospice – CQC Inspection Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the CQC inspection of 4–6 March 2025 (report published 22 May 2025). "
                      "Overall rating: Good. Safe: Requires improvement.")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Owner", "Director of Patient Care"),
                                ("Approved by", "Quality and Safety Committee, 17 June 2025"),
                                ("Last updated", "8 October 2025")]):
        set_cell(dc.cell(i, 0), a, bold=True)
        set_cell(dc.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for j, (k, v) in enumerate([("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage"),
                                ("Red", "Off track")]):
        set_cell(kt.cell(0, j), k + " – " + v)
        shade(kt.cell(0, j), RAG_HEX[k])

    sections = [
        ("1. Safe", [
            ("Must do (MD1): The provider must ensure that controlled drugs are stored, recorded and disposed of in line with national guidance and the hospice's own policy. (Regulation 12(2)(g) Safe care and treatment)", [
                ("1.1", "Complete a full audit of the controlled drug registers on the In-Patient Unit and resolve every discrepancy found.",
                 "Head of Pharmacy", "30/06/2025", "Audit completed 20 June; 3 discrepancies resolved.", "Blue",
                 ["Head of Pharmacy"], "2025-06", None, "blue"),
                ("1.2", "Introduce weekly controlled drug checks by two registered nurses, with a monthly spot check by the pharmacist.",
                 "Ward Manager (In-Patient Unit) / Head of Pharmacy", "End of July 2025", "Weekly checks in place since 7 July.", "Blue",
                 ["Ward Manager (In-Patient Unit)", "Head of Pharmacy"], "2025-07", None, "blue"),
            ]),
            ("Should do (SD1): The provider should ensure that falls risk assessments are reviewed whenever a patient's condition changes.", [
                ("1.3", "Change the falls risk assessment in SystmOne so that a review is prompted after every change in mobility score.",
                 "Clinical Systems Lead", "30/11/2025", "Template change tested; go-live booked for November.", "Green",
                 ["Clinical Systems Lead"], "2025-11", None, "green"),
                ("1.4", "Audit 20 sets of patient records each quarter for falls reassessment and report the results to the Quality and Safety Committee.",
                 "Quality Lead", "Quarterly", "Q2 audit: 17 of 20 compliant.", "Green",
                 ["Quality Lead"], None, "Quarterly", "green"),
            ]),
        ]),
        ("2. Effective", [
            ("Should do (SD2): The provider should ensure that all clinical staff complete Mental Capacity Act training.", [
                ("2.1", "Move Mental Capacity Act training to a face-to-face session within the clinical induction programme.",
                 "Education Lead", "Sept 2025", "First session held 16 September.", "Blue",
                 ["Education Lead"], "2025-09", None, "blue"),
                ("2.2", "Send monthly training compliance reports to each team leader, with a target of 95% compliance.",
                 "Head of HR and Organisational Development", "Ongoing", "Compliance 88% at end of September.", "Amber",
                 ["Head of HR and Organisational Development"], None, "Ongoing", "amber"),
            ]),
        ]),
        ("3. Well-led", [
            ("Must do (MD2): The provider must ensure that governance systems identify and act on shortfalls in medicines management. (Regulation 17 Good governance)", [
                ("3.1", "Add a medicines management report, with a dashboard of audit results, as a standing item at the Quality and Safety Committee.",
                 "Director of Patient Care", "Q3 2025/26", "Dashboard drafted; first report due December.", "Green",
                 ["Director of Patient Care"], "2025-12", None, "green"),
                ("3.2", "Commission an external review of clinical governance arrangements and present the findings to the Board of Trustees.",
                 "Chief Executive", "Mar-26", "Not started – tender to be issued in January 2026.", "",
                 ["Chief Executive"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]
    exp = []
    hdr = ["No.", "Action", "Lead", "Completion date", "Progress update", "RAG"]
    for sec, findings in sections:
        doc.add_paragraph()
        doc.add_heading(sec, level=1)
        n = 1 + sum(1 + len(acts) for _, acts in findings)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for finding, acts in findings:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            set_cell(m, finding, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for (ref, act, lead, due, prog, rag, e_lead, e_end, e_text, e_st) in acts:
                for j, v in enumerate([ref, act, lead, due, prog, rag]):
                    set_cell(t.cell(r, j), v)
                if rag:
                    shade(t.cell(r, 5), RAG_HEX[rag])
                r += 1
                a = {"ref": ref, "under": [sec, finding], "action": act, "lead": e_lead, "end": e_end}
                if e_text:
                    a["end_text"] = e_text
                a["status"] = e_st
                exp.append(a)
    doc.add_paragraph()
    doc.add_paragraph("Notes: this plan is reviewed monthly at the Clinical Governance Group and quarterly by the "
                      "Quality and Safety Committee. Evidence for completed actions is held on the Quality SharePoint site.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["Registered Manager", "", "17/06/2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(out(name))

    EXPECTED[name] = {
        "source": ("Imitates the post-inspection action plan an independent hospice (St Gemma's Hospice, Leeds, 2025) "
                   "would send to CQC and its Quality and Safety Committee after an inspection with must-do and "
                   "should-do actions. Copied features: provider name and title, inspection line, document-control "
                   "table, RAG key table with shaded cells, one table per CQC key question under a numbered heading, "
                   "the must-do/should-do finding as a full-width merged row above its numbered actions, two posts "
                   "split by '/', 'Quarterly'/'Ongoing' dates, a blank RAG cell, notes line and sign-off table."),
        "reads": ("Three action tables headed '1. Safe', '2. Effective' and '3. Well-led'; each has CQC must-do or "
                  "should-do findings in merged rows with numbered actions beneath (eight in all), each with a lead, "
                  "completion date, progress and a RAG word on a matching fill. Document control, RAG key and "
                  "sign-off tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 5. Wrington Parish Council - storms lessons-learned action plan (docx, read)
# ---------------------------------------------------------------------------
def wrington():
    name = "vd-wrington-parish-council-storms-bert-darragh-lessons-learned-action-plan.docx"
    title = "Wrington Parish Council: Storms Bert and Darragh – Lessons Learned Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    h = doc.add_heading(title, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Action plan agreed at Full Council on 10 February 2025 (minute 25/031). "
                      "Progress column updated by the Clerk for the meeting of 8 September 2025.")
    doc.add_paragraph("Storm Bert (23–24 November 2024) brought flooding to Broad Street and the "
                      "recreation ground; Storm Darragh (7–8 December 2024) left parts of the parish "
                      "without power for up to 30 hours. A debrief with councillors, flood wardens and "
                      "volunteers was held on 14 January 2025. The lessons and agreed actions are below.")

    themes = [
        ("Theme A – Warning and informing", [
            ("Flood warnings from the Environment Agency reached only the Clerk, and out of office hours nobody passed them on.", [
                ("A1.1", "Register the Chair, Vice-Chair and both Flood Wardens for Environment Agency Floodline alerts for the Congresbury Yeo.",
                 "Clerk", "March 2025", "Done", ["Clerk"], "2025-03", None, "blue"),
                ("A1.2", "Set up a WhatsApp broadcast list for street contacts and test it twice a year.",
                 "Cllr J. Hughes and Cllr R. Patel", "30/04/2025", "Complete – tested 2 April",
                 ["Cllr J. Hughes", "Cllr R. Patel"], "2025-04", None, "blue"),
            ]),
            ("Residents without internet access did not receive any updates during the power cut on 7–8 December.", [
                ("A2.1", "Agree with the village shop and the Plough Inn that printed updates will be displayed in their windows during an incident.",
                 "Emergency Plan Coordinator", "End of May 2025", "Complete",
                 ["Emergency Plan Coordinator"], "2025-05", None, "blue"),
                ("A2.2", "Compile a confidential list of vulnerable residents who consent to a door-knock during a prolonged power cut.",
                 "Clerk & Chair", "31/10/2025", "On track – 23 residents signed up",
                 ["Clerk", "Chair"], "2025-10", None, "green"),
            ]),
        ]),
        ("Theme B – Community Emergency Volunteers", [
            ("Only six volunteers were available for sandbagging on 24 November and several had no safety equipment.", [
                ("B1.1", "Recruit at least ten more Community Emergency Volunteers through the parish magazine and the Annual Parish Meeting.",
                 "Emergency Plan Coordinator", "Sept 2025", "On track – 8 recruited so far",
                 ["Emergency Plan Coordinator"], "2025-09", None, "green"),
                ("B1.2", "Buy hi-vis jackets, gloves and head torches for each volunteer and store them in the Memorial Hall.",
                 "Clerk", "June 2025", "Done", ["Clerk"], "2025-06", None, "blue"),
            ]),
        ]),
        ("Theme C – Equipment and premises", [
            ("The Memorial Hall could not be opened as a rest centre because nobody on duty held a key and the generator had not been serviced.", [
                ("C1.1", "Keep two spare Memorial Hall keys, one in the Clerk's key safe and one with the Emergency Plan Coordinator.",
                 "Memorial Hall Committee Chair", "Feb-25", "Done", ["Memorial Hall Committee Chair"], "2025-02", None, "blue"),
                ("C1.2", "Arrange a service of the generator before each winter and keep the service record with the Emergency Plan.",
                 "Clerk", "Annually (October)", "Not started", ["Clerk"], None, "Annually (October)", "unrated"),
                ("C1.3", "Apply to North Somerset Council's community resilience fund for a second generator and 200 sandbags.",
                 "Clerk / Cllr R. Patel", "31 December 2025", "On track – application drafted",
                 ["Clerk", "Cllr R. Patel"], "2025-12", None, "green"),
            ]),
        ]),
    ]
    hdr = ["Ref", "What we learned", "Action", "Who", "By when", "Progress (Sept 2025)"]
    nrows = 1 + sum(1 + sum(len(a) for _, a in lessons) for _, lessons in themes)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, hh in enumerate(hdr):
        set_cell(t.cell(0, j), hh, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    exp = []
    r = 1
    for theme, lessons in themes:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, theme, bold=True)
        shade(m, "E2EFDA")
        r += 1
        for lesson, acts in lessons:
            first = r
            for (ref, act, who, when, prog, e_lead, e_end, e_text, e_st) in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), who)
                set_cell(t.cell(r, 4), when)
                set_cell(t.cell(r, 5), prog)
                r += 1
                a = {"ref": ref, "under": [theme, lesson], "action": act, "lead": e_lead, "end": e_end}
                if e_text:
                    a["end_text"] = e_text
                a["status"] = e_st
                exp.append(a)
            if r - 1 > first:
                mc = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                mc = t.cell(first, 1)
            set_cell(mc, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Summary at 8 September 2025").runs[0].bold = True
    s = doc.add_table(rows=2, cols=4)
    s.style = "Table Grid"
    for j, (a, b) in enumerate([("Actions", "9"), ("Done/Complete", "5"), ("On track", "3"), ("Not started", "1")]):
        set_cell(s.cell(0, j), a, bold=True)
        set_cell(s.cell(1, j), b)
    doc.add_paragraph()
    doc.add_paragraph("Next review: Full Council, 10 November 2025. Contact: clerk@wrington-pc.gov.uk")
    doc.save(out(name))

    EXPECTED[name] = {
        "source": ("Imitates the lessons-learned action plan a parish council (Wrington Parish Council, North "
                   "Somerset, 2025) would agree after storm events and its Community Emergency Plan debrief, in the "
                   "plain style of parish council papers. Copied features: council name in the title heading, minute "
                   "reference and background paragraphs, one table with merged full-width theme rows, the lesson "
                   "('What we learned') merged down beside its actions, 'Who'/'By when' columns with councillors "
                   "and posts joined by 'and', '&' and '/', progress words as status, a summary totals table and "
                   "a closing contact line."),
        "reads": ("One table of nine actions under three themes (A–C); each lesson learned is merged down beside "
                  "the actions that answer it. Leads are the Clerk, named councillors and posts; the 'By when' "
                  "column mixes months, dates and 'Annually (October)'; progress reads Done/Complete, On track "
                  "or Not started. The summary table below is a count, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 6. Mind - board of trustees action log (csv, read)
# ---------------------------------------------------------------------------
def mind():
    name = "vd-mind-board-of-trustees-action-log.csv"
    title = "Mind – Board of Trustees Rolling Action Log"
    meetings = [
        ("Meeting: Board of Trustees, 25 June 2025", [
            ("BT/25/31", "Circulate the revised Safeguarding Policy to trustees for approval by written resolution.",
             "Director of Safeguarding", "31/07/2025", "B", "Approved 14 July 2025.",
             ["Director of Safeguarding"], "2025-07", None, "blue"),
            ("BT/25/34", "Bring a paper on the future funding model for local Minds to the September Board.",
             "CEO", "24/09/2025", "B", "Paper taken at item 7, 24 September.",
             ["CEO"], "2025-09", None, "blue"),
            ("BT/25/36", "Arrange trustee visits to two local Minds before the end of the year.",
             "Company Secretary", "31/12/2025", "A", "One visit booked (Mind in Camden, 4 December); second date not yet found.",
             ["Company Secretary"], "2025-12", None, "amber"),
        ]),
        ("Meeting: Board of Trustees, 24 September 2025", [
            ("BT/25/48", "Revise the 2026/27 budget assumptions to include the April 2026 National Living Wage increase and take them to Finance Committee.",
             "CFO", "14/11/2025", "B", "Taken to Finance Committee 12 November.",
             ["CFO"], "2025-11", None, "blue"),
            ("BT/25/51", "Commission an independent review of the serious incident reporting process.\nTerms of reference to be agreed with the Chair of Audit & Risk Committee before tender.",
             "Chair of Audit & Risk Committee", "31/01/2026", "G", "Draft terms of reference circulated 28 November.",
             ["Chair of Audit & Risk Committee"], "2026-01", None, "green"),
            ("BT/25/53", "Add a fundraising compliance risk to the strategic risk register.",
             "Director of Fundraising / Head of Risk", "30/10/2025", "R", "Not yet done; to be picked up at the December risk review.",
             ["Director of Fundraising", "Head of Risk"], "2025-10", None, "red"),
        ]),
        ("Meeting: Board of Trustees, 26 November 2025", [
            ("BT/25/62", "Circulate the draft 2026–2029 strategy to trustees for comment.",
             "CEO", "15/12/2025", "G", "",
             ["CEO"], "2025-12", None, "green"),
            ("BT/25/64", "Set up a trustee working group on the anti-racism commitments.",
             "SB/RT/KO", "28/02/2026", "", "",
             ["SB", "RT", "KO"], "2026-02", None, "unrated"),
            ("BT/25/66", "Report to the Board on Infoline answer rates at each meeting.",
             "Director of Information and Support", "Quarterly", "G", "First report due at the February Board.",
             ["Director of Information and Support"], None, "Quarterly", "green"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", ""])
    w.writerow(["Exported from Board portal 05/12/2025 – open actions and actions closed since the last meeting", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["Ref", "Action", "Owner", "Due date", "RAG", "Update"])
    exp = []
    for mt, acts in meetings:
        w.writerow([mt, "", "", "", "", ""])
        for (ref, act, owner, due, rag, upd, e_lead, e_end, e_text, e_st) in acts:
            w.writerow([ref, act, owner, due, rag, upd])
            a = {"ref": ref, "under": [mt], "action": act, "lead": e_lead, "end": e_end}
            if e_text:
                a["end_text"] = e_text
            a["status"] = e_st
            exp.append(a)
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["Key: B = complete; G = on track; A = some slippage; R = off track; blank = not yet started", "", "", "", "", ""])
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    EXPECTED[name] = {
        "source": ("Imitates a national mental health charity's (Mind, 2025) board of trustees rolling action log "
                   "as exported from a board portal to CSV; action-log conventions (minute refs, owner, due date, "
                   "RAG, update, grouping by meeting) follow charity governance practice on matters arising. "
                   "Copied features: title and export lines, header row, meeting rows as section lines, minute "
                   "refs like 'BT/25/31', owners as posts, initials joined by '/', a quoted multi-line action, "
                   "RAG letters with a key line at the foot, a blank RAG, and 'Quarterly' as a due date."),
        "reads": ("A CSV action log: nine trustee actions grouped under three meeting lines (June, September, "
                  "November 2025), each with a minute ref, owner, due date, RAG letter and update. The key line "
                  "at the end explains B/G/A/R; one action has no RAG (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 7. Pembrokeshire Coast NPA - programme highlight report (tab-separated txt, read)
# ---------------------------------------------------------------------------
def pcnpa():
    name = "vd-pembrokeshire-coast-npa-coast-path-resilience-programme-highlight-report.txt"
    title = "Pembrokeshire Coast National Park Authority – Coast Path Resilience Programme Highlight Report"
    lines = [
        title,
        "Reporting period:\tQ2 2025/26 (July – September 2025)",
        "Report to:\tOperational Review Committee, 22 October 2025",
        "Programme sponsor:\tDirector of Countryside, Community and Visitor Services",
        "Overall status:\tAmber (previous period: Green)",
        "",
        "Summary",
        "Good progress on monitoring and habitat work. The Newgale diversion is now off track because Natural Resources Wales has asked for further survey work; the Abereiddi realignment has slipped by three months.",
        "",
        "RAG key:\tB = complete\tG = on track\tA = at risk of slippage\tR = off track",
        "",
        "Ref\tAction / milestone\tLead\tBaseline date\tForecast date\tPrevious RAG\tCurrent RAG\tCommentary",
    ]
    workstreams = [
        ("WS1 Path realignment and coastal erosion", [
            ("1.1", "Complete the realignment of the Coast Path at Abereiddi following the 2024 cliff falls.",
             "Access Manager", "31/07/2025", "31/10/2025", "G", "A",
             "Landowner agreement signed 12 September; works start 6 October.",
             ["Access Manager"], "2025-10", None, "amber"),
            ("1.2", "Install erosion monitoring markers at 12 high-risk sites between Amroth and Poppit Sands.",
             "Coast Path Officer", "30/09/2025", "30/09/2025", "G", "B",
             "All 12 markers installed; baseline readings taken.",
             ["Coast Path Officer"], "2025-09", None, "blue"),
            ("1.3", "Secure Natural Resources Wales consent for the Newgale diversion.",
             "Head of Park Direction / Access Manager", "31/12/2025", "31/03/2026", "A", "R",
             "NRW has requested a further bird survey before determining.",
             ["Head of Park Direction", "Access Manager"], "2026-03", None, "red"),
        ]),
        ("WS2 Habitat connectivity", [
            ("2.1", "Deliver 15 km of hedgerow restoration with farm partners through the Nature Networks grant.",
             "Biodiversity Officer", "31/03/2026", "31/03/2026", "G", "G",
             "6.2 km completed; winter planting booked with 11 farms.",
             ["Biodiversity Officer"], "2026-03", None, "green"),
            ("2.2", "Agree grazing management plans for the St Davids Head and Strumble Head commons.",
             "Conservation Manager", "30/11/2025", "30/11/2025", "", "G",
             "New action this period; commoners' meeting held 18 September.",
             ["Conservation Manager"], "2025-11", None, "green"),
            ("2.3", "Clear Himalayan balsam from the Gwaun valley with volunteer work parties.",
             "Volunteer Coordinator", "30/09/2025", "30/09/2025", "G", "B",
             "Nine work parties held; 4.5 ha cleared.",
             ["Volunteer Coordinator"], "2025-09", None, "blue"),
        ]),
        ("WS3 Engagement and volunteering", [
            ("3.1", "Recruit and train 20 new Coast Path volunteer wardens.",
             "Volunteer Coordinator", "Q3 2025/26", "Q4 2025/26", "A", "A",
             "13 recruited; training dates moved to February because of ranger vacancies.",
             ["Volunteer Coordinator"], "2026-03", None, "amber"),
            ("3.2", "Publish bilingual cliff-edge safety guidance on the Authority website and at 25 car parks.",
             "Communications Manager", "31/08/2025", "31/08/2025", "G", "B",
             "Published 21 August in Welsh and English; signs installed.",
             ["Communications Manager"], "2025-08", None, "blue"),
        ]),
    ]
    exp = []
    for ws_name, acts in workstreams:
        lines.append(ws_name)
        for (ref, act, lead, base, fc, prev, cur, comm, e_lead, e_end, e_text, e_st) in acts:
            lines.append("\t".join([ref, act, lead, base, fc, prev, cur, comm]))
            a = {"ref": ref, "under": [ws_name], "action": act, "lead": e_lead, "end": e_end}
            if e_text:
                a["end_text"] = e_text
            a["status"] = e_st
            exp.append(a)
    lines += [
        "",
        "Key risks and issues",
        "- Ranger vacancies (two posts) are slowing volunteer training; recruitment closes 31 October.",
        "- Contractor availability for the winter works is limited; early booking agreed.",
        "",
        "Decisions required from Committee",
        "- None this period.",
        "",
        "Budget:\tGBP 1.24m programme; spend to date GBP 0.47m (38%); forecast on budget.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    EXPECTED[name] = {
        "source": ("Imitates a national park authority programme highlight report (Pembrokeshire Coast NPA, "
                   "Q2 2025/26) saved as a tab-separated text export, following the committee progress-report "
                   "style of national park authorities (e.g. Peak District NPA progress reports, "
                   "https://reports.peakdistrict.gov.uk/approgress/docs/introduction.html). Copied features: title "
                   "line, key/value header block (period, committee, sponsor, overall status), summary paragraph, "
                   "RAG key line, workstream lines above numbered milestones, baseline and forecast dates, previous "
                   "and current RAG letters, and risks/decisions/budget lines after the table."),
        "reads": ("A highlight report with eight actions/milestones in three workstreams (WS1–WS3). Each gives a "
                  "lead, baseline and forecast dates and previous and current RAG letters; the forecast date and "
                  "the current RAG are what a reader takes as due date and status. The header block, key, risks "
                  "and budget lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


def write_expected():
    for name, data in EXPECTED.items():
        path = out(name) + ".expected.yaml"
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                           default_flow_style=False)


if __name__ == "__main__":
    devon()
    ssen()
    hmlr()
    gemma()
    wrington()
    mind()
    pcnpa()
    write_expected()
    for n in sorted(EXPECTED):
        print(n)
