"""Build the seven ux- blind cases of set heldout523 (data files and their expected readings).

Run with /work/main/.venv/bin/python ux_make.py (from any directory).
"""
import csv
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

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY, LGREY = "5B9BD5", "00B050", "FFC000", "FF0000", "BFBFBF", "D9D9D9"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def write_expected(name, source, reads, outcome, title, actions, accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end, "status": status,
         "end_text": end_text}
    d.update(cells)
    return d


# ---------------------------------------------------------------------------------------------
# 1. Cambridgeshire FRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def cfrs():
    name = "ux-cambridgeshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = "Cambridgeshire Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    T1 = "Theme 1: Raising concerns and confidential reporting"
    T2 = "Theme 2: Background checks"
    T3 = "Theme 3: Misconduct"
    R1 = ("By 1 October 2023, chief fire officers should make sure their services provide a confidential way "
          "for staff to raise concerns and that staff are aware of whistleblowing processes.")
    R3 = ("By 1 June 2023, chief fire officers should review the support available for those who have raised "
          "concerns and take any action needed to make sure these provisions are suitable.")
    R9 = ("By 1 October 2023, chief fire officers should make sure that all staff have an up-to-date background "
          "check, at the level appropriate to their role.")
    R15 = ("By 1 March 2024, chief fire officers should introduce a clear policy for handling misconduct "
           "allegations, including timescales, and make sure it is applied consistently.")
    acts = [
        # theme, rec no, rec text
        (T1, 1, R1, [
            A("1.1", [T1, R1], "Procure an independent confidential reporting line (Safecall) and publish how to "
              "access it on the intranet and on station noticeboards.", ["Head of People"], "2023-10", "blue",
              owner="Head of People", orig=D(2023, 10, 1), rev=None, prev="Blue",
              upd="Safecall live from 18 September 2023. Usage reported quarterly to SLT. Closed."),
            A("1.2", [T1, R1], "Refresh the Whistleblowing Policy and deliver briefing sessions to all watches "
              "and support teams.", ["Head of People", "Head of Corporate Assurance"], "2025-03", "green",
              owner="Head of People / Head of Corporate Assurance", orig=D(2023, 12, 31), rev=D(2025, 3, 31),
              prev="Amber", upd="Policy approved by SLT in August 2024. 41 of 58 watch briefings delivered; "
              "remaining sessions scheduled for Q3 and Q4."),
        ]),
        (T1, 3, R3, [
            A("3.1", [T1, R3], "Review the support offer for staff who raise concerns with the Employee Assistance "
              "Programme provider and the representative bodies.", ["Area Manager – People Services"], "2024-11",
              "amber", owner="Area Manager – People Services", orig=D(2023, 6, 1), rev=D(2024, 11, 30),
              prev="Amber", upd="Draft support pathway shared with FBU, FOA and UNISON; feedback awaited. "
              "Revised date at risk."),
        ]),
        (T2, 9, R9, [
            A("9.1", [T2, R9], "Complete standard DBS checks for all operational staff and Fire Control, "
              "prioritising roles with access to vulnerable people.", ["HR Operations Manager"], "2025-01", "red",
              owner="HR Operations Manager", orig=D(2023, 10, 1), rev=D(2025, 1, 31), prev="Amber",
              upd="82% of checks returned. 37 outstanding applications chased; escalated to SLT on 24 September "
              "2024."),
            A("9.2", [T2, R9], "Introduce a three-yearly DBS re-check cycle within the HR information system.",
              ["HR Operations Manager", "ICT Business Partner"], "2024-12", "green",
              owner="HR Operations Manager / ICT Business Partner", orig=D(2024, 3, 31), rev=D(2024, 12, 31),
              prev="Amber", upd="System change request approved; build and testing under way."),
        ]),
        (T3, 15, R15, [
            A("15.1", [T3, R15], "Publish a revised Discipline Procedure with a 12-week target timescale for "
              "investigations.", ["Head of People"], "2025-06", "amber", owner="Head of People",
              orig=D(2024, 3, 1), rev=D(2025, 6, 30), prev="Red",
              upd="Consultation with representative bodies extended to January 2025 at their request."),
            A("15.2", [T3, R15], "Train a pool of accredited investigating officers (minimum of 12) drawn from "
              "across the Service.", ["Group Commander – Training and Development"], "2024-03", "blue",
              owner="Group Commander – Training and Development", orig=D(2024, 3, 1), rev=None, prev="Green",
              upd="14 investigating officers accredited in February 2024. Closed."),
            A("15.3", [T3, R15], "Report misconduct case timeliness quarterly to the Overview and Scrutiny "
              "Committee.", ["Head of Corporate Assurance"], "2024-09", "green",
              owner="Head of Corporate Assurance", orig=D(2024, 9, 30), rev=None, prev="Green",
              upd="First report taken to Committee on 12 September 2024; now a standing item."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Position at 30 September 2024 (Quarter 2, 2024/25)"
    cov["A3"] = "Report to: Overview and Scrutiny Committee, 14 November 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "05/05/2023", "Head of Corporate Assurance", "Tracker created following HMICFRS report (31 March 2023)"),
            ("2.3", "28/06/2024", "Corporate Assurance Officer", "Q1 2024/25 updates"),
            ("2.4", "07/10/2024", "Corporate Assurance Officer", "Q2 2024/25 updates; revised dates agreed by SLT")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(LGREY)
    for col, w in zip("ABCD", (12, 14, 30, 60)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    hdr = ["Rec No.", "HMICFRS recommendation", "Ref", "Action", "Action owner", "Original target date",
           "Revised target date", "Previous RAG (Q1 2024/25)", "Current RAG (Q2 2024/25)", "Progress update"]
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 September 2024 – see RAG key sheet for definitions"
    ws.merge_cells("A2:J2")
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    cur_theme = None
    for theme, recno, rec, items in acts:
        if theme != cur_theme:
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = fill(LGREY)
            cur_theme = theme
            r += 1
        first = r
        for a in items:
            vals = [None, None, a["ref"], a["action"], a["owner"], a["orig"], a["rev"], a["prev"], None, a["upd"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = fill(FILL[a["status"]])
            r += 1
        ws.cell(row=first, column=1, value=recno)
        ws.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations 2, 10–14 and 28–35 are for national bodies (NFCC, LGA, "
            "National Employers, Home Office) and are monitored through the NFCC; they are not included in this "
            "tracker.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", (8, 45, 7, 45, 24, 12, 12, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action RAG by theme – Q2 2024/25"
    sm["A1"].font = Font(bold=True)
    srows = [("Theme", "Actions", "Complete", "On track", "At risk", "Off track"),
             ("Raising concerns and confidential reporting", 3, 1, 1, 1, 0),
             ("Background checks", 2, 0, 1, 0, 1),
             ("Misconduct", 3, 1, 1, 1, 0),
             ("Total", 8, 2, 3, 2, 1)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(srows) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 45

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete – evidence signed off by SLT"),
                                    (GREEN, "On track to meet target date"),
                                    (AMBER, "At risk – revised date agreed by SLT"),
                                    (RED, "Off track – escalated to SLT")]):
        key.cell(row=3 + i, column=1).fill = fill(col)
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 45
    wb.save(os.path.join(HERE, name))

    flat = [a for _, _, _, items in acts for a in items]
    write_expected(
        name,
        source=("Imitates the values and culture trackers English fire and rescue services published for their "
                "fire authority scrutiny committees after the HMICFRS spotlight report 'Values and culture in fire "
                "and rescue services' (March 2023), e.g. Derbyshire FRS GPWG paper (Nov 2023) and Devon & Somerset "
                "FRS update page. Copied: cover sheet with document-control table, theme band rows, recommendation "
                "number and text merged vertically over their actions, original and revised target dates, previous "
                "RAG as a word and current RAG as fill colour only, progress updates, a summary-by-theme sheet and "
                "a separate RAG key sheet, note line on national recommendations."),
        reads=("A quarterly tracker (Q2 2024/25) of the Service's actions against four of the HMICFRS values and "
               "culture recommendations, grouped in three themes. Each recommendation's text sits in a merged cell "
               "beside its one to three numbered actions; the current RAG is shown only by the cell colour and the "
               "end is the revised target date where one was agreed."),
        outcome="read", title=title, actions=flat)
    return name, len(flat)


# ---------------------------------------------------------------------------------------------
# 2. University of Huddersfield - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------------------------
def hud():
    name = "ux-university-of-huddersfield-strategic-risk-register-2025-26.xlsx"
    title = "University of Huddersfield – Strategic Risk Register 2025/26"
    risks = [
        ("SR1", "Home undergraduate recruitment falls below the planned intake, reducing tuition fee income and "
                "financial headroom", "Pro Vice-Chancellor (Student Experience)", 20,
         "Recruitment strategy and weekly applications dashboard; clearing plan; partner college agreements",
         16, 9, "→", [
             A("SR1.1", None, "Deliver the 2026 entry recruitment campaign with targeted activity in priority "
               "postcodes and partner colleges.", ["Director of Marketing, Recruitment and Admissions"], "2026-01",
               "green", lead_cell="Director of Marketing, Recruitment and Admissions", date=D(2026, 1, 31),
               fmt="mmm-yy", rag="G"),
             A("SR1.2", None, "Review undergraduate courses with fewer than 20 entrants and bring closure or "
               "redesign proposals to Senate.", ["PVC (Education)", "Deans of School"], "2026-03", "amber",
               lead_cell="PVC (Education) / Deans of School", date=D(2026, 3, 31), fmt="dd/mm/yyyy", rag="A"),
         ]),
        ("SR2", "The University is unable to generate sufficient surplus and cash to sustain investment in "
                "its estate and people", "Chief Financial Officer", 20,
         "Five-year financial forecast; monthly management accounts to UEB; cost-control panel", 15, 10, "↑", [
             A("SR2.1", None, "Deliver the 2025/26 £6.5m cost-reduction programme, including the voluntary "
               "severance scheme.", ["Chief Financial Officer"], "2026-07", "amber",
               lead_cell="Chief Financial Officer", date="End of July 2026", rag="A"),
             A("SR2.2", None, "Refinance the revolving credit facility ahead of its expiry.",
               ["Chief Financial Officer"], "2025-11", "blue", lead_cell="Chief Financial Officer",
               date=D(2025, 11, 30), fmt="dd/mm/yyyy", rag="B"),
             A("SR2.3", None, "Model scenarios for a further fall in international recruitment and report them "
               "to the Finance and General Purposes Committee.", ["Director of Planning", "Chief Financial Officer"],
               None, "green", end_text="Termly", lead_cell="Director of Planning; Chief Financial Officer",
               date="Termly", rag="G"),
         ]),
        ("SR3", "A cyber attack or major IT failure disrupts teaching, research or business operations",
         "Chief Operating Officer", 20,
         "24/7 managed security operations centre; multi-factor authentication; immutable back-ups", 12, 8, "→", [
             A("SR3.1", None, "Complete the migration of remaining on-premise research data to the secure cloud "
               "platform.", ["Director of Digital Services"], "2026-02", "red",
               lead_cell="Director of Digital Services", date="Sept 2025 – Feb 2026", rag="R"),
             A("SR3.2", None, "Achieve Cyber Essentials Plus certification for the corporate network.",
               ["Director of Digital Services"], "2025-12", "green", lead_cell="Director of Digital Services",
               date=D(2025, 12, 1), fmt="mmm-yy", rag="G"),
         ]),
        ("SR4", "The University fails to meet the Office for Students conditions of registration",
         "University Secretary", 16,
         "Regulatory compliance framework; annual assurance to Board; B3 data monitoring", 8, 6, "↓", [
             A("SR4.1", None, "Embed the harassment and sexual misconduct policy and single code of practice "
               "required under OfS condition E6, with mandatory training for all students.",
               ["Academic Registrar"], "2025-08", "blue", lead_cell="Academic Registrar", date=D(2025, 8, 1),
               fmt="dd/mm/yyyy", rag="B"),
             A("SR4.2", None, "Monitor B3 continuation and completion indicators for each subject and intervene "
               "where they fall below the threshold.", ["PVC (Education)"], None, "green", end_text="Ongoing",
               lead_cell="PVC (Education)", date="Ongoing", rag="G"),
         ]),
    ]
    for ref, rtext, *_rest in risks:
        for a in _rest[-1]:
            a["under"] = [rtext]

    def score_fill(s):
        return fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)

    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version for Audit and Risk Committee, 18 November 2025 – owned by the University Executive Board"
    ws["A3"] = ("Scores: Likelihood (1–5) × Impact (1–5). Action RAG: B = complete; G = on track; "
                "A = some slippage; R = significant slippage or at risk.")
    hdr = ["Risk ref", "Strategic risk", "Risk owner", "Inherent score", "Key controls in place",
           "Residual score", "Target score", "Trend", "No.", "Further actions", "Action lead", "Target date",
           "Action RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for ref, rtext, owner, inh, controls, res, tgt, trend, items in risks:
        first = r
        for a in items:
            vals = [a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=9 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = a["fmt"]
            r += 1
        for j, v in enumerate([ref, rtext, owner, inh, controls, res, tgt, trend]):
            c = ws.cell(row=first, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if len(items) > 1:
                ws.merge_cells(start_row=first, start_column=1 + j, end_row=r - 1, end_column=1 + j)
        ws.cell(row=first, column=4).fill = score_fill(inh)
        ws.cell(row=first, column=6).fill = score_fill(res)
        ws.cell(row=first, column=7).fill = score_fill(tgt)
    for col, w in zip("ABCDEFGHIJKLM", (8, 40, 24, 9, 40, 9, 9, 7, 8, 48, 30, 14, 9)):
        ws.column_dimensions[col].width = w

    hm = wb.create_sheet("Risk profile")
    hm["A1"] = "Residual risk profile – November 2025"
    hm["A1"].font = Font(bold=True)
    prow = [("Risk ref", "Residual score", "Previous (July 2025)", "Within appetite?")]
    prow += [(x[0], x[5], p, ap) for x, p, ap in zip(risks, (16, 12, 12, 10), ("No", "No", "Yes", "Yes"))]
    for i, row in enumerate(prow):
        for j, v in enumerate(row):
            c = hm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    sc = wb.create_sheet("Scoring criteria")
    sc["A1"] = "Likelihood"
    sc["C1"] = "Impact"
    for i, (l, im) in enumerate([("1 Rare", "1 Minimal"), ("2 Unlikely", "2 Minor"), ("3 Possible", "3 Moderate"),
                                 ("4 Likely", "4 Major"), ("5 Almost certain", "5 Severe")]):
        sc.cell(row=2 + i, column=1, value=l)
        sc.cell(row=2 + i, column=3, value=im)
    wb.save(os.path.join(HERE, name))

    flat = [a for x in risks for a in x[-1]]
    write_expected(
        name,
        source=("Imitates the strategic risk registers English universities take to their Audit and Risk "
                "Committee (columns and 5x5 scoring as in the Dundee and Cambridge risk register templates and "
                "the UNIAC sector analysis of 22 registers). Copied: title block with scoring and RAG key lines, "
                "risk rows merged vertically over their further actions, inherent/residual/target scores with "
                "fill colours, trend arrows, job titles as leads (one with commas), mixed target dates (dates, "
                "'End of July 2026', a period, 'Termly', 'Ongoing'), a risk profile sheet and a scoring sheet."),
        reads=("The 2025/26 strategic risk register: four strategic risks, each with its controls and scores in "
               "merged cells, and numbered further mitigating actions with a lead, target date and action RAG "
               "letter. The actions are read under the risk they mitigate."),
        outcome="read", title=title, actions=flat)
    return name, len(flat)


# ---------------------------------------------------------------------------------------------
# 3. Sheffield Teaching Hospitals NHSFT - PLACE 2024 action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def sth():
    name = "ux-sheffield-teaching-hospitals-nhsft-place-2024-action-plan.xlsx"
    title = "Sheffield Teaching Hospitals NHS Foundation Trust – PLACE 2024 Action Plan"
    d1, d2, d3 = "Domain 1: Cleanliness", "Domain 2: Food and hydration", "Domain 3: Privacy, dignity and wellbeing"
    d4, d5, d6 = ("Domain 4: Condition, appearance and maintenance", "Domain 5: Dementia",
                  "Domain 6: Disability")
    S = {"blue": "Complete", "green": "On track", "amber": "Delayed", "unrated": "Not started"}
    rows = [
        (d1, [
            A("C1", [d1], "Deep clean sluice rooms and replace damaged splash-back panels.",
              ["Domestic Services Manager (NGH)"], "2024-12", "blue", site="NGH", area="Huntsman 4 and 5",
              lead_cell="Domestic Services Manager (NGH)", date=D(2024, 12, 31), upd="Completed 12/12/2024."),
            A("C2", [d1], "Introduce a mid-afternoon touch-point cleaning round in outpatient waiting areas.",
              ["Domestic Services Manager (RHH)"], "2025-01", "blue", site="RHH", area="B and C floor OPD",
              lead_cell="Domestic Services Manager (RHH)", date="Jan 2025", upd="In place from 6 January."),
        ]),
        (d2, [
            A("F1", [d2], "Extend the evening snack menu to include a hot option on all adult inpatient wards.",
              ["Head of Catering"], "2025-03", "green", site="All", area="Adult inpatient wards",
              lead_cell="Head of Catering", date="March 2025", upd="Menu tasting with patient assessors on 20/02."),
            A("F2", [d2], "Re-launch protected mealtimes with ward sisters and display the policy at each ward "
              "entrance.", ["Lead Nurse – Patient Experience", "Head of Catering"], "2025-02", "amber",
              site="All", area="All wards", lead_cell="Lead Nurse – Patient Experience; Head of Catering",
              date=D(2025, 2, 28), upd="Posters printed; launch moved to Nutrition and Hydration Week."),
        ]),
        (d3, [
            A("P1", [d3], "Replace curtain tracks in bays where curtains do not close fully.",
              ["Estates Maintenance Manager"], "2025-06", "green", site="NGH", area="Firth 2, Brearley 4",
              lead_cell="Estates Maintenance Manager", date="Q1 2025/26", upd="Order placed."),
            A("P2", [d3], "Provide a television, radio and reading material in day rooms on wards where assessors "
              "found none.", ["Matrons (Medicine Care Group)"], "2025-04", "unrated", site="RHH",
              area="P3, Q1", lead_cell="Matrons (Medicine Care Group)", date="Apr-25", upd=None),
        ]),
        (d4, [
            A("M1", [d4], "Repair flaking paintwork and damaged floor coverings on the main corridor between A and "
              "B floors.", ["Estates Maintenance Manager"], "2025-03", "amber", site="RHH", area="Main corridor",
              lead_cell="Estates Maintenance Manager", date=D(2025, 3, 31),
              upd="Flooring contractor availability; likely to slip to May."),
            A("M2", [d4], "Replace external wayfinding signage at the Herries Road entrance.",
              ["Capital Projects Manager"], None, "unrated", end_text="TBC", site="NGH",
              area="Herries Road entrance", lead_cell="Capital Projects Manager", date="TBC",
              upd="Subject to 2025/26 capital plan approval."),
        ]),
        (d5, [
            A("D1", [d5], "Fit contrasting coloured toilet seats and grab rails in patient toilets on elderly care "
              "wards.", ["Dementia Lead Nurse"], "2025-04", "green", site="NGH", area="Elderly care wards",
              lead_cell="Dementia Lead Nurse", date=D(2025, 4, 30), upd="Fitting programme agreed with Estates."),
        ]),
        (d6, [
            A("DS1", [d6], "Install hearing loops at main reception desks at both sites.",
              ["Head of Facilities Quality"], "2025-09", "green", site="NGH / RHH", area="Main receptions",
              lead_cell="Head of Facilities Quality", date="Sept 2025", upd="Quotes received."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Sites assessed: Northern General Hospital (15 October 2024), Royal Hallamshire Hospital "
                "(22 October 2024), Weston Park Cancer Centre (29 October 2024)")
    ws["A3"] = "Plan owner: Head of Facilities Quality | Monitored by: Patient Experience Committee | Last updated: 10/02/2025"
    ws["A4"] = "Status key:"
    for j, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Delayed", AMBER), ("Not started", None)]):
        c = ws.cell(row=4, column=2 + j, value=txt)
        if col:
            c.fill = fill(col)
        c.border = BOX
    hdr = ["Ref", "Site", "Ward / area", "Action", "Responsible lead", "Target date", "Status", "Progress comments"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for dom, items in rows:
        ws.cell(row=r, column=1, value=dom).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(LGREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in items:
            vals = [a["ref"], a["site"], a["area"], a["action"], a["lead_cell"], a["date"], S[a["status"]], a["upd"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status"] in FILL:
                ws.cell(row=r, column=7).fill = fill(FILL[a["status"]])
            r += 1
    flat = [a for _, items in rows for a in items]
    cnt = {k: sum(1 for a in flat if a["status"] == k) for k in S}
    r += 1
    ws.cell(row=r, column=1, value=(f"Total actions: {len(flat)} | Complete: {cnt['blue']} | On track: "
                                    f"{cnt['green']} | Delayed: {cnt['amber']} | Not started: {cnt['unrated']}"))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 10, 22, 55, 34, 13, 12, 40)):
        ws.column_dimensions[col].width = w

    sc = wb.create_sheet("Scores 2024")
    sc["A1"] = "PLACE 2024 domain scores (%)"
    sc["A1"].font = Font(bold=True)
    srows = [("Domain", "NGH", "RHH", "Weston Park", "National average"),
             ("Cleanliness", 97.8, 98.4, 99.1, 98.1), ("Food and hydration", 88.2, 86.9, 91.5, 90.7),
             ("Privacy, dignity and wellbeing", 84.0, 82.3, 90.2, 87.5),
             ("Condition, appearance and maintenance", 93.1, 90.4, 96.0, 95.1),
             ("Dementia", 78.5, 74.9, 85.3, 82.6), ("Disability", 82.7, 80.1, 88.8, 84.3)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = sc.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    sc.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates NHS trust PLACE (Patient-Led Assessments of the Care Environment) action plans taken to "
                "a trust's patient experience committee or board after the annual assessments (six domains as in "
                "the NHS England PLACE guidance; cf. trust board PLACE reports with 'results and actions'). "
                "Copied: one-line title, sites and dates line, owner/committee line, status key with fill colours, "
                "domain band rows, site and ward columns, status words with fill, progress comments, a totals "
                "line and a separate domain scores sheet."),
        reads=("The trust's action plan after PLACE 2024: ten actions grouped under the six PLACE domains, each "
               "with site, ward, responsible lead, target date (dates, months, a financial quarter, TBC) and a "
               "status word coloured as in the key."),
        outcome="read", title=title, actions=flat)
    return name, len(flat)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------------------------
# 4. Millbrook Manor Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
def millbrook():
    name = "ux-millbrook-manor-care-home-cqc-inspection-action-plan.docx"
    title = "Millbrook Manor Care Home – CQC Inspection Action Plan"
    H1 = "1. Regulation 12: Safe care and treatment"
    H2 = "2. Regulation 17: Good governance"
    H3 = "3. Areas the provider should improve"
    B11 = ("The provider must ensure medicines are managed safely, including time-specific medicines and the use "
           "of ‘as required’ (PRN) medicines.")
    B12 = ("The provider must ensure risks to people’s health and safety are assessed and mitigated, including "
           "the risks of falls and choking.")
    B21 = ("The provider must ensure systems to assess, monitor and improve the quality and safety of the service "
           "are operated effectively.")
    B31 = ("The provider should review staff deployment at mealtimes so people who need support to eat are "
           "helped promptly.")
    B32 = "The provider should develop activities which are meaningful for people living with dementia."
    sections = [
        (H1, "CQC found that PRN protocols were missing for 7 people and that time-specific medicines were not "
             "always given at the prescribed time. Falls and choking risk assessments were not always reviewed "
             "after incidents.", [
            (B11, [
                A("1.1", [H1, B11], "Introduce a PRN protocol for every resident prescribed ‘as required’ "
                  "medicines, reviewed monthly by the nurse on duty.", ["Deputy Manager"], "2024-08", "blue",
                  who="Deputy Manager", when="31 August 2024", prog="Protocols in place for all 9 residents; "
                  "checked in September medicines audit.", rag="Complete"),
                A("1.2", [H1, B11], "Move time-specific medicines (Parkinson’s, insulin) onto a separate MAR "
                  "prompt and audit administration times weekly for 8 weeks.", ["Clinical Lead", "Deputy Manager"],
                  "2024-09", "blue", who="Clinical Lead / Deputy Manager", when="30/09/2024",
                  prog="8 weekly audits completed; 100% on time in final 4 weeks.", rag="Complete"),
            ]),
            (B12, [
                A("1.3", [H1, B12], "Review all falls and SALT (choking) risk assessments and update care plans on "
                  "the electronic care planning system.", ["Clinical Lead"], "2024-09", "green",
                  who="Clinical Lead", when="End of September 2024", prog="42 of 45 reviewed; remaining 3 "
                  "awaiting SALT visit.", rag="Green"),
                A("1.4", [H1, B12], "Deliver dysphagia and IDDSI texture modification training to all care and "
                  "kitchen staff.", ["Training Coordinator", "Head Chef"], "2024-10", "amber",
                  who="Training Coordinator; Head Chef", when="Oct-24", prog="68% of staff trained; night staff "
                  "sessions booked.", rag="Amber"),
            ]),
        ]),
        (H2, "CQC found that audits had not identified the shortfalls found at inspection and that the provider "
             "did not have effective oversight of the service.", [
            (B21, [
                A("2.1", [H2, B21], "Implement a monthly quality audit schedule (medicines, care plans, infection "
                  "control, falls) with findings reported to the provider’s Quality Committee.",
                  ["Registered Manager"], "2024-11", "green", who="Registered Manager", when="November 2024",
                  prog="Schedule agreed; first full cycle completed in September.", rag="Green"),
                A("2.2", [H2, B21], "Complete a provider visit each quarter with a written report against the five "
                  "key questions.", ["Nominated Individual"], None, "green", end_text="Quarterly",
                  who="Nominated Individual", when="Quarterly", prog="First visit 19 September 2024; report "
                  "shared with the Registered Manager.", rag="Green"),
                A("2.3", [H2, B21], "Analyse accidents and incidents monthly for themes and share lessons at staff "
                  "meetings.", ["Registered Manager"], "2024-10", "amber", who="Registered Manager",
                  when="31/10/2024", prog="Analysis template in use; lessons not yet shared with night staff.",
                  rag="Amber"),
            ]),
        ]),
        (H3, "CQC also recommended the following improvements.", [
            (B31, [
                A("3.1", [H3, B31], "Complete a dependency-based deployment review for lunch and tea times and "
                  "adjust rotas.", ["Registered Manager"], "2024-09", "blue", who="Registered Manager",
                  when="September 2024", prog="Extra carer on each floor 12:00–14:00 from 2 September.",
                  rag="Complete"),
            ]),
            (B32, [
                A("3.2", [H3, B32], "Recruit a second activities coordinator and introduce individual ‘This is me’ "
                  "activity profiles.", ["Activities Coordinator", "Registered Manager"], "2024-12", "unrated",
                  who="Activities Coordinator / Registered Manager", when="December 2024", prog="",
                  rag="Not started"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the CQC inspection on 9 and 10 July 2024 (report published 20 August 2024)")
    info = [("Provider", "Millbrook Care Ltd"), ("Location", "Millbrook Manor Care Home, Worksop"),
            ("Overall rating", "Requires improvement"), ("Plan owner", "Registered Manager"),
            ("Version", "3 – updated 14 October 2024")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), LGREY)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and evidenced; Green – on track; Amber – at risk of "
                      "missing the date; Red – overdue.")
    rag_col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for head, intro, bands in sections:
        doc.add_heading(head, level=1)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action to be taken", "Who is responsible", "By when", "Progress / evidence",
                               "RAG"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "DEEAF6")
        for band, items in bands:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, band, bold=True)
            shade(m, "F2F2F2")
            for a in items:
                row = t.add_row()
                for j, v in enumerate([a["ref"], a["action"], a["who"], a["when"], a["prog"], a["rag"]]):
                    set_cell(row.cells[j], v)
                if a["rag"] in rag_col:
                    shade(row.cells[5], rag_col[a["rag"]])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"), ("Registered Manager", "", "14/10/2024"),
                             ("Nominated Individual", "", "15/10/2024")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, name))

    flat = [a for _, _, bands in sections for _, items in bands for a in items]
    write_expected(
        name,
        source=("Imitates the improvement action plan a registered care home sends CQC within 28 days of a "
                "'requires improvement' rating with breaches (Regulation 17(3) request; layout of care home "
                "provider action plans: regulation-by-regulation sections). Copied: title, inspection line, "
                "provider details table, RAG key line, one Heading-1 section and one table per regulation breach "
                "plus a 'should' section, the must/should statement as a full-width shaded row above its actions, "
                "'Who is responsible' with two posts in some cells, mixed 'By when' forms (date, month, "
                "'Quarterly'), RAG words with cell shading, and a sign-off table."),
        reads=("The home's action plan after its July 2024 CQC inspection: two breached regulations and a "
               "section of recommended improvements, each with its own table in which a shaded row states what "
               "the provider must or should do and the numbered actions follow it."),
        outcome="read", title=title, actions=flat)
    return name, len(flat)


# ---------------------------------------------------------------------------------------------
# 5. Norfolk Constabulary - NCPI post-inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
def norfolk():
    name = "ux-norfolk-constabulary-ncpi-child-protection-action-plan.docx"
    title = ("Norfolk Constabulary – HMICFRS National Child Protection Inspection: Post-Inspection Action Plan")
    R1 = ("Recommendation 1: Within three months, the force should make sure that control room staff correctly "
          "identify and record risk to children when a call is received, and that calls are graded accordingly.")
    R2 = ("Recommendation 2: Within six months, the force should improve the quality of its child abuse "
          "investigations, making sure they are supervised effectively and that the voice of the child is "
          "recorded.")
    R3 = ("Recommendation 3: Within six months, the force should make sure that children detained in custody "
          "overnight are transferred to local authority accommodation where required, and that every case is "
          "recorded and reviewed.")
    F1 = ("Area for improvement 1: The force should improve how it shares information about missing children with "
          "partner agencies after return home interviews.")
    F2 = ("Area for improvement 2: The force should make sure that all officers understand their responsibilities "
          "for recognising and responding to child criminal exploitation.")
    groups = [
        ("Recommendations", [
            (R1, [
                A("1.1", [R1], "Introduce a mandatory child-at-risk prompt in the STORM call-handling script.",
                  ["Head of Contact & Control Room"], "2024-07", "blue", lead_cell="Head of Contact & Control Room",
                  due="July 2024", rev="", upd="Prompt live from 8 July 2024.", rag="Complete"),
                A("1.2", [R1], "Dip-sample 50 child-related incidents each month and give feedback to individual "
                  "call handlers.", ["Control Room QA Manager"], None, "green", end_text="Ongoing",
                  lead_cell="Control Room QA Manager", due="Ongoing", rev="",
                  upd="Compliance 91% in December (target 90%).", rag="Green"),
            ]),
            (R2, [
                A("2.1", [R2], "Deliver ‘Voice of the Child’ training to all investigators in the Child Abuse "
                  "Investigation Unit and Local Policing CID.",
                  ["Head of Learning & Development", "Safeguarding Training Lead"], "2025-03", "amber",
                  lead_cell="Head of Learning & Development / Safeguarding Training Lead", due="Oct 2024",
                  rev="Mar 2025", upd="312 of 410 officers trained; abstractions over Christmas delayed the "
                  "remaining cohorts.", rag="Amber"),
                A("2.2", [R2], "Introduce a supervisory review template on Athena with a 7-day review requirement "
                  "for all child abuse investigations.", ["DCI Child Abuse Investigation"], "2024-12", "blue",
                  lead_cell="DCI Child Abuse Investigation", due="Dec 2024", rev="",
                  upd="Template live 2 December 2024.", rag="Complete"),
                A("2.3", [R2], "Carry out a quarterly case file audit of child abuse investigations and report the "
                  "findings to the Safeguarding Board.", ["Head of Safeguarding (Det Supt)"], "2025-01", "green",
                  lead_cell="Head of Safeguarding (Det Supt)", due="Jan 2025", rev="",
                  upd="First audit of 60 files reported to Board on 23 January 2025.", rag="Green"),
            ]),
            (R3, [
                A("3.1", [R3], "Agree a joint protocol with Norfolk County Council Children’s Services for PACE "
                  "transfers of children detained overnight.", ["Custody Superintendent", "AD Children’s Services (NCC)"],
                  "2025-02", "red", lead_cell="Custody Superintendent; AD Children’s Services (NCC)",
                  due="Sept 2024", rev="Feb 2025", upd="Protocol still in draft; escalated to the Chief "
                  "Superintendent and NCC Director of Children’s Services.", rag="Red"),
            ]),
        ]),
        ("Areas for improvement", [
            (F1, [
                A("A1.1", [F1], "Review the missing children information-sharing agreement with the Norfolk "
                  "Safeguarding Children Partnership.", ["Missing Persons Coordinator"], "2025-04", "amber",
                  lead_cell="Missing Persons Coordinator", due="Nov 2024", rev="Apr 2025",
                  upd="Partnership sign-off moved to April NSCP Executive.", rag="Amber"),
            ]),
            (F2, [
                A("A2.1", [F2], "Publish a child criminal exploitation briefing on the Norfolk Learning Portal and "
                  "make it mandatory for frontline officers.", ["Exploitation Lead (DI)"], "2025-03", "green",
                  lead_cell="Exploitation Lead (DI)", due="Mar 2025", rev="", upd="Package in final review.",
                  rag="Green"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Inspection report published: 16 April 2024  |  Position as at: 31 January 2025")
    ctrl = [("Owner", "ACC Protective Services"), ("Lead officer", "Head of Safeguarding (Det Supt)"),
            ("Governance", "Safeguarding Board (monthly); OPCC Accountability Meeting (quarterly)"),
            ("Version", "5.0")]
    t = doc.add_table(rows=len(ctrl), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(ctrl):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = [("Complete", "Action complete and evidence held", BLUE), ("Green", "On track", GREEN),
           ("Amber", "At risk of missing due date", AMBER), ("Red", "Overdue or not progressing", RED)]
    t = doc.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (k, v, c) in enumerate(key):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), c)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    hdr = ["HMICFRS recommendation", "No.", "Action", "Lead", "Due", "Revised due", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
    rag_col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for band, recs in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, band, bold=True, size=10)
        shade(m, LGREY)
        for rec, items in recs:
            first = None
            for a in items:
                row = t.add_row()
                if first is None:
                    first = row
                for j, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["due"], a["rev"], a["upd"],
                                       a["rag"]]):
                    set_cell(row.cells[1 + j], v)
                shade(row.cells[7], rag_col[a["rag"]])
            last = row
            mc = first.cells[0].merge(last.cells[0]) if last is not first else first.cells[0]
            set_cell(mc, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Safeguarding Board, 27 February 2025.")
    doc.save(os.path.join(HERE, name))

    flat = [a for _, recs in groups for _, items in recs for a in items]
    write_expected(
        name,
        source=("Imitates the post-inspection action plan a police force sends HMICFRS within six weeks of a "
                "National Child Protection Inspection report and reports to its OPCC (NCPI follow-up "
                "methodology; PCC response pages). Copied: bold title paragraph, publication/position line, "
                "document-control table, shaded RAG key table, one action table whose first column holds each "
                "recommendation or area for improvement merged vertically over its actions, full-width band rows "
                "'Recommendations' and 'Areas for improvement', due and revised due columns, several leads in one "
                "cell, RAG words with shading, and a closing note line."),
        reads=("The force's action plan against three NCPI recommendations and two areas for improvement, "
               "position at 31 January 2025. Each recommendation text stands in a merged cell to the left of its "
               "numbered actions; where a revised due month is given it is the end."),
        outcome="read", title=title, actions=flat)
    return name, len(flat)


# ---------------------------------------------------------------------------------------------
# 6. Bernicia - internal audit recommendations tracker, mistyped month (csv, refuse)
# ---------------------------------------------------------------------------------------------
def bernicia():
    name = "ux-bernicia-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    hdr = ["Audit", "Report issued", "Assurance", "Rec No", "Priority", "Recommendation",
           "Agreed management action", "Responsible officer", "Original due date", "Revised due date", "Status",
           "Latest update"]
    rows = [
        ["Gas Safety Compliance 2024/25", "14/06/2024", "Reasonable", "1", "High",
         "Ensure all properties with an expired LGSR are escalated to the Head of Compliance within 24 hours.",
         "Daily no-access report to be issued to the Head of Compliance and reviewed at the weekly compliance meeting.",
         "Head of Compliance", "31/07/2024", "", "Complete", "Daily report in place from July 2024."],
        ["Gas Safety Compliance 2024/25", "14/06/2024", "Reasonable", "2", "Medium",
         "Reconcile the gas servicing programme to the housing management system asset list quarterly.",
         "Quarterly reconciliation to be completed by the Asset Data Team and signed off by the Head of Compliance.",
         "Asset Data Manager", "30/09/2024", "31/01/2025", "Amber", "Q3 reconciliation in progress."],
        ["Damp and Mould Case Management", "02/09/2024", "Limited", "1", "High",
         "Introduce target timescales for inspection and remedial works for damp and mould cases.",
         "Damp and Mould Procedure to be revised with 10-day inspection and 28-day repair targets (Awaab's Law).",
         "Director of Property Services", "31/10/2024", "", "Complete", "Procedure approved by Executive Team 22/10/2024."],
        ["Damp and Mould Case Management", "02/09/2024", "Limited", "2", "High",
         "Record all damp and mould cases as a distinct case type so they can be tracked to closure.",
         "New case type to be configured in the repairs system with closure requiring a post-inspection.",
         "Repairs Systems Lead / Head of Repairs", "30/11/2024", "0ct-2025", "Amber",
         "System supplier release delayed; interim spreadsheet in use."],
        ["Damp and Mould Case Management", "02/09/2024", "Limited", "3", "Medium",
         "Report damp and mould performance to the Customer Services Committee.",
         "Quarterly performance report including open cases by age band.",
         "Head of Repairs", "31/12/2024", "", "Green", "First report due to February Committee."],
        ["Cyber Security", "18/10/2024", "Reasonable", "1", "Medium",
         "Remove leavers' network accounts within one working day of the leaving date.",
         "HR leaver notifications to be automated to the IT service desk.",
         "Head of IT", "31/01/2025", "", "Green", "Automation testing complete."],
        ["Cyber Security", "18/10/2024", "Reasonable", "2", "Low",
         "Update the Business Continuity Plan to include a ransomware scenario.",
         "Ransomware scenario to be added and tested at the next desktop exercise.",
         "Business Continuity Officer", "31/03/2025", "", "Not started", ""],
        ["Rent Arrears Management", "06/12/2024", "Substantial", "1", "Low",
         "Review the arrears escalation letter templates for plain English.",
         "Templates to be reviewed with the Customer Voice Panel.",
         "Income Manager", "30/04/2025", "", "Not started", ""],
        ["Rent Arrears Management", "06/12/2024", "Substantial", "2", "Medium",
         "Ensure repayment arrangements are reviewed when a Universal Credit payment is missed.",
         "Automatic task to be created in the housing management system on a missed UC payment.",
         "Income Manager", "31/03/2025", "", "Green", "Task rule drafted."],
    ]
    lines = [["Bernicia Group – Internal Audit Recommendations Tracker"],
             ["Prepared for Audit and Risk Committee, 11 March 2025"], [], hdr] + rows + \
            [[], ["Summary: 9 recommendations – 2 complete, 3 green, 2 amber, 2 not started"]]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    with open(path, encoding="utf-8") as f:
        text_lines = f.read().splitlines()
    bad = [i + 1 for i, l in enumerate(text_lines) if "0ct-2025" in l]
    assert len(bad) == 1
    write_expected(
        name,
        source=("Imitates a housing association's internal audit recommendations tracker exported for its Audit "
                "and Risk Committee (cf. committee reports on 'Implementation of Audit Recommendations Tracker' "
                "with original and revised dates, RAG and management responses). Copied: title and committee "
                "lines, one row per recommendation with audit name, report date, assurance level, priority, "
                "recommendation and agreed management action, responsible officer(s), original and revised due "
                "dates, status and latest update, and a summary line."),
        reads=("A tracker of nine internal audit recommendations from four 2024/25 audits. The revised due date "
               "of Damp and Mould recommendation 2 reads '0ct-2025' (a zero for the letter O), a mistyped month "
               "a careful reader would query before relying on the plan."),
        outcome="refuse", title="Bernicia Group – Internal Audit Recommendations Tracker", actions=None,
        refuse_at=bad[0])
    return name, len(rows)


# ---------------------------------------------------------------------------------------------
# 7. Security Industry Authority - Board action log (tab-separated text)
# ---------------------------------------------------------------------------------------------
def sia():
    name = "ux-security-industry-authority-board-action-log.txt"
    title = "Security Industry Authority – Board Action Log"
    M1, M2, M3 = "Board meeting 26 March 2025", "Board meeting 25 June 2025", "Board meeting 25 September 2025"
    acts = [
        (M1, [
            A("BA/25/07", [M1], "Bring a paper on the options for a licence fee review, including the impact on "
              "small businesses, to a future Board meeting.", ["JW"], "2025-09", "blue", meet="26/03/2025",
              minute="B/25/14", owner="JW", due="Sep-25", rag="B",
              upd="Paper taken at September Board (item 9). Propose close."),
            A("BA/25/09", [M1], "Circulate the refreshed Strategic Risk Register to Board members ahead of the "
              "ARAC deep-dive.", ["AK"], "2025-04", "blue", meet="26/03/2025", minute="B/25/17", owner="AK",
              due="30/04/2025", rag="B", upd="Circulated 22 April 2025. Propose close."),
        ]),
        (M2, [
            A("BA/25/15", [M2], "Provide a breakdown of licence application processing times by sector (door "
              "supervision, security guarding, CCTV) for the last 12 months.", ["Director of Operations"],
              "2025-09", "amber", meet="25/06/2025", minute="B/25/31", owner="Director of Operations",
              due="Sep-25", rag="A", upd="Data collated; analysis delayed by the licensing system migration."),
            A("BA/25/16", [M2], "Arrange a Board development session on the Government’s plans for business "
              "licensing in the private security industry.", ["JW", "Board Secretary"], None, "green",
              end_text="Next meeting", meet="25/06/2025", minute="B/25/33", owner="JW / Board Secretary",
              due="Next meeting", rag="G", upd="Session pencilled in for the December Board away-day."),
            A("BA/25/18", [M2], "Review the Welsh language scheme compliance report and confirm the position on "
              "bilingual licence cards.", ["Head of Governance"], "2025-10", "red", meet="25/06/2025",
              minute="B/25/36", owner="Head of Governance", due="31/10/2025", rag="R",
              upd="Overdue – awaiting legal advice."),
        ]),
        (M3, [
            A("BA/25/21", [M3], "Share the outcome of the GIAA audit of licensing income with the full Board once "
              "the final report is issued.", ["PL"], "2025-11", "green", meet="25/09/2025", minute="B/25/45",
              owner="PL", due="Nov-25", rag="G", upd=""),
            A("BA/25/22", [M3], "Develop KPIs for the Inspections and Enforcement directorate for inclusion in the "
              "2026/27 Business Plan.", ["Director of Inspections and Enforcement"], "2026-03", "green",
              meet="25/09/2025", minute="B/25/47", owner="Director of Inspections and Enforcement",
              due="March 2026", rag="G",
              upd="Initial draft to be shared with the Board in January 2026.\nDraft measures discussed at ELT on "
                  "7 October."),
            A("BA/25/23", [M3], "Write to the Home Office sponsor team setting out the resource implications of "
              "the proposed business licensing regime.", ["JW", "PL"], "2026-01", "green", meet="25/09/2025",
              minute="B/25/48", owner="JW/PL", due="31/01/2026", rag="G", upd="Letter in draft."),
        ]),
    ]
    hdr = ["Action No", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "RAG", "Update"]
    out = [title, "Open and recently completed actions following the Board meeting of 25 September 2025", "",
           "\t".join(hdr)]
    for meet, items in acts:
        out.append(meet)
        for a in items:
            out.append("\t".join([a["ref"], a["meet"], a["minute"], a["action"], a["owner"], a["due"], a["rag"],
                                  a["upd"]]))
    out += ["", "RAG: B = complete (propose close); G = on track; A = at risk of missing due date; R = overdue",
            "Owners: JW = Chief Executive; AK = Director of Corporate Services; PL = Director of Finance"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(("\n".join(out) + "\n").replace("\n", "\r\n"))
    flat = [a for _, items in acts for a in items]
    write_expected(
        name,
        source=("Imitates the rolling Board action log a national regulator (Home Office arm's-length body) "
                "publishes with its Board papers (cf. the Legal Services Board and HSE board action logs), here "
                "as a plain tab-separated export. Copied: title and 'following the Board meeting of' line, "
                "meeting-date group lines, action number, minute reference, owner initials and posts (two owners "
                "in some cells), due as date, month, or 'Next meeting', RAG letters with a key line and an "
                "owners key, and one update that runs onto a second line in the export."),
        reads=("The SIA Board's log of eight actions from its March, June and September 2025 meetings, grouped "
               "by meeting, each with owner, due date and RAG letter. One update wraps onto a following line; it "
               "is part of that update, not a new action."),
        outcome="read", title=title, actions=flat)
    return name, len(flat)


if __name__ == "__main__":
    for fn in (cfrs, hud, sth, millbrook, norfolk, bernicia, sia):
        n, k = fn()
        print(f"{n}: {k} actions")
