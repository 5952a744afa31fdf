"""Build the seven qi- blind test files (set heldout464).

Run with /work/main/.venv/bin/python qi_make.py ; writes into the folder this script is in.
Only files whose names start with "qi-" are written.
"""
import csv
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def header_row(ws, row, values, colour=HEAD):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Gordonstoun School - Care Inspectorate improvement plan (xlsx)
# ---------------------------------------------------------------------------
GORD_FILE = "qi-gordonstoun-school-care-inspectorate-boarding-improvement-plan.xlsx"
GORD_TITLE = "Gordonstoun School \u2013 Care Inspectorate Improvement Plan"

GORD_REQ1 = (
    "By 28 February 2025, the provider must ensure that young people are protected from harm by "
    "improving how concerns about their wellbeing are recorded, shared and followed up.\n"
    "To do this, the provider must, at a minimum:\n"
    "a) ensure all concerns are recorded on the school's electronic system within 24 hours;\n"
    "b) ensure the Designated Safeguarding Lead reviews every concern and records the outcome; and\n"
    "c) audit safeguarding records monthly.\n"
    "This is to comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work "
    "Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210)."
)
GORD_REQ2 = (
    "By 31 March 2025, the provider must ensure that staffing arrangements in each boarding house are "
    "sufficient to meet young people's needs at all times, including overnight.\n"
    "This is to comply with Regulation 15(a) (Staffing) of The Social Care and Social Work Improvement "
    "Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210)."
)
GORD_AFI1 = (
    "To support young people's health and wellbeing, the provider should ensure that each young "
    "person's care plan is reviewed with them at least termly and reflects their current needs and "
    "views. This should include, but is not limited to, medical needs and emotional wellbeing.\n"
    "This is to ensure care and support is consistent with the Health and Social Care Standards (HSCS) "
    "which state that: 'My personal plan (sometimes referred to as a care plan) is right for me because "
    "it sets out how my needs will be met, as well as my wishes and choices' (HSCS 1.15)."
)
GORD_AFI2 = (
    "The provider should ensure that young people's views are used to inform the development of the "
    "boarding service, and that young people are told what has changed as a result.\n"
    "This is to ensure care and support is consistent with the Health and Social Care Standards (HSCS) "
    "which state that: 'I am supported to give regular feedback on how I experience my care and support "
    "and the organisation uses learning from this to improve' (HSCS 4.8)."
)

# (label, text, [ (ref, action, lead, original, revised, progress, fillcolour or None) ])
GORD_GROUPS = [
    ("Requirement 1", GORD_REQ1, [
        ("R1.1", "Re-issue the safeguarding recording protocol to all boarding staff and deliver refresher "
                 "training at each house staff meeting.",
         "Deputy Head (Pastoral) / DSL", "30/11/2024", None,
         "Training delivered in all eight houses; attendance log held by DSL.", BLUE),
        ("R1.2", "Introduce a weekly DSL review of all concerns logged on CPOMS, with outcomes recorded "
                 "against each entry.",
         "DSL", "31/12/2024", "31/01/2025",
         "Review meeting in place from 6 January; backlog of autumn term entries being cleared.", GREEN),
        ("R1.3", "Complete a monthly audit of a sample of safeguarding records in each house and report "
                 "findings to the Safeguarding Governor.",
         "Deputy Head (Pastoral)", "28/02/2025", None,
         "First audit completed January 2025.", GREEN),
    ]),
    ("Requirement 2", GORD_REQ2, [
        ("R2.1", "Carry out a dependency-based review of evening and overnight staffing in each house, "
                 "taking account of the age and needs of boarders.",
         "Head of Boarding / Bursar", "31/01/2025", None,
         "Review drafted; to Senior Leadership Team 3 February.", AMBER),
        ("R2.2", "Recruit two additional resident tutors for the junior boarding houses.",
         "HR Manager", "31/03/2025", "30/04/2025",
         "One appointment made; second post re-advertised.", AMBER),
    ]),
    ("Area for improvement 1", GORD_AFI1, [
        ("A1.1", "Introduce a termly care plan review for every boarder, held by the houseparent with the "
                 "young person and recorded on the pastoral system.",
         "Houseparents (all houses)", "Termly review", None,
         "First round of reviews under way.", GREEN),
    ]),
    ("Area for improvement 2", GORD_AFI2, [
        ("A2.1", "Establish a Boarders' Council with elected representatives from each house, meeting twice "
                 "a term with the Head of Boarding.",
         "Head of Boarding", "31/12/2024", None,
         "Boarders' Council met 20 November and 11 December.", BLUE),
        ("A2.2", "Publish a 'You said, we did' summary in each house after every Boarders' Council meeting.",
         "Head of Boarding; Heads of House", "31/03/2025", None,
         "Not yet started \u2013 first summary due after February meeting.", None),
    ]),
]


