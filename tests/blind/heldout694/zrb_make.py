"""Build the seven zrb- blind test files (set heldout694).

Run with /work/main/.venv/bin/python zrb_make.py ; writes next to this script.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrb-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


# ======================================================= 1. SFT IA tracker
def make_sft():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Scottish Futures Trust – Internal Audit Recommendations Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Committee, 3 December 2025 – Paper ARC/25/37"
    cov["A3"] = ("Position at 14 November 2025. Prepared by the Head of Finance with "
                 "updates from action owners; completion evidence reviewed by Azets (internal auditors).")
    cov["A5"] = "RAG key (status is shown by fill colour in the RAG column of the Tracker sheet)"
    cov["A5"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence provided; proposed for closure"),
           (GREEN, "On track to meet target date"),
           (AMBER, "Revised target date agreed, or at risk of slipping"),
           (RED, "Overdue – target date has passed")]
    for i, (col, txt) in enumerate(key, start=6):
        cov.cell(row=i, column=1).fill = fill(col)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2, value=txt)
    cov["A11"] = "Grade definitions"
    cov["A11"].font = Font(bold=True)
    grades = [("Grade 4", "Significant weakness – immediate action required"),
              ("Grade 3", "Weakness that should be addressed within six months"),
              ("Grade 2", "Improvement to the control environment – address within twelve months"),
              ("Grade 1", "Minor – for management consideration")]
    for i, (g, d) in enumerate(grades, start=12):
        cov.cell(row=i, column=1, value=g)
        cov.cell(row=i, column=2, value=d)
    cov["A17"] = "Summary of recommendations on the tracker"
    cov["A17"].font = Font(bold=True)
    cov["A18"], cov["B18"] = "Status", "Number"
    cov["A18"].font = cov["B18"].font = Font(bold=True)
    summ = [("Complete (blue)", 2), ("On track (green)", 3),
            ("Revised date / at risk (amber)", 2), ("Overdue (red)", 1), ("Total", 8)]
    for i, (s, n) in enumerate(summ, start=19):
        cov.cell(row=i, column=1, value=s)
        cov.cell(row=i, column=2, value=n)
    cov["A23"].font = cov["B23"].font = Font(bold=True)
    widths(cov, [34, 80])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Scottish Futures Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit Recommendations Tracker – position at 14 November 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Status is shown by fill colour in the RAG column – see key on the Cover sheet."
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Grade", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG", "Management update (November 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX

    D = lambda d, m, y: datetime(y, m, d)
    rows = [
        ("S", "2023/24 Procurement and Contract Management (final report March 2024)"),
        ("A", "PCM 1", "Grade 3",
         "SFT should refresh its Contract Management Framework so that the contract owner, review "
         "frequency and escalation route are defined for every contract over £50,000.",
         "Update the Contract Management Framework and the contract register template to record the "
         "contract owner, review frequency and escalation route for each contract.",
         "Head of Finance", D(30, 9, 2024), D(31, 12, 2025), AMBER,
         "Framework redrafted; register template being tested with the Infrastructure team. "
         "Revised date agreed at the September ARC.", "merge2"),
        ("A", "PCM 2", "Grade 3", None,
         "Deliver contract management training to all contract owners and record attendance.",
         "Head of People", D(31, 12, 2024), D(31, 3, 2026), AMBER,
         "Training content agreed with procurement partner; sessions scheduled for February 2026.", None),
        ("A", "PCM 3", "Grade 2",
         "Waivers of the procurement procedure should be reported to the Audit and Risk Committee "
         "every six months.",
         "Add a six-monthly waiver report to the ARC forward plan, with the first report to the June "
         "2025 meeting.",
         "Director of Finance and Corporate Services", D(30, 6, 2025), None, BLUE,
         "First report presented to ARC on 17 June 2025. Proposed for closure.", None),
        ("S", "2024/25 Cyber Security and Resilience (final report May 2025)"),
        ("A", "CSR 1", "Grade 4",
         "SFT should test its IT disaster recovery plan at least annually, including restoration of "
         "key systems from backup.",
         "Carry out a full disaster recovery test, including restore of SharePoint and the finance "
         "system from backup, and report the results to the Executive Team.",
         "Head of Digital and IT", D(31, 10, 2025), None, RED,
         "Test postponed because of supplier availability; now booked for 8 December 2025.", None),
        ("A", "CSR 2", "Grade 3",
         "Privileged user accounts should be reviewed quarterly and leavers' access should be removed "
         "within one working day.",
         "Introduce a quarterly review of privileged accounts, signed off by the Head of Digital and IT.",
         "Head of Digital and IT", D(30, 9, 2025), None, BLUE,
         "Q2 review completed 26 September 2025; evidence provided to Azets.", "merge2"),
        ("A", "CSR 3", "Grade 3", None,
         "Amend the leavers checklist so that People notify IT on the leaver's last working day and "
         "access is removed within one working day.",
         "Head of People / Head of Digital and IT", D(30, 11, 2025), None, GREEN,
         "Revised checklist in draft; on track.", None),
        ("S", "2024/25 Governance and Board Effectiveness (final report August 2025)"),
        ("A", "GBE 1", "Grade 2",
         "The Board should complete an externally facilitated effectiveness review at least every "
         "three years.",
         "Commission an externally facilitated Board effectiveness review during 2025/26 and report "
         "the findings to the Board.",
         "Head of Corporate Governance", D(31, 3, 2026), None, GREEN,
         "Invitation to quote issued October 2025.", None),
        ("A", "GBE 2", "Grade 2",
         "The Register of Interests should be updated and published within 28 days of any change.",
         "Send six-monthly reminders to Board members and publish the updated Register on the SFT "
         "website within 28 days of each change.",
         "Head of Corporate Governance", D(31, 12, 2025), None, GREEN, "", None),
    ]
    r = 6
    for row in rows:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, ref, grade, rec, act, lead, orig, rev, rag, upd, merge = row
            vals = [ref, grade, rec, act, lead, orig, rev, None, upd]
            for c, v in enumerate(vals, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c in range(1, 10):
                ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=8).fill = fill(rag)
            if merge == "merge2":
                ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=3)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Grade 4 recommendations are reported to every ARC until closed. "
            "Where a revised target date is shown it has been agreed by the Committee.").font = Font(italic=True)
    widths(ws, [8, 9, 42, 48, 24, 13, 13, 7, 44])
    ws.freeze_panes = "A6"
    wb.save(out("zrb-scottish-futures-trust-arc-internal-audit-recommendations-tracker.xlsx"))


# ======================================================= 2. Thrive Homes SRR
def make_thrive():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Thrive Homes – Strategic Risk Register 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 2 review – Board meeting 20 November 2025"
    hdr = ["Ref", "Strategic risk", "Risk owner", "Inherent score", "Residual score Q1",
           "Residual score Q2", "Target score", "Direction of travel"]
    for c, h in enumerate(hdr, start=1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00665E")
        cell.alignment = WRAP
    summ = [("SR1", "Building and fire safety", "Director of Property and Assets", 20, 12, 12, 8, "↔"),
            ("SR2", "Damp, mould and Awaab's Law compliance", "Director of Housing", 20, 15, 12, 8, "↓"),
            ("SR3", "Financial viability and funder covenants", "Executive Director of Finance", 16, 9, 12, 6, "↑"),
            ("SR4", "Data protection and cyber security", "Director of Resources", 16, 9, 9, 6, "↔")]
    for i, row in enumerate(summ, start=5):
        for c, v in enumerate(row, start=1):
            s.cell(row=i, column=c, value=v).border = BOX
    s["A10"] = "Scores are likelihood x impact on a 5 x 5 matrix. Full register and actions on the Register sheet."
    s["A10"].font = Font(italic=True)
    widths(s, [7, 42, 32, 10, 10, 10, 10, 11])

    ws = wb.create_sheet("Register")
    ws["A1"] = "Thrive Homes – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Further mitigating actions and Q2 progress (position at 31 October 2025)"
    hdr = ["Ref", "Further mitigating action", "Action lead", "Target date", "Q1 RAG", "Q2 RAG",
           "Q2 progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00665E")
        cell.alignment = WRAP
        cell.border = BOX
    RAGF = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    blocks = [
        ("SR1 – Building and fire safety",
         "Risk owner: Director of Property and Assets  |  Residual score 12 (L4 x I3)  |  Target 8  |  Appetite: Averse",
         [("1.1", "Close all fire risk assessment actions graded 'high' across the 14 blocks with communal areas.",
           "Head of Building Safety", "Dec-25", "A", "A",
           "31 of 38 high actions closed; the remaining 7 need contractor access to individual flats."),
          ("1.2", "Procure and mobilise a new stock condition survey contract so that 100% of homes are surveyed within five years.",
           "Director of Property and Assets", "Q4 2025/26", "G", "G",
           "Tender evaluation complete; contract award to Board in January.")]),
        ("SR2 – Damp, mould and Awaab's Law compliance",
         "Risk owner: Director of Housing  |  Residual score 12 (L3 x I4)  |  Target 8  |  Appetite: Averse",
         [("2.1", "Implement the revised damp and mould procedure, with every report investigated within 10 working days in line with Awaab's Law timescales.",
           "Head of Repairs and Maintenance", "Oct-25", "A", "B",
           "Procedure live from 27 October 2025."),
          ("2.2", "Train all frontline staff to recognise and report damp and mould.",
           "Head of Repairs and Maintenance / Learning and Development Manager", "Sept 2025 – March 2026", None, "G",
           "New action this quarter. 64% of frontline staff trained so far.")]),
        ("SR3 – Financial viability and funder covenants",
         "Risk owner: Executive Director of Finance  |  Residual score 12 (L3 x I4)  |  Target 6  |  Appetite: Cautious",
         [("3.1", "Refresh the 30-year business plan and stress-test it against the combined downside scenario agreed by the Board.",
           "Executive Director of Finance", "Mar-26", "G", "G",
           "Assumptions agreed at Finance and Audit Committee in October."),
          ("3.2", "Agree a revised interest cover covenant definition with funders.",
           "Executive Director of Finance", "Jan-26", "A", "R",
           "Funder response delayed; escalated to the Finance and Audit Committee.")]),
        ("SR4 – Data protection and cyber security",
         "Risk owner: Director of Resources  |  Residual score 9 (L3 x I3)  |  Target 6  |  Appetite: Cautious",
         [("4.1", "Achieve Cyber Essentials Plus certification.",
           "Head of IT", "Nov-25", "G", "G", "Assessment booked for 18 November 2025."),
          ("4.2", "Run a phishing simulation for all staff each quarter and report click rates to the Executive Leadership Team.",
           "Head of IT", "Quarterly", "G", "G", "Q2 click rate 4.1% (Q1 6.3%).")]),
    ]
    r = 5
    for head, detail, acts in blocks:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("4D4D4D")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        ws.cell(row=r, column=1, value=detail).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, due, q1, q2, upd in acts:
            vals = [ref, act, lead, due, q1, q2, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if q1:
                ws.cell(row=r, column=5).fill = fill(RAGF[q1])
            ws.cell(row=r, column=6).fill = fill(RAGF[q2])
            r += 1
    widths(ws, [7, 55, 30, 14, 8, 8, 45])

    k = wb.create_sheet("Scoring and RAG key")
    k["A1"] = "Action RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, col, t) in enumerate([("B", BLUE, "Action complete"),
                                     ("G", GREEN, "On track"),
                                     ("A", AMBER, "Some slippage – recoverable"),
                                     ("R", RED, "Significant slippage or off track")], start=2):
        k.cell(row=i, column=1, value=l).fill = fill(col)
        k.cell(row=i, column=2, value=t)
    k["A7"] = "Risk scoring"
    k["A7"].font = Font(bold=True)
    k["A8"] = "Likelihood (1 rare – 5 almost certain) x Impact (1 negligible – 5 severe). 15–25 high; 8–12 medium; 1–6 low."
    widths(k, [12, 60])
    wb.save(out("zrb-thrive-homes-strategic-risk-register-2025-26.xlsx"))


# ================================================ 3. NMS highlight (refuse)
def make_nms():
    wb = Workbook()
    h = wb.active
    h.title = "Highlight"
    h["A1"] = "National Museums Scotland – CIMS Replacement Programme Highlight Report"
    h["A1"].font = Font(bold=True, size=14)
    h["A2"] = "Report no. 14  |  Reporting period: 1–31 October 2025  |  Programme Board: 12 November 2025"
    h["A4"], h["B4"] = "Senior Responsible Owner", "Director of Collections"
    h["A5"], h["B5"] = "Programme Manager", "Fiona Drummond"
    for c, t in enumerate(["Dimension", "Last period", "This period", "Comment"], start=1):
        h.cell(row=7, column=c, value=t).font = Font(bold=True)
    dims = [("Overall", AMBER, AMBER, "Supplier configuration behind plan; overall go-live date held."),
            ("Schedule", AMBER, RED, "Core cataloguing configuration has slipped by three months."),
            ("Budget", GREEN, GREEN, "£2.41m spent of £4.6m approved; forecast within budget."),
            ("Resources", AMBER, AMBER, "Two data officer posts still vacant."),
            ("Scope", GREEN, GREEN, "No change requests this period.")]
    for i, (d, a, b, cmt) in enumerate(dims, start=8):
        h.cell(row=i, column=1, value=d)
        h.cell(row=i, column=2).fill = fill(a)
        h.cell(row=i, column=3).fill = fill(b)
        h.cell(row=i, column=4, value=cmt)
    h["A14"] = "Key achievements this period"
    h["A14"].font = Font(bold=True)
    h["A15"] = "• Phase 1 cleansing of natural sciences records passed 70% complete."
    h["A16"] = "• Test environment handed over by supplier on 20 October."
    h["A18"] = "Planned for next period"
    h["A18"].font = Font(bold=True)
    h["A19"] = "• Agree revised configuration plan with supplier."
    h["A20"] = "• Recruit to the two vacant data officer posts."
    h["A22"] = "Decisions required from Programme Board"
    h["A22"].font = Font(bold=True)
    h["A23"] = "• Approve the re-baselined milestone plan (see Milestones sheet)."
    widths(h, [26, 14, 14, 70])

    m = wb.create_sheet("Milestones")
    m["A1"] = "Milestone plan"
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = ("Baseline dates are from the Full Business Case approved in January 2025. "
               "Forecast dates reflect the supplier's plan of 24 October 2025.")
    hdr = ["Ref", "Milestone / deliverable", "Workstream", "Owner", "Baseline date",
           "Forecast date", "RAG", "Commentary"]
    for c, t in enumerate(hdr, start=1):
        cell = m.cell(row=4, column=c, value=t)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
    RAGF = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    ms = [
        ("M01", "Full Business Case approved by the Board of Trustees", "Governance",
         "Programme Director", "January 2025", "January 2025", "Complete", ""),
        ("M02", "Supplier contract signed", "Procurement", "Head of Procurement",
         "April 2025", "June 2025", "Complete", "Signed 11 June 2025."),
        ("M03", "Data migration strategy signed off", "Data", "Collections Data Manager",
         "July 2025", "August 2025", "Complete", ""),
        ("M04", "Phase 1 data cleansing (natural sciences records) complete", "Data",
         "Collections Data Manager / Keeper of Natural Sciences", "October 2025", "December 2025",
         "Amber", "72% complete; vacancies affecting pace."),
        ("M05", "Core cataloguing module configured and accepted", "Technical", "Head of Digital",
         "November 2025", "Febuary 2026", "Amber", "Supplier resourcing issue; re-plan agreed in principle."),
        ("M06", "Phase 2 data cleansing (art and design, world cultures) complete", "Data",
         "Collections Data Manager", "March 2026", "May 2026", "Amber", ""),
        ("M07", "User acceptance testing complete", "Technical", "Head of Digital",
         "May 2026", "July 2026", "Green", ""),
        ("M08", "Go-live of new collections system", "Programme", "Programme Director",
         "June 2026", "September 2026", "Green", "Go-live window held within the tolerance set by the Board."),
        ("M09", "Legacy system decommissioned and data archived", "Technical", "Head of Digital",
         "September 2026", "December 2026", "Green", ""),
    ]
    for i, row in enumerate(ms, start=5):
        for c, v in enumerate(row, start=1):
            cell = m.cell(row=i, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        m.cell(row=i, column=7).fill = fill(RAGF[row[6]])
    widths(m, [6, 48, 13, 30, 15, 15, 10, 40])

    ri = wb.create_sheet("Risks and issues")
    ri["A1"] = "Top programme risks and issues"
    ri["A1"].font = Font(bold=True)
    for c, t in enumerate(["ID", "Type", "Description", "Score", "Mitigation"], start=1):
        ri.cell(row=3, column=c, value=t).font = Font(bold=True)
    rk = [("R07", "Risk", "Data quality in legacy records is worse than assumed, extending cleansing.", 16,
           "Additional sampling; temporary staff from the digitisation team."),
          ("I03", "Issue", "Supplier configuration resource reduced from three consultants to two.", 12,
           "Escalated to supplier account director; service credits under review.")]
    for i, row in enumerate(rk, start=4):
        for c, v in enumerate(row, start=1):
            ri.cell(row=i, column=c, value=v).alignment = WRAP
    widths(ri, [6, 8, 60, 7, 55])
    wb.save(out("zrb-national-museums-scotland-cims-programme-highlight-report-typo-month-refuse.xlsx"))


# ====================================================== 4. Nailsea TC docx
def make_nailsea():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    run = p.add_run("Nailsea Town Council – Governance Improvement Action Plan 2025/26")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph(
        "This plan responds to the independent governance review of the Council commissioned in "
        "December 2024 (report received 12 March 2025). It was approved by Full Council on 14 April "
        "2025 (minute 25/041). This version reports progress to Full Council on 10 November 2025.")

    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        c.text = t
    bold_row(dc.rows[0])
    for v in [("1.0", "14/04/2025", "Town Clerk", "Approved by Full Council"),
              ("1.2", "07/07/2025", "Deputy Town Clerk", "Q1 progress update"),
              ("1.3", "03/11/2025", "Deputy Town Clerk", "Q2 progress update")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            c.text = t

    d.add_paragraph()
    d.add_paragraph("RAG key: Green – on track; Amber – behind schedule but recoverable; Red – significantly "
                    "behind or at risk; Complete – action finished and evidenced.")

    HDR = ["Ref", "Action", "Lead", "Target date", "Progress at November 2025", "RAG"]
    sections = [
        ("1. Meetings and decision-making", [
            ("Recommendation 1: The Council should review its Standing Orders against the current NALC model "
             "and ensure they are applied consistently at all meetings.", [
                ("1.1", "Review Standing Orders against the 2025 NALC Model Standing Orders and present a revised "
                 "version to Full Council.", "Town Clerk", "July 2025",
                 "Adopted at Full Council 14 July 2025 (minute 25/112).", "Complete"),
                ("1.2", "Deliver a Standing Orders training session for all councillors, including committee chairs.",
                 "Town Clerk / Chair of the Council", "October 2025",
                 "Session held 22 September 2025; 11 of 15 councillors attended. Catch-up session to be arranged.",
                 "Amber")]),
            ("Recommendation 2: Agendas should give enough detail for the public to understand what is to be "
             "decided, and decisions should be clearly minuted.", [
                ("2.1", "Introduce an agenda template that states the decision sought for each item.",
                 "Deputy Town Clerk", "June 2025", "Template in use from the June committee cycle.", "Complete"),
                ("2.2", "Publish draft minutes on the Council website within 10 working days of each meeting.",
                 "Deputy Town Clerk", "Ongoing", "Achieved for all meetings since July 2025.", "Green")]),
        ]),
        ("2. Financial management and control", [
            ("Recommendation 3: Financial Regulations should be updated, and the Finance and General Purposes "
             "Committee should receive budget monitoring at every meeting.", [
                ("3.1", "Adopt revised Financial Regulations based on the 2024 NALC model.",
                 "Responsible Financial Officer", "September 2025",
                 "Draft considered by F&GP on 8 September; referred back for changes to procurement thresholds.",
                 "Amber"),
                ("3.2", "Present budget monitoring and a bank reconciliation signed by two councillors to each "
                 "F&GP meeting.", "Responsible Financial Officer; Chair of F&GP Committee", "Quarterly",
                 "In place since June 2025.", "Green")]),
            ("Recommendation 4: The Council should put in place a risk register and review it at least annually.", [
                ("4.1", "Produce a corporate risk register and present it to F&GP for approval.",
                 "Town Clerk", "31/12/2025", "", "Not started")]),
        ]),
        ("3. Councillor conduct and working relationships", [
            ("Recommendation 5: The Council should address the breakdown in working relationships between "
             "councillors and staff identified by the review.", [
                ("5.1", "Adopt a Councillor–Officer Protocol and a Dignity at Work Policy.",
                 "Cllr M Brennan and Cllr S Okafor", "March 2026",
                 "Working group formed October 2025; first draft due January.", "Green"),
                ("5.2", "Arrange independent mediation through ALCA for members of the Personnel Committee and "
                 "the staff concerned.", "Chair of Personnel Committee", "November 2025",
                 "ALCA approached in September; no mediator yet available.", "Red")]),
        ]),
    ]
    for heading, recs in sections:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, HDR):
            c.text = txt
            shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            m.text = rec
            shade(m, "DEEAF6")
            for r in m.paragraphs[0].runs:
                r.italic = True
            for a in acts:
                cells = t.add_row().cells
                for c, txt in zip(cells, a):
                    c.text = txt
        d.add_paragraph()
    d.add_paragraph("Next review: Full Council, February 2026.")
    d.save(out("zrb-nailsea-town-council-governance-improvement-action-plan.docx"))


# ================================================== 5. Northern ORR docx
def make_northern():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Northern Trains Limited – ORR Improvement Notices Action Plan", level=0)
    d.add_paragraph("Improvement Notices I/20250318/KM/01 and I/20250318/KM/02 — Version 1.4, 12 November 2025")

    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Document owner", "Safety, Health and Environment Director"),
                 ("Accountable executive", "Chief Operating Officer"),
                 ("Status", "Issued to ORR – monthly update"),
                 ("Next update due", "12 December 2025")]:
        cells = dc.add_row().cells
        cells[0].text, cells[1].text = a, b
        for r in cells[0].paragraphs[0].runs:
            r.bold = True

    d.add_paragraph()
    d.add_paragraph("RAG key")
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for a, b, col in [("Complete", "Action delivered and evidence shared with ORR", "5B9BD5"),
                      ("Green", "On track to meet due date", "70AD47"),
                      ("Amber", "At risk – mitigation in place", "FFC000"),
                      ("Red", "Due date missed or will be missed", "FF0000")]:
        cells = kt.add_row().cells
        cells[0].text, cells[1].text = a, b
        shade(cells[0], col)

    HDR = ["Ref", "Action", "Owner", "Due date", "Revised due date", "RAG", "Update / evidence"]
    parts = [
        ("1. Improvement Notice I/20250318/KM/01 – Driver competence management",
         "Issued 18 March 2025. Compliance date 30 September 2025 (extended by ORR to 31 December 2025).",
         "Notice requirement: Ensure that the competence of train drivers is assessed and reassessed at the "
         "frequency set out in your Competence Management System, and that overdue assessments are identified "
         "and managed.",
         [("1.1", "Reconcile driver assessment records across all depots against the CMS schedule and produce a "
           "single list of overdue assessments.", "Head of Driver Standards", "30/04/2025", "", "Complete",
           "Reconciliation completed 25 April 2025; 63 overdue assessments identified."),
          ("1.2", "Complete all overdue driver assessments identified in action 1.1.",
           "Regional Operations Director (East) / Regional Operations Director (West)", "31/07/2025",
           "31/10/2025", "Amber", "51 of 63 completed. The remaining 12 drivers are on long-term absence."),
          ("1.3", "Introduce monthly CMS compliance reporting to the Safety Review Group, with exceptions "
           "escalated to the Executive.", "Head of Driver Standards", "30/06/2025", "", "Complete",
           "First report to Safety Review Group 19 June 2025."),
          ("1.4", "Commission an independent assurance review of CMS compliance from Internal Audit.",
           "Head of Internal Audit", "30/11/2025", "", "Green", "Fieldwork under way.")]),
        ("2. Improvement Notice I/20250318/KM/02 – Fatigue risk management",
         "Issued 18 March 2025. Compliance date 31 October 2025.",
         "Notice requirement: Carry out suitable and sufficient assessments of the risk of fatigue for "
         "safety-critical staff working rosters at Neville Hill and Newton Heath depots, and implement the "
         "control measures identified.",
         [("2.1", "Complete fatigue risk assessments for all rosters at Neville Hill and Newton Heath using the "
           "Fatigue and Risk Index calculator.", "Fatigue Risk Manager", "31/05/2025", "30/06/2025", "Complete",
           "Assessments completed and shared with ORR on 27 June 2025."),
          ("2.2", "Revise rosters where Fatigue Index scores exceed the company limit, in consultation with "
           "trade union safety representatives.", "Depot Manager (Neville Hill) / Depot Manager (Newton Heath)",
           "30/09/2025", "31/12/2025", "Amber",
           "Consultation extended; revised rosters to start with the December timetable change."),
          ("2.3", "Brief all depot managers and roster clerks on the Fatigue Management Standard.",
           "Fatigue Risk Manager", "31/07/2025", "", "Complete", "Briefings complete; attendance records held.")]),
        ("3. Wider learning across Northern", None, None,
         [("3.1", "Extend the fatigue risk assessment approach to all remaining traincrew depots.",
           "Fatigue Risk Manager", "31/03/2026", "", "Green", "Programme agreed; 6 of 22 depots done."),
          ("3.2", "Report progress on this action plan to the Board Safety, Health and Environment Committee "
           "each quarter.", "Safety, Health and Environment Director", "Quarterly", "", "Green",
           "Last reported 23 October 2025.")]),
    ]
    RAGC = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    for heading, issued, req, acts in parts:
        d.add_heading(heading, level=1)
        if issued:
            d.add_paragraph(issued)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, HDR):
            c.text = txt
            shade(c, "BFBFBF")
        bold_row(t.rows[0])
        if req:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[6])
            m.text = req
            shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for c, txt in zip(cells, a):
                c.text = txt
            shade(cells[5], RAGC[a[5]])
    d.add_paragraph()
    d.add_paragraph("Evidence referred to above is held in the ORR Improvement Notice SharePoint folder and "
                    "is available to ORR inspectors on request.")
    d.save(out("zrb-northern-trains-orr-improvement-notices-action-plan.docx"))


# ============================================ 6. War Child UK SharePoint csv
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_warchild():
    hdr = ["Ref", "Workstream", "Regulatory concern", "Action", "Owner", "Due date", "Status",
           "Latest update", "Modified", "Modified By"]
    c_gov1 = ("Trustee recruitment and induction did not ensure the board had the skills needed to "
              "oversee overseas programmes.")
    c_gov2 = "Conflicts of interest were not consistently declared or recorded in board minutes."
    c_saf = "Serious incident reports were not always made to the Commission promptly."
    c_fin = "Oversight of funds transferred to delivery partners was not sufficient."
    rows = [
        ["GOV-01", "Governance", c_gov1,
         "Complete a board skills audit and use the results to recruit two trustees with international "
         "programme and safeguarding experience.",
         "Rachel Ong;Daniel Mensah", "31/01/2026", "Green – on track",
         "Skills audit complete. Recruitment pack live; interviews 9 December.",
         "14/11/2025 09:41", "Daniel Mensah"],
        ["GOV-02", "Governance", c_gov1,
         "Introduce a structured induction for new trustees, including a session on the Commission’s "
         "guidance ‘The essential trustee’ (CC3).",
         "Daniel Mensah", "31/12/2025", "Amber – at risk",
         "Induction pack drafted. Session date depends on timing of new appointments.",
         "14/11/2025 09:44", "Daniel Mensah"],
        ["GOV-03", "Governance", c_gov2,
         "Update the conflicts of interest policy and require declarations at the start of every board and "
         "committee meeting.\nRecord all declarations in the minutes and in a central register held by the "
         "Company Secretary.",
         "Daniel Mensah", "30/09/2025", "Complete",
         "Policy approved by the board 18 September 2025.\nRegister in use; evidence sent to the Commission "
         "case officer 2 October.",
         "03/10/2025 15:12", "Daniel Mensah"],
        ["SAF-01", "Safeguarding", c_saf,
         "Revise the serious incident reporting procedure so that reports are made to the Commission within "
         "5 working days of the charity becoming aware of an incident.",
         "Amira Haddad", "31/10/2025", "Complete",
         "Revised procedure issued 20 October 2025.",
         "21/10/2025 11:05", "Amira Haddad"],
        ["SAF-02", "Safeguarding", c_saf,
         "Deliver safeguarding and incident reporting training to all country directors and partner "
         "safeguarding focal points.",
         "Amira Haddad;Tom Kirkby", "31/03/2026", "Green – on track",
         "Four of seven country offices trained.",
         "12/11/2025 16:20", "Tom Kirkby"],
        ["FIN-01", "Financial controls", c_fin,
         "Implement a partner due diligence and monitoring framework, including annual financial spot checks "
         "on every partner receiving more than £100,000 a year.",
         "Kwame Asante", "28/02/2026", "Red – off track",
         "Framework drafted. Spot-check programme delayed until the Partner Finance Lead is in post.",
         "13/11/2025 10:02", "Kwame Asante"],
        ["FIN-02", "Financial controls", c_fin,
         "Report the results of partner monitoring to the Finance, Audit and Risk Committee every six months.",
         "Kwame Asante", "", "Not started", "",
         "13/11/2025 10:03", "Kwame Asante"],
    ]
    lines = [",".join(csvq(h) for h in hdr)]
    for r in rows:
        lines.append(",".join(csvq(v) for v in r))
    with open(out("zrb-war-child-uk-charity-commission-compliance-case-action-plan-sharepoint-export.csv"),
              "w", encoding="utf-8-sig", newline="") as f:  # SharePoint/Excel CSV export carries a BOM
        f.write("\r\n".join(lines) + "\r\n")


# ================================================= 7. Utility Regulator txt
def make_ur():
    T = "\t"
    lines = [
        "Utility Regulator – Board Rolling Action Log",
        "Open and recently closed actions – updated 6 November 2025 following the Board meeting of 4 November 2025",
        "Status: Complete = closed at this meeting; Green = on track; Amber = at risk; Red = overdue",
        "",
        T.join(["No.", "Minute ref", "Action", "Owner", "Due", "Status", "Update"]),
        "Board meeting – 2 September 2025",
        T.join(["B25/41", "25/09.3",
                "Provide the Board with a breakdown of consumer complaints about network connections by category and time taken to resolve.",
                "Director of Networks", "Nov 2025", "Complete",
                "Included in the Consumer Protection report at item 7, 4 November."]),
        T.join(["B25/42", "25/09.5",
                "Circulate the revised Risk Appetite Statement to Board members for comment before ARAC.",
                "Head of Corporate Governance", "Oct 2025", "Complete", "Circulated 3 October 2025."]),
        T.join(["B25/44", "25/09.7", "Arrange a Board workshop on the approach to the RP7 mid-term review.",
                "Chief Executive / Director of Price Controls", "Jan-26", "Green",
                "Provisionally 20 January 2026; date being confirmed with members."]),
        "Board meeting – 7 October 2025",
        T.join(["B25/47", "25/10.2",
                "Bring forward proposals for a review of the Board's committee structure and terms of reference.",
                "Head of Corporate Governance", "31/03/2026", "Green", "Scoping paper in preparation."]),
        T.join(["B25/49", "25/10.4",
                "Confirm with DfE the timetable for the energy strategy consultation and the implications for the UR Forward Work Programme.",
                "PB, LM", "Dec 2025", "Amber", "DfE has not yet confirmed the timetable. Follow-up meeting"]),
        T.join(["", "", "", "", "", "", "scheduled for 24 November 2025."]),
        "Board meeting – 4 November 2025",
        T.join(["B25/53", "25/11.3",
                "Report progress against the Forward Work Programme 2025-26 to each quarterly Board meeting.",
                "Director of Corporate Affairs", "Quarterly", "Green", ""]),
        T.join(["B25/54", "25/11.6",
                "Obtain legal advice on enforcement options where licensees submit regulatory returns late.",
                "Director of Legal Services", "TBC", "Not started", ""]),
        "",
        "Actions closed at earlier meetings are held in the archive tab of the master log.",
    ]
    with open(out("zrb-utility-regulator-board-rolling-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sft()
    make_thrive()
    make_nms()
    make_nailsea()
    make_northern()
    make_warchild()
    make_ur()
    print("built 7 files")
