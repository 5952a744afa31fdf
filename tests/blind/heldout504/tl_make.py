"""Build the seven tl- blind test files (set heldout504).

Run with: /work/main/.venv/bin/python tl_make.py
Writes only files whose names start with "tl-" into this folder.
"""
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("tl-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def band_row(table, text, fill="D9E2F3", bold=True):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=bold)
    shade(merged, fill)
    return row


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="70AD47"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
WRAP = Alignment(wrap_text=True, vertical="top")


# =====================================================================
# 1. Save the Children UK - Charity Commission regulatory compliance case
# =====================================================================
def make_save_the_children():
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("Save the Children Fund (Save the Children UK)")
    r.bold = True
    d.add_heading("Charity Commission Regulatory Compliance Case: Trustees' Action Plan", level=0)

    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Date", "14 October 2025"),
        ("Document owner", "Company Secretary"),
        ("Approved by", "Board of Trustees, 25 September 2025"),
        ("Next review", "Audit and Risk Committee, January 2026"),
    ]:
        row = dc.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "F2F2F2")
        set_cell(row.cells[1], v)

    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "In March 2025 the Charity Commission opened a regulatory compliance case into the charity "
        "following reports about the board's oversight of serious incidents. The Commission issued "
        "regulatory advice and guidance to the trustees in July 2025. This plan sets out the actions "
        "the trustees have agreed in response. Progress is reported to the Commission's case officer "
        "each quarter."
    )

    d.add_heading("RAG key", level=1)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, fill in [
        ("Complete", "Action delivered and evidence provided to the Commission", "9DC3E6"),
        ("On track", "Action progressing and expected by the due date", "A9D08E"),
        ("At risk", "Some delay; mitigation agreed by the Executive Leadership Team", "FFD966"),
        ("Off track", "Due date missed or will be missed; escalated to the Board", "FF7C80"),
    ]:
        row = key.add_row()
        set_cell(row.cells[0], word, bold=True)
        shade(row.cells[0], fill)
        set_cell(row.cells[1], meaning)

    d.add_heading("Action plan", level=1)
    rag_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    cols = ["Ref", "Action", "Lead", "Due", "Progress at September 2025", "RAG"]

    areas = [
        ("Area 1 – Trustee oversight and board governance", [
            ("Regulatory advice 1: The trustees should ensure that the board receives sufficient, "
             "timely information to oversee the management of serious incidents and reputational risk.", [
                ("1.1", "Introduce a quarterly serious incident dashboard to the full Board, with a "
                        "closed-session item where individual cases are discussed.",
                 "Chief Operating Officer", "June 2025",
                 "Dashboard presented at the June and September Board meetings.", "Complete"),
                ("1.2", "Revise the scheme of delegation so that decisions on incidents rated "
                        "‘critical’ are escalated to the Chair within 48 hours.",
                 "Company Secretary", "30/09/2025",
                 "Revised scheme approved by the Board on 25 September 2025.", "Complete"),
            ]),
            ("Regulatory advice 2: The trustees should review the skills and experience of the board "
             "and address gaps in safeguarding and international programme expertise.", [
                ("1.3", "Commission an independent skills audit of the Board and publish the "
                        "resulting recruitment plan.",
                 "Chair of Trustees; Chair of Nominations Committee", "July 2025\nRevised: November 2025",
                 "Audit fieldwork complete; report delayed by availability of the reviewer.", "At risk"),
                ("1.4", "Recruit two trustees with safeguarding and humanitarian programme experience.",
                 "Chair of Nominations Committee", "March 2026",
                 "Search firm appointed; advert to run in January.", "On track"),
            ]),
        ]),
        ("Area 2 – Safeguarding and serious incident reporting", [
            ("Regulatory advice 3: The trustees must ensure that serious incidents are reported to the "
             "Commission promptly and in full, in line with the Commission's guidance.", [
                ("2.1", "Map every incident category in the internal reporting system to the "
                        "Commission's serious incident reporting criteria.",
                 "Director of Safeguarding", "May 2025",
                 "Mapping complete and built into the incident system.", "Complete"),
                ("2.2", "Train all directors and country office leads on when a serious incident report "
                        "to the Commission is required, and record completion on the learning system.",
                 "Director of Safeguarding / Head of Learning and Development", "December 2025",
                 "71% of those in scope trained at 30 September.", "On track"),
                ("2.3", "Carry out a look-back review of incidents logged from January 2022 to March 2025 "
                        "and submit any reports that should have been made.",
                 "General Counsel", "31 August 2025",
                 "Review complete; four late reports submitted to the Commission on 19 August 2025.",
                 "Complete"),
            ]),
        ]),
        ("Area 3 – Culture, speaking up and conflicts of interest", [
            ("Regulatory advice 4: The trustees should be assured that staff can raise concerns safely "
             "and that conflicts of interest are identified and managed.", [
                ("3.1", "Appoint an independent speak-up provider and relaunch the whistleblowing policy "
                        "to all staff and volunteers.",
                 "Director of People", "September 2025",
                 "Procurement re-run after the preferred supplier withdrew; contract award expected "
                 "December 2025.", "Off track"),
                ("3.2", "Introduce an annual declaration of interests for trustees, the executive team "
                        "and senior country staff, with the register reviewed by the Audit and Risk "
                        "Committee.",
                 "Company Secretary", "Ongoing",
                 "First declarations collected; register to go to the January committee.", "On track"),
            ]),
        ]),
    ]

    for heading, advices in areas:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, cols):
            set_cell(c, lab, bold=True)
            shade(c, "D9D9D9")
        for advice, actions in advices:
            band_row(t, advice, fill="FBE4D5", bold=False)
            for ref, act, lead, due, prog, rag in actions:
                row = t.add_row()
                for c, v in zip(row.cells, (ref, act, lead, due, prog, rag)):
                    set_cell(c, v)
                shade(row.cells[5], rag_fill[rag])
        d.add_paragraph()

    d.add_paragraph(
        "Note: actions rated Complete will be removed from the next version of this plan once the "
        "Commission has confirmed it is satisfied with the evidence provided."
    )
    d.add_heading("Sign-off", level=1)
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ("Signed on behalf of the Board of Trustees", "Role", "Date")):
        set_cell(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ("", "Chair of Trustees", "25 September 2025")):
        set_cell(c, v)
    d.save(out("tl-save-the-children-uk-charity-commission-regulatory-compliance-action-plan.docx"))


