"""Build the seven tx- data files of set heldout510.

Run with /work/main/.venv/bin/python tx_make.py (openpyxl, python-docx).
Writes only files whose names start with tx-.
"""
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
LIGHT = "F2F2F2"


def out(name):
    assert name.startswith("tx-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def doc_table(doc, header, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "1F3864")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return t


def add_row(t, values, fills=None):
    row = t.add_row()
    for i, v in enumerate(values):
        set_cell(row.cells[i], v)
        if fills and fills.get(i):
            shade(row.cells[i], fills[i])
    return row


def add_merged_row(t, text, fill=LIGHT, bold=True):
    row = t.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold)
    shade(c, fill)
    return row


RAG_WORD_FILL = {
    "Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED,
    "On track": GREEN, "At risk": AMBER, "Off track": RED,
}


# ------------------------------------------------- 1. St Helena Hospice (docx)
def hospice():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("St Helena Hospice")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("St Helena Hospice – CQC Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Inpatient Unit and Hospice at Home services, Colchester. "
        "Inspected 15 to 17 October 2024; report published 9 January 2025 "
        "(overall rating: Requires improvement; Safe and Well-led: Requires improvement).")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.4"),
        ("Plan owner", "Director of Patient Care"),
        ("Reviewed by", "Quality and Safety Committee, 20 May 2025"),
        ("Next review", "Quality and Safety Committee, July 2025"),
        ("Submitted to CQC", "Provider action statement sent 6 February 2025"),
    ]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, desc, fill in [
        ("Red", "Action off track or at risk of not being delivered", RED),
        ("Amber", "Action in progress; some slippage against target date", AMBER),
        ("Green", "Action in progress and on track", GREEN),
        ("Complete", "Action delivered and evidence held", BLUE),
    ]:
        row = t.add_row()
        set_cell(row.cells[0], word, bold=True)
        shade(row.cells[0], fill)
        set_cell(row.cells[1], desc)

    header = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update (May 2025)"]

    doc.add_heading("1. Safe", level=2)
    t = doc_table(doc, header)
    add_merged_row(t, "Must do 1: The provider must ensure that controlled drugs are recorded "
                      "and checked in line with legislation and the hospice's medicines "
                      "management policy. (Regulation 12: Safe care and treatment)")
    add_row(t, ["1.1",
                "Introduce a twice-daily controlled drugs balance check on the Inpatient Unit, "
                "signed by two registered nurses.",
                "IPU Ward Manager", "31/01/2025", "Complete",
                "Twice-daily checks in place from 6 January 2025. Weekly audit shows 100% "
                "compliance since February."], {4: BLUE})
    add_row(t, ["1.2",
                "Commission an external controlled drugs audit from the ICB Controlled Drugs "
                "Accountable Officer's team and act on its findings.",
                "Director of Patient Care / Pharmacy Lead", "March 2025", "Green",
                "Audit carried out 11 March 2025; three minor recommendations, two already "
                "closed."], {4: GREEN})
    add_merged_row(t, "Must do 2: The provider must ensure that risk assessments for falls and "
                      "pressure damage are completed for every patient on admission and reviewed "
                      "when their needs change. (Regulation 12: Safe care and treatment)")
    add_row(t, ["1.3",
                "Revise the admission template in SystmOne so that the falls and Waterlow "
                "assessments must be completed before the admission can be closed.",
                "Clinical Systems Manager", "30/06/2025", "Amber",
                "Template built. Testing held up by the SystmOne upgrade in April."], {4: AMBER})
    add_row(t, ["1.4",
                "Monthly audit of 10 sets of patient notes against the falls and pressure area "
                "care standards, reported to the Quality and Safety Committee.",
                "Lead Nurse – Quality", "Monthly", "Green",
                "February 70%, March 80%, April 90% compliance."], {4: GREEN})

    doc.add_heading("2. Well-led", level=2)
    t = doc_table(doc, header)
    add_merged_row(t, "Must do 3: The provider must operate effective systems to assess, monitor "
                      "and improve the quality and safety of the service, including oversight of "
                      "incidents and audit actions. (Regulation 17: Good governance)")
    add_row(t, ["2.1",
                "Review the clinical governance structure and the terms of reference of the "
                "Quality and Safety Committee, adding a quarterly audit programme report.",
                "Director of Patient Care; Company Secretary", "April 2025", "Green",
                "New terms of reference approved by the Board of Trustees on 29 April 2025."],
            {4: GREEN})
    add_row(t, ["2.2",
                "Implement the Patient Safety Incident Response Framework (PSIRF) plan and "
                "train all clinical team leaders in after-action reviews.",
                "Patient Safety Lead", "Q1 2025/26", "Amber",
                "PSIRF plan published. 9 of 14 team leaders trained."], {4: AMBER})
    add_merged_row(t, "Should do 1: The provider should ensure that staff complete mandatory "
                      "training in the Mental Capacity Act within the hospice's required "
                      "timescales.")
    add_row(t, ["2.3",
                "Add MCA and DoLS to the mandatory training matrix with a 90% compliance "
                "target and report compliance monthly to the Senior Leadership Team.",
                "Head of Education and Practice Development", "30/06/2025", "Not started",
                "Waiting for the new learning management system to go live."])
    add_row(t, ["2.4",
                "Provide MCA bite-size sessions for the Hospice at Home and community teams "
                "at their team meetings.",
                "Head of Education and Practice Development", "Ongoing", "Green",
                "Four sessions delivered since February."], {4: GREEN})

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in [("Role", "Name", "Date"),
                    ("Chief Executive", "", "21/05/2025"),
                    ("Chair, Quality and Safety Committee", "", "21/05/2025")]:
        row = t.add_row()
        set_cell(row.cells[0], a, bold=(a == "Role"))
        set_cell(row.cells[1], b)
        set_cell(row.cells[2], c)
    doc.save(out("tx-st-helena-hospice-cqc-inspection-action-plan.docx"))


