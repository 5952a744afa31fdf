"""Build the seven oo1- blind test files (set heldout435) and their expected readings.

Run with /work/main/.venv/bin/python oo1_make.py (from any directory).
Only writes files whose names start with oo1- in this folder.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def path(name):
    assert name.startswith("oo1-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w


# ---------------------------------------------------------------------------
# 1. Essex County Council - Strategic Risk Register Q2 2025/26 (xlsx, read)
# ---------------------------------------------------------------------------
def essex():
    name = "oo1-essex-county-council-strategic-risk-register-q2-2025-26.xlsx"
    title = "Essex County Council – Strategic Risk Register"
    risks = [
        {
            "risk": "SR01 Financial sustainability",
            "desc": "Demand and cost pressures in adult social care, children's placements and home to school "
                    "transport exceed the Medium Term Resource Strategy, leading to unplanned use of reserves "
                    "and reductions in service levels.",
            "owner": "Executive Director, Corporate Services",
            "scores": (25, 20, 20, 12),
            "controls": "Medium Term Resource Strategy refreshed annually; monthly budget monitoring to CLT; "
                        "Reserves Strategy; Star chamber review of savings delivery.",
            "actions": [
                ("SR01.1", "Deliver the 2026/27 budget and Medium Term Resource Strategy with savings proposals "
                           "for every portfolio, for Cabinet in January 2026 and Full Council in February 2026.",
                 ["Executive Director, Corporate Services"], D(2026, 2, 10), "G", "2026-02", None),
                ("SR01.2", "Monthly star chamber reviews of high-risk savings with each Executive Director; "
                           "slippage reported to CLT with mitigating proposals.",
                 ["Head of Finance Business Partnering"], "Monthly", "G", None, "Monthly"),
                ("SR01.3", "Complete the review of home to school transport eligibility and route planning and "
                           "implement the agreed changes for September 2026.",
                 ["Director of Education", "Head of Passenger Transport"], D(2026, 8, 31), "A", "2026-08", None),
            ],
            "lead_text": {"SR01.3": "Director of Education / Head of Passenger Transport"},
        },
        {
            "risk": "SR02 Cyber security and data resilience",
            "desc": "A successful cyber attack or major loss of data prevents critical systems from operating, "
                    "causing disruption to frontline services, regulatory sanction and reputational damage.",
            "owner": "Chief Digital and Information Officer",
            "scores": (25, 16, 16, 12),
            "controls": "Multi-factor authentication; 24/7 managed security operations centre; immutable "
                        "back-ups; mandatory annual cyber training (93% completion).",
            "actions": [
                ("SR02.1", "Complete the Cyber Assessment Framework (CAF) self-assessment and agree the "
                           "improvement roadmap with the Technology Board.",
                 ["Head of Information Security"], D(2025, 9, 30), "B", "2025-09", None),
                ("SR02.2", "Test the ransomware recovery plan through a live exercise involving Adult Social Care "
                           "and Children's Services case management systems.",
                 ["Head of Technology Operations", "Emergency Planning Manager"], "Q4 2025/26", "A",
                 "2026-03", "Q4 2025/26"),
            ],
            "lead_text": {"SR02.2": "Head of Technology Operations; Emergency Planning Manager"},
        },
        {
            "risk": "SR03 SEND sufficiency and the high needs deficit",
            "desc": "Demand for Education, Health and Care Plans and specialist placements continues to outstrip "
                    "local provision, increasing reliance on independent placements and growing the Dedicated "
                    "Schools Grant high needs deficit.",
            "owner": "Executive Director, Children, Families and Education",
            "scores": (20, 20, 16, 12),
            "controls": "SEND Strategy 2022-26; Delivering Better Value programme; termly Schools Forum "
                        "reporting; statutory override in place to March 2028.",
            "actions": [
                ("SR03.1", "Deliver 180 additional specialist places through the Harlow and Witham special "
                           "school expansions.",
                 ["Head of School Place Planning"], "September 2026", "A", "2026-09", None),
                ("SR03.2", "Agree the DSG deficit management plan with the DfE and report progress to Schools "
                           "Forum each term.",
                 ["Director of Education", "Head of Finance (Children's)"], "Termly", "G", None, "Termly"),
            ],
            "lead_text": {"SR03.2": "Director of Education and Head of Finance (Children's)"},
        },
        {
            "risk": "SR04 Adult social care market capacity",
            "desc": "Insufficient domiciliary care and nursing capacity, particularly in rural districts, leads "
                    "to delayed hospital discharges, unmet need and higher-cost placements.",
            "owner": "Executive Director, Adult Social Care",
            "scores": (20, 12, 15, 9),
            "controls": "Market Sustainability Plan; fee uplift 2025/26 agreed; weekly system flow calls with "
                        "the ICBs; Care Provider Forum.",
            "actions": [
                ("SR04.1", "Re-procure the domiciliary care framework on a zoned basis with rural uplift rates; "
                           "new contracts to start 1 April 2026.",
                 ["Director of Commissioning"], D(2026, 4, 1), "G", "2026-04", None),
                ("SR04.2", "Publish the Market Sustainability Plan update and share it with providers at the "
                           "Care Provider Forum.",
                 ["Head of Market Shaping"], D(2025, 6, 30), "R", "2025-06", None),
            ],
            "lead_text": {},
        },
    ]
    status_word = {"G": "green", "A": "amber", "R": "red", "B": "blue"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Essex County Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Report to the Audit, Governance and Standards Committee, 24 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Prepared by", "Reviewed by", "Changes"], [10, 12, 28, 40, 50])
    rows = [
        ("v0.3", D(2025, 10, 14), "Risk and Insurance Team", "Corporate Leadership Team",
         "Q2 updates from risk owners; SR04 current score reduced from 15 to 12"),
        ("v1.0", D(2025, 11, 4), "Risk and Insurance Team", "Audit, Governance and Standards Committee",
         "Final for Committee"),
    ]
    for r, vals in enumerate(rows, start=7):
        for c, v in enumerate(vals, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring and status key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Score = Likelihood (1-5) x Impact (1-5)"
    header_row(key, 5, ["Score", "Rating"], [14, 60])
    for r, (s, lab, col) in enumerate([("1 - 5", "Low", "green"), ("6 - 11", "Medium", "amber"),
                                       ("12 - 25", "High", "red")], start=6):
        key.cell(row=r, column=1, value=s).fill = FILL[col]
        key.cell(row=r, column=2, value=lab)
    header_row(key, 10, ["Action status", "Meaning"])
    for r, (s, lab) in enumerate([("G", "On track"), ("A", "At risk of slipping"), ("R", "Overdue"),
                                  ("B", "Complete")], start=11):
        c = key.cell(row=r, column=1, value=s)
        c.fill = FILL[status_word[s]]
        key.cell(row=r, column=2, value=lab)

    ws = wb.create_sheet("SRR Q2 2025-26")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (position at 30 September 2025)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk", "Risk description (cause – event – effect)", "Risk owner", "Inherent score",
           "Previous score (Q1)", "Current score (Q2)", "Target score", "Key controls in place", "Ref",
           "Further action required", "Action owner", "Target date", "Status"]
    header_row(ws, 4, hdr, [26, 45, 24, 9, 9, 9, 9, 40, 8, 55, 30, 13, 8])

    def score_fill(v):
        return FILL["green"] if v <= 5 else FILL["amber"] if v <= 11 else FILL["red"]

    expected = []
    row = 5
    for rk in risks:
        n = len(rk["actions"])
        first, last = row, row + n - 1
        inh, cur, prev, tgt = rk["scores"]
        for col, v in [(1, rk["risk"]), (2, rk["desc"]), (3, rk["owner"]), (4, inh), (5, prev), (6, cur),
                       (7, tgt), (8, rk["controls"])]:
            if n > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col in (4, 5, 6, 7):
                c.fill = score_fill(v)
                c.alignment = Alignment(horizontal="center", vertical="top")
            if col == 1:
                c.font = Font(bold=True)
        for i, (ref, text, lead, end_cell, st, end, end_text) in enumerate(rk["actions"]):
            r = first + i
            ws.cell(row=r, column=9, value=ref)
            ws.cell(row=r, column=10, value=text).alignment = WRAP
            ws.cell(row=r, column=11, value=rk["lead_text"].get(ref, lead[0])).alignment = WRAP
            c = ws.cell(row=r, column=12, value=end_cell)
            if isinstance(end_cell, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            s = ws.cell(row=r, column=13, value=st)
            s.fill = FILL[status_word[st]]
            s.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [rk["risk"]], text, lead, end, status_word[st], end_text))
        for r in range(first, last + 1):
            for c in range(1, 14):
                ws.cell(row=r, column=c).border = BOX
        row = last + 1
    ws.cell(row=row + 1, column=1,
            value="Notes: scores are Likelihood x Impact (see Scoring key). The register is reviewed monthly by "
                  "the Corporate Leadership Team and quarterly by the Audit, Governance and Standards Committee.")
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates the quarterly strategic risk register appendix that English county councils take to "
                  "their audit committee (cf. East Sussex CC 'Strategic Risk Monitoring – Quarter 3 2023/24', "
                  "democracy.eastsussex.gov.uk; Reading BC SRR with controls and specific actions with target "
                  "dates and status). Essex County Council, Q2 2025/26. Copies: cover sheet with document-control "
                  "table, separate scoring/status key sheet, one register sheet where each risk's name, "
                  "description, owner, inherent/previous/current/target scores (fill-coloured) and controls are "
                  "merged vertically over its further-action rows, action refs SR01.1 etc., action owners that are "
                  "job titles (one containing a comma), dd/mm/yyyy target dates mixed with Monthly, Termly and "
                  "Q4 2025/26, and a G/A/R/B status letter with fill; notes line below.",
        "reads": "Essex's Q2 2025/26 strategic risk register: four strategic risks, each with scores and "
                 "controls, and nine further actions listed against them with an owner, target date and "
                 "G/A/R/B status. The cover and key sheets are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. West Sussex County Council - overdue internal audit actions (xlsx, read)
# ---------------------------------------------------------------------------
def west_sussex():
    name = "oo1-west-sussex-county-council-internal-audit-overdue-actions-tracker.xlsx"
    title = "West Sussex County Council – Internal Audit Overdue Management Actions"
    annex1 = "Annex 1 – Overdue ‘High Priority’ Management Actions"
    annex2 = "Annex 2 – Overdue ‘Low and Medium’ Management Actions"
    data = {
        annex1: [
            ("Direct Payments – Adults and Health (2024/25, Limited Assurance)", "Adults and Health", [
                ("DP1", "Annual reviews of direct payment accounts were overdue in 41% of cases sampled.",
                 "Introduce a risk-based schedule for direct payment account reviews and clear the backlog of "
                 "overdue reviews, prioritising accounts holding more than 12 weeks' funding.",
                 "Head of Adult Operations (Countywide)", ["Head of Adult Operations (Countywide)"],
                 D(2025, 3, 31), D(2025, 12, 31),
                 "Backlog reduced from 312 to 128 reviews. Two temporary reviewing officers in post until "
                 "December.", "amber", "2025-12"),
                ("DP2", "Unspent balances were not recovered in line with the Direct Payments Policy.",
                 "Recover surplus balances identified in the 2024/25 review and report recoveries monthly to the "
                 "Adults and Health DMT.",
                 "Finance Business Partner (Adults) / Direct Payments Team Manager",
                 ["Finance Business Partner (Adults)", "Direct Payments Team Manager"],
                 D(2025, 6, 30), None,
                 "No update received from the service at the time of reporting.", "red", "2025-06"),
            ]),
            ("Highways Contract Management – Place Services (2024/25, Limited Assurance)", "Place Services", [
                ("HCM1", "Contractor-reported performance indicators were not independently verified.",
                 "Carry out independent sample checks of contractor-reported KPIs each quarter and report the "
                 "results to the Highways Contract Board.",
                 "Highways Contract Manager", ["Highways Contract Manager"],
                 D(2025, 5, 31), D(2025, 10, 31),
                 "Sampling methodology agreed; first quarterly check under way.", "green", "2025-10"),
            ]),
            ("Patch Management – Assistant Chief Executive (2024/25, Limited Assurance)",
             "Assistant Chief Executive", [
                ("PM1", "Critical security patches were not applied within the 14-day target on 23% of servers.",
                 "Produce a monthly patch compliance report for the IT Leadership Team and agree exception "
                 "handling for legacy servers.",
                 "Head of IT Infrastructure", ["Head of IT Infrastructure"],
                 D(2025, 4, 30), D(2025, 7, 31),
                 "Implemented. Reports issued monthly since July 2025; verified by Internal Audit.", "blue",
                 "2025-07"),
            ]),
            ("Schools Financial Value Standard – Children, Young People and Learning (2024/25, Limited "
             "Assurance)", "Children, Young People and Learning", [
                ("SFVS1", "Eleven maintained schools had not submitted an SFVS return for 2023/24.",
                 "Issue revised guidance to maintained schools on the SFVS return and follow up non-returns "
                 "through the Schools Finance team, escalating to the Director of Education and Skills.",
                 "Schools Finance Manager", ["Schools Finance Manager"],
                 D(2025, 3, 31), D(2026, 1, 31),
                 "Guidance issued in June. Three returns still outstanding; deadline for the 2024/25 return is "
                 "31 January 2026.", "amber", "2026-01"),
            ]),
        ],
        annex2: [
            ("Purchase Cards – Finance and Support Services (2024/25, Reasonable Assurance)",
             "Finance and Support Services", [
                ("PC3", "Medium", "Remind cardholders of the requirement to upload VAT receipts within 30 days and "
                                  "suspend cards with repeated non-compliance.",
                 "Purchase Card Administrator", ["Purchase Card Administrator"],
                 D(2025, 3, 31), D(2025, 11, 30),
                 "Reminder issued; suspension process awaiting sign-off by the Director of Finance.", "green",
                 "2025-11"),
                ("PC4", "Low", "Update the Purchase Card Procedures to reflect the new approval workflow in Oracle.",
                 "Head of Procurement", ["Head of Procurement"],
                 D(2025, 3, 31), None,
                 "Not started – resources diverted to the Procurement Act 2023 implementation.", "red",
                 "2025-03"),
            ]),
            ("Care Leavers' Accommodation – Children, Young People and Learning (2024/25, Reasonable "
             "Assurance)", "Children, Young People and Learning", [
                ("CLA2", "Medium", "Ensure all Staying Put arrangements have a signed agreement held on Mosaic, "
                                   "and audit a sample each quarter.",
                 "Service Manager (Leaving Care)", ["Service Manager (Leaving Care)"],
                 D(2025, 6, 30), D(2025, 12, 31),
                 "27 of 34 agreements now on Mosaic; first quarterly sample due December.", "amber", "2025-12"),
            ]),
            ("Libraries Income – Communities (2024/25, Reasonable Assurance)", "Communities", [
                ("LI1", "Medium", "Reconcile library income banked to the Oracle ledger weekly and investigate "
                                  "variances above £50.",
                 "Library Operations Manager and Finance Officer (Communities)",
                 ["Library Operations Manager", "Finance Officer (Communities)"],
                 D(2025, 5, 31), D(2025, 8, 31),
                 "Implemented. Weekly reconciliations in place since August; verified by Internal Audit.",
                 "blue", "2025-08"),
            ]),
        ],
    }

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 12 September 2025"
    sm["A3"] = "Report to the Regulation, Audit and Accounts Committee, 29 September 2025"
    sm["A5"] = "Overdue actions by directorate"
    sm["A5"].font = Font(bold=True)
    header_row(sm, 6, ["Directorate", "High", "Medium", "Low", "Total"], [42, 10, 10, 10, 10])
    counts = {}
    for annex, groups in data.items():
        for _g, directorate, rows in groups:
            for rr in rows:
                pr = "High" if annex == annex1 else rr[1]
                counts.setdefault(directorate, {"High": 0, "Medium": 0, "Low": 0})[pr] += 1
    r = 7
    tot = {"High": 0, "Medium": 0, "Low": 0}
    for d_, cnt in counts.items():
        sm.cell(row=r, column=1, value=d_)
        for i, k in enumerate(["High", "Medium", "Low"], start=2):
            sm.cell(row=r, column=i, value=cnt[k])
            tot[k] += cnt[k]
        sm.cell(row=r, column=5, value=sum(cnt.values()))
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, k in enumerate(["High", "Medium", "Low"], start=2):
        sm.cell(row=r, column=i, value=tot[k]).font = Font(bold=True)
    sm.cell(row=r, column=5, value=sum(tot.values())).font = Font(bold=True)
    r += 2
    sm.cell(row=r, column=1, value="RAG key (colour of the RAG cell in each annex)").font = Font(bold=True)
    for col, lab in [("red", "Overdue – no revised date agreed, or no update received"),
                     ("amber", "Overdue – revised date agreed, progress being made"),
                     ("green", "Overdue – on track to meet the revised date"),
                     ("blue", "Implemented since the last report (verified; to be removed)")]:
        r += 1
        sm.cell(row=r, column=2).fill = FILL[col]
        sm.cell(row=r, column=3, value=lab)

    expected = []
    for annex, groups in data.items():
        ws = wb.create_sheet("Annex 1 High" if annex == annex1 else "Annex 2 Low-Medium")
        ws["A1"] = annex
        ws["A1"].font = Font(bold=True, size=13)
        if annex == annex1:
            hdr = ["Ref", "Finding", "Agreed management action", "Responsible officer", "Original due date",
                   "Revised due date", "Management update (September 2025)", "RAG"]
            widths = [8, 40, 55, 30, 12, 12, 50, 7]
        else:
            hdr = ["Ref", "Priority", "Agreed management action", "Responsible officer", "Original due date",
                   "Revised due date", "Management update (September 2025)", "RAG"]
            widths = [8, 10, 55, 30, 12, 12, 50, 7]
        header_row(ws, 3, hdr, widths)
        row = 4
        for group, _directorate, rows in groups:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            g = ws.cell(row=row, column=1, value=group)
            g.font = Font(bold=True)
            g.fill = FILL["band"]
            row += 1
            for (ref, second, text, lead_text, lead, orig, rev, upd, rag, end) in rows:
                vals = [ref, second, text, lead_text, orig, rev, upd, None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8).fill = FILL[rag]
                expected.append(act(ref, [annex, group], text, lead, end, rag))
                row += 1
        ws.cell(row=row + 1, column=1,
                value="Actions shaded blue have been verified by Internal Audit (Southern Internal Audit "
                      "Partnership) and will be removed from the next report.")
        ws.freeze_panes = "A4"
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates West Sussex County Council's Internal Audit Progress Report to the Regulation, Audit "
                  "and Accounts Committee (e.g. October 2020 / February 2021 reports with 'Annex 1 Overdue High "
                  "Priority Management Actions' and 'Annex 2 Overdue Low and Medium Management Actions', "
                  "fdocuments.in/document/internal-audit-progress-report-october-2020-west-sussex-.html), as an "
                  "Excel tracker for September 2025. Copies: summary sheet with counts by directorate and a "
                  "totals row, a RAG key given only as coloured cells, one sheet per annex with the annex title, "
                  "merged band rows naming each audit review (directorate, year, assurance opinion), finding text "
                  "(annex 1) or priority (annex 2), original and revised due dates, management update and a RAG "
                  "cell that is fill colour only; note line under each annex.",
        "reads": "A September 2025 list of overdue internal audit actions at West Sussex: five high-priority "
                 "actions in Annex 1 and four medium/low actions in Annex 2, grouped under the audit they come "
                 "from, each with a responsible officer, original and revised due dates and a colour-only RAG. "
                 "The revised date, where given, is the due date now.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Salford City Council - transformation programme highlight report (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def salford():
    name = "oo1-salford-city-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Transforming Salford Programme – Highlight Report"
    ms = [
        ("TS-01", "Digital Front Door",
         "Launch the new resident online account for council tax, benefits and waste services",
         "Head of Digital Services", D(2025, 6, 30), D(2025, 7, 31), "A", "B",
         "Live 28 July; 6,140 accounts created by 30 September."),
        ("TS-02", "Digital Front Door",
         "Close the legacy telephone payment line and move callers to automated payments",
         "Customer Services Manager", D(2025, 9, 30), D(2025, 11, 30), "G", "A",
         "Delayed while accessibility testing is completed with the Disability Forum."),
        ("TS-03", "Adults' Demand Management",
         "Deliver strengths-based conversation training to all front-door staff",
         "Principal Social Worker (Adults)", D(2025, 8, 31), D(2025, 8, 31), "G", "B",
         "84 staff trained; refresher sessions built into induction."),
        ("TS-04", "Adults' Demand Management",
         "Increase reablement capacity by 20% through the in-house service redesign",
         "Head of Reablement and Intermediate Care", D(2025, 10, 31), D(2025, 12, 31), "A", "A",
         "Recruitment in progress: 9 of 14 posts filled."),
        ("TS-05", "Adults' Demand Management",
         "Go live with the new triage model in the Adults' Contact Centre",
         "Assistant Director, Adult Social Care Operations", D(2025, 9, 30), "0ct-25", "G", "A",
         "Go-live moved to allow configuration changes in the case management system."),
        ("TS-06", "Property Rationalisation",
         "Vacate Turnpike House and relocate staff to the Civic Centre",
         "Head of Corporate Estates", D(2025, 12, 31), D(2026, 3, 31), "A", "R",
         "Works to Civic Centre floors 2 and 3 delayed by asbestos survey findings."),
        ("TS-07", "Property Rationalisation",
         "Cabinet decision on the disposal of surplus depot sites",
         "Strategic Director, Place", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
         "Report in draft for Cabinet on 18 November."),
        ("TS-08", "Workforce",
         "Agree the hybrid working policy with the trade unions and launch it to staff",
         "Assistant Director, HR and OD", D(2025, 10, 31), D(2026, 1, 31), "A", "A",
         "Second round of consultation with trade unions under way."),
    ]
    rag = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Salford City Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: Period 6 (September 2025)"
    ws["A5"] = "Senior Responsible Owner"
    ws["B5"] = "Strategic Director, Service Reform"
    ws["D5"] = "Programme Manager"
    ws["E5"] = "Corporate PMO"
    ws["A6"] = "Overall status"
    ws["B6"] = "Previous: Amber"
    ws["B6"].fill = FILL["amber"]
    ws["D6"] = "Current: Amber"
    ws["D6"].fill = FILL["amber"]
    for c in ("A5", "D5", "A6"):
        ws[c].font = Font(bold=True)
    ws["A8"] = "Summary of progress this period"
    ws["A8"].font = Font(bold=True)
    ws.merge_cells("A9:I9")
    ws["A9"] = ("The resident online account went live on 28 July and take-up is ahead of forecast. Reablement "
                "recruitment and the Turnpike House move remain the main pressures on the programme; the "
                "Property Rationalisation workstream has moved to red this period.")
    ws["A9"].alignment = WRAP
    ws.row_dimensions[9].height = 45
    ws["A11"] = "Key milestones"
    ws["A11"].font = Font(bold=True)
    header_row(ws, 12, ["Ref", "Workstream", "Milestone", "Owner", "Baseline date", "Forecast date",
                        "Previous RAG", "Current RAG", "Commentary"],
               [9, 24, 55, 32, 12, 12, 9, 9, 50])
    typo_row = None
    for i, m in enumerate(ms):
        r = 13 + i
        ref, wsn, text, owner, base, fc, prev, cur, comm = m
        vals = [ref, wsn, text, owner, base, fc, prev, cur, comm]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        if isinstance(fc, dt.datetime):
            ws.cell(row=r, column=6).number_format = "mmm-yy"
        else:
            typo_row = r
        ws.cell(row=r, column=7).fill = FILL[rag[prev]]
        ws.cell(row=r, column=8).fill = FILL[rag[cur]]
    r = 13 + len(ms) + 1
    ws.cell(row=r, column=1, value="Decisions / escalations required").font = Font(bold=True)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.cell(row=r + 1, column=1,
            value="Programme Board is asked to note the revised forecast for TS-06 and to agree that the "
                  "Turnpike House lease break is exercised from 31 March 2026.").alignment = WRAP
    ws.cell(row=r + 3, column=1,
            value="RAG: G = on track; A = at risk, mitigation in place; R = off track, escalation needed; "
                  "B = complete.")

    ben = wb.create_sheet("Benefits")
    ben["A1"] = "Savings and benefits by workstream (£000)"
    ben["A1"].font = Font(bold=True, size=12)
    header_row(ben, 3, ["Workstream", "2025/26 target", "Forecast", "Variance"], [30, 14, 14, 14])
    for i, (w_, t, f) in enumerate([("Digital Front Door", 850, 790), ("Adults' Demand Management", 2400, 2150),
                                    ("Property Rationalisation", 600, 310), ("Workforce", 400, 400)], start=4):
        ben.cell(row=i, column=1, value=w_)
        ben.cell(row=i, column=2, value=t)
        ben.cell(row=i, column=3, value=f)
        ben.cell(row=i, column=4, value=f"=C{i}-B{i}")
    ben.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for col in "BCD":
        ben[f"{col}8"] = f"=SUM({col}4:{col}7)"
    wb.save(path(name))
    assert typo_row == 17, typo_row

    write_expected(name, {
        "source": "Imitates a council transformation programme highlight report of the kind Salford City "
                  "Council's corporate PMO produces for its programme board (layout after council "
                  "highlight/workplan reports with workstream, ref, key milestone, end date, lead officer and "
                  "completed/on target/overdue columns, e.g. Salford 'Cabinet Workplan 2006-07: Progress to "
                  "second quarter', studylib.net/doc/16026900), dated Period 6 2025/26. Copies: title block, SRO "
                  "and programme manager, overall previous/current status, narrative summary in a merged cell, a "
                  "key-milestones table with baseline and forecast dates and previous/current RAG as fill colour, "
                  "decisions block, RAG key line, and a second sheet of savings figures with totals.",
        "reads": "A Period 6 (September 2025) highlight report for Salford's transformation programme with eight "
                 "key milestones. Milestone TS-05 on sheet row 17 has the forecast date '0ct-25' (a zero for the "
                 "letter O) typed as text where every other forecast is a real date, so its due month is a data "
                 "error a careful reader would query before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


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
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. East Sussex SCP - LCSPR Child K action plan (docx, read)
# ---------------------------------------------------------------------------
def east_sussex():
    name = "oo1-east-sussex-scp-lcspr-child-k-action-plan.docx"
    title = "Local Child Safeguarding Practice Review – Child K: Multi-Agency Action Plan"
    themes = [
        ("Learning theme 1: Neglect and cumulative harm", [
            ("Recommendation 1: All partner agencies should ensure that practitioners use the Graded Care Profile "
             "2 (GCP2) where neglect is a feature, and that its findings inform children's plans.", [
                ("1.1", "Refresh the GCP2 training offer and deliver four multi-agency sessions, prioritising health "
                        "visitors, school designated safeguarding leads and early help practitioners.",
                 "ESSCP Training Manager", ["ESSCP Training Manager"], "March 2026",
                 "Two sessions delivered (58 attendees); further dates booked for January and February 2026.",
                 "Amber", "2026-03", None),
                ("1.2", "Audit a sample of 20 child in need and child protection plans where neglect is the primary "
                        "concern, to test whether GCP2 findings are reflected in the plans.",
                 "Head of Safeguarding (ESCC Children's Services) and Designated Nurse (NHS Sussex)",
                 ["Head of Safeguarding (ESCC Children's Services)", "Designated Nurse (NHS Sussex)"],
                 "30/11/2025", "Audit tool agreed at the Quality and Performance Subgroup; case selection "
                               "complete.", "Amber", "2025-11", None),
            ]),
            ("Recommendation 2: Health partners should strengthen the follow-up of missed health appointments for "
             "children, including 'was not brought' processes.", [
                ("2.1", "Review and re-issue the East Sussex Healthcare NHS Trust 'Was Not Brought' policy, including "
                        "escalation to the named nurse after two missed appointments.",
                 "Named Nurse for Safeguarding Children (ESHT)", ["Named Nurse for Safeguarding Children (ESHT)"],
                 "July 2025", "Policy ratified by the ESHT Safeguarding Committee on 24 July 2025 and launched "
                              "through the staff bulletin.", "Green", "2025-07", None),
                ("2.2", "Share the 'Was Not Brought' template with all GP practices and check its use through the "
                        "annual section 11 audit.",
                 "Named GP for Safeguarding Children", ["Named GP for Safeguarding Children"], "Q4 2025/26",
                 "Template shared with practices via the primary care safeguarding forum in September.",
                 "Amber", "2026-03", "Q4 2025/26"),
            ]),
        ]),
        ("Learning theme 2: Hearing the voice of the child and working with fathers", [
            ("Recommendation 3: ESSCP should seek assurance that the lived experience of children, including "
             "babies and pre-verbal children, is recorded and informs decision making.", [
                ("3.1", "Include the voice of the child as a standing question in the 2025/26 multi-agency case "
                        "audit programme.",
                 "ESSCP Business Manager", ["ESSCP Business Manager"], "September 2025",
                 "Question added to the audit tool; first themed audit reported in September.", "Green",
                 "2025-09", None),
                ("3.2", "Develop a practice briefing on understanding the daily lived experience of babies and "
                        "pre-verbal children, and promote it through the ESSCP newsletter and 7-minute briefings.",
                 "Kate Lyons and Marcus Webb", ["Kate Lyons", "Marcus Webb"], "December 2025",
                 "Not yet started – drafting delayed by capacity in the Business Unit.", "Red", "2025-12", None),
            ]),
            ("Recommendation 4: Agencies should routinely identify, assess and involve fathers and male carers, "
             "including those who do not live in the household.", [
                ("4.1", "Add mandatory fields for fathers and male carers to the early help assessment and the MASH "
                        "contact record.",
                 "Head of Early Help / MASH Service Manager", ["Head of Early Help", "MASH Service Manager"],
                 "31/01/2026", "Change request submitted to the Liquidlogic development team.", "Amber",
                 "2026-01", None),
                ("4.2", "Sussex Police to include information about male household members in child "
                        "protection (PVP) referrals to the MASH.",
                 "Detective Chief Inspector – Public Protection (Sussex Police)",
                 ["Detective Chief Inspector – Public Protection (Sussex Police)"], "Ongoing",
                 "Briefing issued to response teams; compliance dip-sampled monthly by the MASH police team.",
                 "Amber", None, "Ongoing"),
            ]),
        ]),
    ]
    rag_hex = {"Green": HEX["green"], "Amber": HEX["amber"], "Red": HEX["red"]}
    rag_status = {"Green": "blue", "Amber": "amber", "Red": "red"}  # key: Green = completed, no blue

    doc = Document()
    landscape(doc)
    doc.add_paragraph("East Sussex Safeguarding Children Partnership").runs[0].bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Review published: 12 June 2025. This plan is monitored by the ESSCP Case Review Subgroup "
                      "and reported to the ESSCP Steering Group.")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Owner", "ESSCP Case Review Subgroup"),
                                ("Approved by", "ESSCP Steering Group, 10 July 2025"),
                                ("Last updated", "14 October 2025"), ("Next review", "January 2026")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Red", "Not started, or significantly off track"),
                                ("Amber", "In progress and on track"),
                                ("Green", "Completed – evidence of impact to be reported to the Case Review "
                                          "Subgroup")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), rag_hex[k])
        set_cell(key.cell(i, 1), v)

    expected = []
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            doc.add_heading(rec, level=2)
            t = doc.add_table(rows=1 + len(acts), cols=6)
            t.style = "Table Grid"
            for c, h in enumerate(["No.", "Action", "Lead", "Target date", "Progress update (October 2025)",
                                   "RAG"]):
                set_cell(t.cell(0, c), h, bold=True)
                shade(t.cell(0, c), "D9E1F2")
            for i, (ref, text, lead_text, lead, tgt, prog, rag, end, end_text) in enumerate(acts, start=1):
                for c, v in enumerate([ref, text, lead_text, tgt, prog, rag]):
                    set_cell(t.cell(i, c), v)
                shade(t.cell(i, 5), rag_hex[rag])
                expected.append(act(ref, [theme, rec], text, lead, end, rag_status[rag], end_text))
            doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Independent Scrutineer", "Dr A. Malik", "10/07/2025"),
                             ("Chair, Case Review Subgroup", "S. Pettifer", "10/07/2025")]):
        for c, v in enumerate(row):
            set_cell(so.cell(i, c), v, bold=(i == 0))
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates the multi-agency action plans that English safeguarding children partnerships publish "
                  "after a Local Child Safeguarding Practice Review (e.g. the LCSPR processes described by "
                  "Buckinghamshire and North East Lincolnshire partnerships; East Sussex Safeguarding Children "
                  "Partnership, Child K, 2025). Copies: partnership line and title, document-control table, a RAG "
                  "key table in which Green means completed (no blue), Heading 1 learning themes, Heading 2 "
                  "recommendation text, and one table per recommendation with numbered actions, lead (job titles "
                  "with agency in brackets, two named people, two posts split by '/'), target date (month, "
                  "dd/mm/yyyy, Q4 2025/26, Ongoing), October progress update and a RAG word on a shaded cell; a "
                  "sign-off table at the end.",
        "reads": "The East Sussex partnership's action plan for the Child K review: two learning themes, four "
                 "recommendations and eight numbered actions, each with lead, target date, progress and RAG. "
                 "Per the plan's own key, Green actions are completed.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Plymouth City Council - Ofsted focused visit action plan (docx, read)
# ---------------------------------------------------------------------------
def plymouth():
    name = "oo1-plymouth-city-council-focused-visit-action-plan.docx"
    title = "Plymouth City Council: Ofsted Focused Visit Action Plan (Care Leavers)"
    afis = [
        ("The quality and timeliness of pathway plans, so that they reflect care leavers' current "
         "circumstances and aspirations.", [
            ("1.1", "Introduce a revised pathway plan template, co-produced with the Care Leavers' Forum, with a "
                    "clear focus on young people's own goals.",
             "Head of Service – Children in Care and Care Leavers",
             ["Head of Service – Children in Care and Care Leavers"], "September 2025",
             "New template live on the case management system; 90% of young people surveyed say their plan "
             "reflects their views.", "Complete", "blue", "2025-09", None),
            ("1.2", "Hold a monthly performance clinic to track pathway plans due and overdue, chaired by the "
                    "Service Manager.",
             "Service Manager (Care Leavers)", ["Service Manager (Care Leavers)"], "Monthly",
             "95% of pathway plans reviewed within timescale.", "G", "green", None, "Monthly"),
            ("1.3", "Carry out a quarterly thematic audit of 15 pathway plans and report the findings to the "
                    "Practice Improvement Board.",
             "Principal Social Worker / Quality Assurance Manager",
             ["Principal Social Worker", "Quality Assurance Manager"], "Quarterly",
             "At least 80% of audited plans graded good or better.", "G", "green", None, "Quarterly"),
        ]),
        ("Care leavers' access to suitable accommodation, particularly for those aged 18 to 21 moving on from "
         "supported accommodation.", [
            ("2.1", "Agree a joint housing protocol for care leavers with Community Connections, including priority "
                    "banding on Devon Home Choice.",
             "Head of Service – Children in Care and Care Leavers; Head of Community Connections",
             ["Head of Service – Children in Care and Care Leavers", "Head of Community Connections"],
             "31 December 2025", "Protocol signed off; no care leaver placed in bed and breakfast.", "A", "amber",
             "2025-12", None),
            ("2.2", "Commission 12 additional supported lodgings placements through the Peninsula framework.",
             "Commissioning Manager (Children)", ["Commissioning Manager (Children)"], "31/03/2026",
             "12 placements available and in use.", "A", "amber", "2026-03", None),
        ]),
        ("The consistency of personal advisers' contact with care leavers aged 21 to 25 who continue to receive a "
         "service.", [
            ("3.1", "Recruit two additional personal advisers so that caseloads are no more than 25.",
             "Team Manager (Personal Advisers)", ["Team Manager (Personal Advisers)"], "November 2025",
             "Average caseload 25 or fewer.", "R", "red", "2025-11", None),
            ("3.2", "Set contact standards for 21 to 25 year olds in the Local Offer and monitor them through the "
                    "supervision template.",
             "Service Manager (Care Leavers)", ["Service Manager (Care Leavers)"], "October 2025",
             "Contact standards met for 85% of 21 to 25 year olds.", "G", "green", "2025-10", None),
        ]),
        ("The take-up of education, employment and training opportunities by care leavers.", [
            ("4.1", "Extend the Virtual School's post-16 offer to care leavers up to 21 in further education, with "
                    "termly progress meetings.",
             "Virtual School Head", ["Virtual School Head"], "Autumn term 2025",
             "NEET rate for 19 to 21 year old care leavers falls below 35%.", "G", "green", "2025-12",
             "Autumn term 2025"),
            ("4.2", "Create 10 ring-fenced apprenticeship and work experience placements for care leavers within the "
                    "council.",
             "Head of HR and Organisational Development", ["Head of HR and Organisational Development"],
             "July 2026", "10 care leavers in council apprenticeships or work placements.", "A", "amber",
             "2026-07", None),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Children, Young People and Families Service")
    doc.add_paragraph("Focused visit: care leavers, 10 and 11 June 2025. Plan owner: Director of Children's "
                      "Services. Version 2 – October 2025.")
    doc.add_paragraph("Ofsted's letter of 8 July 2025 found that services for care leavers have continued to "
                      "improve, and identified the areas for improvement below. This plan sets out what we will do, "
                      "who will lead, and how we will know it has made a difference. Progress is reported to the "
                      "Children's Services Improvement Board every two months.")

    n = sum(len(a) for _, a in afis)
    t = doc.add_table(rows=1 + n, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["Area for improvement", "Ref", "What we will do", "Lead", "By when",
                           "How we will know (measure of success)", "RAG"]):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "BDD7EE")
    rag_hex = {"G": HEX["green"], "A": HEX["amber"], "R": HEX["red"], "Complete": HEX["blue"]}
    expected = []
    r = 1
    for afi, acts in afis:
        first = r
        for (ref, text, lead_text, lead, when, measure, rag, status, end, end_text) in acts:
            for c, v in [(1, ref), (2, text), (3, lead_text), (4, when), (5, measure), (6, rag)]:
                set_cell(t.cell(r, c), v)
            shade(t.cell(r, 6), rag_hex[rag])
            expected.append(act(ref, [afi], text, lead, end, status, end_text))
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
        set_cell(merged, afi, bold=True)
    doc.add_paragraph()
    doc.add_paragraph("RAG: G – on track; A – some slippage, recovery plan in place; R – off track, escalated to "
                      "the Improvement Board; Complete – action completed and evidenced.")
    doc.add_heading("Governance", level=2)
    doc.add_paragraph("The Head of Service – Children in Care and Care Leavers updates this plan monthly. The "
                      "Improvement Board reviews progress every two months and reports to the Cabinet Member for "
                      "Children's Social Care.")
    doc.add_paragraph("Version history").runs[0].bold = True
    vh = doc.add_table(rows=3, cols=3)
    vh.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1", "05/08/2025", "Submitted to Ofsted"),
                             ("2", "14/10/2025", "October progress and RAG ratings added")]):
        for c, v in enumerate(row):
            set_cell(vh.cell(i, c), v, bold=(i == 0))
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates a post-focused-visit action plan that an English unitary council submits to Ofsted "
                  "under the ILACS framework (focused visit areas for improvement answered by actions with lead, "
                  "timescale and measure of success; cf. Herefordshire 'Ofsted Improvement Action Plan' cabinet "
                  "report and ILACS framework on gov.uk). Plymouth City Council, care leavers focused visit, June "
                  "2025. Copies: title paragraph, visit/owner/version lines, intro paragraph, one landscape table "
                  "whose first column holds each area for improvement merged vertically over its actions, refs "
                  "1.1-4.2, job-title leads (two with '/' or ';' between posts), by-when as month, date, "
                  "31/03/2026, Monthly, Quarterly and Autumn term 2025, measure of success, and a shaded RAG cell "
                  "with G/A/R/Complete; RAG key line, governance paragraph and version-history table after it.",
        "reads": "Plymouth's action plan answering four areas for improvement from an Ofsted focused visit on care "
                 "leavers: nine actions, each with a lead, a by-when, a measure of success and a RAG rating.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Blackpool Health and Wellbeing Board - action log (csv, read)
# ---------------------------------------------------------------------------
def blackpool():
    import csv
    import io
    name = "oo1-blackpool-health-and-wellbeing-board-action-log.csv"
    title = "Blackpool Health and Wellbeing Board – Action Log"
    rows = [
        ("HWB/24/14", "11/12/2024", "41/24",
         "Report progress against the Smokefree 2030 action plan, including the vape enforcement work with "
         "Trading Standards.",
         "Tobacco Control Lead", ["Tobacco Control Lead"], "17/09/2025",
         "Deferred from September to the December meeting because of agenda pressures.", "R", "red", "2025-09",
         None),
        ("HWB/25/01", "19/03/2025", "08/25",
         "Circulate the draft Joint Local Health and Wellbeing Strategy priorities to Board members for comment "
         "before the June development session.",
         "Director of Public Health", ["Director of Public Health"], "30/04/2025",
         "Circulated 11 April; comments incorporated into the June draft.", "B", "blue", "2025-04", None),
        ("HWB/25/04", "18/06/2025", "19/25",
         "Submit the Better Care Fund 2025/26 plan to NHS England following sign-off by the Chair under delegated "
         "authority.",
         "Director of Adult Services / ICB Place Director", ["Director of Adult Services", "ICB Place Director"],
         "30/06/2025", "Submitted 27 June; approval letter received 12 August.", "B", "blue", "2025-06", None),
        ("HWB/25/05", "18/06/2025", "21/25",
         "Establish a steering group for the Pharmaceutical Needs Assessment and publish the draft PNA for 60-day "
         "consultation.",
         "Consultant in Public Health (Health Protection)", ["Consultant in Public Health (Health Protection)"],
         "31/10/2025", "Steering group has met twice; consultation opened on 1 October.", "G", "green", "2025-10",
         None),
        ("HWB/25/07", "17/09/2025", "30/25",
         "Bring a report on the Whole Systems Approach to Healthy Weight, including school-based activity, to the "
         "January meeting.\nInclude reception and Year 6 NCMP trends for Blackpool and its statistical "
         "neighbours.",
         "Head of Public Health Programmes", ["Head of Public Health Programmes"], "21/01/2026", "", "",
         "unrated", "2026-01", None),
        ("HWB/25/08", "17/09/2025", "32/25",
         "Share the real-time suicide surveillance dashboard with Board members.",
         "Public Health Intelligence Manager", ["Public Health Intelligence Manager"], "31/10/2025",
         "Data-sharing arrangements being agreed with Lancashire Constabulary.", "A", "amber", "2025-10", None),
        ("HWB/25/09", "17/09/2025", "34/25",
         "Arrange a joint session of the Board and the Children and Young People's Partnership on Family Hubs.",
         "Democratic Governance Adviser and Head of Early Help",
         ["Democratic Governance Adviser", "Head of Early Help"], "TBC",
         "Date to be confirmed with both Chairs.", "G", "green", None, "TBC"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Updated following the meeting on 17 September 2025", "", "", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", "", "", ""])
    w.writerow(["Action ref", "Meeting date", "Minute", "Action", "Lead", "Due date", "Update", "RAG"])
    expected = []
    for (ref, mt, minute, text, lead_text, lead, due, upd, rag, status, end, end_text) in rows:
        w.writerow([ref, mt, minute, text, lead_text, due, upd, rag])
        expected.append(act(ref, [], text, lead, end, status, end_text))
    w.writerow(["", "", "", "", "", "", "", ""])
    w.writerow(["RAG: B = complete (removed after the next meeting); G = on track; A = at risk of slipping; "
                "R = overdue; blank = not yet started", "", "", "", "", "", "", ""])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates the rolling action log that English health and wellbeing boards keep with their "
                  "minutes (cf. Haringey, Slough and BCP board minutes on moderngov; Blackpool Council Health "
                  "and Wellbeing Board, September 2025), exported from Excel to CSV. Copies: title and 'updated "
                  "following' lines, blank line, header row, action refs HWB/yy/nn, meeting date and minute "
                  "number columns, owners as posts (two joined by '/' and 'and'), day-first due dates plus TBC, "
                  "an update column, one action cell with an internal line break (quoted field), a blank RAG for "
                  "an action not yet started, and a RAG key line at the end.",
        "reads": "Blackpool Health and Wellbeing Board's action log after its September 2025 meeting: seven "
                 "actions from meetings between December 2024 and September 2025, each with lead, due date, "
                 "update and B/G/A/R rating.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Mid Suffolk District Council - delivery plan Q2 progress (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def mid_suffolk():
    name = "oo1-mid-suffolk-dc-delivery-plan-q2-2025-26-progress.txt"
    title = "Our Delivery Plan 2025/26 – Quarter 2 Progress Report (July to September 2025)"
    sections = [
        ("Mission 1: Connected and Fairer Society", [
            ("Outcome: Residents who can access excellent services and support", [
                ("M1.1a", "Launch the new customer contact platform with web chat for council tax and benefits "
                          "enquiries", "Corporate Manager – Customer Services", ["Corporate Manager – Customer Services"],
                 "Nov-25", "Green", "Supplier testing complete; soft launch planned for 3 November.", "green",
                 "2025-11", None),
                ("M1.1b", "Deliver the Household Support Fund to eligible households in Mid Suffolk",
                 "Revenues and Benefits Manager", ["Revenues and Benefits Manager"], "31/03/2026", "Green",
                 "£312k of £486k allocated by the end of September.", "green", "2026-03", None),
            ]),
            ("Outcome: Communities that are safe and secure", [
                ("M1.2a", "Review the Public Spaces Protection Order for Stowmarket town centre and consult on its "
                          "renewal", "Community Safety Officer & Licensing Team Leader",
                 ["Community Safety Officer", "Licensing Team Leader"], "Q3 2025/26", "Amber",
                 "Consultation delayed to align with the Suffolk Police neighbourhood survey.", "amber", "2025-12",
                 "Q3 2025/26"),
            ]),
        ]),
        ("Mission 2: Safe and Affordable Housing", [
            ("Outcome: The right homes are delivered in the right places", [
                ("M2.1a", "Prepare the Joint Local Plan Part 2 (site allocations) for submission to the Secretary "
                          "of State", "Strategic Planning Manager", ["Strategic Planning Manager"], "2026/27",
                 "Amber", "Regulation 18 consultation closed; responses being analysed.", "amber", "2027-03",
                 "2026/27"),
                ("M2.1b", "Start on site for 24 council homes at Gipping Road, Great Blakenham",
                 "Head of Housing Delivery", ["Head of Housing Delivery"], "Sep-25", "Complete",
                 "Contractor started on site on 8 September.", "blue", "2025-09", None),
            ]),
            ("Outcome: Homes that are high quality and sustainable", [
                ("M2.2a", "Complete the stock condition survey of all council-owned homes",
                 "Asset Manager (Housing)", ["Asset Manager (Housing)"], "Dec-25", "Green",
                 "78% of homes surveyed.", "green", "2025-12", None),
                ("M2.2b", "Retrofit 60 council homes to EPC C through the Warm Homes: Social Housing Fund",
                 "Sustainability Projects Officer / Asset Manager (Housing)",
                 ["Sustainability Projects Officer", "Asset Manager (Housing)"], "Mar-26", "Red",
                 "Grant offer received late; installer capacity means 35 homes are likely by March.", "red",
                 "2026-03", None),
            ]),
        ]),
        ("Our Foundations", [
            ("Foundation: Ensure financial responsibility and viability", [
                ("F1a", "Publish the audited 2024/25 Statement of Accounts by the statutory backstop date",
                 "Chief Finance Officer (s151)", ["Chief Finance Officer (s151)"], "27/02/2026", "Green",
                 "Draft accounts published 30 June; external audit fieldwork starts in November.", "green",
                 "2026-02", None),
                ("F1b", "Set up the Local Government Reorganisation programme team and report progress to Cabinet",
                 "Director – Corporate Resources", ["Director – Corporate Resources"], "Ongoing", "Green",
                 "Programme manager appointed; monthly reports to Cabinet from October.", "green", None,
                 "Ongoing"),
            ]),
        ]),
    ]
    lines = [
        "Mid Suffolk District Council",
        title,
        "Status key: Complete | Green – on track | Amber – some slippage | Red – significant delay or at risk",
        "",
    ]
    expected = []
    for mission, outcomes in sections:
        lines.append(mission)
        for outcome, acts in outcomes:
            lines.append(outcome)
            lines.append("\t".join(["Ref", "Action", "Lead", "Target date", "Q2 status", "Q2 commentary"]))
            for (ref, text, lead_text, lead, tgt, st, comm, status, end, end_text) in acts:
                lines.append("\t".join([ref, text, lead_text, tgt, st, comm]))
                expected.append(act(ref, [mission, outcome], text, lead, end, status, end_text))
            lines.append("")
    lines.append("Produced by the Performance and Insight Team for Mid Suffolk Cabinet, 9 December 2025.")
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates the quarterly progress report on 'Our Delivery Plan' that Babergh and Mid Suffolk "
                  "District Councils take to Cabinet (missions and outcomes from midsuffolk.gov.uk/delivery-plan; "
                  "'Quarter 2 - 2025/26 Mid Suffolk Performance Report', Mid Suffolk Cabinet 9 December 2025), as "
                  "a tab-separated text export. Copies: council name and title lines, status key line, mission "
                  "heading lines, outcome/foundation sub-heading lines each followed by a repeated header row, "
                  "refs M1.1a etc., job-title leads (two pairs joined by '&' and '/'), target dates as Mmm-yy, "
                  "dd/mm/yyyy, quarter, financial year and Ongoing, status words, commentary, and a footer line.",
        "reads": "Mid Suffolk's Q2 2025/26 progress on its delivery plan: nine actions under two missions and the "
                 "council's foundations, grouped by outcome, each with a lead, target date, status and "
                 "commentary.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    essex()
    west_sussex()
    salford()
    east_sussex()
    plymouth()
    blackpool()
    mid_suffolk()
    print("done")
