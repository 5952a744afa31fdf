"""Build the seven zvy- blind test files (set heldout654) and their expected readings.

Run with /work/main/.venv/bin/python zvy_make.py  (writes into the folder of this script).
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
FILLS = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, exp):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. HMP Winchester - HMIP inspection action plan (xlsx, cover + tracker + summary)
# ---------------------------------------------------------------------------
def hmp_winchester():
    name = "zvy-hmp-winchester-hmip-inspection-action-plan.xlsx"
    PC, KC = "Priority concerns", "Key concerns"
    c1 = ("Levels of self-harm were very high and had risen since the last inspection. Leaders should make sure "
          "that prisoners at risk receive consistent, good-quality care and support through the ACCT process.")
    c2 = ("Illicit drugs were too readily available and were linked to much of the violence. Leaders should reduce "
          "supply and make sure that prisoners who want to address their drug use are supported to do so.")
    c3 = ("Too many prisoners were locked in their cells for over 22 hours a day. Leaders should increase time "
          "unlocked and the number of prisoners in purposeful activity.")
    c4 = ("Prisoners' complaints were often answered late and responses did not always address the issue raised.")
    c5 = ("Not all prisoners with disabilities had a personal emergency evacuation plan (PEEP), and night staff "
          "were not aware of those who needed help.")
    a11 = ("Complete a full review of all open ACCT documents by the Safer Custody team, with case managers given "
           "written feedback on the quality of care maps and reviews.")
    a12 = ("Introduce a weekly multidisciplinary complex case meeting for prisoners with repeated self-harm, attended "
           "by healthcare, mental health in-reach and residential managers.")
    a21 = "Deploy the X-ray body scanner in reception for all new arrivals and transfers in, with results recorded on the security log."
    a22 = ("Open an incentivised substance-free living unit on B wing (landing 2) with a signed compact and daily "
           "peer support sessions.")
    a31 = ("Implement the revised core day so that every prisoner is offered at least 2 hours 30 minutes unlocked "
           "each weekday, including association and exercise.")
    a32 = "Reopen the textiles and industrial cleaning workshops following the recruitment of two instructors."
    a41 = ("Quality-assure a 10% sample of complaint responses each month and report timeliness to the Senior "
           "Leadership Team meeting.")
    a51 = ("Audit PEEPs on every wing and make sure every prisoner identified has a current plan that is shared "
           "with night staff.")
    a52 = "Recruit and train peer support 'buddies' for prisoners with mobility needs on each residential unit."

    # (concern no, concern text, agreed, [(action no, text, owner cell, target, revised, update, rag)])
    sections = [
        (PC, [
            ("1", c1, "Agreed", [
                ("1.1", a11, "Head of Safety", d(2024, 3, 31), None,
                 "Review completed 22/03/2024; 41 ACCTs reviewed and feedback issued.", "blue"),
                ("1.2", a12, "Head of Safety / Head of Healthcare (Practice Plus Group)", d(2024, 4, 30), d(2024, 7, 31),
                 "Terms of reference agreed; meeting delayed by mental health in-reach vacancies.", "amber"),
            ]),
            ("2", c2, "Agreed", [
                ("2.1", a21, "Head of Security", d(2024, 1, 31), None,
                 "Scanner live from 15/01/2024. 23 finds in first quarter.", "blue"),
                ("2.2", a22, "Head of Reducing Reoffending\nForward Trust Service Manager", d(2024, 9, 30), None,
                 "Landing refurbished; first 12 residents due to move in August.", "green"),
            ]),
        ]),
        (KC, [
            ("3", c3, "Partly Agreed", [
                ("3.1", a31, "Head of Operations", d(2024, 5, 31), d(2024, 8, 31),
                 "Staffing shortfall on nights has prevented roll-out; regime currently 1 hour 45 minutes.", "red"),
                ("3.2", a32, "Head of Education, Skills and Work", d(2024, 12, 31), None,
                 "One instructor appointed; second post re-advertised.", "green"),
            ]),
            ("4", c4, "Agreed", [
                ("4.1", a41, "Business Hub Manager", "Monthly", None,
                 "April and May samples completed; 78% answered on time in May.", "green"),
            ]),
            ("5", c5, "Agreed", [
                ("5.1", a51, "Equalities Lead (Custodial Manager)", d(2024, 2, 29), None,
                 "Audit complete; 37 PEEPs in place and on night staff briefing sheets.", "blue"),
                ("5.2", a52, "Equalities Lead (Custodial Manager)", d(2024, 6, 30), "N/A",
                 "Six buddies trained; two more in training.", "green"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Action Plan: HMP Winchester"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Action Plan Submitted: 12 March 2024"
    cov["A4"] = "A Response to the HMIP Inspection: 16 – 27 October 2023"
    cov["A5"] = "Report Published: 13 February 2024"
    cov["A6"] = "Progress position as at: 28 June 2024"
    cov["A8"] = "INTRODUCTION"
    cov["A8"].font = Font(bold=True)
    cov["A9"] = ("HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
                 "treatment of those in prison. In response to the report HMPPS is required to draft a robust and timely "
                 "action plan to address the concerns and recommendations. The action plan confirms whether "
                 "recommendations are agreed, partly agreed or not agreed (see categorisations below).")
    cov.merge_cells("A9:D9")
    cov["A9"].alignment = WRAP
    cov.row_dimensions[9].height = 75
    cov["A11"], cov["B11"] = "Term", "Definition"
    cov["A11"].font = cov["B11"].font = Font(bold=True)
    defs = [("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented."),
            ("Not Agreed", "The recommendation is not agreed with, cannot be achieved or is not affordable.")]
    for i, (t, df) in enumerate(defs, start=12):
        cov.cell(i, 1, t)
        cov.cell(i, 2, df).alignment = WRAP
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    cov["A16"] = "RAG key"
    cov["A16"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Action complete"), (GREEN, "Green", "On track to meet target date"),
           (AMBER, "Amber", "Some slippage – revised date agreed"), (RED, "Red", "Off track – escalated to the Governor")]
    for i, (col, word, meaning) in enumerate(key, start=17):
        cov.cell(i, 1, word).fill = fill(col)
        cov.cell(i, 2, meaning)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMP Winchester – HMIP inspection action plan tracker"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Concern No.", "Priority / key concern and recommendation", "Agreed / Partly Agreed / Not Agreed",
             "Action No.", "Action", "Responsible owner", "Target date", "Revised target date",
             "Progress update (June 2024)", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER
    widths = [9, 55, 14, 8, 60, 30, 12, 12, 45, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    r = 4
    expected = []
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for sec, concerns in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for no, ctext, agreed, actions in concerns:
            top = r
            ws.cell(top, 1, no)
            ws.cell(top, 2, ctext)
            ws.cell(top, 3, agreed)
            for an, atext, owner, target, revised, update, rag in actions:
                ws.cell(r, 4, an)
                ws.cell(r, 5, atext)
                ws.cell(r, 6, owner)
                tc = ws.cell(r, 7, target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                if revised is not None:
                    rc = ws.cell(r, 8, revised)
                    if isinstance(revised, dt.datetime):
                        rc.number_format = "dd/mm/yyyy"
                ws.cell(r, 9, update)
                ws.cell(r, 10).fill = fill(FILLS[rag])
                for c in range(1, 11):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BORDER
                counts[rag] += 1
                # expected reading
                leads = [x.strip() for x in owner.replace("\n", " / ").split(" / ")]
                eff = revised if isinstance(revised, dt.datetime) else target
                if isinstance(eff, dt.datetime):
                    expected.append(act(an, [sec, ctext], atext, leads, eff.strftime("%Y-%m"), rag))
                else:
                    expected.append(act(an, [sec, ctext], atext, leads, None, rag, end_text=eff))
                r += 1
            if r - 1 > top:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Notes: Target dates are subject to regional approval. Progress is reviewed at the monthly "
                  "Senior Leadership Team meeting and reported to the Prison Group Director.")
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – June 2024"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    for i, (k, col, word) in enumerate([("blue", BLUE, "Complete"), ("green", GREEN, "On track"),
                                        ("amber", AMBER, "Slippage"), ("red", RED, "Off track")], start=4):
        sm.cell(i, 1, word).fill = fill(col)
        sm.cell(i, 2, counts[k])
    sm["A8"], sm["B8"] = "Total", sum(counts.values())
    sm["A8"].font = Font(bold=True)
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates an HMPPS 'Action Plan: HMP …' response to an HM Inspectorate of Prisons inspection "
                   "(HMP Winchester, report published February 2024, as kept as a progress tracker by the prison). "
                   "Copied features: cover sheet with 'Action Plan Submitted / A Response to the HMIP Inspection / "
                   "Report Published' title block and the Agreed / Partly Agreed / Not Agreed categorisation table; "
                   "RAG key on the cover; tracker sheet with section rows (Priority concerns, Key concerns) merged "
                   "across, concern number, concern text and agreed column merged down over the actions, numbered "
                   "actions, job titles as owners (two in one cell with ' / ' or a line break), target and revised "
                   "target dates as Excel dates, a 'Monthly' target, 'N/A' in a revised cell, fill-only RAG cells, "
                   "a notes line, and a separate RAG summary sheet with totals."),
        "reads": ("A prison's action plan: a cover sheet naming it 'Action Plan: HMP Winchester' with a key, then a "
                  "tracker where each HMIP priority or key concern is merged over one or two numbered actions, each "
                  "with an owner, target date (sometimes revised) and a RAG colour with no text. A summary sheet "
                  "counts the RAG colours; it holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Winchester",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Our Lady of Lourdes Catholic Primary Academy - school development plan (xlsx, termly RAG)
# ---------------------------------------------------------------------------
def sdp():
    name = "zvy-our-lady-of-lourdes-catholic-primary-academy-school-development-plan-2025-26.xlsx"
    title = "Our Lady of Lourdes Catholic Primary Academy – School Development Plan 2025–26"
    P1 = "Priority 1: Quality of education – early reading and phonics"
    P2 = "Priority 2: Attendance and persistent absence"
    P3 = "Priority 3: SEND and inclusion"
    P4 = "Priority 4: Leadership and management – subject leadership"
    # ref, action, lead cell, leads, timescale, end, end_text, cost, success, monitoring, aut, spr, status
    rows = [
        (P1, [
            ("1.1", "Embed the trust's validated SSP programme (Little Wandle) with full fidelity from Reception to "
                    "Year 2, including daily keep-up sessions.", "KOC, HT", ["KOC", "HT"], "Autumn term 2025",
             "2025-12", None, "£2,400 – books matched to phonics; supply cover for training",
             "90% of Year 1 pupils pass the phonics screening check", "Learning walks; trust reading review",
             "G", "B", "blue"),
            ("1.2", "Analyse half-termly phonics assessments and identify pupils not on track for daily catch-up "
                    "within one week.", "KOC", ["KOC"], "Termly", None, "Termly", "TA time (3 hrs/week)",
             "Gap between disadvantaged pupils and others narrows each half term", "Pupil progress meetings",
             "G", "G", "green"),
            ("1.3", "Refresh the Year 3–6 reading spine and introduce whole-class reading sessions four times a "
                    "week.", "English Lead", ["English Lead"], "February 2026", "2026-02", None, "£1,800 – class texts",
             "Pupil voice shows children can name three authors they enjoy", "Book looks; pupil voice",
             "A", "A", "amber"),
        ]),
        (P2, [
            ("2.1", "Hold a weekly attendance panel (HT, FLO and trust Attendance Officer) to track pupils whose "
                    "attendance is below 90%.", "HT/FLO", ["HT", "FLO"], "Sept 2025 – July 2026", "2026-07", None,
             "Trust Attendance Officer (0.1 FTE)", "Whole-school attendance 96%+; persistent absence below 12%",
             "Weekly attendance data to LGB", "G", "G", "green"),
            ("2.2", "Introduce first-day response calls, with a home visit on the third consecutive day of "
                    "absence.", "FLO", ["FLO"], "Autumn term 2025", "2025-12", None, "None",
             "All unexplained absences followed up on day 1", "FLO log checked by HT fortnightly",
             "B", "B", "blue"),
        ]),
        (P3, [
            ("3.1", "Implement the trust's Ordinarily Available Provision framework in every classroom, checked "
                    "through termly learning walks.", "SENDCo", ["SENDCo"], "Summer term 2026", "2026-07", None,
             "Trust SEND network training", "Provision consistent in all classes on learning walks",
             "SENDCo and trust SEND lead learning walks", "A", "R", "red"),
            ("3.2", "Review SEN support plans with parents three times a year using the new one-page profile.",
             "SENDCo & class teachers", ["SENDCo", "class teachers"], "Ongoing", None, "Ongoing",
             "Release time for class teachers", "All SEN support pupils have a reviewed one-page profile",
             "SEND governor visit", "G", "G", "green"),
        ]),
        (P4, [
            ("4.1", "Each subject leader completes a subject deep dive with the trust school improvement partner and "
                    "writes a subject action plan.", "DHT", ["DHT"], "July 2026", "2026-07", None,
             "SIP days (4)", "Every foundation subject has a current action plan", "SIP notes of visit",
             None, None, "unrated"),
        ]),
    ]
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "A member of the St Francis of Assisi Catholic Academy Trust"
    ov["A4"] = "Mission statement: “Learning and growing together in the love of Christ”"
    ov["A6"] = "Our priorities for 2025–26"
    ov["A6"].font = Font(bold=True)
    ov["A7"] = "1. Quality of education – early reading and phonics"
    ov["A8"] = "2. Attendance and persistent absence"
    ov["A9"] = "3. SEND and inclusion"
    ov["A10"] = "4. Leadership and management – subject leadership"
    ov["A12"] = "Approved by the Local Governing Body: 15 October 2025"
    ov["A13"] = "Review points: December 2025 (Autumn), March 2026 (Spring), July 2026 (Summer)"
    ov.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "School Development Plan 2025–26 – Action plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress reviewed at Spring review – 11 March 2026"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Resources / cost", "Success criteria", "Monitoring",
             "Autumn RAG", "Spring RAG", "Summer RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BORDER
    for i, w in enumerate([6, 55, 14, 18, 26, 34, 26, 9, 9, 9]):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ragfill = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    r = 4
    expected = []
    for prio, acts in rows:
        ws.cell(r, 1, prio).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, text, leadcell, leads, ts, end, end_text, cost, succ, mon, aut, spr, status) in acts:
            vals = [ref, text, leadcell, ts, cost, succ, mon, aut, spr, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if c in (8, 9) and v:
                    cell.fill = fill(ragfill[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [prio], text, leads, end, status, end_text=end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key: B = achieved / complete   G = on track   A = some slippage   R = not on track / concern")
    ws.cell(r + 1, 1, "Staff key: HT – Headteacher; DHT – Deputy Headteacher; KOC – Mrs K O'Connor (Reading Lead); "
                      "FLO – Family Liaison Officer; SENDCo – Mrs R Patel")
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": ("Imitates a primary academy's one-year school development plan in a Catholic multi-academy trust "
                   "(2025–26), of the kind schools publish or share with governors. Copied features: an overview "
                   "sheet with title, trust line, mission statement and a numbered list of the year's priorities "
                   "(not actions); an action plan sheet with coloured priority rows merged across, numbered actions, "
                   "staff initials as leads with a staff key, timescales written as school terms, a period, "
                   "'Termly' and 'Ongoing', resources/cost, success criteria, monitoring, and Autumn/Spring/Summer "
                   "RAG columns filled at each review with letters from a key where B = complete."),
        "reads": ("A school development plan for 2025–26 reviewed at the Spring review: four priorities, each with "
                  "one to three numbered actions, leads given as initials or posts and timescales given as terms. "
                  "Status is the latest termly RAG letter filled in (Spring), read by the key (B complete, G on "
                  "track, A slippage, R not on track); the one action with no RAG yet is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Edge Hill University ITE partnership - Ofsted ITE improvement plan (xlsx, REFUSE: Febuary)
# ---------------------------------------------------------------------------
def ite_refuse():
    name = "zvy-edge-hill-university-ofsted-ite-improvement-plan-typo-month-refuse.xlsx"
    title = "Edge Hill University ITE Partnership – Ofsted Inspection Improvement Plan 2024–25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Inspection dates: 4–7 March 2024 (primary and secondary phases)"
    cov["A4"] = "Document owner: Associate Dean (Initial Teacher Education)"
    cov["A5"] = "Version 2.1 – updated 21 January 2025"
    cov["A6"] = "Monitored by: ITE Partnership Strategic Board (termly)"
    cov["A8"] = "Status key"
    cov["A8"].font = Font(bold=True)
    for i, (w, m, col) in enumerate([("Complete", "Action completed and impact evidenced", "5B9BD5"),
                                     ("On track", "Progressing to deadline", "92D050"),
                                     ("Behind schedule", "Revised deadline agreed by the Board", "FFC000"),
                                     ("Not started", "Scheduled for later in the year", "FFFFFF")], start=9):
        cov.cell(i, 1, w).fill = fill(col)
        cov.cell(i, 2, m)
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 50

    heads = ["Area for improvement", "Ref", "Action", "Lead", "Original deadline", "Revised deadline", "Status",
             "Evidence / impact"]

    def sheet(title_row, sname, afis):
        ws = wb.create_sheet(sname)
        ws["A1"] = title_row
        ws["A1"].font = Font(bold=True, size=12)
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(2, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9E1F2")
            cell.border = BORDER
            cell.alignment = WRAP
        for i, w in enumerate([45, 6, 55, 24, 14, 14, 15, 40]):
            ws.column_dimensions["ABCDEFGH"[i]].width = w
        r = 3
        for afi, acts in afis:
            top = r
            ws.cell(top, 1, afi)
            for a in acts:
                for c, v in enumerate(a, start=2):
                    ws.cell(r, c, v)
                for c in range(1, 9):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BORDER
                r += 1
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        return ws

    sheet("Primary phase – what does the ITE partnership need to do to improve?", "Primary ITE", [
        ("Leaders should make sure that the centre-based curriculum for early reading is consistently reflected in "
         "trainees' school placements, so that trainees can teach systematic synthetic phonics with confidence.", [
            ("P1.1", "Map the early reading curriculum against placement tasks and publish a phonics placement "
                     "handbook for schools.", "Primary Programme Leader", "September 2024", "", "Complete",
             "Handbook issued to 212 partnership schools"),
            ("P1.2", "Require every primary trainee to teach and be observed teaching at least six phonics sessions "
                     "on each placement.", "Primary Partnership Lead", "November 2024", "", "On track",
             "Observation records audited in December"),
            ("P1.3", "Run phonics training for mentors with the English Hub, with attendance tracked by school.",
             "Primary Partnership Lead / English Hub Lead", "January 2025", "", "On track", ""),
        ]),
        ("Leaders should make sure that mentors have the training they need to give trainees precise feedback "
         "that is linked to the curriculum.", [
            ("P2.1", "Introduce the revised mentor curriculum and the new weekly development meeting template.",
             "Head of Partnership", "October 2024", "", "Complete", "Template in use in all placements"),
            ("P2.2", "Quality-assure a sample of weekly mentor feedback records in each school each term.",
             "Link Tutors", "December 2024", "Febuary 2025", "Behind schedule",
             "Sampling delayed by link tutor vacancies"),
        ]),
    ])
    sheet("Secondary phase – what does the ITE partnership need to do to improve?", "Secondary ITE", [
        ("Leaders should make sure that trainees learn how to adapt their teaching for pupils with special "
         "educational needs and/or disabilities in their subject.", [
            ("S1.1", "Add two subject-specific SEND sessions to each secondary subject curriculum.",
             "Secondary Programme Leader", "November 2024", "", "Complete", "Sessions delivered in all 14 subjects"),
            ("S1.2", "Set a SEND-focused placement task with a specialist provision visit.",
             "Secondary Partnership Lead", "March 2025", "", "Not started", ""),
        ]),
        ("Leaders should check that all mentors in partnership schools use the ITE curriculum when setting "
         "trainees' targets.", [
            ("S2.1", "Run termly subject mentor forums led by the university subject tutors.",
             "Subject Tutors", "Termly", "", "On track", "Autumn forums attended by 81% of mentors"),
            ("S2.2", "Review target-setting in weekly records during every link tutor visit.",
             "Link Tutors", "April 2025", "", "On track", ""),
        ]),
    ])
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": ("Imitates a university ITE partnership's improvement plan written after an Ofsted initial teacher "
                   "education inspection (2024), with one sheet per phase. Copied features: cover sheet with title, "
                   "inspection dates, document owner, version and a status key; per-phase sheets headed with "
                   "Ofsted's 'what does the ITE partnership need to do to improve?', areas for improvement merged "
                   "down beside their actions, refs P1.1 / S1.1, job titles as leads, original and revised deadline "
                   "columns and word statuses. The revised deadline on sheet 'Primary ITE' row 7 is mistyped "
                   "'Febuary 2025'."),
        "reads": ("An ITE improvement plan with areas for improvement for the primary and secondary phases and their "
                  "actions. On the 'Primary ITE' sheet, row 7 (action P2.2) has its revised deadline written "
                  "'Febuary 2025', a mistyped month, so a careful reader stops and asks before taking the plan's "
                  "dates."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 7,
        "title": title,
    })


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


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Ysgol Syr Thomas Jones - Estyn post-inspection action plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
def estyn():
    name = "zvy-ysgol-syr-thomas-jones-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Syr Thomas Jones – Post-Inspection Action Plan"
    R1 = "R1: Improve the quality of teaching so that all pupils are suitably challenged and make strong progress"
    R2 = "R2: Improve attendance, particularly that of pupils eligible for free school meals"
    R3 = ("R3: Strengthen self-evaluation and improvement planning so that leaders identify and address "
          "shortcomings in teaching and learning precisely")
    R4 = "R4: Develop pupils' Welsh language skills and their confidence to use Welsh across the school"
    DHT = "Deputy Headteacher (Teaching and Learning)"
    recs = [
        (R1, [
            ("1.1", "Deliver a programme of professional learning on questioning and challenge for all teaching "
                    "staff, led by the school's lead practitioners.", DHT, [DHT], "Autumn term 2024", "2024-12", None,
             "All teachers attend; learning walks show effective questioning in most lessons",
             "SLT learning walks each half term", "blue"),
            ("1.2", "Introduce fortnightly coaching triads for all teachers.\nStaff whose lessons lacked challenge in "
                    "the autumn learning walks are prioritised for additional coaching.", DHT, [DHT],
             "Spring term 2025", "2025-04", None, "Coaching logs show agreed targets met by most staff",
             "Coaching logs reviewed by DHT", "green"),
            ("1.3", "Middle leaders carry out half-termly book looks and learning walks focused on challenge, and "
                    "report findings to SLT.", "Heads of Faculty", ["Heads of Faculty"], "Ongoing", None, "Ongoing",
             "Faculty reports identify strengths and next steps accurately", "Line management meetings", "green"),
        ]),
        (R2, [
            ("2.1", "Appoint an Attendance and Wellbeing Officer and introduce weekly attendance tracking meetings "
                    "for each year group.", "Assistant Headteacher (Wellbeing) / Attendance and Wellbeing Officer",
             ["Assistant Headteacher (Wellbeing)", "Attendance and Wellbeing Officer"], "September 2024", "2024-09",
             None, "Officer in post; tracking meetings minuted weekly", "Headteacher", "blue"),
            ("2.2", "Work with the local authority Education Welfare Service to agree early intervention for pupils "
                    "whose attendance falls below 90%.", "Assistant Headteacher (Wellbeing)",
             ["Assistant Headteacher (Wellbeing)"], "31 March 2025", "2025-03", None,
             "Attendance of eFSM pupils rises by 3 percentage points", "Governors' Wellbeing Committee", "amber"),
        ]),
        (R3, [
            ("3.1", "Revise the quality assurance calendar so that all evidence (lesson visits, work scrutiny, pupil "
                    "voice) is analysed together each half term.", "Headteacher", ["Headteacher"], "October 2024",
             "2024-10", None, "Calendar in place; SLT evaluations cite a range of evidence", "Local authority "
             "challenge adviser", "blue"),
            ("3.2", "Governors' Standards Committee to receive a termly report on progress against this plan and to "
                    "visit departments with SLT.", "Headteacher / Chair of Governors",
             ["Headteacher", "Chair of Governors"], "Termly", None, "Termly",
             "Minutes show governors challenging progress", "Full governing body", "green"),
        ]),
        (R4, [
            ("4.1", "Introduce a whole-school Welsh language charter (Siarter Iaith) with pupil language ambassadors "
                    "in every year group.", "Head of Welsh", ["Head of Welsh"], "Summer term 2025", "2025-07", None,
             "Pupil voice shows more pupils use Welsh outside lessons", "Pupil voice survey", "red"),
        ]),
    ]
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Estyn core inspection: 13–16 May 2024. Report published: 19 July 2024.")
    doc.add_paragraph("This plan responds to the four recommendations in the Estyn report. It has been agreed by "
                      "the governing body and the Isle of Anglesey County Council.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Date", "12 November 2024"), ("Approved by", "Full governing body"),
                 ("Next review", "February 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, word, m in [(BLUE, "Blue", "Action completed"), (GREEN, "Green", "On track"),
                         (AMBER, "Amber", "Some delay – action being taken"),
                         (RED, "Red", "Significant concern – not on track")]:
        row = t.add_row().cells
        set_cell(row[0], word)
        shade(row[0], col)
        set_cell(row[1], m)
    heads = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    expected = []
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for ref, text, leadcell, leads, ts, end, end_text, succ, mon, rag in acts:
            row = t.add_row().cells
            for c, v in enumerate([ref, text, leadcell, ts, succ, mon, ""]):
                set_cell(row[c], v)
            shade(row[6], FILLS[rag])
            expected.append(act(ref, [rec], text, leads, end, rag, end_text=end_text))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, (role, nm) in enumerate([("Headteacher", "Mr D. Hughes"), ("Chair of Governors", "Mrs E. Roberts")]):
        set_cell(t.rows[i].cells[0], role, bold=True)
        set_cell(t.rows[i].cells[1], nm)
        set_cell(t.rows[i].cells[2], "Date: 12/11/2024")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": ("Imitates a Welsh secondary school's post-inspection action plan (PIAP) written by the governing "
                   "body after an Estyn core inspection (2024). Copied features: title and inspection dates, a "
                   "document control table, a RAG key table with shaded cells, one heading per Estyn recommendation "
                   "(R1–R4) each followed by its own action table (Ref, Actions, Lead, Timescale, Success criteria, "
                   "Monitoring, RAG), job titles as leads (two posts split by ' / '), timescales as school terms, "
                   "'Ongoing' and 'Termly', an action written as two paragraphs in one cell, RAG shown only by cell "
                   "shading, and a sign-off table."),
        "reads": ("A school's PIAP with four Estyn recommendations as headings, each over a small table of numbered "
                  "actions with a lead, timescale and a coloured RAG cell. The document control, RAG key and "
                  "sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Derbyshire FRS - HMICFRS standards of behaviour (misconduct handling) action plan (docx, one table)
# ---------------------------------------------------------------------------
def dfrs():
    name = "zvy-derbyshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-action-plan.docx"
    title = "Derbyshire Fire & Rescue Service – HMICFRS Standards of Behaviour Action Plan"
    T1 = "Theme 1: Culture and values"
    T2 = "Theme 2: Watch culture and raising concerns"
    T3 = "Theme 3: Misconduct processes"
    rec1 = ("Recommendation 1: By 1 February 2025, chief fire officers should, as a priority, make sure staff are "
            "aware of and follow the Core Code of Ethics, building it into all relevant policies and practices.")
    rec2 = ("Recommendation 2: By 1 February 2025, chief fire officers should make sure a policy for probationary "
            "staff is in place that makes clear probationers who fail to meet the required standards of behaviour "
            "can be dismissed immediately.")
    rec3 = ("Recommendation 3: By 1 May 2025, chief fire officers should make sure workforce plans allow staff to be "
            "moved between watches or stations, and that firefighters who are promoted are posted to a different "
            "watch or station.")
    rec4 = ("Recommendation 4: By 1 February 2025, chief fire officers should make sure their services have access "
            "to an independent and confidential reporting line for staff to raise concerns.")
    rec7 = ("Recommendation 7: By 1 August 2025, chief fire officers should make sure that all staff who "
            "investigate misconduct, or sit on hearing panels, are trained for the role.")
    rec9 = ("Recommendation 9: By 1 October 2025, chief fire officers should make sure misconduct cases are recorded "
            "on a single system so that trends can be monitored and reported to the fire and rescue authority.")
    HPOD = "Head of People & Organisational Development"
    PSM = "Professional Standards Manager"
    plan = [
        (T1, [
            (rec1, [
                ("R1.1", "Embed the Core Code of Ethics in every HR policy at its next review and add a Code of Ethics "
                         "statement to all policy templates.", HPOD, [HPOD], "1 February 2025", "2025-02", "Complete",
                 "blue", "All 46 HR policies reviewed; statement in template."),
                ("R1.2", "Deliver Code of Ethics workshops to every watch and support team, led by station managers "
                         "with an HR partner.", "Area Manager – People and Culture",
                 ["Area Manager – People and Culture"], "31/03/2025", "2025-03", "On track", "green",
                 "38 of 52 watches and teams completed."),
            ]),
            (rec2, [
                ("R2.1", "Revise the Probationary Policy so that it states probationers can be dismissed for failing "
                         "to meet the standards in the Core Code of Ethics.", "Head of HR / Professional Standards Manager",
                 ["Head of HR", PSM], "1 February 2025", "2025-02", "Complete", "blue",
                 "Approved at Joint Consultative Committee 23/01/2025."),
            ]),
        ]),
        (T2, [
            (rec3, [
                ("R3.1", "Amend the Promotions Policy so that firefighters promoted substantively or temporarily for "
                         "two months or more are posted to a different watch or station.", "ACFO Service Delivery",
                 ["ACFO Service Delivery"], "1 May 2025", "2025-05", "At risk", "amber",
                 "Consultation with representative bodies ongoing; on-call contracts need further work."),
                ("R3.2", "Include planned watch and station moves in the annual workforce plan, with a risk "
                         "assessment where a move is not possible.", "ACFO Service Delivery; Head of HR",
                 ["ACFO Service Delivery", "Head of HR"], "Q1 2025/26", "2025-06", "On track", "green",
                 "Draft workforce plan includes moves for 2025/26."),
            ]),
            (rec4, [
                ("R4.1", "Procure an independent, confidential reporting line and publicise it to all staff, "
                         "including on-call stations.", PSM, [PSM], "1 February 2025\nRevised: 30 April 2025",
                 "2025-04", "At risk", "amber", "Procurement through regional framework; contract award delayed."),
            ]),
        ]),
        (T3, [
            (rec7, [
                ("R7.1", "Train all investigating officers and hearing panel members using the NFCC misconduct "
                         "investigation training package.", PSM, [PSM], "1 August 2025", "2025-08", "On track",
                 "green", "First cohort of 14 trained in February."),
                ("R7.2", "Introduce refresher training every two years and record it on the learning management "
                         "system.", "Learning & Development Manager", ["Learning & Development Manager"],
                 "September 2025", "2025-09", "Off track", "red",
                 "LMS module not yet built; resource requested."),
            ]),
            (rec9, [
                ("R9.1", "Move all misconduct, grievance and complaint cases onto the single case management system "
                         "and report quarterly trends to the Fire Authority.", "Head of Digital Services",
                 ["Head of Digital Services"], "1 October 2025", "2025-10", "Not started", "unrated", ""),
            ]),
        ]),
    ]
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to ‘Standards of behaviour: The handling of misconduct in fire and rescue services’ "
                      "(HMICFRS, August 2024)")
    doc.add_paragraph("Report to: Fire and Rescue Authority – 20 March 2025 (Appendix 1)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Area Manager – People and Culture"), ("Version", "1.4"),
                 ("Last updated", "28 February 2025"), ("Status", "Published")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (w, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)]):
        set_cell(t.rows[0].cells[c], w, bold=True)
        shade(t.rows[0].cells[c], col)
    doc.add_paragraph("")
    heads = ["Ref", "Action", "Owner", "Due date", "Status", "Progress update"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[c], "C00000")
    statfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    expected = []
    for theme, recs in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, theme, bold=True)
        shade(m, "BFBFBF")
        for rec, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for ref, text, owner, leads, due, end, status, rag, upd in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, text, owner, due, status, upd]):
                    set_cell(cells[c], v)
                if status in statfill:
                    shade(cells[4], statfill[status])
                expected.append(act(ref, [theme, rec], text, leads, end, rag))
    doc.add_paragraph("")
    doc.add_paragraph("Recommendations 5, 6, 8 and 10–15 are addressed to fire and rescue authorities, the NFCC, "
                      "the Home Office and the Fire Standards Board and are monitored separately.")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": ("Imitates an English fire and rescue service's action plan against the recommendations of "
                   "HMICFRS 'Standards of behaviour: The handling of misconduct in fire and rescue services' "
                   "(August 2024), as taken to the fire authority in 2025 (services such as Staffordshire and "
                   "Humberside publish progress by recommendation). Copied features: title, report-to line, "
                   "document control table, a status key table, one plan table with theme rows and "
                   "'Recommendation n: By …' rows merged across all columns, action refs R1.1, job titles as owners "
                   "(one with '&' in the title, two split by ' / ' or ';'), due dates as day-month-year words, "
                   "dd/mm/yyyy, a financial quarter and an original-plus-revised date in one cell, shaded status "
                   "words, and a closing note about recommendations for other bodies."),
        "reads": ("A fire service's action plan in one table: three themes, and under each theme the HMICFRS "
                  "recommendations addressed to chief fire officers, each with one or two service actions, an owner, "
                  "a due date and a status word from the key. The document control and key tables and the closing "
                  "note are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. West Mercia Police - HMICFRS vetting, misconduct and misogyny recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def wmp_csv():
    name = "zvy-west-mercia-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.csv"
    title = "West Mercia Police – HMICFRS Recommendations Tracker"
    r2 = ("By 31 October 2023, chief constables should make sure that their forces record all relevant information "
          "about applicants' family members and associates, and record the rationale for vetting decisions.")
    r8 = ("By 30 April 2023, chief constables should make sure that their forces carry out checks on the Police "
          "National Database for all officers and staff at least once a year.")
    r13 = ("By 31 March 2023, chief constables should make sure that their counter-corruption units have enough "
           "capacity and capability to assess all corruption-related intelligence promptly.")
    r17 = ("By 30 September 2023, chief constables should make sure their forces have a policy on workplace "
           "relationships and that officers and staff understand what is expected of them.")
    r23 = ("By 31 March 2024, chief constables should make sure their forces use all available information, "
           "including intelligence about misogynistic and predatory behaviour, to identify officers and staff who "
           "may pose a risk to women and girls.")
    r36 = ("By 30 April 2023, chief constables should make sure they have enough trained staff to deal promptly "
           "with complaints and misconduct allegations about sexual misconduct.")
    # rec no, rec, action ref, action, owner, leads, orig, revised, prev, current, update, status
    rows = [
        ("2", r2, "2.1", "Update the vetting application review template so that each adverse finding and its risk "
                         "mitigation are recorded in the decision rationale.", "Force Vetting Manager",
         ["Force Vetting Manager"], "31/10/2023", "", "Green", "Complete",
         "Template live on Core-Vet since 02/10/2023.", "blue"),
        ("2", r2, "2.2", "Dip sample 10% of vetting decisions each quarter, with results reported to the Professional "
                         "Standards Board.", "Head of PSD", ["Head of PSD"], "31/12/2023", "", "Complete", "Complete",
         "Quarterly dip samples reported since Q3 2023/24.", "blue"),
        ("8", r8, "8.1", "Implement annual automated PND checks for all officers and staff through the national "
                         "continuous integrity screening process.", "D/Supt Professional Standards",
         ["D/Supt Professional Standards"], "30/04/2023", "31/03/2025", "Amber", "Amber",
         "Awaiting national Home Office solution; interim manual checks on 25% of workforce.", "amber"),
        ("13", r13, "13.1", "Complete a demand and capacity review of the Anti-Corruption Unit and present a business "
                            "case for additional analysts.", "Head of PSD; Head of Finance",
         ["Head of PSD", "Head of Finance"], "31/03/2023", "30/06/2023", "Complete", "Complete",
         "Business case approved at Force Executive Board 14/06/2023.", "blue"),
        ("13", r13, "13.2", "Recruit two additional intelligence analysts and one researcher to the Anti-Corruption "
                            "Unit.", "T/Head of People Services", ["T/Head of People Services"], "31/12/2023",
         "30/09/2024", "Amber", "Red", "One analyst in post; two posts failed vetting/withdrew. Re-advertised.", "red"),
        ("17", r17, "17.1", "Publish a Professional Relationships policy and include it in the mandatory Standards of "
                            "Professional Behaviour e-learning.\nCompletion rates to be monitored monthly by LPA "
                            "commanders.", "Ch Insp Professional Standards Prevention",
         ["Ch Insp Professional Standards Prevention"], "30/09/2023", "", "Green", "Complete",
         "Policy published 18/09/2023; e-learning completion 94%.", "blue"),
        ("23", r23, "23.1", "Introduce a monthly risk-profiling meeting to review staff who are the subject of multiple "
                            "complaints, misconduct allegations or intelligence about predatory behaviour.",
         "D/Supt Professional Standards", ["D/Supt Professional Standards"], "31/03/2024", "", "Green", "Green",
         "Meeting running since February 2024; first annual review due.", "green"),
        ("23", r23, "23.2", "Train all PSD investigators in the College of Policing standards for investigating abuse "
                            "of position for a sexual purpose (APSP).", "Learning and Development Manager",
         ["Learning and Development Manager"], "30/06/2024", "31/12/2024", "Amber", "Green",
         "18 of 24 investigators trained; final course booked for November.", "green"),
        ("36", r36, "36.1", "Establish a dedicated sexual misconduct investigation team within PSD.", "Head of PSD",
         ["Head of PSD"], "30/04/2023", "31/10/2023", "Complete", "Complete",
         "Team of one DS and four DCs established October 2023.", "blue"),
    ]
    heads = ["Rec No", "Recommendation", "Action Ref", "Action", "Action Owner", "Original Due Date",
             "Revised Due Date", "Previous RAG", "Current RAG", "Latest Update"]
    n = len(heads)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def line(*vals):
        w.writerow(list(vals) + [""] * (n - len(vals)))

    line(title)
    line("Inspection: An inspection of vetting, misconduct, and misogyny in the police service (published 2 November 2022)")
    line("Governance: Professional Standards Board / PCC Assurance and Accountability Meeting")
    line("Report run: 07/10/2024 09:14")
    line()
    w.writerow(heads)
    expected = []
    counts = {}
    for (rn, rec, ar, text, owner, leads, orig, rev, prev, cur, upd, status) in rows:
        w.writerow([rn, rec, ar, text, owner, orig, rev, prev, cur, upd])
        end_src = rev or orig
        ddd, mm, yyyy = end_src.split("/")
        expected.append(act(ar, [rec], text, leads, f"{yyyy}-{mm}", status))
        counts[cur] = counts.get(cur, 0) + 1
    line()
    line(f"Total actions: {len(rows)} | Complete: {counts.get('Complete', 0)} | Green: {counts.get('Green', 0)} | "
         f"Amber: {counts.get('Amber', 0)} | Red: {counts.get('Red', 0)}")
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_expected(name, {
        "source": ("Imitates a police force's tracker of the force-level recommendations in HMICFRS 'An inspection of "
                   "vetting, misconduct, and misogyny in the police service' (November 2022), exported to CSV from a "
                   "recommendations tracking system in 2024. Copied features: title, inspection, governance and "
                   "report-run lines above the header, a flat export with the recommendation number and text repeated "
                   "on every action row, action refs 2.1, police ranks and posts as owners (two split by ';'), "
                   "original and revised due dates dd/mm/yyyy, previous and current RAG columns, an action with a "
                   "line break inside a quoted cell, and a totals line at the end."),
        "reads": ("A force's recommendations tracker: each row is one action under an HMICFRS recommendation (the "
                  "recommendation text repeated on each of its rows), with an owner, an original and sometimes a "
                  "revised due date, and previous and current RAG. The status is the current RAG (Complete = blue); "
                  "the end is the revised date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Probation Service Cardiff and Vale PDU - HMI Probation action plan (tab-separated text)
# ---------------------------------------------------------------------------
def probation_txt():
    name = "zvy-probation-service-cardiff-and-vale-pdu-hmip-inspection-action-plan.txt"
    title = "Action Plan: Probation Service – Cardiff and Vale PDU"
    H1 = "The Cardiff and Vale PDU should:"
    H2 = "The Wales region should:"
    r1 = ("Improve the quality of risk assessment so that practitioners make full use of information from the police "
          "and children's services about domestic abuse and child safeguarding")
    r2 = "Make sure that management oversight is effective in cases where the risk of serious harm is high or escalating"
    r3 = ("Improve the delivery of interventions to address offending-related needs, including accredited programmes "
          "and structured interventions")
    r4 = ("Work with South Wales Police to make sure that domestic abuse information requests are answered within "
          "agreed timescales")
    r5 = "Make sure that the PDU has enough probation officers to manage caseloads safely"
    # heading, rec no, rec, agreed, [(action no, action, owner, leads, target, end, end_text)]
    plan = [
        (H1, "1", r1, "Agreed", [
            ("1.1", "Introduce a daily domestic abuse and safeguarding enquiries check at allocation, with results "
                    "recorded on nDelius before the first appointment.", "Deputy Head of PDU", ["Deputy Head of PDU"],
             "31/03/2025", "2025-03", None),
            ("1.2", "Deliver risk assessment refresher workshops for all probation officers and PSOs, followed by a "
                    "quarterly audit of 20 cases per team.", "SPO Quality Lead / Senior Probation Officers",
             ["SPO Quality Lead", "Senior Probation Officers"], "June 2025", "2025-06", None),
        ]),
        (H1, "2", r2, "Agreed", [
            ("2.1", "Hold a monthly high-risk case review panel, chaired by a senior manager, for all cases assessed "
                    "as high or very high risk of serious harm.", "Deputy Head of PDU", ["Deputy Head of PDU"],
             "30/04/2025", "2025-04", None),
        ]),
        (H1, "3", r3, "Agreed", [
            ("3.1", "Agree a recovery plan with the Interventions Team to reduce the waiting list for Building Choices, "
                    "and review programme starts monthly.", "Interventions Manager", ["Interventions Manager"],
             "Q2 2025/26", "2025-09", None),
            ("3.2", "Publish a structured interventions timetable for each office so that practitioners can refer "
                    "people on probation directly.", "Head of PDU", ["Head of PDU"], "Ongoing – reviewed quarterly",
             None, "Ongoing – reviewed quarterly"),
        ]),
        (H2, "4", r4, "Agreed", [
            ("4.1", "Revise the information-sharing agreement with South Wales Police, setting a five working day "
                    "response standard for domestic abuse enquiries.", "Regional Head of Public Protection",
             ["Regional Head of Public Protection"], "31 May 2025", "2025-05", None),
            ("4.2", "Monitor response times on the regional performance dashboard and escalate delays to the "
                    "quarterly Police and Probation Strategic Group.", "Regional Performance Lead",
             ["Regional Performance Lead"], "Quarterly", None, "Quarterly"),
        ]),
        (H2, "5", r5, "Partly Agreed", [
            ("5.1", "Prioritise Cardiff and Vale PDU in the regional allocation of newly qualified probation officers "
                    "from the PQiP cohort.", "Regional Workforce Lead", ["Regional Workforce Lead"],
             "September 2025", "2025-09", None),
        ]),
    ]
    L = [
        title,
        "Action Plan Submitted: 24 March 2025",
        "A Response to the HM Inspectorate of Probation Inspection: 14 – 25 October 2024",
        "Report Published: 30 January 2025",
        "",
        "INTRODUCTION",
        "HM Inspectorate of Probation reports on the effectiveness of probation services in England and Wales. In "
        "response to the report HMPPS is required to draft a robust and timely action plan. The plan confirms whether "
        "recommendations are agreed, partly agreed or not agreed. Each action has an owner and a target date.",
        "",
        "Term\tDefinition",
        "Agreed\tAll of the recommendation is agreed with, can be achieved and is affordable.",
        "Partly Agreed\tOnly part of the recommendation is agreed with, is achievable, affordable and will be implemented.",
        "Not Agreed\tThe recommendation is not agreed with, or cannot be implemented for commissioning, policy, "
        "operational or affordability reasons.",
        "",
        "ACTION PLAN",
        "Rec No\tRecommendation\tAgreed / Partly Agreed / Not Agreed\tAction No\tAction\tAction Owner\tTarget Date",
    ]
    expected = []
    last_h = None
    for h, rn, rec, agreed, acts in plan:
        if h != last_h:
            L.append(h)
            last_h = h
        for i, (an, text, owner, leads, target, end, end_text) in enumerate(acts):
            if i == 0:
                L.append("\t".join([rn, rec, agreed, an, text, owner, target]))
            else:
                L.append("\t".join(["", "", "", an, text, owner, target]))
            expected.append(act(an, [h, rec], text, leads, end, "unrated", end_text=end_text))
    L += [
        "",
        "Note: Progress against this plan is monitored monthly at the Cardiff and Vale PDU Performance and Quality "
        "meeting and reported to the Regional Probation Director.",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
    write_expected(name, {
        "source": ("Imitates an HMPPS 'Action Plan: …' response to an HM Inspectorate of Probation PDU inspection "
                   "(Wales region, 2025), saved from Word/Excel as tab-separated text. Copied features: the "
                   "'Action Plan Submitted / A Response to the … Inspection / Report Published' title block, the "
                   "Agreed / Partly Agreed / Not Agreed definitions table, heading lines 'The Cardiff and Vale PDU "
                   "should:' and 'The Wales region should:' between table rows, recommendation number, text and "
                   "agreement given only on the first action row (blank on the continuation rows), job titles as "
                   "owners (two split by ' / '), target dates as dd/mm/yyyy, month words, a financial quarter, "
                   "'Quarterly' and 'Ongoing – reviewed quarterly', no RAG column, and a closing note."),
        "reads": ("A probation action plan in plain text: after the title block and definitions, a tab-separated "
                  "table of recommendations grouped under who should act (the PDU, then the Wales region), each "
                  "with one or two numbered actions, an owner and a target date. There is no status column, so "
                  "every action is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    hmp_winchester()
    sdp()
    ite_refuse()
    estyn()
    dfrs()
    wmp_csv()
    probation_txt()
    print("done")
