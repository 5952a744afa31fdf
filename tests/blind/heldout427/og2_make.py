"""Build the seven og2- blind test files (set heldout427).

Run with /work/main/.venv/bin/python og2_make.py from any directory; files are written
beside this script. Only files starting with og2- are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("og2-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, LIGHT = "D9D9D9", "F2F2F2"
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ====================================================================== 1
def derbyshire_frs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Derbyshire Fire & Rescue Service – HMICFRS 2023-25 Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary Report as of 1 November 2024"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reported to: Governance and Performance Working Group (GPWG), 25 November 2024"
    ws["A5"] = "Open - Actions on going on track: 4"
    ws["A6"] = "Open - Actions at risk: 1"
    ws["A7"] = "Open - Actions on going off track: 1"
    ws["A8"] = "Closed - Actions complete: 3"
    hdr = ["Summary", "Sub actions", "Deadline date", "Status", "Overall %"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=10, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    summ = [
        ("AFI 1 - The service should make sure its prevention activity is prioritised towards the people most at risk of fire", 2, d(2024, 12, 31), "Open - Actions on going on track", 0.88),
        ("AFI 2 - The service should make sure it has an effective risk-based inspection programme", 2, d(2025, 3, 31), "Open - Actions at risk", 0.55),
        ("AFI 3 - The service should make the best use of its on-call workforce", 2, d(2025, 1, 31), "Open - Actions on going off track", 0.65),
        ("AFI 4 - The service should make sure all staff understand the benefits of EDI", 1, d(2024, 12, 31), "Open - Actions on going on track", 0.8),
        ("AFI 5 - The service should make sure its appraisal process is used consistently", 2, "Ongoing", "Open - Actions on going on track", 0.9),
    ]
    for r, row in enumerate(summ, 11):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=3).number_format = "dd mmm yyyy"
        ws.cell(row=r, column=5).number_format = "0%"
    ws["A17"] = "Detailed progress against each sub-action is shown on the 'Action Plan' tab."
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 15
    ws.column_dimensions["D"].width = 34
    ws.column_dimensions["E"].width = 11

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "HMICFRS 2023-25 Areas for Improvement Action Plan – detailed progress"
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:I1")
    ap["A2"] = "RAG key:"
    ap["A2"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)]):
        ap[col + "2"] = txt
        ap[col + "2"].fill = fill(colr)
        ap[col + "2"].border = BOX
    headers = ["Ref", "Sub-action", "Action owner", "Original deadline", "Revised deadline",
               "Previous RAG", "Current RAG", "% complete", "Progress update (Oct 2024)"]
    for c, h in enumerate(headers, 1):
        cell = ap.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("pillar", "Effectiveness"),
        ("afi", "AFI 1 – The service should make sure its prevention activity is prioritised towards the people most at risk of fire."),
        ("act", "1.1", "Refresh the Prevention Strategy 2024-27 so that Safe and Well visits are targeted using Exeter data, Fire Risk Index scoring and partner referrals.",
         "Group Manager – Prevention", d(2024, 3, 31), d(2024, 9, 30), AMBER, BLUE, 1.0,
         "Prevention Strategy 2024-27 approved by SLT on 12 September 2024. Targeting model live on CFRMIS from 1 October."),
        ("act", "1.2", "Introduce quarterly quality assurance of Safe and Well visits (minimum 5% sample per station) with findings reported to the Prevention and Protection Board.",
         "Prevention Manager", d(2024, 6, 30), d(2024, 12, 31), GREEN, GREEN, 0.75,
         "QA framework agreed. First two quarterly samples complete; revised date allows the third sample to be reported to the December board."),
        ("afi", "AFI 2 – The service should make sure it has an effective risk-based inspection programme that targets the highest-risk premises."),
        ("act", "2.1", "Review the Risk Based Inspection Programme (RBIP) methodology against the NFCC Protection Policy Reform Unit guidance and adopt the revised premises risk model.",
         "Group Manager – Protection / Head of Business Intelligence", d(2024, 10, 31), None, GREEN, AMBER, 0.6,
         "Draft model built. Validation against incident data has taken longer than planned because of data quality issues in the premises gazetteer."),
        ("act", "2.2", "Recruit and develop two additional Fire Safety Inspectors through the Level 4 Diploma route to increase inspection capacity.",
         "Area Manager – Prevention and Protection", d(2025, 3, 31), None, GREEN, GREEN, 0.5,
         "Two trainees appointed in July 2024; both enrolled on the Level 4 Diploma."),
        ("pillar", "Efficiency"),
        ("afi", "AFI 3 – The service should make sure it makes the best use of its on-call workforce to improve fire engine availability."),
        ("act", "3.1", "Complete a review of on-call contracts and introduce banded availability contracts at the six stations with the lowest appliance availability.",
         "Area Manager – Service Delivery", d(2024, 7, 31), d(2025, 1, 31), RED, RED, 0.3,
         "Consultation with representative bodies extended. Revised date agreed by SLT; remains off track."),
        ("act", "3.2", "Publish a monthly on-call availability dashboard for Station Managers and the Service Delivery Board.",
         "Head of Business Intelligence", d(2024, 4, 30), None, BLUE, BLUE, 1.0,
         "Dashboard published monthly since May 2024."),
        ("pillar", "People"),
        ("afi", "AFI 4 – The service should make sure all staff understand the benefits of equality, diversity and inclusion (EDI) and their role in promoting it."),
        ("act", "4.1", "Deliver the ‘Inclusive Leadership’ EDI workshop to all supervisory and middle managers.",
         "Head of People and Organisational Development; EDI Manager", d(2024, 12, 31), None, GREEN, GREEN, 0.8,
         "218 of 270 managers trained. Remaining sessions booked for November and December."),
        ("afi", "AFI 5 – The service should make sure its appraisal process is used consistently so that staff have meaningful conversations about their performance and development."),
        ("act", "5.1", "Launch the revised ‘My Conversation’ appraisal process and guidance on the learning management system.",
         "Head of People and Organisational Development", d(2024, 5, 31), None, BLUE, BLUE, 1.0,
         "Launched 1 May 2024."),
        ("act", "5.2", "Monitor appraisal completion by department quarterly and report exceptions to the Strategic Leadership Team.",
         "HR Business Partner", "Quarterly", None, None, GREEN, None,
         "Q2 completion rate 86% (target 90%)."),
    ]
    r = 5
    for row in rows:
        if row[0] == "pillar":
            ap.cell(row=r, column=1, value=row[1])
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ap.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF", size=12)
            ap.cell(row=r, column=1).fill = fill("833C0B")
        elif row[0] == "afi":
            ap.cell(row=r, column=1, value=row[1])
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ap.cell(row=r, column=1).font = Font(bold=True)
            ap.cell(row=r, column=1).fill = fill(GREY)
            ap.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ap.row_dimensions[r].height = 30
        else:
            _, ref, text, owner, orig, rev, prev, cur, pct, upd = row
            vals = [ref, text, owner, orig, rev, None, None, pct, upd]
            for c, v in enumerate(vals, 1):
                cell = ap.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ap.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            ap.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ap.cell(row=r, column=8).number_format = "0%"
            if prev:
                ap.cell(row=r, column=6).fill = fill(prev)
            if cur:
                ap.cell(row=r, column=7).fill = fill(cur)
        r += 1
    r += 1
    ap.cell(row=r, column=1, value="Actions marked Complete are closed once evidence has been signed off by the Strategic Leadership Team and will be removed from the next report.")
    for col, w in zip("ABCDEFGHI", [7, 60, 30, 13, 13, 10, 10, 10, 55]):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A5"
    wb.save(out("og2-derbyshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"))


# ====================================================================== 2
def leicester_risk():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "University of Leicester – Strategic Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    dc = [
        ("Version", "3.1"),
        ("Date", "14 October 2025"),
        ("Owner", "Registrar and Chief Operating Officer"),
        ("Prepared by", "Head of Risk and Assurance"),
        ("Reviewed by", "University Leadership Team, 30 September 2025"),
        ("Next review", "Audit and Risk Committee, 11 November 2025"),
    ]
    for i, (k, v) in enumerate(dc, 4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
        cv.cell(row=i, column=1).border = BOX
        cv.cell(row=i, column=2).border = BOX
    cv["A11"] = "Version history"
    cv["A11"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Change"], 1):
        cv.cell(row=12, column=c, value=h).font = Font(bold=True)
    hist = [("3.0", d(2025, 6, 10), "Annual refresh of the register; SR3 (cyber security) re-scored"),
            ("3.1", d(2025, 10, 14), "Quarter 1 update of further mitigating actions")]
    for i, row in enumerate(hist, 13):
        for c, v in enumerate(row, 1):
            cv.cell(row=i, column=c, value=v)
        cv.cell(row=i, column=2).number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 48
    cv.column_dimensions["C"].width = 60

    rg = wb.create_sheet("Register")
    rg["A1"] = "Strategic Risk Register 2025/26 – Further Mitigating Actions"
    rg["A1"].font = Font(bold=True, size=13)
    rg.merge_cells("A1:K1")
    rg["A2"] = ("Scores: Likelihood (L) x Impact (I), each on a 1–5 scale. Action status: B = complete; "
                "G = on track; A = minor slippage; R = significant slippage / not achievable by due date.")
    rg.merge_cells("A2:K2")
    rg["A2"].font = Font(italic=True, size=9)
    hdr = ["Risk", "Risk description", "Risk owner", "Residual score (L x I)", "Target score",
           "Ref", "Further mitigating action", "Action owner", "Due", "Status", "Q1 update"]
    for c, h in enumerate(hdr, 1):
        cell = rg.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("002F5F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    risks = [
        ("SR1 Financial sustainability",
         "Failure to achieve the financial recovery plan targets, leading to insufficient cash to invest in the estate and strategic priorities and a breach of banking covenants.",
         "Chief Financial Officer", "4 x 5 = 20", 12,
         [("SR1.1", "Deliver the 2025/26 workforce change programme, releasing £18m of recurrent pay savings.",
           "Chief People Officer / Chief Financial Officer", d(2026, 7, 31), "G",
           "Voluntary severance scheme closed; £11.2m of savings confirmed."),
          ("SR1.2", "Refinance the revolving credit facility and agree revised covenant tests with lenders.",
           "Director of Finance", d(2025, 12, 31), "A",
           "Term sheets received from two lenders; covenant headroom still under discussion."),
          ("SR1.3", "Introduce monthly faculty-level forecasting and budget-holder accountability reviews.",
           "Director of Finance", d(2025, 9, 30), "B",
           "In place from the August 2025 management accounts.")]),
        ("SR2 International student recruitment",
         "Recruitment of international postgraduate taught students falls below budget because of visa policy changes and competition, reducing tuition fee income.",
         "Pro-Vice-Chancellor (International)", "4 x 4 = 16", 9,
         [("SR2.1", "Diversify recruitment markets through new agent agreements in Nigeria, Vietnam and Indonesia.",
           "Director of International Recruitment", d(2026, 1, 31), "G",
           "Agreements signed for Vietnam and Indonesia; Nigeria in due diligence."),
          ("SR2.2", "Launch a January-start intake for six high-demand PGT programmes.",
           "Pro-Vice-Chancellor (Education); Deans of College", d(2026, 1, 31), "R",
           "Approval of two programmes delayed; the January 2026 launch is now limited to four programmes.")]),
        ("SR3 Cyber security",
         "A cyber attack or major IT failure results in loss of access to critical systems or data, disrupting teaching, research and operations.",
         "Chief Information Officer", "3 x 5 = 15", 10,
         [("SR3.1", "Complete the roll-out of multi-factor authentication to all student accounts.",
           "Head of IT Security", d(2025, 10, 31), "B",
           "Completed 6 October 2025."),
          ("SR3.2", "Run a University-wide cyber incident exercise with the University Leadership Team and test recovery of the student record system.",
           "Chief Information Officer; Head of Business Continuity", d(2026, 3, 31), "G",
           "Exercise scenario commissioned from Jisc; date set for February 2026.")]),
        ("SR4 Compliance with OfS conditions of registration",
         "Failure to meet OfS conditions of registration (including B3 student outcomes and E6 harassment and sexual misconduct), resulting in regulatory intervention.",
         "Registrar and Chief Operating Officer", "3 x 4 = 12", 8,
         [("SR4.1", "Maintain a condition-by-condition compliance map and report assurance to the Audit and Risk Committee.",
           "Head of Governance and Compliance", "Ongoing (each ARC meeting)", "G",
           "Compliance map presented to ARC in June 2025."),
          ("SR4.2", "Implement the actions from the B3 continuation review in the four programmes below the OfS threshold.",
           "Pro-Vice-Chancellor (Education)", d(2026, 7, 31), "A",
           "Action plans agreed for three of the four programmes.")]),
    ]
    status_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for rid, desc, owner, resid, target, acts in risks:
        first = r
        for ref, text, aowner, due, st, upd in acts:
            vals = {6: ref, 7: text, 8: aowner, 9: due, 10: st, 11: upd}
            for c, v in vals.items():
                cell = rg.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            rg.cell(row=r, column=9).number_format = "mmm-yy"
            rg.cell(row=r, column=10).fill = fill(status_fill[st])
            rg.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 6):
                rg.cell(row=r, column=c).border = BOX
            r += 1
        last = r - 1
        for c, v in zip(range(1, 6), [rid, desc, owner, resid, target]):
            rg.cell(row=first, column=c, value=v)
            rg.cell(row=first, column=c).alignment = WRAP
            if last > first:
                rg.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        rg.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [22, 45, 24, 12, 9, 8, 50, 30, 10, 8, 45]):
        rg.column_dimensions[col].width = w
    rg.freeze_panes = "A5"

    hm = wb.create_sheet("Risk summary")
    hm["A1"] = "Risk summary – residual and target scores"
    hm["A1"].font = Font(bold=True)
    for c, h in enumerate(["Risk", "Residual", "Target", "Trend since last review"], 1):
        hm.cell(row=3, column=c, value=h).font = Font(bold=True)
    summ = [("SR1 Financial sustainability", 20, 12, "↔"),
            ("SR2 International student recruitment", 16, 9, "↑"),
            ("SR3 Cyber security", 15, 10, "↓"),
            ("SR4 Compliance with OfS conditions of registration", 12, 8, "↔")]
    for i, row in enumerate(summ, 4):
        for c, v in enumerate(row, 1):
            hm.cell(row=i, column=c, value=v)
    hm["A9"] = "Trend: ↑ increasing, ↓ decreasing, ↔ no change."
    hm.column_dimensions["A"].width = 50
    wb.save(out("og2-university-of-leicester-strategic-risk-register-2025-26.xlsx"))


# ====================================================================== 3
def jigsaw_tsm():
    wb = Workbook()
    ws = wb.active
    ws.title = "TSM Action Plan 2025-26"
    ws["A1"] = "Jigsaw Homes – Tenant Satisfaction Measures Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="FF5B2C6F")
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Based on the 2024/25 TSM perception survey results. Progress reported to the Customer Voice "
                "Committee – Quarter 2 update, October 2025.")
    ws.merge_cells("A2:F2")
    hdr = ["No.", "What we will do", "Lead", "By when", "Q2 progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
    rows = [
        ("theme", "Keeping properties in good repair"),
        ("measure", "TP03 Satisfaction with time taken to complete most recent repair – 64.8% (2023/24: 66.1%; peer median 71.9%)"),
        ("act", 1, "Introduce a repairs appointment text reminder and ‘on my way’ notification for all responsive repairs.",
         "Head of Repairs", "Q2 2025/26", "Live from 4 August 2025; 92% of appointments now receive a reminder.", "Complete"),
        ("act", 2, "Reduce the backlog of non-emergency repairs over 28 days old to below 500 jobs.",
         "Director of Property Services / Repairs Operations Manager", "March 2026",
         "Backlog at 812 jobs (1,430 in April). Additional sub-contractor capacity in place.", "Amber"),
        ("measure", "TP04 Satisfaction that the home is well maintained – 68.2% (peer median 72.5%)"),
        ("act", 3, "Carry out stock condition surveys on 20% of homes each year, prioritising homes with no survey in the last five years.",
         "Asset Manager", "Apr 2025 – Mar 2026", "2,310 surveys completed (49% of the annual target).", "Green"),
        ("act", 4, "Publish a planned investment programme for each neighbourhood on the website and at estate walkabouts.",
         "Asset Manager; Neighbourhood Managers", "Dec-25",
         "2025/26 programme published for Oldham and Tameside; remaining areas due in November.", "Green"),
        ("theme", "Respectful and helpful engagement"),
        ("measure", "TP06 Satisfaction that the landlord listens to tenant views and acts upon them – 58.4% (peer median 62.0%)"),
        ("act", 5, "Launch ‘You said, we did’ quarterly updates in the tenant newsletter and on the customer portal.",
         "Customer Insight Manager", "Jul-25", "First edition published July 2025.", "Complete"),
        ("act", 6, "Recruit 30 new members to the Tenant Voice Panel, with a focus on under-35s and shared owners.",
         "Head of Customer Engagement", "Q4 2025/26", "14 new members recruited to date.", "Amber"),
        ("theme", "Effective handling of complaints"),
        ("measure", "TP09 Satisfaction with the landlord’s approach to handling complaints – 31.7% (peer median 34.8%)"),
        ("act", 7, "Review Stage 1 complaint responses monthly against the Housing Ombudsman Complaint Handling Code and share learning at team briefings.",
         "Complaints Manager", "Monthly", "Monthly review in place since June; themes reported to the Executive Team.", "Green"),
        ("act", 8, "Train all frontline staff on the new complaints policy and ‘putting things right’ remedies.",
         "Head of Customer Experience", "TBC", "Training provider being procured.", "Not started"),
        ("theme", "Responsible neighbourhood management"),
        ("measure", "TP12 Satisfaction with the landlord’s approach to handling anti-social behaviour – 55.9% (peer median 57.3%)"),
        ("act", 9, "Introduce a named ASB caseworker for every case, with contact at least every 10 working days.",
         "ASB Team Leader", "30/11/2025", "Caseworker model piloted in Tameside since September.", "Green"),
    ]
    r = 5
    for row in rows:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("8E6BA8")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif row[0] == "measure":
            ws.cell(row=r, column=1, value=row[1]).font = Font(italic=True, bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            _, no, text, lead, when, upd, rag = row
            for c, v in enumerate([no, text, lead, when, upd, rag], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k, n in [("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 0), ("Not started", 1), ("Total actions", 9)]:
        ws.cell(row=r, column=2, value=k)
        ws.cell(row=r, column=3, value=n)
        if k == "Total actions":
            ws.cell(row=r, column=2).font = Font(bold=True)
            ws.cell(row=r, column=3).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: TSM results are for low-cost rental accommodation (LCRA) tenants unless stated.")
    for col, w in zip("ABCDEF", [6, 60, 32, 18, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(out("og2-jigsaw-homes-tenant-satisfaction-measures-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ====================================================================== 4
def chesterfield_qip():
    doc = Document()
    doc.add_paragraph("Chesterfield College Group – Quality Improvement Plan 2025/26", style="Title")
    doc.add_paragraph(
        "Education programmes for young people, adult learning programmes and apprenticeships. "
        "This plan addresses the key areas for improvement identified in the 2024/25 Self-Assessment "
        "Report (SAR) and is monitored at monthly Quality Review Meetings.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Document owner", "Vice Principal – Quality and Learner Experience"),
            ("Approved by", "Quality and Standards Committee, 9 December 2025"),
            ("Version", "1.2 (autumn term review)"),
            ("Review cycle", "Termly")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG rating key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, colr) in enumerate([
            ("Blue", "Action complete and impact evidenced", "00B0F0"),
            ("Green", "On track", "00B050"),
            ("Amber", "Some slippage – mitigations in place", "FFC000"),
            ("Red", "Significantly off track", "FF0000")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), colr)
        set_cell(key.cell(i, 1), v)

    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Success measure", "Autumn term progress", "RAG"]
    colours = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    priorities = [
        ("Priority 1: Improve achievement rates on level 3 study programmes for 16–18 learners", [
            ("1.1", "Introduce six-weekly progress reviews for all level 3 learners using the ProMonitor ‘at risk’ flags, with intervention plans for learners below target.",
             "Assistant Principal – Curriculum (Technical) / Heads of Faculty", "Autumn term 2025",
             "100% of at-risk learners have an intervention plan by week 8.",
             "Reviews in place across all faculties; 94% of flagged learners have a plan.", "Green"),
            ("1.2", "Deliver targeted assessment-practice workshops in Construction and in Health and Social Care ahead of the external assessment windows.",
             "Head of Faculty – Construction; Head of Faculty – Health, Care and Early Years", "January 2026",
             "Pass rate at first sitting of 75% or above.",
             "Workshops scheduled for the weeks beginning 5 and 12 January.", "Green"),
            ("1.3", "Carry out a deep dive into retention on the Extended Diploma in Engineering and agree a recovery plan with the curriculum team.",
             "Vice Principal – Curriculum", "Summer term 2026",
             "In-year retention at or above 92%.",
             "Deep dive postponed to January because of staffing changes.", "Amber"),
        ]),
        ("Priority 2: Strengthen the quality of apprenticeship off-the-job training and timely completion", [
            ("2.1", "Require employer attendance at every 12-weekly tripartite progress review and record it on the e-portfolio.",
             "Head of Apprenticeships", "November 2025",
             "Employers attend 90% of reviews.",
             "Employer attendance rose from 61% to 84% in the autumn term.", "Green"),
            ("2.2", "Hold monthly caseload meetings for apprentices beyond their planned end date, with a named completion plan for each apprentice.",
             "Apprenticeship Quality Manager", "Monthly",
             "Fewer than 10% of apprentices past their planned end date by July 2026.",
             "Meetings in place; 17% of apprentices are currently past their planned end date.", "Amber"),
            ("2.3", "Review the off-the-job training plans for Level 3 Engineering Technician apprentices so that they include the employer’s planned on-the-job activities.",
             "Head of Apprenticeships", "Autumn term 2025",
             "All plans reviewed and signed by the employer.",
             "All 64 plans reviewed and re-signed.", "Blue"),
        ]),
        ("Priority 3: Improve attendance in English and mathematics", [
            ("3.1", "Introduce same-day absence calls for GCSE English and mathematics lessons, with parents or carers contacted for learners aged 16–18.",
             "Learner Services Manager", "September 2025",
             "Attendance at 85% or above by the end of the autumn term.",
             "In place from enrolment; autumn term attendance 86.1%.", "Blue"),
            ("3.2", "Timetable English and mathematics lessons on the same day as vocational lessons for all full-time study programmes.",
             "Assistant Principal – English and Maths", "Summer term 2026",
             "All 2026/27 full-time timetables meet the requirement.",
             "Timetabling software constraints identified; options paper to SLT in February.", "Red"),
        ]),
    ]
    for heading, acts in priorities:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1 + len(acts), cols=len(hdr))
        tbl.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(tbl.cell(0, c), h, bold=True, size=9)
            shade(tbl.cell(0, c), "D9E2F3")
        for i, a in enumerate(acts, 1):
            for c, v in enumerate(a):
                set_cell(tbl.cell(i, c), v, size=9)
            shade(tbl.cell(i, 6), colours[a[6]])
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported termly to the Quality and Standards Committee. "
                      "Completed actions remain on the plan until their impact has been evidenced.")
    doc.save(out("og2-chesterfield-college-quality-improvement-plan-2025-26.docx"))


# ====================================================================== 5
def surrey_stalking():
    doc = Document()
    doc.add_paragraph("Surrey Police – Police response to stalking: super-complaint action plan", style="Title")
    doc.add_paragraph(
        "This action plan responds to the recommendations made to chief constables in the joint report by "
        "HMICFRS, the College of Policing and the IOPC on the super-complaint by the Suzy Lamplugh Trust "
        "(published 27 September 2024). Each recommendation is shown in a shaded row with the force’s "
        "actions beneath it.")
    doc.add_paragraph("Strategic lead: Detective Chief Superintendent, Public Protection\tLast updated: 12 May 2025")
    p = doc.add_paragraph()
    p.add_run("Summary of progress").bold = True
    s = doc.add_table(rows=5, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Status", "Number of actions"), ("Complete", "2"), ("On track", "3"),
                                ("Amber – at risk", "2"), ("Not started", "1")]):
        set_cell(s.cell(i, 0), k, bold=(i == 0))
        set_cell(s.cell(i, 1), v, bold=(i == 0))
    doc.add_paragraph()
    hdr = ["No.", "Action", "Owner", "Target date", "Update (May 2025)", "Status"]
    recs = [
        ("Recommendation 1: By 27 March 2025, make sure that reports of stalking are correctly identified and recorded as stalking, including where stalking is reported alongside other offences.", [
            ("1.1", "Add a mandatory stalking identification prompt to the THRIVE+ assessment used in the Contact Centre.",
             "Head of Contact Centre", "31/01/2025", "Prompt live on ControlWorks from 20 January 2025.", "Complete"),
            ("1.2", "Carry out a monthly dip sample of 50 harassment and malicious communications crimes to identify missed stalking classifications, and report the results to the Crime Data Integrity Board.",
             "Force Crime Registrar", "Monthly from February 2025",
             "Dip samples completed for February to April; reclassification rate down from 14% to 9%.", "On track"),
        ]),
        ("Recommendation 4: By 27 March 2025, review the use of stalking protection orders and make sure that officers understand when to apply for an interim or a full order.", [
            ("4.1", "Appoint a stalking protection order (SPO) single point of contact in each division to advise investigators.",
             "Detective Superintendent, Public Protection", "28/02/2025",
             "SPOCs appointed in East, West and North divisions.", "Complete"),
            ("4.2", "Produce an SPO application toolkit with Legal Services and publish it on the intranet.",
             "Head of Legal Services / Force Stalking Lead", "30/06/2025",
             "Draft toolkit with Legal Services for review.", "Amber – at risk"),
        ]),
        ("Recommendation 10: By 27 March 2025, review and update learning and training provision relating to stalking.", [
            ("10.1", "Deliver the College of Policing stalking and harassment training package to all response and neighbourhood officers.",
             "Head of Learning and Development", "30/09/2025",
             "1,146 of 1,820 officers trained (63%).", "On track"),
            ("10.2", "Include stalking case studies in the CPD day for detective sergeants and inspectors in the Public Protection Investigation Units.",
             "DCI Public Protection Investigations", "June 2025",
             "CPD day booked for 18 June 2025.", "On track"),
            ("10.3", "Evaluate the impact of the training through a post-course survey and a review of 100 stalking investigations.",
             "Force Stalking Lead; Performance and Insight Manager", "Q3 2025/26",
             "", "Not started"),
        ]),
        ("Recommendation 13: By 27 March 2025, make sure that victims of stalking are referred to specialist stalking advocacy services and that the referral is recorded.", [
            ("13.1", "Introduce an automatic referral from the crime record to the Surrey stalking advocacy service for all stalking crimes, unless the victim declines.",
             "Head of Victim and Witness Care Unit", "TBC",
             "Data-sharing agreement being finalised with the Office of the Police and Crime Commissioner; go-live depends on a Niche RMS change request.",
             "Amber – at risk"),
        ]),
    ]
    for rec, acts in recs:
        tbl = doc.add_table(rows=2 + len(acts), cols=len(hdr))
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, len(hdr) - 1))
        set_cell(top, rec, bold=True, size=10)
        shade(top, "DEEAF6")
        for c, h in enumerate(hdr):
            set_cell(tbl.cell(1, c), h, bold=True, size=9)
            shade(tbl.cell(1, c), "BFBFBF")
        for i, a in enumerate(acts, 2):
            for c, v in enumerate(a):
                set_cell(tbl.cell(i, c), v, size=9)
        doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed monthly at the Force Public Protection Board and progress is "
                      "reported to the Police and Crime Commissioner’s accountability meeting.")
    doc.save(out("og2-surrey-police-stalking-super-complaint-action-plan.docx"))


# ====================================================================== 6
def ofwat_log():
    W = 7
    rows = [
        ["Ofwat Board – Action Log"],
        ["Updated for the Board meeting on 24 June 2025. Actions marked B are proposed for closure and will be removed once the Board has agreed."],
        ["RAG: B = complete (propose closure); G = on track; A = at risk of slipping; R = overdue"],
        [],
        ["Action ref", "Minute", "Action", "Owner", "Due date", "RAG", "Update"],
        ["Board meeting – 27 November 2024"],
        ["B24/41", "24/118",
         "Circulate a summary of the main themes in company representations on the PR24 draft determinations, including any companies signalling a request for a CMA redetermination.",
         "CW", "Jan-25", "B", "Summary circulated to Board members on 16 January 2025."],
        ["B24/42", "24/121",
         "Bring a paper on resourcing the enforcement programme, including the use of external legal support, to a future Board meeting.",
         "Director, Enforcement", "Jul-25 (revised from Mar-25)", "A",
         "Deferred to July to align with the outcome of the Independent Water Commission review."],
        ["Board meeting – 26 February 2025"],
        ["B25/03", "25/014",
         "Set out options for strengthening the Board’s oversight of companies in turnaround regimes, drawing on lessons from Thames Water.",
         "DB/LP", "Apr-25", "B", "Discussed at the April Board strategy session."],
        ["B25/04", "25/017",
         "Update the corporate risk register to reflect:\n- the Independent Water Commission review; and\n- the transfer of functions to a new water regulator.",
         "HE; KM", "Mar-25", "B", "Risk register updated and reviewed by ARAC on 11 March 2025."],
        ["B25/05", "25/019",
         "Report the staff engagement survey results and the action plan for the areas with the lowest scores.",
         "People Director", "May-25", "R", "Results delayed by the survey supplier; now to be reported in July."],
        ["Board meeting – 29 April 2025"],
        ["B25/11", "25/052",
         "Agree the approach to publishing the annual water company performance report, including the use of league tables.",
         "CW & AR", "Jul-25", "G", "Draft approach to be shared with Board members by email in early July."],
        ["B25/12", "25/055",
         "Review the Scheme of Delegation for enforcement decisions and bring proposed changes to the Board for approval.",
         "General Counsel", "Sep-25", "G", ""],
        ["B25/13", "25/058",
         "Confirm with Defra the timetable for the transition arrangements and the implications for Board membership.",
         "Chair / Chief Executive", "Ongoing", "A", "Awaiting Defra confirmation following the Government response."],
        [],
        ["Closed actions are kept on the Archive tab of the master log."],
    ]
    with open(out("og2-ofwat-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ====================================================================== 7
TXT_LINES = [
    "Holmwood Health Centre – CQC Inspection Action Plan",
    "Inspection: 3 and 4 June 2025\tReport published: 29 July 2025\tOverall rating: Requires improvement",
    "Prepared by: Practice Manager\tAgreed at partners' meeting: 13 August 2025",
    "",
    "Ref\tAction\tLead\tTarget date\tStatus\tProgress",
    "MUST DO 1 – Regulation 12: Safe care and treatment",
    "The provider must ensure care and treatment is provided in a safe way for service users.",
    "1.1\tComplete a search of all patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and recall any patient overdue monitoring.\tDr A Khan / Clinical Pharmacist\tAugust 2025\tComplete\tSearch run 6 August; 41 patients recalled.",
    "1.2\tIntroduce a monthly high-risk drug monitoring search with results reviewed at the clinical meeting.\tClinical Pharmacist\tSept 2025\tOn track\tFirst monthly review held 10 September.",
    "1.3\tReview all patients with a possible missed diagnosis of diabetes (HbA1c 48 or above with no coded diagnosis) and code or follow up as appropriate.\tDr S Okafor\t0ct 2025\tIn progress\t112 of 158 records reviewed.",
    "1.4\tAdd the outcome of each medication review to the patient record using the agreed template.\tDr A Khan\tNovember 2025\tOn track\tTemplate agreed at clinical meeting.",
    "MUST DO 2 – Regulation 17: Good governance",
    "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
    "2.1\tKeep a log of MHRA safety alerts showing the action taken and who reviewed each alert.\tPractice Manager\tJuly 2025\tComplete\tLog in place from 21 July.",
    "2.2\tComplete outstanding mandatory training (safeguarding level 3 for GPs, infection prevention and control, fire safety) for all staff.\tPractice Manager; Nurse Manager\t30/11/2025\tOn track\t89% complete.",
    "SHOULD DO",
    "3.1\tContinue to improve uptake of childhood immunisations and cervical screening.\tLead Practice Nurse\tMarch 2026\tOn track\tExtra Saturday clinics from October.",
    "3.2\tImprove telephone access, taking account of the results of the GP Patient Survey.\tPractice Manager\tDecember 2025\tIn progress\tCloud telephony with call-back installed 1 September.",
    "",
    "Status key: Complete / On track / In progress / Not started",
]


def holmwood_txt():
    with open(out("og2-holmwood-health-centre-cqc-inspection-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(TXT_LINES) + "\n")


if __name__ == "__main__":
    derbyshire_frs()
    leicester_risk()
    jigsaw_tsm()
    chesterfield_qip()
    surrey_stalking()
    ofwat_log()
    holmwood_txt()
    print("built 7 files in", HERE)
