#!/usr/bin/env python3
"""Build the seven zqz- blind test cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zqz_make.py from any directory; files are written
beside this script. Only files whose names start with "zqz-" are written.
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

OUT = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqz-")
    return os.path.join(OUT, name)


def write_expected(name, exp):
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "R": PatternFill("solid", start_color="FFFF0000", end_color="FFFF0000"),
    "A": PatternFill("solid", start_color="FFFFC000", end_color="FFFFC000"),
    "G": PatternFill("solid", start_color="FF00B050", end_color="FF00B050"),
    "B": PatternFill("solid", start_color="FF0070C0", end_color="FF0070C0"),
    "head": PatternFill("solid", start_color="FF003087", end_color="FF003087"),
    "band": PatternFill("solid", start_color="FFD9E1F2", end_color="FFD9E1F2"),
    "grey": PatternFill("solid", start_color="FFF2F2F2", end_color="FFF2F2F2"),
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFFFF")


def put(ws, row, col, value, fill=None, bold=False, fmt=None, font=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if fill is not None:
        c.fill = fill
    if font is not None:
        c.font = font
    elif bold:
        c.font = Font(bold=True)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ======================================================================
# 1. Norfolk and Suffolk NHS FT - Board Assurance Framework 2025/26 (xlsx)
# ======================================================================
def make_nsft_baf():
    name = "zqz-norfolk-and-suffolk-nhsft-board-assurance-framework-2025-26.xlsx"
    title = "Norfolk and Suffolk NHS Foundation Trust – Board Assurance Framework 2025/26"
    wb = Workbook()

    # --- Cover sheet: title, document control, RAG key
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 60
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Board of Directors (meeting in public) – 27 November 2025 – Agenda item 12"
    ws["A3"] = "Quarter 2 review. Executive owner: Chief Executive. Prepared by: Head of Risk and Assurance."
    put(ws, 5, 1, "Document control", bold=True, border=False)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        put(ws, 6, i, h, fill=FILL["head"], font=WHITE_BOLD)
    doc_rows = [
        ("v3.2", dt.datetime(2025, 11, 12), "Head of Risk and Assurance",
         "Q2 review: scores and actions updated following committee deep dives (People and Culture, Quality, Finance)."),
        ("v3.1", dt.datetime(2025, 8, 5), "Head of Risk and Assurance", "Q1 review."),
        ("v3.0", dt.datetime(2025, 4, 24), "Director of Corporate Affairs",
         "2025/26 BAF approved by the Board; strategic risks aligned to the refreshed Trust strategy."),
    ]
    for r, row in enumerate(doc_rows, 7):
        for c, v in enumerate(row, 1):
            put(ws, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    put(ws, 11, 1, "RAG key – progress of actions", bold=True, border=False)
    key = [("B", "Complete – action delivered and evidenced"),
           ("G", "On track to deliver by the due date"),
           ("A", "Some slippage or risk to delivery; mitigation in place"),
           ("R", "Off track or overdue; escalated to lead committee")]
    for r, (k, txt) in enumerate(key, 12):
        put(ws, r, 1, k, fill=FILL[k], bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        put(ws, r, 2, txt)
    ws["A17"] = ("Where the RAG cell is shaded without a letter, the shading gives the rating. "
                 "Risk scores are likelihood x consequence (5 x 5 matrix).")

    # --- Summary sheet: heat table and totals (no actions)
    sm = wb.create_sheet("BAF summary")
    heads = ["Ref", "Strategic risk", "Executive lead", "Lead committee", "Q1 score", "Q2 score",
             "Target score", "Trend"]
    widths = [8, 70, 26, 30, 10, 10, 12, 10]
    for i, (h, w) in enumerate(zip(heads, widths), 1):
        put(sm, 1, i, h, fill=FILL["head"], font=WHITE_BOLD)
        sm.column_dimensions[chr(64 + i)].width = w
    summary = [
        ("1.1", "Recruitment, retention and culture", "Chief People Officer",
         "People and Culture Committee", 16, 16, 12, "↔"),
        ("2.1", "Capacity, out-of-area placements and waiting times", "Chief Operating Officer",
         "Quality Committee", 20, 16, 12, "↓"),
        ("4.1", "Delivery of the 2025/26 financial plan", "Chief Finance Officer",
         "Finance, Performance and Investment Committee", 16, 20, 12, "↑"),
    ]
    for r, row in enumerate(summary, 2):
        for c, v in enumerate(row, 1):
            put(sm, r, c, v)
    put(sm, 7, 1, "Actions to address gaps – position at Q2", bold=True, border=False)
    totals = [("Complete", 2), ("On track", 4), ("Some slippage", 3), ("Off track", 1), ("Total", 10)]
    for r, (k, n) in enumerate(totals, 8):
        put(sm, r, 1, k, bold=(k == "Total"))
        put(sm, r, 2, n, bold=(k == "Total"))

    expected = []

    def risk_sheet(sheet, objective, risk, meta, actions):
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFGH", [9, 58, 16, 30, 13, 13, 48, 7]):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:H1")
        put(ws, 1, 1, objective, fill=FILL["head"], font=Font(bold=True, color="FFFFFFFF", size=13))
        ws.merge_cells("A2:H2")
        put(ws, 2, 1, risk, fill=FILL["band"], font=Font(bold=True, size=12))
        r = 3
        for label, value in meta:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            put(ws, r, 1, label, fill=FILL["grey"], bold=True)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            put(ws, r, 3, value)
            r += 1
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, "Actions to address gaps in control and assurance", fill=FILL["band"], bold=True)
        r += 1
        for i, h in enumerate(["No.", "Action", "Gap ref", "Lead", "Original due date",
                               "Revised due date", "Progress update (Q2)", "RAG"], 1):
            put(ws, r, i, h, fill=FILL["head"], font=WHITE_BOLD)
        r += 1
        for a in actions:
            (no, text, gap, lead_cell, orig, orig_fmt, rev, rag_text, rag_fill, progress, exp) = a
            put(ws, r, 1, no)
            put(ws, r, 2, text)
            put(ws, r, 3, gap)
            put(ws, r, 4, lead_cell)
            put(ws, r, 5, orig, fmt=orig_fmt)
            put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, r, 7, progress)
            c = put(ws, r, 8, rag_text, fill=FILL[rag_fill], bold=True)
            c.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(no, [objective, risk], text, exp["lead"], exp["end"], exp["status"],
                                exp.get("end_text")))
            r += 1
        ws.cell(row=r + 1, column=1,
                value="Next review: People, Quality and Finance committees, January 2026. "
                      "Actions marked complete are removed at the next quarterly refresh.")

    risk_sheet(
        "SR1.1",
        "Strategic Objective 1 – Inspirational People",
        "Risk 1.1 – Failure to recruit, retain and develop enough staff with the right skills and values, "
        "and to sustain a culture in which staff feel safe to speak up",
        [("Executive lead", "Chief People Officer"),
         ("Lead committee", "People and Culture Committee"),
         ("Risk appetite", "Minimal – the Trust is averse to risks that affect safe staffing or the ability of staff to speak up"),
         ("Current score (L x C)", "4 x 4 = 16 (High)"),
         ("Target score and date", "3 x 4 = 12 by 31 March 2026"),
         ("Key controls", "E-rostering and SafeCare staffing tool; recruitment pipeline management; "
                          "values-based recruitment; leadership development programme; "
                          "Freedom to Speak Up Guardian service; quarterly pulse survey"),
         ("Gaps in control", "(a) Registered nurse vacancy rate in adult acute wards above 12%\n"
                             "(b) Speaking-up training not yet mandatory for managers\n"
                             "(c) Agency use above the NHS England cap in two care groups"),
         ("Sources of assurance", "Workforce report to People and Culture Committee (monthly); "
                                  "NHS Staff Survey 2024; internal audit of recruitment (reasonable assurance)")],
        [
            ("1.1.1",
             "Deliver the 2025/26 registered nurse recruitment and retention plan, including the "
             "international recruitment cohort of 24 mental health nurses.",
             "(a)", "Chief People Officer", dt.datetime(2025, 9, 30), "dd/mm/yyyy",
             dt.datetime(2025, 12, 31), "A", "A",
             "18 of 24 nurses in post; final cohort delayed by OSCE test centre availability.",
             {"lead": ["Chief People Officer"], "end": "2025-12", "status": "amber"}),
            ("1.1.2",
             "Launch the refreshed Freedom to Speak Up strategy and make speaking-up training "
             "mandatory for all managers at band 7 and above.",
             "(b)", "Director of Corporate Affairs / Freedom to Speak Up Guardian",
             dt.datetime(2025, 7, 31), "mmm-yy", None, "B", "B",
             "Strategy approved by the Board in July 2025; 92% of managers trained.",
             {"lead": ["Director of Corporate Affairs", "Freedom to Speak Up Guardian"],
              "end": "2025-07", "status": "blue"}),
            ("1.1.3",
             "Run cohorts 3 to 5 of the 'Leading with Compassion' programme for ward managers "
             "and community team leaders.",
             "(a)", "Deputy Chief People Officer", "March 2026", None, None, None, "G",
             "Cohort 3 under way (22 participants); cohorts 4 and 5 scheduled.",
             {"lead": ["Deputy Chief People Officer"], "end": "2026-03", "status": "green"}),
            ("1.1.4",
             "Reduce agency use through the enhanced bank incentive scheme and monthly rostering "
             "compliance reviews in each care group.",
             "(c)", "Care Group Directors", dt.datetime(2025, 10, 31), "dd/mm/yyyy",
             dt.datetime(2026, 1, 31), "R", "R",
             "Agency spend remains above trajectory in the Suffolk adult acute wards; recovery plan "
             "to go to the December committee.",
             {"lead": ["Care Group Directors"], "end": "2026-01", "status": "red"}),
        ],
    )
    risk_sheet(
        "SR2.1",
        "Strategic Objective 2 – Safe, High-Quality Care",
        "Risk 2.1 – Insufficient inpatient and community capacity leads to out-of-area placements, "
        "long waits for assessment and avoidable harm to service users",
        [("Executive lead", "Chief Operating Officer"),
         ("Lead committee", "Quality Committee"),
         ("Risk appetite", "Minimal"),
         ("Current score (L x C)", "4 x 4 = 16 (High)"),
         ("Target score and date", "3 x 4 = 12 by 31 March 2026"),
         ("Gaps in control", "(a) Adult acute bed base below modelled demand\n"
                             "(b) No consistent risk review for people waiting over 18 weeks for community teams"),
         ("Gaps in assurance", "(c) Learning from deaths of people on waiting lists not yet reported thematically")],
        [
            ("2.1.1",
             "Open the additional 16-bed adult acute ward at Hellesdon Hospital to reduce "
             "out-of-area placements.",
             "(a)", "Chief Operating Officer", dt.datetime(2025, 6, 30), "dd/mm/yyyy",
             dt.datetime(2025, 11, 30), "G", "G",
             "Estates works complete; recruitment to 80% of posts; opening date confirmed.",
             {"lead": ["Chief Operating Officer"], "end": "2025-11", "status": "green"}),
            ("2.1.2",
             "Introduce a 'waiting well' risk review for all community mental health team waiting "
             "lists, with contact for everyone waiting over 18 weeks.",
             "(b)", "Director of Nursing, Quality and Patient Safety", "Q3 2025/26", None, None,
             "A", "A",
             "Process live in Norfolk teams; Suffolk teams to follow once the waiting list cleanse is complete.",
             {"lead": ["Director of Nursing, Quality and Patient Safety"], "end": "2025-12",
              "status": "amber"}),
            ("2.1.3",
             "Complete a thematic review of deaths of people on community waiting lists and report "
             "the learning to the Quality Committee.",
             "(c)", "Medical Director and Director of Nursing", dt.datetime(2025, 8, 31), "dd/mm/yyyy",
             None, "B", "B",
             "Thematic review presented to Quality Committee, September 2025.",
             {"lead": ["Medical Director", "Director of Nursing"], "end": "2025-08", "status": "blue"}),
        ],
    )
    risk_sheet(
        "SR4.1",
        "Strategic Objective 4 – Sustainable Use of Resources",
        "Risk 4.1 – Failure to deliver the 2025/26 financial plan, including the £18.4m cost "
        "improvement programme, leading to regulatory intervention",
        [("Executive lead", "Chief Finance Officer"),
         ("Lead committee", "Finance, Performance and Investment Committee"),
         ("Risk appetite", "Cautious"),
         ("Current score (L x C)", "4 x 5 = 20 (Extreme)"),
         ("Target score and date", "3 x 4 = 12 by 31 March 2026"),
         ("Gaps in control", "(a) £4.1m of the cost improvement programme not yet identified at scheme level\n"
                             "(b) Out-of-area placement spend above plan")],
        [
            ("4.1.1",
             "Deliver the 2025/26 cost improvement programme, with monthly PMO tracking and a "
             "quality impact assessment for every scheme.",
             "(a)", "Chief Finance Officer", dt.datetime(2026, 3, 31), "mmm-yy", None, None, "A",
             "£11.2m delivered or in delivery; unidentified gap reduced to £2.9m.",
             {"lead": ["Chief Finance Officer"], "end": "2026-03", "status": "amber"}),
            ("4.1.2",
             "Bring out-of-area placement spend back to the agreed trajectory (linked to action 2.1.1).",
             "(b)", "Chief Operating Officer / Chief Finance Officer", dt.datetime(2026, 3, 31),
             "dd/mm/yyyy", None, "G", "G",
             "Placements down from 31 to 19 since June.",
             {"lead": ["Chief Operating Officer", "Chief Finance Officer"], "end": "2026-03",
              "status": "green"}),
            ("4.1.3",
             "Report the financial recovery plan position to the Finance, Performance and "
             "Investment Committee.",
             "(a)", "Deputy Chief Finance Officer", "Monthly", None, None, "G", "G",
             "Reported at every committee meeting since May.",
             {"lead": ["Deputy Chief Finance Officer"], "end": None, "end_text": "Monthly",
              "status": "green"}),
        ],
    )
    wb.save(out(name))
    write_expected(name, {
        "source": "Imitates the Norfolk and Suffolk NHS Foundation Trust Board Assurance Framework as taken to the "
                  "Board in public (nsft.nhs.uk 'Board Assurance Framework September 2023' layout: Strategic Objective "
                  "heading, risk description, director lead, board committee, L x C scores, controls, gaps, assurance), "
                  "rolled forward to a 2025/26 Q2 version. Copied features: cover sheet with document-control and RAG "
                  "key tables, a summary heat table with a totals block, one sheet per strategic risk with merged "
                  "label/value rows, then an actions table with original and revised due dates and a RAG column "
                  "that is sometimes a letter and sometimes only a fill colour.",
        "reads": "A BAF workbook: the cover and summary sheets hold document control, a RAG key, a risk summary and "
                 "action totals, none of them actions. Each of the three risk sheets sits under its strategic "
                 "objective and risk, and ends with numbered actions to address gaps (ten in all), each with a lead, "
                 "an original and sometimes a revised due date (the revised one counts) and a RAG.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 2. Northern Care Alliance NHS FT - PSII safety action plan (xlsx)
# ======================================================================
def make_nca_psii():
    name = "zqz-northern-care-alliance-nhsft-psii-inpatient-fall-safety-action-plan.xlsx"
    title = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    for col, w in zip("ABCDEFGH", [42, 7, 52, 30, 36, 13, 12, 44]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Northern Care Alliance NHS Foundation Trust – Salford Care Organisation"
    ws["A2"].font = Font(bold=True, color="FF5A2D82")
    info = [
        ("Incident reference", "PSII 24/031 (LFPSE ref. W118432)"),
        ("Incident", "Unwitnessed inpatient fall resulting in a fractured neck of femur – Ward H5 (Care of the "
                     "Elderly), Salford Royal Hospital, 14 September 2024"),
        ("PSII report approved", "Patient Safety Oversight Group, 22 January 2025"),
        ("Executive sponsor", "Chief Nurse"),
        ("Plan last updated", "30 June 2025"),
    ]
    for r, (k, v) in enumerate(info, 4):
        put(ws, r, 1, k, fill=FILL["grey"], bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        put(ws, r, 2, v)
    # status key defined by the document itself
    ws.merge_cells("A10:H10")
    put(ws, 10, 1, "Status key:  Complete = action delivered and evidence accepted (blue)  |  On track (green)  |  "
                   "At risk = may miss target date (amber)  |  Overdue = target date passed (red)  |  Not started",
        border=False)
    hr = 12
    for i, h in enumerate(["Area for improvement", "Ref", "Safety action", "Action owner",
                           "Measure of effectiveness", "Target date", "Status", "Update / evidence"], 1):
        put(ws, hr, i, h, fill=PatternFill("solid", start_color="FF5A2D82", end_color="FF5A2D82"),
            font=WHITE_BOLD)
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"], "Overdue": FILL["R"],
                   "Not started": None}
    afis = [
        ("AFI 1: Post-falls management – the post-fall protocol, including a medical review within "
         "30 minutes and flat lifting where a hip fracture is suspected, was not followed consistently.",
         [
             ("SA1.1",
              "Relaunch the post-falls protocol on all care of the elderly wards through safety huddles, "
              "with a laminated post-fall checklist attached to every HoverJack.",
              "Lead Nurse – Falls Prevention",
              "Monthly audit of post-fall records: 90% compliance for three consecutive months",
              dt.datetime(2025, 3, 31), "dd/mm/yyyy", "Complete",
              "Audit compliance 93%, 95% and 96% (April–June). Evidence filed on the PSII SharePoint site.",
              ["Lead Nurse – Falls Prevention"], "2025-03", "blue"),
             ("SA1.2",
              "Add a mandatory post-fall medical review task to the electronic patient record that alerts "
              "the ward doctor when a fall is logged.",
              "Chief Nursing Information Officer / EPR Clinical Safety Officer",
              "Percentage of falls with medical review documented within 30 minutes",
              "Jun-25", None, "At risk",
              "Build complete; clinical safety case awaiting sign-off by the Digital Design Authority.",
              ["Chief Nursing Information Officer", "EPR Clinical Safety Officer"], "2025-06", "amber"),
         ]),
        ("AFI 2: Falls risk assessment – the multifactorial falls risk assessment was not repeated after "
         "the patient's transfer from the acute medical unit, and lying and standing blood pressure was "
         "not recorded.",
         [
             ("SA2.1",
              "Introduce a transfer trigger so that the multifactorial falls risk assessment is repeated "
              "within 6 hours of any inter-ward transfer.",
              "Matron, Care of the Elderly",
              "Weekly spot check of 10 transferred patients per ward",
              dt.datetime(2025, 4, 30), "dd/mm/yyyy", "Complete",
              "Trigger live on EPR from 14 April 2025.",
              ["Matron, Care of the Elderly"], "2025-04", "blue"),
             ("SA2.2",
              "Deliver lying and standing blood pressure training, with competency sign-off, to registered "
              "nurses and nursing associates on the care of the elderly wards.",
              "Practice Education Facilitator",
              "Percentage of eligible staff with competency signed off (target 85%)",
              "Sept 2025", None, "On track",
              "64% signed off at the end of June.",
              ["Practice Education Facilitator"], "2025-09", "green"),
             ("SA2.3",
              "Audit the recording of lying and standing blood pressure and report the results to the Falls "
              "Steering Group.",
              "Chair, Falls Steering Group",
              "Audit results trend upwards over four quarters",
              "Quarterly", None, "On track",
              "Q1 audit: 58% recorded (baseline 31%).",
              ["Chair, Falls Steering Group"], None, "green"),
         ]),
        ("AFI 3: Enhanced care – the enhanced observation requested for the patient could not be staffed, "
         "and the escalation was not recorded.",
         [
             ("SA3.1",
              "Revise the enhanced care (supportive observation) policy to set out the escalation route to "
              "the site team when enhanced care cannot be staffed.",
              "Deputy Chief Nurse",
              "Policy ratified; escalations recorded on SafeCare",
              dt.datetime(2025, 5, 31), "dd/mm/yyyy", "Overdue",
              "Draft with the Nursing and Midwifery Policy Group; ratification expected August.",
              ["Deputy Chief Nurse"], "2025-05", "red"),
             ("SA3.2",
              "Make unmet enhanced care requests a standing item at the twice-daily staffing huddle and "
              "record the decision taken on SafeCare.",
              "Divisional Director of Nursing",
              "Monthly review of SafeCare red flags for unmet enhanced care",
              "December 2025", None, "Not started",
              "Dependent on SA3.1.",
              ["Divisional Director of Nursing"], "2025-12", "unrated"),
         ]),
    ]
    r = hr + 1
    expected = []
    for afi_text, acts in afis:
        start = r
        for (ref, text, owner, measure, target, tfmt, status, update, lead, end, st) in acts:
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, owner)
            put(ws, r, 5, measure)
            put(ws, r, 6, target, fmt=tfmt)
            put(ws, r, 7, status, fill=status_fill[status])
            put(ws, r, 8, update)
            e = act(ref, [afi_text], text, lead, end, st,
                    "Quarterly" if target == "Quarterly" else None)
            expected.append(e)
            r += 1
        put(ws, start, 1, afi_text, fill=FILL["band"], bold=True)
        for rr in range(start + 1, r):
            ws.cell(row=rr, column=1).border = BOX
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Actions are closed only when the evidence has been reviewed by the Patient "
                                   "Safety Oversight Group. Family liaison: the family received the final report "
                                   "on 29 January 2025 and will be sent this plan at each update.")
    ws.cell(row=r + 2, column=1, value="Plan agreed by:")
    ws.cell(row=r + 2, column=3, value="Director of Nursing, Salford Care Organisation")
    ws.cell(row=r + 3, column=1, value="Date:")
    ws.cell(row=r + 3, column=3, value=dt.datetime(2025, 2, 3)).number_format = "dd/mm/yyyy"

    # second sheet: measurement data (not actions)
    ms = wb.create_sheet("Measures")
    for i, h in enumerate(["Month", "Post-fall audit compliance (SA1.1)", "L&S BP recorded (SA2.3)",
                           "Falls with harm – CoE wards"], 1):
        put(ms, 1, i, h, fill=FILL["head"], font=WHITE_BOLD)
        ms.column_dimensions[chr(64 + i)].width = 30
    data = [(dt.datetime(2025, 1, 1), 0.71, None, 4), (dt.datetime(2025, 2, 1), 0.82, None, 3),
            (dt.datetime(2025, 3, 1), 0.88, 0.31, 3), (dt.datetime(2025, 4, 1), 0.93, None, 2),
            (dt.datetime(2025, 5, 1), 0.95, None, 2), (dt.datetime(2025, 6, 1), 0.96, 0.58, 1)]
    for r2, row in enumerate(data, 2):
        put(ms, r2, 1, row[0], fmt="mmm-yy")
        put(ms, r2, 2, row[1], fmt="0%")
        put(ms, r2, 3, row[2], fmt="0%")
        put(ms, r2, 4, row[3])
    wb.save(out(name))
    write_expected(name, {
        "source": "Imitates an NHS trust PSIRF safety action plan following a patient safety incident "
                  "investigation (NHS England PSII report template: areas for improvement, safety actions, owner, "
                  "measure of effectiveness, timescale), as a Northern Care Alliance NHS FT care organisation would "
                  "keep it in Excel for its Patient Safety Oversight Group in 2025. Copied features: title and "
                  "incident information block, the plan's own status key (At risk = amber, Overdue = red), area "
                  "for improvement text in a merged cell down the left of its safety actions, mixed real and "
                  "text dates, a sign-off line and a second sheet of measurement data.",
        "reads": "One sheet holds the safety action plan: three areas for improvement (AFI 1–3), each a merged cell "
                 "spanning its safety actions SA1.1–SA3.2, seven actions in all, with owner, measure, target date "
                 "and a status word read through the sheet's own key. The Measures sheet is monitoring data, not "
                 "actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 3. West Berkshire Council - Birchwood Care Home CQC action plan (xlsx, REFUSE)
# ======================================================================
def make_birchwood_refuse():
    name = "zqz-west-berkshire-council-birchwood-care-home-cqc-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Birchwood Care Home – CQC Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    for col, w in zip("ABCDEFG", [7, 44, 54, 28, 15, 44, 8]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "West Berkshire Council – Adult Social Care (Provider Services)"
    ws["A3"] = ("Inspection: 23 February 2023 (report published 19 April 2023).  Overall rating: Requires "
                "Improvement.  Last updated: 14/07/2023")
    hr = 5
    for i, h in enumerate(["Ref", "What CQC found", "Action", "Lead", "Target date", "Progress update", "RAG"], 1):
        put(ws, hr, i, h, fill=FILL["head"], font=WHITE_BOLD)
    sections = [
        ("MUST DO – Regulation 17 HSCA RA Regulations 2014: Good governance",
         [("The provider had not effectively operated assessment and monitoring processes to ensure quality "
           "and safety were not compromised and risks to people were mitigated.",
           [("1.1", "Introduce a monthly registered manager audit schedule covering care plans, medicines, falls "
                    "and weights, with findings logged on the home's quality dashboard.",
             "Registered Manager", dt.datetime(2023, 5, 31), "dd/mm/yyyy",
             "Schedule in place from May; three months of audits completed.", "B"),
            ("1.2", "Service Manager to carry out a monthly provider quality visit and report to the Head of "
                    "Adult Social Care.",
             "Service Manager (Residential Care)", "June 2023", None,
             "Visits completed in June and July.", "G")])]),
        ("MUST DO – Regulation 12 HSCA RA Regulations 2014: Safe care and treatment",
         [("Care plans did not always contain specific risk assessments and management plans to support people "
           "who experienced seizures. Medicines were not always managed safely.",
           [("2.1", "Review the care plan of every person with epilepsy and write individual seizure management "
                    "plans with the community epilepsy nurse.",
             "Deputy Manager and Community Epilepsy Nurse", dt.datetime(2023, 4, 30), "dd/mm/yyyy",
             "All four plans rewritten and signed off.", "B"),
            ("2.2", "Reassess the medicines competency of every member of staff who administers medicines.",
             "Registered Manager", "Setpember 2023", None,
             "19 of 31 staff reassessed; remainder booked.", "A"),
            ("2.3", "Introduce daily stock counts for boxed and PRN medicines, with a weekly audit by the deputy "
                    "manager.",
             "Deputy Manager", dt.datetime(2023, 5, 31), "dd/mm/yyyy",
             "Daily counts in place; two discrepancies found and resolved.", "G")])]),
        ("SHOULD DO",
         [("The provider should ensure that records of people's food and fluid intake are accurately completed "
           "and monitored.",
           [("3.1", "Move food and fluid charts onto the electronic care planning system and review totals at "
                    "each handover.",
             "Registered Manager", dt.datetime(2023, 8, 31), "mmm-yy",
             "System module purchased; staff training planned for August.", "A")])]),
    ]
    r = hr + 1
    refuse_row = None
    n_actions = 0
    for sec, findings in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, sec, fill=FILL["band"], bold=True)
        r += 1
        for finding, acts in findings:
            start = r
            for (ref, text, lead, target, tfmt, progress, rag) in acts:
                put(ws, r, 1, ref)
                put(ws, r, 3, text)
                put(ws, r, 4, lead)
                put(ws, r, 5, target, fmt=tfmt)
                if target == "Setpember 2023":
                    refuse_row = r
                put(ws, r, 6, progress)
                put(ws, r, 7, rag, fill=FILL[rag], bold=True)
                n_actions += 1
                r += 1
            put(ws, start, 2, finding)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG:  B – completed and evidenced;  G – on track;  A – some slippage;  "
                                   "R – not on track / overdue")
    ws.cell(row=r + 1, column=1, value="This plan is reviewed at the monthly Provider Services quality meeting and "
                                       "shared with the CQC inspector on request.")
    wb.save(out(name))
    write_expected(name, {
        "source": "Imitates a council-run care home's post-inspection action plan kept in Excel: Birchwood Care Home "
                  "(West Berkshire Council, Newbury) was rated Requires Improvement by CQC after its February 2023 "
                  "inspection, with breaches of Regulation 17 (assessment and monitoring) and Regulation 12 "
                  "(seizure risk plans, medicines). Copied features: title block with inspection date and rating, "
                  "MUST DO / SHOULD DO banded section rows naming the regulation, CQC's finding in a merged cell "
                  "beside its actions, lead, target date (real dates and text), progress and a lettered, "
                  "fill-coloured RAG with a key line below.",
        "reads": "A six-action CQC action plan in three sections (two must-do regulations and a should-do). Action "
                 "2.2's target date reads 'Setpember 2023', a mistyped month; a careful reader stops there and asks "
                 "what date was meant before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, n_actions, refuse_row


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None):
    """Write text into a cell; '\n' starts a new paragraph within the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold
    if fill:
        shade(cell, fill)


