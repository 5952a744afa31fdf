"""Build the seven mr2- blind test files (set heldout390).

Run with: /work/main/.venv/bin/python mr2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# ---------------------------------------------------------------- helpers

FILL_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DEEAF6",
}


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def xfill(colour):
    return PatternFill("solid", start_color=FILL_HEX[colour], end_color=FILL_HEX[colour])


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ======================================================================
# 1. Mersey Care NHSFT - single agency action plan, SAR 'Jean' (docx)
# ======================================================================
SAR_FILE = "mr2-mersey-care-nhsft-sar-jean-single-agency-action-plan.docx"
SAR_TITLE = "Single Agency Action Plan – Safeguarding Adults Review ‘Jean’"
SAR_THEMES = [
    (
        "Learning theme 1: Mental capacity and executive functioning",
        "SAR recommendation 1: All agencies should be able to evidence that practitioners consider "
        "executive functioning when assessing the capacity of adults who self-neglect, and that "
        "capacity is revisited when decisions are repeatedly unwise.",
        [
            ("1.1",
             "Update the Trust Mental Capacity Act policy to include guidance on assessing executive "
             "functioning, with reference to the Sefton SAB practice briefing.",
             "MCA Lead", "31/12/2024",
             "Policy ratified at Policy Approval Group 19 November 2024 and published on the intranet.",
             "Blue"),
            ("1.2",
             "Deliver executive functioning workshops to community mental health and district nursing "
             "teams in Sefton.\nPriority: teams with the highest self-neglect caseloads.",
             "Named Nurse Safeguarding Adults / Professional Lead for Social Work",
             "31/03/2025\nRevised: 30/06/2025",
             "Four of seven workshops delivered. Remaining sessions rescheduled due to winter pressures.",
             "Amber"),
            ("1.3",
             "Complete a thematic audit of MCA assessments for adults open to community services with a "
             "self-neglect concern.",
             "Clinical Effectiveness Manager", "Q1 2025/26",
             "Audit tool agreed; sample of 40 records identified.",
             "Green"),
        ],
    ),
    (
        "Learning theme 2: Self-neglect and hoarding",
        "SAR recommendation 2: Agencies should ensure that self-neglect concerns are escalated through "
        "the multi-agency self-neglect and hoarding pathway when engagement is declining.",
        [
            ("2.1",
             "Embed the Sefton self-neglect and hoarding pathway in the Trust safeguarding adults "
             "procedure and add a prompt to the RiO risk assessment.",
             "Head of Safeguarding", "September 2025",
             "RiO change request submitted to Digital team (CR-2291).",
             "Green"),
            ("2.2",
             "Ensure district nursing teams use the Clutter Image Rating scale and record it at every "
             "home visit where hoarding is identified.",
             "Lisa Carney / Mark Doyle", "Ongoing – monitored through quarterly audit",
             "Q3 audit: 78% of relevant visits recorded a Clutter Image Rating.",
             "Green"),
        ],
    ),
    (
        "Learning theme 3: Multi-agency working and information sharing",
        "SAR recommendation 3: Partners should assure the Board that multi-disciplinary meetings are "
        "convened when more than one agency is concerned about an adult’s safety, and that actions are "
        "recorded and shared.",
        [
            ("3.1",
             "Introduce a standard template for multi-agency professionals’ meetings, including named "
             "actions, owners and review date.",
             "Named Nurse Safeguarding Adults", "Dec-24",
             "Template in use since December 2024.",
             "Blue"),
            ("3.2",
             "Review the process for sharing safeguarding information with GP practices when a patient "
             "is discharged from community mental health services.",
             "Head of Safeguarding / Clinical Director (Community Mental Health)", "30/04/2025",
             "Draft process discussed at Sefton Primary Care Safeguarding Forum – not yet agreed.",
             "Red"),
            ("3.3",
             "Share the learning from SAR ‘Jean’ through a 7-minute briefing and the Trust safeguarding "
             "newsletter.",
             "Safeguarding Adults Team", "January 2025",
             "7-minute briefing issued January 2025; newsletter feature published.",
             "Blue"),
        ],
    ),
]


def make_sar():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Mersey Care NHS Foundation Trust"

    doc.add_heading(SAR_TITLE, level=1)
    doc.add_paragraph(
        "Safeguarding Adults Review commissioned by Sefton Safeguarding Adults Board (published March "
        "2024). This plan sets out Mersey Care’s response to the SAR recommendations that apply to the Trust.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document owner", "Named Nurse Safeguarding Adults"),
        ("Version", "1.3"),
        ("Date of this update", "14 March 2025"),
        ("Reporting to", "Trust Safeguarding Assurance Group; Sefton SAB Learning and Development Sub-group"),
        ("Review frequency", "Bi-monthly"),
    ]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_heading("RAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, colour in [
        ("Blue", "Action complete and evidenced", "blue"),
        ("Green", "On track to deliver by target date", "green"),
        ("Amber", "Risk to delivery – mitigation in place", "amber"),
        ("Red", "Not on track / target date missed", "red"),
    ]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], FILL_HEX[colour])
        set_cell(r[1], meaning)

    colour_of = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for theme, rec, actions in SAR_THEMES:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Target date",
                               "Progress update (March 2025)", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], FILL_HEX["grey"])
        m = t.cell(1, 0).merge(t.cell(1, 5))
        set_cell(m, rec, bold=True)
        shade(m, FILL_HEX["theme"])
        for ref, action, lead, target, progress, rag in actions:
            c = t.add_row().cells
            for i, v in enumerate([ref, action, lead, target, progress, rag]):
                set_cell(c[i], v)
            shade(c[5], FILL_HEX[colour_of[rag]])
        doc.add_paragraph("")

    doc.add_paragraph(
        "Notes: Evidence for completed actions is held on the Safeguarding SharePoint site. Actions "
        "rated Blue will be closed following review by the Sefton SAB SAR Sub-group.")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Trust Safeguarding Assurance Group", "Executive Director of Nursing (Chair)",
                           "20/03/2025"]):
        set_cell(so.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, SAR_FILE))


# ======================================================================
# 2. Harrogate and District NHSFT - maternity & neonatal improvement plan (docx)
# ======================================================================
MAT_FILE = "mr2-harrogate-district-nhsft-maternity-neonatal-improvement-plan.docx"
MAT_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
# (theme, [(objective, [(no, action, lead, due, progress, brag)])])
MAT_PLAN = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("Every woman is offered a personalised care and support plan (PCSP)", [
            ("1.1", "Roll out the digital PCSP in BadgerNet to all community midwifery teams.",
             "Digital Midwife; Community Matron", "Mar-25",
             "Live in 3 of 4 teams; Ripon team go-live 3 March 2025.", "G"),
            ("1.2", "Audit PCSP completion at 36 weeks and report to the Maternity and Neonatal Safety Champions.",
             "Quality and Safety Midwife", "Q1 2025/26",
             "Audit proforma agreed; first data collection April 2025.", "G"),
        ]),
        ("Work in partnership with the Maternity and Neonatal Voices Partnership (MNVP)", [
            ("1.3", "Complete the MNVP 15 Steps walk-through actions:\n"
                    "• improve signage to the Maternity Assessment Unit\n"
                    "• provide reclining chairs for partners on the postnatal ward",
             "Head of Midwifery", "31/12/2024",
             "Signage replaced; 6 reclining chairs delivered December 2024.", "B"),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("Achieve the midwifery establishment set by Birthrate Plus", [
            ("2.1", "Recruit to the 4.6 WTE midwifery vacancies identified in the Birthrate Plus review, "
                    "including international recruitment.",
             "Director of Midwifery", "30/09/2025",
             "2.8 WTE appointed; 1.8 WTE out to advert.", "A"),
            ("2.2", "Implement the local midwifery retention plan, including a preceptorship lead and legacy "
                    "mentor roles.",
             "Practice Development Midwife", "Apr 2025 – Mar 2026",
             "Legacy mentor in post from January 2025.", "G"),
        ]),
        ("Staff have the training they need to provide safe care", [
            ("2.3", "Achieve 90% compliance with the Core Competency Framework (version 2) for all maternity "
                    "staff groups.",
             "Maternity Education Lead; Clinical Director for Obstetrics", "March 2025",
             "Midwives 94%; obstetric consultants 87%; anaesthetists 81%.", "A"),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("Embed the Patient Safety Incident Response Framework (PSIRF) in maternity and neonatal services", [
            ("3.1", "Transition maternity incident review to PSIRF, with after-action reviews and thematic "
                    "learning reported monthly.",
             "Maternity Governance Lead", "November 2024",
             "PSIRF live from 1 November 2024; first thematic review presented to Quality Committee.", "B"),
        ]),
        ("Improve safety culture and leadership across the perinatal team", [
            ("3.2", "Complete the Perinatal Culture and Leadership Programme diagnostic and agree a culture "
                    "improvement plan with the quadrumvirate.",
             "Director of Midwifery / Clinical Director for Obstetrics / Neonatal Clinical Lead",
             "31/01/2025\n(revised 31/05/2025)",
             "SCORE survey closed with 61% response; debrief sessions delayed to April.", "A"),
        ]),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("Full compliance with Saving Babies’ Lives Care Bundle version 3 (SBLCBv3)", [
            ("4.1", "Implement element 2 (fetal growth restriction) of SBLCBv3, including the uterine artery "
                    "Doppler pathway.",
             "Fetal Medicine Lead", "TBC – awaiting ultrasound capacity business case",
             "Business case to Investment Group March 2025.", "R"),
            ("4.2", "Submit quarterly SBLCBv3 implementation evidence to the LMNS and achieve 100% of "
                    "interventions for CNST Safety Action 6.",
             "Quality and Safety Midwife", "Quarterly",
             "Q3 submission made 20 January 2025.", "G"),
        ]),
    ]),
]


def make_maternity():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Harrogate and District NHS Foundation Trust"

    doc.add_heading(MAT_TITLE, level=1)
    doc.add_paragraph("Progress report to Quality Committee – February 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Executive Lead", "Chief Nurse"),
        ("Senior Responsible Officer", "Director of Midwifery"),
        ("Plan aligned to", "NHS England Three Year Delivery Plan for Maternity and Neonatal Services "
                            "(March 2023); CQC maternity inspection report (2023)"),
        ("Last updated", "7 February 2025"),
    ]:
        r = info.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("BRAG status key: B – completed and evidenced; G – on track; "
                      "A – at risk of delay; R – off track / overdue")

    headers = ["No.", "Objective", "Action", "Lead(s)", "Due date", "Progress / evidence", "BRAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], FILL_HEX["grey"])
    brag_colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for theme, objectives in MAT_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, theme, bold=True)
        shade(m, FILL_HEX["theme"])
        for objective, actions in objectives:
            first = len(t.rows)
            for no, action, lead, due, progress, brag in actions:
                c = t.add_row().cells
                for i, v in zip([0, 2, 3, 4, 5, 6], [no, action, lead, due, progress, brag]):
                    set_cell(c[i], v)
                shade(c[6], FILL_HEX[brag_colour[brag]])
            last = len(t.rows) - 1
            obj_cell = t.cell(first, 1)
            if last > first:
                obj_cell = obj_cell.merge(t.cell(last, 1))
            set_cell(obj_cell, objective)
    doc.add_paragraph("")
    doc.add_paragraph("Actions rated B are reviewed at the Maternity Assurance Group before closure. "
                      "Evidence is held in the Maternity Governance shared drive.")
    doc.save(os.path.join(HERE, MAT_FILE))


# ======================================================================
# 3. Dartford and Gravesham NHS Trust - Trust Board public action log (xlsx)
# ======================================================================
DG_FILE = "mr2-dartford-gravesham-nhs-trust-board-public-action-log.xlsx"
DG_TITLE = "Dartford and Gravesham NHS Trust – Trust Board (Part 1 – Public) Action Log"
DG_STATUS_COLOUR = {"Open – not yet due": "green", "Due this meeting": "amber",
                    "Overdue": "red", "Closed": "blue"}
DG_OPEN = [
    ("TB24/39", D(2024, 7, 25),
     "Review the Freedom to Speak Up Guardian capacity against the National Guardian’s Office guidance "
     "and report back.",
     "Director of People / Chief Nurse", D(2024, 11, 28),
     "Deferred – benchmarking data awaited from the National Guardian’s Office.", "Overdue"),
    ("TB24/47", D(2024, 9, 26),
     "Bring a report on the financial recovery plan savings schemes, including quality impact assessments "
     "for schemes over £250k.",
     "Director of Finance and Performance", "Revised: 27/02/2025 (was 28/11/2024)",
     "Quality impact assessments being signed off by the Chief Medical Officer and Chief Nurse.",
     "Open – not yet due"),
    ("TB24/52", D(2024, 9, 26),
     "Confirm the timetable for the Electronic Patient Record replacement business case through the ICB "
     "and NHS England approval process.",
     "Chief Information Officer", "Ongoing – standing item",
     "Outline business case approved by the ICB in December 2024; full business case to NHS England "
     "Q1 2025/26.",
     "Open – not yet due"),
    ("TB24/58", D(2024, 11, 28),
     "Provide a breakdown of 12-hour Emergency Department waits by age group and mental health "
     "presentation to the Quality and People Committee.",
     "Chief Operating Officer", D(2025, 1, 30),
     "Paper taken to Quality and People Committee on 23 January 2025; verbal update to Board.",
     "Due this meeting"),
    ("TB24/61", D(2024, 11, 28),
     "Circulate the revised Board Assurance Framework risk appetite statements to non-executive "
     "directors for comment before approval.",
     "Company Secretary", D(2025, 3, 1),
     "Draft with the Executive Management Team.", "Open – not yet due"),
    ("TB24/63", D(2024, 11, 28),
     "Arrange a Board development session on the Kent and Medway acute provider collaborative strategy.",
     "DH/JM", "April 2025",
     "Date to be confirmed with ICB colleagues.", "Open – not yet due"),
    ("TB24/64", D(2024, 11, 28),
     "Include maternity continuity of carer and MNVP feedback in the next Maternity and Neonatal Safety "
     "report.",
     "Director of Midwifery", D(2025, 1, 30),
     "Included in agenda item 9.2.", "Due this meeting"),
]
DG_CLOSED = [
    ("TB24/44", D(2024, 9, 26),
     "Share the outcome of the CQC unannounced inspection of the Emergency Department with Board members "
     "once the final report is published.",
     "Chief Nurse", D(2024, 11, 28), "Report circulated 14 November 2024.", "Closed"),
    ("TB24/57", D(2024, 11, 28),
     "Add a measure of theatre utilisation to the Integrated Performance Report.",
     "Chief Operating Officer", D(2025, 1, 30), "Included from the December 2024 IPR.", "Closed"),
    ("TB24/60", D(2024, 11, 28),
     "Update the Standing Financial Instructions to reflect the revised scheme of delegation and bring "
     "them to the Audit and Risk Committee.",
     "Director of Finance and Performance", D(2024, 12, 31),
     "Approved by the Audit and Risk Committee on 12 December 2024.", "Closed"),
]
DG_HEADERS = ["Action No.", "Date of meeting", "Action", "Lead", "Due date", "Update", "Status"]


def _dg_rows(ws, start, rows):
    r = start
    for ref, met, action, lead, due, update, status in rows:
        vals = [ref, met, action, lead, due, update, status]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
        ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        if isinstance(due, dt.datetime):
            ws.cell(row=r, column=5).number_format = "mmm-yy" if due.day == 1 else "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = xfill(DG_STATUS_COLOUR[status])
        r += 1
    return r


def make_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = DG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated for the meeting held in public on 30 January 2025"
    ws["A4"] = "Status key:"
    ws["A4"].font = BOLD
    for col, label in zip("BCDE", ["Open – not yet due", "Due this meeting", "Overdue", "Closed"]):
        ws[f"{col}4"] = label
        ws[f"{col}4"].fill = xfill(DG_STATUS_COLOUR[label])
    for i, h in enumerate(DG_HEADERS, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.fill = xfill("grey")
    _dg_rows(ws, 7, DG_OPEN)
    for col, w in zip("ABCDEFG", [11, 13, 60, 28, 20, 50, 18]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed since the last meeting (for Board approval)"
    ws2["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(DG_HEADERS, start=1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.fill = xfill("grey")
    _dg_rows(ws2, 4, DG_CLOSED)
    for col, w in zip("ABCDEFG", [11, 13, 60, 28, 14, 50, 12]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, DG_FILE))


# ======================================================================
# 4. West Yorkshire Combined Authority - corporate risk register Q2 2025/26 (xlsx)
# ======================================================================
WY_FILE = "mr2-west-yorkshire-ca-corporate-risk-register-q2-2025-26.xlsx"
WY_TITLE = "West Yorkshire Combined Authority – Corporate Risk Register Q2 2025/26"
WY_RISKS = [
    ("CR01", "Medium-term financial sustainability", "Director of Finance & Commercial Services",
     20, 16, 9, "↔"),
    ("CR02", "Delivery of bus franchising", "Director of Transport Operations and Passenger Experience",
     20, 12, 8, "↓"),
    ("CR03", "Cyber security and resilience", "Chief Operating Officer", 20, 15, 10, "↑"),
    ("CR04", "Mass transit programme", "Mass Transit Programme Director", 16, 12, 8, "↔"),
]
# (risk label, [(ref, action, owner, target, revised, update, rag_colour, rag_text)])
WY_ACTIONS = [
    ("CR01 – Medium-term financial sustainability", [
        ("CR01.1", "Refresh the Medium-Term Financial Strategy to 2028/29 incorporating the integrated "
                   "settlement allocation.",
         "Director of Finance & Commercial Services", D(2025, 10, 31), None,
         "Draft MTFS to Finance, Resources and Corporate Committee on 16 October 2025.", "green", None),
        ("CR01.2", "Deliver the £4.2m savings target in the 2025/26 revenue budget, with monthly monitoring "
                   "through the Senior Leadership Team.",
         "Chief Operating Officer", "March 2026", None,
         "£3.1m delivered or on track; £1.1m at risk (transport services).", "amber", None),
        ("CR01.3", "Complete the review of reserves and set a minimum level of general reserves.",
         "Head of Corporate Finance", D(2025, 6, 30), D(2025, 11, 30),
         "Review delayed pending confirmation of the integrated settlement.", "amber", None),
    ]),
    ("CR02 – Delivery of bus franchising", [
        ("CR02.1", "Agree the Tranche 1 depot acquisition strategy and secure strategic depot sites.",
         "Director of Transport Operations and Passenger Experience", "Dec-25", None,
         "Two of three sites under offer.", "green", None),
        ("CR02.2", "Procure the franchising fleet and ticketing systems supplier framework.",
         "Bus Reform Programme Director", "Q4 2025/26", None,
         "Tender evaluation under way.", "green", None),
    ]),
    ("CR03 – Cyber security and resilience", [
        ("CR03.1", "Achieve Cyber Essentials Plus certification across all corporate systems.",
         "Head of ICT", D(2025, 7, 31), D(2025, 12, 31),
         "Remediation of legacy servers outstanding; assessor booked for December.", "red", None),
        ("CR03.2", "Run a business continuity exercise simulating a ransomware attack with the Leadership "
                   "Team.",
         "Emergency Planning Manager / Head of ICT", "September 2025", None,
         "Exercise held 17 September 2025; lessons learned report issued.", "blue", "Complete"),
    ]),
    ("CR04 – Mass transit programme", [
        ("CR04.1", "Submit the Outline Business Case for Mass Transit phase 1 to the Department for Transport.",
         "Mass Transit Programme Director", "Ongoing – dependent on DfT timetable", None,
         "Strategic Outline Case endorsed; OBC in preparation.", "amber", None),
        ("CR04.2", "Complete land referencing and consultation readiness for the Transport and Works Act "
                   "Order application.",
         "Mass Transit Programme Director", D(2026, 3, 31), None,
         "Land referencing contractor appointed.", "green", None),
    ]),
]


def make_risk_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = WY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025. Reported to Governance and Audit Committee, November 2025."
    hdr = ["Risk ref", "Risk title", "Risk owner", "Inherent score", "Current score", "Target score",
           "Direction of travel"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = xfill("grey")
    for r, risk in enumerate(WY_RISKS, start=5):
        for i, v in enumerate(risk, start=1):
            ws.cell(row=r, column=i, value=v).alignment = WRAP
        cur = risk[4]
        ws.cell(row=r, column=5).fill = xfill("red" if cur >= 15 else "amber")
    ws.cell(row=10, column=1, value="Scores are likelihood × impact (1–5 each). 15 and above = red; "
                                    "8–12 = amber; below 8 = green.")
    for col, w in zip("ABCDEFG", [9, 40, 45, 10, 10, 10, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Mitigating actions")
    ws2["A1"] = "Corporate Risk Register Q2 2025/26 – further mitigating actions"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = ("RAG: Green = on track; Amber = some slippage; Red = significant slippage / target missed; "
                 "Blue = complete.")
    hdr2 = ["Corporate risk", "Ref", "Further mitigating action", "Action owner", "Target date",
            "Revised date", "Q2 update", "RAG"]
    for i, h in enumerate(hdr2, start=1):
        c = ws2.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = xfill("grey")
    r = 5
    for risk, actions in WY_ACTIONS:
        first = r
        for ref, action, owner, target, revised, update, colour, rag_text in actions:
            vals = [None, ref, action, owner, target, revised, update, rag_text]
            for i, v in enumerate(vals, start=1):
                if v is not None:
                    ws2.cell(row=r, column=i, value=v).alignment = WRAP
            for col in (5, 6):
                if isinstance(ws2.cell(row=r, column=col).value, dt.datetime):
                    ws2.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=8).fill = xfill(colour)
            r += 1
        ws2.cell(row=first, column=1, value=risk).alignment = WRAP
        ws2.cell(row=first, column=1).font = BOLD
        if r - 1 > first:
            ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [26, 9, 55, 34, 16, 13, 50, 10]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, WY_FILE))


# ======================================================================
# 5. Maidstone Borough Council - transformation programme highlight report (xlsx)
# ======================================================================
MBC_FILE = "mr2-maidstone-bc-transformation-programme-highlight-report.xlsx"
MBC_TITLE = "Maidstone Borough Council – Transformation Programme Highlight Report"
RAG_FILL = {"G": "green", "A": "amber", "R": "red", "B": "blue", "Complete": "blue"}
# (workstream, [(ref, milestone, lead, baseline, forecast, prev, current, commentary)])
MBC_PLAN = [
    ("Workstream 1: Digital and Customer", [
        ("D1", "Customer portal phase 2 – self-service for council tax, waste and parking permits live",
         "Head of Digital Services", D(2025, 9, 30), D(2025, 12, 15), "A", "A",
         "Council tax and waste live; parking permits integration testing delayed by supplier."),
        ("D2", "Telephony replacement (cloud contact centre) – go-live for Customer Services",
         "ICT Manager", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
         "User acceptance testing complete; training booked for w/c 10 November."),
        ("D3", "Automate 20 high-volume processes using the low-code platform",
         "Transformation Lead – Digital", D(2026, 3, 31), D(2026, 3, 31), "G", "A",
         "12 of 20 delivered; developer resource moved to portal work."),
    ]),
    ("Workstream 2: Property and Accommodation", [
        ("P1", "Maidstone House floor consolidation and sub-letting of level 3",
         "Director of Regeneration and Place", D(2025, 8, 31), D(2026, 1, 31), "R", "A",
         "Tenant identified; heads of terms agreed."),
        ("P2", "Depot rationalisation – options appraisal to Cabinet",
         "Head of Property", D(2025, 10, 31), D(2025, 10, 31), "G", "Complete",
         "Cabinet approved preferred option on 15 October 2025."),
    ]),
    ("Workstream 3: People and Organisational Development", [
        ("O1", "New hybrid working policy and manager toolkit launched",
         "Head of HR / Learning and Development Manager", D(2025, 7, 31), D(2025, 7, 31), "B", "B",
         "Launched July 2025; uptake monitored through pulse survey."),
        ("O2", "Leadership development programme – cohort 2 completed",
         "Head of HR", D(2026, 4, 30), D(2026, 6, 30), "G", "G",
         "Cohort 2 starts January 2026; completion moved to allow for election period."),
        ("O3", "Workforce strategy 2026–2030 approved by Employment Committee",
         "Director of Finance, Resources and Business Improvement", D(2026, 2, 28), None, "G", "G",
         "Staff consultation planned for November."),
    ]),
]


def make_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = MBC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"], ws["B3"] = "Reporting period:", "October 2025"
    ws["D3"], ws["E3"] = "Report to:", "Corporate Leadership Team"
    ws["A4"], ws["B4"] = "Programme SRO:", "Chief Executive"
    ws["D4"], ws["E4"] = "Overall programme RAG:", "Amber"
    ws["E4"].fill = xfill("amber")
    ws["A5"] = "Summary:"
    ws["B5"] = ("Overall Amber. Digital workstream affected by supplier delay on the portal; "
                "accommodation savings now forecast from February 2026.")
    ws.merge_cells("B5:H5")
    for a in ("A3", "A4", "A5", "D3", "D4"):
        ws[a].font = BOLD
    hdr = ["Ref", "Project / key milestone", "Project lead", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Progress this period / next steps"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = BOLD
        c.fill = xfill("grey")
        c.alignment = WRAP
    r = 8
    for ws_name, rows in MBC_PLAN:
        ws.cell(row=r, column=1, value=ws_name).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = xfill("theme")
        r += 1
        for ref, ms, lead, base, fc, prev, cur, comm in rows:
            for i, v in enumerate([ref, ms, lead, base, fc, prev, cur, comm], start=1):
                if v is not None:
                    ws.cell(row=r, column=i, value=v).alignment = WRAP
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = xfill(RAG_FILL[prev])
            ws.cell(row=r, column=7).fill = xfill(RAG_FILL[cur])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues (full detail in the programme risk log)").font = BOLD
    r += 1
    for i, h in enumerate(["Type", "Description", "RAG"], start=1):
        ws.cell(row=r, column=i, value=h).font = BOLD
    r += 1
    for typ, desc, rag in [
        ("Risk", "Supplier capacity for the parking permits integration may delay portal phase 2 beyond "
                 "December 2025.", "A"),
        ("Issue", "Vacant Business Analyst post reduces capacity for process automation.", "A"),
    ]:
        ws.cell(row=r, column=1, value=typ)
        ws.cell(row=r, column=2, value=desc).alignment = WRAP
        ws.cell(row=r, column=3, value=rag).fill = xfill(RAG_FILL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from CLT: none this period.")
    for col, w in zip("ABCDEFGH", [8, 55, 34, 13, 13, 10, 10, 55]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Benefits")
    ws2["A1"] = "Financial benefits 2025/26 (£000)"
    ws2["A1"].font = BOLD
    for i, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], start=1):
        ws2.cell(row=3, column=i, value=h).font = BOLD
    for r2, row in enumerate([("Digital and Customer", 420, 360, -60),
                              ("Property and Accommodation", 310, 150, -160),
                              ("People and Organisational Development", 90, 90, 0),
                              ("Total", 820, 600, -220)], start=4):
        for i, v in enumerate(row, start=1):
            ws2.cell(row=r2, column=i, value=v)
    ws2.column_dimensions["A"].width = 38

    ws3 = wb.create_sheet("RAG definitions")
    ws3["A1"] = "RAG definitions"
    ws3["A1"].font = BOLD
    for r3, (k, v, col) in enumerate([
        ("G", "On track against baseline", "green"),
        ("A", "Forecast slippage of up to 3 months, or an issue being managed within the project", "amber"),
        ("R", "Slippage of more than 3 months, or needs escalation to CLT", "red"),
        ("B / Complete", "Milestone delivered", "blue"),
    ], start=3):
        ws3.cell(row=r3, column=1, value=k).fill = xfill(col)
        ws3.cell(row=r3, column=2, value=v)
    ws3.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, MBC_FILE))


# ======================================================================
# 6. North Warwickshire CSP - DHR 'Lesley' action plan (csv) - refuse: mistyped month
# ======================================================================
NW_FILE = "mr2-north-warwickshire-csp-dhr-lesley-action-plan-typo-month-refuse.csv"
NW_TITLE = "North Warwickshire Community Safety Partnership – Domestic Homicide Review ‘Lesley’ – Action Plan"
NW_HEADER = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
             "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome"]
# rows: (recommendation or "", scope, action, lead, milestones, target, completion)
NW_ROWS = [
    ("1. Warwickshire agencies should ensure that frontline staff routinely ask about domestic abuse when "
     "an older person discloses a change in their relationship or living arrangements.", "Local",
     "Refresh the routine enquiry guidance for adult social care and GP practices, with a specific section "
     "on older victims.", "Warwickshire County Council", "Draft guidance circulated to DHR panel",
     "31/12/2025", ""),
    ("", "",
     "Deliver briefings on domestic abuse in later life to North Warwickshire GP practices.",
     "Coventry and Warwickshire ICB", "Two of six practices briefed", "March 2026", ""),
    ("2. Agencies should recognise economic abuse and coercive control by adult family members, and "
     "record it in risk assessments.", "Local / regional",
     "Include economic abuse and adult family violence in the DASH refresher training for response "
     "officers.", "Warwickshire Police", "Training package updated", "Sept 2025",
     "Completed 24/09/2025 – 212 officers trained"),
    ("", "",
     "Work with local banks and building societies to promote the Banking Protocol and financial abuse "
     "referral routes.", "Warwickshire Police / Trading Standards", "Meeting held with two branches",
     "Decmber 2025", ""),
    ("3. North Warwickshire CSP should assure itself that housing providers identify domestic abuse when "
     "tenancy issues are reported.", "Local",
     "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for North Warwickshire Borough Council "
     "housing services.", "North Warwickshire Borough Council", "Self-assessment submitted",
     "June 2026", ""),
    ("", "",
     "Add a domestic abuse prompt to the tenancy sustainment and arrears call script.",
     "North Warwickshire Borough Council", "", "30/11/2025", ""),
]


def make_dhr_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(NW_HEADER)
    w.writerow([NW_TITLE] + [""] * (n - 1))
    w.writerow(["Updated 9 October 2025 for the Safer Warwickshire Partnership Board DHR sub-group"]
               + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(NW_HEADER)
    for row in NW_ROWS:
        w.writerow(list(row))
    w.writerow([""] * n)
    w.writerow(["Home Office template. Actions are closed only when evidence of completion has been "
                "received by the CSP."] + [""] * (n - 1))
    with open(os.path.join(HERE, NW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================
# 7. Safer Stevenage Partnership - community safety plan 2025-26 action plan (txt, tab-separated)
# ======================================================================
SS_FILE = "mr2-safer-stevenage-partnership-community-safety-plan-2025-26-action-plan.txt"
SS_TITLE = "Safer Stevenage Partnership – Community Safety Plan 2025-26: Action Plan"
SS_HEAD = "Ref\tAction\tLead partner(s)\tTimescale\tQ2 progress\tRAG"
# (priority, [(ref, action_lines, lead, timescale, progress_lines, rag)])
SS_PLAN = [
    ("Priority 1: Tackling anti-social behaviour and neighbourhood crime", [
        ("1.1", ["Deliver targeted patrols and days of action in the town centre and Bedwell."],
         "Hertfordshire Constabulary", "Q3 2025/26",
         ["Four days of action held; 31 arrests and 6 Community Protection Warnings."], "G"),
        ("1.2", ["Use the ASB case review (Community Trigger) and the Joint Action Group to agree "
                 "problem-solving plans for",
                 "repeat-victim locations, reviewed monthly."],
         "SBC Community Safety Team", "Ongoing",
         ["Three case reviews held in Q2."], "G"),
        ("1.3", ["Install two additional redeployable CCTV cameras in hotspot locations identified by the "
                 "Joint Action Group."],
         "SBC Community Safety Team / Hertfordshire Constabulary", "By 31 December 2025",
         ["Locations agreed; procurement delayed by supplier lead times.",
          "Installation now expected early December."], "A"),
    ]),
    ("Priority 2: Violence against women and girls and domestic abuse", [
        ("2.1", ["Promote the Safe Space scheme in night-time economy venues and recruit 10 new venues."],
         "Stevenage BID and SBC", "March 2026",
         ["6 venues signed up; Ask for Angela training refreshed."], "G"),
        ("2.2", ["Deliver White Ribbon awareness events during the 16 Days of Action."],
         "OPCC", "December 2025",
         ["Events planned at the library and Stevenage FC."], "G"),
    ]),
    ("Priority 3: Serious violence and exploitation", [
        ("3.1", ["Deliver fire service youth engagement sessions in Shephall and Pin Green."],
         "Hertfordshire Fire and Rescue Service", "Oct 2025 – Mar 2026",
         ["First block of sessions starts October half-term."], "G"),
        ("3.2", ["Map county lines activity with the exploitation risk management panel and share the "
                 "findings with secondary schools."],
         "Hertfordshire Constabulary", "June 2025",
         ["Mapping completed and shared with secondary heads in June."], "Complete"),
        ("3.3", ["Refresh the knife crime education programme for Year 8 pupils."],
         "SBC Community Safety Team", "March 2026",
         ["Provider funding not yet confirmed."], "R"),
    ]),
]


def make_csp_txt():
    lines = [
        SS_TITLE,
        "Quarter 2 update (July – September 2025)",
        "",
        "RAG key: G = on track; A = some slippage; R = off track; Complete = action completed",
        "",
    ]
    for priority, rows in SS_PLAN:
        lines.append(priority)
        lines.append(SS_HEAD)
        for ref, alines, lead, ts, plines, rag in rows:
            lines.append("\t".join([ref, alines[0], lead, ts, plines[0], rag]))
            extra = max(len(alines), len(plines)) - 1
            for k in range(1, extra + 1):
                a = alines[k] if k < len(alines) else ""
                p = plines[k] if k < len(plines) else ""
                lines.append("\t".join(["", a, "", "", p, ""]))
        lines.append("")
    lines.append("Next update to the Safer Stevenage Partnership Board: January 2026.")
    with open(os.path.join(HERE, SS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sar()
    make_maternity()
    make_board_log()
    make_risk_register()
    make_highlight()
    make_dhr_csv()
    make_csp_txt()
    print("built 7 files in", HERE)
