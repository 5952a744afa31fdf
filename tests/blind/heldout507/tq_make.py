#!/usr/bin/env python
"""Build the seven tq- blind cases (data files and their .expected.yaml) for set heldout507.

Run with /work/main/.venv/bin/python tq_make.py  (writes only files starting tq- in this folder).
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
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"
FILLS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("tq-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(Lit, _lit_rep)


class Q(str):
    pass


yaml.SafeDumper.add_representer(Q, lambda d, x: d.represent_scalar("tag:yaml.org,2002:str", str(x), style='"'))


def write_expected(name, exp):
    out = {
        "source": Lit(exp["source"]),
        "reads": Lit(exp["reads"]),
        "outcome": exp["outcome"],
        "accept_refusal": exp.get("accept_refusal", False),
    }
    if "refuse_at" in exp:
        out["refuse_at"] = exp["refuse_at"]
    if "title" in exp:
        out["title"] = exp["title"]
    if exp["outcome"] == "read":
        acts = []
        for a in exp["actions"]:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": Q(a["end"]) if a["end"] else None}
            if "end_text" in a:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        out["actions"] = acts
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ======================================================================================
# 1. Bromley – internal audit recommendations tracker (xlsx, fill-only RAG, merged audits)
# ======================================================================================

def bromley():
    name = "tq-london-borough-of-bromley-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Bromley – Internal Audit Outstanding Recommendations Tracker"
    audits = [
        ("Housing Needs – Temporary Accommodation Procurement (2024/25) – Limited assurance", [
            dict(ref="HN/24/01", pri=1,
                 rec="Ensure all nightly-paid temporary accommodation placements are supported by a signed "
                     "placement agreement and checked against the approved supplier list before booking.",
                 action="Introduce a pre-booking checklist in the placements system so that a booking cannot be "
                        "confirmed until a signed agreement is attached and the supplier-list check is recorded.",
                 lead_cell="Head of Housing Needs", lead=["Head of Housing Needs"],
                 orig=dt.datetime(2025, 9, 30), rev=dt.datetime(2026, 3, 31), end="2026-03",
                 progress="Checklist built and tested; go-live held back by the placements system upgrade "
                          "(now scheduled for February 2026).",
                 rag="A"),
            dict(ref="HN/24/02", pri=1,
                 rec="Reconcile temporary accommodation invoices to placement records every month.",
                 action="Monthly reconciliation of TA invoices to placement records to be completed by Housing "
                        "Finance and signed off by the Head of Housing Needs.",
                 lead_cell="Housing Finance Manager / Head of Housing Needs",
                 lead=["Housing Finance Manager", "Head of Housing Needs"],
                 orig=dt.datetime(2025, 10, 31), rev=None, end="2025-10",
                 progress="July to September reconciled. October and November not yet done owing to staff vacancy.",
                 rag="R"),
        ]),
        ("Payroll (2024/25) – Reasonable assurance", [
            dict(ref="PAY/24/03", pri=2,
                 rec="Review the leavers process so that leavers are removed from the payroll before the "
                     "monthly pay cut-off date.",
                 action="Make the leaver notification form mandatory in the HR self-service portal, with an "
                        "automatic alert to Payroll when it is submitted.",
                 lead_cell="Head of HR Operations", lead=["Head of HR Operations"],
                 orig=dt.datetime(2025, 7, 31), rev=None, end="2025-07",
                 progress="Implemented – portal change live from 1 September 2025. Follow-up testing confirmed "
                          "no overpayments in September or October.",
                 rag="B"),
        ]),
        ("Contract Management – Highways Term Maintenance Contract (2024/25) – Limited assurance", [
            dict(ref="CM/24/05", pri=2,
                 rec="Keep the contract register entry for the highways term contract complete, including all "
                     "variations agreed since 2022.",
                 action="Update the contract register with every variation and attach the signed variation notices.",
                 lead_cell="Assistant Director, Highways and Traffic",
                 lead=["Assistant Director, Highways and Traffic"],
                 orig=dt.datetime(2025, 11, 30), rev=dt.datetime(2026, 2, 28), end="2026-02",
                 progress="Eleven of fourteen variations uploaded; remaining three awaiting signed copies from "
                          "the contractor.",
                 rag="G"),
            dict(ref="CM/24/06", pri=2,
                 rec="Hold and minute quarterly contract performance meetings, with KPIs reported to the "
                     "Contracts Sub-Committee.",
                 action="Schedule quarterly performance meetings for 2025/26 and agree a KPI report template with "
                        "the contractor.\nFirst KPI report to go to the Contracts Sub-Committee in March 2026.",
                 lead_cell="Highways Contract Manager", lead=["Highways Contract Manager"],
                 orig="Q3 2025/26", rev="Q4 2025/26", end="2026-03",
                 progress="Meetings held in July and October 2025 and minuted. KPI template agreed in principle.",
                 rag="G"),
        ]),
        ("Schools Financial Value Standard – thematic review (2025/26) – Reasonable assurance", [
            dict(ref="SCH/25/01", pri=2,
                 rec="Issue updated guidance to maintained schools on the separation of duties for raising and "
                     "approving purchase orders.",
                 action="Schools Finance to issue revised guidance and run two briefing sessions for school "
                        "business managers.",
                 lead_cell="Head of Schools Finance", lead=["Head of Schools Finance"],
                 orig=dt.datetime(2026, 1, 31), rev=None, end="2026-01",
                 progress="Guidance drafted; briefings booked for 13 and 20 January 2026.",
                 rag="G"),
        ]),
        ("IT Disaster Recovery (2023/24) – Limited assurance", [
            dict(ref="ICT/23/04", pri=1,
                 rec="Test the disaster recovery plan for critical systems at least once a year and record the "
                     "results.",
                 action="Carry out a full failover test of Tier 1 systems and report the results to the "
                        "Information Governance Board.",
                 lead_cell="Director of Digital and IT; Head of Infrastructure",
                 lead=["Director of Digital and IT", "Head of Infrastructure"],
                 orig=dt.datetime(2025, 3, 31), rev=dt.datetime(2026, 5, 31), end="2026-05",
                 progress="Test postponed twice because of the data centre migration. New date agreed with the "
                          "Director; this is the second revision.",
                 rag="R"),
        ]),
    ]
    status_of = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    wb = Workbook()
    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit Sub-Committee, 28 January 2026 – position at 31 December 2025"
    s["A2"].font = Font(italic=True)
    s["A4"] = "Outstanding recommendations by priority"
    s["A4"].font = Font(bold=True)
    hdr = ["Priority", "Total on tracker", "Implemented (blue)", "Overdue (red)", "Revised date (amber)",
           "On track (green)"]
    rows = [["Priority 1 (High)", 3, 0, 2, 1, 0],
            ["Priority 2 (Medium)", 4, 1, 0, 0, 3],
            ["Total", 7, 1, 2, 1, 3]]
    for j, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    for i, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BORDER
            if r[0] == "Total":
                c.font = Font(bold=True)
    s["A10"] = ("Priority 3 (Low) recommendations are followed up by Internal Audit directly and are not "
                "reported to the Sub-Committee.")
    s["A10"].font = Font(italic=True, size=9)
    s.column_dimensions["A"].width = 24
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    # --- Tracker sheet
    t = wb.create_sheet("Outstanding recs")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Appendix B – Priority 1 and 2 recommendations, position at 31 December 2025"
    t["A2"].font = Font(italic=True)
    heads = ["Ref", "Audit (year) – assurance opinion", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "Progress update – December 2025", "RAG"]
    for j, h in enumerate(heads, 1):
        c = t.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    expected = []
    for audit, recs in audits:
        first = r
        for rec in recs:
            vals = [rec["ref"], audit if r == first else None, rec["pri"], rec["rec"], rec["action"],
                    rec["lead_cell"], rec["orig"], rec["rev"], rec["progress"], None]
            for j, v in enumerate(vals, 1):
                c = t.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=10).fill = fill(FILLS[rec["rag"]])
            expected.append(dict(ref=rec["ref"], under=[audit, rec["rec"]], action=rec["action"],
                                 lead=rec["lead"], end=rec["end"], status=status_of[rec["rag"]]))
            r += 1
        if r - first > 1:
            t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    t.cell(row=r + 1, column=1,
           value="Note: RAG is shown by cell colour only – see the 'RAG key' sheet. Blue items will be removed "
                 "from the next report.").font = Font(italic=True, size=9)
    widths = [11, 28, 8, 40, 45, 24, 12, 12, 40, 6]
    for j, w in enumerate(widths):
        t.column_dimensions[chr(65 + j)].width = w
    t.freeze_panes = "A5"

    # --- Key sheet
    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    key = [("R", "Red", "Overdue – original date passed and no revised date agreed, or revised more than once"),
           ("A", "Amber", "In progress – revised date agreed with Internal Audit"),
           ("G", "Green", "In progress – on track to meet the target date"),
           ("B", "Blue", "Implemented – evidence verified by Internal Audit")]
    for i, (code, word, meaning) in enumerate(key, 3):
        k.cell(row=i, column=1).fill = fill(FILLS[code])
        k.cell(row=i, column=2, value=word)
        k.cell(row=i, column=3, value=meaning)
    k.column_dimensions["C"].width = 80
    wb.save(path(name))

    write_expected(name, dict(
        source="Imitates the internal audit 'outstanding recommendations' appendix that London boroughs such as "
               "Bromley take to their Audit Sub-Committee (cf. Reading's 'Implementation of Audit "
               "Recommendations Tracker' with original and revised implementation dates). Copied features: a "
               "summary sheet of counts by priority before the tracker, the audit title and assurance opinion "
               "merged down over its recommendations, recommendation text beside the agreed management action, "
               "original and revised target dates (real dates, and Q3/Q4 2025/26 text), a RAG column shown by "
               "fill colour only with the key on a separate sheet, a job title containing a comma, and a note line.",
        reads="A three-sheet workbook: a summary of counts, the tracker of seven recommendations from five audits "
              "(each audit's title merged over its rows), and a colour key. Each row is read as the agreed "
              "management action answering the recommendation beside it, with the revised target date where one "
              "is given and the status taken from the cell colour.",
        outcome="read", title=title, actions=expected))


# ======================================================================================
# 2. Broadland & South Norfolk – joint Delivery Plan Q2 (xlsx, priority bands, Q1/Q2 RAG)
# ======================================================================================

def broadland():
    name = "tq-broadland-south-norfolk-councils-delivery-plan-2025-26-q2-progress.xlsx"
    title = "Broadland District Council and South Norfolk Council – Delivery Plan 2025/26: Quarter 2 Progress"
    plan = [
        ("Priority 1: Growing the economy", [
            dict(ref="GE1", action="Adopt the South Norfolk Village Clusters Housing Allocations Plan following "
                                   "the examination hearings.",
                 council="SNC", lead_cell="Assistant Director Planning", lead=["Assistant Director Planning"],
                 target="Q4 2025/26", end="2026-03", q1="A", q2="G",
                 comm="Inspector's main modifications consultation closed 19 September. Adoption report to "
                      "Council in February 2026."),
            dict(ref="GE2", action="Launch the market towns business support programme in Wymondham, Diss, "
                                   "Aylsham and Acle.",
                 council="Both", lead_cell="Economic Development Manager", lead=["Economic Development Manager"],
                 target="Dec-25", end="2025-12", q1="G", q2="G",
                 comm="Delivery partner appointed; first workshops held in Diss and Aylsham in September."),
            dict(ref="GE3", action="Secure occupiers for the remaining units at the Food Innovation Centre, "
                                   "Honingham.",
                 council="BDC", lead_cell="Director of Place", lead=["Director of Place"],
                 target=dt.datetime(2026, 3, 31), end="2026-03", q1="A", q2="R",
                 comm="Two of six units let. Interest from food manufacturers has slowed; revised marketing "
                      "strategy going to Cabinet in December."),
        ]),
        ("Priority 2: Supporting communities", [
            dict(ref="SC1", action="Extend the Help Hub early help model to all new housing developments of more "
                                   "than 100 homes.",
                 council="Both", lead_cell="Assistant Director Community Services / Help Hub Manager",
                 lead=["Assistant Director Community Services", "Help Hub Manager"],
                 target="Ongoing", end=None, end_text="Ongoing", q1="G", q2="G",
                 comm="Community connectors now attending new residents' events at Rackheath and Long Stratton."),
            dict(ref="SC2", action="Review the joint Homelessness and Rough Sleeping Strategy and consult partners "
                                   "on the draft.",
                 council="Both", lead_cell="Housing and Wellbeing Senior Manager",
                 lead=["Housing and Wellbeing Senior Manager"],
                 target="Q2 2025/26", end="2025-09", q1="G", q2="Complete",
                 comm="Consultation closed 30 September; 64 responses. Final strategy to Cabinets in November."),
        ]),
        ("Priority 3: Protecting the environment", [
            dict(ref="PE1", action="Introduce weekly food waste collections for all households.",
                 council="Both", lead_cell="Assistant Director Environmental Services",
                 lead=["Assistant Director Environmental Services"],
                 target="April 2026", end="2026-04", q1="A", q2="A",
                 comm="Vehicles ordered; caddy delivery dates from the supplier not yet confirmed."),
            dict(ref="PE2", action="Plant 2,500 trees on council land and with parish council partners.",
                 council="Both", lead_cell="Environmental Projects Officer", lead=["Environmental Projects Officer"],
                 target="Nov 2025 – Mar 2026", end="2026-03", q1=None, q2="G",
                 comm="Planting season starts in November; 14 parishes signed up."),
        ]),
        ("Priority 4: Moving with the times", [
            dict(ref="MT1", action="Move both councils onto a single shared HR and payroll system.",
                 council="Both", lead_cell="Assistant Director Governance and Business Support",
                 lead=["Assistant Director Governance and Business Support"],
                 target="Q3 2025/26", end="2025-12", q1="A", q2="A",
                 comm="Data migration testing has found errors in historic pension records; parallel run "
                      "extended by one month."),
        ]),
    ]
    st = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}

    wb = Workbook()
    k = wb.active
    k.title = "Key and summary"
    k["A1"] = title
    k["A1"].font = Font(bold=True, size=14)
    k["A3"] = "RAG key"
    k["A3"].font = Font(bold=True)
    key = [("G", "On track to deliver by the target date"),
           ("A", "Some slippage – recoverable within the year"),
           ("R", "Significant delay or at risk of not being delivered"),
           ("Complete", "Action delivered")]
    for i, (code, meaning) in enumerate(key, 4):
        c = k.cell(row=i, column=1, value=code)
        c.fill = fill(rag_fill[code])
        c.alignment = Alignment(horizontal="center")
        k.cell(row=i, column=2, value=meaning)
    k["A9"] = "Quarter 2 summary"
    k["A9"].font = Font(bold=True)
    summ = [("Complete", 1), ("G", 4), ("A", 2), ("R", 1), ("Total actions", 8)]
    for i, (a, b) in enumerate(summ, 10):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b)
    k.column_dimensions["A"].width = 16
    k.column_dimensions["B"].width = 60

    d = wb.create_sheet("Delivery Plan 2025-26")
    d["A1"] = title
    d["A1"].font = Font(bold=True, size=14)
    d["A2"] = "Reported to Broadland Cabinet and South Norfolk Cabinet, November 2025"
    d["A2"].font = Font(italic=True)
    heads = ["Ref", "Delivery Plan action", "Council", "Lead officer", "Target date", "Q1 RAG", "Q2 RAG",
             "Q2 commentary"]
    for j, h in enumerate(heads, 1):
        c = d.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00703C")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    expected = []
    for prio, acts in plan:
        d.cell(row=r, column=1, value=prio).font = Font(bold=True, size=12)
        d.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        d.cell(row=r, column=1).fill = fill("E2EFDA")
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["council"], a["lead_cell"], a["target"], a["q1"], a["q2"], a["comm"]]
            for j, v in enumerate(vals, 1):
                c = d.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, code in ((6, a["q1"]), (7, a["q2"])):
                if code:
                    d.cell(row=r, column=col).fill = fill(rag_fill[code])
                    d.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            e = dict(ref=a["ref"], under=[prio], action=a["action"], lead=a["lead"], end=a["end"],
                     status=st[a["q2"]])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
    r += 1
    d.cell(row=r, column=1, value="Council: BDC = Broadland District Council; SNC = South Norfolk Council; "
                                  "Both = joint action delivered by the shared officer team.").font = \
        Font(italic=True, size=9)
    d.cell(row=r + 1, column=1, value="Q1 RAG is shown for comparison; Q2 RAG is the current position.").font = \
        Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [7, 50, 9, 30, 14, 9, 11, 50]):
        d.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, dict(
        source="Imitates the joint Delivery Plan quarterly progress report of Broadland District Council and South "
               "Norfolk Council (the 'two councils, one team' shared officer structure), like the corporate plan "
               "action-plan updates district councils such as North Norfolk take to Cabinet each quarter. Copied "
               "features: key and summary sheet first, priority themes as merged band rows, a Council column "
               "(BDC/SNC/Both), previous-quarter and current-quarter RAG columns with text and fill, target dates "
               "written as quarters, month abbreviations, a real date, a period and 'Ongoing', and explanatory "
               "notes under the table.",
        reads="A workbook with a key/summary sheet and the delivery plan sheet: four priority bands with eight "
              "numbered actions, each with a lead officer (one action with two posts), a target date, and Q1 and "
              "Q2 RAG. The Q2 RAG is the current status.",
        outcome="read", title=title, actions=expected))


# ======================================================================================
# 3. Southampton – Ofsted focused visit action plan with a mistyped month (xlsx, REFUSE)
# ======================================================================================

def southampton():
    name = "tq-southampton-city-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = ("Ofsted Focused Visit (children in need and children subject to a child protection plan) – "
             "Action Plan")
    wb = Workbook()
    s = wb.active
    s.title = "Action Plan"
    s["A1"] = "Southampton City Council – Children and Learning"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = ("Visit: 3 and 4 September 2025  |  Letter published: 9 October 2025  |  Plan owner: Executive "
               "Director, Children and Learning")
    s["A3"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement / action", "Lead", "Start", "Completion date", "Evidence of impact",
             "Progress (December 2025)", "RAG"]
    for j, h in enumerate(heads, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
    rows = [
        ("area", "1. The consistency and impact of management oversight and supervision in moving children's "
                 "plans forward"),
        ("act", "1.1", "Introduce a supervision template that records the rationale for decisions and the "
                       "actions agreed, with a four-weekly minimum frequency for children on a child protection "
                       "plan.", "Head of Service, Safeguarding and Child Protection", "Oct-2025", "Dec-2025",
         "Audit shows 80% of supervision records meet the standard.", "Template live from 3 November.", "Green"),
        ("act", "1.2", "Team managers to complete the 'Leading good practice' development programme.",
         "Principal Social Worker", "Nov-2025", "31/01/2026",
         "All 14 team managers completed the programme.", "Cohort 1 complete; cohort 2 starts January.", "Green"),
        ("area", "2. The quality of child protection plans, including clear contingency plans"),
        ("act", "2.1", "Revise the child protection plan format so that every plan sets out what needs to change, "
                       "by when, and what will happen if it does not.",
         "Child Protection Chairs Service Manager", "Oct-2025", "Nov 2025",
         "Chairs' quality assurance shows plans are SMART.", "New format agreed at Practice Board.", "Blue"),
        ("act", "2.2", "Child protection chairs to audit contingency planning at every review conference and "
                       "escalate plans that are not SMART.",
         "Child Protection Chairs Service Manager", "Nov-2025", "Janaury 2026",
         "Monthly escalation report to the Head of Service.", "Audit tool drafted.", "Amber"),
        ("area", "3. The timeliness of initial child protection conferences when risk increases"),
        ("act", "3.1", "Put in place a weekly tracker of strategy discussions and initial conference dates, "
                       "reviewed by the Head of Service.",
         "Head of Service, Safeguarding and Child Protection", "Oct-2025", "March 2026",
         "95% of initial conferences within 15 working days.", "Tracker running since October.", "Green"),
        ("act", "3.2", "Report conference timeliness to the Children's Improvement Board each month.",
         "Performance and Intelligence Manager", "Nov-2025", "Ongoing",
         "Board receives monthly performance report.", "First report to the November Board.", "Green"),
    ]
    r = 6
    typo_row = None
    for row in rows:
        if row[0] == "area":
            s.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            s.cell(row=r, column=1).fill = fill("E8DAEF")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for j, v in enumerate(row[1:], 1):
                c = s.cell(row=r, column=j, value=v)
                c.alignment = WRAP
            if row[5] == "Janaury 2026":
                typo_row = r
        r += 1
    s.cell(row=r + 1, column=1, value="RAG: Green = on track; Amber = at risk of slipping; Red = off track; "
                                      "Blue = complete.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [6, 55, 30, 10, 14, 35, 30, 8]):
        s.column_dimensions[col].width = w

    v = wb.create_sheet("Version control")
    v.append(["Version", "Date", "Changes", "Author"])
    v.append(["0.1", "14/10/2025", "First draft following the focused visit letter", "Improvement Programme Lead"])
    v.append(["1.0", "06/11/2025", "Agreed by Children's Improvement Board", "Improvement Programme Lead"])
    v.append(["1.1", "09/12/2025", "December progress update", "Improvement Programme Lead"])
    wb.save(path(name))
    assert typo_row == 11, typo_row

    write_expected(name, dict(
        source="Imitates the action plan a unitary council sends Ofsted after a focused visit to children in need "
               "and child protection (cf. Shropshire Council's 2024 focused-visit implementation plan overseen by a "
               "Children's Improvement Board). Copied features: council and directorate line, plan title, a line "
               "with visit dates and plan owner, areas for improvement as numbered merged rows, numbered actions "
               "with job-title leads, start and completion dates, evidence of impact, progress, RAG words, a RAG "
               "note and a version control sheet.",
        reads="A one-sheet plan under three numbered areas for improvement with six actions. The completion date "
              "of action 2.2 is written 'Janaury 2026', a mistyped month, so a careful reader stops at that row "
              "and asks what was meant before reading the plan.",
        outcome="refuse", refuse_at=typo_row, title=title))


# ======================================================================================
# 4. Merton SCP – LCSPR Child S multi-agency action plan (docx, table per recommendation)
# ======================================================================================

def merton():
    name = "tq-merton-safeguarding-children-partnership-lcspr-child-s-action-plan.docx"
    title = "Merton Safeguarding Children Partnership – LCSPR Child S: Multi-agency Action Plan"
    themes = [
        ("Theme 1: Hearing the voice of the child",
         "Recommendation 1: All partner agencies to assure the MSCP that practitioners record the child's lived "
         "experience, in the child's own words where possible, at each contact.",
         [
             dict(no="1.1", action="Audit a sample of 30 contacts across children's social care, health visiting "
                                   "and schools for how the child's voice is recorded.",
                  lead_cell="MSCP Quality Assurance Sub-group Chair",
                  lead=["MSCP Quality Assurance Sub-group Chair"],
                  when="By 30 June 2025", end="2025-06",
                  prog="Audit completed June 2025. Findings reported to the MSCP Executive on 17 July.",
                  rag="Complete", status="blue"),
             dict(no="1.2", action="Refresh the Voice of the Child practice guidance and launch it through a "
                                   "multi-agency briefing.",
                  lead_cell="Head of Safeguarding Standards (LBM); Designated Nurse for Safeguarding Children "
                            "(SWL ICB)",
                  lead=["Head of Safeguarding Standards (LBM)",
                        "Designated Nurse for Safeguarding Children (SWL ICB)"],
                  when="Sept 2025 – Jan 2026", end="2026-01",
                  prog="Draft guidance out for comment; briefing booked for 22 January 2026.",
                  rag="Green", status="green"),
         ]),
        ("Theme 2: Working with fathers and male carers",
         "Recommendation 2: Agencies to make sure that fathers and male carers are identified, assessed and "
         "included in planning, including where they do not live in the household.",
         [
             dict(no="2.1", action="Add a mandatory field for significant males in the household to the MASH "
                                   "contact form and the early help assessment.",
                  lead_cell="MASH Service Manager", lead=["MASH Service Manager"],
                  when="Q3 2025/26", end="2025-12",
                  prog="Early help form changed. MASH form change waiting for a case management system release.",
                  rag="Amber", status="amber"),
             dict(no="2.2", action="Deliver the 'Think Dad' training course to 120 practitioners across the "
                                   "partnership.",
                  lead_cell="MSCP Learning and Development Lead", lead=["MSCP Learning and Development Lead"],
                  when="March 2026", end="2026-03",
                  prog="74 practitioners trained so far (social care 31, health 22, schools 14, police 7).",
                  rag="Green", status="green"),
             dict(no="2.3", action="Health visiting and midwifery to record the details of the father at the "
                                   "booking appointment and the new birth visit.\nCompliance to be reported "
                                   "quarterly to the MSCP Health Sub-group.",
                  lead_cell="Named Midwife, St George's University Hospitals; Named Nurse, Central London "
                            "Community Healthcare",
                  lead=["Named Midwife, St George's University Hospitals",
                        "Named Nurse, Central London Community Healthcare"],
                  when="31/03/2026", end="2026-03",
                  prog="Midwifery compliance 68% in Q2; health visiting reporting not yet available.",
                  rag="Amber", status="amber"),
         ]),
        ("Theme 3: Escalation and professional challenge",
         "Recommendation 3: The MSCP to test whether the escalation policy is understood and used, particularly "
         "by schools and GP practices.",
         [
             dict(no="3.1", action="Re-launch the Resolving Professional Differences (escalation) policy with a "
                                   "one-page summary for schools and GP practices.",
                  lead_cell="MSCP Business Manager", lead=["MSCP Business Manager"],
                  when="October 2025", end="2025-10",
                  prog="Re-launched at the Designated Safeguarding Leads forum and GP safeguarding leads meeting.",
                  rag="Complete", status="blue"),
             dict(no="3.2", action="Include a question on escalation in the annual Section 11 and Section 175 "
                                   "self-assessments and report the findings to the Executive.",
                  lead_cell="MSCP Business Manager / Education Safeguarding Lead",
                  lead=["MSCP Business Manager", "Education Safeguarding Lead"],
                  when="Ongoing – annual", end=None, end_text="Ongoing – annual",
                  prog="Question added to the 2025/26 Section 175 return.",
                  rag="Green", status="green"),
         ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width

    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update for the MSCP Executive – December 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "14/03/2025", "MSCP Business Manager", "Action plan agreed by the MSCP Executive"),
                ("1.2", "10/09/2025", "MSCP Business Manager", "Q2 updates from partner agencies"),
                ("1.3", "04/12/2025", "MSCP Business Manager", "Q3 updates from partner agencies")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph(
        "The review of Child S was published in March 2025. The reviewer made three recommendations to the "
        "partnership. This plan sets out the actions agreed by partner agencies, who leads them and when they "
        "will be completed. Progress is reported to the MSCP Executive each quarter by the Learning and Review "
        "Sub-group.")

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [("Complete", "Action completed and evidence received"),
                          ("Green", "On track"),
                          ("Amber", "Some slippage; revised timescale agreed"),
                          ("Red", "Not progressing or overdue")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], rag_fill[word])
        set_cell(cells[1], meaning)

    expected = []
    for theme, rec, acts in themes:
        doc.add_paragraph(theme, style="Heading 1")
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "DEEAF6")
        for c, h in zip(tb.rows[1].cells, ["No.", "Action", "Lead agency and officer", "Timescale",
                                            "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for a in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [a["no"], a["action"], a["lead_cell"], a["when"], a["prog"], a["rag"]]):
                set_cell(c, v, size=10)
            shade(cells[5], rag_fill[a["rag"]])
            e = dict(ref=a["no"], under=[theme, rec], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for a, b in [("Agreed by", "MSCP Executive (London Borough of Merton, Metropolitan Police South West BCU, "
                               "NHS South West London ICB)"),
                 ("Date agreed", "14 March 2025"),
                 ("Next review", "MSCP Executive, March 2026")]:
        cells = so.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(path(name))

    write_expected(name, dict(
        source="Imitates the multi-agency action plan a London safeguarding children partnership publishes after "
               "a local child safeguarding practice review (cf. the recommendation / action / lead agency / target "
               "date / RAG layout of published review action plans). Copied features: a landscape Word document "
               "with a title, an update line, a document control table, an introductory paragraph, a RAG key "
               "table, then a learning-theme heading and one table per recommendation whose first merged row "
               "holds the recommendation text, actions numbered 1.1, 1.2 ..., leads naming agency and post (two "
               "posts in one cell), timescales as 'By 30 June 2025', a period, Q3 2025/26, a date and "
               "'Ongoing – annual', RAG words with fill, and a sign-off table.",
        reads="Three learning themes, each with one recommendation table holding two or three numbered actions, "
              "seven actions in all. The document control, RAG key and sign-off tables are not part of the plan.",
        outcome="read", title=title, actions=expected))


# ======================================================================================
# 5. Brent – transformation programme highlight report (docx, milestones per workstream)
# ======================================================================================

def brent():
    name = "tq-brent-council-transformation-programme-highlight-report.docx"
    title = "Brent Council Transformation Programme – Highlight Report"
    workstreams = [
        ("Workstream 1: Customer Access and Digital", [
            dict(ref="CAD-01", ms="Go live with the new My Brent online account for council tax and benefits.",
                 lead_cell="Head of Digital Services", lead=["Head of Digital Services"],
                 base="30/09/2025", fc="17/11/2025", end="2025-11", rag="Amber",
                 comm="Slipped to allow additional accessibility testing with residents."),
            dict(ref="CAD-02", ms="Move Civic Centre customer services to an appointment-only model, with "
                                  "assisted digital support in libraries.",
                 lead_cell="Director of Customer Access", lead=["Director of Customer Access"],
                 base="Jan 2026", fc="Jan 2026", end="2026-01", rag="Green",
                 comm="Library staff training under way."),
            dict(ref="CAD-03", ms="Retire the legacy CRM and migrate open cases to the new platform.",
                 lead_cell="Head of Digital Services & Head of Customer Services",
                 lead=["Head of Digital Services", "Head of Customer Services"],
                 base="Q3 2025/26", fc="Q4 2025/26", end="2026-03", rag="Amber",
                 comm="Migration of 18,000 open cases needs two further test cycles. Board asked to agree the "
                      "revised forecast."),
        ]),
        ("Workstream 2: Housing Needs and Temporary Accommodation", [
            dict(ref="HTA-01", ms="Hand over the 62-unit council-owned temporary accommodation scheme at Harlesden "
                                  "Road and start lettings.",
                 lead_cell="Director of Housing Needs and Support", lead=["Director of Housing Needs and Support"],
                 base="31/08/2025", fc="31/08/2025", end="2025-08", rag="Complete",
                 comm="Handed over 28 August; 41 households moved in by the end of October."),
            dict(ref="HTA-02", ms="Implement the new temporary accommodation income collection process with weekly "
                                  "arrears reporting.",
                 lead_cell="Head of Housing Income", lead=["Head of Housing Income"],
                 base="w/c 06/10/2025", fc="w/c 01/12/2025", end="2025-12", rag="Red",
                 comm="System configuration not yet signed off by Finance; arrears continue to rise."),
            dict(ref="HTA-03", ms="Launch staff consultation on the prevention-first Housing Needs structure.",
                 lead_cell="Director of Housing Needs and Support / HR Business Partner",
                 lead=["Director of Housing Needs and Support", "HR Business Partner"],
                 base="Oct 2025", fc="Nov 2025", end="2025-11", rag="Amber",
                 comm="Trade union pre-consultation meetings added at the unions' request."),
        ]),
        ("Workstream 3: Adult Social Care – Promoting Independence", [
            dict(ref="ASC-01", ms="Extend the reablement service to seven-day working.",
                 lead_cell="Head of Reablement", lead=["Head of Reablement"],
                 base="31/12/2025", fc="31/12/2025", end="2025-12", rag="Green",
                 comm="Weekend rota agreed; recruitment of four reablement officers complete."),
            dict(ref="ASC-02", ms="Roll out strengths-based 'three conversations' practice to all locality teams.",
                 lead_cell="Principal Social Worker (Adults)", lead=["Principal Social Worker (Adults)"],
                 base="March 2026", fc="", end="2026-03", rag="Green",
                 comm="Three of five locality teams live."),
            dict(ref="ASC-03", ms="Agree the 2026/27 savings profile for the Promoting Independence workstream with "
                                  "Finance.",
                 lead_cell="Operational Director Adult Social Care; Finance Business Partner (ASC)",
                 lead=["Operational Director Adult Social Care", "Finance Business Partner (ASC)"],
                 base="Nov 2025", fc="Dec 2025", end="2025-12", rag="Amber",
                 comm="Waiting for the demand model refresh."),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)

    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Reporting period: 1–31 October 2025  |  Report to: Transformation Board, 12 November 2025")

    st = doc.add_table(rows=0, cols=2)
    st.style = "Table Grid"
    for a, b in [("Programme sponsor", "Chief Executive"),
                 ("Programme manager", "Head of Programme Management Office"),
                 ("Overall RAG – last period", "Amber"),
                 ("Overall RAG – this period", "Amber"),
                 ("Budget RAG", "Green"),
                 ("Benefits forecast 2025/26", "£4.1m of £4.6m target")]:
        cells = st.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
        if b in rag_fill:
            shade(cells[1], rag_fill[b])

    doc.add_paragraph("Summary of progress", style="Heading 1")
    doc.add_paragraph("Harlesden Road temporary accommodation scheme handed over on time and 41 households "
                      "moved out of nightly-paid accommodation.", style="List Bullet")
    doc.add_paragraph("My Brent online account go-live moved to 17 November to complete accessibility testing.",
                      style="List Bullet")
    doc.add_paragraph("Temporary accommodation income collection is the programme's main concern this month.",
                      style="List Bullet")

    expected = []
    for ws, mss in workstreams:
        doc.add_paragraph(ws, style="Heading 1")
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG",
                                           "Commentary"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for m in mss:
            cells = tb.add_row().cells
            for c, v in zip(cells, [m["ref"], m["ms"], m["lead_cell"], m["base"], m["fc"], m["rag"], m["comm"]]):
                set_cell(c, v, size=10)
            shade(cells[5], rag_fill[m["rag"]])
            expected.append(dict(ref=m["ref"], under=[ws], action=m["ms"], lead=m["lead"], end=m["end"],
                                 status=status[m["rag"]]))

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for c, h in zip(rk.rows[0].cells, ["Risk / issue", "Impact", "Mitigation", "Score"]):
        set_cell(c, h, bold=True)
    for row in [("Issue: TA income system configuration delayed", "Arrears increase; savings at risk",
                 "Escalated to the Corporate Director; interim manual reporting", "16"),
                ("Risk: CRM migration overruns into 2026/27", "Double running costs of the old and new systems",
                 "Additional test cycles; supplier resource confirmed", "12")]:
        cells = rk.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=10)

    doc.add_paragraph("Decisions required from the Board", style="Heading 1")
    doc.add_paragraph("The Board is asked to agree the revised forecast date for CAD-03 (Q4 2025/26) and to note "
                      "the red status of HTA-02.")
    doc.save(path(name))

    write_expected(name, dict(
        source="Imitates a London borough transformation programme highlight report to its programme board (Brent "
               "reports its One Council / transformation programme to members with project RAG status). Copied "
               "features: title and reporting-period line, a status summary table (sponsor, manager, last and "
               "this period RAG, budget), a bulleted summary, one milestone table per workstream under a "
               "'Workstream n:' heading with baseline and forecast dates (real dates, months, w/c dates, "
               "quarters, one forecast left blank), RAG words with fill, owners including two posts in one cell, "
               "then a key risks table and a decisions paragraph.",
        reads="Three workstreams, each with a table of three milestones: nine milestones in all, read as the "
              "actions. The forecast date is the end where given, otherwise the baseline. The summary, risks and "
              "decisions parts are not actions.",
        outcome="read", title=title, actions=expected))


# ======================================================================================
# 6. Croydon Health and Wellbeing Board – action log (csv, meeting rows, RAG letter)
# ======================================================================================

def croydon():
    name = "tq-croydon-health-and-wellbeing-board-action-log.csv"
    title = "Croydon Health and Wellbeing Board – Action Log"
    meetings = [
        ("Meeting: 24 September 2025", "24/09/2025", [
            dict(ref="HWB/25/14",
                 action="Circulate the draft Joint Outcome Monitoring Framework indicators to Board members for "
                        "comment before publication.",
                 owner="Director of Public Health", lead=["Director of Public Health"],
                 due="31/10/2025", end="2025-10", rag="B",
                 upd="Circulated 20 October; comments incorporated."),
            dict(ref="HWB/25/15",
                 action="Bring a report on MMR vaccine uptake in the north of the borough, including the outreach "
                        "plan with schools.",
                 owner="Director of Public Health / Croydon Place Executive Lead (SWL ICB)",
                 lead=["Director of Public Health", "Croydon Place Executive Lead (SWL ICB)"],
                 due="Jan-26", end="2026-01", rag="A",
                 upd="Deferred to the January meeting because of the timing of the quarterly data release."),
            dict(ref="HWB/25/16",
                 action="Share the findings of the Healthwatch GP access survey with the Primary Care Operational "
                        "Group.",
                 owner="Healthwatch Croydon CEO", lead=["Healthwatch Croydon CEO"],
                 due="30/11/2025", end="2025-11", rag="G",
                 upd="On the agenda for the Group on 27 November."),
        ]),
        ("Meeting: 26 November 2025", "26/11/2025", [
            dict(ref="HWB/25/17",
                 action="Agree a joint approach to self-neglect and hoarding with the Croydon Safeguarding Adults "
                        "Board and report back.",
                 owner="Corporate Director of Adult Social Care and Health & SAB Independent Chair",
                 lead=["Corporate Director of Adult Social Care and Health", "SAB Independent Chair"],
                 due="March 2026", end="2026-03", rag="G", upd=""),
            dict(ref="HWB/25/18",
                 action="Better Care Fund:\n(a) confirm the Q2 return to NHS England;\n(b) circulate the BCF spend "
                        "summary to members.",
                 owner="Head of Integrated Commissioning", lead=["Head of Integrated Commissioning"],
                 due="12/12/2025", end="2025-12", rag="A",
                 upd="Q2 return submitted; spend summary being finalised."),
            dict(ref="HWB/25/19",
                 action="Add an update on the anti-racism work programme to the forward plan for every meeting in "
                        "2026.",
                 owner="Democratic Services Officer", lead=["Democratic Services Officer"],
                 due="Ongoing", end=None, end_text="Ongoing", rag="G", upd="Added to the forward plan."),
            dict(ref="HWB/25/20",
                 action="Write to the Local Pharmaceutical Committee about pharmacy opening hours in New Addington "
                        "and Fieldway.",
                 owner="Chair of the Board", lead=["Chair of the Board"],
                 due="19/12/2025", end="2025-12", rag="", upd=""),
        ]),
    ]
    status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 7
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Updated after the meeting of 26 November 2025"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Action ref", "Date raised", "Action", "Owner", "Due", "RAG", "Update"])
    expected = []
    for mtg, date, acts in meetings:
        w.writerow([mtg] + [""] * (ncol - 1))
        for a in acts:
            w.writerow([a["ref"], date, a["action"], a["owner"], a["due"], a["rag"], a["upd"]])
            e = dict(ref=a["ref"], under=[mtg], action=a["action"], lead=a["lead"], end=a["end"],
                     status=status[a["rag"]])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
    w.writerow([""] * ncol)
    w.writerow(["Key: R = overdue; A = in progress, date at risk; G = on track; B = complete (removed after the "
                "next meeting); blank = not yet started"] + [""] * (ncol - 1))
    w.writerow(["Actions closed at the previous meeting have been removed from this log."] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, dict(
        source="Imitates the action log that follows the minutes on a London borough Health and Wellbeing Board "
               "agenda (Croydon's Board covers the Joint Outcome Monitoring Framework, the Better Care Fund, "
               "Healthwatch reports and an anti-racism work programme), exported to CSV. Copied features: title "
               "and 'updated after' lines, a header row, a row naming each meeting above its actions, action "
               "refs HWB/25/nn, owners as posts (two posts joined by '/' and '&'), due dates as dates, 'Jan-26', "
               "'March 2026' and 'Ongoing', a RAG letter column (one blank), a multi-line action in a quoted "
               "cell, and key/note lines after the table.",
        reads="Seven open actions from two Board meetings, each under its meeting row, with an owner, a due date "
              "and a RAG letter. The lines after the table are a key and a note, not actions.",
        outcome="read", title=title, actions=expected))


# ======================================================================================
# 7. Westminster – strategic risk register, tab-separated export (txt, continuation rows)
# ======================================================================================

def westminster():
    name = "tq-westminster-city-council-strategic-risk-register-q2-2025-26.txt"
    title = "Westminster City Council – Strategic Risk Register, Quarter 2 2025/26"
    risks = [
        ("SR01 Financial sustainability and the medium-term budget gap",
         "Executive Director of Finance and Resources", "20", "12", [
             dict(ref="SR01.1", action="Deliver the 2026/27 savings programme of £18.2m, with monthly tracking at "
                                       "the Executive Leadership Team.",
                  owner="Executive Director of Finance and Resources",
                  lead=["Executive Director of Finance and Resources"],
                  due="31/03/2026", end="2026-03", rag="A"),
             dict(ref="SR01.2", action="Refresh the capital programme prioritisation framework to reduce the "
                                       "borrowing requirement.",
                  owner="Director of Finance (Deputy S151 Officer)",
                  lead=["Director of Finance (Deputy S151 Officer)"],
                  due="Q3 2025/26", end="2025-12", rag="G"),
         ]),
        ("SR02 Cyber security and loss of critical ICT systems", "Chief Digital Officer", "16", "9", [
            dict(ref="SR02.1", action="Run phishing simulations and mandatory cyber training for all staff, "
                                      "aiming for 95% completion.",
                 owner="Head of Cyber Security", lead=["Head of Cyber Security"],
                 due="Dec-25", end="2025-12", rag="G"),
            dict(ref="SR02.2", action="Test the ICT disaster recovery plan for the ten most critical systems.",
                 owner="Head of Cyber Security / Head of Infrastructure",
                 lead=["Head of Cyber Security", "Head of Infrastructure"],
                 due="30/06/2026", end="2026-06", rag="A"),
        ]),
        ("SR03 Temporary accommodation demand and cost", "Executive Director of Housing and Regeneration",
         "20", "15", [
             dict(ref="SR03.1", action="Buy 100 additional homes for use as temporary accommodation through the "
                                       "acquisitions programme.",
                  owner="Director of Housing Needs", lead=["Director of Housing Needs"],
                  due="June 2026", end="2026-06", rag="A"),
             dict(ref="SR03.2", action="Launch the landlord incentive scheme to increase private rented sector "
                                       "prevention offers.",
                  owner="Director of Housing Needs", lead=["Director of Housing Needs"],
                  due="Sep-25", end="2025-09", rag="B"),
         ]),
        ("SR04 Safeguarding children and adults at risk",
         "Executive Director of Children's Services; Executive Director of Adult Social Care", "16", "12", [
             dict(ref="SR04.1", action="Implement the recommendations of the multi-agency audit of child "
                                       "exploitation through the safeguarding partnership.",
                  owner="Director of Children's Social Care", lead=["Director of Children's Social Care"],
                  due="Ongoing", end=None, end_text="Ongoing", rag="G"),
         ]),
        ("SR05 Major incident and business continuity", "Chief Executive", "12", "8", [
            dict(ref="SR05.1", action="Run a multi-agency exercise on a major incident in the West End, testing "
                                      "the borough emergency control centre.",
                 owner="Head of Resilience and Emergency Planning",
                 lead=["Head of Resilience and Emergency Planning"],
                 due="March 2026", end="2026-03", rag="G"),
        ]),
    ]
    status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    lines = [title,
             "Report to Audit and Performance Committee, 26 November 2025 – export from the risk management system",
             "",
             "Scoring: likelihood (1-5) x impact (1-5). Current score is after existing controls. Action RAG: "
             "G = on track, A = at risk of slipping, R = overdue, B = complete.",
             "",
             "\t".join(["Risk", "Risk owner", "Current score", "Target score", "Action ref",
                        "Further action required", "Action owner", "Due date", "Action RAG"])]
    expected = []
    for risk, rowner, cur, tgt, acts in risks:
        for i, a in enumerate(acts):
            head = [risk, rowner, cur, tgt] if i == 0 else ["", "", "", ""]
            lines.append("\t".join(head + [a["ref"], a["action"], a["owner"], a["due"], a["rag"]]))
            e = dict(ref=a["ref"], under=[risk], action=a["action"], lead=a["lead"], end=a["end"],
                     status=status[a["rag"]])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
    lines += ["",
              "Direction of travel since Q1: SR01 up, SR02 no change, SR03 up, SR04 no change, SR05 down",
              "Total strategic risks: 5 | Red (15 and above): 4 | Amber (8-14): 1 | Green: 0"]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, dict(
        source="Imitates a London borough strategic risk register presented to its audit committee, exported "
               "from the risk system as tab-separated text (councils such as Westminster, East Suffolk and West "
               "Oxfordshire report current and target risk scores with further mitigating actions). Copied "
               "features: title and committee lines, a scoring and RAG note, one row per further action with the "
               "risk's title, owner and scores on its first row only and blank cells on continuation rows, action "
               "refs SRnn.n, action owners separate from risk owners, due dates as dates, 'Q3 2025/26', 'Dec-25', "
               "months and 'Ongoing', an action RAG letter, and direction-of-travel and totals lines after the "
               "table.",
        reads="Five strategic risks with eight further actions; each action is read under its risk, led by the "
              "action owner (not the risk owner), due on the date given, with the action RAG letter as its "
              "status. The scores, note and totals lines are not actions.",
        outcome="read", title=title, actions=expected))


if __name__ == "__main__":
    bromley()
    broadland()
    southampton()
    merton()
    brent()
    croydon()
    westminster()
    print("built seven tq- cases in", HERE)
