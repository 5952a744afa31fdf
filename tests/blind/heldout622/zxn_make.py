"""Build the seven zxn- blind test files (set heldout622).

Run with /work/main/.venv/bin/python zxn_make.py ; writes only files named zxn-*.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"
GREY, LIGHT = "FFD9D9D9", "FFDDEBF7"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return datetime(y, m, day)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Wessex Water - Ofwat enforcement undertakings tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def wessex():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Wessex Water Services Ltd"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Wastewater Treatment Works Enforcement Case – Undertakings Delivery Tracker"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [
        ("Document owner", "Director of Compliance and Regulation"),
        ("Version", "v3.2"),
        ("Reporting period", "Q2 2025-26 (1 July – 30 September 2025)"),
        ("Approved by", "Executive Regulatory Committee, 14 October 2025"),
        ("Classification", "Official – shared with Ofwat"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A11"] = "Version history"
    cv["A11"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Change"),
        ("v3.0", "15/04/2025", "Q4 2024-25 position"),
        ("v3.1", "11/07/2025", "Q1 2025-26 position; revised date for 1.1 agreed with Ofwat"),
        ("v3.2", "14/10/2025", "Q2 2025-26 position"),
    ]
    for i, row in enumerate(hist, start=12):
        for j, v in enumerate(row, start=1):
            c = cv.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 48
    cv.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Wastewater Treatment Works Enforcement Case – Undertakings Delivery Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 September 2025 – Q2 2025-26 return to Ofwat"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Undertaking / commitment", "Action", "Accountable lead",
           "Original due date", "Revised due date", "Previous RAG", "Current RAG",
           "Progress commentary", "Evidence ref"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F4E79")
        c.alignment = WRAP
        c.border = BOX
    sections = [
        ("Undertaking 1 – Flow to full treatment (FFT) compliance at permitted sites",
         "Bring all wastewater treatment works with an FFT permit condition into sustained compliance and evidence this to Ofwat and the Environment Agency.",
         [
             ("1.1", "Install and certify MCERTS flow monitors at the remaining 23 FFT sites.",
              "Director of Wastewater Operations", d(2025, 6, 30), d(2025, 9, 30), "A", "B",
              "All 23 monitors installed; MCERTS certificates received 19 September 2025.", "EV-1.1-04"),
             ("1.2", "Complete hydraulic capacity upgrades at the 8 works identified as unable to pass permitted FFT.",
              "Capital Delivery Director", d(2026, 3, 31), None, "G", "A",
              "Two schemes delayed by planning consent; recovery plan agreed with the Environment Agency.", "EV-1.2-02"),
             ("1.3", "Publish monthly FFT compliance data for all sites on the company website.",
              "Head of Environmental Regulation", d(2025, 4, 30), None, "B", "B",
              "Published monthly since April 2025.", "EV-1.3-01"),
         ]),
        ("Undertaking 2 – Storm tank and storm overflow operation",
         "Ensure storm tanks and overflows at treatment works operate only in accordance with permit conditions.",
         [
             ("2.1", "Review storm tank return pump settings at all 187 works with storm tanks and correct any non-compliant settings.",
              "Head of Treatment Operations", d(2025, 9, 30), None, "G", "G",
              "176 of 187 works reviewed; 14 settings corrected.", "EV-2.1-03"),
             ("2.2", "Deliver the additional storm tank capacity programme at 12 priority works.",
              "Capital Delivery Director / Head of Environmental Regulation", d(2025, 12, 31), "Mar-2O26", "A", "A",
              "Seven of 12 tanks commissioned; revised date requested for the remaining five.", "EV-2.2-05"),
             ("2.3", "Train operational staff on permit conditions for storm discharges and record competence.",
              "Head of Operational Training", d(2025, 7, 31), d(2025, 10, 31), "A", "G",
              "412 of 438 staff trained; remaining sessions booked for October.", "EV-2.3-02"),
         ]),
        ("Undertaking 3 – Governance, assurance and reporting to Ofwat",
         "Strengthen board oversight and independent assurance of wastewater compliance.",
         [
             ("3.1", "Establish a Board Environmental Performance Committee with quarterly reporting on the undertakings.",
              "Company Secretary", d(2025, 3, 31), None, "B", "B",
              "Committee met on 10 April and 9 July 2025.", "EV-3.1-01"),
             ("3.2", "Commission independent technical assurance of the undertakings evidence pack.",
              "Director of Compliance and Regulation", d(2025, 11, 30), None, "G", "G",
              "Assurance provider appointed; fieldwork starts October 2025.", "EV-3.2-01"),
             ("3.3", "Submit the annual undertakings compliance statement to Ofwat, signed by the Chief Executive.",
              "Chief Executive", d(2026, 6, 30), None, "G", "G",
              "Not yet due.", ""),
         ]),
    ]
    r = 5
    for title, commitment, acts in sections:
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, act, lead, orig, rev, prev, cur, comm, ev) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act)
            ws.cell(r, 4, lead)
            co = ws.cell(r, 5, orig)
            co.number_format = "mmm-yy"
            cr = ws.cell(r, 6, rev)
            if isinstance(rev, datetime):
                cr.number_format = "mmm-yy"
            for col, val in ((7, prev), (8, cur)):
                cc = ws.cell(r, col, val)
                cc.fill = fill(RAGFILL[val])
                cc.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 9, comm)
            ws.cell(r, 10, ev or None)
            for col in range(1, 11):
                ws.cell(r, col).border = BOX
                if col not in (7, 8):
                    ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(first, 2, commitment).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key: B – complete and evidenced to Ofwat; G – on track; A – at risk, mitigation in place; R – off track / revised date required")
    r += 1
    ws.cell(r, 1, "Note: revised dates are those agreed with Ofwat in writing; original dates are retained for transparency.")
    widths = [7, 38, 50, 30, 12, 12, 10, 10, 48, 12]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zxn-wessex-water-ofwat-wastewater-enforcement-undertakings-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 2. East Midlands CCA - ICO data protection audit action plan (xlsx)
# ---------------------------------------------------------------------------
def emcca():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "ICO Consensual Data Protection Audit – Action Plan"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "East Midlands Combined County Authority (EMCCA)"
    sm["A2"].font = Font(bold=True)
    sm["A3"] = "Progress report to Audit and Governance Committee, 26 January 2026"
    hdr = ["Scope area", "ICO assurance rating", "Recommendations", "Agreed actions",
           "Complete", "In progress", "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("Governance & Accountability", "Reasonable", 2, 3, 1, 2, 0),
        ("Records Management", "Limited", 2, 2, 0, 1, 1),
        ("Training & Awareness", "Reasonable", 2, 2, 1, 1, 0),
        ("Total", "", 6, 7, 2, 4, 1),
    ]
    for i, row in enumerate(data, start=6):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v if v != "" else None)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A12"] = "RAG key (Action Plan sheet)"
    sm["A12"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence provided to the Information Governance Group"),
           (GREEN, "On track"),
           (AMBER, "At risk of missing target date"),
           (RED, "Overdue"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, start=13):
        c = sm.cell(i, 1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        sm.cell(i, 2, txt)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 22
    for col in "CDEFG":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "ICO Consensual Data Protection Audit – Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Audit fieldwork 9–11 June 2025; final report received 29 July 2025. "
                "Progress at 9 January 2026.")
    ws.merge_cells("A2:H2")
    hdr = ["ICO ref", "ICO recommendation", "Priority", "Agreed management action",
           "Action owner", "Target date", "Progress update (January 2026)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF403151")
        c.border = BOX
        c.alignment = WRAP
    plan = [
        ("Governance & Accountability", [
            ("A1", "EMCCA should formally document the role of the Senior Information Risk Owner (SIRO) and ensure information risk is reported to the Senior Leadership Team at least quarterly.", "High", [
                ("Approve a SIRO role description and add a quarterly information risk report to the Senior Leadership Team forward plan.",
                 "Monitoring Officer", d(2025, 9, 30),
                 "SIRO role description approved by SLT on 16 September 2025; first quarterly report presented in October 2025.", BLUE),
            ]),
            ("A2", "EMCCA should complete its Record of Processing Activities (RoPA) so that it covers all processing inherited from the constituent councils and the former D2N2 LEP.", "Urgent", [
                ("Complete information asset register workshops with each directorate and update the RoPA.",
                 "Data Protection Officer", d(2025, 12, 31),
                 "Workshops complete for 4 of 5 directorates; Transport directorate scheduled for 20 January 2026.", AMBER),
                ("Establish a six-monthly RoPA review, signed off by information asset owners.",
                 "Data Protection Officer / Information Asset Owners", "Q4 2025/26",
                 "Review template drafted.", GREEN),
            ]),
        ]),
        ("Records Management", [
            ("B1", "EMCCA should adopt a corporate retention schedule and apply it to records held in shared drives and Microsoft Teams.", "High", [
                ("Agree a retention schedule based on the LGA model and apply automated retention labels in Microsoft 365.",
                 "Head of ICT", d(2026, 3, 31),
                 "Schedule approved by SIRO in December 2025; labels being configured.", GREEN),
            ]),
            ("B2", "EMCCA should ensure that records transferred from the D2N2 LEP are reviewed and either retained under the schedule or securely destroyed.", "Medium", [
                ("Review the transferred LEP archive and record disposal decisions in the disposal log.",
                 "Records Manager", "End of April 2026",
                 "Dependent on B1.", None),
            ]),
        ]),
        ("Training & Awareness", [
            ("C1", "EMCCA should make data protection training mandatory for all staff and track completion.", "High", [
                ("Make the data protection e-learning module mandatory at induction and annually, with completion reported to SLT.",
                 "Head of People", d(2025, 10, 31),
                 "Mandatory from 1 October 2025; completion at 94%.", BLUE),
            ]),
            ("C2", "EMCCA should provide role-based training for staff who handle special category data or carry out data protection impact assessments.", "Medium", [
                ("Deliver DPIA training for project managers and commissioning officers.",
                 "Data Protection Officer", d(2025, 11, 30),
                 "Training provider cancelled; session rebooked for 12 February 2026.", RED),
            ]),
        ]),
    ]
    r = 5
    for area, recs in plan:
        c = ws.cell(r, 1, area)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, rec, prio, acts in recs:
            first = r
            for act, owner, date, prog, rag in acts:
                ws.cell(r, 4, act)
                ws.cell(r, 5, owner)
                cd = ws.cell(r, 6, date)
                if isinstance(date, datetime):
                    cd.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prog)
                if rag:
                    ws.cell(r, 8).fill = fill(rag)
                r += 1
            ws.cell(first, 1, ref)
            ws.cell(first, 2, rec)
            ws.cell(first, 3, prio)
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            for rr in range(first, r):
                for col in range(1, 9):
                    ws.cell(rr, col).border = BOX
                    ws.cell(rr, col).alignment = WRAP
    r += 1
    ws.cell(r, 1, "ICO priority ratings: Urgent – immediate action required to address a high risk of non-compliance; "
                  "High – action required to address a significant risk; Medium – action required to improve compliance; "
                  "Low – good practice improvement.")
    widths = [8, 48, 10, 48, 28, 13, 44, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(out("zxn-east-midlands-cca-ico-data-protection-audit-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Natural England - peatland grant scheme highlight report (xlsx)
# ---------------------------------------------------------------------------
def natural_england():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight"
    hs["A1"] = "Nature for Climate Peatland Grant Scheme – Programme Highlight Report"
    hs["A1"].font = Font(bold=True, size=14)
    hs["A2"] = "Natural England | Period 7: October 2025"
    info = [
        ("Senior Responsible Owner", "Director, Land Use Delivery"),
        ("Programme Manager", "Peat Programme Manager"),
        ("Reporting period", "1–31 October 2025"),
        ("Report to", "Peat Programme Board, 12 November 2025"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        hs.cell(i, 1, k).font = Font(bold=True)
        hs.cell(i, 2, v)
        hs.cell(i, 1).border = BOX
        hs.cell(i, 2).border = BOX
    hs["A9"] = "Delivery confidence assessment"
    hs["A9"].font = Font(bold=True)
    hs["B9"] = "Amber"
    hs["B9"].fill = fill(AMBER)
    dims = [("Dimension", "Last period", "This period", "Comment"),
            ("Schedule", "A", "A", "Round 3 agreements and Discovery round 4 behind baseline."),
            ("Cost", "G", "G", "£8.4m committed against £9.1m 2025/26 allocation."),
            ("Scope", "G", "G", "No change."),
            ("Resources", "A", "R", "Two Area Team peat adviser vacancies; contractor market stretched."),
            ("Benefits", "G", "G", "2,870 ha under restoration agreements to date.")]
    for i, row in enumerate(dims, start=11):
        for j, v in enumerate(row, start=1):
            c = hs.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if i == 11:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            elif j in (2, 3):
                c.fill = fill(RAGFILL[v])
                c.alignment = Alignment(horizontal="center")
    hs["A18"] = "Key messages"
    hs["A18"].font = Font(bold=True)
    hs["A19"] = "• All 41 round 3 applications appraised; 36 approved."
    hs["A20"] = "• Discovery Grant round 4 launch is red: revised guidance awaits Defra clearance."
    hs["A21"] = "• Contractor availability is the main risk to winter restoration works."
    hs["A23"] = "Support required from the Board"
    hs["A23"].font = Font(bold=True)
    hs["A24"] = "Escalate Discovery Grant guidance clearance to the Defra Peat Policy Deputy Director."
    hs.column_dimensions["A"].width = 30
    hs.column_dimensions["B"].width = 40
    hs.column_dimensions["C"].width = 14
    hs.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Nature for Climate Peatland Grant Scheme – Milestone Tracker (Period 7, October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    hdr = ["Workstream", "Ref", "Milestone", "Owner", "Baseline date", "Revised date",
           "RAG – last period", "RAG – this period", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF375623")
        c.border = BOX
        c.alignment = WRAP
    ws_rows = [
        ("1. Restoration Grant round 3", [
            ("M1.1", "Open round 3 applications on the Rural Payments service", "Grants Delivery Manager", d(2025, 5, 31), None, "B", "B", "Round opened 6 May 2025."),
            ("M1.2", "Complete technical appraisal of all round 3 applications", "Area Team Peat Leads", d(2025, 8, 31), d(2025, 10, 31), "A", "B", "All 41 applications appraised."),
            ("M1.3", "Issue grant funding agreements for approved round 3 projects", "Grants Delivery Manager / Legal Services", d(2025, 10, 31), d(2025, 12, 31), "A", "A", "29 of 36 agreements issued; remainder awaiting landowner consents."),
            ("M1.4", "Complete winter restoration works on approved round 3 sites", "Area Team Peat Leads", d(2026, 3, 31), None, "G", "A", "Contractor availability risk; see Highlight sheet."),
        ]),
        ("2. Discovery Grant and pipeline", [
            ("M2.1", "Launch Discovery Grant round 4 guidance", "Peat Policy Lead", d(2025, 9, 30), d(2026, 1, 31), "A", "R", "Awaiting Defra clearance of revised guidance; January 2026 date at risk."),
            ("M2.2", "Hold applicant webinars in each upland area", "Engagement Officer", d(2025, 11, 30), None, "G", "G", "Four of six webinars booked."),
            ("M2.3", "Agree 2026/27 pipeline of restoration-ready sites with partners", "Peat Programme Manager", d(2026, 2, 28), None, "G", "G", ""),
        ]),
        ("3. Monitoring, evaluation and data", [
            ("M3.1", "Publish year 3 evaluation report", "Evidence Lead", d(2025, 7, 31), d(2025, 9, 30), "A", "B", "Published 25 September 2025."),
            ("M3.2", "Migrate site monitoring data to the peat restoration GIS layer", "Evidence Lead / GIS Manager", d(2025, 12, 31), None, "G", "G", "Upland sites migrated; lowland sites in progress."),
        ]),
        ("4. Programme governance and finance", [
            ("M4.1", "Submit forecast and outturn returns to Defra", "Finance Business Partner", "Monthly", None, "G", "G", "September return submitted on time."),
            ("M4.2", "Complete Gateway 4 assurance review", "Senior Responsible Owner", d(2026, 3, 31), d(2026, 5, 31), "G", "A", "Review moved to align with the end of the winter works season."),
        ]),
    ]
    r = 4
    for wsname, rows in ws_rows:
        first = r
        for ref, ms, owner, base, rev, last, this, comm in rows:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, ms)
            ws.cell(r, 4, owner)
            cb = ws.cell(r, 5, base)
            if isinstance(base, datetime):
                cb.number_format = "mmm-yy"
            cr = ws.cell(r, 6, rev)
            if isinstance(rev, datetime):
                cr.number_format = "mmm-yy"
            for col, v in ((7, last), (8, this)):
                cc = ws.cell(r, col, v)
                cc.fill = fill(RAGFILL[v])
            ws.cell(r, 9, comm or None)
            for col in range(1, 10):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(first, 1, wsname).font = Font(bold=True)
        ws.cell(first, 1).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key: B = complete; G = on track to baseline; A = revised date within tolerance; "
                  "R = revised date outside tolerance or no recovery plan")
    widths = [24, 7, 48, 30, 11, 11, 10, 10, 48]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(out("zxn-natural-england-peatland-grant-scheme-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 4. Midhurst Town Council - risk register (csv)
# ---------------------------------------------------------------------------
def midhurst():
    N = 11
    rows = [
        ["Midhurst Town Council – Risk Register 2025/26"],
        ["Adopted by Full Council 19 May 2025 (Minute 25/041); reviewed by Finance & General Purposes Committee 13 October 2025"],
        [],
        ["Likelihood (L) and Severity (S) scored 1–3. Rating = L x S: 1–2 GREEN (low), 3–4 AMBER (medium), 6–9 RED (high)"],
        [],
        ["Ref", "Risk", "Consequence", "Existing controls", "L", "S", "Rating",
         "Further action required", "Responsibility", "Target date", "Progress note"],
        ["FINANCE"],
        ["F1", "Loss of income from hall hire, allotments and market pitches",
         "Budget shortfall; reliance on reserves",
         "Monthly budget monitoring reported to F&GP; fees reviewed annually", "2", "2", "AMBER",
         "Review fees and charges for 2026/27 and benchmark against neighbouring councils.",
         "RFO", "Nov-25", "Benchmarking with Petworth and Haslemere under way."],
        ["F2", "Fraud or error in payments", "Financial loss; reputational damage",
         "Dual authorisation of online payments; monthly bank reconciliation signed by a councillor",
         "1", "3", "AMBER",
         "Introduce an independent quarterly check of the payments list by a member of the F&GP Committee.",
         "Town Clerk & RFO", "30/09/2025", "Agreed at F&GP 8 September 2025."],
        ["F3", "Inadequate reserves", "Unable to meet unforeseen costs",
         "Reserves policy; general reserve target of six months' expenditure", "1", "2", "GREEN",
         "Update the reserves policy and earmarked reserves schedule as part of budget setting.",
         "RFO", "Jan-26", ""],
        ["ASSETS AND PROPERTY"],
        ["A1", "Damage to or deterioration of council buildings",
         "Closure of facilities; unplanned repair costs",
         "Annual condition survey; buildings insurance", "2", "3", "RED",
         "Commission a five-year planned maintenance programme for the council offices and public toilets.",
         "Facilities Officer", "March 2026", "Specification drafted; quotes to be sought in November."],
        ["A2", "Injury to users of play areas and open spaces",
         "Harm to public; insurance claims",
         "Weekly visual inspections; annual RoSPA inspection", "2", "2", "AMBER",
         "Replace the play equipment rated high risk in the 2025 RoSPA report.",
         "Facilities Officer", "Jul-26", "Grant application submitted to the South Downs National Park Authority."],
        ["GOVERNANCE AND COMPLIANCE"],
        ["G1", "Failure to meet the Transparency Code and website accessibility requirements",
         "Breach of statutory duty; criticism from the external auditor",
         "Publication scheme on website; Clerk's annual checklist", "1", "2", "GREEN",
         "Audit the website against the Transparency Code and the accessibility regulations.",
         "Deputy Town Clerk", "Annual review", ""],
        ["G2", "Data protection breach", "ICO action; loss of public trust",
         "Data protection policy; privacy notices", "2", "2", "AMBER",
         "Move all councillors to council-issued email accounts and deliver data protection training to new members.",
         "Town Clerk", "31/12/2025", "11 of 15 councillors migrated."],
        ["COMMUNITY EVENTS"],
        ["E1", "Incident at a council-run event (e.g. Christmas Lights Switch-On)",
         "Injury to public; liability claims",
         "Event risk assessments; public liability insurance; notification to the Safety Advisory Group",
         "2", "3", "RED",
         "Appoint a qualified event safety officer and prepare an event management plan for each major event.",
         "Events Working Group; Town Clerk", "Ongoing", "Safety officer appointed for the 2025 Switch-On."],
        [],
        ["Reviewed by: Town Clerk (Proper Officer)"],
        ["Next full review: May 2026"],
    ]
    with open(out("zxn-midhurst-town-council-risk-register-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (N - len(row)) if row else [""] * N)


# ---------------------------------------------------------------------------
# 5. Peak District NPA - AGS action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def peak_district():
    lines = [
        "Peak District National Park Authority – Annual Governance Statement 2024/25 Action Plan",
        "Audit, Resources and Performance Committee – 23 January 2026 – Appendix 1",
        "",
        "Status key: C = complete; G = on track; A = some slippage, revised target agreed; R = significant slippage or at risk",
        "",
        "Ref\tAction\tLead officer\tTarget date\tProgress at 31 December 2025\tStatus",
        "Issue 1: Financial sustainability – the medium term financial plan shows a budget gap from 2026/27 following a flat-cash National Park Grant settlement",
        "1.1\tPrepare a balanced 2026/27 budget and updated medium term financial plan for approval by the Authority.\tHead of Finance\tFebruary 2026\tDraft budget considered at the Members' budget workshop on 4 December 2025.\tG",
        "1.2\tDeliver the income generation programme for car parks and visitor centres, with options reported to Programme and Resources Committee.\tHead of Visitor Experience\t31/03/2026\tCar park tariff changes implemented at Bakewell and Castleton; café review delayed.\tA",
        "\t\t\t\tOptions paper now scheduled for the March 2026 committee.\t",
        "1.3\tReview the reserves strategy and the minimum level of general reserve.\tHead of Finance\tSept 2025\tRevised reserves strategy approved by the Authority on 26 September 2025.\tC",
        "Issue 2: Information governance – the 2024/25 internal audit of data protection compliance gave limited assurance",
        "2.1\tComplete and publish an updated Record of Processing Activities.\tInformation Governance Officer\tOctober 2025\tPublished on the intranet on 28 October 2025.\tC",
        "2.2\tRoll out mandatory data protection e-learning to all staff and Members, reporting completion rates quarterly.\tHead of People Management / Democratic and Legal Support Manager\tQ4 2025/26\t71% of staff and 9 of 30 Members complete.\tG",
        "Issue 3: Workforce capacity – difficulties recruiting and retaining staff in the planning and ranger services",
        "3.1\tImplement the outcomes of the pay and grading review.\tHead of People Management\tApril 2026\tTarget revised from December 2025 with the agreement of this Committee; job evaluation panels complete.\tA",
        "3.2\tDevelop a workforce plan for the Planning Service, including apprenticeship and graduate planner routes.\tHead of Planning\tOngoing\tGraduate planner appointed September 2025.\tG",
        "Issue 4: Partnership governance – the hosting agreement for the Moors for the Future Partnership is due for renewal",
        "4.1\tAgree a revised hosting agreement with the Moors for the Future partners.\tChief Executive\t30 June 2026\tHeads of terms shared with partners.\tG",
        "4.2\tReport to Members on the risk and assurance framework for hosted partnerships.\tHead of Law\tJuly 2026\tWork deferred pending 4.1; external legal advice may be needed.\tR",
        "",
        "Note: Issues 1 and 3 will be carried forward into the 2025/26 Annual Governance Statement.",
    ]
    with open(out("zxn-peak-district-npa-annual-governance-statement-2024-25-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 6. Larchfield House children's home - Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def larchfield():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Larchfield House – Action Plan following Ofsted Full Inspection", level=0)
    doc.add_paragraph("Calcot Services for Children Ltd | URN: SC493817 | Inspection dates: 11 and 12 February 2025")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("How well children and young people are helped and protected", "Requires improvement to be good"),
        ("The effectiveness of leaders and managers", "Requires improvement to be good"),
        ("Registered Manager", "Karen Whitlock"),
        ("Responsible Individual", "Mark Ferris"),
        ("Plan version", "v2 – updated 30 May 2025"),
    ]):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Red – overdue; Amber – in progress; Green – completed and embedded in practice")

    colours = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def action_rows(t, acts):
        for no, act, lead, when, rag, fill_only in acts:
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].text = act
            cells[2].text = lead
            cells[3].text = when
            if rag:
                cells[4].text = "" if fill_only else rag
                shade(cells[4], colours[rag])

    def header_row(t):
        cells = t.add_row().cells
        for c, h in zip(cells, ["No.", "Action", "Lead", "Timescale", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9D9D9")

    def merged_row(t, text, bold=False, colour=None):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        if bold:
            bold_cell(m, text)
        else:
            m.text = text
        if colour:
            shade(m, colour)

    doc.add_heading("Part A: Requirements", level=1)
    reqs = [
        ("Requirement 1: The protection of children standard (Regulation 12)",
         "The registered person must ensure that staff assess whether each child is at risk of harm, taking into account information in the child's relevant plans, and, if necessary, make arrangements to reduce the risk of any harm to the child. (Regulation 12 (1) (2)(a)(i)) To be completed by: 31 March 2025",
         [
             ("1.1", "Review and update every child's risk assessment and behaviour support plan so that each reflects the information in their placement plan, EHCP and most recent looked after review.", "Registered Manager", "28/02/2025", "Green", False),
             ("1.2", "Introduce a monthly audit of risk assessments by the Deputy Manager, with findings reported in the Regulation 45 review.", "Deputy Manager", "Monthly", "Amber", False),
             ("1.3", "Deliver refresher training on risk assessment and safety planning to all residential staff.", "RM / Training and Development Officer", "w/c 17/03/25", "Green", False),
         ]),
        ("Requirement 2: The leadership and management standard (Regulation 13)",
         "The registered person must ensure that staff have the experience, qualifications and skills to meet the needs of each child; in particular, that staff complete the Level 3 Diploma in Residential Childcare within the required timescales. (Regulation 13 (1) (2)(c) and Regulation 32 (4)) To be completed by: 30 June 2025",
         [
             ("2.1", "Enrol the two remaining residential support workers on the Level 3 Diploma in Residential Childcare.", "Responsible Individual", "April 2025", "Green", True),
             ("2.2", "Agree individual completion plans with the training provider and track progress in monthly supervision.", "Registered Manager & Deputy Manager", "30 June 2025", "Amber", False),
         ]),
    ]
    for title, text, acts in reqs:
        t = doc.add_table(rows=0, cols=5)
        t.style = "Table Grid"
        merged_row(t, title, bold=True, colour="DDEBF7")
        merged_row(t, text)
        header_row(t)
        action_rows(t, acts)
        doc.add_paragraph("")

    doc.add_heading("Part B: Recommendations", level=1)
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    header_row(t)
    recs = [
        ("Recommendation 1: The registered person should ensure that children's independent visitors and advocates are told about significant events, so that children's views are heard. ('Guide to the Children's Homes Regulations, including the quality standards', page 20, paragraph 4.5)",
         [
             ("R1.1", "Add independent visitor and advocate contact details to each child's placement plan and the home's notification checklist.", "Registered Manager", "May 2025", "Green", False),
             ("R1.2", "Key workers to record in each child's monthly key-work session whether the child wants their advocate told about recent events.", "Key workers", "Ongoing", "Amber", False),
         ]),
        ("Recommendation 2: The registered person should ensure that the home's location risk assessment is reviewed at least annually and takes account of the views of placing authorities and the police. ('Guide to the Children's Homes Regulations, including the quality standards', page 54, paragraph 10.4)",
         [
             ("R2.1", "Complete the annual review of the location risk assessment with input from the local police neighbourhood team.", "Registered Manager", "Jun-25", None, False),
             ("R2.2", "Share the updated location risk assessment with placing social workers and record their comments.", "Deputy Manager", "July 2025", None, False),
         ]),
    ]
    for text, acts in recs:
        merged_row(t, text, colour="F2F2F2")
        action_rows(t, acts)
    doc.add_paragraph("")
    doc.add_paragraph("This plan is reviewed monthly by the Registered Manager and Responsible Individual and shared with Ofsted on request.")
    doc.save(out("zxn-calcot-services-larchfield-house-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Guide Dogs - CRM migration lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def guide_dogs():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_heading("Supporter CRM Migration – Lessons Learned Action Plan", level=0)
    p = doc.add_paragraph("The Guide Dogs for the Blind Association")
    p.runs[0].bold = True
    doc.add_paragraph("Report to the Finance, Audit and Risk Committee – 18 September 2025")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("0.3", "04/08/2025", "PMO", "Draft for Executive Leadership Team"),
                             ("1.0", "09/09/2025", "PMO", "Approved by ELT for FARC")]):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(dc.cell(i, j), v)
            else:
                dc.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The new supporter relationship management (CRM) platform went live on 3 March 2025. "
        "The post-implementation review, completed in June 2025, identified four lessons. "
        "The actions below are owned by members of the Executive Leadership Team and progress "
        "will be reported to the Committee quarterly until all actions are complete.")
    doc.add_paragraph("Status key: Completed – delivered and evidence held by the PMO; Green – on track; "
                      "Amber – at risk of missing the due date; Red – overdue; Not started.")

    lessons = [
        ("Lesson 1: Data migration testing was compressed to meet the go-live date",
         "What happened: only one full migration rehearsal was run, and reconciliation of regular giving records continued after go-live.",
         [
             ("1.1", "Embed a minimum of two full end-to-end migration rehearsals, with sign-off by the business data owners, in the Digital Change Framework.", "Head of Digital Delivery", "October 2025", "Green"),
             ("1.2", "Reconcile all migrated regular giving records against the legacy database and correct exceptions.", "Head of Supporter Care; Data Quality Manager", "31/07/2025", "Completed"),
         ]),
        ("Lesson 2: Gift Aid declarations were not fully carried across",
         "What happened: around 6,200 declarations were not linked to supporter records, delaying Gift Aid claims.",
         [
             ("2.1", "Identify supporters whose Gift Aid declarations were not migrated and re-establish valid declarations where possible.", "Gift Aid Manager", "Aug 2025", "Completed"),
             ("2.2", "Submit the delayed Gift Aid claims to HMRC for donations received March to June 2025.", "Financial Controller", "November 2025", "Amber"),
             ("2.3", "Add Gift Aid declaration counts to the go-live readiness checklist for future system changes.", "Head of Digital Delivery", "December 2025", "Not started"),
         ]),
        ("Lesson 3: Supporters were not told early enough about changes to their communications",
         "What happened: supporters received duplicate or missing mailings in March and April 2025 and complaints rose.",
         [
             ("3.1", "Make a supporter communications plan a mandatory deliverable for any change affecting more than 10,000 supporters.", "Director of Engagement", "Jan-26", "Green"),
             ("3.2", "Review the complaints received during the migration and publish a 'you said, we did' summary for supporters.", "Sophie Marsh and Daniel Okoro", "30 September 2025", "Green"),
         ]),
        ("Lesson 4: Programme risks were not escalated quickly enough",
         "What happened: red-rated data risks sat with the project board for six weeks before reaching the Executive Leadership Team.",
         [
             ("4.1", "Introduce a risk escalation threshold so that red-rated programme risks are reported to ELT within five working days.", "Chief Operating Officer", "Ongoing", "Green"),
             ("4.2", "Commission an independent assurance review at each stage gate of digital programmes over £1m.", "Chief Financial Officer / Head of Internal Audit", "March 2026", "Not started"),
         ]),
    ]
    colours = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Completed": "0070C0"}
    for heading, para, acts in lessons:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(para)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Status"]):
            bold_cell(c, h)
            shade(c, "D9D9D9")
        for ref, act, owner, due, status in acts:
            cells = tb.add_row().cells
            cells[0].text = ref
            cells[1].text = act
            cells[2].text = owner
            cells[3].text = due
            cells[4].text = status
            if status in colours:
                shade(cells[4], colours[status])
        doc.add_paragraph("")
    doc.add_paragraph("Next update to the Committee: December 2025.")
    doc.save(out("zxn-guide-dogs-supporter-crm-migration-lessons-learned-action-plan.docx"))


if __name__ == "__main__":
    wessex()
    emcca()
    natural_england()
    midhurst()
    peak_district()
    larchfield()
    guide_dogs()
    print("built 7 files")
