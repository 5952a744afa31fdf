"""Make the w1- documents of heldout57 (children's services plans).

Run with /work/main/.venv/bin/python w1_make.py (python-docx and openpyxl).
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="8EA9DB"),
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return datetime(y, m, day)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Kensington and Chelsea ILACS action plan (xlsx)
# ---------------------------------------------------------------------------
def make_rbkc():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Action Plan"
    ws["A1"] = "Kensington and Chelsea ILACS Action Plan 2025"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the Ofsted inspection of local authority children's services, "
                "11–22 November 2024 (report published 20 January 2025). Overall effectiveness: Outstanding.")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Plan owner: Executive Director of Children's Services   |   Overseen by: Children's Services "
                "Leadership Team and the Corporate Parenting Board   |   Last updated: 30 June 2025")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    head = ["Ref", "Ofsted recommendation", "Action", "Lead", "Timescale", "Revised timescale",
            "Progress update (June 2025)", "RAG"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    rec1 = ("The consistency of management oversight and supervision for children in need, so that the "
            "rationale for decisions is clearly recorded.")
    rec2 = "The timeliness of initial health assessments for children when they come into care."
    rec3 = "The updating of pathway plans for care leavers when their circumstances change."
    groups = [
        (6, rec1, [
            ("1.1", "Refresh the supervision policy and recording template so that reflective discussion, the "
                    "child's plan and the rationale for decisions are recorded at every supervision.",
             "Head of Service, Assessment and Family Support", d(2025, 4, 30), None,
             "Revised policy and template launched at Practice Week on 7 April 2025. May dip sample found 26 of "
             "30 records (87%) used the new template well.", "Complete", "blue"),
            ("1.2", "Add a quarterly themed audit of management oversight on children in need cases to the audit "
                    "programme, reporting findings to the Practice Improvement Group.",
             "Principal Social Worker", "Quarterly", None,
             "First themed audit completed in May 2025 (22 cases). Findings and learning shared at the June "
             "Practice Improvement Group; next audit August 2025.", "Green", "green"),
            ("1.3", "Deliver management oversight training to all team managers and assistant team managers in "
                    "the Assessment and Family Support service.",
             "Workforce Development Manager", d(2025, 5, 31), d(2025, 7, 31),
             "Two of three cohorts trained (14 managers). Third cohort moved to July because of trainer "
             "availability.", "Amber", "amber"),
        ]),
        (10, rec2, [
            ("2.1", "Agree a revised initial health assessment pathway with CNWL and the Children Looked After "
                    "health team, including a weekly tracker of notifications and appointments.",
             "Head of Children Looked After / Designated Nurse CLA", d(2025, 3, 31), None,
             "Pathway signed off at the Health Sub-group on 19 March 2025. Weekly tracker in place and reviewed "
             "by the CLA team manager and the CLA nurses.", "Complete", "blue"),
            ("2.2", "Report IHA timeliness to the Corporate Parenting Board each month and escalate any assessment "
                    "not completed within 20 working days to the Designated Doctor.",
             "Head of Children Looked After", "Monthly", None,
             "Reported monthly since February 2025. Timeliness 81% in Q4 2024/25 rising to 90% in April–May "
             "2025.", "Green", "green"),
        ]),
        (13, rec3, [
            ("3.1", "Audit 30 pathway plans to test whether plans are reviewed after a change of accommodation, "
                    "education, training or employment.",
             "Leaving Care Service Manager", d(2025, 5, 31), None,
             "Audit completed May 2025: 21 of 30 plans updated within 10 working days of a change. Learning "
             "shared with personal advisers.", "Complete", "blue"),
            ("3.2", "Build a prompt into Mosaic so that a recorded change of address or EET status triggers a "
                    "pathway plan review within 10 working days.",
             "Mosaic Systems Lead & Leaving Care Service Manager", d(2025, 6, 30), d(2025, 9, 30),
             "Specification agreed with the systems team. Build delayed by the Mosaic upgrade; testing now "
             "planned for August 2025.", "Amber", "amber"),
            ("3.3", "Co-produce a one-page 'My Pathway Plan' summary with the care leavers' forum.",
             "Participation Officer (Care Leavers)", d(2025, 10, 31), None,
             "Forum session booked for 9 September 2025.", "Not started", None),
        ]),
    ]
    for first, rec, rows in groups:
        for k, (ref, act, lead, tsc, rev, prog, rag, fill) in enumerate(rows):
            r = first + k
            vals = [ref, rec if k == 0 else None, act, lead, tsc, rev, prog, rag]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            if fill:
                ws.cell(row=r, column=8).fill = FILL[fill]
        last = first + len(rows) - 1
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        ws.cell(row=first, column=2).font = Font(bold=True)
    # key under the table
    ws["A17"] = "RAG key"
    ws["A17"].font = Font(bold=True)
    key = [("Blue", "blue", "Complete – action delivered and impact evidenced"),
           ("Green", "green", "On track to deliver within the timescale"),
           ("Amber", "amber", "Some slippage – revised timescale agreed"),
           ("Red", "red", "Off track – escalated to the Children's Services Leadership Team")]
    for k, (word, fill, meaning) in enumerate(key):
        r = 18 + k
        ws.cell(row=r, column=1, value=word).fill = FILL[fill]
        ws.cell(row=r, column=2, value=meaning)
    widths(ws, {"A": 7, "B": 38, "C": 48, "D": 26, "E": 12, "F": 12, "G": 50, "H": 12})
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "w1-kensington-chelsea-ilacs-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Windsor and Maidenhead SEND WSOA progress tracker (xlsx) – Jul-81 in row 11
# ---------------------------------------------------------------------------
def make_rbwm():
    wb = Workbook()
    ws = wb.active
    ws.title = "WSOA tracker"
    ws["A1"] = ("Royal Borough of Windsor and Maidenhead – Local Area SEND Written Statement of Action: "
                "Progress Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Achieving for Children and Windsor, Ascot and Maidenhead CCG  |  Position at 31 May 2018  |  "
                "Reported to SEND Steering Board, 14 June 2018")
    ws.merge_cells("A2:I2")
    head = ["Ref", "Action", "Lead(s)", "Start date", "Completion date", "Success criteria / evidence",
            "Progress update (May 2018)", "Previous RAG", "Current RAG"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.alignment = WRAP
        c.border = BOX

    def area(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def act(r, ref, text, lead, start, end, crit, prog, prev, cur):
        vals = [ref, text, lead, start, end, crit, prog, prev, cur]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=5).number_format = "mmm-yy"
        for col, v in ((8, prev), (9, cur)):
            if v in ragfill:
                ws.cell(row=r, column=col).fill = FILL[ragfill[v]]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")

    area(5, "Area of weakness 1: The variable quality of Education, Health and Care (EHC) plans")
    act(6, "1.1", "Introduce a multi-agency quality assurance panel that reviews a sample of draft EHC plans "
                  "every month.", "KM / HB", d(2018, 1, 8), d(2018, 3, 31),
        "Panel meets monthly; 90% of plans sampled rated good or better by September 2018.",
        "Panel has met monthly since January. 41 plans reviewed; 68% rated good or better in April, up from "
        "45% in January.", "A", "G")
    act(7, "1.2", "Deliver EHC plan writing training to all SEN caseworkers and health and social care "
                  "advisers.", "SEN Team Manager", d(2018, 2, 1), d(2018, 6, 30),
        "All caseworkers trained; training evaluation shows improved confidence.",
        "Two sessions delivered (15 staff). Health advisers' session postponed to June because of clinic "
        "pressures.", "A", "A")
    act(8, "1.3", "Review and reissue EHC plans for all children and young people at Year 5, Year 10 and "
                  "post-16 phase transfer.", "KM", d(2018, 4, 1), d(2019, 2, 28),
        "All phase transfer plans reissued by 15 February 2019 statutory deadline.",
        "Review programme agreed with schools. 62 of 188 reviews held.", "R", "A")
    area(9, "Area of weakness 2: The timeliness of new EHC needs assessments")
    act(10, "2.1", "Recruit two additional SEN caseworkers on fixed-term contracts to clear the assessment "
                   "backlog.", "Head of SEN & Inclusion", d(2018, 1, 15), d(2018, 4, 30),
        "Backlog cleared; 20-week completion above 80%.",
        "Both caseworkers in post from 16 April 2018. Backlog reduced from 37 to 12 assessments.", "G", "B")
    act(11, "2.2", "Track 20-week timescales weekly and escalate any advice more than six weeks late to the "
                   "relevant service lead.", "SEN Team Manager / Designated Clinical Officer",
        d(2018, 2, 1), d(1981, 7, 31),
        "Weekly tracker in use; late advice escalated within 5 working days.",
        "Weekly tracking meeting in place since February. Late health advice down from 14 to 5 cases.",
        "A", "G")
    area(12, "Area of weakness 3: The involvement of parents and carers in the strategic development of "
             "services")
    act(13, "3.1", "Agree a co-production charter with the parent carer forum and the SEND Steering Board.",
        "PACIP Chair / Head of SEN & Inclusion", d(2018, 3, 1), d(2018, 7, 31),
        "Charter signed by all partners and published on the Local Offer.",
        "Draft charter discussed at the April forum meeting; final version to Steering Board in July.",
        "A", "G")
    act(14, "3.2", "Relaunch the Local Offer website with a 'you said, we did' page updated each term.",
        "Local Offer Officer", d(2018, 4, 1), d(2018, 9, 30),
        "Page live and updated each term; website visits increase.",
        "Content plan agreed with parent representatives. Relaunch planned for September 2018.", None, "G")
    area(15, "Area of weakness 4: Access to therapies and the Autism Spectrum Disorder (ASD) diagnostic "
             "pathway")
    act(16, "4.1", "Commission additional ASD diagnostic capacity to reduce waits to 18 weeks.",
        "CCG Head of Children's Commissioning", d(2018, 1, 1), d(2018, 12, 31),
        "95% of children assessed within 18 weeks of referral.",
        "Additional provider procurement delayed. Current longest wait 58 weeks; escalated to the CCG "
        "Governing Body.", "R", "R")
    act(17, "4.2", "Publish a joint speech and language therapy offer setting out what schools, the local "
                   "area and the NHS each provide.",
        "CCG Head of Children's Commissioning / Head of SEN & Inclusion", d(2018, 5, 1), d(2018, 10, 31),
        "Offer published on the Local Offer and shared with all SENCOs.",
        "Working group first met on 22 May 2018.", None, "A")
    ws["A19"] = ("Key: B = complete; G = on track; A = some slippage, recoverable; "
                 "R = significant slippage, escalated to SEND Steering Board")
    ws["A19"].font = Font(italic=True)
    widths(ws, {"A": 7, "B": 46, "C": 22, "D": 12, "E": 12, "F": 34, "G": 46, "H": 10, "I": 10})
    wb.save(os.path.join(HERE, "w1-windsor-maidenhead-send-wsoa-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Greenwich YJS HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_greenwich():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Greenwich Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan "
                "2023/24")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Inspection fieldwork: March 2023. Report published: 20 June 2023. Overall rating: Good. "
                "Plan owner: Head of Youth Justice Service; monitored by the Youth Justice Management Board.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress at: 31 January 2024"
    ws["A3"].font = Font(italic=True)
    head = ["No.", "Recommendation", "Action", "Owner", "Target date", "Status", "Update (January 2024)"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    def band(r, text):
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    statfill = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red"}

    def row(r, no, rec, action, owner, date, status, update):
        vals = [no, rec, action, owner, date, status, update]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        if status in statfill:
            ws.cell(row=r, column=6).fill = FILL[statfill[status]]

    band(6, "The Head of Service, Greenwich YJS, should:")
    r1 = ("1. ensure that work to keep other people safe consistently addresses the needs and safety of "
          "identified victims")
    row(7, "1a", r1, "Introduce a victim safety section to the AssetPlus countersigning checklist and brief all "
                     "case managers on its use.", "Operations Manager (Court & Custody)", d(2023, 9, 30),
        "Complete", "Checklist amended in August 2023 and briefing delivered at the September team day. December "
                    "audit found victim safety addressed in 12 of 14 plans.")
    row(8, "1b", None, "Victim worker to attend the weekly risk and vulnerability panel for all cases with an "
                       "identified victim.", "Victim Liaison Officer", "Ongoing", "On track",
        "Attending since July 2023. Panel terms of reference updated to include victim safety as a standing "
        "item.")
    r2 = ("2. improve the recording of management oversight and decision making in out-of-court disposal "
          "cases")
    row(9, "2a", r2, "Revise the Joint Decision Making Panel recording template so that the rationale for the "
                     "outcome and any management oversight is recorded in ChildView.", "ST", d(2023, 10, 31),
        "Complete", "New template in use from October 2023.")
    row(10, "2b", None, "Quarterly dip sample of out-of-court disposal cases by the Head of Service, with "
                        "findings reported to the Management Board.", "Head of YJS", d(2024, 3, 31), "On track",
        "First dip sample (10 cases) completed in December 2023; second due in March 2024.")
    r3 = ("3. develop the speech, language and communication offer so that all children are screened at the "
          "start of their intervention")
    row(11, "3a", r3, "Agree with Oxleas a speech and language therapy screening at the start of every "
                      "intervention, and train case managers to use the screening tool.", "MB / Oxleas SLT Lead",
        d(2024, 2, 29), "Some slippage",
        "Screening tool agreed. Training delayed by SLT vacancy; therapist now appointed and training booked for "
        "March 2024.")
    band(12, "The Greenwich Youth Justice Management Board should:")
    r4 = ("4. make sure that board members understand and act on disproportionality data for Black and mixed "
          "heritage children")
    row(13, "4a", r4, "Disproportionality data to be a standing item at each Management Board meeting, with a "
                      "quarterly deep dive by partner agency.", "Management Board Chair", d(2023, 12, 31),
        "Complete", "Standing item since September 2023. Police deep dive presented in December 2023.")
    row(14, "4b", None, "Deliver a board development session on anti-racist practice and the experiences of "
                        "Black and mixed heritage children in the youth justice system.",
        "Head of YJS & Head of Community Safety", d(2024, 4, 30), "Not started",
        "Facilitator identified; session to be held at the April 2024 board away day.")
    r5 = ("5. ensure there is sufficient education, training and employment provision for children aged 16 "
          "and over")
    row(15, "5a", r5, "Map ETE provision for 16 and 17 year olds with the Greenwich Skills and Employment team "
                      "and identify gaps.", "ETE Coordinator", d(2023, 11, 30), "Complete",
        "Mapping completed and presented to the Board in November 2023. Gaps identified in pre-apprenticeship "
        "and construction courses.")
    row(16, "5b", None, "Commission a pre-apprenticeship programme for YJS children who are not in education, "
                        "training or employment.", "Head of Skills and Employment", d(2024, 6, 30), "Off track",
        "Funding bid unsuccessful in December 2023. Alternative funding being explored through the Violence "
        "Reduction Unit; report to the March Board.")
    ws["A18"] = "Status key:"
    ws["A18"].font = Font(bold=True)
    key = [("Complete", "blue"), ("On track", "green"), ("Some slippage (amber)", "amber"),
           ("Off track (red)", "red"), ("Not started", None)]
    for i, (word, fill) in enumerate(key, start=2):
        c = ws.cell(row=18, column=i, value=word)
        if fill:
            c.fill = FILL[fill]
    widths(ws, {"A": 8, "B": 40, "C": 48, "D": 24, "E": 12, "F": 14, "G": 50})
    wb.save(os.path.join(HERE, "w1-greenwich-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text (paragraphs split on \n) into a cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


RAGHEX = {"Complete": "8EA9DB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
          "B": "8EA9DB", "G": "92D050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Western Isles joint inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_western_isles():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Western Isles Joint Inspection Improvement Plan 2024–2026", style="Title")
    doc.add_paragraph("Services for children and young people subject to compulsory supervision orders living "
                      "at home with their parents")
    doc.add_paragraph("Comhairle nan Eilean Siar, NHS Western Isles, Police Scotland and the Scottish Children's "
                      "Reporter Administration")
    doc.add_paragraph("Version control", style="Heading 3")
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        set_cell(vc.rows[0].cells[i], h, bold=True)
    for row in [("0.1", "12/11/2024", "Chief Social Work Officer", "First draft following publication of the "
                                                                   "inspection report"),
                ("1.0", "10/12/2024", "Chief Social Work Officer", "Approved by the Chief Officers Group"),
                ("1.2", "27/03/2025", "Planning and Performance Officer", "Quarter 4 progress update")]:
        cells = vc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "The Care Inspectorate, with Healthcare Improvement Scotland, HM Inspectorate of Constabulary in "
        "Scotland and Education Scotland, inspected services for children and young people subject to "
        "compulsory supervision orders living at home with their parents in the Western Isles. Inspectors "
        "found that passionate and committed staff helped children feel listened to, but identified four "
        "areas for improvement. This plan sets out how partners will respond. Progress is reported to the "
        "Chief Officers Group each quarter and shared with the Care Inspectorate link inspector.")
    doc.add_heading("2. Improvement actions", level=1)

    priorities = [
        ("Priority 1: Children's plans",
         "Partners should improve the quality of children's plans so that they are specific, outcome-focused "
         "and informed by the views of children, young people and their families.",
         [("1.1", "Agree a single multi-agency child's plan template and guidance, aligned to the national "
                  "GIRFEC practice model.", "Service Manager, Children and Families", "December 2024",
           "Template and guidance approved by the Child Protection Committee in December 2024 and in use from "
           "6 January 2025.", "Complete"),
          ("1.2", "Deliver SMART planning workshops for social work, education and health staff who chair or "
                  "contribute to child's plan meetings.",
           "Learning and Development Officer / Lead Nurse Child Health", "April – September 2025",
           "Two workshops held in Stornoway in March 2025 (31 staff). Sessions in Uist and Barra scheduled for "
           "May and June.", "Green"),
          ("1.3", "Undertake a multi-agency audit of 20 child's plans for children on home supervision to "
                  "measure improvement against the inspection baseline.", "CPC Lead Officer", "31/10/2025",
           "Audit tool agreed. Audit will take place in September 2025 once the new template has been in use "
           "for six months.", "Green")]),
        ("Priority 2: Corporate parenting",
         "Leaders should set a clear strategic direction for corporate parenting, with actions and progress "
         "monitored effectively.",
         [("2.1", "Refresh the Corporate Parenting Plan with care-experienced young people and Who Cares? "
                  "Scotland.", "Chief Social Work Officer", "June 2025",
           "Engagement sessions with young people completed. Drafting delayed by staff absence; draft now due "
           "to the Corporate Parenting Board in August 2025.", "Amber"),
          ("2.2", "Establish a quarterly corporate parenting performance report to the Chief Officers Group.",
           "Planning and Performance Officer", "Quarterly",
           "First report presented to the Chief Officers Group on 18 March 2025.", "Green")]),
        ("Priority 3: Self-evaluation and quality assurance",
         "Partners should develop a systematic approach to multi-agency self-evaluation and quality assurance "
         "to drive improvement.",
         [("3.1", "Adopt a multi-agency quality assurance framework with an annual calendar of audits.",
           "CPC Lead Officer", "March 2025",
           "Framework approved by the Child Protection Committee on 20 February 2025.", "Complete"),
          ("3.2", "Hold an annual self-evaluation event for the Children's Services Partnership using the Care "
                  "Inspectorate quality indicator framework.",
           "Head of Children's Services / Head of Education", "Q3 2025/26",
           "Date set for 12 November 2025. Venue and facilitation agreed with the Care Inspectorate link "
           "inspector.", "Green")]),
        ("Priority 4: Multi-agency training",
         "Partners should ensure that staff have access to multi-agency training and development that supports "
         "them to work effectively with children and families.",
         [("4.1", "Complete a training needs analysis across social work, health, education, police and the "
                  "Children's Reporter.", "Learning and Development Officer", "May 2025",
           "Survey issued in February 2025 but the response from some services was low (38 returns). Survey "
           "reopened and reminders sent through service managers.", "Amber"),
          ("4.2", "Publish a multi-agency child protection training calendar, including Inter-agency Referral "
                  "Discussion training for all IRD partners.", "CPC Lead Officer", "Ongoing",
           "2025/26 calendar published on the CPC website in March 2025. IRD training delivered to 18 staff.",
           "Green")]),
    ]
    head = ["Area for improvement", "Ref", "Action", "Lead", "Timescale", "Progress (March 2025)", "RAG"]
    colw = [Cm(5.0), Cm(1.1), Cm(6.0), Cm(3.6), Cm(2.6), Cm(6.0), Cm(1.9)]
    for title, afi, acts in priorities:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E1F2")
        for ref, action, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([None, ref, action, lead, when, prog, rag]):
                if v is not None:
                    set_cell(cells[i], v)
            shade(cells[6], RAGHEX[rag])
        top = t.rows[1].cells[0]
        merged = top.merge(t.rows[len(acts)].cells[0])
        set_cell(merged, afi)
        for row in t.rows:
            for i, w in enumerate(colw):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_heading("RAG status key", level=3)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [("Red", "Off track – action required by the Chief Officers Group"),
                          ("Amber", "At risk of delay – mitigation in place"),
                          ("Green", "On track"),
                          ("Complete", "Action completed and evidenced")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], RAGHEX[word])
        set_cell(cells[1], meaning)
    doc.save(os.path.join(HERE, "w1-western-isles-cso-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Islington SCP LCSPR Child Y action plan (docx)
# ---------------------------------------------------------------------------
def make_islington():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Islington Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_paragraph("Local Child Safeguarding Practice Review – Child Y: Multi-agency Action Plan",
                      style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Review", "Child Y – Local Child Safeguarding Practice Review"),
                 ("Report published", "October 2024"),
                 ("Action plan owner", "ISCP Case Review Sub-group"),
                 ("Last updated", "14 April 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how partners will respond to the four recommendations of the review into the "
        "circumstances of Child Y, a 14-year-old who was seriously injured in a stabbing after a period of "
        "missing education. Progress is reviewed at each meeting of the Case Review Sub-group and reported to "
        "the ISCP Executive. Actions are closed only when the lead agency has provided evidence of impact.")
    head = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")
    recs = [
        ("Recommendation 1: ISCP partners should ensure that when a child is missing education, this "
         "information is shared promptly with children's social care and considered in assessments of risk "
         "outside the home.",
         [("1.1", "Update the Children Missing Education protocol to require notification to the MASH when a "
                  "child known to social care has been off roll for 10 school days.",
           "Head of Access and Engagement, LBI", "December 2024",
           "Protocol revised and agreed at the Education Safeguarding Forum on 28 November 2024.", "B"),
          ("1.2", "Brief designated safeguarding leads on the revised protocol at the spring term DSL network "
                  "meetings.\nAdd the learning from Child Y to the ISCP's DSL refresher training.",
           "Education Safeguarding Lead", "Spring term 2025",
           "Briefings delivered to primary and secondary DSL networks in January and February 2025 (68 schools "
           "represented). Refresher training updated.", "B")]),
        ("Recommendation 2: The Metropolitan Police and children's social care should review how information "
         "about children found in possession of weapons is shared and recorded.",
         [("2.1", "Agree a joint process for notifying children's social care within 24 hours when a child is "
                  "stopped in possession of a knife.",
           "DI, Central North Safeguarding / Head of Safeguarding and Quality Assurance", "31/01/2025",
           "Draft process agreed in principle. Awaiting sign-off by the BCU Superintendent following changes to "
           "the Met's central referral system.", "A"),
          ("2.2", "Audit 15 cases where a child was found with a weapon to test that information was shared and "
                  "recorded on the child's file.", "ISCP Quality Assurance Sub-group", "June 2025",
           "Audit scheduled for May 2025 using the agreed multi-agency audit tool.", "G")]),
        ("Recommendation 3: Health partners should ensure that emergency department attendances by adolescents "
         "with injuries are shared with the child's GP and school nurse.",
         [("3.1", "Add a safeguarding prompt to the Whittington emergency department system for all attendances "
                  "by under-18s with a penetrating injury.",
           "Named Nurse Safeguarding Children, Whittington Health", "March 2025",
           "Prompt live on the ED system from 3 March 2025.", "B"),
          ("3.2", "Share ED attendance notifications for secondary-age pupils with the school nursing service "
                  "within 2 working days.",
           "Named Nurse Safeguarding Children, Whittington Health; School Nursing Team Lead", "July 2025",
           "Information sharing agreement drafted and with both information governance teams for approval.",
           "G")]),
        ("Recommendation 4: The ISCP should seek assurance that the learning from this review has been shared "
         "across the partnership and is making a difference to practice.",
         [("4.1", "Publish a 7-minute briefing on the learning from Child Y and promote it through the ISCP "
                  "newsletter and partner training.", "ISCP Business Manager", "November 2024",
           "Briefing published 18 November 2024 and presented at the ISCP learning event on 5 December.", "B"),
          ("4.2", "Re-audit practice six months after publication and report the findings to the ISCP "
                  "Executive.", "ISCP Business Manager", "October 2025", "Not yet due.", "")]),
    ]
    for rec, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "D9E1F2")
        for ref, action, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(cells[i], v)
            if rag:
                shade(cells[5], RAGHEX[rag])
    colw = [Cm(1.2), Cm(7.5), Cm(4.6), Cm(2.8), Cm(7.5), Cm(1.3)]
    for row in t.rows:
        for i, w in enumerate(colw):
            if i < len(row.cells):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: R – not on track; A – some delay; G – on track; B – complete.")
    doc.save(os.path.join(HERE, "w1-islington-scp-lcspr-child-y-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Lanarkshire fostering Care Inspectorate action plan (csv) – "Feburary 2025" on line 7
# ---------------------------------------------------------------------------
def make_south_lanarkshire():
    import csv
    import io
    ncol = 8
    rows = [
        ["South Lanarkshire Council Fostering Service – Care Inspectorate Inspection Action Plan"],
        ["Inspection: 14-25 October 2024. Report published: 9 December 2024. Updated: 31 March 2025"],
        [],
        ["Type", "No.", "Requirement / area for improvement", "Action", "Responsible officer", "Timescale",
         "Progress update", "Status"],
    ]
    req1 = ("By 31 March 2025, the provider must ensure that foster carers' annual reviews are completed and "
            "presented to the fostering panel within the timescales set out in the Looked After Children "
            "(Scotland) Regulations 2009.")
    req2 = ("By 31 March 2025, the provider must ensure that safer recruitment checks, including PVG scheme "
            "membership, are completed for all members of foster carer households aged 16 and over.")
    rows += [
        ["Requirement", "1", req1, "Create a tracker of annual review due dates and report overdue reviews to "
                                   "the Fostering Service Manager each month.", "Fostering Team Leader",
         "December 2024", "Tracker in place from 2 December 2024. Overdue reviews reduced from 23 to 9.",
         "Complete"],
        ["Requirement", "1", req1, "Schedule additional fostering panels in January and February 2025 to clear "
                                   "overdue reviews.", "Fostering Service Manager", "March 2025",
         "Two additional panels held. All outstanding reviews presented by 24 March 2025.", "Complete"],
        ["Requirement", "2", req2, "Audit all foster carer household files for PVG scheme membership and update "
                                   "checks where required.", "Fostering Team Leader", "Feburary 2025",
         "Audit complete. 7 PVG applications submitted for young people in carer households who had turned 16.",
         "Complete"],
        ["Area for improvement", "1", "The provider should ensure that foster carers receive supervision visits "
                                      "at the frequency set out in their agreed support plan.",
         "Review supervising social worker caseloads and reallocate so that no worker supports more than 18 "
         "households.", "Service Manager (Children and Families)", "April 2025",
         "Caseloads reviewed. One vacancy filled in March; two workers remain above 18 households.", "On track"],
        ["Area for improvement", "2", "The provider should improve foster carer training records so that core "
                                      "and refresher training can be tracked.",
         "Move foster carer training records onto the Social Work Resources learning management system.",
         "Learning and Development Co-ordinator", "June 2025", "Data transfer started in March 2025.",
         "On track"],
        ["Area for improvement", "3", "The provider should ensure that the views of children and young people "
                                      "are sought and inform foster carer reviews.",
         "Introduce a children's feedback form (paper and online) for every foster carer review.",
         "Fostering Team Leader / Children's Rights Officer", "May 2025",
         "Draft form tested with the Champions Board; launch planned for May.", "On track"],
        [],
        ["Status: Complete / On track / Delayed / Not started"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (ncol - len(r)))
    with open(os.path.join(HERE, "w1-south-lanarkshire-fostering-care-inspectorate-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Brent corporate parenting action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_brent():
    lines = [
        ["Brent Corporate Parenting Action Plan 2024-25"],
        ["Quarter 2 progress update – Corporate Parenting Committee, 16 October 2024"],
        [],
        ["Pledge", "Ref", "What we will do", "Lead officer", "By when", "RAG", "Progress update (Q2)"],
        ["1. We will listen to you and involve you in decisions", "1.1",
         "Care in Action members to co-chair two Corporate Parenting Committee meetings a year",
         "Participation Lead", "March 2025", "G",
         "Care in Action co-chaired the July meeting. The next co-chaired meeting is January 2025."],
        ["", "1.2", "Relaunch the Mind of My Own app and report monthly on the number of statements received "
                    "from children in care", "Head of LAC and Permanency", "Monthly", "A",
         "App relaunched in June. 46 statements received in Q2, below the target of 60; social workers reminded "
         "at team meetings."],
        ["", "1.3", "Hold a summer celebration event for children in care, care leavers and their carers",
         "Participation Lead / Fostering Service Manager", "Aug-24", "Complete",
         "Event held at Gladstone Park on 15 August 2024 with around 120 children, young people and carers."],
        ["2. We will help you to be healthy", "2.1",
         "Ensure review health assessments are completed on time for children placed out of borough",
         "Designated Nurse for Children Looked After", "Dec-24", "R",
         "Timeliness for children placed out of borough was 64% in Q2. Escalated to the ICB; weekly tracking "
         "meeting set up with host area health teams."],
        ["", "2.2", "Every care leaver to receive a summary of their health history before their 18th birthday",
         "Leaving Care Team Manager", "Ongoing", "G",
         "28 of 31 young people who turned 18 in Q2 received their health history summary."],
        ["3. We will support you to do well in school and beyond", "3.1",
         "Quality assure Personal Education Plans so that at least 95% are rated good or better by the Virtual "
         "School", "Virtual School Head", "Termly", "G",
         "Summer term: 96% of PEPs rated good or better. Autumn term quality assurance under way."],
        ["", "3.2", "Offer every care leaver aged 18 to 21 who is not in education, employment or training a "
                    "named EET mentor", "AO / JS", "Q4 2024/25", "A",
         "Mentoring offer agreed with Brent Works. 22 of 58 young people matched so far; recruitment of "
         "volunteer mentors continues."],
        ["", "3.3", "Ring-fence 10 council apprenticeships for care leavers in the 2025 intake",
         "Head of HR (Organisational Development)", "31/03/2025", "G",
         "Ring-fence agreed by the Corporate Management Team in September."],
        ["4. We will help you find a safe and stable home", "4.1",
         "Recruit 15 net new in-house fostering households", "Fostering Service Manager",
         "Sept 2024 - March 2025", "A",
         "4 households approved so far and 6 in assessment. Recruitment campaign relaunched in October."],
        ["", "4.2", "Agree a joint housing protocol with Brent Housing Needs so that no care leaver is placed in "
                    "bed and breakfast accommodation", "Head of Housing Needs & Head of LAC and Permanency",
         "Nov-24", "G", "Draft protocol agreed by both services; to Corporate Parenting Committee in November."],
        [],
        ["RAG: G = on track; A = some delay but recoverable; R = off track; Complete = action delivered"],
    ]
    text = "\r\n".join("\t".join(line) for line in lines) + "\r\n"
    with open(os.path.join(HERE, "w1-brent-corporate-parenting-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write(text)


if __name__ == "__main__":
    make_rbkc()
    make_rbwm()
    make_greenwich()
    make_western_isles()
    make_islington()
    make_south_lanarkshire()
    make_brent()
    print("made 7 w1- documents")
