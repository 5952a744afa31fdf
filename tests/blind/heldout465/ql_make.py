#!/usr/bin/env python3
"""Build the seven ql- blind test files (set heldout465) and their expected readings.

Run with /work/main/.venv/bin/python ql_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with 'ql-' are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
NAVY, GREY, LIGHT = "1F3864", "D9D9D9", "DEEAF6"


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, doc):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Sussex Community NHS FT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def sussex():
    name = "ql-sussex-community-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = ("Sussex Community NHS Foundation Trust – CQC Inspection Action Plan 2025 "
             "(Must Do and Should Do Actions)")
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14, color="FF" + NAVY)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    ctrl = [
        ("Version", "1.4"),
        ("Owner", "Director of Quality Governance"),
        ("Reporting to", "Quality and Safety Committee"),
        ("Position as at", "30 September 2025"),
        ("Inspection", "Community health services for adults; Community health inpatient services "
                       "(inspected 3–5 December 2024, reports published 20 March 2025)"),
    ]
    r = 4
    for k, v in ctrl:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        for c in (1, 2):
            cv.cell(r, c).border = BOX
        r += 1
    cv.cell(11, 1, "RAG key").font = Font(bold=True)
    key = [("Blue", BLUE, "Complete – evidence accepted by Quality and Safety Committee"),
           ("Green", GREEN, "On track to deliver by the due date"),
           ("Amber", AMBER, "At risk – mitigations in place"),
           ("Red", RED, "Off track or past due date")]
    r = 12
    for word, col, meaning in key:
        cv.cell(r, 1, word).fill = fill(col)
        cv.cell(r, 2, meaning)
        r += 1
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 110

    headers = ["Ref", "Must do (CQC report wording)", "Action", "Lead(s)", "Original due date",
               "Revised due date", "Progress update", "Previous RAG (Jun-25)", "Current RAG (Sep-25)"]
    widths = [8, 48, 52, 30, 13, 13, 48, 12, 12]
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    expected = []

    INP = "Community health inpatient services"
    ADU = "Community health services for adults"

    must = [
        ("section", INP),
        ("rec", "The trust must ensure that patients' risk assessments, including falls and pressure ulcer risk "
                "assessments, are completed on admission and reviewed in line with trust policy. "
                "(Regulation 12(1)(2)(a))", [
            ("MD1.1", "Relaunch the admission risk assessment bundle on all community inpatient wards, with completion "
                      "checked at the daily safety huddle.", "Head of Nursing – Inpatient Services",
             d(2025, 3, 31), None, "Bundle relaunched on all 7 wards in March 2025. Audit compliance 94% (Aug-25).",
             ("Green", True), ("Blue", True),
             (["Head of Nursing – Inpatient Services"], "2025-03", None, "blue")),
            ("MD1.2", "Add falls and pressure ulcer reassessment prompts to SystmOne care plans so that reviews are "
                      "triggered at 7 days or on change in condition.",
             "Chief Clinical Information Officer / Head of Nursing – Inpatient Services",
             d(2025, 6, 30), d(2025, 11, 30),
             "Template build delayed by SystmOne release schedule; testing on Horsham ward in October.",
             ("Amber", True), ("Amber", True),
             (["Chief Clinical Information Officer", "Head of Nursing – Inpatient Services"], "2025-11", None, "amber")),
        ]),
        ("rec", "The trust must ensure that medicines are stored at the correct temperature and that fridge "
                "temperatures are monitored and acted upon. (Regulation 12(2)(g))", [
            ("MD2.1", "Install remote temperature monitoring to all ward medicines fridges and clinic rooms.",
             "Chief Pharmacist", d(2025, 4, 30), d(2025, 7, 31), "Installed across all sites July 2025.",
             ("Amber", True), ("Blue", True), (["Chief Pharmacist"], "2025-07", None, "blue")),
            ("MD2.2", "Issue a standard operating procedure on action to take when temperatures are out of range, and "
                      "include it in ward induction.", "Chief Pharmacist", d(2025, 10, 31), None,
             "SOP approved by Medicines Optimisation Group Sept-25; induction pack being updated.",
             ("Green", True), ("Green", True), (["Chief Pharmacist"], "2025-10", None, "green")),
            ("MD2.3", "Monthly medicines storage audit reported to the Medicines Optimisation Group.",
             "Ward Managers; Pharmacy Technician Lead", "Monthly", None,
             "Audit embedded from April 2025; all wards reporting.", ("Green", True), ("Green", True),
             (["Ward Managers", "Pharmacy Technician Lead"], None, "Monthly", "green")),
        ]),
        ("section", ADU),
        ("rec", "The trust must ensure that staff complete mandatory training, including safeguarding adults level 3 "
                "and basic life support, in line with trust targets. (Regulation 18(2)(a))", [
            ("MD3.1", "Provide additional safeguarding adults level 3 sessions for community nursing teams, with "
                      "protected time agreed in team rosters.", "Named Nurse Safeguarding Adults",
             d(2025, 9, 30), None,
             "Compliance 78% against 90% target; additional sessions booked for Nov-25.",
             ("Amber", True), ("Red", True), (["Named Nurse Safeguarding Adults"], "2025-09", None, "red")),
            ("MD3.2", "Team leaders to review mandatory training compliance at monthly one-to-ones and escalate teams "
                      "below 85% to the Care Delivery Group.",
             "Associate Director of Operations – Adult Community Services", d(2025, 7, 31), None,
             "Compliance now reported by team in the monthly performance pack.", ("Green", True), ("Green", True),
             (["Associate Director of Operations – Adult Community Services"], "2025-07", None, "green")),
        ]),
    ]
    should = [
        ("section", INP),
        ("rec", "The trust should ensure that patients' nutrition and hydration charts are fully completed.", [
            ("SD1.1", "Introduce the electronic fluid balance chart on all inpatient wards and include completion in the "
                      "monthly Tendable audit.", "Head of Nursing – Inpatient Services", d(2025, 8, 31), None,
             "Live on all wards from 18 August 2025.", ("Green", True), ("Blue", True),
             (["Head of Nursing – Inpatient Services"], "2025-08", None, "blue")),
        ]),
        ("rec", "The trust should consider how it gathers feedback from patients whose first language is not English.", [
            ("SD2.1", "Make the Friends and Family Test available in the top ten community languages and in easy read.",
             "Head of Patient Experience", "Q3 2025/26", None,
             "Translations commissioned; easy read version co-produced with Healthwatch.",
             (None, False), ("", True), (["Head of Patient Experience"], "2025-12", None, "green")),
        ]),
        ("section", ADU),
        ("rec", "The trust should ensure that caseload sizes in community nursing teams are reviewed regularly against "
                "acuity.", [
            ("SD3.1", "Roll out the Safer Nursing Care Tool for community (CNSST) data collection twice yearly.",
             "Deputy Chief Nurse / Workforce Lead – Nursing", d(2026, 1, 31), None,
             "First data collection completed in September 2025.", ("Green", True), ("Green", True),
             (["Deputy Chief Nurse", "Workforce Lead – Nursing"], "2026-01", None, "green")),
            ("SD3.2", "Report caseload and acuity data to the Workforce Committee with recommendations on establishment.",
             "Deputy Chief Nurse", "Mar-26", None, "Not started – dependent on SD3.1 data collection.",
             (None, False), (None, False), (["Deputy Chief Nurse"], "2026-03", None, "unrated")),
        ]),
    ]

    def build(ws, heading, rows, kindcol):
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color="FF" + NAVY)
        hdr = list(headers)
        hdr[1] = kindcol
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.fill = fill(NAVY)
            cell.alignment = WRAP
            cell.border = BOX
            ws.column_dimensions[chr(64 + c)].width = widths[c - 1]
        r = 4
        section = None
        for item in rows:
            if item[0] == "section":
                section = item[1]
                ws.cell(r, 1, section).font = Font(bold=True, color="FFFFFFFF")
                for c in range(1, 10):
                    ws.cell(r, c).fill = fill("2E75B6")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                r += 1
                continue
            _, rectext, acts = item
            first = r
            for (ref, text, lead, orig, rev, prog, prev, cur, exp) in acts:
                vals = [ref, None, text, lead, orig, rev, prog]
                for c, v in enumerate(vals, 1):
                    if v is None:
                        continue
                    cell = ws.cell(r, c, v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c in range(1, 10):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BOX
                for col, (word, filled) in ((8, prev), (9, cur)):
                    if word:
                        ws.cell(r, col, word)
                    if filled:
                        colour = rag_fill[word] if word else GREEN
                        ws.cell(r, col).fill = fill(colour)
                elead, eend, etext, estat = exp
                expected.append(act(ref, [section, rectext], text, elead, eend, estat, etext))
                r += 1
            ws.cell(first, 2, rectext).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A4"

    build(wb.create_sheet("Must Do"), "Must Do actions – position at 30 September 2025", must,
          "Must do (CQC report wording)")
    build(wb.create_sheet("Should Do"), "Should Do actions – position at 30 September 2025", should,
          "Should do (CQC report wording)")
    # SD2.1: current RAG shown by fill colour only (no word), set above via ("", True)
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates an NHS community trust's CQC must do / should do action plan as appended to Quality and "
                  "Safety Committee and Trust Board papers (e.g. EEAST 'CQC Quality Improvement Plan Progress Report' "
                  "2024-25, https://eastamb.nhs.uk/about-us/trust-board/cqc-report-september-2024; SHSC CQC action "
                  "plan progress pages). Copied features: cover sheet with document-control table and RAG key "
                  "(Blue = complete), separate Must Do and Should Do sheets, core-service section rows merged across "
                  "the table, the CQC must-do wording merged down over its actions, original and revised due dates, "
                  "progress commentary, previous and current RAG columns with fill colours, one current RAG shown by "
                  "fill colour only, a lead cell naming two posts.",
        "reads": "A CQC action plan for Sussex Community NHS FT after its 2024 inspection of two core services. Each "
                 "sheet groups the must-do (then should-do) statements by core service; under each statement are "
                 "numbered actions (MD1.1 ... SD3.2) with leads, original and revised due dates, progress and a "
                 "previous and current RAG. The revised date, where given, and the current RAG are the ones that count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Academies Enterprise Trust - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def aet():
    name = "ql-academies-enterprise-trust-strategic-risk-register-2025-26.xlsx"
    title = "Academies Enterprise Trust – Strategic Risk Register 2025/26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    rows = [("Version", "2.3"), ("Accountable officer", "Chief Executive Officer"),
            ("Prepared by", "Director of Governance and Compliance"),
            ("Last reviewed", "Audit and Risk Committee, 25 November 2025"),
            ("Next review", "Board of Trustees, March 2026")]
    for i, (k, v) in enumerate(rows, 3):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A10"] = ("The register records the trust's strategic risks against the priorities in the AET strategy. "
                 "Academy-level operational risks are held in each academy's local risk register.")
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 60

    key = wb.create_sheet("Scoring & key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    key.cell(2, 1, "Impact \\ Likelihood")
    for l in range(1, 6):
        key.cell(2, l + 1, l).font = Font(bold=True)
    for i in range(5, 0, -1):
        rr = 3 + (5 - i)
        key.cell(rr, 1, i).font = Font(bold=True)
        for l in range(1, 6):
            s = i * l
            c = key.cell(rr, l + 1, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 5 else GREEN)
    key["A10"] = "Score bands: 1–4 Low (green); 5–12 Medium (amber); 15–25 High (red)"
    key["A12"] = "Action RAG"
    key["A12"].font = Font(bold=True)
    for i, (k, colr, v) in enumerate([("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                      ("A", AMBER, "Minor slippage"),
                                      ("R", RED, "Significant slippage or overdue"),
                                      ("(blank)", None, "Not yet started")], 13):
        c = key.cell(i, 1, k)
        if colr:
            c.fill = fill(colr)
        key.cell(i, 2, v)
    key.column_dimensions["A"].width = 20
    key.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register – Term 1 2025/26 review"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ref", "Risk", "Cause and consequence", "Risk owner", "Key controls in place",
           "L", "I", "Score", "L", "I", "Score", "Trend", "Action ref", "Further action required",
           "Action lead", "Target date", "Action RAG"]
    widths = [7, 26, 42, 20, 40, 4, 4, 6, 4, 4, 6, 6, 7, 55, 30, 16, 8]
    ws.cell(2, 6, "Inherent risk")
    ws.merge_cells("F2:H2")
    ws.cell(2, 9, "Residual risk")
    ws.merge_cells("I2:K2")
    ws.cell(2, 13, "Mitigation plan")
    ws.merge_cells("M2:Q2")
    for c in (6, 9, 13):
        ws.cell(2, c).font = Font(bold=True)
        ws.cell(2, c).alignment = Alignment(horizontal="center")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = widths[c - 1]

    def scol(s):
        return RED if s >= 15 else AMBER if s >= 5 else GREEN

    P1 = "Strategic priority 1: Every child receives an excellent education"
    P2 = "Strategic priority 2: A great place to work and grow"
    P3 = "Strategic priority 3: A sustainable and well-run trust"
    plan = [
        ("prio", P1),
        ("risk", "SR1", "Quality of education and outcomes",
         "Cause: variation in curriculum quality and teaching across academies; high staff turnover in some regions. "
         "Consequence: outcomes below national averages, adverse Ofsted judgements, DfE intervention.",
         "Chief Education Officer",
         "Regional Directors' termly quality assurance visits; AET curriculum model; three data drops per year.",
         (4, 5), (3, 4), "↔", [
             ("1a", "Targeted support programme for the 12 academies with a 'requires improvement' or below judgement, "
                    "led by the central school improvement team.", "Chief Education Officer / Regional Directors",
              "Summer term 2026", "G",
              (["Chief Education Officer", "Regional Directors"], "2026-07", "Summer term 2026", "green")),
             ("1b", "Introduce a common Key Stage 4 mock examination window and moderation across all secondary "
                    "academies.", "Director of Secondary Education", "Jan-26", "G",
              (["Director of Secondary Education"], "2026-01", None, "green")),
             ("1c", "Commission an external review of SEND provision in the five academies identified through the "
                    "inclusion audit.", "Director of SEND and Inclusion", d(2025, 12, 31), "A",
              (["Director of SEND and Inclusion"], "2025-12", None, "amber")),
         ]),
        ("prio", P2),
        ("risk", "SR2", "Recruitment and retention of teachers",
         "Cause: national shortages in maths, science and MFL; workload; regional cost of living. "
         "Consequence: reliance on supply staff, weaker teaching, higher costs.",
         "Chief People Officer",
         "Trust-wide recruitment campaign; ECT induction programme; exit interviews analysed termly.",
         (4, 4), (3, 4), "↑", [
             ("2a", "Launch the AET teacher flexible working offer and measure uptake through the staff survey.",
              "Chief People Officer", d(2026, 3, 31), "B", (["Chief People Officer"], "2026-03", None, "blue")),
             ("2b", "Expand the Early Career Teacher retention programme to include a third-year mentoring offer.",
              "Head of Professional Development", "Sept 2026", None,
              (["Head of Professional Development"], "2026-09", None, "unrated")),
         ]),
        ("prio", P3),
        ("risk", "SR3", "Financial sustainability",
         "Cause: falling primary rolls, unfunded pay awards, energy costs. "
         "Consequence: in-year deficits, reduced reserves, pressure on staffing.",
         "Chief Financial Officer",
         "Monthly management accounts to Finance Committee; integrated curriculum and financial planning (ICFP).",
         (4, 4), (3, 3), "↔", [
             ("3a", "Complete a curriculum-led financial planning review in all academies with an in-year deficit.",
              "Chief Financial Officer", "Feb-26", "A", (["Chief Financial Officer"], "2026-02", None, "amber")),
             ("3b", "Refresh three-year budget forecasts reflecting the 2025/26 teachers' pay award and falling rolls in "
                    "the primary phase.", "Head of Financial Planning", d(2025, 12, 31), "G",
              (["Head of Financial Planning"], "2025-12", None, "green")),
         ]),
        ("risk", "SR4", "Cyber security and data protection",
         "Cause: ransomware and phishing attacks on schools; legacy devices. "
         "Consequence: loss of systems and data, ICO action, disruption to teaching and exams.",
         "Chief Operating Officer",
         "Managed firewall and backup service; RPA cyber cover; annual penetration test.",
         (5, 5), (2, 5), "↔", [
             ("4a", "Achieve Cyber Essentials Plus certification across the central trust network.",
              "Head of IT", "Mar-26", "R", (["Head of IT"], "2026-03", None, "red")),
             ("4b", "Deliver annual cyber awareness training to all staff, with completion monitored by academy business "
                    "managers.", "Head of IT; Data Protection Officer", "Ongoing – annual", "G",
              (["Head of IT", "Data Protection Officer"], None, "Ongoing – annual", "green")),
         ]),
    ]
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    r = 4
    prio = None
    for item in plan:
        if item[0] == "prio":
            prio = item[1]
            ws.cell(r, 1, prio).font = Font(bold=True)
            for c in range(1, 18):
                ws.cell(r, c).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
            r += 1
            continue
        _, ref, risk, cause, owner, controls, inh, res, trend, acts = item
        first = r
        for (aref, text, lead, target, rg, exp) in acts:
            ws.cell(r, 13, aref)
            ws.cell(r, 14, text)
            ws.cell(r, 15, lead)
            c = ws.cell(r, 16, target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rg:
                ws.cell(r, 17, rg).fill = fill(rag[rg])
                ws.cell(r, 17).alignment = Alignment(horizontal="center", vertical="top")
            for cc in range(1, 18):
                ws.cell(r, cc).border = BOX
                if cc != 17:
                    ws.cell(r, cc).alignment = WRAP
            elead, eend, etext, estat = exp
            expected.append(act(aref, [prio, risk], text, elead, eend, estat, etext))
            r += 1
        last = r - 1
        vals = {1: ref, 2: risk, 3: cause, 4: owner, 5: controls, 6: inh[0], 7: inh[1], 8: inh[0] * inh[1],
                9: res[0], 10: res[1], 11: res[0] * res[1], 12: trend}
        for col, v in vals.items():
            ws.cell(first, col, v).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 8).fill = fill(scol(inh[0] * inh[1]))
        ws.cell(first, 11).fill = fill(scol(res[0] * res[1]))
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    ws.cell(r + 1, 1, "Strategic risks: 4   Residual high (15+): 0   Residual medium: 4   Residual low: 0")
    ws.cell(r + 2, 1, "Further actions: 9   Complete: 1   On track: 4   Minor slippage: 2   Overdue: 1   Not started: 1")
    ws.cell(r + 3, 1, "Trend: ↑ increasing  ↔ stable  ↓ decreasing since last review")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates an academy trust strategic risk register as kept under the Academy Trust Handbook and the "
                  "DfE 'Academy trust risk management' good-practice guide "
                  "(https://www.gov.uk/government/publications/academy-trust-financial-management-good-practice-guides/"
                  "academy-trust-risk-management) and The Key's trust risk register template. Copied features: cover "
                  "sheet with document control, a scoring & key sheet (5x5 matrix, action RAG key with B = complete and "
                  "blank = not started), strategic-priority rows merged across the register, each risk's description, "
                  "owner, controls and inherent/residual scores (colour-filled) merged down over its further actions, "
                  "lettered action refs, trend arrows, a summary block under the table.",
        "reads": "AET's 2025/26 strategic risk register: four strategic risks under three strategic priorities, each with "
                 "inherent and residual scores and a list of further mitigating actions (1a–4b) with lead, target date "
                 "and an action RAG letter. The score colours are risk ratings, not progress; the action RAG column is "
                 "the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. whg - RSH consumer standards improvement plan, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def whg():
    name = "ql-whg-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
    title = "whg – Consumer Standards Improvement Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14, color="FF00695C")
    sm["A2"] = "Regulator of Social Housing regulatory judgement: C2 (published 18 June 2025)"
    sm["A3"] = "Progress report to Customer Services Committee – January 2026"
    head = ["Consumer standard", "Actions", "Complete", "On track", "At risk", "Not started"]
    for c, h in enumerate(head, 1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("00695C")
    summ = [("Safety and Quality Standard", 4, 1, 2, 1, 0),
            ("Transparency, Influence and Accountability Standard", 3, 1, 2, 0, 0),
            ("Neighbourhood and Community Standard", 1, 0, 0, 0, 1),
            ("Tenancy Standard", 1, 0, 1, 0, 0),
            ("Total", 9, 2, 5, 1, 1)]
    for i, row in enumerate(summ, 6):
        for c, v in enumerate(row, 1):
            sm.cell(i, c, v)
        if row[0] == "Total":
            for c in range(1, 7):
                sm.cell(i, c).font = Font(bold=True)
    sm.column_dimensions["A"].width = 52

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Consumer Standards Improvement Plan – detailed actions"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["No.", "Consumer standard", "What we need to achieve", "Action", "Accountable director",
           "Lead officer", "Due", "Progress update", "Status"]
    widths = [5, 26, 40, 55, 26, 26, 15, 45, 12]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("00695C")
        cell.alignment = WRAP
        ws.column_dimensions[cell.column_letter].width = widths[c - 1]
    rows = [
        (1, "Safety and Quality Standard", "All homes have a stock condition survey no older than five years.",
         "Complete stock condition surveys on the 3,100 homes without a survey since 2020.",
         "Director of Assets", "Head of Asset Intelligence", "March 2026", "2,240 surveys complete (72%).", "On track"),
        (2, None, "All homes meet the Decent Homes Standard.",
         "Deliver the 2025/26 kitchen and bathroom replacement programme to the 412 non-decent homes identified.",
         "Director of Assets", "Capital Programme Manager", "31/03/2026", "286 homes complete; contractor on site.",
         "On track"),
        (3, None, "Damp and mould cases are resolved within our published timescales.",
         "Introduce a dedicated damp and mould team with a 10 working-day inspection standard.",
         "Director of Property Services", "Damp and Mould Lead", "September 2025",
         "Team in place; 96% inspected within 10 working days in December.", "Complete"),
        (4, None, "100% compliance on the big six safety checks.",
         "Remediate the 37 overdue fire risk assessment actions in high-rise blocks.",
         "Director of Building Safety", "Fire Safety Manager", "Febuary 2026",
         "19 of 37 complete; access issues at two blocks escalated.", "At risk"),
        (5, "Transparency, Influence and Accountability Standard",
         "Customers can see how we are performing and how their feedback changes services.",
         "Publish quarterly Tenant Satisfaction Measures performance on the website with 'you said, we did' examples.",
         "Director of Customer Experience", "Insight Manager", "December 2025", "Q2 results published 5 December.",
         "Complete"),
        (6, None, "Complaints are handled in line with the Housing Ombudsman Complaint Handling Code.",
         "Recruit two additional complaints officers and reduce the stage 1 backlog to under 50 cases.",
         "Director of Customer Experience", "Complaints Manager", "January 2026",
         "Officers started November; backlog 64 cases.", "On track"),
        (7, None, "We understand the diverse needs of our customers.",
         "Complete a customer profile data refresh collecting vulnerability and communication needs.",
         "Director of Customer Experience", "Head of Data", "May 2026", "61% of households profiled.", "On track"),
        (8, "Neighbourhood and Community Standard", "Communal areas are safe and clean.",
         "Introduce monthly estate inspections with customer involvement on all estates with communal areas.",
         "Director of Neighbourhoods", "Neighbourhood Services Manager", "April 2026",
         "Inspection route planning under way.", "Not started"),
        (9, "Tenancy Standard", "Allocations are fair and transparent.",
         "Review the allocations policy with Walsall Council and publish the revised policy.",
         "Director of Neighbourhoods", "Lettings Manager", "June 2026", "Consultation closes February 2026.",
         "On track"),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Not started": GREY}
    typo_row = None
    r = 4
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        ws.cell(r, 9).fill = fill(status_fill[row[8]])
        if row[6] == "Febuary 2026":
            typo_row = r
        r += 1
    ws.cell(r + 1, 1, "Status key: Complete / On track / At risk / Not started. Due dates are the current agreed "
                      "dates; any change must be approved by the Executive Team.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates a housing association's improvement plan following a Regulator of Social Housing consumer "
                  "regulatory judgement (C2), reported to a customer services committee (as housing associations "
                  "such as Curo, Incommunities and Vivid publish after their RSH judgements, 2024-25). Copied features: "
                  "summary sheet with counts by consumer standard, a detailed action sheet where the consumer standard "
                  "is written only on the first row of its group, an outcome column, accountable director and lead "
                  "officer columns, due months written as words, status words with fill colours, a key line under "
                  "the table.",
        "reads": "whg's plan responding to its C2 consumer judgement: nine numbered actions grouped by the four "
                 "consumer standards, each with the outcome sought, accountable director, lead officer, due month, "
                 "progress and status. Action 4's due cell (row 7 of the Action plan sheet) reads 'Febuary 2026', a "
                 "mistyped month, so a careful "
                 "reader would stop and ask what date was meant.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Beechwood Grange Care Home - CQC action plan (docx)
# ---------------------------------------------------------------------------
def beechwood():
    name = "ql-beechwood-grange-care-home-cqc-inspection-action-plan.docx"
    title = "Beechwood Grange Care Home – CQC Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Following the CQC inspection on 4 and 5 February 2025 (report published 2 April 2025). "
                      "Overall rating: Requires Improvement.")
    info = [("Provider", "Beechwood Grange Care Ltd"),
            ("Location", "Beechwood Grange Care Home, Kidderminster"),
            ("Registered manager", "Sandra Okafor"),
            ("Nominated individual", "David Hurst"),
            ("Date of plan", "16 April 2025"),
            ("Review", "Monthly at the home's clinical governance meeting; updated 30 June 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], "E2EFDA")
        set_text(row[1], v)
    doc.add_paragraph()

    regs = [
        ("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
         "The provider had failed to ensure risks relating to people's health and safety were assessed and mitigated, "
         "and medicines were not always managed safely.", [
             ("Review every resident's care plan and risk assessments for falls, choking and skin integrity, using a new "
              "resident-of-the-day process.", "Deputy Manager / Clinical Lead", "30/04/2025",
              "All 38 care plans reviewed; resident of the day embedded.", "Complete",
              (["Deputy Manager", "Clinical Lead"], "2025-04", None, "blue")),
             ("Introduce electronic medicines administration records (eMAR) with the supplying pharmacy and train all "
              "staff who administer medicines.", "Registered Manager", "End of June 2025",
              "eMAR live 9 June 2025; 21 of 22 staff competency-assessed.", "Complete",
              (["Registered Manager"], "2025-06", None, "blue")),
             ("Carry out weekly medicines audits for 12 weeks, then monthly, and act on any errors found.",
              "Clinical Lead", "Weekly then monthly", "Weekly audits since 14 April; two minor errors, both actioned.",
              "On track", (["Clinical Lead"], None, "Weekly then monthly", "green")),
         ]),
        ("Regulation 17 HSCA RA Regulations 2014 Good governance",
         "Systems to assess, monitor and improve the quality and safety of the service were not operated effectively. "
         "Audits had not identified the concerns found at this inspection.", [
             ("Replace the audit schedule with a monthly governance calendar covering care plans, medicines, infection "
              "control, falls and the environment.", "Registered Manager", "May 2025",
              "Calendar in use from May; results reported to the provider monthly.", "Complete",
              (["Registered Manager"], "2025-05", None, "blue")),
             ("Nominated individual to complete a quarterly provider visit and written report, with actions added to "
              "this plan.", "David Hurst", "Quarterly", "First visit 20 June 2025; report filed.", "On track",
              (["David Hurst"], None, "Quarterly", "green")),
             ("Repair the call bell system on the first floor and record weekly call bell response-time checks.",
              "Registered Manager / Maintenance Lead", "w/c 12/05/25",
              "New call points fitted 13 May 2025; weekly checks recorded.", "Complete",
              (["Registered Manager", "Maintenance Lead"], "2025-05", None, "blue")),
         ]),
        ("Regulation 18 HSCA RA Regulations 2014 Staffing",
         "Staff had not received the training and supervision they needed, including moving and handling and dementia "
         "care training.", [
             ("Book all outstanding moving and handling practical training and dementia awareness training.",
              "Training Coordinator", "31/07/2025", "Moving and handling 88%; dementia awareness 81%.", "On track",
              (["Training Coordinator"], "2025-07", None, "green")),
             ("Put in place a supervision matrix so every member of staff has supervision every eight weeks and an "
              "annual appraisal.", "Deputy Manager", "September 2025", "", "Not started",
              (["Deputy Manager"], "2025-09", None, "unrated")),
         ]),
    ]
    expected = []
    for reg, notmet, acts in regs:
        doc.add_heading(reg, level=2)
        p = doc.add_paragraph()
        p.add_run("How the regulation was not being met:").bold = True
        doc.add_paragraph(notmet)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in enumerate(["What we will do", "Who", "By when", "Progress at 30 June 2025", "Status"]):
            set_text(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "A9D08E")
        for (text, who, when, prog, status, exp) in acts:
            row = tb.add_row().cells
            for c, v in enumerate([text, who, when, prog, status]):
                set_text(row[c], v)
            elead, eend, etext, estat = exp
            expected.append(act(None, [reg, notmet], text, elead, eend, estat, etext))
        doc.add_paragraph()
    doc.add_paragraph("This action plan is reviewed monthly at the clinical governance meeting and shared with the "
                      "local authority quality assurance team.")
    sg = doc.add_table(rows=2, cols=3)
    sg.style = "Table Grid"
    for c, h in enumerate(["Signed", "Position", "Date"]):
        set_text(sg.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["S. Okafor", "Registered Manager", "16/04/2025"]):
        set_text(sg.rows[1].cells[c], v)
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates the action plan a care home sends CQC (and the local authority quality team) after an "
                  "inspection with breaches of Regulations 12, 17 and 18, in the style of small providers' Word plans "
                  "that quote CQC's 'How the regulation was not being met' wording. Copied features: title heading and "
                  "intro line with the rating, a provider details table, one heading per breached regulation with "
                  "the CQC wording under a bold label, one action table per regulation ('What we will do / Who / By "
                  "when / Progress / Status'), actions without refs, two posts in one 'Who' cell, a named nominated "
                  "individual as lead, 'w/c' and 'End of June' dates, a sign-off table at the end.",
        "reads": "Beechwood Grange's plan after its February 2025 CQC inspection rated it Requires Improvement: three "
                 "breached regulations, each followed by CQC's reason and a table of unnumbered actions with who, by "
                 "when, progress and status. The provider details table and the sign-off table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. City of London Police - custody inspection action plan (docx)
# ---------------------------------------------------------------------------
def colp():
    name = "ql-city-of-london-police-custody-inspection-action-plan.docx"
    title = "City of London Police – Custody Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Response to the report on an unannounced inspection visit to police custody suites in the "
                          "City of London by HM Inspectorate of Constabulary and Fire & Rescue Services and HM "
                          "Inspectorate of Prisons (published October 2024)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("OFFICIAL")
    doc.add_paragraph().add_run("Version history").bold = True
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for c, hd in enumerate(["Version", "Date", "Author", "Changes"]):
        set_text(vh.rows[0].cells[c], hd, bold=True)
    for v in [("0.1", "11/11/2024", "Custody Inspector", "First draft"),
              ("1.0", "02/12/2024", "Supt Local Policing", "Approved at Custody Strategic Board"),
              ("1.3", "14/07/2025", "Custody Inspector", "Quarterly update")]:
        row = vh.add_row().cells
        for c, x in enumerate(v):
            set_text(row[c], x)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (colr, meaning) in enumerate([(BLUE, "Completed – signed off by Custody Strategic Board"),
                                         (GREEN, "On track"), (AMBER, "Delayed – within tolerance"),
                                         (RED, "Delayed – escalated to Chief Officer Team")]):
        shade(kt.rows[i].cells[0], colr)
        set_text(kt.rows[i].cells[1], meaning)
    doc.add_paragraph()
    doc.add_paragraph("The inspection made one recommendation and five areas for improvement. Actions are listed under "
                      "the section of the report in which each was raised.")

    S1 = "Leadership, accountability and partnerships"
    S2 = "In the custody suite: booking in, individual needs and legal rights"
    S3 = "In the custody suite: care and health"
    S4 = "Release and transfer from custody"
    plan = [
        ("sec", S1),
        ("rec", "AFI 1", "The force should improve its oversight of the use of force in custody, so that all incidents "
                         "are recorded accurately and reviewed.", [
            ("1.1", "Custody use of force forms to be reviewed weekly by the duty custody inspector, with themes reported "
                    "to the Custody Strategic Board.", "Custody Inspector", "Q4 2024/25",
             "Weekly review in place since January 2025.", BLUE, (["Custody Inspector"], "2025-03", None, "blue")),
            ("1.2", "Link the use of force app to custody records on Niche so incidents can be cross-checked.",
             "Head of Information Management / Custody Inspector", "Sept 2025",
             "Supplier change request raised; delivery slipped from June.", AMBER,
             (["Head of Information Management", "Custody Inspector"], "2025-09", None, "amber")),
        ]),
        ("sec", S2),
        ("rec", "Recommendation 1", "The force should make sure that detainees' risks are fully assessed at booking in "
                                    "and that risk management plans are proportionate, with observation levels "
                                    "reviewed throughout detention.", [
            ("R1.1", "Refresher training on risk assessment and the rationale for observation levels for all custody "
                     "sergeants.", "Custody Training Lead", "31/03/2025", "All 24 sergeants trained by March 2025.",
             BLUE, (["Custody Training Lead"], "2025-03", None, "blue")),
            ("R1.2", "Monthly dip-sample of 20 custody records by the custody inspector, with findings fed back to "
                     "sergeants.", "Insp. R. Mahmood", "Monthly", "Dip-samples completed each month since February.",
             GREEN, (["Insp. R. Mahmood"], None, "Monthly", "green")),
        ]),
        ("rec", "AFI 2", "The force should ensure that detainees can use the toilet in private, with CCTV images "
                         "obscured.", [
            ("2.1", "Install privacy pixelation on toilet areas for all cell CCTV cameras at Bishopsgate.",
             "Estates Project Manager", "End of June 2025",
             "Works not started; contractor procurement failed. Escalated June 2025.", RED,
             (["Estates Project Manager"], "2025-06", None, "red")),
        ]),
        ("sec", S3),
        ("rec", "AFI 3", "The force should ensure that detainees are routinely offered a shower, exercise and reading "
                         "materials, and that this is recorded.", [
            ("3.1", "Add a care and welfare prompt to the custody record for each shift handover.", "Custody Inspector",
             "TBC", "Awaiting Niche change request approval.", None,
             (["Custody Inspector"], None, "TBC", "unrated")),
        ]),
        ("rec", "AFI 4", "The force should make sure that healthcare staff have access to the custody record to record "
                         "clinical interventions consistently.", [
            ("4.1", "Agree data-sharing arrangements and system access with the healthcare provider.",
             "Ch Supt Local Policing; Healthcare Contract Manager", "Dec-25",
             "Draft data-sharing agreement with the provider's Caldicott Guardian.", GREEN,
             (["Ch Supt Local Policing", "Healthcare Contract Manager"], "2025-12", None, "green")),
        ]),
        ("sec", S4),
        ("rec", "AFI 5", "The force should ensure that all detainees are offered a pre-release risk assessment that "
                         "considers their onward safety, including referral to support services.", [
            ("5.1", "Refresh the pre-release risk assessment template and add signposting cards for local support "
                    "services.", "Custody Inspector / Liaison and Diversion Manager", "By 31 October 2025",
             "Template revised; cards at print.", GREEN,
             (["Custody Inspector", "Liaison and Diversion Manager"], "2025-10", None, "green")),
        ]),
    ]
    doc.add_paragraph().add_run("Action plan").bold = True
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, hd in enumerate(["Ref", "Action", "Owner", "Target date", "Update (July 2025)", "RAG"]):
        set_text(tb.rows[0].cells[c], hd, bold=True, color="FFFFFF")
        shade(tb.rows[0].cells[c], NAVY)
    expected = []
    section = None
    for item in plan:
        if item[0] == "sec":
            section = item[1]
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_text(m, section, bold=True)
            shade(m, "BDD7EE")
            continue
        _, label, rectext, acts = item
        row = tb.add_row()
        set_text(row.cells[0], label, bold=True)
        m = row.cells[1].merge(row.cells[5])
        set_text(m, rectext, bold=True)
        shade(row.cells[0], GREY)
        shade(m, GREY)
        for (ref, text, owner, target, upd, colr, exp) in acts:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, text, owner, target, upd]):
                set_text(cells[c], v)
            if colr:
                shade(cells[5], colr)
            elead, eend, etext, estat = exp
            expected.append(act(ref, [section, rectext], text, elead, eend, estat, etext))
    doc.add_paragraph()
    doc.add_paragraph("Progress is reported quarterly to the Custody Strategic Board and to the Police Authority Board's "
                      "Professional Standards and Integrity Committee.")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates a police force's action plan responding to a joint HMICFRS/HMIP unannounced custody "
                  "inspection (recommendation plus areas for improvement grouped by the report's sections, cf. the "
                  "Warwickshire PCC response to the 2022 custody report, https://www.warwickshire-pcc.gov.uk/"
                  "key-information/hmicfrs-reports/response-to-report-on-an-unannounced-inspection-visit-to-police-"
                  "custody-suites-in-warwickshire/, and City of London Police's quarterly HMICFRS updates to its "
                  "committee). Copied features: centred title and subtitle, protective marking, version history table, "
                  "RAG key table of colour swatches, one long table with shaded section rows, a grey row per "
                  "recommendation/AFI (label cell plus merged text), numbered actions beneath, RAG shown only by cell "
                  "shading, an officer named by rank, two owners in one cell, 'Q4 2024/25', 'TBC' and 'By 31 October "
                  "2025' dates.",
        "reads": "City of London Police's plan for its 2024 custody inspection: one table where each report section "
                 "(shaded row) holds a recommendation or area for improvement (grey row) and the numbered actions "
                 "answering it, with owner, target date, July 2025 update and a colour-only RAG cell. The version "
                 "history and RAG key tables are not part of the plan; action 3.1 has no colour (not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. University of Reading - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def reading():
    name = "ql-university-of-reading-internal-audit-recommendations-tracker.csv"
    title = "University of Reading – Internal Audit Recommendations Tracker"
    CS = "Cyber Security – Identity and Access Management (2024/25)"
    SRA = "Student Recruitment and Admissions (2024/25)"
    RG = "Research Grant Post-Award Management (2023/24)"
    AP = "Accounts Payable and Supplier Set-up (2024/25)"
    recs = [
        (CS, "CS1", "High", "Privileged accounts should be reviewed at least quarterly and leavers' access removed within "
                            "one working day.",
         "Implement an automated leaver process between the HR system and Active Directory.",
         "Director of Digital Technology Services / Chief Information Security Officer", "31/03/2025", "31/12/2025",
         "A", "Automation live for staff; student-worker contracts still manual. Revised date agreed by ARC July 2025.",
         (["Director of Digital Technology Services", "Chief Information Security Officer"], "2025-12", None, "amber")),
        (CS, "CS2", "Medium", "Multi-factor authentication should be enforced for all remote access to finance and HR "
                              "systems.",
         "Enforce MFA through conditional access policies for Agresso and iTrent.", "Head of Cyber Security",
         "30/06/2025", "", "B", "Completed June 2025; verified by internal audit follow-up.",
         (["Head of Cyber Security"], "2025-06", None, "blue")),
        (SRA, "SRA1", "Medium", "The University should document the process for verifying applicants' qualifications, "
                                "including overseas qualifications.",
         "Produce a qualifications verification procedure and train admissions officers.\n"
         "Add a verification checklist to the applicant record in the CRM.",
         "Head of Admissions", "31/01/2026", "", "G", "Procedure drafted; training booked for December.",
         (["Head of Admissions"], "2026-01", None, "green")),
        (SRA, "SRA2", "Low", "Decisions made outside the published admissions policy should be logged and approved by "
                             "the Admissions Tutor.",
         "Introduce an exceptions log reviewed termly by the Director of Admissions and Recruitment.",
         "Director of Admissions and Recruitment", "28/02/2026", "", "", "Not yet started.",
         (["Director of Admissions and Recruitment"], "2026-02", None, "unrated")),
        (RG, "RG3", "High", "Overspends on closed research awards should be identified and cleared within three months "
                            "of the award end date.",
         "Monthly report of closed awards in overspend to Heads of School, with escalation to the Pro-Vice-Chancellor "
         "(Research and Innovation) after 60 days.",
         "Head of Research Finance", "31/07/2024", "31/03/2025", "R",
         "Report in place but 14 awards still in overspend over 3 months. Second extension to be sought.",
         (["Head of Research Finance"], "2025-03", None, "red")),
        (RG, "RG4", "Medium", "Cost transfers onto research awards should be supported by evidence and approved before "
                              "posting.",
         "Update the cost transfer form to require Principal Investigator and Research Finance approval.",
         "Head of Research Finance", "30/11/2024", "", "B", "Implemented December 2024.",
         (["Head of Research Finance"], "2024-11", None, "blue")),
        (AP, "AP1", "High", "Changes to supplier bank details should be independently verified by telephone call-back to "
                            "a known contact before processing.",
         "Introduce a mandatory call-back step and second-person approval in the supplier maintenance workflow.",
         "Financial Controller", "31/05/2025", "", "B", "Complete – workflow change live 12 May 2025.",
         (["Financial Controller"], "2025-05", None, "blue")),
        (AP, "AP2", "Medium", "Duplicate supplier records should be identified and merged.",
         "Run a quarterly duplicate supplier report and cleanse the supplier master file.",
         "Accounts Payable Manager; Procurement Systems Officer", "Jan-26", "", "G",
         "First report run September 2025; 212 duplicates merged.",
         (["Accounts Payable Manager", "Procurement Systems Officer"], "2026-01", None, "green")),
        (AP, "AP3", "Low", "Purchase orders should be raised before invoices are received ('no PO, no pay').",
         "Communicate the no PO, no pay policy to budget holders and report retrospective orders to Finance Committee "
         "quarterly.", "Director of Procurement", "Ongoing", "", "G",
         "Policy relaunched August 2025; first quarterly report to Finance Committee in November.",
         (["Director of Procurement"], None, "Ongoing", "green")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 10
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    w.writerow(pad([title]))
    w.writerow(pad(["Audit and Risk Committee, 26 November 2025 – position at 31 October 2025"]))
    w.writerow(pad(["RAG: B = implemented, G = on track, A = at risk of missing revised date, R = overdue, "
                    "blank = not started"]))
    w.writerow(pad([]))
    w.writerow(["Audit", "Rec ref", "Priority", "Recommendation", "Agreed action", "Action owner",
                "Original due date", "Revised due date", "RAG", "Latest update"])
    expected = []
    for (audit, ref, pri, rec, action, owner, orig, rev, rag, upd, exp) in recs:
        w.writerow([audit, ref, pri, rec, action, owner, orig, rev, rag, upd])
        elead, eend, etext, estat = exp
        expected.append(act(ref, [audit, rec], action, elead, eend, estat, etext))
    w.writerow(pad([]))
    w.writerow(pad(["Summary"]))
    for lab, n in [("Total recommendations", 9), ("Implemented (B)", 3), ("On track (G)", 3), ("At risk (A)", 1),
                   ("Overdue (R)", 1), ("Not started", 1)]:
        w.writerow(pad([lab, str(n)]))
    w.writerow(pad(["Note: revised due dates are shown only where agreed by the Audit and Risk Committee."]))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates a university Audit and Risk Committee internal audit recommendations follow-up tracker "
                  "exported to CSV (the kind of report internal auditors such as Uniac describe, "
                  "https://uniac.co.uk/faq/what-happens-after-an-audit, with management actions, owners, original and "
                  "revised dates). Copied features: title and committee/position lines, RAG key line, one row per "
                  "recommendation with audit name repeated, priority, recommendation, agreed action (one cell holding "
                  "two lines), owner, original and revised due dates, RAG letter, latest update; a summary block and "
                  "note under the data.",
        "reads": "The University of Reading's tracker of open and recently closed internal audit recommendations from "
                 "four audits: each row is a recommendation with its agreed action, owner, original and (where "
                 "agreed) revised due date and RAG letter. The summary block at the end is not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Merseyside Fire & Rescue Service - HMICFRS AFI action plan (plain text export)
# ---------------------------------------------------------------------------
def merseyside():
    name = "ql-merseyside-fire-rescue-service-hmicfrs-afi-action-plan.txt"
    title = "MERSEYSIDE FIRE & RESCUE SERVICE – HMICFRS ROUND 3 INSPECTION: AREAS FOR IMPROVEMENT ACTION PLAN"
    E = "1. EFFECTIVENESS"
    F = "2. EFFICIENCY"
    P = "3. PEOPLE"
    AFI1 = ("The service should make sure it has an effective system to evaluate its prevention activity, so it "
            "understands what works.")
    AFI2 = ("The service should make sure its risk-based inspection programme targets the highest-risk premises and "
            "that audits are completed on time.")
    AFI3 = "The service should make sure it has robust processes for monitoring the productivity of its wholetime crews."
    AFI4 = ("The service should make sure all staff understand how to raise concerns and have confidence in the "
            "confidential reporting process.")
    AFI5 = "The service should make sure its succession planning identifies and develops future leaders at all levels."
    plan = [
        (E, [
            (1, AFI1, [
                ("1.1", "Develop a prevention evaluation framework aligned to the NFCC Prevention Fire Standard and apply "
                        "it to Home Fire Safety Checks.", "Group Manager Prevention", "31/03/2026", "G",
                 "Framework drafted and presented to Prevention Board (December 2025).",
                 (["Group Manager Prevention"], "2026-03", None, "green")),
                ("1.2", "Commission an independent evaluation of the Safe and Well partnership referral scheme with "
                        "Liverpool John Moores University.", "Area Manager Prevention / Head of Strategy and Performance",
                 "Q2 2026/27", "-", "Scoping meeting arranged for February 2026.",
                 (["Area Manager Prevention", "Head of Strategy and Performance"], "2026-09", None, "unrated")),
            ]),
            (2, AFI2, [
                ("2.1", "Re-profile the risk-based inspection programme using the NFCC Definition of Risk tool.",
                 "Group Manager Protection", "30/09/2025 (revised 31/01/2026)", "A",
                 "Data cleanse of premises records took longer than planned; revised date agreed at Strategic Leadership "
                 "Team 4 November 2025.", (["Group Manager Protection"], "2026-01", None, "amber")),
            ]),
        ]),
        (F, [
            (3, AFI3, [
                ("3.1", "Introduce a station activity dashboard showing prevention, protection and training time per "
                        "watch.", "Head of Strategy and Performance", "December 2025", "B",
                 "Dashboard live on the intranet from 1 December 2025.",
                 (["Head of Strategy and Performance"], "2025-12", None, "blue")),
            ]),
        ]),
        (P, [
            (4, AFI4, [
                ("4.1", "Relaunch the confidential reporting line with an external provider and publicise it through "
                        "station visits by the Chief Fire Officer.",
                 "Director of People and Organisational Development", "Apr-26", "G",
                 "Contract awarded; launch planned for March 2026.",
                 (["Director of People and Organisational Development"], "2026-04", None, "green")),
                ("4.2", "Report the number and themes of concerns raised to the Authority's Scrutiny Committee every six "
                        "months.", "Head of HR; Head of Legal Services", "Six-monthly", "G",
                 "First report due to Scrutiny Committee in June 2026.",
                 (["Head of HR", "Head of Legal Services"], None, "Six-monthly", "green")),
            ]),
            (5, AFI5, [
                ("5.1", "Launch a supervisory and middle manager development pathway with a talent management panel.",
                 "Head of Organisational Development", "July 2026", "-", "",
                 (["Head of Organisational Development"], "2026-07", None, "unrated")),
            ]),
        ]),
    ]
    bar = "=" * 72
    lines = [title,
             "Report to: Audit Committee, 22 January 2026",
             "Exported from performance management system: 08/01/2026 09:14",
             "Report owner: Director of Strategy and Performance",
             "",
             "Status key:  B = Complete   G = On track   A = Some slippage   R = Off track   - = Not started",
             ""]
    expected = []
    for pillar, afis in plan:
        lines += [bar, pillar, bar, ""]
        for n, afi, acts in afis:
            lines += [f"Area for improvement {n}", afi, ""]
            for ref, text, lead, due, st, upd, exp in acts:
                lines += [f"  Ref:     {ref}",
                          f"  Action:  {text}",
                          f"  Lead:    {lead}",
                          f"  Due:     {due}",
                          f"  Status:  {st}",
                          f"  Update:  {upd}".rstrip(),
                          ""]
                elead, eend, etext, estat = exp
                expected.append(act(ref, [pillar, afi], text, elead, eend, estat, etext))
    lines += [bar, "Totals: 7 actions | Complete 1 | On track 3 | Some slippage 1 | Off track 0 | Not started 2",
              "End of report"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a fire and rescue service's HMICFRS areas-for-improvement action plan as exported from a "
                  "performance system into an audit committee report (cf. Buckinghamshire FRS 'HMICFRS Inspection "
                  "Report Action Plan', https://bucksfire.gov.uk/authority/hmicfrs-inspection-report-action-plan/, and "
                  "Derbyshire FRS's progress summaries to its governance working group). Copied features: title line, "
                  "report-to/export/owner lines, a status letter key, pillar banners between rule lines, each AFI's "
                  "wording under an 'Area for improvement n' label, one labelled block per action (Ref/Action/Lead/"
                  "Due/Status/Update), an original date with a revised date in the same field, '-' for not started, a "
                  "totals line at the end.",
        "reads": "Merseyside FRS's action plan for the areas for improvement from its round 3 HMICFRS inspection: "
                 "three pillars, five AFIs and seven numbered actions, each given as a block of labelled lines with "
                 "lead, due date, status letter and update. The revised date in 2.1 is the due date; '-' means not "
                 "started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (sussex, aet, whg, beechwood, colp, reading, merseyside):
        n, k = fn()
        print(f"{n}: {k} actions")
