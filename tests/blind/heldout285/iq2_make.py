#!/usr/bin/env python3
"""Build the seven iq2- cases of set heldout285 (plans outside children's services).

Each case is defined once below: the raw cell values that go into the file and, beside them,
the reading a person makes of each action (ref, under, action, lead list, end, status).
Running the script writes every data file and its NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------------------------
# 1. Staffordshire County Council - ASC CQC assessment improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------------------------
def staffordshire():
    name = "iq2-staffordshire-county-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care Improvement Plan – Response to CQC Local Authority Assessment"
    QS1 = "QS1 Assessing needs (Theme 1: Working with people)"
    QS2 = "QS2 Supporting people to live healthier lives (Theme 1: Working with people)"
    QS4 = "QS4 Care provision, integration and continuity (Theme 2: Providing support)"
    QS7 = "QS7 Safeguarding (Theme 3: Ensuring safety within the system)"
    QS8 = "QS8 Governance, management and sustainability (Theme 4: Leadership)"
    AFI1 = ("Waiting lists for Care Act assessments and reviews were long in some localities, and "
            "people did not always know how long they would wait or who to contact while waiting.")
    AFI2 = ("Uptake of reablement was lower than comparators and the offer was not consistently "
            "available to people discharged from hospital in the south of the county.")
    AFI4 = ("There was limited availability of nursing and dementia nursing placements in the north "
            "of the county, and some people were placed out of area as a result.")
    AFI7 = ("Safeguarding concerns were not always screened within the 24-hour timescale, and the "
            "quality of Section 42 enquiries was inconsistent.")
    AFI8 = ("Performance information was not used consistently to understand outcomes for people, "
            "and the voice of people with lived experience was not embedded in governance.")
    # (section, afi, ref, action, lead_raw, target, revised, prev, cur, update, measure, expected lead, end)
    groups = [
        (QS1, AFI1, [
            ("1.1", "Introduce a single county-wide waiting list policy with risk-based triage, "
                    "RAG-rated contact at least every 8 weeks and a named contact for each person waiting.",
             "Assistant Director – Adult Social Care Operations", D(2025, 6, 30), D(2025, 9, 30),
             "amber", "blue",
             "Policy approved at DMT 16/09/2025 and live in all localities. Waiting list contact "
             "compliance 94% in December.",
             "All people waiting have a named contact; contact compliance above 90%.",
             ["Assistant Director – Adult Social Care Operations"], "2025-09"),
            ("1.2", "Commission additional occupational therapy assessment capacity to clear the "
                    "backlog of people waiting more than 6 months for an OT assessment.",
             "Head of Occupational Therapy; Head of Commissioning (Community Services)",
             D(2025, 12, 31), D(2026, 3, 31), "green", "amber",
             "Interim provider mobilised in November; backlog reduced from 412 to 268. Date revised "
             "due to recruitment delays.",
             "No one waiting more than 6 months for an OT assessment.",
             ["Head of Occupational Therapy", "Head of Commissioning (Community Services)"], "2026-03"),
            ("1.3", "Redesign the annual review process so that reviews of stable packages can be "
                    "completed by trained review officers, freeing social work capacity for complex cases.",
             "Principal Social Worker", D(2026, 3, 31), None, "amber", "green",
             "Review officer role evaluated; 6 of 8 posts recruited. Training starts January.",
             "85% of people receive an annual review.",
             ["Principal Social Worker"], "2026-03"),
        ]),
        (QS2, AFI2, [
            ("2.1", "Extend the in-house reablement service to seven-day working in the South "
                    "Staffordshire and Cannock localities.",
             "Head of Reablement and Independence Services", D(2025, 10, 31), None, "amber", "red",
             "Consultation on weekend rotas extended; seven-day working not yet in place. Exception "
             "report to Improvement Board in January.",
             "Reablement offered 7 days a week in all localities.",
             ["Head of Reablement and Independence Services"], "2025-10"),
        ]),
        (QS4, AFI4, [
            ("4.1", "Complete a market position statement refresh with specific sufficiency targets "
                    "for nursing and dementia nursing beds by district.",
             "Head of Commissioning (Care Markets)", D(2025, 7, 31), None, "green", "blue",
             "Market position statement published July 2025.",
             "MPS published with district sufficiency targets.",
             ["Head of Commissioning (Care Markets)"], "2025-07"),
            ("4.2", "Agree a block contract with providers in Newcastle-under-Lyme and Staffordshire "
                    "Moorlands for 40 dementia nursing beds, with a step-down from out-of-area "
                    "placements where people and families choose to move.",
             "Head of Commissioning (Care Markets) / Head of Finance – Health and Care",
             D(2026, 1, 31), D(2026, 6, 30), "amber", "amber",
             "Tender evaluation complete for 24 beds; second lot to be re-advertised.",
             "Out-of-area nursing placements reduced by 50%.",
             ["Head of Commissioning (Care Markets)", "Head of Finance – Health and Care"], "2026-06"),
        ]),
        (QS7, AFI7, [
            ("7.1", "Restructure the Safeguarding Adults Hub front door so that all concerns are "
                    "screened by a qualified practitioner within one working day.",
             "Head of Safeguarding Adults", D(2025, 8, 31), None, "green", "blue",
             "New hub structure live from 1 August 2025; 97% of concerns screened within one working day.",
             "95% of concerns screened within 24 hours.",
             ["Head of Safeguarding Adults"], "2025-08"),
            ("7.2", "Implement a monthly multi-agency audit of Section 42 enquiries with findings "
                    "reported to the Staffordshire and Stoke-on-Trent Safeguarding Adults Board.",
             "Head of Safeguarding Adults / Principal Social Worker", D(2026, 2, 28), None,
             "amber", "green",
             "Audit tool agreed with SSASPB partners; first two audits completed (Nov, Dec).",
             "Audit findings reported to the Board quarterly.",
             ["Head of Safeguarding Adults", "Principal Social Worker"], "2026-02"),
        ]),
        (QS8, AFI8, [
            ("8.1", "Launch an ASC performance dashboard with outcome measures reported quarterly to "
                    "the ASC Improvement Board and Cabinet Member.",
             "Head of Business Intelligence (Health and Care)", D(2025, 9, 30), D(2025, 11, 30),
             "amber", "blue",
             "Dashboard live in Power BI from November 2025; Q2 report taken to Cabinet Member briefing.",
             "Quarterly outcome reporting in place.",
             ["Head of Business Intelligence (Health and Care)"], "2025-11"),
            ("8.2", "Establish a Lived Experience Advisory Group with paid expert-by-experience "
                    "members and a standing item at the ASC Improvement Board.",
             "Director of Health and Care", D(2026, 4, 30), None, "green", None,
             "Not yet started – terms of reference being drafted with Healthwatch Staffordshire.",
             "Group meeting bi-monthly; standing item on Board agenda.",
             ["Director of Health and Care"], "2026-04"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Staffordshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16, color="1F3864")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Owner", "Director of Health and Care"), ("Version", "2.3"),
            ("Date", "20/01/2026"),
            ("Reported to", "Health and Care Overview and Scrutiny Committee – 2 February 2026"),
            ("CQC assessment report published", "14 March 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Summary of changes"),
            ("1.0", "30/04/2025", "Plan agreed by ASC Improvement Board"),
            ("2.0", "15/09/2025", "Q2 progress; revised dates agreed"),
            ("2.3", "20/01/2026", "Q3 progress update")]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = ws.cell(i, j, v)
            c.border = BORDER
            if i == 12:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 40

    # Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – Q3 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Quality statement", "Actions", "Complete", "On track", "Some slippage", "Off track",
           "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BORDER
    r = 4
    tot = [0] * 6
    for sec, _afi, acts in groups:
        cur = [a[6] for a in acts]
        counts = [len(acts), cur.count("blue"), cur.count("green"), cur.count("amber"),
                  cur.count("red"), cur.count(None)]
        sm.cell(r, 1, sec.split(" (")[0]).border = BORDER
        for j, v in enumerate(counts, start=2):
            sm.cell(r, j, v).border = BORDER
        tot = [a + b for a, b in zip(tot, counts)]
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BORDER
    sm.column_dimensions["A"].width = 48

    # Action plan sheet
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=14)
    ap.merge_cells("A1:J1")
    ap["A2"] = "Position as at 31 December 2025. RAG shown by cell colour – see Key tab."
    ap["A2"].font = Font(italic=True)
    ap.merge_cells("A2:J2")
    heads = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer", "Target date",
             "Revised date", "Previous RAG (Sep 25)", "Current RAG (Dec 25)", "Progress update",
             "Measure of success"]
    for j, h in enumerate(heads, start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    expected = []
    for sec, afi, acts in groups:
        c = ap.cell(r, 1, sec)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ap.cell(r, j).fill = fill("D9E1F2")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, text, lead, tgt, rev, prev, cur, upd, meas, elead, end) in acts:
            ap.cell(r, 1, ref)
            ap.cell(r, 3, text)
            ap.cell(r, 4, lead)
            ap.cell(r, 5, tgt).number_format = "dd/mm/yyyy"
            if rev is not None:
                ap.cell(r, 6, rev).number_format = "dd/mm/yyyy"
            if prev:
                ap.cell(r, 7).fill = fill(RAG_HEX[prev])
            if cur:
                ap.cell(r, 8).fill = fill(RAG_HEX[cur])
            ap.cell(r, 9, upd)
            ap.cell(r, 10, meas)
            for j in range(1, 11):
                ap.cell(r, j).alignment = WRAP
                ap.cell(r, j).border = BORDER
            expected.append(act(ref, [sec, afi], text, elead, end, cur or "unrated"))
            r += 1
        ap.cell(first, 2, afi).alignment = WRAP
        if r - 1 > first:
            ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ap.cell(r, 1, "Note: revised dates were agreed by the ASC Improvement Board on 10 December 2025. "
                  "Actions rated Blue will be removed from the plan at the next refresh.").font = \
        Font(italic=True)
    widths = [7, 40, 55, 32, 12, 12, 11, 11, 45, 32]
    for j, w in enumerate(widths, start=1):
        ap.column_dimensions[chr(64 + j)].width = w
    ap.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Complete – action delivered and evidenced"),
            ("green", "On track to meet target date"),
            ("amber", "Some slippage – risk to target date, mitigation in place"),
            ("red", "Off track – target date missed or will be missed"),
            (None, "No colour – not yet started")], start=3):
        if col:
            key.cell(i, 1).fill = fill(RAG_HEX[col])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60

    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a county council's adult social care improvement plan written after its "
                   "CQC local authority assessment (2025), as reported to cabinet/scrutiny by councils "
                   "such as Bath & North East Somerset (democracy.bathnes.gov.uk, ASC Improvement Plan "
                   "progress update, 2025), organised by the CQC's four themes and nine quality "
                   "statements (LGA 'What does good look like' analysis). Copied features: cover sheet "
                   "with document control and version history, summary sheet of RAG counts with a total "
                   "row, quality-statement section rows, the CQC area for improvement in a merged cell "
                   "beside its actions, job titles as leads (some two posts), target and revised dates, "
                   "previous and current RAG shown only by cell fill, a key tab and a notes line."),
        "reads": ("A workbook with cover, summary and key sheets and one 'Action Plan' sheet. Ten "
                  "numbered actions sit under five quality-statement rows, each group beside the CQC "
                  "area for improvement it answers; the current RAG is the fill colour of the 'Current "
                  "RAG' cell (blue = complete per the key, blank = not started) and the revised date, "
                  "where given, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 2. London Borough of Redbridge - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def redbridge():
    name = "iq2-redbridge-council-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Redbridge – Internal Audit Recommendations Tracker"
    G1 = "IA 24/25-08 Temporary Accommodation – Nightly Paid Placements (Limited Assurance)"
    G2 = "IA 24/25-14 Payroll – Starters, Leavers and Variations (Reasonable Assurance)"
    G3 = "IA 25/26-03 Cyber Security – Patch Management (Limited Assurance)"
    STATUS_FILL = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    STATUS_READ = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                   "Not started": "unrated"}
    # (rec, priority, recommendation, action, officer_raw, original, revised, status, comment, lead, end)
    groups = [
        (G1, [
            (1, "High",
             "Nightly-paid accommodation invoices should be matched to the placements recorded on the "
             "housing system before payment is authorised.",
             "Introduce a weekly reconciliation between the housing system placements report and "
             "supplier invoices, with exceptions signed off by the Temporary Accommodation Manager "
             "before payment.",
             "Temporary Accommodation Manager", D(2025, 3, 31), D(2025, 9, 30), "Complete",
             "Verified – sample of 20 invoices tested in November 2025, all reconciled.",
             ["Temporary Accommodation Manager"], "2025-09"),
            (2, "High",
             "The Council should hold signed terms and conditions and current safety certificates for "
             "all nightly-paid providers.",
             "Issue the pan-London terms and conditions to all 38 active providers and hold gas, "
             "electrical and fire safety certificates centrally; suspend new placements with any "
             "provider that has not returned documents within 28 days.",
             "Head of Housing Needs & Homelessness / Procurement Category Manager (People)",
             D(2025, 6, 30), D(2026, 3, 31), "Amber",
             "31 of 38 providers compliant. Revised date agreed by Corporate Director.",
             ["Head of Housing Needs & Homelessness", "Procurement Category Manager (People)"],
             "2026-03"),
            (3, "Medium",
             "Officers' authorisation limits on the payments system should reflect the scheme of "
             "delegation.",
             "Review and reset the approval hierarchies in the finance system for all temporary "
             "accommodation cost centres.",
             "Housing Finance Business Partner", D(2025, 5, 31), None, "Red",
             "Target date missed; no evidence received. Escalated to Corporate Director.",
             ["Housing Finance Business Partner"], "2025-05"),
        ]),
        (G2, [
            (1, "Medium",
             "Leavers should be processed before their final pay date to prevent overpayments.",
             "Introduce an automated leaver notification from the HR/payroll system when a manager "
             "submits a resignation, with a monthly overpayment report to HR Business Partners.",
             "Payroll Manager", D(2025, 8, 31), None, "Complete",
             "Verified – workflow live from July 2025.",
             ["Payroll Manager"], "2025-08"),
            (2, "Medium",
             "Variations to pay should be independently checked before the payroll is run.",
             "Introduce a 10% sample pre-payroll check of all variations over £500 by a second "
             "payroll officer, with evidence retained.",
             "Payroll Manager; HR Systems Lead", "Q3 2025/26", None, "Green",
             "Checklist drafted; sample checks started in December payroll.",
             ["Payroll Manager", "HR Systems Lead"], "2025-12"),
        ]),
        (G3, [
            (1, "High",
             "Critical security patches should be applied within the timescales set in the "
             "Council's patching policy.",
             "Deploy automated patch compliance reporting with monthly exception reports to the "
             "Information Governance Board.",
             "Head of ICT Infrastructure", D(2025, 12, 31), None, "Green",
             "Reporting in test; first report to IGB in January 2026.",
             ["Head of ICT Infrastructure"], "2025-12"),
            (2, "High",
             "Unsupported operating systems should be removed from the network or isolated.",
             "Decommission or isolate the 14 remaining Windows Server 2012 R2 servers identified in "
             "the audit.",
             "Head of ICT Infrastructure", D(2025, 10, 31), D(2026, 3, 31), "Amber",
             "9 of 14 servers decommissioned; 5 depend on the legacy revenues system.",
             ["Head of ICT Infrastructure"], "2026-03"),
            (3, "Medium",
             "The patching policy should cover third-party applications and network devices.",
             "Update the Patching Policy to include third-party applications and network devices "
             "and present it to the Information Governance Board for approval.",
             "Information Security Manager", D(2026, 2, 28), None, "Not started", "",
             ["Information Security Manager"], "2026-02"),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary for Audit & Governance Committee, 29 January 2026"
    hdr = ["Audit", "Actions agreed", "Complete", "Outstanding", "Overdue"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BORDER
    r = 5
    tot = [0, 0, 0, 0]
    for g, recs in groups:
        st = [x[7] for x in recs]
        vals = [len(recs), st.count("Complete"), len(recs) - st.count("Complete"), st.count("Red")]
        sm.cell(r, 1, g).border = BORDER
        for j, v in enumerate(vals, start=2):
            sm.cell(r, j, v).border = BORDER
        tot = [a + b for a, b in zip(tot, vals)]
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        sm.cell(r, j, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 80

    ws = wb.create_sheet("Outstanding Actions")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 9 January 2026 – High and Medium priority recommendations"
    ws["A3"] = ("Status key: Complete – implemented and verified by Internal Audit | Green – on track | "
                "Amber – at risk of slipping | Red – target date missed | Not started")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Rec No.", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date", "Status",
             "Internal Audit follow-up comment"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BFBFBF")
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    expected = []
    for g, recs in groups:
        ws.cell(r, 1, g).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = fill("E7E6E6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (no, pri, rec, action, off, orig, rev, st, com, lead, end) in recs:
            vals = [no, pri, rec, action, off, orig, rev, st, com]
            for j, v in enumerate(vals, start=1):
                if v is None or v == "":
                    c = ws.cell(r, j)
                else:
                    c = ws.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c.alignment = WRAP
                c.border = BORDER
            if st in STATUS_FILL:
                ws.cell(r, 8).fill = fill(STATUS_FILL[st])
            expected.append(act(str(no), [g, rec], action, lead, end, STATUS_READ[st]))
            r += 1
    r += 1
    ws.cell(r, 1, "Actions marked Complete will be removed from the tracker once reported to "
                  "Committee.").font = Font(italic=True)
    for j, w in enumerate([8, 9, 42, 52, 30, 13, 13, 12, 40], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a London borough's internal audit follow-up report to its Audit & "
                   "Governance Committee (2025/26), in the style of council internal audit "
                   "recommendation trackers: a summary sheet of actions agreed/complete/outstanding "
                   "per audit with a total row, then a sheet of outstanding actions grouped by audit "
                   "(audit reference, title and assurance opinion in a merged grey row), with priority, "
                   "recommendation, agreed management action, responsible officer (some two posts), "
                   "original and revised target dates, a worded status with fill colour, a status key "
                   "line and a closing note."),
        "reads": ("The first sheet is a summary table only. The 'Outstanding Actions' sheet lists "
                  "eight agreed management actions under three audit heading rows; each row's "
                  "recommendation is the text the action answers. Status words are defined by the "
                  "key (Complete, Green, Amber, Red, Not started) and the revised target date, where "
                  "there is one, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 3. Hammersmith & Fulham - corporate risk register Q3 2025/26 with a mistyped month (refuse)
# ---------------------------------------------------------------------------------------------
def hammersmith():
    name = ("iq2-hammersmith-fulham-council-corporate-risk-register-q3-2025-26-"
            "typo-month-refuse.xlsx")
    title = "London Borough of Hammersmith & Fulham – Corporate Risk Register"
    risks = [
        ("CRR01", "Financial resilience – the Council is unable to set a balanced budget over the "
                  "MTFS period because of demand pressures in temporary accommodation and adult "
                  "social care.", "Strategic Director of Finance", "4 x 4 = 16", "↔", [
            ("Deliver the 2026/27 savings programme and report progress monthly to the Strategic "
             "Leadership Team.", "Director of Finance", "31 March 2026"),
            ("Refresh the reserves strategy and present it to Cabinet with the 2026/27 budget.",
             "Chief Accountant", "28 February 2026")], "12"),
        ("CRR02", "Cyber security – a successful cyber attack disrupts council services and leads to "
                  "loss of personal data.", "Chief Information Officer", "4 x 5 = 20", "↑", [
            ("Complete the Cyber Assessment Framework self-assessment and deliver the priority "
             "improvement actions.", "Chief Information Officer", "30 June 2026"),
            ("Run a council-wide phishing simulation with targeted training for high-risk users.",
             "Information Security Manager", "31 January 2026")], "15"),
        ("CRR03", "Housing compliance and building safety – the Council fails to meet statutory "
                  "landlord health and safety duties, putting residents at risk.",
         "Strategic Director of Housing", "3 x 5 = 15", "↓", [
            ("Complete all outstanding high-risk fire risk assessment remedial actions across the "
             "housing stock.", "Director of Housing Property", "31 March 2026"),
            ("Achieve 100% valid electrical safety certificates (EICR) for tenanted homes.",
             "Head of Building Safety", "30 September 2026")], "10"),
        ("CRR04", "Workforce – the Council cannot recruit and retain staff in hard-to-fill roles, "
                  "affecting service quality and increasing agency spend.",
         "Director of People and Talent", "4 x 3 = 12", "↔", [
            ("Launch the refreshed recruitment and retention package for social work, surveying "
             "and planning posts.", "Director of People and Talent", "28 Febuary 2026"),
            ("Reduce agency spend by 15% against the 2024/25 baseline.",
             "Head of Workforce Strategy", "31 March 2026")], "8"),
        ("CRR05", "Adult safeguarding – a failure in safeguarding practice results in serious harm "
                  "to an adult with care and support needs.",
         "Strategic Director of Social Care", "3 x 5 = 15", "↔", [
            ("Embed the revised adult safeguarding front door with screening of all concerns within "
             "one working day.", "Head of Safeguarding Adults", "30 April 2026")], "10"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2025/26 (October – December 2025) – reported to Audit Committee, "
                "26 January 2026")
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Current score (L x I)",
             "Direction of travel", "Further actions required", "Action owner", "Target date",
             "Target score"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00264D")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    typo_row = None
    for ref, desc, owner, score, dot, actions, target in risks:
        first = r
        for text, aowner, date in actions:
            ws.cell(r, 6, text)
            ws.cell(r, 7, aowner)
            ws.cell(r, 8, date)
            if "Febuary" in date:
                typo_row = r
            for j in range(1, 10):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BORDER
            r += 1
        for j, v in zip((1, 2, 3, 4, 5, 9), (ref, desc, owner, score, dot, target)):
            ws.cell(first, j, v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        sc = int(score.split("= ")[1])
        ws.cell(first, 4).fill = fill("FF0000" if sc >= 15 else "FFC000")
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (L) x Impact (I), each 1–5. Red 15–25, Amber 8–14, "
                  "Green 1–7.").font = Font(italic=True)
    for j, w in enumerate([9, 50, 26, 12, 10, 50, 28, 16, 10], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    hm = wb.create_sheet("Risk matrix")
    hm["A1"] = "Current risk profile – Q3 2025/26"
    hm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Red (15–25)", 4), ("Amber (8–14)", 1), ("Green (1–7)", 0),
                                ("Total corporate risks", 5)], start=3):
        hm.cell(i, 1, k)
        hm.cell(i, 2, v)
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row
    write_yaml(name, {
        "source": ("Imitates a London borough's quarterly corporate risk register as appended to "
                   "Audit Committee papers (Q3 2025/26): title and quarter line, one block per risk "
                   "with risk reference, description, owner, L x I score with fill and direction-of-"
                   "travel arrow in cells merged down over its further actions, each action with its "
                   "owner and target date, a scoring note and a second 'Risk matrix' summary sheet."),
        "reads": ("Five corporate risks, each with one or two further actions, owners and target "
                  "dates written as full dates ('31 March 2026'). The target date of CRR04's first "
                  "action on sheet row 11 reads '28 Febuary 2026', a mistyped month, so a careful "
                  "reader would stop and ask rather than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def header_row(table, heads, colour="1F3864"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_text(c, h, bold=True)
        shade(c, colour)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------------------------
# 4. Bridgend CBC - Audit Wales financial sustainability review organisational response (docx)
# ---------------------------------------------------------------------------------------------
def bridgend():
    name = ("iq2-bridgend-cbc-audit-wales-financial-sustainability-review-"
            "organisational-response.docx")
    title = ("Audit Wales Financial Sustainability Review – Organisational Response and Progress "
             "Update")
    P1 = "Part 1: Local report recommendations"
    P2 = "Part 2: Recommendations from the national summary report"
    R1 = ("The Council should strengthen its medium-term financial planning by modelling a wider "
          "range of scenarios, including pessimistic assumptions for pay, inflation and demand, and "
          "by setting out the impact of each on its funding gap.")
    R2 = ("The Council should develop a multi-year savings plan that identifies how the funding gap "
          "over the MTFS period will be closed, with savings proposals developed earlier in the "
          "budget cycle.")
    R3 = ("The Council should strengthen its reporting on the use of reserves, setting out for "
          "members the planned use of earmarked reserves and the risk of reserves falling below the "
          "minimum level set out in its reserves policy.")
    N1 = ("Councils should make sure their financial strategies are aligned to their well-being "
          "objectives and corporate plans, so that resources are directed to agreed priorities.")
    N2 = ("Councils should make better use of benchmarking and cost information to identify "
          "opportunities to improve value for money.")
    CO = "Chief Officer – Finance, Housing and Change"
    ST = {"Complete": ("blue", "9DC3E6"), "On track": ("green", "A9D08E"),
          "Amber": ("amber", "FFD966"), "Red": ("red", "FF7C80")}
    part1 = [
        (R1, [
            ("R1.1", "Extend the MTFS model to include best, central and worst-case scenarios for "
                     "pay awards, energy and demand-led pressures, and report these to Cabinet with "
                     "the draft budget.", "February 2025", CO, "Complete", [CO], "2025-02", None),
            ("R1.2", "Hold an annual member workshop on the MTFS assumptions ahead of budget "
                     "consultation.", "October 2025", "Deputy Head of Finance", "Complete",
             ["Deputy Head of Finance"], "2025-10", None),
        ]),
        (R2, [
            ("R2.1", "Introduce a three-year savings pipeline, with directorate proposals developed "
                     "by July each year and tracked through the Budget Research and Evaluation "
                     "Panel.", "July 2025", CO + " / Corporate Directors", "Complete",
             [CO, "Corporate Directors"], "2025-07", None),
            ("R2.2", "Establish a transformation programme with business cases for the larger "
                     "savings (digital customer contact, accommodation rationalisation and "
                     "home-to-school transport).", "September 2025 – March 2027", "Chief Executive",
             "On track", ["Chief Executive"], "2027-03", None),
        ]),
        (R3, [
            ("R3.1", "Add a reserves forecast and an assessment against the minimum level to the "
                     "quarterly revenue budget monitoring reports to Cabinet.", "31/03/2026",
             "Deputy Head of Finance", "On track", ["Deputy Head of Finance"], "2026-03", None),
            ("R3.2", "Review all earmarked reserves annually, releasing those no longer required, "
                     "and report the outcome to Governance and Audit Committee.", "Ongoing", CO,
             "On track", [CO], None, "Ongoing"),
        ]),
    ]
    part2 = [
        (N1, [
            ("N1.1", "Align the 2026-27 budget and MTFS with the refreshed Corporate Plan delivery "
                     "plan, showing the resources allocated to each well-being objective.",
             "March 2026", CO + "; Corporate Policy and Public Affairs Manager", "Amber",
             [CO, "Corporate Policy and Public Affairs Manager"], "2026-03", None),
        ]),
        (N2, [
            ("N2.1", "Produce an annual cost and benchmarking pack for each directorate and use it "
                     "to inform the savings pipeline.", "Q4 2025/26",
             "Group Manager – Budget Management", "On track",
             ["Group Manager – Budget Management"], "2026-03", None),
        ]),
    ]
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Bridgend County Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Appendix B – Governance and Audit Committee, 20 November 2025")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Report title", "Financial Sustainability Review – Bridgend County Borough Council"),
                 ("Issued by Audit Wales", "September 2024"),
                 ("Management response agreed", "Corporate Management Board, 15 January 2025"),
                 ("Progress position as at", "31 October 2025"),
                 ("Overall status", "3 complete, 4 on track, 1 amber")]:
        row = dc.add_row()
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9E2F3")
        set_text(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Audit Wales made three recommendations to the Council in its local report, and two "
        "further recommendations for all councils in its national summary report. The tables below "
        "set out the Council's response to each recommendation, the actions agreed, and progress "
        "to date.")
    heads = ["Ref", "Recommendation", "Organisational response / action", "Completion date",
             "Responsible officer", "Status"]
    expected = []
    for part, recs, intro in [(P1, part1, None),
                              (P2, part2, "The Auditor General's national summary report made two "
                                          "recommendations for all councils. The Council's response "
                                          "is below.")]:
        doc.add_heading(part, level=1)
        if intro:
            doc.add_paragraph(intro)
        n = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "1F4E79")
        i = 1
        for rec, acts in recs:
            first = i
            for (ref, text, date, lead_raw, st, lead, end, end_text) in acts:
                cells = t.rows[i].cells
                set_text(cells[0], ref)
                set_text(cells[2], text)
                set_text(cells[3], date)
                set_text(cells[4], lead_raw)
                set_text(cells[5], st)
                shade(cells[5], ST[st][1])
                expected.append(act(ref, [part, rec], text, lead, end, ST[st][0], end_text))
                i += 1
            if i - 1 > first:
                merged = t.cell(first, 1).merge(t.cell(i - 1, 1))
            else:
                merged = t.cell(first, 1)
            set_text(merged, rec)
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing to the "
                      "agreed date; Amber – risk of slippage; Red – not progressing.")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a Welsh council's Governance and Audit Committee appendix giving its "
                   "organisational (management) response to an Audit Wales local performance audit "
                   "report and progress against it (cf. Bridgend and Neath Port Talbot G&A Committee "
                   "items on Audit Wales reports and management responses, 2023-2025, including the "
                   "2024 financial sustainability reviews). Copied features: council name line and "
                   "title, committee appendix line, a two-column document-control table, an intro "
                   "paragraph, one table per part (local report, national report) with columns Ref / "
                   "Recommendation / Organisational response / Completion date / Responsible officer / "
                   "Status, the recommendation cell merged down over its actions, job titles as "
                   "officers (some two posts), a date period, 'Ongoing', a quarter, shaded status "
                   "cells and a status key paragraph."),
        "reads": ("After a document-control table, two parts each have a table of actions: eight "
                  "actions (R1.1–R3.2 and N1.1, N2.1), each under its part heading and the Audit "
                  "Wales recommendation in the merged cell to its left. Status words follow the key "
                  "(Complete = blue); 'Ongoing' has no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 5. Cyngor Gwynedd - CIW care home inspection improvement plan (docx, a table per notice)
# ---------------------------------------------------------------------------------------------
def gwynedd():
    name = "iq2-cyngor-gwynedd-ciw-care-home-inspection-improvement-plan.docx"
    title = "Bryn Eithin Residential Home – Improvement Plan following CIW Inspection"
    PAN1 = "Priority Action Notice 1: Regulation 58 – Medicines"
    PAN1T = ("The service provider must ensure that medicines are stored and administered safely, "
             "in line with the prescriber's instructions, and that medication administration "
             "records are accurate and complete.")
    PAN2 = "Priority Action Notice 2: Regulation 35 – Fitness of staff"
    PAN2T = ("The service provider must ensure that full employment checks, including a current DBS "
             "certificate and two references, are in place before staff start work.")
    AFI = "Areas for Improvement"
    A16 = ("Regulation 16 – Personal plans are not always reviewed with the individual or their "
           "representative at least every three months.")
    A36 = "Regulation 36 – Care staff do not receive supervision at the required frequency."
    A80 = ("Regulation 80 – The quality of care review does not include feedback from residents, "
           "relatives and staff.")
    RAG = {"Complete": ("blue", "9DC3E6"), "Green": ("green", "A9D08E"),
           "Amber": ("amber", "FFD966"), "Red": ("red", "FF7C80"), "": ("unrated", None)}
    pans = [
        (PAN1, PAN1T, [
            ("1.1", "Complete a full audit of MAR charts and medicines stock, and return all unused "
                    "and out-of-date medicines to the pharmacy.", "Registered Manager",
             "By 30 June 2025", "Audit completed 20/06/25; returns made to pharmacy.", "Complete",
             ["Registered Manager"], "2025-06", None),
            ("1.2", "All staff who administer medicines to complete refreshed medication training "
                    "and a competency assessment observed by a senior.",
             "Deputy Manager / Workforce Development Officer", "31/08/2025",
             "22 of 24 staff completed; 2 staff on long-term leave will complete on return.",
             "Amber", ["Deputy Manager", "Workforce Development Officer"], "2025-08", None),
            ("1.3", "Introduce a weekly medication audit by the senior on duty, with a monthly audit "
                    "by the Registered Manager reported to the Responsible Individual.",
             "Registered Manager", "Weekly", "Weekly audits in place since July.", "Green",
             ["Registered Manager"], None, "Weekly"),
        ]),
        (PAN2, PAN2T, [
            ("2.1", "Check every staff file against the Regulation 35 checklist and obtain any "
                    "missing references or DBS certificates.", "Registered Manager; HR Adviser",
             "31 July 2025", "All 31 files checked; 4 missing references obtained.", "Complete",
             ["Registered Manager", "HR Adviser"], "2025-07", None),
            ("2.2", "Introduce a pre-start sign-off form so that no new starter can be placed on the "
                    "rota until HR confirms all checks are received.", "Senior HR Business Partner",
             "September 2025", "Form in use from 1 September 2025.", "Complete",
             ["Senior HR Business Partner"], "2025-09", None),
        ]),
    ]
    afis = [
        (A16, [
            ("3.1", "Introduce a three-monthly review calendar for each resident, with the resident "
                    "and their family invited to each review and their views recorded.",
             "Deputy Manager", "October 2025 – January 2026", "Green", ["Deputy Manager"],
             "2026-01", None),
        ]),
        (A36, [
            ("4.1", "Set up a supervision matrix so that every care worker receives formal "
                    "supervision at least quarterly, monitored monthly by the Registered Manager.",
             "Registered Manager", "30/11/25", "Green", ["Registered Manager"], "2025-11", None),
            ("4.2", "Train two senior care workers as supervisors to share the supervision load.",
             "Workforce Development Officer", "December 2025", "",
             ["Workforce Development Officer"], "2025-12", None),
        ]),
        (A80, [
            ("5.1", "Carry out a resident, relative and staff survey and include the findings in the "
                    "six-monthly quality of care report.", "Responsible Individual", "March 2026",
             "Green", ["Responsible Individual"], "2026-03", None),
        ]),
    ]
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Gwynedd – Adran Oedolion, Iechyd a Llesiant / Adults, Health and "
                  "Well-being Department")
    r.bold = True
    doc.add_heading(title, level=0)
    p = doc.add_paragraph()
    r = p.add_run("Cynllun Gwella yn dilyn arolygiad Arolygiaeth Gofal Cymru")
    r.italic = True
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Bryn Eithin – residential care home for older people (28 places)"),
                 ("Responsible Individual", "Head of Adults, Health and Well-being Department"),
                 ("Inspection", "Unannounced full inspection, 3 and 4 June 2025"),
                 ("Report published", "22 July 2025"),
                 ("Plan updated", "6 October 2025")]:
        row = info.add_row()
        set_text(row.cells[0], k, bold=True)
        set_text(row.cells[1], v)
    doc.add_paragraph()
    expected = []
    heads = ["No.", "Action", "Lead", "Timescale", "Progress", "RAG"]
    for pan, pant, acts in pans:
        doc.add_heading(pan, level=1)
        doc.add_paragraph(pant)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "C00000")
        for i, (ref, text, lead_raw, date, prog, rag, lead, end, end_text) in enumerate(acts, 1):
            cells = t.rows[i].cells
            for c, v in zip(cells, [ref, text, lead_raw, date, prog, rag]):
                set_text(c, v)
            if RAG[rag][1]:
                shade(cells[5], RAG[rag][1])
            expected.append(act(ref, [pan, pant], text, lead, end, RAG[rag][0], end_text))
        doc.add_paragraph()
    doc.add_heading(AFI, level=1)
    doc.add_paragraph("CIW identified the following areas for improvement. These will be followed "
                      "up at the next inspection.")
    n = sum(len(a) for _, a in afis)
    t = doc.add_table(rows=1 + n, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Area for improvement", "No.", "Action", "Lead", "Timescale", "RAG"], "2F5496")
    i = 1
    for afi, acts in afis:
        first = i
        for (ref, text, lead_raw, date, rag, lead, end, end_text) in acts:
            cells = t.rows[i].cells
            for c, v in zip(cells[1:], [ref, text, lead_raw, date, rag]):
                set_text(c, v)
            if RAG[rag][1]:
                shade(cells[5], RAG[rag][1])
            expected.append(act(ref, [AFI, afi], text, lead, end, RAG[rag][0], end_text))
            i += 1
        merged = t.cell(first, 0).merge(t.cell(i - 1, 0)) if i - 1 > first else t.cell(first, 0)
        set_text(merged, afi)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = completed and evidenced; Green = on track; Amber = started "
                      "but behind timescale; Red = not started and overdue.")
    doc.add_paragraph("Approved by: Responsible Individual, 6 October 2025")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a Welsh local authority's improvement plan for one of its own registered "
                   "care homes after a Care Inspectorate Wales inspection (2025), answering CIW "
                   "Priority Action Notices and Areas for Improvement set against the Regulated "
                   "Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017 "
                   "(regs 16, 35, 36, 58, 80). Copied features: bilingual department line and Welsh "
                   "subtitle, a service-information table, one heading, CIW requirement paragraph and "
                   "action table per Priority Action Notice, a single Areas for Improvement table with "
                   "the area merged down its first column, posts as leads (some two), a 'Weekly' "
                   "timescale, a date period, shaded RAG cells (one blank), a RAG key and sign-off line."),
        "reads": ("Nine numbered actions: two Priority Action Notice sections, each a heading with "
                  "the CIW requirement paragraph above its action table, then an Areas for "
                  "Improvement table whose merged first column gives the regulation finding each "
                  "action answers. 'Complete' is blue, a blank RAG is not started, and 'Weekly' has "
                  "no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 6. Waltham Forest Council - RSH consumer standards housing improvement plan (csv export)
# ---------------------------------------------------------------------------------------------
def waltham_forest():
    name = "iq2-waltham-forest-council-rsh-consumer-standards-housing-improvement-plan.csv"
    title = "Waltham Forest Council – Housing Improvement Plan: Consumer Standards"
    SQ = "Safety and Quality"
    TIA = "Transparency, Influence and Accountability"
    NC = "Neighbourhood and Community"
    TEN = "Tenancy"
    F1 = ("The Council does not have an accurate, up to date understanding of the condition of its "
          "homes; stock condition data was more than five years old for a large part of the stock.")
    F2 = ("The Council could not assure itself that it was meeting statutory health and safety "
          "requirements, with overdue fire risk assessment actions and electrical safety checks.")
    F3 = ("Damp and mould cases were not always responded to promptly or followed up to check that "
          "the problem had been resolved.")
    F4 = ("Complaint handling was slow, and tenants could not see how their views influenced "
          "services.")
    F5 = ("Records of anti-social behaviour cases were incomplete and victims were not always kept "
          "informed.")
    F6 = ("Tenancy audits were not being carried out, so the Council could not be sure homes were "
          "occupied by the tenant.")
    RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    # (ref, std shown, finding shown, std read, finding read, action, lead_raw, orig, rev, rag,
    #  update, lead, end, end_text)
    rows = [
        ("SQ1", SQ, F1, SQ, F1,
         "Complete 100% stock condition surveys over two years, prioritising homes with no survey "
         "since 2019.", "Head of Asset Management", "Mar-26", "Mar-27", "G",
         "5,210 of 9,800 homes surveyed. Programme extended to two years on contractor advice, "
         "agreed by Housing Improvement Board.", ["Head of Asset Management"], "2027-03", None),
        ("SQ2", "", "", SQ, F1,
         "Load new survey data into the asset management system and produce a validated Decent "
         "Homes position for reporting to Cabinet and the Tenant Panel.",
         "Head of Asset Management / Housing Systems Manager", "Sep-26", "", "G",
         "Data validation rules agreed; first load of 3,000 surveys completed.",
         ["Head of Asset Management", "Housing Systems Manager"], "2026-09", None),
        ("SQ3", SQ, F2, SQ, F2,
         "Clear all overdue high-risk fire risk assessment actions and introduce weekly monitoring "
         "of medium-risk actions by the Building Safety Board.", "Head of Building Safety",
         "31/12/2025", "", "A", "High-risk actions down from 312 to 57; remaining actions need "
         "leaseholder access.", ["Head of Building Safety"], "2025-12", None),
        ("SQ4", "", "", SQ, F2,
         "Carry out an electrical installation condition report (EICR) on every home without a "
         "valid certificate.\nPrioritise homes with vulnerable residents identified through the "
         "tenancy audit.", "Head of Building Safety", "Jun-25", "Dec-25", "R",
         "Compliance 81% (target 100%). Access issues on 600 homes; legal route being used.",
         ["Head of Building Safety"], "2025-12", None),
        ("SQ5", SQ, F3, SQ, F3,
         "Introduce a damp and mould case management process with inspection within 10 working "
         "days and a follow-up visit after six weeks.", "Head of Repairs", "Q3 2025/26", "", "B",
         "Process live; 96% of cases inspected within 10 working days in September.",
         ["Head of Repairs"], "2025-12", None),
        ("TIA1", TIA, F4, TIA, F4,
         "Implement the Housing Ombudsman Complaint Handling Code action plan, including a "
         "dedicated housing complaints team.", "Head of Customer Experience", "30/09/2025", "", "B",
         "Team in place from August; stage 1 responses within 10 working days now 89%.",
         ["Head of Customer Experience"], "2025-09", None),
        ("TIA2", "", "", TIA, F4,
         "Publish Tenant Satisfaction Measures quarterly with a 'You said, we did' report "
         "co-produced with the Tenant Panel.", "Head of Resident Engagement", "Ongoing", "", "G",
         "Q1 and Q2 reports published on the website.", ["Head of Resident Engagement"], None,
         "Ongoing"),
        ("NC1", NC, F5, NC, F5,
         "Adopt a revised ASB policy with case review timescales and a victim contact plan for "
         "every open case.", "Head of Housing Management; Community Safety Manager", "Jan-26", "",
         "A", "Draft policy out to tenant consultation until 14 November.",
         ["Head of Housing Management", "Community Safety Manager"], "2026-01", None),
        ("TEN1", TEN, F6, TEN, F6,
         "Restart the rolling tenancy audit programme, visiting 20% of homes each year.",
         "Tenancy Services Manager", "By April 2026", "", "",
         "Not started – recruitment to two tenancy audit officer posts under way.",
         ["Tenancy Services Manager"], "2026-04", None),
    ]
    ncol = 9
    out = [
        [title] + [""] * (ncol - 1),
        ["Response to Regulator of Social Housing judgement (C3) – position at 31 October 2025"]
        + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Consumer standard", "RSH finding", "Action", "Lead officer", "Original due",
         "Revised due", "RAG", "Progress update"],
    ]
    expected = []
    for (ref, std, fnd, stdr, fndr, action, lead_raw, orig, rev, rag, upd, lead, end, et) in rows:
        out.append([ref, std, fnd, action, lead_raw, orig, rev, rag, upd])
        expected.append(act(ref, [stdr, fndr], action, lead, end, RAG[rag], et))
    cnt = {k: sum(1 for r in rows if r[9] == k) for k in RAG}
    out += [
        [""] * ncol,
        ["RAG key: B = complete, G = on track, A = at risk of delay, R = off track / overdue, "
         "blank = not started"] + [""] * (ncol - 1),
        ["Summary: %d actions – B %d / G %d / A %d / R %d / not started %d"
         % (len(rows), cnt["B"], cnt["G"], cnt["A"], cnt["R"], cnt[""])] + [""] * (ncol - 1),
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(out)
    write_yaml(name, {
        "source": ("Imitates a stock-holding London borough's housing improvement plan answering a "
                   "Regulator of Social Housing C3 consumer-standards judgement (2024-25 regime: "
                   "Safety and Quality; Transparency, Influence and Accountability; Neighbourhood and "
                   "Community; Tenancy — cf. RSH consumer standards decision statement 2024 and "
                   "Campbell Tickell's local authority consumer regulation briefing), exported to CSV "
                   "from the housing improvement board spreadsheet. Copied features: title and "
                   "position lines, a header row, standard and RSH finding merged cells exported only "
                   "on the first row of each group (blank below), original and revised due dates, RAG "
                   "letters with blank for not started, a multi-line action cell, a RAG key line and a "
                   "summary totals line."),
        "reads": ("Nine actions (SQ1–SQ5, TIA1–TIA2, NC1, TEN1), each under its consumer standard "
                  "and the regulator's finding; where those cells are blank they carry down from the "
                  "row above, as the merged cells they were. The revised due date, where given, is "
                  "the end; 'Ongoing' has no end month; the RAG letters follow the key line."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 7. West Mercia Police - stalking super-complaint action plan (tab-separated text export)
# ---------------------------------------------------------------------------------------------
def west_mercia():
    name = "iq2-west-mercia-police-stalking-super-complaint-recommendations-tracker.txt"
    title = "West Mercia Police – Police response to stalking: super-complaint action plan"
    T1 = "Theme 1: Identifying and recording stalking"
    T2 = "Theme 2: Investigation, protection and support"
    R7 = ("By 27 March 2025, where needed, change crime recording systems so that stalking can be "
          "recorded and searched for when it is not the principal crime.")
    R8 = ("By 27 March 2025, make sure that stalking is correctly identified and recorded at the "
          "first point of contact.")
    R10 = "By 27 March 2025, review and update stalking learning and training for officers and staff."
    R12 = ("By 27 March 2025, make sure stalking protection orders are considered in all suitable "
           "cases and that breaches are acted on.")
    R15 = ("By 27 March 2025, work with commissioners to make sure victims of stalking are referred "
           "to specialist advocacy services.")
    ST = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}
    themes = [
        (T1, [
            ("7", R7, [
                ("7.1", "Raise a change request with the crime recording system consortium to add "
                        "stalking as a searchable secondary classification on crime records.",
                 "Force Crime and Incident Registrar", "31/03/2025",
                 "Change request accepted; build scheduled for the May release.", "On track",
                 ["Force Crime and Incident Registrar"], "2025-03", None),
                ("7.2", "Until the system change is live, require a stalking intelligence flag on "
                        "every harassment, malicious communications and breach of order crime where "
                        "stalking behaviours are present.",
                 "Head of Crime Recording / Intelligence Bureau Manager", "Ongoing",
                 "Flag in use; weekly dip sample by the Crime Data Integrity team.", "On track",
                 ["Head of Crime Recording", "Intelligence Bureau Manager"], None, "Ongoing"),
            ]),
            ("8", R8, [
                ("8.1", "Update the call-handling script in the Operations and Communications "
                        "Centre with stalking prompts (FOUR: fixated, obsessive, unwanted, "
                        "repeated).", "Superintendent, OCC", "Jan-25",
                 "Live from 13 January 2025.", "Complete", ["Superintendent, OCC"], "2025-01", None),
            ]),
        ]),
        (T2, [
            ("10", R10, [
                ("10.1", "Deliver the College of Policing stalking and harassment e-learning to all "
                         "frontline officers, investigators and OCC staff.",
                 "Head of Learning and Development", "30/06/2025", "71% completion at 28/02/25.",
                 "Amber", ["Head of Learning and Development"], "2025-06", None),
                ("10.2", "Add a face-to-face input from a stalking advocate to the initial learning "
                         "programmes for new officers.", "Head of Learning and Development",
                 "Q2 2025/26", "Input designed with local advocacy provider.", "On track",
                 ["Head of Learning and Development"], "2025-09", None),
            ]),
            ("12", R12, [
                ("12.1", "Establish a Stalking Protection Order review panel to consider every "
                         "high-risk stalking case.", "Detective Superintendent, Public Protection",
                 "Dec-24", "Panel meeting fortnightly since 5/12/24.", "Complete",
                 ["Detective Superintendent, Public Protection"], "2024-12", None),
                ("12.2", "Introduce a force register of Stalking Protection Orders with flags on "
                         "police systems so that breaches are identified and actioned on the day "
                         "they are reported.", "Detective Inspector, Harm Reduction Unit",
                 "30/04/2025", "System change delayed; interim spreadsheet register in place.", "Red",
                 ["Detective Inspector, Harm Reduction Unit"], "2025-04", None),
            ]),
            ("15", R15, [
                ("15.1", "Agree with the Office of the Police and Crime Commissioner a referral "
                         "pathway so that every stalking victim is offered a referral to the "
                         "commissioned stalking advocacy service within 72 hours.",
                 "Detective Superintendent, Public Protection / OPCC Commissioning Manager",
                 "Mar-25", "Pathway drafted; data-sharing agreement with the provider being signed.",
                 "On track",
                 ["Detective Superintendent, Public Protection", "OPCC Commissioning Manager"],
                 "2025-03", None),
            ]),
        ]),
    ]
    lines = [
        title,
        "Recommendations to chief constables – six-month update to NPCC, March 2025",
        "Strategic lead:\tAssistant Chief Constable (Local Policing)",
        "Operational lead:\tDetective Superintendent, Public Protection",
        "",
        "\t".join(["Rec", "Recommendation", "Ref", "Action", "Owner", "Deadline",
                   "Update (March 2025)", "Status"]),
    ]
    expected = []
    counts = {}
    for theme, recs in themes:
        lines.append(theme)
        for no, rec, acts in recs:
            for k, (ref, text, owner, dl, upd, st, lead, end, et) in enumerate(acts):
                lines.append("\t".join([no if k == 0 else "", rec if k == 0 else "", ref, text,
                                        owner, dl, upd, st]))
                expected.append(act(ref, [theme, rec], text, lead, end, ST[st], et))
                counts[st] = counts.get(st, 0) + 1
    lines += ["",
              "Status summary: Complete %d | On track %d | Amber %d | Red %d | Total %d"
              % (counts.get("Complete", 0), counts.get("On track", 0), counts.get("Amber", 0),
                 counts.get("Red", 0), len(expected)),
              "Next update due to the Police and Crime Commissioner's Assurance Board: June 2025"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": ("Imitates the action plans every police force in England and Wales published "
                   "from November 2024 in response to the recommendations to chief constables in the "
                   "IOPC/HMICFRS/College of Policing report on the Suzy Lamplugh Trust super-complaint "
                   "on the police response to stalking (e.g. Lancashire, Hertfordshire, Cambridgeshire "
                   "and Hampshire stalking action plans), here as a tab-separated export of the "
                   "March 2025 six-month update. Copied features: force and plan title line, strategic "
                   "and operational lead lines, recommendation number and text on the first row of "
                   "each group only, sub-action refs (7.1, 7.2), posts with commas as owners (some two "
                   "posts), deadlines as dates, Mon-YY, a quarter and 'Ongoing', an update column and "
                   "a worded status, theme lines and a status summary line."),
        "reads": ("Eight actions under two theme lines; each action answers the recommendation "
                  "written on the first row of its group (blank on later rows of the group). "
                  "Status words are Complete (blue), On track, Amber, Red; 'Ongoing' has no end "
                  "month; 'Q2 2025/26' ends in September 2025."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    staffordshire()
    redbridge()
    hammersmith()
    bridgend()
    gwynedd()
    waltham_forest()
    west_mercia()
    print("done")
