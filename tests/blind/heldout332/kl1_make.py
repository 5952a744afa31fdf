#!/usr/bin/env python3
"""Build the seven kl1-* blind test files (set heldout332).

Run with /work/main/.venv/bin/python kl1_make.py ; writes next to this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
RAGFILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


def d(y, m, day):
    return dt.datetime(y, m, day)


def xl_row(ws, r, values, bold=False, border=True, datefmt="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            cell.number_format = datefmt


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# =========================================================== 1. RNOH (xlsx)
def make_rnoh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("Royal National Orthopaedic Hospital NHS Trust: CQC Inspection "
                 "Action Plan 2024 – Must Do and Should Do Actions")
    cov["A1"].font = Font(bold=True, size=14)
    info = [
        ("Inspection:", "Surgery; Services for children and young people "
                        "(unannounced, 12–14 March 2024)"),
        ("Report published:", "19 June 2024"),
        ("Overall trust rating:", "Good (Safe: Requires improvement)"),
        ("Executive owner:", "Chief Nurse"),
        ("Reporting to:", "Quality and Safety Committee (monthly); Trust Board (quarterly)"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A9"] = "Document control"
    cov["A9"].font = Font(bold=True, size=12)
    xl_row(cov, 10, ["Version", "Date", "Author", "Summary of changes"], bold=True)
    xl_row(cov, 11, ["0.1", d(2024, 6, 28), "Head of Quality Governance",
                     "First draft following report publication"])
    xl_row(cov, 12, ["1.0", d(2024, 7, 9), "Head of Quality Governance",
                     "Approved by Executive Management Committee"])
    xl_row(cov, 13, ["1.3", d(2024, 10, 14), "Quality Governance Manager",
                     "October progress update; revised dates agreed for MD1.2, MD2.1 and MD3.1"])
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True, size=12)
    key = [("B", "Complete – evidence of completion accepted by Quality and Safety Committee"),
           ("G", "On track to deliver by the agreed date"),
           ("A", "Risk to delivery by the agreed date – mitigation in place"),
           ("R", "Off track / date missed")]
    for i, (k, v) in enumerate(key, start=16):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ncol = 11
    ws["A1"] = "RNOH CQC Action Plan – Progress update October 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Must do actions are those the trust must take to meet a legal requirement; "
                "should do actions are recommended to improve services.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    xl_row(ws, 3, ["Ref", "Must / Should", "CQC requirement", "Action", "Lead",
                   "Original completion date", "Revised completion date",
                   "Progress update", "Evidence", "Previous RAG (Sep-24)",
                   "Current RAG (Oct-24)"], bold=True)
    for c in range(1, ncol + 1):
        ws.cell(row=3, column=c).fill = fill("D9E1F2")

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).fill = fill("BFBFBF")

    def act(r, vals):
        xl_row(ws, r, vals)
        for col in (10, 11):
            v = ws.cell(row=r, column=col).value
            if v:
                ws.cell(row=r, column=col).fill = fill(RAGFILL[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")

    MD1 = ("The trust must ensure that staff in surgery complete mandatory training, including "
           "safeguarding adults and children level 3, in line with trust targets. (Regulation 18(2)(a))")
    MD2 = ("The trust must ensure that medicines, including controlled drugs, are stored securely "
           "and at the correct temperature in theatres and on the surgical wards. (Regulation 12(2)(g))")
    section(4, "Surgery")
    act(5, ["MD1.1", "Must", MD1,
            "Produce ward-level mandatory training compliance reports each month and send the names of "
            "non-compliant staff to ward managers with a 30-day completion deadline.",
            "Head of Nursing – Surgery", d(2024, 7, 31), None,
            "Monthly reports in place since July 2024. Compliance 88% (target 90%).",
            "Compliance dashboard; QSC minutes Aug-24", "G", "B"])
    act(6, ["MD1.2", "Must", None,
            "Provide additional safeguarding level 3 sessions (virtual and face to face) for theatre and "
            "ward staff, and release time on rosters to attend.",
            "Named Nurse Safeguarding Adults / Named Nurse Safeguarding Children",
            d(2024, 8, 31), d(2024, 11, 30),
            "Additional sessions booked September to November. Theatre release delayed by summer "
            "elective recovery activity.", "Training schedule", "A", "A"])
    ws.merge_cells("C5:C6")
    act(7, ["MD2.1", "Must", MD2,
            "Install remote temperature monitoring in all theatre and ward medicine fridges and clinic "
            "rooms, with alerts to the pharmacy team.",
            "Chief Pharmacist", d(2024, 9, 30), d(2025, 1, 31),
            "Contract awarded August 2024; installation scheduled for December 2024.",
            "Contract award notice", "R", "A"])
    act(8, ["MD2.2", "Must", None,
            "Introduce a weekly controlled drugs check by the nurse in charge, with a monthly audit by pharmacy.",
            "Ward Managers & Lead Pharmacist – Surgery", d(2024, 7, 31), None,
            "Weekly checks embedded. September audit 98% compliant.", "CD audit Sep-24", "G", "B"])
    ws.merge_cells("C7:C8")
    act(9, ["SD1.1", "Should",
            "The trust should ensure that patients' pain scores are reassessed and recorded after "
            "analgesia is given.",
            "Add a pain reassessment prompt to the electronic observations system and include it in the "
            "monthly nursing quality metrics.",
            "Chief Clinical Information Officer", d(2024, 10, 31), None,
            "Build complete; go-live 21 October 2024.", "Change request CR-0417", "G", "G"])
    section(10, "Services for children and young people")
    act(11, ["MD3.1", "Must",
             "The trust must ensure there are enough registered children's nurses on each shift on the "
             "children's ward to meet patients' needs. (Regulation 18(1))",
             "Recruit to 4.6 WTE registered children's nurse vacancies and agree a rostering standard of at "
             "least two RN (Child) on every shift.",
             "Deputy Chief Nurse", d(2024, 12, 31), d(2025, 3, 31),
             "3.0 WTE appointed with start dates January–February 2025. Bank incentive in place to cover gaps.",
             "Safe staffing report", "R", "A"])
    act(12, ["SD2.1", "Should",
             "The trust should ensure that young people moving to adult services have a documented "
             "transition plan from age 14.",
             "Launch the transition pathway and audit 20 sets of notes each quarter for a transition plan.",
             "Lead Nurse – Children and Young People", "Ongoing – quarterly audit", None,
             "Pathway launched September 2024. First audit due January 2025.", "Pathway document", "G", "G"])
    section(13, "Well-led (trust-wide)")
    act(14, ["SD3.1", "Should",
             "The trust should ensure that risk registers in surgery are reviewed in line with the risk "
             "management policy.",
             "Review all surgical division risks past their review date at the divisional governance meeting "
             "and report compliance to the Risk Management Group.",
             "Director of Operations – Surgery", d(2024, 8, 31), None,
             "All overdue risks reviewed; 100% in date at end of September 2024.", "RMG minutes Sep-24",
             "B", "B"])
    ws["A16"] = ("Note: revised completion dates were approved by the Quality and Safety Committee "
                 "on 8 October 2024.")
    ws["A17"] = ("Actions rated B are removed from the next report once the evidence has been reviewed "
                 "with the CQC relationship owner.")
    widths = [8, 9, 45, 50, 28, 13, 13, 40, 24, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – October 2024"
    sm["A1"].font = Font(bold=True)
    xl_row(sm, 3, ["", "Must do", "Should do", "Total"], bold=True)
    xl_row(sm, 4, ["B – Complete", 2, 1, 3])
    xl_row(sm, 5, ["G – On track", 0, 2, 2])
    xl_row(sm, 6, ["A – At risk", 3, 0, 3])
    xl_row(sm, 7, ["R – Off track", 0, 0, 0])
    xl_row(sm, 8, ["Total", 5, 3, 8], bold=True)
    sm.column_dimensions["A"].width = 18
    wb.save(out("kl1-royal-national-orthopaedic-hospital-cqc-must-should-do-action-plan.xlsx"))


# ============================================ 2. STA GIAA tracker (xlsx, refuse)
def make_sta():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    ws["A1"] = "Standards and Testing Agency – Internal audit recommendations tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee, 14 October 2025 – ARAC(25)31 Annex A"
    ws["A3"] = ("Position at 30 September 2025. Source: Government Internal Audit Agency (GIAA) "
                "final reports; updates provided by action owners.")
    ncol = 9
    xl_row(ws, 5, ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                   "Original target date", "Revised target date", "Status",
                   "Update at 30 September 2025"], bold=True)
    for c in range(1, ncol + 1):
        ws.cell(row=5, column=c).fill = fill("1F4E78")
        ws.cell(row=5, column=c).font = Font(bold=True, color="FFFFFF")

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")

    section(6, "Test Operations Supplier Contract Management – Moderate – final report 14 March 2025")
    xl_row(ws, 7, ["TOS-01", "High",
                   "The Agency should establish a contract management plan for the test operations supplier "
                   "contract, setting out roles, KPIs and escalation routes.",
                   "A contract management plan will be drafted, agreed with the supplier and approved by the "
                   "Commercial Board.",
                   "Deputy Director, Assessment Operations", d(2025, 6, 30), "30 September 2025", "Complete",
                   "Plan approved by Commercial Board on 18 September 2025. Evidence sent to GIAA."])
    xl_row(ws, 8, ["TOS-02", "Medium",
                   "Performance data supplied by the contractor should be independently validated before "
                   "KPI payments are made.",
                   "Introduce quarterly sample validation of supplier KPI data by the STA contract team.",
                   "Head of Commercial", d(2025, 7, 31), None, "On track",
                   "Q1 validation completed in August; Q2 validation due October 2025."])
    section(9, "Key Stage 2 Access Arrangements and Modified Test Papers – Limited – final report 22 May 2025")
    xl_row(ws, 10, ["KS2-01", "High",
                    "The Agency should put in place a documented quality assurance check of modified test "
                    "papers before they are dispatched to schools.",
                    "Introduce a two-person sign-off of modified paper proofs, with a checklist, from the 2026 "
                    "test cycle.",
                    "Head of Access Arrangements", d(2025, 9, 30), "Ocotber 2025", "Off track",
                    "Checklist drafted. Second checker role to be recruited; original date missed."])
    xl_row(ws, 11, ["KS2-02", "Medium",
                    "Decisions on applications for additional time should be recorded consistently, with "
                    "reasons.",
                    "Update the access arrangements online service so that a reason is mandatory for every "
                    "decision.",
                    "Head of Digital Services; Head of Access Arrangements", d(2025, 10, 31), None, "On track",
                    "Change in sprint 14; release planned for 20 October 2025."])
    xl_row(ws, 12, ["KS2-03", "Low",
                    "Guidance to schools should be reviewed for clarity on timetable variations.",
                    "Revise the KS2 access arrangements guidance for 2026.",
                    "Policy Lead, Test Administration", d(2025, 11, 30), None, "Not started",
                    "Work scheduled to start in October 2025."])
    section(13, "Information Asset Management – Moderate – final report 9 July 2025")
    xl_row(ws, 14, ["IAM-01", "Medium",
                    "Information asset owners should be confirmed for all assets on the Information Asset "
                    "Register.",
                    "Confirm an IAO for every asset and record this in the register; report any gaps to the "
                    "Senior Information Risk Owner.",
                    "Head of Knowledge and Information Management", d(2025, 10, 31), None, "On track",
                    "41 of 47 assets have a confirmed IAO."])
    xl_row(ws, 15, ["IAM-02", "Medium",
                    "Retention schedules should be applied to test development data held on shared drives.",
                    "Apply the retention schedule to test development shared drives and delete data past its "
                    "retention date.",
                    "Head of Knowledge and Information Management / Test Development Managers",
                    d(2025, 12, 31), "31 March 2026", "At risk",
                    "Volume of legacy data larger than expected; revised date requested from ARAC."])
    ws["A17"] = ("Recommendations reported: 7 – Complete 1, On track 3, At risk 1, Off track 1, Not started 1. "
                 "Completed recommendations are removed after ARAC has noted them.")
    widths = [9, 9, 45, 45, 30, 12, 16, 11, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for r in range(7, 16):
        v = ws.cell(row=r, column=8).value
        col = {"Complete": "9BC2E6", "On track": "C6EFCE", "At risk": "FFEB9C",
               "Off track": "FFC7CE"}.get(v)
        if col:
            ws.cell(row=r, column=8).fill = fill(col)

    sm = wb.create_sheet("Summary by audit")
    sm["A1"] = "Summary by audit report"
    sm["A1"].font = Font(bold=True)
    xl_row(sm, 3, ["Audit", "Opinion", "Recommendations", "Complete", "Open"], bold=True)
    xl_row(sm, 4, ["Test Operations Supplier Contract Management", "Moderate", 2, 1, 1])
    xl_row(sm, 5, ["KS2 Access Arrangements and Modified Test Papers", "Limited", 3, 0, 3])
    xl_row(sm, 6, ["Information Asset Management", "Moderate", 2, 0, 2])
    xl_row(sm, 7, ["Total", "", 7, 1, 6], bold=True)
    sm.column_dimensions["A"].width = 50

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status definitions"
    ky["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Complete", "Action implemented and evidence provided to GIAA"),
            ("On track", "Expected to be implemented by the target date"),
            ("At risk", "May miss the target date; revised date requested"),
            ("Off track", "Target date missed or will be missed"),
            ("Not started", "Work not yet due to start")], start=2):
        ky.cell(row=i, column=1, value=k)
        ky.cell(row=i, column=2, value=v)
    ky.column_dimensions["B"].width = 55
    wb.save(out("kl1-standards-and-testing-agency-giaa-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ================================================ 3. Reading ITE (xlsx)
def make_reading():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = ("University of Reading Initial Teacher Education Partnership – Ofsted Improvement "
                "Plan 2024–25")
    ov["A1"].font = Font(bold=True, size=14)
    rows = [("Inspection:", "13–16 May 2024 (ITE inspection framework)"),
            ("Primary phase:", "Good"),
            ("Secondary phase:", "Good"),
            ("Plan owner:", "Director of Initial Teacher Education"),
            ("Monitored by:", "ITE Partnership Strategic Board (each term)"),
            ("Last updated:", "10 February 2025")]
    for i, (k, v) in enumerate(rows, start=3):
        ov.cell(row=i, column=1, value=k).font = Font(bold=True)
        ov.cell(row=i, column=2, value=v)
    ov["A10"] = "RAG key (cell colour in the RAG column of the phase sheets)"
    ov["A10"].font = Font(bold=True)
    ov["A11"].fill = fill("00B050")
    ov["B11"] = "Complete"
    ov["A12"].fill = fill("FFC000")
    ov["B12"] = "In progress"
    ov["A13"].fill = fill("FF0000")
    ov["B13"] = "Behind schedule"
    ov["B14"] = "No colour – not yet due to start"
    ov["A16"] = "Phase sheets: Primary, Secondary"
    ov.column_dimensions["A"].width = 20
    ov.column_dimensions["B"].width = 55

    hdr = ["No.", "Action", "Lead", "Start", "Target completion", "Success criteria / impact measure",
           "Progress (February 2025)", "RAG"]

    def phase(title, sheetname, blocks):
        ws = wb.create_sheet(sheetname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        xl_row(ws, 3, hdr, bold=True)
        for c in range(1, 9):
            ws.cell(row=3, column=c).fill = fill("E2EFDA")
        r = 4
        for point, acts in blocks:
            ws.cell(row=r, column=1, value=point).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                vals, rag = a[:-1], a[-1]
                xl_row(ws, r, list(vals) + [None])
                c = ws.cell(row=r, column=8)
                c.border = BOX
                if rag:
                    c.fill = fill(rag)
                r += 1
        widths = [7, 50, 28, 10, 14, 38, 40, 7]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w

    GREEN, AMBER = "00B050", "FFC000"
    phase("Primary phase", "Primary", [
        ("Improvement point 1: Leaders should ensure that trainees' centre-based training in the foundation "
         "subjects builds their knowledge of how pupils make progress in each subject, so that trainees can "
         "plan well-sequenced lessons.", [
             ("P1.1", "Rewrite the foundation subjects strand of the centre-based curriculum so that each subject "
                      "session sets out the component knowledge pupils need and the misconceptions they commonly "
                      "hold.", "Primary Programme Director", "Sep 2024", "Jan 2025",
              "All foundation subject sessions rewritten; trainee survey shows 85%+ confident to sequence lessons.",
              "Sessions rewritten and delivered from January 2025.", GREEN),
             ("P1.2", "Provide subject-specific mentor training for the foundation subjects at the autumn mentor "
                      "conference.", "Partnership Lead for Mentoring; Primary Subject Leads", "Oct 2024",
              "Nov 2024", "At least 80% of primary mentors attend.", "Conference held 14 November; 86% attended.",
              GREEN),
         ]),
        ("Improvement point 2: Leaders should make sure that trainees on the School Direct route receive the same "
         "quality of feedback on their teaching of early reading as trainees on the core route.", [
             ("P2.1", "Introduce a joint observation of an early reading session by the link tutor and the mentor "
                      "in every placement.", "Early Reading Lead", "Jan 2025", "July 2025",
              "Joint observation recorded for every School Direct trainee.",
              "Schedule issued; 40% of joint observations completed.", AMBER),
             ("P2.2", "Quality assure School Direct feedback records through a termly sample of 10% of trainees.",
              "Head of Partnership Quality", "Jan 2025", "Ongoing – termly",
              "Sampled records meet the partnership feedback standard.",
              "First sample taken in January; report to Board in March.", AMBER),
         ]),
    ])
    phase("Secondary phase", "Secondary", [
        ("Improvement point 1: Leaders should ensure that mentors in all subjects have the knowledge they need to "
         "help trainees adapt their teaching for pupils with special educational needs and/or disabilities "
         "(SEND).", [
             ("S1.1", "Deliver a SEND module to all subject mentors, co-designed with the SENCOs of two partnership "
                      "schools.", "Secondary Programme Director / SEND Lead", "Nov 2024", d(2025, 3, 31),
              "All subject mentors complete the module.", "Module live; 62% of mentors completed.", AMBER),
             ("S1.2", "Add a SEND target to every trainee's weekly development summary in the second placement.",
              "Secondary Subject Leads", "Jan 2025", "Feb 2025",
              "SEND target present in all weekly summaries sampled.", "Template updated and in use.", GREEN),
         ]),
        ("Improvement point 2: Leaders should ensure that the curriculum for the physical education and design and "
         "technology courses is as well sequenced as in other subjects.", [
             ("S2.1", "Review and re-sequence the PE and D&T curriculum maps against the ITT core content framework, "
                      "with an external subject expert.", "Subject Leads (PE, D&T)", "Sep 2024", "Dec 2024",
              "Revised maps approved by the Programme Committee.", "Maps approved 11 December 2024.", GREEN),
             ("S2.2", "Hold a curriculum review panel for both courses and report its findings to the Partnership "
                      "Strategic Board.", "Director of Initial Teacher Education", "Mar 2025", "June 2025",
              "Panel report received by the Board.", "Panel members confirmed.", None),
         ]),
    ])
    wb.save(out("kl1-university-of-reading-ofsted-ite-improvement-plan.xlsx"))


# ============================================== 4. Dartmouth Academy (docx)
def make_dartmouth():
    doc = Document()
    landscape(doc)
    doc.add_heading("Dartmouth Academy – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph(
        "Inspection: 5 and 6 March 2024 (graded inspection). Overall effectiveness: Requires improvement. "
        "This plan responds to the points in 'What does the school need to do to improve?' and is monitored "
        "by the Local Governing Body's Standards Committee each half term.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "22/04/2024", "Headteacher", "LGB 29/04/2024"),
                ("1.2", "13/01/2025", "Deputy Headteacher (Primary)", "Standards Committee 20/01/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("Key: B – complete; G – on track; A – some slippage; R – not on track")

    colour = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    hdr = ["No.", "Action", "Lead", "By when", "Monitoring (who / when)", "Success criteria", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(3.5), Cm(2.8), Cm(3.8), Cm(5.5), Cm(1.3)]

    def priority(heading, rec, rows):
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
            if row[-1]:
                shade(cells[-1], colour[row[-1]])
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    priority("Priority 1: Early reading and phonics",
             "Leaders should ensure that the phonics programme is taught consistently well so that pupils who "
             "fall behind in early reading catch up quickly.",
             [("1.1", "Retrain all EYFS and KS1 staff, including teaching assistants, in the academy's systematic "
                      "synthetic phonics programme.", "Reading Lead", "Autumn term 2024",
               "Trust English adviser – drop-ins each half term", "All staff observed teaching phonics to the "
               "agreed standard.", "B"),
              ("1.2", "Run daily keep-up sessions for pupils who do not secure the day's sound.\n"
                      "Track each pupil's phonics assessment every six weeks.", "Reading Lead / EYFS Lead",
               "Half-termly", "Deputy Headteacher (Primary) – assessment points",
               "Phonics screening check pass rate at or above national.", "G"),
              ("1.3", "Buy fully decodable reading books matched to the programme for Reception and Year 1.",
               "SW / RT", "October 2024", "Finance committee", "Every pupil reads a book matched to the sounds "
               "they know.", "B")])
    priority("Priority 2: Curriculum in the foundation subjects at key stage 3",
             "Leaders should ensure that the curriculum in some foundation subjects identifies the important "
             "knowledge pupils should learn and the order in which they should learn it.",
             [("2.1", "Subject leaders in history, geography and art rewrite their key stage 3 curriculum maps to "
                      "identify the essential knowledge for each unit.", "Subject Leaders (History, Geography, Art)",
               "Spring term 2025", "Assistant Headteacher (Curriculum) – line management meetings",
               "Curriculum maps published on the website.", "A"),
              ("2.2", "Introduce low-stakes retrieval quizzes at the start of lessons in these subjects.",
               "Assistant Headteacher (Curriculum)", "Summer term 2025", "Learning walks – half termly",
               "Pupils can recall key knowledge from previous units in pupil voice.", "G"),
              ("2.3", "Carry out subject deep dives with a trust curriculum adviser and report the findings to the "
                      "Standards Committee.", "Deputy Headteacher (Secondary) and Trust Curriculum Adviser",
               "July 2025", "Standards Committee – summer term", "Deep dive reports show the curriculum is "
               "well sequenced.", "")])
    priority("Priority 3: Attendance",
             "Leaders should take further action to improve the attendance of disadvantaged pupils and pupils "
             "with SEND, so that fewer are persistently absent.",
             [("3.1", "Appoint an attendance officer to work with families of persistently absent pupils from the "
                      "first day of absence.", "Headteacher", "September 2024", "LGB – autumn term",
               "Attendance officer in post.", "B"),
              ("3.2", "Hold attendance panels every fortnight with the education welfare officer and agree "
                      "individual support plans.", "Attendance Officer; SENDCo", "Ongoing",
               "Headteacher – fortnightly", "Persistent absence of pupils with SEND falls each half term.", "A"),
              ("3.3", "Launch a rewards scheme for improved attendance, with termly attendance reports to "
                      "parents.", "Pastoral Leads", "31/01/2025", "Deputy Headteacher (Secondary)",
               "Scheme launched; first reports sent home.", "R")])
    doc.add_paragraph("Next review: Standards Committee, 10 March 2025.")
    doc.save(out("kl1-dartmouth-academy-post-ofsted-action-plan.docx"))


# ========================================= 5. Cygnet Godden Green (docx)
def make_cygnet():
    doc = Document()
    landscape(doc)
    doc.add_heading("Cygnet Hospital Godden Green – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection: 16–18 July 2024. Report published: 2 October 2024. "
                      "Core services inspected: Acute wards for adults of working age and psychiatric intensive "
                      "care units; hospital-wide well-led review.")
    doc.add_paragraph("Status key: Completed (blue) | On track (green) | At risk (amber) | Off track (red)")
    hdr = ["Ref", "Must / Should", "CQC finding", "Action", "Lead", "Completion date", "Progress update",
           "Status"]
    ncol = len(hdr)
    t = doc.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "B4C6E7")
    scol = {"Completed": "9BC2E6", "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE"}

    def section(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, text, bold=True, size=10)
        shade(m, "D9D9D9")

    def rows(finding, must, acts):
        first = None
        for i, a in enumerate(acts):
            cells = t.add_row().cells
            ref, action, lead, date, prog, status = a
            set_cell(cells[0], ref)
            set_cell(cells[1], must)
            set_cell(cells[3], action)
            set_cell(cells[4], lead)
            set_cell(cells[5], date)
            set_cell(cells[6], prog)
            set_cell(cells[7], status)
            shade(cells[7], scol[status])
            if i == 0:
                first = cells[2]
                set_cell(first, finding)
            else:
                m = first.merge(cells[2])
                set_cell(m, finding)
                first = m

    section("Acute wards for adults of working age and psychiatric intensive care units")
    rows("The provider must ensure that staff complete and record physical health observations after the use "
         "of rapid tranquillisation, in line with the provider's policy and NICE guidance. (Regulation 12)",
         "Must",
         [("1a", "Re-issue the rapid tranquillisation protocol and deliver refresher training to all registered "
                 "nurses at team meetings.", "Clinical Manager", "31/08/2024",
           "Protocol re-issued 1 August; 94% of registered nurses trained.", "Completed"),
          ("1b", "Audit every episode of rapid tranquillisation each week for post-administration observations and "
                 "give feedback to the nurse who administered it.", "Ward Managers & Lead Nurse",
           "Ongoing – weekly audit", "Weekly audit in place: August 82%, September 94%.", "On track")])
    rows("The provider must ensure that ligature risk assessments identify all ligature anchor points and that "
         "the mitigations are known to staff. (Regulation 12)", "Must",
         [("2a", "Complete a full ligature survey of both wards with an external assessor and update the "
                 "environmental risk assessment.", "Hospital Director / Estates Manager", "30/09/2024",
           "Survey completed 12 September; risk assessment updated and briefed to all staff.", "Completed")])
    rows("The provider must ensure there are enough suitably qualified nursing staff on each shift, including at "
         "night. (Regulation 18)", "Must",
         [("3a", "Recruit six registered mental health nurses, including two international recruits, and reduce "
                 "agency use on night shifts to below 20%.", "Hospital Director", "31/01/2025",
           "Four RMNs in post; two awaiting NMC PIN. Night agency use 27% in October.", "At risk")])
    rows("The provider should ensure that patients are offered a copy of their care plan and that this is "
         "recorded.", "Should",
         [("4a", "Add a 'copy offered' field to the care plan template on the electronic patient record and audit "
                 "it monthly.", "Clinical Manager", "30/11/2024",
           "Template change requested from IT; awaiting release date.", "At risk")])
    section("Hospital-wide (well-led)")
    rows("The provider must ensure that governance systems identify and act on themes from incidents, including "
         "restraint. (Regulation 17)", "Must",
         [("5a", "Establish a monthly Reducing Restrictive Practice group with a standard data pack on restraint, "
                 "seclusion and rapid tranquillisation.", "Hospital Director", "31/10/2024",
           "Group met in September and October; terms of reference approved.", "Completed"),
          ("5b", "Report restraint themes and actions to the monthly clinical governance meeting and the regional "
                 "quality meeting.", "Quality Improvement Lead", "Monthly",
           "Standing item from October 2024.", "On track")])
    rows("The provider should ensure that staff receive regular clinical supervision and that this is recorded.",
         "Should",
         [("6a", "Set a supervision schedule for every member of clinical staff and report compliance in the "
                 "monthly ward dashboard.", "Ward Managers", "December 2024",
           "Compliance 71% in October (target 85%).", "Off track")])
    widths = [Cm(1.1), Cm(1.6), Cm(5.2), Cm(5.6), Cm(3.0), Cm(2.4), Cm(4.6), Cm(1.9)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Prepared by", "Approved by", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["Quality Improvement Lead", "Hospital Director", "11/11/2024"]):
        set_cell(c, v)
    doc.save(out("kl1-cygnet-hospital-godden-green-cqc-mental-health-must-should-do-action-plan.docx"))


# ======================================== 6. Sussex Coast College QIP (csv)
def make_scch():
    rows = [
        ["Sussex Coast College Hastings – Quality Improvement Plan 2024/25", "", "", "", "", "", "", ""],
        ["Source: Self-Assessment Report 2023/24 (validated by the Corporation, December 2024). "
         "Progress as at 7 March 2025", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Theme", "Area for improvement", "Action ref", "Action", "Responsible", "Target date",
         "Progress update", "RAG"],
        ["1. Quality of education",
         "AFI 1.1: Too few learners on level 3 study programmes achieve high grades.", "1.1a",
         "Introduce a stretch-and-challenge target for every level 3 learner in their individual learning plan "
         "and review it at each progress review.", "Assistant Principal Curriculum / Heads of Faculty",
         "31/01/2025", "Targets set for 96% of L3 learners.", "Complete"],
        ["", "", "1.1b",
         "Run termly standardisation of assessment feedback in each faculty and share exemplars of high-grade "
         "work.", "Head of Quality, Teaching & Learning", "Termly",
         "Autumn standardisation complete in all faculties.\nSpring round booked for 24 March.", "Green"],
        ["", "AFI 1.2: Attendance at GCSE English and maths resit lessons is too low.", "1.2a",
         "Move GCSE resit classes into the core of each learner's timetable, with no resit sessions after 3pm.",
         "Head of English and Maths", "Sep-24", "Timetables changed for September start.", "Complete"],
        ["", "", "1.2b",
         "Daily attendance follow-up for English and maths:\n- tutors phone parents/carers of 16-18 learners "
         "by 11am\n- learner services log reasons for absence on ProMonitor",
         "MJ, RT", "Jun-25", "Attendance 81% (target 88%). Calls made on 9 days in 10.", "Amber"],
        ["2. Adult learning programmes",
         "AFI 2.1: Too few adult learners complete their courses in the planned time.", "2.1a",
         "Introduce a six-week early-warning review for all adult learners on courses longer than 12 weeks.",
         "Head of Adult and Community Learning", "End of summer term 2025",
         "Review form designed but not yet in use at the Ore Valley centre.", "Red"],
        ["", "", "2.1b",
         "Train adult tutors in setting SMART short-term targets using the new ILP template.",
         "Adult Curriculum Managers", "28/02/2025", "Training delivered to 34 of 40 tutors.", "Green"],
        ["3. Leadership and management",
         "AFI 3.1: Governors do not receive sufficiently detailed information about the quality of "
         "apprenticeships.", "3.1a",
         "Add an apprenticeship quality dashboard (achievement, breaks in learning, off-the-job hours) to every "
         "Quality and Standards Committee agenda.", "Director of Apprenticeships", "Dec-24",
         "Dashboard presented at December and February committees.", "Complete"],
        ["", "", "3.1b",
         "Arrange a governor link visit to the construction and engineering apprenticeship teams.",
         "Clerk to the Corporation and Director of Apprenticeships", "March 2025",
         "Visit booked for 19 March 2025.", "Green"],
        ["", "", "3.1c",
         "Publish a revised Apprenticeship Quality Improvement Framework.", "Director of Apprenticeships",
         "TBC", "", "Not started"],
        [""] * 8,
        ["Summary of RAG", "", "", "", "", "", "", ""],
        ["Complete", "3", "", "", "", "", "", ""],
        ["Green", "3", "", "", "", "", "", ""],
        ["Amber", "1", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Not started", "1", "", "", "", "", "", ""],
        ["Total actions", "9", "", "", "", "", "", ""],
    ]
    with open(out("kl1-sussex-coast-college-hastings-quality-improvement-plan-2024-25.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================== 7. Mevagissey Surgery (txt)
MEVA = """Mevagissey Surgery - CQC Inspection Action Plan
=====================================================