# ----------------------------------------------------- 2. EMCCA AGS (docx)
def emcca():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("East Midlands Combined County Authority")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading("Annual Governance Statement 2024/25: Significant Governance Issues "
                    "Action Plan", level=0)
    doc.add_paragraph("Audit and Governance Committee – 24 November 2025 – Appendix 2")
    doc.add_paragraph("Progress as at 31 October 2025")
    doc.add_paragraph(
        "The Annual Governance Statement for 2024/25 identified three significant governance "
        "issues for the Combined County Authority in its first full year of operation. This "
        "appendix sets out the actions agreed to address each issue and the progress made. "
        "Where a target has moved, the original target is kept and the revised target shown "
        "alongside it.")

    doc.add_heading("Summary of progress", level=1)
    t = doc_table(doc, ["Status", "Number of actions"])
    for s, n in [("Complete", "3"), ("On track", "3"), ("At risk", "1"),
                 ("Off track", "1"), ("Not yet started", "1"), ("Total", "9")]:
        add_row(t, [s, n], {0: RAG_WORD_FILL.get(s)} if s in RAG_WORD_FILL else None)

    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, desc, fill in [
        ("Complete", "Action delivered (blue)", BLUE),
        ("On track", "On course to meet the target date (green)", GREEN),
        ("At risk", "May miss the target date; mitigation in place (amber)", AMBER),
        ("Off track", "Target date will be missed (red)", RED),
        ("Not yet started", "Action not due to start yet (no RAG)", None),
    ]:
        row = t.add_row()
        set_cell(row.cells[0], word, bold=True)
        if fill:
            shade(row.cells[0], fill)
        set_cell(row.cells[1], desc)

    header = ["Ref", "Action", "Responsible officer", "Original target", "Revised target",
              "Status", "Progress at 31 October 2025"]

    def issue(heading, found, rows):
        doc.add_heading(heading, level=2)
        doc.add_paragraph("What we found: " + found)
        t = doc_table(doc, header)
        for row in rows:
            add_row(t, row, {5: RAG_WORD_FILL.get(row[5])} if row[5] in RAG_WORD_FILL else None)

    issue("Issue 1 – Statutory officer capacity and resilience",
          "During 2024/25 the Monitoring Officer role was covered on an interim basis and "
          "there was no deputy, leaving the authority exposed if the post holder was absent.",
          [["1.1", "Recruit a permanent Monitoring Officer and appoint a Deputy Monitoring "
                   "Officer with delegated cover arrangements.",
            "Chief Executive", "30 June 2025", "31 August 2025", "Complete",
            "Monitoring Officer started 1 August 2025; Deputy appointed by the Board on "
            "28 August."],
           ["1.2", "Agree a shared-service arrangement for legal advice with the constituent "
                   "councils, set out in a service level agreement.",
            "Monitoring Officer", "December 2025", "", "On track",
            "Draft SLA with Derbyshire County Council legal services under negotiation."],
           ["1.3", "Review the officer scheme of delegation so that it reflects the statutory "
                   "officer structure.",
            "Monitoring Officer / Head of Legal and Democratic Services",
            "31 July 2025", "30 November 2025", "At risk",
            "Delayed by the arrival of the new Monitoring Officer; report to Board in "
            "November if the agenda allows."]])

    issue("Issue 2 – Financial management and the medium-term financial plan",
          "The authority did not have a medium-term financial plan covering all of its funding "
          "streams, and assurance over grants passed to constituent councils was informal.",
          [["2.1", "Produce a medium-term financial plan covering 2025/26 to 2028/29, including "
                   "the Mayoral Capacity Fund and Investment Fund profiles.",
            "Chief Finance Officer (s73 Officer)", "30 September 2025", "", "Complete",
            "Approved by the CCA Board on 19 September 2025."],
           ["2.2", "Complete a self-assessment against the CIPFA Financial Management Code and "
                   "report the results to the Audit and Governance Committee.",
            "Chief Finance Officer (s73 Officer)", "Q2 2025/26", "Q3 2025/26", "On track",
            "Self-assessment drafted; due at the January committee."],
           ["2.3", "Put in place a grant assurance framework for funding passed to constituent "
                   "councils, with quarterly assurance returns.",
            "Head of Finance; Head of Programme Assurance", "30/09/2025", "", "Off track",
            "Framework drafted but not yet agreed with all four councils."]])

    issue("Issue 3 – Risk management and assurance",
          "Risk management arrangements were still being established and members had not "
          "received training on their role in overseeing risk.",
          [["3.1", "Adopt a Risk Management Strategy and risk appetite statement and refresh the "
                   "strategic risk register.",
            "Head of Programme Assurance", "July 2025", "", "Complete",
            "Strategy adopted July 2025; register refreshed."],
           ["3.2", "Deliver risk management training for members of the CCA Board and the Audit "
                   "and Governance Committee.",
            "Head of Programme Assurance", "November 2025", "", "Not yet started",
            "Session booked for 17 November 2025."],
           ["3.3", "Procure an internal audit provider for 2026/27 onwards.",
            "Chief Finance Officer (s73 Officer)", "January 2026", "", "On track",
            "Tender issued 6 October 2025."]])

    doc.add_paragraph(
        "Completed actions will be removed from the next report once the committee has noted "
        "them.")
    doc.save(out("tx-east-midlands-cca-annual-governance-statement-2024-25-action-plan.docx"))


