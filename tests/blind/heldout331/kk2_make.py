#!/usr/bin/env python3
"""Build the seven kk2- blind test files (set heldout331) and their expected readings.

Run with /work/main/.venv/bin/python kk2_make.py  (needs openpyxl, python-docx, pyyaml).
Each data file NAME gets NAME.expected.yaml beside it.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "head": "1F3864", "band": "D9E1F2", "grey": "EDEDED",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    import re
    if re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_str(data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Thurrock Council - ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def thurrock():
    name = "kk2-thurrock-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Thurrock Council – Adult Social Care: CQC Assessment Improvement Plan"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    afd11 = ("Waiting times for Care Act assessments were too long for some people, "
             "particularly for occupational therapy assessments.")
    afd12 = ("People from some ethnic minority communities and unpaid carers said information "
             "and advice about care and support was hard to find.")
    afd21 = ("The Joint Strategic Needs Assessment and market position statement did not reflect "
             "current and future needs for care and support, including for people with complex needs.")
    afd22 = ("Transitions for young people moving from children's to adult services were not always "
             "planned early enough.")
    afd31 = ("Safeguarding enquiries were not always completed in a timely way and there was limited "
             "evidence of learning from Safeguarding Adults Reviews being embedded.")
    afd41 = ("Co-production with people who draw on care and support was not consistently embedded "
             "in strategy and service design.")
    # rows: (theme, afd, ref, action, lead cell, lead list, start, target cell, prev, curr, update,
    #        expected end, end_text, status)
    rows = [
        (T1, afd11, "1.1",
         "Implement a weekly waiting list review and risk-rating of all people awaiting a Care Act or "
         "occupational therapy assessment, with contact at least every 4 weeks.",
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
         "Mar-26", dt.datetime(2026, 6, 30), "A", "G",
         "Weekly review in place since March 2026; 94% of people waiting contacted within 4 weeks.",
         "2026-06", None, "green"),
        (T1, afd11, "1.2",
         "Commission additional occupational therapy capacity through the Trusted Assessor programme "
         "to reduce the OT waiting list to under 8 weeks.",
         "Principal Occupational Therapist / Strategic Lead – Commissioning",
         ["Principal Occupational Therapist", "Strategic Lead – Commissioning"],
         "Apr-26", "Sept 2026", "A", "A",
         "Trusted Assessor training booked; provider capacity confirmed for 2 of 3 localities.",
         "2026-09", None, "amber"),
        (T1, afd12, "1.3",
         "Refresh the adult social care information and advice offer on the council website and in "
         "community hubs, co-produced with the Thurrock Coalition and carers' groups.",
         "Strategic Lead – Community Development and Prevention",
         ["Strategic Lead – Community Development and Prevention"],
         "Apr-26", "Q2 2026/27", "G", "G",
         "Co-production workshops held in April 2026; new web pages in design.",
         "2026-09", None, "green"),
        (T2, afd21, "2.1",
         "Complete the adult social care chapters of the JSNA with Public Health, including needs of "
         "working-age adults with complex needs and autistic people.",
         "Director of Public Health; Strategic Lead – Commissioning",
         ["Director of Public Health", "Strategic Lead – Commissioning"],
         "Jan-26", dt.datetime(2026, 7, 31), "G", "B",
         "Completed – JSNA chapters published on Thurrock Insights in April 2026.",
         "2026-07", None, "blue"),
        (T2, afd21, "2.2",
         "Publish a refreshed Market Position Statement 2026–2029 setting out commissioning intentions "
         "for extra care, supported living and nursing care.",
         "Strategic Lead – Commissioning", ["Strategic Lead – Commissioning"],
         "May-26", "Oct-26", "", "G",
         "New action added following Scrutiny in February 2026. Provider engagement events planned for June.",
         "2026-10", None, "green"),
        (T2, afd22, "2.3",
         "Introduce a Preparing for Adulthood panel from age 14, jointly chaired by adult social care and "
         "children's social care, with a shared tracker of young people approaching transition.",
         "Service Manager – Transitions and Learning Disabilities",
         ["Service Manager – Transitions and Learning Disabilities"],
         "Feb-26", "31 May 2026", "A", "A",
         "Terms of reference agreed; shared tracker delayed by data sharing agreement with Children's Services.",
         "2026-05", None, "amber"),
        (T2, afd22, "2.4",
         "Audit 20 transition cases each quarter and report findings to the Adult Social Care Quality "
         "Assurance Board.",
         "Principal Social Worker", ["Principal Social Worker"],
         "Jul-26", "Quarterly", "", "",
         "To start in Q2 2026/27 once the panel is running.",
         None, "Quarterly", "unrated"),
        (T3, afd31, "3.1",
         "Introduce a safeguarding triage hub with timescales for initial decisions (2 working days) and "
         "monitor performance monthly at the Safeguarding Performance Group.",
         "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
         "Jan-26", dt.datetime(2026, 3, 31), "A", "R",
         "Triage hub launched February 2026 but only 61% of decisions within 2 working days; recovery plan agreed.",
         "2026-03", None, "red"),
        (T3, afd31, "3.2",
         "Develop a SAR learning briefing and practice audit cycle with Thurrock Safeguarding Adults Board.",
         "Thurrock SAB Business Manager & Principal Social Worker",
         ["Thurrock SAB Business Manager", "Principal Social Worker"],
         "Apr-26", "Dec 2026", "G", "G",
         "First 7-minute briefing issued; audit tool agreed by SAB Quality and Performance sub-group.",
         "2026-12", None, "green"),
        (T4, afd41, "4.1",
         "Establish a Co-production Board of people with lived experience and carers, with a budget and "
         "terms of reference agreed by the Adult Social Care Leadership Team.",
         "Executive Director of Adults, Housing and Health",
         ["Executive Director of Adults, Housing and Health"],
         "Mar-26", "Jan-27", "G", "G",
         "Recruitment of members under way with Thurrock Coalition.",
         "2027-01", None, "green"),
        (T4, afd41, "4.2",
         "Publish an annual adult social care Local Account from 2026/27, co-produced with the "
         "Co-production Board.",
         "Head of Strategy, Performance and Business Intelligence",
         ["Head of Strategy, Performance and Business Intelligence"],
         "Sep-26", dt.datetime(2027, 3, 31), "", "G",
         "Template agreed.",
         "2027-03", None, "green"),
    ]

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Document control"
    ws0["A1"] = title
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Document control"
    ws0["A2"].font = Font(bold=True, size=12)
    dc = [
        ("Document", "Adult Social Care CQC Assessment Improvement Plan 2026/27"),
        ("Version", "1.3"),
        ("Owner", "Executive Director of Adults, Housing and Health"),
        ("Approved by", "Cabinet, 11 March 2026"),
        ("Last updated", "30/04/2026"),
        ("Reporting", "Adults, Housing and Health Overview and Scrutiny Committee (quarterly); "
                      "Adult Social Care Improvement Board (monthly)"),
    ]
    r = 4
    for k, v in dc:
        ws0.cell(r, 1, k).font = Font(bold=True)
        ws0.cell(r, 1).fill = fill(FILL["grey"])
        ws0.cell(r, 2, v)
        for c in (1, 2):
            ws0.cell(r, c).border = BOX
        r += 1
    r += 1
    ws0.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, row in enumerate([("Version", "Date", "Change", "Author"),
                             ("1.0", "12/01/2026", "First draft following CQC assessment report", "ASC Improvement Lead"),
                             ("1.1", "04/02/2026", "Comments from Adults, Housing and Health O&S Committee", "ASC Improvement Lead"),
                             ("1.2", "11/03/2026", "Approved by Cabinet", "ASC Improvement Lead"),
                             ("1.3", "30/04/2026", "Quarter 4 progress update; action 2.2 added", "ASC Improvement Lead")]):
        for j, v in enumerate(row):
            c = ws0.cell(r, j + 1, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
        r += 1
    ws0.column_dimensions["A"].width = 18
    ws0.column_dimensions["B"].width = 70
    ws0.column_dimensions["C"].width = 50
    ws0.column_dimensions["D"].width = 22

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "CQC overall rating: Good (report published August 2025). Position as at 30 April 2026."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for development (CQC report)", "Action", "Lead officer(s)", "Start",
             "Target date", "Previous RAG", "Current RAG", "Progress update", "Evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(4, j + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    cur_theme = None
    cur_afd = None
    afd_start = None
    merges = []
    expected = []
    for (theme, afd, ref, action, leadcell, leads, start, target, prev, curr, upd,
         e_end, e_text, e_status) in rows:
        if theme != cur_theme:
            if cur_afd is not None and r - 1 > afd_start:
                merges.append((afd_start, r - 1))
            cur_afd = None
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(r, 1, theme)
            c.font = Font(bold=True)
            c.fill = fill(FILL["band"])
            cur_theme = theme
            r += 1
        if afd != cur_afd:
            if cur_afd is not None and r - 1 > afd_start:
                merges.append((afd_start, r - 1))
            ws.cell(r, 2, afd)
            cur_afd = afd
            afd_start = r
        vals = [ref, None, action, leadcell, start, target, prev, curr, upd, ""]
        for j, v in enumerate(vals):
            if v is None:
                ws.cell(r, j + 1).alignment = WRAP
                ws.cell(r, j + 1).border = BOX
                continue
            c = ws.cell(r, j + 1, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for j, v in ((7, prev), (8, curr)):
            if v:
                ws.cell(r, j).fill = fill(FILL[v])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 2).alignment = WRAP
        ws.cell(r, 2).border = BOX
        expected.append(act(ref, [theme, afd], action, leads, e_end, e_status, e_text))
        r += 1
    if cur_afd is not None and r - 1 > afd_start:
        merges.append((afd_start, r - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Previous RAG = position reported to Overview and Scrutiny in February 2026. "
                  "See the 'RAG key' sheet for definitions.").font = Font(italic=True)
    widths = [7, 38, 55, 30, 9, 13, 10, 10, 45, 20]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A5"

    wk = wb.create_sheet("RAG key")
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("R", "Off track – action will not be delivered by target date without intervention"),
                                ("A", "Some risk to delivery – mitigations in place"),
                                ("G", "On track"),
                                ("B", "Complete")]):
        c = wk.cell(i + 2, 1, k)
        c.fill = fill(FILL[k])
        wk.cell(i + 2, 2, v)
    wk.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the adult social care improvement plan Thurrock Council drew up after its CQC "
                  "local authority assessment (rated Good, report August 2025; plan to Adults, Housing and "
                  "Health O&S and Cabinet early 2026), laid out like English ASC CQC improvement plans: a "
                  "document-control cover sheet with version history, the plan sheet with full-width CQC theme "
                  "bands, the CQC area for development merged down over its actions, start and target dates "
                  "(real dates and text such as 'Sept 2026', 'Q2 2026/27', 'Quarterly'), Previous and Current "
                  "RAG letters with fill colours, several leads in one cell, and a separate RAG key sheet.",
        "reads": "An eleven-action improvement plan grouped under the four CQC themes; each area for development "
                 "from the CQC report sits in a merged cell beside its one to two numbered actions. The current "
                 "RAG (not the previous one) gives each action's status, B meaning complete per the key; one "
                 "action has no RAG yet and one is due 'Quarterly'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Kent FRS - HMICFRS misconduct handling recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def kent_fire():
    name = ("kk2-kent-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker"
            "-typo-month-refuse.xlsx")
    title = ("Kent Fire and Rescue Service – HMICFRS Standards of behaviour: the handling of misconduct "
             "in fire and rescue services – Recommendations tracker")
    recs = [
        ("1", "By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware "
              "of, and follow the Core Code of Ethics. Services should build the code into all relevant "
              "policies and practices.", "1 Feb 2025", [
            ("1a", "Review all people policies against the Core Code of Ethics and add a Code of Ethics "
                   "statement to each policy at its next review.", "Head of People and Culture", "Jan 2025", "B",
             "All 38 people policies reviewed; statement added."),
            ("1b", "Deliver Code of Ethics refresher sessions at all stations and departments, led by a member "
                   "of the Corporate Management Board.", "Director of People and Culture", "Mar 2025", "G",
             "41 of 56 stations and departments visited."),
        ]),
        ("2", "By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in "
              "place. This policy should make clear that services can immediately dismiss probationers who fail "
              "to meet the required standards of behaviour set out in the Core Code of Ethics and the Code of "
              "Ethics fire standard.", "1 Feb 2025", [
            ("2a", "Amend the Probation Policy to state that probationers can be dismissed where they fail to "
                   "meet the standards of behaviour in the Core Code of Ethics, and consult representative bodies.",
             "HR Policy Manager", "Feb 2025", "A", "Consultation extended at the request of the FBU; revised policy "
                                                   "to Joint Consultative Committee in April."),
        ]),
        ("3", "By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved "
              "from a wholetime watch to a different watch or station, within their contractual requirements, "
              "proactively and reactively as required.", "1 May 2025", [
            ("3a", "Update the Workforce Plan and Transfer Procedure so that staff can be moved between watches "
                   "or stations proactively and reactively.", "Area Manager – Operational Response", "May 2025",
             "A", "Draft procedure with representative bodies."),
            ("3b", "Post firefighters promoted to crew or watch manager (including temporary promotions of two "
                   "months or more) to a different watch or station, and record exceptions with a risk assessment.",
             "Area Manager – Operational Response", "0ct 2025", "G",
             "Applied to all promotions since January 2025; exceptions log set up."),
        ]),
        ("4", "By 1 February 2025, chief fire officers should make sure their services create or have access to "
              "a professional standards function to handle conduct concerns.", "1 Feb 2025", [
            ("4a", "Establish a Professional Standards Unit with an independent investigations lead and a case "
                   "management system.", "Assistant Director – Governance and Assurance", "Jun 2025", "G",
             "Investigations lead appointed March 2025; case management system procured."),
        ]),
        ("5", "By 1 August 2025, chief fire officers should make sure all staff who carry out misconduct "
              "investigations are trained to an appropriate standard.", "1 Aug 2025", [
            ("5a", "Commission accredited investigator training for all managers who carry out conduct "
                   "investigations, and maintain a register of trained investigators.",
             "Learning and Development Manager", "Aug 2025", "G", "Provider selected; first cohort of 16 in May."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("HMICFRS thematic report published 1 August 2024. Position at 31 March 2025 – reported to "
                "Kent and Medway Fire and Rescue Authority Audit and Governance Committee.")
    heads = ["Rec", "HMICFRS recommendation", "Ref", "KFRS action", "Action owner", "HMICFRS deadline",
             "KFRS target date", "RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(4, j + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    typo_row = None
    n = 0
    for num, text, deadline, actions in recs:
        start = r
        ws.cell(r, 1, num)
        ws.cell(r, 2, text)
        ws.cell(r, 6, deadline)
        for ref, action, owner, target, rag, upd in actions:
            for j, v in ((3, ref), (4, action), (5, owner), (7, target), (9, upd)):
                ws.cell(r, j, v)
            ws.cell(r, 8).fill = fill(FILL[rag])
            for j in range(1, ncol + 1):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            if target.startswith("0ct"):
                typo_row = r
            n += 1
            r += 1
        if r - 1 > start:
            for col in (1, 2, 6):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "RAG: Blue = complete; Green = on track; Amber = at risk of missing HMICFRS deadline; "
                  "Red = HMICFRS deadline missed").font = Font(italic=True)
    for j, w in enumerate([6, 60, 6, 55, 30, 14, 14, 8, 45]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of actions by RAG status"
    ws2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue – complete", 1), ("Green – on track", 4), ("Amber – at risk", 2),
                                ("Red – deadline missed", 0), ("Total", 7)]):
        ws2.cell(i + 3, 1, k)
        ws2.cell(i + 3, 2, v)
    ws2.column_dimensions["A"].width = 28
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None
    write_expected(name, {
        "source": "Imitates the recommendation trackers English fire and rescue services published on the "
                  "15 national recommendations of HMICFRS's thematic 'Standards of behaviour: the handling of "
                  "misconduct in fire and rescue services' (August 2024), e.g. Staffordshire and Humberside FRS "
                  "progress pages; laid out as a Kent FRS spreadsheet for its Fire Authority committee: title "
                  "rows, the HMICFRS recommendation (with its deadline) merged down over the service's lettered "
                  "actions, action owner as job titles, target dates as month text, RAG shown only by cell fill, "
                  "a RAG note line and a Summary sheet of counts.",
        "reads": "A seven-action tracker under five HMICFRS recommendations. Action 3b's target date reads "
                 "'0ct 2025' with a zero for the letter O, a mistyped month in the end cell, so a careful reader "
                 "stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, n, typo_row


# ---------------------------------------------------------------------------
# 3. East Suffolk Council - internal audit outstanding actions tracker (xlsx, read)
# ---------------------------------------------------------------------------
def east_suffolk():
    name = "kk2-east-suffolk-council-internal-audit-recommendations-tracker.xlsx"
    title = "East Suffolk Council – Internal Audit: Outstanding Agreed Management Actions"
    g1 = "Procurement and Contract Management (2024/25) – Limited Assurance"
    g2 = "Council Tax Reduction Scheme (2024/25) – Reasonable Assurance"
    g3 = "Cyber Security – Patch Management (2025/26) – Limited Assurance"
    g4 = "Housing Rents and Arrears (2024/25) – Reasonable Assurance"
    D = dt.datetime
    rows = [
        (g1, "PCM/01", "High",
         "The Contract Procedure Rules should be updated to reflect the Procurement Act 2023 and reissued to all "
         "budget holders.",
         "Contract Procedure Rules to be rewritten for the Procurement Act 2023 and approved by Full Council.\n"
         "Mandatory procurement e-learning to be rolled out to all budget holders.",
         "Head of Legal and Democratic Services / Procurement Manager",
         ["Head of Legal and Democratic Services", "Procurement Manager"],
         D(2025, 3, 31), D(2025, 10, 31), "Amber",
         "Revised CPRs drafted; to Full Council on 22 October 2025. E-learning module built.", "2025-10", "amber"),
        (g1, "PCM/02", "Medium",
         "The contracts register should be complete and published in line with the Local Government "
         "Transparency Code.",
         "Reconcile the contracts register to the creditors system and publish it quarterly on the council website.",
         "Procurement Manager", ["Procurement Manager"],
         D(2025, 6, 30), None, "Complete", "Verified by Internal Audit, July 2025.", "2025-06", "blue"),
        (g1, "PCM/03", "Medium",
         "Waivers of the Contract Procedure Rules should be recorded centrally and reported to the Audit and "
         "Governance Committee.",
         "Introduce a central waiver log in the procurement system and report waivers to Audit and Governance "
         "Committee every six months.",
         "Procurement Manager", ["Procurement Manager"],
         D(2025, 9, 30), None, "Green", "Waiver log live; first report to this Committee.", "2025-09", "green"),
        (g2, "CTR/01", "Medium",
         "Changes of circumstances should be processed within the target timescale and backlogs reported to "
         "management.",
         "Weekly backlog reports to be produced from the revenues and benefits system and reviewed by the "
         "Benefits Manager.",
         "Benefits Manager", ["Benefits Manager"],
         D(2024, 12, 31), D(2025, 5, 31), "Red",
         "Reports designed but system upgrade go-live delayed by the supplier. Overdue.", "2025-05", "red"),
        (g2, "CTR/02", "Low",
         "Procedure notes should be reviewed and version controlled.",
         "Review and version control all CTRS procedure notes, with an annual review date.",
         "Benefits Team Leader", ["Benefits Team Leader"],
         D(2025, 3, 31), None, "Complete", "Completed March 2025.", "2025-03", "blue"),
        (g3, "CYB/01", "High",
         "Critical and high-severity security patches should be applied within 14 days of release, with "
         "exceptions risk-assessed and approved.",
         "Implement automated patch deployment for servers and endpoints, with a monthly compliance report to the "
         "ICT Security Board; exceptions to be approved by the Head of ICT.",
         "Head of ICT and Digital", ["Head of ICT and Digital"],
         "Nov-25", None, "Green", "Deployment tool configured; server estate 70% onboarded.", "2025-11", "green"),
        (g3, "CYB/02", "Medium",
         "Unsupported software should be identified and removed or isolated.",
         "Complete an inventory of end-of-life software and agree removal or isolation plans for each item.",
         "ICT Infrastructure Manager; Information Security Officer",
         ["ICT Infrastructure Manager", "Information Security Officer"],
         "Dec-25", None, "Green", "Inventory 80% complete.", "2025-12", "green"),
        (g4, "HRA/01", "Medium",
         "Former tenant arrears should be pursued in line with policy and write-offs approved at the correct "
         "level.",
         "Refresh the former tenant arrears procedure and introduce monthly write-off authorisation reports "
         "signed by the Head of Housing.",
         "Housing Income Manager", ["Housing Income Manager"],
         D(2025, 1, 31), D(2025, 9, 30), "Amber",
         "Procedure refreshed. Write-off reports start October 2025 after restructure of the income team.",
         "2025-09", "amber"),
        (g4, "HRA/02", "Low",
         "Arrears letters should be reviewed to make sure they are clear and signpost tenants to money advice.",
         "Rewrite the arrears letter suite with the Tenant Scrutiny Panel, including signposting to money and "
         "debt advice.",
         "Housing Income Manager; Tenant Engagement Officer",
         ["Housing Income Manager", "Tenant Engagement Officer"],
         D(2025, 12, 31), None, "Green", "Workshop with Tenant Scrutiny Panel held in August.", "2025-12", "green"),
    ]
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = title
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A2"] = "Audit and Governance Committee – 22 September 2025"
    hdr = ["Priority", "Actions tracked", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr):
        c = ws0.cell(4, j + 1, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    counts = {}
    for row in rows:
        pr, st = row[2], row[9]
        counts.setdefault(pr, {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0})
        counts[pr][st] += 1
    rr = 5
    tot = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for pr in ("High", "Medium", "Low"):
        cdict = counts.get(pr, {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0})
        vals = [pr, sum(cdict.values()), cdict["Complete"], cdict["Green"], cdict["Amber"], cdict["Red"]]
        for j, v in enumerate(vals):
            ws0.cell(rr, j + 1, v).border = BOX
        for k in tot:
            tot[k] += cdict[k]
        rr += 1
    vals = ["Total", sum(tot.values()), tot["Complete"], tot["Green"], tot["Amber"], tot["Red"]]
    for j, v in enumerate(vals):
        c = ws0.cell(rr, j + 1, v)
        c.border = BOX
        c.font = Font(bold=True)
    rr += 2
    ws0.cell(rr, 1, "Status key").font = Font(bold=True)
    for i, (k, v, col) in enumerate([
            ("Complete", "Action implemented and verified by Internal Audit", "B"),
            ("Green", "On track to be implemented by the agreed (or revised) date", "G"),
            ("Amber", "Revised date agreed by Audit and Governance Committee", "A"),
            ("Red", "Overdue – past the agreed or revised date", "R")]):
        c = ws0.cell(rr + 1 + i, 1, k)
        c.fill = fill(FILL[col])
        ws0.cell(rr + 1 + i, 2, v)
    ws0.column_dimensions["A"].width = 14
    ws0.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Outstanding actions")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position at 31 August 2025"
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Latest update", "Audit comment"]
    for j, h in enumerate(heads):
        c = ws.cell(4, j + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    cur = None
    expected = []
    stfill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    for (g, ref, pr, rec, action, leadcell, leads, orig, rev, st, upd, e_end, e_st) in rows:
        if g != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(r, 1, g)
            c.font = Font(bold=True)
            c.fill = fill(FILL["band"])
            cur = g
            r += 1
        vals = [ref, pr, rec, action, leadcell, orig, rev, st, upd, ""]
        for j, v in enumerate(vals):
            c = ws.cell(r, j + 1, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(FILL[stfill[st]])
        expected.append(act(ref, [g, rec], action, leads, e_end, e_st))
        r += 1
    r += 1
    ws.cell(r, 1, "Priority: High – fundamental control weakness; Medium – significant; Low – good practice. "
                  "Actions verified as complete are removed from the next report.").font = Font(italic=True)
    for j, w in enumerate([9, 9, 45, 55, 30, 12, 12, 10, 45, 15]):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": "Imitates the internal audit follow-up reports that English district councils (East Suffolk's "
                  "Audit and Governance Committee among them) receive: a Summary sheet counting actions by "
                  "priority and status with a status key, then an 'Outstanding actions' sheet with title rows, "
                  "one full-width band per audit (title, year and assurance opinion), and for each recommendation "
                  "its ref, priority, the auditor's recommendation beside the agreed management action, "
                  "responsible officer(s), original and revised target dates (real dates and 'Nov-25' text), a "
                  "status word with matching fill, and an update; a priority note line at the foot.",
        "reads": "Nine agreed management actions from four audits. Each action is read under its audit band and "
                 "the recommendation written beside it; where a revised target date is given it is the end, "
                 "and the status words map as the key says (Complete = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. North Wales CJC - Audit Wales commentary organisational response (docx, read)
# ---------------------------------------------------------------------------
def north_wales_cjc():
    name = "kk2-north-wales-cjc-audit-wales-commentary-on-progress-organisational-response.docx"
    title = ("North Wales Corporate Joint Committee – Organisational Response to Audit Wales "
             "Commentary on Progress")
    A1 = "Governance and corporate arrangements"
    A2 = "Strategic planning functions"
    A3 = "Financial planning"
    R1 = ("R1 The CJC should set out how it will meet its duties under the Well-being of Future Generations "
          "(Wales) Act 2015, including how its well-being objectives will be reviewed and reported.")
    R2 = ("R2 The CJC should develop a participation strategy that sets out how it will engage with residents "
          "and stakeholders, as required by the Local Government and Elections (Wales) Act 2021.")
    R3 = ("R3 The CJC should agree a realistic timetable and resourcing plan for preparing the Strategic "
          "Development Plan and the Regional Transport Plan.")
    R4 = ("R4 The CJC should develop a medium-term financial plan that reflects the costs of its statutory "
          "functions and the contributions of constituent councils.")
    plan = [
        (A1, [
            (R1, [
                ("1.1", "Review the CJC's well-being objectives and statement alongside the Corporate Plan "
                        "2025–2028, applying the five ways of working.", "Chief Executive", ["Chief Executive"],
                 "March 2025", "Complete", "Objectives reviewed and adopted by the CJC in March 2025.",
                 "2025-03", None, "blue"),
                ("1.2", "Publish an annual self-assessment and well-being report from 2024/25, reported to the "
                        "Governance and Audit Sub-Committee.", "Head of Corporate Services / Monitoring Officer",
                 ["Head of Corporate Services", "Monitoring Officer"],
                 "31 October 2025", "Green", "Self-assessment workshop with members held in May 2025.",
                 "2025-10", None, "green"),
            ]),
            (R2, [
                ("2.1", "Draft a Public Participation Strategy with the six constituent councils and consult on "
                        "it for six weeks.", "Head of Corporate Services", ["Head of Corporate Services"],
                 "January 2025\nRevised: July 2025", "Amber",
                 "Consultation delayed to align with the Regional Transport Plan engagement; now closes 30 June.",
                 "2025-07", None, "amber"),
            ]),
        ]),
        (A2, [
            (R3, [
                ("3.1", "Agree a Delivery Agreement for the Strategic Development Plan with Welsh Government, "
                        "including a resourced project plan.", "Strategic Planning Manager",
                 ["Strategic Planning Manager"], "September 2025", "Amber",
                 "Draft Delivery Agreement shared with Welsh Government officials; staffing for the SDP team "
                 "still to be agreed by constituent councils.", "2025-09", None, "amber"),
                ("3.2", "Submit the Regional Transport Plan to Welsh Government for approval.",
                 "Regional Transport Lead", ["Regional Transport Lead"], "31/03/2025", "Complete",
                 "Submitted 28 March 2025.", "2025-03", None, "blue"),
                ("3.3", "Report progress on both plans to every CJC meeting through a standing highlight report.",
                 "Chief Executive", ["Chief Executive"], "Ongoing", "Green", "Highlight report in place.",
                 None, "Ongoing", "green"),
            ]),
        ]),
        (A3, [
            (R4, [
                ("4.1", "Prepare a three-year Medium Term Financial Plan and present it with the 2025/26 budget.",
                 "Statutory Finance Officer (Section 151)", ["Statutory Finance Officer (Section 151)"],
                 "Feb-25", "Complete", "MTFP approved with the budget on 28 January 2025.",
                 "2025-02", None, "blue"),
                ("4.2", "Agree a funding formula for constituent council contributions for regional economic "
                        "wellbeing and transport functions.",
                 "Statutory Finance Officer (Section 151); Chief Executive",
                 ["Statutory Finance Officer (Section 151)", "Chief Executive"],
                 "December 2025", "Red",
                 "Constituent councils have not yet agreed the basis of apportionment; options paper to "
                 "Chief Executives' group in July.", "2025-12", None, "red"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Progress update to the Governance and Audit Sub-Committee, 17 June 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Audit Wales issued its commentary on the Corporate Joint Committee's progress in October 2024. The "
        "commentary made four recommendations. This document sets out the CJC's organisational response, the "
        "actions agreed and progress to date.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "Organisational response to Audit Wales commentary (October 2024)"),
                 ("Version", "2.0"),
                 ("Owner", "Chief Executive, North Wales Corporate Joint Committee"),
                 ("Approved", "North Wales Corporate Joint Committee, 26 November 2024"),
                 ("Next review", "December 2025")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "EDEDED")
        set_text(cells[1], v)

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, col in [("Complete", "Action delivered", "00B0F0"), ("Green", "On track", "00B050"),
                      ("Amber", "Some delay – revised date agreed", "FFC000"),
                      ("Red", "Significantly off track", "FF0000")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], col)
        set_text(cells[1], v)

    doc.add_heading("Action plan", level=2)
    heads = ["Recommendation", "Ref", "Action", "Responsible officer", "Completion date", "RAG", "Progress"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E1F2")
    ragcol = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    for area, recs in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, area, bold=True)
        shade(m, "EDEDED")
        for rec, acts in recs:
            first = None
            for (ref, action, leadcell, leads, date, rag, prog, e_end, e_text, e_st) in acts:
                row = t.add_row()
                c = row.cells
                if first is None:
                    first = c[0]
                set_text(c[1], ref)
                set_text(c[2], action)
                set_text(c[3], leadcell)
                set_text(c[4], date)
                set_text(c[5], rag)
                shade(c[5], ragcol[rag])
                set_text(c[6], prog)
                expected.append(act(ref, [area, rec], action, leads, e_end, e_st, e_text))
                last = c[0]
            m = first.merge(last) if last is not first else first
            set_text(m, rec)
    doc.add_paragraph()
    doc.add_paragraph("Contact: Corporate Services, North Wales Corporate Joint Committee.")
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": "Imitates the organisational response / action plans that Welsh Corporate Joint Committees "
                  "took to their committees after Audit Wales' 2024 'Commentary on the Corporate Joint "
                  "Committee's progress' letters (e.g. South West Wales CJC, NPT democracy site), written for "
                  "the North Wales CJC in the Audit Wales organisational-response form: title, progress-update "
                  "line, a document-control table and a RAG key table, then one action-plan table with "
                  "full-width area rows, the recommendation (R1–R4) merged down over its numbered actions, "
                  "responsible officer as posts, completion dates (one original with a revised date on a second "
                  "line, one 'Ongoing'), RAG word with shading and progress.",
        "reads": "Eight actions answering four Audit Wales recommendations under three areas. Each action is read "
                 "under its area and the recommendation text beside it; for action 2.1 the revised date (July "
                 "2025) is the end, and 3.3 is ongoing.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Fife Council - Best Value (Controller of Audit) improvement action plan (docx, read)
# ---------------------------------------------------------------------------
def fife():
    name = "kk2-fife-council-best-value-controller-of-audit-improvement-action-plan.docx"
    title = "Best Value in Fife Council – Improvement Action Plan"
    recs = [
        ("Recommendation 1 – Leadership and vision",
         "The council should set clear priorities and measurable outcomes for its reform programme, so that "
         "elected members can scrutinise progress.", [
            ("1.1", "Agree a refreshed Plan for Fife delivery plan with measurable outcomes for each reform priority.",
             "Chief Executive", ["Chief Executive"], "March 2026", "On track",
             "Outcome measures drafted with Fife Partnership Board.", "2026-03", None, "green"),
            ("1.2", "Introduce six-monthly reform programme progress reports to Cabinet Committee and the scrutiny "
                    "committees.", "Head of Policy and Communications", ["Head of Policy and Communications"],
             "January 2026", "Not yet started", "Reporting template being designed.", "2026-01", None, "unrated"),
        ]),
        ("Recommendation 2 – Financial sustainability",
         "The council should develop and agree savings plans that close the budget gap identified in its "
         "medium-term financial strategy, and report progress in delivering savings.", [
            ("2.1", "Develop a three-year savings programme to close the forecast budget gap to 2028/29, for "
                    "approval with the 2026/27 budget.", "Executive Director Finance and Corporate Services",
             ["Executive Director Finance and Corporate Services"], "February 2026", "On track",
             "Savings options considered at member budget seminars in October and November 2025.",
             "2026-02", None, "green"),
            ("2.2", "Report savings delivery quarterly to the Finance, Economy and Corporate Services Scrutiny "
                    "Committee.", "Head of Finance", ["Head of Finance"], "Q4 2025/26", "Some slippage",
             "First report deferred from November to January committee.", "2026-03", None, "amber"),
        ]),
        ("Recommendation 3 – Workforce",
         "The council should complete its strategic workforce plan, setting out how it will address recruitment "
         "and retention pressures in social care and other hard-to-fill roles.", [
            ("3.1", "Publish the Strategic Workforce Plan 2026–2030, including service-level workforce plans for "
                    "Health and Social Care and Education.",
             "Head of Human Resources; Director of Health and Social Care",
             ["Head of Human Resources", "Director of Health and Social Care"], "30 June 2026", "On track",
             "Workforce data pack complete; service plans in preparation.", "2026-06", None, "green"),
            ("3.2", "Extend the 'grow your own' social work traineeship scheme to 20 places a year.",
             "Head of Human Resources", ["Head of Human Resources"], "August 2025", "Complete",
             "20 trainees started in August 2025.", "2025-08", None, "blue"),
        ]),
        ("Recommendation 4 – Community engagement",
         "The council should strengthen how it involves communities in decisions about changes to local services "
         "and report back on how views have been used.", [
            ("4.1", "Adopt a Community Engagement Framework with the Fife Partnership Board, including 'you said, "
                    "we did' reporting.", "Head of Communities and Neighbourhoods",
             ["Head of Communities and Neighbourhoods"], "December 2025\n(revised April 2026)", "Some slippage",
             "Framework consultation extended to include community councils.", "2026-04", None, "amber"),
            ("4.2", "Pilot participatory budgeting in two area committees, allocating at least 1% of local budgets.",
             "Area Managers (Levenmouth and Cowdenbeath)", ["Area Managers (Levenmouth and Cowdenbeath)"],
             "31/03/2026", "Significant slippage",
             "Pilot paused pending the 2026/27 budget decisions on area budgets.", "2026-03", None, "red"),
        ]),
    ]
    status_fill = {"Complete": "00B0F0", "On track": "00B050", "Some slippage": "FFC000",
                   "Significant slippage": "FF0000", "Not yet started": "FFFFFF"}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Fife Council"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Appendix 1 – Cabinet Committee, 4 December 2025")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Controller of Audit's report on Best Value in Fife Council was considered by the Accounts "
        "Commission, which published its findings in 2025. The report made four recommendations. This action "
        "plan sets out what the council will do in response, who is responsible and by when. Progress is "
        "reported to Cabinet Committee every six months and to the Standards, Audit and Risk Committee.")
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.rows[0].cells[0], "Status", bold=True, size=10)
    set_text(t.rows[0].cells[1], "Meaning", bold=True, size=10)
    for k, v in [("Complete", "Blue – action complete"), ("On track", "Green – on track to meet the due date"),
                 ("Some slippage", "Amber – some slippage, recoverable"),
                 ("Significant slippage", "Red – significant slippage, intervention needed"),
                 ("Not yet started", "No rating – action not yet due to start")]:
        cells = t.add_row().cells
        set_text(cells[0], k, size=10)
        shade(cells[0], status_fill[k])
        set_text(cells[1], v, size=10)

    expected = []
    for head, rtext, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        run = p.add_run(rtext)
        run.bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Due", "Status", "Progress at November 2025"]):
            set_text(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E1F2")
        for (ref, action, leadcell, leads, due, status, prog, e_end, e_text, e_st) in acts:
            c = t.add_row().cells
            set_text(c[0], ref)
            set_text(c[1], action)
            set_text(c[2], leadcell)
            set_text(c[3], due)
            set_text(c[4], status)
            shade(c[4], status_fill[status])
            set_text(c[5], prog)
            expected.append(act(ref, [head, rtext], action, leads, e_end, e_st, e_text))
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Prepared by", "Approved by", "Date"]):
        set_text(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Policy and Delivery Team, Chief Executive's Service",
                           "Corporate Leadership Team", "18 November 2025"]):
        set_text(t.rows[1].cells[j], v)
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": "Imitates the improvement action plans Scottish councils put to committee after a Controller "
                  "of Audit Best Value report to the Accounts Commission (2023–2027 programme; cf. Dundee City "
                  "Council's Best Value pages), written for Fife Council as a committee appendix in Word: page "
                  "header with the council name, title, introduction, a status key table mapping words to "
                  "colours, then per recommendation a heading, the recommendation in bold, and its own action "
                  "table (Ref, Action, Lead, Due, Status, Progress), and a sign-off table at the end.",
        "reads": "Eight actions under four Best Value recommendations, one table per recommendation. Status words "
                 "are read through the document's key (On track = green, Some slippage = amber, Significant "
                 "slippage = red, Complete = blue, Not yet started = no rating); action 4.1's revised date "
                 "(April 2026) is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Oxford City Council - corporate risk register (csv, read)
# ---------------------------------------------------------------------------
def oxford():
    name = "kk2-oxford-city-council-corporate-risk-register-q2-2025-26.csv"
    title = "Oxford City Council - Corporate Risk Register"
    header = ["Risk ref", "Risk title", "Risk owner", "Inherent score (I x P)", "Current score (I x P)",
              "Target score", "Direction of travel", "Action ref", "Mitigating action", "Action owner",
              "Due date", "Action status"]
    risks = [
        ("CRR001", "Financial sustainability - failure to deliver a balanced Medium Term Financial Strategy",
         "Group Finance Director", "25", "20", "12", "No change", [
             ("CRR001.1", "Deliver the 2026/27 budget savings and income proposals, with monthly monitoring "
                          "through the Budget Board.", "Head of Financial Services", ["Head of Financial Services"],
              "28/02/2026", "G", "2026-02", None, "green"),
             ("CRR001.2", "Review the Housing Revenue Account business plan in light of the rent settlement and "
                          "stock condition data.",
              "Head of Financial Services / Executive Director (Communities and People)",
              ["Head of Financial Services", "Executive Director (Communities and People)"],
              "31/03/2026", "A", "2026-03", None, "amber"),
         ]),
        ("CRR002", "Cyber security - a successful cyber attack disrupting council services",
         "Executive Director (Corporate Resources)", "25", "16", "12", "Reduced", [
             ("CRR002.1", "Achieve the Cyber Assessment Framework baseline and complete remediation from the "
                          "annual penetration test.", "Head of Business Improvement", ["Head of Business Improvement"],
              "Dec-25", "G", "2025-12", None, "green"),
             ("CRR002.2", "Run a cyber incident exercise with the Corporate Leadership Team and test the ICT "
                          "disaster recovery plan.", "ICT Manager", ["ICT Manager"],
              "Mar-26", "Not started", "2026-03", None, "unrated"),
         ]),
        ("CRR003", "Housing - failure to meet the Regulator of Social Housing consumer standards",
         "Executive Director (Communities and People)", "20", "15", "8", "No change", [
             ("CRR003.1", "Complete stock condition surveys for 100% of council homes and load the data into the "
                          "asset management system.", "Head of Housing Services", ["Head of Housing Services"],
              "Q4 2025/26", "A", "2026-03", None, "amber"),
         ]),
        ("CRR004", "Temporary accommodation - demand and cost of temporary accommodation exceeding budget",
         "Executive Director (Communities and People)", "20", "20", "12", "Increased", [
             ("CRR004.1", "Acquire 50 additional homes for use as temporary accommodation through the housing "
                          "company and the Local Authority Housing Fund.",
              "Head of Housing Services; Head of Regeneration and Economy",
              ["Head of Housing Services", "Head of Regeneration and Economy"],
              "31/03/2026", "R", "2026-03", None, "red"),
             ("CRR004.2", "Introduce a weekly case review of households in nightly-paid accommodation for more "
                          "than 6 weeks.", "Homelessness and Prevention Manager",
              ["Homelessness and Prevention Manager"], "Ongoing", "G", None, "Ongoing", "green"),
         ]),
        ("CRR005", "Council companies - underperformance of the council's wholly owned companies",
         "Chief Executive", "16", "12", "8", "Reduced", [
             ("CRR005.1", "Implement the revised shareholder governance arrangements and company business plan "
                          "monitoring through the Shareholder and Joint Venture Group.",
              "Executive Director (Development)", ["Executive Director (Development)"],
              "30/11/2025", "Complete", "2025-11", None, "blue"),
         ]),
        ("CRR006", "Local government reorganisation - capacity to deliver business as usual during "
                   "reorganisation in Oxfordshire", "Chief Executive", "16", "16", "12", "New", [
             ("CRR006.1", "Establish an LGR programme board and a dedicated programme team funded from reserves.",
              "Chief Executive", ["Chief Executive"], "Oct-25", "Complete", "2025-10", None, "blue"),
         ]),
    ]
    n = len(header)
    lines = [
        [title] + [""] * (n - 1),
        ["Quarter 2 2025/26 - position at 30 September 2025 - Audit and Governance Committee, 20 November 2025"]
        + [""] * (n - 1),
        [""] * n,
        header,
    ]
    expected = []
    for rref, rtitle, owner, inh, curr, tgt, dot, acts in risks:
        for i, (aref, action, leadcell, leads, due, st, e_end, e_text, e_st) in enumerate(acts):
            if i == 0:
                lines.append([rref, rtitle, owner, inh, curr, tgt, dot, aref, action, leadcell, due, st])
            else:
                lines.append(["", "", "", "", "", "", "", aref, action, leadcell, due, st])
            expected.append(act(aref, [rtitle], action, leads, e_end, e_st, e_text))
    lines.append([""] * n)
    lines.append(["Scoring: Impact (I) x Probability (P), each scored 1-5. Action status: G = on track; "
                  "A = some delay; R = off track; Complete = action closed."] + [""] * (n - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    write_expected(name, {
        "source": "Imitates the quarterly corporate risk register appendices English district councils take to "
                  "Audit and Governance Committee (Oxford City Council reports its Corporate Risk Register there), "
                  "as a CSV export from the risk system: title and quarter lines, a header, one line per risk "
                  "with ref, title, owner, inherent/current/target scores and direction of travel, the first "
                  "mitigating action on the risk line and further actions on continuation lines with the risk "
                  "columns blank, action owner, due date (dd/mm/yyyy, Mon-YY, 'Q4 2025/26', 'Ongoing') and an "
                  "action status letter or word; a scoring/status note at the foot.",
        "reads": "Six corporate risks carrying nine mitigating actions. Each action is read under the risk it "
                 "mitigates, with its own action ref, owner(s), due month and status (G/A/R letters, Complete = "
                 "blue, Not started = unrated).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Dover District Council - RSH consumer standards housing improvement plan (txt, read)
# ---------------------------------------------------------------------------
def dover():
    name = "kk2-dover-district-council-rsh-consumer-standards-housing-improvement-plan.txt"
    title = ("Dover District Council – Housing Improvement Plan (Regulator of Social Housing Consumer Standards)")
    S1 = "SAFETY AND QUALITY STANDARD"
    S2 = "TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD"
    S3 = "NEIGHBOURHOOD AND COMMUNITY STANDARD"
    S4 = "TENANCY STANDARD"
    plan = [
        (S1, [
            ("1", "Accurate, up-to-date stock condition data for every home",
             "Complete a 100% stock condition survey programme and load the results into the asset management "
             "system", "Head of Assets and Building Safety", ["Head of Assets and Building Safety"],
             "March 2026", "", "G", "62% of homes surveyed at end of December 2025.", None,
             "2026-03", "green"),
            ("2", "Health and safety compliance (fire, gas, electrical, water, asbestos, lifts)",
             "Clear all overdue fire risk assessment remedial actions, prioritising high-risk actions in "
             "sheltered schemes", "Building Safety Manager", ["Building Safety Manager"],
             "Sep-25", "Feb-26", "A", "41 of 57 overdue high-risk actions completed.",
             "Remaining actions in blocks with leaseholders need Section 20 consultation.", "2026-02", "amber"),
            ("3", "Damp and mould reports dealt with in line with Awaab's Law",
             "Introduce a damp and mould case tracker and triage all new reports within 10 working days, in line "
             "with Awaab's Law from October 2025", "Repairs and Maintenance Manager",
             ["Repairs and Maintenance Manager"], "27/10/2025", "", "C",
             "Tracker live; Awaab's Law procedures adopted by Cabinet.", None, "2025-10", "blue"),
        ]),
        (S2, [
            ("4", "Complaints handled in line with the Housing Ombudsman Complaint Handling Code",
             "Bring stage 1 complaint responses within 10 working days to 95% and report the annual "
             "self-assessment to Cabinet", "Customer Services and Complaints Manager / Head of Housing",
             ["Customer Services and Complaints Manager", "Head of Housing"],
             "June 2026", "", "A", "Q3 performance 84% within timescale.", None, "2026-06", "amber"),
            ("5", "Data on tenants' diverse needs",
             "Collect household profile and vulnerability data for at least 80% of tenants through the tenancy "
             "audit programme", "Tenancy Services Manager", ["Tenancy Services Manager"],
             "Dec 2026", "", "G", "38% of households profiled.", None, "2026-12", "green"),
            ("6", "Tenant Satisfaction Measures published and used",
             "Publish the 2025/26 Tenant Satisfaction Measures with an action plan agreed with the Dover District "
             "Tenant Group", "Housing Performance and Improvement Officer",
             ["Housing Performance and Improvement Officer"],
             "30 June 2026", "", "", "Not yet due.", None, "2026-06", "unrated"),
        ]),
        (S3, [
            ("7", "Anti-social behaviour cases managed and monitored",
             "Adopt a revised anti-social behaviour policy and case management procedure with a risk assessment "
             "for every case", "Community Safety and ASB Manager", ["Community Safety and ASB Manager"],
             "Nov-25", "Jan-26", "R", "Policy drafted; Cabinet date moved to February 2026.", None,
             "2026-01", "red"),
        ]),
        (S4, [
            ("8", "Adaptations for disabled tenants",
             "Adopt an aids and adaptations policy and clear the waiting list for minor adaptations",
             "Occupational Therapy Lead; Repairs and Maintenance Manager",
             ["Occupational Therapy Lead", "Repairs and Maintenance Manager"],
             "March 2026", "", "G", "Policy adopted November 2025; minor adaptations waiting list down from 112 to 47.",
             None, "2026-03", "green"),
        ]),
    ]
    out = [
        title,
        "Progress report to the Dover District Tenant Group and Cabinet – January 2026",
        "Following the RSH planned inspection and regulatory judgement (C2) published in 2025",
        "",
        "\t".join(["No.", "Consumer standard requirement", "What we will do", "Lead officer", "Target date",
                   "Revised date", "RAG", "Progress"]),
    ]
    expected = []
    for std, items in plan:
        out.append(std)
        for (no, req, action, leadcell, leads, tgt, rev, rag, prog, cont, e_end, e_st) in items:
            out.append("\t".join([no, req, action, leadcell, tgt, rev, rag, prog]))
            if cont:
                out.append("\t".join(["", "", "", "", "", "", "", cont]))
            expected.append(act(no, [std, req], action, leads, e_end, e_st))
    out.append("")
    out.append("RAG key: G = on track; A = at risk; R = off track; C = complete")
    out.append("Exported from the Housing Improvement Programme tracker, 14/01/2026")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    write_expected(name, {
        "source": "Imitates the housing improvement plans English stock-holding councils published after a "
                  "Regulator of Social Housing inspection under the 2024 consumer standards (cf. Canterbury, "
                  "Medway, Castle Point responses), for Dover District Council (about 4,800 homes; new repairs "
                  "contract April 2025), as a tab-separated text export of the tracker: title and context lines, "
                  "a header, upper-case section lines per consumer standard, numbered rows with the standard's "
                  "requirement beside the action, lead officer(s), target and revised dates, a RAG letter, "
                  "progress, one continuation line of progress text, and a RAG key line where C = complete.",
        "reads": "Eight numbered actions under the four consumer standards, each answering the requirement "
                 "written beside it. Where a revised date is given it is the end; RAG letters follow the key "
                 "(C = complete = blue) and one action with no RAG is unrated; the tab-indented progress line "
                 "after action 2 continues its update and is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (thurrock, kent_fire, east_suffolk, north_wales_cjc, fife, oxford, dover):
        print(fn())
