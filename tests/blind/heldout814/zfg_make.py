"""Build the seven zfg- blind test files (set heldout814) and their expected readings.

Run with /work/main/.venv/bin/python zfg_make.py from any directory; files are written
beside this script.  Only files whose names start with zfg- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, source, reads, title, actions, outcome="read",
                   accept_refusal=False, refuse_at=None):
    doc = {
        "source": source,
        "reads": reads,
        "outcome": outcome,
        "accept_refusal": accept_refusal,
    }
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100)


def xl_fill(cell, colour):
    cell.fill = PatternFill("solid", start_color=FILL[colour], end_color=FILL[colour])


def docx_shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def docx_landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. Staffordshire Fire and Rescue Service - HMICFRS values and culture tracker
# ---------------------------------------------------------------------------
def build_staffordshire():
    name = "zfg-staffordshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = ("HMICFRS Spotlight Report: Values and culture in fire and rescue services "
             "\u2013 Recommendations Tracker")
    # theme -> list of recommendations -> list of actions
    plan = [
        ("Theme 1: Background checks", [
            ("1", "By 1 October 2023, chief fire officers should make sure their services carry out "
                  "background checks on all new staff and make sure existing staff have received an "
                  "appropriate background check.", D(2023, 10, 1), [
                dict(ref="1.1",
                     action="Introduce standard DBS checks for all new starters in operational and "
                            "control roles, with basic checks for all other new starters.",
                     lead_cell="Head of People Services", lead=["Head of People Services"],
                     target=D(2023, 9, 30), revised=None, prev="G", cur="blue",
                     update="Implemented from September 2023; checks are built into the recruitment workflow.",
                     end="2023-09"),
                dict(ref="1.2",
                     action="Complete retrospective checks for existing staff in role-based priority "
                            "order, starting with those who work with children and vulnerable adults.",
                     lead_cell="Head of People Services / HR Business Partner",
                     lead=["Head of People Services", "HR Business Partner"],
                     target=D(2024, 3, 31), revised=D(2026, 3, 31), prev="A", cur="amber",
                     update="92% of existing staff checked. Availability of on-call staff has slowed "
                            "completion; remaining checks are booked.",
                     end="2026-03"),
            ]),
        ]),
        ("Theme 2: Raising concerns", [
            ("5", "By 1 October 2023, chief fire officers should make sure their services have "
                  "confidential and independent routes for staff to raise concerns, and that staff "
                  "know how to use them.", D(2023, 10, 1), [
                dict(ref="5.1",
                     action="Procure an independent, confidential reporting line available to all "
                            "staff 24 hours a day.",
                     lead_cell="Director of People Services", lead=["Director of People Services"],
                     target=D(2023, 10, 1), target_fmt="mmm-yy", revised=None, prev="B", cur="blue",
                     update="Contract awarded; line live since 2 October 2023.",
                     end="2023-10"),
                dict(ref="5.2",
                     action="Launch the reporting line through station visits, the intranet and "
                            "payslip inserts, and publish quarterly anonymised data on its use.",
                     lead_cell="Corporate Communications Manager; Head of People Services",
                     lead=["Corporate Communications Manager", "Head of People Services"],
                     target=D(2023, 12, 31), revised=D(2024, 3, 31), prev="G", cur="blue",
                     update="Campaign complete. Quarterly data now reported to the People Committee.",
                     end="2024-03"),
            ]),
        ]),
        ("Theme 3: Leadership and behaviours", [
            ("9", "By 1 June 2024, chief fire officers should make sure all supervisory and middle "
                  "managers have received training on managing difficult conversations and handling "
                  "concerns about inappropriate behaviour.", D(2024, 6, 1), [
                dict(ref="9.1",
                     action="Design and deliver a \u2018Leading with Values\u2019 workshop for all "
                            "supervisory and middle managers.",
                     lead_cell="Area Manager \u2013 Organisational Development",
                     lead=["Area Manager \u2013 Organisational Development"],
                     target=D(2024, 5, 31), revised=D(2026, 3, 31), prev="A", cur="green",
                     update="Workshops resumed in September 2025 after trainer vacancy was filled; "
                            "71% of managers have attended.",
                     end="2026-03"),
                dict(ref="9.2",
                     action="Add a values and behaviours objective to every manager\u2019s annual "
                            "appraisal.",
                     lead_cell="Head of People Services", lead=["Head of People Services"],
                     target=D(2025, 3, 31), revised=None, prev="G", cur="blue",
                     update="Included in the 2025/26 appraisal template.",
                     end="2025-03"),
            ]),
            ("15", "By 1 March 2024, chief fire officers should introduce 360-degree feedback for "
                   "all senior leaders and managers, including feedback from the staff they "
                   "line-manage.", D(2024, 3, 1), [
                dict(ref="15.1",
                     action="Pilot 360-degree feedback with the Strategic Leadership Team and Area "
                            "Managers.",
                     lead_cell="Chief Fire Officer", lead=["Chief Fire Officer"],
                     target=D(2024, 1, 31), revised=None, prev="B", cur="blue",
                     update="Pilot completed January 2024; evaluation reported to SLT.",
                     end="2024-01"),
                dict(ref="15.2",
                     action="Extend 360-degree feedback to all Group and Station Managers as part "
                            "of the 2025/26 appraisal cycle.",
                     lead_cell="Area Manager \u2013 Organisational Development",
                     lead=["Area Manager \u2013 Organisational Development"],
                     target=D(2025, 6, 30), revised=D(2026, 3, 31), prev="A", cur="red",
                     update="Supplier withdrew from the contract in October 2025; re-procurement "
                            "under way.",
                     end="2026-03"),
            ]),
        ]),
        ("Theme 4: Equality, diversity and inclusion", [
            ("20", "By 1 December 2023, chief fire officers should review how their services "
                   "collect equality data and make sure they use it to understand and improve the "
                   "diversity of their workforce.", D(2023, 12, 1), [
                dict(ref="20.1",
                     action="Run a \u2018Count me in\u2019 campaign to raise equality data "
                            "declaration rates across the workforce.",
                     lead_cell="EDI Manager", lead=["EDI Manager"],
                     target=D(2023, 12, 31), revised=None, prev="G", cur="blue",
                     update="Declaration rate rose from 61% to 87%.",
                     end="2023-12"),
                dict(ref="20.2",
                     action="Report workforce equality data to the People Committee twice a year, "
                            "with actions for any under-represented groups.",
                     lead_cell="EDI Manager / Head of People Services",
                     lead=["EDI Manager", "Head of People Services"],
                     target="Six-monthly", revised=None, prev="G", cur="green",
                     update="Reports presented July 2025 and January 2026.",
                     end=None, end_text="Six-monthly"),
            ]),
        ]),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Staffordshire Fire and Rescue Service"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = title
    cover["A2"].font = Font(bold=True, size=12)
    cover["A3"] = ("Reported to: Staffordshire Commissioner Fire and Rescue Authority \u2013 "
                   "People Committee, 28 January 2026")
    cover["A5"] = "Document control"
    cover["A5"].font = BOLD
    hdr = ["Version", "Date", "Author", "Changes"]
    for i, h in enumerate(hdr, start=1):
        c = cover.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.border = BOX
    rows = [
        ("1.0", D(2023, 6, 12), "Head of Corporate Assurance", "Initial tracker created"),
        ("2.0", D(2024, 7, 3), "Corporate Assurance Officer", "Recommendations 9, 15 and 20 added"),
        ("2.3", D(2026, 1, 14), "Corporate Assurance Officer", "January 2026 update"),
    ]
    for r, row in enumerate(rows, start=7):
        for i, v in enumerate(row, start=1):
            c = cover.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 40

    # Summary sheet
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for _, recs in plan:
        for _, _, _, acts in recs:
            for a in acts:
                counts[a["cur"]] += 1
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG status \u2013 January 2026"
    summ["A1"].font = BOLD
    labels = [("blue", "Complete"), ("green", "On track"),
              ("amber", "Some slippage \u2013 action being taken"),
              ("red", "Off track \u2013 significant risk to delivery")]
    summ.cell(row=3, column=1, value="RAG").font = BOLD
    summ.cell(row=3, column=2, value="Meaning").font = BOLD
    summ.cell(row=3, column=3, value="Number of actions").font = BOLD
    r = 4
    for colour, label in labels:
        xl_fill(summ.cell(row=r, column=1), colour)
        summ.cell(row=r, column=2, value=label)
        summ.cell(row=r, column=3, value=counts[colour])
        r += 1
    summ.cell(row=r, column=2, value="Total").font = BOLD
    summ.cell(row=r, column=3, value=sum(counts.values())).font = BOLD
    summ.column_dimensions["B"].width = 42
    summ.column_dimensions["C"].width = 18

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ncol = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Position as at 14 January 2026. Current RAG is shown by cell colour \u2013 see "
                "the Key sheet.")
    ws["A2"].font = Font(italic=True)
    heads = ["Rec No.", "HMICFRS recommendation", "HMICFRS deadline", "Ref", "SFRS action",
             "Action lead", "Target date", "Revised date", "Previous RAG", "Current RAG",
             "Progress update (January 2026)"]
    hr = 4
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="1F3864", end_color="1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    expected = []
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = BOLD
        c.fill = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
        r += 1
        for recno, rectext, deadline, acts in recs:
            first = r
            for a in acts:
                ws.cell(row=r, column=4, value=a["ref"])
                ws.cell(row=r, column=5, value=a["action"])
                ws.cell(row=r, column=6, value=a["lead_cell"])
                tc = ws.cell(row=r, column=7, value=a["target"])
                if isinstance(a["target"], dt.datetime):
                    tc.number_format = a.get("target_fmt", "dd/mm/yyyy")
                if a["revised"] is not None:
                    rc = ws.cell(row=r, column=8, value=a["revised"])
                    rc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9, value=a["prev"])
                xl_fill(ws.cell(row=r, column=10), a["cur"])
                ws.cell(row=r, column=11, value=a["update"])
                for col in range(1, ncol + 1):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                expected.append(dict(ref=a["ref"], under=[theme, rectext], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["cur"]))
                r += 1
            last = r - 1
            ws.cell(row=first, column=1, value=recno)
            ws.cell(row=first, column=2, value=rectext)
            dc = ws.cell(row=first, column=3, value=deadline)
            dc.number_format = "dd/mm/yyyy"
            if last > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    widths = [8, 48, 12, 7, 48, 28, 12, 12, 10, 10, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (colour, label) in enumerate(labels, start=2):
        xl_fill(key.cell(row=i, column=1), colour)
        key.cell(row=i, column=2, value=label)
    key["A7"] = ("Previous RAG uses the letters B, G, A and R for the same categories as at the "
                 "last report to the People Committee (July 2025).")
    key.column_dimensions["B"].width = 44

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the recommendations trackers that fire and rescue services took to their "
                "fire authority committees after HMICFRS's March 2023 spotlight report 'Values and "
                "culture in fire and rescue services' (recommendations to chief fire officers with "
                "'By <date>' deadlines; "
                "https://hmicfrs.justiceinspectorates.gov.uk/publications/values-and-culture-in-fire-and-rescue-services/). "
                "Copied features: cover sheet with document-control table, summary of RAG counts, "
                "theme rows merged across the sheet, recommendation number/text/deadline merged down "
                "over their actions, original and revised target dates, previous RAG as a letter and "
                "current RAG as cell colour only, key on its own sheet, job titles as leads with two "
                "posts in some cells."),
        reads=("A Staffordshire FRS tracker for the HMICFRS values and culture recommendations: four "
               "themes, six recommendations, ten numbered SFRS actions. Each action has a lead post, "
               "a target date and sometimes a revised date, and its current status is the colour of "
               "the Current RAG cell (blue complete, green on track, amber slippage, red off track)."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Cumbria Constabulary - stalking super-complaint action plan (refuse)
# ---------------------------------------------------------------------------
def build_cumbria():
    name = "zfg-cumbria-constabulary-stalking-super-complaint-action-plan-typo-month-refuse.xlsx"
    title = ("Police response to stalking \u2013 Suzy Lamplugh Trust super-complaint: "
             "Force Action Plan")
    recs = [
        ("7", "By 27 March 2025, where required, seek changes to crime recording systems so that "
              "staff and officers can record and search for stalking where it is not the principal "
              "crime.", [
            ("7.1", "Raise a change request with the Niche RMS user group to add stalking as a "
                    "searchable included classification.", "Force Crime Registrar", "Mar-2025",
             "Complete", "Change request accepted; release scheduled for the spring 2026 Niche upgrade."),
            ("7.2", "Until the system change is live, require an intelligence report for every crime "
                    "where stalking behaviour is present but is not the principal offence.",
             "Detective Superintendent, Public Protection", "Jan-2025", "Complete",
             "Force instruction issued 13/01/2025; compliance checked monthly."),
        ]),
        ("10", "By 27 March 2025, review and update learning and training provision relating to "
               "stalking.", [
            ("10.1", "Deliver College of Policing stalking and harassment e-learning to all frontline "
                     "officers, staff and call handlers.", "Head of Learning and Development",
             "Mar-2025", "Complete", "97% completion across frontline and Command and Control."),
            ("10.2", "Add a stalking input to the Initial Detective Training Programme and PIP2 "
                     "refresher courses.", "Head of Learning and Development", "Jun-2025",
             "On track", "Input written with Paladin; first course delivered November 2025."),
        ]),
        ("13", "By 27 March 2025, make sure stalking cases are allocated to officers with the right "
               "skills and experience and are regularly reviewed by supervisors.", [
            ("13.1", "Allocate all high-risk stalking investigations to the Public Protection Unit "
                     "from the point of the risk assessment.", "DCI Public Protection", "0ct-2025",
             "On track", "Allocation policy drafted; consultation with Territorial Policing "
                         "commanders complete."),
            ("13.2", "Introduce a monthly supervisor dip-sample of 20 stalking investigations with "
                     "feedback to investigating officers.", "DCI Public Protection", "Dec-2025",
             "On track", "First dip-sample completed October 2025."),
        ]),
        ("16", "By 27 March 2025, make sure that Stalking Protection Orders are considered in every "
               "stalking case and applied for wherever appropriate.", [
            ("16.1", "Appoint a Stalking Protection Order single point of contact in each Territorial "
                     "Policing Area.", "Superintendent, Territorial Policing", "Apr-2025", "Complete",
             "SPOCs in place in North, South and West TPAs."),
            ("16.2", "Add an SPO consideration prompt to the stalking investigation plan template "
                     "and monitor the number of applications each quarter.",
             "Detective Superintendent, Public Protection", "Sep-2025", "Off track",
             "Template change delayed by Niche release schedule."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Stalking Action Plan"
    ws["A1"] = "Cumbria Constabulary"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Executive Lead: Assistant Chief Constable"
    ws["D3"] = "Operational Lead: Detective Superintendent, Public Protection"
    ws["A4"] = "Published November 2024 \u2013 updated December 2025"
    ws["A4"].font = Font(italic=True)
    heads = ["Rec No.", "Recommendation to chief constables", "Sub-rec",
             "Cumbria Constabulary action", "Action owner", "Target date", "Status",
             "December 2025 update"]
    hr = 6
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", start_color="BDD7EE", end_color="BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    typo_row = None
    status_fill = {"Complete": "blue", "On track": "green", "Off track": "red"}
    for recno, rectext, acts in recs:
        first = r
        for ref, action, owner, target, status, update in acts:
            vals = [None, None, ref, action, owner, target, status, update]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            xl_fill(ws.cell(row=r, column=7), status_fill[status])
            if target.startswith("0ct"):
                typo_row = r
            r += 1
        ws.cell(row=first, column=1, value=recno)
        ws.cell(row=first, column=2, value=rectext)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Progress is reported to the Force Public Protection Board and to the "
                  "Police, Fire and Crime Commissioner's Public Accountability Conference.")
    widths = [8, 46, 8, 52, 30, 12, 12, 46]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row
    write_expected(
        name,
        source=("Imitates the stalking super-complaint action plans every force in England and Wales "
                "published by 22 November 2024 in response to the HMICFRS/College of Policing/IOPC "
                "report on the Suzy Lamplugh Trust super-complaint (e.g. Hampshire, Cambridgeshire, "
                "Merseyside: https://www.hampshire.police.uk/police-forces/hampshire-constabulary/areas/other/stalking-action-plan/, "
                "https://www.cambs.police.uk/police-forces/cambridgeshire-constabulary/areas/about-us/about-us/stalking-action-plan/). "
                "Copied features: executive and operational lead lines, 'By 27 March 2025' "
                "recommendations to chief constables merged down over numbered sub-recommendation "
                "actions (7.1, 7.2), owner posts, month-year target dates typed as text, status word "
                "with fill, dated update column, closing note line."),
        reads=("Cumbria Constabulary's force action plan for the stalking super-complaint: four "
               "recommendations to chief constables, each with two numbered actions, owners, target "
               "months, status and a December 2025 update. The target date of action 13.1 on sheet "
               "row 11 reads '0ct-2025' with a zero for the O, so a careful reader would stop and ask "
               "which month was meant before importing."),
        title=title, actions=None, outcome="refuse", refuse_at=typo_row)


# ---------------------------------------------------------------------------
# 3. BMet - Quality Improvement Plan 2025-26 (several sheets)
# ---------------------------------------------------------------------------
def build_bmet():
    name = "zfg-birmingham-metropolitan-college-quality-improvement-plan-2025-26.xlsx"
    title = "BMet Quality Improvement Plan 2025-26"
    sheets = [
        ("1 Quality of Education", "Key judgement 1: Quality of education", [
            ("QE1", "Teachers do not consistently check learners\u2019 understanding before moving on, "
                    "particularly in English and maths lessons.", [
                dict(ref="QE1.1",
                     action="Deliver a CPD programme on questioning and checking for understanding "
                            "for all English and maths teachers.",
                     lead_cell="Head of English and Maths", lead=["Head of English and Maths"],
                     deadline=D(2025, 12, 1), dfmt="mmm-yy",
                     measure="All English and maths teachers complete three CPD sessions.",
                     dec="Green", mar="Complete", comment="Completed December 2025.",
                     end="2025-12", status="blue"),
                dict(ref="QE1.2",
                     action="Carry out learning walks focused on checking for understanding, with "
                            "individual coaching for teachers where practice is weak.\n"
                            "Report findings to the Quality Board each half term.",
                     lead_cell="Quality Improvement Managers", lead=["Quality Improvement Managers"],
                     deadline="Half-termly", dfmt=None,
                     measure="85% of observed lessons show effective checking for understanding.",
                     dec="Green", mar="Green", comment="Spring 1 walks show 81%.",
                     end=None, end_text="Half-termly", status="green"),
            ]),
            ("QE2", "Too few adult learners on Access to HE courses complete their qualification.", [
                dict(ref="QE2.1",
                     action="Introduce a four-week early warning review for all Access learners, "
                            "with tutors agreeing support plans for those at risk of withdrawal.",
                     lead_cell="DP, RK", lead=["DP", "RK"],
                     deadline=D(2025, 10, 31), dfmt="dd/mm/yyyy",
                     measure="In-year retention on Access courses of at least 88%.",
                     dec="Complete", mar="Complete", comment="Reviews held for all 214 learners.",
                     end="2025-10", status="blue"),
            ]),
        ]),
        ("2 Behaviour & Attitudes", "Key judgement 2: Behaviour and attitudes", [
            ("BA1", "Attendance in too many study programme classes is below the college target of "
                    "90%.", [
                dict(ref="BA1.1",
                     action="Introduce weekly attendance panels in each school.\n"
                            "Escalate learners below 85% attendance to the Head of School and "
                            "contact parents or carers the same week.",
                     lead_cell="Heads of School", lead=["Heads of School"],
                     deadline=D(2025, 11, 30), dfmt="dd/mm/yyyy",
                     measure="Study programme attendance at 90% or above by March 2026.",
                     dec="Amber", mar="Green", comment="Attendance 89.4% at end of February.",
                     end="2025-11", status="green"),
                dict(ref="BA1.2",
                     action="Launch attendance rewards for learners who achieve 95% attendance or "
                            "above each term.",
                     lead_cell="Head of Student Experience", lead=["Head of Student Experience"],
                     deadline=D(2026, 1, 1), dfmt="mmm-yy",
                     measure="Number of learners at 95%+ increases each term.",
                     dec="Amber", mar="Amber", comment="Scheme agreed; launch moved to after Easter.",
                     end="2026-01", status="amber"),
            ]),
        ]),
        ("3 Personal Development", "Key judgement 3: Personal development", [
            ("PD1", "Learners on level 1 and level 2 programmes do not have a good enough "
                    "understanding of healthy relationships and of risks online.", [
                dict(ref="PD1.1",
                     action="Revise the tutorial curriculum to include six sessions on healthy "
                            "relationships and online safety, co-delivered with West Midlands Police.",
                     lead_cell="Head of Safeguarding and Wellbeing",
                     lead=["Head of Safeguarding and Wellbeing"],
                     deadline=D(2025, 9, 1), dfmt="mmm-yy",
                     measure="Sessions in all level 1 and 2 tutorial schemes of work.",
                     dec="Complete", mar="Complete", comment="",
                     end="2025-09", status="blue"),
                dict(ref="PD1.2",
                     action="Survey learners in February 2026 to measure changes in their "
                            "understanding.",
                     lead_cell="Head of Safeguarding and Wellbeing / Student Voice Coordinator",
                     lead=["Head of Safeguarding and Wellbeing", "Student Voice Coordinator"],
                     deadline=D(2026, 2, 1), dfmt="mmm-yy",
                     measure="At least 80% of learners can explain how to stay safe online.",
                     dec="Green", mar="Complete", comment="1,136 responses; 84% positive.",
                     end="2026-02", status="blue"),
            ]),
        ]),
        ("4 Leadership & Management", "Key judgement 4: Leadership and management", [
            ("LM1", "Governors do not receive enough information about the quality of apprenticeship "
                    "provision to challenge leaders effectively.", [
                dict(ref="LM1.1",
                     action="Add an apprenticeship quality dashboard to every Quality and Standards "
                            "Committee meeting.",
                     lead_cell="Director of Apprenticeships", lead=["Director of Apprenticeships"],
                     deadline=D(2025, 12, 1), dfmt="mmm-yy",
                     measure="Dashboard presented at each committee meeting.",
                     dec="Green", mar="Complete", comment="",
                     end="2025-12", status="blue"),
                dict(ref="LM1.2",
                     action="Arrange a governor link visit to each apprenticeship sector area every "
                            "term.",
                     lead_cell="Clerk to the Corporation", lead=["Clerk to the Corporation"],
                     deadline=D(2026, 7, 1), dfmt="mmm-yy",
                     measure="Nine link visits completed by July 2026.",
                     dec="Amber", mar="Amber", comment="Four of nine visits completed.",
                     end="2026-07", status="amber"),
            ]),
        ]),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Birmingham Metropolitan College"
    cover["A3"] = ("Informed by the Self-Assessment Report 2024-25 and the areas for improvement from "
                   "the college\u2019s most recent Ofsted inspection")
    cover["A4"] = "Version 3 \u2013 March 2026 update for the Quality and Standards Committee"
    cover["A6"] = "RAG rating key"
    cover["A6"].font = BOLD
    for i, (word, meaning) in enumerate([
            ("Complete", "Action completed and impact evidenced"),
            ("Green", "On track to meet the deadline"),
            ("Amber", "Some risk to the deadline; mitigation in place"),
            ("Red", "Off track; escalated to the Executive Team")], start=7):
        c = cover.cell(row=i, column=1, value=word)
        xl_fill(c, rag_fill[word])
        cover.cell(row=i, column=2, value=meaning)
    cover["A12"] = "Sheets: one per key judgement. Progress is RAG rated in December and March."
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 50

    heads = ["QIP ref", "Area for improvement (SAR 2024-25)", "Actions", "Lead(s)", "Deadline",
             "Milestones / measures of success", "RAG Dec 2025", "RAG Mar 2026", "Commentary"]
    expected = []
    for sheetname, heading, afis in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        for i, h in enumerate(heads, start=1):
            c = ws.cell(row=3, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        for afiref, afitext, acts in afis:
            first = r
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead_cell"])
                dc = ws.cell(row=r, column=5, value=a["deadline"])
                if a["dfmt"]:
                    dc.number_format = a["dfmt"]
                ws.cell(row=r, column=6, value=a["measure"])
                c7 = ws.cell(row=r, column=7, value=a["dec"])
                xl_fill(c7, rag_fill[a["dec"]])
                c8 = ws.cell(row=r, column=8, value=a["mar"])
                xl_fill(c8, rag_fill[a["mar"]])
                ws.cell(row=r, column=9, value=a["comment"] or None)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                expected.append(dict(ref=a["ref"], under=[heading, afitext], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
                r += 1
            ws.cell(row=first, column=2, value=afitext)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        widths = [9, 40, 50, 26, 12, 36, 11, 11, 32]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w

    summ = wb.create_sheet("Progress summary")
    summ["A1"] = "Progress summary \u2013 March 2026"
    summ["A1"].font = BOLD
    summ.append([])
    summ.append(["Key judgement", "Actions", "Complete", "Green", "Amber", "Red"])
    for c in summ[3]:
        c.font = BOLD
    for sheetname, heading, afis in sheets:
        acts = [a for _, _, al in afis for a in al]
        row = [heading, len(acts)] + [sum(1 for a in acts if a["mar"] == w)
                                      for w in ("Complete", "Green", "Amber", "Red")]
        summ.append(row)
    allacts = [a for _, _, afis in sheets for _, _, al in afis for a in al]
    summ.append(["Total", len(allacts)] + [sum(1 for a in allacts if a["mar"] == w)
                                          for w in ("Complete", "Green", "Amber", "Red")])
    summ.column_dimensions["A"].width = 44
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the quality improvement plans (QIPs) English FE colleges build from their "
                "self-assessment report and Ofsted areas for improvement and take to the governors' "
                "quality committee (layout advice as in FE News 'Improvement planning: get it write'; "
                "https://www.fenews.co.uk/exclusive/improvement-planning-get-it-write/). Copied "
                "features: cover sheet with version line and RAG key, one sheet per Ofsted key "
                "judgement with the judgement as a heading in A1, area-for-improvement text merged "
                "down over its actions, QIP refs, initials and posts as leads, month-year and "
                "day-first deadlines plus 'Half-termly', two dated RAG columns (December and March) "
                "as words with fills, an in-cell line break in two actions, progress summary sheet."),
        reads=("BMet's 2025-26 QIP split over four key-judgement sheets; each sheet lists areas for "
               "improvement from the SAR with their numbered actions, leads, deadline, measures and "
               "two RAG columns. A reader takes the March 2026 RAG as the current status; the cover "
               "and summary sheets hold no actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 4. HMP Hatfield - HMIP inspection action plan (docx, table per concern)
# ---------------------------------------------------------------------------
def build_hatfield():
    name = "zfg-hmp-hatfield-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Hatfield"
    sections = [
        ("Priority concerns", [
            ("1. Too many prisoners were locked in their cells during the working day because there "
             "were not enough activity places, and allocation to activities was slow.",
             "Agreed", [
                dict(ref="1.1",
                     action="Create 60 additional part-time activity places by opening a second "
                            "recycling workshop and extending the horticulture unit.",
                     owner="Head of Reducing Reoffending", lead=["Head of Reducing Reoffending"],
                     target="30 September 2025", end="2025-09",
                     evidence="Activity places shown on the regime management plan; allocation data."),
                dict(ref="1.2",
                     action="Reduce the average wait for allocation to activity to under 10 working "
                            "days through a weekly allocation board.",
                     owner="Head of Learning and Skills / Activities Hub Manager",
                     lead=["Head of Learning and Skills", "Activities Hub Manager"],
                     target="31 July 2025", end="2025-07",
                     evidence="Allocation board minutes; waiting list reports."),
            ]),
            ("2. Leaders did not have a sufficient grip on the supply of drugs into the prison, and "
             "the rate of positive random drug tests was high.",
             "Agreed", [
                dict(ref="2.1",
                     action="Introduce a local drug strategy action plan, reviewed monthly at the "
                            "Security Committee, using intelligence, testing and search data.",
                     owner="Head of Security", lead=["Head of Security"],
                     target="Ongoing", end=None, end_text="Ongoing",
                     evidence="Security Committee minutes; monthly random drug testing rate."),
                dict(ref="2.2",
                     action="Submit a bid to install an enhanced gate security search area at the "
                            "main gate.",
                     owner="Governor", lead=["Governor"],
                     target="March 2026", end="2026-03",
                     evidence="Bid submitted to the Prison Group Director."),
                dict(ref="2.3",
                     action="Restart the incentivised substance-free living unit on C wing, with "
                            "recovery support from the substance misuse provider.",
                     owner="Head of Residence; Head of Healthcare",
                     lead=["Head of Residence", "Head of Healthcare"],
                     target="30 June 2025", end="2025-06",
                     evidence="Unit open; compact and testing records."),
            ]),
        ]),
        ("Key concerns", [
            ("3. Prisoners\u2019 applications and complaints were not always answered on time, and "
             "quality assurance of responses was weak.",
             "Partly Agreed \u2013 the establishment accepts that timeliness and quality must improve. "
             "Changes to the national complaints system are outside local control.", [
                dict(ref="3.1",
                     action="Introduce a weekly report on overdue applications and complaints to the "
                            "Senior Leadership Team.",
                     owner="Business Hub Manager", lead=["Business Hub Manager"],
                     target="31 May 2025", end="2025-05",
                     evidence="Weekly SLT report; timeliness data."),
                dict(ref="3.2",
                     action="Dip-sample 10 complaint responses each month for quality and feed the "
                            "findings back to responding managers.",
                     owner="Deputy Governor", lead=["Deputy Governor"],
                     target="End of June 2025", end="2025-06",
                     evidence="Quality assurance log."),
            ]),
            ("4. Too few prisoners eligible for release on temporary licence (ROTL) were able to use it "
             "to work in the community.",
             "Agreed", [
                dict(ref="4.1",
                     action="Establish links with at least five new local employers to provide paid "
                            "ROTL work placements.",
                     owner="Employment Hub Lead", lead=["Employment Hub Lead"],
                     target="Q3 2025/26", end="2025-12",
                     evidence="Employer agreements; number of prisoners on paid ROTL."),
                dict(ref="4.2",
                     action="Review the ROTL board process to reduce the time from application to "
                            "decision to under four weeks.",
                     owner="Head of Offender Management Delivery",
                     lead=["Head of Offender Management Delivery"],
                     target="31/08/2025", end="2025-08",
                     evidence="ROTL tracker showing application and decision dates."),
            ]),
        ]),
    ]
    doc = Document()
    docx_landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Action Plan Submitted: 4 April 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 25 November \u2013 5 December 2024")
    doc.add_paragraph("Report Published: 11 March 2025")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) reports on the conditions for, and treatment of, people "
        "held in prisons and young offender institutions in England and Wales. Following each "
        "inspection, HM Prison and Probation Service (HMPPS) prepares an action plan setting out "
        "whether each concern is agreed, partly agreed or not agreed, and the actions the "
        "establishment will take, with a responsible owner and a target date for each.")
    doc.add_paragraph(
        "From May 2022 HMIP has reported priority concerns and key concerns rather than numbered "
        "recommendations. This plan responds to each of them.")
    key = doc.add_table(rows=4, cols=3)
    key.style = "Table Grid"
    krows = [("Term", "Definition", "Additional comment"),
             ("Agreed", "All of the concern is accepted and can be addressed.",
              "The response sets out SMART actions to address the concern."),
             ("Partly Agreed", "Only part of the concern is accepted or can be addressed.",
              "The response states which part will be addressed and why the rest cannot be."),
             ("Not Agreed", "The concern is not accepted.",
              "The response gives a clear rationale.")]
    for i, row in enumerate(krows):
        for j, v in enumerate(row):
            key.cell(i, j).text = v
    bold_row(key.rows[0])
    doc.add_paragraph()
    doc.add_heading("ACTION PLAN", level=1)
    expected = []
    for secname, concerns in sections:
        doc.add_heading(secname, level=2)
        for ctext, response, acts in concerns:
            t = doc.add_table(rows=3 + len(acts), cols=5)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 4))
            top.text = ctext
            docx_shade(top, "D9E2F3")
            for p in top.paragraphs:
                for rn in p.runs:
                    rn.bold = True
            t.cell(1, 0).text = "Response:"
            resp = t.cell(1, 1).merge(t.cell(1, 4))
            resp.text = response
            for j, h in enumerate(["Ref", "Action", "Responsible owner", "Target date",
                                   "How will this be evidenced?"]):
                t.cell(2, j).text = h
                docx_shade(t.cell(2, j), "F2F2F2")
            bold_row(t.rows[2])
            for i, a in enumerate(acts, start=3):
                vals = [a["ref"], a["action"], a["owner"], a["target"], a["evidence"]]
                for j, v in enumerate(vals):
                    t.cell(i, j).text = v
                expected.append(dict(ref=a["ref"], under=[secname, ctext], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status="unrated"))
            doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        so.cell(0, j).text = v
    for j, v in enumerate(["[signed]", "Governor, HMP Hatfield", "4 April 2025"]):
        so.cell(1, j).text = v
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the HMPPS action plans published in response to HMI Prisons inspection "
                "reports (title block 'Action Plan: HMP ...', 'Action Plan Submitted', 'A Response to "
                "the HMIP Inspection', 'Report Published', introduction and Agreed/Partly "
                "Agreed/Not Agreed categorisation table; e.g. HMP The Verne 2020 and HMP Elmley 2019 "
                "plans, https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html), "
                "in the post-May 2022 form where HMIP reports priority and key concerns instead of "
                "recommendations. Copied features: one Word table per concern with the concern "
                "merged across the top, a Response row, numbered actions with responsible owner "
                "posts, target dates in several forms ('30 September 2025', 'End of June 2025', "
                "'Q3 2025/26', 'Ongoing'), evidence column, sign-off table; no status column."),
        reads=("HMPPS's action plan for HMP Hatfield after the late-2024 HMIP inspection: two priority "
               "concerns and two key concerns, each in its own table with a response and numbered "
               "actions. Each action has a responsible owner post (two posts in some cells) and a "
               "target date; the plan carries no RAG or progress status."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Probation Service Salford PDU - HMI Probation inspection action plan (docx)
# ---------------------------------------------------------------------------
def build_salford():
    name = "zfg-probation-service-salford-pdu-hmi-probation-inspection-action-plan.docx"
    title = "Salford PDU \u2013 HM Inspectorate of Probation Inspection Action Plan"
    groups = [
        ("Recommendations for the Salford PDU", [
            ("1", "Improve the quality of assessment and planning to keep people safe, making sure "
                  "that information from other agencies is analysed and used.", "Agreed", [
                dict(ref="1a",
                     action="Deliver risk assessment refresher workshops to all probation "
                            "practitioners and probation service officers.",
                     owner="Senior Probation Officers", lead=["Senior Probation Officers"],
                     target="March 2025", end="2025-03",
                     progress="Delivered to 94% of staff; new starters booked on the next cohort.",
                     rag="B"),
                dict(ref="1b",
                     action="Introduce a monthly management oversight audit of 10 cases per team, "
                            "focusing on the use of domestic abuse and safeguarding information.",
                     owner="Senior Probation Officers; Quality Development Officer",
                     lead=["Senior Probation Officers", "Quality Development Officer"],
                     target="Monthly", end=None, end_text="Monthly",
                     progress="Audits running since January 2025; themes reported to the PDU "
                              "quality meeting.",
                     rag="G"),
                dict(ref="1c",
                     action="Use the regional quality framework to check a sample of assessments "
                            "each quarter and publish the results to staff.",
                     owner="Head of PDU", lead=["Head of PDU"],
                     target="Q4 2024/25", end="2025-03",
                     progress="First quarterly sample shared April 2025.",
                     rag="B"),
            ]),
            ("2", "Make sure that domestic abuse and child safeguarding enquiries are requested at "
                  "the start of every sentence and that responses are followed up.", "Agreed", [
                dict(ref="2a",
                     action="Agree a protocol with Greater Manchester Police for domestic abuse "
                            "call-out information to be returned within 10 working days.",
                     owner="Head of PDU", lead=["Head of PDU"],
                     target="31 May 2025", end="2025-05",
                     progress="Protocol signed June 2025; return times monitored monthly.",
                     rag="B"),
                dict(ref="2b",
                     action="Add a safeguarding enquiry check to the induction checklist used by the "
                            "case administrator team.",
                     owner="Business Manager", lead=["Business Manager"],
                     target="Feb-25", end="2025-02",
                     progress="Checklist amended and in use.",
                     rag="B"),
            ]),
            ("3", "Increase the number of people on probation who receive the accredited and "
                  "structured interventions they need.",
             "Partly agreed \u2013 accredited programme capacity is commissioned regionally.", [
                dict(ref="3a",
                     action="Recruit two additional programme facilitators to deliver Building "
                            "Choices in Salford.",
                     owner="Head of Interventions (Greater Manchester)",
                     lead=["Head of Interventions (Greater Manchester)"],
                     target="September 2025", end="2025-09",
                     progress="One facilitator in post; second post re-advertised.",
                     rag="A"),
            ]),
        ]),
        ("Recommendations for the North West Region", [
            ("4", "Make sure that the Salford PDU has enough probation practitioners to manage its "
                  "caseload safely.", "Agreed", [
                dict(ref="4a",
                     action="Prioritise Salford in the 2025 regional allocation of newly qualified "
                            "probation officers.",
                     owner="Regional Probation Director", lead=["Regional Probation Director"],
                     target="Jul-25", end="2025-07",
                     progress="Six PQiP graduates allocated to Salford.",
                     rag="B"),
                dict(ref="4b",
                     action="Offer retention payments to experienced staff in Salford under the "
                            "national targeted recruitment and retention scheme.",
                     owner="Regional Head of Operations / HR Business Partner",
                     lead=["Regional Head of Operations", "HR Business Partner"],
                     target="31/12/2025", end="2025-12",
                     progress="Scheme approved nationally; local eligibility list being finalised.",
                     rag="R"),
            ]),
        ]),
    ]
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rag_hex = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}

    doc = Document()
    docx_landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Probation Service \u2013 North West Region")
    doc.add_paragraph("Inspection fieldwork: June 2024. Report published: 15 October 2024.")
    doc.add_paragraph("Progress update for the Regional Performance and Assurance Board, January 2026.")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Owner", "Status"),
                             ("1.0", "10/12/2024", "Head of PDU, Salford", "Submitted to HMIP"),
                             ("1.4", "16/01/2026", "Head of PDU, Salford", "Progress update")]):
        for j, v in enumerate(row):
            dc.cell(i, j).text = v
    bold_row(dc.rows[0])
    doc.add_paragraph()
    heads = ["No.", "Recommendation", "Agreed / Partly agreed / Not agreed", "Ref", "Action",
             "Owner", "Target date", "Progress (January 2026)", "RAG"]
    expected = []
    for gname, recs in groups:
        doc.add_heading(gname, level=1)
        nrows = 1 + sum(len(a) for _, _, _, a in recs)
        t = doc.add_table(rows=nrows, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            t.cell(0, j).text = h
            docx_shade(t.cell(0, j), "D9D9D9")
        bold_row(t.rows[0])
        r = 1
        for no, rtext, agreed, acts in recs:
            first = r
            for a in acts:
                vals = [a["ref"], a["action"], a["owner"], a["target"], a["progress"], a["rag"]]
                for j, v in enumerate(vals, start=3):
                    t.cell(r, j).text = v
                docx_shade(t.cell(r, 8), rag_hex[a["rag"]])
                expected.append(dict(ref=a["ref"], under=[gname, rtext], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=rag_status[a["rag"]]))
                r += 1
            last = r - 1
            for j, v in enumerate([no, rtext, agreed]):
                cell = t.cell(first, j)
                if last > first:
                    cell = cell.merge(t.cell(last, j))
                cell.text = v
        doc.add_paragraph()
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some delay, recovery plan in place; "
                      "R = off track, escalated to the Regional Probation Director.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the HMPPS action plans written in response to HM Inspectorate of Probation "
                "PDU inspection reports (template: 'Action Plan ... A Response to the HMI Probation "
                "Inspection Report', recommendations marked Agreed / Partly Agreed / Not Agreed with "
                "owner and timescale for each step; https://docsbay.net/action-plan-name-of-crc-or-nps-division), "
                "in the progress-update form PDUs take to regional assurance boards. Copied features: "
                "title block and version table, one table per group of recommendations (to the PDU, "
                "to the region), recommendation number, text and agreement merged down over lettered "
                "actions, owners as posts (two in some cells), target dates as 'March 2025', 'Feb-25', "
                "'Q4 2024/25', '31/12/2025' and 'Monthly', progress column, RAG letters with shading "
                "and a RAG key line."),
        reads=("The Salford PDU's action plan for its HM Inspectorate of Probation inspection, updated "
               "January 2026: three recommendations to the PDU and one to the North West region, each "
               "with lettered actions, owner, target date, progress and a RAG letter explained by the "
               "key (B complete, G on track, A delayed, R off track)."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Hundred of Hoo Academy (Leigh Academies Trust) - post-Ofsted action plan (csv)
# ---------------------------------------------------------------------------
def build_hoo():
    name = "zfg-leigh-academies-trust-hundred-of-hoo-academy-post-ofsted-action-plan.csv"
    title = "Hundred of Hoo Academy \u2013 Post-Ofsted Action Plan 2025-26"
    priorities = [
        ("Priority 1: Improve attendance and reduce persistent absence, especially for "
         "disadvantaged pupils", [
            dict(ref="1a",
                 action="First-day calling for every absence, and a home visit by day 3 for pupils "
                        "whose attendance is below 90%.",
                 lead_cell="MBr / Attendance Officer", lead=["MBr", "Attendance Officer"],
                 when="Autumn term 2025", end="2025-12", end_text="Autumn term 2025",
                 rag="G", evidence="Persistent absence down from 27% to 22% (October)"),
            dict(ref="1b",
                 action="Weekly attendance meetings for each year group, with Heads of Year tracking "
                        "named pupils.",
                 lead_cell="Heads of Year", lead=["Heads of Year"],
                 when="Ongoing", end=None, end_text="Ongoing",
                 rag="G", evidence="Meeting notes on SharePoint"),
            dict(ref="1c",
                 action="Work with the trust attendance lead to use formal interventions where "
                        "absence does not improve after support.",
                 lead_cell="MBr, Trust Attendance Lead", lead=["MBr", "Trust Attendance Lead"],
                 when="By 13 February 2026", end="2026-02",
                 rag="A", evidence="Two attendance contracts agreed; others pending"),
        ]),
        ("Priority 2: Make sure the curriculum is taught consistently well in key stage 3, so that "
         "pupils remember the most important knowledge", [
            dict(ref="2a",
                 action="Subject leaders revise key stage 3 curriculum maps to set out the core "
                        "knowledge pupils must remember in each unit.",
                 lead_cell="Subject Leaders", lead=["Subject Leaders"],
                 when="End of October 2025", end="2025-10",
                 rag="B", evidence="All KS3 maps published to staff"),
            dict(ref="2b",
                 action="Introduce low-stakes retrieval quizzes at the start of every key stage 3 "
                        "lesson.",
                 lead_cell="JDo", lead=["JDo"],
                 when="Autumn term 2025", end="2025-12", end_text="Autumn term 2025",
                 rag="A", evidence="Seen in 68% of lessons in November learning walks"),
            dict(ref="2c",
                 action="Trust subject directors quality assure key stage 3 English, maths and "
                        "science through joint learning walks.",
                 lead_cell="Trust Directors of Subject / SLT link",
                 lead=["Trust Directors of Subject", "SLT link"],
                 when="Summer term 2026", end="2026-07", end_text="Summer term 2026",
                 rag="G", evidence=""),
        ]),
        ("Priority 3: Make sure pupils with SEND receive the adaptations set out in their support "
         "plans", [
            dict(ref="3a",
                 action="Update pupil passports for all pupils on the SEND register and share them "
                        "with staff through Class Charts.",
                 lead_cell="SENCo", lead=["SENCo"],
                 when="30/09/2025", end="2025-09",
                 rag="B", evidence="Passports live for 143 pupils"),
            dict(ref="3b",
                 action="Deliver CPD on adaptive teaching for all teaching staff, followed by "
                        "coaching for staff identified through lesson visits.",
                 lead_cell="SENCo & Assistant Headteacher (T&L)",
                 lead=["SENCo", "Assistant Headteacher (T&L)"],
                 when="31/03/2026", end="2026-03",
                 rag="G", evidence="Two of three CPD sessions delivered"),
        ]),
    ]
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ncol = 7
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(vals)

    row(title)
    row("Part of Leigh Academies Trust | Ofsted inspection: 20\u201321 May 2025 | "
        "Plan approved by the Academy Board: 8 July 2025")
    row()
    row("Priority", "Ref", "Action", "Lead(s)", "By when", "RAG (Dec 2025)", "Evidence / impact")
    expected = []
    for pri, acts in priorities:
        row(pri)
        for a in acts:
            row("", a["ref"], a["action"], a["lead_cell"], a["when"], a["rag"], a["evidence"])
            expected.append(dict(ref=a["ref"], under=[pri], action=a["action"], lead=a["lead"],
                                 end=a["end"], end_text=a.get("end_text"),
                                 status=rag_status[a["rag"]]))
    row()
    row("RAG key: B = completed, G = on track, A = some slippage, R = not on track")
    row("Progress is reviewed each half term by the Academy Board and the Trust Director of "
        "Education.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for vals in lines:
            w.writerow(vals)
    write_expected(
        name,
        source=("Imitates the post-Ofsted action plans that academies in multi-academy trusts publish "
                "or take to their academy boards after an inspection, built around the report's "
                "'What does the school need to do to improve?' points and saved from Excel as CSV. "
                "Copied features: title and context lines (trust, inspection date, approval date), "
                "priority rows spanning the table with the actions beneath them, lettered refs, staff "
                "initials and posts as leads ('MBr / Attendance Officer', 'SENCo & Assistant "
                "Headteacher (T&L)'), school-term and dated deadlines, RAG letters, evidence column, "
                "RAG key and review note at the foot."),
        reads=("Hundred of Hoo Academy's 2025-26 post-Ofsted action plan: three priorities, each "
               "followed by lettered actions with leads, a 'by when', a December 2025 RAG letter and "
               "evidence. The key at the foot gives B as completed."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Stonar School - Independent School Standards action plan (tab-separated text)
# ---------------------------------------------------------------------------
def build_stonar():
    name = "zfg-stonar-school-isi-independent-school-standards-action-plan.txt"
    title = "Stonar School \u2013 Action Plan to meet the Independent School Standards"
    parts = [
        ("Part 3: Welfare, health and safety of pupils", [
            ("Paragraph 7(a) and (b) \u2013 arrangements are made to safeguard and promote the welfare "
             "of pupils, having regard to Keeping Children Safe in Education", [
                dict(action="Update the safeguarding and child protection policy to reflect KCSIE 2024 "
                            "and publish it on the school website.",
                     lead_cell="Designated Safeguarding Lead", lead=["Designated Safeguarding Lead"],
                     when="By 30 June 2025", end="2025-06",
                     success="Policy approved by governors and published", progress="Complete",
                     status="blue"),
                dict(action="Train all staff, including boarding and peripatetic staff, on the updated "
                            "policy and record completion on the single training log.",
                     lead_cell="Designated Safeguarding Lead; Head of Boarding",
                     lead=["Designated Safeguarding Lead", "Head of Boarding"],
                     when="31/07/2025", end="2025-07",
                     success="100% of staff trained", progress="Complete", status="blue"),
            ]),
            ("Paragraph 16 \u2013 a written risk assessment policy is drawn up and effectively "
             "implemented", [
                dict(action="Carry out and record risk assessments for all off-site visits, "
                            "equestrian activities and the boarding houses.",
                     lead_cell="Bursar", lead=["Bursar"],
                     when="September 2025", end="2025-09",
                     success="Risk assessment register complete and reviewed", progress="On track",
                     status="green"),
                dict(action="Audit a sample of ten risk assessments each term and report the findings "
                            "to the Health and Safety Committee.",
                     lead_cell="Deputy Head (Pastoral)", lead=["Deputy Head (Pastoral)"],
                     when="Termly", end=None, end_text="Termly",
                     success="Audit reports in committee minutes", progress="On track",
                     status="green"),
            ]),
        ]),
        ("Part 4: Suitability of staff, supply staff and proprietors", [
            ("Paragraph 21 \u2013 the school keeps a register showing the required checks for all "
             "staff, supply staff and proprietors", [
                dict(action="Check every entry on the single central register against staff files "
                            "and complete any missing checks.",
                     lead_cell="HR Manager", lead=["HR Manager"],
                     when="By 30 June 2025", end="2025-06",
                     success="Register fully compliant when checked by the safeguarding governor",
                     progress="Complete", status="blue"),
                dict(action="Commission an external safeguarding audit of recruitment and vetting "
                            "checks.",
                     lead_cell="Bursar / Head", lead=["Bursar", "Head"],
                     when="31 January 2026", end="2026-01",
                     success="Audit report received and actions agreed", progress="Not started",
                     status="unrated"),
            ]),
        ]),
        ("Part 8: Quality of leadership in and management of schools", [
            ("Paragraph 34(1)(a)\u2013(c) \u2013 leaders and managers demonstrate good skills and "
             "knowledge and fulfil their responsibilities so that the standards are met consistently", [
                dict(action="Appoint a governor with responsibility for regulatory compliance and hold "
                            "half-termly compliance meetings with the Head.",
                     lead_cell="Chair of Governors", lead=["Chair of Governors"],
                     when="September 2025", end="2025-09",
                     success="Minutes of compliance meetings", progress="Complete", status="blue"),
                dict(action="Introduce a compliance calendar covering every Independent School "
                            "Standard, with named owners and termly reports to the full governing "
                            "body.",
                     lead_cell="Head", lead=["Head"],
                     when="December 2025", end="2025-12",
                     success="Calendar in use; termly reports received by governors",
                     progress="On track", status="green"),
            ]),
        ]),
    ]
    out = []
    out.append(title)
    out.append("Following the ISI routine inspection of 11\u201313 March 2025 and the Department for "
               "Education action plan notice dated 6 May 2025")
    out.append("Proprietor: Stonar Education Ltd\tSubmitted to DfE: 3 June 2025\t"
               "Updated for the Board of Governors: 19 November 2025")
    out.append("")
    out.append("\t".join(["Standard not met", "Action to be taken", "Person(s) responsible",
                          "Date by which action will be completed", "How success will be evaluated",
                          "Progress at November 2025"]))
    expected = []
    for part, stds in parts:
        out.append(part)
        for std, acts in stds:
            for i, a in enumerate(acts):
                out.append("\t".join([std if i == 0 else "", a["action"], a["lead_cell"], a["when"],
                                      a["success"], a["progress"]]))
                expected.append(dict(ref=None, under=[part, std], action=a["action"], lead=a["lead"],
                                     end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    out.append("")
    out.append("Signed on behalf of the proprietor: Chair of Governors\tDate: 3 June 2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out) + "\n")
    write_expected(
        name,
        source=("Imitates the action plan an independent school must send the DfE after an action plan "
                "notice for unmet Independent School Standards following an ISI inspection, laid out "
                "on the template in the DfE's 'Independent school action plan guidance' (April 2023; "
                "https://www.gov.uk/government/publications/independent-school-action-plans): standard "
                "not met, steps to be taken, person responsible, date by which each step will be taken, "
                "how success will be evaluated. Exported as tab-separated text, with the Part of the "
                "standards on its own line, the standard given once on its first action's line, a "
                "progress column added for governors, and a signature line."),
        reads=("Stonar School's plan to meet the Independent School Standards it failed: three Parts "
               "of the standards, four unmet paragraphs, two actions each with the person "
               "responsible, completion date, success measure and November 2025 progress word "
               "(Complete, On track, Not started). Actions carry no refs."),
        title=title, actions=expected)


if __name__ == "__main__":
    build_staffordshire()
    build_cumbria()
    build_bmet()
    build_hatfield()
    build_salford()
    build_hoo()
    build_stonar()
    print("done")
