"""Build the seven zqd- blind cases (data files and their .expected.yaml) for set heldout708.

Run with /work/main/.venv/bin/python zqd_make.py from any directory; files are written beside
this script. Only files whose names start with "zqd-" are written.
"""
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

RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, source, reads, title, actions=None, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. CITB - Audit and Risk Committee internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_citb():
    name = "zqd-citb-audit-risk-committee-internal-audit-recommendations-tracker.xlsx"
    title = "CITB Internal Audit Recommendations Tracker"
    wb = Workbook()

    # the audit reports, each with its recommendations and their agreed actions
    g1 = "2024-25/04 Levy Assessment and Collection – Limited assurance (final report issued 14 March 2025)"
    g2 = "2024-25/09 Cyber Security: Third-Party Access – Moderate assurance (final report issued 2 May 2025)"
    g3 = "2025-26/02 Grants and Funding: Employer Network Grants – Moderate assurance (final report issued 18 July 2025)"
    r_lac1 = ("Levy assessments raised from the Levy Return should be reconciled monthly to the levy ledger, "
              "with unreconciled differences investigated and approved by a manager independent of the preparer.")
    r_lac2 = ("Debt recovery procedures should be updated to reflect current practice, and cases referred to the "
              "external collection agency should be monitored against agreed timescales.")
    r_lac3 = ("Access to amend levy assessments should be restricted to staff whose role requires it, with a "
              "quarterly review of user access.")
    r_cyb1 = ("A complete register of third-party suppliers with remote access to CITB systems should be "
              "maintained and reviewed at least annually.")
    r_cyb2 = "Multi-factor authentication should be enforced for all third-party remote access accounts."
    r_cyb3 = ("Third-party access logs should be retained for at least 12 months and reviewed for unusual "
              "activity.")
    r_gen1 = ("Grant claims should be checked against evidence of eligible expenditure before payment, with "
              "the checks documented.")
    r_gen2 = ("Employer Network funding agreements should include clear outcome measures that are monitored "
              "and reported to the Industry Funding Committee.")

    # (ref, rec, priority, action, owner, orig, revised, update, prev, curr)
    groups = [
        (g1, [
            ("LAC-01", r_lac1, "High",
             "Introduce a monthly reconciliation of assessments issued to the levy ledger, signed off by the "
             "Levy Finance Manager, with exceptions over £5,000 escalated to the Head of Levy Operations.",
             "Head of Levy Operations", D(2025, 6, 30), D(2025, 9, 30),
             "Reconciliation template agreed; June to September reconciliations completed and reviewed. "
             "Internal Audit verified a sample in October 2025.", "A", "B"),
            ("LAC-02a", r_lac2, "High",
             "Review and reissue the Levy Debt Recovery Procedure, including escalation points and write-off "
             "authorities.",
             "Levy Debt Manager", D(2025, 7, 31), D(2025, 12, 31),
             "Draft procedure prepared; awaiting alignment with the revised Financial Delegations approved by "
             "the Board in October. Revised date agreed with Internal Audit.", "G", "A"),
            ("LAC-02b", r_lac2, "High",
             "Produce a monthly report of cases with the collection agency, showing age and value, for review "
             "at the Levy Operations management meeting.",
             "Levy Debt Manager / Management Accountant", D(2025, 7, 31), None,
             "Report in place from August 2025 and reviewed at the monthly management meeting.", "G", "B"),
            ("LAC-03", r_lac3, "Medium",
             "Remove amend access from the 11 users identified by the audit and introduce a quarterly user "
             "access review, evidenced to the Head of Levy Operations.",
             "Head of Levy Operations / Head of Business Systems", D(2025, 9, 30), D(2026, 1, 31),
             "Amend access removed for 11 users in July 2025. First quarterly review moved to January 2026 "
             "to follow the levy system upgrade.", "G", "A"),
        ]),
        (g2, [
            ("CYB-01", r_cyb1, "High",
             "Create a third-party access register from the supplier contracts database and service desk "
             "records, and assign an owner to each supplier connection.",
             "Chief Information Officer", D(2025, 8, 31), D(2025, 10, 31),
             "Register created with 37 connections; owners assigned for 34. Revised date missed – remaining "
             "three owners to be confirmed by the end of November.", "A", "R"),
            ("CYB-02", r_cyb2, "High",
             "Enforce multi-factor authentication on the supplier remote access gateway and disable accounts "
             "without MFA registered after a 14-day notice period.",
             "Head of IT Security", D(2025, 9, 30), None,
             "MFA enforced from 15 September 2025. Three dormant accounts disabled.", "G", "B"),
            ("CYB-03", r_cyb3, "Medium",
             "Extend log retention to 12 months in the security monitoring service and add supplier sessions "
             "to the monthly security report.",
             "Head of IT Security", D(2025, 12, 31), None,
             "Retention extended. Change to the monthly report requested from the managed service provider; "
             "on track.", "G", "G"),
        ]),
        (g3, [
            ("GEN-01", r_gen1, "Medium",
             "Update the grant claim checklist so that evidence of eligible spend is recorded for every claim, "
             "and sample-check 10% of paid claims each quarter.",
             "Head of Funding Operations", "Q3 2025-26", None,
             "Checklist updated and in use from September 2025. First quarterly sample check due in December.",
             None, "G"),
            ("GEN-02", r_gen2, "Low",
             "Add outcome measures to the 2026-27 funding agreement template and report performance against "
             "them to the Industry Funding Committee twice a year.",
             "Director of Funding and Engagement", D(2026, 3, 31), None,
             "Not yet started – will follow approval of the 2026-27 funding model.", None, None),
        ]),
    ]

    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 26 November 2025. Position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Total actions", "Implemented (Blue)", "On track (Green)",
           "Revised date agreed (Amber)", "Overdue (Red)", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [("High", 5, 3, 0, 1, 1, 0), ("Medium", 3, 0, 2, 1, 0, 0), ("Low", 1, 0, 0, 0, 0, 1),
            ("Total", 9, 3, 2, 2, 1, 1)]
    for r, vals in enumerate(rows, 5):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A10"] = ("Three actions were verified as implemented since the July 2025 Committee and will be removed "
                 "from the tracker after this meeting.")
    ws["A11"] = "Prepared by: Head of Risk and Assurance"
    for col, w in zip("ABCDEFG", (14, 14, 18, 16, 22, 14, 12)):
        ws.column_dimensions[col].width = w

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Open and recently implemented recommendations – Audit and Risk Committee, 26 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Management update (October 2025)",
             "Previous RAG (Jul 25)", "Current RAG (Oct 25)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    expected = []
    for gtitle, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1, value=gtitle).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        first_row_of_rec = {}
        for (ref, rec, pri, action, owner, orig, rev, upd, prev, curr) in items:
            vals = [ref, rec, pri, action, owner, orig, rev, upd, prev, curr]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((9, prev), (10, curr)):
                if v:
                    ws.cell(row=r, column=c).fill = fill(RAG_FILL[v])
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                    if v in ("R", "B"):
                        ws.cell(row=r, column=c).font = Font(color="FFFFFF", bold=True)
            if rec in first_row_of_rec:
                # same recommendation answered by two actions: merge the recommendation and priority cells
                top = first_row_of_rec[rec]
                for c in (2, 3):
                    ws.cell(row=r, column=c).value = None
                    ws.merge_cells(start_row=top, start_column=c, end_row=r, end_column=c)
            else:
                first_row_of_rec[rec] = r
            r += 1
            end = rev or orig
            end_text = None
            if isinstance(end, str):
                end_text = end
                end_m = "2025-12"
            else:
                end_m = end.strftime("%Y-%m")
            leads = [p.strip() for p in owner.split("/")]
            status = {"R": "red", "A": "amber", "G": "green", "B": "blue", None: "unrated"}[curr]
            expected.append(act(ref, [gtitle, rec], action, leads, end_m, status, end_text))
    r += 1
    ws.cell(row=r, column=1, value=("Notes: Revised target dates are agreed by the Committee. Actions verified "
                                    "as implemented by Internal Audit (Blue) are removed after they have been "
                                    "reported once."))
    for col, w in zip("ABCDEFGHIJ", (10, 42, 9, 44, 24, 12, 12, 44, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # --- Key sheet
    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("B", "Blue", "Implemented and verified by Internal Audit"),
           ("G", "Green", "On track to meet the original target date"),
           ("A", "Amber", "Revised target date agreed by the Committee"),
           ("R", "Red", "Overdue against the revised target date, or no revised date agreed")]
    for i, (k, word, meaning) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        ws.cell(row=i, column=2, value=word)
        ws.cell(row=i, column=3, value=meaning)
    ws["A7"] = "Priority"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = "High"
    ws["B8"] = "Fundamental control weakness – action within 3 months"
    ws["A9"] = "Medium"
    ws["B9"] = "Significant weakness – action within 6 months"
    ws["A10"] = "Low"
    ws["B10"] = "Improvement to control – action within 12 months"
    ws.column_dimensions["C"].width = 60

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates an Audit and Risk Committee internal audit recommendations tracker of a UK "
                "non-departmental public body and charity (CITB, 2025-26), in the form such committees publish "
                "in their papers (e.g. Reading BC's 'Implementation of Audit Recommendations Tracker', "
                "democracy.reading.gov.uk/mgAi.aspx?ID=9589; City of London 'Internal Audit Recommendations "
                "Follow-Up'). No CITB tracker was found; copied features: summary sheet of counts by priority "
                "and RAG first, tracker sheet grouped by audit report under merged full-width report rows "
                "with assurance level, recommendation column merged over two actions, job titles as owners "
                "(two posts split by '/'), original and revised target dates (real dates and one 'Q3 2025-26' "
                "text), previous and current RAG as letters on coloured fill, a notes line, a separate RAG key "
                "sheet."),
        reads=("A person sees the tracker sheet: three audit reports, each a shaded heading row, with nine "
               "agreed management actions answering eight recommendations (one recommendation, LAC-02, has "
               "two actions LAC-02a and LAC-02b under a merged cell). The end is the revised date where one is "
               "given, otherwise the original; the status is the Current RAG (Oct 25) letter, blank for the "
               "not-started GEN-02. The summary sheet and key are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Architecture and Design Scotland - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_ads():
    name = "zqd-architecture-and-design-scotland-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025-26"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    ws["A1"] = "Architecture and Design Scotland"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Reviewed by the Senior Leadership Team on 2 September 2025 and by the Audit and Risk Committee "
                "on 18 September 2025. Version 3.2")
    ws["A3"].font = Font(italic=True)

    # two-level header with merged group cells
    groups = [("Risk", 1, 3), ("Inherent risk", 4, 6), ("Controls in place", 7, 7),
              ("Current (residual) risk", 8, 10), ("Appetite", 11, 11), ("Trend", 12, 12),
              ("Further actions", 13, 17)]
    for label, c1, c2 in groups:
        if c2 > c1:
            ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        cell = ws.cell(row=5, column=c1, value=label)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2F5496")
        cell.alignment = Alignment(horizontal="center")
    subs = ["Ref", "Risk (cause – event – consequence)", "Risk owner", "L", "I", "Score",
            "Existing controls", "L", "I", "Score", "Appetite", "Trend", "Action ref",
            "Further action required", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(subs, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    def score_fill(s):
        return fill("FF0000") if s >= 15 else fill("FFC000") if s >= 8 else fill("92D050")

    status_fill = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Delayed": "FF0000"}
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Delayed": "red",
                  "Not started": "unrated"}

    sections = [
        ("Strategic risks", [
            ("SR1",
             "Funding: reductions in Scottish Government grant-in-aid and commissioned project income mean "
             "A&DS cannot sustain its current programme and staffing, affecting delivery of the Corporate Plan.",
             "Chief Executive", (4, 5), (3, 4),
             "Medium-term financial plan reviewed quarterly by the Board. Monthly budget monitoring. Regular "
             "sponsor meetings with the Planning, Architecture and Regeneration Division.",
             "Cautious", "↑",
             [("SR1.1", "Prepare savings options for 2026-27 of up to 5% of the core budget for Board "
                        "consideration.", "Head of Corporate Services", D(2025, 11, 30), "On track",
               "2025-11", None),
              ("SR1.2", "Agree a 2026-29 commissioning framework with the sponsor division covering "
                        "place-based programme work.", "Chief Executive", "Q4 2025-26", "At risk",
               "2026-03", "Q4 2025-26"),
              ("SR1.3", "Review fees and cost recovery for design review and Place Standard training.",
               "Head of Place Programmes / Head of Corporate Services", D(2026, 1, 31), "Not started",
               "2026-01", None)]),
            ("SR2",
             "Strategic relevance: A&DS's work is not aligned with national priorities for place, planning "
             "(NPF4) and climate, so that Ministers and partners do not see the organisation as essential to "
             "delivery.",
             "Chief Executive", (3, 4), (2, 4),
             "Corporate Plan 2024-27 agreed with sponsor. Annual Ministerial letter of guidance. Programme "
             "board reviews alignment of new work.",
             "Open", "→",
             [("SR2.1", "Publish an NPF4 delivery support offer for local authorities, co-designed with Heads "
                        "of Planning Scotland.", "Head of Place Programmes", D(2025, 10, 31), "Complete",
               "2025-10", None),
              ("SR2.2", "Report impact measures for each Corporate Plan outcome to the Board.",
               "Head of Strategy and Communications", "Six-monthly", "On track", None, "Six-monthly")]),
        ]),
        ("Operational risks", [
            ("OR1",
             "Cyber security: a successful cyber attack or data breach results in loss of systems and data, "
             "disruption to services and reputational damage.",
             "Head of Corporate Services", (4, 4), (3, 4),
             "Managed IT service with 24/7 monitoring. Cyber Essentials certification. Annual staff "
             "training. Off-site backups.",
             "Averse", "→",
             [("OR1.1", "Achieve Cyber Essentials Plus re-certification.", "IT Manager", D(2025, 12, 31),
               "On track", "2025-12", None),
              ("OR1.2", "Run a desktop cyber incident exercise with the Senior Leadership Team and test "
                        "recovery of the file server from backup.", "IT Manager / Head of Corporate Services",
               "Sept 2025 – Feb 2026", "Delayed", "2026-02", "Sept 2025 – Feb 2026")]),
            ("OR2",
             "People: loss of key staff and single points of knowledge in a small organisation leads to "
             "gaps in expertise and delays to programme delivery.",
             "Head of Corporate Services", (3, 4), (3, 3),
             "Workforce plan. Job evaluation completed 2024. Learning and development budget. Exit "
             "interviews.",
             "Cautious", "↓",
             [("OR2.1", "Complete knowledge-transfer plans for the six roles identified as single points of "
                        "failure.", "Heads of Service", D(2026, 3, 31), "On track", "2026-03", None),
              ("OR2.2", "Implement the revised hybrid working and wellbeing policy agreed with the recognised "
                        "trade union.", "HR Business Partner", D(2025, 6, 30), "Complete", "2025-06", None)]),
        ]),
    ]

    r = 7
    expected = []
    for sec, risks in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
        cell = ws.cell(row=r, column=1, value=sec)
        cell.font = Font(bold=True, size=12)
        cell.fill = fill("BFBFBF")
        r += 1
        for (rid, rtext, rowner, inh, res, controls, appetite, trend, actions) in risks:
            top = r
            for (aref, atext, aowner, due, st, end_m, end_text) in actions:
                vals = {13: aref, 14: atext, 15: aowner, 16: due, 17: st}
                for c, v in vals.items():
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if st in status_fill:
                    ws.cell(row=r, column=17).fill = fill(status_fill[st])
                leads = [p.strip() for p in aowner.split("/")]
                expected.append(act(aref, [sec, rtext], atext, leads, end_m, status_map[st], end_text))
                r += 1
            bottom = r - 1
            risk_vals = {1: rid, 2: rtext, 3: rowner, 4: inh[0], 5: inh[1], 6: inh[0] * inh[1],
                         7: controls, 8: res[0], 9: res[1], 10: res[0] * res[1], 11: appetite, 12: trend}
            for c, v in risk_vals.items():
                cell = ws.cell(row=top, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if bottom > top:
                    ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
            ws.cell(row=top, column=6).fill = score_fill(inh[0] * inh[1])
            ws.cell(row=top, column=10).fill = score_fill(res[0] * res[1])
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Complete = blue; On track = green; At risk = amber; Delayed = red; "
                                    "Not started = no rating")
    r += 1
    ws.cell(row=r, column=1, value="Scoring:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Likelihood (L) x Impact (I), each scored 1-5. 1-6 Low (green); 8-12 "
                                    "Medium (amber); 15-25 High (red). Trend: ↑ increasing, → stable, ↓ "
                                    "reducing.")
    widths = {"A": 6, "B": 40, "C": 16, "D": 4, "E": 4, "F": 6, "G": 36, "H": 4, "I": 4, "J": 6,
              "K": 10, "L": 6, "M": 8, "N": 44, "O": 24, "P": 14, "Q": 12}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C7"

    # matrix sheet (not actions)
    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = m.cell(row=3 + i, column=j + 1, value=s)
            c.fill = score_fill(s)
    m["A10"] = ("Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain. Impact: 1 Negligible, "
                "2 Minor, 3 Moderate, 4 Major, 5 Severe.")

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a small Scottish NDPB's corporate risk register as taken to its Audit and Risk "
                "Committee (Architecture and Design Scotland, 2025-26), following the Scottish Public Finance "
                "Manual risk guidance and registers such as Revenue Scotland's and Forestry and Land "
                "Scotland's risk frameworks (revenue.scot/.../risk-management-framework; gov.scot SPFM risk "
                "management). No A&DS register was found; copied features: title block with review dates "
                "and version, two-level header with merged group cells (Risk / Inherent / Controls / "
                "Residual / Appetite / Trend / Further actions), section rows for strategic and operational "
                "risks, each risk's cells merged down over its further-action rows, L x I scores with "
                "colour fill, trend arrows, action refs, target dates as dates and as text ('Q4 2025-26', "
                "'Six-monthly', 'Sept 2025 – Feb 2026'), an action status column with a status key below, "
                "and a separate scoring matrix sheet."),
        reads=("A person reads four risks in two sections (Strategic risks, Operational risks); each risk "
               "has two or three further actions, numbered SR1.1 etc., and these nine are the plan's "
               "actions, read under the section and the risk. The status is the Action status word, read "
               "through the key (Delayed = red, Not started = no rating); the risk scores and the matrix "
               "sheet are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. The National Lottery Community Fund - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_tnlcf():
    name = "zqd-national-lottery-community-fund-funding-platform-programme-highlight-report.xlsx"
    title = "Funding Platform Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws.merge_cells("A1:H1")
    ws["A1"] = "The National Lottery Community Fund"
    ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    ws["A1"].fill = fill("E6007E")
    ws.merge_cells("A2:H2")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period"
    ws["B3"] = "1–31 October 2025"
    ws["D3"] = "Report to"
    ws["E3"] = "Programme Board, 12 November 2025"
    ws["A4"] = "SRO"
    ws["B4"] = "Chief Operating Officer"
    ws["D4"] = "Programme Manager"
    ws["E4"] = "Rachel Adeyemi"
    for c in ("A3", "D3", "A4", "D4"):
        ws[c].font = Font(bold=True)

    ws["A6"] = "Status summary"
    ws["A6"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Dimension", "Last period", "This period", "Commentary"], 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    ws.merge_cells("D7:H7")
    dims = [("Overall", "A", "A", "Supplier delivery of Release 2 has slipped three weeks; recovery plan agreed."),
            ("Schedule", "A", "A", "Release 2 and payments interface forecasts later than baseline (see M1.2, M2.2)."),
            ("Budget", "G", "G", "£4.2m spent against a profile of £4.6m to date."),
            ("Resources", "A", "G", "Two business analysts started on 6 October."),
            ("Risks and issues", "A", "A", "14 open risks (3 red) and 2 open issues – see RAID summary.")]
    r = 8
    for d, last, this, com in dims:
        ws.cell(row=r, column=1, value=d).border = BOX
        for c, v in ((2, last), (3, this)):
            cell = ws.cell(row=r, column=c, value=v)
            cell.fill = fill(RAG_FILL[v])
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX
        ws.cell(row=r, column=4, value=com).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        r += 1

    r += 1  # 14
    ws.cell(row=r, column=1, value="Key milestones").font = Font(bold=True, size=12)
    r += 1  # 15
    heads = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast / actual date",
             "Last period", "This period", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("404040")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    # (ref, text, owner, baseline, forecast, last, this, comment, leads, end, status)
    ws1 = "Workstream 1 – Applicant portal"
    ws2 = "Workstream 2 – Grant management and payments"
    ws3 = "Workstream 3 – Business change and decommissioning"
    streams = [
        (ws1, [
            ("M1.1", "Release 1: new eligibility checker and account registration live for all UK portfolios",
             "Product Owner, Applicant Portal", D(2025, 6, 30), D(2025, 7, 14), "B", "B",
             "Went live 14 July. 3,100 accounts created to date.",
             ["Product Owner, Applicant Portal"], "2025-07", "blue"),
            ("M1.2", "Release 2: online application form for Awards for All (England and Wales)",
             "Product Owner, Applicant Portal", D(2025, 10, 31), D(2025, 11, 21), "G", "A",
             "Supplier defects found in accessibility testing; three-week slip, within tolerance.",
             ["Product Owner, Applicant Portal"], "2025-11", "amber"),
        ]),
        (ws2, [
            ("M2.1", "Trial load of open grants from the legacy system completed and reconciled",
             "Data Migration Lead", D(2025, 9, 30), D(2025, 9, 30), "G", "B",
             "Trial load reconciled to 99.8%; exceptions resolved.",
             ["Data Migration Lead"], "2025-09", "blue"),
            ("M2.2", "Payments interface with the finance system tested end to end",
             "Finance Systems Manager / Technical Architect", D(2025, 12, 31), D(2026, 2, 27), "A", "R",
             "Dependent on the finance system upgrade; forecast outside tolerance – exception report to Board.",
             ["Finance Systems Manager", "Technical Architect"], "2026-02", "red"),
            ("M2.3", "Grant management module user acceptance testing complete",
             "Business Change Manager", D(2026, 1, 31), D(2026, 1, 31), "G", "G",
             "UAT scripts 70% written; testers confirmed from funding teams.",
             ["Business Change Manager"], "2026-01", "green"),
        ]),
        (ws3, [
            ("M3.1", "Training plan and materials for funding staff approved by the Design Authority",
             "Business Change Manager", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
             "Draft materials reviewed by two portfolio teams.",
             ["Business Change Manager"], "2025-11", "green"),
            ("M3.2", "Legacy grants system decommissioning plan agreed with Digital and Data",
             "Head of Digital Operations", D(2026, 3, 31), D(2026, 3, 31), None, None,
             "Not started; depends on the scope of Release 3.",
             ["Head of Digital Operations"], "2026-03", "unrated"),
        ]),
    ]
    expected = []
    for stream, items in streams:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(row=r, column=1, value=stream)
        cell.font = Font(bold=True)
        cell.fill = fill("F2F2F2")
        r += 1
        for (ref, text, owner, base, fc, last, this, com, leads, end, status) in items:
            vals = [ref, text, owner, base, fc, None, None, com]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            for c, v in ((6, last), (7, this)):
                ws.cell(row=r, column=c).border = BOX
                if v:
                    ws.cell(row=r, column=c).fill = fill(RAG_FILL[v])
            expected.append(act(ref, [stream], text, leads, end, status))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "Blue – complete"), ("G", "Green – on track against baseline"),
           ("A", "Amber – forecast later than baseline but within tolerance (4 weeks)"),
           ("R", "Red – forecast outside tolerance; exception report required")]
    for k, txt in key:
        r += 1
        ws.cell(row=r, column=1).fill = fill(RAG_FILL[k])
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from the Programme Board").font = Font(bold=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value=("Approve the exception report for M2.2 (payments interface).\n"
                                    "Note the revised go-live date for Release 2.")).alignment = WRAP
    ws.row_dimensions[r].height = 32
    for col, w in zip("ABCDEFGH", (16, 46, 26, 12, 14, 9, 9, 46)):
        ws.column_dimensions[col].width = w

    raid = wb.create_sheet("RAID summary")
    raid["A1"] = "RAID summary – October 2025"
    raid["A1"].font = Font(bold=True)
    for i, row in enumerate([("Type", "Open", "Red", "Amber", "Green", "Closed this period"),
                             ("Risks", 14, 3, 7, 4, 2), ("Issues", 2, 1, 1, 0, 1),
                             ("Dependencies", 5, 1, 2, 2, 0)], 3):
        for j, v in enumerate(row, 1):
            raid.cell(row=i, column=j, value=v).border = BOX
    raid["A8"] = "The full RAID log is held on the programme SharePoint site."

    log = wb.create_sheet("Version")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "03/11/2025", "PMO Analyst", "First draft"),
                             ("1.0", "05/11/2025", "Programme Manager", "Issued to Programme Board")], 1):
        for j, v in enumerate(row, 1):
            log.cell(row=i, column=j, value=v)

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a monthly programme highlight report in Excel of a UK lottery distributor "
                "(The National Lottery Community Fund, 2025-26), built on the PRINCE2-style highlight report "
                "(status summary with last/this period RAG, milestones with baseline and forecast dates) as "
                "in the templates at docest.com/doc/630539/highlight-report-template and "
                "brookes.ac.uk project-management-toolkit/highlight-report. No Fund report was found; copied "
                "features: branded title block, reporting period / SRO / programme manager fields, status "
                "summary by dimension (not actions), key milestones table split by merged workstream rows, "
                "baseline and forecast/actual dates, Last period / This period RAG shown only as cell fill "
                "colour with no text, a colour key, a Board decisions box, RAID summary and version sheets."),
        reads=("A person reads the Key milestones table as the plan: seven milestones in three workstreams, "
               "each with an owner, a baseline and a forecast/actual date (the forecast is the end) and a "
               "colour in the This period column read through the key (blue complete, green, amber, red; "
               "M3.2 has no colour and is not started). The status summary, key, decisions box and other "
               "sheets are not actions."),
        title=title, actions=expected)


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


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


