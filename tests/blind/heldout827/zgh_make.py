"""Build the seven zgh- blind test files (set heldout827).

Run with /work/main/.venv/bin/python zgh_make.py ; writes next to this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
RAGFILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}
GREY = "D9D9D9"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, fillcol=None, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BORDER
    if bold:
        c.font = Font(bold=True)
    if fillcol:
        c.fill = fill(fillcol)
    if fmt:
        c.number_format = fmt
    elif isinstance(value, dt.datetime):
        c.number_format = "dd/mm/yyyy"
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        r = cell.add_paragraph().add_run(part)
        r.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ======================================================================
# 1. Kettering General Hospital NHSFT - well-led review action plan (xlsx)
# ======================================================================
def kgh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Kettering General Hospital NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Well-Led Developmental Review: Board Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "3.0"),
        ("Date", "20/02/2026"),
        ("Author", "Head of Corporate Governance"),
        ("Approved by", "Board of Directors – 4 September 2025"),
        ("Monitoring", "Progress reported quarterly to the Board of Directors via the Audit Committee"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        put(cov, i, 1, k, bold=True)
        put(cov, i, 2, v)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("B", "Complete – action delivered and evidence provided"),
        ("G", "On track to deliver by the agreed date"),
        ("A", "Some slippage – revised date agreed"),
        ("R", "Off track – at risk of not being delivered"),
    ]
    for i, (k, v) in enumerate(key, start=12):
        put(cov, i, 1, k, bold=True, fillcol=RAGFILL[k])
        put(cov, i, 2, v)
    widths(cov, {"A": 16, "B": 80})

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Well-Led Developmental Review: Board Action Plan – progress at February 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    heads = ["Ref", "Recommendation", "Action", "Executive Lead",
             "Original Completion Date", "Revised Completion Date",
             "Progress Update", "Previous RAG (Nov 2025)", "Current RAG (Feb 2026)"]
    for c, h in enumerate(heads, start=1):
        put(ws, 3, c, h, bold=True, fillcol="1F4E79").font = Font(bold=True, color="FFFFFF")

    plan = [
        ("theme", "KLOE 1 – Leadership capacity and capability"),
        ("rec", "R1. The Board should agree a structured Board development programme for 2025/26 that responds to the findings of this review, including the quality of challenge and the use of data to seek assurance.", [
            ("1.1", "Commission an external facilitator to deliver four Board development sessions covering unitary Board working, effective challenge and the use of statistical process control (SPC) charts in Board reporting.",
             "Director of Corporate Affairs", d(2025, 12, 31), d(2026, 1, 31),
             "Three sessions held (October, November and December 2025); fourth session held 22 January 2026. Evaluation to Board in March 2026.", "A", "B"),
            ("1.2", "Introduce an annual Board effectiveness self-assessment, with the results and resulting development priorities reported to the Board each spring.",
             "Chair / Director of Corporate Affairs", d(2026, 4, 30), None,
             "Survey questions agreed with the Chair; survey to be issued to Board members in March 2026.", "G", "G"),
        ]),
        ("rec", "R2. The Trust should strengthen succession planning for executive and senior clinical leadership posts.", [
            ("2.1", "Develop a talent management and succession plan for Executive Director and Divisional Director posts, identifying ready-now and ready-in-two-years successors.",
             "Chief People Officer", d(2025, 12, 31), d(2026, 6, 30),
             "Talent conversations completed for the Executive team. Divisional Director conversations delayed by the change in divisional structure; revised date agreed by People Committee.", "G", "A"),
        ]),
        ("theme", "KLOE 4 – Clear responsibilities, roles and systems of accountability"),
        ("rec", "R3. Review the Board committee structure to remove duplication of assurance reporting between the Quality Committee and the Performance and Finance Committee.", [
            ("3.1", "Map all reports received by Board committees and agree a single committee of assurance for each report.",
             "Director of Corporate Affairs", d(2025, 10, 31), None,
             "Mapping completed and agreed by Executive Committee on 14 October 2025.", "B", "B"),
            ("3.2", "Revise committee terms of reference and annual cycles of business and present them to the Board for approval.",
             "Director of Corporate Affairs", d(2026, 3, 31), None,
             "Draft terms of reference reviewed by each committee chair; Board approval scheduled for 5 March 2026.", "G", "G"),
        ]),
        ("theme", "KLOE 5 – Clear and effective processes for managing risks, issues and performance"),
        ("rec", "R4. Refresh the Board Assurance Framework so that each strategic risk sets out gaps in control and assurance, with actions that have named owners and dates.", [
            ("4.1", "Redesign the BAF template and hold a risk workshop with each executive risk owner to rewrite the strategic risks.",
             "Director of Corporate Affairs; Head of Risk Management", d(2025, 11, 30), d(2026, 2, 28),
             "Workshops held with six of eight executive risk owners. Refreshed BAF to Audit Committee on 19 February 2026.", "A", "G"),
            ("4.2", "Deliver risk management training to all Board members and divisional triumvirates.",
             "Head of Risk Management", "Q4 2025/26", None,
             "Board session held in December 2025. Divisional sessions postponed twice because of operational pressures; dates not yet rebooked.", "A", "R"),
        ]),
        ("theme", "KLOE 7 – Engagement with the public, staff and external partners"),
        ("rec", "R5. Strengthen how the voice of patients and carers is heard at Board, including a structured programme of patient stories.", [
            ("5.1", "Agree an annual programme of patient stories at the public Board, with actions arising reported back to the Board within six months.",
             "Chief Nurse", d(2025, 12, 31), None,
             "Programme agreed for 2026; first follow-up report received in January 2026.", "G", "B"),
            ("5.2", "Hold a joint Board and Council of Governors development session on holding the non-executive directors to account.",
             "Chair", d(2026, 6, 30), None,
             "Session provisionally booked for May 2026 with the NHS Providers GovernWell team.", "G", "G"),
        ]),
    ]
    r = 4
    for item in plan:
        if item[0] == "theme":
            put(ws, r, 1, item[1], bold=True, fillcol=GREY)
            for c in range(2, 10):
                put(ws, r, c, None, fillcol=GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, rec, acts = item
        first = r
        for (ref, act, lead, orig, rev, prog, prev, cur) in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, rec if r == first else None)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, orig)
            put(ws, r, 6, rev)
            put(ws, r, 7, prog)
            put(ws, r, 8, prev, fillcol=RAGFILL[prev]).alignment = Alignment(horizontal="center", vertical="top")
            put(ws, r, 9, cur, fillcol=RAGFILL[cur]).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated Blue for two consecutive reports will be closed and removed from the plan, subject to Audit Committee review of the evidence.")
    widths(ws, {"A": 7, "B": 45, "C": 50, "D": 24, "E": 14, "F": 14, "G": 50, "H": 12, "I": 12})
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – February 2026"
    sm["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["KLOE", "Actions", "B", "G", "A", "R"], start=1):
        put(sm, 3, c, h, bold=True, fillcol=RAGFILL.get(h, GREY))
    data = [
        ("KLOE 1 – Leadership capacity and capability", 3, 1, 1, 1, 0),
        ("KLOE 4 – Clear responsibilities, roles and systems of accountability", 2, 1, 1, 0, 0),
        ("KLOE 5 – Clear and effective processes for managing risks, issues and performance", 2, 0, 1, 0, 1),
        ("KLOE 7 – Engagement with the public, staff and external partners", 2, 1, 1, 0, 0),
        ("Total", 9, 3, 4, 1, 1),
    ]
    for i, row in enumerate(data, start=4):
        for c, v in enumerate(row, start=1):
            put(sm, i, c, v, bold=(row[0] == "Total"))
    widths(sm, {"A": 70, "B": 10, "C": 6, "D": 6, "E": 6, "F": 6})
    wb.save(os.path.join(HERE, "zgh-kettering-general-hospital-nhsft-well-led-review-action-plan.xlsx"))


# ======================================================================
# 2. Dorset County Hospital NHSFT - MIS Year 6 safety actions (xlsx)
# ======================================================================
def dch():
    wb = Workbook()
    ws = wb.active
    ws.title = "MIS Y6 Action Plan"
    ws["A1"] = "Dorset County Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Maternity Incentive Scheme Year 6 – Safety Actions Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to: Maternity and Neonatal Safety Champions / Quality Committee – October 2024"
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    STAT = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    for c, k in enumerate(STAT, start=2):
        put(ws, 4, c, k, fillcol=STAT[k])
    heads = ["Ref", "Requirement not yet fully met", "Action", "Lead", "Due date", "Evidence / update", "Status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 6, c, h, bold=True, fillcol="B4C6E7")
    SAFILL = "F8CBAD"
    plan = [
        ("sa", "Safety Action 1: Are you using the National Perinatal Mortality Review Tool to review perinatal deaths to the required standard?"),
        ("req", "b) At least 95% of eligible perinatal deaths reviewed by a multidisciplinary PMRT panel, with a report published within six months of the death", [
            ("1.1", "Increase PMRT review panel meetings from monthly to fortnightly until the three cases awaiting panel review are completed.",
             "Bereavement Midwife; PMRT Lead Obstetrician", d(2024, 9, 30),
             "Panels held on 5 and 19 September and 3 October; all three reviews completed and reports published.", "Complete"),
        ]),
        ("sa", "Safety Action 4: Can you demonstrate an effective system of clinical workforce planning to the required standard?"),
        ("req", "Obstetric medical workforce: audit of consultant attendance for the clinical situations listed in the RCOG guidance", [
            ("4.1", "Complete the six-monthly audit of consultant attendance and present the findings to the Maternity Governance meeting.",
             "Clinical Director – Obstetrics", d(2024, 11, 30),
             "Data collection complete for April to September; analysis under way.", "On track"),
        ]),
        ("req", "Neonatal nursing workforce: BAPM standards not met – action plan required", [
            ("4.2", "Update the neonatal nursing workforce action plan against BAPM standards and share it with the LMNS and the Neonatal Operational Delivery Network.",
             "Neonatal Unit Manager", d(2024, 12, 31),
             "Workforce calculator completed; gap of 2.4 WTE QIS nurses identified. Plan not yet agreed at Divisional Board.", "At risk"),
        ]),
        ("sa", "Safety Action 6: Can you demonstrate that you are on track to compliance with all elements of the Saving Babies' Lives Care Bundle Version Three?"),
        ("req", "Element 2 – Fetal growth restriction: compliance with risk assessment at booking below the 80% threshold", [
            ("6.1", "Build a mandatory prompt for the FGR risk assessment at booking and at 20 weeks into the maternity electronic record (BadgerNet).",
             "Digital Midwife", d(2024, 9, 30),
             "Prompt live from 16 September 2024.", "Complete"),
            ("6.2", "Re-audit FGR risk assessment compliance and report the results to the Perinatal Quality Surveillance meeting.",
             "Saving Babies' Lives Lead Midwife", "Monthly",
             "September audit 84%; August 76%.", "On track"),
        ]),
        ("sa", "Safety Action 8: Can you evidence that local training plans and in-house multi-professional training meet the Core Competency Framework?"),
        ("req", "90% of each relevant staff group attending PROMPT emergencies training – obstetric anaesthetists at 78%", [
            ("8.1", "Book all remaining obstetric anaesthetists onto the November 2024 and January 2025 PROMPT study days and escalate non-attendance to the Clinical Director.",
             "Anaesthetic Clinical Lead / Practice Development Midwife", d(2025, 1, 31),
             "14 anaesthetists booked; 3 still to confirm dates.", "At risk"),
        ]),
        ("sa", "Safety Action 9: Can you demonstrate that there are robust processes in place to provide assurance to the Board on maternity and neonatal safety and quality issues?"),
        ("req", "Quarterly review by the Board of the Perinatal Quality Surveillance Model (PQSM)", [
            ("9.1", "Add the PQSM dashboard as a standing item on the Quality Committee and public Board agendas from Quarter 3.",
             "Director of Nursing and Quality", d(2024, 10, 31),
             "Added to Quality Committee forward plan; first Board report 30 October 2024.", "On track"),
        ]),
        ("sa", "Safety Action 10: Have you reported 100% of qualifying cases to the Maternity and Newborn Safety Investigations (MNSI) programme and to NHS Resolution's Early Notification (EN) Scheme?"),
        ("req", "Evidence that families have been given information about MNSI and the EN scheme, and that the duty of candour has been met", [
            ("10.1", "Add a mandatory field to the Datix duty of candour module to confirm that the MNSI/EN leaflet has been given to the family.",
             "Maternity Governance Lead", d(2024, 8, 31),
             "Datix change request not yet prioritised by the Risk team; escalated to the Director of Midwifery.", "Off track"),
        ]),
    ]
    r = 7
    for item in plan:
        if item[0] == "sa":
            put(ws, r, 1, item[1], bold=True, fillcol=SAFILL)
            for c in range(2, 8):
                put(ws, r, c, None, fillcol=SAFILL)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        _, req, acts = item
        first = r
        for (ref, act, lead, due, upd, st) in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, req if r == first else None)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, due)
            put(ws, r, 6, upd)
            put(ws, r, 7, st, fillcol=STAT[st])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Safety Actions 2, 3, 5 and 7 are currently assessed as fully compliant and have no outstanding actions – see Summary sheet.")
    widths(ws, {"A": 7, "B": 45, "C": 55, "D": 28, "E": 12, "F": 45, "G": 11})

    sm = wb.create_sheet("Summary")
    sm["A1"] = "MIS Year 6 – self-assessment summary (October 2024)"
    sm["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Safety action", "Topic", "Position", "Open actions"], start=1):
        put(sm, 3, c, h, bold=True, fillcol="B4C6E7")
    summ = [
        ("SA1", "Perinatal Mortality Review Tool", "Met", 0),
        ("SA2", "Maternity Services Data Set", "Met", 0),
        ("SA3", "Transitional care", "Met", 0),
        ("SA4", "Clinical workforce planning", "On track to meet", 2),
        ("SA5", "Midwifery workforce planning", "Met", 0),
        ("SA6", "Saving Babies' Lives Care Bundle v3", "On track to meet", 1),
        ("SA7", "Listening to women and families (MNVP)", "Met", 0),
        ("SA8", "Training", "At risk", 1),
        ("SA9", "Board assurance", "On track to meet", 1),
        ("SA10", "MNSI and Early Notification", "At risk", 1),
    ]
    for i, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            put(sm, i, c, v)
    put(sm, 14, 1, "Total open actions", bold=True)
    put(sm, 14, 4, 6, bold=True)
    widths(sm, {"A": 14, "B": 42, "C": 18, "D": 12})
    wb.save(os.path.join(HERE, "zgh-dorset-county-hospital-nhsft-mis-year-6-safety-actions-action-plan.xlsx"))


# ======================================================================
# 3. NHS Lothian - corporate risk register mitigating actions (xlsx)
# ======================================================================
def lothian():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Actions"
    ws["A1"] = "NHS Lothian"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate Risk Register – Mitigating Actions Update"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Committee – 26 January 2026 (position at 31 December 2025)"
    heads = ["Datix ID", "Risk Title", "Executive Lead", "Current Risk Level", "Target Risk Level",
             "Action No.", "Mitigating Action", "Action Owner", "Due Date", "Action Status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, fillcol="003087").font = Font(bold=True, color="FFFFFF")
    LEVEL = {"Very High": "C00000", "High": "FF6600", "Medium": "FFC000"}
    STAT = {"Complete": "0070C0", "On track": "00B050", "Delayed – revised date agreed": "FFC000",
            "Delayed": "FFC000", "Overdue": "FF0000", "Not started": None}
    risks = [
        (5185, "Hospital Bed Occupancy and Patient Flow", "Chief Officer, Acute Services", "Very High (20)", "High (12)", [
            ("5185.1", "Extend the Discharge without Delay programme to all medical wards at the Royal Infirmary, Western General and St John's, including criteria-led discharge.",
             "Director of Unscheduled Care", "31/12/2025 (revised from 30/09/2025)", "Delayed"),
            ("5185.2", "Open 20 additional interim care beds with the City of Edinburgh Health and Social Care Partnership.",
             "Chief Officer, Edinburgh HSCP", "Q4 2025/26", "On track"),
        ]),
        (3726, "Financial Sustainability 2025/26", "Director of Finance", "High (16)", "Medium (9)", [
            ("3726.1", "Deliver the recurring savings programme of 3% of baseline budgets, with monthly reporting to the Finance and Resources Committee.",
             "Deputy Director of Finance", d(2026, 3, 31), "On track"),
            ("3726.2", "Agree the financial recovery trajectory for the residual gap with Scottish Government.",
             "Director of Finance / Chief Executive", d(2025, 9, 30), "Complete"),
        ]),
        (5388, "Cyber Security", "Director of eHealth", "High (15)", "Medium (10)", [
            ("5388.1", "Complete the roll-out of multi-factor authentication to all remote access accounts.",
             "Head of Information Security", d(2025, 11, 30), "Overdue"),
            ("5388.2", "Run a cyber incident tabletop exercise with the Corporate Management Team.",
             "Head of Information Security; Resilience Manager", "March 2026", "Not started"),
        ]),
        (5789, "Access to Child and Adolescent Mental Health Services (CAMHS)", "Director of Mental Health Services", "High (16)", "Medium (8)", [
            ("5789.1", "Recruit to 14.0 WTE vacant clinical posts funded through the Mental Health Outcomes Framework.",
             "CAMHS Service Director", d(2026, 1, 31), "On track"),
            ("5789.2", "Validate the waiting list and contact every child and young person who has waited over 52 weeks.",
             "CAMHS Service Director", "Ongoing – monthly", "On track"),
            ("5789.3", "Commission additional neurodevelopmental assessment capacity from the independent sector.",
             "Head of Mental Health Commissioning", d(2025, 10, 31), "Complete"),
        ]),
    ]
    r = 6
    for (rid, title, exe, cur, tgt, acts) in risks:
        first = r
        for (no, act, owner, due, st) in acts:
            if r == first:
                put(ws, r, 1, rid)
                put(ws, r, 2, title, bold=True)
                put(ws, r, 3, exe)
                put(ws, r, 4, cur, fillcol=LEVEL[cur.split(" (")[0]])
                put(ws, r, 5, tgt, fillcol=LEVEL[tgt.split(" (")[0]])
            else:
                for c in range(1, 6):
                    put(ws, r, c, None)
            put(ws, r, 6, no)
            put(ws, r, 7, act)
            put(ws, r, 8, owner)
            put(ws, r, 9, due)
            put(ws, r, 10, st, fillcol=STAT[st])
            r += 1
        for c in range(1, 6):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for c, k in enumerate(["Complete", "On track", "Delayed – revised date agreed", "Overdue", "Not started"], start=2):
        put(ws, r, c, k, fillcol=STAT[k])
    r += 2
    ws.cell(row=r, column=1, value="Risk levels are scored as likelihood x impact using the NHS Lothian 5 x 5 risk matrix. Full risk descriptions, controls and assurances are held on Datix.")
    widths(ws, {"A": 9, "B": 30, "C": 24, "D": 14, "E": 14, "F": 10, "G": 55, "H": 28, "I": 20, "J": 16})

    rp = wb.create_sheet("Risk Profile")
    rp["A1"] = "Corporate risk profile – movement since last report"
    rp["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Datix ID", "Risk Title", "September 2025", "December 2025", "Trend"], start=1):
        put(rp, 3, c, h, bold=True, fillcol=GREY)
    prof = [
        (5185, "Hospital Bed Occupancy and Patient Flow", 20, 20, "↔"),
        (3726, "Financial Sustainability 2025/26", 20, 16, "↓"),
        (5388, "Cyber Security", 15, 15, "↔"),
        (5789, "Access to Child and Adolescent Mental Health Services (CAMHS)", 16, 16, "↔"),
    ]
    for i, row in enumerate(prof, start=4):
        for c, v in enumerate(row, start=1):
            put(rp, i, c, v)
    widths(rp, {"A": 10, "B": 55, "C": 16, "D": 16, "E": 8})
    wb.save(os.path.join(HERE, "zgh-nhs-lothian-corporate-risk-register-2025-26-mitigating-actions.xlsx"))


# ======================================================================
# 4. Cambria Surgery, Holyhead - HIW GP inspection improvement plan (docx)
# ======================================================================
def cambria():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("HIW Inspection Improvement Plan – Cambria Surgery, Holyhead", style="Title")
    doc.add_paragraph("Service: Cambria Surgery, Holyhead (Betsi Cadwaladr University Health Board area)")
    doc.add_paragraph("Date of inspection: 15 October 2025")
    doc.add_paragraph("Improvement plan returned to HIW: 3 December 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and resolved during our inspection. Our "
                      "regulatory approach to the concerns resolved during the inspection is outlined at the end of this report.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), GREY)
    vals = ["An out-of-date bag of intravenous fluids was found in the emergency equipment.",
            "Patients may receive expired treatment in an emergency.",
            "Raised with the Practice Manager during the inspection.",
            "The fluids were removed and replaced on the day of the inspection."]
    for i, v in enumerate(vals):
        cell_text(t.cell(1, i), v)

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The table below sets out the improvements needed, the service's actions and the person responsible for each.")

    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
             "Service action", "Responsible officer", "Timescale"]
    sections = [
        ("Quality of the patient experience", [
            ("Information about the chaperone service was only displayed in English.",
             "The practice must ensure that information about the chaperone service is displayed bilingually in the waiting area and in consulting rooms.",
             "Health and Care Quality Standards – Person centred",
             [("Bilingual chaperone posters obtained from the health board and displayed in the waiting room and all consulting rooms.",
               "Practice Manager", "30 November 2025")]),
            ("Patients told us it was difficult to get through to the practice by telephone at 8am.",
             "The practice must review its telephone and appointment system to improve access for patients, taking account of the patient feedback received.",
             "Health and Care Quality Standards – Timely",
             [("Introduce a call-back facility on the telephone system and release a proportion of routine appointments for online booking through the NHS Wales App.",
               "Practice Manager / Lead GP", "31 March 2026")]),
        ]),
        ("Delivery of safe and effective care", [
            ("Checks of emergency drugs and equipment were not consistently recorded.",
             "The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are documented.",
             "Health and Care Quality Standards – Safe",
             [("Weekly checklist introduced and kept with the emergency trolley.\nPractice Nurse to carry out the checks every Monday, with the Health Care Support Worker covering leave.",
               "Lead Practice Nurse", "Immediate and ongoing")]),
            ("Two of ten clinical staff files had no record of hepatitis B immunity.",
             "The practice must ensure that the immunisation status of all clinical staff is checked and recorded.",
             "Health and Care Quality Standards – Safe; Workforce",
             [("Occupational health records requested for the two members of staff concerned.",
               "Practice Manager", "31 December 2025"),
              ("Immunisation status added to the staff file checklist used at recruitment and at annual appraisal.",
               "Practice Manager", "January 2026")]),
        ]),
        ("Quality of management and leadership", [
            ("Compliance with safeguarding adults level 2 training was 68%.",
             "The practice must ensure that all staff complete mandatory training relevant to their role, including safeguarding at the appropriate level.",
             "Health and Care Quality Standards – Workforce",
             [("Protected learning time allocated on the monthly practice closure afternoons for staff to complete outstanding modules, with compliance monitored monthly.",
               "Practice Manager", "28 February 2026")]),
            ("There was no formal process to share learning from significant events with all staff.",
             "The practice should ensure that learning from significant events is shared with the whole practice team and recorded.",
             "Health and Care Quality Standards – Learning, improvement and research",
             [("Significant events to be a standing item on the quarterly whole-practice meeting, with minutes circulated to all staff.",
               "Lead GP", "January 2026")]),
        ]),
    ]
    for name, findings in sections:
        doc.add_heading(name, level=3)
        nrows = 1 + sum(len(f[3]) for f in findings)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            cell_text(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), GREY)
        r = 1
        for (finding, imp, std, acts) in findings:
            first = r
            for (act, officer, when) in acts:
                cell_text(t.cell(r, 3), act)
                cell_text(t.cell(r, 4), officer)
                cell_text(t.cell(r, 5), when)
                r += 1
            if r - 1 > first:
                for c in range(3):
                    t.cell(first, c).merge(t.cell(r - 1, c))
            cell_text(t.cell(first, 0), finding)
            cell_text(t.cell(first, 1), imp)
            cell_text(t.cell(first, 2), std)
        doc.add_paragraph()

    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Service representative", bold=True)
    t.cell(0, 0).merge(t.cell(0, 1))
    for i, (k, v) in enumerate([("Name (print):", "Sian Owen"), ("Job role:", "Practice Manager"),
                                ("Date:", "3 December 2025")], start=1):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)
    doc.save(os.path.join(HERE, "zgh-cambria-surgery-holyhead-hiw-gp-inspection-improvement-plan.docx"))


# ======================================================================
# 5. Thornleigh Court Nursing Home - CQC inspection action plan (docx)
# ======================================================================
def thornleigh():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Thornleigh Court Nursing Home – CQC Inspection Action Plan", style="Title")

    info = [("Registered provider", "Thornleigh Care Ltd"),
            ("Location", "Thornleigh Court Nursing Home, Lytham St Annes"),
            ("Registered manager", "Joanne Whitaker"),
            ("Date of inspection", "3 and 4 June 2025"),
            ("Report published", "15 August 2025"),
            ("Overall rating", "Requires improvement"),
            ("Plan last updated", "7 November 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DEEAF6")
        cell_text(t.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = [("0070C0", "Completed"), ("00B050", "On track"), ("FFC000", "In progress – some delay"), ("FF0000", "Overdue")]
    t = doc.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (col, txt) in enumerate(key):
        shade(t.cell(i, 0), col)
        cell_text(t.cell(i, 1), txt)

    doc.add_paragraph()
    doc.add_paragraph("The actions below respond to the breaches of the Health and Social Care Act 2008 (Regulated "
                      "Activities) Regulations 2014 identified at the inspection.")
    heads = ["No.", "What we will do", "Who", "By when", "Progress", "RAG"]
    plan = [
        ("SAFE", "Regulation 12 Safe care and treatment: Risks relating to people's health, including choking and pressure area care, were not always assessed or managed safely.", [
            ("1.1", "Review and rewrite the care plans and risk assessments of all residents assessed as at risk of choking, with input from the Speech and Language Therapy team.",
             "RM / Clinical Lead", "31/08/2025", "All 11 care plans reviewed; SALT recommendations added to the kitchen diet notification sheets.", "0070C0"),
            ("1.2", "Introduce repositioning charts on the electronic care system with alerts for missed turns, and audit them weekly.",
             "Clinical Lead", "30/09/2025", "Live on Nourish from 1 September. Weekly audit shows 94% compliance.", "00B050"),
            ("1.3", "Complete medicines competency assessments for all nurses and senior carers who administer medicines.",
             "Deputy Manager", "31/08/2025\nRevised: 31/12/2025", "18 of 24 staff assessed. Remaining staff booked for December.", "FFC000"),
        ]),
        ("EFFECTIVE", "Regulation 11 Need for consent: Mental capacity assessments and best interest decisions were not always completed where people lacked capacity to consent to their care.", [
            ("2.1", "Complete decision-specific mental capacity assessments for all residents with bedrails or sensor mats in use.",
             "Registered Manager", "30/09/2025", "Completed for 9 residents; best interest decisions recorded.", "0070C0"),
            ("2.2", "Deliver MCA and DoLS training to all care staff through the local authority training programme.",
             "Training Coordinator", "December 2025", "Two sessions held; 70% of staff trained.", "00B050"),
        ]),
        ("WELL-LED", "Regulation 17 Good governance: Systems to assess, monitor and improve the quality and safety of the service were not effective in identifying the shortfalls found at this inspection.", [
            ("3.1", "Implement a monthly provider quality audit carried out by the Operations Director, covering care records, medicines, infection control and the environment.",
             "Operations Director", "31/07/2025", "Monthly audits completed July to October 2025; actions tracked at the governance meeting.", "0070C0"),
            ("3.2", "Hold residents' and relatives' meetings every quarter and publish a 'You said, we did' summary in the reception area.",
             "Registered Manager & Activities Coordinator", "Quarterly", "First meeting planned for January 2026.", None),
            ("3.3", "Update the complaints log so that the outcome and lessons learned are recorded for every complaint.",
             "Administrator", "31/10/2025", "Not yet started – administrator on long-term leave.", "FF0000"),
        ]),
    ]
    nrows = 1 + sum(2 + len(p[2]) for p in plan)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "1F4E79")
    r = 1
    for (kq, reg, acts) in plan:
        c = t.cell(r, 0).merge(t.cell(r, 5))
        cell_text(c, kq, bold=True)
        shade(c, "BFBFBF")
        r += 1
        c = t.cell(r, 0).merge(t.cell(r, 5))
        cell_text(c, reg, bold=True)
        shade(c, "E7E6E6")
        r += 1
        for (no, act, who, when, prog, rag) in acts:
            for i, v in enumerate([no, act, who, when, prog]):
                cell_text(t.cell(r, i), v)
            cell_text(t.cell(r, 5), "")
            if rag:
                shade(t.cell(r, 5), rag)
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("Progress is reviewed at the monthly clinical governance meeting. This plan is shared with the "
                      "local authority quality monitoring team and with CQC on request.")
    doc.add_paragraph("Signed: Joanne Whitaker, Registered Manager        Date: 7 November 2025")
    doc.save(os.path.join(HERE, "zgh-thornleigh-court-nursing-home-cqc-inspection-action-plan.docx"))


# ======================================================================
# 6. NHS Humber and North Yorkshire ICB - IA recommendations tracker (txt)
# ======================================================================
def hny():
    lines = [
        "NHS Humber and North Yorkshire Integrated Care Board",
        "Audit Committee – 22 January 2026 – Agenda item 9",
        "Internal Audit Recommendations Tracker – position at 31 December 2025",
        "RAG: B = implemented and evidenced; G = on track for agreed date; A = revised date agreed; R = overdue",
        "",
    ]
    head = ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed management action",
            "Action owner", "Original date", "Revised date", "RAG", "Update"]
    rows = [
        ["2425-03.1", "Continuing Healthcare (CHC)", "Limited", "High",
         "The ICB should ensure that all CHC packages are reviewed at three months and annually thereafter, in line with the National Framework.",
         "Establish a review team and agree a trajectory to clear the backlog of overdue CHC reviews, reported monthly to the Quality Committee.",
         "Deputy Director of All Age Continuing Care", "31/03/2025", "31/03/2026", "A",
         "Backlog reduced from 412 to 156 overdue reviews. Second extension agreed by Audit Committee in October 2025."],
        ["2425-03.2", "Continuing Healthcare (CHC)", "Limited", "Medium",
         "CHC eligibility decisions should be quality assured through a sample audit each quarter.",
         "Introduce a quarterly audit of 10% of eligibility decisions by the Clinical Quality Lead, with results reported to the CHC Assurance Group.",
         "Clinical Quality Lead (CHC)", "30/06/2025", "", "B",
         "Audits completed for Q1 and Q2 2025/26. Evidence provided to Audit Yorkshire."],
        ["2425-07.1", "Conflicts of Interest", "Reasonable", "Medium",
         "The register of interests should be published on the ICB website and updated at least every six months.",
         "Publish the updated register of interests and set a six-monthly reminder for all decision-making staff to review their declarations.",
         "Associate Director of Corporate Affairs", "31/05/2025", "", "B",
         "Register published June 2025; reminder issued October 2025."],
        ["2425-07.2", "Conflicts of Interest", "Reasonable", "Low",
         "Gifts and hospitality declarations should be reviewed by the Audit Committee annually.",
         "Add an annual gifts and hospitality report to the Audit Committee workplan.",
         "Board Secretary", "January 2026", "", "G",
         "Report scheduled for the January 2026 Audit Committee."],
        ["2526-02.1", "Data Security and Protection Toolkit", "Limited", "High",
         "The ICB should ensure that all staff complete annual data security awareness training, with compliance of at least 95%.",
         "Send monthly compliance reports to directors, with staff below compliance contacted by their line manager.",
         "Senior Information Risk Owner / Head of Information Governance", "31/12/2025", "", "R",
         "Compliance 88% at 31 December 2025. Escalated to Executive Committee."],
        ["2526-02.2", "Data Security and Protection Toolkit", "Limited", "High",
         "An up-to-date information asset register should be maintained, with a named information asset owner for each system.",
         "Complete the information asset register and confirm information asset owners and administrators for all systems.",
         "Head of Information Governance", "30/11/2025", "31/03/2026", "A",
         "Register 70% complete. Revised date requested because IG support is transferring from the CSU to the ICB."],
        None,  # continuation line of the update above
        ["2526-05.1", "Primary Care Contract Management", "Significant", "Low",
         "Practice visit reports should be stored centrally and linked to contract records.",
         "Move practice visit reports to the Primary Care SharePoint site and link each report to the practice's contract record.",
         "Primary Care Contracts Manager", "Q4 2025/26", "", "G",
         "SharePoint site created; migration of reports started."],
    ]
    out = list(lines)
    out.append("\t".join(head))
    for row in rows:
        if row is None:
            out.append("\t" * 10 + "Transition plan agreed at Executive Committee on 9 December 2025.")
        else:
            out.append("\t".join(row))
    out += ["", "Summary", "RAG\tNumber", "B\t2", "G\t2", "A\t2", "R\t1", "Total\t7", "",
            "Prepared by the Corporate Affairs team with Audit Yorkshire. Implemented recommendations are removed after one report."]
    with open(os.path.join(HERE, "zgh-nhs-humber-and-north-yorkshire-icb-internal-audit-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


# ======================================================================
# 7. Royal United Hospitals Bath NHSFT - C. difficile reduction plan (csv, refuse)
# ======================================================================
def ruh():
    W = 6
    rows = [
        ["Royal United Hospitals Bath NHS Foundation Trust"],
        ["Clostridioides difficile Infection (CDI) Reduction Plan 2025/26"],
        ["Executive lead: Chief Nurse (Director of Infection Prevention and Control)"],
        ["Monitored by: Infection Prevention and Control Committee – updated 10/10/2025"],
        [],
        ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"],
        ["1", "Surveillance and case review"],
        ["1.1", "Undertake a post-infection review (PIR) for every hospital-onset CDI case within 10 working days and share the learning at divisional governance meetings.",
         "IPC Nurse Consultant", "Ongoing", "PIRs completed for 27 of 29 cases to date.", "G"],
        ["1.2", "Introduce a weekly ribotyping review with the UKHSA laboratory to identify possible clusters.",
         "Consultant Microbiologist", "31/07/2025", "Weekly review in place since June 2025.", "B"],
        ["2", "Antimicrobial stewardship"],
        ["2.1", "Re-launch the 72-hour antimicrobial review (\"Start Smart then Focus\") on all medical wards, with a monthly point prevalence audit.",
         "Lead Antimicrobial Pharmacist", "30/09/2025", "Audit shows 71% compliance against a 90% target.", "A"],
        ["2.2", "Restrict co-amoxiclav and ciprofloxacin to microbiology approval except within agreed indications.",
         "Consultant Microbiologist / Lead Antimicrobial Pharmacist", "Janaury 2026",
         "Restriction policy drafted; to Drugs and Therapeutics Committee in December.", "G"],
        ["3", "Environment and decontamination"],
        ["3.1", "Use hydrogen peroxide vapour (HPV) decontamination after the discharge of every patient with CDI.",
         "Head of Facilities", "31/08/2025", "HPV contract in place from August 2025.", "B"],
        ["3.2", "Complete the bay and side-room decant programme for deep cleaning on Pierce, Combe and Waterhouse wards.",
         "Head of Facilities; Matron for Medicine", "31/03/2026", "Pierce Ward completed; Combe Ward booked for November.", "G"],
        ["4", "Education and hand hygiene"],
        ["4.1", "Deliver CDI and stool-sampling teaching (Bristol Stool Chart, isolation within two hours) at every nursing induction and at ward huddles.",
         "IPC Nurse Specialist", "30/11/2025", "Teaching delivered on 18 wards.", "G"],
        ["4.2", "Ward hand hygiene audits to be validated monthly by the IPC team.",
         "Matrons", "Monthly", "", ""],
        [],
        ["RAG: B = complete; G = on track; A = at risk; R = off track"],
        ["29 healthcare-associated CDI cases April to September 2025 against a threshold of 48 for the year."],
    ]
    path = os.path.join(HERE, "zgh-royal-united-hospitals-bath-nhsft-cdi-reduction-plan-typo-month-refuse.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


if __name__ == "__main__":
    kgh()
    dch()
    lothian()
    cambria()
    thornleigh()
    hny()
    ruh()
    print("built 7 files in", HERE)