Inspection: 9 October 2024 (assessment of Safe and Well-led)
Report published: 3 December 2024
Rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)
Action plan owner: Practice Manager
Last updated: 20 January 2025

Status key: Complete (blue) | On track (green) | At risk (amber) | Overdue (red)

------------------------------------------------------------------------
SECTION 1 - REQUIREMENT NOTICE: Regulation 12 Safe care and treatment
------------------------------------------------------------------------
The provider must ensure care and treatment is provided in a safe way for service users, including the monitoring of patients prescribed high-risk medicines.

1.1  Action: Run searches for all patients prescribed methotrexate, lithium, azathioprine and DOACs and recall any patient without up-to-date blood monitoring.
     Lead: Dr H Penhaligon (Prescribing Lead)
     Due: 31 December 2024
     Status: Complete

1.2  Action: Set up a monthly high-risk drug monitoring search, run by the clinical pharmacist, with the results reviewed at the clinical meeting.
     Lead: Clinical Pharmacist and Dr H Penhaligon
     Due: Monthly from January 2025
     Status: On track

1.3  Action: Review all MHRA patient safety alerts received since 2022 and record the action taken on the alerts log.
     Lead: Practice Manager / Lead GP
     Due: End of February 2025
     Status: On track

------------------------------------------------------------------------
SECTION 2 - REQUIREMENT NOTICE: Regulation 17 Good governance
------------------------------------------------------------------------
The provider must establish effective systems and processes to ensure good governance, including oversight of staff training and recruitment checks.

