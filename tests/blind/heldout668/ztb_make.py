"""Build the seven ztb- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python ztb_make.py from any directory; files are
written next to this script. Only files whose names start with ztb- are written.
"""
import csv
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "92D050", "5B9BD5"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DEEAF6"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("ztb-") or name.startswith("ztb_"), name
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, doc):
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000)
    text = re.sub(r"^(\s*end: )(\d{4}-\d{2})$", r'\1"\2"', text, flags=re.M)
    assert yaml.safe_load(text) == doc
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, labels, colour=NAVY):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. National Museums Liverpool - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def nml():
    name = "ztb-national-museums-liverpool-audit-committee-internal-audit-recommendations-tracker.xlsx"
    title = "National Museums Liverpool – Internal Audit Recommendations Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of implementation status at 28 February 2025"
    s["A3"] = "Audit Committee, 18 March 2025 – Agenda item 7, Appendix 1"
    s["A3"].font = Font(italic=True)
    header_row(s, 5, ["Priority", "B – Implemented", "G – On track", "A – Some slippage",
                      "R – Overdue", "Total"])
    for r, rowv in enumerate([["High", 1, 1, 1, 1, 4], ["Medium", 1, 1, 1, 0, 3],
                              ["Low", 0, 1, 0, 0, 1], ["Total", 2, 3, 2, 1, 8]], start=6):
        for c, v in enumerate(rowv, start=1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if rowv[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    keys = [("B", "Implemented – evidence verified by Internal Audit"),
            ("G", "Not yet due / on track for the agreed date"),
            ("A", "Revised date agreed by the Audit Committee; progress being made"),
            ("R", "Overdue – revised date passed or no progress reported")]
    for i, (k, txt) in enumerate(keys, start=12):
        s.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        s.cell(row=i, column=2, value=txt)
    s.column_dimensions["A"].width = 14
    for col in "BCDEF":
        s.column_dimensions[col].width = 18

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position at 28 February 2025 – prepared by the Director of Finance and Resources for the Audit Committee"
    t["A2"].font = Font(italic=True)
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Progress update (February 2025)"]
    header_row(t, 4, heads)
    widths = [8, 10, 42, 48, 30, 14, 14, 6, 50]
    for i, w in enumerate(widths):
        t.column_dimensions[chr(65 + i)].width = w

    A1 = "NML 2023/24-03 Cyber Security and IT Resilience (Limited assurance)"
    A2 = "NML 2024/25-01 Procurement and Contract Management (Moderate assurance)"
    A3 = "NML 2024/25-04 Income Generation – Retail and Venue Hire (Limited assurance)"
    R31 = "Multi-factor authentication should be enforced for all remote access and for privileged administrator accounts."
    R32 = "The IT disaster recovery plan should be updated to reflect current systems and tested at least annually."
    R11 = "A contracts register should be maintained and published in line with the Procurement Act 2023."
    R12 = "Single tender actions should be approved in line with the Scheme of Delegation and reported to the Audit Committee."
    R13 = "Contract managers should receive training on their contract management responsibilities."
    R41 = "Till reconciliations at all venues should be completed daily and independently reviewed."
    R42 = "Venue hire bookings should use the approved standard terms and a deposit should be taken before a booking is confirmed."
    rows = [
        ("banner", A1),
        ("03.1", "High", R31, "Enable multi-factor authentication on all remote access routes (VPN and Microsoft 365) and on all privileged accounts.",
         "Head of Digital & IT", d(2024, 6, 30), d(2024, 9, 30), "B",
         "MFA enforced for all users from 2 September 2024. Evidence reviewed by Internal Audit in January 2025."),
        ("03.2", "High", R32, "Update the IT disaster recovery plan to reflect the move of core systems to Microsoft Azure.",
         "Head of Digital & IT", d(2025, 3, 31), None, "G",
         "Draft plan with the Executive Director of Operations for review."),
        ("03.3", "High", None, "Carry out a full disaster recovery test, including restoration of the collections management system, and report the results to the Audit Committee.",
         "Head of Digital & IT / Collections Information Manager", d(2024, 12, 31), d(2025, 6, 30), "A",
         "Test postponed because of the collections management system upgrade; revised date agreed by the Committee in December 2024."),
        ("banner", A2),
        ("01.1", "Medium", R11, "Establish a single contracts register covering all contracts over £25,000 and publish it on the NML website.",
         "Head of Procurement", d(2025, 2, 28), d(2025, 5, 31), "A",
         "Register compiled for 85% of contracts; publication format to follow the new Procurement Act notices."),
        ("01.2", "Medium", R12, "Report all single tender actions above £10,000 to each meeting of the Audit Committee.",
         "Director of Finance and Resources", d(2024, 9, 30), None, "B",
         "Standing item on the Committee agenda from November 2024."),
        ("01.3", "Low", R13, "Deliver contract management training to all named contract managers.",
         "Head of Procurement; HR Business Partner", d(2025, 6, 30), None, "G",
         "Training provider appointed; sessions booked for May 2025."),
        ("banner", A3),
        ("04.1", "High", R41, "Introduce daily till reconciliation, with an independent weekly review, at every venue with a shop or café.",
         "Head of Commercial Operations", d(2024, 10, 31), d(2024, 12, 31), "R",
         "Daily reconciliations in place at five venues; Sudley House and the Lady Lever Art Gallery still reconcile weekly."),
        ("04.2", "Medium", R42, "Issue revised standard venue hire terms and configure the booking system so that a booking cannot be confirmed until the deposit is received.",
         "Head of Commercial Operations", d(2025, 3, 31), None, "G",
         "Revised terms approved by the Executive Team; system change scheduled for March 2025."),
    ]
    r = 5
    merge_start = None
    for row in rows:
        if row[0] == "banner":
            t.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 10):
                t.cell(row=r, column=c).fill = fill(PALE)
                t.cell(row=r, column=c).border = BOX
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, pri, rec, action, lead, orig, rev, rag, upd = row
        vals = [ref, pri, rec, action, lead, orig, rev, rag, upd]
        for c, v in enumerate(vals, start=1):
            cell = t.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (6, 7) and v is not None:
                cell.number_format = "dd/mm/yyyy"
        t.cell(row=r, column=8).fill = fill(FILL[rag])
        t.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        if ref == "03.2":
            merge_start = r
        if ref == "03.3":
            t.merge_cells(start_row=merge_start, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: recommendations rated B are removed from the tracker once the Committee has noted them as implemented. Dates are shown as agreed in the final audit report; revised dates require Audit Committee approval.")
    t.cell(row=r, column=1).font = Font(italic=True)
    wb.save(path(name))

    exp = {
        "source": (
            "Imitates the internal audit recommendations tracker that a national museums group (National Museums "
            "Liverpool, a DCMS-sponsored body) reports to its Audit Committee, in the style of public-sector audit "
            "committee trackers (e.g. Bromsgrove's 'Target Completion and Revised Target Completion Dates' guidance, "
            "North Devon's Audit Recommendation Tracker). Copied features: a Summary sheet with a priority x RAG totals "
            "block and a B/G/A/R key; a Tracker sheet with a title block, one merged banner row per audit (audit "
            "reference, title and assurance opinion), recommendation text beside its agreed management action "
            "(one recommendation merged over two actions), job titles as responsible officers, original and revised "
            "target dates as real dates, RAG letters with fill colour, progress updates and a note line. 2025, "
            "hypothetical content."
        ),
        "reads": (
            "Eight agreed management actions from three internal audits, each under its audit banner and its "
            "recommendation; the 2023/24 cyber security recommendation on disaster recovery has two actions. "
            "The revised target date, where given, is the end, and the RAG letter (B = implemented) is the status; "
            "the Summary sheet is only totals and a key."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("03.1", [A1, R31], rows[1][3], ["Head of Digital & IT"], "2024-09", "blue"),
            act("03.2", [A1, R32], rows[2][3], ["Head of Digital & IT"], "2025-03", "green"),
            act("03.3", [A1, R32], rows[3][3], ["Head of Digital & IT", "Collections Information Manager"], "2025-06", "amber"),
            act("01.1", [A2, R11], rows[5][3], ["Head of Procurement"], "2025-05", "amber"),
            act("01.2", [A2, R12], rows[6][3], ["Director of Finance and Resources"], "2024-09", "blue"),
            act("01.3", [A2, R13], rows[7][3], ["Head of Procurement", "HR Business Partner"], "2025-06", "green"),
            act("04.1", [A3, R41], rows[9][3], ["Head of Commercial Operations"], "2024-12", "red"),
            act("04.2", [A3, R42], rows[10][3], ["Head of Commercial Operations"], "2025-03", "green"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. NatureScot - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def naturescot():
    name = "ztb-naturescot-corporate-risk-register-2025-26.xlsx"
    title = "NatureScot – Corporate Risk Register 2025/26"
    wb = Workbook()
    c = wb.active
    c.title = "Document control"
    c["A1"] = title
    c["A1"].font = Font(bold=True, size=14)
    info = [("Version", "3.2"), ("Register owner", "Director of Business Services and Transformation"),
            ("Reviewed by", "Leadership Team, 2 September 2025"),
            ("Presented to", "Audit and Risk Committee, 23 September 2025"),
            ("Next review", "December 2025"), ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(info, start=3):
        c.cell(row=i, column=1, value=k).font = Font(bold=True)
        c.cell(row=i, column=2, value=v)
    c["A10"] = "Version history"
    c["A10"].font = Font(bold=True)
    header_row(c, 11, ["Version", "Date", "Change"])
    for i, v in enumerate([("3.0", "April 2025", "Register refreshed for 2025/26 and aligned to the Corporate Plan"),
                           ("3.1", "June 2025", "Q1 update; CR2 likelihood increased"),
                           ("3.2", "September 2025", "Q2 update; action 2.1 complete")], start=12):
        for j, x in enumerate(v, start=1):
            c.cell(row=i, column=j, value=x).border = BOX
    c.column_dimensions["A"].width = 16
    c.column_dimensions["B"].width = 48
    c.column_dimensions["C"].width = 60

    k = wb.create_sheet("Scoring key")
    k["A1"] = "Risk scoring (Likelihood x Impact, each 1–5)"
    k["A1"].font = Font(bold=True)
    for i, (band, col, txt) in enumerate([("15–25", RED, "High – Leadership Team and ARC oversight"),
                                          ("8–12", AMBER, "Medium – Director oversight"),
                                          ("1–6", GREEN, "Low – managed within business area")], start=2):
        k.cell(row=i, column=1, value=band).fill = fill(col)
        k.cell(row=i, column=2, value=txt)
    k["A7"] = "Action RAG"
    k["A7"].font = Font(bold=True)
    for i, (lt, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"),
                                   ("R", "Delayed / off track")], start=8):
        k.cell(row=i, column=1, value=lt).fill = fill(FILL[lt])
        k.cell(row=i, column=2, value=txt)
    k.column_dimensions["B"].width = 45

    g = wb.create_sheet("Register")
    g["A1"] = "Corporate Risk Register – Q2 2025/26 (position at 31 August 2025)"
    g["A1"].font = Font(bold=True, size=13)
    g["A2"] = "Trend: ↑ increasing  ↔ stable  ↓ decreasing"
    g["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk description (cause – event – consequence)", "Risk owner",
             "Current score (L x I)", "Target score", "Trend", "Action ref",
             "Further mitigating action", "Action owner", "Target date",
             "Previous RAG", "Current RAG", "Commentary"]
    header_row(g, 4, heads, colour="2E5E3E")
    for i, w in enumerate([26, 46, 24, 12, 9, 7, 8, 50, 30, 13, 9, 9, 44]):
        g.column_dimensions[chr(65 + i)].width = w

    risks = [
        ("CR1: Funding and financial sustainability",
         "If grant-in-aid for 2026/27 falls in real terms while pay and estate costs rise, NatureScot may be unable to deliver its Corporate Plan commitments, leading to reprioritised programmes and reputational damage.",
         "Chief Executive", "4 x 4 = 16", RED, 9, "↔",
         [("1.1", "Develop a three-year medium-term financial plan with scenarios for flat cash and a 5% reduction in grant-in-aid.",
           "Head of Finance, Planning and Performance", d(2025, 10, 31), "G", "G",
           "First draft considered by Leadership Team on 2 September 2025."),
          ("1.2", "Complete the workforce planning review and agree a vacancy management protocol for 2026/27.",
           "Head of People", "Q3 2025/26", "A", "A",
           "Delayed pending the outcome of public sector pay policy."),
          ("1.3", "Report to the Board on options to increase external and private investment in nature restoration.",
           "Director of Green Economy", "March 2026", "G", "G", "")]),
        ("CR2: Cyber security",
         "A successful cyber attack (for example ransomware) could cause loss of systems and data, disrupting licensing, grants and casework services.",
         "Director of Business Services and Transformation", "3 x 5 = 15", RED, 10, "↑",
         [("2.1", "Achieve Cyber Essentials Plus recertification.",
           "Head of Digital", d(2025, 11, 30), "G", "B", "Certificate issued 14 August 2025."),
          ("2.2", "Run a cyber incident exercise with the Leadership Team using the Scottish Government incident response playbook.",
           "Head of Digital; Business Continuity Lead", "December 2025", "A", "G",
           "Exercise date agreed for 9 December 2025.")]),
        ("CR3: Nature Restoration Fund delivery",
         "If grant awards are not committed and spent within the financial year, funding may be lost and the expected outcomes for biodiversity will not be achieved.",
         "Director of Nature and Climate Action", "3 x 4 = 12", AMBER, 8, "↓",
         [("3.1", "Introduce quarterly spend profiling returns from all multi-year grant recipients.",
           "NRF Programme Manager", d(2025, 9, 30), "R", "A",
           "Returns received from 70% of recipients; follow-up with the remainder under way."),
          ("3.2", "Maintain a reserve list of ready-to-start projects to absorb any in-year underspend.",
           "NRF Programme Manager", "Ongoing", "G", "G", "Reserve list of 14 projects approved.")]),
        ("CR4: Statutory casework and advice",
         "A rising volume of development and renewables casework could lead to missed statutory consultation deadlines, weaker advice and legal challenge.",
         "Director of Green Economy", "4 x 3 = 12", AMBER, 9, "↔",
         [("4.1", "Implement the new casework triage and prioritisation guidance across all area teams.",
           "Head of Planning and Renewables", d(2026, 1, 31), "G", "G",
           "Guidance issued; training for area teams in October.")]),
    ]
    r = 5
    for (risk, desc, owner, score, scol, target, trend, actions) in risks:
        first = r
        for (aref, atext, aowner, due, prev, cur, comm) in actions:
            vals = [aref, atext, aowner, due, prev, cur, comm]
            for j, v in enumerate(vals, start=7):
                cell = g.cell(row=r, column=j, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if j == 10 and isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            g.cell(row=r, column=11).fill = fill(FILL[prev])
            g.cell(row=r, column=12).fill = fill(FILL[cur])
            r += 1
        last = r - 1
        for j, v in enumerate([risk, desc, owner, score, target, trend], start=1):
            cell = g.cell(row=first, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if j == 1:
                cell.font = Font(bold=True)
            if last > first:
                g.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        g.cell(row=first, column=4).fill = fill(scol)
    wb.save(path(name))

    def a(i, j):
        return risks[i][7][j]

    exp = {
        "source": (
            "Imitates a Scottish non-departmental public body's corporate risk register as presented to its Audit "
            "and Risk Committee (NatureScot ARC papers; layout after the Cairngorms National Park Authority risk "
            "register annexes: risk reference, cause/event/consequence description, L x I scores, trend, further "
            "mitigating actions with owner and due date). Copied features: a Document control sheet with version "
            "history, a Scoring key sheet (score bands and action RAG key), and a Register sheet where each risk's "
            "cells are merged down over its two or three numbered mitigating actions, coloured score cells, trend "
            "arrows, previous and current action RAG as letters with fill colour, job titles as owners, date cells "
            "mixed with 'Q3 2025/26', 'December 2025' and 'Ongoing'. 2025/26, hypothetical content."
        ),
        "reads": (
            "Four corporate risks, each with its numbered further mitigating actions (eight in all), read under the "
            "risk they mitigate. Each action has an owner, a target date and previous and current RAG; the current "
            "RAG is the status (B = complete per the key). The document control and scoring key sheets hold no actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [risks[0][0]], a(0, 0)[1], ["Head of Finance, Planning and Performance"], "2025-10", "green"),
            act("1.2", [risks[0][0]], a(0, 1)[1], ["Head of People"], "2025-12", "amber"),
            act("1.3", [risks[0][0]], a(0, 2)[1], ["Director of Green Economy"], "2026-03", "green"),
            act("2.1", [risks[1][0]], a(1, 0)[1], ["Head of Digital"], "2025-11", "blue"),
            act("2.2", [risks[1][0]], a(1, 1)[1], ["Head of Digital", "Business Continuity Lead"], "2025-12", "green"),
            act("3.1", [risks[2][0]], a(2, 0)[1], ["NRF Programme Manager"], "2025-09", "amber"),
            act("3.2", [risks[2][0]], a(2, 1)[1], ["NRF Programme Manager"], None, "green", end_text="Ongoing"),
            act("4.1", [risks[3][0]], a(3, 0)[1], ["Head of Planning and Renewables"], "2026-01", "green"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. Registers of Scotland - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def ros():
    name = "ztb-registers-of-scotland-open-casework-reduction-programme-highlight-report.xlsx"
    title = "Open Casework Reduction Programme – Highlight Report"
    wb = Workbook()
    h = wb.active
    h.title = "Highlight report"
    h["A1"] = title
    h["A1"].font = Font(bold=True, size=14)
    h["A2"] = "Registers of Scotland | Reporting period: 1–31 October 2025"
    info = [("Senior Responsible Owner", "Accountable Officer"),
            ("Programme Manager", "Fiona Baird"),
            ("Reported to", "Programme Board, 12 November 2025")]
    for i, (kk, v) in enumerate(info, start=4):
        h.cell(row=i, column=1, value=kk).font = Font(bold=True)
        h.cell(row=i, column=2, value=v)
    header_row(h, 8, ["Dimension", "Previous", "Current"], colour="5B2C6F")
    dims = [("Overall", "A", "A"), ("Schedule", "A", "A"), ("Budget", "G", "G"),
            ("Resources", "A", "R"), ("Benefits", "G", "G")]
    for i, (dim, p, cu) in enumerate(dims, start=9):
        h.cell(row=i, column=1, value=dim).border = BOX
        for j, v in ((2, p), (3, cu)):
            cell = h.cell(row=i, column=j, value={"R": "Red", "A": "Amber", "G": "Green"}[v])
            cell.fill = fill(FILL[v])
            cell.border = BOX
    h["A15"] = "Key messages"
    h["A15"].font = Font(bold=True)
    msgs = ["Open cases at 31 October 2025: 46,210 (30 September: 48,905).",
            "Automated processing of transfers of whole went live on 22 September 2025.",
            "Caseworker recruitment (Cohort 7) below target; resources dimension moved to Red.",
            "Decisions required from Programme Board: none this period."]
    for i, m in enumerate(msgs, start=16):
        h.cell(row=i, column=1, value="• " + m)
    h.column_dimensions["A"].width = 28
    h.column_dimensions["B"].width = 40
    h.column_dimensions["C"].width = 12

    m = wb.create_sheet("Milestones")
    m["A1"] = "Milestones and actions – October 2025"
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = "RAG is shown by cell colour – see key at the foot of the sheet."
    m["A2"].font = Font(italic=True)
    header_row(m, 3, ["ID", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG",
                      "Commentary"], colour="5B2C6F")
    for i, w in enumerate([6, 56, 30, 12, 12, 7, 52]):
        m.column_dimensions[chr(65 + i)].width = w
    W1 = "Workstream 1 – Digital and automation"
    W2 = "Workstream 2 – Resourcing and productivity"
    W3 = "Workstream 3 – Customer and stakeholder engagement"
    rows = [
        ("ws", W1),
        ("1.1", "Go live with automated processing of transfers of whole (TOW) applications with no plan changes.",
         "Head of Digital Registration", d(2025, 6, 1), d(2025, 9, 1), "B",
         "Live from 22 September 2025; 18% of eligible TOW applications now processed automatically."),
        ("1.2", "Roll out the digital discharge service to all lenders using the digital submissions portal.",
         "Lender Engagement Manager", d(2025, 12, 1), d(2025, 12, 1), "G",
         "Nine of twelve major lenders onboarded."),
        ("1.3", "Deliver robotic process automation for standard security applications.",
         "Automation Lead / Head of Digital Registration", d(2025, 9, 1), d(2026, 2, 1), "A",
         "Supplier testing found data-matching errors; forecast moved to February."),
        ("ws", W2),
        ("2.1", "Recruit and train 40 additional registration caseworkers (Cohort 7).",
         "Head of Registration Operations", d(2025, 10, 1), d(2026, 1, 1), "R",
         "Campaign closed with 26 appointments; second campaign required."),
        ("2.2", "Introduce a targeted overtime scheme for applications more than five years old.",
         "Head of Registration Operations", d(2025, 4, 1), None, "B",
         "Scheme running since April; 3,100 older cases completed."),
        ("ws", W3),
        ("3.1", "Publish monthly open casework statistics on the RoS website.",
         "Head of Communications", "Monthly", "Monthly", "G",
         "October figures published 7 November."),
        ("3.2", "Agree a joint action plan with the Law Society of Scotland to reduce requisitions and rejections.",
         "Aileen Grant, Ross McKay", d(2025, 11, 1), d(2026, 3, 1), "A",
         "First workshop held; Law Society committee meets in January."),
    ]
    r = 4
    for row in rows:
        if row[0] == "ws":
            cell = m.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, color="FFFFFF")
            for j in range(1, 8):
                m.cell(row=r, column=j).fill = fill("8E7CC3")
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, text, owner, base, fc, rag, comm = row
        for j, v in enumerate([ref, text, owner, base, fc, None, comm], start=1):
            cell = m.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if j in (4, 5) and isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        m.cell(row=r, column=6).fill = fill(FILL[rag])
        r += 1
    r += 1
    m.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (lt, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk – forecast later than baseline"),
                                   ("R", "Off track – SRO intervention needed")], start=r + 1):
        m.cell(row=i, column=1).fill = fill(FILL[lt])
        m.cell(row=i, column=2, value=txt)
    wb.save(path(name))

    acts = [x for x in rows if x[0] != "ws"]
    exp = {
        "source": (
            "Imitates a programme highlight report for a Scottish non-ministerial office (Registers of Scotland, whose "
            "stated first priority is reducing the volume and age of open casework, per its evidence to the Economy "
            "and Fair Work Committee 2024). Copied features of programme-board highlight reports: a Highlight report "
            "sheet with reporting period, SRO and programme manager, previous/current RAG by dimension and key-message "
            "bullets (no actions), and a Milestones sheet with merged workstream banner rows, baseline and forecast "
            "dates formatted mmm-yy, RAG shown only by cell fill colour with a colour key at the foot, a job-title "
            "pair joined by '/' and two named people separated by a comma. October 2025, hypothetical content."
        ),
        "reads": (
            "Seven milestones/actions in three workstreams on the Milestones sheet, each under its workstream banner. "
            "The forecast date is the revised end (baseline only where no forecast); the RAG is the fill colour of "
            "the empty RAG cell, blue meaning complete per the key. The dimension RAGs on the first sheet are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [W1], acts[0][1], ["Head of Digital Registration"], "2025-09", "blue"),
            act("1.2", [W1], acts[1][1], ["Lender Engagement Manager"], "2025-12", "green"),
            act("1.3", [W1], acts[2][1], ["Automation Lead", "Head of Digital Registration"], "2026-02", "amber"),
            act("2.1", [W2], acts[3][1], ["Head of Registration Operations"], "2026-01", "red"),
            act("2.2", [W2], acts[4][1], ["Head of Registration Operations"], "2025-04", "blue"),
            act("3.1", [W3], acts[5][1], ["Head of Communications"], None, "green", end_text="Monthly"),
            act("3.2", [W3], acts[6][1], ["Aileen Grant", "Ross McKay"], "2026-03", "amber"),
        ],
    }
    write_expected(name, exp)


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


def bold_row(row, hex_=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if hex_:
            shade(cell, hex_)


def add_table(doc, headers, rows, style="Table Grid", head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


# ---------------------------------------------------------------------------
# 4. Care4Calais - Charity Commission inquiry governance action plan (docx)
# ---------------------------------------------------------------------------
def care4calais():
    name = "ztb-care4calais-charity-commission-inquiry-governance-action-plan.docx"
    title = "Care4Calais – Governance Improvement Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the Charity Commission’s Inquiry Report (published 24 August 2023)",
                      style="Subtitle")
    dc = add_table(doc, ["Document control", ""], [
        ["Version", "1.3"], ["Date", "18 March 2024"], ["Owner", "Chair of Trustees"],
        ["Approved by", "Board of Trustees, 12 October 2023"],
        ["Next review", "Board meeting, June 2024"], ["Charity number", "1169048"]])
    dc.rows[0].cells[0].merge(dc.rows[0].cells[1])
    doc.add_paragraph()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Charity Commission’s inquiry concluded that the charity had historically lacked appropriate "
        "governance structures, internal financial controls and complaints handling. This plan sets out the "
        "actions the trustees have agreed in response, building on the recommendations of the interim managers. "
        "Progress is reported to every Board meeting and shared with the Commission.")
    doc.add_heading("Progress key", level=2)
    key = add_table(doc, ["Status", "Meaning"], [
        ["Complete", "Action completed and evidence held"],
        ["On track", "Action progressing and expected by the target date"],
        ["At risk", "Some slippage; target date may be missed"],
        ["Off track", "Target date will be missed; Board attention required"]])
    for i, col in enumerate([BLUE, GREEN, AMBER, RED], start=1):
        shade(key.rows[i].cells[0], col)
    doc.add_paragraph()

    heads = ["Ref", "Action", "Lead", "Target date", "Progress (March 2024)", "Status"]
    sections = [
        ("1. Governance structures and trustee appointments", [
            ["1.1", "Adopt a revised CIO constitution setting out trustee appointment, retirement and rotation procedures, and notify the Commission.",
             "Chair of Trustees", "31/12/2023", "New constitution adopted at the general meeting on 14 December 2023; Commission notified.", "Complete"],
            ["1.2", "Recruit at least three additional independent trustees with finance, legal and safeguarding experience through open advertisement.",
             "Nominations Committee", "March 2024", "Two trustees appointed in January 2024; third vacancy re-advertised.", "At risk"],
            ["1.3", "Separate the roles of founder, trustee and Chief Executive and appoint an independent, paid Chief Executive.",
             "Chair of Trustees", "30/09/2023", "Chief Executive in post from September 2023.", "Complete"],
            ["1.4", "Carry out a board skills audit and an annual trustee effectiveness review.",
             "Chair / Vice Chair", "Annually (October)", "First review completed October 2023.", "On track"],
        ]),
        ("2. Internal financial controls", [
            ["2.1", "Stop all reimbursement of charitable expenditure through personal bank accounts; all spending to be made from charity accounts or charity payment cards.",
             "Treasurer", "September 2023", "In place; confirmed by the independent examiner.", "Complete"],
            ["2.2", "Adopt a financial controls policy based on CC8, including dual authorisation of all payments over £1,000.",
             "Treasurer / Head of Finance", "30/11/2023", "Policy adopted November 2023; dual authorisation live on the banking platform.", "Complete"],
            ["2.3", "Commission an independent review of financial controls over operations in France and Belgium.",
             "Finance and Audit Committee", "June 2024", "Scope agreed; reviewer to be appointed in April 2024.", "On track"],
        ]),
        ("3. Complaints handling", [
            ["3.1", "Publish a complaints policy and procedure on the website, with a clear route to escalate a complaint to the trustees.",
             "Chief Executive", "31/01/2024", "Published 29 January 2024.", "Complete"],
            ["3.2", "Report a summary of complaints received, themes and outcomes to each Board meeting.",
             "Chief Executive", "Quarterly", "First report to the Board in February 2024.", "On track"],
        ]),
        ("4. Safeguarding", [
            ["4.1", "Complete safer recruitment checks, including DBS checks where eligible, for all regular volunteers working directly with beneficiaries.",
             "Designated Safeguarding Lead", "April 2024", "Checks outstanding for around 30% of regular volunteers; additional administrator being recruited.", "Off track"],
        ]),
    ]
    for head, rows in sections:
        doc.add_heading(head, level=2)
        t = add_table(doc, heads, rows)
        fills = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
        for i, r in enumerate(rows, start=1):
            shade(t.rows[i].cells[5], fills[r[5]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    add_table(doc, ["Role", "Name", "Date"], [["Chair of Trustees", "", "18 March 2024"],
                                              ["Chief Executive", "", "18 March 2024"]])
    doc.save(path(name))

    S = [s[0] for s in sections]
    R = [s[1] for s in sections]
    st = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    exp = {
        "source": (
            "Imitates the governance action plan a charity publishes after a Charity Commission statutory inquiry "
            "(Care4Calais, inquiry report published 24 August 2023: governance structures, internal financial "
            "controls, complaints handling, interim managers' review). Copied Word layout of charity board action "
            "plans: Title and Subtitle, a merged-header document control table, an introduction, a progress key "
            "table that defines the status words by shaded cells, one Heading 2 and one table per area (Ref, Action, "
            "Lead, Target date, Progress, Status) and a sign-off table. Dates 2023–24, hypothetical content."
        ),
        "reads": (
            "Ten numbered actions in four areas (governance, financial controls, complaints, safeguarding), each "
            "area a heading above its own table. Leads are posts or committees; status words map through the key "
            "(Complete = blue, At risk = amber, Off track = red). The document control, key and sign-off tables hold "
            "no actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [S[0]], R[0][0][1], ["Chair of Trustees"], "2023-12", st[R[0][0][5]]),
            act("1.2", [S[0]], R[0][1][1], ["Nominations Committee"], "2024-03", st[R[0][1][5]]),
            act("1.3", [S[0]], R[0][2][1], ["Chair of Trustees"], "2023-09", st[R[0][2][5]]),
            act("1.4", [S[0]], R[0][3][1], ["Chair", "Vice Chair"], None, st[R[0][3][5]], end_text="Annually (October)"),
            act("2.1", [S[1]], R[1][0][1], ["Treasurer"], "2023-09", st[R[1][0][5]]),
            act("2.2", [S[1]], R[1][1][1], ["Treasurer", "Head of Finance"], "2023-11", st[R[1][1][5]]),
            act("2.3", [S[1]], R[1][2][1], ["Finance and Audit Committee"], "2024-06", st[R[1][2][5]]),
            act("3.1", [S[2]], R[2][0][1], ["Chief Executive"], "2024-01", st[R[2][0][5]]),
            act("3.2", [S[2]], R[2][1][1], ["Chief Executive"], None, st[R[2][1][5]], end_text="Quarterly"),
            act("4.1", [S[3]], R[3][0][1], ["Designated Safeguarding Lead"], "2024-04", st[R[3][0][5]]),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. OSCR - Board rolling action log (docx)
# ---------------------------------------------------------------------------
def oscr():
    name = "ztb-oscr-board-rolling-action-log-2025.docx"
    title = "OSCR Board – Rolling Action Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph("Scottish Charity Regulator")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Paper 2025/B/09 – Board meeting, 17 June 2025 – OPEN SESSION")
    doc.add_paragraph("Status key: Green – on track; Amber – at risk or revised date agreed; "
                      "Red – overdue; Blue – complete (to be removed from the log after this meeting).")
    heads = ["Action no.", "Agenda item", "Action", "Owner", "Due", "Status", "Update"]
    meetings = [
        ("Actions from Board meeting 25 March 2025", [
            ["B25/14", "5. Chief Executive’s report", "Circulate the engagement timetable for the draft Corporate Plan 2026–29 to Board members.",
             "MM", "April 2025", "Blue", "Circulated 9 April 2025."],
            ["B25/15", "7. Finance report (Q4)", "Provide a breakdown of 2025/26 budget pressures, separating the pay award from IT contract costs.",
             "JH", "17/06/2025", "Green", "Included in paper 2025/B/11 on today’s agenda."],
            ["B25/16", "9. Regulatory casework update", "Bring a paper on the effect of the Charities (Regulation and Administration) (Scotland) Act 2023 on inquiry volumes.",
             "MT/LA", "September 2025", "Green", "Data collection under way."],
            ["B25/17", "11. Corporate risk register", "Review the cyber security risk score once the penetration test report has been received.",
             "JH", "Next meeting", "Amber", "Penetration test report delayed to July 2025."],
        ]),
        ("Actions from Board meeting 21 January 2025", [
            ["B25/03", "6. Scottish Charity Register changes", "Arrange a Board development session on the new trustee information and public register changes.",
             "MT", "May 2025", "Red", "Session not yet scheduled; proposed for the August away day."],
            ["B25/05", "8. Audit and Risk Committee report", "Update the Board scheme of delegation to reflect the new powers under the 2023 Act.",
             "Board Secretary", "March 2025 (revised to June 2025)", "Amber", "Draft with the Chair for comment."],
        ]),
        ("Actions from Board meeting 26 November 2024", [
            ["B24/41", "10. Stakeholder engagement", "Publish the findings of the 2024 charity sector survey and provide a summary for the Board.",
             "LA", "January 2025", "Blue", "Published 28 January 2025."],
        ]),
    ]
    fills = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for head, rows in meetings:
        doc.add_heading(head, level=2)
        t = add_table(doc, heads, rows, head_fill="DDD9C4")
        for i, r in enumerate(rows, start=1):
            shade(t.rows[i].cells[5], fills[r[5]])
    doc.add_paragraph()
    doc.add_paragraph("Owners: MM – Chief Executive; JH – Head of Corporate Services; MT – Head of Regulation "
                      "and Improvement; LA – Head of Engagement.")
    doc.save(path(name))

    H = [m[0] for m in meetings]
    R = [m[1] for m in meetings]
    exp = {
        "source": (
            "Imitates the rolling action log a Scottish public body's board keeps (the Office of the Scottish Charity "
            "Regulator holds about five board meetings a year with numbered papers such as 2018/BOARD/500 and minutes "
            "listing actions by owner initials). Copied features of board action logs: landscape Word document, a "
            "paper-number line, a status key paragraph, one heading and one table per board meeting (newest first), "
            "action numbers, agenda item column, owners as initials (one cell with two, 'MT/LA', and one post), due "
            "dates as months, a date, 'Next meeting' and 'March 2025 (revised to June 2025)', and a closing owners "
            "legend. 2024–25, hypothetical content."
        ),
        "reads": (
            "Seven board actions grouped by the meeting that raised them, each under its meeting heading. The status "
            "column gives the colour word (Blue = complete); a revised due date replaces the original, and 'Next "
            "meeting' is no month."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("B25/14", [H[0]], R[0][0][2], ["MM"], "2025-04", "blue"),
            act("B25/15", [H[0]], R[0][1][2], ["JH"], "2025-06", "green"),
            act("B25/16", [H[0]], R[0][2][2], ["MT", "LA"], "2025-09", "green"),
            act("B25/17", [H[0]], R[0][3][2], ["JH"], None, "amber", end_text="Next meeting"),
            act("B25/03", [H[1]], R[1][0][2], ["MT"], "2025-05", "red"),
            act("B25/05", [H[1]], R[1][1][2], ["Board Secretary"], "2025-06", "amber"),
            act("B24/41", [H[2]], R[2][0][2], ["LA"], "2025-01", "blue"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. Cirencester Town Council - AGAR external auditor action plan (csv, refuse)
# ---------------------------------------------------------------------------
def cirencester():
    name = "ztb-cirencester-town-council-agar-external-auditor-action-plan-typo-month-refuse.csv"
    n = 7
    lines = [
        ["Cirencester Town Council – External Auditor Report and AGAR 2024/25 Action Plan"] + [""] * (n - 1),
        ["Approved by Policy and Resources Committee on 14 October 2025. Updated 12 January 2026."] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Issue raised", "Action", "Responsible officer", "Target date", "RAG", "Update"],
        ["A. External auditor (PKF Littlejohn LLP) – other matters"] + [""] * (n - 1),
        ["A1", "The Annual Governance Statement (Section 1) was approved after the Accounting Statements (Section 2).",
         "Take Section 1 and Section 2 of the AGAR as separate agenda items, in the correct order, at the June 2026 Full Council meeting.",
         "Town Clerk", "Jun-26", "G", "Agenda template amended."],
        ["A2", "The notice of the period for the exercise of public rights did not provide the full 30 working days.",
         "Use the current template notice and have the inspection dates checked by the RFO before publication.",
         "RFO", "Jun-26", "G", ""],
        ["A3", "The internal auditor's report was not considered by Full Council before the AGAR was approved.",
         "Add the internal audit report to the Full Council agenda ahead of AGAR approval each year.",
         "Town Clerk", "Mar-26", "A", "Timetable to be agreed with the internal auditor."],
        ["B. Internal auditor – recommendations"] + [""] * (n - 1),
        ["B1", "Bank reconciliations were not reviewed and signed by a member.",
         "Nominate a councillor to review and sign the quarterly bank reconciliations and record this in the Finance Committee minutes.",
         "RFO / Chair of Finance Committee", "31/12/2025", "B", "Reviewed by Cllr from Q2."],
        ["B2", "The fixed asset register does not reconcile to Box 9 of the accounting statements.",
         "Reconcile the asset register to Box 9 and remove assets disposed of in earlier years.",
         "RFO", "31/03/2026", "A", ""],
        ["B3", "Financial Regulations have not been updated to the 2024 NALC model.",
         "Adopt updated Financial Regulations based on the NALC 2024 model.",
         "Town Clerk", "Febuary 2026", "G", "Draft to P&R Committee in January."],
        ["B4", "The risk register was last reviewed by Council in 2023.",
         "Review the risk register annually and report it to Full Council.",
         "Town Clerk", "May 2026", "G", ""],
        [""] * n,
        ["RAG: B = complete; G = on track; A = at risk; R = overdue"] + [""] * (n - 1),
    ]
    with open(path(name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    refuse_line = 1 + next(i for i, ln in enumerate(lines) if "Febuary 2026" in ln)
    exp = {
        "source": (
            "Imitates a town council's action plan responding to the external auditor's (PKF Littlejohn, SBA) report "
            "on its Annual Governance and Accountability Return and to the internal auditor's recommendations, kept "
            "in Excel and saved as CSV (Cirencester Town Council, AGAR 2024/25). Copied features: title and approval "
            "lines padded with empty cells, section rows 'A. External auditor …' and 'B. Internal auditor …', issue "
            "text beside the agreed action, Town Clerk/RFO as officers, dates mixing 'Jun-26', '31/12/2025' and "
            "'May 2026', RAG letters and a key line at the foot. Hypothetical content."
        ),
        "reads": (
            "Seven actions in two sections (external auditor matters, internal auditor recommendations). Action B3's "
            "target date reads 'Febuary 2026', a mistyped month, so a careful reader stops at that line and asks "
            "before reading the plan."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Cirencester Town Council – External Auditor Report and AGAR 2024/25 Action Plan",
    }
    write_expected(name, exp)
    return refuse_line


# ---------------------------------------------------------------------------
# 7. NHS Fife - ICO reprimand improvement action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def nhs_fife():
    name = "ztb-nhs-fife-ico-reprimand-improvement-action-plan.txt"
    title = "NHS Fife – ICO Reprimand Improvement Action Plan"
    REC = [
        "Recommendation 1: Introduce and monitor identity checks for all staff, including bank and agency staff, before they are given access to wards or patient information.",
        "Recommendation 2: Put controls in place over the printing, handover and removal of documents containing patient information.",
        "Recommendation 3: Raise data protection training compliance to the required standard.",
        "Recommendation 4: Review CCTV arrangements and update data protection policies in line with UK GDPR.",
    ]
    A = [
        (0, "1.1", "Issue a standard operating procedure requiring ward staff to check photographic ID and the bank shift booking before a bank or agency worker starts a shift.",
         "Director of Nursing", "31/01/2024", "", "Blue", "SOP issued to all wards on 22 January 2024."),
        (0, "1.2", "Audit compliance with the ID check SOP in each community hospital and report the results to the Nursing and Midwifery Governance Group.",
         "Head of Nursing, Community Hospitals", "Monthly", "", "Green", "First audit (February) found 92% compliance."),
        (1, "2.1", "Introduce a sign-in / sign-out log for printed handover sheets on all inpatient wards.",
         "Head of Nursing, Community Hospitals", "29/02/2024", "", "Blue", "Logs in use on all wards since 19 February 2024."),
        (1, "2.2", "Change ward printing defaults so that handover sheets are printed only on request and with reduced patient detail.",
         "Head of Digital and Information / Information Governance Manager", "31/03/2024", "30/06/2024", "Amber",
         "Depends on a TrakCare configuration change; supplier date awaited."),
        (2, "3.1", "Raise mandatory information governance training compliance to 95% across all staff groups, with monthly compliance reports to directorates.",
         "Head of Information Governance & Security", "31/03/2024", "30/06/2024", "Amber",
         "Compliance 88% at the end of February (71% in November 2023)."),
        (2, "3.2", "Assign the information governance module on Turas Learn to bank staff at the point of registration.",
         "Bank Staff Office Manager", "31/03/2024", "", "Green", "Process change agreed with the Staff Bank."),
        (3, "4.1", "Fit protected power supplies to ward CCTV units at St Andrews Community Hospital and at all other community hospitals.",
         "Head of Estates", "31/05/2024", "", "Green", "St Andrews completed; other sites scheduled."),
        (3, "4.2", "Update the Data Protection Policy and the Information Security Policy and submit them to the Information Governance and Security Steering Group for approval.",
         "Data Protection Officer", "30/04/2024", "", "Green", "Drafts out for consultation."),
        (3, "4.3", "Send the ICO a progress report on the effectiveness of all actions in this plan.",
         "Director of Finance and Strategy (SIRO)", "06/06/2024", "", "Green", ""),
    ]
    out = [
        title,
        "Following the reprimand issued by the Information Commissioner’s Office on 23 November 2023 (unauthorised access to a ward, February 2023)",
        "Progress update for the Information Governance and Security Steering Group – 14 March 2024",
        "RAG key: Blue = complete; Green = on track; Amber = at risk; Red = off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"]),
    ]
    last = None
    for (ri, ref, text, lead, tgt, rev, rag, upd) in A:
        if ri != last:
            out.append(REC[ri])
            last = ri
        out.append("\t".join([ref, text, lead, tgt, rev, rag, upd]))
    out += ["", "Notes: actions rated Blue will be closed at the next Steering Group meeting. "
                "Evidence for each action is held in the IG&S evidence folder."]
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")

    leads = {
        "1.1": ["Director of Nursing"], "1.2": ["Head of Nursing, Community Hospitals"],
        "2.1": ["Head of Nursing, Community Hospitals"],
        "2.2": ["Head of Digital and Information", "Information Governance Manager"],
        "3.1": ["Head of Information Governance & Security"], "3.2": ["Bank Staff Office Manager"],
        "4.1": ["Head of Estates"], "4.2": ["Data Protection Officer"],
        "4.3": ["Director of Finance and Strategy (SIRO)"],
    }
    ends = {"1.1": "2024-01", "1.2": None, "2.1": "2024-02", "2.2": "2024-06", "3.1": "2024-06",
            "3.2": "2024-03", "4.1": "2024-05", "4.2": "2024-04", "4.3": "2024-06"}
    actions = []
    for (ri, ref, text, lead, tgt, rev, rag, upd) in A:
        actions.append(act(ref, [REC[ri]], text, leads[ref], ends[ref], rag.lower(),
                           end_text="Monthly" if ref == "1.2" else None))
    exp = {
        "source": (
            "Imitates the improvement action plan a Scottish health board keeps after an ICO reprimand (NHS Fife, "
            "reprimand of 23 November 2023 after an unauthorised person entered a ward, was handed a document with "
            "14 patients' details and CCTV was off; the ICO asked for an update on ID checks, SOPs for bank staff, "
            "training rates and policies by 6 June 2024), exported as tab-separated text. Copied features: title and "
            "context lines, a RAG key line, a tab-separated header, each ICO recommendation as its own untabbed line "
            "above its numbered actions, target and revised date columns, RAG words, progress updates and a notes line."
        ),
        "reads": (
            "Nine actions under four ICO recommendations, each recommendation line heading the actions below it. "
            "Where a revised date is given it is the end; 'Monthly' is no month. Leads are posts; "
            "'Head of Digital and Information / Information Governance Manager' is two posts."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    nml()
    naturescot()
    ros()
    care4calais()
    oscr()
    line = cirencester()
    nhs_fife()
    print("refuse line (csv):", line)
