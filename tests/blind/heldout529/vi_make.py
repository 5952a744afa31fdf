#!/usr/bin/env python
"""Build the seven `vi-` cases of set heldout529 (data files and their expected readings).

Run with /work/main/.venv/bin/python vi_make.py ; writes into the folder of this script.
Every expected field below (lead lists, end months, statuses, headings) is written by hand
from the content of the row it belongs to; nothing is derived by code.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, PALE = "D9D9D9", "DDEBF7"


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_yaml(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4000)


def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------------------------
# 1. Kingston upon Thames – internal audit recommendations tracker (xlsx, three sheets)
# ---------------------------------------------------------------------------------------------
def kingston():
    name = "vi-royal-borough-of-kingston-upon-thames-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Royal Borough of Kingston upon Thames"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Internal Audit – Implementation of Agreed Management Actions"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Report to Audit, Governance and Standards Committee, 22 January 2026"
    hdr = ["Directorate", "Actions outstanding", "Of which overdue", "Revised date agreed",
           "Implemented since last report"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    rows = [
        ("Corporate Resources", 2, 0, 0, 2),
        ("Adult Social Care and Health", 3, 1, 3, 0),
        ("Children’s Services (Achieving for Children)", 1, 0, 1, 0),
        ("Total", 6, 1, 4, 2),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    key = [(RED, "Revised target date missed or no update received"),
           (AMBER, "Revised target date agreed with Internal Audit"),
           (GREEN, "On track to meet the original target date"),
           (BLUE, "Implemented – to be verified by Internal Audit")]
    for i, (col, txt) in enumerate(key, 12):
        s.cell(row=i, column=1).fill = fill(col)
        s.cell(row=i, column=2, value=txt)
    s.column_dimensions["A"].width = 44
    for col in "BCDE":
        s.column_dimensions[col].width = 22

    t = wb.create_sheet("Action tracker")
    t["A1"] = "Internal Audit – Outstanding Agreed Actions (position at 31 December 2025)"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = "Source: SWLAP follow-up returns from responsible officers. Dates shown dd/mm/yyyy."
    t["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG", "Latest update"]
    for c, h in enumerate(hdr, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    def section(r, text):
        t.cell(row=r, column=1, value=text)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        t.cell(row=r, column=1).font = Font(bold=True)
        for c in range(1, 10):
            t.cell(row=r, column=c).fill = fill(GREY)
            t.cell(row=r, column=c).border = BOX

    def row(r, ref, rec, pri, act, off, orig, rev, rag, upd):
        vals = [ref, rec, pri, act, off, orig, rev, None, upd]
        for c, v in enumerate(vals, 1):
            cell = t.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        t.cell(row=r, column=8).fill = fill(rag)

    exp = []
    S1 = "Accounts Payable 2024/25 – Limited Assurance"
    section(5, S1)
    rec = ("Supplier bank detail changes should be independently verified by a call-back to a "
           "known contact before being processed.")
    act = ("Introduce a mandatory call-back check to a previously held telephone number for all "
           "bank detail change requests, evidenced on the supplier amendment form.")
    row(6, "AP.1", rec, "High", act, "Head of Exchequer Services", D(2025, 3, 31), D(2025, 9, 30), BLUE,
        "Call-back control in place from August 2025; evidenced on the amendment form.")
    exp.append(A("AP.1", [S1, rec], act, ["Head of Exchequer Services"], "2025-09", "blue"))
    rec = "Duplicate payment reports should be run and reviewed before each payment run."
    act = ("Schedule the duplicate payment report in Unit4 ERP to run before each BACS run, with "
           "exceptions reviewed and signed off by the Exchequer Team Leader.")
    row(7, "AP.2", rec, "Medium", act, "Exchequer Team Leader", D(2025, 6, 30), None, BLUE,
        "Report scheduled from June 2025 payment runs.")
    exp.append(A("AP.2", [S1, rec], act, ["Exchequer Team Leader"], "2025-06", "blue"))

    S2 = "Direct Payments 2024/25 – Limited Assurance"
    section(8, S2)
    rec = ("Annual reviews of direct payment accounts should be completed and any surplus balances "
           "recovered in line with the Direct Payments Policy.")
    act1 = ("Complete the backlog of 112 overdue direct payment account reviews, prioritising "
            "accounts holding more than 12 weeks’ funding.")
    act2 = ("Recover surplus balances identified through the reviews and report recoveries monthly "
            "to the Adult Social Care DMT.")
    row(9, "DP.1a", rec, "High", act1,
        "Head of Adult Social Care Finance / Team Manager, Direct Payments",
        D(2025, 7, 31), D(2026, 1, 31), AMBER,
        "74 of 112 reviews completed. Temporary reviewer in post until January.")
    row(10, "DP.1b", None, None, act2, "Head of Adult Social Care Finance", D(2025, 7, 31),
        D(2026, 3, 31), AMBER, "£186k recovered to date; monthly report to DMT started October 2025.")
    t.merge_cells("B9:B10")
    t.merge_cells("C9:C10")
    exp.append(A("DP.1a", [S2, rec], act1,
                 ["Head of Adult Social Care Finance", "Team Manager, Direct Payments"],
                 "2026-01", "amber"))
    exp.append(A("DP.1b", [S2, rec], act2, ["Head of Adult Social Care Finance"], "2026-03", "amber"))
    rec = ("Direct payment agreements should be signed and held on the client record before the "
           "first payment is made.")
    act = ("Update the Mosaic workflow so that the first direct payment cannot be authorised until a "
           "signed agreement has been uploaded.")
    row(11, "DP.2", rec, "Medium", act, "Principal Systems Officer (Mosaic)", D(2025, 9, 30),
        D(2025, 12, 31), RED, "Workflow change delayed by Mosaic upgrade; no new date provided.")
    exp.append(A("DP.2", [S2, rec], act, ["Principal Systems Officer (Mosaic)"], "2025-12", "red"))

    S3 = "Cyber Security – Privileged Access Management 2025/26 – Reasonable Assurance"
    section(12, S3)
    rec = ("Privileged accounts should be reviewed quarterly and the accounts of leavers disabled "
           "promptly.")
    act = ("Implement a quarterly privileged access review, with the results reported to the "
           "Information Governance Board.")
    row(13, "CS.1", rec, "High", act, "Head of ICT Infrastructure", D(2025, 12, 31), None, GREEN,
        "First review completed November 2025; report to IGB in January.")
    exp.append(A("CS.1", [S3, rec], act, ["Head of ICT Infrastructure"], "2025-12", "green"))
    rec = ("Multi-factor authentication should be enforced for all administrator accounts, "
           "including break-glass accounts.")
    act = ("Enforce MFA on all administrator accounts and document the break-glass procedure, "
           "including secure storage of the credentials.")
    row(14, "CS.2", rec, "High", act, "Head of ICT Infrastructure; Cyber Security Manager",
        D(2026, 3, 31), None, GREEN, "MFA enforced on 41 of 44 admin accounts.")
    exp.append(A("CS.2", [S3, rec], act, ["Head of ICT Infrastructure", "Cyber Security Manager"],
                 "2026-03", "green"))

    S4 = "Schools Financial Value Standard 2024/25 – Reasonable Assurance"
    section(15, S4)
    rec = ("Schools should maintain an up-to-date register of business interests for governors and "
           "staff with financial responsibilities.")
    act = ("Issue a model register of business interests to all maintained schools through the "
           "Schools Bulletin and sample-check registers at the finance visits.")
    row(16, "SFVS.1", rec, "Medium", act, "Schools Finance Manager", D(2025, 10, 31), D(2026, 4, 30),
        AMBER, "Model register issued; sample checks scheduled for the spring finance visits.")
    exp.append(A("SFVS.1", [S4, rec], act, ["Schools Finance Manager"], "2026-04", "amber"))

    t["A18"] = ("Note: actions rated Blue will be removed from the tracker once Internal Audit has "
                "verified implementation.")
    t["A18"].font = Font(italic=True)
    widths = {"A": 9, "B": 40, "C": 10, "D": 48, "E": 30, "F": 14, "G": 14, "H": 7, "I": 40}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A5"

    d = wb.create_sheet("Assurance levels")
    d["A1"] = "Assurance opinions used by the South West London Audit Partnership"
    d["A1"].font = Font(bold=True)
    for i, (lvl, txt) in enumerate([
            ("Substantial", "A sound system of governance, risk management and control exists."),
            ("Reasonable", "There is generally a sound system, with some issues of non-compliance."),
            ("Limited", "Significant gaps, weaknesses or non-compliance were identified."),
            ("No assurance", "Immediate action is required to address fundamental gaps.")], 3):
        d.cell(row=i, column=1, value=lvl)
        d.cell(row=i, column=2, value=txt)
    d.column_dimensions["A"].width = 16
    d.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a London borough internal audit follow-up tracker as reported to the "
                   "Audit, Governance and Standards Committee (Royal Borough of Kingston upon Thames, "
                   "audit by the South West London Audit Partnership, 2025/26 cycle; no specific URL "
                   "copied). Copied features: a Summary sheet with totals by directorate and a fill-only "
                   "RAG key, an action tracker sheet with audit-title band rows (merged across) above "
                   "recommendation rows, a recommendation and priority merged down over two agreed "
                   "actions, original and revised target dates as real dates, a fill-only RAG column, "
                   "job titles as responsible officers (two in some cells), a notes line, and a third "
                   "sheet of assurance definitions."),
        "reads": ("A person sees eight agreed management actions on the 'Action tracker' sheet, grouped "
                  "under four audits, each answering the recommendation beside it; DP.1a and DP.1b share "
                  "one merged recommendation. The end is the revised target date where there is one, "
                  "otherwise the original; status is the fill of the RAG cell read with the Summary "
                  "sheet key (blue = implemented). The Summary and Assurance levels sheets hold no actions."),
        "outcome": "read",
        "title": "Internal Audit – Implementation of Agreed Management Actions",
    }
    write_yaml(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------------------------
# 2. Kensington and Chelsea – corporate risk register (xlsx, four sheets)
# ---------------------------------------------------------------------------------------------
def rbkc():
    name = "vi-royal-borough-of-kensington-and-chelsea-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = "Royal Borough of Kensington and Chelsea – Corporate Risk Register 2025/26"
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = "Reported to the Audit and Transparency Committee"
    c["A4"] = "Document control"
    c["A4"].font = Font(bold=True)
    for col, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        cell = c.cell(row=5, column=col, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    versions = [
        ("1.0", D(2025, 4, 15), "Corporate Risk Manager", "Approved by Executive Leadership Team"),
        ("2.0", D(2025, 7, 14), "Corporate Risk Manager", "Quarter 1 review"),
        ("3.0", D(2025, 10, 13), "Corporate Risk Manager", "Quarter 2 review; CR04 rescored"),
        ("4.0", D(2026, 1, 12), "Corporate Risk Manager",
         "Quarter 3 review; CR05 (Elections Act) de-escalated to directorate register"),
    ]
    for r, v in enumerate(versions, 6):
        for col, x in enumerate(v, 1):
            cell = c.cell(row=r, column=col, value=x)
            cell.border = BOX
            if isinstance(x, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    c["A11"] = "Register owner: Director of Finance (s151 Officer)"
    c["A12"] = "Next review: April 2026 (Executive Leadership Team)"
    c.column_dimensions["A"].width = 12
    c.column_dimensions["B"].width = 14
    c.column_dimensions["C"].width = 26
    c.column_dimensions["D"].width = 70

    rs = wb.create_sheet("Risk summary")
    hdr = ["Risk ref", "Risk title", "Description (cause – event – effect)", "Risk owner",
           "Inherent score", "Residual Q2", "Residual Q3", "Target score", "Direction of travel"]
    for col, h in enumerate(hdr, 1):
        cell = rs.cell(row=1, column=col, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.alignment = WRAP
        cell.border = BOX
    risks = [
        ("CR01", "Medium-term financial sustainability",
         "Rising demand in temporary accommodation and social care, combined with funding reform, "
         "means the Council cannot set a balanced budget over the MTFS period, leading to cuts to "
         "services and use of reserves.", "Executive Director of Resources", 20, 16, 16, 12, "↔"),
        ("CR02", "Building and fire safety in Council homes",
         "Failure to identify and remedy building and fire safety defects in the housing stock leads "
         "to harm to residents and regulatory action.", "Executive Director of Housing and Social Investment",
         25, 15, 15, 10, "↔"),
        ("CR03", "Cyber attack and loss of ICT systems",
         "A successful cyber attack disables critical systems, causing loss of data and disruption to "
         "frontline services.", "Chief Digital Officer", 20, 16, 12, 12, "↓"),
        ("CR04", "Safeguarding children and adults",
         "Failure in multi-agency safeguarding arrangements results in serious harm to a child or "
         "adult at risk.", "Bi-borough Executive Director of Children’s Services", 20, 12, 12, 8, "↔"),
    ]
    for r, v in enumerate(risks, 2):
        for col, x in enumerate(v, 1):
            cell = rs.cell(row=r, column=col, value=x)
            cell.alignment = WRAP
            cell.border = BOX
    for k, w in {"A": 8, "B": 30, "C": 60, "D": 32, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10}.items():
        rs.column_dimensions[k].width = w

    ap = wb.create_sheet("Action plan")
    ap["A1"] = "Corporate Risk Register 2025/26 – Further Actions (Quarter 3 update)"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = "RAG shows progress of each action against its target date – see the Scoring key sheet."
    ap["A2"].font = Font(italic=True)
    hdr = ["Action ref", "Further action required", "Action owner", "Target date",
           "Revised target date", "Q2 RAG", "Q3 RAG", "Progress commentary (Q3)"]
    for col, h in enumerate(hdr, 1):
        cell = ap.cell(row=4, column=col, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX

    def band(r, text):
        ap.cell(row=r, column=1, value=text)
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ap.cell(row=r, column=1).font = Font(bold=True)
        for col in range(1, 9):
            ap.cell(row=r, column=col).fill = fill(PALE)
            ap.cell(row=r, column=col).border = BOX

    def arow(r, ref, act, owner, target, revised, q2, q3, comm, q3_text=None):
        vals = [ref, act, owner, target, revised, None, q3_text, comm]
        for col, x in enumerate(vals, 1):
            cell = ap.cell(row=r, column=col)
            if x is not None:
                cell.value = x
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(x, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ap.cell(row=r, column=6).fill = fill(q2)
        ap.cell(row=r, column=7).fill = fill(q3)

    exp = []
    B1 = "CR01: Medium-term financial sustainability"
    band(5, B1)
    a = ("Deliver the 2026/27 savings programme of £14.2m, with monthly tracking of delivery through "
         "the Star Chamber process.")
    arow(6, "CR01.1", a, "Executive Director of Resources", D(2026, 3, 31), None, AMBER, AMBER,
         "£10.9m of proposals agreed; £3.3m still at options stage.")
    exp.append(A("CR01.1", [B1], a, ["Executive Director of Resources"], "2026-03", "amber"))
    a = ("Refresh the Medium Term Financial Strategy to reflect the outcome of the multi-year "
         "local government finance settlement.")
    arow(7, "CR01.2", a, "Director of Finance (s151 Officer)", "Feb 2026", None, GREEN, GREEN,
         "Draft MTFS to Leadership Team in January ahead of Budget Council.")
    exp.append(A("CR01.2", [B1], a, ["Director of Finance (s151 Officer)"], "2026-02", "green"))
    a = ("Review the reserves strategy and the minimum level of General Fund balance with the Audit "
         "and Transparency Committee.")
    arow(8, "CR01.3", a, "Director of Finance (s151 Officer)", D(2025, 11, 30), None, GREEN, BLUE,
         "Reserves strategy agreed by the Committee on 19 November 2025.", q3_text="Complete")
    exp.append(A("CR01.3", [B1], a, ["Director of Finance (s151 Officer)"], "2025-11", "blue"))

    B2 = "CR02: Building and fire safety in Council homes"
    band(9, B2)
    a = ("Complete the programme of Type 4 fire risk assessments for the 23 high-rise blocks and "
         "close all high-priority remedial actions.")
    arow(10, "CR02.1", a, "Director of Housing Management; Head of Building Safety", D(2025, 6, 30),
         D(2025, 12, 31), RED, AMBER,
         "21 of 23 assessments complete; 9 high-priority actions remain open pending leaseholder access.")
    exp.append(A("CR02.1", [B2], a, ["Director of Housing Management", "Head of Building Safety"],
                 "2025-12", "amber"))
    a = ("Submit Building Safety Case reports to the Building Safety Regulator for each remaining "
         "higher-risk building when called in.")
    arow(11, "CR02.2", a, "Head of Building Safety", "As called in by BSR", None, GREEN, GREEN,
         "Six safety case reports submitted; no further call-ins received this quarter.")
    exp.append(A("CR02.2", [B2], a, ["Head of Building Safety"], None, "green",
                 end_text="As called in by BSR"))
    a = ("Implement the new damp and mould case management process in line with the requirements "
         "of Awaab’s Law.")
    arow(12, "CR02.3", a, "Director of Housing Management", D(2025, 10, 27), None, AMBER, GREEN,
         "Process live from 27 October 2025; compliance reported weekly.")
    exp.append(A("CR02.3", [B2], a, ["Director of Housing Management"], "2025-10", "green"))

    B3 = "CR03: Cyber attack and loss of ICT systems"
    band(13, B3)
    a = ("Complete the migration of the remaining on-premises line-of-business systems to the cloud "
         "tenancy, with tested disaster recovery.")
    arow(14, "CR03.1", a, "Chief Digital Officer", "Q4 2025/26", None, AMBER, AMBER,
         "Four of seven systems migrated; Revenues and Benefits system scheduled for February.")
    exp.append(A("CR03.1", [B3], a, ["Chief Digital Officer"], "2026-03", "amber"))
    a = "Run a Council-wide cyber incident exercise with Gold and Silver commanders."
    arow(15, "CR03.2", a, "Head of Resilience / Chief Digital Officer", "Jan-26", None, GREEN, GREEN,
         "Exercise booked for 21 January 2026 with the LGA cyber team.")
    exp.append(A("CR03.2", [B3], a, ["Head of Resilience", "Chief Digital Officer"], "2026-01", "green"))

    B4 = "CR04: Safeguarding children and adults"
    band(16, B4)
    a = ("Embed the revised multi-agency threshold document and audit its application at the "
         "front door.")
    arow(17, "CR04.1", a, "Bi-borough Executive Director of Children’s Services", D(2026, 1, 31), None,
         GREEN, AMBER, "Audit delayed to January because of the JTAI preparation.")
    exp.append(A("CR04.1", [B4], a, ["Bi-borough Executive Director of Children’s Services"],
                 "2026-01", "amber"))
    a = ("Deliver the adult social care improvement plan following the CQC assessment, reporting "
         "progress to the Adult Social Care and Health Select Committee.")
    arow(18, "CR04.2", a, "Bi-borough Executive Director of Adult Social Care and Health", "Ongoing",
         None, GREEN, GREEN, "Plan on track; next report to Select Committee in March 2026.")
    exp.append(A("CR04.2", [B4], a, ["Bi-borough Executive Director of Adult Social Care and Health"],
                 None, "green", end_text="Ongoing"))
    a = ("Recruit to permanent Team Manager posts in Assessment and Care Management to reduce "
         "agency staffing below 15%.")
    arow(19, "CR04.3", a, "Director of Operations, Adult Social Care", D(2026, 3, 31), None, RED, RED,
         "Agency rate 24%; second recruitment campaign unsuccessful.")
    exp.append(A("CR04.3", [B4], a, ["Director of Operations, Adult Social Care"], "2026-03", "red"))
    for k, w in {"A": 10, "B": 58, "C": 34, "D": 16, "E": 16, "F": 8, "G": 10, "H": 50}.items():
        ap.column_dimensions[k].width = w
    ap.freeze_panes = "A5"

    sk = wb.create_sheet("Scoring key")
    sk["A1"] = "Risk scoring (Likelihood x Impact, each 1–5)"
    sk["A1"].font = Font(bold=True)
    sk["A2"] = "15–25 Red (corporate escalation); 8–12 Amber; 1–6 Green"
    sk["A4"] = "Action RAG (progress against target date)"
    sk["A4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(RED, "Off track – target date missed or at serious risk"),
                                    (AMBER, "Some slippage – recoverable"),
                                    (GREEN, "On track"),
                                    (BLUE, "Complete")], 5):
        sk.cell(row=i, column=1).fill = fill(col)
        sk.cell(row=i, column=2, value=txt)
    sk.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a London borough corporate risk register as reported quarterly to its "
                   "audit committee (Royal Borough of Kensington and Chelsea, Audit and Transparency "
                   "Committee, 2025/26; no specific URL copied). Copied features: a cover sheet with a "
                   "document-control table, a risk summary sheet (owner, inherent/residual/target "
                   "scores, direction of travel), a separate further-actions sheet with a band row per "
                   "risk, action refs, job titles as owners (two in some cells), target and revised "
                   "target dates mixing real dates with text ('Feb 2026', 'Q4 2025/26', 'Ongoing', "
                   "'As called in by BSR'), fill-only previous (Q2) and current (Q3) RAG columns, and a "
                   "scoring key sheet."),
        "reads": ("A person reads the twelve further actions on the 'Action plan' sheet, each under the "
                  "band row of the corporate risk it mitigates. Status is the current (Q3) RAG fill "
                  "(one cell also says Complete), end is the revised target date where given. The risk "
                  "summary rows are risks, not actions, and the cover and key sheets hold none."),
        "outcome": "read",
        "title": "Royal Borough of Kensington and Chelsea – Corporate Risk Register 2025/26",
    }
    write_yaml(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------------------------
# 3. Hartlepool Health and Wellbeing Board – action log (xlsx) – REFUSE (mistyped month)
# ---------------------------------------------------------------------------------------------
def hartlepool():
    name = "vi-hartlepool-health-and-wellbeing-board-action-log-typo-month-refuse.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Action Log"
    s["A1"] = "Hartlepool Health and Wellbeing Board"
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:H1")
    s["A2"] = "Action Log 2025/26 – as at 24 November 2025"
    s["A2"].font = Font(bold=True, size=12)
    s.merge_cells("A2:H2")
    hdr = ["No.", "Meeting", "Minute", "Action agreed", "Lead", "Due by", "Status", "Comments"]
    for col, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=col, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("B4C6E7")
        cell.border = BOX
    rows = [
        (1, "10 March 2025", 45,
         "Director of Public Health to circulate the draft Pharmaceutical Needs Assessment to Board "
         "members for comment.", "Director of Public Health", "April 2025", "Complete",
         "Circulated 2 April 2025."),
        (2, None, 47,
         "Better Care Fund 2025/26 plan to be signed off by the Chair under delegated authority and "
         "reported to the next meeting.",
         "Executive Director of Adult and Community Based Services", D(2025, 3, 31), "Complete",
         "Reported 16 June 2025."),
        (3, "16 June 2025", 5,
         "Present the refreshed Joint Health and Wellbeing Strategy delivery plan, with outcome "
         "measures for each priority.", "Director of Public Health / Head of Strategic Commissioning",
         "Sept 2025", "Complete", "Presented 15 September 2025."),
        (4, None, 7,
         "Arrange a Board development session on the work of the Integrated Care Partnership and the "
         "Joint Forward Plan.", "Democratic Services Team Leader", "Oct 2025", "Complete",
         "Session held 20 October 2025."),
        (5, "15 September 2025", 19,
         "Provide an update on childhood immunisation uptake by ward, with actions to reduce variation.",
         "Consultant in Public Health", "December 2025", "On track", "On agenda for 8 December."),
        (6, None, 21,
         "Report the outcome of the review of the Healthy Weight Declaration and the proposal to "
         "re-sign it.", "Public Health Principal (Healthy Places)", "Febuary 2026", "On track",
         "Review under way with partners."),
        (7, None, 22,
         "Share the SEND chapter of the Joint Strategic Needs Assessment with the Board once finalised.",
         "Director of Children’s and Joint Commissioning Services", "March 2026", "Not started", ""),
        (8, "24 November 2025", 33,
         "Write to NHS England on behalf of the Board about access to NHS dentistry in the town.",
         "Chair of the Board", "January 2026", "Not started", "Draft letter being prepared."),
    ]
    for r, v in enumerate(rows, 5):
        for col, x in enumerate(v, 1):
            cell = s.cell(row=r, column=col)
            if x is not None and x != "":
                cell.value = x
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(x, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    s.merge_cells("B5:B6")
    s.merge_cells("B7:B8")
    s.merge_cells("B9:B11")
    s["A13"] = "Completed actions are removed from the log once they have been noted by the Board."
    s["A13"].font = Font(italic=True)
    for k, w in {"A": 6, "B": 18, "C": 8, "D": 60, "E": 36, "F": 14, "G": 12, "H": 30}.items():
        s.column_dimensions[k].width = w
    wb.save(os.path.join(HERE, name))
    assert s["F10"].value == "Febuary 2026"

    meta = {
        "source": ("Imitates a unitary council's Health and Wellbeing Board action log as published with "
                   "its meeting papers (Hartlepool Borough Council, 2025/26; no specific URL copied). "
                   "Copied features: board name and 'as at' date above the log, meeting dates merged down "
                   "over the actions agreed at that meeting, minute numbers, job titles as leads (two in "
                   "one cell), due dates written as text or real dates, a status word and a comments "
                   "column, and a closing notes line."),
        "reads": ("A person reads an eight-row action log of the Board, grouped by meeting. The due date "
                  "of action 6 (sheet row 10) reads 'Febuary 2026', a mistyped month, so a careful reader "
                  "stops and asks before taking the log in."),
        "outcome": "refuse",
        "refuse_at": 10,
        "title": "Hartlepool Health and Wellbeing Board – Action Log 2025/26",
    }
    write_yaml(name, meta, [])
    return name, 0


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------------------------
# 4. Buckinghamshire Safeguarding Children Partnership – LCSPR 'Child D' action plan (docx)
# ---------------------------------------------------------------------------------------------
def bucks():
    name = "vi-buckinghamshire-safeguarding-children-partnership-lcspr-child-d-action-plan.docx"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Buckinghamshire Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Local Child Safeguarding Practice Review ‘Child D’ – Multi-agency Action Plan", level=1)
    doc.add_paragraph("Version 3 – updated for the Case Review Group, 14 October 2025")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("1", "12/03/2025", "BSCP Business Manager", "Draft following publication"),
                             ("2", "08/07/2025", "BSCP Business Manager", "Agency updates added"),
                             ("3", "14/10/2025", "BSCP Business Manager", "Q2 updates; 3.1 date revised")]):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (word, col, txt) in enumerate([("Blue", BLUE, "Complete – evidence of impact provided"),
                                          ("Green", GREEN, "On track"),
                                          ("Amber", AMBER, "Some delay – mitigation in place"),
                                          ("Red", RED, "Off track – escalate to Executive")]):
        set_cell(key.cell(i, 0), word, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)

    exp = []
    ragcol = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def rec_table(theme, rec, actions):
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, rec, bold=True, size=10)
        shade(top, "D9E2F3")
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (October 2025)", "RAG"]):
            set_cell(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), GREY)
        for i, (ref, act, lead, when, upd, rag, e_lead, e_end, e_text, e_status) in enumerate(actions, 2):
            for j, v in enumerate([ref, act, lead, when, upd, rag]):
                set_cell(t.cell(i, j), v)
            if rag:
                shade(t.cell(i, 5), ragcol[rag])
            exp.append(A(ref, [theme, rec], act, e_lead, e_end, e_status, end_text=e_text))
        doc.add_paragraph()

    T1 = "Learning theme 1: Seeing and hearing the baby"
    R1 = ("Recommendation 1: The BSCP should seek assurance that practitioners in all agencies see "
          "the baby directly, including when the baby is asleep or being cared for by another adult, "
          "and record what they observe.")
    rec_table(T1, R1, [
        ("1.1", "Refresh the BSCP ‘Think Baby’ practice guidance to include the expectation that babies "
                "are seen awake and, where appropriate, undressed and handled.",
         "BSCP Business Manager", "December 2025",
         "Draft guidance out for consultation with the Case Review Group.", "Green",
         ["BSCP Business Manager"], "2025-12", None, "green"),
        ("1.2", "Audit 30 new birth and 6–8 week health visiting contacts for recorded observations of "
                "the baby and of parent–infant interaction.",
         "Head of 0–19 Service, Buckinghamshire Healthcare NHS Trust", "Q3 2025/26",
         "Audit tool agreed; sample drawn. Fieldwork delayed by staffing.", "Amber",
         ["Head of 0–19 Service, Buckinghamshire Healthcare NHS Trust"], "2025-12", None, "amber"),
        ("1.3", "Add ‘Have I seen the baby?’ as a standing question in the children’s social care "
                "supervision template.",
         "Principal Social Worker", "July 2025",
         "Template updated on Mosaic from 1 July 2025; dip-sample found it used in 27 of 30 records.",
         "Blue", ["Principal Social Worker"], "2025-07", None, "blue"),
    ])
    T2 = "Learning theme 2: Fathers and men in the household"
    R2 = ("Recommendation 2: Partner agencies should make sure that fathers and other men in the "
          "household are identified, engaged and assessed, and that what is known about them is shared.")
    rec_table(T2, R2, [
        ("2.1", "Launch a BSCP ‘Invisible Men’ 7-minute briefing, supported by a multi-agency webinar "
                "for practitioners.",
         "BSCP Learning and Development Officer", "November 2025",
         "Briefing written; webinar booked for 18 November.", "Green",
         ["BSCP Learning and Development Officer"], "2025-11", None, "green"),
        ("2.2", "Check and share the history of every adult in the household when responding to a "
                "referral about a child under one.",
         "Thames Valley Police – Protecting Vulnerable People (Bucks)", "Ongoing",
         "Reminder issued to the Child Abuse Investigation Unit; compliance checked monthly.", "Green",
         ["Thames Valley Police – Protecting Vulnerable People (Bucks)"], None, "Ongoing", "green"),
        ("2.3", "Record the details of the father or partner, and any known risks, at booking and again "
                "at 28 weeks.",
         "Named Midwife for Safeguarding", "March 2026",
         "Maternity system change requested; awaiting release date from supplier.", "Amber",
         ["Named Midwife for Safeguarding"], "2026-03", None, "amber"),
    ])
    T3 = "Learning theme 3: Step-down and case closure"
    R3 = ("Recommendation 3: Children’s social care and Early Help should make sure that step-down "
          "plans for babies are agreed with partners and reviewed before a case is closed.")
    rec_table(T3, R3, [
        ("3.1", "Revise the step-down protocol so that a multi-agency meeting is held before the case "
                "of any child under two is stepped down to Early Help.",
         "Head of Early Help / Head of First Response", "October 2025\nRevised: January 2026",
         "Protocol redrafted; sign-off moved to January Executive.", "Amber",
         ["Head of Early Help", "Head of First Response"], "2026-01", None, "amber"),
        ("3.2", "Audit a sample of 20 step-down closures for children under two and report the findings "
                "to the Case Review Group.",
         "Quality Assurance Manager", "April 2026", "Not yet started – follows 3.1.", "",
         ["Quality Assurance Manager"], "2026-04", None, "unrated"),
    ])
    doc.add_paragraph("Next review of this plan: Case Review Group, January 2026. Completed actions "
                      "will be reported to the BSCP Executive before they are closed.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a safeguarding children partnership's multi-agency action plan for a local "
                   "child safeguarding practice review (Buckinghamshire Safeguarding Children "
                   "Partnership, 2025; no specific URL copied). Copied features: partnership name and "
                   "heading, version line, a document-control table and a shaded RAG key table before the "
                   "plan, a Word heading per learning theme, one table per recommendation with the "
                   "recommendation in a merged shaded top row, numbered actions, leads as posts or "
                   "agencies (one 'A / B' cell), timescales as months, a quarter, 'Ongoing' and an "
                   "original date with a revised date on a second line, RAG words with matching cell "
                   "shading, and one blank RAG for an action not yet started."),
        "reads": ("A person sees eight actions in three recommendation tables, each under its learning "
                  "theme and the recommendation written in the table's top row. End is the timescale "
                  "(the revised month for 3.1; none for 'Ongoing'), status is the RAG word, blank for "
                  "3.2. The document-control and RAG key tables are not part of the plan."),
        "outcome": "read",
        "title": "Local Child Safeguarding Practice Review ‘Child D’ – Multi-agency Action Plan",
    }
    write_yaml(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------------------------
# 5. Safer Sandwell Partnership – DHR 'Joyce' action plan (docx, Home Office template)
# ---------------------------------------------------------------------------------------------
def sandwell():
    name = "vi-safer-sandwell-partnership-dhr-joyce-action-plan.docx"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Safer Sandwell Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Domestic Homicide Review ‘Joyce’ – Action Plan", level=1)
    doc.add_paragraph("Overview report published 9 June 2025. Position at 30 November 2025, as reported "
                      "to the DHR Steering Group.")
    doc.add_paragraph("Status: Complete / Green (on track) / Amber (at risk of slipping) / Red (overdue). "
                      "Not started = no update yet.")

    hdr = ["Recommendation", "Scope of recommendation (local, regional or national)", "Action to take",
           "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "Status"]
    recs = [
        ("1. The Safer Sandwell Partnership should make sure that local domestic abuse training covers "
         "abuse in later life, including economic abuse and coercive control in long relationships.",
         "Local",
         [("Review the multi-agency domestic abuse training offer against the Domestic Abuse Statutory "
           "Guidance, adding content on older victims and economic abuse.",
           "Safer Sandwell Partnership", "Training needs analysis done; revised module drafted.",
           "June 2025", "Completed 24/06/2025 – revised module approved by the DASP.", "Complete",
           ["Safer Sandwell Partnership"], "2025-06", None, "blue"),
          ("Deliver at least four multi-agency sessions on domestic abuse and older people for adult "
           "social care, primary care and housing staff.",
           "Sandwell Domestic Abuse Strategic Partnership", "Two sessions delivered (61 attendees).",
           "March 2026", "", "Green",
           ["Sandwell Domestic Abuse Strategic Partnership"], "2026-03", None, "green")]),
        ("2. Sandwell Council Adult Social Care should make sure that carer’s assessments consider "
         "whether the carer is also a victim of domestic abuse, and that this is recorded.",
         "Local",
         [("Amend the carer’s assessment template to include routine enquiry about domestic abuse and a "
           "prompt to complete a DASH risk assessment.",
           "Sandwell Council – Adult Social Care", "Template change agreed by the Practice Board.",
           "September 2025", "Completed 01/09/2025 – live on the case recording system.", "Complete",
           ["Sandwell Council – Adult Social Care"], "2025-09", None, "blue"),
          ("Audit 25 carer’s assessments completed after the change to test whether routine enquiry "
           "is taking place.",
           "Principal Social Worker (Adults)", "Audit sample identified.",
           "31/01/2026", "", "Amber",
           ["Principal Social Worker (Adults)"], "2026-01", None, "amber")]),
        ("3. The Home Office should consider including guidance on domestic abuse in later life in the "
         "next revision of the DHR statutory guidance.",
         "National",
         [("Chair of the Safer Sandwell Partnership to write to the Home Office DHR team drawing "
           "attention to this recommendation.",
           "Chair, Safer Sandwell Partnership", "Letter sent with the final report.",
           "Within one month of publication", "Completed 02/07/2025.", "Complete",
           ["Chair, Safer Sandwell Partnership"], None, "Within one month of publication", "blue")]),
        ("4. Black Country Healthcare NHS Foundation Trust should make sure that routine enquiry about "
         "domestic abuse takes place at every first contact with older adult mental health services.",
         "Local",
         [("Add a mandatory routine enquiry field to the Older Adults Community Mental Health Team "
           "first-contact template in Rio.",
           "Black Country Healthcare NHS FT", "Field designed and tested.",
           "31 December 2025", "", "Green",
           ["Black Country Healthcare NHS FT"], "2025-12", None, "green"),
          ("Re-audit routine enquiry compliance and report the results to the Trust Safeguarding "
           "Committee.",
           "Head of Safeguarding, Black Country Healthcare NHS FT", "",
           "Q4 2025/26", "", "Not started",
           ["Head of Safeguarding, Black Country Healthcare NHS FT"], "2026-03", None, "unrated")]),
        ("5. West Midlands Police should make sure that call handlers recognise and flag repeat calls "
         "from the same address where the caller is an older adult.",
         "Regional",
         [("Issue a briefing to Force Contact staff on identifying repeat domestic abuse callers aged 60 "
           "and over and applying the vulnerability flag.",
           "West Midlands Police – Force Contact", "Briefing issued to all Force Contact teams.",
           "Aug-25", "Completed 28/08/2025 – included in the Force Contact induction pack.", "Complete",
           ["West Midlands Police – Force Contact"], "2025-08", None, "blue")]),
    ]
    nrows = 1 + sum(len(r[2]) for r in recs)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True, size=8)
        shade(t.cell(0, j), "C9C9C9")
    exp = []
    i = 1
    for rec, scope, acts in recs:
        first = i
        for (act, lead, miles, target, done, status, e_lead, e_end, e_text, e_status) in acts:
            for j, v in enumerate([None, None, act, lead, miles, target, done, status]):
                if v is not None:
                    set_cell(t.cell(i, j), v, size=8)
            exp.append(A(None, [rec], act, e_lead, e_end, e_status, end_text=e_text))
            i += 1
        last = i - 1
        if last > first:
            mc = t.cell(first, 0).merge(t.cell(last, 0))
            ms = t.cell(first, 1).merge(t.cell(last, 1))
        else:
            mc, ms = t.cell(first, 0), t.cell(first, 1)
        set_cell(mc, rec, size=8)
        set_cell(ms, scope, size=8)
    doc.add_paragraph()
    doc.add_paragraph("Single-agency recommendations from the individual management reviews are "
                      "monitored by each agency and reported to the DHR Steering Group by exception.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a community safety partnership's domestic homicide review action plan in the "
                   "Home Office template (Safer Sandwell Partnership, Sandwell MBC, 2025; no specific URL "
                   "copied). Copied features: partnership name and heading, publication/position line, a "
                   "status key sentence, one landscape table with the template columns (Recommendation, "
                   "Scope, Action to take, Lead agency, Key milestones, Target date, Date of completion "
                   "and outcome) plus a Status column, numbered recommendations and their scope merged "
                   "down over their actions, lead agencies and posts, target dates in mixed forms "
                   "('June 2025', '31/01/2026', 'Q4 2025/26', 'Aug-25', 'Within one month of "
                   "publication'), and a closing note."),
        "reads": ("A person reads eight actions, unnumbered, each under the numbered review recommendation "
                  "in the merged left-hand cell. The lead is the lead agency or post, the end is the "
                  "target date (none for 'Within one month of publication'), and the status is the "
                  "Status word (Complete = blue, Not started = unrated)."),
        "outcome": "read",
        "title": "Domestic Homicide Review ‘Joyce’ – Action Plan",
    }
    write_yaml(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------------------------
# 6. Oxfordshire County Council – strategic plan annual delivery plan, Q2 (csv)
# ---------------------------------------------------------------------------------------------
def oxfordshire():
    name = "vi-oxfordshire-county-council-strategic-plan-delivery-plan-q2-2025-26.csv"
    P1 = "Priority 1: Put action to address the climate emergency at the heart of our work"
    P2 = "Priority 2: Tackle inequalities in Oxfordshire"
    P4 = "Priority 4: Support carers and the social care system"
    P7 = "Priority 7: Create opportunities for children and young people to reach their full potential"
    hdr = ["Priority", "Ref", "Activity", "Lead officer", "Directorate", "Milestone date", "Q1 RAG",
           "Q2 RAG", "Q2 commentary"]
    data = [
        (P1, "1.1", "Retrofit a further 20 council buildings through the Public Sector Decarbonisation Scheme",
         "Head of Property Services", "Resources", "31/03/2026", "G", "A",
         "14 buildings contracted; supply chain delays on heat pumps.",
         ["Head of Property Services"], "2026-03", None, "amber"),
        ("", "1.2", "Publish the Oxfordshire Local Nature Recovery Strategy following public consultation",
         "Sarah Whitfield", "Environment and Highways", "Nov-25", "G", "G",
         "Consultation closed; final strategy to Cabinet in November.",
         ["Sarah Whitfield"], "2025-11", None, "green"),
        ("", "1.3", "Install 400 on-street electric vehicle charge points through the LEVI programme",
         "Sarah Whitfield / Tom Agyeman", "Environment and Highways", "Q4 2025/26", "A", "A",
         "Contract awarded in August; 96 points installed.",
         ["Sarah Whitfield", "Tom Agyeman"], "2026-03", None, "amber"),
        (P2, "2.1", "Extend the Marmot Place programme to two further priority wards in Banbury and Oxford",
         "Director of Public Health", "Public Health and Communities", "31/12/2025", "G", "G",
         "Ward profiles agreed with district partners.",
         ["Director of Public Health"], "2025-12", None, "green"),
        ("", "2.2", "Launch the Household Support Fund 2025/26 scheme with the district councils and voluntary sector",
         "Head of Community Support", "Public Health and Communities", "30/06/2025", "G", "Complete",
         "Scheme launched 2 June 2025.",
         ["Head of Community Support"], "2025-06", None, "blue"),
        (P4, "4.1", "Reduce the number of people waiting for a Care Act assessment to below 300",
         "Director of Adult Social Care", "Adult Social Care", "Mar-26", "R", "A",
         "Waiting list down from 512 to 388.",
         ["Director of Adult Social Care"], "2026-03", None, "amber"),
        ("", "4.2", "Refresh the All-Age Unpaid Carers Strategy with carers and partners",
         "Head of Commissioning (Age Well); Carers Oxfordshire", "Adult Social Care", "Jan-26", "G", "G",
         "Co-production workshops held in September.",
         ["Head of Commissioning (Age Well)", "Carers Oxfordshire"], "2026-01", None, "green"),
        (P7, "7.1", "Open 120 additional specialist SEND places through the SEND capital programme",
         "Director of Education", "Children’s Services", "Sept 2026", "A", "R",
         "Two resource base projects paused pending planning; forecast 84 places by September 2026.",
         ["Director of Education"], "2026-09", None, "red"),
        ("", "7.2", "Deliver the Families First Partnership (Family Help) reforms in two pilot localities",
         "Deputy Director, Children’s Social Care", "Children’s Services", "31/03/2026", "", "G",
         "Locality leads appointed; first Family Help teams live in Banbury.",
         ["Deputy Director, Children’s Social Care"], "2026-03", None, "green"),
        ("", "7.3", "Increase take-up of the free early education entitlement for eligible two-year-olds to 80%",
         "Head of Early Years", "Children’s Services", "Termly", "A", "A",
         "Summer term take-up 74%.",
         ["Head of Early Years"], None, "Termly", "amber"),
    ]
    width = len(hdr)
    lines = [
        ["Oxfordshire County Council – Strategic Plan Annual Delivery Plan 2025/26"] + [""] * (width - 1),
        ["Quarter 2 progress (July – September 2025) – Performance and Corporate Services Overview and Scrutiny Committee"] + [""] * (width - 1),
        [""] * width,
        hdr,
    ]
    exp = []
    current = None
    for row in data:
        pri = row[0] or current
        current = pri
        lines.append(list(row[:9]))
        exp.append(A(row[1], [pri], row[2], row[9], row[10], row[12], end_text=row[11]))
    lines += [
        [""] * width,
        ["Q2 summary: Green 4, Amber 4, Red 1, Complete 1"] + [""] * (width - 1),
        ["Key: G = on track; A = at risk, recovery plan in place; R = off track; Complete = delivered"] + [""] * (width - 1),
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)

    meta = {
        "source": ("Imitates a county council's annual delivery plan for its strategic plan, reported "
                   "quarterly to scrutiny and saved from Excel as CSV (Oxfordshire County Council, "
                   "Strategic Plan priorities, 2025/26 Q2; priorities worded from oxfordshire.gov.uk "
                   "'Our strategic plan'). Copied features: title and reporting-period lines padded with "
                   "commas, a header row, the priority written only on the first activity of each "
                   "priority (fill-down), activity refs, leads as names, job titles, an organisation, "
                   "and two leads in one cell, milestone dates in mixed forms ('31/03/2026', 'Nov-25', "
                   "'Q4 2025/26', 'Sept 2026', 'Termly'), previous (Q1) and current (Q2) RAG letters, a "
                   "summary line and a key line."),
        "reads": ("A person reads ten activities, each under the priority written above it in the "
                  "Priority column. Status is the Q2 RAG (G/A/R, Complete = blue), end is the milestone "
                  "date, none for 'Termly'. The title, period, summary and key lines are not actions."),
        "outcome": "read",
        "title": "Oxfordshire County Council – Strategic Plan Annual Delivery Plan 2025/26",
    }
    write_yaml(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------------------------
# 7. West Sussex County Council – SEND and Inclusion programme highlight report (txt)
# ---------------------------------------------------------------------------------------------
def westsussex():
    name = "vi-west-sussex-county-council-send-and-inclusion-programme-highlight-report.txt"
    W1 = "Workstream 1 – Early identification and support in mainstream schools"
    W2 = "Workstream 2 – Timely, high-quality EHC needs assessments"
    W3 = "Workstream 3 – Sufficiency of specialist places"
    ms = [
        (W1, "WS1.1", "Roll out the Ordinarily Available Inclusive Practice guidance to all mainstream schools",
         "Head of Inclusion", "30/09/2025", "30/09/2025", "Complete",
         ["Head of Inclusion"], "2025-09", None, "blue"),
        (W1, "WS1.2", "Recruit 12 additional specialist teachers for the Inclusion Support Service",
         "Head of Inclusion / HR Business Partner", "31/10/2025", "31/01/2026", "A",
         ["Head of Inclusion", "HR Business Partner"], "2026-01", None, "amber"),
        (W1, "WS1.3", "Launch the inclusion data dashboard for headteachers",
         "Business Intelligence Manager", "Dec-25", "Dec-25", "G",
         ["Business Intelligence Manager"], "2025-12", None, "green"),
        (W2, "WS2.1", "Clear the backlog of EHC needs assessments open for more than 20 weeks",
         "Head of SEND Assessment and Planning", "31/12/2025", "31/03/2026", "R",
         ["Head of SEND Assessment and Planning"], "2026-03", None, "red"),
        (W2, "WS2.2", "Implement the EHCP quality assurance framework, including multi-agency audit panels",
         "Principal Educational Psychologist; Designated Clinical Officer (ICB)", "30/11/2025", "30/11/2025", "G",
         ["Principal Educational Psychologist", "Designated Clinical Officer (ICB)"], "2025-11", None, "green"),
        (W2, "WS2.3", "Go live with the EHC Hub portal for parents and professionals",
         "SEND Systems Lead", "Jan 2026", "Apr 2026", "A",
         ["SEND Systems Lead"], "2026-04", None, "amber"),
        (W3, "WS3.1", "Open Special Support Centres at four secondary schools",
         "Head of School Organisation", "Sept 2026", "Sept 2026", "G",
         ["Head of School Organisation"], "2026-09", None, "green"),
        (W3, "WS3.2", "Complete statutory consultation on the expansion of two special schools",
         "Head of School Organisation", "31/10/2025", "14/11/2025", "A",
         ["Head of School Organisation"], "2025-11", None, "amber"),
        (W3, "WS3.3", "Agree the High Needs Block deficit management plan with the DfE",
         "Director of Finance and Support Services / Director of Children, Young People and Learning",
         "Mar-26", "", "A",
         ["Director of Finance and Support Services", "Director of Children, Young People and Learning"],
         "2026-03", None, "amber"),
    ]
    out = [
        "WEST SUSSEX COUNTY COUNCIL",
        "SEND and Inclusion Strategy Programme – Highlight Report",
        "Reporting period: 1 – 31 October 2025",
        "Programme Sponsor: Director of Children, Young People and Learning",
        "Programme Manager: Helen Brightwell",
        "Overall status: AMBER (previous: AMBER)",
        "",
        "1. SUMMARY OF PROGRESS",
        "The Ordinarily Available Inclusive Practice guidance is now live in all mainstream schools.",
        "EHC needs assessment timeliness improved to 41% within 20 weeks (September 36%), but the backlog",
        "will not be cleared by December and the forecast date has moved to March 2026.",
        "",
        "2. KEY MILESTONES",
        "Ref\tMilestone\tOwner\tBaseline date\tForecast date\tRAG",
    ]
    exp = []
    last_ws = None
    for ws, ref, text, owner, base, fc, rag, e_lead, e_end, e_text, e_status in ms:
        if ws != last_ws:
            out.append(ws)
            last_ws = ws
        out.append("\t".join([ref, text, owner, base, fc, rag]))
        exp.append(A(ref, [ws], text, e_lead, e_end, e_status, end_text=e_text))
    out += [
        "",
        "RAG: G = on track for baseline date; A = forecast later than baseline, recoverable; "
        "R = forecast later than baseline, needs Board support; Complete = delivered.",
        "",
        "3. TOP RISKS AND ISSUES",
        "Risk (score 16): shortage of educational psychologists slows EHC needs assessments – mitigated "
        "by the trainee EP scheme and locum contract.",
        "Issue: capital costs for the special school expansions have risen by 18% since the business case.",
        "",
        "4. DECISIONS REQUIRED FROM THE PROGRAMME BOARD",
        "Approve the revised forecast date for WS2.1 and the additional locum funding of £240,000.",
        "",
        "Next report: November 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")

    meta = {
        "source": ("Imitates a county council programme highlight report saved as plain text from the "
                   "programme office's reporting template (West Sussex County Council, SEND and "
                   "Inclusion Strategy programme, October 2025; no specific URL copied). Copied features: "
                   "header block (council, programme, period, sponsor, manager, overall status with "
                   "previous status), numbered report sections, a tab-separated key milestones table "
                   "with workstream lines above their milestones, baseline and forecast dates, RAG "
                   "letters and 'Complete', owners as job titles (two per cell separated by '/' or ';'), "
                   "a RAG key line, and risks, issues and decisions written as sentences."),
        "reads": ("A person reads the nine milestones in section 2 as the actions, each under its "
                  "workstream line. End is the forecast date (the baseline where the forecast is blank); "
                  "status is the RAG letter, Complete = blue. The summary, risks, issues and decisions "
                  "text is narrative, not actions."),
        "outcome": "read",
        "title": "SEND and Inclusion Strategy Programme – Highlight Report",
    }
    write_yaml(name, meta, exp)
    return name, len(exp)


if __name__ == "__main__":
    for fn in (kingston, rbkc, hartlepool, bucks, sandwell, oxfordshire, westsussex):
        n, k = fn()
        print(f"{n}: {k} actions")