def make_gordonstoun():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = GORD_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = "School Care Accommodation Service \u2013 unannounced inspection 14 to 16 October 2024"
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A2:I2")
    ws["A4"] = "Care service number:"
    ws["B4"] = "CS2003011574"
    ws["A5"] = "Plan owner:"
    ws["B5"] = "Head of Boarding"
    ws["A6"] = "Last updated:"
    ws["B6"] = "27 January 2025"
    ws["A7"] = "RAG key:"
    for col, (txt, colour) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                           ("At risk", AMBER), ("Off track", RED)]):
        ws[f"{col}7"] = txt
        ws[f"{col}7"].fill = fill(colour)
    for r in range(4, 8):
        ws[f"A{r}"].font = Font(bold=True)
    header_row(ws, 9, ["Requirement / Area for improvement", "Care Inspectorate wording", "Action ref",
                       "Action to be taken", "Responsible person", "Original target date",
                       "Revised target date", "Progress update (January 2025)", "RAG"])
    r = 10
    for label, text, acts in GORD_GROUPS:
        first = r
        ws.cell(row=r, column=1, value=label).font = Font(bold=True)
        ws.cell(row=r, column=2, value=text)
        for ref, action, lead, orig, rev, prog, colour in acts:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=lead)
            ws.cell(row=r, column=6, value=orig)
            ws.cell(row=r, column=7, value=rev)
            ws.cell(row=r, column=8, value=prog)
            c = ws.cell(row=r, column=9)
            if colour:
                c.fill = fill(colour)
            for col in range(1, 10):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Note: RAG shown by cell colour only \u2013 see key above. Requirements are legally "
                  "enforceable; areas for improvement are not.").font = Font(italic=True)
    widths(ws, [20, 60, 9, 45, 22, 13, 13, 40, 8])
    ws.freeze_panes = "A10"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of progress \u2013 January 2025"
    s["A1"].font = Font(bold=True, size=12)
    header_row(s, 3, ["RAG", "Number of actions"])
    for i, (k, n, colour) in enumerate([("Complete", 2, BLUE), ("On track", 3, GREEN),
                                        ("At risk", 2, AMBER), ("Off track", 0, RED),
                                        ("Not yet rated", 1, None)], start=4):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=n)
        if colour:
            s.cell(row=i, column=1).fill = fill(colour)
    s.cell(row=9, column=1, value="Total").font = Font(bold=True)
    s.cell(row=9, column=2, value=8).font = Font(bold=True)
    widths(s, [18, 20])

    v = wb.create_sheet("Version control")
    header_row(v, 1, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate([
        ("0.1", "04/11/2024", "Head of Boarding", "First draft following inspection feedback"),
        ("1.0", "18/11/2024", "Head of Boarding", "Approved by Senior Leadership Team; sent to Care Inspectorate"),
        ("1.1", "27/01/2025", "Deputy Head (Pastoral)", "January progress update and revised dates"),
    ], start=2):
        for j, val in enumerate(row, start=1):
            v.cell(row=i, column=j, value=val)
    widths(v, [9, 12, 24, 60])
    wb.save(os.path.join(HERE, GORD_FILE))


# ---------------------------------------------------------------------------
# 2. Mid and West Wales FRS - Independent Culture Review action plan (xlsx)
# ---------------------------------------------------------------------------
MAWW_FILE = "qi-mid-and-west-wales-fire-rescue-service-culture-review-recommendations-action-plan.xlsx"
MAWW_TITLE = ("Mid and West Wales Fire and Rescue Service \u2013 Independent Culture Review "
              "Recommendations Action Plan")

MAWW_REC1 = ("The Executive Leadership Team should set out, and model, the behaviours expected of all "
             "leaders, and hold managers to account for them through appraisal.")
MAWW_REC2 = "Commission external leadership development for senior and middle managers."
MAWW_REC3 = ("Introduce an independent route for staff to report bullying, harassment and discrimination, "
             "and publish anonymised outcomes.")
MAWW_REC4 = ("Reform the grievance and disciplinary processes so that cases are resolved promptly and "
             "consistently.")
MAWW_REC5 = ("Address the divide between operational and support staff by ensuring Green Book staff have "
             "equal access to development, recognition and decision-making forums.")

# (theme or None, recno or None, rec text or None, actno, action, lead, target, prev, curr, update)
MAWW_ROWS = [
    ("Leadership and accountability", "Rec 1", MAWW_REC1, "1.1",
     "Develop and publish a Leadership Behaviours Framework co-designed with staff, PACT and representative "
     "bodies.",
     "ACFO People and Organisational Development", "31/07/2025", "A", "Complete",
     "Framework approved by ELT on 15 July 2025 and launched at the leadership conference."),
    (None, None, None, "1.2",
     "Embed the Leadership Behaviours Framework in the appraisal process for all Station, Group and Area "
     "Managers and Green Book managers.",
     "Head of People Services; Head of Learning and Development", "Q4 2025/26", "G", "Green",
     "Revised appraisal form piloted in Carmarthenshire command."),
    (None, "Rec 2", MAWW_REC2, "2.1",
     "Deliver leadership workshops and one-to-one development for all senior and middle managers through "
     "the Senseia programme.",
     "ACFO People and Organisational Development", "Sept 2025 \u2013 March 2027", "G", "Green",
     "Cohort 1 (28 managers) started in September."),
    ("Speaking up and reporting", "Rec 3", MAWW_REC3, "3.1",
     "Procure and launch an independent, confidential reporting line available to all staff 24/7.",
     "Head of Corporate Governance", "30/06/2025", "A", "Complete",
     "Line launched 2 June 2025; 31 contacts in the first quarter."),
    (None, None, None, "3.2",
     "Publish a six-monthly anonymised summary of concerns raised and outcomes to all staff.",
     "Head of Corporate Governance / Head of People Services", "31/10/2025", "G", "Amber",
     "First summary delayed pending data protection advice."),
    (None, "Rec 4", MAWW_REC4, "4.1",
     "Review the Grievance, Dignity at Work and Disciplinary policies with the representative bodies and "
     "reduce the target for case resolution to 60 working days.",
     "Head of People Services", "31/12/2025", "A", "Red",
     "Negotiations with representative bodies have paused; escalated to ELT."),
    ("Fairness, equality and inclusion", "Rec 5", MAWW_REC5, "5.1",
     "Open all Service leadership programmes to Green Book staff and report participation by staff group.",
     "Head of Learning and Development", "Ongoing", "G", "Green",
     "Green Book staff make up 9 of the 28 places in cohort 1."),
    (None, None, None, "5.2",
     "Include Green Book representation on the Service Leadership Team and the Culture and Inclusion Board.",
     "Chief Fire Officer", "Apr-25", "Complete", "Complete",
     "Head of Finance and Head of ICT joined SLT from April 2025."),
]

RAG_FILL = {"A": AMBER, "G": GREEN, "R": RED, "Complete": BLUE, "Green": GREEN, "Amber": AMBER,
            "Red": RED}


def make_maww():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = MAWW_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Gwasanaeth T\u00e2n ac Achub Canolbarth a Gorllewin Cymru \u2013 Cynllun Gweithredu "
                "Argymhellion yr Adolygiad Diwylliant Annibynnol")
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Progress report to the Fire Authority Resources Committee \u2013 Quarter 2 2025/26 "
                "(review by Crest Advisory published 5 February 2025)")
    ws.merge_cells("A3:J3")
    header_row(ws, 5, ["Rec No.", "Theme", "Recommendation", "Action No.", "Action",
                       "Responsible Officer(s)", "Target Date", "Previous RAG (Q1)", "Current RAG (Q2)",
                       "Q2 Update"], colour="C00000")
    r = 6
    for theme, recno, rec, actno, action, lead, target, prev, curr, upd in MAWW_ROWS:
        vals = [recno, theme, rec, actno, action, lead, target, prev, curr, upd]
        for j, val in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=val)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=8).fill = fill(RAG_FILL[prev])
        ws.cell(row=r, column=9).fill = fill(RAG_FILL[curr])
        r += 1
    widths(ws, [8, 20, 45, 9, 45, 26, 14, 10, 10, 40])
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary \u2013 Current RAG (Q2 2025/26)"
    s["A1"].font = Font(bold=True, size=12)
    header_row(s, 3, ["RAG", "Q1", "Q2"], colour="C00000")
    for i, row in enumerate([("Complete", 1, 3), ("Green", 4, 3), ("Amber", 3, 1), ("Red", 0, 1),
                             ("Total", 8, 8)], start=4):
        for j, val in enumerate(row, start=1):
            s.cell(row=i, column=j, value=val)
    widths(s, [14, 8, 8])

    k = wb.create_sheet("RAG Key")
    header_row(k, 1, ["Rating", "Meaning"], colour="C00000")
    for i, (name, meaning, colour) in enumerate([
        ("Complete", "Action delivered and evidence of completion provided", BLUE),
        ("Green (G)", "On track to be delivered by the target date", GREEN),
        ("Amber (A)", "Some slippage; may not be delivered by the target date", AMBER),
        ("Red (R)", "Off track; will not be delivered by the target date without intervention", RED),
    ], start=2):
        k.cell(row=i, column=1, value=name).fill = fill(colour)
        k.cell(row=i, column=2, value=meaning)
    widths(k, [14, 70])
    wb.save(os.path.join(HERE, MAWW_FILE))


