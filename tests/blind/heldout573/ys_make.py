#!/usr/bin/env python3
"""Build the seven ys- cases of set heldout573 (data files and their expected readings).

Run with /work/main/.venv/bin/python ys_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with "ys-" are written.
"""
import csv
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    style = "'" if re.fullmatch(r"\d{4}-\d{2}", value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    doc = {k: data[k] for k in order if k in data}
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Buckinghamshire Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def bucks():
    name = "ys-buckinghamshire-council-internal-audit-recommendations-tracker.xlsx"
    title = "Buckinghamshire Council – Internal Audit Recommendations Tracker"
    d = dt.datetime
    # audit, opinion, [ (rec, [ (ref, priority, action, owner, orig, revised, rag, update) ]) ]
    audits = [
        ("Accounts Payable (2024/25)", "Reasonable", [
            ("Supplier bank detail changes should be independently verified by call-back to a known "
             "contact before being processed, and evidence of the call-back retained.", [
                ("IA2425-03/01", "Medium",
                 "Update the supplier amendment procedure to require an independent call-back using "
                 "contact details already held on file, and retain the call-back record in the Oracle "
                 "supplier file.",
                 "Head of Finance Operations", d(2025, 10, 31), d(2026, 1, 31), "A",
                 "Procedure redrafted; awaiting sign-off at Finance DMT on 13 January."),
            ]),
            ("A monthly exception report of possible duplicate invoices should be produced and reviewed.", [
                ("IA2425-03/02", "Low",
                 "Introduce a monthly duplicate payments exception report and record the reviewer's "
                 "sign-off.",
                 "Accounts Payable Team Leader", d(2025, 9, 30), None, "B",
                 "Report live from September 2025; reviews evidenced for Sept–Nov."),
            ]),
        ]),
        ("Home to School Transport (2024/25)", "Limited", [
            ("Contracts for home to school transport routes should be awarded in line with the "
             "Contract Procedure Rules, with any waiver approved and recorded before the service "
             "starts.", [
                ("IA2425-11/01", "High",
                 "Review all routes currently operating under a waiver and re-procure them through the "
                 "Dynamic Purchasing System.",
                 "Head of Client Transport / Category Manager (Procurement)", d(2025, 8, 31),
                 d(2026, 3, 31), "R",
                 "42 of 118 routes re-procured. Remaining routes tendered for the summer term; "
                 "revised date at risk."),
                ("IA2425-11/02", "High",
                 "Issue guidance to transport officers on the waiver process and add a waiver check to "
                 "the route set-up checklist.",
                 "Head of Client Transport", d(2025, 7, 31), None, "B",
                 "Guidance issued 14 July 2025; checklist updated."),
            ]),
            ("DBS checks for passenger assistants should be confirmed before they are assigned to a "
             "route.", [
                ("IA2425-11/03", "Medium",
                 "Reconcile the passenger assistant list to the DBS register each term and report "
                 "exceptions to the Service Director.",
                 "Transport Compliance Officer", d(2025, 12, 31), None, "G",
                 "First reconciliation completed for the autumn term; two exceptions resolved."),
            ]),
        ]),
        ("Cyber Security – Patch Management (2025/26)", "Limited", [
            ("All servers should be brought within the scope of the automated patching tool, with any "
             "exception formally risk-accepted by the Head of IT.", [
                ("IA2526-02/01", "High",
                 "Onboard the remaining 37 legacy servers to the patching tool and document a risk "
                 "acceptance for any server that cannot be patched.",
                 "Head of IT Infrastructure", d(2025, 11, 30), d(2026, 2, 28), "A",
                 "25 servers onboarded. Date revised to allow decommissioning of the old revenues "
                 "system."),
            ]),
            ("Patching compliance should be reported monthly to the Information Governance Board.", [
                ("IA2526-02/02", "Medium",
                 "Add a patching compliance measure to the monthly Information Governance Board "
                 "dashboard.",
                 "I. Okafor", d(2025, 12, 31), None, "G",
                 "Measure defined; first report to the January board."),
            ]),
        ]),
        ("Section 106 Agreements (2024/25)", "Reasonable", [
            ("The S106 monitoring spreadsheet should be reconciled to the general ledger each quarter.", [
                ("IA2425-14/01", "Medium",
                 "Carry out a quarterly reconciliation of the S106 monitoring spreadsheet to the "
                 "general ledger, signed off by the Planning Obligations Manager.",
                 "Planning Obligations Officer; Finance Business Partner (Planning)", d(2025, 6, 30),
                 d(2025, 9, 30), "B",
                 "Q1 and Q2 reconciliations completed and signed off. Recommend closure."),
            ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Outstanding management actions as at 31 December 2025 – "
                "Audit and Governance Committee, 21 January 2026")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Summary of actions by priority and RAG status"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "B – Implemented", "G – On track", "A – Revised date", "R – Overdue / at risk",
           "Total"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    counts = {}
    for _, _, recs in audits:
        for _, acts in recs:
            for a in acts:
                counts.setdefault(a[1], {}).setdefault(a[6], 0)
                counts[a[1]][a[6]] += 1
    r = 6
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for pr in ["High", "Medium", "Low"]:
        row = [pr] + [counts.get(pr, {}).get(k, 0) for k in "BGAR"]
        row.append(sum(row[1:]))
        for k, v in zip("BGAR", row[1:5]):
            tot[k] += v
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v).border = BOX
        r += 1
    row = ["Total"] + [tot[k] for k in "BGAR"] + [sum(tot.values())]
    for i, v in enumerate(row, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    keys = [("B", "Implemented – evidence verified by Internal Audit"),
            ("G", "In progress – on track for the agreed date"),
            ("A", "Revised date agreed by the Committee / some slippage"),
            ("R", "Overdue, or revised date at risk")]
    for k, txt in keys:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(rag_fill[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value=("Note: priorities are as agreed in the final audit report. High – "
                                    "fundamental weakness requiring prompt action; Medium – important "
                                    "weakness; Low – minor improvement."))
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    ws2 = wb.create_sheet("Outstanding actions")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Business Assurance (incorporating Internal Audit) – position at 31 December 2025"
    ws2["A2"].font = Font(italic=True)
    headers = ["Audit", "Assurance opinion", "Action ref", "Priority", "Recommendation",
               "Agreed management action", "Action owner", "Original due date", "Revised due date",
               "RAG", "Update (December 2025)"]
    for i, h in enumerate(headers, 1):
        c = ws2.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [24, 12, 14, 9, 42, 48, 26, 12, 12, 6, 40]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.freeze_panes = "A5"

    actions = []
    r = 5
    for audit, opinion, recs in audits:
        a_start = r
        for rec, acts in recs:
            r_start = r
            for (ref, pri, action, owner, orig, rev, rag, upd) in acts:
                vals = [None, None, ref, pri, None, action, owner, orig, rev, rag, upd]
                for i, v in enumerate(vals, 1):
                    c = ws2.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if i in (8, 9) and v is not None:
                        c.number_format = "dd/mm/yyyy"
                ws2.cell(row=r, column=10).fill = fill(rag_fill[rag])
                ws2.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
                endd = rev or orig
                owners = [o.strip() for o in owner.replace(";", "/").split("/")]
                actions.append(act(ref, [audit, rec], action, owners,
                                   endd.strftime("%Y-%m"), status_of[rag]))
                r += 1
            ws2.cell(row=r_start, column=5, value=rec).alignment = WRAP
            if r - 1 > r_start:
                ws2.merge_cells(start_row=r_start, start_column=5, end_row=r - 1, end_column=5)
        ws2.cell(row=a_start, column=1, value=audit).alignment = WRAP
        ws2.cell(row=a_start, column=1).font = Font(bold=True)
        ws2.cell(row=a_start, column=2, value=opinion).alignment = WRAP
        if r - 1 > a_start:
            ws2.merge_cells(start_row=a_start, start_column=1, end_row=r - 1, end_column=1)
            ws2.merge_cells(start_row=a_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws2.cell(row=r, column=1, value=("Actions shown as B (implemented) will be removed from the tracker "
                                     "once closure is agreed by the Committee."))
    ws2.cell(row=r, column=1).font = Font(italic=True)
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Buckinghamshire Council, Audit and Governance Committee, internal audit (Business "
                   "Assurance) recommendations follow-up report, 2025/26 - modelled on the committee's "
                   "published tracker appendices (buckinghamshire.moderngov.co.uk), not a copy. Copies: "
                   "title block repeated on each sheet, a Summary sheet with totals by priority and RAG "
                   "and a RAG key, an 'Outstanding actions' sheet with the audit name and assurance "
                   "opinion merged down the rows of that audit, recommendation merged over its two "
                   "actions, unique action refs, original and revised due dates as real dates, "
                   "fill-colour RAG letter column, joint owners separated by '/' and ';', notes line."),
        "reads": ("A two-sheet internal audit tracker. The Summary sheet holds only totals and the RAG key; "
                  "the second sheet lists 8 agreed management actions from four audits, each under its "
                  "audit and the recommendation it answers, with owner, original and revised due dates "
                  "(the revised date is the end) and a B/G/A/R status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Leeds City Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def leeds():
    name = "ys-leeds-city-council-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26 – Quarter 3 update"
    d = dt.datetime
    # risks: (heading, description, owner, current, target, controls, [actions])
    # action: (text, owner, due(value), due_fmt, rag, update, end, end_text, leads)
    risks = [
        ("CR1 – Financial sustainability of the council",
         "Failure to deliver a balanced budget in 2025/26 and a sustainable medium-term financial "
         "position, leading to service reductions or a section 114 notice.",
         "Chief Officer Financial Services", "20 (L4 x I5)", "12 (L3 x I4)",
         "Monthly budget monitoring to CLT and Executive Board; Financial Challenge programme; "
         "spending controls; general reserve of £33m.",
         [
             ("Deliver the £38.6m of savings agreed in the 2025/26 budget, with monthly tracking "
              "through the Financial Challenge programme board.",
              "Chief Officer Financial Services", d(2026, 3, 31), "mmm-yy", GREEN,
              "£31.2m forecast to be delivered; shortfall covered by one-off measures.",
              "2026-03", None, ["Chief Officer Financial Services"]),
             ("Refresh the Medium Term Financial Strategy 2026/27 to 2030/31 for Executive Board "
              "approval.",
              "Chief Officer Financial Services", "Q4 2025/26", None, GREEN,
              "Initial budget proposals agreed by Executive Board in December for consultation.",
              "2026-03", "Q4 2025/26", ["Chief Officer Financial Services"]),
             ("Review the reserves strategy and the minimum level of general reserve following the "
              "2024/25 outturn.",
              "Head of Finance (Strategy) / Chief Officer Financial Services", d(2025, 10, 31),
              "dd/mm/yyyy", BLUE,
              "Reported to Executive Board 22 October 2025.",
              "2025-10", None, ["Head of Finance (Strategy)", "Chief Officer Financial Services"]),
         ]),
        ("CR2 – Safeguarding children",
         "A child known to services suffers significant harm or death because of a failure in "
         "safeguarding practice or multi-agency working.",
         "Director of Children and Families", "15 (L3 x I5)", "10 (L2 x I5)",
         "Leeds Safeguarding Children Partnership procedures; Front Door arrangements; practice "
         "standards and audit programme; supervision policy.",
         [
             ("Implement the revised Front Door threshold guidance with all partner agencies.",
              "Director of Children and Families", d(2025, 12, 31), "mmm-yy", BLUE,
              "Guidance launched 3 November 2025; partner briefings delivered.",
              "2025-12", None, ["Director of Children and Families"]),
             ("Recruit to the 14 vacant social worker posts in the child protection teams through the "
              "international recruitment cohort.",
              "Chief Officer Social Work and Social Care", d(2026, 6, 30), "mmm-yy", AMBER,
              "9 offers accepted; 5 posts still covered by agency staff.",
              "2026-06", None, ["Chief Officer Social Work and Social Care"]),
         ]),
        ("CR3 – Cyber attack and information security",
         "A successful cyber attack results in loss of systems or data, disruption to services and "
         "regulatory action by the ICO.",
         "Chief Digital and Information Officer", "20 (L4 x I5)", "15 (L3 x I5)",
         "Firewalls and endpoint protection; Cyber Essentials Plus; PSN compliance; mandatory training; "
         "backups held off-network.",
         [
             ("Complete the migration of the remaining on-premise file shares to the secure cloud "
              "platform.",
              "Chief Digital and Information Officer", d(2026, 3, 31), "mmm-yy", AMBER,
              "70% of shares migrated; Adults and Health shares delayed by records review.",
              "2026-03", None, ["Chief Digital and Information Officer"]),
             ("Run a cyber incident exercise with the Corporate Leadership Team and test the recovery "
              "plans for critical systems.",
              "Head of Information Management and Governance; Resilience and Emergencies Manager",
              d(2025, 11, 30), "mmm-yy", BLUE,
              "Exercise held 18 November 2025; lessons log being worked through.",
              "2025-11", None,
              ["Head of Information Management and Governance", "Resilience and Emergencies Manager"]),
             ("Keep mandatory information governance training compliance above 95% for all staff with "
              "system access.",
              "Head of Information Management and Governance", "Ongoing", None, GREEN,
              "Compliance 96.4% at end of December.",
              None, "Ongoing", ["Head of Information Management and Governance"]),
         ]),
        ("CR4 – Council housing health and safety compliance",
         "Failure to meet statutory landlord health and safety duties in council homes, leading to "
         "harm to tenants and regulatory intervention.",
         "Chief Officer Housing", "16 (L4 x I4)", "8 (L2 x I4)",
         "Compliance dashboard reviewed monthly; specialist contractors for gas, fire and lifts; "
         "tenant safety group.",
         [
             ("Complete the 1,120 outstanding electrical installation condition reports (EICRs) in "
              "council homes.",
              "Chief Officer Housing", d(2026, 3, 31), "mmm-yy", RED,
              "Access issues at 310 properties; legal route being used. Target at risk.",
              "2026-03", None, ["Chief Officer Housing"]),
             ("Introduce the damp and mould case management system needed for Awaab's Law and report "
              "compliance monthly to the Housing Board.",
              "Chief Officer Housing / Head of Housing Property Services", "Oct-25 (revised Jan-26)",
              None, AMBER,
              "System configured; staff training in December; go-live moved to January.",
              "2026-01", "Oct-25 (revised Jan-26)",
              ["Chief Officer Housing", "Head of Housing Property Services"]),
         ]),
    ]
    status_of = {GREEN: "green", AMBER: "amber", RED: "red", BLUE: "blue"}

    wb = Workbook()
    s1 = wb.active
    s1.title = "Risk summary"
    s1["A1"] = "Leeds City Council"
    s1["A1"].font = Font(bold=True, size=14)
    s1["A2"] = title
    s1["A2"].font = Font(bold=True, size=12)
    s1["A3"] = "Corporate Governance and Audit Committee – 26 January 2026"
    hdr = ["Risk", "Risk owner", "Current score", "Target score", "Direction of travel since Q2"]
    for i, h in enumerate(hdr, 1):
        c = s1.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    dirs = ["Stable", "Stable", "Increasing", "Reducing"]
    for j, rk in enumerate(risks):
        vals = [rk[0], rk[2], rk[3], rk[4], dirs[j]]
        for i, v in enumerate(vals, 1):
            s1.cell(row=6 + j, column=i, value=v).border = BOX
    s1.cell(row=11, column=1, value=("Scores are likelihood x impact on a 5 x 5 scale. Full details of "
                                     "controls and further actions are on the 'Register Q3' sheet."))
    s1.column_dimensions["A"].width = 52
    s1.column_dimensions["B"].width = 38
    for col in "CDE":
        s1.column_dimensions[col].width = 16

    s2 = wb.create_sheet("Register Q3")
    s2["A1"] = "Leeds City Council"
    s2["A1"].font = Font(bold=True, size=14)
    s2["A2"] = title + " (position at 31 December 2025)"
    s2["A2"].font = Font(bold=True, size=12)
    s2["A4"] = ("Progress on further actions is shown by the colour of the last column: green – on "
                "track; amber – some slippage; red – off track; blue – complete.")
    s2["A4"].font = Font(italic=True)
    for col, w in zip("ABCDE", [62, 40, 14, 52, 10]):
        s2.column_dimensions[col].width = w
    actions = []
    r = 6
    for (head, desc, owner, cur, tgt, controls, acts) in risks:
        s2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = s2.cell(row=r, column=1, value=head)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill("203864")
        r += 1
        for label, val in [("Risk description", desc), ("Risk owner", owner),
                           ("Current / target score", f"Current {cur}; target {tgt}"),
                           ("Existing controls", controls)]:
            s2.cell(row=r, column=1, value=label).font = Font(bold=True)
            s2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            s2.cell(row=r, column=2, value=val).alignment = WRAP
            r += 1
        for i, h in enumerate(["Further action", "Action owner", "Due", "Q3 progress", "Progress"], 1):
            c = s2.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
        r += 1
        for (text, aown, due, fmt, colour, upd, end, end_text, leads) in acts:
            vals = [text, aown, due, upd, None]
            for i, v in enumerate(vals, 1):
                c = s2.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                s2.cell(row=r, column=3).number_format = fmt
            s2.cell(row=r, column=5).fill = fill(colour)
            actions.append(act(None, [head], text, leads, end, status_of[colour], end_text))
            r += 1
        r += 1

    s3 = wb.create_sheet("Scoring matrix")
    s3["A1"] = "Risk scoring matrix (likelihood x impact)"
    s3["A1"].font = Font(bold=True)
    s3["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        s3.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        s3.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            score = (6 - i) * j
            c = s3.cell(row=3 + i, column=1 + j, value=score)
            c.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
    s3["A10"] = "15–25 very high (red); 8–12 high (amber); 1–6 medium/low (green)"
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Leeds City Council corporate risk register as reported quarterly to the Corporate "
                   "Governance and Audit Committee (leeds.gov.uk 'Risk and performance'), 2025/26 Q3 - "
                   "an imitation of a council's detailed register layout, not a copy. Copies: a risk "
                   "summary sheet with scores and direction of travel, a detailed sheet with one block per "
                   "risk (banner row, description, owner, scores, existing controls) followed by a small "
                   "table of further actions with owner, due date, progress text and a fill-colour-only "
                   "progress cell explained by a key line, due dates as mmm-yy date cells, a quarter, "
                   "'Ongoing', and an original-with-revised cell, and a scoring matrix sheet."),
        "reads": ("A corporate risk register in three sheets. Only the 'Register Q3' sheet carries actions: "
                  "four risks, each with its further mitigating actions (10 in all, no refs) read under the "
                  "risk's banner heading, with the action owner, due date and a progress colour "
                  "(green/amber/red/blue) given only by cell fill."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Reading Borough Council - Council Plan 2025-28 project delivery report Q2 (xlsx)
# ---------------------------------------------------------------------------
def reading():
    name = "ys-reading-borough-council-council-plan-delivery-report-q2-2025-26.xlsx"
    title = "Council Plan 2025–28: Project Delivery Report"
    d = dt.datetime
    # priority -> objective -> projects
    # project: (ref, text, lead, target, target_fmt, revised, q1, q2, comment, end, end_text, leads)
    plan = [
        ("Priority 1: Promote more equal communities in Reading", [
            ("Increase the supply of genuinely affordable homes", [
                ("P1.1", "Deliver 300 new council homes through the Local Authority New Build programme, "
                         "including the Battle Street and Conwy Close sites.",
                 "Assistant Director of Housing and Communities", "March 2028", None, None, "G", "G",
                 "Battle Street on site; Conwy Close planning consent granted in August.",
                 "2028-03", None, ["Assistant Director of Housing and Communities"]),
                ("P1.2", "Adopt a new Homelessness and Rough Sleeping Strategy following public "
                         "consultation.",
                 "Assistant Director of Housing and Communities", d(2025, 12, 31), "dd/mm/yyyy", None,
                 "G", "A",
                 "Consultation extended by four weeks to reach more people with lived experience.",
                 "2025-12", None, ["Assistant Director of Housing and Communities"]),
            ]),
            ("Reduce inequalities in access to services", [
                ("P1.3", "Open two new community hubs in south and west Reading, bringing together "
                         "library, advice and early help services.",
                 "Assistant Director of Culture / Director of Children's Services (BFfC)",
                 "Sept 2025 – March 2026", None, None, "A", "A",
                 "West Reading hub opened 15 September. South hub fit-out delayed by asbestos survey.",
                 "2026-03", "Sept 2025 – March 2026",
                 ["Assistant Director of Culture", "Director of Children's Services (BFfC)"]),
            ]),
        ]),
        ("Priority 2: Secure Reading's economic and cultural success", [
            ("A thriving and accessible town centre", [
                ("P2.1", "Complete the new Central Library and Civic Reception at the Civic Offices.",
                 "Executive Director of Economic Growth & Neighbourhood Services", "March 2026", None,
                 "June 2026", "A", "R",
                 "Contractor programme slipped 12 weeks; revised completion agreed with Lead Councillor.",
                 "2026-06", None, ["Executive Director of Economic Growth & Neighbourhood Services"]),
                ("P2.2", "Deliver the Green Events Code of Practice commitments for Reading Festival 2025 "
                         "with the festival organiser.",
                 "Public Protection Manager", "August 2025", None, None, "G", "B",
                 "All commitments met; evaluation report to Licensing Committee in December.",
                 "2025-08", None, ["Public Protection Manager"]),
            ]),
        ]),
        ("Priority 3: Deliver a sustainable and healthy environment", [
            ("Reduce the Council's own carbon emissions", [
                ("P3.1", "Install solar PV and air source heat pumps at six corporate buildings through "
                         "the Public Sector Decarbonisation Scheme.",
                 "Assistant Director of Property and Asset Management", "Q4 2025/26", None, None, "G",
                 "G", "Four of six sites complete.",
                 "2026-03", "Q4 2025/26", ["Assistant Director of Property and Asset Management"]),
            ]),
            ("Safer, better maintained streets", [
                ("P3.2", "Complete the £8 million programme to improve roads and pavements.",
                 "Assistant Director of Planning, Transport and Public Protection", "March 2027", None,
                 None, "G", "G", "Year 1 resurfacing list 85% complete.",
                 "2027-03", None, ["Assistant Director of Planning, Transport and Public Protection"]),
            ]),
        ]),
        ("Priority 4: Safeguard and support the health and wellbeing of Reading's adults and children", [
            ("More children in care living in or near Reading", [
                ("P4.1", "Open three new children's homes in Reading in partnership with Brighter Futures "
                         "for Children.",
                 "Director of Children's Services (BFfC)", "December 2026", None, None, "A", "A",
                 "First home registered with Ofsted; second property purchase not yet completed.",
                 "2026-12", None, ["Director of Children's Services (BFfC)"]),
            ]),
            ("People live independently for longer", [
                ("P4.2", "Deliver four new adult social care facilities, starting with the supported "
                         "living scheme for adults with a learning disability.",
                 "Executive Director of Adult Social Care and Health", d(2027, 3, 31), "mmm-yy", None,
                 None, None, "Not due to start until Q4 2025/26.",
                 "2027-03", None, ["Executive Director of Adult Social Care and Health"]),
            ]),
        ]),
        ("Priority 5: Ensure Reading Borough Council is fit for the future", [
            ("A modern, efficient council", [
                ("P5.1", "Replace the finance and HR systems with a single cloud ERP platform and go live "
                         "for payroll and finance.",
                 "Assistant Director of Finance / Assistant Director of HR & Organisational Development",
                 "April 2026", None, None, "A", "A",
                 "Data migration trial 2 complete; parallel payroll run planned for February.",
                 "2026-04", None,
                 ["Assistant Director of Finance", "Assistant Director of HR & Organisational Development"]),
            ]),
        ]),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    status_of = {"G": "green", "A": "amber", "R": "red", "B": "blue", None: "unrated"}

    wb = Workbook()
    c0 = wb.active
    c0.title = "Cover"
    c0["A1"] = "Reading Borough Council"
    c0["A1"].font = Font(bold=True, size=16)
    c0["A2"] = title
    c0["A2"].font = Font(bold=True, size=14)
    c0["A3"] = "Quarter 2 2025/26 (July – September 2025)"
    c0["A5"] = "Document control"
    c0["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "1.2"), ("Prepared by", "Performance and Improvement Team"),
                                ("Report to", "Policy Committee, 17 November 2025"),
                                ("Status", "Final")], 6):
        c0.cell(row=i, column=1, value=k).border = BOX
        c0.cell(row=i, column=2, value=v).border = BOX
    c0["A11"] = "RAG status key"
    c0["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("G", "Green – on track"), ("A", "Amber – at risk but recoverable"),
                                ("R", "Red – off track, intervention needed"), ("B", "Blue – complete"),
                                (None, "Blank – not yet started")], 12):
        c = c0.cell(row=i, column=1, value=k)
        if k:
            c.fill = fill(rag_fill[k])
        c.alignment = Alignment(horizontal="center")
        c0.cell(row=i, column=2, value=v)
    c0.column_dimensions["A"].width = 18
    c0.column_dimensions["B"].width = 44

    ws = wb.create_sheet("Projects Q2")
    ws["A1"] = "Council Plan 2025–28 – Projects: Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Objective", "Project", "Lead officer", "Target completion", "Revised completion",
               "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=2, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHI", [7, 28, 50, 34, 16, 14, 7, 7, 46]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    actions = []
    r = 3
    for prio, objs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for obj, projs in objs:
            o_start = r
            for (ref, text, lead, tgt, fmt, rev, q1, q2, com, end, end_text, leads) in projs:
                vals = [ref, None, text, lead, tgt, rev, q1, q2, com]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if fmt:
                    ws.cell(row=r, column=5).number_format = fmt
                for col, q in ((7, q1), (8, q2)):
                    if q:
                        ws.cell(row=r, column=col).fill = fill(rag_fill[q])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                         vertical="top")
                actions.append(act(ref, [prio, obj], text, leads, end, status_of[q2], end_text))
                r += 1
            ws.cell(row=o_start, column=2, value=obj).alignment = WRAP
            if r - 1 > o_start:
                ws.merge_cells(start_row=o_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Note: projects are reported by exception to Policy Committee where "
                                    "the Q2 RAG is Amber or Red."))
    ws.cell(row=r, column=1).font = Font(italic=True)

    k = wb.create_sheet("KPIs Q2")
    k["A1"] = "Council Plan 2025–28 – Key Performance Indicators: Quarter 2 2025/26"
    k["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(["KPI", "Measure", "Baseline", "Target 2025/26", "Q2 result", "RAG"], 1):
        c = k.cell(row=2, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    kpis = [("KPI 1", "Number of households in temporary accommodation", "298", "280", "287", "A"),
            ("KPI 6", "Percentage of household waste recycled", "49%", "50%", "51%", "G"),
            ("KPI 11", "Percentage of Care Act assessments completed within 28 days", "71%", "80%", "64%", "R"),
            ("KPI 17", "Percentage of Council Tax collected", "47.9%", "48.5%", "48.6%", "G")]
    for j, row in enumerate(kpis, 3):
        for i, v in enumerate(row, 1):
            c = k.cell(row=j, column=i, value=v)
            c.border = BOX
        k.cell(row=j, column=6).fill = fill(rag_fill[row[5]])
    k.column_dimensions["B"].width = 58
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Reading Borough Council Council Plan 2025-28 (priorities, objectives, projects and KPIs, "
                   "reported quarterly to Policy Committee; democracy.reading.gov.uk and reading.gov.uk "
                   "corporate plan appendix) - an imitation of its quarterly project report, not a copy. "
                   "Copies: cover sheet with document-control table and RAG key, a projects sheet with "
                   "merged priority band rows, objective merged down its projects, project refs, lead "
                   "officer(s) by job title, target and revised completion columns, Q1 and Q2 RAG "
                   "columns filled with colour, commentary, notes line, and a separate KPI sheet."),
        "reads": ("A quarterly progress report on the Council Plan's projects. The 'Projects Q2' sheet lists "
                  "10 projects under five priorities and their objectives, each with a lead, a target "
                  "(or revised) completion date and a previous (Q1) and current (Q2) RAG; the current Q2 "
                  "RAG is the status. The cover and KPI sheets carry no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Write text; a '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. BCP Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def bcp():
    name = "ys-bcp-council-ofsted-focused-visit-action-plan.docx"
    title = "BCP Council Ofsted Focused Visit Action Plan"
    areas = [
        ("1. Pathway planning",
         "The quality and timeliness of pathway plans, so that they are written with care leavers and "
         "reflect their current needs and aspirations.",
         [
             ("1.1", "Relaunch the pathway plan template co-produced with the Care Leavers' Forum, with a "
                     "one-page summary written to the young person.",
              "Service Manager, Leaving Care", "September 2025", "Template live on Mosaic; Forum feedback",
              "Complete", "2025-09", None, ["Service Manager, Leaving Care"], "blue"),
             ("1.2", "Introduce monthly pathway plan audits by team managers.\nFindings to be reported to "
                     "the Quality Assurance Panel each quarter.",
              "Team Managers (18+ Team) / Head of Quality Assurance", "End of December 2025",
              "80% of audited plans graded good or better",
              "Green", "2025-12", None, ["Team Managers (18+ Team)", "Head of Quality Assurance"], "green"),
             ("1.3", "Track pathway plan reviews through the weekly performance clinic and escalate any "
                     "plan more than six months out of date.",
              "Head of Service – Care Leavers", "Ongoing – weekly", "Pathway plans in date: 95%",
              "Green", None, "Ongoing – weekly", ["Head of Service – Care Leavers"], "green"),
         ]),
        ("2. Health histories and emotional wellbeing",
         "Care leavers' access to their health histories, and to emotional wellbeing support when they "
         "need it.",
         [
             ("2.1", "Agree with NHS Dorset a process for every care leaver to receive a written health "
                     "history (health passport) before their 18th birthday.",
              "Designated Nurse for Children in Care (NHS Dorset)", "31/10/2025",
              "Health passports issued to all 17½ year olds", "Amber", "2025-10", None,
              ["Designated Nurse for Children in Care (NHS Dorset)"], "amber"),
             ("2.2", "Commission a dedicated emotional wellbeing practitioner for care leavers aged 18–25 "
                     "through the CAMHS transitions service.",
              "Head of Commissioning (Children)", "Q4 2025/26", "Practitioner in post; referrals tracked",
              "Amber", "2026-03", "Q4 2025/26", ["Head of Commissioning (Children)"], "amber"),
         ]),
        ("3. Management oversight",
         "The consistency and impact of management oversight and supervision of personal advisers' work.",
         [
             ("3.1", "Ensure personal advisers receive monthly supervision recorded on the supervision "
                     "template, with actions for each young person discussed.",
              "Team Managers (18+ Team)", "Monthly", "Supervision audit shows 90% compliance",
              "Green", None, "Monthly", ["Team Managers (18+ Team)"], "green"),
             ("3.2", "Deliver management oversight training to all 18+ team managers and senior "
                     "practitioners.",
              "Principal Social Worker", "November 2025", "All managers trained",
              "Red", "2025-11", None, ["Principal Social Worker"], "red"),
             ("3.3", "Reduce personal adviser caseloads to no more than 22 by recruiting three additional "
                     "personal advisers.",
              "Director of Children's Social Care", "March 2026", "Average caseload ≤ 22",
              "Amber", "2026-03", None, ["Director of Children's Social Care"], "amber"),
         ]),
    ]
    rag_colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Children's Services – focused visit to services for care leavers, 3 and 4 June 2025 "
                      "(letter published 8 July 2025)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Children's Social Care"), ("Version", "2.0"),
                 ("Date", "30 September 2025"),
                 ("Approved by", "Children's Services Improvement Board"),
                 ("Next review", "December 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph("Inspectors identified three areas for improvement. This plan sets out the actions we "
                      "will take, who is responsible and how we will know they have made a difference. "
                      "Progress is reported monthly to the Improvement Board.")
    actions = []
    for head, afi, rows in areas:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run("Ofsted area for improvement").bold = True
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "How we will know", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (ref, text, lead, when, measure, rag, end, end_text, leads, status) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, measure, rag]):
                set_cell(c, v)
            shade(cells[5], rag_colour[rag])
            actions.append(act(ref, [head, afi], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed and impact evidenced"), ("Green", "On track"),
                 ("Amber", "Some slippage or risk to the timescale"), ("Red", "Off track – escalated to "
                                                                       "the Improvement Board")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], rag_colour[k])
        set_cell(row[1], v)
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["J. Marsh", "Corporate Director for Children's Services",
                                      "30/09/2025"]):
        set_cell(c, v)
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("BCP Council (Bournemouth, Christchurch and Poole) children's services, post focused visit "
                   "action plan of the kind councils submit after an Ofsted ILACS focused visit (framework "
                   "at gov.uk 'Inspecting local authority children's services'); focused visit and dates "
                   "are invented. Copies: title and subtitle, document-control table, introduction, one "
                   "numbered section per area for improvement with the inspectors' text in italics under a "
                   "label line, then its own action table (Ref, Action, Lead, By when, How we will know, "
                   "RAG word with cell shading), a RAG key table and a sign-off table."),
        "reads": ("An action plan answering three areas for improvement from a focused visit on care leavers. "
                  "Each area is a numbered heading with the inspectors' words below it and a table of 2-3 "
                  "numbered actions (8 in all) with lead, timescale and a RAG word; 'Complete' means blue. "
                  "The document-control, RAG key and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Durham Safeguarding Children Partnership - LCSPR Child M action plan (docx)
# ---------------------------------------------------------------------------
def durham():
    name = "ys-durham-safeguarding-children-partnership-lcspr-child-m-action-plan.docx"
    title = "Local Child Safeguarding Practice Review ‘Child M’ – Multi-agency Action Plan"
    themes = [
        ("Theme 1: Hearing the voice of the child", [
            ("Partners should ensure that practitioners speak to children on their own, and that what "
             "children say is recorded and reflected in assessments and plans.", [
                ("1.1", "Refresh the DSCP ‘Voice of the Child’ practice guidance and launch it through a "
                        "practitioner briefing.",
                 "DSCP Business Manager", "September 2025",
                 "Guidance published 22 September 2025; 212 practitioners attended briefings.",
                 "Complete", "2025-09", None, ["DSCP Business Manager"]),
                ("1.2", "Add a question on seeing the child alone to the multi-agency case audit tool and "
                        "report the findings to the Quality Assurance Subgroup.",
                 "Chair, Quality Assurance Subgroup", "December 2025",
                 "Audit tool amended; first audit round in November.",
                 "On track", "2025-12", None, ["Chair, Quality Assurance Subgroup"]),
            ]),
        ]),
        ("Theme 2: Professional curiosity about adults in the household", [
            ("Agencies should strengthen professional curiosity about new adults joining a household, "
             "including checking their history with the police and children's social care.", [
                ("2.1", "Add prompts about new partners and other household members to the health visiting "
                        "and school nursing contact templates.",
                 "Harrogate and District NHS Foundation Trust (0-19 Service) / County Durham and Darlington "
                 "NHS Foundation Trust", "30/11/2025",
                 "Template change awaiting the SystmOne release in January.",
                 "Delayed", "2025-11", None,
                 ["Harrogate and District NHS Foundation Trust (0-19 Service)",
                  "County Durham and Darlington NHS Foundation Trust"]),
                ("2.2", "Deliver a multi-agency learning event on ‘the unseen man’ for at least 150 "
                        "practitioners.",
                 "DSCP Learning and Development Subgroup", "Sept 2025 – March 2026",
                 "First two sessions held (96 attendees); two more booked.",
                 "On track", "2026-03", "Sept 2025 – March 2026", ["DSCP Learning and Development Subgroup"]),
            ]),
            ("Durham Constabulary and Children's Social Care should agree how information about domestic "
             "abuse incidents is shared where an unborn baby is known.", [
                ("3.1", "Agree and sign off a pre-birth information sharing protocol between Durham "
                        "Constabulary, First Contact and midwifery services.",
                 "Durham Constabulary; Durham County Council Children's Social Care", "October 2025",
                 "Protocol signed off by the DSCP Executive on 8 October 2025.",
                 "Complete", "2025-10", None,
                 ["Durham Constabulary", "Durham County Council Children's Social Care"]),
            ]),
        ]),
        ("Theme 3: Escalation and challenge", [
            ("The DSCP should seek assurance that the Resolving Professional Differences (escalation) policy "
             "is understood and used by practitioners in all agencies.", [
                ("4.1", "Relaunch the escalation policy with a 7-minute briefing and add escalation data to "
                        "the DSCP performance dashboard.",
                 "DSCP Business Manager", "January 2026", "", "Not started", "2026-01", None,
                 ["DSCP Business Manager"]),
                ("4.2", "Each partner agency to give the DSCP Executive a written assurance report on its use "
                        "of the escalation policy.",
                 "All partner agencies", "Q4 2025/26", "", "Not started", "2026-03", "Q4 2025/26",
                 ["All partner agencies"]),
            ]),
        ]),
    ]
    st_colour = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Off track": "FF0000"}
    st_status = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red",
                 "Not started": "unrated"}

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Durham Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Review published: 12 May 2025.   Action plan owner: DSCP Learning and Review Group.   "
                      "Progress as at: 14 October 2025.")
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for c, k in zip(key.rows[0].cells, ["Complete", "On track", "Delayed", "Off track", "Not started"]):
        set_cell(c, k, bold=True)
        if k in st_colour:
            shade(c, st_colour[k])
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["Ref", "Recommendation", "Action", "Lead agency / officer", "Target date",
             "Progress update", "Status"]
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "D5C6E0")
    actions = []
    for theme, recs in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, theme, bold=True)
        shade(merged, "EDE7F3")
        for rec, acts in recs:
            first = None
            last = None
            for (ref, text, lead, when, upd, status, end, end_text, leads) in acts:
                cells = t.add_row().cells
                for idx, v in zip([0, 2, 3, 4, 5, 6], [ref, text, lead, when, upd, status]):
                    set_cell(cells[idx], v)
                if status in st_colour:
                    shade(cells[6], st_colour[status])
                if first is None:
                    first = cells[1]
                last = cells[1]
                actions.append(act(ref, [theme, rec], text, leads, end, st_status[status], end_text))
            m = first.merge(last) if last is not first else first
            set_cell(m, rec)
    doc.add_paragraph()
    doc.add_paragraph("This action plan is monitored by the DSCP Learning and Review Group every two months. "
                      "Actions are closed only when evidence of impact has been provided.")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Durham Safeguarding Children Partnership (DSCP), multi-agency action plan following a "
                   "published Local Child Safeguarding Practice Review ('Child M', invented), 2025 - in the "
                   "form safeguarding partnerships publish alongside LCSPR reports. Copies: partnership name "
                   "line, document heading, publication/owner/progress-date line, a one-row colour status "
                   "key table, one landscape table with full-width merged theme rows, recommendation cells "
                   "merged down over their actions, action refs, lead agencies (two agencies in one cell), "
                   "target dates including a period and a quarter, progress text, and a status word with "
                   "shading; closing notes line."),
        "reads": ("A review action plan: four recommendations grouped under three learning themes, with 7 "
                  "numbered actions, each read under its theme and the recommendation beside it. Statuses "
                  "follow the document's own key (Complete = blue, On track = green, Delayed = amber, "
                  "Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Portsmouth Health and Wellbeing Board - action log, CSV, mistyped month -> refuse
# ---------------------------------------------------------------------------
def portsmouth():
    name = "ys-portsmouth-health-and-wellbeing-board-action-log-typo-month-refuse.csv"
    title = "Portsmouth Health and Wellbeing Board - Action Log"
    ncol = 8
    rows = [
        [title],
        ["Updated 10 November 2025 for the meeting on 26 November 2025"],
        [],
        ["Ref", "Meeting", "Agenda item", "Action", "Responsible", "Due date", "Status", "Update"],
        ["HWB/25/01", "12 March 2025", "Pharmaceutical Needs Assessment",
         "Circulate the final PNA 2025-28 to board members and publish it on the council website.",
         "Director of Public Health", "April 2025", "Complete", "Published 1 April 2025."],
        ["HWB/25/02", "12 March 2025", "Joint Health and Wellbeing Strategy",
         "Bring a refreshed outcomes framework for the strategy to the June meeting.",
         "Director of Public Health / Head of Place Development (ICB)", "June 2025", "Complete",
         "Taken at the meeting on 18 June."],
        ["HWB/25/03", "18 June 2025", "Better Care Fund 2025-26",
         "Provide board members with a breakdown of discharge fund spend by scheme.",
         "Director of Adult Care", "September 2025", "Complete", "Circulated by email 4 September."],
        ["HWB/25/04", "18 June 2025", "Healthy weight",
         "Set up a task and finish group on school food and report back with recommendations.",
         "Director of Public Health", "December 2025", "Open - on track",
         "Group has met twice; report scheduled for the December meeting."],
        ["HWB/25/05", "17 September 2025", "Suicide prevention",
         "Share the real-time surveillance data for Portsmouth with the board in a private briefing.",
         "Consultant in Public Health", "Febuary 2026", "Open",
         "Data sharing agreement with Hampshire and Isle of Wight Constabulary being finalised."],
        ["HWB/25/06", "17 September 2025", "Air quality",
         "Report on the first year of the Clean Air Zone evaluation, including health outcomes.",
         "Director of Regeneration", "Mar-26", "Open", ""],
        ["HWB/25/07", "17 September 2025", "Board development",
         "Hold a development session on the board's role in the neighbourhood health model.",
         "Democratic Services", "TBC", "Open", "Date to be agreed with the Chair."],
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))
    refuse_line = 1 + next(i for i, r in enumerate(rows) if "Febuary 2026" in r)

    write_expected(name, {
        "source": ("Portsmouth Health and Wellbeing Board action log (Portsmouth City Council democratic "
                   "services), 2025 - an imitation of the rolling action logs health and wellbeing boards "
                   "publish with their agenda packs, exported to CSV. Copies: title and 'updated' lines, "
                   "header row, refs like HWB/25/01, meeting date and agenda item columns, action, "
                   "responsible officer(s), due date, status and update; completed items kept on the log."),
        "reads": ("A seven-item action log of the board's meetings. The due date of HWB/25/05 reads "
                  "'Febuary 2026', a mistyped month, so a careful reader stops at that line and asks "
                  "before reading the log."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, 7


# ---------------------------------------------------------------------------
# 7. South Tyneside Community Safety Partnership - DHR action plan, tab-separated text
# ---------------------------------------------------------------------------
def south_tyneside():
    name = "ys-south-tyneside-csp-dhr-carla-action-plan.txt"
    title = "Domestic Homicide Review – ‘Carla’ – Action Plan"
    secA = "Section A – Multi-agency recommendations"
    secB = "Section B – Single agency recommendations"
    rec1 = ("All agencies should ensure that routine enquiry about domestic abuse is made when a patient or "
            "client presents with injuries, low mood or alcohol misuse, and that the enquiry is recorded.")
    rec2 = ("The Community Safety Partnership should review the referral pathway to specialist domestic abuse "
            "services for older victims and for victims with care and support needs.")
    rec3 = ("Northumbria Police should ensure that officers complete a DASH risk assessment at every domestic "
            "incident, including where the victim declines to engage.")
    rec4 = ("South Tyneside Council Housing Services should introduce domestic abuse screening at tenancy "
            "sustainment visits.")
    a21a = ("Map the current referral routes for older victims and agree a joint pathway between Adult Social "
            "Care and the commissioned domestic abuse service")
    a21b = "and publish it on the Safeguarding Adults Board website."
    T = "\t"
    lines = [
        "South Tyneside Community Safety Partnership",
        title,
        "Progress at 30 September 2025 (reported to the DHR Standing Panel, 16 October 2025)",
        "",
        T.join(["Rec", "Recommendation", "Action no.", "Action to take", "Lead agency", "Target date",
                "Progress / outcome", "RAG"]),
        secA,
        T.join(["1", rec1, "1.1", "Audit a sample of 50 primary care records for evidence of routine enquiry "
                "and share the findings with GP practices.", "NENC ICB (South Tyneside place)", "Dec-25",
                "Audit tool agreed; sample drawn.", "G"]),
        T.join(["", "", "1.2", "Include routine enquiry in the multi-agency domestic abuse training offer and "
                "monitor attendance by agency.", "South Tyneside Council (Community Safety Team)",
                "31/03/2026", "Module added to the training from October.", "G"]),
        T.join(["2", rec2, "2.1", a21a, "South Tyneside Council (Adult Social Care); Harbour Support Services",
                "Q4 2025/26", "Mapping workshop held 9 September; draft pathway in progress.", "A"]),
        T.join(["", "", "", a21b, "", "", "", ""]),
        T.join(["", "", "2.2", "Present the agreed pathway to the South Tyneside Safeguarding Adults Board for "
                "endorsement.", "Community Safety Manager", "April 2026", "", ""]),
        secB,
        T.join(["3", rec3, "3.1", "Issue a force-wide briefing on completing DASH where the victim declines to "
                "answer, and dip-sample compliance each month.", "Northumbria Police", "September 2025",
                "Briefing issued 1 August 2025; July and August dip-samples 94% compliant.", "B"]),
        T.join(["4", rec4, "4.1", "Add domestic abuse screening questions to the tenancy sustainment visit "
                "form.", "Head of Housing Services", "Nov-25", "Form redesigned; IT change requested.", "A"]),
        T.join(["", "", "4.2", "Train income recovery officers to recognise signs of economic abuse and refer "
                "to the Domestic Abuse Housing Alliance lead.", "Head of Housing Services", "Ongoing",
                "Two sessions delivered; included in induction.", "G"]),
        "",
        "RAG: B = complete; G = on track; A = some delay; R = significant delay / not progressing",
        "Note: Home Office Quality Assurance Panel letter received 2 May 2025; overview report published "
        "27 June 2025.",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    actions = [
        act("1.1", [secA, rec1], "Audit a sample of 50 primary care records for evidence of routine enquiry "
            "and share the findings with GP practices.", ["NENC ICB (South Tyneside place)"], "2025-12", "green"),
        act("1.2", [secA, rec1], "Include routine enquiry in the multi-agency domestic abuse training offer "
            "and monitor attendance by agency.", ["South Tyneside Council (Community Safety Team)"], "2026-03",
            "green"),
        act("2.1", [secA, rec2], a21a + "\n" + a21b,
            ["South Tyneside Council (Adult Social Care)", "Harbour Support Services"], "2026-03", "amber",
            end_text="Q4 2025/26"),
        act("2.2", [secA, rec2], "Present the agreed pathway to the South Tyneside Safeguarding Adults Board "
            "for endorsement.", ["Community Safety Manager"], "2026-04", "unrated"),
        act("3.1", [secB, rec3], "Issue a force-wide briefing on completing DASH where the victim declines to "
            "answer, and dip-sample compliance each month.", ["Northumbria Police"], "2025-09", "blue"),
        act("4.1", [secB, rec4], "Add domestic abuse screening questions to the tenancy sustainment visit form.",
            ["Head of Housing Services"], "2025-11", "amber"),
        act("4.2", [secB, rec4], "Train income recovery officers to recognise signs of economic abuse and refer "
            "to the Domestic Abuse Housing Alliance lead.", ["Head of Housing Services"], None, "green",
            end_text="Ongoing"),
    ]
    write_expected(name, {
        "source": ("South Tyneside Community Safety Partnership, Domestic Homicide Review action plan "
                   "('Carla', invented), progress at September 2025 - the standard Home Office DHR action plan "
                   "format (recommendation, action to take, lead agency, target date, outcome) as CSPs keep "
                   "it, saved as a tab-separated text export. Copies: title lines, header row, section lines "
                   "for multi-agency and single agency recommendations, recommendation number and text only "
                   "on the first row of its actions, one action wrapped onto a continuation line with only "
                   "the action column filled, two lead agencies in one cell, RAG letters with a key line and "
                   "a notes line at the end."),
        "reads": ("A DHR action plan with four recommendations in two sections and 7 numbered actions; rows "
                  "after the first under a recommendation leave the recommendation blank and belong to it. "
                  "Action 2.1 continues on the next line, and 2.2 has no RAG yet (unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (bucks, leeds, reading, bcp, durham, portsmouth, south_tyneside):
        n, k = fn()
        print(f"{n}: {k} actions")