2.1  Action: Build a training matrix for all staff covering safeguarding, basic life support, infection prevention and control, and fire safety.
     Lead: Operations Manager
     Due: 31/01/2025
     Status: Complete

2.2  Action: Complete the missing DBS checks and immunisation records for the two clinical staff identified at inspection.
     Lead: Practice Manager
     Due: 30/11/2024
     Status: Complete

2.3  Action: Carry out a Legionella risk assessment and act on its recommendations.
     Lead: Practice Manager
     Due: March 2025
     Status: At risk (contractor visit booked for 12 March 2025)

------------------------------------------------------------------------
SECTION 3 - AREAS WHERE THE PROVIDER SHOULD MAKE IMPROVEMENTS
------------------------------------------------------------------------
The provider should continue to take action to improve the uptake of childhood immunisations and cervical screening.

3.1  Action: Offer a Saturday morning immunisation and cervical screening clinic once a month and text reminders to patients who are due.
     Lead: Lead Practice Nurse
     Due: Ongoing
     Status: On track

The provider should take action to improve patient satisfaction with telephone access.

3.2  Action: Move to a cloud-based telephone system with call-back and queue position messages.
     Lead: Operations Manager
     Due: April 2025
     Status: On track

------------------------------------------------------------------------
Summary: 8 actions - 3 complete, 4 on track, 1 at risk, 0 overdue.
Reviewed at practice meeting: 15 January 2025. Next review: 19 March 2025.
Signed: Practice Manager, on behalf of the partners
"""


def make_meva():
    with open(out("kl1-mevagissey-surgery-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(MEVA)


if __name__ == "__main__":
    make_rnoh()
    make_sta()
    make_reading()
    make_dartmouth()
    make_cygnet()
    make_scch()
    make_meva()
    print("done")
