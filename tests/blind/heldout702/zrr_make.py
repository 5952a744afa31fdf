# -*- coding: utf-8 -*-
"""Build the seven zrr- blind test files (set heldout702) and their expected readings.

Run with /work/main/.venv/bin/python zrr_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with zrr- are written.
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


def D(y, m, d):
    return dt.datetime(y, m, d)


def out(name):
    assert name.startswith("zrr-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}


def box_range(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


# ---------------------------------------------------------------------------
# 1. Ferguson Marine - ARC internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def ferguson():
    name = "zrr-ferguson-marine-arc-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    trk = wb.create_sheet("Tracker")

    audits = [
        ("GOV", "Governance and Board Effectiveness (2024/25) – report issued March 2025", [
            ("The Board should ensure that all remuneration, severance and settlement decisions are approved in advance by the Scottish Government, in line with the Scottish Public Finance Manual and the Framework Document.",
             "1", [
                 ("GOV 1a", "Add a standing requirement to the Remuneration and HR Committee terms of reference that Scottish Government approval is confirmed before any settlement agreement is signed.",
                  "Company Secretary", ["Company Secretary"], D(2025, 6, 30), None, "B",
                  "Revised terms of reference approved by the Board on 26 June 2025. Evidence verified by internal audit.", "2025-06", "blue"),
                 ("GOV 1b", "Deliver a briefing session for all Board members on SPFM and Framework Document requirements for severance and exit packages.",
                  "Chair / Company Secretary", ["Chair", "Company Secretary"], D(2025, 9, 30), D(2025, 12, 31), "A",
                  "Session postponed to allow two new non-executive directors to attend; now scheduled for the December Board development day.", "2025-12", "amber"),
             ]),
            ("Board and committee papers should be issued at least five working days before each meeting, with a standard cover paper stating the decision required.",
             "2", [
                 ("GOV 2a", "Introduce a standard cover paper template and a 12-month Board and committee forward plan.",
                  "Company Secretary", ["Company Secretary"], D(2025, 5, 31), None, "B",
                  "Template in use since the June 2025 cycle; forward plan reviewed at each Board.", "2025-05", "blue"),
             ]),
        ]),
        ("PCM", "Procurement and Contract Management (2024/25) – report issued May 2025", [
            ("Management should ensure that all contracts above the Procurement Reform (Scotland) Act 2014 thresholds are let through a compliant route and recorded on the contracts register.",
             "1", [
                 ("PCM 1a", "Reconcile 2023/24 and 2024/25 supplier spend to the contracts register and report any non-compliant spend to the Audit and Risk Committee.",
                  "Head of Procurement", ["Head of Procurement"], D(2025, 8, 31), D(2025, 11, 30), "A",
                  "Reconciliation complete for 2024/25; 2023/24 data extraction from the legacy ERP has taken longer than planned.", "2025-11", "amber"),
                 ("PCM 1b", "Refresh procurement training for all budget holders, including the Single Source Justification (waiver) process.",
                  "Head of Procurement; HR Business Partner", ["Head of Procurement", "HR Business Partner"], D(2025, 12, 31), None, "G",
                  "Training material drafted; sessions booked for November and December.", "2025-12", "green"),
             ]),
            ("Subcontractor performance on vessel 802 should be monitored against agreed KPIs, with monthly reporting to the Executive Team.",
             "2", [
                 ("PCM 2a", "Agree a KPI set with principal subcontractors and add a monthly subcontractor scorecard to the Executive Team pack.",
                  "Director of Operations", ["Director of Operations"], D(2025, 9, 30), D(2026, 1, 31), "A",
                  "KPIs agreed with four of six principal subcontractors. Scorecard to start with the January 2026 pack.", "2026-01", "amber"),
             ]),
        ]),
        ("CYB", "Cyber Security and IT Resilience (2025/26) – report issued August 2025", [
            ("FMPG should test its IT disaster recovery arrangements at least annually and record the lessons learned.",
             "2", [
                 ("CYB 1a", "Carry out a full disaster recovery failover test of the ERP and ship design systems.",
                  "IT Manager", ["IT Manager"], D(2026, 3, 31), None, "G",
                  "Test window agreed with the supplier for February 2026.", "2026-03", "green"),
                 ("CYB 1b", "Document and approve an IT Service Continuity Plan linked to the Business Continuity Plan.",
                  "IT Manager / Head of Risk and Compliance", ["IT Manager", "Head of Risk and Compliance"], D(2025, 12, 31), None, None,
                  "Not yet started.", "2025-12", "unrated"),
             ]),
            ("Privileged user accounts should be reviewed quarterly and the review evidenced.",
             "3", [
                 ("CYB 2a", "Introduce a quarterly privileged access review, signed off by the IT Manager and reported to the Head of Finance.",
                  "IT Manager", ["IT Manager"], D(2025, 10, 31), None, "R",
                  "First review not completed by the due date. No revised date agreed.", "2025-10", "red"),
             ]),
        ]),
    ]

    # Cover sheet
    cov["A1"] = "Ferguson Marine (Port Glasgow) Holdings Ltd"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Internal Audit Recommendations Tracker"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Audit and Risk Committee – 18 November 2025 – Agenda item 7"
    cov["A4"] = "Prepared by: Head of Finance | Position at 31 October 2025"
    cov["A6"] = "Summary of open actions"
    cov["A6"].font = Font(bold=True)
    hdr = ["Audit", "Actions", "B", "G", "A", "R", "Not started"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(7, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    r = 8
    tot = [0] * 6
    for code, title, recs in audits:
        rags = [a[6] for rec in recs for a in rec[2]]
        row = [len(rags), rags.count("B"), rags.count("G"), rags.count("A"), rags.count("R"), rags.count(None)]
        cov.cell(r, 1, title.split(" – ")[0])
        for i, v in enumerate(row):
            cov.cell(r, 2 + i, v)
            tot[i] += v
        r += 1
    cov.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        cov.cell(r, 2 + i, v).font = Font(bold=True)
    box_range(cov, 7, 1, r, 7)
    r += 2
    cov.cell(r, 1, "Recommendation grading").font = Font(bold=True)
    for g in ["Grade 1 – Significant weakness in the control environment; immediate management attention required.",
              "Grade 2 – Weakness that should be addressed within six months.",
              "Grade 3 – Improvement to good practice; address within twelve months."]:
        r += 1
        cov.cell(r, 1, g)
    r += 2
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    for k, txt in [("B", "Complete – action implemented and evidence verified by internal audit"),
                   ("G", "In progress and on track for the due date"),
                   ("A", "In progress – revised due date agreed with the Committee"),
                   ("R", "Overdue – no revised date agreed"),
                   (None, "Blank – not yet started")]:
        r += 1
        c = cov.cell(r, 1, k or "")
        if k:
            c.fill = FILL[k]
        cov.cell(r, 2, txt)
    cov.column_dimensions["A"].width = 48
    cov.column_dimensions["B"].width = 12

    # Tracker sheet
    trk["A1"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    trk["A1"].font = Font(bold=True, size=13)
    trk.merge_cells("A1:I1")
    heads = ["Ref", "Recommendation", "Grade", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "RAG", "Progress update (October 2025)"]
    for i, h in enumerate(heads, 1):
        c = trk.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
    widths = [9, 45, 7, 50, 26, 13, 13, 6, 50]
    for i, w in enumerate(widths):
        trk.column_dimensions["ABCDEFGHI"[i]].width = w
    r = 4
    exp_actions = []
    for code, title, recs in audits:
        trk.cell(r, 1, title).font = Font(bold=True)
        trk.cell(r, 1).fill = FILL["pale"]
        trk.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec_text, grade, acts in recs:
            r0 = r
            trk.cell(r, 2, rec_text).alignment = WRAP
            trk.cell(r, 3, int(grade)).alignment = Alignment(horizontal="center", vertical="top")
            for (ref, text, lead_txt, lead, orig, rev, rag, upd, end, status) in acts:
                trk.cell(r, 1, ref)
                trk.cell(r, 4, text).alignment = WRAP
                trk.cell(r, 5, lead_txt).alignment = WRAP
                c = trk.cell(r, 6, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = trk.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                if rag:
                    c = trk.cell(r, 8, rag)
                    c.fill = FILL[rag]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                trk.cell(r, 9, upd).alignment = WRAP
                exp_actions.append(act(ref, [title, rec_text], text, lead, end, status))
                r += 1
            if r - 1 > r0:
                trk.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
                trk.merge_cells(start_row=r0, start_column=3, end_row=r - 1, end_column=3)
    box_range(trk, 3, 1, r - 1, 9)
    r += 1
    trk.cell(r, 1, "Notes: grading and RAG key are on the Cover sheet. Actions are removed from the tracker once the Committee has agreed closure.")
    trk.freeze_panes = "A4"
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an audit and risk committee internal audit follow-up tracker of a Scottish Government NDPB/company "
                  "(Ferguson Marine (Port Glasgow) Holdings Ltd, 2025; internal audit and governance weaknesses were raised in the "
                  "AGS section 22 report on the 2023/24 audit). Layout copied from Azets-style follow-up annexes to ARC papers "
                  "(e.g. Cairngorms NPA ARC paper 4, Nov 2023: graded recommendations, original and revised due dates): a cover sheet "
                  "with summary totals, grading and RAG key, and a tracker sheet with audit-report band rows, the recommendation and "
                  "grade merged down over its management actions, original and revised due dates, RAG letter with fill colour, progress update.",
        "reads": "Two sheets: the cover (title, summary counts per audit, grade definitions, RAG key) and the tracker. The tracker lists "
                 "three internal audit reports as band rows; under each, a recommendation (merged over its actions) with its agreed "
                 "management actions, each with a responsible officer, original and sometimes revised due date and a B/G/A/R letter "
                 "(blank = not started). Nine actions in all; the revised date, where given, is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker",
        "actions": exp_actions,
    })
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 2. Choice Housing Ireland - strategic risk register (xlsx, read, fill-only RAG)
# ---------------------------------------------------------------------------
def choice():
    name = "zrr-choice-housing-ireland-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    key = wb.create_sheet("Key")

    bands = [
        ("1. Financial viability and funding", [
            ("SR1", "Reductions in Housing Association Grant rates and rising construction costs make new-build schemes unviable, so the Board-approved development programme is not delivered.",
             "Director of Development", (4, 4), "30-year financial plan; scheme viability appraisal; Development Committee approval of every scheme; quarterly pipeline reporting to Board.", (3, 4), [
                 ("1.1", "Re-run the 30-year financial plan stress tests using the 2025/26 HAG Total Cost Indicators and report the results to Board.",
                  "Director of Finance", ["Director of Finance"], D(2025, 12, 1), "mmm-yy", "G", "2025-12", "green", None),
                 ("1.2", "Agree revised scheme-by-scheme viability thresholds with the Department for Communities and the Housing Executive.",
                  "Director of Development", ["Director of Development"], D(2026, 3, 31), "dd/mm/yyyy", "A", "2026-03", "amber", None),
             ]),
            ("SR2", "A breach of the interest cover covenant caused by higher borrowing costs and increased maintenance spend.",
             "Director of Finance", (3, 5), "Treasury Management Policy; covenant compliance certificates; Treasury Committee oversight; golden rules in the business plan.", (2, 5), [
                 ("2.1", "Complete the refinancing of the £40m revolving credit facility ahead of its 2026 expiry.",
                  "Director of Finance / Treasury Manager", ["Director of Finance", "Treasury Manager"], D(2026, 3, 1), "mmm-yy", "G", "2026-03", "green", None),
                 ("2.2", "Introduce a monthly covenant headroom forecast to the Executive Team.",
                  "Treasury Manager", ["Treasury Manager"], D(2025, 9, 1), "mmm-yy", "B", "2025-09", "blue", None),
             ]),
        ]),
        ("2. Homes, tenant safety and services", [
            ("SR3", "Damp, mould and disrepair are not identified and put right quickly, causing harm to tenants, regulatory intervention by the Department for Communities and reputational damage.",
             "Director of Housing Services", (4, 5), "Damp and mould policy; repairs triage; annual tenancy visits; KPI reporting to the Customer Services Committee.", (3, 5), [
                 ("3.1", "Complete stock condition surveys of the remaining 30% of general needs homes.",
                  "Head of Asset Management", ["Head of Asset Management"], D(2026, 6, 1), "mmm-yy", "A", "2026-06", "amber", None),
                 ("3.2", "Implement a damp and mould case management module in the housing management system:\n– 14-day inspection target\n– monthly reporting to the Customer Services Committee",
                  "Head of Asset Management; Head of Digital", ["Head of Asset Management", "Head of Digital"], D(2026, 1, 1), "mmm-yy", "R", "2026-01", "red", None),
             ]),
            ("SR4", "Fire risk assessment actions in sheltered and higher-risk schemes are not completed on time.",
             "Director of Housing Services", (3, 5), "Fire risk assessment programme by competent assessor; compliance dashboard; fire door inspection regime.", (2, 5), [
                 ("4.1", "Clear all high-priority fire risk assessment actions that are more than three months old.",
                  "Head of Health and Safety", ["Head of Health and Safety"], D(2025, 11, 1), "mmm-yy", "B", "2025-11", "blue", None),
             ]),
        ]),
        ("3. Governance, people and data", [
            ("SR5", "A cyber attack or data breach leads to loss of systems and tenant data, disrupting services and leading to ICO enforcement.",
             "Director of Corporate Services", (4, 4), "Managed security operations centre; multi-factor authentication; annual penetration test; staff phishing training.", (3, 4), [
                 ("5.1", "Achieve Cyber Essentials Plus certification.",
                  "Head of Digital", ["Head of Digital"], D(2026, 2, 1), "mmm-yy", "G", "2026-02", "green", None),
                 ("5.2", "Run a Board-level cyber incident tabletop exercise.",
                  "Director of Corporate Services", ["Director of Corporate Services"], "Q4 2025/26", None, None, "2026-03", "unrated", None),
             ]),
        ]),
    ]

    ws["A1"] = "Choice Housing Ireland Ltd – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = "Version 3.2 – reviewed by the Audit & Risk Committee on 9 December 2025 and approved by the Board on 18 December 2025"
    ws.merge_cells("A2:O2")
    top = {1: "Risk No.", 2: "Risk description (cause – event – consequence)", 3: "Risk owner", 4: "Inherent risk",
           7: "Key controls in place", 8: "Residual risk", 11: "Ref", 12: "Further action required",
           13: "Action owner", 14: "Target date", 15: "Progress"}
    for c, h in top.items():
        ws.cell(4, c, h)
    for c, h in {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score"}.items():
        ws.cell(5, c, h)
    for c in range(1, 16):
        for rr in (4, 5):
            cell = ws.cell(rr, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = FILL["navy"]
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for c in (1, 2, 3, 7, 11, 12, 13, 14, 15):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("D4:F4")
    ws.merge_cells("H4:J4")
    widths = [8, 46, 20, 4, 4, 7, 40, 4, 4, 7, 6, 50, 24, 11, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    def score_fill(s):
        return FILL["R"] if s >= 15 else FILL["A"] if s >= 8 else FILL["G"]

    r = 6
    exp = []
    for band, risks in bands:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        r += 1
        for rid, desc, owner, inh, ctrls, res, acts in risks:
            r0 = r
            ws.cell(r, 1, rid)
            ws.cell(r, 2, desc).alignment = WRAP
            ws.cell(r, 3, owner).alignment = WRAP
            ws.cell(r, 4, inh[0])
            ws.cell(r, 5, inh[1])
            c = ws.cell(r, 6, inh[0] * inh[1])
            c.fill = score_fill(inh[0] * inh[1])
            ws.cell(r, 7, ctrls).alignment = WRAP
            ws.cell(r, 8, res[0])
            ws.cell(r, 9, res[1])
            c = ws.cell(r, 10, res[0] * res[1])
            c.fill = score_fill(res[0] * res[1])
            for (ref, text, lead_txt, lead, date, fmt, rag, end, status, end_text) in acts:
                ws.cell(r, 11, ref)
                ws.cell(r, 12, text).alignment = WRAP
                ws.cell(r, 13, lead_txt).alignment = WRAP
                c = ws.cell(r, 14, date)
                if fmt:
                    c.number_format = fmt
                if rag:
                    ws.cell(r, 15).fill = FILL[rag]
                exp.append(act(ref, [band, desc], text, lead, end, status, end_text))
                r += 1
            if r - 1 > r0:
                for col in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10):
                    ws.merge_cells(start_row=r0, start_column=col, end_row=r - 1, end_column=col)
            for col in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10):
                ws.cell(r0, col).alignment = WRAP
    box_range(ws, 4, 1, r - 1, 15)
    r += 1
    ws.cell(r, 1, "Notes: Progress is shown by cell colour – see the key on the 'Key' sheet. Scores are Likelihood x Impact on a 5 x 5 matrix.")
    ws.freeze_panes = "D6"

    key["A1"] = "Progress key (column O of the register)"
    key["A1"].font = Font(bold=True)
    rows = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – target date at risk"),
            ("R", "Off track / target date missed"), (None, "No colour – not yet started")]
    for i, (k, t) in enumerate(rows, 3):
        if k:
            key.cell(i, 1).fill = FILL[k]
        key.cell(i, 2, t)
    key["A10"] = "Risk score (L x I)"
    key["A10"].font = Font(bold=True)
    for i, (lo, t) in enumerate([(15, "15–25 High"), (8, "8–12 Medium"), (1, "1–6 Low")], 11):
        key.cell(i, 1).fill = score_fill(lo)
        key.cell(i, 2, t)
    key["A16"] = "Likelihood and impact are each scored 1 (very low) to 5 (very high)."
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 40
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a Northern Ireland housing association's strategic risk register as taken to its Audit & Risk Committee and "
                  "Board (Choice Housing Ireland, 2025/26; housing associations regulated by the Department for Communities). Layout "
                  "follows sector guidance and published registers (e.g. ICSH 'Preparing a Risk Register', HAIAF practical guide sample "
                  "register): risk categories as band rows, cause-event-consequence risk description, owner, inherent and residual "
                  "L x I scores under two-tier merged headers, key controls, then further actions each with owner, target date and a "
                  "progress column that carries only a fill colour, explained on a separate Key sheet (blue = complete).",
        "reads": "One register sheet and a key sheet. Five risks in three numbered categories; each risk's description, owner, scores "
                 "and controls are merged down over its one or two further actions (refs 1.1 to 5.2). Each action has an owner, a target "
                 "date (month-year, one full date, one 'Q4 2025/26') and a progress cell that is coloured, not worded; one is uncoloured "
                 "(not yet started). Nine actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Choice Housing Ireland Ltd – Strategic Risk Register 2025/26",
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 3. CalMac Ferries - Ar Turas programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def calmac():
    name = "zrr-calmac-ferries-ar-turas-ticketing-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    gd = wb.create_sheet("RAG definitions")

    ws["A1"] = "CalMac Ferries Limited"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ar Turas Programme (Ticketing & Reservations) – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Report no. 27 | Reporting period: 1–28 February 2023 | For: Programme Board, 9 March 2023"
    ws.merge_cells("A3:H3")
    ws["A4"] = "Senior Responsible Owner: Director of Customer | Programme Director: Head of Business Change"
    ws.merge_cells("A4:H4")

    ws["A6"] = "Overall status"
    ws["A6"].font = Font(bold=True)
    for i, h in enumerate(["Dimension", "Last period", "This period", "Comment"], 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    dims = [("Overall", "A", "A", "Go-live date of 25 April 2023 holding; training completion is the main pressure."),
            ("Schedule", "R", "A", "UAT cycle 3 closed 17 Feb; recovery plan for dress rehearsals agreed."),
            ("Budget", "A", "A", "Whole-life cost forecast £18.0m; contingency 62% drawn."),
            ("Scope", "G", "G", "No change requests this period."),
            ("Resources", "A", "G", "Two additional trainers on board from 6 February.")]
    for i, (d, lp, tp, cm) in enumerate(dims, 8):
        ws.cell(i, 1, d)
        c = ws.cell(i, 2, lp)
        c.fill = FILL[lp]
        c = ws.cell(i, 3, tp)
        c.fill = FILL[tp]
        ws.cell(i, 4, cm)
        ws.merge_cells(start_row=i, start_column=4, end_row=i, end_column=8)
    box_range(ws, 7, 1, 12, 8)

    ws["A14"] = "Key messages"
    ws["A14"].font = Font(bold=True)
    ws["A15"] = ("UAT cycle 3 completed with no open severity 1 or 2 defects. Dress rehearsal 2 ran 4 hours over the cut-over window; "
                 "a third rehearsal has been added. Port office training is at 71% against a 95% go-live threshold.")
    ws["A15"].alignment = WRAP
    ws.merge_cells("A15:H15")
    ws.row_dimensions[15].height = 45

    ws["A17"] = "Milestones and deliverables"
    ws["A17"].font = Font(bold=True)
    heads = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(18, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
    streams = [
        ("Workstream 1: Testing and cut-over", [
            ("M1.1", "Complete User Acceptance Testing cycle 3 and sign off the defect position", "Test Manager", ["Test Manager"],
             D(2022, 11, 30), D(2023, 2, 17), "R", "Complete", "Signed off 17 Feb; 14 low-severity defects deferred to hypercare.", "2023-02", "blue"),
            ("M1.2", "Run dress rehearsal cut-overs 1–3 within the 36-hour window", "Cut-over Manager", ["Cut-over Manager"],
             D(2022, 12, 31), D(2023, 3, 31), "A", "A", "Rehearsal 2 overran by 4 hours; rehearsal 3 added for 25–26 March.", "2023-03", "amber"),
            ("M1.3", "Independent assurance audit of go-live readiness", "Programme Manager", ["Programme Manager"],
             D(2023, 2, 28), D(2023, 3, 31), "G", "G", "Auditor appointed; fieldwork starts 13 March.", "2023-03", "green"),
        ]),
        ("Workstream 2: People, training and communications", [
            ("M2.1", "Train all port office and contact centre staff on the new system", "Training Lead / Head of Customer Contact Centre",
             ["Training Lead", "Head of Customer Contact Centre"],
             D(2023, 1, 31), D(2023, 4, 14), "R", "A", "71% trained. Sessions on Islay, Barra and Lochboisdale rescheduled around sailings.", "2023-04", "amber"),
            ("M2.2", "Issue customer communications on the new booking system (website, social media and port posters)", "Head of Marketing", ["Head of Marketing"],
             D(2023, 3, 31), D(2023, 4, 7), "G", "G", "Campaign plan approved; FAQ page drafted.", "2023-04", "green"),
        ]),
        ("Workstream 3: Go-live and transition", [
            ("M3.1", "Go / no-go decision by the Programme Board", "SRO", ["SRO"],
             D(2023, 4, 14), D(2023, 4, 18), "G", "G", "Criteria agreed at February Board.", "2023-04", "green"),
            ("M3.2", "Go-live across the port and ferry network", "Programme Director", ["Programme Director"],
             D(2022, 2, 28), D(2023, 4, 25), "A", "A", "Booking freeze from 22 April communicated to freight customers.", "2023-04", "amber"),
            ("M3.3", "Six-week hypercare period and handover to business as usual", "Head of IT Service Delivery", ["Head of IT Service Delivery"],
             D(2023, 6, 9), D(2023, 6, 6), "G", "G", "Support model agreed with supplier.", "2023-06", "green"),
        ]),
    ]
    r = 19
    exp = []
    for band, ms in streams:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, lead_txt, lead, base, fc, prev, cur, comm, end, status) in ms:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, text).alignment = WRAP
            ws.cell(r, 3, lead_txt).alignment = WRAP
            c = ws.cell(r, 4, base)
            c.number_format = "dd-mmm-yy"
            c = ws.cell(r, 5, fc)
            c.number_format = "dd-mmm-yy"
            c = ws.cell(r, 6, prev)
            c.fill = FILL[prev]
            c = ws.cell(r, 7, cur)
            c.fill = FILL["B" if cur == "Complete" else cur]
            ws.cell(r, 8, comm).alignment = WRAP
            exp.append(act(ref, [band], text, lead, end, status))
            r += 1
    box_range(ws, 18, 1, r - 1, 8)
    r += 1
    ws.cell(r, 1, "Dates are forecast as at 28 February 2023. See 'RAG definitions' sheet.")
    for col, w in zip("ABCDEFGH", [10, 48, 28, 12, 12, 10, 10, 48]):
        ws.column_dimensions[col].width = w

    gd["A1"] = "RAG definitions"
    gd["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("G", "On track – milestone will be met by the forecast date"),
                                ("A", "At risk – forecast date may slip; recoverable within the programme's tolerance"),
                                ("R", "Off track – forecast date will be missed without Programme Board intervention"),
                                ("Complete", "Milestone achieved")], 3):
        c = gd.cell(i, 1, k)
        c.fill = FILL["B" if k == "Complete" else k]
        gd.cell(i, 2, t)
    gd.column_dimensions["A"].width = 12
    gd.column_dimensions["B"].width = 80
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a PRINCE2-style programme highlight report to a programme board, as kept by a Scottish public ferry "
                  "operator for its ticketing and reservations replacement (CalMac Ferries Ltd, 'Ar Turas', go-live deferred to April/May "
                  "2023 as reported by the Herald and Arran Banner). Features copied from highlight report templates (PRINCE2 highlight "
                  "report, GOV.UK project delivery reporting guidance): title block with report number, period and SRO; overall status "
                  "table with last/this period RAG; key messages; a milestones table grouped by workstream band rows with baseline and "
                  "forecast dates and previous and current RAG; RAG definitions on a second sheet.",
        "reads": "A one-sheet dashboard: title block, a five-line overall status table (not actions), a key-messages paragraph, then "
                 "eight milestones (M1.1–M3.3) under three workstream bands, each with an owner, baseline and forecast date and "
                 "previous and current RAG. The forecast date and the current RAG are what a reader takes; M1.1 is 'Complete'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Ar Turas Programme (Ticketing & Reservations) – Highlight Report",
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. NILGOSC - Committee action log (docx, REFUSE: mistyped month)
# ---------------------------------------------------------------------------
def nilgosc():
    name = "zrr-nilgosc-committee-action-log-typo-month-refuse.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Northern Ireland Local Government Officers' Superannuation Committee (NILGOSC)")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Committee Action Log", level=1)
    doc.add_paragraph("Updated following the Committee meeting of 25 September 2025. Actions remain on the log until the Committee "
                      "agrees that they can be closed. Items marked B are proposed for closure at this meeting.")
    rows = [
        ("1", "26 Jun 2025", "25/058", "Circulate the consultation responses on the revised Statement of Investment Principles to members ahead of adoption.",
         "Head of Investments", "September 2025", "Circulated 4 September 2025. Propose closure.", "B"),
        ("2", "26 Jun 2025", "25/061", "Present the 2025 actuarial valuation assumptions and timetable to the Committee.",
         "Secretary / Fund Actuary", "September 2025", "Presented at the September meeting (item 6). Propose closure.", "B"),
        ("3", "24 Jul 2025", "25/072", "Report on progress with the McCloud remedy, including the number of members whose benefits need to be recalculated.",
         "Head of Pensions Administration", "October 2025", "Report drafted for the October meeting.", "G"),
        ("4", "24 Jul 2025", "25/075", "Bring forward a revised cyber security incident response plan following the internal audit of IT controls.",
         "Head of Corporate Services", "Novmeber 2025", "Draft shared with internal audit for comment.", "G"),
        ("5", "25 Sep 2025", "25/089", "Arrange a training session for Committee members on responsible investment and stewardship.",
         "Head of Investments", "December 2025", "Provider being sourced; date not yet confirmed.", "A"),
        ("6", "25 Sep 2025", "25/091", "Review the Committee's risk appetite statement alongside the corporate risk register.",
         "Secretary", "January 2026", "Workshop planned for the January meeting.", "G"),
        ("7", "25 Sep 2025", "25/094", "Provide an update on the Scheme's connection to the Pensions Dashboards ecosystem.",
         "Head of Pensions Administration; Head of IT", "March 2026", "Connection date set by DfC guidance.", "G"),
        ("8", "25 Sep 2025", "25/096", "Keep the Committee informed of the Department for Communities' consultation on LGPS (NI) governance reforms.",
         "Secretary", "Ongoing", "Standing item on the Secretary's report.", "G"),
    ]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Meeting", "Minute ref", "Action", "Responsible", "Due", "Update", "RAG"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9D9D9")
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        shade(cells[7], fills[row[7]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: G – on track; A – at risk of missing the due date; R – overdue; B – complete, proposed for closure.")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the rolling action log that a Northern Ireland NDPB's governing committee keeps with its minutes "
                  "(NILGOSC Committee, 2025). Board/committee action log layout (numbered actions with meeting date, minute reference, "
                  "responsible officer, due month, update and RAG, RAG key under the table) as in published board rolling action logs "
                  "and board-portal action exports (boardcycle, BoardPro action lists).",
        "reads": "A title, a short note and one table of eight committee actions, each with a due month written in words. Action 4's "
                 "due cell reads 'Novmeber 2025', a mistyped month; a careful reader stops there and asks what was meant. "
                 "refuse_at counts rows of the only table with the header row as row 1 (action No. 4 is table row 5).",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 5,
        "title": "Committee Action Log",
    })
    return name, len(rows)


# ---------------------------------------------------------------------------
# 5. Hertfordshire Community Foundation - Charity Commission action plan (docx, read)
# ---------------------------------------------------------------------------
def hcf():
    name = "zrr-hertfordshire-community-foundation-charity-commission-serious-incident-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Hertfordshire Community Foundation")
    r.bold = True
    r.font.size = Pt(12)
    title = "Serious Incident (Grant Fraud) – Action Plan in response to the Charity Commission's advice and guidance"
    doc.add_heading(title, level=0)

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Status", "Approved"), ("Approved by", "Board of Trustees, 16 October 2025"),
                 ("Owner", "Chief Executive"), ("Next review", "Audit & Risk Committee, January 2026")]:
        cells = dc.add_row().cells
        bold_cell(cells[0], k)
        shade(cells[0], "D9D9D9")
        cells[1].text = v

    doc.add_heading("Background", level=1)
    doc.add_paragraph("In February 2025 the Foundation reported a serious incident to the Charity Commission after finding that "
                      "grant payments totalling £38,500 had been diverted to a bank account not belonging to the grantee. The matter "
                      "was reported to Action Fraud and Hertfordshire Constabulary. The Commission closed its compliance case in July "
                      "2025 and issued regulatory advice and guidance to the trustees. This plan sets out how the trustees are "
                      "responding. Progress is reported to each meeting of the Audit & Risk Committee.")

    sections = [
        ("1. Governance and trustee oversight",
         "Commission advice (a): The trustees must ensure they have sufficient oversight of the charity's grant-making and that delegated authorities are clearly set out and kept under review.",
         [("1.1", "Review and re-approve the Scheme of Delegation, including grant approval limits for staff, the Grants Committee and the full Board.",
           "Chair of Trustees", ["Chair of Trustees"], "November 2025", "Approved by the Board on 16 October 2025.", "Complete", "2025-11", "blue", None),
          ("1.2", "Introduce a quarterly grants assurance report to the Board covering approvals, exceptions, monitoring returns and any concerns raised.",
           "Chief Executive", ["Chief Executive"], "December 2025", "Format agreed; first report to the December Board.", "G", "2025-12", "green", None),
          ("1.3", "Commission an external governance review against the Charity Governance Code.",
           "Chair of Trustees; Vice Chair", ["Chair of Trustees", "Vice Chair"], "March 2026", "Three quotes received; appointment delayed to November.", "A", "2026-03", "amber", None)]),
        ("2. Grant-making controls and due diligence",
         "Commission advice (b): The trustees should strengthen due diligence on grant recipients, including verification of bank details, and monitor how grant funds are spent.",
         [("2.1", "Introduce independent verification of grantee bank details (call-back to a known contact) before any first payment or change of details.",
           "Head of Grants", ["Head of Grants"], "September 2025", "In place from 1 September 2025; checked in October sample testing.", "Complete", "2025-09", "blue", None),
          ("2.2", "Require end-of-grant monitoring reports with evidence of spend for all grants over £5,000.\nWithhold further funding where a report is more than 30 days overdue.",
           "Head of Grants", ["Head of Grants"], "January 2026", "Grant terms and conditions updated; applies to grants awarded from November 2025.", "G", "2026-01", "green", None),
          ("2.3", "Move grant applications and approvals onto the grants management system so that approval and payment are separated.",
           "Head of Grants / Finance Manager", ["Head of Grants", "Finance Manager"], "By 30 April 2026", "System configuration under way with the supplier.", "A", "2026-04", "amber", None)]),
        ("3. Financial controls",
         "Commission advice (c): The trustees should review the charity's financial controls to make sure they are adequate and proportionate, and take reasonable steps to recover the charity's funds.",
         [("3.1", "Ask the charity's auditor to review payment controls and report the findings to the Audit & Risk Committee.",
           "Treasurer", ["Treasurer"], "December 2025", "Review fieldwork completed in October.", "G", "2025-12", "green", None),
          ("3.2", "Pursue recovery of the £38,500 through the police investigation and the Foundation's insurance policy, and take legal advice on a civil claim.",
           "Chief Executive", ["Chief Executive"], "Ongoing", "Insurance claim submitted; £12,000 recovered from the receiving bank.", "A", None, "amber", "Ongoing")]),
        ("4. Reporting to the Commission", None,
         [("4.1", "Submit a further serious incident report update to the Commission confirming the outcome of the police investigation and the amount recovered.",
           "Chair of Trustees", ["Chair of Trustees"], "Within 10 working days of the police outcome", "Awaiting police outcome.", "Not started", None, "unrated", "Within 10 working days of the police outcome"),
          ("4.2", "Include a statement on the incident and the actions taken in the 2025/26 Trustees' Annual Report.",
           "Treasurer", ["Treasurer"], "July 2026", "To be drafted with the annual accounts.", "G", "2026-07", "green", None)]),
    ]
    fills = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    exp = []
    for heading, advice, acts in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Deadline", "Progress at October 2025", "RAG"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        if advice:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            m.text = ""
            run = m.paragraphs[0].add_run(advice)
            run.italic = True
            shade(m, "DEEAF6")
        for (ref, text, lead_txt, lead, deadline, prog, rag, end, status, end_text) in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead_txt, deadline, prog, rag]):
                cells[i].text = v
            if rag in fills:
                shade(cells[5], fills[rag])
            under = [heading, advice] if advice else [heading]
            exp.append(act(ref, under, text, lead, end, status, end_text))

    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b in [("Complete", "Action completed and evidence held on file"), ("G", "On track to meet the deadline"),
                 ("A", "At risk – deadline may be missed"), ("R", "Off track – deadline missed"), ("Not started", "Work not yet begun")]:
        cells = k.add_row().cells
        cells[0].text = a
        cells[1].text = b
        if a in fills:
            shade(cells[0], fills[a])
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a charity trustees' action plan after a serious incident report and a Charity Commission compliance case "
                  "closed with regulatory advice and guidance (Hertfordshire Community Foundation, 2025; GOV.UK 'How to report a "
                  "serious incident in your charity', CC46 and Commission case reports that list the advice given to trustees). "
                  "Features: charity name and title, a document-control table, background paragraph, one section heading and table per "
                  "area, the Commission's advice as a merged shaded row above the actions it answers, Ref/Action/Lead/Deadline/Progress/RAG "
                  "columns with shaded RAG cells, a final RAG key table.",
        "reads": "After the title, document control and background, four numbered sections each with its own table. In sections 1–3 "
                 "a merged first row quotes the Commission's advice (a)–(c) and the actions below answer it; section 4 has no advice "
                 "row. Ten actions with leads (job titles, some two posts), deadlines in words (months, 'By 30 April 2026', 'Ongoing', "
                 "'Within 10 working days of the police outcome') and RAG as Complete/G/A/Not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 6. Royston Town Council - governance & audit tracker, monday.com CSV export (read)
# ---------------------------------------------------------------------------
def royston():
    name = "zrr-royston-town-council-governance-audit-action-tracker-monday-export.csv"
    header = ["Name", "Person", "Status", "Due date", "Rec ref", "Notes"]
    groups = [
        ("Internal Audit 2024-25 (report dated 12 June 2025)", [
            ("Adopt updated Financial Regulations based on the 2024 NALC model", "Helen Marsh", ["Helen Marsh"], "Done", "2025-09-30", "IA1",
             "Adopted at Full Council 22/09/25 (min 112/25)", "2025-09", "blue"),
            ("Reconcile the fixed asset register to the insurance schedule and report to Finance Committee", "David Kaur", ["David Kaur"], "On track", "2026-02-28", "IA2",
             "Asset walk-round done Dec; valuations outstanding for 3 items", "2026-02", "green"),
            ("Record s137 expenditure separately and report it against the annual limit", "David Kaur", ["David Kaur"], "Done", "2025-07-31", "IA3",
             "New nominal code 4510 set up in Scribe", "2025-07", "blue"),
            ("Publish all payments over £500 on the website each month (Transparency Code)", "Helen Marsh, David Kaur", ["Helen Marsh", "David Kaur"], "On track", "2026-01-31", "IA4",
             "", "2026-01", "green"),
        ]),
        ("External auditor – AGAR 2024-25 other matters", [
            ("Approve AGAR Section 1 before Section 2 and minute each as a separate resolution", "Helen Marsh", ["Helen Marsh"], "", "2026-06-30", "EA1",
             "For the 2025-26 year-end", "2026-06", "unrated"),
            ("Publish the notice of public rights with the correct 30 working day inspection period", "Helen Marsh", ["Helen Marsh"], "", "2026-06-01", "EA2",
             "", "2026-06", "unrated"),
        ]),
        ("Risk management & policies", [
            ("Review the risk register and present it to Full Council", "Helen Marsh", ["Helen Marsh"], "Done", "2025-10-31", "",
             "Reviewed FC 27/10/25", "2025-10", "blue"),
            ("Adopt a Grants Policy setting out the criteria for s137 and community grants", "Cllr Paul Donnelly, Helen Marsh", ["Cllr Paul Donnelly", "Helen Marsh"], "On track", "2026-03-31", "",
             "Draft to Policy & Resources Committee in February", "2026-03", "green"),
        ]),
    ]
    lines = [["Royston Town Council – Governance & Audit Action Tracker"], []]
    exp = []
    for g, items in groups:
        lines.append([g])
        lines.append(header)
        for (nm, person, lead, status_txt, due, ref, notes, end, status) in items:
            lines.append([nm, person, status_txt, due, ref, notes])
            exp.append(act(ref or None, [g], nm, lead, end, status))
        lines.append([])
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    write_expected(name, {
        "source": "Imitates a town council clerk's monday.com board exported to CSV (Royston Town Council, 2025/26) used to track the "
                  "internal auditor's recommendations, the external auditor's AGAR 'other matters' and policy/risk actions. Copies the "
                  "monday.com export shape: board name on the first line, then each group as its own block with a group-name line, "
                  "a repeated column header line (Name, Person, Status, date column ...), the items, and a blank line; ISO dates; "
                  "status labels Done / On track / blank; several people comma-separated in the Person column.",
        "reads": "A board title, then three groups (internal audit 2024-25, external auditor AGAR matters, risk management & "
                 "policies), each with its own header line and items. Eight actions; the group name is the heading each sits under, "
                 "the 'Rec ref' column gives refs IA1–IA4 and EA1–EA2 (none for the last group), and blank status means not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Royston Town Council – Governance & Audit Action Tracker",
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 7. NHS Highland - ICO reprimand IG action plan, tab-separated text (read)
# ---------------------------------------------------------------------------
def nhs_highland():
    name = "zrr-nhs-highland-ico-reprimand-information-governance-action-plan.txt"
    title = "NHS Highland – Information Governance Action Plan: ICO Reprimand Recommendations"
    recs = [
        ("ICO Recommendation 1 – Review and update relevant policies and procedures so that staff know how to email multiple recipients securely.", [
            ("1.1", "Update the Email Use Policy to require BCC or a secure group messaging tool for all emails to more than one patient or service user.",
             "Head of Information Governance", ["Head of Information Governance"], "30/06/2023", "", "Complete", "Approved by the Information Assurance Group 20/06/2023.", "2023-06", "blue", None),
            ("1.2", "Issue a Standard Operating Procedure for group communications with service users in Sexual Health and Blood Borne Virus services.",
             "Service Manager (Sexual Health)", ["Service Manager (Sexual Health)"], "30/06/2023", "31/08/2023", "Complete", "SOP issued 24/08/2023 after clinical review.", "2023-08", "blue", None),
        ]),
        ("ICO Recommendation 2 – Consider appropriate technical and organisational measures to reduce the risk of group emails disclosing recipients' addresses.", [
            ("2.1", "Configure a mail flow rule that warns staff when an email to more than 10 external recipients uses the To or CC field.",
             "Head of eHealth Infrastructure", ["Head of eHealth Infrastructure"], "31/07/2023", "31/10/2023", "A", "Dependent on national NHSmail tenancy change request.", "2023-10", "amber", None),
            ("2.2", "Evaluate a secure bulk messaging solution for service-user communications and present an options paper to the Information Assurance Group.",
             "Head of eHealth / Head of Information Governance", ["Head of eHealth", "Head of Information Governance"], "30/09/2023", "", "G", "Two products under evaluation.", "2023-09", "green", None),
            ("2.3", "Complete a Data Protection Impact Assessment for any group communication tool before it is adopted.",
             "Data Protection Officer", ["Data Protection Officer"], "Q3 2023/24", "", "G", "DPIA template issued to project lead.", "2023-12", "green", None),
        ]),
        ("ICO Recommendation 3 – Assess data protection training, including how to send group emails, and monitor completion.", [
            ("3.1", "Add a module on sending group emails securely to the mandatory Information Governance e-learning on TURAS Learn.",
             "IG Training Lead", ["IG Training Lead"], "31/07/2023", "", "Complete", "Module live 17/07/2023.", "2023-07", "blue", None),
            ("3.2", "Report Information Governance training compliance by directorate to the Information Governance Group against a 90% target.",
             "Head of Information Governance", ["Head of Information Governance"], "Quarterly", "", "G", "Q1 compliance 78%; directorate leads notified.", None, "green", "Quarterly"),
            ("3.3", "Provide a written update to the ICO on progress against its recommendations.",
             "Data Protection Officer", ["Data Protection Officer"], "June 2023", "", "Complete", "Update sent to ICO 28/06/2023.", "2023-06", "blue", None),
        ]),
    ]
    cols = ["Ref", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"]
    lines = [title, "Position as at 31 August 2023 – for the Information Governance Group and Audit Committee", "", "\t".join(cols)]
    exp = []
    for rec, acts in recs:
        lines.append(rec + "\t" * (len(cols) - 1))
        for (ref, text, lead_txt, lead, target, revised, rag, upd, end, status, end_text) in acts:
            lines.append("\t".join([ref, text, lead_txt, target, revised, rag, upd]))
            exp.append(act(ref, [rec], text, lead, end, status, end_text))
    lines += ["", "RAG key: Complete = action completed and evidenced; G = on track; A = at risk of missing the target date; R = target date missed.",
              "Prepared by the Information Governance Team, NHS Highland."]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a health board's information governance action plan carrying the ICO's reprimand recommendations "
                  "(NHS Highland, reprimand announced March 2023 for a CC instead of BCC email to 37 people likely to be accessing HIV "
                  "services; ICO said its recommendations were included in NHS Highland's Information Governance Action Plan, update due "
                  "June 2023 - ico.org.uk news 2023/03, PublicTechnology 3 April 2023). Saved from a spreadsheet as tab-separated text: "
                  "title and position lines, a header line, each ICO recommendation on its own line above its actions, target and revised "
                  "dates, RAG words/letters, a RAG key and a prepared-by line at the end.",
        "reads": "Tab-separated: title, date line, header, then the three ICO recommendations (lines with text in the first field only) "
                 "each followed by its numbered actions 1.1–3.3 with lead, target date, optional revised date, RAG and update. Eight "
                 "actions; revised dates replace target dates; 'Q3 2023/24' is December 2023 and 'Quarterly' has no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


if __name__ == "__main__":
    made = [ferguson(), choice(), calmac(), nilgosc(), hcf(), royston(), nhs_highland()]
    for n, k in made:
        print(f"{n}: {k} actions")
