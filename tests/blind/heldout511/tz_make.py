"""Build the seven tz- blind cases (data files and their .expected.yaml) for heldout511.

Run with /work/main/.venv/bin/python tz_make.py from any directory.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "pale": "F2F2F2",
    "yellow": "FFFF00",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=4000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Harris Federation - trust strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def harris():
    name = "tz-harris-federation-trust-strategic-risk-register-2025-26.xlsx"
    title = "Harris Federation – Trust Strategic Risk Register 2025-26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Owner: Chief Executive    Maintained by: Director of Governance"
    cov["A4"] = "Version control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("v1.0", dt.datetime(2025, 9, 9), "Director of Governance",
             "Annual refresh approved by the Board of Trustees"),
            ("v1.1", dt.datetime(2025, 11, 11), "Director of Governance",
             "Autumn review by the Audit and Risk Committee; SR4 residual score increased")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A10"] = "This register records the Trust-level strategic risks. Academy risk registers are held by each Principal."
    for col, w in zip("ABCD", (10, 14, 26, 70)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk Register")
    headers = ["Risk ID", "Risk title", "Risk description (cause / event / consequence)", "Risk owner",
               "Inherent L", "Inherent I", "Inherent score", "Key controls in place",
               "Residual L", "Residual I", "Residual score", "Further actions required",
               "Action owner", "Target date", "RAG"]
    ncol = len(headers)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at: 11 November 2025 (Audit and Risk Committee)"
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX

    def score_fill(s):
        return FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]

    A = "A. Education and standards"
    B = "B. Finance and estates"
    C = "C. People and workforce"
    SR1 = "Decline in pupil outcomes and inspection judgements"
    SR2 = "Safeguarding failure resulting in harm to a pupil"
    SR3 = "Financial sustainability – falling primary rolls"
    SR4 = "Condition and compliance of the school estate"
    SR5 = "Recruitment and retention of teachers in shortage subjects"
    # risks: (category, id, title, description, owner, inh L, I, controls, res L, I, [actions])
    # action: (text, owner cell, target cell value, rag colour or None, expected lead, end, end_text, status)
    plan = [
        (A, None),
        (A, ("SR1", SR1,
             "Weak curriculum implementation or leadership changes in individual academies lead to a fall in "
             "outcomes and poorer inspection judgements, damaging the Trust’s reputation and admissions.",
             "Chief Education Officer", 3, 5,
             "Termly academy reviews by Executive Principals\nData drops analysed by the central team\n"
             "Subject networks for all core subjects", 2, 5,
             [("Complete the Key Stage 3 curriculum review in science and geography and publish revised schemes "
               "of work to all secondary academies.", "Chief Education Officer", dt.datetime(2026, 7, 17), "green",
               ["Chief Education Officer"], "2026-07", None, "green"),
              ("Commission external reviews for academies due a graded inspection in 2025-26 and report findings "
               "to the Education Committee.", "Director of Secondary Education / Director of Primary Education",
               dt.datetime(2026, 3, 31), "amber",
               ["Director of Secondary Education", "Director of Primary Education"], "2026-03", None, "amber")])),
        (A, ("SR2", SR2,
             "Failure to identify or act on safeguarding concerns results in serious harm to a pupil, regulatory "
             "action and loss of confidence.",
             "Chief Executive", 3, 5,
             "Designated Safeguarding Leads in every academy\nCPOMS recording\nAnnual safeguarding audit",
             2, 5,
             [("Audit a sample of safeguarding records in every academy (CPOMS), with findings reported to the "
               "Safeguarding Committee.", "Director of Safeguarding", "Termly", "green",
               ["Director of Safeguarding"], None, "Termly", "green"),
              ("Roll out refreshed Keeping Children Safe in Education 2025 training to all staff and governors.",
               "Director of Safeguarding", dt.datetime(2025, 10, 31), "blue",
               ["Director of Safeguarding"], "2025-10", None, "blue")])),
        (B, None),
        (B, ("SR3", SR3,
             "Falling birth rates in inner London reduce primary admissions, leading to in-year deficits and "
             "pressure on reserves.",
             "Chief Financial Officer", 4, 4,
             "Three-year budget forecasts\nMonthly management accounts\nPupil number monitoring by borough",
             4, 3,
             [("Agree a primary capacity review with the four London boroughs affected and model the impact of "
               "planned admission number reductions.", "Chief Financial Officer", dt.datetime(2026, 2, 28),
               "amber", ["Chief Financial Officer"], "2026-02", None, "amber"),
              ("Present a three-year budget recovery plan for academies in deficit to the Finance Committee.",
               "Chief Financial Officer", dt.datetime(2025, 12, 9), "green",
               ["Chief Financial Officer"], "2025-12", None, "green")])),
        (B, ("SR4", SR4,
             "Ageing buildings and incomplete condition data lead to unplanned closures, health and safety "
             "incidents or non-compliance.",
             "Chief Financial Officer", 4, 4,
             "Statutory compliance tracker\nSchool Condition Allocation programme\nEstates team inspections",
             4, 4,
             [("Complete condition surveys for the remaining 11 academies.\nSubmit CIF bids for priority roofing "
               "and fire safety schemes by the DfE deadline.", "CFO; Director of Estates", "Dec 2025", "red",
               ["CFO", "Director of Estates"], "2025-12", None, "red")])),
        (C, None),
        (C, ("SR5", SR5,
             "Shortages of qualified teachers in maths, physics and computing lead to reliance on supply staff "
             "and weaker outcomes.",
             "Director of People", 4, 4,
             "Harris teacher training route\nRecruitment and retention payments\nCentral recruitment team",
             3, 4,
             [("Extend the Harris teacher training route (SCITT) to an additional 40 trainees in maths, physics "
               "and computing.", "Director of People", dt.datetime(2026, 9, 1), "green",
               ["Director of People"], "2026-09", None, "green"),
              ("Review the pay and benefits offer against inner London comparators and report to the People "
               "Committee.", "Director of People", "TBC", None,
               ["Director of People"], None, "TBC", "unrated")])),
    ]
    expected = []
    r = 5
    for cat, risk in plan:
        if risk is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=cat)
            c.font = Font(bold=True)
            c.fill = fill(FILL["grey"])
            r += 1
            continue
        rid, rtitle, desc, owner, il, ii, controls, rl, ri, actions = risk
        n = len(actions)
        vals = [rid, rtitle, desc, owner, il, ii, il * ii, controls, rl, ri, rl * ri]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            if n > 1:
                ws.merge_cells(start_row=r, start_column=j, end_row=r + n - 1, end_column=j)
        ws.cell(row=r, column=7).fill = fill(score_fill(il * ii))
        ws.cell(row=r, column=11).fill = fill(score_fill(rl * ri))
        for k, (text, ocell, tcell, rag, elead, eend, etext, estat) in enumerate(actions):
            rr = r + k
            ws.cell(row=rr, column=12, value=text).alignment = WRAP
            ws.cell(row=rr, column=13, value=ocell).alignment = WRAP
            c = ws.cell(row=rr, column=14, value=tcell)
            c.alignment = WRAP
            if isinstance(tcell, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=rr, column=15).fill = fill(FILL[rag])
            for j in range(1, ncol + 1):
                ws.cell(row=rr, column=j).border = BOX
            expected.append(act(None, [cat, rtitle], text, elead, eend, estat, etext))
        r += n
    r += 1
    ws.cell(row=r, column=1, value="RAG key (action progress): Blue – complete; Green – on track; "
                                  "Amber – some slippage, recoverable; Red – off track / overdue")
    ws.cell(row=r + 1, column=1, value="Scores: Likelihood (1-5) x Impact (1-5). Residual scores of 15 or more "
                                      "are escalated to the Board of Trustees.")
    widths = [8, 24, 40, 18, 8, 8, 8, 34, 8, 8, 8, 50, 24, 12, 8]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        m.cell(row=2, column=1 + i, value=i).font = Font(bold=True)
        m.cell(row=2 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = m.cell(row=2 + i, column=1 + j, value=s)
            c.fill = fill(score_fill(s))
    m["A9"] = "1-7 Low (green)   8-14 Medium (amber)   15-25 High (red)"
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Harris Federation (multi-academy trust, London), 2025-26 Trust strategic risk register as "
                  "reviewed by an academy trust Audit and Risk Committee; imitates the DfE academy trust risk "
                  "management guide layout (risk description as cause/event/consequence, inherent and residual "
                  "L x I scores with red/amber/green score fills, key controls, further actions with owner, "
                  "target date and a fill-only RAG). Copied features: cover sheet with version control table, "
                  "category band rows, risk cells merged down over several action rows, a scoring-matrix sheet, "
                  "key and notes lines under the table.",
        "reads": "A risk register: five strategic risks under three category bands, each with one or two further "
                 "actions on their own rows beside the merged risk cells. The action RAG is a fill colour only "
                 "(blue/green/amber/red per the key beneath), one action has no colour and a TBC date; the score "
                 "fills are risk scores, not action status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Hampshire and Isle of Wight FRS - internal audit actions tracker (xlsx, read)
# ---------------------------------------------------------------------------
def hiwfrs():
    name = "tz-hampshire-isle-of-wight-frs-internal-audit-management-actions-tracker.xlsx"
    title = "Hampshire and Isle of Wight Fire and Rescue Authority – Internal Audit Management Actions Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to Standards and Governance Committee, 3 December 2025"
    hdr = ["Audit", "Year", "Assurance opinion", "Total actions", "Implemented", "Not yet due", "Overdue"]
    data = [["Fleet Management", "2024-25", "Limited", 3, 1, 1, 1],
            ["Procurement and Contract Management", "2024-25", "Reasonable", 3, 1, 2, 0],
            ["Cyber Security – Incident Response", "2025-26", "Reasonable", 2, 0, 2, 0]]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["lightblue"])
        c.border = BOX
    for i, row in enumerate(data):
        for j, v in enumerate(row, 1):
            sm.cell(row=5 + i, column=j, value=v).border = BOX
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, col in zip(range(4, 8), "DEFG"):
        c = sm.cell(row=8, column=j, value=f"=SUM({col}5:{col}7)")
        c.font = Font(bold=True)
        c.border = BOX
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    key = [("B", "blue", "Implemented (verified by SIAP)"), ("G", "green", "In progress – on track for due date"),
           ("A", "amber", "Revised date agreed / at risk"), ("R", "red", "Overdue")]
    for i, (k, col, txt) in enumerate(key):
        c = sm.cell(row=11 + i, column=1, value=k)
        c.fill = fill(FILL[col])
        sm.cell(row=11 + i, column=2, value=txt)
    for col, w in zip("ABCDEFG", (38, 10, 18, 13, 13, 13, 10)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Source: Southern Internal Audit Partnership (SIAP) final audit reports. Position at 14 November "
                "2025. Priority as assigned in the final report (High / Medium / Low).")
    heads = ["Ref", "Priority", "Agreed management action", "Action owner", "Original due date",
             "Revised due date", "RAG", "Management update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    FM = "Fleet Management 2024-25 – Limited assurance"
    PC = "Procurement and Contract Management 2024-25 – Reasonable assurance"
    CY = "Cyber Security – Incident Response 2025-26 – Reasonable assurance"
    D = dt.datetime
    groups = [
        (FM, [
            ("FM1", "High", "Introduce a documented process for reconciling fuel card transactions to vehicle "
                            "mileage records each month, with exceptions reported to the Head of Fleet and "
                            "Equipment.", "Fleet Manager", D(2025, 3, 31), D(2025, 6, 30), "B",
             "Process in place from June 2025; SIAP follow-up confirmed implemented.",
             ["Fleet Manager"], "2025-06", "blue"),
            ("FM2", "High", "Ensure all vehicle defect reports are logged on the fleet management system and that "
                            "defects marked as critical are cleared before the vehicle returns to service.",
             "Fleet Manager / Workshop Supervisor", D(2025, 4, 30), D(2025, 12, 31), "A",
             "System module configured. Roll-out to retained stations delayed by Tranman upgrade.",
             ["Fleet Manager", "Workshop Supervisor"], "2025-12", "amber"),
            ("FM3", "Medium", "Update the Vehicle and Equipment Replacement Programme and present it to the "
                              "Executive Group for approval.", "Head of Fleet and Equipment", D(2025, 9, 30), None,
             "R", "Draft programme awaiting capital budget confirmation.",
             ["Head of Fleet and Equipment"], "2025-09", "red"),
        ]),
        (PC, [
            ("PCM1", "Medium", "Refresh the contracts register so that every contract above £25,000 records a "
                               "named contract manager, end date and review date.", "Procurement Manager",
             D(2025, 12, 31), None, "G", "82% of contracts updated; remainder in progress.",
             ["Procurement Manager"], "2025-12", "green"),
            ("PCM2", "Medium", "Deliver contract management training to budget holders and record attendance on "
                               "the learning system.", "Procurement Manager", D(2026, 1, 31), None, "G",
             "Two sessions held (October 2025); further sessions booked.",
             ["Procurement Manager"], "2026-01", "green"),
            ("PCM3", "Low", "Amend Contract Standing Orders to reflect the Procurement Act 2023 and the revised "
                            "thresholds.", "Monitoring Officer", D(2025, 5, 31), D(2025, 9, 30), "B",
             "Revised Contract Standing Orders approved by the Authority on 24 September 2025.",
             ["Monitoring Officer"], "2025-09", "blue"),
        ]),
        (CY, [
            ("CY1", "High", "Test the cyber incident response plan through a tabletop exercise involving the "
                            "Executive Group and the on-call ICT team, and record lessons learned.", "Head of ICT",
             D(2026, 3, 31), None, "G", "Exercise scheduled for February 2026 with the NCSC Exercise in a Box "
                                       "scenario.", ["Head of ICT"], "2026-03", "green"),
            ("CY2", "Medium", "Agree and document recovery time objectives for critical systems, including "
                              "mobilising and the HR/payroll system.", "Head of ICT; Business Continuity Manager",
             D(2026, 2, 28), None, None, "Not yet started – scheduled for January 2026.",
             ["Head of ICT", "Business Continuity Manager"], "2026-02", "unrated"),
        ]),
    ]
    ragcol = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    expected = []
    r = 5
    for band, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill(FILL["pale"])
        r += 1
        for ref, pri, text, owner, od, rd, rag, upd, elead, eend, estat in rows:
            vals = [ref, pri, text, owner, od, rd, rag, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[ragcol[rag]])
            expected.append(act(ref, [band], text, elead, eend, estat))
            r += 1
    for col, w in zip("ABCDEFGH", (7, 9, 60, 26, 13, 13, 6, 48)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Hampshire and Isle of Wight Fire and Rescue Authority, internal audit management actions "
                  "tracker reported to its Standards and Governance Committee (late 2025); audits delivered by "
                  "the Southern Internal Audit Partnership. Copies the usual fire-authority audit follow-up "
                  "layout: a Summary sheet with counts per audit, a SUM totals row and a B/G/A/R key, then an "
                  "Action Tracker sheet with one merged band row per audit (title, year, assurance opinion), "
                  "refs, priority, owner, original and revised due dates, RAG letter with fill, update.",
        "reads": "Eight agreed management actions from three internal audits, each audit a band row over its "
                 "actions. Where a revised due date is given it replaces the original; one action has no RAG "
                 "yet (not started). The Summary sheet is a totals block and key, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. James Paget University Hospitals NHSFT - UEC improvement highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def jpuh():
    name = "tz-james-paget-university-hospitals-nhsft-uec-improvement-programme-highlight-report.xlsx"
    title = "Urgent and Emergency Care Improvement Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "James Paget University Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    info = [("Reporting period:", "October 2025"),
            ("Senior Responsible Owner:", "Chief Operating Officer"),
            ("Programme lead:", "Head of UEC Transformation"),
            ("Overall programme RAG:", "Amber")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=3 + i, start_column=1, end_row=3 + i, end_column=2)
        ws.cell(row=3 + i, column=3, value=v)
    ws["C6"].fill = fill(FILL["amber"])
    ws["A8"] = "RAG key:"
    ws["A8"].font = Font(bold=True)
    key = [("Blue – Delivered", "blue"), ("Green – On track to deliver", "green"),
           ("Amber – Some issues, narrative disclosure", "amber"), ("Red – Not on track to deliver", "red")]
    for j, (txt, col) in enumerate(key):
        c = ws.cell(row=8, column=2 + j, value=txt)
        c.fill = fill(FILL[col])
        c.alignment = WRAP
    heads = ["Ref", "Milestone / action", "Lead", "Original date", "Revised date", "Previous RAG",
             "Current RAG", "Commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=10, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    W1 = "Workstream 1 – Front door: streaming and same day emergency care"
    W2 = "Workstream 2 – Inpatient flow and discharge"
    W3 = "Workstream 3 – Ambulance handover"
    groups = [
        (W1, [
            ("1.1", "Extend SDEC opening hours to 22:00 seven days a week.",
             "Clinical Director for Acute Medicine", "Sept 2025", "Nov 2025", "Amber", "Green",
             "Rota agreed; extended hours live from 3 November 2025.",
             ["Clinical Director for Acute Medicine"], "2025-11", None, "green"),
            ("1.2", "Implement GP streaming at the ED front door with the out-of-hours provider.",
             "ED Matron / Urgent Care Service Manager", "Oct 2025", None, "Green", "Blue",
             "Streaming in place 10:00–22:00; average 38 patients a day streamed.",
             ["ED Matron", "Urgent Care Service Manager"], "2025-10", None, "blue"),
            ("1.3", "Launch the front door frailty assessment pathway for patients aged 75 and over.",
             "Dr R. Okafor", "Dec 2025", None, "Green", "Green",
             "Frailty practitioner posts recruited; pathway go-live planned for 1 December.",
             ["Dr R. Okafor"], "2025-12", None, "green"),
        ]),
        (W2, [
            ("2.1", "Embed criteria-led discharge on all medical wards.", "Deputy Chief Nurse", "Aug 2025",
             "Jan 2026", "Amber", "Amber",
             "Live on 6 of 9 wards. Remaining wards delayed by nurse staffing; revised date agreed at UEC Board.",
             ["Deputy Chief Nurse"], "2026-01", None, "amber"),
            ("2.2", "Open the 12-bed respiratory virtual ward in partnership with East Coast Community Healthcare.",
             "Divisional Director of Operations (Medicine)", "Nov 2025", "Q4 2025/26", "Green", "Red",
             "Recruitment of community respiratory nurses has not succeeded; partner escalation in place.",
             ["Divisional Director of Operations (Medicine)"], "2026-03", "Q4 2025/26", "red"),
            ("2.3", "Introduce twice-daily board rounds on every inpatient ward using the SAFER bundle.",
             "Associate Medical Director for Patient Flow", "Jul 2025", None, "Green", "Blue",
             "Audit in September showed 94% compliance.",
             ["Associate Medical Director for Patient Flow"], "2025-07", None, "blue"),
            ("2.4", "Agree a discharge to assess bed model for winter with Norfolk County Council and Suffolk "
                    "County Council.", "Head of Patient Flow", "31/10/2025", "30/11/2025", "Green", "Amber",
             "Norfolk model agreed. Suffolk beds subject to procurement.",
             ["Head of Patient Flow"], "2025-11", None, "amber"),
        ]),
        (W3, [
            ("3.1", "Deliver the 45-minute ambulance release to respond standard for all arrivals.",
             "Clinical Director for Emergency Medicine; Associate Director of Operations (UEC)", "Dec 2025", None,
             "Amber", "Amber", "Average handover 41 minutes in October; 112 handovers over 60 minutes.",
             ["Clinical Director for Emergency Medicine", "Associate Director of Operations (UEC)"],
             "2025-12", None, "amber"),
            ("3.2", "Open the ambulance handover area (6 trolley spaces) next to ED majors.",
             "Director of Estates and Facilities", "Sept 2025", "Nov 2025", "Red", "Green",
             "Building work complete; area opens 24 November once staffing is confirmed.",
             ["Director of Estates and Facilities"], "2025-11", None, "green"),
        ]),
    ]
    colour = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    r = 11
    for band, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill(FILL["lightblue"])
        r += 1
        for ref, text, lead, od, rd, prev, cur, comm, elead, eend, etext, estat in rows:
            vals = [ref, text, lead, od, rd, prev, cur, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(FILL[colour[prev]])
            ws.cell(row=r, column=7).fill = fill(FILL[colour[cur]])
            expected.append(act(ref, [band], text, elead, eend, estat, etext))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions / support required from the Committee:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Support for escalation to the ICB on virtual ward community staffing (2.2).")
    for col, w in zip("ABCDEFGH", (6, 52, 30, 12, 12, 11, 11, 50)):
        ws.column_dimensions[col].width = w

    mt = wb.create_sheet("Metrics")
    mt["A1"] = "UEC key metrics"
    mt["A1"].font = Font(bold=True)
    mh = ["Month", "4-hour performance (all types)", "12 hours from arrival", "Ambulance handovers > 60 min"]
    mrows = [("Jul-25", "74.1%", "8.2%", 96), ("Aug-25", "75.6%", "7.9%", 88), ("Sep-25", "73.8%", "8.8%", 121),
             ("Oct-25", "76.2%", "8.1%", 112), ("Target", "78.0%", "< 10%", 0)]
    for j, h in enumerate(mh, 1):
        mt.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(mrows):
        for j, v in enumerate(row, 1):
            mt.cell(row=4 + i, column=j, value=v)
    for col, w in zip("ABCD", (10, 30, 24, 30)):
        mt.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "James Paget University Hospitals NHS Foundation Trust (Gorleston), UEC improvement programme "
                  "highlight report to a board committee, October 2025. Copies NHS trust programme highlight "
                  "reports: header block (period, SRO, programme lead, overall RAG), a four-colour delivery key "
                  "in the style of trust improvement-programme updates (Delivered / On track to deliver / Some "
                  "issues – narrative disclosure / Not on track to deliver), workstream band rows, original and "
                  "revised dates, previous and current RAG as coloured words, commentary, a decisions block and "
                  "a second Metrics sheet.",
        "reads": "Nine milestones under three workstream bands. Each has an original date and, for some, a "
                 "revised date that replaces it (one revised to Q4 2025/26); the status is the Current RAG "
                 "word, where Blue means delivered. The header block, key, decisions lines and Metrics sheet are "
                 "not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False):
    """Write text into a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Heatherbank Lodge care home - CQC action plan (docx, read)
