"""Build the seven zzy- blind test files (set heldout602).

Run with /work/main/.venv/bin/python zzy_make.py ; files are written beside this script.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def style_row(ws, row, ncols, bold=False, bg=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold:
            cell.font = BOLD
        if bg:
            cell.fill = fill(bg)


# ---------------------------------------------------------------------------
# 1. Arts Council of Northern Ireland - NIAO RTTCWG recommendations tracker
# ---------------------------------------------------------------------------
def make_acni():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "NIAO Report to Those Charged with Governance 2024-25 – Recommendations Tracker"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Arts Council of Northern Ireland – Audit and Risk Assurance Committee, 18 November 2025"
    cover["A4"] = "Document control"
    cover["A4"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("0.1", "02/10/2025", "Head of Governance", "Draft updates requested from responsible officers"),
        ("0.2", "24/10/2025", "Head of Finance", "Updates received; revised dates proposed"),
        ("1.0", "31/10/2025", "Head of Governance", "Issued to ARAC papers"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cover.cell(row=5 + i, column=1 + j, value=v)
        style_row(cover, 5 + i, 4, bold=(i == 0))
    cover["A10"] = "RAG key (column F of the Tracker sheet)"
    cover["A10"].font = BOLD
    key = [
        (BLUE, "Implemented – evidence provided to NIAO"),
        (GREEN, "On track to meet the target date"),
        (AMBER, "At risk – revised target date proposed"),
        (RED, "Overdue / not progressing"),
        (None, "No colour – action not yet started"),
    ]
    for i, (col, txt) in enumerate(key):
        c = cover.cell(row=11 + i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        cover.cell(row=11 + i, column=2, value=txt)
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 45
    cover.column_dimensions["C"].width = 22
    cover.column_dimensions["D"].width = 50

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of recommendations by priority – position at 31 October 2025"
    summ["A1"].font = BOLD
    srows = [
        ("Priority", "Recommendations", "Actions", "Implemented", "In progress", "Overdue", "Not started"),
        ("Priority 1", 1, 2, 0, 0, 1, 1),
        ("Priority 2", 2, 3, 1, 2, 0, 0),
        ("Priority 3", 1, 1, 1, 0, 0, 0),
        ("Total", 4, 6, 2, 2, 1, 1),
    ]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            summ.cell(row=3 + i, column=1 + j, value=v)
        style_row(summ, 3 + i, 7, bold=(i == 0 or i == len(srows) - 1))
    summ["A9"] = ("NIAO priority ratings: Priority 1 – significant issues for the attention of senior "
                  "management which may have the potential to result in material weakness in internal "
                  "control; Priority 2 – important issues to be addressed by management in their areas "
                  "of responsibility; Priority 3 – issues of a more minor nature which represent best practice.")
    summ["A9"].alignment = WRAP
    summ.merge_cells("A9:G9")
    summ.row_dimensions[9].height = 60
    for col, w in zip("ABCDEFG", (14, 16, 10, 13, 13, 10, 12)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "NIAO Report to Those Charged with Governance 2024-25 – Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 October 2025"
    hdr = ["Ref", "Agreed management action", "Responsible officer", "Original target date",
           "Revised target date", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h)
    style_row(ws, 4, 7, bold=True, bg="D9E1F2")

    r = 5

    def banner(text, bg):
        nonlocal r
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        style_row(ws, r, 7, bold=True, bg=bg)
        ws.row_dimensions[r].height = 32 if len(text) > 90 else 18
        r += 1

    def action(ref, text, lead, orig, rev, rag, update):
        nonlocal r
        vals = [ref, text, lead, orig, rev, None, update]
        for j, v in enumerate(vals):
            ws.cell(row=r, column=1 + j, value=v)
        style_row(ws, r, 7)
        for c in (4, 5):
            ws.cell(row=r, column=c).number_format = "DD/MM/YYYY"
        if rag:
            ws.cell(row=r, column=6).fill = fill(rag)
        r += 1

    banner("Section A – 2024-25 Findings", "8EA9DB")
    banner("Recommendation 1 (Priority 2) – Grant monitoring: The Council should ensure that post-award "
           "monitoring of Annual Funding Programme recipients is completed and evidenced within the "
           "timescales set out in its grant procedures.", "F2F2F2")
    action("A1.1", "Introduce a monthly exception report from the grants management system listing "
           "post-award monitoring returns that are more than 30 days overdue.",
           "Head of Finance / Head of Governance", datetime(2025, 9, 30), None, BLUE,
           "Report live from September 2025 and reviewed at SMT on 7 October 2025.")
    action("A1.2", "Complete a sample check of 2024-25 Annual Funding Programme files to confirm "
           "monitoring evidence is retained on the system, and report the results to ARAC.",
           "Director of Arts Development", datetime(2025, 10, 31), datetime(2026, 1, 31), AMBER,
           "Sample of 40 files selected; 25 reviewed. Revised date to allow results to go to the "
           "February 2026 ARAC.")
    banner("Recommendation 2 (Priority 2) – Lottery fund reconciliation: The Council should reconcile "
           "its share of the National Lottery Distribution Fund to the ledger monthly and evidence "
           "independent review.", "F2F2F2")
    action("A2.1", "Perform and document a monthly reconciliation between the National Lottery "
           "Distribution Fund balance reported by DCMS and the Council's ledger, with independent review "
           "by the Head of Finance.",
           "Finance Manager (Lottery)", datetime(2025, 12, 31), None, GREEN,
           "July, August and September reconciliations completed and signed off.")
    banner("Recommendation 3 (Priority 3) – Register of interests: The Council should ensure that the "
           "register of interests is complete, kept up to date and published.", "F2F2F2")
    action("A3.1", "Update the Register of Interests for all Council members and panel assessors and "
           "publish it on the Council's website.",
           "Board Secretary", datetime(2025, 6, 30), None, BLUE,
           "Published 20 June 2025.")
    banner("Section B – Prior year findings not fully implemented (2023-24)", "8EA9DB")
    banner("Recommendation 4 (Priority 1) – Fixed asset verification: The Council should carry out a "
           "full physical verification of its fixed assets and the Arts Council Collection and update "
           "the fixed asset register accordingly.", "F2F2F2")
    action("B4.1", "Carry out a full physical verification of the fixed asset register, including the "
           "Arts Council Collection artworks held on loan, and write off or reinstate items as appropriate.",
           "Head of Finance", datetime(2025, 3, 31), datetime(2026, 3, 31), RED,
           "Verification of artworks on loan not started owing to a vacancy in the Collections post. "
           "Revised date proposed to ARAC.")
    action("B4.2", "Agree a rolling three-year programme for verification of artworks on loan to third "
           "parties.",
           "Head of Finance; Collections Officer", datetime(2026, 3, 31), None, None,
           "To follow completion of B4.1.")
    r += 1
    ws.cell(row=r, column=1, value="Note: completed actions will be removed from the tracker once NIAO "
                                   "has confirmed the evidence at the 2025-26 interim audit.")
    for col, w in zip("ABCDEFG", (8, 60, 24, 14, 14, 7, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "zzy-arts-council-of-northern-ireland-niao-rttcwg-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Beech Lodge Nursing Home (Dungannon) - RQIA care inspection QIP tracker
# ---------------------------------------------------------------------------
def make_beech_lodge():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    ws["A1"] = "Beech Lodge Nursing Home – Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RQIA unannounced care inspection: 29 July 2025 (Inspection ID: IN047812)"
    ws["A3"] = "Registered Provider: Beech Lodge Care Ltd     Registered Manager: Mrs Siobhan Quinn"
    ws["A4"] = "QIP returned to RQIA 9 September 2025 – tracker updated for Governance meeting 21 October 2025"
    hdr = ["AFI", "Regulation / Standard", "Area for improvement", "Ref", "Action", "Responsible person",
           "Target date", "Previous RAG (Sept)", "Current RAG (Oct)", "Evidence / update"]
    for j, h in enumerate(hdr):
        ws.cell(row=6, column=1 + j, value=h)
    style_row(ws, 6, 10, bold=True, bg="C6E0B4")
    r = 7
    colour = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def section(text):
        nonlocal r
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        style_row(ws, r, 10, bold=True, bg="E2EFDA")
        r += 1

    def afi(no, reg, text, actions):
        nonlocal r
        start = r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=reg)
        ws.cell(row=r, column=3, value=text)
        for (ref, act, lead, due, prev, cur, upd) in actions:
            ws.cell(row=r, column=4, value=ref)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=lead)
            ws.cell(row=r, column=7, value=due)
            if isinstance(due, datetime):
                ws.cell(row=r, column=7).number_format = "DD/MM/YYYY"
            ws.cell(row=r, column=8, value=prev or None)
            ws.cell(row=r, column=9, value=cur or None)
            ws.cell(row=r, column=10, value=upd)
            style_row(ws, r, 10)
            for c, v in ((8, prev), (9, cur)):
                if v:
                    ws.cell(row=r, column=c).fill = fill(colour[v])
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - start > 1:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)

    section("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005")
    afi("AFI 1", "Regulation 13 (7)\nStated: First time",
        "The registered person shall ensure that the infection prevention and control issues identified "
        "during this inspection are managed to minimise the risk and spread of infection. This relates "
        "specifically to the storage of equipment in communal bathrooms and the cleaning of pull cords.",
        [("1.1", "Remove all stored equipment (hoists, wheelchairs, linen trolleys) from communal bathrooms "
                 "and identify a designated storage area on each floor.",
          "Home Manager", datetime(2025, 8, 31), "A", "B",
          "Storage rooms identified on ground and first floor; weekly walkround since 18/08/2025."),
         ("1.2", "Replace fabric pull cords in all bathrooms and en-suites with wipeable covers and add pull "
                 "cords to the weekly cleaning schedule.",
          "Head Housekeeper / Maintenance Person", datetime(2025, 9, 30), "A", "G",
          "Covers fitted on first floor; ground floor on order.")])
    afi("AFI 2", "Regulation 30\nStated: First time",
        "The registered person shall ensure that RQIA is notified of any accident in the nursing home "
        "which adversely affects the wellbeing or safety of any patient.",
        [("2.1", "Review all accident and incident records from 1 April 2025 and submit any outstanding "
                 "notifications retrospectively via the RQIA Web Portal.",
          "Home Manager", "Immediate action required", "G", "B",
          "Three retrospective notifications submitted 05/08/2025."),
         ("2.2", "Add a notification check to the nurse in charge's end-of-shift handover checklist.",
          "Deputy Manager", datetime(2025, 10, 31), "", "G",
          "Checklist amended; compliance audit due end of October.")])
    section("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)")
    afi("AFI 3", "Standard 4\nStated: Second time",
        "The registered person shall ensure that care plans for patients with wounds are kept under review "
        "and accurately reflect the recommendations of the tissue viability nurse.",
        [("3.1", "Complete a full audit of wound care plans against TVN recommendations and correct any "
                 "discrepancies.",
          "Clinical Lead", datetime(2025, 9, 30), "R", "A",
          "14 of 19 care plans audited and corrected."),
         ("3.2", "Deliver wound care documentation training to all registered nurses, including agency "
                 "nurses on regular shifts.",
          "Clinical Lead / Practice Development Nurse", datetime(2025, 11, 30), "A", "A",
          "Two sessions held; night staff session to be arranged.")])
    afi("AFI 4", "Standard 12\nStated: First time",
        "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
        "patients on modified diets are offered a choice at each mealtime.",
        [("4.1", "Introduce pictorial menus on each dining room table and review them with the catering "
                 "team monthly.",
          "Catering Manager", datetime(2025, 10, 31), "", "G",
          "Pictorial menus in use on ground floor.")])
    r += 1
    ws.cell(row=r, column=1, value="RAG key: R = not started / overdue; A = in progress with some delay; "
                                   "G = on track; B = complete and embedded")
    r += 1
    ws.cell(row=r, column=1, value="Areas for improvement carried forward from previous inspection: none.")
    for col, w in zip("ABCDEFGHIJ", (7, 18, 45, 6, 50, 24, 16, 11, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "zzy-beech-lodge-nursing-home-dungannon-rqia-care-inspection-qip-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Careers Wales - Operational Plan 2025-26 delivery plan (typo month -> refuse)
# ---------------------------------------------------------------------------
def make_careers_wales():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 Delivery"
    ws["A1"] = "Careers Wales Operational Plan 2025-26 – Quarter 2 Delivery Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cynllun Gweithredol Gyrfa Cymru 2025-26 – Adroddiad Cyflawni Chwarter 2"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Board meeting: 20 November 2025"
    hdr = ["Ref", "Milestone", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Commentary"]
    for j, h in enumerate(hdr):
        ws.cell(row=5, column=1 + j, value=h)
    style_row(ws, 5, 7, bold=True, bg="BDD7EE")
    rows = [
        ("obj", "Strategic Objective 1: Young people make informed career choices"),
        ("1.1", "Deliver a careers guidance interview to every Year 11 pupil identified as at risk of "
                "becoming NEET by the Youth Engagement and Progression Framework.",
         "Director of Customer Operations", "Dec-25", "G", "G",
         "On track; 3,412 interviews completed to end of September."),
        ("1.2", "Launch the refreshed Careers Wales website with the new bilingual career matching tool.",
         "Head of Digital Services", "Sept 2025", "A", "B",
         "Launched 15 September 2025."),
        ("1.3", "Roll out the Careers and Work-Related Experiences toolkit to all secondary schools in the "
                "south-east region.",
         "Regional Manager (South East)", "March 2026", "G", "A",
         "Two local authorities yet to confirm school contacts."),
        ("obj", "Strategic Objective 2: Adults are supported to progress in work and learning"),
        ("2.1", "Deliver Working Wales guidance to adults facing redundancy at the Port Talbot steelworks, "
                "working with ReAct+ and Jobcentre Plus.",
         "Head of Employability Services / Partnerships Manager", "Ongoing", "G", "G",
         "Rapid response sessions continuing on site."),
        ("2.2", "Agree a referral pathway with the Department for Work and Pensions for Restart Scheme "
                "completers.",
         "Head of Employability Services", "Q3 2025/26", "A", "A",
         "Data sharing agreement with DWP legal team."),
        ("obj", "Strategic Objective 3: An efficient, bilingual and inclusive organisation"),
        ("3.1", "Implement the new case management system across all customer-facing teams.",
         "Director of Corporate Services", "Nov-25", "A", "R",
         "Supplier delay on data migration; revised plan to SMT in November."),
        ("3.2", "Publish the Welsh Language Standards annual report and action plan.",
         "Welsh Language Manager", "Febuary 2026", "", "G",
         "Drafting started."),
        ("3.3", "Complete the Equality Impact Assessment review of recruitment processes.",
         "Head of People Services", "31/01/2026", "", "G",
         "Review group established."),
    ]
    r = 6
    col = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for row in rows:
        if row[0] == "obj":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            style_row(ws, r, 7, bold=True, bg="DDEBF7")
        else:
            for j, v in enumerate(row):
                ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            style_row(ws, r, 7)
            for c in (5, 6):
                v = row[c - 1]
                if v:
                    ws.cell(row=r, column=c).fill = fill(col[v])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some slippage, recoverable "
                                   "within the year; R = will not be delivered to plan without intervention")
    for c, w in zip("ABCDEFG", (6, 60, 30, 14, 8, 8, 45)):
        ws.column_dimensions[c].width = w

    ks = wb.create_sheet("Summary")
    ks["A1"] = "Q2 position by objective"
    ks["A1"].font = BOLD
    srows = [("Objective", "Blue", "Green", "Amber", "Red"),
             ("Objective 1", 1, 1, 1, 0),
             ("Objective 2", 0, 1, 1, 0),
             ("Objective 3", 0, 2, 0, 1),
             ("Total", 1, 4, 2, 1)]
    for i, rr in enumerate(srows):
        for j, v in enumerate(rr):
            ks.cell(row=3 + i, column=1 + j, value=v)
        style_row(ks, 3 + i, 5, bold=(i == 0))
    wb.save(os.path.join(HERE, "zzy-careers-wales-operational-plan-2025-26-delivery-report-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Millburn Academy - Education Scotland post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_millburn():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Millburn Academy – Post-Inspection Action Plan 2025-26", style="Title")
    doc.add_paragraph("Education Scotland inspection, May 2025 (letter to parents published 26 August 2025)")
    doc.add_paragraph("The Highland Council – Education and Learning")

    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, rr in enumerate([("Version", "Date", "Change"),
                            ("1.0", "05/09/2025", "Plan agreed with Quality Improvement Manager"),
                            ("1.1", "10/11/2025", "RAG updated for Parent Council meeting")]):
        for j, v in enumerate(rr):
            if i == 0:
                bold_cell(t.cell(i, j), v)
            else:
                t.cell(i, j).text = v
    doc.add_paragraph(
        "HM Inspectors identified three areas for improvement, which were agreed with the Head Teacher "
        "and a representative from The Highland Council. This plan sets out the actions the school will "
        "take. It will be reviewed by the Senior Leadership Team each term and reported to the Parent Council.")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some delay; Red – significant "
                      "concern; no shading – not yet started.")

    blocks = [
        ("QI 2.3 Learning, teaching and assessment", "Area for improvement 1",
         "Staff should continue to improve the consistency of learning and teaching across the school, "
         "ensuring that all young people experience appropriately challenging learning.",
         [("1.1", "Relaunch the Millburn Learning and Teaching Framework at the August 2025 in-service day, "
                  "with agreed non-negotiables for every lesson.",
           "DHT (Learning & Teaching)", "August 2025",
           "All staff briefed; framework displayed in every classroom.", BLUE),
          ("1.2", "Introduce a programme of peer observation in trios, with each teacher completing two "
                  "observations per session.",
           "DHT (Learning & Teaching)\nFaculty PTs", "October 2025 – May 2026",
           "Trios in place in 6 of 8 faculties.", GREEN),
          ("1.3", "Use pupil focus groups to gather young people's views on the level of challenge in lessons.",
           "Pupil Voice Co-ordinator", "Termly",
           "First focus groups held with S2 and S5.", GREEN)]),
        ("QI 3.2 Raising attainment and achievement", "Area for improvement 2",
         "Senior leaders should work with staff to raise attainment in the senior phase, particularly for "
         "young people in S4 and those living in SIMD quintiles 1 and 2.",
         [("2.1", "Track and monitor S4 progress at three points in the session using the school tracking "
                  "system, with targeted supported study for young people at risk of not achieving.",
           "DHT (Senior Phase)", "December 2025",
           "First tracking point delayed by two weeks; supported study started.", AMBER),
          ("2.2", "Allocate Pupil Equity Funding to a Raising Attainment Mentor post for S4 young people in "
                  "SIMD quintiles 1 and 2.",
           "Head Teacher", "June 2026",
           "Mentor appointed from 27 October 2025.", GREEN)]),
        ("QI 1.3 Leadership of change", "Area for improvement 3",
         "Senior leaders should develop further the school's approaches to self-evaluation, involving young "
         "people, parents and partners more fully.",
         [("3.1", "Establish a Parent Council self-evaluation sub-group and use HGIOS4 QI 2.5 to review "
                  "family learning.",
           "Head Teacher\nParent Council Chair", "March 2026",
           "", None),
          ("3.2", "Publish a Standards and Quality Report that sets out progress against each area for "
                  "improvement, written with the pupil leadership team.",
           "Head Teacher", "September 2026",
           "Pupil leadership team briefed.", GREEN)]),
    ]
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]
    for qi, afi_label, afi_text, acts in blocks:
        doc.add_heading(qi, level=2)
        p = doc.add_paragraph()
        p.add_run(afi_label).bold = True
        doc.add_paragraph(afi_text)
        tbl = doc.add_table(rows=1 + len(acts), cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(hdr):
            bold_cell(tbl.cell(0, j), h)
            shade(tbl.cell(0, j), "D9D9D9")
        for i, (ref, act, lead, when, prog, rag) in enumerate(acts, start=1):
            tbl.cell(i, 0).text = ref
            tbl.cell(i, 1).text = act
            tbl.cell(i, 2).text = lead
            tbl.cell(i, 3).text = when
            tbl.cell(i, 4).text = prog
            tbl.cell(i, 5).text = ""
            if rag:
                shade(tbl.cell(i, 5), rag)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, rr in enumerate([("Role", "Name", "Date"),
                            ("Head Teacher", "Mrs C. Grant", "05/09/2025"),
                            ("Quality Improvement Manager", "Mr A. Mackay", "05/09/2025")]):
        for j, v in enumerate(rr):
            s.cell(i, j).text = v
    doc.save(os.path.join(HERE, "zzy-millburn-academy-education-scotland-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Cwm Taf Morgannwg UHB - HIW Ysbyty Cwm Cynon ward inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_ctm_hiw():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hdr_p = doc.sections[0].header.paragraphs[0]
    hdr_p.text = "Cwm Taf Morgannwg University Health Board / Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg"
    hdr_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("HIW Unannounced Inspection – Ysbyty Cwm Cynon, Ward 3 – Improvement Plan", style="Title")
    doc.add_paragraph("Date of inspection: 10 and 11 July 2024")
    doc.add_paragraph("Care Group: Rhondda Taf Ely Integrated Locality Group")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    for j, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and "
                           "treatment", "How HIW escalated the concern", "How the concern was resolved"]):
        bold_cell(a.cell(0, j), h)
    for j, v in enumerate(["The resuscitation trolley had not been checked for five days.",
                           "Emergency equipment may not be available when needed.",
                           "Raised with the nurse in charge on the first day.",
                           "The trolley was checked and restocked and a daily check reinstated."]):
        a.cell(1, j).text = v

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Ysbyty Cwm Cynon – Ward 3")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Ysbyty Cwm Cynon – Ward 3")
    doc.add_paragraph("Date of inspection: 10 and 11 July 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions "
                      "they are taking to address these areas.")

    plan = [
        ("Quality of the patient experience", [
            ("The health board must ensure that patients' preferred language is recorded on admission and "
             "that the Active Offer of Welsh language services is made.",
             "Health and Care Quality Standards 2023 – Person centred\nWelsh Language (Wales) Measure 2011",
             [("Add a mandatory 'preferred language' field to the ward admission checklist and audit "
               "completion monthly.", "Ward Manager", "31 October 2024"),
              ("Display Iaith Gwaith signage at the ward entrance and identify Welsh-speaking staff on the "
               "ward roster.", "Ward Manager / Welsh Language Officer", "30 September 2024")]),
        ]),
        ("Delivery of safe and effective care", [
            ("The health board must ensure that fridge temperatures in the clinical treatment room are "
             "recorded daily and that action is taken when readings fall outside the required range.",
             "Health and Care Quality Standards 2023 – Safe",
             [("Reinstate daily fridge temperature checks on the nurse in charge's shift checklist, with "
               "escalation to pharmacy where readings are out of range.", "Ward Sister", "Immediate")]),
            ("The health board must ensure that all patients have a completed and regularly reviewed falls "
             "risk assessment.",
             "Health and Care Quality Standards 2023 – Safe; Effective",
             [("Complete a Multifactorial Falls Risk Assessment for every patient within 24 hours of "
               "admission and review it weekly.", "Lead Nurse – Older People", "31 December 2024"),
              ("Carry out monthly falls documentation audits and share the results at the Care Group "
               "Quality and Safety meeting.", "Head of Nursing (Care Group)", "Monthly")]),
        ]),
        ("Quality of management and leadership", [
            ("The health board must ensure that staff are up to date with mandatory training, in particular "
             "Basic Life Support and Deprivation of Liberty Safeguards.",
             "Health and Care Quality Standards 2023 – Workforce",
             [("Agree a trajectory for each staff member to complete outstanding mandatory training modules, "
               "with protected time allocated on the roster.", "Ward Manager", "31 March 2025")]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(x[2]) for x in items) for _, items in plan)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        bold_cell(t.cell(0, j), h)
        shade(t.cell(0, j), "BFBFBF")
    r = 1
    for section, items in plan:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        bold_cell(m, section)
        shade(m, "E7E6E6")
        r += 1
        for need, std, acts in items:
            start = r
            for act, lead, when in acts:
                t.cell(r, 2).text = act
                t.cell(r, 3).text = lead
                t.cell(r, 4).text = when
                r += 1
            if r - start > 1:
                c0 = t.cell(start, 0).merge(t.cell(r - 1, 0))
                c1 = t.cell(start, 1).merge(t.cell(r - 1, 1))
            else:
                c0, c1 = t.cell(start, 0), t.cell(start, 1)
            c0.text = need
            c1.text = std

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print):", "Rhian Evans"),
                                ("Job role:", "Director of Nursing, Rhondda Taf Ely ILG"),
                                ("Date:", "28 August 2024")]):
        s.cell(i, 0).text = k
        s.cell(i, 1).text = v
    doc.save(os.path.join(HERE, "zzy-cwm-taf-morgannwg-uhb-hiw-ysbyty-cwm-cynon-ward-3-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Scottish Courts and Tribunals Service - Audit Scotland annual audit report action plan tracker (csv)
# ---------------------------------------------------------------------------
def make_scts():
    rows = [
        ["Scottish Courts and Tribunals Service – Annual Audit Report 2024/25 – Action Plan Tracker"],
        ["Audit and Risk Committee, 25 November 2025 – position at 31 October 2025"],
        [],
        ["Ref", "Area", "Recommendation / agreed management action", "Responsible officer",
         "Agreed date", "Revised date", "Status", "Progress at October 2025"],
        ["1", "Financial management",
         "SCTS should review its year-end accruals process to ensure that expenditure is recorded in the "
         "correct financial year.", "", "", "", "", ""],
        ["1.1", "", "Issue year-end accruals guidance to all budget holders with a cut-off checklist, and "
         "review all accruals over £50,000 before the ledger is closed.",
         "Head of Financial Accounting", "31/03/2025", "", "Complete",
         "Guidance issued 3 March 2025; 41 accruals reviewed."],
        ["1.2", "", "Perform a post-year-end review of invoices received in April and May to confirm the "
         "completeness of accruals.",
         "Head of Financial Accounting", "30/06/2025", "", "Complete",
         "Review completed; no material omissions found."],
        ["2", "Financial sustainability",
         "SCTS should update its medium-term financial plan to set out how it will close the projected "
         "funding gap, including the savings expected from the estates and digital programmes.",
         "", "", "", "", ""],
        ["2.1", "", "Present a refreshed Medium Term Financial Plan 2025-30 to the Board, with scenario "
         "modelling for the recovery of court business and fee income.",
         "Director of Finance", "30/09/2025", "31/12/2025", "Amber",
         "Scenario modelling awaiting Scottish Budget assumptions; Board seminar booked for December."],
        ["2.2", "", "Develop a savings tracker for estates rationalisation and digital efficiencies, reported "
         "quarterly to the Audit and Risk Committee.",
         "Director of Finance / Director of Estates", "Q4 2025/26", "", "Green",
         "Tracker template agreed; first report due February 2026."],
        ["3", "Vision, leadership and governance",
         "SCTS should ensure that the register of interests for Board members is updated annually and "
         "published on its website.", "", "", "", "", ""],
        ["3.1", "", "Request annual declarations from all Board members and publish the updated register.",
         "Board Secretary", "31/05/2025", "31/08/2025", "Red",
         "Two declarations outstanding; reminder issued by the Chair."],
        ["4", "Use of resources to improve outcomes",
         "SCTS should develop performance measures for the digital programme that demonstrate the benefits "
         "achieved for court and tribunal users.", "", "", "", "", ""],
        ["4.1", "", "Define a benefits realisation framework for the Digital Strategy, with baseline measures "
         "for each workstream.",
         "Chief Digital Officer", "June 2026", "", "Green",
         "Baselines agreed for Evidence and Case Management workstreams."],
        ["4.2", "", "Report digital benefits to the Board alongside the quarterly performance report.",
         "Chief Digital Officer; Head of Performance", "Quarterly", "", "Green",
         "First report included in Q2 performance pack."],
        [],
        ["Status key: Complete = implemented and evidence provided to Audit Scotland; Green = on track; "
         "Amber = at risk of missing the agreed date; Red = overdue"],
        ["Total actions: 7", "", "Complete: 2", "Green: 3", "Amber: 1", "Red: 1"],
    ]
    with open(os.path.join(HERE, "zzy-scottish-courts-and-tribunals-service-annual-audit-report-2024-25-"
                                 "action-plan-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Highland Home Carers - Care Inspectorate improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_hhc():
    lines = [
        "Highland Home Carers Ltd – Care Inspectorate Improvement Plan",
        "Service: Highland Home Carers – Care at Home and Housing Support (combined service)",
        "Inspection completed: 18 June 2025\tReport published: 22 July 2025",
        "Plan last updated: 03/11/2025",
        "",
        "Ref\tAction\tResponsible\tTimescale\tProgress\tStatus",
        "Key question 1: How well do we support people's wellbeing?",
        "Requirement 1",
        "By 30 September 2025, the provider must ensure that people receive their medication as prescribed. "
        "To do this, the provider must, at a minimum, ensure that medication administration records are "
        "accurate and complete and that staff competency in medication administration is assessed annually.",
        "R1.1\tIntroduce electronic MAR charts on the CareLineLive app for all people receiving medication "
        "support.\tMorag MacLeod (Registered Manager)\t31/08/2025\tLive for all 168 people from 25/08/2025\tComplete",
        "R1.2\tComplete annual medication competency assessments for all care staff, prioritising staff in "
        "the Lochaber area.\tArea Co-ordinators\tBy 30 September 2025\t142 of 155 staff assessed\tOn track",
        "R1.3\tCarry out monthly MAR audits and feed the findings into staff supervision.\tMM / DF\tOngoing"
        "\tAugust and September audits completed\tOn track",
        "Key question 3: How good is our staff team?",
        "Area for improvement 1",
        "To ensure people experience consistent care, the provider should ensure that staff rotas are planned "
        "to maximise continuity of carers and that people are informed of any changes to their visit times.",
        "A1.1\tReview rota planning for the Inverness West runs so that each person has a core team of no more "
        "than four carers.\tScheduling Team Leader\tSept 2025 – Jan 2026\tTwo of five runs re-planned; "
        "recruitment gaps in Culloden\tAmber",
        "A1.2\tSend people a weekly schedule of their carers by text or letter, and telephone them when a visit "
        "time changes by more than 30 minutes.\tOffice Co-ordinators\t31 October 2025\tAwaiting app update from "
        "supplier\tNot started",
        "Key question 5: How well is our care and support planned?",
        "Area for improvement 2",
        "The provider should ensure that personal plans are reviewed at least once in every six month period, "
        "with the person and their representatives involved in the review.",
        "A2.1\tCreate a six-monthly review schedule for everyone supported and allocate reviews to Senior "
        "Carers.\tDeputy Manager\t30/11/2025\tSchedule in place; 61 reviews completed\tOn track",
        "A2.2\tRecord the views of people and their relatives in a dedicated section of the review document."
        "\tDeputy Manager\t30/11/2025\tNew template in use since October\tGreen",
        "",
        "Plan agreed by: Morag MacLeod, Registered Manager\tDate: 05/08/2025",
        "Next review: monthly at the Quality Assurance meeting",
    ]
    with open(os.path.join(HERE, "zzy-highland-home-carers-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_acni()
    make_beech_lodge()
    make_careers_wales()
    make_millburn()
    make_ctm_hiw()
    make_scts()
    make_hhc()
    print("built 7 files in", HERE)
