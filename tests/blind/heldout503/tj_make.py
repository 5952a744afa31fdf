"""Build the seven tj- blind test files (set heldout503).

Run with: /work/main/.venv/bin/python tj_make.py
Writes only files whose names start with tj- into this script's folder.
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("tj-")
    return os.path.join(HERE, name)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Cheshire Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def cheshire_frs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cheshire Fire Authority Corporate Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quarter 3 update – position at 31 December 2025"
    rows = [
        ("Document control", ""),
        ("Version", "3.2"),
        ("Register owner", "Head of Planning, Performance and Intelligence"),
        ("Reviewed by", "Service Leadership Team, 13 January 2026"),
        ("Reported to", "Performance and Overview Committee, 4 February 2026"),
        ("Next review", "Quarter 4 (position at 31 March 2026)"),
    ]
    r = 4
    for a, b in rows:
        cov.cell(r, 1, a)
        cov.cell(r, 2, b)
        if a == "Document control":
            cov.cell(r, 1).font = Font(bold=True)
        r += 1
    box(cov, "A5:B9")
    r += 1
    cov.cell(r, 1, "Risk scoring (likelihood x impact)").font = Font(bold=True)
    r += 1
    for label, fill in (("15 – 25  High", "red"), ("8 – 12  Medium", "amber"), ("1 – 6  Low", "green")):
        cov.cell(r, 1, label).fill = FILL[fill]
        r += 1
    r += 1
    cov.cell(r, 1, "Action status key").font = Font(bold=True)
    r += 1
    for label, meaning, fill in (
        ("Complete", "Action delivered and closed by SLT", "blue"),
        ("On track", "Action progressing to target date", "green"),
        ("At risk", "Target date may be missed; mitigation in hand", "amber"),
        ("Off track", "Target date missed or will be missed", "red"),
        ("Not started", "Action not yet due to start", None),
    ):
        cov.cell(r, 1, label)
        cov.cell(r, 2, meaning)
        if fill:
            cov.cell(r, 1).fill = FILL[fill]
        r += 1
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Corporate Risk Register 2025/26 – Quarter 3"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A3"] = "RISK"
    ws.merge_cells("A3:G3")
    ws["H3"] = "FURTHER MITIGATING ACTIONS"
    ws.merge_cells("H3:N3")
    for c in ("A3", "H3"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = FILL["navy"]
        ws[c].alignment = Alignment(horizontal="center")
    heads = ["Risk", "Existing controls", "Risk owner", "Previous score", "Current score",
             "Direction of travel", "Target score", "Ref", "Further action required",
             "Action owner", "Original target date", "Revised target date", "Progress update",
             "Action status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]

    risks = [
        ("CR01 – Funding and financial sustainability",
         "• Medium Term Financial Plan approved February 2025\n• Reserves Strategy\n• Efficiency programme monitored monthly by SLT",
         "Treasurer", 16, 16, "↔", 9,
         [("CR01a", "Refresh the Medium Term Financial Plan to 2029/30 following the provisional Local Government Finance Settlement.",
           "Treasurer", dt(2026, 1, 31), None,
           "Provisional settlement received 17 December; draft MTFP to Budget Working Group in January.", "On track"),
          ("CR01b", "Deliver the 2025/26 efficiency programme of £1.2m and report progress to the Performance and Overview Committee each quarter.",
           "Head of Finance / Head of Procurement", dt(2026, 3, 31), None,
           "£0.86m secured to date; fleet savings delayed by vehicle lead times.", "At risk")]),
        ("CR02 – Availability of on-call firefighters",
         "• On-call availability dashboard\n• Station-level recruitment plans\n• Day-crewing and wholetime cover moves",
         "Deputy Chief Fire Officer", 20, 16, "↓", 12,
         [("CR02a", "Implement the revised on-call availability payment scheme at all on-call stations.",
           "Area Manager – Service Delivery", dt(2025, 9, 30), dt(2026, 3, 31),
           "Consultation with the representative bodies extended; implementation moved to March 2026.", "Off track"),
          ("CR02b", "Run a targeted on-call recruitment campaign in the Macclesfield, Holmes Chapel and Malpas station areas.",
           "Head of People and Development; Station Manager – On-Call Support", dt(2025, 10, 31), None,
           "Campaign closed 24 October; 14 applicants progressed to selection.", "Complete"),
          ("CR02c", "Review duty system options for day-crewed stations as part of the Emergency Response Programme.",
           "Area Manager – Service Delivery", dt(2026, 3, 31), None,
           "Scoping to begin February 2026.", "Not started")]),
        ("CR03 – Cyber attack or ICT failure affecting mobilising",
         "• Firewalls and 24/7 security monitoring\n• Fallback mobilising arrangements with North West Fire Control\n• Annual penetration test",
         "Director of Governance and Commissioning", 15, 15, "↔", 10,
         [("CR03a", "Complete migration of the Command and Control system to the new hosted platform and test failover arrangements.",
           "Head of ICT", dt(2025, 6, 30), dt(2026, 2, 28),
           "Supplier testing found defects in the gazetteer interface; re-test booked for February.", "At risk"),
          ("CR03b", "Achieve Cyber Essentials Plus re-accreditation.",
           "Head of ICT", dt(2026, 1, 31), None,
           "Assessment booked for 20 January 2026.", "On track"),
          ("CR03c", "Deliver a phishing simulation exercise and mandatory cyber awareness training to all staff.",
           "Head of ICT / Information Governance Manager", dt(2025, 11, 30), None,
           "Completed; 94% of staff completed the e-learning module.", "Complete")]),
        ("CR04 – Building safety regulatory change",
         "• Risk Based Inspection Programme\n• Secondment agreement with the Building Safety Regulator\n• Protection competency framework",
         "Area Manager – Protection", 12, 12, "↔", 8,
         [("CR04a", "Recruit and train two additional Fire Safety Inspectors to support Building Safety Regulator multi-disciplinary teams.",
           "Head of Protection", dt(2026, 3, 31), None,
           "Both posts appointed; Level 4 Diploma under way.", "On track"),
          ("CR04b", "Update the Risk Based Inspection Programme to include all higher-risk residential buildings in Cheshire.",
           "Head of Protection", dt(2025, 12, 31), dt(2026, 6, 30),
           "Awaiting final building data from the Building Safety Regulator.", "At risk")]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = 5
    for risk, controls, owner, prev, cur, trend, target, acts in risks:
        top = r
        for ref, text, lead, orig, rev, upd, st in acts:
            ws.cell(r, 8, ref)
            ws.cell(r, 9, text)
            ws.cell(r, 10, lead)
            c = ws.cell(r, 11, orig)
            c.number_format = "dd/mm/yyyy"
            if rev:
                c = ws.cell(r, 12, rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 13, upd)
            c = ws.cell(r, 14, st)
            if st in status_fill:
                c.fill = FILL[status_fill[st]]
            r += 1
        bottom = r - 1
        for col, val in ((1, risk), (2, controls), (3, owner), (4, prev), (5, cur), (6, trend), (7, target)):
            ws.cell(top, col, val)
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        for col, val in ((4, prev), (5, cur), (7, target)):
            ws.cell(top, col).fill = FILL["red" if val >= 15 else "amber" if val >= 8 else "green"]
    box(ws, f"A4:N{r - 1}")
    widths = [30, 38, 18, 9, 9, 9, 9, 7, 50, 26, 12, 12, 42, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(4, i).column_letter].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Heat map summary")
    sm["A1"] = "Corporate risks by current score – Quarter 3 2025/26"
    sm["A1"].font = Font(bold=True)
    for i, (a, b, c) in enumerate((("Score band", "Number of risks", "Risks"),
                                  ("High (15–25)", 3, "CR01, CR02, CR03"),
                                  ("Medium (8–12)", 1, "CR04"),
                                  ("Low (1–6)", 0, "–"),
                                  ("Total", 4, "")), 3):
        sm.cell(i, 1, a)
        sm.cell(i, 2, b)
        sm.cell(i, 3, c)
    box(sm, "A3:C7")
    wb.save(out("tj-cheshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Stonewater - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def stonewater():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Stonewater Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee – 27 January 2026 | Position at 9 January 2026"
    heads = ["Audit report", "Assurance opinion", "Actions", "Complete", "On track", "At risk", "Overdue"]
    for i, h in enumerate(heads, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    data = [
        ("04 2024/25 Damp, Mould and Condensation", "Limited", 3, 2, 0, 0, 1),
        ("07 2024/25 Tenancy Fraud", "Reasonable", 2, 1, 1, 0, 0),
        ("02 2025/26 Cyber Security: Access Management", "Limited", 3, 0, 1, 1, 1),
        ("Total", "", 8, 3, 2, 1, 2),
    ]
    for r, row in enumerate(data, 5):
        for i, v in enumerate(row, 1):
            sm.cell(r, i, v)
        if row[0] == "Total":
            for i in range(1, 8):
                sm.cell(r, i).font = Font(bold=True)
    box(sm, "A4:G8")
    sm["A10"] = "Closed actions are removed from the tracker after they have been reported once as complete."
    sm.column_dimensions["A"].width = 46
    sm.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit actions – open and closed since last Committee"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Priority", "Recommendation", "Action ref", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Progress update (January 2026)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
    audits = [
        ("Report 04 2024/25 – Damp, Mould and Condensation – Limited Assurance", [
            ("High", "The Damp and Mould Policy should be updated to reflect the timescales in Awaab's Law and approved by the Executive Leadership Team.", [
                ("04.1", "Revise the Damp and Mould Policy to include the statutory investigation and repair timescales introduced by Awaab's Law.",
                 "Director of Property Services", dt(2025, 3, 31), dt(2025, 10, 31),
                 "Policy approved by ELT on 21 October 2025 and published.", "blue"),
                ("04.2", "Brief all repairs and customer service staff on the revised policy and record attendance.",
                 "Head of Repairs; Customer Service Manager", dt(2025, 4, 30), dt(2025, 11, 30),
                 "Briefings delivered to 412 staff; attendance held on the learning system.", "blue")]),
            ("Medium", "Case records should evidence a follow-up inspection within six weeks of damp and mould works being completed.", [
                ("04.3", "Configure a mandatory follow-up inspection task in the Total Mobile job management system for all damp and mould works orders.",
                 "Repairs Systems Lead", dt(2025, 5, 31), dt(2025, 9, 30),
                 "Configuration delayed by the Total Mobile upgrade; a new date will be proposed to ELT.", "red")]),
        ]),
        ("Report 07 2024/25 – Tenancy Fraud – Reasonable Assurance", [
            ("Medium", "Tenancy audits should be completed in line with the annual target and results reported to the Tenancy Management Group.", [
                ("07.1", "Set a programme of 1,200 tenancy audits for 2025/26, allocated by patch, and report completion monthly to the Tenancy Management Group.",
                 "Head of Neighbourhoods", dt(2026, 3, 31), None,
                 "812 audits completed to date against a profiled target of 800.", "green")]),
            ("Low", "Photo identification should be captured and stored for all new tenants at sign-up.", [
                ("07.2", "Update the sign-up checklist so that photo ID is scanned to the tenant's record in QL before keys are released.",
                 "Lettings Manager", dt(2025, 7, 31), None,
                 "Checklist updated; compliance sample of 40 sign-ups found 100% with ID.", "blue")]),
        ]),
        ("Report 02 2025/26 – Cyber Security: Access Management – Limited Assurance", [
            ("High", "Leaver accounts should be disabled on the day of leaving and a monthly reconciliation completed between HR and Active Directory.", [
                ("02.1", "Automate the disabling of Active Directory accounts from the HR system leaver date.",
                 "Head of IT Infrastructure", dt(2025, 9, 30), dt(2026, 3, 31),
                 "Integration built; awaiting penetration test before go-live.", "amber"),
                ("02.2", "Carry out a monthly reconciliation of HR leavers against active network accounts and report exceptions to the Information Security Group.",
                 "IT Service Desk Manager / HR Systems Manager", "Monthly", None,
                 "Reconciliations completed for October, November and December.", "green")]),
            ("Medium", "Privileged access rights should be reviewed quarterly by system owners.", [
                ("02.3", "Introduce a quarterly privileged access review for the finance, housing management and HR systems, with sign-off by each system owner.",
                 "Head of IT Infrastructure", dt(2025, 12, 31), None,
                 "First review not yet completed; system owners being confirmed.", "red")]),
        ]),
    ]
    r = 4
    for band, recs in audits:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = FILL["pale"]
        r += 1
        for prio, rec, acts in recs:
            top = r
            for ref, text, lead, orig, rev, upd, rag in acts:
                ws.cell(r, 3, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, lead)
                c = ws.cell(r, 6, orig)
                if isinstance(orig, dt):
                    c.number_format = "dd/mm/yyyy"
                if rev:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 8, upd)
                ws.cell(r, 9).fill = FILL[rag]
                r += 1
            ws.cell(top, 1, prio)
            ws.cell(top, 2, rec)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    box(ws, f"A3:I{r - 1}")
    for col, w in zip("ABCDEFGHI", (10, 44, 9, 52, 28, 13, 13, 44, 7)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for r, (fill, meaning) in enumerate((
            ("blue", "Complete – evidence verified by Internal Audit"),
            ("green", "On track to meet the agreed date"),
            ("amber", "At risk of missing the agreed date"),
            ("red", "Overdue – agreed date passed")), 3):
        key.cell(r, 1).fill = FILL[fill]
        key.cell(r, 2, meaning)
    key["A8"] = "Priority: High – fundamental control weakness; Medium – significant; Low – housekeeping."
    key.column_dimensions["B"].width = 50
    wb.save(out("tj-stonewater-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. University Hospitals Plymouth - UEC programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def uhp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Urgent and Emergency Care Improvement Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=15, color="FFFFFF")
    ws["A1"].fill = FILL["navy"]
    ws.merge_cells("A1:I1")
    ws["A2"] = "University Hospitals Plymouth NHS Trust | Reporting period: November 2025 | Report to: Finance and Performance Committee, 16 December 2025"
    ws.merge_cells("A2:I2")
    info = [("Senior Responsible Owner", "Chief Operating Officer"),
            ("Programme Lead", "Director of Urgent Care Transformation"),
            ("Overall RAG – previous period", "R"),
            ("Overall RAG – this period", "A")]
    r = 4
    for a, b in info:
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c = ws.cell(r, 3, b)
        if b == "R":
            c.fill = FILL["red"]
        elif b == "A":
            c.fill = FILL["amber"]
        r += 1
    box(ws, "A4:C7")
    r += 1
    ws.cell(r, 1, "Key achievements this period").font = Font(bold=True)
    r += 1
    for t in ("• Immediate Release protocol live with SWASFT; average handover time fell from 71 to 52 minutes.",
              "• Criteria-led discharge now in use on all 14 adult medical wards.",
              "• Four-hour performance 63.8% in November (October 60.1%)."):
        ws.cell(r, 1, t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True)
    r += 1
    for t in ("• Pathway 1 domiciliary care capacity remains below plan; escalated to the One Plymouth system board.",
              "• Nurse staffing for UTC evening streaming not yet secured."):
        ws.cell(r, 1, t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
    r += 1
    ws.cell(r, 1, "Milestone tracker").font = Font(bold=True, size=12)
    r += 1
    heads = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    hdr = r
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    r += 1
    streams = [
        ("1. Pre-hospital and front door", [
            ("1.1", "Open the dedicated ambulance handover area (Cohort 2) next to ED majors.",
             "Director of Operations – Medicine", dt(2025, 10, 31), dt(2025, 12, 15), "A", "A",
             "Estates works complete; fire sign-off expected early December."),
            ("1.2", "Implement the Immediate Release protocol with South Western Ambulance Service, including 45-minute handover escalation.",
             "Deputy COO / ED Clinical Director", dt(2025, 9, 30), dt(2025, 9, 30), "G", "B",
             "Live from 1 September 2025; now business as usual."),
            ("1.3", "Extend front-door streaming to the Urgent Treatment Centre until 22:00, seven days a week.",
             "ED Matron", dt(2025, 11, 30), dt(2026, 1, 31), "G", "R",
             "Two band 6 posts vacant; bank cover requested from January."),
        ]),
        ("2. Same Day Emergency Care (SDEC)", [
            ("2.1", "Extend medical SDEC opening hours to 08:00–22:00 Monday to Friday.",
             "SDEC Clinical Lead", dt(2025, 12, 31), dt(2025, 12, 31), "G", "G",
             "Rota agreed; starts 1 December on a phased basis."),
            ("2.2", "Launch a surgical SDEC direct referral pathway for GPs via Advice & Guidance.",
             "General Surgery Service Manager", dt(2026, 1, 31), dt(2026, 3, 31), "A", "A",
             "Pathway drafted; awaiting sign-off by the ICB primary care team."),
        ]),
        ("3. Inpatient flow", [
            ("3.1", "Roll out criteria-led discharge to all adult medical wards at Derriford Hospital.",
             "Kate Hoskin & Tom Ellery", dt(2025, 10, 31), dt(2025, 10, 31), "G", "B",
             "Completed; see key achievements."),
            ("3.2", "Hold weekly long length of stay (21+ days) reviews on every ward with the divisional triumvirates.",
             "Divisional Directors of Nursing", "Weekly – ongoing", None, "G", "G",
             "Reviews embedded; 21+ day patients down from 148 to 131."),
        ]),
        ("4. Discharge and out of hospital", [
            ("4.1", "Increase discharge to assess (Pathway 1) capacity by 20 packages per week with Livewell Southwest.",
             "Head of Integrated Discharge", dt(2025, 11, 30), dt(2026, 2, 28), "A", "R",
             "Only 9 additional packages sourced; escalated to system board."),
            ("4.2", "Open the discharge lounge until 20:00 and move transport bookings to the day before discharge.",
             "Head of Integrated Discharge", dt(2026, 3, 31), dt(2026, 3, 31), None, None,
             "Due to start in Q4."),
        ]),
    ]
    letter_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for stream, acts in streams:
        top = r
        for ref, text, lead, base, fc, prev, cur, com in acts:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, lead)
            c = ws.cell(r, 5, base)
            if isinstance(base, dt):
                c.number_format = "dd/mm/yyyy"
            if fc:
                ws.cell(r, 6, fc).number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    c = ws.cell(r, col, v)
                    c.fill = FILL[letter_fill[v]]
                    c.alignment = Alignment(horizontal="center")
            ws.cell(r, 9, com)
            r += 1
        ws.cell(top, 1, stream)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    box(ws, f"A{hdr}:I{r - 1}")
    for row in range(hdr + 1, r):
        for col in (7, 8):
            ws.cell(row, col).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(r, 1, "RAG key: B = Complete; G = On track to baseline date; A = Forecast later than baseline, recovery plan in place; R = Off track, escalation required")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(r, 1, "Decisions / support required from the Committee").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "• Note the escalation of Pathway 1 capacity to the One Plymouth system board.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (26, 6, 50, 28, 12, 12, 9, 9, 44)):
        ws.column_dimensions[col].width = w

    km = wb.create_sheet("Key metrics")
    km["A1"] = "UEC key metrics – November 2025"
    km["A1"].font = Font(bold=True)
    rows = [("Metric", "Target", "Sep-25", "Oct-25", "Nov-25"),
            ("ED four-hour performance (all types)", "78%", "61.2%", "60.1%", "63.8%"),
            ("Average ambulance handover (minutes)", "45", "71", "58", "52"),
            ("12-hour waits from arrival", "<2%", "9.8%", "9.1%", "8.4%"),
            ("Patients with no criteria to reside (daily average)", "90", "162", "158", "151")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            km.cell(i, j, v)
    box(km, "A3:E7")
    km.column_dimensions["A"].width = 48
    wb.save(out("tj-university-hospitals-plymouth-uec-improvement-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9"}


# ---------------------------------------------------------------------------
# 4. Sir John Deane's College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def sir_john_deane():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("Sir John Deane's College – Post-Inspection Action Plan 2025–26", style="Title")
    d.add_paragraph("Ofsted further education and skills inspection, 10–13 June 2025. "
                    "Update for the Quality and Standards Committee, January 2026.")

    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Approved by")):
        c.text = h
    bold_row(t.rows[0])
    for row in (("1.0", "15/09/2025", "Vice Principal – Curriculum and Quality", "Corporation, 30/09/2025"),
                ("1.1", "12/01/2026", "Vice Principal – Curriculum and Quality", "Quality and Standards Committee")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_paragraph("RAG key", style="Heading 2")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in (("Blue", "Action complete and impact evaluated"),
                            ("Green", "On track"),
                            ("Amber", "Behind schedule – recovery in hand"),
                            ("Red", "At risk of not being achieved"),
                            ("", "No rating – action not yet started")):
        cells = k.add_row().cells
        cells[0].text = colour
        cells[1].text = meaning
        if colour:
            shade(cells[0], HEX[colour.lower()])

    d.add_paragraph("The areas for improvement below are those set out in the inspection report. "
                    "Each is followed by the actions agreed by leaders and approved by governors.")

    sections = [
        ("Quality of education", [
            ("Area for improvement 1",
             "Leaders should ensure that teachers in a minority of subjects check students' understanding effectively before moving on to new topics.",
             [("1.1", "Deliver a CPD programme on responsive teaching and questioning for all teaching staff, led by the Advanced Practitioners.",
               "Assistant Principal – Teaching and Learning", "Autumn term 2025",
               "All teaching staff attend three sessions", "Programme delivered; 97% attendance.", "Blue"),
              ("1.2", "Carry out focused learning walks in the six subjects identified at inspection and share findings with Heads of Department.",
               "AP – T&L / Heads of Department", "Termly",
               "Learning walks show checking of understanding in most lessons", "Autumn walks complete; spring walks scheduled.", "Green"),
              ("1.3", "Introduce low-stakes retrieval quizzes at the start of lessons in A-level sciences and mathematics.",
               "Head of Science; Head of Mathematics", "31 January 2026",
               "Quizzes in use in all science and maths groups", "In place in science; maths groups partially.", "Amber")]),
            ("Area for improvement 2",
             "Leaders should ensure that students who need to resit GCSE English and mathematics attend their lessons regularly.",
             [("2.1", "Set weekly attendance targets for GCSE resit classes and follow up absence on the same day through the Student Progress Tutors.",
               "Director of Student Services", "October 2025",
               "Resit attendance at or above 88%", "Same-day follow-up in place since 6 October.", "Blue"),
              ("2.2", "Report GCSE resit attendance to the Quality and Standards Committee at each meeting.",
               "Vice Principal – Curriculum and Quality", "Each committee meeting",
               "Governors receive attendance by group", "Reported November 2025 and January 2026.", "Green")]),
        ]),
        ("Personal development", [
            ("Area for improvement 3",
             "Leaders should ensure that all students receive effective careers guidance about apprenticeships and technical routes, not only university options.",
             [("3.1", "Run an apprenticeships and technical careers week with local employers.",
               "Careers Leader", "March 2026",
               "At least 20 employers take part", "Planning to start in February.", ""),
              ("3.2", "Make sure every Year 13 student not applying to university has a one-to-one careers interview by the end of the autumn term.",
               "Careers Leader", "December 2025",
               "100% of identified students interviewed", "All 143 students interviewed.", "Blue")]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 4",
             "Governors should receive more detailed information about the quality of teaching in individual subjects so that they can challenge leaders effectively.",
             [("4.1", "Add subject-level quality indicators to the termly Quality Report to the Corporation.",
               "Vice Principal – Curriculum and Quality", "February 2026",
               "Governors' questions recorded in minutes", "Template agreed with the Chair of Quality and Standards.", "Green"),
              ("4.2", "Assign a link governor to each curriculum area and arrange at least one visit per year.",
               "Clerk to the Corporation / Chair of Governors", "Summer term 2026",
               "Each curriculum area visited once", "Five of eight link governors assigned.", "Amber")]),
        ]),
    ]
    for heading, afis in sections:
        d.add_paragraph(heading, style="Heading 1")
        for label, afi, acts in afis:
            d.add_paragraph(label, style="Heading 2")
            p = d.add_paragraph()
            p.add_run(afi).bold = True
            t = d.add_table(rows=1, cols=7)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "Timescale", "Success measure",
                                              "Progress update (January 2026)", "RAG")):
                c.text = h
                shade(c, HEX["grey"])
            bold_row(t.rows[0])
            for ref, text, lead, when, measure, upd, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (ref, text, lead, when, measure, upd, rag)):
                    c.text = v
                if rag:
                    shade(cells[6], HEX[rag.lower()])
            d.add_paragraph()
    d.add_paragraph("Next review: Quality and Standards Committee, March 2026.")
    d.save(out("tj-sir-john-deanes-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Newbridge Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def newbridge():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    h = d.add_paragraph("Newbridge Surgery – CQC Action Plan", style="Heading 1")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in (("Provider", "Newbridge Surgery Partnership"),
                 ("Inspection date", "15 July 2025"),
                 ("Report published", "29 August 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan owner", "Practice Manager"),
                 ("Last updated", "8 December 2025")):
        cells = info.add_row().cells
        cells[0].text = a
        cells[1].text = b
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    d.add_paragraph()

    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ("No.", "Issue identified by CQC", "Action to be taken", "Lead",
                                        "Target date", "Status")):
        c.text = hd
        shade(c, HEX["grey"])
    bold_row(t.rows[0])

    def section(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = text
        for run in m.paragraphs[0].runs:
            run.bold = True
        shade(m, "DEEAF6")

    def action(no, issue, text_paras, lead, when, status):
        cells = t.add_row().cells
        cells[0].text = no
        cells[1].text = issue
        cells[2].text = text_paras[0]
        for extra in text_paras[1:]:
            cells[2].add_paragraph(extra)
        cells[3].text = lead
        cells[4].text = when
        cells[5].text = status

    section("Must do: Regulation 12 – Safe care and treatment")
    action("1", "Not all patients prescribed high-risk medicines had received the required monitoring.",
           ["Complete a full search of patients on DMARDs, lithium and warfarin and recall any overdue for monitoring.",
            "Add a monthly repeat search to the practice audit calendar."],
           "Dr A Mensah / Practice Pharmacist", "31/10/2025", "Completed")
    action("2", "There was no risk assessment for emergency medicines not held at the practice.",
           ["Complete a risk assessment for each emergency medicine not stocked and record the decision in the emergency drugs folder."],
           "Practice Manager", "30/09/2025", "Completed")
    action("3", "Actions from the infection prevention and control audit had not been completed.",
           ["Complete all outstanding actions from the July 2025 IPC audit, including replacing the fabric chairs in the treatment room."],
           "Nurse Manager (IPC Lead)", "December 2025", "On track")
    section("Must do: Regulation 17 – Good governance")
    action("4", "The system for acting on patient safety alerts was not effective.",
           ["Set up a shared safety alerts log, record the action taken for each MHRA alert and review the log at the monthly clinical meeting."],
           "Practice Manager & Dr L Price", "30/11/2025", "Completed")
    action("5", "Not all staff had completed mandatory training in safeguarding, fire safety and information governance.",
           ["Book outstanding training through Blue Stream Academy and monitor completion on the training matrix."],
           "Assistant Practice Manager", "31/01/2026", "On track")
    action("6", "The clinical records of non-medical prescribers were not audited.",
           ["Audit 10 consultations per non-medical prescriber each quarter, with feedback from a GP partner."],
           "GP Partners", "Quarterly from January 2026", "On track")
    section("Should do (improvements)")
    action("7", "Continue to improve uptake of cervical screening.",
           ["Run Saturday morning smear clinics over the winter and send text reminders to non-responders."],
           "Nurse Manager", "March 2026", "Not started")
    action("8", "Improve patient satisfaction with telephone access.",
           ["Move to a cloud-based telephony system with call-back and queue position messages."],
           "Practice Manager", "Feb 2026", "On track")

    d.add_paragraph()
    d.add_paragraph("Status key: Completed / On track / Not started.")
    d.add_paragraph("This action plan was agreed at the practice meeting on 9 September 2025 and is reviewed monthly by the partners. "
                    "A copy has been shared with NHS Cheshire and Merseyside ICB.")
    d.save(out("tj-newbridge-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Suffolk PCC / Suffolk Constabulary - internal audit tracker (csv, refuse)
# ---------------------------------------------------------------------------
def suffolk_csv():
    rows = [
        ["Police and Crime Commissioner for Suffolk and Suffolk Constabulary - Joint Audit Committee - Internal Audit Recommendations Tracker"],
        ["Position as at 31 December 2025"],
        [],
        ["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Action",
         "Action Owner", "Original Due", "Revised Due", "Status", "Latest Update"],
        ["Fleet Management", "2024/25", "Reasonable", "FM/01", "Medium",
         "Vehicle defect reports should be reviewed weekly and closed only when the repair is confirmed.",
         "Introduce a weekly defect review between Transport Services and the workshop supervisor, with closure evidenced on Tranman.",
         "Head of Transport Services", "Mar-25", "Jun-25", "Complete", "Weekly reviews in place since May 2025."],
        ["Fleet Management", "2024/25", "Reasonable", "FM/02", "Low",
         "Fuel card transactions should be reconciled monthly.",
         "Reconcile fuel card statements to vehicle mileage records each month and report anomalies to the Fleet Manager.",
         "Fleet Manager", "Apr-25", "", "Complete", "Reconciliations completed April to November."],
        ["Seized Property", "2024/25", "Limited", "SP/01", "High",
         "Property held in the central store should be reconciled to Niche records at least annually.",
         "Complete a full reconciliation of the Martlesham property store against Niche and dispose of items past their retention date.",
         "Head of Criminal Justice Services / Property Manager", "Sep-25", "Mar-26", "Amber",
         "Reconciliation 70% complete; disposals booked for February."],
        ["Seized Property", "2024/25", "Limited", "SP/02", "Medium",
         "Access to the high-value safe should be restricted and logged.",
         "Restrict safe access to named property officers and introduce a signed access log checked weekly by the Property Manager.",
         "Property Manager", "Jul-25", "", "Complete", "Access list reduced to 4 officers; log in use."],
        ["Seized Property", "2024/25", "Limited", "SP/03", "Medium",
         "Cash seizures should be banked within five working days.",
         "Issue a force instruction on banking seized cash within five working days and report exceptions monthly.",
         "Property Manager", "Dec-25", "", "Green", "Force instruction drafted."],
        ["Payroll", "2025/26", "Reasonable", "PAY/01", "Medium",
         "Overtime claims should be approved by a supervisor before payment.",
         "Configure the duty management system so that overtime cannot be exported to payroll until it has been authorised by a supervisor.",
         "Joint Head of Payroll", "Jul-25", "0ct-25", "Red", "System change delayed by supplier; escalated to the Chief Finance Officer."],
        ["Payroll", "2025/26", "Reasonable", "PAY/02", "Low",
         "Starter forms should be retained for all new employees.",
         "Scan starter forms to the HR system and check a monthly sample of new starters.",
         "Joint Head of Payroll", "Nov-25", "", "Green", "Monthly sample check started in November."],
        ["OPCC Commissioning and Grants", "2025/26", "Substantial", "OPCC/01", "Low",
         "Grant monitoring returns should be chased when more than 30 days overdue.",
         "Add a 30-day chase step to the grants monitoring calendar and record chasers on the grants register.",
         "OPCC Commissioning and Partnerships Manager", "Jan-26", "", "Green", "Calendar updated."],
        ["Cyber Security", "2025/26", "Limited", "CY/01", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce multi-factor authentication on all remote access and privileged accounts across Norfolk and Suffolk.",
         "Chief Information Officer (Joint ICT)", "Mar-26", "", "Amber", "87% of accounts enrolled."],
    ]
    with open(out("tj-suffolk-pcc-constabulary-internal-audit-recommendations-tracker-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Lavender Lodge Care Home - CQC action plan (tab-separated text)
# ---------------------------------------------------------------------------
def lavender_txt():
    lines = [
        "Lavender Lodge Care Home",
        "CQC Action Plan – Requires Improvement (inspection 3 and 4 June 2025)",
        "Registered Manager: Sandra Okafor\tProvider: Lavender Care Homes Ltd\tLast updated: 14 November 2025",
        "",
        "\t".join(["Key question", "Regulation / finding", "Action", "Responsible", "Target date", "Update", "RAG"]),
        "\t".join(["Safe", "Reg 12: Risks relating to falls and pressure care were not always assessed or reviewed.",
                   "Review every resident's falls and Waterlow risk assessments and update care plans.",
                   "Deputy Manager", "31/07/2025", "All 34 residents reviewed.", "Complete"]),
        "\t".join(["", "", "Introduce a monthly falls analysis to identify themes, times and locations.",
                   "Registered Manager", "Monthly", "Analysis presented at October clinical governance meeting.", "Green"]),
        "\t".join(["Safe", "Reg 12: Medicines were not always managed safely, including PRN protocols and topical creams.",
                   "Put PRN protocols in place for all as-required medicines and audit them weekly for 8 weeks.",
                   "Clinical Lead; Senior Carer (Medicines)", "31/08/2025", "Protocols in place; weekly audits completed.", "Complete"]),
        "\t".join(["", "", "Introduce body maps and topical MAR charts for all prescribed creams.",
                   "Clinical Lead", "Sept 2025", "In place on Bluebell unit; Rose unit outstanding.", "Amber"]),
        "\t".join(["Effective", "Reg 11: The service did not always work within the principles of the Mental Capacity Act.",
                   "Complete decision-specific mental capacity assessments for residents with bed rails and sensor mats.",
                   "Registered Manager", "30/09/2025", "Assessments completed and best interest decisions recorded.", "Complete"]),
        "\t".join(["", "", "Deliver MCA and DoLS refresher training to all senior carers and nurses.",
                   "Training Coordinator", "31/12/2025", "18 of 26 staff trained.", "Amber"]),
        "\t".join(["Well-led", "Reg 17: Quality assurance systems had not identified the shortfalls found at this inspection.",
                   "Replace the audit schedule with the provider's new quality assurance framework, including a monthly provider visit by the Operations Manager.",
                   "Operations Manager / Registered Manager", "October 2025", "Framework launched; provider visits in place.", "Green"]),
        "\t".join(["", "", "Hold residents' and relatives' meetings every quarter and publish a 'You said, we did' notice.",
                   "Activities Coordinator", "Quarterly", "September meeting held; notice on display.", "Green"]),
        "",
        "RAG key: Complete = action finished and checked by the Registered Manager; Green = on track; Amber = some slippage; Red = not on track",
        "Action plan sent to CQC on 2 July 2025. Reviewed monthly at the home's clinical governance meeting.",
    ]
    with open(out("tj-lavender-lodge-care-home-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cheshire_frs()
    stonewater()
    uhp()
    sir_john_deane()
    newbridge()
    suffolk_csv()
    lavender_txt()
    print("built 7 files")
