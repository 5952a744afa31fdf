#!/usr/bin/env python3
"""Build the seven zec- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zec_make.py from any directory; files are
written beside this script.  Only files whose names start with "zec-" are written.
"""
import csv
import json
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "BFBFBF"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, dd):
    return datetime(y, m, dd)


# --------------------------------------------------------------------------
# expected-reading writer
# --------------------------------------------------------------------------

def q(s):
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
    return "\n".join("  " + ln for ln in lines)


def write_expected(name, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    out = ["source: >-", folded(source), "reads: >-", folded(reads),
           f"outcome: {outcome}",
           f"accept_refusal: {'true' if accept_refusal else 'false'}"]
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
      note="", end_text=None, extra=None):
    return dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
                end_cell=end_cell, end=end, end_text=end_text,
                status_cell=status_cell, status=status, note=note, extra=extra or {})


# ==========================================================================
# 1. Family Adoption Links RAA - service development plan (xlsx, read)
# ==========================================================================

def make_fal():
    name = "zec-family-adoption-links-raa-service-development-plan-2025-26.xlsx"
    title = "Family Adoption Links Regional Adoption Agency – Service Development Plan 2025-26"
    P1 = "Priority 1 – Adopter recruitment and assessment"
    P2 = "Priority 2 – Early permanence and family finding"
    P3 = "Priority 3 – Adoption support"
    P4 = "Priority 4 – Governance, workforce and data"
    O11 = "Objective 1.1 – Recruit adopters who can meet the needs of the children waiting"
    O21 = "Objective 2.1 – Increase the use of early permanence (Fostering for Adoption and concurrent planning)"
    O22 = "Objective 2.2 – Reduce the time children wait to be matched"
    O31 = "Objective 3.1 – Strengthen the adoption support offer, including support in education"
    O41 = "Objective 4.1 – Keep the RAA well governed and ready for national adoption reforms"
    groups = [
        (P1, [(O11, [
            A("1.1.1", [P1, O11],
              "Refresh the FAL recruitment and marketing strategy with a targeted campaign for adopters for sibling groups, children aged 4+ and children of Black, Asian and mixed heritage.",
              "Recruitment & Assessment Team Manager", ["Recruitment & Assessment Team Manager"],
              d(2025, 9, 30), "2025-09", ("Green", "Blue"), "blue",
              "Strategy signed off by the Partnership Board on 18/09/2025. Autumn campaign launched 1 October with Adoption England assets.",
              extra={"partner": "Marketing leads – all five LAs", "start": d(2025, 4, 1)}),
            A("1.1.2", [P1, O11],
              "Approve at least 80% of adopters within six months of Stage 1 registration.",
              "Recruitment & Assessment Team Manager", ["Recruitment & Assessment Team Manager"],
              d(2026, 3, 31), "2026-03", ("Amber", "Amber"), "amber",
              "68% in Q2 (Q1: 61%). Delays mainly in adult health medicals – escalated to ICB designated doctors in Lincolnshire and LLR.",
              extra={"partner": "ICB medical advisers", "start": d(2025, 4, 1)}),
        ])]),
        (P2, [(O21, [
            A("2.1.1", [P2, O21],
              "Deliver joint early permanence training for child care social workers, team managers and IROs in each partner LA.",
              "Early Permanence Lead / Principal Social Workers (LAs)",
              ["Early Permanence Lead", "Principal Social Workers (LAs)"],
              d(2025, 12, 31), "2025-12", ("Green", "Green"), "green",
              "Sessions held in Leicester, Leicestershire and Rutland (86 staff). Lincolnshire and North Lincolnshire booked for November.",
              extra={"partner": "LA workforce development teams", "start": d(2025, 5, 1), "fmt": "mmm-yy"}),
            A("2.1.2", [P2, O21],
              "Introduce an early permanence tracker so that every child with a plan for adoption is considered for EP at the initial permanence planning meeting.",
              "Family Finding Team Manager", ["Family Finding Team Manager"],
              "Q3 2025/26", "2025-12", ("Amber", "Red"), "red",
              "Build delayed: case management system fields differ between partners. Revised approach agreed with BI leads on 2 October.",
              end_text="Q3 2025/26",
              extra={"partner": "LA business intelligence teams", "start": d(2025, 6, 1)}),
        ]), (O22, [
            A("2.2.1", [P2, O22],
              "Hold monthly family finding tracking meetings with each LA for children waiting six months or more since their placement order.",
              "Family Finding Team Manager", ["Family Finding Team Manager"],
              "Ongoing", None, ("Green", "Green"), "green",
              "Meetings embedded. 14 children waiting 6+ months at end of Q2 (down from 19).",
              end_text="Ongoing",
              extra={"partner": "LA permanence managers", "start": d(2025, 4, 1)}),
        ])]),
        (P3, [(O31, [
            A("3.1.1", [P3, O31],
              "Co-produce a revised Adoption Support Local Offer with adopters and adopted young people.",
              "Adoption Support Team Manager", ["Adoption Support Team Manager"],
              d(2026, 1, 31), "2026-01", ("Green", "Green"), "green",
              "Two co-production workshops held with the Adopter Voice group; draft offer due to the Board in December.",
              extra={"partner": "Adopter Voice group", "start": d(2025, 7, 1)}),
            A("3.1.2", [P3, O31],
              "Agree a protocol with the five Virtual School Heads for advice on Pupil Premium Plus and previously looked-after children.",
              "Adoption Support Team Manager; Virtual School Heads",
              ["Adoption Support Team Manager", "Virtual School Heads"],
              d(2026, 2, 28), "2026-02", ("", "Not started"), "unrated",
              "Scheduled to start after the VSH network meeting in November 2025.",
              extra={"partner": "Virtual Schools", "start": d(2025, 11, 1)}),
            A("3.1.3", [P3, O31],
              "Reduce the waiting time for Adoption and Special Guardianship Support Fund (ASGSF) assessments to under eight weeks.",
              "Adoption Support Team Manager", ["Adoption Support Team Manager"],
              d(2025, 12, 31), "2025-12", ("Red", "Amber"), "amber",
              "Average wait now 10 weeks (Q1: 15). Two agency assessors in post until March.",
              extra={"partner": "", "start": d(2025, 4, 1)}),
        ])]),
        (P4, [(O41, [
            A("4.1.1", [P4, O41],
              "Complete the annual review of the Inter Authority Agreement and hosting arrangements and report the findings to the Partnership Board.",
              "Head of Family Adoption Links", ["Head of Family Adoption Links"],
              d(2026, 3, 31), "2026-03", ("Green", "Green"), "green",
              "Legal leads from each partner nominated; review workshop set for 15 January 2026.",
              extra={"partner": "Legal services – all LAs", "start": d(2025, 9, 1)}),
        ])]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [("Version", "v1.3 – Q2 update"), ("Date", "14/10/2025"),
            ("Owner", "Head of Family Adoption Links"),
            ("Approved by", "FAL Partnership Board"),
            ("Partner authorities", "Leicester City Council, Leicestershire County Council, Lincolnshire County Council, North Lincolnshire Council, Rutland County Council"),
            ("Review", "Quarterly – next review January 2026")]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v).alignment = WRAP
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, v, c) in enumerate([("Blue", "Complete", BLUE), ("Green", "On track", GREEN),
                                   ("Amber", "Some slippage – expected to recover", AMBER),
                                   ("Red", "Off track – needs Partnership Board attention", RED)], start=12):
        cov.cell(i, 1, k).fill = fill(c)
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("SDP 2025-26")
    ws["A1"] = "Service Development Plan 2025-26 – Q2 progress update (July to September 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Action", "Lead", "Partner input", "Start", "Target date",
             "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 4
    acts = []
    for ptitle, objs in groups:
        ws.cell(r, 1, ptitle).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for otitle, items in objs:
            ws.cell(r, 1, otitle).font = Font(italic=True, bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for a in items:
                acts.append(a)
                vals = [a["ref"], a["action"], a["lead_cell"], a["extra"]["partner"],
                        a["extra"]["start"], a["end_cell"], a["status_cell"][0],
                        a["status_cell"][1], a["note"]]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
                if isinstance(a["end_cell"], datetime):
                    ws.cell(r, 6).number_format = a["extra"].get("fmt", "dd/mm/yyyy")
                for c in (7, 8):
                    v = ws.cell(r, c).value
                    if v in rag_fill:
                        ws.cell(r, c).fill = fill(rag_fill[v])
                r += 1
    for col, w in zip("ABCDEFGHI", [8, 60, 30, 26, 12, 13, 9, 11, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    kp = wb.create_sheet("Scorecard")
    kp["A1"] = "FAL scorecard – Q2 2025-26"
    kp["A1"].font = Font(bold=True)
    for i, row in enumerate([("Measure", "Q1", "Q2", "Target"),
                             ("Adopter households approved", 9, 11, 40),
                             ("Children matched", 17, 21, 70),
                             ("Children placed in early permanence", 3, 5, 18),
                             ("Average days placement order to match (A10)", 241, 228, 200),
                             ("Adoption support referrals open", 212, 198, "n/a")], start=3):
        for c, v in enumerate(row, start=1):
            kp.cell(i, c, v).border = BOX
    kp.column_dimensions["A"].width = 48
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        "Imitates the quarterly service development plan updates that English regional adoption "
        "agencies (Family Adoption Links serves Leicester, Leicestershire, Lincolnshire, North "
        "Lincolnshire and Rutland) take to their partnership boards, 2025-26. Copies a cover sheet "
        "with document control and a RAG key, a plan sheet with merged priority rows and objective "
        "rows above numbered actions, a 'partner input' column beside the lead, start and target "
        "dates (one quarter, one 'Ongoing'), previous (Q1) and current (Q2) RAG columns with text "
        "and fill, and a separate KPI scorecard sheet. Partnership background: "
        "https://www.northlincs.gov.uk/news/regional-adoption-agency-family-adoption-links-takes-part-in-national-adoption-week-for-the-first-time/",
        "Nine actions under four priorities, each split into objectives. The status is the Q2 RAG "
        "(Blue = complete per the cover key); the KPI scorecard and cover sheet hold no actions.",
        "read", title, acts)


# ==========================================================================
# 2. Cambridgeshire County Council fostering service improvement plan (xlsx, read)
# ==========================================================================

def make_cambs():
    name = "zec-cambridgeshire-county-council-fostering-service-improvement-plan-2025-26.xlsx"
    title = "Cambridgeshire County Council – Fostering Service Improvement Plan 2025-26"
    A1 = "1. Sufficiency: not enough in-house foster carers are approved to meet demand, especially for teenagers, sibling groups and parent and child arrangements."
    A2 = "2. Support and retention: foster carers told us that out-of-hours support and access to therapeutic advice are inconsistent."
    A3 = "3. Kinship: connected persons assessments are not always completed within 16 weeks and some regulation 24 arrangements go beyond 24 weeks."
    A4 = "4. Quality assurance: foster carer annual reviews are not consistently completed on time."
    areas = [
        (A1, [
            A("1.1", [A1], "Launch a targeted teenager and sibling recruitment campaign through the regional fostering recruitment hub, with monthly information events in Huntingdon, March and Cambridge.",
              "Fostering Recruitment Manager", ["Fostering Recruitment Manager"],
              (d(2025, 6, 30), "Sept 2025"), "2025-09", BLUE, "blue",
              "Campaign live since July. 41 enquiries in Q2 (Q1: 19); 6 households now in assessment."),
            A("1.2", [A1], "Introduce a fast-track assessment pathway for approved foster carers transferring from independent fostering agencies.",
              "Assessment Team Manager", ["Assessment Team Manager"],
              (d(2025, 10, 31), None), "2025-10", GREEN, "green",
              "Pathway agreed at Fostering Panel; first two transfers under way."),
            A("1.3", [A1], "Review the fees and allowances scheme, benchmarked against Eastern region authorities, and present options to members.",
              "Head of Fostering and Adoption / Finance Business Partner",
              ["Head of Fostering and Adoption", "Finance Business Partner"],
              (d(2025, 7, 31), d(2025, 12, 31)), "2025-12", AMBER, "amber",
              "Benchmarking complete. Options paper deferred to the December Children and Young People Committee because of budget setting."),
        ]),
        (A2, [
            A("2.1", [A2], "Establish an out-of-hours fostering support line staffed by supervising social workers on a rota, and evaluate its use.",
              "Supervising Social Work Team Manager", ["Supervising Social Work Team Manager"],
              (d(2026, 1, 31), None), "2026-01", GREEN, "green",
              "Rota live from 1 September 2025; 37 calls in September. Evaluation with the Foster Carers' Association planned for January."),
            A("2.2", [A2], "Roll out the Mockingbird constellation model to a second hub in Fenland.",
              "Fostering Development Manager", ["Fostering Development Manager"],
              (d(2026, 3, 31), None), "2026-03", RED, "red",
              "Hub home carer not yet identified; role re-advertised in October."),
            A("2.3", [A2], "Commission a fortnightly clinical psychology consultation clinic for foster carers.",
              "Head of Fostering and Adoption", ["Head of Fostering and Adoption"],
              (d(2025, 12, 31), None), "2025-12", AMBER, "amber",
              "Specification agreed with CPFT; start date depends on recruitment to the psychologist post."),
        ]),
        (A3, [
            A("3.1", [A3], "Create a dedicated kinship assessment team separate from mainstream fostering assessments.",
              "Kinship Team Manager", ["Kinship Team Manager"],
              (d(2025, 9, 30), None), "2025-09", BLUE, "blue",
              "Team established 1 August 2025 (team manager and four social workers)."),
            A("3.2", [A3], "Track all regulation 24 arrangements weekly, with escalation to the Head of Fostering and Adoption at week 12.",
              "Kinship Team Manager / Fostering Panel Adviser",
              ["Kinship Team Manager", "Fostering Panel Adviser"],
              ("Ongoing (weekly)", None), None, GREEN, "green",
              "Tracker in use. No arrangements over 24 weeks at 31 October 2025.",
              end_text="Ongoing (weekly)"),
        ]),
        (A4, [
            A("4.1", [A4], "Introduce a monthly dashboard of annual review timeliness for the fostering management team.",
              "Fostering Service Manager", ["Fostering Service Manager"],
              (d(2025, 8, 31), d(2025, 11, 30)), "2025-11", AMBER, "amber",
              "Dashboard built; data quality checks on review dates still under way."),
            A("4.2", [A4], "Recruit two Foster Carer Review Officers so that annual reviews are chaired independently of the supervising team.",
              "Head of Fostering and Adoption", ["Head of Fostering and Adoption"],
              (d(2026, 3, 31), None), "2026-03", None, "unrated",
              "Posts approved in the 2026-27 budget proposals; recruitment to start January 2026."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Children, Education and Families – update for the Corporate Parenting Sub-Committee, November 2025"
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for c, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Some slippage", AMBER), ("Off track", RED)], start=2):
        cell = ws.cell(4, c, txt)
        cell.fill = fill(col)
        cell.font = Font(bold=True, color="FFFFFF" if col in (BLUE, RED) else "000000")
    heads = ["No.", "Area for improvement", "Action", "Lead officer", "Original target date",
             "Revised target date", "RAG", "Progress update (November 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP
    r = 7
    acts = []
    for area, items in areas:
        first = r
        for a in items:
            acts.append(a)
            orig, rev = a["end_cell"]
            vals = [a["ref"], area if r == first else None, a["action"], a["lead_cell"],
                    orig, rev, None, a["note"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            for c in (5, 6):
                if isinstance(ws.cell(r, c).value, datetime):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
            if a["status_cell"]:
                ws.cell(r, 7).fill = fill(a["status_cell"])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r + 1, 1, "Note: RAG ratings reflect the position at 14 November 2025. Completed actions will be removed when the plan is refreshed in April 2026.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 40, 55, 32, 13, 13, 8, 55]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – November 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, n, col) in enumerate([("Complete", 2, BLUE), ("On track", 3, GREEN),
                                     ("Some slippage", 3, AMBER), ("Off track", 1, RED),
                                     ("Not yet rated", 1, None), ("Total", 10, None)], start=3):
        sm.cell(i, 1, k)
        if col:
            sm.cell(i, 1).fill = fill(col)
        sm.cell(i, 2, n)
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        "Imitates an English county council's in-house fostering service improvement plan as "
        "reported to a corporate parenting committee (Cambridgeshire County Council, 2025-26), "
        "the kind of plan that follows a Regulation 35 annual fostering report. Copies a title "
        "block, a RAG key drawn as coloured cells, an 'Area for improvement' column merged down "
        "over its actions, original and revised target dates, a RAG column shown by fill colour "
        "only, a notes line under the table and a separate RAG summary sheet with totals.",
        "Ten numbered actions under four areas for improvement. A person reads the status from "
        "the fill colour using the key (blue = complete, one RAG cell left unfilled = not yet "
        "rated) and takes the revised target date where one is given.",
        "read", title, acts)


# ==========================================================================
# 3. North Yorkshire Council scrutiny recommendations tracker (xlsx, refuse)
# ==========================================================================

def make_nyc():
    name = "zec-north-yorkshire-council-scrutiny-recommendations-tracker-2025-26-typo-month-refuse.xlsx"
    title = "North Yorkshire Council – Overview and Scrutiny Recommendations Tracker 2025/26"
    rows = [
        ("SB25-01", "Corporate and Partnerships Overview and Scrutiny Committee", d(2025, 6, 16),
         "That the Executive develops a single customer contact standard covering telephone, email and web enquiries across all former district areas.",
         "Accepted", "Assistant Chief Executive – Local Engagement", d(2025, 12, 31), "On track",
         "Draft standard consulted on with Area Constituency Committee chairs in October."),
        ("SB25-02", "Care and Independence Overview and Scrutiny Committee", d(2025, 6, 26),
         "That the Council reviews the home care commissioning framework to improve capacity in rural areas, particularly Richmondshire, Ryedale and Craven.",
         "Accepted in part", "Assistant Director – Prevention and Service Development", "March 2026", "On track",
         "Market engagement events held in Leyburn and Malton; rural uplift being costed."),
        ("SB25-03", "Children and Young People's Overview and Scrutiny Committee", d(2025, 7, 4),
         "That an annual report on elective home education numbers and monitoring arrangements is brought to the committee.",
         "Accepted", "Head of Inclusion", "Sept 2025", "Complete",
         "First annual report considered on 19 September 2025."),
        ("SB25-04", "Transport, Economy, Environment and Housing Overview and Scrutiny Committee", d(2025, 7, 10),
         "That the Executive Member for Highways considers a trial of enhanced Community Speed Watch support in ten parishes.",
         "Accepted", "Corporate Director – Environment", "31/01/2026", "Not started",
         "Parish expressions of interest to be invited in December."),
        ("SB25-05", "Scrutiny of Health Committee", d(2025, 9, 12),
         "That the Council writes to Humber and North Yorkshire ICB seeking an update on access to NHS dentistry in Scarborough and Whitby.",
         "Accepted", "Director of Public Health", "Febuary 2026", "On track",
         "Letter sent 30 September; ICB response expected before the February meeting."),
        ("SB25-06", "Corporate and Partnerships Overview and Scrutiny Committee", d(2025, 9, 15),
         "That a members' working group reviews the allocation of Area Constituency Committee locality budgets.",
         "Accepted", "Head of Democratic Services", d(2026, 4, 30), "On track",
         "Working group membership agreed; first meeting 20 November."),
        ("SB25-07", "Children and Young People's Overview and Scrutiny Committee", d(2025, 10, 3),
         "That the Council sets out its plans for additional specialist SEND places in the east of the county.",
         "Accepted", "Assistant Director – Education and Skills", "June 2026", "Delayed",
         "Capital programme report moved to the March Executive."),
        ("SB25-08", "Scrutiny Board", d(2025, 10, 22),
         "That quarterly performance reports to Scrutiny Board include trend data for complaints upheld by the Local Government and Social Care Ombudsman.",
         "Accepted", "Head of Performance and Intelligence", "Ongoing", "On track",
         "Included from the Q2 report onwards."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position reported to Scrutiny Board on 10 December 2025"
    heads = ["Ref", "Committee", "Meeting date", "Recommendation", "Executive response",
             "Lead officer", "Target date", "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203764")
        cell.border = BOX
    st_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not started": GREY}
    typo_row = None
    for i, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(i, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(i, 8).fill = fill(st_fill[row[7]])
        if row[6] == "Febuary 2026":
            typo_row = i
    ws.cell(14, 1, "Status key: Complete (blue); On track (green); Delayed (amber); Not started (grey). Recommendations shown as Complete are removed after being reported to Scrutiny Board once.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [9, 34, 12, 60, 14, 34, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    assert typo_row == 9, typo_row

    write_expected(
        name,
        "Imitates a unitary council's overview and scrutiny recommendations tracker reported to its "
        "Scrutiny Board (North Yorkshire Council, 2025/26, with its thematic overview and scrutiny "
        "committees). Copies the one-line title, a position line, columns for committee, meeting "
        "date, recommendation, executive response, lead officer, target date, status (text and fill) "
        "and update, and a status key note under the table. Scrutiny Board and committee structure: "
        "https://edemocracy.northyorks.gov.uk/",
        "Eight scrutiny recommendations with the agreed lead officer, target date and status. The "
        "target date of SB25-05 on sheet row 9 reads 'Febuary 2026', a mistyped month, so a careful "
        "reader stops and asks before taking the plan in.",
        "refuse", title, refuse_at=typo_row)


# ==========================================================================
# docx helpers
# ==========================================================================

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True


def set_cell(cell, text):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ==========================================================================
# 4. City & Hackney SCP - LCSPR Child T action plan (docx, read)
# ==========================================================================

def make_chscp():
    name = "zec-city-and-hackney-safeguarding-children-partnership-lcspr-child-t-action-plan.docx"
    title = "CHSCP Local Child Safeguarding Practice Review – Child T: Multi-agency Action Plan"
    T1 = "Theme 1: Seeing and hearing the child"
    T2 = "Theme 2: Working together across agencies"
    T3 = "Theme 3: Learning and assurance"
    R1 = "Recommendation 1: Safeguarding partners should be assured that practitioners record the child’s lived experience, including direct work with the child alone, at each stage of assessment and planning."
    R2 = "Recommendation 2: Health partners should ensure that missed health appointments for children on child protection plans are shared with the allocated social worker within five working days."
    R3 = "Recommendation 3: The CHSCP should seek assurance that strategy discussions include all agencies holding relevant information, including schools and health visitors, and that decisions are recorded and shared."
    R4 = "Recommendation 4: Schools and education settings should be supported to recognise and respond to emotional harm and neglect where a child’s attendance is persistently low."
    R5 = "Recommendation 5: The CHSCP should evaluate the impact of this action plan 12 months after the review is published."
    RAGC = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    structure = [
        (T1, [
            (R1, [
                A("1.1", [T1, R1], "Revise the Children and Families Service assessment template so that the child’s own words are recorded in a mandatory section.",
                  "Principal Social Worker (Hackney CFS)", ["Principal Social Worker (Hackney CFS)"],
                  "30/09/2025", "2025-09", "B", "blue",
                  "New template live from 1 September 2025; practice guidance issued."),
                A("1.2", [T1, R1], "Multi-agency audit of 20 cases to test whether the voice of the child is evident across agency records, with findings reported to the Quality Assurance Sub-group.",
                  "CHSCP Quality Assurance Lead", ["CHSCP Quality Assurance Lead"],
                  "January 2026", "2026-01", "G", "green",
                  "Audit tool agreed and sample drawn; auditors from five agencies confirmed."),
            ]),
            (R2, [
                A("2.1", [T1, R2], "Introduce a ‘was not brought’ alert from Homerton Healthcare paediatric clinics to the allocated social worker.",
                  "Named Nurse Safeguarding Children (Homerton Healthcare)",
                  ["Named Nurse Safeguarding Children (Homerton Healthcare)"],
                  "31/12/2025", "2025-12", "A", "amber",
                  "System change request raised; testing delayed to December by the electronic patient record upgrade."),
                A("2.2", [T1, R2], "Update the primary care safeguarding guidance on ‘was not brought’ for GP practices in City and Hackney.",
                  "Designated Nurse Safeguarding Children (NEL ICB)",
                  ["Designated Nurse Safeguarding Children (NEL ICB)"],
                  "November 2025", "2025-11", "G", "green",
                  "Draft circulated to practice safeguarding leads for comment."),
            ]),
        ]),
        (T2, [
            (R3, [
                A("3.1", [T2, R3], "Amend the MASH strategy discussion template so that invitees, attendees and agencies unable to attend are recorded.",
                  "MASH Service Manager / DI Public Protection (Met Police)",
                  ["MASH Service Manager", "DI Public Protection (Met Police)"],
                  "October 2025", "2025-10", "B", "blue",
                  "Template amended and in use since 6 October 2025."),
                A("3.2", [T2, R3], "Quarterly dip-sample of strategy discussions by police, health and children’s social care managers, reported to the CHSCP Executive.",
                  "CHSCP Business Manager", ["CHSCP Business Manager"],
                  "Ongoing – quarterly", None, "G", "green",
                  "First dip-sample of 15 strategy discussions completed in September 2025.",
                  end_text="Ongoing – quarterly"),
            ]),
            (R4, [
                A("4.1", [T2, R4], "Deliver briefings on the learning from Child T to Designated Safeguarding Leads at the termly DSL forums in Hackney and the City.",
                  "Hackney Education Safeguarding Lead; City of London Education Safeguarding Lead",
                  ["Hackney Education Safeguarding Lead", "City of London Education Safeguarding Lead"],
                  "Autumn term 2025", "2025-12", "B", "blue",
                  "Delivered at both October forums (74 DSLs attended).",
                  end_text="Autumn term 2025"),
                A("4.2", [T2, R4], "Add a neglect and emotional harm prompt to the attendance escalation pathway used by schools.",
                  "Head of Attendance (Hackney Education)", ["Head of Attendance (Hackney Education)"],
                  "31/03/2026", "2026-03", "G", "green",
                  "Revised pathway drafted with the Attendance and Inclusion Forum."),
            ]),
        ]),
        (T3, [
            (R5, [
                A("5.1", [T3, R5], "Hold a multi-agency learning event on Child T for frontline practitioners and managers.",
                  "CHSCP Learning & Development Coordinator", ["CHSCP Learning & Development Coordinator"],
                  "July 2025", "2025-07", "B", "blue",
                  "Held on 8 July 2025; 112 attendees. Seven-minute briefing published."),
                A("5.2", [T3, R5], "Present an impact report to the CHSCP Executive drawing on audit findings and a practitioner survey.",
                  "Independent Child Safeguarding Commissioner / CHSCP Business Manager",
                  ["Independent Child Safeguarding Commissioner", "CHSCP Business Manager"],
                  "June 2026", "2026-06", "", "unrated",
                  "Not yet due."),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("City & Hackney Safeguarding Children Partnership")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "4 December 2025"), ("Owner", "CHSCP Business Manager"),
                 ("Review published", "12 June 2025"),
                 ("Monitored by", "CHSCP Learning and Improvement Sub-group")]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the multi-agency response to the five recommendations of the local child safeguarding practice review into the circumstances of Child T. Actions are grouped by the themes of the review. Progress is reported to every meeting of the CHSCP Learning and Improvement Sub-group.")
    doc.add_paragraph("RAG key: B = complete and evidenced; G = on track; A = some delay; R = off track. A blank RAG means the action is not yet due.")
    acts = []
    for theme, recs in structure:
        doc.add_heading(theme, level=1)
        for rec, items in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in enumerate(["No.", "Action", "Lead", "By when", "Progress (November 2025)", "RAG"]):
                tb.rows[0].cells[c].text = h
                shade(tb.rows[0].cells[c], "D9E2F3")
            bold_row(tb.rows[0])
            for a in items:
                acts.append(a)
                cells = tb.add_row().cells
                for c, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                                       a["note"], a["status_cell"]]):
                    set_cell(cells[c], v)
                if a["status_cell"]:
                    shade(cells[5], RAGC[a["status_cell"]])
                    cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    so.rows[0].cells[0].text = "Agreed by"
    so.rows[0].cells[1].text = "CHSCP Executive"
    so.rows[1].cells[0].text = "Date"
    so.rows[1].cells[1].text = "4 December 2025"
    doc.add_paragraph("Abbreviations: CFS – Children and Families Service; DSL – Designated Safeguarding Lead; MASH – Multi-Agency Safeguarding Hub; NEL ICB – North East London Integrated Care Board.")
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        "Imitates the multi-agency action plans London safeguarding children partnerships publish "
        "after a local child safeguarding practice review (City & Hackney Safeguarding Children "
        "Partnership, 2025; the child's name is invented). Copies a title and document-control "
        "table, an intro and RAG key paragraph, theme headings, each recommendation as a bold "
        "paragraph above its own action table, agency-qualified job titles as leads, lettered "
        "RAG cells with shading, one blank RAG for an action not yet due, a sign-off table and an "
        "abbreviations line. Partnership: https://www.chscp.org.uk/the-partnership/",
        "Ten actions answering five recommendations grouped under three themes; each action is "
        "read under its theme and the recommendation above its table. The document-control and "
        "sign-off tables are not part of the plan.",
        "read", title, acts)


# ==========================================================================
# 5. Hastings Borough Council - corporate plan annual delivery plan (docx, read)
# ==========================================================================

def make_hastings():
    name = "zec-hastings-borough-council-corporate-plan-annual-delivery-plan-2025-26-q2.docx"
    title = "Corporate Plan 2025-2030: Annual Delivery Plan 2025/26"
    P1 = "Priority 1: A financially stable council that delivers high quality, responsive services in cooperation with local people"
    P2 = "Priority 2: Tackling homelessness and ensuring good-quality housing"
    P3 = "Priority 3: Tackling poverty and inequality"
    P4 = "Priority 4: Taking action to tackle the climate and nature crisis"
    P5 = "Priority 5: Encouraging and supporting pride of place in our town"
    ST = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    pri = [
        (P1, [
            A("1.1", [P1], "Deliver a balanced budget for 2026/27 and a refreshed Medium Term Financial Strategy.",
              "Chief Finance Officer", ["Chief Finance Officer"], "February 2026", "2026-02",
              "On track", "green", "Budget gap reduced to £1.2m; savings proposals go to Cabinet in January."),
            A("1.2", [P1], "Explore shared service options with neighbouring councils, starting with revenues and benefits, and bring a business case to Cabinet.",
              "Deputy Chief Executive / Chief Finance Officer",
              ["Deputy Chief Executive", "Chief Finance Officer"], "Q3 2025/26", "2025-12",
              "At risk", "amber", "Options appraisal complete; business case may slip to Q4 while local government reorganisation proposals are settled.",
              end_text="Q3 2025/26"),
            A("1.3", [P1], "Set up a residents’ panel so that local people can help shape services and budget choices.\nThe first panel meeting will look at the street cleansing service.",
              "Policy and Partnerships Manager", ["Policy and Partnerships Manager"], "31/10/2025", "2025-10",
              "Complete", "blue", "Panel of 48 residents recruited; first meeting held 14 October 2025."),
        ]),
        (P2, [
            A("2.1", [P2], "Buy additional homes for use as temporary accommodation from the £10m housing acquisitions budget.",
              "Head of Housing and Built Environment", ["Head of Housing and Built Environment"],
              "March 2026", "2026-03", "On track", "green", "19 homes completed or under offer by 30 September."),
            A("2.2", [P2], "Adopt a new Housing Strategy following public consultation.",
              "Housing Strategy Manager", ["Housing Strategy Manager"], "Sept 2025 – March 2026", "2026-03",
              "On track", "green", "Consultation closed 29 September with 612 responses.",
              end_text="Sept 2025 – March 2026"),
            A("2.3", [P2], "Start construction of council-built homes at Bexhill Road.",
              "Director of Place", ["Director of Place"], "June 2026", "2026-06",
              "At risk", "amber", "Contractor tender returns over budget; value engineering under way."),
        ]),
        (P3, [
            A("3.1", [P3], "Keep the Council Tax Reduction Scheme for 2026/27 at the current level of support.",
              "Revenues and Benefits Manager", ["Revenues and Benefits Manager"], "January 2026", "2026-01",
              "On track", "green", "Scheme recommended for approval at the January Full Council."),
            A("3.2", [P3], "Work with the voluntary sector to run warm spaces and a cost of living advice hub over the winter.",
              "Community Partnerships Manager", ["Community Partnerships Manager"], "Nov 2025 – Feb 2026", "2026-02",
              "On track", "green", "Funding agreed for 11 warm spaces with Hastings Voluntary Action.",
              end_text="Nov 2025 – Feb 2026"),
        ]),
        (P4, [
            A("4.1", [P4], "Install solar PV panels on two further council buildings.",
              "Climate Change Manager", ["Climate Change Manager"], "31/03/2026", "2026-03",
              "Off track", "red", "Grid connection offer not expected until summer 2026."),
        ]),
        (P5, [
            A("5.1", [P5], "Deliver a summer deep-clean of the seafront and town centre.",
              "Environmental Services Manager", ["Environmental Services Manager"], "August 2025", "2025-08",
              "Complete", "blue", "Completed; 3.4 tonnes of litter and 260 graffiti tags removed."),
            A("5.2", [P5], "Work with Safer Hastings Partnership to reduce anti-social behaviour in the town centre.",
              "Community Safety Manager / Sussex Police District Commander",
              ["Community Safety Manager", "Sussex Police District Commander"], "Ongoing", None,
              "On track", "green", "Public Space Protection Order renewed; joint patrols continue.",
              end_text="Ongoing"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Hastings Borough Council – Quarter 2 progress report (1 April to 30 September 2025)")
    cov = doc.add_table(rows=3, cols=2)
    cov.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Overview and Scrutiny Committee"),
                                ("Date", "20 November 2025"),
                                ("Author", "Policy and Partnerships Manager")]):
        cov.rows[i].cells[0].text = k
        cov.rows[i].cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("The Corporate Plan 2025-2030 was agreed by Full Council in February 2025. This delivery plan sets out the actions for 2025/26 under each of the five priorities and reports progress at the end of quarter 2.")
    doc.add_paragraph("Status key: Complete (blue) – action delivered; On track (green); At risk (amber) – may not be delivered by the due date; Off track (red) – will not be delivered by the due date without intervention.")
    acts = []
    for ptitle, items in pri:
        doc.add_heading(ptitle, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Due", "Status", "Q2 commentary"]):
            tb.rows[0].cells[c].text = h
            shade(tb.rows[0].cells[c], "1F4E79")
            for run in tb.rows[0].cells[c].paragraphs[0].runs:
                run.font.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in items:
            acts.append(a)
            cells = tb.add_row().cells
            for c, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                                   a["status_cell"], a["note"]]):
                set_cell(cells[c], v)
            shade(cells[4], ST[a["status_cell"]])
        doc.add_paragraph("")
    doc.add_heading("Summary", level=1)
    sm = doc.add_table(rows=1, cols=2)
    sm.style = "Table Grid"
    sm.rows[0].cells[0].text = "Status"
    sm.rows[0].cells[1].text = "Number of actions"
    for k, n in [("Complete", "2"), ("On track", "6"), ("At risk", "2"), ("Off track", "1"), ("Total", "11")]:
        row = sm.add_row().cells
        row[0].text = k
        row[1].text = n
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        "Imitates the quarterly progress reports on a district council's corporate plan annual "
        "delivery plan taken to overview and scrutiny (Hastings Borough Council, Corporate Plan "
        "2025-2030 with its five priorities, Q2 2025/26). Copies a title and subtitle line, a "
        "small cover table, an introduction and a status key that defines At risk as amber, one "
        "heading per priority with its own table, a two-paragraph action cell, shaded status cells "
        "with words, period and quarter due dates, and a closing summary table of totals. Priorities as "
        "published: https://www.sussexexpress.co.uk/news/politics/council/hastings-borough-council-corporate-plan-2025-2030-is-now-live-5071624",
        "Eleven numbered actions in five priority sections, each read under its priority heading. "
        "The cover and summary tables are not actions; status words map through the key.",
        "read", title, acts)


# ==========================================================================
# 6. East Sussex CC scrutiny review recommendations tracker (csv, read)
# ==========================================================================

def make_escc():
    name = "zec-east-sussex-county-council-school-attendance-scrutiny-review-recommendations-tracker.csv"
    title = "East Sussex County Council – People Scrutiny Committee: Scrutiny Review of School Attendance – recommendations tracker"
    R1 = "Recommendation 1: That the Children's Services Department refreshes the East Sussex attendance strategy so that it focuses on early identification of emotionally based school avoidance (EBSA)."
    R2 = "Recommendation 2: That the Department works with health partners to improve access to mental health support for pupils whose absence is linked to anxiety."
    R3 = "Recommendation 3: That the Council makes the case to the Department for Education for additional funding for attendance support in rural and coastal schools."
    R4 = "Recommendation 4: That the Department improves the information it gives parents about attendance, penalty notices and the support available."
    R5 = "Recommendation 5: That the People Scrutiny Committee receives a further report on progress in 12 months' time."
    HEAD = "Head of Education Support, Behaviour and Attendance"
    recs = [
        (R1, "Agreed", [
            A("1.1", [R1], "Refresh the Attendance Strategy with schools and the Parent Carer Forum and publish an EBSA toolkit for schools.",
              HEAD, [HEAD], "July 2025", "2025-07", "Complete", "blue",
              "Strategy and toolkit published July 2025; toolkit downloaded by 142 schools."),
            A("1.2", [R1], "Train school attendance leads to use the EBSA toolkit through the termly attendance networks.",
              "Attendance Improvement Manager", ["Attendance Improvement Manager"], "Summer term 2026", "2026-07",
              "Green", "green", "Training delivered to leads from 96 schools so far.",
              end_text="Summer term 2026"),
            A("1.3", [R1], "Send each school a termly attendance data pack that flags pupils at risk of persistent absence.",
              "Education Data and Performance Manager", ["Education Data and Performance Manager"], "Termly", None,
              "Green", "green", "Autumn term packs issued in October.",
              end_text="Termly"),
        ]),
        (R2, "Agreed in part", [
            A("2.1", [R2], "Extend Mental Health Support Teams to a further 20 schools, prioritising those with the highest persistent absence.",
              "Head of Early Help / ICB Children's Commissioning Lead",
              ["Head of Early Help", "ICB Children's Commissioning Lead"], "March 2026", "2026-03",
              "Amber", "amber", "Funding confirmed for 12 schools; ICB seeking national funding for the remaining 8."),
            A("2.2", [R2], "Agree a shared referral pathway between schools, the mental health support teams and CAMHS for anxiety-related absence.",
              "Educational Psychology Service Manager", ["Educational Psychology Service Manager"], "31/12/2025", "2025-12",
              "Amber", "amber", "Draft pathway with CAMHS for comment; sign-off expected January."),
        ]),
        (R3, "Agreed", [
            A("3.1", [R3], "Lead Member to write to the Minister for School Standards setting out the rural and coastal attendance challenge in East Sussex.",
              "Director of Children's Services", ["Director of Children's Services"], "September 2025", "2025-09",
              "Complete", "blue", "Letter sent 9 September 2025; reply received 21 October."),
        ]),
        (R4, "Agreed", [
            A("4.1", [R4], "Redesign the attendance pages of the council website with parents and young people.",
              "Communications Manager (Children's Services)", ["Communications Manager (Children's Services)"],
              "Autumn term 2025", "2025-12", "Green", "green",
              "User testing with the Parent Carer Forum completed; new pages go live in December.",
              end_text="Autumn term 2025"),
            A("4.2", [R4], "Review the letters sent to parents at each stage of attendance escalation so that they lead with the offer of support.",
              "Attendance Improvement Manager", ["Attendance Improvement Manager"], "October 2025", "2025-10",
              "Red", "red", "Legal review of the penalty notice letters not yet complete."),
        ]),
        (R5, "Agreed", [
            A("5.1", [R5], "Report progress on the review recommendations to the People Scrutiny Committee.",
              HEAD, [HEAD], "Ongoing", None, "Green", "green",
              "This 12-month update; a final update will follow in November 2026.",
              end_text="Ongoing"),
        ]),
    ]
    lines = []
    W = 7
    lines.append([title] + [""] * (W - 1))
    lines.append(["12-month progress update – November 2025"] + [""] * (W - 1))
    lines.append([""] * W)
    lines.append(["Ref", "Recommendation / action", "Cabinet response", "Lead officer",
                  "Target date", "RAG", "Progress update"])
    acts = []
    for rec, resp, items in recs:
        lines.append(["", rec, resp, "", "", "", ""])
        for a in items:
            acts.append(a)
            lines.append([a["ref"], a["action"], "", a["lead_cell"], a["end_cell"],
                          a["status_cell"], a["note"]])
    lines.append([""] * W)
    lines.append(["Summary: 9 actions – Complete 2; Green 4; Amber 2; Red 1"] + [""] * (W - 1))
    lines.append(["RAG: Complete = action finished; Green = on track; Amber = some delay; Red = significant delay"] + [""] * (W - 1))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerows(lines)

    write_expected(
        name,
        "Imitates the 12-month progress updates on scrutiny review recommendations that an English "
        "county council's scrutiny committee receives (East Sussex County Council People Scrutiny "
        "Committee, review of school attendance, 2025), exported to CSV. Copies a title line and "
        "an update line padded with empty fields, a header row, each recommendation on its own row "
        "(with the Cabinet response) above its numbered action rows, job titles as leads "
        "including one containing a comma inside quotes, school-term and 'Termly' target dates, "
        "RAG words, and a summary and key line at the foot. The review appears on the committee's "
        "work programme: https://democracy.eastsussex.gov.uk/",
        "Nine actions answering five scrutiny recommendations; each action is read under the "
        "recommendation row above it. 'Complete' is read as blue; the summary and key lines are "
        "not actions.",
        "read", title, acts)


# ==========================================================================
# 7. Neath Port Talbot PSB well-being plan delivery tracker (txt, read)
# ==========================================================================

def make_npt():
    name = "zec-neath-port-talbot-psb-well-being-plan-delivery-tracker-2025-26.txt"
    title = "Neath Port Talbot Public Services Board – Well-being Plan 2023-2028"
    O1 = "Objective 1: All children get the best start in life"
    O2 = "Objective 2: More skilled, green and well-paid jobs and better local skills"
    O3 = "Objective 3: Thriving, safe and connected communities"
    O4 = "Objective 4: Protecting our culture, heritage and natural environment for future generations"
    S11 = "Step 1.1: Better align early intervention services across partners"
    S12 = "Step 1.2: Support the health and well-being of children and young people"
    S21 = "Step 2.1: Increase apprenticeships, traineeships and work placements across PSB partners"
    S31 = "Step 3.1: Tackle anti-social behaviour in community hotspots"
    S32 = "Step 3.2: Maximise household income during the cost-of-living crisis"
    S41 = "Step 4.1: Adapt to the risks of a changing climate"
    plan = [
        (O1, [
            (S11, [
                A("1.1a", [O1, S11], "Publish a joint Early Years Plan with Swansea Council and Swansea Bay University Health Board",
                  "NPTCBC; SBUHB", ["NPTCBC", "SBUHB"], "Jul-25", "2025-07", "Complete", "blue",
                  "Plan published July 2025"),
                A("1.1b", [O1, S11], "Map Flying Start, Families First and health visiting provision to find gaps in the Afan and Dulais valleys",
                  "NPTCBC Early Years & Childcare Manager", ["NPTCBC Early Years & Childcare Manager"],
                  "31/12/2025", "2025-12", "On track", "green", "Mapping 70% complete"),
            ]),
            (S12, [
                A("1.2a", [O1, S12], "Roll out the Daily Mile to every primary school in the county borough",
                  "Public Health Wales (NPT team)", ["Public Health Wales (NPT team)"],
                  "Mar-26", "2026-03", "On track", "green", "48 of 58 primary schools signed up"),
            ]),
        ]),
        (O2, [
            (S21, [
                A("2.1a", [O2, S21], "Agree a PSB apprenticeship pledge with a target of 60 new starts across partners in 2025/26",
                  "NPTCBC / SBUHB / MAWWFRS", ["NPTCBC", "SBUHB", "MAWWFRS"],
                  "31/03/2026", "2026-03", "Delayed", "amber",
                  "Pledge drafted; health board recruitment controls are limiting starts"),
                A("2.1b", [O2, S21], "Hold a green skills jobs fair with NPTC Group of Colleges\n(linked to the steelworks transition skills offer)",
                  "NPTCBC Employability Manager", ["NPTCBC Employability Manager"],
                  "Oct-25", "2025-10", "Complete", "blue", "Fair held 16 October at Margam; 1,150 visitors"),
            ]),
        ]),
        (O3, [
            (S31, [
                A("3.1a", [O3, S31], "Run multi-agency problem-solving groups for anti-social behaviour hotspots in Sandfields and Neath town centre",
                  "South Wales Police; NPTCBC Community Safety", ["South Wales Police", "NPTCBC Community Safety"],
                  "Ongoing", None, "On track", "green", "Monthly meetings in place", end_text="Ongoing"),
            ]),
            (S32, [
                A("3.2a", [O3, S32], "Repeat the Pension Credit take-up campaign with targeted letters and community advice sessions",
                  "NPTCBC Welfare Rights / NPT CVS", ["NPTCBC Welfare Rights", "NPT CVS"],
                  "Jan-26", "2026-01", "On track", "green", "Letters to 3,200 households issued in September"),
            ]),
        ]),
        (O4, [
            (S41, [
                A("4.1a", [O4, S41], "Complete a local climate risk assessment and adaptation strategy through the PSB climate adaptation group",
                  "NRW", ["NRW"], "31/03/2026", "2026-03", "At risk", "red",
                  "Consultant brief re-issued; data sharing agreement outstanding"),
                A("4.1b", [O4, S41], "Plant trees on PSB partners' land as part of the Nature Recovery Action Plan",
                  "NPTCBC Biodiversity Officer", ["NPTCBC Biodiversity Officer"],
                  "Feb-26", "2026-02", "Not started", "unrated", "Planting season starts November"),
            ]),
        ]),
    ]
    out = [title,
           "Delivery Tracker 2025/26 – mid-year position (September 2025)",
           "Status key: Complete = blue | On track = green | Delayed = amber | At risk = red | Not started = grey",
           "",
           "\t".join(["Well-being objective", "Step", "Ref", "Action", "Lead partner(s)",
                      "Milestone date", "Status", "Comment"])]
    acts = []
    for obj, steps in plan:
        first_obj = True
        for step, items in steps:
            first_step = True
            for a in items:
                acts.append(a)
                parts = a["action"].split("\n")
                out.append("\t".join([obj if first_obj else "", step if first_step else "",
                                      a["ref"], parts[0], a["lead_cell"], a["end_cell"],
                                      a["status_cell"], a["note"]]))
                for cont in parts[1:]:
                    out.append("\t".join(["", "", "", cont, "", "", "", ""]))
                first_obj = False
                first_step = False
    out.append("")
    out.append("Next update to the PSB: 4 March 2026")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")

    write_expected(
        name,
        "Imitates the delivery trackers Welsh public services boards keep for their local "
        "well-being plans under the Well-being of Future Generations (Wales) Act 2015 (Neath Port "
        "Talbot PSB, Well-being Plan 2023-2028, four well-being objectives, mid-year 2025/26), as a "
        "tab-separated export. Copies title, subtitle and status-key lines, objective and step "
        "columns filled only on the first row of each group, partner abbreviations as leads "
        "(several in one cell), short month dates (Jul-25), a wrapped action continuing on a "
        "second line with the other fields empty, and a closing note line. Plan and objectives: "
        "https://beta.npt.gov.uk/council-democracy-elections/newsroom/press-releases/article/?id=7219",
        "Nine actions under four well-being objectives and their steps; a person carries the "
        "objective and step down to the rows below them and joins the continuation line to action "
        "2.1b. Status words map through the key (Delayed = amber, At risk = red, Not started = "
        "unrated).",
        "read", title, acts)


if __name__ == "__main__":
    make_fal()
    make_cambs()
    make_nyc()
    make_chscp()
    make_hastings()
    make_escc()
    make_npt()
    print("done")
