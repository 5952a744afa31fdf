#!/usr/bin/env python3
"""Build the seven zqx- blind cases (data files and their .expected.yaml) for set heldout718.

Run with /work/main/.venv/bin/python zqx_make.py (needs openpyxl, python-docx, pyyaml).
Writes only files whose names start with zqx- in this script's folder.
"""
import os
from datetime import datetime as dt

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqx-")
    return os.path.join(HERE, name)


def write_yaml(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


class QStr(str):
    """A string always written in quotes (refs and YYYY-MM months)."""


yaml.SafeDumper.add_representer(
    QStr, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style="'"))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": QStr(ref) if ref is not None else None, "under": under, "action": action, "lead": lead,
         "end": QStr(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"


# ================================================================ 1. NICCY IA tracker (xlsx)
def niccy():
    name = "zqx-niccy-arac-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()

    # --- Summary sheet (not the plan)
    s = wb.active
    s.title = "Summary"
    s["A1"] = "NICCY – Internal Audit Recommendations: Summary of Implementation"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Position at 31 January 2026"
    hdr = ["Audit", "Assurance", "Recs", "Implemented", "Partially Implemented", "Not Implemented", "Not yet due"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ["Procurement and Contract Management 2024-25", "Limited", 3, 2, 2, 0, 0],
        ["Information Governance (UK GDPR) 2024-25", "Satisfactory", 2, 1, 0, 1, 0],
        ["Safeguarding Children and Young People 2025-26", "Satisfactory", 3, 1, 1, 0, 1],
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            s.cell(row=r, column=c, value=v).border = BOX
    s.cell(row=8, column=1, value="Total actions").font = Font(bold=True)
    for c, v in zip(range(4, 8), [4, 3, 1, 1]):
        s.cell(row=8, column=c, value=v).font = Font(bold=True)
    s["A10"] = "Recommendation 3 (Procurement) has two agreed actions; the counts above are of actions."
    s.column_dimensions["A"].width = 48
    for col in "BCDEFG":
        s.column_dimensions[col].width = 16

    # --- Tracker sheet (the plan)
    t = wb.create_sheet("Tracker")
    t["A1"] = "Northern Ireland Commissioner for Children and Young People (NICCY)"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = "Internal Audit Recommendations – Implementation Tracker"
    t["A2"].font = Font(bold=True, size=14)
    t["A3"] = "Position at 31 January 2026 | Audit and Risk Assurance Committee – 24 February 2026"
    t["A5"] = "Status key"
    t["A5"].font = Font(bold=True)
    key = [
        ("Green = Implemented", GREEN),
        ("Amber = Partially implemented / revised date agreed", AMBER),
        ("Red = Not implemented and target date passed", RED),
        ("No colour = Not yet due", None),
    ]
    for i, (txt, col) in enumerate(key):
        c = t.cell(row=5 + i, column=2, value=txt)
        c.border = BOX
        if col:
            c.fill = fill(col)
    header = ["Rec No.", "Priority", "Recommendation", "Management Response / Agreed Action",
              "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
              "Progress Update (January 2026)"]
    HR = 10
    for c, h in enumerate(header, 1):
        cell = t.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    A1 = "Procurement and Contract Management 2024-25 – Limited Assurance (report issued 14 March 2025)"
    A2 = "Information Governance (UK GDPR) 2024-25 – Satisfactory Assurance (report issued 2 May 2025)"
    A3 = "Safeguarding Children and Young People 2025-26 – Satisfactory Assurance (report issued 10 October 2025)"

    R_P1 = ("Direct award contracts (DACs) should be approved in advance in accordance with the "
            "Commissioner’s procurement control limits and reported to the Audit and Risk Assurance "
            "Committee (ARAC) and the Department of Education.")
    R_P2 = ("Contract management files should evidence regular performance monitoring against the agreed "
            "specification, including records of contract review meetings.")
    R_P3 = ("Staff with purchasing responsibilities should receive procurement training, and internal "
            "guidance should be updated for the Procurement Act 2023.")
    R_I1 = ("The Information Asset Register should be reviewed and re-approved annually, with each asset "
            "assigned to a named Information Asset Owner.")
    R_I2 = ("The Retention and Disposal Schedule should be updated and approved by the Public Record Office "
            "of Northern Ireland (PRONI).")
    R_S1 = ("A safeguarding training matrix should be maintained so that completion of mandatory and "
            "refresher training can be monitored.")
    R_S2 = ("AccessNI checks for staff working directly with children and young people should be renewed "
            "on a defined cycle.")
    R_S3 = ("The Safeguarding Policy should be reviewed to reflect the Safeguarding Board for Northern "
            "Ireland (SBNI) regional procedures.")

    # (kind, values...) ; kind 'h' heading row, 'a' action row, 'c' continuation (merged rec cells)
    plan = [
        ("h", A1),
        ("a", "1", "Priority 1", R_P1,
         "A DAC register will be maintained by Corporate Services. All DACs will be approved in advance "
         "by the Accounting Officer and reported to each ARAC meeting and quarterly to the Department of "
         "Education.",
         "Head of Corporate Services", dt(2025, 3, 31), dt(2025, 9, 30), "Implemented",
         "DAC register in place from April 2025; reported to ARAC in June, September and November 2025."),
        ("a", "2", "Priority 2", R_P2,
         "A standard contract monitoring template will be introduced for all contracts above £5,000 and "
         "retained on the contract file in Content Manager.",
         "Finance Manager / Contract Managers", dt(2025, 6, 30), dt(2026, 3, 31), "Partially Implemented",
         "Template issued August 2025; in use on 6 of 9 live contracts."),
        ("a", "3", "Priority 2", R_P3,
         "(a) All staff with purchasing responsibilities to complete procurement awareness training "
         "delivered by CPD.",
         "Head of Corporate Services", dt(2025, 9, 30), None, "Implemented",
         "11 staff completed CPD training, September 2025."),
        ("c", None, None, None,
         "(b) Internal procurement guidance to be refreshed to reflect the Procurement Act 2023, which "
         "came into force on 24 February 2025.",
         "Finance Manager", dt(2025, 12, 31), dt(2026, 3, 31), "Partially Implemented",
         "Draft guidance with Head of Corporate Services for review."),
        ("h", A2),
        ("a", "1", "Priority 2", R_I1,
         "Information Asset Register to be reviewed by each Information Asset Owner and re-approved by "
         "the Senior Management Team.",
         "Information Governance Officer", dt(2025, 9, 30), None, "Implemented",
         "Re-approved by SMT on 11 September 2025."),
        ("a", "2", "Priority 3", R_I2,
         "Revised Retention and Disposal Schedule to be submitted to PRONI for approval and published on "
         "the NICCY website.",
         "Head of Corporate Services", dt(2025, 10, 31), None, "Not Implemented",
         "Draft submitted to PRONI in December 2025; approval awaited. Target date passed."),
        ("h", A3),
        ("a", "1", "Priority 2", R_S1,
         "Safeguarding training matrix to be maintained by HR and reported quarterly to the Senior "
         "Management Team.",
         "HR Manager; Head of Participation", dt(2025, 12, 31), None, "Implemented",
         "Matrix reported to SMT in December 2025; 100% completion of Level 1."),
        ("a", "2", "Priority 2", R_S2,
         "A three-year AccessNI re-check cycle to be introduced and recorded on the HR system.",
         "HR Manager", dt(2026, 3, 31), None, "Partially Implemented",
         "Re-check policy approved; 14 of 22 re-checks completed."),
        ("a", "3", "Priority 3", R_S3,
         "Safeguarding Policy to be reviewed and approved by SMT and noted by ARAC.",
         "Head of Legal and Investigations", dt(2026, 6, 30), None, "Not yet due",
         "Review scheduled to start April 2026."),
    ]
    status_fill = {"Implemented": GREEN, "Partially Implemented": AMBER, "Not Implemented": RED}
    r = HR + 1
    last_main = None
    for item in plan:
        if item[0] == "h":
            t.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            t.cell(row=r, column=1).fill = fill("D9E1F2")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, rec, pri, rtext, action, owner, orig, rev, status, upd = item
            vals = [rec, pri, rtext, action, owner, orig, rev if rev else "N/A", status, upd]
            for c, v in enumerate(vals, 1):
                if item[0] == "c" and c <= 3:
                    continue
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt):
                    cell.number_format = "dd/mm/yyyy"
            if status in status_fill:
                t.cell(row=r, column=8).fill = fill(status_fill[status])
            if item[0] == "a":
                last_main = r
            else:
                for c in (1, 2, 3):
                    t.merge_cells(start_row=last_main, start_column=c, end_row=r, end_column=c)
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Priority 1 – significant weakness requiring urgent action; Priority 2 – "
           "important issue to be addressed within 6 months; Priority 3 – good practice / minor issue.")
    t.cell(row=r + 1, column=1, value="Recommendations reported as Implemented at two consecutive ARAC "
           "meetings are moved to the closed log.")
    widths = {"A": 9, "B": 11, "C": 44, "D": 48, "E": 24, "F": 13, "G": 13, "H": 16, "I": 40}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = t.cell(row=HR + 1, column=1)

    # --- Definitions sheet
    d = wb.create_sheet("Assurance definitions")
    d["A1"] = "Assurance ratings (DoF Audit and Risk Assurance Committee Handbook (NI))"
    d["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Satisfactory", "Overall there is a satisfactory system of governance, risk management and control."),
        ("Limited", "There are significant weaknesses within the governance, risk management and control framework."),
        ("Unacceptable", "The system of governance, risk management and control has failed or there is a real risk it will fail."),
    ], 3):
        d.cell(row=i, column=1, value=k).font = Font(bold=True)
        d.cell(row=i, column=2, value=v)
    d.column_dimensions["A"].width = 16
    d.column_dimensions["B"].width = 100
    wb.active = 1
    wb.save(out(name))

    def U(a, rt):
        return [a, rt]
    actions = [
        act("1", U(A1, R_P1), plan[1][4], ["Head of Corporate Services"], "2025-09", "blue"),
        act("2", U(A1, R_P2), plan[2][4], ["Finance Manager", "Contract Managers"], "2026-03", "amber"),
        act("3", U(A1, R_P3), plan[3][4], ["Head of Corporate Services"], "2025-09", "blue"),
        act("3", U(A1, R_P3), plan[4][4], ["Finance Manager"], "2026-03", "amber"),
        act("1", U(A2, R_I1), plan[6][4], ["Information Governance Officer"], "2025-09", "blue"),
        act("2", U(A2, R_I2), plan[7][4], ["Head of Corporate Services"], "2025-10", "red"),
        act("1", U(A3, R_S1), plan[9][4], ["HR Manager", "Head of Participation"], "2025-12", "blue"),
        act("2", U(A3, R_S2), plan[10][4], ["HR Manager"], "2026-03", "amber"),
        act("3", U(A3, R_S3), plan[11][4], ["Head of Legal and Investigations"], "2026-06", "unrated"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates a Northern Ireland NDPB's internal audit recommendations tracker as taken to its Audit "
            "and Risk Assurance Committee (NICCY, 2025-26; layout after NI public bodies' ARAC papers and "
            "NI Assembly ACARC minutes, e.g. niassembly.gov.uk ACARC minutes 14 February 2024, which report "
            "audits by assurance rating and recommendations by priority). Copied features: a Summary sheet "
            "of counts first, the tracker on a second sheet with a status key above the header, one "
            "merged heading row per audit report (year, assurance rating, issue date), recommendation and "
            "management response side by side, one recommendation with two agreed actions (rec cells "
            "merged vertically), original and revised target dates ('N/A' where not revised), status words "
            "with fill colour, a notes block and an assurance-definitions sheet."),
        "reads": (
            "Three internal audit reports, each a heading row, with nine agreed management actions under "
            "their recommendations. The key defines Green as Implemented (there is no blue), so Implemented "
            "actions are complete; Partially Implemented is amber, Not Implemented red, and 'Not yet due' "
            "has no colour. The revised target date, where one is given, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations – Implementation Tracker",
        "actions": actions,
    })
    return name, len(actions)


