#!/usr/bin/env python3
"""Build the seven `ri-` blind cases of set heldout477 and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case is built from one data structure, so the expected text is exactly the file's text.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def write_expected(name, meta, actions):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
                 "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------------------------
# 1. Blackpool Council – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def blackpool():
    name = "ri-blackpool-council-internal-audit-recommendations-tracker.xlsx"
    title = "Blackpool Council Internal Audit Recommendations Tracker"
    audits = [
        ("2024/11 Payroll – Starters and Leavers (Limited Assurance)", [
            dict(ref="R1",
                 rec="Leaver forms should be received by Payroll before the employee's last working day so that final pay is calculated correctly and overpayments are avoided.",
                 pri="1",
                 action="Introduce an automated leaver notification from the iTrent self-service module to Payroll, with a reminder to the line manager 10 working days before the leaving date.",
                 officer="Head of HR and Organisational Development", lead=["Head of HR and Organisational Development"],
                 orig=D(2025, 3, 31), rev=D(2025, 9, 30), rag="amber",
                 upd="Workflow built and tested; go-live delayed by the iTrent upgrade. Now scheduled for September 2025.",
                 end="2025-09"),
            dict(ref="R2",
                 rec="Overpayments should be recorded on a central log and recovery action monitored monthly.",
                 pri="2",
                 action="Set up a central overpayments log held by Payroll and report the recovery position monthly to the Head of Accountancy.",
                 officer="Payroll Manager / Head of Accountancy", lead=["Payroll Manager", "Head of Accountancy"],
                 orig=D(2025, 1, 31), rev=None, rag="blue",
                 upd="Log in place from January 2025; first monthly report issued 7 February 2025.",
                 end="2025-01"),
            dict(ref="R3",
                 rec="Access to the payroll system should be reviewed at least six-monthly and removed promptly for leavers.",
                 pri="2",
                 action="Carry out six-monthly user access reviews of iTrent payroll roles.\nRemove system access for leavers within 5 working days of leaving, evidenced by a monthly check.",
                 officer="HR Systems Manager", lead=["HR Systems Manager"],
                 orig=D(2025, 10, 31), rev=None, rag="green",
                 upd="First access review completed June 2025; monthly leaver check being embedded.",
                 end="2025-10"),
        ]),
        ("2024/19 Council Tax Reduction Scheme (Limited Assurance)", [
            dict(ref="R1",
                 rec="A programme of risk-based reviews of Council Tax Reduction awards should be reinstated.",
                 pri="2",
                 action="Reinstate the annual review programme for working-age CTR claims, prioritising claims with no change of circumstances reported in the last 12 months.",
                 officer="Head of Revenues, Benefits and Customer Services",
                 lead=["Head of Revenues, Benefits and Customer Services"],
                 orig=D(2025, 3, 31), rev=D(2025, 12, 31), rag="amber",
                 upd="Review programme paused during annual billing; restarted July 2025 with 1,150 review forms issued.",
                 end="2025-12"),
            dict(ref="R2",
                 rec="Management checks on new claims should be evidenced.",
                 pri="3",
                 action="Introduce a 5% quality check sample of processed CTR claims, recorded on the Academy quality module.",
                 officer="Benefits Manager", lead=["Benefits Manager"],
                 orig=D(2025, 4, 30), rev=None, rag="blue",
                 upd="In place since April 2025.",
                 end="2025-04"),
        ]),
        ("2025/03 Cyber Security – Patch Management (Limited Assurance)", [
            dict(ref="R1",
                 rec="Critical and high security patches should be applied within the 14 days set in the Patch Management Policy.",
                 pri="1",
                 action="Implement automated patch deployment for all Windows servers and report compliance against the 14-day standard to the ICT Security Board monthly.",
                 officer="Head of ICT Services", lead=["Head of ICT Services"],
                 orig=D(2025, 7, 31), rev=None, rag="red",
                 upd="Server estate 78% compliant; legacy servers awaiting decommissioning. No revised date yet agreed.",
                 end="2025-07"),
            dict(ref="R2",
                 rec="Unsupported operating systems should be identified and either removed from the network or risk-accepted by the SIRO.",
                 pri="1",
                 action="Produce a register of end-of-life systems with a decommissioning plan, and obtain SIRO risk acceptance for any system that cannot be removed by the target date.",
                 officer="Head of ICT Services; Senior Information Risk Owner (SIRO)",
                 lead=["Head of ICT Services", "Senior Information Risk Owner (SIRO)"],
                 orig=D(2025, 9, 30), rev=None, rag="green",
                 upd="Register complete (14 systems); decommissioning plan drafted for the ICT Security Board on 16 September 2025.",
                 end="2025-09"),
            dict(ref="R3",
                 rec="Exceptions to the patching timescales should be approved and recorded.",
                 pri="2",
                 action="Add an exceptions log to the Patch Management Policy, with each exception approved by the Cyber Security Lead.",
                 officer="Cyber Security Lead", lead=["Cyber Security Lead"],
                 orig=D(2025, 11, 30), rev=None, rag=None,
                 upd="Not yet started – will follow the server patching work.",
                 end="2025-11"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risk Services – position as at 31 August 2025 (Audit Committee, 25 September 2025)"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Outstanding and recently closed recommendations by priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "On track", "Revised date", "Overdue", "Not started", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    allrecs = [r for _, recs in audits for r in recs]
    order = ["blue", "green", "amber", "red", None]
    row = 6
    for p in ["1", "2", "3"]:
        counts = [sum(1 for r in allrecs if r["pri"] == p and r["rag"] == k) for k in order]
        vals = ["Priority " + p] + counts + [sum(counts)]
        for c, v in enumerate(vals, 1):
            ws.cell(row=row, column=c, value=v).border = BOX
        row += 1
    counts = [sum(1 for r in allrecs if r["rag"] == k) for k in order]
    for c, v in enumerate(["Total"] + counts + [sum(counts)], 1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    row += 2
    ws.cell(row=row, column=1, value="RAG key (Tracker sheet)").font = Font(bold=True)
    key = [("blue", "Implemented – evidence seen by Internal Audit, recommendation closed"),
           ("green", "In progress – on track to meet the target date"),
           ("amber", "Target date revised or at risk of slipping"),
           ("red", "Overdue – target date passed and no revised date agreed"),
           (None, "No colour – not yet started")]
    for k, txt in key:
        row += 1
        if k:
            ws.cell(row=row, column=1).fill = fill(FILL[k])
        ws.cell(row=row, column=1).border = BOX
        ws.cell(row=row, column=2, value=txt)
    row += 2
    ws.cell(row=row, column=1, value="Priority 1 – fundamental control weakness; Priority 2 – significant; Priority 3 – housekeeping.")
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 14

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit – Follow-up of Agreed Management Actions"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Audits with Limited or No Assurance opinions, and all Priority 1 recommendations. Updates provided by responsible officers, August 2025."
    cols = ["Rec", "Finding / Recommendation", "Priority", "Agreed Management Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG",
            "Progress Update (August 2025)"]
    for c, h in enumerate(cols, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    row = 5
    actions = []
    for head, recs in audits:
        t.cell(row=row, column=1, value=head).font = Font(bold=True)
        t.cell(row=row, column=1).fill = fill("D9E1F2")
        t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for r in recs:
            vals = [r["ref"], r["rec"], r["pri"], r["action"], r["officer"], r["orig"], r["rev"], None, r["upd"]]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if r["rag"]:
                t.cell(row=row, column=8).fill = fill(FILL[r["rag"]])
            row += 1
            actions.append(dict(ref=r["ref"], under=[head, r["rec"]], action=r["action"], lead=r["lead"],
                                end=r["end"], status=r["rag"] or "unrated"))
    row += 1
    t.cell(row=row, column=1, value="Note: recommendations shown as Implemented will be removed from the next report once reported to Committee.")
    for col, w in zip("ABCDEFGHI", [7, 42, 9, 48, 26, 13, 13, 7, 44]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Blackpool Council (Risk Services) internal audit follow-up tracker of the kind "
                "reported to its Audit Committee (e.g. 25 September 2025 agenda, Audit Committee follow-ups of "
                "Limited assurance audits such as Driving at Work and Investment Properties; democracy.blackpool.gov.uk). "
                "Copied features: a Summary sheet first with a priority x status totals table and a fill-colour RAG key, "
                "then a Tracker sheet with merged full-width audit heading rows (audit ref, title, assurance opinion), "
                "the finding/recommendation beside the agreed management action, original and revised target dates, "
                "fill-only RAG cells, job titles as responsible officers (two posts split by '/' or ';')."),
        reads=("A two-sheet workbook: a summary of totals and a RAG key, then eight agreed management actions "
               "grouped under three audits, each answering the recommendation written beside it. Status comes "
               "from the fill colour of the RAG cell (one left uncoloured = not started); where a revised target "
               "date is given it is the due month."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 2. West Berkshire Council – corporate risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------------------------
def west_berkshire():
    name = "ri-west-berkshire-council-corporate-risk-register-q2-2025-26.xlsx"
    title = "West Berkshire Council Corporate Risk Register – Quarter 2 2025/26"
    risks = [
        dict(risk="CR1 Financial Sustainability",
             desc="Cause: rising demand in social care and SEND, inflation and uncertainty over the Fair Funding Review.\nEvent: the Council cannot set a balanced budget without Exceptional Financial Support.\nEffect: S114 notice, loss of local control, service reductions.",
             owner="Executive Director (Resources)", prev=20, score=20, dot="↔",
             acts=[
                 dict(ref="1.1", action="Deliver the 2025/26 savings programme (£9.8m) and report the monthly variance to Corporate Board.",
                      owner="Service Director (Finance, Property and Procurement)",
                      lead=["Service Director (Finance, Property and Procurement)"],
                      due=D(2026, 3, 31), fmt="dd/mm/yyyy", end="2026-03", rag="A",
                      upd="£7.1m forecast to be delivered; mitigations for the shortfall to Corporate Board in November."),
                 dict(ref="1.2", action="Submit a request for Exceptional Financial Support for 2026/27 to MHCLG if the budget gap cannot be closed.",
                      owner="Chief Executive / Executive Director (Resources)",
                      lead=["Chief Executive", "Executive Director (Resources)"],
                      due=D(2026, 2, 1), fmt="mmm-yy", end="2026-02", rag="G",
                      upd="Indicative request submitted 30 September 2025; final request due with the budget."),
                 dict(ref="1.3", action="Refresh the Medium Term Financial Strategy for 2026–2029.",
                      owner="Head of Finance & Property", lead=["Head of Finance & Property"],
                      due="Q3 2025/26", end="2025-12", end_text="Q3 2025/26", rag="B",
                      upd="MTFS approved by the Executive on 16 October 2025."),
             ]),
        dict(risk="CR2 Adult Social Care Demand",
             desc="Cause: ageing population and hospital discharge pressures.\nEvent: demand for care and support exceeds the budget and the workforce available.\nEffect: waiting lists grow, people wait longer for assessment, overspend.",
             owner="Executive Director (People)", prev=12, score=16, dot="↑",
             acts=[
                 dict(ref="2.1", action="Implement the Prevention and Wellbeing model, including a 20% increase in reablement capacity.",
                      owner="Service Director Adult Social Care", lead=["Service Director Adult Social Care"],
                      due=D(2025, 12, 31), fmt="dd/mm/yyyy", end="2025-12", rag="G",
                      upd="Reablement capacity up 14% since April; recruitment continuing."),
                 dict(ref="2.2", action="Reduce waiting times for Care Act assessments in line with the CQC assessment improvement plan.",
                      owner="Head of Adult Social Care Operations; Principal Social Worker (Adults)",
                      lead=["Head of Adult Social Care Operations", "Principal Social Worker (Adults)"],
                      due="Ongoing", end=None, end_text="Ongoing", rag="A",
                      upd="Waiting list down from 412 to 338; target of 250 by March."),
             ]),
        dict(risk="CR3 Cyber Security",
             desc="Cause: increasing attacks on local government and legacy systems.\nEvent: a successful cyber attack or ransomware incident.\nEffect: loss of systems and data, inability to deliver services, regulatory action.",
             owner="Service Director (Strategy & Governance)", prev=15, score=15, dot="↔",
             acts=[
                 dict(ref="3.1", action="Achieve PSN compliance and the Cyber Assessment Framework baseline.\nComplete remediation of the actions from the July 2025 penetration test.",
                      owner="Head of ICT & Digital", lead=["Head of ICT & Digital"],
                      due=D(2026, 1, 31), fmt="dd/mm/yyyy", end="2026-01", rag="R",
                      upd="Remediation delayed by the supplier; 11 of 19 actions closed."),
                 dict(ref="3.2", action="Run a cyber incident exercise with Corporate Board.",
                      owner="Head of ICT & Digital / Emergency Planning Manager",
                      lead=["Head of ICT & Digital", "Emergency Planning Manager"],
                      due=D(2025, 11, 1), fmt="mmm-yy", end="2025-11", rag="B",
                      upd="Exercise held on 5 November 2025; lessons learned report in preparation."),
             ]),
        dict(risk="CR4 Temporary Accommodation",
             desc="Cause: rising homelessness and a shortage of affordable private rented homes.\nEvent: the Council relies on nightly-paid and out-of-district accommodation.\nEffect: budget pressure and poor outcomes for households.",
             owner="Executive Director (Place)", prev=16, score=16, dot="↔",
             acts=[
                 dict(ref="4.1", action="Acquire 30 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.",
                      owner="Head of Housing", lead=["Head of Housing"],
                      due=D(2026, 3, 31), fmt="dd/mm/yyyy", end="2026-03", rag="A",
                      upd="18 units completed or under offer."),
                 dict(ref="4.2", action="Review the Homelessness and Rough Sleeping Strategy action plan.",
                      owner="Housing Strategy Manager", lead=["Housing Strategy Manager"],
                      due=None, end=None, rag=None,
                      upd="New action added in Q2; date to be set at the next Housing Board."),
             ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to Governance Committee, 24 November 2025. Scores are Likelihood x Impact (1–5 each); target score set by Corporate Board."
    ws["A2"].font = Font(italic=True)
    cols = ["Risk", "Description (cause / event / effect)", "Risk Owner", "Current Score",
            "Direction of travel", "Ref", "Further actions to reduce the risk", "Action Owner", "Due",
            "Action RAG", "Q2 update"]
    for c, h in enumerate(cols, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.alignment = WRAP
        cell.border = BOX
    row = 5
    actions = []
    for r in risks:
        first = row
        for a in r["acts"]:
            vals = [None] * 5 + [a["ref"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = a["fmt"]
            if a["rag"]:
                ws.cell(row=row, column=10).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
            status = {"R": "red", "A": "amber", "G": "green", "B": "blue", None: "unrated"}[a["rag"]]
            e = dict(ref=a["ref"], under=[r["risk"]], action=a["action"], lead=a["lead"], end=a["end"],
                     status=status)
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            actions.append(e)
        last = row - 1
        for c, v in enumerate([r["risk"], r["desc"], r["owner"], r["score"], r["dot"]], 1):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
            if c == 1:
                cell.font = Font(bold=True)
            if c == 4:
                cell.fill = fill("FF0000" if v >= 15 else "FFC000")
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    row += 1
    ws.cell(row=row, column=1, value="Action RAG: B = complete; G = on track; A = at risk of slipping; R = off track / overdue; blank = not yet started.")
    row += 1
    ws.cell(row=row, column=1, value="Risk score: 15–25 red (high); 8–12 amber (medium); 1–6 green (low).")
    for col, w in zip("ABCDEFGHIJK", [20, 40, 20, 8, 9, 6, 46, 26, 11, 7, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Movement since Q1")
    m["A1"] = "Movement in corporate risk scores since Quarter 1"
    m["A1"].font = Font(bold=True)
    for c, h in enumerate(["Risk", "Q1 score", "Q2 score", "Target score", "Comment"], 1):
        m.cell(row=3, column=c, value=h).font = Font(bold=True)
    notes = ["No change", "Increased – hospital discharge demand over summer", "No change",
             "No change"]
    targets = [12, 9, 10, 9]
    for i, r in enumerate(risks):
        for c, v in enumerate([r["risk"], r["prev"], r["score"], targets[i], notes[i]], 1):
            m.cell(row=4 + i, column=c, value=v)
    m.column_dimensions["A"].width = 30
    m.column_dimensions["E"].width = 50
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates the West Berkshire Council Corporate Risk Register as reported quarterly to its "
                "Governance Committee (risk management strategy and quarterly register updates on "
                "decisionmaking.westberks.gov.uk), in the common council layout of risk rows with vertically merged "
                "risk, description, owner and score cells and one row per further action. Copied features: title and "
                "scoring note rows, cause/event/effect descriptions with inner line breaks, direction-of-travel arrows, "
                "action refs 1.1, 2.1 ..., action owners as job titles (two posts split by '/' or ';'), due dates as "
                "dd/mm/yyyy, mmm-yy, a quarter and 'Ongoing', a letter RAG with its key below the table, and a second "
                "sheet of score movements."),
        reads=("A corporate risk register of four risks; under each risk (merged cells) sit its further actions, "
               "nine in all, with owner, due date and an action RAG letter (B/G/A/R, one blank = not started). "
               "Each action is read under its risk; the score-movement sheet and key hold no actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 3. Central Bedfordshire Council – Strategic Plan delivery plan 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def central_beds():
    name = "ri-central-bedfordshire-council-strategic-plan-delivery-plan-typo-month-refuse.xlsx"
    title = "Central Bedfordshire Council – Strategic Plan Delivery Plan 2025/26"
    plan = [
        ("Priority 1: Improving lives – caring for those who need us most", [
            ("1.1", "Open the second Family Hub in Leighton Buzzard and extend Start for Life services to Houghton Regis.",
             "Director of Children's Services", "Cllr S. Clark", "Sept 2025", "Green", "Blue",
             "Leighton Buzzard Family Hub opened 8 September 2025."),
            ("1.2", "Reduce the number of children waiting more than 20 weeks for an EHC plan by half.",
             "Assistant Director SEND and Inclusion", "Cllr S. Clark", "March 2026", "Amber", "Amber",
             "Timeliness 41% (Q1 36%); additional educational psychology capacity commissioned."),
            ("1.3", "Deliver 40 additional units of extra care housing at Steppingley Road, Flitwick.",
             "Head of Housing Development", "Cllr T. Nicols", "Dec 2025", "Green", "Green",
             "Construction on programme; handover planned for December."),
        ]),
        ("Priority 2: Caring for our environment", [
            ("2.1", "Introduce weekly food waste collections to all households.",
             "Head of Waste Services", "Cllr V. Hopkin", "April 2026", "Green", "Amber",
             "Vehicle delivery delayed by manufacturer; roll-out phased from April."),
            ("2.2", "Plant 20,000 trees through the Forest of Marston Vale partnership.",
             "Countryside Access Manager", "Cllr V. Hopkin", "Febuary 2026", "Green", "Green",
             "11,400 planted; winter planting season booked."),
            ("2.3", "Publish the Local Nature Recovery Strategy for Bedfordshire with partner authorities.",
             "Head of Environmental Strategy", "Cllr V. Hopkin", "Ongoing", "Amber", "Amber",
             "Consultation closed; publication date set by the lead authority."),
        ]),
        ("Priority 3: Providing value for money", [
            ("3.1", "Deliver £14.2m of savings in the 2025/26 budget.",
             "Director of Resources / Chief Finance Officer", "Cllr J. Baker", "March 2026", "Amber", "Amber",
             "£11.9m forecast; recovery plans in place for highways and adult social care."),
            ("3.2", "Launch the resident self-service portal for council tax and benefits.",
             "Head of Digital and Customer Services", "Cllr J. Baker", "Nov 2025", "Green", "Green",
             "User testing complete."),
            ("3.3", "Complete the review of the Council's office accommodation at Priory House and Watling House.",
             "Assistant Director Property", "Cllr J. Baker", "Jan 2026", "Red", "Amber",
             "Options appraisal to Executive in December."),
        ]),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Quarter 2 progress report (April – September 2025)"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("1.0", "14/04/2025", "Performance and Insight Team", "Approved by Executive"),
          ("1.1", "22/07/2025", "Performance and Insight Team", "Q1 update"),
          ("1.2", "28/10/2025", "Performance and Insight Team", "Q2 update for Corporate Resources OSC")]
    for i, r in enumerate(dc):
        for c, v in enumerate(r, 1):
            cell = cv.cell(row=5 + i, column=c, value=v)
            cell.border = BOX
            if i == 0:
                cell.font = Font(bold=True)
    cv["A11"] = "RAG status"
    cv["A11"].font = Font(bold=True)
    for i, (w, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                  ("Amber", "Some slippage – recoverable within the year"),
                                  ("Red", "Significant slippage – will not be delivered as planned")]):
        cv.cell(row=12 + i, column=1, value=w).fill = fill(FILL[w.lower()])
        cv.cell(row=12 + i, column=2, value=txt)
    for col, w in zip("ABCD", [16, 14, 30, 40]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Strategic Plan 2024–2028: Delivery Plan 2025/26 – Q2 position"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Ref", "Key action", "Lead Officer", "Executive Member", "Target date", "Q1 RAG", "Q2 RAG",
            "Q2 progress commentary"]
    for c, h in enumerate(cols, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.border = BOX
        cell.alignment = WRAP
    row = 4
    typo_row = None
    for head, acts in plan:
        ws.cell(row=row, column=1, value=head).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("E2EFDA")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c in (6, 7):
                    cell.fill = fill(FILL[v.lower()])
            if a[4] == "Febuary 2026":
                typo_row = row
            row += 1
    row += 1
    q2 = [a[6] for _, acts in plan for a in acts]
    ws.cell(row=row, column=1, value="Totals at Q2: " + ", ".join(
        f"{k} {q2.count(k)}" for k in ["Blue", "Green", "Amber", "Red"]) + f" ({len(q2)} actions).")
    for col, w in zip("ABCDEFGH", [7, 50, 30, 18, 13, 9, 9, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Central Bedfordshire Council delivery plan for its Strategic Plan (new plan adopted April "
                "2024 setting the Council's priorities; centralbedfordshire.gov.uk news 19 April 2024), reported "
                "quarterly to overview and scrutiny. Copied features: a Cover sheet with title, reporting period, a "
                "document-control table and RAG key, then a Delivery Plan sheet with merged priority rows, action refs, "
                "lead officer and executive member columns, target dates typed as text months, Q1 and Q2 RAG fills and "
                "commentary, and a totals line."),
        reads=("A council strategic-plan delivery plan with nine key actions under three priorities, target dates "
               "typed as text months. Action 2.2's target date reads 'Febuary 2026', a mistyped month, so a careful "
               "reader stops at that row and asks what date was meant before taking the plan in."),
        outcome="refuse", refuse_at=typo_row, title=title)
    write_expected(name, meta, [])
    return name, 9


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def set_cell(cell, text, bold=False):
    cell.text = text
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.bold = True


# ---------------------------------------------------------------------------------------------
# 4. Middlesbrough Council – Ofsted focused visit (care leavers) action plan (docx)
# ---------------------------------------------------------------------------------------------
def middlesbrough():
    name = "ri-middlesbrough-council-ofsted-focused-visit-action-plan.docx"
    title = "Middlesbrough Council Children's Services: Ofsted Focused Visit Action Plan"
    afis = [
        ("The consistency and impact of management oversight and supervision of personal advisers.", [
            ("1.1", "Refresh the supervision policy for the Pathways (care leavers) service so that supervision records set out clear actions and timescales for each young person.",
             "Head of Service, Pathways and Care Leavers", ["Head of Service, Pathways and Care Leavers"],
             "October 2024", "2024-10", None, "Blue",
             "Policy refreshed and launched at the service briefing on 15 October 2024."),
            ("1.2", "Team managers to audit 10% of supervision records each month, with findings reported to the Practice Improvement Board.",
             "Team Managers (Pathways) / Quality Assurance Manager",
             ["Team Managers (Pathways)", "Quality Assurance Manager"],
             "Monthly from November 2024", None, "Monthly from November 2024", "Green",
             "Audits completed November to February; 72% of records rated good or better in February."),
            ("1.3", "Deliver reflective supervision training to all team managers and senior personal advisers.",
             "Principal Social Worker", ["Principal Social Worker"],
             "31/03/2025", "2025-03", None, "Green",
             "Two of three cohorts trained; final cohort booked for 20 March 2025."),
        ]),
        ("The quality of pathway plans, so that they are written with young people, are reviewed when circumstances change and address emotional health needs.", [
            ("2.1", "Introduce a revised pathway plan template co-produced with the Care Leavers’ Forum.",
             "Participation Lead", ["Participation Lead"],
             "December 2024", "2024-12", None, "Blue",
             "New template in use from 2 December 2024; young people chose the “My Pathway” title."),
            ("2.2", "Review pathway plans at least every six months, or sooner when a young person’s circumstances change, with compliance tracked through the weekly performance clinic.",
             "Service Manager, Pathways", ["Service Manager, Pathways"],
             "Jan – March 2025", "2025-03", "Jan – March 2025", "Amber",
             "Plans reviewed in timescale up from 61% to 78%; target 90%."),
            ("2.3", "Give care leavers aged 18–25 direct access to the Emotional Health and Wellbeing Service, with a named link worker in the Pathways team.",
             "Head of Service, Pathways and Care Leavers; Tees, Esk and Wear Valleys NHS FT",
             ["Head of Service, Pathways and Care Leavers", "Tees, Esk and Wear Valleys NHS FT"],
             "30/06/2025", "2025-06", None, "Green",
             "Link worker in post from January 2025; referral pathway agreed."),
        ]),
        ("The sufficiency of suitable accommodation for care leavers, including supported lodgings and Staying Close arrangements.", [
            ("3.1", "Recruit 8 additional supported lodgings hosts through the regional fostering campaign.",
             "Fostering Recruitment Manager", ["Fostering Recruitment Manager"],
             "September 2025", "2025-09", None, "Amber",
             "3 hosts approved, 2 in assessment."),
            ("3.2", "Agree a joint protocol with Housing Solutions so that no care leaver is placed in bed and breakfast accommodation.",
             "Head of Housing Solutions / Head of Service, Pathways and Care Leavers",
             ["Head of Housing Solutions", "Head of Service, Pathways and Care Leavers"],
             "31/12/2024", "2024-12", None, "Red",
             "Protocol drafted but not yet signed off; two young people placed in B&B in February 2025 (fewer than 5 nights each)."),
            ("3.3", "Develop a Staying Close offer for young people leaving residential care.",
             "Service Manager, Residential and Placements", ["Service Manager, Residential and Placements"],
             "Ongoing", None, "Ongoing", "Green",
             "Two young people supported through Staying Close; DfE funding bid submitted."),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Focused visit to Middlesbrough children’s services: care leavers, 31 July – 1 August 2024. "
                      "Progress update for the Corporate Parenting Board, March 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for r in [("1.0", "22/10/2024", "Head of Service, Pathways and Care Leavers", "Children’s Services DMT"),
              ("1.2", "14/01/2025", "Head of Service, Pathways and Care Leavers", "Practice Improvement Board"),
              ("1.3", "11/03/2025", "Quality Assurance Manager", "Executive Director of Children’s Services")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph("Ofsted carried out a focused visit looking at arrangements for care leavers on 31 July and "
                      "1 August 2024. The letter was published in September 2024 and set out three areas for "
                      "improvement. This plan sets out what we will do in response; it is monitored monthly by the "
                      "Practice Improvement Board and reported to the Corporate Parenting Board.")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for w, txt in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some delay – mitigations in place"),
                   ("Red", "Off track – needs escalation")]:
        cells = k.add_row().cells
        cells[0].text = w
        shade(cells[0], FILL[w.lower()])
        cells[1].text = txt
    actions = []
    for i, (afi, rows) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "What we will do", "Lead", "By when",
                                           "Progress update (March 2025)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for (ref, act, leadtxt, lead, when, end, end_text, rag, upd) in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, leadtxt, when, upd, rag]):
                c.text = v
            shade(cells[5], FILL[rag.lower()])
            e = dict(ref=ref, under=[afi], action=act, lead=lead, end=end, status=rag.lower())
            if end_text:
                e["end_text"] = end_text
            actions.append(e)
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Corporate Parenting Board, 10 April 2025.")
    doc.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates Middlesbrough Council's response to the Ofsted focused visit on care leavers (31 July – "
                "1 August 2024; reported by the council and BBC Tees, which noted strengthened processes not yet "
                "leading to consistent front-line management, supervision and training). Layout follows council "
                "post-focused-visit action plans in Word: Title, a sub-title line, document-control table, "
                "introduction, RAG key table, then for each area for improvement a 'Area for improvement N' heading, "
                "the area's text in bold and its own table (No., What we will do, Lead, By when, Progress update, RAG "
                "word with matching shading)."),
        reads=("A Word action plan answering three areas for improvement from a focused visit; each has its own "
               "table of three numbered actions with a lead (job titles, some containing commas; two posts split "
               "by '/' or ';'), a 'by when' (months, dates, a period, 'Monthly from…', 'Ongoing') and a RAG word. "
               "The 'Area for improvement N' headings give way to the area's text."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 5. Dudley Safeguarding People Partnership – LCSPR Child W action plan (docx)
# ---------------------------------------------------------------------------------------------
def dudley():
    name = "ri-dudley-safeguarding-people-partnership-lcspr-child-w-action-plan.docx"
    title = "Child W – Local Child Safeguarding Practice Review: Multi-agency Action Plan"
    themes = [
        ("Theme 1: Seeing the baby – professional curiosity about lived experience", [
            ("1. Partner agencies should ensure practitioners explore and record the lived experience of pre-verbal children, including who is caring for them day to day.", [
                ("1a", "Update the DSPP Neglect Toolkit and Graded Care Profile 2 guidance to include a prompt on who cares for the baby at each visit.",
                 "DSPP Business Manager", ["DSPP Business Manager"], "September 2025", "2025-09", None, "blue",
                 "Toolkit updated and relaunched at the DSPP conference, 23 September 2025."),
                ("1b", "Health visiting and midwifery to audit 30 records of children under 1 for evidence that the baby's daily routine and carers are recorded.",
                 "Named Nurse Safeguarding Children, Dudley Group NHS FT",
                 ["Named Nurse Safeguarding Children, Dudley Group NHS FT"],
                 "31.12.2025", "2025-12", None, "green",
                 "Audit tool agreed; 18 of 30 records audited."),
            ]),
            ("2. Agencies should be professionally curious about adults who are new to a household and check what is known about them.", [
                ("2a", "Issue a Safer7 briefing on ‘new adults in the household’ and include it in single-agency safeguarding training.",
                 "DSPP Learning and Development Officer", ["DSPP Learning and Development Officer"],
                 "July 2025", "2025-07", None, "blue",
                 "Briefing published 14 July 2025; included in DSPP Level 3 training."),
                ("2b", "West Midlands Police to check PNC and local intelligence on new partners where a referral concerns a child under 2, and record the outcome on the referral.",
                 "Detective Inspector, Public Protection Unit (Dudley)",
                 ["Detective Inspector, Public Protection Unit (Dudley)"],
                 "Q3 2025/26", "2025-12", "Q3 2025/26", "amber",
                 "Process agreed; recording field awaited in the force system."),
            ]),
        ]),
        ("Theme 2: Working together – information sharing and escalation", [
            ("3. The Partnership should seek assurance that the Resolution and Escalation Policy is understood and used when practitioners disagree with a decision.", [
                ("3a", "Relaunch the Resolution and Escalation Policy with a quick guide for practitioners.",
                 "DSPP Business Manager", ["DSPP Business Manager"], "October 2025", "2025-10", None, "blue",
                 "Relaunched 6 October 2025 with a Safer7 briefing."),
                ("3b", "Multi-agency audit of escalations raised in 2025 to test whether they were resolved within policy timescales.",
                 "Chair, DSPP Quality Assurance Subgroup", ["Chair, DSPP Quality Assurance Subgroup"],
                 "March 2026", "2026-03", None, "red",
                 "Not started – scheduled for the Q4 audit programme."),
            ]),
            ("4. Dudley Council Children's Services should ensure strategy discussions for children under 1 include health and police in every case.", [
                ("4a", "Amend the MASH strategy discussion template so that attendance by health and police is recorded, with a reason where either is absent.",
                 "Head of Service, MASH and Assessment", ["Head of Service, MASH and Assessment"],
                 "30/11/2025", "2025-11", None, "green",
                 "Template amended; go-live in Mosaic planned for 24 November."),
                ("4b", "Monthly dip-sample of strategy discussions for children under 1 by the MASH Team Manager and the Designated Nurse.",
                 "MASH Team Manager / Designated Nurse Safeguarding Children (Black Country ICB)",
                 ["MASH Team Manager", "Designated Nurse Safeguarding Children (Black Country ICB)"],
                 "Monthly", None, "Monthly", "amber",
                 "Dip-samples completed in September and October; November sample delayed."),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Dudley Safeguarding People Partnership (DSPP)")
    r.bold = True
    r.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
    doc.add_paragraph(title, style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Review published", "14 May 2025"),
                 ("Independent reviewer", "Commissioned by the DSPP Case Review Group"),
                 ("Action plan owner", "DSPP Learning and Improvement Subgroup"),
                 ("Last updated", "2 December 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        cells[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("The review made four recommendations for the Partnership. Each agency named below has agreed "
                      "the actions and reports progress to the Learning and Improvement Subgroup. The RAG column is "
                      "coloured as follows:")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (col, txt) in zip(key.rows[0].cells, [("red", "Red – not started or off track"),
                                                ("amber", "Amber – in progress"),
                                                ("green", "Green – on track"),
                                                ("blue", "Blue – complete, impact evidenced")]):
        c.text = txt
        shade(c, FILL[col])
    doc.add_paragraph("")
    cols = ["Recommendation", "No.", "Action", "Lead agency / officer", "Target date", "Progress / evidence",
            "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "D9D2E9")
    actions = []
    for theme, recs in themes:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, theme, bold=True)
        shade(m, "EDE7F6")
        for rec, acts in recs:
            first = None
            for (no, act, leadtxt, lead, when, end, end_text, rag, prog) in acts:
                row = t.add_row()
                cells = row.cells
                for c, v in zip(cells[1:6], [no, act, leadtxt, when, prog]):
                    c.text = v
                shade(cells[6], FILL[rag])
                if first is None:
                    first = cells[0]
                last = cells[0]
                e = dict(ref=no, under=[theme, rec], action=act, lead=lead, end=end, status=rag)
                if end_text:
                    e["end_text"] = end_text
                actions.append(e)
            merged = first.merge(last)
            merged.text = rec
    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for a, b in [("Agreed by", "DSPP Executive Group"), ("Date agreed", "11 June 2025"),
                 ("Next review", "Learning and Improvement Subgroup, February 2026")]:
        cells = so.add_row().cells
        set_cell(cells[0], a, bold=True)
        cells[1].text = b
    doc.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Dudley Safeguarding People Partnership (DSPP) multi-agency action plan for a local child "
                "safeguarding practice review (dudleysafeguarding.org.uk: each agency produces actions against the "
                "review's recommendations, monitored by the Learning and Improvement subgroup; Safer7 briefings). "
                "Copied features: partnership name line and Title, a review-details table, a colour RAG key table, "
                "one plan table with full-width merged theme rows and the numbered recommendation in a vertically "
                "merged first-column cell beside its actions 1a, 1b ..., RAG shown only by cell shading, and a "
                "sign-off table at the end."),
        reads=("One multi-agency table: two themes, each with two numbered recommendations, each answered by two "
               "lettered actions (eight in all) with lead, target date, progress and an uncoloured-text RAG cell "
               "whose shading gives the status. Each action is read under its theme and its recommendation; the "
               "details, key and sign-off tables hold no actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 6. Solihull Council – ASC transformation programme highlight report (csv)
# ---------------------------------------------------------------------------------------------
def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def solihull():
    name = "ri-solihull-council-asc-transformation-programme-highlight-report.csv"
    title = "Adult Social Care Transformation Programme – Highlight Report"
    ws = [
        ("WS1 Front Door and Early Intervention", [
            ("1.1", "Launch the new Adult Social Care Front Door triage model with the Solihull Community Advice Hub",
             "Head of Adult Social Care Front Door", ["Head of Adult Social Care Front Door"],
             "30/06/2025", "30/06/2025", "2025-06", None, "Green", "Complete", "blue",
             "Live from 30 June; 62% of contacts resolved at first point."),
            ("1.2", "Recruit 4 FTE Occupational Therapists to the Front Door team",
             "Principal Occupational Therapist", ["Principal Occupational Therapist"],
             "31/07/2025", "Nov-25", "2025-11", None, "Amber", "Amber", "amber",
             "2 appointed, 2 posts re-advertised."),
            ("1.3", "Roll out the online financial assessment calculator",
             "Financial Assessment Manager / Digital Lead", ["Financial Assessment Manager", "Digital Lead"],
             "31/10/2025", "31/10/2025", "2025-10", None, "Green", "Green", "green",
             "Testing with Healthwatch volunteers in October."),
        ]),
        ("WS2 Reablement and Intermediate Care", [
            ("2.1", "Extend reablement hours to 8am–10pm, 7 days a week",
             "Reablement Service Manager", ["Reablement Service Manager"],
             "01/09/2025", "01/12/2025", "2025-12", None, "Amber", "Red", "red",
             "Recruitment to evening shifts not achieved; 6 of 14 posts filled. See decision below."),
            ("2.2", "Agree a joint reablement and therapy pathway with University Hospitals Birmingham (Solihull Hospital)",
             "Assistant Director, Integrated Care", ["Assistant Director, Integrated Care"],
             "30/09/2025", "31/01/2026", "2026-01", None, "Green", "Amber", "amber",
             "Draft pathway with UHB; sign-off at the Place Committee in January."),
        ]),
        ("WS3 Commissioning and Market Sustainability", [
            ("3.1", "Retender the home care framework (lots 1–4)",
             "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
             "31/03/2026", "31/03/2026", "2026-03", None, "Green", "Green", "green",
             "Tender published 12 September, closing 24 October."),
            ("3.2", "Publish the Market Position Statement 2025–2028",
             "Commissioning Manager", ["Commissioning Manager"],
             "31/08/2025", "30/09/2025", "2025-09", None, "Amber", "Complete", "blue",
             "Published 26 September."),
            ("3.3", "Complete the fee uplift consultation with care home providers",
             "SS & JK", ["SS", "JK"],
             "Dec-25", "Dec-25", "2025-12", None, "Green", "Green", "green",
             "Provider engagement sessions booked for October."),
        ]),
        ("WS4 Workforce and Practice", [
            ("4.1", "Introduce strengths-based practice training for all assessment staff",
             "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
             "31/12/2025", "31/12/2025", "2025-12", None, "Not started", "Green", "green",
             "Training partner appointed; first cohort 4 November."),
            ("4.2", "Launch the ASC Workforce Strategy action plan",
             "Head of Workforce Development", ["Head of Workforce Development"],
             "Q4 2025/26", "Q4 2025/26", "2026-03", "Q4 2025/26", "", "Not started", "unrated",
             "Dependent on the corporate People Strategy refresh."),
        ]),
    ]
    lines = []
    add = lambda *cells: lines.append(",".join(csv_cell(c) for c in cells))
    add(title)
    add("Solihull Metropolitan Borough Council – Period 6 (September 2025)")
    add("Senior Responsible Owner", "Director of Adult Care and Health")
    add("Report date", "03/10/2025")
    add("Overall programme RAG", "Amber", "Previous period", "Amber")
    add()
    add("Summary of progress this period")
    add("The new Front Door model is live and the Market Position Statement has been published. Evening reablement "
        "remains the main concern: recruitment has not kept pace and the forecast date has moved to December.")
    add()
    add("Ref", "Workstream", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Last period RAG",
        "This period RAG", "Commentary")
    actions = []
    counts = {}
    for wsname, rows in ws:
        firstrow = True
        for (ref, act, leadtxt, lead, base, fc, end, end_text, last, this, status, comm) in rows:
            add(ref, wsname if firstrow else "", act, leadtxt, base, fc, last, this, comm)
            firstrow = False
            counts[this] = counts.get(this, 0) + 1
            e = dict(ref=ref, under=[wsname], action=act, lead=lead, end=end, status=status)
            if end_text:
                e["end_text"] = end_text
            actions.append(e)
    add()
    keys = ["Complete", "Green", "Amber", "Red", "Not started"]
    add("RAG summary", *keys, "Total")
    add("Milestones", *[counts.get(k, 0) for k in keys], sum(counts.values()))
    add()
    add("Decisions required from Programme Board",
        "Approve use of £180k from the Market Sustainability and Improvement Fund for evening reablement recruitment incentives (paper 4).")
    add("Next report", "Programme Board 07/11/2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    meta = dict(
        source=("Imitates a Solihull Metropolitan Borough Council programme highlight report (council plan and "
                "transformation programme reporting to scrutiny and programme boards; eservices.solihull.gov.uk), "
                "saved from Excel as CSV. Copied features: title and period lines, SRO, report date and overall RAG "
                "with previous RAG, a summary paragraph, a milestone table with the workstream written only on the "
                "first row of each group (merged cells flattened), baseline and forecast dates, last-period and "
                "this-period RAG, a RAG totals block and a decisions line."),
        reads=("A highlight report whose milestone table lists ten actions in four workstreams, each with a lead, a "
               "baseline and a forecast date (the forecast is the due month) and a last and current RAG (current one "
               "counts; 'Complete' = blue, 'Not started' = unrated). Header lines, the summary, the totals block and "
               "the decisions line are not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------
# 7. Safer Stronger Doncaster Partnership – DHR 'Irene' action plan (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def doncaster():
    name = "ri-safer-stronger-doncaster-partnership-dhr-irene-action-plan.txt"
    title = "Domestic Homicide Review: Irene – Multi-Agency Action Plan"
    recs = [
        ("1. Doncaster and Bassetlaw Teaching Hospitals NHS FT to ensure routine enquiry about domestic abuse is made at every emergency department attendance where the patient presents with an injury.", "Local", [
            ("Add a mandatory routine enquiry question to the ED triage record.",
             "Doncaster and Bassetlaw Teaching Hospitals NHS FT", ["Doncaster and Bassetlaw Teaching Hospitals NHS FT"],
             "Change request approved March 2025; staff briefings completed", "June 2025", "2025-06", None,
             "Completed 16/06/2025 – question live in ED triage", "Complete", "blue"),
            ("Audit compliance with routine enquiry in ED each quarter and report to the Trust Safeguarding Committee.",
             "Doncaster and Bassetlaw Teaching Hospitals NHS FT", ["Doncaster and Bassetlaw Teaching Hospitals NHS FT"],
             "Q2 audit: 71% compliance", "Quarterly", None, "Quarterly", "", "Green", "green"),
        ]),
        ("2. SSDP to seek assurance that agencies recognise and respond to disclosures of economic abuse.", "Local", [
            ("Deliver economic abuse briefings to front-line staff in partnership with Surviving Economic Abuse.",
             "Domestic Abuse Hub Manager, City of Doncaster Council",
             ["Domestic Abuse Hub Manager, City of Doncaster Council"],
             "Two of five sessions delivered", "Sept 2025 – Dec 2025", "2025-12", "Sept 2025 – Dec 2025", "",
             "Amber", "amber"),
            ("Include economic abuse in the revised DASH referral guidance.",
             "South Yorkshire Police / City of Doncaster Council Domestic Abuse Hub",
             ["South Yorkshire Police", "City of Doncaster Council Domestic Abuse Hub"],
             "Draft guidance with the DA Strategic Board", "31/03/2026", "2026-03", None, "", "Green", "green"),
        ]),
        ("3. St Leger Homes of Doncaster to strengthen how tenancy officers identify and act on signs of domestic abuse.", "Local", [
            ("Achieve Domestic Abuse Housing Alliance (DAHA) accreditation.",
             "St Leger Homes of Doncaster", ["St Leger Homes of Doncaster"],
             "Self-assessment submitted", "March 2026", "2026-03", None, "", "Green", "green"),
            ("Introduce a flag on the housing management system for households where domestic abuse has been disclosed.",
             "St Leger Homes of Doncaster", ["St Leger Homes of Doncaster"],
             "Supplier quote awaited", "30/09/2025", "2025-09", None, "", "Red", "red"),
        ]),
        ("4. The Home Office to consider including coercive control by adult children of older parents in national guidance.", "National", [
            ("SSDP Chair to write to the Home Office DHR team setting out this learning.",
             "SSDP Chair", ["SSDP Chair"],
             "Letter drafted and agreed by the review panel", "April 2025", "2025-04", None,
             "Completed – letter sent 22/04/2025", "Complete", "blue"),
        ]),
    ]
    lines = [title,
             "Safer Stronger Doncaster Partnership (SSDP) – Home Office Quality Assurance Panel letter received 12/02/2025 – plan updated 30/10/2025",
             "",
             "Status key: Complete = action completed and evidenced; Green = on track; Amber = at risk of delay; Red = overdue",
             ""]
    hdr = ["Recommendation", "Scope", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and outcome", "Status"]
    lines.append("\t".join(hdr))
    actions = []
    for rec, scope, acts in recs:
        first = True
        for (act, leadtxt, lead, miles, target, end, end_text, done, stat, status) in acts:
            lines.append("\t".join([rec if first else "", scope if first else "", act, leadtxt, miles, target,
                                    done, stat]))
            first = False
            e = dict(ref=None, under=[rec], action=act, lead=lead, end=end, status=status)
            if end_text:
                e["end_text"] = end_text
            actions.append(e)
    lines += ["",
              "Notes:",
              "Recommendations 1 to 3 are local and monitored by the SSDP DHR Steering Group; recommendation 4 is national.",
              "Exported from the SSDP action tracker, 30/10/2025."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    meta = dict(
        source=("Imitates a Safer Stronger Doncaster Partnership domestic homicide review action plan, laid out in "
                "the Home Office DHR action plan template (Recommendation, Scope of recommendation, Action to take, "
                "Lead Agency, Key milestones achieved in enacting recommendation, Target Date, Date of completion and "
                "outcome) with a Status column added, exported as tab-separated text. Copied features: title and "
                "partnership/QA-panel lines, a status key line, the recommendation and scope written only on the first "
                "action row of each recommendation (merged cells flattened), agencies as leads, and notes lines."),
        reads=("A tab-separated DHR action plan: four numbered recommendations, each with one or two actions (seven "
               "in all) that carry no reference of their own, a lead agency, target date (months, a date, a period, "
               "'Quarterly') and a status word (Complete = blue). Each action is read under its recommendation."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (blackpool, west_berkshire, central_beds, middlesbrough, dudley, solihull, doncaster):
        n, k = fn()
        print(f"{n}: {k} actions")
