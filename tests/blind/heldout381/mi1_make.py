"""Build the seven mi1- blind cases (set heldout381) and their expected readings.

Run with /work/main/.venv/bin/python mi1_make.py (openpyxl, python-docx, pyyaml).
Every data file is written from the same structures that give its .expected.yaml,
so the expected text is the file's text character for character.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILLS = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcode):
    return PatternFill(fill_type="solid", start_color=hexcode, end_color=hexcode)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Wandsworth Youth Justice Service - HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
def wandsworth():
    name = "mi1-wandsworth-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "Wandsworth Youth Justice Service – HMIP Improvement Plan 2025"
    S1 = "The Wandsworth Youth Justice Service Head of Service should:"
    S2 = "The Wandsworth Youth Justice Management Board should:"
    recs = [
        (S1, "1", "ensure that assessments and plans consistently address risk of harm to others "
                  "and the safety and wellbeing of the child, drawing on information held by "
                  "partner agencies", [
            ("1.1", "Deliver refreshed AssetPlus training on analysing risk of harm and safety and "
                    "wellbeing for all case managers, including a practice workshop on contingency "
                    "planning.",
             "YJS Operational Manager (Court & Community)", dt.date(2025, 4, 30), None, "A", "blue",
             "Training delivered to 22 of 23 case managers in March and April 2025; one new "
             "starter booked for August."),
            ("1.2", "Introduce monthly thematic audits of risk of harm assessments, with findings "
                    "reported to the Quality Assurance subgroup.",
             "YJS Performance & QA Manager / Principal Social Worker", dt.date(2025, 6, 30),
             dt.date(2025, 9, 30), "G", "amber",
             "First two audits completed. Audit tool revised after moderation; reporting to the "
             "QA subgroup from September."),
        ]),
        (S1, "2", "ensure that work to keep other people safe, including actual and potential "
                  "victims, is well coordinated with other agencies", [
            ("2.1", "Agree a joint protocol with the Metropolitan Police and Children's Social Care "
                    "for sharing intelligence on children at risk of exploitation ahead of YJS "
                    "planning meetings.",
             "Head of Youth Justice; DCI Safeguarding (South West BCU)", dt.date(2025, 5, 31),
             dt.date(2025, 10, 31), "A", "red",
             "Draft protocol with Met legal team. Delayed by the review of the pan-London "
             "information sharing agreement; escalated to the Board."),
            ("2.2", "Ensure the victim worker attends all out-of-court disposal panels and records "
                    "victims' views before the panel makes its decision.",
             "Restorative Justice & Victim Lead", dt.date(2025, 3, 31), None, "G", "blue",
             "Complete – victim worker has attended 100% of panels since March 2025."),
        ]),
        (S2, "3", "assure itself that all partners provide the agreed level of staffing and "
                  "resources to the YJS, including health and probation secondments", [
            ("3.1", "Review partner contributions against the YJB staffing guidance and report gaps "
                    "to the Board, with an escalation route agreed for each agency.",
             "Chair of the YJ Management Board", dt.date(2025, 6, 30), None, "A", "green",
             "Review completed for police, health and education; probation return awaited."),
            ("3.2", "Secure a permanent 0.6 FTE probation officer secondment to the YJS.",
             "Head of Youth Justice and Head of PDU (Probation Service)", dt.date(2025, 9, 30),
             None, "R", "amber",
             "Probation Service has agreed funding; recruitment under way, interim cover in place "
             "two days a week."),
        ]),
        (S2, "4", "improve its understanding of the disproportionate representation of Black and "
                  "mixed heritage children in the youth justice system, and act on it", [
            ("4.1", "Publish a disproportionality dashboard for each Board meeting and agree a "
                    "partnership action plan with the Race Equality subgroup.",
             "YJS Performance & QA Manager", "Quarterly", None, "G", "green",
             "Dashboard presented in April and July 2025. Action plan drafted with the subgroup."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Post-inspection improvement plan in response to the HM Inspectorate of Probation "
                 "inspection of youth justice services")
    rows = [("Inspection fieldwork:", "7 – 11 October 2024"),
            ("Report published:", "14 January 2025"),
            ("Overall rating:", "Requires Improvement"),
            ("Plan owner:", "Head of Youth Justice, on behalf of the YJ Management Board")]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "Document control"
    cov["A9"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(10, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    dc = [("0.3", dt.date(2025, 2, 6), "Head of Youth Justice", "Draft for YJ Management Board"),
          ("1.0", dt.date(2025, 2, 20), "Head of Youth Justice", "Approved by YJ Management Board"),
          ("1.1", dt.date(2025, 4, 24), "YJS Performance & QA Manager", "Q4 2024/25 progress update"),
          ("1.2", dt.date(2025, 7, 24), "YJS Performance & QA Manager", "Q1 2025/26 progress update; revised dates")]
    for i, r in enumerate(dc, start=11):
        for j, v in enumerate(r, 1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 30
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress position: July 2025 (reported to YJ Management Board, 24 July 2025)"
    ws["A2"].font = Font(italic=True)
    heads = ["Rec", "HMIP recommendation", "Action ref", "Action", "Lead(s)", "Target date",
             "Revised date", "Previous RAG (Apr 25)", "Current RAG (Jul 25)", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [6, 40, 8, 55, 28, 12, 12, 11, 11, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    prev_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    expected = []
    r = 5
    current_section = None
    for section, recno, rectext, actions in recs:
        if section != current_section:
            ws.cell(r, 1, section).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            current_section = section
            r += 1
        start = r
        for (ref, text, lead, target, revised, prev, cur, update) in actions:
            ws.cell(r, 3, ref)
            ws.cell(r, 4, text)
            ws.cell(r, 5, lead)
            c = ws.cell(r, 6, target)
            if isinstance(target, dt.date):
                c.number_format = "mmm-yy"
            if revised is not None:
                c = ws.cell(r, 7, revised)
                c.number_format = "mmm-yy"
            c = ws.cell(r, 8, prev)
            c.fill = fill(FILLS[prev_fill[prev]])
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 9).fill = fill(FILLS[cur])
            ws.cell(r, 10, update)
            for j in range(1, 11):
                ws.cell(r, j).border = BOX
                if j not in (8,):
                    ws.cell(r, j).alignment = WRAP
            end_d = revised or target
            if isinstance(end_d, dt.date):
                expected.append(act(ref, [section, rectext], text, split_lead(lead),
                                    end_d.strftime("%Y-%m"), cur))
            else:
                expected.append(act(ref, [section, rectext], text, split_lead(lead), None, cur,
                                    end_text=end_d))
            r += 1
        ws.cell(start, 1, recno)
        ws.cell(start, 2, rectext)
        ws.cell(start, 1).alignment = WRAP
        ws.cell(start, 2).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised dates were agreed by the YJ Management Board on 24 July 2025. "
                  "Current RAG is shown by cell colour only – see the RAG key sheet.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 2
    ws.cell(r, 2, "Summary at July 2025").font = Font(bold=True)
    summary = [("Complete (blue)", 2), ("On track (green)", 2), ("At risk (amber)", 2),
               ("Off track (red)", 1), ("Total actions", 7)]
    for k, v in summary:
        r += 1
        ws.cell(r, 2, k).border = BOX
        ws.cell(r, 3, v).border = BOX
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Action complete and evidenced"),
            ("green", "On track to deliver by the target date"),
            ("amber", "At risk – revised date agreed or slippage expected"),
            ("red", "Off track – escalated to the YJ Management Board")], start=3):
        key.cell(i, 1).fill = fill(FILLS[col])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 55

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the post-inspection improvement plans London youth justice services "
                "take to their YJ management boards after an HM Inspectorate of Probation "
                "inspection (e.g. Reading YJS improvement plan 2024, "
                "https://democracy.reading.gov.uk/mgAi.aspx?ID=15127, which lists recommendations "
                "for the YJS manager and for the management board). Copied: a cover sheet with "
                "inspection details and a document-control table, HMIP recommendations grouped "
                "under 'The ... Head of Service should:' / 'The ... Management Board should:' "
                "section rows, recommendation text in vertically merged cells over its actions, "
                "target and revised dates, previous RAG as a letter and current RAG as fill "
                "colour only, notes line, summary block and a separate RAG key sheet."),
        reads=("A three-sheet workbook: a cover with document control, the improvement plan and "
               "a RAG key. The plan has seven numbered actions under four recommendations, two "
               "for the Head of Service and two for the Management Board; the current status of "
               "each action is the colour of its Current RAG cell, and where a revised date is "
               "given it replaces the target date."),
        outcome="read", title=title, actions=expected)


WANDSWORTH_LEADS = {
    "YJS Operational Manager (Court & Community)": ["YJS Operational Manager (Court & Community)"],
    "YJS Performance & QA Manager / Principal Social Worker":
        ["YJS Performance & QA Manager", "Principal Social Worker"],
    "Head of Youth Justice; DCI Safeguarding (South West BCU)":
        ["Head of Youth Justice", "DCI Safeguarding (South West BCU)"],
    "Restorative Justice & Victim Lead": ["Restorative Justice & Victim Lead"],
    "Chair of the YJ Management Board": ["Chair of the YJ Management Board"],
    "Head of Youth Justice and Head of PDU (Probation Service)":
        ["Head of Youth Justice", "Head of PDU (Probation Service)"],
    "YJS Performance & QA Manager": ["YJS Performance & QA Manager"],
}


def split_lead(s):
    """Leads as a person reads the Wandsworth lead cells."""
    return list(WANDSWORTH_LEADS[s])


# ---------------------------------------------------------------------------
# 2. West Sussex Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if shade:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def west_sussex():
    name = "mi1-west-sussex-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "West Sussex Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan"
    afis = [
        ("The effectiveness of information sharing between the police, health services and "
         "schools when children go missing or are at risk of exploitation.", [
            ("1a", "Extend the daily missing and exploitation briefing to include school designated "
                   "safeguarding leads for children on the exploitation tracker.",
             "Head of Safeguarding in Education (WSCC)\nSussex Police DI (Missing & Exploitation Hub)",
             ["Head of Safeguarding in Education (WSCC)", "Sussex Police DI (Missing & Exploitation Hub)"],
             "January 2025", "2025-01", None, "Complete", "blue",
             "School DSLs invited since 6 January 2025; attendance is monitored weekly."),
            ("1b", "Agree and publish a partnership information-sharing flowchart for practitioners, "
                   "tested with frontline staff from each agency.",
             "WSSCP Business Manager", ["WSSCP Business Manager"],
             "March 2025 (revised to July 2025)", "2025-07", None, "Amber", "amber",
             "Draft tested at two practitioner forums. Revised version goes to the Executive in July."),
            ("1c", "Audit a sample of 20 return home interviews to test whether information reaches "
                   "the child's school within 72 hours.",
             "Designated Nurse Safeguarding Children (Sussex ICB) and Head of Quality Assurance (WSCC)",
             ["Designated Nurse Safeguarding Children (Sussex ICB)", "Head of Quality Assurance (WSCC)"],
             "Q1 2025/26", "2025-06", None, "Green", "green",
             "Audit sample selected; multi-agency audit day booked for 18 June 2025."),
        ]),
        ("The consistency with which staff in emergency departments identify and refer children "
         "who attend with injuries linked to violence.", [
            ("2a", "Add a serious youth violence prompt to the paediatric emergency department "
                   "safeguarding checklist at all acute sites.",
             "Named Nurse Safeguarding Children (UHSussex)\nNamed Nurse Safeguarding Children (SASH)",
             ["Named Nurse Safeguarding Children (UHSussex)", "Named Nurse Safeguarding Children (SASH)"],
             "February 2025", "2025-02", None, "Complete", "blue",
             "Prompt live on both trusts' electronic records since 17 February 2025."),
            ("2b", "Deliver training on contextual safeguarding and referral pathways to emergency "
                   "department and urgent treatment centre staff.",
             "Designated Nurse Safeguarding Children (Sussex ICB)",
             ["Designated Nurse Safeguarding Children (Sussex ICB)"],
             "June 2025", "2025-06", None, "Green", "green",
             "68% of ED nursing staff trained; sessions for medical staff booked."),
        ]),
        ("Strategic oversight of how the serious violence duty is improving children's safety, "
         "including the partnership's understanding of disproportionality.", [
            ("3a", "Establish a joint Serious Violence and Exploitation Subgroup reporting to both the "
                   "WSSCP Executive and the Safer West Sussex Partnership.",
             "WSSCP Independent Scrutineer", ["WSSCP Independent Scrutineer"],
             "December 2024", "2024-12", None, "Complete", "blue",
             "Subgroup met for the first time on 11 December 2024; terms of reference agreed."),
            ("3b", "Produce a partnership dataset on children affected by serious violence, broken "
                   "down by ethnicity, age and locality.",
             "WSCC Head of Performance & Insight; Sussex Police Analyst Lead",
             ["WSCC Head of Performance & Insight", "Sussex Police Analyst Lead"],
             "September 2025", "2025-09", None, "Amber", "amber",
             "Data sharing agreement signed; police ethnicity data not yet matched to social care records."),
            ("3c", "Hear directly from children and families affected by serious youth violence at the "
                   "subgroup at least twice a year.",
             "WSSCP Business Manager", ["WSSCP Business Manager"],
             "Ongoing", None, "Ongoing", "Green", "green",
             "Young people from the Youth Cabinet attended in March 2025."),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading(title, level=0)
    doc.add_paragraph("Multi-agency response to children at risk of serious youth violence. "
                      "Inspection fieldwork 16 to 20 September 2024; outcome letter published "
                      "4 November 2024.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Document owner", "WSSCP Business Manager"),
            ("Approved by", "WSSCP Executive (statutory safeguarding partners), 12 December 2024"),
            ("Version", "1.3 – progress update for the Executive, June 2025"),
            ("Next review", "September 2025")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10, shade="D9D9D9")
        set_cell(t.cell(i, 1), v, size=10)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG rating key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, col, v) in enumerate([
            ("Complete", "5B9BD5", "Action completed and impact evidenced"),
            ("Green", "00B050", "On track"),
            ("Amber", "FFC000", "Some delay – revised timescale agreed by the Executive"),
            ("Red", "FF0000", "Significant delay – escalated to the Executive")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10, shade=col)
        set_cell(t.cell(i, 1), v, size=10)

    doc.add_paragraph()
    doc.add_paragraph("The areas for improvement identified in the inspection letter are set out "
                      "below, each followed by the partnership's actions. Progress is as reported to "
                      "the Executive in June 2025.")

    expected = []
    for n, (afi, actions) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "RAG",
                               "Progress (June 2025)"]):
            set_cell(t.cell(0, j), h, bold=True, shade="1F3864")
            for run in t.cell(0, j).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, (ref, text, lead, leads, when, end, end_text, rag, status, prog) in enumerate(actions, 1):
            set_cell(t.cell(i, 0), ref)
            set_cell(t.cell(i, 1), text)
            set_cell(t.cell(i, 2), lead)
            set_cell(t.cell(i, 3), when)
            set_cell(t.cell(i, 4), rag, shade={"blue": "5B9BD5", "green": "00B050",
                                               "amber": "FFC000", "red": "FF0000"}[status])
            set_cell(t.cell(i, 5), prog)
            expected.append(act(ref, [afi], text, leads, end, status, end_text=end_text))
        doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Sign-off by the statutory safeguarding partners").bold = True
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Partner", "Name", "Date"),
                             ("West Sussex County Council", "Director of Children's Services", "12/12/2024"),
                             ("Sussex Police", "Assistant Chief Constable", "12/12/2024"),
                             ("NHS Sussex", "Chief Nursing Officer", "12/12/2024")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0), size=10)

    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the multi-agency action plans safeguarding children partnerships publish "
                "after a joint targeted area inspection (Ofsted, CQC, HMICFRS), in the style of "
                "the 2024-25 serious youth violence JTAIs; West Sussex SCP, 2024-25, plan "
                "invented for this case. Copied: a document-control table and a RAG key table "
                "before the plan, one Word table per area for improvement with the area's text as "
                "a paragraph above it, two agencies' leads on separate lines of one cell, an "
                "original timescale with a revised one in the same cell, 'Ongoing', and a "
                "sign-off table at the end."),
        reads=("A Word action plan with three areas for improvement, each introduced by a "
               "heading 'Area for improvement N' and the inspectors' text, then a table of "
               "lettered actions (1a-3c) with lead, timescale, RAG word and progress. The "
               "document-control, RAG key and sign-off tables are not part of the plan."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Warwickshire local area SEND WSOA progress tracker (csv)
# ---------------------------------------------------------------------------
def warwickshire():
    name = "mi1-warwickshire-local-area-send-wsoa-progress-tracker.csv"
    title = "Warwickshire Local Area SEND – Written Statement of Action: Progress Tracker"
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    areas = [
        ("1. Waiting times for autism (ASD) assessment, and the support available to children and "
         "young people while they wait and after diagnosis", [
            ("1.1", "Commission additional neurodevelopmental assessment capacity from an independent "
                    "provider to reduce the number of children waiting more than 52 weeks.",
             "Head of Children's Commissioning (C&W ICB)", ["Head of Children's Commissioning (C&W ICB)"],
             "Sept 2022 – March 2023", "2023-03", None, "On track",
             "Contract awarded October 2022. Children waiting over 52 weeks down from 612 to 388."),
            ("1.2", "Launch a pre-diagnosis support offer for families, including parent workshops and "
                    "a dedicated advice line.",
             "Head of SEND & Inclusion / Designated Clinical Officer",
             ["Head of SEND & Inclusion", "Designated Clinical Officer"],
             "31/10/2022", "2022-10", None, "Complete",
             "Advice line live from 3 October 2022.\nSix workshops held, 141 parents attended."),
        ]),
        ("2. Relationships with parents and carers, and co-production and communication at a "
         "strategic level", [
            ("2.1", "Agree a co-production charter with Warwickshire Parent Carer Voice and embed it "
                    "in every SEND workstream.",
             "Chris Baker and Nia Thomas", ["Chris Baker", "Nia Thomas"],
             "December 2022", "2022-12", None, "Complete",
             "Charter signed at the Partnership Board on 13 December 2022."),
            ("2.2", "Publish a termly SEND newsletter for families, written with parent carer "
                    "representatives.",
             "SEND Communications Officer", ["SEND Communications Officer"],
             "Termly", None, "Termly", "On track",
             "Autumn edition sent to 4,200 subscribers; spring edition in draft."),
        ]),
        ("3. The placement of some children and young people with EHC plans in specialist settings "
         "that do not match their needs", [
            ("3.1", "Review all specialist placements made in the last 12 months against the "
                    "placement decision criteria and act on any incorrect placements.",
             "Lead Commissioner – SEND Sufficiency", ["Lead Commissioner – SEND Sufficiency"],
             "Summer term 2023", "2023-07", None, "At risk",
             "Review of 96 of 240 placements complete; additional caseworker capacity requested."),
            ("3.2", "Brief all mainstream headteachers on the reasons for the review and the support "
                    "available to keep children in their local school.",
             "Assistant Director – Education Services", ["Assistant Director – Education Services"],
             "Feb-23", "2023-02", None, "On track",
             "Primary briefings held in January; secondary heads' briefing on 9 February."),
        ]),
        ("4. Uptake of SEND training by staff in mainstream primary and secondary schools", [
            ("4.1", "Relaunch the SEND training offer for mainstream schools, with a core module for "
                    "every SENCo and teaching assistant.",
             "SENCo Network Lead; Educational Psychology Service Manager",
             ["SENCo Network Lead", "Educational Psychology Service Manager"],
             "Jan 2023", "2023-01", None, "At risk",
             "Module content agreed; launch delayed by the learning platform procurement."),
        ]),
        ("5. The quality and accessibility of the online Local Offer", [
            ("5.1", "Rebuild the Local Offer website with families, testing navigation with at least "
                    "30 parent carers before launch.",
             "Local Offer Manager", ["Local Offer Manager"],
             "End of March 2023", "2023-03", None, "On track",
             "User testing with 34 parent carers completed in January."),
            ("5.2", "Report Local Offer feedback and 'you said, we did' changes to the Partnership "
                    "Board each quarter.",
             "Local Offer Manager", ["Local Offer Manager"],
             "Quarterly", None, "Quarterly", "Off track",
             "No report since September 2022 because of a vacancy; interim cover agreed from February."),
        ]),
    ]
    ncol = 7
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        w.writerow(cells)

    row(title)
    row("Position at 31 January 2023 – for the SEND & Inclusion Partnership Board, 14 February 2023")
    row("Status key: Complete = Blue; On track = Green; At risk = Amber; Off track = Red")
    row()
    row("Area of significant weakness", "Ref", "Action", "Lead", "Timescale", "Status",
        "Progress and evidence of impact")
    expected = []
    counts = {}
    for area, actions in areas:
        first = True
        for (ref, text, lead, leads, when, end, end_text, status, prog) in actions:
            row(area if first else "", ref, text, lead, when, status, prog)
            first = False
            counts[status] = counts.get(status, 0) + 1
            expected.append(act(ref, [area], text, leads, end, status_map[status], end_text=end_text))
    row()
    row("Totals: %d Complete, %d On track, %d At risk, %d Off track (%d actions)" % (
        counts["Complete"], counts["On track"], counts["At risk"], counts["Off track"],
        sum(counts.values())))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_expected(
        name,
        source=("Imitates a local area SEND written statement of action progress tracker exported "
                "from Excel to CSV for a SEND partnership board; the five areas of significant "
                "weakness paraphrase those in Warwickshire's 2021 local area SEND inspection "
                "letter (https://warwickshireparentcarervoice.org/2021/09/23/inspection-letter-published/), "
                "with actions and progress invented for 2022-23. Copied: title and position "
                "lines, a status key line, area text only on the first row of its group, "
                "day-first and month-range timescales, 'Termly' and 'Quarterly', a progress "
                "cell with a line break inside quotes, trailing empty columns and a totals line."),
        reads=("A CSV tracker with nine numbered actions under five numbered areas of significant "
               "weakness; the area is written once and applies to the rows below it until the "
               "next. Status words are read through the key line (At risk = Amber, Off track = "
               "Red); the key and totals lines are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 4. Buckinghamshire Corporate Parenting Board action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def buckinghamshire():
    name = "mi1-buckinghamshire-council-corporate-parenting-board-action-plan.txt"
    title = "Buckinghamshire Council Corporate Parenting Board – Action Plan 2024-25"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    P1 = "Priority 1: Our children and care leavers are listened to and help shape our services"
    P2 = "Priority 2: Every child in our care has a stable, loving home"
    P3 = "Priority 3: Our children achieve well in education and are supported into work"
    P4 = "Priority 4: Our care leavers are well prepared for adult life"
    items = [
        (P1, "1.1", "Hold a joint session of the Board with the Children in Care Council each term, "
                    "with young people setting the agenda.",
         "Participation Lead", ["Participation Lead"], "Termly", None, "Termly", "G",
         "Autumn and spring sessions held; summer session planned for 3 July 2025.", None),
        (P1, "1.2", "Co-produce a refreshed Pledge to children in care with the Children in Care "
                    "Council and the Care Leavers Forum.",
         "Participation Lead; Head of Service – Children in Care",
         ["Participation Lead", "Head of Service – Children in Care"], "Mar-25", "2025-03", None,
         "A", "Draft pledge agreed by young people; sign-off by Cabinet Member awaited.", None),
        (P2, "2.1", "Recruit 25 additional in-house foster carer households, with a focus on carers "
                    "for teenagers and sibling groups.",
         "Head of Fostering & Adoption", ["Head of Fostering & Adoption"], "31/03/2025",
         "2025-03", None, "R",
         "14 households approved so far; targeted campaign with town and parish councils launched January 2025.",
         "A further 9 households are in assessment and will go to panel in April and May."),
        (P2, "2.2", "Open the council's second in-house children's home in Aylesbury.",
         "Head of Residential Services", ["Head of Residential Services"], "Sep-24", "2024-09",
         None, "B", "Registered with Ofsted on 19 August 2024; first two children moved in during September.",
         None),
        (P3, "3.1", "Make sure every child in care has a Personal Education Plan reviewed each term "
                    "and rated good or better.",
         "Virtual School Head", ["Virtual School Head"], "Termly", None, "Termly", "G",
         "94% of PEPs rated good or better in the autumn term.", None),
        (P3, "3.2", "Create 10 ring-fenced apprenticeships across council services for care leavers.",
         "Service Director HR & OD / Virtual School Head",
         ["Service Director HR & OD", "Virtual School Head"], "Jan-25", "2025-01", None, "A",
         "6 apprenticeships filled; 4 posts to be re-advertised with Buckinghamshire College Group.", None),
        (P3, "3.3", "Secure a confirmed place in further education, sixth form or training for every "
                    "Year 11 child in care before they leave school.",
         "Virtual School Head and Post-16 Education Adviser",
         ["Virtual School Head", "Post-16 Education Adviser"], "Summer term 2025", "2025-07", None,
         "G", "41 of 47 Year 11 children have a confirmed offer.", None),
        (P4, "4.1", "Extend the council tax exemption for care leavers to those aged up to 25 who "
                    "live outside Buckinghamshire.",
         "Cabinet Member for Children's Services", ["Cabinet Member for Children's Services"],
         "01/04/2025", "2025-04", None, "B", "Agreed at the Council budget meeting on 20 February 2025.",
         None),
        (P4, "4.2", "Agree a protocol with housing associations giving care leavers priority for "
                    "move-on accommodation.",
         "Head of Service - Care Leavers & Head of Housing Options",
         ["Head of Service - Care Leavers", "Head of Housing Options"], "Jun-25", "2025-06", None,
         "A", "Two of four housing associations have signed; meetings with the others booked.", None),
        (P4, "4.3", "Make sure every care leaver has an up-to-date pathway plan, reviewed at least "
                    "every six months.",
         "Leaving Care Service Manager", ["Leaving Care Service Manager"], "Ongoing", None,
         "Ongoing", "G", "Compliance 91% at end of February (target 95%).", None),
    ]
    lines = [title, "Updated for the Board meeting of 12 March 2025", "",
             "No.\tWhat we will do\tLead\tBy when\tRAG\tUpdate"]
    expected = []
    cur = None
    for (pri, ref, text, lead, leads, when, end, end_text, r, upd, cont) in items:
        if pri != cur:
            lines.append(pri)
            cur = pri
        lines.append("\t".join([ref, text, lead, when, r, upd]))
        if cont:
            lines.append("\t\t\t\t\t" + cont)
        expected.append(act(ref, [pri], text, leads, end, rag[r], end_text=end_text))
    lines += ["", "RAG: B = complete   G = on track   A = some risk to delivery   R = off track",
              "Next update to the Board: June 2025"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source=("Imitates a county council's corporate parenting board action plan organised by "
                "pledge-style priorities, with lead posts and 'by when' dates (cf. Bracknell "
                "Forest corporate parenting strategy action plan 2025-2028, "
                "https://www.bracknell-forest.gov.uk/children-and-family-services/fostering-adoption-and-looked-after-children/corporate-parenting-strategy-2025-2028/corporate-parenting-strategy-action-plan-2025-2028, "
                "and Slough corporate parenting action plan updates); Buckinghamshire, 2024-25, "
                "invented for this case, saved as tab-separated text. Copied: title and 'updated "
                "for' lines, priority heading lines in one cell, numbered actions, two leads in a "
                "cell, Termly/Ongoing/term and mmm-yy dates, RAG letters, an update continued on "
                "the next line, and RAG key and next-update lines at the end."),
        reads=("A tab-separated export of the board's action plan: four priorities, each a line "
               "of its own, with ten numbered actions below them. One update runs on to a second "
               "line that has only the Update column filled; it belongs to action 2.1. The RAG "
               "letters are explained in the key line at the end."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Cheshire East Council children's home - Ofsted inspection action plan (docx)
# ---------------------------------------------------------------------------
def cheshire_east():
    name = "mi1-cheshire-east-council-childrens-home-ofsted-action-plan.docx"
    title = "Priors Hill Children's Home – Ofsted Inspection Action Plan"
    smap = {"Completed": "blue", "On track": "green", "At risk": "amber"}
    REQ = "Requirements"
    RECS = "Recommendations"
    groups = [
        (REQ, "The registered person must ensure that staff assess whether each child is at risk "
              "of harm and take effective action to reduce the risk of harm to each child "
              "(Regulation 12 (1)(2)(a)(i)(v)).", [
            ("All staff to complete refreshed training on individual risk assessment and the "
             "home's location risk assessment.",
             "Registered Manager", ["Registered Manager"], "28/03/2025", "2025-03", None, "Completed"),
            ("Each child's risk assessment to be reviewed after every missing episode or significant "
             "incident and signed off by the Registered Manager within 48 hours.",
             "Registered Manager / Deputy Manager", ["Registered Manager", "Deputy Manager"],
             "31/03/2025", "2025-03", None, "Completed"),
        ]),
        (REQ, "The registered person must ensure that all staff receive practice-related "
              "supervision by a person with appropriate experience (Regulation 33 (4)(b)).", [
            ("Introduce a supervision tracker, checked weekly by the Registered Manager and monthly "
             "by the Responsible Individual.",
             "Registered Manager\nResponsible Individual",
             ["Registered Manager", "Responsible Individual"], "30/04/2025", "2025-04", None,
             "Completed"),
            ("Recruit a permanent Deputy Manager so that supervision can be shared across the "
             "management team.",
             "Head of Children's Homes", ["Head of Children's Homes"], "June 2025", "2025-06",
             None, "At risk"),
        ]),
        (RECS, "The registered person should ensure that children's views, wishes and feelings are "
               "consistently recorded and used to inform their placement plans.", [
            ("Keyworkers to hold a monthly 'my voice' session with each child, recorded on the "
             "child's file and brought to placement plan reviews.",
             "Deputy Manager", ["Deputy Manager"], "Monthly", None, "Monthly", "On track"),
        ]),
        (RECS, "The registered person should ensure that the home is maintained to a good standard, "
               "with repairs carried out promptly.", [
            ("Agree a schedule of redecoration and repairs with Facilities Management, starting with "
             "the kitchen and two bedrooms.",
             "Registered Manager and FM Property Officer",
             ["Registered Manager", "FM Property Officer"], "Sept 2025", "2025-09", None, "On track"),
            ("Children to choose the colours and furnishings for their own bedrooms.",
             "Keyworkers", ["Keyworkers"], "Sept 2025", "2025-09", None, "On track"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Cheshire East Council | Children's Homes Service"
    doc.add_heading(title, level=1)

    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Unique reference number", "SC492837"),
            ("Inspection date", "11 and 12 February 2025"),
            ("Overall experiences and progress of children and young people",
             "Requires improvement to be good"),
            ("Registered Manager", "Karen Whitfield"),
            ("Responsible Individual", "Head of Children's Homes"),
            ("Plan submitted / updated", "14 March 2025 / 30 May 2025")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10, shade="E2EFD9")
        set_cell(t.cell(i, 1), v, size=10)

    doc.add_paragraph()
    doc.add_paragraph("The requirements and recommendations below are copied from the inspection "
                      "report. The status of each action is as at 30 May 2025.")

    nrows = 1 + 2 + sum(len(g[2]) for g in groups)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Requirement / recommendation", "Action", "Responsible",
                           "Completion date", "Status"]):
        set_cell(t.cell(0, j), h, bold=True, size=10, shade="BFBFBF")
    r = 1
    cur = None
    expected = []
    for (sect, text, actions) in groups:
        if sect != cur:
            c = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(c, sect, bold=True, size=10, shade="E2EFD9")
            cur = sect
            r += 1
        start = r
        for (atext, lead, leads, when, end, end_text, status) in actions:
            set_cell(t.cell(r, 1), atext, size=10)
            set_cell(t.cell(r, 2), lead, size=10)
            set_cell(t.cell(r, 3), when, size=10)
            set_cell(t.cell(r, 4), status, size=10,
                     shade={"Completed": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966"}[status])
            expected.append(act(None, [sect, text], atext, leads, end, smap[status],
                                end_text=end_text))
            r += 1
        c = t.cell(start, 0)
        if r - 1 > start:
            c = c.merge(t.cell(r - 1, 0))
        set_cell(c, text, size=10)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, col, v) in enumerate([("Completed", "9DC3E6", "Blue – action completed"),
                                     ("On track", "A9D08E", "Green – on track for the completion date"),
                                     ("At risk", "FFD966", "Amber – completion date at risk")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10, shade=col)
        set_cell(t.cell(i, 1), v, size=10)

    doc.add_paragraph()
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Signed", "Role", "Date"),
                             ("Karen Whitfield", "Registered Manager", "30/05/2025"),
                             ("A. Okafor", "Responsible Individual", "30/05/2025")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0), size=10)

    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a local authority children's home post-inspection action plan answering "
                "the requirements and recommendations of an Ofsted SCCIF full inspection "
                "(requirements cite the Children's Homes (England) Regulations 2015 with a "
                "compliance date; see SCCIF children's homes, 'Making requirements and "
                "recommendations', gov.uk). Cheshire East Council, 2025; the home 'Priors Hill' is "
                "invented. Copied: letterhead in the page header, a setting-details table, one "
                "plan table with 'Requirements' and 'Recommendations' section rows merged across, "
                "each requirement in a vertically merged first cell beside its actions, no "
                "action numbers, status words with a status key table, and a signature table."),
        reads=("A Word plan for one children's home: two requirements and two recommendations "
               "from the Ofsted report, each in a merged cell beside one or two actions, seven "
               "actions in all, none numbered. Status words are Completed, On track and At risk, "
               "which the status key maps to blue, green and amber."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Northumberland County Council focused visit action plan (xlsx, sheet per AFI)
# ---------------------------------------------------------------------------
def northumberland():
    name = "mi1-northumberland-county-council-focused-visit-action-plan.xlsx"
    title = "Northumberland County Council: Ofsted Focused Visit (Care Leavers) Action Plan"
    afis = [
        ("The quality of pathway plans, so that they are written with young people, are specific "
         "about the support they will receive and are updated when their circumstances change.", [
            ("1.1", "Launch a new pathway plan template co-produced with the Northumberland care "
                    "leavers' forum.",
             "Template used for all new pathway plans", "Leaving Care Service Manager",
             ["Leaving Care Service Manager"], dt.date(2024, 5, 31), None, "Complete", "blue",
             "Template launched 20 May 2024 after testing with forum members."),
            ("1.2", "Personal advisers to review every pathway plan with the young person within six "
                    "months, starting with those living out of area or in unregulated accommodation.",
             "95% of pathway plans reviewed in the last six months", "Team Managers (Leaving Care)",
             ["Team Managers (Leaving Care)"], dt.date(2024, 9, 30), dt.date(2024, 12, 31),
             "Amber", "amber", "81% reviewed at end of September; two PA vacancies filled from November."),
            ("1.3", "Monthly audit of 10 pathway plans by the Principal Social Worker, with findings "
                    "shared at the practice learning forum.",
             "Audit grades of good or better rising each quarter", "Principal Social Worker",
             ["Principal Social Worker"], "Monthly", None, "Green", "green",
             "Audits completed every month since April; 60% good or better in Q2 (Q1: 45%)."),
        ]),
        ("The support care leavers receive to access their health histories and emotional health "
         "services.", [
            ("2.1", "Agree with the ICB a process for every care leaver to receive a written summary "
                    "of their health history before their 18th birthday.",
             "All care leavers turning 18 receive a health summary",
             "Designated Nurse for Children in Care (NENC ICB) / Head of Children in Care Service",
             ["Designated Nurse for Children in Care (NENC ICB)", "Head of Children in Care Service"],
             dt.date(2024, 7, 31), dt.date(2024, 11, 30), "Red", "red",
             "Process agreed but ICB capacity to write the summaries is limited; escalated to the "
             "Corporate Parenting Board in October."),
            ("2.2", "Commission a dedicated emotional wellbeing worker for care leavers aged 18 to 25.",
             "Worker in post; referrals accepted within 10 working days", "Commissioning Manager (Children's)",
             ["Commissioning Manager (Children's)"], "Q3 2024/25", None, "Green", "green",
             "Provider selected; worker due to start in December."),
        ]),
        ("Management oversight of care leavers who are not in education, employment or training.", [
            ("3.1", "Introduce a monthly NEET panel, chaired by the Head of Service, to review every "
                    "care leaver who has been NEET for more than three months.",
             "Every NEET care leaver has a plan reviewed at panel", "Head of Service (Children in Care)",
             ["Head of Service (Children in Care)"], dt.date(2024, 4, 30), None, "Complete", "blue",
             "Panel running since April 2024."),
            ("3.2", "Work with Advance Northumberland and local employers to create a ring-fenced work "
                    "placement offer for care leavers.",
             "20 placements available each year", "Virtual School Head\nEmployability Lead (Economic Development)",
             ["Virtual School Head", "Employability Lead (Economic Development)"],
             dt.date(2024, 10, 31), dt.date(2025, 3, 31), "Amber", "amber",
             "8 employers signed up so far; launch event moved to February 2025."),
        ]),
    ]
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Children's Services – progress update, October 2024"
    for i, (k, v) in enumerate([("Visit dates", "23 and 24 January 2024"),
                                ("Letter published", "27 February 2024"),
                                ("Plan owner", "Director of Children's Social Care"),
                                ("Reporting to", "Children's Services Improvement Board (bi-monthly)")],
                               start=4):
        ov.cell(i, 1, k).font = Font(bold=True)
        ov.cell(i, 2, v)
    ov["A9"] = "Progress summary"
    ov["A9"].font = Font(bold=True)
    hdr = ["Area for improvement", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = ov.cell(10, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("D9D9D9")
    tot = [0] * 5
    expected = []
    for n, (afi, actions) in enumerate(afis, 1):
        cnt = [len(actions),
               sum(a[7] == "blue" for a in actions), sum(a[7] == "green" for a in actions),
               sum(a[7] == "amber" for a in actions), sum(a[7] == "red" for a in actions)]
        tot = [a + b for a, b in zip(tot, cnt)]
        ov.cell(10 + n, 1, f"AFI {n}").border = BOX
        for j, v in enumerate(cnt, 2):
            ov.cell(10 + n, j, v).border = BOX

        ws = wb.create_sheet(f"AFI {n}")
        ws["A1"] = f"Area for improvement {n}"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:H1")
        ws["A2"] = afi
        ws["A2"].alignment = WRAP
        ws.merge_cells("A2:H2")
        ws.row_dimensions[2].height = 36
        heads = ["Ref", "Action", "Measure of success", "Lead officer", "Original deadline",
                 "Revised deadline", "RAG", "Update (October 2024)"]
        for j, h in enumerate(heads, 1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("375623")
            c.border = BOX
            c.alignment = WRAP
        for j, wdt in enumerate([6, 55, 30, 30, 12, 12, 10, 50], 1):
            ws.column_dimensions[chr(64 + j)].width = wdt
        for i, (ref, text, measure, lead, leads, orig, rev, ragw, status, upd) in enumerate(actions, 5):
            vals = [ref, text, measure, lead, orig, rev, ragw, upd]
            for j, v in enumerate(vals, 1):
                if v is None:
                    continue
                c = ws.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(i, 6).border = BOX
            ws.cell(i, 7).fill = fill(FILLS[status])
            endd = rev or orig
            if isinstance(endd, dt.date):
                expected.append(act(ref, [afi], text, leads, endd.strftime("%Y-%m"), status))
            elif endd == "Q3 2024/25":
                expected.append(act(ref, [afi], text, leads, "2024-12", status))
            else:
                expected.append(act(ref, [afi], text, leads, None, status, end_text=endd))
    ov.cell(14, 1, "Total").font = Font(bold=True)
    ov.cell(14, 1).border = BOX
    for j, v in enumerate(tot, 2):
        c = ov.cell(14, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    ov["A16"] = "RAG: Complete = action closed; Green = on track; Amber = revised deadline agreed; Red = off track and escalated."
    ov.column_dimensions["A"].width = 24
    ov.column_dimensions["B"].width = 48
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the action plans councils write after an Ofsted ILACS focused visit "
                "(here a visit looking at care leavers, as in the focused visits CYP Now lists, "
                "https://www.cypnow.co.uk/news/article/ofsted-latest-children-s-services-focused-visits) "
                "and report to an improvement board; Northumberland, 2024, invented for this case. "
                "Copied: an overview sheet with visit details, a progress summary count table and "
                "a RAG note; then one sheet per area for improvement with the kind heading, the "
                "area text merged across, and an action table with measure of success, original "
                "and revised deadlines, RAG word with fill colour and an October update."),
        reads=("A workbook whose first sheet is an overview and summary, followed by three sheets "
               "'AFI 1' to 'AFI 3', each holding one area for improvement and its numbered "
               "actions (seven in all). Where a revised deadline is given it replaces the "
               "original; 'Monthly' has no end month."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. RBKC early help strategy delivery plan - mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def rbkc():
    name = "mi1-kensington-and-chelsea-early-help-strategy-delivery-plan-typo-month-refuse.xlsx"
    title = ("Royal Borough of Kensington and Chelsea – Early Help Strategy 2024-2027: "
             "Delivery Plan 2025/26")
    pris = [
        ("1. Families get the right help at the right time", [
            ("1.1", "Publish a single early help front door guide for partners, setting out how to "
                    "request support and what families can expect.",
             "Head of Early Help", "Schools, health visiting, police", "Apr 2025", "Sep 2025",
             "Complete", "Guide launched at the partnership conference on 18 September."),
            ("1.2", "Introduce a shared early help assessment for use by schools and health "
                    "visitors, with training for lead practitioners.",
             "Early Help Service Manager; Designated Nurse (NWL ICB)", "Schools, CLCH",
             "Jun 2025", "Dec 2025", "On track", "48 lead practitioners trained to date."),
            ("1.3", "Track the proportion of families who return to early help within 12 months "
                    "and report quarterly to the Board.",
             "Head of Performance (Children's)", "–", "Apr 2025", "Mar 2026", "On track",
             "Q1 baseline 14%; Q2 figure due November."),
        ]),
        ("2. Family hubs are at the heart of our communities", [
            ("2.1", "Open the North Kensington family hub with a full timetable of parenting, "
                    "infant feeding and employment support.",
             "Family Hubs Programme Manager", "Voluntary sector, Jobcentre Plus", "Jan 2025",
             "Jul 2025", "Complete", "Opened 7 July 2025."),
            ("2.2", "Set up a parent and carer panel for each family hub to shape the services "
                    "offered.",
             "Family Hubs Programme Manager", "Parent carer forum", "Sep 2025", "Febuary 2026",
             "On track", "First panel met in September at the Chelsea hub."),
            ("2.3", "Extend the Start for Life offer to evenings and Saturdays in both hubs.",
             "Head of Early Help", "CLCH, midwifery", "Oct 2025", "Mar 2026", "Not started",
             "Staffing model being costed."),
        ]),
        ("3. Our workforce is confident and skilled", [
            ("3.1", "Deliver restorative practice training to all early help and family hub staff.",
             "Principal Social Worker", "–", "May 2025", "Nov 2025", "At risk",
             "Two cohorts trained; third cohort postponed because of trainer availability."),
            ("3.2", "Run a quarterly early help practitioner forum open to all partner agencies.",
             "Early Help Service Manager", "All partners", "Apr 2025", "Ongoing", "On track",
             "Forums held in May and August."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Early Help Partnership Board – Q2 update (October 2025)"
    ws["A2"].font = Font(italic=True)
    heads = ["Priority", "Ref", "What we will do", "Lead", "Partners", "Start", "End",
             "Q2 status", "Commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    for j, wdt in enumerate([26, 6, 55, 28, 24, 10, 12, 12, 45], 1):
        ws.column_dimensions[chr(64 + j)].width = wdt
    sfill = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Not started": "D9D9D9"}
    r = 5
    typo_row = None
    for pri, actions in pris:
        start = r
        for a in actions:
            for j, v in enumerate(a, 2):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 8).fill = fill(sfill[a[6]])
            if a[5] == "Febuary 2026":
                typo_row = r
            r += 1
        ws.cell(start, 1, pri).alignment = WRAP
        ws.cell(start, 1).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Status: Complete / On track / At risk / Off track / Not started. "
                      "Dates are month of start and month of expected completion.")
    wb.save(os.path.join(HERE, name))
    assert typo_row == 9, typo_row
    write_expected(
        name,
        source=("Imitates a London borough's early help strategy delivery plan reported quarterly "
                "to an early help partnership board (priorities from the strategy, family hubs and "
                "Start for Life actions, start and end months written as text); Royal Borough of "
                "Kensington and Chelsea, 2025/26, invented for this case. Copied: title and "
                "'Q2 update' lines, priorities in a vertically merged first column, partners "
                "column, start/end months as text, status words with fill, a closing status note."),
        reads=("A one-sheet delivery plan with eight numbered actions under three priorities. "
               "The End cell of action 2.2 on sheet row 9 reads 'Febuary 2026', a mistyped "
               "month; a careful reader would stop there and ask what was meant rather than "
               "guess, so the plan is not read."),
        outcome="refuse", title=title, refuse_at=typo_row)


if __name__ == "__main__":
    wandsworth()
    west_sussex()
    warwickshire()
    buckinghamshire()
    cheshire_east()
    northumberland()
    rbkc()
    print("done")