# ================================================================ 2. SHR corporate risk register (xlsx)
def shr():
    name = "zqx-scottish-housing-regulator-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Scottish Housing Regulator"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Risk owner: Chief Executive | Reviewed by Audit and Risk Assurance Committee: 9 December 2025 "
                "| Next review: March 2026")
    header = ["Risk ID", "Risk", "Cause and effect", "Risk owner", "Inherent (L x I)", "Key controls in place",
              "Residual – Sept 2025", "Residual – Dec 2025", "Target", "Ref", "Further action required",
              "Action owner", "Due", "Action RAG", "Progress"]
    HR = 5
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("4B2C5E")
        cell.alignment = WRAP
        cell.border = BOX

    O1 = ("Strategic objective 1 – Safeguard and promote the interests of tenants, people who are homeless "
          "and other service users")
    O2 = "Strategic objective 2 – An effective, efficient and accountable regulator"

    def score_fill(n):
        return RED if n >= 15 else (AMBER if n >= 8 else GREEN)

    risks = [
        ("obj", O1),
        ("risk", "SR1", "Systemic failure in local authority homelessness services",
         "Demand for temporary accommodation exceeds supply in several councils, so people who are homeless "
         "are not offered suitable accommodation and the Regulator is seen not to act.",
         "Director of Regulation", 20,
         "Annual risk assessment; engagement plans for councils at heightened risk; data returns on "
         "temporary accommodation; liaison with Scottish Government.",
         16, 16, 9,
         [("1.1", "Complete engagement with the councils assessed as at significantly heightened risk of "
                  "systemic failure and publish updated engagement plans.",
           "Assistant Director of Regulation (Local Authorities)", dt(2026, 3, 31), GREEN,
           "Engagement under way with eight councils; plans due for publication March 2026."),
          ("1.2", "Publish a thematic report on the use of unsuitable temporary accommodation.",
           "Head of Analysis and Intelligence", "June 2026", AMBER,
           "Fieldwork extended to include four further councils.")]),
        ("risk", "SR2", "Tenant and resident safety failures are not identified or acted on",
         "Landlords do not meet safety duties (gas, electrical, fire, water, damp and mould) and do not tell "
         "us, leading to harm to tenants and loss of confidence in regulation.",
         "Director of Regulation", 16,
         "Annual Assurance Statements; notifiable events; Annual Return on the Charter safety indicators.",
         12, 9, 6,
         [("2.1", "Review landlords’ 2025 Annual Assurance Statements for tenant and resident safety "
                  "disclosures and follow up material non-compliance.",
           "Regulation Managers", "Q4 2025/26", GREEN, "Review of 158 statements 80% complete."),
          ("2.2", "Refresh the notifiable events guidance to include damp and mould and electrical safety.",
           "Assistant Director of Regulation (RSLs)", "Dec-25", BLUE, "Published 4 December 2025.")]),
        ("obj", O2),
        ("risk", "SR3", "Cyber security incident affecting SHR systems or data",
         "A successful cyber attack on SHR or a supplier leads to loss of data or systems and an inability "
         "to carry out regulatory functions.",
         "Director of Digital and Business Support", 20,
         "Scottish Government shared services security; Cyber Essentials; staff phishing tests; backups.",
         12, 12, 8,
         [("3.1", "Achieve Cyber Essentials Plus re-certification.",
           "Head of Digital Services", dt(2025, 11, 30), BLUE, "Certificate issued 21 November 2025."),
          ("3.2", "Run a cyber incident tabletop exercise with the Leadership Team and test the business "
                  "continuity plan.",
           "Head of Digital Services / Corporate Governance Manager", "Feb-26", AMBER,
           "Exercise moved from December to February because of supplier availability.")]),
        ("risk", "SR4", "Insufficient budget and staffing to deliver the Regulatory Framework",
         "Public sector funding pressures and turnover in specialist roles reduce our capacity to carry out "
         "risk assessment and engagement.",
         "Chief Executive", 16,
         "Business plan prioritisation; monthly budget monitoring; workforce plan.",
         12, 12, 8,
         [("4.1", "Agree the 2026-27 budget with the Scottish Government sponsor team and prioritise the "
                  "2026-27 business plan accordingly.",
           "Chief Executive; Director of Digital and Business Support", "March 2026", AMBER,
           "Draft budget submitted; settlement expected February 2026."),
          ("4.2", "Implement the workforce plan, including succession planning for key regulatory roles.",
           "HR Business Partner", "Ongoing", GREEN, "Two trainee regulation officer posts filled.")]),
        ("risk", "SR5", "Loss of stakeholder confidence in the Regulator’s independence and decisions",
         "Stakeholders perceive regulatory decisions as inconsistent or not independent of Government.",
         "Chief Executive", 12,
         "Published Regulatory Framework; Board oversight; complaints and review procedures.",
         6, 6, 4,
         [("5.1", "Complete the tenant and stakeholder survey and report the results to the Board.",
           "Head of Communications", dt(2026, 5, 31), None, "Survey to issue April 2026.")]),
    ]
    r = HR + 1
    for item in risks:
        if item[0] == "obj":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            r += 1
            continue
        _, rid, title, cause, owner, inh, ctrls, prev, cur, tgt, acts = item
        first = r
        for i, (ref, text, aowner, due, rag, prog) in enumerate(acts):
            if i == 0:
                for c, v in enumerate([rid, title, cause, owner, inh, ctrls, prev, cur, tgt], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=7).fill = fill(score_fill(prev))
                ws.cell(row=r, column=8).fill = fill(score_fill(cur))
            for c, v in zip(range(10, 16), [ref, text, aowner, due, None, prog]):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=14).fill = fill(rag)
            ws.cell(row=r, column=14).border = BOX
            r += 1
        if len(acts) > 1:
            for c in range(1, 10):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: Blue = complete; Green = on track; Amber = at risk of "
            "slipping; Red = off track; no colour = not started.")
    ws.cell(row=r + 1, column=1, value="Residual scores: 15-25 red (above appetite); 8-12 amber; 1-6 green. "
            "See the Scoring Matrix sheet.")
    widths = [8, 26, 36, 20, 10, 36, 11, 11, 8, 6, 44, 26, 12, 9, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Likelihood x Impact scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for j in range(1, 6):
        m.cell(row=3, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 4 + (5 - i)
        m.cell(row=row, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            c = m.cell(row=row, column=1 + j, value=i * j)
            c.fill = fill(score_fill(i * j))
            c.border = BOX

    v = wb.create_sheet("Version History")
    for c, h in enumerate(["Version", "Date", "Change", "Reviewed by"], 1):
        v.cell(row=1, column=c, value=h).font = Font(bold=True)
    for rr, row in enumerate([
        ["3.0", "10/06/2025", "Annual refresh for 2025-26", "Board"],
        ["3.1", "16/09/2025", "SR2 scores revised; SR5 added", "ARAC"],
        ["3.2", "09/12/2025", "Quarter 3 review", "ARAC"],
    ], 2):
        for c, val in enumerate(row, 1):
            v.cell(row=rr, column=c, value=val)
    wb.save(out(name))

    def A(o, t_, ref, text, lead, end, status, end_text=None):
        return act(ref, [o, t_], text, lead, end, status, end_text)
    r1, r2 = risks[1], risks[2]
    r3, r4, r5 = risks[4], risks[5], risks[6]
    actions = [
        A(O1, r1[2], "1.1", r1[10][0][1], ["Assistant Director of Regulation (Local Authorities)"], "2026-03", "green"),
        A(O1, r1[2], "1.2", r1[10][1][1], ["Head of Analysis and Intelligence"], "2026-06", "amber"),
        A(O1, r2[2], "2.1", r2[10][0][1], ["Regulation Managers"], "2026-03", "green", "Q4 2025/26"),
        A(O1, r2[2], "2.2", r2[10][1][1], ["Assistant Director of Regulation (RSLs)"], "2025-12", "blue"),
        A(O2, r3[2], "3.1", r3[10][0][1], ["Head of Digital Services"], "2025-11", "blue"),
        A(O2, r3[2], "3.2", r3[10][1][1], ["Head of Digital Services", "Corporate Governance Manager"], "2026-02", "amber"),
        A(O2, r4[2], "4.1", r4[10][0][1], ["Chief Executive", "Director of Digital and Business Support"], "2026-03", "amber"),
        A(O2, r4[2], "4.2", r4[10][1][1], ["HR Business Partner"], None, "green", "Ongoing"),
        A(O2, r5[2], "5.1", r5[10][0][1], ["Head of Communications"], "2026-05", "unrated"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates a Scottish public body's corporate risk register as reviewed by its Audit and Risk "
            "Assurance Committee (Scottish Housing Regulator, 2025-26; SHR ARAC minutes of 10 September 2024 "
            "at housingregulator.gov.scot record the committee reviewing the audit log and risk; risk areas "
            "taken from SHR's 'The risks we will focus on' 2025). Copied features: title block with owner and "
            "review dates, strategic-objective rows merged across the sheet, one row per risk with its cells "
            "merged down over its further actions, previous and current residual scores coloured by score, "
            "action refs 1.1/1.2, an Action RAG column shown by fill colour only, mixed due formats "
            "(dates, 'June 2026', 'Q4 2025/26', 'Dec-25', 'Ongoing'), key lines under the table, and "
            "Scoring Matrix and Version History sheets."),
        "reads": (
            "Five corporate risks under two strategic objectives, each with one or two further actions: nine "
            "actions in all. The action status is the fill of the Action RAG column read against the key "
            "under the table (blue complete, no colour not started); the coloured residual-score cells are "
            "risk scores, not action status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Risk Register 2025-26",
        "actions": actions,
    })
    return name, len(actions)


# ================================================================ 3. Habinteg board action log (monday.com export, xlsx)
def habinteg():
    name = "zqx-habinteg-housing-association-board-action-log-monday-export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Board Action Log 2025-26"
    ws["A1"] = "Board Action Log 2025-26"
    ws["A1"].font = Font(bold=True, size=16)
    header = ["Name", "Owner", "Status", "Due date", "Minute ref", "Last update", "Item ID"]
    status_col = {"Complete": "00C875", "On track": "9CD326", "At risk": "FDAB3D", "Overdue": "E2445C",
                  "Not started": "C4C4C4"}
    G1 = "Board – 24 September 2025"
    G2 = "Board – 26 November 2025"
    G3 = "Audit & Risk Committee – 4 December 2025"
    G4 = "Closed actions"
    groups = [
        (G1, "579BFC", [
            ("Commission an independent review of the damp and mould case management process and report "
             "findings to Board", "Daniel Okafor, Helen Marsh", "On track", dt(2026, 1, 31), "B/25/42",
             "Reviewer appointed 3 November; fieldwork in December.", 1873642091),
            ("Bring a revised Board skills matrix and a recruitment plan for two board members with lived "
             "experience of disability", "Claire Hutchinson", "At risk", dt(2025, 11, 26), "B/25/45",
             "Skills audit returns incomplete – deferred to January Board.", 1873642127),
            ("Circulate the updated Tenant Satisfaction Measures action plan to Board members", "Priya Nair",
             "Complete", dt(2025, 10, 31), "B/25/47", "Circulated 20 October.", 1873642160),
        ]),
        (G2, "A25DDC", [
            ("Provide a breakdown of stock condition survey coverage by region, including homes not surveyed "
             "in the last five years", "Daniel Okafor", "On track", dt(2026, 1, 28), "B/25/58",
             "Data pulled from asset system; narrative being drafted.", 1951207744),
            ("Update the Regulatory Standards compliance statement to reflect the Consumer Standards "
             "self-assessment", "Claire Hutchinson", "Overdue", dt(2025, 12, 19), "B/25/60",
             "Awaiting self-assessment sign-off by Customer Committee.", 1951207781),
            ("Arrange Board training on Awaab’s Law requirements for social landlords", "Helen Marsh",
             "Not started", dt(2026, 3, 25), "B/25/63", "", 1951207802),
        ]),
        (G3, "FF7575", [
            ("Internal auditor to follow up the two high-priority rent arrears recommendations and report to "
             "the March committee", "Tom Reddy", "On track", dt(2026, 3, 12), "ARC/25/22",
             "Follow-up booked for w/c 16 February.", 1988431015),
            ("Refresh the strategic risk register to include risks from the new Consumer Standards "
             "inspection regime", "Priya Nair, Claire Hutchinson", "At risk", dt(2026, 2, 5), "ARC/25/24",
             "Workshop with Executive Team moved to 28 January.", 1988431049),
        ]),
        (G4, "037F4C", [
            ("Publish the 2024/25 complaints performance and service improvement report and the Board’s "
             "response on the website", "Helen Marsh", "Complete", dt(2025, 9, 30), "B/25/29",
             "Published 26 September.", 1802215530),
            ("Confirm fire risk assessment completion for all blocks over 18 metres", "Daniel Okafor",
             "Complete", dt(2025, 8, 31), "B/25/33", "All 7 blocks confirmed; reported to Board in September.",
             1802215588),
        ]),
    ]
    r = 3
    for gname, gcol, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, size=13, color=gcol)
        r += 1
        for ci, h in enumerate(header, 1):
            cell = ws.cell(row=r, column=ci, value=h)
            cell.font = Font(bold=True)
            cell.border = BOX
        r += 1
        for it in items:
            for ci, v in enumerate(it, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.border = BOX
                if isinstance(v, dt):
                    cell.number_format = "yyyy-mm-dd"
            sc = ws.cell(row=r, column=3)
            sc.fill = fill(status_col[it[2]])
            sc.font = Font(color="FFFFFF")
            sc.alignment = Alignment(horizontal="center")
            r += 1
        r += 1  # blank row between groups
    for col, w in zip("ABCDEFG", [70, 28, 13, 12, 12, 52, 13]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    smap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
            "Not started": "unrated"}
    actions = []
    for gname, _, items in groups:
        for it in items:
            leads = [p.strip() for p in it[1].split(",")]
            actions.append(act(it[4], [gname], it[0], leads, it[3].strftime("%Y-%m"), smap[it[2]]))
    write_yaml(name, {
        "source": (
            "Imitates a housing association's board action log kept on a monday.com board and exported to "
            "Excel (Habinteg Housing Association, 2025-26; board and Audit & Risk Committee actions as a "
            "Regulator of Social Housing-registered provider would log them under the Consumer Standards). "
            "Copied features of a monday.com Excel export: board name in the first row, one block per group "
            "(group title in the group's colour, its own header row, a blank row after), item name first, "
            "a People column with full names comma-separated, a coloured Status label column with custom "
            "labels, ISO dates, the minute reference as a text column and the monday Item ID in the last "
            "column; completed items moved to a 'Closed actions' group."),
        "reads": (
            "Ten board and committee actions in four groups (three meetings and a closed group). The "
            "action is the item name, its ref the minute reference (not the monday Item ID), owners are "
            "full names separated by commas, and the status labels read Complete = blue, On track = green, "
            "At risk = amber, Overdue = red, Not started = unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board Action Log 2025-26",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ================================================================ 4. Hearing Dogs – Charity Commission SIR action plan (docx)
def hearing_dogs():
    name = "zqx-hearing-dogs-for-deaf-people-charity-commission-serious-incident-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    r_ = p.add_run("Hearing Dogs for Deaf People")
    r_.bold = True
    r_.font.size = Pt(12)
    TITLE = "Serious Incident Report to the Charity Commission – Action Plan"
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph("Progress at 30 November 2025 – for the Board of Trustees, 10 December 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Director of Finance and Resources"),
                 ("Version", "1.3"),
                 ("Approved by", "Board of Trustees, 10 December 2025"),
                 ("Serious incident reported", "18 June 2025 (fraud – volunteer fundraising group income)"),
                 ("Next review", "Finance, Audit and Risk Committee, March 2026")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "In June 2025 the trustees reported a serious incident to the Charity Commission after finding that "
        "income collected by one volunteer fundraising group had not been paid in to the charity. The matter "
        "was also reported to Action Fraud. The Commission’s response of 29 August 2025 gave the trustees "
        "regulatory advice and guidance, which is set out below with the actions the trustees have agreed. "
        "The trustees will report to the Commission when the plan is complete.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for cell, (txt, col) in zip(key.rows[0].cells, [("Complete", "5B9BD5"), ("On track", "70AD47"),
                                                     ("At risk", "FFC000"), ("Not started", "FFFFFF")]):
        set_cell(cell, txt, bold=True)
        shade(cell, col)
    doc.add_paragraph()

    scol = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000", "Not started": "FFFFFF"}
    S1 = "1. Financial controls over fundraising income"
    S2 = "2. Governance and oversight"
    S3 = "3. Reporting and culture"
    ADV1 = ("Commission advice: Trustees should ensure that cash and card income raised by volunteer "
            "fundraising groups is banked promptly and reconciled by someone independent of the group.")
    ADV2 = ("Commission advice: Trustees should review whether volunteer group bank accounts are still "
            "needed and, where they are, ensure they are held in the charity’s name with two authorised "
            "signatories.")
    ADV3 = ("Commission advice: Trustees should be satisfied that the Finance, Audit and Risk Committee "
            "receives sufficient assurance on fraud risk.")
    sections = [
        (S1, [
            ("adv", ADV1),
            ("1.1", "Introduce a monthly reconciliation of volunteer group income to bank statements, "
                    "reviewed by a member of the Finance team independent of the group.",
             "Head of Finance", "October 2025",
             "Reconciliations in place from October 2025 for all 38 groups.", "Complete"),
            ("1.2", "Replace cash collection tins held by groups with card readers linked directly to the "
                    "charity’s merchant account.",
             "Head of Fundraising / Head of Finance", "31 March 2026",
             "Card readers issued to 24 groups; remainder by February.", "On track"),
            ("adv", ADV2),
            ("1.3", "Close all remaining volunteer group bank accounts and move group income into the "
                    "charity’s main account.",
             "Director of Finance and Resources", "January 2026",
             "9 of 14 accounts closed; two banks asking for further identification.", "At risk"),
        ]),
        (S2, [
            ("adv", ADV3),
            ("2.1", "Add fraud risk to the quarterly risk report to the Finance, Audit and Risk Committee, "
                    "with a deep dive at the March 2026 meeting.",
             "Chair of Finance, Audit and Risk Committee", "Q4 2025/26",
             "Fraud risk added to the November risk report.", "On track"),
            ("2.2", "Include an internal audit review of income controls across fundraising and volunteering "
                    "in the 2026/27 internal audit plan.",
             "Director of Finance and Resources", "July 2026", "", "Not started"),
        ]),
        (S3, [
            ("3.1", "Relaunch the speak up (whistleblowing) policy to staff and volunteers, including a "
                    "confidential external reporting line.",
             "Director of People", "December 2025",
             "Relaunched 1 November 2025; external line live.", "Complete"),
            ("3.2", "Provide counter-fraud awareness training to all volunteer group coordinators.",
             "Volunteering Manager", "April 2026",
             "E-learning module built; sessions booked from January.", "On track"),
            ("3.3", "Send a final update to the Charity Commission confirming completion of this plan.",
             "Chair of Trustees / Chief Executive", "September 2026", "", "Not started"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress at 30 November 2025", "Status"]
    for sec, rows in sections:
        doc.add_heading(sec, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for cell, h in zip(tb.rows[0].cells, hdr):
            set_cell(cell, h, bold=True)
            shade(cell, "D9D9D9")
        for row in rows:
            cells = tb.add_row().cells
            if row[0] == "adv":
                m = cells[0].merge(cells[5])
                set_cell(m, row[1], bold=True)
                shade(m, "F2F2F2")
                continue
            ref, text, lead, date, prog, status = row
            for cell, v in zip(cells, [ref, text, lead, date, prog, status]):
                set_cell(cell, v)
            shade(cells[5], scol[status])
        doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for cell, v in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(cell, v, bold=True)
    for cell, v in zip(so.rows[1].cells, ["Chair of Trustees", "Signed on behalf of the Board", "10/12/2025"]):
        set_cell(cell, v)
    doc.save(out(name))

    smap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": "unrated"}
    months = {"October 2025": "2025-10", "31 March 2026": "2026-03", "January 2026": "2026-01",
              "Q4 2025/26": "2026-03", "July 2026": "2026-07", "December 2025": "2025-12",
              "April 2026": "2026-04", "September 2026": "2026-09"}
    actions = []
    for sec, rows in sections:
        adv = None
        for row in rows:
            if row[0] == "adv":
                adv = row[1]
                continue
            ref, text, lead, date, prog, status = row
            under = [sec, adv] if adv else [sec]
            leads = [x.strip() for x in lead.split(" / ")]
            actions.append(act(ref, under, text, leads, months[date], smap[status],
                               "Q4 2025/26" if date == "Q4 2025/26" else None))
    write_yaml(name, {
        "source": (
            "Imitates a charity's action plan after a serious incident report (SIR) to the Charity "
            "Commission, taken to its trustees (Hearing Dogs for Deaf People, 2025; the Commission's "
            "regulatory advice and guidance themes - financial controls, conflicts, oversight - follow "
            "published case summaries such as russell-cooke.co.uk 'How to avoid common governance mistakes' "
            "and Commission case reports). Copied features: charity name line and title, a document-control "
            "table, an introductory paragraph, a status key table with colours, one Word table per numbered "
            "section, the Commission's advice as a merged full-width row above the actions that answer it, "
            "refs 1.1-3.3, job titles as leads (two posts split by '/'), status words with shaded cells, and "
            "a sign-off table."),
        "reads": (
            "Eight trustee actions in three numbered sections; in sections 1 and 2 each group of actions sits "
            "under a merged 'Commission advice' row, section 3 has none. Status is the word in the Status "
            "column (Complete = blue). Document control, status key and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": actions,
    })
    return name, len(actions)


# ================================================================ 5. PONI CDMS programme highlight report (docx)
def poni():
    name = "zqx-police-ombudsman-for-northern-ireland-cdms-replacement-programme-highlight-report.docx"
    doc = Document()
    p = doc.add_paragraph()
    r_ = p.add_run("Police Ombudsman for Northern Ireland")
    r_.bold = True
    TITLE = "Case and Document Management System (CDMS) Replacement Programme – Highlight Report 14"
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph("Reporting period: 1 to 31 December 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Chief Executive"),
                 ("Programme Manager", "Head of Information Services"),
                 ("Report to", "CDMS Programme Board, 21 January 2026"),
                 ("Overall status", "AMBER")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    shade(info.rows[3].cells[1], "FFC000")
    doc.add_paragraph()

    doc.add_heading("1. Status summary", level=2)
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for cell, h in zip(st.rows[0].cells, ["Area", "Last period", "This period", "Commentary"]):
        set_cell(cell, h, bold=True)
    rcol = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    for area, lp, tp, com in [
        ("Schedule", "A", "A", "Data cleansing behind plan; go-live forecast moved to August 2026."),
        ("Budget", "G", "G", "Spend to date £412k against £455k profile."),
        ("Scope", "G", "G", "No change requests this period."),
        ("Resources", "A", "R", "Data Migration Lead on sick leave; cover requested from DoJ."),
        ("Benefits", "G", "G", "Benefits realisation plan approved in October."),
    ]:
        cells = st.add_row().cells
        for cell, v in zip(cells, [area, lp, tp, com]):
            set_cell(cell, v)
        shade(cells[1], rcol[lp])
        shade(cells[2], rcol[tp])
    doc.add_paragraph()

    doc.add_heading("2. Progress this period", level=2)
    for b in ["Design Authority signed off the solution design on 27 November.",
              "Legacy complaint records for 2016–2025 cleansed and validated.",
              "Investigation process mapping workshops held with all three directorates."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Milestones", level=2)
    W1 = "Workstream 1 – Procurement and contract"
    W2 = "Workstream 2 – Data migration"
    W3 = "Workstream 3 – Business change and training"
    W4 = "Workstream 4 – Assurance"
    ms = [
        ("ws", W1),
        ("M1", "Contract award to the preferred supplier following the CPD-led procurement",
         "Head of Information Services", "Jun-25", "Jul-25", "Complete"),
        ("M2", "Solution design signed off by the Design Authority", "Technical Architect", "Oct-25",
         "Nov-25", "Complete"),
        ("ws", W2),
        ("M3", "Data cleansing of legacy complaint records (2000–2015) complete", "Data Migration Lead",
         "Dec-25", "Feb-26", "A"),
        ("M4", "Trial migration 1 completed and reconciled", "Data Migration Lead / Supplier Project Manager",
         "Jan-26", "Mar-26", "A"),
        ("M5", "Final migration complete and legacy system made read-only", "Head of Information Services",
         "May-26", "Jul-26", "R"),
        ("ws", W3),
        ("M6", "Revised investigation process maps approved by the Senior Director of Investigations",
         "Business Change Manager", "Nov-25", "Jan-26", "G"),
        ("M7", "Train-the-trainer sessions delivered to 20 super users", "Business Change Manager", "Apr-26",
         "Jun-26", "G"),
        ("M8", "Go-live and hypercare (8 weeks)", "Programme Manager", "Jun-26", "Aug-26 – Sep-26", "A"),
        ("ws", W4),
        ("M9", "Gateway review (Gate 4 – readiness for service)", "Senior Responsible Owner", "May-26",
         "Jun-26", "G"),
    ]
    mt = doc.add_table(rows=1, cols=6)
    mt.style = "Table Grid"
    for cell, h in zip(mt.rows[0].cells, ["No.", "Milestone", "Owner", "Baseline date", "Forecast date",
                                          "Status"]):
        set_cell(cell, h, bold=True)
        shade(cell, "1F4E79")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    mcol = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "9DC3E6"}
    for row in ms:
        cells = mt.add_row().cells
        if row[0] == "ws":
            m = cells[0].merge(cells[5])
            set_cell(m, row[1], bold=True)
            shade(m, "DEEAF6")
            continue
        for cell, v in zip(cells, row):
            set_cell(cell, v)
        shade(cells[5], mcol[row[5]])
    doc.add_paragraph(
        "Status: G – on track for forecast date; A – forecast later than baseline but recoverable; R – "
        "forecast later than baseline and not recoverable without a Programme Board decision; Complete – "
        "milestone achieved.")

    doc.add_heading("4. Key risks and issues", level=2)
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for cell, h in zip(rk.rows[0].cells, ["ID", "Risk / issue", "Mitigation", "RAG"]):
        set_cell(cell, h, bold=True)
    for rid, txt, mit, rag in [
        ("R07", "Quality of pre-2016 records may delay migration.", "Additional cleansing resource; "
         "agreed rules for archiving closed cases.", "A"),
        ("I03", "Loss of Data Migration Lead capacity.", "Interim cover requested; supplier to provide "
         "migration analyst.", "R"),
    ]:
        cells = rk.add_row().cells
        for cell, v in zip(cells, [rid, txt, mit, rag]):
            set_cell(cell, v)
        shade(cells[3], rcol[rag])

    doc.add_heading("5. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("Approve the revised go-live window of August to September 2026.", style="List Bullet")
    doc.add_paragraph("Note the request to the Department of Justice for interim data migration cover.",
                      style="List Bullet")
    doc.add_heading("6. Planned for next period", level=2)
    doc.add_paragraph("Complete cleansing of 2000–2015 records; start trial migration 1 build; "
                      "confirm training schedule with directorates.")
    doc.save(out(name))

    smap = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    fmap = {"Jul-25": "2025-07", "Nov-25": "2025-11", "Feb-26": "2026-02", "Mar-26": "2026-03",
            "Jul-26": "2026-07", "Jan-26": "2026-01", "Jun-26": "2026-06", "Aug-26 – Sep-26": "2026-09"}
    actions = []
    ws_ = None
    for row in ms:
        if row[0] == "ws":
            ws_ = row[1]
            continue
        no, text, owner, base, fc, status = row
        actions.append(act(no, [ws_], text, [x.strip() for x in owner.split(" / ")], fmap[fc], smap[status],
                           fc if "–" in fc else None))
    write_yaml(name, {
        "source": (
            "Imitates a public body's PRINCE2-style programme highlight report to its programme board "
            "(Police Ombudsman for Northern Ireland, case management system replacement, December 2025; "
            "layout after the PRINCE2 highlight report template - status summary with last/this period, "
            "this period, next period, issues and risks, e.g. docest.com 'Highlight report template' and "
            "the Government Project Delivery 'Teal Book' chapter 18 on reporting). Copied features: body "
            "line and title, a header table (SRO, programme manager, report to, overall status shaded), a "
            "status summary table with Last period / This period RAG, bullet lists, a milestones table with "
            "merged workstream rows, baseline and forecast dates, RAG letters and 'Complete', a status key "
            "line, and separate risks/issues and decisions sections."),
        "reads": (
            "Nine milestones M1-M9 under four workstreams are the plan's actions; the forecast date is the "
            "revised end (M8's forecast is a period ending September 2026). The status summary and the "
            "risks and issues table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": actions,
    })
    return name, len(actions)


# ================================================================ 6. Nailsworth Town Council action log (csv) - refuse
def nailsworth():
    name = "zqx-nailsworth-town-council-action-log-2025-26-typo-month-refuse.csv"
    import csv
    import io
    rows = [
        ["Nailsworth Town Council", "", "", "", "", "", "", ""],
        ["Action Log 2025-26 – Full Council and Committees", "", "", "", "", "", "", ""],
        ["Updated by the Town Clerk: 12 January 2026", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting", "Minute", "Action", "Responsible", "Due", "RAG", "Progress"],
        ["NTC/25/01", "Full Council 15/04/2025", "FC25/014",
         "Obtain three quotes for resurfacing the Old Market car park and report to F&GP", "Town Clerk",
         "June 2025", "C", "Quotes reported to F&GP on 10 June; works ordered."],
        ["NTC/25/04", "Full Council 20/05/2025", "FC25/031",
         "Publish the 2024/25 AGAR, notice of public rights and supporting documents on the website", "RFO",
         "30/06/2025", "C", "Published 13 June 2025."],
        ["NTC/25/07", "F&GP 10/06/2025", "FG25/022",
         "Review the Financial Regulations against the 2024 NALC model", "RFO / Cllr Harris", "Sept 2025",
         "C", "Adopted by Full Council 16/09/2025."],
        ["NTC/25/11", "Full Council 15/07/2025", "FC25/058",
         "Arrange a tree survey for the recreation ground and the Church Street green", "Deputy Town Clerk",
         "October 2025", "A", "Surveyor booked for January because of storm damage backlog."],
        ["NTC/25/15", "Planning 05/08/2025", "PL25/041",
         "Respond to Stroud District Council’s Local Plan Review consultation", "Chair of Planning Committee",
         "29/08/2025", "C", "Response submitted 27/08/2025."],
        ["NTC/25/19", "Full Council 16/09/2025", "FC25/077",
         "Prepare the draft 2026/27 budget and precept options", "RFO", "December 2025", "G",
         "Draft considered by F&GP on 9 December; final to Full Council in January."],
        ["NTC/25/22", "F&GP 14/10/2025", "FG25/049",
         "Renew the council’s insurance and update the asset register", "RFO", "Febuary 2026", "G",
         "Broker quotes requested."],
        ["NTC/25/26", "Full Council 18/11/2025", "FC25/091",
         "Review the Christmas lights event risk assessment and volunteer briefing", "Events Officer",
         "28/11/2025", "C", "Completed; event held 29 November."],
        ["NTC/25/29", "Full Council 16/12/2025", "FC25/104",
         "Update the Standing Orders to the 2025 NALC model", "Town Clerk", "March 2026", "G",
         "Draft to Full Council on 17 March."],
        ["", "", "", "", "", "", "", ""],
        ["RAG: R = overdue; A = in progress but at risk; G = in progress and on track; C = complete", "", "", "",
         "", "", "", ""],
        ["Completed actions are removed once they have been reported to two meetings.", "", "", "", "", "", "",
         ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    bad = [i + 1 for i, ln in enumerate(lines) if "Febuary" in ln]
    assert bad == [12], bad
    write_yaml(name, {
        "source": (
            "Imitates a town council's rolling action log from Full Council and committee minutes, saved "
            "from Excel as CSV (Nailsworth Town Council, Gloucestershire, 2025-26; parish and town councils "
            "publish such logs, e.g. aldworth-pc.gov.uk 'Action log' with open / in progress / closed). "
            "Copied features: council name, title and 'updated by the Town Clerk' lines padded with commas, "
            "a blank line, columns Ref / Meeting / Minute / Action / Responsible / Due / RAG / Progress, "
            "officer posts and a councillor as leads, mixed due formats (June 2025, 30/06/2025, Sept 2025), "
            "RAG letters with C for complete, and key and notes lines at the foot."),
        "reads": (
            "Nine actions from council and committee meetings. The due cell of NTC/25/22 on line 12 reads "
            "'Febuary 2026', a mistyped month, so a careful reader stops and asks the clerk what was meant "
            "before taking the log in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 12,
        "title": "Action Log 2025-26 – Full Council and Committees",
    })
    return name, 9


# ================================================================ 7. Highland Council HSE HAVS improvement notices (txt, tab-separated)
def highland():
    name = "zqx-highland-council-hse-improvement-notices-havs-action-tracker.txt"
    N1 = ("Improvement Notice 1 – 312154876 – Regulation 5, Control of Vibration at Work Regulations 2005: "
          "suitable and sufficient risk assessment")
    N2 = "Improvement Notice 2 – 312154877 – Regulation 6: eliminate or control exposure to vibration"
    N3 = "Improvement Notice 3 – 312154878 – Regulation 7: health surveillance"
    N4 = "Improvement Notice 4 – 312154879 – Regulation 8: information, instruction and training"
    rows = [
        ("n", N1),
        ("1.1", "Complete HAVS risk assessments for all powered hand tools used by Amenities teams, using "
                "manufacturer and in-use vibration data",
         "Amenities Manager (North) / Amenities Manager (South)", "31/05/2025", "31/07/2025", "Complete",
         "Assessments for 214 tools uploaded to the health and safety system."),
        ("1.2", "Record daily exposure points for each operative using the tool-tag monitoring system",
         "Roads Operations Manager", "31/05/2025", "", "Complete",
         "Tool tags fitted across Roads depots; weekly exposure reports to supervisors."),
        ("n", N2),
        ("2.1", "Replace high-vibration strimmers and breakers with low-vibration models through the plant "
                "replacement programme",
         "Fleet and Plant Manager", "30/06/2025", "31/03/2026", "On track",
         "61 of 88 tools replaced; remainder ordered."),
        ("2.2", "Introduce job rotation rules so that no operative exceeds the exposure action value on "
                "consecutive days",
         "Amenities Manager (North) / Amenities Manager (South)", "30/06/2025", "", "Complete",
         "Rotation rules in the HAVS procedure (v2) from June 2025."),
        ("n", N3),
        ("3.1", "Enrol all operatives exposed above the exposure action value in Tier 1–3 health surveillance "
                "with the occupational health provider",
         "Health and Safety Manager", "31/08/2025", "30/11/2025", "Complete",
         "412 operatives enrolled; Tier 1 questionnaires returned."),
        ("3.2", "Refer operatives reporting symptoms for Tier 4 assessment and review their fitness for task",
         "Occupational Health Adviser", "31/08/2025", "28/02/2026", "At risk",
         "Provider capacity: 11 of 19 referrals seen."),
        ("n", N4),
        ("4.1", "Deliver HAVS toolbox talks to all Amenities and Roads operatives and supervisors",
         "Health and Safety Manager", "31/08/2025", "", "Complete",
         "Attendance records held by each area office."),
        ("4.2", "Add a HAVS refresher to the annual mandatory training matrix for affected roles",
         "Learning and Development Manager", "31/08/2025", "30/04/2026", "On track",
         "E-learning module in build; annual refresher from April 2026."),
    ]
    lines = [
        "The Highland Council",
        "HSE Improvement Notices – Hand-Arm Vibration: Amenities and Roads Operations",
        "Action tracker – position at 16 January 2026",
        "",
        "\t".join(["Ref", "Action", "Responsible officer", "Notice compliance date", "Extended compliance date",
                   "Status", "Comments"]),
    ]
    for row in rows:
        if row[0] == "n":
            lines.append(row[1])
        else:
            lines.append("\t".join(row))
    lines += [
        "",
        "Notes: compliance dates were extended by HSE in writing (letters of 2 July and 10 October 2025).",
        "Status key: Complete – action closed and evidence sent to HSE; On track – will meet the compliance "
        "date; At risk – compliance date at risk; Overdue – compliance date passed.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    smap = {"Complete": "blue", "On track": "green", "At risk": "amber"}
    actions = []
    notice = None
    for row in rows:
        if row[0] == "n":
            notice = row[1]
            continue
        ref, text, lead, comp, ext, status, _ = row
        d = ext or comp
        actions.append(act(ref, [notice], text, [x.strip() for x in lead.split(" / ")],
                           f"{d[6:10]}-{d[3:5]}", smap[status]))
    write_yaml(name, {
        "source": (
            "Imitates a council's tracker of actions to comply with HSE improvement notices on hand-arm "
            "vibration in grounds maintenance and roads teams, exported from Excel as tab-separated text "
            "(The Highland Council, 2025-26; HSE enforcement of the Control of Vibration at Work "
            "Regulations 2005, regs 5-8, with notice compliance dates and written extensions). Copied "
            "features: council name, title and position-date lines, one line per improvement notice (notice "
            "number and regulation) above its numbered actions, two posts as leads split by '/', notice "
            "compliance date and extended compliance date columns, status words, and notes and key lines."),
        "reads": (
            "Eight actions under four improvement notices. Where HSE extended the compliance date, the "
            "extended date is the end; otherwise the notice compliance date. Status words: Complete = blue, "
            "On track = green, At risk = amber."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HSE Improvement Notices – Hand-Arm Vibration: Amenities and Roads Operations",
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (niccy, shr, habinteg, hearing_dogs, poni, nailsworth, highland):
        n, k = fn()
        print(f"{n}: {k} actions")
