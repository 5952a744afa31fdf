"""Generator for the ad2- cases of heldout64.

Makes seven document files (3 xlsx, 2 docx, 1 csv, 1 txt) imitating plans that NHS trusts,
partnership boards and district councils publish.  The readings are in the
*.expected.yaml files beside them, written by hand from the data below.

Run with /work/main/.venv/bin/python ad2_make.py (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex6):
    return PatternFill("solid", fgColor=hex6)


def d(y, m, day):
    return dt.date(y, m, day)


# ---------------------------------------------------------------------------
# 1. James Paget University Hospitals NHS FT - Board action tracking list (xlsx)
# ---------------------------------------------------------------------------
def make_jpuh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = [8, 22, 55, 8, 13, 13, 42, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "JAMES PAGET UNIVERSITY HOSPITALS NHS FOUNDATION TRUST"
    ws["A2"] = "BOARD OF DIRECTORS ACTION TRACKING LIST"
    ws["A3"] = "Actions arising from Board of Directors meetings held in public (compiled 4 March 2025)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=(r < 3), size=12 if r < 3 else 10, italic=(r == 3))
        ws.cell(r, 1).alignment = Alignment(horizontal="center")

    hdr = ["No.", "Paper", "Action", "Lead", "Target Date", "New Date", "Status / Comment", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("1F3864")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    groups = [
        ("February 2025", [
            ("02.01", "Chief Executive's Report",
             "Circulate the ICB's system-wide winter debrief to Board members once it has been published.",
             "JH", d(2025, 3, 27), None,
             "ICB debrief expected mid-March; will be circulated on receipt.", "G"),
            ("02.02", "Integrated Performance Report",
             "Include the recovery trajectory for the cancer 62-day backlog, broken down by tumour site, in the next IPR.",
             "PK", d(2025, 3, 27), None, "Not yet due.", "G"),
            ("02.03", "Maternity and Neonatal Safety Report",
             "Bring the outcome of the CNST Year 6 safety actions compliance review to Board before the Trust's declaration is submitted.",
             "AT", d(2025, 2, 27), d(2025, 5, 29),
             "National submission deadline moved; item deferred to May Board.", "A"),
        ]),
        ("January 2025", [
            ("01.01", "Board Assurance Framework",
             "Review the score of BAF risk 4 (workforce supply) in light of January vacancy data and report back through the People Committee.",
             "SB", d(2025, 2, 27), None,
             "Reviewed at People Committee 18/02/25 - score reduced from 16 to 12. Complete.", "B"),
            ("01.02", "Patient Story",
             "Arrange a Board visit to the discharge lounge to see the changes described in the patient story.",
             "JH/AT", "Apr-25", None, "Date being arranged with the Board Secretary.", "G"),
            ("01.03", "Finance Report",
             "Provide a reconciliation of Q3 agency spend against the NHS England agency cap.",
             "DC", d(2025, 2, 27), None,
             "Presented to Finance & Performance Committee 20 February.", "B"),
        ]),
        ("November 2024", [
            ("11.01", "Freedom to Speak Up Guardian's Report",
             "Undertake a deep dive into speaking-up cases raised by estates and facilities staff and report the findings to the People Committee.",
             "SB", d(2025, 1, 30), d(2025, 3, 27),
             "Delayed by Guardian vacancy; new Guardian in post from 3 February.", "A"),
            ("11.02", "Estates Update",
             "Provide an update on the RAAC mitigation works programme, including the decant plan for Ward 3.",
             "EL", d(2024, 12, 19), d(2025, 4, 24),
             "Programme re-baselined after contractor delay; update now overdue against the original date.", "R"),
            ("11.03", "Digital Strategy",
             "Confirm the EPR go-live date and the readiness criteria the Board will use to approve go-live.",
             "RN", "TBC", None, "Dependent on confirmation of national funding.", "A"),
        ]),
        ("September 2024", [
            ("09.01", "Annual Complaints Report",
             "Share the themes from complaints about communication with the Council of Governors.",
             "HC", d(2024, 11, 21), None,
             "Presented to Council of Governors 21 November 2024.", "B"),
        ]),
    ]
    r = 6
    for month, rows in groups:
        ws.cell(r, 1, month).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = solid("D9D9D9")
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            rag = ws.cell(r, 8)
            rag.fill = solid(FILL[row[7]])
            rag.alignment = Alignment(horizontal="center", vertical="top")
            if row[7] in ("B", "R"):
                rag.font = Font(color="FFFFFF", bold=True)
            else:
                rag.font = Font(bold=True)
            r += 1
    r += 1  # blank row
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for k, txt in [("B", "Action complete - to be removed from the tracker once noted by the Board"),
                   ("G", "On track / not yet due"),
                   ("A", "Risk of slippage, or new date agreed by the Board"),
                   ("R", "Overdue")]:
        ws.cell(r, 1, k).fill = solid(FILL[k])
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, txt)
        r += 1
    r += 1
    ws.cell(r, 1, "Leads: JH - Chief Executive; PK - Chief Operating Officer; AT - Chief Nurse; "
                  "DC - Director of Finance; SB - Director of People; EL - Director of Estates & Facilities; "
                  "HC - Director of Corporate Affairs; RN - Chief Digital Information Officer")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(HERE, "ad2-james-paget-uh-board-action-tracking-list.xlsx"))


# ---------------------------------------------------------------------------
# 2. Folkestone & Hythe DC - governance review action plan, Planner export (xlsx)
# ---------------------------------------------------------------------------
def make_fhdc_planner():
    wb = Workbook()
    ws = wb.active
    ws.title = "Governance Review Action Plan"
    ws["A1"] = "Plan name"
    ws["B1"] = "Governance Review Action Plan 2024-25"
    ws["A2"] = "Plan ID"
    ws["B2"] = "qV3nF8kTzUeR2bXw0m9PhGQAEy7c"
    ws["A3"] = "Date of export"
    ws["B3"] = "12/02/2025"
    hdr = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start date",
           "Due date", "Late", "Completed Date", "Labels", "Description"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True)
    b1 = "Rec 1 - Member and officer relationships"
    b2 = "Rec 2 - Decision-making and the Forward Plan"
    b3 = "Rec 3 - Overview and scrutiny"
    b4 = "Rec 4 - Member development"
    tasks = [
        ("Refresh the Member/Officer Relations Protocol and take it to Standards Committee for adoption",
         b1, "Completed", "Important", "Rachel Tully", "01/07/2024", "30/09/2024", "false", "24/09/2024", "",
         "Adopted by Standards Committee on 18 September and by Full Council on 24 September 2024. Briefing sessions for staff held in October."),
        ("Hold a joint Cabinet and Corporate Leadership Team away day on roles, behaviours and ways of working",
         b1, "In progress", "Medium", "Dominic Hale;Rachel Tully", "01/10/2024", "28/02/2025", "false", "", "Amber",
         "Date now agreed for 6 March 2025, slightly later than planned because of budget setting. External facilitator booked."),
        ("Introduce a quarterly meeting of Group Leaders with the Chief Executive",
         b1, "Completed", "Medium", "Dominic Hale", "01/07/2024", "31/08/2024", "false", "12/08/2024", "",
         "First meeting held 12 August 2024; dates set for the rest of the municipal year."),
        ("Publish a 12-month Forward Plan of key decisions and review it monthly at CLT",
         b2, "In progress", "Important", "Karen Ostle", "01/09/2024", "31/03/2025", "false", "", "Green",
         "Forward Plan published on the website from November. Monthly CLT review in place; first quarterly review with Cabinet due in March."),
        ("Introduce a standard committee report template with mandatory legal, finance and equalities sections",
         b2, "Completed", "Medium", "Karen Ostle;Priya Mahon", "01/08/2024", "31/10/2024", "false", "29/10/2024", "",
         "New template in use for all reports from the November cycle."),
        ("Review the scheme of delegation to officers",
         b2, "Not started", "Medium", "Priya Mahon", "01/04/2025", "30/06/2025", "false", "", "",
         "To start after the annual review of the Constitution."),
        ("Agree a scrutiny work programme with topics prioritised against the CfGS selection criteria",
         b3, "In progress", "Urgent", "Owen Marsh", "01/10/2024", "31/01/2025", "true", "", "Red",
         "Member workshop postponed twice; now booked for 19 February 2025. Work programme will go to the March meeting of Overview and Scrutiny Committee."),
        ("Establish a protocol for Cabinet to respond to scrutiny recommendations within two months",
         b3, "In progress", "Medium", "Owen Marsh;Dominic Hale", "01/11/2024", "31/03/2025", "false", "", "Green",
         "Draft protocol shared with the Chair and Vice-Chair of O&S; Cabinet to consider in March."),
        ("Develop a Member Development Programme with the cross-party Member Development Group",
         b4, "In progress", "Important", "Lucy Brennan", "01/09/2024", "30/04/2025", "false", "", "Green",
         "Training needs survey sent to all 30 councillors; 27 responses received. Draft programme to the Group in March."),
        ("Deliver chairing skills training for all committee chairs and vice-chairs",
         b4, "Completed", "Medium", "Lucy Brennan", "01/09/2024", "30/11/2024", "false", "27/11/2024", "",
         "Two sessions delivered by the LGA (6 and 27 November); 14 of 16 chairs and vice-chairs attended."),
    ]
    for i, t in enumerate(tasks):
        for c, v in enumerate(t, 1):
            ws.cell(6 + i, c, v)
    for col, w in zip("ABCDEFGHIJK", [60, 40, 12, 10, 28, 12, 12, 7, 15, 10, 70]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ad2-folkestone-hythe-governance-review-action-plan-planner-export.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cumberland SAB - SAR 'Adult M' action plan (xlsx) - mistyped month -> refuse
# ---------------------------------------------------------------------------
def make_cumberland_sar():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult M"
    ws["A1"] = "Cumberland Safeguarding Adults Board"
    ws["A2"] = "Safeguarding Adults Review 'Adult M' - Multi-Agency Action Plan"
    ws["A3"] = "Approved by the SAB Executive: 14 March 2024          Last updated: 9 December 2024"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec No.", "Recommendation", "Action No.", "Action", "Lead Agency", "Lead Officer",
           "Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("5B2C6F")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    recs = [
        ("1", "The Board should seek assurance that partner agencies apply the Self-Neglect and Hoarding Guidance "
              "consistently, including the use of multi-agency risk management meetings.", [
            ("1.1", "Relaunch the Self-Neglect and Hoarding Guidance through a 7-minute briefing and a practitioner webinar.",
             "SAB Business Unit", "SAB Business Manager", "June 2024",
             "7-minute briefing issued May 2024; webinar held 11 June with 86 attendees.", "Complete"),
            ("1.2", "Undertake a multi-agency audit of ten self-neglect cases, testing whether a multi-agency risk management meeting was considered and held.",
             "Quality Assurance Subgroup", "QA Subgroup Chair", "October 2024",
             "Audit completed on 7 of the 10 cases. Findings report to the December Board.", "Amber"),
        ]),
        ("2", "Agencies should ensure that practitioners are confident in assessing mental capacity where a person's "
              "executive functioning may be impaired.", [
            ("2.1", "Include executive capacity in the refreshed Mental Capacity Act training for adult social care practitioners.",
             "Cumberland Council Adult Social Care", "Principal Social Worker", "September 2024",
             "Refreshed course launched 2 September 2024; 112 staff trained to date.", "Complete"),
            ("2.2", "Include executive capacity in MCA training for community nursing and acute ward staff.",
             "North Cumbria Integrated Care NHS FT", "Named Nurse Safeguarding Adults", "Septmber 2024",
             "Training content updated; delivery under way through the mandatory training programme.", "Green"),
        ]),
        ("3", "Partners should ensure that people known to self-neglect are not discharged from hospital without a "
              "plan agreed with the community services who will support them.", [
            ("3.1", "Review the discharge pathway so that any patient known to self-neglect has a discharge planning meeting with community services before leaving hospital.",
             "North Cumbria Integrated Care NHS FT", "Head of Integrated Discharge", "December 2024",
             "Revised pathway drafted; consultation with ward managers extended to January.", "Amber"),
            ("3.2", "Audit compliance with the revised discharge pathway and report to the QA Subgroup.",
             "North Cumbria Integrated Care NHS FT", "Head of Integrated Discharge", "March 2025",
             "Not yet due.", "Green"),
        ]),
        ("4", "The Board should seek assurance that people at high risk of fire are identified and referred to the "
              "fire and rescue service.", [
            ("4.1", "Agree an information-sharing route so that adult social care and community health staff can refer people at high risk of fire for a Home Fire Safety Visit.",
             "Cumbria Fire and Rescue Service", "Group Manager Prevention", "July 2024",
             "Referral route and form agreed; 41 referrals received July-November.", "Complete"),
            ("4.2", "Add fire risk screening questions to the adult social care assessment template.",
             "Cumberland Council Adult Social Care", "Head of Practice", "November 2024",
             "Change request raised with the case management system supplier; testing in December.", "Green"),
        ]),
    ]
    r = 6
    for num, text, acts in recs:
        first = r
        for a in acts:
            vals = [None, None] + list(a)
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 9).fill = solid(rag_fill[a[6]])
            if a[6] == "Complete":
                ws.cell(r, 9).font = Font(color="FFFFFF")
            r += 1
        ws.cell(first, 1, num)
        ws.cell(first, 2, text)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    r += 1
    for k, txt in [("Complete", "Action completed and evidence provided to the SAR Subgroup"),
                   ("Green", "On track to be delivered by the target date"),
                   ("Amber", "Some slippage - revised plan in place"),
                   ("Red", "Off track / no update received")]:
        ws.cell(r, 1, k).fill = solid(rag_fill[k])
        ws.cell(r, 2, txt)
        r += 1
    for col, w in zip("ABCDEFGHI", [7, 45, 8, 50, 26, 24, 14, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ad2-cumberland-sab-sar-adult-m-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. East London NHS FT - Freedom to Speak Up improvement plan (docx)
# ---------------------------------------------------------------------------
def make_elft_ftsu():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("East London NHS Foundation Trust")
    run.bold = True
    run.font.size = Pt(11)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Freedom to Speak Up Improvement Plan 2024/25 \u2013 Progress Update", level=0)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Report to", "Trust Board (Public)"),
                 ("Date of meeting", "27 March 2025"),
                 ("Author", "Lead Freedom to Speak Up Guardian"),
                 ("Accountable Executive", "Chief People Officer"),
                 ("Purpose", "For assurance")]:
        row = cover.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        shade(row[0], "DEEAF6")
        set_cell(row[1], v, size=10)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "In May 2024 the Board completed the NHS England Freedom to Speak Up reflection and planning tool and "
        "agreed an improvement plan built around the eight principles of the national guide for leaders. This "
        "paper sets out progress against that plan to the end of February 2025.")
    doc.add_heading("Progress summary", level=1)
    doc.add_paragraph(
        "Of the ten actions in the plan, three are complete, four are on track, two have some slippage and one "
        "is not yet due to start. No actions are rated red.")
    doc.add_heading("Improvement plan", level=1)

    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress (February 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True, white=True)
        shade(t.rows[0].cells[c], "005EB8")
    rag_fill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        ("1. Value speaking up", [
            ("1.1", "Board to receive a Freedom to Speak Up report twice a year, covering themes, learning and any cases of detriment.",
             "Chief People Officer", "March 2025",
             "September 2024 report received; the March 2025 report is on today's agenda. Twice-yearly reporting is now part of the Board cycle.", "Blue"),
            ("1.2", "Appoint a Non-Executive Director lead for Freedom to Speak Up and publish their role on the intranet.",
             "Chair / Trust Secretary", "June 2024",
             "NED lead appointed June 2024; profile published on the intranet and in the staff bulletin.", "Blue"),
        ]),
        ("2. Role-model speaking up and set a healthy Freedom to Speak Up culture", [
            ("2.1", "Include speaking up and listening behaviours in the leadership development programme for managers at band 7 and above.",
             "Director of Organisational Development", "June 2025",
             "Module piloted with cohort 3 in January; full roll-out from April.", "Green"),
        ]),
        ("3. Make sure workers know how to speak up and feel safe and encouraged to do so", [
            ("3.1", "Recruit and train an additional 20 Freedom to Speak Up Champions, prioritising bank staff, estates and night workers.",
             "Lead FTSU Guardian", "Q1 2025/26",
             "14 new Champions trained; a further cohort is booked for May.", "Green"),
            ("3.2", "Translate speaking-up materials into the five most common first languages of our workforce.",
             "Lead FTSU Guardian / Head of Communications", "Q4 2024/25",
             "Three of five translations complete; the remaining two are with the translation service.", "Amber"),
        ]),
        ("4. When someone speaks up, thank them, listen and follow up", [
            ("4.1", "Introduce a detriment review process so that any reported detriment is reviewed by an executive director within 10 working days.",
             "Chief People Officer", "October 2024",
             "Process in place since October 2024; two reviews completed within timescale.", "Blue"),
        ]),
        ("5. Use speaking up as an opportunity to learn and improve", [
            ("5.1", "Triangulate speaking-up themes with incident, grievance and staff survey data in the People and Culture dashboard.",
             "Associate Director of People Analytics", "Quarterly from Q2 2024/25",
             "Included in the Q2 and Q3 dashboards to the People Committee.", "Green"),
        ]),
        ("6. Support Guardians to fulfil their role in a way that meets workers' needs and National Guardian's Office requirements", [
            ("6.1", "Increase Guardian ring-fenced time from 1.6 WTE to 2.4 WTE, in line with national benchmarking.",
             "Chief People Officer", "April 2025",
             "Business case approved by the Executive Management Team on 11 February 2025; recruitment under way.", "Amber"),
        ]),
        ("7. Identify and tackle barriers to speaking up", [
            ("7.1", "Analyse speaking-up data by protected characteristic and staff group, and hold listening events with staff networks where under-representation is found.",
             "Lead FTSU Guardian; EDI Lead", "Ongoing",
             "Listening events held with the Race Equality and Disability networks in Q3.", "Green"),
        ]),
        ("8. Continually improve our speaking up culture", [
            ("8.1", "Repeat the reflection and planning tool self-assessment with the Board and refresh this plan.",
             "Trust Secretary", "July 2025",
             "Board development session booked for July 2025.", "Not started"),
        ]),
    ]
    for theme, acts in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for c, v in enumerate(a):
                set_cell(cells[c], v)
            if a[5] in rag_fill:
                shade(cells[5], rag_fill[a[5]])
    widths = [Cm(1.2), Cm(8.0), Cm(4.0), Cm(3.0), Cm(7.5), Cm(2.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            if c < len(row.cells):
                row.cells[c].width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG key", style=None).runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, txt in [("Blue", "Complete"), ("Green", "On track"),
                   ("Amber", "Some slippage; expected to be recovered"),
                   ("Red", "Significant risk to delivery"), ("Not started", "Not yet due to start")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        if k in rag_fill:
            shade(cells[0], rag_fill[k])
        set_cell(cells[1], txt)
    doc.add_heading("Recommendation", level=1)
    doc.add_paragraph("The Board is asked to note the progress made against the Freedom to Speak Up "
                      "improvement plan and the two actions rated amber.")
    doc.save(os.path.join(HERE, "ad2-elft-ftsu-improvement-plan-progress-update.docx"))


# ---------------------------------------------------------------------------
# 5. Royal Free London NHS FT - well-led review action plan, SharePoint list export (csv)
# ---------------------------------------------------------------------------
def make_rfl_csv():
    hdr = ["Title", "Domain", "Recommendation", "Action", "Executive Lead", "Target Date",
           "Revised Target Date", "RAG Status", "Latest Update", "Modified"]
    r1 = ("R1 The Board should agree a succession plan for executive and non-executive roles and "
          "strengthen its development programme.")
    r2 = ("R2 Streamline the committee structure and clarify escalation routes between divisional "
          "governance and Board committees.")
    r3 = "R3 Strengthen the Board Assurance Framework so that it drives Board and committee agendas."
    r4 = ("R4 Act on staff survey findings about incivility and speaking up, with site-level plans "
          "and named leads.")
    r5 = "R5 Improve the timeliness and validation of data in the integrated performance report."
    rows = [
        ("R1.1", "Leadership capacity and capability", r1,
         "Develop and approve a Board succession plan covering all executive and non-executive roles for the next three years.",
         "Director of Corporate Affairs", "30/09/2024", "", "Complete",
         "Approved by the Nominations and Remuneration Committee on 12 September 2024.", "03/10/2024 11:05"),
        ("R1.2", "Leadership capacity and capability", r1,
         "Commission an external provider to deliver a 12-month Board development programme.",
         "Chief Executive", "31/12/2024", "31/03/2025", "Amber",
         "Procurement took longer than planned. Preferred provider selected in February;\nfirst session planned for late March.",
         "04/03/2025 16:40"),
        ("R2.1", "Governance and management", r2,
         "Review the terms of reference of all Board committees and remove duplication of assurance reporting.",
         "Director of Corporate Affairs", "31/10/2024", "", "Complete",
         "Revised terms of reference approved by the Board on 30 October 2024.", "05/11/2024 09:12"),
        ("R2.2", "Governance and management", r2,
         "Introduce an 'alert, advise, assure' template for all committee chairs' reports to the Board.",
         "Director of Corporate Affairs", "30/11/2024", "", "Complete",
         "In use for all committee reports from the November Board.", "02/12/2024 10:31"),
        ("R2.3", "Governance and management", r2,
         "Map divisional governance meetings to Board committees and publish a governance handbook.",
         "Chief Operating Officer", "31/05/2025", "", "Green",
         "Mapping complete for two of four divisions. Handbook drafting under way.", "27/02/2025 14:02"),
        ("R3.1", "Risks, issues and performance", r3,
         "Refresh the BAF with executive owners and link each strategic risk to a lead committee and its annual agenda cycle.",
         "Director of Corporate Affairs", "31/01/2025", "30/04/2025", "Green",
         "Refreshed BAF approved in principle at the Audit and Risk Committee; revised date agreed so that committee cycles for 2025/26 can be aligned.",
         "21/02/2025 12:18"),
        ("R4.1", "Culture", r4,
         "Roll out the civility and respect programme at Barnet Hospital and Chase Farm Hospital.",
         "Chief People Officer", "30/06/2025", "", "Green",
         "Barnet cohorts started January 2025; Chase Farm scheduled from April.", "18/02/2025 08:55"),
        ("R4.2", "Culture", r4,
         "Publish a site-level staff survey action plan with named leads for each site.",
         "Chief People Officer", "28/02/2025", "", "Red",
         "Delayed by the late release of site-level survey data. Now expected at the April People Committee.",
         "06/03/2025 17:20"),
        ("R5.1", "Information management", r5,
         "Introduce a data quality kite-mark for each metric in the integrated performance report.",
         "Chief Finance Officer", "30/09/2025", "", "Not started",
         "Scheduled to start in Q1 2025/26 once the new BI platform is live.", "10/01/2025 09:47"),
    ]
    path = os.path.join(HERE, "ad2-royal-free-london-well-led-review-action-plan-sharepoint-export.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 6. East Riding HWB - JHWS delivery plan highlight report (docx)
# ---------------------------------------------------------------------------
def make_east_riding_hwb():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("East Riding of Yorkshire Health and Wellbeing Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Joint Health and Wellbeing Strategy 2023\u20132028: Delivery Plan Highlight Report", level=0)
    doc.add_paragraph("Reporting period: Quarter 3 2024/25 (October \u2013 December 2024)")
    doc.add_paragraph("Prepared by: Partnership Manager, Public Health, for the Board meeting on 29 January 2025")

    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "The delivery plan contains eight actions across the strategy's four priorities. One action is complete "
        "and four are on track. Two are rated amber and one red: NHS Health Checks in community settings, where "
        "provider capacity has limited delivery (see Priority 2).")
    rag_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    summ = doc.add_table(rows=1, cols=6)
    summ.style = "Table Grid"
    for c, h in enumerate(["Priority", "Actions", "B", "G", "A", "R"]):
        set_cell(summ.rows[0].cells[c], h, bold=True)
        if h in rag_fill:
            shade(summ.rows[0].cells[c], rag_fill[h])
    for row in [("Start Well", "3", "0", "2", "1", "0"), ("Live Well", "2", "1", "0", "0", "1"),
                ("Age Well", "2", "0", "1", "1", "0"), ("Healthy Places", "1", "0", "1", "0", "0"),
                ("Total", "8", "1", "4", "2", "1")]:
        cells = summ.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v, bold=(row[0] == "Total"))

    hdr = ["Ref", "Action", "Lead", "Due", "RAG", "Update"]
    priorities = [
        ("Priority 1: Start Well", "Sponsor: Director of Children, Families and Schools",
         "Healthy Start uptake is at its highest level since the scheme moved to a digital card.", [
             ("1.1", "Increase uptake of the Healthy Start scheme through midwifery, health visiting and family hubs.",
              "Consultant in Public Health (Children and Young People)", "Mar-25", "G",
              "Uptake rose from 62% to 68% this quarter against a target of 70% by March."),
             ("1.2", "Deliver the family hubs infant feeding peer support offer in all four family hub localities.",
              "Head of Early Help and Family Hubs", "Sept 2024 \u2013 March 2025", "A",
              "Peer supporters in place in three of the four localities; recruitment in Goole is under way."),
             ("1.3", "Extend the Mental Health Support Team offer to a further 12 schools.",
              "CAMHS Service Manager / Head of Education Inclusion", "July 2025", "G",
              "Eight schools signed up; second wave of recruitment agreed with the ICB."),
         ]),
        ("Priority 2: Live Well", "Sponsor: Director of Public Health",
         "The new integrated stop smoking service went live on 1 December 2024.", [
             ("2.1", "Commission a single integrated stop smoking service, including a targeted offer for routine and manual workers.",
              "Public Health Lead \u2013 Tobacco Control", "31/12/2024", "B",
              "Service launched 1 December 2024. Action complete."),
             ("2.2", "Deliver NHS Health Checks in community settings in the most deprived wards (Bridlington South, Goole and Withernsea).",
              "Public Health Lead \u2013 Health Improvement", "Q4 2024/25", "R",
              "Provider capacity problems; only 40% of planned sessions delivered. A recovery plan has been requested for February."),
         ]),
        ("Priority 3: Age Well", "Sponsor: Director of Adults, Health and Housing",
         "Falls prevention classes are now running in five Holderness venues.", [
             ("3.1", "Expand the strength and balance falls prevention programme to the Holderness area.",
              "Head of Adult Social Care Commissioning", "Jun-25", "G",
              "Five venues live; referral pathway from community therapy agreed."),
             ("3.2", "Agree a shared approach to identifying and supporting unpaid carers across primary care and the Council.",
              "ICB Place Director; Head of Carers Support", "Ongoing", "A",
              "Carers register pilot running in two PCNs; roll-out depends on GP system changes."),
         ]),
        ("Priority 4: Healthy Places", "Sponsor: Director of Planning and Economic Regeneration",
         "Healthy weight evidence paper shared with the Local Plan team.", [
             ("4.1", "Include a healthy weight planning policy (hot food takeaways near schools) in the Local Plan review.",
              "Head of Planning and Development Management", "December 2025", "G",
              "Draft policy wording agreed for the Regulation 18 consultation."),
         ]),
    ]
    for heading, sponsor, achievement, acts in priorities:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(sponsor)
        doc.add_paragraph("Key achievement this quarter: " + achievement)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True, white=True)
            shade(t.rows[0].cells[c], "00664D")
        for a in acts:
            cells = t.add_row().cells
            for c, v in enumerate(a):
                set_cell(cells[c], v)
            shade(cells[4], rag_fill[a[4]])
        widths = [Cm(1.2), Cm(8.0), Cm(4.5), Cm(3.2), Cm(1.3), Cm(7.5)]
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w

    doc.add_heading("Risks and issues for escalation", level=1)
    doc.add_paragraph("NHS Health Checks: the Board is asked to support the recovery plan for community delivery.",
                      style="List Bullet")
    doc.add_paragraph("Unpaid carers: GP clinical system changes are needed before the carers register can be rolled out.",
                      style="List Bullet")
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, txt in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage, mitigation in place"),
                   ("R", "Off track, Board support needed")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], rag_fill[k])
        set_cell(cells[1], txt)
    doc.save(os.path.join(HERE, "ad2-east-riding-hwb-jhws-delivery-plan-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 7. Three Rivers DC - strategic risk register mitigating actions, TSV export (txt) -> refuse
# ---------------------------------------------------------------------------
def make_three_rivers_txt():
    lines = [
        "Three Rivers District Council",
        "Strategic Risk Register - Mitigating Actions Report",
        "Report generated: 14/01/2025",
        "Register: Strategic\tAction status: All",
        "",
        "\t".join(["Risk", "Risk Owner", "Current Score", "Action Ref", "Mitigating Action", "Action Owner",
                   "Due Date", "Progress", "Latest Note"]),
    ]
    sr1 = ("SR01 - Medium term financial sustainability", "Director of Finance", "16")
    sr2 = ("SR02 - Cyber security and ICT resilience", "Associate Director Corporate Resources", "12")
    sr3 = ("SR03 - Adoption of the Local Plan", "Director of Community and Environmental Services", "15")
    sr4 = ("SR04 - Demand for temporary accommodation", "Director of Community and Environmental Services", "16")
    sr5 = ("SR05 - Business continuity", "Associate Director Corporate Resources", "9")
    rows = [
        sr1 + ("SR01.1", "Deliver the 2025/26 savings programme of \u00a31.2m agreed at Council in February.",
               "Director of Finance", "31/03/2025", "Green",
               "Savings proposals approved by Policy and Resources Committee on 2 December."),
        sr1 + ("SR01.2", "Review the reserves strategy alongside the Medium Term Financial Strategy refresh.",
               "Head of Finance", "28/02/2025", "Amber",
               "Waiting for the final local government finance settlement."),
        sr2 + ("SR02.1", "Complete the annual IT health check and remediate all critical vulnerabilities.",
               "Head of ICT", "30/11/2024", "Complete",
               "IT health check completed October; all critical findings closed."),
        sr2 + ("SR02.2", "Run a cyber incident exercise with the Corporate Management Team.",
               "Head of ICT", "31/03/2025", "Green", "Exercise booked for 11 March."),
        sr2 + ("SR02.3", "Renew the Public Services Network (PSN) compliance certificate.",
               "Head of ICT", "30/09/2052", "Amber",
               "Submission prepared; awaiting remediation evidence from supplier."),
        sr3 + ("SR03.1", "Submit the Regulation 19 Local Plan for examination.",
               "Head of Planning Policy and Conservation", "30/06/2025", "Amber",
               "Timetable revised after changes to the NPPF; updated Local Development Scheme to go to committee."),
        sr4 + ("SR04.1", "Open the new 12-unit temporary accommodation scheme.",
               "Head of Housing", "31/05/2025", "Green", "Works on site; practical completion expected April."),
        sr4 + ("SR04.2", "Review the homelessness prevention offer and the use of the prevention fund.",
               "Housing Needs Manager", "Ongoing", "Green", "Monthly review at Housing Management Team."),
        sr5 + ("SR05.1", "Update and test every service business continuity plan.",
               "Emergency Planning Officer", "31/12/2024", "Red",
               "Four of 14 plans still outstanding; escalated to the Corporate Management Team."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines.append("")
    lines.append("9 actions listed")
    path = os.path.join(HERE, "ad2-three-rivers-strategic-risk-register-mitigating-actions.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_jpuh()
    make_fhdc_planner()
    make_cumberland_sar()
    make_elft_ftsu()
    make_rfl_csv()
    make_east_riding_hwb()
    make_three_rivers_txt()
    print("done")
