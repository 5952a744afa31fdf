#!/usr/bin/env python
"""Build the seven zwo- blind test files (set heldout636).

Run with /work/main/.venv/bin/python zwo_make.py ; files are written beside this script.
Only files whose names start with zwo- are written.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwo-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


RAG_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}


# ====================================================== 1. Tan-y-Lan (docx)
def make_tanylan():
    doc = Document()
    landscape(doc)
    doc.add_heading(
        "Ysgol Gynradd Gymraeg Tan-y-Lan: Cynllun Gweithredu Ôl-Arolygiad / "
        "Post-Inspection Action Plan", level=0)
    doc.add_paragraph(
        "Estyn core inspection 10–13 March 2025. This plan addresses the three "
        "recommendations in the inspection report and was approved by the "
        "governing body on 19 May 2025. Progress is reported to the full "
        "governing body each term.")

    info = [
        ("Pennaeth / Headteacher", "Mrs Elin Rowlands (EL)"),
        ("Cadeirydd y Llywodraethwyr / Chair of Governors", "Mr Gareth Bevan"),
        ("Awdurdod lleol / Local authority", "City and County of Swansea"),
        ("Dilyniant / Follow-up", "Estyn review"),
        ("Fersiwn / Version", "v3 – progress update, 14 October 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "D9E2F3")

    doc.add_paragraph()
    doc.add_paragraph(
        "Allwedd / Key: Green – on track; Amber – some slippage, action in hand; "
        "Red – not on track; Blue – completed.")

    header = ["Rhif / No.", "Cam gweithredu / Action", "Meini llwyddiant / Success criteria",
              "Arweinydd / Lead", "Amserlen / Timescale", "Cynnydd / Progress (RAG)",
              "Diweddariad / Update October 2025"]
    recs = [
        ("R1: Improve the consistency of teaching so that it provides suitable "
         "challenge for all pupils", [
            ("1.1",
             "Carry out paired learning walks and book scrutinies each half term.\n"
             "Focus on the level of challenge for more able pupils in every class.",
             "All lessons observed in the summer term are judged to provide suitable "
             "challenge; books show more able pupils completing extension work.",
             "Headteacher / Deputy Headteacher", "Autumn term 2025", "Green",
             "Two rounds completed (September and October). Findings shared with staff."),
            ("1.2",
             "Provide professional learning for all teachers and teaching assistants on "
             "questioning and adapting tasks, delivered with the Swansea education "
             "improvement adviser.",
             "Staff questionnaire shows increased confidence; questioning is a strength "
             "in learning walks.",
             "Deputy Headteacher", "Summer term 2026", "Amber",
             "First session moved to November because of adviser availability."),
            ("1.3",
             "Introduce a shared planning format for the Progression Step 2 and 3 "
             "classes that identifies extension tasks in each unit of work.",
             "Planning format used in all PS2 and PS3 classes.",
             "Progression Step leaders", "October 2025", "Blue",
             "In place in all classes from 1 October."),
        ]),
        ("R2: Strengthen pupils' extended writing skills in Welsh and English across "
         "the curriculum", [
            ("2.1",
             "Audit the opportunities for extended writing in each class's termly plans "
             "and agree a minimum expectation for each year group.",
             "Minimum expectations agreed and shared with all staff.",
             "Literacy Coordinator", "September 2025", "Blue",
             "Audit completed; expectations agreed at staff meeting 18 September."),
            ("2.2",
             "Use the 'Big Write' approach fortnightly in Years 3 to 6, with moderated "
             "samples reviewed by the literacy team each half term.",
             "Moderated samples show most pupils writing at length with increasing "
             "accuracy in both languages.",
             "Literacy Coordinator, Year 3–6 teachers", "Summer term 2026", "Green",
             "Started in all KS2 classes; first moderation 21 October."),
            ("2.3",
             "Report pupils' progress in writing to the curriculum and standards "
             "committee of the governing body each term.",
             "Governors can describe pupils' progress in writing.",
             "Headteacher", "Termly", "Green",
             "Autumn report scheduled for 27 November committee."),
        ]),
        ("R3: Ensure that governors hold leaders to account robustly for the quality "
         "of provision", [
            ("3.1",
             "Arrange training for all governors on their role in school "
             "self-evaluation, delivered by the local authority governor support unit.",
             "All governors attend; minutes show more challenge to leaders.",
             "Chair of Governors", "November 2025", "Red",
             "Session on 2 October cancelled; new date not yet confirmed."),
            ("3.2",
             "Establish a governor link for each recommendation, with a termly visit "
             "and written report to the full governing body.",
             "Link governor reports received for each recommendation every term.",
             "Chair of Governors / Clerk to the Governors", "31/03/2026", "Amber",
             "Link governors identified for R1 and R2; R3 vacancy."),
        ]),
    ]
    for heading, rows in recs:
        doc.add_heading(heading, level=2)
        tab = doc.add_table(rows=1, cols=len(header))
        tab.style = "Table Grid"
        for c, h in zip(tab.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for r in rows:
            cells = tab.add_row().cells
            for c, v in zip(cells, r):
                set_cell(c, v)
            shade(cells[5], {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
                             "Blue": "00B0F0"}[r[5]])
        doc.add_paragraph()

    doc.add_paragraph("Cymeradwyo / Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Signature", "Date"]):
        set_cell(c, h, bold=True)
    set_cell(so.rows[1].cells[0], "Headteacher")
    set_cell(so.rows[1].cells[2], "19/05/2025")
    set_cell(so.rows[2].cells[0], "Chair of Governors")
    set_cell(so.rows[2].cells[2], "19/05/2025")
    doc.save(out("zwo-ysgol-gynradd-gymraeg-tan-y-lan-estyn-post-inspection-action-plan.docx"))


# ================================================== 2. Invest NI (xlsx)
def make_investni():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ("Invest Northern Ireland – NIAO Report to those Charged with Governance: "
                "Recommendations Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – 27 November 2025 (position at 31 October 2025)"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Summary of recommendations by status and priority"
    ws["A4"].font = Font(bold=True)
    summary = [
        ("Status", "Priority 1", "Priority 2", "Priority 3", "Total"),
        ("Implemented (B)", 0, 2, 0, 2),
        ("On track (G)", 1, 0, 1, 2),
        ("At risk (A)", 0, 1, 1, 2),
        ("Target date missed (R)", 0, 1, 0, 1),
        ("Total", 1, 4, 2, 7),
    ]
    for i, row in enumerate(summary, start=5):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5 or i == 10 or j == 1:
                c.font = Font(bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("B", "Implemented – evidence provided to Internal Audit"),
           ("G", "On track to be implemented by the target date"),
           ("A", "Risk that the target date will not be met"),
           ("R", "Target date missed / not implemented")]
    for i, (k, v) in enumerate(key, start=13):
        ws.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width = 26
    for col in "BCDE":
        ws.column_dimensions[col].width = 12

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "NIAO Report to those Charged with Governance – recommendations and agreed actions"
    tr["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Priority", "Finding", "NIAO recommendation",
               "Management response and agreed action", "Responsible officer",
               "Original target date", "Revised target date", "RAG",
               "Progress update (October 2025)"]
    for j, h in enumerate(headers, start=1):
        c = tr.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    band1 = "2024-25 Report to those Charged with Governance (issued July 2025)"
    band2 = "Outstanding recommendations from the 2023-24 Report to those Charged with Governance"
    rows = [
        band1,
        ("2425/1", 1,
         "Testing of a sample of 25 grant claims identified four where evidence of "
         "defrayal had not been retained on file before payment was released.",
         "Invest NI should ensure that evidence of defrayal is obtained and retained for "
         "all grant claims before payment is made.",
         "Agreed. The claims checklist in the grants management system will be updated so "
         "that payment cannot be authorised until defrayal evidence has been uploaded. "
         "Casework staff will be reminded of the requirement through a staff bulletin and "
         "refresher training.",
         "Head of Grant Operations", D(2025, 12, 31), None, "G",
         "System change specified; testing scheduled for November 2025. Refresher training "
         "delivered to 84 casework staff in September."),
        ("2425/2", 2,
         "Three leavers retained access to the finance system for between 12 and 40 days "
         "after their leaving date.",
         "User access to the finance system should be removed promptly when staff leave "
         "the organisation.",
         "Agreed. A monthly reconciliation of the HR leavers report to active finance "
         "system users will be introduced and evidenced.",
         "Head of Finance / Head of IT Security", D(2025, 9, 30), D(2026, 1, 31), "A",
         "First two reconciliations completed; automated leavers report delayed by the "
         "HRConnect upgrade."),
        ("2425/3", 2,
         "The register of gifts and hospitality had not been reviewed by the Audit and "
         "Risk Assurance Committee during the year.",
         "The gifts and hospitality register should be presented to ARAC at least annually.",
         "Agreed. The register will be added to the ARAC forward work plan and presented "
         "each year.",
         "Board Secretary", D(2026, 2, 28), None, "B",
         "Added to forward work plan; register presented to ARAC on 25 September 2025."),
        ("2425/4", 3,
         "The fixed asset register included 46 fully depreciated IT assets that had "
         "already been disposed of.",
         "Invest NI should carry out an annual verification of the fixed asset register.",
         "Agreed. Estates and Digital Services will complete a physical verification "
         "exercise and update the register before the 2025-26 year end.",
         "Head of Estates, Head of Digital Services", D(2026, 3, 31), None, "G",
         "Verification exercise planned for February 2026."),
        ("2425/5", 2,
         "Payments to two suppliers were made on the basis of expired contracts.",
         "Contract expiry dates should be monitored centrally so that extensions or new "
         "procurements are in place before contracts end.",
         "Agreed. The contracts register will be reported to the Procurement Board "
         "quarterly, highlighting contracts expiring within nine months.\n"
         "CoPE guidance will be followed for any direct award.",
         "Head of Procurement", D(2025, 11, 30), None, "R",
         "First quarterly report not yet produced; now scheduled for the December 2025 "
         "Procurement Board."),
        band2,
        ("2324/2", 2,
         "The business continuity plan had not been tested since 2021.",
         "The business continuity plan should be tested annually and lessons learned "
         "recorded.",
         "Agreed. A desktop exercise based on a cyber incident scenario will be held with "
         "the Executive Leadership Team.",
         "Director of Corporate Services", D(2025, 3, 31), D(2025, 10, 31), "B",
         "Exercise held 8 October 2025; lessons learned report to ELT in November."),
        ("2324/4", 3,
         "Several policies published on the intranet were past their review date.",
         "A schedule of policy review dates should be maintained and monitored.",
         "Agreed. A central policy register will be maintained by Governance and reported "
         "six-monthly to ELT.",
         "Head of Governance and Risk", D(2025, 6, 30), D(2026, 3, 31), "A",
         "Register compiled; 14 of 52 policies still overdue for review."),
    ]
    r = 4
    for item in rows:
        if isinstance(item, str):
            tr.cell(row=r, column=1, value=item).font = Font(bold=True)
            for j in range(1, 11):
                tr.cell(row=r, column=j).fill = fill("D9D9D9")
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for j, v in enumerate(item, start=1):
                c = tr.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            tr.cell(row=r, column=9).fill = fill(RAG_FILL[item[8]])
            tr.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    widths = [9, 8, 40, 40, 50, 24, 12, 12, 6, 40]
    for j, w in enumerate(widths):
        tr.column_dimensions[chr(65 + j)].width = w
    tr.freeze_panes = "A4"

    pr = wb.create_sheet("Priority definitions")
    pr["A1"] = "NIAO priority ratings"
    pr["A1"].font = Font(bold=True)
    defs = [("Priority 1", "Significant issues for the attention of senior management which may "
                           "have the potential to result in material weakness in internal control."),
            ("Priority 2", "Important issues to be addressed by management in their areas of "
                           "responsibility."),
            ("Priority 3", "Minor issues where improvement to existing good practice is suggested.")]
    for i, (k, v) in enumerate(defs, start=2):
        pr.cell(row=i, column=1, value=k)
        pr.cell(row=i, column=2, value=v).alignment = WRAP
    pr.column_dimensions["B"].width = 90
    wb.save(out("zwo-invest-ni-niao-report-to-those-charged-with-governance-action-plan.xlsx"))


# ======================================================= 3. SPT (xlsx)
def make_spt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risk register"
    ws["A1"] = "Strathclyde Partnership for Transport – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position at 30 September 2025 – report to the Audit and Standards Committee, "
                "7 November 2025")
    ws["A2"].font = Font(italic=True)
    headers = ["Risk", "Risk description (cause, event, effect)", "Risk owner",
               "Current controls", "Residual score (L x I)", "Action ref",
               "Further action required", "Action owner", "Target date", "Action status"]
    HR = 4
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("E4002B")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    risks = [
        ("SR01 – Financial sustainability",
         "Revenue and capital funding from constituent councils and Transport Scotland is "
         "insufficient to deliver statutory duties and the Regional Transport Strategy, "
         "leading to reductions in services.",
         "Director of Finance and Corporate Support",
         "Medium-term financial plan; monthly budget monitoring to the Partnership; "
         "reserves strategy.",
         "4 x 4 = 16", "FF0000", [
            ("SR01.1", "Update the medium-term financial plan 2026/27 to 2030/31 and present "
                       "it to the Partnership.", "Head of Finance", D(2026, 3, 31), "G"),
            ("SR01.2", "Agree 2026/27 requisition levels with the 12 constituent councils.",
             "Director of Finance and Corporate Support", D(2026, 2, 28), "A"),
        ]),
        ("SR02 – Subway modernisation",
         "Delays to the introduction of the new rolling stock and train control system "
         "result in increased programme cost and reduced reliability of the Subway.",
         "Director of Subway",
         "Programme board; independent assurance reviews; contract change control.",
         "3 x 5 = 15", "FF0000", [
            ("SR02.1", "Complete the phased introduction of the new trains into passenger "
                       "service.", "Director of Subway / Programme Director",
             "Q4 2025/26", "A"),
            ("SR02.2", "Agree a revised programme with the rolling stock supplier, including "
                       "the liquidated damages position.", "Head of Legal and Procurement",
             D(2025, 12, 31), "R"),
            ("SR02.3", "Report programme cost and schedule to each meeting of the Strategy and "
                       "Programmes Committee.", "Programme Director", "Ongoing", "G"),
        ]),
        ("SR03 – Cyber security",
         "A successful cyber attack disrupts Subway operations, ticketing or corporate "
         "systems and results in loss of data.",
         "Director of Finance and Corporate Support",
         "Cyber Essentials Plus certification; managed security operations centre; "
         "mandatory staff e-learning.",
         "3 x 4 = 12", "FFC000", [
            ("SR03.1", "Complete the Scottish Public Sector Cyber Resilience Framework "
                       "self-assessment and associated improvement plan.", "Head of Digital",
             D(2025, 12, 31), "G"),
            ("SR03.2", "Run a cyber incident exercise with the Subway control room.",
             "Head of Digital; Subway Operations Manager", D(2025, 9, 30), "B"),
        ]),
        ("SR04 – Bus network sustainability",
         "Withdrawal of commercial bus services by operators increases demand for "
         "supported services beyond the available budget.",
         "Director of Transport Operations",
         "Supported services budget monitoring; operator liaison meetings; tender "
         "framework.",
         "4 x 3 = 12", "FFC000", [
            ("SR04.1", "Carry out a review of the supported bus network and present options "
                       "to the Operations Committee.", "Head of Bus Operations",
             "Mar 2026", "G"),
            ("SR04.2", "Progress the regional bus franchising assessment under the Transport "
                       "(Scotland) Act 2019.",
             "Director of Transport Operations, Director of Policy and Planning",
             "31/03/2027", "G"),
        ]),
    ]
    r = HR + 1
    for title, desc, owner, controls, score, scorefill, actions in risks:
        first = r
        for ref, act, aowner, target, status in actions:
            vals = [ref, act, aowner, target]
            for j, v in zip(range(6, 10), vals):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            sc = ws.cell(row=r, column=10)
            sc.fill = fill(RAG_FILL[status])
            sc.border = BOX
            r += 1
        last = r - 1
        for j, v in enumerate([title, desc, owner, controls, score], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j == 1:
                c.font = Font(bold=True)
            if j == 5:
                c.fill = fill(scorefill)
                c.alignment = Alignment(horizontal="center", vertical="top")
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Action status key").font = Font(bold=True)
    r += 1
    for k, label in [("G", "On track"), ("A", "Delayed – within tolerance"),
                     ("R", "Overdue / at risk"), ("B", "Complete")]:
        ws.cell(row=r, column=1).fill = fill(RAG_FILL[k])
        ws.cell(row=r, column=2, value=label)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: scores use the SPT 5 x 5 matrix (likelihood x "
                                    "impact); see the Scoring matrix sheet."))
    widths = [26, 40, 22, 34, 11, 9, 44, 26, 11, 9]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            L = 6 - li
            s = L * im
            c = m.cell(row=li + 2, column=im + 1, value=s)
            c.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "00B050")
    m["A9"] = "1–7 low (green); 8–14 medium (amber); 15–25 high (red)"
    wb.save(out("zwo-strathclyde-partnership-for-transport-strategic-risk-register-2025-26.xlsx"))


# ============================================== 4. Speyside High School (txt, tab)
def make_speyside():
    NC = 7

    def line(*cells):
        cells = list(cells) + [""] * (NC - len(cells))
        return "\t".join(cells)

    L = []
    L.append("Speyside High School – Post-Inspection Improvement Plan 2025/26")
    L.append("Following the Education Scotland inspection (February 2025). Areas for "
             "improvement agreed with the Head Teacher and Moray Council.")
    L.append("")
    L.append(line("Area for improvement", "No.", "Action", "Lead", "Timescale",
                  "RAG (Dec 2025)", "Comment"))
    afis = [
        ("1. Senior leaders should continue to develop the curriculum rationale, including "
         "pathways in the senior phase, so that it meets the needs of all young people.", [
            ("1a", "Consult young people, parents and partners on a refreshed curriculum "
                   "rationale reflecting the Speyside context, including land-based and "
                   "hospitality pathways.", "Depute Head Teacher (Curriculum)", "December 2025",
             "G", "Pupil and parent surveys closed 21 November."),
            ("1b", "Extend senior phase partnership courses with Moray College UHI and local "
                   "employers, including Foundation Apprenticeships in Food and Drink "
                   "Technologies.", "DHT (Curriculum)/DYW Co-ordinator", "August 2026", "G",
             ""),
            ("1c", "Review the S3 elective structure so that all young people experience their "
                   "full BGE entitlement in all curriculum areas.", "Head Teacher",
             "June 2026", "A", "Timetable modelling started; staffing dependent."),
        ]),
        ("2. Teachers should use assessment information more effectively to plan learning "
         "that meets the needs of all young people, including those who require more "
         "challenge.", [
            ("2a", "Introduce a whole-school tracking and monitoring calendar with three "
                   "tracking points each session.", "DHT (Attainment)", "October 2025",
             "Complete", "Calendar issued August; first tracking point completed."),
            ("2b", "Deliver professional learning on using assessment data to plan "
                   "differentiated learning, through departmental collaborative enquiry.",
             "PT Raising Attainment", "March 2026", "A",
             "Two of five sessions delivered; INSET day moved."),
            ("2c", "Faculty heads to sample planning and learner conversations each term and "
                   "report findings to SLT.", "Faculty Heads", "Termly", "G", ""),
        ]),
        ("3. Senior leaders and staff should improve attendance and raise attainment for "
         "young people who face barriers to their learning.", [
            ("3a", "Use Pupil Equity Funding to appoint a family learning worker to support "
                   "young people and families where attendance is below 90%.",
             "Head Teacher; Moray Council Quality Improvement Officer", "November 2025",
             "Complete", "Appointed 3 November."),
            ("3b", "Introduce a targeted mentoring programme for S4–S6 young people at risk of "
                   "not achieving five or more qualifications at SCQF level 5.",
             "Pupil Support Principal Teachers", "February 2026", "A",
             "Mentors identified; matching to young people under way."),
            ("3c", "Report the attendance and attainment of targeted groups to the Parent "
                   "Council each term.", "Head Teacher", "Ongoing", "G", ""),
        ]),
    ]
    for afi, acts in afis:
        L.append(line(afi))
        for a in acts:
            L.append(line("", *a))
    L.append("")
    L.append("RAG key: G = on track; A = some concern, action being taken; R = significant "
             "concern; Complete = action completed.")
    L.append("Notes: Plan approved by the Moray Council Head of Education (Schools) on 16 June "
             "2025. Progress is reported to the Parent Council termly.")
    with open(out("zwo-speyside-high-school-education-scotland-inspection-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ========================================= 5. Tregerddan (csv, typo-month refuse)
def make_tregerddan():
    import csv
    import io
    NC = 7
    rows = []

    def add(*cells):
        rows.append(list(cells) + [""] * (NC - len(cells)))

    add("Ceredigion County Council – Tregerddan Residential Home")
    add("Care Inspectorate Wales (CIW) inspection 8–9 July 2025: improvement plan")
    add("Responsible Individual: Corporate Lead Officer – Porth Gofal | Registered Manager: "
        "Sian Jenkins | Updated 3 November 2025")
    add()
    add("Theme", "Ref", "CIW area for improvement", "Action", "Responsible", "Target date",
        "Status")
    add("Care and Support")
    add("", "CS1", "Personal plans are not always reviewed at least every three months "
                   "(Regulation 16).",
        "Set up a review schedule for all personal plans and record each review with the "
        "individual and their representative.", "Registered Manager", "30/09/2025",
        "Complete")
    add("", "CS2", "",
        "Audit five personal plans each month and feed back to key workers.",
        "Deputy Manager", "Monthly", "On track")
    add("", "CS3", "Medication administration records were not always signed, and PRN "
                   "protocols were missing for two people (Regulation 58).",
        "All staff who administer medication to complete refresher training and a "
        "competency assessment.", "Deputy Manager; Ceredigion Training Team", "Oct-25",
        "On track")
    add("", "CS4", "",
        "Weekly medication audits by senior care officers, with results reported to the "
        "Registered Manager.", "Senior Care Officers", "Febuary 2026", "On track")
    add("Environment")
    add("", "EN1", "Some areas of the home require redecoration and the sluice room door was "
                   "not kept locked (Regulation 44).",
        "Fit a keypad lock to the sluice room door.", "Property Services", "31/07/2025",
        "Complete")
    add("", "EN2", "",
        "Agree a programme of redecoration for the first-floor corridor and lounge.",
        "Registered Manager / Property Services", "March 2026", "On track")
    add("Leadership and Management")
    add("", "LM1", "The Responsible Individual's six-monthly quality of care review did not "
                   "include the views of people living at the home (Regulation 80).",
        "Include feedback from the residents' meeting and a family questionnaire in the next "
        "quality of care review.", "Responsible Individual", "December 2025", "Not started")
    add("", "LM2", "Not all staff had received supervision at least quarterly (Regulation 36).",
        "Introduce a supervision matrix and monitor it at the monthly management meeting.",
        "Registered Manager", "End of November 2025", "On track")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("zwo-ceredigion-county-council-tregerddan-care-home-ciw-inspection-"
                  "improvement-plan-typo-month-refuse.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ============================================ 6. MindWise supported living (docx)
def make_mindwise():
    doc = Document()
    landscape(doc)
    doc.add_heading("MindWise Supported Living Service – RQIA Inspection Quality Improvement "
                    "Action Plan", level=1)
    doc.add_paragraph("Domiciliary Care Agency (supported living) | RQIA ID 020934 | "
                      "Unannounced care inspection 14 and 15 May 2025")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "E7E6E6")
    for v in [("1.0", "10/06/2025", "Registered Manager", "Submitted to RQIA with the QIP"),
              ("1.1", "22/09/2025", "Registered Manager",
               "Progress update for the Quality and Governance Committee")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            set_cell(c, t)
    doc.add_paragraph()

    header = ["No.", "Ref", "Area for improvement (RQIA)", "Action", "Responsible",
              "By when", "RAG"]
    SH = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    sections = [
        ("Action required to ensure compliance with The Domiciliary Care Agencies "
         "Regulations (Northern Ireland) 2007", [
            ("Regulation 13 (d)",
             "The registered person shall ensure that staff are not supplied to work in the "
             "agency unless full and satisfactory information is available in respect of "
             "each of the matters specified in Schedule 3, including a full employment "
             "history with any gaps explained.", [
                ("1.1", "Recruitment checklist amended so that gaps in employment history are "
                        "explored at interview and the explanation is recorded and signed by "
                        "the interviewer.", "Registered Manager / HR Business Partner",
                 "30 June 2025", "B"),
                ("1.2", "Audit of all staff personnel files against Schedule 3; any gaps to be "
                        "addressed with the individual staff member.", "HR Business Partner",
                 "31 July 2025", "B"),
            ]),
            ("Regulation 23 (1)",
             "The registered person shall establish and maintain a system for evaluating the "
             "quality of the services which the agency arranges to be provided, including "
             "monthly quality monitoring reports which identify an action plan.", [
                ("2.1", "Monthly quality monitoring visits to be completed by the Area "
                        "Manager using the revised template, with an action plan and "
                        "timescales in each report.", "Area Manager", "Monthly", "G"),
                ("2.2", "Registered Manager to review each monthly report at the team meeting "
                        "and track completion of actions on the service improvement log.",
                 "Registered Manager", "August 2025", "G"),
            ]),
        ]),
        ("Action required to ensure compliance with the Domiciliary Care Agencies Minimum "
         "Standards, 2021", [
            ("Standard 12.3",
             "The registered person shall ensure that staff complete mandatory training, "
             "including Adult Safeguarding and Deprivation of Liberty Safeguards training, "
             "within the required timescales.", [
                ("3.1", "Training matrix reviewed weekly by the Registered Manager; staff with "
                        "overdue training booked onto the next available course.",
                 "Registered Manager", "31/08/2025", "A"),
                ("3.2", "Deprivation of Liberty Safeguards Level 2 training to be delivered to "
                        "all support staff.", "Learning and Development Manager",
                 "October 2025", "A"),
            ]),
            ("Standard 8.12",
             "The registered person shall ensure that care and support plans are reviewed at "
             "least annually, or as changes occur, with the involvement of the service user.", [
                ("4.1", "All care and support plans reviewed with tenants and their key "
                        "workers; review dates entered on the electronic care planning system.",
                 "Senior Support Workers", "30/09/2025", "R"),
                ("4.2", "Quarterly audit of ten care and support plans by the Area Manager.",
                 "Area Manager", "Quarterly", "G"),
            ]),
        ]),
    ]
    for heading, afis in sections:
        doc.add_heading(heading, level=2)
        tab = doc.add_table(rows=1, cols=len(header))
        tab.style = "Table Grid"
        for c, h in zip(tab.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "C9C9C9")
        for ref, afi, acts in afis:
            start = len(tab.rows)
            for no, act, resp, when, rag in acts:
                cells = tab.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[3], act)
                set_cell(cells[4], resp)
                set_cell(cells[5], when)
                set_cell(cells[6], "")
                shade(cells[6], SH[rag])
            end = len(tab.rows) - 1
            a = tab.cell(start, 1).merge(tab.cell(end, 1))
            set_cell(a, ref)
            b = tab.cell(start, 2).merge(tab.cell(end, 2))
            set_cell(b, afi)
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – action complete; Green – on track; Amber – in progress, "
                      "some delay; Red – overdue.")
    doc.add_paragraph("Approved by: Director of Services, 24 September 2025")
    doc.save(out("zwo-mindwise-supported-living-rqia-inspection-quality-improvement-action-plan.docx"))


# ==================================== 7. Cardiff and Vale UHB annual plan (xlsx)
def make_cav():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = ("Cardiff and Vale University Health Board – Annual Plan 2025/26 Quarter 2 "
                "Delivery Report")
    cv["A1"].font = Font(bold=True, size=14)
    info = [("Report to", "Strategy and Delivery Committee"),
            ("Meeting date", "11 November 2025"),
            ("Executive lead", "Executive Director of Strategy and Planning"),
            ("Purpose", "For assurance"),
            ("Reporting period", "1 July – 30 September 2025")]
    for i, (k, v) in enumerate(info, start=3):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv["A9"] = "RAG key"
    cv["A9"].font = Font(bold=True)
    key = [("Blue", "Complete", "0070C0"),
           ("Green", "On track to deliver by the due date", "00B050"),
           ("Amber", "At risk – mitigating action in place", "FFC000"),
           ("Red", "Off track – will not be delivered by the due date", "FF0000")]
    for i, (k, v, col) in enumerate(key, start=10):
        cv.cell(row=i, column=1, value=k).fill = fill(col)
        cv.cell(row=i, column=2, value=v)
    cv["A15"] = "Q2 position by priority"
    cv["A15"].font = Font(bold=True)
    summ = [("Priority", "Blue", "Green", "Amber", "Red", "Total"),
            ("Priority 1", 1, 1, 1, 0, 3),
            ("Priority 2", 0, 1, 1, 1, 3),
            ("Priority 3", 0, 1, 1, 1, 3),
            ("Total", 1, 3, 3, 2, 9)]
    for i, row in enumerate(summ, start=16):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (16, 20) or j == 1:
                c.font = Font(bold=True)
    cv.column_dimensions["A"].width = 20
    cv.column_dimensions["B"].width = 50

    D = dt.datetime
    sheets = [
        ("Priority 1", "Priority 1: Improving access to urgent and emergency care", [
            ("UEC1", "Open the Same Day Emergency Care unit at University Hospital of Wales "
                     "seven days a week.", "Chief Operating Officer", "Q2 2025/26",
             "Amber", "Blue", "Seven-day opening from 1 September 2025.", None),
            ("UEC2", "Reduce ambulance handover delays over one hour by 25% against the "
                     "2024/25 baseline.", "Chief Operating Officer; Executive Nurse Director",
             "Q4 2025/26", "Red", "Amber",
             "Reduction of 14% at the end of Q2. Handover improvement trajectory agreed with "
             "WAST.",
             "Risk that winter pressures will reverse progress; escalation plan in place."),
            ("UEC3", "Implement 'Home First' discharge to recover then assess pathways with "
                     "Cardiff Council and the Vale of Glamorgan Council.",
             "Chief Operating Officer", "March 2026", "Green", "Green",
             "Pathways 1 and 2 live; pathway 3 in design.", None),
        ]),
        ("Priority 2", "Priority 2: Timely access to planned care", [
            ("PC1", "Eliminate waits of over 104 weeks for treatment in all specialties.",
             "Chief Operating Officer", D(2026, 3, 31), "Amber", "Amber",
             "312 patients waiting over 104 weeks, mainly in orthopaedics and ENT.", None),
            ("PC2", "Open the second theatre in the Lakeside Wing to increase orthopaedic day "
                    "case capacity.",
             "Chief Operating Officer / Director of Capital, Estates and Facilities",
             D(2025, 12, 31), "Green", "Red",
             "Ventilation works delayed; opening now expected April 2026.", None),
            ("PC3", "Validate all patients on the outpatient follow-up waiting list who are "
                    "past their target date.", "Executive Medical Director", "Q3 2025/26",
             "Green", "Green", "68% validated at the end of September.", None),
        ]),
        ("Priority 3", "Priority 3: Sustainable workforce and finances", [
            ("WF1", "Reduce agency nursing spend by 30% compared with 2024/25.",
             "Executive Nurse Director", "March 2026", "Green", "Green",
             "Spend 34% lower than the same period last year.", None),
            ("WF2", "Deliver the 2025/26 savings programme of £34.6m.",
             "Executive Director of Finance", "Q4 2025/26", "Amber", "Red",
             "£12.1m delivered against a year-to-date target of £16.8m.", None),
            ("WF3", "Achieve 85% compliance with values based appraisal (PADR).",
             "Executive Director of People and Culture", "Ongoing", "Red", "Amber",
             "Compliance 74%, up from 69% at Q1.", None),
        ]),
    ]
    RF = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    headers = ["Ref", "Milestone", "Executive lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"]
    for sname, heading, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for j, h in enumerate(headers, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for ref, ms, lead, due, q1, q2, upd, cont in rows:
            for j, v in enumerate([ref, ms, lead, due, q1, q2, upd], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=5).fill = fill(RF[q1])
            ws.cell(row=r, column=6).fill = fill(RF[q2])
            r += 1
            if cont:
                c = ws.cell(row=r, column=7, value=cont)
                c.alignment = WRAP
                c.border = BOX
                r += 1
        r += 1
        ws.cell(row=r, column=1, value=("Note: milestones are taken from the Annual Plan "
                                        "2025/26 approved by the Board on 27 March 2025."))
        for j, w in enumerate([8, 50, 30, 12, 9, 9, 50]):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.save(out("zwo-cardiff-and-vale-uhb-annual-plan-2025-26-q2-delivery-report.xlsx"))


if __name__ == "__main__":
    make_tanylan()
    make_investni()
    make_spt()
    make_speyside()
    make_tregerddan()
    make_mindwise()
    make_cav()
    print("built 7 files in", HERE)
