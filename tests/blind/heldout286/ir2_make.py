"""Build the seven ir2- blind test files (set heldout286).

Run with /work/main/.venv/bin/python ir2_make.py from any directory; files are
written beside this script.
"""
import csv
import io
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put_row(ws, r, values, bold=False, date_cols=()):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, datetime):
            cell.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1. East Midlands Ambulance Service NHS Trust - Public Board action log (xlsx)
# ---------------------------------------------------------------------------
def emas():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws.merge_cells("A1:I1")
    ws["A1"] = "East Midlands Ambulance Service NHS Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A2:I2")
    ws["A2"] = "Trust Board (Public Session) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Position as at 25 November 2025. Actions rated Blue are "
                "proposed for closure at this meeting.")
    ws["A3"].font = Font(italic=True)
    hdr = ["Action No.", "Meeting Date", "Minute No.", "Action", "Lead",
           "Original Due Date", "Revised Due Date", "Progress Update", "RAG"]
    put_row(ws, 5, hdr, bold=True)
    for c in range(1, 10):
        ws.cell(row=5, column=c).fill = fill("D9E1F2")
    rows = [
        ["PB/25/041", d("29/05/2025"), "25/058",
         "Circulate the revised Clinical Strategy engagement timeline to Board "
         "members ahead of the July Board development session.",
         "Director of Strategy and Transformation", d("30/06/2025"), None,
         "Timeline circulated 24/06/2025. Propose closure.", "B"],
        ["PB/25/047", d("29/05/2025"), "25/063",
         "Provide a breakdown of hospital handover delays over 60 minutes by "
         "acute trust, with a trajectory for each, in the Integrated "
         "Performance Report.",
         "Director of Operations", d("31/07/2025"), d("30/09/2025"),
         "Included in the September IPR (Appendix C). Propose closure.", "B"],
        ["PB/25/052", d("31/07/2025"), "25/081",
         "Bring a paper on the outcome of the Category 2 clinical validation "
         "pilot in Lincolnshire, including patient safety incidents and harm "
         "review findings.",
         "Medical Director / Director of Operations", d("30/09/2025"),
         d("27/01/2026"),
         "Harm review by the Clinical Safety Group delayed by data quality "
         "issues; deferred to the January 2026 Board with the agreement of "
         "the Chair.", "A"],
        ["PB/25/055", d("31/07/2025"), "25/084",
         "Review Freedom to Speak Up Guardian capacity against the national "
         "guidance and report the findings to the People Committee.",
         "Director of People", d("30/11/2025"), None,
         "Benchmarking against other ambulance trusts under way; report "
         "scheduled for the People Committee on 18 November.", "G"],
        ["PB/25/060", d("30/09/2025"), "25/102",
         "Confirm the date for the Board seminar on the Trust’s response to "
         "the Sexual Safety Charter and circulate pre-reading.",
         "Trust Secretary", d("31/10/2025"), d("31/12/2025"),
         "Not yet confirmed – seminar to be aligned with the 2026 Board "
         "development programme.", "R"],
        ["PB/25/063", d("30/09/2025"), "25/105",
         "Include in the next finance report the forecast impact of the fleet "
         "replacement programme slippage on the 2025/26 capital plan.",
         "Director of Finance", d("25/11/2025"), None,
         "Included in the Finance Report at item 14 of this agenda.", "B"],
        ["PB/25/066", d("30/09/2025"), "25/107",
         "Share the learning from the PSIRF thematic review of falls "
         "responses with the Chief Nurses of the five East Midlands ICBs.",
         "Director of Nursing and Quality", d("31/01/2026"), None,
         "On track – presentation prepared for the regional Quality "
         "Surveillance Group.", "G"],
        ["PB/25/070", d("30/09/2025"), "25/109",
         "Arrange a Board visit to the Emergency Operations Centre at "
         "Nottingham and the new Chesterfield ambulance station hub.",
         "Head of Corporate Governance", "TBC", None,
         "Dates to be agreed once the 2026 Board calendar is confirmed.", None],
        ["PB/25/071", d("30/09/2025"), "25/110",
         "Present the updated Board Assurance Framework with revised risk "
         "appetite statements for approval.",
         "Director of Corporate Affairs", d("27/01/2026"), None,
         "Draft discussed at the Audit and Risk Committee on 13 November "
         "2025.", None],
    ]
    r = 6
    for row in rows:
        put_row(ws, r, row)
        rag = row[8]
        if rag:
            ws.cell(row=r, column=9).fill = fill(FILL[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center",
                                                           vertical="top")
        r += 1
    # PB/25/071: RAG shown by colour only (green), no letter
    ws.cell(row=r - 1, column=9).fill = fill(FILL["G"])
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "Action complete – proposed for closure"),
           ("G", "On track to be delivered by the due date"),
           ("A", "Due date revised or delivery at risk"),
           ("R", "Overdue – not delivered by the due date")]
    for k, txt in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=txt)
    widths = [12, 13, 11, 60, 30, 14, 14, 50, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(
        HERE, "ir2-east-midlands-ambulance-service-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Calderdale and Huddersfield NHSFT - maternity & neonatal improvement plan
# ---------------------------------------------------------------------------
def chft():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Calderdale and Huddersfield NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Incorporating the CQC maternity inspection (May 2025) Must Do "
                 "and Should Do actions, the Three Year Delivery Plan for "
                 "Maternity and Neonatal Services and Maternity Incentive "
                 "Scheme Year 7")
    cov["A5"] = "Executive Sponsor"
    cov["B5"] = "Chief Nurse"
    cov["A6"] = "Oversight"
    cov["B6"] = "Maternity and Neonatal Improvement Board (MNIB), reporting to Quality Committee"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    put_row(cov, 9, ["Version", "Date", "Author", "Reviewed by"], bold=True)
    put_row(cov, 10, ["v0.6", d("14/10/2025"), "Maternity Quality and Governance Lead",
                      "Maternity and Neonatal Safety Champions"])
    put_row(cov, 11, ["v0.7", d("11/11/2025"), "Maternity Quality and Governance Lead",
                      "MNIB"])
    put_row(cov, 12, ["v0.8", d("20/11/2025"), "Maternity Quality and Governance Lead",
                      "Quality Committee"])
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 38
    cov.column_dimensions["D"].width = 40

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating definitions"
    key["A1"].font = Font(bold=True)
    defs = [("Blue", "Completed – evidence of sustained compliance provided to MNIB"),
            ("Green", "On track to complete by the agreed date"),
            ("Amber", "Risk to delivery by the agreed date; revised date approved by MNIB"),
            ("Red", "Off track – escalated to MNIB and Quality Committee"),
            ("Not started", "Action not yet due to start")]
    for i, (k, t) in enumerate(defs, start=2):
        key.cell(row=i, column=1, value=k).border = BOX
        if k in FILL:
            key.cell(row=i, column=1).fill = fill(FILL[k])
        key.cell(row=i, column=2, value=t).border = BOX
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – Progress Update November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Source", "Requirement / Finding", "Action", "Lead(s)",
           "Original Due Date", "Revised Due Date", "Progress Update",
           "Previous RAG", "Current RAG"]
    put_row(ws, 3, hdr, bold=True)
    for c in range(1, 11):
        ws.cell(row=3, column=c).fill = fill("7030A0")
        ws.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")

    plan = [
        ("theme", "Theme 1: Listening to and working with women and families with compassion"),
        ("finding", "CQC MD1",
         "The service must ensure that women attending maternity triage are "
         "assessed by a midwife within 15 minutes of arrival (Regulation 12).",
         [
             ["1.1", "Implement the Birmingham Symptom-specific Obstetric Triage "
              "System (BSOTS) at Calderdale Royal Hospital, including a dedicated "
              "triage midwife on every shift.",
              "Director of Midwifery / Clinical Director for Obstetrics",
              d("31/08/2025"), d("31/12/2025"),
              "BSOTS live since 6 October 2025. Triage midwife rostered on 92% "
              "of shifts in October.", "Amber", "Green"],
             ["1.2", "Undertake a monthly audit of time to triage assessment and "
              "report compliance to the Maternity and Neonatal Safety Champions.",
              "Maternity Quality and Governance Lead", "Monthly", None,
              "October audit: 81% of women assessed within 15 minutes "
              "(September 74%).", "Green", "Green"],
         ]),
        ("finding", "CQC SD3 / MNVP",
         "Women and families told us they did not always feel listened to "
         "when they raised concerns about their care.",
         [
             ["1.3", "Co-produce a ‘Raising a concern’ leaflet and poster with "
              "the Maternity and Neonatal Voices Partnership, available in the "
              "five most spoken languages in Calderdale and Kirklees.",
              "Patient Experience Midwife; MNVP Lead", d("30/09/2025"), None,
              "Leaflet and posters launched 22 September 2025 in English, Urdu, "
              "Polish, Punjabi and Arabic.", "Green", "Blue"],
             ["1.4", "Introduce a Birth Reflections service at Huddersfield Royal "
              "Infirmary offering a follow-up conversation to every woman who "
              "describes her birth experience as poor.",
              "Consultant Midwife", d("31/01/2026"), None,
              "Job plan for the Birth Reflections midwife agreed; recruitment "
              "pending vacancy control approval.", "Amber", "Amber"],
         ]),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("finding", "CQC MD2",
         "The service must ensure that staff complete mandatory training, "
         "including PROMPT and fetal monitoring training, to meet the trust "
         "target of 90% (Regulation 18).",
         [
             ["2.1", "Protect two training days per midwife and per "
              "obstetrician in the 2025/26 rota to deliver PROMPT and fetal "
              "monitoring training.",
              "Practice Development Midwife", d("31/10/2025"), d("31/03/2026"),
              "PROMPT 84%, fetal monitoring 79%. Revised date approved by MNIB "
              "on 11/11/2025.", "Red", "Amber"],
             ["2.2", "Report training compliance by staff group to Divisional "
              "Board monthly, with an exception plan for any staff group below "
              "90%.",
              "Divisional Director of Operations", "Q3 2025/26", None,
              "Standing item on Divisional Board agenda since October 2025.",
              "Green", "Blue"],
         ]),
        ("finding", "MIS Safety Action 5",
         "Midwifery staffing did not always meet the establishment set by the "
         "Birthrate Plus assessment.",
         [
             ["2.3", "Complete the Birthrate Plus reassessment and present the "
              "funded establishment gap to the Board of Directors.",
              "Director of Midwifery", d("31/07/2025"), None,
              "Presented to Board of Directors 3 July 2025.", "Blue", "Blue"],
             ["2.4", "Recruit to the 14.2 WTE midwifery vacancies, including the "
              "international recruitment cohort due to start in February 2026.",
              "Director of Midwifery / Head of Recruitment", d("31/03/2026"), None,
              "6.0 WTE appointed. International cohort visas delayed; likely "
              "start now May 2026.", "Amber", "Red"],
         ]),
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("finding", "CQC SD1",
         "The service should ensure that learning from incidents is shared "
         "with all staff in a timely way.",
         [
             ["3.1", "Publish a monthly ‘Safety Spotlight’ newsletter and discuss "
              "the key learning at every shift safety huddle.",
              "Maternity Patient Safety Specialist", d("31/10/2025"), None,
              "Four editions published; huddle sheet updated.", "Green", "Blue"],
             ["3.2", "Complete the Perinatal Culture and Leadership Programme "
              "(PCLP) diagnostic and agree the culture improvement plan with the "
              "perinatal leadership team.",
              "Director of Midwifery", d("30/11/2025"), d("28/02/2026"),
              "SCORE survey closed 14 November; results expected January 2026.",
              "Amber", "Amber"],
         ]),
        ("theme", "Theme 4: Standards and structures that underpin safer, more "
                  "personalised, and more equitable care"),
        ("finding", "CQC MD3",
         "The service must ensure that early warning scores are completed and "
         "escalated in line with national guidance (Regulation 12).",
         [
             ["4.1", "Replace the local obstetric early warning chart with the "
              "national Maternity Early Warning Score (MEWS) on both sites.",
              "Obstetric Lead for Patient Safety", d("30/06/2026"), None,
              "Implementation group established; go-live planned for June "
              "2026.", "Green", "Green"],
             ["4.2", "Audit compliance with MEWS escalation quarterly and present "
              "the results at the Maternity Governance Forum.",
              "Maternity Quality and Governance Lead", "Quarterly", None,
              "To begin once the national MEWS is live.", None, "Not started"],
         ]),
    ]
    r = 4
    for item in plan:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            r += 1
            continue
        _, source, finding, actions = item
        first = r
        for a in actions:
            ref, text, lead, orig, rev, prog, prev, cur = a
            put_row(ws, r, [ref, source if r == first else None,
                            finding if r == first else None, text, lead, orig,
                            rev, prog, prev, cur])
            for col, val in ((9, prev), (10, cur)):
                if val in FILL:
                    ws.cell(row=r, column=col).fill = fill(FILL[val])
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths = [7, 14, 45, 55, 32, 14, 14, 45, 12, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme"
    sm["A1"].font = Font(bold=True)
    put_row(sm, 2, ["Theme", "Blue", "Green", "Amber", "Red", "Not started", "Total"], bold=True)
    put_row(sm, 3, ["Theme 1", 1, 2, 1, 0, 0, 4])
    put_row(sm, 4, ["Theme 2", 2, 0, 1, 1, 0, 4])
    put_row(sm, 5, ["Theme 3", 1, 0, 1, 0, 0, 2])
    put_row(sm, 6, ["Theme 4", 0, 1, 0, 0, 1, 2])
    put_row(sm, 7, ["Total", 4, 3, 3, 1, 1, 12], bold=True)
    sm.column_dimensions["A"].width = 14
    wb.save(os.path.join(
        HERE, "ir2-calderdale-huddersfield-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lewes District Council - strategic risk register Q3 2025/26 (refuse)
# ---------------------------------------------------------------------------
def lewes():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ws["A1"] = "Lewes District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Standards Committee – 26 January 2026"
    hdr = ["Risk Ref", "Risk and consequences", "Risk Owner",
           "Current Score (L x I)", "Mitigating actions", "Action Owner",
           "Target Date", "Target Score", "Direction of Travel", "Action RAG"]
    put_row(ws, 5, hdr, bold=True)
    for c in range(1, 11):
        ws.cell(row=5, column=c).fill = fill("1F4E78")
        ws.cell(row=5, column=c).font = Font(bold=True, color="FFFFFF")
    rows = [
        ("risk", "SR01",
         "Financial sustainability – The Council is unable to set a balanced "
         "budget over the medium term, leading to unplanned use of reserves "
         "and reductions in services.", "Chief Finance Officer", "4 x 5 = 20",
         "4 x 4 = 16", "↔"),
        ("act", "SR01.1",
         "Deliver the 2026/27 savings and income programme of £2.1m, monitored "
         "monthly by the Corporate Management Team.", "Head of Finance",
         "Mar-2026", "A"),
        ("act", "SR01.2",
         "Refresh the Medium Term Financial Strategy to reflect the Local "
         "Government Finance Settlement and the fair funding review.",
         "Chief Finance Officer", "Feb-2026", "G"),
        ("risk", "SR02",
         "Local government reorganisation – Uncertainty over the East Sussex "
         "reorganisation proposals diverts capacity and delays decisions on "
         "key projects.", "Chief Executive", "4 x 4 = 16", "3 x 4 = 12", "↑"),
        ("act", "SR02.1",
         "Establish a Local Government Reorganisation programme board with "
         "dedicated programme management support.", "Chief Executive",
         "Dec-2025", "G"),
        ("act", "SR02.2",
         "Agree a joint data-sharing protocol with East Sussex County Council "
         "and the other district and borough councils.",
         "Head of Legal and Democratic Services", "Jul-2O26", "G"),
        ("risk", "SR03",
         "Housing compliance – Failure to meet the Regulator of Social Housing "
         "consumer standards for the Council’s 3,200 homes, including damp and "
         "mould obligations under Awaab’s Law.", "Director of Service Delivery",
         "3 x 5 = 15", "2 x 5 = 10", "↓"),
        ("act", "SR03.1",
         "Complete the stock condition survey of the remaining 30% of council "
         "homes.", "Head of Homes First", "Sep-2026", "A"),
        ("act", "SR03.2",
         "Implement the damp and mould case management module in the housing "
         "management system.", "Head of Homes First", "Mar-2026", "G"),
        ("risk", "SR04",
         "Cyber security – A successful cyber attack disrupts service delivery "
         "and results in the loss of personal data.", "Assistant Director – Digital",
         "3 x 5 = 15", "2 x 5 = 10", "↔"),
        ("act", "SR04.1",
         "Achieve the Cyber Assessment Framework (CAF) for local government "
         "baseline profile.", "Head of Information Technology", "Dec-2026", "G"),
        ("act", "SR04.2",
         "Run a cyber incident exercise with the Corporate Management Team and "
         "test the IT disaster recovery plan.",
         "Head of Information Technology / Emergency Planning Officer",
         "Nov-2025", "R"),
    ]
    r = 6
    for row in rows:
        if row[0] == "risk":
            _, ref, desc, owner, cur, tgt, dot = row
            put_row(ws, r, [ref, desc, owner, cur, None, None, None, tgt, dot, None])
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = fill("DDEBF7")
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=2).font = Font(bold=True)
        else:
            _, ref, text, owner, date, rag = row
            put_row(ws, r, [ref, None, None, None, text, owner, date, None, None, rag])
            ws.cell(row=r, column=10).fill = fill(FILL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Scoring: Likelihood (1–5) x Impact (1–5). 15–25 High; 8–12 Medium; 1–6 Low."))
    r += 1
    ws.cell(row=r, column=1, value=(
        "Action RAG: G = on track; A = some slippage; R = overdue. Direction of "
        "travel compares the current score with Quarter 2."))
    widths = [9, 50, 24, 12, 55, 30, 12, 12, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(
        HERE, "ir2-lewes-dc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Safeguarding Partnership Board (Jersey) - SAR 'Margaret' action plan
# ---------------------------------------------------------------------------
def jersey():
    doc = Document()
    doc.add_heading("Safeguarding Adults Review ‘Margaret’ – Multi-Agency Action Plan", level=0)
    doc.add_paragraph("Safeguarding Partnership Board, Jersey")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [["1.0", "12 June 2025", "SPB Business Manager",
                 "Agreed by the SPB Case Review Sub-Group"],
                ["2.0", "9 September 2025", "SPB Business Manager",
                 "Updated following agency returns"],
                ["3.0", "14 November 2025", "SPB Business Manager",
                 "Progress update for the SPB Quality Assurance Sub-Group"]]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph(
        "RAG status: Blue – complete and evidenced; Green – on track; Amber – "
        "some slippage against the timescale; Red – not progressing, escalate "
        "to the SPB.")

    themes = [
        ("Theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: The Safeguarding Partnership Board should seek "
             "assurance that the multi-agency self-neglect and hoarding procedure "
             "is understood and used by frontline practitioners in all partner "
             "agencies.", [
                 ["1.1", "Relaunch the Self-Neglect and Hoarding Procedure through "
                  "a series of multi-agency briefings, including use of the "
                  "Clutter Image Rating tool.", "SPB Business Manager",
                  "September 2025",
                  "Four briefings delivered to 126 practitioners between July "
                  "and September 2025.", "Blue"],
                 ["1.2", "Audit a sample of 20 self-neglect referrals to test "
                  "whether the procedure was followed and a multi-agency meeting "
                  "convened where required.", "Head of Adult Safeguarding, HCS",
                  "31/01/2026",
                  "Audit tool agreed at QA Sub-Group; case sampling under way.",
                  "Green"],
             ]),
            ("Recommendation 2: All agencies should ensure that mental capacity "
             "assessments are completed and recorded where there is doubt about "
             "a person’s ability to make decisions about their living "
             "conditions.", [
                 ["2.1", "Deliver Capacity and Self-Determination (Jersey) Law "
                  "2016 refresher training to Adult Social Care, Family Nursing & "
                  "Home Care and Andium Homes tenancy staff.",
                  "Adult Social Care Training Lead / FNHC Head of Education",
                  "March 2026",
                  "Training dates published; Andium Homes staff booked for "
                  "January 2026.", "Green"],
                 ["2.2", "Add a mandatory capacity prompt to the adult "
                  "safeguarding referral form on the HCS electronic patient "
                  "record.", "HCS Digital Lead", "December 2025",
                  "System change delayed by the Maestro upgrade; original "
                  "October 2025 date revised with the agreement of the QA "
                  "Sub-Group.", "Amber"],
             ]),
        ]),
        ("Theme 2: Working with families and carers", [
            ("Recommendation 3: Agencies should routinely seek and record the "
             "views of family members and carers when planning care for an adult "
             "at risk who is not engaging with services.", [
                 ["3.1", "Update the Adult Social Care assessment template to "
                  "include a section for the views of family and carers.",
                  "Head of Adult Social Care", "30/11/2025",
                  "Template updated and live from 3 November 2025.", "Blue"],
                 ["3.2", "Co-produce a carers’ information leaflet on raising "
                  "safeguarding concerns with Carers Jersey.",
                  "SPB Business Manager & Carers Jersey", "Ongoing",
                  "Not yet started.", ""],
             ]),
        ]),
        ("Theme 3: Information sharing and escalation", [
            ("Recommendation 4: States of Jersey Police and Health and Community "
             "Services should review how concerns identified during police "
             "welfare checks are shared with the Adult Safeguarding Team.", [
                 ["4.1", "Agree a joint protocol for sharing the outcome of "
                  "welfare checks involving adults with care and support needs "
                  "with the Adult Safeguarding Team within 24 hours.",
                  "Detective Inspector, Public Protection Unit / Head of Adult "
                  "Safeguarding, HCS", "February 2026",
                  "Draft protocol with SoJP legal services for comment.", "Green"],
                 ["4.2", "Include the SPB escalation and professional challenge "
                  "policy in the induction of all new staff in partner agencies.",
                  "All SPB partner agencies", "March 2026",
                  "Three of seven agencies have confirmed inclusion.", "Amber"],
                 ["4.3", "Test the impact of the protocol through a multi-agency "
                  "case file audit six months after implementation.",
                  "SPB Quality Assurance Sub-Group", "September 2026", "", ""],
             ]),
        ]),
    ]
    rag_hex = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, actions in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(top, rec)
            shade(top, "D9E2F3")
            for i, h in enumerate(["Ref", "Action", "Lead agency / officer",
                                   "Timescale", "Progress update (November 2025)",
                                   "RAG"]):
                bold_cell(t.rows[1].cells[i], h)
            for a in actions:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    cells[i].text = v
                if a[5] in rag_hex:
                    shade(cells[5], rag_hex[a[5]])
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Agreed by"
    t.rows[0].cells[1].text = "Independent Chair, Safeguarding Partnership Board"
    t.rows[1].cells[0].text = "Date"
    t.rows[1].cells[1].text = "14 November 2025"
    doc.save(os.path.join(
        HERE, "ir2-jersey-safeguarding-partnership-board-sar-margaret-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Chorley Community Safety Partnership - DHR 'Hannah' action plan (docx)
# ---------------------------------------------------------------------------
def chorley():
    doc = Document()
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Domestic Homicide Review ‘Hannah’ – Action Plan", level=0)
    p = doc.add_paragraph("Chorley Community Safety Partnership – updated November 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "RAG key: Green = action completed; Amber = action in progress; "
        "Red = action overdue.")

    doc.add_heading("Part A – Overview Report recommendations", level=1)
    hdr = ["Recommendation", "Scope of recommendation", "Action to take",
           "Lead agency", "Key milestones achieved in enacting recommendation",
           "Target date", "Date of completion and outcome", "RAG"]
    recs = [
        ("1. Chorley Community Safety Partnership should seek assurance that "
         "partner agencies understand and use the DASH risk identification "
         "checklist when coercive and controlling behaviour is disclosed.",
         "Local", [
             ["Deliver coercive control and DASH refresher training to frontline "
              "practitioners across the partnership.", "Chorley Council",
              "Training commissioned from Lancashire Victim Services; three "
              "sessions held.", "March 2025",
              "Completed 27/03/2025 – 64 practitioners trained.", "Green"],
             ["Audit a sample of MARAC referrals from Chorley to check that the "
              "DASH risk identification checklist was completed and shared.",
              "Lancashire Constabulary / Chorley Council",
              "Audit scope agreed at CSP Board in June 2025.",
              "31st December 2025", "", "Amber"],
         ]),
        ("2. Lancashire and South Cumbria Integrated Care Board should ensure "
         "that GP practices in Chorley ask about domestic abuse when patients "
         "present with anxiety, depression or repeated injuries.",
         "Local / Regional", [
             ["Roll out the IRIS (Identification and Referral to Improve Safety) "
              "programme to all GP practices in Chorley and South Ribble.",
              "Lancashire and South Cumbria ICB",
              "Eleven of sixteen practices trained.", "September 2025", "",
              "Red"],
             ["Add a domestic abuse enquiry prompt to the GP clinical system "
              "template used for mental health reviews.",
              "Lancashire and South Cumbria ICB", "Template change tested.",
              "June 2025", "Completed June 2025 – prompt live on the EMIS "
              "template.", "Green"],
         ]),
        ("3. Lancashire Teaching Hospitals NHS Foundation Trust should ensure "
         "that routine enquiry about domestic abuse takes place in the Emergency "
         "Department when it is safe to do so.",
         "Local", [
             ["Introduce a routine enquiry question into the Emergency "
              "Department triage documentation at Chorley and South Ribble "
              "Hospital.", "Lancashire Teaching Hospitals NHS Foundation Trust",
              "Question drafted and agreed by the Safeguarding Committee.",
              "31/10/2025", "", "Amber"],
         ]),
    ]
    rag_hex = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9D9D9")
    for rec, scope, actions in recs:
        first = len(t.rows)
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i + 2].text = v
            if a[5] in rag_hex:
                shade(cells[7], rag_hex[a[5]])
        last = len(t.rows) - 1
        c0 = t.cell(first, 0).merge(t.cell(last, 0))
        c0.text = rec
        c1 = t.cell(first, 1).merge(t.cell(last, 1))
        c1.text = scope

    doc.add_paragraph("")
    doc.add_heading("Part B – Single agency recommendations", level=1)
    hdr2 = ["No.", "Single agency recommendation", "Action", "Lead officer",
            "Target date", "Progress", "RAG"]
    recs2 = [
        ("SA1. Probation Service: ensure that domestic abuse safeguarding "
         "enquiries are made with the police and children’s services at the "
         "start of every sentence or licence.", [
             ["SA1.1", "Remind all Probation Practitioners in the Chorley office "
              "of the requirement to complete domestic abuse safeguarding "
              "enquiries within 10 working days of sentence.",
              "Head of Chorley and South Ribble Probation Delivery Unit",
              "April 2025", "Briefing delivered at team meeting 10/04/2025.",
              "Green"],
         ]),
        ("SA2. Chorley Council: ensure that housing options staff identify and "
         "record domestic abuse when a household presents as homeless.", [
             ["SA2.1", "Add a mandatory domestic abuse screening question to the "
              "housing options triage form and monitor completion quarterly.",
              "Housing Options Manager", "Jan 2026",
              "Form change specified; awaiting supplier release.", "Amber"],
             ["SA2.2", "Achieve Domestic Abuse Housing Alliance (DAHA) "
              "accreditation.", "Head of Housing", "December 2026",
              "Gap analysis against the DAHA standards completed.", "Amber"],
         ]),
    ]
    t2 = doc.add_table(rows=1, cols=7)
    t2.style = "Table Grid"
    for i, h in enumerate(hdr2):
        bold_cell(t2.rows[0].cells[i], h)
        shade(t2.rows[0].cells[i], "D9D9D9")
    for rec, actions in recs2:
        first = len(t2.rows)
        for a in actions:
            ref, text, lead, date, prog, rag = a
            cells = t2.add_row().cells
            cells[0].text = ref
            cells[2].text = text
            cells[3].text = lead
            cells[4].text = date
            cells[5].text = prog
            cells[6].text = rag
            if rag in rag_hex:
                shade(cells[6], rag_hex[rag])
        last = len(t2.rows) - 1
        c = t2.cell(first, 1).merge(t2.cell(last, 1)) if last > first else t2.cell(first, 1)
        c.text = rec
    doc.add_paragraph("")
    doc.add_paragraph(
        "This action plan is monitored by the Chorley Community Safety "
        "Partnership DHR Sub-Group. Completed actions remain on the plan until "
        "the Home Office has been notified of completion.")
    doc.save(os.path.join(HERE, "ir2-chorley-csp-dhr-hannah-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Gloucestershire Council - transformation highlight report (csv)
# ---------------------------------------------------------------------------
def southglos():
    rows = [
        ["South Gloucestershire Council", "", "", "", "", "", "", ""],
        ["Council Transformation Programme – Highlight Report", "", "", "", "", "", "", ""],
        ["Reporting period: October 2025 (Period 7)", "", "", "", "", "", "", ""],
        ["Report to: Transformation Programme Board, 12 November 2025", "", "", "", "", "", "", ""],
        ["Overall programme status", "Amber", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Workstream", "Ref", "Milestone / action", "Responsible officer",
         "Baseline date", "Forecast date", "RAG", "Commentary"],
        ["1. Customer Access and Digital", "CAD-01",
         "Launch the new customer portal with online council tax and waste services.",
         "Head of Customer Services", "30/09/2025", "30/09/2025", "Complete",
         "Portal launched 29 September; 4,120 accounts registered in the first month."],
        ["", "CAD-02",
         "Migrate the remaining 14 online forms from the legacy platform to the new portal.",
         "Digital Programme Manager", "31/12/2025", "31/03/2026", "A",
         "Supplier resource constraints; revised forecast agreed by Programme Board."],
        ["", "CAD-03",
         "Pilot AI-assisted webchat in the customer contact centre.",
         "Head of Customer Services / Head of ICT", "31/01/2026", "31/01/2026", "G",
         "Procurement complete; data protection impact assessment in progress."],
        ["2. Adult Social Care Prevention and Reablement", "ASC-01",
         "Expand reablement service capacity by 20% through the in-house recruitment campaign.",
         "Ellis, Hannah", "31/03/2026", "31/03/2026", "G",
         "22 of 30 posts recruited."],
        ["", "ASC-02",
         "Deliver strengths-based practice training to all assessment staff.",
         "Principal Social Worker (Adults)", "30/11/2025", "31/01/2026", "A",
         "Two of five cohorts moved to January owing to winter planning."],
        ["", "ASC-03",
         "Extend the technology enabled care offer to 500 additional residents.",
         "Head of Commissioning", "31/03/2026", "30/06/2026", "R",
         "Provider mobilisation delayed; recovery plan requested for the December Board."],
        ["3. Property and Assets", "PA-01",
         "Complete the office accommodation review and agree the future use of the Kingswood Civic Centre.",
         "Director of Resources and Business Services", "31/10/2025", "31/10/2025", "Complete",
         "Cabinet decision 13 October 2025."],
        ["", "PA-02",
         "Dispose of the three surplus sites identified in the Asset Rationalisation Plan.",
         "Head of Property", "31/03/2026", "30/06/2026", "A",
         "Two sites being marketed; third site subject to a community asset transfer request."],
        ["4. Workforce and Culture", "WC-01",
         "Implement the new hybrid working policy following consultation with the trade unions.",
         "Head of HR", "30/09/2025", "30/11/2025", "G",
         "Consultation closed 31 October; policy to Appointments and Employment Committee in November."],
        ["", "WC-02",
         "Launch the leadership development programme for the top 120 managers.",
         "Head of Organisational Development", "31/01/2026", "31/01/2026", "G",
         "Provider appointed; first cohort dates confirmed."],
        ["", "", "", "", "", "", "", ""],
        ["Milestone summary", "", "", "", "", "", "", ""],
        ["Complete", "2", "", "", "", "", "", ""],
        ["Green", "4", "", "", "", "", "", ""],
        ["Amber", "3", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Total", "10", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: G = on track; A = at risk (forecast later than baseline); "
         "R = off track, Programme Board decision required; Complete = milestone delivered",
         "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(
            HERE, "ir2-south-gloucestershire-council-transformation-programme-highlight-report.csv"),
            "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Lancaster District CSP - partnership plan 2025-26 delivery plan (txt)
# ---------------------------------------------------------------------------
def lancaster():
    lines = [
        "Lancaster District Community Safety Partnership",
        "Partnership Plan 2025-26 – Delivery Plan",
        "Quarter 2 update (July – September 2025) for the CSP Executive Group, 16 October 2025",
        "",
        "RAG: G = on track   A = some slippage   R = off track   C = complete",
        "",
        "Ref\tAction\tLead partner(s)\tBy when\tQ2 RAG\tQ2 update",
        "PRIORITY 1: DOMESTIC ABUSE",
        "DA1\tCommission a Lancaster district domestic abuse perpetrator programme with the Office of the Police and Crime Commissioner.\tLancaster City Council / OPCC\tMarch 2026\tG\tSpecification agreed; tender open until 31 October.",
        "DA2\tDeliver White Ribbon accreditation activity, including a 16 Days of Action campaign.\tLancaster City Council\tDec 2025\tG\tCampaign plan signed off by the Domestic Abuse Delivery Group.",
        "DA3\tEmbed Operation Encompass notifications to schools in the Morecambe area.\tLancashire Constabulary\tSept 2025\tC\tLive in all 27 Morecambe schools.",
        "",
        "PRIORITY 2: SERIOUS VIOLENCE",
        "SV1\tPublish the Lancaster district serious violence problem profile and share it with the Lancashire Violence Reduction Network.\tLancashire Violence Reduction Network\tJuly 2025\tC\tPublished 18 July 2025.",
        "SV2\tRun knife crime awareness sessions in secondary schools and at Lancaster and Morecambe College.\tLancashire Constabulary & Lancaster and Morecambe College\tMarch 2026\tA\tCollege sessions postponed to the spring term.",
        "SV3\tKeep the night-time economy Safe Space in Lancaster city centre open on Friday and Saturday nights.\tLancaster BID\tOngoing\tG\tFunding secured to March 2026.",
        "",
        "PRIORITY 3: ANTI-SOCIAL BEHAVIOUR",
        "ASB1\tDeliver ASB case review (Community Trigger) training for partner staff.\tLancaster City Council Community Safety Team\tQuarterly\tG\tQ2 session held 9 September; 31 attendees.",
        "ASB2\tDeliver targeted youth diversion activity in the West End of Morecambe during the summer holidays.\tLancashire County Council (Youth Services)\tAugust 2025\tC\tEight-week programme delivered; 140 young people engaged.",
        "ASB3\tInstall additional CCTV cameras at hotspot locations on Morecambe promenade.\tLancaster City Council\tJan-26\tR\tCapital bid unsuccessful; alternative funding being sought.",
        "",
        "PRIORITY 4: COMMUNITY COHESION",
        "CC1\tDeliver hate crime awareness training to licensed premises staff and taxi drivers.\tLancaster City Council Licensing / Lancashire Constabulary Hate Crime Unit\tQ4 2025/26\tA\tTraining package agreed; taxi driver sessions to be booked.",
        "",
        "PRIORITY 5: ROAD SAFETY",
        "RS1\tRun community speed watch events in rural wards with the Lancashire Road Safety Partnership.\tLancashire Road Safety Partnership\t30/11/2025\tG\tSix events held; three more planned.",
        "",
        "Notes: actions rated C will be removed from the delivery plan at the Q3 update. Contact: community.safety@lancaster.gov.uk",
    ]
    with open(os.path.join(
            HERE, "ir2-lancaster-district-csp-community-safety-partnership-plan-2025-26-action-plan.txt"),
            "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    emas()
    chft()
    lewes()
    jersey()
    chorley()
    southglos()
    lancaster()
    print("built 7 files in", HERE)