# ---------------------------------------------------------------------------
# 3. Ards and North Down BC - NIAO RTTCWG management action tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
ANDBC_FILE = ("qi-ards-and-north-down-bc-niao-report-to-those-charged-with-governance-action-tracker"
              "-typo-month-refuse.xlsx")
ANDBC_TITLE = ("Ards and North Down Borough Council \u2013 NIAO Report to Those Charged with Governance "
               "2023-24: Management Action Tracker")
ANDBC_TYPO_ROW = 8

# ref, area, finding, priority, recommendation, agreed action, officer, target, status, progress
ANDBC_ROWS = [
    ("1", "Property, plant and equipment",
     "The fixed asset register was not reconciled to the general ledger during the year.", "2",
     "The Council should reconcile the fixed asset register to the general ledger at least quarterly.",
     "Quarterly reconciliation to be completed by the Capital Accountant and reviewed by the Finance Manager.",
     "Head of Finance", "31/03/2025", "Complete", "Reconciliations completed for Q3 and Q4 2024-25."),
    ("2", "Payroll",
     "Starter and leaver forms were not always authorised before processing.", "2",
     "All payroll changes should be authorised by an appropriate manager before they are processed.",
     "Introduce an electronic starters and leavers workflow with mandatory manager approval.",
     "Head of HR / Payroll Manager", "30/06/2025", "Complete", "Workflow live from 2 June 2025."),
    ("3", "Procurement",
     "The contracts register was incomplete and did not include all contracts over \u00a330,000.", "1",
     "The Council should maintain a complete contracts register and review it regularly.",
     "Complete a full review of the contracts register and introduce quarterly returns from Heads of Service.",
     "Head of Procurement", "0ct 2025", "In progress", "Review approximately 70% complete."),
    ("4", "Accounts payable",
     "Changes to supplier bank details were not independently verified in two of the 25 cases tested.", "1",
     "All requests to change supplier bank details should be verified using contact details held "
     "independently of the request.",
     "Call-back verification procedure re-issued to the Accounts Payable team; monthly spot checks by the "
     "Finance Manager.",
     "Finance Manager", "30/09/2025", "Complete", "Procedure re-issued; July and August checks clear."),
    ("5", "IT access controls",
     "User accounts for leavers were not removed promptly from the financial system.", "2",
     "Leavers' access to the financial system should be removed on or before their last day of service.",
     "Link the HR leavers report to the ICT service desk so that accounts are disabled automatically.",
     "Head of ICT", "31/12/2025", "In progress", "Automated report in testing."),
    ("6", "Leisure income",
     "Daily cash reconciliations at two leisure centres were not reviewed by a manager.", "3",
     "Daily cash reconciliations should be reviewed and signed by the duty manager.",
     "Reissue cash handling procedures and include reconciliation review in the duty manager checklist.",
     "Head of Leisure Services", "31/03/2026", "Not started", ""),
]


