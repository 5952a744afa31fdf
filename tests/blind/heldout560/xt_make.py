"""Build the seven xt- blind test files of set heldout560 and their expected readings.

Run with /work/main/.venv/bin/python xt_make.py (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "xt-" in this folder.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (BLUE, GREEN, AMBER, RED)}
GREY = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
DARK = PatternFill("solid", start_color="1F3864", end_color="1F3864")
MOSS = PatternFill("solid", start_color="375623", end_color="375623")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. North York Moors NPA - peer review improvement plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
def nym():
    name = "xt-north-york-moors-npa-peer-review-improvement-plan.xlsx"
    title = "Peer Review Improvement Plan 2024–26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "North York Moors National Park Authority"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = ("Response to the National Park Authority peer review carried out on 12–14 November 2024 "
                "by a team from National Parks England.")
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    rows = [("Version", "1.3"), ("Date", "22/09/2025"), ("Owner", "Director of Corporate Services"),
            ("Reviewed by", "Senior Management Team"),
            ("Reported to", "Finance, Risk, Audit and Standards Committee – 6 October 2025"),
            ("Next review", "March 2026")]
    for i, (k, v) in enumerate(rows, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    box_range(cv, "A6:B11")
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – remedial action in hand"),
           (RED, "Off track – Member attention needed")]
    for i, (c, txt) in enumerate(key, start=14):
        cv.cell(i, 1).fill = FILL[c]
        cv.cell(i, 2, txt)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 70

    th1 = "Theme 1: Purpose, vision and ambition"
    th2 = "Theme 2: Governance and decision-making"
    th3 = "Theme 3: Organisational capacity and resources"
    r1 = ("R1: Refresh the Authority’s corporate plan so that the ambitions of the National Park Management "
          "Plan are translated into a small number of measurable priorities.")
    r2 = ("R2: Develop a clearer approach to working with farmers and land managers on the transition to "
          "the new environmental land management schemes.")
    r3 = ("R3: Review the Member induction and development programme, including the role of Secretary of "
          "State and parish Members.")
    r4 = "R4: Strengthen the Planning Committee’s oversight of the enforcement caseload and performance."
    r5 = ("R5: Produce a medium-term workforce plan that addresses recruitment and retention difficulties "
          "in specialist roles.")
    # (ref, action, lead, target, revised, progress, fill, status, end)
    plan = [
        ("theme", th1),
        ("rec", r1, [
            ("1.1", "Prepare a Corporate Plan 2025–28 with no more than six priorities and a published set of "
                    "outcome measures.", "Chief Executive (National Park Officer)", d("31/03/2025"),
             d("30/06/2025"), "Corporate Plan adopted by the Authority on 23 June 2025.", BLUE, "blue", "2025-06"),
            ("1.2", "Report performance against the new measures to each meeting of the Finance, Risk, Audit "
                    "and Standards Committee.", "Director of Corporate Services", d("30/09/2025"), None,
             "First quarterly report presented in September 2025; format to be refined following Member "
             "feedback.", GREEN, "green", "2025-09"),
        ]),
        ("rec", r2, [
            ("2.1", "Establish a Farming and Land Management Advisory Group with representation from the NFU, "
                    "CLA and Moorland Association.", "Director of Conservation", d("31/12/2024"), None,
             "Group met for the first time in February 2025 and now meets quarterly.", BLUE, "blue", "2024-12"),
            ("2.2", "Deliver a targeted advice offer to 150 holdings on Countryside Stewardship Higher Tier "
                    "applications.", "Head of Land Management / Farming in Protected Landscapes Officer",
             d("31/03/2026"), None, "87 holdings supported to date; capacity reduced by a vacancy since July.",
             AMBER, "amber", "2026-03"),
        ]),
        ("theme", th2),
        ("rec", r3, [
            ("3.1", "Redesign the Member induction programme ahead of the 2025 appointments round, including a "
                    "site-based session on planning and enforcement.", "Solicitor and Monitoring Officer",
             d("30/04/2025"), None, "New programme delivered to five new Members in May and June 2025.",
             BLUE, "blue", "2025-04"),
            ("3.2", "Introduce an annual Member development needs survey and a rolling training calendar.",
             "Solicitor and Monitoring Officer", d("30/09/2025"), "December 2025",
             "Survey issued August 2025; low response so reissued with a closing date of 31 October.",
             AMBER, "amber", "2025-12"),
        ]),
        ("rec", r4, [
            ("4.1", "Provide a six-monthly enforcement performance report to Planning Committee, including the "
                    "age profile of open cases.", "Head of Development Management", d("31/01/2025"), None,
             "Reports made in January and July 2025; now part of the Committee’s work programme.",
             BLUE, "blue", "2025-01"),
        ]),
        ("theme", th3),
        ("rec", r5, [
            ("5.1", "Complete a workforce profile and identify critical roles at risk of single points of "
                    "failure.", "Head of HR", d("31/03/2025"), None, "Completed and reported to SMT in March "
             "2025.", BLUE, "blue", "2025-03"),
            ("5.2", "Agree a recruitment and retention package for hard-to-fill specialist posts, including "
                    "market supplements where justified.", "Director of Corporate Services / Head of HR",
             d("30/09/2025"), d("31/01/2026"), "Delayed pending the outcome of national pay negotiations; "
             "report to the Authority in January 2026.", RED, "red", "2026-01"),
            ("5.3", "Launch an apprenticeship and trainee ranger scheme linked to the workforce plan.",
             "Head of HR", d("30/04/2026"), None, "Two apprentice ranger posts advertised for an April 2026 "
             "start.", GREEN, "green", "2026-04"),
        ]),
    ]
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Complete", "On track", "Slippage", "Off track"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = MOSS
    sm_rows = [("Theme 1", 4, 2, 1, 1, 0), ("Theme 2", 3, 2, 0, 1, 0), ("Theme 3", 3, 1, 1, 0, 1),
               ("Total", 10, 5, 2, 2, 1)]
    for i, r in enumerate(sm_rows, start=4):
        for j, v in enumerate(r, 1):
            sm.cell(i, j, v)
    sm.cell(7, 1).font = Font(bold=True)
    box_range(sm, "A3:F7")
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Peer Review Improvement Plan 2024–26 – progress at September 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Peer review recommendation", "Action", "Lead officer", "Target date", "Revised date",
             "Progress (September 2025)", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = MOSS
        c.alignment = WRAP
        c.border = BOX
    row = 4
    actions = []
    theme = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row, 1, theme)
            c.font = Font(bold=True)
            c.fill = GREY
            row += 1
            continue
        _, rec, acts = item
        first = row
        for (ref, text, lead, target, revised, progress, fill, status, end) in acts:
            ws.cell(row, 1, ref)
            ws.cell(row, 3, text)
            ws.cell(row, 4, lead)
            t = ws.cell(row, 5, target)
            t.number_format = "dd/mm/yyyy"
            if revised is not None:
                rv = ws.cell(row, 6, revised)
                if isinstance(revised, datetime):
                    rv.number_format = "dd/mm/yyyy"
            ws.cell(row, 7, progress)
            ws.cell(row, 8).fill = FILL[fill]
            for j in range(1, 9):
                ws.cell(row, j).border = BOX
                ws.cell(row, j).alignment = WRAP
            actions.append(act(ref, [theme, rec], text, [x.strip() for x in lead.split(" / ")], end, status))
            row += 1
        ws.cell(first, 2, rec)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        ws.cell(first, 2).alignment = WRAP
    row += 1
    ws.cell(row, 1, "Note: actions shown as complete (blue) will be removed from the plan once they have been "
                    "reported to the Authority.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 40, 48, 26, 12, 13, 40, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the improvement plans English national park authorities publish after a National "
                   "Park Authority peer review (e.g. the Broads Authority's NPA performance assessment "
                   "improvement plan, Dartmoor/New Forest peer review action plans), reported to the audit "
                   "committee. Copied features: a cover sheet with document-control table and a colour RAG "
                   "key, a summary sheet of counts by theme, the plan sheet with merged theme band rows, the "
                   "peer review recommendation merged down beside its actions, target and revised dates, "
                   "progress comments, job titles as leads (one with two posts split by a slash) and a RAG "
                   "column shown by fill colour only; a note line under the table."),
        "reads": ("A workbook whose third sheet is the improvement plan: three themes, five peer review "
                  "recommendations and ten numbered actions, each with a lead officer, target date (some "
                  "revised), progress note and a RAG cell coloured blue, green, amber or red with no text. The "
                  "cover and summary sheets hold document control, the RAG key and totals only."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. National Grid Electricity Transmission - North Hyde lessons learned (xlsx)
# ---------------------------------------------------------------------------
def nget():
    name = ("xt-national-grid-electricity-transmission-north-hyde-substation-fire-"
            "lessons-learned-action-plan.xlsx")
    title = "North Hyde Substation Fire (20–21 March 2025) – Lessons Learned Action Plan"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for j, h in enumerate(hdr, 1):
        dc.cell(3, j, h).font = Font(bold=True)
    vers = [("0.1", "30/06/2025", "Lessons Learned Lead", "First draft following publication of the review"),
            ("1.0", "18/07/2025", "Lessons Learned Lead", "Approved by the NGET Executive Committee"),
            ("1.1", "30/09/2025", "Lessons Learned Lead", "Q2 progress update; revised dates for A1.2")]
    for i, r in enumerate(vers, start=4):
        for j, v in enumerate(r, 1):
            dc.cell(i, j, v)
    box_range(dc, "A3:D6")
    dc["A8"] = "Distribution: NGET Executive Committee; NGET Board Safety and Resilience Committee; Ofgem (on request)"
    for col, w in zip("ABCD", (10, 12, 22, 50)):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "National Grid Electricity Transmission plc"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Response to the recommendations of the independent North Hyde review – position at 30 September 2025"
    heads = ["Review recommendation", "Action ref", "Action", "Owner", "Original due", "Revised due",
             "Prev. RAG", "Current RAG", "Progress / evidence"]
    HR = 5
    for j, h in enumerate(heads, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = DARK
        c.alignment = WRAP
        c.border = BOX
    sA = "A. Asset health and fire risk"
    sB = "B. Incident response and communications"
    sC = "C. Resilience of critical customer connections"
    recA1 = ("A1 – Identify, investigate and resolve outstanding asset-health defects on transmission "
             "equipment, prioritising those at sites serving critical national infrastructure.")
    recA2 = "A2 – Review the fire risk assessment and fire protection arrangements at all substations with oil-filled equipment."
    recB1 = ("B1 – Improve the timeliness and clarity of communication with affected customers and government "
             "during transmission incidents.")
    recC1 = ("C1 – Work with directly connected customers so that they understand the level of resilience "
             "provided by their connection arrangements.")
    # (ref, action, owner, orig, revised, prev, cur, progress, leads, end, status, end_text)
    plan = [
        ("sec", sA),
        ("rec", recA1, [
            ("A1.1", "Complete a risk-ranked review of all open moisture-in-oil and dissolved gas analysis alerts "
                     "on supergrid transformers and bushings.", "Head of Asset Health", d("31/07/2025"), None,
             "A", "B", "Review complete; 14 alerts escalated and closed out. Evidence pack AH-014.",
             ["Head of Asset Health"], "2025-07", "blue", None),
            ("A1.2", "Introduce a maximum closure time for high-criticality asset-health defects, with weekly "
                     "escalation to the Asset Management Director.", "Asset Management Director",
             d("30/09/2025"), d("31/12/2025"), "G", "A",
             "Standard drafted; system change to the defect database needed before go-live.",
             ["Asset Management Director"], "2025-12", "amber", None),
        ]),
        ("rec", recA2, [
            ("A2.1", "Commission independent fire risk assessments at the 40 highest-consequence sites.",
             "Head of Safety, Health & Environment", d("31/10/2025"), None, "G", "G",
             "Assessor appointed; 26 of 40 sites assessed.", ["Head of Safety, Health & Environment"],
             "2025-10", "green", None),
            ("A2.2", "Develop a fire suppression and separation retrofit programme, with costed options for the "
                     "RIIO-T3 re-opener submission.", "Director of Network Investment / Head of Regulatory Strategy",
             "Q1 2026/27", None, "G", "G", "Option appraisal under way; engagement with Ofgem planned.",
             ["Director of Network Investment", "Head of Regulatory Strategy"], "2026-06", "green", None),
        ]),
        ("sec", sB),
        ("rec", recB1, [
            ("B1.1", "Revise the major incident communications protocol to set initial notification times for "
                     "directly connected customers, DESNZ and NESO.", "Head of Corporate Affairs",
             d("31/08/2025"), None, "G", "B", "Protocol v3 issued 22 August 2025.", ["Head of Corporate Affairs"],
             "2025-08", "blue", None),
            ("B1.2", "Run a joint exercise with the airport operator, the distribution network operator and NESO "
                     "to test the revised protocol.", "Emergency Planning Manager", "Nov-25", None, None, "G",
             "Exercise date fixed for 19 November.", ["Emergency Planning Manager"], "2025-11", "green", None),
        ]),
        ("sec", sC),
        ("rec", recC1, [
            ("C1.1", "Write to all directly connected customers and DNOs setting out the design resilience of "
                     "their supply points and how to request changes.", "Customer Connections Director",
             d("30/11/2025"), None, "G", "G", "Template letter agreed; issue planned for early November.",
             ["Customer Connections Director"], "2025-11", "green", None),
            ("C1.2", "Publish a resilience statement for critical national infrastructure sites as part of the "
                     "annual network statement.", "Customer Connections Director", "March 2026", None, None,
             "Not started", "Due to start January 2026.", ["Customer Connections Director"], "2026-03",
             "unrated", None),
            ("C1.3", "Review, with NESO, the planning standards applied to connections serving critical national "
                     "infrastructure and report the findings to Ofgem.", "Head of Network Design; NESO Head of Codes",
             "TBC", None, "A", "A", "Terms of reference with NESO not yet agreed.",
             ["Head of Network Design", "NESO Head of Codes"], None, "amber", "TBC"),
        ]),
    ]
    row = HR + 1
    actions = []
    sec = None
    for item in plan:
        if item[0] == "sec":
            sec = item[1]
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            c = ws.cell(row, 1, sec)
            c.font = Font(bold=True)
            c.fill = GREY
            row += 1
            continue
        _, rec, acts = item
        first = row
        for (ref, text, owner, orig, rev, prev, cur, prog, leads, end, status, et) in acts:
            vals = [None, ref, text, owner, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, 1):
                if v is None:
                    continue
                c = ws.cell(row, j, v)
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            for j in range(1, 10):
                ws.cell(row, j).border = BOX
                ws.cell(row, j).alignment = WRAP
            for j, v in ((7, prev), (8, cur)):
                if v in ("G", "A", "R", "B"):
                    ws.cell(row, j).fill = FILL[{"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}[v]]
                    ws.cell(row, j).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(act(ref, [sec, rec], text, leads, end, status, et))
            row += 1
        ws.cell(first, 1, rec)
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(first, 1).alignment = WRAP
    row += 1
    ws.cell(row, 1, "RAG key: B – complete and evidenced; G – on track; A – at risk, recovery plan in place; "
                    "R – off track, escalated to Executive Committee.")
    ws.cell(row + 1, 1, "Actions are closed only when the evidence has been reviewed by the Lessons Learned Lead "
                        "and Group Internal Audit.")
    for col, w in zip("ABCDEFGHI", (42, 9, 50, 26, 12, 12, 8, 10, 40)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the lessons-learned action plans that regulated network companies keep in response to "
                   "a regulator- or government-commissioned incident review (cf. the distribution network "
                   "operators' Storm Arwen action plans reported to Ofgem), here for NGET after the March 2025 "
                   "North Hyde substation fire. Copied features: a document-control sheet, a title block above "
                   "the table, lettered section band rows, each review recommendation merged down beside its "
                   "actions, action refs, original and revised due dates, previous and current RAG letters with "
                   "matching fills, a financial-year quarter (Q1 2026/27), 'TBC' and month-text due dates, two "
                   "owners in one cell (slash or semicolon), a 'Not started' status and a RAG key and notes line "
                   "below the table."),
        "reads": ("The second sheet is an action plan of nine actions in three lettered sections, each under a "
                  "numbered review recommendation, with owner, original and (for one) revised due date and a "
                  "previous and current RAG. The first sheet is only document control."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. East West Rail Company - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def ewr():
    name = "xt-east-west-rail-company-programme-highlight-report.xlsx"
    title = "Programme Highlight Report – Connection Stages 2 and 3"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:I1")
    ws["A1"] = "East West Rail Company"
    ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    ws["A1"].fill = DARK
    ws.merge_cells("A2:I2")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    info = [("Reporting period", "1–31 October 2025"), ("Report to", "EWR Co Investment Committee – 13 November 2025"),
            ("Senior Responsible Owner", "Director, East West Rail (DfT)"), ("Programme Director", "J. Okafor"),
            ("Overall delivery confidence – previous", "Amber"), ("Overall delivery confidence – current", "Amber/Red")]
    r = 4
    for k, v in info:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 3, v)
        r += 1
    ws["C8"].fill = FILL[AMBER]
    ws["C9"].fill = PatternFill("solid", start_color="FF7C80", end_color="FF7C80")
    r += 1
    ws.cell(r, 1, "Key achievements this period").font = Font(bold=True)
    r += 1
    for line in ["• Ground investigation package GI3 completed on programme and within budget.",
                 "• Statutory consultation feedback report published and briefed to local MPs.",
                 "• Joint working agreement signed with Bedford Borough Council on station area planning."]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, line)
        r += 1
    r += 1
    ws.cell(r, 1, "Key milestones").font = Font(bold=True, size=12)
    r += 1
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Prev RAG", "Current RAG", "Commentary"]
    HR = r
    for j, h in enumerate(heads, 1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = DARK
        c.alignment = WRAP
        c.border = BOX
    w1 = "Consents and environment"
    w2 = "Design and engineering"
    w3 = "Land and property"
    # (ref, milestone, owner, baseline, forecast, prev, cur, comment, leads, end, status)
    ms = [
        ("ws", w1),
        ("M01", "Submit the Development Consent Order application for Connection Stages 2 and 3 to the Planning "
                "Inspectorate", "Head of Consents", d("31/03/2026"), d("30/06/2026"), "A", "A",
         "Forecast moved to reflect late design freeze at Bedford (see M04).", ["Head of Consents"], "2026-06", "amber"),
        ("M02", "Complete the final draft Environmental Statement for DCO submission", "Environment Lead",
         d("31/12/2025"), d("30/01/2026"), "G", "A", "Dependent on M04 design freeze.", ["Environment Lead"],
         "2026-01", "amber"),
        ("M03", "Publish the consultation feedback report on the 2024 statutory consultation",
         "Head of Consents / Community Relations Manager", d("31/07/2025"), d("31/07/2025"), "G", "Complete",
         "Published 24 July 2025.", ["Head of Consents", "Community Relations Manager"], "2025-07", "blue"),
        ("ws", w2),
        ("M04", "Freeze the reference design for the Bedford station interventions", "Chief Engineer",
         d("30/09/2025"), d("28/11/2025"), "A", "R",
         "Track layout options still under review with Network Rail; escalated to Investment Committee.",
         ["Chief Engineer"], "2025-11", "red"),
        ("M05", "Issue Tempsford and Cambourne station concept designs for stakeholder review",
         "Design Manager (Stations)", d("30/11/2025"), d("30/11/2025"), "G", "G", "On programme.",
         ["Design Manager (Stations)"], "2025-11", "green"),
        ("M06", "Complete ground investigation works package GI3 (Bedford to Tempsford)",
         "Head of Engineering Delivery", d("31/10/2025"), d("31/10/2025"), "G", "Complete",
         "Completed 17 October 2025; factual report due December.", ["Head of Engineering Delivery"], "2025-10",
         "blue"),
        ("ws", w3),
        ("M07", "Issue land referencing notices to all landowners on the preferred alignment",
         "Head of Land and Property", d("31/01/2026"), d("31/03/2026"), "G", "A",
         "Contact details outstanding for c.40 plots; additional referencing resource procured.",
         ["Head of Land and Property"], "2026-03", "amber"),
        ("M08", "Agree policy statements for the non-statutory discretionary compensation schemes with DfT",
         "Head of Land and Property; DfT Sponsor Team", "Q4 2025/26", None, "G", "G",
         "Draft statements with DfT for comment.", ["Head of Land and Property", "DfT Sponsor Team"], "2026-03",
         "green"),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    row = HR + 1
    actions = []
    wsn = None
    for m in ms:
        if m[0] == "ws":
            wsn = m[1]
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row, 1, wsn)
            c.font = Font(bold=True, italic=True)
            c.fill = GREY
            row += 1
            continue
        ref, text, owner, base, fc, prev, cur, com, leads, end, status = m
        for j, v in enumerate([ref, text, owner, base, fc, prev, cur, com], 1):
            if v is None:
                continue
            c = ws.cell(row, j, v)
            if isinstance(v, datetime):
                c.number_format = "dd-mmm-yy"
        for j in range(1, 9):
            ws.cell(row, j).border = BOX
            ws.cell(row, j).alignment = WRAP
        ws.cell(row, 7).fill = FILL[rag_fill[cur]]
        actions.append(act(ref, [wsn], text, leads, end, status))
        row += 1
    row += 1
    ws.cell(row, 1, "Finance (£m)").font = Font(bold=True, size=12)
    row += 1
    fin_h = ["", "Budget 2025/26", "Actual to date", "Forecast outturn", "Variance"]
    for j, h in enumerate(fin_h, 1):
        ws.cell(row, j, h).font = Font(bold=True)
    fin = [("Development (RDEL)", 62.4, 31.8, 60.9, -1.5), ("Land (CDEL)", 18.0, 4.2, 15.5, -2.5),
           ("Total", 80.4, 36.0, 76.4, -4.0)]
    for k, f in enumerate(fin, start=row + 1):
        for j, v in enumerate(f, 1):
            ws.cell(k, j, v)
    box_range(ws, f"A{row}:E{row + 3}")
    row += 5
    ws.cell(row, 1, "Decisions required: Investment Committee is asked to note the red status of M04 and the "
                    "consequential forecast for DCO submission (M01).")
    ws.cell(row + 1, 1, "RAG: G – on track to baseline; A – forecast later than baseline, recoverable; "
                        "R – forecast later than baseline, not recoverable without intervention.")
    for col, w in zip("ABCDEFGH", (8, 52, 26, 13, 13, 9, 11, 44)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a one-page monthly programme highlight report of the kind arm's-length bodies and "
                   "government companies take to their investment committees and sponsor departments (IPA-style "
                   "delivery confidence, milestone table with baseline and forecast dates). Copied features: a "
                   "title block, a key-information grid with previous and current overall delivery confidence "
                   "(coloured), bulleted achievements, a milestone table split by workstream band rows with "
                   "baseline and forecast dates, previous and current RAG (current also as fill), two owners in "
                   "one cell, a financial-year quarter as a date, a finance summary block, a decisions line and "
                   "a RAG key."),
        "reads": ("A single-sheet highlight report. The plan content is the milestone table: eight milestones "
                  "M01–M08 under three workstreams, each with an owner, baseline and forecast date and previous "
                  "and current RAG; the header grid, achievements, finance block and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads, color="1F3864"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, color)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None


# ---------------------------------------------------------------------------
# 4. Bablake School - ISI inspection action plan (docx, table per section)
# ---------------------------------------------------------------------------
def bablake():
    name = "xt-bablake-school-isi-inspection-action-plan.docx"
    title = "ISI Inspection (November 2024) – Post-Inspection Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Bablake School")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection dates: 12–14 November 2024. Report published: 16 January 2025. This plan was "
                      "approved by the Education Committee of the Board of Governors on 4 February 2025 and is "
                      "reviewed at the end of each term.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for i, rowv in enumerate([("1.0", "04/02/2025", "Deputy Head (Academic)", "Approved by Education Committee"),
                              ("1.1", "10/06/2025", "Deputy Head (Academic)", "Summer term update")], start=1):
        for j, v in enumerate(rowv):
            set_cell(t.rows[i].cells[j], v)
    doc.add_paragraph("RAG key: B = completed; G = on track; A = some delay, action in hand; R = significant "
                      "concern, report to governors.")

    heads = ["Ref", "Recommended next step", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
    s1 = "1. Leadership and management, and governance"
    s2 = "2. Quality of education, training and recreation"
    s3 = "3. Pupils’ physical and mental health and emotional wellbeing"
    s4 = "4. Pupils’ social and economic education and contribution to society"
    s5 = "5. Safeguarding"
    rec1 = ("Leaders should ensure that the new approach to monitoring the quality of teaching is applied "
            "consistently across all departments, so that leaders have an accurate picture of strengths and "
            "areas for development.")
    rec2 = ("Leaders should ensure that teachers consistently adapt tasks for pupils who speak English as an "
            "additional language (EAL), so that these pupils make the same rapid progress as their peers.")
    rec3 = ("Leaders should refine the systems for recording minor pastoral concerns so that patterns of "
            "low-level behaviour are identified and addressed at an earlier stage.")
    rec5 = ("Governors’ action: strengthen governors’ oversight of safeguarding through regular, documented "
            "checks of the single central record.")
    # (ref, action, lead, timescale, success, rag, leads, end, status, end_text)
    sections = [
        (s1, None, [(rec1, [
            ("1a", "Introduce a common lesson-visit framework and calendar for all heads of department.",
             "Deputy Head (Academic)", "January 2025", "Calendar published; all departments complete two cycles "
             "of visits.", "B", ["Deputy Head (Academic)"], "2025-01", "blue", None),
            ("1b", "Moderate a sample of lesson-visit records each half term through the Academic Leadership "
                   "Group.", "Deputy Head (Academic) / Assistant Head (Teaching and Learning)", "Summer term 2025",
             "Moderation notes show consistent judgements across departments.", "G",
             ["Deputy Head (Academic)", "Assistant Head (Teaching and Learning)"], "2025-07", "green", None),
        ])]),
        (s2, None, [(rec2, [
            ("2a", "Provide whole-staff training on scaffolding strategies for EAL learners on the January INSET "
                   "day.", "EAL Co-ordinator", "January 2025", "All teaching staff trained; follow-up survey "
                   "shows increased confidence.", "B", ["EAL Co-ordinator"], "2025-01", "blue", None),
            ("2b", "Add EAL stage information to pupil profiles in the school information system and require "
                   "departments to reference it in schemes of work.", "Head of Learning Support",
             "Autumn term 2025", "EAL stage visible to all teachers; schemes of work audited in December.", "A",
             ["Head of Learning Support"], "2025-12", "amber", None),
        ])]),
        (s3, None, [(rec3, [
            ("3a", "Extend the online pastoral recording system to all tutors and train them in categorising "
                   "low-level concerns.", "Deputy Head (Pastoral)", "By 28 February 2025",
             "All tutors logging concerns; categories used consistently.", "B", ["Deputy Head (Pastoral)"],
             "2025-02", "blue", None),
            ("3b", "Produce a half-termly pastoral trends report for the Senior Leadership Team and the Pastoral "
                   "and Safeguarding Committee of governors.", "Deputy Head (Pastoral)", "Half-termly",
             "Reports received and minuted; early interventions recorded.", "G", ["Deputy Head (Pastoral)"],
             None, "green", "Half-termly"),
        ])]),
        (s4, "No recommended next steps were identified in this area. The school will continue to develop its "
             "careers and enterprise programme through the School Development Plan.", []),
        (s5, "The school’s safeguarding arrangements were judged to meet the Standards. Governors agreed the "
             "following additional action after the inspection feedback meeting.", [(rec5, [
                 ("5a", "The nominated safeguarding governor to carry out and minute a termly check of the "
                        "single central record with the Bursar.", "Nominated Safeguarding Governor", "Termly",
                  "Termly checks minuted at the Pastoral and Safeguarding Committee.", "G",
                  ["Nominated Safeguarding Governor"], None, "green", "Termly"),
             ])]),
    ]
    actions = []
    for sec, para, recs in sections:
        doc.add_heading(sec, level=2)
        if para:
            doc.add_paragraph(para)
        if not recs:
            continue
        n = sum(len(a) for _, a in recs)
        tb = doc.add_table(rows=1 + n, cols=len(heads))
        tb.style = "Table Grid"
        header_row(tb, heads, "D9E2F3")
        ri = 1
        for rec, acts in recs:
            first = ri
            for (ref, text, lead, ts, sc, rag, leads, end, status, et) in acts:
                cells = tb.rows[ri].cells
                for j, v in ((0, ref), (2, text), (3, lead), (4, ts), (5, sc), (6, rag)):
                    set_cell(cells[j], v)
                actions.append(act(ref, [sec, rec], text, leads, end, status, et))
                ri += 1
            if ri - 1 > first:
                m = tb.cell(first, 1).merge(tb.cell(ri - 1, 1))
            else:
                m = tb.cell(first, 1)
            set_cell(m, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Headmaster ..............................  Chair of the Education Committee "
                      "..............................")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the post-inspection action plans independent schools draw up after an ISI routine "
                   "inspection under the September 2023 framework, whose reports give 'recommended next steps' "
                   "under the framework's sections (leadership and management, and governance; quality of "
                   "education; pupils' wellbeing; social and economic education; safeguarding). Copied "
                   "features: school name and plan heading, an inspection/approval paragraph, a version table, a "
                   "RAG key with B = completed, one Word table per framework section under a numbered heading, "
                   "the recommended next step merged down beside its actions, job titles as leads (two posts split "
                   "by a slash), school-term and 'Termly'/'Half-termly' timescales, a section with no "
                   "recommendations (text only) and a sign-off line."),
        "reads": ("A Word action plan: five numbered sections of the ISI framework; four of them have a table "
                  "giving the recommended next step (or governors' action) and two or one actions with lead, "
                  "timescale, success criteria and a RAG letter; section 4 has no actions. Seven actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Blue Cross - Board of Trustees rolling action log (docx)
# ---------------------------------------------------------------------------
def bluecross():
    name = "xt-blue-cross-board-of-trustees-action-log.docx"
    title = "Board of Trustees – Rolling Action Log"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Blue Cross")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Meeting of the Board of Trustees, Thursday 11 December 2025 – Paper B2. Prepared by the Head "
                      "of Governance.")
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = at risk of missing the due date; "
                      "Red = overdue.")
    pa = "Part A – Open actions"
    pb = "Part B – Actions completed since the last meeting (to be removed from the log)"
    m1 = "Board meeting – 26 June 2025"
    m2 = "Board meeting – 25 September 2025"
    # (no, minute, action, owner, due, rag, update, leads, end, status, end_text)
    open_groups = [
        (m1, [
            ("25/14", "4.2", "Bring the revised reserves policy to the Board following review by the Finance and "
                             "Audit Committee.", "Director of Finance and Resources", "Dec-25", "Green",
             "On the agenda for this meeting (Paper C1).", ["Director of Finance and Resources"], "2025-12",
             "green", None),
            ("25/17", "7.1", "Commission an external review of the animal welfare incident reporting process "
                             "across rehoming centres and animal hospitals.", "Chief Veterinary Officer",
             "Sept 2025", "Red", "Procurement took longer than planned; reviewer now appointed and the Chair "
             "will be asked to agree a new date.", ["Chief Veterinary Officer"], "2025-09", "red", None),
        ]),
        (m2, [
            ("25/21", "3.3", "Circulate the outcome of the trustee skills audit and proposed recruitment "
                             "priorities to all trustees.", "Chair / Company Secretary", "Oct-25", "Amber",
             "Draft shared with the Chair; full circulation before Christmas.", ["Chair", "Company Secretary"],
             "2025-10", "amber", None),
            ("25/22", "5.1", "Provide a breakdown of legacy income forecasts by notification stage to inform the "
                             "2026/27 budget.", "Director of Fundraising / Director of Finance and Resources",
             "Mar 2026", "Green", "Analysis under way with the legacy administration team.",
             ["Director of Fundraising", "Director of Finance and Resources"], "2026-03", "green", None),
            ("25/24", "6.2", "Arrange trustee visits to rehoming centres and animal hospitals, with at least one "
                             "visit per trustee each year.", "Head of Governance", "Ongoing", "Green",
             "Four visits completed this quarter; programme for 2026 circulated.", ["Head of Governance"], None,
             "green", "Ongoing"),
            ("25/26", "8.1", "Update the Board on the outcome of the serious incident report made to the Charity "
                             "Commission in August 2025.", "Chief Executive", "Dec-25", "Green",
             "Verbal update at this meeting; Commission has closed the case.", ["Chief Executive"], "2025-12",
             "green", None),
        ]),
    ]
    done = [
        ("25/11", "26 June 2025", "Approve the updated safeguarding policy for children and adults at risk by "
                                  "written resolution.", "Head of Safeguarding", "Jul-25", "Complete"),
        ("25/19", "25 September 2025", "Circulate the final 2024/25 Trustees’ Annual Report and Accounts as filed "
                                       "with the Charity Commission.", "Company Secretary", "Nov-25", "Complete"),
        ("25/20", "25 September 2025", "Add climate and sustainability reporting to the Finance and Audit "
                                       "Committee forward plan.", "Director of Finance and Resources", "Oct-25",
         "Complete"),
    ]
    actions = []
    doc.add_heading(pa, level=2)
    heads = ["No.", "Minute", "Action", "Owner", "Due", "RAG", "Update"]
    nrows = 1 + sum(1 + len(a) for _, a in open_groups)
    tb = doc.add_table(rows=nrows, cols=len(heads))
    tb.style = "Table Grid"
    header_row(tb, heads, "BDD7EE")
    ri = 1
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for meeting, rows in open_groups:
        m = tb.cell(ri, 0).merge(tb.cell(ri, len(heads) - 1))
        set_cell(m, meeting, bold=True)
        shade(m, "F2F2F2")
        ri += 1
        for (no, minute, text, owner, due, rag, upd, leads, end, status, et) in rows:
            cells = tb.rows[ri].cells
            for j, v in enumerate([no, minute, text, owner, due, rag, upd]):
                set_cell(cells[j], v)
            shade(cells[5], rag_col[rag])
            actions.append(act(no, [pa, meeting], text, leads, end, status, et))
            ri += 1
    doc.add_paragraph("")
    doc.add_heading(pb, level=2)
    heads2 = ["No.", "Meeting", "Action", "Owner", "Due", "Status"]
    tb2 = doc.add_table(rows=1 + len(done), cols=len(heads2))
    tb2.style = "Table Grid"
    header_row(tb2, heads2, "BDD7EE")
    month = {"Jul-25": "2025-07", "Nov-25": "2025-11", "Oct-25": "2025-10"}
    for i, (no, mt, text, owner, due, st) in enumerate(done, start=1):
        for j, v in enumerate([no, mt, text, owner, due, st]):
            set_cell(tb2.rows[i].cells[j], v)
        actions.append(act(no, [pb], text, [owner], month[due], "blue"))
    doc.add_paragraph("")
    doc.add_paragraph("Trustees are asked to note progress and agree the removal of the completed actions in Part B.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the rolling action logs charities' boards of trustees publish or circulate with board "
                   "papers (matters arising logs with minute references, owners, due dates and RAG). Copied "
                   "features: charity name, log title and paper reference, a RAG key sentence, Part A open "
                   "actions table grouped by merged meeting-date rows with RAG words and cell shading, job titles "
                   "as owners (including 'Director of Finance and Resources' as one post and slash-separated "
                   "pairs), 'Ongoing' due, and a second table Part B of actions completed since the last meeting "
                   "with a different column set, then a closing note."),
        "reads": ("A board action log in two tables: six open actions grouped under the June and September 2025 "
                  "board meetings with owner, due date, RAG and update, and three completed actions listed for "
                  "removal. Nine actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Greater Essex CCA - internal audit tracker (csv) - typo month, refuse
# ---------------------------------------------------------------------------
def gecca():
    name = "xt-greater-essex-cca-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    cols = 11
    heads = ["Audit", "Assurance", "Rec", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date", "Status", "Comment"]
    pad = lambda first: [first] + [""] * (cols - 1)
    rows = [
        pad("Greater Essex Combined County Authority"),
        pad("Internal Audit Recommendations Tracker – Audit and Governance Committee 21 January 2026"),
        pad("Priority: 1 = High; 2 = Medium; 3 = Low. Status as reported by responsible officers at 5 January 2026."),
        [""] * cols,
        heads,
        ["Governance Framework 2024/25", "Reasonable", "1", "2",
         "The scheme of delegation should be reviewed now that the Mayor and portfolio leads are in post.",
         "Revise the scheme of delegation and officer decision-making protocol and present to the Authority.",
         "Monitoring Officer", "30/09/2025", "", "Implemented", "Approved by the Authority 15 October 2025."],
        ["Governance Framework 2024/25", "Reasonable", "2", "3",
         "Declarations of interest for co-opted members should be collected and published.",
         "Collect declarations from all co-opted and independent members and publish on the website.",
         "Democratic Services Manager", "31/08/2025", "30/11/2025", "Implemented", ""],
        ["Key Financial Systems Set-up", "Limited", "1", "1",
         "Bank reconciliations should be completed monthly and independently reviewed.",
         "Introduce monthly bank reconciliation with review and sign-off by the Finance Manager.",
         "Chief Finance Officer (s73 Officer)", "31/07/2025", "", "Implemented",
         "Reconciliations completed to November 2025."],
        ["Key Financial Systems Set-up", "Limited", "2", "1",
         "Supplier bank detail changes should be independently verified before payment.",
         "Implement call-back verification for all supplier bank detail changes, with a log retained.",
         "Finance Manager", "31/08/2025", "Febuary 2026", "In progress",
         "Procedure drafted; awaiting changes to the finance system workflow."],
        ["Key Financial Systems Set-up", "Limited", "3", "2",
         "The budget monitoring report should include a forecast outturn and commentary on variances.",
         "Add forecast outturn and variance commentary to the quarterly budget monitoring report.",
         "Chief Finance Officer (s73 Officer)", "31/10/2025", "", "Implemented", ""],
        ["Information Governance and GDPR", "Reasonable", "1", "2",
         "A record of processing activities (ROPA) should be compiled.",
         "Complete the ROPA for all services transferred from the county and unitary councils.",
         "Data Protection Officer", "31/12/2025", "31/03/2026", "In progress",
         "Adult Skills and Transport entries outstanding."],
        ["Information Governance and GDPR", "Reasonable", "2", "3",
         "Staff should complete mandatory data protection training on induction.",
         "Add data protection e-learning to the induction checklist and report completion rates quarterly.",
         "Head of HR, Data Protection Officer", "30/09/2025", "", "Implemented", "Completion rate 94%."],
        ["Adult Skills Fund Readiness", "Substantial", "1", "3",
         "The provider performance management framework should set out escalation triggers.",
         "Publish the provider performance management framework, including escalation triggers, to all "
         "ASF providers.", "Head of Adult Skills", "31/03/2026", "", "Not yet due", ""],
        [""] * cols,
        pad("Summary: 8 recommendations; 5 implemented; 2 in progress; 1 not yet due. No high-priority "
            "recommendations overdue."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_at = next(i for i, l in enumerate(lines, start=1) if "Febuary 2026" in l)

    write_expected(name, {
        "source": ("Imitates the internal audit recommendation trackers that combined authorities take to their "
                   "audit and governance committees (audit, assurance opinion, recommendation number, priority, "
                   "agreed action, responsible officer, original and revised target dates, status, comment), "
                   "exported to CSV from the spreadsheet. Copied features: title and committee line, a priority "
                   "key line, blank spacer row, one row per recommendation with the audit name repeated, a "
                   "statutory-officer job title with a parenthesis, a comma-separated pair of officers, revised "
                   "target dates and a summary line at the foot."),
        "reads": ("An eight-row audit tracker for Greater Essex CCA. The revised target date of Key Financial "
                  "Systems Set-up recommendation 2 reads 'Febuary 2026', a mistyped month in the end cell; a "
                  "careful reader stops and asks what date was meant before taking the tracker in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": "Internal Audit Recommendations Tracker – Audit and Governance Committee 21 January 2026",
    })
    return refuse_at


# ---------------------------------------------------------------------------
# 7. Malvern Town Council - risk register (tab-separated .txt)
# ---------------------------------------------------------------------------
def malvern():
    name = "xt-malvern-town-council-risk-register-2025-26.txt"
    title = "Corporate Risk Register 2025/26"
    n = 9
    heads = ["Ref", "Topic", "Risk identified", "H/M/L", "Existing management / control",
             "Further action required", "Responsible", "Review / target date", "Action status"]
    s1, s2, s3 = "1. FINANCE", "2. ASSETS AND PROPERTY", "3. GOVERNANCE AND STAFFING"
    # (ref, topic, risk, level, control, action, resp, date, status, leads, end, st, end_text)
    items = [
        ("sec", s1),
        ("F1", "Precept", "Precept insufficient to meet budgeted expenditure", "M",
         "Budget prepared by the RFO and scrutinised by F&GP before precept is set",
         "Adopt a three-year medium-term financial plan alongside the 2026/27 budget", "RFO", "31/01/2026",
         "On track", ["RFO"], "2026-01", "green", None),
        ("F2", "Banking", "Fraud or error in electronic payments", "M",
         "Dual authorisation of all payments by two councillors; monthly reconciliation",
         "Move to the bank’s dual-authority online platform and close the legacy cheque account",
         "Town Clerk / RFO", "Sept 2025", "Complete", ["Town Clerk", "RFO"], "2025-09", "blue", None),
        ("F3", "Internal audit", "Internal audit recommendations not acted upon", "L",
         "Internal auditor’s report and action plan received by Full Council",
         "Report progress on the 2024/25 internal audit action plan to each F&GP meeting", "Town Clerk",
         "Quarterly", "On track", ["Town Clerk"], None, "green", "Quarterly"),
        ("sec", s2),
        ("A1", "Council buildings", "Loss or damage to council buildings; unplanned repair costs", "M",
         "Buildings insured at reinstatement value; annual visual inspection",
         "Commission a condition survey of all council buildings to inform a ten-year maintenance plan",
         "Deputy Town Clerk", "March 2026", "Not started", ["Deputy Town Clerk"], "2026-03", "unrated", None),
        ("A2", "Play areas", "Injury to users from defective equipment", "H",
         "Weekly visual inspections by grounds staff; annual independent RoSPA inspection",
         "Replace the timber multi-play unit at Victoria Park rated high risk in the 2025 RoSPA report",
         "Operations Manager", "30/11/2025", "Amber – contractor delay", ["Operations Manager"], "2025-11",
         "amber", None),
        ("A3", "Trees", "Tree failure causing injury or damage to property", "M",
         "Tree survey by a qualified arboriculturist every two years",
         "Complete the 2025 tree survey and carry out all priority 1 works", "Operations Manager", "Oct-25",
         "Complete", ["Operations Manager"], "2025-10", "blue", None),
        ("sec", s3),
        ("G1", "Data protection", "Breach of UK GDPR through loss or misuse of personal data", "M",
         "Data protection policy adopted; Clerk is the council’s data protection lead",
         "Issue council email accounts to all councillors and end the use of personal email for council "
         "business", "Town Clerk", "December 2025", "On track", ["Town Clerk"], "2025-12", "green", None),
        ("G2", "Staffing", "Loss of key staff leading to gaps in statutory functions", "M",
         "Job descriptions and procedures held centrally; SLCC membership for advice",
         "Document key procedures and cross-train the Deputy Town Clerk in RFO duties",
         "Town Clerk / Deputy Town Clerk", "31/03/2026", "On track", ["Town Clerk", "Deputy Town Clerk"],
         "2026-03", "green", None),
    ]
    lines = ["MALVERN TOWN COUNCIL" + "\t" * (n - 1),
             title + "\t" * (n - 1),
             "Adopted by Full Council on 19 May 2025 (Minute 14/25). Reviewed quarterly by the Finance & General "
             "Purposes (F&GP) Committee." + "\t" * (n - 1),
             "\t" * (n - 1),
             "\t".join(heads)]
    actions = []
    sec = None
    for it in items:
        if it[0] == "sec":
            sec = it[1]
            lines.append(sec + "\t" * (n - 1))
            continue
        ref, topic, risk, lvl, ctrl, action, resp, date, st, leads, end, status, et = it
        lines.append("\t".join([ref, topic, risk, lvl, ctrl, action, resp, date, st]))
        actions.append(act(ref, [sec], action, leads, end, status, et))
    lines += ["\t" * (n - 1),
              "Risk level: H = high, M = medium, L = low. Actions shown as Complete will be removed at the next "
              "annual review." + "\t" * (n - 1),
              "Last reviewed by F&GP Committee: 10 November 2025" + "\t" * (n - 1)]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates the financial and general risk registers parish and town councils adopt each year "
                   "(subject, risk identified, H/M/L, existing management/control, review/further action, "
                   "responsibility) – e.g. the registers published by East Keal, Bellingham and Nuneham "
                   "Courtenay parish councils – saved from Excel as tab-delimited text. Copied features: council "
                   "name and register title, adoption note, numbered topic section rows in capitals, one row per "
                   "risk with its further action, Clerk/RFO posts as leads (slash pairs), dates written "
                   "variously (dd/mm/yyyy, Sept 2025, Oct-25, 'Quarterly'), an action-status column, and a key and "
                   "review line at the foot; trailing tabs on non-table lines as Excel writes them."),
        "reads": ("A town council risk register in three sections (finance, assets, governance) with eight risks; "
                  "each gives a further action, who is responsible, a review/target date and an action status. "
                  "The further actions are the eight actions; the title lines and key are not."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    nym()
    nget()
    ewr()
    bablake()
    bluecross()
    ra = gecca()
    malvern()
    print("written; refuse_at csv line", ra)
