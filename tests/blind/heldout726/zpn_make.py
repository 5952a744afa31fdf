#!/usr/bin/env python3
"""Build the seven zpn- blind test files (set heldout726).

Run with /work/main/.venv/bin/python zpn_make.py  (openpyxl, python-docx).
Writes only files whose names start with "zpn-" into this folder.
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
    assert name.startswith("zpn-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "B": PatternFill("solid", fgColor="00B0F0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def style_header(ws, row, ncols, fill="head"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.fill = FILL[fill]
        cell.font = WHITE_BOLD if fill == "head" else BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. NI Assembly Commission - ACARC internal audit recommendations tracker
# ---------------------------------------------------------------------------
def make_niac():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Northern Ireland Assembly Commission"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Assembly Commission Audit and Risk Committee (ACARC) – "
               "Internal Audit Recommendations Tracker")
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Position at 31 October 2025 – for the ACARC meeting of 19 November 2025"
    s["A5"] = "Summary of recommendations by priority"
    s["A5"].font = BOLD
    hdr = ["Priority", "Total", "Implemented", "Partially implemented", "Not implemented"]
    for i, h in enumerate(hdr, 1):
        s.cell(row=6, column=i, value=h)
    style_header(s, 6, 5)
    rows = [("Priority 1", 2, 0, 2, 0), ("Priority 2", 3, 0, 2, 1),
            ("Priority 3", 1, 1, 0, 0), ("Total", 6, 1, 4, 1)]
    for r, vals in enumerate(rows, 7):
        for c, v in enumerate(vals, 1):
            s.cell(row=r, column=c, value=v)
        box_row(s, r, 5)
    for c in range(1, 6):
        s.cell(row=10, column=c).font = BOLD
    s["A12"] = "RAG key"
    s["A12"].font = BOLD
    key = [("B", "Implemented (to be removed once verified by Internal Audit)"),
           ("G", "Partially implemented – on track to meet the implementation date"),
           ("A", "Partially implemented – revised implementation date agreed"),
           ("R", "Not implemented and past the agreed implementation date")]
    for r, (k, t) in enumerate(key, 13):
        s.cell(row=r, column=1, value=k).fill = FILL[k]
        s.cell(row=r, column=2, value=t)
    s["A18"] = "Priority definitions"
    s["A18"].font = BOLD
    s["A19"] = "Priority 1"
    s["B19"] = ("Failure to implement the recommendation is likely to result in a major "
                "failure of a key organisational objective, significant damage to the "
                "reputation of the organisation or the misuse of public funds.")
    s["A20"] = "Priority 2"
    s["B20"] = ("Failure to implement the recommendation could result in the failure of an "
                "important organisational objective or could have some impact on a key "
                "organisational objective.")
    s["A21"] = "Priority 3"
    s["B21"] = ("Failure to implement the recommendation could lead to an increased risk "
                "exposure.")
    for r in (19, 20, 21):
        s.cell(row=r, column=2).alignment = WRAP
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 70
    for col in "CDE":
        s.column_dimensions[col].width = 18

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit Recommendations – Outstanding and Implemented in Year 2025-26"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = "Internal Auditor: EY.  Compiled by: Governance Office, Corporate Services Directorate"
    t["A2"].font = Font(italic=True)
    heads = ["Ref", "Recommendation / Management Action", "Priority", "Responsible Officer",
             "Original Implementation Date", "Revised Implementation Date", "Status", "RAG",
             "Progress Update (October 2025)"]
    for i, h in enumerate(heads, 1):
        t.cell(row=4, column=i, value=h)
    style_header(t, 4, 9)
    widths = [8, 60, 9, 26, 15, 15, 20, 7, 55]
    for i, w in enumerate(widths):
        t.column_dimensions["ABCDEFGHI"[i]].width = w

    data = [
        ("audit", "1. Security Management Arrangements (2023-24) – Limited assurance"),
        ("rec", "Rec 1", "The Assembly Commission should complete the planned installation of "
         "the electronic access control system across Parliament Buildings and ensure that "
         "access rights are reviewed periodically.", 2),
        ("act", "1.1", "Obtain costings and secure budget approval for the electronic access "
         "control system.", "Director of Corporate Services", D(2025, 3, 31), D(2025, 9, 30),
         "Implemented", "B", "Budget approved by SMT on 9 September 2025. Contract awarded "
         "through the CPD framework."),
        ("act", "1.2", "Complete installation and commissioning of access control at all "
         "public and staff entrances.", "Head of Facilities", D(2025, 12, 31), None,
         "Partially implemented", "G", "Installer on site from 3 November 2025; "
         "commissioning planned for the Christmas recess."),
        ("act", "1.3", "Introduce a six-monthly review of access pass permissions, with "
         "exceptions reported to SMT.", "Head of Facilities / Security Manager",
         D(2025, 6, 30), D(2026, 3, 31), "Partially implemented", "A",
         "First review completed manually in July 2025. Automated review depends on the new "
         "system (action 1.2)."),
        ("rec", "Rec 2", "Security incident reporting should be formalised so that all "
         "incidents are logged, categorised and reviewed for trends.", 1),
        ("act", "2.1", "Implement a single security incident log and reporting template for "
         "all security staff.", "Security Manager", D(2024, 10, 31), None, "Implemented", "B",
         "In use since October 2024. Verified by Internal Audit in the 2025-26 follow-up."),
        ("act", "2.2", "Report a quarterly analysis of security incident trends to SMT and "
         "ACARC.", "Security Manager", D(2025, 3, 31), D(2025, 6, 30), "Not implemented",
         "R", "Delayed pending recruitment of a Security Analyst. First report now scheduled "
         "for SMT in December 2025."),
        ("audit", "2. Speaker, Assembly Commission and Member Sponsored Events (2023-24) – "
         "Satisfactory assurance"),
        ("rec", "Rec 1", "Guidance for Members on sponsoring events should be updated to "
         "reflect the revised charging policy.", 3),
        ("act", "1.1", "Revise the Member Sponsored Events guidance and publish it on the "
         "Assembly intranet.", "Head of Events and Outreach", D(2025, 5, 31), None,
         "Implemented", "B", "Revised guidance published 28 May 2025."),
        ("rec", "Rec 2", "Event income should be reconciled to the finance system monthly "
         "and the reconciliation evidenced.", 2),
        ("act", "2.1", "Introduce a monthly reconciliation of event income, signed off by the "
         "Head of Finance.", "Head of Finance", D(2025, 12, 31), None,
         "Partially implemented", "G", "Reconciliations completed for July to September "
         "2025; sign-off template being finalised."),
        ("audit", "3. Cyber Security – Follow-up Review (2024-25) – Limited assurance"),
        ("rec", "Rec 1", "Privileged user accounts should be reviewed and multi-factor "
         "authentication applied to all administrator access.", 1),
        ("act", "1.1", "Complete a review of all privileged accounts and remove those no "
         "longer required.", "Head of ICT", D(2025, 7, 31), None, "Implemented", "B",
         "Review completed; 14 dormant administrator accounts removed."),
        ("act", "1.2", "Enforce multi-factor authentication for all administrator and "
         "remote access accounts.", "Head of ICT", D(2025, 9, 30), D(2026, 1, 31),
         "Partially implemented", "A", "MFA live for remote access. Administrator accounts "
         "on legacy servers to be migrated in January 2026."),
        ("rec", "Rec 2", "The ICT business continuity and disaster recovery plan should be "
         "tested at least annually.", 2),
        ("act", "2.1", "Undertake a disaster recovery test of core systems and report lessons "
         "learned to SMT.", "Head of ICT / Business Continuity Lead", D(2026, 3, 31), None,
         "Not yet due", None, "Test scheduled for February 2026 recess."),
    ]
    r = 5
    for item in data:
        if item[0] == "audit":
            t.cell(row=r, column=1, value=item[1])
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = t.cell(row=r, column=1)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="2F5597")
        elif item[0] == "rec":
            _, ref, text, prio = item
            t.cell(row=r, column=1, value=ref)
            t.cell(row=r, column=2, value=text)
            t.cell(row=r, column=3, value=prio)
            for c in range(1, 10):
                t.cell(row=r, column=c).fill = FILL["grey"]
                t.cell(row=r, column=c).font = Font(bold=True)
            box_row(t, r, 9)
        else:
            _, ref, text, owner, orig, rev, status, rag, upd = item
            vals = [ref, text, None, owner, orig, rev, status, rag, upd]
            for c, v in enumerate(vals, 1):
                t.cell(row=r, column=c, value=v)
            box_row(t, r, 9)
            for c in (5, 6):
                t.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            if rag:
                t.cell(row=r, column=8).fill = FILL[rag]
                t.cell(row=r, column=8).alignment = Alignment(horizontal="center",
                                                              vertical="top")
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: recommendations shown as Implemented are retained "
           "for one meeting and then removed once verified by Internal Audit.")
    t.cell(row=r, column=1).font = Font(italic=True)
    t.freeze_panes = "A5"
    wb.save(out("zpn-ni-assembly-commission-acarc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. City of London Police - ICO FOI enforcement notice action plan
# ---------------------------------------------------------------------------
def make_colp():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = "City of London Police – Freedom of Information Enforcement Notice Action Plan"
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = ("Information Commissioner’s Office Enforcement Notice ENF0988361, served "
               "20 November 2024 under section 52 of the Freedom of Information Act 2000")
    c["A3"] = "Senior Information Risk Owner (SIRO): Assistant Commissioner"
    c["A5"] = "Document control"
    c["A5"].font = BOLD
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        c.cell(row=6, column=i, value=h)
    style_header(c, 6, 4)
    ver = [("0.3", D(2024, 12, 18), "Information Management Unit",
            "Draft for Chief Officer Team"),
           ("1.0", D(2025, 1, 9), "Information Management Unit",
            "Approved and published; submitted to the ICO"),
           ("1.2", D(2025, 3, 3), "Information Management Unit",
            "Progress update for the Professional Standards and Integrity Committee"),
           ("1.4", D(2025, 4, 28), "Information Management Unit",
            "Progress update; Current RAG refreshed")]
    for r, v in enumerate(ver, 7):
        for i, x in enumerate(v, 1):
            c.cell(row=r, column=i, value=x)
        c.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        box_row(c, r, 4)
    c["A12"] = "RAG key (Previous RAG and Current RAG columns)"
    c["A12"].font = BOLD
    keys = [("G", "Green – on track"), ("A", "Amber – at risk, mitigation in place"),
            ("R", "Red – off track or deadline missed"), ("B", "Blue – complete")]
    for r, (k, txt) in enumerate(keys, 13):
        c.cell(row=r, column=1).fill = FILL[k]
        c.cell(row=r, column=2, value=txt)
    c["A18"] = ("The Current RAG column is colour-coded only. Progress is reported monthly to "
                "the Professional Standards and Integrity Committee.")
    c["A18"].font = Font(italic=True)
    c.column_dimensions["A"].width = 12
    c.column_dimensions["B"].width = 14
    c.column_dimensions["C"].width = 30
    c.column_dimensions["D"].width = 60

    a = wb.create_sheet("Action Plan")
    a["A1"] = "FOI Enforcement Notice – Action Plan (progress at 28 April 2025)"
    a["A1"].font = Font(bold=True, size=12)
    heads = ["No.", "Enforcement Notice requirement / finding", "Action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG",
             "Progress update"]
    for i, h in enumerate(heads, 1):
        a.cell(row=3, column=i, value=h)
    style_header(a, 3, 9)
    for i, w in enumerate([6, 34, 55, 30, 13, 13, 10, 10, 55]):
        a.column_dimensions["ABCDEFGHI"[i]].width = w

    plan = [
        ("Workstream 1 – Clearing the backlog",
         "Respond to all requests more than 20 working days old by 20 May 2025",
         [("1.1", "Triage all overdue requests by age and complexity and agree a clearance "
           "trajectory with the ICO.", "FOI Manager", D(2024, 12, 31), None, "G", "B",
           "Triage completed 19 December 2024: 212 requests over 20 working days. "
           "Trajectory shared with the ICO case officer."),
          ("1.2", "Deploy a temporary backlog clearance team of four FOI Officers (agency and "
           "redeployed staff).", "Head of Information Management", D(2025, 1, 31),
           D(2025, 2, 28), "A", "G", "Team of four in place from 17 February 2025."),
          ("1.3", "Clear all requests over 20 working days old, oldest first.",
           "FOI Manager; Head of Information Management", D(2025, 5, 20), None, "A", "A",
           "61 aged requests remain open at 25 April 2025. Additional overtime agreed to "
           "meet the 20 May deadline.")]),
        ("Workstream 2 – Resourcing and capability",
         "Staffing challenges identified as the main cause of declining compliance",
         [("2.1", "Recruit to two permanent FOI Officer posts and the vacant Disclosure Lead "
           "post, including vetting.", "Head of Information Management / HR Business "
           "Partner", D(2025, 3, 31), D(2025, 6, 30), "R", "A",
           "Two FOI Officers appointed; vetting in progress. Disclosure Lead readvertised."),
          ("2.2", "Deliver training on FOIA and exemptions to all Information Management Unit "
           "staff and departmental FOI contacts.", "Data Protection Officer",
           D(2025, 3, 31), None, "G", "B", "Four sessions delivered; 46 staff trained.")]),
        ("Workstream 3 – Process and systems",
         "Ensure future requests are answered within the statutory timeframe",
         [("3.1", "Introduce daily case allocation and a 10-day internal checkpoint for all "
           "new requests.", "FOI Manager", D(2025, 2, 28), None, "G", "G",
           "In place. Compliance for new requests received in March 2025 was 84%."),
          ("3.2", "Agree a 5 working day service level for departments to return information "
           "to the FOI team, with escalation to Superintendent level.",
           "Head of Information Management", D(2025, 3, 31), None, "A", "R",
           "Service level agreed in principle but departmental returns within 5 days remain "
           "below 60%. Escalated to the Chief Officer Team."),
          ("3.3", "Publish a disclosure log of responses to reduce repeat requests.",
           "Corporate Communications Manager", D(2025, 6, 30), None, None, None,
           "Not started – work to begin in May 2025.")]),
        ("Workstream 4 – Governance, monitoring and lessons learned",
         "Devise and publish an action plan within 30 working days of the Notice",
         [("4.1", "Publish this action plan on the force website and submit it to the ICO.",
           "Head of Information Management", D(2025, 1, 10), None, "G", "B",
           "Published and submitted 9 January 2025."),
          ("4.2", "Carry out a lessons-learned review of the root causes of delay and report "
           "the findings to the Chief Officer Team.", "Senior Information Risk Owner (SIRO)",
           D(2025, 3, 31), D(2025, 5, 31), "A", "A",
           "Fieldwork complete. Report delayed to align with the Disclosure Lead "
           "recruitment decision."),
          ("4.3", "Report FOI compliance and backlog figures to the Professional Standards "
           "and Integrity Committee.", "Senior Information Risk Owner (SIRO)", "Monthly",
           None, "G", "G", "Reported in February, March and April 2025.")]),
    ]
    r = 4
    for ws_title, req, acts in plan:
        a.cell(row=r, column=1, value=ws_title)
        a.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        a.cell(row=r, column=1).font = BOLD
        a.cell(row=r, column=1).fill = FILL["pale"]
        r += 1
        first = r
        for (no, act, owner, orig, rev, prev, cur, upd) in acts:
            a.cell(row=r, column=1, value=no)
            a.cell(row=r, column=3, value=act)
            a.cell(row=r, column=4, value=owner)
            a.cell(row=r, column=5, value=orig)
            a.cell(row=r, column=6, value=rev)
            if prev:
                a.cell(row=r, column=7, value=prev).fill = FILL[prev]
            if cur:
                a.cell(row=r, column=8).fill = FILL[cur]
            a.cell(row=r, column=9, value=upd)
            box_row(a, r, 9)
            for col in (5, 6):
                a.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            r += 1
        a.cell(row=first, column=2, value=req)
        if r - 1 > first:
            a.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        a.cell(row=first, column=2).alignment = WRAP
    a.freeze_panes = "A4"

    b = wb.create_sheet("Backlog")
    b["A1"] = "Aged request backlog – weekly position"
    b["A1"].font = BOLD
    for i, h in enumerate(["Week ending", "Open requests", "Over 20 working days",
                           "Oldest open (working days)"], 1):
        b.cell(row=2, column=i, value=h)
    style_header(b, 2, 4)
    weeks = [(D(2025, 1, 3), 298, 212, 431), (D(2025, 1, 31), 281, 190, 402),
             (D(2025, 2, 28), 244, 151, 377), (D(2025, 3, 28), 190, 102, 339),
             (D(2025, 4, 25), 149, 61, 305)]
    for r, w in enumerate(weeks, 3):
        for i, v in enumerate(w, 1):
            b.cell(row=r, column=i, value=v)
        b.cell(row=r, column=1).number_format = "dd/mm/yyyy"
        box_row(b, r, 4)
    for col, wdt in zip("ABCD", (14, 14, 20, 24)):
        b.column_dimensions[col].width = wdt
    wb.save(out("zpn-city-of-london-police-ico-foi-enforcement-notice-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Phoenix Community Housing - strategic risk register (typo month, refuse)
# ---------------------------------------------------------------------------
def make_phoenix():
    wb = Workbook()
    s = wb.active
    s.title = "Strategic Risk Register"
    s["A1"] = "Phoenix Community Housing – Strategic Risk Register 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 30 September 2025 – Audit and Risk Committee, 16 October 2025"
    heads = ["Risk ref", "Risk", "Risk owner", "Inherent score (L x I)", "Key controls",
             "Residual score (L x I)", "Trend", "Further actions required", "Action owner",
             "Target date", "Action status"]
    for i, h in enumerate(heads, 1):
        s.cell(row=4, column=i, value=h)
    style_header(s, 4, 11)
    for i, w in enumerate([8, 40, 22, 12, 42, 12, 8, 50, 28, 14, 12]):
        s.column_dimensions["ABCDEFGHIJK"[i]].width = w

    risks = [
        ("SR1", "Building and fire safety – failure to meet our duties under the Building "
         "Safety Act 2022 and the Fire Safety (England) Regulations 2022 leads to harm to "
         "residents and regulatory action.", "Director of Property Services", "4 x 5 = 20",
         "Building safety policy; annual fire risk assessment programme; compliance dashboard "
         "reported monthly to ELT; independent compliance audit (2024).", "2 x 5 = 10", "↓",
         [("Complete fire door inspections for all communal doors in blocks over 11 metres.",
           "Building Safety Manager", "Dec 2025", "Green"),
          ("Procure a compliance data platform to replace spreadsheet records.",
           "Head of Compliance", "Mar 2026", "Amber"),
          ("Implement Awaab’s Law response timescales for damp and mould hazards.",
           "Head of Repairs; Head of Compliance", "Oct 2025", "Complete")]),
        ("SR2", "Financial viability – rising costs, interest rates and rent policy reduce "
         "headroom against loan covenants.", "Director of Finance", "4 x 4 = 16",
         "30-year business plan approved by Board; treasury management policy; quarterly "
         "covenant monitoring; golden rules set by Board.", "3 x 4 = 12", "↔",
         [("Stress test the 30-year business plan against the combined downside scenario and "
           "report the results to Board.", "Head of Finance", "Nov 2025", "Green"),
          ("Refinance the revolving credit facility that expires in 2026.",
           "Director of Finance", "Jun 2026", "Green")]),
        ("SR3", "Consumer standards – we cannot evidence compliance with the Regulator of "
         "Social Housing consumer standards, including the Tenant Satisfaction Measures.",
         "Director of Customer Services", "4 x 4 = 16",
         "Consumer standards self-assessment; TSM reporting to Board; complaints policy "
         "aligned to the Housing Ombudsman Code; resident scrutiny panel.", "3 x 4 = 12", "↔",
         [("Complete the consumer standards self-assessment and agree the improvement plan "
           "with Board.", "Head of Governance", "Sep 2025", "Complete"),
          ("Extend the stock condition survey so that 100% of homes have been surveyed within "
           "five years.", "Head of Asset Management", "Febuary 2026", "Amber")]),
        ("SR4", "Resident-led governance – the resident-led model loses effectiveness if "
         "resident board members and involved residents are not recruited and supported.",
         "Chief Executive", "3 x 4 = 12",
         "Board skills matrix; resident involvement strategy; annual board effectiveness "
         "review.", "2 x 4 = 8", "↔",
         [("Run a resident board member recruitment campaign ahead of the 2026 AGM.",
           "Company Secretary", "Jan 2026", "Green"),
          ("Deliver the governance training programme for resident board members.",
           "Company Secretary", "Ongoing", "Green")]),
    ]
    status_fill = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}
    r = 5
    for ref, risk, owner, inh, ctrl, res, trend, acts in risks:
        first = r
        for act, aowner, date, status in acts:
            s.cell(row=r, column=8, value=act)
            s.cell(row=r, column=9, value=aowner)
            s.cell(row=r, column=10, value=date)
            s.cell(row=r, column=11, value=status).fill = FILL[status_fill[status]]
            box_row(s, r, 11)
            r += 1
        for col, v in zip(range(1, 8), (ref, risk, owner, inh, ctrl, res, trend)):
            s.cell(row=first, column=col, value=v)
            s.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            s.cell(row=first, column=col).alignment = WRAP
        s.cell(row=first, column=6).fill = FILL["A"] if res.endswith(("12", "10")) else FILL["G"]
    r += 1
    s.cell(row=r, column=1, value="Scoring: Likelihood (L) and Impact (I) are each scored 1–5. "
           "Residual score 15–25 red, 8–12 amber, 1–6 green. Trend: ↑ increasing, "
           "↔ stable, ↓ reducing.")
    s.cell(row=r, column=1).font = Font(italic=True)
    s.freeze_panes = "A5"

    h = wb.create_sheet("Heat map")
    h["A1"] = "Residual risk heat map – September 2025"
    h["A1"].font = BOLD
    h["A2"] = "Impact →"
    for i in range(1, 6):
        h.cell(row=3, column=i + 1, value=i)
    for j, lik in enumerate(range(5, 0, -1)):
        h.cell(row=4 + j, column=1, value=f"Likelihood {lik}")
    h["F6"] = "SR2, SR3"
    h["F8"] = "SR1"
    h["E8"] = "SR4"
    wb.save(out("zpn-phoenix-community-housing-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


RAG_HEX = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. The Brain Tumour Charity - board governance review action plan (docx)
# ---------------------------------------------------------------------------
def make_btc():
    doc = Document()
    doc.add_heading("The Brain Tumour Charity: Board Governance Review Action Plan", 0)
    doc.add_paragraph("Progress report to the Nominations and Governance Committee – "
                      "October 2025")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    rows = [("Document owner", "Company Secretary"),
            ("Approved by", "Board of Trustees, 11 December 2024"),
            ("Version", "1.3 (October 2025 update)"),
            ("Review", "Quarterly by the Nominations and Governance Committee; six-monthly "
             "to the Board"),
            ("Source", "Externally facilitated Board governance review against the Charity "
             "Governance Code, reported September 2024")]
    for i, (k, v) in enumerate(rows):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_heading("Introduction", 1)
    doc.add_paragraph(
        "The Charity Governance Code recommends that larger charities have an externally "
        "facilitated review of Board effectiveness at least every three years. The 2024 "
        "review found the Board to be committed and well informed, and made seven "
        "recommendations. This plan sets out the actions agreed by trustees in response, "
        "grouped under the principles of the Code. Actions shown as complete will be "
        "removed after they have been reported to the Board once.")

    doc.add_heading("RAG key", 2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some slippage – revised approach agreed"),
                                  ("R", "Significant delay or at risk")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], RAG_HEX[k])
        set_cell(key.rows[i].cells[1], txt)

    sections = [
        ("Principle 2: Leadership", [
            ("Recommendation 1: Clarify the respective roles of the Chair, Vice-Chair and "
             "Chief Executive and record them in written role descriptions.", [
                ("2.1", "Draft role descriptions for the Chair, Vice-Chair and Chief "
                 "Executive and agree them at the Board.", "Chair and Company Secretary",
                 "March 2025", "Approved by the Board on 19 March 2025.", "B")]),
            ("Recommendation 2: Introduce an annual appraisal of the Chair, led by the "
             "Vice-Chair and drawing on feedback from trustees and the Chief Executive.", [
                ("2.2", "Design and run the first Chair appraisal and report the outcome to "
                 "the Nominations and Governance Committee.", "Vice-Chair",
                 "September 2025", "Appraisal completed in July 2025; summary reported to "
                 "the Committee on 16 September 2025.", "B")]),
        ]),
        ("Principle 4: Decision-making, risk and control", [
            ("Recommendation 3: Strengthen the Board’s oversight of risk by reviewing the "
             "risk appetite statement and receiving a ‘deep dive’ on one principal risk at "
             "each meeting.", [
                ("4.1", "Refresh the risk appetite statement and present it to the Board for "
                 "approval.", "Director of Finance and Resources", "Q4 2024/25",
                 "Approved by the Board in March 2025.", "B"),
                ("4.2", "Schedule a principal risk deep dive at each Board meeting through "
                 "the annual Board business cycle.", "Company Secretary", "Ongoing",
                 "Deep dives held on fundraising income (June) and research grant "
                 "commitments (September).", "G")]),
            ("Recommendation 4: Review the scheme of delegation so that the thresholds for "
             "Board and committee decisions reflect the charity’s current scale.", [
                ("4.3", "Review and update the scheme of delegation and financial "
                 "thresholds.", "Director of Finance and Resources / Chair of Audit and "
                 "Risk Committee", "December 2025",
                 "Draft considered by the Audit and Risk Committee in September 2025; "
                 "further advice needed on thresholds for the trading subsidiary.", "A")]),
        ]),
        ("Principle 5: Board effectiveness", [
            ("Recommendation 5: Carry out a skills audit and use it to inform trustee "
             "recruitment, with particular attention to digital, clinical research and "
             "lived experience.", [
                ("5.1", "Complete a trustee skills and experience audit.",
                 "Company Secretary", "January 2025",
                 "Completed; results reported to the Board in February 2025.", "B"),
                ("5.2", "Recruit two new trustees to address the gaps identified, using "
                 "open advertisement.", "Chair of Nominations and Governance Committee",
                 "31 October 2025", "One trustee appointed in July 2025. Second "
                 "appointment expected at the December Board.", "A")]),
        ]),
        ("Principle 6: Equality, diversity and inclusion", [
            ("Recommendation 6: Set and publish measurable equality, diversity and "
             "inclusion objectives for the Board.", [
                ("6.1", "Agree Board EDI objectives and report progress against them in the "
                 "Trustees’ Annual Report.", "Chair; Director of People", "April 2026",
                 "Objectives drafted with the EDI working group; Board discussion planned "
                 "for December 2025.", "G")]),
        ]),
        ("Principle 7: Openness and accountability", [
            ("Recommendation 7: Strengthen the voice of supporters and people affected by a "
             "brain tumour in the Board’s decision-making.", [
                ("7.1", "Establish a Lived Experience Advisory Panel that reports to the "
                 "Board twice a year.", "Director of Engagement", "September 2025",
                 "Recruitment to the panel paused pending the 2026/27 budget review; to be "
                 "re-planned.", "R"),
                ("7.2", "Publish a summary of Board decisions on the charity’s website after "
                 "each meeting.", "Company Secretary", "TBC", "Not started.", None)]),
        ]),
    ]
    heads = ["Ref", "Action", "Lead", "Target date", "Progress (October 2025)", "RAG"]
    for title, recs in sections:
        doc.add_heading(title, 2)
        nrows = 1 + sum(1 + len(acts) for _, acts in recs)
        tbl = doc.add_table(rows=nrows, cols=6)
        tbl.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "D9E2F3")
        ri = 1
        for rec, acts in recs:
            row = tbl.rows[ri]
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True)
            shade(merged, "F2F2F2")
            ri += 1
            for ref, act, lead, date, prog, rag in acts:
                cells = tbl.rows[ri].cells
                for i, v in enumerate([ref, act, lead, date, prog, rag or ""]):
                    set_cell(cells[i], v)
                if rag:
                    shade(cells[5], RAG_HEX[rag])
                ri += 1
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Nominations and Governance Committee, January 2026.")
    doc.save(out("zpn-the-brain-tumour-charity-board-governance-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. HITRANS - People and Place Programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_hitrans():
    doc = Document()
    doc.add_heading("HITRANS People and Place Programme 2025/26 – Highlight Report No. 3", 0)
    p = doc.add_paragraph("Highlands and Islands Transport Partnership – report to the "
                          "Partnership Board, 5 December 2025")
    p.runs[0].italic = True

    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    rows = [("Reporting period", "1 October – 30 November 2025"),
            ("Senior Responsible Owner", "Partnership Director"),
            ("Programme Manager", "Programme Manager – People and Place"),
            ("Funding", "Transport Scotland People and Place Programme grant 2025/26"),
            ("Overall status", "Amber"),
            ("Status last period", "Green")]
    for i, (k, v) in enumerate(rows):
        set_cell(info.rows[i].cells[0], k, bold=True)
        set_cell(info.rows[i].cells[1], v)
    shade(info.rows[4].cells[1], "FFC000")
    shade(info.rows[5].cells[1], "00B050")

    doc.add_heading("1. Programme summary", 1)
    doc.add_paragraph(
        "Delivery across the five partner council areas is broadly on track. Overall status "
        "has moved to amber because the island extension of the e-bike loan scheme has "
        "slipped and the winter campaign is at risk. Spend to 30 November is £412,000 "
        "against a profile of £455,000.")
    doc.add_paragraph("Status key: Complete = blue; On track = green; At risk = amber; "
                      "Delayed = red; Not started = not yet rated.")

    workstreams = [
        ("2. Workstream A – Behaviour change and travel planning", [
            ("A1", "Appoint a Travel Planning Officer (fixed term to March 2026).",
             "Programme Manager", "August 2025", "Complete", "In post from 11 August 2025."),
            ("A2", "Deliver workplace travel plans with 12 employers in Inverness, Elgin and "
             "Fort William.", "Travel Planning Officer", "March 2026", "On track",
             "Seven plans agreed; NHS Highland and UHI sites in progress."),
            ("A3", "Run a winter sustainable travel campaign across the five partner council "
             "areas.", "Communications Officer / Travel Planning Officer", "w/c 24/11/2025",
             "At risk", "Creative approved. Radio slot moved by the supplier; digital "
             "element launched on schedule."),
        ]),
        ("3. Workstream B – Community active travel grants", [
            ("B1", "Open the 2025/26 Community Active Travel Grant fund and publish guidance.",
             "Active Travel Officer", "June 2025", "Complete", "Fund opened 2 June 2025."),
            ("B2", "Assess applications and award grants to community groups.",
             "Active Travel Officer; Grants Panel", "September 2025", "Complete",
             "14 awards totalling £96,500 confirmed on 26 September 2025."),
            ("B3", "Collect monitoring returns from funded projects.",
             "Active Travel Officer", "Q4 2025/26", "Not started",
             "Monitoring template issued with award letters."),
        ]),
        ("4. Workstream C – Access to bikes and e-bikes", [
            ("C1", "Extend the e-bike loan scheme to Orkney and the Western Isles.",
             "Project Officer (Active Travel)", "October 2025", "Delayed",
             "Freight booking for the e-bikes to Kirkwall and Stornoway rescheduled by the "
             "haulier; island launch events to be rearranged."),
            ("C2", "Procure a further 40 adaptive and cargo e-bikes through the national "
             "framework.", "Programme Manager", "31/12/2025", "On track",
             "Order placed 14 November 2025."),
            ("C3", "Publish an evaluation of the 2024/25 loan scheme.", "Programme Manager",
             "Feb 2026", "On track", "Survey of 2024/25 borrowers closed 28 November."),
        ]),
    ]
    heads = ["Ref", "Milestone / action", "Lead", "Due", "Status", "Commentary"]
    colour = {"Complete": "00B0F0", "On track": "00B050", "At risk": "FFC000",
              "Delayed": "FF0000"}
    for title, rows in workstreams:
        doc.add_heading(title, 1)
        tbl = doc.add_table(rows=1 + len(rows), cols=6)
        tbl.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "DEEAF6")
        for j, row in enumerate(rows, 1):
            for i, v in enumerate(row):
                set_cell(tbl.rows[j].cells[i], v)
            if row[4] in colour:
                shade(tbl.rows[j].cells[4], colour[row[4]])

    doc.add_heading("5. Risks and issues", 1)
    doc.add_paragraph(
        "Ferry freight capacity for the island e-bike fleet remains the main delivery risk; "
        "the Programme Manager is in discussion with CalMac and NorthLink about winter "
        "capacity. Confirmation of the 2026/27 grant offer is expected from Transport "
        "Scotland in February 2026; fixed-term contracts end on 31 March 2026.")
    doc.add_heading("6. Decisions required from the Partnership Board", 1)
    doc.add_paragraph(
        "The Board is asked to note this report and to agree that up to £20,000 of "
        "underspend in Workstream B may be reallocated to Workstream C.")
    doc.save(out("zpn-hitrans-people-and-place-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Otley Town Council - governance action plan, Microsoft Planner export (csv)
# ---------------------------------------------------------------------------
def make_otley():
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
              "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
              "Completed Date", "Completed By", "Completed Checklist Items",
              "Checklist Items", "Labels", "Description"]
    tasks = [
        ("Hk3vQ8pLzE2x9aTfYbW1sGUAD4mN", "Minute the annual review of the effectiveness of "
         "internal audit at Full Council", "Internal audit 2024-25 recommendations",
         "Completed", "Medium", "Helen Ward", "Helen Ward", "07/05/2025", "07/05/2025",
         "30/06/2025", "false", "false", "17/06/2025", "Helen Ward", "", "", "",
         "IA point 1 (internal audit report, April 2025).\nMinuted at Full Council "
         "17/06/2025, min. 25/041."),
        ("Jp0cW4rNe7Ym2uKbQzT5hVUAH1oX", "Reconcile the asset register to the insurance "
         "schedule and record disposals", "Internal audit 2024-25 recommendations",
         "In progress", "Important", "Helen Ward;James Kerr", "Helen Ward", "07/05/2025",
         "01/07/2025", "30/09/2025", "false", "true", "", "", "1", "3", "RAG Red",
         "IA point 2. Bus shelter and planter values still to be confirmed with insurer."),
        ("Lm6tA9sVd3Qx8eRgNcY2jWUAK7pB", "Introduce dual authorisation evidence for all "
         "online payments (screenshots filed with the payment schedule)",
         "Internal audit 2024-25 recommendations", "Completed", "Urgent", "James Kerr",
         "Helen Ward", "07/05/2025", "07/05/2025", "31/05/2025", "false", "false",
         "28/05/2025", "James Kerr", "", "", "", "IA point 3."),
        ("Nq2yF5hBk8Tz1wMcXpR7aEUAL3uC", "Publish the 2024-25 AGAR, notice of conclusion of "
         "audit and external auditor report on the website", "External audit (AGAR) 2024-25",
         "Completed", "Urgent", "Priya Shah", "Helen Ward", "01/09/2025", "01/09/2025",
         "30/09/2025", "false", "false", "26/09/2025", "Priya Shah", "", "", "", ""),
        ("Pr8zH1jDm4Wa7xNdZqS3bFUAM9vE", "Correct the Box 7 (total borrowings) disclosure "
         "identified by the external auditor and report to Finance Committee",
         "External audit (AGAR) 2024-25", "In progress", "Important", "James Kerr",
         "Helen Ward", "01/10/2025", "01/10/2025", "31/12/2025", "false", "false", "", "",
         "", "", "RAG Green", "Report drafted for Finance Committee, 9 December."),
        ("Rs4aJ7kFn0Yb3zPeAsU9cGUAN5wH", "Review and readopt Standing Orders based on the "
         "2025 NALC model", "Policies & standing orders", "In progress", "Important",
         "Helen Ward", "Helen Ward", "07/05/2025", "01/09/2025", "20/01/2026", "false",
         "false", "", "", "2", "5", "RAG Amber",
         "Working group draft circulated. Policy & Resources Committee deferred item to "
         "January; Full Council 20/01/2026 at risk."),
        ("Tu0bL3mGp6Ac9aQfBtW5dHUAP1xJ", "Review Financial Regulations against the 2024 "
         "NALC model", "Policies & standing orders", "Not started", "Medium", "James Kerr",
         "Helen Ward", "07/05/2025", "", "31/03/2026", "false", "false", "", "", "", "", "",
         ""),
        ("Vw6cN9oHq2Bd5bRgCuX1eJUAQ7yK", "Arrange Code of Conduct refresher training for all "
         "councillors with the Monitoring Officer", "Policies & standing orders",
         "Not started", "Low", "Helen Ward", "Helen Ward", "12/08/2025", "", "28/02/2026",
         "false", "false", "", "", "", "", "", "Leeds City Council Monitoring Officer "
         "offered dates in February."),
        ("Xy2dP5qJr8Ce1cShDvY7fKUAR3zL", "Bring the website into line with the WCAG 2.2 AA "
         "accessibility regulations and publish an accessibility statement",
         "Website & transparency", "In progress", "Medium", "Priya Shah", "Helen Ward",
         "07/05/2025", "01/10/2025", "28/02/2026", "false", "false", "", "", "4", "9",
         "RAG Green", "Audit by web provider received.\nPDF minutes 2019-2023 to be "
         "converted or archived."),
        ("Za8eR1sKt4Df7dTiEwZ3gLUAS9aM", "Publish quarterly transparency code data "
         "(payments over £500)", "Website & transparency", "In progress", "Medium",
         "Priya Shah;James Kerr", "Helen Ward", "07/05/2025", "01/10/2025", "31/12/2025",
         "true", "false", "", "", "", "", "RAG Green", "Q2 published 14/10/2025."),
    ]
    path = out("zpn-otley-town-council-governance-action-plan-planner-export.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Plan name", "Otley Town Council – Governance & Compliance Action Plan "
                    "2025-26"])
        w.writerow(["Plan ID", "u4FtW2kZ0Ea7Cq9RmX1bLGUAB5nD"])
        w.writerow(["Export date", "14/11/2025"])
        w.writerow([])
        w.writerow(header)
        for t in tasks:
            assert len(t) == len(header)
            w.writerow(t)


# ---------------------------------------------------------------------------
# 7. Standards Commission for Scotland - rolling action log (tab-separated text)
# ---------------------------------------------------------------------------
def make_scs():
    lines = [
        "Standards Commission for Scotland – Rolling Action Log (Commission Meetings)",
        "Updated: 2 December 2025\tOwner: Business Manager",
        "",
        "\t".join(["Action No.", "Meeting", "Minute item", "Action", "Responsible", "Due",
                   "Status", "Update"]),
    ]
    rows = [
        ("A25/12", "27/01/2025", "6. Business Plan 2025/26",
         "Publish the Business Plan 2025/26 on the website following approval.",
         "Executive Team", "31/03/2025", "Complete", "Published 2 April 2025."),
        ("A25/19", "31/03/2025", "9. Audit & Risk Committee",
         "Update the Risk Register to include the risk that delays in ESC investigations "
         "affect the listing of Hearings.", "Executive Director", "28/04/2025", "Complete",
         "Risk added; reviewed by the Audit & Risk Committee on 12 May 2025."),
        ("A25/24", "26/05/2025", "5. Advice Notes",
         "Review the Advice Note for councillors on the use of social media ahead of the "
         "2027 local government elections.", "Executive Team", "December 2025", "On track",
         "Draft to be presented at the December meeting."),
        ("A25/31", "30/06/2025", "7. Model Code of Conduct",
         "Respond to the Scottish Government consultation on changes to the Model Code of "
         "Conduct.", "Convener / Executive Director", "19/09/2025", "Complete",
         "Response submitted 18 September 2025."),
        ("A25/33", "30/06/2025", "10. Records management",
         "Complete the migration of case files to the new records management system.",
         "Business Manager", "31/08/2025", "Overdue",
         "Migration of 2019–2021 files outstanding; supplier fix awaited."),
        ("A25/38", "25/08/2025", "4. Annual Report 2024/25",
         "Lay the Annual Report 2024/25 before the Scottish Parliament.", "Business Manager",
         "31/10/2025", "Complete", "Laid on 23 October 2025."),
        ("A25/41", "29/09/2025", "8. Hearing Rules",
         "Consult Monitoring Officers and Standards Officers on the draft revised Hearing "
         "Rules.", "Executive Team", "November 2025", "Delayed",
         "Draft rules approved; consultation paper being finalised with the legal adviser."),
        ("A25/44", "27/10/2025", "5. Training and engagement",
         "Deliver induction training sessions for newly appointed members of devolved public "
         "bodies.", "Members; Executive Team", "Ongoing", "On track",
         "Sessions held for two boards in November; further dates offered for 2026."),
        ("A25/47", "24/11/2025", "6. Corporate Plan 2026-2030",
         "Hold a Members’ development day to agree the strategic priorities for the "
         "Corporate Plan 2026-2030.", "Convener and Executive Director", "Feb 2026",
         "Not started", ""),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += [
        "",
        "Key: Complete = blue; On track = green; Delayed = amber; Overdue = red; "
        "Not started = not rated.",
        "Completed actions are removed from the log after they have been reported to one "
        "meeting.",
    ]
    with open(out("zpn-standards-commission-for-scotland-rolling-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_niac()
    make_colp()
    make_phoenix()
    make_btc()
    make_hitrans()
    make_otley()
    make_scs()
    print("built 7 zpn- files in", HERE)
