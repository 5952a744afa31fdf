"""Build the seven go1- cases of set heldout231 (children's services plans).

Run with /work/main/.venv/bin/python go1_make.py from any directory. Writes each data file
and its NAME.expected.yaml beside it. The expected reading of every action (ref, under, lead,
end, status) is written out by hand below next to the cell text, so the text is shared but the
reading is not derived from the file.
"""
import csv
import datetime as dt
import io
import json
import os
import textwrap

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- expected yaml
def _q(s):
    if s is None:
        return "null"
    return json.dumps(s, ensure_ascii=False)


def _fold(s):
    return "\n".join("  " + ln for ln in textwrap.wrap(s, 96, break_on_hyphens=False, break_long_words=False))


def write_expected(fname, head, actions=None):
    out = []
    for key in ("source", "reads"):
        out.append(f"{key}: >-")
        out.append(_fold(head[key]))
    out.append(f"outcome: {head['outcome']}")
    out.append(f"accept_refusal: {'true' if head['accept_refusal'] else 'false'}")
    if "refuse_at" in head:
        out.append(f"refuse_at: {head['refuse_at']}")
    if "title" in head:
        out.append(f"title: {_q(head['title'])}")
    if actions is not None:
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {_q(a['ref'])}")
            out.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            out.append(f"    action: {_q(a['action'])}")
            out.append("    lead: [" + ", ".join(_q(u) for u in a["lead"]) + "]")
            out.append(f"    end: {_q(a['end'])}")
            if a.get("end_text") is not None:
                out.append(f"    end_text: {_q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    text = "\n".join(out) + "\n"
    doc = yaml.safe_load(text)
    assert doc["source"] == " ".join(head["source"].split()), fname
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status,
             end_text=end_text)
    d.update(cells)
    return d


