"""Build the seven zvd- blind test files (set heldout643).

Run with: /work/main/.venv/bin/python zvd_make.py
Writes only files whose names start with "zvd-" into this script's folder.
"""
import csv
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zvd-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "head": "1F3864", "sect": "D9E1F2", "grey": "EDEDED", "ws": "E2EFDA",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def header_row(ws, row, labels, widths=None):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, row, col, value, fmt=None, bold=False, rag=None, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    if rag:
        c.fill = fill(FILL[rag])
        c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
    return c


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.bold = True


def add_table(doc, header, rows, rag_col=None, header_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        shade(cell, header_fill)
        for r in cell.paragraphs[0].runs:
            r.font.bold = True
            if header_fill == "1F3864":
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            if rag_col is not None and i == rag_col:
                key = v.strip()[:1].upper()
                colour = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
                          "C": "0070C0", "O": "00B050"}.get(key)
                if colour:
                    shade(cells[i], colour)
    return t


# ================================================================ 1. Imperial CQC (xlsx)
def imperial():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Imperial College Healthcare NHS Trust – CQC Inspection Action Plan (Must Do and Should Do)"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Core services inspected 12–14 March 2024: Urgent and emergency care (St Mary's Hospital), "
                 "Medical care (Charing Cross Hospital), Surgery (Hammersmith Hospital)")
    cov["A3"] = "Reports published: 18 July 2024"
    cov["A4"] = "Progress position as at 31 October 2025 – for Quality Committee, 11 November 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    header_row(cov, 7, ["Version", "Date", "Author", "Summary of changes"], [12, 14, 34, 80])
    for r, row in enumerate([
        ("1.0", dt(2024, 8, 15), "Head of Regulatory Compliance",
         "Plan agreed by Executive Management Board and submitted to CQC"),
        ("1.4", dt(2025, 5, 14), "Head of Regulatory Compliance",
         "Revised dates for MED-MD1.1 and SUR-SD1.1 approved by Quality Committee"),
        ("1.6", dt(2025, 10, 31), "Regulatory Compliance Officer", "October progress updates; RAG refreshed"),
    ], start=8):
        for c, v in enumerate(row, start=1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    for r, (k, text) in enumerate([
        ("B", "Complete – action delivered and evidence of embedding reviewed by the CQC Compliance Team"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk – delivery by the target date is uncertain; mitigation in place"),
        ("R", "Off track – target date missed or not deliverable"),
    ], start=13):
        put(cov, r, 1, k, rag=k)
        put(cov, r, 2, text)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress position as at 31 October 2025"
    header_row(ws, 4, [
        "Ref", "CQC finding (Must do / Should do)", "Regulation", "Action", "Lead(s)",
        "Original target date", "Revised target date", "Progress update – October 2025",
        "Previous RAG (Sep-25)", "Current RAG (Oct-25)", "Evidence ref",
    ], [12, 42, 16, 46, 30, 13, 13, 48, 11, 11, 13])
    ws.freeze_panes = "A5"

    D = "dd/mm/yyyy"
    sections = [
        ("Urgent and emergency care – St Mary's Hospital", [
            ("The trust must ensure that patients attending the emergency department are triaged and "
             "clinically assessed in a timely way, in line with national guidance.", "Regulation 12(1)(2)(a)", [
                ("UEC-MD1.1", "Introduce a streaming and rapid assessment nurse at the front door from 10:00 to 02:00, "
                 "seven days a week.", "Head of Nursing, Emergency Medicine / Clinical Director, ED",
                 dt(2024, 12, 31), dt(2025, 3, 31),
                 "Rota in place since March 2025; time to initial assessment median 11 minutes (Sep-25).",
                 "A", "B", "EV-UEC-004"),
                ("UEC-MD1.2", "Monthly audit of time to initial assessment, reported to the Divisional Quality Board.\n"
                 "Breaches over 15 minutes escalated at the ED safety huddle.",
                 "Lead Nurse – Quality & Governance, ED", dt(2025, 12, 31), None,
                 "Audit reported monthly since April; compliance 87% in September.", "G", "G", "EV-UEC-006"),
            ]),
            ("The trust must ensure that mental health risk assessments are completed and documented for all "
             "patients presenting with self-harm or suicidal thoughts.", "Regulation 12(1)(2)(a)(b)", [
                ("UEC-MD2.1", "Roll out the revised mental health risk assessment form in Cerner and withdraw the "
                 "paper version.", "Consultant Lead for Mental Health in ED", dt(2025, 9, 30), "Jan-26",
                 "Cerner build delayed by the EPR upgrade; paper form remains in use with weekly audit.",
                 "G", "A", "EV-UEC-009"),
            ]),
            ("The trust should ensure that medical staff complete safeguarding children level 3 training.", "n/a", [
                ("UEC-SD1.1", "Book all outstanding ED medical staff onto safeguarding children level 3 training "
                 "and track compliance weekly.", "Medical Education Manager", dt(2025, 3, 31), None,
                 "Compliance 94% (target 90%). Closed at Executive Quality Group, April 2025.",
                 "G", "B", "EV-UEC-011"),
            ]),
        ]),
        ("Medical care (including older people's care) – Charing Cross Hospital", [
            ("The trust must ensure that medicines, including controlled drugs, are stored securely and that "
             "fridge temperatures are monitored and acted on.", "Regulation 12(1)(2)(g)", [
                ("MED-MD1.1", "Replace ward medicines fridges on 8 South and 9 North with remotely monitored units.",
                 "Chief Pharmacist / Estates Project Manager", dt(2025, 1, 31), dt(2025, 9, 30),
                 "All 14 fridges replaced and connected to the remote monitoring system.", "R", "B", "EV-MED-002"),
                ("MED-MD1.2", "Weekly controlled drug checks by ward managers, with a quarterly pharmacy audit "
                 "reported to the Medication Safety Group.", "Ward Managers; Lead Pharmacist – Medicine",
                 dt(2025, 12, 31), None,
                 "Q1 and Q2 audits show full compliance on 11 of 12 wards.", "G", "G", "EV-MED-005"),
            ]),
            ("The trust should ensure that patients' nutritional needs are assessed and recorded using the MUST "
             "tool.", "n/a", [
                ("MED-SD1.1", "Relaunch MUST screening with ward-based training from the dietetics team.",
                 "Lead Dietitian", "Q3 2025/26", None,
                 "Training delivered on 6 of 10 wards; dietitian vacancy affecting pace.", "A", "A", "EV-MED-008"),
            ]),
        ]),
        ("Surgery – Hammersmith Hospital", [
            ("The trust must ensure that the five steps to safer surgery, including the WHO surgical safety "
             "checklist, are fully completed for every patient.", "Regulation 12(1)(2)(b)", [
                ("SUR-MD1.1", "Observational audit of 20 cases per theatre each month, with results shared at "
                 "theatre governance meetings.", "Theatre Matron", dt(2025, 11, 30), None,
                 "Audit embedded; September compliance 96%.", "A", "G", "EV-SUR-003"),
                ("SUR-MD1.2", "Embed the “Stop Moment” team brief and debrief on every theatre list.",
                 "Clinical Director, Surgery and Theatres", dt(2025, 12, 31), "Q4 2025/26",
                 "Roll-out paused during theatre refurbishment; revised date agreed.", "G", "A", "EV-SUR-004"),
            ]),
            ("The trust should ensure that all staff receive an annual appraisal.", "n/a", [
                ("SUR-SD1.1", "Divisional appraisal trajectory to reach 90% compliance, monitored at the monthly "
                 "divisional performance review.", "Divisional Director of Operations – SCC",
                 dt(2025, 6, 30), dt(2026, 3, 31),
                 "Compliance 78% (Oct-25). Recovery plan presented to People Committee.", "A", "R", "EV-SUR-007"),
            ]),
        ]),
    ]
    row = 5
    for sect, findings in sections:
        ws.cell(row=row, column=1, value=sect).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=row, column=1).fill = fill("2F5597")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        row += 1
        for finding, reg, actions in findings:
            first = row
            for (ref, action, lead, orig, rev, prog, prev, cur, ev) in actions:
                put(ws, row, 1, ref)
                put(ws, row, 4, action)
                put(ws, row, 5, lead)
                put(ws, row, 6, orig, fmt=D if isinstance(orig, dt) else None)
                put(ws, row, 7, rev, fmt=D if isinstance(rev, dt) else None)
                put(ws, row, 8, prog)
                put(ws, row, 9, prev, rag=prev)
                put(ws, row, 10, cur, rag=cur)
                put(ws, row, 11, ev)
                row += 1
            put(ws, first, 2, finding)
            put(ws, first, 3, reg)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    row += 1
    ws.cell(row=row, column=1, value="Summary – current RAG").font = Font(bold=True)
    row += 1
    for k, n in [("Blue", 3), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total", 10)]:
        put(ws, row, 1, k, bold=(k == "Total"))
        put(ws, row, 2, n, bold=(k == "Total"))
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=(
        "Note: actions are only rated Blue once evidence has been reviewed by the CQC Compliance Team and "
        "signed off at the Executive Quality Group."))
    wb.active = 1
    wb.save(out("zvd-imperial-college-healthcare-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# ================================================================ 2. University of Bath IA tracker (xlsx)
def bath():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    title = "University of Bath – Internal Audit Recommendations Tracker"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee, 26 November 2025 – position at 14 November 2025"
    s["A4"] = "Recommendations by priority and RAG"
    s["A4"].font = Font(bold=True)
    header_row(s, 5, ["RAG", "High", "Medium", "Low", "Total"], [38, 10, 10, 10, 10])
    for r, (lab, k, h, m, l) in enumerate([
        ("Blue – implemented", "B", 1, 1, 0),
        ("Green – on track", "G", 1, 1, 1),
        ("Amber – revised date agreed", "A", 0, 2, 1),
        ("Red – overdue", "R", 1, 0, 0),
    ], start=6):
        put(s, r, 1, lab, rag=k)
        put(s, r, 2, h)
        put(s, r, 3, m)
        put(s, r, 4, l)
        put(s, r, 5, h + m + l)
    put(s, 10, 1, "Total", bold=True)
    put(s, 10, 2, 3, bold=True)
    put(s, 10, 3, 4, bold=True)
    put(s, 10, 4, 2, bold=True)
    put(s, 10, 5, 9, bold=True)
    s["A12"] = "RAG key (the Tracker sheet shows colour only)"
    s["A12"].font = Font(bold=True)
    for r, (k, text) in enumerate([
        ("B", "Implemented – evidence provided and verified by internal audit"),
        ("G", "In progress – on track to meet the original target date"),
        ("A", "In progress – revised target date agreed by the Director of Finance"),
        ("R", "Overdue – target date passed without an agreed revision"),
    ], start=13):
        put(s, r, 1, "", rag=k)
        put(s, r, 2, text)
        s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit Recommendations Tracker – open and recently implemented recommendations"
    t["A1"].font = Font(bold=True, size=13)
    header_row(t, 3, [
        "Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
        "Original target date", "Revised target date", "RAG", "Management update (November 2025)",
    ], [11, 9, 42, 46, 30, 13, 13, 7, 46])
    t.freeze_panes = "A4"
    D = "dd-mmm-yy"
    audits = [
        ("IA24/07 Research Grants and Contracts – Post-award Compliance (2024/25) – Limited assurance", [
            ("IA24/07.1", "High", "Introduce a documented process for monitoring grant expenditure against budget "
             "at least quarterly.", "Research Finance to issue quarterly budget-to-actual reports to principal "
             "investigators, with exceptions escalated to the Faculty Finance Manager.",
             "Head of Research Finance", dt(2025, 3, 31), dt(2025, 7, 31), "B",
             "First two quarterly cycles complete; verified by internal audit in October 2025."),
            ("IA24/07.2", "Medium", "Ensure timesheets are completed for all staff charged to externally funded "
             "projects.", "Implement monthly electronic timesheet submission through the Agresso portal; "
             "non-submission reported to Heads of Department.",
             "Head of Research Finance / Head of HR Operations", dt(2025, 6, 30), dt(2026, 1, 31), "A",
             "Portal configured; pilot in the Faculty of Engineering & Design before full roll-out."),
            ("IA24/07.3", "Low", "Update the Research Costing and Pricing Policy.",
             "Revise the policy and present it to University Research Committee for approval.",
             "Director of Research & Innovation Services", dt(2025, 12, 31), None, "G",
             "Draft prepared; on the agenda for the December meeting."),
        ]),
        ("IA24/11 Cyber Security – Identity and Access Management (2024/25) – Reasonable assurance", [
            ("IA24/11.1", "High", "Enforce multi-factor authentication for all staff and privileged accounts, "
             "including legacy systems.", "Complete MFA roll-out to the remaining legacy finance and estates "
             "systems and record any exceptions on the IT risk register.",
             "Chief Information Officer", dt(2025, 9, 30), None, "R",
             "Two estates systems outstanding; vendor patch awaited."),
            ("IA24/11.2", "Medium", "Carry out periodic user access reviews for key business systems.",
             "Introduce six-monthly access recertification for SAMIS, Agresso and iTrent, signed off by system "
             "owners.", "Head of Information Security; system owners", dt(2026, 3, 31), None, "G",
             "First recertification cycle scheduled for February 2026."),
            ("IA24/11.3", "Low", "Document the joiners, movers and leavers process for IT accounts.",
             "Publish the JML procedure and align HR leaver notifications with automatic account disablement.",
             "Head of IT Service Delivery / Head of HR Operations", dt(2025, 10, 31), "Q4 2025/26", "A",
             "Dependent on the iTrent integration release."),
        ]),
        ("IA25/02 UKVI Student Sponsor Compliance (2025/26) – Reasonable assurance", [
            ("IA25/02.1", "High", "Strengthen attendance and engagement monitoring for sponsored students.",
             "Configure automated engagement alerts in SAMIS and agree a case review process with departments.",
             "Academic Registrar", "End of January 2026", None, "G",
             "Alerts in test; department briefings arranged."),
            ("IA25/02.2", "Medium", "Retain evidence of right-to-study checks in line with Home Office guidance.",
             "Issue revised guidance to admissions staff and complete a sample check of 50 student files.",
             "Head of Student Immigration Service", dt(2025, 11, 30), None, "B",
             "Guidance issued; sample check found no exceptions."),
        ]),
        ("IA23/09 Key Financial Controls – Accounts Payable (2023/24) – Reasonable assurance", [
            ("IA23/09.3", "Medium", "Perform independent verification of supplier bank detail changes.",
             "Introduce call-back verification to a known contact for all bank detail changes, with "
             "second-person approval in Agresso.", "Director of Finance and Head of Procurement",
             dt(2024, 12, 31), dt(2026, 2, 28), "A",
             "Call-back in place; system approval step awaiting the Agresso upgrade."),
        ]),
    ]
    row = 4
    for head, recs in audits:
        c = t.cell(row=row, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = fill(FILL["sect"])
        t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for (ref, pri, rec, act, off, orig, rev, rag, upd) in recs:
            put(t, row, 1, ref)
            put(t, row, 2, pri)
            put(t, row, 3, rec)
            put(t, row, 4, act)
            put(t, row, 5, off)
            put(t, row, 6, orig, fmt=D if isinstance(orig, dt) else None)
            put(t, row, 7, rev, fmt=D if isinstance(rev, dt) else None)
            put(t, row, 8, None, rag=rag)
            put(t, row, 9, upd)
            row += 1
    row += 1
    t.cell(row=row, column=1, value=(
        "Notes: Blue recommendations are removed from the tracker once they have been reported to the Committee. "
        "Revised target dates require the approval of the Director of Finance."))
    wb.save(out("zvd-university-of-bath-internal-audit-recommendations-tracker.xlsx"))


# ================================================================ 3. Peabody highlight report (xlsx)
def peabody():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    title = "Peabody – Awaab's Law Implementation Programme: Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: 1–30 November 2025"
    ws["A3"] = ("Report to: Executive Leadership Team | Senior Responsible Owner: Chief Operating Officer | "
                "Programme Manager: Hannah Ogunleye")
    ws["A5"] = "Overall programme status"
    ws["A5"].font = Font(bold=True)
    put(ws, 5, 3, "Previous: Red", rag="R")
    put(ws, 5, 4, "Current: Amber", rag="A")
    ws["A7"] = "Summary"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("Phase 1 duties went live on 27 October 2025 as planned. The emergency hazard rota and repairs system "
                "clocks are working; data cleansing of legacy damp and mould cases is behind plan.")
    ws["A9"] = "Key risks and issues"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = ("Surveyor recruitment is behind plan in the South region; agency surveyors are covering the gap "
                 "until February.")
    ws["A11"] = "Legacy case data quality is limiting the accuracy of the compliance dashboard."
    ws["A13"] = "Milestone plan"
    ws["A13"].font = Font(bold=True, size=12)
    header_row(ws, 14, ["Workstream", "Ref", "Milestone / deliverable", "Lead", "Baseline date",
                        "Forecast date", "Status", "Commentary"], [30, 7, 52, 32, 12, 12, 11, 46])
    M = "mmm-yy"
    D = "dd/mm/yyyy"
    rag_of = {"Complete": "B", "On track": "G", "At risk": "A", "Late": "R"}
    streams = [
        ("WS1 – Policy, procedure and legal compliance", [
            ("1.1", "Approve revised Damp, Mould and Hazards Policy reflecting Awaab's Law timescales",
             "Head of Housing Policy", dt(2025, 9, 30), dt(2025, 9, 30), D, "Complete",
             "Approved by the Board on 24 September."),
            ("1.2", "Update tenancy agreement and repairs handbook wording on emergency hazard response",
             "Head of Housing Policy / Head of Legal (Housing)", dt(2025, 10, 1), dt(2026, 1, 1), M, "At risk",
             "Legal review of tenancy wording taking longer than planned."),
            ("1.3", "Publish scoping note on phase 2 hazards due in scope during 2026",
             "Compliance & Regulation Manager", dt(2026, 3, 1), dt(2026, 3, 1), M, "On track", ""),
        ]),
        ("WS2 – Systems and data", [
            ("2.1", "Configure 24-hour emergency hazard and 10 working day investigation clocks in the repairs "
             "system", "Digital Product Owner – Repairs", dt(2025, 10, 27), dt(2025, 10, 27), D, "Complete",
             "Live from 27 October."),
            ("2.2", "Build Power BI compliance dashboard for hazard timescales by region",
             "Priya Shah and Tom Reilly", dt(2025, 11, 1), dt(2025, 12, 1), M, "On track",
             "Beta version shared with regional heads."),
            ("2.3", "Cleanse open damp and mould cases (c. 4,200) and re-categorise against the new hazard "
             "definitions", "Data Quality Lead", dt(2025, 10, 31), dt(2026, 1, 31), D, "Late",
             "1,650 cases reviewed; additional resource requested (see decisions)."),
        ]),
        ("WS3 – Repairs delivery and contractors", [
            ("3.1", "Vary responsive repairs contracts to include Awaab's Law timescales and reporting",
             "Director of Procurement", dt(2025, 9, 1), dt(2025, 11, 1), M, "Complete",
             "All four contract variations signed."),
            ("3.2", "Recruit 18 additional damp and mould surveyors",
             "Head of Repairs (North) & Head of Repairs (South)", dt(2025, 12, 1), dt(2026, 2, 1), M, "At risk",
             "11 of 18 appointed; agency cover in place."),
            ("3.3", "Stand up out-of-hours emergency hazard rota, including decant arrangements",
             "Head of Neighbourhoods", dt(2025, 10, 27), dt(2025, 10, 27), D, "Complete", ""),
        ]),
        ("WS4 – Residents and communications", [
            ("4.1", "Write to all general needs and supported housing residents explaining the new timescales",
             "Head of Customer Experience", dt(2025, 10, 1), dt(2025, 10, 1), M, "Complete",
             "Letters and emails sent w/c 13 October."),
            ("4.2", "Co-design damp and mould self-help guidance with the Resident Scrutiny Panel",
             "Resident Involvement Manager", dt(2026, 1, 1), dt(2026, 1, 1), M, "On track",
             "Two workshops held."),
            ("4.3", "Quarterly resident survey on damp and mould repairs, with results to Customer Committee",
             "Insight Manager", "Quarterly", "Quarterly", None, "On track", "First survey closes in December."),
        ]),
    ]
    row = 15
    for stream, ms in streams:
        first = row
        for (ref, text, lead, base, fc, fmt, status, comm) in ms:
            put(ws, row, 2, ref)
            put(ws, row, 3, text)
            put(ws, row, 4, lead)
            put(ws, row, 5, base, fmt=fmt)
            put(ws, row, 6, fc, fmt=fmt)
            put(ws, row, 7, status, rag=rag_of[status])
            put(ws, row, 8, comm)
            row += 1
        c = put(ws, first, 1, stream, bold=True)
        c.fill = fill(FILL["ws"])
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Status key: Complete = Blue | On track = Green | At risk = Amber | Late = Red")
    row += 2
    ws.cell(row=row, column=1, value="Decisions required from ELT").font = Font(bold=True)
    ws.cell(row=row + 1, column=1, value=(
        "Approve two fixed-term data analysts (6 months) to recover the case cleansing milestone (2.3)."))

    k = wb.create_sheet("KPIs")
    k["A1"] = "Awaab's Law – key performance measures (November 2025)"
    k["A1"].font = Font(bold=True, size=12)
    header_row(k, 3, ["Measure", "Target", "Sep-25", "Oct-25", "Nov-25", "RAG"], [58, 10, 10, 10, 10, 8])
    for r, (m, tgt, a, b, c, rag) in enumerate([
        ("Emergency hazards made safe within 24 hours", "100%", "n/a", "94.1%", "96.8%", "A"),
        ("Damp and mould investigations started within 10 working days", "100%", "n/a", "88.0%", "91.5%", "A"),
        ("Written summary issued within 3 working days of investigation", "100%", "n/a", "97.2%", "99.0%", "G"),
        ("Open damp and mould cases", "—", "4,412", "4,236", "3,987", "G"),
    ], start=4):
        for col, v in enumerate((m, tgt, a, b, c), start=1):
            put(k, r, col, v)
        put(k, r, 6, rag, rag=rag)
    wb.save(out("zvd-peabody-awaabs-law-programme-highlight-report.xlsx"))


# ================================================================ 4. Greenbank Surgery (docx)
def greenbank():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Greenbank Surgery – CQC Inspection Action Plan", style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Provider", "Dr R Mistry and Partners"),
        ("Location", "Greenbank Surgery, 41 Greenbank Road"),
        ("Date of inspection", "4 and 11 February 2025"),
        ("Report published", "2 April 2025"),
        ("Overall rating", "Requires improvement"),
        ("Plan owner", "Practice Manager"),
        ("Last updated", "14 October 2025"),
    ]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "D9E1F2")
        for r in cells[0].paragraphs[0].runs:
            r.font.bold = True
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the action we are taking in response to the requirement notices and the areas where "
        "CQC told us we should improve. It is reviewed at the monthly partners' meeting and shared with our "
        "Patient Participation Group.")

    hdr = ["Ref", "Action taken / planned", "Lead", "By when", "Status"]
    doc.add_heading("Requirement notice 1 – Regulation 12: Safe care and treatment", level=2)
    p = doc.add_paragraph()
    p.add_run("What CQC found").bold = True
    doc.add_paragraph(
        "The provider did not have an effective system to ensure that patients prescribed high-risk medicines "
        "received the required monitoring.")
    add_table(doc, hdr, [
        ("1.1", "Monthly EMIS searches for patients on DMARDs, lithium and warfarin; the clinical pharmacist "
                "reviews results and recalls any patient overdue for monitoring.",
         "Clinical Pharmacist", "30/04/2025", "Completed"),
        ("1.2", "Add a monitoring alert to the repeat prescribing template so that high-risk medicines cannot be "
                "re-issued without a GP review when blood tests are overdue.",
         "Dr R Mistry", "June 2025", "Completed"),
        ("1.3", "Quarterly audit of high-risk drug monitoring, presented at the clinical meeting.",
         "Dr S Collins (Clinical Governance Lead)", "Quarterly", "On track"),
    ], rag_col=4)

    doc.add_heading("Requirement notice 2 – Regulation 17: Good governance", level=2)
    p = doc.add_paragraph()
    p.add_run("What CQC found").bold = True
    doc.add_paragraph(
        "Systems and processes to assess, monitor and mitigate risks, including safety alerts and significant "
        "events, were not operated effectively.")
    add_table(doc, hdr, [
        ("2.1", "Set up a safety alerts log (MHRA/CAS) with named clinician sign-off and a six-monthly "
                "retrospective search.", "Practice Manager and Dr S Collins", "31/05/2025", "Completed"),
        ("2.2", "Review all practice policies and archive out-of-date versions from the shared drive.",
         "Assistant Practice Manager", "End of September 2025", "Amber"),
        ("2.3", "Record significant events on a new template and share learning at the monthly whole-practice "
                "meeting.", "Practice Manager", "July 2025", "Completed"),
    ], rag_col=4)

    doc.add_heading("Areas where the practice should improve", level=2)
    add_table(doc, ["Ref", "CQC said we should", "Our action", "Lead", "By when", "Status"], [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Offer Saturday morning cervical screening clinics and send text reminders to non-responders.",
         "Nurse Manager", "Mar-26", "On track"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Move to cloud-based telephony with call-back and queue position messages.",
         "Practice Manager / PPG Chair", "Dec 2025", "Amber"),
        ("S3", "Ensure all staff complete safeguarding training at the level appropriate to their role.",
         "Update the training matrix and book reception staff onto level 2 safeguarding training on "
         "18 November 2025.", "Dr P Hale, Safeguarding Lead", "30/11/2025", "On track"),
    ], rag_col=5)

    doc.add_paragraph()
    doc.add_paragraph("Signed: Dr R Mistry, Senior Partner        Date: 14 October 2025")
    doc.save(out("zvd-greenbank-surgery-cqc-inspection-action-plan.docx"))


