#!/usr/bin/env python
"""Build the seven hr2- blind test files (set heldout260).

Run with /work/main/.venv/bin/python hr2_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED,
           "B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "C": BLUE,
           "Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
           "Not on track": RED, "Delayed": AMBER}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    sec.page_width, sec.page_height = h, w
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_cell(cell, text, bold=False, size=None):
    cell.text = text
    for p in cell.paragraphs:
        for r in p.runs:
            r.bold = bold
            if size:
                r.font.size = Pt(size)


# =====================================================================
# 1. Bradford SAB - SAR 'Margaret' multi-agency action plan (docx)
# =====================================================================
def make_bradford():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safeguarding Adults Review \u2018Margaret\u2019 \u2013 Multi-Agency Action Plan",
                      style="Title")
    doc.add_paragraph("Bradford Safeguarding Adults Board", style="Subtitle")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "SAR \u2018Margaret\u2019 Multi-Agency Action Plan"),
                 ("Version", "v1.4"),
                 ("Date", "14 October 2025"),
                 ("Owner", "BSAB Business Manager"),
                 ("Approved by", "BSAB Learning and Improvement Sub-Group"),
                 ("Next review", "January 2026")]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Margaret was 78 years old and lived alone in a privately rented terraced house in Keighley. "
        "She died in hospital in 2023 following a fall at home, having been discharged from hospital "
        "eleven days earlier. The review was published in March 2025 and made four recommendations. "
        "This plan sets out the multi-agency response; progress is reported to each meeting of the "
        "Learning and Improvement Sub-Group.")

    doc.add_paragraph("RAG rating key", style="Heading 2")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "RAG", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning, col in [
            ("Red", "Action significantly off track or at risk of not being delivered", RED),
            ("Amber", "Action started but behind its target date", AMBER),
            ("Green", "Action on track to meet its target date", GREEN),
            ("Blue", "Action complete and evidence received by the Sub-Group", BLUE),
            ("White (no rating)", "Action not yet due to start", None)]:
        r = key.add_row()
        set_cell(r.cells[0], word)
        set_cell(r.cells[1], meaning)
        if col:
            shade(r.cells[0], col)

    cols = ["Ref", "Action", "Lead agency and officer", "Target date",
            "Progress update (October 2025)", "RAG"]

    def rec_table(rec_text, rows):
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for i, c in enumerate(cols):
            set_cell(tb.rows[0].cells[i], c, bold=True)
            shade(tb.rows[0].cells[i], GREY)
        r = tb.add_row()
        m = r.cells[0].merge(r.cells[len(cols) - 1])
        set_cell(m, rec_text, bold=True)
        for ref, action, lead, date, prog, rag in rows:
            r = tb.add_row()
            for i, v in enumerate([ref, action, lead, date, prog, rag]):
                set_cell(r.cells[i], v)
            if rag:
                shade(r.cells[5], RAGFILL[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Theme A: Self-neglect and hoarding", style="Heading 1")
    rec_table(
        "Recommendation 1: BSAB should assure itself that the multi-agency self-neglect and hoarding "
        "guidance is understood and used by frontline practitioners across all partner agencies.",
        [("1.1",
          "Refresh the BSAB Self-Neglect and Hoarding Practice Guidance to include a clear escalation "
          "route where a person declines support and risk is increasing.",
          "BSAB Business Manager", "June 2025",
          "Revised guidance approved by the Policy and Procedures Sub-Group on 19 June 2025 and "
          "published on the BSAB website.", "Blue"),
         ("1.2",
          "Deliver multi-agency briefings on the revised guidance, targeting adult social care, housing, "
          "primary care and West Yorkshire Fire and Rescue Service practitioners.",
          "BSAB Training Coordinator / WYFRS Safe and Well Manager", "December 2025",
          "Four of six briefings delivered (212 attendees). The remaining two are scheduled for "
          "November 2025.", "Green")])
    rec_table(
        "Recommendation 2: Partner agencies should ensure that mental capacity assessments are "
        "decision-specific and that executive capacity is considered where a person repeatedly does not "
        "act on decisions they have made.",
        [("2.1",
          "Include executive functioning and decision-specific capacity assessment in the mandatory "
          "Mental Capacity Act training for adult social care staff.",
          "Bradford Council Principal Social Worker (Adults)", "March 2025\nRevised: September 2025",
          "Updated module live from 1 September 2025 and included in the corporate training calendar.",
          "Blue"),
         ("2.2",
          "Undertake a multi-agency audit of 20 cases where self-neglect was the primary concern, "
          "focusing on the quality of mental capacity assessments.",
          "Chair of the BSAB Performance and Quality Assurance Sub-Group", "January 2026",
          "Audit tool agreed; case selection under way. The audit started later than planned because "
          "of case file access issues.", "Amber")])

    doc.add_paragraph("Theme B: Hospital discharge and information sharing", style="Heading 1")
    rec_table(
        "Recommendation 3: Bradford Teaching Hospitals NHS Foundation Trust and Airedale NHS Foundation "
        "Trust should ensure that safeguarding and self-neglect concerns identified during an admission "
        "are included in the discharge information shared with the GP and community services.",
        [("3.1",
          "Add a mandatory safeguarding and self-neglect field to the electronic discharge summary template.",
          "BTHFT Head of Safeguarding / ANHSFT Named Nurse Safeguarding Adults", "31/03/2026",
          "Change request approved by the Digital Design Authority; build scheduled for Q4 2025/26.",
          "Green"),
         ("3.2",
          "Audit a sample of discharge summaries for patients with a known safeguarding concern to test "
          "whether the new field is being completed.",
          "BTHFT Head of Safeguarding", "Q1 2026/27",
          "Not yet due to start \u2013 dependent on action 3.1.", "")])
    rec_table(
        "Recommendation 4: NHS West Yorkshire ICB (Bradford District and Craven) should seek assurance "
        "that GP practices record and act on safeguarding information received from partner agencies.",
        [("4.1",
          "Issue a practice-level briefing and template for coding safeguarding information received from "
          "partners, and test uptake through the annual safeguarding self-assessment.",
          "ICB Designated Nurse for Safeguarding Adults", "September 2025",
          "Briefing issued 2 July 2025. Self-assessment returns show 61 of 68 practices using the template.",
          "Blue")])

    doc.add_paragraph(
        "Note: actions rated Blue will be removed from the plan once the Sub-Group has confirmed evidence "
        "of impact. Queries about this plan should be sent to the BSAB Business Unit.")
    doc.save(out("hr2-bradford-sab-sar-margaret-action-plan.docx"))


# =====================================================================
# 2. Derby CSP - DHR 'Leah' action plan, Home Office template (docx)
# =====================================================================
def make_derby():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Domestic Homicide Review \u2018Leah\u2019 \u2013 Action Plan", style="Title")
    doc.add_paragraph("Derby Community Safety Partnership")
    doc.add_paragraph("Progress position at 30 September 2025")
    doc.add_paragraph(
        "This action plan follows the Home Office DHR action plan template. The Overview Report was "
        "considered by the Home Office Quality Assurance Panel in May 2024 and published in July 2024. "
        "Progress is monitored by the DHR Steering Group on behalf of the Derby Community Safety "
        "Partnership Board.")

    doc.add_paragraph("Status key", style="Heading 2")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Status", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning, col in [
            ("Complete", "Action delivered and evidence provided to the Steering Group", BLUE),
            ("On track", "Action in progress and expected to meet its target date", GREEN),
            ("Some slippage", "Action in progress but target date at risk", AMBER),
            ("Not on track", "Action overdue or not progressing", RED),
            ("Not started", "Action not yet started", None)]:
        r = key.add_row()
        set_cell(r.cells[0], word)
        set_cell(r.cells[1], meaning)
        if col:
            shade(r.cells[0], col)

    cols = ["No.", "Recommendation", "Scope of recommendation (local / regional / national)",
            "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
            "Target date", "Date of completion and outcome", "Status"]

    def section(title, recs):
        doc.add_paragraph(title, style="Heading 1")
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for i, c in enumerate(cols):
            set_cell(tb.rows[0].cells[i], c, bold=True, size=8)
            shade(tb.rows[0].cells[i], GREY)
        for rec_text, scope, actions in recs:
            first = len(tb.rows)
            for (no, act, lead, ms, target, done, status) in actions:
                r = tb.add_row()
                for i, v in [(0, no), (3, act), (4, lead), (5, ms), (6, target), (7, done), (8, status)]:
                    set_cell(r.cells[i], v, size=8)
                if status in RAGFILL:
                    shade(r.cells[8], RAGFILL[status])
            last = len(tb.rows) - 1
            for ci, v in [(1, rec_text), (2, scope)]:
                c = tb.cell(first, ci)
                if last > first:
                    c = c.merge(tb.cell(last, ci))
                set_cell(c, v, size=8)
        doc.add_paragraph("")

    section("Section 1: Overview Report Recommendations", [
        ("All agencies to raise awareness of adult family violence, including child to parent abuse, and "
         "ensure that practitioners recognise it as domestic abuse.", "Local",
         [("1.1",
           "Develop a 7-minute briefing on adult family violence and child to parent abuse and circulate "
           "it to all CSP partners.",
           "Derby City Council Community Safety Team",
           "Briefing drafted with the Derby Domestic Abuse Partnership.",
           "December 2024",
           "7-minute briefing circulated 03/12/2024 and published on the CSP website.", "Complete"),
          ("1.2",
           "Include adult family violence as a standing theme in the Domestic Abuse Partnership training "
           "offer for 2025/26.",
           "Derby Domestic Abuse Partnership Training Lead",
           "Module commissioned; first session held 10 July 2025.",
           "March 2026", "", "On track")]),
        ("Derby City Council Adult Social Care to ensure that carers\u2019 assessments consider the risk of "
         "harm to the carer where the cared-for person has a history of substance misuse or violence.",
         "Local",
         [("2.1",
           "Amend the carers\u2019 assessment template to include prompts on domestic abuse, substance "
           "misuse and the safety of the carer.",
           "Derby City Council Adult Social Care (Principal Social Worker)",
           "Template revised and agreed; awaiting system change in the case management system.",
           "June 2025 \u2013 revised to January 2026", "", "Some slippage"),
          ("2.2",
           "Audit 20 carers\u2019 assessments completed after the template change to test whether the risk "
           "to the carer is being considered.",
           "Derby City Council Adult Social Care Quality Assurance Team",
           "", "March 2026", "", "Not started")]),
        ("The Derby Community Safety Partnership to write to the Home Office recommending that the DHR "
         "statutory guidance makes specific reference to adult family homicide.", "National",
         [("3.1",
           "CSP Chair to write to the Home Office DHR team setting out the learning from this review.",
           "Derby CSP Chair",
           "Letter sent 21/05/2024.",
           "At publication",
           "Letter acknowledged by the Home Office 04/06/2024.", "Complete")]),
    ])
    section("Section 2: Single Agency Recommendations", [
        ("Derbyshire Constabulary to ensure that domestic abuse risk assessments completed at incidents "
         "involving adult children and their parents are reviewed by the Public Protection Unit.",
         "Local / regional",
         [("4.1",
           "Issue force-wide guidance to response officers on completing risk assessments for incidents of "
           "adult family violence.",
           "Derbyshire Constabulary",
           "Guidance published on the force intranet.",
           "September 2024", "Completed 30/09/2024.", "Complete"),
          ("4.2",
           "Dip-sample 50 adult family violence risk assessments to test their quality and referral to the "
           "Public Protection Unit.",
           "Derbyshire Constabulary Public Protection Unit",
           "Dip-sample scheduled for November 2025.",
           "Q3 2025/26", "", "On track")]),
        ("Derbyshire Recovery Partnership to ensure that, when a service user lives with or cares for a "
         "parent, the risk to the parent is assessed and recorded.", "Local",
         [("5.1",
           "Add a mandatory household and caring-responsibilities section to the recovery plan template.",
           "Derbyshire Recovery Partnership Service Manager",
           "Template changed 01/03/2025.",
           "March 2025",
           "Audit in August 2025 found the section completed in 88% of sampled cases.", "Complete"),
          ("5.2",
           "Deliver joint training with the Derby Domestic Abuse Partnership on identifying adult family "
           "violence among service users.",
           "Derbyshire Recovery Partnership / Derby Domestic Abuse Partnership",
           "Sessions postponed twice owing to staffing pressures; new dates not yet agreed.",
           "July 2025", "", "Not on track")]),
    ])
    doc.add_paragraph("Signed off by the DHR Steering Group: 9 October 2025")
    doc.save(out("hr2-derby-csp-dhr-leah-action-plan.docx"))


# =====================================================================
# 3. Safer Sheffield Partnership delivery plan (tab-separated text)
# =====================================================================
SHEFFIELD_LINES = [
    ["Safer Sheffield Partnership \u2013 Year 1 Delivery Plan 2025/26"],
    ["Crime and Disorder Reduction Strategy 2025-28"],
    ["Quarter 2 progress report (July\u2013September 2025) \u2013 Safer Sheffield Partnership Board, 4 November 2025"],
    [],
    ["RAG key: G = on track; A = some risk to delivery; R = off track / significant risk; C = complete"],
    [],
    ["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 update", "RAG"],
    ["Priority 1: Anti-social behaviour and safer neighbourhoods", "", "", "", "", ""],
    ["1.1", "Establish a multi-agency ASB case review group for high-risk and repeat victims in each of the "
            "city\u2019s seven Local Area Committee areas.",
     "SCC Community Safety Team / South Yorkshire Police", "Dec-25",
     "Groups operating in 5 of 7 areas. The remaining two launch in November.", "G"],
    ["1.2", "Review the ASB Case Review (Community Trigger) process and publish a revised procedure.",
     "SCC Community Safety Team", "Sep-25", "Revised procedure published 29 September 2025.", "C"],
    ["1.3", "Deliver hot-spot patrols in the city centre and the district centres identified through the "
            "quarterly problem profile.",
     "South Yorkshire Police (Sheffield District)", "Mar-26",
     "Patrols running in 11 hotspot areas. Funding confirmed to 31 March 2026.", "G"],
    ["Priority 2: Reducing serious violence", "", "", "", "", ""],
    ["2.1", "Refresh the Serious Violence Duty strategic needs assessment and response strategy.",
     "Sheffield Serious Violence Duty Steering Group", "Jan-26",
     "Analyst recruited in August; data sharing agreement with the ICB still outstanding.", "A"],
    ["", "", "", "", "ICB data sharing agreement escalated to the Steering Group chair on 15 October.", ""],
    ["2.2", "Expand the hospital-based youth violence navigator scheme to the Sheffield Children\u2019s "
            "Hospital emergency department.",
     "Sheffield Children\u2019s NHS FT / VRU", "Q4 2025/26",
     "Funding from the South Yorkshire Violence Reduction Unit agreed; recruitment under way.", "G"],
    ["Priority 3: Women and girls\u2019 safety and domestic abuse", "", "", "", "", ""],
    ["3.1", "Review the safe accommodation offer for victims of domestic abuse in line with the Domestic "
            "Abuse Act 2021 Part 4 duty.",
     "SCC Domestic and Sexual Abuse Team", "Mar-26",
     "Needs assessment refresh commissioned; report due February 2026.", "G"],
    ["3.2", "Roll out Ask for Angela and Women\u2019s Night Safety Charter training to licensed premises in the "
            "city centre.",
     "SCC Licensing / SYP Licensing Team", "Ongoing",
     "48 venues trained this year. Night Safety Charter signatories now at 63.", "G"],
    ["3.3", "Implement the recommendations from domestic abuse related death reviews published in 2024/25.",
     "Safer Sheffield Partnership Manager", "Sep-25",
     "Four of nine recommendations overdue; updates requested from lead agencies.", "R"],
    ["Priority 4: Drugs and exploitation", "", "", "", "", ""],
    ["4.1", "Deliver county lines disruption activity with partner agencies, including closure orders on "
            "cuckooed properties.",
     "South Yorkshire Police", "Mar-26",
     "Nine closure orders obtained in Q2. Joint visits with Sheffield Housing on all cuckooing referrals.", "G"],
    ["4.2", "Agree and launch a Combating Drugs Partnership action plan on drug-related litter and needle finds.",
     "Sheffield Combating Drugs Partnership", "Nov-25",
     "Not started \u2013 awaiting the Combating Drugs Partnership meeting on 20 November.", ""],
    ["Priority 5: Hate crime and community cohesion", "", "", "", "", ""],
    ["5.1", "Recruit and train hate crime reporting centres in community venues across the city.",
     "SCC Community Safety Team", "Mar-26",
     "12 reporting centres recruited; training arranged for January.", "A"],
    [],
    ["Notes:"],
    ["Priority leads report progress to the Partnership Board quarterly. Actions marked C will be removed at year end."],
    ["Summary at Q2: C 1, G 6, A 2, R 1, not rated 1"],
]


def make_sheffield():
    with open(out("hr2-safer-sheffield-partnership-community-safety-delivery-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in SHEFFIELD_LINES:
            f.write("\t".join(row) + "\r\n")


# =====================================================================
# 4. NHS Devon ICB board action log (csv) - typo month -> refuse
# =====================================================================
DEVON_ROWS = [
    ["NHS Devon Integrated Care Board \u2013 Board Meeting in Public: Action Log", "", "", "", "", "", "", ""],
    ["Position following the Board meeting held on 6 November 2025", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Status", "Update / comments"],
    ["BP/25/018", "01/05/2025", "Integrated Performance Report",
     "Provide the Board with a trajectory for reducing 12-hour waits in emergency departments at the Royal "
     "Devon and University Hospitals Plymouth.",
     "Chief Operating Officer", "July 2025", "Closed", "Trajectory included in the July IPR. Board agreed to close."],
    ["BP/25/024", "03/07/2025", "Financial Position Month 2",
     "Bring a paper setting out the system financial recovery plan and the associated risks to delivery.",
     "Chief Finance Officer", "September 2025", "Closed", "Paper received at the September Board (item 9)."],
    ["BP/25/027", "03/07/2025", "Patient Story",
     "Share the learning from the patient story on access to NHS dentistry with the Primary Care "
     "Commissioning Committee.",
     "Director of Primary Care / Board Secretary", "September 2025", "Open",
     "Added to the PCCC forward plan for December."],
    ["BP/25/033", "04/09/2025", "Maternity and Neonatal Services Update",
     "Provide assurance on the actions taken following the CQC maternity inspection at North Devon District "
     "Hospital.",
     "Chief Nursing Officer", "November 2025", "Open", "Update on the agenda for this meeting."],
    ["BP/25/035", "04/09/2025", "Board Assurance Framework",
     "Review the BAF workforce risk to reflect the ICB operating model changes and the running cost reduction.",
     "Chief People Officer", "December 2025", "Open", ""],
    ["BP/25/038", "04/09/2025", "Winter Plan 2025/26",
     "Report on the effectiveness of the winter plan schemes once Quarter 3 data are available.",
     "Chief Operating Officer", "Febuary 2026", "Open", "To follow once Quarter 3 data are validated."],
    ["BP/25/041", "06/11/2025", "Integrated Performance Report",
     "Provide an analysis of the increase in children and young people\u2019s mental health waiting times, "
     "with a recovery trajectory.",
     "Director of Mental Health Commissioning", "January 2026", "Open", ""],
    ["BP/25/042", "06/11/2025", "Questions from the public",
     "Respond in writing to the question from Healthwatch Devon about patient transport eligibility and "
     "publish the response on the ICB website.",
     "Board Secretary", "December 2025", "Open", ""],
    ["", "", "", "", "", "", "", ""],
    ["Key: Closed = action complete and closure agreed by the Board; Open = action in progress. Closed "
     "actions are removed after the next meeting.", "", "", "", "", "", "", ""],
]


def make_devon():
    path = out("hr2-nhs-devon-icb-board-action-log-typo-month-refuse.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in DEVON_ROWS:
            w.writerow(row)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    bad = [i + 1 for i, ln in enumerate(lines) if "Febuary" in ln]
    assert bad == [10], bad


# =====================================================================
# xlsx helpers
# =====================================================================
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def put(ws, r, c, v, bold=False, bg=None, fmt=None, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold:
        cell.font = Font(bold=True)
    if bg:
        cell.fill = fill(bg)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    return cell


def d(y, m, day):
    return dt.datetime(y, m, day)


# =====================================================================
# 5. Chesterfield Royal Hospital - maternity and neonatal improvement plan (xlsx)
# =====================================================================
def make_chesterfield():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Chesterfield Royal Hospital NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cov["A3"].font = Font(bold=True, size=16)
    r = 5
    for k, v in [("Version", "3.2"), ("Date", "20/10/2025"), ("Plan owner", "Director of Midwifery"),
                 ("Executive sponsor", "Chief Nurse"),
                 ("Reporting route", "Maternity and Neonatal Safety Champions \u2192 Quality Assurance "
                                     "Committee \u2192 Board of Directors"),
                 ("Sources", "CQC maternity inspection report (published March 2024); Maternity Incentive "
                             "Scheme Year 7; Three-year delivery plan for maternity and neonatal services")]:
        put(cov, r, 1, k, bold=True)
        put(cov, r, 2, v)
        r += 1
    r += 1
    put(cov, r, 1, "Version history", bold=True, border=False)
    r += 1
    for row in [("Version", "Date", "Change"),
                ("3.0", "14/07/2025", "Plan refreshed for 2025/26; completed actions from 2024/25 archived"),
                ("3.1", "15/09/2025", "Q1 progress updates added"),
                ("3.2", "20/10/2025", "Revised dates agreed at Safety Champions meeting added")]:
        for c, v in enumerate(row, 1):
            put(cov, r, c, v, bold=(row[0] == "Version"))
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 60

    key = wb.create_sheet("RAG key")
    put(key, 1, 1, "RAG", bold=True)
    put(key, 1, 2, "Definition", bold=True)
    for i, (w, dfn, col) in enumerate([
            ("Blue", "Complete \u2013 evidence reviewed and assured by the Maternity Safety Champions", BLUE),
            ("Green", "On track \u2013 progressing to plan", GREEN),
            ("Amber", "Some risk to delivery \u2013 mitigation in place", AMBER),
            ("Red", "Off track \u2013 escalation required", RED),
            ("Not started", "Action not yet due to start", None)], start=2):
        put(key, i, 1, w, bg=col)
        put(key, i, 2, dfn)
    key.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position at 20 October 2025 \u2013 for Quality Assurance Committee"
    # two-row header
    hdr = ["Ref", "Action", "Lead(s)", "Target date", None, "RAG", None, "Progress update", "Evidence ref"]
    for c, v in enumerate(hdr, 1):
        put(ws, 4, c, v, bold=True, bg=GREY)
        put(ws, 5, c, None, bold=True, bg=GREY)
    for c, v in [(4, "Original"), (5, "Revised"), (6, "Previous"), (7, "Current")]:
        put(ws, 5, c, v, bold=True, bg=GREY)
    for c in (1, 2, 3, 8, 9):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=5)
    ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=7)

    plan = [
        ("theme", "Theme 1: Listening to and working with women and families"),
        ("req", "CQC Must Do 1: The trust must ensure that women\u2019s complaints and concerns are responded "
                "to in a timely way and that learning is shared with staff. (Regulation 16)"),
        ("1.1", "Recruit a maternity patient experience midwife to lead complaint resolution meetings with "
                "families.", "Director of Midwifery", d(2025, 3, 31), d(2025, 6, 30), "Amber", "Blue",
         "Post holder started 2 June 2025; 9 resolution meetings held.", "E1.1"),
        ("1.2", "Publish a quarterly \u2018You said, we did\u2019 report co-produced with the Maternity and "
                "Neonatal Voices Partnership (MNVP).", "Patient Experience Midwife / MNVP Chair",
         d(2025, 9, 30), None, "Green", "Green",
         "Q1 report published August 2025; Q2 report in draft with the MNVP.", "E1.2"),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("req", "CQC Must Do 2: The trust must ensure that staff complete mandatory training, including PROMPT "
                "and fetal monitoring training, in line with the trust\u2019s target. (Regulation 18)"),
        ("2.1", "Protect training days in the midwifery and obstetric rotas so that 90% of staff complete "
                "PROMPT within the MIS Year 7 reporting period.",
         "Practice Development Midwife / Clinical Director for Obstetrics", d(2025, 11, 30), None,
         "Green", "Amber",
         "Compliance 84% (midwives 88%, obstetricians 79%). Additional consultant sessions added in November.",
         "E2.1"),
        ("2.2", "Introduce a fetal monitoring competency assessment for all staff who interpret CTGs.",
         "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", d(2024, 12, 31),
         d(2025, 7, 31), "Blue", "Blue", "Competency assessment in place; 96% of eligible staff assessed.",
         "E2.2"),
        ("req", "Three-year delivery plan Objective 6: Value and retain our workforce"),
        ("2.3", "Implement the national midwifery preceptorship framework and a \u2018stay conversation\u2019 "
                "for all midwives in their first two years.", "Deputy Head of Midwifery",
         d(2026, 3, 31), None, "Green", "Green",
         "Preceptorship framework live; stay conversations started September 2025.", "E2.3"),
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("req", "CQC Must Do 3: The trust must ensure that risks are identified, escalated and acted on, and "
                "that incident investigations are completed in a timely way. (Regulation 17)"),
        ("3.1", "Clear the backlog of open maternity incidents older than 60 days and keep it below 20.",
         "Maternity Governance Lead", d(2025, 5, 31), d(2025, 10, 31), "Amber", "Red",
         "Backlog 47 at the end of September (target below 20). Escalated to the Divisional Director; "
         "additional governance support agreed.", "E3.1"),
        ("3.2", "Use PSIRF learning responses (after-action reviews and SWARMs) for maternity incidents and "
                "share themes monthly at the Perinatal Quality Surveillance meeting.",
         "Maternity Governance Lead / Patient Safety Partner", d(2025, 3, 31), None, "Blue", "Blue",
         "Monthly themes report embedded since April 2025.", "E3.2"),
        ("theme", "Theme 4: Standards and structures that underpin safer, more personalised and more "
                  "equitable care"),
        ("req", "CQC Must Do 4: The trust must ensure that emergency equipment is checked daily and that "
                "medicines are stored securely. (Regulation 12)"),
        ("4.1", "Introduce electronic daily checklists for resuscitaires and emergency trolleys on the "
                "Delivery Suite, the Birth Centre and Maternity Triage, with weekly compliance reporting.",
         "Delivery Suite Matron", d(2025, 1, 31), None, "Blue", "Blue",
         "Checklists live; compliance 98\u2013100% for 12 consecutive weeks.", "E4.1"),
        ("4.2", "Replace medicines storage in Maternity Triage with a swipe-access automated cabinet.",
         "Head of Midwifery / Chief Pharmacist", d(2025, 9, 30), d(2026, 1, 31), "Amber", "Amber",
         "Cabinet ordered; installation delayed by estates works.", "E4.2"),
        ("4.3", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in Maternity Triage, "
                "with an audit of time to first assessment.", "Maternity Triage Lead Midwife",
         d(2026, 3, 31), None, None, "Not started", "Due to begin January 2026.", ""),
    ]
    r = 6
    for item in plan:
        if item[0] in ("theme", "req"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = put(ws, r, 1, item[1], bold=True, bg=("BDD7EE" if item[0] == "theme" else None))
            if item[0] == "req":
                c.font = Font(bold=True, italic=True)
        else:
            ref, act, lead, orig, rev, prev, cur, prog, ev = item
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, orig, fmt="dd/mm/yyyy")
            put(ws, r, 5, rev, fmt="dd/mm/yyyy")
            put(ws, r, 6, prev, bg=RAGFILL.get(prev))
            put(ws, r, 7, cur, bg=RAGFILL.get(cur))
            put(ws, r, 8, prog)
            put(ws, r, 9, ev)
        r += 1
    r += 1
    put(ws, r, 1, "Summary of current RAG", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    for w, n in [("Blue", 4), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total", 10)]:
        put(ws, r, 1, w, bold=(w == "Total"), bg=RAGFILL.get(w))
        put(ws, r, 2, n, bold=(w == "Total"))
        r += 1
    for col, wdt in zip("ABCDEFGHI", [7, 60, 32, 12, 12, 10, 10, 50, 10]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"
    wb.save(out("hr2-chesterfield-royal-hospital-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# =====================================================================
# 6. Warwick DC - Significant Business Risk Register Q3 2025/26 (xlsx)
# =====================================================================
WARWICK_RISKS = [
    ("SBR 01 \u2013 Financial sustainability: the Council is unable to set a balanced budget and deliver the "
     "savings required by the Medium Term Financial Strategy.",
     "Head of Finance (Section 151 Officer)",
     "MTFS refreshed quarterly; change programme savings tracker; reserves policy; monthly budget monitoring "
     "to SMT.", "12 (3 x 4)", "12", "12", "\u2194",
     [("1a", "Identify and agree \u00a31.2m of savings proposals for the 2026/27 budget.",
       "Head of Finance (Section 151 Officer)", d(2026, 2, 28), "On track",
       "Proposals totalling \u00a31.05m identified; remainder under review for February Cabinet."),
      ("1b", "Review the reserves strategy following the Local Government Finance Settlement.",
       "Strategic Finance Manager", "Jan-26", "On track",
       "Provisional settlement received 17 December; review under way.")]),
    ("SBR 02 \u2013 Local government reorganisation: the Council\u2019s capacity and services are disrupted by "
     "the transition to a new unitary authority for Warwickshire.",
     "Chief Executive",
     "LGR officer working group; joint working with the other Warwickshire districts; regular member "
     "briefings.", "16 (4 x 4)", "12", "16", "\u2191",
     [("2a", "Submit the Council\u2019s final proposal for local government reorganisation to government.",
       "Chief Executive", d(2025, 11, 28), "Complete", "Proposal submitted 28 November 2025."),
      ("2b", "Establish an LGR programme board and resource plan, including a retention plan for key staff.",
       "Deputy Chief Executive / Head of People and Communications", "Q4 2025/26", "Delayed",
       "Programme board in place; retention plan delayed pending the government decision on the preferred "
       "option.")]),
    ("SBR 03 \u2013 Cyber security: a successful cyber-attack results in the loss of systems, data or "
     "service delivery.",
     "ICT Services Manager",
     "Firewalls and endpoint protection; multi-factor authentication; immutable back-ups; PSN compliance.",
     "15 (3 x 5)", "15", "15", "\u2194",
     [("3a", "Complete the annual PSN compliance submission and remediate all critical vulnerabilities.",
       "ICT Services Manager", d(2026, 3, 31), "On track",
       "IT health check completed in November; remediation plan in progress."),
      ("3b", "Run a cyber incident exercise with the Senior Management Team and test the ICT disaster "
             "recovery plan.",
       "ICT Services Manager / Emergency Planning Officer", "Oct-25", "Delayed",
       "Exercise postponed owing to SMT availability; new date to be confirmed."),
      ("3c", "Provide phishing awareness training to all staff and councillors.",
       "ICT Services Manager", "Ongoing", "On track",
       "Simulated phishing campaign run in November; click rate 4%.")]),
    ("SBR 04 \u2013 Housing landlord services: the Council fails to meet the Regulator of Social Housing "
     "consumer standards for its council homes.",
     "Head of Housing",
     "Housing Improvement Board; tenant satisfaction measures reported quarterly; compliance dashboard.",
     "12 (3 x 4)", "16", "12", "\u2193",
     [("4a", "Complete stock condition surveys for 100% of council homes.",
       "Head of Housing", d(2026, 3, 31), "On track", "82% of homes surveyed at 31 December."),
      ("4b", "Introduce a damp and mould case management process in line with Awaab\u2019s Law.",
       "Housing Repairs Manager", d(2025, 10, 27), "Complete", "Process live from 27 October 2025."),
      ("4c", "Procure a new housing management system.",
       "Head of Housing", "Sep-26", "Not started",
       "Procurement to begin once the business case is approved.")]),
]


def make_warwick():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Warwick District Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Significant Business Risk Register \u2013 Quarter 3 2025/26"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Summary of risks (residual scores)"
    for c, v in enumerate(["Risk", "Risk owner", "Q2 score", "Q3 score", "Direction of travel"], 1):
        put(sm, 5, c, v, bold=True, bg=GREY)
    r = 6
    for risk, owner, controls, score, q2, q3, dot, acts in WARWICK_RISKS:
        put(sm, r, 1, risk.split(":")[0])
        put(sm, r, 2, owner)
        put(sm, r, 3, int(q2))
        put(sm, r, 4, int(q3))
        put(sm, r, 5, dot)
        r += 1
    sm.column_dimensions["A"].width = 55
    sm.column_dimensions["B"].width = 38

    ws = wb.create_sheet("Register")
    ncol = 10
    ws["A1"] = "Warwick District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Significant Business Risk Register \u2013 Quarter 3 2025/26 (as at 31 December 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Standards Committee, 29 January 2026"
    ws["A4"] = ("Action status key: Complete = action delivered (blue); On track = in progress to target date "
                "(green); Delayed = target date missed or at risk (amber); Not started = not yet begun")
    hdr = ["Risk", "Risk owner", "Existing controls", "Residual score (L x I)", "Ref",
           "Further action required", "Action owner", "Target date", "Action status", "Q3 update"]
    for c, v in enumerate(hdr, 1):
        put(ws, 6, c, v, bold=True, bg=GREY)
    r = 7
    for risk, owner, controls, score, q2, q3, dot, acts in WARWICK_RISKS:
        first = r
        for ref, act, aowner, target, status, upd in acts:
            put(ws, r, 5, ref)
            put(ws, r, 6, act)
            put(ws, r, 7, aowner)
            put(ws, r, 8, target, fmt=("dd/mm/yyyy" if isinstance(target, dt.datetime) else None))
            put(ws, r, 9, status, bg=RAGFILL.get(status))
            put(ws, r, 10, upd)
            r += 1
        for c, v in [(1, risk), (2, owner), (3, controls), (4, score)]:
            put(ws, first, c, v)
            for rr in range(first + 1, r):
                put(ws, rr, c, None)
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for col, wdt in zip("ABCDEFGHIJ", [45, 22, 35, 12, 6, 50, 30, 12, 12, 45]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A7"

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Risk scoring matrix (likelihood x impact)"
    sc["A1"].font = Font(bold=True)
    put(sc, 3, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(sc, 3, i + 1, i, bold=True)
    for L in range(5, 0, -1):
        rr = 3 + (6 - L)
        put(sc, rr, 1, L, bold=True)
        for I in range(1, 6):
            s = L * I
            put(sc, rr, I + 1, s, bg=(RED if s >= 15 else AMBER if s >= 8 else GREEN))
    sc["A10"] = "Scores of 15 and above are reported to the Audit and Standards Committee by exception."
    wb.save(out("hr2-warwick-dc-significant-business-risk-register-q3-2025-26.xlsx"))


# =====================================================================
# 7. City of Doncaster Council - transformation programme highlight report (xlsx)
# =====================================================================
DONCASTER_MS = [
    ("1. Customer Access and Digital", [
        ("CD1", "Launch the new customer portal with online reporting for waste, highways and council tax.",
         "Head of Customer Services and Digital", d(2025, 6, 1), d(2025, 9, 1), "A", "C",
         "Portal launched 22 September 2025; 14,300 registered accounts."),
        ("CD2", "Migrate the contact centre telephony to the cloud platform.",
         "Head of Customer Services and Digital", d(2025, 11, 1), d(2026, 1, 1), "G", "A",
         "Supplier delay on number porting; recovery plan agreed."),
        ("CD3", "Pilot AI-assisted triage of the main council email inbox.",
         "Digital Programme Lead / Information Governance Manager", d(2026, 3, 1), d(2026, 3, 1), "G", "G",
         "DPIA approved; pilot starts in January."),
    ]),
    ("2. Workforce and Organisational Development", [
        ("WF1", "Agree the new hybrid working and workplace standards policy with the trade unions.",
         "Head of HR and OD", d(2025, 7, 1), d(2025, 7, 1), "G", "C", "Agreed at JCC on 15 July 2025."),
        ("WF2", "Roll out the leadership development programme to all third-tier managers.",
         "Head of HR and OD", d(2025, 12, 1), d(2025, 12, 1), "G", "G",
         "Cohorts 1 and 2 complete; cohort 3 starts in November."),
        ("WF3", "Implement the new appraisal process (\u2018My Conversation\u2019) in the HR system.",
         "HR Systems Manager", d(2025, 10, 1), d(2026, 2, 1), "A", "R",
         "Configuration not yet signed off; go-live re-planned for February 2026, subject to Board approval."),
    ]),
    ("3. Assets and Accommodation", [
        ("AA1", "Vacate and dispose of the North Bridge depot following the relocation of services.",
         "Head of Property Services", d(2026, 3, 1), d(2026, 3, 1), "G", "G",
         "Relocation complete; marketing of the site under way."),
        ("AA2", "Complete the Civic Office space utilisation study and agree a one-building accommodation "
                "model.",
         "Assistant Director Economy and Development / Head of Property Services", d(2025, 9, 1),
         d(2025, 12, 1), "A", "A", "Study complete; options paper to the Transformation Board in December."),
    ]),
    ("4. Commissioning and Contract Management", [
        ("CC1", "Establish a corporate contract management framework and a register of all contracts over "
                "\u00a3100k.",
         "Head of Procurement", d(2026, 1, 1), d(2026, 1, 1), "G", "G",
         "Framework drafted; register 70% populated."),
    ]),
]


def make_doncaster():
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight Report"
    hr["A1"] = "City of Doncaster Council"
    hr["A1"].font = Font(bold=True, size=14)
    hr["A2"] = "Regenerative Council Transformation Programme \u2013 Highlight Report"
    hr["A2"].font = Font(bold=True, size=13)
    r = 4
    for k, v, bg in [("Reporting period", "October 2025", None),
                     ("Senior Responsible Owner", "Director of Corporate Resources", None),
                     ("Programme Manager", "Head of Transformation", None),
                     ("Overall programme RAG", "Amber", AMBER),
                     ("Previous RAG", "Amber", AMBER)]:
        put(hr, r, 1, k, bold=True, bg=GREY)
        put(hr, r, 2, v, bg=bg)
        r += 1
    r += 1
    for head, lines in [
            ("Key achievements this period", [
                "\u2022 Customer portal launched on 22 September; 14,300 accounts registered in the first month.",
                "\u2022 Hybrid working policy agreed with the trade unions.",
                "\u2022 Leadership programme cohort 2 completed (38 managers)."]),
            ("Key risks and issues", [
                "\u2022 Appraisal system configuration is behind plan (see WF3).",
                "\u2022 Telephony supplier delay may affect the January cut-over (see CD2)."]),
            ("Decisions required from the Transformation Board", [
                "\u2022 Approve the re-planned go-live date for the appraisal process (February 2026)."])]:
        put(hr, r, 1, head, bold=True, border=False)
        r += 1
        for ln in lines:
            put(hr, r, 1, ln, border=False)
            hr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            r += 1
        r += 1
    put(hr, r, 1, "Milestone summary (current RAG)", bold=True, border=False)
    r += 1
    for w, n, bg in [("Complete", 2, BLUE), ("Green", 4, GREEN), ("Amber", 2, AMBER), ("Red", 1, RED),
                     ("Total milestones", 9, None)]:
        put(hr, r, 1, w, bg=bg, bold=(bg is None))
        put(hr, r, 2, n, bold=(bg is None))
        r += 1
    hr.column_dimensions["A"].width = 32
    hr.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Regenerative Council Transformation Programme \u2013 Key Milestones (October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Workstream", "Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG",
           "Current RAG", "Commentary"]
    for c, v in enumerate(hdr, 1):
        put(ws, 3, c, v, bold=True, bg=GREY)
    r = 4
    for ws_name, items in DONCASTER_MS:
        first = r
        for ref, ms, lead, base, fc, prev, cur, comm in items:
            put(ws, r, 2, ref)
            put(ws, r, 3, ms)
            put(ws, r, 4, lead)
            put(ws, r, 5, base, fmt="mmm-yy")
            c = put(ws, r, 6, fc, fmt="mmm-yy")
            if fc != base:
                c.font = Font(bold=True)
            put(ws, r, 7, prev, bg=RAGFILL[prev])
            put(ws, r, 8, cur, bg=RAGFILL[cur])
            put(ws, r, 9, comm)
            r += 1
        put(ws, first, 1, ws_name, bold=True)
        for rr in range(first + 1, r):
            put(ws, rr, 1, None)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Note: forecast dates in bold have moved since the last report.")
    for col, wdt in zip("ABCDEFGHI", [26, 6, 55, 34, 11, 11, 9, 9, 50]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG Key")
    put(key, 1, 1, "RAG", bold=True)
    put(key, 1, 2, "Definition", bold=True)
    for i, (w, dfn, bg) in enumerate([
            ("C", "Complete \u2013 milestone delivered", BLUE),
            ("G", "On track \u2013 will be delivered by the forecast date", GREEN),
            ("A", "At risk \u2013 issues identified, recoverable within the workstream", AMBER),
            ("R", "Off track \u2013 requires Transformation Board intervention", RED)], start=2):
        put(key, i, 1, w, bg=bg)
        put(key, i, 2, dfn)
    key.column_dimensions["B"].width = 70
    wb.save(out("hr2-city-of-doncaster-council-transformation-programme-highlight-report.xlsx"))


if __name__ == "__main__":
    make_bradford()
    make_derby()
    make_sheffield()
    make_devon()
    make_chesterfield()
    make_warwick()
    make_doncaster()
    print("built 7 files in", HERE)
