"""Build the seven lg2- blind cases (set heldout353) and their expected readings.

Run with /work/main/.venv/bin/python lg2_make.py from any directory.
Data files: 3 x .xlsx (openpyxl), 2 x .docx (python-docx), 1 x .csv, 1 x .txt.
Each case's expected reading is written beside it as NAME.expected.yaml from the
same action records that fill the file, so the text matches character for character.
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def A(ref, under, action, lead, end, status, end_text=None):
    """One action as a person reads it."""
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# --------------------------------------------------------------------------
# YAML writer (JSON strings are valid YAML double-quoted scalars)
# --------------------------------------------------------------------------
def q(s):
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    return json.dumps(s, ensure_ascii=False)


def folded(text):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 96:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return ">-\n" + "\n".join("  " + l for l in lines)


def write_expected(fname, source, reads, outcome, title, actions,
                   accept_refusal=False, refuse_at=None):
    out = []
    out.append("source: " + folded(source))
    out.append("reads: " + folded(reads))
    out.append("outcome: " + outcome)
    out.append("accept_refusal: " + q(accept_refusal))
    if refuse_at is not None:
        out.append("refuse_at: " + q(refuse_at))
    if title is not None:
        out.append("title: " + q(title))
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append("  - ref: " + q(a["ref"]))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(l) for l in a["lead"]) + "]")
            out.append("    end: " + q(a["end"]))
            if "end_text" in a:
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ==========================================================================
# 1. Derbyshire County Council - ASC CQC assessment improvement plan (xlsx)
# ==========================================================================
def make_derbyshire():
    fname = "lg2-derbyshire-county-council-asc-cqc-assessment-improvement-plan.xlsx"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    AFD1 = ("Waiting times for Care Act assessments and reviews were too long in some teams, "
            "particularly for people with a learning disability and for occupational therapy.")
    AFD2 = ("People who use direct payments told us they did not always receive clear "
            "information and support to manage them.")
    AFD3 = ("Unpaid carers were not consistently offered a carer\u2019s assessment, and the local "
            "authority could not show the impact of support for carers.")
    AFD4 = ("Safeguarding enquiries were not always completed in a timely way, and there was a "
            "backlog of Deprivation of Liberty Safeguards (DoLS) applications.")
    AFD5 = ("Staff were not always clear how learning from complaints, audits and feedback "
            "led to changes in practice.")

    # rows: (action record, target cell text/value, previous RAG letter, current colour, progress)
    plan = [
        (T1, [
            (AFD1, [
                (A("1.1", [T1, AFD1],
                   "Implement a single waiting-list management approach across all locality teams, "
                   "with risk-rated contact for everyone waiting more than 28 days.",
                   ["Assistant Director \u2013 Adult Care Operations"], "2025-06", "amber"),
                 dt.datetime(2025, 6, 30), "A",
                 "Risk-rating tool live in 5 of 8 localities; remaining teams from May 2025."),
                (A("1.2", [T1, AFD1],
                   "Commission additional occupational therapy assessment capacity to clear the "
                   "backlog of people waiting over 12 weeks.",
                   ["Head of Service \u2013 Prevention & Personalisation"], "2025-09", "green"),
                 "Sept 2025", "G",
                 "Framework call-off agreed; two agency OTs started 3 March 2025."),
            ]),
            (AFD2, [
                (A("1.3", [T1, AFD2],
                   "Refresh the direct payments offer, including easy-read guidance co-produced "
                   "with the Making It Real Board.",
                   ["Service Manager (Direct Payments)"], "2025-03", "blue"),
                 dt.datetime(2025, 3, 31), "G",
                 "Guidance launched 17 March 2025 and published on the council website."),
                (A("1.4", [T1, AFD2],
                   "Establish a direct payments support service and personal assistant register.",
                   ["Head of Commissioning (Community)", "Service Manager (Direct Payments)"],
                   "2025-12", "amber"),
                 "Q3 2025/26", "A",
                 "Tender specification drafted; procurement timetable under review."),
            ]),
        ]),
        (T2, [
            (AFD3, [
                (A("2.1", [T2, AFD3],
                   "Introduce a carer\u2019s assessment prompt in every adult\u2019s assessment and "
                   "review in Mosaic.",
                   ["Principal Social Worker"], "2025-05", "amber"),
                 "May 2025", "R",
                 "Mosaic change built and in testing; go-live moved to May."),
                (A("2.2", [T2, AFD3],
                   "Agree carers\u2019 outcome measures with Derbyshire Carers Association and report "
                   "them quarterly to DMT.",
                   ["Sally Birch", "Kieran O'Neill"], None, "green", end_text="Ongoing"),
                 "Ongoing", "G",
                 "First quarterly report presented to DMT on 25 March 2025."),
            ]),
        ]),
        (T3, [
            (AFD4, [
                (A("3.1", [T3, AFD4],
                   "Deliver the DoLS backlog recovery plan, prioritising applications using the "
                   "ADASS screening tool.",
                   ["Head of Safeguarding and Quality Assurance"], "2026-03", "red",
                   end_text="Sept 2025 \u2013 March 2026"),
                 "Sept 2025 \u2013 March 2026", "R",
                 "Backlog 1,140 (Dec: 1,090). Best Interests Assessor recruitment unsuccessful."),
                (A("3.2", [T3, AFD4],
                   "Audit a sample of 40 section 42 enquiries each quarter and report findings to "
                   "the Derbyshire Safeguarding Adults Board.",
                   ["Head of Safeguarding and Quality Assurance"], None, "green",
                   end_text="Quarterly"),
                 "Quarterly", "G",
                 "Q4 audit complete; timeliness improved to 71% within 28 days."),
            ]),
        ]),
        (T4, [
            (AFD5, [
                (A("4.1", [T4, AFD5],
                   "Publish a quarterly \u2018You said, we did\u2019 practice learning bulletin and "
                   "embed it in team meetings.",
                   ["Director of Adult Social Care"], "2025-07", "green"),
                 "31 July 2025", "A",
                 "First bulletin issued February 2025; team meeting template updated."),
            ]),
        ]),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Derbyshire County Council"
    cover["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cover["A2"] = "Adult Social Care and Health"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A3"] = "CQC Local Authority Assessment \u2013 Improvement Plan 2025-26"
    cover["A3"].font = Font(bold=True, size=14)
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.3", "14/01/2025", "ASCH Quality & Improvement Team", "Draft for DMT"),
          ("1.0", "04/02/2025", "ASCH Quality & Improvement Team",
           "Approved by Adult Social Care and Health DMT"),
          ("1.2", "07/04/2025", "ASCH Quality & Improvement Team", "Q4 2024-25 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cover["A12"] = "RAG key"
    cover["A12"].font = Font(bold=True)
    key = [("Blue", "Action complete", "blue"),
           ("Green", "On track to meet target date", "green"),
           ("Amber", "Some slippage \u2013 target date at risk", "amber"),
           ("Red", "Off track \u2013 target date will be missed", "red")]
    for i, (k, d, col) in enumerate(key):
        c = cover.cell(row=13 + i, column=1, value=k)
        c.fill = fill(col)
        c.border = BOX
        cover.cell(row=13 + i, column=2, value=d).border = BOX
    cover["A18"] = ("The plan responds to the areas for development in the CQC local authority "
                    "assessment report. Progress is reviewed monthly at DMT and reported "
                    "quarterly to the Improvement and Scrutiny Committee \u2013 Health.")
    for col, w in zip("ABCD", (14, 14, 34, 46)):
        cover.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "CQC Local Authority Assessment \u2013 Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Progress as at 31 March 2025 \u2013 reported to Adult Social Care and Health DMT, "
                "April 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Area for development (CQC report)", "Action", "Lead officer",
             "Target date", "Previous RAG (Dec 24)", "Current RAG (Mar 25)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for theme, afds in plan:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afd, rows in afds:
            first = r
            ws.cell(row=r, column=2, value=afd)
            for rec, target, prev, progress in rows:
                actions.append(rec)
                counts[rec["status"]] += 1
                ws.cell(row=r, column=1, value=rec["ref"])
                ws.cell(row=r, column=3, value=rec["action"])
                ws.cell(row=r, column=4, value=", ".join(rec["lead"]) if len(rec["lead"]) == 1
                        else None)
                if len(rec["lead"]) == 2 and rec["ref"] == "1.4":
                    ws.cell(row=r, column=4, value=" / ".join(rec["lead"]))
                elif len(rec["lead"]) == 2:
                    ws.cell(row=r, column=4, value=" & ".join(rec["lead"]))
                tc = ws.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6, value=prev)
                ws.cell(row=r, column=7).fill = fill(rec["status"])  # fill only, no text
                ws.cell(row=r, column=8, value=progress)
                for j in range(1, 9):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for name in ("blue", "green", "amber", "red"):
        c = ws.cell(row=r, column=1, value=name.capitalize())
        c.fill = fill(name)
        ws.cell(row=r, column=2, value=counts[name])
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    r += 2
    ws.cell(row=r, column=1, value=("Notes: Target dates are as agreed at DMT on 4 February 2025. "
                                    "Current RAG for 1.1 and 2.1 reflects slippage reported at "
                                    "April DMT."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 38, 46, 28, 14, 12, 12, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a county council adult social care improvement plan written after the "
                "CQC local authority assessment (Derbyshire County Council was assessed in 2024; "
                "CQC report pages at https://www.cqc.org.uk/care-services/local-authority-assessment-reports/ "
                "e.g. derbyshirecc-0824-theme2-care). Copies a cover sheet with document-control "
                "table and RAG key, a plan sheet with merged CQC theme rows, the CQC area for "
                "development merged down beside its actions, job titles as leads, mixed target "
                "dates (dates, Q3 2025/26, a period, Ongoing, Quarterly), a Previous RAG letter "
                "column and a Current RAG column shown by fill colour only, and a summary/notes "
                "block under the plan."),
        reads=("A two-sheet workbook: the cover has the title, version history and RAG key; the "
               "Improvement Plan sheet lists nine numbered actions under four CQC themes, each "
               "beside the area for development it answers. Status is the colour of the Current "
               "RAG cell; the summary counts and notes under the table are not actions."),
        outcome="read",
        title="CQC Local Authority Assessment \u2013 Improvement Plan 2025-26",
        actions=actions,
    )
    return fname, actions


# ==========================================================================
# 2. West Midlands Fire Service - HMICFRS values & culture spotlight tracker (xlsx)
# ==========================================================================
def make_wmfs():
    fname = ("lg2-west-midlands-fire-service-hmicfrs-values-culture-spotlight-"
             "recommendations-tracker.xlsx")
    AR1, AR2, AR3, AR4, AR5 = ("Raising concerns", "Background checks",
                               "Leadership and management",
                               "Equality, diversity and inclusion", "Misconduct")
    R3 = ("Recommendation 3: Chief fire officers should make sure their services have a "
          "confidential route, independent of the line management chain, for staff to raise "
          "concerns about bullying, harassment and discrimination.")
    R4 = ("Recommendation 4: Chief fire officers should make sure they have processes to monitor "
          "the outcome of concerns raised, and to feed learning back to staff.")
    R6 = ("Recommendation 6: Chief fire officers should make sure all staff have an appropriate "
          "background check, and that checks are repeated at regular intervals.")
    R9 = ("Recommendation 9: Chief fire officers should put in place 360-degree feedback for "
          "senior leaders and managers, and act on the results.")
    R15 = ("Recommendation 15: Chief fire officers should improve the quality and completeness "
           "of the equality data they hold on staff, so they understand the diversity of their "
           "workforce.")
    R19 = ("Recommendation 19: Chief fire officers should make sure their misconduct processes "
           "are fair, timely and consistently applied, and that outcomes are recorded.")
    ST = {"blue": "Complete", "green": "On track", "amber": "At risk", "red": "Off track"}
    # (area, [(rec, deadline, [(record, owner cell, target, update)])])
    data = [
        (AR1, [
            (R3, "1 June 2023", [
                (A("3.1", [AR1, R3],
                   "Procure an independent, confidential reporting line available to all staff "
                   "24/7.", ["Director of People"], "2023-05", "blue"),
                 "Director of People", dt.datetime(2023, 5, 31),
                 "Safecall service live from 22 May 2023."),
                (A("3.2", [AR1, R3],
                   "Publicise the reporting line through station visits, payslip messages and "
                   "the intranet, and monitor use quarterly.",
                   ["Head of Communications", "Head of People Support Services"], None, "green",
                   end_text="Ongoing"),
                 "Head of Communications / Head of People Support Services", "Ongoing",
                 "14 reports in Q3 2024/25; themes shared with the Strategic Enabling Team."),
            ]),
            (R4, "1 October 2023", [
                (A("4.1", [AR1, R4],
                   "Introduce a quarterly \u2018raising concerns\u2019 dashboard for the Strategic "
                   "Enabling Team.", ["Head of People Support Services"], "2023-12", "blue"),
                 "Head of People Support Services", "Dec-23",
                 "Dashboard in place; first presented January 2024."),
            ]),
        ]),
        (AR2, [
            (R6, "1 March 2024", [
                (A("6.1", [AR2, R6],
                   "Complete standard DBS checks for all operational and control staff, and "
                   "enhanced checks for roles working with children and vulnerable adults.",
                   ["AC Sarah Warnes"], "2024-03", "blue"),
                 "AC Sarah Warnes", dt.datetime(2024, 3, 31),
                 "All checks complete; 3 cases managed through the risk assessment process."),
                (A("6.2", [AR2, R6],
                   "Introduce a three-yearly re-check cycle and record checks on the HR system.",
                   ["Head of People Support Services"], "2025-09", "amber"),
                 "Head of People Support Services", "Sep-25",
                 "HR system module delayed by supplier; interim spreadsheet control in place."),
            ]),
        ]),
        (AR3, [
            (R9, "1 March 2024", [
                (A("9.1", [AR3, R9],
                   "Pilot 360-degree feedback for the Strategic Enabling Team and area "
                   "commanders.", ["Director of People"], "2024-01", "blue"),
                 "Director of People", dt.datetime(2024, 1, 31),
                 "Pilot complete; evaluation reported to SET in February 2024."),
                (A("9.2", [AR3, R9],
                   "Extend 360-degree feedback to all station and group commanders as part of "
                   "the appraisal cycle.", ["GM Lee Foster", "GM Priya Chahal"], "2025-06",
                   "green"),
                 "GM Lee Foster & GM Priya Chahal", dt.datetime(2025, 6, 30),
                 "62 of 118 managers have completed feedback to date."),
            ]),
        ]),
        (AR4, [
            (R15, "1 October 2023", [
                (A("15.1", [AR4, R15],
                   "Run a \u2018Count me in\u2019 campaign to raise equality data declaration "
                   "rates above 90%.", ["Head of Inclusion"], "2025-03", "red"),
                 "Head of Inclusion", "Mar-25",
                 "Declaration rate 78%; revised target to be agreed at SET."),
                (A("15.2", [AR4, R15],
                   "Analyse promotion and development outcomes by protected characteristic and "
                   "report annually to the Fire Authority.", ["Head of Inclusion"], None,
                   "green", end_text="Annually"),
                 "Head of Inclusion", "Annually",
                 "First annual report scheduled for the June 2025 Authority meeting."),
            ]),
        ]),
        (AR5, [
            (R19, "1 June 2024", [
                (A("19.1", [AR5, R19],
                   "Review the discipline procedure against the national misconduct standard and "
                   "train all investigating officers.", ["Director of People"], "2025-06",
                   "green"),
                 "Director of People", "Q1 2025/26",
                 "Revised procedure out to consultation with representative bodies."),
            ]),
        ]),
    ]

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "West Midlands Fire Service"
    s["A1"].font = Font(bold=True, size=16, color="C00000")
    s["A2"] = ("HMICFRS Values and Culture in Fire and Rescue Services (March 2023) \u2013 "
               "Recommendations Tracker")
    s["A2"].font = Font(bold=True, size=13)
    s["A3"] = "Position as at 31 January 2025 \u2013 Audit and Risk Committee, 17 February 2025"
    s["A3"].font = Font(italic=True)
    s["A5"] = "Status"
    s["B5"] = "Number of actions"
    for c in (s["A5"], s["B5"]):
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    actions = [rec for _, recs in data for _, _, rows in recs for rec, *_ in rows]
    cnt = {}
    for a in actions:
        cnt[a["status"]] = cnt.get(a["status"], 0) + 1
    r = 6
    for col in ("blue", "green", "amber", "red"):
        c = s.cell(row=r, column=1, value=ST[col])
        c.fill = fill(col)
        c.border = BOX
        s.cell(row=r, column=2, value=cnt.get(col, 0)).border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    s.cell(row=r, column=2, value=len(actions)).font = Font(bold=True)
    r += 2
    s.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    keyrows = [("Complete", "Action delivered and evidence held (blue)", "blue"),
               ("On track", "Delivery expected by the target date (green)", "green"),
               ("At risk", "Target date may be missed (amber)", "amber"),
               ("Off track", "Target date will be missed \u2013 revised date required (red)", "red")]
    for k, d, col in keyrows:
        s.cell(row=r, column=1, value=k).fill = fill(col)
        s.cell(row=r, column=2, value=d)
        r += 1
    r += 1
    s.cell(row=r, column=1, value=("The spotlight report made 35 recommendations, 20 of them for "
                                   "chief fire officers. This tracker shows the recommendations "
                                   "where WMFS actions remain open or were closed in the last "
                                   "12 months."))
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 62

    t = wb.create_sheet("Tracker")
    t["A1"] = "HMICFRS Values and Culture Spotlight Report \u2013 WMFS Action Tracker"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:I1")
    heads = ["Area", "HMICFRS recommendation", "HMICFRS deadline", "Action ref", "WMFS action",
             "Action owner", "Target date", "Status", "Update \u2013 January 2025"]
    for j, h in enumerate(heads):
        c = t.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="C00000", end_color="C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for area, recs in data:
        area_first = r
        t.cell(row=r, column=1, value=area)
        for rec_text, deadline, rows in recs:
            rec_first = r
            t.cell(row=r, column=2, value=rec_text)
            t.cell(row=r, column=3, value=deadline)
            for rec, owner, target, update in rows:
                t.cell(row=r, column=4, value=rec["ref"])
                t.cell(row=r, column=5, value=rec["action"])
                t.cell(row=r, column=6, value=owner)
                tc = t.cell(row=r, column=7, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                sc = t.cell(row=r, column=8, value=ST[rec["status"]])
                sc.fill = fill(rec["status"])
                t.cell(row=r, column=9, value=update)
                for j in range(1, 10):
                    t.cell(row=r, column=j).alignment = WRAP
                    t.cell(row=r, column=j).border = BOX
                r += 1
            if r - 1 > rec_first:
                t.merge_cells(start_row=rec_first, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=rec_first, start_column=3, end_row=r - 1, end_column=3)
        if r - 1 > area_first:
            t.merge_cells(start_row=area_first, start_column=1, end_row=r - 1, end_column=1)
        t.cell(row=area_first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (18, 44, 13, 8, 44, 26, 12, 11, 40)):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A4"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a fire and rescue service's tracker of its actions on the HMICFRS "
                "spotlight report 'Values and culture in fire and rescue services' (March 2023), "
                "as reported to fire authority committees (cf. Derbyshire FRS GPWG paper "
                "https://www.derbys-fire.gov.uk/gpwg-meetings/gpwg-agenda-and-papers-20-november-2023/"
                "hmicfrs-culture-review-recommendations-and-actions). Copies a summary sheet with "
                "status counts and a status key (Complete/On track/At risk/Off track with "
                "colours), then a tracker sheet with the area merged down, the recommendation and "
                "its HMICFRS deadline merged over their actions, action refs, owners as job "
                "titles, ranks and names, target dates, coloured status words and updates."),
        reads=("Two sheets: a summary of status counts and a key, then the tracker with ten WMFS "
               "actions grouped under five areas and six HMICFRS recommendations. The HMICFRS "
               "deadline is the inspectorate's date for the recommendation, not the action's; "
               "the action's end is the Target date, and its status the status word, read through "
               "the key (At risk = amber, Off track = red, Complete = blue)."),
        outcome="read",
        title=("HMICFRS Values and Culture in Fire and Rescue Services (March 2023) \u2013 "
               "Recommendations Tracker"),
        actions=actions,
    )
    return fname, actions


# ==========================================================================
# 3. London Borough of Bexley - internal audit recommendations tracker (xlsx)
# ==========================================================================
def make_bexley():
    fname = "lg2-london-borough-of-bexley-internal-audit-recommendations-tracker.xlsx"
    AU1 = "2023/24 \u2013 Payroll (Limited assurance)"
    AU2 = "2023/24 \u2013 Adult Social Care Financial Assessments (Limited assurance)"
    AU3 = "2024/25 \u2013 Cyber Security: Patch Management (Reasonable assurance)"
    AU4 = "2024/25 \u2013 Contract Management: Waste Collection Contract (Limited assurance)"
    P1 = ("Starters, leavers and changes to pay should be independently checked before each "
          "payroll run and the check evidenced.")
    P2 = "Overpayments should be recorded on a central log and recovery pursued promptly."
    F1 = ("Financial assessments should be completed within 28 days of a service starting, so "
          "that backdated charges are kept to a minimum.")
    F2 = "Client contribution letters should be checked for accuracy before they are issued."
    C1 = ("Critical security patches should be applied within 14 days of release, with any "
          "exceptions risk-accepted by the Chief Information Security Officer.")
    C2 = "Unsupported software should be identified and removed or isolated from the network."
    M1 = ("Contract performance should be monitored against all KPIs in the contract, with "
          "deductions applied where performance falls short.")
    M2 = "The contract register should be complete and name a contract manager for each contract."
    M3 = "Contract variation approvals should be retained on the contract file."
    D = dt.datetime
    RAGL = {"blue": "B", "green": "G", "amber": "A", "red": "R"}
    # audit -> [ (rec text, priority, [ (record, officer cell, original, revised, update) ]) ]
    data = [
        (AU1, [
            (P1, "High", [
                (A("PAY1", [AU1, P1],
                   "A pre-payroll exception report will be reviewed and signed by the Payroll Team "
                   "Leader before each monthly run.", ["Head of Payroll & HR Systems"], "2024-09",
                   "blue"),
                 "Head of Payroll & HR Systems", D(2024, 3, 31), D(2024, 9, 30),
                 "Exception report in place from the October 2024 payroll; verified by Internal "
                 "Audit in January 2025."),
            ]),
            (P2, "Medium", [
                (A("PAY2", [AU1, P2],
                   "Create an overpayments log, with monthly reporting to the Deputy Director "
                   "Finance.", ["Head of Payroll & HR Systems"], "2025-03", "amber"),
                 "Head of Payroll & HR Systems", D(2024, 6, 30), D(2025, 3, 31),
                 "Log created; recovery of 2023/24 cases still being reconciled."),
            ]),
        ]),
        (AU2, [
            (F1, "High", [
                (A("FA1.1", [AU2, F1],
                   "Recruit two additional Financial Assessment Officers to clear the backlog.",
                   ["Head of Exchequer Services"], "2024-05", "blue"),
                 "Head of Exchequer Services", D(2024, 5, 31), None,
                 "Both posts filled April 2024; backlog cleared by August 2024."),
                (A("FA1.2", [AU2, F1],
                   "Introduce a weekly backlog report for the Assistant Director, Adult Social "
                   "Care Operations.",
                   ["Head of Exchequer Services", "AD Adult Social Care Operations"], "2024-12",
                   "red"),
                 "Head of Exchequer Services; AD Adult Social Care Operations", D(2024, 7, 31),
                 D(2024, 12, 31),
                 "Weekly report not yet produced because of Mosaic reporting issues; overdue."),
            ]),
            (F2, "Medium", [
                (A("FA2", [AU2, F2],
                   "Introduce a monthly 10% sample check of letters by a senior officer.",
                   ["Financial Assessments Team Manager"], "2025-03", "green"),
                 "Financial Assessments Team Manager", D(2025, 3, 31), None,
                 "Sample checks started December 2024."),
            ]),
        ]),
        (AU3, [
            (C1, "High", [
                (A("CYB1", [AU3, C1],
                   "Implement automated patch deployment for all Windows servers and report "
                   "compliance monthly to the Digital Board.", ["J. Okafor", "M. Reid"],
                   "2025-02", "green"),
                 "J. Okafor / M. Reid", D(2025, 2, 28), None,
                 "Automated deployment live for 84% of servers."),
            ]),
            (C2, "Medium", [
                (A("CYB2", [AU3, C2],
                   "Complete a software asset inventory and agree a decommissioning plan for "
                   "end-of-life applications.", ["Head of Digital Infrastructure"], "2025-06",
                   "amber"),
                 "Head of Digital Infrastructure", D(2024, 12, 31), "Jun-25",
                 "Inventory complete; decommissioning plan awaiting Digital Board approval."),
            ]),
        ]),
        (AU4, [
            (M1, "High", [
                (A("CM1", [AU4, M1],
                   "Produce a monthly KPI scorecard and hold formal contract review meetings with "
                   "the contractor.", ["Head of Waste and Street Services"], "2024-10", "blue"),
                 "Head of Waste and Street Services", D(2024, 10, 31), None,
                 "Scorecard in use since September 2024; deductions applied for missed "
                 "collections."),
            ]),
            (M2, "Medium", [
                (A("CM2", [AU4, M2],
                   "Update the contract register for all Place directorate contracts and confirm "
                   "named contract managers.", ["Deputy Director Place", "Procurement Manager"],
                   "2025-04", "amber"),
                 "Deputy Director Place / Procurement Manager", D(2025, 1, 31), D(2025, 4, 30),
                 "Register 70% updated."),
            ]),
            (M3, "Low", [
                (A("CM3", [AU4, M3],
                   "Remind contract managers of the variation procedure and add a checklist to "
                   "the contract file template.", ["Procurement Manager"], "2024-11", "blue"),
                 "Procurement Manager", D(2024, 11, 30), None,
                 "Checklist issued 18 November 2024."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recommendations"
    ws["A1"] = "London Borough of Bexley"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit \u2013 Outstanding Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position as at 31 January 2025 (Audit and Governance Committee, "
                "12 March 2025)")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date", "RAG",
             "Management update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    actions = []
    for audit, recs in data:
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("navy")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec_text, prio, rows in recs:
            first = r
            ws.cell(row=r, column=2, value=prio)
            ws.cell(row=r, column=3, value=rec_text)
            for rec, officer, orig, rev, update in rows:
                actions.append(rec)
                ws.cell(row=r, column=1, value=rec["ref"])
                ws.cell(row=r, column=4, value=rec["action"])
                ws.cell(row=r, column=5, value=officer)
                oc = ws.cell(row=r, column=6, value=orig)
                oc.number_format = "dd/mm/yyyy"
                rc = ws.cell(row=r, column=7, value=rev)
                if isinstance(rev, dt.datetime):
                    rc.number_format = "dd/mm/yyyy"
                g = ws.cell(row=r, column=8, value=RAGL[rec["status"]])
                g.fill = fill(rec["status"])
                g.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9, value=update)
                for j in range(1, 10):
                    if j != 8:
                        ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", (8, 9, 40, 42, 26, 12, 12, 6, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of outstanding recommendations by priority"
    sm["A1"].font = Font(bold=True, size=12)
    cols = ["Priority", "B", "G", "A", "R", "Total"]
    for j, h in enumerate(cols):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    prios = {}
    for audit, recs in data:
        for rec_text, prio, rows in recs:
            for rec, *_ in rows:
                prios.setdefault(prio, {"B": 0, "G": 0, "A": 0, "R": 0})
                prios[prio][RAGL[rec["status"]]] += 1
    r = 4
    for p in ("High", "Medium", "Low"):
        sm.cell(row=r, column=1, value=p).border = BOX
        tot = 0
        for j, k in enumerate(("B", "G", "A", "R")):
            sm.cell(row=r, column=2 + j, value=prios[p][k]).border = BOX
            tot += prios[p][k]
        sm.cell(row=r, column=6, value=tot).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=6, value=len(actions)).font = Font(bold=True)

    kk = wb.create_sheet("Key")
    kk["A1"] = "RAG key"
    kk["A1"].font = Font(bold=True)
    for i, (k, d, col) in enumerate([
            ("B", "Implemented \u2013 verified by Internal Audit", "blue"),
            ("G", "Not yet due \u2013 on track", "green"),
            ("A", "Revised due date agreed \u2013 not yet implemented", "amber"),
            ("R", "Overdue \u2013 original or revised due date has passed", "red")]):
        c = kk.cell(row=2 + i, column=1, value=k)
        c.fill = fill(col)
        kk.cell(row=2 + i, column=2, value=d)
    kk["A7"] = "Priority"
    kk["A7"].font = Font(bold=True)
    for i, (k, d) in enumerate([
            ("High", "Fundamental control weakness \u2013 action within 3 months"),
            ("Medium", "Significant weakness \u2013 action within 6 months"),
            ("Low", "Improvement to control environment \u2013 action within 12 months")]):
        kk.cell(row=8 + i, column=1, value=k)
        kk.cell(row=8 + i, column=2, value=d)
    kk.column_dimensions["A"].width = 10
    kk.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a London borough's internal audit outstanding recommendations tracker as "
                "appended to an Audit and Governance Committee progress report (layout of the kind "
                "described in council follow-up reports, e.g. Bromsgrove 'Internal Audit "
                "Recommendation Tracker' with target and revised target completion dates). "
                "Copies title lines with the position date, full-width audit heading rows giving "
                "year, audit and assurance opinion, priority and recommendation cells merged over "
                "two agreed actions, responsible officers as posts, initials or two posts, original "
                "and revised due dates, a B/G/A/R RAG column with fills, a summary sheet by "
                "priority and a key sheet."),
        reads=("Ten agreed management actions from four audits, each under its audit heading and "
               "the auditor's recommendation. Where a revised due date is given it replaces the "
               "original one; the RAG letter (B = implemented) is the status. The Summary and Key "
               "sheets hold no actions."),
        outcome="read",
        title="Internal Audit \u2013 Outstanding Recommendations Tracker",
        actions=actions,
    )
    return fname, actions


# ==========================================================================
# docx helpers
# ==========================================================================
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ==========================================================================
# 4. Monmouthshire County Council - Panel Performance Assessment action plan (docx)
# ==========================================================================
def make_monmouthshire():
    fname = "lg2-monmouthshire-county-council-panel-performance-assessment-action-plan.docx"
    TH1 = "Theme 1: Strategic direction and organisational capacity"
    TH2 = "Theme 2: Use of resources"
    TH3 = "Theme 3: Partnerships and engagement"
    REC1 = ("Recommendation 1: Set out a clear, prioritised medium-term plan that links the "
            "Community and Corporate Plan to the Medium Term Financial Strategy")
    REC2 = ("Recommendation 2: Strengthen workforce planning to address recruitment and retention "
            "pressures in social care and specialist roles")
    REC3 = ("Recommendation 3: Develop a long-term asset strategy that rationalises the estate and "
            "supports the Council\u2019s financial and decarbonisation goals")
    REC4 = ("Recommendation 4: Make better use of data and digital tools to understand demand and "
            "performance")
    REC5 = ("Recommendation 5: Agree clear shared priorities and governance with key partners, "
            "including the Public Services Board and Cardiff Capital Region")
    REC6 = ("Recommendation 6: Improve how residents\u2019 views shape decisions, particularly in "
            "setting the budget")
    SW = {"blue": ("Complete", FILL["blue"]), "green": ("On track", FILL["green"]),
          "amber": ("Some slippage", FILL["amber"]), "red": ("Significant slippage", FILL["red"]),
          "unrated": ("Not started", "FFFFFF")}
    # theme -> [ (rec, response, [ (record, lead cell, timescale, progress) ]) ]
    data = [
        (TH1, [
            (REC1, "Council response: Accepted.", [
                (A("1.1", [TH1, REC1],
                   "Publish a three-year delivery plan showing which Community and Corporate Plan "
                   "commitments will be delivered, paused or stopped.",
                   ["Chief Officer \u2013 People, Performance and Partnerships"], "2026-09", "blue"),
                 "Chief Officer \u2013 People, Performance and Partnerships", "September 2026",
                 "Delivery plan approved by Cabinet on 16 September 2026."),
                (A("1.2", [TH1, REC1],
                   "Align the annual budget process so that every savings proposal is linked to a "
                   "plan commitment and an integrated impact assessment.",
                   ["Deputy Chief Executive and Chief Officer Resources"], "2027-02", "green"),
                 "Deputy Chief Executive and Chief Officer Resources", "February 2027",
                 "Budget templates revised; proposals being assessed for the 2027/28 budget."),
            ]),
            (REC2, "Council response: Accepted.", [
                (A("2.1", [TH1, REC2],
                   "Complete directorate workforce plans, including succession plans for "
                   "business-critical roles.", ["Head of People Services"], "2026-12", "green"),
                 "Head of People Services", "By 31 December 2026",
                 "Four of six directorate plans drafted."),
                (A("2.2", [TH1, REC2],
                   "Launch a \u2018grow our own\u2019 social work trainee scheme with university "
                   "partners.",
                   ["Chief Officer Social Care, Safeguarding and Health",
                    "Head of People Services"], "2027-03", "unrated"),
                 "Chief Officer Social Care, Safeguarding and Health / Head of People Services",
                 "Q4 2026/27", "Scheme design to start January 2027."),
            ]),
        ]),
        (TH2, [
            (REC3, ("Council response: Accepted in part \u2013 the Council will review the "
                    "operational estate first and the commercial portfolio in 2027/28."), [
                (A("3.1", [TH2, REC3],
                   "Complete condition and utilisation surveys of the operational estate.",
                   ["Head of Landlord Services"], "2026-11", "amber"),
                 "Head of Landlord Services", "November 2026",
                 "Surveys 80% complete; contractor resources increased to finish on time."),
                (A("3.2", [TH2, REC3],
                   "Bring an asset rationalisation programme to Cabinet for approval.",
                   ["Head of Landlord Services"], "2027-03", "green"),
                 "Head of Landlord Services", "March 2027",
                 "Options appraisal under way."),
            ]),
            (REC4, "Council response: Accepted.", [
                (A("4.1", [TH2, REC4],
                   "Roll out Power BI performance dashboards to all directorate management teams.",
                   ["Richard Jones", "Hannah Carter"], None, "green", end_text="Ongoing"),
                 "Richard Jones & Hannah Carter", "Ongoing",
                 "Dashboards live in four directorates; Children and Young People from December."),
            ]),
        ]),
        (TH3, [
            (REC5, "Council response: Accepted.", [
                (A("5.1", [TH3, REC5],
                   "Review the Council\u2019s partnership register and agree which partnerships "
                   "are strategic.", ["Policy and Scrutiny Manager"], "2026-11", "green"),
                 "Policy and Scrutiny Manager", "30/11/2026",
                 "Register refreshed; report to Strategic Leadership Team in November."),
            ]),
            (REC6, "Council response: Accepted.", [
                (A("6.1", [TH3, REC6],
                   "Run a year-round \u2018Have your say\u2019 engagement programme, with findings "
                   "reported to Cabinet before budget proposals are agreed.",
                   ["Communications and Engagement Manager"], "2027-01", "red"),
                 "Communications and Engagement Manager", "January 2027",
                 "Procurement of the engagement platform delayed; programme not yet launched."),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Monmouthshire County Council").runs[0].bold = True
    doc.add_heading("Panel Performance Assessment 2026 \u2013 Response and Action Plan", level=0)
    doc.add_paragraph("Appendix 2 \u2013 Progress update to Governance and Audit Committee, "
                      "November 2026")
    doc.add_paragraph("Document control").runs[0].bold = True
    tdc = doc.add_table(rows=3, cols=4)
    tdc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Status"),
                             ("1.0", "20 May 2026", "Performance and Data Insight Team",
                              "Approved by Council"),
                             ("1.1", "28 October 2026", "Performance and Data Insight Team",
                              "Six-month progress update")]):
        for j, v in enumerate(row):
            set_cell(tdc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph(
        "The Panel Performance Assessment took place in the week commencing 23 February 2026, as "
        "required by the Local Government and Elections (Wales) Act 2021. The panel made six "
        "recommendations. This appendix sets out the actions the Council is taking in response "
        "and the progress made by the end of October 2026. Progress is shown using the key "
        "below.")
    doc.add_paragraph("Status key").runs[0].bold = True
    tk = doc.add_table(rows=6, cols=3)
    tk.style = "Table Grid"
    for i, row in enumerate([("Status", "Colour", "Meaning"),
                             ("Complete", "Blue", "The action has been delivered"),
                             ("On track", "Green", "Delivery is on course for the timescale"),
                             ("Some slippage", "Amber",
                              "Behind plan but expected to recover without a new timescale"),
                             ("Significant slippage", "Red",
                              "The timescale will be missed and a new one is needed"),
                             ("Not started", "\u2013", "Not yet due to start")]):
        for j, v in enumerate(row):
            set_cell(tk.rows[i].cells[j], v, bold=(i == 0))
    for i, col in enumerate(("blue", "green", "amber", "red")):
        shade(tk.rows[1 + i].cells[1], FILL[col])

    actions = []
    for theme, recs in data:
        doc.add_heading(theme, level=1)
        for rec, response, rows in recs:
            doc.add_heading(rec, level=2)
            doc.add_paragraph(response).runs[0].italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(("Ref", "Action", "Lead", "Timescale", "Status",
                                   "Progress (October 2026)")):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9E2F3")
            for record, lead, timescale, progress in rows:
                actions.append(record)
                cells = t.add_row().cells
                set_cell(cells[0], record["ref"])
                set_cell(cells[1], record["action"])
                set_cell(cells[2], lead)
                set_cell(cells[3], timescale)
                word, colour = SW[record["status"]]
                set_cell(cells[4], word)
                if record["status"] != "unrated":
                    shade(cells[4], colour)
                set_cell(cells[5], progress)
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    ts = doc.add_table(rows=3, cols=2)
    ts.style = "Table Grid"
    for i, (a, b) in enumerate([("Response and action plan approved by", "Council, 20 May 2026"),
                                ("Progress reviewed by", "Strategic Leadership Team, 3 November 2026"),
                                ("Next update", "Governance and Audit Committee, May 2027")]):
        set_cell(ts.rows[i].cells[0], a, bold=True)
        set_cell(ts.rows[i].cells[1], b)
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a Welsh principal council's response and action plan to its Panel "
                "Performance Assessment under the Local Government and Elections (Wales) Act 2021 "
                "(Monmouthshire's PPA was scheduled for the week of 23 February 2026: "
                "https://democracy.monmouthshire.gov.uk/ieIssueDetails.aspx?IId=26373&Opt=3; "
                "Denbighshire's PPA management response and action plan went to Governance and "
                "Audit Committee: https://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=28159). Copies "
                "a title block, a document-control table, a status key table with colours, theme "
                "headings, each panel recommendation as a heading with the council's response line "
                "under it, and one table of actions per recommendation (Ref, Action, Lead, "
                "Timescale, Status, Progress), then a sign-off table."),
        reads=("A Word progress update: after the document-control and status-key tables come three "
               "themes, six recommendation headings and a small action table under each, nine "
               "actions in all. Status words are read through the key (Some slippage = amber, "
               "Significant slippage = red, Not started = unrated); the 'Council response' lines "
               "and the sign-off table are not actions."),
        outcome="read",
        title="Panel Performance Assessment 2026 \u2013 Response and Action Plan",
        actions=actions,
    )
    return fname, actions


# ==========================================================================
# 5. Telford & Wrekin Council - Auditor's Annual Report 2023/24 VfM action plan (docx)
# ==========================================================================
def make_telford():
    fname = ("lg2-telford-wrekin-council-auditors-annual-report-2023-24-vfm-recommendations-"
             "action-plan.docx")
    C1 = "Financial sustainability"
    C2 = "Governance"
    C3 = "Improving economy, efficiency and effectiveness"
    IR1 = ("The Council should ensure its savings plans for 2025/26 onwards are fully developed, "
           "with delivery milestones and risks identified, before the budget is approved.")
    IR2 = ("The Council should review the level of its general fund and earmarked reserves "
           "against its assessment of financial risk, and set out a plan to rebuild reserves.")
    IR3 = ("The Council should strengthen oversight of its wholly owned companies, including "
           "regular shareholder reporting to members.")
    IR4 = ("The Council should ensure internal audit recommendations are implemented within the "
           "agreed timescales.")
    IR5 = ("The Council should use benchmarking and unit cost data more systematically to "
           "identify opportunities to improve value for money in adult social care and "
           "children\u2019s placements.")
    RW = {"blue": ("Complete", FILL["blue"]), "green": ("Green", FILL["green"]),
          "amber": ("Amber", FILL["amber"]), "red": ("Red", FILL["red"])}
    data = [
        (C1, [
            (IR1, [
                (A("IR1(a)", [C1, IR1],
                   "Require every savings proposal to be supported by a delivery plan with "
                   "milestones, an owner and a risk rating before it is included in the budget.",
                   ["Director: Finance, People & IDT"], "2025-02", "blue"),
                 "Director: Finance, People & IDT", "February 2025",
                 "Delivery plans completed for all 2025/26 proposals before Council on 27 "
                 "February 2025."),
                (A("IR1(b)", [C1, IR1],
                   "Report savings delivery monthly to the Senior Management Team and quarterly to "
                   "Cabinet.", ["Chief Financial Officer"], None, "green", end_text="Monthly"),
                 "Chief Financial Officer", "Monthly",
                 "Monthly reports to SMT since April 2025; first quarterly report to Cabinet due "
                 "September 2025."),
            ]),
            (IR2, [
                (A("IR2", [C1, IR2],
                   "Produce a reserves strategy as part of the Medium Term Financial Strategy, "
                   "including a minimum level of general balances.",
                   ["Chief Financial Officer"], "2025-03", "blue"),
                 "Chief Financial Officer", "31 March 2025",
                 "Reserves strategy approved with the 2025/26 budget."),
            ]),
        ]),
        (C2, [
            (IR3, [
                (A("IR3", [C2, IR3],
                   "Establish a Shareholder Committee with an annual work programme and quarterly "
                   "company performance reports.",
                   ["Director: Policy & Governance", "Company Secretary"], "2025-09", "amber"),
                 "Director: Policy & Governance / Company Secretary", "Q2 2025/26",
                 "Terms of reference drafted; committee to be established at Annual Council."),
            ]),
            (IR4, [
                (A("IR4", [C2, IR4],
                   "Report overdue internal audit actions to the Senior Management Team monthly, "
                   "with owners attending Audit Committee where actions are more than three "
                   "months overdue.", ["Audit & Governance Lead Manager"], "2025-06", "green"),
                 "Audit & Governance Lead Manager", "30/06/2025",
                 "Monthly reporting in place from April 2025."),
            ]),
        ]),
        (C3, [
            (IR5, [
                (A("IR5(a)", [C3, IR5],
                   "Complete a benchmarking review of adult social care unit costs against CIPFA "
                   "nearest neighbours.", ["Director: Adult Social Care"], "2025-12", "green"),
                 "Director: Adult Social Care", "December 2025",
                 "Data collection complete; analysis under way."),
                (A("IR5(b)", [C3, IR5],
                   "Develop a placement sufficiency and cost dashboard for children in care.",
                   ["Director: Children\u2019s Safeguarding & Family Support"], None, "red",
                   end_text="TBC"),
                 "Director: Children\u2019s Safeguarding & Family Support", "TBC",
                 "Delayed until the new case management system is in place; date to be "
                 "confirmed."),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Telford & Wrekin Council").runs[0].bold = True
    doc.add_heading("External Auditor\u2019s Annual Report 2023/24 \u2013 Value for Money "
                    "Recommendations: Management Action Plan", level=1)
    doc.add_paragraph("Progress update \u2013 Audit Committee, 29 July 2025")
    doc.add_paragraph(
        "The external auditor\u2019s Annual Report for 2023/24 found no significant weaknesses in "
        "the Council\u2019s arrangements for securing value for money, but made five improvement "
        "recommendations. The table below sets out the management response agreed with the "
        "auditor and progress against each action.")
    # summary table
    tsum = doc.add_table(rows=5, cols=4)
    tsum.style = "Table Grid"
    actions = [rec for _, recs in data for _, rows in recs for rec, *_ in rows]
    summ = [("Criteria", "Improvement recommendations", "Actions complete", "Actions open"),
            (C1, "2", "2", "1"), (C2, "2", "0", "2"), (C3, "1", "0", "2"),
            ("Total", "5", "2", "5")]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            set_cell(tsum.rows[i].cells[j], v, bold=(i in (0, 4)))
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ("Ref", "Auditor\u2019s recommendation", "Agreed action", "Responsible officer",
             "Implementation date", "RAG", "Progress update (July 2025)")
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    for crit, recs in data:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, crit, bold=True)
        shade(merged, "DEEAF6")
        for rec_text, rows in recs:
            first_idx = None
            for record, officer, when, progress in rows:
                cells = t.add_row().cells
                if first_idx is None:
                    first_idx = len(t.rows) - 1
                    set_cell(cells[1], rec_text)
                set_cell(cells[0], record["ref"])
                set_cell(cells[2], record["action"])
                set_cell(cells[3], officer)
                set_cell(cells[4], when)
                word, colour = RW[record["status"]]
                set_cell(cells[5], word)
                shade(cells[5], colour)
                set_cell(cells[6], progress)
            last_idx = len(t.rows) - 1
            if last_idx > first_idx:
                top = t.cell(first_idx, 1)
                bottom = t.cell(last_idx, 1)
                m = top.merge(bottom)
                set_cell(m, rec_text)
    doc.add_paragraph("")
    doc.add_paragraph("Key to RAG ratings").runs[0].bold = True
    tk = doc.add_table(rows=4, cols=2)
    tk.style = "Table Grid"
    for i, (k, d, col) in enumerate([("Complete", "Action implemented (blue)", "blue"),
                                     ("Green", "On track for the implementation date", "green"),
                                     ("Amber", "Risk that the implementation date will be missed",
                                      "amber"),
                                     ("Red", "Delayed or overdue", "red")]):
        set_cell(tk.rows[i].cells[0], k, bold=True)
        shade(tk.rows[i].cells[0], FILL[col])
        set_cell(tk.rows[i].cells[1], d)
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a council's management action plan on the value for money improvement "
                "recommendations in its external auditor's Annual Report 2023/24, as taken to "
                "Audit Committee (cf. Spelthorne's 'Action Plan to address Annual Audit Report', "
                "http://democracy.spelthorne.gov.uk/ieIssueDetails.aspx?IId=25554&Opt=3). Copies "
                "the three Code of Audit Practice criteria as full-width rows in one landscape "
                "table, the auditor's recommendation merged down over its two agreed actions, "
                "IR refs with (a)/(b), responsible officers as 'Director: ...' posts (one with "
                "commas and an ampersand) or two posts, implementation dates written as months, a "
                "quarter, Monthly and TBC, a coloured RAG word, a summary table before and a RAG "
                "key after."),
        reads=("Seven agreed actions on five auditor's recommendations, grouped under the three "
               "value for money criteria. The summary table at the top and the RAG key at the end "
               "are not actions; 'Complete' is blue."),
        outcome="read",
        title=("External Auditor\u2019s Annual Report 2023/24 \u2013 Value for Money "
               "Recommendations: Management Action Plan"),
        actions=actions,
    )
    return fname, actions


# ==========================================================================
# 6. Cardiff Community Housing Association - regulatory judgement improvement plan (csv)
#    REFUSE: a due date typed "0ct-24" (zero for O)
# ==========================================================================
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ccha():
    fname = ("lg2-cardiff-community-housing-association-regulatory-judgement-improvement-plan-"
             "typo-month-refuse.csv")
    S1 = "PS1 \u2013 Effective board and executive management"
    S4 = "PS4 \u2013 Landlord health and safety compliance"
    S6 = "PS6 \u2013 Repairs and maintenance"
    S9 = "PS9 \u2013 Risk management"
    S2 = "PS2 \u2013 Tenant involvement and co-regulation"
    G1 = "Board assurance and oversight of key risks"
    G4 = "Assurance on fire, gas, electrical, water, asbestos and lift safety"
    G6 = "Repairs backlog and damp and mould case management"
    G9 = "Risk management framework and risk appetite"
    G2 = "Tenant voice in Board decision making"
    rows = [
        ("1.1", S1, G1, "Commission an independent governance review and agree an implementation "
         "timetable with the Regulator", "Chair of Board", "Jan-24", "Complete",
         "Review by external governance consultant reported December 2023"),
        ("1.2", S1, G1, "Implement the recommendations of the independent governance review",
         "Chief Executive / Company Secretary", "Dec-24", "Amber",
         "14 of 22 recommendations implemented"),
        ("2.1", S4, G4, "Complete fire risk assessments for all blocks and clear overdue "
         "high-risk remedial actions", "Director of Property Services", "Mar-24", "Complete",
         "All FRAs in date; no overdue high-risk actions"),
        ("2.2", S4, G4, "Introduce monthly compliance reporting to Board covering the six key "
         "safety areas", "Head of Compliance", "Jun-24", "Complete",
         "Compliance dashboard in every Board pack since June"),
        ("3.1", S6, G6, "Reduce the responsive repairs backlog to below 600 open jobs",
         "Director of Property Services", "Nov-24", "Amber", "Backlog 742 at end of August"),
        ("3.2", S6, G6, "Implement a damp and mould case management process with a 10-day "
         "inspection target", "Head of Repairs & Maintenance", "0ct-24", "Green",
         "Process agreed; case management system configuration under way"),
        ("4.1", S9, G9, "Refresh the risk management framework and agree a Board risk appetite "
         "statement", "Director of Finance & Resources", "Sep-24", "Complete",
         "Approved by Board 23 July 2024"),
        ("4.2", S9, G9, "Deliver risk management training for all Board members",
         "Company Secretary", "Oct-24", "Green", "Session booked for 8 October 2024"),
        ("5.1", S2, G2, "Establish a Tenant Scrutiny Panel reporting to Board twice a year",
         "Head of Customer Experience", "Mar-25", "Green", "Eight tenants recruited; training "
         "in November"),
    ]
    lines = [
        "Cardiff Community Housing Association",
        "Regulatory Improvement Plan \u2013 progress report to Board 24 September 2024",
        "Source: Regulatory judgement (Welsh Government) and agreed programme of independent "
        "reviews",
        "",
        "Ref,Performance standard,Regulatory concern,Action,Action owner,Due date,Status,Update",
    ]
    refuse_line = None
    for r in rows:
        lines.append(",".join(csvq(v) for v in r))
        if r[5] == "0ct-24":
            refuse_line = len(lines)
    lines += ["",
              "Status key: Complete = blue; Green = on track; Amber = at risk; Red = off track"]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        fname,
        source=("Imitates a Welsh housing association's regulatory improvement plan, exported as "
                "CSV from its action tracker for a Board progress report, following a Welsh "
                "Government regulatory judgement requiring independent reviews (cf. Inside "
                "Housing on CCHA's judgement: https://insidehousing.co.uk/news/regulator-to-"
                "intervene-in-welsh-housing-association-55521). Copies title lines above the "
                "header, performance standard and regulatory concern repeated on every row, "
                "two posts as owners, Mmm-yy due dates, RAG words with Complete, and a status key "
                "line at the foot."),
        reads=("Nine actions under five performance standards. Action 3.2's due date is typed "
               "'0ct-24' with a zero for the O; in a plan whose other dates are Jan-24 to Mar-25 "
               "it is probably October 2024, but it is a mistyped month in an end cell and a "
               "careful reader stops there and asks."),
        outcome="refuse",
        title="Regulatory Improvement Plan \u2013 progress report to Board 24 September 2024",
        actions=None,
        refuse_at=refuse_line,
    )
    return fname, rows, refuse_line


# ==========================================================================
# 7. City of Wolverhampton Council - strategic risk register Q3 2025/26 (txt, tab-separated)
# ==========================================================================
def make_wolverhampton():
    fname = "lg2-city-of-wolverhampton-council-strategic-risk-register-q3-2025-26.txt"
    H1 = "SR01 \u2013 Financial sustainability"
    H3 = "SR03 \u2013 Cyber security"
    H7 = "SR07 \u2013 Safeguarding adults"
    H11 = "SR11 \u2013 Housing and homelessness demand"
    RL = {"blue": "B", "green": "G", "amber": "A", "red": "R", "unrated": ""}
    groups = [
        (H1, [
            (A("SR01.1", [H1],
               "Deliver the 2026/27 budget savings programme of \u00a314.6 million, with monthly "
               "tracking at Strategic Executive Board", ["Director of Finance"], "2026-03",
               "amber"),
             "Director of Finance", "Mar-26",
             "\u00a311.2 million of savings rated green or blue; remainder has mitigation plans"),
            (A("SR01.2", [H1],
               "Refresh the Medium Term Financial Strategy to 2029/30 and present it to Cabinet",
               ["Head of Strategic Finance"], "2026-02", "green"),
             "Head of Strategic Finance", "25/02/2026", "On course for the February Cabinet"),
            (A("SR01.3", [H1],
               "Review fees and charges against inflation and benchmark them with other West "
               "Midlands authorities", ["Head of Strategic Finance", "Head of Commercial Services"],
               "2026-03", "green"),
             "Head of Strategic Finance; Head of Commercial Services", "Q4 2025/26",
             "Benchmarking data received from 5 of 7 authorities"),
        ]),
        (H3, [
            (A("SR03.1", [H3],
               "Complete the migration of the remaining on-premise servers to the cloud tenancy",
               ["Head of IT Infrastructure"], "2026-04", "amber"),
             "Head of IT Infrastructure", "30/04/2026",
             "Two legacy line-of-business systems remain; supplier engaged"),
            (A("SR03.2", [H3], "Run a cyber incident exercise with the Strategic Executive Board",
               ["Director of Digital and IT"], "2026-01", "blue"),
             "Director of Digital and IT", "Jan-26", "Exercise held 14 January 2026"),
            (A("SR03.3", [H3],
               "Maintain mandatory cyber awareness training completion above 95%",
               ["Head of Information Governance"], None, "green", end_text="Ongoing"),
             "Head of Information Governance", "Ongoing", "Completion 96.2% at December"),
        ]),
        (H7, [
            (A("SR07.1", [H7], "Embed the new adult safeguarding front door triage model",
               ["Principal Social Worker (Adults)"], "2025-12", "blue"),
             "Principal Social Worker (Adults)", "Dec-25", "Live from 1 December 2025"),
            (A("SR07.2", [H7],
               "Audit 30 section 42 enquiries each quarter and report themes to the Safeguarding "
               "Adults Board", ["Head of Safeguarding", "Principal Social Worker (Adults)"], None,
               "green", end_text="Quarterly"),
             "Head of Safeguarding / Principal Social Worker (Adults)", "Quarterly",
             "Q3 audit complete; themes reported to the January Board"),
        ]),
        (H11, [
            (A("SR11.1", [H11],
               "Open 60 units of council-owned temporary accommodation to reduce bed and "
               "breakfast use", ["Director of City Housing"], "2026-06", "red"),
             "Director of City Housing", "June 2026",
             "First 24 units delayed by contractor insolvency; revised programme being prepared"),
            (A("SR11.2", [H11],
               "Introduce a prevention-first homelessness pathway with Wolverhampton Homes",
               ["Service Manager \u2013 Homelessness and Housing Options"], "2026-03", "amber"),
             "Service Manager \u2013 Homelessness and Housing Options", "31/03/2026",
             "Pathway designed; recruitment to two prevention officer posts under way"),
            (A("SR11.3", [H11], "Review the allocations policy and consult on changes",
               ["Head of Housing Strategy"], "2026-09", "unrated"),
             "Head of Housing Strategy", "Sept 2026", "Not started \u2013 due to begin April 2026"),
        ]),
    ]
    L = [
        "City of Wolverhampton Council",
        "Strategic Risk Register \u2013 Quarter 3 2025/26 (position at 31 December 2025)",
        "Reported to Audit and Risk Committee, 9 March 2026",
        "",
        "RISK SUMMARY",
        "\t".join(["Risk ref", "Risk", "Risk owner", "Current score", "Target score",
                   "Direction of travel"]),
        "\t".join(["SR01", "Financial sustainability", "Director of Finance", "20 (Red)",
                   "12 (Amber)", "Unchanged"]),
        "\t".join(["SR03", "Cyber security", "Director of Digital and IT", "16 (Red)", "9 (Amber)",
                   "Unchanged"]),
        "\t".join(["SR07", "Safeguarding adults", "Director of Adult Social Services", "12 (Amber)",
                   "8 (Amber)", "Reducing"]),
        "\t".join(["SR11", "Housing and homelessness demand", "Director of City Housing",
                   "16 (Red)", "12 (Amber)", "Increasing"]),
        "",
        "FURTHER MITIGATING ACTIONS",
        "\t".join(["Ref", "Further mitigating action", "Action owner", "Target date", "RAG",
                   "Q3 update"]),
    ]
    actions = []
    for head, items in groups:
        L.append(head)
        for rec, owner, target, update in items:
            actions.append(rec)
            L.append("\t".join([rec["ref"], rec["action"], owner, target, RL[rec["status"]],
                                update]))
    L += ["",
          "RAG: B = complete; G = on track; A = some risk to delivery; R = off track; "
          "blank = not yet started",
          "Scores are likelihood x impact on a 5 x 5 matrix."]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        fname,
        source=("Imitates a metropolitan council's strategic risk register as a tab-separated text "
                "export for Audit and Risk Committee (risk registers with current and target "
                "scores, specific further actions with owner, target date and status, as in "
                "Reading's SRR reports: https://democracy.reading.gov.uk/mgAi.aspx?ID=13423). "
                "Copies title lines, a risk summary block with owners and scores, then a block of "
                "further mitigating actions with each risk as a single-cell heading line, numbered "
                "actions under it, one or two posts as owners, dates as Mmm-yy, dd/mm/yyyy, "
                "Q4 2025/26, a month, Ongoing and Quarterly, B/G/A/R letters (blank = not "
                "started) and a key line at the foot."),
        reads=("Eleven mitigating actions under four strategic risks. The risk summary rows at the "
               "top (with owners and scores) are not actions, nor are the key and scoring note at "
               "the end; each action is read under its risk heading line and its RAG letter gives "
               "the status."),
        outcome="read",
        title="Strategic Risk Register \u2013 Quarter 3 2025/26 (position at 31 December 2025)",
        actions=actions,
    )
    return fname, actions


if __name__ == "__main__":
    made = [make_derbyshire(), make_wmfs(), make_bexley(), make_monmouthshire(), make_telford(),
            make_ccha(), make_wolverhampton()]
    for m in made:
        print(m[0])
