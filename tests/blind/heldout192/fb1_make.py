#!/usr/bin/env python
"""Build the seven fb1- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python fb1_make.py  (writes beside this script).
The expected readings (lead lists, end months, statuses) are written by hand
in the tables below; texts and headings are the same strings put in the files.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
        "red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def p(name):
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(fname, meta, actions=None):
    doc = {"source": meta["source"], "reads": meta["reads"], "outcome": meta["outcome"],
           "accept_refusal": meta.get("accept_refusal", False)}
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(p(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ===========================================================================
# 1. Royal Devon – CQC must do / should do (xlsx, several sheets, merged must-do,
#    original + revised dates, previous + current RAG letters with fill)
# ===========================================================================

def royal_devon():
    name = "fb1-royal-devon-university-healthcare-nhsft-cqc-must-should-do-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Devon University Healthcare NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "CQC Inspection 2023 – Must Do and Should Do Action Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Core services inspected: Urgent and emergency care; Medical care (including older "
                 "people's care) – Royal Devon and Exeter Hospital (Wonford) and North Devon District Hospital")
    cov["A4"] = "Reporting route: CQC Oversight Group (monthly) → Quality Assurance Committee (bi-monthly) → Board of Directors"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("1.0", "14/09/2023", "Head of Compliance", "First draft following publication of CQC report"),
            ("1.1", "02/10/2023", "Head of Compliance", "Leads and dates agreed at CQC Oversight Group"),
            ("1.2", "18/04/2024", "Compliance Manager", "Revised dates approved by Chief Nursing Officer"),
            ("1.3", "06/11/2024", "Compliance Manager", "October 2024 position")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 55

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – October 2024"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A3"] = "RAG key"
    summ["A3"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence accepted by CQC Oversight Group"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk of slippage – mitigation in place"),
           ("R", "Off track – escalated to executive lead")]
    for i, (k, d) in enumerate(key):
        c = summ.cell(row=4 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        summ.cell(row=4 + i, column=2, value=d)
    summ["A9"] = "Plan"
    summ["B9"] = "Actions"
    summ["C9"] = "B"
    summ["D9"] = "G"
    summ["E9"] = "A"
    summ["F9"] = "R"
    for c in summ[9]:
        c.font = Font(bold=True)
    summ.append(["Must Do", 6, 3, 1, 1, 1])
    summ.append(["Should Do", 4, 0, 2, 2, 0])
    summ.append(["Total", 10, 3, 3, 3, 1])
    for c in summ[12]:
        c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 12
    summ.column_dimensions["B"].width = 70

    UEC_W = "Urgent and emergency care – Royal Devon and Exeter Hospital (Wonford)"
    MED_N = "Medical care (including older people's care) – North Devon District Hospital"
    MED_W = "Medical care (including older people's care) – Royal Devon and Exeter Hospital (Wonford)"

    MD1 = ("The trust must ensure that patients in the emergency department receive a timely initial "
           "assessment and triage in line with national guidance, including patients who self-present.")
    MD2 = ("The trust must ensure that sufficient numbers of suitably qualified, competent and experienced "
           "nursing staff are deployed in the emergency department, including registered children's nurses.")
    MD3 = ("The trust must ensure that risk assessments for falls, pressure damage and nutrition are completed "
           "and reviewed within the required timescales on all medical wards.")
    MD4 = ("The trust must ensure that governance processes for the medical care service identify and "
           "address risks, including those on the local risk register, in a timely way.")
    SD1 = ("The trust should ensure that mental health risk assessments are consistently completed for "
           "patients presenting to the emergency department with self-harm.")
    SD2 = "The trust should ensure that patients' call bells are within reach and answered promptly."
    SD3 = "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge."
    SD4 = ("The trust should ensure that all staff complete mandatory training, including Mental Capacity Act "
           "and Deprivation of Liberty Safeguards training, to meet the trust target.")

    D = dt.datetime
    # sheet rows: ("band", text) or action tuple
    # action: ref, reqkey, req text, reg, action, lead text, orig, revised, prev, cur, update, exp
    must = [
        ("band", UEC_W),
        ("MD1.1", "MD1", MD1, "Reg 12",
         "Introduce a dedicated streaming and triage nurse at the front door 08:00–02:00, seven days a week, "
         "with a 15-minute initial assessment standard monitored daily.",
         "Head of Nursing – Emergency Department", D(2024, 1, 31), D(2024, 4, 30), "G", "B",
         "Triage nurse rota in place from 04/03/2024. Median time to initial assessment 11 minutes (Sep-24).",
         dict(lead=["Head of Nursing – Emergency Department"], end="2024-04", status="blue")),
        ("MD1.2", "MD1", MD1, "Reg 12",
         "Audit time to initial assessment monthly and report compliance to the Urgent and Emergency Care "
         "Board; escalate any month below 85% to the Chief Operating Officer.",
         "ED Clinical Lead / Head of Nursing – Emergency Department", D(2024, 3, 31), D(2024, 12, 31), "A", "G",
         "Audit running monthly since April. Compliance 87% (Aug-24), 89% (Sep-24).",
         dict(lead=["ED Clinical Lead", "Head of Nursing – Emergency Department"], end="2024-12", status="green")),
        ("MD2.1", "MD2", MD2, "Reg 18",
         "Recruit to the funded establishment of 6.0 WTE registered children's nurses and roster at least one "
         "RN (Child) on every shift; use SafeCare to record any shift without paediatric cover.",
         "Chief Nursing Officer; Divisional Director of Nursing – Medicine", D(2024, 9, 30), D(2025, 3, 31), "A", "A",
         "4.2 WTE in post; 2 WTE offered (start Jan-25). 9 shifts without RN (Child) cover in October.",
         dict(lead=["Chief Nursing Officer", "Divisional Director of Nursing – Medicine"], end="2025-03", status="amber")),
        ("band", MED_N),
        ("MD3.1", "MD3", MD3, "Reg 12",
         "Roll out the electronic nursing risk assessment bundle in Epic to all medical wards at North Devon "
         "District Hospital, with ward-level compliance shown on the daily huddle dashboard.",
         "Deputy Chief Nursing Officer", D(2024, 6, 30), None, "G", "B",
         "Live on all 7 medical wards from 17/06/2024. Dashboard in use at daily huddle.",
         dict(lead=["Deputy Chief Nursing Officer"], end="2024-06", status="blue")),
        ("MD3.2", "MD3", MD3, "Reg 12",
         "Complete monthly harm-free care audits on each ward and include results in the ward accreditation "
         "programme; wards scoring below 90% to have a local improvement plan.",
         "Matrons – Medicine (NDDH)", D(2024, 7, 31), D(2024, 11, 30), "A", "R",
         "Audits completed on 4 of 7 wards only. Escalated to Deputy Chief Nursing Officer 28/10/2024.",
         dict(lead=["Matrons – Medicine (NDDH)"], end="2024-11", status="red")),
        ("MD4.1", "MD4", MD4, "Reg 17",
         "Review every risk on the Medicine division risk register at NDDH, confirm an owner and review date "
         "for each, and close or de-escalate risks with no current relevance.",
         "Divisional Director – Medicine; Head of Governance", D(2024, 4, 30), None, "B", "B",
         "Register reviewed at Divisional Governance 23/04/2024; 14 risks closed, all others have owners.",
         dict(lead=["Divisional Director – Medicine", "Head of Governance"], end="2024-04", status="blue")),
    ]
    should = [
        ("band", UEC_W),
        ("SD1.1", "SD1", SD1, "",
         "Add the mandatory mental health triage risk tool to the ED Epic navigator and deliver training to all "
         "ED nursing staff, with compliance monitored through the ED quality dashboard.",
         "ED Matron; Mental Health Liaison Team Lead", D(2024, 10, 31), None, "G", "G",
         "Tool built and in testing. Training 72% complete.",
         dict(lead=["ED Matron", "Mental Health Liaison Team Lead"], end="2024-10", status="green")),
        ("band", MED_W),
        ("SD2.1", "SD2", SD2, "",
         "Introduce intentional rounding prompts for call bell position and add call bell response times to "
         "the monthly ward quality metrics.",
         "Matron – Acute Medicine (Wonford)", D(2024, 12, 31), None, "", "A",
         "Call bell reporting not yet available from the nurse call system; supplier contacted.",
         dict(lead=["Matron – Acute Medicine (Wonford)"], end="2024-12", status="amber")),
        ("SD3.1", "SD3", SD3, "",
         "Set up a weekly report of discharge summaries not sent within 24 hours and share it with consultants "
         "and ward clerks for action.",
         "Clinical Director – Medicine", D(2024, 11, 30), D(2025, 2, 28), "A", "A",
         "Report drafted by Performance team; validation of Epic data under way.",
         dict(lead=["Clinical Director – Medicine"], end="2025-02", status="amber")),
        ("band", MED_N),
        ("SD4.1", "SD4", SD4, "",
         "Publish ward-level MCA/DoLS training compliance monthly and book all non-compliant staff onto "
         "training sessions by the end of the quarter.",
         "Ward Managers – Medicine (NDDH)", D(2025, 3, 31), None, "", "G",
         "Compliance 81% (target 90%). Additional sessions booked for November and December.",
         dict(lead=["Ward Managers – Medicine (NDDH)"], end="2025-03", status="green")),
    ]

    expected = []

    def build(ws, title, kindcol, rows):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:J1")
        ws["A2"] = "Position as at 31 October 2024"
        ws["A2"].font = Font(italic=True)
        hdr = ["Ref", kindcol, "Regulation", "Action", "Lead", "Original completion date",
               "Revised completion date", "Previous RAG (Sep-24)", "Current RAG (Oct-24)", "Progress update / evidence"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        band = None
        prev_key, start_row = None, None
        spans = []
        for item in rows:
            if item[0] == "band":
                band = item[1]
                c = ws.cell(row=r, column=1, value=band)
                c.font = Font(bold=True)
                c.fill = fill("D9E2F3")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
                prev_key = None
                r += 1
                continue
            ref, key, req, reg, act, lead, orig, rev, prv, cur, upd, exp = item
            ws.cell(row=r, column=1, value=ref)
            if key != prev_key:
                ws.cell(row=r, column=2, value=req)
                ws.cell(row=r, column=3, value=reg)
                spans.append([r, r])
            else:
                spans[-1][1] = r
            prev_key = key
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=lead)
            for col, v in ((6, orig), (7, rev)):
                c = ws.cell(row=r, column=col, value=v)
                if v is not None:
                    c.number_format = "mmm-yy"
            for col, v in ((8, prv), (9, cur)):
                c = ws.cell(row=r, column=col, value=v or None)
                if v:
                    c.fill = fill(FILL[v])
                    c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
                c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=10, value=upd)
            for col in range(1, 11):
                c = ws.cell(row=r, column=col)
                c.border = BOX
                if col not in (8, 9):
                    c.alignment = WRAP
            expected.append(dict(ref=ref, under=[band, req], action=act, **exp))
            r += 1
        for a, b in spans:
            if b > a:
                ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
                ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
        r += 1
        ws.cell(row=r, column=1, value="Notes: Revised dates are only recorded where agreed by the CQC Oversight Group. "
                                       "Actions rated B remain on the plan until CQC has been informed at the quarterly engagement meeting.")
        ws.cell(row=r, column=1).font = Font(italic=True)
        widths = [8, 45, 10, 50, 26, 12, 12, 10, 10, 45]
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
        ws.freeze_panes = "A4"

    build(wb.create_sheet("Must Do"), "Must Do actions – CQC inspection report published 31 August 2023",
          "Must do (CQC report)", must)
    build(wb.create_sheet("Should Do"), "Should Do actions – CQC inspection report published 31 August 2023",
          "Should do (CQC report)", should)
    wb.save(p(name))
    meta = dict(
        source=("Imitates an NHS acute trust's CQC must do / should do action plan as tracked for the trust's "
                "CQC oversight group and quality committee (e.g. the SHSC and EEAST published CQC action plan "
                "progress reports, https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/ "
                "and https://eastamb.nhs.uk/about-us/trust-board/cqc-report-september-2024). Royal Devon University "
                "Healthcare NHSFT, 2023 inspection of urgent and emergency care and medical care, position October 2024. "
                "Copied features: cover sheet with document control, summary sheet with RAG key and totals, separate "
                "Must Do and Should Do sheets, core service/site band rows, must-do text merged down over its actions, "
                "regulation column, original and revised completion dates, previous and current RAG letters with fill, "
                "job-title leads (some two to a cell), notes line."),
        reads=("A workbook with a cover and summary sheet, then a Must Do sheet with six actions and a Should Do sheet "
               "with four, grouped under core service/site band rows; each action sits under the CQC must-do or "
               "should-do wording (merged down where it has two actions). The current RAG letter is the status and "
               "the revised completion date, where given, is the end."),
        outcome="read",
        title="CQC Inspection 2023 – Must Do and Should Do Action Plan",
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ===========================================================================
# 2. DVLA – PAC recommendations tracker (xlsx, recommendation band rows,
#    Treasury Minute target + revised target, status words with fill, key sheet)
# ===========================================================================

def dvla():
    name = "fb1-driver-and-vehicle-licensing-agency-pac-recommendations-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "PAC tracker"
    ws["A1"] = "Driver and Vehicle Licensing Agency"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Committee of Public Accounts – Driving licence backlogs at the DVLA: recommendation implementation tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Session 2022–23, HC 735 – position at 31 January 2025"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "Prepared for the Audit and Risk Assurance Committee, 25 February 2025 (Agenda item 7)"
    ws["A4"].font = Font(italic=True)
    hdr = ["Action ref", "Action", "Owner", "Treasury Minute target date", "Revised target date", "Status",
           "Progress / evidence of implementation"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    STAT = {"Implemented": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    R1 = ("PAC recommendation 1: The DVLA should, within six months, set out how it will identify and fast-track "
          "driving licence applications where delays would cause customers serious hardship, such as loss of employment.")
    R2 = ("PAC recommendation 2: The DVLA should improve the efficiency of its medical licensing processes, including "
          "through greater use of digital services, and report to the Committee on turnaround times.")
    R3 = ("PAC recommendation 3: The DVLA should increase the take-up of online services by customers who are able to "
          "use them, while keeping paper routes for those who cannot.")
    R4 = ("PAC recommendation 4: The Department and the DVLA should set out how the DVLA will build resilience into its "
          "operations so that essential services can be maintained during future disruption.")
    rows = [
        ("band", R1),
        ("1a", "Introduce a hardship fast-track route for medical applications, with published criteria and a target "
               "decision time of 10 working days.",
         "Head of Drivers' Medical Group", "September 2023", "March 2024", "Implemented",
         "Fast-track route live from 4 March 2024; 2,310 cases handled to 31 December 2024, median decision time 8 working days.",
         dict(lead=["Head of Drivers' Medical Group"], end="2024-03", status="blue")),
        ("1b", "Write to the Committee setting out the fast-track criteria and the volumes handled in the first six months.",
         "Chief Executive's Office", "September 2023", None, "Implemented",
         "Letter from the Chief Executive to the Committee Chair sent 28 September 2023.",
         dict(lead=["Chief Executive's Office"], end="2023-09", status="blue")),
        ("band", R2),
        ("2a", "Launch a digital medical questionnaire (online self-declaration) for the ten most common notifiable conditions.",
         "Digital Services Director; Head of Drivers' Medical Group", "March 2024", "October 2024", "Implemented",
         "Live for all ten conditions from 21 October 2024. 46% of eligible notifications now made online.",
         dict(lead=["Digital Services Director", "Head of Drivers' Medical Group"], end="2024-10", status="blue")),
        ("2b", "Introduce electronic exchange of medical information with GP practices and hospital consultants, replacing paper questionnaires.",
         "Head of Drivers' Medical Group", "December 2024", "December 2025", "At risk",
         "Pilot with two NHS trusts complete. National roll-out depends on NHS England integration; revised date notified to the Committee on 14 November 2024.",
         dict(lead=["Head of Drivers' Medical Group"], end="2025-12", status="amber")),
        ("2c", "Publish monthly medical licensing turnaround times on GOV.UK.",
         "Head of Performance and Insight", "July 2023", None, "Implemented",
         "Monthly statistics published since July 2023.",
         dict(lead=["Head of Performance and Insight"], end="2023-07", status="blue")),
        ("band", R3),
        ("3a", "Run targeted campaigns with the Post Office and motoring organisations promoting online renewal, aiming for 80% online take-up for photocard renewals.",
         "Marketing and Communications Director", "March 2025", None, "On track",
         "Online take-up for photocard renewals 77% (December 2024).",
         dict(lead=["Marketing and Communications Director"], end="2025-03", status="green")),
        ("3b", "Complete an assisted digital review to confirm that paper applications remain available and accessible for digitally excluded customers.",
         "Customer Services Director", "June 2024", "April 2025", "On track",
         "Review fieldwork complete; report to Executive Team in March 2025.",
         dict(lead=["Customer Services Director"], end="2025-04", status="green")),
        ("band", R4),
        ("4a", "Refresh the business continuity plan for licensing operations and test it through a live exercise at the Swansea contact centre.",
         "Chief Operating Officer", "December 2023", None, "Implemented",
         "Exercise held 5 December 2023; lessons learned report approved by Executive Team.",
         dict(lead=["Chief Operating Officer"], end="2023-12", status="blue")),
        ("4b", "Agree a DfT/DVLA framework for workforce surge capacity, including cross-government loan arrangements.",
         "DfT Sponsorship Team and DVLA HR Director", "March 2024", "September 2025", "Off track",
         "Framework not yet agreed; awaiting Civil Service workforce controls guidance. Escalated to the Accounting Officer.",
         dict(lead=["DfT Sponsorship Team", "DVLA HR Director"], end="2025-09", status="red")),
    ]
    expected = []
    r = 7
    band = None
    for item in rows:
        if item[0] == "band":
            band = item[1]
            c = ws.cell(row=r, column=1, value=band)
            c.font = Font(bold=True)
            c.fill = fill("DEEAF6")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, act, owner, tm, rev, st, upd, exp = item
        vals = [ref, act, owner, tm, rev, st, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        sc = ws.cell(row=r, column=6)
        sc.fill = fill(STAT[st])
        sc.font = Font(bold=True, color="FFFFFF" if st in ("Implemented", "Off track") else "000000")
        expected.append(dict(ref=ref, under=[band], action=act, **exp))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Target dates are those given in the Treasury Minute (May 2023) unless revised. "
                                   "Revised dates have been notified to the Committee by the Accounting Officer, in line with DAO 02/20.")
    ws.cell(row=r + 1, column=1, value="Recommendations 5 and 6 were addressed to the Department for Transport only and are reported in the DfT tracker.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    for j, w in enumerate([9, 55, 28, 16, 16, 13, 55]):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A7"

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    keyrows = [("Implemented", "Action complete and evidence accepted by ARAC (reported to the Committee as implemented)"),
               ("On track", "Action expected to be delivered by the target date"),
               ("At risk", "Delivery by the target date at risk; mitigation in place"),
               ("Off track", "Target date will be missed; revised date to be notified to the Committee")]
    for i, (s, d) in enumerate(keyrows):
        c = k.cell(row=2 + i, column=1, value=s)
        c.fill = fill(STAT[s])
        k.cell(row=2 + i, column=2, value=d)
    k["A7"] = "Summary"
    k["A7"].font = Font(bold=True)
    k["A8"], k["B8"] = "Implemented", 5
    k["A9"], k["B9"] = "On track", 2
    k["A10"], k["B10"] = "At risk", 1
    k["A11"], k["B11"] = "Off track", 1
    k["A12"], k["B12"] = "Total actions", 9
    k.column_dimensions["A"].width = 16
    k.column_dimensions["B"].width = 90
    wb.save(p(name))
    meta = dict(
        source=("Imitates an arm's-length body's tracker of Public Accounts Committee recommendations as reported to its "
                "Audit and Risk Assurance Committee, for the PAC report 'Driving licence backlogs at the DVLA' (17 March 2023, "
                "https://publications.parliament.uk/pa/cm5803/cmselect/cmpubacc/735/summary.html) and the Treasury Minutes "
                "progress-report convention of original and revised target dates (DAO 02/20). Copied features: title block "
                "with committee and date, recommendation band rows above their lettered actions, Treasury Minute target and "
                "revised target date columns written as month names, status words with fill colour, separate key and summary "
                "sheet, notes lines under the table."),
        reads=("One tracker sheet: four PAC recommendations as full-width band rows, each followed by two or three lettered "
               "actions with owner, Treasury Minute target date, revised target date, status and progress. The status words "
               "are defined on the Key sheet (Implemented = complete); the revised target date, where given, is the end."),
        outcome="read",
        title="Committee of Public Accounts – Driving licence backlogs at the DVLA: recommendation implementation tracker",
        accept_refusal=False,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ===========================================================================
# 3. City College Plymouth – Ofsted PIAP (xlsx) – REFUSE: "Febuary 2025"
# ===========================================================================

def ccp():
    name = "fb1-city-college-plymouth-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "City College Plymouth"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Post-Inspection Action Plan (PIAP) – Ofsted inspection 5–8 March 2024"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Overall effectiveness: Requires improvement | Plan owner: Deputy Principal – Curriculum and Quality | "
                "Monitored by: Quality and Standards Committee")
    hdr = ["Ref", "Action", "Lead", "Success measure / impact", "Target date", "RAG", "Progress update (December 2024)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    A1 = ("AFI 1: Leaders should ensure that teachers on 16 to 18 study programmes check learners' understanding "
          "effectively and adapt their teaching so that learners make the progress of which they are capable.")
    A2 = ("AFI 2: Leaders should ensure that adult learners on Access to Higher Education courses receive timely "
          "and useful feedback on their assessed work.")
    A3 = ("AFI 3: Leaders should ensure that apprentices receive impartial careers information, advice and guidance "
          "about their next steps.")
    rows = [
        ("band", A1),
        ("1.1", "Deliver a programme of CPD on questioning and checking for understanding to all 16 to 18 teaching staff.",
         "Head of Teaching, Learning and Assessment", "All staff attend 3 sessions; observed practice improves in learning walks.",
         D(2024, 7, 31), "G", "Sessions 1 and 2 delivered; 92% attendance."),
        ("1.2", "Introduce a learning walk schedule focused on assessment for learning, with feedback to teachers within 5 working days.",
         "Heads of Faculty", "Learning walk records show improved checking of understanding in 80% of visits.",
         D(2024, 12, 31), "A", "Schedule in place; 61% of planned walks completed."),
        ("1.3", "Use in-year progress data at half-termly reviews to identify learners below target and put support plans in place.",
         "Curriculum Managers / Progress Coaches", "In-year retention at or above 90%; fewer learners below target at each review.",
         D(2025, 6, 30), "G", "Review points set in ProMonitor."),
        ("band", A2),
        ("2.1", "Set a 10 working day turnaround standard for feedback on Access to HE assignments and monitor it monthly.",
         "Head of Adult and Community Learning", "95% of assignments returned within 10 working days.",
         D(2024, 10, 31), "B", "Standard in place from September; 97% compliance (November)."),
        ("2.2", "Moderate a sample of written feedback each term to check it tells learners clearly how to improve.",
         "Access to HE Programme Leader", "Moderation reports show feedback is specific and actionable.",
         "Febuary 2025", "G", "First moderation planned for end of spring half-term 1."),
        ("band", A3),
        ("3.1", "Provide every apprentice with a one-to-one careers guidance interview with a qualified adviser before gateway.",
         "Careers and Employability Manager", "100% of apprentices at gateway have a recorded careers interview.",
         D(2025, 3, 31), "A", "Interviews completed for 54% of apprentices due at gateway."),
        ("3.2", "Include a careers and next-steps item in every progress review and train assessors to use it.",
         "Apprenticeships Quality Manager", "Progress review audits show careers discussion in 90% of reviews.",
         D(2025, 1, 31), "G", "Review template updated; assessor training booked for January."),
    ]
    r = 6
    refuse_row = None
    for item in rows:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, act, lead, meas, date, rag, upd = item
        for j, v in enumerate([ref, act, lead, meas, date, rag, upd]):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(date, dt.datetime):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        else:
            refuse_row = r
        rc = ws.cell(row=r, column=6)
        rc.fill = fill(FILL[rag])
        rc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: R = not started / off track; A = in progress, behind schedule; G = in progress, on track; B = complete.")
    ws.cell(row=r + 1, column=1, value="This plan is reviewed monthly by the Senior Leadership Team and each term by the Quality and Standards Committee.")
    for j, w in enumerate([7, 52, 28, 40, 12, 7, 40]):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(p(name))
    assert refuse_row == 12, refuse_row
    meta = dict(
        source=("Imitates an FE college's Ofsted post-inspection action plan (PIAP) as taken to the governors' quality "
                "committee, City College Plymouth, inspection March 2024, December 2024 update. Copied features: title "
                "block with inspection dates, grade, plan owner and monitoring committee; areas for improvement as band "
                "rows ('AFI 1: Leaders should ...') above numbered actions; lead, success measure, target date typed as "
                "a date, RAG letter with fill, progress update; RAG key and notes lines below."),
        reads=("A single sheet with three areas for improvement, each over two or three actions. The target date of "
               "action 2.2 (sheet row 12) reads 'Febuary 2025' - a mistyped month stored as text where every other target "
               "date is a real date - so a careful reader stops and asks rather than guess the month."),
        outcome="refuse",
        refuse_at=refuse_row,
        title="Post-Inspection Action Plan (PIAP) – Ofsted inspection 5–8 March 2024",
    )
    write_expected(name, meta, None)
    return name, 7


# ===========================================================================
# 4. Thomas Tallis School – post-Ofsted action plan (docx, a table per priority,
#    Ofsted recommendation in a merged first row, school-term dates, fill-only RAG)
# ===========================================================================

def tallis():
    name = "fb1-thomas-tallis-school-post-ofsted-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Thomas Tallis School – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph("Following the section 5 inspection of 12–13 March 2024 (overall effectiveness: Requires improvement). "
                      "Approved by the Full Governing Body on 9 July 2024.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Approved by"),
                           ("1.0", "24/06/2024", "Headteacher", "Curriculum & Standards Committee"),
                           ("1.1", "09/07/2024", "Headteacher", "Full Governing Body"),
                           ("1.2", "16/01/2025", "DHT Curriculum", "Curriculum & Standards Committee (spring update)")]):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for j, (txt, col) in enumerate([("Blue – complete", BLUE), ("Green – on track", GREEN),
                                    ("Amber – some slippage", AMBER), ("Red – significant concern", RED)]):
        set_cell(k.cell(0, j), txt, bold=True)
        shade(k.cell(0, j), col)
    doc.add_paragraph("A blank RAG cell means the action has not yet been reviewed.")

    P1 = "Priority 1: Curriculum and assessment in key stage 3"
    P2 = "Priority 2: Reading"
    P3 = "Priority 3: Attendance and behaviour"
    R1 = ("Leaders should ensure that the key stage 3 curriculum in all subjects identifies precisely the knowledge "
          "pupils should learn and when, and that teachers check that pupils have secured this knowledge before moving on.")
    R2 = ("Leaders should ensure that pupils in key stage 3 who are behind with their reading get the help they need "
          "to catch up quickly.")
    R3 = ("Leaders should reduce the high rates of persistent absence and suspension, particularly for disadvantaged "
          "pupils and pupils with special educational needs and/or disabilities (SEND).")
    plan = [
        (P1, R1, [
            ("1.1", "Subject leaders to rewrite key stage 3 curriculum maps for all foundation subjects, sequencing the essential knowledge term by term.",
             "DHT Curriculum", "Autumn term 2024", "Curriculum & Standards Committee", "blue",
             dict(lead=["DHT Curriculum"], end="2024-12", status="blue")),
            ("1.2", "Introduce low-stakes retrieval quizzes at the start of every KS3 lesson and share the outcomes in department meetings each half term.",
             "AHT Teaching & Learning; Heads of Department", "Spring term 2025", "Link governor for T&L", "green",
             dict(lead=["AHT Teaching & Learning", "Heads of Department"], end="2025-04", status="green")),
            ("1.3", "Quality assure the new curriculum through subject deep dives led by SLT link leaders, with written feedback to subject leaders.",
             "Headteacher / DHT Curriculum", "Termly", "Curriculum & Standards Committee", "green",
             dict(lead=["Headteacher", "DHT Curriculum"], end=None, end_text="Termly", status="green")),
        ]),
        (P2, R2, [
            ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify pupils reading more than two years below their chronological age.",
             "Reading Lead (Ms K. Osei)", "October 2024", "SEND & Inclusion governor", "blue",
             dict(lead=["Reading Lead (Ms K. Osei)"], end="2024-10", status="blue")),
            ("2.2", "Deliver a phonics-based intervention three times a week for identified pupils, taught by trained teaching assistants.",
             "SENDCo and Reading Lead", "Summer term 2025", "SEND & Inclusion governor", "amber",
             dict(lead=["SENDCo", "Reading Lead"], end="2025-07", status="amber")),
            ("2.3", "Launch a whole-school reading-for-pleasure programme, including tutor-time reading in Years 7 to 9.",
             "AHT Personal Development", "Spring term 2025", "Curriculum & Standards Committee", None,
             dict(lead=["AHT Personal Development"], end="2025-04", status="unrated")),
        ]),
        (P3, R3, [
            ("3.1", "Appoint an attendance officer and introduce weekly attendance panels for pupils whose attendance falls below 90%.",
             "DHT Pastoral", "September 2024", "Pupil Welfare Committee", "blue",
             dict(lead=["DHT Pastoral"], end="2024-09", status="blue")),
            ("3.2", "Open an in-school reflection base as an alternative to suspension, with a re-integration meeting for every pupil placed there.",
             "AHT Behaviour & Attitudes", "January 2025", "Pupil Welfare Committee", "red",
             dict(lead=["AHT Behaviour & Attitudes"], end="2025-01", status="red")),
            ("3.3", "Report attendance and suspension data for disadvantaged pupils and pupils with SEND to the full governing body at every meeting.",
             "Headteacher", "Ongoing", "Full Governing Body", "green",
             dict(lead=["Headteacher"], end=None, end_text="Ongoing", status="green")),
        ]),
    ]
    expected = []
    for pri, rec, acts in plan:
        doc.add_paragraph(pri, style="Heading 1")
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_cell(top, rec, italic=True)
        shade(top, "F2F2F2")
        for j, h in enumerate(["Ref", "Action", "Lead", "By when", "Governor monitoring", "RAG"]):
            set_cell(tb.cell(1, j), h, bold=True)
            shade(tb.cell(1, j), "D9D9D9")
        for i, (ref, act, lead, when, gov, rag, exp) in enumerate(acts):
            row = 2 + i
            for j, v in enumerate([ref, act, lead, when, gov, ""]):
                set_cell(tb.cell(row, j), v)
            if rag:
                shade(tb.cell(row, 5), FILL[rag])
            expected.append(dict(ref=ref, under=[pri, rec], action=act, **exp))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Headteacher", "Chair of Governors", "Date"]):
        set_cell(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["J. Miller", "P. Adeyemi", "09/07/2024"]):
        set_cell(s.cell(1, j), v)
    doc.save(p(name))
    meta = dict(
        source=("Imitates a secondary school's post-Ofsted action plan approved by governors (Thomas Tallis School, "
                "section 5 inspection March 2024, plan 2024–25, spring update), following the shape The Key for "
                "School Governors describes (recommendations from 'what does the school need to do to improve' turned "
                "into actions with leads, milestones and governor monitoring). Copied features: title and inspection "
                "line, document control table, RAG key table of shaded cells, a heading and a table per priority with "
                "the Ofsted recommendation in a merged first row, school-term 'By when' dates, staff posts as leads, "
                "RAG shown only by cell shading, sign-off table."),
        reads=("Three priorities, each a heading over a table whose first row quotes the inspectors' recommendation and "
               "whose rows are three numbered actions with lead, by-when term, governor monitoring and a shaded RAG cell. "
               "One RAG cell is blank (not yet reviewed); terms end in their last month per the conventions."),
        outcome="read",
        title="Thomas Tallis School – Post-Ofsted Action Plan 2024–25",
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ===========================================================================
# 5. Gloucestershire Health and Care NHSFT – CQC mental health must/should do
#    (docx, a section and table per core service, requirement merged down,
#    Type column, mixed date styles, status words, summary table)
# ===========================================================================

def ghc():
    name = "fb1-gloucestershire-health-and-care-nhsft-cqc-mental-health-must-should-do-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Gloucestershire Health and Care NHS Foundation Trust: CQC Mental Health Core Services Action Plan 2024–25",
                      style="Title")
    doc.add_paragraph("Report to: Quality and Performance Committee, 6 February 2025")
    doc.add_paragraph("Executive lead: Director of Nursing, Therapies and Quality")
    doc.add_paragraph("Purpose: To provide assurance on progress against the Must Do and Should Do actions from the CQC "
                      "inspection of mental health core services (reports published 18 June 2024).")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Changes", "Author"),
                           ("0.3", "15/07/2024", "Actions agreed with service leads", "Head of Quality Assurance"),
                           ("1.2", "27/01/2025", "January 2025 progress; two target dates revised", "Compliance Lead")]):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started (no colour)")

    STAT = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
    S1 = "1. Acute wards for adults of working age and psychiatric intensive care units (Wotton Lawn Hospital)"
    S2 = "2. Community-based mental health services for adults of working age"
    S3 = "3. Mental health crisis services and health-based places of safety"
    Q1 = ("The trust must ensure that ligature risk assessments are reviewed and updated following any change to the "
          "ward environment, and that staff know where the ligature anchor points are. (Regulation 12)")
    Q2 = ("The trust must ensure that staff complete and record physical health observations, including NEWS2, after "
          "the administration of rapid tranquillisation. (Regulation 12)")
    Q3 = "The trust should ensure that patients have regular one-to-one time with their named nurse."
    Q4 = ("The trust must ensure that people on waiting lists are monitored and that risks to people waiting for care "
          "co-ordination are assessed and managed. (Regulation 12)")
    Q5 = "The trust must ensure that staff receive regular clinical supervision and that this is recorded. (Regulation 18)"
    Q6 = "The trust should ensure that the health-based place of safety at Wotton Lawn is cleaned and checked between each use."
    Q7 = "The trust should ensure that calls to the crisis line are answered promptly."
    sections = [
        (S1, [
            (Q1, "Must do", [
                ("1.1", "Review and re-issue ligature risk assessments for all six wards at Wotton Lawn, with heat maps displayed in each ward office.",
                 "Modern Matron (Wotton Lawn)", "31/10/2024", "All six assessments signed off by the Ligature Reduction Group on 24/10/2024.", "Complete",
                 dict(lead=["Modern Matron (Wotton Lawn)"], end="2024-10", status="blue")),
                ("1.2", "Add ligature awareness to the local induction checklist and confirm every permanent and bank staff member has signed it.",
                 "Ward Managers / Practice Development Nurse", "31/12/2024", "Checklist updated; 88% of permanent staff and 64% of bank staff signed.", "On track",
                 dict(lead=["Ward Managers", "Practice Development Nurse"], end="2024-12", status="green")),
            ]),
            (Q2, "Must do", [
                ("1.3", "Launch a rapid tranquillisation post-administration observation template in RiO and audit completion monthly on every ward.",
                 "Physical Health Lead Nurse; Chief Pharmacist", "Q4 2024/25", "Template built; go-live delayed by RiO upgrade. December audit 71% compliant.", "At risk",
                 dict(lead=["Physical Health Lead Nurse", "Chief Pharmacist"], end="2025-03", status="amber")),
            ]),
            (Q3, "Should do", [
                ("1.4", "Schedule protected one-to-one sessions in the weekly ward timetable and record them in RiO as a named nurse contact.",
                 "Ward Managers", "Sept 2024 – March 2025", "Timetables in place on five of six wards.", "On track",
                 dict(lead=["Ward Managers"], end="2025-03", status="green")),
            ]),
        ]),
        (S2, [
            (Q4, "Must do", [
                ("2.1", "Implement a waiting list risk review protocol so that every person waiting more than 28 days is contacted and risk-reviewed at least monthly.",
                 "Community Services Manager", "30/11/2024", "Protocol live in all localities from 01/11/2024.", "Complete",
                 dict(lead=["Community Services Manager"], end="2024-11", status="blue")),
                ("2.2", "Produce a weekly waiting list report by team and present it at the Community Mental Health Operational Group.",
                 "Head of Performance", "Monthly", "Report produced weekly; reviewed at each monthly Operational Group.", "On track",
                 dict(lead=["Head of Performance"], end=None, end_text="Monthly", status="green")),
            ]),
            (Q5, "Must do", [
                ("2.3", "Introduce a supervision tracker on the Trust intranet and report team compliance to the locality quality meeting each month.",
                 "Professional Lead for Nursing and AHPs", "31/01/2025", "Tracker build paused pending the new ESR supervision module; compliance 62%.", "Off track",
                 dict(lead=["Professional Lead for Nursing and AHPs"], end="2025-01", status="red")),
            ]),
        ]),
        (S3, [
            (Q6, "Should do", [
                ("3.1", "Introduce a cleaning and environmental checklist for the section 136 suite, signed off by the nurse in charge after each use.",
                 "Crisis Team Manager", "August 2024", "Checklist in use since 12/08/2024; spot checks show full completion.", "Complete",
                 dict(lead=["Crisis Team Manager"], end="2024-08", status="blue")),
            ]),
            (Q7, "Should do", [
                ("3.2", "Recruit four additional call handlers and extend the crisis line rota to cover the 17:00–23:00 peak.",
                 "Head of Crisis Services and Service Manager – Urgent Care", "End of April 2025", "Business case approved in January; recruitment not yet started.", "Not started",
                 dict(lead=["Head of Crisis Services", "Service Manager – Urgent Care"], end="2025-04", status="unrated")),
            ]),
        ]),
    ]
    expected = []
    hdr = ["Ref", "Type", "CQC requirement", "Action", "Lead", "Target date", "Progress update (January 2025)", "Status"]
    for sec, reqs in sections:
        doc.add_paragraph(sec, style="Heading 1")
        n = sum(len(a) for _, _, a in reqs)
        tb = doc.add_table(rows=1 + n, cols=8)
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tb.cell(0, j), h, bold=True, size=9)
            shade(tb.cell(0, j), "BDD7EE")
        row = 1
        for req, typ, acts in reqs:
            first = row
            for ref, act, lead, date, upd, st, exp in acts:
                for j, v in ((0, ref), (3, act), (4, lead), (5, date), (6, upd), (7, st)):
                    set_cell(tb.cell(row, j), v, size=9)
                if STAT[st]:
                    shade(tb.cell(row, 7), STAT[st])
                expected.append(dict(ref=ref, under=[sec, req], action=act, **exp))
                row += 1
            last = row - 1
            c_req = tb.cell(first, 2) if last == first else tb.cell(first, 2).merge(tb.cell(last, 2))
            c_typ = tb.cell(first, 1) if last == first else tb.cell(first, 1).merge(tb.cell(last, 1))
            set_cell(c_req, req, size=9)
            set_cell(c_typ, typ, size=9, bold=True)
        doc.add_paragraph("")
    doc.add_paragraph("Summary of progress", style="Heading 2")
    sm = doc.add_table(rows=7, cols=4)
    sm.style = "Table Grid"
    for i, r in enumerate([("Status", "Must do", "Should do", "Total"),
                           ("Complete", "2", "1", "3"), ("On track", "2", "1", "3"), ("At risk", "1", "0", "1"),
                           ("Off track", "1", "0", "1"), ("Not started", "0", "1", "1"), ("Total", "6", "3", "9")]):
        for j, v in enumerate(r):
            set_cell(sm.cell(i, j), v, bold=(i in (0, 6)))
    doc.add_paragraph("The committee is asked to note the progress and the two revised target dates (actions 1.3 and 2.3).")
    doc.save(p(name))
    meta = dict(
        source=("Imitates a mental health trust's CQC core-service must do / should do action plan reported to the quality "
                "committee (cf. SHSC's published per-core-service CQC action plans, https://shsc.nhs.uk/about-us/corporate-"
                "information/cqc/action-plan-progress-update/), Gloucestershire Health and Care NHSFT, 2024 inspection, "
                "January 2025 position. Copied features: committee cover lines, document control table, status key line, "
                "a numbered heading and table per core service, Type column (Must do / Should do), the CQC requirement "
                "with its regulation merged down over its actions, mixed target-date styles (dd/mm/yyyy, Q4 2024/25, a "
                "period, 'Monthly', 'End of April 2025'), status words with cell shading, summary table and a closing note."),
        reads=("Three core services as numbered headings, each over a table of actions; each action sits under the CQC "
               "requirement it answers (merged down where there are two actions). Status words are the status "
               "(Complete = blue, Not started = unrated); nine actions in all."),
        outcome="read",
        title="Gloucestershire Health and Care NHS Foundation Trust: CQC Mental Health Core Services Action Plan 2024–25",
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ===========================================================================
# 6. Remit Training – Ofsted apprenticeships PIAP (csv export, theme and AFI
#    repeated on every row, due + revised due, RAG letters, surname-first owner)
# ===========================================================================

def remit():
    name = "fb1-remit-training-ofsted-apprenticeships-post-inspection-action-plan.csv"
    T1, T2, T3 = "Quality of education", "Leadership and management", "Personal development"
    A1 = ("Leaders should ensure that trainers use information about apprentices' starting points to plan training "
          "that builds on what apprentices already know and can do.")
    A2 = "Leaders should ensure that apprentices receive useful feedback that helps them improve the standard of their work."
    A3 = ("Leaders and managers should ensure that apprentices receive their entitlement to off-the-job training and "
          "that this is accurately recorded.")
    A4 = ("Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and "
          "extremism in their workplaces and local area.")
    RAGS = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    rows = [
        (T1, A1, "QE1.1", "Revise the initial assessment process so that skills scans are completed jointly with the employer before the apprentice starts.",
         "Head of Quality", "03/06/2024", "31/08/2024", "", "B", "New skills scan in use for all starts from August 2024.",
         dict(lead=["Head of Quality"], end="2024-08")),
        (T1, A1, "QE1.2", "Train all skills coaches to use starting-point information when writing individual training plans; sample 10% of plans each month.",
         "Lee, Sam", "01/07/2024", "30/11/2024", "31/01/2025", "G", "Training complete; sampling shows 78% of plans reflect starting points.",
         dict(lead=["Lee, Sam"], end="2025-01")),
        (T1, A2, "QE2.1", "Introduce a feedback standard for written work, with termly moderation by lead skills coaches.",
         "Lead Skills Coaches", "02/09/2024", "31/10/2024", "31/03/2025", "A", "Standard agreed; first moderation showed inconsistent use in care and hospitality.",
         dict(lead=["Lead Skills Coaches"], end="2025-03")),
        (T2, A3, "LM3.1", "Reconcile off-the-job hours for every apprentice against their commitment statement and agree catch-up plans with employers where hours are behind.",
         "Operations Director; Employer Engagement Manager", "03/06/2024", "30/09/2024", "", "B", "All apprentices reconciled; 143 catch-up plans agreed.",
         dict(lead=["Operations Director", "Employer Engagement Manager"], end="2024-09")),
        (T2, A3, "LM3.2", "Report off-the-job compliance by programme to the board each quarter.",
         "Managing Director", "01/07/2024", "Quarterly", "", "G", "Reported to board in September and December.",
         dict(lead=["Managing Director"], end=None, end_text="Quarterly")),
        (T2, A3, "LM3.3", "Appoint an independent board member with education expertise to strengthen governance and challenge.",
         "Chair of the Board", "01/07/2024", "31/12/2024", "30/04/2025", "R", "First recruitment round unsuccessful; search agency appointed.",
         dict(lead=["Chair of the Board"], end="2025-04")),
        (T3, A4, "PD4.1", "Add a Prevent and British values topic to every progress review, using sector-specific case studies.",
         "Safeguarding Lead (DSL)", "01/07/2024", "31/10/2024", "", "B", "Topic bank live in the e-portfolio.",
         dict(lead=["Safeguarding Lead (DSL)"], end="2024-10")),
        (T3, A4, "PD4.2", "Survey apprentices each term to check their understanding and use the results to plan the next topic.",
         "Safeguarding Lead (DSL) and Head of Quality", "", "31/03/2025", "", "", "",
         dict(lead=["Safeguarding Lead (DSL)", "Head of Quality"], end="2025-03")),
    ]
    hdr = ["Theme", "Area for improvement", "Action ref", "Action", "Owner", "Start date", "Due date",
           "Revised due date", "RAG", "Update"]
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Remit Training – Post-Inspection Action Plan (Apprenticeships)"] + [""] * 9)
        w.writerow(["Ofsted inspection 21–24 May 2024 – Overall effectiveness: Requires improvement"] + [""] * 9)
        w.writerow(["Exported from QIP tracker 14/01/2025"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        expected = []
        for th, afi, ref, act, own, st, due, rev, rag, upd, exp in rows:
            w.writerow([th, afi, ref, act, own, st, due, rev, rag, upd])
            expected.append(dict(ref=ref, under=[th, afi], action=act, lead=exp["lead"], end=exp["end"],
                                 end_text=exp.get("end_text"), status=RAGS[rag]))
        w.writerow([""] * 10)
        w.writerow(["RAG: B = complete; G = on track; A = at risk; R = off track; blank = not yet started"] + [""] * 9)
    meta = dict(
        source=("Imitates an independent training provider's Ofsted post-inspection action plan for apprenticeships, "
                "kept in a QIP tracker and exported to CSV (Remit Training, inspection May 2024, January 2025 export), "
                "using the Ofsted report headings (quality of education, leadership and management, personal development) "
                "as themes and the inspectors' 'Leaders should ensure ...' points as areas for improvement. Copied features: "
                "title/inspection/export lines above the header, theme and area for improvement repeated on every row, "
                "coded action refs, start, due and revised due dates (dd/mm/yyyy), RAG letters, owners as posts or a "
                "surname-first name, a trailing RAG key line."),
        reads=("A CSV with three lines of title before the header, then eight actions, each row carrying its theme and "
               "area for improvement. The revised due date, where given, is the end; 'Quarterly' has no end month; "
               "the last action has no RAG and so is unrated."),
        outcome="read",
        title="Remit Training – Post-Inspection Action Plan (Apprenticeships)",
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ===========================================================================
# 7. Beacon Medical Group – CQC inspection action plan (plain text export,
#    labelled blocks under MUST DO / SHOULD DO sections)
# ===========================================================================

def beacon():
    name = "fb1-beacon-medical-group-cqc-inspection-action-plan.txt"
    SEC_M = "MUST DO – BREACHES OF REGULATION"
    SEC_S = "SHOULD DO – AREAS FOR IMPROVEMENT"
    M1 = ("M1. The provider must ensure care and treatment is provided in a safe way to patients, including the "
          "monitoring of patients prescribed high-risk medicines. (Regulation 12)")
    M2 = ("M2. The provider must establish effective systems and processes to ensure good governance in accordance "
          "with the fundamental standards of care. (Regulation 17)")
    S1 = "S1. The provider should continue to take action to improve the uptake of cervical screening."
    S2 = "S2. The provider should take steps to improve patient satisfaction with access to the practice by telephone."
    blocks = [
        (SEC_M, [
            (M1, [
                ("M1.1", "Run searches for all patients prescribed methotrexate, lithium, azathioprine and warfarin and recall anyone without monitoring within the required interval.",
                 "Clinical Pharmacist; Lead GP for Prescribing", "31/01/2024", "Complete",
                 "214 patients identified; all recalled and bloods completed or booked by 26/01/2024.",
                 dict(lead=["Clinical Pharmacist", "Lead GP for Prescribing"], end="2024-01", status="blue")),
                ("M1.2", "Set up a monthly recall report in SystmOne for high-risk drug monitoring and review it at the clinical meeting.",
                 "Dr H Foster", "w/c 12/02/2024", "Complete",
                 "Report live; first review minuted at the clinical meeting on 15/02/2024.",
                 dict(lead=["Dr H Foster"], end="2024-02", status="blue")),
            ]),
            (M2, [
                ("M2.1", "Review and update all clinical and practice policies so each has an owner and a review date, and hold them in one shared folder.",
                 "Practice Manager", "End of March 2024", "On track", "41 of 56 policies reviewed.",
                 dict(lead=["Practice Manager"], end="2024-03", status="green")),
                ("M2.2", "Introduce a quarterly significant event review meeting with minutes and an action log, and share learning with all staff including locums.",
                 "Dr S Mahmood and Operations Manager", "30/06/2024", "On track", "First meeting held 21/03/2024.",
                 dict(lead=["Dr S Mahmood", "Operations Manager"], end="2024-06", status="green")),
                ("M2.3", "Complete a training matrix for all staff and ensure safeguarding, infection prevention and control and basic life support training are up to date.",
                 "Operations Manager", "May 2024", "At risk", "BLS sessions booked; 6 clinicians still to complete safeguarding level 3.",
                 dict(lead=["Operations Manager"], end="2024-05", status="amber")),
            ]),
        ]),
        (SEC_S, [
            (S1, [
                ("S1.1", "Offer Saturday morning cervical screening clinics at the Plympton site and send text reminders to patients who have not responded to invitations.",
                 "Nurse Manager", "Ongoing", "On track", "Four Saturday clinics held; uptake up 3% since December.",
                 dict(lead=["Nurse Manager"], end=None, end_text="Ongoing", status="green")),
            ]),
            (S2, [
                ("S2.1", "Move to a cloud-based telephony system with call-back and queue position messages.",
                 "Managing Partner", "September 2024", "Not started", "Procurement through the ICB framework starts in May 2024.",
                 dict(lead=["Managing Partner"], end="2024-09", status="unrated")),
                ("S2.2", "Publish the results of the practice's own access survey and the actions taken in the waiting rooms and on the website.",
                 "Patient Participation Group Chair / Operations Manager", "July 2024", "Not started", "",
                 dict(lead=["Patient Participation Group Chair", "Operations Manager"], end="2024-07", status="unrated")),
            ]),
        ]),
    ]
    rule = "-" * 70
    lines = ["Beacon Medical Group – CQC Inspection Action Plan",
             "Inspection dates: 10 and 11 October 2023",
             "Report published: 19 December 2023",
             "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
             "Plan owner: Managing Partner",
             "Last updated: 04/04/2024 (version 1.3)",
             "",
             "Status key: Complete | On track | At risk | Not started",
             ""]
    expected = []
    for sec, reqs in blocks:
        lines += [rule, sec, rule, ""]
        for req, acts in reqs:
            lines += [req, ""]
            for ref, act, lead, due, st, prog, exp in acts:
                lines.append(f"{ref}  Action: {act}")
                lines.append(f"      Lead: {lead}")
                lines.append(f"      Due: {due}")
                lines.append(f"      Status: {st}")
                lines.append(f"      Progress: {prog}".rstrip())
                lines.append("")
                expected.append(dict(ref=ref, under=[sec, req], action=act, **exp))
    lines += [rule,
              "This plan was sent to the CQC on 12/01/2024 and is reviewed at the monthly partners' meeting.",
              "Next review: 02/05/2024"]
    with open(p(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    meta = dict(
        source=("Imitates a GP practice's action plan after a CQC inspection rated it Requires improvement with requirement "
                "notices (Regulation 12 and 17) and 'should' improvements, as kept by a practice manager and saved as plain "
                "text (Beacon Medical Group, Plymouth, inspection October 2023). Copied features: header block with "
                "inspection and report dates, rating, owner and version, a status key line, ruled MUST DO and SHOULD DO "
                "sections, each CQC requirement as a numbered line (M1., S1.) with its regulation, then labelled blocks "
                "per action (Action/Lead/Due/Status/Progress), closing notes."),
        reads=("A plain-text plan with two ruled sections; under each, the CQC requirement lines each head one to three "
               "action blocks whose labelled lines give the lead, due date and status. Eight actions; 'Not started' is "
               "unrated and 'Ongoing' has no end month."),
        outcome="read",
        title="Beacon Medical Group – CQC Inspection Action Plan",
    )
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (royal_devon, dvla, ccp, tallis, ghc, remit, beacon):
        n, k = fn()
        print(f"{n}: {k} actions")