# =========================================================== 1. Swindon ILACS xlsx
def swindon():
    fname = "go1-swindon-borough-council-ilacs-improvement-plan.xlsx"
    title = "Swindon Borough Council Children's Services: ILACS Improvement Plan 2024–2026"
    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    R1 = ("Recommendation 1: The timeliness and quality of assessments for children in need of help "
          "and protection, including how children's identity and lived experience are understood.")
    R2 = ("Recommendation 2: Management oversight and the quality of supervision for children "
          "subject to child protection plans.")
    R3 = ("Recommendation 3: Sufficiency of local homes for children in care, particularly foster "
          "carers for older children and sibling groups.")
    R4 = ("Recommendation 4: The quality of pathway plans and the support offered to care leavers "
          "aged 21 to 25.")
    D = dt.datetime
    # each action: cells orig, rev, prev, cur, update, impact
    rows = [
        ("theme", T1),
        ("rec", R1),
        A("1.1", [T1, R1],
          "Introduce a revised single assessment template with prompts on identity, culture and "
          "lived experience, co-designed with practitioners.",
          ["Principal Social Worker"], "2024-07", "blue",
          c_lead="Principal Social Worker", orig=D(2024, 7, 31), rev=None, prev="B", cur="B",
          upd="New template live in Liquidlogic from 1 July 2024. Practice guidance issued to all "
              "teams.",
          imp="80% of audited assessments graded good or better on identity (target)."),
        A("1.2", [T1, R1],
          "Weekly assessment timeliness clinic chaired by the Head of Service to track every "
          "assessment open longer than 35 working days.",
          ["Head of Service – Assessment and Family Safeguarding"], None, "green",
          end_text="Ongoing",
          c_lead="Head of Service – Assessment and Family Safeguarding", orig="Ongoing", rev=None,
          prev="G", cur="G",
          upd="Clinic embedded since April 2024. Assessments completed within 45 days: 71% (Mar 24) "
              "to 86% (Apr 25).",
          imp="90% of assessments within 45 working days."),
        A("1.3", [T1, R1],
          "Deliver a practice development programme on analysis and risk in assessments for all "
          "social workers and team managers in the Assessment service.",
          ["Head of Workforce Development", "Principal Social Worker"], "2025-06", "amber",
          c_lead="Head of Workforce Development / Principal Social Worker",
          orig=D(2024, 12, 31), rev=D(2025, 6, 30), prev="A", cur="A",
          upd="Cohorts 1–3 complete (64 staff). Cohort 4 postponed owing to trainer availability; "
              "revised date agreed by the Board in March 2025.",
          imp="Audit grading of analysis improves quarter on quarter."),
        ("rec", R2),
        A("2.1", [T1, R2],
          "Roll out the revised supervision policy and recording template, including reflective "
          "supervision every 4–6 weeks.",
          ["AD Children's Social Care"], "2024-09", "blue",
          c_lead="AD Children's Social Care", orig=D(2024, 9, 30), rev=None, prev="B", cur="B",
          upd="Policy launched at the all-staff event on 12 September 2024.",
          imp="95% of staff supervised within timescale."),
        A("2.2", [T1, R2],
          "Quarterly supervision audits by Service Managers, with findings reported to the Quality "
          "Assurance Board.\nThe audit tool to include the voice of the child and the impact of "
          "management direction.",
          ["Service Manager (CIN/CP)", "Head of Quality Assurance"], "2025-03", "amber",
          c_lead="Service Manager (CIN/CP); Head of Quality Assurance",
          orig=D(2024, 10, 31), rev=D(2025, 3, 31), prev="R", cur="A",
          upd="First two quarterly audits completed. Q4 audit report to QA Board in June 2025.",
          imp="Supervision audits show clear management direction in 80% of records."),
        ("theme", T2),
        ("rec", R3),
        A("3.1", [T2, R3],
          "Launch a foster carer recruitment campaign for carers of teenagers and sibling groups, "
          "with an enhanced fee and support package.",
          ["Head of Fostering and Placements"], "2025-03", "green",
          c_lead="Head of Fostering and Placements", orig=D(2025, 3, 31), rev=None, prev="A",
          cur="G",
          upd="Campaign launched October 2024; 21 enquiries and 6 assessments under way.",
          imp="Net gain of 12 mainstream fostering households by March 2026."),
        A("3.2", [T2, R3],
          "Refresh the Sufficiency Strategy 2025–2028 and present it to Cabinet for approval.",
          ["Head of Commissioning", "AD Children's Social Care"], "2025-07", "red",
          c_lead="Head of Commissioning and AD Children's Social Care",
          orig=D(2025, 1, 31), rev=D(2025, 7, 31), prev="A", cur="R",
          upd="Draft delayed pending the market position statement; Cabinet date moved.",
          imp="Strategy approved; action plan monitored by Corporate Parenting Panel."),
        A("3.3", [T2, R3],
          "Open a second council-run children's home in Swindon (four beds) for children currently "
          "living out of area.",
          ["Head of Residential Services"], "2025-12", "green",
          c_lead="Head of Residential Services", orig=D(2025, 12, 31), rev=None, prev="G",
          cur="G",
          upd="Property purchased; Ofsted registration application submitted April 2025.",
          imp="Fewer children placed more than 20 miles from Swindon."),
        ("rec", R4),
        A("4.1", [T2, R4],
          "Review all pathway plans for care leavers aged 21–25 so that each has an up-to-date "
          "plan co-produced with the young person.",
          ["Team Manager, Leaving Care"], "2024-11", "blue",
          c_lead="Team Manager, Leaving Care", orig=D(2024, 11, 30), rev=None, prev="G", cur="B",
          upd="All 58 plans reviewed by 29 November 2024.",
          imp="100% of care leavers 21–25 with a current pathway plan."),
        A("4.2", [T2, R4],
          "Extend the Local Offer for care leavers to include council tax exemption to age 25 and "
          "free leisure passes, and publish the revised offer.",
          ["Kate Marsh", "Daniel Osei"], "2025-09", "amber",
          c_lead="Kate Marsh and Daniel Osei", orig=D(2025, 4, 30), rev=D(2025, 9, 30), prev="A",
          cur="A",
          upd="Council tax exemption agreed in the 2025/26 budget. Leisure pass awaiting contract "
              "variation with the provider.",
          imp="Care leavers report the offer is clear (Bright Spots survey)."),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "OFFICIAL"
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("1.0", "18/04/2024", "Improvement Programme Manager", "Approved by Children's Improvement Board"),
          ("5.0", "14/02/2025", "Improvement Programme Manager", "Quarter 3 progress"),
          ("6.0", "31/05/2025", "Improvement Programme Manager", "Quarter 4 progress; revised dates for 1.3, 2.2, 3.2, 4.2")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cover.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact seen"),
           ("G", "On track to be delivered by the target date"),
           ("A", "Some slippage – mitigation in place"),
           ("R", "Off track – escalated to the Children's Improvement Board")]
    for i, (k, v) in enumerate(key):
        c = cover.cell(row=12 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        c.alignment = Alignment(horizontal="center")
        cover.cell(row=12 + i, column=2, value=v)
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 32
    cover.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection of local authority children's services, 22 January – 2 February 2024. "
                "Overall effectiveness: requires improvement to be good. Plan endorsed by the "
                "Children's Improvement Board on 18 April 2024.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Version 6 – progress as at 31 May 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
             "Previous RAG (Feb 2025)", "Current RAG (May 2025)", "Progress update",
             "Measure of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    actions = []
    for item in rows:
        if isinstance(item, tuple):
            kind, text = item
            ws.cell(row=r, column=1, value=text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1)
            if kind == "theme":
                c.font = Font(bold=True, size=12)
                c.fill = fill("B4C6E7")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("DDEBF7")
                c.alignment = Alignment(wrap_text=True)
                ws.row_dimensions[r].height = 30
            r += 1
            continue
        a = item
        actions.append(a)
        vals = [a["ref"], a["action"], a["c_lead"], a["orig"], a["rev"], a["prev"], a["cur"],
                a["upd"], a["imp"]]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, k in ((6, a["prev"]), (7, a["cur"])):
            c = ws.cell(row=r, column=col)
            c.fill = fill(RAG_FILL[k])
            c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: Target dates are only revised with the agreement of the Children's Improvement "
        "Board. RAG key on the Cover sheet."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 48, 26, 13, 13, 11, 11, 45, 32]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "C6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – May 2025"
    sm["A1"].font = Font(bold=True)
    summ = [("RAG", "Number of actions"), ("Blue (complete)", 3), ("Green", 3), ("Amber", 3),
            ("Red", 1), ("Total", 10)]
    for i, (k, v) in enumerate(summ):
        sm.cell(row=3 + i, column=1, value=k).border = BOX
        sm.cell(row=3 + i, column=2, value=v).border = BOX
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates a council ILACS post-inspection improvement plan of the kind English councils "
            "take to a Children's Improvement Board and scrutiny after a 'requires improvement' "
            "judgement (Swindon Borough Council, inspection January 2024, plan 2024-2026; "
            "cf. Cheshire East and Stockton ILACS improvement plan reports on moderngov). Copies a "
            "Cover sheet with document control table and RAG key, merged theme rows and "
            "'Recommendation n:' rows above numbered actions, original and revised target date "
            "columns, previous and current RAG letters with fill colours, progress and impact "
            "columns, a notes line and a Summary sheet of RAG counts."),
        "reads": (
            "A three-sheet workbook; the plan sheet groups ten numbered actions under two themes and "
            "four Ofsted recommendations. Each action has a lead (job titles, two posts or two "
            "people in some cells), original and sometimes revised dates (the revised one counts) "
            "and previous and current RAG letters (the current one counts)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)
    return fname, len(actions)


# ============================================== 2. Redbridge corporate parenting xlsx
def redbridge():
    fname = "go1-redbridge-corporate-parenting-board-action-plan.xlsx"
    title = "Redbridge Corporate Parenting Board Action Plan 2024/25"
    P1 = "Pledge 1: We will make sure you have a safe, stable home where you feel you belong"
    P2 = "Pledge 2: We will help you do your best at school, college and work"
    P3 = "Pledge 3: We will help you to be healthy and happy"
    HOS = "Head of Service, Children Looked After & Care Leavers"
    sheets = [
        ("Pledge 1 Home", P1, "What you told us: \"Moving too many times makes it hard to settle at school.\"", [
            A("1.1", [P1],
              "Hold a placement stability meeting for every child who has had two or more moves in "
              "the last 12 months.",
              [HOS], "2024-12", "green",
              c_lead=HOS, when="Dec-24", rag="G",
              upd="Stability meetings now held within 10 days of a second move; 17 held since July."),
            A("1.2", [P1],
              "Recruit 15 new Redbridge foster carers, with a focus on carers for teenagers.",
              ["Fostering Recruitment Manager"], "2025-03", "amber",
              c_lead="Fostering Recruitment Manager", when="March 2025", rag="A",
              upd="6 households approved so far; pan-London campaign with Mockingbird hubs planned "
                  "for January."),
            A("1.3", [P1],
              "Make sure every care leaver aged 18–21 has a tenancy-ready assessment before moving "
              "to independent accommodation.",
              ["Leaving Care Team Manager", "Housing Needs Manager"], "2025-03", "green",
              end_text="Q4 2024/25",
              c_lead="Leaving Care Team Manager / Housing Needs Manager", when="Q4 2024/25",
              rag="G",
              upd="Joint assessment tool agreed with Housing; in use since October."),
        ]),
        ("Pledge 2 Education", P2, "What you told us: \"I want someone to help me think about what I do after college.\"", [
            A("2.1", [P2],
              "Every child in care to have a high-quality Personal Education Plan (PEP) reviewed "
              "each term.",
              ["Virtual School Headteacher"], None, "green", end_text="Termly",
              c_lead="Virtual School Headteacher", when="Termly", rag="G",
              upd="Summer term PEP completion 96%; 88% rated good quality."),
            A("2.2", [P2],
              "Create 10 ring-fenced apprenticeships for care leavers within the Council and "
              "partner organisations.",
              ["Head of HR and Organisational Development", "Virtual School Headteacher"],
              "2025-09", "red",
              c_lead="Head of HR and Organisational Development; Virtual School Headteacher",
              when="September 2025", rag="R",
              upd="Not started – apprenticeship levy allocation for 2025/26 still to be agreed."),
            A("2.3", [P2],
              "Launch a university and college bursary scheme for care leavers.",
              ["Priya Ramesh"], "2024-09", "blue",
              c_lead="Priya Ramesh", when="Sept 2024", rag="B",
              upd="Scheme launched at the Celebration of Achievement event in September."),
        ]),
        ("Pledge 3 Health", P3, "What you told us: \"It takes too long to see someone when you are struggling.\"", [
            A("3.1", [P3],
              "Reduce waiting times for initial health assessments so that 90% are completed within "
              "20 working days of a child coming into care.",
              ["Designated Nurse for Children Looked After (NELFT)"], "2025-01", "amber",
              c_lead="Designated Nurse for Children Looked After (NELFT)",
              when="End of January 2025", rag="A",
              upd="Q2 performance 71% within 20 working days; extra paediatric clinics from "
                  "November."),
            A("3.2", [P3],
              "Offer every child in care a free leisure pass for Redbridge leisure centres.",
              ["Corporate Parenting Lead Member", "Head of Leisure"], "2024-10", "blue",
              c_lead="Corporate Parenting Lead Member and Head of Leisure",
              when=dt.datetime(2024, 10, 31), rag="B",
              upd="Passes issued to all children in care aged 8 and over."),
            A("3.3", [P3],
              "Develop an emotional wellbeing offer for care leavers, with a dedicated mental "
              "health worker in the Leaving Care Team.",
              [HOS], None, "green", end_text="Ongoing",
              c_lead=HOS, when="Ongoing", rag="G",
              upd="Worker in post since August; 23 care leavers supported."),
        ]),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=16)
    fs["A3"] = ("This action plan sets out what the Council and its partners will do in 2024/25 to "
                "keep the pledges in our Promise to children in care and care leavers, written with "
                "Redbridge Children in Care Council (CiCC).")
    fs["A3"].alignment = Alignment(wrap_text=True)
    fs.merge_cells("A3:D3")
    fs.row_dimensions[3].height = 48
    fs["A5"] = "Updated for the Corporate Parenting Board, 21 November 2024"
    fs["A5"].font = Font(italic=True)
    fs["A7"] = "RAG key (colour of the RAG cell on each pledge sheet)"
    fs["A7"].font = Font(bold=True)
    key = [("R", "Red", "Not started or significantly off track"),
           ("A", "Amber", "Started but behind schedule"),
           ("G", "Green", "On track"),
           ("B", "Blue", "Complete")]
    for i, (k, name, meaning) in enumerate(key):
        c = fs.cell(row=8 + i, column=1, value=name)
        c.fill = fill(RAG_FILL[k])
        fs.cell(row=8 + i, column=2, value=meaning)
    fs.column_dimensions["A"].width = 40
    fs.column_dimensions["B"].width = 40

    actions = []
    for sheet_name, pledge, told, acts in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = pledge
        ws["A1"].font = Font(bold=True, size=13, color="7030A0")
        ws.merge_cells("A1:F1")
        ws["A2"] = told
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:F2")
        heads = ["No.", "What we will do", "Who is responsible", "By when",
                 "Progress update (November 2024)", "RAG"]
        for j, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
        for i, a in enumerate(acts):
            actions.append(a)
            r = 5 + i
            vals = [a["ref"], a["action"], a["c_lead"], a["when"], a["upd"], None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(RAG_FILL[a["rag"]])
        for col, w in zip("ABCDEF", (6, 50, 30, 14, 50, 8)):
            ws.column_dimensions[col].width = w

    mb = wb.create_sheet("CPB membership")
    mb["A1"] = "Corporate Parenting Board membership 2024/25"
    mb["A1"].font = Font(bold=True)
    members = [("Name", "Role"),
               ("Cllr Sarah Lindqvist", "Chair – Cabinet Member for Children and Young People"),
               ("Cllr Bert Jones", "Vice-Chair"),
               ("Corporate Director of People", "Officer lead"),
               ("Virtual School Headteacher", "Education"),
               ("Designated Nurse for Children Looked After (NELFT)", "Health"),
               ("Two representatives of the Children in Care Council", "Voice of children")]
    for i, (n, role) in enumerate(members):
        mb.cell(row=3 + i, column=1, value=n).border = BOX
        mb.cell(row=3 + i, column=2, value=role).border = BOX
    mb.column_dimensions["A"].width = 50
    mb.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates a London borough Corporate Parenting Board action plan organised by the "
            "pledges of its promise to children in care and care leavers (Redbridge, 2024/25; "
            "layout after published pledge-based plans such as Bracknell Forest's Corporate "
            "Parenting Strategy action plan and Slough's CPP action plan update). Copies a front "
            "sheet with purpose text, update date and RAG colour key, one sheet per pledge with "
            "the pledge as a heading and a 'What you told us' quote, 'By when' cells written as "
            "words, quarters and a date, RAG shown by cell colour only, and a membership sheet "
            "that is not part of the plan."),
        "reads": (
            "Three pledge sheets, each with three numbered actions under the pledge heading; the "
            "RAG cell has no text and is read by its colour. The front sheet and the membership "
            "sheet hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)
    return fname, len(actions)


# ================================================ 3. Havering focused visit (refuse)
def havering():
    fname = "go1-havering-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "London Borough of Havering Children's Services – Ofsted Focused Visit Action Plan"
    AF1 = ("1. The consistency of management oversight and direction for children in need, "
           "including at key decision points such as step-down and case closure.")
    AF2 = ("2. The quality of child protection plans, so that they are specific about what needs "
           "to change, by whom and by when.")
    AF3 = "3. The timeliness and quality of return home interviews for children who go missing from home."
    groups = [
        (AF1, [
            ("1.1", "Introduce a management oversight template for CIN reviews, with a recorded "
                    "rationale at step-down and closure.",
             "Head of Service – Children in Need", "June 2024", "Complete",
             "Template live on LCS from 3 June 2024."),
            ("1.2", "Service Manager to chair a monthly CIN tracking panel for all children open to "
                    "CIN for more than 9 months.",
             "Service Manager (CIN)", "Sept 2024", "Complete", "Panel meeting monthly since July."),
            ("1.3", "Thematic audit of management oversight on 40 CIN cases, with findings presented "
                    "to the Practice Improvement Board.",
             "Head of QA and Practice Improvement", "December 2024", "On track",
             "Audit fieldwork complete; report being drafted."),
        ]),
        (AF2, [
            ("2.1", "Revise the child protection plan template with the Child Protection Chairs so "
                    "that every plan has SMART outcomes.",
             "Child Protection Chairs Manager", "October 2024", "Complete",
             "New template used for all conferences from 1 October."),
            ("2.2", "Practice workshops for social workers and partner agencies on writing child "
                    "protection plans that families understand.",
             "Principal Social Worker/ Head of Safeguarding", "Febuary 2025", "On track",
             "Four of six workshops delivered."),
            ("2.3", "Child Protection Chairs to complete a midway review of every child protection "
                    "plan and escalate drift through the dispute resolution process.",
             "Heads of Service", "31/03/2025", "On track", "Midway reviews started November."),
        ]),
        (AF3, [
            ("3.1", "Re-commission the return home interview service with a 72-hour contractual "
                    "timescale and monthly performance reporting.",
             "Targeted Youth Support Manager", "August 2024", "Complete",
             "New contract from 1 August 2024; 87% offered within 72 hours in Q3."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Focused visit 5–6 March 2024: arrangements for children in need and children "
                "subject to a child protection plan. Letter published 18 April 2024.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress at 13 December 2024 – reported to the Practice Improvement Board"
    ws["A3"].font = Font(italic=True)
    heads = ["Area for improvement", "Ref", "Action", "Owner", "Timescale", "Status", "Comments"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.border = BOX
    r = 6
    typo_row = None
    n = 0
    status_fill = {"Complete": "9BC2E6", "On track": "C6EFCE"}
    for afi, acts in groups:
        start = r
        ws.cell(row=r, column=1, value=afi)
        for ref, act, owner, when, status, comment in acts:
            vals = [ref, act, owner, when, status, comment]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=2 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(status_fill[status])
            if when.startswith("Febuary"):
                typo_row = r
            n += 1
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=start, column=1)
        c.alignment = WRAP
        c.font = Font(bold=True)
        c.border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / At risk / Overdue")
    for col, w in zip("ABCDEFG", (40, 6, 52, 30, 14, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))
    assert typo_row == 10, typo_row

    write_expected(fname, {
        "source": (
            "Imitates a council's action plan after an Ofsted focused visit to children's services "
            "(London Borough of Havering, focused visit March 2024 on children in need and child "
            "protection). Copies a one-sheet plan with the numbered area for improvement in a cell "
            "merged down beside its actions, Ref/Action/Owner/Timescale/Status/Comments columns, "
            "timescales written as month words or a UK date, status words with a pale fill, and a "
            "status key line."),
        "reads": (
            "Seven actions under three areas for improvement. The Timescale of action 2.2 on sheet "
            "row 10 reads 'Febuary 2025', a misspelt month, so a careful reader stops and asks "
            "before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, n


# =============================================================== docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ============================================================ 4. Haringey WSOA docx
def haringey():
    fname = "go1-haringey-local-area-send-written-statement-of-action.docx"
    title = "Haringey Local Area SEND Written Statement of Action"
    W1 = "Area of weakness 1: The poor quality of EHC plans and the annual review process"
    W2 = ("Area of weakness 2: The lack of partnership working, communication and co-production "
          "with parents and carers")
    W3 = ("Area of weakness 3: Unacceptable waiting times for autism spectrum disorder assessments "
          "and insufficient support while families wait")
    O1a = "1a. Improve the quality of new EHC plans"
    O1b = "1b. Make annual reviews timely and meaningful"
    O2a = "2a. Co-production with parents, carers and young people"
    O2b = "2b. Communication and the Local Offer"
    O3a = "3a. Reduce waiting times for ASD assessment and support families while they wait"
    RAGW = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    STAT = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    sections = [
        (W1, "Overall lead: Assistant Director, Early Help, Prevention and SEND", [
            (O1a, [
                A("1a.1", [W1, O1a],
                  "Introduce a multi-agency EHC plan quality assurance framework with monthly "
                  "moderation panels that include parent carers.",
                  ["Head of SEND and Inclusion"], "2022-04", "blue",
                  c_lead="Head of SEND and Inclusion", when="April 2022", rag="Blue"),
                A("1a.2", [W1, O1a],
                  "Train all EHC co-ordinators and health and social care advice writers in writing "
                  "SMART outcomes.\nTraining to be co-delivered with Haringey Parent Carer Forum.",
                  ["SEND Service Manager", "Designated Clinical Officer"], "2022-07", "blue",
                  end_text="Summer term 2022",
                  c_lead="SEND Service Manager / Designated Clinical Officer",
                  when="Summer term 2022", rag="Blue"),
                A("1a.3", [W1, O1a],
                  "Commission an external audit of a sample of 50 EHC plans issued since April "
                  "2022.",
                  ["Head of SEND and Inclusion"], "2022-12", "green",
                  c_lead="Head of SEND and Inclusion", when="December 2022", rag="Green"),
            ]),
            (O1b, [
                A("1b.1", [W1, O1b],
                  "Recruit two additional annual review officers to clear the backlog of overdue "
                  "annual reviews.",
                  ["AD Early Help, Prevention & SEND"], "2022-03", "blue",
                  c_lead="AD Early Help, Prevention & SEND", when="March 2022", rag="Blue"),
                A("1b.2", [W1, O1b],
                  "Implement an annual review tracker visible to schools and SENCOs, with automatic "
                  "reminders at 8 and 4 weeks before each review is due.",
                  ["SEND Systems Lead"], "2023-03", "amber",
                  end_text="Sept 2022 – March 2023",
                  c_lead="SEND Systems Lead", when="Sept 2022 – March 2023", rag="Amber"),
            ]),
        ]),
        (W2, "Overall lead: Director of Children's Services", [
            (O2a, [
                A("2a.1", [W2, O2a],
                  "Agree a co-production charter with Haringey Parent Carer Forum and embed it in "
                  "the SEND Partnership Board terms of reference.",
                  ["Angela Brown", "Kwame Mensah"], "2022-05", "blue",
                  c_lead="Angela Brown and Kwame Mensah", when="May 2022", rag="Blue"),
                A("2a.2", [W2, O2a],
                  "Hold termly 'You said, we did' SEND open sessions for families in each "
                  "locality.",
                  ["SEND Engagement Officer"], None, "green", end_text="Termly",
                  c_lead="SEND Engagement Officer", when="Termly", rag="Green"),
            ]),
            (O2b, [
                A("2b.1", [W2, O2b],
                  "Relaunch the Local Offer website after user testing with parents and young "
                  "people.",
                  ["Head of Communications", "SEND Service Manager"], "2022-12", "amber",
                  end_text="Autumn term 2022",
                  c_lead="Head of Communications; SEND Service Manager",
                  when="Autumn term 2022", rag="Amber"),
                A("2b.2", [W2, O2b],
                  "Publish a SEND newsletter for families and professionals.",
                  ["SEND Engagement Officer"], None, "green", end_text="Monthly",
                  c_lead="SEND Engagement Officer", when="Monthly", rag="Green"),
            ]),
        ]),
        (W3, "Overall lead: Director of Integration, NHS North Central London", [
            (O3a, [
                A("3a.1", [W3, O3a],
                  "Commission additional ASD diagnostic capacity from an independent provider to "
                  "clear the list of children waiting more than 52 weeks.",
                  ["NCL Head of Children's Commissioning"], "2023-03", "red",
                  c_lead="NCL Head of Children's Commissioning", when="31 March 2023",
                  rag="Red"),
                A("3a.2", [W3, O3a],
                  "Offer every family on the waiting list a pre-diagnosis support pack and access "
                  "to the Autism Hub drop-in sessions.",
                  ["Whittington Health CAMHS Service Manager"], "2022-07", "blue",
                  c_lead="Whittington Health CAMHS Service Manager", when="July 2022",
                  rag="Blue"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Joint response of Haringey Council and NHS North Central London Clinical Commissioning "
        "Group to the Ofsted and CQC joint local area SEND inspection, 5–9 July 2021")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    dcr = [("Version", "Date", "Author", "Status"),
           ("1.0", "14/01/2022", "SEND Improvement Lead", "Submitted to Ofsted and CQC"),
           ("1.3", "06/10/2022", "SEND Improvement Lead", "Progress update for SEND Executive")]
    for i, row in enumerate(dcr):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The inspection found three areas of significant weakness. This statement sets out, for "
        "each, the outcomes we expect, the actions we will take, who leads them and by when. The "
        "SEND Executive holds the partnership to account for delivery and receives a progress "
        "report every half term; the RAG rating below is as at October 2022.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (name, meaning) in enumerate([
            ("Blue", "Complete"),
            ("Green", "On track to be delivered by the date shown"),
            ("Amber", "At risk of delay; mitigations in place"),
            ("Red", "Not on track; escalated to the SEND Executive")]):
        set_cell(k.cell(i, 0), name)
        shade(k.cell(i, 0), RAGW[name])
        set_cell(k.cell(i, 1), meaning)

    actions = []
    for weak, overall, objs in sections:
        doc.add_heading(weak, level=1)
        doc.add_paragraph(overall).runs[0].italic = True
        for obj, acts in objs:
            doc.add_heading(obj, level=2)
            tb = doc.add_table(rows=1 + len(acts), cols=5)
            tb.style = "Table Grid"
            for j, h in enumerate(["Ref", "Action", "Lead", "By when", "RAG (October 2022)"]):
                set_cell(tb.cell(0, j), h, bold=True)
                shade(tb.cell(0, j), "D9D9D9")
            for i, a in enumerate(acts):
                actions.append(a)
                vals = [a["ref"], a["action"], a["c_lead"], a["when"], a["rag"]]
                for j, v in enumerate(vals):
                    set_cell(tb.cell(1 + i, j), v)
                shade(tb.cell(1 + i, 4), RAGW[a["rag"]])
                assert STAT[a["rag"]] == a["status"]
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([
            ("Signed on behalf of the local area", "Name", "Date"),
            ("Chief Executive, Haringey Council", "[signed]", "14/01/2022"),
            ("Accountable Officer, NHS North Central London CCG", "[signed]",
             "14/01/2022")]):
        for j, v in enumerate(row):
            set_cell(so.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates Haringey's local area SEND Written Statement of Action (WSOA) written after "
            "the Ofsted/CQC joint local area SEND inspection of July 2021, which found three areas "
            "of significant weakness (quality of EHC plans and annual reviews; partnership working "
            "and co-production; ASD waiting times) and was published on the Haringey Local Offer "
            "with an overall lead per weakness "
            "(https://www.haringey.gov.uk/children-and-families/local-offer/about-local-offer/"
            "sendexecutiveboard/localareasendinspection). Copies a document control table, RAG "
            "key table, a Heading 1 per area of weakness with an 'Overall lead' line, a Heading 2 "
            "per objective with its own five-column table, RAG words on shaded cells, terms, a "
            "period and 'Termly'/'Monthly' in the By when column, and a sign-off table."),
        "reads": (
            "Three areas of weakness, each split into objectives (1a, 1b ...) with one table of "
            "actions per objective; eleven actions in all. Each action is read under its area of "
            "weakness and its objective, with the lead, the By when cell and the RAG word "
            "(Blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)
    return fname, len(actions)


# ============================================================= 5. Islington JTAI docx
def islington():
    fname = "go1-islington-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "Islington Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan"
    F1 = ("The quality and consistency of early help assessments and plans across partner "
          "agencies, so that they identify what needs to change for children.")
    F2 = ("The timeliness of information sharing by health partners when children and families "
          "step down from children's social care to early help.")
    F3 = ("Police officers' understanding of the early help offer, and the use of Merlin (child "
          "coming to notice) reports to identify children who need help.")
    F4 = "How leaders understand the impact of early help through shared performance information."
    RAGW = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    groups = [
        (F1, [
            A("1.1", [F1],
              "Introduce a single partnership early help assessment and plan template for use by "
              "schools, health and the voluntary sector.",
              ["Head of Early Help"], "2024-09", "blue",
              c_lead="Head of Early Help", partners="LBI, schools, Whittington Health",
              when="30/09/2024", rag="Complete"),
            A("1.2", [F1],
              "Deliver partnership training on SMART early help plans to lead professionals in "
              "schools and health visiting.",
              ["ISCP Learning and Development Manager"], "2024-12", "blue",
              c_lead="ISCP Learning and Development Manager",
              partners="Schools, Whittington Health", when="31/12/2024", rag="Complete"),
            A("1.3", [F1],
              "Multi-agency audit of 30 early help plans to test the impact of the new template, "
              "with findings reported to the ISCP Quality Assurance subgroup.",
              ["Chair, ISCP Quality Assurance Subgroup"], "2025-03", "green",
              end_text="Q4 2024/25",
              c_lead="Chair, ISCP Quality Assurance Subgroup", partners="All partners",
              when="Q4 2024/25", rag="Green"),
        ]),
        (F2, [
            A("2.1", [F2],
              "Agree a step-down protocol between children's social care, early help and health "
              "partners, including a joint step-down meeting for every child.",
              ["Head of Early Help", "Head of Children in Need Service"], "2025-01", "green",
              c_lead="Head of Early Help and Head of Children in Need Service",
              partners="LBI, NCL ICB, Whittington Health", when="w/c 13/01/2025", rag="Green"),
            A("2.2", [F2],
              "Give health visitors and school nurses read access to the early help module of the "
              "case management system.",
              ["Designated Nurse Safeguarding Children (NCL ICB)"], "2025-03", "amber",
              c_lead="Designated Nurse Safeguarding Children (NCL ICB)",
              partners="LBI Digital Services, Whittington Health", when="March 2025",
              rag="Amber"),
        ]),
        (F3, [
            A("3.1", [F3],
              "Deliver briefings on the Islington early help offer to all response and "
              "neighbourhood officers in Central North BCU.",
              ["DCI Public Protection (CN BCU)"], "2024-11", "blue",
              c_lead="DCI Public Protection (CN BCU)", partners="Met Police, LBI",
              when="30/11/2024", rag="Complete"),
            A("3.2", [F3],
              "Dip-sample Merlin reports each quarter to check that children with early help needs "
              "are referred and that the MASH response is recorded.\nResults reported to the ISCP "
              "Executive.",
              ["MASH Manager", "DI Safeguarding"], None, "green",
              end_text="Ongoing – quarterly",
              c_lead="MASH Manager / DI Safeguarding", partners="Met Police, LBI",
              when="Ongoing – quarterly", rag="Green"),
        ]),
        (F4, [
            A("4.1", [F4],
              "Develop a partnership early help dashboard covering demand, timeliness and outcomes, "
              "reported to the ISCP Executive.",
              ["ISCP Business Manager"], "2025-06", "red",
              c_lead="ISCP Business Manager", partners="All partners", when="June 2025",
              rag="Red"),
        ]),
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    doc.add_paragraph(
        "Inspection theme: the multi-agency response to children and families who need help "
        "(fieldwork 10–14 June 2024; letter published 2 August 2024)")
    doc.add_paragraph(
        "Plan owner: ISCP Executive (the three statutory safeguarding partners). Progress is "
        "reviewed at every Executive meeting. Last updated: 20 January 2025.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (name, meaning) in enumerate([
            ("Complete", "Action delivered; impact being tested by the QA subgroup"),
            ("Green", "On track"),
            ("Amber", "Some risk to delivery by the timescale"),
            ("Red", "Off track – escalated to the ISCP Executive")]):
        set_cell(k.cell(i, 0), name)
        shade(k.cell(i, 0), RAGW[name])
        set_cell(k.cell(i, 1), meaning)
    doc.add_paragraph("")

    n_rows = 1 + sum(len(a) for _, a in groups)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    heads = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead", "Partners",
             "Timescale", "RAG"]
    for j, h in enumerate(heads):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "BDD7EE")
    row = 1
    actions = []
    for afi, acts in groups:
        first = row
        for a in acts:
            actions.append(a)
            set_cell(tb.cell(row, 0), a["ref"])
            set_cell(tb.cell(row, 2), a["action"])
            set_cell(tb.cell(row, 3), a["c_lead"])
            set_cell(tb.cell(row, 4), a["partners"])
            set_cell(tb.cell(row, 5), a["when"])
            set_cell(tb.cell(row, 6), a["rag"])
            shade(tb.cell(row, 6), RAGW[a["rag"]])
            row += 1
        last = row - 1
        if last > first:
            m = tb.cell(first, 1).merge(tb.cell(last, 1))
        else:
            m = tb.cell(first, 1)
        set_cell(m, afi)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Notes: RAG ratings are agreed by the ISCP Executive. Actions marked Complete stay on the "
        "plan until the Quality Assurance subgroup has tested their impact.")
    doc.add_paragraph("Agreed by the ISCP Executive, 29 August 2024.")
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates a safeguarding children partnership's action plan after a joint targeted "
            "area inspection (JTAI) of the multi-agency response to children and families who need "
            "help (Islington Safeguarding Children Partnership, 2024). Copies a landscape Word "
            "document with a coloured title line, inspection and owner lines, a RAG key table and "
            "one plan table whose 'Area for improvement' cells are merged down beside their "
            "actions, separate Lead and Partners columns, dates as UK dates, a quarter, a 'w/c' "
            "date and 'Ongoing – quarterly', and RAG words on shaded cells; notes and agreement "
            "lines follow the table."),
        "reads": (
            "Eight actions in one table, grouped under four areas for improvement from the JTAI "
            "letter. The Lead column (not Partners) names the lead; RAG is a word, and Complete "
            "means blue."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)
    return fname, len(actions)


# ============================================================== 6. Telford YJS csv
def telford():
    fname = "go1-telford-wrekin-yjs-hmip-improvement-plan.csv"
    title = "Telford & Wrekin Youth Justice Service – HMI Probation Inspection Improvement Plan"
    C1 = ("The Youth Justice Management Board should make sure that board members understand the "
          "needs of children known to the service, including disproportionality, and use this to "
          "shape services.")
    C2 = ("The Youth Justice Management Board should ensure that children have timely access to "
          "education, training and employment, and to speech and language support.")
    C3 = ("The YJS Head of Service should ensure that assessment and planning consistently address "
          "the risk of harm to others and the safety of actual and potential victims.")
    C4 = ("The YJS Head of Service should improve the quality of out-of-court disposal work, "
          "including joint decision-making with West Mercia Police.")
    recs = [
        ("1", C1, [
            A("1.1", [C1],
              "Induction and annual development session for all board members, including case "
              "walk-throughs with practitioners.",
              ["Board Chair (DCS)"], "2025-01", "blue",
              c_lead="Board Chair (DCS)", when="31/01/2025", rag="B",
              upd="Development session held 22/01/2025; 11 of 12 members attended."),
            A("1.2", [C1],
              "Add a disproportionality section to the quarterly performance report, broken down "
              "by ethnicity, gender and looked-after status.",
              ["YJS Performance Officer"], "2025-03", "blue",
              c_lead="YJS Performance Officer", when="Mar-25", rag="B",
              upd="First report to Board in March; now a standing item."),
        ]),
        ("2", C2, [
            A("2.1", [C2],
              "Agree a protocol with the Virtual School and Education Inclusion Service for "
              "children known to the YJS who are not in full-time education.",
              ["Head of Education Inclusion", "YJS Head of Service"], "2025-06", "green",
              c_lead="Head of Education Inclusion/ YJS Head of Service", when="30/06/2025",
              rag="G",
              upd="Draft protocol agreed at Education Inclusion panel; Board sign-off due June."),
            A("2.2", [C2],
              "Secure funding for a 0.6 FTE speech and language therapist post within the YJS.",
              ["YJS Head of Service", "ICB Children's Commissioner"], "2025-09", "amber",
              c_lead="YJS Head of Service; ICB Children's Commissioner", when="30/09/2025",
              rag="A",
              upd="Business case with the ICB; funding not yet confirmed for 2025/26."),
        ]),
        ("3", C3, [
            A("3.1", [C3],
              "Refresh the risk of harm practice guidance and deliver two workshops for all case "
              "managers.",
              ["YJS Operational Manager"], "2025-04", "blue",
              c_lead="YJS Operational Manager", when="Apr-25", rag="B",
              upd="Guidance published; both workshops delivered."),
            A("3.2", [C3],
              "Introduce monthly management oversight audits of risk of harm assessments, using "
              "the HMIP case assessment tool.",
              ["YJS Operational Manager", "QA Lead"], None, "green", end_text="Ongoing",
              c_lead="YJS Operational Manager and QA Lead", when="Ongoing", rag="G",
              upd="Audits monthly since February; 78% of assessments rated sufficient in April."),
            A("3.3", [C3],
              "Appoint a dedicated victim worker and make sure victim safety is recorded in every "
              "plan where there is an identifiable victim.",
              ["J. Hartley", "P. Singh"], "2025-07", "amber",
              c_lead="J. Hartley; P. Singh", when="31/07/2025", rag="A",
              upd="Post advertised twice; interim cover from the restorative justice worker."),
        ]),
        ("4", C4, [
            A("4.1", [C4],
              "Review the Joint Decision Making Panel terms of reference with West Mercia Police and "
              "add health and education representatives to the panel.",
              ["YJS Head of Service"], "2025-04", "red",
              c_lead="YJS Head of Service", when="30/04/2025", rag="R",
              upd="Awaiting police sign-off of the revised terms of reference."),
        ]),
    ]
    ncol = 8
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")

    def line(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        w.writerow(cells)

    line(title)
    line("Joint inspection of youth justice services: fieldwork 7–11 October 2024. Report "
         "published 17 December 2024. Overall rating: Requires improvement")
    line("Plan owner: Youth Justice Management Board. Version 3 – updated 14/05/2025")
    line()
    line("Rec No.", "HMIP Recommendation", "Action No.", "Action", "Owner", "Target Date", "RAG",
         "Update")
    actions = []
    for no, rec, acts in recs:
        for i, a in enumerate(acts):
            actions.append(a)
            line(no if i == 0 else "", rec if i == 0 else "", a["ref"], a["action"], a["c_lead"],
                 a["when"], a["rag"], a["upd"])
    line()
    line("Key: B = complete; G = on track; A = at risk of slippage; R = off track / overdue")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    STAT = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for a in actions:
        assert STAT[a["rag"]] == a["status"]

    write_expected(fname, {
        "source": (
            "Imitates a youth justice service improvement plan written after an HM Inspectorate of "
            "Probation inspection and kept as a tracker for the Youth Justice Management Board "
            "(Telford & Wrekin YJS, inspection October 2024; cf. Reading YJS HMIP improvement "
            "plan reported to committee in 2024-25), saved from Excel as CSV. Copies title, "
            "inspection and version lines, recommendations addressed to the Board or the Head of "
            "Service written once and left blank on following rows (merged cells exported), "
            "numbered actions, owners, UK dates and Mmm-yy dates, RAG letters and a key line."),
        "reads": (
            "Eight actions under four HMIP recommendations; a recommendation cell is empty on the "
            "rows after its first, and those actions belong to the recommendation above. RAG "
            "letters B/G/A/R give the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)
    return fname, len(actions)


# ======================================================= 7. Stockton children's home txt
def stockton():
    fname = "go1-stockton-on-tees-council-childrens-home-ofsted-action-plan.txt"
    title = "Hartburn Lodge Children's Home: Ofsted Inspection Action Plan"
    S1 = "The protection of children standard (Regulation 12)"
    S2 = "The leadership and management standard (Regulation 13)"
    S3 = "The quality and purpose of care standard (Regulation 6)"
    Q1 = ("The registered person must ensure that staff follow the home's missing from care "
          "procedures, and that a return home interview is offered and recorded for every child "
          "who goes missing. (Regulation 12 (1)(2)(a)(i)) To be completed by: 20 December 2024")
    Q2 = ("The registered person must ensure that each child's risk assessment is reviewed after "
          "every significant incident and shared with the child's social worker. "
          "(Regulation 12 (2)(a)(iii)) To be completed by: 31 January 2025")
    Q3 = ("The registered person should ensure that all staff receive supervision at least every "
          "four to six weeks, in line with the home's supervision policy. ('Guide to the "
          "Children's Homes Regulations, including the quality standards', page 61, paragraph 13.2)")
    Q4 = ("The registered person should ensure that the statement of purpose is kept under review "
          "and accurately describes the home's arrangements for supporting children's education. "
          "('Guide to the Children's Homes Regulations, including the quality standards', page 13, "
          "paragraph 3.1)")
    blocks = [
        (S1, [
            ("Requirement 1", Q1, [
                A("1.1", [S1, Q1],
                  "All staff to complete refresher training on the home's missing from care "
                  "procedure and the Philomena Protocol.",
                  ["Registered Manager"], "2024-12", "blue",
                  c_lead="Registered Manager", when="20/12/2024", rag="Complete",
                  upd="All 14 staff trained by 18/12/2024."),
                A("1.2", [S1, Q1],
                  "Introduce a return home interview log, checked weekly by the deputy manager, "
                  "with compliance reported in the monthly Regulation 45 review.",
                  ["Deputy Manager"], "2025-01", "blue",
                  c_lead="Deputy Manager", when="31/01/2025", rag="Complete",
                  upd="Log in place; 100% of episodes in January had an interview offered."),
            ]),
            ("Requirement 2", Q2, [
                A("2.1", [S1, Q2],
                  "Revise the risk assessment template so that it records the date of the last "
                  "review and what triggered it.",
                  ["RM", "RI"], "2024-12", "blue",
                  c_lead="RM & RI", when="31/12/2024", rag="Complete",
                  upd="New template in use for all four children."),
                A("2.2", [S1, Q2],
                  "Monthly audit of all children's risk assessments by the Responsible "
                  "Individual, with findings discussed at team meetings.",
                  ["Responsible Individual"], None, "green", end_text="Immediate and ongoing",
                  c_lead="Responsible Individual", when="Immediate and ongoing", rag="Green",
                  upd="December and January audits completed."),
            ]),
        ]),
        (S2, [
            ("Recommendation 1", Q3, [
                A("3.1", [S2, Q3],
                  "Introduce a supervision planner for all staff, held by the Registered Manager "
                  "and checked by the Responsible Individual each month.",
                  ["Registered Manager"], "2025-02", "blue",
                  c_lead="Registered Manager", when="February 2025", rag="Complete",
                  upd="Planner in place; all staff supervised within 6 weeks since December."),
            ]),
        ]),
        (S3, [
            ("Recommendation 2", Q4, [
                A("4.1", [S3, Q4],
                  "Review and update the statement of purpose and send the revised version to "
                  "Ofsted.",
                  ["Registered Manager", "Service Manager – Residential Services"], "2025-02",
                  "green",
                  c_lead="Registered Manager / Service Manager – Residential Services",
                  when="by 28 Feb 2025", rag="Green",
                  upd="Draft completed; with the Responsible Individual for sign-off."),
                A("4.2", [S3, Q4],
                  "Agree an education support plan with the Virtual School for every child who is "
                  "not in full-time education.",
                  ["Virtual School Headteacher", "Registered Manager"], "2025-03", "amber",
                  c_lead="Virtual School Headteacher and Registered Manager", when="March 2025",
                  rag="Amber",
                  upd="Plans agreed for two of three children; third awaiting a school place."),
            ]),
        ]),
    ]
    STAT = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    lines = [
        title,
        "Stockton-on-Tees Borough Council – Children's Services (Residential)",
        "Full inspection: 12 and 13 November 2024. Overall experiences and progress of children "
        "and young people: requires improvement to be good",
        "Registered manager: Claire Dobson. Responsible individual: Mark Fenwick.",
        "",
        "\t".join(["Ref", "Requirement / recommendation", "Action", "Lead", "Target date", "RAG",
                   "Update (February 2025)"]),
    ]
    actions = []
    for std, items in blocks:
        lines.append(std)
        for label, text, acts in items:
            lines.append("\t".join([label, text, "", "", "", "", ""]))
            for a in acts:
                assert STAT[a["rag"]] == a["status"]
                actions.append(a)
                lines.append("\t".join([a["ref"], "", a["action"], a["c_lead"], a["when"],
                                        a["rag"], a["upd"]]))
    lines += [
        "",
        "Key: Complete = action finished and evidenced; Green = on track; Amber = some risk to "
        "the target date; Red = not on track",
        "Signed: Claire Dobson, Registered Manager\tDate: 14/02/2025",
    ]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": (
            "Imitates a local authority children's home post-inspection action plan answering "
            "Ofsted's requirements and recommendations under the Children's Homes (England) "
            "Regulations 2015 and the SCCIF (Stockton-on-Tees Borough Council, a council-run "
            "home, inspection November 2024), saved from Excel as tab-separated text. Copies title "
            "and inspection lines, the quality standard as a section line, each requirement or "
            "recommendation as Ofsted words it (regulation reference and 'To be completed by' "
            "date, or the Guide paragraph) on its own row, numbered actions below it, RAG words, a "
            "key line and a signature line."),
        "reads": (
            "Seven actions under three quality standards and four Ofsted requirements or "
            "recommendations; the requirement rows carry Ofsted's text and no action. The "
            "'To be completed by' date inside a requirement is Ofsted's deadline, not an action's "
            "target date; each action has its own Target date and RAG word (Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)
    return fname, len(actions)


if __name__ == "__main__":
    for fn in (swindon, redbridge, havering, haringey, islington, telford, stockton):
        name, n = fn()
        print(f"{name}: {n} actions")
