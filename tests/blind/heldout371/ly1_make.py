"""Build the seven ly1- blind test files (set heldout371).

Run with /work/main/.venv/bin/python ly1_make.py ; files are written beside this script.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="FF1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFFFF")
FILLS = {
    "blue": PatternFill("solid", fgColor="FF5B9BD5"),
    "green": PatternFill("solid", fgColor="FF00B050"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "red": PatternFill("solid", fgColor="FFFF0000"),
}


def out(name):
    return os.path.join(HERE, name)


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Bracknell Forest Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def bracknell():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bracknell Forest Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children, Young People and Learning"
    cov["A4"] = "ILACS Improvement Plan 2025–26"
    cov["A4"].font = Font(bold=True, size=16)
    cov["A5"] = ("Response to the Ofsted inspection of local authority children’s services, "
                 "13–24 January 2025 (report published 7 March 2025)")
    cov["A7"] = "Document control"
    cov["A7"].font = BOLD
    header_row(cov, 8, ["Version", "Date", "Author", "Change"])
    docctl = [
        ("0.3", "04/04/2025", "Performance & Improvement Lead", "Draft for DMT"),
        ("1.0", "17/04/2025", "Assistant Director, Early Help & Social Care", "Submitted to Ofsted"),
        ("1.4", "30/09/2025", "Performance & Improvement Lead", "Q2 progress update for Improvement Board"),
    ]
    for r, row in enumerate(docctl, start=9):
        for c, v in enumerate(row, start=1):
            body_cell(cov, r, c, v)
    cov["A13"] = "RAG key"
    cov["A13"].font = BOLD
    key = [
        ("Blue", "blue", "Action complete and evidence of impact"),
        ("Green", "green", "On track to deliver by target date"),
        ("Amber", "amber", "Some slippage – revised date agreed by Improvement Board"),
        ("Red", "red", "Off track / significant risk to delivery"),
    ]
    for r, (word, col, meaning) in enumerate(key, start=14):
        c = body_cell(cov, r, 1, word)
        c.fill = FILLS[col]
        body_cell(cov, r, 2, meaning)
    for col, w in zip("ABCD", (14, 22, 44, 44)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "ILACS Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at 30 September 2025"
    header_row(ws, 4, ["Rec no.", "What needs to improve (Ofsted recommendation)", "Ref", "Action",
                       "Lead officer", "Original target date", "Revised target date",
                       "Progress update (Sept 2025)", "RAG"])
    recs = [
        ("1", "The timeliness and quality of return home interviews for children who go missing, and how "
              "the information from them is used in risk assessment and planning.", [
            ("1.1", "Re-commission the return home interview service so that interviews are offered within "
                    "72 hours of the child’s return, with a single referral route from the Emergency Duty Service.",
             "Head of Service, Early Help and Adolescent Services", datetime(2025, 6, 30), datetime(2025, 9, 30),
             "New provider mobilised 1 August; 72-hour offer rate 81% in September.", "Amber"),
            ("1.2", "Add an RHI summary section to the child’s record in LCS and require the allocated social "
                    "worker to update the risk assessment within five working days of each interview.",
             "Practice Improvement Manager / LCS System Lead", datetime(2025, 7, 31), None,
             "Form built and live from 21 July.", "Complete"),
            ("1.3", "Monthly missing and exploitation audit of ten children’s records, reported to the Missing, "
                    "Exploited and Trafficked (MET) Panel.",
             "Service Manager, Quality Assurance", "Monthly from May 2025", None,
             "Audits completed May–September; themes reported to MET Panel.", "Green"),
        ]),
        ("2", "Management oversight and supervision of social workers’ practice, and the recording of "
              "decisions on children’s files.", [
            ("2.1", "Relaunch the supervision policy and recording template, with a clear expectation that "
                    "supervision records show reflection, analysis and actions for each child.",
             "Principal Social Worker", datetime(2025, 5, 31), None,
             "Relaunched at practice week, 19 May.", "Complete"),
            ("2.2", "Deliver a management oversight training programme to all team managers and assistant "
                    "team managers.",
             "Workforce Development Manager and Principal Social Worker", datetime(2025, 9, 30),
             datetime(2025, 12, 31), "Cohort 1 complete (14 managers); cohort 2 booked for November.", "Amber"),
            ("2.3", "Quarterly dip sample of supervision records by Heads of Service, with findings reported "
                    "to the Improvement Board.",
             "Assistant Director, Early Help & Social Care", "Q3 2025/26", None,
             "Q1 dip sample reported in July; Q2 sample under way.", "Green"),
        ]),
        ("3", "The quality of pathway plans for care leavers, so that they are specific, up to date and "
              "written with young people.", [
            ("3.1", "Co-produce a new pathway plan template with the Care Leavers’ Forum, written to the "
                    "young person.",
             "Team Manager: Life Chances", datetime(2025, 6, 30), None,
             "Template co-produced; launched 2 June.", "Complete"),
            ("3.2", "Review every pathway plan for care leavers aged 18–21 by their next review date, "
                    "prioritising young people who are not in education, employment or training.",
             "Team Manager: Life Chances; Personal Adviser Lead", datetime(2025, 10, 31), None,
             "62 of 88 plans reviewed.", "Green"),
            ("3.3", "Publish the refreshed Local Offer for care leavers, including the offer to care leavers "
                    "aged over 21.",
             "Head of Service, Children in Care and Care Leavers", datetime(2025, 9, 30), datetime(2026, 1, 31),
             "Delayed pending council tax exemption decision at Executive in December.", "Red"),
        ]),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    for recno, rectext, acts in recs:
        first = r
        for ref, act, lead, orig, rev, prog, rag in acts:
            body_cell(ws, r, 3, ref)
            body_cell(ws, r, 4, act)
            body_cell(ws, r, 5, lead)
            body_cell(ws, r, 6, orig, "dd/mm/yyyy" if isinstance(orig, datetime) else None)
            body_cell(ws, r, 7, rev, "dd/mm/yyyy" if isinstance(rev, datetime) else None)
            body_cell(ws, r, 8, prog)
            c = body_cell(ws, r, 9, rag)
            c.fill = FILLS[rag_fill[rag]]
            r += 1
        last = r - 1
        body_cell(ws, first, 1, recno)
        body_cell(ws, first, 2, rectext)
        for rr in range(first + 1, last + 1):
            ws.cell(row=rr, column=1).border = BOX
            ws.cell(row=rr, column=2).border = BOX
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Notes: dates in the revised column were agreed by the Improvement Board on 16 September 2025.")
    ws.cell(row=r + 2, column=1,
            value="LCS = Liquidlogic Children’s System; RHI = return home interview.")
    for col, w in zip("ABCDEFGHI", (8, 40, 7, 55, 30, 14, 14, 40, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – September 2025"
    sm["A1"].font = BOLD
    header_row(sm, 3, ["RAG", "Number of actions"])
    for i, (lab, n) in enumerate([("Blue (complete)", 3), ("Green", 3), ("Amber", 2), ("Red", 1),
                                  ("Total", 9)], start=4):
        body_cell(sm, i, 1, lab)
        body_cell(sm, i, 2, n)
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 20
    wb.active = 1
    wb.save(out("ly1-bracknell-forest-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leicester local area partnership - area SEND inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def leicester():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Leicester Local Area Partnership – Area SEND Inspection Action Plan"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Following the Ofsted and CQC area SEND inspection, 15–19 September 2025 "
                "(report published 20 November 2025)")
    ov["A3"] = ("Leicester City Council | NHS Leicester, Leicestershire and Rutland ICB | "
                "Leicestershire Partnership NHS Trust")
    ov["A5"] = ("Governance: SEND Improvement Board (SENDIB), chaired by the Strategic Director of Social Care "
                "and Education. Progress reported bi-monthly.")
    ov["A7"] = "Summary of progress at April 2026"
    ov["A7"].font = BOLD
    header_row(ov, 8, ["Area for improvement", "Actions", "Complete", "On track", "Some slippage",
                       "Off track", "Not yet started"])
    summ = [("AFI 1", 4, 1, 1, 1, 0, 1), ("AFI 2", 3, 1, 2, 0, 0, 0), ("AFI 3", 3, 0, 1, 1, 1, 0),
            ("Total", 10, 2, 4, 2, 1, 1)]
    for r, row in enumerate(summ, start=9):
        for c, v in enumerate(row, start=1):
            body_cell(ov, r, c, v)
    ov["A14"] = "RAG key (colour in the RAG column of each sheet)"
    ov["A14"].font = BOLD
    for r, (col, lab) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
                                    ("red", "Off track"), (None, "Not yet started (no colour)")], start=15):
        c = body_cell(ov, r, 1, None)
        if col:
            c.fill = FILLS[col]
        body_cell(ov, r, 2, lab)
    ov.column_dimensions["A"].width = 22
    for col in "BCDEFG":
        ov.column_dimensions[col].width = 16

    afis = [
        ("AFI 1",
         "Area for improvement 1: Leaders across education, health and care should make sure that the quality "
         "of education, health and care (EHC) plans improves, so that plans are updated promptly after annual "
         "reviews and reflect children’s current needs.",
         "What success will look like: 90% of EHC plans audited as good or better; annual review amendments "
         "issued within 4 weeks.",
         [
             ("1.1", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation "
                     "including parent carer representatives.", "Head of SEN Service",
              "Leicester Parent Carer Forum; Designated Clinical Officer", datetime(2026, 3, 31), "mmm-yy",
              "Monthly audit results reported to SENDIB", "Framework agreed at SENDIB 12 March; first moderation held.",
              "blue"),
             ("1.2", "Recruit four additional EHC coordinators to clear the backlog of annual review amendments.",
              "Head of SEN Service", "HR Business Partner", datetime(2026, 4, 30), "mmm-yy",
              "Backlog below 150 cases", "Three of four posts appointed; backlog down from 410 to 236.", "green"),
             ("1.3", "Health advice for EHC needs assessments returned within 6 weeks in at least 90% of cases, "
                     "tracked through the DCO dashboard.",
              "Designated Clinical Officer (ICB)/Head of Children’s Therapies (LPT)", "LPT; ICB", "Summer term 2026",
              None, "DCO dashboard", "78% within 6 weeks in March; therapy vacancies affecting timeliness.", "amber"),
             ("1.4", "Train SENCOs in all city schools on writing SMART outcomes in EHC plans.",
              "SEND Support Service Manager", "Schools; Leicester Education Partnership", "Autumn term 2026", None,
              "Training attendance; audit of outcomes", "Not yet started – training programme in design.", None),
         ]),
        ("AFI 2",
         "Area for improvement 2: Partnership leaders should reduce waiting times for neurodevelopmental "
         "assessments and improve the support offered to children and families while they wait.",
         "What success will look like: no child waits more than 52 weeks for an autism assessment; families "
         "report that they know where to get help while waiting.",
         [
             ("2.1", "Commission additional autism assessment capacity from an accredited independent provider "
                     "for 12 months.", "Head of Children’s Commissioning (ICB)", "LPT", datetime(2026, 1, 31),
              "mmm-yy", "Number waiting over 52 weeks", "Contract started 5 January; 240 assessments commissioned.",
              "blue"),
             ("2.2", "Launch a ‘waiting well’ offer through family hubs, including parent workshops and sleep and "
                     "behaviour support.", "Head of Early Help and Family Hubs", "Leicestershire Partnership NHS Trust",
              datetime(2026, 6, 30), "mmm-yy", "Take-up and parent feedback",
              "Workshops running in 3 of 6 hubs.", "green"),
             ("2.3", "Publish monthly waiting time data on the Local Offer website.", "SEND Data and Performance Lead",
              "ICB Business Intelligence", "Monthly", None, "Data published each month",
              "Published for January, February and March.", "green"),
         ]),
        ("AFI 3",
         "Area for improvement 3: Leaders should strengthen the planning for young people’s transition to adult "
         "services, so that preparation for adulthood starts from Year 9.",
         "What success will look like: all Year 9 annual reviews include preparing for adulthood outcomes; young "
         "people know who will support them after 18.",
         [
             ("3.1", "Embed preparing for adulthood outcomes in all Year 9 annual reviews, using the PfA outcomes "
                     "tool.", "Head of SEN Service and Principal Social Worker (Adults)", "Schools; Adult Social Care",
              "July 2026", None, "Audit of Year 9 reviews", "PfA tool in use in 21 schools.", "green"),
             ("3.2", "Set up a 14–25 transitions panel with adult social care, health and post-16 providers.",
              "Head of Service, Disabled Children and Young People", "Adult Social Care; ICB; colleges",
              datetime(2026, 3, 31), "mmm-yy", "Panel meeting monthly",
              "Panel terms of reference not yet agreed with adult social care; escalated to SENDIB.", "red"),
             ("3.3", "Review the post-16 and post-19 Local Offer pages with young people from the Youth Council.",
              "Local Offer Officer", "Leicester Youth Council", datetime(2026, 9, 30), "mmm-yy",
              "Pages reviewed and relaunched", "First session held; second postponed to June.", "amber"),
         ]),
    ]
    for sheetname, afitext, success, acts in afis:
        ws = wb.create_sheet(sheetname)
        ws.merge_cells("A1:H1")
        ws["A1"] = afitext
        ws["A1"].font = BOLD
        ws["A1"].alignment = WRAP
        ws.row_dimensions[1].height = 48
        ws.merge_cells("A2:H2")
        ws["A2"] = success
        ws["A2"].alignment = WRAP
        ws.row_dimensions[2].height = 30
        header_row(ws, 4, ["No.", "Action", "Lead(s)", "Partners", "By when", "Evidence / impact measure",
                           "Progress update – April 2026", "RAG"])
        for r, (no, act, lead, partners, when, fmt, evid, prog, rag) in enumerate(acts, start=5):
            body_cell(ws, r, 1, no)
            body_cell(ws, r, 2, act)
            body_cell(ws, r, 3, lead)
            body_cell(ws, r, 4, partners)
            body_cell(ws, r, 5, when, fmt)
            body_cell(ws, r, 6, evid)
            body_cell(ws, r, 7, prog)
            c = body_cell(ws, r, 8, None)
            if rag:
                c.fill = FILLS[rag]
        for col, w in zip("ABCDEFGH", (6, 55, 30, 28, 16, 28, 40, 8)):
            ws.column_dimensions[col].width = w
    wb.save(out("ly1-leicester-local-area-send-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. RBWM youth justice service - HMIP improvement plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def rbwm():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = ("Royal Borough of Windsor and Maidenhead Youth Justice Service – HMI Probation Inspection "
                "Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Inspection fieldwork 2–6 June 2025 | Report published 21 August 2025 | "
                "Overall rating: Requires improvement")
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Plan owner: Head of Youth Justice and Adolescent Services | Approved by the Youth Justice "
                "Partnership Board: 18 September 2025")
    header_row(ws, 5, ["Rec", "HMIP recommendation", "Agreed?", "Ref", "Action", "Action owner", "Target date",
                       "Progress update (December 2025)", "RAG"])
    rows = [
        ("section", "The Youth Justice Service Manager should:"),
        ("rec", "1", "improve the quality of assessments of risk of harm to others, so that they draw on all "
                     "available information, including from children’s social care and the police", "Agreed", [
            ("1.1", "Deliver risk of harm assessment and planning training to all case managers.",
             "YJS Operations Manager", "Oct-2025", "Two sessions delivered; 11 of 12 case managers trained.", "G"),
            ("1.2", "Add a mandatory police intelligence check (PNC and local systems) to the AssetPlus start-up "
                    "checklist.", "YJS Operations Manager; Police Officer, YJS", "Sep-2025",
             "Checklist updated and in use.", "B"),
        ]),
        ("rec", "2", "make sure that contingency planning is specific to each child and sets out clear actions "
                     "if risks increase", "Agreed", [
            ("2.1", "Monthly audit of ten plans by team managers against the HMIP contingency planning standard.",
             "YJS Team Manager", "0ct-2025", "First two audits completed; 6 of 20 plans judged sufficient.", "A"),
            ("2.2", "Introduce a contingency planning prompt sheet for use in case supervision.",
             "YJS Team Manager", "Nov-2025", "Prompt sheet drafted with practitioners.", "G"),
        ]),
        ("rec", "3", "ensure that victims are contacted promptly and that their views inform out-of-court "
                     "disposal decisions", "Partly agreed", [
            ("3.1", "Agree a data-sharing arrangement with Thames Valley Police so that victim details reach the "
                    "YJS within 5 working days.", "Restorative Justice and Victim Worker", "Jan-2026",
             "Draft agreement with TVP information governance.", "A"),
        ]),
        ("section", "The Youth Justice Partnership Board should:"),
        ("rec", "4", "make sure that children in the service have timely access to health provision, including "
                     "speech and language therapy", "Agreed", [
            ("4.1", "Agree funding with Frimley ICB for a 0.6 FTE speech and language therapist seconded to the "
                    "YJS.", "Chair of the YJ Partnership Board", "Mar-2026",
             "Business case submitted to ICB in November.", "A"),
        ]),
        ("rec", "5", "monitor the over-representation of Black and mixed heritage children at each stage of the "
                     "youth justice system and act on what the data shows", "Agreed", [
            ("5.1", "Add disproportionality data to every Partnership Board performance report.",
             "YJS Performance Analyst", "Dec-2025", "Included from the December Board.", "B"),
            ("5.2", "Commission an independent review of out-of-court disposal decisions by ethnicity.",
             "Head of Youth Justice and Adolescent Services", "Mar-2026", "Scope agreed; reviewer being sourced.",
             "G"),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 6
    for item in rows:
        if item[0] == "section":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="FFD9E1F2")
            r += 1
            continue
        _, recno, rectext, agreed, acts = item
        first = r
        for ref, act, owner, date, prog, rag in acts:
            body_cell(ws, r, 4, ref)
            body_cell(ws, r, 5, act)
            body_cell(ws, r, 6, owner)
            body_cell(ws, r, 7, date)
            body_cell(ws, r, 8, prog)
            c = body_cell(ws, r, 9, rag)
            c.fill = FILLS[rag_fill[rag]]
            r += 1
        last = r - 1
        body_cell(ws, first, 1, recno)
        body_cell(ws, first, 2, rectext)
        body_cell(ws, first, 3, agreed)
        if last > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.cell(row=r + 1, column=1, value="RAG: B = complete, G = on track, A = some risk, R = off track")
    for col, w in zip("ABCDEFGHI", (6, 42, 12, 6, 50, 28, 12, 40, 6)):
        ws.column_dimensions[col].width = w
    wb.save(out("ly1-royal-borough-windsor-maidenhead-youth-justice-service-hmip-improvement-plan-"
                "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


WORD_FILL = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Torbay Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
def torbay():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Torbay Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan",
                      style="Title")
    doc.add_paragraph("Multi-agency response to identification of initial need and risk (‘front door’) – "
                      "inspection 14–18 October 2024, letter published 6 December 2024")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "TSCP Business Manager"), ("Version", "2.1"),
                 ("Approved by", "TSCP Executive, 12 December 2024"), ("Last updated", "3 June 2025"),
                 ("Next review", "TSCP Executive, September 2025")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The inspectors identified three areas for improvement. Each is set out below with the "
                      "partnership’s actions. Progress is reported to every TSCP Executive meeting.")

    afis = [
        ("The timeliness of strategy discussions and the involvement of health professionals and other "
         "relevant agencies in them.", [
            ("1.1", "Introduce a daily strategy discussion slot in the MASH with police, health and children’s "
                    "social care, so that discussions are held on the day the threshold is met.",
             "MASH Service Manager / Detective Sergeant, MASH (Police)", "31 January 2025",
             "Daily slot at 11:00 in place since 6 January.", "Complete", "blue"),
            ("1.2", "Agree a protocol for health attendance at strategy discussions, including GP information "
                    "sharing within 24 hours.", "Designated Nurse for Safeguarding Children, NHS Devon",
             "End of March 2025", "Protocol agreed by health providers; GP element still being negotiated with "
                                  "the LMC.", "Amber", "amber"),
            ("1.3", "Audit a sample of 20 strategy discussions each quarter through the TSCP Quality Assurance "
                    "Subgroup.", "Chair, TSCP Quality Assurance Subgroup", "Quarterly",
             "Q4 audit completed; Q1 audit scheduled for July.", "Green", "green"),
        ]),
        ("The quality of referrals from partner agencies, particularly schools, so that they clearly describe "
         "the risks to the child and the family’s consent.", [
            ("2.1", "Relaunch the multi-agency request for support form with mandatory fields for risk, consent "
                    "and the child’s lived experience.", "MASH Service Manager", "28/02/2025",
             "New form live from 17 February.", "Complete", "blue"),
            ("2.2", "Deliver quality referral briefings to designated safeguarding leads in all Torbay schools.",
             "Education Safeguarding Lead and TSCP Training Coordinator", "Summer term 2025",
             "Briefings delivered to 31 of 42 schools.", "Green", "green"),
            ("2.3", "Give feedback to referrers on the outcome of every contact within 3 working days, "
                    "monitored through the MASH performance report.", "Head of MASH and Early Help", "April 2025",
             "Performance at 58%; system fix awaited from Liquidlogic.", "Red", "red"),
        ]),
        ("Partnership oversight of the front door, including the use of multi-agency audit findings to improve "
         "practice.", [
            ("3.1", "Add a front door performance dataset to each TSCP Executive meeting, covering contacts, "
                    "conversion rates and timeliness of strategy discussions.", "TSCP Business Manager",
             "Q1 2025/26", "Dataset drafted; first presented in June.", "Green", "green"),
            ("3.2", "Hold a multi-agency learning event on the JTAI findings for frontline practitioners and "
                    "managers.", "TSCP Training Coordinator", "By 31 March 2025",
             "Event held 11 March; 126 attendees.", "Complete", "blue"),
        ]),
    ]
    for i, (afitext, acts) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_text(top, afitext, bold=True)
        shade(top, "D9E2F3")
        for c, lab in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (June 2025)", "RAG"]):
            set_text(t.cell(1, c), lab, bold=True)
        for ref, act, lead, when, prog, rag, colour in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, lead, when, prog, rag]):
                set_text(cells[c], v)
            shade(cells[5], WORD_FILL[colour])
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.cell(0, 0), "Status", bold=True)
    set_text(t.cell(0, 1), "Meaning", bold=True)
    for word, colour, meaning in [("Complete", "blue", "Action completed and evidenced"),
                                  ("Green", "green", "On track"),
                                  ("Amber", "amber", "At risk of delay"),
                                  ("Red", "red", "Not on track – escalated to TSCP Executive")]:
        cells = t.add_row().cells
        set_text(cells[0], word)
        shade(cells[0], WORD_FILL[colour])
        set_text(cells[1], meaning)
    doc.save(out("ly1-torbay-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Brighton & Hove City Council - children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def brighton():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hollingdean Lodge – Ofsted Inspection Action Plan", style="Title")
    doc.add_paragraph("Brighton & Hove City Council – Families, Children and Learning – Residential and "
                      "Short Breaks Service")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Unique reference number (URN)", "SC481236"),
                 ("Inspection date", "4 and 5 March 2025"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered manager", "Interim registered manager"),
                 ("Responsible individual", "Head of Service, Residential and Short Breaks"),
                 ("Plan completed by / date", "Registered Manager, 26 March 2025"),
                 ("Last reviewed", "30 June 2025 (Regulation 45 review)")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the requirements and recommendations in the Ofsted report published "
                      "on 1 April 2025. It is monitored at the monthly manager’s meeting with the responsible "
                      "individual and by the Regulation 44 independent visitor.")

    sections = [
        ("Requirements", [
            ("The registered person must ensure that staff assess whether each child’s placement plan and "
             "relevant plans continue to meet their needs, and take action where they do not. "
             "(Regulation 14 (1)(a)(b))", [
                ("1.1", "Review every child’s placement plan and risk assessment with their social worker, "
                        "recording how each plan meets the child’s current needs.", "Registered Manager",
                 "30/04/2025", "Completed", "blue"),
                ("1.2", "Add a monthly placement plan check to the key worker’s supervision agenda.",
                 "Deputy Manager", "30/04/2025", "Completed", "blue"),
            ]),
            ("The registered person must ensure that the record of any use of a measure of control, discipline "
             "or restraint is completed within 24 hours and includes a debrief with the child within 48 hours. "
             "(Regulation 35 (3)(a))", [
                ("2.1", "Introduce a restraint record checklist, signed off by the manager on duty within 24 hours "
                        "of the incident.", "Registered Manager", "31/05/2025", "Completed", "blue"),
                ("2.2", "Refresher training on de-escalation and recording for all residential staff.",
                 "Workforce Development Officer / Registered Manager", "31/07/2025", "On track", "green"),
            ]),
        ]),
        ("Recommendations", [
            ("The registered person should ensure that there are enough staff with the right skills on duty at "
             "night, including when a child needs to be supported to attend hospital. (‘Guide to the "
             "Children’s Homes Regulations, including the quality standards’, page 53, paragraph 10.3)", [
                ("3.1", "Review the night-time rota and add a second waking night staff member on Friday and "
                        "Saturday nights.", "Registered Manager and Responsible Individual", "Sept 2025",
                 "Amber", "amber"),
            ]),
            ("The registered person should ensure that children are helped to understand their life story, and "
             "that this work is recorded. (‘Guide to the Children’s Homes Regulations, including the quality "
             "standards’, page 34, paragraph 6.2)", [
                ("4.1", "Agree life story work with each child’s social worker and record sessions on the "
                        "child’s file.", "Key workers", "Ongoing", "On track", "green"),
                ("4.2", "Complete life story work training through the council’s learning platform.",
                 "Key workers and Deputy Manager", "31/10/2025", "Not started", None),
            ]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, lab in enumerate(["Requirement / recommendation", "No.", "Action", "Responsible",
                             "Target date", "Status"]):
        set_text(t.cell(0, c), lab, bold=True)
        shade(t.cell(0, c), "BDD6EE")
    for secname, items in sections:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        set_text(merged, secname, bold=True)
        shade(merged, "E7E6E6")
        for reqtext, acts in items:
            first_idx = len(t.rows)
            for ref, act, who, when, status, colour in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, act, who, when, status], start=1):
                    set_text(cells[c], v)
                if colour:
                    shade(cells[5], WORD_FILL[colour])
            last_idx = len(t.rows) - 1
            cell = t.cell(first_idx, 0)
            if last_idx > first_idx:
                cell = cell.merge(t.cell(last_idx, 0))
            set_text(cell, reqtext)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Completed / On track / Amber (at risk) / Not started. Next review: Regulation 45 "
                      "review, September 2025.")
    doc.save(out("ly1-brighton-hove-city-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Sandwell Council - corporate parenting board action plan (csv)
# ---------------------------------------------------------------------------
def sandwell():
    p1 = "Pledge 1 – We will make sure you have a safe, stable home"
    p2 = "Pledge 2 – We will help you do well at school, college and work"
    p3 = "Pledge 3 – We will support you into adulthood"
    p4 = "Pledge 4 – We will listen to you"
    n = 8
    rows = [
        ["Sandwell Council – Corporate Parenting Board Action Plan 2025–26"] + [""] * (n - 1),
        ["Exported from the Sandwell Children’s Trust performance tracker, 14/01/2026"] + [""] * (n - 1),
        [""] * n,
        ["ID", "Pledge", "Action", "Lead officer", "Target date", "Previous RAG", "Current RAG", "Update"],
        ["CP01", p1, "Increase the number of in-house foster carers through a targeted recruitment campaign with "
                     "local faith and community groups.", "Head of Fostering", "31/03/2026", "A", "G",
         "24 new enquiries in Q3; 6 assessments under way."],
        ["CP02", p1, "Open a second council-run children’s home in Tipton to reduce out-of-borough placements.",
         "Director of Children’s Social Care and Head of Residential Services", "Sep-26", "G", "A",
         "Planning approval received; Ofsted registration application due in spring."],
        ["CP03", p2, "Virtual School to review every Personal Education Plan (PEP) for quality each term.",
         "Virtual School Head", "Termly", "G", "G", "Autumn term: 96% of PEPs rated good or better."],
        ["CP04", p2, "Offer a guaranteed apprenticeship interview within the council to every care leaver aged "
                     "16–24 who applies.", "Cllr Hartwell & Head of HR", "Jun-26", "", "G",
         "New action agreed at November Board."],
        ["CP05", p3, "Refresh the care leavers’ Local Offer, to include:\n- council tax exemption to age 25\n"
                     "- free leisure centre membership", "Head of Service, Leaving Care", "31/12/2025", "A",
         "Complete", "Approved by Cabinet 19 November 2025; published on the Trust website."],
        ["CP06", p3, "Sign up 20 local businesses to the Care Leaver Covenant.", "Care Leaver Covenant Lead",
         "March 2026", "A", "R", "9 signed; partnership manager post vacant since October."],
        ["CP07", p4, "Hold a quarterly ‘Takeover’ session where children in care set the Corporate Parenting "
                     "Board agenda.", "Participation Manager", "Quarterly", "G", "G",
         "December takeover chaired by two members of the Children in Care Council."],
        ["CP08", p4, "Respond in writing to every issue raised by the Children in Care Council within 20 working "
                     "days, and publish a ‘You said, we did’ summary.",
         "Participation Manager; Head of Quality Assurance", "30/04/2026", "A", "A",
         "Tracker set up; 3 of 7 responses late."],
        [""] * n,
        ["Summary: 8 actions – Complete 1, G 4, A 2, R 1"] + [""] * (n - 1),
        ["Key: G = on track; A = some risk to delivery; R = off track; Complete = action delivered"]
        + [""] * (n - 1),
    ]
    with open(out("ly1-sandwell-council-corporate-parenting-board-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Medway - early help strategy partnership action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def medway():
    T = "\t"
    lines = [
        "Medway Early Help Strategy 2025–2027: Partnership Action Plan",
        "Medway Safeguarding Children Partnership – Early Help Partnership Board",
        "Position at: 31 October 2025",
        "",
        "RAG key: B = complete, G = on track, A = some delay, R = significant concern",
        "",
        T.join(["Ref", "Action", "Lead", "Timescale", "RAG", "Comment"]),
        T.join(["Priority 1: Early help is everyone’s responsibility", "", "", "", "", ""]),
        T.join(["1.1", "Publish a partnership early help threshold and lead practitioner guide, agreed by all MSCP "
                       "statutory partners.", "Early Help Partnership Manager", "By 31 December 2025", "G",
                "Draft out for consultation until 14 November."]),
        T.join(["1.2", "Train 300 lead practitioners from schools, health and the voluntary sector in the Early "
                       "Help Assessment.", "MSCP Learning and Development Officer", "Sept 2025 – March 2026", "G",
                "118 trained so far."]),
        T.join(["1.3", "Introduce a named early help champion in every school and GP practice.",
                "Head of Early Help and Family Hubs; Designated Nurse, Medway", "Summer term 2026", "A",
                "Schools on board; GP practices slower to respond."]),
        T.join(["Priority 2: The right help at the right time", "", "", "", "", ""]),
        T.join(["2.1", "Bring the early help front door into the Children’s Services Access Point so that every "
                       "contact receives a decision within 1 working day.", "Head of First Response",
                "Q3 2025/26", "B", "Live from 1 September 2025."]),
        T.join(["2.2", "Agree a step-down protocol between children’s social care and family hubs, with a joint "
                       "meeting", "Service Manager, Family Solutions", "Autumn term 2025", "A",
                "Protocol drafted; joint meetings held in 60% of step-downs."]),
        T.join(["", "before case closure in every case.", "", "", "", ""]),
        T.join(["2.3", "Extend family hub opening to one evening and one Saturday morning a month at each of the "
                       "four hubs.", "Family Hubs Manager", "Ongoing", "G", "Chatham and Gillingham hubs started."]),
        T.join(["Priority 3: Knowing our impact", "", "", "", "", ""]),
        T.join(["3.1", "Publish a quarterly early help dashboard covering demand, outcomes and re-referrals.",
                "Performance and Intelligence Manager", "Dec-25", "R",
                "Data feed from the new case management system not yet available."]),
        T.join(["3.2", "Run a family survey and two parent focus groups each year, led by Medway Parent and Carer "
                       "Forum.", "Early Help Partnership Manager", "June 2026", "", "Not yet started."]),
        "",
        "Total actions: 8 | B 1 | G 3 | A 2 | R 1 | not rated 1",
    ]
    with open(out("ly1-medway-council-early-help-strategy-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    bracknell()
    leicester()
    rbwm()
    torbay()
    brighton()
    sandwell()
    medway()
    print("built:", sorted(x for x in os.listdir(HERE) if x.startswith("ly1-") and not x.endswith(".yaml")))