def make_andbc():
    wb = Workbook()
    ws = wb.active
    ws.title = "NIAO RTTCWG 2023-24"
    ws["A1"] = ANDBC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit Committee \u2013 24 September 2025"
    ws["A3"] = ("Priority 1 \u2013 significant issue for the attention of senior management; Priority 2 "
                "\u2013 important issue to be addressed; Priority 3 \u2013 minor issue / best practice")
    ws["A3"].font = Font(italic=True, size=9)
    header_row(ws, 5, ["Ref", "Area", "Finding", "Priority", "Recommendation", "Agreed action",
                       "Responsible officer", "Target date", "Status", "Progress at September 2025"],
               colour="005A9C")
    r = 6
    for row in ANDBC_ROWS:
        for j, val in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=val)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    assert ws.cell(row=ANDBC_TYPO_ROW, column=8).value == "0ct 2025"
    ws.cell(row=r + 1, column=1, value="Status key: Complete / In progress / Not started. Target dates as "
                                         "agreed in the management responses to the NIAO report.")
    widths(ws, [5, 18, 38, 8, 38, 40, 20, 12, 12, 30])
    wb.save(os.path.join(HERE, ANDBC_FILE))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    para = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Lumen Christi College - ETI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
LUMEN_FILE = "qi-lumen-christi-college-eti-inspection-action-plan.docx"
LUMEN_TITLE = "Lumen Christi College \u2013 Post-Inspection Action Plan"

