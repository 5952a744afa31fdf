#!/usr/bin/env python
"""Build the seven ou1- blind test files (set heldout441) and their expected readings.

Run with /work/main/.venv/bin/python ou1_make.py from any directory; files are written
beside this script. Only files named ou1-* are written.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE)}
GREY = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
HEAD = PatternFill("solid", start_color="1F3864", end_color="1F3864")
LIGHT = PatternFill("solid", start_color="DEEAF6", end_color="DEEAF6")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("ou1-")
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------------------
# expected-reading writer (YAML written by hand-formatting; strings are JSON-quoted, which
# is valid YAML double-quoted style)
# --------------------------------------------------------------------------------------

def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(text, indent="  "):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 92 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return "\n".join(indent + l for l in lines)


def write_expected(fname, source, reads, outcome, title, actions, accept_refusal=False,
                   refuse_at=None):
    out = []
    out.append("source: >-")
    out.append(folded(source))
    out.append("reads: >-")
    out.append(folded(reads))
    out.append(f"outcome: {outcome}")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append(f"    under: [{', '.join(q(u) for u in a['under'])}]")
            out.append(f"    action: {q(a['action'])}")
            out.append(f"    lead: [{', '.join(q(x) for x in a['lead'])}]")
            out.append(f"    end: {q(a['end']) if a['end'] is not None else 'null'}")
            if a.get("end_text") is not None:
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(path(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    return dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status,
                end_text=end_text)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ======================================================================================
# 1. Central Bedfordshire Council – internal audit recommendations tracker (xlsx)
# ======================================================================================

def cbc_ia_tracker():
    fname = "ou1-central-bedfordshire-council-internal-audit-recommendations-tracker.xlsx"
    title = "Central Bedfordshire Council – Internal Audit Recommendations Tracker"
    d = dt.datetime

    # (section, ref, priority, rec, action, officer, orig, revised, status, rag, update,
    #  expected end, expected status)
    S1 = "Accounts Payable 2024/25 – Limited Assurance"
    S2 = "Home to School Transport 2024/25 – Reasonable Assurance"
    S3 = "Cyber Security: Patch Management 2024/25 – Limited Assurance"
    REC_AP1 = ("Duplicate payment checks are not run before each BACS payment run. Management "
               "should ensure the duplicate payment report is run and reviewed before every "
               "payment run, with evidence of review retained.")
    REC_AP2 = ("Supplier bank detail changes are not independently verified. The Council should "
               "introduce call-back verification to a known contact for all requests to change "
               "supplier bank details and keep a log of the checks made.")
    REC_HST1 = ("Eligibility decisions are not consistently recorded on the case management "
                "system, so the basis for awarding transport cannot always be evidenced.")
    REC_HST2 = ("Contract variations with transport operators are agreed by email without "
                "formal approval in line with Contract Procedure Rules.")
    REC_CYB1 = ("A number of servers were running unsupported operating systems with no "
                "documented risk acceptance.")
    REC_CYB2 = "Patch compliance is not reported to senior management."

    rows = [
        ("section", S1),
        ("rec", "AP/01", "High", REC_AP1,
         "Duplicate payment report to be run and signed off by the Exchequer Team Leader before "
         "each BACS run; sign-off retained on the payment run file.",
         "Exchequer Services Manager", d(2025, 3, 31), None, "Implemented", "B",
         "Control in place from April 2025. Internal Audit tested 15 payment runs in September "
         "2025 – no exceptions. Proposed for closure."),
        ("rec2a", "AP/02a", "Medium", REC_AP2,
         "Update the supplier maintenance procedure to require call-back verification to a "
         "contact already held on the vendor master file.",
         "Exchequer Services Manager", d(2025, 6, 30), d(2025, 12, 31),
         "In progress – revised date", "A",
         "Procedure drafted; sign-off delayed by ERP upgrade testing. Revised date agreed by "
         "Head of Finance Operations."),
        ("rec2b", "AP/02b", "Medium", None,
         "Introduce a monthly report of supplier bank detail changes for independent review by "
         "the Finance Systems Team.",
         "Finance Systems Manager / Exchequer Services Manager", d(2025, 9, 30), None,
         "Overdue", "R",
         "Report specification agreed but not yet built. Revised date to be agreed at Finance "
         "DMT on 12 November 2025."),
        ("section", S2),
        ("rec", "HST/01", "Medium", REC_HST1,
         "Make the eligibility assessment template mandatory on Capita One for all new "
         "applications.\nQuarterly dip sample of 20 decisions by the Team Manager, with results "
         "reported to the Assistant Director.",
         "Transport Eligibility Team Manager", d(2025, 12, 31), None,
         "In progress – within target", "G",
         "Template live from 1 September 2025. First dip sample scheduled for December."),
        ("rec", "HST/02", "Low", REC_HST2,
         "All route variations over £5,000 per annum to be approved through the Transport "
         "Contract Variation form and recorded on the contracts register.",
         "Head of Passenger Transport", d(2026, 3, 31), None, "Not yet due", None,
         "Not yet due."),
        ("section", S3),
        ("rec", "CYB/01", "High", REC_CYB1,
         "Decommission or upgrade the remaining Windows Server 2012 R2 servers; where this is "
         "not possible, record a formal risk acceptance signed by the SIRO.",
         "Assistant Director ICT and Digital", d(2025, 3, 31), d(2026, 3, 31),
         "In progress – revised date", "A",
         "9 of 14 servers decommissioned. The remaining 5 support the legacy revenues system, "
         "which migrates to the cloud platform in Q4."),
        ("rec", "CYB/02", "High", REC_CYB2,
         "Monthly patch compliance dashboard to be presented to the Information Governance "
         "Board.",
         "Head of ICT Infrastructure and Security", d(2025, 6, 30), None, "Implemented", "B",
         "Dashboard reported monthly since June 2025."),
    ]
    expected = [
        A("AP/01", [S1, REC_AP1], rows[1][4], ["Exchequer Services Manager"], "2025-03", "blue"),
        A("AP/02a", [S1, REC_AP2], rows[2][4], ["Exchequer Services Manager"], "2025-12", "amber"),
        A("AP/02b", [S1, REC_AP2], rows[3][4],
          ["Finance Systems Manager", "Exchequer Services Manager"], "2025-09", "red"),
        A("HST/01", [S2, REC_HST1], rows[5][4], ["Transport Eligibility Team Manager"],
          "2025-12", "green"),
        A("HST/02", [S2, REC_HST2], rows[6][4], ["Head of Passenger Transport"], "2026-03",
          "unrated"),
        A("CYB/01", [S3, REC_CYB1], rows[8][4], ["Assistant Director ICT and Digital"],
          "2026-03", "amber"),
        A("CYB/02", [S3, REC_CYB2], rows[9][4], ["Head of ICT Infrastructure and Security"],
          "2025-06", "blue"),
    ]

    wb = openpyxl.Workbook()
    # ---- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of agreed management actions by priority and status"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025 (Audit Committee, 24 November 2025)"
    labels = ["Priority", "Implemented", "In progress – within target",
              "In progress – revised date", "Overdue", "Not yet due", "Total"]
    header_row(ws, 5, labels)
    data = [("High", 2, 0, 1, 0, 0, 3), ("Medium", 0, 1, 1, 1, 0, 3),
            ("Low", 0, 0, 0, 0, 1, 1), ("Total", 2, 1, 2, 1, 1, 7)]
    for r, rowv in enumerate(data, start=6):
        for c, v in enumerate(rowv, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if rowv[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = ("Note: actions verified as implemented are reported once and then removed "
                 "from the tracker. Full detail is on the 'Tracker' sheet.")
    set_widths(ws, [14, 14, 16, 16, 12, 12, 10])

    # ---- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 24 November 2025 | Appendix B | Open and recently closed actions"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Priority", "Finding / Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
           "RAG", "Management Update (October 2025)"]
    header_row(ws, 4, hdr)
    r = 5
    rag_fill = {"B": FILL[BLUE], "G": FILL[GREEN], "A": FILL[AMBER], "R": FILL[RED]}
    rec2_row = None
    for row in rows:
        if row[0] == "section":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = GREY
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        kind, ref, prio, rec, act, off, orig, rev, status, rag, upd = row
        vals = [ref, prio, rec, act, off, orig, rev, status, rag, upd]
        for c, v in enumerate(vals, start=1):
            if kind == "rec2b" and c == 3:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (6, 7) and v is not None:
                cell.number_format = "dd/mm/yyyy"
            if c == 9 and v:
                cell.fill = rag_fill[v]
                cell.alignment = Alignment(horizontal="center", vertical="top")
        if kind == "rec2a":
            rec2_row = r
        if kind == "rec2b":
            ws.merge_cells(start_row=rec2_row, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – "
            "significant weakness; Low – improvement to good practice.")
    ws.cell(row=r + 1, column=1, value="RAG definitions are on the 'Key' sheet.")
    set_widths(ws, [9, 9, 45, 45, 24, 12, 12, 16, 6, 40])
    ws.freeze_panes = "A5"

    # ---- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("B", BLUE, "Implemented – evidence verified by Internal Audit"),
           ("G", GREEN, "In progress and on track to meet the original target date"),
           ("A", AMBER, "In progress – revised target date agreed with Internal Audit"),
           ("R", RED, "Overdue – no revised date agreed"),
           ("", None, "Not yet due – no RAG applied")]
    for i, (k, col, txt) in enumerate(key, start=2):
        c = ws.cell(row=i, column=1, value=k or None)
        if col:
            c.fill = FILL[col]
        ws.cell(row=i, column=2, value=txt)
    set_widths(ws, [6, 60])
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a unitary council's internal audit follow-up report to Audit "
                "Committee (Central Bedfordshire Council, Audit Committee papers on "
                "centralbeds.moderngov.co.uk, 2025 position; cf. follow-up reports of South "
                "Kesteven and West Lancashire). Copies: a summary sheet of counts by priority "
                "and status, the tracker sheet grouped by audit with the assurance opinion in a "
                "grey section row, finding/recommendation beside the agreed management action "
                "(one recommendation merged over two actions), original and revised target "
                "dates as Excel dates, status words plus a RAG letter with fill, and a separate "
                "Key sheet."),
        reads=("Three sheets: a Summary of counts, the Tracker, and a RAG Key. On the Tracker, "
               "seven agreed management actions sit under three audits (grey section rows); each "
               "answers the recommendation beside it, AP/02a and AP/02b sharing one merged "
               "recommendation. The revised target date, where given, is the end; the RAG letter "
               "(B/G/A/R, blank for not yet due) gives the status."),
        outcome="read", title=title, actions=expected)


# ======================================================================================
# 2. East Riding of Yorkshire Council – strategic risk register (xlsx)
# ======================================================================================

def eryc_risk_register():
    fname = "ou1-east-riding-of-yorkshire-council-strategic-risk-register.xlsx"
    title = "East Riding of Yorkshire Council – Strategic Risk Register"
    d = dt.datetime
    risks = [
        ("SR1 Financial sustainability",
         "Rising demand in social care and SEND, inflation and uncertainty over funding reform "
         "lead to the Council being unable to set and deliver a balanced budget over the MTFS "
         "period.",
         "Director of Corporate Resources", "5 x 5 = 25",
         "MTFS reviewed twice yearly; monthly budget monitoring to CMT and Cabinet; reserves "
         "strategy; savings tracker.", 16, "↔", 12,
         [("SR1.1", "Deliver the 2026/27 savings programme (£14.2m) with monthly tracking "
                    "through the Transformation Board.",
           "Director of Corporate Resources", d(2026, 3, 31), "mmm-yy", AMBER),
          ("SR1.2", "Refresh the Medium Term Financial Strategy to 2029/30 following the Local "
                    "Government Finance Settlement.",
           "Head of Finance", d(2026, 2, 28), "mmm-yy", GREEN)]),
        ("SR2 Safeguarding children",
         "Failure of the Council or its partners to identify and respond to children at risk of "
         "significant harm, resulting in serious harm to a child and loss of confidence.",
         "Director of Children, Families and Schools", "4 x 5 = 20",
         "Safeguarding Children Partnership arrangements; QA framework and case audits; "
         "principal social worker; weekly performance clinics.", 10, "↔", 10,
         [("SR2.1", "Implement the revised multi-agency threshold document and deliver "
                    "briefings to all partner agencies.",
           "Head of Children's Social Care", d(2026, 1, 31), "dd/mm/yyyy", GREEN),
          ("SR2.2", "Complete the recruitment campaign for permanent social workers in the "
                    "Assessment Teams to bring agency use below 15%.",
           "Head of Children's Social Care / HR Business Partner", "Q4 2025/26", None, AMBER)]),
        ("SR3 High needs and SEND demand",
         "Growth in EHCPs and specialist placements exceeds the High Needs Block allocation, "
         "increasing the Dedicated Schools Grant deficit and affecting outcomes for children "
         "with SEND.",
         "Director of Children, Families and Schools", "5 x 5 = 25",
         "DSG deficit management plan monitored by Schools Forum; SEND Partnership Board; "
         "placement panel.", 20, "↑", 15,
         [("SR3.1", "Deliver the DSG deficit management plan, including expansion of specialist "
                    "resourced provision in mainstream schools.",
           "Head of Inclusion and SEND", "Ongoing", None, RED),
          ("SR3.2", "Clear the backlog of overdue EHCP annual reviews.",
           "SEND Service Manager", d(2025, 12, 31), "mmm-yy", BLUE)]),
        ("SR4 Cyber security and data loss",
         "A successful cyber attack or loss of data causes disruption to services, financial "
         "loss and regulatory action.",
         "Head of ICT", "4 x 5 = 20",
         "Firewalls, MFA and endpoint protection; backups tested quarterly; Information "
         "Governance Board.", 12, "↓", 8,
         [("SR4.1", "Achieve PSN re-certification and complete the annual IT health check "
                    "remediation plan.",
           "Head of ICT", d(2026, 6, 30), "dd/mm/yyyy", GREEN),
          ("SR4.2", "Roll out phishing simulation and mandatory cyber awareness training to all "
                    "staff and elected members.",
           "Information Governance Manager", d(2026, 3, 31), "mmm-yy", GREEN)]),
    ]
    colour_status = {RED: "red", AMBER: "amber", GREEN: "green", BLUE: "blue"}
    expected = []
    for rk in risks:
        for ref, act, owner, tgt, fmt, col in rk[8]:
            if isinstance(tgt, dt.datetime):
                end, end_text = tgt.strftime("%Y-%m"), None
            elif tgt == "Q4 2025/26":
                end, end_text = "2026-03", tgt
            elif tgt == "Ongoing":
                end, end_text = None, tgt
            leads = [x.strip() for x in owner.split("/")]
            expected.append(A(ref, [rk[0]], act, leads, end, colour_status[col], end_text))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 – position at 30 November 2025"
    ws["A3"] = ("Reviewed by Corporate Management Team 9 December 2025; to Audit Committee "
                "28 January 2026")
    ws["A5"] = ("Scores are Likelihood x Impact (1–5). Residual score: 15–25 red, 8–12 amber, "
                "1–6 green. Direction of travel since Q2: ↑ increased, ↓ reduced, ↔ no change.")
    ws["A6"] = "Action RAG:"
    ws["A6"].font = Font(bold=True)
    keyitems = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Delayed but recoverable"),
                (RED, "Significantly delayed / at risk")]
    for i, (col, txt) in enumerate(keyitems):
        c = ws.cell(row=6, column=2 + i, value=txt)
        c.fill = FILL[col]
        c.border = BOX
    hdr = ["Risk", "Risk Description", "Risk Owner", "Inherent Score (L x I)",
           "Key Controls in Place", "Residual Score", "Direction of Travel", "Target Score",
           "Action Ref", "Further Action Required", "Action Owner", "Target Date",
           "Action RAG"]
    header_row(ws, 8, hdr)
    r = 9
    for rk in risks:
        name, desc, owner, inh, ctrl, resid, dot, target, acts = rk
        start = r
        for ref, act, aowner, tgt, fmt, col in acts:
            for c, v in zip(range(9, 14), [ref, act, aowner, tgt, None]):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if fmt:
                ws.cell(row=r, column=12).number_format = fmt
            ws.cell(row=r, column=13).fill = FILL[col]
            r += 1
        for c, v in zip(range(1, 9), [name, desc, owner, inh, ctrl, resid, dot, target]):
            cell = ws.cell(row=start, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c == 1:
                cell.font = Font(bold=True)
            if c == 6:
                cell.fill = FILL[RED if v >= 15 else AMBER if v >= 8 else GREEN]
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if c in (4, 7, 8):
                cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Risks de-escalated this quarter: none. New risks this "
            "quarter: none.")
    set_widths(ws, [20, 40, 22, 11, 38, 9, 9, 8, 8, 45, 26, 11, 8])
    ws.freeze_panes = "A9"

    ws2 = wb.create_sheet("Heat Map")
    ws2["A1"] = "Residual risk heat map – Q3 2025/26"
    ws2["A1"].font = Font(bold=True)
    ws2["A2"] = "Likelihood (rows) x Impact (columns)"
    for i in range(1, 6):
        ws2.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        ws2.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    placements = {(4, 4): "SR1", (2, 5): "SR2", (4, 5): "SR3", (3, 4): "SR4"}
    for li in range(1, 6):
        for im in range(1, 6):
            score = li * im
            c = ws2.cell(row=3 + (6 - li), column=1 + im, value=placements.get((li, im)))
            c.fill = FILL[RED if score >= 15 else AMBER if score >= 8 else GREEN]
            c.border = BOX
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a unitary council strategic risk register appendix to Audit "
                "Committee (East Riding of Yorkshire Council, Q3 2025/26; layout after the "
                "strategic risk registers reported by Reading, West Oxfordshire and South "
                "Kesteven: inherent/residual/target scores, direction of travel, existing "
                "controls, then further actions with owner, target date and status). Copies "
                "risk cells merged vertically over their further actions, residual scores "
                "coloured by band, an action RAG shown only by fill colour with a coloured key "
                "row, target dates as mmm-yy and dd/mm/yyyy Excel dates or words, and a separate "
                "heat-map sheet."),
        reads=("Four strategic risks, each with two further actions (SR1.1 to SR4.2) listed "
               "beside the merged risk cells; the actions are read under the risk name. The "
               "Action RAG column has no text, only fills, which the key row defines (blue "
               "complete, green, amber, red); the coloured residual-score and heat-map cells "
               "are risk scores, not action status."),
        outcome="read", title=title, actions=expected)


# ======================================================================================
# 3. Thurrock Council – Ofsted focused visit action plan (xlsx)
# ======================================================================================

def thurrock_focused_visit():
    fname = "ou1-thurrock-council-ofsted-focused-visit-action-plan.xlsx"
    title = "Thurrock Council – Ofsted Focused Visit Action Plan"
    AFI1 = ("1. The quality of written plans for children in need and children subject to a "
            "child protection plan, so that they are specific about what needs to change, by "
            "when and who is responsible.")
    AFI2 = ("2. The consistency of management oversight and supervision in making sure that "
            "plans progress for children in need.")
    AFI3 = ("3. The timeliness of return home interviews for children who go missing, and the "
            "use of the information from them to reduce risk.")
    # (ref, action, lead, timescale, measure, prev, curr, update, exp)
    acts = [
        (AFI1, "1.1", "Co-produce a revised child in need and child protection plan template "
                      "with practitioners and families, and launch it on Mosaic.",
         "Principal Social Worker", "September 2025",
         "New template used for all plans from October 2025.", GREEN, BLUE,
         "Template launched 29 September 2025.", ("2025-09", None)),
        (AFI1, "1.2", "Deliver SMART planning workshops to all social workers and team managers "
                      "in the Assessment and Family Support teams.",
         "Principal Social Worker / Workforce Development Manager", "Sept – Dec 2025",
         "90% of staff attended; audit shows plans are specific.", GREEN, GREEN,
         "6 of 8 workshops delivered; 74% attendance so far.", ("2025-12", "Sept – Dec 2025")),
        (AFI1, "1.3", "Monthly thematic audit of 20 child in need and child protection plans, "
                      "with findings reported to the Quality Assurance Board.",
         "Head of Quality Assurance and Safeguarding", "Monthly",
         "Audit grades for planning improve to 75% good or better.", AMBER, GREEN,
         "October audit: 61% of plans good or better (July baseline 42%).", (None, "Monthly")),
        (AFI2, "2.1", "Refresh the supervision policy, including four-weekly case supervision "
                      "for children in need and recorded management direction on every "
                      "child's file.",
         "Strategic Lead, Children's Social Care", "31/10/2025",
         "Supervision compliance above 90% on the performance report.", AMBER, BLUE,
         "Policy signed off at Children's Services DMT 21 October 2025.", ("2025-10", None)),
        (AFI2, "2.2", "Introduce a CIN tracker so that team managers review plans that have not "
                      "progressed after three months, with drift escalated to the Service "
                      "Manager.",
         "Team Managers (CIN) and Business Intelligence Lead", "December 2025",
         "No child in need plan open over 9 months without a management review.", RED, AMBER,
         "Tracker built in Power BI; testing with two teams before roll-out.",
         ("2025-12", None)),
        (AFI3, "3.1", "Recommission the return home interview service with a 72-hour offer "
                      "target and monthly contract monitoring.",
         "Children's Commissioning Manager", "November 2025 (revised to February 2026)",
         "85% of interviews offered within 72 hours.", AMBER, RED,
         "Tender returned no compliant bids; re-procurement under way, interim arrangement "
         "extended.", ("2026-02", "November 2025 (revised to February 2026)")),
        (AFI3, "3.2", "Share information from return home interviews at the weekly Missing and "
                      "Child Exploitation (MACE) meeting and use it to update safety plans.",
         "Exploitation and Missing Team Manager", "Ongoing",
         "Dip sample shows RHI information reflected in safety plans.", GREEN, GREEN,
         "Standing item at MACE since August 2025.", (None, "Ongoing")),
    ]
    colour_status = {RED: "red", AMBER: "amber", GREEN: "green", BLUE: "blue"}
    expected = []
    for afi, ref, act, lead, ts, meas, prev, curr, upd, (end, et) in acts:
        leads = [x.strip() for x in lead.split("/")] if "/" in lead else (
            [x.strip() for x in lead.split(" and ")] if lead.startswith("Team Managers") else
            [lead])
        expected.append(A(ref, [afi], act, leads, end, colour_status[curr], et))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Children's Services"
    ws["A4"] = "Plan owner"
    ws["B4"] = "Executive Director of Children's Services"
    ws["A5"] = "Monitored by"
    ws["B5"] = "Children's Services Improvement Board (monthly); Corporate Parenting Committee"
    ws["A7"] = "Version control"
    ws["A7"].font = Font(bold=True)
    header_row(ws, 8, ["Version", "Date", "Author", "Summary of changes"])
    vc = [("0.1", "05/08/2025", "Head of Quality Assurance and Safeguarding",
           "First draft following letter"),
          ("1.0", "12/08/2025", "Head of Quality Assurance and Safeguarding",
           "Agreed by Improvement Board"),
          ("1.1", "24/09/2025", "Performance and Improvement Officer", "September RAG update"),
          ("1.2", "19/11/2025", "Performance and Improvement Officer", "November RAG update")]
    for i, row in enumerate(vc, start=9):
        for c, v in enumerate(row, start=1):
            ws.cell(row=i, column=c, value=v).border = BOX
    set_widths(ws, [16, 40, 40, 34])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit 10 and 11 June 2025: children in need and children subject to "
                "a child protection plan (letter published 15 July 2025)")
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                     (AMBER, "Some slippage – mitigation in place"),
                                     (RED, "Off track")]):
        c = ws.cell(row=4, column=2 + i, value=txt)
        c.fill = FILL[col]
        c.border = BOX
        c.alignment = WRAP
    hdr = ["No.", "Action", "Lead", "Timescale", "Success measure / evidence of impact",
           "RAG Sept 2025", "RAG Nov 2025", "Progress update (November 2025)"]
    header_row(ws, 6, hdr)
    r = 7
    current = None
    for afi, ref, act, lead, ts, meas, prev, curr, upd, _ in acts:
        if afi != current:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).fill = LIGHT
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            current = afi
            r += 1
        for c, v in enumerate([ref, act, lead, ts, meas, None, None, upd], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=6).fill = FILL[prev]
        ws.cell(row=r, column=7).fill = FILL[curr]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Next update: Corporate Parenting Committee, January 2026.")
    set_widths(ws, [7, 50, 26, 18, 34, 9, 9, 40])
    ws.freeze_panes = "A7"
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a unitary council's post-focused-visit action plan (Thurrock Council "
                "children's services, Ofsted focused visit 2025; layout after ILACS/focused "
                "visit plans taken to children's scrutiny and improvement boards, e.g. Cheshire "
                "East's Ofsted action plan progress update). Copies a cover sheet with plan "
                "owner and version control table, a title block, a coloured RAG key row, "
                "numbered areas for improvement as merged shaded rows, numbered actions, "
                "previous (September) and current (November) RAG given only by fill colour, "
                "mixed timescales (month, period, date, revised date in words, Monthly, Ongoing) "
                "and a closing notes line."),
        reads=("Seven actions (1.1 to 3.2) under the three areas for improvement from Ofsted's "
               "letter. Status comes from the fill of the current column, 'RAG Nov 2025' (the "
               "September column is the previous RAG); the Cover sheet's version table is not "
               "part of the plan."),
        outcome="read", title=title, actions=expected)


# ======================================================================================
# docx helpers
# ======================================================================================

def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for para in cell.paragraphs:
            for run in para.runs:
                run.bold = True


def header_cells(table, labels):
    for c, lab in zip(table.rows[0].cells, labels):
        cell_text(c, lab, bold=True)
        shade(c, "D9E2F3")


# ======================================================================================
# 4. Southend-on-Sea Health and Wellbeing Board – action log (docx)
# ======================================================================================

def southend_hwb_action_log():
    fname = "ou1-southend-on-sea-health-and-wellbeing-board-action-log.docx"
    title = "Southend-on-Sea Health and Wellbeing Board – Action Log"
    M1 = "Meeting of 19 March 2025"
    M2 = "Meeting of 18 June 2025"
    M3 = "Meeting of 17 September 2025"
    rows = [
        (M1, "HWB 25/01", "Circulate the Pharmaceutical Needs Assessment consultation timetable "
                          "to Board members.",
         "Director of Public Health", "April 2025", "B", "Circulated 4 April 2025.",
         ["Director of Public Health"], "2025-04", None, "blue"),
        (M1, "HWB 25/02", "Bring a report on childhood immunisation uptake, including MMR by "
                          "ward, to a future Board meeting.",
         "Consultant in Public Health (Children and Young People)", "September 2025", "B",
         "Presented 17 September 2025 (item 7).",
         ["Consultant in Public Health (Children and Young People)"], "2025-09", None, "blue"),
        (M1, "HWB 25/03", "Provide the Board with a breakdown of Better Care Fund discharge "
                          "funding by scheme.",
         "Kelly Rowe and Mark Ashby", "30/06/2025", "R",
         "Partial information received from the ICB; full breakdown to follow.",
         ["Kelly Rowe", "Mark Ashby"], "2025-06", None, "red"),
        (M2, "HWB 25/04", "Agree a joint communications plan for the winter vaccination "
                          "campaign with Mid and South Essex ICB.",
         "Head of Communications / ICB Associate Director of Communications", "October 2025",
         "G", "Draft plan shared 2 September; campaign launch 6 October.",
         ["Head of Communications", "ICB Associate Director of Communications"], "2025-10",
         None, "green"),
        (M2, "HWB 25/05", "Map current provision for children and young people's emotional "
                          "wellbeing against the THRIVE framework.\nReport gaps and proposed "
                          "priorities to the Board.",
         "Director of Children's Services; Healthwatch Southend Manager",
         "December 2025 meeting", "A",
         "Mapping delayed by CAMHS data access; on agenda for December subject to data.",
         ["Director of Children's Services", "Healthwatch Southend Manager"], "2025-12",
         "December 2025 meeting", "amber"),
        (M3, "HWB 25/06", "Add a standing item on the Joint Health and Wellbeing Strategy "
                          "delivery dashboard to each agenda.",
         "Democratic Services Officer", "Ongoing", "G", "Added to forward plan.",
         ["Democratic Services Officer"], None, "Ongoing", "green"),
        (M3, "HWB 25/07", "Circulate the draft Joint Strategic Needs Assessment chapter on "
                          "healthy ageing for comment.",
         "Public Health Intelligence Manager", "31 October 2025", "", "New action.",
         ["Public Health Intelligence Manager"], "2025-10", None, "unrated"),
        (M3, "HWB 25/08", "Arrange a Board development session on integrated neighbourhood "
                          "teams.",
         "Chair and Vice-Chair", "January 2026", "", "New action.",
         ["Chair", "Vice-Chair"], "2026-01", None, "unrated"),
    ]
    expected = [A(r[1], [r[0]], r[2], r[7], r[8], r[10], r[9]) for r in rows]

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    doc.add_paragraph(title, style="Title")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Last updated", "24 September 2025"),
            ("Following meeting of", "17 September 2025"),
            ("Board Chair", "Cllr Daniel Cowan"),
            ("Log maintained by", "Democratic Services (Health and Wellbeing Board)")]
    for row, (k, v) in zip(t.rows, info):
        cell_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: R – overdue; A – at risk of missing the due date; G – on track; "
                      "B – complete (removed once noted by the Board). Blank – new action, not "
                      "yet rated.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_cells(t, ["Ref", "Action", "Lead", "Due", "RAG", "Update"])
    rag_hex = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    current = None
    for m, ref, act, lead, due, rag, upd, *_ in rows:
        if m != current:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[5])
            cell_text(merged, m, bold=True)
            shade(merged, "E7E6E6")
            current = m
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, act, lead, due, rag, upd]):
            cell_text(c, v)
        if rag:
            shade(cells[4], rag_hex[rag])
    widths = [Cm(2.0), Cm(6.5), Cm(3.8), Cm(2.4), Cm(1.2), Cm(4.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next meeting: 10 December 2025, Civic Centre, Southend-on-Sea.")
    doc.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a unitary council Health and Wellbeing Board action log as published "
                "with Board agendas (Southend-on-Sea City Council HWB, 2025; cf. action logs of "
                "Norfolk, Merton and Haringey HWBs in the corpus and HWB minutes on moderngov "
                "sites). Copies a title, a small cover table (last updated, chair, maintained "
                "by), a RAG key line with B for complete and blank for new actions, one log "
                "table grouped by meeting with merged grey meeting rows, 'HWB yy/nn' refs, leads "
                "as posts or named officers, shaded RAG cells with the letter, and a next-meeting "
                "line."),
        reads=("An action log of eight actions (HWB 25/01 to 25/08) in one table, grouped under "
               "the meeting at which each was agreed. The first small table is the log's cover "
               "details, not actions; status is the RAG letter (B complete, blank new/unrated)."),
        outcome="read", title=title, actions=expected)


# ======================================================================================
# 5. Slough Safeguarding Partnership – LCSPR Child D action plan (docx)
# ======================================================================================

def slough_lcspr():
    fname = "ou1-slough-safeguarding-partnership-lcspr-child-d-action-plan.docx"
    title = "Slough Safeguarding Partnership: Child D LCSPR Multi-agency Action Plan"
    R1 = ("Recommendation 1: Safeguarding partners should seek assurance that practitioners "
          "understand and use the Slough neglect toolkit when babies and pre-school children "
          "are known to more than one agency.")
    R2 = ("Recommendation 2: Health partners should ensure that information about a parent's "
          "mental health and substance use is shared with the 0–19 service and the GP when "
          "the parent is discharged from adult services.")
    R3 = ("Recommendation 3: Slough Children First and Thames Valley Police should review how "
          "repeat domestic abuse notifications involving very young children are screened at "
          "the front door.")
    recs = [
        (R1, [
            ("1.1", "Relaunch the neglect toolkit with a seven-minute briefing and practitioner "
                    "webinars for health visitors, GPs, early years settings and children's "
                    "social care.",
             "SSP Learning and Development Officer", "September 2025", "Complete",
             "Four webinars held (212 attendees). Briefing on SSP website.",
             ["SSP Learning and Development Officer"], "2025-09", None, "blue"),
            ("1.2", "Audit the use of the neglect toolkit in 30 multi-agency cases involving "
                    "children under 5.",
             "Chair, Quality Assurance Subgroup", "January 2026", "Green",
             "Audit tool agreed; cases selected.",
             ["Chair, Quality Assurance Subgroup"], "2026-01", None, "green"),
        ]),
        (R2, [
            ("2.1", "Agree a discharge notification protocol between adult mental health "
                    "services, drug and alcohol services and the 0–19 service.",
             "Designated Nurse for Safeguarding Children (Frimley ICB)", "Q3 2025/26", "Amber",
             "Draft protocol with BHFT; data-sharing agreement still to be signed.",
             ["Designated Nurse for Safeguarding Children (Frimley ICB)"], "2025-12",
             "Q3 2025/26", "amber"),
            ("2.2", "Add a 'think family' prompt to the adult mental health discharge template "
                    "so that children in the household are recorded.",
             "Named Nurse Safeguarding (BHFT)", "December 2025", "Green",
             "Template change approved by BHFT clinical records group.",
             ["Named Nurse Safeguarding (BHFT)"], "2025-12", None, "green"),
            ("2.3", "Record all information received from adult services in the child's health "
                    "record and review the family health needs assessment within 10 working "
                    "days.",
             "0–19 Service Clinical Lead", "March 2026", "Not started",
             "Depends on 2.1.",
             ["0–19 Service Clinical Lead"], "2026-03", None, "unrated"),
        ]),
        (R3, [
            ("3.1", "Review all police domestic abuse notifications for children under 2 "
                    "received over a three-month period to test screening decisions.",
             "Head of Front Door Services (SCF) and DI Public Protection (TVP)", "31/08/2025",
             "Complete", "Review of 64 notifications reported to SSP Executive, September 2025.",
             ["Head of Front Door Services (SCF)", "DI Public Protection (TVP)"], "2025-08",
             None, "blue"),
            ("3.2", "Update the MASH screening guidance so that a third notification within 12 "
                    "months triggers a multi-agency strategy discussion.\nBrief all MASH staff "
                    "on the change.",
             "MASH Manager", "October 2025 – revised to January 2026", "Amber",
             "Guidance drafted; TVP legal review requested before sign-off.",
             ["MASH Manager"], "2026-01", "October 2025 – revised to January 2026", "amber"),
        ]),
    ]
    expected = []
    for rec, acts in recs:
        for ref, act, lead, ts, rag, upd, leads, end, et, status in acts:
            expected.append(A(ref, [rec], act, leads, end, status, et))

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Local Child Safeguarding Practice Review – published 3 June 2025")
    p.runs[0].italic = True

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_cells(t, ["Version", "Date", "Author", "Status / approved by"])
    for row in [("0.3", "14/05/2025", "SSP Business Manager", "Draft for Review Panel"),
                ("1.0", "02/07/2025", "SSP Business Manager", "Safeguarding Partnership Board"),
                ("1.2", "20/10/2025", "SSP Business Manager", "Progress update for SSP "
                                                              "Executive")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Child D was 14 months old when they were admitted to hospital with injuries and "
        "evidence of long-standing neglect. The review found that several agencies held "
        "pieces of information that were not brought together. This plan sets out how the "
        "partnership will respond to the review's three recommendations. Progress is "
        "monitored by the Learning and Improvement Subgroup and reported to the SSP Executive "
        "each quarter.")
    doc.add_paragraph(
        "RAG status: Complete – action completed and evidence seen by the Learning and "
        "Improvement Subgroup; Green – on track; Amber – some delay; Red – not progressing; "
        "Not started.")

    for rec, acts in recs:
        doc.add_paragraph(rec, style="Heading 2")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_cells(t, ["Ref", "Action", "Lead agency / officer", "Timescale", "RAG",
                         "Progress (October 2025)"])
        for ref, act, lead, ts, rag, upd, *_ in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, ts, rag, upd]):
                cell_text(c, v)
            col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(rag)
            if col:
                shade(cells[4], col)
        widths = [Cm(1.2), Cm(6.0), Cm(3.6), Cm(2.6), Cm(1.8), Cm(4.2)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")

    doc.add_paragraph("Agreed on behalf of the statutory safeguarding partners: Slough Borough "
                      "Council, Frimley Integrated Care Board and Thames Valley Police.")
    doc.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a safeguarding children partnership's action plan for a local child "
                "safeguarding practice review (Slough Safeguarding Partnership, 2025; format "
                "after LCSPR action plans published by partnerships alongside the review, e.g. "
                "Wiltshire, Pan-Dorset and Medway in the corpus). Copies a title, a document "
                "control table, a short narrative and RAG key paragraph, then one heading per "
                "recommendation (the recommendation text written in the heading) each followed "
                "by its own action table with ref, action, lead agency/officer, timescale, RAG "
                "word with shading and progress; one cell with two paragraphs and one timescale "
                "with a revised date."),
        reads=("Seven actions in three tables, one per review recommendation; each action is "
               "read under the recommendation heading above its table. The document control "
               "table is not part of the plan. Status is the RAG word (Complete = blue, Not "
               "started = unrated); for 3.2 the revised date, January 2026, is the end."),
        outcome="read", title=title, actions=expected)


# ======================================================================================
# 6. West Oxfordshire District Council – council plan delivery plan Q2 (csv, refuse)
# ======================================================================================

def csv_field(v):
    if v is None:
        return ""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def west_oxon_delivery_plan():
    fname = ("ou1-west-oxfordshire-district-council-council-plan-delivery-plan-q2-2025-26-"
             "typo-month-refuse.csv")
    title = "West Oxfordshire District Council – Council Plan 2023-2027: Delivery Plan 2025/26"
    ncol = 8
    lines = [
        [title],
        ["Quarter 2 progress report (July to September 2025) – Executive, 12 November 2025"],
        [],
        ["Priority", "Ref", "Action", "Lead Officer", "Executive Member", "Target Date",
         "Q2 Status", "Q2 Commentary"],
        ["Putting Residents First"],
        ["", "PRF1", "Launch the new customer relationship management (CRM) system for council "
         "tax, waste and planning enquiries", "Business Manager – Customer Services",
         "Executive Member for Finance", "Nov-25", "On track",
         "Testing complete; go-live planned for 17 November 2025."],
        ["", "PRF2", "Complete the review of the Council's website so that the top 20 services "
         "can be requested and paid for online", "Digital Services Manager",
         "Executive Member for Finance", "March 2026", "On track",
         "12 of 20 forms live."],
        ["A Good Quality of Life for All"],
        ["", "QOL1", "Deliver 276 affordable homes in 2025/26, working with registered providers",
         "Head of Housing and Communities", "Executive Member for Housing and Social Care",
         "31/03/2026", "On track", "202 affordable homes completed to date."],
        ["", "QOL2", "Complete the heating and energy upgrade at Windrush Leisure Centre",
         "Leisure and Communities Manager", "Executive Member for Leisure and Major Projects",
         "Decmber 2025", "At risk",
         "Contractor delay on plant delivery; completion may move into January."],
        ["", "QOL3", "Publish the Carterton Area Strategy for consultation",
         "Economic Regeneration Lead", "Executive Member for Economic Development",
         "Jan-26", "On track", "Early resident engagement under way."],
        ["Responding to the Climate and Ecological Emergency"],
        ["", "CEE1", "Adopt the Community Infrastructure Levy Charging Schedule",
         "Planning Policy Manager", "Executive Member for Planning and Sustainable Development",
         "Sep-25", "Complete", "Adopted by Council on 24 September 2025."],
        ["", "CEE2", "Install EV charging points in four further council car parks",
         "Climate Change Manager", "Executive Member for Climate Change and Nature Recovery",
         "Q4 2025/26", "Not started", "Funding bid outcome awaited."],
        ["Working Together for West Oxfordshire"],
        ["", "WT1", "Complete the transfer of services from Publica to the Council in line with "
         "the agreed transition plan", "Chief Executive", "Leader of the Council",
         "Jul-26", "On track", "Phase 2 transfers completed 1 July 2025."],
        [],
        ["Status key: Complete / On track / At risk / Off track / Not started"],
    ]
    text_lines = []
    for row in lines:
        row = row + [""] * (ncol - len(row)) if row else [""] * ncol
        text_lines.append(",".join(csv_field(v) for v in row))
    with open(path(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(text_lines) + "\r\n")
    refuse_line = next(i for i, l in enumerate(text_lines, start=1) if "Decmber 2025" in l)

    write_expected(
        fname,
        source=("Imitates a district council's quarterly council plan delivery report exported "
                "to CSV (West Oxfordshire District Council, Council Plan 2023-2027 priorities, "
                "2025/26 Q2 performance reporting to the Executive; cf. westoxon.gov.uk service "
                "performance pages). Copies title and reporting-period lines, priority rows "
                "that carry only the priority name, refs by priority (PRF1, QOL1...), lead "
                "officer and executive member columns, target dates as Nov-25, March 2026, "
                "31/03/2026 and Q4 2025/26, status words and a status key line."),
        reads=("A delivery plan of eight actions under four council plan priorities. The "
               "target date of QOL2 (Windrush Leisure Centre upgrade) reads 'Decmber 2025', a "
               "mistyped month, so a careful reader stops there and asks before reading the "
               f"plan (line {refuse_line})."),
        outcome="refuse", title=title, actions=None, refuse_at=refuse_line)
    return refuse_line


# ======================================================================================
# 7. North East Lincolnshire Safeguarding Children Partnership – JTAI action plan (txt)
# ======================================================================================

def nel_jtai():
    fname = ("ou1-north-east-lincolnshire-safeguarding-children-partnership-jtai-action-"
             "plan.txt")
    title = ("North East Lincolnshire Safeguarding Children Partnership – Joint Targeted Area "
             "Inspection: Multi-agency Action Plan")
    AFI1 = ("Area for improvement 1 – The consistency of early help assessments and plans, so "
            "that they are specific about the help children and families need and the "
            "difference it should make")
    AFI2 = ("Area for improvement 2 – The contribution of health professionals, particularly "
            "GPs, to early help and child in need planning")
    AFI3 = ("Area for improvement 3 – Leaders' understanding of the impact of help for children "
            "and families stepped down from children's social care")
    acts = [
        (AFI1, "1.1", "Introduce a single multi-agency early help assessment and plan template "
                      "on the Early Help Module, replacing agency-specific forms.",
         "Head of Early Help and Family Hubs", "31/07/2025", "Complete",
         "Template live from 1 July 2025.", ["Head of Early Help and Family Hubs"],
         "2025-07", None, "blue"),
        (AFI1, "1.2", "Deliver early help assessment training to lead professionals in "
                      "schools, health and the voluntary sector.",
         "NELSCP Training Coordinator", "Autumn term 2025", "On track",
         "5 sessions delivered, 3 booked for November.", ["NELSCP Training Coordinator"],
         "2025-12", "Autumn term 2025", "green"),
        (AFI1, "1.3", "Quarterly multi-agency audit of early help plans, with learning reported "
                      "to the Quality Assurance and Performance Group.",
         "Quality Assurance and Performance Group Chair", "Quarterly", "On track",
         "Q2 audit complete: 58% of plans judged specific (Q1 41%).",
         ["Quality Assurance and Performance Group Chair"], None, "Quarterly", "green"),
        (AFI2, "2.1", "Develop a GP report template for early help and child in need meetings "
                      "and promote it through the GP safeguarding leads forum.",
         "Named GP for Safeguarding Children", "Sept 2025 – March 2026", "At risk",
         "Template drafted; uptake low so far, practice visits planned.",
         ["Named GP for Safeguarding Children"], "2026-03", "Sept 2025 – March 2026",
         "amber"),
        (AFI2, "2.2", "Ensure health visitors and school nurses are invited to, and contribute "
                      "to, all initial child in need meetings.",
         "Designated Nurse Safeguarding Children / 0-19 Service Manager", "Dec-25", "On track",
         "Invitation list added to CIN meeting procedure.",
         ["Designated Nurse Safeguarding Children", "0-19 Service Manager"], "2025-12", None,
         "green"),
        (AFI3, "3.1", "Add step-down outcome measures to the NELSCP performance dashboard.",
         "Head of Performance and Intelligence (NELC)", "Q3 2025/26", "Not started",
         "Measures agreed in principle at QAPG.",
         ["Head of Performance and Intelligence (NELC)"], "2025-12", "Q3 2025/26", "unrated"),
        (AFI3, "3.2", "Complete a themed audit of 25 step-down cases and present the findings "
                      "to the NELSCP Executive.",
         "Independent Scrutineer and Head of Safeguarding (NELC)", "January 2026", "Off track",
         "Audit postponed due to capacity; a revised date is to be agreed.",
         ["Independent Scrutineer", "Head of Safeguarding (NELC)"], "2026-01", None, "red"),
    ]
    expected = [A(a[1], [a[0]], a[2], a[7], a[8], a[10], a[9]) for a in acts]

    out = [
        title,
        "Inspection of the multi-agency response to children and families who need help "
        "(fieldwork 3 to 7 February 2025; letter published 25 March 2025)",
        "Version 2.1 – progress at 30 September 2025 – for the NELSCP Executive, 14 October 2025",
        "",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | "
        "Not started",
        "",
        "\t".join(["Ref", "Action", "Lead", "Target date", "Status", "Progress update"]),
    ]
    current = None
    for afi, ref, act, lead, tgt, status, upd, *_ in acts:
        if afi != current:
            out.append(afi)
            current = afi
        out.append("\t".join([ref, act, lead, tgt, status, upd]))
    out += ["", "Next review: NELSCP Executive, January 2026."]
    with open(path(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    write_expected(
        fname,
        source=("Imitates a safeguarding children partnership's JTAI action plan saved as "
                "tab-separated text (North East Lincolnshire Safeguarding Children Partnership, "
                "JTAI 'children and families who need help' theme, 2025; JTAI background from "
                "partnership JTAI guidance pages such as Sheffield, Wakefield and York). Copies "
                "a title line, an inspection line, a version line, a status key naming the "
                "colour of each status word, a header row, area-for-improvement lines written in "
                "full as section lines above their actions, and a next-review line."),
        reads=("Seven actions (1.1 to 3.2) under three JTAI areas for improvement, each area a "
               "single line above its actions. Status words map through the key (Complete "
               "blue, On track green, At risk amber, Off track red, Not started unrated); "
               "terms, quarters and periods end in their last month, Quarterly has no end."),
        outcome="read", title=title, actions=expected)


def main():
    cbc_ia_tracker()
    eryc_risk_register()
    thurrock_focused_visit()
    southend_hwb_action_log()
    slough_lcspr()
    line = west_oxon_delivery_plan()
    nel_jtai()
    print("built 7 ou1- files; csv refuse line", line)


if __name__ == "__main__":
    main()
