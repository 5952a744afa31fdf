"""Generator for the ct2- blind cases (partnership, NHS and corporate plans)."""
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

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F3864", "sec": "D9E1F2", "grey": "D9D9D9",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def hdr_row(ws, r, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(r, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def body_cell(ws, r, col, v, fmt=None):
    c = ws.cell(r, col, v)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------- 1 board action log
def board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Action Log"
    ws["A1"] = "Calderdale and Huddersfield NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (held in public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 6 March 2025. Closed actions are removed after they have been reported once."
    heads = ["Ref", "Action", "Lead", "Due date", "Revised due date", "Progress update", "RAG"]
    hdr_row(ws, 5, heads)
    rows = [
        ("Board meeting 7 November 2024", None),
        ("104/24", "Present the refreshed Health Inequalities Plan, with metrics by deprivation decile and ethnicity, to a future Board meeting.",
         "Director of Public Health Partnerships", D(2025, 1, 9), D(2025, 3, 6),
         "Deferred from January to allow the Population Health Group to agree the metrics. Presented to Board on 6 March 2025.", "B"),
        ("109/24", "Circulate the breakdown of agency spend by staff group and division to Board members outside the meeting.",
         "BB", D(2024, 12, 31), None,
         "Breakdown circulated by email on 12 December 2024.", "B"),
        ("112/24", "Arrange a Board development session on the Electronic Patient Record optimisation programme.",
         "Chief Digital and Information Officer", "Apr-25", None,
         "Session provisionally booked for the April Board development day; agenda being drafted with the EPR team.", "G"),
        ("Board meeting 9 January 2025", None),
        ("07/25", "Provide assurance on the actions taken to reduce ambulance handover delays over 60 minutes at Calderdale Royal Hospital.",
         "LH / JS", D(2025, 3, 6), D(2025, 5, 8),
         "Initial update given in March. The full urgent and emergency care assurance report will come to the May Board once winter data is validated.", "A"),
        ("11/25", "Include staff turnover and sickness absence by division in the Integrated Performance Report.",
         "Director of Workforce and OD", D(2025, 3, 6), None,
         "Added to the IPR from the February 2025 edition.", "B"),
        ("15/25", "Review the Freedom to Speak Up action plan against the national reflection and planning tool and report back.",
         "Suzanne Dunkley", D(2025, 7, 10), None,
         "Self-assessment against the tool under way with the Freedom to Speak Up Guardians; on track for July.", "G"),
        ("Board meeting 6 March 2025", None),
        ("32/25", "Bring the 2025/26 capital programme prioritisation, including the estates backlog maintenance risk, to the Finance and Performance Committee before it returns to Board.",
         "KG", "Q1 2025/26", None,
         "Scheduled for the Finance and Performance Committee in May 2025.", "G"),
        ("36/25", "Confirm the date by which the maternity triage telephone line will be staffed 24/7 by a dedicated midwife.",
         "Director of Midwifery", D(2025, 4, 30), None,
         "Recruitment to two posts has slipped; vacancy control panel approval still awaited. Risk added to the divisional register.", "R"),
    ]
    r = 6
    for row in rows:
        if row[1] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            c = ws.cell(r, 1, row[0])
            c.font = Font(bold=True)
            c.fill = fill("sec")
            r += 1
            continue
        ref, act, lead, due, rev, upd, rag = row
        body_cell(ws, r, 1, ref)
        body_cell(ws, r, 2, act)
        body_cell(ws, r, 3, lead)
        body_cell(ws, r, 4, due, "dd/mm/yyyy" if isinstance(due, D) else None)
        body_cell(ws, r, 5, rev, "dd/mm/yyyy" if isinstance(rev, D) else None)
        body_cell(ws, r, 6, upd)
        c = body_cell(ws, r, 7, rag)
        c.fill = fill(rag)
        c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for k, t in [("B", "Complete – to be removed from the log"), ("G", "On track to be delivered by the due date"),
                 ("A", "Delayed – revised date agreed by the Board"), ("R", "Overdue or at risk of not being delivered")]:
        r += 1
        c = ws.cell(r, 1, k)
        c.fill = fill(k)
        ws.cell(r, 2, t)
    for col, w in zip("ABCDEFG", [9, 55, 24, 12, 12, 55, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ct2-calderdale-huddersfield-nhsft-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 maternity highlight report (docx)
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def maternity():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    doc.add_paragraph("Hull University Teaching Hospitals NHS Trust")
    doc.add_paragraph("Reporting period: April 2025          Report to: Quality Committee, 20 May 2025")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Author", "Maternity Improvement Lead"),
                                ("Executive sponsor", "Chief Nurse"), ("Date", "12 May 2025")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(
        "Overall programme status remains Amber. Midwifery staffing has improved with the arrival of the "
        "international recruits, but the triage and postnatal ward actions are behind plan. Two actions "
        "were completed this month and one has been escalated to the Maternity and Neonatal Safety Champions.")
    work = [
        ("Workstream 1: Safe staffing", [
            ("1.1", "Complete the Birthrate Plus reassessment and present the staffing establishment to Trust Board.",
             "Director of Midwifery", "30/06/2025", "On track", "Data collection finished in March; report expected from Birthrate Plus in June."),
            ("1.2", "Recruit to the 14.2 WTE band 5/6 midwifery vacancies, including the international recruitment cohort.",
             "Head of Midwifery / Consultant Midwife", "Sept 2025", "Amber", "9 WTE in post; the remaining cohort is awaiting NMC registration."),
            ("1.3", "Introduce a supernumerary labour ward coordinator on every shift and audit compliance monthly.",
             "Clinical Director – Obstetrics", "Complete", "Complete", "100% compliance in the March and April audits."),
        ]),
        ("Workstream 2: Listening to women and families", [
            ("2.1", "Co-produce a revised postnatal discharge information pack with the Maternity and Neonatal Voices Partnership.",
             "Patient Experience Midwife", "Q2 2025/26", "On track", "Two co-production workshops held; draft due in July."),
            ("2.2", "Respond to all maternity complaints within the 40 working day standard.",
             "Maternity Governance Lead", "Ongoing", "Amber", "78% responded within standard in April (target 90%)."),
            ("2.3", "Implement a dedicated maternity triage telephone line using the BSOTS model.",
             "Head of Midwifery", "31/03/2025 (revised 31/07/2025)", "Red", "Escalated to Safety Champions: estates work for the triage area has slipped."),
        ]),
        ("Workstream 3: Clinical governance and learning", [
            ("3.1", "Clear the backlog of maternity incident investigations over 60 days old.",
             "Maternity Governance Lead", "End of June 2025", "On track", "Backlog reduced from 31 to 12 cases."),
            ("3.2", "Publish a monthly learning bulletin covering PSII findings and themes from the Perinatal Mortality Review Tool.",
             "Consultant Obstetrician (Risk)", "May-25", "Complete", "First bulletin issued on 2 May 2025."),
        ]),
    ]
    colours = {"On track": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for name, acts in work:
        doc.add_heading(name, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Due date", "Status", "Update this period"]):
            tb.rows[0].cells[i].text = h
        bold_row(tb.rows[0])
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], colours[a[4]])
    doc.add_heading("Status key", level=3)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, d) in enumerate([("Complete", "Action delivered and evidence held"),
                                ("On track", "Progressing to plan"),
                                ("Amber", "Some delay; recoverable within the quarter"),
                                ("Red", "Off track; escalation required")]):
        k.cell(i, 0).text = w
        shade(k.cell(i, 0), colours[w])
        k.cell(i, 1).text = d
    doc.save(os.path.join(OUT, "ct2-hull-university-teaching-hospitals-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 3 risk register with a mistyped month (refuse)
def risk_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2024-25"
    ws["A1"] = "Ipswich Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2024/25 (position at 31 December 2024)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Governance Committee, 29 January 2025"
    heads = ["Risk ref", "Risk description", "Risk owner", "Current score (LxI)", "Further actions to reduce the risk",
             "Action owner", "Target date", "Progress", "RAG"]
    hdr_row(ws, 5, heads)
    risks = [
        ("CR01", "Medium Term Financial Strategy: the Council cannot set a balanced budget for 2025/26 and beyond.", "Chief Executive", "4x4 = 16", [
            ("Deliver the 2025/26 savings programme and report progress monthly to the Executive.", "Head of Finance", "March 2025", "£1.1m of £1.6m savings identified.", "A"),
            ("Review the level of earmarked reserves as part of budget setting.", "Head of Finance", "31/01/2025", "Reserves review completed and reported to Executive.", "B"),
        ]),
        ("CR02", "Cyber security: a successful cyber attack disrupts service delivery and compromises data.", "Head of ICT", "4x5 = 20", [
            ("Complete the migration of the remaining on-premises servers to the cloud tenancy.", "ICT Infrastructure Manager", "Jnue 2025", "Migration of the revenues and benefits system scheduled for May.", "G"),
            ("Run a phishing simulation exercise for all staff and councillors.", "ICT Security Officer", "Feb-25", "Exercise planned for week commencing 10 February.", "G"),
        ]),
        ("CR03", "Housing: increased demand for temporary accommodation exceeds supply and budget.", "Head of Housing", "4x3 = 12", [
            ("Acquire 20 additional units of council-owned temporary accommodation.", "Housing Strategy Manager", "September 2025", "12 units acquired; 5 under offer.", "G"),
            ("Refresh the Homelessness Prevention Strategy.", "Housing Options Manager", "April 2025", "Consultation closes in February.", "A"),
        ]),
    ]
    r = 6
    for ref, desc, owner, score, acts in risks:
        start = r
        for act, aowner, tgt, prog, rag in acts:
            for col, v in zip(range(5, 9), (act, aowner, tgt, prog)):
                body_cell(ws, r, col, v)
            c = body_cell(ws, r, 9, {"R": "Red", "A": "Amber", "G": "Green", "B": "Complete"}[rag])
            c.fill = fill(rag)
            r += 1
        for col, v in zip(range(1, 5), (ref, desc, owner, score)):
            body_cell(ws, start, col, v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHI", [8, 40, 18, 12, 48, 24, 14, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ct2-ipswich-bc-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 SAR action plan, merged recommendation cells
def sar_plan():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult V"
    ws["A1"] = "Wolverhampton Safeguarding Together – Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Safeguarding Adults Review 'Adult V' – Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Review published September 2024. Progress is monitored by the SAR and Learning Sub-group and reported to the Board quarterly."
    heads = ["Recommendation", "Ref", "Action", "Lead", "Target date", "Revised date", "Progress / evidence of impact", "RAG"]
    hdr_row(ws, 5, heads)
    recs = [
        ("R1. The SAB should seek assurance that partners apply the self-neglect and hoarding guidance, including use of the multi-agency risk management (MARM) process.", [
            ("1.1", "Relaunch the self-neglect and hoarding guidance through a practitioner briefing and a 7-minute briefing.", "SAB Business Manager", D(2024, 12, 1), None,
             "Briefing delivered on 28 November 2024 to 140 practitioners; 7-minute briefing published on the website.", "Complete"),
            ("1.2", "Audit a sample of 20 self-neglect cases to test whether MARM meetings were considered and held.", "Principal Social Worker (Adults)", D(2025, 3, 1), D(2025, 6, 1),
             "Audit tool agreed; audit delayed by the Care Act assessment backlog. Revised date agreed at the January sub-group.", "Amber"),
        ]),
        ("R2. Partners should ensure that mental capacity is assessed and recorded when a person repeatedly declines care that places them at risk.", [
            ("2.1", "Add a prompt for a decision-specific capacity assessment to the adult social care and district nursing records where care is declined.", "Head of Adult Safeguarding / Named Nurse Adult Safeguarding", D(2025, 4, 1), None,
             "Adult social care template changed in February. District nursing change requested from the system supplier.", "Green"),
            ("2.2", "Deliver Mental Capacity Act refresher training focusing on executive function.", "MCA Lead, Royal Wolverhampton NHS Trust", "Ongoing", None,
             "Four sessions delivered so far; the sessions are now part of the rolling training offer.", "Green"),
        ]),
        (None, None),
        ("R3. The SAB should gain assurance that information about fire risk is shared between agencies.", [
            ("3.1", "Agree a referral pathway to West Midlands Fire Service for Safe and Well visits for adults who smoke and have limited mobility.", "Station Commander, Prevention", D(2025, 1, 1), None,
             "Pathway agreed and in use; 23 referrals made between January and March.", "Complete"),
            ("3.2", "Include fire risk in the multi-agency safeguarding audit programme for 2025/26.", "Chair, Quality and Performance Sub-group", "Q2 2025/26", None,
             "Included in the draft audit programme, to be signed off in April.", "Green"),
            ("3.3", "Evaluate the impact of the pathway and report to the Board.", "SAB Business Manager", D(2025, 9, 1), None,
             "Not yet started; evaluation framework to follow the first six months of data.", "Not started"),
        ]),
    ]
    ragfill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R", "Not started": "grey"}
    r = 6
    for rec, acts in recs:
        if rec is None:
            r += 1  # blank spacer row
            continue
        start = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            body_cell(ws, r, 2, ref)
            body_cell(ws, r, 3, act)
            body_cell(ws, r, 4, lead)
            body_cell(ws, r, 5, tgt, "mmm-yy" if isinstance(tgt, D) else None)
            body_cell(ws, r, 6, rev, "mmm-yy" if isinstance(rev, D) else None)
            body_cell(ws, r, 7, prog)
            c = body_cell(ws, r, 8, rag)
            c.fill = fill(ragfill[rag])
            r += 1
        body_cell(ws, start, 1, rec)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key: Complete (blue) – action completed and evidenced; Green – on track; Amber – delayed but recoverable; Red – off track, escalate to Board; Not started (grey).")
    for col, w in zip("ABCDEFGH", [45, 6, 50, 28, 11, 11, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ct2-wolverhampton-sab-sar-adult-v-action-plan.xlsx"))


# ---------------------------------------------------------------- 5 CSPR action plan (docx) theme and recommendation rows
def cspr():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Sunderland Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Local Child Safeguarding Practice Review: Child F – Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Local Child Safeguarding Practice Review "
        "into the circumstances of Child F, published in October 2024. It is owned by the Partnership's "
        "Learning and Improvement Group, which reviews progress bi-monthly. Updates are as at March 2025.")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
        tb.rows[0].cells[i].text = h
    bold_row(tb.rows[0])
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def band(text, colour):
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[5])
        merged.text = text
        for run_ in merged.paragraphs[0].runs:
            run_.bold = True
        shade(merged, colour)

    def act(no, text, lead, when, prog, rag):
        cells = tb.add_row().cells
        for i, v in enumerate([no, text, lead, when, prog, rag]):
            cells[i].text = v
        shade(cells[5], colours[rag])

    band("Learning Theme 1: Recognising and responding to neglect", "BDD7EE")
    band("Recommendation 1: Partners should embed the Graded Care Profile 2 (GCP2) as the shared tool for assessing neglect.", "DEEAF6")
    act("1a", "Train a further 60 practitioners across early help, health visiting and schools in the use of GCP2.",
        "SSCP Training Coordinator", "End of March 2025", "58 practitioners trained; final session booked for 26 March.", "Green")
    act("1b", "Audit the use of GCP2 in Child in Need plans where neglect is the primary concern.",
        "Head of Early Help / Head of Social Work", "June 2025", "Audit sample drawn; audit meeting set for May.", "Green")
    band("Recommendation 2: Schools should be supported to recognise cumulative harm from poor attendance and missed health appointments.", "DEEAF6")
    act("2a", "Issue guidance to designated safeguarding leads on recording and escalating patterns of absence alongside other neglect indicators.",
        "Education Safeguarding Lead", "Autumn term 2025", "Draft guidance shared with the DSL network for comment.", "Amber")
    act("2b", "Share missed health appointment (was not brought) data with schools for children open to early help.",
        "Designated Nurse Safeguarding Children", "Q1 2025/26", "Information sharing agreement being updated to cover this data flow.", "Amber")
    band("Learning Theme 2: Hearing the voice of the child", "BDD7EE")
    band("Recommendation 3: Agencies should ensure that children are seen alone and that what they say shapes the plan.", "DEEAF6")
    act("3a", "Add a mandatory 'seen alone' field and a 'child's views' section to the child protection visit record.",
        "J. Pallister and R. Khan", "January 2025", "Changes live in the case management system from 13 January 2025.", "Complete")
    act("3b", "Deliver a multi-agency learning event on the findings of the review.",
        "SSCP Business Manager", "Ongoing", "Two events held (November and February); further events will follow as part of the annual learning programme.", "Green")
    act("3c", "Test through the multi-agency audit programme whether children's views are recorded in core group minutes.",
        "Chair, Quality Assurance Sub-group", "September 2025", "Scheduled in the 2025/26 audit calendar; audit tool being adapted.", "Green")
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue) = action completed and evidence received; Green = on track; "
                      "Amber = some slippage; Red = not progressing or at risk.")
    doc.save(os.path.join(OUT, "ct2-sunderland-scp-lcspr-child-f-action-plan.docx"))


# ---------------------------------------------------------------- 6 DHR action tracker export (csv)
def dhr_csv():
    rec1 = "Recommendation 1: All agencies to ensure that domestic abuse routine enquiry is undertaken and recorded."
    rec2 = "Recommendation 2: The CSP to seek assurance that the MARAC referral pathway is understood by GP practices."
    rec3 = "Recommendation 3: Suffolk County Council to review the carers assessment process where the carer is also the alleged perpetrator."
    rows = [
        ["ID", "Recommendation", "Action", "Agency", "Owner", "Due Date", "RAG", "Last Updated", "Progress Notes"],
        ["DHR-S-01", rec1, "Add routine enquiry prompts to the emergency department triage template.", "West Suffolk NHS Foundation Trust",
         "Named Nurse Safeguarding Adults", "31/03/2025", "Complete", "04/03/2025", "Template live since February; compliance audit shows 81%."],
        ["DHR-S-02", rec1, "Deliver routine enquiry training to housing officers, including how to record disclosures.", "West Suffolk Council",
         "Housing Options Manager", "30/06/2025", "Green", "04/03/2025", "Two of four sessions delivered."],
        ["DHR-S-03", rec2, "Circulate the MARAC referral pathway and risk checklist guidance to all GP practices in the west of the county.", "Suffolk and North East Essex ICB",
         "Named GP for Safeguarding", "31/01/2025", "Complete", "10/02/2025", "Sent via the practice bulletin on 20 January and discussed at the safeguarding leads forum."],
        ["DHR-S-04", rec2, "Audit GP records for a sample of MARAC cases to check that MARAC flags are visible.", "Suffolk and North East Essex ICB",
         "Named GP for Safeguarding", "30/09/2025", "Amber", "10/02/2025", "Audit start delayed while the data sharing request is agreed with practices."],
        ["DHR-S-05", rec3, "Amend the carers assessment guidance so that domestic abuse risk is considered before a carer's assessment is completed jointly.", "Suffolk County Council (Adult and Community Services)",
         "Head of Safeguarding; Carers Lead", "31/05/2025", "Green", "27/02/2025", "Revised guidance drafted and with the practice quality board for sign-off."],
        ["DHR-S-06", rec3, "Brief adult social care teams on the change through the practice bulletin and team meetings.", "Suffolk County Council (Adult and Community Services)",
         "Principal Social Worker", "31/07/2025", "Red", "27/02/2025", "Cannot start until the guidance at DHR-S-05 is signed off."],
        ["DHR-S-07", "Single agency", "Review the police response to third-party reports of domestic abuse where the victim declines to engage.", "Suffolk Constabulary",
         "DI Claire Moss", "Ongoing", "Green", "18/02/2025", "Review embedded in the monthly domestic abuse problem profile; no further action until next reporting cycle."],
    ]
    with open(os.path.join(OUT, "ct2-west-suffolk-csp-dhr-sarah-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 ICB committee action log (tab-separated text)
def icb_txt():
    lines = [
        "NHS Nottingham and Nottinghamshire Integrated Care Board – Quality and People Committee Action Log",
        "Exported 14/04/2025 10:32",
        "",
        "\t".join(["Action ID", "Meeting Date", "Action", "Action Owner", "Due Date", "Revised Due Date", "Update", "Status"]),
        "\t".join(["QPC/24/061", "12/12/2024", "Bring a deep dive on waiting list validation for children's community paediatrics to the Committee.",
                   "Director of Nursing", "13/02/2025", "10/04/2025", "Deep dive received at the April meeting. Propose closure.", "Complete"]),
        "\t".join(["QPC/24/064", "12/12/2024", "Confirm the timetable for the LeDeR annual report and its presentation to the Committee.",
                   "Head of Quality (Mental Health and Learning Disabilities)", "Feb-25", "", "Annual report will be presented in June once the regional panel has signed it off.", "Amber"]),
        "\t".join(["QPC/25/004", "13/02/2025", "Provide an update on the Patient Safety Incident Response Framework oversight arrangements for independent providers.",
                   "RW / HT", "10/04/2025", "", "Update provided; oversight meetings now in place with three of four providers.", "Complete"]),
        "\t".join(["QPC/25/009", "13/02/2025", "Share the system workforce retention data by profession with Committee members.",
                   "Director of People", "March 2025", "", "Data received from providers; circulation planned with the next Committee pack.", "On track"]),
        "\t".join(["QPC/25/012", "13/02/2025", "Escalate the continuing healthcare assessment backlog to the Finance and Performance Committee.",
                   "Deputy Director of Nursing", "10/04/2025", "12/06/2025", "Backlog recovery trajectory being revised following the April data.", "Red"]),
        "\t".join(["QPC/25/018", "10/04/2025", "Include maternity and neonatal Safety Champion feedback in the quarterly quality report.",
                   "Michelle Tilling", "Q1 2025/26", "", "", "Not started"]),
        "\t".join(["QPC/25/021", "10/04/2025", "Receive the quality impact assessment panel's annual summary of approved schemes.",
                   "Director of Nursing", "Annually", "", "Added to the forward plan.", "On track"]),
    ]
    with open(os.path.join(OUT, "ct2-nottingham-nottinghamshire-icb-quality-committee-action-log.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    board_log()
    maternity()
    risk_register()
    sar_plan()
    cspr()
    dhr_csv()
    icb_txt()
