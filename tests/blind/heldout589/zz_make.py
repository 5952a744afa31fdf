#!/usr/bin/env python
"""Build the seven zz- blind test files (heldout589) and their expected readings.

Data files: 3 x .xlsx (openpyxl), 2 x .docx (python-docx), 1 x .csv, 1 x .txt.
Each builder holds the plan's rows once; the same strings are written to the data
file and to NAME.expected.yaml, so the expected text is the file's text exactly.
Only files whose names start with zz- are written.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}


def out(name):
    assert name.startswith("zz-") or name.startswith("zz_"), name
    return os.path.join(HERE, name)


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
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ----------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def rag_cell(c, colour, text=None):
    if text is not None:
        c.value = text
    if colour:
        c.fill = fill(FILL[colour])
        if colour in ("blue", "red"):
            c.font = Font(bold=True, color="FFFFFF")
        else:
            c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center")
    c.border = BOX


# ================================================================ 1. Plymouth IPC BAF (xlsx)
def build_plymouth():
    name = "zz-university-hospitals-plymouth-nhs-trust-ipc-baf-action-plan.xlsx"
    title = ("Infection Prevention and Control Board Assurance Framework 2025/26 "
             "\u2013 Gap Analysis Action Plan")
    C1 = "Criterion 1 \u2013 Systems to manage and monitor the prevention and control of infection"
    C2 = ("Criterion 2 \u2013 Provide and maintain a clean and appropriate environment in managed "
          "premises that facilitates the prevention and control of infections")
    C3 = ("Criterion 3 \u2013 Ensure appropriate antimicrobial prescribing and stewardship to optimise "
          "patient outcomes and reduce the risk of adverse events and antimicrobial resistance")
    C6 = ("Criterion 6 \u2013 Systems in place to ensure that all care workers (including contractors "
          "and volunteers) are aware of and discharge their responsibilities in preventing and "
          "controlling infection")
    C7 = "Criterion 7 \u2013 Provide or secure adequate isolation precautions and facilities"
    C10 = ("Criterion 10 \u2013 Have a system in place to manage staff health and wellbeing, and the "
           "organisational obligation to manage infection prevention and control")
    G11 = "Ward IPC audit results are not consistently reported through divisional governance meetings"
    G21 = ("National Standards of Healthcare Cleanliness 2021 star ratings are not displayed in all "
           "clinical areas")
    G22 = "Annual ventilation verification of Level 6 isolation rooms is overdue"
    G31 = "Review of antimicrobials within 72 hours is not evidenced for all inpatients"
    G61 = "IPC Level 2 mandatory training compliance for medical staff is 78% (target 90%)"
    G71 = "Side room availability is not visible in real time on the electronic bed board"
    G101 = "Staff flu vaccination uptake 2025/26 is below the national ambition"

    d = dt.datetime
    # (criterion, gap, ref, action, lead_text, lead_list, orig, revised, prev, cur, update, end, end_text, status)
    rows = [
        (C1, G11, "1.1", "Add the IPC audit dashboard as a standing item on the divisional Quality and Safety meeting agenda template",
         "Deputy Director of Infection Prevention and Control", ["Deputy Director of Infection Prevention and Control"],
         d(2025, 9, 30), None, "G", "B", "Standing item in all four divisions from September 2025. Evidence: agendas and minutes.",
         "2025-09", None, "blue"),
        (C1, G11, "1.2", "Divisional Directors of Nursing to present a quarterly IPC exception report to the Infection Prevention and Control Committee",
         "Divisional Directors of Nursing", ["Divisional Directors of Nursing"],
         d(2025, 12, 31), d(2026, 3, 31), "A", "A", "Medicine and Surgery presented in January; remaining two divisions scheduled for March IPCC.",
         "2026-03", None, "amber"),
        (C2, G21, "2.1", "Install cleanliness star rating posters at all ward and department entrances (Derriford and community hospitals)",
         "Head of Facilities / Domestic Services Manager", ["Head of Facilities", "Domestic Services Manager"],
         d(2025, 10, 31), d(2026, 1, 31), "R", "G", "Derriford complete; community hospitals on track for end of January.",
         "2026-01", None, "green"),
        (C2, G22, "2.2", "Commission the Authorising Engineer (Ventilation) to complete annual verification of Level 6 isolation rooms",
         "Head of Estates", ["Head of Estates"],
         d(2025, 11, 30), None, "A", "R", "Verification delayed by contractor availability. Escalated to the Director of Estates and Facilities.",
         "2025-11", None, "red"),
        (C3, G31, "3.1", "Re-audit 72-hour antimicrobial review on EPMA across medical and surgical wards",
         "Consultant Microbiologist; Lead Antimicrobial Pharmacist", ["Consultant Microbiologist", "Lead Antimicrobial Pharmacist"],
         "Q3 2025/26", None, "G", "B", "Re-audit completed December 2025: 81% compliance (baseline 64%).",
         "2025-12", "Q3 2025/26", "blue"),
        (C3, G31, "3.2", "Launch a weekly antimicrobial stewardship ward round on the Acute Medical Unit",
         "Lead Antimicrobial Pharmacist", ["Lead Antimicrobial Pharmacist"],
         d(2026, 1, 31), None, None, "G", "New action added December 2025. First ward rounds held January 2026.",
         "2026-01", None, "green"),
        (C6, G61, "6.1", "Send monthly named lists of non-compliant medical staff to Clinical Directors.\nTrack compliance at the Medical Workforce Group.",
         "Associate Medical Director (Education)", ["Associate Medical Director (Education)"],
         d(2025, 12, 31), d(2026, 3, 31), "R", "A", "Compliance 84% in January 2026 (up from 78%).",
         "2026-03", None, "amber"),
        (C6, G61, "6.2", "Include IPC training compliance in medical appraisal and job planning documentation",
         "Associate Medical Director (Education)", ["Associate Medical Director (Education)"],
         d(2026, 6, 30), None, None, None, "Not yet started \u2013 dependent on appraisal system upgrade (April 2026).",
         "2026-06", None, "unrated"),
        (C7, G71, "7.1", "Add an isolation flag and side-room status to the electronic bed board",
         "Head of Patient Flow / Chief Clinical Information Officer", ["Head of Patient Flow", "Chief Clinical Information Officer"],
         d(2026, 3, 31), None, "G", "G", "Build complete; user testing with site team in February 2026.",
         "2026-03", None, "green"),
        (C10, G101, "10.1", "Deliver a peer vaccinator programme with roving clinics covering night shifts and weekends",
         "Head of Occupational Health and Wellbeing", ["Head of Occupational Health and Wellbeing"],
         d(2026, 2, 28), None, "G", "A", "Uptake 41.6% at 26 January 2026. Final push campaign planned for February.",
         "2026-02", None, "amber"),
    ]
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: None}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "University Hospitals Plymouth NHS Trust"
    ws["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "Executive lead: Chief Nursing Officer (Director of Infection Prevention and Control)"
    ws["A5"] = ("Reporting route: Infection Prevention and Control Committee (monthly) \u2192 "
                "Quality Assurance Committee (bi-monthly)")
    ws["A7"] = "Document control"
    ws["A7"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.3", "14/10/2025", "Lead Nurse IPC", "Draft following BAF self-assessment"),
          ("1.0", "04/11/2025", "Deputy DIPC", "Approved at IPCC"),
          ("1.2", "03/02/2026", "Lead Nurse IPC", "February update for Quality Assurance Committee")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = ws.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    for col, w in zip("ABCD", (12, 14, 18, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    keyrows = [("B", "blue", "Complete \u2013 evidence of completion received by the IPC team"),
               ("G", "green", "On track to deliver by the target date"),
               ("A", "amber", "At risk \u2013 delivery by target date uncertain, or revised date agreed"),
               ("R", "red", "Off track \u2013 target date missed with no agreed revised date"),
               ("", None, "Not yet started")]
    for i, (t, col, desc) in enumerate(keyrows):
        rag_cell(key.cell(row=3 + i, column=1), col, t)
        key.cell(row=3 + i, column=2, value=desc)
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(FILL["navy"])
    ws["A2"] = "Position at 3 February 2026 \u2013 for Quality Assurance Committee"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Gap in assurance or control", "Action required", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Dec 2025)", "Current RAG (Feb 2026)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    cur_crit = None
    gap_start = {}
    actions = []
    for (crit, gap, ref, act, lead_t, lead_l, orig, rev, prev, cur, upd, end, end_text, status) in rows:
        if crit != cur_crit:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=crit)
            c.font = Font(bold=True)
            c.fill = fill(FILL["pale"])
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
            cur_crit = crit
            r += 1
        if gap in gap_start:
            s = gap_start[gap]
            ws.merge_cells(start_row=s, start_column=2, end_row=r, end_column=2)
        else:
            gap_start[gap] = r
            ws.cell(row=r, column=2, value=gap)
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=act)
        ws.cell(row=r, column=4, value=lead_t)
        c = ws.cell(row=r, column=5, value=orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c = ws.cell(row=r, column=6, value=rev)
        if rev is not None:
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9, value=upd)
        for j in range(1, 10):
            cc = ws.cell(row=r, column=j)
            cc.border = BOX
            if j not in (7, 8):
                cc.alignment = WRAP
        rag_cell(ws.cell(row=r, column=7), colour[prev], prev)
        rag_cell(ws.cell(row=r, column=8), colour[cur], cur)
        actions.append(dict(ref=ref, under=[crit, gap], action=act, lead=lead_l, end=end,
                            end_text=end_text, status=status))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    summ = [("Complete (B)", 2), ("On track (G)", 3), ("At risk (A)", 3), ("Off track (R)", 1),
            ("Not started", 1), ("Total actions", 10)]
    for i, (k, v) in enumerate(summ):
        ws.cell(row=r + 1 + i, column=2, value=k)
        ws.cell(row=r + 1 + i, column=3, value=v)
    r += len(summ) + 2
    ws.cell(row=r, column=1, value="Note: criteria 4, 5, 8 and 9 were assessed as fully assured \u2013 no gaps identified.")
    widths = [7, 34, 46, 26, 13, 13, 11, 11, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out(name))

    meta = dict(
        source=("Imitates an NHS acute trust's Infection Prevention and Control Board Assurance Framework "
                "(IPC BAF) gap-analysis action plan as taken to a trust's IPC Committee and Quality "
                "Assurance Committee (University Hospitals Plymouth NHS Trust, 2025/26; illustrative, no "
                "specific URL). Copies: cover sheet with document-control table, separate RAG key sheet, "
                "action sheet with merged criterion band rows (the ten Code of Practice criteria), gap cells "
                "merged down over their actions, original and revised target dates, previous and current "
                "RAG as letters on coloured fills, job titles as leads (two posts split by / or ;), a "
                "summary block of current RAG counts and a note line."),
        reads=("A three-sheet workbook; the plan is on 'Action Plan'. Ten actions sit under IPC BAF "
               "criterion bands and the gap in assurance each answers; the end is the revised date where "
               "one is given, and the status is the current (February) RAG letter, B meaning complete per "
               "the key. The cover, key sheet, summary counts and the note are not actions."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 2. University of Derby risk register (xlsx, refuse)
def build_derby():
    name = "zz-university-of-derby-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "University of Derby"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title + " \u2013 Audit and Risk Committee, 19 February 2026"
    ws["A2"].font = Font(bold=True, size=12)
    heads = ["Risk ref", "Risk description (cause \u2013 event \u2013 effect)", "Risk owner",
             "Inherent score (L x I)", "Key controls in place", "Residual score (L x I)", "Target score",
             "Further mitigating actions", "Action owner", "Due date", "Action status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    risks = [
        ("SR1", "Failure to meet home and international student recruitment targets, leading to a shortfall in tuition fee income and pressure on course viability.",
         "Pro Vice-Chancellor (Student Experience)", "4 x 5 = 20",
         "Recruitment dashboard reviewed weekly by Executive; agent performance management framework; clearing plan.",
         "4 x 4 = 16", "3 x 4 = 12",
         [("Diversify international recruitment with new agents in Nigeria, Nepal and Bangladesh", "Director of International", "March 2026", "On track"),
          ("Launch January-start cohorts for three postgraduate taught programmes", "Director of Marketing and Recruitment", "January 2026", "Complete")]),
        ("SR2", "Inability to deliver the 2025/26 budget and cash targets, leading to breach of bank covenants and loss of financial sustainability.",
         "Chief Financial Officer", "4 x 5 = 20",
         "Monthly management accounts to Executive and Finance Committee; cash flow forecasting; vacancy control panel.",
         "3 x 5 = 15", "2 x 5 = 10",
         [("Deliver \u00a38m savings through the Transformation Programme", "Chief Financial Officer", "July 2026", "At risk"),
          ("Review the capital programme and defer non-essential estates projects", "Director of Estates", "Febuary 2026", "On track")]),
        ("SR3", "Non-compliance with OfS conditions of registration (B3 student outcomes, E6 harassment and sexual misconduct), leading to regulatory intervention and reputational damage.",
         "University Secretary", "3 x 5 = 15",
         "Regulatory compliance register; B3 data monitoring through Academic Board; E6 policy approved by Board of Governors.",
         "2 x 5 = 10", "2 x 4 = 8",
         [("Publish the E6 single comprehensive source of information and launch mandatory student training", "University Secretary", "September 2025", "Complete"),
          ("Course-level continuation and completion deep-dives for programmes below B3 thresholds", "Pro Vice-Chancellor (Education)", "April 2026", "On track")]),
        ("SR4", "A major cyber incident disrupts teaching, research and business systems and results in a reportable data breach.",
         "Chief Information Officer", "4 x 5 = 20",
         "Multi-factor authentication; 24/7 managed security operations centre; immutable backups.",
         "3 x 4 = 12", "2 x 4 = 8",
         [("Complete Cyber Essentials Plus recertification", "Chief Information Officer", "May 2026", "On track")]),
    ]
    r = 5
    typo_row = None
    for (ref, desc, owner, inh, ctl, res, tgt, acts) in risks:
        start = r
        for (act, aown, due, st) in acts:
            ws.cell(row=r, column=8, value=act)
            ws.cell(row=r, column=9, value=aown)
            ws.cell(row=r, column=10, value=due)
            ws.cell(row=r, column=11, value=st)
            if due.startswith("Febuary"):
                typo_row = r
            r += 1
        end = r - 1
        for col, val in ((1, ref), (2, desc), (3, owner), (4, inh), (5, ctl), (6, res), (7, tgt)):
            ws.cell(row=start, column=col, value=val)
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        for rr in range(start, end + 1):
            for j in range(1, 12):
                c = ws.cell(row=rr, column=j)
                c.border = BOX
                c.alignment = WRAP
        for col, val in ((4, inh), (6, res), (7, tgt)):
            score = int(val.split("=")[1])
            colr = "red" if score >= 15 else ("amber" if score >= 8 else "green")
            ws.cell(row=start, column=col).fill = fill(FILL[colr])
    r += 1
    ws.cell(row=r, column=1, value="Scoring: likelihood (L) x impact (I), each 1\u20135. 15\u201325 red, 8\u201314 amber, 1\u20137 green.")
    widths = [8, 44, 24, 12, 40, 12, 10, 44, 26, 14, 12]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk profile \u2013 February 2026"
    hm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Risk", "Residual"), ("SR1", 16), ("SR2", 15), ("SR3", 10), ("SR4", 12)]):
        hm.cell(row=3 + i, column=1, value=k)
        hm.cell(row=3 + i, column=2, value=v)
    wb.save(out(name))
    assert typo_row == 8, typo_row

    meta = dict(
        source=("Imitates a university's strategic risk register as presented to its Audit and Risk "
                "Committee (University of Derby, 2025/26; illustrative, no specific URL). Copies: risk "
                "rows with description, owner, inherent/residual/target L x I scores on coloured fills "
                "and key controls, all merged down over the further mitigating actions beside them, "
                "action owner, due month in words and action status; a scoring note and a heat-map sheet."),
        reads=("Four strategic risks, each with one or two further mitigating actions, owners, due months "
               "and statuses. The due date of the capital-programme action under SR2 reads 'Febuary 2026' "
               "on sheet row 8 \u2013 a mistyped month that a careful reader would query before loading "
               "the register."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    )
    write_expected(name, meta, [])
    return name, 7


# ================================================================ 3. Regulator of Social Housing ARAC tracker (xlsx)
def build_rsh():
    name = "zz-regulator-of-social-housing-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Regulator of Social Housing \u2013 ARAC Internal Audit Recommendations Tracker"
    B1 = "Cyber Security and Resilience (GIAA, 2024/25) \u2013 Limited assurance"
    B2 = "Consumer Regulation \u2013 Inspection Quality Assurance (GIAA, 2024/25) \u2013 Moderate assurance"
    B3 = "Procure to Pay (GIAA, 2025/26) \u2013 Moderate assurance"
    B4 = "Risk Management (GIAA, 2025/26) \u2013 Substantial assurance"
    F1 = ("Privileged access accounts are not reviewed on a regular basis. Management should introduce a "
          "periodic review of privileged access rights.")
    F2 = ("The IT disaster recovery plan has not been tested since 2022. A full test should be completed "
          "and the plan updated.")
    F3 = ("Quality assurance of inspection grading decisions is not consistently documented. A documented "
          "QA step should be introduced.")
    F4 = ("Inspector resourcing does not reflect the four-year inspection cycle. A resourcing model "
          "should be developed.")
    F5 = ("Purchase orders are often raised after the invoice is received. The 'No PO, No Pay' policy "
          "should be enforced.")
    F6 = "Changes to supplier bank details are not independently verified."
    F7 = "Directorate risk registers do not reference the Board's risk appetite statements."
    d = dt.datetime
    # band, finding, ref, priority, action, owner_text, owner_list, orig, revised, times, colour, update, end, status
    rows = [
        (B1, F1, "CS.1", "High", "Introduce a quarterly review of privileged access accounts, signed off by the Chief Digital Officer",
         "Head of IT Operations", ["Head of IT Operations"], d(2025, 6, 30), d(2025, 9, 30), 1, "blue",
         "First quarterly review completed September 2025; second in December 2025. GIAA to verify.", "2025-09", "blue"),
        (B1, F2, "CS.2a", "High", "Complete a full failover test of the case management system",
         "Head of IT Operations", ["Head of IT Operations"], d(2025, 10, 31), d(2026, 3, 31), 2, "amber",
         "Test window moved to March 2026 to avoid the statistical data return period.", "2026-03", "amber"),
        (B1, F2, "CS.2b", "High", "Update the IT disaster recovery plan to reflect lessons from the failover test",
         "Chief Digital Officer / Head of Information Governance", ["Chief Digital Officer", "Head of Information Governance"],
         d(2025, 12, 31), d(2026, 4, 30), 1, "amber", "Dependent on CS.2a.", "2026-04", "amber"),
        (B2, F3, "CR.1", "Medium", "Introduce a recorded second-line QA check of every consumer inspection grading before moderation panel",
         "Director of Consumer Regulation", ["Director of Consumer Regulation"], d(2025, 9, 30), None, 0, "blue",
         "QA checklist in use since August 2025.", "2025-09", "blue"),
        (B2, F4, "CR.2", "Medium", "Develop an inspector resourcing model aligned to the four-year cycle and present it to the Executive Team",
         "Head of Inspection Operations", ["Head of Inspection Operations"], d(2025, 12, 31), None, 0, "red",
         "Draft model prepared; Executive Team discussion deferred twice.", "2025-12", "red"),
        (B3, F5, "PP.1", "Medium", "Enforce the 'No PO, No Pay' policy, write to suppliers and report retrospective POs monthly to the Executive Team",
         "Head of Finance", ["Head of Finance"], d(2026, 3, 31), None, 0, "green",
         "Supplier letters issued January 2026; first monthly report due February.", "2026-03", "green"),
        (B3, F6, "PP.2", "High", "Introduce call-back verification for all changes to supplier bank details, recorded on the supplier amendment form",
         "Financial Controller", ["Financial Controller"], d(2025, 12, 31), None, 0, "blue",
         "In place from November 2025.", "2025-12", "blue"),
        (B4, F7, "RM.1", "Low", "Add a risk appetite field to the directorate risk register template and reissue guidance",
         "Head of Risk and Assurance", ["Head of Risk and Assurance"], d(2026, 4, 30), None, 0, None,
         "Not yet due.", "2026-04", "unrated"),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Internal audit recommendations \u2013 summary at 31 January 2026"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Audit", "Opinion", "Actions", "Implemented", "Open", "Overdue"),
             ("Cyber Security and Resilience", "Limited", 3, 1, 2, 0),
             ("Consumer Regulation \u2013 Inspection QA", "Moderate", 2, 1, 1, 1),
             ("Procure to Pay", "Moderate", 2, 1, 1, 0),
             ("Risk Management", "Substantial", 1, 0, 1, 0),
             ("Total", "", 8, 3, 5, 1)]
    for i, rr in enumerate(srows):
        for j, v in enumerate(rr):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(srows) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 January 2026 \u2013 prepared by the Head of Risk and Assurance"
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for j, (col, txt) in enumerate([("blue", "Implemented"), ("green", "On track"),
                                    ("amber", "Revised date agreed"), ("red", "Overdue")]):
        rag_cell(ws.cell(row=3, column=2 + j), col, txt)
    heads = ["Ref", "Priority", "Finding and recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Times revised", "RAG", "Management update (January 2026)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00625A")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    cur_band = None
    f_start = {}
    actions = []
    for (band, finding, ref, pri, act, own_t, own_l, orig, rev, times, col, upd, end, status) in rows:
        if band != cur_band:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(row=r, column=1, value=band)
            c.font = Font(bold=True)
            c.fill = fill(FILL["grey"])
            cur_band = band
            r += 1
        if finding in f_start:
            ws.merge_cells(start_row=f_start[finding], start_column=3, end_row=r, end_column=3)
        else:
            f_start[finding] = r
            ws.cell(row=r, column=3, value=finding)
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=pri)
        ws.cell(row=r, column=4, value=act)
        ws.cell(row=r, column=5, value=own_t)
        ws.cell(row=r, column=6, value=orig).number_format = "dd/mm/yyyy"
        c = ws.cell(row=r, column=7, value=rev)
        if rev is not None:
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8, value=times)
        ws.cell(row=r, column=10, value=upd)
        for j in range(1, 11):
            cc = ws.cell(row=r, column=j)
            cc.border = BOX
            cc.alignment = WRAP
        rag_cell(ws.cell(row=r, column=9), col)  # colour only, no text
        actions.append(dict(ref=ref, under=[band, finding], action=act, lead=own_l, end=end,
                            end_text=None, status=status))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Recommendations shown are open, or were implemented since the last "
                                    "Committee meeting (November 2025)."))
    widths = [8, 9, 44, 46, 28, 12, 12, 8, 7, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    wb.save(out(name))

    meta = dict(
        source=("Imitates an arm's-length regulator's Audit and Risk Assurance Committee internal audit "
                "(GIAA) recommendations tracker (Regulator of Social Housing, January 2026; illustrative, "
                "no specific URL). Copies: a summary sheet of counts per audit, a tracker sheet with a "
                "title, a colour RAG key row, merged audit band rows carrying the assurance opinion, the "
                "finding/recommendation merged down over its management actions, priority, original and "
                "revised due dates, times revised, RAG shown by cell colour only, and a note line."),
        reads=("The plan is on the 'Tracker' sheet: eight agreed management actions grouped under four "
               "internal audits and the finding each responds to. The end is the revised due date where "
               "given, and the status is the fill colour of the RAG cell read by the key (blue implemented, "
               "green on track, amber revised date, red overdue); the last action has no colour and is not "
               "yet rated."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def vmerge_text(cell_top, cell_bottom, text):
    m = cell_top.merge(cell_bottom)
    set_cell(m, text)
    return m


# ================================================================ 4. Cornbrook Medical Practice (docx)
def build_cornbrook():
    name = "zz-cornbrook-medical-practice-cqc-inspection-action-plan.docx"
    title = "Cornbrook Medical Practice \u2013 CQC Inspection Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the CQC inspection on 14 and 15 May 2025 (report published 9 July 2025). "
                      "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement).")
    det = doc.add_table(rows=4, cols=2)
    det.style = "Table Grid"
    for i, (k, v) in enumerate([("Provider", "Cornbrook Medical Practice Partnership"),
                                ("Registered manager", "Dr S. Okafor"),
                                ("Plan owner", "Practice Manager (J. Whitworth)"),
                                ("Last updated", "8 October 2025 \u2013 reviewed at practice meeting")]):
        set_cell(det.cell(i, 0), k, bold=True)
        set_cell(det.cell(i, 1), v)
    doc.add_paragraph("")

    rag_fill = {"Complete": "5B9BD5", "On track": "92D050", "Green": "92D050", "Amber": "FFC000",
                "Not started": None}

    H1 = "Must do 1 \u2013 Regulation 12: Safe care and treatment"
    M1 = ("The provider must ensure care and treatment is provided in a safe way to patients, including the "
          "monitoring of patients prescribed high-risk medicines and the management of safety alerts.")
    H2 = "Must do 2 \u2013 Regulation 17: Good governance"
    M2 = ("The provider must establish effective systems and processes to ensure good governance, including "
          "oversight of staff training, recruitment checks and premises risk assessments.")
    # ref, action, lead_text, lead_list, date, rag, end, end_text, status
    must = [
        (H1, M1, [
            ("M1.1", "Search for all patients prescribed methotrexate, lithium, azathioprine and DOACs and recall any overdue for monitoring bloods",
             "Dr S. Okafor / Clinical Pharmacist", ["Dr S. Okafor", "Clinical Pharmacist"], "30 June 2025", "Complete", "2025-06", None, "blue"),
            ("M1.2", "Introduce a monthly high-risk drug monitoring search run by the clinical pharmacist, with results reviewed at the clinical meeting",
             "Clinical Pharmacist", ["Clinical Pharmacist"], "July 2025", "Complete", "2025-07", None, "blue"),
            ("M1.3", "Create a safety alerts log recording the action taken for each MHRA alert.\nRetrospective review of all alerts issued since January 2024.",
             "Practice Manager and Dr R. Mehta", ["Practice Manager", "Dr R. Mehta"], "31/10/2025", "On track", "2025-10", None, "green"),
        ]),
        (H2, M2, [
            ("M2.1", "Implement a training matrix for all staff groups, with safeguarding, infection control and basic life support tracked monthly",
             "Practice Manager", ["Practice Manager"], "September 2025", "Complete", "2025-09", None, "blue"),
            ("M2.2", "Audit all staff files for DBS checks, immunisation status and references, and obtain any missing documents",
             "Assistant Practice Manager", ["Assistant Practice Manager"], "30/09/2025", "Amber", "2025-09", None, "amber"),
            ("M2.3", "Complete fire, legionella and premises risk assessments and add review dates to the governance calendar",
             "Practice Manager", ["Practice Manager"], "Dec 2025", "Not started", "2025-12", None, "unrated"),
        ]),
    ]
    actions = []
    heads = ["Ref", "Action to be taken", "Responsible person", "Completion date", "Status"]
    for (h, m, acts) in must:
        doc.add_heading(h, level=2)
        doc.add_paragraph(m)
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for j, hh in enumerate(heads):
            set_cell(t.cell(0, j), hh, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, (ref, act, lt, ll, date, rag, end, et, status) in enumerate(acts, start=1):
            set_cell(t.cell(i, 0), ref)
            set_cell(t.cell(i, 1), act)
            set_cell(t.cell(i, 2), lt)
            set_cell(t.cell(i, 3), date)
            set_cell(t.cell(i, 4), rag)
            if rag_fill.get(rag):
                shade(t.cell(i, 4), rag_fill[rag])
            actions.append(dict(ref=ref, under=[h, m], action=act, lead=ll, end=end, end_text=et, status=status))
        doc.add_paragraph("")

    HS = "Should do \u2013 areas for improvement"
    S1 = "Continue to improve the uptake of cervical screening and childhood immunisations."
    S2 = "Take action to improve patient satisfaction with telephone access."
    S3 = "Ensure all clinical staff complete the Oliver McGowan training on learning disability and autism."
    should = [
        (S1, "S1", "Offer extended-hours cervical screening clinics on Tuesday evenings and Saturday mornings",
         "Nurse Manager", ["Nurse Manager"], "Ongoing", "Green", None, "Ongoing", "green"),
        (S1, "S2", "Send recall letters and text reminders for children who have missed immunisations at 12 months and 5 years",
         "Practice Nurse & Reception Team Leader", ["Practice Nurse", "Reception Team Leader"], "March 2026", "Green", "2026-03", None, "green"),
        (S2, "S3", "Move to a cloud-based telephony system with call-back and queue position messages",
         "Practice Manager", ["Practice Manager"], "November 2025", "Complete", "2025-11", None, "blue"),
        (S3, "S4", "Book all clinicians on Tier 1 e-learning and the Tier 2 face-to-face session through the training hub",
         "Assistant Practice Manager", ["Assistant Practice Manager"], "31 January 2026", "Amber", "2026-01", None, "amber"),
    ]
    doc.add_heading(HS, level=2)
    t = doc.add_table(rows=1 + len(should), cols=6)
    t.style = "Table Grid"
    for j, hh in enumerate(["Should do (CQC report)", "Ref", "Action", "Lead", "Target date", "Status"]):
        set_cell(t.cell(0, j), hh, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    first_row = {}
    for i, (sd, ref, act, lt, ll, date, rag, end, et, status) in enumerate(should, start=1):
        if sd in first_row:
            vmerge_text(t.cell(first_row[sd], 0), t.cell(i, 0), sd)
        else:
            first_row[sd] = i
            set_cell(t.cell(i, 0), sd)
        set_cell(t.cell(i, 1), ref)
        set_cell(t.cell(i, 2), act)
        set_cell(t.cell(i, 3), lt)
        set_cell(t.cell(i, 4), date)
        set_cell(t.cell(i, 5), rag)
        if rag_fill.get(rag):
            shade(t.cell(i, 5), rag_fill[rag])
        actions.append(dict(ref=ref, under=[HS, sd], action=act, lead=ll, end=end, end_text=et, status=status))

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        set_cell(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["Dr S. Okafor", "Registered Manager / Senior Partner", "8 October 2025"]):
        set_cell(so.cell(1, j), v)
    doc.add_paragraph("Next review: January 2026 practice meeting. Progress shared with NHS Greater Manchester ICB primary care team.")
    doc.save(out(name))

    meta = dict(
        source=("Imitates a GP practice's action plan after a CQC inspection rated it Requires improvement, "
                "as sent to CQC and the ICB primary care team (Cornbrook Medical Practice, Manchester, "
                "2025; illustrative, no specific URL). Copies: title, practice details table, one heading "
                "per breached regulation ('Must do') with the CQC requirement quoted beneath and an action "
                "table under it, a 'Should do' table whose should-do text is merged down over its actions, "
                "status words on shaded cells, names and job titles as leads, a sign-off table and a "
                "closing note."),
        reads=("Ten actions: six answering two must-do requirements (Regulations 12 and 17), each under its "
               "regulation heading and the requirement text, and four answering three should-dos. Dates are "
               "months or day-first dates, one 'Ongoing'; Complete is read as blue and On track as green. "
               "The details, sign-off table and notes are not actions."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 5. West Herts College FE Commissioner (docx)
def build_westherts():
    name = "zz-west-herts-college-fe-commissioner-diagnostic-assessment-action-plan.docx"
    title = "West Herts College Group \u2013 FE Commissioner Diagnostic Assessment Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    doc.add_paragraph("Progress report to the Corporation \u2013 January 2026")

    doc.add_paragraph("Version control").runs[0].bold = True
    vc = doc.add_table(rows=4, cols=3)
    vc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Approved by"),
                             ("1.0", "15 July 2025", "Corporation"),
                             ("1.2", "18 November 2025", "Finance and Resources Committee"),
                             ("1.3", "20 January 2026", "Corporation (progress update)")]):
        for j, v in enumerate(row):
            set_cell(vc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "The FE Commissioner's diagnostic assessment (June 2025) made four recommendations. This plan sets "
        "out the college's actions against each, with progress reported to every meeting of the Corporation "
        "and monthly to the FE Commissioner's team.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    fills = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidenced"),
                                ("Green", "On track"),
                                ("Amber", "Some slippage \u2013 recoverable"),
                                ("Red", "Off track \u2013 escalation needed")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), fills[k])
        set_cell(key.cell(i, 1), v)

    T1 = "Theme 1: Governance and leadership"
    T2 = "Theme 2: Financial sustainability"
    T3 = "Theme 3: Quality of education"
    R1 = ("Recommendation 1: The corporation should commission an external governance review and act on its "
          "findings to strengthen the challenge of financial and quality performance.")
    R2 = ("Recommendation 2: The corporation should make sure it receives timely, accurate and concise "
          "reports on learner outcomes and financial performance.")
    R3 = ("Recommendation 3: The college should prepare a credible financial recovery plan that returns it "
          "to 'good' financial health by 2026/27.")
    R4 = ("Recommendation 4: Leaders should raise achievement rates for adult learners and apprentices, "
          "which are below national rates.")
    # theme, rec, [ (no, action, lead_text, lead_list, date, progress, rag, end, end_text, status) ]
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Appoint an external reviewer and agree the scope of the governance review with the FE Commissioner's team",
                 "Chair of the Corporation; Director of Governance", ["Chair of the Corporation", "Director of Governance"],
                 "September 2025", "Review completed October 2025; report received by the Corporation on 27 November 2025.",
                 "Complete", "2025-09", None, "blue"),
                ("1.2", "Recruit two independent governors with finance and curriculum expertise",
                 "Chair of Search and Governance Committee", ["Chair of Search and Governance Committee"],
                 "By 31 December 2025", "One governor appointed (finance). Interview for second appointment set for February 2026.",
                 "Amber", "2025-12", None, "amber"),
            ]),
            (R2, [
                ("2.1", "Redesign the board KPI dashboard to include cash, EBITDA, attendance, retention and in-year achievement",
                 "Vice Principal Finance and Resources / Vice Principal Quality and Curriculum",
                 ["Vice Principal Finance and Resources", "Vice Principal Quality and Curriculum"],
                 "Autumn term 2025", "Dashboard presented to the Corporation in December 2025.",
                 "Complete", "2025-12", "Autumn term 2025", "blue"),
            ]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Complete a curriculum-led review of class sizes, contact hours and staff utilisation",
                 "Vice Principal Finance and Resources", ["Vice Principal Finance and Resources"],
                 "31/01/2026", "Review presented to the senior leadership team on 19 January 2026.",
                 "Green", "2026-01", None, "green"),
                ("3.2", "Restructure support functions to deliver recurrent savings of \u00a3650k",
                 "Principal and Chief Executive", ["Principal and Chief Executive"],
                 "March 2026", "Staff consultation closes 6 February 2026.",
                 "Amber", "2026-03", None, "amber"),
                ("3.3", "Submit an updated 12-month cash flow forecast to the FE Commissioner's team",
                 "Director of Finance", ["Director of Finance"],
                 "Monthly", "Submitted every month since August 2025.",
                 "Green", None, "Monthly", "green"),
            ]),
        ]),
        (T3, [
            (R4, [
                ("4.1", "Hold fortnightly progress reviews with employers for apprentices past their planned end date",
                 "Head of Apprenticeships", ["Head of Apprenticeships"],
                 "Summer term 2026", "Reviews in place for 84 of 112 learners.",
                 "Green", "2026-07", "Summer term 2026", "green"),
                ("4.2", "Curriculum managers to run monthly retention reviews for adult learning programmes.\nEarly-warning referrals to learner support for learners with attendance below 85%.",
                 "Head of Adult and Community Learning", ["Head of Adult and Community Learning"],
                 "Ongoing", "Retention reviews started November 2025; referral process not yet consistent across sites.",
                 "Amber", None, "Ongoing", "amber"),
            ]),
        ]),
    ]
    actions = []
    heads = ["No.", "Action", "Accountable", "Milestone / completion date", "Progress (January 2026)", "RAG"]
    for (theme, recs) in plan:
        doc.add_heading(theme, level=1)
        for (rec, acts) in recs:
            t = doc.add_table(rows=2 + len(acts), cols=6)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(top, rec, bold=True)
            shade(top, "DEEAF6")
            for j, hh in enumerate(heads):
                set_cell(t.cell(1, j), hh, bold=True)
            for i, (no, act, lt, ll, date, prog, rag, end, et, status) in enumerate(acts, start=2):
                set_cell(t.cell(i, 0), no)
                set_cell(t.cell(i, 1), act)
                set_cell(t.cell(i, 2), lt)
                set_cell(t.cell(i, 3), date)
                set_cell(t.cell(i, 4), prog)
                set_cell(t.cell(i, 5), rag)
                shade(t.cell(i, 5), fills[rag])
                actions.append(dict(ref=no, under=[theme, rec], action=act, lead=ll, end=end,
                                    end_text=et, status=status))
            doc.add_paragraph("")
    doc.add_paragraph("Next update: Corporation meeting, 24 March 2026.")
    doc.save(out(name))

    meta = dict(
        source=("Imitates a general FE college's action plan responding to an FE Commissioner diagnostic "
                "assessment, reported to the Corporation (West Herts College Group, 2025/26; illustrative, "
                "no specific URL). Copies: title and subtitle, version-control table, introduction, RAG key "
                "table with shaded cells, Heading 1 per theme, one table per recommendation with the "
                "recommendation in a merged top row, numbered actions, several accountable post-holders in "
                "one cell, milestone dates as months, a day-first date, 'By ...', school terms, 'Monthly' and "
                "'Ongoing', progress comments and shaded RAG words."),
        reads=("Eight numbered actions under three themes and four FE Commissioner recommendations. Terms are "
               "read as periods ending in their last month (Autumn term 2025 = 2025-12, Summer term 2026 = "
               "2026-07); Monthly and Ongoing have no end month. The version control and RAG key tables are "
               "not part of the plan."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 6. City of London Police HMICFRS tracker (csv)
def build_colp():
    name = "zz-city-of-london-police-hmicfrs-economic-crime-recommendations-tracker.csv"
    title = ("City of London Police \u2013 HMICFRS Recommendations and Areas for Improvement Tracker "
             "(Economic and Cyber Crime)")
    RP1 = "Fraud: Time to choose \u2013 revisit (August 2021)"
    RP2 = "PEEL 2023\u201325 (published May 2024)"
    RP3 = "Digital forensics inspection (December 2022)"
    RC1 = ("Recommendation 3: The City of London Police, as national lead force, should evaluate the "
           "effectiveness of fraud protect advice given to the public by forces.")
    RC2 = ("Recommendation 6: Forces should make sure that vulnerable victims of fraud are identified and "
           "referred to support services without delay.")
    RC3 = ("AFI 2: The force should improve its supervision of investigations so that they are effective "
           "and victims are kept updated.")
    RC4 = ("AFI 5: The force should make sure it understands the wellbeing needs of its workforce and acts "
           "on them.")
    RC5 = ("Recommendation 4: Forces should make sure their digital forensic units achieve and keep the "
           "accreditation required by the Forensic Science Regulator.")
    # report, rec, ref, action, owner_text, owner_list, due, revised, status, update, end, end_text, st
    rows = [
        (RP1, RC1, "FTC-3.1", "Commission an independent evaluation of national Protect messaging and force-level Protect advice",
         "National Coordinator for Economic Crime", ["National Coordinator for Economic Crime"], "31/03/2025", "30/09/2025", "Complete",
         "Evaluation by the Police Foundation reported in September 2025.", "2025-09", None, "blue"),
        (RP1, RC1, "FTC-3.2", "Publish the evaluation findings and a revised Protect toolkit for all forces on the Knowledge Hub",
         "NLF Protect Coordinator", ["NLF Protect Coordinator"], "31/12/2025", "28/02/2026", "Green",
         "Toolkit drafted; NPCC Economic Crime portfolio sign-off due February 2026.", "2026-02", None, "green"),
        (RP1, RC2, "FTC-6.1", "Extend the National Economic Crime Victim Care Unit (NECVCU) service to all forces in England and Wales",
         "NECVCU Manager", ["NECVCU Manager"], "Mar-26", "", "Amber",
         "38 of 43 forces live; the remaining five depend on a Home Office funding decision.", "2026-03", None, "amber"),
        (RP2, RC3, "PEEL-2.1", "Introduce an investigation supervision checklist on Niche for all crime types",
         "Head of Crime Standards", ["Head of Crime Standards"], "30/06/2025", "", "Complete",
         "Live from June 2025; compliance reported monthly.", "2025-06", None, "blue"),
        (RP2, RC3, "PEEL-2.2", "Quarterly dip-sample of 50 investigations by the Crime Standards team, reported to Force Performance Board",
         "Force Crime Registrar", ["Force Crime Registrar"], "Quarterly", "", "Green",
         "Q3 sample: 82% met the supervision standard (Q2: 74%).", None, "Quarterly", "green"),
        (RP2, RC4, "PEEL-5.1", "Run a force-wide wellbeing survey and publish a wellbeing action plan",
         "Head of HR / Force Wellbeing Lead", ["Head of HR", "Force Wellbeing Lead"], "31/10/2025", "31/01/2026", "Amber",
         "Survey closed with 61% response; action plan at Chief Officer Group in February.", "2026-01", None, "amber"),
        (RP3, RC5, "DF-4.1", "Achieve UKAS accreditation to ISO/IEC 17025 for mobile phone extraction kiosks",
         "Digital Forensics Unit Manager", ["Digital Forensics Unit Manager"], "Sept 2025", "March 2026", "Red",
         "UKAS assessment visit rescheduled; two findings outstanding.", "2026-03", None, "red"),
        (RP3, RC5, "DF-4.2", "Train and competency-test all kiosk operators against the Forensic Science Regulator's Code of Practice",
         "Digital Forensics Unit Manager", ["Digital Forensics Unit Manager"], "31/03/2026", "", "Not started",
         "Awaiting DF-4.1.", "2026-03", None, "unrated"),
    ]
    lines = []
    lines.append([title])
    lines.append(["Strategic Planning and Performance (Police) Committee \u2013 22 January 2026"])
    lines.append([])
    lines.append(["Report", "Recommendation / AFI", "Ref", "Action", "Action owner", "Due date",
                  "Revised date", "Status", "Latest update"])
    actions = []
    prev_rp = prev_rc = None
    for (rp, rc, ref, act, ot, ol, due, rev, status_t, upd, end, et, st) in rows:
        lines.append([rp if rp != prev_rp else "", rc if rc != prev_rc else "", ref, act, ot, due, rev,
                      status_t, upd])
        prev_rp, prev_rc = rp, rc
        actions.append(dict(ref=ref, under=[rp, rc], action=act, lead=ol, end=end, end_text=et, status=st))
    lines.append([])
    lines.append(["Status key: Complete = closed with evidence; Green = on track; Amber = at risk; Red = off track; Not started"])
    lines.append(["Totals: 8 actions \u2013 Complete 2, Green 2, Amber 2, Red 1, Not started 1"])
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    meta = dict(
        source=("Imitates a police force's HMICFRS recommendations and AFI tracker exported to CSV for its "
                "police authority's performance committee (City of London Police as national lead force for "
                "fraud, January 2026; illustrative, no specific URL; cf. the City of London Police "
                "Authority's published HMICFRS quarterly updates). Copies: two title lines, a header row, "
                "report and recommendation columns filled only on the first row of each group "
                "(continuation rows left blank), prefixed action refs, due and revised dates in mixed "
                "formats, status words, a status key line and a totals line."),
        reads=("Eight actions answering five HMICFRS recommendations/AFIs from three reports; blank report and "
               "recommendation cells carry down from the row above. The end is the revised date where there "
               "is one; 'Quarterly' has no end month; Complete is blue and Not started unrated. The key and "
               "totals lines are not actions."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ================================================================ 7. Southern Housing consumer standards (txt)
def build_southern():
    name = "zz-southern-housing-rsh-consumer-standards-improvement-plan.txt"
    title = "Southern Housing \u2013 Consumer Standards Improvement Plan 2025/26"
    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Neighbourhood and Community Standard"
    O11 = "Stock quality \u2013 accurate, up-to-date data on the condition of homes"
    O12 = "Health and safety \u2013 compliance with the big six safety areas"
    O21 = "Complaints \u2013 addressed fairly, effectively and promptly"
    O22 = "Diverse needs \u2013 using data to understand residents' needs"
    O31 = "Anti-social behaviour and hate incidents"
    # section, outcome, ref, action, lead_t, lead_l, target, status, comment, end, end_text, st
    rows = [
        (S1, O11, "1.1", "Complete stock condition surveys so that 100% of homes have a survey less than five years old",
         "Director of Asset Management", ["Director of Asset Management"], "Mar-26", "G", "91% coverage at end of December.", "2026-03", None, "green"),
        (S1, O11, "1.2", "Load survey data into the asset management system and reconcile component lifecycle data",
         "Head of Asset Data", ["Head of Asset Data"], "Dec-25", "C", "Reconciliation signed off 12 December.", "2025-12", None, "blue"),
        (S1, O12, "1.3", "Clear overdue high and medium priority fire risk assessment actions",
         "Head of Building Safety", ["Head of Building Safety"], "Sep-25 (revised Jan-26)", "A", "212 actions remain, all medium priority.", "2026-01", None, "amber"),
        (S1, O12, "1.4", "Introduce damp and mould triage within 24 hours of a report, in line with Awaab's Law",
         "Director of Repairs / Head of Customer Contact", ["Director of Repairs", "Head of Customer Contact"], "Oct-25", "C", "Live from 27 October 2025.", "2025-10", None, "blue"),
        (S2, O21, "2.1", "Recruit six additional complaints resolution officers to clear the stage 1 backlog",
         "Head of Complaints", ["Head of Complaints"], "Nov-25", "C", "Backlog cleared; stage 1 responses within 10 working days: 93%.", "2025-11", None, "blue"),
        (S2, O21, "2.2", "Report learning from complaints quarterly to the Resident Voice Panel",
         "Head of Complaints", ["Head of Complaints"], "Quarterly", "G", "Q3 report presented 21 January.", None, "Quarterly", "green"),
        (S2, O22, "2.3", "Raise completeness of tenant profile data (vulnerability and protected characteristics) from 58% to 85%",
         "Head of Customer Insight", ["Head of Customer Insight"], "Jun-26", "A", "Currently 66%.", "2026-06", None, "amber"),
        (S3, O31, "3.1", "Review the ASB policy with residents and publish a revised ASB service offer",
         "Head of Neighbourhoods", ["Head of Neighbourhoods"], "Jan-26", "R", "Delayed pending resident consultation feedback.", "2026-01", None, "red"),
        (S3, O31, "3.2", "Train all neighbourhood officers in the ASB Case Review (Community Trigger) process",
         "Head of Neighbourhoods", ["Head of Neighbourhoods"], "Mar-26", "", "Not started.", "2026-03", None, "unrated"),
    ]
    ncol = 7
    lines = [title,
             "Progress report to the Customer Services Committee \u2013 4 February 2026",
             "",
             "Status key: C = Complete, G = On track, A = Some slippage, R = Off track, blank = Not started",
             "",
             "\t".join(["Ref", "Required outcome", "Action", "Lead", "Target", "Status", "Comment"])]
    actions = []
    cur_s = cur_o = None
    for (s, o, ref, act, lt, ll, tgt, stt, com, end, et, st) in rows:
        if s != cur_s:
            lines.append(s + "\t" * (ncol - 1))
            cur_s = s
        lines.append("\t".join([ref, o if o != cur_o else "", act, lt, tgt, stt, com]))
        cur_o = o
        actions.append(dict(ref=ref, under=[s, o], action=act, lead=ll, end=end, end_text=et, status=st))
    lines += ["",
              "Summary: 3 complete, 2 on track, 2 some slippage, 1 off track, 1 not started (9 actions).",
              "Source: Regulatory Compliance team, exported from the action tracker 30/01/2026."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    meta = dict(
        source=("Imitates a large housing association's consumer standards improvement plan after the April "
                "2024 Regulator of Social Housing standards, reported to a board committee (Southern Housing, "
                "2025/26; illustrative, no specific URL). Copies: title and report lines, a status key line, "
                "a tab-separated table exported from an action tracker, numbered standard section lines "
                "(Safety and Quality; Transparency, Influence and Accountability; Neighbourhood and "
                "Community), the required outcome given only on the first row of its group, month-year "
                "targets with one 'revised' target, letter statuses, a summary line and a source line."),
        reads=("Nine numbered actions under three consumer standards and five required outcomes (a blank "
               "outcome cell carries down). Targets are Mmm-YY months; 'Sep-25 (revised Jan-26)' ends in "
               "January 2026 and 'Quarterly' has none. Status letters follow the key: C complete (blue), G, "
               "A, R, blank not started."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    built = [build_plymouth(), build_derby(), build_rsh(), build_cornbrook(), build_westherts(),
             build_colp(), build_southern()]
    for n, k in built:
        print(f"{n}: {k} actions")
