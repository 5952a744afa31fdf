"""Build the seven tc- blind test files (set heldout500).

Run with: /work/main/.venv/bin/python tc_make.py
Writes only files whose names start with "tc-" into this script's folder.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

# RAG fills
RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def xl_row(ws, r, values, bold=False, bg=None, border=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True)
        if bg:
            c.fill = fill(bg)
        if border:
            c.border = BOX


# ---------------------------------------------------------------------------
# 1. Public Health Wales – Annual Plan 2025/26 delivery tracker (xlsx, read)
# ---------------------------------------------------------------------------
PHW_FILE = "tc-public-health-wales-annual-plan-2025-26-delivery-tracker.xlsx"
PHW_TITLE = "Annual Plan 2025/26 – Delivery Tracker"

# (priority, [(key deliverable, [(ref, milestone, lead, target, q1, q2, update)])])
PHW = [
    ("Strategic Priority 1: Influencing the wider determinants of health", [
        ("Key Deliverable 1.1 – Work with partners to embed a Health in All Policies approach across public bodies in Wales", [
            ("1.1.1", "Publish guidance on undertaking Health Impact Assessment to support public bodies in preparing for the Health Impact Assessment (Wales) Regulations",
             "Director of Policy and International Health", dt.datetime(2025, 9, 30), "G", "B",
             "Guidance published on 18 September 2025 following engagement with Welsh Government and the WHIASU network."),
            ("1.1.2", "Deliver a programme of Health Impact Assessment training to 12 public bodies, prioritising local authorities and Public Services Boards",
             "Director of Policy and International Health", "Q4 2025/26", "G", "G",
             "Five sessions delivered (four local authorities, one PSB); remaining sessions booked for Q3 and Q4."),
        ]),
    ]),
    ("Strategic Priority 2: Promoting mental and social wellbeing", [
        ("Key Deliverable 2.1 – Support implementation of the Suicide and Self-harm Prevention Strategy for Wales", [
            ("2.1.1", "Produce quarterly real-time suspected suicide surveillance reports for each regional suicide and self-harm prevention partnership",
             "Executive Director of Health and Wellbeing", "31/12/2025", "A", "A",
             "Data sharing agreements in place with three of the four Welsh police forces; the fourth is expected to be signed in October 2025."),
            ("2.1.2", "Co-produce an all-Wales postvention pathway with people with lived experience of suicide bereavement",
             "Executive Director of Health and Wellbeing / Director of Policy and International Health",
             "Q2 2025/26 (revised Q4 2025/26)", "A", "R",
             "Recruitment of the lived experience panel took longer than planned. Revised date agreed by Executive Team on 9 September 2025."),
        ]),
    ]),
    ("Strategic Priority 3: Promoting healthy behaviours", [
        ("Key Deliverable 3.1 – Reduce smoking and vaping among children and young people", [
            ("3.1.1", "Launch the refreshed Help Me Quit digital offer, including a vaping cessation pathway for young people",
             "Executive Director of Health and Wellbeing", dt.datetime(2025, 6, 30), "B", "B",
             "Launched 2 June 2025."),
            ("3.1.2", "Report the findings of the School Health Research Network vaping module to Welsh Government and regional partners",
             "Director of Research and Evaluation", "November 2025", "G", "G",
             "Analysis complete; report in final draft."),
        ]),
    ]),
    ("Strategic Priority 4: Supporting the development of a sustainable health and care system focused on prevention and early intervention", [
        ("Key Deliverable 4.1 – Support NHS Wales to embed prevention in the Primary Care Model for Wales", [
            ("4.1.1", "Publish a prevention and early intervention framework for Primary Care Clusters, with a cluster self-assessment tool",
             "Executive Director of Quality, Nursing and Allied Health Professionals", "30/01/2026", "G", "A",
             "Draft framework shared with the Strategic Programme for Primary Care; cluster testing delayed by winter planning."),
        ]),
    ]),
    ("Strategic Priority 5: Delivering excellent public health services to protect the public and maximise population health outcomes", [
        ("Key Deliverable 5.1 – Recover and improve screening coverage and uptake", [
            ("5.1.1", "Extend Bowel Screening Wales invitations to people aged 50 and 51",
             "Executive Director of Public Health Services", "March 2026", "G", "G",
             "Invitations to 51 year olds commenced August 2025; 50 year olds from January 2026."),
            ("5.1.2", "Reduce the Diabetic Eye Screening Wales round length to 24 months",
             "Executive Director of Public Health Services", "Q3 2025/26", "A", "A",
             "Round length currently 27 months; additional clinics commissioned in the Betsi Cadwaladr and Hywel Dda areas."),
        ]),
        ("Key Deliverable 5.2 – Strengthen health protection preparedness and response", [
            ("5.2.1", "Test the all-Wales measles outbreak response plan through a multi-agency exercise",
             "Executive Director of Public Health Services", dt.datetime(2025, 11, 30), None, None,
             "Exercise scheduled for 19 November 2025."),
        ]),
    ]),
    ("Strategic Priority 6: Tackling the public health effects of climate change", [
        ("Key Deliverable 6.1 – Lead the public health system response to climate change in Wales", [
            ("6.1.1", "Publish the Climate Change Health Impact Assessment summary for Wales with a supporting data dashboard",
             "Director of Policy and International Health", "Q4 2025/26", "G", "G",
             "Dashboard in user testing with local public health teams."),
            ("6.1.2", "Reduce our carbon emissions in line with the Public Health Wales Decarbonisation Action Plan, including moving the fleet to ultra-low emission vehicles",
             "Executive Director of Finance and Corporate Planning", "Ongoing", "G", "G",
             "14 of 22 fleet vehicles now ultra-low emission."),
        ]),
    ]),
]
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_phw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Public Health Wales NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = PHW_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Quarter 2 (1 July – 30 September 2025)"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "0.3"), ("Date", "14 October 2025"), ("Author", "Planning and Performance Team"),
          ("Approved by", "Executive Team"), ("Presented to", "Board – 30 October 2025")]
    for i, (k, v) in enumerate(dc, start=6):
        xl_row(ws, i, [k, v])
        ws.cell(row=i, column=1).font = Font(bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("B", BLUE, "Complete – milestone delivered"),
           ("G", GREEN, "On track – expected to be delivered by the target date"),
           ("A", AMBER, "At risk – delivery at risk; mitigating action in place"),
           ("R", RED, "Off track – will not be delivered by the target date"),
           ("", None, "Not yet due to start / no update")]
    for i, (k, c, v) in enumerate(key, start=13):
        xl_row(ws, i, [k, v])
        if c:
            ws.cell(row=i, column=1).fill = fill(c)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60

    # Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of milestone status at Quarter 2"
    sm["A1"].font = Font(bold=True, size=13)
    xl_row(sm, 3, ["Strategic Priority", "Blue", "Green", "Amber", "Red", "Not yet due", "Total"], bold=True, bg=GREY)
    r = 4
    tot = [0] * 6
    for n, (pri, kds) in enumerate(PHW, start=1):
        counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
        for _, ms in kds:
            for m in ms:
                counts[m[5]] += 1
        vals = [counts["B"], counts["G"], counts["A"], counts["R"], counts[None]]
        vals.append(sum(vals))
        tot = [a + b for a, b in zip(tot, vals)]
        xl_row(sm, r, ["SP%d" % n] + vals)
        r += 1
    xl_row(sm, r, ["Total"] + tot, bold=True)
    sm.column_dimensions["A"].width = 20

    # Delivery plan sheet
    dp = wb.create_sheet("Delivery Plan")
    dp["A1"] = PHW_TITLE + ": Quarter 2 position"
    dp["A1"].font = Font(bold=True, size=14)
    dp["A2"] = ("Milestones are reported by exception to the Quality, Safety and Improvement Committee; "
                "the full tracker is reviewed by the Executive Team monthly.")
    heads = ["Ref", "Milestone", "Executive Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    xl_row(dp, 4, heads, bold=True, bg="1F3864")
    for i in range(1, 8):
        dp.cell(row=4, column=i).font = Font(bold=True, color="FFFFFF")
    r = 5
    for pri, kds in PHW:
        xl_row(dp, r, [pri] + [None] * 6, bold=True, bg="B4C6E7")
        dp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for kd, ms in kds:
            xl_row(dp, r, [kd] + [None] * 6, bold=True, bg="DDEBF7")
            dp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, text, lead, target, q1, q2, upd in ms:
                xl_row(dp, r, [ref, text, lead, target, q1, q2, upd])
                if isinstance(target, dt.datetime):
                    dp.cell(row=r, column=4).number_format = "mmm-yy"
                for col, q in ((5, q1), (6, q2)):
                    c = dp.cell(row=r, column=col)
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if q:
                        c.fill = fill(RAGFILL[q])
                        if q == "B":
                            c.font = Font(color="FFFFFF", bold=True)
                r += 1
    r += 1
    dp.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    dp.cell(row=r + 1, column=1, value="1. Target dates shown as quarters refer to the end of that quarter of the 2025/26 financial year.")
    dp.cell(row=r + 2, column=1, value="2. Revised target dates have been approved by the Executive Team and are shown alongside the original date.")
    dp.cell(row=r + 3, column=1, value="3. Milestones rated Blue at Q2 will be removed from the tracker at Q3.")
    for col, w in zip("ABCDEFG", (9, 60, 34, 16, 8, 8, 55)):
        dp.column_dimensions[col].width = w
    dp.freeze_panes = "A5"
    wb.save(os.path.join(OUT, PHW_FILE))


# ---------------------------------------------------------------------------
# 2. Powys Teaching Health Board – corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
PTHB_FILE = "tc-powys-teaching-health-board-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
PTHB_TITLE = "Corporate Risk Register 2025-26"

PTHB = [
    ("CRR 001", "There is a risk that the Health Board is unable to meet its statutory duty to break even over a rolling three-year period, because of cost pressures in commissioned services and the scale of savings required.",
     "Director of Finance and IT", ("20 (4 x 5)", RED), ("12 (3 x 4)", AMBER), "↔", [
         ("Deliver the 2025-26 savings plan of £8.2m, with monthly reporting to the Executive Committee.", "Assistant Director of Finance", "March 2026",
          "£3.9m delivered at month 6; £1.1m of schemes remain high risk."),
         ("Agree contract values with English providers for 2025-26 through the Commissioning Assurance Framework.", "Director of Planning and Performance", "October 2025",
          "Four of six main contracts signed."),
         ("Complete the value and sustainability review of continuing healthcare packages.", "Director of Primary, Community Care and Mental Health", "December 2025",
          "Review of 60% of packages complete."),
     ]),
    ("CRR 002", "There is a risk that Powys residents wait longer than is clinically appropriate for treatment commissioned from providers in England and Wales, leading to avoidable harm.",
     "Director of Planning and Performance", ("16 (4 x 4)", RED), ("8 (2 x 4)", AMBER), "↑", [
         ("Implement the clinical harm review process for Powys residents waiting over 104 weeks.", "Medical Director", "November 2025",
          "Process agreed with Shrewsbury and Telford Hospital NHS Trust; Hereford to follow."),
         ("Publish the commissioning intentions statement for 2026-27 to main providers.", "Head of Commissioning", "January 2026",
          "Drafting under way."),
     ]),
    ("CRR 003", "There is a risk that the Health Board cannot recruit and retain sufficient registered nurses and GPs in rural Powys, affecting the continuity of community hospital and primary care services.",
     "Director of Workforce and OD", ("16 (4 x 4)", RED), ("9 (3 x 3)", AMBER), "↔", [
         ("Launch the 'Grow Your Own' healthcare support worker to registered nurse pathway with the Open University.", "Deputy Director of Nursing", "Febuary 2026",
          "First cohort of 8 students confirmed."),
         ("Complete the international recruitment cohort of 12 registered nurses for community hospitals.", "Head of Workforce", "March 2026",
          "7 nurses in post; 5 awaiting NMC registration."),
         ("Review the sustainability plan for the two health board managed GP practices.", "Assistant Director of Primary Care", "December 2025",
          "Options appraisal to Executive Committee in November."),
     ]),
    ("CRR 004", "There is a risk of significant disruption to services from a cyber attack on NHS Wales or Health Board systems.",
     "Director of Finance and IT", ("15 (3 x 5)", RED), ("10 (2 x 5)", AMBER), "↓", [
         ("Complete the Cyber Assessment Framework self-assessment and submit the improvement plan to the Cyber Resilience Unit.", "Head of IT / Information Governance Manager", "November 2025",
          "Self-assessment 80% complete."),
         ("Run a desktop business continuity exercise simulating the loss of clinical systems.", "Head of Emergency Planning and Business Continuity", "January 2026",
          "Scenario being developed with DHCW."),
     ]),
]


def make_pthb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Powys Teaching Health Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = PTHB_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Position at 30 September 2025 – presented to the Audit, Risk and Assurance Committee, 21 October 2025"
    heads = ["Risk ID", "Risk description", "Executive owner", "Current score (L x C)", "Target score (L x C)", "Trend",
             "Further action required", "Action lead", "Due date", "Progress"]
    xl_row(ws, 5, heads, bold=True, bg="C00000")
    for i in range(1, 11):
        ws.cell(row=5, column=i).font = Font(bold=True, color="FFFFFF")
    r = 6
    for rid, desc, owner, cur, tgt, trend, acts in PTHB:
        start = r
        for j, (a, lead, due, prog) in enumerate(acts):
            if j == 0:
                xl_row(ws, r, [rid, desc, owner, cur[0], tgt[0], trend, a, lead, due, prog])
                ws.cell(row=r, column=4).fill = fill(cur[1])
                ws.cell(row=r, column=5).fill = fill(tgt[1])
            else:
                xl_row(ws, r, [None] * 6 + [a, lead, due, prog])
            r += 1
        if len(acts) > 1:
            for col in range(1, 7):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1, value="Scores: L = likelihood, C = consequence (1–5). Trend compares with the Q1 position.")
    for col, w in zip("ABCDEFGHIJ", (10, 48, 24, 14, 14, 7, 50, 28, 15, 40)):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Risk scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x consequence)"
    mx["A1"].font = Font(bold=True)
    xl_row(mx, 3, ["Score", "Rating", "Escalation"], bold=True, bg=GREY)
    for i, (s, rt, e, c) in enumerate([("15 – 25", "Extreme", "Corporate Risk Register / Board", RED),
                                       ("8 – 12", "High", "Directorate Risk Register / Executive Committee", AMBER),
                                       ("4 – 6", "Moderate", "Service risk register", "FFFF00"),
                                       ("1 – 3", "Low", "Manage locally", GREEN)], start=4):
        xl_row(mx, i, [s, rt, e])
        mx.cell(row=i, column=2).fill = fill(c)
    wb.save(os.path.join(OUT, PTHB_FILE))


# ---------------------------------------------------------------------------
# 3. Northern Ireland Policing Board – audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
NIPB_FILE = "tc-northern-ireland-policing-board-audit-recommendations-tracker.xlsx"
NIPB_TITLE = "Northern Ireland Policing Board – Audit Recommendations Tracker"
STATUSFILL = {"Implemented": BLUE, "On track": GREEN, "Partially implemented": AMBER, "Not implemented": RED}
D = dt.datetime

# sheet -> [(band, [(priority, recommendation, [(ref, action, lead, orig, revised, status, update)])])]
NIPB = [
    ("Internal Audit", "Source: Group Internal Audit and Fraud Investigation Services (GIAFIS), Department of Justice", [
        ("Information Governance and Records Management (final report March 2025) – Limited assurance", [
            ("Priority 1", "A Records Retention and Disposal Schedule should be approved and implemented, with evidence of annual disposal reviews.", [
                ("IG/01", "The Records Retention and Disposal Schedule will be revised to reflect the Board's current functions and submitted to the Senior Management Team for approval.",
                 "Head of Corporate Services", D(2025, 6, 30), None, "Implemented", "Approved by SMT on 17 June 2025."),
            ]),
            ("Priority 2", "Information Asset Owners should complete the annual Information Asset Register review and return assurance statements to the SIRO.", [
                ("IG/02", "Information Asset Owners will be reminded of their responsibilities and the Information Asset Register review will be built into the annual assurance statement process.",
                 "Information Governance Manager", D(2025, 6, 30), D(2025, 10, 31), "Partially implemented", "7 of 11 assurance statements returned."),
            ]),
            ("Priority 2", "Completion of mandatory data protection training should be monitored and reported to SMT quarterly.", [
                ("IG/03", "Quarterly training compliance reports will be provided to SMT, with non-completers followed up by line managers.",
                 "Head of HR / Information Governance Manager", D(2025, 9, 30), None, "Implemented", "First report to SMT 23 September 2025 (94% compliance)."),
            ]),
        ]),
        ("Procurement and Contract Management (final report May 2025) – Satisfactory assurance", [
            ("Priority 2", "A central contracts register should be maintained and contract extensions should be approved in line with the Scheme of Delegation.", [
                ("PCM/01a", "Finance will establish a central contracts register on SharePoint, recording contract values, end dates and extension options.",
                 "Head of Finance", D(2025, 8, 31), None, "Implemented", "Register live from 1 August 2025."),
                ("PCM/01b", "Contract extensions will be reported to the Resources Committee each quarter.",
                 "Director of Resources", D(2025, 12, 31), None, "On track", "First report scheduled for the December Resources Committee."),
            ]),
            ("Priority 3", "Contract managers should hold documented performance review meetings with key suppliers at least annually.", [
                ("PCM/02", "A contract management checklist will be issued and review meetings recorded on the contracts register.",
                 "Head of Finance", D(2026, 3, 31), None, "On track", ""),
            ]),
        ]),
        ("Partnership Funding – PCSP Grant Assurance (final report June 2025) – Limited assurance", [
            ("Priority 1", "The Board should obtain and review evidence that PCSP grant conditions have been met before releasing the final quarterly payment.", [
                ("PF/01", "A grant verification checklist will be introduced and signed off by the Head of Partnership before the final payment is released.",
                 "Head of Partnership", D(2025, 9, 30), D(2025, 12, 31), "Not implemented", "Checklist drafted; delayed by a vacancy in the Partnership team. Revised date agreed by ARAC on 2 October 2025."),
            ]),
        ]),
    ]),
    ("NIAO", "Source: Northern Ireland Audit Office", [
        ("Report to those charged with governance 2024-25 (issued June 2025)", [
            ("Priority 2", "The Board should review the useful economic lives of IT equipment, as a number of fully depreciated assets remain in use.", [
                ("NIAO 24-25/1", "A review of asset lives will be completed as part of the 2025-26 year-end fixed asset verification.",
                 "Head of Finance", D(2026, 3, 31), None, "On track", ""),
            ]),
            ("Priority 2", "Declarations of interest should be obtained from all Board members and senior staff within the required timescale.", [
                ("NIAO 24-25/2", "Declarations will be requested each April, with outstanding returns escalated to the Chief Executive.",
                 "Head of Corporate Services", D(2025, 4, 30), None, "Implemented", "All 2025-26 declarations received by 16 May 2025."),
            ]),
        ]),
    ]),
]


def make_nipb():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = NIPB_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – position at 30 September 2025"
    xl_row(sm, 4, ["Source", "Implemented", "On track", "Partially implemented", "Not implemented", "Total"], bold=True, bg=GREY)
    r = 5
    tot = [0] * 5
    for sheet, _, bands in NIPB:
        cnt = {k: 0 for k in STATUSFILL}
        for _, recs in bands:
            for _, _, acts in recs:
                for a in acts:
                    cnt[a[5]] += 1
        vals = [cnt["Implemented"], cnt["On track"], cnt["Partially implemented"], cnt["Not implemented"]]
        vals.append(sum(vals))
        tot = [a + b for a, b in zip(tot, vals)]
        xl_row(sm, r, [sheet] + vals)
        r += 1
    xl_row(sm, r, ["Total"] + tot, bold=True)
    r += 2
    sm.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for i, (k, c) in enumerate(STATUSFILL.items(), start=1):
        desc = {"Implemented": "Implemented – evidence of implementation received",
                "On track": "On track – target date not yet reached",
                "Partially implemented": "Partially implemented – revised date agreed",
                "Not implemented": "Not implemented – past target date"}[k]
        sm.cell(row=r + i, column=1, value=desc).fill = fill(c)
    sm.column_dimensions["A"].width = 50

    heads = ["Ref", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Update at 30 September 2025"]
    for sheet, source, bands in NIPB:
        ws = wb.create_sheet(sheet)
        ws["A1"] = NIPB_TITLE
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = source
        ws["A2"].font = Font(italic=True)
        xl_row(ws, 4, heads, bold=True, bg="002060")
        for i in range(1, 10):
            ws.cell(row=4, column=i).font = Font(bold=True, color="FFFFFF")
        r = 5
        for band, recs in bands:
            xl_row(ws, r, [band] + [None] * 8, bold=True, bg=GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for prio, rec, acts in recs:
                start = r
                for j, (ref, act, lead, orig, rev, status, upd) in enumerate(acts):
                    xl_row(ws, r, [ref, prio if j == 0 else None, rec if j == 0 else None, act, lead, orig, rev, status, upd or None])
                    for col in (6, 7):
                        ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                    ws.cell(row=r, column=8).fill = fill(STATUSFILL[status])
                    if status == "Implemented":
                        ws.cell(row=r, column=8).font = Font(color="FFFFFF")
                    r += 1
                if len(acts) > 1:
                    for col in (2, 3):
                        ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for col, w in zip("ABCDEFGHI", (13, 11, 45, 50, 26, 13, 13, 20, 45)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, NIPB_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text (paragraphs split on \n) into a cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Killowen Primary School – ETI post-inspection action plan (docx, read)
# ---------------------------------------------------------------------------
KPS_FILE = "tc-killowen-primary-school-eti-inspection-action-plan.docx"
KPS_TITLE = "Killowen Primary School – Post-Inspection Action Plan"
KPS_FILL = {"Achieved": "5B9BD5", "On track": "92D050", "Amber": "FFC000", "Red": "FF0000", "Not started": None}

KPS = [
    ("Area for improvement 1: Improve the consistency of feedback to children in key stage 2 so that they know how to improve their written work", [
        ("1.1", "Review and update the school’s marking and feedback policy with all teaching staff, including the use of ‘next steps’ comments and editing time.",
         "Principal / Literacy Co-ordinator", "Spring term 2025", "Revised policy agreed and in use in all key stage 2 classes.", "Achieved"),
        ("1.2", "Provide staff development on effective written feedback, led by the Education Authority literacy officer.\nTeachers to share examples of children’s edited work at the March staff meeting.",
         "Literacy Co-ordinator", "March 2025", "All teachers use ‘next steps’ comments; children can explain how to improve their work.", "Achieved"),
        ("1.3", "Monitor the impact through termly book scrutiny and pupil voice discussions with children in Years 5 to 7.",
         "SLT", "Termly", "Book scrutiny shows consistent, improving quality of written work.", "On track"),
    ]),
    ("Area for improvement 2: Use assessment information more effectively to plan for the progression of children who need additional support with numeracy", [
        ("2.1", "Introduce a tracking spreadsheet for children on the SEN register and those identified through PTM data.",
         "SENCo / Numeracy Co-ordinator", "April 2025", "Tracker in place and updated each term.", "Achieved"),
        ("2.2", "Hold pupil progress meetings each term between class teachers and the SENCo to agree targeted support.",
         "SENCo", "Autumn term 2025", "Minutes of progress meetings show support agreed and reviewed.", "On track"),
        ("2.3", "Train classroom assistants to deliver the Numicon intervention programme to small groups.",
         "Mrs R. Quigley (Numeracy Co-ordinator)", "By 30 September 2025", "All classroom assistants trained; intervention groups running in P4–P7.", "Amber"),
    ]),
    ("Area for improvement 3: Strengthen the role of the governors in monitoring and evaluating the impact of the School Development Plan", [
        ("3.1", "Governors to receive a termly report from the Principal on progress against this action plan and the School Development Plan.",
         "Principal", "Termly", "Board of Governors minutes record discussion and challenge.", "On track"),
        ("3.2", "Arrange Education Authority governor training on challenge and support for all members of the Board of Governors.",
         "Chair of the Board of Governors", "October 2025", "All governors attend training.", "Not started"),
    ]),
]


def make_kps():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(KPS_TITLE, style="Title")
    doc.add_paragraph("Response to the Education and Training Inspectorate (ETI) inspection, 3–6 February 2025")
    info = [("School", "Killowen Primary School, Coleraine"), ("Principal", "Mr D. Kane"),
            ("Chair of the Board of Governors", "Mrs P. Hegarty"), ("Date of inspection", "3–6 February 2025"),
            ("Approved by the Board of Governors", "18 March 2025"), ("Progress reviewed", "12 June 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True, size=10)
        set_cell(t.cell(i, 1), v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("The ETI report identified three areas for improvement. The actions below were agreed by the staff and "
                      "the Board of Governors and are monitored by the Senior Leadership Team (SLT) each half-term.")
    heads = ["No.", "Actions", "Person(s) responsible", "Timescale", "Success criteria", "Progress at June 2025 (RAG)"]
    for afi, acts in KPS:
        doc.add_heading(afi, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for ref, act, who, when, crit, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, who, when, crit, rag)):
                set_cell(c, v)
            if KPS_FILL[rag]:
                shade(cells[5], KPS_FILL[rag])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Achieved (blue) – action completed; On track (green); Amber – some slippage, action in hand; "
                      "Red – not on track.")
    doc.add_paragraph("Signed: ____________________ Principal        ____________________ Chair of the Board of Governors")
    doc.save(os.path.join(OUT, KPS_FILE))


# ---------------------------------------------------------------------------
# 5. Blackwood Care at Home (Dundee) – Care Inspectorate improvement plan (docx, read)
# ---------------------------------------------------------------------------
BW_FILE = "tc-blackwood-care-at-home-dundee-care-inspectorate-improvement-plan.docx"
BW_TITLE = "Care at Home Service (Dundee) – Improvement Plan"
BW_FILL = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000", "Off track": "FF0000"}

BW = [
    ("1. How well do we support people’s wellbeing?", [
        ("Requirement 1: By 30 June 2025, the provider must ensure that people receive their medication safely and as prescribed. To do this, the provider must, at a minimum, ensure that medication administration records are accurate and complete, and that staff are trained and assessed as competent to administer medication.", [
            ("1.1", "Audit all medication administration records (MARs) weekly and follow up any gaps with the staff member concerned.",
             "Care Co-ordinators", "Weekly", "On track"),
            ("1.2", "Deliver refreshed medication training to all care staff, followed by an observed competency assessment.",
             "Registered Manager / Training Officer", "30/06/2025", "Complete"),
            ("1.3", "Introduce the electronic MAR module on the CM2000 system so that missed medication alerts reach the office in real time.",
             "Digital Systems Lead", "September 2025", "At risk"),
        ]),
        ("Area for improvement 1: To support people’s wellbeing, the provider should ensure that people are told in advance if their visit is going to be late, and who will be visiting.", [
            ("1.4", "Send each person a weekly rota letter, by email or post, showing planned visit times and the names of their carers.",
             "Care Co-ordinators", "End of May 2025", "Complete"),
            ("1.5", "Office staff to phone the person when a visit is expected to be more than 30 minutes late.",
             "Senior Care Co-ordinator", "April 2025", "Complete"),
        ]),
    ]),
    ("2. How good is our leadership?", [
        ("Requirement 2: By 31 July 2025, the provider must ensure that quality assurance processes are effective in identifying and addressing areas for improvement.", [
            ("2.1", "Develop a quality assurance calendar covering care plan audits, spot checks, supervision and feedback from people and families.",
             "Registered Manager", "31/07/2025", "Complete"),
            ("2.2", "Report quality assurance findings and progress with this plan to the monthly Care Governance Group.",
             "Operations Director", "Monthly", "On track"),
        ]),
    ]),
    ("3. How well is our care and support planned?", [
        ("Area for improvement 2: The provider should ensure that personal plans are reviewed at least once in every six month period with the person and, where appropriate, their family or representative.", [
            ("3.1", "Create a six-monthly review schedule for all 84 people supported and allocate reviews to named Care Co-ordinators.",
             "Care Co-ordinators", "June 2025", "Complete"),
            ("3.2", "Update the personal plan template to record the person’s own outcomes and who took part in each review.",
             "Quality Assurance Lead", "October 2025", "On track"),
        ]),
    ]),
]


def make_bw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Blackwood Homes and Care")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(BW_TITLE, style="Title")
    doc.add_paragraph("Following the Care Inspectorate unannounced inspection, 10–13 March 2025 (report published 22 April 2025)")
    doc.add_heading("Document control", level=2)
    vc = [("Version", "Date", "Author", "Change"),
          ("1.0", "29/04/2025", "Registered Manager", "First version for Operations Director"),
          ("1.1", "16/06/2025", "Registered Manager", "Progress update"),
          ("1.2", "01/09/2025", "Quality Assurance Lead", "Progress update")]
    t = doc.add_table(rows=len(vc), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("Grades awarded", level=2)
    gr = [("Key question", "Grade"), ("How well do we support people’s wellbeing?", "3 – Adequate"),
          ("How good is our leadership?", "3 – Adequate"), ("How good is our staff team?", "4 – Good"),
          ("How well is our care and support planned?", "3 – Adequate")]
    t = doc.add_table(rows=len(gr), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(gr):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("Improvement actions", level=2)
    heads = ["No.", "Requirement / area for improvement", "Action", "Responsible person", "Timescale", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for kq, items in BW:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, kq, bold=True, size=10)
        shade(m, "E7E6E6")
        for req, acts in items:
            rows = [t.add_row() for _ in acts]
            for row, (ref, act, who, when, status) in zip(rows, acts):
                c = row.cells
                set_cell(c[0], ref)
                set_cell(c[2], act)
                set_cell(c[3], who)
                set_cell(c[4], when)
                set_cell(c[5], status)
                shade(c[5], BW_FILL[status])
            top = rows[0].cells[1]
            if len(rows) > 1:
                top = top.merge(rows[-1].cells[1])
            set_cell(top, req)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red)")
    doc.add_paragraph("Progress with this plan is reported to the Blackwood Care Governance Group each month.")
    doc.save(os.path.join(OUT, BW_FILE))


# ---------------------------------------------------------------------------
# 6. NHS Orkney – Board rolling action log (csv, read)
# ---------------------------------------------------------------------------
OHB_FILE = "tc-nhs-orkney-board-rolling-action-log.csv"
OHB_TITLE = "NHS Orkney Board – Rolling Action Log"
OHB = [
    ("Board meeting – 24 April 2025", [
        ("BA-25-07", "Circulate the Scottish Government feedback letter on the Annual Delivery Plan 2025/26 to Board members once received.",
         "Chief Executive", "June 2025", "Complete", "Letter circulated 19 June 2025."),
        ("BA-25-09", "Review the description and scoring of risk 740 (Balfour Hospital bed capacity) and bring back to the Audit and Risk Committee.",
         "Medical Director / Director of Nursing, Midwifery, AHP and Acute Services", "31/07/2025", "Amber",
         "Review undertaken; rescoring to be considered at the September Audit and Risk Committee."),
    ]),
    ("Board meeting – 26 June 2025", [
        ("BA-25-14", "Include benchmarking against the other island boards in the next quarterly whistleblowing report.",
         "Director of People and Culture", "Aug-25", "Complete", "Included in the report to the August Board."),
        ("BA-25-16", "Provide a breakdown of supplementary staffing spend by ward and profession, including agency nursing and locum medical costs.\nInclude the forecast for quarter 3.",
         "Director of Finance", "23/10/2025", "Green", "On the agenda for the October Board."),
        ("BA-25-17", "Arrange a joint Board development session with the Integration Joint Board on the IJB financial recovery plan.",
         "Board Secretary", "Dec-25", "Green", "Provisional date of 11 December 2025 agreed with the Chief Officer."),
    ]),
    ("Board meeting – 28 August 2025", [
        ("BA-25-22", "Share the final Winter Plan 2025/26 with Community Councils and publish it on the NHS Orkney website.",
         "Head of Communications and Engagement", "31/10/2025", "Green", ""),
        ("BA-25-23", "Confirm the timescale for replacing the theatre ventilation system at the Balfour and report it to the Clinical and Care Governance Committee.",
         "Head of Estates, Facilities and Capital Planning", "November 2025", "Red",
         "Contractor quote awaited; Scottish Government capital funding not yet confirmed."),
        ("BA-25-25", "Keep progress against the Blueprint for Good Governance improvement plan under review at each Board development session.",
         "Chair / Chief Executive", "Ongoing", "Green", "Standing item on development session agendas."),
    ]),
]


def make_ohb():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([OHB_TITLE, "", "", "", "", ""])
    w.writerow(["Open actions and actions completed since the last meeting (position at 16 October 2025)", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["No.", "Action", "Lead", "Due date", "RAG", "Update"])
    for meeting, acts in OHB:
        w.writerow([meeting, "", "", "", "", ""])
        for a in acts:
            w.writerow(list(a))
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["RAG key: Complete = action closed, to be removed from the log; Green = on track; Amber = at risk of missing the due date; Red = overdue or not achievable by the due date", "", "", "", "", ""])
    with open(os.path.join(OUT, OHB_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Glenview Nursing Home – RQIA QIP action tracker (tab-separated txt, read)
# ---------------------------------------------------------------------------
GV_FILE = "tc-glenview-nursing-home-rqia-quality-improvement-plan-action-tracker.txt"
GV_TITLE = "Glenview Nursing Home – Quality Improvement Plan (QIP) Action Tracker"
GV = [
    ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
        ("Regulation 13 (4)", "The registered person shall ensure that medicines are administered as prescribed and that the administration of thickening agents is accurately recorded.", [
            ("1.1", "Supervision completed with all registered nurses on the administration and recording of thickening agents.", "Registered Manager", "31/05/2025", "Complete", "Supervision records on file."),
            ("1.2", "Weekly audit of fluid consistency records on each unit, with results shared at the monthly staff meeting.", "Deputy Manager / Unit Sisters", "Ongoing", "Green", "Audits since June show full compliance."),
        ]),
        ("Regulation 27 (4) (d)", "The registered person shall ensure that fire doors are not wedged or propped open and that the fire risk assessment action plan is completed within the required timescales.", [
            ("2.1", "Wedges removed and magnetic hold-open devices fitted to the lounge and dining room doors.", "Maintenance Officer", "30/06/2025", "Complete", ""),
            ("2.2", "Complete the outstanding actions from the March 2025 fire risk assessment and have them signed off by the fire risk assessor.", "Registered Manager / Responsible Individual", "Aug-25", "Amber", "Compartmentation works in the Lagan unit delayed; contractor booked for September."),
        ]),
    ]),
    ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
        ("Standard 4.1", "The registered person shall ensure that care plans for residents with wounds are reviewed and updated following each reassessment and reflect the recommendations of the tissue viability nurse.", [
            ("3.1", "Audit the wound care plans of all residents with wounds and update them to reflect TVN recommendations.", "Clinical Lead (S. Nelson)", "30/06/2025", "Complete", "12 care plans audited and updated."),
            ("3.2", "Wound care training for all registered nurses, delivered by the Trust tissue viability team.", "Clinical Lead (S. Nelson)", "October 2025", "Green", "Booked for 8 October 2025."),
        ]),
        ("Standard 35", "The registered person shall ensure that a robust system of quality audits is in place, including audits of care records, and that action plans are developed where deficits are identified.", [
            ("4.1", "Introduce a monthly audit schedule covering care records, falls, infection prevention and control, and restrictive practices.", "Registered Manager", "31/07/2025", "Complete", ""),
            ("4.2", "Responsible Individual to review audit outcomes and action plans during monthly monitoring visits (Regulation 29 reports).", "Responsible Individual", "Monthly", "Green", ""),
        ]),
    ]),
]


def make_gv():
    lines = [
        GV_TITLE,
        "RQIA unannounced care inspection, 13 and 14 May 2025 – Inspection ID IN048213",
        "Last updated 01/09/2025 by the Registered Manager",
        "",
        "\t".join(["Regulation / Standard", "Area for improvement", "No.", "Action", "Responsible", "Complete by", "RAG", "Comments"]),
    ]
    for section, afis in GV:
        lines.append(section + "\t" * 7)
        for reg, afi, acts in afis:
            for j, (no, act, who, by, rag, com) in enumerate(acts):
                lines.append("\t".join([reg if j == 0 else "", afi if j == 0 else "", no, act, who, by, rag, com]))
    lines.append("")
    lines.append("RAG: Complete = action completed and evidence available; Green = in progress and on track; "
                 "Amber = in progress but behind timescale; Red = not started or overdue")
    with open(os.path.join(OUT, GV_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_phw()
    make_pthb()
    make_nipb()
    make_kps()
    make_bw()
    make_ohb()
    make_gv()
    print("built 7 tc- files in", OUT)
