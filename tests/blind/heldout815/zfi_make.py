"""Build the seven zfi- blind test files (set heldout815) and their expected readings.

Run with /work/main/.venv/bin/python zfi_make.py  (writes into this script's folder).
Only files whose names start with zfi- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. Walsall Council - LGA corporate peer challenge action plan (xlsx, read)
# ---------------------------------------------------------------------------
def walsall():
    name = "zfi-walsall-council-corporate-peer-challenge-action-plan.xlsx"
    title = "Walsall Council – LGA Corporate Peer Challenge Action Plan"
    recs = [
        ("Recommendation 1 – Use the We are Walsall 2040 engagement as the basis for a shared "
         "framework of community engagement with residents, partners and the voluntary and community sector", [
            ("1.1", "Co-produce a Community Engagement Framework with the Walsall Proud Partnership and the voluntary and community sector",
             "Director of Resilient Communities", dt.datetime(2023, 9, 30), "2023-09", None, BLUE, "blue",
             "Framework agreed by Cabinet on 20 September 2023; roll-out to locality teams under way."),
            ("1.2", "Set up a standing residents’ panel to test progress against the WAW2040 outcomes",
             "Head of Communications / Head of Policy & Strategy", dt.datetime(2024, 3, 31), "2024-03", None, GREEN, "green",
             "Recruitment through Walsall Together partners; first panel session planned for February 2024."),
        ]),
        ("Recommendation 2 – Apply the principles and learning of the Proud Programme to the council’s "
         "wider place-based and socio-economic challenges", [
            ("2.1", "Extend the Proud benefits realisation framework to include borough-wide outcome measures linked to WAW2040",
             "Executive Director – Resources & Transformation", "Q4 2023/24", "2024-03", None, AMBER, "amber",
             "Draft measures developed; alignment with partner data sets has slipped to Q4."),
            ("2.2", "Hold a cross-partner ‘Proud for Place’ workshop to identify two place-based pilots",
             "Kerry Ashworth and Dev Sandhu", dt.datetime(2023, 7, 31), "2023-07", None, BLUE, "blue",
             "Workshop held 6 July 2023; Darlaston and Blakenall pilots agreed."),
        ]),
        ("Recommendation 3 – Strengthen the council’s convening and enabling role with partners, clarifying the "
         "respective roles of the Walsall Proud Partnership, Health and Wellbeing Board and Safer Walsall Partnership", [
            ("3.1", "Map the remit and membership of the strategic partnership boards and remove duplication",
             "Head of Policy & Strategy", dt.datetime(2023, 10, 31), "2023-10", None, BLUE, "blue",
             "Partnership governance map presented to the Walsall Proud Partnership on 12 October 2023."),
            ("3.2", "Agree a single partnership performance dashboard for the WAW2040 priorities",
             "Head of Business Insight", dt.datetime(2024, 6, 30), "2024-06", None, RED, "red",
             "Dashboard build paused pending a decision on Power BI licensing."),
        ]),
        ("Recommendation 4 – Continue to develop the Medium Term Financial Outlook beyond 2024/25, aligning savings "
         "proposals with the Proud workstreams and the capital strategy", [
            ("4.1", "Extend the MTFO to 2027/28 and report it to Cabinet alongside the draft budget",
             "Director of Finance (S151 Officer)", dt.datetime(2023, 12, 31), "2023-12", None, GREEN, "green",
             "Draft budget and MTFO on the Cabinet agenda for 13 December 2023."),
            ("4.2", "Review the capital programme prioritisation criteria against the WAW2040 outcomes",
             "Head of Finance – Capital; Head of Regeneration", "Feb 2024", "2024-02", None, AMBER, "amber",
             "Criteria drafted; to be considered by the Capital Board in January 2024."),
        ]),
        ("Recommendation 5 – Refresh the member development offer so that all councillors are equipped to lead "
         "in their communities", [
            ("5.1", "Launch a refreshed member development programme covering locality leadership and scrutiny skills",
             "Democratic Services Manager", "Ongoing", None, "Ongoing", GREEN, "green",
             "Programme launched after the May 2023 elections; sessions run monthly."),
        ]),
    ]

    LEADS = {
        "1.1": ["Director of Resilient Communities"],
        "1.2": ["Head of Communications", "Head of Policy & Strategy"],
        "2.1": ["Executive Director – Resources & Transformation"],
        "2.2": ["Kerry Ashworth", "Dev Sandhu"],
        "3.1": ["Head of Policy & Strategy"],
        "3.2": ["Head of Business Insight"],
        "4.1": ["Director of Finance (S151 Officer)"],
        "4.2": ["Head of Finance – Capital", "Head of Regeneration"],
        "5.1": ["Democratic Services Manager"],
    }
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Peer challenge: 16 – 19 January 2023  |  Progress review: October 2023"
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    dc = [("Version", "3.0"), ("Owner", "Head of Policy & Strategy"), ("Last updated", "24/11/2023"),
          ("Reported to", "Cabinet – 13 December 2023"), ("Status", "Final")]
    for i, (k, v) in enumerate(dc, start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
        cover.cell(i, 1).border = BOX
        cover.cell(i, 2).border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Position at November 2023, following the LGA progress review"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    expected = []
    for rec, actions in recs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, rec)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead, when, end, end_text, col, status, prog in actions:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, text)
            ws.cell(r, 3, lead)
            wc = ws.cell(r, 4, when)
            if isinstance(when, dt.datetime):
                wc.number_format = "mmm-yy"
            ws.cell(r, 5).fill = fill(col)
            ws.cell(r, 6, prog)
            for cc in range(1, 7):
                ws.cell(r, cc).border = BOX
                ws.cell(r, cc).alignment = WRAP
            expected.append(act(ref, [rec], text, LEADS[ref], end, status, end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "Note: RAG status is shown by cell colour – see the Key tab. Actions completed are kept on the plan until the progress review is closed.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEF", (7, 55, 30, 12, 7, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some slippage – action in hand"), (RED, "Off track – needs intervention")], start=2):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 36
    wb.active = 1
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates the action plan Walsall Metropolitan Borough Council published after its LGA Corporate Peer "
                   "Challenge of 16–19 January 2023 (LGA feedback report, progress review October 2023, Cabinet "
                   "13 December 2023; https://www.local.gov.uk/walsall-metropolitan-borough-council-corporate-peer-challenge-report). "
                   "Recommendation wording is paraphrased. Copied features: cover sheet with document-control table, "
                   "full-width merged and shaded recommendation rows above numbered actions, job titles and names as leads, "
                   "Excel date cells shown as mmm-yy mixed with text timescales (Q4 2023/24, Feb 2024, Ongoing), "
                   "RAG shown only by cell fill colour with the key on a separate tab, a notes line under the table."),
        "reads": ("A three-sheet workbook; the Action Plan sheet lists five peer challenge recommendations as shaded "
                  "banner rows, each followed by its numbered actions with lead, timescale, a colour-only RAG cell "
                  "and a progress update. The Cover and Key sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Bracknell Forest Council - internal audit EQA improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def bracknell():
    name = "zfi-bracknell-forest-council-internal-audit-eqa-improvement-plan.xlsx"
    title = "Bracknell Forest Council Internal Audit – External Quality Assessment Improvement Plan"
    D3 = "Domain III: Governing the Internal Audit Function"
    D4 = "Domain IV: Managing the Internal Audit Function"
    D5 = "Domain V: Performing Internal Audit Services"
    R1 = ("Update the Internal Audit Charter so that it reflects the Global Internal Audit Standards and the CIPFA "
          "Application Note, and present it to the Committee for approval.")
    R2 = ("Introduce a formal process for the Committee to consider whether internal audit resources are sufficient "
          "to deliver the audit plan.")
    R3 = "Develop an internal audit strategy setting out how the service will develop over the next three to five years."
    R4 = ("Strengthen the quality assurance and improvement programme (QAIP), including periodic self-assessment and "
          "performance measures reported to the Committee.")
    R5 = "Ensure engagement planning documents record the risk assessment, scope and resource allocation for each audit."
    R6 = "Make greater use of data analytics in the delivery of assurance work."
    d = dt.datetime
    rows = [
        # ref, domain, rec, action, lead(text), leads(list), orig, revised, status text, status, end, update
        ("1a", D3, R1, "Redraft the Internal Audit Charter in line with GIAS Standard 6.2 and the Application Note",
         "Head of Audit and Risk Management", ["Head of Audit and Risk Management"],
         d(2025, 3, 31), None, "Complete", "blue", "2025-03",
         "Charter approved by the Governance and Audit Committee on 26 March 2025."),
        ("1b", D3, R1, "Agree with the Committee Chair an annual private meeting between the Committee and the Head of Internal Audit",
         "Head of Audit and Risk Management; Chair of Governance and Audit Committee",
         ["Head of Audit and Risk Management", "Chair of Governance and Audit Committee"],
         d(2025, 6, 30), None, "Complete", "blue", "2025-06", "First private session held on 25 June 2025."),
        ("2", D3, R2, "Include a statement on the sufficiency of audit resources in the annual Internal Audit Plan report",
         "Head of Audit and Risk Management", ["Head of Audit and Risk Management"],
         d(2025, 3, 31), d(2026, 3, 31), "Amber", "amber", "2026-03",
         "Deferred to the 2026/27 plan following the restructure of the Finance directorate."),
        ("3", D4, R3, "Prepare an Internal Audit Strategy 2025–2028 aligned to the Council Plan",
         "Head of Audit and Risk Management", ["Head of Audit and Risk Management"],
         d(2025, 6, 30), d(2025, 10, 31), "Green", "green", "2025-10",
         "Draft strategy shared with the Executive Director: Resources; to Committee in October."),
        ("4a", D4, R4, "Introduce an annual self-assessment against the GIAS and report the results in the Head of Internal Audit’s annual opinion",
         "Audit Manager", ["Audit Manager"],
         d(2025, 5, 31), None, "Complete", "blue", "2025-05",
         "Self-assessment reported with the 2024/25 annual opinion in June 2025."),
        ("4b", D4, R4, "Agree a suite of internal audit KPIs, including client satisfaction and plan completion, and report them quarterly",
         "Audit Manager", ["Audit Manager"],
         d(2025, 9, 30), None, "Green", "green", "2025-09",
         "KPIs agreed; first results are included in this progress report."),
        ("5", D5, R5, "Revise the engagement planning template and brief the audit team",
         "Senior Auditor (Quality)", ["Senior Auditor (Quality)"],
         d(2025, 7, 31), d(2025, 10, 31), "Green", "green", "2025-10",
         "Template revised; team briefing booked for 2 October 2025."),
        ("6", D5, R6, "Scope a data analytics pilot for payroll and accounts payable testing",
         "Audit Manager / ICT Audit Lead", ["Audit Manager", "ICT Audit Lead"],
         d(2026, 3, 31), None, "Not started", "unrated", "2026-03", "Scheduled to start in Q4 2025/26."),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Progress report to the Governance and Audit Committee – 24 September 2025"
    s["A4"], s["B4"] = "EQA overall opinion:", "Generally Conforms"
    s["A5"], s["B5"] = "Assessment carried out:", "November 2024"
    s["A6"], s["B6"] = "Assessor:", "Independent validation (IIA accredited assessor)"
    for a in ("A4", "A5", "A6"):
        s[a].font = Font(bold=True)
    s["A8"], s["B8"] = "Status", "No. of actions"
    s["A8"].font = s["B8"].font = Font(bold=True)
    counts = [("Complete", 3), ("Green", 3), ("Amber", 1), ("Red", 0), ("Not started", 1)]
    for i, (k, v) in enumerate(counts, start=9):
        s.cell(i, 1, k)
        s.cell(i, 2, v)
    s.cell(14, 1, "Total").font = Font(bold=True)
    s.cell(14, 2, "=SUM(B9:B13)").font = Font(bold=True)
    s.column_dimensions["A"].width = 26
    s.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "External Quality Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "GIAS Domain", "EQA recommendation", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Update – September 2025"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    stfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER}
    first = 4
    expected = []
    for i, (ref, dom, rec, action, lead, leads, orig, rev, sttxt, st, end, upd) in enumerate(rows):
        r = first + i
        ws.cell(r, 1, ref)
        ws.cell(r, 2, dom)
        ws.cell(r, 3, rec)
        ws.cell(r, 4, action)
        ws.cell(r, 5, lead)
        ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
        ws.cell(r, 8, sttxt)
        if sttxt in stfill:
            ws.cell(r, 8).fill = fill(stfill[sttxt])
        ws.cell(r, 9, upd)
        for cc in range(1, 10):
            ws.cell(r, cc).border = BOX
            ws.cell(r, cc).alignment = WRAP
        expected.append(act(ref, [dom, rec], action, leads, end, st))
    # merge domain (col B) and recommendation (col C) blocks vertically
    def merge_runs(col):
        start = first
        for i in range(1, len(rows) + 1):
            same = i < len(rows) and rows[i][col - 1 if col == 2 else 2] == rows[start - first][col - 1 if col == 2 else 2]
            if not same:
                end_r = first + i - 1
                if end_r > start:
                    # clear the cells below the first before merging
                    for rr in range(start + 1, end_r + 1):
                        ws.cell(rr, col).value = None
                    ws.merge_cells(start_row=start, start_column=col, end_row=end_r, end_column=col)
                start = first + i
    merge_runs(2)
    merge_runs(3)
    last = first + len(rows) + 1
    ws.cell(last, 1, "Status key: Complete – action implemented; Green – on track to meet the target date; "
                     "Amber – target date revised or at risk; Red – not achievable without intervention; "
                     "Not started – due to start later in the year.")
    ws.cell(last, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (6, 24, 42, 46, 28, 12, 12, 11, 44)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates the EQA improvement plans English councils take to their audit committees after an external "
                   "quality assessment against the IIA Global Internal Audit Standards (2024) and the CIPFA Application "
                   "Note (cf. Oxfordshire and Cheshire East EQA improvement plans); Bracknell Forest Council is the body, "
                   "details invented. Copied features: summary sheet with the EQA opinion and a status totals block, "
                   "plan sheet with the GIAS domain merged down over its rows, recommendation cell merged over two "
                   "actions, original and revised target dates as real Excel dates, word statuses with fill colour, "
                   "a status key line under the table."),
        "reads": ("The Summary sheet gives the EQA opinion and counts of actions by status; the Improvement Plan sheet "
                  "lists eight agreed actions grouped by GIAS domain and by EQA recommendation, each with a responsible "
                  "officer, original and sometimes revised target dates and a status. Where a revised date is given it is the due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Nottinghamshire HWB - JHWS delivery plan (xlsx, refuse: mistyped month)
# ---------------------------------------------------------------------------
def notts():
    name = "zfi-nottinghamshire-health-and-wellbeing-board-jhws-delivery-plan-typo-month-refuse.xlsx"
    title = "Nottinghamshire Health and Wellbeing Board – Joint Health and Wellbeing Strategy 2022-2026: Delivery Plan 2024/25"
    A1 = "Ambition 1: Give every child the best chance of maximising their potential"
    A2 = "Ambition 2: Create healthy and sustainable places"
    A3 = "Ambition 3: Everyone can access the right support to improve their health"
    A4 = "Ambition 4: Keep our communities safe and healthy"
    P1 = "Priority 1: Give every child the best start in life"
    P2 = "Priority 2: Improve children and young people’s mental and emotional health"
    P3 = "Priority 3: Good food and nutrition for all"
    P5 = "Priority 5: Reduce the harm caused by tobacco"
    P6 = "Priority 6: Reduce harmful alcohol use"
    P7 = "Priority 7: Prevent and reduce domestic abuse"
    P8 = "Priority 8: Improve outcomes for people experiencing severe multiple disadvantage"
    d = dt.datetime
    rows = [
        (A1, P1, "1.1", "Open Family Hubs in Bassetlaw, Mansfield, Ashfield and Newark",
         "Group Manager – Early Childhood Services", "March 2025", "G", "G",
         "Three of the four hubs are open; Newark hub due to open in January 2025."),
        (A1, P1, "1.2", "Increase uptake of Healthy Start among eligible families to 70%",
         "Public Health Consultant (Best Start) / ICB Head of Maternity Commissioning", "Sept 2024", "A", "G",
         "Uptake 71% at the end of September following the targeted campaign."),
        (A1, P2, "2.1", "Extend Mental Health Support Teams to a further 40 schools",
         "ICB Children’s Mental Health Commissioner", "Febuary 2025", "G", "A",
         "Recruitment of education mental health practitioners is behind plan; 26 schools live."),
        (A1, P2, "2.2", "Promote the Kooth online counselling service in every secondary school",
         "Public Health Commissioning Manager", d(2024, 7, 31), "G", "B",
         "Assemblies and staff briefings delivered in all 46 secondary schools."),
        (A2, P3, "3.1", "Secure Food Charter pledges from all seven district and borough councils",
         "Public Health Consultant (Healthy Places)", d(2025, 3, 31), "G", "G",
         "Five of seven councils have signed the charter."),
        (A2, P3, "3.2", "Support schools to adopt the Healthy Schools food standard",
         "Healthy Schools Lead", "Summer term 2025", "G", "G", "61 schools signed up so far."),
        (A3, P5, "5.1", "Expand the specialist stop smoking service into maternity and mental health settings",
         "Tobacco Control Lead and Smokefree Nottinghamshire Alliance Chair", "Q4 2024/25", "A", "A",
         "Maternity pathway live at King’s Mill; mental health pathway awaiting data-sharing agreement."),
        (A3, P6, "6.1", "Establish an alcohol care team at King’s Mill Hospital",
         "Sherwood Forest Hospitals NHS Foundation Trust", "Dec-24", "R", "A",
         "Funding confirmed in August; recruitment under way."),
        (A4, P7, "7.1", "Commission a whole-family domestic abuse support service",
         "Domestic Abuse Strategic Lead", "April 2025", "G", "G", "Tender published 2 September 2024."),
        (A4, P8, "8.1", "Continue the multi-agency case coordination model for people facing severe multiple disadvantage in Mansfield",
         "Programme Manager (Severe Multiple Disadvantage)", "Ongoing", "G", "G",
         "42 people supported in Q2; evaluation report to the Board in March."),
    ]
    rag = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2024-25"
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Quarter 2 progress report (July – September 2024) – Health and Wellbeing Board, 6 November 2024"
    heads = ["Ambition", "Priority", "Ref", "Action", "Lead(s)", "Milestone date", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00604B")
        cell.border = BOX
        cell.alignment = WRAP
    first = 5
    typo_row = None
    for i, (amb, pri, ref, action, lead, when, q1, q2, comm) in enumerate(rows):
        r = first + i
        vals = [amb, pri, ref, action, lead, when, q1, q2, comm]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        if isinstance(when, dt.datetime):
            ws.cell(r, 6).number_format = "mmmm yyyy"
        ws.cell(r, 7).fill = fill(rag[q1])
        ws.cell(r, 8).fill = fill(rag[q2])
        if isinstance(when, str) and when.startswith("Febuary"):
            typo_row = r
    # merge ambition and priority blocks
    for col, idx in ((1, 0), (2, 1)):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][idx] != rows[start][idx]:
                if i - 1 > start:
                    for rr in range(first + start + 1, first + i):
                        ws.cell(rr, col).value = None
                    ws.merge_cells(start_row=first + start, start_column=col, end_row=first + i - 1, end_column=col)
                start = i
    note = first + len(rows) + 1
    ws.cell(note, 1, "RAG: G = on track; A = some risk to delivery; R = off track; B = complete. "
                     "Priorities 4 and 9 are reported through the Local Plan and the Nottinghamshire Suicide Prevention Plan.")
    ws.cell(note, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (26, 30, 6, 48, 32, 14, 8, 8, 46)):
        ws.column_dimensions[col].width = w
    sm = wb.create_sheet("Q2 summary")
    sm["A1"] = "RAG summary – Quarter 2 2024/25"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue (complete)", 1), ("Green", 6), ("Amber", 3), ("Red", 0), ("Total", 10)], start=3):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 20
    wb.save(os.path.join(OUT, name))
    assert typo_row == 7, typo_row

    write_yaml(name, {
        "source": ("Imitates a Nottinghamshire Health and Wellbeing Board delivery plan for its Joint Health and Wellbeing "
                   "Strategy 2022-2026 (four ambitions and nine priorities, https://www.healthynottinghamshire.org.uk/ambitions-and-priorities/); "
                   "actions, leads and commentary are invented. Copied features: title and quarter lines, ambition and "
                   "priority columns merged down over their actions, previous (Q1) and current (Q2) RAG letters with fill, "
                   "milestone dates mixing words, Excel dates, Dec-24, Q4 2024/25, a school term and Ongoing, a RAG "
                   "key/notes line and a separate summary sheet."),
        "reads": ("A delivery plan of ten actions grouped by the strategy's ambitions and priorities, with leads, milestone "
                  "dates and Q1/Q2 RAG. The milestone date of action 2.1 on sheet row 7 reads 'Febuary 2025', a mistyped "
                  "month, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 4. Powys County Council - CIW children's services PEI improvement plan (docx, read)
# ---------------------------------------------------------------------------
def powys():
    name = "zfi-powys-county-council-ciw-childrens-services-performance-evaluation-improvement-plan.docx"
    title = "Children’s Services Improvement Plan – CIW Performance Evaluation Inspection 2024"
    S1 = "1. People – Voice and Control"
    S2 = "2. Prevention"
    S3 = "3. Well-being"
    S4 = "4. Partnerships and Integration"
    F1 = "Children’s views and wishes must be consistently sought, recorded and reflected in their care and support plans."
    F2 = "The local authority should improve the timeliness of the active offer of advocacy to children subject to child protection enquiries."
    F3 = "Strengthen the early help offer so that families receive support at the earliest opportunity and step-down arrangements are clear."
    F4 = "Ensure that every child looked after has an up-to-date health assessment and personal education plan."
    F5 = "Improve the recruitment and retention of social workers to reduce reliance on agency staff."
    F6 = "Strengthen multi-agency arrangements to identify and respond to children at risk of exploitation."
    sections = [
        (S1, [
            (F1, [
                ("1.1", "Introduce a mandatory ‘what matters to me’ section in all care and support plan templates on WCCIS",
                 "Service Manager – Quality Assurance", "December 2024", "Complete", "2024-12", None, "blue"),
                ("1.2", "Audit 40 case files each quarter for evidence of the child’s voice and report findings to the Children’s Services Performance Board",
                 "Principal Social Worker", "Ongoing (quarterly)", "Green", None, "Ongoing (quarterly)", "green"),
            ]),
            (F2, [
                ("1.3", "Agree a revised active offer protocol with the regional advocacy provider (TGP Cymru)",
                 "Commissioning Manager (Children) / Service Manager – Safeguarding", "31/03/2025", "Green", "2025-03", None, "green"),
            ]),
        ]),
        (S2, [
            (F3, [
                ("2.1", "Review the Early Help Hub threshold document with partners and relaunch it",
                 "Early Help Manager", "Q4 2024/25", "Amber", "2025-03", None, "amber"),
                ("2.2", "Establish a step-down panel between the Assessment Team and Family Support Services",
                 "Team Manager (Assessment) and Family Support Manager", "January 2025", "Complete", "2025-01", None, "blue"),
            ]),
        ]),
        (S3, [
            (F4, [
                ("3.1", "Introduce a monthly tracker of initial and review health assessments, shared with Powys Teaching Health Board",
                 "Service Manager – Children Looked After", "Nov-24", "Complete", "2024-11", None, "blue"),
                ("3.2", "Work with the Schools Service so that every personal education plan is reviewed within timescale",
                 "LAC Education Coordinator", "Summer term 2025", "Green", "2025-07", None, "green"),
            ]),
        ]),
        (S4, [
            (F5, [
                ("4.1", "Implement the ‘grow our own’ social work traineeship scheme with the Open University in Wales",
                 "Workforce Development Manager", "September 2025", "Green", "2025-09", None, "green"),
                ("4.2", "Reduce agency social workers to below 15% of the establishment",
                 "Head of Children’s Services", "Sept 2024 – March 2026", "Amber", "2026-03", None, "amber"),
            ]),
            (F6, [
                ("4.3", "Launch a Powys Multi-Agency Child Exploitation (MACE) panel with Dyfed-Powys Police",
                 "Service Manager – Safeguarding", "TBC", "Red", None, "TBC", "red"),
            ]),
        ]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Powys County Council | Cyngor Sir Powys")
    doc.add_paragraph("Appendix A – Report to the Health and Care Scrutiny Committee, 3 March 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 February 2025"), ("Author", "Head of Children’s Services"),
                 ("Approved by", "Director of Social Services"), ("Next review", "May 2025")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action completed and evidence of impact available"),
                          ("Green", "On track"), ("Amber", "Some slippage – mitigations in place"),
                          ("Red", "Off track – escalated to the Improvement Board")]:
        cells = k.add_row().cells
        cells[0].text, cells[1].text = word, meaning
        shade(cells[0], ragfill[word])

    doc.add_paragraph(
        "Care Inspectorate Wales published its performance evaluation inspection report on 9 October 2024. "
        "The areas for improvement are grouped below under the four principles of the Social Services and "
        "Well-being (Wales) Act 2014.")

    expected = []
    for sec, afis in sections:
        doc.add_paragraph(sec, style="Heading 2")
        n = sum(len(a) for _, a in afis)
        tb = doc.add_table(rows=1 + n, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Area for improvement (CIW)", "Action", "Lead", "By when", "RAG"]):
            tb.rows[0].cells[c].text = h
            shade(tb.rows[0].cells[c], "D9D9D9")
        bold_row(tb.rows[0])
        r = 1
        for afi, acts in afis:
            top = r
            tb.cell(top, 1).text = afi
            for ref, text, lead, when, ragw, end, end_text, status in acts:
                cells = tb.rows[r].cells
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = ragw
                shade(cells[5], ragfill[ragw])
                leads = lead.split(" / ") if " / " in lead else lead.split(" and ") if " and " in lead else [lead]
                expected.append(act(ref, [sec, afi], text, leads, end, status, end_text))
                r += 1
            if r - 1 > top:
                tb.cell(top, 1).merge(tb.cell(r - 1, 1))
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Name / role", "Signature", "Date"]):
        so.rows[0].cells[c].text = h
    so.rows[1].cells[0].text = "Director of Social Services"
    so.rows[1].cells[2].text = "14/02/2025"
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates the improvement plan a Welsh county council submits after a Care Inspectorate Wales "
                   "performance evaluation inspection of children's services (CIW reports group findings under the four "
                   "principles of the Social Services and Well-being (Wales) Act 2014; Powys County Council's earlier CIW "
                   "children's services inspections and improvement plans, https://careinspectorate.wales/inspection-childrens-services-powys-county-council-jan-2019). "
                   "The 2024 inspection findings here are invented. Copied features: title block with bilingual council name, "
                   "document-control table, RAG key table, one Word table per principle under a numbered heading, the "
                   "CIW area for improvement vertically merged over its actions, job titles as leads, word RAG with "
                   "cell shading, a sign-off table."),
        "reads": ("A Word improvement plan with a document-control table and a RAG key, then four principle headings, "
                  "each followed by a table in which CIW areas for improvement (merged down) are answered by numbered "
                  "actions with lead, date and RAG. Ten actions in all; the sign-off table holds none."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Richmond and Wandsworth SAB - safeguarding adults audit challenge event action plan (docx, read)
# ---------------------------------------------------------------------------
def rwsab():
    name = "zfi-richmond-and-wandsworth-sab-safeguarding-adults-audit-challenge-event-action-plan.docx"
    title = ("Richmond and Wandsworth Safeguarding Adults Board: Safeguarding Adults Audit and Challenge Event 2024 – "
             "Multi-agency Action Plan")
    T1 = "Theme 1: Making Safeguarding Personal"
    T2 = "Theme 2: Mental capacity and self-neglect"
    T3 = "Theme 3: Workforce, training and supervision"
    T4 = "Theme 4: Partnership working and information sharing"
    themes = [
        (T1, [
            ("Agencies could not always evidence that the adult’s desired outcomes were asked for at the start of an enquiry and revisited at closure.", [
                ("1", "Add mandatory ‘desired outcomes’ fields at the start and close of section 42 enquiries on Mosaic",
                 "Head of Safeguarding Adults (Richmond and Wandsworth)", ["Head of Safeguarding Adults (Richmond and Wandsworth)"],
                 "31/03/2025", "2025-03", None, "Mosaic changes went live on 3 March 2025.", "B", "blue"),
                ("2", "Run two Making Safeguarding Personal practice workshops for:\n• care home and home care providers\n• housing and homelessness teams",
                 "SAB Learning and Development Coordinator", ["SAB Learning and Development Coordinator"],
                 "End of June 2025", "2025-06", None, "Dates booked for 14 May and 11 June 2025.", "G", "green"),
            ]),
        ]),
        (T2, [
            ("Mental capacity assessments in self-neglect cases were often generic and did not consider executive functioning.", [
                ("3", "Refresh the multi-agency self-neglect and hoarding protocol to include guidance on executive capacity",
                 "SAB Business Manager / Policy and Procedures Subgroup Chair",
                 ["SAB Business Manager", "Policy and Procedures Subgroup Chair"],
                 "Sept 2024 – March 2025", "2025-03", None, "Revised protocol approved by the Board on 19 March 2025.", "B", "blue"),
            ]),
            ("Few agencies used the High Risk Panel for adults who decline support.", [
                ("4", "Promote the High Risk Panel through a 7-minute briefing and partner bulletins",
                 "Lucy Okafor and Tom Brennan", ["Lucy Okafor", "Tom Brennan"],
                 "Q1 2025/26", "2025-06", None, "7-minute briefing drafted; bulletin slots agreed with partners.", "A", "amber"),
            ]),
        ]),
        (T3, [
            ("Not all partner agencies could confirm that staff had completed safeguarding adults training at the right level.", [
                ("5", "Each partner to report training compliance against the intercollegiate levels to the Quality Assurance Subgroup",
                 "All partner agencies", ["All partner agencies"],
                 "Six-monthly", None, "Six-monthly", "First returns received from 9 of 12 agencies.", "G", "green"),
            ]),
            ("Supervision records rarely showed reflective discussion of safeguarding cases.", [
                ("6", "Issue safeguarding supervision prompts to supervisors in adult social care and community health teams",
                 "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
                 "30/06/2025", "2025-06", None, "Not yet started – awaiting appointment of the new Principal Social Worker.", "", "unrated"),
            ]),
        ]),
        (T4, [
            ("Information sharing between police, GP practices and adult social care at the point of referral was inconsistent.", [
                ("7", "Agree an information-sharing pathway for adult safeguarding concerns between the police, primary care and both councils",
                 "Metropolitan Police (SW BCU) / SWL ICB Designated Adult Safeguarding Manager",
                 ["Metropolitan Police (SW BCU)", "SWL ICB Designated Adult Safeguarding Manager"],
                 "w/c 12/05/2025", "2025-05", None, "Draft pathway discussed at the Partnership Operations Group.", "A", "amber"),
            ]),
            ("Registered housing providers were unclear when to raise a safeguarding concern rather than a welfare referral.", [
                ("8", "Deliver safeguarding adults briefings to registered housing providers in both boroughs",
                 "SAB Business Manager", ["SAB Business Manager"],
                 "By 31 July 2025", "2025-07", None, "Session with Richmond Housing Partnership held on 2 April 2025.", "G", "green"),
            ]),
            ("Audit returns from voluntary sector organisations were low.", [
                ("9", "Simplify the audit tool for small voluntary organisations and re-run the audit with them",
                 "SAB Independent Chair", ["SAB Independent Chair"],
                 "December 2025", "2025-12", None, "Resource to support the re-run not yet identified.", "R", "red"),
            ]),
        ]),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_paragraph("Updated for the SAB Quality Assurance Subgroup – 10 April 2025")
    doc.add_paragraph(
        "All statutory partners and 12 other agencies completed the London Safeguarding Adults Audit Tool in "
        "autumn 2024. The findings were tested at a multi-agency challenge event on 21 November 2024. "
        "The actions below respond to the themes agreed at the event.")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (letter, word) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some delay"), ("R", "Off track")]):
        k.rows[0].cells[c].text = f"{letter} – {word}"
        shade(k.rows[0].cells[c], ragfill[letter])
    doc.add_paragraph()

    n_rows = 1 + len(themes) + sum(len(acts) for _, fs in themes for _, acts in fs)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    heads = ["No.", "What the audit and challenge event told us", "Action", "Lead agency / officer",
             "Target date", "Progress", "RAG"]
    for c, h in enumerate(heads):
        tb.rows[0].cells[c].text = h
        shade(tb.rows[0].cells[c], "5B2C6F")
        for r_ in tb.rows[0].cells[c].paragraphs[0].runs:
            r_.bold = True
            r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    expected = []
    for theme, finds in themes:
        m = tb.cell(r, 0).merge(tb.cell(r, 6))
        m.text = theme
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E4DFEC")
        r += 1
        for finding, acts in finds:
            top = r
            tb.cell(top, 1).text = finding
            for no, text, lead, leads, when, end, end_text, prog, ragl, status in acts:
                cells = tb.rows[r].cells
                cells[0].text = no
                cells[2].text = text
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = prog
                cells[6].text = ragl
                if ragl:
                    shade(cells[6], ragfill[ragl])
                expected.append(act(no, [theme, finding], text, leads, end, status, end_text))
                r += 1
            if r - 1 > top:
                tb.cell(top, 1).merge(tb.cell(r - 1, 1))
    doc.add_paragraph()
    doc.add_paragraph("Note: progress updates are collected by the SAB Business Unit two weeks before each "
                      "Quality Assurance Subgroup meeting. Completed actions are removed after they have been reported to the Board.")
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Imitates a safeguarding adults board action plan following a multi-agency self-audit and challenge "
                   "event using the London Safeguarding Adults Audit Tool (developed by the London SAB chairs network and "
                   "NHS England London; cf. the Richmond and Wandsworth SAB Quality Assurance Framework, "
                   "https://www.readkong.com/page/quality-assurance-framework-2018-2021-official-9256176). Findings and "
                   "actions invented. Copied features: landscape Word document, coloured title line and update line, "
                   "introductory paragraph, a one-row RAG key table, one plan table with shaded full-width theme rows, "
                   "a finding cell merged down over two actions, a bulleted action with inner line breaks, agencies, posts "
                   "and named officers as leads, mixed target dates (End of June 2025, Sept 2024 – March 2025, Q1 2025/26, "
                   "w/c 12/05/2025, By 31 July 2025, Six-monthly), RAG letters with shading and one blank RAG, a closing note."),
        "reads": ("One multi-agency table grouped by four themes; under each theme the audit finding is given beside the "
                  "numbered actions that answer it, with lead, target date, progress and a RAG letter. Nine actions; "
                  "action 6 has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Safer Havering Partnership - serious violence duty strategy action plan (txt, read)
# ---------------------------------------------------------------------------
def havering():
    name = "zfi-havering-community-safety-partnership-serious-violence-duty-strategy-action-plan.txt"
    title = "Safer Havering Partnership – Serious Violence Duty Strategy 2024-2027: Year 1 Action Plan"
    P1 = "Priority 1 – Understand serious violence in Havering through shared data"
    P2 = "Priority 2 – Prevent violence and exploitation affecting children and young people"
    P3 = "Priority 3 – Tackle violence against women and girls and domestic abuse"
    P4 = "Priority 4 – Safer town centres and night-time economy"
    plan = [
        (P1, [
            ("1.1", "Put in place a serious violence data-sharing agreement between the council, Met Police East Area BCU, LAS and BHRUT",
             "Community Safety Partnership Manager", "30/09/2024", "C", "Agreement signed by all partners on 19/09/2024.",
             ["Community Safety Partnership Manager"], "2024-09", None, "blue"),
            ("1.2", "Produce a refreshed serious violence Strategic Needs Assessment for 2025/26",
             "Partnership Analyst", "Mar-25", "G", "Data requests issued; draft due February 2025.",
             ["Partnership Analyst"], "2025-03", None, "green"),
        ]),
        (P2, [
            ("2.1", "Commission detached youth work in the three wards with the highest levels of youth violence",
             "Youth Service Manager & Head of Youth Justice", "Dec-24", "C", "Provider in place from 4 November 2024.",
             ["Youth Service Manager", "Head of Youth Justice"], "2024-12", None, "blue"),
            ("2.2", "Embed a contextual safeguarding approach in the Multi-Agency Child Exploitation (MACE) panel",
             "Group Manager – Adolescent Safeguarding", "Q4 2024/25", "A", "Training for panel members delayed to February.",
             ["Group Manager – Adolescent Safeguarding"], "2025-03", None, "amber"),
        ]),
        (P3, [
            ("3.1", "Roll out Ask for Angela and the Women’s Night Safety Charter to licensed premises in Romford",
             "Licensing Manager; Met Police Licensing Officer", "End of Nov 2024", "G", "38 premises signed up; follow-up visits in December.",
             ["Licensing Manager", "Met Police Licensing Officer"], "2024-11", None, "green"),
            ("3.2", "Increase referrals to the domestic abuse perpetrator programme",
             "VAWG Strategic Lead", "Ongoing", "G", "27 referrals in Q3 against 15 in Q1.",
             ["VAWG Strategic Lead"], None, "Ongoing", "green"),
        ]),
        (P4, [
            ("4.1", "Install or upgrade CCTV at the four violence hotspots identified in the needs assessment",
             "CCTV and Enforcement Manager", "June 2025", "R", "Capital bid not yet approved.",
             ["CCTV and Enforcement Manager"], "2025-06", None, "red"),
            ("4.2", "Pilot a Friday and Saturday night welfare hub in Romford town centre with Street Pastors",
             "Community Safety Partnership Manager", "Sept 2025", "A", "Venue still to be confirmed.",
             ["Community Safety Partnership Manager"], "2025-09", None, "amber"),
        ]),
    ]
    lines = [
        title + "\t\t\t\t\t",
        "Exported from the SHP performance tracker on 21/01/2025\t\t\t\t\t",
        "\t\t\t\t\t",
        "Key: C = complete, G = on track, A = at risk, R = off track\t\t\t\t\t",
        "\t\t\t\t\t",
        "Ref\tAction\tLead\tDue\tStatus\tUpdate",
    ]
    expected = []
    for pri, acts in plan:
        lines.append(pri + "\t\t\t\t\t")
        for ref, text, lead, due, stl, upd, leads, end, end_text, status in acts:
            lines.append("\t".join([ref, text, lead, due, stl, upd]))
            expected.append(act(ref, [pri], text, leads, end, status, end_text))
    lines += ["\t\t\t\t\t", "Total actions: 8\tComplete: 2\tOn track: 3\tAt risk: 2\tOff track: 1\t"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Imitates the year-one action plan of a London community safety partnership's Serious Violence Duty "
                   "strategy (Havering Cabinet approved its Serious Violence Duty Strategy 2024-2027 with eight initial "
                   "actions, https://democracy.havering.gov.uk/mgAi.aspx?ID=33357); actions and updates invented. Copied "
                   "features: a tab-delimited export from a partnership tracker with title and export lines, a status key "
                   "that defines C as complete, priority heading rows with trailing empty columns, mixed due dates "
                   "(30/09/2024, Mar-25, Q4 2024/25, End of Nov 2024, Ongoing) and a totals line at the end."),
        "reads": ("A tab-separated action plan: four priority rows, each followed by two numbered actions with lead, due "
                  "date, a one-letter status (C/G/A/R per the key) and an update, then a totals line. Eight actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Wigan YJS - national standards self-assessment improvement plan (csv, read)
# ---------------------------------------------------------------------------
def wigan():
    name = "zfi-wigan-youth-justice-service-national-standards-self-assessment-improvement-plan.csv"
    title = "Wigan Youth Justice Service - National Standards Self-Assessment 2023: Standard 2 (At Court) - Improvement Plan"
    SS = "Strategic self-assessment"
    OS = "Operational self-assessment"
    S1 = "S1 Partnership arrangements with HMCTS and the youth court are agreed and reviewed"
    S2 = "S2 The Management Board understands disproportionality in court outcomes"
    O1 = "O1 Pre-sentence reports are timely, analytical and Child First"
    O2 = "O2 Bail and remand decisions are informed by all alternatives to custody"
    O3 = "O3 Children and families understand what happens at court"
    rows = [
        (SS, S1, "S1.1", "Agree a joint protocol with HMCTS, CPS and the youth court bench covering listing, reports and information sharing",
         "Head of Service, Youth Justice", "31/01/2024", "Complete", "Protocol signed off at the Court Users Group, 24 January 2024.",
         ["Head of Service, Youth Justice"], "2024-01", None, "blue"),
        (SS, S1, "S1.2", "Add a standing court performance item to the Youth Justice Partnership Board agenda",
         "YJS Operational Manager", "Dec-23", "Complete", "Item added from the December 2023 meeting.",
         ["YJS Operational Manager"], "2023-12", None, "blue"),
        (SS, S2, "S2.1", "Produce a quarterly disproportionality dataset covering remands, custodial sentences and ethnicity",
         "YJS Performance Officer", "Q4 2023/24", "On track", "First dataset presented in March; data from ChildView and Police.",
         ["YJS Performance Officer"], "2024-03", None, "green"),
        (OS, O1, "O1.1", "Deliver PSR quality workshops for all case managers using the \"Child First\" principles",
         "Practice Development Manager", "March 2024", "On track", "Two of three workshops delivered.",
         ["Practice Development Manager"], "2024-03", None, "green"),
        (OS, O1, "O1.2", "Introduce monthly peer moderation of 10% of pre-sentence reports",
         "Team Manager (Court) and Practice Development Manager", "Ongoing", "On track", "Moderation started February 2024.",
         ["Team Manager (Court)", "Practice Development Manager"], None, "Ongoing", "green"),
        (OS, O2, "O2.1", "Review the bail support and ISS offer with the local authority's accommodation team",
         "Team Manager (Court) / Placements Manager", "30/04/2024", "Amber", "Review delayed by vacancy in the Placements team.",
         ["Team Manager (Court)", "Placements Manager"], "2024-04", None, "amber"),
        (OS, O2, "O2.2", "Make sure the out-of-hours protocol for PACE transfers is used:\n- refresh the EDT briefing\n- monitor through the monthly custody report",
         "Emergency Duty Team Manager", "May-24", "Not started", "",
         ["Emergency Duty Team Manager"], "2024-05", None, "unrated"),
        (OS, O3, "O3.1", "Co-produce a 'What happens at court' leaflet and short film with young people",
         "Participation Officer", "June 2024", "On track", "Young people's design group met twice.",
         ["Participation Officer"], "2024-06", None, "green"),
        (OS, O3, "O3.2", "Court officers to see every child before and after their hearing and record this on ChildView",
         "Team Manager (Court)", "31/12/2023", "Complete", "Dip sample in January 2024 found 95% compliance.",
         ["Team Manager (Court)"], "2023-12", None, "blue"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Reported to the Youth Justice Partnership Board: 14 March 2024", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["Section", "Standard area", "Ref", "Improvement action", "Owner", "Target date", "Status", "Progress"])
    expected = []
    for sec, area, ref, text, owner, due, status_txt, prog, leads, end, end_text, status in rows:
        w.writerow([sec, area, ref, text, owner, due, status_txt, prog])
        expected.append(act(ref, [sec, area], text, leads, end, status, end_text))
    w.writerow([""] * 8)
    w.writerow(["Self-assessment submitted to the YJB on 27 October 2023. Strategic banding: Good; operational banding: Requires improvement.",
                "", "", "", "", "", "", ""])
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": ("Imitates a youth justice service improvement plan following the YJB's 2023 national standards "
                   "self-assessment of Standard 2 (At Court), which all youth justice partnerships submitted by 30 October "
                   "2023 (https://www.gov.uk/government/publications/national-standards-for-youth-justice-services); "
                   "Wigan Youth Justice Service is the body, content invented. Copied features: CSV export with a title "
                   "line and board-date line padded with empty columns, strategic and operational self-assessment sections "
                   "and standard areas repeated on every row, job titles (one with a comma) and paired owners, quoted "
                   "fields with commas, double quotes and an inner multi-line action, word statuses, a closing note line."),
        "reads": ("A flat CSV of nine improvement actions, each row giving the self-assessment section, the standard area, "
                  "a ref, the action, owner, target date, status and progress. The title and board lines above the header "
                  "and the note after the last row are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    walsall()
    bracknell()
    notts()
    powys()
    rwsab()
    havering()
    wigan()
    print("written to", OUT)