# ------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def hdr(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX


def band(ws, row, text, ncols, colour=GREY, bold=True):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold)
    c.fill = fill(colour)
    c.alignment = Alignment(wrap_text=True, vertical="top")


def put_row(ws, row, values, date_fmt=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)) and date_fmt:
            c.number_format = date_fmt


# ------------------------------- 3. Mining Remediation Authority highlight (xlsx)
def mra():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = "Mining Remediation Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Metal Mine Water Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: October 2025"
    ws["A4"] = "SRO: Director of Operations"
    ws["C4"] = "Programme Manager: Helen Marsh"
    ws["A5"] = "Prepared for: Programme Board (joint with Defra and the Environment Agency), 12 November 2025"

    ws["A7"] = "Overall status"
    ws["A7"].font = Font(bold=True)
    hdr(ws, 8, ["Dimension", "Previous", "Current", "Comment"])
    for i, (d, p, c, com) in enumerate([
        ("Overall", "A", "A", "Contract award for Nent Haggs has slipped to January; Blagill land agreements remain the main risk."),
        ("Schedule", "A", "A", "Two milestones forecast later than baseline this period."),
        ("Cost", "G", "G", "Forecast within the 2025/26 Defra allocation."),
        ("Resources", "A", "G", "Second project manager started 6 October."),
    ], start=9):
        put_row(ws, i, [d, p, c, com])
        ws.cell(row=i, column=2).fill = fill({"G": GREEN, "A": AMBER, "R": RED}[p])
        ws.cell(row=i, column=3).fill = fill({"G": GREEN, "A": AMBER, "R": RED}[c])

    ws["A14"] = "Achievements this period"
    ws["A14"].font = Font(bold=True)
    ws["A15"] = "• Planning permission granted for the Nent Haggs treatment scheme (19 September)."
    ws["A16"] = "• Nent Haggs ground investigation factual report issued."
    ws["A18"] = "Top risks"
    ws["A18"].font = Font(bold=True)
    hdr(ws, 19, ["Risk", "Score", "Mitigation", "Owner"])
    put_row(ws, 20, ["Landowner agreement for Blagill pipeline not secured in time for 2026 construction season",
                     "16", "Independent land agent appointed; alternative pipeline route being scoped",
                     "Land and Property Manager"])
    put_row(ws, 21, ["Tender prices for Nent Haggs exceed cost estimate",
                     "12", "Value engineering workshop held; contingency held at programme level",
                     "Commercial Lead"])
    ws["A23"] = "RAG key"
    ws["A23"].font = Font(bold=True)
    for i, (word, desc, col) in enumerate([
        ("Red", "Milestone will be missed without intervention", RED),
        ("Amber", "At risk but recoverable", AMBER),
        ("Green", "On track", GREEN),
        ("Blue", "Complete", BLUE),
    ], start=24):
        ws.cell(row=i, column=1, value=word).fill = fill(col)
        ws.cell(row=i, column=2, value=desc)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Metal Mine Water Programme – Milestone Tracker"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = "Period ending 31 October 2025"
    ms["A3"] = "Current RAG is shown by cell colour – see the key on the Highlight sheet."
    ms["A3"].font = Font(italic=True)
    hdr(ms, 5, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
                "Previous RAG", "Current RAG", "Commentary"])
    D = dt.datetime
    rows = [
        ("band", "WS1 – Site investigation and design"),
        ("M1.1", "Complete ground investigation at the Nent Haggs Level site and issue the factual report",
         "Claire Dawson", D(2025, 6, 30), D(2025, 8, 29), "A", BLUE,
         "Factual report issued 29 August. Interpretive report to follow."),
        ("M1.2", "Outline design for the Blagill passive treatment scheme approved at Design Review Panel",
         "Claire Dawson / Tom Ridley", D(2025, 9, 30), D(2025, 12, 12), "A", RED,
         "Design cannot be fixed until the pipeline route is agreed (see M3.2)."),
        ("M1.3", "Hebden Beck feasibility study and options appraisal signed off by Defra",
         "Principal Hydrogeologist", D(2025, 11, 28), None, "G", GREEN,
         "Draft options appraisal with Defra for comment."),
        ("band", "WS2 – Treatment scheme delivery"),
        ("M2.1", "Award the construction contract for the Nent Haggs treatment scheme",
         "Commercial Lead", D(2025, 10, 31), D(2026, 1, 30), "G", AMBER,
         "Tender returns above estimate; value engineering under way before award."),
        ("M2.2", "Start on site – Nent Haggs enabling works (access track and site compound)",
         "Claire Dawson", D(2026, 1, 12), D(2026, 3, 16), "G", AMBER,
         "Follows contract award; bird nesting season restriction from April."),
        ("M2.3", "Commission the pilot treatment trial at Gunnislake (Tamar catchment) and report six-month results",
         "Senior Scientist (Treatment Technologies)", D(2026, 3, 31), None, "G", GREEN,
         "Pilot unit running since September."),
        ("band", "WS3 – Stakeholders, consents and land"),
        ("M3.1", "Submit the planning application for Nent Haggs to Westmorland and Furness Council",
         "Tom Ridley", D(2025, 7, 31), D(2025, 9, 19), "A", BLUE,
         "Submitted in July; permission granted 19 September."),
        ("M3.2", "Secure landowner agreement and easements for the Blagill discharge pipeline",
         "Land and Property Manager", D(2025, 10, 31), D(2026, 2, 27), "R", RED,
         "One of three landowners has not agreed terms. Escalated to the Programme Board."),
        ("M3.3", "Hold community drop-in events in Alston and Nenthead ahead of construction",
         "Stakeholder Engagement Officer", D(2025, 11, 14), None, None, GREEN,
         "New milestone this period. Venues booked."),
        ("M3.4", "Agree the Environment Agency permit variation for the Nent Haggs discharge",
         "Environmental Permitting Lead", D(2026, 1, 30), None, None, None,
         "Not yet started – depends on the final design following contract award (M2.1)."),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            band(ms, r, row[1], 8)
        else:
            ref, text, owner, base, fc, prev, cur, com = row
            put_row(ms, r, [ref, text, owner, base, fc, prev, None, com], date_fmt="dd/mm/yyyy")
            if prev:
                ms.cell(row=r, column=6).fill = fill({"G": GREEN, "A": AMBER, "R": RED}[prev])
            if cur:
                ms.cell(row=r, column=7).fill = fill(cur)
        r += 1
    for col, w in zip("ABCDEFGH", [7, 60, 26, 13, 13, 10, 10, 55]):
        ms.column_dimensions[col].width = w
    wb.save(out("tx-mining-remediation-authority-metal-mine-water-programme-highlight-report.xlsx"))


# ------------------------------------------------ 4. Sidcot School ISI (xlsx)
def sidcot():
    wb = Workbook()
    ws = wb.active
    ws.title = "ISI Action Plan"
    ws["A1"] = "Sidcot School – Action Plan following ISI Inspection (March 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection dates: 4–6 March 2025 | Report published: 23 April 2025"
    ws["A3"] = "Owner: Head | Monitored by: Education and Welfare Committee of the Board of Governors | Last reviewed: 12 November 2025"
    ws["A4"] = "RAG key: Green – action complete; Amber – in progress; Red – not started or significant concern"
    ws["A4"].font = Font(italic=True)
    hdr(ws, 6, ["No.", "Actions", "Lead(s)", "Timescale", "Success criteria / evidence",
                "RAG Summer 2025", "RAG Autumn 2025"])
    ragfill = {"G": GREEN, "A": AMBER, "R": RED}
    rows = [
        ("band", "Section 5: Safeguarding"),
        ("area", "Area for action 1: The school must ensure that the single central record of appointments is complete and that all required pre-appointment checks are carried out and recorded before staff begin work."),
        ("1a", "Full audit of the single central record by an external safeguarding consultant; all gaps closed and evidence filed.",
         "Bursar / HR Manager", "April 2025", "Consultant's report shows no gaps; SCR signed off by the Chair of Governors.", "G", "G"),
        ("1b", "Introduce a pre-start checklist, signed off by the DSL or the Bursar, for every new member of staff, volunteer and contractor.",
         "HR Manager", "By September 2025", "Checklist on file for all September starters.", "A", "G"),
        ("1c", "Termly SCR spot-check by the safeguarding governor, reported to the Education and Welfare Committee.",
         "Safeguarding Governor", "Termly", "Spot-check reports minuted each term.", "A", "A"),
        ("band", "Section 3: Pupils’ physical and mental health and emotional wellbeing"),
        ("area", "Area for action 2: The school must ensure that boarding staff record and follow up medication given to boarders in line with the school’s medicines policy and the National Minimum Standards for Boarding Schools."),
        ("2a", "Replace paper medication records in the boarding houses with the iSAMS medical module.",
         "Head of Boarding; Health Centre Manager", "Summer term 2025", "All five houses using iSAMS; paper MAR sheets withdrawn.", "A", "G"),
        ("2b", "Medicines training for all houseparents and gap-year assistants, refreshed annually.",
         "Health Centre Manager", "Autumn term 2025", "Training log shows 100% of boarding staff trained.", "R", "A"),
        ("band", "Section 2: Quality of education, training and recreation"),
        ("area", "Recommended next step 1: Leaders should ensure that assessment information is used consistently across departments to plan lessons that meet the needs of pupils who speak English as an additional language."),
        ("3a", "EAL Coordinator to share a profile of every EAL learner on the staff portal at the start of each term.",
         "EAL Coordinator", "September 2025", "Profiles live for all EAL pupils.", "A", "G"),
        ("3b", "Whole-staff INSET on adaptive teaching for EAL learners, followed by a learning walk.",
         "Deputy Head (Academic)", "October 2025", "Learning walk findings reported to SLT.", None, "A"),
        ("band", "Section 4: Pupils’ social and economic education and contribution"),
        ("area", "Recommended next step 2: Leaders should strengthen the careers programme in the lower school so that pupils in Years 7 to 9 understand the full range of post-16 and post-18 pathways."),
        ("4a", "Map careers provision for Years 7–9 against the Gatsby Benchmarks and add two careers sessions a year to the PSHE programme.",
         "Head of Careers / Head of PSHE", "Autumn term 2025", "Revised PSHE scheme of work published.", "A", "A"),
        ("4b", "Launch a Year 9 alumni careers morning with the Sidcot Association.",
         "Head of Careers", "March 2026", "Event held; pupil feedback collected.", None, "R"),
    ]
    r = 7
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], 7, colour="BDD7EE")
        elif row[0] == "area":
            band(ws, r, row[1], 7, colour=LIGHT, bold=False)
            ws.row_dimensions[r].height = 32
        else:
            no, act, lead, when, succ, summer, autumn = row
            put_row(ws, r, [no, act, lead, when, succ, summer, autumn])
            if summer:
                ws.cell(row=r, column=6).fill = fill(ragfill[summer])
            if autumn:
                ws.cell(row=r, column=7).fill = fill(ragfill[autumn])
        r += 1
    for col, w in zip("ABCDEFG", [6, 60, 26, 18, 40, 12, 12]):
        ws.column_dimensions[col].width = w

    so = wb.create_sheet("Governor sign-off")
    so["A1"] = "Governor review of the ISI action plan"
    so["A1"].font = Font(bold=True)
    hdr(so, 3, ["Review point", "Committee", "Date", "Comment"])
    put_row(so, 4, ["Summer 2025", "Education and Welfare Committee", "18/06/2025",
                    "Plan approved; SCR audit complete."])
    put_row(so, 5, ["Autumn 2025", "Education and Welfare Committee", "12/11/2025",
                    "Good progress; careers actions to be prioritised in the spring."])
    wb.save(out("tx-sidcot-school-isi-inspection-action-plan.xlsx"))


