"""Build the seven ja1- blind cases (set heldout295) and their expected readings.

Run:  /work/main/.venv/bin/python /work/blind/heldout295/ja1_make.py

Every data file is written from the tables below; each action row carries both what is
put in the file (cells) and the reading a person makes of it (under / lead / end / status),
which was decided by hand, not computed from the cells.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def P(name):
    return os.path.join(HERE, name)


class Q(str):
    """A string written in double quotes in the expected YAML (refs and end months)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(fname, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {
                "ref": None if a["ref"] is None else Q(a["ref"]),
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": None if a["end"] is None else Q(a["end"]),
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(P(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Brighter Futures for Children (Reading) - ILACS improvement plan, xlsx
# ---------------------------------------------------------------------------
def make_reading():
    fname = "ja1-brighter-futures-for-children-reading-ilacs-improvement-plan.xlsx"
    title = "Brighter Futures for Children – ILACS Improvement Plan 2024–2026"
    T1 = "1. The experiences and progress of children who need help and protection"
    T2 = "2. The experiences and progress of children in care"
    T3 = "3. The experiences and progress of care leavers"
    T4 = "4. The impact of leaders on social work practice with children and families"
    R1 = ("The timeliness and quality of assessments and plans for children in need and children "
          "subject to child protection plans, so that plans are specific about what needs to change "
          "and by when.")
    R2 = ("The sufficiency of local homes for children in care, including for children with complex "
          "needs and brothers and sisters who need to live together.")
    R3 = ("Pathway plans that are co-produced with young people and address their accommodation and "
          "emotional health needs.")
    R4 = ("The effectiveness of management oversight and supervision, so that drift and delay in "
          "children's plans are identified and addressed.")
    d = dt.datetime
    # (ref, action, lead cell, lead list, original, revised, prev, curr, update, impact, end, status)
    plan = [
        (T1, R1, [
            ("1.1", "Introduce a revised child and family assessment template with a mandatory analysis "
                    "of cumulative harm and family history, supported by practice workshops for all Family "
                    "Help and Assessment teams.",
             "Head of Service – Family Help and Assessment", ["Head of Service – Family Help and Assessment"],
             d(2024, 9, 30), d(2024, 11, 30), "A", "B",
             "Template live on Mosaic from 4 November. Six workshops delivered to 112 staff.",
             "Audit grades for assessment quality (target 70% good or better)", "2024-11", "blue"),
            ("1.2", "Audit 40 child protection plans per quarter against the SMART planning standard and "
                    "report findings to the Practice Improvement Group.",
             "Principal Social Worker / Head of Quality Assurance",
             ["Principal Social Worker", "Head of Quality Assurance"],
             d(2024, 12, 31), None, "G", "G",
             "Q2 audit complete (42 plans); 55% rated good. Q3 audit under way.",
             "Proportion of CP plans rated good or better", "2024-12", "green"),
            ("1.3", "Reduce the number of children in need without an up-to-date plan, with weekly "
                    "performance clinics led by team managers.",
             "Service Manager (CIN/CP)", ["Service Manager (CIN/CP)"],
             d(2025, 3, 31), None, "A", "A",
             "Clinics in place; 71 children without a current plan (down from 118). Capacity in two teams "
             "affected by vacancies.",
             "Number of CIN without an up-to-date plan", "2025-03", "amber"),
        ]),
        (T2, R2, [
            ("2.1", "Deliver the Fostering Recruitment and Retention Strategy, including an enhanced fee for "
                    "carers of sibling groups and a dedicated assessment team.",
             "Head of Service – Children in Care and Fostering",
             ["Head of Service – Children in Care and Fostering"],
             d(2025, 3, 31), d(2025, 6, 30), "G", "A",
             "Enhanced fee agreed by RBC Policy Committee. Assessment team recruitment delayed; revised date "
             "agreed by Improvement Board.",
             "Net gain in mainstream fostering households", "2025-06", "amber"),
            ("2.2", "Open two in-house children's homes in partnership with Reading Borough Council "
                    "(Phase 1: four-bed home).",
             "Director of Children's Social Care; Assistant Director of Commissioning (RBC)",
             ["Director of Children's Social Care", "Assistant Director of Commissioning (RBC)"],
             d(2025, 9, 30), None, "G", "G",
             "Property purchased; Ofsted registration application being prepared.",
             "Number of children living in Reading-based residential homes", "2025-09", "green"),
        ]),
        (T3, R3, [
            ("3.1", "Relaunch the pathway plan with care leavers through the Care Leavers' Forum and train "
                    "all personal advisers in its use.",
             "Team Manager – Leaving Care", ["Team Manager – Leaving Care"],
             d(2024, 10, 31), None, "A", "B",
             "New pathway plan launched at the Care Leavers' Forum on 17 October. All 14 PAs trained.",
             "Care leaver feedback; audit of pathway plans", "2024-10", "blue"),
            ("3.2", "Agree a joint housing protocol for care leavers aged 18–25 with Reading Borough Council "
                    "Housing.",
             "Head of Service – Children in Care and Fostering / RBC Head of Housing",
             ["Head of Service – Children in Care and Fostering", "RBC Head of Housing"],
             d(2024, 12, 31), d(2025, 3, 31), "A", "R",
             "Draft protocol not yet agreed; escalated to the Executive Director and RBC Director of Housing.",
             "Care leavers in suitable accommodation (target 95%)", "2025-03", "red"),
        ]),
        (T4, R4, [
            ("4.1", "Implement the revised supervision policy.\nMonthly compliance and quality reporting to "
                    "the Senior Leadership Team.",
             "Principal Social Worker", ["Principal Social Worker"],
             d(2024, 11, 30), None, "G", "G",
             "Policy launched 1 October. Supervision in timescale 87% (November).",
             "Supervision timeliness and quality audit", "2024-11", "green"),
            ("4.2", "Deliver the Leading Practice programme for all team managers and advanced practitioners "
                    "(cohorts 1–3).",
             "Head of Workforce Development", ["Head of Workforce Development"],
             d(2025, 7, 31), None, "", "G",
             "Cohort 1 (12 managers) started November 2024.",
             "Completion rates; staff survey", "2025-07", "green"),
        ]),
    ]

    wb = Workbook()
    # Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    rows = [
        ("Plan owner", "Executive Director of Children's Services"),
        ("Governance", "BFfC Improvement Board; Reading Borough Council Adult Social Care, Children's "
                       "and Education Committee"),
        ("Inspection", "Ofsted inspection of local authority children's services (ILACS), April 2024 – "
                       "report published 12 July 2024"),
        ("Status of this version", "Progress update for the Improvement Board, 16 December 2024"),
    ]
    r = 3
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Version control").font = Font(bold=True, size=12)
    r += 1
    hdr = ["Version", "Date", "Author", "Changes"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.border = BOX
    vers = [
        ("0.3", d(2024, 9, 2), "Head of Performance and Improvement", "Draft for Improvement Board"),
        ("1.0", d(2024, 10, 9), "Head of Performance and Improvement", "Final version submitted to Ofsted"),
        ("1.1", d(2024, 10, 24), "Head of Performance and Improvement", "October RAG ratings added"),
        ("1.2", d(2024, 12, 16), "Head of Performance and Improvement",
         "December progress update; revised dates for 1.1, 2.1 and 3.2"),
    ]
    for v in vers:
        r += 1
        for i, val in enumerate(v, 1):
            c = ws.cell(r, i, val)
            c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 56

    # RAG key
    ks = wb.create_sheet("RAG key")
    ks["A1"] = "RAG rating key"
    ks["A1"].font = Font(bold=True, size=13)
    key = [
        ("B", "blue", "Complete – action delivered and evidence of impact reported to the Improvement Board"),
        ("G", "green", "On track to be delivered by the target date"),
        ("A", "amber", "Some slippage – expected to be delivered within three months of the target date"),
        ("R", "red", "Off track – at risk of not being delivered; escalation required"),
    ]
    for i, (lt, col, txt) in enumerate(key, 3):
        c = ks.cell(i, 1, lt)
        c.fill = solid(FILL[col])
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        ks.cell(i, 2, txt)
    ks.column_dimensions["B"].width = 90

    # Plan
    ps = wb.create_sheet("Improvement Plan")
    ps["A1"] = "ILACS Improvement Plan – progress update"
    ps["A1"].font = Font(bold=True, size=14, color="1F3864")
    ps.merge_cells("A1:I1")
    ps["A2"] = "Position as at 16 December 2024"
    ps["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
             "Previous RAG (Oct 24)", "Current RAG (Dec 24)", "Progress update", "Measure of impact"]
    widths = [11, 58, 30, 13, 13, 11, 11, 52, 34]
    for i, (h, w) in enumerate(zip(heads, widths), 1):
        c = ps.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
        ps.column_dimensions[get_column_letter(i)].width = w
    ps.freeze_panes = "A5"
    r = 5
    expected = []
    recno = 0
    for theme, rec, acts in plan:
        recno += 1
        ps.cell(r, 1, theme)
        ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ps.cell(r, 1).font = Font(bold=True, color="FFFFFF", size=12)
        ps.cell(r, 1).fill = solid("2F5496")
        r += 1
        ps.cell(r, 1, f"Recommendation {recno}")
        ps.cell(r, 1).font = Font(bold=True)
        ps.cell(r, 1).fill = solid("D9E1F2")
        ps.cell(r, 1).alignment = WRAP
        ps.cell(r, 2, rec)
        ps.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ps.cell(r, 2).font = Font(bold=True, italic=True)
        ps.cell(r, 2).fill = solid("D9E1F2")
        ps.cell(r, 2).alignment = WRAP
        ps.row_dimensions[r].height = 32
        r += 1
        for (ref, act, leadcell, leads, orig, rev, prev, curr, upd, imp, end, status) in acts:
            vals = [ref, act, leadcell, orig, rev, prev, curr, upd, imp]
            for i, v in enumerate(vals, 1):
                c = ps.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((6, prev), (7, curr)):
                if v:
                    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[v]
                    ps.cell(r, col).fill = solid(FILL[colour])
                    ps.cell(r, col).font = Font(bold=True, color="FFFFFF")
                    ps.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
            ps.row_dimensions[r].height = 62
            expected.append(dict(ref=ref, under=[theme, rec], action=act, lead=leads, end=end,
                                 status=status))
            r += 1
    r += 1
    ps.cell(r, 1, "Notes: Revised target dates were agreed by the Improvement Board on 21 November 2024. "
                  "RAG ratings are defined on the 'RAG key' sheet; a blank previous RAG means the action "
                  "had not started at the October update.")
    ps.cell(r, 1).font = Font(italic=True, size=9)
    ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    # Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of current RAG ratings – December 2024"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["Area", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(hdr, 1):
        ss.cell(3, i, h).font = Font(bold=True)
    counts = [
        ("Help and protection", 1, 1, 1, 0),
        ("Children in care", 0, 1, 1, 0),
        ("Care leavers", 1, 0, 0, 1),
        ("Leadership", 0, 2, 0, 0),
    ]
    for j, (a, b, g, am, rd) in enumerate(counts, 4):
        for i, v in enumerate([a, b, g, am, rd, b + g + am + rd], 1):
            ss.cell(j, i, v)
    ss.cell(8, 1, "Total").font = Font(bold=True)
    for i, col in enumerate("BCDEF", 2):
        ss.cell(8, i, f"=SUM({col}4:{col}7)").font = Font(bold=True)
    ss.column_dimensions["A"].width = 26
    wb.save(P(fname))

    meta = {
        "source": (
            "Imitates the post-inspection improvement plan that Brighter Futures for Children (the Reading "
            "Borough Council-owned company delivering Reading's children's services) reports to its "
            "Improvement Board and to Reading Borough Council's committee after the April 2024 ILACS "
            "inspection (report published 12 July 2024; see democracy.reading.gov.uk agenda item "
            "'Ofsted Inspection of Reading's Local Authority Children's Services (ILACS)'). Copied features: "
            "cover sheet with owner/governance and a version-control table, separate RAG key sheet, plan sheet "
            "with judgement-area theme rows merged across the table, 'Recommendation N' rows with the "
            "recommendation text merged above its actions, original and revised target dates, previous and "
            "current RAG as letters on coloured fills, progress and impact columns, a notes line and a "
            "summary sheet with totals."),
        "reads": (
            "A four-sheet workbook; the plan is on the 'Improvement Plan' sheet: four ILACS judgement areas, "
            "each with one Ofsted recommendation and its numbered actions (nine in all) with leads, original "
            "and revised dates and October/December RAG letters. The cover, RAG key and summary sheets hold "
            "no actions; where a revised date is given it is the end, and the current (December) RAG is "
            "the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 2. Hillingdon SEND Local Area Partnership - improvement plan, xlsx (sheet per AFI)
# ---------------------------------------------------------------------------
def make_hillingdon():
    fname = "ja1-hillingdon-send-local-area-partnership-improvement-plan.xlsx"
    title = "Hillingdon SEND Local Area Partnership – Area SEND Inspection Improvement Plan"
    d = dt.datetime
    STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    afis = [
        ("AFI 1",
         "Leaders across the partnership should continue to improve the timeliness of EHC needs assessments "
         "and ensure that annual reviews lead to EHC plans being updated promptly when children and young "
         "people's needs change.",
         [
             ("1.1", "Recruit to the expanded EHC assessment coordinator team and introduce weekly caseload "
                     "tracking against the 20-week timescale.",
              "Head of SEND and Inclusion", ["Head of SEND and Inclusion"], "Hillingdon Council HR",
              "Sept 2024", "Complete",
              "Five coordinators in post. 20-week compliance 85% in November, 100% in December.",
              "% of new EHC plans issued within 20 weeks", "2024-09", None, "blue"),
             ("1.2", "Clear the backlog of overdue annual review amendments, prioritising children at phase "
                     "transfer.",
              "SEND Casework Manager", ["SEND Casework Manager"], "Schools; Hillingdon Parent Carer Forum",
              d(2025, 3, 1), "On track",
              "Backlog reduced from 640 to 310. All Year 6 and Year 11 phase transfer amendments issued by "
              "15 February deadline.",
              "Number of annual reviews awaiting amendment", "2025-03", None, "green"),
             ("1.3", "Introduce a multi-agency quality assurance framework for EHC plans, with termly audits "
                     "including health and social care advice.",
              "Head of SEND and Inclusion / Designated Clinical Officer",
              ["Head of SEND and Inclusion", "Designated Clinical Officer"], "NWL ICB; Children's Social Care",
              "Spring term 2025", "At risk",
              "Framework drafted; first joint audit postponed as health advice audit tool not yet agreed.",
              "% of audited plans rated good", "2025-04", None, "amber"),
         ]),
        ("AFI 2",
         "Leaders should reduce waiting times for neurodevelopmental assessments and ensure that children and "
         "families receive effective support while they wait.",
         [
             ("2.1", "Commission additional autism assessment capacity through the Hillingdon Neurodevelopmental "
                     "Pathway to reduce the longest waits.",
              "NWL ICB Head of Children's Commissioning", ["NWL ICB Head of Children's Commissioning"],
              "CNWL; The Hillingdon Hospitals NHS FT", "Dec 2024", "Off track",
              "Procurement re-run after no compliant bids. Longest wait still 94 weeks.",
              "Median and longest wait for ASD assessment", "2024-12", None, "red"),
             ("2.2", "Launch the 'waiting well' offer, including parent workshops and a named point of contact "
                     "for every family on the waiting list.",
              "CNWL Service Manager – CAMHS & Neurodevelopmental; Family Hubs Manager",
              ["CNWL Service Manager – CAMHS & Neurodevelopmental", "Family Hubs Manager"],
              "Family Hubs; Hillingdon Parent Carer Forum", d(2025, 7, 1), "On track",
              "First four workshops held at Uxbridge and Hayes Family Hubs; 96 parents attended.",
              "Parent feedback; contacts with named worker", "2025-07", None, "green"),
         ]),
        ("AFI 3",
         "Leaders should strengthen the co-production of the local offer and ensure that families know what "
         "support is available and how to access it.",
         [
             ("3.1", "Co-produce a redesigned SEND Local Offer website with the Parent Carer Forum and young "
                     "people.",
              "SEND Local Offer Officer", ["SEND Local Offer Officer"], "Hillingdon Parent Carer Forum; "
              "Young people's SEND panel", d(2025, 3, 31), "On track",
              "Design workshops complete; new site in testing with parent volunteers.",
              "Website visits; family survey", "2025-03", None, "green"),
             ("3.2", "Hold termly 'You said, we did' events with families, reporting feedback to the SEND & AP "
                     "Strategic Board.",
              "Parent Carer Forum Chair / Head of SEND and Inclusion",
              ["Parent Carer Forum Chair", "Head of SEND and Inclusion"], "All partners", "Termly",
              "On track", "Autumn event held 27 November (62 families).",
              "Attendance; actions taken from feedback", None, "Termly", "green"),
         ]),
    ]

    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=15, color="5B2C6F")
    ov["A2"] = ("Ofsted and CQC area SEND inspection, April 2024. Plan owner: SEND & AP Strategic Board. "
                "Update for the January 2025 Board.")
    ov["A4"] = "Status key"
    ov["A4"].font = Font(bold=True)
    key = [("Complete", "blue", "Action delivered"),
           ("On track", "green", "Progressing to plan"),
           ("At risk", "amber", "Some risk to delivery by the date set"),
           ("Off track", "red", "Will not be delivered by the date set without intervention"),
           ("Not started", None, "Action not yet due to start")]
    for i, (k, col, txt) in enumerate(key, 5):
        c = ov.cell(i, 1, k)
        if col:
            c.fill = solid(FILL[col])
        ov.cell(i, 2, txt)
    ov["A11"] = "Summary by area for improvement"
    ov["A11"].font = Font(bold=True)
    sh = ["Area for improvement", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for i, h in enumerate(sh, 1):
        c = ov.cell(12, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    summ = [("AFI 1 – EHC needs assessments and annual reviews", 3, 1, 1, 1, 0, 0),
            ("AFI 2 – Neurodevelopmental waiting times", 2, 0, 1, 0, 1, 0),
            ("AFI 3 – Co-production and the local offer", 2, 0, 2, 0, 0, 0)]
    for j, row in enumerate(summ, 13):
        for i, v in enumerate(row, 1):
            ov.cell(j, i, v).border = BOX
    ov.cell(16, 1, "Total").font = Font(bold=True)
    for i in range(2, 8):
        cl = get_column_letter(i)
        ov.cell(16, i, f"=SUM({cl}13:{cl}15)").font = Font(bold=True)
    ov.column_dimensions["A"].width = 50
    ov.column_dimensions["B"].width = 52

    expected = []
    heads = ["No.", "What we will do", "Lead", "Partners involved", "By when", "Status",
             "Update (January 2025)", "How we will know (impact measure)"]
    widths = [7, 56, 30, 28, 14, 12, 48, 32]
    for sheetname, afitext, acts in afis:
        ws = wb.create_sheet(sheetname)
        n = sheetname.split()[-1]
        ws["A1"] = f"Area for improvement {n}"
        ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
        ws["A2"] = afitext
        ws["A2"].alignment = WRAP
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:H2")
        ws.row_dimensions[2].height = 34
        for i, (h, w) in enumerate(zip(heads, widths), 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = solid("5B2C6F")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[get_column_letter(i)].width = w
        r = 5
        for (ref, act, leadcell, leads, partners, bywhen, status_word, upd, imp, end, end_text,
             status) in acts:
            vals = [ref, act, leadcell, partners, bywhen, status_word, upd, imp]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            col = STATUS_FILL.get(status_word)
            if col:
                ws.cell(r, 6).fill = solid(FILL[col])
            ws.row_dimensions[r].height = 60
            e = dict(ref=ref, under=[afitext], action=act, lead=leads, end=end, status=status)
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
            r += 1
    lists = wb.create_sheet("Lists")
    for i, v in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"], 1):
        lists.cell(i, 1, v)
    lists.sheet_state = "hidden"
    wb.save(P(fname))

    meta = {
        "source": (
            "Imitates the improvement plan the Hillingdon SEND Local Area Partnership (London Borough of "
            "Hillingdon and NHS North West London ICB) drew up after the Ofsted/CQC area SEND inspection of "
            "April 2024 (referred to in the SEND & AP Strategy update at modgov.hillingdon.gov.uk). Copied "
            "features: overview sheet with title, status key and a summary-by-area table with totals; one "
            "sheet per area for improvement with the inspectors' text merged above a 'What we will do / Lead "
            "/ Partners involved / By when / Status' table; status words from a drop-down with matching fill; "
            "mixed 'By when' entries (month text, dates, a school term, 'Termly'); a hidden lists sheet."),
        "reads": (
            "The Overview sheet gives the title, key and summary; the plan itself is on sheets AFI 1–3, each "
            "headed 'Area for improvement N' with the inspectors' text underneath and its numbered actions "
            "(seven in all). A person reads each action under its area-for-improvement text, the Lead column "
            "as the lead (not the partners), 'Spring term 2025' as ending at the Easter break (April 2025) "
            "and 'Termly' as having no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 3. Islington Corporate Parenting Board - action plan, docx (table per priority)
# ---------------------------------------------------------------------------
def make_islington():
    fname = "ja1-islington-corporate-parenting-board-action-plan.docx"
    title = "Islington Corporate Parenting Board – Action Plan 2025/26"
    RAGF = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    pri = [
        ("Priority 1: Listening to children and young people", [
            ("1.1", "Hold a joint meeting of the Corporate Parenting Board and Islington Children in Care "
                    "Council each term, with young people setting the agenda.",
             "Participation Manager", ["Participation Manager"], "Termly", "G",
             "Summer term meeting held 9 July; young people chose placement moves and pocket money as topics.",
             None, "Termly", "green"),
            ("1.2", "Publish a ‘You said, we did’ update after every Board meeting on the Children in Care "
                    "Council webpage and Instagram.",
             "Participation Manager; Head of Communications", ["Participation Manager", "Head of Communications"],
             "By 31 October 2025", "A",
             "Template agreed with young people; Instagram account sign-off still with Communications.",
             "2025-10", None, "amber"),
        ]),
        ("Priority 2: Homes and stability", [
            ("2.1", "Recruit 20 new Islington foster carers through the North London fostering hub campaign.",
             "Head of Fostering and Adoption", ["Head of Fostering and Adoption"], "March 2026", "A",
             "7 households approved since April; 11 in assessment.", "2026-03", None, "amber"),
            ("2.2", "Review all children placed more than 20 miles from Islington at the Placement Stability "
                    "Panel.",
             "Head of Children Looked After Service / IRO Service Manager",
             ["Head of Children Looked After Service", "IRO Service Manager"], "Q3 2025/26", "G",
             "38 of 64 children reviewed; plans to return 6 children closer to home.", "2025-12", None, "green"),
            ("2.3", "Extend Staying Put and Staying Close arrangements.\nAgree the Staying Close offer with the "
                    "in-house children’s homes.",
             "Head of Placements and Commissioning", ["Head of Placements and Commissioning"],
             "Sept 2025 – March 2026", "G",
             "Staying Put allowance uplifted from September. Staying Close offer drafted.", "2026-03", None,
             "green"),
        ]),
        ("Priority 3: Education, health and wellbeing", [
            ("3.1", "Every child in care to have an up-to-date Personal Education Plan reviewed each term.",
             "Virtual School Headteacher", ["Virtual School Headteacher"], "Summer term 2026", "G",
             "PEP completion 94% in the summer term 2025.", "2026-07", None, "green"),
            ("3.2", "Review health assessments completed late and agree an escalation route with Whittington "
                    "Health.",
             "Designated Nurse for Children Looked After; Head of Children Looked After Service",
             ["Designated Nurse for Children Looked After", "Head of Children Looked After Service"],
             "31/12/2025", "R",
             "Review health assessments in timescale fell to 61% (Q1). Escalated to the ICB; recovery plan "
             "requested.", "2025-12", None, "red"),
        ]),
        ("Priority 4: Preparing for adulthood", [
            ("4.1", "Refresh the Care Leaver Local Offer with the Care Leavers’ Forum, including council tax "
                    "exemption up to age 25.",
             "Head of Leaving Care Service", ["Head of Leaving Care Service"], "June 2025", "B",
             "New Local Offer published 30 June 2025 and launched at the Care Leavers’ Forum.", "2025-06", None,
             "blue"),
            ("4.2", "Ring-fence apprenticeships for care leavers across Islington Council and partner "
                    "organisations.",
             "Okafor, Janet", ["Okafor, Janet"], "March 2026", "A",
             "4 apprenticeships ring-fenced in the council; partner pledges to be sought at the Board in "
             "December.", "2026-03", None, "amber"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Our promise to children in care and care leavers")
    doc.add_paragraph(
        "This action plan sets out how Islington Council and its partners, as corporate parents, will deliver "
        "the pledges made to children in care and care leavers in the Corporate Parenting Strategy 2024–2027. "
        "It was developed with the Children in Care Council and the Care Leavers’ Forum and is monitored at "
        "every meeting of the Corporate Parenting Board.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Safeguarding and Family Support"),
                                ("Version", "2.1"),
                                ("Date", "10 September 2025"),
                                ("Next review", "Corporate Parenting Board, December 2025")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10)
        set_cell(t.cell(i, 1), v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: G – on track; A – some delay; R – not on track; B – complete")
    expected = []
    for heading, acts in pri:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        hd = ["No.", "What we will do", "Lead", "By when", "RAG", "Progress (September 2025)"]
        for i, h in enumerate(hd):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "D9D9D9")
        repeat_header(tb.rows[0])
        for (ref, act, leadcell, leads, bywhen, rag, upd, end, end_text, status) in acts:
            row = tb.add_row().cells
            for i, v in enumerate([ref, act, leadcell, bywhen, rag, upd]):
                set_cell(row[i], v)
            shade(row[4], FILL[RAGF[rag]])
            e = dict(ref=ref, under=[heading], action=act, lead=leads, end=end, status=status)
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        for row in tb.rows:
            for i, w in enumerate([Cm(1.2), Cm(8.5), Cm(4.5), Cm(3), Cm(1.2), Cm(7)]):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Approved by the Corporate Parenting Board on 23 September 2025.")
    doc.save(P(fname))

    meta = {
        "source": (
            "Imitates a London borough corporate parenting board action plan of the kind Islington Council "
            "publishes with its Corporate Parenting Board papers (Islington's pledges to looked after children "
            "and care leavers, islingtonchildcare.proceduresonline.com; Bracknell Forest's pledge-based "
            "corporate parenting action plan as a model of the genre). Copied features: title and strapline, "
            "introductory paragraph, a document-control table, a one-line RAG key with B for complete, one "
            "table per priority under its own heading, several leads in one cell, a surname-first lead, "
            "'Termly', a financial quarter, a period and a school term as timescales, shaded RAG cells and "
            "an approval line."),
        "reads": (
            "A Word action plan with four priority headings, each followed by its own table of numbered "
            "actions (nine in all) with lead, 'By when', RAG letter and September 2025 progress. The "
            "document-control table and key are not actions; a person reads each action under its priority "
            "heading."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 4. Wandsworth Safeguarding Children Partnership - JTAI action plan, docx (merged AFI column)
# ---------------------------------------------------------------------------
def make_wandsworth():
    fname = "ja1-wandsworth-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "Wandsworth Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan"
    RAGF = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    A1 = ("The understanding and application of the signs and indicators of child sexual abuse in the family "
          "environment by practitioners across all agencies, including in schools and primary health care.")
    A2 = ("The quality of strategy discussions and the timeliness of joint investigations between police and "
          "children’s social care when child sexual abuse is suspected.")
    A3 = ("The availability of specialist therapeutic support for children who have experienced child sexual "
          "abuse, and the support provided to non-abusing parents and carers.")
    afis = [
        (A1, [
            ("1", "Launch the WSCP child sexual abuse practice guidance and a 7-minute briefing for all partner "
                  "agencies.", "WSCP", "WSCP Business Manager", ["WSCP Business Manager"],
             "End of March 2025", "Complete", "2025-03", None, "blue"),
            ("2", "Deliver multi-agency training on the CSA Centre ‘Signs and Indicators’ template to designated "
                  "safeguarding leads in every Wandsworth school.", "Education",
             "Head of Education Safeguarding", ["Head of Education Safeguarding"], "June 2025", "Green",
             "2025-06", None, "green"),
            ("3", "Include child sexual abuse indicators in the GP safeguarding leads’ forum programme and the "
                  "primary care safeguarding audit tool.", "South West London ICB",
             "Named GP; Designated Nurse Safeguarding Children",
             ["Named GP", "Designated Nurse Safeguarding Children"], "Q1 2025/26", "Amber", "2025-06", None,
             "amber"),
        ]),
        (A2, [
            ("4", "Ensure police attendance at all strategy meetings for suspected intrafamilial child sexual "
                  "abuse, with attendance monitored weekly.", "Metropolitan Police (SW BCU)",
             "DI Claire Hutton / Head of MASH and Assessment",
             ["DI Claire Hutton", "Head of MASH and Assessment"], "30/04/2025", "Green", "2025-04", None,
             "green"),
            ("5", "Complete a multi-agency audit of 20 strategy discussions and report learning to the WSCP "
                  "Quality Assurance Sub-group.", "Partnership", "WSCP Quality Assurance Lead",
             ["WSCP Quality Assurance Lead"], "September 2025", "Amber", "2025-09", None, "amber"),
            ("6", "Agree a joint protocol for ABE interviews and medical examinations with the Havens and the "
                  "Lighthouse.", "Police / Health", "Detective Superintendent (Public Protection)",
             ["Detective Superintendent (Public Protection)"], "July 2025", "Red", "2025-07", None, "red"),
        ]),
        (A3, [
            ("7", "Map the current therapeutic offer and waiting times across CAMHS, the Havens and voluntary "
                  "sector providers.", "ICB / Council", "Head of Children’s Commissioning",
             ["Head of Children’s Commissioning"], "May 2025", "Complete", "2025-05", None, "blue"),
            ("8", "Commission a support group for non-abusing parents and carers, co-designed with parents.",
             "Council", "Head of Early Help", ["Head of Early Help"], "December 2025", "Green", "2025-12",
             None, "green"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    landscape(doc)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph()
    r = p.add_run("Multi-agency response to children who are victims of child sexual abuse in the family "
                  "environment")
    r.bold = True
    doc.add_paragraph("Inspection fieldwork: 4–8 November 2024. Joint inspection letter published: "
                      "14 January 2025.")
    doc.add_paragraph("Document history", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Summary of changes", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for v in [("1.0", "11/02/2025", "Action plan submitted to Ofsted", "WSCP Executive"),
              ("1.1", "08/05/2025", "Progress update; action 6 re-rated", "WSCP Executive")]:
        row = t.add_row().cells
        for i, x in enumerate(v):
            set_cell(row[i], x)
    doc.add_paragraph()
    doc.add_paragraph("Progress is reported to the WSCP Executive (Wandsworth Council, South West London ICB "
                      "and the Metropolitan Police) every two months. The RAG key is at the end of this "
                      "document.")
    doc.add_paragraph("Action plan", style="Heading 2")
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    hd = ["Area for improvement", "No.", "Action", "Agency", "Lead", "Target date", "RAG"]
    for i, h in enumerate(hd):
        set_cell(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "BDD7EE")
    repeat_header(tb.rows[0])
    expected = []
    for afi, acts in afis:
        first = len(tb.rows)
        for (ref, act, agency, leadcell, leads, target, rag, end, end_text, status) in acts:
            row = tb.add_row().cells
            for i, v in enumerate(["", ref, act, agency, leadcell, target, rag]):
                set_cell(row[i], v)
            shade(row[6], FILL[RAGF[rag]])
            e = dict(ref=ref, under=[afi], action=act, lead=leads, end=end, status=status)
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        last = len(tb.rows) - 1
        top = tb.cell(first, 0)
        set_cell(top, afi)
        merged = top.merge(tb.cell(last, 0))
        # keep only the text once
        set_cell(merged, afi)
    for row in tb.rows:
        for i, w in enumerate([Cm(6), Cm(1), Cm(7.5), Cm(3), Cm(4), Cm(2.5), Cm(1.8)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, col, txt) in enumerate([("Complete", "blue", "Action completed and evidence provided"),
                                       ("Green", "green", "On track"),
                                       ("Amber", "amber", "Some delay but expected to complete"),
                                       ("Red", "red", "Not on track – escalated to the WSCP Executive")]):
        set_cell(k.cell(i, 0), w, bold=True)
        shade(k.cell(i, 0), FILL[col])
        set_cell(k.cell(i, 1), txt)
    doc.save(P(fname))

    meta = {
        "source": (
            "Imitates the multi-agency action plan a London safeguarding children partnership submits to Ofsted "
            "after a joint targeted area inspection (JTAI) on the response to child sexual abuse in the family "
            "environment (the 2024–25 JTAI theme described on the NYSCP 'JTAI guidance for practitioners' page; "
            "published JTAI action plans from Bexley, Croydon and Bromley as models of the genre). Copied "
            "features: title with the inspection theme and dates, a document-history table, a governance "
            "paragraph, one landscape plan table whose first column holds each area for improvement in a "
            "vertically merged cell beside its numbered actions, an agency column, several leads in one cell, "
            "RAG words with shading, and a RAG key table at the end."),
        "reads": (
            "A Word document: after the title block and a document-history table, one action-plan table in "
            "which three areas for improvement from the JTAI letter each span their numbered actions (eight in "
            "all). A person reads each action under its area for improvement, the Lead column as the lead "
            "(the Agency column names the organisation), and the RAG key table as no action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 5. Harrow Early Help strategy action plan, csv (Excel 'CSV UTF-8' export)
# ---------------------------------------------------------------------------
def make_harrow():
    fname = "ja1-harrow-early-help-strategy-action-plan.csv"
    title = "Harrow Early Help Partnership – Early Help Strategy 2024–2027: Action Plan (Year 2, 2025/26)"
    RAGS = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    P1 = "Priority 1: Family Hubs – help in the right place at the right time"
    P2 = "Priority 2: Early identification and a shared response"
    P3 = "Priority 3: A skilled and confident workforce"
    pri = [
        (P1, [
            ("1.1", "Open the third Family Hub in Wealdstone with co-located health visiting, midwifery and "
                    "Citizens Advice sessions.", "Head of Early Help & Family Hubs",
             ["Head of Early Help & Family Hubs"], "Apr-25", "Sep-25", "Blue",
             "Wealdstone Family Hub opened 8 September 2025.", "2025-09", None),
            ("1.2", "Publish the Start for Life offer online and in the five most spoken community languages in "
                    "Harrow.", "Family Hubs Manager / Public Health Consultant (0-19)",
             ["Family Hubs Manager", "Public Health Consultant (0-19)"], "Apr-25", "Dec-25", "Green",
             "English version live; Gujarati, Romanian and Tamil translations with printers.", "2025-12", None),
            ("1.3", "Extend Saturday opening at two Family Hubs.\nReview take-up after six months and report to "
                    "the Sub-group.", "Family Hubs Manager", ["Family Hubs Manager"], "Jan-26", "Mar-26", "",
             "Not yet started – staffing rota being consulted on.", "2026-03", None),
        ]),
        (P2, [
            ("2.1", "Relaunch the Early Help Assessment on the EHM system with training for schools and "
                    "nurseries.", "Early Help Partnership Manager", ["Early Help Partnership Manager"],
             "May-25", "Nov-25", "Amber",
             "Training delivered to 41 schools; nursery sessions delayed to November.", "2025-11", None),
            ("2.2", "Agree a step-up/step-down protocol between Early Help and the MASH, including joint triage "
                    "of contacts.", "Okoro, Tunde", ["Okoro, Tunde"], "Jun-25", "Oct-25", "Green",
             "Protocol agreed at Sub-group; go-live 20 October.", "2025-10", None),
            ("2.3", "Embed the Supporting Families outcomes framework in all early help plans and case audits.",
             "Supporting Families Coordinator; Early Help Quality Assurance Lead",
             ["Supporting Families Coordinator", "Early Help Quality Assurance Lead"], "Apr-25", "Mar-26",
             "Red", "Only 38% of audited plans reference the framework. Recovery plan to November Sub-group.",
             "2026-03", None),
        ]),
        (P3, [
            ("3.1", "Deliver the ‘Harrow Early Help Essentials’ training programme to 300 multi-agency "
                    "practitioners.", "Harrow Safeguarding Children Board Training Lead",
             ["Harrow Safeguarding Children Board Training Lead"], "Apr-25", "Ongoing", "Green",
             "164 practitioners trained to date.", None, "Ongoing"),
            ("3.2", "Run an annual early help practitioner conference with the voluntary and community sector.",
             "Early Help Partnership Manager", ["Early Help Partnership Manager"], "Sep-25", "Feb-26", "Amber",
             "Venue booked; keynote speaker not yet confirmed.", "2026-02", None),
        ]),
    ]
    ncol = 8
    rows = [
        [title] + [""] * (ncol - 1),
        ["Reported to: Harrow Safeguarding Children Board – Early Help Sub-group, 14 October 2025"]
        + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Action", "Lead", "Start", "Due", "RAG", "Progress update (October 2025)", "Evidence"],
    ]
    expected = []
    for heading, acts in pri:
        rows.append([heading] + [""] * (ncol - 1))
        for (ref, act, leadcell, leads, start, due, rag, upd, end, end_text) in acts:
            rows.append([ref, act, leadcell, start, due, rag, upd, ""])
            e = dict(ref=ref, under=[heading], action=act, lead=leads, end=end, status=RAGS[rag])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
    rows.append([""] * ncol)
    rows.append(["RAG: Blue = complete; Green = on track; Amber = at risk of slipping; Red = off track; "
                 "blank = not yet started"] + [""] * (ncol - 1))
    rows.append(["Summary: Blue 1, Green 3, Amber 2, Red 1, Not started 1 (8 actions)"] + [""] * (ncol - 1))
    with open(P(fname), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    meta = {
        "source": (
            "Imitates a borough early help strategy action plan kept in Excel and shared as a CSV export, "
            "like the Harrow early help / family hubs plans reported to the Harrow Safeguarding Children "
            "Board (Tower Hamlets and Haringey early help strategy reports consulted for the genre). Copied "
            "features: title and 'reported to' lines in the first cell, a header row, priority rows with the "
            "other cells empty, numbered actions with start and due months written 'Apr-25', a RAG word "
            "column left blank for not-started, an action typed over two lines in one quoted cell, a "
            "surname-first lead, a RAG key line and a summary line at the foot."),
        "reads": (
            "A comma-separated export with a two-line title block, three priority lines and eight numbered "
            "actions beneath them, then a RAG key and a summary line. The due month is the end ('Ongoing' has "
            "none), the RAG word is the status and the blank RAG of 1.3 means not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 6. City of York Youth Justice Service - HMIP improvement plan, tab-separated txt
# ---------------------------------------------------------------------------
def make_york():
    fname = "ja1-york-youth-justice-service-hmip-improvement-plan.txt"
    title = "City of York Youth Justice Service: HMI Probation Post-inspection Improvement Plan"
    RAGS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    S1 = "Recommendations for the Youth Justice Management Board"
    S2 = "Recommendations for the Head of Youth Justice"
    R1 = ("1. ensure that partner agencies give the YJS timely access to education, health and speech and "
          "language services for children")
    R2 = "2. monitor disproportionality in the YJS cohort and take action to address it"
    R3 = ("3. improve the quality of assessment and planning for keeping other people safe, including "
          "contingency planning")
    R4 = ("4. ensure that out-of-court disposal decisions are informed by a full assessment and that victims' "
          "views are consistently considered")
    plan = [
        (S1, [
            (R1, [
                ("1a", "Agree a service level agreement with the Education Inclusion Service for a named "
                       "education worker in the YJS two days a week.", "Head of Youth Justice",
                 ["Head of Youth Justice"], "31/03/2025", "G",
                 "SLA drafted with Education Inclusion Service.", "2025-03", None,
                 ["Sign-off at April Board; worker identified."]),
                ("1b", "Secure speech and language therapy screening for all children on court orders, funded "
                       "through the ICB.", "YJS Board Chair / Designated Clinical Officer",
                 ["YJS Board Chair", "Designated Clinical Officer"], "Jun-25", "A",
                 "Funding bid submitted to Humber and North Yorkshire ICB; decision due May.", "2025-06", None,
                 []),
            ]),
            (R2, [
                ("2a", "Add ethnicity, care status and SEND breakdowns to the quarterly Board performance "
                       "report.", "Youth Justice Performance Officer", ["Youth Justice Performance Officer"],
                 "Jan-25", "B", "Included from the Q3 report (January Board).", "2025-01", None, []),
            ]),
        ]),
        (S2, [
            (R3, [
                ("3a", "Introduce a risk and safety panel chaired by a practice manager for all children assessed "
                       "as high or very high risk of serious harm.", "Service Manager (Court & Interventions)",
                 ["Service Manager (Court & Interventions)"], "Dec-24", "B",
                 "Panel meeting fortnightly since 4 December.", "2024-12", None, []),
                ("3b", "Deliver refresher training on AssetPlus contingency planning and audit 15 cases a "
                       "quarter.", "Practice Manager – Out of Court; Seconded Probation Officer",
                 ["Practice Manager – Out of Court", "Seconded Probation Officer"], "Ongoing", "G",
                 "Training delivered 22 January; first quarterly audit of 15 cases complete.", None, "Ongoing",
                 []),
            ]),
            (R4, [
                ("4a", "Revise the joint decision-making panel terms of reference with North Yorkshire Police so "
                       "that a completed assessment is presented for every child.",
                 "Practice Manager – Out of Court; Sgt Amy Richardson (NYP)",
                 ["Practice Manager – Out of Court", "Sgt Amy Richardson (NYP)"], "Feb-25", "A",
                 "Draft terms of reference with NYP legal services.", "2025-02", None, []),
                ("4b", "Appoint a dedicated restorative justice and victim worker.", "Head of Youth Justice",
                 ["Head of Youth Justice"], "April 2025", "R",
                 "Post approved but two recruitment rounds unsuccessful.", "2025-04", None, []),
            ]),
        ]),
    ]
    lines = [
        title,
        "Inspection fieldwork: 9-13 September 2024. Report published: 5 December 2024.",
        "Version 3 - updated for the YJS Management Board, 18 March 2025",
        "",
        "RAG: R = not on track   A = some slippage   G = on track   B = complete",
        "",
        "\t".join(["Recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]),
    ]
    expected = []
    for sec, recs in plan:
        lines.append(sec)
        for rec, acts in recs:
            for j, (ref, act, leadcell, leads, due, rag, upd, end, end_text, cont) in enumerate(acts):
                lines.append("\t".join([rec if j == 0 else "", ref, act, leadcell, due, rag, upd]))
                for c in cont:
                    lines.append("\t" * 6 + c)
                e = dict(ref=ref, under=[sec, rec], action=act, lead=leads, end=end, status=RAGS[rag])
                if end_text:
                    e["end_text"] = end_text
                expected.append(e)
    lines += [
        "",
        "Target dates agreed at the YJS Management Board on 12 December 2024.",
        "Total actions: 7 (B 2, G 2, A 2, R 1)",
    ]
    with open(P(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": (
            "Imitates a youth justice service's improvement plan after an HM Inspectorate of Probation "
            "inspection, with recommendations addressed separately to the management board and to the service "
            "manager as in HMIP youth justice reports (e.g. the Reading YJS inspection item at "
            "democracy.reading.gov.uk and HMIP's Wakefield 2025 report), for the City of York YJS, saved from "
            "Excel as tab-separated text. Copied features: title, inspection and version lines, a RAG key line, "
            "section lines per addressee, the recommendation written only on the first of its action lines, "
            "lettered action refs, several leads in one cell, a continuation line carrying only more progress "
            "text, and a closing notes/total block."),
        "reads": (
            "A tab-separated plan: two addressee sections, four numbered HMIP recommendations, and seven "
            "lettered actions, each recommendation standing on its first action line and applying to the "
            "action lines below it until the next. The line holding only 'Sign-off at April Board; worker "
            "identified.' continues 1a's progress update and is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 7. Coventry City Council children's home - Ofsted action plan, xlsx, typo month -> refuse
# ---------------------------------------------------------------------------
def make_coventry():
    fname = "ja1-coventry-city-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"
    title = "Coventry City Council Children’s Home – Ofsted Inspection Action Plan"
    d = dt.datetime
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Unique reference number: SC482716"
    ws["A3"] = ("Inspection: 21–22 January 2025. Overall experiences and progress of children and young people: "
                "requires improvement to be good")
    ws["A4"] = "Registered Manager: Donna Whitfield    Responsible Individual: Head of Residential Services"
    for r in (2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    heads = ["Type", "Regulation / standard", "Requirement or recommendation", "Action to be taken",
             "Responsible", "Target date", "Status", "Evidence of completion"]
    widths = [15, 22, 48, 48, 24, 14, 12, 36]
    for i, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("375623")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(i)].width = w
    REQ1 = ("The registered person must ensure that staff assess whether each child is at risk of harm, taking "
            "into account information in the child’s relevant plans, and that risk assessments are updated "
            "after each incident. (Regulation 12(1)(2)(a)(i)) Due date: 28 February 2025")
    REQ2 = ("The registered person must ensure that the registered manager has the skills to monitor and review "
            "the home’s arrangements and that the independent person’s reports are acted on. (Regulation "
            "13(1)(a)(2)(h)) Due date: 31 March 2025")
    REC1 = ("The registered person should ensure that children’s views are recorded and used to inform the "
            "development of their placement plans. (‘Guide to the Children’s Homes Regulations, including the "
            "quality standards’, page 12, paragraph 2.4)")
    REC2 = ("The registered person should ensure that staff receive practice-related supervision at least "
            "monthly by a person with appropriate experience. (‘Guide’, page 61, paragraph 13.3)")
    rows = [
        # row 7
        ("section", "Requirements"),
        # row 8
        ("Requirement", "Regulation 12", REQ1,
         "Review every child’s individual risk assessment and behaviour support plan with the key worker and "
         "social worker.", "Registered Manager", d(2025, 2, 14), "Complete",
         "All four risk assessments reviewed 12/02/2025"),
        # row 9
        ("", "", "",
         "Introduce a post-incident debrief form that triggers a risk assessment update within 24 hours.",
         "Deputy Manager", d(2025, 2, 28), "Complete", "Form in use from 10/02/2025"),
        # row 10
        ("Requirement", "Regulation 13", REQ2,
         "Registered Manager to complete the Leadership and Management in Residential Childcare module and "
         "present a Regulation 44 action log at each monthly management meeting.", "Responsible Individual",
         "March 2025", "In progress", ""),
        # row 11
        ("section", "Recommendations"),
        # row 12
        ("Recommendation", "Standard 2.4", REC1,
         "Add a 'my views' section to each placement plan and review it with the child at monthly key work "
         "sessions.", "Registered Manager", "April 2025", "In progress", ""),
        # row 13
        ("Recommendation", "Standard 13.3", REC2,
         "Set up a monthly supervision schedule for all residential staff and audit compliance.",
         "Senior Residential Practitioner", "Febuary 2025", "In progress", ""),
        # row 14
        ("", "", "",
         "Arrange external group supervision with the residential clinical psychologist every six weeks.",
         "Registered Manager / Residential Clinical Psychologist", "May 2025", "Not started", ""),
    ]
    r = 7
    typo_row = None
    for row in rows:
        if row[0] == "section":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = solid("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if row[5] == "Febuary 2025":
                typo_row = r
            ws.row_dimensions[r].height = 75
        r += 1
    # merge the requirement text over its two actions (rows 8-9)
    for col in (1, 2, 3):
        ws.merge_cells(start_row=8, start_column=col, end_row=9, end_column=col)
    for col in (1, 2, 3):
        ws.merge_cells(start_row=13, start_column=col, end_row=14, end_column=col)
    r += 1
    ws.cell(r, 1, "Signed: Donna Whitfield, Registered Manager    Date: 03/03/2025")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(P(fname))
    assert typo_row == 13, typo_row

    meta = {
        "source": (
            "Imitates the post-inspection action plan a local authority children's home sends to Ofsted after "
            "a full inspection under the SCCIF for children's homes (requirements with a regulation and due "
            "date, recommendations citing the Guide to the Children's Homes Regulations; see gov.uk SCCIF "
            "'Making requirements and recommendations'), here for a Coventry City Council home. Copied "
            "features: home title block with URN, inspection date, judgement, registered manager and "
            "responsible individual; Requirements and Recommendations section rows; requirement text merged "
            "over its several actions; target dates partly real dates and partly typed month text; status "
            "words; a signature line."),
        "reads": (
            "A one-sheet children's home action plan with two requirements and two recommendations and six "
            "actions under them. Sheet row 13 gives its target date as 'Febuary 2025', a mistyped month, so a "
            "careful reader stops there and asks what date was meant before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(fname, meta, [])
    return fname, 0


if __name__ == "__main__":
    for fn in (make_reading, make_hillingdon, make_islington, make_wandsworth, make_harrow, make_york,
               make_coventry):
        name, n = fn()
        print(f"{name}: {n} actions")
