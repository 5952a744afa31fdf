#!/usr/bin/env python3
"""Build the seven zgd- blind test files (set heldout825) and their expected readings.

Run with /work/main/.venv/bin/python zgd_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with "zgd-" are written.
"""
import os
import datetime as dt

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, LILAC, PALE = "D9D9D9", "E4DFEC", "DDEBF7"


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    assert name.startswith("zgd-")
    return os.path.join(HERE, name)


EXPECTED = {}


def expect(name, **kw):
    EXPECTED[name] = kw


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. SECAmb - independent well-led review action plan (xlsx)
# ---------------------------------------------------------------------------
def secamb():
    name = "zgd-south-east-coast-ambulance-service-nhsft-well-led-review-action-plan.xlsx"
    org = "South East Coast Ambulance Service NHS Foundation Trust"
    title = "Independent Well-Led Review – Recommendations Action Plan"
    k1 = "KLOE 1 – Is there the leadership capacity and capability to deliver high quality, sustainable care?"
    k3 = "KLOE 3 – Is there a culture of high quality, sustainable care?"
    k4 = ("KLOE 4 – Are there clear responsibilities, roles and systems of accountability "
          "to support good governance and management?")
    k6 = "KLOE 6 – Is appropriate and accurate information being effectively processed, challenged and acted on?"
    r1 = ("The Board should complete its programme of executive appointments, replacing interim "
          "arrangements with substantive post holders, and ensure that induction for new directors "
          "covers the Trust's regulatory and operational context.")
    r2 = ("The Trust should strengthen leadership development below Board level, with a particular "
          "focus on operational team leaders and Emergency Operations Centre (EOC) managers.")
    r3 = ("The Trust should continue its work to address sexual safety and inappropriate behaviours, "
          "ensuring the 'Until It Stops' campaign is embedded and its impact is measured.")
    r4 = ("The Board should review its committee structure and terms of reference to reduce duplication "
          "and provide clear escalation routes from executive groups to Board committees.")
    r5 = ("The Trust should improve the quality and timeliness of performance information presented "
          "to Board, including the Integrated Quality and Performance Report (IQPR).")

    # (band, rec, ref, action, lead, orig, revised, update, prev, cur, cur_text)
    rows = [
        (k1, r1, "1.1", "Recruit a substantive Chief Operating Officer and Director of Strategy and Partnerships.",
         "Chief Executive", d(2025, 3, 31), d(2025, 6, 30),
         "COO appointed and in post from 2 June 2025. Director of Strategy and Partnerships appointed May 2025.",
         "G", "B", "B"),
        (k1, r1, "1.2", "Develop a structured induction programme for new Board members, including shadowing "
         "shifts in the EOC and NHS 111.", "Company Secretary", d(2025, 9, 30), None,
         "Programme drafted and used for two new Non-Executive Directors; EOC shadowing being scheduled.",
         "A", "G", "G"),
        (k1, r2, "2.1", "Launch the 'Leading Together' middle manager development programme (cohorts 1 to 3).",
         "Director of HR and OD", d(2025, 12, 31), None,
         "Cohort 1 (24 managers) completed September 2025; cohort 2 starts November 2025.",
         "G", "G", None),
        (k3, r3, "3.1", "Implement the sexual safety charter commitments across all operating units.\n"
         "Report progress quarterly to the People Committee.",
         "Director of HR and OD / Chief Nursing Officer", d(2025, 3, 31), d(2025, 12, 31),
         "Charter signed. First quarterly report deferred to December 2025 to align with staff survey results.",
         "A", "A", "A"),
        (k3, r3, "3.2", "Increase Freedom to Speak Up Guardian capacity to 2.0 WTE, with trained champions "
         "in every operating unit.", "Chief Executive", d(2025, 6, 30), None,
         "Second Guardian in post from April 2025; 41 champions trained.", "G", "B", "B"),
        (k4, r4, "4.1", "Complete an effectiveness review of all Board committees and approve revised terms "
         "of reference.", "Company Secretary", d(2025, 1, 31), None,
         "Revised terms of reference approved by Board January 2025.", "B", "B", "B"),
        (k4, r4, "4.2", "Introduce committee chairs' assurance reports to Board using the Alert, Advise, "
         "Assure format.", "Company Secretary", "Ongoing", None,
         "In use at every Board meeting since February 2025; format to be reviewed annually.", "G", "G", "G"),
        (k6, r5, "5.1", "Redesign the IQPR using statistical process control (SPC) charts and an agreed "
         "metric set for each Board committee.", "Chief Finance Officer", d(2024, 12, 31), d(2026, 3, 31),
         "New IQPR tested at Finance and Investment Committee; quality metrics still being agreed.",
         "R", "A", "A"),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = org
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = title
    cover["A2"].font = Font(bold=True, size=13)
    cover["A4"] = "Document control"
    cover["A4"].font = BOLD
    dc = [("Version", "4.2"), ("Date", "31 October 2025"), ("Owner", "Company Secretary"),
          ("Reporting to", "Trust Board (public) – 13 November 2025"),
          ("Review fieldwork", "July – September 2024")]
    for i, (k, v) in enumerate(dc, start=5):
        cover.cell(i, 1, k).font = BOLD
        cover.cell(i, 2, v)
        cover.cell(i, 1).border = cover.cell(i, 2).border = BOX
    cover["A11"] = "RAG key"
    cover["A11"].font = BOLD
    key = [("B", "Complete – action delivered and evidence of assurance received"),
           ("G", "On track to deliver by the target date"),
           ("A", "Risk to delivery by the target date – mitigations in place"),
           ("R", "Off track – target date missed or will be missed")]
    for i, (k, v) in enumerate(key, start=12):
        c = cover.cell(i, 1, k)
        c.fill = fill(rag_fill[k])
        c.font = Font(bold=True, color="FFFFFFFF" if k in "BR" else "FF000000")
        c.alignment = Alignment(horizontal="center")
        cover.cell(i, 2, v)
    cover.column_dimensions["A"].width = 20
    cover.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by KLOE – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["KLOE", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = summ.cell(3, j, h)
        c.font = BOLD
        c.fill = fill(GREY)
        c.border = BOX
    srows = [("KLOE 1 – Leadership capacity and capability", 3, 1, 2, 0, 0),
             ("KLOE 3 – Culture", 2, 1, 0, 1, 0),
             ("KLOE 4 – Governance and management", 2, 1, 1, 0, 0),
             ("KLOE 6 – Information", 1, 0, 0, 1, 0),
             ("Total", 8, 3, 3, 2, 0)]
    for i, r in enumerate(srows, start=4):
        for j, v in enumerate(r, 1):
            c = summ.cell(i, j, v)
            c.border = BOX
            if r[0] == "Total":
                c.font = BOLD
    summ.column_dimensions["A"].width = 45

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = org
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 31 October 2025"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    headers = ["Ref", "Recommendation", "Action", "Executive Lead", "Original Target Date",
               "Revised Target Date", "Progress Update (October 2025)", "Previous RAG (Jul-25)",
               "Current RAG (Oct-25)"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 45, 50, 26, 14, 14, 50, 11, 11]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w

    r = 6
    band = None
    rec_start = {}
    for (k, rec, ref, action, lead, orig, rev, upd, prev, cur, cur_text) in rows:
        if k != band:
            band = k
            c = ws.cell(r, 1, k)
            c.font = BOLD
            for j in range(1, 10):
                ws.cell(r, j).fill = fill(PALE)
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        ws.cell(r, 1, ref)
        if rec not in rec_start:
            rec_start[rec] = [r, r]
            ws.cell(r, 2, rec)
        else:
            rec_start[rec][1] = r
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        c = ws.cell(r, 5, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "mmm-yy"
        if rev is not None:
            c = ws.cell(r, 6, rev)
            c.number_format = "mmm-yy"
        ws.cell(r, 7, upd)
        p = ws.cell(r, 8, prev)
        p.fill = fill(rag_fill[prev])
        q = ws.cell(r, 9, cur_text)
        q.fill = fill(rag_fill[cur])
        for j in range(1, 10):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        for cc in (p, q):
            cc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for rec, (a, b) in rec_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Actions rated Blue are closed following review by the Executive Management "
                  "Board and will be removed from the next report. Revised target dates were agreed by "
                  "the Audit and Risk Committee on 18 September 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).alignment = WRAP
    ws.row_dimensions[r].height = 30
    ws.freeze_panes = "A6"
    wb.save(path(name))

    def endm(orig, rev):
        x = rev if rev is not None else orig
        if isinstance(x, dt.datetime):
            return x.strftime("%Y-%m"), None
        return None, x
    col = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for (k, rec, ref, action, lead, orig, rev, upd, prev, cur, cur_text) in rows:
        e, et = endm(orig, rev)
        leads = [x.strip() for x in lead.split(" / ")]
        actions.append(act(ref, [k, rec], action, leads, e, col[cur], et))
    expect(name,
           source=("Imitates the recommendations action plan an NHS ambulance trust takes to its public "
                   "Board after an independent well-led review (NHS England well-led framework, eight KLOEs); "
                   "SECAmb was rated inadequate for well-led by CQC in 2022 and reported its improvement "
                   "journey to Board and to HOSCs in 2024-25. Copies: cover sheet with document control table "
                   "and RAG key (Blue = complete), a summary sheet of counts by KLOE, and an action plan sheet "
                   "with a title block, merged KLOE band rows, the recommendation merged down over its "
                   "actions, original and revised target dates, progress update, previous and current RAG "
                   "(one current RAG shown by fill colour only), and a notes line."),
           reads=("Three sheets: a cover with document control and RAG key, a summary table of counts, and "
                  "the action plan. Eight numbered actions sit under four KLOE headings, each answering a "
                  "review recommendation merged across its action rows; where a revised target date is given "
                  "it replaces the original, and the current (October) RAG is the status."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. Ashford and St Peter's - Ockenden final report IEA action plan (xlsx)
# ---------------------------------------------------------------------------
def asph():
    name = "zgd-ashford-and-st-peters-hospitals-nhsft-ockenden-final-report-iea-action-plan.xlsx"
    org = "Ashford and St Peter's Hospitals NHS Foundation Trust"
    title = "Ockenden Final Report – Immediate and Essential Actions: Trust Action Plan"
    i1 = "IEA 1: Workforce planning and sustainability"
    i2 = "IEA 2: Safe staffing"
    i4 = "IEA 4: Clinical governance – leadership"
    i7 = "IEA 7: Multidisciplinary training"
    i13 = "IEA 13: Bereavement care"
    # (iea, ref, action, lead, start, due, comment, evidence, rag)
    rows = [
        (i1, "1.1", "Complete a Birthrate Plus® midwifery workforce review and present the findings and "
         "funded establishment to Trust Board.", "Director of Midwifery", d(2022, 5, 1), d(2022, 10, 31),
         "Birthrate Plus report received September 2022; establishment uplift of 6.4 WTE approved by Board "
         "on 6 October 2022.", "Board minutes 06/10/2022", "B"),
        (i1, "1.2", "Review obstetric consultant job plans to provide consultant presence on the labour ward "
         "in line with RCOG workforce guidance.", "Clinical Director – Obstetrics & Gynaecology",
         d(2022, 6, 1), "Q4 2022/23",
         "Job plan reviews 70% complete. Business case for two additional consultants to Executive "
         "Committee in February.", "Job planning tracker", "A"),
        (i2, "2.1", "Ensure the labour ward co-ordinator is supernumerary on every shift and report "
         "compliance monthly through the maternity dashboard.",
         "Director of Midwifery; Maternity Matron – Labour Ward", d(2022, 4, 1), d(2022, 9, 30),
         "Supernumerary status achieved on 98% of shifts Oct–Dec 2022; reported monthly.",
         "Maternity dashboard", "B"),
        (i2, "2.2", "Present a bi-annual midwifery staffing report to Board, including red flag data and "
         "BirthRate Plus acuity tool findings.", "Director of Midwifery", d(2022, 7, 1),
         "Ongoing – bi-annual",
         "First report to Board November 2022; next due May 2023.", "Board papers Nov 2022", "G"),
        (i4, "4.1", "Appoint a Lead Midwife and Lead Obstetrician for fetal monitoring, each with protected "
         "time in their job plan.",
         "Clinical Director – Obstetrics & Gynaecology / Director of Midwifery", d(2022, 9, 1),
         d(2023, 2, 28), "Lead Midwife in post; Lead Obstetrician interviews 8 February 2023.",
         "Job descriptions", "G"),
        (i4, "4.2", "Ensure the Board receives the Perinatal Quality Surveillance Model report every month, "
         "including HSIB and MNSI findings.", "Chief Nursing Officer", d(2022, 4, 1), d(2022, 7, 31),
         "Monthly report received by Board since July 2022.", "Board papers", "B"),
        (i7, "7.1", "Deliver PROMPT multidisciplinary emergency skills training to at least 90% of each "
         "maternity staff group.", "Practice Development Midwife", d(2022, 4, 1), d(2023, 3, 31),
         "Midwives 93%, obstetricians 84%, anaesthetists 71%.\n"
         "Additional anaesthetic dates booked for February and March.", "Training database", "A"),
        (i13, "13.1", "Provide a dedicated bereavement room on the labour ward at St Peter's Hospital.",
         "Head of Estates / Director of Midwifery", d(2022, 6, 1), d(2022, 12, 31),
         "Works delayed by estates capacity; revised programme being agreed.", "Estates programme", "R"),
        (i13, "13.2", "Ensure bereavement care services are available seven days a week.",
         "Bereavement Midwife", d(2022, 9, 1), "April 2023",
         "Second bereavement midwife recruited; weekend rota starts April 2023.", "Rota", "G"),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = org
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Maternity and Neonatal Services – summary position at 31 January 2023"
    hdr = ["Immediate and Essential Action", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(5, j, h)
        c.font = BOLD
        c.border = BOX
        if h in ("Blue", "Green", "Amber", "Red"):
            c.fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[h])
    srows = [(i1, 2, 1, 0, 1, 0), (i2, 2, 1, 1, 0, 0), (i4, 2, 1, 1, 0, 0), (i7, 1, 0, 0, 1, 0),
             (i13, 2, 0, 1, 0, 1), ("Total", 9, 3, 3, 2, 1)]
    for i, r in enumerate(srows, start=6):
        for j, v in enumerate(r, 1):
            c = s.cell(i, j, v)
            c.border = BOX
            if r[0] == "Total":
                c.font = BOLD
    s["A13"] = "RAG key"
    s["A13"].font = BOLD
    keys = [(BLUE, "Blue – evidenced and assured (complete)"), (GREEN, "Green – on track"),
            (AMBER, "Amber – delivery at risk"), (RED, "Red – overdue")]
    for i, (f, t) in enumerate(keys, start=14):
        s.cell(i, 1).fill = fill(f)
        s.cell(i, 2, t)
    s.column_dimensions["A"].width = 48
    s.column_dimensions["B"].width = 12

    ws = wb.create_sheet("IEA Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (org + " – Maternity and Neonatal Services | Executive Lead: Chief Nursing Officer | "
                "Updated: 31 January 2023")
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Blue = Evidenced and assured"
    ws["A3"].fill = fill(BLUE)
    ws["C3"] = "Green = On track"
    ws["C3"].fill = fill(GREEN)
    ws["D3"] = "Amber = At risk"
    ws["D3"].fill = fill(AMBER)
    ws["E3"] = "Red = Overdue"
    ws["E3"].fill = fill(RED)
    ws.merge_cells("A3:B3")
    headers = ["Ref", "Action required", "Lead(s)", "Start Date", "Due Date",
               "Status Commentary (This Period)", "Location of Evidence", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(5, j, h)
        c.font = BOLD
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([7, 55, 30, 12, 14, 50, 22, 8]):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    r = 6
    band = None
    for (iea, ref, action, lead, start, due, comm, evid, rag) in rows:
        if iea != band:
            band = iea
            ws.cell(r, 1, iea).font = BOLD
            for j in range(1, 9):
                ws.cell(r, j).fill = fill(LILAC)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        vals = [ref, action, lead, start, due, comm, evid, None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(rag_fill[rag])
        r += 1
    ws.freeze_panes = "A6"
    wb.save(path(name))

    col = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for (iea, ref, action, lead, start, due, comm, evid, rag) in rows:
        if isinstance(due, dt.datetime):
            e, et = due.strftime("%Y-%m"), None
        elif due == "Q4 2022/23":
            e, et = "2023-03", due
        elif due == "April 2023":
            e, et = "2023-04", None
        else:
            e, et = None, due
        lead_l = [x.strip() for x in lead.replace("; ", " / ").split(" / ")]
        actions.append(act(ref, [iea], action, lead_l, e, col[rag], et))
    expect(name,
           source=("Imitates an English acute trust's Ockenden final report (30 March 2022) immediate and "
                   "essential actions assurance tracker of the kind maternity services took to Board and "
                   "Quality Committee in 2022-23; column set modelled on the Shrewsbury and Telford Ockenden "
                   "action plan appendix (Ref, Action required, Start Date, Due Date, Status Commentary (This "
                   "Period), Location of Evidence; https://fdocuments.us/document/local-actions-for-learning-"
                   "theme-1-maternity-care.html). Copies: summary sheet with counts per IEA and a RAG key, "
                   "action sheet with a title and header line, a coloured key row, merged IEA band rows, and a "
                   "RAG column coloured by fill only (no text)."),
           reads=("A summary sheet and the IEA action plan. Nine numbered actions sit under five IEA headings; "
                  "each has its lead(s), start and due dates (one as a financial quarter, one as 'Ongoing', one "
                  "as a month) and a RAG shown only by cell colour, read by the key (blue = evidenced and "
                  "assured)."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. Dorothy House Hospice Care - strategic risk register further actions tracker (xlsx)
# ---------------------------------------------------------------------------
def dorothy():
    name = "zgd-dorothy-house-hospice-care-strategic-risk-register-actions-tracker.xlsx"
    org = "Dorothy House Hospice Care"
    title = "Strategic Risk Register – Further Actions Tracker 2025/26"
    sr1 = ("SR1 – Voluntary income (fundraising, lottery and retail) falls below budget, putting the "
           "funding of clinical services at risk")
    sr2 = ("SR2 – Inability to recruit and retain registered nurses and medical staff to sustain the "
           "Inpatient Unit and Hospice at Home services")
    sr3 = "SR3 – A cyber-attack or system failure results in loss of access to SystmOne and patient records"
    sr4 = ("SR4 – Failure to maintain compliance with CQC fundamental standards under the single "
           "assessment framework")
    risks = [
        (sr1, "Director of Income Generation", "4 x 4 = 16", "3 x 3 = 9", [
            ("SR1.1", "Deliver the retail improvement plan, including closure of two loss-making shops and "
             "opening of the Melksham superstore.", "Head of Retail", d(2026, 3, 31),
             "Melksham superstore opened October 2025; first shop closure completed.", "On track"),
            ("SR1.2", "Refresh the legacy marketing plan and recruit a Legacy Officer (0.6 WTE).",
             "Head of Fundraising", d(2025, 9, 30), "Legacy Officer started 1 September 2025.", "Complete"),
        ]),
        (sr2, "Director of Patient Care", "4 x 4 = 16", "2 x 4 = 8", [
            ("SR2.1", "Launch the Registered Nurse Degree Apprenticeship pathway with the University of the "
             "West of England (first cohort of four).", "Head of Education / Director of People",
             d(2026, 1, 31), "UWE intake moved to February 2026; funding agreed.", "At risk"),
            ("SR2.2", "Agree a shared consultant on-call arrangement with the Royal United Hospitals Bath "
             "palliative care team.", "Medical Director", "Q4 2025/26",
             "Draft service level agreement with RUH for review.", "On track"),
            ("SR2.3", "Benchmark pay and terms against NHS Agenda for Change and neighbouring hospices.",
             "Director of People", d(2025, 10, 31),
             "Benchmarking data delayed; report now due to People Committee in January 2026.", "Off track"),
        ]),
        (sr3, "Director of Finance and Resources", "3 x 5 = 15", "2 x 5 = 10", [
            ("SR3.1", "Complete the 2025/26 Data Security and Protection Toolkit submission at 'Standards "
             "Met'.", "Head of IT; Information Governance Lead", d(2026, 6, 30),
             "Evidence 60% uploaded.", "On track"),
            ("SR3.2", "Run a business continuity desktop exercise simulating loss of SystmOne for 72 hours.",
             "Head of Governance and Compliance", d(2025, 11, 30),
             "Exercise held 12 November 2025; lessons learned report to Quality Committee.", "Complete"),
        ]),
        (sr4, "Director of Patient Care", "2 x 4 = 8", "2 x 4 = 8", [
            ("SR4.1", "Hold quarterly mock inspections of the Inpatient Unit and community teams against the "
             "CQC quality statements.", "Head of Quality", "Quarterly",
             "Q2 mock inspection of Hospice at Home completed; actions logged on Vantage.", "On track"),
        ]),
    ]
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register Actions"
    ws["A1"] = org
    ws["A1"].font = Font(bold=True, size=14, color="FF6A1B9A")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reported to: Audit and Risk Committee, 9 December 2025   |   Prepared by: Head of Governance "
                "and Compliance")
    ws["A4"] = "Action status key:"
    for j, k in enumerate(["Complete", "On track", "At risk", "Off track"], start=2):
        c = ws.cell(4, j, k)
        c.fill = fill(sfill[k])
    headers = ["Ref", "Risk / Further action required", "Owner", "Current score (L x I)", "Target score",
               "Due date", "Update – November 2025", "Status"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("6A1B9A")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([8, 60, 28, 13, 11, 12, 48, 11]):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    r = 7
    for (risk, owner, cur, tgt, acts) in risks:
        ws.cell(r, 1, risk).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, owner).font = BOLD
        ws.cell(r, 4, cur).font = BOLD
        ws.cell(r, 5, tgt).font = BOLD
        for j in range(1, 9):
            ws.cell(r, j).fill = fill(GREY)
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, due, upd, st) in acts:
            vals = [ref, text, lead, None, None, due, upd, st]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(sfill[st])
            r += 1
    r += 1
    ws.cell(r, 1, "Note: actions marked Complete will be removed from the tracker after the next Committee "
                  "meeting. Scores are likelihood x impact on the hospice 5 x 5 matrix.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A7"

    hm = wb.create_sheet("Heat Map & Key")
    hm["A1"] = "Current risk scores – heat map (likelihood down, impact across)"
    hm["A1"].font = BOLD
    for j in range(1, 6):
        hm.cell(3, j + 1, j).font = BOLD
        hm.cell(3 + j, 1, 6 - j).font = BOLD
    placed = {(4, 4): "SR1, SR2", (3, 5): "SR3", (2, 4): "SR4"}
    for li in range(1, 6):
        for im in range(1, 6):
            c = hm.cell(3 + (6 - li), 1 + im, placed.get((li, im)))
            sc = li * im
            c.fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else "FFFF00" if sc >= 4 else GREEN)
            c.border = BOX
    hm["A10"] = "Score bands: 15–25 High (red); 8–12 Significant (amber); 4–6 Moderate (yellow); 1–3 Low (green)"
    wb.save(path(name))

    col = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    actions = []
    for (risk, owner, cur, tgt, acts) in risks:
        for (ref, text, lead, due, upd, st) in acts:
            if isinstance(due, dt.datetime):
                e, et = due.strftime("%Y-%m"), None
            elif due == "Q4 2025/26":
                e, et = "2026-03", due
            else:
                e, et = None, due
            leads = [x.strip() for x in lead.replace("; ", " / ").split(" / ")]
            actions.append(act(ref, [risk], text, leads, e, col[st], et))
    expect(name,
           source=("Imitates the strategic risk register 'further actions' tracker a UK independent hospice "
                   "takes to its trustees' Audit and Risk Committee (hospices commonly run a spreadsheet risk "
                   "register with cause/effect risk descriptions, owner, likelihood x impact scores and further "
                   "actions with owners and dates). Copies: title block with the committee and author, a "
                   "status key in coloured cells, grey risk header rows (risk ID and description merged over "
                   "two columns, owner and scores) with numbered further-action rows beneath, status words "
                   "with fill colours, a notes line and a second heat-map sheet."),
           reads=("One tracker sheet and a heat map. Four strategic risks each head a group of further actions "
                  "(eight in all, SR1.1 to SR4.1) with their own owner, due date, November update and status; "
                  "the risk rows carry the risk owner and scores but are headings, not actions."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Swansea Bay UHB - HIW Singleton Hospital ward inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def hiw():
    name = "zgd-swansea-bay-uhb-hiw-singleton-hospital-ward-12-inspection-improvement-plan.docx"
    title = "HIW Improvement Plan – Singleton Hospital, Ward 12"
    s1 = "Quality of patient experience"
    s2 = "Delivery of safe and effective care"
    s3 = "Quality of management and leadership"
    i1 = ("The health board must ensure that patients' privacy and dignity are maintained at all times, "
          "particularly in the use of bay curtains in the six-bedded bays.")
    i2 = ("The health board must ensure that information on how to raise a concern (Putting Things Right) "
          "is displayed in both Welsh and English.")
    i3 = ("The health board must ensure that pressure area risk assessments (PURPOSE T) are completed within "
          "six hours of admission and reviewed in line with policy.")
    i4 = ("The health board must ensure that medication fridge temperatures are recorded daily and that "
          "action is taken when temperatures fall outside the recommended range.")
    i5 = ("The health board must ensure that resuscitation equipment is checked daily and that checks are "
          "accurately recorded.")
    i6 = ("The health board must ensure that staff compliance with mandatory training, in particular "
          "Safeguarding Level 3 and Mental Capacity Act training, meets the health board target of 85%.")
    i7 = ("The health board should share the results of the HIW staff questionnaire with ward staff and "
          "develop an action plan in response.")
    # section -> list of (improvement, standard, [ (action, officer, timescale) ])
    plan = [
        (s1, [
            (i1, "Health and Care Quality Standards 2023 – Person centred", [
                ("Ward Manager to reinforce expectations at daily safety huddles; dignity checks added to the "
                 "monthly ward manager audit.", "Ward Manager", "31 December 2024")]),
            (i2, "Health and Care Quality Standards 2023 – Person centred; Welsh Language (Wales) Measure 2011", [
                ("Bilingual Putting Things Right posters and leaflets ordered and displayed at the ward "
                 "entrance and in the day room.", "Senior Nurse, Medicine", "30 November 2024")]),
        ]),
        (s2, [
            (i3, "Health and Care Quality Standards 2023 – Safe", [
                ("Targeted PURPOSE T training delivered by the Tissue Viability team to all registered nurses "
                 "on Ward 12.\nCompliance monitored through the weekly Tendable audit and reported to the Unit "
                 "Nursing Board.", "Ward Manager / Tissue Viability Nurse Specialist", "31 January 2025")]),
            (i4, "Health and Care Quality Standards 2023 – Safe; Effective", [
                ("Fridge temperature log redesigned with escalation prompts and added to the night shift "
                 "checklist.", "Ward Manager", "Immediate and ongoing"),
                ("Ward pharmacist to spot check fridge records weekly for three months and report findings to "
                 "the Medicines Management Group.", "Lead Pharmacist – Medicine", "31 March 2025")]),
            (i5, "Health and Care Quality Standards 2023 – Safe", [
                ("Daily resuscitation trolley checks added to the ward safety brief and included in the "
                 "monthly matron audit.", "Ward Manager", "Ongoing – monthly audit")]),
        ]),
        (s3, [
            (i6, "Health and Care Quality Standards 2023 – Workforce", [
                ("Training trajectory agreed with the Unit Nurse Director; protected time rostered for staff to "
                 "complete outstanding modules.", "Head of Nursing – Medicine", "End of Quarter 4 2024/25")]),
            (i7, "Health and Care Quality Standards 2023 – Leadership", [
                ("Questionnaire results shared at the ward team meeting; a 'You said, we did' board to be "
                 "displayed in the staff room.", "Ward Manager", "28 February 2025")]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Healthcare Inspectorate Wales – Hospital Inspection (Unannounced)")
    p.runs[0].italic = True
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "Singleton Hospital, Swansea Bay University Health Board"),
                                ("Ward/department:", "Ward 12 – Acute Medicine"),
                                ("Date of inspection:", "17 and 18 September 2024"),
                                ("Date improvement plan returned:", "12 December 2024")]):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The tables below set out the improvements identified during the inspection and the "
                      "actions the health board is taking to address them.")
    hdr = ["Improvement needed", "Standard/ Regulation", "Service action", "Responsible officer", "Timescale"]
    widths = [Cm(6.5), Cm(3.8), Cm(8.5), Cm(3.8), Cm(3.0)]
    actions = []
    for sec, items in plan:
        doc.add_heading(sec, level=3)
        nrows = 1 + sum(len(a) for _, _, a in items)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            bold_cell(t.cell(0, j), h)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for imp, std, acts in items:
            top = r
            for (a, off, ts) in acts:
                t.cell(r, 2).text = a
                t.cell(r, 3).text = off
                t.cell(r, 4).text = ts
                r += 1
            if r - top > 1:
                m = t.cell(top, 0).merge(t.cell(r - 1, 0))
                m.text = imp
                m2 = t.cell(top, 1).merge(t.cell(r - 1, 1))
                m2.text = std
            else:
                t.cell(top, 0).text = imp
                t.cell(top, 1).text = std
            for (a, off, ts) in acts:
                if ts == "Immediate and ongoing" or ts.startswith("Ongoing"):
                    e, et = None, ts
                elif ts == "End of Quarter 4 2024/25":
                    e, et = "2025-03", ts
                else:
                    e = dt.datetime.strptime(ts, "%d %B %Y").strftime("%Y-%m")
                    et = None
                leads = [x.strip() for x in off.split(" / ")]
                actions.append(act(None, [sec, imp], a, leads, e, "unrated", et))
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        doc.add_paragraph()
    doc.add_heading("Service representative", level=3)
    sig = doc.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhian Pugh"), ("Job role:", "Head of Nursing – Medicine"),
                                ("Date:", "12 December 2024")]):
        bold_cell(sig.cell(i, 0), k)
        sig.cell(i, 1).text = v
    doc.save(path(name))
    expect(name,
           source=("Imitates the improvement plan a Welsh health board returns to Healthcare Inspectorate Wales "
                   "after an unannounced hospital ward inspection (HIW report appendices: Appendix B immediate "
                   "improvement plan, Appendix C improvement plan with columns Improvement needed / Standard/ "
                   "Regulation / Service action / Responsible officer / Timescale, and a 'Service "
                   "representative' sign-off; cf. HIW reports such as Wrexham Maelor ED follow-up, "
                   "https://vdocuments.net/follow-up-inspection-unannounced.html). Copies: title, service "
                   "details table, a note that there were no immediate concerns, one table per report section "
                   "under a heading, one improvement merged down over two service actions, a two-paragraph "
                   "service action, job titles as responsible officers, timescales as dates, 'Immediate and "
                   "ongoing', 'Ongoing – monthly audit' and a financial quarter, and a sign-off table."),
           reads=("A title and service details, then three tables headed by the HIW report sections. Each row "
                  "answers an 'improvement needed' finding with a service action, a responsible officer and a "
                  "timescale; eight actions in all, with no reference numbers and no status column, so every "
                  "action is unrated."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. NHS GGC - HIS safe delivery of care inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
def his():
    name = ("zgd-nhs-greater-glasgow-and-clyde-his-gartnavel-general-hospital-safe-delivery-of-care-"
            "improvement-action-plan.docx")
    title = "Improvement Action Plan"
    dA = "Domain 4.1 – Pathways, procedures and policies"
    dB = "Domain 4.3 – Workforce planning"
    q1 = ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that patient care documentation, "
          "including falls and pressure ulcer risk assessments, is accurately and consistently completed.")
    q2 = ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that the care environment and patient "
          "equipment are clean and in a good state of repair to support effective cleaning.")
    q3 = ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that all staff comply with standard "
          "infection control precautions, including hand hygiene and the safe management of sharps.")
    q4 = ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that there are robust processes to assure "
          "safe staffing in all clinical areas, including the recording of professional judgement and risk "
          "escalation, in line with the Health and Care (Staffing) (Scotland) Act 2019.")
    plan = [
        (dA, [
            (q1, [
                ("1.1", "Senior Charge Nurses to complete weekly documentation audits using the Excellence in "
                 "Care assurance tool, with results discussed at ward huddles.", "Senior Charge Nurses",
                 "30 June 2024", "Weekly audits in place on all six wards since May 2024.", BLUE),
                ("1.2", "Lead Nurse to review audit results monthly and agree improvement plans with any ward "
                 "below 90% compliance.", "Lead Nurse (Gartnavel General Hospital)", "Monthly from May 2024",
                 "Two wards below 90% in September; improvement plans agreed.", GREEN),
            ]),
            (q2, [
                ("2.1", "Domestic Services Manager and Senior Charge Nurses to undertake joint monthly "
                 "environmental audits, with estates defects logged on FM First.",
                 "Domestic Services Manager / Senior Charge Nurses", "31 May 2024",
                 "Joint audits embedded; 37 defects logged, 31 closed.", BLUE),
                ("2.2", "Replace the damaged mattresses and patient chairs identified during the inspection.\n"
                 "Mattress audit to be repeated quarterly by the Infection Prevention and Control Team.",
                 "Infection Control Manager", "30 September 2024",
                 "Mattresses replaced; 14 of 22 chairs delivered, remainder due November.", AMBER),
            ]),
            (q3, [
                ("3.1", "Reinforce hand hygiene and SICPs compliance through the Infection Prevention and "
                 "Control Team education programme, with weekly peer audits.",
                 "Lead Infection Prevention and Control Nurse", "Immediate and ongoing",
                 "Peer audit compliance 96% (August–October).", GREEN),
            ]),
        ]),
        (dB, [
            (q4, [
                ("4.1", "Use the real-time staffing tool (SafeCare) at every site safety huddle, recording "
                 "professional judgement and mitigations for each shift.", "Chief Nurse, Regional Services",
                 "31 July 2024", "SafeCare in use at all huddles; recording of mitigations audited monthly.",
                 GREEN),
                ("4.2", "Refresh the staffing escalation policy and communicate it to all nursing staff through "
                 "the Chief Nurse's bulletin.", "Chief Nurse, Regional Services", "August 2024",
                 "Policy approved by Acute Nursing Board; circulated 19 August 2024.", BLUE),
            ]),
        ]),
    ]
    colour_name = {BLUE: "blue", GREEN: "green", AMBER: "amber", RED: "red"}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Name of NHS board:", "NHS Greater Glasgow and Clyde"),
                                ("Name of hospital:", "Gartnavel General Hospital"),
                                ("Inspection:", "Safe delivery of care inspection (unannounced)"),
                                ("Inspection date:", "5–7 February 2024"),
                                ("Progress update:", "31 October 2024 – Acute Services Clinical Governance Forum")]):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Blue – action complete; Green – on track; Amber – at risk of slippage; "
                      "Red – not on track.")
    hdr = ["Reference number", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress at 31 October 2024", "RAG"]
    widths = [Cm(2.2), Cm(8.5), Cm(3.2), Cm(4.0), Cm(6.5), Cm(1.4)]
    nrows = 1 + sum(1 + sum(1 + len(a) for _, a in reqs) for _, reqs in plan)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        bold_cell(t.cell(0, j), h)
        shade(t.cell(0, j), "BFBFBF")
    r = 1
    actions = []
    for dom, reqs in plan:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        bold_cell(m, dom)
        shade(m, "8EAADB")
        r += 1
        for req, acts in reqs:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            bold_cell(m, req)
            shade(m, "D9E2F3")
            r += 1
            for (ref, a, who, ts, prog, rag) in acts:
                t.cell(r, 0).text = ref
                t.cell(r, 1).text = a
                t.cell(r, 2).text = ts
                t.cell(r, 3).text = who
                t.cell(r, 4).text = prog
                shade(t.cell(r, 5), rag)
                r += 1
                if ts == "Immediate and ongoing" or ts.startswith("Monthly"):
                    e, et = None, ts
                elif ts == "August 2024":
                    e, et = "2024-08", None
                else:
                    e, et = dt.datetime.strptime(ts, "%d %B %Y").strftime("%Y-%m"), None
                leads = [x.strip() for x in who.split(" / ")]
                actions.append(act(ref, [dom, req], a, leads, e, colour_name[rag], et))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    doc.add_paragraph()
    doc.add_paragraph("NHS board contact")
    sig = doc.add_table(rows=4, cols=2)
    sig.style = "Table Grid"
    for i, (k, v) in enumerate([("Name:", "Scott Davidson"), ("Designation:", "Chief Nurse, Regional Services"),
                                ("Signature:", ""), ("Date:", "4 November 2024")]):
        bold_cell(sig.cell(i, 0), k)
        sig.cell(i, 1).text = v
    doc.save(path(name))
    expect(name,
           source=("Imitates a Scottish NHS board's Improvement Action Plan returned to Healthcare Improvement "
                   "Scotland after an unannounced Safe Delivery of Care inspection (requirements grouped by "
                   "Quality Assurance Framework domain; HIS template columns Reference number / Action planned / "
                   "Timescale to meet action / Responsibility for taking action; "
                   "https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/inspections-"
                   "of-nhs-hospitals-and-services/safe-delivery-of-care-in-acute-hospitals-inspection-programme), "
                   "in the board's own progress version with a progress column and a RAG column shaded by fill "
                   "only. Copies: title, board/hospital/inspection details table, a RAG key paragraph, one table "
                   "with full-width merged domain rows and merged requirement rows above numbered actions, a "
                   "two-paragraph action, job titles as leads, and an 'NHS board contact' sign-off table."),
           reads=("A title, a details table and a RAG key, then one table in which two domain headings and four "
                  "requirements head seven numbered actions (1.1 to 4.2), each with its timescale, the post "
                  "responsible, a progress note and a RAG shown only by cell shading."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. NHS BSW ICB - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csv_line(vals):
    out = []
    for v in vals:
        v = "" if v is None else str(v)
        if any(ch in v for ch in [",", '"', "\n"]):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def bsw():
    name = "zgd-nhs-bsw-icb-internal-audit-recommendations-tracker.csv"
    title = ("NHS Bath and North East Somerset, Swindon and Wiltshire ICB – Internal Audit Recommendations "
             "Tracker")
    a1 = "Continuing Healthcare (2024/25)"
    a2 = "Data Security and Protection Toolkit (2024/25)"
    a3 = "Financial Systems – Accounts Payable (2025/26)"
    a4 = "Primary Care Commissioning (2025/26)"
    a5 = "Risk Management and Board Assurance Framework (2025/26)"
    rows = [
        (a1, "Limited", "CHC-01", "High",
         "The ICB should ensure that CHC eligibility decisions are made within the 28-day national standard and "
         "that breaches are reported to the Quality and Performance Committee.",
         "Introduce weekly tracking of referrals over 28 days, with escalation to the Deputy Director of Nursing, "
         "and include the 28-day standard in the monthly quality report.",
         "Deputy Director of Nursing (All Age Continuing Care)", "31/03/2025", "31/03/2026",
         "Weekly tracker in place since April 2025; 28-day compliance 74% in November against an 80% trajectory.",
         "At risk"),
        (a1, "Limited", "CHC-02", "Medium",
         "Personal health budget agreements should be reviewed annually and evidence of the review retained on "
         "the case management system.",
         "Schedule annual PHB reviews on Broadcare and audit a 10% sample each quarter.",
         "Head of Personalised Care", "30/06/2025", "",
         "Annual review schedule live; Q2 sample audit completed with 92% compliance.", "Complete"),
        (a2, "Moderate", "DSPT-01", "High",
         "The ICB should complete the outstanding information asset register entries and confirm data flow "
         "mapping for all high-risk assets.",
         "Information Asset Owners to complete the IAR and data flow mapping; IG team to validate before DSPT "
         "submission.",
         "Senior Information Risk Owner / Head of Information Governance", "30/06/2025", "",
         "Completed ahead of the June 2025 submission; DSPT 'Standards Met'.", "Complete"),
        (a2, "Moderate", "DSPT-02", "Medium",
         "Staff completion of annual data security awareness training should reach the 95% toolkit threshold.",
         "Send monthly compliance reports to directorate leads; line managers to follow up non-compliant staff.",
         "Head of Information Governance", "31/03/2025", "30/06/2026",
         "Compliance 91% at December 2025.", "On track"),
        (a3, "Substantial", "FIN-01", "Low",
         "Supplier bank detail changes should be independently verified by call-back to a known contact before "
         "being processed.",
         "Update the SBS supplier amendment procedure to require documented call-back verification, and brief "
         "the Finance team.",
         "Deputy Chief Finance Officer", "31/10/2025", "",
         "Procedure updated; evidence of call-back now retained on file.", "Complete"),
        (a4, "Moderate", "PCC-01", "Medium",
         "The ICB should ensure that decisions taken under delegated primary care functions are recorded "
         "consistently and reported to the Primary Care Commissioning Committee.",
         "Introduce a delegated decisions log with quarterly reporting to the Primary Care Commissioning "
         "Committee.",
         "Director of Primary Care", "31/12/2025", "",
         "Decisions log drafted; first report to the Committee on 5 February 2026.", "On track"),
        (a4, "Moderate", "PCC-02", "Low",
         "Contract variations for GP practices should be signed by both parties before they are implemented.",
         "Carry out a retrospective review of 2024/25 contract variations and obtain missing signatures.",
         "Head of Primary Care Contracting", "30/09/2025", "30/11/2025",
         "Review of 41 variations complete; 6 signatures still outstanding.", "Overdue"),
        (a5, "Moderate", "RM-01", "Medium",
         "Risk owners should review and update their operational risks at least quarterly in line with the Risk "
         "Management Policy.",
         "Corporate Governance team to issue quarterly review reminders and report compliance to the Audit and "
         "Risk Committee.",
         "Director of Corporate Affairs", "Quarterly", "",
         "Q3 review completed for 88% of risks.", "On track"),
    ]
    lines = [
        csv_line([title] + [""] * 10),
        csv_line(["Position at 31 December 2025 – Audit and Risk Committee, 15 January 2026"] + [""] * 10),
        csv_line([""] * 11),
        csv_line(["Audit (year)", "Assurance opinion", "Rec ref", "Priority", "Recommendation",
                  "Agreed management action", "Action owner", "Original due date", "Revised due date",
                  "Progress update", "Status"]),
    ]
    for r in rows:
        lines.append(csv_line(list(r)))
    lines += [
        csv_line([""] * 11),
        csv_line(["Summary: 8 open and recently closed recommendations – Complete 3, On track 3, At risk 1, "
                  "Overdue 1"] + [""] * 10),
        csv_line(["Status key: Complete = Blue; On track = Green; At risk = Amber; Overdue = Red"] + [""] * 10),
        csv_line(["Completed recommendations are reported once and then removed from the tracker."] + [""] * 10),
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    col = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    actions = []
    for (aud, op, ref, pri, rec, action, owner, orig, rev, upd, st) in rows:
        dd = rev or orig
        if dd == "Quarterly":
            e, et = None, "Quarterly"
        else:
            dd_, mm, yy = dd.split("/")
            e, et = f"{yy}-{mm}", None
        leads = [x.strip() for x in owner.split(" / ")]
        actions.append(act(ref, [aud, rec], action, leads, e, col[st], et))
    expect(name,
           source=("Imitates the internal audit recommendations tracker an English integrated care board "
                   "brings to its Audit and Risk Committee (flat spreadsheet export: audit and year, assurance "
                   "opinion, priority, recommendation, agreed management action, owner, original and revised "
                   "due dates, progress, status), saved as CSV. Copies: two title lines, a header row, one row "
                   "per recommendation with the audit repeated on each row, revised dates that replace the "
                   "original, a 'Quarterly' due date, two posts in one owner cell, and a summary, status key "
                   "and note line after the table."),
           reads=("A CSV with a title, a position line and a header, then eight recommendation rows from five "
                  "audits, each with its agreed management action, owner, dates, progress and status (mapped to "
                  "RAG by the key at the foot: Complete = Blue, On track = Green, At risk = Amber, Overdue = "
                  "Red). The summary, key and note lines are not actions."),
           outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------
# 7. Bluebird Care Ipswich - CQC inspection action plan, plain text, typo month (refuse)
# ---------------------------------------------------------------------------
def bluebird():
    name = "zgd-bluebird-care-ipswich-cqc-home-care-inspection-action-plan-typo-month-refuse.txt"
    title = "CQC Inspection Action Plan"
    rule = "-" * 66
    L = [
        "Bluebird Care (Ipswich & Felixstowe)",
        title,
        "=" * 66,
        "Service type:    Domiciliary care agency (personal care in people's own homes)",
        "Inspection:      8 and 9 July 2025 - report published 2 September 2025",
        "Overall rating:  Requires Improvement (Safe: Requires Improvement; Well-led: Requires Improvement)",
        "Plan owner:      Registered Manager",
        "Last updated:    20 October 2025 (version 3)",
        "",
        "Status key: Complete / On track / At risk / Not started",
        "",
        rule,
        "SAFE - Regulation 12: Safe care and treatment",
        rule,
        "1.1  Review every client's medicines support plan and MAR chart so that",
        "     time-specific medicines (including Parkinson's medication) are",
        "     scheduled at the prescribed times.",
        "     Lead:        Registered Manager / Care Coordinator",
        "     Target date: 30 September 2025",
        "     Status:      Complete",
        "",
        "1.2  Carry out monthly MAR audits for all clients supported with medicines",
        "     and feed back errors to staff through supervision.",
        "     Lead:        Field Care Supervisor",
        "     Target date: Monthly",
        "     Status:      On track",
        "",
        "1.3  Complete and review risk assessments for moving and handling and",
        "     skin integrity for every client using a hoist.",
        "     Lead:        Field Care Supervisor",
        "     Target date: 31 October 2025",
        "     Status:      On track",
        "",
        rule,
        "SAFE - Regulation 19: Fit and proper persons employed",
        rule,
        "2.1  Audit all staff files for full employment histories and explore and",
        "     record any gaps before the person starts work.",
        "     Lead:        Recruitment Coordinator",
        "     Target date: 30 November 2025",
        "     Status:      On track",
        "",
        "2.2  Update the recruitment checklist so that two references, including the",
        "     most recent employer, are verified before DBS clearance is requested.",
        "     Lead:        Recruitment Coordinator / Registered Manager",
        "     Target date: 31 Janaury 2026",
        "     Status:      Not started",
        "",
        rule,
        "WELL-LED - Regulation 17: Good governance",
        rule,
        "3.1  Introduce a monthly quality audit schedule covering call times, care",
        "     records and medicines, with findings reported to the Director.",
        "     Lead:        Registered Manager",
        "     Target date: 31 December 2025",
        "     Status:      At risk",
        "",
        "3.2  Send an annual quality survey to clients and relatives and publish a",
        "     'You said, we did' summary.",
        "     Lead:        Director",
        "     Target date: 28 February 2026",
        "     Status:      Not started",
        "",
        rule,
        "Signed: Registered Manager          Date: 20 October 2025",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")
    bad = [i + 1 for i, s in enumerate(L) if "Janaury" in s]
    assert len(bad) == 1
    expect(name,
           source=("Imitates the action plan a small domiciliary care agency writes after a CQC inspection that "
                   "found breaches of Regulations 12, 17 and 19 (one section per breached regulation under the "
                   "key question, numbered actions with lead, target date and status), exported from a word "
                   "processor as plain text. Copies: name and title lines, an inspection/rating block, a status "
                   "key, ruled section headings, wrapped action text, two leads in one line and a sign-off line."),
           reads=("Seven numbered actions under three regulation headings, each with a lead, target date and "
                  "status. Action 2.2's target date reads '31 Janaury 2026', a mistyped month, so a careful "
                  "reader would stop and ask what date was meant before reading the plan in."),
           outcome="refuse", accept_refusal=False, refuse_at=bad[0], title=title)


def write_expected():
    for name, kw in EXPECTED.items():
        doc = {"source": kw["source"], "reads": kw["reads"], "outcome": kw["outcome"],
               "accept_refusal": kw["accept_refusal"]}
        if "refuse_at" in kw:
            doc["refuse_at"] = kw["refuse_at"]
        doc["title"] = kw["title"]
        if kw["outcome"] == "read":
            doc["actions"] = kw["actions"]
        with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
            yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000,
                           default_flow_style=False)


if __name__ == "__main__":
    secamb()
    asph()
    dorothy()
    hiw()
    his()
    bsw()
    bluebird()
    write_expected()
    print("wrote", len(EXPECTED), "cases")
