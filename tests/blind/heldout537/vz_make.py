"""Build the seven vz- test files of set heldout537.

Run with: /work/main/.venv/bin/python vz_make.py   (writes beside this script)
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS Herefordshire and Worcestershire ICB - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def icb_tracker():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Herefordshire and Worcestershire Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Committee – 22 January 2026"
    cov["A3"] = "Internal Audit Recommendations Tracker 2025/26 – position at 31 December 2025"
    cov["A3"].font = Font(bold=True, size=12)
    cov["A5"] = "Prepared by: Associate Director of Corporate Governance"
    cov["A6"] = "Source: recommendations tracking database – extracted 05/01/2026"
    cov["A8"] = "RAG key"
    cov["A8"].font = Font(bold=True)
    key = [
        (BLUE, "Implemented – evidence provided and verified by Internal Audit"),
        (GREEN, "On track to be implemented by the agreed date"),
        (AMBER, "Revised date agreed / at risk of slipping"),
        (RED, "Overdue – agreed date passed and not implemented"),
    ]
    for i, (c, txt) in enumerate(key, start=9):
        cov.cell(i, 1).fill = fill(c)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm.append(["Summary of recommendations by audit"])
    sm["A1"].font = Font(bold=True, size=12)
    sm.append([])
    sm.append(["Audit", "Assurance", "Recommendations", "Implemented", "On track",
               "Revised date", "Overdue"])
    for c in sm[3]:
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    sm.append(["HW-2425-07 Continuing Healthcare (CHC)", "Limited", 3, 1, 1, 1, 0])
    sm.append(["HW-2526-02 Conflicts of Interest Management", "Moderate", 2, 1, 0, 0, 1])
    sm.append(["HW-2526-04 Primary Care Contract Management", "Moderate", 2, 0, 1, 1, 0])
    sm.append(["Total", None, 7, 2, 2, 2, 1])
    for c in sm[7]:
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 48
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 15

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – Audit and Risk Committee January 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    head = ["Ref", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original implementation date",
            "Revised implementation date", "Progress update (December 2025)", "RAG"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    rows = [
        ("band", "HW-2425-07 Continuing Healthcare (CHC) – Limited assurance"),
        ("07.1", "High",
         "The ICB should ensure that all CHC eligibility decisions are ratified within 28 days "
         "of the checklist being received, in line with the National Framework.",
         "Introduce a weekly ratification panel chaired by the Deputy Director of Nursing, with a "
         "standing agenda item covering all referrals over 21 days.",
         "Deputy Director of Nursing", d(2025, 3, 31), d(2025, 6, 30),
         "Panel established April 2025; 28-day compliance 86% in November. Verified by Internal Audit.",
         BLUE),
        ("07.2", "High", None,
         "Produce a monthly CHC performance report for the Quality and Performance Committee "
         "showing the 28-day position by locality.",
         "Head of All Age Continuing Care / BI Lead", d(2026, 3, 31), None,
         "Report template agreed; first report to February committee.", GREEN),
        ("07.3", "Medium",
         "Case files should evidence that the individual and their representative were informed "
         "of the outcome in writing.",
         "Update the CHC standard operating procedure to require outcome letters to be saved to "
         "the case record, and audit a sample of 20 cases each quarter.",
         "CHC Quality Assurance Lead", d(2025, 9, 30), d(2026, 1, 31),
         "SOP revised and approved October 2025; first quarterly sample audit delayed by the "
         "case management system migration.", AMBER),
        ("band", "HW-2526-02 Conflicts of Interest Management – Moderate assurance"),
        ("02.1", "Medium",
         "The register of interests should be reviewed and republished at least annually, with "
         "nil returns recorded for all decision-making staff.",
         "Launch the annual declaration exercise through the ESR self-service module and report "
         "compliance to the Audit and Risk Committee.",
         "Associate Director of Corporate Governance", d(2025, 10, 31), None,
         "Exercise launched 1 September; compliance 94% at 31 October; register republished.",
         BLUE),
        ("02.2", "Low",
         "Gifts and hospitality declarations should be published on the ICB website within one "
         "month of the quarter end.",
         "Add the quarterly publication of the gifts and hospitality register to the corporate "
         "governance calendar.",
         "Corporate Governance Manager", d(2025, 11, 30), None,
         "Q2 register not yet published; now scheduled for January.", RED),
        ("band", "HW-2526-04 Primary Care Contract Management – Moderate assurance"),
        ("04.1", "High",
         "The ICB should ensure that contract review visits are completed in line with the "
         "agreed risk-based programme.",
         "Agree a risk-based visit schedule for 2025/26 with the Primary Care Commissioning "
         "Committee and track completion monthly.",
         "Head of Primary Care Contracting", d(2026, 3, 31), None,
         "Schedule agreed at PCCC in November; 11 of 38 visits completed.", GREEN),
        ("04.2", "Medium",
         "Contract variations should be signed by both parties before the effective date.",
         "Introduce an electronic signature process for contract variations and issue guidance "
         "to practices.",
         "Primary Care Contracts Manager, Herefordshire; Primary Care Contracts Manager, Worcestershire",
         d(2026, 2, 28), d(2026, 5, 31),
         "Supplier confirmed e-signature module not available until Q1 2026/27; revised date "
         "agreed with Internal Audit.", AMBER),
    ]
    r = 4
    for row in rows:
        if row[0] == "band":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(r, j).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, pri, rec, act, lead, orig, rev, prog, rag = row
        vals = [ref, pri, rec, act, lead, orig, rev, prog, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(rag)
        r += 1
    # recommendation 07.1 covers the two actions 07.1 and 07.2
    ws.merge_cells("C5:C6")
    r += 1
    ws.cell(r, 1, "Open recommendations: 5    Implemented and verified this period: 2")
    ws.cell(r + 1, 1, "Note: recommendations verified as implemented are removed from the "
                      "tracker after they have been reported to the Committee once.")
    widths = {"A": 9, "B": 10, "C": 45, "D": 50, "E": 28, "F": 15, "G": 15, "H": 45, "I": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, "vz-nhs-herefordshire-and-worcestershire-icb-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. HIWFRS - Safety Plan delivery programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def hiwfrs_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "HIWFRS Safety Plan 2025–2030 Delivery Programme: Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Hampshire and Isle of Wight Fire and Rescue Service"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Reporting period:"
    ws["B3"] = "1–30 November 2025"
    ws["D3"] = "Report to:"
    ws["E3"] = "Executive Group, 9 December 2025"
    ws["A4"] = "Senior Responsible Owner:"
    ws["B4"] = "Deputy Chief Fire Officer"
    ws["D4"] = "Programme Manager:"
    ws["E4"] = "Kate Rowlands"
    ws["A5"] = "Overall programme status:"
    ws["B5"] = "Amber"
    ws["B5"].fill = fill(AMBER)
    for a in ("A3", "A4", "A5", "D3", "D4"):
        ws[a].font = Font(bold=True)

    ws["A7"] = "Key messages"
    ws["A7"].font = Font(bold=True, size=12)
    ws["A8"] = "• Wholetime recruit course 2/25 passed out on 21 November with 24 new firefighters."
    ws["A9"] = ("• The business case for the replacement mobilising system is delayed pending "
                "the national ESMCP timetable (see SP3.1).")
    ws.merge_cells("A8:H8")
    ws.merge_cells("A9:H9")

    ws["A11"] = "Milestones and actions"
    ws["A11"].font = Font(bold=True, size=12)
    head = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
            "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(12, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    rows = [
        ("obj", "Objective 1 – Protecting people, especially those who need it most"),
        ("SP1.1", "Roll out the revised Safe and Well visit referral pathway with both Integrated "
                  "Care Boards and the four upper-tier councils",
         "Area Manager Prevention", d(2025, 9, 1), d(2026, 1, 1), "Amber", "Amber",
         "Agreements in place with Portsmouth, Southampton and Isle of Wight; Hampshire County "
         "Council data sharing agreement with legal."),
        ("SP1.2", "Evaluate the fire-setter intervention scheme and report findings to Executive Group",
         "Prevention Evaluation Officer", d(2025, 11, 1), d(2025, 11, 1), "Green", "Complete",
         "Evaluation report presented 25 November."),
        ("obj", "Objective 2 – Working with others to make buildings safer"),
        ("SP2.1", "Recruit and train six additional Level 4 fire safety inspectors to deliver the "
                  "risk-based inspection programme (RBIP)",
         "Group Manager Protection", d(2026, 3, 1), d(2026, 6, 1), "Green", "Amber",
         "Four in post; two candidates withdrew at offer stage. Re-advertised in December."),
        ("SP2.2", "Publish the high-rise residential buildings engagement plan with the Building "
                  "Safety Regulator",
         "Group Manager Protection / Building Safety Lead", d(2025, 10, 1), d(2025, 10, 1),
         "Green", "Complete", "Published 14 October 2025."),
        ("obj", "Objective 3 – Preparing for emergencies and being there if you need us"),
        ("SP3.1", "Complete the business case for the replacement mobilising system",
         "Head of Control and ICT", d(2025, 12, 1), d(2026, 4, 1), "Amber", "Red",
         "Dependent on national ESMCP timetable; options appraisal paused. Escalated to "
         "Executive Group."),
        ("SP3.2", "Deliver wildfire response training to all on-call stations in the New Forest "
                  "and on the Isle of Wight",
         "Station Manager Operational Training", d(2026, 3, 1), d(2026, 3, 1), "Green", "Green",
         "14 of 22 stations trained."),
        ("obj", "Objective 4 – Empowering our teams to do their best"),
        ("SP4.1", "Launch the leadership development programme for supervisory managers (cohort 1)",
         "Head of Organisational Development", d(2026, 1, 1), d(2026, 1, 1), "Green", "Green",
         "Cohort 1 (18 delegates) confirmed; launch 13 January."),
        ("obj", "Objective 5 – Ensuring the best use of our funding, people and assets"),
        ("SP5.1", "Agree the 2026/27 budget and medium-term financial plan with the Fire Authority",
         "Chief Finance Officer", d(2026, 2, 1), d(2026, 2, 1), "Green", "Green",
         "Draft budget to the Fire Authority Policy and Resources Committee in January."),
    ]
    r = 13
    for row in rows:
        if row[0] == "obj":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(r, j).fill = fill("F2DCDB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "mmm-yy"
        ws.cell(r, 6).fill = fill(rag_fill[row[5]])
        ws.cell(r, 7).fill = fill(rag_fill[row[6]])
        r += 1

    r += 1
    ws.cell(r, 1, "Risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Ref", "Description", "Owner", "Impact", "Likelihood", "Score",
                           "Mitigation"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    risks = [
        ("R01", "Delay to national ESMCP delivery affects replacement of the mobilising system",
         "Head of Control and ICT", 4, 4, 16, "Extend current supplier contract to March 2028."),
        ("R02", "Loss of qualified protection staff to the private sector",
         "Group Manager Protection", 3, 3, 9, "Market supplement under review by HR."),
    ]
    for rk in risks:
        r += 1
        for j, v in enumerate(rk, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
    r += 2
    ws.cell(r, 1, "Decisions required from Executive Group").font = Font(bold=True, size=12)
    ws.cell(r + 1, 1, "1. Approve extension of the current mobilising system contract to March 2028.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)

    for k, v in {"A": 26, "B": 55, "C": 30, "D": 12, "E": 12, "F": 11, "G": 11, "H": 50}.items():
        ws.column_dimensions[k].width = v

    key = wb.create_sheet("RAG definitions")
    key.append(["RAG", "Definition"])
    key["A1"].font = key["B1"].font = Font(bold=True)
    for txt, c, dfn in [
        ("Green", GREEN, "On track to deliver by the baseline date"),
        ("Amber", AMBER, "Forecast later than baseline but within tolerance (up to 3 months)"),
        ("Red", RED, "Forecast beyond tolerance or escalation required"),
        ("Complete", BLUE, "Delivered and closed by the programme board"),
    ]:
        key.append([txt, dfn])
        key.cell(key.max_row, 1).fill = fill(c)
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, "vz-hampshire-and-isle-of-wight-fire-rescue-service-safety-plan-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cambridgeshire Constabulary - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def cambs_risk_register():
    wb = Workbook()
    k = wb.active
    k.title = "Key"
    k["A1"] = "Scoring and status key"
    k["A1"].font = Font(bold=True, size=12)
    k["A3"] = "Score = Likelihood (1–5) x Impact (1–5)"
    k["A4"] = "15–25 High    8–12 Medium    1–6 Low"
    k["A6"] = "Action status"
    k["A6"].font = Font(bold=True)
    for i, (code, txt) in enumerate([
        ("C", "Complete"),
        ("G", "On track"),
        ("A", "At risk of missing target date"),
        ("R", "Target date missed"),
    ], start=7):
        k.cell(i, 1, code)
        k.cell(i, 2, txt)
    k.column_dimensions["B"].width = 40

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – number of strategic risks"
    hm["A1"].font = Font(bold=True)
    hm.append([])
    hm.append(["Likelihood \\ Impact", 1, 2, 3, 4, 5])
    for lk in (5, 4, 3, 2, 1):
        row = [lk, 0, 0, 0, 0, 0]
        if lk == 3:
            row[4] = 1
        if lk == 4:
            row[3] = 1
        if lk == 2:
            row[5] = 1
        hm.append(row)

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Cambridgeshire Constabulary – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Presented to: Joint Audit Committee, 4 December 2025 | Register owner: Deputy "
                "Chief Constable | Last reviewed: Force Risk and Assurance Board, 18 November 2025")
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    head = ["Ref", "Risk / mitigating action", "Owner", "Inherent score (L x I)", "Target date",
            "Action status", "Residual score (L x I)", "Trend", "Update"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("risk", "SR01", "Investigative capacity – insufficient accredited detectives (PIP2) to "
                         "meet demand, leading to delays for victims and lost evidential opportunities",
         "ACC Crime and Justice", "4 x 4 = 16", "4 x 3 = 12", "↔"),
        ("act", "SR01.1", "Deliver the Detective Constable entry programme intake of 30 students "
                          "and the internal PIP2 accreditation pathway",
         "Head of People", d(2026, 3, 31), "G",
         "Intake of 28 started in September; 11 officers passed the NIE in October."),
        ("act", "SR01.2", "Introduce the case file quality dashboard for all CID teams and review "
                          "it at the monthly Crime Performance Meeting",
         "Det Supt Crime Performance", d(2025, 9, 30), "C",
         "Dashboard live since August and embedded in the Crime Performance Meeting."),
        ("act", "SR01.3", "Review the workload allocation model in the Public Protection Unit",
         "Det Supt Public Protection / Head of Strategic Resource Planning", d(2026, 1, 31), "A",
         "Demand analysis complete; draft allocation model delayed by a vacancy in the "
         "analytical team."),
        ("risk", "SR02", "Information security – a successful cyber attack or significant data loss "
                         "affecting force systems, leading to loss of service and harm to public confidence",
         "Chief Information Officer", "3 x 5 = 15", "2 x 5 = 10", "↓"),
        ("act", "SR02.1", "Complete the migration of remaining on-premise file shares to the secure "
                          "cloud tenancy",
         "Head of Digital Infrastructure", d(2026, 6, 30), "G", "Migration 70% complete."),
        ("act", "SR02.2", "Achieve 95% completion of the mandatory information security e-learning "
                          "across officers and staff",
         "Information Security Officer", d(2025, 10, 31), "R",
         "Compliance 81% at 31 October; reminders issued through line managers."),
        ("risk", "SR03", "Financial sustainability – the medium-term financial plan shows a budget "
                         "gap of £5.2m by 2027/28 which, if not closed, will require reductions in "
                         "officer and staff numbers",
         "Chief Finance Officer", "4 x 4 = 16", "3 x 4 = 12", "↑"),
        ("act", "SR03.1", "Identify and validate savings options of £2.0m for the 2026/27 budget "
                          "through the priority based budgeting review",
         "Chief Finance Officer / Director of Corporate Services", d(2026, 1, 31), "A",
         "£1.4m validated; further options to Chief Officer Group on 10 December."),
        ("act", "SR03.2", "Agree the joint estates strategy with the Office of the Police and Crime "
                          "Commissioner",
         "Head of Estates", d(2026, 3, 31), "G",
         "Draft presented to the PCC Business Coordination Board in November."),
    ]
    r = 5
    for row in rows:
        if row[0] == "risk":
            _, ref, txt, owner, inh, res, trend = row
            vals = [ref, txt, owner, inh, None, None, res, trend, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.font = Font(bold=True)
                c.fill = fill(GREY)
                c.alignment = WRAP
                c.border = BOX
        else:
            _, ref, txt, owner, tgt, st, upd = row
            vals = [ref, txt, owner, None, tgt, st, None, None, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Action status key: C = complete; G = on track; A = at risk of missing target "
                  "date; R = target date missed")
    ws.cell(r, 1).font = Font(italic=True)
    for kk, v in {"A": 9, "B": 60, "C": 32, "D": 13, "E": 12, "F": 9, "G": 13, "H": 7, "I": 50}.items():
        ws.column_dimensions[kk].width = v
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "vz-cambridgeshire-constabulary-strategic-risk-register-2025-26.xlsx"))


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


def bold_row(row, hex_=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hex_:
            shade(c, hex_)


def add_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for j, h in enumerate(header):
        t.rows[0].cells[j].text = h
    bold_row(t.rows[0], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
    return t


# ---------------------------------------------------------------------------
# 4. Saxonbrook Medical - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def saxonbrook_cqc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Saxonbrook Medical – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Maidenbower Square, Maidenbower, Crawley, West Sussex, RH10 7QH")
    doc.add_paragraph(
        "Inspection: 11 and 12 June 2024 (announced, comprehensive). Report published: 6 August "
        "2024. Overall rating: Requires improvement (Safe: Requires improvement; Well-led: "
        "Requires improvement).")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Version", "1.3"),
                 ("Owner", "Practice Manager"),
                 ("Approved by", "Partners' meeting, 3 September 2024"),
                 ("Last updated", "14 January 2025"),
                 ("Shared with", "NHS Sussex ICB Primary Care Team; Patient Participation Group")]:
        cells = dc.add_row().cells
        cells[0].text = a
        cells[1].text = b
        shade(cells[0], "F2F2F2")
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – completed; Green – on track; Amber – at risk of "
                      "slipping; Red – overdue.")

    header = ["Ref", "Action", "Lead", "Target date", "Status"]

    doc.add_heading("Requirement notice: Regulation 12 Safe care and treatment", level=1)
    p = doc.add_paragraph()
    p.add_run("The provider must ensure care and treatment is provided in a safe way to "
              "patients.").bold = True
    add_table(doc, header, [
        ("R12.1", "Run monthly searches for patients on methotrexate, lithium, azathioprine and "
                  "DOACs and recall any patient overdue monitoring.",
         "Dr S Mensah (Prescribing Lead)", "31/08/2024", "Blue"),
        ("R12.2", "Set up a shared MHRA and CAS alerts log, reviewed at the fortnightly clinical "
                  "meeting, with historic alerts re-run as searches.",
         "Practice Manager / Clinical Pharmacist", "30/09/2024", "Blue"),
        ("R12.3", "Complete a re-audit of high-risk medicines monitoring six months after the first "
                  "searches and present the results to the partners.",
         "Clinical Pharmacist", "February 2025", "Green"),
    ])
    doc.add_paragraph()

    doc.add_heading("Requirement notice: Regulation 17 Good governance", level=1)
    p = doc.add_paragraph()
    p.add_run("The provider must establish effective systems and processes to ensure good "
              "governance in accordance with the fundamental standards of care.").bold = True
    add_table(doc, header, [
        ("R17.1", "Introduce a training matrix covering safeguarding, infection prevention and "
                  "control, basic life support and fire safety for all staff, including locums.",
         "Assistant Practice Manager", "30/09/2024", "Blue"),
        ("R17.2", "Review and update all practice policies past their review date, with a named "
                  "owner for each policy.",
         "Practice Manager", "Revised: 31/03/2025 (was 30/11/2024)", "Amber"),
        ("R17.3", "Hold quarterly significant event review meetings, with minutes and actions "
                  "shared with all staff.",
         "Dr J Holloway and Practice Manager", "Ongoing – quarterly", "Green"),
    ])
    doc.add_paragraph()

    doc.add_heading("Areas where the practice should improve", level=1)
    add_table(doc, ["CQC finding", "Action", "Lead", "Target date", "Status"], [
        ("Continue to improve uptake of cervical screening.",
         "Offer Saturday morning smear clinics and send text reminders to all eligible patients "
         "not screened in the last 42 months.",
         "Lead Practice Nurse", "31/03/2025", "Green"),
        ("Improve patient satisfaction with telephone access.",
         "Move to the cloud-based telephony system with call-back and queue position messages.",
         "Practice Manager", "31/10/2024", "Blue"),
        ("Ensure that the patient participation group is representative of the practice "
         "population.",
         "Recruit younger patients and carers to the PPG through the practice website and local "
         "carers' network.",
         "Patient Services Lead", "March 2025", "Amber"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reviewed at the monthly partners' meeting "
                      "and reported to NHS Sussex ICB.")
    doc.save(os.path.join(HERE, "vz-saxonbrook-medical-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Nelson and Colne College Group - quality improvement plan (docx)
# ---------------------------------------------------------------------------
def nelson_colne_qip():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Nelson and Colne College Group Quality Improvement Plan 2024/25",
                      style="Title")
    sub = doc.add_paragraph("Arising from the Self-Assessment Report 2023/24 – mid-year review, "
                            "March 2025")
    sub.runs[0].italic = True

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Document owner", "Vice Principal Quality and Curriculum"),
                 ("Approved by", "Quality and Standards Committee, 5 December 2024"),
                 ("Review point", "Mid-year review – 14 March 2025"),
                 ("Version", "2.0")]:
        cells = dc.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph()

    doc.add_paragraph("RAG key", style="Heading 3")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for c, txt in [(BLUE, "Action complete and impact evident"),
                   (GREEN, "On track"),
                   (AMBER, "Some slippage – action being taken"),
                   (RED, "Off track – escalated to SLT"),
                   ("FFFFFF", "Not yet started")]:
        cells = kt.add_row().cells
        shade(cells[0], c)
        cells[1].text = txt
    doc.add_paragraph("RAG ratings in the final column show the position at the mid-year review.")

    header = ["Ref", "Action", "Lead", "By when", "Impact measure", "RAG"]

    def theme(title, blocks):
        doc.add_heading(title, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(header):
            t.rows[0].cells[j].text = h
        bold_row(t.rows[0], "D9D9D9")
        for afi, actions in blocks:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            merged.text = afi
            merged.paragraphs[0].runs[0].bold = True
            shade(merged, "E2EFD9")
            for ref, act, lead, when, meas, rag in actions:
                cells = t.add_row().cells
                for j, v in enumerate([ref, act, lead, when, meas]):
                    cells[j].text = v
                if rag:
                    shade(cells[5], rag)
        doc.add_paragraph()

    theme("1. Quality of education", [
        ("AFI 1.1: Too few learners on 16–18 study programmes make the progress expected of them "
         "from their starting points in A-level subjects.", [
            ("1.1a", "Introduce fortnightly progress reviews against minimum target grades for all "
                     "A-level learners, with learners below target placed on a support plan.",
             "Head of A-Level Academy", "October 2024",
             "ALPS score of 4 or better in all subjects", BLUE),
            ("1.1b", "Deliver a CPD programme for A-level teachers on assessment for learning and "
                     "stretch and challenge, with peer observation in each department.",
             "Head of Teaching and Learning", "Termly",
             "85% of observed sessions judged strong", GREEN),
        ]),
        ("AFI 1.2: Apprentices in engineering and construction do not all receive timely progress "
         "reviews, so some fall behind with their off-the-job training.", [
            ("1.2a", "Appoint a dedicated apprenticeship progress coach for engineering and "
                     "construction.",
             "Director of Apprenticeships", "By 31 January 2025",
             "Coach in post; caseload under 60", BLUE),
            ("1.2b", "Hold tripartite reviews every 10 weeks with employers and record off-the-job "
                     "hours monthly on the e-portfolio.",
             "Director of Apprenticeships; Apprenticeship Quality Manager", "Summer term 2025",
             "95% of reviews on time; fewer than 5% of apprentices past planned end date", AMBER),
        ]),
    ])
    theme("2. Behaviour and attitudes", [
        ("AFI 2.1: Attendance at 16–18 English and maths GCSE resit classes is below the college "
         "target of 90%.", [
            ("2.1a", "Introduce same-day text and call follow-up for all absences in English and "
                     "maths, with a weekly attendance panel for learners below 85%.",
             "Head of English and Maths", "November 2024",
             "Attendance at resit classes 90% or above", BLUE),
            ("2.1b", "Review the attendance policy with the Students' Union and relaunch it at "
                     "January induction.",
             "Head of Learner Services", "January 2025",
             "Revised policy published; learner voice survey shows 80% awareness", RED),
        ]),
    ])
    theme("3. Leadership and management", [
        ("AFI 3.1: Governors do not yet receive sufficiently detailed information on the quality of "
         "subcontracted provision.", [
            ("3.1a", "Produce a termly subcontracting quality report for the Quality and Standards "
                     "Committee, including learner feedback and achievement data.",
             "Subcontracting Manager", "March 2025",
             "Report received at each committee meeting", GREEN),
            ("3.1b", "Commission an external review of subcontracting arrangements and report the "
                     "findings to the Corporation.",
             "Clerk to the Corporation / VP Finance and Resources", "Summer term 2025",
             "Review findings reported to the Corporation", None),
        ]),
    ])
    doc.add_paragraph("Next review: end-of-year self-assessment, July 2025.")
    doc.save(os.path.join(HERE, "vz-nelson-and-colne-college-group-quality-improvement-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 6. University of Bradford - internal audit tracker, CSV export (refuse case)
# ---------------------------------------------------------------------------
def bradford_csv():
    ncol = 11
    pad = lambda s: [s] + [""] * (ncol - 1)
    rows = [
        pad("University of Bradford"),
        pad("Audit Committee – 20 November 2025"),
        pad("Internal Audit Recommendations – Follow-up Status Report (position at 31 October 2025)"),
        pad("Status: Complete = implemented and verified; Green = on target; Amber = revised date "
            "agreed; Red = overdue"),
        [""] * ncol,
        ["Audit", "Assurance", "Rec ref", "Priority", "Recommendation", "Agreed action",
         "Action owner", "Target date", "Revised target date", "Status", "Latest update"],
        ["Student Recruitment and Admissions 2024/25", "Reasonable", "SRA-01", "Medium",
         "Admissions decisions for applicants with non-standard qualifications should be recorded "
         "with the rationale and approver.",
         "Update the admissions decision template in the CRM to make rationale and approver "
         "mandatory fields.",
         "Director of Admissions", "Jun-2025", "", "Complete",
         "Template changed July 2025; verified by Internal Audit in September."],
        ["Student Recruitment and Admissions 2024/25", "Reasonable", "SRA-02", "Low",
         "The agent commission payments process should include a check against enrolled student "
         "numbers.",
         "Introduce a quarterly reconciliation of agent invoices to census enrolment data, signed "
         "off by the Head of International Operations.",
         "Head of International Operations / Finance Business Partner", "Dec-2025", "", "Green",
         "First reconciliation completed for the September intake."],
        ["Cyber Security – Patch Management 2024/25", "Limited", "CYB-01", "High",
         "All critical security patches should be applied within 14 days of release, in line with "
         "Cyber Essentials Plus requirements.",
         "Implement automated patch deployment for all managed endpoints and report compliance "
         "monthly to the Information Governance Group.",
         "Director of Digital and Information Services", "Mar-2025", "Dec-2025", "Amber",
         "Endpoint compliance 93%; legacy research servers excluded pending replacement."],
        ["Cyber Security – Patch Management 2024/25", "Limited", "CYB-02", "High",
         "Unsupported operating systems should be identified and either upgraded or isolated from "
         "the network.",
         "Complete the inventory of unsupported systems and agree a replacement or isolation plan "
         "with each faculty.",
         "Head of IT Infrastructure", "Jun-2025", "Jan-2026", "Amber",
         "Inventory complete; 14 devices remain in the Faculty of Life Sciences."],
        ["Research Grants – Post-award Management 2025/26", "Reasonable", "RGM-01", "Medium",
         "Grant expenditure should be reviewed against budget by the principal investigator at "
         "least quarterly.",
         "Roll out the quarterly PI grant statement through the finance system and include review "
         "completion in the research office KPI report.",
         "Director of Research and Innovation Services", "Mar-2026", "", "Green",
         "Pilot under way in the Faculty of Engineering and Digital Technologies."],
        ["Research Grants – Post-award Management 2025/26", "Reasonable", "RGM-02", "Low",
         "Grant closure checklists should be completed within 90 days of the award end date.",
         "Issue a grant closure checklist and monitor completion through the research office "
         "tracker.",
         "Research Finance Manager", "0ct-2025", "", "Green",
         "Checklist issued; first closures due in November."],
        ["Payroll 2025/26", "Substantial", "PAY-01", "Low",
         "Leavers should be processed in the payroll system before their final pay date.",
         "Introduce an automated leaver notification from the HR system to payroll.",
         "Head of HR Operations; Payroll Manager", "Jan-2026", "", "Green",
         "Integration being tested."],
        ["Health and Safety – Fire Risk Assessments 2024/25", "Limited", "HS-01", "High",
         "Actions arising from fire risk assessments should be tracked to completion with target "
         "dates.",
         "Load all open fire risk assessment actions onto the estates maintenance system with "
         "target dates and report overdue actions to the Health and Safety Committee.",
         "Director of Estates and Facilities", "May-2025", "Aug-2025", "Red",
         "Overdue: 42 actions loaded, 17 past their target date."],
        [""] * ncol,
        pad("Total recommendations: 8 (Complete 1, Green 4, Amber 2, Red 1)"),
    ]
    path = os.path.join(HERE, "vz-university-of-bradford-internal-audit-recommendations-tracker-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. The Sovini Group - RSH consumer standards improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
def sovini_txt():
    H = ["Ref", "Required outcome", "Action", "Lead", "Target", "Status", "Update"]
    lines = [
        "The Sovini Group – Consumer Standards Improvement Plan 2025/26",
        "One Vision Housing and Pierhead Housing | Report to Group Board, 24 September 2025 | "
        "Owner: Executive Director of Housing and Communities",
        "Status at 31 August 2025. Key: Complete = action delivered; Green = on track; "
        "Amber = at risk; Red = off track",
        "",
        "SAFETY AND QUALITY STANDARD",
        H,
        ["SQ1", "Stock quality",
         "Complete stock condition surveys of 100% of homes, prioritising homes not surveyed since 2020",
         "Head of Asset Management", "Mar-26", "Green", "72% of homes surveyed in the last five years"],
        ["SQ2", "",
         "Load survey data into the asset management system and report Decent Homes compliance "
         "to Board quarterly",
         "Head of Asset Management / Data and Insight Manager", "Q3 2025/26", "Amber",
         "System upgrade slipped by six weeks"],
        ["SQ3", "Health and safety",
         "Introduce a damp and mould case management process with a 10-working-day inspection "
         "target and three-month follow-up visits",
         "Damp and Mould Lead", "30/06/2025", "Complete", "Live from June 2025; 96% inspected within target"],
        ["SQ4", "",
         "Close all overdue fire risk assessment actions rated high",
         "Building Safety Manager", "31/12/2025", "Red",
         "38 high actions overdue; contractor capacity increased from September"],
        "",
        "TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD",
        H,
        ["TIA1", "Fairness and respect",
         "Deliver 'Respect Matters' customer service training to all front-line colleagues",
         "Head of Customer Experience and Insight", "Dec-25", "Green", "212 of 290 colleagues trained"],
        ["TIA2", "Performance information",
         "Publish tenant satisfaction measures (TSMs) with a tenant-friendly commentary on the "
         "website and in the annual report",
         "Head of Customer Experience and Insight", "Jul-25", "Complete", "Published 18 July 2025"],
        ["TIA3", "Complaints",
         "Carry out the annual Housing Ombudsman Complaint Handling Code self-assessment and have "
         "it scrutinised by the Customer Voice Panel",
         "Complaints Manager; Customer Voice Panel Chair", "Ongoing - annual", "Green",
         "2025 self-assessment approved by Board in June"],
        "",
        "TENANCY STANDARD",
        H,
        ["T1", "Allocations and lettings",
         "Review the allocations policy to align with the Sefton Council choice-based lettings "
         "scheme and publish it",
         "Lettings Manager", "31/10/2025", "Green", "Draft out to tenants for consultation"],
        ["T2", "Tenancy sustainment",
         "Extend the financial inclusion service to all new tenants in their first 12 months",
         "Executive Director of Housing and Communities / Head of Neighbourhoods", "March 2026",
         "Amber", "Recruitment to two adviser posts outstanding"],
        "",
        "NEIGHBOURHOOD AND COMMUNITY STANDARD",
        H,
        ["NC1", "Safety of shared spaces",
         "Introduce quarterly estate inspections with tenant inspectors for all blocks with "
         "communal areas",
         "Head of Neighbourhoods", "Nov-25", "Green", "Pilot completed in Bootle and Netherton"],
        "",
        "Summary: 10 actions - 2 complete, 5 green, 2 amber, 1 red",
        "Notes: Actions SQ4 and T2 have been escalated to the Customer Services Committee. "
        "Next update to Group Board: December 2025.",
    ]
    out = []
    for ln in lines:
        out.append("\t".join(ln) if isinstance(ln, list) else ln)
    path = os.path.join(HERE, "vz-sovini-group-rsh-consumer-standards-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    icb_tracker()
    hiwfrs_highlight()
    cambs_risk_register()
    saxonbrook_cqc()
    nelson_colne_qip()
    bradford_csv()
    sovini_txt()
    print("written")