LUMEN_AFI = [
    ("Area for Improvement 1",
     "To develop further the use of assessment information by middle leaders to track and improve the "
     "progress of all pupils, particularly in key stage 3.",
     [("1.1", "Introduce a whole-school tracking system for key stage 3 using the common assessment points "
              "agreed in September.",
       "VP (Curriculum) / Data Manager", "March 2025",
       "Tracking in place for all KS3 subjects; data reviewed at each assessment point.", "Achieved"),
      ("1.2", "Train Heads of Department in analysing tracking data and agreeing interventions for pupils at "
              "risk of underachievement.",
       "VP (Curriculum)", "Spring term 2025",
       "All Heads of Department trained; intervention lists agreed.", "Achieved"),
      ("1.3", "Middle leaders to report termly to SLT on the progress of identified pupils and the impact of "
              "interventions.",
       "Heads of Department", "Termly",
       "Reports show improved progress for most identified pupils.", "On track")]),
    ("Area for Improvement 2",
     "To improve the consistency of the quality of learning and teaching across the College, so that all "
     "lessons provide appropriate challenge for the most able pupils.",
     [("2.1", "Establish a learning and teaching working group to identify and share effective practice in "
              "challenge and questioning.",
       "Senior Teacher (Learning and Teaching)", "January 2025",
       "Working group meets half-termly; practice shared at staff development days.", "Achieved"),
      ("2.2", "Programme of peer observation focused on challenge for the most able, with feedback recorded "
              "on the shared drive.",
       "Senior Teacher (Learning and Teaching) / Heads of Department", "Autumn term 2025",
       "Observation records show more consistent challenge across departments.", "Not started")]),
    ("Area for Improvement 3",
     "To ensure that the College\u2019s safeguarding policy and preventative curriculum reflect fully the "
     "most recent Department of Education guidance.",
     [("3.1", "Update the Child Protection and Safeguarding Policy in line with the current DE guidance and "
              "present it to the Board of Governors for ratification.",
       "Designated Teacher", "28/02/2025",
       "Policy ratified and published on the College website.", "Achieved"),
      ("3.2", "Review the personal development programme to include online safety and healthy relationships "
              "in every year group.",
       "Head of Pastoral Care", "June 2025",
       "Revised programme taught in all year groups from September 2025.", "Amber")]),
]

LUMEN_RAG = {"Achieved": "9DC3E6", "On track": "92D050", "Amber": "FFC000", "Not started": None}


