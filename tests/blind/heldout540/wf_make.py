"""Build the seven wf- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python wf_make.py (writes into this folder).
Every data file is built from the same rows the expected reading lists, so the
action texts in the .expected.yaml are the file's text character for character;
the reading fields (under, lead, end, status) are written out by hand per action.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
           "lightgrey": "D9D9D9", "header": "1F3864", "theme": "DEEAF6"}


def out(name):
    return os.path.join(HERE, name)


class Quoted(str):
    pass


def _dump(data, path):
    class D(yaml.SafeDumper):
        pass

    def str_rep(dumper, s):
        if "\n" in s:
            return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", s)

    D.add_representer(str, str_rep)
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=D, sort_keys=False, allow_unicode=True, width=100000)


def expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
             accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    _dump(d, out(name + ".expected.yaml"))


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def header_row(ws, row, values, colour=RAG_HEX["header"]):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ================================================================ 1. WYCA action log
def make_wyca():
    name = "wf-west-yorkshire-ca-governance-audit-committee-action-log.xlsx"
    title = "West Yorkshire Combined Authority – Governance and Audit Committee Action Log"
    D = dt.datetime
    # ref, meeting, action, officer cell, lead list, original, revised, status cell, rag, update
    open_rows = [
        ("GAC/24/18", D(2024, 11, 14),
         "Provide the Committee with a briefing on the assurance framework for the Mayor's policing and crime functions, including how police and crime risks feed into the corporate risk register.",
         "Director of Policing, Environment and Place", ["Director of Policing, Environment and Place"],
         D(2025, 3, 13), D(2025, 9, 18), "Amber", "amber",
         "Briefing deferred to allow the new Policing and Crime Plan to be adopted. Scheduled for the September meeting."),
        ("GAC/25/03", D(2025, 3, 13),
         "Circulate the updated Counter Fraud, Bribery and Corruption Policy to members once approved by the Finance, Resources and Corporate Committee.",
         "Head of Internal Audit", ["Head of Internal Audit"],
         D(2025, 6, 19), D(2025, 9, 18), "Green", "green",
         "Policy approved 4 September 2025; to be circulated with the agenda papers."),
        ("GAC/25/07", D(2025, 3, 13),
         "Report back on the outcome of the review of single tender actions (waivers) over £100k, with a breakdown by directorate.",
         "Head of Procurement / Chief Finance Officer", ["Head of Procurement", "Chief Finance Officer"],
         D(2025, 6, 19), D(2025, 11, 27), "Red", "red",
         "Review delayed by vacancy in the procurement team. Revised date proposed for approval."),
        ("GAC/25/11", D(2025, 6, 19),
         "Arrange a members' workshop on the bus reform (franchising) risk profile before the first franchising contracts are let.",
         "Angela Reid and Tom Wakefield", ["Angela Reid", "Tom Wakefield"],
         D(2025, 9, 18), None, "Green", "green",
         "Workshop booked for 2 October 2025 (Wellington House)."),
        ("GAC/25/12", D(2025, 6, 19),
         "Include a trend line for overdue internal audit recommendations in future Internal Audit progress reports.",
         "Head of Internal Audit", ["Head of Internal Audit"],
         D(2025, 9, 18), None, "Green", "green",
         "Included in the Q1 progress report at item 9 of this agenda."),
        ("GAC/25/15", D(2025, 7, 24),
         "Confirm with the external auditor the revised timetable for the 2024/25 audit opinion and any implications of the statutory backstop date.",
         "Chief Finance Officer", ["Chief Finance Officer"],
         D(2025, 9, 18), None, "Amber", "amber",
         "Auditor has indicated the opinion may not be issued before the backstop; verbal update at the meeting."),
        ("GAC/25/16", D(2025, 7, 24),
         "Review the Committee's terms of reference against the CIPFA Position Statement on audit committees (2022) and bring any proposed changes to the Annual Meeting.",
         "Monitoring Officer", ["Monitoring Officer"],
         "June 2026", None, "Not started", None,
         ""),
    ]
    closed_rows = [
        ("GAC/24/21", D(2024, 11, 14),
         "Share the results of the information governance staff survey with members.",
         "Data Protection Officer", ["Data Protection Officer"], D(2025, 3, 13), D(2025, 4, 2),
         "Complete", "Survey results circulated by email on 2 April 2025."),
        ("GAC/25/05", D(2025, 3, 13),
         "Add a cyber security deep-dive to the Committee's work programme for 2025/26.",
         "Head of Legal and Governance Services", ["Head of Legal and Governance Services"],
         D(2025, 6, 19), D(2025, 6, 19), "Complete", "Added to the work programme for the January 2026 meeting."),
        ("GAC/25/13", D(2025, 6, 19),
         "Provide a written update on the MCard ticketing system outage of May 2025 and the lessons identified.",
         "Director of Transport Operations and Passenger Experience",
         ["Director of Transport Operations and Passenger Experience"],
         D(2025, 7, 24), D(2025, 7, 24), "Complete", "Written update circulated to members 24 July 2025."),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    widths(ws, [12, 12, 60, 30, 14, 14, 12, 50])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 4 September 2025 (for the meeting of 18 September 2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Action No.", "Meeting", "Action", "Responsible officer",
                       "Original due date", "Revised due date", "Status", "Update"])
    r = 5
    acts = []
    for (ref, mtg, text, officer, leads, orig, rev, status, rag, upd) in open_rows:
        vals = [ref, mtg, text, officer, orig, rev, status, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=7).fill = fill(RAG_HEX[rag])
        endd = rev or orig
        end = endd.strftime("%Y-%m") if isinstance(endd, dt.datetime) else "2026-06"
        acts.append(act(ref, [], text, leads, end, rag or "unrated"))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions are moved to the 'Closed since last meeting' sheet once complete and are removed from the log after the Committee has noted them.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for word, colour, meaning in [("Green", "green", "On track to be completed by the due date"),
                                  ("Amber", "amber", "Some slippage; revised date requested"),
                                  ("Red", "red", "Overdue or significant issue; Committee attention needed"),
                                  ("Not started", None, "Action not yet due to start")]:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        if colour:
            c.fill = fill(RAG_HEX[colour])
        ws.cell(row=r, column=2, value=meaning)

    ws2 = wb.create_sheet("Closed since last meeting")
    widths(ws2, [12, 12, 60, 30, 14, 14, 12, 50])
    ws2["A1"] = "Actions closed since the meeting of 24 July 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:H1")
    header_row(ws2, 3, ["Action No.", "Meeting", "Action", "Responsible officer",
                        "Due date", "Date closed", "Status", "Closure note"])
    r = 4
    for (ref, mtg, text, officer, leads, due, closed, status, note) in closed_rows:
        vals = [ref, mtg, text, officer, due, closed, status, note]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws2.cell(row=r, column=7).fill = fill(RAG_HEX["blue"])
        ws2.cell(row=r, column=7).font = Font(color="FFFFFF")
        acts.append(act(ref, [], text, leads, due.strftime("%Y-%m"), "blue"))
        r += 1
    wb.save(out(name))

    expected(name,
             source=("Imitates the rolling action log a combined authority's Governance and Audit Committee receives "
                     "at each meeting (West Yorkshire Combined Authority, 2025; cf. WYCA and other mayoral combined "
                     "authority committee 'action log' appendices). Copied: single title line and 'position as at' "
                     "line, Action No. in committee/year/number form, meeting date column, original and revised due "
                     "dates, word RAG with matching cell fill, a status key and note below the table, and a second "
                     "sheet of actions closed since the last meeting."),
             reads=("An audit committee action log in two sheets: seven open actions with original and revised due "
                    "dates and a coloured Green/Amber/Red/Not started status, then three actions closed since the last "
                    "meeting marked Complete. There are no themes; each action is read on its own with its officer, "
                    "the revised date where one is given, and its status."),
             outcome="read", title=title, actions=acts)


# ================================================================ 2. Synnovis ICO tracker
def make_synnovis():
    name = "wf-synnovis-ico-data-protection-remediation-tracker.xlsx"
    title = "Synnovis – ICO Investigation: Data Protection Remediation Tracker"
    D = dt.datetime
    # workstream, finding, ref, action, owner cell, leads, orig, revised, prev, cur, commentary, end, end_text, status
    WS1 = "WS1 Security of processing (Article 32)"
    WS2 = "WS2 Records of processing and retention"
    WS3 = "WS3 Incident response and communication"
    F1 = "Multi-factor authentication was not enforced on all remote access routes into the laboratory network."
    F2 = "Vulnerability and patch management did not meet the organisation's own 14-day standard for critical patches."
    F3 = "The record of processing activities (ROPA) was incomplete and did not reflect data shared with NHS partner trusts."
    F4 = "Communication with affected data subjects following the incident was delayed and inconsistent across partner organisations."
    F5 = "Staff data protection training completion was below the 95% target."
    rows = [
        (WS1, F1, "1.1", "Enforce MFA on all remote access gateways, including third-party supplier VPN accounts, and remove legacy shared accounts.",
         "Chief Information Security Officer", ["Chief Information Security Officer"], D(2025, 3, 31), None, "A", "B",
         "All gateways enforced 27/03/2025; 14 shared accounts removed. Evidence pack ref EV-014.", "2025-03", None, "blue"),
        (WS1, F1, "1.2", "Commission independent penetration testing of remote access controls and report the results to the Audit & Risk Committee.",
         "CISO / Head of IT Infrastructure", ["CISO", "Head of IT Infrastructure"], D(2025, 6, 30), D(2025, 10, 31), "A", "A",
         "Testing completed in September; report due from supplier mid-October.", "2025-10", None, "amber"),
        (WS1, F2, "1.3", "Implement automated patch compliance reporting with weekly exception reports to the Security Operations Group.",
         "Head of IT Infrastructure", ["Head of IT Infrastructure"], D(2025, 9, 30), None, "G", "G",
         "Reporting live for servers; end-user devices to follow.", "2025-09", None, "green"),
        (WS2, F3, "2.1", "Complete a full refresh of the ROPA covering all pathology services, including data flows to and from partner trusts.",
         "Data Protection Officer", ["Data Protection Officer"], D(2025, 7, 31), D(2025, 12, 31), "A", "R",
         "Information asset owner returns outstanding for 6 of 19 services. Escalated to Executive Committee.", "2025-12", None, "red"),
        (WS2, F3, "2.2", "Agree and publish a retention schedule for laboratory information management system (LIMS) data and backups.",
         "Data Protection Officer; Head of Clinical Governance", ["Data Protection Officer", "Head of Clinical Governance"],
         D(2025, 10, 31), None, "G", "A",
         "Draft schedule with partner trusts' records managers for comment.", "2025-10", None, "amber"),
        (WS3, F4, "3.1", "Agree a joint data subject communications protocol with the partner NHS trusts and the ICB, including template notices.",
         "Director of Communications", ["Director of Communications"], D(2025, 6, 30), D(2025, 9, 30), "A", "G",
         "Protocol agreed at the joint IG group 23/09/2025.", "2025-09", None, "green"),
        (WS3, F4, "3.2", "Run a tabletop exercise to test the revised cyber incident response plan with partner trusts, and record the lessons learned.",
         "Head of Business Continuity", ["Head of Business Continuity"], "Q3 2025/26", None, "G", "G",
         "Exercise date being agreed with partner trusts' EPRR leads.", "2025-12", "Q3 2025/26", "green"),
        (WS3, F5, "3.3", "Make data security awareness training mandatory at induction and report completion monthly by department.",
         "Head of People / Data Protection Officer", ["Head of People", "Data Protection Officer"], D(2025, 8, 31), None, "A", "G",
         "Completion 93% at end of September (up from 81%).", "2025-08", None, "green"),
    ]

    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    widths(dc, [14, 14, 34, 60])
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    dc["A3"] = "Classification"
    dc["B3"] = "OFFICIAL-SENSITIVE"
    dc["A4"] = "Document owner"
    dc["B4"] = "Data Protection Officer"
    dc["A5"] = "Approved by"
    dc["B5"] = "Executive Committee"
    header_row(dc, 7, ["Version", "Date", "Author", "Change"])
    for i, row in enumerate([
        ("0.3", D(2025, 5, 12), "Information Governance Lead", "First draft following ICO preliminary findings"),
        ("1.0", D(2025, 6, 30), "Data Protection Officer", "Approved by Executive Committee; submitted to ICO"),
        ("1.3", D(2025, 7, 15), "Data Protection Officer", "Q1 update"),
        ("1.4", D(2025, 10, 8), "Data Protection Officer", "Q2 update; revised targets for 1.2, 2.1 and 3.1"),
    ], start=8):
        for j, v in enumerate(row, 1):
            c = dc.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"

    ws = wb.create_sheet("Tracker")
    widths(ws, [7, 24, 40, 55, 28, 13, 13, 10, 10, 50])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Reporting period: Q2 2025/26 (to 30 September 2025)"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG summary (current)"
    ws["A4"].font = Font(bold=True)
    ws.merge_cells("A4:B4")
    summary = [("Complete", "blue", 1), ("Green", "green", 4), ("Amber", "amber", 2), ("Red", "red", 1),
               ("Total actions", None, 8)]
    for i, (lab, colour, n) in enumerate(summary, start=5):
        c = ws.cell(row=i, column=1, value=lab)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        if colour:
            c.fill = fill(RAG_HEX[colour])
        ws.cell(row=i, column=3, value=n).alignment = Alignment(horizontal="left")
    hdr = 11
    header_row(ws, hdr, ["ID", "Workstream", "ICO finding", "Remediation action", "Owner",
                         "Original target", "Revised target", "Previous RAG", "Current RAG",
                         "Commentary / evidence"])
    r = hdr + 1
    acts = []
    start_ws = {}
    start_f = {}
    for (wsn, fnd, ref, text, owner, leads, orig, rev, prev, cur, comm, end, end_text, status) in rows:
        start_ws.setdefault(wsn, r)
        start_f.setdefault(fnd, r)
        vals = [ref, None, None, text, owner, orig, rev, prev, cur, comm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, letter in ((8, prev), (9, cur)):
            colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[letter]
            ws.cell(row=r, column=col).fill = fill(RAG_HEX[colour])
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        acts.append(act(ref, [wsn, fnd], text, leads, end, status, end_text))
        r += 1
    last = r - 1
    # merge workstream and finding cells vertically
    spans_ws = {}
    spans_f = {}
    for i, row in enumerate(rows):
        spans_ws.setdefault(row[0], []).append(hdr + 1 + i)
        spans_f.setdefault(row[1], []).append(hdr + 1 + i)
    for col, spans in ((2, spans_ws), (3, spans_f)):
        for text, rs in spans.items():
            top = ws.cell(row=rs[0], column=col, value=text)
            top.alignment = WRAP
            top.border = BOX
            if col == 2:
                top.font = Font(bold=True)
            if len(rs) > 1:
                ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
    r = last + 2
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for letter, colour, meaning in [("B", "blue", "Complete and evidenced"), ("G", "green", "On track"),
                                    ("A", "amber", "At risk of missing target date"),
                                    ("R", "red", "Target date missed / off track")]:
        r += 1
        c = ws.cell(row=r, column=1, value=letter)
        c.fill = fill(RAG_HEX[colour])
        ws.cell(row=r, column=2, value=meaning)
    r += 2
    ws.cell(row=r, column=1, value="Targets shown as a quarter are financial-year quarters (April–March).").font = Font(italic=True)
    wb.save(out(name))

    expected(name,
             source=("Imitates the remediation tracker a private company keeps and shares with the ICO after a "
                     "personal data breach investigation (Synnovis pathology partnership after the June 2024 "
                     "ransomware attack; layout after published ICO-facing remediation trackers such as Capita plc's). "
                     "Copied: document-control sheet with version history, tracker sheet with title and reporting "
                     "period, RAG summary block above the table, workstream and ICO finding cells merged down over "
                     "their actions, original and revised target dates, previous and current RAG as filled letters, "
                     "and a B/G/A/R key below."),
             reads=("A remediation tracker of eight actions under three workstreams, each action sitting under the ICO "
                    "finding it answers (finding cells merged over one to three actions). Each action has an owner "
                    "(sometimes two posts), an original and sometimes a revised target, and previous and current RAG "
                    "letters; the current letter (B = complete) is the status."),
             outcome="read", title=title, actions=acts)


# ================================================================ 3. SLC risk register (refuse)
def make_slc():
    name = "wf-student-loans-company-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Student Loans Company – Strategic Risk Register 2025-26"
    risks = [
        ("SR01", "Repayment service resilience",
         "Cause: dependency on HMRC and employer payroll data and on ageing repayment systems. Event: repayments are "
         "misallocated or delayed. Effect: customer detriment, over-repayment refunds and reputational damage.",
         "Chief Operating Officer", (4, 4, 16), "Daily reconciliation with HMRC data; repayment quality checks; "
         "over-repayment prevention campaign.", (3, 4, 12), 8, "↔",
         [("Complete migration of repayment processing to the new platform, with a period of parallel running.",
           "Director of Repayments", "Dec 2025", "G"),
          ("Agree revised service level targets with HMRC for employer-reported repayment data.",
           "Director of Repayments / Head of Partnerships", "Mar 2026", "A"),
          ("Deliver the contact centre surge plan for the April 2026 repayment threshold change.",
           "Head of Customer Operations", "Q4 2025/26", "G")]),
        ("SR02", "Cyber and information security",
         "Cause: persistent threat from criminal and state actors. Event: successful attack compromises customer data "
         "or disrupts payments. Effect: loss of service, regulatory action and loss of trust.",
         "Chief Information Officer", (5, 5, 25), "24/7 security operations centre; MFA; annual IT health check; "
         "GovAssure self-assessment.", (3, 5, 15), 10, "↔",
         [("Complete remediation of the Cyber Assessment Framework (CAF) outcomes not yet achieved under GovAssure.",
           "Chief Information Security Officer", "Jan 2026", "A"),
          ("Run a cyber incident exercise with DfE and NCSC and report lessons to ARAC.",
           "Head of Security Operations", "Nov 2025", "G")]),
        ("SR03", "Future Service transformation delivery",
         "Cause: scale and complexity of replacing legacy platforms while running live service. Event: programme "
         "milestones slip. Effect: benefits delayed, higher cost and continued reliance on legacy contracts.",
         "Chief Transformation Officer", (4, 4, 16), "Programme board; monthly DfE assurance; independent "
         "Gateway review.", (4, 3, 12), 8, "↑",
         [("Re-baseline the programme plan following the Gateway 0 review and agree it with DfE sponsors.",
           "Programme Director", "Dec 2025", "A"),
          ("Complete the supplier exit and transition plan for the legacy platform contract.",
           "Head of Commercial", "Febuary 2026", "A")]),
        ("SR04", "Workforce capacity and capability",
         "Cause: competitive market for digital skills and high contact centre attrition. Event: SLC cannot recruit "
         "or retain the people it needs. Effect: service performance and change delivery suffer.",
         "Chief People Officer", (4, 3, 12), "Strategic workforce plan; pay award implemented; "
         "apprenticeship and graduate schemes.", (3, 3, 9), 6, "↓",
         [("Implement strategic workforce plan priorities for digital and data roles.",
           "Head of Resourcing", "Mar 2026", "G"),
          ("Reduce contact centre attrition through revised onboarding and a buddy scheme for new advisers.",
           "Head of Customer Operations", "Jun 2026", "G")]),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    widths(cv, [22, 70])
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate([("Owner", "Chief Executive Officer"), ("Prepared by", "Head of Risk and Assurance"),
                                ("Position at", "31 October 2025"), ("Reviewed by", "Executive Team, 11 November 2025"),
                                ("Reported to", "Audit and Risk Assurance Committee, 25 November 2025"),
                                ("Classification", "OFFICIAL")], start=3):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv["A10"] = "Scoring: Likelihood (L) x Impact (I), each 1–5. 15–25 high (red); 8–12 medium (amber); 1–6 low (green)."

    ws = wb.create_sheet("Strategic Risk Register")
    widths(ws, [7, 22, 45, 20, 4, 4, 7, 40, 4, 4, 7, 8, 7, 50, 28, 12, 8])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:Q1")
    ws["A2"] = "Position at 31 October 2025 | Reviewed by Executive Team 11/11/2025 | ARAC 25/11/2025"
    ws.merge_cells("A2:Q2")
    groups = [("Risk", 1, 4), ("Inherent", 5, 7), ("Controls", 8, 8), ("Residual (current)", 9, 11),
              ("Target", 12, 12), ("Trend", 13, 13), ("Further mitigating actions", 14, 17)]
    for lab, a, b in groups:
        c = ws.cell(row=4, column=a, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_HEX["header"])
        c.alignment = Alignment(horizontal="center")
        if b > a:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    header_row(ws, 5, ["Ref", "Risk title", "Risk description", "Risk owner", "L", "I", "Score",
                       "Key controls in place", "L", "I", "Score", "Target score", "Trend",
                       "Action", "Action owner", "Due", "Status"], colour="2F5496")
    r = 6
    typo_row = None

    def score_fill(s):
        return RAG_HEX["red"] if s >= 15 else RAG_HEX["amber"] if s >= 8 else RAG_HEX["green"]

    for (rid, rtitle, desc, owner, inh, ctrls, res, tgt, trend, actions) in risks:
        top = r
        for (text, aowner, due, st) in actions:
            for col, v in ((14, text), (15, aowner), (16, due), (17, st)):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=17).fill = fill(RAG_HEX[{"G": "green", "A": "amber", "R": "red"}[st]])
            if due.startswith("Febuary"):
                typo_row = r
            r += 1
        bottom = r - 1
        vals = {1: rid, 2: rtitle, 3: desc, 4: owner, 5: inh[0], 6: inh[1], 7: inh[2], 8: ctrls,
                9: res[0], 10: res[1], 11: res[2], 12: tgt, 13: trend}
        for col, v in vals.items():
            c = ws.cell(row=top, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if col in (7, 11, 12):
                c.fill = fill(score_fill(v))
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increasing  ↔ stable  ↓ decreasing. Action status: G on track; A at risk; R off track.").font = Font(italic=True)
    wb.save(out(name))
    assert typo_row == 12, typo_row

    expected(name,
             source=("Imitates an arm's-length body's strategic risk register as reported to its Audit and Risk "
                     "Assurance Committee (Student Loans Company, 2025-26; layout after published central government "
                     "and ALB registers following the Orange Book). Copied: cover sheet with owner, position date and "
                     "reporting route; grouped two-row header (Risk / Inherent / Controls / Residual / Target / Trend / "
                     "Further mitigating actions); cause-event-effect descriptions; L x I scores with fill; risk cells "
                     "merged down over their further actions; month-and-year due cells; trend arrows."),
             reads=("A strategic risk register of four risks, each with two or three further mitigating actions that "
                    "have an owner, a due month and a G/A status. The due cell of the second SR03 action (sheet row 12) "
                    "reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks before reading the plan."),
             outcome="refuse", title=title, refuse_at=12)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ================================================================ 4. Isabel Hospice CQC
def make_isabel():
    name = "wf-isabel-hospice-cqc-inspection-action-plan.docx"
    title = "Isabel Hospice – CQC Inspection Action Plan"
    sections = [
        ("1. Safe", [
            ("The provider must ensure that medicines, including controlled drugs, are stored, administered and recorded safely on the inpatient unit (Regulation 12).", [
                ("1.1", "Introduce a twice-daily controlled drugs stock check, signed by two registered nurses, with any discrepancy reported on the incident reporting system the same shift.",
                 "Inpatient Unit Ward Manager", ["Inpatient Unit Ward Manager"], "30/04/2025", "2025-04", None, "Blue", "blue",
                 "In place from 7 April 2025. Audit of April–June shows 100% completion."),
                ("1.2", "Replace the medicines refrigerator on the inpatient unit and install continuous temperature monitoring with alerts.",
                 "Head of Facilities", ["Head of Facilities"], "June 2025", "2025-06", None, "Blue", "blue",
                 "New refrigerator and remote monitoring installed 12 June 2025."),
                ("1.3", "Complete a quarterly medicines management audit and report the findings to the Clinical Governance Committee.",
                 "Pharmacist / Director of Patient Care", ["Pharmacist", "Director of Patient Care"], "Quarterly", None, "Quarterly", "Green", "green",
                 "Q1 audit reported July 2025; Q2 audit under way."),
            ]),
            ("The provider must ensure that falls and pressure damage risk assessments are completed and reviewed for every patient (Regulation 12).", [
                ("1.4", "Add mandatory falls and pressure area risk assessment fields to the electronic patient record so that they must be completed within 6 hours of admission.",
                 "Clinical Systems Lead", ["Clinical Systems Lead"], "31/07/2025", "2025-07", None, "", "green",
                 "Template changes live; compliance 96% in September."),
            ]),
        ]),
        ("2. Responsive", [
            ("The provider should ensure complaints are acknowledged and responded to within the timescales set out in its complaints policy.", [
                ("2.1", "Set up a complaints log with automatic reminders at 3 and 20 working days, monitored weekly by the Quality and Patient Safety Lead.",
                 "Quality and Patient Safety Lead", ["Quality and Patient Safety Lead"], "31/05/2025", "2025-05", None, "Blue", "blue",
                 "Log in use since May 2025."),
                ("2.2", "Publish a quarterly ‘You said, we did’ summary of complaints and compliments for patients and families.",
                 "Head of Communications", ["Head of Communications"], "Q2 2025/26", "2025-09", "Q2 2025/26", "Amber", "amber",
                 "First summary drafted; awaiting sign-off by the Director of Patient Care."),
            ]),
        ]),
        ("3. Well-led", [
            ("The provider must ensure governance systems are effective in identifying and addressing risks to quality and safety (Regulation 17).", [
                ("3.1", "Review the clinical risk register at every meeting of the Trustees’ Quality and Safety Committee.",
                 "Chief Executive / Chair of Quality and Safety Committee", ["Chief Executive", "Chair of Quality and Safety Committee"],
                 "Ongoing", None, "Ongoing", "Green", "green",
                 "Standing item from June 2025 meeting."),
                ("3.2", "Commission an external review of clinical governance arrangements and present the resulting action plan to the Board.",
                 "Director of Patient Care", ["Director of Patient Care"], "Dec 2025", "2025-12", None, "Amber", "amber",
                 "Reviewer appointed; fieldwork planned for November."),
            ]),
            ("The provider should ensure all staff complete mandatory training, including Mental Capacity Act training, in line with its policy.", [
                ("3.3", "Run additional Mental Capacity Act and DoLS training sessions for registered nurses and healthcare assistants, and track compliance monthly.",
                 "Education Lead", ["Education Lead"], "30 September 2025", "2025-09", None, "Red", "red",
                 "Compliance 71% against 90% target; two sessions cancelled due to trainer sickness. Escalated."),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Location: Isabel Hospice, Welwyn Garden City – inpatient unit, day services and hospice at home")
    doc.add_paragraph("Inspection: 4 and 5 March 2025 (report published 20 May 2025). Overall rating: Requires improvement.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Patient Care"), ("Version", "2.1"),
                 ("Date", "15 October 2025"), ("Approved by", "Clinical Governance Committee"),
                 ("Next review", "January 2026")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, colour, meaning in [("Blue", "blue", "Action completed and evidence of embedding"),
                                  ("Green", "green", "On track to meet target date"),
                                  ("Amber", "amber", "Some delay – recovery plan in place"),
                                  ("Red", "red", "Not on track – escalated to Senior Leadership Team")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], RAG_HEX[colour])
        set_cell(row[1], meaning)

    acts = []
    cols = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update (October 2025)"]
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for rec, actions in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for (ref, text, lead_cell, leads, date_cell, end, end_text, rag_word, status, prog) in actions:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, lead_cell, date_cell, rag_word, prog]):
                    set_cell(cells[i], v)
                shade(cells[4], RAG_HEX[status])
                acts.append(act(ref, [sec, rec], text, leads, end, status, end_text))
        doc.add_paragraph()

    doc.add_paragraph("Progress against this plan is reported to the Clinical Governance Committee monthly and to the "
                      "Board of Trustees quarterly. Evidence is held in the CQC evidence folder on SharePoint.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Name", "Role", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row_vals in [("Helen Marsh", "Director of Patient Care", "15/10/2025"),
                     ("David Okafor", "Chief Executive", "16/10/2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row_vals):
            set_cell(cells[i], v)
    doc.save(out(name))

    expected(name,
             source=("Imitates a hospice's action plan after a CQC inspection rated it Requires improvement (Isabel "
                     "Hospice, Hertfordshire, 2025; layout after published hospice and independent-sector CQC "
                     "must-do/should-do action plans). Copied: title and inspection details, document control table, "
                     "RAG key table with shaded cells, one section heading and table per CQC key question, the "
                     "must-do or should-do text as a full-width shaded row above its numbered actions, word RAG with "
                     "shading (one cell shaded green with no word), progress column, closing note and sign-off table."),
             reads=("A CQC action plan in three sections (Safe, Responsive, Well-led), each a table in which each "
                    "must-do or should-do requirement is followed by its numbered actions. Each action has a lead "
                    "(two posts where joined by a slash), a target date (a date, a month, a financial quarter, "
                    "'Quarterly' or 'Ongoing') and a Blue/Green/Amber/Red rating, Blue meaning completed."),
             outcome="read", title=title, actions=acts)


# ================================================================ 5. Lake District NPA lessons learned
def make_ldnpa():
    name = "wf-lake-district-npa-new-year-2025-flooding-lessons-learned-action-plan.docx"
    title = "Lake District National Park Authority: New Year 2025 Flooding – Lessons Learned Action Plan"
    themes = [
        ("Theme A – Warning and informing", [
            ("1. Flood warnings and road closure information did not reach visitors staying in holiday lets and on campsites.", [
                ("A1", "Agree with Westmorland and Furness Council and Cumberland Council how road closure information is shared with the Authority's visitor information channels.",
                 "Head of Visitor Services", ["Head of Visitor Services"], "31/03/2025", "2025-03", None, "Complete", "blue"),
                ("A2", "Set up a winter weather alerts mailing list for accommodation providers and campsite operators in flood-prone valleys.",
                 "Communications Manager / Tourism Partnership Officer", ["Communications Manager", "Tourism Partnership Officer"],
                 "October 2025", "2025-10", None, "On track", "green"),
            ]),
            ("2. Rangers did not have a single, up-to-date list of the rights of way and car parks that were closed.", [
                ("A3", "Create a shared closures log in the rights of way management system that rangers can update in the field from mobile devices.",
                 "Rights of Way Manager", ["Rights of Way Manager"], "Dec 2025", "2025-12", None, "At risk", "amber"),
            ]),
        ]),
        ("Theme B – Response and assets", [
            ("3. Sandbags and pumps held at Brockhole and Murley Moss could not be reached out of hours.", [
                ("B1", "Review where emergency equipment is held and provide key safe access for duty officers out of hours.",
                 "Estates Manager", ["Estates Manager"], "30/09/2025", "2025-09", None, "Complete", "blue"),
                ("B2", "Add the Authority's emergency equipment to the Cumbria Local Resilience Forum resource register.",
                 "Emergency Planning Lead", ["Emergency Planning Lead"], "31/12/2025", "2025-12", None, "On track", "green"),
            ]),
            ("4. Damage to footbridges and paths was not recorded consistently, which delayed insurance claims and bids for recovery funding.", [
                ("B3", "Introduce a standard asset damage recording form with photographs and grid references.",
                 "Ranger Manager (North) / Ranger Manager (South)", ["Ranger Manager (North)", "Ranger Manager (South)"],
                 "Nov 2025", "2025-11", None, "On track", "green"),
                ("B4", "Prepare a recovery funding bid for the repair of footbridges in Borrowdale and Langdale.",
                 "Head of Land Management", ["Head of Land Management"], "Q4 2025/26", "2026-03", "Q4 2025/26", "Off track", "red"),
            ]),
        ]),
        ("Theme C – Learning and review", [
            ("5. The debrief was delayed because there was no agreed process for reviewing incidents.", [
                ("C1", "Adopt a post-incident debrief procedure, with a target of holding the debrief within four weeks of an incident.",
                 "Emergency Planning Lead", ["Emergency Planning Lead"], "Annually", None, "Annually", "On track", "green"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("Following the flooding of 1–2 January 2025, a multi-team debrief was held on 6 February 2025 "
                      "with rangers, visitor services, estates, communications and partners from the Cumbria Local "
                      "Resilience Forum. The lessons below were agreed by the Leadership Team on 11 March 2025. This "
                      "plan is updated six-monthly and reported to the Park Authority.")
    doc.add_paragraph("Last updated: 30 September 2025")
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, colour, meaning in [("Complete", "blue", "Action delivered"),
                                  ("On track", "green", "Expected to be delivered by the date shown"),
                                  ("At risk", "amber", "Some slippage; may miss the date shown"),
                                  ("Off track", "red", "Will not be delivered by the date shown")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], RAG_HEX[colour])
        set_cell(row[1], meaning)
    doc.add_paragraph()
    cols = ["What we learned", "Ref", "Action", "Owner", "By when", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, hh in enumerate(cols):
        set_cell(t.rows[0].cells[i], hh, bold=True)
        shade(t.rows[0].cells[i], "C5E0B3")
    acts = []
    for theme, lessons in themes:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, theme, bold=True)
        shade(m, "E2EFDA")
        for lesson, actions in lessons:
            first_idx = len(t.rows)
            for (ref, text, owner, leads, when, end, end_text, stword, status) in actions:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, owner, when, stword], start=1):
                    set_cell(cells[i], v)
                shade(cells[5], RAG_HEX[status])
                acts.append(act(ref, [theme, lesson], text, leads, end, status, end_text))
            last_idx = len(t.rows) - 1
            top = t.rows[first_idx].cells[0]
            if last_idx > first_idx:
                top = top.merge(t.rows[last_idx].cells[0])
            set_cell(top, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Note: Actions for partner organisations (Environment Agency, Westmorland and Furness Council) are "
                      "recorded in the Cumbria LRF multi-agency debrief report and are not repeated here.")
    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hh in enumerate(["Version", "Date", "Changes"]):
        set_cell(t.rows[0].cells[i], hh, bold=True)
    for vals in [("1.0", "11/03/2025", "Agreed by Leadership Team"),
                 ("1.1", "02/07/2025", "Update for Park Authority meeting"),
                 ("1.2", "30/09/2025", "Six-monthly update")]:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
    doc.save(out(name))

    expected(name,
             source=("Imitates a national park authority's lessons-learned action plan after a flood event (Lake "
                     "District National Park Authority, January 2025 flooding; layout after published NPA storm and "
                     "wildfire lessons-learned plans such as those after Storm Arwen and the 2025 moorland fires). "
                     "Copied: title heading and introductory paragraph, status key table with shaded word statuses "
                     "(Complete/On track/At risk/Off track), one table with full-width theme rows and the numbered "
                     "lesson cell merged down beside its actions, lettered action refs, a note below and a version "
                     "history table."),
             reads=("A lessons-learned plan of eight actions in one table, grouped under three themes, each action "
                    "beside the numbered lesson it answers. Each has an owner (two posts where a slash joins them), a "
                    "'by when' that is a date, a month, a financial quarter or 'Annually', and a status read through "
                    "the key (Complete = blue, On track = green, At risk = amber, Off track = red)."),
             outcome="read", title=title, actions=acts)


# ================================================================ 6. Marlborough Town Council CSV
def make_marlborough():
    name = "wf-marlborough-town-council-internal-audit-action-plan-2024-25.csv"
    title = "Marlborough Town Council – Internal Audit Action Plan 2024/25"
    A = "A. Proper bookkeeping"
    B = "B. Financial Regulations and Standing Orders"
    C = "C. Risk management"
    Dd = "D. Payroll"
    E = "E. Transparency and publication"
    R1 = "Bank reconciliations should be reviewed, signed and dated by a councillor who is not a bank signatory."
    R2 = "Financial Regulations should be updated to the 2024 NALC model and readopted."
    R3 = "The risk register should be reviewed by Council at least annually and should cover all Council assets and activities."
    R4 = "Staff contracts and the pay policy should reflect the 2024/25 NJC pay award."
    R5 = "The Council should publish the information required by the Local Government Transparency Code 2015."
    rows = [
        # ref, area cell, rec cell, action, responsible cell, leads, target, end, end_text, status letter, status, comment, area, rec
        ("1", A, R1, "Non-signatory councillor to review and sign the monthly bank reconciliation at each F&GP meeting, with the review minuted.",
         "RFO / Chair of F&GP", ["RFO", "Chair of F&GP"], "30/06/2025", "2025-06", None, "C", "blue",
         "In place from the May 2025 meeting.", A, R1),
        ("2a", B, R2, "Redraft Financial Regulations using the NALC 2024 model, including the revised procurement thresholds.",
         "Town Clerk", ["Town Clerk"], "Jul-25", "2025-07", None, "C", "blue",
         "Draft considered by F&GP 14 July 2025.", B, R2),
        ("2b", "", "", "Present the revised Financial Regulations to Full Council for adoption.",
         "Town Clerk", ["Town Clerk"], "Sep-25", "2025-09", None, "G", "green",
         "On the agenda for Full Council 8 September 2025.", B, R2),
        ("3", C, R3, "Review and update the risk register to include:\n- Town Hall lettings\n- the Wednesday and Saturday markets\n- the outdoor events programme",
         "Deputy Town Clerk", ["Deputy Town Clerk"], "31/10/2025", "2025-10", None, "A", "amber",
         "Markets section drafted. Events section delayed until after the summer events season.", C, R3),
        ("4", Dd, R4, "Issue contract variation letters to all staff confirming the 2024/25 NJC pay award.",
         "Town Clerk", ["Town Clerk"], "31/05/2025", "2025-05", None, "C", "blue",
         "Letters issued 19 May 2025.", Dd, R4),
        ("5a", E, R5, "Publish monthly payments over £500 on the Council website.",
         "Administrative Officer", ["Administrative Officer"], "Ongoing", None, "Ongoing", "G", "green",
         "Up to date to August 2025.", E, R5),
        ("5b", "", "", "Publish the internal audit report and the AGAR on the website within the statutory deadline.",
         "Town Clerk", ["Town Clerk"], "30/06/2025", "2025-06", None, "C", "blue",
         "Published 27 June 2025 with the notice of public rights.", E, R5),
    ]
    path = out(name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([title, "", "", "", "", "", "", ""])
        w.writerow(["Internal auditor's report dated 22 April 2025 (year-end visit). Agreed by Finance & General Purposes "
                    "Committee 12 May 2025; updated for Full Council 8 September 2025.", "", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", "", ""])
        w.writerow(["Rec No.", "Area", "Recommendation", "Agreed action", "Responsible", "Target date",
                    "Status", "Comments"])
        acts = []
        for (ref, area_c, rec_c, text, resp, leads, target, end, end_text, letter, status, comment, area, rec) in rows:
            w.writerow([ref, area_c, rec_c, text, resp, target, letter, comment])
            acts.append(act(ref, [area, rec], text, leads, end, status, end_text))
        w.writerow(["", "", "", "", "", "", "", ""])
        w.writerow(["Status key: C = complete; G = on track; A = behind target; R = overdue", "", "", "", "", "", "", ""])
        w.writerow(["Prepared by the Town Clerk (RFO). Next review: Finance & General Purposes Committee, November 2025.",
                    "", "", "", "", "", "", ""])

    expected(name,
             source=("Imitates a town council's action plan responding to its internal auditor's year-end report, "
                     "exported to CSV from the clerk's spreadsheet (Marlborough Town Council, Wiltshire, 2024/25; "
                     "layout after town and parish council internal audit action plans published with AGAR papers). "
                     "Copied: title and provenance lines, Rec No./Area/Recommendation/Agreed action/Responsible/Target "
                     "date/Status/Comments columns, area and recommendation left blank on continuation rows (2b, 5b), "
                     "a multi-line action cell with a bulleted list, mixed date forms, a letter status key and a "
                     "prepared-by line at the foot."),
             reads=("An internal audit action plan of seven agreed actions under five lettered AGAR areas, each answering "
                    "the auditor's recommendation beside it (repeated rows leave area and recommendation blank). "
                    "Statuses are letters read through the key at the foot, C meaning complete."),
             outcome="read", title=title, actions=acts)


# ================================================================ 7. Pathway Care Fostering txt
def make_pathway():
    name = "wf-pathway-care-fostering-ofsted-ifa-inspection-action-plan.txt"
    title = "Pathway Care Fostering – Ofsted Inspection Action Plan"
    areas = [
        ("Overall experiences and progress of children and young people", [
            ("1. The registered person must ensure that foster carers have the information they need about a child before the child is placed, including the placement plan and any risk assessment. (Regulation 22(2))", [
                ("1.1", "Introduce a pre-placement information checklist that must be completed and signed off by the supervising social worker before a child moves in.",
                 "Team Manager", ["Team Manager"], "31/03/2025", "2025-03", None, "Complete", "blue",
                 "Checklist in use from 17/03/2025."),
                ("1.2", "Audit placement plan receipt monthly and escalate to the placing authority's team manager any plan not received within 5 working days.",
                 "Supervising Social Workers", ["Supervising Social Workers"], "Monthly", None, "Monthly", "Green", "green",
                 "Audits April–August completed; 3 escalations made."),
            ]),
        ]),
        ("Helping and protecting children", [
            ("2. The registered person must ensure that allegations against foster carers are referred to the local authority designated officer (LADO) without delay. (Regulation 12)", [
                ("2.1", "Update the safeguarding and allegations procedure to require referral to the LADO within one working day of the agency becoming aware.",
                 "Registered Manager", ["Registered Manager"], "31/03/2025", "2025-03", None, "Complete", "blue",
                 "Procedure reissued 20/03/2025."),
                ("2.2", "Deliver managing allegations refresher training to all supervising social workers and duty staff.",
                 "Registered Manager / Training Officer", ["Registered Manager", "Training Officer"], "30 Apr 2025", "2025-04", None, "Complete", "blue",
                 "Two sessions held; 100% attendance."),
                ("2.3", "Audit all allegations received since April 2024 to confirm LADO referral timescales were met, and report the findings to the Responsible Individual.",
                 "Quality Assurance Manager", ["Quality Assurance Manager"], "June 2025", "2025-06", None, "Amber", "amber",
                 "80% of cases audited; completion delayed by staff absence."),
            ]),
            ("3. The registered person should ensure that foster carers' safer caring policies are reviewed at each annual review and after any significant incident. (NMS 4.5)", [
                ("3.1", "Add a safer caring policy review section to the foster carer annual review report template.",
                 "Panel Adviser", ["Panel Adviser"], "31/05/2025", "2025-05", None, "Complete", "blue",
                 "New template in use from May 2025."),
            ]),
        ]),
        ("The effectiveness of leaders and managers", [
            ("4. The registered person must ensure that supervising social workers receive regular formal supervision in line with the agency's supervision policy. (Regulation 21)", [
                ("4.1", "Set a monthly supervision schedule for all supervising social workers and monitor completion through the monthly management report.",
                 "Karen Doyle & Mo Ahmed", ["Karen Doyle", "Mo Ahmed"], "Jul-25", "2025-07", None, "Green", "green",
                 "Supervision compliance 94% (July–September)."),
            ]),
            ("5. The registered person should ensure that the Regulation 35 quality of care review is used to drive improvement, with clear actions and timescales. (NMS 25.7)", [
                ("5.1", "Produce the six-monthly Regulation 35 quality of care review with an action plan presented to the management team.",
                 "Responsible Individual", ["Responsible Individual"], "Oct-2025", "2025-10", None, "Green", "green",
                 "Data collection under way."),
                ("5.2", "Gather feedback from children, foster carers and placing authorities to inform the review.",
                 "Participation Worker", ["Participation Worker"], "Sept 2025", "2025-09", None, "Red", "red",
                 "Survey not yet sent; participation post vacant until August."),
            ]),
        ]),
    ]
    lines = [
        title,
        "Independent fostering agency (SC123456) | Inspection: 10 to 14 February 2025 | Overall experiences and progress of children and young people: requires improvement to be good",
        "Registered Manager: Karen Doyle\tResponsible Individual: Mo Ahmed\tLast updated: 30/09/2025",
        "",
        "Ref\tRequirement / recommendation / action\tResponsible\tDue date\tRAG\tProgress",
    ]
    acts = []
    for area, recs in areas:
        lines.append("")
        lines.append(area.upper())
        for rec, actions in recs:
            lines.append(rec)
            for (ref, text, resp, leads, due, end, end_text, rag, status, prog) in actions:
                lines.append("\t".join([ref, text, resp, due, rag, prog]))
                acts.append(act(ref, [area.upper(), rec], text, leads, end, status, end_text))
    lines += [
        "",
        "RAG: Complete = action finished and evidenced; Green = on track; Amber = at risk of slipping; Red = overdue.",
        "This plan is reviewed at the monthly management meeting and shared with Ofsted on request.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    expected(name,
             source=("Imitates an independent fostering agency's action plan after an Ofsted SCCIF inspection judged it "
                     "requires improvement to be good (Pathway Care Fostering, 2025), as a tab-separated plain-text "
                     "export. Copied: title, agency and inspection line, manager/RI/updated line, a header row, Ofsted "
                     "judgement areas as upper-case heading lines, each requirement ('must', with regulation) or "
                     "recommendation ('should', with NMS standard) as a numbered untabbed line, its actions numbered "
                     "below with Responsible, Due date, RAG and Progress, and a RAG note and closing line."),
             reads=("An Ofsted action plan in three judgement areas; under each, numbered requirements and recommendations "
                    "each followed by their numbered actions. Nine actions, each with who is responsible (two posts or "
                    "two people where joined by a slash or '&'), a due date or 'Monthly', and a Complete/Green/Amber/Red "
                    "status."),
             outcome="read", title=title, actions=acts)


if __name__ == "__main__":
    make_wyca()
    make_synnovis()
    make_slc()
    make_isabel()
    make_ldnpa()
    make_marlborough()
    make_pathway()
    print("done")
