"""Generator for the dp2- cases of heldout154 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python dp2_make.py ; writes the seven document files beside this script.
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
D = dt.datetime

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
HEAD = "1F4E78"


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


# ---------------------------------------------------------------- 1. North Wales SAB APR (docx)
def north_wales_apr():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("North Wales Safeguarding Adults Board\nBwrdd Diogelu Oedolion Gogledd Cymru")
    r.italic = True
    doc.add_heading("Adult Practice Review NWSAB 01/2023 – Multi-Agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan has been developed by the Adult Practice Review Sub-Group in response to the "
        "recommendations of Concise Adult Practice Review NWSAB 01/2023. Progress is reported to each "
        "meeting of the Regional Safeguarding Adults Board, and the plan will be submitted to Welsh "
        "Ministers and the National Independent Safeguarding Board with the review report."
    )
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "0.4"),
        ("Date", "29/01/2024"),
        ("Author", "Business Manager, North Wales Safeguarding Board Business Unit"),
        ("Approved by", "APR Sub-Group, 18/01/2024"),
    ]):
        bold_cell(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_paragraph()

    cols = ["Ref", "Action", "Lead Agency / Officer", "Target Date", "Progress Update", "RAG"]
    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies apply the Mental "
         "Capacity Act 2005 where an adult repeatedly declines care and support (self-neglect).", [
            ("1.1", "Review and relaunch the North Wales multi-agency self-neglect protocol, including a "
             "section on executive capacity.", "NWSAB Policy and Procedures Sub-Group", "September 2023",
             "Revised protocol approved by the Board on 14/09/2023 and published on the website.", "Green"),
            ("1.2", "Deliver a series of practitioner briefings on executive functioning and repeated "
             "refusals of care.", "Regional Safeguarding Training Co-ordinator", "Dec 2023",
             "Four briefings delivered (186 attendees). Further sessions to be booked for the new year.",
             "Green"),
            ("1.3", "Undertake a multi-agency audit of self-neglect cases to test how the MCA is applied.",
             "BCUHB Head of Safeguarding / Local Authority Safeguarding Managers", "March 2024",
             "Audit tool agreed by the Quality Assurance Sub-Group. Case sampling to begin in February.",
             "Amber"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that information about risks in the home "
         "(for example hoarding and fire risk) is shared with North Wales Fire and Rescue Service.", [
            ("2.1", "Promote the Safe and Well referral pathway to NWFRS with all adult social care and "
             "community health teams.", "NWFRS Head of Prevention", "31/07/2023",
             "Pathway promoted through the Board's 7-minute briefing and at team meetings.", "Green"),
            ("2.2", "Add a prompt about fire risk to the six local authority adult safeguarding referral "
             "forms.", "Local Authority Heads of Adult Services", "January 2024",
             "Four of the six authorities have updated their forms; the remaining two will do so with the "
             "next WCCIS form release.", "Amber"),
        ]),
        ("Recommendation 3: The Board should ensure that the views of the adult's family are sought and "
         "recorded at key decision points.", [
            ("3.1", "Develop guidance for practitioners on involving families and carers in safeguarding "
             "enquiries under section 126.", "NWSAB Business Manager", "December 2023",
             "Draft not yet produced because of capacity in the Business Unit; timescale to be revised at "
             "the March Board.", "Red"),
            ("3.2", "Share the learning from this review through a practitioner learning event and a "
             "7-minute briefing.", "NWSB Business Unit", "June 2023",
             "Learning event held on 22/06/2023 and briefing circulated to all partners.", "Green"),
            ("3.3", "Report progress against this action plan to the Regional Safeguarding Adults Board.",
             "APR Sub-Group Chair", "Quarterly",
             "Standing item on the Board agenda.", "Amber"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        bold_cell(t.cell(0, j), c)
        shade(t.cell(0, j), "BDD7EE")
    ri = 1
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for rec, acts in recs:
        m = t.cell(ri, 0).merge(t.cell(ri, len(cols) - 1))
        bold_cell(m, rec)
        shade(m, "E7E6E6")
        ri += 1
        for a in acts:
            for j, v in enumerate(a):
                t.cell(ri, j).text = v
            shade(t.cell(ri, 5), ragfill[a[5]])
            ri += 1
    doc.add_paragraph()
    doc.add_paragraph("RAG key:")
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([
        ("Green", "Action completed"),
        ("Amber", "Action in progress and on target"),
        ("Red", "Action overdue or at risk of not being delivered"),
    ]):
        k.cell(i, 0).text = c
        shade(k.cell(i, 0), ragfill[c])
        k.cell(i, 1).text = txt
    doc.save(os.path.join(HERE, "dp2-north-wales-sab-apr-nwsab-01-2023-action-plan.docx"))


# ---------------------------------------------------------------- 2. Suffolk SP LCSPR Child T (xlsx)
def suffolk_lcspr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Suffolk Safeguarding Partnership – Local Child Safeguarding Practice Review: Child T – Multi-Agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Owner: Case Review Panel    Last updated: 12/03/2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead Officer", "Target Date", "Revised Target Date",
           "Progress / Evidence", "RAG", "Date Closed"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("F", "Finding 1 – The lived experience of Child T was not consistently captured in assessments and plans"),
        ("1.1", "Refresh the Suffolk 'Voice of the Child' practice guidance and relaunch it through the SSP Learning and Improvement Framework.",
         "SSP Business Manager", D(2024, 9, 30), None,
         "Guidance refreshed and relaunched at the September Safeguarding Forum. Link added to the SSP website.", "B", D(2024, 10, 2)),
        ("1.2", "Undertake a multi-agency audit of 20 cases of children under 5 subject to a child protection plan, focusing on how the child's daily experience is recorded.",
         "Chair, Quality Assurance Sub-Group", D(2024, 12, 31), D(2025, 3, 31),
         "Audit completed in February; findings to be presented to the Case Review Panel in March.", "G", None),
        ("F", "Finding 2 – Information about a new adult male in the household was not shared between agencies"),
        ("2.1", "All agencies to review their procedures for identifying and checking new adults in a household where there are safeguarding concerns.",
         "All partner agencies", D(2025, 3, 1), None,
         "Returns received from police, health and children's services. Education and probation returns are outstanding.", "A", None),
        ("2.2", "Suffolk Constabulary to brief MASH staff on use of Police National Database checks on new partners.",
         "DI, Suffolk MASH", D(2024, 10, 31), None,
         "Briefing delivered to all MASH staff on 17/10/2024.", "B", D(2024, 10, 17)),
        ("2.3", "Publish a 7-minute briefing on professional curiosity about 'unseen' men and new partners.",
         "SSP Communications Officer", D(2024, 11, 30), None,
         "Published on the SSP website and circulated in the November newsletter.", "B", D(2024, 11, 28)),
        None,
        ("F", "Finding 3 – Health visiting contacts were cancelled and not escalated"),
        ("3.1", "Review the health visiting 'Was Not Brought' policy so that two missed contacts trigger escalation to the safeguarding team.",
         "Head of Safeguarding, Suffolk Community Healthcare", D(2025, 1, 31), None,
         "Policy review delayed by the service re-procurement. A new date will be agreed at the next Panel.", "R", None),
        ("3.2", "Provide assurance to the Case Review Panel that the revised policy is embedded, through an audit of missed contacts.",
         "Designated Nurse Safeguarding Children", D(2025, 6, 1), None,
         "Cannot start until the revised policy is agreed.", None, None),
    ]
    r = 5
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for row in rows:
        if row is None:
            r += 1
            continue
        if row[0] == "F":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            r += 1
            continue
        ref, act, lead, tgt, rev, prog, rag, closed = row
        vals = [ref, act, lead, tgt, rev, prog, rag, closed]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 4).number_format = "dd/mm/yyyy" if ref != "2.1" else "mmm-yy"
        ws.cell(r, 5).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        if ref == "3.2":
            ws.cell(r, 4).number_format = "mmm-yy"
        if rag:
            ws.cell(r, 7).fill = fill(ragfill[rag])
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for code, txt in [("B", "Complete and evidenced"), ("G", "On track"),
                      ("A", "Some slippage – remedial action in place"), ("R", "Off track – escalate to Panel")]:
        r += 1
        ws.cell(r, 1, code).fill = fill(ragfill[code])
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGH", [7, 60, 28, 13, 13, 55, 7, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "dp2-suffolk-safeguarding-partnership-lcspr-child-t-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Northern Devon HT board action log (xlsx)
def northern_devon_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Actions"
    ws["A1"] = "Northern Devon Healthcare NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Trust Board (Part 1 – Public) Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 4 November 2021"
    ws["A3"].font = Font(italic=True)
    hdr = ["Action No.", "Meeting Date", "Agenda Item", "Action", "Lead", "Due Date", "Update", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("B4C6E7")
        c.border = BOX
    rows = [
        ("TB/21/045", D(2021, 8, 5), "Integrated Performance Report",
         "Provide the Board with a trajectory for recovery of the 52-week referral-to-treatment position by specialty.",
         "Chief Operating Officer", D(2021, 10, 7),
         "Trajectory presented at the October Board as an appendix to the IPR.", "Complete"),
        ("TB/21/046", D(2021, 8, 5), "Freedom to Speak Up Guardian Report",
         "Circulate the Freedom to Speak Up themes by staff group to Board members outside the meeting.",
         "Director of People", D(2021, 9, 2), "Circulated by email on 27/08/2021.", "Complete"),
        ("TB/21/052", D(2021, 9, 2), "Patient Story",
         "Invite the patient to return to the Board in six months to update on the changes made to discharge information.",
         "Chief Nurse / Head of Patient Experience", D(2022, 3, 3),
         "Date pencilled in for the March 2022 Board.", "On track"),
        ("TB/21/058", D(2021, 9, 2), "IPC Board Assurance Framework",
         "Confirm the date by which all ward staff will have been fit tested against the second FFP3 mask model.",
         "Director of Infection Prevention and Control", D(2021, 10, 7),
         "Fit testing at 78%. A revised date will be confirmed by the IPC Committee.", "Overdue"),
        ("TB/21/063", D(2021, 10, 7), "Winter Plan 2021/22",
         "Bring the final winter plan, including escalation bed capacity, to the November Board.",
         "Chief Operating Officer", D(2021, 11, 4), "Final plan received at the November Board (item 11).", "Complete"),
        ("TB/21/064", D(2021, 10, 7), "Guardian of Safe Working Hours Report",
         "Review rota gaps in emergency medicine and report back through the People Committee.",
         "Medical Director", "TBC",
         "Review will follow the outcome of the current medical workforce recruitment round.", "On track"),
        ("TB/21/070", D(2021, 11, 4), "Collaboration with the Royal Devon and Exeter",
         "Publish the summary of the joint clinical services strategy engagement on the Trust website.",
         "AH / CT", D(2021, 11, 30),
         "Summary drafted; awaiting sign-off by the joint programme board.", "On track"),
        ("TB/21/071", D(2021, 11, 4), "Maternity Services – Ockenden Update",
         "Report the outcome of the Ockenden immediate and essential actions self-assessment to the Board.",
         "Director of Midwifery", D(2021, 12, 2), None, None),
    ]
    sfill = {"Complete": BLUE, "On track": GREEN, "Overdue": RED}
    r = 6
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).number_format = "dd-mmm-yy"
        if row[7]:
            ws.cell(r, 8).fill = fill(sfill[row[7]])
            if row[7] == "Complete":
                ws.cell(r, 8).font = Font(color="FFFFFF")
        r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    ws.cell(r, 2, "Overdue").fill = fill(RED)
    ws.cell(r, 3, "On track / not yet due").fill = fill(GREEN)
    ws.cell(r, 4, "Complete – propose closure").fill = fill(BLUE)
    r += 1
    ws.cell(r, 1, "Closed actions are removed from the log after they have been reported to one meeting.")
    for col, w in zip("ABCDEFGH", [11, 12, 30, 60, 30, 11, 50, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dp2-northern-devon-healthcare-nhs-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------- 4. Sussex Community NHSFT risk register (xlsx, refuse)
def sussex_community_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3"
    ws.merge_cells("A1:K1")
    ws["A1"] = "Sussex Community NHS Foundation Trust – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:K2")
    ws["A2"] = "Quarter 3 2023/24 – as reported to the Audit and Risk Committee, 25 January 2024"
    hdr = ["Risk ID", "Risk Title", "Risk Owner", "Current Score (L x C)", "Target Score",
           "Further Actions Required", "Action Lead", "Due Date", "Progress Update", "Action RAG", "Trend"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("CRR-01", "Community nursing capacity does not meet demand", "Chief Nurse", 16, 8,
         "Complete the community nursing caseload review and agree the safe staffing model with commissioners.",
         "Deputy Chief Nurse", D(2024, 3, 31),
         "Caseload review complete in four of five localities; final locality due February.", "Amber", "↔"),
        ("CRR-02", "Delays in discharge from community inpatient beds", "Chief Operating Officer", 12, 6,
         "Implement the discharge-to-assess pathway with West Sussex County Council across all community hospitals.",
         "Director of Operations (West)", D(2024, 2, 29),
         "Live at three sites. Remaining sites to go live in February.", "Green", "↓"),
        ("CRR-03", "Cyber security – unsupported operating systems", "Chief Digital Officer", 15, 5,
         "Replace or isolate the remaining 42 devices running unsupported operating systems.",
         "Head of IT Infrastructure", D(2024, 3, 31),
         "31 devices replaced. Isolation plan agreed for the rest.", "Green", "↓"),
        ("CRR-04", "Recruitment and retention of registered staff in children's services", "Chief People Officer", 16, 9,
         "Launch the targeted recruitment campaign for school nursing and health visiting.",
         "Head of Resourcing", D(2024, 4, 30),
         "Campaign designed; launch delayed to April to align with the national campaign.", "Amber", "↔"),
        ("CRR-05", "Backlog maintenance in the community estate", "Chief Finance Officer", 12, 8,
         "Agree the prioritised backlog maintenance programme for 2024/25 with the Estates and Facilities Committee.",
         "Director of Estates", "Jnue-24",
         "Condition survey received. Programme to be costed in the capital planning round.", "Amber", "↔"),
        ("CRR-06", "Financial sustainability – delivery of the efficiency programme", "Chief Finance Officer", 16, 8,
         "Identify schemes to close the remaining £1.9m gap in the 2023/24 efficiency programme.",
         "Deputy Director of Finance", D(2024, 3, 31),
         "£1.2m of schemes identified; remainder under review by the Executive.", "Red", "↑"),
        ("CRR-07", "Compliance with mandatory training – resuscitation", "Chief Medical Officer", 9, 4,
         "Increase resuscitation training capacity by training additional in-house trainers.",
         "Resuscitation Lead", D(2024, 1, 31),
         "Six trainers qualified in December. Compliance now 86%.", "Complete", "↓"),
        ("CRR-08", "Waiting times for children's therapies", "Chief Operating Officer", 12, 6,
         "Implement the waiting list validation and clinical prioritisation process.",
         "Clinical Director, Children's Services", D(2024, 6, 30),
         "Validation under way; 640 of 1,150 records reviewed.", "Green", "↔"),
    ]
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    r = 5
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 8).number_format = "mmm-yy"
        sc = row[3]
        ws.cell(r, 4).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else "FFFF00")
        ws.cell(r, 10).fill = fill(ragfill[row[9]])
        r += 1
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (1-5) x Consequence (1-5). 15-25 Extreme; 8-12 High; 4-6 Moderate; 1-3 Low.")
    ws.cell(r + 1, 1, "Trend: ↑ increasing  ↓ decreasing  ↔ no change since last quarter.")
    for col, w in zip("ABCDEFGHIJK", [9, 38, 22, 10, 8, 55, 28, 10, 50, 10, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dp2-sussex-community-nhsft-corporate-risk-register-q3-2023-24-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5. NLaG maternity and neonatal highlight report (docx)
def nlag_highlight():
    doc = Document()
    doc.add_paragraph("Northern Lincolnshire and Goole NHS Foundation Trust")
    doc.add_heading("Maternity and Neonatal Three-Year Delivery Plan – Highlight Report", level=1)
    doc.add_paragraph("Reporting period: Quarter 2 2024/25 (July – September 2024)")
    doc.add_paragraph("Report to: Quality and Safety Committee, 22 October 2024")
    doc.add_paragraph("Executive sponsor: Chief Nurse")
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(
        "Good progress has been made on the actions within the delivery plan this quarter. Two actions are "
        "reported as at risk, both linked to workforce, and one action is off track. The Committee is asked "
        "to note the report and the mitigations in place."
    )
    s = doc.add_table(rows=2, cols=5)
    s.style = "Table Grid"
    for j, (h, v) in enumerate([("Complete", "3"), ("On track", "3"), ("At risk", "2"),
                                ("Off track", "1"), ("Total", "9")]):
        bold_cell(s.cell(0, j), h)
        s.cell(1, j).text = v
    doc.add_paragraph()
    cols = ["Ref", "Action", "Lead", "Due", "Status", "Update"]
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("1a", "Co-produce a personalised care and support plan template with the Maternity and Neonatal Voices Partnership.",
             "MNVP Chair / Patient Experience Midwife", "Q2 2024/25", "Complete",
             "Template launched on both sites in August after testing with 40 women."),
            ("1b", "Provide face-to-face interpreting for all booking appointments where English is not the woman's first language.",
             "Head of Midwifery", "31/12/2024", "On track",
             "Interpreting booked at 92% of eligible bookings in September."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2a", "Recruit to the midwifery establishment identified by the Birthrate Plus assessment.",
             "Director of Midwifery", "Mar-25", "At risk",
             "Vacancy rate 7.8%. International recruitment cohort delayed until January."),
            ("2b", "Implement the preceptorship framework for newly qualified midwives.",
             "Practice Development Midwife", "Sept 2024", "Complete",
             "All 14 newly qualified midwives enrolled on the framework."),
            ("2c", "Achieve BAPM neonatal nursing standards for qualified in speciality staff.",
             "Neonatal Clinical Lead / Neonatal Matron", "Q4 2024/25", "At risk",
             "QIS rate 61% against 70%. Three nurses start the course in November."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3a", "Complete the transition to PSIRF learning responses for all maternity incidents.",
             "Maternity Governance Lead", "30/09/2024", "Complete",
             "PSIRF in place from 1 September; weekly learning huddles established."),
            ("3b", "Hold quarterly perinatal culture and leadership sessions for the quadrumvirate.",
             "Director of Midwifery", "Ongoing", "On track",
             "Second session held in July with the national perinatal culture coach."),
        ]),
        ("Theme 4: Standards and structures that underpin safe, personalised and equitable care", [
            ("4a", "Achieve full compliance with Saving Babies' Lives Care Bundle version 3.",
             "Consultant Obstetrician (SBLCB lead)", "Q3 2024/25", "On track",
             "Compliance at 84%; element 2 (fetal growth) action plan in place."),
            ("4b", "Implement electronic fetal monitoring training for all obstetric and midwifery staff.",
             "Fetal Monitoring Lead Midwife", "31/08/2024", "Off track",
             "Compliance 71% against 90%. Additional sessions booked and escalated to the Divisional Board."),
        ]),
    ]
    for theme, acts in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        for j, c in enumerate(cols):
            bold_cell(t.cell(0, j), c)
            shade(t.cell(0, j), "D9E2F3")
        for i, a in enumerate(acts, 1):
            for j, v in enumerate(a):
                t.cell(i, j).text = v
            shade(t.cell(i, 4), sfill[a[4]])
        doc.add_paragraph()
    doc.add_heading("Status key", level=3)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([("Complete", "Action delivered and evidence held (Blue)"),
                                  ("On track", "Expected to be delivered by the due date (Green)"),
                                  ("At risk", "Risk to delivery, mitigations in place (Amber)"),
                                  ("Off track", "Not delivered by the due date or will not be (Red)")]):
        k.cell(i, 0).text = c
        shade(k.cell(i, 0), sfill[c])
        k.cell(i, 1).text = txt
    doc.save(os.path.join(HERE, "dp2-nlag-nhsft-maternity-neonatal-three-year-plan-highlight-report.docx"))


# ---------------------------------------------------------------- 6. Manx Care CQC export (csv)
def manx_care_csv():
    hdr = ["Ref", "Core Service", "Requirement Type", "CQC Requirement", "Action", "Action Owner",
           "Due Date", "Revised Due Date", "RAG Status", "Latest Update"]
    md1 = "The service must ensure that patients in the emergency department receive timely assessment of their risk of deterioration."
    md2 = "The service must ensure that staff complete mandatory training, including safeguarding training, to the required level."
    sd1 = "The service should ensure that medicines are stored at the correct temperature and that fridge temperatures are recorded daily."
    md3 = "The service must ensure that staff complete and document risk assessments for patients detained under the Mental Health Act."
    rows = [
        ["UEC-MD1.1", "Urgent and Emergency Care", "Must do", md1,
         "Introduce a nurse-led streaming and triage role at the front door 24/7.", "ED Matron",
         "30/11/2023", "", "Blue", "Role in place since October. Time to initial assessment now 14 minutes (median)."],
        ["UEC-MD1.2", "Urgent and Emergency Care", "Must do", md1,
         "Audit NEWS2 compliance in the emergency department monthly and report results to the Care Group Board.",
         "Clinical Director, Urgent Care", "31/03/2024", "", "Green",
         "Monthly audits started in January; compliance 88% in February."],
        ["UEC-MD2.1", "Urgent and Emergency Care", "Must do", md2,
         "Set up protected training days for ED nursing staff to complete safeguarding level 3.",
         "ED Matron / Practice Educator", "31/01/2024", "30/06/2024", "Amber",
         "Level 3 compliance 74%. Revised date agreed at the Quality, Safety and Engagement Committee."],
        ["MED-SD1.1", "Medical Care", "Should do", sd1,
         "Install remote temperature monitoring on all ward medicine fridges at Noble's Hospital.",
         "Chief Pharmacist", "29/02/2024", "", "Red",
         "Procurement delayed; business case to be resubmitted to the Capital Group."],
        ["MED-SD1.2", "Medical Care", "Should do", sd1,
         "Remind ward managers of the daily fridge temperature checking procedure and include it in the ward accreditation audit.",
         "Head of Nursing, Medicine", "31/12/2023", "", "Blue",
         "Included in ward accreditation from December. Compliance 96%."],
        ["MH-MD3.1", "Integrated Mental Health Services", "Must do", md3,
         "Revise the risk assessment template on the electronic patient record so it is mandatory on admission to Manannan Court.",
         "Operational Manager, Inpatient Mental Health", "31/03/2024", "", "Green",
         "Template built; go-live planned for 18 March."],
        ["MH-MD3.2", "Integrated Mental Health Services", "Must do", md3,
         "Carry out a monthly documentation audit of detained patients and feed back to the multidisciplinary team.",
         "Consultant Psychiatrist (Clinical Lead)", "Monthly", "", "Green",
         "Audits in place since November; results shared at the monthly governance meeting."],
        ["MH-MD3.3", "Integrated Mental Health Services", "Must do", md3,
         "Deliver Mental Health Act and risk assessment training to all registered nurses on the inpatient wards.",
         "Mental Health Act Administrator / Practice Educator", "30/06/2024", "", "",
         "Training package being developed with the University College Isle of Man."],
    ]
    with open(os.path.join(HERE, "dp2-manx-care-cqc-acute-mental-health-improvement-plan-export.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7. ELHT PSIRF safety improvement plan (txt)
def elht_txt():
    T = "\t"
    lines = [
        "East Lancashire Hospitals NHS Trust",
        "Patient Safety Incident Response Framework (PSIRF) – Safety Improvement Plan 2024/25",
        "Exported from InPhase 07/02/2025 – Patient Safety and Learning Group",
        "",
        T.join(["Ref", "Improvement action", "Owner", "Due date", "Progress note", "RAG"]),
        "",
        "Priority 1: Recognition and escalation of the deteriorating patient",
        T.join(["SIP1.1", "Roll out the revised NEWS2 escalation policy, including the critical care outreach response times, to all adult inpatient areas.",
                "Deputy Medical Director", "31/07/2024", "Policy ratified and launched; screensavers and ward posters in place.", "Complete"]),
        T.join(["SIP1.2", "Introduce a daily deteriorating patient safety huddle on the acute medical units.",
                "Matron, Acute Medicine", "Sep-24", "Huddles running on AMU A and B since August.", "Complete"]),
        T.join(["SIP1.3", "Audit the timeliness of escalation for patients with NEWS2 of 5 or more and report quarterly to the Patient Safety and Learning Group.",
                "Critical Care Outreach Lead", "Quarterly", "Q2 audit shows 81% escalated within the hour. Q3 audit under way.", "Green"]),
        "",
        "Priority 2: Falls with harm in older inpatients",
        T.join(["SIP2.1", "Implement lying and standing blood pressure measurement for all patients over 65 on admission.",
                "Falls Prevention Lead / Ward Managers", "31/12/2024", "Compliance 64% against 90% target; eObs prompt requested from the digital team.", "Amber"]),
        T.join(["SIP2.2", "Replace low-low beds on the care of the elderly wards through the medical equipment replacement programme.",
                "Head of Medical Devices", "March 2025", "Funding confirmed; delivery of 20 beds expected in March.", "Green"]),
        "",
        "Priority 3: Communication of results and discharge information to primary care",
        T.join(["SIP3.1", "Introduce electronic acknowledgement of radiology and pathology results by the requesting clinician.",
                "Chief Clinical Information Officer", "30/11/2024", "Go-live postponed because of the EPR upgrade; new date to be agreed with the supplier.", "Red"]),
        T.join(["SIP3.2", "Agree a standard for discharge summaries to reach GP practices within 24 hours and monitor it monthly.",
                "Associate Director of Quality and Safety", "Q4 2024/25", "Standard agreed with the ICB; monitoring to start in January.", "Green"]),
        T.join(["SIP3.3", "Share learning from the results incident PSIIs in the Trust's Safety Matters bulletin.",
                "Patient Safety Partner (JH) / Head of Patient Safety (RK)", "Ongoing", "", ""]),
        "",
        "RAG key: Complete – action delivered and evidence uploaded; Green – on track; Amber – at risk of slipping; Red – overdue or will not be delivered.",
    ]
    with open(os.path.join(HERE, "dp2-east-lancashire-hospitals-nhst-psirf-safety-improvement-plan-export.txt"),
              "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    north_wales_apr()
    suffolk_lcspr()
    northern_devon_log()
    sussex_community_crr()
    nlag_highlight()
    manx_care_csv()
    elht_txt()