# ---------------------------------------------------------------------------
def heatherbank():
    name = "tz-heatherbank-lodge-care-home-cqc-inspection-action-plan.docx"
    title = "Heatherbank Lodge – CQC Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Provider: Heatherbank Care Ltd        Registered Manager: Mrs Joanne Pryce")
    info = [("Location", "Heatherbank Lodge Care Home (nursing and residential, 46 beds)"),
            ("CQC location ID", "1-10982275431"),
            ("Inspection dates", "12 and 14 August 2025"),
            ("Report published", "24 September 2025"),
            ("Overall rating", "Requires improvement"),
            ("Action plan version", "v3 – updated 3 November 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG:  B = completed and embedded   G = on track   A = some delay   R = overdue")
    sections = [
        ("1. Regulation 12 – Safe care and treatment",
         "The provider had not ensured risks to people’s health and safety were assessed and mitigated. "
         "Medicines were not always managed safely, including time-specific medicines and topical creams.",
         [("12.1", "Introduce a weekly electronic MAR audit, checked by the nurse in charge, with time-critical "
                   "medicines (Parkinson’s, insulin) flagged on the eMAR.", "Clinical Lead", "30/09/2025",
           "Weekly audits in place since 8 September; no missed time-critical doses in October.", "B",
           ["Clinical Lead"], "2025-09", None, "blue"),
          ("12.2", "Review every resident’s falls, choking and pressure ulcer risk assessments and update care "
                   "plans to match.", "Deputy Manager / Clinical Lead", "31/10/2025",
           "All 43 residents reviewed; SALT guidance now in each care plan.", "B",
           ["Deputy Manager", "Clinical Lead"], "2025-10", None, "blue"),
          ("12.3", "Replace paper topical cream charts with body maps on the electronic care record and train "
                   "care staff in their use.", "Registered Manager", "30/11/2025",
           "Body maps live on both floors; training 70% complete.", "G",
           ["Registered Manager"], "2025-11", None, "green"),
          ("12.4", "Spot-check medicines room and fridge temperatures and record the action taken when readings "
                   "are out of range.", "Nurse in charge (each shift)", "Daily – ongoing",
           "Checks recorded on the daily walkround sheet.", "G",
           ["Nurse in charge (each shift)"], None, "Daily – ongoing", "green")]),
        ("2. Regulation 17 – Good governance",
         "Systems to assess, monitor and improve the quality and safety of the service were not operated "
         "effectively. Audits had not identified the shortfalls found at inspection.",
         [("17.1", "Implement a monthly quality audit schedule covering medicines, care plans, infection control "
                   "and the environment, with actions tracked to completion.", "Registered Manager", "31/10/2025",
           "Schedule in place; September and October audits completed and actions logged.", "B",
           ["Registered Manager"], "2025-10", None, "blue"),
          ("17.2", "Operations Director to carry out a provider quality visit each month and send a written "
                   "report to the Registered Manager.", "Operations Director", "Monthly",
           "Visits completed 18 September and 21 October.", "G",
           ["Operations Director"], None, "Monthly", "green"),
          ("17.3", "Hold residents’ and relatives’ meetings every quarter and display “You said, we did” feedback "
                   "in reception.", "Activities Coordinator\nRegistered Manager", "December 2025",
           "First meeting postponed from October; now booked for 9 December.", "A",
           ["Activities Coordinator", "Registered Manager"], "2025-12", None, "amber")]),
        ("3. Regulation 18 – Staffing",
         "The provider had not ensured staff received appropriate training and supervision to carry out their "
         "roles.",
         [("18.1", "Bring mandatory training compliance to 95% or above, prioritising moving and handling, "
                   "dysphagia and safeguarding.", "Training Coordinator", "31/12/2025",
           "Compliance 88% at 31 October; dysphagia training limited by trainer availability.", "A",
           ["Training Coordinator"], "2025-12", None, "amber"),
          ("18.2", "Complete supervision for all care staff at least every 8 weeks and record it on the "
                   "supervision matrix.", "Deputy Manager", "January 2026",
           "Matrix set up; 61% of staff supervised in the last 8 weeks.", "G",
           ["Deputy Manager"], "2026-01", None, "green")]),
    ]
    ragfill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    expected = []
    for head, req, rows in sections:
        doc.add_heading(head, level=2)
        doc.add_paragraph(req)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "By when", "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, text, lead, when, prog, rag, elead, eend, etext, estat in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], ragfill[rag])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            expected.append(act(ref, [head, req], text, elead, eend, estat, etext))
        doc.add_paragraph("")
    doc.add_paragraph("Signed: J. Pryce, Registered Manager        Date: 3 November 2025")
    doc.add_paragraph("Next review: 1 December 2025 (monthly until all actions are rated B)")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Heatherbank Lodge Care Home (nursing and residential care home, provider Heatherbank Care Ltd), "
                  "action plan returned to CQC after a 2025 inspection rated Requires improvement with breaches "
                  "of Regulations 12, 17 and 18. Copies small-provider CQC action plans: title, provider line, a "
                  "location/inspection details table, a RAG key line, one heading per regulation breached with "
                  "the 'how the regulation was not being met' text above its own table (No., Action, Lead, By "
                  "when, Progress update, RAG letter with shading), signature and next-review lines.",
        "reads": "A care home's CQC action plan in three sections, one per breached regulation; each section's "
                 "finding paragraph sits above a table of numbered actions. Nine actions with leads (two have "
                 "two posts), due dates (Daily – ongoing and Monthly have no month) and B/G/A letters per the key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Petroc - quality improvement plan 2025/26 (docx, read)
# ---------------------------------------------------------------------------
def petroc():
    name = "tz-petroc-college-quality-improvement-plan-2025-26.docx"
    title = "Petroc – Quality Improvement Plan 2025/26"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Arising from the Self-Assessment Report 2024/25")
    ctl = [("Document owner", "Vice Principal – Quality and Learner Experience"),
           ("Approved by", "Quality and Standards Committee, 7 October 2025"),
           ("Version", "1.2 (December 2025 monitoring)"),
           ("Next review", "February 2026")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_heading("Key areas for improvement", level=1)
    for b in ["Raise achievement on Access to HE and GCSE English and maths.",
              "Improve attendance of 16 to 18 learners at the Mid Devon campus.",
              "Increase the proportion of study programme learners completing meaningful work experience.",
              "Strengthen governors’ oversight of apprenticeship quality."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("RAG ratings show progress at the December 2025 monitoring point: Green – on track; "
                      "Amber – some concerns; Red – significant concerns; Blue – complete.")
    Q = "1. Quality of education"
    BA = "2. Behaviour and attitudes"
    PD = "3. Personal development"
    LM = "4. Leadership and management"
    AFI1 = "AFI 1: Achievement on Access to HE diplomas (adults) is below the national rate."
    AFI2 = "AFI 2: Too few learners on GCSE English and maths resit courses achieve grade 4 or above."
    AFI3 = "AFI 3: Attendance of 16 to 18 learners at the Mid Devon campus is below the college target of 90%."
    AFI4 = "AFI 4: Not enough learners on study programmes complete meaningful work experience."
    AFI5 = "AFI 5: Governors do not receive sufficiently detailed information about the quality of apprenticeships."
    plan = [
        (Q, [
            (AFI1, [
                ("1.1", "Introduce fortnightly progress reviews for all Access to HE learners, with early referral "
                        "to study skills support.", "Achievement rate at or above national rate (2025/26).",
                 "Head of Faculty (Health, Care & Access)", "Autumn term 2025", "Green",
                 ["Head of Faculty (Health, Care & Access)"], "2025-12", "Autumn term 2025", "green"),
                ("1.2", "Re-sequence the Access to HE curriculum so that graded units are assessed from November "
                        "rather than March.", "Fewer learners with outstanding units at Easter.",
                 "Curriculum Manager – Access", "January 2026", "Blue",
                 ["Curriculum Manager – Access"], "2026-01", None, "blue"),
            ]),
            (AFI2, [
                ("1.3", "Timetable GCSE English and maths resits in three-hour blocks with a dedicated tutor group "
                        "model.", "High grades (4+) improve by 5 percentage points.", "Head of English and Maths",
                 "September 2025", "Blue", ["Head of English and Maths"], "2025-09", None, "blue"),
                ("1.4", "Track attendance at English and maths lessons every week and follow up absences within "
                        "48 hours.", "Attendance at English and maths at 85% or above.",
                 "Head of English and Maths / Learner Progress Coaches", "Ongoing", "Amber",
                 ["Head of English and Maths", "Learner Progress Coaches"], None, "Ongoing", "amber"),
            ]),
        ]),
        (BA, [
            (AFI3, [
                ("2.1", "Launch an attendance improvement campaign with weekly tutor contact for learners whose "
                        "attendance is below 85%.", "Campus attendance at 90% by the end of the year.",
                 "Director of Student Services", "November 2025", "Green",
                 ["Director of Student Services"], "2025-11", None, "green"),
                ("2.2", "Review the bus pass scheme with Devon County Council to reduce transport-related "
                        "absence.", "Fewer absences coded as transport.", "Director of Student Services",
                 "Summer term 2026", "Not started",
                 ["Director of Student Services"], "2026-07", "Summer term 2026", "unrated"),
            ]),
        ]),
        (PD, [
            (AFI4, [
                ("3.1", "Appoint two additional industry placement coordinators and set placement targets for each "
                        "curriculum area.", "80% of level 3 learners complete a placement.",
                 "Employer Engagement Manager", "December 2025", "Green",
                 ["Employer Engagement Manager"], "2025-12", None, "green"),
                ("3.2", "Record all work experience hours on ProMonitor so that tutors can track progress.",
                 "Hours visible for every learner at progress review 2.", "Head of MIS", "February 2026", "Red",
                 ["Head of MIS"], "2026-02", None, "red"),
            ]),
        ]),
        (LM, [
            (AFI5, [
                ("4.1", "Provide a termly apprenticeship quality report to the Quality and Standards Committee, "
                        "including off-the-job training and end-point assessment outcomes.",
                 "Committee minutes show challenge on apprenticeship quality.", "Head of Apprenticeships",
                 "Termly", "Green", ["Head of Apprenticeships"], None, "Termly", "green"),
                ("4.2", "Arrange a governor link visit to the Petroc Apprenticeships team.",
                 "Visit report presented to the Committee.", "Clerk to the Corporation", "March 2026", "Green",
                 ["Clerk to the Corporation"], "2026-03", None, "green"),
            ]),
        ]),
    ]
    ragfill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Blue": FILL["blue"]}
    expected = []
    for theme, afis in plan:
        doc.add_heading(theme, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Success measure", "Lead", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for afi, rows in afis:
            cells = tb.add_row().cells
            merged = cells[0].merge(cells[5])
            set_cell(merged, afi, bold=True)
            shade(merged, "F2F2F2")
            for ref, text, sm, lead, when, rag, elead, eend, etext, estat in rows:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, text, sm, lead, when, rag]):
                    set_cell(c, v)
                if rag in ragfill:
                    shade(cells[5], ragfill[rag])
                expected.append(act(ref, [theme, afi], text, elead, eend, estat, etext))
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Quality and Standards "
                      "Committee.")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Petroc (general FE college, North and Mid Devon), Quality Improvement Plan 2025/26 arising from "
                  "the college self-assessment report, as FE colleges publish with governors' papers. Copies: "
                  "title and subtitle, document-control table, bulleted summary of key areas for improvement, a "
                  "RAG key sentence, one Word table per Ofsted EIF judgement area with merged grey AFI rows above "
                  "their actions, success measures, leads, timescales (terms, months, Termly, Ongoing) and RAG "
                  "words with cell shading.",
        "reads": "An FE college QIP: four sections (EIF areas), each a table in which a merged 'AFI n:' row is "
                 "followed by its numbered actions. Ten actions; term timescales end in the term's last month, "
                 "Ongoing/Termly have no month, one action is Not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Derbyshire Constabulary - NCPI action plan export with a mistyped month (csv, refuse)
# ---------------------------------------------------------------------------
def csvq(v):
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def derbyshire():
    name = "tz-derbyshire-constabulary-ncpi-child-protection-action-plan-typo-month-refuse.csv"
    title = ("Derbyshire Constabulary – HMICFRS National Child Protection Inspection – Post-inspection "
             "Action Plan")
    R1 = ("Within six months, the force should make sure that children who go missing from home are offered a "
          "return home interview and that the information gathered is used to reduce risk.")
    R2 = ("The force should improve the quality of initial investigations involving children, including how "
          "officers record the voice of the child.")
    R3 = ("The force should review how it manages registered sex offenders so that home visits and risk "
          "assessments are completed on time.")
    rows = [
        ("1", R1, "1.1", "Agree a revised return home interview protocol with Derby City and Derbyshire County "
                         "children's services.", "DCI Public Protection", "Sep-25", "B",
         "Protocol signed off at the Safeguarding Children Partnership."),
        ("1", R1, "1.2", "Add a missing-episode debrief field to Niche so that RHI information is linked to the "
                         "child's record.", "Head of Information Systems", "Dec-25", "G",
         "Change request approved; testing in November."),
        ("1", R1, "1.3", "Brief all missing person coordinators on the revised protocol.", "DCI Public Protection",
         "Oct-25", "B", "Complete."),
        ("2", R2, "2.1", "Deliver voice of the child training to all response and neighbourhood officers.",
         "Head of Learning and Development", "Mar-26", "G", "62% of officers trained."),
        ("2", R2, "2.2", "Introduce a monthly dip-sample of child abuse investigations by the Public Protection "
                         "Unit, with feedback to supervisors.", "Det Supt Public Protection", "Febuary-26", "A",
         "First dip-sample completed; template being revised."),
        ("2", R2, "2.3", "Update the supervisor checklist for initial investigations to include the child's "
                         "views and wishes.", "Det Supt Public Protection", "Nov-25", "G", "Draft checklist "
                                                                                              "circulated."),
        ("3", R3, "3.1", "Recruit two additional Management of Sexual Offenders and Violent Offenders (MOSOVO) "
                         "officers.", "Det Supt Public Protection / Head of HR", "Jan-26", "A",
         "One post filled; second at interview."),
        ("3", R3, "3.2", "Clear the backlog of overdue ARMS risk assessments.", "DI MOSOVO", "Mar-26", "G",
         "Backlog reduced from 47 to 18."),
    ]
    lines = [csvq(title) + ",,,,,,,",
             "Report published 14 May 2025. Export from the force recommendations tracker 21/11/2025,,,,,,,",
             ",,,,,,,",
             "Rec No,Recommendation,Action Ref,Action,Action Owner,Target Date,RAG,Progress Update"]
    refuse_at = None
    for row in rows:
        lines.append(",".join(csvq(v) for v in row))
        if "Febuary" in row[5]:
            refuse_at = len(lines)
    lines.append(",,,,,,,")
    lines.append("RAG: B = complete; G = on track; A = at risk; R = off track,,,,,,,")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    write_expected(name, {
        "source": "Derbyshire Constabulary, post-inspection action plan for an HMICFRS National Child Protection "
                  "Inspection (2025), exported as CSV from the force's recommendations tracker. Copies a flat "
                  "tracker export: title and provenance lines padded with commas, recommendation number and text "
                  "repeated on every action row, action refs, owners as ranks/posts, Mon-YY target dates, RAG "
                  "letters, progress updates and a RAG key line at the foot.",
        "reads": "Eight actions against three NCPI recommendations with Mon-YY target dates, but action 2.2's "
                 "target date reads 'Febuary-26', a mistyped month; a careful reader stops and asks rather than "
                 "guess the date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return name, len(rows)


# ---------------------------------------------------------------------------
# 7. Regulator of Social Housing - Board rolling action log (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def rsh():
    name = "tz-regulator-of-social-housing-board-rolling-action-log.txt"
    title = "Regulator of Social Housing Board: Rolling Action Log"
    M1 = "Board meeting – 17 July 2025"
    M2 = "Board meeting – 25 September 2025"
    groups = [
        (M1, [
            ("BA25/31", "Min 5.3", "Bring a paper on the resourcing model for consumer regulation inspections in "
                                   "2026-27, including the planned number of inspections each year.",
             "Chief Executive", "October 2025", "B", ["Paper considered at the September Board (item 7)."],
             ["Chief Executive"], "2025-10", None, "blue"),
            ("BA25/32", "Min 6.1", "Circulate the lessons learned review of the first year of consumer standards "
                                   "inspections to Board members.", "Executive Director of Consumer Regulation",
             "Sep-25", "B", ["Circulated 12 September."],
             ["Executive Director of Consumer Regulation"], "2025-09", None, "blue"),
            ("BA25/33", "Min 8.2", "Set out options for publishing Tenant Satisfaction Measures data at provider "
                                   "level, with the risks of each option.", "KB/JM", "Q3 2025/26", "G",
             ["Options paper in preparation for the December Board."],
             ["KB", "JM"], "2025-12", "Q3 2025/26", "green"),
            ("BA25/34", "Min 9", "Arrange a Board development session on the Competence and Conduct Standard "
                                 "ahead of its implementation.", "Director of Governance and Board Secretary",
             "TBC", "A", ["Awaiting confirmation of the external facilitator; session to be held",
                          "alongside a scheduled Board meeting."],
             ["Director of Governance and Board Secretary"], None, "TBC", "amber"),
        ]),
        (M2, [
            ("BA25/41", "Min 4.1", "Provide a breakdown of the 2025-26 budget forecast by regulatory function, "
                                   "showing the position on fee income.", "Chief Operating Officer",
             "November 2025", "G", ["On the agenda for the November meeting."],
             ["Chief Operating Officer"], "2025-11", None, "green"),
            ("BA25/42", "Min 5.2", "Update the strategic risk register to reflect the Awaab’s Law requirements "
                                   "that came into force in October 2025, and report to ARAC.",
             "Head of Risk and Assurance", "Dec-25", "G", ["Draft risk wording agreed with the Executive."],
             ["Head of Risk and Assurance"], "2025-12", None, "green"),
            ("BA25/43", "Min 7", "Write to the Ministry of Housing, Communities and Local Government setting out "
                                 "the Board’s view on the proposed changes to the fees regime.",
             "Chair; Chief Executive", "31/10/2025", "R", ["Draft letter with the Chair for comment."],
             ["Chair", "Chief Executive"], "2025-10", None, "red"),
            ("BA25/44", "Min 9.3", "Report back on the timetable for the review of the Governance and Financial "
                                   "Viability Standard.", "Executive Director of Regulatory Strategy",
             "January 2026", "G", ["Timetable to be confirmed after the sector consultation closes."],
             ["Executive Director of Regulatory Strategy"], "2026-01", None, "green"),
        ]),
    ]
    lines = [title, "OFFICIAL",
             "Position following the Board meeting held on 25 September 2025", "",
             "RAG: B = complete (proposed for closure)   G = on track   A = at risk of slipping   R = overdue", "",
             "\t".join(["Ref", "Minute", "Action", "Owner", "Due date", "RAG", "Update"])]
    expected = []
    for head, rows in groups:
        lines.append(head)
        for ref, minute, text, owner, due, rag, upd, elead, eend, etext, estat in rows:
            lines.append("\t".join([ref, minute, text, owner, due, rag, upd[0]]))
            lines.extend(upd[1:])
            expected.append(act(ref, [head], text, elead, eend, estat, etext))
    lines += ["", "Note: actions rated B are removed from the log once they have been reported to one meeting.",
              "Owners: KB – Director of Regulatory Policy; JM – Head of Data and Analysis."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    write_expected(name, {
        "source": "Regulator of Social Housing (England), Board rolling action log as published with Board papers "
                  "(2025); imitates a Word action-log table saved as plain text (cells separated by tabs, a "
                  "second paragraph in a cell falls onto its own line). Copies: title, protective marking, "
                  "position line, RAG key, meeting headings grouping the actions, action refs and minute refs, "
                  "owners as posts or initials, due dates as months, Mon-YY, quarter, day-first date and TBC, "
                  "a notes block that explains the initials.",
        "reads": "Eight Board actions grouped under two meeting headings, tab-separated with a header row. One "
                 "update runs onto a second line (a continuation, not a new row). Status is the RAG letter per "
                 "the key (B = complete); KB/JM are two people.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (harris, hiwfrs, jpuh, heatherbank, petroc, derbyshire, rsh):
        n, k = fn()
        print(f"{n}: {k} actions")