def make_lumen():
    doc = Document()
    doc.add_heading(LUMEN_TITLE, level=0)
    doc.add_paragraph("Education and Training Inspectorate (ETI) inspection: 18\u201321 November 2024")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("School", "Lumen Christi College, Bishop Street, Derry"),
                                ("Date approved by Board of Governors", "11 February 2025"),
                                ("Date of last review", "16 June 2025"),
                                ("Plan monitored by", "Board of Governors (termly)")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("The ETI report identified the following areas for improvement. This plan sets out "
                      "the actions the College will take to address them. Progress is reported to the "
                      "Board of Governors each term.")
    for heading, afi, actions in LUMEN_AFI:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Actions", "Responsibility", "Timescale", "Success criteria",
                               "Progress (RAG)"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for no, action, lead, when, success, rag in actions:
            cells = t.add_row().cells
            for j, val in enumerate([no, action, lead, when, success, rag]):
                set_cell(cells[j], val)
            if LUMEN_RAG[rag]:
                shade(cells[5], LUMEN_RAG[rag])
        doc.add_paragraph("")
    doc.add_heading("Monitoring and evaluation", level=2)
    m = doc.add_table(rows=4, cols=3)
    m.style = "Table Grid"
    for i, row in enumerate([("Who", "What", "When"),
                             ("Principal", "Report on progress against this plan to the Board of Governors",
                              "Each term"),
                             ("SLT", "Review of tracking data and lesson observation findings", "Half-termly"),
                             ("ETI District Inspector", "Monitoring visit", "2025/26")]):
        for j, val in enumerate(row):
            set_cell(m.cell(i, j), val, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Achieved (blue) | On track (green) | Amber \u2013 some delay | "
                      "Red \u2013 not on track | Not started (no colour)")
    doc.add_paragraph("Signed: ______________________ Chair of the Board of Governors    Date: ____________")
    doc.save(os.path.join(HERE, LUMEN_FILE))


# ---------------------------------------------------------------------------
# 5. Spire Yale Hospital - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
SPIRE_FILE = "qi-spire-yale-hospital-hiw-inspection-improvement-plan.docx"
SPIRE_TITLE = "Spire Yale Hospital \u2013 HIW Inspection Improvement Plan"

# section -> list of (improvement needed, regulation, service action, officer, timescale)
SPIRE_SECTIONS = [
    ("Quality of patient experience", [
        ("The registered manager must ensure that information about how to raise a concern is displayed in "
         "all patient areas and is available in Welsh.",
         "Regulation 24",
         "Complaints posters and leaflets, including Welsh-language versions, have been displayed on the ward, "
         "in outpatients and at main reception.\nCompliance will be checked during monthly ward walkabouts.",
         "Hospital Director", "28 February 2025"),
    ]),
    ("Delivery of safe and effective care", [
        ("The registered manager must ensure that emergency resuscitation equipment is checked daily in line "
         "with the hospital\u2019s policy and that checks are fully recorded.",
         "Regulation 15(1)(a)",
         "Daily resuscitation trolley checklist reissued to all clinical areas.\nWard Managers to audit "
         "completion weekly and report to the Clinical Governance Committee.",
         "Director of Clinical Services / Ward Managers", "Immediate and ongoing"),
        ("The registered manager must ensure that all staff complete mandatory training in the Mental Capacity "
         "Act and Deprivation of Liberty Safeguards.",
         "Regulation 20(2)(a)",
         "Training compliance reviewed; staff with outstanding modules have been booked onto sessions in March "
         "and April 2025.",
         "Education Lead", "30/04/2025"),
        ("The registered manager must ensure that controlled drug registers are completed accurately and that "
         "discrepancies are investigated promptly.",
         "Regulation 15(5)",
         "Pharmacy Manager to carry out weekly controlled drug register audits for three months, then monthly."
         "\nFindings to be reported to the Medicines Management Committee.",
         "Pharmacy Manager", "June 2025"),
        ("The registered manager must ensure that the environment in theatre recovery is maintained so that it "
         "can be effectively cleaned, including replacing damaged flooring.",
         "Regulation 26(2)(a)",
         "Flooring replacement in recovery scheduled as part of the 2025 estates programme.",
         "Hospital Director / Estates Manager", "September 2025"),
    ]),
    ("Quality of management and leadership", [
        ("The registered manager must ensure that policies are reviewed by their review dates and that staff "
         "are made aware of changes.",
         "Regulation 9(1)",
         "Policy tracker introduced by the Quality and Governance Lead; overdue policies to be reviewed and "
         "ratified by the Medical Advisory Committee.",
         "Quality and Governance Lead", "31 July 2025"),
        ("The registered manager must ensure that appraisal rates for nursing and support staff improve to "
         "meet the hospital\u2019s target of 95 per cent.",
         "Regulation 20(2)(a)",
         "Appraisal schedule agreed for all departments; compliance reported monthly to the Senior Management "
         "Team.",
         "Heads of Department", "December 2025"),
    ]),
]


