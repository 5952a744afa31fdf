#!/usr/bin/env python3
"""Build the seven zuf- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zuf_make.py from any directory; files are
written beside this script.  Only files whose names start with zuf- are written.
"""
import csv
import datetime as dt
import os
import re

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zuf-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    # quote month-like values, refs and multi-line text so they read back unchanged
    if "\n" in data or re.fullmatch(r"\d{4}-\d{2}|[0-9.]+", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGFILL = {
    "B": "0070C0", "Blue": "0070C0", "Complete": "0070C0",
    "G": "00B050", "Green": "00B050",
    "A": "FFC000", "Amber": "FFC000",
    "R": "FF0000", "Red": "FF0000",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, fill_hex=None, border=True, fmt=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if fill_hex:
        c.fill = fill(fill_hex)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# =========================================================== 1. EMAS CQC (xlsx)
def emas():
    name = "zuf-east-midlands-ambulance-service-nhs-trust-cqc-must-should-do-action-plan.xlsx"
    title = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    EOC = "Emergency Operations Centre (EOC)"
    EUC = "Emergency and Urgent Care (EUC)"
    # requirement groups: (req ref, type, regulation, requirement, [actions])
    # action: (ref, text, lead cell, original, revised, prev, cur, update, exp_lead, exp_end, exp_status, end_text)
    plan = [
        (EOC, [
            ("MD1", "Must do", "Reg 12 Safe care and treatment",
             "The trust must ensure that patients waiting for an ambulance response are clinically re-assessed within the timescales set out in its call-back policy.",
             [("MD1.1",
               "Introduce a dedicated clinical validation desk in each EOC, staffed by a senior clinician on every shift, to complete welfare call-backs for Category 2 and 3 calls.",
               "Director of Operations / Head of Clinical Assessment", dt.datetime(2024, 6, 30), dt.datetime(2024, 9, 30),
               "A", "B",
               "Validation desks live at Nottingham and Lincoln EOCs from 02/09/2024. Evidence submitted to QGC November 2024.",
               ["Director of Operations", "Head of Clinical Assessment"], "2024-09", "blue", None),
              ("MD1.2",
               "Audit compliance with welfare call-back timescales every month and report the results to the Quality and Governance Committee.",
               "Deputy Director of Quality", dt.datetime(2024, 7, 31), None, "G", "B",
               "Monthly audit embedded; first report received by QGC August 2024. December compliance 93% against 95% target.",
               ["Deputy Director of Quality"], "2024-07", "blue", None)]),
            ("MD2", "Must do", "Reg 18 Staffing",
             "The trust must ensure that all EOC staff complete safeguarding training at the level required for their role.",
             [("MD2.1",
               "Provide protected rota time for call handlers and dispatchers to complete Level 2 safeguarding training, with completion tracked weekly by the EOC management team.",
               "Head of EOC", dt.datetime(2024, 9, 30), dt.datetime(2024, 12, 31), "R", "A",
               "Compliance 84% at 31/12/2024. Remaining staff booked onto January sessions.",
               ["Head of EOC"], "2024-12", "amber", None)]),
            ("SD1", "Should do", "Reg 17 Good governance",
             "The trust should continue to improve call answer times for 999 calls.",
             [("SD1.1",
               "Complete recruitment of an additional 40 WTE emergency medical dispatchers and embed the in-house training academy.",
               "Head of EOC; Workforce Business Partner (Operations)", "Q4 2024/25", None, "G", "G",
               "32 WTE in post; final cohort starts February 2025.",
               ["Head of EOC", "Workforce Business Partner (Operations)"], "2025-03", "green", None)]),
        ]),
        (EUC, [
            ("MD3", "Must do", "Reg 12 Safe care and treatment",
             "The trust must ensure that medicines, including controlled drugs, are stored securely and that records are accurate at every ambulance station.",
             [("MD3.1",
               "Install electronic drug safes with a full audit trail at the 14 stations that still use key-operated cabinets.",
               "Chief Pharmacist", dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30), "G", "A",
               "Supplier lead times extended; 6 of 14 installed. Revised date approved at QGC 09/01/2025.",
               ["Chief Pharmacist"], "2025-06", "amber", None),
              ("MD3.2",
               "Carry out unannounced controlled drug audits at every station each quarter, led by the Medicines Management team.",
               "Chief Pharmacist", "Quarterly", None, "G", "G",
               "Q3 audits complete at 62 of 64 stations; two stations rescheduled to January.",
               ["Chief Pharmacist"], None, "green", "Quarterly")]),
            ("MD4", "Must do", "Reg 15 Premises and equipment",
             "The trust must ensure that vehicles and equipment are cleaned and maintained in line with its infection prevention and control policy.",
             [("MD4.1",
               "Extend the make-ready service to Lincoln, Boston and Grantham stations so that every frontline vehicle receives a deep clean at least every 28 days.",
               "Head of Fleet and Estates", "Nov-24", None, "A", "B",
               "Make ready operational at all three stations from 18/11/2024.",
               ["Head of Fleet and Estates"], "2024-11", "blue", None)]),
            ("SD2", "Should do", "Reg 18 Staffing",
             "The trust should ensure that frontline staff receive an annual appraisal.",
             [("SD2.1",
               "Launch a revised appraisal window for frontline staff and report compliance by division to the People Committee.",
               "Divisional Directors", "Sept 2024 – March 2025", None, "A", "R",
               "Compliance 68% against 85% target; recovery trajectory requested by People Committee.",
               ["Divisional Directors"], "2025-03", "red", None)]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Midlands Ambulance Service NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "CQC inspection of Emergency Operations Centre and Emergency and Urgent Care core services, 23–25 January 2024 (report published 10 April 2024)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.3", dt.datetime(2024, 5, 2), "Quality Compliance Manager", "Draft for Executive Leadership Team"),
          ("1.0", dt.datetime(2024, 5, 21), "Quality Compliance Manager", "Approved by Quality and Governance Committee (QGC)"),
          ("1.4", dt.datetime(2025, 1, 14), "Quality Compliance Manager", "Q3 update – revised dates agreed at QGC 09/01/2025")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            put(cov, 6 + i, 1 + j, v, bold=(i == 0), fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    cov["A12"] = "Summary of current RAG position"
    cov["A12"].font = Font(bold=True)
    summary = [("Current RAG", "Number of actions"), ("B – Complete", 3), ("G – On track", 2),
               ("A – At risk", 2), ("R – Off track", 1), ("Total actions", 8)]
    for i, r in enumerate(summary):
        put(cov, 13 + i, 1, r[0], bold=(i in (0, 5)))
        put(cov, 13 + i, 2, r[1], bold=(i in (0, 5)))
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do / Should Do Action Plan – position at 14 January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Req Ref", "Must / Should", "Regulation", "CQC Requirement", "Action Ref", "Action",
             "Lead", "Original Date", "Revised Date", "Previous RAG", "Current RAG", "Progress Update"]
    for j, h in enumerate(heads):
        put(ws, 3, 1 + j, h, bold=True, fill_hex="1F3864", color="FFFFFF")
    widths = [8, 10, 16, 40, 9, 50, 26, 12, 12, 9, 9, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A4"
    row = 4
    actions = []
    for section, reqs in plan:
        put(ws, row, 1, section, bold=True, fill_hex="D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
        row += 1
        for rref, typ, reg, req, acts in reqs:
            first = row
            put(ws, row, 1, rref, bold=True)
            put(ws, row, 2, typ)
            put(ws, row, 3, reg)
            put(ws, row, 4, req)
            for (aref, text, lead, orig, rev, prev, cur, upd, elead, eend, estat, etext) in acts:
                put(ws, row, 5, aref)
                put(ws, row, 6, text)
                put(ws, row, 7, lead)
                put(ws, row, 8, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(ws, row, 9, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, row, 10, prev, fill_hex=RAGFILL[prev])
                put(ws, row, 11, cur, fill_hex=RAGFILL[cur], bold=True)
                put(ws, row, 12, upd)
                actions.append(act(aref, [section, req], text, elead, eend, estat, etext))
                row += 1
            if row - first > 1:
                for col in (1, 2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="Notes: Revised dates are shown only where a change has been approved by the Quality and Governance Committee. See the RAG Key sheet for definitions.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)

    key = wb.create_sheet("RAG Key")
    put(key, 1, 1, "RAG", bold=True)
    put(key, 1, 2, "Definition", bold=True)
    for i, (k, d) in enumerate([("B", "Complete – evidence of completion provided to QGC"),
                                ("G", "On track to deliver by the agreed date"),
                                ("A", "Some risk to delivery; mitigations in place"),
                                ("R", "Off track or agreed date missed")]):
        put(key, 2 + i, 1, k, fill_hex=RAGFILL[k], bold=True)
        put(key, 2 + i, 2, d)
    key.column_dimensions["B"].width = 55
    wb.save(out(name))

    assert len(actions) == 8
    exp = {
        "source": "Imitates an NHS ambulance trust's post-inspection CQC action plan of the kind EMAS and other ambulance trusts take to their Quality and Governance Committee and public board (CQC EOC and EUC core service inspection, 2024). Copied features: cover sheet with title block, document-control table and a summary of the current RAG position; separate RAG Key sheet; action plan sheet with core-service section rows merged across the table, Must do / Should do requirement refs (MD1, SD1) with the regulation and requirement text merged down over their actions, numbered actions, original and revised completion dates, previous and current RAG as letters on fill colour, progress update, notes line.",
        "reads": "A CQC must-do / should-do action plan for two core services (EOC, EUC). Each requirement's text is merged down over one or two numbered actions; each action has a lead (sometimes two posts), an original date and, where approved, a revised date, and previous and current RAG letters. Eight actions; the current RAG and the revised date are the ones that count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ============================================ 2. Sussex Partnership QA (xlsx)
def spft():
    name = "zuf-sussex-partnership-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    title = "Quality Account 2025/26 – Quality Priorities Delivery Tracker"
    PS, CE, PE = "Patient Safety", "Clinical Effectiveness", "Patient Experience"
    P1 = "Priority 1: Reduce the use of restrictive practice on our adult acute inpatient wards"
    P2 = "Priority 2: Improve the physical health of people with severe mental illness"
    P3 = "Priority 3: Follow up people within 72 hours of discharge from inpatient care"
    P4 = "Priority 4: Involve carers as partners in care planning"
    # (domain, priority, [(ref, text, lead, due, q1, q2, update, exp_lead, end, status, end_text)])
    plan = [
        (PS, P1, [
            ("1.1", "Roll out the Safewards model to the remaining six adult acute wards, with a trained Safewards champion on each ward.",
             "Head of Nursing (Acute Care)", dt.datetime(2025, 12, 31), "Green", "Green",
             "Four of six wards live; the last two wards go live in November.",
             ["Head of Nursing (Acute Care)"], "2025-12", "green", None),
            ("1.2", "Publish a monthly restrictive practice dashboard for each ward, showing restraint, seclusion and rapid tranquillisation by ward and by protected characteristic.",
             "Dr Helen Marsh and Kwame Asante", dt.datetime(2025, 9, 30), "Amber", "Complete",
             "Dashboard live on the Trust's Power BI platform from 1 September 2025.",
             ["Dr Helen Marsh", "Kwame Asante"], "2025-09", "blue", None),
            ("1.3", "Reduce the use of prone restraint by 25% against the 2024/25 baseline.",
             "Associate Director of Nursing for Safety", dt.datetime(2026, 3, 31), "Amber", "Amber",
             "Prone restraint down 11% year to date; reducing restrictive practice leads reviewing every prone incident.",
             ["Associate Director of Nursing for Safety"], "2026-03", "amber", None),
        ]),
        (PS, P2, [
            ("2.1", "Increase the proportion of people on the community SMI caseload who receive all six annual physical health checks to 75%.",
             "Physical Health Lead / Clinical Directors", "Q4 2025/26", "Red", "Amber",
             "61% at end of Q2 (Q1: 54%). Additional phlebotomy clinics agreed with primary care.",
             ["Physical Health Lead", "Clinical Directors"], "2026-03", "amber", None),
            ("2.2", "Introduce the NEWS2 e-observations module on all inpatient wards.",
             "Chief Nursing Information Officer", dt.datetime(2026, 1, 31), "Green", "Green",
             "Pilot complete on two wards; rollout plan approved by Digital Board.",
             ["Chief Nursing Information Officer"], "2026-01", "green", None),
        ]),
        (CE, P3, [
            ("3.1", "Hold a daily discharge huddle on every ward so that 72-hour follow-up is booked before the patient leaves.",
             "Inpatient Service Managers", "Ongoing", "Green", "Green",
             "Huddles in place on all wards; 72-hour follow-up rate 88% in Q2.",
             ["Inpatient Service Managers"], None, "green", "Ongoing"),
            ("3.2", "Agree a follow-up protocol with crisis resolution and home treatment teams for people discharged out of area.",
             "J. Patel; R. Lindqvist", dt.datetime(2025, 11, 30), "Amber", "Amber",
             "Draft protocol out for consultation with CRHT teams.",
             ["J. Patel", "R. Lindqvist"], "2025-11", "amber", None),
        ]),
        (PE, P4, [
            ("4.1", "Complete the Triangle of Care self-assessment in all community mental health teams and publish the results.",
             "Head of Patient and Carer Experience", "Q3 2025/26", "Green", "Green",
             "18 of 24 teams have completed the self-assessment.",
             ["Head of Patient and Carer Experience"], "2025-12", "green", None),
            ("4.2", "Offer every identified carer a carer's assessment conversation within 28 days of the service user's first appointment.",
             "Carers Lead", dt.datetime(2026, 3, 31), None, "Red",
             "New measure from Q2; baseline 37%. Recording on the electronic patient record to be fixed before improvement can be tracked.",
             ["Carers Lead"], "2026-03", "red", None),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Sussex Partnership NHS Foundation Trust"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Quarter 2 report (July – September 2025) – Quality Committee, 21 October 2025"
    srows = [("Quality priority", "Executive sponsor", "Q1 overall", "Q2 overall"),
             (P1, "Chief Nursing Officer", "Amber", "Green"),
             (P2, "Chief Medical Officer", "Amber", "Amber"),
             (P3, "Chief Operating Officer", "Green", "Amber"),
             (P4, "Chief Nursing Officer", "Green", "Amber")]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            put(sm, 5 + i, 1 + j, v, bold=(i == 0), fill_hex=RAGFILL.get(v) if j >= 2 and i else None)
    sm["A11"] = "Detailed progress against each deliverable is on the 'Priorities Tracker' sheet; outcome measures are on the 'Measures' sheet."
    sm.column_dimensions["A"].width = 80
    sm.column_dimensions["B"].width = 26

    ws = wb.create_sheet("Priorities Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Q2 update (July – September 2025)"
    heads = ["Ref", "Deliverable", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(heads):
        put(ws, 4, 1 + j, h, bold=True, fill_hex="002060", color="FFFFFF")
    for col, w in zip("ABCDEFG", [6, 60, 30, 12, 10, 10, 55]):
        ws.column_dimensions[col].width = w
    row = 5
    actions = []
    last_domain = None
    for domain, prio, acts in plan:
        if domain != last_domain:
            put(ws, row, 1, domain, bold=True, fill_hex="002060", color="FFFFFF")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            row += 1
            last_domain = domain
        put(ws, row, 1, prio, bold=True, fill_hex="DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for (ref, text, lead, due, q1, q2, upd, elead, eend, estat, etext) in acts:
            put(ws, row, 1, ref)
            put(ws, row, 2, text)
            put(ws, row, 3, lead)
            put(ws, row, 4, due, fmt="mmm-yy" if isinstance(due, dt.datetime) else None)
            put(ws, row, 5, q1, fill_hex=RAGFILL.get(q1) if q1 else None)
            put(ws, row, 6, q2, fill_hex=RAGFILL.get(q2), bold=True)
            put(ws, row, 7, upd)
            actions.append(act(ref, [domain, prio], text, elead, eend, estat, etext))
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="RAG: Green – on track; Amber – some slippage, recoverable within the year; Red – not on track; Complete – deliverable achieved.")

    ms = wb.create_sheet("Measures")
    mrows = [("Measure", "Baseline 2024/25", "Target 2025/26", "Q1", "Q2"),
             ("Prone restraint incidents (adult acute)", 212, 159, 49, 45),
             ("SMI physical health checks – all six completed", "52%", "75%", "54%", "61%"),
             ("Follow-up within 72 hours of discharge", "81%", "90%", "86%", "88%"),
             ("Carers offered assessment conversation within 28 days", "n/a", "60%", "n/a", "37%")]
    for i, r in enumerate(mrows):
        for j, v in enumerate(r):
            put(ms, 1 + i, 1 + j, v, bold=(i == 0))
    ms.column_dimensions["A"].width = 55
    wb.save(out(name))

    assert len(actions) == 9
    exp = {
        "source": "Imitates an NHS mental health foundation trust's in-year tracker of its Quality Account priorities (as trusts such as Sussex Partnership, Newcastle upon Tyne Hospitals and others publish priorities under patient safety, clinical effectiveness and patient experience and report progress quarterly to the Quality Committee). Copied features: summary sheet with executive sponsors and overall RAG per priority, tracker sheet with domain rows and 'Priority n:' rows merged across, numbered deliverables, lead(s), due as month or financial quarter or Ongoing, Q1 and Q2 RAG columns, progress narrative, RAG legend line; separate Measures sheet of outcome metrics.",
        "reads": "A Quality Account priorities tracker at Q2 2025/26: four priorities under three quality domains, each with numbered deliverables. Each deliverable has leads, a due month or quarter and a Q1 and Q2 RAG; the Q2 RAG is the current status. The Summary and Measures sheets are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ============================================ 3. Kent and Medway ICB BAF (xlsx, refuse)
def kmicb():
    name = "zuf-nhs-kent-and-medway-icb-board-assurance-framework-2025-26-typo-month-refuse.xlsx"
    title = "Board Assurance Framework 2025/26"
    risks = [
        ("BAF 1 – Urgent and emergency care",
         "Improve access to urgent and emergency care and reduce avoidable harm from delays",
         "If demand for urgent and emergency care continues to exceed capacity, then patients may experience long ambulance handover delays and long waits in emergency departments, leading to avoidable harm and poor experience.",
         "Chief Delivery Officer", "Quality and Safety Committee", "20 (4x5)", "16 (4x4)", "9 (3x3)",
         "System UEC plan and weekly UEC Board; SHREWD system pressures dashboard; ambulance handover escalation protocol; winter plan.",
         "Handover standard not consistently applied at all four acute trusts; limited out-of-hospital alternatives for care home residents.",
         [("1.1", "Implement the Kent and Medway ambulance handover improvement plan at all four acute trusts, with a 45-minute maximum handover standard.", "Chief Delivery Officer", dt.datetime(2026, 3, 31), "Handover delays over 60 minutes down 38% since April.", "Amber"),
          ("1.2", "Expand same day emergency care and urgent community response referral routes for care home residents.", "Director of Urgent Care; Director of Community Services", "Dec-25", "UCR referral route live in West Kent and Medway; East Kent from December.", "Green"),
          ("1.3", "Agree the 2025/26 winter plan with system partners and test it through a system-wide exercise.", "Head of EPRR", "Oct-25", "Exercise held 7 October 2025; plan signed off by ICB Board.", "Complete")]),
        ("BAF 2 – Financial sustainability",
         "Deliver a balanced financial position for the Kent and Medway system",
         "If the system does not deliver its efficiency plans, then it will not meet its 2025/26 financial plan, leading to regulatory intervention and reduced investment in services.",
         "Chief Finance Officer", "Finance and Performance Committee", "20 (4x5)", "20 (4x5)", "12 (3x4)",
         "System financial recovery board; monthly efficiency reporting; investment review panel; vacancy control.",
         "Efficiency plans not fully identified for Q4; continuing healthcare spend above plan.",
         [("2.1", "Deliver the system efficiency programme, with monthly reporting of savings by organisation to the Finance and Performance Committee.", "Chief Finance Officer", "Mar-26", "£118m of £146m delivered or identified at month 7.", "Amber"),
          ("2.2", "Complete the review of continuing healthcare packages and implement the revised commissioning arrangements.", "Director of Continuing Healthcare", "Janaury 2026", "Review of 1,140 packages 70% complete.", "Amber"),
          ("2.3", "Introduce a system-wide vacancy control panel for all non-clinical posts above band 7.", "Chief People Officer / Chief Finance Officer", dt.datetime(2025, 9, 30), "Panel operating since September 2025.", "Complete")]),
        ("BAF 3 – Workforce",
         "Grow and retain the health and care workforce Kent and Medway needs",
         "If the system cannot recruit and retain enough staff in key roles, then services may not be safe or sustainable, leading to reliance on temporary staffing and poorer outcomes.",
         "Chief People Officer", "People Committee", "16 (4x4)", "12 (3x4)", "8 (2x4)",
         "System People Plan; international recruitment collaborative; retention programme; temporary staffing rate cap.",
         "Limited system data on social care workforce; high turnover in newly qualified nurses.",
         [("3.1", "Launch the system retention programme for newly qualified nurses and midwives, including a preceptorship standard across all trusts.", "Chief Nursing Officer", "Q4 2025/26", "Preceptorship standard agreed; launch planned for January.", "Green"),
          ("3.2", "Develop a shared social care workforce dataset with Kent County Council and Medway Council.", "Director of Workforce Transformation", dt.datetime(2026, 2, 28), "Data sharing agreement in draft.", "Amber")]),
        ("BAF 4 – Access to primary care",
         "Improve access to general practice and community pharmacy",
         "If demand for general practice continues to grow faster than capacity, then patients may be unable to get timely appointments, leading to delayed diagnosis and pressure on urgent care.",
         "Director of Primary Care", "Primary Care Commissioning Committee", "16 (4x4)", "12 (4x3)", "9 (3x3)",
         "Primary care access recovery plan; cloud-based telephony in all practices; Pharmacy First.",
         "Uneven uptake of modern general practice access model across PCNs.",
         [("4.1", "Support the remaining 38 practices to move to the modern general practice access model.", "Director of Primary Care", "Mar-26", "121 of 159 practices transitioned.", "Green")]),
    ]

    wb = Workbook()
    hm = wb.active
    hm.title = "Summary"
    hm["A1"] = "NHS Kent and Medway Integrated Care Board"
    hm["A1"].font = Font(bold=True, size=14)
    hm["A2"] = title + " – summary of strategic risks"
    hm["A2"].font = Font(bold=True)
    for j, h in enumerate(["Risk", "Executive owner", "Initial", "Current", "Target", "Movement"]):
        put(hm, 4, 1 + j, h, bold=True)
    for i, r in enumerate(risks):
        vals = [r[0], r[3], r[5], r[6], r[7], "↔" if r[5] == r[6] else "↓"]
        for j, v in enumerate(vals):
            put(hm, 5 + i, 1 + j, v)
    hm.column_dimensions["A"].width = 42
    hm.column_dimensions["B"].width = 28

    ws = wb.create_sheet("BAF 2025-26")
    ws["A1"] = "NHS Kent and Medway Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Position as at 30 November 2025 – presented to the ICB Board, 18 December 2025"
    for col, w in zip("ABCDEF", [22, 60, 30, 14, 45, 10]):
        ws.column_dimensions[col].width = w
    row = 5
    refuse_row = None
    for (rt, obj, desc, owner, comm, ini, cur, tgt, ctrl, gaps, acts) in risks:
        put(ws, row, 1, rt, bold=True, fill_hex="305496", color="FFFFFF")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for label, val in [("Strategic objective", obj), ("Risk description", desc)]:
            put(ws, row, 1, label, bold=True, fill_hex="D9E1F2")
            put(ws, row, 2, val)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            row += 1
        put(ws, row, 1, "Executive owner", bold=True, fill_hex="D9E1F2")
        put(ws, row, 2, owner)
        put(ws, row, 3, "Assuring committee", bold=True, fill_hex="D9E1F2")
        put(ws, row, 4, comm)
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
        row += 1
        put(ws, row, 1, "Risk score (L x I)", bold=True, fill_hex="D9E1F2")
        put(ws, row, 2, "Initial: " + ini)
        put(ws, row, 3, "Current: " + cur)
        put(ws, row, 4, "Target: " + tgt)
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
        row += 1
        for label, val in [("Key controls", ctrl), ("Gaps in control / assurance", gaps)]:
            put(ws, row, 1, label, bold=True, fill_hex="D9E1F2")
            put(ws, row, 2, val)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            row += 1
        for j, h in enumerate(["Action ref", "Actions to address gaps", "Lead", "Due date", "Progress", "RAG"]):
            put(ws, row, 1 + j, h, bold=True, fill_hex="BDD7EE")
        row += 1
        for (ref, text, lead, due, prog, rag) in acts:
            put(ws, row, 1, ref)
            put(ws, row, 2, text)
            put(ws, row, 3, lead)
            put(ws, row, 4, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, row, 5, prog)
            put(ws, row, 6, rag, fill_hex=RAGFILL[rag])
            if due == "Janaury 2026":
                refuse_row = row
            row += 1
        row += 1
    ws.cell(row=row, column=1, value="RAG: Complete – action delivered; Green – on track; Amber – at risk of slipping; Red – overdue or off track.")
    wb.save(out(name))

    assert refuse_row is not None
    exp = {
        "source": "Imitates an integrated care board's Board Assurance Framework as taken to a public ICB Board meeting (NHS ICBs publish BAFs in board papers, e.g. 2025/26 BAFs with strategic risks, scores, controls, gaps and actions). Copied features: summary sheet of strategic risks with initial/current/target scores and movement; main sheet with one block per strategic risk (title row, strategic objective, risk description, executive owner and assuring committee, L x I scores, key controls, gaps) followed by an 'Actions to address gaps' table with ref, lead, due date, progress and RAG; RAG legend line.",
        "reads": f"A 2025/26 BAF with four strategic-risk blocks, each ending in a small table of actions to close gaps. On the 'BAF 2025-26' sheet, row {refuse_row} (action 2.2, continuing healthcare review) has the due date 'Janaury 2026' - a mistyped month; a careful reader would stop and ask rather than guess the date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    write_expected(name, exp)
    return refuse_row


# ============================================ 4. Royal Cornwall PSII (csv)
def rcht():
    name = "zuf-royal-cornwall-hospitals-nhs-trust-psii-safety-action-plan.csv"
    title = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    A1 = "1. Recognition and escalation of deterioration out of hours"
    A2 = "2. Medical response to escalation at night"
    A3 = "3. Communication with the patient's family"
    sa3 = ("Review the Hospital at Night team's task allocation so that escalations for deteriorating patients are prioritised above routine tasks.\n"
           "The review will include:\n"
           "- a four-week time-and-motion study of Hospital at Night bleeps\n"
           "- a revised bleep policy for the night team")
    # (area, ref, text, owner, measure, date, rag, update, exp_lead, end, status, end_text)
    rows = [
        (A1, "SA1", "Change the e-observations escalation rules so that a NEWS2 score of 5 or more automatically alerts the Critical Care Outreach Team and the nurse in charge.",
         "Digital Nursing Lead", "Monthly audit shows 95% of NEWS2 alerts of 5 or more acknowledged within 30 minutes", "30/09/2024", "Blue",
         "Escalation rule live from 02/09/2024. October audit 96%.", ["Digital Nursing Lead"], "2024-09", "blue", None),
        ("", "SA2", "Introduce a structured overnight safety huddle at 23:00 on all acute medical wards, using SBAR to identify patients at risk of deterioration.",
         "Matron, Acute Medicine", "Huddle held and recorded on 90% of nights (spot check of 10 nights a month)", "End of October 2024", "Green",
         "Huddle in place on 5 of 6 wards; last ward starts once the new night coordinator is in post.", ["Matron, Acute Medicine"], "2024-10", "green", None),
        (A2, "SA3", sa3,
         "Deputy Medical Director / Hospital at Night Clinical Lead", "Review report and revised bleep policy approved by the Patient Safety Review Group", "Q4 2024/25", "Amber",
         "Time-and-motion study complete; policy drafting delayed by rota changes.", ["Deputy Medical Director", "Hospital at Night Clinical Lead"], "2025-03", "amber", None),
        ("", "SA4", "Provide simulation training on recognising and escalating deterioration for all resident doctors rotating onto acute medicine.",
         "Medical Education Lead", "90% of rotating resident doctors attend within four weeks of starting", "Ongoing – each rotation", "Green",
         "December rotation: 22 of 24 trained.", ["Medical Education Lead"], None, "green", "Ongoing – each rotation"),
        (A3, "SA5", "Update the Trust's family communication guidance so that the next of kin is contacted when a patient's NEWS2 score triggers escalation overnight.",
         "Head of Patient Experience", "Guidance published; audit of 20 escalations shows family contact recorded", "31/01/2025", "Amber",
         "Draft guidance with the Family Liaison Officer and patient safety partners for comment.", ["Head of Patient Experience"], "2025-01", "amber", None),
        ("", "SA6", "Share the learning from this investigation at the Trust-wide Patient Safety Learning Forum and in the monthly 'Safety Matters' bulletin.",
         "Patient Safety Team", "Learning shared and attendance recorded", "November 2024", "Blue",
         "Presented at the Learning Forum 14/11/2024; bulletin published 28/11/2024.", ["Patient Safety Team"], "2024-11", "blue", None),
    ]
    W = 8
    lines = [
        ["Royal Cornwall Hospitals NHS Trust"],
        [title],
        ["PSII reference: PSII-2024-031"],
        ["Incident: Delayed recognition and escalation of a deteriorating patient on an acute medical ward (overnight 14–15 March 2024)"],
        ["Executive lead: Chief Nursing Officer", "", "", "Report approved by Patient Safety Review Group: 19 June 2024"],
        ["Action plan last updated: 11 December 2024"],
        [],
        ["Area for improvement", "Safety action no.", "Safety action", "Action owner", "Measure of success", "Target date", "RAG", "Progress update"],
    ]
    actions = []
    cur_area = None
    for (area, ref, text, owner, measure, date, rag, upd, elead, eend, estat, etext) in rows:
        lines.append([area, ref, text, owner, measure, date, rag, upd])
        if area:
            cur_area = area
        actions.append(act(ref, [cur_area], text, elead, eend, estat, etext))
    lines += [[],
              ["RAG key: Blue = complete and evidenced; Green = on track; Amber = at risk of delay; Red = overdue"],
              ["Actions complete: 2 of 6"]]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for ln in lines:
            w.writerow(ln + [""] * (W - len(ln)))

    exp = {
        "source": "Imitates an NHS acute trust's PSIRF safety action plan for a single patient safety incident investigation (NHS England PSII templates, https://www.england.nhs.uk/patient-safety/patient-safety-investigation/ - areas for improvement, safety actions, owner, measure, timescale), exported to CSV from the trust's tracker. Copied features: title and incident metadata lines above the table, area for improvement given only on the first row of its group, safety action numbers SA1-SA6, one multi-line safety action with a bulleted list, job-title owners (one containing a comma), measure-of-success column, target dates in several forms (dd/mm/yyyy, 'End of October 2024', financial quarter, 'Ongoing – each rotation'), RAG words with the key and a completion count below the table.",
        "reads": "A PSII safety action plan with three areas for improvement and six numbered safety actions. The area column is filled only on the first action of each area, so the following action belongs to the same area. Each action has an owner, a target date and a RAG word; the key below defines Blue as complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ============================================ 5. Ty Elli HIW GP (txt, tab-separated)
def tyelli():
    name = "zuf-ty-elli-group-practice-llanelli-hiw-gp-inspection-improvement-plan.txt"
    title = "Ty Elli Group Practice – HIW Improvement Plan"
    S1 = "Quality of the patient experience"
    S2 = "Delivery of safe and effective care"
    S3 = "Quality of management and leadership"
    IN1 = "The practice must ensure that patients can get through by telephone at the start of the day without excessive waiting."
    IN2 = "The practice must ensure that written information for patients is available bilingually, in line with the Active Offer."
    IN3 = "The practice must ensure that emergency drugs and equipment are checked regularly and that the checks are recorded."
    IN4 = "The practice must ensure that all clinical staff have completed safeguarding training at the appropriate level."
    IN5 = "The practice must ensure that all staff receive an annual appraisal and that this is recorded."
    # (section or None, improvement needed, standard, action, officer, timescale, status, exp_lead, end, estat, etext)
    rows = [
        (S1, IN1, "Health and Care Quality Standards 2023 – Timely",
         "Install a call-queuing system that tells callers their place in the queue and offers a call-back.",
         "Practice Manager", "31 January 2025", "Complete", ["Practice Manager"], "2025-01", "blue", None),
        (None, "", "",
         "Add two reception staff to the telephone rota between 8:00am and 10:30am.",
         "Practice Manager / Reception Supervisor", "February 2025", "", ["Practice Manager", "Reception Supervisor"], "2025-02", "unrated", None),
        (None, IN2, "Health and Care Quality Standards 2023 – Person-centred; Welsh Language (Wales) Measure 2011",
         "Replace noticeboard information and practice leaflets with bilingual versions.",
         "Office Manager", "End of March 2025", "", ["Office Manager"], "2025-03", "unrated", None),
        (S2, IN3, "Health and Care Quality Standards 2023 – Safe",
         "Introduce a weekly checklist for the emergency trolley, signed by the duty nurse and countersigned monthly by the Lead Nurse.",
         "Lead Nurse", "Immediate", "Complete", ["Lead Nurse"], None, "blue", "Immediate"),
        (None, IN4, "Health and Care Quality Standards 2023 – Safe; Safeguarding",
         "Book all outstanding clinical staff onto Level 3 safeguarding adults and children training.",
         "Dr M. Hughes (Safeguarding Lead)", "30/04/2025", "", ["Dr M. Hughes (Safeguarding Lead)"], "2025-04", "unrated", None),
        (S3, IN5, "Health and Care Quality Standards 2023 – Workforce",
         "Complete appraisals for all non-clinical staff and record them on the practice HR system.",
         "Practice Manager", "By 31 May 2025", "", ["Practice Manager"], "2025-05", "unrated", None),
        (None, "", "",
         "Introduce a staff training matrix, reviewed at the monthly practice meeting.",
         "Practice Manager and Assistant Practice Manager", "Ongoing", "", ["Practice Manager", "Assistant Practice Manager"], None, "unrated", "Ongoing"),
    ]
    L = [title,
         "General Practice Inspection (Announced) – Hywel Dda University Health Board",
         "Date of inspection: 19 November 2024",
         "Status column added by the practice at its review meeting on 3 March 2025",
         "",
         "\t".join(["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale", "Status"])]
    actions = []
    cur_sec = cur_in = None
    for (sec, inn, std, action, officer, ts, st, elead, eend, estat, etext) in rows:
        if sec:
            L.append(sec)
            cur_sec = sec
        if inn:
            cur_in = inn
        L.append("\t".join([inn, std, action, officer, ts, st]))
        actions.append(act(None, [cur_sec, cur_in], action, elead, eend, estat, etext))
    L += ["",
          "Service representative",
          "Name: Dr Carys Morgan",
          "Job role: Senior Partner",
          "Date: 10 January 2025"]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    exp = {
        "source": "Imitates a Healthcare Inspectorate Wales improvement plan for an announced GP practice inspection (HIW publishes the plan as an appendix to each general practice inspection report: Improvement needed / Standard or Regulation / Service action / Responsible officer / Timescale, with a service representative sign-off), as kept by the practice in a tab-separated text copy with a Status column added at its review meeting. Copied features: HIW section lines (Quality of the patient experience, Delivery of safe and effective care, Quality of management and leadership), improvement-needed text given once with later actions on continuation lines, Health and Care Quality Standards 2023 references, job titles as responsible officers, timescales as dates, 'Immediate' and 'Ongoing', service representative block at the end.",
        "reads": "An HIW GP improvement plan with three sections, five improvements needed and seven service actions (two improvements have a second action on a continuation line with the improvement cell empty). Actions have no refs; status is 'Complete' or left blank.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ============================================ 6. Nuffield Glasgow HIS (docx)
def nuffield():
    name = "zuf-nuffield-health-glasgow-hospital-his-inspection-improvement-action-plan.docx"
    title = "Improvement Action Plan – Nuffield Health Glasgow Hospital"
    D5 = "Domain 5 – Planning for quality"
    D7 = "Domain 7 – Quality control"
    D2 = "Domain 2 – Leadership and culture"
    R1 = "Requirement 1: The provider must ensure that the findings of fire risk assessments are acted on and that the actions taken are documented."
    RA = "Recommendation a: The service should ensure that every audit which does not meet the expected standard has a documented action plan."
    R2 = "Requirement 2: The provider must ensure that patient care records are fully completed, including pre-operative assessment and consent documentation."
    R3 = "Requirement 3: The provider must ensure that staff comply with the hospital's policy on the safe management of sharps."
    RB = "Recommendation b: The service should ensure that the decontamination of reusable patient equipment is recorded consistently."
    RC = "Recommendation c: The service should develop a formal programme of staff engagement and share the outcomes with staff."
    # domain -> [(heading, [(action, timescale, resp, status, exp_lead, end, estat, etext)])]
    plan = [
        (D5, [
            (R1, [("Commission an updated fire risk assessment of the ward and theatre areas from the Nuffield Health fire safety adviser.",
                   "July 2025", "Hospital Director", "Complete", ["Hospital Director"], "2025-07", "blue", None),
                  ("Record every action from the fire risk assessment on the hospital risk register, with named owners and completion dates, and review them at the monthly Health and Safety Committee.",
                   "31 August 2025", "Hospital Director / Estates Manager", "Complete", ["Hospital Director", "Estates Manager"], "2025-08", "blue", None)]),
            (RA, [("Introduce an audit action plan template and add open audit actions to the quality dashboard reviewed by the Clinical Governance Committee.",
                   "30 September 2025", "Head of Clinical Services", "On track", ["Head of Clinical Services"], "2025-09", "green", None)]),
        ]),
        (D7, [
            (R2, [("Deliver refresher training on record keeping and the consent policy to all ward and theatre nursing staff.",
                   "July – September 2025", "Ward Manager and Theatre Manager", "On track", ["Ward Manager", "Theatre Manager"], "2025-09", "green", None),
                  ("Audit 20 patient care records each month and report compliance to the Medical Advisory Committee.",
                   "Ongoing", "Clinical Governance Lead", "On track", ["Clinical Governance Lead"], None, "green", "Ongoing")]),
            (R3, [("Replace sharps bins in all clinical areas with bins that have a temporary closure mechanism, and add sharps checks to the weekly ward environment audit.",
                   "15 August 2025", "Infection Prevention and Control Lead", "Complete", ["Infection Prevention and Control Lead"], "2025-08", "blue", None)]),
            (RB, [("Introduce a decontamination log for reusable patient equipment in the outpatient department.",
                   "October 2025", "Outpatient Manager", "Not started", ["Outpatient Manager"], "2025-10", "unrated", None)]),
        ]),
        (D2, [
            (RC, [("Hold quarterly staff listening events led by the Hospital Director and publish a 'You said, we did' summary on the staff intranet.",
                   "December 2025", "Hospital Director", "On track", ["Hospital Director"], "2025-12", "green", None)]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Healthcare Improvement Scotland – announced inspection of independent healthcare services, 3–5 June 2025")

    info = [("Service name", "Nuffield Health Glasgow Hospital"),
            ("Service provider", "Nuffield Health"),
            ("Date inspection concluded", "5 June 2025"),
            ("Date report published", "14 August 2025"),
            ("Action plan version", "v2 – progress update 30 September 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        c = t.add_row().cells
        bold_cell(c[0], k)
        shade(c[0], "D9E2F3")
        c[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Requirements are what the provider must do to comply with the National Health Service (Scotland) Act 1978 and its regulations. Recommendations are what we expect the service to do to follow good practice. Please list each action planned, the timescale and the person responsible.")

    actions = []
    for dom, items in plan:
        doc.add_heading(dom, level=2)
        tb = doc.add_table(rows=1, cols=4)
        tb.style = "Table Grid"
        hdr = ["Action planned", "Timescale to meet action", "Responsibility for taking action", "Status"]
        for j, h in enumerate(hdr):
            bold_cell(tb.rows[0].cells[j], h)
            shade(tb.rows[0].cells[j], "B4C6E7")
        for head, acts in items:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[3])
            bold_cell(m, head)
            shade(m, "D9E2F3")
            for (a, ts, resp, st, elead, eend, estat, etext) in acts:
                c = tb.add_row().cells
                c[0].text = a
                c[1].text = ts
                c[2].text = resp
                c[3].text = st
                actions.append(act(None, [dom, head], a, elead, eend, estat, etext))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Name of individual with overall responsibility", "Fiona McLeod"),
                 ("Designation", "Hospital Director"),
                 ("Signature", "F. McLeod"),
                 ("Date", "30 September 2025")]:
        c = so.add_row().cells
        bold_cell(c[0], k)
        c[1].text = v
    doc.save(out(name))

    assert len(actions) == 8
    exp = {
        "source": "Imitates the improvement action plan an independent hospital returns to Healthcare Improvement Scotland after an independent healthcare inspection (HIS reports list requirements and lettered recommendations by Quality Assurance Framework domain; the provider's plan gives action planned, timescale and responsibility, see https://www.healthcareimprovementscotland.scot/inspections-reviews-and-regulation/inspections-of-nhs-hospitals-and-services/inspection-report-terminology-explained/). Copied features: title and inspection line, service details table, explanatory paragraph, one table per QAF domain with a heading above it, 'Requirement n:' / 'Recommendation x:' rows merged across the table and shaded, unnumbered actions beneath with timescale, responsibility and a status column added for the progress update, sign-off table.",
        "reads": "An HIS improvement action plan in three domain tables, each with requirement or recommendation rows and the actions planned under them; eight actions in all, none numbered. Timescales are months, dates, a period or 'Ongoing'; status words are Complete, On track or Not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ============================================ 7. Connected Health RQIA (docx)
def connected():
    name = "zuf-connected-health-newtownabbey-rqia-domiciliary-care-agency-quality-improvement-plan.docx"
    title = "Connected Health Ltd – Quality Improvement Plan"
    SR = "Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
    SS = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"
    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    # (section, afi label, afi text, [(no, action, resp, date, fill, exp_lead, end, estat, etext)])
    plan = [
        (SR, "Area for improvement 1 – Regulation 13 (d) Schedule 3",
         "The registered person shall ensure that no domiciliary care worker is supplied by the agency until all pre-employment checks, including an enhanced AccessNI check, have been completed and recorded.",
         [("1.1", "Introduce a pre-employment checklist which the Registered Manager must sign before a new worker is added to the rota.",
           "Registered Manager", "30/05/2025", GREEN, ["Registered Manager"], "2025-05", "blue", None),
          ("1.2", "Audit the files of all staff recruited since April 2024 and obtain any missing references or AccessNI certificates.",
           "HR Officer / Registered Manager", "30/06/2025", GREEN, ["HR Officer", "Registered Manager"], "2025-06", "blue", None)]),
        (SR, "Area for improvement 2 – Regulation 16 (2) (a)",
         "The registered person shall ensure that all staff complete mandatory training, including adult safeguarding, within the required timescales.",
         [("2.1", "Send a training compliance report to care coordinators each month; staff who are out of date are not rostered until their training is completed.",
           "Training Officer", "July 2025", AMBER, ["Training Officer"], "2025-07", "amber", None),
          ("2.2", "Arrange additional face-to-face adult safeguarding sessions in Newtownabbey and Ballymena.",
           "Training Officer; Adult Safeguarding Champion", "31 July 2025", RED, ["Training Officer", "Adult Safeguarding Champion"], "2025-07", "red", None)]),
        (SS, "Area for improvement 3 – Standard 5.2",
         "The registered person shall ensure that care plans are reviewed with the service user at least annually, or sooner if their needs change, and that the review is recorded.",
         [("3.1", "Draw up a care review schedule for all service users and allocate each review to a named care coordinator.",
           "Care Coordinators", "30/09/2025", AMBER, ["Care Coordinators"], "2025-09", "amber", None),
          ("3.2", "Check at each monitoring visit that the service user's home file holds a copy of their current care plan.",
           "Care Coordinators", "Ongoing", None, ["Care Coordinators"], None, "unrated", "Ongoing")]),
        (SS, "Area for improvement 4 – Standard 13.3",
         "The registered person shall ensure that all staff receive supervision in line with the agency's policy and that supervision is recorded.",
         [("4.1", "Introduce a supervision tracker and report compliance each month to the Senior Management Team.",
           "Registered Manager", "Aug-25", GREEN, ["Registered Manager"], "2025-08", "blue", None)]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Domiciliary Care Agency: Connected Health (Newtownabbey)")
    doc.add_paragraph("RQIA unannounced care inspection: 8 April 2025")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(dc.rows[0].cells[j], h)
    for r in [("1.0", "22/05/2025", "Registered Manager", "QIP returned to RQIA"),
              ("1.1", "04/07/2025", "Quality Lead", "Progress update"),
              ("1.2", "29/08/2025", "Quality Lead", "Progress update for Senior Management Team")]:
        c = dc.add_row().cells
        for j, v in enumerate(r):
            c[j].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for colour, meaning in [(GREEN, "Completed"), (AMBER, "In progress"), (RED, "Overdue"), (None, "Not yet started")]:
        c = kt.add_row().cells
        if colour:
            shade(c[0], colour)
        c[1].text = meaning
    doc.add_paragraph("")

    actions = []
    last = None
    for (sec, label, text, acts) in plan:
        if sec != last:
            doc.add_heading(sec, level=1)
            last = sec
        doc.add_heading(label, level=3)
        doc.add_paragraph(text)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for j, h in enumerate(["No.", "Action", "Responsible person", "Target date", "RAG"]):
            bold_cell(tb.rows[0].cells[j], h)
            shade(tb.rows[0].cells[j], "DEEAF6")
        for (no, a, resp, date, colour, elead, eend, estat, etext) in acts:
            c = tb.add_row().cells
            c[0].text = no
            c[1].text = a
            c[2].text = resp
            c[3].text = date
            if colour:
                shade(c[4], colour)
            actions.append(act(no, [sec, text], a, elead, eend, estat, etext))
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Registered Manager        Date: 29/08/2025")
    doc.save(out(name))

    assert len(actions) == 7
    exp = {
        "source": "Imitates a Northern Ireland domiciliary care agency's own tracker of the Quality Improvement Plan (QIP) that RQIA attaches to its care inspection reports (areas for improvement under 'Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007' and '... the Domiciliary Care Agencies Minimum Standards, 2021', each citing a regulation or standard). Copied features: title and inspection lines, document-control table, RAG key table of shaded cells (Green = Completed, Amber = In progress, Red = Overdue, unshaded = Not yet started; no blue), the two RQIA compliance headings, an 'Area for improvement n – Regulation/Standard' sub-heading with the area text beneath, and a small table of numbered actions per area with responsible person, target date and a RAG cell shown only by fill colour.",
        "reads": "An RQIA QIP tracker: four areas for improvement under the Regulations and Minimum Standards headings, each followed by a table of numbered actions (seven in all). The RAG cells carry no text, only fill colour, and the document's key makes green mean completed, so green reads as complete; an unshaded cell is not yet started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    emas()
    spft()
    r = kmicb()
    rcht()
    tyelli()
    nuffield()
    connected()
    print("built seven zuf- cases; BAF refuse row", r)