# ======================================================================
# 4. Bro Ddyfi Medical Practice - HIW GP inspection improvement plan (docx)
# ======================================================================
def make_hiw_gp():
    name = "zqz-bro-ddyfi-medical-practice-hiw-gp-inspection-improvement-plan.docx"
    title = "Bro Ddyfi Medical Practice: HIW Inspection Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    cover = doc.add_table(rows=4, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "Bro Ddyfi Medical Practice, Machynlleth"),
                                ("Health board:", "Powys Teaching Health Board"),
                                ("Date of inspection:", "21 January 2025"),
                                ("Date improvement plan returned to HIW:", "4 March 2025")]):
        set_cell(cover.cell(i, 0), k, bold=True, fill="D9E2F3")
        set_cell(cover.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_heading("Appendix B – Immediate improvement plan", 2)
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")
    doc.add_heading("Appendix C – Improvement plan", 2)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    themes = [
        ("Quality of the patient experience", [
            ("The practice must ensure that information on how to raise a concern under Putting Things Right is "
             "clearly displayed in the waiting area and on the practice website.",
             "Health and Care Quality Standards 2023 – Person-centred; NHS (Concerns, Complaints and Redress "
             "Arrangements) (Wales) Regulations 2011",
             "Bilingual Putting Things Right posters displayed in both waiting areas.\n"
             "Concerns page on the practice website updated with the Llais contact details.",
             "Practice Manager", "31 March 2025", ["Practice Manager"], "2025-03", None),
            ("The practice should ensure that the ‘Active Offer’ of Welsh is made to patients and that "
             "Welsh-speaking staff wear the ‘Iaith Gwaith’ badge.",
             "Health and Care Quality Standards 2023 – Equitable; Welsh Language (Wales) Measure 2011",
             "Iaith Gwaith badges ordered for all Welsh-speaking staff. The Active Offer has been added to the "
             "reception procedure and will be covered at the April staff meeting.",
             "Practice Manager / Reception Supervisor", "April 2025",
             ["Practice Manager", "Reception Supervisor"], "2025-04", None),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that checks of emergency drugs and equipment, including the defibrillator "
             "and oxygen, are carried out weekly and recorded.",
             "Health and Care Quality Standards 2023 – Safe",
             "Weekly checklist introduced and kept with the emergency trolley. Checks are allocated to the duty "
             "healthcare support worker and countersigned by the Lead Practice Nurse.",
             "Lead Practice Nurse", "Immediate and ongoing", ["Lead Practice Nurse"], None,
             "Immediate and ongoing"),
            ("The practice must ensure that all clinical staff complete safeguarding training at the level "
             "appropriate to their role.",
             "Health and Care Quality Standards 2023 – Safe; Wales Safeguarding Procedures",
             "Training matrix reviewed. Two GPs are booked on Level 3 safeguarding training on 12 May 2025 and "
             "the remaining staff will complete the Level 2 e-learning module.",
             "Dr Huw Jenkins (Safeguarding Lead)", "30 June 2025", ["Dr Huw Jenkins (Safeguarding Lead)"],
             "2025-06", None),
            ("The practice must ensure that a legionella risk assessment is completed for the branch surgery at "
             "Llanbrynmair and that any resulting actions are taken forward.",
             "Health and Care Quality Standards 2023 – Safe; Health and Safety at Work etc. Act 1974",
             "Legionella risk assessment commissioned from an accredited contractor. Monthly water temperature "
             "log introduced at both sites.",
             "Practice Manager", "May 2025", ["Practice Manager"], "2025-05", None),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that staff files contain evidence of a Disclosure and Barring Service "
             "(DBS) check appropriate to each role.",
             "Health and Care Quality Standards 2023 – Workforce",
             "Audit of all staff files completed. Enhanced DBS checks applied for the three members of staff "
             "where evidence was missing.",
             "Practice Manager", "30/04/2025", ["Practice Manager"], "2025-04", None),
            ("The practice should introduce a formal system for recording significant events and sharing the "
             "learning with the whole practice team.",
             "Health and Care Quality Standards 2023 – Learning, improvement and research",
             "Significant event log and standard template set up on the shared drive.\n"
             "Significant events to be a standing item at the monthly practice meeting, with minutes shared "
             "with all staff.",
             "Dr Rhian Morgan and Practice Manager", "September 2025", ["Dr Rhian Morgan", "Practice Manager"],
             "2025-09", None),
        ]),
    ]
    n_rows = 1 + sum(1 + len(items) for _, items in themes)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
                           "Timescale"]):
        set_cell(t.cell(0, i), h, bold=True, fill="1F3864")
        for run in t.cell(0, i).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    expected = []
    for theme, items in themes:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        set_cell(m, theme, bold=True, fill="D9E2F3")
        r += 1
        for (need, std, action, officer, timescale, lead, end, end_text) in items:
            set_cell(t.cell(r, 0), need)
            set_cell(t.cell(r, 1), std)
            set_cell(t.cell(r, 2), action)
            set_cell(t.cell(r, 3), officer)
            set_cell(t.cell(r, 4), timescale)
            expected.append(act(None, [theme, need], action, lead, end, "unrated", end_text))
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    sig = doc.add_table(rows=4, cols=2)
    sig.style = "Table Grid"
    set_cell(sig.cell(0, 0), "Service representative", bold=True, fill="D9E2F3")
    sig.cell(0, 0).merge(sig.cell(0, 1))
    for i, (k, v) in enumerate([("Name (print):", "Sian Evans"), ("Job role:", "Practice Manager"),
                                ("Date:", "04/03/2025")], 1):
        set_cell(sig.cell(i, 0), k, bold=True)
        set_cell(sig.cell(i, 1), v)
    doc.save(out(name))
    write_expected(name, {
        "source": "Imitates the improvement plan appended to a Healthcare Inspectorate Wales GP practice inspection "
                  "report (Appendix B immediate improvement plan, Appendix C improvement plan, service "
                  "representative sign-off) as a Powys practice would return it in 2025. Copied features: cover "
                  "table of service, health board and dates; the HIW columns Improvement needed / Standard / "
                  "Service action / Responsible officer / Timescale; merged theme rows for HIW's three inspection "
                  "themes; several paragraphs in one service action cell; no refs and no RAG.",
        "reads": "A Word improvement plan with a cover table, a note that there was no immediate improvement plan, "
                 "one plan table of seven actions under HIW's three themes (each action answering the improvement "
                 "needed beside it) and a sign-off table. Timescales are dates or 'Immediate and ongoing'; there is "
                 "no status column, so all actions are unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 5. NHS Highland - HIS Lorn and Islands Hospital SDoC improvement action plan (docx)
# ======================================================================
def make_his_lorn():
    name = "zqz-nhs-highland-his-lorn-and-islands-hospital-safe-delivery-of-care-improvement-action-plan.docx"
    title = "Improvement Action Plan: Lorn and Islands Hospital, NHS Highland"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    for line in ["NHS board: NHS Highland (Argyll and Bute Health and Social Care Partnership)",
                 "Inspection: Safe delivery of care inspection (unannounced), 28–30 October 2024",
                 "Report published: 27 February 2025",
                 "This version: progress update for the Clinical and Care Governance Committee, 3 July 2025"]:
        doc.add_paragraph(line)
    vc = doc.add_table(rows=3, cols=3)
    vc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comment"),
                             ("1.0", "20 March 2025", "Submitted to Healthcare Improvement Scotland"),
                             ("1.1", "24 June 2025", "Progress update added")]):
        for j, v in enumerate(row):
            set_cell(vc.cell(i, j), v, bold=(i == 0), fill="DEEAF6" if i == 0 else None)
    doc.add_paragraph("")
    p = doc.add_paragraph("Please note: this action plan responds to the requirements in the inspection report. "
                          "Areas of good practice and recommendations are not included.")
    p.runs[0].italic = True
    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: NHS Highland must ensure that site safety huddles record the real-time staffing "
             "position for all clinical areas, together with the escalation and mitigation decisions taken, in "
             "line with the Health and Care (Staffing) (Scotland) Act 2019.",
             [("1.1", "Revise the site safety huddle template to capture real-time staffing, escalation and "
                      "mitigation for every clinical area.",
               "30 April 2025", "Area Manager (Oban, Lorn and Isles)", "Complete",
               ["Area Manager (Oban, Lorn and Isles)"], "2025-04", None, "blue"),
              ("1.2", "Review a sample of huddle records each quarter to confirm the template is being completed.",
               "Quarterly", "Associate Nurse Director – Argyll and Bute HSCP", "On track",
               ["Associate Nurse Director – Argyll and Bute HSCP"], None, "Quarterly", "green")]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 2: NHS Highland must ensure that all patient care documentation is accurately and "
             "consistently completed, including fluid balance charts and food record charts.",
             [("2.1", "Relaunch the fluid balance and food record chart standards at ward safety briefs, "
                      "supported by the Care Assurance team.",
               "April 2025", "Senior Charge Nurses", "Complete",
               ["Senior Charge Nurses"], "2025-04", None, "blue"),
              ("2.2", "Audit 10 records per ward each month through the Care Assurance Standards and report the "
                      "results to the Argyll and Bute Clinical and Care Governance Group.",
               "Monthly", "Lead Nurse", "On track",
               ["Lead Nurse"], None, "Monthly", "green")]),
            ("Requirement 3: NHS Highland must ensure that linen and sharps are managed safely in line with the "
             "National Infection Prevention and Control Manual.",
             [("3.1", "Infection prevention and control team to deliver ward-based sessions on linen segregation "
                      "and on the assembly and temporary closure of sharps boxes.",
               "31 May 2025", "Infection Prevention and Control Nurse", "Complete",
               ["Infection Prevention and Control Nurse"], "2025-05", None, "blue"),
              ("3.2", "Add linen and sharps checks to the weekly Senior Charge Nurse environmental walkround.",
               "30 June 2025", "Senior Charge Nurses / Domestic Services Supervisor", "On track",
               ["Senior Charge Nurses", "Domestic Services Supervisor"], "2025-06", None, "green")]),
        ]),
        ("Domain 4.3 – Workforce planning, monitoring and deployment", [
            ("Requirement 4: NHS Highland must ensure that all staff complete fire safety training, including "
             "practical evacuation training, and that compliance is monitored.",
             [("4.1", "Fire Safety Adviser to deliver practical evacuation sessions on site, including the use of "
                      "evacuation sledges on the first floor.",
               "September 2025", "Fire Safety Adviser", "On track",
               ["Fire Safety Adviser"], "2025-09", None, "green"),
              ("4.2", "Include fire training compliance, against a target of 90%, in the monthly ward "
                      "performance report.",
               "31 August 2025", "Hospital Manager", "Not started",
               ["Hospital Manager"], "2025-08", None, "unrated")]),
        ]),
    ]
    expected = []
    for domain, reqs in domains:
        doc.add_heading(domain, 2)
        n_rows = 1 + sum(1 + len(a) for _, a in reqs)
        t = doc.add_table(rows=n_rows, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action planned", "Timescale to meet action",
                               "Responsibility for taking action", "Progress at June 2025"]):
            set_cell(t.cell(0, i), h, bold=True, fill="DEEAF6")
        r = 1
        for req, acts in reqs:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(m, req, bold=True, fill="F2F2F2")
            r += 1
            for (ref, text, timescale, resp, progress, lead, end, end_text, st) in acts:
                for j, v in enumerate([ref, text, timescale, resp, progress]):
                    set_cell(t.cell(r, j), v)
                expected.append(act(ref, [domain, req], text, lead, end, st, end_text))
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of NHS Highland:")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Name", "Designation", "Date"]):
        set_cell(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["Fiona Davies", "Chief Executive", "20 March 2025"]):
        set_cell(s.cell(1, j), v)
    doc.save(out(name))
    write_expected(name, {
        "source": "Imitates the Improvement Action Plan an NHS Scotland board returns to Healthcare Improvement "
                  "Scotland after a safe delivery of care inspection (HIS inspected Lorn and Islands Hospital, Oban, "
                  "28–30 October 2024; reports published 27 February 2025), in a July 2025 progress version. "
                  "Copied features: title lines naming board, hospital and inspection; a version table; one table "
                  "per Quality Assurance Framework domain under a domain heading; each requirement as a merged row "
                  "above its numbered actions; HIS columns Ref / Action planned / Timescale to meet action / "
                  "Responsibility for taking action plus a progress column; a sign-off table.",
        "reads": "Three domain sections, each with its own table: four requirements and eight numbered actions (1.1 "
                 "to 4.2), each read under its domain and the requirement above it, with a timescale (a month, a "
                 "date, or Monthly/Quarterly), a responsible post and a progress word (Complete, On track, Not "
                 "started). The version and sign-off tables are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 6. Livewell Southwest - Quality Account priorities tracker 2025/26 (csv)
# ======================================================================
def make_livewell_csv():
    name = "zqz-livewell-southwest-quality-account-priorities-tracker-2025-26.csv"
    title = "Livewell Southwest – Quality Account 2025/26 Priorities: Progress Tracker"
    ncol = 8
    rows = [
        [title],
        ["Quarter 2 update (July–September 2025) – for Quality and Safety Committee, 22 October 2025"],
        [],
        ["Priority", "Ref", "Action / milestone", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 update"],
    ]
    expected = []
    priorities = [
        ("Priority 1 – Safe: Reduce avoidable category 3 and 4 pressure ulcers acquired on community nursing "
         "caseloads", [
             ("1.1", "Roll out the PURPOSE T risk assessment tool to all community nursing teams",
              "Head of Community Nursing", "Jun-25", "Green", "Complete",
              "Live in all six localities from 30 June.",
              ["Head of Community Nursing"], "2025-06", None, "blue"),
             ("1.2", "Deliver pressure ulcer prevention training to staff in the care homes supported by the "
                     "Enhanced Health in Care Homes team",
              "Tissue Viability Lead Nurse", "Dec-25", "Amber", "Amber",
              "14 of 22 homes trained; remaining sessions booked for November and December.",
              ["Tissue Viability Lead Nurse"], "2025-12", None, "amber"),
             ("1.3", "Report pressure ulcer incidence per 1,000 caseload to the Harm Free Care Group",
              "Head of Community Nursing / Tissue Viability Lead Nurse", "Monthly", "Green", "Green",
              "Reported July, August and September. Category 3 and 4 incidence down from 0.9 to 0.6.",
              ["Head of Community Nursing", "Tissue Viability Lead Nurse"], None, "Monthly", "green"),
         ]),
        ("Priority 2 – Effective: Improve physical health checks for people with serious mental illness", [
            ("2.1", "Complete the annual physical health check for 75% of people on the SMI register who are "
                    "under the care of community mental health teams",
             "Associate Director of Nursing & Professional Practice", "31/03/2026", "Amber", "Red",
             "Q2 performance 58% against a 65% trajectory.\nRecovery plan agreed with the Plymouth primary care "
             "networks; additional clinics from November.",
             ["Associate Director of Nursing & Professional Practice"], "2026-03", None, "red"),
            ("2.2", "Recruit two physical health nurses to work across the community mental health hubs",
             "Mental Health Service Manager", "Q3 2025/26", "Green", "Green",
             "One nurse in post; second post offered, start date December.",
             ["Mental Health Service Manager"], "2025-12", None, "green"),
        ]),
        ("Priority 3 – Experience: Improve how we listen to and act on feedback from people who use our "
         "services and their families", [
            ("3.1", "Launch the Friends and Family Test text message survey in all community services",
             "Patient Experience Lead", "Sep-25", "Green", "Complete",
             "Launched 1 September; response rate 11% in the first month.",
             ["Patient Experience Lead"], "2025-09", None, "blue"),
            ("3.2", "Recruit and train 10 Patient Safety Partners and lived experience representatives to sit "
                    "on governance groups",
             "Head of Patient Safety and Patient Experience", "Mar-26", "Not started", "Not started",
             "Role description approved; recruitment to start in January.",
             ["Head of Patient Safety and Patient Experience"], "2026-03", None, "unrated"),
            ("3.3", "Publish a 'You said, we did' report on the Livewell website",
             "Communications Manager / Patient Experience Lead", "Quarterly", "Green", "Green",
             "Q1 report published in August.",
             ["Communications Manager", "Patient Experience Lead"], None, "Quarterly", "green"),
        ]),
    ]
    for prio, acts in priorities:
        rows.append([prio])
        for (ref, text, lead_cell, target, q1, q2, upd, lead, end, end_text, st) in acts:
            rows.append(["", ref, text, lead_cell, target, q1, q2, upd])
            expected.append(act(ref, [prio], text, lead, end, st, end_text))
    rows += [
        [],
        ["Summary (Q2 RAG)", "", "Complete", "2"],
        ["", "", "Green", "3"],
        ["", "", "Amber", "1"],
        ["", "", "Red", "1"],
        ["", "", "Not started", "1"],
        ["", "", "Total", "8"],
        [],
        ["RAG key: Green – on track; Amber – at risk, mitigation in place; Red – off track; Complete – milestone "
         "achieved; Not started – not yet due to start"],
        ["Source: Livewell Southwest Quality Account 2024/25, Part 2 – Priorities for improvement 2025/26"],
    ]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))
    write_expected(name, {
        "source": "Imitates a community health provider's quarterly tracker of the improvement priorities it set in "
                  "its Quality Account (Livewell Southwest, Plymouth, Quality Account 2024/25 'Priorities for "
                  "improvement 2025/26' under the Safe / Effective / Experience headings), saved from Excel as "
                  "CSV UTF-8. Copied features: two title lines, priority heading rows with only the first column "
                  "filled, numbered milestones with lead, target date, Q1 and Q2 RAG columns and a progress "
                  "update (one with an embedded line break), then a Q2 summary count block, a RAG key and a source "
                  "line.",
        "reads": "Three quality priorities, each a heading row over its numbered milestones (eight actions in all). "
                 "The status is the current Q2 RAG (Complete = blue, Not started = unrated); target dates are "
                 "months, a UK date, a financial quarter or Monthly/Quarterly. The summary, key and source lines "
                 "are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 7. Owenvale Court Nursing Home - RQIA care inspection QIP (plain text)
# ======================================================================
def make_owenvale_txt():
    name = "zqz-owenvale-court-nursing-home-rqia-care-inspection-quality-improvement-plan.txt"
    title = "Quality Improvement Plan"
    rule = "-" * 72
    sec1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    items = [
        (sec1, "1", "Regulation 13 (7)", "First time", "With immediate effect",
         "The registered person shall ensure that the infection prevention and control issues identified during "
         "this inspection are addressed, including the storage of equipment in bathrooms and the cleaning of "
         "shower chairs.",
         "5.2.3",
         "Bathrooms were decluttered on the day of inspection and a storage room has been allocated for hoists "
         "and wheelchairs.\nShower chairs are now cleaned after each use and signed for on the daily cleaning "
         "schedule, which the nurse in charge checks at the end of each shift.",
         None, "With immediate effect"),
        (sec1, "2", "Regulation 12 (1) (a) and (b)", "Second time", "8 August 2025",
         "The registered person shall ensure that wound care is delivered in line with the care plan and the "
         "recommendations of the tissue viability nurse, and that wound assessments are updated at each "
         "dressing change.",
         "5.2.2",
         "All registered nurses have completed wound care refresher training with the Belfast Trust tissue "
         "viability team. The deputy manager audits every wound care record weekly and feeds back to the nurse "
         "concerned.",
         "2025-08", None),
        (sec1, "3", "Regulation 27 (4) (d) (i)", "First time", "31 July 2025",
         "The registered person shall ensure that fire doors are not propped or wedged open and that any "
         "resident who prefers their door open is provided with a hold-open device linked to the fire alarm.",
         "5.2.4",
         "Door wedges removed. Two magnetic hold-open devices linked to the fire alarm system were fitted on "
         "28 July 2025 and fire door checks were added to the daily walkround.",
         "2025-07", None),
        (sec2, "1", "Standard 4.9", "First time", "8 September 2025",
         "The registered person shall ensure that repositioning charts are fully completed and reflect the "
         "frequency stated in each resident's care plan.",
         "5.2.2",
         "Repositioning charts moved to the electronic care record, which prompts staff when a resident is due "
         "to be repositioned. The nurse in charge reviews compliance at the 2pm safety pause.",
         "2025-09", None),
        (sec2, "2", "Standard 12", "First time", "31 October 2025",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
         "residents are offered a choice of meal at the time of serving.",
         "5.2.5",
         "Pictorial menus are now displayed in both dining rooms.\nStaff show plated choices to residents at "
         "each meal; the home manager will review the dining experience monthly with the catering manager.",
         "2025-10", None),
    ]
    lines = [
        title,
        "Owenvale Court Nursing Home, Belfast   RQIA ID: 1204   Inspection ID: IN047318",
        "Date of inspection: 8 July 2025   Type of inspection: Unannounced care inspection",
        "",
        "This plan sets out the areas for improvement identified during this inspection. The registered person "
        "must complete it and return it to RQIA via the Web Portal for assessment by the inspector.",
        "Responses completed by the home manager and approved by the responsible individual, 12 August 2025.",
        "",
    ]
    expected = []
    current = None
    for (sec, n, ref, stated, due, afi, rep_ref, resp, end, end_text) in items:
        if sec != current:
            lines += [rule, sec, rule, ""]
            current = sec
        lines += [
            "Area for improvement " + n,
            "Ref: " + ref,
            "Stated: " + stated,
            "To be completed by: " + due,
            "",
            afi,
            "",
            "Ref: " + rep_ref,
            "",
            "Response by registered person detailing the actions taken:",
        ]
        lines += resp.split("\n")
        lines.append("")
        expected.append(act(n, [sec, afi], resp, [], end, "unrated", end_text))
    lines += [rule,
              "*Please ensure this document is completed in full and returned via the Web Portal*",
              ""]
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    write_expected(name, {
        "source": "Imitates the Quality Improvement Plan at the end of an RQIA care inspection report for a Northern "
                  "Ireland nursing home, returned with the registered person's responses and exported to plain "
                  "text (Owenvale Court, Belfast, July 2025). Copied features: QIP title and inspection ID lines, "
                  "the two 'Action required to ensure compliance with ...' sections (Regulations, then Care "
                  "Standards) with area for improvement numbering restarting in each, the Ref / Stated / To be "
                  "completed by lines, RQIA's area-for-improvement text, the report section ref, and 'Response by "
                  "registered person detailing the actions taken' paragraphs; closing Web Portal line.",
        "reads": "Five areas for improvement in two sections (three under the Nursing Homes Regulations, two under "
                 "the Care Standards). Each action is the registered person's response, read under its section "
                 "and RQIA's requirement text; the due date is the 'To be completed by' line ('With immediate "
                 "effect' has no month). No lead is named and there is no status, so all are unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    print(make_nsft_baf())
    print(make_nca_psii())
    print(make_birchwood_refuse())
    print(make_hiw_gp())
    print(make_his_lorn())
    print(make_livewell_csv())
    print(make_owenvale_txt())