# ================================================================ 5. The Skills Network PIAP (docx)
def tsn():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("The Skills Network – Post-Inspection Action Plan 2024–25", style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 10–13 June 2024 (report published 19 July 2024)")
    doc.add_heading("Document control", level=3)
    add_table(doc, ["Version", "Date", "Author", "Approved by"], [
        ("1.0", "09/08/2024", "Director of Quality", "Executive Leadership Team"),
        ("1.1", "14/01/2025", "Quality Improvement Manager", "Quality and Standards Committee"),
        ("1.2", "12/05/2025", "Quality Improvement Manager", "Quality and Standards Committee"),
    ], header_fill="D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: B = completed and impact evidenced; G = on track; A = some slippage, recovery actions in place; "
        "R = off track.")

    hdr = ["Ref", "Action", "Responsibility", "Success measure / impact", "Target date", "Progress (RAG)"]
    plan = [
        ("Quality of education", [
            ("Area for improvement 1",
             "Leaders and managers should ensure that tutors use the information from learners' starting points "
             "to plan learning that builds on what learners already know.", [
                ("1.1", "Revise the initial assessment to include a subject-specific diagnostic for every course, "
                        "with results visible to tutors in the learner portal.", "Head of Curriculum Design",
                 "Diagnostic live on all 140 courses; tutors access results for 100% of new starters.",
                 "Oct 2024", "B"),
                ("1.2", "Train all tutors in using starting-point data to set individual learning targets; sample "
                        "10% of learner plans each month.",
                 "Head of Teaching, Learning & Assessment / Tutor Team Leaders",
                 "90% of sampled plans show targets linked to starting points.", "Dec-24 (revised Mar-25)", "G"),
            ]),
            ("Area for improvement 2",
             "Leaders should improve the quality and timeliness of feedback so that learners know what they need "
             "to do to improve their work.", [
                ("2.1", "Introduce a five working day turnaround standard for marking and monitor it through the "
                        "weekly tutor dashboard.", "Director of Quality",
                 "95% of assignments marked within five working days.", "30/11/2024", "B"),
                ("2.2", "Quality team to carry out termly feedback audits, with developmental coaching for tutors "
                        "below standard.", "Quality Improvement Manager",
                 "Audit grades improve term on term; no tutor below standard for two consecutive audits.",
                 "Termly", "G"),
            ]),
        ]),
        ("Personal development", [
            ("Area for improvement 3",
             "Leaders should ensure that learners develop their understanding of the risks of radicalisation and "
             "extremism, and of fundamental British values, in the context of their studies and work.", [
                ("3.1", "Embed a Prevent and British values mini-module in every Level 2 and Level 3 course, "
                        "linked to the course subject.",
                 "Designated Safeguarding Lead and Head of Curriculum Design",
                 "Learner survey: 85% can describe local risks of radicalisation.", "Summer term 2025", "A"),
                ("3.2", "Add a tutor check-in question on learners' understanding of safeguarding and Prevent at "
                        "each progress review.", "Tutor Team Leaders",
                 "Question recorded in 100% of sampled progress reviews.", "Jan 2025", "B"),
            ]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 4",
             "Governors should receive sufficiently detailed information about the quality of education to hold "
             "leaders to account.", [
                ("4.1", "Redesign the quality report to the Board to include course-level achievement, learner "
                        "feedback and tutor performance.", "Chief Executive Officer / Director of Quality",
                 "Board minutes show challenge on course-level performance.", "February 2025", "B"),
                ("4.2", "Appoint a governor with an education and skills background to lead on quality.",
                 "Chair of the Board", "Link governor appointed and attending quality reviews.",
                 "31/03/2025", "R"),
            ]),
        ]),
    ]
    for theme, afis in plan:
        doc.add_heading(theme, level=1)
        for label, text, rows in afis:
            doc.add_heading(label, level=2)
            doc.add_paragraph(text)
            add_table(doc, hdr, rows, rag_col=5)
            doc.add_paragraph()
    doc.add_heading("Monitoring arrangements", level=1)
    doc.add_paragraph(
        "Progress against this plan is reviewed monthly by the Executive Leadership Team and each term by the "
        "Quality and Standards Committee of the Board.")
    add_table(doc, ["Approved by", "Date"], [
        ("Board of Directors", "22 May 2025"),
    ], header_fill="D9D9D9")
    doc.save(out("zvd-the-skills-network-ofsted-post-inspection-action-plan.docx"))


# ================================================================ 6. Derbyshire Constabulary risk register (csv, refuse)
def derbyshire():
    cols = ["Risk ID", "Risk Title", "Risk Owner", "Current Score (LxI)", "Target Score", "Action ID",
            "Mitigating Action", "Action Owner", "Due Date", "Action Status", "Last Update"]
    n = len(cols)

    def pad(*v):
        return list(v) + [""] * (n - len(v))

    sr01 = ("SR01", "Contact management demand exceeds capacity, affecting 999 and 101 answer times",
            "ACC Local Policing", "16 (4x4)", "9 (3x3)")
    sr02 = ("SR02", "Insufficient accredited detectives (PIP2) to meet investigative demand",
            "ACC Crime and Criminal Justice", "16 (4x4)", "8 (2x4)")
    sr03 = ("SR03", "Medium Term Financial Plan funding gap for 2026/27 and 2027/28",
            "Director of Finance and Business Services", "15 (3x5)", "10 (2x5)")
    sr04 = ("SR04", "Vetting renewals not completed within the timescales in the Vetting APP",
            "Deputy Chief Constable", "12 (3x4)", "6 (2x3)")
    rows = [
        pad("Derbyshire Constabulary – Force Strategic Risk Register (extract for JARAC)"),
        pad("Report run: 03/11/2025 08:42"),
        pad(),
        cols,
        list(sr01) + ["SR01-A1", "Implement the THRIVE+ call-handling triage model in the Force Contact Centre",
                      "Ch Supt Contact Management", "31 December 2025", "On Track", "Training 80% complete"],
        list(sr01) + ["SR01-A2", "Introduce online reporting and webchat for non-emergency contact",
                      "Head of Digital Services", "30 September 2025", "Complete", "Live since 15 September"],
        list(sr01) + ["SR01-A3", "Review shift patterns to match demand peaks on Friday and Saturday evenings",
                      "Ch Supt Contact Management", "31 March 2026", "Not Started", ""],
        list(sr02) + ["SR02-A1", "Deliver the Detective Academy programme (two cohorts per year)",
                      "Det Ch Supt Crime", "31 March 2026", "On Track", "Cohort 2 started October"],
        list(sr02) + ["SR02-A2", "Introduce a retention payment and career pathway for PIP2 investigators",
                      "Head of HR / Director of Finance", "28 Febuary 2026", "Behind Schedule",
                      "Awaiting outcome of national pay review"],
        list(sr03) + ["SR03-A1", "Deliver the 2025/26 efficiency savings programme of £4.2m",
                      "Director of Finance and Business Services", "31 March 2026", "On Track", "£3.1m delivered"],
        list(sr03) + ["SR03-A2", "Agree the 2026/27 precept proposal with the Police and Crime Commissioner",
                      "Chief Constable / Director of Finance", "31 January 2026", "On Track", ""],
        list(sr04) + ["SR04-A1", "Clear the backlog of overdue vetting renewals (312 at 1 October 2025)",
                      "Head of Professional Standards", "31 March 2026", "Behind Schedule",
                      "Backlog 241 at 31 October"],
        list(sr04) + ["SR04-A2", "Procure additional vetting capacity through the regional collaboration",
                      "Head of Professional Standards", "31 December 2025", "Complete", "Contract signed"],
        pad(),
        pad("End of report"),
    ]
    with open(out("zvd-derbyshire-constabulary-force-strategic-risk-register-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ================================================================ 7. GDC Council action log (txt)
def gdc():
    T = "\t"
    lines = [
        "General Dental Council – Council Rolling Action Log (public business)",
        "Position following the Council meeting on 25 September 2025",
        "",
        T.join(["Ref", "Action", "Owner", "Due", "Status", "Update"]),
        "Council meeting – 27 March 2025",
        T.join(["COU 27/03/25 – 6.2",
                "Provide Council with an analysis of fitness to practise case ages by stage, including cases over "
                "18 months.", "Executive Director, Fitness to Practise", "June 2025", "Complete",
                "Paper presented on 12 June 2025 (item 8)."]),
        T.join(["COU 27/03/25 – 9.1", "Commission an external review of Council effectiveness for 2025/26.",
                "Chair of Council / Board Secretary", "Q4 2025/26", "On track",
                "Tender issued; supplier to be appointed in November."]),
        T.join(["COU 27/03/25 – 11.1",
                "Provide an update on the budget for the replacement of the online registrant portal.",
                "Chief Finance Officer", "July 2025", "Overdue", "Deferred pending the outcome of procurement."]),
        "Council meeting – 12 June 2025",
        T.join(["COU 12/06/25 – 5.4",
                "Bring forward proposals for the 2026 annual retention fee consultation, including fee modelling.",
                "Chief Executive and Registrar", "September 2025", "Complete",
                "Consultation launched 1 September 2025."]),
        T.join(["COU 12/06/25 – 7.1",
                "Publish the updated Equality, Diversity and Inclusion action plan and report progress to the "
                "People and Remuneration Committee.", "Head of Equality, Diversity and Inclusion", "31/10/2025",
                "Delayed", "Draft circulated to Committee members."]),
        T.join(["COU 12/06/25 – 10.2",
                "Report on the outcome of the registrant survey on the Scope of Practice guidance.",
                "Executive Director, Strategy", "Dec 2025", "On track", ""]),
        "Council meeting – 25 September 2025",
        T.join(["COU 25/09/25 – 4.3",
                "Share the information governance risk deep dive with all Council members.",
                "Head of Governance", "Ongoing", "On track", "To be circulated with each quarterly risk report."]),
        T.join(["COU 25/09/25 – 6.1",
                "Review the key performance indicators for the registration of overseas-qualified dentists and "
                "report back.", "Director of Registration", "4 December 2025", "On track", ""]),
        T.join(["COU 25/09/25 – 8.2", "Arrange a Council workshop on the 2026–2028 corporate strategy.",
                "Chief Executive and Registrar; Head of Governance", "January 2026", "On track",
                "Workshop booked for 22 January 2026."]),
        "",
        "Status key: Complete (blue) | On track (green) | Delayed (amber) | Overdue (red)",
        "Completed actions are removed from the log after they have been reported to one meeting.",
    ]
    with open(out("zvd-general-dental-council-council-rolling-action-log.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    imperial()
    bath()
    peabody()
    greenbank()
    tsn()
    derbyshire()
    gdc()
    print("built seven zvd- files in", HERE)
