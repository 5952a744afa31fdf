#!/usr/bin/env python3
"""Build the seven ox2- blind test files for set heldout444.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Only writes files whose names start with ``ox2-`` in this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("ox2-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Capita plc - ICO remediation action plan (xlsx)
# ---------------------------------------------------------------------------
def make_capita():
    title = "Capita plc – ICO Remediation Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Cyber incident of 22 March 2023 – actions agreed with the Information Commissioner’s Office"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Document owner", "Group Chief Information Security Officer (Group CISO)"),
        ("Version", "4.1"),
        ("Status", "Submitted to ICO"),
        ("Position date", "31 October 2025"),
        ("Classification", "CONFIDENTIAL – Regulator"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Summary of changes"),
        ("3.0", d(2024, 11, 29), "Plan re-baselined following ICO notice of intent"),
        ("4.0", d(2025, 3, 14), "Revised target dates agreed with ICO case officer"),
        ("4.1", d(2025, 10, 31), "Quarterly progress update"),
    ]
    for i, row in enumerate(hist, start=12):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 55
    cov.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "ICO finding", "Remedial action", "Action owner",
               "Original target date", "Revised target date", "Previous RAG",
               "Current RAG", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}
    areas = [
        ("Area 1: Privileged access and lateral movement",
         "Capita had not implemented a tiered administration model or privileged access management controls, which allowed the attacker to escalate privileges and move laterally between domains.",
         [
             ("1.1", "Implement an Active Directory tiering model (Tier 0/1/2) across all Group domains, with separate administrative accounts for each tier.",
              "Head of Identity & Access Management", d(2024, 3, 31), d(2024, 9, 30), "A", "Complete",
              "Tiering live in all 14 domains; closure evidence sent to ICO 7 October 2024."),
             ("1.2", "Deploy a privileged access management (PAM) solution providing just-in-time access and session recording for all Tier 0 and Tier 1 accounts.",
              "Group CISO / Head of Identity & Access Management", d(2024, 6, 30), d(2025, 12, 31), "A", "A",
              "Tier 0 complete. Tier 1 onboarding at 72%; legacy pensions platform accounts outstanding."),
             ("1.3", "Remove standing domain administrator rights and complete a quarterly recertification of all privileged accounts.\nFirst recertification cycle to be evidenced to the ICO.",
              "Head of Identity & Access Management", d(2026, 1, 31), None, "G", "G",
              "Standing rights removed. First recertification cycle under way."),
         ]),
        ("Area 2: Security monitoring and incident response",
         "A high-priority alert was raised within ten minutes but the affected device was not quarantined for 58 hours; the Security Operations Centre was under-resourced against its one-hour response target.",
         [
             ("2.1", "Recruit to the agreed SOC establishment and provide 24/7 cover on all shifts, with staffing reported monthly to the Executive Committee.",
              "Director of Security Operations", d(2024, 12, 31), d(2025, 6, 30), "R", "Complete",
              "Establishment of 38 FTE reached June 2025."),
             ("2.2", "Configure automated endpoint isolation for high-severity EDR alerts so that devices are contained without waiting for analyst triage.",
              "Director of Security Operations", d(2025, 3, 31), None, "G", "Complete",
              "Automated isolation enabled 12 March 2025; median containment time now 6 minutes."),
             ("2.3", "Test the cyber incident response plan through two live exercises a year, including a ransomware scenario involving Capita Pension Solutions.",
              "Group CISO; Managing Director, Capita Pension Solutions", "Six-monthly", None, "G", "G",
              "Exercise held 9 September 2025; next exercise March 2026."),
         ]),
        ("Area 3: Vulnerability management and penetration testing",
         "Deficiencies identified in earlier penetration tests had not been remediated and were not tracked to closure at a senior level.",
         [
             ("3.1", "Create a single vulnerability register for all penetration test findings, with owners and remediation deadlines, reviewed monthly by the Technology Risk Committee.",
              "Head of Cyber Assurance", d(2024, 11, 30), d(2025, 3, 31), "A", "Complete",
              "Register in place and reviewed monthly since April 2025."),
             ("3.2", "Commission an independent follow-up penetration test to confirm that all critical and high findings from the 2022–2023 tests have been closed.",
              "Head of Cyber Assurance", d(2025, 3, 31), d(2026, 2, 28), "A", "R",
              "Supplier procurement delayed; test now scheduled for January 2026. Escalated to Audit Committee."),
         ]),
        ("Area 4: Data retention and support for affected individuals",
         "Pension scheme records were retained beyond their required retention periods, increasing the volume of personal data exposed.",
         [
             ("4.1", "Apply the revised Group retention schedule to pension administration systems and securely delete records past their retention date.",
              "Group Data Protection Officer", d(2025, 9, 30), d(2026, 3, 31), "A", "A",
              "Deletion requires sign-off from each scheme trustee; 41 of 112 schemes complete."),
             ("4.2", "Keep the dedicated helpline and credit monitoring offer open for affected individuals and report take-up to the ICO each quarter.",
              "Group Data Protection Officer", "Ongoing", None, "G", "G",
              "Q3 2025 take-up report sent 15 October 2025."),
         ]),
    ]
    r = 4
    for area, finding, acts in areas:
        ws.cell(r, 1, area).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(r, j).fill = fill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for ref, act, owner, orig, rev, prev, cur, prog in acts:
            vals = [ref, finding if r == first else None, act, owner, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(ragfill[prev])
            ws.cell(r, 8).fill = fill(ragfill[cur])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for k, v in [("Complete", 4), ("G", 3), ("A", 2), ("R", 1), ("Total", 10)]:
        ws.cell(r, 1, k).border = BOX
        ws.cell(r, 2, v).border = BOX
        if k in ragfill:
            ws.cell(r, 1).fill = fill(ragfill[k])
        r += 1
    r += 1
    ws.cell(r, 1, "Note: revised target dates were agreed with the ICO case officer on 14 March 2025; the revised date is the date now being worked to.").font = Font(italic=True)
    widths = [7, 45, 55, 30, 14, 14, 10, 11, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", "Action delivered and closure evidence provided to the ICO"),
        ("G", "On track to meet the target date"),
        ("A", "At risk – target date may be missed; mitigation in place"),
        ("R", "Off track – target date will be missed; escalated"),
    ], start=2):
        key.cell(i, 1, k).fill = fill(ragfill[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 60
    wb.save(out("ox2-capita-plc-ico-cyber-incident-remediation-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Peak District NPA - Moors for the Future programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_mff():
    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight report"
    hl["A1"] = "Moors for the Future Partnership – Programme Highlight Report, Q2 2025/26"
    hl["A1"].font = Font(bold=True, size=14, color="385723")
    hl.merge_cells("A1:E1")
    hl["A2"] = "Reporting period: 1 July – 30 September 2025"
    info = [
        ("Accountable body", "Peak District National Park Authority"),
        ("Senior Responsible Owner", "Head of Programme Delivery"),
        ("Prepared by", "Programme Office"),
        ("Report to", "Strategic Management Group, 21 October 2025"),
        ("Overall programme status", ""),
    ]
    for i, (k, v) in enumerate(info, start=4):
        hl.cell(i, 1, k).font = Font(bold=True)
        hl.cell(i, 2, v)
        hl.cell(i, 1).border = BOX
        hl.cell(i, 2).border = BOX
    hl.cell(8, 2).fill = fill(AMBER)

    hl["A10"] = "Status summary"
    hl["A10"].font = Font(bold=True)
    dims = [
        ("Dimension", "Last period", "This period", "Comment"),
        ("Time", "A", "A", "Kinder gully-blocking reprogrammed into the 2025/26 season."),
        ("Cost", "G", "G", "Forecast outturn within 2% of budget."),
        ("Scope", "G", "G", "No change requests this period."),
        ("Quality", "G", "G", "All site inspections passed."),
        ("Resources", "A", "R", "Science Officer post vacant since July; monitoring report delayed."),
    ]
    rc = {"R": RED, "A": AMBER, "G": GREEN}
    for i, row in enumerate(dims, start=11):
        for j, v in enumerate(row, start=1):
            c = hl.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if i == 11:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            elif j in (2, 3):
                c.fill = fill(rc[v])
    hl["A18"] = "Key risks and issues"
    hl["A18"].font = Font(bold=True)
    risks = [
        ("ID", "Description", "Rating", "Trend"),
        ("R03", "Availability of helicopter contractors for material lifts in the winter works window.", "High", "↑"),
        ("I07", "Vacancy in the Science Officer post is delaying monitoring outputs.", "Medium", "↑"),
    ]
    for i, row in enumerate(risks, start=19):
        for j, v in enumerate(row, start=1):
            c = hl.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if i == 19:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    for col, w in zip("ABCDE", (28, 60, 12, 60, 10)):
        hl.column_dimensions[col].width = w

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker – Q2 2025/26"
    ms["A1"].font = Font(bold=True, size=12)
    ms["A2"] = "RAG: Blue = complete   Green = on track   Amber = at risk   Red = missed / off track"
    ms["A2"].font = Font(italic=True)
    heads = ["Workstream", "Ref", "Milestone / deliverable", "Lead", "Baseline date",
             "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ms.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
        c.alignment = WRAP
    colour = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    streams = [
        ("Conservation works", [
            ("CW1", "Complete heather brash and seed spreading on 42 ha of bare peat at Bleaklow (Phase 3).", "JW",
             d(2025, 3, 31), d(2025, 3, 31), "B", "Completed 28 March 2025; final site inspection signed off."),
            ("CW2", "Install 1,800 stone and timber dams on Kinder Plateau to reduce gully erosion.", "JW / DH",
             d(2025, 3, 31), d(2026, 3, 31), "A", "Helicopter contractor unavailable in February; remaining 640 dams reprogrammed for the 2025/26 season."),
            ("CW3", "Plant 250,000 sphagnum plugs across Marsden Moor and Black Hill.", "DH",
             d(2026, 3, 31), d(2026, 3, 31), "G", "Plug order placed with nursery; planting from November."),
            ("CW4", "Agree landowner consents and SSSI assents for the 2026/27 works programme.", "Conservation Works Manager",
             d(2025, 12, 31), d(2026, 1, 31), "A", "Two landowners yet to respond; Natural England assent meeting booked."),
        ]),
        ("Science and monitoring", [
            ("SM1", "Publish the five-year water table and vegetation monitoring report for MoorLIFE sites.", "Science Programme Manager",
             d(2025, 6, 30), d(2025, 11, 30), "R", "Baseline date missed owing to vacancy; draft with partners for comment."),
            ("SM2", "Install replacement dipwells and rain gauges at the Kinder and Bleaklow monitoring stations.", "TH",
             d(2025, 9, 30), d(2025, 9, 30), "B", "Installed August 2025."),
            ("SM3", "Recruit and train 30 new Community Science volunteers for the 2026 survey season.", "Community Science Officer",
             d(2026, 4, 30), d(2026, 4, 30), "G", "Recruitment opens January."),
        ]),
        ("Engagement and communications", [
            ("EC1", "Deliver the Moorland Discovery schools programme to 1,200 pupils in the 2025/26 academic year.", "Engagement Manager",
             d(2026, 7, 31), d(2026, 7, 31), "G", "310 pupils reached to date."),
            ("EC2", "Launch the refreshed Moors for the Future website and partner dashboard.", "Communications Officer & Digital Officer",
             d(2025, 10, 31), d(2025, 12, 31), "A", "User testing extended; launch moved to December."),
        ]),
        ("Programme management and funding", [
            ("PM1", "Submit the Nature for Climate Peatland Grant Scheme delivery bid for 2026–2028.", "Head of Programme Delivery",
             d(2025, 11, 30), d(2025, 11, 30), "G", "Bid drafted; partner contributions confirmed."),
            ("PM2", "Review the partnership agreement and cost-recovery model with Strategic Management Group members.", "Head of Programme Delivery; Finance Manager (PDNPA)",
             d(2026, 3, 31), d(2026, 3, 31), "G", "Workshop with partners planned for January."),
        ]),
    ]
    r = 4
    for name, items in streams:
        first = r
        for ref, text, lead, base, fc, rag, comm in items:
            vals = [name if r == first else None, ref, text, lead, base, fc, None, comm]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ms.cell(r, 7).fill = fill(colour[rag])
            r += 1
        ms.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ms.cell(first, 1).font = Font(bold=True)
        ms.cell(first, 1).alignment = Alignment(vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFGH", (20, 7, 55, 28, 12, 12, 8, 50)):
        ms.column_dimensions[col].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Programme finance 2025/26 (£000)"
    fin["A1"].font = Font(bold=True)
    frows = [
        ("Funding stream", "Budget", "Spend to date", "Forecast outturn", "Variance"),
        ("Nature for Climate Peatland Grant", 2140, 905, 2098, -42),
        ("Water company partners", 610, 288, 610, 0),
        ("PDNPA core contribution", 185, 92, 185, 0),
        ("Total", 2935, 1285, 2893, -42),
    ]
    for i, row in enumerate(frows, start=3):
        for j, v in enumerate(row, start=1):
            c = fin.cell(i, j, v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    fin.column_dimensions["A"].width = 36
    wb.save(out("ox2-peak-district-npa-moors-for-the-future-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. UK Space Agency - first launch lessons learned action plan (xlsx)
# ---------------------------------------------------------------------------
def make_uksa():
    title = "UK Space Agency – First Launch Lessons Learned: Implementation Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Progress update: June 2025. Reported to the UKSA Executive Committee."
    sm["A4"] = "Status key"
    sm["A4"].font = Font(bold=True)
    keyrows = [("Complete", BLUE, "Action delivered"), ("On track", GREEN, "Green – will meet target date"),
               ("At risk", AMBER, "Amber – target date at risk"), ("Off track", RED, "Red – target date missed or will be missed"),
               ("Not started", "FFFFFF", "Not yet due to start")]
    for i, (k, col, desc) in enumerate(keyrows, start=5):
        sm.cell(i, 1, k).fill = fill(col)
        sm.cell(i, 2, desc)
    sm["A11"] = "Actions by theme"
    sm["A11"].font = Font(bold=True)
    counts = [
        ("Theme", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"),
        ("1. Regulation and licensing", 3, 2, 1, 0, 0, 0),
        ("2. International agreements", 2, 1, 1, 0, 0, 0),
        ("3. Programme governance and assurance", 2, 1, 0, 1, 0, 0),
        ("4. Communications and stakeholder engagement", 2, 0, 0, 0, 1, 1),
        ("Total", 9, 4, 2, 1, 1, 1),
    ]
    for i, row in enumerate(counts, start=12):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 12 or row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 46
    sm.column_dimensions["B"].width = 40

    ap = wb.create_sheet("Action plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=13)
    ap["A2"] = "Owner: Launch Programme Director | Lessons drawn from the First Launch Lessons Learned report (December 2023)"
    ap["A2"].font = Font(italic=True)
    heads = ["Theme", "Lesson identified", "Ref", "Action", "Lead", "Supporting",
             "Target date", "Status", "Progress commentary"]
    for j, h in enumerate(heads, start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.border = BOX
        c.alignment = WRAP
    st = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
    rows = [
        ("1. Regulation and licensing",
         "Operators found the licensing process under the Space Industry Act 2018 duplicative, with overlapping information requests from different regulators.",
         "1.1a", "Work with the CAA to publish a single consolidated guidance pack for launch and spaceport licence applicants.",
         "Head of Launch Regulation Policy", "CAA", "Q3 2024/25", "Complete", "Guidance pack published December 2024."),
        (None, None, "1.1b", "Agree a memorandum of understanding setting out how UKSA, the CAA and the MCA share applicant information to avoid duplicate requests.",
         "Head of Launch Regulation Policy", "CAA; MCA", "March 2025", "Complete", "MoU signed 20 March 2025."),
        (None, "Timescales for licence determination were not visible to operators or investors.",
         "1.2a", "Introduce published target timescales for each licensing stage and report performance quarterly.",
         "Launch Programme Director", "CAA", "Q2 2025/26", "On track", "Draft timescales consulted on with industry in May."),
        ("2. International agreements",
         "Arrangements with the United States for technology safeguards, and with neighbouring states for airspace and maritime hazard areas, took longer than planned.",
         "2.1a", "Maintain a forward plan of the international agreements needed for each UK launch campaign, reviewed by the Launch Programme Board.",
         "International Relations Lead", "FCDO; DSIT", "Ongoing", "On track", "Forward plan reviewed at each Programme Board."),
        (None, None, "2.1b", "Complete the airspace and maritime arrangements with Iceland, the Faroe Islands and Ireland for northerly launch trajectories.",
         "International Relations Lead", "FCDO", d(2024, 12, 31), "Complete", "All three arrangements in place."),
        ("3. Programme governance and assurance",
         "Roles and decision rights between government, the spaceport and the launch operator were not always clear during the launch campaign.",
         "3.1a", "Produce a RACI for future launch campaigns, agreed with spaceports and operators before mission planning begins.",
         "Launch Programme Director", "Spaceport operators", d(2025, 9, 30), "At risk", "Awaiting comments from two spaceports."),
        (None, "Lessons from the Pathfinder launch were not captured systematically while the campaign was under way.",
         "3.2a", "Embed a lessons log in the launch programme toolkit and hold a facilitated review within three months of each launch.",
         "Head of PMO", None, d(2024, 12, 31), "Complete", "Lessons log live in the programme toolkit."),
        ("4. Communications and stakeholder engagement",
         "Public and media expectations of the first launch were not managed consistently across partners, particularly after the launch anomaly.",
         "4.1a", "Agree a joint communications protocol with launch partners, including holding lines for a launch failure or delay.",
         "Head of Communications", "DSIT press office", "Q1 2025/26", "Off track", "Protocol not yet agreed by all partners; revised date to be set in July."),
        (None, None, "4.1b", "Run a stakeholder engagement workshop with local authorities around each licensed spaceport.",
         "Head of Communications / Regional Engagement Manager", None, "Annually", "Not started", "First round planned for autumn 2025."),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            c = ap.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if v.month == 12 else "dd/mm/yyyy"
        col = st[row[7]]
        if col:
            ap.cell(i, 8).fill = fill(col)
        if row[0]:
            ap.cell(i, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (26, 45, 6, 55, 30, 18, 12, 11, 40)):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A5"
    wb.save(out("ox2-uk-space-agency-first-launch-lessons-learned-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        r = q.add_run(extra)
        r.bold = bold


# ---------------------------------------------------------------------------
# 4. Christ's Hospital - ISI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_christs_hospital():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Christ’s Hospital: Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Independent Schools Inspectorate routine inspection, 11–13 March 2025")

    ctrl = doc.add_table(rows=4, cols=2)
    ctrl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Prepared by", "Senior Leadership Team"),
        ("Approved by", "Council of Almoners, 24 April 2025"),
        ("Version", "1.2 (progress at end of Summer term 2025)"),
        ("Review", "Termly by the Education Committee"),
    ]):
        set_cell(ctrl.rows[i].cells[0], k, bold=True)
        set_cell(ctrl.rows[i].cells[1], v)

    doc.add_paragraph(
        "The inspection found that the Standards were met. Inspectors identified four recommended next "
        "steps, which the school has adopted in full. Each is set out below with the actions agreed by "
        "the Senior Leadership Team.")
    doc.add_paragraph(
        "Key: Green – on track; Amber – some slippage; Red – significant concern; "
        "Complete – action finished and evidenced.")

    col = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    sections = [
        ("1. Leadership and management, and governance",
         "Ensure that governors’ monitoring of the school’s self-evaluation is sufficiently rigorous to hold leaders to account for pupils’ outcomes across all year groups.",
         [
             ("1.1", "Introduce a termly Education Committee report against agreed academic KPIs for every year group.",
              "Deputy Head (Academic)", "Summer term 2025", "First report received June 2025", "Complete"),
             ("1.2", "Provide training for governors on interrogating attainment and value-added data, delivered by an external adviser.",
              "Clerk to the Council / Deputy Head (Academic)", "September 2025", "All Education Committee members trained", "Green"),
             ("1.3", "Link each governor to a department for an annual monitoring visit, with written feedback to the Education Committee.",
              "Chair of the Education Committee", "Michaelmas term 2025", "Visit notes for every department", "Green"),
         ]),
        ("2. Quality of education, training and recreation",
         "Develop teachers’ use of assessment information in lessons so that tasks are consistently matched to pupils’ starting points, particularly in Years 7 to 9.",
         [
             ("2.1", "Roll out the ‘responsive teaching’ CPD programme to all Lower School teaching staff.\nFollow-up coaching for staff new to the school in September.",
              "Director of Teaching and Learning", "Michaelmas term 2025", "Drop-ins show adaptive tasks in most lessons", "Amber"),
             ("2.2", "Carry out a programme of lesson drop-ins and book looks focused on adaptive teaching, with findings reported to SLT each half-term.",
              "Heads of Department", "Half-termly", "Half-termly summary to SLT", "Green"),
         ]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Ensure that the new wellbeing tracking system is used consistently by all boarding houses so that emerging concerns are identified promptly.",
         [
             ("3.1", "Train all houseparents and matrons in recording concerns on the wellbeing tracking platform.",
              "Deputy Head (Pastoral)", "June 2025", "100% of house staff trained", "Complete"),
             ("3.2", "Audit use of the platform in each boarding house and report findings to the Safeguarding and Wellbeing Committee.",
              "Deputy Head (Pastoral) & Designated Safeguarding Lead", "By 31 December 2025", "Audit report to committee", "Amber"),
         ]),
        ("4. Pupils’ social and economic education and contribution",
         "Strengthen the careers programme in the Sixth Form so that pupils receive more guidance about apprenticeships and other routes beyond university.",
         [
             ("4.1", "Hold an annual apprenticeships and employment fair with local employers and Old Blues.",
              "Head of Careers", "February 2026", "Fair held; pupil feedback collected", "Green"),
             ("4.2", "Provide a one-to-one careers interview for every Lower Sixth pupil, recorded in the careers log.",
              "Head of Careers", "Summer term 2026", "Interview recorded for every pupil", ""),
         ]),
    ]
    for heading, step, acts in sections:
        doc.add_paragraph(heading, style="Heading 2")
        lab = doc.add_paragraph()
        lab.add_run("Recommended next step").bold = True
        doc.add_paragraph(step)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "BDD7EE")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
            if a[5]:
                shade(cells[5], col[a[5]])
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Head", "Signed on file", "24 April 2025"]):
        set_cell(so.rows[1].cells[j], v)
    doc.save(out("ox2-christs-hospital-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ledbury Town Council - internal audit action plan (docx)
# ---------------------------------------------------------------------------
def make_ledbury():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Ledbury Town Council – Internal Audit 2024/25 Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Report to the Finance, Policy and General Purposes Committee – 15 July 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "The internal auditor’s report for the year ended 31 March 2025 was received by Council on "
        "17 June 2025. The recommendations and the actions agreed by Council are set out below under "
        "the internal control objectives of the Annual Governance and Accountability Return. Status is "
        "updated by the Town Clerk for each meeting of this Committee.")
    doc.add_paragraph("Status: Green – on target; Amber – behind target; Red – overdue; Complete – done and reported to Committee.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["No.", "Internal auditor’s recommendation", "Action agreed by Council", "Responsible", "By when", "Status"]
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    col = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    def objective(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=True)
        shade(m, "F2F2F2")

    def action(no, rec, act, resp, when, status):
        cells = t.add_row().cells
        for j, v in enumerate([no, rec, act, resp, when, status]):
            if v is not None:
                set_cell(cells[j], v)
        shade(cells[5], col[status])
        return cells

    objective("A. Appropriate accounting records")
    action("1", "The cash book should be reconciled to the bank statements monthly and the reconciliation signed by a member other than the RFO.",
           "Monthly bank reconciliations to be presented to each FP&GP meeting and signed by the Chair of the Committee.",
           "RFO", "August 2025", "Complete")
    objective("B. Financial regulations and payments")
    c1 = action("2a", "Financial Regulations have not been reviewed since 2019 and do not reflect the 2024 NALC model.",
                "Adopt the 2024 NALC model Financial Regulations, adapted for Ledbury.",
                "Town Clerk", "September 2025", "Green")
    c2 = action("2b", None, "Set and minute the limits for payments made by debit card and online banking.",
                "Town Clerk / RFO", "September 2025", "Green")
    c1[1].merge(c2[1])
    action("3", "Three invoices were paid before approval by Council with no retrospective authorisation minuted.",
           "All payments, including urgent payments made under delegation, to be listed for approval or noting at the next Council meeting.",
           "RFO", "Each meeting", "Green")
    objective("E. Risk management and insurance")
    action("4", "The risk register was last reviewed in March 2023.",
           "Review the risk register in full and adopt it at the Annual Meeting; thereafter review annually.",
           "Town Clerk", "May 2026", "Green")
    objective("G. Payroll")
    action("5", "Staff contracts on file did not reflect the pay awards applied from April 2024.",
           "Issue variation letters to all staff confirming current grade, spinal point and hours.",
           "Town Clerk", "31/08/2025", "Amber")
    objective("J. Publication requirements")
    action("6", "The Council’s website did not include all information required by the Transparency Code and the accessibility regulations.",
           "Publish the accessibility statement and the 2024/25 AGAR documents, and correct the dates on the notice of public rights.",
           "Deputy Town Clerk", "July 2025", "Complete")
    objective("L. Assets")
    action("7", "The asset register does not record the Market House fixtures or the play equipment at the recreation ground.",
           "Carry out a full asset check and update the register with values and acquisition dates.",
           "Cllr A. Price and Deputy Town Clerk", "Oct-25", "Red")

    doc.add_paragraph()
    doc.add_paragraph("Prepared by: Town Clerk, 8 July 2025")
    doc.save(out("ox2-ledbury-town-council-internal-audit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. East Midlands CCA - Audit and Governance Committee action log (csv)
# ---------------------------------------------------------------------------
def make_emcca():
    n = 7
    rows = [
        ["East Midlands Combined County Authority – Audit and Governance Committee Action Log"] + [""] * (n - 1),
        ["Position as at 6 November 2025"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Item", "Action", "Lead officer", "Due date", "RAG", "Update"],
        ["Meeting of 24 March 2025"] + [""] * (n - 1),
        ["AG25-01", "7. Internal Audit Progress Report",
         "Provide members with a breakdown of the limited assurance findings on the grants management audit, including management responses.",
         "Head of Internal Audit", "Jun-25", "B", "Briefing note circulated 2 June 2025."],
        ["AG25-02", "9. Strategic Risk Register",
         "Add a specific risk on Investment Zone delivery to the strategic risk register and report its scoring to the next meeting.",
         "Head of Governance; Risk and Resilience Manager", "Next meeting", "B", "Risk added; reported 30 June 2025."],
        ["Meeting of 30 June 2025"] + [""] * (n - 1),
        ["AG25-03", "5. Draft Statement of Accounts 2024/25",
         "Circulate a reconciliation of the capital programme outturn to the figures reported to the Combined County Authority Board.",
         "Director of Finance (S73 Officer)", "31/07/2025", "B", "Circulated 24 July 2025."],
        ["AG25-04", "6. External Audit Plan",
         "Confirm with the external auditor the revised timetable for the 2024/25 value for money commentary.",
         "Director of Finance (S73 Officer)", "September 2025", "A",
         "Auditor has indicated the commentary will follow the opinion; date not yet confirmed."],
        ["AG25-05", "8. Counter Fraud Policy",
         "Update the Anti-Fraud and Corruption Policy to reflect the new failure to prevent fraud offence.\nBring the revised policy back to Committee for endorsement.",
         "Monitoring Officer", "Dec-25", "G", "Draft with Statutory Officers Group."],
        ["Meeting of 22 September 2025"] + [""] * (n - 1),
        ["AG25-06", "4. Internal Audit Progress Report",
         "Arrange a training session for members on the Global Internal Audit Standards in the UK Public Sector.",
         "Head of Internal Audit", "Nov-25", "R", "Session postponed; new date to be agreed with the Chair."],
        ["AG25-07", "7. Information Governance Annual Report",
         "Report the number of subject access requests answered outside the statutory deadline and the reasons for the delays.",
         "Data Protection Officer", "Jan-26", "G", ""],
        ["AG25-08", "10. Treasury Management Mid-Year Review",
         "Share the list of approved counterparties and current investment limits with members of the Committee.",
         "PK/RM", "Oct-25", "B", "Emailed 14 October 2025."],
        [""] * n,
        ["RAG key: B = complete; G = on track; A = some slippage; R = overdue or at risk"] + [""] * (n - 1),
        ["Completed actions are removed from the log once they have been reported to one meeting."] + [""] * (n - 1),
    ]
    with open(out("ox2-east-midlands-cca-audit-and-governance-committee-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. RNIB - strategic risk register, tab-separated export (txt) - REFUSE
# ---------------------------------------------------------------------------
def make_rnib():
    lines = [
        "RNIB – Strategic Risk Register 2025/26",
        "Reviewed by the Audit and Risk Committee on 18 September 2025. Next review: January 2026.",
        "",
        "\t".join(["Risk ref", "Risk description", "Risk owner", "Current score (L x I)",
                   "Further action", "Action owner", "Target date", "RAG"]),
        "Category: Income and financial sustainability",
        "\t".join(["SR1", "Legacy and fundraised income falls below budget, putting the charity’s reserves policy at risk.",
                   "Director of Fundraising", "4 x 4 = 16",
                   "Diversify regular giving through a new digital acquisition campaign.",
                   "Head of Individual Giving", "Mar-26", "Amber"]),
        "\t".join(["", "", "", "",
                   "Review the reserves policy and agree a recovery trajectory with Trustees.",
                   "Chief Financial Officer", "Dec-25", "Green"]),
        "Category: Service delivery and safeguarding",
        "\t".join(["SR2", "Safeguarding practice is not applied consistently across services for children and young people.",
                   "Director of Services", "3 x 5 = 15",
                   "Complete the safeguarding audit of all children’s services and act on its findings.",
                   "Head of Safeguarding", "Febuary 2026", "Amber"]),
        "\t".join(["", "", "", "",
                   "Refresh mandatory safeguarding training for all staff and volunteers, with completion reported monthly.",
                   "Head of Safeguarding / HR Director", "Monthly", "Green"]),
        "Category: Technology and data",
        "\t".join(["SR3", "A cyber attack or data breach disrupts services and exposes supporters’ personal data.",
                   "Chief Operating Officer", "4 x 4 = 16",
                   "Achieve Cyber Essentials Plus certification for all corporate systems.",
                   "Head of IT", "Jan-26", "Amber"]),
        "\t".join(["", "", "", "",
                   "Run a tabletop cyber incident exercise with the Executive Team.",
                   "Head of IT; Data Protection Officer", "Nov-25", "Green"]),
        "Category: People",
        "\t".join(["SR4", "Difficulty recruiting and retaining specialist staff such as rehabilitation officers and qualified teachers of children with vision impairment.",
                   "Chief People Officer", "4 x 3 = 12",
                   "Introduce a market supplement for hard-to-recruit specialist roles.",
                   "Chief People Officer", "Apr-26", "Red"]),
        "",
        "Scoring: Likelihood (L) and Impact (I) are each scored 1–5. RAG shows progress of the further action against its target date.",
    ]
    with open(out("ox2-rnib-strategic-risk-register-typo-month-refuse.txt"), "w",
              newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_capita()
    make_mff()
    make_uksa()
    make_christs_hospital()
    make_ledbury()
    make_emcca()
    make_rnib()
    print("done")
