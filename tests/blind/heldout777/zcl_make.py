#!/usr/bin/env python3
"""Build the seven zcl- blind test files (set heldout777).

Run with /work/main/.venv/bin/python zcl_make.py  (needs openpyxl, python-docx).
Data lives at module level so the expected readings can be checked against it.
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

F_HIS = "zcl-nhs-ayrshire-and-arran-his-ayrshire-central-hospital-safe-delivery-of-care-improvement-action-plan.docx"
F_HIW = "zcl-lansdowne-surgery-cardiff-hiw-gp-inspection-improvement-plan.docx"
F_KEECH = "zcl-keech-hospice-care-quality-account-priorities-tracker-2025-26.xlsx"
F_BAF = "zcl-mersey-care-nhsft-board-assurance-framework-2025-26.xlsx"
F_SWAST = "zcl-south-western-ambulance-service-nhsft-psii-delayed-clinical-callback-safety-action-plan-typo-month-refuse.xlsx"
F_APEX = "zcl-apex-prime-care-basingstoke-cqc-must-should-do-action-plan.csv"
F_RQIA = "zcl-hollyhill-nursing-home-strabane-rqia-care-inspection-quality-improvement-plan.txt"

GREEN, AMBER, RED, BLUE, GREY = "00B050", "FFC000", "FF0000", "00B0F0", "D9D9D9"


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' makes separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None


# ======================================================================
# 1. NHS Ayrshire & Arran - HIS Safe Delivery of Care, Ayrshire Central Hospital (docx)
# ======================================================================
HIS_TITLE = "Safe Delivery of Care Inspection – Ayrshire Central Hospital: Improvement Action Plan"
HIS_COVER = [
    ("Hospital", "Ayrshire Central Hospital, Irvine"),
    ("Dates of inspection", "3–5 June 2025"),
    ("Report published", "26 August 2025"),
    ("Action plan submitted to HIS", "23 September 2025"),
    ("Executive lead", "Nurse Director"),
    ("Version / update", "Version 3 – progress at 15 December 2025"),
]
HIS_KEY = [
    ("Blue", "Action complete and evidence held", BLUE),
    ("Green", "On track to meet timescale", GREEN),
    ("Amber", "Timescale at risk – mitigating action in place", AMBER),
    ("Red", "Timescale not met", RED),
]
# (domain, [(requirement, [(ref, action, timescale, responsibility, progress, rag_text, rag_fill)])])
HIS_PLAN = [
    ("Domain 2 – Impact on people experiencing care, carers and families", [
        ("Requirement 1: NHS Ayrshire & Arran must ensure that patient care documentation, including fluid balance charts and food record charts, is accurately and consistently completed.", [
            ("1.1", "Introduce a weekly documentation audit of fluid balance and food record charts on Wards 1 to 4, with results reported at the Senior Charge Nurse huddle.",
             "31 October 2025", "Senior Charge Nurses",
             "Audit tool in use on all four wards since 6 October 2025. Compliance 78% in November.", "Green", GREEN),
            ("1.2", "Deliver refresher training on recording nutrition and hydration to registered nurses and healthcare support workers.",
             "December 2025", "Practice Development Nurse",
             "62 of 88 staff trained; further sessions booked for January.", "Amber", AMBER),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Ayrshire & Arran must ensure that all equipment used for the delivery of care is clean and ready for use, and that this is clearly identifiable.", [
            ("2.1", "Reintroduce the green ‘I am clean’ tape system for shared patient equipment across all wards.",
             "30 September 2025", "Lead Nurse / Infection Prevention and Control Nurse",
             "Implemented on all wards. IPCT spot checks in October and November found sustained use.", "", BLUE),
            ("2.2", "Include equipment cleanliness in the monthly Excellence in Care ward assurance audit.",
             "Ongoing – monthly audit", "Senior Charge Nurses",
             "Added to the October audit cycle; results reviewed at the site quality meeting.", "Green", GREEN),
        ]),
        ("Requirement 3: NHS Ayrshire & Arran must ensure that cleaning products are stored securely in line with Control of Substances Hazardous to Health (COSHH) regulations.", [
            ("3.1", "Fit coded locks to all domestic services rooms and sluices.\nComplete a COSHH risk assessment for each ward area.",
             "30 November 2025", "Facilities Manager",
             "Locks fitted to 7 of 9 rooms; remaining two awaiting estates works order.", "Amber", AMBER),
        ]),
    ]),
    ("Domain 9 – Quality improvement-focused leadership", [
        ("Requirement 4: NHS Ayrshire & Arran must ensure that staffing levels are recorded and that staffing risks are escalated in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
            ("4.1", "Use the Safecare real-time staffing tool on every shift, with escalation through the site safety huddle.",
             "31/12/2025", "Associate Nurse Director, North HSCP",
             "Safecare live on all wards; shift-by-shift recording compliance 91%.", "Green", GREEN),
            ("4.2", "Provide a quarterly staffing assurance report to the Healthcare Governance Committee.",
             "March 2026", "Nurse Director",
             "First report scheduled for the January 2026 committee.", "", None),
        ]),
    ]),
]


def build_his(path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("NHS Ayrshire & Arran")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(HIS_TITLE, level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – Safe Delivery of Care Inspection (acute and community hospitals)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in HIS_COVER:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG status key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, fill in HIS_KEY:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    cols = ["Action reference", "Action planned", "Timescale to meet action",
            "Responsibility for taking action", "Progress update", "RAG"]
    for domain, reqs in HIS_PLAN:
        doc.add_heading(domain, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="BDD7EE")
        for req, actions in reqs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            for ref, act, when, who, prog, rag, fill in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, when, who, prog, rag]):
                    set_cell(c, v)
                if fill:
                    shade(cells[5], fill)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Healthcare Governance Committee and to Healthcare Improvement Scotland on request.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan approved by", "Nurse Director"), ("Date", "23/09/2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path)


# ======================================================================
# 2. Lansdowne Surgery, Cardiff - HIW GP inspection improvement plan (docx)
# ======================================================================
HIW_TITLE = "Lansdowne Surgery – Improvement plan following HIW inspection"
# (theme, [(improvement needed, standard, service action, responsible officer, timescale)])
HIW_PLAN = [
    ("Quality of the patient experience", [
        ("The practice must ensure that patients are able to get through by telephone and book appointments in a timely way at peak times.",
         "Health and Care Quality Standards 2023 – Timely",
         "Additional reception staff rostered 08:00–10:30 Monday to Friday.\nCall-back option added to the telephone system.\nAccess audit to be repeated and shared with the Patient Participation Group.",
         "Practice Manager", "30/06/2025"),
        ("The practice should ensure that information on how to raise a concern under Putting Things Right is displayed in the waiting area and on the practice website.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Putting Things Right leaflets in English and Welsh placed in both waiting areas; link added to the practice website.",
         "Assistant Practice Manager", "April 2025"),
        ("The practice should make the ‘Active Offer’ of Welsh language services more visible to patients.",
         "Health and Care Quality Standards 2023 – Equitable",
         "‘Iaith Gwaith’ badges ordered for Welsh-speaking staff and bilingual signage to be installed at reception.",
         "Practice Manager and Dr Rhian Hughes", "September 2025"),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "Weekly checklist introduced, signed by the duty nurse, with a monthly spot check by the lead GP.",
         "Lead Practice Nurse / Dr Sami Ahmed", "Immediately"),
        ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe",
         "Training matrix reviewed and four clinicians booked onto Level 3 safeguarding training.",
         "Practice Manager", "31 July 2025"),
    ]),
    ("Quality of management and leadership", [
        ("The practice should ensure that policies and procedures are reviewed, version-controlled and easily accessible to staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Policy register set up on the shared drive with review dates; policies reviewed on a rolling programme.",
         "Business Manager", "Ongoing – quarterly review"),
    ]),
]


def build_hiw(path):
    doc = Document()
    doc.add_heading(HIW_TITLE, level=1)
    doc.add_paragraph("Announced GP practice inspection, Cardiff and Vale University Health Board. "
                      "This plan reproduces the HIW improvement plan template with the practice’s response.")

    def info_table():
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in [("Service:", "Lansdowne Surgery"), ("Date of inspection:", "11 March 2025")]:
            cells = t.add_row().cells
            set_cell(cells[0], k, bold=True)
            set_cell(cells[1], v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    info_table()
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    info_table()
    doc.add_paragraph("")
    cols = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols, fill="D9E2F3")
    for theme, rows in HIW_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, theme, bold=True)
        shade(m, "F2F2F2")
        for imp, std, act, who, when in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [imp, std, act, who, when]):
                set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Karen Lloyd"),
                 ("Job role:", "Practice Manager"), ("Date:", "22 April 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path)


# ======================================================================
# xlsx helpers
# ======================================================================
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_row(ws, r, values, bold=False, box=True, bg=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        if bg:
            cell.fill = fill(bg)


# ======================================================================
# 3. Keech Hospice Care - Quality Account priorities tracker 2025/26 (xlsx)
# ======================================================================
KEECH_TITLE = "Quality Account 2025/26 – Priorities for Improvement: Progress Tracker"
# items: ("domain", text) | ("priority", text) | ("action", ref, action, measure, lead, target, q1_letter, q1_fill, q2_fill, update)
KEECH_ROWS = [
    ("domain", "PATIENT SAFETY"),
    ("priority", "Priority 1: Reduce falls resulting in harm on the Adult In-Patient Unit"),
    ("action", "1.1", "Introduce a post-falls huddle within 24 hours of every in-patient fall, using the Hospice UK post-falls toolkit",
     "Huddle held for 90% of falls", "IPU Ward Manager", dt.datetime(2025, 12, 31), "G", GREEN, GREEN,
     "Huddles held after 11 of 12 falls in Q2. Learning shared at IPU team meeting."),
    ("action", "1.2", "Record lying and standing blood pressure on admission for all IPU patients",
     "95% compliance in monthly audit", "Falls Lead Nurse / Medical Director", dt.datetime(2025, 9, 30), "G", GREEN, BLUE,
     "Achieved – 97% in July, 98% in August and September. Now part of routine audit."),
    ("domain", "CLINICAL EFFECTIVENESS"),
    ("priority", "Priority 2: Extend advance care planning (ACP) for people known to our community teams"),
    ("action", "2.1", "Train community clinical nurse specialists in ReSPECT and advance care planning conversations",
     "All 14 CNSs trained", "Education Lead", "Sept 2025 – March 2026", "A", AMBER, AMBER,
     "8 of 14 trained. Two course dates lost to staff sickness; additional date requested from the ICB training hub."),
    ("action", "2.2", "Record ACP conversations on SystmOne using the shared care record template so that they are visible to GP practices and the ambulance service",
     "Template used in 80% of new ACPs", "Head of Community Services; Clinical Systems Manager", dt.datetime(2026, 3, 31), "G", GREEN, GREEN,
     "Template live from 1 August. 64% use in September, rising month on month."),
    ("action", "2.3", "Audit 20 sets of community notes each quarter for a documented ACP discussion",
     "Quarterly audit reported to CGC", "Clinical Audit Lead", "Quarterly", "G", GREEN, RED,
     "Q2 audit not completed – audit lead vacancy. Recruitment under way; Q2 and Q3 audits to be done together."),
    ("domain", "PATIENT AND FAMILY EXPERIENCE"),
    ("priority", "Priority 3: Improve support for children and young people before and after the death of someone important to them"),
    ("action", "3.1", "Launch a pre-bereavement support group for children whose parent or carer is receiving hospice care",
     "Group running with at least 6 families", "Children’s Services Manager", dt.datetime(2026, 1, 31), None, None, GREEN,
     "First group planned for November half-term; 5 families referred so far."),
    ("action", "3.2", "Collect feedback from families through I Want Great Care and report themes to the Quality and Governance Committee",
     "Quarterly themes report", "Family Support Team Lead", dt.datetime(2026, 3, 31), None, None, None,
     "Not yet started – platform contract being renewed."),
]


def build_keech(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QA Priorities 2025-26"
    ws["A1"] = "Keech Hospice Care"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = KEECH_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to: Quality and Governance Committee, 21 October 2025. Position at end of Q2 (30 September 2025)."
    heads = ["Ref", "Action", "Measure of success", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    write_row(ws, 5, heads, bold=True, bg="DDEBF7")
    r = 6
    for item in KEECH_ROWS:
        if item[0] in ("domain", "priority"):
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            c = ws.cell(row=r, column=1)
            c.font = Font(bold=True, color="FFFFFF" if item[0] == "domain" else "000000")
            c.fill = fill("7030A0" if item[0] == "domain" else "E4DFEC")
            c.alignment = WRAP
        else:
            _, ref, act, meas, lead, target, q1, q1f, q2f, upd = item
            write_row(ws, r, [ref, act, meas, lead, target, q1, None, upd])
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            if q1f:
                ws.cell(row=r, column=6).fill = fill(q1f)
            if q2f:
                ws.cell(row=r, column=7).fill = fill(q2f)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Q2 RAG is shown by cell colour – see the key on the Summary sheet. "
                                   "Priorities were agreed by the Board of Trustees in June 2025 and published in the Quality Account 2024/25.")
    for col, w in zip("ABCDEFGH", [6, 48, 26, 26, 14, 8, 8, 50]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of Q2 position"
    ws2["A1"].font = Font(bold=True, size=12)
    write_row(ws2, 3, ["RAG", "Meaning", "Number of actions"], bold=True, bg="DDEBF7")
    key = [("Blue", "Achieved", BLUE, 1), ("Green", "On track", GREEN, 3),
           ("Amber", "Some risk to delivery", AMBER, 1), ("Red", "Off track – will not be achieved without intervention", RED, 1),
           ("No colour", "Not yet started", None, 1)]
    rr = 4
    for word, meaning, f, n in key:
        write_row(ws2, rr, [word, meaning, n])
        if f:
            ws2.cell(row=rr, column=1).fill = fill(f)
        rr += 1
    write_row(ws2, rr, ["Total", "", 7], bold=True)
    ws2.column_dimensions["A"].width = 12
    ws2.column_dimensions["B"].width = 50
    wb.save(path)


# ======================================================================
# 4. Mersey Care NHS FT - Board Assurance Framework 2025/26 (xlsx)
# ======================================================================
BAF_TITLE = "Mersey Care NHS Foundation Trust – Board Assurance Framework 2025/26"
# (sheet, heading, block, [(gap, [(ref, action, owner, original, revised, update, rag)])])
BAF = [
    ("SR1", "SR1 – We are unable to recruit, train and retain a workforce with the skills to deliver safe, high-quality care",
     [("Strategic objective", "Our people: make Mersey Care a great place to work"),
      ("Executive lead", "Chief People Officer"), ("Assuring committee", "People and Culture Committee"),
      ("Risk score (L x I)", "Initial 16 | Current 12 | Target 8"), ("Last reviewed", "04/11/2025")],
     [("Reliance on temporary staffing on acute adult inpatient wards remains above target (18% of clinical shifts against 12%).", [
         ("A1.1", "Deliver the international recruitment cohort of 40 registered mental health nurses", "Chief People Officer",
          dt.datetime(2025, 10, 31), dt.datetime(2026, 1, 31), "31 nurses in post; remaining 9 delayed by visa processing.", "A"),
         ("A1.2", "Implement the enhanced bank offer (weekly pay, block booking) across all Liverpool and Sefton wards",
          "Deputy Director of Workforce; Director of Operations", dt.datetime(2025, 9, 30), None,
          "Live from 1 September 2025. Bank fill rate up from 71% to 83%.", "B"),
      ]),
      ("No consolidated assurance on retention of newly qualified staff in their first 24 months.", [
         ("A1.3", "Add a preceptee retention measure to the People and Culture Committee workforce dashboard",
          "Head of Workforce Intelligence", dt.datetime(2025, 12, 31), None, "Data definitions agreed; first report due December.", "G"),
      ])]),
    ("SR2", "SR2 – Patients come to avoidable harm because learning from patient safety incidents is not embedded",
     [("Strategic objective", "Quality: deliver safe, effective, person-centred care"),
      ("Executive lead", "Executive Medical Director"), ("Assuring committee", "Quality Assurance Committee"),
      ("Risk score (L x I)", "Initial 15 | Current 12 | Target 6"), ("Last reviewed", "06/11/2025")],
     [("PSIRF learning responses are not consistently completed within agreed timescales.", [
         ("A2.1", "Introduce a weekly learning response oversight meeting to track every open PSII and after-action review",
          "Associate Director of Patient Safety", dt.datetime(2025, 8, 31), None, "In place since August; 14 overdue responses reduced to 5.", "B"),
         ("A2.2", "Recruit two additional patient safety partners", "Head of Patient Safety & Learning",
          dt.datetime(2025, 11, 30), dt.datetime(2026, 3, 31), "One appointed; second post re-advertised.", "A"),
      ]),
      ("Limited assurance that thematic learning reaches community mental health teams.", [
         ("A2.3", "Launch a monthly ‘Learning from Incidents’ bulletin and\ntrack team-level acknowledgement through the governance dashboard",
          "Director of Nursing (Community Division)", "Q3 2025/26", None, "First two bulletins issued; acknowledgement tracking being built.", "G"),
      ])]),
    ("SR3", "SR3 – The Trust does not deliver its 2025/26 financial plan",
     [("Strategic objective", "Sustainability: use our resources well"),
      ("Executive lead", "Chief Finance Officer"), ("Assuring committee", "Finance and Performance Committee"),
      ("Risk score (L x I)", "Initial 20 | Current 16 | Target 9"), ("Last reviewed", "31/10/2025")],
     [("Cost improvement schemes of £4.2m are not yet fully identified and quality-assessed.", [
         ("A3.1", "Complete quality and equality impact assessments for all remaining CIP schemes",
          "Chief Finance Officer / Chief Nurse", dt.datetime(2025, 7, 31), dt.datetime(2025, 9, 30),
          "All QIAs signed off at the September QIA panel.", "B"),
         ("A3.2", "Establish a fortnightly Financial Recovery Group with divisional directors",
          "Deputy Chief Finance Officer", dt.datetime(2025, 8, 15), None, "Established; meets fortnightly.", "B"),
      ]),
      ("Out-of-area placement spend is above plan.", [
         ("A3.3", "Review every out-of-area placement weekly through the bed management cell",
          "Director of Operations", "Ongoing", None, "Out-of-area bed days down 22% since Q1.", "G"),
      ])]),
]
BAF_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_baf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = BAF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Public Board of Directors – 27 November 2025. Position at 6 November 2025."
    write_row(ws, 4, ["Risk", "Description", "Executive lead", "Committee", "Initial", "Current", "Target", "Trend"], bold=True, bg="D9E1F2")
    summ = [("SR1", "Workforce supply and retention", "Chief People Officer", "People and Culture", 16, 12, 8, "↓"),
            ("SR2", "Learning from patient safety incidents", "Executive Medical Director", "Quality Assurance", 15, 12, 6, "↔"),
            ("SR3", "Delivery of the 2025/26 financial plan", "Chief Finance Officer", "Finance and Performance", 20, 16, 9, "↔")]
    for i, s in enumerate(summ):
        write_row(ws, 5 + i, list(s))
    ws["A9"] = "Action RAG key"
    ws["A9"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Slippage against original date – revised date agreed"), ("R", "Overdue / no revised date agreed")]):
        ws.cell(row=10 + i, column=1, value=k).fill = fill(BAF_RAG[k])
        ws.cell(row=10 + i, column=2, value=m)
    ws.column_dimensions["B"].width = 45
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 26

    heads = ["Ref", "Gap in control / assurance", "Action to address gap", "Action owner",
             "Original due date", "Revised due date", "Progress this period", "RAG"]
    for sheet, heading, block, gaps in BAF:
        w = wb.create_sheet(sheet)
        w["A1"] = BAF_TITLE
        w["A2"] = heading
        w["A2"].font = Font(bold=True, size=12)
        r = 4
        for k, v in block:
            w.cell(row=r, column=1, value=k).font = Font(bold=True)
            w.cell(row=r, column=3, value=v)
            r += 1
        r += 1
        w.cell(row=r, column=1, value="Gaps in control and assurance – actions").font = Font(bold=True)
        r += 1
        write_row(w, r, heads, bold=True, bg="D9E1F2")
        r += 1
        for gap, acts in gaps:
            first = r
            for ref, act, owner, orig, rev, upd, rag in acts:
                write_row(w, r, [ref, gap if r == first else None, act, owner, orig, rev, upd, rag])
                for col in (5, 6):
                    if isinstance(w.cell(row=r, column=col).value, dt.datetime):
                        w.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                w.cell(row=r, column=8).fill = fill(BAF_RAG[rag])
                r += 1
            if r - 1 > first:
                w.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col, wd in zip("ABCDEFGH", [7, 40, 48, 30, 13, 13, 42, 6]):
            w.column_dimensions[col].width = wd
    wb.save(path)


# ======================================================================
# 5. SWASFT - PSII safety action plan (xlsx, refuse: mistyped month)
# ======================================================================
SWAST_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
SWAST_HEADER_ROW = 6
SWAST_ACTIONS = [
    ("SA1", "Clinical validation of lower-acuity calls in the Clinical Hub queue",
     "Introduce an automated re-prioritisation prompt when a Category 3 or 4 call has waited longer than the clinical callback target",
     "Head of Clinical Hub", "January 2026", "% of calls re-triaged within target (monthly)", "Urgent and Emergency Care Group", "In progress"),
    ("SA2", "Clinical validation of lower-acuity calls in the Clinical Hub queue",
     "Publish a standard operating procedure for welfare callbacks to patients aged 65 and over who are waiting for a response",
     "Clinical Hub Manager (Exeter)", "31 December 2025", "SOP approved; audit of 50 callbacks", "Urgent and Emergency Care Group", "In progress"),
    ("SA3", "Escalation when the Clinical Hub is at surge",
     "Add a clinical hub surge level to the Resource Escalation Action Plan (REAP) with named actions for each level",
     "Deputy Director of Operations (EOC)", "30 November 2025", "REAP updated and tested in a table-top exercise", "Executive Operations Group", "Complete"),
    ("SA4", "Escalation when the Clinical Hub is at surge",
     "Give the Clinical Hub tactical commander access to the live call-stack dashboard on every shift",
     "Head of EOC Systems", "Febuary 2026", "Dashboard access log (weekly)", "Executive Operations Group", "Not started"),
    ("SA5", "Information given to callers while they wait",
     "Review the ‘worsening advice’ given at the end of each 999 call with patient safety partners and update the call-handler script",
     "Patient Safety Partner / Clinical Governance Lead", "March 2026", "Script change live; caller feedback survey", "Patient Safety Group", "In progress"),
    ("SA6", "Information given to callers while they wait",
     "Deliver a refresher module on worsening advice to all health advisors and emergency medical dispatchers",
     "EOC Training Manager", "April 2026", "Training completion ≥ 90%", "Patient Safety Group", "Not started"),
    ("SA7", "Learning from this incident",
     "Share the findings of this PSII at the regional EOC learning forum and through the Trust’s ‘Safety Matters’ briefing",
     "Patient Safety Lead", "October 2025", "Presentation delivered; briefing issued", "Patient Safety Group", "Complete"),
]
SWAST_TYPO_ROW = SWAST_HEADER_ROW + 1 + [a[4] for a in SWAST_ACTIONS].index("Febuary 2026")


def build_swast(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = "South Western Ambulance Service NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = SWAST_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Incident: delayed clinical callback and response for an older patient with chest pain held in the Clinical Hub queue (ref PSII-2025-014)"
    ws["A4"] = "Date of incident: 17/01/2025. Report and safety actions approved by the Patient Safety Incident Oversight Group on 12/06/2025."
    heads = ["Ref", "Area for improvement", "Safety action", "Action owner", "Timescale",
             "Measurement", "Monitoring / oversight", "Status"]
    write_row(ws, SWAST_HEADER_ROW, heads, bold=True, bg="FCE4D6")
    r = SWAST_HEADER_ROW + 1
    for a in SWAST_ACTIONS:
        write_row(ws, r, list(a))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Not started / In progress / Complete / Overdue. Updates to the Patient Safety Group every two months.")
    for col, wd in zip("ABCDEFGH", [6, 34, 52, 30, 16, 30, 28, 12]):
        ws.column_dimensions[col].width = wd

    ws2 = wb.create_sheet("Sign-off")
    rows = [("Investigation lead", "Patient Safety Incident Investigator"),
            ("Executive sponsor", "Chief Nursing Officer"),
            ("Family engagement", "Findings shared with the patient’s family on 20/06/2025"),
            ("ICB notified", "NHS Devon ICB – 24/06/2025")]
    for i, (k, v) in enumerate(rows, start=1):
        ws2.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws2.cell(row=i, column=2, value=v)
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 60
    wb.save(path)


# ======================================================================
# 6. Apex Prime Care Basingstoke - CQC must do / should do action plan (csv)
# ======================================================================
APEX_TITLE = "Apex Prime Care - Basingstoke: CQC inspection action plan - must do and should do actions"
APEX_HEAD = ["Ref", "CQC finding (must do / should do)", "Action", "Lead", "Target date", "RAG", "Update"]
# ("section", text) | ("action", ref, finding_or_blank, action, lead, target, rag, update)
APEX_ROWS = [
    ("section", "MUST DO"),
    ("action", "MD1.1", "The provider must ensure that risks to people's health and safety are assessed, recorded and mitigated, including risks from falls, skin damage and catheter care. (Regulation 12: Safe care and treatment)",
     "Review and rewrite the risk assessments for all 68 people receiving care, starting with the 14 people assessed as high risk",
     "Registered Manager", "31/07/2025", "Complete", "All 68 reviewed by 25/07/2025; sample checked by the Area Manager."),
    ("action", "MD1.2", "",
     "Add a monthly risk assessment audit to the care planning system and discuss the findings at team meetings",
     "Registered Manager / Field Care Supervisor", "Ongoing", "Green", "August and September audits completed."),
    ("action", "MD2.1", "The provider must ensure that medicines are managed safely and that electronic medication administration records (eMAR) are completed accurately. (Regulation 12: Safe care and treatment)",
     "Weekly eMAR audit by senior carers.\nMonthly medicines competency check for all care staff.",
     "Senior Care Coordinator", "31/08/2025", "Green", "Missed-signature alerts down from 37 in May to 6 in September."),
    ("action", "MD2.2", "",
     "Retrain all staff who give time-critical medicines (Parkinson's, insulin) with an observed practice check",
     "Training Officer", "30/09/2025", "Amber", "41 of 52 staff completed; 11 on leave - booked for October."),
    ("action", "MD3.1", "The provider must ensure that systems to assess, monitor and improve the quality and safety of the service are operated effectively. (Regulation 17: Good governance)",
     "Area Manager to carry out a monthly quality assurance visit using the compliance audit tool, with an action log reviewed by the Nominated Individual",
     "Area Manager", "Sept 2025", "Complete", "Visits held July, August, September. Action log in place."),
    ("section", "SHOULD DO"),
    ("action", "SD1.1", "The provider should monitor call times so that people receive their visits at the times agreed.",
     "Set up daily late-call alerts on the electronic call monitoring system and phone people when a visit will be more than 30 minutes late",
     "Care Coordinators", "31/10/2025", "Green", "Alerts live; on-time visits 88% (target 90%)."),
    ("action", "SD2.1", "The provider should ensure that care plans record people's communication needs in line with the Accessible Information Standard.",
     "Add a communication needs section to every care plan and offer large-print copies",
     "Field Care Supervisor", "December 2025", "Amber", "Template agreed; roll-out held up by the system upgrade."),
]


def build_apex(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        n = len(APEX_HEAD)
        w.writerow([APEX_TITLE] + [""] * (n - 1))
        w.writerow(["Inspection 12-20 May 2025; report published 1 July 2025; overall rating Requires Improvement. Updated 03/10/2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(APEX_HEAD)
        for item in APEX_ROWS:
            if item[0] == "section":
                w.writerow([item[1]] + [""] * (n - 1))
            else:
                w.writerow(list(item[1:]))
        w.writerow([""] * n)
        w.writerow(["RAG key: Complete = done and evidenced; Green = on track; Amber = at risk of missing target date; Red = overdue"] + [""] * (n - 1))


# ======================================================================
# 7. Hollyhill Nursing Home, Strabane - RQIA QIP (plain text)
# ======================================================================
RQIA_TITLE = "Hollyhill Nursing Home: Quality Improvement Plan"
RQIA_SEC_REG = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
RQIA_SEC_STD = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
# (section, n, ref, stated, completed_by, requirement, report_ref, response)
RQIA_AFIS = [
    (RQIA_SEC_REG, "1", "Regulation 13 (7)", "First time", "With immediate effect",
     "The registered person shall ensure that the infection prevention and control deficits identified during this inspection are addressed, including the storage of equipment in bathrooms and the cleaning of commodes.",
     "5.2.3",
     "All bathrooms have been decluttered and equipment moved to the designated store. A commode cleaning schedule has been introduced and is checked daily by the nurse in charge.\nThe Registered Manager completes a weekly IPC walkaround and records the findings."),
    (RQIA_SEC_REG, "2", "Regulation 27 (4) (b)", "Second time", "30 June 2025",
     "The registered person shall ensure that fire doors are not wedged open and that fire exits are kept clear at all times.",
     "5.2.4",
     "Door wedges have been removed from the home. Two bedroom doors have been fitted with approved hold-open devices linked to the fire alarm. Fire exits are checked at each shift handover."),
    (RQIA_SEC_STD, "1", "Standard 4", "First time", "31 July 2025",
     "The registered person shall ensure that care plans for residents with wounds are kept up to date and reflect the recommendations of the tissue viability nurse.",
     "5.2.2",
     "All wound care plans have been reviewed against the TVN recommendations. A wound care champion has been appointed and audits wound records monthly."),
    (RQIA_SEC_STD, "2", "Standard 12", "First time", "30 June 2025",
     "The registered person shall ensure that the daily menu is displayed in a suitable format and that residents are offered a choice of meal at each mealtime.",
     "5.2.5",
     "A pictorial menu board is now displayed outside the dining room and updated daily. Kitchen staff ask each resident for their choice in the morning."),
    (RQIA_SEC_STD, "3", "Standard 35", "First time", "31 August 2025",
     "The registered person shall ensure that a robust system of audits is maintained, including audits of care records, with action plans developed where deficits are identified.",
     "5.2.6",
     "An audit schedule has been agreed with the Responsible Individual. Care record audits are completed monthly and any deficits are recorded on an action plan, signed off by the Registered Manager."),
]


def build_rqia(path):
    L = []
    L.append(RQIA_TITLE)
    L.append("RQIA ID: 1492   Inspection ID: IN047318")
    L.append("Unannounced care inspection: 14 May 2025")
    L.append("")
    L.append("This inspection resulted in five areas for improvement being identified. Findings of the inspection were discussed with Mrs Anne McCrory, Registered Manager, as part of the inspection process. The timescales commence from the date of inspection.")
    L.append("")
    L.append("The registered person should note that failure to comply with the findings of this inspection may lead to escalation action being taken. The registered person has a responsibility to check that the home is compliant with all legislation and minimum standards.")
    L.append("")
    current = None
    for sec, n, ref, stated, by, req, rpt, resp in RQIA_AFIS:
        if sec != current:
            L.append(sec)
            L.append("")
            current = sec
        L.append(f"Area for improvement {n}")
        L.append(f"Ref: {ref}")
        L.append(f"Stated: {stated}")
        L.append(f"To be completed by: {by}")
        L.append(req)
        L.append(f"Ref: {rpt}")
        L.append("Response by registered person detailing the actions taken:")
        L.extend(resp.split("\n"))
        L.append("")
    L.append("*Please ensure this document is completed in full and returned via Web Portal*")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_his(os.path.join(HERE, F_HIS))
    build_hiw(os.path.join(HERE, F_HIW))
    build_keech(os.path.join(HERE, F_KEECH))
    build_baf(os.path.join(HERE, F_BAF))
    build_swast(os.path.join(HERE, F_SWAST))
    build_apex(os.path.join(HERE, F_APEX))
    build_rqia(os.path.join(HERE, F_RQIA))
    print("typo row (SWAST):", SWAST_TYPO_ROW)


if __name__ == "__main__":
    main()