# ------------------------- 5. Good Energy Ofgem GSOP remediation (xlsx, refuse)
def good_energy():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Good Energy Limited"
    cv["A1"].font = Font(bold=True, size=13)
    cv["A2"] = "Ofgem Compliance Review – Guaranteed Standards of Performance (GSOP)"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Remediation Tracker"
    for i, (k, v) in enumerate([
        ("Version", "2.3"),
        ("Owner", "Head of Regulatory Affairs"),
        ("Executive sponsor", "Chief Customer Officer"),
        ("Last updated", "07/11/2025"),
        ("Shared with", "Ofgem Retail Compliance team (monthly)"),
        ("Classification", "Confidential – regulatory"),
    ], start=5):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "GSOP Compliance Review – Remediation Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status at 7 November 2025"
    hdr(ws, 4, ["Finding", "Ofgem finding", "Action ref", "Remediation action", "Owner",
                "Original due", "Revised due", "Status", "Evidence to Ofgem", "Comments"])
    findings = [
        ("F1", "Automatic compensation payments for missed appointments were not made within the 10 working days required.",
         [("F1.1", "Automate the missed-appointment trigger from the field-service system into billing so that the payment is raised without agent action.",
           "Head of Metering Operations", "Jun-2025", "Sep-2025", "Complete", "Y", "Live 2 September."),
          ("F1.2", "Identify customers who were not paid between April 2023 and May 2025 and make goodwill payments with interest.",
           "Customer Operations Manager", "Jul-2025", "", "Complete", "Y", "1,184 customers paid."),
          ("F1.3", "Add GSOP payment timeliness to the monthly Customer Outcomes dashboard.",
           "Head of Regulatory Affairs", "Aug-2025", "", "Complete", "Y", "")]),
        ("F2", "Customers were not told clearly of their right to a GSOP payment when a supply interruption or appointment failure occurred.",
         [("F2.1", "Rewrite the GSOP customer letters and web page and test them with the Customer Panel.",
           "Head of Customer Communications", "Sep-2025", "", "Complete", "Y", "Panel session 14 August."),
          ("F2.2", "Refresh agent training on GSOP entitlements and add a quality-check question.",
           "Learning and Development Lead", "Oct-2025", "Dec-2025", "Delayed", "N", "Training slots moved to November.")]),
        ("F3", "Management information on GSOP performance was not reviewed at a senior level.",
         [("F3.1", "Add a GSOP compliance report to the Risk and Compliance Committee agenda each quarter.",
           "Head of Regulatory Affairs", "Sep-2025", "", "Complete", "Y", "First report 23 September."),
          ("F3.2", "Internal audit review of GSOP controls after remediation.",
           "Head of Internal Audit", "Nov-2025", "Jan-2O26", "On track", "N", "Fieldwork planned for December."),
          ("F3.3", "Confirm closure of the review with Ofgem.",
           "Head of Regulatory Affairs", "Mar-2026", "", "Not started", "N", "")]),
    ]
    statfill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    r = 5
    for fref, ftext, acts in findings:
        start = r
        for a in acts:
            put_row(ws, r, [fref if r == start else None, ftext if r == start else None] + list(a))
            if a[5] in statfill:
                ws.cell(row=r, column=8).fill = fill(statfill[a[5]])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 9, 55, 28, 12, 12, 12, 10, 35]):
        ws.column_dimensions[col].width = w
    wb.save(out("tx-good-energy-ofgem-gsop-compliance-review-remediation-tracker-typo-month-refuse.xlsx"))


