"""Build the seven zvh- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zvh_make.py from any directory.
Only writes files whose names start with "zvh-".
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Unity Schools Partnership - internal scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def unity():
    name = "zvh-unity-schools-partnership-internal-scrutiny-recommendations-tracker.xlsx"
    title = "Unity Schools Partnership – Internal Scrutiny Recommendations Tracker 2024/25"
    R1 = "Review 1: Purchasing and Procurement (reported December 2024)"
    R2 = "Review 2: Payroll – Starters and Leavers (reported February 2025)"
    R3 = "Review 3: Cyber Security and IT Resilience (reported February 2025)"
    rec_pp1 = ("Purchase orders should be raised and approved before goods or services are ordered, "
               "in line with the Trust's Financial Procedures Manual.")
    rec_pp2 = "Three written quotations should be obtained and retained for purchases between £10,000 and £50,000."
    rec_pr1 = "Leaver notifications must reach payroll before the monthly cut-off so that overpayments are avoided."
    rec_pr2 = "Pre-employment checks for new starters should be evidenced on the single central record before the first day of employment."
    rec_it1 = "Multi-factor authentication should be enforced for all staff accounts with access to the MIS and finance system."
    rec_it2 = "Offline backups should be restore-tested at least termly and the results recorded."

    # (section, rec, ref, priority, action, lead cell, original, revised, prev, cur, update, expected)
    rows = [
        (R1, rec_pp1, "PP1.1", "Medium",
         "Reissue the ordering section of the Financial Procedures Manual to all school business managers and re-brief at the termly SBM network meeting.",
         "Head of Finance (Schools)", d(2025, 1, 31), None, "Amber", "Complete",
         "Re-briefed at SBM network 22/01/2025. Extract reissued by email.",
         dict(lead=["Head of Finance (Schools)"], end="2025-01", status="blue")),
        (R1, rec_pp1, "PP1.2", "Medium",
         "Central Finance Team to review the monthly retrospective-order report and follow up exceptions with headteachers.",
         "Finance Business Partner / Head of Finance (Schools)", d(2025, 2, 28), d(2025, 4, 30), "Amber", "Amber",
         "Report built; first two months reviewed. Revised date to allow for PS Financials upgrade.",
         dict(lead=["Finance Business Partner", "Head of Finance (Schools)"], end="2025-04", status="amber")),
        (R1, rec_pp2, "PP2.1", "High",
         "Introduce a quotation record form and add a quotation check to the monthly budget monitoring review.",
         "Procurement Manager", d(2025, 3, 31), None, "Green", "Green",
         "Form drafted and shared with SBMs for comment.",
         dict(lead=["Procurement Manager"], end="2025-03", status="green")),
        (R2, rec_pr1, "PR1.1", "High",
         "Add a leaver checklist to the HR portal with an automatic reminder to the headteacher when a resignation is accepted.",
         "HR Manager", d(2025, 3, 31), d(2025, 6, 30), "Amber", "Red",
         "Portal supplier unable to configure reminders until the June release.",
         dict(lead=["HR Manager"], end="2025-06", status="red")),
        (R2, rec_pr1, "PR1.2", "High",
         "Recover the two overpayments identified in the sample and report the outcome to the Audit and Risk Committee.",
         "Director of People", d(2025, 2, 28), None, "Green", "Complete",
         "Both overpayments recovered in full (February payroll).",
         dict(lead=["Director of People"], end="2025-02", status="blue")),
        (R2, rec_pr2, "PR2.1", "Medium",
         "Trust Safeguarding Lead to spot-check the single central record at three academies each term and report findings to the Standards Committee.",
         "Trust Safeguarding Lead", "Summer term 2025", None, "Green", "Green",
         "Spring term checks completed at three academies; no exceptions.",
         dict(lead=["Trust Safeguarding Lead"], end="2025-07", status="green")),
        (R3, rec_it1, "IT1.1", "High",
         "Enable conditional access and MFA for all staff Microsoft 365 accounts; any exception to be approved by the Chief Operating Officer.",
         "Head of IT and Digital", d(2025, 5, 31), None, "Green", "Amber",
         "Rolled out at 14 of 22 academies. Remaining academies scheduled after Easter.",
         dict(lead=["Head of IT and Digital"], end="2025-05", status="amber")),
        (R3, rec_it2, "IT2.1", "Medium",
         "Restore-test the offline backup at each academy and log the result in the IT resilience register.",
         "IT Infrastructure Manager", "Termly", None, "Green", "Green",
         "Spring term tests logged for all academies.",
         dict(lead=["IT Infrastructure Manager"], end=None, end_text="Termly", status="green")),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 18 March 2025 – Agenda item 7"
    ws["A4"] = "Summary of agreed actions by review"
    ws["A4"].font = Font(bold=True)
    hdr = ["Review", "Assurance level", "Actions agreed", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    summ = [
        ("Purchasing and Procurement", "Reasonable", 3, 1, 1, 1, 0),
        ("Payroll – Starters and Leavers", "Partial", 3, 1, 1, 0, 1),
        ("Cyber Security and IT Resilience", "Reasonable", 2, 0, 1, 1, 0),
        ("Total", "", 8, 2, 3, 2, 1),
    ]
    for r, vals in enumerate(summ, 6):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = "Internal scrutiny provider: Eastern Schools Audit Services. Tracker maintained by the Governance Officer."
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 7 March 2025 for the Audit and Risk Committee meeting of 18 March 2025"
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
             "Original deadline", "Revised deadline", "Previous RAG", "Current RAG", "Progress update (March 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    expected = []
    cur_section = None
    rec_start = {}
    for (sec, rec, ref, pri, action, lead, orig, rev, prev, cur, upd, exp) in rows:
        if sec != cur_section:
            ws.cell(row=r, column=1, value=sec)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(PALE)
            cur_section = sec
            r += 1
        if rec in rec_start:
            # same recommendation as the row above: merge the recommendation and priority cells
            first = rec_start[rec]
            for col in (2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r, end_column=col)
        else:
            ws.cell(row=r, column=2, value=rec)
            ws.cell(row=r, column=3, value=pri)
            rec_start[rec] = r
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=4, value=action)
        ws.cell(row=r, column=5, value=lead)
        for col, v in ((6, orig), (7, rev)):
            cell = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for col, v in ((8, prev), (9, cur)):
            cell = ws.cell(row=r, column=col, value=v)
            cell.fill = fill(rag_fill[v])
            if v in ("Complete",):
                cell.font = Font(color="FFFFFF")
        ws.cell(row=r, column=10, value=upd)
        for col in range(1, 11):
            ws.cell(row=r, column=col).alignment = WRAP
            ws.cell(row=r, column=col).border = BOX
        expected.append(act(ref, [sec, rec], action, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
        r += 1
    for col, w in zip("ABCDEFGHIJ", (8, 40, 10, 48, 24, 13, 13, 11, 11, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "Priority and RAG definitions"
    ws["A1"].font = Font(bold=True)
    key = [
        ("High", "Fundamental weakness in control; action required within three months."),
        ("Medium", "Significant weakness; action required within six months."),
        ("Low", "Good practice suggestion."),
        ("", ""),
        ("Complete", "Action implemented and evidence seen by the Governance Officer."),
        ("Green", "On track to be implemented by the deadline."),
        ("Amber", "Some slippage; revised deadline agreed or at risk."),
        ("Red", "Deadline missed or action not progressing."),
    ]
    for i, (k, v) in enumerate(key, 3):
        ws.cell(row=i, column=1, value=k or None)
        ws.cell(row=i, column=2, value=v or None)
        if k in rag_fill:
            ws.cell(row=i, column=1).fill = fill(rag_fill[k])
    ws.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an academy trust's internal scrutiny recommendations tracker as taken to its Audit and "
                   "Risk Committee under Part 3 of the Academy Trust Handbook (Unity Schools Partnership, Suffolk MAT, "
                   "2024/25; no single published file found, layout modelled on trust ARC packs). Copies: a Summary "
                   "sheet with a totals table, a Tracker sheet with one merged band row per review, the recommendation "
                   "and priority merged down over two actions, original and revised deadlines, previous and current "
                   "RAG as words on fill colour, and a Key sheet."),
        "reads": ("Three internal scrutiny reviews, each a band row, with eight agreed management actions under six "
                  "recommendations; each action has an officer (a job title, once two posts), an original deadline and "
                  "sometimes a revised one, and a previous and current RAG. The Summary and Key sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Orwell Housing Association - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def orwell():
    name = "zvh-orwell-housing-association-strategic-risk-register-2025-26.xlsx"
    title = "Orwell Housing Association – Strategic Risk Register 2025/26"
    O1 = "Strategic objective 1: Safe, warm and well-maintained homes"
    O2 = "Strategic objective 2: Financial strength and value for money"
    O3 = "Strategic objective 3: Care, support and independent living"
    O4 = "Strategic objective 4: Strong governance, people and data"
    risks = [
        (O1, "SR1", "Failure to maintain statutory compliance for gas, electrical, fire, water, asbestos and lift safety",
         "Director of Property Services", "4 x 5 = 20",
         "Compliance dashboard to Board quarterly\nThird-party gas and electrical contractors with QA sampling\nFire risk assessments on all communal blocks",
         12, AMBER, "↔", [
             ("SR1.1", "Complete migration of compliance data to the new asset management system and reconcile it against the stock list",
              "Head of Compliance", d(2025, 12, 31), ("fill", GREEN),
              dict(lead=["Head of Compliance"], end="2025-12", status="green")),
             ("SR1.2", "Commission an independent assurance audit of fire risk assessment remedial actions at sheltered schemes",
              "Director of Property Services", "Q3 2025/26", ("fill", AMBER),
              dict(lead=["Director of Property Services"], end="2025-12", status="amber")),
         ]),
        (O1, "SR2", "Damp, mould and disrepair not identified and remedied in time (Awaab's Law)",
         "Director of Housing", "4 x 4 = 16",
         "Damp and mould policy (2024)\nStock condition survey rolling programme\nRepairs triage script",
         16, RED, "↑", [
             ("SR2.1", "Adopt the revised damp and mould procedure, including 10 working day investigation timescales, ahead of Awaab's Law commencement",
              "Head of Repairs", "October 2025", ("fill", BLUE),
              dict(lead=["Head of Repairs"], end="2025-10", status="blue")),
             ("SR2.2", "Deliver hazard awareness training to all customer-facing staff and contractors",
              "Head of Housing / Head of Customer Experience", d(2026, 3, 31), ("fill", GREEN),
              dict(lead=["Head of Housing", "Head of Customer Experience"], end="2026-03", status="green")),
         ]),
        (O2, "SR3", "Financial plan fails to absorb cost inflation, leading to pressure on loan covenants",
         "Director of Finance & Resources", "3 x 5 = 15",
         "30-year business plan with covenant headroom tests\nTreasury management policy\nMonthly management accounts to Executive",
         12, AMBER, "↔", [
             ("SR3.1", "Refresh business plan stress testing with a combined downside scenario (inflation, rent settlement, void loss)",
              "Director of Finance & Resources", "November 2025", ("fill", GREEN),
              dict(lead=["Director of Finance & Resources"], end="2025-11", status="green")),
             ("SR3.2", "Re-phase uncommitted development schemes and report options to the Development Committee",
              "Chief Executive", "Ongoing", ("fill", AMBER),
              dict(lead=["Chief Executive"], end=None, end_text="Ongoing", status="amber")),
         ]),
        (O3, "SR4", "Loss of income from care and support contracts at recommissioning",
         "Director of Care & Support", "3 x 4 = 12",
         "Contract register with expiry dates\nRegular contract review meetings with commissioners",
         9, AMBER, "↔", [
             ("SR4.1", "Prepare the tender submission for the county council's supported housing recommissioning (Lot 3)",
              "Director of Care & Support", d(2026, 2, 28), ("text", "Not started"),
              dict(lead=["Director of Care & Support"], end="2026-02", status="unrated")),
         ]),
        (O4, "SR5", "Cyber attack or data breach disrupts services and exposes personal data",
         "Company Secretary", "4 x 5 = 20",
         "Managed firewall and endpoint protection\nAnnual penetration test\nMandatory data protection e-learning",
         15, RED, "↑", [
             ("SR5.1", "Achieve Cyber Essentials Plus certification",
              "Head of ICT", "Q4 2025/26", ("fill", RED),
              dict(lead=["Head of ICT"], end="2026-03", status="red")),
             ("SR5.2", "Run a ransomware tabletop exercise with the Executive Team and test the incident response plan",
              "Head of ICT; Company Secretary", d(2025, 12, 15), ("fill", GREEN),
              dict(lead=["Head of ICT", "Company Secretary"], end="2025-12", status="green")),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Presented to Board, 24 September 2025 | Version 3.2 | Register owner: Company Secretary"
    heads = ["Risk ref", "Risk", "Risk owner", "Inherent score (L x I)", "Key controls in place",
             "Residual score", "Trend", "Action ref", "Further actions required", "Action owner",
             "Target date", "Action RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    cur_obj = None
    expected = []
    for (obj, rref, risk, owner, inh, controls, res, resfill, trend, actions) in risks:
        if obj != cur_obj:
            ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
            cur_obj = obj
            r += 1
        first = r
        ws.cell(row=first, column=1, value=rref)
        ws.cell(row=first, column=2, value=risk)
        ws.cell(row=first, column=3, value=owner)
        ws.cell(row=first, column=4, value=inh)
        ws.cell(row=first, column=5, value=controls)
        ws.cell(row=first, column=6, value=res).fill = fill(resfill)
        ws.cell(row=first, column=7, value=trend)
        for (aref, text, aowner, target, rag, exp) in actions:
            ws.cell(row=r, column=8, value=aref)
            ws.cell(row=r, column=9, value=text)
            ws.cell(row=r, column=10, value=aowner)
            tc = ws.cell(row=r, column=11, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            kind, val = rag
            if kind == "fill":
                ws.cell(row=r, column=12).fill = fill(val)
            else:
                ws.cell(row=r, column=12, value=val)
            for col in range(1, 13):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            expected.append(act(aref, [obj, risk], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
            r += 1
        if r - 1 > first:
            for col in range(1, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG is shown by cell colour – see the 'Scoring & key' tab. Trend: ↑ increasing, ↔ stable, ↓ reducing.")
    for col, w in zip("ABCDEFGHIJKL", (8, 34, 22, 12, 40, 10, 7, 9, 50, 26, 13, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ks = wb.create_sheet("Scoring & key")
    ks["A1"] = "Risk scoring matrix (likelihood x impact)"
    ks["A1"].font = Font(bold=True)
    ks["A2"] = "Impact →"
    for i in range(1, 6):
        ks.cell(row=2, column=i + 1, value=i)
    for l in range(5, 0, -1):
        row = 3 + (5 - l)
        ks.cell(row=row, column=1, value=f"Likelihood {l}")
        for i in range(1, 6):
            s = l * i
            c = ks.cell(row=row, column=i + 1, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    ks["A10"] = "Action RAG key"
    ks["A10"].font = Font(bold=True)
    for i, (col, txt) in enumerate(((BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some slippage – recoverable"),
                                    (RED, "Off track – target date will be missed")), 11):
        ks.cell(row=i, column=1).fill = fill(col)
        ks.cell(row=i, column=2, value=txt)
    ks.column_dimensions["A"].width = 14
    ks.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a housing association strategic risk register as reported to its Board (Orwell Housing "
                   "Association, Suffolk, 2025/26; modelled on RSH-regulated providers' board risk registers, e.g. "
                   "Progress Housing Group's risk register layout). Copies: risk rows grouped under strategic-objective "
                   "band rows, risk ref/title/owner/controls/scores merged down over each risk's further actions, "
                   "coloured residual scores, trend arrows, action refs, target dates mixing dates, months, quarters "
                   "and 'Ongoing', action RAG shown by fill colour only, and a separate scoring matrix and key sheet."),
        "reads": ("Five strategic risks under four objectives; each risk lists one or two further actions with an action "
                  "ref, an owner (a job title; two cells name two posts), a target date and a colour-only RAG (one action "
                  "reads 'Not started'). The residual score colours and the matrix on the second sheet are not action status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Bedfordshire FRS - CRMP programme highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def bedfordshire():
    name = "zvh-bedfordshire-fire-rescue-service-crmp-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Bedfordshire Fire and Rescue Service – CRMP 2023-27 Delivery Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: September 2025 | Report to: Corporate Management Team, 7 October 2025"
    info = [("Overall programme RAG", "Amber"), ("Previous period RAG", "Amber"),
            ("Programme sponsor", "Assistant Chief Fire Officer"), ("Programme manager", "Head of Strategic Planning")]
    for i, (k, v) in enumerate(info, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=i, column=2, value=v)
        if v == "Amber":
            c.fill = fill(AMBER)
    ws["A9"] = "Key achievements this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = "• Revised Safe and Well targeting model live from 1 September."
    ws["A11"] = "• Emergency Response Standard data validated for Q1 and published to stations."
    ws["A13"] = "Milestones and actions"
    ws["A13"].font = Font(bold=True)
    heads = ["Ref", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=14, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
    ms = [
        ("P1", "Prevention", "Launch revised Safe and Well visit targeting model using Exeter data and partner referrals",
         "Head of Prevention", "Jul-2025", "Sep-2025", "Complete", "Live 1 September."),
        ("P2", "", "Recruit and train two additional Community Safety Advocates",
         "Prevention Manager", "Sep-2025", "Nov-2025", "Amber", "One appointed; second post re-advertised."),
        ("PR1", "Protection", "Complete Risk-Based Inspection Programme audits of high-risk premises (Q2 target 210)",
         "Head of Protection", "Sep-2025", "0ct-2025", "Amber", "188 audits completed; backlog to be cleared in October."),
        ("PR2", "", "Implement the Protection case management module in CFRMIS",
         "Head of Protection / ICT Business Partner", "Dec-2025", "Feb-2026", "Red", "Supplier delay to data migration."),
        ("R1", "Response", "Complete the review of on-call availability and crewing at Sandy, Potton and Woburn",
         "Area Manager Response", "Oct-2025", "Oct-2025", "Green", "Options paper drafted."),
        ("R2", "", "Introduce an Emergency Response Standard dashboard for station managers",
         "Head of Performance", "Nov-2025", "Nov-2025", "Green", "Test version with two stations."),
        ("PE1", "People", "Deliver cohort 2 of the supervisory manager leadership programme",
         "Head of Learning & Development", "Jan-2026", "Jan-2026", "Green", "Cohort confirmed (14 delegates)."),
        ("PE2", "", "Publish the Fire Standards gap analysis for Leading the Service",
         "Strategic Planning Manager", "Sep-2025", "Dec-2025", "Amber", "Rescheduled to follow the HMICFRS inspection."),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 15
    refuse_row = None
    for m in ms:
        for c, v in enumerate(m, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=7).fill = fill(rag_fill[m[6]])
        if m[5] == "0ct-2025":
            refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risks and issues").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["ID", "Risk / issue", "Mitigation", "Owner", "Score"], 1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="RI-04")
    ws.cell(row=r, column=2, value="CFRMIS supplier capacity delays Protection module")
    ws.cell(row=r, column=3, value="Escalated to supplier account director; weekly calls")
    ws.cell(row=r, column=4, value="ICT Business Partner")
    ws.cell(row=r, column=5, value=12)
    for col, w in zip("ABCDEFGH", (7, 14, 56, 30, 13, 13, 10, 44)):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("RAG key")
    for i, (k, v) in enumerate((("Complete", "Milestone delivered"), ("Green", "On track for baseline date"),
                                ("Amber", "Forecast later than baseline; within tolerance"),
                                ("Red", "Outside tolerance; exception report required")), 1):
        ks.cell(row=i, column=1, value=k).fill = fill(rag_fill[k])
        ks.cell(row=i, column=2, value=v)
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a fire and rescue service Community Risk Management Plan delivery programme highlight report "
                   "to its corporate management team (Bedfordshire Fire and Rescue Service, CRMP 2023-27, September 2025 "
                   "period; modelled on FRS CRMP/programme highlight reports). Copies: title block, overall and previous "
                   "RAG panel, key achievements bullets, a milestones table with workstream written only on the first row "
                   "of each group, baseline and forecast month cells as text (Mmm-yyyy), fill-coloured RAG, a risks and "
                   "issues table and a RAG key sheet."),
        "reads": ("Eight milestones in four workstreams with owners, baseline and forecast months and RAG. The forecast "
                  f"date of PR1 (sheet row {refuse_row}) reads '0ct-2025' with a zero for the O, a mistyped month: a careful "
                  "reader stops there and asks rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 0


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Stowmarket High School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def stowmarket():
    name = "zvh-stowmarket-high-school-post-ofsted-action-plan.docx"
    title = "Stowmarket High School – Post-Ofsted Action Plan"
    P1 = "Priority 1: Curriculum implementation in foundation subjects"
    P2 = "Priority 2: Attendance and persistent absence"
    P3 = "Priority 3: Support for pupils with SEND in lessons"
    A1 = ("In some foundation subjects, teachers do not check carefully enough what pupils know and remember before "
          "moving on to new content. As a result, gaps in pupils’ knowledge are not identified and addressed. Leaders "
          "should ensure that teachers use assessment consistently well to identify and address these gaps.")
    A2 = ("Too many pupils, particularly those who are disadvantaged, are persistently absent from school. This means "
          "they miss important learning. Leaders should continue to take effective action to improve the attendance "
          "of these pupils.")
    A3 = ("Teachers do not consistently use the information they have about pupils with special educational needs "
          "and/or disabilities (SEND) to adapt their teaching. Leaders should ensure that teachers have the training "
          "and guidance they need to meet these pupils’ needs well in lessons.")
    sections = [
        (P1, A1, [
            ("1.1", "Whole-staff CPD programme on retrieval practice and checking for understanding, delivered through fortnightly teaching and learning briefings.",
             "DHT (Quality of Education)", "Autumn term 2023 – Spring term 2024",
             "Learning walks show checking for understanding in at least 85% of lessons seen.", "G",
             dict(lead=["DHT (Quality of Education)"], end="2024-03", status="green")),
            ("1.2", "Heads of Faculty to map the end points for each foundation subject in Years 7–9 and build low-stakes quizzes into every unit.",
             "Heads of Faculty", "End of January 2024",
             "Curriculum maps and quizzes published on the shared area for all foundation subjects.", "B",
             dict(lead=["Heads of Faculty"], end="2024-01", status="blue")),
            ("1.3", "Line managers to review assessment information for foundation subjects with Heads of Faculty and agree next steps.",
             "SLT line managers", "Termly",
             "Minutes of line-management meetings show gaps identified and re-teaching planned.", "G",
             dict(lead=["SLT line managers"], end=None, end_text="Termly", status="green")),
        ]),
        (P2, A2, [
            ("2.1", "Appoint a full-time Attendance Officer and introduce first-day calling and home visits for pupils whose attendance is below 90%.",
             "AHT (Behaviour and Attendance)", "January 2024",
             "Attendance Officer in post; first-day calls logged on the MIS for every absence.", "B",
             dict(lead=["AHT (Behaviour and Attendance)"], end="2024-01", status="blue")),
            ("2.2", "Weekly attendance panel with the Education Welfare Officer to agree support plans and, where needed, formal action for the 40 pupils with the lowest attendance.",
             "AHT (Behaviour and Attendance) / Education Welfare Officer", "Summer term 2024",
             "Persistent absence falls below 20% overall and below 30% for disadvantaged pupils by July 2024.", "A",
             dict(lead=["AHT (Behaviour and Attendance)", "Education Welfare Officer"], end="2024-07", status="amber")),
            ("2.3", "Heads of Year to meet parents of disadvantaged pupils with attendance below 90% and agree an attendance contract.",
             "Heads of Year", "Ongoing",
             "Contracts in place for all identified pupils; attendance reviewed every six weeks.", "A",
             dict(lead=["Heads of Year"], end=None, end_text="Ongoing", status="amber")),
        ]),
        (P3, A3, [
            ("3.1", "Rewrite pupil passports in a one-page format with three classroom strategies for each pupil, shared on the MIS.",
             "SENDCo", "Feb 2024",
             "All pupils on the SEND register have an updated passport; staff survey shows passports are used in planning.", "G",
             dict(lead=["SENDCo"], end="2024-02", status="green")),
            ("3.2", "Attach teaching assistants to faculties and train them in adaptive teaching strategies; include passport use in learning walks.",
             "SENDCo / Heads of Faculty", "Spring term 2024",
             "Learning walks show adaptations for pupils with SEND in most lessons seen.", "R",
             dict(lead=["SENDCo", "Heads of Faculty"], end="2024-03", status="red")),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Ofsted inspection of 7 and 8 November 2023 (overall effectiveness: Requires improvement)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Version", "2.1"), ("Date", "12 February 2024"), ("Prepared by", "Headteacher"),
                 ("Approved by", "Local Governing Body, 6 December 2023"),
                 ("Next review", "Local Governing Body, 19 March 2024")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key (position at February 2024): B = complete; G = on track; A = started, some slippage; R = not on track.")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    for (ph, area, acts) in sections:
        doc.add_heading(ph, level=1)
        tbl = doc.add_table(rows=2, cols=6)
        tbl.style = "Table Grid"
        top = tbl.rows[0].cells
        merged = top[0].merge(top[5])
        set_cell(merged, area, bold=True)
        shade(merged, "FCE4D6")
        for c, h in enumerate(["No.", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(tbl.rows[1].cells[c], h, bold=True)
            shade(tbl.rows[1].cells[c], GREY)
        for (ref, action, lead, when, sc, rag, exp) in acts:
            cells = tbl.add_row().cells
            for c, v in enumerate([ref, action, lead, when, sc, rag]):
                set_cell(cells[c], v)
            shade(cells[5], rag_fill[rag])
            expected.append(act(ref, [ph, area], action, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
        doc.add_paragraph()
    doc.add_heading("Monitoring and sign-off", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for vals in (("Role", "Name", "Date"), ("Headteacher", "", "12/02/2024"), ("Chair of Governors", "", "12/02/2024")):
        row = t.add_row().cells
        for c, v in enumerate(vals):
            set_cell(row[c], v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan published for parents and governors "
                   "(Stowmarket High School, Suffolk, after a November 2023 inspection; modelled on published post-Ofsted "
                   "plans such as Shaw CofE Primary's, with areas for improvement quoted from the report). Copies: title "
                   "and inspection line, a document-control table, a RAG key line, one heading and table per priority "
                   "with the inspectors' area for improvement in a merged, shaded first row, school-term timescales, "
                   "leads as post abbreviations, letter RAG with cell shading, and a sign-off table."),
        "reads": ("Three priorities, each with the Ofsted area for improvement above a table of two or three numbered actions "
                  "with lead, timescale (terms, months, Termly, Ongoing), success criteria and a RAG letter. The "
                  "document-control and sign-off tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Queen Victoria Hospital NHS FT - internal audit follow-up report (docx)
# ---------------------------------------------------------------------------
def qvh():
    name = "zvh-queen-victoria-hospital-nhsft-internal-audit-recommendations-follow-up-report.docx"
    title = "Internal audit recommendations – follow-up report"
    H1 = "1. Data Security and Protection Toolkit 2024/25 – reasonable assurance"
    H2 = "2. Theatre Utilisation – partial assurance"
    H3 = "3. Estates Statutory Compliance: Water Safety – reasonable assurance"
    tu1 = ("Theatre session cancellations within six weeks of the session date should be approved in line with the "
           "6-4-2 scheduling policy and the reason recorded.")
    audits = [
        (H1, [
            ("DS1", "All staff should complete annual data security awareness training, with compliance reported monthly to the Information Governance Group.",
             "Medium", "Add IG training compliance to the divisional performance packs; the IG team to contact managers of non-compliant staff monthly.",
             "Head of Information Governance", "31/03/2025", "30/09/2025", "Revised date agreed",
             dict(lead=["Head of Information Governance"], end="2025-09", status="amber")),
            ("DS2", "Information asset owners should complete the annual review of the information asset register and data flow maps.",
             "Low", "Hold an IAO workshop and refresh the register; escalate outstanding returns to the SIRO.",
             "Senior Information Risk Owner (SIRO)", "30/06/2025", "", "Implemented",
             dict(lead=["Senior Information Risk Owner (SIRO)"], end="2025-06", status="blue")),
        ]),
        (H2, [
            ("TU1.1", tu1, "High", "Update the 6-4-2 scheduling policy so that late cancellations require Clinical Director approval.",
             "Clinical Director, Theatres", "31/05/2025", "", "Implemented",
             dict(lead=["Clinical Director, Theatres"], end="2025-05", status="blue")),
            ("TU1.2", tu1, "High", "Audit cancellation reasons recorded in the theatre system each month and report the results to the Theatre Utilisation Group.",
             "Theatre Manager / Head of Performance", "31/07/2025", "31/10/2025", "Revised date agreed",
             dict(lead=["Theatre Manager", "Head of Performance"], end="2025-10", status="amber")),
            ("TU2", "Session start and finish times should be validated weekly so that utilisation reporting is accurate.",
             "Medium", "Theatre coordinators to validate late starts and early finishes weekly and send data quality exceptions to the Performance team.",
             "Theatre Manager", "30/06/2025", "", "Overdue",
             dict(lead=["Theatre Manager"], end="2025-06", status="red")),
        ]),
        (H3, [
            ("WS1", "The Water Safety Group should meet quarterly as its terms of reference require, and minutes should record the actions arising from the Legionella risk assessment.",
             "Medium", "Set the 2025/26 Water Safety Group meeting schedule and introduce an action log.",
             "Head of Estates", "31/03/2025", "", "Implemented",
             dict(lead=["Head of Estates"], end="2025-03", status="blue")),
            ("WS2", "Remedial actions from the 2024 Legionella risk assessment should be prioritised and tracked to completion.",
             "High", "Cost the remedial works and include them in the 2025/26 backlog maintenance programme, with progress reported to the Water Safety Group.",
             "Head of Estates; Authorising Engineer (Water)", "31/12/2025", "", "Not yet due",
             dict(lead=["Head of Estates", "Authorising Engineer (Water)"], end="2025-12", status="green")),
        ]),
    ]
    status_fill = {"Implemented": "9DC3E6", "Not yet due": "A9D08E", "Revised date agreed": "FFD966", "Overdue": "FF7C80"}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Queen Victoria Hospital NHS Foundation Trust"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Report to", "Audit and Risk Committee"), ("Meeting date", "11 September 2025"),
                 ("Agenda item", "9"), ("Sponsor", "Director of Finance"),
                 ("Author", "Head of Financial Governance"), ("Purpose", "Assurance"),
                 ("Recommendation", "The Committee is asked to note progress on internal audit actions and approve the two revised dates.")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], GREY)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("This report sets out progress against agreed actions from internal audit reports issued in 2024/25 "
                      "that were open at the last meeting. Actions closed at a previous meeting are not repeated.")
    doc.add_paragraph("Status key: Implemented (blue) – Not yet due (green) – Revised date agreed (amber) – Overdue (red).")
    doc.add_paragraph("Summary of agreed actions", style="Heading 2")
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    for vals in (("Priority", "Total", "Implemented", "Not yet due", "Revised date agreed", "Overdue"),
                 ("High", "3", "1", "1", "1", "0"), ("Medium", "3", "1", "0", "1", "1"),
                 ("Low", "1", "1", "0", "0", "0"), ("Total", "7", "3", "1", "2", "1")):
        row = t.add_row().cells
        for c, v in enumerate(vals):
            set_cell(row[c], v, bold=vals[0] in ("Priority", "Total"))
    expected = []
    for (heading, recs) in audits:
        doc.add_paragraph()
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=8)
        tbl.style = "Table Grid"
        for c, h in enumerate(["Ref", "Recommendation", "Priority", "Agreed action", "Responsible officer",
                               "Original date", "Revised date", "Status"]):
            set_cell(tbl.rows[0].cells[c], h, bold=True)
            shade(tbl.rows[0].cells[c], "DEEAF6")
        prev_rec, prev_row = None, None
        for (ref, rec, pri, action, officer, orig, rev, status, exp) in recs:
            cells = tbl.add_row().cells
            ridx = len(tbl.rows) - 1
            same = rec == prev_rec
            vals = [ref, "" if same else rec, "" if same else pri, action, officer, orig, rev, status]
            for c, v in enumerate(vals):
                if same and c in (1, 2):
                    continue  # left empty: merged into the cell above
                set_cell(cells[c], v)
            shade(cells[7], status_fill[status])
            if same:
                for col in (1, 2):
                    tbl.cell(prev_row, col).merge(tbl.cell(ridx, col))
            else:
                prev_row = ridx
            prev_rec = rec
            expected.append(act(ref, [heading, rec], action, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
    doc.add_paragraph()
    doc.add_paragraph("Where a revised date is shown, it was agreed with the internal auditors and the responsible executive.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an NHS foundation trust's internal audit recommendations follow-up report to its Audit "
                   "and Risk Committee (Queen Victoria Hospital NHS Foundation Trust, East Grinstead, September 2025; "
                   "modelled on NHS audit committee papers and RSM/TIAA follow-up reports). Copies: trust name in the "
                   "page header, a committee front-sheet table, a status key line, a summary-by-priority totals table, "
                   "then one numbered heading and table per audit report with recommendation, priority, agreed action, "
                   "responsible officer, original and revised dates and a shaded status word; one recommendation is "
                   "merged down over two agreed actions."),
        "reads": ("Seven agreed actions from three internal audit reports, each under its audit heading and the "
                  "recommendation it answers, with a responsible officer (job titles, one with a comma, two cells with two "
                  "posts), original and sometimes revised dates, and a status the document's key maps to blue, green, "
                  "amber or red. The front sheet and the summary table hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Botesdale Health Centre - CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
def botesdale():
    name = "zvh-botesdale-health-centre-cqc-inspection-action-plan.csv"
    title = "Botesdale Health Centre – CQC Inspection Action Plan"
    MUST = "MUST DO – Requirement notices"
    SHOULD = "SHOULD DO – Improvements recommended by CQC"
    f_m1 = ("Regulation 12 Safe care and treatment: ensure patients prescribed high-risk medicines receive the required "
            "monitoring before repeat prescriptions are issued.")
    f_m3 = ("Regulation 17 Good governance: establish an effective system for acting on MHRA and CAS safety alerts and "
            "recording the action taken.")
    f_m4 = ("Regulation 18 Staffing: ensure all staff complete mandatory training, including safeguarding level 3 for "
            "clinicians and sepsis awareness for reception staff.")
    rows = [
        ("title", [title, "", "", "", "", "", ""]),
        ("info", ["Inspection: 22 January 2025 | Report published: 14 March 2025 | Overall rating: Requires improvement", "", "", "", "", "", ""]),
        ("blank", ["", "", "", "", "", "", ""]),
        ("head", ["Ref", "CQC finding", "Action", "Lead", "Target date", "Update (May 2025)", "Status"]),
        ("sec", [MUST, "", "", "", "", "", ""]),
        ("act", ["M1", f_m1,
                 "Run weekly EMIS searches for patients on DMARDs, lithium and methotrexate and recall those overdue monitoring.",
                 "Dr K. Lowe (Prescribing Lead)", "28/02/2025", "Searches live since 3 Feb; 41 of 44 patients now up to date.", "Complete"],
         (MUST, f_m1, dict(lead=["Dr K. Lowe (Prescribing Lead)"], end="2025-02", status="blue"))),
        ("act", ["M2", "",
                 "Pharmacist-led audit of repeat prescribing for high-risk medicines, repeated after six months.",
                 "Practice Pharmacist", "Jul-25", "First audit complete in April; re-audit booked.", "On track"],
         (MUST, f_m1, dict(lead=["Practice Pharmacist"], end="2025-07", status="green"))),
        ("act", ["M3", f_m3,
                 "Keep a safety alerts log on the shared drive, with a named clinician reviewing each alert and recording searches and outcomes.",
                 "Practice Manager / Dr A. Shah", "31/03/2025", "Log in place and reviewed at the monthly clinical meeting.", "Complete"],
         (MUST, f_m3, dict(lead=["Practice Manager", "Dr A. Shah"], end="2025-03", status="blue"))),
        ("act", ["M4", f_m4,
                 "Update the training matrix and allocate protected learning time; staff with overdue training to complete it by the target date.",
                 "Assistant Practice Manager", "30/04/2025", "92% compliance; two GPs booked on safeguarding level 3 in June.", "Amber"],
         (MUST, f_m4, dict(lead=["Assistant Practice Manager"], end="2025-04", status="amber"))),
        ("sec", [SHOULD, "", "", "", "", "", ""]),
        ("act", ["S1", "Continue to improve uptake of cervical screening.",
                 "Text message recall campaign and Saturday morning clinics at the extended-access hub.",
                 "Nurse Manager", "Ongoing", "Uptake 74.1% (Q4 2024/25) against the 80% target.", "Amber"],
         (SHOULD, "Continue to improve uptake of cervical screening.",
          dict(lead=["Nurse Manager"], end=None, end_text="Ongoing", status="amber"))),
        ("act", ["S2", "Improve telephone access for patients at 8am.",
                 "Move to cloud-based telephony with call-back and queue position messages.",
                 "Practice Manager", "Sept 2025", "Contract signed; go-live planned for August.", "On track"],
         (SHOULD, "Improve telephone access for patients at 8am.",
          dict(lead=["Practice Manager"], end="2025-09", status="green"))),
        ("act", ["S3", "Ensure the complaints procedure is displayed and that verbal complaints are recorded.",
                 "Put the complaints leaflet in the waiting room and on the website; record verbal complaints on the complaints log.",
                 "Reception Supervisor", "31/03/2025", "Done.", "Complete"],
         (SHOULD, "Ensure the complaints procedure is displayed and that verbal complaints are recorded.",
          dict(lead=["Reception Supervisor"], end="2025-03", status="blue"))),
        ("blank", ["", "", "", "", "", "", ""]),
        ("note", ["Status: Complete = done and evidenced; On track = in progress and due on time; Amber = at risk; Red = not on track.", "", "", "", "", "", ""]),
        ("note", ["Next review: practice meeting, 10 June 2025. Plan owner: Practice Manager.", "", "", "", "", "", ""]),
    ]
    expected = []
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row[1])
            if row[0] == "act":
                sec, finding, exp = row[2]
                vals = row[1]
                expected.append(act(vals[0], [sec, finding], vals[2], exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
    write_yaml(name, {
        "source": ("Imitates a GP practice's CQC post-inspection action plan kept in Excel and saved as CSV (Botesdale "
                   "Health Centre, Suffolk, after a January 2025 inspection; modelled on GP practices' published CQC "
                   "action plans answering requirement notices under Regulations 12, 17 and 18 and 'should' "
                   "improvements). Copies: title and inspection line, MUST DO and SHOULD DO section rows, the CQC "
                   "finding written once and left blank on the following action of the same finding, named GPs and "
                   "posts as leads, mixed date styles (dd/mm/yyyy, Jul-25, Sept 2025, Ongoing), progress updates, "
                   "status words and a status key and review note at the foot."),
        "reads": ("Seven actions under two section rows (must do, should do), each answering the CQC finding in its row "
                  "or, for M2, the finding above it; each has a lead, a target date, an update and a status word "
                  "(Complete, On track, Amber). The title, inspection line and notes are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Health Research Authority - board action log (tab-separated txt)
# ---------------------------------------------------------------------------
def hra():
    name = "zvh-health-research-authority-board-action-log.txt"
    title = "Health Research Authority – Board action log (Part 1: public session)"
    lines = [
        title,
        "Position at 16 July 2025. Actions closed at this meeting are shown once and then removed from the log.",
        "Status key: Complete = action closed (blue); Green = on track, not yet due; Amber = at risk of slipping; Red = overdue",
        "",
        "Action ref\tMeeting\tAgenda item\tAction\tOwner\tDue by\tStatus\tUpdate",
    ]
    acts = [
        (["BM/25/01", "29 January 2025", "8. Performance report Q3",
          "Include turnaround times for combined review applications, by nation, in future quarterly performance reports.",
          "HB", "March 2025", "Complete", "Included from the Q4 report (item 9, 26 March 2025)."],
         dict(lead=["HB"], end="2025-03", status="blue")),
        (["BM/25/04", "26 March 2025", "6. Chief Executive's report",
          "Circulate the draft response to the DHSC consultation on clinical trials regulations to Board members for comment before submission.",
          "LO", "30 April 2025", "Complete", "Circulated 11 April; comments incorporated."],
         dict(lead=["LO"], end="2025-04", status="blue")),
        (["BM/25/05", "26 March 2025", "10. Strategic risk register",
          "Review the wording and scoring of strategic risk SR4 (cyber security) with the Audit and Risk Committee Chair.",
          "Head of Corporate Governance & Risk", "May 2025", "Amber", "Discussed with ARC Chair on 2 June; revised scoring to ARC in September."],
         dict(lead=["Head of Corporate Governance & Risk"], end="2025-05", status="amber")),
        (["BM/25/07", "21 May 2025", "7. Finance report (month 12)",
          "Provide a breakdown of the 2024/25 underspend by directorate, separating recurrent from non-recurrent items.",
          "RM", "July 2025", "Green", "Included at item 11 of today's papers."],
         dict(lead=["RM"], end="2025-07", status="green")),
        (["BM/25/08", "21 May 2025", "9. People strategy update",
          "Bring the staff survey action plan, including the response on bullying and harassment scores, to a Board seminar.",
          "CEO / Chair", "Sep 2025", "Green", "Scheduled for the 17 September Board seminar."],
         dict(lead=["CEO", "Chair"], end="2025-09", status="green")),
        (["BM/25/09", "21 May 2025", "12. Research Systems Programme",
          "Confirm the revised go-live plan for the next IRAS release with the devolved administrations and report any change to the timetable.",
          "AD; PH", "30 June 2025", "Red", "Go-live plan awaiting confirmation from Scotland and Wales; now expected August."],
         dict(lead=["AD", "PH"], end="2025-06", status="red")),
        (None, ["", "", "", "", "", "", "", "To be reported to the September meeting."]),
        (["BM/25/10", "16 July 2025", "6. Chief Executive's report",
          "Arrange a Board development session on the use of artificial intelligence in research ethics review.",
          "LO", "TBC", "Green", "Date to be agreed with the Chair."],
         dict(lead=["LO"], end=None, end_text="TBC", status="green")),
        (["BM/25/11", "16 July 2025", "13. Annual report and accounts 2024/25",
          "Publish the annual report and accounts on the HRA website once laid before Parliament.",
          "Board Secretary", "August 2025", "Green", ""],
         dict(lead=["Board Secretary"], end="2025-08", status="green")),
    ]
    expected = []
    for a in acts:
        if a[0] is None:
            lines.append("\t".join(a[1]))
            continue
        vals, exp = a
        lines.append("\t".join(vals))
        expected.append(act(vals[0], [], vals[3], exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
    lines += [
        "",
        "Owners: AD – Director of Transformation; HB – Director of Approvals; LO – Director of Policy; PH – Head of Digital; RM – Director of Finance",
        "Next Board meeting: 17 September 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": ("Imitates an arm's-length national body's board action log saved as tab-separated text (Health "
                   "Research Authority Board, Part 1 public session, July 2025; modelled on HRA Board papers and minutes, "
                   "which record actions against agenda items with owners by initials). Copies: title line, a position "
                   "note, a status key line, a header row, action refs by year, meeting date and agenda item columns, "
                   "owners as initials or posts (some pairs), due dates as months, days or TBC, status words, an update "
                   "that wraps onto a continuation line holding only the last column, and an owners key at the foot."),
        "reads": ("Eight board actions from four meetings, each with a ref, the agenda item it came from, an owner (initials "
                  "or a post, twice two owners), a due date and a status word the key maps to blue/green/amber/red. The line "
                  "after BM/25/09 only continues its update; the header, key and owners lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (unity, orwell, bedfordshire, stowmarket, qvh, botesdale, hra):
        n, k = fn()
        print(f"{n}: {k} actions")
