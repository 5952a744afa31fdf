#!/usr/bin/env python3
"""Build the seven zrw- blind test files (set heldout705) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zrw- are written, in this script's folder.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrw-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(start_color="FF" + hex6, end_color="FF" + hex6, fill_type="solid")


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "5B9BD5", "D9D9D9"


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, title, actions=None, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Surrey County Council - CFLLC Select Committee actions and recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def surrey():
    name = "zrw-surrey-county-council-cfllc-select-committee-recommendations-tracker.xlsx"
    title = ("CHILDREN, FAMILIES, LIFELONG LEARNING AND CULTURE SELECT COMMITTEE ACTIONS AND "
             "RECOMMENDATIONS TRACKER")
    sub = "Updated 8 October 2025"
    AND = "Additional Needs and Disabilities Progress Update"
    CHO = "Children’s Homes Ofsted Outcomes"
    PERF = "Performance Overview"
    # (number, meeting, item, text, lead cell, target, response, fill, lead list, end, end_text, status)
    actions = [
        ("A14/24", "14 November 2024", "Safety Valve Agreement Update",
         "The Director – Education and Lifelong Learning to provide the Committee with a breakdown, "
         "by quadrant, of EHCP annual reviews that are more than 12 weeks overdue.",
         "Director – Education and Lifelong Learning", "January 2025",
         "Breakdown circulated to Members by email on 17 January 2025. Members asked for the figures "
         "to be refreshed for the July meeting – see A9/25.",
         GREEN, ["Director – Education and Lifelong Learning"], "2025-01", None, "blue"),
        ("A3/25", "6 March 2025", CHO,
         "Service Director – Corporate Parenting to share with the Committee the post-inspection action "
         "plans for the two children’s homes judged ‘requires improvement to be good’, once finalised.",
         "Service Director – Corporate Parenting", "July 2025",
         "Action plans finalised in June 2025.\nTo be circulated to Members with the November agenda papers.",
         AMBER, ["Service Director – Corporate Parenting"], "2025-07", None, "amber"),
        ("A9/25", "16 July 2025", AND,
         "Cabinet Member to provide an end-of-year update setting out how the additional case officer "
         "posts have been deployed and the measurable outcomes being used to track their impact on time "
         "spent with schools and parents.",
         "Cabinet Member for Children, Families and Lifelong Learning / Director – Education and Lifelong Learning",
         "December 2025",
         "38 of the 60 additional posts filled at 30 September 2025. Update scheduled for the "
         "9 December 2025 meeting.",
         AMBER, ["Cabinet Member for Children, Families and Lifelong Learning",
                 "Director – Education and Lifelong Learning"], "2025-12", None, "amber"),
        ("A10/25", "16 July 2025", AND,
         "Officers to share the full results of the Parent Voices Matter survey, broken down by quadrant "
         "and phase of education.",
         "Head of Inclusion; Parent Engagement Lead", "September 2025", None,
         RED, ["Head of Inclusion", "Parent Engagement Lead"], "2025-09", None, "red"),
        ("A11/25", "16 July 2025", PERF,
         "The Scrutiny Officer to arrange an informal briefing for Members on the new children’s social "
         "care performance dashboard before the next formal meeting.",
         "Scrutiny Officer", "October 2025",
         "Briefing held on 2 October 2025; slides circulated the same day.",
         GREEN, ["Scrutiny Officer"], "2025-10", None, "blue"),
    ]
    recs = [
        ("R2/25", "6 March 2025", "Libraries and Culture Transformation",
         "That the Cabinet Member for Customer and Communities ensures the Select Committee is consulted "
         "before any proposal to change library opening hours is taken to Cabinet.",
         "Cabinet Member for Customer and Communities", "Ongoing",
         "Recommendation accepted by Cabinet on 25 March 2025. No changes to opening hours are proposed "
         "in 2025/26.",
         GREEN, ["Cabinet Member for Customer and Communities"], None, "Ongoing", "blue"),
        ("R4/25", "16 July 2025", AND,
         "That Cabinet agrees the increase in customer-facing staffing in the Additional Needs and "
         "Disabilities service from 81 to 141 posts, and that quarterly reports on case officer caseloads "
         "are brought to this Committee.",
         "Cabinet", dt.datetime(2025, 9, 30),
         "Cabinet agreed the increase on 30 September 2025. First quarterly caseload report due "
         "January 2026.",
         AMBER, ["Cabinet"], "2025-09", None, "amber"),
        ("R5/25", "16 July 2025", CHO,
         "That the Service Director – Corporate Parenting reports back within six months on progress "
         "against the Ofsted requirements for the council’s children’s homes, including staffing "
         "stability and use of agency staff.",
         "Service Director – Corporate Parenting", "January 2026",
         "Added to the Forward Work Programme for 22 January 2026.",
         AMBER, ["Service Director – Corporate Parenting"], "2026-01", None, "amber"),
        ("R6/25", "16 July 2025", PERF,
         "That future performance overview reports include statistical neighbour comparator data for the "
         "timeliness of EHC needs assessments.",
         "Executive Director – Children, Families and Lifelong Learning", "November 2025", None,
         RED, ["Executive Director – Children, Families and Lifelong Learning"], "2025-11", None, "red"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths = {"A": 11, "B": 17, "C": 28, "D": 60, "E": 34, "F": 15, "G": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = sub
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:G2")
    ws["A4"] = ("The actions and recommendations tracker allows Select Committee Members to monitor "
                "responses, actions and outcomes against their recommendations or requests for further "
                "actions. This tracker is updated following each Select Committee. Once an action has been "
                "completed and reported to the Committee, it will be removed from the tracker.")
    ws["A4"].alignment = WRAP
    ws.merge_cells("A4:G4")
    ws.row_dimensions[4].height = 48
    ws["A6"] = "KEY"
    ws["A6"].font = BOLD
    for col, (txt, colour) in zip("BCD", [("No Progress Reported", RED), ("Action In Progress", AMBER),
                                           ("Action Completed", GREEN)]):
        c = ws[f"{col}6"]
        c.value = txt
        c.fill = fill(colour)
        c.font = BOLD
        c.border = BOX
    headers = ["Number", "Meeting Date", "Item", "Recommendation / Action", "Action by whom",
               "Target date", "Response"]
    row = 8

    def section(label, rows, row):
        ws.cell(row=row, column=1, value=label).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for i, h in enumerate(headers, 1):
            c = ws.cell(row=row, column=i, value=h)
            c.font = BOLD
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for r in rows:
            vals = [r[0], r[1], r[2], r[3], r[4], r[5], r[6]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=row, column=1).fill = fill(r[7])
            if isinstance(r[5], dt.datetime):
                ws.cell(row=row, column=6).number_format = "dd/mm/yyyy"
            row += 1
        return row + 1

    row = section("Actions", actions, row)
    row = section("Recommendations", recs, row)

    fwp = wb.create_sheet("Forward Work Programme")
    fwp.column_dimensions["A"].width = 18
    fwp.column_dimensions["B"].width = 40
    fwp.column_dimensions["C"].width = 60
    fwp.column_dimensions["D"].width = 40
    fwp["A1"] = "Children, Families, Lifelong Learning and Culture Select Committee – Forward Work Programme 2025/26"
    fwp["A1"].font = Font(bold=True, size=12)
    fwp.merge_cells("A1:D1")
    for i, h in enumerate(["Date of meeting", "Item", "Purpose of scrutiny", "Cabinet Member / Officer"], 1):
        c = fwp.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.fill = fill(GREY)
        c.border = BOX
    items = [
        ("9 December 2025", "Additional Needs and Disabilities – end-of-year update",
         "To review deployment of the additional case officer posts and the outcome measures agreed in July.",
         "Cabinet Member for Children, Families and Lifelong Learning"),
        ("22 January 2026", "Children’s Homes – progress against Ofsted requirements",
         "Six-month report requested by the Committee (R5/25).",
         "Service Director – Corporate Parenting"),
        ("12 March 2026", "Education Attainment and Inclusion",
         "To scrutinise 2025 outcomes for disadvantaged pupils and pupils with SEND.",
         "Director – Education and Lifelong Learning"),
    ]
    for r, vals in enumerate(items, 4):
        for i, v in enumerate(vals, 1):
            c = fwp.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
    fwp["A8"] = "Items may be moved between meetings by the Chair in consultation with the Scrutiny Officer."
    fwp["A8"].font = Font(italic=True)
    wb.save(out(name))

    exp = []
    for r in actions + recs:
        exp.append(act(r[0], [r[2]], r[3], r[8], r[9], r[11], r[10]))
    write_expected(
        name,
        source=("Imitates the Surrey County Council Children, Families, Lifelong Learning and Culture Select "
                "Committee ‘Actions and Recommendations Tracker’ that is published with each agenda under the "
                "standing item ‘Recommendation tracker and forward work programme’ "
                "(https://mycouncil.surreycc.gov.uk/mgAi.aspx?ID=3651; meeting of 16 July 2025 summarised at "
                "http://opencouncil.network/meetings/73682). Copied: two-line capitals title, the standard "
                "explanatory paragraph, a KEY row of three coloured cells (No Progress Reported / Action In "
                "Progress / Action Completed), separate Actions and Recommendations sections with the same "
                "columns, status shown only by the fill colour of the Number cell, job titles and the Cabinet "
                "as ‘Action by whom’, and the Forward Work Programme on a second sheet."),
        reads=("A select committee tracker: five actions and four recommendations, each a row with its number, "
               "meeting date, agenda item, text, who is to act, a target date and a response. Status is the "
               "colour of the Number cell read through the key, where green means ‘Action Completed’. The "
               "second sheet is the committee's forward work programme (future agenda items), not actions."),
        title=title,
        actions=exp,
    )


# ---------------------------------------------------------------------------
# 2. Leicestershire County Council - Strategic Plan delivery tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def leicestershire():
    name = "zrw-leicestershire-county-council-strategic-plan-delivery-tracker-2025-26.xlsx"
    O1, O2, O3 = "1. Clean and Green", "2. Great Communities", "3. Improved Opportunities"
    O4, O5 = "4. Strong Economy, Transport and Infrastructure", "5. Safe and Well"
    A11 = "Tackle climate change and achieve net zero for the Council’s own operations by 2030"
    A12 = "Reduce waste and increase reuse and recycling"
    A21 = "Support communities to be active, inclusive and resilient"
    A31 = "Every child gets the best start in life and the support they need to thrive"
    A41 = "Deliver the infrastructure needed to support sustainable growth"
    A51 = "People are safe, protected from harm and supported to live independently"
    D = dt.datetime
    # outcome, aim, ref, action, dept, lead cell, orig, revised, q1, q2, update, lead list, end, end_text, status
    rows = [
        (O1, A11, "CG1",
         "Deliver the 2025/26 phase of the building decarbonisation programme, including heat pump "
         "installations at three corporate sites.",
         "Environment and Transport", "Director of Environment and Transport", D(2026, 3, 1), None, "G", "G",
         "Two of three heat pump installations complete; the third is scheduled for January 2026.",
         ["Director of Environment and Transport"], "2026-03", None, "green"),
        (O1, A11, "CG2",
         "Publish the refreshed Net Zero Council Action Plan and report the 2024/25 carbon emissions "
         "to Cabinet.",
         "Environment and Transport", "Assistant Director – Environment and Waste", D(2025, 9, 1),
         D(2025, 12, 1), "A", "A",
         "Draft complete. Publication moved to December to align with the Medium Term Financial Strategy.",
         ["Assistant Director – Environment and Waste"], "2025-12", None, "amber"),
        (O1, A12, "CG3",
         "Introduce weekly food waste collections jointly with the district councils from April 2026.",
         "Environment and Transport", "Assistant Director – Environment and Waste", D(2026, 4, 1), None,
         "G", "A",
         "Vehicle delivery delayed by the supplier; contingency hire arrangements being agreed with districts.",
         ["Assistant Director – Environment and Waste"], "2026-04", None, "amber"),
        (O2, A21, "GC1",
         "Launch the 2025/26 round of the Communities Fund and award grants to at least 40 community groups.",
         "Chief Executive’s", "Head of Communities", D(2025, 7, 1), None, "G", "B",
         "Round closed in July 2025; 46 grants awarded.",
         ["Head of Communities"], "2025-07", None, "blue"),
        (O2, A21, "GC2",
         "Complete the review of the library service offer, including extended self-service opening at six "
         "community libraries.",
         "Adults and Communities", "Head of Communities and Wellbeing", D(2025, 12, 1), D(2026, 3, 1), "A", "R",
         "Building works at two sites on hold pending a capital funding decision.",
         ["Head of Communities and Wellbeing"], "2026-03", None, "red"),
        (O3, A31, "IO1",
         "Open two new Family Hubs in Coalville and Hinckley.",
         "Children and Family Services", "Head of Service – Early Help", D(2025, 9, 1), None, "G", "B",
         "Both hubs opened in September 2025.",
         ["Head of Service – Early Help"], "2025-09", None, "blue"),
        (O3, A31, "IO2",
         "Deliver the 2025/26 milestones of the SEND and Inclusion Programme, including 120 additional "
         "specialist places.",
         "Children and Family Services",
         "Director of Children and Family Services / Assistant Director – Education and SEND",
         D(2026, 3, 1), None, "A", "A",
         "78 places delivered; two resourced provisions delayed to September 2026 intake.",
         ["Director of Children and Family Services", "Assistant Director – Education and SEND"],
         "2026-03", None, "amber"),
        (O4, A41, "SE1",
         "Submit the Full Business Case for the A511 Growth Corridor major road scheme to the Department "
         "for Transport.",
         "Environment and Transport", "Assistant Director – Highways and Transportation", D(2025, 6, 1),
         D(2025, 10, 1), "R", "G",
         "Business case signed off by Cabinet in September; submission on track for October.",
         ["Assistant Director – Highways and Transportation"], "2025-10", None, "green"),
        (O4, A41, "SE2",
         "Consult on and publish the fourth Local Transport Plan (LTP4).",
         "Environment and Transport", "Assistant Director – Highways and Transportation", D(2026, 3, 1), None,
         "G", "G",
         "Consultation closed 12 September 2025; 1,480 responses being analysed.",
         ["Assistant Director – Highways and Transportation"], "2026-03", None, "green"),
        (O5, A51, "SW1",
         "Implement the new adult social care front door model to reduce waiting times for Care Act "
         "assessments.",
         "Adults and Communities", "Director of Adults and Communities", D(2025, 12, 1), None, "G", "G",
         "Model live in two localities; waiting list down 18% since April.",
         ["Director of Adults and Communities"], "2025-12", None, "green"),
        (O5, A51, "SW2",
         "Work with partners to deliver the Domestic Abuse Safe Accommodation Strategy 2025–28 action plan.",
         "Chief Executive’s", "Community Safety Manager", "Ongoing", None, "G", "G",
         "Year 1 actions on track; refuge bed spaces increased from 24 to 30.",
         ["Community Safety Manager"], None, "Ongoing", "green"),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 34
    cover.column_dimensions["D"].width = 50
    cover["A1"] = "Leicestershire County Council"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Strategic Plan 2024–26: Delivery Tracker 2025/26"
    cover["A2"].font = Font(bold=True, size=14)
    cover["A3"] = "Quarter 2 (July – September 2025) position, for the Scrutiny Commission, November 2025"
    cover["A5"] = "Document control"
    cover["A5"].font = BOLD
    for i, h in enumerate(["Version", "Date", "Author", "Comments"], 1):
        c = cover.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.fill = fill(GREY)
        c.border = BOX
    dc = [("0.1", D(2025, 10, 6), "Business Intelligence Service", "Q2 returns collated from departments"),
          ("0.2", D(2025, 10, 14), "Business Intelligence Service", "Chief Officers’ comments added"),
          ("1.0", D(2025, 10, 21), "Business Intelligence Service", "Final for Scrutiny Commission")]
    for r, vals in enumerate(dc, 7):
        for i, v in enumerate(vals, 1):
            c = cover.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cover["A11"] = "RAG key"
    cover["A11"].font = BOLD
    key = [("B", "Complete"), ("G", "On track to deliver by the deadline"),
           ("A", "Some risk to the deadline; mitigation in place"),
           ("R", "Deadline will be missed or significant issues")]
    for r, (k, t) in enumerate(key, 12):
        c = cover.cell(row=r, column=1, value=k)
        c.fill = fill(rag_fill[k])
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        cover.cell(row=r, column=2, value=t)
    cover["A17"] = ("Where a deadline has been revised, the revised deadline has been agreed by the relevant "
                    "Director and is the deadline reported against.")
    cover["A17"].font = Font(italic=True)

    summ = wb.create_sheet("Summary")
    summ.column_dimensions["A"].width = 48
    summ["A1"] = "Summary of Q2 RAG status by strategic outcome"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Strategic outcome", "B", "G", "A", "R", "Total actions"]
    for i, h in enumerate(hdr, 1):
        c = summ.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        if h in rag_fill:
            c.fill = fill(rag_fill[h])
        else:
            c.fill = fill(GREY)
    outcomes = [O1, O2, O3, O4, O5]
    r = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for o in outcomes:
        counts = {k: sum(1 for x in rows if x[0] == o and x[9] == k) for k in "BGAR"}
        vals = [o] + [counts[k] for k in "BGAR"] + [sum(counts.values())]
        for k in "BGAR":
            tot[k] += counts[k]
        for i, v in enumerate(vals, 1):
            summ.cell(row=r, column=i, value=v).border = BOX
        r += 1
    vals = ["Total"] + [tot[k] for k in "BGAR"] + [sum(tot.values())]
    for i, v in enumerate(vals, 1):
        c = summ.cell(row=r, column=i, value=v)
        c.font = BOLD
        c.border = BOX

    ws = wb.create_sheet("Delivery Tracker")
    hdr = ["Strategic outcome", "Aim", "Ref", "Action", "Department", "Lead officer", "Original deadline",
           "Revised deadline", "Q1 RAG", "Q2 RAG", "Q2 update"]
    widths = [22, 30, 7, 55, 22, 32, 12, 12, 8, 8, 50]
    for i, (h, w) in enumerate(zip(hdr, widths), 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = BOLD
        c.fill = fill("1F4E78")
        c.font = Font(bold=True, color="FFFFFFFF")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w
    ws.freeze_panes = "C2"
    start = 2
    for i, x in enumerate(rows):
        rr = start + i
        vals = [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        for j in (9, 10):
            c = ws.cell(row=rr, column=j)
            c.fill = fill(rag_fill[c.value])
            c.alignment = Alignment(horizontal="center", vertical="top")
    # vertical merges of outcome and aim cells
    for col in (1, 2):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col - 1] == rows[i][col - 1] and \
                    (col == 1 or rows[j + 1][0] == rows[i][0]):
                j += 1
            if j > i:
                for k in range(i + 1, j + 1):
                    ws.cell(row=start + k, column=col).value = None
                ws.merge_cells(start_row=start + i, start_column=col, end_row=start + j, end_column=col)
            ws.cell(row=start + i, column=col).font = BOLD if col == 1 else Font()
            i = j + 1
    wb.save(out(name))

    exp = [act(x[2], [x[0], x[1]], x[3], x[11], x[12], x[14], x[13]) for x in rows]
    write_expected(
        name,
        source=("Imitates the quarterly delivery tracker behind Leicestershire County Council's Strategic Plan "
                "2024–26 and its Annual Delivery Report "
                "(https://www.leicestershire.gov.uk/about-the-council/council-plans/the-strategic-plan: five "
                "strategic outcomes – Clean and Green, Great Communities, Improved Opportunities, Strong "
                "Economy, Transport and Infrastructure, Safe and Well – each with aims and actions). Copied: "
                "a cover sheet with document-control table and B/G/A/R key, a summary sheet of RAG counts by "
                "outcome, and the tracker sheet with outcome and aim cells merged down their rows, original "
                "and revised deadlines as mmm-yy dates, Q1 and Q2 RAG letters with fill, department and lead "
                "officer columns."),
        reads=("A council strategic plan tracker: eleven actions on the Delivery Tracker sheet, grouped by "
               "strategic outcome and aim (merged cells), each with a lead officer, an original and sometimes "
               "a revised deadline, and last quarter's and this quarter's RAG. The Q2 RAG is the status and the "
               "revised deadline, where given, is the end. The cover and summary sheets hold no actions."),
        title="Strategic Plan 2024–26: Delivery Tracker 2025/26",
        actions=exp,
    )


# ---------------------------------------------------------------------------
# 3. Norfolk County Council - Fostering Service Development Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def norfolk():
    name = "zrw-norfolk-county-council-fostering-service-development-plan-2025-26.xlsx"
    P1 = "Priority 1 – Increase the number of Norfolk foster carers"
    P2 = "Priority 2 – Keep and support the foster carers we have"
    P3 = "Priority 3 – Kinship care"
    P4 = "Priority 4 – Quality, learning and development"
    # priority -> list of (no, action, measure, who, when, progress, rag, lead list, end, end_text, status)
    plan = [
        (P1, [
            ("1.1", "Deliver the 2025-26 recruitment campaign with the regional Fostering Recruitment and "
                    "Support Hub, targeting carers for teenagers and sibling groups.",
             "35 new fostering households approved by March 2026",
             "Recruitment Team Manager / Marketing Lead", "March 2026",
             "14 households approved at end of Q2 (profile target 17). Autumn campaign launched 15 September.",
             "Amber", ["Recruitment Team Manager", "Marketing Lead"], "2026-03", None, "amber"),
            ("1.2", "Reduce the average time from initial enquiry to fostering panel to under six months.",
             "Average enquiry-to-panel time under 26 weeks",
             "Assessment Team Manager", "Dec 2025",
             "Average now 24 weeks (Q1: 29 weeks).", "Green",
             ["Assessment Team Manager"], "2025-12", None, "green"),
        ]),
        (P2, [
            ("2.1", "Launch a Mockingbird constellation in King’s Lynn and evaluate the first six months.",
             "Hub home carer recruited; 8 satellite households in the constellation",
             "Fostering Service Manager (Support & Retention)", "Sept 2025 – March 2026",
             "Hub carer approved August 2025; 6 satellite households signed up.", "Green",
             ["Fostering Service Manager (Support & Retention)"], "2026-03", "Sept 2025 – March 2026", "green"),
            ("2.2", "Review foster carer allowances and skills payments and take proposals to Cabinet.",
             "Revised scheme agreed by Cabinet",
             "Head of Fostering", "July 2025",
             "Cabinet approved the revised scheme on 7 July 2025; new rates paid from 1 September.", "Complete",
             ["Head of Fostering"], "2025-07", None, "blue"),
            ("2.3", "Offer an exit interview to every carer who resigns and report the themes quarterly to the "
                    "Fostering Leadership Team.",
             "Quarterly themes report; resignations analysed by reason",
             "Supervising Social Work Team Managers", "Quarterly",
             "Q1 and Q2 reports presented. Main themes: retirement and allowances.", "Green",
             ["Supervising Social Work Team Managers"], None, "Quarterly", "green"),
        ]),
        (P3, [
            ("3.1", "Refresh the Kinship Local Offer and publish it on the Norfolk Local Offer website.",
             "Refreshed offer published and shared with kinship carers",
             "Kinship Team Manager", "October 2025",
             "Delayed – awaiting the national kinship guidance. New date to be agreed at the October "
             "Leadership Team.", "Red",
             ["Kinship Team Manager"], "2025-10", None, "red"),
            ("3.2", "Complete all connected person assessments within 16 weeks of the child’s placement "
                    "(Regulation 24).",
             "100% of connected person assessments to panel within 16 weeks",
             "Kinship Team Manager / Panel Adviser", "Ongoing",
             "Carried forward from 2024-25. 81% within 16 weeks in Q2 (Q1: 74%); two extensions agreed "
             "by the Agency Decision Maker.",
             "Amber", ["Kinship Team Manager", "Panel Adviser"], None, "Ongoing", "amber"),
        ]),
        (P4, [
            ("4.1", "Introduce a post-approval training pathway with therapeutic parenting and "
                    "trauma-informed practice modules.",
             "All carers approved after April 2025 complete the pathway within 12 months",
             "Learning and Development Lead", "Q4 2025/26",
             "Pathway designed; first cohort starts January 2026.", None,
             ["Learning and Development Lead"], "2026-03", None, "unrated"),
        ]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    widths = [7, 55, 36, 30, 16, 48, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions["ABCDEFG"[i - 1]].width = w
    ws["A1"] = "Norfolk County Council – Fostering Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Fostering Service Development Plan 2025-26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Appendix 2 to the Fostering Service Annual Report 2024-25 | Progress at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    for c in ("A1:G1", "A2:G2", "A3:G3"):
        ws.merge_cells(c)
    hdr = ["No.", "What we will do", "How we will know", "Who", "When", "Progress update (Sept 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("00558C")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for prio, items in plan:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = BOLD
        c.fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for it in items:
            vals = list(it[:7])
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if it[6]:
                ws.cell(row=r, column=7).fill = fill(rag_fill[it[6]])
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="RAG status is reviewed monthly at the Fostering Leadership Team – see the Key & Notes sheet.").font = Font(italic=True)

    k = wb.create_sheet("Key & Notes")
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 70
    k["A1"] = "RAG key"
    k["A1"].font = BOLD
    key = [("Complete", "Action completed and evidenced"),
           ("Green", "On track to be delivered by the date shown"),
           ("Amber", "Some delay or risk – remedial action in place"),
           ("Red", "Off track – escalated to the Head of Service"),
           ("(blank)", "Not yet started")]
    for i, (a, b) in enumerate(key, 2):
        c = k.cell(row=i, column=1, value=a)
        if a in rag_fill:
            c.fill = fill(rag_fill[a])
        k.cell(row=i, column=2, value=b)
    k["A8"] = "Notes"
    k["A8"].font = BOLD
    k["A9"] = ("The plan is monitored by the Fostering Leadership Team monthly and reported to the Corporate "
               "Parenting Board twice a year.")
    k["A10"] = "Targets in ‘How we will know’ are for the full year 2025-26 unless stated."
    wb.save(out(name))

    exp = []
    for prio, items in plan:
        for it in items:
            exp.append(act(it[0], [prio], it[1], it[7], it[8], it[10], it[9]))
    write_expected(
        name,
        source=("Imitates the development plan that an English county council fostering service appends to its "
                "annual fostering service report to Cabinet and the Corporate Parenting Board (Norfolk reports "
                "its fostering, adoption and children's homes performance to Cabinet each autumn: "
                "https://townandaround.net/news/norfolk-childrens-services-some-of-the-best-in-the-country). "
                "Copied: service/plan/appendix title lines, priority rows merged across the table, columns "
                "‘What we will do / How we will know / Who / When / Progress / RAG’, RAG words with matching "
                "fill, a notes line under the table, and a separate Key & Notes sheet defining Complete and "
                "blank (not yet started)."),
        reads=("A fostering service development plan with eight numbered actions under four priorities. Each "
               "action has a success measure, who leads (sometimes two posts split by a slash), when it is due "
               "(a month, a period, Quarterly, Ongoing or a financial quarter), a progress note and a RAG word; "
               "one action has no RAG yet, which the key calls not yet started."),
        title="Fostering Service Development Plan 2025-26",
        actions=exp,
    )


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Achieving for Children - fostering agency Ofsted inspection action plan (docx)
# ---------------------------------------------------------------------------
def afc():
    name = "zrw-achieving-for-children-fostering-agency-ofsted-inspection-action-plan.docx"
    S1 = "Section 1: Statutory requirements"
    S2 = "Section 2: Recommendations"
    R1 = ("1. The registered person must ensure that each foster carer’s approval is reviewed within a year "
          "of approval and thereafter whenever necessary, but at intervals of not more than a year, and that "
          "the review report is presented to the fostering panel where required. (Fostering Services "
          "(England) Regulations 2011, regulation 28(2))")
    R2 = ("2. The registered person must ensure that the fostering panel has all the information it needs to "
          "make its recommendations, including up-to-date statutory checks. (Fostering Services (England) "
          "Regulations 2011, regulation 25)")
    R3 = ("3. The registered person must notify Ofsted without delay of any allegation or concern of the kind "
          "listed in Schedule 7. (Fostering Services (England) Regulations 2011, regulation 36)")
    R4 = ("4. The registered person should ensure that foster carers’ training and development records are up "
          "to date and that carers complete the Training, Support and Development Standards within the "
          "required timescales. (‘Fostering services: national minimum standards’, 20.3)")
    R5 = ("5. The registered person should ensure that children’s views are routinely sought and used to "
          "inform foster carer reviews. (‘Fostering services: national minimum standards’, 1.7)")
    # section -> list of (requirement text, [ (ref, action, lead cell, target, progress, rag, leads, end, end_text, status) ])
    plan = [
        (S1, [
            (R1, [
                ("1.1", "Produce a weekly tracker of foster carer annual reviews due in the next 90 days and "
                        "share it with supervising social workers and team managers.",
                 "Registered Manager", "31/07/2025", "Tracker in use from 21 July 2025.", "Blue",
                 ["Registered Manager"], "2025-07", None, "blue"),
                ("1.2", "Clear the backlog of 11 overdue annual reviews, prioritising carers with children in "
                        "placement.",
                 "Supervising Social Work Team Manager", "September 2025",
                 "8 of 11 completed. Remaining 3 booked for the October panel.", "Amber",
                 ["Supervising Social Work Team Manager"], "2025-09", None, "amber"),
            ]),
            (R2, [
                ("2.1", "Introduce a pre-panel quality assurance checklist, completed by the Panel Adviser for "
                        "every agenda item.",
                 "Panel Adviser", "End of August 2025", "Checklist in use from the August panel.", "Blue",
                 ["Panel Adviser"], "2025-08", None, "blue"),
            ]),
            (R3, [
                ("3.1", "Brief all supervising social workers and managers on notification requirements and "
                        "add a notification prompt to the allegations form in Mosaic.",
                 "Registered Manager / Head of Quality Assurance", "31/08/2025",
                 "Briefings held 4 and 11 August; Mosaic form updated 20 August.", "Blue",
                 ["Registered Manager", "Head of Quality Assurance"], "2025-08", None, "blue"),
                ("3.2", "Audit all allegations and concerns from the last 12 months to confirm that "
                        "notifications were made, and report the findings to the Responsible Individual.",
                 "Head of Quality Assurance", "Q3 2025/26",
                 "Audit of 23 cases under way; findings due in November.", "Green",
                 ["Head of Quality Assurance"], "2025-12", None, "green"),
            ]),
        ]),
        (S2, [
            (R4, [
                ("4.1", "Move all foster carer training records onto the AfC learning platform and send "
                        "quarterly reminders to carers with outstanding TSD Standards.",
                 "Learning and Development Lead; Supervising Social Work Team Manager", "December 2025",
                 "Records for 142 of 190 households transferred.", "Green",
                 ["Learning and Development Lead", "Supervising Social Work Team Manager"], "2025-12", None,
                 "green"),
            ]),
            (R5, [
                ("5.1", "Introduce an age-appropriate ‘My foster home’ feedback form, on paper and online, to "
                        "be completed before every annual review.",
                 "Participation Officer", "Ongoing – monitored monthly",
                 "Form co-produced with the Children in Care Council and in use since July.", "Green",
                 ["Participation Officer"], None, "Ongoing – monitored monthly", "green"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Achieving for Children")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Fostering Agency – Ofsted Inspection Action Plan", level=1)
    doc.add_paragraph("Inspection of the independent fostering agency: 9 to 13 June 2025. Overall experiences "
                      "and progress of children and young people: requires improvement to be good.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Document owner", "Registered Manager, AfC Fostering"), ("Version", "1.3"),
                 ("Date", "3 October 2025"), ("Approved by", "Responsible Individual"),
                 ("Next review", "Fostering Quality Board, November 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
        shade(cells[0], "D9D9D9")
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b, col in [("Blue", "Complete", BLUE), ("Green", "On track", GREEN),
                      ("Amber", "Some slippage – mitigating action in place", AMBER),
                      ("Red", "Off track – escalated to the Responsible Individual", RED)]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], b)
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for section, reqs in plan:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for req, items in reqs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            for it in items:
                cells = t.add_row().cells
                for c, v in zip(cells, it[:6]):
                    set_cell(c, v)
                shade(cells[5], rag_col[it[5]])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Responsible Individual and to "
                      "the Fostering Quality Board. Ofsted will review progress at the next inspection.")
    doc.add_paragraph("Signed: Responsible Individual, Achieving for Children        Date: 3 October 2025")
    doc.save(out(name))

    exp = []
    for section, reqs in plan:
        for req, items in reqs:
            for it in items:
                exp.append(act(it[0], [section, req], it[1], it[6], it[7], it[9], it[8]))
    write_expected(
        name,
        source=("Imitates the post-inspection action plan a local-authority-owned children's services company "
                "writes after an Ofsted SCCIF inspection of its registered fostering agency "
                "(https://www.gov.uk/government/publications/social-care-common-inspection-framework-sccif-"
                "independent-fostering-agencies/social-care-common-inspection-framework-sccif-independent-"
                "fostering-agencies); Ofsted reports list statutory requirements (with the regulation) and "
                "recommendations (with the NMS standard). Copied: organisation and plan title with inspection "
                "dates and judgement, a document-control table, a RAG key table where Blue = Complete, one "
                "table per section, each requirement or recommendation in a shaded row merged across the "
                "table with its numbered actions beneath, and a sign-off line."),
        reads=("A Word action plan answering an Ofsted fostering agency inspection: section 1 holds three "
               "statutory requirements with five actions, section 2 two recommendations with one action each. "
               "Each action row gives a ref, the action, lead(s), target date, progress and a RAG word; the "
               "document-control and key tables are not part of the plan."),
        title="Fostering Agency – Ofsted Inspection Action Plan",
        actions=exp,
    )


# ---------------------------------------------------------------------------
# 5. Adoption Lancashire & Blackpool - RAA service development plan 2025-26 (docx)
# ---------------------------------------------------------------------------
def alb():
    name = "zrw-adoption-lancashire-and-blackpool-raa-service-development-plan-2025-26.docx"
    P1 = "Priority 1: Children who wait"
    P2 = "Priority 2: Adoption support"
    P3 = "Priority 3: Adopted adults and birth families"
    P4 = "Priority 4: Our workforce"
    plan = [
        (P1, [
            ("P1.1", "Run two targeted recruitment campaigns for adopters for sibling groups and children aged "
                     "4 and over.\n(Aligned to the Adoption England national campaign.)",
             "Team Manager – Recruitment and Assessment\nMarketing and Communications Officer",
             "Sept 2025 – March 2026",
             "First campaign ran 22 September – 20 October: 61 enquiries, 9 registrations of interest.",
             "On track", ["Team Manager – Recruitment and Assessment", "Marketing and Communications Officer"],
             "2026-03", "Sept 2025 – March 2026", "green"),
            ("P1.2", "Use Link Maker and regional exchange days to identify a family for every child waiting "
                     "more than 12 months from placement order.",
             "Family Finding Team Manager", "Quarterly",
             "7 children waiting over 12 months; 3 linked at the September exchange day.", "On track",
             ["Family Finding Team Manager"], None, "Quarterly", "green"),
            ("P1.3", "Agree a single approach to early permanence (Foster to Adopt and concurrent planning) with "
                     "both councils’ children’s social care services.",
             "Head of Service – ALB / Heads of Service – Children in Care (Lancashire and Blackpool)",
             "By 31 December 2025",
             "Draft protocol with both councils’ legal teams. Blackpool sign-off expected in January.",
             "At risk", ["Head of Service – ALB",
                         "Heads of Service – Children in Care (Lancashire and Blackpool)"],
             "2025-12", None, "amber"),
        ]),
        (P2, [
            ("P2.1", "Reduce the waiting time for an adoption support needs assessment to 8 weeks.",
             "Adoption Support Team Manager", "March 2026",
             "Average wait 14 weeks at the end of Q2. Additional social worker starts in November.",
             "Off track", ["Adoption Support Team Manager"], "2026-03", None, "red"),
            ("P2.2", "Launch a regional early-years support group programme for adoptive families, funded by "
                     "Adoption England.",
             "Adoption Support Team Manager", "June 2025",
             "Launched June 2025; four groups running across the region.", "Complete",
             ["Adoption Support Team Manager"], "2025-06", None, "blue"),
        ]),
        (P3, [
            ("P3.1", "Clear the backlog of access to birth records counselling requests older than 3 months.",
             "Senior Practitioner – Adopted Adults", "December 2025",
             "Backlog down from 38 to 12 requests.", "On track",
             ["Senior Practitioner – Adopted Adults"], "2025-12", None, "green"),
            ("P3.2", "Co-produce a ‘staying in touch’ and letterbox guide with birth parents and adopters.",
             "Participation Lead; Senior Practitioner – Birth Relative Support", "Q4 2025/26",
             "Workshops planned for January 2026.", "Not started",
             ["Participation Lead", "Senior Practitioner – Birth Relative Support"], "2026-03", None, "unrated"),
        ]),
        (P4, [
            ("P4.1", "Complete the ALB staff survey and agree a retention action plan with the RAA Board.",
             "Head of Service – ALB", "November 2025",
             "Survey closed 30 September (71% response); results to the November Board.", "On track",
             ["Head of Service – ALB"], "2025-11", None, "green"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Adoption Lancashire & Blackpool – Service Development Plan 2025–2026", level=0)
    doc.add_paragraph("Progress report to the Regional Adoption Agency Board – Quarter 2 (July to September 2025)")
    doc.add_paragraph("This plan sets out what Adoption Lancashire & Blackpool will do in 2025–26 to improve "
                      "outcomes for children, adoptive families, adopted adults and birth families. It was agreed "
                      "by the RAA Board in April 2025 and progress is reported to the Board each quarter.")
    doc.add_paragraph("Progress key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b, col in [("Complete", "Action delivered", BLUE), ("On track", "Progressing as planned", GREEN),
                      ("At risk", "Some slippage – may not meet timescale", AMBER),
                      ("Off track", "Will not meet timescale without intervention", RED),
                      ("Not started", "Not yet due to start", "FFFFFF")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        shade(cells[0], col)
        set_cell(cells[1], b, size=10)
    colour = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": "FFFFFF"}
    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Q2 update", "Status"]
    for prio, items in plan:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hh in zip(t.rows[0].cells, hdr):
            set_cell(c, hh, bold=True, size=10)
            shade(c, "E2EFDA")
        for it in items:
            cells = t.add_row().cells
            for c, v in zip(cells, it[:6]):
                set_cell(c, v, size=10)
            shade(cells[5], colour[it[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Notes: P2.1 was escalated to the RAA Board on 18 September 2025. Timescales are those "
                      "agreed by the Board in April 2025.")
    doc.save(out(name))

    exp = []
    for prio, items in plan:
        for it in items:
            exp.append(act(it[0], [prio], it[1], it[6], it[7], it[9], it[8]))
    write_expected(
        name,
        source=("Imitates the annual service development plan of a regional adoption agency as reported to its "
                "RAA Board; Adoption Lancashire & Blackpool is the Lancashire County Council and Blackpool "
                "Council RAA, live since 1 April 2020 and overseen by a Regional Adoption Agency Board "
                "(https://www.adoptionlancashireblackpool.org.uk/events-and-news/news/2020/adopt-in-lancashire-"
                "and-blackpool/); priorities follow Ofsted's 2024 RAA thematic findings (children who wait, "
                "adoption support, adopted adults and birth relatives, workforce). Copied: RAA name and plan "
                "title, a quarter progress subtitle, an intro paragraph, a word-based progress key with colour, "
                "a Heading 2 per priority each followed by its own table, two leads on separate lines in one "
                "cell, and a closing notes line."),
        reads=("An RAA development plan in Word: four priorities, each a heading followed by a small table of "
               "numbered actions (eight in all) with leads, timescale, a Q2 update and a status word from the "
               "key (Complete, On track, At risk, Off track, Not started). The key table and the notes line are "
               "not actions."),
        title="Adoption Lancashire & Blackpool – Service Development Plan 2025–2026",
        actions=exp,
    )


# ---------------------------------------------------------------------------
# 6. Neath Port Talbot CBC - scrutiny recommendations monitoring (csv)
# ---------------------------------------------------------------------------
def npt():
    name = "zrw-neath-port-talbot-cbc-scrutiny-recommendations-tracker-2025-26.csv"
    WL = "Welsh Language Promotion Strategy Task and Finish Group"
    SA = "School Attendance Task and Finish Group"
    TA = "Temporary Accommodation Task and Finish Group"
    C1 = "Cabinet Scrutiny Committee"
    C2 = "Education, Skills and Wellbeing Scrutiny Committee"
    C3 = "Social Services, Housing and Community Safety Scrutiny Committee"
    R1 = "That the Council increases opportunities for staff to learn and use Welsh in the workplace."
    R2 = "That the Welsh Language Promotion Strategy is reviewed annually with member involvement."
    R3 = "That a targeted approach is taken to persistent absence in the secondary schools with the highest rates."
    R4 = "That the Council lobbies Welsh Government for longer-term funding for family engagement officers."
    R5 = "That the use of bed and breakfast accommodation for families is ended except in emergencies."
    # (committee, review, rec, decision) then actions (ref, action, officer, target, progress, rag, leads, end, end_text, status)
    recs = [
        (C1, WL, R1, "Accepted", [
            ("WL1.1", "Offer Welsh language courses at all levels through Work Welsh, with protected learning "
                      "time for staff.", "Welsh Language Standards Officer", "31/03/2026",
             "112 staff enrolled on Work Welsh courses in 2025/26.", "Green",
             ["Welsh Language Standards Officer"], "2026-03", None, "green"),
            ("WL1.2", "Provide ‘Iaith Gwaith’ badges and lanyards to all Welsh speakers and learners.",
             "Head of People and Organisational Development", "Sep-25",
             "Distributed to all teams; included in the staff induction pack.", "Blue",
             ["Head of People and Organisational Development"], "2025-09", None, "blue"),
        ]),
        (C1, WL, R2, "Accepted", [
            ("WL2.1", "Appoint a Welsh Language Member Champion and present the annual Welsh Language "
                      "monitoring report to Cabinet Scrutiny Committee.",
             "Head of Legal and Democratic Services", "Annually",
             "Member Champion appointed May 2025. 2024/25 report considered on 9 July 2025.", "Green",
             ["Head of Legal and Democratic Services"], None, "Annually", "green"),
        ]),
        (C2, SA, R3, "Accepted", [
            ("SA3.1", "Pilot attendance support officers in four secondary schools where persistent absence is "
                      "above 25%.",
             "Head of Education Development / Principal Education Welfare Officer", "Jul-26",
             "Two of four posts recruited; the pilot started in two schools in September 2025.", "Amber",
             ["Head of Education Development", "Principal Education Welfare Officer"], "2026-07", None, "amber"),
            ("SA3.2", "Report persistent absence data by school to governing bodies every term.",
             "Principal Education Welfare Officer", "Termly",
             "Summer term data issued to governors in July 2025.", "Green",
             ["Principal Education Welfare Officer"], None, "Termly", "green"),
        ]),
        (C2, SA, R4, "Partially accepted", [
            ("SA4.1", "The Cabinet Member for Education to write to the Cabinet Secretary for Education setting "
                      "out the impact of family engagement officers and the case for multi-year funding.",
             "Director of Education, Leisure and Lifelong Learning", "31/12/2025",
             "Letter drafted; awaiting Cabinet Member sign-off.", "Red",
             ["Director of Education, Leisure and Lifelong Learning"], "2025-12", None, "red"),
        ]),
        (C3, TA, R5, "Accepted", [
            ("TA5.1", "Acquire and refurbish 20 additional units of council-managed temporary accommodation.",
             "Head of Housing and Communities", "Mar-26",
             "11 units acquired; 6 ready to let. Contractor capacity is limiting refurbishment.", "Amber",
             ["Head of Housing and Communities"], "2026-03", None, "amber"),
            ("TA5.2", "Report the number of families in bed and breakfast to the Cabinet Member for Housing "
                      "every month.",
             "Housing Options Manager", "Monthly",
             "Monthly reporting in place since April 2025.", "Blue",
             ["Housing Options Manager"], None, "Monthly", "blue"),
        ]),
    ]
    ncol = 10
    lines = [
        ["Neath Port Talbot Council – Scrutiny Recommendations Monitoring Report 2025/26"] + [""] * (ncol - 1),
        ["Status as at 30 September 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Scrutiny Committee", "Task and Finish Review", "Recommendation", "Cabinet Decision",
         "Agreed Action", "Responsible Officer", "Target Date", "Progress", "RAG"],
    ]
    exp = []
    for com, rev, rec, dec, items in recs:
        for i, it in enumerate(items):
            first = i == 0
            lines.append([it[0], com if first else "", rev if first else "", rec if first else "",
                          dec if first else "", it[1], it[2], it[3], it[4], it[5]])
            exp.append(act(it[0], [rev, rec], it[1], it[6], it[7], it[9], it[8]))
    lines.append([""] * ncol)
    lines.append(["RAG key: Blue = complete; Green = on track; Amber = at risk of slipping; Red = off track"]
                 + [""] * (ncol - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    write_expected(
        name,
        source=("Imitates the scrutiny recommendations monitoring that Welsh councils bring back to committee "
                "(Neath Port Talbot's Cabinet Scrutiny Committee commended the Welsh Language Promotion Strategy "
                "Task and Finish Group's findings to Cabinet in 2023: "
                "https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=413&LLL=0&MeetingId=10990; NPT's "
                "scrutiny committees include Education, Skills and Wellbeing and Social Services, Housing and "
                "Community Safety). Copied, as a CSV export of the monitoring spreadsheet: title and "
                "'status as at' lines, columns for committee, task and finish review, recommendation, Cabinet "
                "decision, agreed action, officer, target date, progress and RAG, merged recommendation cells "
                "exported onto the first action row only (blank below), and a RAG key line at the end."),
        reads=("A CSV list of eight agreed actions answering five scrutiny task-and-finish recommendations from "
               "three committees. Committee, review, recommendation and Cabinet decision are written on the "
               "first action of each recommendation and left blank on the next; each action has a ref, officer, "
               "target date, progress note and RAG colour word, defined by the key line at the bottom."),
        title="Neath Port Talbot Council – Scrutiny Recommendations Monitoring Report 2025/26",
        actions=exp,
    )


# ---------------------------------------------------------------------------
# 7. London Borough of Sutton - corporate plan delivery tracker, mistyped month (txt, refuse)
# ---------------------------------------------------------------------------
def sutton():
    name = "zrw-london-borough-of-sutton-corporate-plan-delivery-tracker-q2-2025-26-typo-month-refuse.txt"
    lines = [
        "London Borough of Sutton",
        "Corporate Plan Delivery Tracker 2025/26 – Quarter 2 (July to September 2025)",
        "",
        "\t".join(["Priority", "Ref", "Milestone", "Lead officer", "Due", "RAG", "Commentary"]),
        "\t".join(["A greener, cleaner Sutton", "GC01",
                   "Extend separate food waste collections to all flats above shops", "Head of Waste and "
                   "Environmental Services", "Mar-26", "G", "1,900 of 2,600 properties now served."]),
        "\t".join(["A greener, cleaner Sutton", "GC02",
                   "Plant 1,000 street trees in the 2025/26 planting season", "Parks and Tree Manager",
                   "Mar-26", "A", "Planting starts November; 620 sites surveyed."]),
        "\t".join(["A greener, cleaner Sutton", "GC03",
                   "Publish the Local Plan review Regulation 18 consultation draft", "Strategic Planning Manager",
                   "Jan-26", "G", "Evidence base complete; draft to Housing, Economy and Business Committee in "
                   "December."]),
        "\t".join(["Thriving communities", "TC01", "Open the Sutton Works employment hub in the town centre",
                   "Head of Economic Development", "Sep-25", "B", "Opened 15 September 2025."]),
        "\t".join(["Thriving communities", "TC02",
                   "Start on site on 150 new affordable homes through Sutton Living", "Director of Housing",
                   "Mar-26", "A", "Two sites delayed by utility connections."]),
        "\t".join(["Safe and healthy lives", "SH01", "Launch the Family Hub offer at four sites across the borough",
                   "Assistant Director – Early Help", "Dec-25", "G", "Three hubs open; fourth opens in December."]),
        "\t".join(["Safe and healthy lives", "SH02",
                   "Reduce the number of households in nightly-paid temporary accommodation by 10%",
                   "Head of Housing Needs", "N0v-25", "R", "Numbers up 4% since April owing to rising demand."]),
        "\t".join(["A council that works for everyone", "CW01",
                   "Go live with the new customer relationship management system", "Head of Customer Services",
                   "Jun-26", "G", "Supplier appointed; design phase under way."]),
        "\t".join(["A council that works for everyone", "CW02",
                   "Deliver the 2025/26 savings programme of £8.2m", "Strategic Director of Resources",
                   "Mar-26", "A", "£6.9m on track; £1.3m at risk in adult social care."]),
        "",
        "RAG: B = complete, G = on track, A = at risk, R = off track",
    ]
    refuse_line = next(i for i, l in enumerate(lines, 1) if "N0v-25" in l)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source=("Imitates the quarterly corporate plan milestone tracker an outer London borough reports to its "
                "strategy committee (Sutton reports a Performance and Finance Report each quarter to its "
                "Strategy and Resources Committee: https://moderngov.sutton.gov.uk/ieListDocuments.aspx?CId=453"
                "&MId=5011&Ver=4; LGA corporate peer challenge feedback, November 2024: "
                "https://www.local.gov.uk/our-support/council-assurance-and-peer-challenge/peer-challenges-we-"
                "offer/corporate-peer-91). Copied as a tab-separated text export: borough and tracker title "
                "lines, one header row, priority repeated on every row, refs, milestone, lead officer post, "
                "mmm-yy due month, RAG letter, commentary, and a RAG key line."),
        reads=("A tab-separated corporate plan tracker of nine milestones under four priorities, each with a lead "
               "officer, a due month in mmm-yy form and a RAG letter. The due cell of SH02 reads ‘N0v-25’ with a "
               "zero for the letter O – a mistyped month that a careful reader would query before recording the "
               "milestone's due date."),
        title="Corporate Plan Delivery Tracker 2025/26 – Quarter 2 (July to September 2025)",
        outcome="refuse",
        refuse_at=refuse_line,
    )


if __name__ == "__main__":
    surrey()
    leicestershire()
    norfolk()
    afc()
    alb()
    npt()
    sutton()
    print("built 7 zrw- files in", HERE)
