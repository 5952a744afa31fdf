"""Build the seven ie1- blind cases (set heldout273): data files and their expected readings.

Run:  /work/main/.venv/bin/python ie1_make.py
Writes, beside this script, the seven data files and NAME.expected.yaml for each.
The expected reading of every action (under, lead, end, status) is written by hand
below, next to the cell values it is read from.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def exp_action(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, title, actions, outcome="read", refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. City of York Council - ILACS action plan (xlsx: cover, plan, RAG key sheets)
# ---------------------------------------------------------------------------
def york():
    name = "ie1-city-of-york-council-ilacs-improvement-plan.xlsx"
    title = "City of York Council Ofsted ILACS Action Plan 2022–23"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    rows = [
        ("Inspection:", "Inspection of Local Authority Children's Services (ILACS), 7–18 March 2022"),
        ("Report published:", "4 May 2022"),
        ("Overall effectiveness:", "Requires improvement to be good"),
        ("Plan owner:", "Director of Children's Safeguarding"),
        ("Monitored by:", "Assurance and Ambition Board (quarterly); Children, Education and Communities Policy and Scrutiny Committee"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    cov.cell(r, 1, "Version control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Summary of change", "Author"], 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for v in [
        ("0.3", dt.datetime(2022, 6, 24), "Draft shared with Policy and Scrutiny Committee and Show Me That I Matter", "Improvement Manager"),
        ("1.0", dt.datetime(2022, 7, 28), "Approved by Executive; submitted to Ofsted", "Improvement Manager"),
        ("1.3", dt.datetime(2022, 10, 18), "Quarter 2 update to Assurance and Ambition Board", "Improvement Manager"),
        ("1.4", dt.datetime(2023, 1, 17), "Quarter 3 update; RAG refreshed", "Improvement Manager"),
    ]:
        r += 1
        for i, x in enumerate(v, 1):
            c = cov.cell(r, i, x)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (22, 14, 60, 22)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position as at 17 January 2023 (Quarter 3). RAG definitions are on the 'RAG key' sheet."
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (Ofsted, May 2022)", "Action", "Lead",
             "Target date", "Previous RAG (Oct 22)", "Current RAG (Jan 23)", "Progress update",
             "Evidence of impact"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX

    T1 = "The experiences and progress of children who need help and protection"
    T2 = "The experiences and progress of children in care and care leavers"
    T3 = "The impact of leaders on social work practice with children and families"
    A1 = "1. The consistency of written records, so that they provide an accurate account of decision-making for all children."
    A2 = "2. The quality of assessments, so that they consistently inform children's plans."
    A3 = "3. The effectiveness of supervision in progressing children's plans and addressing shortfalls in practice."
    A4 = "4. The response to 16- and 17-year-olds who present as homeless, so that they are offered an assessment and understand their right to become looked after."
    A5 = "5. The understanding of why children go missing, through analysis of return home interviews."
    A6 = "6. The sufficiency of local homes for children in care, so that no child lives in unregistered provision."

    # (kind, payload).  action rows: ref, action, lead cell, target cell, prev, cur, progress, impact, expected
    plan = [
        ("theme", T1),
        ("area", A1, [
            ("1.1", "Refresh the recording policy and practice standards, setting out minimum expectations for chronologies, case summaries and management decisions.",
             "Head of Service – Quality Assurance and Practice Improvement", dt.datetime(2022, 9, 30), "Green", "Blue",
             "Recording standards launched at practice week on 12/09/22; briefings delivered to all teams.",
             "Audit in December found 78% of records met the standard (48% in May).",
             (["Head of Service – Quality Assurance and Practice Improvement"], "2022-09", "blue", None)),
            ("1.2", "Introduce monthly practice-standards audits of management oversight on a sample of 40 case files, reported to the Assurance and Ambition Board.",
             "Principal Social Worker / Quality Assurance Manager", "Ongoing", "Amber", "Green",
             "Audit programme running since October; moderation by the Principal Social Worker.",
             "",
             (["Principal Social Worker", "Quality Assurance Manager"], None, "green", "Ongoing")),
        ]),
        ("area", A2, [
            ("2.1", "Deliver assessment and analysis training to all social workers and team managers in the Referral and Assessment and Safeguarding teams.",
             "Workforce Development Manager", dt.datetime(2022, 12, 16), "Amber", "Green",
             "Five cohorts completed; final cohort booked for February for new starters.",
             "",
             (["Workforce Development Manager"], "2022-12", "green", None)),
            ("2.2", "Revise the single assessment template in Mosaic so that the child's lived experience and the analysis of risk are recorded before the plan is set.",
             "Head of Service – Referral and Assessment; Systems Manager", dt.datetime(2023, 3, 31), "Red", "Amber",
             "Template designed and tested; go-live depends on the Mosaic upgrade in March.",
             "",
             (["Head of Service – Referral and Assessment", "Systems Manager"], "2023-03", "amber", None)),
        ]),
        ("area", A3, [
            ("3.1", "Implement a revised supervision policy and template with reflective and case-direction sections, and audit compliance quarterly.",
             "Director of Children's Safeguarding", dt.datetime(2022, 11, 30), "Green", "Blue",
             "Policy live from 1 November; first compliance audit 91%.",
             "Social workers report supervision is more reflective (staff survey, December).",
             (["Director of Children's Safeguarding"], "2022-11", "blue", None)),
        ]),
        ("theme", T2),
        ("area", A4, [
            ("4.1", "Agree a joint housing and children's social care protocol for 16- and 17-year-olds presenting as homeless, with a named social worker for each young person.",
             "Head of Service – Children in Care and Care Leavers / Housing Options Manager", dt.datetime(2022, 10, 31), "Amber", "Green",
             "Protocol signed off by both directors; joint triage meetings held weekly.",
             "",
             (["Head of Service – Children in Care and Care Leavers", "Housing Options Manager"], "2022-10", "green", None)),
            ("4.2", "Produce a young-person-friendly leaflet on rights and entitlements, co-produced with Show Me That I Matter (Children in Care Council).",
             "Participation Lead", dt.datetime(2023, 1, 31), "Green", "Amber",
             "Design delayed while young people finish the wording; print now due February.",
             "",
             (["Participation Lead"], "2023-01", "amber", None)),
        ]),
        ("area", A5, [
            ("5.1", "Commission return home interviews to be completed within 72 hours, with timeliness reported in the monthly performance scorecard.",
             "Head of Service – Adolescent Services", dt.datetime(2022, 9, 30), "Green", "Blue",
             "Timeliness now in scorecard; 84% within 72 hours in December.",
             "",
             (["Head of Service – Adolescent Services"], "2022-09", "blue", None)),
            ("5.2", "Produce a quarterly analysis of themes from return home interviews.\nFindings to be reported to the Missing and Exploitation Strategic Group.",
             "Exploitation Team Manager", "Quarterly", None, "Green",
             "New action added in October; first analysis presented in December.",
             "",
             (["Exploitation Team Manager"], None, "green", "Quarterly")),
        ]),
        ("theme", T3),
        ("area", A6, [
            ("6.1", "Open a two-bed local children's home and recruit 12 additional mainstream foster carers through the fostering recruitment campaign.",
             "Head of Service – Placements and Commissioning", dt.datetime(2023, 3, 31), "Amber", "Red",
             "Registration of the home delayed; five foster carers approved to date.",
             "",
             (["Head of Service – Placements and Commissioning"], "2023-03", "red", None)),
        ]),
    ]
    expected = []
    r = 5
    theme = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            c = ws.cell(r, 1, theme)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, area, acts = item
        first = r
        ws.cell(r, 2, area).alignment = WRAP
        for ref, text, lead, target, prev, cur, prog, impact, ex in acts:
            vals = [ref, None, text, lead, target, prev, cur, prog, impact]
            for i, v in enumerate(vals, 1):
                if i == 2:
                    continue
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, val in ((6, prev), (7, cur)):
                if val:
                    ws.cell(r, col).fill = fill(FILL[val.lower()])
            ws.cell(r, 2).border = BOX
            lead_l, end, status, end_text = ex
            expected.append(exp_action(ref, [theme, area], text, lead_l, end, status, end_text))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: Previous RAG is the position reported to the Assurance and Ambition Board on 18 October 2022. Action 5.2 was added at that meeting.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (6, 38, 55, 34, 11, 11, 11, 45, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (word, colour, meaning) in enumerate([
        ("Red", RED, "Off track – target date will not be met; escalated to the Assurance and Ambition Board"),
        ("Amber", AMBER, "Some risk to delivery – mitigation in place"),
        ("Green", GREEN, "On track to deliver by the target date"),
        ("Blue", BLUE, "Completed, with evidence of impact"),
    ], 3):
        key.cell(i, 1, word).fill = fill(colour)
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates City of York Council's Ofsted ILACS action plan (inspection March 2022, report 4 May 2022; "
                "Executive 28 July 2022, Annex A 'Ofsted Action Plan', democracy.york.gov.uk s161121), monitored by the "
                "Assurance and Ambition Board. Copies: a cover sheet with inspection details and a version-control table, "
                "ILACS judgement areas as grey band rows, numbered areas for improvement merged down column B over their "
                "actions, post-holders as leads (some two posts with '/' or ';'), mmm-yy target dates with 'Ongoing' and "
                "'Quarterly', Previous and Current RAG columns with fill colour, a notes line and a separate RAG key sheet "
                "where Blue = completed."),
        reads=("A three-sheet workbook; the 'Action Plan' sheet lists 10 actions (1.1–6.1) under six areas for improvement "
               "grouped by three ILACS judgement headings. Each action has a post-holder lead, a target month (or Ongoing / "
               "Quarterly), and a previous and current RAG; the current RAG is the status."),
        title=title,
        actions=expected,
    )
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' inside an action becomes a second paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def header_row(table, heads, colour="1F4E78"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 2. Croydon Youth Justice Service - HMIP improvement plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
def croydon():
    name = "ie1-croydon-youth-justice-service-hmip-improvement-plan.docx"
    title = "Croydon Youth Justice Service Improvement Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to HM Inspectorate of Probation inspection of youth justice services "
                      "(fieldwork 10–14 March 2025; report published 3 June 2025)", style="Subtitle")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Youth Justice Service"),
                 ("Approved by", "Croydon Youth Justice Partnership Board, 24 June 2025"),
                 ("Version", "1.2 – progress update for the Board, 21 October 2025"),
                 ("Next review", "January 2026 Board")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG status key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, colour, meaning in [("Blue", BLUE, "Action complete"), ("Green", GREEN, "On track"),
                                  ("Amber", AMBER, "Some slippage – remedial action agreed"),
                                  ("Red", RED, "Off track – escalate to the Partnership Board")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], colour)
        set_cell(row[1], meaning)

    D1 = "Domain one: Organisational delivery"
    D2 = "Domains two and three: Court disposals and out-of-court disposals"
    R1 = ("Recommendation 1: The Croydon Youth Justice Partnership Board should make sure that board members "
          "understand the profile of children known to the service and use this to advocate for them within their own agencies.")
    R2 = ("Recommendation 2: The Croydon Youth Justice Partnership Board should make sure that the over-representation "
          "of Black children in the youth justice cohort is analysed and addressed through a costed action plan.")
    R3 = ("Recommendation 3: The Head of Youth Justice Service should improve the quality of assessment and planning "
          "for keeping other people safe, so that risks to actual and potential victims are considered in every case.")
    R4 = ("Recommendation 4: The Head of Youth Justice Service should make sure that out-of-court disposal decisions "
          "are informed by a full assessment and that children are offered interventions that meet their needs.")

    structure = [
        (D1, [
            (R1, [
                ("1a", "Deliver an induction and annual development session for all Board members, including a profile of the current cohort presented by children and staff.",
                 "Head of Youth Justice Service", "September 2025", "Blue",
                 "Development session held 11/09/25; 14 of 16 members attended.",
                 (["Head of Youth Justice Service"], "2025-09", "blue", None)),
                ("1b", "Each statutory partner to provide a written report to the Board twice a year setting out how their agency is meeting the needs of children known to the YJS.",
                 "Chair of the Partnership Board; Director of Education", "January 2026", "Green",
                 "Reporting template agreed; first reports due at the January Board.",
                 (["Chair of the Partnership Board", "Director of Education"], "2026-01", "green", None)),
            ]),
            (R2, [
                ("2a", "Refresh the disproportionality needs analysis using police, court and YJS data for 2022–2025.",
                 "YJS Performance and Information Manager", "End of August 2025", "Blue",
                 "Analysis presented to the Board in September.",
                 (["YJS Performance and Information Manager"], "2025-08", "blue", None)),
                ("2b", "Agree a costed disproportionality action plan with partners, including access to culturally competent mentoring and education support.\nThe plan will be monitored quarterly by the Board's Disproportionality Sub-group.",
                 "Head of Youth Justice Service / Metropolitan Police South Area BCU Superintendent", "Q3 2025/26", "Amber",
                 "Draft plan presented 16/10/25; funding for mentoring not yet confirmed.",
                 (["Head of Youth Justice Service", "Metropolitan Police South Area BCU Superintendent"], "2025-12", "amber", None)),
            ]),
        ]),
        (D2, [
            (R3, [
                ("3a", "Deliver risk of harm and contingency planning training to all case managers, followed by a practice workshop six weeks later.",
                 "YJS Practice Development Lead", "31/10/2025", "Green",
                 "Training delivered to 22 of 25 case managers; workshop booked for December.",
                 (["YJS Practice Development Lead"], "2025-10", "green", None)),
                ("3b", "Introduce a monthly management oversight audit of AssetPlus risk of serious harm sections, with findings reported to the YJS Management Team.",
                 "Operations Manager – Court and Community", "Monthly", "Green",
                 "Audits completed July to September; themes fed into team meetings.",
                 (["Operations Manager – Court and Community"], None, "green", "Monthly")),
                ("3c", "Victim liaison officer to attend all Risk Management Meetings for high risk cases and record victim safety planning on the case record.",
                 "Victim and Restorative Justice Coordinator", "July 2025", "Blue",
                 "In place since July; attendance 100% in Q2.",
                 (["Victim and Restorative Justice Coordinator"], "2025-07", "blue", None)),
            ]),
            (R4, [
                ("4a", "Review the joint decision-making panel terms of reference with the Metropolitan Police, adding health and education representation.",
                 "Head of Youth Justice Service", "By 30 September 2025", "Blue",
                 "Revised terms of reference agreed; CAMHS and Inclusion officer attend each panel.",
                 (["Head of Youth Justice Service"], "2025-09", "blue", None)),
                ("4b", "Complete a joint audit of 20 out-of-court disposal cases and report the findings to the Partnership Board.",
                 "YJS Quality Assurance Lead / Police Youth Justice Sergeant", "December 2025", "Red",
                 "Audit delayed by police staffing changes; revised date to be agreed at the January Board.",
                 (["YJS Quality Assurance Lead", "Police Youth Justice Sergeant"], "2025-12", "red", None)),
            ]),
        ]),
    ]
    expected = []
    for domain, recs in structure:
        doc.add_heading(domain, level=1)
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            header_row(t, ["Ref", "Action", "Owner", "Timescale", "RAG", "Progress update (October 2025)"])
            for ref, text, owner, when, rag, prog, ex in acts:
                row = t.add_row().cells
                for cell, val in zip(row, [ref, text, owner, when, rag, prog]):
                    set_cell(cell, val)
                shade(row[4], FILL[rag.lower()])
                lead_l, end, status, end_text = ex
                expected.append(exp_action(ref, [domain, rec], text, lead_l, end, status, end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to every meeting of the Croydon Youth Justice "
                      "Partnership Board and to the Children and Young People Sub-Committee twice a year.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a London youth justice service's post-inspection improvement plan after an HM Inspectorate of "
                "Probation youth inspection (domains of organisational delivery, court and out-of-court work; cf. the "
                "Croydon YOS HMIP inspection 2019 and Reading YJS improvement plan endorsed December 2024). Copies: title and "
                "subtitle, a document-control table, a RAG key table, a heading per domain, each recommendation as a bold "
                "line above its own table of actions (Ref 1a, 1b ...), owner posts (two posts joined by ';' or '/'), "
                "timescales written as months, a date, 'End of', 'By', a financial quarter and 'Monthly', RAG words with "
                "shaded cells, and a closing note."),
        reads=("A Word improvement plan with two domain headings and four recommendations, each followed by its own table "
               "of actions: nine actions in all (1a–4b) with an owner, a timescale, a RAG word and a progress update. The "
               "document-control and RAG key tables are not part of the plan."),
        title=title,
        actions=expected,
    )
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Blackpool local area SEND - priority action plan (xlsx; summary sheet, fill-only RAG, revised dates)
# ---------------------------------------------------------------------------
def blackpool():
    name = "ie1-blackpool-local-area-send-priority-action-plan.xlsx"
    title = "Blackpool Local Area SEND Partnership – Priority Action Plan 2024-25"
    P1 = ("Priority action 1: Leaders across education, health and care should urgently improve the timeliness and "
          "quality of education, health and care (EHC) needs assessments and plans.")
    P2 = ("Priority action 2: Leaders should reduce waiting times for neurodevelopmental and speech and language "
          "therapy assessments and make sure families are supported while they wait.")
    P3 = ("Priority action 3: Leaders should strengthen preparation for adulthood so that young people with SEND have "
          "clear pathways into employment, independent living and adult health services.")
    D = dt.datetime
    plan = [
        (P1, [
            ("1.1", "Recruit additional SEND caseworkers and an EHC plan quality officer to clear the backlog of assessments over 20 weeks.",
             "Head of SEND", "Blackpool Council", D(2024, 12, 20), D(2025, 3, 31), "blue",
             "All posts filled February 2025; backlog reduced from 143 to 38.",
             (["Head of SEND"], "2025-03", "blue", None)),
            ("1.2", "Introduce a multi-agency EHC plan quality assurance panel that audits 10% of new plans each month, including the health and social care advice.",
             "K. Stanfield / J. Ahmed", "Blackpool Council / NHS Lancashire and South Cumbria ICB", D(2024, 11, 29), None, "green",
             "Panel meeting monthly since November; 31 plans audited, 58% good or better.",
             (["K. Stanfield", "J. Ahmed"], "2024-11", "green", None)),
            ("1.3", "Agree service-level timescales for health and social care advice to EHC needs assessments (within 6 weeks) and report compliance monthly.",
             "Designated Clinical Officer", "NHS Lancashire and South Cumbria ICB", D(2025, 1, 31), D(2025, 6, 30), "red",
             "Compliance 41% in March; community paediatrics capacity escalated to the SEND Partnership Board.",
             (["Designated Clinical Officer"], "2025-06", "red", None)),
            ("1.4", "Co-produce a 'what to expect' guide to the EHC process with Blackpool Parent Carer Forum.",
             "SEND Information, Advice and Support Manager", "Blackpool Council", D(2024, 10, 31), None, "blue",
             "Guide published on the Local Offer in October 2024.",
             (["SEND Information, Advice and Support Manager"], "2024-10", "blue", None)),
        ]),
        (P2, [
            ("2.1", "Commission additional autism and ADHD assessment capacity through an independent provider to reduce the waiting list by 30%.",
             "Associate Director of Commissioning (Children)", "NHS Lancashire and South Cumbria ICB", D(2025, 3, 31), None, "amber",
             "Contract awarded January 2025; waiting list down 12% so far.",
             (["Associate Director of Commissioning (Children)"], "2025-03", "amber", None)),
            ("2.2", "Launch a 'waiting well' offer for families, including drop-in sessions at Family Hubs and a dedicated helpline.",
             "Head of Early Help; Children's Therapies Service Manager", "Blackpool Council / Blackpool Teaching Hospitals NHS FT", D(2024, 12, 13), None, "blue",
             "Drop-ins running weekly at three Family Hubs; helpline live since December.",
             (["Head of Early Help", "Children's Therapies Service Manager"], "2024-12", "blue", None)),
            ("2.3", "Train 40 early years and school staff to deliver early communication and language interventions (Talk Boost).",
             "Speech and Language Therapy Lead", "Blackpool Teaching Hospitals NHS FT", "Summer term 2025", None, "green",
             "22 staff trained; two further sessions booked.",
             (["Speech and Language Therapy Lead"], "2025-07", "green", "Summer term 2025")),
        ]),
        (P3, [
            ("3.1", "Establish a Preparing for Adulthood Board with representation from adult social care, adult health and post-16 providers.",
             "Director of Adult Social Care", "Blackpool Council", D(2024, 9, 30), None, "blue",
             "Board established; meets every six weeks.",
             (["Director of Adult Social Care"], "2024-09", "blue", None)),
            ("3.2", "Make sure all EHC plan annual reviews from Year 9 include preparation for adulthood outcomes, audited termly.",
             "Head of SEND", "Blackpool Council", "Ongoing", None, "green",
             "Spring term audit: 74% of Year 9+ reviews include PfA outcomes.",
             (["Head of SEND"], None, "green", "Ongoing")),
            ("3.3", "Develop a supported internship programme with the council and Blackpool Teaching Hospitals, offering 15 places from September 2025.",
             "Post-16 SEND Lead / HR Business Partner", "Blackpool Council", D(2025, 9, 1), None, None,
             "Scoping to begin in April 2025.",
             (["Post-16 SEND Lead", "HR Business Partner"], "2025-09", "unrated", None)),
        ]),
    ]

    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Blackpool Local Area SEND Partnership"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Priority Action Plan – summary of progress (position at 31 March 2025)"
    summ["A2"].font = Font(bold=True)
    heads = ["Priority action", "Actions", "Completed", "On track", "At risk", "Off track", "Not started"]
    for i, h in enumerate(heads, 1):
        c = summ.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    totals = [0] * 6
    r = 5
    for n, (prio, acts) in enumerate(plan, 1):
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in ("blue", "green", "amber", "red", None)]
        summ.cell(r, 1, f"Priority action {n}")
        for i, v in enumerate(counts, 2):
            summ.cell(r, i, v)
        totals = [a + b for a, b in zip(totals, counts)]
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(totals, 2):
        summ.cell(r, i, v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 24

    ws = wb.create_sheet("PAP tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Following the Ofsted and CQC area SEND inspection, 20–24 May 2024. Monitored by the SEND Partnership "
                "Board and reviewed with DfE and NHS England.")
    ws.merge_cells("A2:H2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (label, colour) in zip("BCDE", [("Completed", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)]):
        ws[f"{col}3"] = label
        ws[f"{col}3"].fill = fill(colour)
    ws["F3"] = "No colour = not started"
    heads = ["Ref", "Action", "Lead officer(s)", "Organisation", "Original target date", "Revised target date",
             "RAG", "Progress and evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    expected = []
    r = 6
    for prio, acts in plan:
        c = ws.cell(r, 1, prio)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead, org, orig, rev, rag, prog, ex in acts:
            vals = [ref, text, lead, org, orig, rev, None, prog]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 7).fill = fill(FILL[rag])
            lead_l, end, status, end_text = ex
            expected.append(exp_action(ref, [prio], text, lead_l, end, status, end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "Revised target dates were agreed by the SEND Partnership Board on 12/02/2025.")
    for col, w in zip("ABCDEFGH", (6, 55, 30, 32, 13, 13, 8, 48)):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("EHC", "Education, health and care"), ("ICB", "Integrated care board"),
                                 ("PfA", "Preparing for adulthood"), ("SENDIASS", "SEND Information, Advice and Support Service")], 1):
        gl.cell(i, 1, a).font = Font(bold=True)
        gl.cell(i, 2, b)
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates Blackpool's local area SEND partnership plan after the Ofsted/CQC area SEND inspection of 20–24 May "
                "2024 (blackpool.gov.uk 'SEND inspection improvement plan', September 2024), laid out as a priority action "
                "plan tracker of the kind DfE/NHS England monitor. Copies: a summary sheet of counts by RAG with a total row, "
                "a title block, a coloured RAG key row, priority-action band rows merged across the sheet, lead officers as "
                "initials or posts (two joined by '/' or ';'), an organisation column, original and revised target dates, "
                "fill-only RAG cells (one left blank = not started), a term as a target date, a footnote, and a glossary sheet."),
        reads=("The 'PAP tracker' sheet holds ten actions (1.1–3.3) under three priority actions. The RAG is shown by the "
               "cell's fill colour only, read through the key in row 3 (blue = completed, no colour = not started); where a "
               "revised target date is given it replaces the original. The summary and glossary sheets hold no actions."),
        title=title,
        actions=expected,
    )
    return name, len(expected)


# ---------------------------------------------------------------------------
# 4. Essex Safeguarding Children Board - JTAI action plan (docx; heading per area, italic AFI text, sign-off table)
# ---------------------------------------------------------------------------
def essex():
    name = "ie1-essex-safeguarding-children-board-jtai-action-plan.docx"
    title = "Joint Targeted Area Inspection Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Essex Safeguarding Children Board – multi-agency response to the identification of initial need and risk",
                      style="Subtitle")
    doc.add_paragraph("Inspection fieldwork: 4–8 March 2024. Joint inspection letter published: 30 April 2024. "
                      "Plan submitted to Ofsted: 5 August 2024. Partners: Essex County Council, Essex Police, "
                      "Mid and South Essex ICB, Suffolk and North East Essex ICB, Hertfordshire and West Essex ICB.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"], colour="404040")
    for v in [("1.0", "05/08/2024", "ESCB Business Manager", "Submitted to Ofsted"),
              ("1.2", "22/10/2024", "ESCB Business Manager", "Progress update for ESCB Executive"),
              ("1.3", "14/01/2025", "ESCB Business Manager", "Progress update for ESCB Executive")]:
        row = t.add_row().cells
        for cell, val in zip(row, v):
            set_cell(cell, val)
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action finished and evidenced | On track | Amber – at risk of delay | "
              "Red – off track, escalated to ESCB Executive | Not started")

    AF1 = ("The consistency of information gathered by the Children and Families Hub from partner agencies before "
           "decisions are made about the level of need and risk.")
    AF2 = "The quality of strategy discussions, so that all relevant agencies contribute and decisions are clearly recorded."
    AF3 = ("The understanding and use of the Effective Support for Children and Families in Essex guidance by schools "
           "and early years settings.")
    areas = [
        ("Area for improvement 1", AF1, [
            ("1.1", "Essex Police, health and education to agree a single information-sharing standard for Hub enquiries, with responses within 4 hours for urgent and 24 hours for non-urgent requests.",
             "Head of Children and Families Hub (ECC); Detective Chief Inspector, Public Protection (Essex Police)", "September 2024", "Complete",
             "Standard signed off by the ESCB Executive on 24/09/24.",
             (["Head of Children and Families Hub (ECC)", "Detective Chief Inspector, Public Protection (Essex Police)"], "2024-09", "blue", None)),
            ("1.2", "Audit 30 Hub contacts each quarter to test whether partner information was sought and recorded before the threshold decision.",
             "ESCB Quality Assurance and Performance Manager", "Quarterly", "On track",
             "Q2 audit: partner information sought in 81% of contacts (63% at inspection).",
             (["ESCB Quality Assurance and Performance Manager"], None, "green", "Quarterly")),
            ("1.3", "Extend the health presence in the Hub to include a mental health practitioner from EPUT.",
             "Designated Nurse for Safeguarding Children, Mid and South Essex ICB", "31 March 2025", "Amber",
             "Recruitment delayed; interim cover from the Safeguarding Children Team two days a week.",
             (["Designated Nurse for Safeguarding Children, Mid and South Essex ICB"], "2025-03", "amber", None)),
        ]),
        ("Area for improvement 2", AF2, [
            ("2.1", "Revise the strategy discussion template to record which agencies were invited, which attended, and the rationale for the decision.",
             "Head of Service – Assessment and Intervention (ECC)", "October 2024", "Complete",
             "New template live in Mosaic from 7 October 2024.",
             (["Head of Service – Assessment and Intervention (ECC)"], "2024-10", "blue", None)),
            ("2.2", "Deliver multi-agency strategy discussion training to police, health and social care staff, with 200 practitioners trained.",
             "ESCB Learning and Development Lead", "Sept 2024 – March 2025", "On track",
             "134 practitioners trained to date; three further sessions booked.",
             (["ESCB Learning and Development Lead"], "2025-03", "green", "Sept 2024 – March 2025")),
            ("2.3", "Health professionals to be invited to all strategy discussions where the child is under 5 or is known to have health needs.\nCompliance will be reported through the ESCB Performance Dashboard.",
             "Named Nurses for Safeguarding Children (all providers)", "December 2024", "Red",
             "Compliance 62% in December; escalated to the ESCB Executive.",
             (["Named Nurses for Safeguarding Children (all providers)"], "2024-12", "red", None)),
        ]),
        ("Area for improvement 3", AF3, [
            ("3.1", "Relaunch the Effective Support guidance with a briefing for all designated safeguarding leads.",
             "Head of Education Safeguarding", "Autumn term 2024", "Complete",
             "Briefings held in all four quadrants; 412 DSLs attended.",
             (["Head of Education Safeguarding"], "2024-12", "blue", "Autumn term 2024")),
            ("3.2", "Pilot a consultation line for early years settings in the West and South quadrants.",
             "Early Years Safeguarding Lead / Hub Consultation Line Manager", "Spring term 2025", "Not started",
             "Pilot to start once the Hub consultation line rota is confirmed.",
             (["Early Years Safeguarding Lead", "Hub Consultation Line Manager"], "2025-04", "unrated", "Spring term 2025")),
        ]),
    ]
    expected = []
    for head, afi, acts in areas:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Timescale", "Status", "Comments"])
        for ref, text, lead, when, status, comment, ex in acts:
            row = t.add_row().cells
            for cell, val in zip(row, [ref, text, lead, when, status, comment]):
                set_cell(cell, val)
            lead_l, end, st, end_text = ex
            expected.append(exp_action(ref, [afi], text, lead_l, end, st, end_text))
        doc.add_paragraph("")

    doc.add_heading("Sign-off by the safeguarding partners", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Safeguarding partner", "Role", "Date agreed"], colour="404040")
    for v in [("Essex County Council", "Executive Director, Children, Families and Education", "01/08/2024"),
              ("Essex Police", "Assistant Chief Constable", "01/08/2024"),
              ("Mid and South Essex ICB (on behalf of the three Essex ICBs)", "Chief Nursing Officer", "02/08/2024")]:
        row = t.add_row().cells
        for cell, val in zip(row, v):
            set_cell(cell, val)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a safeguarding partnership's JTAI action plan (multi-agency response to identification of initial "
                "need and risk, 2023–24 theme) as Essex Safeguarding Children Board would publish it after a joint "
                "inspection letter. Copies: title and subtitle, an inspection-dates paragraph, a version table, a one-line "
                "status key, a Heading per 'Area for improvement n' with the inspectors' text in italics under it, one "
                "table of actions per area, agency-qualified lead posts (one containing a comma, two joined by ';' or '/'), "
                "timescales as months, a date, a period, school terms and 'Quarterly', status words, a continuation line "
                "inside an action cell, and a sign-off table."),
        reads=("A Word JTAI action plan with three areas for improvement, each heading followed by the italic area text and "
               "a table of actions: eight actions (1.1–3.2) with lead, timescale, status word and comments. The version "
               "table and the partners' sign-off table are not part of the plan."),
        title=title,
        actions=expected,
    )
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Suffolk County Council children's home - Ofsted action plan (csv export)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def suffolk():
    name = "ie1-suffolk-county-council-childrens-home-ofsted-action-plan.csv"
    title = "Hillside House Children's Home - Ofsted Inspection Action Plan"
    Q1 = ("The registered person must ensure that staff follow the home's procedures when a child goes missing, "
          "including informing the placing authority and the police without delay. (Regulation 12 (1)(a)(2)(a)(v))")
    Q2 = ("The registered person must ensure that the home's monitoring and review systems identify shortfalls in "
          "record keeping and that action is taken to address them. (Regulation 13 (2)(h))")
    C1 = ("The registered person should ensure that children's placement plans are updated following significant "
          "events, in line with the 'Guide to the Children's Homes Regulations including the quality standards', page 55, "
          "paragraph 10.3.")
    C2 = ("The registered person should ensure that staff receive supervision at least monthly, in line with the "
          "'Guide to the Children's Homes Regulations including the quality standards', page 61, paragraph 13.2.")
    rows = [
        ("Requirement", Q1, [
            ("1.1", "All staff to complete refresher training on the Suffolk missing from care protocol, including the return home interview offer.",
             "Registered Manager", "29/11/2024", "G",
             "18 of 19 staff trained; remaining staff member booked for 05/12/24.",
             (["Registered Manager"], "2024-11", "green", None)),
            ("1.2", "Introduce a missing episode checklist, completed by the shift leader at the end of each episode and reviewed weekly by the Registered Manager.",
             "Registered Manager / Deputy Manager", "06/12/2024", "B",
             "Checklist in use since 25/11/24; reviewed in weekly management meeting.",
             (["Registered Manager", "Deputy Manager"], "2024-12", "blue", None)),
        ]),
        ("Requirement", Q2, [
            ("2.1", "Responsible Individual to complete a monthly audit of daily logs, incident records and restraint records, with findings added to the home's development plan.",
             "Responsible Individual", "Monthly", "G",
             "November and December audits completed.",
             (["Responsible Individual"], None, "green", "Monthly")),
            ("2.2", "Regulation 44 independent person's reports to include a specific section on record keeping.",
             "Service Manager - Residential Services", "31/01/2025", "A",
             "Request made to the independent person; January report not yet received.",
             (["Service Manager - Residential Services"], "2025-01", "amber", None)),
        ]),
        ("Recommendation", C1, [
            ("3.1", "Key workers to review each child's placement plan within 5 working days of a significant event and record the review on the child's file.",
             "Key workers; Registered Manager", "Ongoing", "G",
             "Checked at monthly case file audit.",
             (["Key workers", "Registered Manager"], None, "green", "Ongoing")),
        ]),
        ("Recommendation", C2, [
            ("4.1", "Set a 12-month supervision schedule for all staff and monitor completion through the monthly Regulation 45 review.",
             "Deputy Manager", "13/12/2024", "B",
             "Schedule in place; 100% of supervisions held in December.",
             (["Deputy Manager"], "2024-12", "blue", None)),
            ("4.2", "Agree a supervision contract with each member of staff, including a record of reflective discussion about individual children.",
             "Registered Manager", "28/02/2025", "A",
             "11 of 19 contracts agreed.",
             (["Registered Manager"], "2025-02", "amber", None)),
        ]),
    ]
    ncol = 8
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    line(title)
    line("Suffolk County Council Children's Residential Services. Full inspection 15-17 October 2024. Overall experiences and progress of children: Requires improvement to be good.")
    line()
    line("Ref", "Type", "Requirement / recommendation", "Action", "Responsible", "Due date", "RAG", "Update")
    expected = []
    for typ, text, acts in rows:
        for i, (ref, act, resp, due, rag, upd, ex) in enumerate(acts):
            line(ref, typ if i == 0 else "", text if i == 0 else "", act, resp, due, rag, upd)
            lead_l, end, status, end_text = ex
            expected.append(exp_action(ref, [text], act, lead_l, end, status, end_text))
    line()
    line("Key: R = not on track, A = some risk, G = on track, B = complete")
    line("Last updated 09/01/2025 by the Registered Manager. Reviewed monthly by the Responsible Individual.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a local authority children's home's post-inspection action plan after an Ofsted full inspection "
                "under the SCCIF (requirements citing Children's Homes (England) Regulations 2015 and recommendations "
                "citing the Guide to the quality standards), as a Suffolk County Council residential service tracker "
                "exported to CSV. Copies: title and context lines, a header row, Type and requirement text given only on "
                "the first row of each group, posts as responsible persons (two joined by '/' or ';'), day-first due dates "
                "with 'Monthly' and 'Ongoing', R/A/G/B letters, a key line and a last-updated line."),
        reads=("A CSV with seven actions (1.1–4.2) answering two requirements and two recommendations; the requirement or "
               "recommendation text appears once and applies to the rows below it until the next one. Each action has a "
               "responsible post, a due date and a RAG letter (B = complete)."),
        title=title,
        actions=expected,
    )
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Kent County Council Corporate Parenting Panel - action plan (tab-separated text)
# ---------------------------------------------------------------------------
def kent():
    name = "ie1-kent-corporate-parenting-panel-action-plan.txt"
    title = "Kent County Council Corporate Parenting Panel - Action Plan 2025-26"
    P1 = "Priority 1 - Your voice: we will listen to you and act on what you tell us"
    P2 = "Priority 2 - Your home: a safe and stable place to live, close to Kent where possible"
    P3 = "Priority 3 - Your education and health"
    P4 = "Priority 4 - Leaving care and becoming an adult"
    plan = [
        (P1, [
            ("1.1", "Hold two Corporate Parenting Panel takeover meetings each year, planned and chaired by members of Our Children and Young People's Council (OCYPC).",
             "VSK Participation and Engagement Manager", "November 2025", "Green",
             "May takeover held; November takeover being planned by OCYPC.",
             (["VSK Participation and Engagement Manager"], "2025-11", "green", None)),
            ("1.2", "Refresh the Kent Pledge with children in care and care leavers and publish it in accessible formats, including a version for younger children.",
             "Assistant Director Corporate Parenting", "March 2026", "Amber",
             "Consultation extended to October to include unaccompanied young people.",
             (["Assistant Director Corporate Parenting"], "2026-03", "amber", None)),
        ]),
        (P2, [
            ("2.1", "Increase the number of Kent foster carer households by 40 through the Foster with Kent campaign.",
             "Head of Fostering", "Quarter 4 2025/26", "Amber",
             "16 new households approved by the end of Q2.",
             (["Head of Fostering"], "2026-03", "amber", None)),
            ("2.2", "Review the plan of every child living outside Kent at their next statutory review, with a stability plan agreed.",
             "Head of Children in Care Service; IRO Service Manager", "Ongoing", "Green",
             "71 of 96 reviews completed with a stability plan.",
             (["Head of Children in Care Service", "IRO Service Manager"], None, "green", "Ongoing")),
        ]),
        (P3, [
            ("3.1", "Make sure every child in care has a Personal Education Plan reviewed each term, with 95% completed on time.",
             "Virtual School Kent Headteacher", "Termly", "Green",
             "Summer term: 96% of PEPs completed on time.",
             (["Virtual School Kent Headteacher"], None, "green", "Termly")),
            ("3.2", "Complete initial health assessments within 20 working days for at least 80% of children entering care.",
             "Designated Nurse Children in Care (Kent and Medway ICB)", "Sept 2025 - March 2026", "Red",
             "Q2 performance 54%; delays in consent paperwork being addressed with the Children in Care teams.",
             (["Designated Nurse Children in Care (Kent and Medway ICB)"], "2026-03", "red", "Sept 2025 - March 2026")),
        ]),
        (P4, [
            ("4.1", "Agree council tax exemption for Kent care leavers up to age 25 with all 12 district and borough councils.",
             "Director of Children's Countywide Services", "April 2025", "Complete",
             "All 12 councils confirmed the exemption from 1 April 2025.",
             (["Director of Children's Countywide Services"], "2025-04", "blue", None)),
            ("4.2", "Offer a paid apprenticeship or work placement within KCC to every care leaver aged 18-21 who wants one.",
             "HR Early Careers Manager / 18+ Care Leavers Service Manager", "31/03/2026", "Green",
             "9 care leavers started apprenticeships since April.",
             (["HR Early Careers Manager", "18+ Care Leavers Service Manager"], "2026-03", "green", None)),
            ("4.3", "Launch a Staying Close offer for young people leaving residential care, starting with 10 places.",
             "Head of 18+ Care Leavers Service", "TBC", "Not started",
             "Awaiting confirmation of DfE Staying Close funding.",
             (["Head of 18+ Care Leavers Service"], None, "unrated", "TBC")),
        ]),
    ]
    out = [title,
           "Position at 30 September 2025 (reported to the Panel on 14 October 2025)",
           "",
           "\t".join(["Ref", "What we will do", "Lead", "By when", "RAG", "Progress update"])]
    expected = []
    for prio, acts in plan:
        out.append(prio)
        for ref, text, lead, when, rag, prog, ex in acts:
            out.append("\t".join([ref, text, lead, when, rag, prog]))
            lead_l, end, status, end_text = ex
            expected.append(exp_action(ref, [prio], text, lead_l, end, status, end_text))
    out += ["",
            "RAG: Green = on track; Amber = some delay; Red = off track; Complete = action finished.",
            "Owner: Corporate Parenting Panel. The plan is refreshed each year with OCYPC and the Super Council."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    write_expected(
        name,
        source=("Imitates Kent County Council's Corporate Parenting Panel (a multi-agency panel of members and partners, "
                "democracy.kent.gov.uk committee 693) action plan built on the Kent Pledge and the voice of Our Children and "
                "Young People's Council, exported as tab-separated text. Copies: a title line and position-date line, a "
                "header row, 'Priority n - ...' lines on their own above numbered actions, posts as leads (two joined by "
                "';' or '/'), 'By when' as a month, a date, a financial quarter, a period, 'Termly', 'Ongoing' and 'TBC', "
                "RAG words including 'Complete' and 'Not started', and key and owner lines at the end."),
        reads=("A tab-separated plan with four priorities and nine numbered actions (1.1–4.3), each with a lead post, a "
               "'by when', a RAG word and a progress update. The key line says Complete = finished."),
        title=title,
        actions=expected,
    )
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Plymouth early help partnership action plan - typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def plymouth():
    name = "ie1-plymouth-early-help-partnership-action-plan-typo-month-refuse.xlsx"
    title = "Plymouth Early Help Partnership Action Plan 2024-25"
    O1 = "1. Families can get help early through a neighbourhood network of 0-19 Family Hubs"
    O2 = "2. Practitioners across the partnership use one early help assessment and family plan"
    O3 = "3. Families with adolescents get timely support that reduces risk outside the home"
    plan = [
        (O1, [
            ("EH1.1", "Publish the Family Hubs service directory and Start for Life offer online and in print.", "Family Hubs Programme Manager", "April 2024", "June 2024", "Complete"),
            ("EH1.2", "Co-locate health visiting, midwifery and infant feeding support in all 10 Family Hubs.", "Public Health Nursing Lead / Family Hubs Programme Manager", "April 2024", "March 2025", "Amber"),
            ("EH1.3", "Launch a single early help request for support form for all partners, replacing the three current forms.", "Early Help Advice and Support Manager", "May 2024", "September 2024", "Complete"),
        ]),
        (O2, [
            ("EH2.1", "Train 300 partner practitioners in the Early Help Assessment and family plan.", "Early Help Workforce Development Lead", "June 2024", "March 2025", "Green"),
            ("EH2.2", "Audit 25 early help family plans each quarter and report themes to the Early Help Partnership Board.", "Quality Assurance Lead – Early Help", "July 2024", "Quarterly", "Green"),
            ("EH2.3", "Embed the Supporting Families outcomes framework in the early help case management system.", "Supporting Families Coordinator; Systems Lead", "September 2024", "Febuary 2025", "Amber"),
        ]),
        (O3, [
            ("EH3.1", "Expand the Adolescent Support Team offer to include evening and weekend outreach.", "Head of Service – Children, Young People and Families", "June 2024", "December 2024", "Green"),
            ("EH3.2", "Agree a contextual safeguarding pathway with the police, youth justice and community youth services.", "REACH Team Manager", "October 2024", "March 2025", "Green"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Early Help and Family Hubs strategy delivery plan. Quarter 3 update for the Early Help Partnership Board, January 2025."
    ws.merge_cells("A2:H2")
    heads = ["Strategic objective", "Ref", "Action", "Lead", "Start", "End", "RAG", "Commentary (Q3)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00677F")
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    comments = {
        "EH1.1": "Directory live on Plymouth Online Directory.",
        "EH1.2": "Co-located in 7 of 10 hubs; estates work outstanding at 3 sites.",
        "EH1.3": "Form live from 2 September 2024.",
        "EH2.1": "212 practitioners trained.",
        "EH2.2": "Q2 and Q3 audits completed.",
        "EH2.3": "Build delayed by supplier; testing planned.",
        "EH3.1": "Outreach pilot running Friday and Saturday evenings.",
        "EH3.2": "Draft pathway out for consultation.",
    }
    r = 5
    typo_row = None
    for obj, acts in plan:
        first = r
        ws.cell(r, 1, obj).alignment = WRAP
        for ref, text, lead, start, end, rag in acts:
            for i, v in enumerate([None, ref, text, lead, start, end, rag, comments[ref]], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).fill = fill(ragfill[rag])
            if end == "Febuary 2025":
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", (30, 8, 55, 34, 14, 14, 10, 40)):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    for i, (w, m) in enumerate([("Complete", "Action delivered"), ("Green", "On track"), ("Amber", "Some delay"), ("Red", "Off track")], 2):
        key.cell(i, 1, w).fill = fill(ragfill[w])
        key.cell(i, 2, m)
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an early help strategy delivery plan of the kind Plymouth City Council reports to its Early Help "
                "Partnership Board, built around its 0-19 Family Hubs network (Cabinet decisions on Family Hubs, "
                "democracy.plymouth.gov.uk). Copies: a title and context line, strategic objectives merged down column A, "
                "EH refs, posts as leads, start and end months as text, RAG words with fill colour, a commentary column "
                "and a separate key sheet."),
        reads=(f"A one-sheet delivery plan with eight actions under three objectives. The End cell of action EH2.3 on sheet "
               f"row {typo_row} reads 'Febuary 2025', a mistyped month; a careful reader would stop and ask what date was meant."),
        title=title,
        actions=None,
        outcome="refuse",
        refuse_at=typo_row,
    )
    return name, 8


if __name__ == "__main__":
    for fn in (york, croydon, blackpool, essex, suffolk, kent, plymouth):
        n, k = fn()
        print(f"{n}: {k} actions")