# =====================================================================
# 2. South Staffs Water - Ofwat customer experience improvement plan (xlsx)
# =====================================================================
def make_south_staffs():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "South Staffs Water and Cambridge Water"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Customer Experience Improvement Plan – C-MeX and customer care licence condition"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Progress update to Ofwat – Quarter 3 2025-26 (position at 31 December 2025)"
    rows = [
        ("Document owner", "Director of Customer Experience"),
        ("Version", "v4.0"),
        ("Date", dt(2026, 1, 9)),
        ("Approved by", "Executive Leadership Team"),
        ("Distribution", "Ofwat casework team; CCW; Customer Challenge Group"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        c = cv.cell(i, 2, v)
        if isinstance(v, dt):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cv.cell(i, col).border = BOX
    cv["A12"] = "RAG key"
    cv["A12"].font = Font(bold=True)
    for i, (word, meaning, f) in enumerate([
        ("Blue", "Action complete and embedded", "blue"),
        ("Green", "On track to deliver by the due date", "green"),
        ("Amber", "At risk – mitigation in place", "amber"),
        ("Red", "Off track – will miss the due date", "red"),
    ], start=13):
        cv.cell(i, 1, word).fill = FILL[f]
        cv.cell(i, 2, meaning)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q3 RAG ratings by theme"
    sm["A1"].font = Font(bold=True)
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    data = [
        ("Theme 1 – Resolving customer contacts first time", 2, 0, 1, 0, 3),
        ("Theme 2 – Communication during incidents", 0, 1, 0, 1, 2),
        ("Theme 3 – Support for customers in vulnerable circumstances", 1, 1, 1, 0, 3),
        ("Theme 4 – Complaints and escalation", 1, 1, 0, 0, 2),
        ("Total", 4, 3, 2, 1, 10),
    ]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    for i, r in enumerate(data, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 58

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Customer Experience Improvement Plan – Action Tracker (Q3 2025-26)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Commitment to Ofwat", "Action", "Owner", "Original due date",
             "Revised due date", "Q2 RAG", "Q3 RAG", "Progress commentary (Q3)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    themes = [
        ("Theme 1 – Resolving customer contacts first time",
         "C1. Increase first-contact resolution for billing and operational contacts to 85% by March 2026.", [
             ("1.1", "Roll out a single customer view in the contact centre so advisers can see billing, "
                     "metering and operational history on one screen.",
              "Head of Customer Operations", dt(2025, 6, 30), dt(2025, 9, 30), "Amber", "Blue",
              "Live for all advisers from 22 September 2025."),
             ("1.2", "Give frontline advisers authority to award goodwill payments of up to £100 "
                     "without referral.",
              "Head of Customer Operations", dt(2025, 7, 31), None, "Blue", "Blue",
              "Complete. Average handling time for goodwill cases down by 3 days."),
             ("1.3", "Introduce a call-back within 24 hours for any contact not resolved on the first "
                     "call, tracked daily.",
              "Contact Centre Manager", dt(2025, 10, 31), dt(2026, 1, 31), "Green", "Amber",
              "Telephony change delayed by supplier; manual tracking in place."),
         ]),
        ("Theme 2 – Communication during incidents",
         "C2. Proactively contact customers affected by supply interruptions within one hour of the "
         "company becoming aware.", [
             ("2.1", "Automate outbound SMS and email alerts from the network incident system to all "
                     "customers in the affected postcodes.",
              "Head of Network Control / Digital Channels Manager", dt(2025, 9, 30), dt(2026, 3, 31),
              "Amber", "Red",
              "Integration testing failed in November; supplier fix due February 2026."),
             ("2.2", "Publish live incident maps and estimated restoration times on the website and app.",
              "Digital Channels Manager", dt(2025, 12, 31), None, "Green", "Green",
              "Beta version live on the website; app release scheduled."),
         ]),
        ("Theme 3 – Support for customers in vulnerable circumstances",
         "C3. Increase registrations on the Priority Services Register and make sure support reaches "
         "registered customers during incidents.", [
             ("3.1", "Share Priority Services Register data with the regional electricity network "
                     "operator under the data-sharing agreement.",
              "Customer Vulnerability Manager", dt(2025, 8, 31), None, "Blue", "Blue",
              "Monthly data exchange running since August."),
             ("3.2", "Deliver bottled water to registered customers within four hours of an unplanned "
                     "interruption lasting more than 12 hours.",
              "Head of Network Control", dt(2026, 3, 31), None, "Green", "Green",
              "Contract with logistics partner signed; exercise held 4 December."),
             ("3.3", "Train all customer-facing staff, including field technicians, in recognising and "
                     "recording vulnerability.",
              "Customer Vulnerability Manager; Head of Field Services", dt(2025, 11, 30), dt(2026, 2, 28),
              "Green", "Amber", "Field technician sessions rescheduled after the November freeze-thaw event."),
         ]),
        ("Theme 4 – Complaints and escalation",
         "C4. Reduce written complaints escalated to CCW by 30% against 2024-25.", [
             ("4.1", "Introduce a complaints quality panel that reviews a sample of closed complaints "
                     "every month.",
              "Head of Complaints", dt(2025, 9, 30), None, "Green", "Blue",
              "Panel has met monthly since September."),
             ("4.2", "Report complaint root causes to the Executive Leadership Team, with named owners "
                     "for each fix.",
              "Head of Complaints", "Quarterly", None, None, "Green",
              "New action added in Q3. First report to ELT in January 2026."),
         ]),
    ]
    r = 4
    for theme, commitment, actions in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        r += 1
        first = r
        for (ref, act, owner, orig, rev, q2, q3, note) in actions:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act)
            ws.cell(r, 4, owner)
            for col, v in ((5, orig), (6, rev)):
                c = ws.cell(r, col, v)
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, q2), (8, q3)):
                c = ws.cell(r, col, v)
                if v:
                    c.fill = FILL[v.lower()]
            ws.cell(r, 9, note)
            for col in range(1, 10):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(first, 2, commitment).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: revised due dates were agreed with Ofwat's casework team on 14 October 2025. "
                  "Actions rated Blue for two consecutive quarters move to the closed log.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 38, 55, 30, 13, 13, 9, 9, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("tl-south-staffs-water-ofwat-customer-experience-improvement-plan.xlsx"))


