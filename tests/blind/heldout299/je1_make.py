#!/usr/bin/env python3
"""Build the seven je1- blind cases (heldout299): data files and their expected readings.

Run with the project's Python (openpyxl, python-docx, pyyaml):
    /work/main/.venv/bin/python je1_make.py
"""
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "BFBFBF",
    "navy": "1F3864", "pale": "DDEBF7", "hdr": "D9D9D9", "teal": "006A71", "paleteal": "E2F0F1",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(code):
    return PatternFill("solid", start_color=FILL.get(code, code), end_color=FILL.get(code, code))


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            row = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
                   "end": a["end"]}
            if a.get("end_text") is not None:
                row["end_text"] = a["end_text"]
            row["status"] = a["status"]
            out.append(row)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Barnsley ILACS improvement plan (xlsx): cover + plan + key sheets, judgement-area
#    and recommendation rows merged across, original/revised dates, previous/current RAG.
# ---------------------------------------------------------------------------
def barnsley():
    name = "je1-barnsley-council-ilacs-improvement-plan.xlsx"
    title = "Barnsley Children’s Services – ILACS Improvement Plan"
    th1 = "Judgement area: The experiences and progress of children who need help and protection (Requires improvement)"
    th2 = "Judgement area: The impact of leaders on social work practice with children and families (Good)"
    th3 = "Judgement area: The experiences and progress of children in care (Good)"
    r1 = "Recommendation 1: The quality and consistency of management oversight and supervision, so that plans for children progress without delay."
    r2 = "Recommendation 2: The response to 16- and 17-year-olds who present as homeless, so that they are consistently offered a joint assessment and understand their rights and entitlements."
    r3 = "Recommendation 3: The use of performance information and audit findings by managers at all levels to drive improvement in practice."
    r4 = "Recommendation 4: The sufficiency of local homes for children in care, including for children with complex needs."
    D = dt.datetime
    # rows: ("theme", text) | ("rec", text) | action dict
    rows = [
        ("theme", th1), ("rec", r1),
        dict(ref="1.1", action="Refresh the supervision policy and practice standards, setting minimum frequency and recording expectations for case supervision.",
             lead_cell="Principal Social Worker", lead=["Principal Social Worker"], target=D(2023, 12, 31), revised=None,
             progress="Policy relaunched at practice week on 4 December 2023. Compliance audit (January) shows 87% of supervisions in timescale.",
             impact="Monthly supervision compliance report", prev="A", cur="B", end="2023-12", status="blue", th=th1, rec=r1),
        dict(ref="1.2", action="Deliver a management oversight development programme for all team managers and assistant team managers in the Assessment and Child in Need service.",
             lead_cell="Head of Service (Assessment and CIN) / Workforce Development Manager",
             lead=["Head of Service (Assessment and CIN)", "Workforce Development Manager"], target=D(2024, 1, 31), revised=D(2024, 3, 31),
             progress="Cohort 1 (12 managers) completed. Cohort 2 delayed by provider availability; now running February–March 2024.",
             impact="Dip sample of management decisions", prev="A", cur="A", end="2024-03", status="amber", th=th1, rec=r1),
        dict(ref="1.3", action="Introduce a monthly plan-progression tracker for children open for more than nine months, reviewed at the Head of Service performance clinic.",
             lead_cell="Head of Service (Assessment and CIN)", lead=["Head of Service (Assessment and CIN)"], target=D(2023, 11, 30), revised=None,
             progress="Tracker in place since November 2023 and reviewed monthly.",
             impact="Reduction in children open over 9 months", prev="G", cur="B", end="2023-11", status="blue", th=th1, rec=r1),
        ("rec", r2),
        dict(ref="2.1", action="Agree a revised joint protocol for homeless 16- and 17-year-olds with Housing Options, including a joint assessment within 10 working days.",
             lead_cell="Head of Service, Children in Care & Care Leavers; Housing Options Manager",
             lead=["Head of Service, Children in Care & Care Leavers", "Housing Options Manager"], target=D(2024, 1, 31), revised=D(2024, 4, 30),
             progress="Draft protocol agreed by officers; awaiting sign-off by Housing and Children’s Services Directors.",
             impact="% of young people receiving joint assessment", prev="A", cur="A", end="2024-04", status="amber", th=th1, rec=r2),
        dict(ref="2.2", action="Provide young people with an accessible guide to their rights and entitlements when presenting as homeless, co-produced with young people.",
             lead_cell="Participation and Engagement Manager", lead=["Participation and Engagement Manager"], target=D(2024, 3, 31), revised=None,
             progress="Two co-production sessions held; design work under way.",
             impact="Feedback from young people", prev="G", cur="G", end="2024-03", status="green", th=th1, rec=r2),
        ("theme", th2), ("rec", r3),
        dict(ref="3.1", action="Launch the refreshed Quality Assurance Framework with a monthly practice-learning cycle, linking audit findings to team development plans.",
             lead_cell="Head of Safeguarding and Quality Assurance", lead=["Head of Safeguarding and Quality Assurance"], target=D(2024, 1, 31), revised=None,
             progress="Framework launched 8 January 2024. First learning cycle completed.",
             impact="Audit grades; team development plans", prev="G", cur="B", end="2024-01", status="blue", th=th2, rec=r3),
        dict(ref="3.2", action="Build a Power BI team dashboard for team managers covering visits, supervision, plan reviews and audit grades.",
             lead_cell="Performance & Intelligence Manager", lead=["Performance & Intelligence Manager"], target=D(2023, 12, 31), revised=D(2024, 5, 31),
             progress="Data warehouse changes required before release. Test version with two teams from March 2024.",
             impact="Dashboard in use by all team managers", prev="R", cur="A", end="2024-05", status="amber", th=th2, rec=r3),
        ("theme", th3), ("rec", r4),
        dict(ref="4.1", action="Open two additional council-run children’s homes in Barnsley as set out in the Sufficiency Strategy 2023-26.",
             lead_cell="Service Director, Children’s Social Care & Safeguarding", lead=["Service Director, Children’s Social Care & Safeguarding"],
             target=D(2024, 9, 30), revised=None,
             progress="Property for first home purchased; Ofsted registration application submitted February 2024.",
             impact="Number of children living in Barnsley homes", prev="A", cur="A", end="2024-09", status="amber", th=th3, rec=r4),
        dict(ref="4.2", action="Recruit an additional 20 mainstream foster carer households through the Fostering Barnsley campaign.",
             lead_cell="Fostering Service Manager", lead=["Fostering Service Manager"], target=D(2025, 3, 31), revised=None,
             progress="9 households approved since October 2023; 7 in assessment.",
             impact="Net gain in foster carer households", prev="G", cur="G", end="2025-03", status="green", th=th3, rec=r4),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Barnsley Metropolitan Borough Council"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Children’s Services – ILACS Improvement Plan 2023-25"
    cv["A2"].font = Font(bold=True, size=12)
    info = [
        ("Inspection", "Ofsted inspection of local authority children’s services (ILACS)"),
        ("Inspection dates", "11 – 22 September 2023"),
        ("Report published", "3 November 2023"),
        ("Overall effectiveness", "Good"),
        ("Plan owner", "Service Director, Children’s Social Care & Safeguarding"),
        ("Governance", "Barnsley Children’s Improvement Board (monthly)"),
        ("Version", "1.4"),
        ("Date of this version", "12 March 2024"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cv.cell(row=i, column=c).border = BOX
    cv.cell(row=13, column=1, value="Version history").font = Font(bold=True)
    hist = [("Version", "Date", "Author", "Change"),
            ("1.0", "14/12/2023", "Improvement Programme Manager", "Plan submitted to Ofsted"),
            ("1.2", "22/01/2024", "Improvement Programme Manager", "Progress updates; revised dates agreed by Board"),
            ("1.4", "12/03/2024", "Improvement Programme Manager", "February progress position")]
    for i, r in enumerate(hist, start=14):
        for j, v in enumerate(r, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 14:
                c.font = Font(bold=True)
                c.fill = fill("hdr")
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 60
    cv.column_dimensions["C"].width = 30
    cv.column_dimensions["D"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Ofsted ILACS inspection, September 2023 – progress position at 29 February 2024"
    ws["A2"].font = Font(italic=True)
    hdrs = ["Ref", "Action", "Lead Officer", "Target Date", "Revised Date", "Progress Update",
            "Evidence of Impact", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdrs, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    r = 5
    for item in rows:
        if isinstance(item, tuple):
            kind, text = item
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=text)
            if kind == "theme":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("teal")
            else:
                c.font = Font(bold=True)
                c.fill = fill("pale")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.row_dimensions[r].height = 30
        else:
            a = item
            vals = [a["ref"], a["action"], a["lead_cell"], a["target"], a["revised"], a["progress"],
                    a["impact"], a["prev"], a["cur"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (4, 5) and v is not None:
                    c.number_format = "dd/mm/yyyy"
                if j in (8, 9):
                    c.fill = fill(v)
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(bold=True, color="FFFFFF" if v in ("R", "B", "G") else "000000")
        r += 1
    acts = [x for x in rows if isinstance(x, dict)]
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    counts = {k: sum(1 for a in acts if a["cur"] == k) for k in "BGAR"}
    for k, label in (("B", "Complete (B)"), ("G", "Green"), ("A", "Amber"), ("R", "Red")):
        r += 1
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts[k])
    r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(acts)).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Note: Revised dates were agreed by the Children’s Improvement Board on 15 January 2024. The original target date is retained for audit purposes.")
    widths = [7, 55, 30, 12, 12, 50, 28, 10, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("RAG Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact seen"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – revised date agreed or at risk"),
           ("R", "Off track – escalate to Improvement Board")]
    for i, (k, v) in enumerate(key, start=2):
        c = ky.cell(row=i, column=1, value=k)
        c.fill = fill(k)
        ky.cell(row=i, column=2, value=v)
    ky.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Barnsley MBC post-ILACS improvement plan of the kind reported to the Children’s "
                "Improvement Board and Overview & Scrutiny (barnsleymbc.moderngov.co.uk; ILACS September 2023, overall Good, "
                "help and protection Requires improvement). Copies a cover sheet with document control and version history, "
                "judgement-area rows and recommendation rows merged across the plan, original and revised target dates, "
                "previous and current RAG letters with fill, a current-RAG totals block, a notes line and a separate RAG key sheet."),
        reads=("A workbook whose 'Improvement Plan' sheet lists nine numbered actions under four Ofsted recommendations, "
               "grouped by judgement area. Each action has a lead post, a target date and sometimes a revised date, and "
               "previous/current RAG letters where the key says B = complete. The cover and key sheets and the totals block "
               "are not actions."),
        outcome="read", accept_refusal=False, title=title)
    actions = [dict(ref=a["ref"], under=[a["th"], a["rec"]], action=a["action"], lead=a["lead"], end=a["end"],
                    status=a["status"]) for a in acts]
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Havering local area SEND priority action plan (xlsx): summary sheet with key and totals,
#    one sheet per area for priority action plus an area-for-improvement sheet, fill-only RAG,
#    school terms as dates, two posts in one lead cell.
# ---------------------------------------------------------------------------
def havering():
    name = "je1-havering-local-area-send-priority-action-plan.xlsx"
    title = "Havering Local Area Partnership – SEND Priority Action Plan"
    api1 = ("Leaders across education, health and care should urgently improve the timeliness and quality of education, "
            "health and care (EHC) needs assessments and plans, so that children and young people’s needs are accurately "
            "identified and met.")
    api2 = ("Leaders should reduce waiting times for neurodevelopmental assessment and improve the support available to "
            "children and young people and their families while they wait.")
    afi = ("Leaders should strengthen the preparation for adulthood offer so that young people with SEND are well prepared "
           "for the move to adult services.")
    sheets = [
        ("API 1", "Area for priority action 1", api1, [
            dict(ref="P1.1", action="Recruit to the full EHC assessment and review team establishment and reduce case officer caseloads to no more than 1:150.",
                 lead_cell="Head of SEND", lead=["Head of SEND"], partners="LBH HR", when="Spring term 2025",
                 measure="All posts filled; average caseload", rag="G", end="2025-04", status="green"),
            dict(ref="P1.2", action="Introduce a multi-agency EHC quality assurance panel meeting fortnightly to audit a sample of new and amended plans.",
                 lead_cell="Head of SEND / Designated Clinical Officer", lead=["Head of SEND", "Designated Clinical Officer"],
                 partners="NEL ICB, Children’s Social Care, parent carer forum", when="Summer term 2025",
                 measure="% of audited plans judged good or better", rag="A", end="2025-07", status="amber"),
            dict(ref="P1.3", action="Deliver training on writing SMART outcomes to all SEND case officers, educational psychologists and health advisers.",
                 lead_cell="Principal Educational Psychologist", lead=["Principal Educational Psychologist"], partners="NELFT",
                 when="Autumn term 2025", measure="Training attendance; audit of outcomes", rag="grey", end="2025-12", status="unrated"),
            dict(ref="P1.4", action="Commission health advice within six weeks for all new assessments, with escalation to the Designated Medical Officer where timescales are missed.\nReport compliance monthly to the SEND Partnership Board.",
                 lead_cell="Designated Clinical Officer (NEL ICB)", lead=["Designated Clinical Officer (NEL ICB)"],
                 partners="NELFT, BHRUT", when="31/07/2025", measure="% health advice returned within 6 weeks",
                 rag="R", end="2025-07", status="red"),
            dict(ref="P1.5", action="Publish a refreshed EHC needs assessment guide for parents and carers, co-produced with the parent carer forum.",
                 lead_cell="SEND Service Manager", lead=["SEND Service Manager"], partners="Parent carer forum",
                 when="January 2025", measure="Guide published on the Local Offer", rag="B", end="2025-01", status="blue"),
        ]),
        ("API 2", "Area for priority action 2", api2, [
            dict(ref="P2.1", action="Implement the NEL ICB neurodevelopmental waiting list initiative, commissioning additional assessment capacity for Havering children.",
                 lead_cell="Deputy Director of Children’s Commissioning (NEL ICB)", lead=["Deputy Director of Children’s Commissioning (NEL ICB)"],
                 partners="BHRUT, NELFT", when="Q2 2025/26", measure="Median wait from referral to assessment",
                 rag="A", end="2025-09", status="amber"),
            dict(ref="P2.2", action="Launch a ‘support while you wait’ offer, including parent workshops and sleep support, through Havering Family Hubs.",
                 lead_cell="Family Hubs Manager; Community Paediatric Service Manager (BHRUT)",
                 lead=["Family Hubs Manager", "Community Paediatric Service Manager (BHRUT)"], partners="Voluntary sector",
                 when="Summer term 2025", measure="Take-up and parent feedback", rag="G", end="2025-07", status="green"),
            dict(ref="P2.3", action="Train SENCos in all Havering schools to use the Ordinarily Available Provision guidance for pupils awaiting diagnosis.",
                 lead_cell="SEND Inclusion Lead", lead=["SEND Inclusion Lead"], partners="Schools",
                 when="Autumn term 2025", measure="Number of schools trained", rag="G", end="2025-12", status="green"),
        ]),
        ("AFI", "Area for improvement", afi, [
            dict(ref="AFI.1", action="Establish a 14–25 transitions panel with adult social care and adult health services.",
                 lead_cell="Head of Transitions", lead=["Head of Transitions"], partners="Adult Social Care, NELFT",
                 when="Sept 2025", measure="Panel in place; transition plans by Year 10", rag="A", end="2025-09", status="amber"),
            dict(ref="AFI.2", action="Extend supported internships to 30 places for the 2025/26 academic year.",
                 lead_cell="Post-16 SEND Manager", lead=["Post-16 SEND Manager"], partners="Havering College, employers",
                 when="Sept 2025", measure="Places filled", rag="G", end="2025-09", status="green"),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Area SEND inspection (Ofsted/CQC), October 2024 – outcome: widespread and/or systemic failings"
    sm["A3"] = "Progress reported to the SEND Partnership Board – 24 June 2025"
    sm["A3"].font = Font(italic=True)
    sm["A5"] = "Progress summary"
    sm["A5"].font = Font(bold=True)
    hdr = ["Area", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("hdr")
        c.border = BOX
    rr = 7
    tot = [0] * 6
    for sname, _, _, acts in sheets:
        vals = [len(acts)] + [sum(1 for a in acts if a["rag"] == k) for k in ("B", "G", "A", "R", "grey")]
        tot = [x + y for x, y in zip(tot, vals)]
        for j, v in enumerate([sname] + vals, start=1):
            sm.cell(row=rr, column=j, value=v).border = BOX
        rr += 1
    for j, v in enumerate(["Total"] + tot, start=1):
        c = sm.cell(row=rr, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    rr += 2
    sm.cell(row=rr, column=1, value="RAG key (colour only in the plan sheets)").font = Font(bold=True)
    for k, label in (("B", "Complete"), ("G", "On track"), ("A", "At risk – some slippage"),
                     ("R", "Off track – escalated to SEND Partnership Board"), ("grey", "Not yet started")):
        rr += 1
        sm.cell(row=rr, column=1).fill = fill(k)
        sm.cell(row=rr, column=2, value=label)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 44

    hdrs = ["Action No.", "What we will do", "Lead(s)", "Partners involved", "By when", "Measure of impact", "RAG"]
    for sname, heading, text, acts in sheets:
        ws = wb.create_sheet(sname)
        ws.merge_cells("A1:G1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A2:G2")
        ws["A2"] = text
        ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
        ws["A2"].font = Font(bold=True)
        ws.row_dimensions[2].height = 48
        for j, h in enumerate(hdrs, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        for i, a in enumerate(acts, start=5):
            vals = [a["ref"], a["action"], a["lead_cell"], a["partners"], a["when"], a["measure"], None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=i, column=7).fill = fill(a["rag"])
        for col, w in zip("ABCDEFG", (10, 60, 34, 26, 16, 32, 8)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a London local area partnership SEND priority action plan after an Ofsted/CQC area SEND inspection "
                "with outcome 3 (areas for priority action), as published by councils and ICBs in 2024-25; Havering (LB Havering "
                "with NEL ICB, NELFT and BHRUT) has not been used before. Copies a summary sheet with progress totals and a "
                "colour key, one sheet per area for priority action with the inspectors’ text above its actions, an area for "
                "improvement sheet, RAG shown by cell colour only, school terms and quarters as target dates, and two posts "
                "in one lead cell."),
        reads=("Ten actions across three sheets: five under area for priority action 1 (EHC needs assessments and plans), three "
               "under area for priority action 2 (neurodevelopmental waits) and two under the area for improvement (preparation "
               "for adulthood). The RAG column has only fill colours, keyed on the summary sheet (grey = not yet started). "
               "The summary sheet's totals and key are not actions."),
        outcome="read", accept_refusal=False, title=title)
    actions = []
    for sname, heading, text, acts in sheets:
        for a in acts:
            actions.append(dict(ref=a["ref"], under=[text], action=a["action"], lead=a["lead"], end=a["end"],
                                status=a["status"]))
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Bexley YJS HMIP improvement plan (xlsx) – REFUSE: a mistyped month "0ct-25" (zero for O).
# ---------------------------------------------------------------------------
def bexley():
    name = "je1-bexley-youth-justice-service-hmip-improvement-plan-typo-month-refuse.xlsx"
    title = "Bexley Youth Justice Service – HMI Probation Inspection Improvement Plan 2025"
    recs = [
        ("1", "The Bexley Youth Justice Service Manager should: improve the quality of assessment and planning for keeping other people safe, so that contingency plans are specific to each child and understood by all staff.", [
            ("1.1", "Deliver risk of serious harm and contingency planning workshops for all case managers, facilitated by the Youth Justice Board.", "YJS Operational Manager", "Jul-25", "Complete", "Two workshops held June 2025; 100% of case managers attended."),
            ("1.2", "Introduce a management countersignature requirement for all AssetPlus plans rated medium or above for risk to others.", "YJS Team Manager", "Sep-25", "On track", "Process agreed; ChildView workflow change requested."),
        ]),
        ("2", "The Bexley Youth Justice Service Manager should: make sure that the voices and safety of victims are consistently considered when planning interventions with children.", [
            ("2.1", "Review the victim contact process so that every identifiable victim is offered contact within 10 working days of the outcome.", "Restorative Justice and Victims Worker", "Aug-25", "Complete", "Revised process live from 1 August."),
            ("2.2", "Add a victim safety section to the case planning template and audit its use quarterly.", "YJS Quality Assurance Lead", "0ct-25", "On track", "Template drafted; first audit scheduled."),
        ]),
        ("3", "The Bexley Youth Justice Management Board should: make sure that partners provide the education, health and substance misuse resources the service needs, and monitor their impact.", [
            ("3.1", "Agree a partnership resourcing schedule with education, health, police and probation, reviewed at each Board meeting.", "Chair, Youth Justice Management Board", "Dec-25", "On track", "Draft schedule tabled at July Board."),
            ("3.2", "Secure a seconded CAMHS practitioner for two days per week.", "Head of Children’s Commissioning (SEL ICB – Bexley)", "Nov-25", "Off track", "Recruitment unsuccessful; interim sessional cover being explored."),
            ("3.3", "Add education, training and employment outcomes for children open to the YJS to the Board performance report.", "YJS Performance Officer", "Sep-25", "Complete", "Included from July 2025 report."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Inspection fieldwork: 3–7 February 2025   |   Report published: 6 May 2025   |   Overall rating: Requires improvement"
    ws.merge_cells("A3:H3")
    ws["A3"] = "Monitored by: Bexley Youth Justice Management Board   |   Update for Board meeting 11 September 2025"
    ws["A3"].font = Font(italic=True)
    hdrs = ["Rec No.", "Recommendation", "Ref", "Action", "Owner", "Target date", "Status", "Update (September 2025)"]
    for j, h in enumerate(hdrs, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    status_fill = {"Complete": "B", "On track": "G", "Off track": "R"}
    r = 6
    typo_row = None
    for no, text, acts in recs:
        first = r
        for ref, action, owner, when, status, upd in acts:
            vals = [no if r == first else None, text if r == first else None, ref, action, owner, when, status, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(status_fill[status])
            if when.startswith("0"):
                typo_row = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / Off track. Target dates are month-end unless stated.")
    for col, w in zip("ABCDEFGH", (8, 48, 6, 55, 30, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a post-inspection improvement plan for an HM Inspectorate of Probation youth justice inspection, of "
                "the kind taken to a council scrutiny committee with the Youth Justice Management Board’s endorsement (e.g. "
                "Reading YJS 2024, democracy.reading.gov.uk). Bexley YJS has not been used before. Copies the title block "
                "with inspection dates and rating, recommendations addressed to the YJS manager and to the Board merged down "
                "beside their actions, owners as posts, month-year target dates typed as text, fill-coloured status words "
                "and a key line."),
        reads=("Seven actions under three HMIP recommendations, each with an owner, a target month and a status. The target "
               "for action 2.2 is typed '0ct-25' with a zero for the letter O: a careful reader would stop and ask whether "
               "October 2025 is meant before reading the plan in."),
        outcome="refuse", accept_refusal=False, refuse_at=typo_row, title=title)
    write_expected(name, meta, [])
    return name, 0


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, hexcol="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, hexcol)


# ---------------------------------------------------------------------------
# 4. Kensington & Chelsea and Westminster SCP – JTAI (serious youth violence) action plan (docx):
#    document-control and key tables first, one table per area for improvement, sign-off table.
# ---------------------------------------------------------------------------
def rbkc_wcc():
    name = "je1-kensington-chelsea-westminster-scp-jtai-action-plan.docx"
    title = "JTAI Action Plan – Multi-agency Response to Serious Youth Violence"
    afis = [
        ("Area for improvement 1",
         "The quality and timeliness of information-sharing between health services and the police when children attend emergency departments with injuries related to violence.",
         [
             ("1.1", "Agree and implement an ED-to-police notification pathway for all children presenting with stab or gunshot injuries, including out of hours.",
              "Named Nurse Safeguarding Children (CWFT) / DI Public Protection, Central West BCU",
              ["Named Nurse Safeguarding Children (CWFT)", "DI Public Protection, Central West BCU"],
              "January 2025", "Complete", "Pathway live at Chelsea and Westminster and St Mary’s from 13 January 2025.", "2025-01", None, "blue"),
             ("1.2", "Extend the hospital youth work referral offer at St Mary’s Major Trauma Centre to all children aged 10–17 admitted following violence.",
              "Redthread Service Lead; Bi-borough Head of Early Help", ["Redthread Service Lead", "Bi-borough Head of Early Help"],
              "March 2025", "Green", "Funding agreed for 2025-26; referral criteria widened.", "2025-03", None, "green"),
             ("1.3", "Audit a sample of 20 ED attendances to test that safeguarding referrals and police notifications were made.",
              "Designated Nurse Safeguarding Children (NWL ICB)", ["Designated Nurse Safeguarding Children (NWL ICB)"],
              "June 2025", "Amber", "Audit tool agreed; data access request with trust information governance.", "2025-06", None, "amber"),
         ]),
        ("Area for improvement 2",
         "The consistency with which contextual safeguarding assessments are used to understand and reduce risk to children outside the home.",
         [
             ("2.1", "Relaunch the Extra-Familial Harm practice guidance and assessment tool, with briefings for social workers, youth justice staff and school DSLs.",
              "Head of Safeguarding, Review and Quality Assurance", ["Head of Safeguarding, Review and Quality Assurance"],
              "Dec 2024", "Complete", "Guidance relaunched 2 December 2024; 14 briefings delivered.", "2024-12", None, "blue"),
             ("2.2", "Introduce a fortnightly Extra-Familial Harm Panel co-chaired by children’s services and the police, mapping peer groups and locations of concern.",
              "Bi-borough DCS & Central West BCU Commander", ["Bi-borough DCS", "Central West BCU Commander"],
              "Ongoing", "Green", "Panel meeting fortnightly since October 2024.", None, "Ongoing", "green"),
             ("2.3", "Include contextual safeguarding in the multi-agency training programme for 2025-26.",
              "Partnership Learning and Development Lead", ["Partnership Learning and Development Lead"],
              "Q1 2025/26", "Green", "Course commissioned.", "2025-06", None, "green"),
         ]),
        ("Area for improvement 3",
         "The partnership’s use of multi-agency audit and performance data to understand the impact of its work on children at risk of serious youth violence.",
         [
             ("3.1", "Develop a serious youth violence dataset for the Partnership Executive, combining police, health, youth justice and education data.",
              "Partnership Business Manager", ["Partnership Business Manager"],
              "31/03/2025", "Amber", "Police and YJS data included; health data sharing agreement still awaited.", "2025-03", None, "amber"),
             ("3.2", "Complete a multi-agency themed audit on serious youth violence and report the learning to the Partnership Executive.",
              "Chair, Quality Assurance Subgroup", ["Chair, Quality Assurance Subgroup"],
              "July 2025", "Not started", "Scheduled for the May 2025 audit cycle.", "2025-07", None, "unrated"),
         ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Kensington and Chelsea and Westminster Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Joint targeted area inspection (Ofsted, CQC and HMICFRS): 9–13 September 2024. "
                      "Letter of findings published: 5 November 2024.")
    doc.add_paragraph("Version 2.1 – progress update for the Partnership Executive, 20 March 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"], "595959")
    for row in (("1.0", "17/12/2024", "Partnership Business Manager", "Submitted to Ofsted"),
                ("2.0", "30/01/2025", "Partnership Business Manager", "First progress update"),
                ("2.1", "20/03/2025", "Partnership Business Manager", "Second progress update")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, col in (("Complete", "Action delivered; impact being monitored", "0070C0"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "Some delay – mitigation in place", "FFC000"),
                               ("Red", "Off track – escalate to Partnership Executive", "FF0000"),
                               ("Not started", "Not yet due to start", "FFFFFF")):
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    rag_col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, text, acts in afis:
        doc.add_heading(heading, level=2)
        para = doc.add_paragraph()
        r = para.add_run(text)
        r.bold = True
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "By when", "RAG", "Progress update"])
        for ref, action, lead_cell, _lead, when, rag, upd, *_ in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, action, lead_cell, when, rag, upd)):
                set_cell(c, v)
            if rag in rag_col:
                shade(cells[4], rag_col[rag])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off on behalf of the statutory safeguarding partners").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Partner", "Name", "Date"], "595959")
    for row in (("Bi-borough Local Authorities", "Executive Director of Children’s Services", "17/12/2024"),
                ("NHS North West London ICB", "Chief Nursing Officer", "17/12/2024"),
                ("Metropolitan Police Service", "Detective Chief Superintendent, Central West BCU", "17/12/2024")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a safeguarding children partnership’s JTAI action plan (serious youth violence theme, 2024-25) of "
                "the kind published after Ofsted/CQC/HMICFRS letters of findings; the bi-borough Kensington and Chelsea and "
                "Westminster partnership has not been used for a JTAI plan before. Copies the partnership name and title, "
                "inspection and version lines, a document-control table and RAG key table before the plan, one heading "
                "and italic area-for-improvement text above each action table, posts with agency in brackets as leads "
                "(two posts joined by / ; or &), RAG words with shading, and a sign-off table at the end."),
        reads=("Eight actions in three tables, one per area for improvement from the JTAI letter; each row has a ref, an "
               "action, a lead, a 'by when', a RAG word and a progress update. The document-control, RAG key and sign-off "
               "tables are not the plan."),
        outcome="read", accept_refusal=False, title=title)
    actions = []
    for heading, text, acts in afis:
        for ref, action, lead_cell, lead, when, rag, upd, end, end_text, status in acts:
            actions.append(dict(ref=ref, under=[text], action=action, lead=lead, end=end, end_text=end_text,
                                status=status))
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Rotherham council-run children's home Ofsted action plan (docx): Section A requirements and
#    Section B recommendations, requirement text merged down beside its actions, revised date in cell.
# ---------------------------------------------------------------------------
def rotherham():
    name = "je1-rotherham-council-childrens-home-ofsted-action-plan.docx"
    title = "Ofsted Inspection Action Plan – Silverwood Children’s Home"
    secA = "Section A: Requirements"
    secB = "Section B: Recommendations"
    reqs = [
        ("1", "The registered person must ensure that staff assess whether each child’s safety and welfare are at risk and take effective action to reduce the risk of harm, including when children go missing from the home. (Regulation 12 (1) and (2)(a)(i))", [
            ("A1.1", "Review and update each child’s risk assessment and missing-from-home protocol with the child’s social worker and the police missing person coordinator.",
             "Registered Manager", ["Registered Manager"], "31/01/2025", "Complete", "2025-01", None, "blue"),
            ("A1.2", "Deliver refresher training on the Philomena Protocol and return home interviews to all residential staff.",
             "Deputy Manager / Residential Training Officer", ["Deputy Manager", "Residential Training Officer"], "28/02/2025", "Complete", "2025-02", None, "blue"),
        ]),
        ("2", "The registered person must ensure that the premises are kept in a good state of repair and that children are helped to personalise their bedrooms. (Regulation 6 (1) and (2)(c)(ii))", [
            ("A2.1", "Complete the outstanding repairs to the kitchen and first-floor bathroom through the corporate property repairs programme.",
             "Head of Residential Services; Corporate Property Manager", ["Head of Residential Services", "Corporate Property Manager"],
             "31/03/2025\nRevised: 30/04/2025", "Amber", "2025-04", None, "amber"),
        ]),
        ("3", "The registered person must ensure that leaders and managers monitor and review incidents and the use of physical intervention, and use what they learn to improve the care provided. (Regulation 13 (2)(h))", [
            ("A3.1", "Introduce a weekly managerial review of all restraint and incident records, with themes reported to the Responsible Individual monthly.",
             "Registered Manager", ["Registered Manager"], "21/02/2025", "Complete", "2025-02", None, "blue"),
        ]),
    ]
    recs = [
        ("1", "The registered person should ensure that children’s records reflect their wishes and feelings and are written in a way that is accessible to the child. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 62, paragraph 14.4)", [
            ("B1.1", "Use key-work sessions to co-write ‘My Story’ entries with each child and audit the quality of records monthly.",
             "Deputy Manager", ["Deputy Manager"], "Ongoing", "Green", None, "Ongoing", "green"),
        ]),
        ("2", "The registered person should ensure that staff receive training in supporting children who have experienced child criminal exploitation. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 53, paragraph 10.5)", [
            ("B2.1", "Commission child criminal exploitation training from the Rotherham Safeguarding Children Partnership for the whole staff team.",
             "Residential Training Officer", ["Residential Training Officer"], "June 2025", "Not started", "2025-06", None, "unrated"),
            ("B2.2", "Invite the Child Exploitation Team to a team meeting each quarter to share local intelligence and learning.",
             "Registered Manager", ["Registered Manager"], "Quarterly", "Green", None, "Quarterly", "green"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Rotherham Metropolitan Borough Council – Children and Young People’s Services")
    r.bold = True
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Home", "Silverwood Children’s Home (URN SC498765)"),
                 ("Inspection", "Full inspection, 14 and 15 January 2025"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered Manager", "Dawn Ellis"),
                 ("Responsible Individual", "Head of Residential Services"),
                 ("Plan date", "3 March 2025")):
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFDA")
        set_cell(cells[1], v)

    def section(head, items, first_label):
        doc.add_paragraph()
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", first_label, "Action we will take", "Who", "Target date", "Status"], "375623")
        for no, text, acts in items:
            start = len(t.rows)
            for ref, action, lead_cell, _l, when, status, *_ in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], action)
                set_cell(cells[3], lead_cell)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
                shade(cells[5], {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966"}.get(status, "FFFFFF"))
            end = len(t.rows) - 1
            c = t.cell(start, 1)
            if end > start:
                c = c.merge(t.cell(end, 1))
            set_cell(c, text)
        return t

    section(secA, reqs, "Requirement")
    section(secB, recs, "Recommendation")
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – evidence held on file; Green – on track; Amber – delayed, revised date agreed; "
                      "Not started – not yet due.")
    doc.add_paragraph("Progress against this plan will be reviewed in the Regulation 44 and Regulation 45 reports and "
                      "at the monthly Residential Services performance meeting.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a local authority’s action plan for one of its own children’s homes after an Ofsted SCCIF full "
                "inspection (2025), of the kind Rotherham MBC and other councils running in-house homes take to corporate "
                "parenting panels. Copies the council banner, a home information table (URN, inspection, judgement, "
                "registered manager, responsible individual), Section A requirements with regulation references and Section B "
                "recommendations citing the Guide to the Children’s Homes Regulations, the inspectors’ text merged down "
                "beside its actions, an original and revised date in one cell, and status key/notes lines after the tables."),
        reads=("Seven actions: four answering three regulatory requirements and three answering two recommendations. Each "
               "has a ref (A1.1 … B2.2), the post responsible, a target date (one revised from March to April 2025; "
               "'Ongoing' and 'Quarterly' for two) and a status word. The information table and key lines are not actions."),
        outcome="read", accept_refusal=False, title=title)
    actions = []
    for sec, items in ((secA, reqs), (secB, recs)):
        for no, text, acts in items:
            for ref, action, lead_cell, lead, when, status_word, end, end_text, status in acts:
                actions.append(dict(ref=ref, under=[sec, text], action=action, lead=lead, end=end, end_text=end_text,
                                    status=status))
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Merton early help and family hubs action plan (csv)
# ---------------------------------------------------------------------------
def merton():
    import csv
    import io
    name = "je1-merton-early-help-family-hubs-action-plan.csv"
    title = "Merton Early Help and Family Hubs Partnership Strategy 2024–2027"
    pr = [
        ("Priority 1: Families know where to go and get help early", [
            ("1.1", "Open the Family Hub at Phipps Bridge and publish a map of the Family Hub network and delivery points.",
             "Head of Family Wellbeing Service", ["Head of Family Wellbeing Service"], "Sept 2024 – March 2025", "On track",
             "Capital works started November 2024; signage installed at three sites.", "2025-03", None, "green"),
            ("1.2", "Launch the Family Hubs digital front door and Start for Life web pages.",
             "Family Hubs Programme Manager", ["Family Hubs Programme Manager"], "31/10/2024", "Complete",
             "Live from 14 October 2024.", "2024-10", None, "blue"),
            ("1.3", "Train 200 frontline practitioners across the partnership in the Merton Child and Young Person Well-Being Model and the early help assessment.",
             "Early Help Partnership Manager; MSCP Training Lead", ["Early Help Partnership Manager", "MSCP Training Lead"],
             "Q4 2024/25", "At risk", "118 trained to date; health visiting attendance low – additional dates offered.", "2025-03", None, "amber"),
        ]),
        ("Priority 2: Children and families get the right help at the right time", [
            ("2.1", "Embed a multi-agency early help triage within the MASH, with daily screening of early help requests.",
             "Head of Access to Resources / MASH Manager", ["Head of Access to Resources", "MASH Manager"], "End of January 2025",
             "On track", "Triage pilot running since December; evaluation due January.", "2025-01", None, "green"),
            ("2.2", "Review the family support offer commissioned from the voluntary and community sector and award new contracts from April 2025.",
             "Commissioning Manager (Children’s Services)", ["Commissioning Manager (Children’s Services)"], "By 31 March 2025",
             "Off track", "Procurement delayed to allow market engagement; contracts extended to September 2025.", "2025-03", None, "red"),
            ("2.3", "Use the Supporting Families outcomes framework in all early help teams and report outcomes quarterly to the Children’s Trust Board.",
             "Supporting Families Coordinator", ["Supporting Families Coordinator"], "Ongoing", "On track",
             "Q2 claim submitted.", None, "Ongoing", "green"),
        ]),
        ("Priority 3: Our workforce and partnership are confident and well led", [
            ("3.1", "Publish an early help performance dashboard for partners, including step-up and step-down rates.",
             "Performance & Business Intelligence Lead", ["Performance & Business Intelligence Lead"], "Jun-25", "Not started",
             "", "2025-06", None, "unrated"),
            ("3.2", "Hold a partnership early help conference to share practice and learning from multi-agency audits.",
             "Early Help Partnership Manager", ["Early Help Partnership Manager"], "July 2025", "On track",
             "Venue booked.", "2025-07", None, "green"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", ""])
    w.writerow(["Year One Action Plan – position at 31 December 2024 (Q3 2024/25)", "", "", "", "", "", ""])
    w.writerow(["Status key: Complete (blue); On track (green); At risk (amber); Off track (red); Not started", "", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["Ref", "Action", "Lead(s)", "Target date", "Status", "Progress update (Q3)", "Governance"])
    n = 0
    for head, acts in pr:
        w.writerow([head, "", "", "", "", "", ""])
        for ref, action, lead_cell, lead, when, status, upd, *_ in acts:
            w.writerow([ref, action, lead_cell, when, status, upd, "Early Help Partnership Board"])
            n += 1
    w.writerow([])
    w.writerow(["Total actions: 8 | Complete: 1 | On track: 4 | At risk: 1 | Off track: 1 | Not started: 1", "", "", "", "", "", ""])
    w.writerow(["Note: Updates provided by action leads for the Children’s Trust Board meeting on 21 January 2025.", "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    meta = dict(
        source=("Imitates a borough early help / family hubs partnership strategy action plan exported from Excel to CSV for a "
                "Children’s Trust Board, with Merton’s Family Hub programme (merton.gov.uk family hubs pages, Phipps Bridge, "
                "Start for Life offer) as the setting. Copies a title and period line, a status key line, priority heading rows, "
                "numbered actions, two posts in one lead cell, periods/quarters/‘By …’/‘End of …’ as target dates, status "
                "words, and a totals line and notes line at the end."),
        reads=("Eight actions under three strategy priorities, each with a ref, lead post(s), target date and a status word "
               "that the key maps to colours (At risk = amber, Off track = red). The totals and note lines at the foot are "
               "not actions."),
        outcome="read", accept_refusal=False, title=title)
    actions = []
    for head, acts in pr:
        for ref, action, lead_cell, lead, when, status_word, upd, end, end_text, status in acts:
            actions.append(dict(ref=ref, under=[head], action=action, lead=lead, end=end, end_text=end_text, status=status))
    assert n == len(actions) == 8
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Wirral corporate parenting board action plan (tab-delimited text saved from Excel)
# ---------------------------------------------------------------------------
def wirral():
    name = "je1-wirral-corporate-parenting-board-action-plan.txt"
    title = "Wirral Council – Corporate Parenting Board Action Plan 2025-26"
    pillars = [
        ("Pillar 1: My Health and Wellbeing", [
            ("CP1.1", "Make sure every care leaver receives their health passport before their 18th birthday.",
             "Designated Nurse for Children in Care (NHS Cheshire and Merseyside)", ["Designated Nurse for Children in Care (NHS Cheshire and Merseyside)"],
             "Mar-26", "A", "71% in Q1; passport template being simplified with young people.", "2026-03", None, "amber"),
            ("CP1.2", "Agree a recovery plan with the provider to bring initial health assessments back within 20 working days.",
             "Head of Service – Children in Care", ["Head of Service – Children in Care"], "Dec-25", "R",
             "Timeliness 48% in Q1. Escalated to ICB place director.", "2025-12", None, "red"),
            ("CP1.3", "Give free council leisure passes to all children in care and care leavers up to age 25.",
             "Head of Leisure Services", ["Head of Leisure Services"], "Jun-25", "B", "Passes issued from 1 June 2025.",
             "2025-06", None, "blue"),
        ]),
        ("Pillar 2: My Family, Friends and Home", [
            ("CP2.1", "Extend the Staying Close project to a further 10 care leavers.\nIncrease the number of carers offering Staying Put arrangements.",
             "Head of Permanence; Fostering Service Manager", ["Head of Permanence", "Fostering Service Manager"],
             "Mar-26", "G", "4 additional Staying Close places agreed.", "2026-03", None, "green"),
            ("CP2.2", "Promote independent advocacy at every child in care review and report take-up to the Board.",
             "Independent Reviewing Service Manager", ["Independent Reviewing Service Manager"], "Termly", "G",
             "Take-up up from 31% to 38%.", None, "Termly", "green"),
        ]),
        ("Pillar 3: My Learning and Skills", [
            ("CP3.1", "Make sure every child in care has a Personal Education Plan reviewed each term and judged good or better.",
             "Virtual School Headteacher", ["Virtual School Headteacher"], "Ongoing", "G", "94% of PEPs rated good or better in summer term.",
             None, "Ongoing", "green"),
            ("CP3.2", "Create 15 ring-fenced apprenticeship opportunities for care leavers across the council and partner organisations.",
             "HR Business Partner/Care Leavers Team Manager", ["HR Business Partner", "Care Leavers Team Manager"],
             "31/03/2026", "A", "6 places confirmed; partners approached through the Wirral Employers Pledge.", "2026-03", None, "amber"),
        ]),
        ("Pillar 4: My Future", [
            ("CP4.1", "Extend the council tax exemption to Wirral care leavers living outside the borough up to age 25.",
             "Director of Finance", ["Director of Finance"], "Apr-25", "B", "Agreed by Council in February 2025.",
             "2025-04", None, "blue"),
            ("CP4.2", "Co-produce the refreshed care leavers’ local offer with the Care Leavers Forum.",
             "Team Manager, Leaving Care", ["Team Manager, Leaving Care"], "Nov-25", "G", "Forum workshops booked for September.",
             "2025-11", None, "green"),
        ]),
    ]

    def cell(v):
        # Excel "Text (Tab delimited)" quotes fields that contain line breaks or quotes
        if "\n" in v or '"' in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    ncol = 6
    lines = [title + "\t" * (ncol - 1),
             "Update for Corporate Parenting Board – 10 September 2025" + "\t" * (ncol - 1),
             "\t" * (ncol - 1),
             "\t".join(["Ref", "What we will do", "Lead", "Target", "RAG", "Comment"])]
    for head, acts in pillars:
        lines.append(head + "\t" * (ncol - 1))
        for ref, action, lead_cell, lead, when, rag, comment, *_ in acts:
            lines.append("\t".join(cell(v) for v in (ref, action, lead_cell, when, rag, comment)))
    lines.append("\t" * (ncol - 1))
    lines.append("RAG: B = complete, G = on track, A = some slippage, R = off track" + "\t" * (ncol - 1))
    lines.append("Total actions: 9 (B 2, G 4, A 2, R 1)" + "\t" * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        # rows end CRLF; a line break inside a quoted cell stays a bare LF, as Excel writes it
        f.write("\r\n".join(lines) + "\r\n")

    meta = dict(
        source=("Imitates Wirral Council’s corporate parenting action plan built on its four pillars (My Health and Wellbeing; "
                "My Family, Friends and Home; My Learning and Skills; My Future – wirral.gov.uk Corporate Parenting Plan pages), "
                "as an Excel tracker saved as tab-delimited text for the Corporate Parenting Board. Copies a title and update "
                "line, pillar heading rows, CP refs, posts as leads (two posts joined by ; or /), Mon-YY targets with "
                "‘Termly’ and ‘Ongoing’, RAG letters, a quoted two-line action cell and key/totals lines at the end."),
        reads=("Nine actions under four pillars, each with a ref, a lead post or two, a target (month, date, 'Termly' or "
               "'Ongoing'), a RAG letter (B = complete per the key line) and a comment. Action CP2.1 spans two lines inside "
               "one quoted cell. The key and totals lines are not actions."),
        outcome="read", accept_refusal=False, title=title)
    actions = []
    for head, acts in pillars:
        for ref, action, lead_cell, lead, when, rag, comment, end, end_text, status in acts:
            actions.append(dict(ref=ref, under=[head], action=action, lead=lead, end=end, end_text=end_text, status=status))
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (barnsley, havering, bexley, rbkc_wcc, rotherham, merton, wirral):
        nm, n = fn()
        print(f"{nm}: {n} actions")
