#!/usr/bin/env python3
"""Build the seven zdr- blind test files (set heldout793).

Run:  python zdr_make.py              -> writes the seven data files
      python zdr_make.py --expected   -> also writes NAME.expected.yaml beside each

Only files whose names start with "zdr-" are written.  Each builder lays out its
file the way the body would and returns the reading a person makes of it, so the
expected text is the file's own text, character for character.
"""
import csv
import sys
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def xl_row(ws, r, values, bold=False, shade=None, wrap=True, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if bold:
            cell.font = Font(bold=True)
        if shade:
            cell.fill = fill(shade)
        if wrap:
            cell.alignment = WRAP
        if border:
            cell.border = BOX


def docx_shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_lines(cell, text, bold=False, italic=False):
    """Put text into a Word cell, one paragraph per line."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    run.italic = italic
    for line in lines[1:]:
        run = cell.add_paragraph().add_run(line)
        run.bold = bold
        run.italic = italic


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)


# ---------------------------------------------------------------------------
# 1. Air Ambulance Charity Kent Surrey Sussex - CQC action plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def build_kss():
    name = "zdr-kent-surrey-sussex-air-ambulance-trust-cqc-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Air Ambulance Charity Kent Surrey Sussex: CQC Inspection Action Plan 2024/25"
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC action plan"
    widths = [9, 10, 42, 22, 48, 26, 13, 13, 40, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Independent ambulance service (helicopter emergency medical service) – registered location: "
                "Redhill Aerodrome")
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Inspection: 10–11 September 2024 (announced)  |  Report published: 29 November 2024  |  "
                "Plan owner: Director of Clinical Services")
    ws.merge_cells("A3:J3")
    ws["A4"] = "Progress as at 31 March 2025 – for Quality and Clinical Governance Committee, 15 April 2025"
    ws.merge_cells("A4:J4")

    ws["A6"] = "RAG key:"
    ws["A6"].font = Font(bold=True)
    key = [("B6", "Complete and evidenced", "blue"), ("C6", "On track", "green"),
           ("D6", "At risk of missing date", "amber"), ("E6", "Overdue / off track", "red")]
    for ref, text, colour in key:
        ws[ref] = text
        ws[ref].fill = fill(RAG_FILL[colour])
        ws[ref].alignment = WRAP

    header = ["Ref", "Must / Should", "CQC finding", "Regulation", "Action to be taken", "Lead(s)",
              "Original completion date", "Revised completion date", "Progress update (March 2025)", "RAG"]
    xl_row(ws, 8, header, bold=True, shade="D9D9D9")

    F1 = ("The service must ensure that all clinical staff complete safeguarding adults and children "
          "training at the level required for their role.")
    F2 = ("The service must ensure that controlled drugs are stored, recorded and destroyed in line with "
          "legislation and the service's own medicines management policy.")
    F3 = ("The service should ensure that daily checks of emergency equipment on rapid response vehicles "
          "are consistently recorded.")
    F4 = "The service should ensure that all staff receive an annual appraisal."
    F5 = ("The service should continue to benchmark patient outcomes against other air ambulance services "
          "through the national clinical dataset.")
    F6 = ("The service must ensure that the risk register reflects all current risks, with clear "
          "mitigations, owners and review dates.")
    F7 = ("The service should ensure that learning from incidents is shared with all staff, including "
          "seconded and bank clinicians.")
    R12 = "Regulation 12: Safe care and treatment"
    R13 = "Regulation 13: Safeguarding service users from abuse and improper treatment"
    R17 = "Regulation 17: Good governance"
    R18 = "Regulation 18: Staffing"

    D = lambda y, m: datetime(y, m, 1)
    rows = [
        ("SAFE",),
        ("MD1.1", "Must do", F1, R13,
         "Book all aircrew paramedics and doctors onto Level 3 safeguarding adults and children training "
         "with the Kent and Medway safeguarding training provider.",
         "Head of Clinical Governance", D(2024, 12), D(2025, 4),
         "31 of 34 clinicians trained. Remaining three booked for April.", "amber"),
        ("MD1.2", "Must do", None, R13,
         "Add safeguarding training compliance by level to the monthly workforce dashboard reported to the "
         "Quality and Clinical Governance Committee.",
         "Head of Clinical Governance / People Systems Manager", D(2025, 1), None,
         "Included in dashboard from the January 2025 report.", "blue"),
        ("MD2.1", "Must do", F2, R12,
         "Replace the paper controlled drugs registers with an electronic register at both air bases, with "
         "weekly reconciliation by the duty critical care paramedic.",
         "Medicines Management Lead", D(2025, 2), D(2025, 5),
         "Supplier contract signed; go-live moved to May to allow crew training.", "amber"),
        ("SD1.1", "Should do", F3, R12,
         "Introduce a digital daily vehicle inspection checklist on crew iPads, with non-completion flagged "
         "to the Operations Manager.",
         "Operations Manager", D(2025, 1), None,
         "Live since 13 January 2025. Compliance 97% in February.", "blue"),
        ("EFFECTIVE",),
        ("SD2.1", "Should do", F4, R18,
         "Complete outstanding appraisals for clinical and operational staff and move to a single appraisal "
         "window in April each year.",
         "Head of People", D(2025, 3), "Augst 2025",
         "Appraisal window agreed by Executive Team; 58% of appraisals complete.", "amber"),
        ("SD3.1", "Should do", F5, R17,
         "Submit quarterly data to the Association of Air Ambulances national clinical dataset and present "
         "benchmarking results to the Quality and Clinical Governance Committee.",
         "Medical Director / Clinical Audit and Research Lead", D(2025, 6), None,
         "Q3 data submitted. First benchmarking report due June.", "green"),
        ("WELL-LED",),
        ("MD3.1", "Must do", F6, R17,
         "Hold a facilitated risk review with each directorate and rebuild the risk register on the Datix "
         "risk module.",
         "Head of Governance and Risk", D(2025, 2), None,
         "Completed. New register approved by Audit and Risk Committee on 20 February 2025.", "blue"),
        ("MD3.2", "Must do", None, R17,
         "Report the top risks and their movement to every Board of Trustees meeting.",
         "Chief Executive", D(2025, 3), None,
         "Top risks report presented to Trustees in March; standing agenda item.", "green"),
        ("SD4.1", "Should do", F7, R17,
         "Publish a monthly 'Safety Matters' bulletin and include incident learning as a standing item at "
         "clinical governance days.",
         "Patient Safety Lead", D(2025, 4), None,
         "Two bulletins issued (February, March).", "green"),
    ]
    r = 9
    refuse_row = None
    first_of_finding = None
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = fill("BFBFBF")
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, kind, finding, reg, action, lead, orig, revised, progress, rag = row
        xl_row(ws, r, [ref, kind, finding, reg, action, lead, orig, revised, progress, None])
        ws.cell(row=r, column=7).number_format = "mmm-yy"
        if isinstance(revised, datetime):
            ws.cell(row=r, column=8).number_format = "mmm-yy"
        elif isinstance(revised, str):
            refuse_row = r
        ws.cell(row=r, column=10).fill = fill(RAG_FILL[rag])
        if finding is None and first_of_finding is not None:
            ws.merge_cells(start_row=first_of_finding, start_column=3, end_row=r, end_column=3)
        else:
            first_of_finding = r
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Summary at 31 March 2025").font = Font(bold=True)
    for i, (label, n) in enumerate([("Complete", 3), ("On track", 3), ("At risk", 3), ("Overdue", 0)]):
        ws.cell(row=r + 1 + i, column=1, value=label)
        ws.cell(row=r + 1 + i, column=2, value=n)
    ws.cell(row=r + 6, column=1,
            value="Revised dates agreed by the Executive Team on 25 March 2025 and noted by the Committee.")
    ws.freeze_panes = "A9"

    vh = wb.create_sheet("Version history")
    xl_row(vh, 1, ["Version", "Date", "Summary of changes", "Author"], bold=True, shade="D9D9D9")
    for i, v in enumerate([
        ("0.1", "06/12/2024", "First draft following publication of the CQC report", "Head of Clinical Governance"),
        ("1.0", "19/12/2024", "Approved by Quality and Clinical Governance Committee", "Director of Clinical Services"),
        ("1.1", "31/03/2025", "Quarter 4 progress update; revised dates for MD1.1, MD2.1 and SD2.1",
         "Head of Clinical Governance"),
    ], start=2):
        xl_row(vh, i, list(v))
    for col, w in zip("ABCD", [9, 12, 60, 30]):
        vh.column_dimensions[col].width = w
    wb.save(OUT / name)

    return name, {
        "source": ("Modelled on the post-inspection action plans that independent air ambulance charities in "
                   "England keep after a CQC inspection of their emergency and urgent care service (CQC "
                   "inspects and reports on these as independent ambulance services, e.g. "
                   "https://www.cqc.org.uk/location/1-216172530/inspection-summary). Copied features: title "
                   "block with inspection and report dates, a RAG key with fill colours, a header row, "
                   "SAFE/EFFECTIVE/WELL-LED section rows, Must do / Should do type column, the CQC finding "
                   "merged down over its two actions, regulation column, two leads in one cell, original and "
                   "revised completion dates as Excel date cells (mmm-yy), progress column, fill-only RAG "
                   "cells, a summary block and a version-history sheet."),
        "reads": ("A CQC inspection action plan for the air ambulance charity, 9 actions under the CQC "
                  "must-do and should-do findings, each with original and revised completion dates and a "
                  "fill-colour RAG. On row %d (SD2.1, appraisals) the revised completion date, which is the "
                  "date that counts, reads 'Augst 2025' - a mistyped month typed as text, so a careful reader "
                  "stops and asks rather than guessing the end month." % refuse_row),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }


# ---------------------------------------------------------------------------
# 2. NHS North East London ICB - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def build_nel_baf():
    name = "zdr-nhs-north-east-london-icb-board-assurance-framework-2025-26.xlsx"
    title = "NHS North East London – Board Assurance Framework 2025/26"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Quarter 2 update – ICB Board meeting in public, 26 November 2025 (Item 9.1, Appendix A)"
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "2.3"),
        ("Author", "Head of Governance and Risk"),
        ("Executive owner", "Director of Corporate Affairs"),
        ("Reviewed by", "Audit and Risk Committee, 11 November 2025"),
        ("Next review", "January 2026 (Quarter 3)"),
    ], start=5):
        xl_row(cover, i, [k, v])
        cover.cell(row=i, column=1).font = Font(bold=True)
    cover["A11"] = ("Risk scores are likelihood x consequence on the 5 x 5 NHS matrix. Each strategic risk has its "
                    "own sheet: description, controls, assurances, gaps, and the actions to close the gaps.")
    cover["A12"] = ("RAG (actions): Complete = delivered and evidenced; Green = on track; Amber = some slippage, "
                    "recoverable; Red = off track, escalated to lead committee.")
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Risk summary")
    summ["A1"] = "Strategic risk summary – Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    xl_row(summ, 3, ["BAF ref", "Strategic risk", "Executive lead", "Lead committee", "Initial score",
                     "Q1 score", "Q2 score", "Target score", "Risk appetite"], bold=True, shade="D9D9D9")
    summary_rows = [
        ("BAF 1", "Urgent and emergency care flow", "Chief Operating Officer",
         "Quality, Safety and Improvement Committee", 20, 16, 16, 12, "Cautious"),
        ("BAF 2", "Financial sustainability", "Chief Finance and Performance Officer",
         "Finance, Performance and Investment Committee", 20, 20, 16, 12, "Cautious"),
        ("BAF 3", "Primary care access and resilience", "Director of Primary Care",
         "Primary Care Commissioning Committee", 16, 16, 12, 8, "Open"),
    ]
    for i, row in enumerate(summary_rows, start=4):
        xl_row(summ, i, list(row))
    summ["A8"] = "Actions at Q2: 8 in total – Complete 1, Green 3, Amber 3, Red 1."
    for col, w in zip("ABCDEFGHI", [9, 36, 34, 44, 10, 9, 9, 11, 12]):
        summ.column_dimensions[col].width = w

    D = lambda y, m, d=1: datetime(y, m, d)
    risks = [
        {
            "sheet": "BAF 1",
            "heading": "BAF risk 1 – Urgent and emergency care flow",
            "description": ("If system partners cannot reduce ambulance handover delays and 12-hour waits in "
                            "emergency departments, then patients in north east London may come to avoidable "
                            "harm, resulting in poorer outcomes and loss of public confidence."),
            "objective": "Improve quality and outcomes, and reduce unwarranted variation",
            "exec": "Chief Operating Officer",
            "committee": "Quality, Safety and Improvement Committee",
            "scores": ("Initial: 4 x 5 = 20", "Current: 4 x 4 = 16", "Target (March 2026): 3 x 4 = 12",
                       "Appetite: Cautious"),
            "controls": ("System UEC Board meeting fortnightly\nDaily system control centre calls with "
                         "acute, community and London Ambulance Service\nUEC improvement plan 2025/26"),
            "assurance": ("Monthly UEC performance report to the Quality, Safety and Improvement Committee\n"
                          "NHS England regional UEC tiering review (July 2025)"),
            "gaps": ("G1: No agreed system handover standard across the three acute providers\n"
                     "G2: Winter capacity plan not yet funded for step-down beds"),
            "actions": [
                ("1.1",
                 "Roll out 'Call before you convey' to the same day emergency care services of all three acute "
                 "providers, so that London Ambulance Service crews can speak to a senior clinician before "
                 "conveying.",
                 "G1", "Director of Urgent and Emergency Care Transformation", (D(2025, 12, 31), "dd/mm/yyyy"),
                 "Live at two of three sites. Third site delayed by rota gaps.", "Green", "Amber",
                 act("1.1", ["BAF risk 1 – Urgent and emergency care flow"], None,
                     ["Director of Urgent and Emergency Care Transformation"], "2025-12", "amber")),
                ("1.2",
                 "Agree a system-wide 45-minute ambulance handover standard with London Ambulance Service and "
                 "the acute providers, with escalation where handovers exceed 60 minutes.",
                 "G1", "Chief Operating Officer", ("Q3 2025/26", None),
                 "Standard agreed at System UEC Board in September; escalation protocol live.", "Amber",
                 "Green",
                 act("1.2", ["BAF risk 1 – Urgent and emergency care flow"], None,
                     ["Chief Operating Officer"], "2025-12", "green")),
                ("1.3",
                 "Develop the 2025/26 winter surge plan with the borough partnerships, including additional "
                 "step-down beds and virtual ward capacity.",
                 "G2", "Director of Urgent and Emergency Care Transformation / Borough Partnership Directors",
                 (D(2025, 10), "mmm-yy"),
                 "Winter plan approved by the Board on 1 October 2025.", "Green", "Complete",
                 act("1.3", ["BAF risk 1 – Urgent and emergency care flow"], None,
                     ["Director of Urgent and Emergency Care Transformation", "Borough Partnership Directors"],
                     "2025-10", "blue")),
            ],
        },
        {
            "sheet": "BAF 2",
            "heading": "BAF risk 2 – Financial sustainability",
            "description": ("If the system does not deliver its 2025/26 efficiency plans, then the ICB and its "
                            "partners will not meet the agreed financial plan, resulting in further NHS England "
                            "intervention and reduced investment in services."),
            "objective": "Use our collective resources more effectively",
            "exec": "Chief Finance and Performance Officer",
            "committee": "Finance, Performance and Investment Committee",
            "scores": ("Initial: 4 x 5 = 20", "Current: 4 x 4 = 16", "Target (March 2026): 3 x 4 = 12",
                       "Appetite: Cautious"),
            "controls": ("System financial recovery plan\nMonthly finance and efficiency reporting\n"
                         "Vacancy control panel"),
            "assurance": ("Internal audit of financial controls (substantial assurance, June 2025)\n"
                          "Month 6 financial position reported to the Board"),
            "gaps": ("G1: Efficiency schemes not fully identified for the second half of the year\n"
                     "G2: Continuing healthcare spend above plan"),
            "actions": [
                ("2.1",
                 "Deliver the 2025/26 system efficiency programme.\nReport delivery against plan monthly to the "
                 "Finance, Performance and Investment Committee.",
                 "G1", "Chief Finance and Performance Officer", (D(2026, 3, 31), "mmm-yy"),
                 "£41.2m delivered against £58.0m year-to-date plan; recovery actions agreed.", "Amber", "Amber",
                 act("2.1", ["BAF risk 2 – Financial sustainability"], None,
                     ["Chief Finance and Performance Officer"], "2026-03", "amber")),
                ("2.2",
                 "Complete the review of all continuing healthcare packages costing more than £3,000 per week "
                 "and confirm the savings achieved.",
                 "G2", "Director of Nursing; Head of Continuing Healthcare", (D(2025, 11, 30), "dd/mm/yyyy"),
                 "61% of packages reviewed. Capacity in the review team is the main constraint.", "Amber", "Red",
                 act("2.2", ["BAF risk 2 – Financial sustainability"], None,
                     ["Director of Nursing", "Head of Continuing Healthcare"], "2025-11", "red")),
                ("2.3",
                 "Strengthen control of agency spend through the system vacancy control panel.",
                 "G1", "Chief People Officer", ("Ongoing", None),
                 "Agency spend down 18% on 2024/25.", "Green", "Green",
                 act("2.3", ["BAF risk 2 – Financial sustainability"], None,
                     ["Chief People Officer"], None, "green", end_text="Ongoing")),
            ],
        },
        {
            "sheet": "BAF 3",
            "heading": "BAF risk 3 – Primary care access and resilience",
            "description": ("If general practice and dental services cannot meet rising demand, then residents "
                            "will not be able to get timely appointments, resulting in greater use of urgent "
                            "care and widening health inequalities."),
            "objective": "Improve access to primary care and tackle inequalities",
            "exec": "Director of Primary Care",
            "committee": "Primary Care Commissioning Committee",
            "scores": ("Initial: 4 x 4 = 16", "Current: 3 x 4 = 12", "Target (March 2026): 2 x 4 = 8",
                       "Appetite: Open"),
            "controls": "Primary care access recovery plan\nPrimary care networks' capacity and access plans",
            "assurance": "GP patient survey 2025\nMonthly appointment data (GPAD)",
            "gaps": "G1: 28 practices still on analogue telephony\nG2: Urgent dental access below need",
            "actions": [
                ("3.1",
                 "Move the remaining 28 practices to cloud-based telephony and the modern general practice "
                 "access model.",
                 "G1", "Director of Primary Care", ("31 January 2026", None),
                 "19 of 28 practices migrated.", "Green", "Green",
                 act("3.1", ["BAF risk 3 – Primary care access and resilience"], None,
                     ["Director of Primary Care"], "2026-01", "green")),
                ("3.2",
                 "Publish the north east London dental access recovery plan and commission 12,000 additional "
                 "urgent dental appointments.",
                 "G2", "Director of Primary Care / Head of Pharmacy, Optometry and Dental Commissioning",
                 ("Q4 2025/26", None),
                 "New action added at Q2. Draft plan to Primary Care Commissioning Committee in December.", None,
                 "Amber",
                 act("3.2", ["BAF risk 3 – Primary care access and resilience"], None,
                     ["Director of Primary Care", "Head of Pharmacy, Optometry and Dental Commissioning"],
                     "2026-03", "amber")),
            ],
        },
    ]
    rag_colour = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    expected = []
    for risk in risks:
        ws = wb.create_sheet(risk["sheet"])
        for col, w in zip("ABCDEFGH", [22, 50, 10, 36, 13, 44, 9, 9]):
            ws.column_dimensions[col].width = w
        ws["A1"] = risk["heading"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("005EB8")
        ws.merge_cells("A1:H1")
        info = [("Risk description", risk["description"]), ("Strategic objective", risk["objective"]),
                ("Executive lead", risk["exec"]), ("Lead committee", risk["committee"])]
        r = 3
        for k, v in info:
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
        ws.cell(row=r, column=1, value="Risk score (L x C)").font = Font(bold=True)
        for j, s in enumerate(risk["scores"]):
            ws.cell(row=r, column=2 + 2 * j, value=s)
        r += 2
        for k, v in [("Key controls", risk["controls"]), ("Sources of assurance", risk["assurance"]),
                     ("Gaps in control / assurance", risk["gaps"])]:
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 48
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True)
        r += 1
        xl_row(ws, r, ["Ref", "Action", "Gap addressed", "Action owner", "Due date", "Progress update (Q2)",
                       "RAG Q1", "RAG Q2"], bold=True, shade="D9D9D9")
        r += 1
        for ref, text, gap, owner, (due, fmt), progress, q1, q2, exp in risk["actions"]:
            xl_row(ws, r, [ref, text, gap, owner, due, progress, q1, q2])
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            for col, val in ((7, q1), (8, q2)):
                if val:
                    ws.cell(row=r, column=col).fill = fill(RAG_FILL[rag_colour[val]])
            exp["action"] = text
            expected.append(exp)
            r += 1
    wb.save(OUT / name)
    return name, {
        "source": ("Modelled on ICB board assurance frameworks published as board-paper appendices (e.g. Humber "
                   "and North Yorkshire ICB BAF 2024-2025, https://slideorbit.com/slide/icb-board-assurance-"
                   "framework-2024-2025/326090; NHS Calderdale, Kirklees and Wakefield BAF with controls, "
                   "assurances, gaps and corrective action/responsibility/target date, "
                   "https://vdocument.in/ckwcb-12-60bv23clusterbaf2.html). Copied features: cover sheet with "
                   "document-control table and RAG definitions, a risk summary sheet of scores (not actions), "
                   "one sheet per strategic risk with a filled heading bar, description/objective/executive "
                   "lead/committee rows, L x C scores, controls/assurances/gaps blocks, then an actions table "
                   "with gap reference, action owner, mixed due dates (date cells, 'Q3 2025/26', 'Ongoing'), "
                   "previous (Q1) and current (Q2) RAG columns with fills, a job-title lead containing commas "
                   "and 'and'."),
        "reads": ("The ICB's Quarter 2 board assurance framework: a cover, a summary of three strategic risks, "
                  "and one sheet per risk whose actions-to-address-gaps table holds 8 actions in all. Each action "
                  "is read under its risk heading, with the Q2 RAG as its status (Q1 is the previous rating)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 3. NHS Lothian - HIS IR(ME)R inspection, Edinburgh Cancer Centre (xlsx)
# ---------------------------------------------------------------------------
def build_lothian_irmer():
    name = "zdr-nhs-lothian-his-irmer-edinburgh-cancer-centre-radiotherapy-improvement-action-plan.xlsx"
    title = ("Improvement Action Plan: IR(ME)R inspection of Edinburgh Cancer Centre radiotherapy, "
             "NHS Lothian")
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    for col, w in zip("ABCDEF", [16, 58, 18, 34, 44, 9]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    meta = [
        "Service: Edinburgh Cancer Centre – Radiotherapy Department, Western General Hospital",
        "NHS board: NHS Lothian",
        "Inspection: announced Ionising Radiation (Medical Exposure) Regulations inspection, 4–5 March 2025",
        "Report published by Healthcare Improvement Scotland: 17 June 2025",
    ]
    for i, m in enumerate(meta, start=2):
        ws.cell(row=i, column=1, value=m)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
    hdr = 7
    xl_row(ws, hdr, ["Reference number", "Action planned", "Timescale to meet action",
                     "Responsibility for taking action", "Progress update (September 2025)", "RAG"],
           bold=True, shade="C6D9F1")

    D2 = "Domain 2 – Leadership and culture"
    D5 = "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"
    D9 = "Domain 9 – Quality improvement-focused leadership"
    REQ1 = ("The employer must ensure that the roles and responsibilities of duty holders, including operators "
            "undertaking treatment verification, are clearly set out in the employer's procedures and that "
            "entitlement records are kept up to date (regulation 6(1) and Schedule 2).")
    REQ2 = ("The employer must ensure that there is a written procedure for the clinical evaluation of each "
            "radiotherapy exposure and that the evaluation is recorded in the patient's record (regulation 6(1) "
            "and Schedule 2).")
    RECA = ("The employer should ensure that patients are given information about the benefits and risks of "
            "their radiotherapy in a format that meets their needs, including easy-read and translated "
            "versions.")
    REQ3 = ("The employer must ensure that accidental or unintended exposures, including near misses, are "
            "investigated and that learning is shared with all relevant staff (regulation 8).")
    items = [
        ("domain", D2),
        ("req", "Requirement 1", REQ1),
        ("act", "1.1",
         "Review and reissue employer's procedure EP02 (Entitlement of duty holders), with a scope of practice "
         "for each operator group.",
         "30 June 2025", "Radiotherapy Services Manager",
         "EP02 v4 approved by the Radiation Protection Committee on 24 June 2025.", "Blue",
         ["Radiotherapy Services Manager"], "2025-06", "blue", None),
        ("act", "1.2",
         "Audit entitlement records for all radiotherapy operators and update the entitlement matrix.",
         "31 October 2025", "Head of Radiotherapy Physics / Radiotherapy Services Manager",
         "Audit complete for radiographers; physics and medical staff records in progress.", "Green",
         ["Head of Radiotherapy Physics", "Radiotherapy Services Manager"], "2025-10", "green", None),
        ("domain", D5),
        ("req", "Requirement 2", REQ2),
        ("act", "2.1",
         "Write a new employer's procedure for clinical evaluation of radiotherapy exposures, for approval by "
         "the Radiation Protection Committee.",
         "August 2025", "Clinical Director, Clinical Oncology",
         "Draft procedure circulated; approval now expected at the October committee.", "Amber",
         ["Clinical Director, Clinical Oncology"], "2025-08", "amber", None),
        ("act", "2.2",
         "Introduce an on-treatment review template in ARIA so that clinical evaluation is recorded for every "
         "patient.\nTrain review radiographers and clinical oncologists in its use.",
         "December 2025", "Lead Radiographer – Treatment Review",
         "Template built in test environment. Training dates booked for November.", "Amber",
         ["Lead Radiographer – Treatment Review"], "2025-12", "amber", None),
        ("req", "Recommendation a", RECA),
        ("act", "a1",
         "Work with the Patient Information Group and the Interpretation and Translation Service to produce "
         "easy-read and translated radiotherapy information leaflets in the five most requested languages.",
         "March 2026", "Macmillan Information and Support Manager",
         "Easy-read leaflet drafted with patient panel.", "Green",
         ["Macmillan Information and Support Manager"], "2026-03", "green", None),
        ("domain", D9),
        ("req", "Requirement 3", REQ3),
        ("act", "3.1",
         "Introduce a monthly radiotherapy error and near-miss learning bulletin and record staff attendance at "
         "learning review meetings.",
         "Immediate and ongoing", "Radiotherapy Quality Manager",
         "Bulletin issued monthly since April 2025.", "Green",
         ["Radiotherapy Quality Manager"], None, "green", "Immediate and ongoing"),
        ("act", "3.2",
         "Undertake a thematic review of radiotherapy incidents reported on Datix in 2024/25 and present the "
         "findings to the Radiation Protection Committee.",
         "30 November 2025", "Radiotherapy Quality Manager; Consultant Physicist (Medical Physics Expert)",
         "Data extracted; review meeting set for October.", "Amber",
         ["Radiotherapy Quality Manager", "Consultant Physicist (Medical Physics Expert)"], "2025-11", "amber",
         None),
    ]
    rag_colour = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = hdr + 1
    domain = req_text = None
    expected = []
    for it in items:
        if it[0] == "domain":
            domain = it[1]
            ws.cell(row=r, column=1, value=domain).font = Font(bold=True)
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill("DCE6F1")
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif it[0] == "req":
            _, label, req_text = it
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            ws.cell(row=r, column=2, value=req_text).alignment = WRAP
            ws.cell(row=r, column=2).font = Font(italic=True)
            for c in range(1, 7):
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 45
        else:
            _, ref, text, when, who, progress, rag, leads, end, status, end_text = it
            xl_row(ws, r, [ref, text, when, who, progress, rag])
            ws.cell(row=r, column=6).fill = fill(RAG_FILL[rag_colour[rag]])
            expected.append(act(ref, [domain, req_text], text, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG status key: Blue – action complete and evidence provided; Green – on "
                                    "track; Amber – progressing but timescale at risk; Red – not progressing "
                                    "or timescale missed."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r + 1, column=1, value=("Note: Healthcare Improvement Scotland asked for an update on progress "
                                        "by 30 September 2025. Monitored by the NHS Lothian Radiation Protection "
                                        "Committee."))
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)

    vh = wb.create_sheet("Version history")
    xl_row(vh, 1, ["Version", "Date", "Change", "By"], bold=True, shade="D9D9D9")
    xl_row(vh, 2, ["1.0", "08/07/2025", "Improvement action plan returned to HIS", "Radiotherapy Services Manager"])
    xl_row(vh, 3, ["1.1", "26/09/2025", "September progress update", "Radiotherapy Quality Manager"])
    for col, w in zip("ABCD", [9, 12, 48, 32]):
        vh.column_dimensions[col].width = w
    wb.save(OUT / name)
    return name, {
        "source": ("Modelled on the improvement action plans NHS boards return to Healthcare Improvement "
                   "Scotland after an IR(ME)R inspection (HIS inspects under IR(ME)R 2017, "
                   "https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/ionising-"
                   "radiation-medical-exposure-regulations-irmer/how-we-inspect-irmer-services), using HIS's "
                   "action-plan columns 'Reference number / Action planned / Timescale to meet action / "
                   "Responsibility for taking action'. Copied features: title block with service, board and "
                   "inspection dates; quality-framework domain rows merged across; 'Requirement n' / "
                   "'Recommendation a' rows with the inspectors' text merged across; numbered actions under "
                   "them; a progress column and text RAG with fills; RAG key and note lines; a version-history "
                   "sheet."),
        "reads": ("NHS Lothian's improvement action plan for the IR(ME)R inspection of the Edinburgh Cancer "
                  "Centre: three quality domains, three requirements and one recommendation, with 7 numbered "
                  "actions. Each action is read under its domain and the requirement/recommendation text above "
                  "it; the status is the RAG word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 4. Hywel Dda UHB - HIW Bronglais General Hospital ED improvement plan (docx)
# ---------------------------------------------------------------------------
def build_bronglais():
    name = "zdr-hywel-dda-uhb-hiw-bronglais-general-hospital-emergency-department-improvement-plan.docx"
    title = "Bronglais General Hospital – Emergency Department: HIW Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Hywel Dda University Health Board")
    doc.add_paragraph("Unannounced inspection: 18–20 November 2024  |  Improvement plan returned to Healthcare "
                      "Inspectorate Wales: 14 January 2025")

    # Appendix A - concerns resolved (not the plan)
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Immediate concerns identified",
                                       "Impact/potential impact on patient care and treatment",
                                       "How HIW escalated the concern", "How the concern was resolved"]):
        cell_lines(c, h, bold=True)
        docx_shade(c, "D9D9D9")
    for c, t in zip(ta.rows[1].cells, [
        "Two out-of-date bottles of skin preparation solution were found in the resuscitation bay.",
        "Use of expired products could increase the risk of infection.",
        "This was raised with the nurse in charge.",
        "The items were removed and disposed of immediately.",
    ]):
        cell_lines(c, t)

    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]

    def plan_table(sections):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            cell_lines(c, h, bold=True)
            docx_shade(c, "D9D9D9")
        out = []
        for section, rows in sections:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            cell_lines(merged, section, bold=True)
            docx_shade(merged, "F2F2F2")
            for finding, need, std, action, officer, when, leads, end, end_text in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [finding, need, std, action, officer, when]):
                    cell_lines(c, v)
                out.append(act(None, [section, need], action, leads, end, "unrated", end_text))
        return out

    QS = "Health and Care Quality Standards 2023 – "
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Bronglais General Hospital    Ward/department: Emergency Department")
    expected = plan_table([
        ("Delivery of safe and effective care", [
            ("Checks of the paediatric resuscitation trolley had not been recorded on 11 of the 30 days "
             "reviewed.",
             "The health board must ensure that resuscitation equipment is checked daily and that checks are "
             "recorded in line with health board policy.",
             QS + "Safe",
             "Daily resuscitation trolley checks have been added to the nurse in charge handover checklist.\n"
             "The ED Matron reviews the checking records weekly and reports compliance to the Unscheduled Care "
             "Quality and Safety Group.",
             "Senior Nurse Manager, Emergency Department", "With immediate effect",
             ["Senior Nurse Manager, Emergency Department"], None, "With immediate effect"),
            ("The sepsis screening tool was incomplete in 6 of the 12 records reviewed for patients with "
             "possible sepsis.",
             "The health board must ensure that patients presenting with suspected sepsis are screened and "
             "treated in a timely way, in line with the Sepsis Six pathway.",
             QS + "Safe; Effective",
             "A sepsis champion has been identified on every shift, and compliance with the screening tool is "
             "audited weekly by the ED Practice Educator.",
             "Clinical Lead, Emergency Department / Lead Nurse for Unscheduled Care", "31 December 2024",
             ["Clinical Lead, Emergency Department", "Lead Nurse for Unscheduled Care"], "2024-12", None),
        ]),
    ])

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Bronglais General Hospital    Ward/department: Emergency Department    "
                      "Date of inspection: 18–20 November 2024")
    expected += plan_table([
        ("Quality of the patient experience", [
            ("Patients cared for in the corridor area did not have access to call bells, and privacy was "
             "limited.",
             "The health board must ensure that patients cared for in the corridor area have a means of calling "
             "for assistance and that their privacy and dignity are maintained.",
             QS + "Person centred",
             "Portable call bells have been purchased for the corridor bays.\nMobile privacy screens will be "
             "placed in the corridor area and their use added to the ED escalation standard operating "
             "procedure.",
             "Head of Nursing, Unscheduled Care", "28 February 2025",
             ["Head of Nursing, Unscheduled Care"], "2025-02", None),
            ("Welsh language information and signage in the department was limited.",
             "The health board should ensure that patient information is available bilingually and that the "
             "Active Offer is promoted.",
             QS + "Equitable; Welsh Language Standards",
             "All patient information leaflets in the department will be replaced with bilingual versions, and "
             "Welsh-speaking staff will be encouraged to wear the 'Iaith Gwaith' badge.",
             "ED Matron", "End of March 2025",
             ["ED Matron"], "2025-03", None),
        ]),
        ("Delivery of safe and effective care", [
            ("Pain scores were not consistently recorded or reassessed after analgesia was given.",
             "The health board must ensure that pain is assessed and reassessed in line with the department's "
             "pain management guidelines.",
             QS + "Effective",
             "Pain reassessment will be included in the monthly ED documentation audit, with results shared at "
             "the departmental safety huddle.",
             "ED Practice Educator", "Quarter 1 2025/26",
             ["ED Practice Educator"], "2025-06", None),
            ("Medication fridge temperatures had not been recorded on several days, and readings outside the "
             "recommended range on two occasions had no action recorded.",
             "The health board must ensure that medication fridge temperatures are monitored and recorded daily "
             "and that action is taken when readings are outside the recommended range.",
             QS + "Safe",
             "Fridge temperature monitoring has been added to the daily nurse in charge checklist.\nA remote "
             "temperature monitoring system will be installed in the ED clean utility room.",
             "Lead Pharmacist, Acute Services / ED Matron", "30 April 2025",
             ["Lead Pharmacist, Acute Services", "ED Matron"], "2025-04", None),
        ]),
        ("Quality of management and leadership", [
            ("Compliance with mandatory training was below the health board target of 85%, particularly for "
             "safeguarding level 3 and fire safety.",
             "The health board must ensure that staff complete mandatory training and that compliance is "
             "monitored.",
             QS + "Workforce",
             "Protected time for mandatory training has been built into the ED rota, and compliance is reported "
             "monthly to the Unscheduled Care Directorate governance meeting.",
             "General Manager, Unscheduled Care", "30 June 2025",
             ["General Manager, Unscheduled Care"], "2025-06", None),
            ("Staff told us they did not always receive feedback after reporting incidents.",
             "The health board should ensure that staff receive feedback and learning from the incidents they "
             "report.",
             QS + "Learning, improvement and research",
             "A monthly 'Learning from Events' newsletter will be circulated to all ED staff, and incident themes "
             "will be discussed at the weekly team brief.",
             "Senior Nurse Manager, Emergency Department", "Ongoing – reviewed quarterly",
             ["Senior Nurse Manager, Emergency Department"], None, "Ongoing – reviewed quarterly"),
        ]),
    ])

    doc.add_paragraph()
    doc.add_paragraph("Service representative", style="Heading 3")
    ts = doc.add_table(rows=3, cols=2)
    ts.style = "Table Grid"
    for row, (k, v) in zip(ts.rows, [("Name (print):", "Carys Morgan"),
                                     ("Job role:", "Director of Nursing, Quality and Patient Experience"),
                                     ("Date:", "14 January 2025")]):
        cell_lines(row.cells[0], k, bold=True)
        cell_lines(row.cells[1], v)
    doc.save(OUT / name)
    return name, {
        "source": ("Modelled on the improvement plans health boards return to Healthcare Inspectorate Wales "
                   "after an unannounced hospital/emergency department inspection and that HIW publishes as "
                   "appendices to its report (e.g. HIW follow-up inspection, Wrexham Maelor Hospital Emergency "
                   "Department, https://vdocuments.net/follow-up-inspection-unannounced.html). Copied features: "
                   "Appendix A 'summary of concerns resolved during the inspection' (not actions), Appendix B "
                   "immediate improvement plan and Appendix C improvement plan tables with HIW's columns "
                   "Risk/finding/issue, Improvement needed, Standard / Regulation, Service action, Responsible "
                   "officer, Timescale; section rows (Quality of the patient experience / Delivery of safe and "
                   "effective care / Quality of management and leadership) merged across; multi-paragraph "
                   "service actions; job titles with commas as officers, two officers split by '/'; no refs "
                   "and no RAG; the service representative sign-off table."),
        "reads": ("Hywel Dda's improvement plan for the HIW inspection of Bronglais ED: 2 immediate-assurance "
                  "actions and 6 improvement-plan actions (8 in all), each a service action answering the "
                  "improvement needed beside it, under the report section row. There are no refs and no "
                  "status, so every action is unrated; the concerns-resolved table and the sign-off table are "
                  "not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 5. East London NHSFT - PSII safety action plan export (csv)
# ---------------------------------------------------------------------------
def build_elft():
    name = "zdr-east-london-nhsft-psii-spa-urgent-referral-triage-delay-safety-action-plan.csv"
    title = "PSII safety action plan – Delay in triage of an urgent GP referral (Newham Single Point of Access)"
    A1 = "Triage of urgent referrals received by email"
    S1 = ("The Trust should ensure that urgent referrals received into the SPA generic email inbox are "
          "identified, logged and triaged within four hours, in line with the SPA operational policy.")
    A2 = "Transfer of care from SPA to community mental health teams"
    S2 = ("The Trust should ensure that when an urgent referral is transferred from SPA to a community mental "
          "health team, responsibility for first contact is agreed and recorded.")
    A3 = "Communication with the family"
    rows = [
        ("SA1.1", A1, S1,
         "Set up an automated rule in the SPA generic inbox to flag emails containing 'urgent' or 'same day' "
         "and alert the duty senior practitioner.",
         "SPA Team Manager; Head of Digital Clinical Systems", "31/07/2025",
         "Monthly audit of 20 urgent email referrals: 95% triaged within 4 hours", "B",
         "Rule live 14/07/2025. August audit 19/20 within 4 hours.",
         ["SPA Team Manager", "Head of Digital Clinical Systems"], "2025-07", "blue", [A1, S1]),
        ("SA1.2", "", "",
         "Introduce a twice-daily inbox sweep (10:00 and 15:00) by the duty senior practitioner, recorded on "
         "the SPA duty log.",
         "SPA Team Manager", "30/06/2025", "Duty log shows both sweeps on 100% of working days", "B",
         "In place from 02/06/2025.",
         ["SPA Team Manager"], "2025-06", "blue", [A1, S1]),
        ("SA1.3", "", "",
         "Work with Newham GP practices, through the ICB primary care team, to promote the electronic "
         "referral route for urgent referrals instead of email.",
         "Associate Clinical Director (Newham)", "Q3 2025/26", "Proportion of urgent referrals received by email",
         "G", "Presented at Newham GP forum 17/09/2025. Baseline 31% by email.",
         ["Associate Clinical Director (Newham)"], "2025-12", "green", [A1, S1]),
        ("SA2.1", A2, S2,
         "Revise the SPA to CMHT transfer protocol so that the receiving team confirms acceptance in RiO "
         "within one working day.\nThe revised protocol to be ratified at the Newham Directorate Quality and "
         "Safety Committee.",
         "Service Manager (Newham CMHTs)", "30/11/2025", "Quarterly audit of transfers: acceptance recorded "
         "within 1 working day", "A",
         "Draft protocol out for consultation; committee date moved to November.",
         ["Service Manager (Newham CMHTs)"], "2025-11", "amber", [A2, S2]),
        ("SA2.2", "", "",
         "Add a 'transfer pending' flag to the RiO caseload report so that unallocated urgent transfers are "
         "visible at the daily zoning meeting.",
         "Head of Digital Clinical Systems", "31/10/2025", "Flag visible on report; zoning minutes",
         "R", "Awaiting RiO supplier change request (CR-2291).",
         ["Head of Digital Clinical Systems"], "2025-10", "red", [A2, S2]),
        ("LA1", A3, "",
         "Share the findings of the PSII with the patient's family and offer a meeting with the investigation "
         "lead and the Borough Director.",
         "Dr Amara Okafor", "31/08/2025", "Meeting held and recorded", "B",
         "Family met the investigation team on 12/08/2025.",
         ["Dr Amara Okafor"], "2025-08", "blue", [A3]),
    ]
    header = ["Ref", "Area for improvement", "Safety recommendation", "Safety action", "Action owner",
              "Due date", "Measure of effectiveness", "RAG", "Latest update"]
    with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Report:", title] + [""] * 7)
        w.writerow(["Organisation:", "East London NHS Foundation Trust"] + [""] * 7)
        w.writerow(["Incident reference:", "INC-2025-04117 (PSII approved 09/06/2025)"] + [""] * 7)
        w.writerow(["Exported:", "03/11/2025 16:42"] + [""] * 7)
        w.writerow([""] * 9)
        w.writerow(header)
        expected = []
        for (ref, area, rec, text, owner, due, measure, rag, update, leads, end, status, under) in rows:
            w.writerow([ref, area, rec, text, owner, due, measure, rag, update])
            expected.append(act(ref, under, text, leads, end, status))
        w.writerow([""] * 9)
        w.writerow(["RAG key: B = completed and evidence uploaded; G = on track; A = at risk of missing due "
                    "date; R = overdue"] + [""] * 8)
        w.writerow(["Safety actions are monitored by the Newham Directorate Quality and Safety Committee and "
                    "reported quarterly to the Trust Patient Safety Learning and Response Panel."] + [""] * 8)
    return name, {
        "source": ("Modelled on PSIRF patient safety incident investigation (PSII) safety action plans kept by "
                   "mental health trusts and exported from their incident/risk system (NHS England PSII "
                   "report template: areas for improvement, safety recommendations, safety actions with owner, "
                   "timescale and measurement). Copied features: export header lines (report, organisation, "
                   "incident reference, export time), a header row, area for improvement and safety "
                   "recommendation given only on the first action of each group (blank continuation cells "
                   "below), a local action with no safety recommendation, a quoted multi-line safety action, "
                   "two owners separated by ';', a post with a bracketed borough, B/G/A/R letters with a key "
                   "line and a governance note after the table."),
        "reads": ("A CSV export of ELFT's safety action plan for a PSII into a delayed urgent referral at the "
                  "Newham Single Point of Access: 6 safety actions, five under two areas for improvement and "
                  "their safety recommendations (carried down the blank continuation rows) and one local "
                  "action on family communication with no recommendation. Status is the B/G/A/R letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 6. East Cheshire Hospice - quality account priorities tracker (txt)
# ---------------------------------------------------------------------------
def build_ech():
    name = "zdr-east-cheshire-hospice-quality-account-priorities-tracker-2025-26.txt"
    title = "East Cheshire Hospice – Quality Account 2025/26: Priorities for Improvement Progress Tracker"
    rule = "-" * 76
    P1 = "PRIORITY 1 – PATIENT SAFETY: Reducing harm from falls on the Inpatient Unit"
    P2 = ("PRIORITY 2 – CLINICAL EFFECTIVENESS: Recognising the last days of life in our community "
          "services")
    P3 = "PRIORITY 3 – PATIENT EXPERIENCE: Hearing from carers and families"
    priorities = [
        (P1, "Falls were our most reported patient safety incident in 2024/25 (41 falls, 3 with moderate harm).", [
            ("1.1", "Introduce a post-falls huddle within one hour of every fall on the Inpatient Unit.",
             "Inpatient Unit Manager", "June 2025",
             ["Huddle template in use since 2 June; every fall in Q2 had a huddle recorded."], "C",
             ["Inpatient Unit Manager"], "2025-06", "blue", None),
            ("1.2", "Pilot low-level beds and sensor mats in four Inpatient Unit rooms and evaluate the effect on "
                    "falls.",
             "Inpatient Unit Manager / Falls Champion", "September 2025",
             ["Equipment delivered in August. Evaluation delayed to November because of",
              "estates works in two of the pilot rooms."], "A",
             ["Inpatient Unit Manager", "Falls Champion"], "2025-09", "amber", None),
            ("1.3", "Deliver falls prevention training to all registered nurses and healthcare assistants on the "
                    "Inpatient Unit.",
             "Clinical Education Lead", "31 December 2025",
             ["68% of Inpatient Unit staff trained to date."], "G",
             ["Clinical Education Lead"], "2025-12", "green", None),
        ]),
        (P2, "Families told us they were not always prepared for the changes in the last days of life at home.", [
            ("2.1", "Roll out the 'Recognising Dying' education programme to the Hospice at Home team and two "
                    "partner care homes in Macclesfield.",
             "Consultant in Palliative Medicine", "Q3 (December 2025)",
             ["Hospice at Home team complete; first care home session held 25 September."], "G",
             ["Consultant in Palliative Medicine"], "2025-12", "green", None),
            ("2.2", "Audit the use of individualised care plans for the last days of life in Hospice at Home "
                    "records.",
             "Quality and Audit Lead", "March 2026",
             ["Audit tool agreed; first sample of 30 records to be reviewed in January."], "G",
             ["Quality and Audit Lead"], "2026-03", "green", None),
            ("2.3", "Agree a shared EMIS template with Cheshire East GP practices so that recognition of dying is "
                    "recorded where all services can see it.",
             "Community Services Manager; Digital Lead", "Ongoing – reviewed quarterly",
             ["Template shared with the Cheshire East place team; two practices testing."], "G",
             ["Community Services Manager", "Digital Lead"], None, "green", "Ongoing – reviewed quarterly"),
        ]),
        (P3, "Fewer than 1 in 10 bereaved carers gave us feedback in 2024/25.", [
            ("3.1", "Launch a bereaved carers survey, sent eight weeks after a death, in paper and online formats.",
             "Head of Family Support Services", "July 2025",
             ["Survey launched 1 July. 46 responses in Q2 (22% response rate)."], "C",
             ["Head of Family Support Services"], "2025-07", "blue", None),
            ("3.2", "Set up a Patient and Family Voice group that meets quarterly and reports to the Clinical "
                    "Governance Committee.",
             "Director of Clinical Services", "November 2025",
             ["Terms of reference drafted; recruitment of members starts in October."], "Not started",
             ["Director of Clinical Services"], "2025-11", "unrated", None),
        ]),
    ]
    lines = [
        title,
        "Quarter 2 update (July – September 2025) for the Clinical Governance Committee, 16 October 2025",
        "Prepared by: Director of Clinical Services",
        "",
        "Key: G = on track   A = some slippage, recovery plan in place   R = not on track   C = complete",
        "",
    ]
    expected = []
    for heading, why, items in priorities:
        lines += [rule, heading, "Why we chose this: " + why, rule, ""]
        for ref, text, lead, target, progress, rag, leads, end, status, end_text in items:
            lines.append(f"{ref}  {text}")
            lines.append(f"     Lead: {lead}")
            lines.append(f"     Target date: {target}")
            lines.append(f"     Q2 progress: {progress[0]}")
            for more in progress[1:]:
                lines.append(f"                  {more}")
            lines.append(f"     RAG: {rag}")
            lines.append("")
            expected.append(act(ref, [heading], text, leads, end, status, end_text))
    lines += [
        rule,
        "Summary at end of Q2: 8 actions – C 2, G 4, A 1, Not started 1",
        "Next update: Quarter 3 report to the Clinical Governance Committee, January 2026.",
    ]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name, {
        "source": ("Modelled on hospice Quality Account 'priorities for improvement' (one priority each for "
                   "patient safety, clinical effectiveness and patient experience, as in hospice quality "
                   "accounts such as Prospect Hospice's, https://studylib.net/doc/10805722/quality-account-"
                   "2014-2015-excellence-and-choice-in-end-of...) tracked quarterly for the clinical governance "
                   "committee, saved as a plain-text export. Copied features: title and reporting lines, a RAG "
                   "key where C means complete, ruled priority blocks with domain and priority in one heading "
                   "plus a 'why we chose this' line, numbered actions with Lead / Target date / Q2 progress / "
                   "RAG lines, an indented continuation line in one progress note, a 'Not started' action, and "
                   "a summary line at the end."),
        "reads": ("East Cheshire Hospice's Q2 tracker of its three quality account priorities for 2025/26, "
                  "with 8 numbered actions, each under its priority heading. The key makes C = complete "
                  "(blue); 'Not started' is unrated; the 'Ongoing – reviewed quarterly' target has no end "
                  "month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# ---------------------------------------------------------------------------
# 7. Sperrin Homecare, Cookstown - RQIA domiciliary care QIP action tracker (docx)
# ---------------------------------------------------------------------------
def build_sperrin():
    name = "zdr-sperrin-homecare-cookstown-rqia-domiciliary-care-agency-qip-action-tracker.docx"
    title = "Sperrin Homecare Ltd – RQIA Quality Improvement Plan: Action Tracker"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Domiciliary care agency, Cookstown  |  RQIA unannounced care inspection: 14 January 2025  "
                      "|  Inspection report published: 3 March 2025")
    doc.add_paragraph("Status key: Completed (blue), On track (green), Delayed (amber), Not started (grey)")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for row, vals in zip(dc.rows, [("Version", "Date", "Author", "Comments"),
                                   ("1.0", "20/02/2025", "Registered Manager", "QIP response submitted to RQIA"),
                                   ("1.3", "30/06/2025", "Registered Manager",
                                    "Quarter 1 progress update for the Board of Directors")]):
        for c, v in zip(row.cells, vals):
            cell_lines(c, v, bold=(vals[0] == "Version"))

    S1 = "Areas for improvement: The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
    S2 = "Areas for improvement: Domiciliary Care Agencies Minimum Standards (2021)"
    plan = [
        (S1, [
            ("Area for improvement 1 – Ref: Regulation 13(d) and Schedule 3 – Stated: First time",
             "The registered person shall ensure that no domiciliary care worker is supplied by the agency unless "
             "full and satisfactory information is available in relation to them, including an AccessNI enhanced "
             "disclosure check, before they start work.",
             [("1.1", "Complete a retrospective audit of all 64 staff files to confirm that AccessNI checks were "
                      "received before each worker's start date.",
               "Registered Manager", "28/02/2025", "Completed",
               ["Registered Manager"], "2025-02", "blue", None),
              ("1.2", "Introduce a pre-employment checklist, signed off by the Registered Manager, that must be "
                      "completed before any worker is added to the rota.",
               "Registered Manager / HR Officer", "31/03/2025", "Completed",
               ["Registered Manager", "HR Officer"], "2025-03", "blue", None)]),
            ("Area for improvement 2 – Ref: Regulation 16(2)(a) – Stated: First time",
             "The registered person shall ensure that each employee receives training appropriate to the work "
             "they are to perform, including training in dysphagia and the International Dysphagia Diet "
             "Standardisation Initiative (IDDSI) framework.",
             [("2.1", "Provide accredited IDDSI training for all care workers who support service users on "
                      "modified diets.",
               "Training and Development Co-ordinator", "30 April 2025", "Completed",
               ["Training and Development Co-ordinator"], "2025-04", "blue", None),
              ("2.2", "Add a dysphagia competency assessment to the six-monthly spot check and supervision "
                      "schedule.",
               "Senior Care Co-ordinator", "July 2025", "On track",
               ["Senior Care Co-ordinator"], "2025-07", "green", None)]),
        ]),
        (S2, [
            ("Area for improvement 3 – Ref: Standard 8.10 – Stated: First time",
             "The registered person shall ensure that medicines administered to service users are recorded "
             "accurately on medication administration records (MARs) and that MARs are audited monthly.",
             [("3.1", "Introduce monthly MAR audits by care co-ordinators, with findings reported to the "
                      "Registered Manager.",
               "Care Co-ordinators", "Immediate and ongoing", "On track",
               ["Care Co-ordinators"], None, "green", "Immediate and ongoing"),
              ("3.2", "Move to electronic MAR recording through the agency's care planning app, after a pilot "
                      "on the Cookstown town runs.",
               "Registered Manager; Responsible Individual", "30 September 2025", "Not started",
               ["Registered Manager", "Responsible Individual"], "2025-09", "unrated", None)]),
            ("Area for improvement 4 – Ref: Standard 3.1 – Stated: Second time",
             "The registered person shall ensure that care plans are reviewed with service users and/or their "
             "representatives at least annually, or as changes occur, and that the review is recorded.",
             [("4.1", "Schedule annual care reviews for all 112 service users and record the outcomes on the care "
                      "planning system.",
               "Senior Care Co-ordinator", "End of August 2025", "Delayed",
               ["Senior Care Co-ordinator"], "2025-08", "amber", None),
              ("4.2", "Agree with the Northern HSC Trust care management team how joint reviews will be arranged "
                      "when a service user's needs change.",
               "Registered Manager", "31/07/2025", "Completed",
               ["Registered Manager"], "2025-07", "blue", None)]),
        ]),
    ]
    status_fill = {"Completed": "00B0F0", "On track": "00B050", "Delayed": "FFC000", "Not started": "BFBFBF"}
    expected = []
    for section, afis in plan:
        doc.add_heading(section, level=2)
        for label, afi_text, actions in afis:
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p2 = doc.add_paragraph()
            p2.add_run(afi_text).italic = True
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date", "Status"]):
                cell_lines(c, h, bold=True)
                docx_shade(c, "D9E2F3")
            for ref, text, lead, target, status_word, leads, end, status, end_text in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, target, status_word]):
                    cell_lines(c, v)
                docx_shade(cells[4], status_fill[status_word])
                expected.append(act(ref, [section, afi_text], text, leads, end, status, end_text))
            doc.add_paragraph()
    doc.add_paragraph("Approved by: Responsible Individual, 30/06/2025. Next review: September 2025.")
    doc.save(OUT / name)
    return name, {
        "source": ("Modelled on a domiciliary care agency's own tracker of the Quality Improvement Plan that "
                   "RQIA attaches to its care inspection reports (areas for improvement under The Domiciliary "
                   "Care Agencies Regulations (Northern Ireland) 2007 and the Domiciliary Care Agencies Minimum "
                   "Standards, each with Ref, Stated and the 'registered person shall ensure' text). Copied "
                   "features: title and inspection line, a status key by colour, a document-control table, a "
                   "heading per legislation/standards section, a bold 'Area for improvement n – Ref – Stated' "
                   "line with the italic area text under it, then a small action table per area (No. / Action / "
                   "Lead / Target date / Status with shaded status cells), and an approval line."),
        "reads": ("The agency's QIP action tracker after its RQIA inspection: four areas for improvement in two "
                  "sections, each followed by a two-row action table, 8 actions in all. Each action is read "
                  "under its section heading and the area-for-improvement text; status words map by the key "
                  "(Completed = blue, On track = green, Delayed = amber, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


BUILDERS = [build_kss, build_nel_baf, build_lothian_irmer, build_bronglais, build_elft, build_ech,
            build_sperrin]


def main():
    write_expected = "--expected" in sys.argv[1:]
    for b in BUILDERS:
        name, exp = b()
        assert name.startswith("zdr-")
        print("built", name)
        if write_expected:
            for a in exp.get("actions", []):
                assert a["action"], (name, a)
            text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=100000)
            (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