def make_spire():
    doc = Document()
    doc.add_heading(SPIRE_TITLE, level=1)
    doc.add_paragraph("Service: Spire Yale Hospital, Wrexham")
    doc.add_paragraph("Date of inspection: 4 and 5 February 2025")
    doc.add_paragraph("Inspection type: Independent hospital \u2013 announced inspection")

    doc.add_heading("Appendix B \u2013 Immediate improvement plan", level=2)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    merged = t.cell(1, 0).merge(t.cell(1, 4))
    set_cell(merged, "No immediate assurance issues were identified on this inspection.")

    doc.add_paragraph("")
    doc.add_heading("Appendix C \u2013 Improvement plan", level=2)
    doc.add_paragraph("The table below includes the improvements identified during the inspection where HIW "
                      "requires the service to complete an improvement plan telling us about the actions "
                      "being taken to address these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    for section, rows in SPIRE_SECTIONS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        set_cell(m, section, bold=True)
        shade(m, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for j, val in enumerate(row):
                set_cell(cells[j], val)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print):", ""),
                                ("Job role:", "Hospital Director"), ("Date:", "24 March 2025")]):
        set_cell(s.cell(i, 0), k, bold=True)
        set_cell(s.cell(i, 1), v)
    doc.save(os.path.join(HERE, SPIRE_FILE))


# ---------------------------------------------------------------------------
# 6. Perth & Kinross Council - corporate risk register action extract (csv)
# ---------------------------------------------------------------------------
PKC_FILE = "qi-perth-and-kinross-council-corporate-risk-register-2025-26.csv"
PKC_TITLE = "Perth & Kinross Council - Corporate Risk Register 2025/26"

PKC_HEADER = ["Risk", "Risk Owner", "Current Score", "Target Score", "Action Code", "Mitigating Action",
              "Action Owner", "Due Date", "Action RAG", "Latest Note"]
PKC_ROWS = [
    ["CR01 - Financial Sustainability", "Head of Finance", "20", "12", "CR01-A01",
     "Deliver the 2026/27 budget savings programme and report progress to each meeting of the Finance and "
     "Resources Committee", "Head of Finance", "31/03/2026", "Green", "Savings of 4.1m identified to date."],
    ["CR01 - Financial Sustainability", "Head of Finance", "20", "12", "CR01-A02",
     "Refresh the Medium Term Financial Plan to 2030/31 and align it with the Transformation and Change "
     "Programme", "Head of Finance / Head of Transformation", "Dec-25", "Amber",
     "Draft delayed to reflect Scottish Budget timetable."],
    ["CR02 - Health and Social Care Demand", "Chief Officer (HSCP)", "20", "15", "CR02-A01",
     "Implement the Care at Home recovery plan with the HSCP, including recruitment to 40 FTE care at home "
     "posts", "Chief Officer (HSCP)", "Q4 2025/26", "Red", "Recruitment behind trajectory; 18 FTE appointed."],
    ["CR03 - Cyber Security", "Chief Digital Officer", "16", "8", "CR03-A01",
     "Complete Cyber Essentials Plus re-accreditation", "Chief Digital Officer", "30/09/2025", "Complete",
     "Certificate issued 19/09/2025."],
    ["CR03 - Cyber Security", "Chief Digital Officer", "16", "8", "CR03-A02",
     "Run a council-wide phishing simulation exercise and targeted training for staff who fail",
     "Chief Digital Officer", "Quarterly", "Green", "Q2 exercise completed; click rate 6%."],
    ["CR04 - Climate Change Adaptation", "Head of Planning and Development", "15", "10", "CR04-A01",
     "Complete flood risk assessments for critical council properties:\n- schools and early learning "
     "centres\n- care homes\n- depots", "Head of Property Services", "31/03/2026", "Amber",
     "Schools complete; care homes and depots outstanding."],
    ["CR05 - Workforce Capacity", "Head of Human Resources", "16", "9", "CR05-A01",
     "Launch the Grow Your Own trainee programme in social work and planning", "Head of Human Resources",
     "Aug-25", "Complete", "First 12 trainees started August 2025."],
    ["CR05 - Workforce Capacity", "Head of Human Resources", "16", "9", "CR05-A02",
     "Carry out a workforce planning review for hard-to-fill posts", "Service Managers", "TBC", "",
     "Scope to be agreed at Executive Officer Team."],
]


