"""Build the seven zoz- blind test files (set heldout745).

Run with:  /work/main/.venv/bin/python zoz_make.py
Writes into the folder this script lives in.  Only zoz- files are written.

Each action dict carries the text as it appears in the file plus the reading a
person makes of it (x_* keys); the x_* keys are used only to write the
.expected.yaml files and are never put into the data files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
HEAD = "1F4E79"
PALE = "DDEBF7"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS Staffordshire and Stoke-on-Trent ICB - Board Assurance Framework
# ---------------------------------------------------------------------------
ICB_FILE = "zoz-nhs-staffordshire-and-stoke-on-trent-icb-board-assurance-framework-2025-26.xlsx"
ICB_TITLE = "Board Assurance Framework (BAF) 2025/26"

ICB_RISKS = [
    {
        "head": "BAF 1: Urgent and emergency care – risk that patients come to harm because of delays in ambulance handover and long waits in emergency departments",
        "meta": "Strategic objective: Improve outcomes in population health and healthcare   |   Executive owner: Chief Delivery Officer   |   Lead committee: System Performance Committee   |   Q2 score: 20 (4 x 5)   |   Target score: 12",
        "controls": "Key controls: System UEC Improvement Plan 2025/26; System Control Centre (7 days); daily system escalation calls; OPEL framework; NHS 111 and urgent community response pathways.",
        "assurance": "Sources of assurance: Monthly UEC performance report to System Performance Committee; NHS England regional UEC oversight meetings; Healthwatch Staffordshire ED experience report (July 2025).",
        "gaps": [
            {
                "gap": "Ambulance handover delays at Royal Stoke University Hospital remain above the 45-minute maximum",
                "actions": [
                    dict(ref="1.1",
                         action="Implement the 'release to respond' protocol at Royal Stoke University Hospital so that all patients are handed over within 45 minutes of arrival",
                         lead="Chief Delivery Officer / UHNM Chief Operating Officer",
                         orig=d(2025, 6, 30), rev=d(2025, 11, 30),
                         update="Protocol live from 1 September 2025; average handover 52 minutes in September. Revised date agreed by System Performance Committee.",
                         status="At risk",
                         x_lead=["Chief Delivery Officer", "UHNM Chief Operating Officer"], x_end="2025-11", x_status="amber"),
                    dict(ref="1.2",
                         action="Commission 30 additional virtual ward beds for frailty to reduce avoidable conveyance to hospital",
                         lead="Director of Integrated Care",
                         orig=d(2025, 9, 30), rev=None,
                         update="30 beds commissioned and operational from 15 September 2025.",
                         status="Complete",
                         x_lead=["Director of Integrated Care"], x_end="2025-09", x_status="blue"),
                ],
            },
            {
                "gap": "No single system view of patients with no criteria to reside",
                "actions": [
                    dict(ref="1.3",
                         action="Deploy the system discharge dashboard across both acute trusts and both local authorities",
                         lead="Chief Digital and Information Officer",
                         orig="Q3 2025/26", rev=None,
                         update="Dashboard in test with UHNM; local authority data feeds agreed.",
                         status="On track",
                         x_lead=["Chief Digital and Information Officer"], x_end="2025-12", x_status="green"),
                ],
            },
        ],
    },
    {
        "head": "BAF 2: Elective recovery – risk that patients waiting more than 65 weeks come to harm and the system does not meet the 2025/26 referral to treatment standard",
        "meta": "Strategic objective: Tackle inequalities in outcomes, experience and access   |   Executive owner: Chief Delivery Officer   |   Lead committee: System Performance Committee   |   Q2 score: 16 (4 x 4)   |   Target score: 8",
        "controls": "Key controls: Elective recovery plan; weekly patient tracking list (PTL) review with providers; independent sector contracts.",
        "assurance": "Sources of assurance: Weekly PTL reports; NHS England tiering meetings; internal audit review of waiting list management (reasonable assurance, June 2025).",
        "gaps": [
            {
                "gap": "Validation of waiting lists is not consistently completed across providers",
                "actions": [
                    dict(ref="2.1",
                         action="Complete clinical and administrative validation of all pathways over 52 weeks at UHNM and University Hospitals of Derby and Burton",
                         lead="Director of Strategy, Planning and Performance",
                         orig=d(2025, 7, 31), rev=d(2025, 10, 31),
                         update="68% of pathways validated at end of September; validation team capacity reduced by vacancies.",
                         status="Off track",
                         x_lead=["Director of Strategy, Planning and Performance"], x_end="2025-10", x_status="red"),
                    dict(ref="2.2",
                         action="Agree mutual aid arrangements with the independent sector for orthopaedics and ophthalmology",
                         lead="Deputy Chief Delivery Officer",
                         orig=d(2025, 9, 30), rev=None,
                         update="Arrangements agreed with two independent sector providers; first patients transferred August 2025.",
                         status="Complete",
                         x_lead=["Deputy Chief Delivery Officer"], x_end="2025-09", x_status="blue"),
                ],
            },
            {
                "gap": "Limited assurance on harm reviews for patients waiting a long time",
                "actions": [
                    dict(ref="2.3",
                         action="Introduce a system harm review process for patients waiting over 65 weeks, reported quarterly to the Quality and Safety Committee",
                         lead="Chief Medical Officer; Chief Nursing Officer",
                         orig=d(2025, 12, 31), rev=None,
                         update="Harm review framework drafted and shared with provider medical directors.",
                         status="On track",
                         x_lead=["Chief Medical Officer", "Chief Nursing Officer"], x_end="2025-12", x_status="green"),
                ],
            },
        ],
    },
    {
        "head": "BAF 3: Financial sustainability – risk that the system does not deliver its 2025/26 financial plan and efficiency requirement",
        "meta": "Strategic objective: Enhance productivity and value for money   |   Executive owner: Chief Finance Officer   |   Lead committee: Finance and Performance Committee   |   Q2 score: 20 (5 x 4)   |   Target score: 12",
        "controls": "Key controls: System financial plan; monthly system Directors of Finance meeting; grip and control checklist; vacancy control panel.",
        "assurance": "Sources of assurance: Month 6 finance report; NHS England financial reset review; external audit value for money opinion.",
        "gaps": [
            {
                "gap": "Recurrent efficiency schemes not fully identified",
                "actions": [
                    dict(ref="3.1",
                         action="Identify and quality-impact-assess recurrent efficiency schemes to close the remaining £18.4m gap",
                         lead="Chief Finance Officer",
                         orig=d(2025, 9, 30), rev=d(2025, 12, 31),
                         update="£11.2m of schemes identified; £7.2m remains unidentified.",
                         status="At risk",
                         x_lead=["Chief Finance Officer"], x_end="2025-12", x_status="amber"),
                ],
            },
            {
                "gap": "Workforce establishment controls are not consistently applied",
                "actions": [
                    dict(ref="3.2",
                         action="Apply the system vacancy control panel to all non-clinical posts and report variance against establishment monthly",
                         lead="Chief People Officer",
                         orig="Monthly", rev=None,
                         update="Panel in place across all partners since May 2025; variance reported to Finance and Performance Committee.",
                         status="On track",
                         x_lead=["Chief People Officer"], x_end=None, x_end_text="Monthly", x_status="green"),
                ],
            },
        ],
    },
    {
        "head": "BAF 4: Primary care access – risk that people cannot get timely access to general practice",
        "meta": "Strategic objective: Improve outcomes in population health and healthcare   |   Executive owner: Director of Primary Care   |   Lead committee: Primary Care Commissioning Committee   |   Q2 score: 12 (3 x 4)   |   Target score: 8",
        "controls": "Key controls: Primary care access recovery plan; PCN capacity and access improvement plans; GP patient survey monitoring.",
        "assurance": "Sources of assurance: Quarterly access dashboard; GP patient survey 2025 results.",
        "gaps": [
            {
                "gap": "Variation in uptake of the modern general practice access model",
                "actions": [
                    dict(ref="4.1",
                         action="Support the 11 practices with the lowest telephone access performance to move to cloud-based telephony and care navigation",
                         lead="Director of Primary Care",
                         orig=d(2026, 3, 31), rev=None,
                         update="Practices identified; support offer to be launched in November 2025.",
                         status="Not started",
                         x_lead=["Director of Primary Care"], x_end="2026-03", x_status="unrated"),
                ],
            },
        ],
    },
]

ICB_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def icb_actions():
    out = []
    for r in ICB_RISKS:
        for g in r["gaps"]:
            for a in g["actions"]:
                x = dict(a)
                x["x_under"] = [r["head"], g["gap"]]
                out.append(x)
    return out


def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "NHS Staffordshire and Stoke-on-Trent Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = ICB_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    rows = [("Position as at:", "30 September 2025 (Quarter 2)"),
            ("Presented to:", "ICB Board – 23 October 2025 (Agenda item 9.2)"),
            ("Executive lead:", "Director of Corporate Governance"),
            ("Prepared by:", "Head of Corporate Governance")]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A9"] = "Document control"
    ws["A9"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(10, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    vc = [("1.0", d(2025, 4, 17), "Head of Corporate Governance", "2025/26 BAF approved by the Board"),
          ("1.1", d(2025, 7, 10), "Head of Corporate Governance", "Q1 review; BAF 4 score reduced from 16 to 12"),
          ("1.2", d(2025, 10, 9), "Head of Corporate Governance", "Q2 review; BAF 3 score increased from 16 to 20; actions updated by executive owners")]
    for i, row in enumerate(vc, start=11):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A15"] = "Action status key"
    ws["A15"].font = Font(bold=True, size=12)
    key = [("Complete", BLUE, "Action completed and evidence provided"),
           ("On track", GREEN, "Action progressing to the agreed due date"),
           ("At risk", AMBER, "Action at risk of missing the agreed due date"),
           ("Off track", RED, "Action has missed, or will miss, the agreed due date")]
    for i, (k, col, txt) in enumerate(key, start=16):
        c = ws.cell(i, 1, k)
        c.fill = fill(col)
        c.border = BOX
        ws.cell(i, 2, txt).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 50

    # Summary sheet (heat map style) - not actions
    sm = wb.create_sheet("Summary")
    sm["A1"] = "BAF risk summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sh = ["BAF ref", "Principal risk", "Executive owner", "Lead committee", "Initial score",
          "Q1 score", "Q2 score", "Target score", "Trend", "Within appetite?"]
    for j, h in enumerate(sh, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    srows = [("BAF 1", "Urgent and emergency care", "Chief Delivery Officer", "System Performance Committee", 20, 20, 20, 12, "↔", "No"),
             ("BAF 2", "Elective recovery", "Chief Delivery Officer", "System Performance Committee", 16, 16, 16, 8, "↔", "No"),
             ("BAF 3", "Financial sustainability", "Chief Finance Officer", "Finance and Performance Committee", 16, 16, 20, 12, "↑", "No"),
             ("BAF 4", "Primary care access", "Director of Primary Care", "Primary Care Commissioning Committee", 16, 12, 12, 8, "↔", "Yes")]
    for i, row in enumerate(srows, start=4):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if j == 7:
                c.fill = fill(RED if v >= 15 else AMBER)
    sm["A9"] = "Risks outside appetite: 3 of 4"
    sm["A9"].font = Font(italic=True)
    sm["A10"] = "Scoring: likelihood x consequence (5 x 5 matrix). 15–25 = extreme; 8–12 = high; 4–6 = moderate; 1–3 = low."
    sm["A10"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [9, 30, 26, 34, 9, 9, 9, 9, 7, 11]):
        sm.column_dimensions[col].width = w

    # Detail sheet
    bd = wb.create_sheet("BAF detail")
    bd["A1"] = "Board Assurance Framework 2025/26 – risk detail, gaps and actions (Q2)"
    bd["A1"].font = Font(bold=True, size=14)
    cols = ["Ref", "Gap in control / assurance", "Action to address gap", "Action owner",
            "Original due date", "Revised due date", "Progress update (Q2)", "Status"]
    widths = [7, 34, 48, 28, 13, 13, 48, 12]
    for j, w in enumerate(widths, 1):
        bd.column_dimensions[get_column_letter(j)].width = w
    r = 3
    for risk in ICB_RISKS:
        for key_, style in (("head", "head"), ("meta", "meta"), ("controls", "txt"), ("assurance", "txt")):
            bd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = bd.cell(r, 1, risk[key_])
            c.alignment = WRAP
            if style == "head":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill(HEAD)
                bd.row_dimensions[r].height = 32
            elif style == "meta":
                c.font = Font(bold=True)
                c.fill = fill(PALE)
                bd.row_dimensions[r].height = 30
            else:
                bd.row_dimensions[r].height = 30
            r += 1
        for j, h in enumerate(cols, 1):
            c = bd.cell(r, j, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for g in risk["gaps"]:
            start = r
            for a in g["actions"]:
                vals = [a["ref"], g["gap"] if r == start else None, a["action"], a["lead"],
                        a["orig"], a["rev"], a["update"], a["status"]]
                for j, v in enumerate(vals, 1):
                    c = bd.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                st = a["status"]
                if st in ICB_STATUS_FILL:
                    bd.cell(r, 8).fill = fill(ICB_STATUS_FILL[st])
                r += 1
            if r - start > 1:
                bd.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row between risks
    bd.cell(r, 1, "Note: revised due dates were agreed by the System Performance Committee and the Finance and Performance Committee in October 2025. Owners update actions monthly; the BAF is reviewed by the Board quarterly.").font = Font(italic=True)
    bd.freeze_panes = "A3"
    wb.active = 0
    wb.save(os.path.join(HERE, ICB_FILE))


# ---------------------------------------------------------------------------
# 2. Spire Manchester Hospital - CQC must do / should do action plan
# ---------------------------------------------------------------------------
SPIRE_FILE = "zoz-spire-manchester-hospital-cqc-must-should-do-action-plan.xlsx"
SPIRE_TITLE = "Spire Manchester Hospital – CQC Inspection Action Plan (Must do / Should do)"

SPIRE_SECTIONS = [
    ("MUST DO ACTIONS", [
        {"service": "Surgery",
         "finding": "The service must ensure that all staff complete mandatory training, including level 3 safeguarding children training, in line with the provider's targets.",
         "reg": "Regulation 18(2)(a)",
         "actions": [dict(ref="MD1",
                          action="Deliver additional level 3 safeguarding children training sessions for theatre and ward staff, and track compliance weekly at the senior leadership team meeting.",
                          lead="Head of Clinical Services", target=d(2025, 7, 31), rev=d(2025, 9, 30),
                          prev="A", cur="B",
                          update="Compliance 94% at 30/09/2025 against the 90% target. Evidence: training report, SLT minutes.",
                          x_lead=["Head of Clinical Services"], x_end="2025-09", x_status="blue")]},
        {"service": "Surgery",
         "finding": "The service must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient.",
         "reg": "Regulation 12(2)(a)(b)",
         "actions": [dict(ref="MD2.1",
                          action="Relaunch the Five Steps to Safer Surgery team brief and debrief in all theatres, led by theatre team leaders.",
                          lead="Theatre Manager", target=d(2025, 6, 30), rev=None,
                          prev="G", cur="B",
                          update="Relaunched 16/06/2025; team leaders briefed.",
                          x_lead=["Theatre Manager"], x_end="2025-06", x_status="blue"),
                     dict(ref="MD2.2",
                          action="Carry out monthly observational audits of WHO checklist compliance (10 cases per theatre) and report the results to the Clinical Governance Committee.",
                          lead="Theatre Manager / Quality and Risk Manager", target=d(2025, 12, 31), rev=None,
                          prev="G", cur="G",
                          update="July 98%, August 100%, September 97%. Continue to December to show sustained compliance.",
                          x_lead=["Theatre Manager", "Quality and Risk Manager"], x_end="2025-12", x_status="green")]},
        {"service": "Outpatients",
         "finding": "The service must ensure that medicines, including emergency medicines, are stored securely and within the recommended temperature range.",
         "reg": "Regulation 12(2)(g)",
         "actions": [dict(ref="MD3",
                          action="Install continuous temperature monitoring in outpatient clinic rooms 1 to 6 and replace the treatment room medicines fridge.",
                          lead="Pharmacy Manager", target=d(2025, 8, 31), rev=d(2025, 10, 31),
                          prev="G", cur="A",
                          update="Fridge replaced 12/08/2025. Monitoring installation delayed by the supplier.",
                          x_lead=["Pharmacy Manager"], x_end="2025-10", x_status="amber")]},
        {"service": "Diagnostic imaging",
         "finding": "The service must ensure that a pregnancy status check is documented for patients where required before an examination.",
         "reg": "Regulation 12(2)(a)",
         "actions": [dict(ref="MD4",
                          action="Make pregnancy status a mandatory field on the radiology information system request template and audit 20 records each month.",
                          lead="Imaging Services Manager", target=d(2025, 9, 30), rev=None,
                          prev="A", cur="G",
                          update="Template change live 01/09/2025; first audit 100%.",
                          x_lead=["Imaging Services Manager"], x_end="2025-09", x_status="green")]},
    ]),
    ("SHOULD DO ACTIONS", [
        {"service": "Surgery",
         "finding": "The service should ensure that patients' pain scores are recorded consistently after surgery.",
         "reg": "Regulation 12",
         "actions": [dict(ref="SD1",
                          action="Switch on the pain score prompt in the electronic observations system on the ward and add pain scores to the monthly nursing quality audit.",
                          lead="Ward Manager", target=d(2025, 11, 30), rev=None,
                          prev="G", cur="G",
                          update="Prompt switched on 06/10/2025; audit tool updated.",
                          x_lead=["Ward Manager"], x_end="2025-11", x_status="green")]},
        {"service": "Outpatients",
         "finding": "The service should consider how it can reduce the number of clinics cancelled at short notice.",
         "reg": "Regulation 17",
         "actions": [dict(ref="SD2",
                          action="Introduce a six-week notice rule for consultant leave, agreed through the Medical Advisory Committee.",
                          lead="Outpatients Manager; MAC Chair", target=d(2025, 7, 31), rev=d(2025, 12, 31),
                          prev="A", cur="R",
                          update="Not yet agreed at MAC; item deferred twice. Escalated to Hospital Director.",
                          x_lead=["Outpatients Manager", "MAC Chair"], x_end="2025-12", x_status="red")]},
        {"service": "Diagnostic imaging",
         "finding": "The service should ensure that all imaging staff have an up-to-date appraisal.",
         "reg": "Regulation 18",
         "actions": [dict(ref="SD3",
                          action="Complete the outstanding appraisals for the imaging team and book annual appraisal dates in the staff rota system.",
                          lead="Imaging Services Manager", target=d(2025, 8, 31), rev=None,
                          prev="G", cur="B",
                          update="All appraisals complete 22/08/2025 (100%).",
                          x_lead=["Imaging Services Manager"], x_end="2025-08", x_status="blue")]},
    ]),
]

RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def spire_actions():
    out = []
    for sec, items in SPIRE_SECTIONS:
        for it in items:
            for a in it["actions"]:
                x = dict(a)
                x["x_under"] = [sec, it["finding"]]
                out.append(x)
    return out


def make_spire():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Spire Manchester Hospital"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "CQC inspection action plan – progress summary at 14 October 2025"
    sm["A2"].font = Font(bold=True, size=12)
    hdr = ["Category", "Total actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    acts = spire_actions()
    def count(prefix, rag):
        return sum(1 for a in acts if a["ref"].startswith(prefix) and (rag is None or a["cur"] == rag))
    rows = [("Must do", "MD"), ("Should do", "SD")]
    r = 5
    for label, p in rows:
        vals = [label, count(p, None), count(p, "B"), count(p, "G"), count(p, "A"), count(p, "R")]
        for j, v in enumerate(vals, 1):
            sm.cell(r, j, v).border = BOX
        r += 1
    tot = ["Total"] + [f"=SUM({get_column_letter(j)}5:{get_column_letter(j)}6)" for j in range(2, 7)]
    for j, v in enumerate(tot, 1):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A9"] = "Plan owner: Hospital Director. Reviewed monthly at the Clinical Governance Committee and reported to the Medical Advisory Committee."
    for col, w in zip("ABCDEF", [14, 14, 14, 14, 14, 14]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = SPIRE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 4–6 March 2025 (surgery, outpatients, diagnostic imaging)   Report published: 12 June 2025   Overall rating: Requires improvement"
    ws["A3"] = "Last updated: 14/10/2025   Plan owner: Hospital Director   Monitored by: Clinical Governance Committee (monthly)"
    cols = ["Ref", "Core service", "CQC finding", "Regulation", "Action to be taken", "Action lead",
            "Target date", "Revised date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    widths = [8, 14, 44, 14, 46, 24, 12, 12, 9, 9, 44]
    for j, (h, w) in enumerate(zip(cols, widths), 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 6
    for sec, items in SPIRE_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        c.fill = fill(PALE)
        r += 1
        for it in items:
            start = r
            for a in it["actions"]:
                first = r == start
                vals = [a["ref"], it["service"] if first else None, it["finding"] if first else None,
                        it["reg"] if first else None, a["action"], a["lead"], a["target"], a["rev"],
                        a["prev"], a["cur"], a["update"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(RAG_FILL[a["prev"]])
                ws.cell(r, 10).fill = fill(RAG_FILL[a["cur"]])
                r += 1
            if r - start > 1:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A6"

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete – action delivered and evidence held"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "At risk of missing the target date"),
                                ("R", "Off track – target date missed or will be missed")], start=2):
        c = ky.cell(i, 1, k)
        c.fill = fill(RAG_FILL[k])
        ky.cell(i, 2, t)
    ky.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, SPIRE_FILE))


# ---------------------------------------------------------------------------
# 3. NHS Lothian - HIS safe delivery of care, Royal Infirmary of Edinburgh
# ---------------------------------------------------------------------------
HIS_FILE = "zoz-nhs-lothian-his-royal-infirmary-of-edinburgh-safe-delivery-of-care-improvement-action-plan.xlsx"
HIS_TITLE = "Improvement Action Plan"

HIS_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        {"req": "Requirement 1: NHS Lothian must ensure that staff are supported to report and escalate patient safety concerns, including when areas are working above their staffed capacity.",
         "actions": [
             dict(ref="1.1",
                  action="Reissue the real-time staffing escalation process to all teams in the Emergency Department and Acute Medical Unit, with briefings at each safety huddle.",
                  time="June 2025", resp="Chief Nurse, Acute Services",
                  progress="Briefings delivered at all huddles between 2 and 20 June 2025.", done=d(2025, 6, 20), rag=BLUE,
                  x_lead=["Chief Nurse, Acute Services"], x_end="2025-06", x_status="blue"),
             dict(ref="1.2",
                  action="Include the number of staffing escalations and the actions taken in the monthly site safety report to the Acute Services senior management team.",
                  time="August 2025", resp="Associate Director of Nursing (Site and Capacity)",
                  progress="First report presented 26 August 2025; now a standing item.", done=d(2025, 8, 26), rag=BLUE,
                  x_lead=["Associate Director of Nursing (Site and Capacity)"], x_end="2025-08", x_status="blue"),
         ]},
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        {"req": "Requirement 2: NHS Lothian must ensure that patient care documentation, including falls and pressure ulcer risk assessments, is accurately and consistently completed.",
         "actions": [
             dict(ref="2.1",
                  action="Reintroduce monthly documentation audits in all inspected wards using the Lothian Accreditation and Care Assurance Standards (LACAS) tool.",
                  time="December 2025", resp="Senior Charge Nurses / Clinical Nurse Managers",
                  progress="Audits restarted July 2025; September compliance 87% (target 95% by December 2025).", done=None, rag=GREEN,
                  x_lead=["Senior Charge Nurses", "Clinical Nurse Managers"], x_end="2025-12", x_status="green"),
             dict(ref="2.2",
                  action="Provide protected time for ward-based training on the falls care bundle and Waterlow assessment for all registered nurses and healthcare support workers.",
                  time="September 2025 – March 2026", resp="Practice Development Team",
                  progress="Sessions scheduled; attendance affected by staffing pressures in October.", done=None, rag=AMBER,
                  x_lead=["Practice Development Team"], x_end="2026-03", x_end_text="September 2025 – March 2026", x_status="amber"),
         ]},
        {"req": "Requirement 3: NHS Lothian must ensure that patients' privacy and dignity are maintained when they are cared for in non-standard care areas in the Emergency Department.",
         "actions": [
             dict(ref="3.1",
                  action="Review the standard operating procedure for the use of temporary care spaces, including the provision of screens and call bells.",
                  time="31/08/2025", resp="Clinical Director, Emergency Medicine and Lead Nurse, Emergency Department",
                  progress="Review not yet complete; draft SOP with Emergency Department governance group.", done=None, rag=RED,
                  x_lead=["Clinical Director, Emergency Medicine", "Lead Nurse, Emergency Department"], x_end="2025-08", x_status="red"),
         ]},
    ]),
    ("Domain 4.3 – Workforce management and support", [
        {"req": "Requirement 4: NHS Lothian must ensure that all staff complete mandatory infection prevention and control training.",
         "actions": [
             dict(ref="4.1",
                  action="Issue monthly training compliance reports to each Senior Charge Nurse and follow up staff who are not compliant.",
                  time="Ongoing – reported monthly", resp="Infection Prevention and Control Nurse Manager",
                  progress="Reports issued monthly since June 2025.", done=None, rag=GREEN,
                  x_lead=["Infection Prevention and Control Nurse Manager"], x_end=None, x_end_text="Ongoing – reported monthly", x_status="green"),
             dict(ref="4.2",
                  action="Add infection prevention and control training compliance to the ward quality dashboard.",
                  time="December 2025", resp="Head of Clinical Quality and Safety",
                  progress="", done=None, rag=None,
                  x_lead=["Head of Clinical Quality and Safety"], x_end="2025-12", x_status="unrated"),
         ]},
        {"req": "Requirement 5: NHS Lothian must ensure that cleaning products are stored securely in line with the Control of Substances Hazardous to Health (COSHH) Regulations 2002.",
         "actions": [
             dict(ref="5.1",
                  action="Fit keypad locks to all domestic services rooms in the inspected areas and add COSHH storage checks to the weekly environmental walkround.",
                  time="October 2025", resp="Facilities Manager",
                  progress="Locks fitted; checks on walkround template from 15 October 2025.", done=d(2025, 10, 15), rag=BLUE,
                  x_lead=["Facilities Manager"], x_end="2025-10", x_status="blue"),
         ]},
    ]),
]


def his_actions():
    out = []
    for dom, reqs in HIS_DOMAINS:
        for rq in reqs:
            for a in rq["actions"]:
                x = dict(a)
                x["x_under"] = [dom, rq["req"]]
                out.append(x)
    return out


def make_his():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = HIS_TITLE
    ws["A1"].font = Font(bold=True, size=16, color=HEAD)
    info = ["NHS board: NHS Lothian",
            "Hospital: Royal Infirmary of Edinburgh",
            "Inspection: Unannounced safe delivery of care inspection, 11–13 February 2025",
            "Date of report publication: 22 May 2025",
            "Progress position: 31 October 2025 – for Healthcare Governance Committee"]
    for i, t in enumerate(info, start=2):
        ws.cell(i, 1, t)
    ws.cell(7, 1, "RAG key:").font = Font(bold=True)
    for j, (t, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk of delay", AMBER), ("Not on track", RED)], start=2):
        c = ws.cell(7, j, t)
        c.fill = fill(col)
        c.border = BOX
    cols = ["Action reference", "Action planned", "Timescale to meet action", "Responsibility for taking action",
            "Progress", "Date completed", "RAG"]
    widths = [11, 55, 18, 30, 42, 13, 8]
    for j, (h, w) in enumerate(zip(cols, widths), 1):
        c = ws.cell(9, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 10
    for dom, reqs in HIS_DOMAINS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, dom)
        c.font = Font(bold=True, size=12)
        c.fill = fill(GREY)
        r += 1
        for rq in reqs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, rq["req"])
            c.font = Font(bold=True)
            c.fill = fill(PALE)
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for a in rq["actions"]:
                vals = [a["ref"], a["action"], a["time"], a["resp"], a["progress"] or None, a["done"], None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    ws.cell(r, 7).fill = fill(a["rag"])
                r += 1
    ws.freeze_panes = "A10"

    vc = wb.create_sheet("Version control")
    for j, h in enumerate(["Version", "Date", "Author", "Comment"], 1):
        c = vc.cell(1, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([("1.0", d(2025, 6, 5), "Clinical Governance Manager, Acute Services", "Submitted to Healthcare Improvement Scotland"),
                             ("1.1", d(2025, 8, 29), "Clinical Governance Manager, Acute Services", "Progress update"),
                             ("1.2", d(2025, 10, 31), "Clinical Governance Manager, Acute Services", "Progress update for Healthcare Governance Committee")], start=2):
        for j, v in enumerate(row, 1):
            c = vc.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", [9, 12, 42, 50]):
        vc.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, HIS_FILE))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Cwm Taf Morgannwg UHB - HIW Royal Glamorgan Hospital ED improvement plan
# ---------------------------------------------------------------------------
HIW_FILE = "zoz-cwm-taf-morgannwg-uhb-hiw-royal-glamorgan-hospital-emergency-department-improvement-plan.docx"
HIW_TITLE = "HIW Unannounced Inspection – Royal Glamorgan Hospital Emergency Department: Improvement Plan"

HIW_IMMEDIATE_HEAD = "Appendix B – Immediate improvement plan"
HIW_IMMEDIATE = [
    dict(need="The health board must ensure that resuscitation equipment in the Emergency Department is checked daily in line with health board policy, and that all checks are recorded.",
         std="Health and Care Quality Standards 2023 – Safe",
         action="Daily resuscitation trolley checks reinstated with immediate effect, with a named nurse allocated on each shift.\nCompletion of checks verified by the nurse in charge at the 08:00 safety huddle.",
         resp="Senior Nurse, Emergency Department", time="Immediate",
         x_lead=["Senior Nurse, Emergency Department"], x_end=None, x_end_text="Immediate"),
    dict(need="The health board must ensure that controlled drugs are stored securely and that the controlled drug register is accurately maintained.",
         std="Health and Care Quality Standards 2023 – Safe; Misuse of Drugs (Safe Custody) Regulations 1973",
         action="Controlled drug cupboard key held by the nurse in charge at all times.\nTwice-daily controlled drug balance checks introduced and audited weekly by the ward pharmacist.",
         resp="Senior Nurse, Emergency Department / Lead Pharmacist, Unscheduled Care", time="31 March 2025",
         x_lead=["Senior Nurse, Emergency Department", "Lead Pharmacist, Unscheduled Care"], x_end="2025-03"),
]

HIW_PLAN_HEAD = "Appendix C – Improvement plan"
HIW_PLAN = [
    ("Quality of the patient experience", [
        dict(need="The health board must ensure that patients waiting in the Emergency Department for long periods have access to suitable food and drink, including outside of meal times.",
             std="Health and Care Quality Standards 2023 – Person-centred",
             action="Hot meal provision extended to 24 hours through the ward host service.\nHydration rounds added to the two-hourly intentional rounding chart.",
             resp="Head of Nursing, Unscheduled Care", time="30 June 2025",
             x_lead=["Head of Nursing, Unscheduled Care"], x_end="2025-06"),
        dict(need="The health board must ensure that patients' privacy and dignity are protected when care is provided in the corridor and other non-clinical areas.",
             std="Health and Care Quality Standards 2023 – Person-centred; Dignified care",
             action="Mobile privacy screens purchased for the corridor area.\nCorridor care standard operating procedure to be reviewed in line with national guidance on care in temporary escalation spaces.",
             resp="Head of Nursing, Unscheduled Care / Directorate Manager", time="September 2025 – March 2026",
             x_lead=["Head of Nursing, Unscheduled Care", "Directorate Manager"], x_end="2026-03", x_end_text="September 2025 – March 2026"),
    ]),
    ("Delivery of safe and effective care", [
        dict(need="The health board must ensure that NEWS2 observations are undertaken and escalated at the required frequency for all patients, including those waiting to be assessed.",
             std="Health and Care Quality Standards 2023 – Safe; Effective",
             action="Electronic observations (Welsh Nursing Care Record) to be rolled out in the Emergency Department, with automatic escalation alerts to the nurse in charge.",
             resp="Dr Rhodri Evans, Clinical Director", time="End of December 2025",
             x_lead=["Dr Rhodri Evans, Clinical Director"], x_end="2025-12"),
        dict(need="The health board must ensure that all patients have a documented falls risk assessment within six hours of arrival.",
             std="Health and Care Quality Standards 2023 – Safe",
             action="Falls risk assessment added to the triage nursing documentation.\nMonthly audit of 20 records by the ED Practice Development Nurse, with results shared at the directorate quality and safety meeting.",
             resp="Senior Nurse, Emergency Department", time="Q2 2025/26",
             x_lead=["Senior Nurse, Emergency Department"], x_end="2025-09"),
    ]),
    ("Quality of management and leadership", [
        dict(need="The health board must ensure that staff compliance with mandatory training, in particular paediatric life support, meets the health board target of 85%.",
             std="Health and Care Quality Standards 2023 – Workforce",
             action="Additional paediatric life support sessions scheduled with the resuscitation training team, with compliance monitored at the monthly directorate performance review.",
             resp="Directorate Manager and Clinical Lead for Education", time="31/01/2026",
             x_lead=["Directorate Manager", "Clinical Lead for Education"], x_end="2026-01"),
        dict(need="The health board must ensure that staff receive feedback on the incidents they report and on the learning from them.",
             std="Health and Care Quality Standards 2023 – Culture; Learning, improvement and research",
             action="‘Learning from Events’ bulletin to be issued monthly to Emergency Department staff, and incident feedback added to the daily safety huddle.",
             resp="Head of Nursing, Unscheduled Care", time="Ongoing",
             x_lead=["Head of Nursing, Unscheduled Care"], x_end=None, x_end_text="Ongoing"),
    ]),
]


def hiw_actions():
    out = []
    for a in HIW_IMMEDIATE:
        x = dict(a)
        x["x_under"] = [HIW_IMMEDIATE_HEAD, a["need"]]
        out.append(x)
    for sec, items in HIW_PLAN:
        for a in items:
            x = dict(a)
            x["x_under"] = [sec, a["need"]]
            out.append(x)
    return out


HIW_COLS = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
HIW_WIDTHS = [Cm(6.5), Cm(4.0), Cm(8.0), Cm(4.2), Cm(3.0)]


def hiw_table(doc, sections):
    """sections: list of (section heading or None, [actions])"""
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(HIW_COLS):
        c = t.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
        c.width = HIW_WIDTHS[j]
    for sec, items in sections:
        if sec:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, sec, bold=True)
            shade(m, "F2F2F2")
        for a in items:
            row = t.add_row()
            for j, v in enumerate([a["need"], a["std"], a["action"], a["resp"], a["time"]]):
                set_cell(row.cells[j], v)
                row.cells[j].width = HIW_WIDTHS[j]
    return t


def signoff(doc, who, role, date):
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", who), ("Job role:", role), ("Date:", date)]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)


def make_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cwm Taf Morgannwg University Health Board")
    doc.add_paragraph(HIW_TITLE, style="Title")
    doc.add_paragraph("Service: Royal Glamorgan Hospital")
    doc.add_paragraph("Ward/department: Emergency Department")
    doc.add_paragraph("Date of inspection: 3, 4 and 5 March 2025")

    doc.add_heading(HIW_IMMEDIATE_HEAD, level=1)
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety identified during the inspection where we require the service to complete an immediate improvement plan telling us about the urgent actions they are taking.")
    hiw_table(doc, [(None, HIW_IMMEDIATE)])
    doc.add_paragraph("")
    signoff(doc, "Claire Morgan", "Director of Operations, Unscheduled Care Group", "10 March 2025")

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(HIW_PLAN_HEAD, level=1)
    doc.add_paragraph("Service: Royal Glamorgan Hospital")
    doc.add_paragraph("Ward/department: Emergency Department")
    doc.add_paragraph("Date of inspection: 3, 4 and 5 March 2025")
    doc.add_paragraph("The table below includes service improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    hiw_table(doc, HIW_PLAN)
    doc.add_paragraph("")
    signoff(doc, "Claire Morgan", "Director of Operations, Unscheduled Care Group", "12 May 2025")
    doc.save(os.path.join(HERE, HIW_FILE))


# ---------------------------------------------------------------------------
# 5. Sussex Partnership NHSFT - PSII safety action plan
# ---------------------------------------------------------------------------
PSII_FILE = "zoz-sussex-partnership-nhsft-psii-transfer-of-care-72-hour-follow-up-safety-action-plan.docx"
PSII_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"

PSII_STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Overdue": "FF7C80"}

PSII_AFIS = [
    {"head": "Area for improvement 1: Communication of the discharge plan to the community team",
     "finding": "The investigation found that the discharge summary reached the Community Mental Health Team (CMHT) two days after discharge and did not include the agreed 72-hour follow-up arrangement.",
     "actions": [
         dict(ref="SA1.1",
              action="Amend the electronic discharge summary template so that the date, time and named clinician for the 72-hour follow-up are mandatory fields.",
              lead="Head of Clinical Systems", measure="Template live; monthly audit of 20 summaries shows 95% completion",
              target="31/05/2025", status="Complete",
              x_lead=["Head of Clinical Systems"], x_end="2025-05", x_status="blue"),
         dict(ref="SA1.2",
              action="Introduce a daily discharge call between each acute ward and the duty worker of the receiving CMHT.",
              lead="Head of Nursing, Acute Care", measure="Call log shows 100% of discharges discussed before the patient leaves the ward",
              target="July 2025", status="Complete",
              x_lead=["Head of Nursing, Acute Care"], x_end="2025-07", x_status="blue"),
         dict(ref="SA1.3",
              action="Share the learning from this investigation through a Trust-wide 'Learning from Incidents' webinar.",
              lead="Patient Safety Lead", measure="Webinar delivered; recording available on the intranet",
              target="31/08/2025", status="Overdue",
              x_lead=["Patient Safety Lead"], x_end="2025-08", x_status="red"),
     ]},
    {"head": "Area for improvement 2: Follow-up when a patient does not attend the 72-hour appointment",
     "finding": "When the patient did not answer the door or telephone at the 72-hour follow-up, there was no clear process for what to do next, and the missed contact was not escalated.",
     "actions": [
         dict(ref="SA2.1",
              action="Update the 72-hour follow-up standard operating procedure to set out the steps to take when contact cannot be made, including same-day escalation to the CMHT manager.",
              lead="Clinical Director, Community Mental Health Services", measure="Revised SOP ratified by the Clinical Policy Group",
              target="30/06/2025\nRevised: 30/09/2025", status="Complete",
              x_lead=["Clinical Director, Community Mental Health Services"], x_end="2025-09", x_status="blue"),
         dict(ref="SA2.2",
              action="Deliver training on the revised SOP to all CMHT duty workers, with attendance recorded on the learning management system.",
              lead="CMHT Service Managers (East, West and Coastal)", measure="80% of duty workers trained",
              target="Q3 2025/26", status="On track",
              x_lead=["CMHT Service Managers (East, West and Coastal)"], x_end="2025-12", x_status="green"),
         dict(ref="SA2.3",
              action="Audit compliance with the 72-hour follow-up standard each quarter and report the results to the Patient Safety and Learning Group.",
              lead="Patient Safety Lead", measure="Quarterly audit report received by the group",
              target="Quarterly", status="On track",
              x_lead=["Patient Safety Lead"], x_end=None, x_end_text="Quarterly", x_status="green"),
     ]},
    {"head": "Area for improvement 3: Involving families and carers in discharge planning",
     "finding": "The patient's mother was not told about the discharge date or given the crisis line number, although she was the patient's main carer.",
     "actions": [
         dict(ref="SA3.1",
              action="Add a prompt to the discharge checklist to record whether the carer has been involved and has been given the crisis line number.",
              lead="Dr Anjali Mehta and Tom Burrows", measure="Monthly checklist audit on each acute ward",
              target="31/10/2025", status="At risk",
              x_lead=["Dr Anjali Mehta", "Tom Burrows"], x_end="2025-10", x_status="amber"),
         dict(ref="SA3.2",
              action="Co-produce a carers’ discharge information leaflet with the Trust’s Carers Reference Group.",
              lead="Carers Lead; Patient Experience Lead", measure="Leaflet published and available on all acute wards",
              target="January 2026", status="Not started",
              x_lead=["Carers Lead", "Patient Experience Lead"], x_end="2026-01", x_status="unrated"),
     ]},
]


def psii_actions():
    out = []
    for afi in PSII_AFIS:
        for a in afi["actions"]:
            x = dict(a)
            x["x_under"] = [afi["head"]]
            out.append(x)
    return out


def make_psii():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Sussex Partnership NHS Foundation Trust")
    doc.add_paragraph(PSII_TITLE, style="Title")
    doc.add_paragraph("Transfer of care from an acute inpatient ward to community mental health services: missed 72-hour follow-up")

    info = [("PSII reference", "PSII 2024/31"),
            ("Date of incident", "19 October 2024"),
            ("Care group", "Adult Mental Health – Acute and Urgent Care"),
            ("Lead investigator", "Senior Patient Safety Investigator"),
            ("Executive sponsor", "Chief Nursing Officer"),
            ("Approved by", "Patient Safety and Learning Group, 11 March 2025"),
            ("Version", "1.3 – progress update, 30 September 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "F2F2F2")
        set_cell(t.rows[i].cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the safety actions agreed in response to the areas for improvement identified by the investigation. Progress is monitored by the Patient Safety and Learning Group.")
    doc.add_paragraph("Status key: Blue – Complete; Green – On track; Amber – At risk of missing the target date; Red – Overdue; no colour – Not started.")

    cols = ["Ref", "Safety action", "Action owner", "Measure of effectiveness", "Target date", "Status"]
    for afi in PSII_AFIS:
        doc.add_heading(afi["head"], level=2)
        doc.add_paragraph(afi["finding"])
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for a in afi["actions"]:
            row = t.add_row()
            for j, v in enumerate([a["ref"], a["action"], a["lead"], a["measure"], a["target"], a["status"]]):
                set_cell(row.cells[j], v)
            if a["status"] in PSII_STATUS_FILL:
                shade(row.cells[5], PSII_STATUS_FILL[a["status"]])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Chief Nursing Officer (Executive sponsor)", "Signed copy held by the Patient Safety Team", "11/03/2025"]):
        set_cell(t.rows[1].cells[j], v)
    doc.save(os.path.join(HERE, PSII_FILE))


# ---------------------------------------------------------------------------
# 6. The Rowans Hospice - quality account priorities tracker (CSV, refuse)
# ---------------------------------------------------------------------------
ROWANS_FILE = "zoz-the-rowans-hospice-quality-account-priorities-tracker-2025-26-typo-month-refuse.csv"
ROWANS_TITLE = "The Rowans Hospice – Quality Account 2025/26: Priorities for Improvement progress tracker"

ROWANS_ROWS = [
    [ROWANS_TITLE, "", "", "", "", "", ""],
    ["Position at end of Quarter 2 (30 September 2025) – for the Clinical Governance Committee, 4 November 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "What we will do", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"],
    ["PRIORITY 1 – PATIENT SAFETY: Reduce avoidable harm from falls on the Inpatient Unit", "", "", "", "", "", ""],
    ["1.1", "Introduce a multifactorial falls risk assessment for every patient within 24 hours of admission", "Inpatient Unit Manager", "June 2025", "G", "B", "In use from 2 June 2025; 96% of admissions assessed in Q2"],
    ["1.2", "Provide low-rise beds and sensor alarms for all patients assessed as high risk of falls", "Inpatient Unit Manager / Head of Estates", "September 2025", "G", "G", "Eight low-rise beds delivered; sensor alarms on order"],
    ["1.3", "Carry out a post-falls huddle within 24 hours of every fall and share learning at the monthly clinical team meeting", "Clinical Practice Educator", "March 2026", "A", "G", "Huddle template agreed; 11 of 13 falls had a huddle in Q2"],
    ["PRIORITY 2 – CLINICAL EFFECTIVENESS: Improve advance care planning for people supported at home", "", "", "", "", "", ""],
    ["2.1", "Offer every patient on the Hospice at Home caseload an advance care planning conversation within four weeks of referral", "Community Services Manager", "December 2025", "G", "G", "72% offered in Q2 (target 80% by December)"],
    ["2.2", "Share completed advance care plans with GPs and South Central Ambulance Service through the shared care record", "Medical Director", "Febuary 2026", "A", "A", "Information sharing agreement with the ICB in draft"],
    ["PRIORITY 3 – PATIENT EXPERIENCE: Hear from more families after a death", "", "", "", "", "", ""],
    ["3.1", "Send a bereavement experience survey to the next of kin of every patient who dies in our care, six weeks after the death", "Family Support Lead", "July 2025", "G", "B", "Survey launched July 2025; 38% response rate"],
    ["3.2", "Publish a quarterly 'You said, we did' summary in the Inpatient Unit and on the website", "Head of Quality and Governance; Communications Manager", "March 2026", "", "G", "First summary published October 2025"],
    ["", "", "", "", "", "", ""],
    ["Key: B = complete; G = on track; A = at risk; R = off track; blank = not yet started", "", "", "", "", "", ""],
]
ROWANS_REFUSE_LINE = 1 + next(i for i, r in enumerate(ROWANS_ROWS) if r[3] == "Febuary 2026")


def make_rowans():
    with open(os.path.join(HERE, ROWANS_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in ROWANS_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Visiting Angels North Devon - CQC home care action plan (tab-separated text)
# ---------------------------------------------------------------------------
VA_FILE = "zoz-visiting-angels-north-devon-cqc-home-care-inspection-action-plan.txt"
VA_TITLE = "Visiting Angels North Devon – CQC Inspection Action Plan"

VA_SECTIONS = [
    ("SAFE (Requires improvement)", [
        dict(ref="1",
             finding="Regulation 12 (Safe care and treatment): risks to people were not always assessed or managed, including for people with catheters and people at risk of choking.",
             action=["Review the care plan of every person with a catheter or a choking risk and add a specific risk assessment with clear guidance for care staff."],
             lead="SW & JT", when="31/08/2025", status="Done",
             x_lead=["SW", "JT"], x_end="2025-08", x_status="blue"),
        dict(ref="2",
             finding="Regulation 12: medicines were not always managed safely; some medicine administration records (MARs) had gaps that were not followed up.",
             action=["Move all MARs onto the electronic care system (eMAR) so that missed doses alert the office in real time.",
                     "Office staff to check eMAR alerts at 10:00, 14:00 and 19:00 each day and record the follow-up."],
             lead="Care Coordinator", when="30/09/2025", status="G",
             x_lead=["Care Coordinator"], x_end="2025-09", x_status="green"),
        dict(ref="3",
             finding="Staff medicines competency checks were out of date for 9 of the 31 care staff.",
             action=["Complete medicines competency assessments for all care staff, including spot checks of medicines support in people's homes."],
             lead="Field Care Supervisor", when="Oct-25", status="A",
             x_lead=["Field Care Supervisor"], x_end="2025-10", x_status="amber"),
    ]),
    ("EFFECTIVE (Good) – no breaches; no actions required", []),
    ("RESPONSIVE (Requires improvement)", [
        dict(ref="4",
             finding="Care plans did not always reflect people's preferences and wishes, including at the end of their life.",
             action=["Review and rewrite care plans with people and their families, starting with people receiving end of life care."],
             lead="SW / Field Care Supervisor", when="Oct 2025 – Jan 2026", status="A",
             x_lead=["SW", "Field Care Supervisor"], x_end="2026-01", x_end_text="Oct 2025 – Jan 2026", x_status="amber"),
        dict(ref="5",
             finding="Complaints were not always recorded and responded to in line with the provider's complaints policy.",
             action=["Log all complaints and concerns, including verbal ones, on the complaints tracker and review themes at the quarterly quality meeting."],
             lead="Registered Manager", when="By 31 December 2025", status="",
             x_lead=["Registered Manager"], x_end="2025-12", x_status="unrated"),
    ]),
    ("WELL-LED (Requires improvement)", [
        dict(ref="6",
             finding="Regulation 17 (Good governance): quality assurance systems did not identify the shortfalls we found in care plans and medicines records.",
             action=["Introduce a monthly audit schedule covering care plans, eMAR, call monitoring and daily notes, with findings reported to the Nominated Individual."],
             lead="Whitlock, Sarah", when="30/09/2025", status="Done",
             x_lead=["Whitlock, Sarah"], x_end="2025-09", x_status="blue"),
        dict(ref="7",
             finding="Regulation 17: call monitoring information was not used to identify and learn from late and missed calls.",
             action=["Run a weekly late and missed calls report from the rostering system and review it at the Monday management meeting."],
             lead="Registered Manager", when="Ongoing", status="G",
             x_lead=["Registered Manager"], x_end=None, x_end_text="Ongoing", x_status="green"),
    ]),
]


def va_actions():
    out = []
    for sec, items in VA_SECTIONS:
        for a in items:
            x = dict(a)
            x["x_under"] = [sec, a["finding"]]
            x["action_text"] = "\n".join(a["action"])
            out.append(x)
    return out


def make_va():
    lines = [
        VA_TITLE,
        "Service type: Domiciliary care agency    Registered Manager: Sarah Whitlock",
        "Inspection: 8, 9 and 10 July 2025    Report published: 19 August 2025    Overall rating: Requires improvement",
        "Last updated: 03/11/2025 (reviewed with the Nominated Individual)",
        "Status key: Done = completed    G = on track    A = behind plan    R = not on track    blank = not started",
        "",
        "\t".join(["Key question", "Ref", "What CQC told us", "Action we will take", "Lead", "By when", "Status"]),
    ]
    for sec, items in VA_SECTIONS:
        lines.append(sec)
        for a in items:
            lines.append("\t".join(["", a["ref"], a["finding"], a["action"][0], a["lead"], a["when"], a["status"]]))
            for cont in a["action"][1:]:
                lines.append("\t".join(["", "", "", cont, "", "", ""]))
    lines += [
        "",
        "Notes:",
        "SW = Sarah Whitlock (Registered Manager); JT = Jenny Tucker (Care Coordinator).",
        "Action plan sent to CQC on 29/08/2025. Progress reviewed at the monthly management meeting.",
    ]
    with open(os.path.join(HERE, VA_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_icb()
    make_spire()
    make_his()
    make_hiw()
    make_psii()
    make_rowans()
    make_va()
    print("written 7 files to", HERE)


if __name__ == "__main__":
    main()
