#!/usr/bin/env python3
"""Build the seven mp2- blind test files (set heldout388).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "obj": PatternFill("solid", fgColor="F2F2F2"),
    "risk": PatternFill("solid", fgColor="FCE4D6"),
}
HEX = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, fmt=None, fill=None, bold=False, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill is not None:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


def header_row(ws, row, names):
    for i, n in enumerate(names, start=1):
        c = put(ws, row, i, n, fill=FILL["head"])
        c.font = WHITE_BOLD


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(9)


# ============================================================ 1. SWBH maternity (xlsx)
def swbh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60
    ws["A1"] = "Sandwell and West Birmingham NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Single improvement plan bringing together the CQC maternity inspection (2024) must-do and "
                "should-do actions, Ockenden immediate and essential actions, Maternity Incentive Scheme "
                "Year 7 and the Three Year Delivery Plan for maternity and neonatal services")
    ws.merge_cells("A3:D3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 45
    meta = [("Reporting to:", "Maternity Quality Improvement Board (MQIB) / Quality and Safety Committee / Trust Board"),
            ("Executive lead:", "Chief Nursing Officer"),
            ("Plan owner:", "Director of Midwifery"),
            ("Position as at:", "16 January 2026")]
    r = 5
    for k, v in meta:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Version control").font = Font(bold=True, size=12)
    r += 1
    header_row(ws, r, ["Version", "Date", "Author", "Summary of changes"])
    for row in [("0.4", d(2025, 9, 12), "Maternity Governance Lead", "Draft for MQIB"),
                ("1.0", d(2025, 10, 2), "Maternity Governance Lead", "Approved at Quality and Safety Committee"),
                ("1.1", d(2025, 10, 30), "Maternity Governance Lead", "Q2 progress updates"),
                ("1.2", d(2026, 1, 16), "Maternity Governance Lead",
                 "Q3 progress updates; revised dates agreed at MQIB 08/01/2026")]:
        r += 1
        for i, v in enumerate(row, start=1):
            put(ws, r, i, v, fmt="dd/mm/yyyy" if i == 2 else None)
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True, size=12)
    for k, text in [("B", "Complete – evidence reviewed and accepted by MQIB"),
                    ("G", "On track to deliver by the agreed date"),
                    ("A", "Risk to delivery – mitigation in place or revised date agreed"),
                    ("R", "Off track or overdue – escalation required")]:
        r += 1
        put(ws, r, 1, k, fill=FILL[k], bold=True)
        put(ws, r, 2, text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)

    # ---- plan sheet
    ws = wb.create_sheet("Improvement Plan")
    widths = [8, 13, 55, 28, 13, 13, 11, 11, 50, 24]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2025/26 – progress at January 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    header_row(ws, 3, ["Ref", "Source", "Action", "Lead(s)", "Original completion date",
                       "Revised completion date", "Previous RAG (Oct-25)", "Current RAG (Jan-26)",
                       "Progress update", "Evidence / assurance"])
    ws.freeze_panes = "A4"
    rows = [
        ("theme", "Theme 1: Listening to and working with women and families with compassion"),
        ("obj", "Objective 1: Care that is personalised"),
        ("MN01", "CQC MD3",
         "Ensure every woman has a personalised care and support plan (PCSP) started at booking and reviewed at 28 and 36 weeks, recorded in BadgerNet.",
         "Digital Midwife / Community Matron", d(2025, 3, 31), d(2026, 3, 31), "A", "G",
         "PCSP started at booking 86% (Dec-25); 36-week review 71%. Monthly audit reported through the maternity dashboard.",
         "PCSP audit Q3"),
        ("MN02", "3YDP",
         "Flag language need on the BadgerNet record at first contact and book a professional interpreter for every appointment where the woman’s preferred language is not English.",
         "Lead Midwife for Equity and Equality", d(2025, 6, 30), None, "G", "B",
         "Language flag live since 01/07/2025. Audit of 120 appointments: interpreter present at 94%.",
         "Audit report to MQIB Nov-25"),
        ("obj", "Objective 3: Work with service users to improve care"),
        ("MN03", "MIS SA7",
         "Co-produce the annual MNVP work plan with the Black Country MNVP, including 15 Steps walk-rounds of the birth centre, delivery suite and postnatal ward at Midland Metropolitan University Hospital (MMUH).",
         "Head of Midwifery; MNVP Chair", "Q3 2025/26", "Q4 2025/26", "G", "A",
         "Birth centre 15 Steps completed 04/12/2025. Delivery suite and postnatal ward visits moved to February owing to MNVP capacity.",
         "MNVP work plan v2"),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("obj", "Objective 4: Grow our workforce"),
        ("MN04", "CQC MD1",
         "Complete a Birthrate Plus® reassessment following the move to MMUH and present the midwifery establishment review to Trust Board.",
         "Director of Midwifery", d(2025, 7, 31), d(2025, 10, 31), "A", "B",
         "Birthrate Plus report received September 2025; establishment paper approved by Trust Board 06/11/2025.",
         "Board paper 06/11/2025"),
        ("obj", "Objective 6: Invest in skills"),
        ("MN05", "Ockenden IEA 5",
         "Achieve and sustain 90% compliance with fetal monitoring training (K2 and face-to-face CTG study day) for all midwives and obstetric staff, including rotational doctors within 12 weeks of starting.",
         "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", d(2025, 3, 31), d(2026, 3, 31), "R", "A",
         "Midwives 93%; consultants 88%; rotational doctors 71%. Extra induction study days added for the February intake.",
         "Training compliance report"),
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("obj", "Objective 8: Learning and improving"),
        ("MN06", "CQC MD2",
         "Clear the backlog of open maternity incident reviews (PSII and AAR) older than 60 days and embed weekly PSIRF triage in the maternity governance meeting.",
         "Maternity Governance Lead", d(2025, 6, 30), d(2026, 4, 30), "R", "R",
         "Backlog reduced from 64 to 29; 11 remain over 60 days. Additional investigator seconded from December 2025.",
         "Weekly PSIRF log"),
        ("MN07", "MIS SA1",
         "Review 100% of eligible perinatal deaths using the Perinatal Mortality Review Tool (PMRT), seeking parents’ perspectives in every case.",
         "Consultant Obstetrician (PMRT lead)", d(2026, 3, 31), None, "G", "G",
         "All Q1–Q2 deaths reported to MBRRACE-UK within 7 working days; 2 reviews awaiting external panel member.",
         "PMRT quarterly report"),
        ("obj", "Objective 9: Support and oversight"),
        ("MN08", "3YDP",
         "Hold bi-monthly safety champion walk-rounds with the non-executive Maternity Safety Champion and feed themes into the Perinatal Quality Surveillance Model report to Board.",
         "Chief Nursing Officer", "Ongoing", None, "G", "",
         "Walk-rounds held 14/10/2025 and 09/12/2025; themes on triage waits and estates snagging reported to Board.",
         "PQSM report"),
        ("theme", "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"),
        ("obj", "Objective 12: Make better use of digital technology"),
        ("MN09", "CQC SD4",
         "Complete the BadgerNet upgrade so that maternity triage (BSOTS) assessments are recorded electronically and waiting times from arrival to assessment are reportable.",
         "Digital Midwife; Head of Clinical Systems (IM&T)", d(2025, 10, 31), d(2026, 2, 28), "G", "A",
         "Upgrade tested in training environment; go-live moved to February to avoid the winter change freeze.",
         "IM&T change request"),
        ("MN10", "Ockenden IEA 7",
         "Publish information on place of birth, induction of labour and mode of birth in the five most-spoken community languages, in print and on the Trust maternity webpages.",
         "Patient Experience Lead Midwife", d(2026, 5, 31), None, "A", "G",
         "Punjabi, Urdu and Polish versions with translators; Bengali and Romanian to follow.",
         ""),
    ]
    r = 3
    for row in rows:
        r += 1
        if row[0] in ("theme", "obj"):
            c = put(ws, r, 1, row[1], fill=FILL[row[0]])
            c.font = Font(bold=True, size=12 if row[0] == "theme" else 11)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            continue
        ref, src, act, lead, orig, rev, prev, cur, upd, ev = row
        put(ws, r, 1, ref)
        put(ws, r, 2, src)
        put(ws, r, 3, act)
        put(ws, r, 4, lead)
        put(ws, r, 5, orig, fmt="dd/mm/yyyy")
        put(ws, r, 6, rev, fmt="dd/mm/yyyy")
        put(ws, r, 7, prev, fill=FILL[prev])
        if cur:
            put(ws, r, 8, cur, fill=FILL[cur])
        else:  # RAG shown by colour only
            put(ws, r, 8, None, fill=FILL["G"])
        put(ws, r, 9, upd)
        put(ws, r, 10, ev or None)

    # ---- summary sheet
    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of current RAG by theme (January 2026)"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Theme", "Complete (B)", "Green", "Amber", "Red", "Total actions"])
    data = [("Theme 1 – Listening to women and families", 1, 1, 1, 0),
            ("Theme 2 – Workforce", 1, 0, 1, 0),
            ("Theme 3 – Culture of safety", 0, 2, 0, 1),
            ("Theme 4 – Standards and structures", 0, 1, 1, 0)]
    r = 3
    for name, b, g, a, red in data:
        r += 1
        for i, v in enumerate([name, b, g, a, red, b + g + a + red], start=1):
            put(ws, r, i, v)
    r += 1
    for i, v in enumerate(["Total", 2, 4, 3, 1, 10], start=1):
        put(ws, r, i, v, bold=True)
    ws.column_dimensions["A"].width = 44
    wb.save(os.path.join(HERE, "mp2-sandwell-west-birmingham-nhs-trust-maternity-neonatal-improvement-plan.xlsx"))


# ============================================================ 2. QVH board action log (txt)
def qvh():
    T = "\t"
    lines = [
        "Queen Victoria Hospital NHS Foundation Trust",
        "Board of Directors (meeting in public) – Action Log",
        "Position at 8 January 2026 (for the meeting on 15 January 2026)",
        "",
        T.join(["Ref", "Min. ref", "Action agreed", "Owner", "Due date", "Status", "Update"]),
        "Meeting held 10 July 2025",
        T.join(["BoD 25/07-01", "112-25",
                "Circulate the revised Freedom to Speak Up self-assessment and improvement plan to board members ahead of the September board development session.",
                "Company Secretary", "Sep-25", "Blue", "Circulated 02/09/2025. Propose close."]),
        T.join(["BoD 25/07-02", "115-25",
                "Provide a breakdown of theatre utilisation in the integrated performance report by specialty, showing the Corneo Plastic Unit separately from plastics and maxillofacial lists.",
                "Chief Operating Officer", "Nov-25", "Red", "Not presented at the November meeting; to be confirmed by the Chief Operating Officer."]),
        "Meeting held 11 September 2025",
        T.join(["BoD 25/09-01", "134-25",
                "Bring a paper to the board on the outcome of the burns service peer review and the trust’s response to the revised burns care specification.",
                "Chief Medical Officer", "Jan-26", "Green", "On the agenda for 15/01/2026 (item 9)."]),
        T.join(["BoD 25/09-02", "136-25",
                "Include a trajectory for reducing agency and bank spend in theatres in the month 6 finance report.",
                "Chief Finance Officer", "Nov-25", "Blue", "Included in the M6 report to the November board. Propose close."]),
        T.join(["BoD 25/09-03", "138-25",
                "Arrange for the board to hear a staff story from the Sleep Disorder Centre, including the experience of staff moving to the new clinical system.",
                "Chief People Officer / Company Secretary", "March 2026", "Green", "Provisionally scheduled for March."]),
        T.join(["", "", "", "", "", "", "Staff side representative to be invited."]),
        "Meeting held 13 November 2025",
        T.join(["BoD 25/11-01", "161-25",
                "Review the wording of the board assurance framework risk on estates infrastructure (BAF 6) to reflect the six-facet survey and the 2026/27 capital plan.",
                "Director of Estates and Facilities", "Jan-26", "Amber",
                "Six-facet survey report delayed to end of January; revised wording to Audit and Risk Committee in February."]),
        T.join(["BoD 25/11-02", "163-25",
                "Confirm to the board how patients waiting over 52 weeks for maxillofacial treatment are clinically reviewed for harm, and report the number of harm reviews completed.",
                "Chief Medical Officer; Chief Operating Officer", "15/01/2026", "Green",
                "Verbal update at the January meeting; written report to Quality and Governance Committee."]),
        T.join(["BoD 25/11-03", "165-25",
                "Agree with the Council of Governors a date for a joint board and governors’ session on the trust’s clinical strategy.",
                "Chair", "TBC", "Green", "Dates being canvassed for spring 2026."]),
        T.join(["BoD 25/11-04", "166-25",
                "Share the results of the 2025 national adult inpatient survey with the board once the embargo lifts, with the response from the Patient Experience Group.",
                "Chief Nurse", "Feb-26", "Green", "Not yet due."]),
        "",
        T.join(["Key:", "Blue = complete, proposed for closure", "Green = on track / not yet due",
                "Amber = at risk, revised date to be agreed", "Red = overdue"]),
        "Closed actions are removed from the log after the meeting at which closure is agreed.",
    ]
    with open(os.path.join(HERE, "mp2-queen-victoria-hospital-nhsft-board-of-directors-action-log.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ============================================================ 3. EPUT SAR single agency plan (xlsx)
EPUT_HEAD = ["ESAB recommendation", "EPUT action no.", "Action", "Lead", "Target date",
             "Progress / evidence", "RAG"]
EPUT_RAG = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}
REC1 = ("Recommendation 1: Agencies should ensure that concerns about self-neglect are escalated through the "
        "multi-agency risk management process when a person repeatedly declines or disengages from support.")
REC2 = ("Recommendation 2: Agencies should assure the Board that practitioners consider executive functioning "
        "when assessing the mental capacity of people who repeatedly make unwise decisions about their care.")
REC3 = ("Recommendation 3: Discharge from mental health inpatient care should include a timely discharge summary "
        "to the GP and adult social care and a named community contact for the person.")
REC4 = ("Recommendation 4: Services should work jointly with substance misuse providers where a person has "
        "co-existing mental health and alcohol use needs.")


def eput_sheet(ws, title_rows, groups, footer=None):
    widths = [40, 10, 55, 30, 16, 50, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 0
    for text, size in title_rows:
        r += 1
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True, size=size)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 2
    header_row(ws, r, EPUT_HEAD)
    for rec, actions in groups:
        first = r + 1
        for no, act, lead, tdate, prog, rag in actions:
            r += 1
            put(ws, r, 2, no)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, tdate, fmt="dd/mm/yyyy")
            put(ws, r, 6, prog)
            put(ws, r, 7, rag, fill=FILL[EPUT_RAG[rag]])
        put(ws, first, 1, rec, fill=FILL["theme"])
        for rr in range(first + 1, r + 1):
            ws.cell(row=rr, column=1).border = BOX
        if r > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    if footer:
        r += 2
        ws.cell(row=r, column=1, value=footer).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)


def eput():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    titles = [("Essex Partnership University NHS Foundation Trust", 12),
              ("Safeguarding Adult Review (SAR) ‘Stephen’ – Single Agency Action Plan", 14),
              ("Commissioned by: Essex Safeguarding Adults Board (ESAB)     SAR published: 22 May 2025", 10),
              ("Executive lead: Chief Nurse     Plan owner: Associate Director of Safeguarding     Last updated: 09/01/2026", 10)]
    eput_sheet(ws, titles, [
        (REC1, [
            ("1.1", "Add a self-neglect and disengagement prompt to the community mental health team (CMHT) risk formulation in the electronic patient record, linking to the ESAB self-neglect guidance.",
             "Named Professional Safeguarding Adults", d(2026, 3, 31),
             "Template change approved by Clinical Systems Board 11/11/2025; build scheduled for February release.", "Amber"),
            ("1.2", "Deliver multi-agency risk management training to CMHT and crisis team practitioners, with attendance reported to the Safeguarding Assurance Group.",
             "Associate Director of Safeguarding / Head of Community Mental Health Transformation", "Sept 2025 – March 2026",
             "4 of 7 sessions delivered; 212 staff trained (58%).", "Green"),
        ]),
        (REC2, [
            ("2.1", "Revise the trust Mental Capacity Act policy and assessment form to prompt practitioners to test executive functioning (‘articulate and demonstrate’) where decisions are repeatedly unwise.",
             "MCA Lead", "End of January 2026",
             "Policy consultation closed 28/11/2025; ratification delayed as the MCA Lead post was vacant October–December.", "Red"),
            ("2.2", "Audit 30 capacity assessments in adult community services for evidence of executive functioning being considered, and share findings with the ESAB Learning and Development Subgroup.",
             "Named Professional Safeguarding Adults; Dual Diagnosis Clinical Lead", d(2026, 2, 27),
             "Audit tool agreed; sample drawn from Q3 records.", "Green"),
        ]),
        (REC3, [
            ("3.1", "Introduce a discharge checklist on adult inpatient wards confirming the discharge summary is sent to the GP and adult social care within 24 hours and a named community contact is recorded.",
             "Inpatient Service Manager (Basildon Mental Health Unit)", "Q4 2025/26",
             "Checklist piloted on two wards; compliance 78% in December.", "Amber"),
        ]),
    ], footer=("RAG: Red – off track; Amber – in progress, some risk to the target date; "
               "Green – in progress and on track; Complete – evidence submitted to the ESAB SAR Subgroup. "
               "Completed actions are moved to the ‘Completed actions’ tab."))

    ws = wb.create_sheet("Completed actions")
    eput_sheet(ws, [("SAR ‘Stephen’ – completed actions (evidence submitted to ESAB)", 12)], [
        (REC3, [
            ("3.2", "Configure the electronic patient record so that an automatic discharge notification is sent to the registered GP practice when an inpatient spell ends.",
             "Head of Clinical Systems", d(2025, 9, 30),
             "Live from 15/09/2025. Evidence: system change log and GP feedback survey.", "Complete"),
        ]),
        (REC4, [
            ("4.1", "Agree a joint working protocol with the commissioned alcohol and drug service (Full Circle) covering shared assessments, joint care planning and escalation.",
             "Dual Diagnosis Clinical Lead", "Aug-25",
             "Protocol signed by both providers 21/08/2025 and published on the intranet.", "Complete"),
        ]),
    ])

    ws = wb.create_sheet("Version")
    header_row(ws, 1, ["Version", "Date", "Comment"])
    for i, row in enumerate([("1.0", d(2025, 6, 19), "Agreed by EPUT Safeguarding Assurance Group"),
                             ("1.3", d(2025, 10, 10), "Update for ESAB SAR Subgroup"),
                             ("1.5", d(2026, 1, 9), "Update for ESAB SAR Subgroup")], start=2):
        for j, v in enumerate(row, start=1):
            put(ws, i, j, v, fmt="dd/mm/yyyy" if j == 2 else None)
    ws.column_dimensions["C"].width = 50
    wb.save(os.path.join(HERE, "mp2-essex-partnership-university-nhsft-sar-stephen-single-agency-action-plan.xlsx"))


# ============================================================ 4. Gravesham CRR (xlsx)
def gravesham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Introduction"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90
    ws["A1"] = "Gravesham Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Quarter 3 review (October – December 2025) – reported to Finance and Audit Committee, February 2026"
    ws["A5"] = ("The Corporate Risk Register sets out the key strategic risks facing the council, the controls in "
                "place and the further action required to manage each risk to its target level. Risks are scored "
                "on a 5 x 5 matrix of likelihood and impact.")
    ws.merge_cells("A5:B5")
    ws["A5"].alignment = WRAP
    ws.row_dimensions[5].height = 45
    ws["A7"] = "Progress key for further actions"
    ws["A7"].font = Font(bold=True)
    for i, (word, colour, text) in enumerate([
            ("Complete", "B", "action delivered"),
            ("On track", "G", "action progressing to the target date"),
            ("Minor slippage", "A", "action delayed but expected to be delivered within the quarter"),
            ("Significant slippage", "R", "action delayed by more than a quarter or at risk of not being delivered")], start=8):
        put(ws, i, 1, word, fill=FILL[colour], bold=True)
        put(ws, i, 2, text)
    ws["A13"] = "Risk score"
    ws["A13"].font = Font(bold=True)
    for i, (band, text) in enumerate([("15 – 25", "High"), ("8 – 12", "Medium"), ("1 – 6", "Low")], start=14):
        put(ws, i, 1, band)
        put(ws, i, 2, text)

    ws = wb.create_sheet("CRR Q3 2025-26")
    widths = [40, 22, 12, 40, 55, 26, 16, 16, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Corporate Risk Register 2025-26 – Quarter 3"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    header_row(ws, 3, ["Risk", "Risk owner", "Current score (L x I)", "Existing controls",
                       "Further action required", "Action owner", "Target date", "Progress", "Q3 commentary"])
    PROG = {"Complete": "B", "On track": "G", "Minor slippage": "A", "Significant slippage": "R"}
    risks = [
        ("CR1 Financial sustainability – the council is unable to set a balanced budget and maintain adequate reserves over the medium term financial strategy period",
         "Director (Corporate Services)", "4 x 4 = 16",
         "MTFS refreshed annually; monthly budget monitoring to Management Team; reserves policy; quarterly reporting to Cabinet.",
         [("Identify and agree savings and income proposals to close the 2026/27 budget gap for consideration by Cabinet in February 2026.",
           "Assistant Director (Finance)", d(2026, 2, 28), "mmm-yy", "On track",
           "Proposals considered by Finance and Audit Committee in January."),
          ("Review the reserves strategy in the light of the provisional local government finance settlement and the Fair Funding Review.",
           "Assistant Director (Finance)", d(2026, 3, 31), "dd/mm/yyyy", "On track",
           "Settlement received 17/12/2025; modelling under way.")]),
        ("CR2 Local government reorganisation – uncertainty and capacity demands arising from reorganisation in Kent disrupt service delivery and corporate plan priorities",
         "Chief Executive", "4 x 4 = 16",
         "Leader and Chief Executive engagement with Kent Leaders; regular Member briefings; corporate plan priorities reviewed.",
         [("Contribute to the Kent and Medway reorganisation proposals and submit the council’s response to the Government.",
           "Chief Executive / Director (Corporate Services)", d(2025, 11, 28), "mmm-yy", "Complete",
           "Final proposal submitted November 2025."),
          ("Establish an LGR programme board and officer workstreams (finance, assets, people, data) to prepare for transition.",
           "Director (Corporate Services)", "Ongoing", None, "On track",
           "Programme board meets monthly from December.")]),
        ("CR3 Temporary accommodation – demand for temporary accommodation exceeds supply, increasing cost pressures and reliance on nightly-paid accommodation",
         "Director (Housing Services)", "5 x 4 = 20",
         "Homelessness prevention service; TA procurement framework; weekly TA placement review; budget monitoring.",
         [("Acquire additional units for use as temporary accommodation through round 3 of the Local Authority Housing Fund.",
           "Assistant Director (Housing)", "Dec-25 revised to Jun-26", None, "Minor slippage",
           "Two completions; purchase of three further units delayed by conveyancing."),
          ("Implement the restructure of the homelessness prevention team, including a dedicated private rented sector access officer.",
           "Assistant Director (Housing)", "Q4 2025/26", None, "On track",
           "Consultation closed; appointments in progress.")]),
        ("CR4 Cyber security – a successful cyber attack results in loss of systems or data and prolonged disruption to council services",
         "Director (Corporate Services)", "3 x 5 = 15",
         "Firewalls and endpoint protection; multi-factor authentication; annual IT health check; immutable back-ups; staff e-learning.",
         [("Complete the remediation of critical and high findings from the 2025 IT health check.",
           "ICT Manager", d(2026, 1, 31), "dd/mm/yyyy", "Significant slippage",
           "9 of 14 high findings closed; remaining items depend on the replacement of legacy servers."),
          ("Run a cyber incident exercise with Management Team using the NCSC Exercise in a Box scenario.",
           "ICT Manager; Emergency Planning Officer", d(2026, 3, 31), "mmm-yy", "On track",
           "Date set for 12 March 2026.")]),
        ("CR5 Workforce – inability to recruit and retain staff in key professional roles (planning, environmental health, legal) affects delivery of statutory services",
         "Chief Executive", "3 x 4 = 12",
         "Workforce strategy; agile working policy; apprenticeship and graduate schemes; use of agency staff where required.",
         [("Introduce market supplements for hard-to-fill posts following the pay and grading review.",
           "HR & OD Manager", d(2026, 4, 30), "mmm-yy", "On track",
           "Proposals to General Purposes Committee in March.")]),
    ]
    r = 3
    for risk, owner, score, controls, actions in risks:
        first = r + 1
        for act, aowner, tdate, fmt, prog, comm in actions:
            r += 1
            put(ws, r, 5, act)
            put(ws, r, 6, aowner)
            put(ws, r, 7, tdate, fmt=fmt)
            put(ws, r, 8, prog, fill=FILL[PROG[prog]])
            put(ws, r, 9, comm)
        put(ws, first, 1, risk, fill=FILL["risk"], bold=True)
        put(ws, first, 2, owner)
        put(ws, first, 3, score)
        put(ws, first, 4, controls)
        for col in range(1, 5):
            for rr in range(first + 1, r + 1):
                ws.cell(row=rr, column=col).border = BOX
            if r > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r, end_column=col)

    ws = wb.create_sheet("Risk summary")
    header_row(ws, 1, ["Risk", "Q2 score", "Q3 score", "Direction of travel"])
    for i, row in enumerate([("CR1 Financial sustainability", 16, 16, "↔"),
                             ("CR2 Local government reorganisation", 12, 16, "↑"),
                             ("CR3 Temporary accommodation", 20, 20, "↔"),
                             ("CR4 Cyber security", 15, 15, "↔"),
                             ("CR5 Workforce", 16, 12, "↓")], start=2):
        for j, v in enumerate(row, start=1):
            put(ws, i, j, v)
    ws.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, "mp2-gravesham-bc-corporate-risk-register-q3-2025-26.xlsx"))


# ============================================================ 5. Safer Merton DHR (docx)
def merton():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Safer Merton Partnership").bold = True
    doc.add_heading("Domestic Homicide Review ‘Zara’ – Action Plan", level=0)
    doc.add_paragraph("Overview report recommendations and single agency recommendations")
    doc.add_paragraph("Status: live – monitored by the Safer Merton Partnership DHR Steering Group. "
                      "Last updated: 27 January 2026")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Changes", "Author"]):
        set_text(c, h, bold=True)
    for row in [("1.0", "14/03/2024", "Action plan agreed by the Review Panel", "Independent Chair"),
                ("1.1", "02/10/2024", "Home Office Quality Assurance Panel feedback incorporated", "DHR Coordinator"),
                ("1.4", "27/01/2026", "Agency updates for Q3 2025/26", "DHR Coordinator")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered and evidence received by the Steering Group; "
                      "Green – on track; Amber – some slippage against the target date; "
                      "Red – significantly delayed.")

    RAGHEX = {"Complete": HEX["B"], "Green": HEX["G"], "Amber": HEX["A"], "Red": HEX["R"]}

    # ---- Part A
    doc.add_heading("Part A – Overview Report Recommendations", level=1)
    heads = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date", "Status"]
    recs = [
        ("1. The Safer Merton Partnership should seek assurance that partner agencies routinely ask about economic abuse and financial control when domestic abuse is disclosed.",
         "Local", [
             ("1.1", "Deliver practitioner briefings on economic abuse with Surviving Economic Abuse and add economic abuse prompts to the partnership’s DASH risk identification training.",
              "Safer Merton (VAWG Coordinator)", "Two briefings held (June and October 2025); 118 attendees. DASH training slides updated.",
              "October 2025", "Complete"),
             ("1.2", "Audit a sample of 20 MARAC referrals to test whether financial control was identified and addressed in the safety plan.",
              "MARAC Chair / Safer Merton", "Audit tool agreed; sample selected from Q2 referrals.",
              "March 2026", "Green"),
         ]),
        ("2. All agencies should ensure that where a victim’s first language is not English, a professional interpreter is used and family members are not asked to interpret in conversations about abuse.",
         "Local", [
             ("2.1", "Issue a joint seven-minute briefing on the use of interpreters in domestic abuse enquiries and circulate it through all partner agencies.",
              "DHR Coordinator", "Briefing published July 2025 and circulated to all partners.",
              "July 2025", "Complete"),
             ("2.2", "Include interpreter use as a standing question in the partnership’s annual safeguarding self-assessment for partner agencies.",
              "Merton Safeguarding Adults Board Business Manager", "Question drafted; self-assessment tool to be reissued in February.",
              "Q4 2025/26", "Amber"),
         ]),
        ("3. The Home Office should consider how learning about domestic abuse within multi-generational households is shared nationally.",
         "National", [
             ("3.1", "Write to the Home Office DHR team sharing the learning from this review on abuse within multi-generational households.",
              "Safer Merton Partnership Chair", "Letter sent 05/12/2024; acknowledgement received.",
              "December 2024", "Complete"),
         ]),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_text(c, h, bold=True)
        shade(c, "D9E1F2")
    for rec, scope, actions in recs:
        first = len(t.rows)
        for no, act, lead, miles, target, status in actions:
            cells = t.add_row().cells
            set_text(cells[0], no)
            set_text(cells[3], act)
            set_text(cells[4], lead)
            set_text(cells[5], miles)
            set_text(cells[6], target)
            set_text(cells[7], status)
            shade(cells[7], RAGHEX[status])
        last = len(t.rows) - 1
        for col, text in ((1, rec), (2, scope)):
            top = t.cell(first, col)
            if last > first:
                top = top.merge(t.cell(last, col))
            set_text(top, text)

    # ---- Part B
    doc.add_paragraph()
    doc.add_heading("Part B – Single Agency Recommendations", level=1)
    doc.add_paragraph("Recommendations made by agencies in their Individual Management Reviews (IMRs), "
                      "monitored by the Steering Group alongside the overview report recommendations.")
    heads = ["No.", "Agency", "Recommendation", "Action", "Lead officer", "Target date", "Progress update", "Status"]
    rows = [
        ("B1", "Metropolitan Police Service",
         "Officers attending domestic incidents should record the voice of children and other household members.",
         "Embed the revised domestic abuse investigation checklist for South West BCU response teams and dip-sample 50 reports each quarter.",
         "Head of Public Protection (SW BCU)", "31/03/2026",
         "Checklist live; Q2 dip sample showed 64% compliance.", "Amber"),
        ("B2", "St George’s University Hospitals NHS Foundation Trust",
         "Routine enquiry about domestic abuse should take place in the emergency department when patients attend with injuries consistent with assault.",
         "Relaunch routine enquiry in the emergency department with the hospital-based IDVA and report compliance to the Safeguarding Committee.",
         "Named Nurse Safeguarding Adults; Hospital IDVA", "September 2025",
         "Relaunched June 2025; compliance reported quarterly.", "Complete"),
        ("B3", "South West London ICB (Merton)",
         "GP practices should be reminded of the IRIS domestic abuse referral pathway.",
         "Promote the IRIS referral pathway at the Merton GP safeguarding leads forum and confirm sign-up by every practice.",
         "Designated Nurse Safeguarding Adults", "April 2026",
         "Presented at the November forum; 17 of 20 practices signed up.", "Green"),
        ("B4", "Merton Council – Housing Needs",
         "Housing officers should complete domestic abuse risk identification when a tenant requests an urgent transfer.",
         "Add a mandatory domestic abuse screening question to the housing transfer application and train the Housing Options team.",
         "Head of Housing Needs and Strategy", "Sept 2025 – Feb 2026",
         "Form change live; training for 2 of 3 teams completed.", "Green"),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_text(c, h, bold=True)
        shade(c, "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
        shade(cells[7], RAGHEX[row[7]])

    doc.add_paragraph()
    doc.add_paragraph("Agreed by the Safer Merton Partnership Executive Board. Next review: April 2026.")
    doc.save(os.path.join(HERE, "mp2-safer-merton-partnership-dhr-zara-action-plan.docx"))


# ============================================================ 6. Canterbury highlight report (docx)
def canterbury():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Canterbury City Council").bold = True
    doc.add_heading("Transformation Programme – Highlight Report", level=0)
    doc.add_paragraph("Reporting period: Quarter 3 2025/26 (October to December 2025)")
    doc.add_paragraph("Report to: Transformation Board, 20 January 2026")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Chief Executive"),
                 ("Programme Manager", "Transformation Programme Manager"),
                 ("Overall status this period", "Amber"),
                 ("Overall status last period", "Amber"),
                 ("Savings target 2025/26", "£1.20m"),
                 ("Savings delivered to date", "£0.74m (62%)")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
        if v == "Amber":
            shade(cells[1], HEX["A"])

    doc.add_paragraph()
    doc.add_paragraph("RAG status: Green – delivering to plan; Amber – issues being managed within the workstream; "
                      "Red – issues that need a Board decision; Complete – milestone achieved.")
    RAGHEX = {"Complete": HEX["B"], "Green": HEX["G"], "Amber": HEX["A"], "Red": HEX["R"]}
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast / actual date", "RAG", "Commentary"]
    workstreams = [
        ("1. Customer Access and Digital",
         "Workstream lead: Head of Customer Services and Digital.   Status: Amber (last period: Green)",
         [("CD1", "Launch the new customer portal for council tax and benefits self-service.",
           "Priya Shah", "30/09/2025", "31/01/2026", "Amber",
           "Integration testing with the revenues system found defects; supplier fix due mid-January."),
          ("CD2", "Move the switchboard and contact centre telephony to the cloud contact centre platform.",
           "Tom Reeve and Priya Shah", "30/11/2025", "24/11/2025", "Complete",
           "Went live 24 November; call abandonment down from 14% to 9%."),
          ("CD3", "Introduce appointment-only face-to-face customer contact at the Military Road offices, keeping drop-in for urgent housing cases.",
           "Head of Customer Services and Digital", "31/03/2026", "31/03/2026", "Green",
           "Equality impact assessment completed; booking system being configured.")]),
        ("2. Property and Assets",
         "Workstream lead: Head of Property and Regeneration.   Status: Red (last period: Amber)",
         [("PA1", "Complete the office accommodation review and present options for the future use of Military Road to Cabinet.",
           "Head of Property and Regeneration", "31/07/2025", "31/03/2026", "Red",
           "Delayed pending the outcome of local government reorganisation proposals; Board decision needed on scope."),
          ("PA2", "Dispose of three surplus land holdings identified in the asset review to generate capital receipts.",
           "Estates Manager", "31/12/2025", "30/06/2026", "Amber",
           "One site under offer; two sites require title work before marketing.")]),
        ("3. Workforce and Ways of Working",
         "Workstream lead: Head of HR.   Status: Green (last period: Green)",
         [("WW1", "Run a Microsoft 365 Copilot pilot with 50 staff and evaluate the productivity benefits.",
           "ICT Manager", "31/10/2025", "31/10/2025", "Complete",
           "Evaluation report to Corporate Management Team 04/11/2025."),
          ("WW2", "Implement the new tier 3 and tier 4 management structure following staff consultation.",
           "Head of HR", "31/01/2026", "31/01/2026", "",
           "Consultation closed 12/12/2025; appointments confirmed, start date 1 February."),
          ("WW3", "Deliver the second cohort of the management development programme for team leaders.",
           "HR Business Partner; Learning and Development Adviser", "Jan – Apr 2026", "Jan – Apr 2026", "Green",
           "22 team leaders enrolled; first module 14 January.")]),
        ("4. Commercial and Income",
         "Workstream lead: Head of Commercial Services.   Status: Green (last period: Amber)",
         [("CI1", "Introduce the revised garden waste subscription charges and the online bulky waste booking service.",
           "Head of Commercial Services", "01/04/2026", "01/04/2026", "Green",
           "Charges approved in the 2026/27 fees and charges report.")]),
    ]
    for heading, status_line, ms in workstreams:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(status_line)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_text(c, h, bold=True)
            shade(c, "D9E1F2")
        for row in ms:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_text(c, v)
            shade(cells[5], RAGHEX[row[5]] if row[5] else HEX["G"])

    doc.add_heading("Key risks and issues", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Risk / issue", "Impact", "Mitigation", "Owner"]):
        set_text(c, h, bold=True)
    for row in [("Local government reorganisation may change the scope of the property workstream.", "High",
                 "Scope options paper to Board in January.", "Chief Executive"),
                ("Capacity in the ICT team during the winter change freeze.", "Medium",
                 "Phasing of go-lives agreed; interim contractor extended.", "ICT Manager")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("Agree the revised forecast date for PA1 and whether the review should now include the Guildhall.",
                      style="List Bullet")
    doc.add_paragraph("Note the completion of CD2 and WW1.", style="List Bullet")
    doc.save(os.path.join(HERE, "mp2-canterbury-city-council-transformation-programme-highlight-report.docx"))


# ============================================================ 7. Enfield SSCB delivery plan (csv) – refuse
def enfield():
    import csv
    import io
    rows = [
        ["Enfield Safer and Stronger Communities Board", "", "", "", "", "", ""],
        ["Community Safety Plan 2025-26 – Delivery Plan", "", "", "", "", "", ""],
        ["Quarter 2 update (July – September 2025)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Action", "Lead partner(s)", "Start", "End", "Q2 update", "RAG"],
        ["Priority 1: Tackling violence in all its forms", "", "", "", "", "", ""],
        ["P1.1", "Deliver the Serious Violence Duty strategy actions, including the Edmonton Clear, Hold, Build plan with the Metropolitan Police.",
         "Metropolitan Police (North Area BCU); Community Safety Unit", "Apr-25", "Mar-26",
         "Clear phase complete; Hold phase patrols in place around Edmonton Green.", "Green"],
        ["P1.2", "Commission youth diversion and mentoring for young people at risk of violence, using Violence Reduction Unit funding.",
         "Youth Justice Service / Violence Reduction Unit", "Jun-25", "Mar-26",
         "Provider contract signed August; referrals slower than planned.", "Amber"],
        ["Priority 2: Tackling violence against women and girls", "", "", "", "", "", ""],
        ["P2.1", "Extend the Women’s Safety Charter to a further 40 licensed premises and night-time economy venues.",
         "Community Safety Unit", "Apr-25", "Dec-25", "31 venues signed up to date.", "Green"],
        ["P2.2", "Refresh the MARAC operating protocol and recruit two additional Independent Domestic Violence Advisers (IDVAs).",
         "Domestic Abuse Partnership Manager", "Jul-25", "Febuary 2026",
         "Protocol draft with MARAC steering group; IDVA posts out to advert.", "Green"],
        ["Priority 3: Reducing burglary and vehicle crime", "", "", "", "", "", ""],
        ["P3.1", "Target crime prevention advice and crook lock distribution at streets with repeat theft from motor vehicles near the A10, A406 and M25.",
         "Metropolitan Police (North Area BCU)", "Sep-25", "Jan-26", "Letter drop completed in two hotspot areas.", "Green"],
        ["Priority 4: Dealing with anti-social behaviour", "", "", "", "", "", ""],
        ["P4.1", "Run weekend park and town centre patrols in Pymmes Park, Jubilee Park and Town Park over the summer.",
         "Community Safety Unit; Parks Service", "Jun-25", "Sep-25", "Patrols completed; ASB calls in parks down 18% on summer 2024.", "Complete"],
        ["P4.2", "Review the ASB case review (community trigger) process and publish revised guidance for residents.",
         "ASB Manager", "Oct-25", "Mar-26", "Not yet due.", "Green"],
        ["Priority 5: Promoting cohesion and tackling hate crime and extremism", "", "", "", "", "", ""],
        ["P5.1", "Deliver Prevent awareness workshops in secondary schools and faith settings.",
         "Prevent Coordinator", "Apr-25", "Mar-26", "14 workshops delivered to date.", "Green"],
        ["", "", "", "", "", "", ""],
        ["RAG key: Green = on track; Amber = some slippage; Red = off track; Complete = delivered", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, "mp2-enfield-safer-stronger-communities-board-community-safety-plan-2025-26-delivery-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    swbh()
    qvh()
    eput()
    gravesham()
    merton()
    canterbury()
    enfield()
    print("built 7 files in", HERE)