def header_row(table, heads, fill_hex="1F3864"):
    for i, h in enumerate(heads):
        set_cell(table.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(table.rows[0].cells[i], fill_hex)


# ---------------------------------------------------------------------------
# 4. Royal Institution - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
def make_ri():
    name = "zqd-royal-institution-charity-commission-regulatory-compliance-action-plan.docx"
    title = "Charity Commission Regulatory Compliance Case: Trustees' Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("The Royal Institution of Great Britain")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Approved by the Board of Trustees on 12 March 2025. Progress updated June 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of changes"], "595959")
    for i, row in enumerate([("1.0", "12 March 2025", "Head of Governance", "Approved by the Board of Trustees"),
                             ("1.1", "20 June 2025", "Head of Governance",
                              "Progress update for the Finance, Audit and Risk Committee")], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "In January 2025 the Charity Commission concluded a regulatory compliance case into the charity. "
        "The Commission did not find misconduct or mismanagement, but identified weaknesses in three areas "
        "of governance and asked the trustees to produce an action plan and to report progress to it by "
        "30 September 2025. For each area, the Commission's requirement is shown in italics at the top of "
        "the table, followed by the trustees' actions.")
    doc.add_paragraph("Status: Blue – complete; Green – on track; Amber – some slippage; Red – significant "
                      "slippage or not started when due.")

    heads = ["No.", "Action", "Lead", "Timescale", "Progress at June 2025", "Status"]
    areas = [
        ("1. Financial oversight and reserves",
         "Ensure the trustees receive timely and sufficient financial information to oversee the charity's "
         "financial position, and adopt a reserves policy that reflects the charity's risks.",
         [("1.1", "Introduce a monthly finance dashboard for all trustees covering cash, income against "
                  "budget and the forecast year-end position.", "Director of Finance", "April 2025",
           "Dashboard issued monthly since April 2025.", "Blue", ["Director of Finance"], "2025-04", None),
          ("1.2", "Review and approve a revised reserves policy, with a target range based on a risk "
                  "assessment of income streams.", "Treasurer / Director of Finance", "By 30 September 2025",
           "Risk assessment of income streams under way; draft policy to the Finance, Audit and Risk "
           "Committee in September.", "Green", ["Treasurer", "Director of Finance"], "2025-09", None),
          ("1.3", "Commission an independent condition survey of 21 Albemarle Street and include the "
                  "maintenance liabilities in the ten-year financial plan.", "Director of Finance",
           "December 2025", "Surveyor appointed in June; report now expected in October.", "Amber",
           ["Director of Finance"], "2025-12", None)]),
        ("2. Conflicts of interest and related party transactions",
         "Put in place and follow an effective conflicts of interest policy, and ensure that related party "
         "transactions are properly identified, approved and disclosed.",
         [("2.1", "Adopt an updated conflicts of interest policy and require every trustee to complete an "
                  "annual declaration of interests.", "Head of Governance", "March 2025",
           "Policy adopted 12 March 2025; all declarations received.", "Blue", ["Head of Governance"],
           "2025-03", None),
          ("2.2", "Record declarations, and how each conflict was managed, in the minutes of every Board and "
                  "committee meeting.", "Chair of Trustees / Head of Governance", "Ongoing",
           "In place from the March 2025 Board meeting.", "Green",
           ["Chair of Trustees", "Head of Governance"], None, "Ongoing"),
          ("2.3", "Review all contracts with trustee-connected suppliers since 2021 and confirm the "
                  "disclosures in the 2024-25 accounts.", "Chair of the Finance, Audit and Risk Committee",
           "July 2025", "Review completed; one additional disclosure made in the 2024-25 accounts.", "Blue",
           ["Chair of the Finance, Audit and Risk Committee"], "2025-07", None)]),
        ("3. Board effectiveness and trustee recruitment",
         "Review the size, skills and recruitment of the Board so that it has the skills and independence it "
         "needs to govern the charity effectively.",
         [("3.1", "Carry out an externally facilitated Board effectiveness review against the Charity "
                  "Governance Code.", "Chair of Trustees", "October 2025",
           "Facilitator appointed in May; interviews with trustees in progress.", "Green",
           ["Chair of Trustees"], "2025-10", None),
          ("3.2", "Recruit two new trustees with finance and fundraising experience through open "
                  "advertisement.", "Chair of Nominations Committee", "November 2025",
           "Role descriptions agreed; advert delayed to July pending the effectiveness review.", "Amber",
           ["Chair of Nominations Committee"], "2025-11", None),
          ("3.3", "Carry out a trustee skills audit and report the results to the Nominations Committee.",
           "Head of Governance", "Annually", "First audit completed in April 2025.", "Green",
           ["Head of Governance"], None, "Annually")]),
    ]
    expected = []
    word_fill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for area, ask, items in areas:
        doc.add_paragraph()
        t = doc.add_table(rows=3 + len(items), cols=6)
        t.style = "Table Grid"
        a = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(a, area, bold=True, size=11)
        shade(a, "D9E1F2")
        b = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        set_cell(b, ask, italic=True)
        for i, h in enumerate(heads):
            set_cell(t.rows[2].cells[i], h, bold=True)
            shade(t.rows[2].cells[i], "F2F2F2")
        for k, (no, text, lead, when, prog, st, leads, end, end_text) in enumerate(items, 3):
            for j, v in enumerate([no, text, lead, when, prog, st]):
                set_cell(t.rows[k].cells[j], v)
            shade(t.rows[k].cells[5], word_fill[st])
            expected.append(act(no, [area, ask], text, leads, end, st.lower(), end_text))

    doc.add_heading("Reporting", level=1)
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Finance, Audit and Risk "
                      "Committee and to the Board of Trustees. A final report will be sent to the Charity "
                      "Commission by 30 September 2025.")
    doc.add_paragraph().add_run("Sign-off").bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Signed", "Date"], "595959")
    for i, row in enumerate([("Chair of Trustees", "Signed copy held by the Head of Governance", "12 March 2025"),
                             ("Chief Executive", "Signed copy held by the Head of Governance", "12 March 2025")], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a charity's published trustees' action plan answering a Charity Commission "
                "regulatory compliance case (The Royal Institution of Great Britain, 2025), of the kind the "
                "Commission asks trustees to produce under its casework (gov.uk 'What the Charity Commission "
                "expects from trustees in its casework'; CC46 statutory inquiries guidance; the Commission's "
                "'Action Plan' noted in the National Hereditary Breast Cancer Helpline case, lexology.com). "
                "No RI plan was found; copied features: charity name line and title, approval line, document "
                "control table, introduction and status key paragraphs, one Word table per area with the area "
                "heading and the Commission's requirement in merged full-width rows above a header row, "
                "numbered actions, leads as posts (two posts split by '/', one post containing a comma), "
                "timescales as months, 'By 30 September 2025', 'Ongoing' and 'Annually', status words on "
                "coloured shading, and a sign-off table."),
        reads=("A person reads three area tables, each headed by the area and, in italics, what the "
               "Commission asked; under each are three numbered actions (1.1 to 3.3) with a lead, a timescale "
               "and a Blue/Green/Amber status. The document control, key and sign-off tables are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. National Gas Transmission - HSE improvement notices corrective action plan (docx)
# ---------------------------------------------------------------------------
def make_ngt():
    name = "zqd-national-gas-transmission-bacton-hse-improvement-notices-action-plan.docx"
    title = "HSE Improvement Notices – Corrective Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("National Gas Transmission plc").bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Bacton Gas Terminal")

    info = [("Document ref", "NGT-BAC-HSE-CAP-001"), ("Revision", "3 (supersedes Rev 2 of 11 April 2025)"),
            ("Date", "23 May 2025"), ("Plan owner", "Terminal Manager, Bacton"),
            ("Distribution", "HSE Energy Division inspector; Director of Safety, Health and Environment; "
                             "Bacton Leadership Team")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "E7E6E6")
        set_cell(t.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Three improvement notices were served on National Gas Transmission plc following the HSE inspection "
        "of Bacton Gas Terminal in March 2025. This plan sets out the corrective actions for each notice and "
        "is updated fortnightly until all notices are closed by HSE.")
    doc.add_paragraph("Status key: Complete (blue) – action closed and evidence filed; On track (green); At "
                      "risk (amber) – due date may be missed; Overdue (red).")

    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    status_fill = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}
    notices = [
        ("Improvement Notice 1 – IN 4512/25/01: Pressure systems – written scheme of examination",
         [("Date served", "10 March 2025"),
          ("Legislation", "Pressure Systems Safety Regulations 2000, regulation 8"),
          ("Compliance date", "30 June 2025")],
         "Ensure that a suitable written scheme of examination, drawn up or certified by a competent person, "
         "is in place for all pressure systems at the terminal, including the slug catcher drain system and "
         "the instrument air receivers.",
         [("1.1", "Complete a walkdown of all pressure systems and reconcile them against the pressure "
                  "systems register, adding any systems not covered.", "Mechanical Integrity Engineer",
           "11/04/2025", "Complete", "Walkdown completed 9 April; 14 items added to the register.",
           ["Mechanical Integrity Engineer"], "2025-04", None),
          ("1.2", "Obtain written schemes of examination certified by the competent person for the 14 items "
                  "added.", "Pressure Systems Engineer / Contracts Manager", "30/05/2025", "Complete",
           "Schemes certified by the insurer's engineer 21 May.",
           ["Pressure Systems Engineer", "Contracts Manager"], "2025-05", None),
          ("1.3", "Carry out the first examinations under the new schemes for the slug catcher drain system "
                  "and the instrument air receivers.", "Maintenance Manager", "27/06/2025", "On track",
           "Examinations booked for w/c 16 June.", ["Maintenance Manager"], "2025-06", None)]),
        ("Improvement Notice 2 – IN 4512/25/02: Hazardous area classification (DSEAR)",
         [("Date served", "10 March 2025"),
          ("Legislation", "Dangerous Substances and Explosive Atmospheres Regulations 2002, regulation 7"),
          ("Compliance date", "30 June 2025 (extended by HSE to 29 August 2025)")],
         "Review and update the hazardous area classification for the compressor buildings and the Terminal "
         "A filtration area, and ensure that equipment in zoned areas is suitable for the zone.",
         [("2.1", "Commission a review of hazardous area classification for compressor buildings 1 to 3 and "
                  "the Terminal A filtration area.", "Process Safety Engineer", "30/04/2025", "Overdue",
           "Draft review report received 16 May; final report awaited from consultant.",
           ["Process Safety Engineer"], "2025-04", None),
          ("2.2", "Issue revised hazardous area classification drawings and update the DSEAR risk "
                  "assessment.", "Process Safety Engineer", "13/06/2025", "At risk",
           "Depends on 2.1; revised issue now expected end of June.", ["Process Safety Engineer"],
           "2025-06", None),
          ("2.3", "Inspect Ex equipment in the revised zones and replace or remove any unsuitable equipment.",
           "Electrical Maintenance Team Leader", "29/08/2025", "On track",
           "Inspection contractor booked for July.", ["Electrical Maintenance Team Leader"], "2025-08", None)]),
        ("Improvement Notice 3 – IN 4512/25/03: Management of contractors – permit to work",
         [("Date served", "24 March 2025"),
          ("Legislation", "Management of Health and Safety at Work Regulations 1999, regulation 5"),
          ("Compliance date", "31 July 2025")],
         "Implement effective arrangements to monitor and audit the permit-to-work system, including work "
         "carried out by contractors, and act on the findings.",
         [("3.1", "Introduce weekly permit-to-work audits by the shift Area Authorities, using the revised "
                  "audit checklist.", "Operations Manager", "02/05/2025", "Complete",
           "Weekly audits in place from 28 April.", ["Operations Manager"], "2025-05", None),
          ("3.2", "Deliver permit-to-work refresher training to all Performing Authorities from principal "
                  "contractors.", "Training Coordinator / Contracts Manager", "30/06/2025", "On track",
           "46 of 71 Performing Authorities trained.", ["Training Coordinator", "Contracts Manager"],
           "2025-06", None),
          ("3.3", "Report permit-to-work audit findings and close-out rates to the Bacton Safety Committee.",
           "Terminal Manager", "Monthly", "On track", "First report to the May committee.",
           ["Terminal Manager"], None, "Monthly")]),
    ]
    expected = []
    heads = ["Action", "Corrective action", "Owner", "Due", "Status", "Evidence / comments"]
    for heading, details, req, items in notices:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=len(details), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(details):
            set_cell(t.rows[i].cells[0], k, bold=True)
            set_cell(t.rows[i].cells[1], v)
        doc.add_heading("Requirement of the notice", level=2)
        doc.add_paragraph(req)
        t = doc.add_table(rows=1 + len(items), cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "203864")
        for k, (no, text, owner, due, st, com, leads, end, end_text) in enumerate(items, 1):
            for j, v in enumerate([no, text, owner, due, st, com]):
                set_cell(t.rows[k].cells[j], v)
            shade(t.rows[k].cells[4], status_fill[st])
            expected.append(act(no, [heading, req], text, leads, end, status_map[st], end_text))

    doc.add_heading("Revision history", level=1)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Rev", "Date", "Change"], "595959")
    for i, row in enumerate([("1", "28 March 2025", "First issue to HSE"),
                             ("2", "11 April 2025", "Actions for Notice 3 added"),
                             ("3", "23 May 2025", "Progress update; Notice 2 compliance date extended")], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a duty holder's corrective action plan for HSE improvement notices sent to the "
                "inspector and reported to its safety committee (National Gas Transmission, Bacton Gas "
                "Terminal, 2025). HSE notices state the provision contravened, the reasons, the remedy "
                "required and the compliance date (HSWA s.21; see the improvement-notice guidance pages found "
                "with the search tool). No published NGT plan was found; copied features: company line, "
                "title and site, document information table, status key paragraph, one section per notice "
                "with the notice number and subject as the heading, a notice details table (date served, "
                "legislation, compliance date with an HSE extension), the notice requirement as a paragraph "
                "under a sub-heading, an action table per notice with status words on coloured shading, due "
                "dates as dd/mm/yyyy and 'Monthly', two owners split by '/', and a revision history table."),
        reads=("A person reads three notices, each with its requirement and three corrective actions (1.1 to "
               "3.3) with an owner, a due date and a status from the key. The document information, notice "
               "details and revision history tables are not actions; the notices' compliance dates are not "
               "the actions' ends."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Cairn Housing Association - Board rolling action log (csv) - REFUSE
# ---------------------------------------------------------------------------
def make_cairn():
    name = "zqd-cairn-housing-association-board-action-log-typo-month-refuse.csv"
    rows = [
        "Cairn Housing Association Limited,,,,,,,",
        "Board of Management – Rolling Action Log,,,,,,,",
        "Updated after the Board meeting held on 25 September 2025,,,,,,,",
        ",,,,,,,",
        "No.,Meeting,Minute,Action,Lead,Due,Status,Update",
        'BA/24/19,28/11/2024,7.2,"Bring a revised rent consultation plan, including affordability testing, to '
        'the January Board",Director of Finance,Jan-25,Complete,Approved at the Board on 30 January 2025',
        "BA/25/03,30/01/2025,9.1,Arrange a Board development session on the SHR Regulatory Framework and "
        "Annual Assurance Statement evidence,Chief Executive/Governance Manager,Jun-25,Complete,"
        "Session held 12 June 2025 with an external facilitator",
        "BA/25/07,27/03/2025,6.4,Commission an independent stock condition survey of the Highland "
        "properties,Director of Property Services,Sep-25,Overdue,Tender returns over budget; re-tender under way",
        "BA/25/11,29/05/2025,8.1,Report tenant satisfaction with the repairs service by area to the Performance "
        "and Customer Committee,Director of Housing,Aug-25,Complete,Reported 21 August 2025",
        "BA/25/14,29/05/2025,10.3,Review the Board skills matrix and agree a recruitment plan for two co-opted "
        "members,Chair/Governance Manager,0ct-25,Open,Skills self-assessments being returned to the Governance "
        "Manager",
        "BA/25/18,31/07/2025,5.2,Provide the Board with an update on damp and mould cases open for more than "
        "90 days,Director of Property Services,Nov-25,Open,",
        "BA/25/21,31/07/2025,7.1,Confirm the treasury management strategy after loan refinancing discussions "
        "with the lender,Director of Finance,Dec-25,Open,Heads of terms expected in October",
        "BA/25/24,25/09/2025,6.2,Share the draft Annual Assurance Statement evidence bank with Board members two "
        "weeks before the October meeting,Governance Manager,Oct-25,Open,",
        "BA/25/26,25/09/2025,9.3,Circulate the staff survey results with the management response,"
        "Chief Executive,Nov-25,Open,",
        ",,,,,,,",
        "Completed actions are removed after they have been reported to one Board meeting.,,,,,,,",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")
    refuse_line = next(i for i, line in enumerate(rows, 1) if "0ct-25" in line)
    write_expected(
        name,
        source=("Imitates a Scottish registered social landlord's Board rolling action log exported from "
                "Excel to CSV (Cairn Housing Association, 2025), of the kind the Scottish Housing Regulator's "
                "lessons-learned report on recording governing body decisions recommends "
                "(housingregulator.gov.scot, 'Effective recording of decisions and discussions by governing "
                "bodies of RSLs', 2023/24). No Cairn log was found; copied features: association name, title "
                "and 'updated after' lines padded with commas, action number, meeting date and minute "
                "reference columns, leads as posts joined by '/', due months as Mmm-yy, Complete/Open/Overdue "
                "statuses, blank updates, and a closing note line."),
        reads=("A person reads nine Board actions with due months written Jan-25 to Dec-25; action BA/25/14 "
               "on line 10 has its due month typed '0ct-25' with a zero for the O. A careful reader stops "
               "there and asks whether October 2025 was meant before reading the log."),
        title="Board of Management – Rolling Action Log",
        outcome="refuse", refuse_at=refuse_line)
    return refuse_line


# ---------------------------------------------------------------------------
# 7. Great Shelford Parish Council - action list (tab-separated text)
# ---------------------------------------------------------------------------
def make_shelford():
    name = "zqd-great-shelford-parish-council-action-list-2025-26.txt"
    title = "Action List 2025-26"
    s1, s2, s3 = ("Full Council", "Recreation Ground and Amenities Committee",
                  "Planning and Highways Committee")
    T = "\t"
    lines = [
        "Great Shelford Parish Council",
        "Action List 2025-26 (updated by the Clerk 3 November 2025)",
        "",
        T.join(["Minute", "Action", "Who", "By when", "Progress", "RAG"]),
        s1,
        T.join(["FC 25/031", "Publish the 2024-25 AGAR and the notice of the period for the exercise of public "
                "rights on the website", "RFO", "Jun-25", "Done 27 June", "B"]),
        T.join(["FC 25/046", "Obtain three quotations for replacing the Memorial Hall heating boiler", "Clerk",
                "Sept 2025", "Three quotes obtained; reported to Full Council 8 Sept", "B"]),
        T.join(["FC 25/058", "Apply for a Section 106 contribution towards resurfacing the Recreation Ground "
                "perimeter path", "Clerk / Cllr Whitmore", "31/12/2025",
                "Application drafted; awaiting contractor costs", "G"]),
        T.join(["FC 25/061", "Review Standing Orders and Financial Regulations against the 2025 NALC model "
                "versions", "RFO", "Jan 26", "Draft to Finance Committee on 12 January", "G"]),
        s2,
        T.join(["RA 25/019", "Arrange the annual independent inspection of the play equipment at the Recreation "
                "Ground and Coppice Avenue", "Cllr Patel & Clerk", "Oct 2025",
                "Inspection carried out 14 Oct; 2 medium-risk items", "B"]),
        T.join(["RA 25/022", "Obtain quotations to repair the medium-risk items in the play inspection report",
                "Clerk", "Dec 2025", "Awaiting second quote", "A"]),
        T.join(["RA 25/027", "Agree a tree survey contract for the parish-owned trees on the Recreation Ground "
                "and churchyard extension", "Clerk / Cllr Dunne", "March 2026", "Surveyor shortlisted", "G"]),
        T.join(["", "and instruct works to any trees rated high risk", "", "", "", ""]),
        T.join(["RA 25/030", "Install a replacement dog waste bin at the Granhams Road entrance", "Clerk", "TBC",
                "District Council order placed – no delivery date", "A"]),
        s3,
        T.join(["PH 25/012", "Ask Cambridgeshire County Council to review the 20mph signage on Woollards Lane",
                "Cllr Nightingale", "Nov 2025", "Local Highway Improvement bid submitted", "G"]),
        T.join(["PH 25/015", "Respond to the Greater Cambridge Local Plan consultation on behalf of the Parish "
                "Council", "Planning Working Group", "", "", ""]),
        "",
        "Notes: RAG – B completed, G on track, A some delay, R overdue or stuck. Completed actions are removed "
        "once reported to Full Council.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    expected = [
        act("FC 25/031", [s1], "Publish the 2024-25 AGAR and the notice of the period for the exercise of "
            "public rights on the website", ["RFO"], "2025-06", rag["B"]),
        act("FC 25/046", [s1], "Obtain three quotations for replacing the Memorial Hall heating boiler",
            ["Clerk"], "2025-09", rag["B"]),
        act("FC 25/058", [s1], "Apply for a Section 106 contribution towards resurfacing the Recreation Ground "
            "perimeter path", ["Clerk", "Cllr Whitmore"], "2025-12", rag["G"]),
        act("FC 25/061", [s1], "Review Standing Orders and Financial Regulations against the 2025 NALC model "
            "versions", ["RFO"], "2026-01", rag["G"]),
        act("RA 25/019", [s2], "Arrange the annual independent inspection of the play equipment at the "
            "Recreation Ground and Coppice Avenue", ["Cllr Patel", "Clerk"], "2025-10", rag["B"]),
        act("RA 25/022", [s2], "Obtain quotations to repair the medium-risk items in the play inspection report",
            ["Clerk"], "2025-12", rag["A"]),
        act("RA 25/027", [s2], "Agree a tree survey contract for the parish-owned trees on the Recreation "
            "Ground and churchyard extension\nand instruct works to any trees rated high risk",
            ["Clerk", "Cllr Dunne"], "2026-03", rag["G"]),
        act("RA 25/030", [s2], "Install a replacement dog waste bin at the Granhams Road entrance", ["Clerk"],
            None, rag["A"], end_text="TBC"),
        act("PH 25/012", [s3], "Ask Cambridgeshire County Council to review the 20mph signage on Woollards "
            "Lane", ["Cllr Nightingale"], "2025-11", rag["G"]),
        act("PH 25/015", [s3], "Respond to the Greater Cambridge Local Plan consultation on behalf of the "
            "Parish Council", ["Planning Working Group"], None, rag[""]),
    ]
    write_expected(
        name,
        source=("Imitates a parish council clerk's action list saved from Excel as tab-delimited text "
                "(Great Shelford Parish Council, 2025-26), in the style of published parish action logs such as "
                "Aldworth PC's 'Action Log' (aldworth-pc.gov.uk/action-log) and Fittleworth PC's outstanding "
                "action points (minute reference, action, councillor, due date, progress). No Great Shelford "
                "list was found; copied features: council name and title lines, a header row, committee "
                "names as section lines, minute numbers as refs, Clerk/RFO/councillors as leads (split by "
                "'/' and '&'), due dates written several ways (Jun-25, Sept 2025, 31/12/2025, Jan 26, TBC, "
                "blank), one action whose text runs onto a continuation line with only the Action column "
                "filled, RAG letters, and a notes line with the key."),
        reads=("A person reads ten actions under three headings (Full Council, the Recreation Ground and "
               "Amenities Committee, the Planning and Highways Committee), each with a minute number, who, "
               "by when, progress and a RAG letter; the line after RA 25/027 continues its action text. "
               "PH 25/015 has no date and no rating."),
        title=title, actions=expected)


if __name__ == "__main__":
    make_citb()
    make_ads()
    make_tnlcf()
    make_ri()
    make_ngt()
    line = make_cairn()
    make_shelford()
    print("built; cairn refuse line", line)
