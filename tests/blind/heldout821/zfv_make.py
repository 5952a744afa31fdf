"""Build the seven zfv- blind test files (set heldout821).

Run with /work/main/.venv/bin/python zfv_make.py from any directory; files are
written beside this script. Only files starting with zfv- are written.
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
    assert name.startswith("zfv-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RAGFILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Lancashire Teaching Hospitals NHSFT - MIS Year 7 safety actions action plan
# ---------------------------------------------------------------------------
def make_lth_mis():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Lancashire Teaching Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=12, color="FF005EB8")
    cov["A2"] = "Maternity Incentive Scheme (MIS) Year 7 – Safety Actions Action Plan"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Women's and Children's Division – Maternity and Neonatal Services"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    control = [
        ("Version", "v1.4"),
        ("Author", "Maternity Governance Lead"),
        ("Date", "17/11/2025"),
        ("Presented to", "Safety and Quality Committee, 26 November 2025; Board of Directors, 4 December 2025"),
        ("MIS Board declaration deadline", "3 March 2026 (12 noon)"),
    ]
    for i, (k, v) in enumerate(control, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("B", "Complete – evidence uploaded and signed off by the Board maternity safety champion"),
        ("G", "On track – evidence expected within timescale"),
        ("A", "At risk – some evidence outstanding or date revised"),
        ("R", "Off track – risk of non-compliance with the safety action"),
    ]
    for i, (k, v) in enumerate(key, start=13):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.font = Font(bold=True, color="FFFFFFFF" if k in "BR" else "FF000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)
    cov["A18"] = "Summary of current RAG position"
    cov["A18"].font = Font(bold=True)
    summary = [("Blue", 1), ("Green", 4), ("Amber", 2), ("Red", 1), ("Total actions", 8)]
    for i, (k, v) in enumerate(summary, start=19):
        cov.cell(row=i, column=1, value=k).border = BOX
        cov.cell(row=i, column=2, value=v).border = BOX
    cov["A19"].fill = fill(RAGFILL["B"])
    cov["A20"].fill = fill(RAGFILL["G"])
    cov["A21"].fill = fill(RAGFILL["A"])
    cov["A22"].fill = fill(RAGFILL["R"])
    cov["A23"].font = Font(bold=True)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 95

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "MIS Year 7 – Safety Actions Action Plan (position at 14 November 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Safety actions assessed as fully compliant (SA2, SA3, SA4, SA7 and SA10) are not shown."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Requirement / gap identified", "Action required", "Lead(s)",
               "Original due date", "Revised due date", "Progress update",
               "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX

    SA1 = "Safety Action 1: Are you using the National Perinatal Mortality Review Tool to review and report perinatal deaths to the required standard?"
    SA5 = "Safety Action 5: Can you demonstrate an effective system of midwifery workforce planning to the required standard?"
    SA6 = "Safety Action 6: Can you demonstrate that you are on track to achieve compliance with all elements of the Saving Babies' Lives Care Bundle Version Three?"
    SA8 = "Safety Action 8: Can you evidence the following 3 elements of local training plans and 'in-house', one day multi-professional training?"
    SA9 = "Safety Action 9: Can you demonstrate that there are robust processes in place to provide assurance to the Board on maternity and neonatal safety and quality issues?"
    G1 = "Draft PMRT reports completed within 6 months for 52% of eligible deaths in Q1 2025/26, against the 60% standard"

    rows = [
        ("H", SA1),
        ("1.1", G1,
         "Introduce a fortnightly PMRT review panel with protected time for the lead obstetrician and neonatologist",
         "Consultant Obstetrician (PMRT Lead)", d(2025, 9, 30), None,
         "Panel running since August 2025; Q2 compliance 64%.", "A", "G"),
        ("1.2", None,
         "Report PMRT compliance quarterly to the Safety and Quality Committee and the Board-level maternity safety champion",
         "Head of Midwifery / Maternity Governance Lead", "Quarterly", None,
         "Included in the Perinatal Quality Surveillance report from Q2.", "G", "G"),
        ("H", SA5),
        ("5.1",
         "Midwifery establishment last reviewed using Birthrate Plus® in 2022; the Board has not received a current workforce paper",
         "Complete a Birthrate Plus® reassessment and present the findings and funded establishment to the Board of Directors",
         "Director of Midwifery", d(2025, 7, 31), d(2025, 12, 31),
         "Birthrate Plus® report received October 2025; paper scheduled for the 4 December Board.", "R", "A"),
        ("5.2",
         "Labour ward co-ordinator supernumerary status not maintained on 100% of shifts (96.8% in Q1)",
         "Record co-ordinator supernumerary status every shift on the Birthrate Plus® acuity app and escalate any breach to the manager on call",
         "Matron, Delivery Suite", d(2025, 8, 31), None,
         "Recording embedded; 100% July to October 2025.", "A", "G"),
        ("H", SA6),
        ("6.1",
         "Element 2: uterine artery Doppler screening pathway for women at high risk of fetal growth restriction not yet in place",
         "Agree the uterine artery Doppler pathway with Fetal Medicine and Ultrasound, and audit uptake monthly",
         "Fetal Medicine Lead Consultant", d(2025, 10, 31), d(2026, 1, 31),
         "Sonographer capacity agreed; pathway to Guideline Group on 20/11/2025.", "A", "R"),
        ("6.2",
         "Element 4: quarterly fetal monitoring audit not presented to the LMNS for Q1",
         "Complete the quarterly fetal heart rate monitoring audit, including 'fresh eyes' compliance, and share the results with the LMNS",
         "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", d(2025, 10, 31), None,
         "Q1 and Q2 audits shared at the LMNS Safety Group on 06/11/2025.", "A", "B"),
        ("H", SA8),
        ("8.1",
         "PROMPT attendance for obstetric anaesthetists 78% against the 90% requirement",
         "Release anaesthetic trainees and consultants from the rota to attend PROMPT and book all remaining staff onto the November sessions",
         "Clinical Director, Anaesthesia; Practice Development Midwife", d(2025, 11, 30), None,
         "86% at 14/11/2025; 9 staff booked for 24/11/2025.", "R", "A"),
        ("H", SA9),
        ("9.1",
         "Feedback from safety champion walkabouts to frontline staff not consistently evidenced",
         "Hold bi-monthly safety champion walkabouts on both sites and publish a 'You said, we did' poster after each visit",
         "Non-Executive Maternity Safety Champion & Chief Nursing Officer", d(2025, 9, 30), None,
         "Walkabouts held in July, September and November; posters displayed on Delivery Suite and at Chorley Birth Centre.", "G", "G"),
    ]
    r = 4
    gap_start = None
    for row in rows:
        if row[0] == "H":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            cell.fill = fill("D9D2E9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, gap, action, lead, orig, rev, prog, prev, cur = row
        vals = [ref, gap, action, lead, orig, rev, prog, prev, cur]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c, k in ((8, prev), (9, cur)):
            cell = ws.cell(row=r, column=c)
            cell.fill = fill(RAGFILL[k])
            cell.alignment = Alignment(horizontal="center", vertical="top")
            cell.font = Font(bold=True, color="FFFFFFFF" if k in "BR" else "FF000000")
        if gap is None:
            # the requirement above covers this action too: merge vertically
            ws.merge_cells(start_row=gap_start, start_column=2, end_row=r, end_column=2)
        else:
            gap_start = r
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: 1. Revised dates have been agreed at the Maternity and Neonatal Safety Champions meeting. "
                  "2. Evidence for each safety action is held on the MIS SharePoint site.").font = Font(italic=True)
    widths = [7, 38, 48, 30, 13, 13, 42, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    wb.save(out("zfv-lancashire-teaching-hospitals-nhsft-mis-year-7-safety-actions-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North West Ambulance Service NHS Trust - well-led review action plan
# ---------------------------------------------------------------------------
def make_nwas_wellled():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "North West Ambulance Service NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="FF005EB8")
    ws["A2"] = "Well-Led Review 2024 – Board Action Plan"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Position as at 30 September 2025 | Presented to: Board of Directors, 29 October 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Executive Lead", "Target Date", "Progress Update", "BRAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("003087")
        cell.border = BOX
        cell.alignment = WRAP

    DSPT = "Director of Strategy, Partnerships and Transformation"
    rows = [
        ("K", "KLOE 1 – Is there the leadership capacity and capability to deliver high quality, sustainable care?"),
        ("R", "Recommendation 1: The Board should strengthen succession planning for executive and senior operational roles, including a clear approach to developing internal talent."),
        ("1a", "Develop an executive and senior leadership succession plan and present it to the Nominations and Remuneration Committee",
         "Director of People", "Q3 2025/26", "Draft plan discussed at Executive Leadership Committee on 10/09/2025.", "G"),
        ("1b", "Launch the Senior Leaders Development Programme for sector and area managers (cohort 1)",
         "Director of People / Director of Operations", "Sept 2025", "Cohort 1 (24 leaders) started on 8 September 2025.", "B"),
        ("K", "KLOE 3 – Is there a culture of high quality, sustainable care?"),
        ("R", "Recommendation 2: The Trust should bring its response to the national culture review of ambulance trusts into a single, Board-owned culture improvement plan with clear measures of success."),
        ("2a", "Agree a Board-owned culture improvement plan, incorporating the Sexual Safety Charter commitments and measures from the NHS Staff Survey",
         "Chief Executive", "31 March 2026", "Staff engagement sessions completed in all three areas; plan to Board in January 2026.", "A"),
        ("2b", "Increase Freedom to Speak Up champion coverage so that every sector has at least one trained champion",
         "Director of Corporate Affairs", "Ongoing", "41 champions trained; 3 sectors still without a champion.", "G"),
        ("K", "KLOE 4 – Are there clear responsibilities, roles and systems of accountability to support good governance and management?"),
        ("R", "Recommendation 3: Review the Board committee structure and terms of reference to reduce duplication of assurance between the Quality and Resources Committees."),
        ("3a", "Undertake a committee effectiveness review and bring revised committee terms of reference to the Board for approval",
         "Director of Corporate Affairs", "Q2 2025/26", "Revised terms of reference approved by the Board on 30/07/2025.", "B"),
        ("3b", "Refresh the Board Assurance Framework so that each strategic risk is aligned to a single lead committee",
         "Director of Corporate Affairs; Director of Quality", "Q4 2025/26", "Mapping complete; refreshed BAF to Audit Committee in January 2026.", "G"),
        ("K", "KLOE 6 – Is appropriate and accurate information being effectively processed, challenged and acted on?"),
        ("R", "Recommendation 4: Develop the Integrated Performance Report so that it uses statistical process control and clearly separates assurance from information."),
        ("4a", "Introduce SPC charts and assurance icons across all domains of the Integrated Performance Report",
         DSPT, "Q1 2026/27", "Operational and quality domains converted; workforce and finance domains delayed by BI team vacancies.", "A"),
        ("4b", "Deliver NHS England 'Making Data Count' training to all Board members",
         DSPT, "Dec 2025", "Board development session booked for 26/11/2025.", "G"),
        ("K", "KLOE 8 – Are there robust systems and processes for learning, continuous improvement and innovation?"),
        ("R", "Recommendation 5: Embed a single quality improvement methodology across the Trust and build improvement capability at all levels."),
        ("5a", "Train 300 staff in the Trust quality improvement methodology to foundation level",
         "Medical Director", "31/03/2026", "112 staff trained; training capacity reduced during winter planning.", "R"),
    ]
    r = 6
    for row in rows:
        if row[0] in ("K", "R"):
            cell = ws.cell(row=r, column=1, value=row[1])
            if row[0] == "K":
                cell.font = Font(bold=True, color="FFFFFFFF")
                cell.fill = fill("41B6E6")
            else:
                cell.font = Font(bold=True, italic=True)
                cell.fill = fill("DDEBF7")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, action, lead, target, prog, brag = row
        for c, v in enumerate([ref, action, lead, target, prog, None], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=6).fill = fill(RAGFILL[brag])  # colour only, no text
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="BRAG status is shown by cell colour – see the Key tab.").font = Font(italic=True)
    for col, w in zip("ABCDEF", [7, 60, 30, 14, 50, 8]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "BRAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Blue – action complete and evidence of impact provided"),
        ("G", "Green – on track to deliver by the target date"),
        ("A", "Amber – at risk of missing the target date"),
        ("R", "Red – off track or target date missed"),
    ], start=2):
        key.cell(row=i, column=1).fill = fill(RAGFILL[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary by BRAG status"
    summ["A1"].font = Font(bold=True)
    for c, h in enumerate(["KLOE", "Blue", "Green", "Amber", "Red", "Total"], start=1):
        summ.cell(row=2, column=c, value=h).font = Font(bold=True)
    data = [
        ("KLOE 1", 1, 1, 0, 0, 2),
        ("KLOE 3", 0, 1, 1, 0, 2),
        ("KLOE 4", 1, 1, 0, 0, 2),
        ("KLOE 6", 0, 1, 1, 0, 2),
        ("KLOE 8", 0, 0, 0, 1, 1),
        ("Total", 2, 4, 2, 1, 9),
    ]
    for i, row in enumerate(data, start=3):
        for c, v in enumerate(row, start=1):
            summ.cell(row=i, column=c, value=v)
    summ.column_dimensions["A"].width = 12
    wb.save(out("zfv-north-west-ambulance-service-nhs-trust-well-led-review-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cheshire and Wirral Partnership NHSFT - sexual safety charter action plan
# ---------------------------------------------------------------------------
def make_cwp_sexual_safety():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sexual Safety Action Plan"
    ws["A1"] = "Cheshire and Wirral Partnership NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Sexual Safety in Healthcare – Organisational Charter: Action Plan 2024/25"
    ws["A2"].font = Font(bold=True, size=15, color="FF7030A0")
    ws["A3"] = "Executive lead: Chief Nurse | Oversight: People and OD Sub-Committee | Update: January 2025"
    ws["A4"] = "Status key: Complete (Blue) | On track (Green) | At risk (Amber) | Delayed (Red) | Not started"
    ws["A4"].font = Font(italic=True)
    headers = ["Charter principle", "Ref", "What we will do", "Lead", "By when",
               "Update – January 2025", "Status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP

    P = {
        1: "1. We will actively work to eradicate sexual harassment and abuse in the workplace.",
        2: "2. We will promote a culture that fosters openness and transparency, and does not tolerate unwanted, harmful and/or inappropriate sexual behaviours.",
        3: "3. We will take an intersectional approach to the sexual safety of our workforce, recognising certain groups will experience sexual harassment and abuse at a disproportionate rate.",
        4: "4. We will provide appropriate support for those in our workforce who experience unwanted, inappropriate and/or harmful sexual behaviours.",
        5: "5. We will clearly communicate standards of behaviour. This includes expected action for those who witness inappropriate, unwanted and/or harmful sexual behaviour.",
        6: "6. We will ensure appropriate, specific, and clear policies are in place. They will include appropriate and timely action against alleged perpetrators.",
        7: "7. We will ensure appropriate, specific, and clear training is in place.",
        8: "8. We will ensure appropriate reporting mechanisms are in place for those experiencing these behaviours.",
        9: "9. We will take all reports seriously and appropriate and timely action will be taken in all cases.",
        10: "10. We will capture and share data on prevalence and staff experience transparently.",
    }
    STATUSFILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000",
                  "Delayed": "FF0000", "Not started": "FFFFFF"}
    rows = [
        (1, "C1.1", "Appoint an executive Domestic Abuse and Sexual Violence (DASV) lead and a named non-executive sponsor for sexual safety",
         "Chief Nurse", "Jul-24", "Chief Nurse confirmed as DASV lead; NED sponsor agreed at Board in June 2024.", "Complete"),
        (2, "C2.1", "Run a 'Sexual safety – it's everyone's business' campaign across all inpatient and community sites, co-produced with staff networks",
         "Head of Communications & Engagement", "Oct-24", "Campaign launched 16/09/2024; 1,200 intranet page views.", "Complete"),
        (3, "C3.1", "Analyse NHS Staff Survey responses on unwanted sexual behaviour by protected characteristic and staff group, and share with the staff networks",
         "Head of Equality, Diversity & Inclusion", "Nov-24 (revised Feb-25)", "2024 survey results embargoed until March; interim analysis using 2023 data.", "At risk"),
        (4, "C4.1", "Set up a sexual safety support pathway, including fast-track access to the Staff Wellbeing Hub and referral to ISVA services",
         "Head of Staff Wellbeing / Named Nurse Safeguarding Adults", "Mar-25", "Pathway drafted; ISVA referral route agreed with the local provider.", "On track"),
        (6, "C6.1", "Adopt the national sexual misconduct policy framework as a local Sexual Misconduct Policy and ratify it at the People and OD Sub-Committee",
         "Deputy Director of People", "Jul-24 (revised Mar-25)", "Staff-side consultation extended to February 2025.", "Delayed"),
        (6, "C6.2", "Establish a Sexual Safety Case Review Group to oversee risk assessment and support for all cases with a sexual component",
         "Deputy Director of People; Head of Safeguarding", "Apr-25", "Dependent on ratification of the policy (C6.1).", "Not started"),
        (7, "C7.1", "Make the 'Understanding sexual misconduct in the workplace' e-learning mandatory for all staff, with a 90% compliance target",
         "Head of Learning & Development", "Jun-25", "Module live on ESR from 06/01/2025; 34% compliance.", "On track"),
        (8, "C8.1", "Add staff sexual safety categories to the Datix incident reporting form and an anonymous reporting route through Freedom to Speak Up",
         "A. Whitfield (Head of Patient Safety)", "Dec-24", "Categories live from 02/12/2024.", "Complete"),
        (10, "C10.1", "Publish a six-monthly sexual safety dashboard to the People and OD Sub-Committee and the Board of Directors",
         "Director of People & OD", "Six-monthly", "First dashboard to Board in March 2025.", "On track"),
    ]
    r = 7
    prev_p, start = None, None
    for p, ref, action, lead, when, update, status in rows:
        if p != prev_p:
            if prev_p is not None and start < r - 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=r, column=1, value=P[p]).font = Font(bold=True)
            start = r
            prev_p = p
        for c, v in enumerate([None, ref, action, lead, when, update, status], start=1):
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        sc = ws.cell(row=r, column=7)
        sc.fill = fill(STATUSFILL[status])
        if status in ("Complete", "Delayed"):
            sc.font = Font(color="FFFFFFFF", bold=True)
        r += 1
    if start < r - 1:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Principles 5 and 9 are addressed through actions C2.1, C6.1 and C8.1 and are not listed separately.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [45, 7, 55, 32, 14, 45, 12]):
        ws.column_dimensions[col].width = w

    ref = wb.create_sheet("Charter principles")
    ref["A1"] = "NHS England Sexual Safety in Healthcare Organisational Charter – the ten core principles (for reference)"
    ref["A1"].font = Font(bold=True)
    for i in range(1, 11):
        ref.cell(row=i + 1, column=1, value=P[i])
    ref.column_dimensions["A"].width = 140

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Author", "Comment"], start=1):
        vc.cell(row=1, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate([
        ("0.1", "12/03/2024", "Deputy Director of People", "First draft following Board sign-up to the Charter"),
        ("1.0", "18/06/2024", "Deputy Director of People", "Approved by People and OD Sub-Committee"),
        ("1.3", "20/01/2025", "Safeguarding Business Manager", "January 2025 progress update"),
    ], start=2):
        for c, v in enumerate(row, start=1):
            vc.cell(row=i, column=c, value=v)
    wb.save(out("zfv-cheshire-and-wirral-partnership-nhsft-sexual-safety-charter-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def header_row(table, names, hex6="D9D9D9"):
    for cell, name in zip(table.rows[0].cells, names):
        set_cell(cell, name, bold=True)
        shade(cell, hex6)


# ---------------------------------------------------------------------------
# 4. Llandeilo Health Centre - HIW GP inspection improvement plan
# ---------------------------------------------------------------------------
def make_llandeilo_hiw():
    doc = docx.Document()
    doc.add_heading("Llandeilo Health Centre – HIW Improvement Plan", level=0)
    doc.add_paragraph("General Practice Inspection (Announced) – Hywel Dda University Health Board")
    doc.add_paragraph("Date of inspection: 14 May 2025\nDate of publication: 20 August 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                   "How HIW escalated the concern", "How the concern was resolved"])
    for cell, v in zip(t.rows[1].cells, [
            "An oxygen cylinder in the treatment room was not stored securely.",
            "Risk of injury to patients and staff.",
            "Raised with the practice manager on the day of inspection.",
            "The cylinder was secured to a wall bracket during the inspection."]):
        set_cell(cell, v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Llandeilo Health Centre")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Llandeilo Health Centre")
    doc.add_paragraph("Date of inspection: 14 May 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    HCQS = "Health and Care Quality Standards (2023) – "
    rows = [
        ("S", "Quality of the patient experience"),
        ("There was no hearing loop available at the reception desk.",
         "The practice must ensure reasonable adjustments are in place for patients with hearing impairment, including a working hearing loop at reception.",
         HCQS + "Equitable",
         "A portable hearing loop has been purchased for the reception desk.\nSignage advertising the hearing loop is displayed in the waiting room and on the practice website.",
         "Practice Manager", "July 2025"),
        ("Patient information and the practice website were available in English only.",
         "The practice must make key patient information available in Welsh, in line with the 'Active Offer'.",
         "Welsh Language (Wales) Measure 2011; More Than Just Words",
         "The practice leaflet and website will be translated through the health board translation service.\nWelsh-speaking staff will wear 'Iaith Gwaith' badges.",
         "Practice Manager / Reception Team Leader", "31/10/2025"),
        ("S", "Delivery of safe and effective care"),
        ("Two items of emergency medication were out of date and weekly checks were not consistently recorded.",
         "The practice must ensure emergency drugs and equipment are checked weekly and that checks are documented.",
         HCQS + "Safe",
         "A weekly emergency drugs and equipment checklist has been introduced, with a named nurse and deputy responsible.\nThe Practice Manager will audit completion monthly.",
         "Lead Practice Nurse", "Immediate"),
        ("An infection prevention and control audit had not been completed since 2022.",
         "The practice must complete an annual infection prevention and control audit and act on any findings.",
         HCQS + "Safe",
         "A full IPC audit will be completed using the health board primary care audit tool, and the resulting action plan shared at the practice meeting.",
         "Lead Practice Nurse", "End of September 2025"),
        ("Not all clinical staff had completed safeguarding training at the level appropriate to their role.",
         "The practice must ensure all staff complete safeguarding adults and children training at the appropriate level.",
         HCQS + "Safe",
         "The training matrix has been updated and outstanding staff have been booked onto Level 3 safeguarding training.",
         "Dr R Evans (Safeguarding Lead GP)", "Within 3 months"),
        ("S", "Quality of management and leadership"),
        ("Staff told us they were not always made aware of learning from significant events.",
         "The practice must ensure learning from significant events and complaints is shared with all staff.",
         HCQS + "Learning, improvement and research",
         "Significant event learning is now a standing item at the monthly whole-practice meeting.\nMinutes are emailed to all staff and saved on the shared drive.",
         "Practice Manager", "August 2025"),
        ("Several members of staff had not received an annual appraisal.",
         "The practice must ensure that all staff receive an annual appraisal.",
         HCQS + "Workforce",
         "An appraisal schedule has been agreed for all staff, with GP partners appraising the nursing team.",
         "Practice Manager; GP Partners", "31 March 2026"),
    ]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "S":
            merged = cells[0].merge(cells[-1])
            set_cell(merged, row[1], bold=True)
            shade(merged, "E2EFDA")
            continue
        for cell, v in zip(cells, row):
            set_cell(cell, v)

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print):", "Dr Rhian Evans"),
                                ("Job role:", "GP Partner"), ("Date:", "18 July 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(out("zfv-llandeilo-health-centre-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Kingfisher Home Care (Barnsley) - CQC home care inspection action plan
# ---------------------------------------------------------------------------
def make_kingfisher_cqc():
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading("Kingfisher Home Care Ltd – CQC Inspection Action Plan", level=0)
    for line in [
        "Location: Kingfisher Home Care, Unit 4 Oakwell Business Centre, Barnsley",
        "Registered Manager: Joanne Pickering",
        "Inspection: 3 and 10 February 2025 (report published 28 March 2025)",
        "Overall rating: Requires Improvement (Safe – Requires Improvement; Effective – Good; Caring – Good; "
        "Responsive – Good; Well-led – Requires Improvement)",
    ]:
        doc.add_paragraph(line)

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate([("1.0", "04/04/2025", "J Pickering", "Action plan submitted to CQC"),
                             ("1.1", "16/05/2025", "J Pickering", "Progress update for provider quality meeting")],
                            start=1):
        for cell, v in zip(t.rows[i].cells, row):
            set_cell(cell, v)

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green = completed; Amber = in progress and on target; Red = overdue or not yet started")

    RAGHEX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def section(heading, blocks):
        doc.add_heading(heading, level=1)
        for requirement, actions in blocks:
            doc.add_paragraph().add_run(requirement).bold = True
            tb = doc.add_table(rows=1, cols=5)
            tb.style = "Table Grid"
            header_row(tb, ["Ref", "Action", "Responsible", "Target date", "RAG"], "DDEBF7")
            for ref, action, who, when, rag in actions:
                cells = tb.add_row().cells
                for cell, v in zip(cells, [ref, action, who, when, rag]):
                    set_cell(cell, v)
                shade(cells[4], RAGHEX[rag])
            doc.add_paragraph("")

    section("Is the service safe?", [
        ("Breach of Regulation 12 (Safe care and treatment): risks to people's health and safety were not always assessed and medicines were not always managed safely.", [
            ("S1", "Review and update risk assessments for everyone with diabetes, catheter care or epilepsy, using the new care planning templates on the electronic care system.",
             "Registered Manager", "31/03/2025", "Green"),
            ("S2", "Carry out monthly eMAR audits for every person supported with medicines and discuss the findings in staff supervision.",
             "Care Coordinator / Field Care Supervisor", "Monthly", "Amber"),
            ("S3", "All care staff to complete a medicines competency reassessment with a trained assessor.",
             "Training Officer", "30/04/2025", "Red"),
        ]),
        ("Breach of Regulation 19 (Fit and proper persons employed): recruitment checks were not always completed before staff started work.", [
            ("S4", "Audit all staff files for full employment history, two references and a current DBS check, and obtain anything missing.",
             "HR Administrator; Registered Manager", "28/02/2025", "Green"),
        ]),
    ])
    section("Is the service effective?", [
        ("CQC recommendation: The provider should review its approach to assessing people's mental capacity in line with the Mental Capacity Act 2005.", [
            ("E1", "Arrange Mental Capacity Act training for office staff and introduce decision-specific capacity assessments in care plans.",
             "Registered Manager", "End of June 2025", "Amber"),
        ]),
    ])
    section("Is the service well-led?", [
        ("Breach of Regulation 17 (Good governance): systems to assess, monitor and improve the quality of the service were not effective.", [
            ("W1", "Introduce a quality assurance audit calendar covering care plans, call monitoring, medicines and complaints.",
             "Nominated Individual", "31/03/2025", "Green"),
            ("W2", "Review electronic call monitoring data weekly to identify late and missed calls, and record the action taken.",
             "Operations Manager", "June 2025", "Amber"),
            ("W3", "Send an annual quality survey to people using the service and their relatives, and publish a 'You said, we did' summary.",
             "Registered Manager / Nominated Individual", "July 2025", "Amber"),
        ]),
    ])
    doc.add_paragraph("Signed: Joanne Pickering, Registered Manager    Date: 16/05/2025")
    doc.add_paragraph("Next review: provider quality meeting, June 2025")
    doc.save(out("zfv-kingfisher-home-care-barnsley-cqc-home-care-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. NHS Lancashire and South Cumbria ICB - internal audit tracker (CSV, refuse)
# ---------------------------------------------------------------------------
def make_lsc_icb_ia_csv():
    rows = [
        ["NHS Lancashire and South Cumbria Integrated Care Board"],
        ["Internal Audit Recommendations Tracker – Audit Committee 22 January 2026"],
        ["Source: MIAA follow-up position at 31 December 2025"],
        [],
        ["Audit", "Assurance Level", "Rec Ref", "Priority", "Recommendation", "Agreed Action",
         "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Latest Update"],
        ["Continuing Healthcare (2024/25)", "Limited", "CHC-01", "High",
         "Eligibility decisions should be ratified by the panel within 28 days of the Checklist.",
         "Introduce a weekly ratification panel and monitor the 28-day standard through the CHC performance dashboard.",
         "Associate Director of All Age Continuing Care", "31-Mar-25", "30-Sep-25", "Implemented",
         "Weekly panel in place since June 2025; 28-day compliance 81% in Q2."],
        ["Continuing Healthcare (2024/25)", "Limited", "CHC-02", "Medium",
         "Case files should contain evidence of the three-month and annual reviews.",
         "Audit 10% of case files each quarter and feed results back to the locality teams.",
         "Head of Clinical Quality (CHC)", "30-Jun-25", "31-Dec-25", "Partially implemented",
         "Q1 and Q2 audits complete; Q3 audit in progress."],
        ["Conflicts of Interest (2024/25)", "Moderate", "COI-01", "Medium",
         "Declarations of interest should be refreshed annually by all decision-making staff.",
         "Issue an annual declaration reminder through the staff portal and report compliance to the Audit Committee.",
         "Associate Director of Corporate Governance", "30-Apr-25", "", "Implemented",
         "98% of decision-making staff declared by 30/04/2025."],
        ["Conflicts of Interest (2024/25)", "Moderate", "COI-02", "Low",
         "The register of gifts and hospitality should be published on the ICB website.",
         "Publish the register on the ICB website each quarter.",
         "Corporate Governance Manager", "31-May-25", "31-Oct-25", "Implemented",
         "Register published; next update due January 2026."],
        ["Key Financial Systems (2024/25)", "Substantial", "KFS-01", "Medium",
         "Changes to supplier bank details should be independently verified.",
         "Introduce call-back verification by a second officer for all bank detail change requests.",
         "Head of Financial Services", "30-Jun-25", "", "Implemented",
         "Procedure updated and tested by MIAA in September 2025."],
        ["Data Security and Protection Toolkit (2024/25)", "Moderate", "DSPT-01", "High",
         "Information asset owners should complete data flow mapping for all critical information assets.",
         "Complete data flow mapping for all critical information assets and record it on the Information Asset Register.",
         "Senior Information Risk Owner / Head of Information Governance", "30-Jun-25", "30-Jnu-26",
         "Partially implemented", "Mapping 70% complete; revised date agreed by the Audit Committee."],
        ["Data Security and Protection Toolkit (2024/25)", "Moderate", "DSPT-02", "Medium",
         "Data security awareness training compliance should meet the 95% standard.",
         "Send targeted reminders to teams below 95% and report compliance monthly to the Information Governance Group.",
         "Head of Information Governance", "31-Mar-25", "30-Sep-25", "Implemented",
         "Compliance 96.2% at 30/09/2025."],
        ["Primary Care Commissioning (2025/26)", "Limited", "PCC-01", "High",
         "Contract variations for GP practices should be approved in line with the scheme of delegation.",
         "Introduce a contract variation log with approval evidence and report exceptions to the Primary Care Commissioning Committee.",
         "Director of Primary Care", "31-Dec-25", "", "Not implemented",
         "Log designed; approval workflow not yet in place."],
        ["Primary Care Commissioning (2025/26)", "Limited", "PCC-02", "Medium",
         "Practice list cleansing should be monitored against the national programme.",
         "Agree a quarterly list-cleansing report with Primary Care Support England.",
         "Head of Primary Care Contracting", "31-Mar-26", "", "Not yet due", ""],
        ["Safeguarding Assurance (2025/26)", "Substantial", "SG-01", "Low",
         "Safeguarding training records for ICB staff should be held in one system.",
         "Transfer safeguarding training records to ESR and close the local spreadsheet.",
         "Designated Nurse Safeguarding Adults", "31-Jan-26", "", "Not yet due",
         "Transfer scheduled for January 2026."],
        [],
        ["Summary", "Number"],
        ["Implemented", "5"],
        ["Partially implemented", "2"],
        ["Not implemented", "1"],
        ["Not yet due", "2"],
        ["Total", "10"],
    ]
    with open(out("zfv-nhs-lancashire-and-south-cumbria-icb-internal-audit-recommendations-tracker-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Greenhill Manor Care Home - IPC audit action plan (plain text export)
# ---------------------------------------------------------------------------
def make_greenhill_ipc_txt():
    L = []
    L.append("Greenhill Manor Care Home – Infection Prevention and Control Audit Action Plan")
    L.append("Provider: Greenhill Care Group Ltd | Beds: 48 (nursing and residential)")
    L.append("Audit date: 11 February 2025 | Audited by: Community Infection Prevention and Control Team, NHS South Yorkshire ICB")
    L.append("Overall compliance: 86% (AMBER)")
    L.append("Scoring: RED = 80% or below | AMBER = 81-89% | GREEN = 90% or above")
    L.append("Action plan returned to the IPC team: 07/03/2025 | Status updated: 02/04/2025")
    L.append("")
    sections = [
        ("SECTION 1: ENVIRONMENT", "82% (AMBER)", [
            ("1.1", "Damaged bed rail bumpers in rooms 7, 12 and 21 could not be cleaned effectively.",
             "Replace all damaged bed rail bumpers and add bumper checks to the monthly mattress audit.",
             "Deputy Manager / Clinical Lead", "31/03/2025", "Completed"),
            ("1.2", "The sluice on the first floor was cluttered and used to store clean items.",
             "Declutter the first-floor sluice, move clean stock to the store room and fit a 'Sluice – dirty items only' sign.",
             "Head Housekeeper", "Immediate", "Completed"),
            ("1.3", "Cleaning schedules for communal bathrooms were not signed on 9 of the 28 days reviewed.",
             "Introduce a daily check of cleaning schedules by the nurse in charge and discuss gaps at the weekly housekeeping meeting.",
             "Head Housekeeper", "Ongoing – weekly", "On track"),
        ]),
        ("SECTION 2: HAND HYGIENE", "84% (AMBER)", [
            ("2.1", "Alcohol hand rub was not available at the point of care in 6 of the 10 bedrooms sampled.",
             "Fit wall-mounted alcohol hand rub dispensers outside every bedroom and in all communal areas.",
             "Maintenance Person", "w/c 17/03/2025", "Completed"),
            ("2.2", "Two care staff were observed wearing wrist watches and one was wearing nail varnish.",
             "Reinforce the bare below the elbows policy at handovers and carry out monthly hand hygiene observations.",
             "IPC Champion (Sarah Kaur)", "April 2025", "On track"),
        ]),
        ("SECTION 3: PERSONAL PROTECTIVE EQUIPMENT", "88% (AMBER)", [
            ("3.1", "Aprons and gloves were stored in bathrooms where they could be contaminated.",
             "Remove PPE from bathrooms and install wall-mounted PPE stations on each corridor.",
             "Home Manager", "30/04/2025", "Not started"),
        ]),
        ("SECTION 4: MANAGEMENT OF SHARPS", "100% (GREEN)", []),
        ("SECTION 5: DECONTAMINATION OF EQUIPMENT", "79% (RED)", [
            ("5.1", "Commodes and shower chairs were visibly soiled underneath the seat.",
             "Add commodes and shower chairs to the daily cleaning schedule and label clean equipment with 'I am clean' tape.",
             "Head Housekeeper", "31/03/2025", "Completed"),
            ("5.2", "Staff were unsure of the dilution rate for the chlorine-releasing agent.",
             "Provide training on preparing chlorine-releasing solutions for all care and domestic staff, with competency sign-off.",
             "IPC Champion (Sarah Kaur) / Home Manager", "May 2025", "On track"),
        ]),
        ("SECTION 6: GOVERNANCE AND TRAINING", "85% (AMBER)", [
            ("6.1", "IPC mandatory training compliance was 71% against a target of 95%.",
             "Book all staff with expired IPC training onto the e-learning and monitor compliance at the monthly governance meeting.",
             "Home Manager", "30/06/2025", "On track"),
        ]),
    ]
    for heading, score, items in sections:
        L.append("=" * 72)
        L.append(heading)
        L.append("Section score: " + score)
        L.append("-" * 72)
        if not items:
            L.append("No actions required – all standards met.")
            L.append("")
            continue
        for ref, finding, action, lead, target, status in items:
            L.append(f"{ref}  Finding:     {finding}")
            L.append(f"     Action:      {action}")
            L.append(f"     Lead:        {lead}")
            L.append(f"     Target date: {target}")
            L.append(f"     Status:      {status}")
            L.append("")
    L.append("=" * 72)
    L.append("Signed (Home Manager): Linda Marsh    Date: 07/03/2025")
    L.append("IPC team follow-up visit planned for May 2025.")
    with open(out("zfv-greenhill-manor-care-home-ipc-audit-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_lth_mis()
    make_nwas_wellled()
    make_cwp_sexual_safety()
    make_llandeilo_hiw()
    make_kingfisher_cqc()
    make_lsc_icb_ia_csv()
    make_greenhill_ipc_txt()
    print("built 7 zfv files in", HERE)