# =====================================================================
# 3. Repton School - ISI post-inspection action plan (docx)
# =====================================================================
def make_repton():
    d = Document()
    d.add_heading("Repton School: Post-Inspection Action Plan", level=0)
    d.add_paragraph("ISI routine inspection: 8–10 October 2024. Report published 2 December 2024.")
    d.add_paragraph("Prepared by the Head and the Senior Leadership Team for the Governing Body, "
                    "January 2025. Progress updated June 2025.")

    d.add_paragraph("Progress key")
    key = d.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for c, (w, f) in zip(key.rows[0].cells, [("Achieved", "00B050"), ("In progress", "FFC000"),
                                             ("Not on track", "FF0000")]):
        set_cell(c, w, bold=True)
        shade(c, f)
    d.add_paragraph()

    cols = ["Recommended next step", "Action", "Responsibility", "Timescale",
            "Success criteria / evidence", "Progress"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, cols):
        set_cell(c, lab, bold=True)
        shade(c, "BDD7EE")

    fills = {"g": "00B050", "a": "FFC000", "r": "FF0000", None: None}
    sections = [
        ("1. Leadership and management, and governance", [
            ("Leaders should ensure that the monitoring of teaching across departments is consistently "
             "rigorous, so that the good practice seen in many subjects is shared more widely.", [
                ("Introduce a common lesson-observation and work-scrutiny cycle for all departments, "
                 "calendared each half-term.", "Deputy Head (Academic)", "February 2025",
                 "Cycle published in the staff calendar; all departments reviewed by the end of the "
                 "spring term.", "g"),
                ("Run termly ‘sharing good practice’ sessions led by heads of department with strong "
                 "outcomes.", "Deputy Head (Academic); Director of Teaching and Learning",
                 "Summer term 2025", "Three sessions held; staff survey shows greater confidence.", "g"),
            ]),
        ]),
        ("2. Quality of education, training and recreation", [
            ("Leaders should make sure that the curriculum in the lower school provides consistently "
             "for the development of pupils' extended writing.", [
                ("Audit opportunities for extended writing in Years 9 and 10 across all subjects and set "
                 "minimum expectations for each half-term.", "Head of Lower School", "Summer term 2025",
                 "Audit report to SLT; expectations in departmental handbooks.", "a"),
                ("Provide training for staff on modelling extended writing at the September 2025 INSET.",
                 "Director of Teaching and Learning", "September 2025",
                 "All teaching staff attend; follow-up in work scrutiny.", None),
            ]),
        ]),
        ("3. Pupils' physical and mental health and emotional wellbeing", [
            ("Leaders should strengthen the oversight of boarding house records so that patterns in "
             "pupils' wellbeing concerns are identified promptly.", [
                ("Move all boarding house pastoral logs onto the school's central safeguarding and "
                 "wellbeing system.", "Head of Boarding / Deputy Head (Pastoral)", "Autumn term 2025",
                 "All houses using the system; paper logs archived.", "r"),
                ("Produce a half-termly wellbeing trends report for the Safeguarding Governor.",
                 "DSL", "Ongoing", "Reports received and minuted by the Governing Body.", "a"),
            ]),
        ]),
        ("4. Safeguarding", [
            ("Leaders should ensure that the single central record is checked by a governor at least "
             "termly and that the checks are recorded.", [
                ("Nominated Safeguarding Governor to carry out and minute a termly check of the single "
                 "central record.", "Chair of Governors; Bursar", "March 2025",
                 "Checks minuted in March and June 2025.", "g"),
            ]),
        ]),
    ]
    for sec, steps in sections:
        band_row(t, sec, fill="DEEAF6")
        for step, actions in steps:
            start = None
            for act, resp, when, crit, prog in actions:
                row = t.add_row()
                if start is None:
                    start = row
                    set_cell(row.cells[0], step)
                for c, v in zip(row.cells[1:5], (act, resp, when, crit)):
                    set_cell(c, v)
                set_cell(row.cells[5], "")
                if fills[prog]:
                    shade(row.cells[5], fills[prog])
            if row is not start:
                merged = start.cells[0].merge(row.cells[0])
                set_cell(merged, step)
    d.add_paragraph()
    d.add_paragraph("The Governing Body's Education and Safeguarding Committees monitor this plan "
                    "each term. The next ISI inspection is expected in the 2027–28 academic year.")
    d.save(out("tl-repton-school-isi-inspection-action-plan.docx"))


