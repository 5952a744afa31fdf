#!/usr/bin/env python
"""Build the seven zak- blind test files (set heldout751) and their expected readings.

Run with /work/main/.venv/bin/python zak_make.py from any directory; files are written
next to this script. Only files whose names start with "zak-" are written.
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

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def path(name):
    assert name.startswith("zak-") or name.startswith("zak_"), name
    return os.path.join(HERE, name)


def write_expected(name, exp):
    """exp: dict in FORMAT.md key order."""
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Bolton Council fostering service development plan (xlsx, RAG by fill colour)
# ---------------------------------------------------------------------------
def bolton():
    name = "zak-bolton-council-fostering-service-development-plan-2025-26.xlsx"
    title = "Fostering Service Development Plan 2025/26"
    wb = Workbook()

    # Cover sheet: document control + RAG key
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bolton Council – Children's Services"
    cov["A1"].font = Font(bold=True, size=12, color=HEAD)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16, color=HEAD)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    control = [
        ("Version", "3.0"),
        ("Date", "07/10/2025"),
        ("Author", "Service Manager – Fostering"),
        ("Approved by", "Corporate Parenting Board"),
        ("Reporting", "Quarterly to Corporate Parenting Board and Children's Services Scrutiny Committee"),
        ("Next review", "January 2026"),
    ]
    r = 5
    for k, v in control:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [(RED, "Not on track – significant risk to delivery"),
                            (AMBER, "Some delay – recoverable within the year"),
                            (GREEN, "On track"),
                            (BLUE, "Complete")]:
        cov.cell(r, 1).fill = fill(colour)
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, meaning).border = BOX
        r += 1
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 80

    # Plan sheet
    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "Bolton Council"
    ws["A1"].font = Font(bold=True, size=12, color=HEAD)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16, color=HEAD)
    ws["A3"] = "Progress position: Quarter 2 (to 30 September 2025)    Plan owner: Service Manager – Fostering"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead officer", "Start", "Target date", "Revised date",
               "Progress update – Q2 (September 2025)", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    P1 = "Priority 1: Recruitment – more Bolton families for Bolton children"
    P2 = "Priority 2: Supporting and keeping our foster carers"
    P3 = "Priority 3: Kinship and connected persons care"
    P4 = "Priority 4: Quality assurance and the voice of children"

    # (ref, action, lead text, start, target, revised, progress, fill, expected lead, end, status, end_text)
    rows = [
        ("P", P1),
        ("1.1", "Launch the refreshed Foster for Bolton website and online enquiry form through the Greater Manchester fostering recruitment hub, with a 24-hour call-back promise for every enquiry.",
         "Marketing and Communications Officer", d(2025, 4, 1), d(2025, 6, 30), d(2025, 9, 30),
         "Hub go-live was delayed by GM procurement. New site and enquiry form live from 08/09/2025; call-back within 24 hours achieved for 94% of enquiries in September.",
         BLUE, ["Marketing and Communications Officer"], "2025-09", "blue", None),
        ("1.2", "Hold quarterly fostering information events in Farnworth, Horwich and Westhoughton, targeting households able to care for teenagers and sibling groups.",
         "Team Manager – Recruitment and Assessment", d(2025, 4, 1), d(2026, 3, 31), None,
         "Two events held (June and September), 23 attendees and 9 initial visits booked.",
         GREEN, ["Team Manager – Recruitment and Assessment"], "2026-03", "green", None),
        ("1.3", "Reduce the average time from initial enquiry to fostering panel to six months by introducing stage-by-stage assessment tracking.",
         "Team Manager – Recruitment and Assessment / Panel Adviser", d(2025, 5, 1), d(2025, 12, 31), None,
         "Tracker in place from July. Average currently 7.4 months; two assessments delayed by DBS and health checks.",
         AMBER, ["Team Manager – Recruitment and Assessment", "Panel Adviser"], "2025-12", "amber", None),
        ("P", P2),
        ("2.1", "Extend the Mockingbird programme with a second hub home constellation in the north of the borough.",
         "Service Manager – Fostering", d(2025, 4, 1), d(2026, 3, 31), None,
         "Hub carer identified and approved at panel on 11/09/2025. Constellation launch planned for January 2026.",
         GREEN, ["Service Manager – Fostering"], "2026-03", "green", None),
        ("2.2", "Review foster carer fees and allowances against the Greater Manchester benchmark and present options to Cabinet.",
         "Head of Service – Children in Care; Finance Business Partner", d(2025, 6, 1), d(2025, 10, 31), d(2026, 1, 31),
         "Benchmarking complete. Cabinet report moved to January 2026 to align with budget setting.",
         AMBER, ["Head of Service – Children in Care", "Finance Business Partner"], "2026-01", "amber", None),
        ("2.3", "Deliver the 2025/26 foster carer learning and development programme, including trauma-informed practice and delegated authority training.",
         "Training and Development Officer", d(2025, 4, 1), d(2026, 3, 31), None,
         "Programme published. 61% of carers have completed trauma-informed practice module.",
         GREEN, ["Training and Development Officer"], "2026-03", "green", None),
        ("2.4", "Offer an exit interview to every foster carer who leaves the service and report the themes to Corporate Parenting Board.",
         "Supervising Social Work Team Manager", d(2025, 4, 1), "Quarterly", None,
         "Only 2 of 7 leaving carers interviewed in Q1–Q2. Independent interviewer now being commissioned.",
         RED, ["Supervising Social Work Team Manager"], None, "red", "Quarterly"),
        ("P", P3),
        ("3.1", "Complete all connected persons (Regulation 24) assessments within 16 weeks, with weekly oversight of every assessment over 12 weeks.",
         "Kinship Team Manager", d(2025, 4, 1), d(2025, 12, 31), None,
         "78% completed within 16 weeks in Q2 (Q1: 64%). Weekly oversight meeting established.",
         AMBER, ["Kinship Team Manager"], "2025-12", "amber", None),
        ("3.2", "Co-produce a kinship local offer with Bolton kinship carers and publish it on the Bolton Start Well website.",
         "Kinship Team Manager and Participation Lead", d(2025, 10, 1), d(2026, 1, 31), None,
         "Not yet started – scheduled for Q3.",
         None, ["Kinship Team Manager", "Participation Lead"], "2026-01", "unrated", None),
        ("P", P4),
        ("4.1", "Make sure every foster carer annual review is chaired independently of the supervising social worker and includes the views of children in placement.",
         "Independent Reviewing Service Manager", d(2025, 4, 1), d(2026, 3, 31), None,
         "All reviews since June chaired independently; children's views recorded in 88% of reviews.",
         GREEN, ["Independent Reviewing Service Manager"], "2026-03", "green", None),
    ]
    expected = []
    r = 6
    cur = None
    for row in rows:
        if row[0] == "P":
            cur = row[1]
            ws.cell(r, 1, cur)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            r += 1
            continue
        ref, text, lead, start, target, revised, prog, colour, elead, end, status, etext = row
        vals = [ref, text, lead, start, target, revised, prog, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if colour:
            ws.cell(r, 8).fill = fill(colour)
        expected.append(act(ref, [cur], text, elead, end, status, etext))
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised dates agreed by Corporate Parenting Board on 18/09/2025. RAG is shown by cell colour – see key on the Cover sheet.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [7, 60, 30, 9, 11, 11, 55, 7]):
        ws.column_dimensions[col].width = w

    # Measures sheet (not actions)
    ms = wb.create_sheet("Measures")
    ms["A1"] = "Key performance measures – Fostering 2025/26"
    ms["A1"].font = Font(bold=True, size=12)
    mh = ["Measure", "2024/25 outturn", "2025/26 target", "Q1", "Q2", "RAG"]
    for i, h in enumerate(mh, 1):
        ms.cell(3, i, h).font = Font(bold=True)
    measures = [
        ("Mainstream fostering households (number)", 142, 155, 144, 147, "A"),
        ("New mainstream households approved", 14, 20, 3, 6, "A"),
        ("Foster carers de-registered (excluding kinship)", 19, 12, 4, 3, "G"),
        ("Children in care placed with in-house foster carers (%)", "41%", "45%", "42%", "43%", "G"),
        ("Connected persons assessments completed within 16 weeks (%)", "58%", "85%", "64%", "78%", "A"),
    ]
    for j, m in enumerate(measures, 4):
        for i, v in enumerate(m, 1):
            ms.cell(j, i, v)
    ms.column_dimensions["A"].width = 60

    wb.active = 1
    wb.save(path(name))

    write_expected(name, {
        "source": (
            "Imitates an English council's annual fostering service development plan of the kind "
            "councils take to their corporate parenting board (cf. Salford and Trafford fostering "
            "service development/improvement plans; Worcestershire Children First's fostering "
            "improvement plan described at worcestershire.moderngov.co.uk/mgAi.aspx?ID=20026). "
            "Copied features: cover sheet with document-control table and colour RAG key, plan sheet "
            "with title block, merged full-width priority rows, refs 1.1–4.1, start / target / "
            "revised dates, Q2 progress comments, RAG shown only by cell fill colour, a notes line, "
            "and a separate Measures sheet of KPIs with letter RAGs."
        ),
        "reads": (
            "A Bolton fostering service development plan on the second sheet: four priorities, each a "
            "grey merged row, with ten numbered actions under them. Each action has a lead post, "
            "start and target dates (two with a later revised date), a progress note and a RAG cell "
            "coloured but empty; 3.2 has no colour because it has not started. The cover sheet and "
            "the Measures sheet hold no actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Wyre Forest DC corporate plan delivery tracker (xlsx, refuse: "Febuary 2026")
# ---------------------------------------------------------------------------
def wyre_forest():
    name = "zak-wyre-forest-district-council-corporate-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"
    title = "Corporate Plan 2023-2027: Annual Delivery Plan 2025/26 – Progress Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 Tracker"
    ws["A1"] = "Wyre Forest District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2: 1 July – 30 September 2025. Reported to Overview and Scrutiny Committee, 6 November 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Priority", "Ref", "Action / milestone", "Cabinet portfolio", "Lead Officer",
               "Due date", "Q1 status", "Q2 status", "Q2 commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4F6228")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    groups = [
        ("Economic Growth and Regeneration", [
            ("EG1", "Complete the conversion of the former Magistrates Court into a creative industries hub and open it to tenants.",
             "Economic Regeneration", "Head of Regeneration", d(2025, 12, 31), "Amber", "Amber",
             "Practical completion slipped to November because of roof repairs; tenants' marketing under way."),
            ("EG2", "Finish the Worcester Street public realm and urban park works.",
             "Economic Regeneration", "Head of Regeneration", "Q3 2025/26", "Green", "Green",
             "Steps and planting complete; lighting to follow in October."),
            ("EG3", "Agree a development partner for the Crown House and Market Street sites.",
             "Economic Regeneration", "Corporate Director: Economic Prosperity and Place", d(2026, 3, 31), "Green", "Amber",
             "Soft market testing returned fewer bids than expected; options paper to Cabinet in December."),
        ]),
        ("A Safe, Clean and Green Living Environment", [
            ("SC1", "Roll out the weekly food waste collection service to all households.",
             "Environment and Operations", "Head of Operations", d(2026, 3, 31), "Green", "Green",
             "Vehicles and caddies ordered; crew recruitment begins in November."),
            ("SC2", "Adopt a new Enviro-crime Enforcement Policy, including fixed penalty levels for fly-tipping.",
             "Environment and Operations", "Community Safety and Partnerships Manager", "Febuary 2026", "Green", "Green",
             "Draft policy considered by Overview and Scrutiny in October."),
            ("SC3", "Deliver year 2 of the tree planting programme in Brinton Park and Stourport riverside.",
             "Environment and Operations", "Countryside and Parks Manager", d(2026, 3, 31), "Green", "Green",
             "Sites surveyed; planting season starts November."),
        ]),
        ("Good Quality Homes", [
            ("H1", "Bring 20 long-term empty homes back into use.",
             "Housing and Communities", "Head of Strategic Growth", d(2026, 3, 31), "Amber", "Red",
             "6 homes returned to use by end of Q2; enforcement case backlog is delaying progress."),
            ("H2", "Publish the Homelessness and Rough Sleeping Strategy 2026-2031 for consultation.",
             "Housing and Communities", "Housing Manager", d(2026, 1, 31), "Green", "Green",
             "Evidence review complete."),
        ]),
        ("An Efficient and Modern Council", [
            ("C1", "Move the remaining customer forms to the online self-service platform.",
             "Finance and Resources", "Head of ICT and Customer Services", d(2025, 9, 30), "Green", "Complete",
             "All 48 forms live from 22 September."),
            ("C2", "Adopt the Medium Term Financial Strategy 2026-29 and balanced budget.",
             "Finance and Resources", "Corporate Director: Resources (Section 151 Officer)", d(2026, 2, 28), "Green", "Green",
             "On timetable for Council on 25 February 2026."),
        ]),
    ]
    r = 6
    refuse_row = None
    for prio, acts in groups:
        first = r
        for ref, text, cm, lead, due, q1, q2, com in acts:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, cm)
            ws.cell(r, 5, lead)
            c = ws.cell(r, 6, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if due == "Febuary 2026":
                refuse_row = r
            ws.cell(r, 7, q1)
            ws.cell(r, 8, q2)
            ws.cell(r, 9, com)
            for i in range(1, 10):
                ws.cell(r, i).border = BOX
                ws.cell(r, i).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws.cell(first, 1, prio)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 1).alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    ws.cell(r, 1, "Status key: Green – on track; Amber – at risk of slipping; Red – off track and will not be met by the due date; Complete – delivered.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [22, 6, 55, 18, 30, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 status by priority"
    sm["A1"].font = Font(bold=True)
    for i, h in enumerate(["Priority", "Complete", "Green", "Amber", "Red", "Total"], 1):
        sm.cell(3, i, h).font = Font(bold=True)
    summ = [("Economic Growth and Regeneration", 0, 1, 2, 0, 3),
            ("A Safe, Clean and Green Living Environment", 0, 3, 0, 0, 3),
            ("Good Quality Homes", 0, 1, 0, 1, 2),
            ("An Efficient and Modern Council", 1, 1, 0, 0, 2),
            ("Total", 1, 6, 2, 1, 10)]
    for j, row in enumerate(summ, 4):
        for i, v in enumerate(row, 1):
            sm.cell(j, i, v)
    sm.column_dimensions["A"].width = 45
    wb.save(path(name))
    assert refuse_row == 10, refuse_row

    write_expected(name, {
        "source": (
            "Imitates a district council's quarterly corporate plan delivery tracker reported to "
            "overview and scrutiny. Priorities and projects follow Wyre Forest's Corporate Plan "
            "2023-2027 and Annual Report 2023/24 (wyreforestdc.gov.uk, 'Annual Report 2023/2024': "
            "Magistrates Court creative hub, Worcester Street, Crown House, Market Street). Copied "
            "features: title block with quarter and committee, priority column merged down its "
            "actions, refs per priority (EG1, SC1 ...), Cabinet portfolio and Lead Officer columns, "
            "previous (Q1) and current (Q2) status, commentary, status key line, Summary sheet of totals."
        ),
        "reads": (
            "A Q2 2025/26 tracker of ten corporate plan actions under four merged priority cells, "
            "with due dates mostly as real dates. The due date of SC2 (sheet row 10) reads "
            "'Febuary 2026', a mistyped month, so a careful reader stops and asks before taking it "
            "as February 2026."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 3. Doncaster Children's Services Trust fostering agency Ofsted inspection plan (xlsx)
# ---------------------------------------------------------------------------
def dcst():
    name = "zak-doncaster-childrens-services-trust-fostering-agency-ofsted-inspection-action-plan.xlsx"
    title = "Fostering Service – Ofsted Inspection Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Doncaster Children's Services Trust"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=16)
    info = [
        ("Inspection", "Independent fostering agency inspection, 7 to 11 March 2022 (SCCIF)"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Report published", "13 April 2022"),
        ("Registered Manager", "Lisa Hargreaves"),
        ("Plan agreed by", "Trust Quality and Performance Committee, 10 May 2022"),
        ("Updated", "31 August 2022"),
    ]
    for j, (k, v) in enumerate(info, 4):
        sm.cell(j, 1, k).font = Font(bold=True)
        sm.cell(j, 2, v)
    sm.cell(11, 1, "Progress summary").font = Font(bold=True)
    tot = [("", "Actions", "Complete", "On track", "Amber", "Not started"),
           ("Statutory requirements (2)", 4, 3, 1, 0, 0),
           ("Recommendations (3)", 4, 1, 1, 1, 1),
           ("Total", 8, 4, 2, 1, 1)]
    for j, row in enumerate(tot, 12):
        for i, v in enumerate(row, 1):
            sm.cell(j, i, v)
            if j == 12 or i == 1:
                sm.cell(j, i).font = Font(bold=True)
    sm.column_dimensions["A"].width = 45
    sm.column_dimensions["B"].width = 70

    headers = ["No.", "Action", "Responsible", "Target date", "Evidence of completion", "Status"]

    def sheet(tab, heading, blocks):
        ws = wb.create_sheet(tab)
        ws["A1"] = "Doncaster Children's Services Trust – " + title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=12, color="C00000")
        for i, h in enumerate(headers, 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
        r = 5
        exp = []
        for block_text, block_due, acts in blocks:
            ws.cell(r, 1, block_text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True)
            for i in range(1, 7):
                ws.cell(r, i).fill = fill("E4DFEC")
            if block_due:
                ws.cell(r, 4, block_due)
                ws.cell(r, 4).font = Font(bold=True)
            ws.row_dimensions[r].height = 45
            r += 1
            for ref, text, lead, due, evid, status, elead, end, est, etext in acts:
                vals = [ref, text, lead, due, evid, status]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                exp.append(act(ref, [heading, block_text], text, elead, end, est, etext))
                r += 1
        for col, w in zip("ABCDEF", [8, 60, 28, 14, 45, 12]):
            ws.column_dimensions[col].width = w
        return exp

    REQ = "Statutory requirements"
    REC = "Recommendations"
    R1 = "1. The registered person must ensure that each foster parent receives the training, support and supervision they need to care for the children placed with them. (Regulation 17(1))"
    R2 = "2. The fostering service provider must obtain the information required by Schedule 3 about a prospective foster parent, including a full employment history, before the approval decision is made. (Regulation 26(1))"
    C1 = "3. The registered person should ensure that children's wishes and feelings are sought and inform each foster carer's annual review. (NMS 1.7)"
    C2 = "4. The registered person should ensure that each foster home has at least one unannounced visit a year. (NMS 21.8)"
    C3 = "5. The registered person should ensure that records of allegations and complaints about foster carers are complete and show the outcome. (NMS 22.7)"
    exp = sheet("Requirements", REQ, [
        (R1, "Compliance date: 30/06/2022", [
            ("1a", "Audit every supervising social worker file to confirm each foster carer has a current training profile and personal development plan.",
             "Fostering Team Manager (Support)", d(2022, 4, 30), "Audit report to Registered Manager 28/04/2022.", "Complete",
             ["Fostering Team Manager (Support)"], "2022-04", "blue", None),
            ("1b", "Introduce a core training tracker, reported monthly to the Registered Manager, with escalation when a carer has not completed post-approval training within 12 months.",
             "Registered Manager & Business Support Manager", d(2022, 8, 31), "Tracker live; first monthly report July 2022.", "On track",
             ["Registered Manager", "Business Support Manager"], "2022-08", "green", None),
        ]),
        (R2, "Compliance date: 31/05/2022", [
            ("2a", "Carry out a retrospective check of all Form F assessments approved since April 2021 to confirm Schedule 3 checks and references are on file.",
             "Hargreaves, Lisa", d(2022, 5, 31), "Check of 27 files complete; 3 missing references obtained.", "Complete",
             ["Hargreaves, Lisa"], "2022-05", "blue", None),
            ("2b", "Add a Schedule 3 compliance sign-off by the panel adviser to the panel quality assurance checklist before any case is listed.",
             "Panel Adviser", d(2022, 5, 31), "Revised checklist in use from May panel.", "Complete",
             ["Panel Adviser"], "2022-05", "blue", None),
        ]),
    ])
    exp += sheet("Recommendations", REC, [
        (C1, None, [
            ("3a", "Develop, with the Children in Care Council, a child-friendly consultation form for use before every foster carer annual review.",
             "Participation Officer and IRO Service Manager", d(2022, 9, 30), "Draft form being tested with Children in Care Council.", "Amber",
             ["Participation Officer", "IRO Service Manager"], "2022-09", "amber", None),
        ]),
        (C2, None, [
            ("4a", "Schedule an unannounced visit to every fostering household and record it as a separate case note type.",
             "Fostering Team Managers", d(2022, 7, 31), "Visits scheduled for all 212 households.", "Complete",
             ["Fostering Team Managers"], "2022-07", "blue", None),
            ("4b", "Report unannounced visit compliance in the quarterly Regulation 35 monitoring report to the Trust Board.",
             "Registered Manager", "Quarterly", "First report due to Board in October 2022.", "On track",
             ["Registered Manager"], None, "green", "Quarterly"),
        ]),
        (C3, None, [
            ("5a", "Create a single allegations and complaints log for foster carers, showing the outcome and any learning, and audit it every six months.",
             "Head of Service – Fostering and Adoption", d(2022, 10, 31), "", "Not started",
             ["Head of Service – Fostering and Adoption"], "2022-10", "unrated", None),
        ]),
    ])
    wb.active = 1
    wb.save(path(name))
    write_expected(name, {
        "source": (
            "Imitates the action plan a children's services trust writes after Ofsted inspects its "
            "fostering service as an independent fostering agency under SCCIF, answering the report's "
            "statutory requirements (with compliance dates and regulation numbers) and its "
            "recommendations (with NMS standards); cf. Worcestershire Children First's fostering "
            "inspection with 9 requirements and 4 recommendations "
            "(worcestershire.moderngov.co.uk/mgAi.aspx?ID=20026). Copied features: Summary sheet with "
            "inspection details and totals block, separate Requirements and Recommendations sheets, "
            "requirement/recommendation text in a merged shaded row above its actions with the "
            "compliance date beside it, action refs 1a/1b, a lead written surname-first, 'Quarterly' "
            "target, status words."
        ),
        "reads": (
            "A Doncaster Children's Services Trust fostering inspection action plan: the Summary sheet "
            "gives inspection details and counts; the Requirements sheet has two statutory "
            "requirements, each over two actions; the Recommendations sheet has three recommendations "
            "over four actions. The compliance date on a requirement row belongs to the requirement, "
            "not to an action."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, headers, hex_="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. Gwent Safeguarding Board – Blaenau Gwent JICPA multi-agency improvement plan (docx)
# ---------------------------------------------------------------------------
def blaenau_gwent():
    name = "zak-gwent-safeguarding-board-blaenau-gwent-jicpa-multi-agency-improvement-plan.docx"
    title = "Joint Inspectorate Review of Child Protection Arrangements (JICPA) – Blaenau Gwent: Multi-Agency Improvement Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Gwent Safeguarding Board | Bwrdd Diogelu Gwent")
    r.bold = True
    r.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph(
        "This plan sets out how partners in Blaenau Gwent will respond to the areas for improvement "
        "identified by Care Inspectorate Wales, HMICFRS, Healthcare Inspectorate Wales and Estyn "
        "following the joint inspection held from 12 to 16 May 2025 (report published 18 July 2025). "
        "Progress is monitored by the Blaenau Gwent Local Safeguarding Network and reported to the "
        "Gwent Safeguarding Board each quarter.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"], "404040")
    for row in [("0.3", "22/08/2025", "Gwent Safeguarding Board Business Unit", "Draft for partner comment"),
                ("1.0", "11/09/2025", "Gwent Safeguarding Board Business Unit", "Approved by Gwent Safeguarding Board"),
                ("1.1", "05/12/2025", "Gwent Safeguarding Board Business Unit", "Q3 progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Meaning"], "404040")
    for lab, colour, meaning in [("Blue", "5B9BD5", "Action complete and evidence of impact provided"),
                                 ("Green", "70AD47", "On track to be completed within timescale"),
                                 ("Amber", "FFC000", "Some slippage – remedial action in place"),
                                 ("Red", "FF0000", "Not progressing – escalate to Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    headers = ["Ref", "Area for improvement", "Action", "Lead agency / officer", "Timescale",
               "Progress update (December 2025)", "RAG"]
    colours = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    exp = []

    def theme(heading, afis):
        doc.add_heading(heading, level=1)
        n = sum(len(a[1]) for a in afis)
        tbl = doc.add_table(rows=1 + n, cols=7)
        tbl.style = "Table Grid"
        header_row(tbl, headers)
        ri = 1
        for afi, acts in afis:
            top = tbl.rows[ri].cells[1]
            if len(acts) > 1:
                top = top.merge(tbl.rows[ri + len(acts) - 1].cells[1])
            set_cell(top, afi, bold=True)
            shade(top, "F2F2F2")
            for ref, text, lead, due, prog, rag, elead, end, est, etext in acts:
                cells = tbl.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], due)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, bold=True)
                if rag in colours:
                    shade(cells[6], colours[rag])
                exp.append(act(ref, [heading, afi], text, elead, end, est, etext))
                ri += 1

    T1 = "Theme 1: Early help and the multi-agency front door"
    T2 = "Theme 2: Protection – strategy discussions and child protection enquiries"
    T3 = "Theme 3: Leadership, governance and learning"
    A1 = "Referrals from partner agencies do not always contain enough information about the child's lived experience and the risks to them."
    A2 = "Early help is not consistently offered when children are stepped down from care and support."
    A3 = "Health and education are not always invited to, or able to attend, strategy discussions."
    A4 = "The quality of child protection plans is variable; too many lack clear, measurable outcomes."
    A5 = "Partners do not yet have a shared multi-agency dataset to understand the impact of child protection practice."
    theme(T1, [
        (A1, [
            ("1.1", "Relaunch the Wales Safeguarding Procedures referral (MARF) guidance with briefings for schools, GP practices and neighbourhood policing teams.",
             "Blaenau Gwent CBC – Service Manager, Information, Advice and Assistance", "October 2025",
             "Eight briefings delivered to 146 practitioners; guidance on the Board website.", "Blue",
             ["Blaenau Gwent CBC – Service Manager, Information, Advice and Assistance"], "2025-10", "blue", None),
            ("1.2", "Audit a sample of 30 police and health referrals each quarter and feed back to referrers and their managers.",
             "Gwent Police – Detective Inspector, Central Referral Unit / ABUHB – Named Nurse Safeguarding Children", "Quarterly",
             "First audit (September) found 57% of referrals good; second audit due January 2026.", "Green",
             ["Gwent Police – Detective Inspector, Central Referral Unit", "ABUHB – Named Nurse Safeguarding Children"], None, "green", "Quarterly"),
        ]),
        (A2, [
            ("1.3", "Agree a step-down protocol so that every family closed to care and support is offered a Families First assessment before the case closes.",
             "Blaenau Gwent CBC – Team Manager, Families First", "End of December 2025",
             "Protocol drafted and consulted on; sign-off at Local Safeguarding Network on 15 December.", "Green",
             ["Blaenau Gwent CBC – Team Manager, Families First"], "2025-12", "green", None),
        ]),
    ])
    theme(T2, [
        (A3, [
            ("2.1", "Introduce a virtual strategy discussion slot so that the school and the health visitor or school nurse can join every strategy discussion.",
             "Blaenau Gwent CBC – Head of Children's Services", "30/11/2025",
             "Virtual slots in place; health attendance 81%, education 64% in November.", "Amber",
             ["Blaenau Gwent CBC – Head of Children's Services"], "2025-11", "amber", None),
            ("2.2", "Record the attendance of each agency at strategy discussions and report it monthly to the Local Safeguarding Network.",
             "Gwent Safeguarding Board Business Unit", "Monthly",
             "Reporting from October 2025.", "Green",
             ["Gwent Safeguarding Board Business Unit"], None, "green", "Monthly"),
        ]),
        (A4, [
            ("2.3", "Deliver multi-agency training on outcome-focused child protection planning for core group members.",
             "Workforce Development Officer and Child Protection Co-ordinator", "Q4 2025-26",
             "Training commissioned; first cohort February 2026.", "Green",
             ["Workforce Development Officer", "Child Protection Co-ordinator"], "2026-03", "green", None),
            ("2.4", "Child protection conference chairs to quality assure every initial plan against the outcome standard and return plans that fall short.",
             "Safeguarding and Quality Assurance Service Manager", "January 2026",
             "Standard agreed; QA tool not yet built into WCCIS.", "Red",
             ["Safeguarding and Quality Assurance Service Manager"], "2026-01", "red", None),
        ]),
    ])
    theme(T3, [
        (A5, [
            ("3.1", "Develop a Blaenau Gwent multi-agency child protection dataset covering referrals, strategy discussions, conferences and re-registrations.",
             "Gwent Safeguarding Board Business Unit; Gwent Police Performance Team", "March 2026",
             "Indicators agreed; police data-sharing agreement being finalised.", "Amber",
             ["Gwent Safeguarding Board Business Unit", "Gwent Police Performance Team"], "2026-03", "amber", None),
            ("3.2", "Hold a six-monthly multi-agency practice learning event to share audit findings and learning from the JICPA.",
             "Chair, Blaenau Gwent Local Safeguarding Network", "Ongoing",
             "First event held 20 November 2025.", "Green",
             ["Chair, Blaenau Gwent Local Safeguarding Network"], None, "green", "Ongoing"),
        ]),
    ])

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Signed", "Date"], "404040")
    for row in [("Independent Chair, Gwent Safeguarding Board", "Signed (original held by Business Unit)", "11/09/2025"),
                ("Director of Social Services, Blaenau Gwent CBC", "Signed (original held by Business Unit)", "11/09/2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(path(name))
    write_expected(name, {
        "source": (
            "Imitates the multi-agency improvement plan a Welsh regional safeguarding board and its "
            "partners publish after a Joint Inspectorate Review of Child Protection Arrangements "
            "(CIW, HMICFRS, HIW, Estyn; see careinspectorate.wales JICPA pages for Neath Port Talbot "
            "2021, Newport 2019 and Cardiff 2024). Copied features: bilingual board line, title, "
            "introduction, document-control table, RAG key table, one table per theme under a "
            "heading, area for improvement in a vertically merged cell beside its actions, lead agency "
            "and post in one cell (two agencies in some), timescales as months, 'Quarterly', "
            "'Monthly', 'Ongoing' and a financial quarter, progress column, coloured RAG words, "
            "sign-off table."
        ),
        "reads": (
            "A JICPA improvement plan for Blaenau Gwent with three themes, each a heading over its "
            "own table. Five areas for improvement sit in merged cells, each beside one or more of the "
            "nine numbered actions; each action has a lead agency/officer, timescale, progress note "
            "and RAG. The document-control, key and sign-off tables are not the plan."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# ---------------------------------------------------------------------------
# 5. Denbighshire CC – CIW improvement check action plan, children's services (docx)
# ---------------------------------------------------------------------------
def denbighshire():
    name = "zak-denbighshire-county-council-ciw-childrens-services-improvement-check-action-plan.docx"
    title = "Children's Services: Action Plan in response to the Care Inspectorate Wales Improvement Check, November 2024"
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Denbighshire County Council | Cyngor Sir Ddinbych")
    r.bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out an improvement check of children's services from "
        "18 to 21 November 2024, following up the areas for improvement in its 2023 performance "
        "evaluation inspection. The letter was published on 30 January 2025. This plan is structured "
        "around the four principles of the Social Services and Well-being (Wales) Act 2014 and is "
        "monitored monthly by the Children's Services Improvement Group and quarterly by the "
        "Partnerships Scrutiny Committee.")
    p = doc.add_paragraph()
    p.add_run("Status: ").bold = True
    p.add_run("Complete; On track; Amber (at risk); Red (off track); Not started.")

    exp = []
    headers = ["No.", "Action", "Responsible officer", "By when", "Update – June 2025", "Status"]

    def principle(heading, afis):
        doc.add_heading(heading, level=1)
        for afi, acts in afis:
            p = doc.add_paragraph()
            p.add_run(afi).bold = True
            tbl = doc.add_table(rows=1, cols=6)
            tbl.style = "Table Grid"
            header_row(tbl, headers, "00594F")
            for ref, text, lead, due, upd, status, elead, end, est, etext in acts:
                cells = tbl.add_row().cells
                for i, v in enumerate([ref, text, lead, due, upd, status]):
                    set_cell(cells[i], v)
                exp.append(act(ref, [heading, afi], text, elead, end, est, etext))
            doc.add_paragraph()

    H1 = "1. People – Voice and Control"
    H2 = "2. Prevention"
    H3 = "3. Partnerships and Integration"
    H4 = "4. Well-being"
    F1 = "Area for improvement 1: Children's views and wishes are not consistently recorded in assessments and care and support plans."
    F2 = "Area for improvement 2: Some families wait too long for an assessment after a referral is accepted."
    F3 = "Area for improvement 3: Information sharing with Betsi Cadwaladr University Health Board about children at risk is not always timely."
    F4 = "Area for improvement 4: Reliance on agency social workers continues to affect the consistency of practice."
    principle(H1, [(F1, [
        ("1.1", "Revise the assessment and care and support plan templates on WCCIS so that the child's own words are captured in a mandatory section.",
         "Principal Manager – Safeguarding & Reviewing", "31/03/2025",
         "Templates changed and live from 24 March 2025.", "Complete",
         ["Principal Manager – Safeguarding & Reviewing"], "2025-03", "blue", None),
        ("1.2", "Audit 20 case files each month for evidence of the child's voice and report themes to the Improvement Group.",
         "Quality Assurance Officer", "Monthly",
         "Audits Feb–May: child's voice evident in 71% of files (target 85%).", "On track",
         ["Quality Assurance Officer"], None, "green", "Monthly"),
    ])])
    principle(H2, [(F2, [
        ("2.1", "Introduce a daily triage meeting in the Single Point of Access so that accepted referrals are allocated within 24 hours.",
         "Service Manager – Single Point of Access", "End of April 2025",
         "Daily triage in place since 7 April.", "Complete",
         ["Service Manager – Single Point of Access"], "2025-04", "blue", None),
        ("2.2", "Reduce the number of assessments completed outside 42 working days to fewer than 10% of all assessments.",
         "Head of Children's Services and Principal Manager – Fieldwork", "September 2025",
         "May: 17% outside timescale (January: 29%).", "Amber",
         ["Head of Children's Services", "Principal Manager – Fieldwork"], "2025-09", "amber", None),
    ])])
    principle(H3, [(F3, [
        ("3.1", "Agree a joint information sharing protocol with BCUHB health visiting and school nursing for children subject to child protection enquiries.",
         "Principal Manager – Safeguarding & Reviewing / BCUHB Head of Safeguarding (Children)", "June 2025",
         "Draft protocol with BCUHB legal team.", "Amber",
         ["Principal Manager – Safeguarding & Reviewing", "BCUHB Head of Safeguarding (Children)"], "2025-06", "amber", None),
        ("3.2", "Test the protocol through a multi-agency audit of 10 strategy discussions and present findings to the North Wales Safeguarding Board local delivery group.",
         "Quality Assurance Officer", "Q2 2025/26",
         "Scheduled once protocol agreed.", "Not started",
         ["Quality Assurance Officer"], "2025-09", "unrated", None),
    ])])
    principle(H4, [(F4, [
        ("4.1", "Launch the Denbighshire 'grow our own' social work traineeship with Wrexham University, offering six places a year.",
         "Workforce Development Manager (Social Care)", "September 2025",
         "Six trainees recruited; course starts September.", "On track",
         ["Workforce Development Manager (Social Care)"], "2025-09", "green", None),
        ("4.2", "Reduce agency social workers in the fieldwork teams from 14 to 8 through the North Wales regional recruitment campaign and a market supplement.",
         "Head of Children's Services", "31/03/2026",
         "Market supplement agreed by Cabinet; 12 agency workers in post at June 2025.", "Red",
         ["Head of Children's Services"], "2026-03", "red", None),
    ])])

    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Approved by", "Corporate Director: Social Services and Education"),
                                ("Date", "14 February 2025"),
                                ("Next update", "Partnerships Scrutiny Committee, September 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(path(name))
    write_expected(name, {
        "source": (
            "Imitates a Welsh council's action plan answering a Care Inspectorate Wales improvement "
            "check of children's services (cf. Bridgend's CIW improvement check visit and updated "
            "action plan, democratic.bridgend.gov.uk/mgAi.aspx?ID=15042; CIW's published monitoring "
            "letter for Denbighshire children's services, careinspectorate.wales/220902-...). Copied "
            "features: bilingual council line, title, introduction, status list, sections per "
            "Social Services and Well-being Act principle as numbered headings, each area for "
            "improvement as a bold paragraph above its own small table of actions, job titles as "
            "responsible officers (two posts in some cells), 'by when' dates in mixed forms "
            "including 'Monthly' and a financial quarter, status words, approval table."
        ),
        "reads": (
            "Denbighshire's children's services action plan after CIW's November 2024 improvement "
            "check: four principle headings, each with one area for improvement written as a bold "
            "paragraph, followed by a table of two numbered actions with responsible officer, date, "
            "June 2025 update and status. The approval table is not the plan."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# ---------------------------------------------------------------------------
# 6. Warrington BC scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
def warrington():
    name = "zak-warrington-borough-council-scrutiny-recommendations-tracker.csv"
    title = "Scrutiny Recommendations Tracker 2025/26 – position at 31 October 2025"
    header = ["Reference", "Origin", "Date agreed", "Recommendation", "Cabinet response",
              "Exec date", "Lead Officer/EM", "Action taken", "Target date", "Status"]
    ncol = len(header)
    lines = []
    exp = []

    def blank():
        lines.append([""] * ncol)

    def note(text):
        lines.append([text] + [""] * (ncol - 1))

    note("Warrington Borough Council")
    note(title)
    blank()
    lines.append(header)
    S1 = "Review: Home to School Transport for children with SEND – Task and Finish Group (final report to Cabinet 14 July 2025)"
    S2 = "Review: Fly-tipping and Enviro-crime – Scrutiny Committee spotlight review (reported to Cabinet 8 September 2025)"
    S3 = "Other recommendations from committee meetings"
    data = [
        (S1, [
            ("SR (25/26) 01", "SC", "18/06/2025", "That the Council publishes a clear, plain-English home to school transport policy for children with SEND, co-produced with Warrington Parent Carer Forum.",
             "Accepted", "14/07/2025", "Director of Education and Learning / Cabinet Member for Education",
             "Policy co-produced and published on the Local Offer on 1 September 2025.", "01/09/2025", "Green",
             ["Director of Education and Learning", "Cabinet Member for Education"], "2025-09", "blue", None),
            ("SR (25/26) 02", "SC", "18/06/2025", "That independent travel training is offered to every eligible young person in Years 9 to 11 before post-16 transport is agreed.",
             "Accepted", "14/07/2025", "SS/JW",
             "Provider procured; 38 young people referred. Capacity for Year 9 not yet in place.", "Mar-26", "Amber",
             ["SS", "JW"], "2026-03", "amber", None),
            ("SR (25/26) 03", "SC", "18/06/2025", "That the Cabinet Member reports the cost and number of single-occupancy taxi routes to this committee every six months.",
             "Partially accepted", "14/07/2025", "Head of Integrated Transport",
             "First report scheduled for February 2026 meeting; annual rather than six-monthly reporting agreed.", "Feb 2026", "",
             ["Head of Integrated Transport"], "2026-02", "unrated", None),
        ]),
        (S2, [
            ("SR (25/26) 04", "SC", "16/07/2025", "That fixed penalty notice levels for fly-tipping are raised to the maximum allowed and published on the Council's website.",
             "Accepted", "08/09/2025", "Head of Environment and Regulatory Services",
             "Delegated decision taken 29 September; new levels in force from 1 October 2025.", "01/10/2025", "Green",
             ["Head of Environment and Regulatory Services"], "2025-10", "blue", None),
            ("SR (25/26) 05", "SC", "16/07/2025", "That additional CCTV is deployed at the ten most frequently fly-tipped locations, funded from enforcement income.",
             "Accepted", "08/09/2025", "Head of Environment and Regulatory Services & Community Safety Manager",
             "Only 3 cameras installed; procurement of the remaining units has stalled.", "31/12/2025", "Red",
             ["Head of Environment and Regulatory Services", "Community Safety Manager"], "2025-12", "red", None),
            ("SR (25/26) 06", "SC", "16/07/2025", "That the Council works with registered providers to run joint bulky-waste amnesty days on estates with high levels of fly-tipping.",
             "Accepted", "08/09/2025", "Waste Strategy Manager",
             "First amnesty day held in Orford; further dates with Torus being agreed.", "Ongoing", "Amber",
             ["Waste Strategy Manager"], None, "amber", "Ongoing"),
        ]),
        (S3, [
            ("SR (25/26) 07", "HAP", "24/09/2025", "That the Health and Adult Social Care Policy Committee receives the Warrington Place winter plan before it is signed off.",
             "Accepted", "13/10/2025", "Director of Adult Social Care",
             "Winter plan to be presented on 26 November 2025.", "Nov 2025", "Amber",
             ["Director of Adult Social Care"], "2025-11", "amber", None),
            ("SR (25/26) 08", "CYP", "01/10/2025", "That the Director of Children's Services provides a briefing to all Members on the Ofsted focused visit findings and the response.",
             "Accepted", "13/10/2025", "Director of Children's Services",
             "All-Member briefing held on 23 October 2025.", "23/10/2025", "Green",
             ["Director of Children's Services"], "2025-10", "blue", None),
        ]),
    ]
    for sect, recs in data:
        note(sect)
        for (ref, origin, dat, rec, resp, exd, lead, taken, target, status,
             elead, end, est, etext) in recs:
            lines.append([ref, origin, dat, rec, resp, exd, lead, taken, target, status])
            exp.append(act(ref, [sect], rec, elead, end, est, etext))
    blank()
    note("Key")
    note("Reference: each recommendation is numbered by the municipal year in which it was made.")
    note("Origin: SC = Scrutiny Committee; HAP = Health and Adult Social Care Policy Committee; CYP = Children and Young People Policy Committee.")
    note("Exec date: date the recommendation was considered by Cabinet.")
    note("Status: Green: recommendation achieved – monitoring no longer required; Amber: acceptable progress made – continue monitoring; Red: unacceptable progress made – lead officer to attend the next meeting; blank: not yet due for update.")
    with open(path(name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in lines:
            w.writerow(row)
    write_expected(name, {
        "source": (
            "Imitates a council scrutiny recommendation tracker presented to scrutiny members, "
            "exported to CSV. Layout and key copied from a published 'Scrutiny Recommendation Tracker' "
            "annex (columns Reference, Origin, Date, Recommendation, Exec Date, Lead Officer/EM, Action "
            "taken, Status; refs 'SR (25/26) 01'; key in which Green means 'recommendation achieved – "
            "monitoring no longer required'). Warrington committee names from its Scrutiny Committee "
            "and policy committees. Added: section rows per review, Cabinet response and Target date "
            "columns, initials and officer/Executive Member pairs as leads."
        ),
        "reads": (
            "Warrington's scrutiny tracker at 31 October 2025: eight recommendations grouped under "
            "two review rows and one 'other recommendations' row, each with its reference, the "
            "recommendation, Cabinet's response, lead, action taken, target date and status. The key "
            "at the bottom says Green means the recommendation has been achieved, so Green rows are "
            "complete; Exec date is the Cabinet date, not the due date."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# ---------------------------------------------------------------------------
# 7. Cheltenham BC corporate plan year 1 action plan – Q2 monitoring (tab-separated txt)
# ---------------------------------------------------------------------------
def cheltenham():
    name = "zak-cheltenham-borough-council-corporate-plan-2025-28-year-1-action-plan-q2-monitoring.txt"
    title = "Corporate Plan 2025-28 – Year 1 Action Plan 2025/26: Quarter 2 Monitoring"
    P1 = "Securing Our Future"
    P2 = "Quality Homes, Safe and Strong Communities"
    P3 = "Reducing Carbon, Achieving Net Zero, Creating Biodiversity"
    P4 = "Reducing Inequalities, Supporting Better Outcomes"
    P5 = "Taking Care of Your Money"
    rows = [
        (P1, "SOF1", "Submit the outline planning application for phase 2 of Golden Valley, including the National Cyber Innovation Centre.",
         "Director of Place and Communities", "Economic Development, Culture, Tourism and Wellbeing", "31/12/2025", "Green",
         "Pre-application discussions concluded; submission planned for December.",
         ["Director of Place and Communities"], "2025-12", "green", None),
        (P1, "SOF2", "Prepare the council's proposals for local government reorganisation in Gloucestershire and report them to Council.",
         "Chief Executive", "Leader", "28/11/2025", "Green",
         "Options appraisal complete; proposal goes to Council on 17 November 2025.",
         ["Chief Executive"], "2025-11", "green", None),
        (P2, "QHC1", "Start on site at Coronation Square with 94 new affordable homes.",
         "Head of Housing Investment and Development", "Housing and Customer Services", "Q3 2025/26", "Amber",
         "Contractor appointed; start delayed by utilities diversion.",
         ["Head of Housing Investment and Development"], "2025-12", "amber", None),
        (P2, "QHC2", "Complete damp and mould surveys on all council homes and act on every category 1 hazard within the statutory timescales.",
         "Head of Property and Asset Management and Tenancy Services Manager", "Housing and Customer Services", "31/03/2026", "Green",
         "3,412 of 4,500 homes surveyed; all category 1 hazards actioned within timescale.",
         ["Head of Property and Asset Management", "Tenancy Services Manager"], "2026-03", "green", None),
        (P3, "NZ1", "Install solar panels and battery storage at the Leisure at Cheltenham site.",
         "Head of Climate Emergency", "Climate Emergency, Heritage and Parks", "Mar-26", "Red",
         "Grid connection offer not received; works cannot start this year.",
         ["Head of Climate Emergency"], "2026-03", "red", None),
        (P3, "NZ2", "Adopt a Biodiversity Net Gain and nature recovery plan for the council's parks and open spaces.",
         "Parks Development Manager", "Climate Emergency, Heritage and Parks", "Jan-26", "Green",
         "Draft plan out for consultation with Friends groups.",
         ["Parks Development Manager"], "2026-01", "green", None),
        (P4, "RI1", "Expand the Cheltenham Community Fund to support projects in the five most deprived neighbourhoods.",
         "Communities Partnership Manager", "Safety and Communities", "30/09/2025", "Complete",
         "Round 1 awards of £120k made to 14 projects.",
         ["Communities Partnership Manager"], "2025-09", "blue", None),
        (P4, "RI2", "Reduce the use of bed and breakfast accommodation for homeless families to zero, except in emergencies of under six weeks.",
         "Housing Options Manager", "Housing and Customer Services", "31/03/2026", "Amber",
         "11 families in B&B at end of September; new temporary accommodation units open in January.",
         ["Housing Options Manager"], "2026-03", "amber", None),
        (P5, "MON1", "Deliver the £1.2m savings and income programme included in the 2025/26 budget.",
         "Director of Finance and Assets", "Finance and Assets", "31/03/2026", "Green",
         "£0.9m delivered or on track; car parking income below target.",
         ["Director of Finance and Assets"], "2026-03", "green", None),
        (P5, "MON2", "Replace the finance system with a cloud-based ERP, shared with Gloucester City and Forest of Dean councils.",
         "Head of ICT; Chief Accountant", "Finance and Assets", "01/04/2026", "",
         "Business case being prepared; project not yet started.",
         ["Head of ICT", "Chief Accountant"], "2026-04", "unrated", None),
    ]
    out = []
    out.append("Cheltenham Borough Council")
    out.append(title)
    out.append("Report: Corporate Plan actions by priority\tRun: 21/10/2025 09:14\tUser: PERFORMANCE")
    out.append("")
    out.append("\t".join(["Priority", "Action ref", "Action", "Lead officer", "Cabinet portfolio",
                          "Due date", "Status", "Latest comment (Q2)"]))
    exp = []
    for pr, ref, text, lead, cm, due, status, com, elead, end, est, etext in rows:
        out.append("\t".join([pr, ref, text, lead, cm, due, status, com]))
        exp.append(act(ref, [pr], text, elead, end, est, etext))
    out.append("")
    out.append("Total actions: 10\tComplete: 1\tGreen: 5\tAmber: 2\tRed: 1\tNo status: 1")
    out.append("Status: Green = on track; Amber = some slippage, expected to recover; Red = significant slippage or will not be delivered this year; Complete = delivered; blank = not started.")
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    write_expected(name, {
        "source": (
            "Imitates a tab-separated export from a council performance system of the year 1 action "
            "plan for Cheltenham's refreshed Corporate Plan 2025-28, using its five key priorities as "
            "reported to Council on 21 July 2025 (democracy.cheltenham.gov.uk/ieIssueDetails.aspx?"
            "IId=31069). Copied features: report title lines and run stamp, one row per action with "
            "the priority repeated on every row, action refs by priority, lead officer and cabinet "
            "member columns, due dates in mixed forms (dd/mm/yyyy, Mmm-yy, financial quarter), "
            "status words, latest comment, totals line and status key line."
        ),
        "reads": (
            "Cheltenham's corporate plan action plan export at Q2 2025/26: ten actions, two under each "
            "of five priorities named in the first column, each with a lead officer (the cabinet portfolio "
            "column names the portfolio, not the lead), a due date, a status and a comment. The "
            "totals and key lines at the end are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


if __name__ == "__main__":
    bolton()
    wyre_forest()
    dcst()
    blaenau_gwent()
    denbighshire()
    warrington()
    cheltenham()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("zak-")))
