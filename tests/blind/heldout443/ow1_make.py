"""Build the seven ow1- blind cases (data files and their .expected.yaml readings).

Run with: /work/main/.venv/bin/python ow1_make.py
Writes only files whose names start with "ow1-" in this script's folder.
"""
import csv
import datetime as dt
import json
import os
import textwrap

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
FILL_OF = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


# --------------------------------------------------------------------------- helpers
def out(name):
    assert name.startswith("ow1-")
    return os.path.join(HERE, name)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    body = textwrap.fill(" ".join(text.split()), width=96)
    return [f"{key}: >-"] + ["  " + ln for ln in body.splitlines()]


def write_expected(fname, exp):
    lines = []
    lines += folded("source", exp["source"])
    lines += folded("reads", exp["reads"])
    lines.append(f"outcome: {exp['outcome']}")
    lines.append(f"accept_refusal: {'true' if exp.get('accept_refusal') else 'false'}")
    if exp.get("refuse_at") is not None:
        lines.append(f"refuse_at: {exp['refuse_at']}")
    if exp.get("title") is not None:
        lines.append(f"title: {q(exp['title'])}")
    if exp["outcome"] == "read":
        lines.append("actions:")
        for a in exp["actions"]:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append(f"    action: {q(a['action'])}")
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append(f"    end: {q(a['end']) if a['end'] is not None else 'null'}")
            if a.get("end_text") is not None:
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def solid(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# =========================================================================== 1 Bury
def bury():
    fname = "ow1-bury-council-internal-audit-recommendations-tracker.xlsx"
    title = "Bury Council – Internal Audit Recommendations Tracker"
    audits = [
        ("Procurement and Contract Management (2024/25) – Limited Assurance", [
            dict(ref="PCM 1",
                 rec="The Contract Procedure Rules should be refreshed to reflect the Procurement Act 2023 and re-issued to all budget holders.",
                 pri="High",
                 act="Revised Contract Procedure Rules to be drafted, approved by Council and published on the intranet, with briefing sessions for budget holders.",
                 lead_cell="Head of Procurement", lead=["Head of Procurement"],
                 orig=dt.date(2025, 3, 31), rev=dt.date(2025, 6, 30), status_txt="Implemented", rag="blue",
                 upd="New Contract Procedure Rules approved by Council on 18 June 2025 and published. Four briefing sessions held in July 2025.",
                 end="2025-06"),
            dict(ref="PCM 2",
                 rec="A complete and accurate contracts register should be maintained and published in line with the Local Government Transparency Code.",
                 pri="Medium",
                 act="Contracts register to be reconciled to creditor payments over £5,000 and published quarterly on the Council’s website.",
                 lead_cell="Procurement Manager", lead=["Procurement Manager"],
                 orig=dt.date(2025, 9, 30), rev=dt.date(2026, 1, 31), status_txt="Partially implemented", rag="amber",
                 upd="Reconciliation completed for Q1 and Q2; publication delayed while the register moves to the new e-tendering portal.",
                 end="2026-01"),
            dict(ref="PCM 3",
                 rec="Waivers of the Contract Procedure Rules should be approved and recorded centrally.",
                 pri="High",
                 act="Introduce an electronic waiver form requiring S151 Officer and Monitoring Officer approval, with a central waiver log reported to Audit Committee six-monthly.",
                 lead_cell="Head of Procurement / Monitoring Officer", lead=["Head of Procurement", "Monitoring Officer"],
                 orig=dt.date(2025, 7, 31), rev=None, status_txt="Not implemented", rag="red",
                 upd="Form drafted but not yet live. Target date passed – revised date to be agreed with Internal Audit.",
                 end="2025-07"),
        ]),
        ("Payroll (2024/25) – Reasonable Assurance", [
            dict(ref="PAY 1",
                 rec="Starters, leavers and contract variations should be independently checked before each payroll run.",
                 pri="Medium",
                 act="Monthly exception report of starters, leavers and contract variations to be reviewed and signed off by the Payroll Team Leader prior to BACS submission.",
                 lead_cell="Payroll Team Leader", lead=["Payroll Team Leader"],
                 orig=dt.date(2025, 5, 31), rev=None, status_txt="Implemented", rag="blue",
                 upd="Sign-off in place from the May 2025 payroll. Verified by Internal Audit (sample of three months).",
                 end="2025-05"),
            dict(ref="PAY 2",
                 rec="Salary overpayments should be recovered promptly and reported to senior management.",
                 pri="Low",
                 act="Update the overpayment recovery procedure and provide a quarterly overpayments report to the Director of People and Inclusion.",
                 lead_cell="HR & Payroll Service Manager", lead=["HR & Payroll Service Manager"],
                 orig=dt.date(2025, 12, 31), rev=None, status_txt="Not yet due", rag="green",
                 upd="Procedure updated; first quarterly report due January 2026.",
                 end="2025-12"),
        ]),
        ("Cyber Security and ICT Access Controls (2025/26) – Limited Assurance", [
            dict(ref="ICT 1",
                 rec="Network and application accounts for leavers should be disabled on their last working day.",
                 pri="High",
                 act="Automate account disablement from the HR leavers feed in iTrent and carry out a monthly reconciliation of active accounts to the establishment list.",
                 lead_cell="Head of ICT", lead=["Head of ICT"],
                 orig=dt.date(2025, 10, 31), rev=dt.date(2026, 2, 28), status_txt="Partially implemented", rag="amber",
                 upd="Monthly reconciliation in place since September. Automation dependent on the iTrent upgrade scheduled for February 2026.",
                 end="2026-02"),
            dict(ref="ICT 2",
                 rec="Multi-factor authentication should be enforced for all remote access and privileged accounts.",
                 pri="High",
                 act="Roll out MFA to all remaining privileged and third-party supplier accounts.\nPrivileged access rights to be reviewed quarterly.",
                 lead_cell="Head of ICT / Information Governance Manager", lead=["Head of ICT", "Information Governance Manager"],
                 orig=dt.date(2025, 12, 31), rev=None, status_txt="Not yet due", rag="green",
                 upd="MFA enforced for 46 of 51 privileged accounts; remaining supplier accounts on track for December.",
                 end="2025-12"),
            dict(ref="ICT 3",
                 rec="The ICT disaster recovery plan should be tested at least annually.",
                 pri="Medium",
                 act="Undertake a full disaster recovery test of the Council’s core systems and report the outcome to the Digital Board.",
                 lead_cell="ICT Infrastructure Manager", lead=["ICT Infrastructure Manager"],
                 orig="Q4 2025/26", rev=None, status_txt="Not yet due", rag=None,
                 upd="Not yet started.",
                 end="2026-03", end_text="Q4 2025/26"),
        ]),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 8 December 2025"
    ws["A3"] = "Summary of recommendations followed up (position at 30 November 2025)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Priority", "Implemented", "Partially implemented", "Not implemented", "Not yet due", "Total"]
    cats = hdr[1:5]
    counts = {p: {c: 0 for c in cats} for p in ("High", "Medium", "Low")}
    for _, recs in audits:
        for r in recs:
            counts[r["pri"]][r["status_txt"]] += 1
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9D9D9")
        c.border = BOX
    row = 6
    for p in ("High", "Medium", "Low"):
        vals = [p] + [counts[p][c] for c in cats] + [sum(counts[p].values())]
        for j, v in enumerate(vals, 1):
            ws.cell(row=row, column=j, value=v).border = BOX
        row += 1
    tot = ["Total"] + [sum(counts[p][c] for p in counts) for c in cats] + [sum(sum(d.values()) for d in counts.values())]
    for j, v in enumerate(tot, 1):
        c = ws.cell(row=row, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [(BLUE, "Implemented and verified by Internal Audit"),
           (GREEN, "Not yet implemented – on track to meet target date"),
           (AMBER, "Partially implemented / revised target date agreed"),
           (RED, "Not implemented – target date passed")]
    for i, (col, txt) in enumerate(key):
        ws.cell(row=12 + i, column=1).fill = solid(col)
        ws.cell(row=12 + i, column=2, value=txt)
    ws["A17"] = "Note: recommendations reported as implemented will be removed from the tracker once verified by Internal Audit."
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    ws2 = wb.create_sheet("Recommendations")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Outstanding and recently implemented recommendations – position at 30 November 2025"
    heads = ["Rec No.", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status", "RAG", "Management Update (November 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws2.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    actions = []
    for audit, recs in audits:
        ws2.cell(row=row, column=1, value=audit).font = Font(bold=True)
        ws2.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(heads))
        ws2.cell(row=row, column=1).fill = solid("D9E1F2")
        row += 1
        for r in recs:
            vals = [r["ref"], r["rec"], r["pri"], r["act"], r["lead_cell"], r["orig"], r["rev"], r["status_txt"], None, r["upd"]]
            for j, v in enumerate(vals, 1):
                c = ws2.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if r["rag"]:
                ws2.cell(row=row, column=9).fill = solid(FILL_OF[r["rag"]])
            actions.append(dict(ref=r["ref"], under=[audit, r["rec"]], action=r["act"], lead=r["lead"],
                                end=r["end"], end_text=r.get("end_text"), status=r["rag"] or "unrated"))
            row += 1
    ws2.cell(row=row + 1, column=1,
             value="Source: Internal Audit follow-up reviews; management updates received by 21 November 2025.")
    widths = [9, 40, 9, 48, 26, 13, 13, 16, 6, 44]
    for j, w in enumerate(widths, 1):
        ws2.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.save(out(fname))

    write_expected(fname, dict(
        source="Imitates the internal audit follow-up tracker appended to Bury Council Audit Committee "
               "reports (councildecisions.bury.gov.uk, Audit Committee 8 December 2025, 'Internal Audit "
               "Reports and follow ups'). Copied features: a Summary sheet with counts of recommendations by "
               "priority and implementation status, a totals row and a fill-colour RAG key; a second sheet "
               "with audit review group rows (review, year and assurance opinion) merged across the table, "
               "the recommendation and the agreed management action in separate columns, priority, "
               "responsible officer as a job title (two posts with a slash), original and revised target "
               "dates as real dates, a status word and a fill-only RAG cell, and a management update.",
        reads="A two-sheet workbook: a summary/totals sheet and the tracker of eight recommendations from three "
              "audits. Each row is one agreed management action answering the recommendation beside it, under "
              "the audit review heading; where a revised target date is given it replaces the original, and the "
              "RAG is read from the cell fill (one not-yet-started action has no fill).",
        outcome="read", accept_refusal=False, title=title, actions=actions))


# =========================================================================== 2 Tewkesbury
def tewkesbury():
    fname = "ow1-tewkesbury-borough-council-council-plan-performance-tracker-q2-2025-26.xlsx"
    title = "Tewkesbury Borough Council – Council Plan 2025–2028 Performance Tracker: Quarter Two 2025/26"
    P1 = "PRIORITY: CARING FOR PEOPLE"
    P2 = "PRIORITY: CARING FOR THE ENVIRONMENT"
    P3 = "PRIORITY: CARING FOR PLACE"
    O11 = "Objective 1.1 – Prevent homelessness and increase the supply of affordable housing"
    O12 = "Objective 1.2 – Support safe, resilient and active communities"
    O21 = "Objective 2.1 – Tackle the climate emergency and work towards net zero by 2030"
    O22 = "Objective 2.2 – Reduce waste and increase recycling"
    O31 = "Objective 3.1 – Deliver well-planned, sustainable growth"
    O32 = "Objective 3.2 – Support a thriving local economy and vibrant town centres"
    rows = [
        ("P", P1), ("O", O11),
        ("A", dict(ref="1.1.1", act="Review and refresh the Housing and Homelessness Strategy, with a new delivery action plan to 2028.",
                   ro="Head of Community Services", lead=["Head of Community Services"], lm="Lead Member for Housing",
                   tgt="March 2026", end="2026-03", q1="green", q2="green",
                   com="Consultation closed 30 September; draft strategy to Executive Committee in January 2026.")),
        ("A", dict(ref="1.1.2", act="Work with registered providers to deliver at least 150 new affordable homes during 2025/26.",
                   ro="Head of Development Services", lead=["Head of Development Services"], lm="Lead Member for Housing",
                   tgt=dt.date(2026, 3, 31), end="2026-03", q1="amber", q2="red",
                   com="61 completions to the end of Q2. Two large sites have stalled; year-end forecast is 95 homes.")),
        ("O", O12),
        ("A", dict(ref="1.2.1", act="Refresh the Community Safety Strategy with partners in the Tewkesbury Borough Community Safety Partnership.",
                   ro="Community Safety Manager", lead=["Community Safety Manager"], lm="Lead Member for Communities",
                   tgt="Dec 2025", end="2025-12", q1="green", q2="blue",
                   com="Strategy adopted by Executive Committee on 1 October 2025.")),
        ("P", P2), ("O", O21),
        ("A", dict(ref="2.1.1", act="Adopt the Climate Change and Ecological Framework and publish an annual carbon report.",
                   ro="Climate Change Officer / Head of Corporate Services",
                   lead=["Climate Change Officer", "Head of Corporate Services"], lm="Lead Member for Clean and Green Environment",
                   tgt="Sept 2025", end="2025-09", q1="green", q2="blue",
                   com="Framework adopted July 2025; first annual carbon report published September 2025.")),
        ("A", dict(ref="2.1.2", act="Replace the remaining diesel pool cars with electric vehicles and install charging points at the Public Services Centre.",
                   ro="Asset Manager", lead=["Asset Manager"], lm="Lead Member for Finance and Asset Management",
                   tgt="April 2025 – March 2026", end="2026-03", end_text="April 2025 – March 2026", q1="green", q2="amber",
                   com="Four vehicles replaced. Charging point installation delayed by a grid connection quote.")),
        ("O", O22),
        ("A", dict(ref="2.2.1", act="Introduce weekly food waste collections for all households, in line with the Simpler Recycling requirements.",
                   ro="Head of Operations (Ubico client lead)", lead=["Head of Operations (Ubico client lead)"],
                   lm="Lead Member for Clean and Green Environment",
                   tgt="31 March 2026", end="2026-03", q1="amber", q2="amber",
                   com="Caddies ordered; delivery of the new vehicles is expected in February, leaving little contingency.")),
        ("P", P3), ("O", O31),
        ("A", dict(ref="3.1.1", act="Submit the Strategic and Local Plan for examination.",
                   ro="Strategic Planning Manager", lead=["Strategic Planning Manager"], lm="Lead Member for Built Environment",
                   tgt="June 2026", end="2026-06", q1="amber", q2="amber",
                   com="Regulation 19 consultation timetable under review following changes to national policy.")),
        ("A", dict(ref="3.1.2", act="Implement the Development Management Improvement Programme, including a new validation checklist and a charged pre-application advice service.",
                   ro="Head of Development Management", lead=["Head of Development Management"], lm="Lead Member for Built Environment",
                   tgt="Ongoing", end=None, end_text="Ongoing", q1="green", q2="green",
                   com="Validation checklist adopted; 87% of major applications determined in time.")),
        ("O", O32),
        ("A", dict(ref="3.2.1", act="Deliver the UK Shared Prosperity Fund town centre projects in Tewkesbury and Winchcombe.",
                   ro="Economic Development and Tourism Manager", lead=["Economic Development and Tourism Manager"],
                   lm="Lead Member for Economic Development and Promotion",
                   tgt="March 2026", end="2026-03", q1=None, q2="green",
                   com="New action from the 2025 refresh. Shopfront grant scheme launched; 12 grants awarded.")),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Performance tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overview and Scrutiny Committee – 18 November 2025"
    ws["A3"] = "Status colours are explained on the ‘Key’ sheet."
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Responsible officer", "Lead member", "Target date", "Q1 status", "Q2 status", "Q2 progress commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("00565C")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    actions = []
    cur_p = cur_o = None
    for kind, v in rows:
        if kind == "P":
            c = ws.cell(row=r, column=1, value=v)
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = solid("00565C")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur_p = v
        elif kind == "O":
            c = ws.cell(row=r, column=1, value=v)
            c.font = Font(bold=True)
            c.fill = solid("CCE8E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur_o = v
        else:
            vals = [v["ref"], v["act"], v["ro"], v["lm"], v["tgt"], None if v["q1"] else "n/a", None, v["com"]]
            for j, x in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=x)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(x, dt.date):
                    c.number_format = "dd/mm/yyyy"
                    c.alignment = Alignment(horizontal="left", vertical="top")
            if v["q1"]:
                ws.cell(row=r, column=6).fill = solid(FILL_OF[v["q1"]])
            ws.cell(row=r, column=7).fill = solid(FILL_OF[v["q2"]])
            actions.append(dict(ref=v["ref"], under=[cur_p, cur_o], action=v["act"], lead=v["lead"],
                                end=v["end"], end_text=v.get("end_text"), status=v["q2"]))
        r += 1
    q2 = [a["status"] for a in actions]
    ws.cell(row=r + 1, column=1,
            value=f"Summary at Q2: {len(q2)} actions – {q2.count('blue')} complete, {q2.count('green')} on target, "
                  f"{q2.count('amber')} with some slippage, {q2.count('red')} significantly behind target.")
    ws.cell(row=r + 2, column=1,
            value="Actions ceased at the 2025 refresh of the Council Plan have been removed from this tracker.")
    for col, w in zip("ABCDEFGH", [8, 52, 28, 26, 16, 9, 9, 50]):
        ws.column_dimensions[col].width = w

    kk = wb.create_sheet("Key")
    kk["A1"] = "Council Plan Performance Tracker – Key"
    kk["A1"].font = Font(bold=True, size=12)
    key = [(BLUE, "Action complete"),
           (GREEN, "Action progressing well – on target"),
           (AMBER, "Action progressing but with some slippage or risk to the target date"),
           (RED, "Action significantly behind target or not progressing")]
    for i, (col, txt) in enumerate(key):
        kk.cell(row=3 + i, column=1).fill = solid(col)
        kk.cell(row=3 + i, column=2, value=txt)
    kk.cell(row=8, column=1, value="n/a")
    kk.cell(row=8, column=2, value="Action added at the 2025 refresh – not reported in the previous quarter")
    kk.column_dimensions["A"].width = 8
    kk.column_dimensions["B"].width = 70
    wb.save(out(fname))

    write_expected(fname, dict(
        source="Imitates Tewkesbury Borough Council's quarterly 'Council Plan Performance Tracker' presented to "
               "the Overview and Scrutiny Committee (tewkesbury.gov.uk 'Delivering our Council Plan'; "
               "minutes.tewkesbury.gov.uk O&S items on the tracker), using the refreshed 2025–2028 plan's three "
               "priorities (caring for people, the environment, place). Copied features: a one-line title, "
               "priority banner rows and objective rows merged across the sheet, actions allocated to a "
               "responsible officer and a lead member, mixed target-date forms, fill-only Q1 and Q2 status "
               "cells with the key on a separate sheet, an 'n/a' for a new action, and summary/notes lines.",
        reads="One tracker sheet with nine council-plan actions grouped under three priorities and their "
              "objectives, plus a separate key sheet. The lead is the responsible officer (not the lead "
              "member); the status is the current Q2 fill colour.",
        outcome="read", accept_refusal=False, title=title, actions=actions))


# =========================================================================== 3 Calderdale (refuse)
def calderdale():
    fname = "ow1-calderdale-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Calderdale Council – Ofsted Focused Visit Action Plan"
    afis = [
        ("1. The consistency and impact of management oversight and supervision, so that plans for children progress without drift.", [
            ("1a", "Introduce a revised supervision template that records reflective discussion, the child’s plan and clear actions with timescales.",
             "Service Manager (CIN/CP)", "Dec-24", "Audit shows 80% of supervision records rated good or better.", "B"),
            ("1b", "Team managers to complete monthly case-progression reviews for all children open for more than 12 months.",
             "Head of Service, Children in Need and Child Protection", "Mar-25", "No child subject to a plan for more than 18 months without a legal planning meeting.", "G"),
        ]),
        ("2. The quality of child in need and child protection plans, so that they are specific, measurable and understood by families.", [
            ("2a", "Deliver SMART planning workshops for all social workers and child protection chairs.",
             "Principal Social Worker", "Jan-25", "All staff trained; plan quality improves in the monthly audit cycle.", "G"),
            ("2b", "Co-produce a family-friendly plan format with parents and the Calderdale Children in Care Council.",
             "Participation Lead", "Febuary 2025", "Families report that they understand their plan (feedback survey).", "A"),
        ]),
        ("3. The timeliness of initial child protection conferences.", [
            ("3a", "Weekly tracking of strategy meetings to initial conferences by the Safeguarding and Quality Assurance Unit, with escalation to the Head of Service.",
             "Head of Safeguarding and Quality Assurance", "Nov-24", "85% of ICPCs held within 15 working days.", "B"),
            ("3b", "Increase child protection chair capacity by recruiting one additional permanent chair.",
             "Head of Safeguarding and Quality Assurance", "Apr-25", "Vacancy filled; ICPC timeliness sustained above 85%.", "A"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit: children in need and children subject to a child protection plan – 8 and 9 October 2024 (letter published 12 November 2024)"
    ws["A3"] = "Plan owner: Director of Children’s Services | Monitored by: Children’s Improvement Board | Updated: 20 January 2025"
    heads = ["Area for improvement", "Ref", "Action", "Lead", "Timescale", "Measure of success", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    typo_row = None
    for afi, acts in afis:
        start = r
        for ref, act, lead, ts, msr, rag in acts:
            vals = [afi if r == start else None, ref, act, lead, ts, msr, rag]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = solid({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
            if "Febuary" in ts:
                typo_row = r
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="RAG: B = complete; G = on track; A = some slippage; R = off track")
    for col, w in zip("ABCDEFG", [42, 6, 52, 30, 14, 40, 6]):
        ws.column_dimensions[col].width = w
    wb.save(out(fname))
    assert typo_row == 9, typo_row

    write_expected(fname, dict(
        source="Imitates the post-visit action plans local authorities send Ofsted after an ILACS focused visit "
               "(Ofsted ILACS framework, focused visits on children in need and child protection), laid out as a "
               "Calderdale children's services improvement-board spreadsheet: title block with visit dates and "
               "plan owner, each area for improvement in a vertically merged first column beside its actions, "
               "job-title leads, month timescales in Mmm-yy form, measures of success and a lettered, filled RAG "
               "column with a key line.",
        reads="Six actions answering three areas for improvement from the October 2024 focused visit. Every "
              "timescale is a Mmm-yy month except the one for action 2b on sheet row 9, written 'Febuary 2025' – "
              "a mistyped month, so a careful reader stops there and asks rather than guessing the date.",
        outcome="refuse", accept_refusal=False, refuse_at=typo_row, title=title))


# =========================================================================== 4 Gloucestershire HWB (csv)
def gloucestershire():
    fname = "ow1-gloucestershire-health-and-wellbeing-board-action-log.csv"
    title = "Gloucestershire Health and Wellbeing Board – Action Log"
    acts = [
        ("HWB 24/09", "19/11/2024", "Circulate the refreshed Joint Strategic Needs Assessment (JSNA) summary to all Board members.",
         "Director of Public Health", ["Director of Public Health"], "31/01/2025", "2025-01", None, "B",
         "Circulated 24 January 2025. To be closed."),
        ("HWB 25/03", "18/03/2025", "Provide an update on the Better Care Fund 2025-26 plan and the Intermediate Care Review to the July meeting.",
         "Director of Integration (ICB); Director of Adult Social Care", ["Director of Integration (ICB)", "Director of Adult Social Care"],
         "Jul-25", "2025-07", None, "B", "Presented 15 July 2025. To be closed."),
        ("HWB 25/07", "15/07/2025", "Share the findings of the young carers engagement work with the Children and Young People’s Partnership.",
         "Healthwatch Gloucestershire", ["Healthwatch Gloucestershire"], "Dec-25", "2025-12", None, "G",
         "Report being finalised; on the Partnership agenda for 4 December."),
        ("HWB 25/08", "15/07/2025", "Board members to nominate a senior lead for each of the seven Joint Health and Wellbeing Strategy priorities.\nNominations to be sent to the Board Manager.",
         "All Board members", ["All Board members"], "16/09/2025", "2025-09", None, "R",
         "Four of seven nominations received; chased on 20 October 2025."),
        ("HWB 25/09", "15/07/2025", "Bring the draft Pharmaceutical Needs Assessment 2025 to the Board for sign-off before publication.",
         "Consultant in Public Health", ["Consultant in Public Health"], "16/09/2025", "2025-09", None, "B",
         "PNA approved on 16 September 2025 and published on 1 October 2025."),
        ("HWB 25/10", "16/09/2025", "Arrange a Board development session on the Marmot Places programme and tackling health inequalities.",
         "SS/MK", ["SS", "MK"], "TBC", None, "TBC", "A", "Date being agreed with the Chair."),
        ("HWB 25/11", "16/09/2025", "Provide a report on winter planning and system resilience, including the flu and COVID-19 vaccination uptake position.",
         "Sam Patel and Rhian Hughes", ["Sam Patel", "Rhian Hughes"], "Nov-25", "2025-11", None, "G",
         "On the agenda for 18 November 2025."),
        ("HWB 25/12", "16/09/2025", "Circulate the Gloucestershire Suicide Prevention Partnership annual report to Board members.",
         "Board Manager", ["Board Manager"], "31/10/2025", "2025-10", None, "B", "Circulated 28 October 2025. To be closed."),
    ]
    n = 7
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Updated 4 November 2025 for the meeting on 18 November 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "Date raised", "Action", "Owner", "Due date", "RAG", "Update"])
        for a in acts:
            w.writerow([a[0], a[1], a[2], a[3], a[5], a[8], a[9]])
        w.writerow([""] * n)
        w.writerow(["RAG key: B = complete (to be closed at this meeting); G = on track; A = in progress / date to be confirmed; R = overdue"] + [""] * (n - 1))
        w.writerow(["Completed actions are removed from the log once they have been noted by the Board."] + [""] * (n - 1))
    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = [dict(ref=a[0], under=[], action=a[2], lead=a[4], end=a[6], end_text=a[7], status=st[a[8]]) for a in acts]
    write_expected(fname, dict(
        source="Imitates the rolling action log kept for the Gloucestershire Health & Wellbeing Board "
               "(glostext.gloucestershire.gov.uk, Board agendas and minutes, where actions from previous meetings "
               "are reported back), saved from Excel as CSV. Copied features: title and 'updated' lines padded "
               "with empty cells, a blank row, Ref / Date raised / Action / Owner / Due date / RAG / Update "
               "columns, refs by year and number, owners as posts, initials, a partner organisation, two posts "
               "separated by a semicolon and two named people joined by 'and', a quoted action cell with an "
               "inner line break, a TBC due date, lettered RAG and key/notes lines at the foot.",
        reads="A flat board action log of eight actions with no headings: each has an owner, a due date and a "
              "lettered RAG explained by the key at the bottom (B = complete). The date raised is not the due "
              "date.",
        outcome="read", accept_refusal=False, title=title, actions=actions))


# =========================================================================== 5 NE Lincs JTAI (txt)
def nelincs():
    fname = "ow1-north-east-lincolnshire-safeguarding-children-partnership-jtai-action-plan.txt"
    title = "NELSCP Joint Targeted Area Inspection (JTAI) Action Plan"
    A1 = "Area for improvement 1: The quality and consistency of information shared by partner agencies when making referrals to the Integrated Front Door"
    A2 = "Area for improvement 2: The timeliness of health partners’ contributions to strategy discussions"
    A3 = "Area for improvement 3: The partnership’s oversight of the impact of its learning and quality assurance activity"
    areas = [
        (A1, [
            ("1.1", "Refresh the multi-agency referral form so that it prompts referrers to record the child’s lived experience, parental consent and the agencies already involved.",
             "Head of Service – Integrated Front Door", ["Head of Service – Integrated Front Door"], "Jan 2025", "2025-01", None, "B",
             "New form live from 6 January 2025."),
            ("1.2", "Deliver briefings on the revised referral form and the Threshold Document to schools, GP practices and police response teams.",
             "NELSCP Learning and Development Officer", ["NELSCP Learning and Development Officer"], "31/03/2025", "2025-03", None, "G",
             "11 briefings delivered to 240 practitioners; GP sessions booked for March."),
            ("1.3", "Complete a multi-agency audit of 40 referrals to test the quality of information shared.\nReport findings to the Quality Assurance and Performance Sub-group.",
             "NELSCP Business Manager / Quality Assurance Lead", ["NELSCP Business Manager", "Quality Assurance Lead"], "Apr-25", "2025-04", None, "A",
             "Audit tool agreed; fieldwork moved to April because of capacity."),
        ]),
        (A2, [
            ("2.1", "Agree a protocol for health attendance at strategy discussions, including access to GP information out of hours.",
             "Designated Nurse Safeguarding Children (ICB)", ["Designated Nurse Safeguarding Children (ICB)"], "Feb 2025", "2025-02", None, "B",
             "Protocol signed off by the Executive Group on 19 February 2025."),
            ("2.2", "Monitor health attendance at strategy discussions monthly through the Front Door performance dashboard.",
             "Designated Nurse Safeguarding Children (ICB)/Head of Service – Integrated Front Door",
             ["Designated Nurse Safeguarding Children (ICB)", "Head of Service – Integrated Front Door"], "Ongoing", None, "Ongoing", "G",
             "Health attendance 78% in January (baseline 52%)."),
            ("2.3", "Extend Operation Encompass notifications to health visitors and school nurses.",
             "Humberside Police – DCI Public Protection Unit", ["Humberside Police – DCI Public Protection Unit"], "Q1 2025/26", "2025-06", "Q1 2025/26", "A",
             "Information sharing agreement with the 0-19 provider in draft."),
        ]),
        (A3, [
            ("3.1", "Revise the partnership learning and improvement framework so that every review and audit has an impact measure agreed at the outset.",
             "Independent Scrutineer", ["Independent Scrutineer"], "May 2025", "2025-05", None, "",
             "Not started – scheduled for the May Executive Group."),
            ("3.2", "Report progress and impact of this action plan to the Executive Group using the multi-agency dataset.",
             "NELSCP Business Manager", ["NELSCP Business Manager"], "Quarterly", None, "Quarterly", "G",
             "Second quarterly report presented 5 March 2025."),
        ]),
    ]

    def field(s):
        if "\n" in s or '"' in s:
            return '"' + s.replace('"', '""') + '"'
        return s

    lines = [
        title,
        "North East Lincolnshire Safeguarding Children Partnership",
        "JTAI theme: the multi-agency response to identification of initial need and risk",
        "Inspection 16–20 September 2024; letter published 4 November 2024",
        "Version 4 – updated 10 March 2025 for the Executive Group",
        "",
    ]
    actions = []
    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    for area, acts in areas:
        lines.append(area)
        lines.append("\t".join(["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]))
        for ref, act, leadc, lead, tgt, end, et, rag, upd in acts:
            lines.append("\t".join([ref, field(act), leadc, tgt, rag, upd]))
            actions.append(dict(ref=ref, under=[area], action=act, lead=lead, end=end, end_text=et, status=st[rag]))
        lines.append("")
    lines.append("RAG: B = complete; G = on track; A = some slippage; R = off track / at risk. Blank = not yet started.")
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, dict(
        source="Imitates a safeguarding children partnership's written response and action plan after a JTAI of "
               "the multi-agency response to identification of initial need and risk (Ofsted/CQC/HMICFRS JTAI "
               "'front door' guidance, gov.uk, updated April 2024), as kept by the North East Lincolnshire "
               "Safeguarding Children Partnership and exported from Excel as tab-separated text. Copied features: "
               "title and version lines, one block per area for improvement with its own header line, a quoted "
               "multi-line action cell as Excel writes it, agency-and-post leads, two posts with a slash, "
               "month, date, quarter, Ongoing and Quarterly timescales, lettered RAG with a blank for not started, "
               "and a key line.",
        reads="Eight partnership actions in three blocks, each headed by the inspectors' area for improvement. "
              "Action 1.3 runs over two lines inside quotes; action 3.1 has no RAG (not started).",
        outcome="read", accept_refusal=False, title=title, actions=actions))


# =========================================================================== 6 Kirklees CSPR (docx)
def kirklees():
    fname = "ow1-kirklees-safeguarding-children-partnership-cspr-child-o-action-plan.docx"
    title = "Child O Child Safeguarding Practice Review – Multi-agency Action Plan"
    T1 = "Theme 1: Seeing the whole family – fathers and men in the household"
    T2 = "Theme 2: Safe sleep and parental substance misuse"
    R1 = "KSCP partners should ensure that practitioners routinely identify and engage fathers and other significant males when assessing risk to babies."
    R2 = "Universal health services should record and share information about fathers and partners from pregnancy onwards."
    R3 = "KSCP should seek assurance that safe sleep advice takes account of parental alcohol and drug use."
    R4 = "KSCP should ensure that young people receive consistent messages about safe sleep and the risks of substance misuse before they become parents."
    plan = [
        (T1, [
            ("Recommendation 1", R1, [
                ("1.1", "Include a mandatory section on fathers and significant males in the Kirklees single assessment and early help assessment templates.",
                 "Service Director – Family Support and Child Protection", ["Service Director – Family Support and Child Protection"],
                 "March 2025", "2025-03", None, "Templates changed 3 March 2025; audit of 30 assessments shows the section completed in 27.", "blue"),
                ("1.2", "Deliver a 7-minute briefing and practitioner webinar on ‘Think Family – Seeing the Men’ across all partner agencies.",
                 "KSCP Business Manager\nWest Yorkshire Police – DI Safeguarding Central", ["KSCP Business Manager", "West Yorkshire Police – DI Safeguarding Central"],
                 "30/06/2025", "2025-06", None, "Briefing published; 312 practitioners attended the webinars.", "blue"),
            ]),
            ("Recommendation 2", R2, [
                ("2.1", "Midwifery and health visiting to record details of fathers and partners at booking and at the new birth visit, with compliance audited quarterly.",
                 "Named Midwife for Safeguarding / Head of Public Health Nursing (0-19)", ["Named Midwife for Safeguarding", "Head of Public Health Nursing (0-19)"],
                 "June 2025\nRevised: Sept 2025", "2025-09", None, "Electronic record change delayed by system supplier; revised date agreed by LIG.", "amber"),
                ("2.2", "Undertake a multi-agency audit of pre-birth assessments to test how well fathers are engaged.",
                 "Chair, Learning and Improvement Group", ["Chair, Learning and Improvement Group"],
                 "December 2025", "2025-12", None, "Audit scheduled for November 2025.", "green"),
            ]),
        ]),
        (T2, [
            ("Recommendation 3", R3, [
                ("3.1", "Refresh the Kirklees safe sleep guidance and risk assessment tool to cover co-sleeping after parental alcohol or drug use, and relaunch it to all partners.",
                 "Consultant in Public Health (0-19)", ["Consultant in Public Health (0-19)"],
                 "31/07/2025", "2025-07", None, "Guidance drafted but not yet signed off; relaunch not yet arranged.", "red"),
                ("3.2", "Adult drug and alcohol treatment services to ask every service user about children in the household and safe sleep arrangements, sharing concerns with the Front Door.",
                 "CGL Kirklees Service Manager", ["CGL Kirklees Service Manager"],
                 "Ongoing", None, "Ongoing", "Question added to assessment; compliance reported to LIG each quarter.", "green"),
            ]),
            ("Recommendation 4", R4, [
                ("4.1", "Provide a safe sleep and substance misuse session for Year 12 and 13 students through the PSHE programme in secondary schools and colleges.",
                 "Education Safeguarding Lead", ["Education Safeguarding Lead"],
                 "Spring term 2025", "2025-04", "Spring term 2025", "Delivered in 19 secondary schools and both colleges.", "blue"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Kirklees Safeguarding Children Partnership")
    p.runs[0].bold = True

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.6"), ("Date", "14 October 2025"), ("Owner", "KSCP Learning and Improvement Group (LIG)"),
                 ("Approved by", "KSCP Executive, 27 January 2025"), ("Review", "Monthly at LIG; quarterly to the KSCP Executive")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "D9D9D9")
    doc.add_paragraph("")
    doc.add_paragraph("The review of Child O was published in November 2024. This plan sets out how partners will "
                      "respond to its four recommendations. Leads should send updates to the KSCP Business Unit by "
                      "the 10th of each month.")

    actions = []
    for theme, recs in plan:
        doc.add_heading(theme, level=2)
        for rhead, rtext, acts in recs:
            hp = doc.add_paragraph()
            hp.add_run(rhead).bold = True
            doc.add_paragraph(rtext)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead agency / officer", "Target date", "Evidence of impact", "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, "BDD7EE")
            for ref, act, leadc, lead, tgt, end, et, ev, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, leadc, tgt, ev, ""]):
                    set_cell(c, v)
                shade(cells[5], FILL_OF[rag])
                actions.append(dict(ref=ref, under=[theme, rtext], action=act, lead=lead, end=end, end_text=et, status=rag))
            doc.add_paragraph("")

    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "RAG", bold=True)
    set_cell(kt.rows[0].cells[1], "Meaning", bold=True)
    for col, txt in [(BLUE, "Complete – action delivered and impact evidenced"), (GREEN, "On track"),
                     (AMBER, "Some slippage – revised date agreed by LIG"), (RED, "Off track – target date passed or significant risk to delivery")]:
        cells = kt.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], txt)
    doc.save(out(fname))

    write_expected(fname, dict(
        source="Imitates a local child safeguarding practice review action plan of the Kirklees Safeguarding "
               "Children Partnership (KSCP arrangements and learning and improvement group, "
               "kirkleessafeguardingchildren.co.uk; democracy.kirklees.gov.uk), in Word. Copied features: title "
               "and partnership line, a document control table, an introductory note, learning themes as "
               "headings, each recommendation as a bold 'Recommendation n' line with its text beneath and a "
               "separate table of actions under it, leads of agency and post (two on separate lines in one cell, "
               "two posts with a slash, a post with a comma), original and revised dates in one cell, a school "
               "term, Ongoing, and fill-only RAG cells explained by a RAG key table.",
        reads="Seven actions answering four review recommendations grouped under two learning themes; each "
              "'Recommendation n' label gives way to the recommendation text beneath it. The document control "
              "and RAG key tables are not actions, and the status is read from the RAG cell shading.",
        outcome="read", accept_refusal=False, title=title, actions=actions))


# =========================================================================== 7 Hackney highlight (docx)
def hackney():
    fname = "ow1-hackney-council-temporary-accommodation-programme-highlight-report.docx"
    title = "Temporary Accommodation Programme – Highlight Report"
    WA = "Workstream A – Prevention and early intervention"
    WB = "Workstream B – Supply and procurement"
    WC = "Workstream C – Quality and resident experience"
    ws = [
        (WA, [
            ("A1", "Launch the online housing options triage tool and route all new prevention cases through it.",
             "Head of Benefits and Housing Needs", ["Head of Benefits and Housing Needs"], "Jul-25", "Sep-25", "2025-09", None, "Amber", "Complete",
             "Live from 22 September 2025; 1,140 triage contacts in October.", "blue"),
            ("A2", "Recruit four additional prevention officers funded by the Homelessness Prevention Grant.",
             "Housing Needs Service Manager", ["Housing Needs Service Manager"], "Sep-25", "Dec-25", "2025-12", None, "Amber", "Amber",
             "Two appointed; re-advertised for the remaining posts.", "amber"),
        ]),
        (WB, [
            ("B1", "Acquire 50 homes for use as temporary accommodation through round 3 of the Local Authority Housing Fund.",
             "AD Housing Supply / Head of Procurement", ["AD Housing Supply", "Head of Procurement"], "Mar-26", "Mar-26", "2026-03", None, "Green", "Green",
             "31 completions; 12 in conveyancing.", "green"),
            ("B2", "Put in place a framework contract for private sector leased accommodation.",
             "Mehmet Aydin & Claire Whitfield", ["Mehmet Aydin", "Claire Whitfield"], "Oct-25", "Jan-26", "2026-01", None, "Green", "Red",
             "Tender returned no compliant bids for Lot 2; re-procurement needed. Decision required – see section 3.", "red"),
            ("B3", "Convert the former Median Road hostel into 40 self-contained temporary accommodation units.",
             "Head of Regeneration Delivery", ["Head of Regeneration Delivery"], "Q4 24/25", "Q4 25/26", "2026-03", "Q4 25/26", "Red", "Amber",
             "Contractor on site since August; programme recovering.", "amber"),
        ]),
        (WC, [
            ("C1", "Inspect all bed and breakfast and hostel placements against the Hackney temporary accommodation standards charter.",
             "J. Okafor", ["J. Okafor"], "Nov-25", "Nov-25", "2025-11", None, "Green", "Green",
             "38 of 44 settings inspected.", "green"),
            ("C2", "Introduce a survey of households in temporary accommodation and report the results to the Board quarterly.",
             "Resident Engagement Lead", ["Resident Engagement Lead"], "Jan-26", "Jan-26", "2026-01", None, "Not started", "Not started",
             "Survey questions to be co-designed with residents in December.", "unrated"),
            ("C3", "Reduce to zero the number of families in bed and breakfast for more than six weeks, with weekly reporting to the Programme Board.",
             "Head of Benefits and Housing Needs", ["Head of Benefits and Housing Needs"], "Dec-25", "Mar-26", "2026-03", None, "Red", "Red",
             "27 families over six weeks at 31 October (September: 33).", "red"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("London Borough of Hackney – Housing Transformation Board, 13 November 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Reporting period", "1 to 31 October 2025"),
                 ("Senior Responsible Owner", "Strategic Director, Climate, Homes and Economy"),
                 ("Programme Manager", "Temporary Accommodation Programme Manager"),
                 ("Overall status (previous / current)", "Amber / Amber")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "E7E6E6")

    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("The number of households in temporary accommodation rose slightly to 3,212 (September: 3,198). "
                      "Prevention activity is improving following the launch of the triage tool, but the private "
                      "sector leasing framework has slipped and use of bed and breakfast remains above target.")
    doc.add_heading("2. Milestones and actions", level=2)
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True, size=9)
        shade(c, "1F3864")
        for r_ in c.paragraphs[0].runs:
            r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    actions = []
    for wname, acts in ws:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, wname, bold=True)
        shade(merged, "D9E2F3")
        for ref, act, leadc, lead, base, fc, end, et, prev, cur, com, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, leadc, base, fc, prev, cur, com]):
                set_cell(c, v, size=9)
            if prev in rag_fill:
                shade(cells[5], rag_fill[prev])
            if cur in rag_fill:
                shade(cells[6], rag_fill[cur])
            actions.append(dict(ref=ref, under=[wname], action=act, lead=lead, end=end, end_text=et, status=status))
    doc.add_heading("3. Decisions and escalations", level=2)
    doc.add_paragraph("The Board is asked to note the failed tender for Lot 2 of the private sector leasing framework "
                      "(B2) and to agree the revised forecast date of January 2026.")
    doc.add_heading("4. RAG definitions", level=2)
    doc.add_paragraph("Green – on track to the baseline date. Amber – forecast later than baseline but within "
                      "tolerance. Red – forecast outside tolerance or milestone at risk. Complete – milestone delivered.")
    doc.save(out(fname))

    write_expected(fname, dict(
        source="Imitates a London borough programme highlight report to a transformation/programme board, as "
               "councils publish them with committee papers (council delivery plan and programme monitoring "
               "reports with milestones and RAG; e.g. RBKC council plan action plan tracking, North Herts "
               "council delivery plan updates), here for Hackney's temporary accommodation programme. Copied "
               "features: title and board line, a programme information table (period, SRO, programme manager, "
               "overall status), summary text, a milestone table with workstream rows merged across it, baseline "
               "and forecast dates, previous and current RAG words with matching shading, commentary, and "
               "decisions and RAG definition sections.",
        reads="Eight milestones/actions in three workstreams of one table; the programme information table and "
              "the text sections are not actions. The forecast date is the end and the current RAG is the "
              "status ('Complete' is blue, 'Not started' is unrated).",
        outcome="read", accept_refusal=False, title=title, actions=actions))


if __name__ == "__main__":
    bury()
    tewkesbury()
    calderdale()
    gloucestershire()
    nelincs()
    kirklees()
    hackney()
    print("done")