# =====================================================================
# 4. British Library - internal audit recommendations tracker (xlsx, refuse)
# =====================================================================
def make_british_library():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "British Library – Audit Committee"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Internal audit recommendations: implementation summary at 31 October 2025"
    hdr = ["Priority", "Open – not yet due", "Open – overdue", "Implemented since last meeting", "Total"]
    data = [("High", 3, 0, 1, 4), ("Medium", 0, 1, 2, 3), ("Low", 2, 0, 0, 2), ("Total", 5, 1, 3, 9)]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    for i, r in enumerate(data, start=5):
        for j, v in enumerate(r, start=1):
            sm.cell(i, j, v).border = BOX
    sm.column_dimensions["A"].width = 14
    for col in "BCDE":
        sm.column_dimensions[col].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – Audit Committee, 18 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal audit is provided by the Government Internal Audit Agency (GIAA)."
    heads = ["Rec ID", "Recommendation", "Agreed management action", "Priority", "Action owner",
             "Original target date", "Revised target date", "Status", "Latest update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    groups = [
        ("BL/IA/24-07 Cyber security – identity and access management (Limited assurance)", [
            ("07.1", "Privileged accounts should be reviewed regularly and removed where no longer required.",
             "Introduce quarterly privileged access reviews signed off by system owners.", "High",
             "Chief Information Security Officer", dt(2025, 3, 31), dt(2025, 6, 30), "Implemented",
             "First two quarterly reviews completed and evidenced to GIAA."),
            ("07.2", "Multi-factor authentication should be enforced for all remote access.",
             "Complete the MFA rollout to the remaining legacy systems and to contractor accounts.", "High",
             "Head of Technology Operations", dt(2025, 6, 30), dt(2025, 12, 31), "In progress",
             "Legacy catalogue system migrated; two contractor groups outstanding."),
            ("07.3", "Joiner, mover and leaver processes should remove access on the day a person leaves.",
             "Automate account disablement from the HR system leaver feed.", "Medium",
             "Chief Information Security Officer", dt(2025, 9, 30), None, "Overdue",
             "HR system interface requires re-procurement."),
        ]),
        ("BL/IA/24-11 Collection storage – environmental monitoring (Moderate assurance)", [
            ("11.1", "Environmental alarms should be escalated to a named duty officer out of hours.",
             "Add environmental alarms to the out-of-hours duty officer rota and escalation procedure.",
             "Medium", "Head of Collection Care", dt(2025, 6, 30), None, "Implemented",
             "Procedure issued June 2025."),
            ("11.2", "Sensor calibration records should be held centrally.",
             "Move calibration certificates for all storage sensors to the asset management system.",
             "Low", "Estates Manager (Boston Spa)", dt(2025, 12, 31), None, "In progress",
             "Around 60% of records transferred."),
        ]),
        ("BL/IA/25-02 Procurement and contract management (Moderate assurance)", [
            ("02.1", "Contract managers should be named for every contract over £100k.",
             "Assign and record a named contract manager for each contract over £100k on the contracts "
             "register.", "Medium", "Head of Procurement", dt(2025, 8, 31), None, "Implemented",
             "Register updated and checked by Finance."),
            ("02.2", "Single tender actions should be reported to the Executive Leadership Team.",
             "Report all single tender actions to ELT each quarter, with the reasons and values.", "Low",
             "Head of Procurement", dt(2025, 9, 30), "0ct-2025", "In progress",
             "First report drafted; to ELT in November."),
        ]),
        ("BL/IA/25-05 Rebuild and Renew programme governance (Limited assurance)", [
            ("05.1", "The programme should maintain an integrated plan with clear dependencies.",
             "Produce an integrated programme plan baselined by the Programme Board.", "High",
             "Programme Director, Rebuild and Renew", dt(2025, 11, 30), None, "In progress",
             "Draft plan to Programme Board 20 November."),
            ("05.2", "Benefits should be defined and owned.",
             "Agree a benefits register with named benefit owners.", "High",
             "Programme Director, Rebuild and Renew", dt(2026, 1, 31), None, "In progress",
             "Benefits workshop held 14 October."),
        ]),
    ]
    status_fill = {"Implemented": "blue", "In progress": "green", "Overdue": "red"}
    r = 5
    for title, recs in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt):
                    c.number_format = "mmm-yyyy"
            ws.cell(r, 8).fill = FILL[status_fill[rec[7]]]
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: Priority ratings are those given by GIAA. Implemented recommendations are "
                  "removed after they have been reported to one meeting of the Committee.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 45, 50, 9, 32, 12, 12, 13, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("tl-british-library-audit-committee-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# =====================================================================