def make_pkc():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([PKC_TITLE])
    w.writerow(["Action extract as at 31 October 2025 - for Audit & Risk Committee 26 November 2025"])
    w.writerow([])
    w.writerow(PKC_HEADER)
    for row in PKC_ROWS:
        w.writerow(row)
    w.writerow([])
    w.writerow(["Action RAG: Complete = action closed; Green = on track; Amber = at risk of slipping; "
                "Red = overdue or off track"])
    w.writerow(["Source: Pentana Risk extract generated 31/10/2025 09:14"])
    with open(os.path.join(HERE, PKC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Cathays High School - Estyn PIAP (txt, tab-separated export)
# ---------------------------------------------------------------------------
CATH_FILE = "qi-cathays-high-school-estyn-post-inspection-action-plan.txt"
CATH_TITLE = "Cathays High School \u2013 Post-Inspection Action Plan"

CATH_RECS = [
    ("R1: Improve attendance, particularly for pupils eligible for free school meals", [
        ("1.1", "Introduce a tiered attendance response, with weekly Year team meetings to identify pupils below "
                "90% and agree support.", "AHT Wellbeing/Attendance Officer", "September 2024", "Complete",
         "In place since 9 September 2024."),
        ("1.2", "Work with the Education Welfare Service and the family engagement officer to support eFSM "
                "families with persistent absence.", "Family Engagement Officer", "Ongoing", "Green",
         "Home visits to 46 families this term."),
        ("1.3", "Launch a rewards scheme for improved attendance, linked to Year group assemblies.",
         "Heads of Year", "Autumn term 2024", "Complete", ""),
    ]),
    ("R2: Improve the quality of teaching so that all pupils, including the more able, are challenged to make "
     "strong progress", [
        ("2.1", "Deliver a programme of professional learning on questioning and adaptive teaching for all "
                "staff.", "DHT Teaching & Learning", "Spring term 2025", "Green", "Four sessions delivered."),
        ("2.2", "Introduce learning walks by middle leaders focused on challenge, with feedback to individual "
                "teachers.", "DHT Teaching & Learning; Curriculum Leaders", "Feb 2025", "Amber",
         "Schedule agreed; first walks postponed due to staff absence."),
        ("2.3", "Strengthen the use of the school\u2019s assessment framework so that teachers plan next steps for "
                "pupils.", "AHT Curriculum", "Summer term 2025", "Green", ""),
    ]),
    ("R3: Strengthen self-evaluation and improvement planning so that they focus clearly on the impact of "
     "provision on pupils\u2019 learning", [
        ("3.1", "Revise the quality assurance calendar so that book scrutiny, lesson visits and pupil voice feed "
                "into departmental self-evaluation.", "Headteacher", "31/10/2024", "Complete",
         "Approved by SLT 22 October."),
        ("3.2", "Train governors on the teaching and learning committee to challenge leaders using first-hand "
                "evidence.", "Chair of Governors / Headteacher", "March 2025", "Red",
         "Training session cancelled; to be rebooked."),
    ]),
]


def make_cathays():
    lines = [
        CATH_TITLE,
        "Estyn core inspection: 3\u20136 June 2024",
        "Approved by the Governing Body: 15 October 2024",
        "Reviewed: 20 January 2025",
        "",
        "Key: Complete / Green = on track / Amber = some delay / Red = significant concern",
        "",
    ]
    for rec, acts in CATH_RECS:
        lines.append(rec)
        lines.append("\t".join(["Ref", "Action", "Lead", "Timescale", "RAG", "Progress to date"]))
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines += [
        "Notes:",
        "1. This plan is monitored by the local authority\u2019s school improvement team each half term.",
        "2. RAG ratings agreed at the Governing Body meeting of 20 January 2025.",
    ]
    with open(os.path.join(HERE, CATH_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_gordonstoun()
    make_maww()
    make_andbc()
    make_lumen()
    make_spire()
    make_pkc()
    make_cathays()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
