#!/usr/bin/env python3
"""Build the seven zbj- blind test files (set heldout763) and their expected readings.

Run with /work/main/.venv/bin/python zbj_make.py  (needs openpyxl, python-docx, pyyaml).
Every data file is written from the tables below; the expected reading of each action
(headings, leads, month, status) is written by hand next to the action text.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "B": "FF0070C0", "G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000",
    "head": "FF1F3864", "sub": "FFD9E1F2", "grey": "FFEDEDED", "teal": "FFDDEBF7",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(cell, key):
    cell.fill = PatternFill(fill_type="solid", start_color=FILL[key], end_color=FILL[key])


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, box=True, date=False, white=False, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if box:
        c.border = BOX
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFFFF" if white else None, size=size)
    if date:
        c.number_format = "dd/mm/yyyy"
    return c


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# =================================================================== 1. Velindre BAF (xlsx)
VEL = "zbj-velindre-university-nhs-trust-board-assurance-framework-2025-26.xlsx"
VEL_TITLE = "Velindre University NHS Trust – Board Assurance Framework 2025/26"

VEL_RISKS = [
    {
        "sheet": "SR01",
        "title": "SR01 – Delivery of the new Velindre Cancer Centre (nVCC)",
        "desc": "There is a risk that the nVCC is not delivered to the agreed time, cost and quality, "
                "or that services are not ready to transfer safely, resulting in continued reliance on "
                "the ageing estate at the current Velindre Cancer Centre.",
        "lead": "Director of Strategic Transformation, Planning & Digital",
        "committee": "Strategic Development Committee",
        "scores": ["Inherent: 5 x 5 = 25", "Q2: 3 x 5 = 15", "Q3: 3 x 5 = 15", "Target: 2 x 5 = 10"],
        "controls": "nVCC Programme Board and Project Board (monthly)\n"
                    "Project Agreement with the ACORN consortium (Mutual Investment Model) and independent tester in place\n"
                    "Monthly reporting to Welsh Government Capital Investment Branch",
        "assurance": "Internal Audit review of nVCC programme governance 2025 (Reasonable assurance)\n"
                     "Gateway 4 review, June 2025 (Amber/Green)",
        "gaps": [
            ("Gap 1: Operational commissioning and service transfer plan not yet approved", [
                ("1.1", "Complete the Operational Commissioning Plan for the transfer of outpatient, SACT and "
                        "radiotherapy services to the nVCC and present it to the Strategic Development Committee",
                 "Head of Operational Commissioning (nVCC)", d(2025, 10, 31), d(2026, 1, 31), "A", "G",
                 "Plan reviewed by nVCC Project Board on 9 December; scheduled for Strategic Development "
                 "Committee on 22 January 2026.",
                 (["Head of Operational Commissioning (nVCC)"], "2026-01", None, "green")),
                ("1.2", "Agree patient transfer and service decant sequencing with Cardiff and Vale UHB, "
                        "Aneurin Bevan UHB and Cwm Taf Morgannwg UHB",
                 "Chief Operating Officer / Director of Velindre Cancer Service", d(2025, 12, 31), d(2026, 3, 31),
                 "G", "A",
                 "Two of three health boards have agreed the sequencing principles; Aneurin Bevan response "
                 "awaited following capacity modelling.",
                 (["Chief Operating Officer", "Director of Velindre Cancer Service"], "2026-03", None, "amber")),
            ]),
            ("Gap 2: Assurance on digital readiness of the nVCC not yet in place", [
                ("2.1", "Deliver the nVCC digital infrastructure design (network, telephony and Wi-Fi) to the "
                        "ACORN construction programme",
                 "Chief Digital Officer", d(2026, 2, 28), None, "G", "G",
                 "Design freeze achieved for levels 0–2; levels 3–4 due February.",
                 (["Chief Digital Officer"], "2026-02", None, "green")),
                ("2.2", "Commission an independent Gateway review of digital and clinical systems readiness "
                        "for the nVCC",
                 "Director of Strategic Transformation, Planning & Digital", d(2025, 9, 30), None, "A", "R",
                 "Reviewer not yet appointed; NWSSP framework call-off to be re-run. Revised date to be "
                 "agreed at Executive Management Board.",
                 (["Director of Strategic Transformation, Planning & Digital"], "2025-09", None, "red")),
            ]),
        ],
    },
    {
        "sheet": "SR02",
        "title": "SR02 – Sustainability of blood and blood component supply",
        "desc": "There is a risk that the Welsh Blood Service cannot collect and process enough blood and "
                "blood components to meet the needs of hospitals in Wales, resulting in reliance on mutual "
                "aid from other UK blood services.",
        "lead": "Director of Welsh Blood Service",
        "committee": "Quality, Safety & Performance Committee",
        "scores": ["Inherent: 4 x 5 = 20", "Q2: 3 x 4 = 12", "Q3: 3 x 4 = 12", "Target: 2 x 4 = 8"],
        "controls": "Blood Supply Resilience Plan and weekly stock management meeting\n"
                    "UK Forum mutual aid arrangements\n"
                    "Donor session planning model reviewed monthly",
        "assurance": "MHRA inspection of Pontyclun site, March 2025 (no critical findings)\n"
                     "Monthly blood stock reports to Executive Management Board",
        "gaps": [
            ("Gap 1: Active donor base below the level needed to meet forecast red cell and platelet demand", [
                ("1.1", "Deliver the 2025/26 donor recruitment and retention plan, targeting new donors aged "
                        "17–30 and donors of Black heritage",
                 "Head of Donor Services", d(2026, 3, 31), None, "G", "G",
                 "1,940 new donors recruited to end of December against a year-to-date target of 1,800.",
                 (["Head of Donor Services"], "2026-03", None, "green")),
                ("1.2", "Extend opening hours at the Merthyr Tydfil and Wrexham fixed donor clinics to include "
                        "two evening sessions a week",
                 "Director of Welsh Blood Service", d(2025, 6, 30), d(2025, 11, 30), "A", "B",
                 "Evening sessions live at both clinics from 4 November 2025.",
                 (["Director of Welsh Blood Service"], "2025-11", None, "blue")),
            ]),
            ("Gap 2: Single supplier for blood collection packs and apheresis kits", [
                ("2.1", "Complete market engagement for a second supplier of blood collection packs through "
                        "NWSSP Procurement Services",
                 "WBS Head of Planning & Performance; NWSSP Procurement Lead", d(2025, 12, 31), None, "G", "A",
                 "Market engagement closed with two responses; technical evaluation slipped to February due "
                 "to validation testing.",
                 (["WBS Head of Planning & Performance", "NWSSP Procurement Lead"], "2025-12", None, "amber")),
            ]),
        ],
    },
    {
        "sheet": "SR04",
        "title": "SR04 – Workforce capacity in specialist cancer and blood services",
        "desc": "There is a risk that the Trust cannot recruit and retain enough specialist staff in "
                "radiotherapy, medical physics, SACT and laboratory services, resulting in reduced capacity "
                "and longer waits for patients.",
        "lead": "Director of Organisational Development & Workforce",
        "committee": "Quality, Safety & Performance Committee",
        "scores": ["Inherent: 4 x 5 = 20", "Q2: 4 x 4 = 16", "Q3: 3 x 4 = 12", "Target: 3 x 3 = 9"],
        "controls": "Workforce plan within the IMTP 2025–2028\n"
                    "Monthly vacancy and establishment review by service\n"
                    "Recruitment and Retention Premia for hard-to-fill physics posts",
        "assurance": "Workforce KPI report to Quality, Safety & Performance Committee (bi-monthly)\n"
                     "HEIW education commissioning numbers confirmed for 2025/26",
        "gaps": [
            ("Gap 1: Vacancies in therapeutic radiography and radiotherapy physics", [
                ("1.1", "Deliver the second international recruitment cohort for therapeutic radiographers",
                 "Director of Organisational Development & Workforce", d(2026, 1, 31), None, "G", "G",
                 "11 offers made; 7 staff in post, remaining 4 awaiting HCPC registration.",
                 (["Director of Organisational Development & Workforce"], "2026-01", None, "green")),
                ("1.2", "Introduce a Band 4 assistant practitioner apprenticeship route in radiotherapy and SACT",
                 "Director of Organisational Development & Workforce / Director of Velindre Cancer Service",
                 d(2025, 9, 30), d(2026, 4, 30), "R", "A",
                 "Apprenticeship framework agreed with Cardiff University; first intake moved to April 2026.",
                 (["Director of Organisational Development & Workforce", "Director of Velindre Cancer Service"],
                  "2026-04", None, "amber")),
            ]),
            ("Gap 2: No Trust-wide retention data to show the impact of interventions", [
                ("2.1", "Roll out ‘stay conversations’ for all staff in their first two years across VCS and WBS "
                        "and report retention data quarterly to the Local Partnership Forum",
                 "Head of Workforce Planning & Resourcing", "Ongoing", None, "G", "G",
                 "Stay conversations in place in WBS; VCS roll-out started in November. First quarterly "
                 "retention report presented in December.",
                 (["Head of Workforce Planning & Resourcing"], None, "Ongoing", "green")),
            ]),
        ],
    },
]


def build_velindre():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 62
    ws.column_dimensions["D"].width = 30
    ws.merge_cells("A1:D1")
    put(ws, 1, 1, VEL_TITLE, bold=True, box=False, size=14)
    rows = [("Report to:", "Trust Board (Public) – 29 January 2026"),
            ("Position as at:", "31 December 2025 (Quarter 3)"),
            ("Executive sponsor:", "Director of Corporate Governance & Chief of Staff")]
    for i, (k, v) in enumerate(rows, start=3):
        put(ws, i, 1, k, bold=True, box=False)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        put(ws, i, 2, v, box=False)
    put(ws, 7, 1, "Document control", bold=True, box=False)
    for j, h in enumerate(["Version", "Date", "Summary of changes", "Reviewed by"], start=1):
        c = put(ws, 8, j, h, bold=True)
        fill(c, "sub")
    dc = [("v1.0", d(2025, 4, 24), "BAF 2025/26 approved – strategic risks refreshed following IMTP approval",
           "Trust Board"),
          ("v2.0", d(2025, 10, 10), "Q2 review; SR03 de-escalated to the Corporate Risk Register", "Audit Committee"),
          ("v3.0", d(2026, 1, 8), "Q3 review of controls, gaps and actions", "Executive Management Board")]
    for i, (v, dat, s, r) in enumerate(dc, start=9):
        put(ws, i, 1, v)
        put(ws, i, 2, dat, date=True)
        put(ws, i, 3, s)
        put(ws, i, 4, r)
    put(ws, 13, 1, "Action progress key", bold=True, box=False)
    key = [("B", "Complete – action delivered and evidenced"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – recovery expected within the quarter"),
           ("R", "Off track – target date missed or revised date not agreed")]
    for i, (k, v) in enumerate(key, start=14):
        c = put(ws, i, 1, k, bold=True)
        fill(c, k)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        put(ws, i, 2, v)
    put(ws, 19, 1, "Risk scores are Likelihood x Consequence on the NHS Wales 5 x 5 risk matrix.", box=False)

    ws = wb.create_sheet("BAF Summary")
    widths = [10, 48, 40, 36, 10, 10, 18, 10, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, "BAF Summary – Quarter 3 2025/26", bold=True, box=False, size=12)
    hdr = ["Risk ID", "Strategic risk", "Executive lead", "Assuring committee", "Inherent", "Q2 score",
           "Q3 score", "Target", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = put(ws, 3, j, h, bold=True, white=True)
        fill(c, "head")
    summ = [
        ("SR01", "Delivery of the new Velindre Cancer Centre (nVCC)",
         "Director of Strategic Transformation, Planning & Digital", "Strategic Development Committee",
         25, 15, 15, 10, "↔"),
        ("SR02", "Sustainability of blood and blood component supply", "Director of Welsh Blood Service",
         "Quality, Safety & Performance Committee", 20, 12, 12, 8, "↔"),
        ("SR03", "Recovery of radiotherapy waiting times", "Chief Operating Officer",
         "Quality, Safety & Performance Committee", 20, 9, "De-escalated to CRR", None, None),
        ("SR04", "Workforce capacity in specialist cancer and blood services",
         "Director of Organisational Development & Workforce", "Quality, Safety & Performance Committee",
         20, 16, 12, 9, "↓"),
    ]
    for i, row in enumerate(summ, start=4):
        for j, v in enumerate(row, start=1):
            put(ws, i, j, v)
    ws.merge_cells("A9:I9")
    put(ws, 9, 1, "Note: SR03 was de-escalated to the Corporate Risk Register in September 2025 and is no "
                  "longer reported in detail. Detailed risk sheets follow for SR01, SR02 and SR04.", box=False)

    for risk in VEL_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        for col, w in zip("ABCDEFGH", [8, 58, 34, 14, 14, 8, 8, 50]):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:H1")
        c = put(ws, 1, 1, risk["title"], bold=True, white=True, size=12)
        fill(c, "head")
        info = [("Risk description", risk["desc"]), ("Executive lead", risk["lead"]),
                ("Assuring committee", risk["committee"])]
        r = 2
        for k, v in info:
            c = put(ws, r, 1, k, bold=True)
            fill(c, "grey")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            put(ws, r, 2, v)
            r += 1
        c = put(ws, r, 1, "Risk score (L x C)", bold=True)
        fill(c, "grey")
        put(ws, r, 2, risk["scores"][0])
        put(ws, r, 3, risk["scores"][1])
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        put(ws, r, 4, risk["scores"][2])
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
        put(ws, r, 6, risk["scores"][3])
        r += 1
        for k, v in [("Key controls", risk["controls"]), ("Sources of assurance", risk["assurance"])]:
            c = put(ws, r, 1, k, bold=True)
            fill(c, "grey")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            put(ws, r, 2, v)
            ws.row_dimensions[r].height = 48
            r += 1
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, "Actions to address gaps in control and assurance", bold=True, box=False)
        r += 1
        hdr = ["Ref", "Action", "Action owner", "Original target date", "Revised target date", "Q2 RAG",
               "Q3 RAG", "Q3 progress update"]
        for j, h in enumerate(hdr, start=1):
            c = put(ws, r, j, h, bold=True, white=True)
            fill(c, "head")
        r += 1
        for gap, actions in risk["gaps"]:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = put(ws, r, 1, gap, bold=True)
            fill(c, "sub")
            r += 1
            for ref, text, owner, orig, rev, q2, q3, upd, _exp in actions:
                put(ws, r, 1, ref)
                put(ws, r, 2, text)
                put(ws, r, 3, owner)
                put(ws, r, 4, orig, date=isinstance(orig, dt.datetime))
                put(ws, r, 5, rev, date=isinstance(rev, dt.datetime))
                c = put(ws, r, 6, q2, bold=True)
                fill(c, q2)
                c = put(ws, r, 7, q3, bold=True)
                fill(c, q3)
                put(ws, r, 8, upd)
                r += 1
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, "Notes: revised target dates require Executive Management Board approval. The Q2 RAG is "
                      "shown for comparison; the Q3 RAG is the current position.", box=False)
    wb.save(os.path.join(HERE, VEL))


def expect_velindre():
    acts = []
    for risk in VEL_RISKS:
        for gap, actions in risk["gaps"]:
            for ref, text, owner, orig, rev, q2, q3, upd, (lead, end, end_text, status) in actions:
                acts.append(act(ref, [risk["title"], gap], text, lead, end, status, end_text))
    return {
        "source": "Imitates a Welsh NHS trust Board Assurance Framework as taken to Velindre University NHS "
                  "Trust's public Trust Board (2025/26, Q3 position), modelled on the BAF appendices NHS Wales "
                  "bodies publish in board bundles (strategic risk sheets with controls, sources of assurance, "
                  "gaps and actions, as in Cardiff and Vale UHB's and EEAST's published BAF reports). Copied "
                  "features: cover sheet with document-control table and RAG key, a summary sheet of "
                  "strategic risk scores (not actions), one sheet per strategic risk with a label/value header "
                  "block and merged gap rows above their actions, original and revised target dates, previous "
                  "(Q2) and current (Q3) RAG letters on coloured fills, job titles as action owners.",
        "reads": "A five-sheet workbook. The cover and BAF Summary sheets hold document control, the key and "
                 "risk scores; the three risk sheets (SR01, SR02, SR04) each list gaps in control with numbered "
                 "actions beneath them, ten actions in all, read with the revised date where one is given and "
                 "the Q3 RAG as the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": VEL_TITLE,
        "actions": acts,
    }


# =================================================================== 2. St Helena Hospice QA tracker (txt)
STH = "zbj-st-helena-hospice-quality-account-priorities-tracker-2025-26.txt"
STH_TITLE = "St Helena Hospice – Quality Account 2025/26: Priorities for Improvement Progress Tracker"
P1 = "Priority 1 – Safe care: Reduce harm from falls on the Inpatient Unit"
P2 = "Priority 2 – Effective care: Improve advance care planning through shared records across North East Essex"
P3 = "Priority 3 – Patient and family experience: Widen access for people who are under-served by hospice care"
STH_ROWS = [
    ("head", P1),
    ("act", ["1.1", "Introduce a multifactorial falls risk assessment on admission to the Inpatient Unit, using "
                    "the Hospice UK falls toolkit, recorded on SystmOne",
             "Falls Lead Nurse & IPU Ward Manager", "30/06/2025", "Achieved",
             "Live since 2 June 2025; compliance 94% in the Q3 audit."],
     (["Falls Lead Nurse", "IPU Ward Manager"], "2025-06", None, "blue")),
    ("act", ["1.2", "Pilot low-rise beds and sensor mats for patients assessed as at high risk of falls",
             "IPU Ward Manager", "Sept 2025 – March 2026", "On track",
             "Six low-rise beds in use; sensor mat evaluation due to report in February."],
     (["IPU Ward Manager"], "2026-03", "Sept 2025 – March 2026", "green")),
    ("act", ["1.3", "Report falls per 1,000 occupied bed days to the Clinical Quality & Safety Committee, "
                    "benchmarked against Hospice UK patient safety benchmarking data",
             "Head of Quality & Governance", "Quarterly", "On track",
             "Q3 rate 6.1 per 1,000 occupied bed days (Q2: 8.4)."],
     (["Head of Quality & Governance"], None, "Quarterly", "green")),
    ("head", P2),
    ("act", ["2.1", "Train all Hospice at Home and Clinical Nurse Specialist staff in holding ReSPECT "
                    "conversations and completing the ReSPECT form",
             "Clinical Education Lead", "31/12/2025", "At risk",
             "71% of staff trained; two sessions cancelled due to sickness. Additional dates booked for January."],
     (["Clinical Education Lead"], "2025-12", None, "amber")),
    ("cont", "Recovery plan agreed with the Director of Patient & Family Services."),
    ("act", ["2.2", "Share hospice advance care plans with GPs and the ambulance service through the My Care "
                    "Choices Register",
             "Director of Patient & Family Services", "Mar-26", "Off track",
             "Information sharing agreement with the ICB not yet signed; escalated to the ICB Digital Lead."],
     (["Director of Patient & Family Services"], "2026-03", None, "red")),
    ("head", P3),
    ("act", ["3.1", "Develop an outreach link with the Colchester homelessness partnership so that people "
                    "experiencing homelessness can be referred to the Single Point of Coordination",
             "Community Engagement Lead", "31/03/2026", "On track",
             "Referral pathway drafted with Beacon House; staff shadowing arranged."],
     (["Community Engagement Lead"], "2026-03", None, "green")),
    ("act", ["3.2", "Set up a carers' drop-in at the Tendring hub in Clacton with the Carers First Tendring team",
             "Head of Family Support Services", "July 2025", "Achieved",
             "Fortnightly drop-in running since 9 July 2025."],
     (["Head of Family Support Services"], "2025-07", None, "blue")),
    ("act", ["3.3", "Translate the Inpatient Unit welcome pack and ‘What to expect’ leaflet into the five most "
                    "requested languages",
             "Patient Experience Lead", "31/03/2026", "Not started",
             "Due to start in Q4 once the translation budget is confirmed."],
     (["Patient Experience Lead"], "2026-03", None, "unrated")),
]


def sth_lines():
    lines = [STH_TITLE,
             "Quarter 3 update (October–December 2025) for the Clinical Quality & Safety Committee, 21 January 2026",
             "Status key: Achieved / On track / At risk / Off track / Not started",
             "",
             "\t".join(["Ref", "What we said we would do", "Lead", "Target date", "Status", "Q3 progress"])]
    for kind, data, *_ in STH_ROWS:
        if kind == "head":
            lines.append(data + "\t" * 5)
        elif kind == "cont":
            lines.append("\t" * 5 + data)
        else:
            lines.append("\t".join(data))
    lines += ["",
              "Summary: 2 Achieved, 3 On track, 1 At risk, 1 Off track, 1 Not started (8 actions)",
              "Prepared by the Quality & Governance Team. Next update: April 2026 (Q4 and year-end position)"]
    return lines


def build_sth():
    with open(os.path.join(HERE, STH), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(sth_lines()) + "\n")


def expect_sth():
    acts, head = [], None
    for row in STH_ROWS:
        if row[0] == "head":
            head = row[1]
        elif row[0] == "act":
            data, (lead, end, end_text, status) = row[1], row[2]
            acts.append(act(data[0], [head], data[1], lead, end, status, end_text))
    return {
        "source": "Imitates an independent hospice's in-year tracker of its Quality Account priorities for "
                  "improvement (St Helena Hospice, Colchester, Quality Account 2025/26), as hospices report "
                  "progress on the three Quality Account domains (safe, effective, experience) to their clinical "
                  "governance committee (cf. St Wilfrid's, St Luke's Cheshire and St Clare quality accounts). "
                  "Copied features: title and reporting lines, a word status key, priority heading rows above "
                  "numbered actions, job titles as leads (one cell with two posts joined by '&'), mixed target "
                  "dates (dd/mm/yyyy, Mar-26, July 2025, a Sept–March period, Quarterly), a progress continuation "
                  "line, and a summary line of status counts. Saved from Excel as tab-separated text.",
        "reads": "A tab-separated export: three priority heading rows, each followed by its numbered actions "
                 "(eight in all) with lead, target date, status word and Q3 progress; one line carries only a "
                 "continuation of 2.1's progress comment; the key and summary lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": STH_TITLE,
        "actions": acts,
    }


# =================================================================== 3. Southern Health PSII (xlsx)
SHFT = "zbj-southern-health-nhsft-psii-missed-depot-injection-safety-action-plan.xlsx"
SHFT_TITLE = ("PSII Safety Action Plan: Missed depot antipsychotic injection and relapse – "
              "Basingstoke Community Mental Health Team")
AFI1 = ("AFI 1 – Depot appointments were scheduled from a paper diary held by one nurse, with no electronic "
        "prompt when a depot was missed")
AFI2 = "AFI 2 – There was no agreed escalation standard when a person on depot medication did not attend"
AFI3 = "AFI 3 – Early warning signs of relapse reported by the family were not recorded in the care plan"
SHFT_ACTS = [
    (AFI1, [
        ("SA01", "Move depot scheduling for all Basingstoke CMHT patients onto the RiO depot module, with "
                 "automated overdue alerts to the care coordinator and team leader",
         "Team Manager, Basingstoke CMHT", d(2025, 8, 31), None,
         "100% of depot patients scheduled on RiO; overdue alerts audited monthly", "B",
         "All 143 depot patients migrated to RiO on 22/08/2025. Alert audit September–November: 100%.",
         (["Team Manager, Basingstoke CMHT"], "2025-08", None, "blue")),
        ("SA02", "Hold a weekly missed-depot huddle using the RiO overdue depot report, with actions recorded "
                 "on the huddle log",
         "CMHT Clinical Lead / Depot Clinic Lead Nurse", d(2025, 9, 30), None,
         "Huddle log shows weekly review for 12 consecutive weeks", "G",
         "Huddles in place since 3 September; log review due in January.",
         (["CMHT Clinical Lead", "Depot Clinic Lead Nurse"], "2025-09", None, "green")),
    ]),
    (AFI2, [
        ("SA03", "Revise the adult community mental health Did Not Attend / Was Not Brought procedure to include "
                 "a 72-hour follow-up standard for missed depot injections",
         "Associate Director of Nursing, Adult Mental Health", d(2025, 10, 31), d(2026, 1, 31),
         "Procedure ratified; 72-hour follow-up met for 90% of missed depots (quarterly audit)", "A",
         "Draft out for consultation; Policy Review Group date moved to January 2026.",
         (["Associate Director of Nursing, Adult Mental Health"], "2026-01", None, "amber")),
        ("SA04", "Deliver briefing sessions on the revised procedure to all registered staff in the North and "
                 "Mid Hampshire CMHTs",
         "Practice Education Facilitator", d(2026, 3, 31), None,
         "90% of registered CMHT staff attended a briefing", None,
         "Starts once the SA03 procedure is ratified.",
         (["Practice Education Facilitator"], "2026-03", None, "unrated")),
    ]),
    (AFI3, [
        ("SA05", "Add a mandatory ‘early warning signs identified by family/carers’ section to the RiO care "
                 "plan template",
         "Chief Nursing Information Officer", d(2025, 11, 30), None,
         "Template change live in RiO", "R",
         "Change request CR-3391 is with the RiO supplier and has not yet been scheduled into a release.",
         (["Chief Nursing Information Officer"], "2025-11", None, "red")),
        ("SA06", "Audit 20 community care plans each quarter for recorded family/carer early warning signs and "
                 "report the results to the Care Group Quality & Safety Meeting",
         "Care Group Head of Quality & Patient Safety", "Quarterly", None,
         "80% of audited care plans include carer-identified early warning signs", "G",
         "First audit sample (Q3) drawn; results to the February meeting.",
         (["Care Group Head of Quality & Patient Safety"], None, "Quarterly", "green")),
    ]),
]


def build_shft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety Action Plan"
    for col, w in zip("ABCDEFGHI", [34, 7, 50, 28, 12, 12, 34, 7, 44]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, SHFT_TITLE, bold=True, box=False, size=13)
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, "Southern Health NHS Foundation Trust – Mental Health & Learning Disabilities Care Group",
        box=False)
    info = [("PSII reference", "PSII 2025/07 (InPhase 118452)"),
            ("Date of incident", d(2025, 1, 14)),
            ("Report approved", "Patient Safety Incident Response Oversight Group, 11/06/2025"),
            ("Executive lead", "Chief Nursing Officer"),
            ("Family liaison", "Family informed of the safety actions on 18/06/2025"),
            ("Plan last updated", d(2025, 12, 5))]
    r = 3
    for k, v in info:
        c = put(ws, r, 1, k, bold=True)
        fill(c, "grey")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        put(ws, r, 2, v, date=isinstance(v, dt.datetime))
        r += 1
    r += 1  # row 10
    put(ws, r, 1, "RAG key:", bold=True, box=False)
    key = [("B", "Blue – completed and evidenced"), ("G", "Green – on track"),
           ("A", "Amber – at risk of missing due date"), ("R", "Red – overdue"), (None, "No colour – not yet started")]
    for j, (k, v) in enumerate(key, start=2):
        c = put(ws, r, j, v)
        if k:
            fill(c, k)
    r += 2  # row 12
    hdr = ["Area for improvement", "Ref", "Safety action", "Action owner", "Original due date", "Revised due date",
           "Measure of effectiveness", "RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = put(ws, r, j, h, bold=True, white=True)
        fill(c, "head")
    r += 1
    for afi, rows in SHFT_ACTS:
        first = r
        for ref, text, owner, orig, rev, measure, rag, upd, _exp in rows:
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, owner)
            put(ws, r, 5, orig, date=isinstance(orig, dt.datetime))
            put(ws, r, 6, rev, date=isinstance(rev, dt.datetime))
            put(ws, r, 7, measure)
            c = put(ws, r, 8, None)
            if rag:
                fill(c, rag)
            put(ws, r, 9, upd)
            r += 1
        put(ws, first, 1, afi, bold=True)
        fill(ws.cell(row=first, column=1), "sub")
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    put(ws, r, 1, "Safety actions are monitored monthly by the Care Group Quality & Safety Meeting and reported to "
                  "the Patient Safety Incident Response Oversight Group until closure.", box=False)

    ws = wb.create_sheet("Evidence log")
    for col, w in zip("ABCD", [8, 52, 16, 26]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Evidence submitted for closure of safety actions", bold=True, box=False)
    for j, h in enumerate(["Ref", "Evidence", "Date received", "Accepted by"], start=1):
        c = put(ws, 3, j, h, bold=True)
        fill(c, "sub")
    ev = [("SA01", "RiO depot module migration report", d(2025, 8, 25), "Head of Patient Safety"),
          ("SA01", "Overdue depot alert audit, September–November 2025", d(2025, 12, 2), "Head of Patient Safety"),
          ("SA02", "Huddle log, weeks 1–13", d(2025, 12, 5), "Awaiting review")]
    for i, row in enumerate(ev, start=4):
        for j, v in enumerate(row, start=1):
            put(ws, i, j, v, date=isinstance(v, dt.datetime))
    wb.save(os.path.join(HERE, SHFT))


def expect_shft():
    acts = []
    for afi, rows in SHFT_ACTS:
        for ref, text, owner, orig, rev, measure, rag, upd, (lead, end, end_text, status) in rows:
            acts.append(act(ref, [afi], text, lead, end, status, end_text))
    return {
        "source": "Imitates an English mental health trust's patient safety incident investigation (PSII) "
                  "safety action plan under PSIRF (Southern Health NHS Foundation Trust, community mental health, "
                  "2025), following the NHS England PSII report template's safety action table (area for "
                  "improvement, safety action, owner, timescale, measure of effectiveness) as trusts track it in "
                  "Excel for their PSIRF oversight group. Copied features: title and incident information block, "
                  "a colour-only RAG key, areas for improvement in vertically merged cells beside their safety "
                  "actions, SA refs, original and revised due dates, status shown only by cell fill colour, a "
                  "notes line and a second 'Evidence log' sheet that lists evidence, not actions.",
        "reads": "One plan sheet: three areas for improvement (merged down column A), each with two safety actions "
                 "SA01–SA06; the RAG column has no text, only fills (blue, green, amber, none, red, green). The "
                 "Evidence log sheet repeats SA refs against evidence items and is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": SHFT_TITLE,
        "actions": acts,
    }


# =================================================================== 4. NHS Fife HIS Stratheden (docx)
FIFE = "zbj-nhs-fife-his-stratheden-hospital-mental-health-inspection-improvement-action-plan.docx"
FIFE_TITLE = "Improvement Action Plan – Stratheden Hospital, NHS Fife"
FIFE_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Fife must ensure that staff have access to, and are aware of, the National Infection "
         "Prevention and Control Manual and local infection prevention and control procedures.", [
            ("1.1", "Issue a staff briefing on accessing the National Infection Prevention and Control Manual "
                    "through the StaffLink app and add it to the local induction checklist for each ward",
             "30 June 2025", "Lead Nurse, Infection Prevention and Control",
             "Briefing issued 19 June 2025; induction checklists updated.", "B",
             (["Lead Nurse, Infection Prevention and Control"], "2025-06", None, "blue")),
            ("1.2", "Identify and train an infection prevention and control link nurse for each ward",
             "31 August 2025", "Senior Charge Nurses / Lead Nurse, Infection Prevention and Control",
             "Link nurses identified on all three wards; training complete for two. Third place booked for "
             "November.", "A",
             (["Senior Charge Nurses", "Lead Nurse, Infection Prevention and Control"], "2025-08", None, "amber")),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Fife must ensure that all patient equipment is clean and ready for use, and that "
         "there is a system to show when equipment has been cleaned.", [
            ("2.1", "Introduce ‘I am clean’ indicator labels for all shared patient equipment on Lomond, Muirview "
                    "and Ravenscraig wards",
             "By 31 July 2025", "Senior Charge Nurses",
             "In use on all wards since July 2025.", "B",
             (["Senior Charge Nurses"], "2025-07", None, "blue")),
            ("2.2", "Add equipment cleanliness to the monthly Care Assurance walkround and report the results to "
                    "the Mental Health Quality Matters Assurance Group",
             "Ongoing – monthly", "Clinical Nurse Manager, Mental Health Inpatient Services",
             "Walkround tool updated; August and September results 96% and 98%.", "G",
             (["Clinical Nurse Manager, Mental Health Inpatient Services"], None, "Ongoing – monthly", "green")),
        ]),
        ("Requirement 3: NHS Fife must ensure that the care environment, fixtures and fittings are in a good "
         "state of repair to allow effective cleaning.", [
            ("3.1", "Complete the risk-rated repair programme for damaged flooring in the Lomond Ward bedroom "
                    "corridor and the Muirview Ward dining room",
             "31 March 2026", "Head of Estates",
             "Lomond Ward flooring complete; Muirview Ward dining room scheduled for February 2026.", "G",
             (["Head of Estates"], "2026-03", None, "green")),
            ("3.2", "Replace the torn chairs, and the mattresses that failed the mattress integrity audit, "
                    "identified during the inspection",
             "End of June 2025", "Senior Charge Nurses; Support Services Manager",
             "All items replaced.", "B",
             (["Senior Charge Nurses", "Support Services Manager"], "2025-06", None, "blue")),
        ]),
        ("Recommendation a: NHS Fife should ensure that the results of cleaning and estates monitoring are "
         "displayed for patients and visitors.", [
            ("a.1", "Display monthly domestic cleaning and estates monitoring scores at each ward entrance",
             "September 2025", "Senior Charge Nurses",
             "Displayed on all wards from September 2025.", "B",
             (["Senior Charge Nurses"], "2025-09", None, "blue")),
        ]),
    ]),
    ("Domain 4.3 – Workforce management and support", [
        ("Requirement 4: NHS Fife must ensure that domestic staffing is sufficient to deliver the National "
         "Cleaning Services Specification on all wards.", [
            ("4.1", "Review the domestic staffing establishment at Stratheden Hospital against the National "
                    "Cleaning Services Specification and submit a business case for any shortfall",
             "30 November 2025", "Head of Support Services",
             "Review complete; business case to the Finance, Performance & Resources Committee in November.", "G",
             (["Head of Support Services"], "2025-11", None, "green")),
        ]),
    ]),
]


def build_fife():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(FIFE_TITLE, level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – unannounced inspection of mental health units "
                      "(infection prevention and control)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NHS board", "NHS Fife"),
                 ("Hospital and wards inspected", "Stratheden Hospital, Cupar – Lomond Ward, Muirview Ward and "
                                                  "Ravenscraig Ward"),
                 ("Date of inspection", "4 and 5 March 2025"),
                 ("Date of report publication", "3 June 2025"),
                 ("Action plan progress updated", "20 October 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E1F2")
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan responds to the four requirements and one recommendation in the "
                      "inspection report. Progress is monitored by the Fife Health & Social Care Partnership Mental "
                      "Health Quality Matters Assurance Group and the NHS Fife Infection Control Committee.")
    doc.add_paragraph("Progress RAG: B – complete; G – on track; A – at risk of delay; R – overdue")
    hdr = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress (October 2025)", "RAG"]
    rag_hex = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for domain, reqs in FIFE_DOMAINS:
        doc.add_heading(domain, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for req, actions in reqs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, req, bold=True)
            shade(m, "DDEBF7")
            for ref, text, when, who, prog, rag, _exp in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, when, who, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], rag_hex[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name", ""), ("Designation", "Chief Executive, NHS Fife"), ("Date", "20 October 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(os.path.join(HERE, FIFE))


def expect_fife():
    acts = []
    for domain, reqs in FIFE_DOMAINS:
        for req, actions in reqs:
            for ref, text, when, who, prog, rag, (lead, end, end_text, status) in actions:
                acts.append(act(ref, [domain, req], text, lead, end, status, end_text))
    return {
        "source": "Imitates an NHS Scotland board's response to a Healthcare Improvement Scotland inspection of a "
                  "mental health unit (NHS Fife, Stratheden Hospital, 2025), using the HIS improvement action plan "
                  "template ('Action planned / Timescale to meet action / Responsibility for taking action') "
                  "with requirements grouped by Quality Assurance Framework domain, as boards publish with "
                  "progress columns added for their assurance groups. Copied features: title heading, inspection "
                  "details table, a RAG key paragraph, one Word table per domain with the domain as a heading "
                  "above it, merged requirement/recommendation rows above numbered actions, dates written as "
                  "'By 31 July 2025', 'End of June 2025', 'Ongoing – monthly', RAG letters on shaded cells, and a "
                  "sign-off table.",
        "reads": "A Word action plan with an information table, then three domain tables (Domain 2, 4.1, 4.3). In "
                 "each, a merged row states the HIS requirement or recommendation and the numbered actions "
                 "follow (eight in all) with timescale, responsible post, October 2025 progress and RAG letter. "
                 "The information and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": FIFE_TITLE,
        "actions": acts,
    }


# =================================================================== 5. Lampeter Medical Practice HIW (docx)
LAMP = "zbj-lampeter-medical-practice-hiw-gp-inspection-improvement-plan.docx"
LAMP_TITLE = "Lampeter Medical Practice – Healthcare Inspectorate Wales Improvement Plan"
LAMP_IMMEDIATE = [
    ("Emergency drugs and equipment were not checked weekly, and two emergency medicines had passed their "
     "expiry date.",
     "The practice must ensure that emergency drugs and equipment are checked weekly and that a record of the "
     "checks is kept.",
     "Safe",
     [("Expired medicines replaced on 21 May 2025.\nWeekly emergency drugs and equipment checklist introduced, "
       "with a named nurse and a deputy responsible each week.",
       "Practice Nurse Manager", "21/05/2025",
       (["Practice Nurse Manager"], "2025-05", None, "unrated"))]),
]
LAMP_PLAN = [
    ("Not all clinical staff had completed safeguarding training at the level appropriate to their role.",
     "The practice must ensure that all staff complete safeguarding adults and children training at the level "
     "required for their role.",
     "Safe",
     [("Training matrix reviewed and staff who need Level 3 training booked onto health board sessions.",
       "Practice Manager", "30/09/2025", (["Practice Manager"], "2025-09", None, "unrated"))]),
    ("The practice did not have an up-to-date infection prevention and control (IPC) audit, and cleaning "
     "schedules for clinical rooms were not signed.",
     "The practice must complete an annual IPC audit and ensure that cleaning schedules for clinical rooms are "
     "completed and monitored.",
     "Safe; Effective",
     [("IPC audit to be completed using the health board’s primary care IPC audit tool, with the resulting "
       "action plan shared with all staff.",
       "IPC Lead Nurse", "31/08/2025", (["IPC Lead Nurse"], "2025-08", None, "unrated")),
      ("Cleaning schedules to be checked and signed off weekly by the practice manager and discussed at the "
       "monthly practice meeting.",
       "Practice Manager / Cleaning contractor", "Ongoing",
       (["Practice Manager", "Cleaning contractor"], None, "Ongoing", "unrated"))]),
    ("Patients told us it was difficult to get through to the practice by telephone in the morning.",
     "The practice should review its telephone access arrangements and tell patients about the other ways they "
     "can book appointments.",
     "Timely",
     [("Install a call-queuing system with a call-back option, and promote online booking through the NHS Wales "
       "App on the practice website and in the waiting room.",
       "Practice Manager", "December 2025", (["Practice Manager"], "2025-12", None, "unrated"))]),
    ("Not all staff were aware of the Active Offer of the Welsh language, and bilingual signage was limited.",
     "The practice should ensure that the ‘Active Offer’ is promoted and that signage and patient information "
     "are available bilingually.",
     "Person-centred",
     [("Staff to complete the Welsh Government Active Offer e-learning; Welsh-speaking staff to wear ‘Iaith "
       "Gwaith’ badges; bilingual signage to be ordered for reception and the consulting rooms.",
       "Assistant Practice Manager", "31/10/2025", (["Assistant Practice Manager"], "2025-10", None, "unrated"))]),
    ("There was no formal record of clinical meetings or of how learning from significant events was shared.",
     "The practice must ensure that clinical meetings are minuted and that learning from significant events is "
     "shared with all relevant staff.",
     "Safe; Learning, improvement and research",
     [("Monthly clinical meeting template introduced with a standing item on significant events; minutes saved "
       "to the shared drive and circulated to all staff.",
       "GP Partner (Clinical Governance Lead)", "July 2025",
       (["GP Partner (Clinical Governance Lead)"], "2025-07", None, "unrated"))]),
]
LAMP_HDR = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]


def lamp_table(doc, rows):
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, LAMP_HDR):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for finding, need, std, actions in rows:
        first = None
        for i, (svc, who, when, _exp) in enumerate(actions):
            cells = t.add_row().cells
            if i == 0:
                first = cells
                set_cell(cells[0], finding)
                set_cell(cells[1], need)
                set_cell(cells[2], std)
            set_cell(cells[3], svc)
            set_cell(cells[4], who)
            set_cell(cells[5], when)
            if i > 0:
                for k in range(3):
                    first[k].merge(cells[k])
    return t


def lamp_rep(doc, date):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name (print):", "Rhian Evans"), ("Job role:", "Practice Manager"), ("Date:", date)]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)


def build_lamp():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(LAMP_TITLE, level=1)
    doc.add_paragraph("General Practice Inspection (Announced) – Hywel Dda University Health Board")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Lampeter Medical Practice, Taliesin Surgery, Lampeter"),
                 ("Date of inspection:", "20 May 2025"),
                 ("Improvement plan returned to HIW:", "2 July 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed to "
                      "be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Immediate concerns identified",
                                      "Impact/potential impact on patient care and treatment",
                                      "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for c, v in zip(t.rows[1].cells, ["The oxygen cylinder in the treatment room had passed its expiry date.",
                                      "Patients may not receive safe emergency treatment.",
                                      "Raised with the practice manager on the day.",
                                      "A replacement cylinder was obtained from the health board the same "
                                      "afternoon."]):
        set_cell(c, v)
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Lampeter Medical Practice")
    doc.add_paragraph("Date of inspection: 20 May 2025")
    lamp_table(doc, LAMP_IMMEDIATE)
    doc.add_paragraph("Service representative:")
    lamp_rep(doc, "23 May 2025")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Lampeter Medical Practice")
    doc.add_paragraph("Date of inspection: 20 May 2025")
    lamp_table(doc, LAMP_PLAN)
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative:")
    lamp_rep(doc, "2 July 2025")
    doc.save(os.path.join(HERE, LAMP))


def expect_lamp():
    acts = []
    for rows in (LAMP_IMMEDIATE, LAMP_PLAN):
        for finding, need, std, actions in rows:
            for svc, who, when, (lead, end, end_text, status) in actions:
                acts.append(act(None, [need], svc, lead, end, status, end_text))
    return {
        "source": "Imitates a Welsh GP practice's returned Healthcare Inspectorate Wales improvement plan after an "
                  "announced GP inspection (Lampeter Medical Practice, Hywel Dda UHB, 2025), following the HIW "
                  "report appendices (Appendix A summary of concerns resolved, Appendix B immediate improvement "
                  "plan, Appendix C improvement plan, each with 'Risk/finding/issue | Improvement needed | "
                  "Standard / Regulation | Service action | Responsible officer | Timescale' and a service "
                  "representative block), as in HIW GP reports such as Beechley Medical Centre. Copied features: "
                  "title and service table, an Appendix A table of resolved concerns (not actions), unnumbered "
                  "rows, one finding whose cells are merged down over two service actions, a two-paragraph "
                  "service action, Health and Care Quality Standards as the standard, job titles as officers, "
                  "and sign-off blocks.",
        "reads": "Three tables of the plan proper: one immediate improvement (Appendix B) and five improvements in "
                 "Appendix C, one of which has two service actions, seven actions in all. There is no status "
                 "column, so every action is unrated; the Appendix A table and the service representative blocks "
                 "are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": LAMP_TITLE,
        "actions": acts,
    }


# =================================================================== 6. Ratheane RQIA QIP tracker (xlsx)
RATH = "zbj-ratheane-private-nursing-home-coleraine-rqia-care-inspection-qip-tracker.xlsx"
RATH_TITLE = "Ratheane Private Nursing Home, Coleraine – RQIA Quality Improvement Plan Tracker"
SEC_REG = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
SEC_STD = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
RATH_SECTIONS = [
    (SEC_REG, [
        ("AFI 1", "The registered person shall ensure that, following an unwitnessed fall, neurological "
                  "observations are completed and recorded for 24 hours in line with best practice guidance.",
         "Ref: Regulation 13 (1) (a) and (b)", "Stated: Second time", [
            ("1.1", "Post-falls management flowchart reissued to all registered nurses and added to the handover "
                    "folder on each unit",
             "Home Manager", "With immediate effect (11 February 2025)", "B",
             "Flowchart reissued 12/02/2025 and signed by all 21 registered nurses.",
             (["Home Manager"], "2025-02", None, "blue")),
            ("1.2", "Weekly audit of all falls for completion of 24-hour neurological observations, with findings "
                    "shared at staff meetings",
             "Deputy Manager / Clinical Lead Nurse", "Ongoing", "G",
             "Audits continuing weekly; 100% compliance April–June.",
             (["Deputy Manager", "Clinical Lead Nurse"], None, "Ongoing", "green")),
        ]),
        ("AFI 2", "The registered person shall ensure that fire doors are not wedged or propped open.",
         "Ref: Regulation 27 (4) (d)", "Stated: First time", [
            ("2.1", "Fit magnetic hold-open devices linked to the fire alarm on the lounge and dining room doors on "
                    "both floors",
             "Registered Provider; Maintenance Officer", "30/04/2025 (revised 31/07/2025)", "A",
             "Contractor booked for July; the original date was missed because of a delay in the fire risk "
             "assessor's specification.",
             (["Registered Provider", "Maintenance Officer"], "2025-07", None, "amber")),
            ("2.2", "Daily fire door checks added to the nurse in charge's walkround checklist",
             "Nurse in Charge", "With immediate effect (11 February 2025)", "B",
             "Checks in place from 12/02/2025.",
             (["Nurse in Charge"], "2025-02", None, "blue")),
        ]),
    ]),
    (SEC_STD, [
        ("AFI 3", "The registered person shall ensure that care plans for residents who require a modified diet "
                  "reflect the current IDDSI level recommended by the speech and language therapist.",
         "Ref: Standard 12", "Stated: First time", [
            ("3.1", "Review the care plans of all residents on modified diets against the latest SALT "
                    "recommendations",
             "Named Nurses", "31/03/2025", "B",
             "All 17 care plans reviewed by 28/03/2025.",
             (["Named Nurses"], "2025-03", None, "blue")),
            ("3.2", "Display an up-to-date IDDSI diet notification list in the kitchen and both dining rooms, "
                    "checked weekly by the catering manager",
             "Catering Manager", "31/03/2025", "B",
             "Lists displayed and weekly check recorded.",
             (["Catering Manager"], "2025-03", None, "blue")),
        ]),
        ("AFI 4", "The registered person shall ensure that all care and catering staff complete training in "
                  "dysphagia awareness.",
         "Ref: Standard 39", "Stated: First time", [
            ("4.1", "Book all care assistants and kitchen staff onto dysphagia awareness training delivered by the "
                    "Northern HSC Trust SALT team",
             "Home Manager", "Aug-25", "G",
             "38 of 52 staff trained; remaining sessions booked for July and August.",
             (["Home Manager"], "2025-08", None, "green")),
            ("4.2", "Add dysphagia awareness to the induction programme for new staff",
             "Home Administrator", "30/06/2025", "R",
             "Induction pack not yet updated — to be completed in July 2025.",
             (["Home Administrator"], "2025-06", None, "red")),
        ]),
    ]),
]


def build_rath():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP Tracker"
    for col, w in zip("ABCDEF", [8, 62, 30, 26, 18, 46]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    put(ws, 1, 1, RATH_TITLE, bold=True, box=False, size=13)
    ws.merge_cells("A2:F2")
    put(ws, 2, 1, "Unannounced care inspection 11 February 2025 (Inspection ID: IN047215) – QIP returned to RQIA "
                  "on 14 March 2025", box=False)
    ws.merge_cells("A3:F3")
    put(ws, 3, 1, "Tracker held by the Registered Manager. Last updated: 30/06/2025", box=False)
    ws.merge_cells("A4:F4")
    put(ws, 4, 1, "RAG: B = Complete   G = On track   A = Behind original date, recovery planned   R = Not met",
        box=False)
    hdr = ["No.", "Area for improvement / Action", "Responsible", "To be completed by", "RAG",
           "Manager's update (June 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = put(ws, 6, j, h, bold=True, white=True)
        fill(c, "head")
    r = 7
    for sec, afis in RATH_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = put(ws, r, 1, sec, bold=True)
        fill(c, "teal")
        r += 1
        for label, text, ref, stated, actions in afis:
            c = put(ws, r, 1, label, bold=True)
            fill(c, "sub")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            c = put(ws, r, 2, text, bold=True)
            fill(c, "sub")
            c = put(ws, r, 4, ref)
            fill(c, "sub")
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
            c = put(ws, r, 5, stated)
            fill(c, "sub")
            ws.row_dimensions[r].height = 32
            r += 1
            for no, atext, who, when, rag, upd, _exp in actions:
                put(ws, r, 1, no)
                put(ws, r, 2, atext)
                put(ws, r, 3, who)
                put(ws, r, 4, when)
                c = put(ws, r, 5, rag, bold=True)
                fill(c, rag)
                put(ws, r, 6, upd)
                r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    put(ws, r, 1, "Summary: 8 actions – 4 complete, 2 on track, 1 behind, 1 not met.", box=False, bold=True)

    ws = wb.create_sheet("Inspection details")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 60
    rows = [("Home", "Ratheane Private Nursing Home"), ("Address", "Coleraine, Co. Londonderry"),
            ("Type of service", "Nursing Home (NH) – 36 places"),
            ("Inspection type", "Unannounced care inspection"), ("Inspection date", d(2025, 2, 11)),
            ("Previous inspection", d(2024, 6, 18)),
            ("Areas for improvement", "4 (2 Regulations, 2 Standards) – 1 stated for a second time"),
            ("QIP returned", d(2025, 3, 14))]
    put(ws, 1, 1, "Inspection details", bold=True, box=False)
    for i, (k, v) in enumerate(rows, start=3):
        put(ws, i, 1, k, bold=True)
        put(ws, i, 2, v, date=isinstance(v, dt.datetime))
    wb.save(os.path.join(HERE, RATH))


def expect_rath():
    acts = []
    for sec, afis in RATH_SECTIONS:
        for label, text, ref, stated, actions in afis:
            for no, atext, who, when, rag, upd, (lead, end, end_text, status) in actions:
                acts.append(act(no, [sec, text], atext, lead, end, status, end_text))
    return {
        "source": "Imitates a Northern Ireland nursing home's working tracker of the Quality Improvement Plan from "
                  "an RQIA unannounced care inspection (Ratheane Private Nursing Home, Coleraine, 2025). The RQIA "
                  "QIP groups areas for improvement under 'Action required to ensure compliance with The Nursing "
                  "Homes Regulations (Northern Ireland) 2005' and '... the Care Standards for Nursing Homes', "
                  "each with 'Ref: Regulation ...', 'Stated: First/Second time' and 'To be completed by: With "
                  "immediate effect (date)', as in published RQIA care inspection reports (e.g. Ashbrooke Care "
                  "Home, Enniskillen). Copied features: title lines and RAG key, merged section rows, AFI rows "
                  "with the RQIA wording above numbered home actions, 'With immediate effect (date)' and an "
                  "original date with a revised date in one cell, RAG letters on fills, a summary line, and an "
                  "'Inspection details' sheet that is not the plan.",
        "reads": "One tracker sheet with two regulatory sections; under each, AFI rows carry the RQIA area for "
                 "improvement and are followed by the home's numbered actions (eight in all) with responsible "
                 "post, completion date, RAG letter and June 2025 update. The second sheet only lists inspection "
                 "details.",
        "outcome": "read",
        "accept_refusal": False,
        "title": RATH_TITLE,
        "actions": acts,
    }


# =================================================================== 7. Christies Care CQC (csv, refuse)
CHR = "zbj-christies-care-saxmundham-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
CHR_TITLE = "Christies Care Ltd – CQC Inspection Action Plan"
CHR_ROWS = [
    [CHR_TITLE],
    ["Location: Christies Care (Saxmundham) – domiciliary care agency providing live-in care"],
    ["Inspection: 7–21 July 2025 | Report published: 26 September 2025 | Overall rating: Requires improvement"],
    ["Action plan owner: Registered Manager | Reviewed monthly at the Quality & Compliance Meeting"],
    [],
    ["No.", "Key question", "Regulation", "Breach / area for improvement", "Action", "Responsible",
     "Target date", "Status"],
    ["Requirement notice – Regulation 12 Safe care and treatment"],
    ["1", "Safe", "Reg 12", "Risk assessments for people with catheters and PEG feeding were not always in place",
     "Complete individual clinical risk assessments for all clients with catheter or PEG care needs",
     "Clinical Lead", "31/10/2025", "Complete"],
    ["2", "Safe", "Reg 12", "Medication administration records (MARs) had unexplained gaps",
     "Introduce monthly MAR audits by field care supervisors, with results reviewed by the Registered Manager",
     "Field Care Supervisors / Registered Manager", "30/11/2025", "On track"],
    ["Requirement notice – Regulation 17 Good governance"],
    ["3", "Well-led", "Reg 17",
     "Quality assurance systems had not identified the shortfalls in risk assessments and medicines records",
     "Implement a monthly quality dashboard covering care plan reviews, MAR audits, spot checks and complaints, "
     "reported to the Directors' meeting",
     "Registered Manager", "Dec-25", "On track"],
    ["4", "Well-led", "Reg 17", "Care plan reviews were overdue for some live-in clients",
     "Complete all overdue six-monthly care plan reviews and set up review reminders in the rostering system",
     "Care Coordinators", "Febuary 2026", "Not started"],
    ["Should do – areas for improvement"],
    ["5", "Effective", "—", "Staff supervision records were not consistently completed",
     "Schedule quarterly supervisions for all live-in carers and record them on the HR system",
     "Care Coordinators; HR Manager", "31/01/2026", "On track"],
    ["6", "Responsive", "—", "People's end of life wishes were not always recorded",
     "Add an advance care planning section to the care plan and train field care supervisors to complete it",
     "Clinical Lead", "31/03/2026", "Not started"],
    [],
    ["Status key: Complete / On track / Delayed / Not started"],
    ["Last updated: 14/11/2025"],
]
CHR_REFUSE_LINE = 1 + next(i for i, r in enumerate(CHR_ROWS) if "Febuary 2026" in r)


def build_chr():
    with open(os.path.join(HERE, CHR), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in CHR_ROWS:
            w.writerow(row + [""] * (8 - len(row)))


def expect_chr():
    return {
        "source": "Imitates a domiciliary (live-in) care provider's action plan after a CQC inspection rated it "
                  "Requires improvement with requirement notices (Christies Care Ltd, Saxmundham, 2025), in the "
                  "spreadsheet form home care providers keep and send to CQC and commissioners: breaches grouped "
                  "by regulation (Regulation 12 Safe care and treatment, Regulation 17 Good governance) then "
                  "'should do' improvements, with key question, finding, action, responsible post, target date "
                  "and status. Saved from Excel as CSV (title lines padded with commas).",
        "reads": "A CSV with title and inspection lines, a header row, three section rows and six numbered "
                 "actions. Action 4 has the target date 'Febuary 2026', a mistyped month, so a careful reader "
                 "stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": CHR_REFUSE_LINE,
        "title": CHR_TITLE,
    }


# =================================================================== main
CASES = [
    (VEL, build_velindre, expect_velindre),
    (STH, build_sth, expect_sth),
    (SHFT, build_shft, expect_shft),
    (FIFE, build_fife, expect_fife),
    (LAMP, build_lamp, expect_lamp),
    (RATH, build_rath, expect_rath),
    (CHR, build_chr, expect_chr),
]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    import re
    if "\n" in s or re.fullmatch(r"\d{4}-\d{2}", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str)


def write_expected(name, data):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def main():
    for name, build, expect in CASES:
        assert name.startswith("zbj-")
        build()
        write_expected(name, expect())
        print("wrote", name)


if __name__ == "__main__":
    main()