# 5. Cambridgeshire and Peterborough CA - bus reform highlight report (xlsx)
# =====================================================================
def make_cpca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Bus Reform (Franchising) Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: October 2025"
    ws["E3"] = "Report to: Transport and Infrastructure Committee, 12 November 2025"

    info = [
        ("Senior Responsible Owner", "Executive Director, Place and Connectivity"),
        ("Programme Manager", "Bus Reform Programme Manager"),
        ("Overall status – last period", "A"),
        ("Overall status – this period", "A"),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    for i, (k, v) in enumerate(info, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if v in rag_fill:
            c.fill = FILL[rag_fill[v]]
    ws["E5"] = "Dimension"
    ws["F5"] = "RAG"
    ws["E5"].font = ws["F5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Schedule", "A"), ("Budget", "G"), ("Resources", "R"),
                                ("Stakeholders", "G")], start=6):
        ws.cell(i, 5, k)
        ws.cell(i, 6, v).fill = FILL[rag_fill[v]]

    ws["A11"] = "Key achievements this period"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = "• Consultation report and Mayor's decision report published on 24 October 2025."
    ws["A13"] = "• All constituent council transport portfolio holders briefed on the franchising timeline."
    ws["A14"] = "• Financial case refreshed following the Local Transport Grant settlement."

    ws["A16"] = "Milestones and actions"
    ws["A16"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(17, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP
    workstreams = [
        ("Workstream 1: Statutory process and decision", [
            ("M1.1", "Publish the response to the franchising scheme consultation and the Mayor's decision "
                     "report.", "Head of Bus Reform", dt(2025, 10, 31), dt(2025, 10, 31), "Complete",
             "Published 24 October 2025."),
            ("M1.2", "Make and publish the franchising scheme and the statutory notice.",
             "Monitoring Officer", dt(2025, 11, 30), dt(2026, 1, 31), "A",
             "Awaiting outcome of the call-in period; legal drafting complete."),
        ]),
        ("Workstream 2: Procurement and contracts", [
            ("M2.1", "Issue the invitation to tender for Tranche 1 route contracts (Peterborough and "
                     "Fenland).", "Head of Procurement; Head of Bus Reform", dt(2026, 1, 31),
             dt(2026, 3, 31), "R",
             "Two-month slip linked to M1.2; market engagement event moved to February."),
            ("M2.2", "Agree the depot acquisition strategy for the Fenland depot.", "Director of Transport",
             dt(2025, 12, 31), dt(2025, 12, 31), "G", "Valuation received; paper to December Board."),
        ]),
        ("Workstream 3: Transition and operations", [
            ("M3.1", "Stand up the bus network control centre and recruit the operations team.",
             "Bus Operations Lead", dt(2026, 6, 30), dt(2026, 6, 30), "G",
             "Job descriptions evaluated; recruitment from January."),
            ("M3.2", "Agree the fares and ticketing transition plan with operators.",
             "Head of Fares and Ticketing", dt(2026, 3, 31), dt(2026, 5, 31), "A",
             "Ticketing back-office options still under review."),
        ]),
        ("Workstream 4: Communications and engagement", [
            ("M4.1", "Launch the passenger engagement campaign in Tranche 1 areas.", "Head of Communications",
             dt(2026, 5, 31), dt(2026, 5, 31), "G", "Campaign brief agreed."),
            ("M4.2", "Brief all constituent council transport portfolio holders on the franchising "
                     "timeline.", "Head of Bus Reform", dt(2025, 9, 30), dt(2025, 10, 15), "Complete",
             "Final briefing held 15 October."),
        ]),
    ]
    r = 18
    for ws_name, items in workstreams:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        r += 1
        for item in items:
            for j, v in enumerate(item, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt):
                    c.number_format = "dd-mmm-yy"
            ws.cell(r, 6).fill = FILL[rag_fill[item[5]]]
            r += 1
    ws.cell(r, 1, "RAG: G = on track; A = some slippage, recoverable; R = significant slippage or issue; "
                  "Complete = milestone achieved.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    r += 2
    ws.cell(r, 1, "Top programme risks").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Risk ID", "Risk", "Score (L×I)", "Trend"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    for risk in [("BR-03", "Legal challenge to the franchising scheme delays mobilisation.", 12, "↔"),
                 ("BR-07", "Insufficient bids for Tranche 1 contracts.", 9, "↑"),
                 ("BR-11", "Depot not secured in time for Tranche 1 start.", 8, "↓")]:
        r += 1
        for j, v in enumerate(risk, start=1):
            ws.cell(r, j, v).border = BOX
    r += 2
    ws.cell(r, 1, "Decisions and escalations for the Committee").font = Font(bold=True, size=12)
    ws.cell(r + 1, 1, "1. Note the revised forecast date for the Tranche 1 invitation to tender.")
    for col, w in zip("ABCDEFG", (30, 55, 34, 13, 13, 10, 50)):
        ws.column_dimensions[col].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Programme budget (£000)"
    fin["A1"].font = Font(bold=True)
    for j, h in enumerate(["Budget line", "Approved budget", "Spend to date", "Forecast outturn",
                           "Variance"], start=1):
        c = fin.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([("Programme team", 1450, 612, 1420, 30),
                             ("Legal and advisory", 980, 701, 1010, -30),
                             ("Procurement", 420, 35, 420, 0),
                             ("Total", 2850, 1348, 2850, 0)], start=4):
        for j, v in enumerate(row, start=1):
            fin.cell(i, j, v).border = BOX
    fin.column_dimensions["A"].width = 24
    wb.save(out("tl-cambridgeshire-and-peterborough-ca-bus-reform-programme-highlight-report.xlsx"))


# =====================================================================
# 6. Wellington Town Council - full council rolling action log (csv)
# =====================================================================
def make_wellington():
    import csv
    import io
    rows = [
        ["Wellington Town Council", "", "", "", "", "", ""],
        ["Full Council – Rolling Action Log 2025/26", "", "", "", "", "", ""],
        ["Updated by the Town Clerk: 29/10/2025", "", "", "", "", "", ""],
        ["Key: B = complete (removed after next meeting)  G = on track  A = at risk  R = overdue",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Min Ref", "Meeting", "Action", "Responsible", "Deadline", "RAG", "Notes"],
        ["FC25/012", "19/05/2025",
         "Renew the Council's insurance policy with the current provider under a three-year long-term agreement",
         "RFO", "31/05/2025", "B", "Renewed 28/05/2025"],
        ["FC25/019", "19/05/2025",
         "Obtain three quotes for replacement of the play equipment at Longforth Farm play area",
         "Estates Manager", "Sept 2025", "A", "Two quotes received; third supplier being chased."],
        ["", "", "", "", "", "",
         "(cont.) Item to come back to the November meeting if the third quote is not received."],
        ["FC25/027", "16/06/2025",
         "Write to Somerset Council about the condition of the footway on Mantle Street",
         "Town Clerk", "30/06/2025", "B", "Letter sent 24/06/2025; reply awaited"],
        ["FC25/031", "16/06/2025",
         "Arrange the annual inspection of the War Memorial and obtain advice on cleaning the bronze plaques",
         "Deputy Town Clerk", "Oct-25", "G", ""],
        ["FC25/044", "21/07/2025",
         "Set up a working group to review the Council's grants scheme and report back with recommendations",
         "Cllr Morgan / Town Clerk", "Nov-25", "G", "First meeting held 02/09/2025"],
        ["FC25/046", "21/07/2025",
         "Publish the 2024/25 AGAR, the external auditor's report and the notice of conclusion of audit on the website",
         "RFO", "30/09/2025", "B", ""],
        ["FC25/058", "15/09/2025",
         "Prepare the draft 2026/27 budget and precept options:\n- option A: freeze\n- option B: 3% increase",
         "RFO", "December 2025", "G", "To Finance Committee 18/11/2025"],
        ["FC25/061", "15/09/2025",
         "Investigate options for Christmas lights on Fore Street, including the cost of a new contract",
         "Events Officer", "Next meeting", "A", "Current supplier has given notice"],
        ["FC25/063", "15/09/2025",
         "Respond to the Somerset Council consultation on the Local Plan",
         "Chair of Planning Cttee / Town Clerk", "10/10/2025", "R",
         "Not submitted by the deadline — late response agreed with Somerset Council officers"],
        ["FC25/070", "20/10/2025",
         "Review the Council's risk register and bring it to the November meeting for adoption",
         "Town Clerk", "Nov 2025", "", ""],
        ["FC25/072", "20/10/2025",
         "Monitor use of the new CCTV camera in the Longforth Road car park and report any issues to the police liaison group",
         "Deputy Town Clerk", "Ongoing", "G", ""],
        ["", "", "", "", "", "", ""],
        ["Completed actions are shown once and then removed from the log.", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("tl-wellington-town-council-full-council-rolling-action-log-2025-26.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =====================================================================
# 7. Loch Lomond & The Trossachs NPA - Storm Eowyn lessons learned (txt, tab-separated)
# =====================================================================
def make_loch_lomond():
    T = "\t"
    lines = [
        "Loch Lomond & The Trossachs National Park Authority",
        "Storm Éowyn (24 January 2025) – Lessons Learned Review: Action Plan",
        "Report to Audit and Risk Committee – 16 June 2025",
        "Status as at 30 May 2025",
        "",
        T.join(["No.", "Lesson identified", "Action", "Lead officer", "Target date", "Status", "Comments"]),
        "Theme 1: Warning and informing",
        T.join(["1.1",
                "Red warning messages reached staff and volunteers but not all visitor-facing partners, "
                "such as campsite operators and boat hire businesses.",
                "Create a severe weather contact list of visitor-facing businesses and include it in the "
                "incident communications plan.",
                "Head of Communications", "Sep-25", "On track", ""]),
        T.join(["1.2", "",
                "Agree with Police Scotland and the local authorities a joint pre-storm message for "
                "visitors, to be issued at amber warning stage.",
                "Head of Communications; Head of Visitor Operations", "31/10/2025", "On track",
                "Draft shared with partners 12 May"]),
        "Theme 2: Site closures and access",
        T.join(["2.1",
                "Decisions to close car parks and visitor sites were made locally and were not always "
                "communicated consistently.",
                "Write a site closure protocol setting out who decides, the triggers for closure and how "
                "closures are published.",
                "Head of Visitor Operations", "30/04/2025", "Complete",
                "Protocol approved by Leadership Team 22 April"]),
        T.join(["2.2", "",
                "Install lockable barriers at the six car parks that could not be closed during the storm.",
                "Estates Manager", "Q3 2025/26", "Amber", "Two sites need landowner consent"]),
        T.join(["2.3",
                "Fallen trees blocked paths, including a section of the West Highland Way, for several weeks.",
                "Carry out a risk-based survey of trees next to promoted paths and high-use sites, "
                "prioritising the east shore of Loch Lomond.",
                "Land Management Manager", "End of September 2025", "On track", ""]),
        T.join(["2.4", "",
                "Agree standing arrangements with contractors for rapid tree clearance after storms.",
                "Land Management Manager / Procurement Officer", "December 2025", "Not started", ""]),
        "Theme 3: Staff welfare and business continuity",
        T.join(["3.1",
                "Lone-working rangers were deployed before the red warning had fully expired.",
                "Update the lone working and severe weather procedure so that no field deployment takes "
                "place until a warning has ended and a dynamic risk assessment is completed.",
                "Ranger Service Manager", "Jul-25", "Complete", ""]),
        T.join(["3.2",
                "The headquarters at Balloch lost power for two days and remote access was limited.",
                "Test the business continuity plan for loss of the headquarters, including remote access "
                "capacity for all staff.",
                "Head of Digital and ICT", "31/03/2026", "Green", "Exercise scheduled for November"]),
        "",
        "Status key: Complete; On track / Green; Amber – some delay; Red – significant delay; Not started",
        "Actions 2.1 and 3.1 will be reported as closed at the next meeting of the Committee.",
    ]
    with open(out("tl-loch-lomond-trossachs-npa-storm-eowyn-lessons-learned-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_save_the_children()
    make_south_staffs()
    make_repton()
    make_british_library()
    make_cpca()
    make_wellington()
    make_loch_lomond()
    print("built 7 tl- files in", HERE)