# -------------------------------- 6. Crowborough Town Council internal audit (csv)
def crowborough():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow(["Crowborough Town Council"] + [""] * (n - 1))
    w.writerow(["Internal Audit 2024/25 – Action Plan"] + [""] * (n - 1))
    w.writerow(["Interim (November 2024) and year-end (April 2025) internal audit visits. "
                "Presented to Finance and General Purposes Committee, 14 July 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Audit area", "Internal auditor's recommendation",
                "Council response / action", "Responsible", "Target date", "RAG", "Comments"])
    rows = [
        ["1", "Bank reconciliation",
         "Bank reconciliations should be signed and dated each month by a member independent of the RFO and reported to committee.",
         "Chair of F&GP to sign the monthly reconciliation; reconciliations to be a standing item on the F&GP agenda.",
         "RFO / Chair of F&GP", "30/06/2025", "Complete", "In place from the June meeting."],
        ["2", "Asset register",
         "The asset register should be reconciled to the insurance schedule and updated for the disposals approved during the year.",
         "Reconcile the asset register to the 2025/26 insurance schedule and remove disposed items (two benches and the ride-on mower).",
         "Deputy Town Clerk", "Sep-25", "Green", ""],
        ["3", "Procurement",
         "Standing Orders and Financial Regulations should be updated for the Procurement Act 2023 and the 2025 NALC models.",
         "Adopt updated Standing Orders and Financial Regulations based on the 2025 NALC model documents.",
         "Town Clerk", "Nov-25", "Amber", "Draft to Policy Working Group in September."],
        ["", "", "",
         "Training for councillors on the new procurement thresholds.",
         "Town Clerk", "Jan-26", "", "SALC training date to be confirmed."],
        ["4", "Payroll",
         "Evidence of approval of overtime and of the annual pay award should be kept on the personnel file.",
         "Keep signed overtime forms and the NJC pay award letter on each file; Personnel Committee to minute approval of the pay award.",
         "Town Clerk", "31/08/2025", "Green", ""],
        ["5", "Transparency",
         "All items required by the Transparency Code for smaller authorities should be published, including payments over £500.",
         "Publish the monthly list of payments over £500 and the 2024/25 AGAR documents on the website.",
         "Deputy Town Clerk", "By 30 June 2025", "Complete", "Published 27 June 2025."],
        ["6", "Risk management",
         "The financial risk assessment should be reviewed and approved by full council each year and the review minuted.",
         "Full council to review the financial risk assessment at its budget meeting.",
         "Town Clerk", "Jan-26", "Green", ""],
        ["7", "Grants (s137)",
         "Grant recipients should be asked to report on how grants were spent.",
         "Add an end-of-grant monitoring form to the community grants scheme and chase returns.",
         "Community Services Officer", "Ongoing", "Amber", "Form added; 4 of 9 returns received."],
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["Note: actions marked Complete will be removed after they have been reported to committee."] + [""] * (n - 1))
    with open(out("tx-crowborough-town-council-internal-audit-action-plan-2024-25.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------- 7. Samaritans board action log (txt)
def samaritans():
    T = "\t"
    lines = [
        "Samaritans Board of Trustees – Action Log",
        "Open and recently completed actions as at 24 September 2025",
        "RAG key: B = complete (proposed for closure)  G = on track  A = some slippage  R = overdue",
        "",
        T.join(["Action No.", "Minute", "Action", "Owner", "Due", "RAG", "Update"]),
        "Board meeting – 26 March 2025",
        T.join(["BT25/07", "5.2", "Circulate the revised Safeguarding Policy to trustees with a summary of changes from the 2022 version.",
                "Company Secretary", "April 2025", "B", "Circulated 14/04/2025."]),
        T.join(["BT25/08", "7.1", "Bring a paper on the options for re-procuring the helpline telephony platform, including costs and timing.",
                "Chief Operating Officer", "June 2025", "B", "Paper taken at the June meeting (item 6)."]),
        T.join(["BT25/09", "8.3", "Review the branch governance framework with the Branch Support team and report on branches without a full committee",
                "Director of Branch Network / Chair of Volunteer Council", "Dec 2025", "A", "Branch survey closed 31 August; analysis under way."]),
        T.join(["", "", "(to include the position in Samaritans Ireland and Samaritans Cymru).", "", "", "", ""]),
        "Board meeting – 18 June 2025",
        T.join(["BT25/14", "4.1", "Finance and Audit Committee to review the reserves policy in the light of the 2025/26 budget deficit.",
                "Chair of Finance and Audit Committee", "18/09/2025", "R", "Committee meeting moved to 9 October."]),
        T.join(["BT25/15", "6.2", "Share the volunteer recruitment and retention dashboard with trustees each quarter.",
                "Director of Volunteering", "Quarterly", "G", "Q1 dashboard circulated in July."]),
        T.join(["BT25/16", "9.1", "Arrange visits for new trustees to a branch and to the central office in Ewell.",
                "Company Secretary", "Q3 2025/26", "G", "Two visits booked for November."]),
        "Board meeting – 17 September 2025",
        T.join(["BT25/21", "3.4", "Update the Board Assurance Framework to include the cyber security risk raised by the Finance and Audit Committee.",
                "Director of Finance and Resources", "November 2025", "G", ""]),
        T.join(["BT25/22", "5.1", "Provide a breakdown of contacts by channel (calls, email, webchat) for the annual report.",
                "Head of Insight; Head of Communications", "31/10/2025", "G", ""]),
        T.join(["BT25/23", "7.2", "Commission an external board effectiveness review for 2026.",
                "Chair / CEO", "March 2026", "", "New action."]),
        "",
        "Actions marked B will be removed from the log once the Board has agreed closure.",
    ]
    with open(out("tx-samaritans-board-of-trustees-action-log.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hospice()
    emcca()
    mra()
    sidcot()
    good_energy()
    crowborough()
    samaritans()
    print("done")
