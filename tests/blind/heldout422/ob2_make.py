#!/usr/bin/env python3
"""Build the seven ob2- data files of set heldout422.

Run with /work/main/.venv/bin/python (openpyxl + python-docx).
Writes next to this script.
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
LIGHTBLUE = "DCE6F1"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. South East Water - Ofwat incident response improvement plan (xlsx)
# ---------------------------------------------------------------------------
SEW_TITLE = "South East Water – Incident Response Improvement Plan"
SEW = [
    ("Theme 1: Planning and preparedness", [
        ("Our incident plans did not anticipate a prolonged period of very high demand following extreme weather.", [
            ("1.1", "Review and update the Strategic Incident Management Plan to include demand-surge scenarios for heatwave and freeze-thaw events.",
             "Director of Operations", d(2024, 3), None, "G", "B",
             "Revised plan approved by the Executive on 19 March 2024 and shared with Kent and Sussex LRFs."),
            ("1.2", "Run a full-scale exercise with Local Resilience Forum partners in Kent and Sussex and publish the lessons identified.",
             "Head of Resilience", d(2024, 6), d(2024, 11), "A", "G",
             "Exercise Dry Spell booked for 6 November 2024; date moved to fit LRF exercise calendar."),
        ]),
        ("Treatment works capacity and treated water storage were not sufficient to meet peak demand in the Eastern region.", [
            ("1.3", "Deliver the capacity uplift at Arlington water treatment works (additional 5 Ml/d).",
             "Director of Asset Management", d(2025, 3), d(2025, 9), "A", "A",
             "Membrane plant delivery delayed by supplier; contractor recovery plan under review."),
            ("1.4", "Commission 20 Ml of additional treated water storage at strategic service reservoirs in the Eastern region.",
             "Director of Asset Management", d(2026, 3), None, "G", "G",
             "Design complete for two of three sites; planning application submitted for the third."),
        ]),
    ]),
    ("Theme 2: Bottled water and support for customers in vulnerable circumstances", [
        ("Bottled water stations were opened too late and were not always in the right locations.", [
            ("2.1", "Agree framework contracts with two national bottled water suppliers and pre-identify 40 bottled water station sites.",
             "Head of Customer Experience / Incident Logistics Manager", d(2023, 12), None, "B", "B",
             "Contracts in place from 1 December 2023; 42 sites surveyed and agreed with landowners."),
            ("2.2", "Deliver bottled water direct to all Priority Services Register customers within 12 hours of a loss of supply.",
             "Customer Services Director", d(2024, 3), d(2025, 6), "R", "A",
             "Delivery partner appointed; 12-hour standard met in the May 2024 test but not yet at scale."),
        ]),
        ("Priority Services Register data was incomplete and out of date.", [
            ("2.3", "Cleanse Priority Services Register data and share it with UK Power Networks under the data-sharing agreement.",
             "Head of Vulnerability; Data Protection Officer", d(2024, 9), None, "G", "G",
             "78% of records re-verified; data-sharing agreement signed in August 2024."),
        ]),
    ]),
    ("Theme 3: Customer communications", [
        ("Customers received inconsistent information about when supplies would be restored.", [
            ("3.1", "Introduce a single restoration-time message agreed by the incident lead and used across the website, social media and the contact centre.",
             "Director of Communications", d(2024, 6), None, "G", "B",
             "In use since the April 2024 Crowborough burst."),
            ("3.2", "Launch an online incident map, updated at least every two hours during an incident.",
             "Director of Communications", d(2024, 10), d(2025, 3), "A", "G",
             "Pilot map live; full launch follows the website migration."),
        ]),
    ]),
]


def make_sew(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SEW_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Document title", "Incident Response Improvement Plan"),
        ("Version", "4.0"),
        ("Document owner", "Director of Operations"),
        ("Approved by", "Executive Committee, 14 October 2024"),
        ("Submitted to", "Ofwat (copy to CCW and DWI)"),
        ("Classification", "Public"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        cov.cell(12, j, h).font = Font(bold=True)
    hist = [
        ("1.0", "29/09/2023", "First plan submitted to Ofwat"),
        ("2.0", "15/01/2024", "Actions added following June 2023 Tunbridge Wells interruption review"),
        ("3.0", "16/04/2024", "Quarterly progress update"),
        ("4.0", "14/10/2024", "Quarterly progress update; revised targets for 1.2, 1.3, 2.2 and 3.2"),
    ]
    for i, r in enumerate(hist, start=13):
        for j, v in enumerate(r, start=1):
            cov.cell(i, j, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = SEW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to Ofwat’s review of the December 2022 freeze-thaw event and the June 2023 supply interruptions"
    ws["A3"] = "Progress position at 30 September 2024 – Board Health, Safety and Resilience Committee, 22 October 2024"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Ofwat finding", "Improvement action", "Accountable owner",
             "Original target", "Revised target", "Previous RAG", "Current RAG",
             "Progress commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for theme, findings in SEW:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, acts in findings:
            top = r
            ws.cell(r, 2, finding)
            for (ref, text, own, orig, rev, prev, cur, prog) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, own)
                c = ws.cell(r, 5, orig)
                c.number_format = "mmm-yy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "mmm-yy"
                c = ws.cell(r, 7, prev)
                c.fill = fill(RAGFILL[prev])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c = ws.cell(r, 8, cur)
                c.fill = fill(RAGFILL[cur])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9, prog)
                for j in range(1, 10):
                    ws.cell(r, j).border = BOX
                    if j not in (7, 8):
                        ws.cell(r, j).alignment = WRAP
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, findings in SEW:
        for _, acts in findings:
            for a in acts:
                counts[a[6]] += 1
    summ = [("Complete (B)", counts["B"]), ("On track (G)", counts["G"]),
            ("At risk (A)", counts["A"]), ("Off track (R)", counts["R"]),
            ("Total actions", sum(counts.values()))]
    for label, n in summ:
        r += 1
        ws.cell(r, 1, label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, n)
    r += 2
    ws.cell(r, 1, "Note: revised target dates were agreed by the Executive Incident Review Group and notified to Ofwat on 12 July 2024.")
    widths = {"A": 7, "B": 34, "C": 50, "D": 26, "E": 11, "F": 11, "G": 10, "H": 10, "I": 46}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("B", "Complete – evidence of completion provided"),
            ("G", "On track to meet the target date"),
            ("A", "At risk – mitigating action in place"),
            ("R", "Off track – escalated to the Executive Incident Review Group")], start=2):
        c = key.cell(i, 1, k)
        c.fill = fill(RAGFILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Greater Lincolnshire CCA - establishment programme highlight report (xlsx)
# ---------------------------------------------------------------------------
GL_TITLE = "Greater Lincolnshire Combined County Authority – Establishment Programme Highlight Report"
GL = [
    ("Workstream 1: Governance and constitution", [
        ("1.1", "Adopt the CCA constitution, including the scheme of delegation and contract procedure rules", "Monitoring Officer", d(2025, 3), None, "B",
         "Adopted at the inaugural CCA meeting."),
        ("1.2", "Establish the Overview and Scrutiny Committee and the Audit and Governance Committee, and appoint independent members", "Monitoring Officer", d(2025, 6), d(2025, 9), "B",
         "Both committees met in September; independent person appointed."),
    ]),
    ("Workstream 2: Finance and assurance", [
        ("2.1", "Confirm external auditor appointment through PSAA and agree the 2025/26 audit plan", "Chief Finance Officer", d(2025, 7), d(2025, 10), "B",
         "Audit plan presented to Audit and Governance Committee on 24 September."),
        ("2.2", "Move the CCA onto its own finance system, ending the interim hosting arrangement with Lincolnshire County Council", "Chief Finance Officer", d(2025, 12), d(2026, 4), "A",
         "Revised date agreed by Programme Board (see change log CR07)."),
        ("2.3", "Prepare the medium-term financial plan 2026/27 to 2028/29 for approval by the CCA", "Chief Finance Officer", d(2026, 2), None, "G",
         "Draft budget assumptions shared with constituent councils’ S151 officers."),
    ]),
    ("Workstream 3: Transport", [
        ("3.1", "Prepare a single Local Transport Plan for Greater Lincolnshire and submit it to DfT", "Director of Transport and Infrastructure", d(2026, 3), d(2026, 7), "R",
         "Consultant procurement failed; re-tender under way. Exception report to Programme Board."),
        ("3.2", "Agree grant conditions with constituent councils for passing through bus service improvement funding", "Director of Transport and Infrastructure / Head of Legal Services", d(2025, 12), None, "G",
         "Draft grant agreement issued to the three upper-tier councils."),
    ]),
    ("Workstream 4: Adult skills", [
        ("4.1", "Agree Adult Skills Fund funding rules and provider allocations ahead of devolution from August 2026", "Director of Economic Development and Skills", d(2026, 6), None, None,
         ""),
        ("4.2", "Procure a data system for Adult Skills Fund learner records and provider payments", "Director of Economic Development and Skills", d(2026, 5), None, None,
         ""),
    ]),
    ("Workstream 5: People and workforce", [
        ("5.1", "Recruit to the permanent senior leadership structure", "Head of Paid Service", d(2025, 9), d(2026, 1), "A",
         "Director of Economic Development and Skills appointed; two director posts being re-advertised."),
    ]),
]


def make_gl(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = GL_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Reporting period: 1–31 October 2025"
    s["A4"] = "Prepared for: Programme Board, 12 November 2025"
    s["A6"] = "Overall programme RAG"
    s["A6"].font = Font(bold=True)
    s["B6"] = "Amber"
    s["B6"].fill = fill(AMBER)
    s["A8"] = "Headlines this period"
    s["A8"].font = Font(bold=True)
    heads = [
        "• Audit and Governance Committee and Overview and Scrutiny Committee both met for the first time in September.",
        "• Finance system go-live moved to April 2026 (CR07) to align with the start of the financial year.",
        "• Local Transport Plan is off track: the consultant procurement failed and is being re-tendered.",
    ]
    for i, h in enumerate(heads, start=9):
        s.cell(i, 1, h)
    s["A13"] = "Milestone summary"
    s["A13"].font = Font(bold=True)
    cnt = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
    for _, acts in GL:
        for a in acts:
            cnt[a[5]] += 1
    rows = [("Complete", cnt["B"]), ("On track", cnt["G"]), ("At risk", cnt["A"]),
            ("Off track", cnt["R"]), ("Not yet started", cnt[None]),
            ("Total milestones", sum(cnt.values()))]
    for i, (k, v) in enumerate(rows, start=14):
        s.cell(i, 1, k)
        s.cell(i, 2, v)
    s["A21"] = "RAG key (Milestones sheet)"
    s["A21"].font = Font(bold=True)
    keyrows = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk – may miss date; recovery in hand"),
               (RED, "Off track – exception report to Programme Board"), (None, "Not yet started")]
    for i, (col, txt) in enumerate(keyrows, start=22):
        c = s.cell(i, 1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        s.cell(i, 2, txt)
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 50

    m = wb.create_sheet("Milestones")
    m["A1"] = "Establishment Programme – Milestone Tracker"
    m["A1"].font = Font(bold=True, size=12)
    m["A2"] = "Position at 31 October 2025"
    hd = ["Ref", "Milestone", "Lead", "Baseline date", "Revised date", "RAG", "Update"]
    for j, h in enumerate(hd, start=1):
        c = m.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r = 4
    for ws_name, acts in GL:
        c = m.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        for j in range(1, 8):
            m.cell(r, j).fill = fill(LIGHTBLUE)
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (ref, text, lead, base, rev, rag, upd) in acts:
            m.cell(r, 1, ref)
            m.cell(r, 2, text)
            m.cell(r, 3, lead)
            c = m.cell(r, 4, base)
            c.number_format = "mmm-yy"
            if rev is not None:
                c = m.cell(r, 5, rev)
                c.number_format = "mmm-yy"
            if rag:
                m.cell(r, 6).fill = fill(RAGFILL[rag])
            if upd:
                m.cell(r, 7, upd)
            for j in range(1, 8):
                m.cell(r, j).border = BOX
                m.cell(r, j).alignment = WRAP
            r += 1
    r += 1
    m.cell(r, 1, "Revised dates are shown only where a change request has been approved by the Programme Board.")
    m.cell(r, 1).font = Font(italic=True)
    for k, v in {"A": 6, "B": 58, "C": 34, "D": 12, "E": 12, "F": 7, "G": 50}.items():
        m.column_dimensions[k].width = v

    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["CR ref", "Date", "Change", "Approved by"], start=1):
        cl.cell(1, j, h).font = Font(bold=True)
    changes = [
        ("CR04", "09/07/2025", "Milestone 1.2 baseline moved from June to September 2025 to follow member nominations", "Programme Board"),
        ("CR05", "13/08/2025", "Milestone 2.1 moved to October 2025 to reflect PSAA appointment timetable", "Programme Board"),
        ("CR06", "10/09/2025", "Milestone 5.1 moved to January 2026 after first recruitment round", "Programme Board"),
        ("CR07", "08/10/2025", "Milestone 2.2 go-live moved to April 2026 to align with the start of the financial year", "Programme Board"),
        ("CR08", "08/10/2025", "Milestone 3.1 moved to July 2026 following failed procurement", "Programme Board"),
    ]
    for i, row in enumerate(changes, start=2):
        for j, v in enumerate(row, start=1):
            cl.cell(i, j, v)
    cl.column_dimensions["C"].width = 80
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. New Forest NPA - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
NF_TITLE = "NEW FOREST NATIONAL PARK AUTHORITY – STRATEGIC RISK REGISTER 2025/26"
NF = [
    ("A. Organisational resilience", [
        ("SR1", "Funding: real-terms reductions in Defra’s National Park Grant limit the Authority’s ability to deliver the Partnership Plan and its statutory duties.",
         "Chief Executive", 20, "Medium-term financial plan; reserves policy; quarterly budget monitoring to the Resources Committee.", 12, ("→", "→", "↑"), [
             ("1a", "Deliver the 2026/27 savings plan agreed by the Authority in July 2025.", "Chief Finance Officer", d(2026, 3, 31), "G"),
             ("1b", "Develop a commercial income strategy, including options for car park charging and sponsorship.", "Executive Director Strategy & Planning", d(2026, 6, 30), "A"),
         ]),
        ("SR2", "Cyber security: a successful cyber attack disrupts services or leads to the loss of personal data.",
         "Executive Director Corporate Services", 16, "Firewall and endpoint protection; staff phishing training; offline back-ups.", 8, ("↓", "→", "↓"), [
             ("2a", "Complete the migration of the remaining on-premises servers to Microsoft Azure.", "ICT Manager", d(2025, 9, 30), "B"),
             ("2b", "Achieve Cyber Essentials Plus accreditation.", "ICT Manager", d(2025, 12, 31), "G"),
         ]),
        ("SR3", "Workforce: difficulty recruiting and retaining specialist staff (planning, ecology) affects delivery of statutory functions.",
         "Executive Director Corporate Services", 12, "Market supplements for planning posts; flexible working policy.", 9, ("→", "→", "→"), [
             ("3a", "Implement the outcomes of the pay and grading review.", "HR Manager", d(2026, 4, 30), "A"),
         ]),
    ]),
    ("B. Delivering for the National Park", [
        ("SR4", "Wildfire: a major wildfire on the Open Forest causes harm to people, habitats and property.",
         "Chief Executive", 20, "Fire danger rating alerts; joint patrols with Forestry England rangers in high-risk periods.", 15, ("↑", "↑", "→"), [
             ("4a", "Agree a joint wildfire response protocol with Forestry England, Hampshire & Isle of Wight Fire and Rescue Service and the Verderers.", "Head of Recreation Management and Learning", d(2026, 3, 31), "G"),
             ("4b", "Run the summer 2026 ‘No BBQs, no campfires’ public awareness campaign.", "Head of Communications", d(2026, 8, 31), None),
         ]),
        ("SR5", "Planning: the Local Plan review falls behind the statutory timetable following changes to national planning policy.",
         "Executive Director Strategy & Planning", 15, "Local Development Scheme; monthly project board.", 12, ("→", "↑", "↑"), [
             ("5a", "Publish the revised Local Development Scheme.", "Policy Manager", d(2025, 10, 31), "R"),
             ("5b", "Complete the Regulation 18 consultation on the Local Plan review.", "Policy Manager", d(2026, 6, 30), "A"),
         ]),
    ]),
]


def score_fill(n):
    if n >= 15:
        return fill(RED)
    if n >= 8:
        return fill(AMBER)
    return fill(GREEN)


def make_nf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = NF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Audit and Scrutiny Committee – 28 November 2025 – Appendix 1"
    heads = ["Risk ref", "Risk", "Risk owner", "Inherent score", "Existing controls",
             "Action ref", "Further action", "Action owner", "Target date", "Action status",
             "Residual score", "Trend Jun 25", "Trend Sep 25", "Trend Nov 25"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for cat, risks in NF:
        ws.cell(r, 1, cat).font = Font(bold=True)
        for j in range(1, 15):
            ws.cell(r, j).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        r += 1
        for (rref, risk, owner, inh, ctrl, res, trend, acts) in risks:
            top = r
            ws.cell(r, 1, rref)
            ws.cell(r, 2, risk)
            ws.cell(r, 3, owner)
            c = ws.cell(r, 4, inh)
            c.fill = score_fill(inh)
            ws.cell(r, 5, ctrl)
            c = ws.cell(r, 11, res)
            c.fill = score_fill(res)
            for k, t in enumerate(trend):
                ws.cell(r, 12 + k, t).alignment = Alignment(horizontal="center", vertical="top")
            for (aref, text, aown, tdate, st) in acts:
                ws.cell(r, 6, aref)
                ws.cell(r, 7, text)
                ws.cell(r, 8, aown)
                c = ws.cell(r, 9, tdate)
                c.number_format = "dd/mm/yyyy"
                if st:
                    c = ws.cell(r, 10, st)
                    c.fill = fill(RAGFILL[st])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                for j in range(1, 15):
                    ws.cell(r, j).border = BOX
                    if j not in (10, 12, 13, 14):
                        ws.cell(r, j).alignment = WRAP
                r += 1
            if r - 1 > top:
                for col in (1, 2, 3, 4, 5, 11, 12, 13, 14):
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Action status key: B = complete; G = on track; A = some slippage; R = significantly delayed; blank = not yet started")
    r += 1
    ws.cell(r, 1, "Risk scores are likelihood × impact (1–5 each). Residual scores of 15 and above are reported to the full Authority.")
    for k, v in {"A": 7, "B": 40, "C": 22, "D": 9, "E": 34, "F": 7, "G": 46, "H": 26,
                 "I": 12, "J": 9, "K": 9, "L": 8, "M": 8, "N": 8}.items():
        ws.column_dimensions[k].width = v

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood × impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(3, 1 + i, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            n = (6 - i) * j
            c = mx.cell(3 + i, 1 + j, n)
            c.fill = score_fill(n)
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Cottenham Parish Council - internal audit action plan (csv, refuse)
# ---------------------------------------------------------------------------
CPC_TITLE = "Cottenham Parish Council – Internal Audit Action Plan 2024/25"
CPC_ROWS = [
    [CPC_TITLE, "", "", "", "", "", ""],
    ["Internal auditor's report dated 14 May 2025; action plan agreed by Full Council on 3 June 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "Audit area", "Internal auditor's recommendation", "Action agreed by Council", "Responsible", "Target date", "Status"],
    ["1", "Book-keeping", "Bank reconciliations should be reviewed and signed by a councillor who is not a bank signatory.",
     "Present the monthly bank reconciliation to Full Council for checking and signing by a non-signatory councillor.",
     "Clerk/RFO", "June 2025", "Complete"],
    ["2", "Financial regulations", "Financial Regulations should be updated to reflect the 2024 NALC model.",
     "Adopt the NALC model Financial Regulations (2024) with local spending limits.",
     "Clerk; Finance & General Purposes Committee", "July 2025", "Complete"],
    ["3", "Risk management", "The risk assessment should be reviewed annually and its approval minuted.",
     "Review the financial and operational risk register and minute its approval at the September meeting.",
     "RFO", "September 2025", "Complete"],
    ["4", "Payroll", "Evidence of the re-declaration of compliance with The Pensions Regulator should be retained.",
     "Complete the auto-enrolment re-declaration and file the confirmation with the payroll records.",
     "RFO", "Febuary 2026", "Not started"],
    ["5", "Assets", "The asset register should be reconciled to the insurance schedule.",
     "Reconcile the asset register to the insurance schedule, including the recreation ground play equipment.",
     "Clerk; Cllr Wilson", "March 2026", "In progress"],
    ["6", "Transparency", "All items of expenditure over £500 should be published as required by the Transparency Code.",
     "Publish expenditure over £500 on the Council website each quarter.",
     "Clerk", "October 2025", "Complete"],
    ["7", "Year-end", "Supporting evidence for the AGAR should be retained in a single year-end file.",
     "Create a year-end file for 2025/26 containing the bank statements, reconciliation, precept notice and VAT claim.",
     "RFO", "April 2026", "Not started"],
    ["", "", "", "", "", "", ""],
    ["Progress reported to Full Council on 2 December 2025", "", "", "", "", "", ""],
]


def make_cpc(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in CPC_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 5. UK Export Finance - Board action log (docx)
# ---------------------------------------------------------------------------
UKEF_TITLE = "UK Export Finance Board – Action Log"
UKEF = [
    ("Board meeting – 18 June 2025", [
        ("B25/14", "Annual Report and Accounts 2024-25", "Circulate the NAO audit completion report to all Board members before the Annual Report and Accounts are laid.",
         "Chief Finance Officer", "July 2025", "Closed", "Circulated 4 July 2025."),
        ("B25/17", "Risk appetite", "Bring a revised credit risk appetite statement to the Board following review by the Risk Committee.",
         "Chief Risk Officer", "January 2026", "Green", "On the agenda for 28 January 2026."),
    ]),
    ("Board meeting – 17 September 2025", [
        ("B25/22", "Business plan performance", "Provide a breakdown of support for SMEs by region and sector, including first-time exporters.",
         "Director of Business Group", "November 2025", "Closed", "Included in the Q2 performance report."),
        ("B25/24", "Digital transformation", "Present the revised business case for the digital trade finance platform, including the findings of the independent assurance review.",
         "Chief Operating Officer / Chief Technology Officer", "December 2025", "Red", "Assurance review report delayed; now expected February 2026."),
        ("B25/25", "People Survey 2025", "Share the action plan responding to the 2025 People Survey results, with non-executive champions identified.",
         "HR Director", "31/03/2026", "Amber", "Draft plan with the Executive Committee."),
    ]),
    ("Board meeting – 26 November 2025", [
        ("B25/31", "Climate change strategy", "Report on progress against the 2030 net zero portfolio target, including a trajectory chart.",
         "Director of Sustainability", "March 2026", "Green", ""),
        ("B25/33", "Fraud and error", "Arrange a deep-dive session for non-executive directors on the counter-fraud risk assessment.",
         "CRO / General Counsel", "February 2026", "Green", "Session booked for 11 February 2026."),
        ("B25/34", "Any other business", "Confirm the date and venue of the 2026 Board strategy away day.",
         "Board Secretary", "TBC", "Green", "Options circulated to members for availability."),
    ]),
]

STATUS_SHADE = {"Closed": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def make_ukef(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(UKEF_TITLE, level=1)
    doc.add_paragraph("Open actions and actions closed since the last meeting, as at 20 January 2026")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting", "UKEF Board, 28 January 2026"), ("Paper reference", "UKEF(B)(26)03"),
                 ("Author", "Board Secretary"), ("Purpose", "For noting")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Closed – action complete; Green – on track to be completed by the due date; "
                      "Amber – at risk of missing the due date; Red – overdue.")
    hd = ["Action no.", "Agenda item", "Action", "Owner", "Due date", "Status", "Update"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hd):
        bold_cell(t.rows[0].cells[j], h)
        shade(t.rows[0].cells[j], "BDD7EE")
    for meeting, acts in UKEF:
        row = t.add_row().cells
        m = row[0].merge(row[6])
        bold_cell(m, meeting)
        shade(m, "F2F2F2")
        for a in acts:
            row = t.add_row().cells
            for j, v in enumerate(a):
                row[j].text = v
            shade(row[5], STATUS_SHADE[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Actions shown as Closed will be removed from the log after this meeting.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Break - children's home post-inspection action plan (docx)
# ---------------------------------------------------------------------------
BRK_TITLE = "Marsh View Children’s Home – Post-Inspection Action Plan"
BRK = [
    ("1. The overall experiences and progress of children and young people", [
        ("Recommendation 1: The registered person should ensure that children’s views about their care are consistently recorded and used to improve the home. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 15, paragraph 3.5)", None, [
            ("R1.1", "Hold monthly house meetings, with minutes shared with the independent visitor.", "Deputy Manager", "September 2025", "Complete"),
            ("R1.2", "Add a ‘What I think’ section to key-work sessions so that children’s views are recorded in their own words.", "Key Workers", "December 2025", "Green"),
        ]),
    ]),
    ("2. How well children and young people are helped and protected", [
        ("Requirement 1: The registered person must ensure that each child’s risk assessment and relevant plans are reviewed following every episode of the child going missing from the home. (Regulation 12 (1), (2)(a)(i))", "Due date: 30/06/2025", [
            ("1.1", "Review and update the child’s risk assessment within 72 hours of any missing episode and record the review on Clearcare.", "Registered Manager", "By 30/06/2025", "Complete"),
            ("1.2", "Deliver refresher training to all staff on the Norfolk missing children protocol and return home interviews.", "Deputy Manager", "July 2025", "Complete"),
            ("1.3", "Audit all missing episodes monthly and report the findings in the Regulation 45 review.", "Registered Manager / Responsible Individual", "Monthly", "Green"),
        ]),
        ("Requirement 2: The registered person must ensure that the premises are maintained so that children are protected from avoidable hazards. (Regulation 12 (1), (2)(a)(vi))", "Due date: 31/05/2025", [
            ("2.1", "Replace the damaged window restrictors on the first floor and complete a full health and safety walk-round of the home.", "Maintenance Officer", "31/05/2025", "Complete"),
            ("2.2", "Introduce a weekly premises check signed off by the shift leader.", "Team Leaders", "June 2025", "Complete"),
        ]),
    ]),
    ("3. The effectiveness of leaders and managers", [
        ("Requirement 3: The registered person must ensure that all staff receive practice-related supervision by a person with appropriate experience. (Regulation 33 (4)(b))", "Due date: 31/07/2025", [
            ("3.1", "Set up a supervision matrix so that each member of staff is supervised at least every six weeks, with dates booked for the year ahead.", "Registered Manager", "July 2025", "Complete"),
            ("3.2", "Team leaders to complete supervision skills training delivered by Break’s Learning and Development team.", "Team Leaders", "Sept 2025 – Dec 2025", "Amber"),
        ]),
    ]),
]
RAG_SHADE = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_break(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Break")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(BRK_TITLE, level=1)
    doc.add_paragraph("Ofsted full inspection of a children’s home: 13 and 14 May 2025 (URN SC412987)")
    doc.add_paragraph("Overall experiences and progress of children and young people: requires improvement to be good\n"
                      "How well children and young people are helped and protected: requires improvement to be good\n"
                      "The effectiveness of leaders and managers: requires improvement to be good")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Registered Manager", "Karen Doyle"), ("Responsible Individual", "Head of Residential Services"),
                 ("Action plan sent to Ofsted", "20 June 2025"),
                 ("Last reviewed", "3 November 2025 (Regulation 45 review)")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; "
                      "Amber = started but behind timescale; Red = not started and overdue")
    for section, items in BRK:
        doc.add_heading(section, level=2)
        for head, due, acts in items:
            t = doc.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            top = t.rows[0].cells
            if due:
                m = top[0].merge(top[3])
                bold_cell(m, head)
                top[4].text = due
            else:
                m = top[0].merge(top[4])
                bold_cell(m, head)
            shade(m, "E7E6E6")
            for j, h in enumerate(["Ref", "Action", "Responsible", "Timescale", "RAG"]):
                bold_cell(t.rows[1].cells[j], h)
            for a in acts:
                row = t.add_row().cells
                for j, v in enumerate(a):
                    row[j].text = v
                shade(row[4], RAG_SHADE[a[4]])
            doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Signature", "Date"]):
        bold_cell(t.rows[0].cells[j], h)
    t.rows[1].cells[0].text = "Registered Manager"
    t.rows[1].cells[1].text = "K. Doyle"
    t.rows[1].cells[2].text = "03/11/2025"
    t.rows[2].cells[0].text = "Responsible Individual"
    t.rows[2].cells[1].text = "J. Ellis"
    t.rows[2].cells[2].text = "04/11/2025"
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Sedbergh School - ISI post-inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
SED_TITLE = "Sedbergh School – Post-Inspection Action Plan"
SED = [
    ("Section 1: Leadership and management, and governance",
     "Recommended next step 1: Leaders should ensure that the monitoring of teaching consistently identifies where pupils’ progress could be accelerated, particularly for the most able.", [
         ("1.1", "Introduce a termly learning walk and work scrutiny cycle for every department, with findings reported to the Senior Leadership Team.",
          "Deputy Head (Academic)", "Michaelmas term 2025", "All departments reviewed at least once by December.", "Blue"),
         ("1.2", "Train heads of department in using value-added data (ALIS and MidYIS) to identify pupils who are not making expected progress.",
          "Director of Studies", "Jan 2026", "Each department’s tracking identifies its under-performing pupils.", "Green"),
         ("1.3", "The Education Committee of governors to receive a report on academic monitoring each term.",
          "Chair of the Education Committee", "Termly", "Minutes show governors challenging the findings.", "Green"),
     ]),
    ("Section 2: Quality of education, training and recreation",
     "Recommended next step 2: Leaders should strengthen provision for pupils who speak English as an additional language so that they make rapid progress in their written English.", [
         ("2.1", "Appoint a specialist EAL coordinator and review the EAL timetable for boarders in Years 9 to 11.",
          "Head; Bursar", "Sept 2025", "Coordinator in post from the start of Michaelmas term.", "Blue"),
         ("2.2", "Provide training in EAL strategies for all teaching staff at the January INSET day.",
          "EAL Coordinator", "06/01/2026", "Staff voice survey shows increased confidence.", "Green"),
         ("2.3", "Track EAL pupils’ written English through termly assessments and report outcomes to parents.",
          "EAL Coordinator & Director of Studies", "July 2026", "EAL pupils’ writing grades improve by at least one band.", "Amber"),
     ]),
    ("Section 3: Pupils’ physical and mental health and emotional wellbeing",
     "Recommended next step 3: Leaders should ensure that boarders’ views on the quality of food and the evening routine are gathered and acted upon.", [
         ("3.1", "Set up a food committee with boarder representatives from each house, meeting half-termly with the catering manager.",
          "Bursar", "Oct 2025", "Boarder survey satisfaction with food above 75%.", "Blue"),
         ("3.2", "Review evening routines in the boarding houses after consulting boarders through the wellbeing survey.",
          "Deputy Head (Pastoral)", "Summer term 2026", "Revised routines in place in all houses.", "Amber"),
         ("3.3", "Refurbish the junior common rooms in Hart House and Sedgwick House.",
          "Bursar", "Mar 2026", "Common rooms back in use.", "Red"),
     ]),
]


def make_sed(path):
    lines = [
        SED_TITLE,
        "ISI inspection: 4–6 March 2025; report published 22 April 2025",
        "Version 3 – updated for the Governors’ Education Committee, 10 November 2025",
        "RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "By when", "Success criteria", "RAG"]),
    ]
    counts = {}
    for sec, ns, acts in SED:
        lines.append(sec)
        lines.append(ns)
        for a in acts:
            lines.append("\t".join(a))
            counts[a[5]] = counts.get(a[5], 0) + 1
        lines.append("")
    lines.append("Summary: {} complete, {} green, {} amber, {} red".format(
        counts.get("Blue", 0), counts.get("Green", 0), counts.get("Amber", 0), counts.get("Red", 0)))
    lines.append("Note: completed actions will be removed after review by governors in the Lent term.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "ob2-south-east-water-ofwat-incident-response-improvement-plan.xlsx": make_sew,
    "ob2-greater-lincolnshire-cca-establishment-programme-highlight-report.xlsx": make_gl,
    "ob2-new-forest-npa-strategic-risk-register-2025-26.xlsx": make_nf,
    "ob2-cottenham-parish-council-internal-audit-action-plan-typo-month-refuse.csv": make_cpc,
    "ob2-uk-export-finance-board-action-log.docx": make_ukef,
    "ob2-break-childrens-home-ofsted-post-inspection-action-plan.docx": make_break,
    "ob2-sedbergh-school-isi-post-inspection-action-plan.txt": make_sed,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
