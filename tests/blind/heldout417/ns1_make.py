"""Build the seven ns1- cases of set heldout417 (children's services plans).

Run with /work/main/.venv/bin/python ns1_make.py from any directory; files are
written beside this script.  Each data file is built from the same Python data
that its NAME.expected.yaml is written from, so that action text, leads and
headings match the file character for character.  The expected readings
(end month, status) are written by hand in the data below, as a person reads
the cell, not computed from it.
"""
import csv
import datetime as dt
import os

import yaml
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
FILLS = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, source, reads, title, actions=None, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                    "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Leeds City Council - ILACS inspection action plan 2022 (xlsx)
# ---------------------------------------------------------------------------
def leeds():
    name = "ns1-leeds-city-council-ilacs-improvement-plan.xlsx"
    title = "Leeds City Council Children and Families – ILACS Inspection Action Plan 2022"
    rec1 = ("Recommendation 1: The consistency of contingency planning in children’s "
            "written plans, so that children, families and professionals are clear about "
            "what will happen if the plan is not progressing.")
    rec2 = ("Recommendation 2: Consistent decision-making for strategy discussions when "
            "risks escalate for children already known to children’s social care.")
    # ref, rec, action, lead cell, lead list, target (date or text), revised, prev (text, colour), current (text, colour), update, end, end_text, status
    rows = [
        ("1.1", rec1,
         "Revise the child in need, child protection and child looked after plan templates "
         "in Mosaic so that the contingency section is mandatory and prompts workers to set "
         "out what will happen, and by when, if outcomes are not achieved.",
         "Head of Service, Practice Development and Improvement",
         ["Head of Service, Practice Development and Improvement"],
         dt.date(2022, 9, 30), dt.date(2022, 11, 30), ("Amber", AMBER), ("Green", GREEN),
         "Template changes tested with two locality teams in October. Go-live delayed to "
         "November to align with the Mosaic upgrade; training notes issued.",
         "2022-11", None, "green"),
        ("1.2", rec1,
         "Deliver practice workshops on writing SMART contingency plans for social workers "
         "and team managers in all localities (East, North West, South and West).",
         "Principal Social Worker", ["Principal Social Worker"],
         dt.date(2022, 10, 31), None, ("Green", GREEN), ("Complete", BLUE),
         "14 workshops delivered between July and October 2022; 286 staff attended. "
         "Recording available on the Practice Hub.",
         "2022-10", None, "blue"),
        ("1.3", rec1,
         "Child protection chairs and IROs to challenge plans without clear contingency "
         "arrangements at every conference and review, using the practice alert process "
         "where needed.",
         "Head of Service, Safeguarding Unit", ["Head of Service, Safeguarding Unit"],
         "Ongoing", None, ("Green", GREEN), ("Green", GREEN),
         "Practice alerts now record 'contingency' as a category: 23 raised in Q2, 17 "
         "resolved within 10 working days.",
         None, "Ongoing", "green"),
        ("1.4", rec1,
         "Add a contingency planning question to the monthly practice audit tool and report "
         "findings to the Practice Improvement Group each quarter.",
         "Quality Assurance Manager / Head of Service, Performance and Improvement",
         ["Quality Assurance Manager", "Head of Service, Performance and Improvement"],
         dt.date(2022, 12, 31), None, ("Green", GREEN), ("Green", GREEN),
         "Question added to the audit tool from September. First quarterly report due to "
         "Practice Improvement Group in December.",
         "2022-12", None, "green"),
        ("1.5", rec1,
         "Ask parents and young people, through the Family Feedback survey, whether they "
         "understand what will happen if things do not improve, and use their answers to "
         "shape practice guidance.",
         "Participation and Voice Lead", ["Participation and Voice Lead"],
         dt.date(2023, 3, 31), None, ("", None), ("Amber", AMBER),
         "Survey questions drafted with the Children in Care Council. Launch slipped because "
         "of survey platform procurement.",
         "2023-03", None, "amber"),
        ("2.1", rec2,
         "Issue updated practice guidance on when to convene a strategy discussion for "
         "children open to a social worker, agreed with West Yorkshire Police and health "
         "partners through the Leeds Safeguarding Children Partnership.",
         "Chief Officer, Social Work", ["Chief Officer, Social Work"],
         dt.date(2022, 8, 31), None, ("Green", GREEN), ("Complete", BLUE),
         "Guidance signed off by LSCP Executive 24/08/2022 and published on the "
         "procedures site.",
         "2022-08", None, "blue"),
        ("2.2", rec2,
         "Extend the Front Door strategy discussion hub so that locality teams can book a "
         "multi-agency strategy discussion between 9am and 5pm, Monday to Friday.",
         "Head of Service, Duty and Advice", ["Head of Service, Duty and Advice"],
         dt.date(2022, 11, 30), dt.date(2023, 1, 31), ("Green", GREEN), ("Amber", AMBER),
         "Police staffing for the extended hub agreed; health attendance still to be "
         "confirmed by the ICB. Revised date agreed at Improvement Board.",
         "2023-01", None, "amber"),
        ("2.3", rec2,
         "Team managers to record on the child’s file the rationale whenever a decision is "
         "made not to hold a strategy discussion following new safeguarding information.",
         "Service Delivery Managers", ["Service Delivery Managers"],
         dt.date(2022, 9, 30), None, ("Green", GREEN), ("Green", GREEN),
         "Mosaic case note type 'Strategy decision' created. Compliance 78% in October "
         "dip sample; to be re-tested in January.",
         "2022-09", None, "green"),
        ("2.4", rec2,
         "Dip sample 40 open cases with escalating concerns to test the consistency of "
         "decision-making and report findings to the LSCP Practice and Learning Subgroup.",
         "Head of Service, Performance and Improvement; LSCP Business Manager",
         ["Head of Service, Performance and Improvement", "LSCP Business Manager"],
         "Q4 2022/23", None, ("", None), ("Not started", None),
         "Scheduled for February 2023 after the extended hub has been running for a "
         "full quarter.",
         "2023-03", "Q4 2022/23", "unrated"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="1F4E78")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Document owner", "Chief Officer, Social Work"),
          ("Version", "1.3"),
          ("Date", "16/11/2022"),
          ("Approved by", "Children and Families Leadership Team"),
          ("Governance", "Children and Families Improvement Board; LSCP Executive")]
    for i, (k, v) in enumerate(dc, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A10"] = "Version history"
    cov["A10"].font = Font(bold=True)
    vh = [("Version", "Date", "Summary of changes"),
          ("1.0", "07/07/2022", "Plan submitted to Ofsted"),
          ("1.1", "14/09/2022", "First progress update; previous RAG column added"),
          ("1.2", "12/10/2022", "Revised date for action 1.1"),
          ("1.3", "16/11/2022", "Progress update for Improvement Board; revised date for action 2.2")]
    for i, r in enumerate(vh, start=11):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 11:
                c.font = Font(bold=True)
    cov["A18"] = "Summary of current RAG (16/11/2022)"
    cov["A18"].font = Font(bold=True)
    summ = [("Complete", 2, BLUE), ("Green", 4, GREEN), ("Amber", 2, AMBER),
            ("Red", 0, RED), ("Not started", 1, None), ("Total actions", 9, None)]
    for i, (k, n, col) in enumerate(summ, start=19):
        cov.cell(i, 1, k)
        cov.cell(i, 2, n)
        if col:
            cov.cell(i, 1).fill = fill(col)
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = ("Inspection of Leeds local authority children’s services: 28 February to "
                "11 March 2022. Overall effectiveness: Outstanding.")
    ws["A3"] = "Progress as at 16 November 2022"
    ws["A3"].font = Font(italic=True)
    hdr = ["Recommendation", "Ref", "Action", "Lead officer", "Target date",
           "Revised date", "Previous RAG (Sept 2022)", "Current RAG", "Progress update / evidence of impact"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    starts = {}
    for row in rows:
        ref, rec, action, leadcell, _, target, revised, prev, cur, upd = row[:10]
        starts.setdefault(rec, []).append(r)
        if len(starts[rec]) == 1:
            ws.cell(r, 1, rec)
        ws.cell(r, 2, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, leadcell)
        c = ws.cell(r, 5, target)
        if isinstance(target, dt.date):
            c.number_format = "dd/mm/yyyy"
        if revised is not None:
            c = ws.cell(r, 6, revised)
            c.number_format = "dd/mm/yyyy"
        if prev[0]:
            ws.cell(r, 7, prev[0])
        if prev[1]:
            ws.cell(r, 7).fill = fill(prev[1])
        ws.cell(r, 8, cur[0])
        if cur[1]:
            ws.cell(r, 8).fill = fill(cur[1])
        ws.cell(r, 9, upd)
        for j in range(1, 10):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        r += 1
    for rec, rr in starts.items():
        ws.merge_cells(start_row=rr[0], start_column=1, end_row=rr[-1], end_column=1)
        ws.cell(rr[0], 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Previous RAG is the position reported to the Improvement Board on 14 September 2022.")
    ws.cell(r + 2, 1, "Where a revised date is shown it was agreed by the Improvement Board; the original target date is kept for audit.")
    widths = [38, 6, 60, 34, 12, 12, 12, 12, 60]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "C6"

    key = wb.create_sheet("RAG key")
    keyrows = [("Complete", "Action delivered and evidence of impact seen", BLUE),
               ("Green", "On track to deliver by the target date", GREEN),
               ("Amber", "Some slippage; recoverable within the quarter", AMBER),
               ("Red", "Off track; escalated to Improvement Board", RED),
               ("Not started", "Action not yet due to start", None)]
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, d, col) in enumerate(keyrows, start=2):
        key.cell(i, 1, k)
        key.cell(i, 2, d)
        if col:
            key.cell(i, 1).fill = fill(col)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 50
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    acts = [dict(ref=x[0], under=[x[1]], action=x[2], lead=x[4], end=x[10],
                 end_text=x[11], status=x[12]) for x in rows]
    write_expected(
        name,
        source=("Imitates the action plan Leeds City Council Children and Families drew up "
                "after its ILACS inspection of February–March 2022 (judged outstanding; two "
                "recommendations, on contingency planning in children's plans and on "
                "decision-making for strategy discussions), which Scrutiny Board (Children and "
                "Families) received in July 2022 (democracy.leeds.gov.uk, item 89844) and the "
                "LSCP annual report describes. Copied features: cover sheet with document "
                "control, version history and a RAG summary; action sheet with title rows, "
                "recommendation text merged down the first column over its actions, target and "
                "revised date columns (real dates), previous and current RAG columns with text "
                "and fill, 'Ongoing' and 'Q4 2022/23' in the date column, two posts in one lead "
                "cell, notes lines below; separate RAG key sheet. The body, recommendations and "
                "actions are reconstructed, not copied."),
        reads=("A three-sheet workbook: a cover, the action plan and a RAG key. The action "
               "plan lists nine numbered actions under two Ofsted recommendations, each "
               "recommendation merged down the first column; where a revised date is given it "
               "is the due month, and the status is the Current RAG column, not the previous "
               "one."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 2. Blackburn with Darwen - Corporate Parenting Executive Board action plan (xlsx)
# ---------------------------------------------------------------------------
def blackburn():
    name = "ns1-blackburn-with-darwen-council-corporate-parenting-board-action-plan.xlsx"
    title = "Blackburn with Darwen Borough Council – Corporate Parenting Executive Board Action Plan 2024/25"
    p1 = "Priority 1: Voice and participation – we will listen to you and act on what you tell us"
    p2 = "Priority 2: Education, employment and training – we will help you achieve your ambitions"
    p3 = "Priority 3: Health and wellbeing – we will help you be healthy and happy"
    p4 = "Priority 4: Homes and independence – we will make sure you have a safe place to live"
    # (priority, ref, action, lead cell, leads, by when, measure, update, colour, end, end_text, status)
    rows = [
        (p1, "1.1",
         "Refresh the Pledge to children in care with the Children in Care Council and publish "
         "it in a young-person-friendly format.",
         "Participation Officer", ["Participation Officer"], "Sept 2024",
         "Pledge co-signed by young people and Board members",
         "Refreshed Pledge launched at the Children in Care Council celebration event on 12/09/24.",
         GREEN, "2024-09", None, "blue"),
        (p1, "1.2",
         "Corporate Parenting Executive Board members to attend at least one Children in Care "
         "Council or Care Leavers Forum session each year.",
         "Chair of Corporate Parenting Executive Board", ["Chair of Corporate Parenting Executive Board"],
         "Ongoing", "Attendance log reported to Board annually",
         "7 of 12 Board members have attended a session so far this year.",
         AMBER, None, "Ongoing", "amber"),
        (p1, "1.3",
         "Introduce a 'You Said, We Did' section to every Board agenda so young people can see "
         "what has changed as a result of what they told us.",
         "Democratic Services Officer\nParticipation Officer",
         ["Democratic Services Officer", "Participation Officer"], "Nov 2024",
         "Standing agenda item in place",
         "Standing item from the November 2024 Board; first edition presented by two care leavers.",
         GREEN, "2024-11", None, "blue"),
        (p2, "2.1",
         "Ring-fence five council apprenticeships each year for care leavers, with a guaranteed "
         "interview for any care leaver who meets the essential criteria.",
         "Head of HR Services", ["Head of HR Services"], "April 2025",
         "Number of care leavers starting council apprenticeships",
         "Guaranteed interview scheme agreed by CMT. Two care leavers started apprenticeships "
         "in Highways in October.",
         AMBER, "2025-04", None, "amber"),
        (p2, "2.2",
         "Virtual School to track the quality of every child’s Personal Education Plan, with "
         "reports to the Board each term.",
         "Virtual School Headteacher", ["Virtual School Headteacher"], "Termly",
         "% of PEPs rated good or better",
         "Autumn term: 81% of PEPs rated good or better (summer term 74%).",
         AMBER, None, "Termly", "amber"),
        (p2, "2.3",
         "Develop a targeted 19+ learning and careers offer for care leavers who are not in "
         "education, employment or training.",
         "Head of Service – Prevention, Adult Learning & Neighbourhoods",
         ["Head of Service – Prevention, Adult Learning & Neighbourhoods"], "Q4 2024/25",
         "Reduction in care leavers aged 19–21 who are NEET",
         "Offer not yet designed; capacity in Adult Learning affected by the restructure. "
         "Escalated to the Board.",
         RED, "2025-03", "Q4 2024/25", "red"),
        (p3, "3.1",
         "Ensure every child entering care has an initial health assessment within 20 working "
         "days, with weekly exception reports to the Designated Nurse.",
         "Designated Nurse for Children in Care / Service Leader – Children in Care",
         ["Designated Nurse for Children in Care", "Service Leader – Children in Care"],
         "Dec 2024", "% of IHAs completed within 20 working days",
         "Timeliness 68% in Q2 (Q1 55%). Weekly exception report in place since October.",
         AMBER, "2024-12", None, "amber"),
        (p3, "3.2",
         "Offer free leisure passes to all children in care and care leavers up to age 25 "
         "through the council’s leisure contract.",
         "Head of Service – Leisure", ["Head of Service – Leisure"], "Oct 2024",
         "Number of passes issued and used",
         "In place from 1 October 2024; 143 passes issued.",
         GREEN, "2024-10", None, "blue"),
        (p4, "4.1",
         "Agree a joint housing protocol with Housing Needs so that no care leaver is placed in "
         "bed and breakfast accommodation.",
         "Head of Service – Children in Care and Care Leavers\nHousing Needs Manager",
         ["Head of Service – Children in Care and Care Leavers", "Housing Needs Manager"],
         "End of January 2025", "No care leavers in B&B",
         "Draft protocol shared with Housing Needs; sign-off planned for the January Board.",
         AMBER, "2025-01", None, "amber"),
        (p4, "4.2",
         "Extend the council tax exemption for care leavers living in the borough from age 21 "
         "to age 25.",
         "Director of Finance", ["Director of Finance"], "1 April 2025",
         "Policy change approved by Council",
         "Report to Executive Board in February 2025.",
         None, "2025-04", None, "unrated"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CPEB Action Plan 24-25"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Update for the Corporate Parenting Executive Board – 21 January 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "Green = Completed"
    ws["B3"].fill = fill(GREEN)
    ws["C3"] = "Amber = In progress"
    ws["C3"].fill = fill(AMBER)
    ws["D3"] = "Red = Behind schedule"
    ws["D3"].fill = fill(RED)
    ws["E3"] = "No colour = Not yet started"
    hdr = ["No.", "What we will do", "Lead(s)", "By when",
           "How we will know it has made a difference", "Progress update (January 2025)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    cur = None
    for row in rows:
        pr = row[0]
        if pr != cur:
            ws.cell(r, 1, pr)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cur = pr
            r += 1
        vals = [row[1], row[2], row[3], row[5], row[6], row[7], None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        if row[8]:
            ws.cell(r, 7).fill = fill(row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for i, (k, n, col) in enumerate([("Completed", 3, GREEN), ("In progress", 5, AMBER),
                                     ("Behind schedule", 1, RED), ("Not yet started", 1, None),
                                     ("Total", 10, None)], start=1):
        ws.cell(r + i, 2, k)
        ws.cell(r + i, 3, n)
        if col:
            ws.cell(r + i, 2).fill = fill(col)
    for col, w in zip("ABCDEFG", [6, 55, 36, 14, 34, 55, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    acts = [dict(ref=x[1], under=[x[0]], action=x[2], lead=x[4], end=x[9],
                 end_text=x[10], status=x[11]) for x in rows]
    write_expected(
        name,
        source=("Imitates the Corporate Parenting Executive Board action plan of Blackburn with "
                "Darwen Borough Council, whose corporate parenting pledges by senior officers "
                "(blackburn.gov.uk, corporate-parenting-pledges) are monitored by that Board, in "
                "the shape such boards publish as an update paper (compare the Bracknell Forest "
                "corporate parenting strategy action plan page: pledge, responsible officer, "
                "timeline, expected outcome). Copied features: one sheet, title and meeting-date "
                "rows, a RAG key row whose own key redefines green as 'Completed' (no blue), "
                "priority rows merged across the table, RAG shown only as fill colour with an "
                "uncoloured cell meaning not started, two posts on two lines of one lead cell, a "
                "job title containing '&', 'Termly', 'Ongoing', 'Q4 2024/25' and 'End of January "
                "2025' in the By when column, and a summary block at the bottom. Actions are "
                "reconstructed."),
        reads=("A one-sheet board action plan with ten numbered actions under four priorities. "
               "The RAG column has no words, only fill colours, read through the key on row 3: "
               "green means completed (so blue), amber in progress, red behind schedule, no "
               "colour not yet started."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 3. City of Doncaster Council - children's home Ofsted action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def doncaster():
    name = "ns1-city-of-doncaster-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"
    title = "Beechfield Lodge Children's Home: Ofsted Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "City of Doncaster Council – Children's Residential Services"
    ws["A3"] = ("Full inspection 10 to 11 September 2024. Overall experiences and progress of "
                "children and young people: Requires improvement to be good.")
    ws["A4"] = "Registered manager: Registered Manager, Beechfield Lodge    Responsible individual: Head of Service, Residential and Short Breaks"
    hdr = ["No.", "Ofsted requirement / recommendation", "Regulation / Guide reference",
           "Action", "Responsible person", "Target date", "Progress", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("Requirements", None),
        ("1", ("The registered person must ensure that staff assess whether each child is at "
               "risk of harm and that risk assessments are reviewed after every significant "
               "incident.", "Regulation 12 (1)(2)(a)(i)",
               "Registered manager to review all risk assessments and behaviour support plans "
               "with key workers; new incident debrief form to prompt a risk assessment review "
               "within 72 hours.",
               "Registered Manager", dt.date(2024, 10, 31),
               "All five risk assessments reviewed 04/10/24. Debrief form in use.", "Complete", BLUE)),
        ("2", ("The registered person must ensure that the registered manager has effective "
               "oversight of physical interventions, including reviewing records and CCTV.",
               "Regulation 13 (1)(a)(b)",
               "Introduce a weekly physical intervention review by the registered manager and a "
               "monthly thematic review by the responsible individual.",
               "Registered Manager / Responsible Individual", dt.date(2024, 11, 30),
               "Weekly review in place. First monthly thematic review held 28/10/24.", "Green", GREEN)),
        ("3", ("The registered person must ensure that full employment histories are obtained, "
               "with any gaps explained in writing, before staff start work.",
               "Regulation 32 (3)(b); Schedule 2",
               "HR Business Partner to audit all 18 staff files and obtain written explanations "
               "for gaps; recruitment checklist amended.",
               "HR Business Partner", dt.date(2024, 10, 11),
               "Audit completed; two gaps explained and recorded.", "Complete", BLUE)),
        ("Recommendations", None),
        ("4", ("The registered person should ensure that staff receive formal supervision at "
               "least monthly and that supervision records show reflection on practice.",
               "Guide to the Children's Homes Regulations, paragraph 10.2",
               "Supervision matrix to be set up for all staff, with deputy managers trained in "
               "reflective supervision.",
               "Deputy Managers (x2)", "Dec 2024",
               "Matrix in place; 14 of 18 staff supervised in October.", "Amber", AMBER)),
        ("5", ("The registered person should ensure that children's views are sought and acted "
               "on when planning changes to the home's décor and routines.",
               "Guide to the Children's Homes Regulations, paragraph 7.5",
               "Monthly young people's house meeting chaired by a young person, with minutes and "
               "'you said, we did' displayed in the lounge.",
               "Senior Residential Worker", "Janaury 2025",
               "House meetings started November 2024.", "Green", GREEN)),
        ("6", ("The registered person should ensure that the home's location risk assessment "
               "is reviewed with Doncaster's exploitation team at least annually.",
               "Guide to the Children's Homes Regulations, paragraph 9.8",
               "Review the location risk assessment with the Exploitation Team and South "
               "Yorkshire Police neighbourhood team.",
               "Registered Manager", dt.date(2025, 2, 28),
               "Meeting booked for 15/01/25.", "Green", GREEN)),
    ]
    r = 7
    refuse_row = None
    for no, d in data:
        if d is None:
            ws.cell(r, 1, no).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ws.cell(r, 1, no)
        for j, v in enumerate(d[:7], start=2):
            c = ws.cell(r, j, v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(d[7])
        if d[4] == "Janaury 2025":
            refuse_row = r
        for j in range(1, 9):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        r += 1
    ws.cell(r + 1, 1, "Action plan to be returned to Ofsted within 28 days of the report and "
                      "reviewed at each Regulation 44 visit.")
    ws.cell(r + 2, 1, "Prepared by: Registered Manager    Date: 21/10/2024    Last updated: 13/12/2024")
    for col, w in zip("ABCDEFGH", [6, 50, 26, 50, 24, 13, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None
    write_expected(
        name,
        source=("Imitates the post-inspection action plan a local authority children's home in "
                "England returns to Ofsted after a full SCCIF inspection (requirements citing the "
                "Children's Homes (England) Regulations 2015 with due dates, then recommendations "
                "citing the Guide), as City of Doncaster Council would for one of its homes; the "
                "home name 'Beechfield Lodge' is invented. Copied features: title block with "
                "inspection dates and judgement, Requirements and Recommendations section rows, "
                "a regulation reference column, real dates mixed with typed month text in the "
                "target date column, status words with fill, a closing note and prepared-by line."),
        reads=("A one-sheet action plan with three requirements and three recommendations, "
               "each with one action. Action 5's target date reads 'Janaury 2025', a mistyped "
               "month; a careful reader would stop and ask what date was meant rather than guess."),
        title=title, outcome="refuse", refuse_at=refuse_row)
    return refuse_row


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


def set_cell(cell, text, bold=False, italic=False):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic


# ---------------------------------------------------------------------------
# 4. Buckinghamshire Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
def bucks():
    name = "ns1-buckinghamshire-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "Buckinghamshire Safeguarding Children Partnership: JTAI Action Plan"
    afi = [
        ("The timeliness and quality of information sharing between Thames Valley Police, "
         "schools and children’s social care when children go missing or are found in "
         "possession of weapons.", [
             ("1.1", "Implement a daily police, children’s social care and education triage of "
                     "overnight missing and weapons-related incidents within the MASH.",
              "DCI, Thames Valley Police / Head of First Response (BC)",
              ["DCI, Thames Valley Police", "Head of First Response (BC)"],
              "March 2025", "Daily triage live from 3 March 2025; 212 incidents triaged in the first month.",
              "B", "2025-03", None, "blue"),
             ("1.2", "Agree and publish a multi-agency protocol for sharing information with schools "
                     "when a child is found with a knife or other weapon, including out of hours.\n"
                     "Protocol to be ratified by the Partnership Executive and tested through the "
                     "annual section 175/157 schools safeguarding audit.",
              "Head of Education Safeguarding (BC)", ["Head of Education Safeguarding (BC)"],
              "June 2025", "Draft protocol consulted on with secondary heads; Executive sign-off planned for May.",
              "G", "2025-06", None, "green"),
             ("1.3", "Audit 30 return home interviews completed in Q4 2024/25 to test whether the "
                     "information they gather is shared and acted on.",
              "BSCP Quality Assurance Officer", ["BSCP Quality Assurance Officer"],
              "July 2025", "Audit sample agreed; auditors from police and health still to be confirmed.",
              "A", "2025-07", None, "amber"),
         ]),
        ("The consistency with which health practitioners, including those in emergency "
         "departments, identify and share concerns about children at risk of exploitation.", [
             ("2.1", "Roll out the exploitation screening tool in the emergency departments at "
                     "Stoke Mandeville and Wycombe hospitals.",
              "Named Nurse for Safeguarding Children, Buckinghamshire Healthcare NHS Trust",
              ["Named Nurse for Safeguarding Children, Buckinghamshire Healthcare NHS Trust"],
              "31/05/2025", "Tool live at Stoke Mandeville from April; Wycombe minor injuries unit to follow.",
              "G", "2025-05", None, "green"),
             ("2.2", "Deliver level 3 exploitation training to GP practice safeguarding leads in "
                     "every Primary Care Network.",
              "ICB Designated Nurse / Named GP for Safeguarding Children",
              ["ICB Designated Nurse", "Named GP for Safeguarding Children"],
              "Sept 2025", "Two of four sessions delivered; 41 practices represented.",
              "G", "2025-09", None, "green"),
         ]),
        ("The oversight by strategic leaders of the impact of the partnership’s exploitation "
         "strategy, including the use of data to understand the experiences of children from "
         "minority ethnic groups.", [
             ("3.1", "Develop an exploitation data dashboard for the Partnership Executive, with "
                     "breakdowns by ethnicity, gender, age and locality.",
              "BSCP Business Manager", ["BSCP Business Manager"],
              "April 2025", "Delayed: data sharing agreement with Thames Valley Police not yet signed. "
                            "Escalated to statutory partners.",
              "R", "2025-04", None, "red"),
             ("3.2", "Commission a disproportionality deep dive, led by the Youth Justice Service "
                     "with Thames Valley Police, and report findings to the Partnership Executive.",
              "Head of Youth Justice Service", ["Head of Youth Justice Service"],
              "October 2025", "Terms of reference agreed; analyst capacity being identified.",
              "A", "2025-10", None, "amber"),
             ("3.3", "Partnership Executive to receive a six-monthly report on progress against "
                     "the exploitation strategy.",
              "Independent Scrutineer", ["Independent Scrutineer"],
              "Six-monthly", "First report received March 2025.",
              "G", None, "Six-monthly", "green"),
         ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Joint targeted area inspection of the multi-agency response to children aged 10 and over "
        "who are at risk of or affected by serious youth violence, including criminal exploitation. "
        "Fieldwork 18 to 22 November 2024; letter of findings published 14 January 2025.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for v in [("0.3", "10/02/2025", "BSCP Business Manager", "Draft for partners"),
              ("1.0", "25/02/2025", "BSCP Business Manager", "Partnership Executive, submitted to Ofsted"),
              ("1.1", "16/04/2025", "BSCP Business Manager", "Progress update for Partnership Executive")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)
    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, d, col in [("B", "Complete", BLUE), ("G", "On track", GREEN),
                      ("A", "Some risk to delivery", AMBER), ("R", "Off track – escalated", RED)]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], d)
    doc.add_heading("Action plan", level=1)
    doc.add_paragraph(
        "The inspection letter identified three areas for improvement. Each is set out below "
        "with the partnership’s actions. Leads are shown with their agency: TVP (Thames Valley "
        "Police), BC (Buckinghamshire Council), ICB (Buckinghamshire, Oxfordshire and Berkshire "
        "West Integrated Care Board).")
    acts = []
    rag_col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for n, (afi_text, rows) in enumerate(afi, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi_text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale",
                                          "Progress update (April 2025)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, action, leadcell, leads, when, prog, rag, end, end_text, status in rows:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, action, leadcell, when, prog, rag]):
                set_cell(c, x)
            shade(cells[5], rag_col[rag])
            acts.append(dict(ref=ref, under=[afi_text], action=action, lead=leads,
                             end=end, end_text=end_text, status=status))
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Statutory safeguarding partner", "Signed on behalf of", "Date"]):
        set_cell(c, h, bold=True)
    for v in [("Buckinghamshire Council", "Corporate Director, Children’s Services", "25/02/2025"),
              ("Thames Valley Police", "Assistant Chief Constable", "25/02/2025"),
              ("BOB Integrated Care Board", "Chief Nursing Officer", "25/02/2025")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the post-inspection action plan a safeguarding children partnership "
                "sends Ofsted after a joint targeted area inspection (here the 2024 serious youth "
                "violence and criminal exploitation theme, as in the Leeds JTAI of March 2024 "
                "whose three areas for improvement went into a partnership plan overseen by the "
                "LSCP Executive), for the Buckinghamshire Safeguarding Children Partnership "
                "(statutory partners Buckinghamshire Council, Thames Valley Police and the ICB). "
                "Copied features: Word document with title and inspection paragraph, a document "
                "control table and a RAG key table before the plan, one heading 'Area for "
                "improvement N' with the letter's wording in italics above each table, RAG letters "
                "with cell shading, agency tags in lead cells, a two-paragraph action cell, a "
                "'Six-monthly' timescale, and a sign-off table. Inspection dates and actions are "
                "invented."),
        reads=("A partnership action plan in Word with eight actions in three tables, one per "
               "area for improvement; each table's heading only says 'Area for improvement N', so "
               "the actions are read under the italic text of the area below it. Tables for "
               "document control, the RAG key and sign-off hold no actions."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 5. Newham - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def newham():
    name = "ns1-newham-council-focused-visit-action-plan.docx"
    title = "Newham Children and Young People’s Services – Ofsted Focused Visit Action Plan"
    a1 = ("The quality of pathway plans, so that they are written with young people, are up to "
          "date and set out clearly how their needs will be met.")
    a2 = ("The support that care leavers receive for their emotional wellbeing and mental "
          "health, including when they move to adult services.")
    a3 = ("The sufficiency and suitability of accommodation for care leavers aged 18 to 21, so "
          "that fewer young people live in temporary accommodation.")
    # (afi, no, action, lead cell, leads, original, revised, status word, end, end_text, status)
    rows = [
        (a1, "1", "Relaunch the pathway plan template, co-produced with members of the Care "
                  "Leavers Forum, with a one-page 'My plan' summary written in the young person’s "
                  "own words.",
         "Head of Service, Leaving Care", ["Head of Service, Leaving Care"],
         "Jan 2025", "", "Blue", "2025-01", None, "blue"),
        (a1, "2", "Personal advisers to review every pathway plan that is more than six months old.",
         "Leaving Care Team Managers", ["Leaving Care Team Managers"],
         "Mar 2025", "May 2025", "Amber", "2025-05", None, "amber"),
        (a1, "3", "Quality Assurance team to audit a sample of pathway plans each quarter and report "
                  "findings to the Corporate Parenting Board.",
         "Head of Quality Assurance / Principal Social Worker",
         ["Head of Quality Assurance", "Principal Social Worker"],
         "Quarterly", "", "Green", None, "Quarterly", "green"),
        (a2, "4", "Recruit a dedicated mental health practitioner from East London NHS Foundation "
                  "Trust to work within the Leaving Care Service.",
         "Director of Children’s Social Care", ["Director of Children’s Social Care"],
         "Dec 2024", "Feb 2025", "Blue", "2025-02", None, "blue"),
        (a2, "5", "Agree a transitions pathway between CAMHS and adult mental health services for "
                  "care leavers aged 17 to 25.",
         "Anjali Shah and Tom Whitfield", ["Anjali Shah", "Tom Whitfield"],
         "Apr 2025", "", "Amber", "2025-04", None, "amber"),
        (a3, "6", "Ring-fence 30 council tenancies each year for care leavers through the Housing "
                  "Allocations Scheme.",
         "Director of Housing Needs", ["Director of Housing Needs"],
         "Jun 2025", "", "Green", "2025-06", None, "green"),
        (a3, "7", "Commission 20 additional supported accommodation places in the borough for "
                  "young people aged 18 to 21.",
         "Head of Commissioning (Children)", ["Head of Commissioning (Children)"],
         "Mar 2025", "Sep 2025", "Red", "2025-09", None, "red"),
        (a3, "8", "Give every care leaver in temporary accommodation a named housing officer and "
                  "weekly contact until they move to settled accommodation.",
         "Housing Options Manager", ["Housing Options Manager"],
         "Jan 2025", "", "Blue", "2025-01", None, "blue"),
    ]
    col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("Focused visit: arrangements for care leavers, 15 and 16 October 2024. "
                      "Letter published 18 November 2024.")
    doc.add_paragraph("Plan owner: Director of Children’s Social Care. Progress reported monthly "
                      "to the Children’s Improvement Board. Position as at 31 March 2025.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Blue – completed; Green – on track; Amber – at risk of slipping; Red – off track. "
              "Where a revised completion date is shown it has been agreed by the Improvement Board.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = ["Area for improvement", "No.", "Action", "Responsible officer",
           "Original completion date", "Revised completion date", "Status"]
    for c, x in zip(t.rows[0].cells, hdr):
        set_cell(c, x, bold=True)
        shade(c, "C00000")
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    groups = {}
    for row in rows:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        groups.setdefault(row[0], []).append(idx)
        if len(groups[row[0]]) == 1:
            set_cell(cells[0], row[0], bold=True)
        for c, x in zip(cells[1:], [row[1], row[2], row[3], row[5], row[6], row[7]]):
            set_cell(c, x)
        shade(cells[6], col[row[7]])
    for afi_text, idxs in groups.items():
        if len(idxs) > 1:
            t.cell(idxs[0], 0).merge(t.cell(idxs[-1], 0))
    doc.add_paragraph()
    doc.add_paragraph("Next review: Children’s Improvement Board, 24 April 2025.")
    doc.save(os.path.join(HERE, name))
    acts = [dict(ref=x[1], under=[x[0]], action=x[2], lead=x[4], end=x[8],
                 end_text=x[9], status=x[10]) for x in rows]
    write_expected(
        name,
        source=("Imitates the action plan a London borough sends Ofsted after an ILACS focused "
                "visit (Ofsted letters list 'areas for improvement'; compare the Coventry "
                "'Areas for Development Action Plan' reported to scrutiny, edemocracy.coventry."
                "gov.uk item 38220), here for the London Borough of Newham after an invented "
                "focused visit on care leavers in October 2024. Copied features: Word title, visit "
                "and governance lines, a status key paragraph, a single table with the area for "
                "improvement merged down the first column, numbered actions, original and revised "
                "completion dates, status words with shading, two named people joined by 'and' in "
                "one lead cell, two posts split by '/', and a closing review line."),
        reads=("One table of eight numbered actions grouped under three areas for improvement "
               "(merged cells in the first column). Where a revised completion date is given it "
               "is the due month; the status word gives the RAG, with Blue meaning completed."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 6. Salford - Early Help Strategy action plan (csv)
# ---------------------------------------------------------------------------
def salford():
    name = "ns1-salford-city-council-early-help-strategy-action-plan.csv"
    title = "Salford Early Help Strategy 2023-2026: Action Plan – Year 2 (2024/25)"
    p1 = "Priority 1: Right help, right time"
    p2 = "Priority 2: Family Hubs and Start for Life"
    p3 = "Priority 3: A skilled and confident workforce"
    p4 = "Priority 4: Knowing we make a difference"
    # (priority, ref, action, lead cell, leads, partners, timescale, update, rag, end, end_text, status)
    rows = [
        (p1, "EH1.1", "Refresh the Salford Threshold of Need guidance with partners and relaunch it "
                      "through multi-agency briefings.",
         "Early Help Strategic Lead", ["Early Help Strategic Lead"], "SSCP, schools, GMP, NHS GM",
         "Sep-24", "Relaunched 10/09/24; 412 practitioners attended briefings.", "Complete",
         "2024-09", None, "blue"),
        (p1, "EH1.2", "Introduce a single Early Help Assessment on the EHM system for all partners.\n"
                      "Schools and health visiting to go live first.",
         "Early Help Service Manager; Systems Lead (Children's)",
         ["Early Help Service Manager", "Systems Lead (Children's)"], "Schools, NCA health visiting",
         "Apr-24 to Mar-25", "Schools live November 2024. Health visiting delayed to February 2025 "
                             "(system access).", "Amber", "2025-03", "Apr-24 to Mar-25", "amber"),
        (p1, "EH1.3", "Increase the proportion of Early Help Assessments led by partner agencies to "
                      "40%.",
         "Patel, Reena", ["Patel, Reena"], "Schools, health, VCSE",
         "Mar-25", "36% in Q3 (31% in Q1).", "Green", "2025-03", None, "green"),
        (p2, "EH2.1", "Open the remaining two Family Hubs, in Eccles and Walkden, each with a Start "
                      "for Life offer from pregnancy to age 2.",
         "Head of Service, Family Hubs", ["Head of Service, Family Hubs"], "NCA, Public Health, VCSE",
         "Jul-24", "Both hubs opened in July 2024.", "Complete", "2024-07", None, "blue"),
        (p2, "EH2.2", "Publish the Start for Life offer online and in print in the five most spoken "
                      "community languages.",
         "Family Hubs Communications Officer / Public Health Consultant (0-19)",
         ["Family Hubs Communications Officer", "Public Health Consultant (0-19)"], "Public Health",
         "Dec-24", "Online offer published; translations delayed by procurement.", "Amber",
         "2024-12", None, "amber"),
        (p2, "EH2.3", "Deliver the parent-infant relationships service in every Family Hub.",
         "Perinatal Mental Health Lead", ["Perinatal Mental Health Lead"], "GMMH, NCA",
         "Mar-25", "Running in six of eight hubs.", "Green", "2025-03", None, "green"),
        (p3, "EH3.1", "Deliver restorative practice training to all Early Help and Family Hub staff.",
         "Workforce Development Manager", ["Workforce Development Manager"], "SSCP",
         "Ongoing", "Cohorts 5 and 6 completed; 84% of staff trained.", "Green", None, "Ongoing",
         "green"),
        (p3, "EH3.2", "Introduce quarterly multi-agency Early Help practice audits, with findings "
                      "reported to the SSCP Quality Assurance subgroup.",
         "Early Help Quality Assurance Lead", ["Early Help Quality Assurance Lead"], "SSCP partners",
         "Q1 2025/26", "Not progressed; auditor post vacant since October. Recruitment under way.",
         "Red", "2025-06", "Q1 2025/26", "red"),
        (p4, "EH4.1", "Develop an Early Help outcomes dashboard using Supporting Families outcome "
                      "framework data.",
         "Business Intelligence Manager", ["Business Intelligence Manager"], "Public Health",
         "Jan-25", "Prototype shared with the Partnership Board; school attendance data still "
                   "to be added.", "Amber", "2025-01", None, "amber"),
        (p4, "EH4.2", "Ask families for feedback when their early help support ends and publish a "
                      "'You said, we did' summary each quarter.",
         "Early Help Service Manager", ["Early Help Service Manager"], "All partners",
         "Quarterly", "Q3 summary published on the Salford Family Hubs website.", "Green", None,
         "Quarterly", "green"),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        n = 8
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Q3 progress update for the Salford Early Help Partnership Board – January 2025"]
                   + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Priority", "Ref", "Action", "Lead(s)", "Partners involved", "Timescale",
                    "Q3 update (Oct-Dec 2024)", "RAG"])
        cur = None
        for row in rows:
            pr = row[0] if row[0] != cur else ""
            cur = row[0]
            w.writerow([pr, row[1], row[2], row[3], row[5], row[6], row[7], row[8]])
        w.writerow([""] * n)
        w.writerow(["RAG: Complete = action delivered; Green = on track; Amber = some slippage; "
                    "Red = off track"] + [""] * (n - 1))
    acts = [dict(ref=x[1], under=[x[0]], action=x[2], lead=x[4], end=x[9],
                 end_text=x[10], status=x[11]) for x in rows]
    write_expected(
        name,
        source=("Imitates the yearly action plan behind an early help strategy, as Salford City "
                "Council and its partners keep for the Salford Early Help Strategy (Family Hubs "
                "trailblazer area from 2022; earlier strategy consultation 2014 with three aims), "
                "exported from Excel to CSV for the Early Help Partnership Board. Copied features: "
                "title and update lines above the header, a priority column filled only on the "
                "first row of each priority (a merged column exported), EH refs, a partners column, "
                "month-year timescales ('Sep-24'), a range 'Apr-24 to Mar-25', 'Q1 2025/26', "
                "'Ongoing' and 'Quarterly', a quoted multi-line action, a surname-first lead "
                "'Patel, Reena', two posts split by ';' and by '/', RAG words and a key line at the "
                "end. Actions are invented."),
        reads=("A CSV export of ten actions under four priorities; the priority is written only "
               "on the first action of each group and applies to the rows below it. Timescales "
               "are month-year codes, a range, a quarter or words, and the RAG column says "
               "Complete, Green, Amber or Red."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 7. Lewisham YJS - national standards self-assessment improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def lewisham():
    name = "ns1-lewisham-youth-justice-service-national-standards-self-assessment-improvement-plan.txt"
    title = "Lewisham Youth Justice Service – National Standards Self-Assessment 2023: Improvement Plan"
    s1 = "STRATEGIC SELF-ASSESSMENT"
    s2 = "OPERATIONAL SELF-ASSESSMENT (CASE AUDIT)"
    # (section, ref, area or "", area (for under), action, owner cell, owners, target, rag, update, end, end_text, status)
    rows = [
        (s1, "S1", "Management board oversight of court work", "Management board oversight of court work",
         "Add a standing court performance item to the Youth Justice Management Board agenda, "
         "covering remands, pre-sentence report timeliness and outcomes by ethnicity.",
         "Head of Youth Justice", ["Head of Youth Justice"], "Jan 2024", "Blue",
         "Standing item from the January 2024 Board.", "2024-01", None, "blue"),
        (s1, "S2", "", "Management board oversight of court work",
         "Board members to observe the youth court at least once a year.",
         "YJMB Chair", ["YJMB Chair"], "Ongoing", "Green",
         "Four board members observed court in February.", None, "Ongoing", "green"),
        (s1, "S3", "Disproportionality in remand and sentencing", "Disproportionality in remand and sentencing",
         "Complete a disproportionality deep dive on remand decisions for Black boys aged 15 to 17, "
         "with HMCTS and the Crown Prosecution Service.",
         "Performance and Information Manager / Court Team Manager",
         ["Performance and Information Manager", "Court Team Manager"], "31/03/2024", "Amber",
         "Data extracted; CPS contribution awaited.", "2024-03", None, "amber"),
        (s2, "O1", "Quality of pre-sentence reports", "Quality of pre-sentence reports",
         "Introduce a PSR gatekeeping checklist, with every report quality assured by a manager "
         "before it goes to court.",
         "Court Team Manager", ["Court Team Manager"], "Dec 2023", "Blue",
         "Checklist in use since 4 December 2023.", "2023-12", None, "blue"),
        (s2, "O2", "", "Quality of pre-sentence reports",
         "Deliver training on writing Child First pre-sentence reports that reflect the child's "
         "voice and identity.",
         "AM/KO", ["AM", "KO"], "Feb 2024", "Green",
         "First session delivered 13 February; second booked for April.", "2024-02", None, "green"),
        (s2, "O3", "Bail and remand planning", "Bail and remand planning",
         "Develop bail support packages with Children's Social Care so that the court is offered "
         "a credible alternative to remand.",
         "Head of Youth Justice and Targeted Services", ["Head of Youth Justice and Targeted Services"],
         "Q1 2024/25", "Amber", "Draft packages agreed; placement funding not yet confirmed.",
         "2024-06", "Q1 2024/25", "amber"),
        (s2, "O4", "Information for children and parents at court", "Information for children and parents at court",
         "Produce a child-friendly leaflet explaining what happens at court, co-produced with "
         "young people on YJS orders.",
         "Participation Worker", ["Participation Worker"], "April 2024", "Red",
         "Not started; participation worker post vacant.", "2024-04", None, "red"),
    ]
    lines = [title,
             "Standard 2: At court. Self-assessment submitted to the YJB on 30 October 2023; plan "
             "agreed by the Youth Justice Management Board on 7 December 2023.",
             "RAG key: Blue = complete; Green = on track; Amber = at risk; Red = off track",
             "",
             "\t".join(["Ref", "Area for development", "Improvement action", "Owner",
                        "Target date", "RAG", "Update (March 2024)"])]
    cur = None
    for row in rows:
        if row[0] != cur:
            lines.append(row[0])
            cur = row[0]
        lines.append("\t".join([row[1], row[2], row[4], row[5], row[7], row[8], row[9]]))
    lines += ["", "Next update to the Youth Justice Management Board: June 2024."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    acts = [dict(ref=x[1], under=[x[0], x[3]], action=x[4], lead=x[6], end=x[10],
                 end_text=x[11], status=x[12]) for x in rows]
    write_expected(
        name,
        source=("Imitates the improvement plan a youth justice service writes after the YJB's "
                "2023 standards self-assessment of Standard 2 'At court' (self-assessment tool to "
                "be returned to the YJB by 30 October 2023, gov.uk 'Standards for children in the "
                "youth justice system'), for Lewisham Youth Justice Service, saved from Excel as "
                "tab-separated text. Copied features: title, context and RAG key lines, a header "
                "line, upper-case section lines for the strategic and operational self-assessment, "
                "an 'Area for development' column written only on the first action of each area, "
                "owner initials 'AM/KO', two posts split by '/', 'Ongoing' and 'Q1 2024/25' target "
                "dates, RAG words and a closing line. Actions are invented."),
        reads=("A tab-separated plan with seven actions in two sections (strategic and "
               "operational); within each section the area for development is written on its "
               "first action and carries down to the next blank-area line. Each action is read "
               "under its section line and its area."),
        title=title, actions=acts)


if __name__ == "__main__":
    leeds()
    blackburn()
    row = doncaster()
    bucks()
    newham()
    salford()
    lewisham()
    print("built; Doncaster typo on sheet row", row)
