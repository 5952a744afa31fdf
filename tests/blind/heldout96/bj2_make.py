"""Generator for the bj2- cases of heldout96 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python bj2_make.py ; writes the seven document files beside it.
The .expected.yaml readings were written by hand alongside, from the content defined here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F3864", "sec": "D9E2F3", "grey": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hexv):
    return PatternFill("solid", start_color=hexv, end_color=hexv)


def shade(cell, hexv):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexv)
    tcPr.append(shd)


def hdr_row(table, labels, colour="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(lab)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 1. Lancashire Teaching Hospitals NHSFT - Board of Directors action log (xlsx)
# ---------------------------------------------------------------------------
def make_lth_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Lancashire Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (held in public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 6 March 2025. Actions closed at the last meeting have been removed."
    ws["A3"].font = Font(italic=True)
    heads = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead",
             "Due Date", "Revised Due Date", "Progress Update", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rows = [
        ("BoD/24/087", D(2024, 9, 5), "145/24",
         "Provide the Board with a deep dive into corridor care in the Emergency Department, including the harm review findings and the actions taken to reduce time spent on corridors.",
         "Chief Operating Officer", D(2024, 12, 5), D(2025, 3, 6),
         "Deep dive presented to the Quality Committee in February; summary report to Board on 6 March. Propose closure.", "B"),
        ("BoD/24/101", D(2024, 11, 7), "188/24",
         "Bring the refreshed Freedom to Speak Up strategy to Board for approval, incorporating feedback from the staff networks.",
         "Chief People Officer", D(2025, 1, 9), None,
         "Strategy approved by Board on 9 January 2025.", "B"),
        ("BoD/24/109", D(2024, 11, 7), "193/24",
         "Circulate the revised capital programme for 2025/26 to Board members ahead of the Finance and Performance Committee.",
         "Director of Finance / Chief Operating Officer", D(2025, 2, 6), D(2025, 4, 3),
         "Capital prioritisation delayed pending the national allocation letter; revised programme now scheduled for the April Board.", "A"),
        ("BoD/25/004", D(2025, 1, 9), "007/25",
         "Include maternity perinatal quality surveillance data (PMRT outcomes and staffing fill rates) in the monthly integrated performance report.",
         "Chief Nursing Officer", D(2025, 3, 6), None,
         "New maternity section drafted with the Director of Midwifery and included from the March report.", "G"),
        ("BoD/25/011", D(2025, 1, 9), "015/25",
         "Arrange a Board development session on the Patient Safety Incident Response Framework and learning from PSIIs.",
         "KH/PW", D(2025, 5, 1), None,
         "Session being planned with the Associate Director of Patient Safety; date to be confirmed with the Company Secretary.", "G"),
        ("BoD/25/018", D(2025, 1, 9), "021/25",
         "Review the Board Assurance Framework risk scores for BAF 3 (workforce) and BAF 6 (estates) and report back on the rationale for the current scores.",
         "Company Secretary", D(2025, 2, 6), None,
         "Not yet taken to the Executive Risk Group; the February meeting was stood down due to operational pressures.", "R"),
        ("BoD/25/026", D(2025, 3, 6), "042/25",
         "Share the Getting It Right First Time (GIRFT) orthopaedics visit report and the Trust's response with Non-Executive Directors.",
         "Medical Director", D(2025, 4, 3), None,
         "", ""),
        ("BoD/25/029", D(2025, 3, 6), "045/25",
         "Provide an update on the Royal Preston Hospital fire compartmentation works, including the revised completion date.",
         "Director of Estates, Facilities and Capital Planning", D(2025, 6, 5), None,
         "Contractor programme received; update to be provided to the June Board.", "G"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        st = row[8]
        if st:
            sc = ws.cell(row=r, column=9)
            sc.fill = fill(FILL[st])
            sc.font = Font(bold=True, color="FFFFFF" if st in "RGB" else "000000")
            sc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("R", "Overdue / no progress"), ("A", "Progress made but due date at risk or revised"),
           ("G", "On track to meet due date"), ("B", "Complete – propose closure")]
    for k, txt in key:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "RGB" else "000000")
        ws.cell(row=r, column=2, value=txt)
    widths = [13, 12, 10, 60, 24, 12, 12, 55, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "bj2-lancashire-teaching-hospitals-nhsft-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Tees and Hartlepool NHSFT - maternity & neonatal highlight report (docx)
# ---------------------------------------------------------------------------
def make_ntht_highlight():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    p = doc.add_paragraph()
    p.add_run("North Tees and Hartlepool NHS Foundation Trust").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Report to", "Quality Assurance Committee"),
        ("Reporting period", "February 2025"),
        ("Senior Responsible Officer", "Director of Midwifery"),
        ("Author", "Maternity Improvement Lead"),
    ]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        shade(t.cell(i, 0), FILL["grey"])
    doc.add_paragraph()
    doc.add_paragraph(
        "This report summarises progress against the Maternity and Neonatal Improvement Programme, "
        "which brings together the actions arising from the CQC maternity inspection, the Three Year "
        "Delivery Plan and the Maternity Incentive Scheme (Year 6). Exceptions are highlighted in the "
        "narrative below the action table.")
    doc.add_heading("Overall programme status", level=2)
    s = doc.add_table(rows=5, cols=3)
    s.style = "Table Grid"
    hdr_row(s, ["Workstream", "Last period", "This period"])
    for i, (w, a, b) in enumerate([
        ("1. Listening to and working with women and families", "Amber", "Amber"),
        ("2. Growing, retaining and supporting our workforce", "Amber", "Green"),
        ("3. Developing and sustaining a culture of safety", "Red", "Amber"),
        ("4. Standards and structures that underpin safer care", "Green", "Green"),
    ], 1):
        s.cell(i, 0).text = w
        s.cell(i, 1).text = a
        s.cell(i, 2).text = b
    doc.add_heading("Key actions and milestones", level=2)
    items = [
        ("1. Listening to and working with women and families", [
            ("1.1", "Co-produce the revised birth reflections (debrief) pathway with the Maternity and Neonatal Voices Partnership.",
             "Patient Experience Midwife", "Mar-25", "Green",
             "Two co-production workshops held; draft pathway circulated to MNVP chair for comment."),
            ("1.2", "Provide translated antenatal information in the five most requested community languages and audit uptake of interpreting services at booking.",
             "Community Midwifery Matron / Head of Patient Experience", "30/06/2025", "Amber",
             "Translation contract approved; interpreter use at booking audited at 71% against a target of 95%."),
        ]),
        ("2. Growing, retaining and supporting our workforce", [
            ("2.1", "Complete the Birthrate Plus midwifery workforce review and present the findings to the Trust Board.",
             "Director of Midwifery", "Jan-25", "Complete",
             "Birthrate Plus report received in January and presented to Board on 30 January 2025."),
            ("2.2", "Implement a preceptorship and retention programme for newly qualified midwives, including a 12-month rotation.",
             "Practice Development Midwife", "Q1 2025/26", "Green",
             "Programme launched for the February cohort of 9 newly qualified midwives."),
        ]),
        ("3. Developing and sustaining a culture of safety", [
            ("3.1", "Deliver the perinatal culture and leadership (quad) development programme and act on the SCORE survey results.",
             "Perinatal Quad", "Ongoing", "Amber",
             "SCORE survey results shared with staff in February; listening events planned for March and April."),
            ("3.2", "Reduce the backlog of open maternity incidents on Datix older than 30 days to fewer than 20.",
             "Maternity Governance Lead", "31/03/2025", "Red",
             "63 incidents older than 30 days at the end of February; additional governance midwife hours agreed from March."),
            ("3.3", "Embed the Maternity Early Warning Score (MEWS) and audit compliance monthly on the delivery suite and the antenatal ward.",
             "Clinical Director, Obstetrics and Gynaecology", "May-25", "Green",
             "January audit 88% compliance; February audit 92%."),
        ]),
        ("4. Standards and structures that underpin safer care", [
            ("4.1", "Achieve compliance with all ten safety actions of the Maternity Incentive Scheme Year 6 and submit the Board declaration.",
             "Director of Midwifery / Director of Finance", "Feb-25", "Complete",
             "Board declaration signed and submitted to NHS Resolution on 27 February 2025."),
            ("4.2", "Install the second obstetric theatre and relocate the maternity assessment unit as part of the estates programme.",
             "Associate Director of Estates", "Sept 2025", "Amber",
             "Enabling works complete; main works tender returned over budget and under review by the Capital Group."),
        ]),
    ]
    n = 1 + sum(1 + len(a) for _, a in items)
    t2 = doc.add_table(rows=n, cols=6)
    t2.style = "Table Grid"
    hdr_row(t2, ["Ref", "Action", "Lead", "Due", "RAG", "Update"])
    r = 1
    rag_fill = {"Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Complete": FILL["B"]}
    for ws_name, acts in items:
        row = t2.rows[r]
        m = row.cells[0].merge(row.cells[5])
        m.text = ""
        m.paragraphs[0].add_run(ws_name).bold = True
        shade(m, FILL["sec"])
        r += 1
        for ref, act, lead, due, rag, upd in acts:
            cells = t2.rows[r].cells
            for i, v in enumerate([ref, act, lead, due, rag, upd]):
                cells[i].text = v
            shade(cells[4], rag_fill[rag])
            r += 1
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Red – off track, remedial action required; Amber – some slippage, recoverable; "
        "Green – on track; Complete – action delivered and evidence held.")
    doc.add_heading("Exceptions and escalations", level=2)
    doc.add_paragraph(
        "Action 3.2 is off track. The Committee is asked to note the additional governance resource "
        "agreed from March and the trajectory to reduce the backlog by the end of Q1 2025/26.")
    doc.save(os.path.join(HERE, "bj2-north-tees-hartlepool-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 3. Hounslow SAB - SAR 'Mr K' multi-agency action plan (docx)
# ---------------------------------------------------------------------------
def make_hounslow_sar():
    doc = Document()
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.add_run("Hounslow Safeguarding Adults Board").bold = True
    doc.add_heading("Safeguarding Adults Review: Mr K – Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "The Safeguarding Adults Review concerning Mr K, a 68-year-old man who died at home in a state of "
        "severe self-neglect, was published in October 2024. The Board accepted all five recommendations. "
        "This action plan is monitored by the SAR Subgroup and progress is reported to each Board meeting.")
    doc.add_paragraph("Status at: 20 February 2025")
    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies use the multi-agency self-neglect and hoarding procedure consistently, including when a person declines support.", [
            ("1.1", "Relaunch the multi-agency self-neglect and hoarding procedure through a programme of practitioner briefings.",
             "SAB Business Manager", "December 2024",
             "Four briefings delivered to 212 practitioners across adult social care, housing, the LAS and primary care.", "Completed"),
            ("1.2", "Carry out a multi-agency audit of 20 self-neglect cases to test use of the procedure and report findings to the SAR Subgroup.",
             "Head of Adult Safeguarding (LBH) / Designated Nurse for Safeguarding Adults", "31/05/2025",
             "Audit tool agreed; case sample drawn; audit days booked for April.", "Green"),
        ]),
        ("Recommendation 2: Adult social care and health partners should ensure that mental capacity assessments are carried out and recorded where there is reason to doubt a person's capacity to make decisions about their care and living conditions.", [
            ("2.1", "Deliver executive capacity training (the 'decide and do' model) to frontline adult social care and community health staff.",
             "Principal Social Worker", "June 2025",
             "Training commissioned; first two cohorts complete. Uptake by community health staff is lower than planned.", "Amber"),
            ("2.2", "Add a mandatory prompt for a mental capacity assessment to the Mosaic self-neglect assessment form.",
             "Mosaic Systems Lead", "31/01/2025",
             "Prompt live on Mosaic from 27 January 2025.", "Completed"),
        ]),
        ("Recommendation 3: Primary care should review how repeated missed appointments by adults with care and support needs are followed up.", [
            ("3.1", "Issue guidance to GP practices on following up adults who repeatedly do not attend, including when to raise a safeguarding concern.",
             "Named GP for Safeguarding Adults, NWL ICB", "March 2025",
             "Draft guidance discussed at the GP safeguarding leads forum; final version due for sign-off in March.", "Green"),
        ]),
        ("Recommendation 4: Housing and fire services should agree a joint approach to homes where there is a fire risk from hoarding or smoking.", [
            ("4.1", "Agree a referral pathway between Hounslow Housing and London Fire Brigade for home fire safety visits where hoarding is identified.",
             "Head of Housing Management; Borough Commander, LFB", "30/04/2025",
             "Pathway drafted. Awaiting LFB data-sharing sign-off.", "Amber"),
            ("4.2", "Include fire risk questions in the tenancy audit visit checklist.",
             "Head of Housing Management", "Q4 2024/25",
             "Checklist updated and in use since January.", "Completed"),
        ]),
        ("Recommendation 5: The Board should assure itself that the learning from this review has reached practitioners and made a difference.", [
            ("5.1", "Publish a 7-minute briefing on the review and hold a learning event for practitioners.",
             "SAB Business Manager", "November 2024",
             "7-minute briefing published; learning event held on 21 November 2024 (96 attendees).", "Completed"),
            ("5.2", "Repeat the practitioner survey on self-neglect confidence 12 months after publication and report to the Board.",
             "SAB Quality Assurance Subgroup Chair", "October 2025",
             "", "Not started"),
        ]),
    ]
    n = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    hdr_row(t, ["No.", "Action", "Lead agency / officer", "Target date", "Progress / evidence of completion", "RAG"], "7030A0")
    r = 1
    rag_fill = {"Completed": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Not started": "FFFFFF"}
    for rec, acts in recs:
        m = t.rows[r].cells[0].merge(t.rows[r].cells[5])
        m.text = ""
        m.paragraphs[0].add_run(rec).bold = True
        shade(m, "E4DFEC")
        r += 1
        for a in acts:
            cells = t.rows[r].cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], rag_fill[a[5]])
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("RAG: Completed (blue) | Green – on track | Amber – delayed, revised plan in place | Red – not on track, escalated to Board | Not started")
    doc.save(os.path.join(HERE, "bj2-hounslow-sab-sar-mr-k-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Ealing Safeguarding Children Partnership - LCSPR Child J action plan (xlsx)
# ---------------------------------------------------------------------------
def make_ealing_lcspr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Child J action plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Ealing Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Local Child Safeguarding Practice Review – Child J: Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = "Last updated: 14/02/2025   |   Owner: ESCP Learning and Review Subgroup"
    heads = ["Learning theme", "Recommendation", "Action No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00606B")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    blocks = [
        ("Theme 1: Hearing the voice of the child", [
            ("Recommendation 1: Partner agencies should ensure that practitioners see children on their own and record their wishes and feelings in their own words.", [
                ("1a", "Update the Children's Social Care supervision template so that managers check each child has been seen alone at every visit.",
                 "Head of Service, Children's Social Care", D(2024, 12, 31), "Template updated and live in Mosaic from December.", "B"),
                ("1b", "Deliver 'voice of the child' recording workshops for school DSLs and health visitors.",
                 "ESCP Training Coordinator", D(2025, 3, 31), "Three of four workshops delivered; final workshop booked for 18 March.", "G"),
            ]),
        ]),
        ("Theme 2: Neglect and parental mental health", [
            ("Recommendation 2: The Partnership should promote the use of the Graded Care Profile 2 (GCP2) where neglect is suspected.", [
                ("2a", "Train 60 additional practitioners in GCP2 across early help, health and education.",
                 "Early Help Service Manager", D(2025, 6, 30), "31 practitioners trained. Health visiting places were undersubscribed; additional dates offered.", "A"),
                ("2b", "Audit use of GCP2 in neglect cases stepped up to child protection and report to the Learning and Review Subgroup.",
                 "QA Lead / Designated Nurse", D(2025, 9, 30), "", None),
            ]),
            ("Recommendation 3: Adult mental health services should consider the impact of parental mental ill health on children at every review.", [
                ("3a", "Add a mandatory 'think family' section to the West London NHS Trust care plan review template.",
                 "Named Nurse Safeguarding Children, WLT", D(2025, 1, 31), "Template change approved by the Trust's digital board; went live 3 February.", "B"),
                ("3b", "Establish a quarterly joint case discussion between adult mental health and children's social care.",
                 "Associate Director of Safeguarding, WLT", D(2025, 4, 30), "First joint discussion held in January; terms of reference being agreed.", "G"),
            ]),
        ]),
        ("Theme 3: Information sharing and escalation", [
            ("Recommendation 4: The Partnership should test that practitioners know and use the escalation (resolving professional disagreements) policy.", [
                ("4a", "Relaunch the resolving professional disagreements policy with a 7-minute briefing.",
                 "ESCP Business Manager", D(2024, 11, 30), "Briefing published and circulated to all partner agencies.", "B"),
                ("4b", "Introduce a log of escalations raised under the policy and report themes to the Executive quarterly.",
                 "ESCP Business Manager", D(2025, 3, 31), "Log not yet in place; delayed by the move of the ESCP website.", "R"),
            ]),
        ]),
    ]
    r = 6
    for theme, recs in blocks:
        theme_start = r
        for rec, acts in recs:
            rec_start = r
            for ref, act, lead, due, upd, rag in acts:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=due)
                c.number_format = "mmm-yy"
                ws.cell(row=r, column=7, value=upd or None)
                if rag:
                    ws.cell(row=r, column=8).fill = fill(FILL[rag])
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            ws.cell(row=rec_start, column=2, value=rec)
            if r - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=theme_start, column=1, value=theme).font = Font(bold=True)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)
        r += 1  # blank row between themes
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, txt in [("R", "Off track"), ("A", "Some slippage"), ("G", "On track"), ("B", "Completed")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=txt)
    r += 1
    ws.cell(row=r, column=2, value="No colour = not yet started")
    for col, w in zip("ABCDEFGH", [24, 45, 10, 55, 30, 11, 50, 7]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bj2-ealing-scp-lcspr-child-j-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Hertsmere BC - strategic risk register Q3 2024/25, further actions (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def make_hertsmere_srr():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2024-25"
    ws["A1"] = "Hertsmere Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2024/25 (Audit Committee, 29 January 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Risk scores: Likelihood (1-4) x Impact (1-4). Further actions are those not yet fully in place; existing controls are recorded in the full register."
    heads = ["Risk Ref", "Risk description", "Risk Owner", "Current score", "Further actions required",
             "Action owner", "Target date", "Status", "Q3 update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    risks = [
        ("SR1", "Financial sustainability: the Council is unable to set a balanced budget over the medium term due to reduced funding and rising costs.",
         "Director of Resources", 12, [
             ("Deliver the 2025/26 savings and income generation programme of £1.2m.", "Head of Finance", D(2025, 3, 31), "On track",
              "£0.9m of savings identified and included in the draft budget."),
             ("Refresh the Medium Term Financial Strategy following the provisional settlement.", "Head of Finance", D(2025, 2, 28), "On track",
              "Provisional settlement received 18 December; MTFS refresh to Cabinet in February."),
         ]),
        ("SR2", "Cyber security: a successful cyber attack leads to loss of systems and data and disruption to services.",
         "Director of Corporate Services", 12, [
             ("Complete the Cyber Assessment Framework self-assessment and act on the gaps identified.", "ICT Manager", D(2025, 6, 30), "Amber",
              "Self-assessment complete; remediation plan for 6 gaps being costed."),
             ("Run a cyber incident exercise with the Corporate Management Board.", "ICT Manager / Emergency Planning Officer", "Ocotber 2025", "Not started",
              "Exercise to be facilitated by the LGA cyber team."),
         ]),
        ("SR3", "Local Plan: failure to adopt a sound Local Plan leads to speculative development and loss of control over housing delivery.",
         "Director of Place", 16, [
             ("Submit the Regulation 19 Local Plan for examination.", "Head of Planning Policy", D(2025, 9, 30), "Amber",
              "Timetable revised following the revised NPPF; Local Development Scheme updated."),
         ]),
        ("SR4", "Temporary accommodation: demand for temporary accommodation continues to exceed supply, increasing costs and use of nightly-paid placements.",
         "Director of Housing", 16, [
             ("Acquire 20 additional units for temporary accommodation through the acquisitions programme.", "Head of Housing", D(2025, 3, 31), "Complete",
              "20 units acquired; final completions in December."),
             ("Review the homelessness prevention offer and the use of the Homelessness Prevention Grant.", "Head of Housing", D(2025, 4, 30), "On track",
              "Review under way with the Housing Options team."),
         ]),
    ]
    r = 6
    for ref, desc, owner, score, acts in risks:
        start = r
        for act, aown, due, status, upd in acts:
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=aown)
            c = ws.cell(row=r, column=7, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=status)
            ws.cell(row=r, column=9, value=upd)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws.cell(row=start, column=1, value=ref).font = Font(bold=True)
        ws.cell(row=start, column=2, value=desc)
        ws.cell(row=start, column=3, value=owner)
        sc = ws.cell(row=start, column=4, value=score)
        sc.fill = fill(FILL["R"] if score >= 15 else FILL["A"])
        if r - 1 > start:
            for col in range(1, 5):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHI", [8, 45, 22, 9, 50, 26, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bj2-hertsmere-bc-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 6. Safer Bexley Partnership - DHR 'Grace' action tracker system export (csv)
# ---------------------------------------------------------------------------
def make_bexley_dhr():
    rows = [
        ["Action ID", "Recommendation", "Action", "Agency", "Lead Officer", "Target Date",
         "Revised Target Date", "RAG", "Progress Update"],
        ["DHR-G-01", "1. The Community Safety Partnership should raise awareness of coercive control among family, friends and employers.",
         "Run a local awareness campaign on coercive control aimed at family members and employers, linked to the 16 Days of Action.",
         "London Borough of Bexley", "Okafor, Chidi", "30/11/2024", "", "Complete",
         "Campaign ran 25 Nov – 10 Dec 2024 across social media, libraries and the Civic Offices."],
        ["DHR-G-02", "1. The Community Safety Partnership should raise awareness of coercive control among family, friends and employers.",
         "Offer domestic abuse workplace champion training to the ten largest local employers.",
         "London Borough of Bexley", "Okafor, Chidi", "31/03/2025", "30/06/2025", "Amber",
         "Four employers signed up; remaining employers to be approached through the Business Forum."],
        ["DHR-G-03", "2. Health partners should ensure routine enquiry about domestic abuse is made in maternity and emergency settings.",
         "Audit routine enquiry in the Emergency Department at Queen Elizabeth Hospital and share the findings with the CSP.",
         "Lewisham and Greenwich NHS Trust", "Hussain, Amina", "28/02/2025", "", "Green",
         "Audit completed in January; report being finalised for the Trust safeguarding committee."],
        ["DHR-G-04", "2. Health partners should ensure routine enquiry about domestic abuse is made in maternity and emergency settings.",
         "Include routine enquiry compliance in the maternity safeguarding dashboard.",
         "Lewisham and Greenwich NHS Trust", "Hussain, Amina", "31/01/2025", "", "Complete",
         "Now reported monthly in the maternity safeguarding dashboard."],
        ["DHR-G-05", "3. The Metropolitan Police should ensure that previous reports are considered when assessing risk at domestic abuse incidents.",
         "Brief response officers in the South East BCU on checking previous reports and using the DARA risk assessment.",
         "Metropolitan Police Service", "DI Paul Renner", "31/12/2024", "", "Complete",
         "Briefing delivered at all team briefings; included in the BCU domestic abuse training package."],
        ["DHR-G-06", "3. The Metropolitan Police should ensure that previous reports are considered when assessing risk at domestic abuse incidents.",
         "Dip-sample 50 standard-risk domestic abuse incidents to test whether previous reports were considered.",
         "Metropolitan Police Service", "DI Paul Renner", "31/03/2025", "", "Red",
         "Dip sample not started due to abstractions; to be discussed at the next CSP Board."],
        ["DHR-G-07", "4. The MARAC should review how referrals are made where victims do not engage.",
         "Review the MARAC referral criteria and operating protocol, including professional judgement referrals.",
         "Bexley MARAC", "MARAC Chair / MARAC Coordinator", "30/04/2025", "", "Green",
         "Draft protocol discussed at the MARAC steering group in February."],
        ["DHR-G-08", "5. The CSP should monitor the implementation of this action plan and evaluate its impact.",
         "Report progress on the action plan to the Safer Bexley Partnership Board every quarter until all actions are complete.",
         "Safer Bexley Partnership", "Community Safety Manager", "Quarterly", "", "Green",
         "Last reported to the Board on 22 January 2025."],
        ["DHR-G-09", "5. The CSP should monitor the implementation of this action plan and evaluate its impact.",
         "Hold a multi-agency learning event on the findings of the review.",
         "Safer Bexley Partnership", "Community Safety Manager", "30/09/2025", "", "Not started", ""],
    ]
    with open(os.path.join(HERE, "bj2-safer-bexley-csp-dhr-grace-action-tracker-export.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. North Bristol NHS Trust - CQC must do / should do action plan, tab export (txt)
# ---------------------------------------------------------------------------
def make_nbt_cqc():
    lines = [
        "North Bristol NHS Trust",
        "CQC Inspection of Southmead Hospital (Urgent and Emergency Care; Medical Care) – Must Do and Should Do Action Plan",
        "Report exported from the Trust action tracker on 04/03/2025",
        "",
        "\t".join(["Ref", "Core service", "Requirement", "Action", "Executive lead", "Target date", "Status", "Progress update"]),
    ]
    data = [
        ("MD1", "Urgent and emergency care",
         "The trust must ensure that patients in the emergency department receive timely assessment and treatment, including triage within 15 minutes of arrival. (Regulation 12)",
         "Introduce a streaming and rapid assessment nurse at the front door between 10:00 and 02:00 and monitor time to triage daily.",
         "Chief Operating Officer", "31/03/2025", "On track",
         "Rapid assessment nurse in post 7 days a week; time to triage within 15 minutes at 78% in February."),
        ("MD2", "Urgent and emergency care",
         "The trust must ensure that staff complete mandatory training, including safeguarding level 3, in line with trust targets. (Regulation 18)",
         "Recover safeguarding level 3 training compliance in the emergency department to 90% through protected training days.",
         "Chief Nursing Officer", "Q1 2025/26", "Amber",
         "Compliance 81% (medical staff 72%). Protected training days scheduled for April and May."),
        ("MD3", "Medical care",
         "The trust must ensure that medicines are stored securely and fridge temperatures are monitored and acted on. (Regulation 12)",
         "Fit electronic temperature monitoring to all ward medicine fridges and include storage checks in the monthly ward accreditation audit.",
         "Chief Pharmacist / Chief Nursing Officer", "28/02/2025", "Complete",
         "Electronic monitoring live on all medical wards from 14 February; included in ward accreditation."),
        ("MD4", "Medical care",
         "The trust must ensure that mental capacity assessments are completed and recorded where patients are subject to restrictions. (Regulation 11)",
         "Audit MCA and DoLS documentation on the medical wards monthly and feed back to ward managers.",
         "Chief Nursing Officer", "Ongoing", "On track",
         "January audit: 84% of records compliant, up from 61% at inspection."),
        ("SD1", "Urgent and emergency care",
         "The trust should ensure that the environment in the paediatric waiting area is separate and visible to staff.",
         "Reconfigure the paediatric waiting area as part of the ED minor works scheme.",
         "Director of Estates and Facilities", "Sep-25", "Red",
         "Scheme not yet approved by the Capital Programme Board; re-submitted for the March meeting."),
        ("SD2", "Medical care",
         "The trust should ensure that discharge planning starts at admission and that patients and carers are involved.",
         "Roll out the 'Home First' discharge checklist to all medical wards and measure patient-reported involvement.",
         "Chief Operating Officer", "30/06/2025", "On track",
         "Checklist in use on 9 of 14 medical wards."),
        ("SD3", "Medical care",
         "The trust should ensure that learning from incidents is shared with staff on the wards.",
         "Publish a monthly 'Learning from Incidents' bulletin and add it to ward safety huddles.",
         "Chief Medical Officer", "31/12/2024", "Complete",
         "Bulletin published monthly since November 2024."),
    ]
    for row in data:
        lines.append("\t".join(row))
    lines += ["", "Status: Complete / On track / Amber (at risk) / Red (off track)"]
    with open(os.path.join(HERE, "bj2-north-bristol-nhs-trust-cqc-must-should-do-action-plan-export.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_lth_board_log()
    make_ntht_highlight()
    make_hounslow_sar()
    make_ealing_lcspr()
    make_hertsmere_srr()
    make_bexley_dhr()
    make_nbt_cqc()
