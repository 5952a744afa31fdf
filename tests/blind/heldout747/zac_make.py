#!/usr/bin/env python3
"""Build the seven zac- blind test cases (data files + expected readings).

Run with /work/main/.venv/bin/python zac_make.py from any directory.
Only writes files whose names start with "zac-" in this script's folder.
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
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DEEAF6",
}


def path(name):
    assert name.startswith("zac-"), name
    return os.path.join(OUT, name)


def write_expected(name, data):
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100000)
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# --------------------------------------------------------------------------- helpers: xlsx
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


# --------------------------------------------------------------------------- helpers: docx
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    """Write text into a cell; '\n' in text becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def merged_row(table, text, fill, bold=True, colour=None):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, colour=colour)
    shade(c, fill)
    return row


# =========================================================================== 1. Lancashire SEND APP (xlsx)
def lancashire():
    name = "zac-lancashire-local-area-send-accelerated-progress-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Lancashire Local Area SEND Partnership"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Accelerated Progress Plan (APP)"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Six-month progress review – position at 31 March 2022"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
        c.border = BOX
    dc = [
        ("1.0", dt.datetime(2021, 9, 30), "SEND Partnership Programme Office", "APP agreed with DfE and NHS England"),
        ("2.0", dt.datetime(2021, 12, 17), "SEND Partnership Programme Office",
         "Three-month review; revised deadlines agreed for 1.2 and 3.2"),
        ("3.0", dt.datetime(2022, 3, 31), "SEND Partnership Programme Office",
         "Six-month review; revised deadline agreed for 2.1"),
    ]
    for r, row in enumerate(dc, 7):
        for cidx, v in enumerate(row, 1):
            c = cov.cell(row=r, column=cidx, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("blue", "Complete – evidence of impact agreed by the SEND Partnership Board"),
        ("green", "On track to deliver by the deadline"),
        ("amber", "Some slippage – mitigation agreed"),
        ("red", "Off track – escalated to the SEND Partnership Board"),
    ]
    for r, (colour, meaning) in enumerate(key, 12):
        cov.cell(row=r, column=1, value=colour.capitalize()).fill = solid(FILL[colour])
        cov.cell(row=r, column=2, value=meaning)
    cov["A17"] = ("Accountable officers: Executive Director of Education and Children's Services, Lancashire "
                  "County Council; Chief Nurse, Lancashire and South Cumbria Health and Care Partnership.")
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("APP")
    ws["A1"] = "Lancashire SEND Accelerated Progress Plan – Areas of Significant Weakness (ASW)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "RAG is shown by cell colour – see the key on the Cover sheet."
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead(s)", "Partners involved", "Original deadline", "Revised deadline",
               "RAG", "Progress at March 2022"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX

    asw1 = "ASW 1: The timeliness and quality of education, health and care (EHC) plans"
    asw2 = ("ASW 2: Weaknesses in the autism spectrum disorder (ASD) assessment pathway and in support for "
            "children and young people awaiting assessment")
    asw3 = "ASW 3: Co-production with parents and carers, and communication about the Local Offer"
    D = dt.datetime
    rows = [
        ("H", asw1),
        ("A", "1.1",
         "Recruit additional SEND case officers and educational psychologists to clear the backlog of EHC needs "
         "assessments.",
         "Head of SEND Service", "HR Business Partner; Educational Psychology Service", D(2021, 12, 31), None,
         "blue", "12 case officers and 4 educational psychologists appointed. Backlog cleared in January 2022."),
        ("A", "1.2",
         "Introduce a multi-agency quality assurance framework for EHC plans, with monthly moderation panels "
         "including health, social care and parent carer representatives.",
         "Head of SEND Service / Designated Clinical Officer (DCO)",
         "Lancashire Parent Carer Forum; Children's Social Care QA Team", D(2022, 1, 31), D(2022, 4, 30),
         "green", "Framework agreed. First two moderation panels held; health attendance 80%."),
        ("A", "1.3",
         "Reissue every EHC plan judged 'inadequate' at audit, with outcomes co-produced with the child or young "
         "person and their family.",
         "SEND Area Team Managers", "Schools and settings", "Summer term 2022", None,
         "amber", "146 of 311 plans reissued. Capacity in the East area team remains a risk."),
        ("H", asw2),
        ("A", "2.1",
         "Commission additional ASD assessment capacity to reduce waiting times for children aged 5 and over to "
         "within 18 weeks.",
         "Lancashire CCGs Joint Commissioning Lead", "Lancashire & South Cumbria NHS Foundation Trust",
         D(2022, 3, 31), D(2022, 9, 30),
         "red", "Provider capacity not yet in place; escalated to the SEND Partnership Board in March 2022."),
        ("A", "2.2",
         "Launch a 'waiting well' offer for families awaiting assessment, including parent workshops and a single "
         "point of advice.",
         "Designated Clinical Officer (DCO); Head of Inclusion", "Lancashire Parent Carer Forum; SENDIASS",
         D(2022, 2, 28), None,
         "blue", "Launched February 2022; 214 families attended workshops."),
        ("H", asw3),
        ("A", "3.1",
         "Co-produce a communication and engagement strategy with Lancashire Parent Carer Forum.",
         "Head of SEND Service", "Lancashire Parent Carer Forum", D(2021, 11, 30), None,
         "blue", "Strategy signed off by the SEND Partnership Board in November 2021."),
        ("A", "3.2",
         "Redesign the Local Offer website with parents, carers and young people, including a 'you said, we did' "
         "page.",
         "Local Offer Manager", "Digital Services; Young Ambassadors", D(2022, 1, 31), "June 2022",
         "green", "Prototype tested with 40 families; new site goes live in June 2022."),
        ("A", "3.3",
         "Hold SEND Partnership events in each of the three localities, with feedback published within four "
         "weeks.",
         "SEND Partnership Programme Manager", "Lancashire Parent Carer Forum; schools", "Termly", None,
         "green", "Spring 2022 events held in Preston, Burnley and Lancaster."),
    ]
    r = 4
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for ccol in range(1, 9):
                ws.cell(row=r, column=ccol).fill = solid(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, action, lead, partners, orig, rev, rag, prog = row
            vals = [ref, action, lead, partners, orig, rev, None, prog]
            for ccol, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ccol, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = solid(FILL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised deadlines were agreed by the SEND Partnership Board on "
                                   "17 December 2021 and 24 March 2022.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 55, 30, 30, 13, 13, 7, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    imp = wb.create_sheet("Impact measures")
    ih = ["Measure", "Baseline (Sept 2021)", "3-month target", "6-month target", "12-month target",
          "Position (March 2022)"]
    for i, h in enumerate(ih, 1):
        c = imp.cell(row=1, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
    measures = [
        ("% of new EHC plans issued within 20 weeks", "31%", "40%", "55%", "70%", "52%"),
        ("% of audited EHC plans judged good or better", "22%", "30%", "45%", "60%", "41%"),
        ("Median wait for ASD assessment (weeks, age 5+)", "61", "52", "40", "18", "49"),
        ("Parent carer survey: 'I know where to find information'", "38%", "–", "50%", "65%", "47%"),
    ]
    for rr, m in enumerate(measures, 2):
        for i, v in enumerate(m, 1):
            imp.cell(row=rr, column=i, value=v)
    imp.column_dimensions["A"].width = 55
    wb.save(path(name))

    U1, U2, U3 = [asw1], [asw2], [asw3]
    actions = [
        act("1.1", U1, rows[1][2], ["Head of SEND Service"], "2021-12", "blue"),
        act("1.2", U1, rows[2][2], ["Head of SEND Service", "Designated Clinical Officer (DCO)"], "2022-04", "green"),
        act("1.3", U1, rows[3][2], ["SEND Area Team Managers"], "2022-07", "amber", end_text="Summer term 2022"),
        act("2.1", U2, rows[5][2], ["Lancashire CCGs Joint Commissioning Lead"], "2022-09", "red"),
        act("2.2", U2, rows[6][2], ["Designated Clinical Officer (DCO)", "Head of Inclusion"], "2022-02", "blue"),
        act("3.1", U3, rows[8][2], ["Head of SEND Service"], "2021-11", "blue"),
        act("3.2", U3, rows[9][2], ["Local Offer Manager"], "2022-06", "green"),
        act("3.3", U3, rows[10][2], ["SEND Partnership Programme Manager"], None, "green", end_text="Termly"),
    ]
    write_expected(name, {
        "source": ("Imitates a local area SEND Accelerated Progress Plan (APP) of the kind the DfE required after an "
                   "Ofsted/CQC revisit found insufficient progress against the written statement of action; "
                   "Lancashire was one of the 13 areas named as having to produce an APP (PQ answer, May 2021), and "
                   "published APPs (Devon, Staffordshire, Central Bedfordshire) are organised by 'areas of significant "
                   "weakness' with 3/6/12-month impact measures. Copied features: a Cover sheet with title block, "
                   "document-control table and a colour RAG key (Blue = complete); the APP sheet with merged, shaded "
                   "ASW heading rows above numbered actions, original and revised deadline columns, RAG shown only by "
                   "fill colour, several leads in one cell (job titles separated by / and ;), school-term and "
                   "'Termly' deadlines, a note line under the table; and a separate Impact measures (KPI) sheet that "
                   "holds no actions. Constructed example, not a copy of Lancashire's document."),
        "reads": ("A three-sheet workbook: the cover gives the plan's title, version history and the meaning of the "
                  "four RAG colours; the APP sheet lists eight numbered actions under three areas of significant "
                  "weakness, each with lead posts, an original deadline (sometimes superseded by a revised one), a "
                  "coloured RAG cell and a progress note. The impact-measures sheet is a KPI table, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Accelerated Progress Plan (APP)",
        "actions": actions,
    })


# =========================================================================== 2. Trafford scrutiny tracker (csv)
def trafford():
    name = "zac-trafford-council-scrutiny-recommendations-tracker.csv"
    W = 8
    S1 = "Children and Young People's Scrutiny Committee – Task and Finish Group: Home to School Transport (SEND)"
    S2 = "Health Scrutiny Committee – Review of Access to Primary Care"
    S3 = "Scrutiny Committee – Budget Scrutiny 2025/26"
    S4 = "Scrutiny Committee – Task and Finish Group: Damp and Mould in Rented Homes"
    recs = [
        (S1, "CYP/24-25/01", "24/03/2025",
         "That the Executive ensures every family whose child is eligible for SEND home to school transport receives "
         "written confirmation of the arrangements at least ten school days before the start of term.",
         "Accepted", "Corporate Director of Children's Services / Executive Member for Children's Services",
         "September 2025",
         "Confirmation letters issued for the September 2025 intake; 97% sent within the ten-day standard.",
         "Green"),
        (S1, "CYP/24-25/02", "24/03/2025",
         "That independent travel training is offered to all eligible young people in Years 10 to 13 with an EHC "
         "plan, with take-up reported to this Committee annually.",
         "Accepted", "Head of SEND and Inclusion", "31/07/2026",
         "Training provider procured; 38 young people enrolled. First annual report due July 2026.", "Amber"),
        (S1, "CYP/24-25/03", "24/03/2025",
         "That a parent carer representative sits on the Home to School Transport contract monitoring group.",
         "Accepted in part", "Head of Integrated Transport", "December 2025",
         "Trafford Parent Carer Forum has nominated a representative; terms of reference are being revised.",
         "Amber"),
        (S2, "HSC/24-25/01", "09/04/2025",
         "That NHS Greater Manchester (Trafford) publishes practice-level data on appointment availability each "
         "quarter\nand presents an annual summary to this Committee.",
         "Accepted", "Trafford Locality Place Lead (NHS GM)", "Q4 2025/26",
         "Quarterly data published from Q1 2025/26; annual summary scheduled for March 2026.", "Amber"),
        (S2, "HSC/24-25/02", "09/04/2025",
         "That the Council and NHS GM jointly promote the NHS App and community pharmacy services through the "
         "Trafford Directory and libraries.",
         "Accepted", "Director of Public Health / Trafford Locality Place Lead (NHS GM)", "June 2025",
         "Campaign ran May–June 2025 in all libraries; 1,140 residents supported to use the NHS App.", "Green"),
        (S2, "HSC/24-25/03", "09/04/2025",
         "That a follow-up review of the GP access improvement plan takes place in 12 months.",
         "Accepted", "Scrutiny Support Officer", "April 2026",
         "Added to the Health Scrutiny Committee work programme for April 2026.", "Amber"),
        (S3, "SC/24-25/01", "12/02/2025",
         "That the Executive sets out, alongside the 2026/27 draft budget, the savings delivered against each "
         "2025/26 proposal.",
         "Accepted", "Director of Finance and Systems / Executive Member for Finance and Governance",
         "January 2026", "Not yet due – reporting template agreed with Finance.", "Amber"),
        (S3, "SC/24-25/02", "12/02/2025",
         "That fees and charges benchmarking with other Greater Manchester authorities is shared with all Members "
         "before budget consultation begins.",
         "Accepted", "Head of Financial Management", "31/10/2025",
         "Benchmarking delayed pending the GM data return; not shared by the target date.", "Red"),
        (S4, "SC/24-25/03", "17/06/2025",
         "That the Council writes to every registered provider operating in Trafford requesting its Awaab's Law "
         "readiness plan.",
         "Accepted", "Head of Housing Strategy", "August 2025",
         "Letters sent 4 August 2025; responses received from 9 of 11 providers.", "Green"),
        (S4, "SC/24-25/04", "17/06/2025",
         "That private tenants can report damp and mould online through a single form, with an acknowledgement "
         "within two working days.",
         "Accepted", "Head of Regulatory Services", "Ongoing",
         "Online form live since September 2025; acknowledgement standard monitored monthly.", "Amber"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda cells: list(cells) + [""] * (W - len(cells))
    w.writerow(pad(["Trafford Council"]))
    w.writerow(pad(["Scrutiny Recommendations Tracker 2024/25"]))
    w.writerow(pad(["Position at 31 October 2025 – for Scrutiny Committee, 19 November 2025"]))
    w.writerow(pad([]))
    w.writerow(["Ref", "Date agreed by Executive", "Recommendation", "Executive response",
                "Lead officer / Executive Member", "Target date", "Update (October 2025)", "Status"])
    current = None
    for sec, ref, date, rec, resp, lead, target, update, status in recs:
        if sec != current:
            w.writerow(pad([sec]))
            current = sec
        w.writerow([ref, date, rec, resp, lead, target, update, status])
    w.writerow(pad([]))
    w.writerow(pad(["Key:"]))
    w.writerow(pad(["Green – recommendation implemented, no further monitoring required"]))
    w.writerow(pad(["Amber – implementation in progress, acceptable progress made"]))
    w.writerow(pad(["Red – insufficient progress; lead officer asked to attend Committee"]))
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    smap = {"Green": "blue", "Amber": "amber", "Red": "red"}
    ends = {
        "CYP/24-25/01": ("2025-09", None), "CYP/24-25/02": ("2026-07", None), "CYP/24-25/03": ("2025-12", None),
        "HSC/24-25/01": ("2026-03", "Q4 2025/26"), "HSC/24-25/02": ("2025-06", None),
        "HSC/24-25/03": ("2026-04", None), "SC/24-25/01": ("2026-01", None), "SC/24-25/02": ("2025-10", None),
        "SC/24-25/03": ("2025-08", None), "SC/24-25/04": (None, "Ongoing"),
    }
    actions = []
    for sec, ref, date, rec, resp, lead, target, update, status in recs:
        leads = [p.strip() for p in lead.split(" / ")]
        e, et = ends[ref]
        actions.append(act(ref, [sec], rec, leads, e, smap[status], end_text=et))
    write_expected(name, {
        "source": ("Imitates an English council's scrutiny recommendation tracker as reported back to its scrutiny "
                   "committee; column set and key follow a published 'Scrutiny Recommendation Tracker' annex "
                   "(Reference, Origin, Date, Recommendation, Exec date, Lead Officer/EM, Action taken, Status, with "
                   "the key 'Green: recommendation achieved – monitoring no longer required; Amber: acceptable "
                   "progress made; Red: unacceptable progress') and Trafford's three scrutiny committees. Copied "
                   "features: title lines, a section row per committee review, recommendation text as the tracked "
                   "item, executive response, two posts in one lead cell joined by ' / ', a multi-line quoted cell, "
                   "mixed target formats (month, dd/mm/yyyy, Q4 2025/26, Ongoing), a second date column (date agreed) "
                   "that is not the due date, and a key at the foot redefining Green as implemented. Constructed "
                   "example exported as CSV."),
        "reads": ("A CSV export of Trafford Council's 2024/25 scrutiny recommendations tracker: four review sections "
                  "(three committees) each followed by numbered recommendations with the Executive's response, lead "
                  "officer and Executive Member, target date, update and a RAG word. The key at the bottom says "
                  "Green means implemented, so Green rows are complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Scrutiny Recommendations Tracker 2024/25",
        "actions": actions,
    })


# =========================================================================== 3. Tameside SEND WSoA (docx)
def tameside():
    name = "zac-tameside-local-area-send-written-statement-of-action-progress-report.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Tameside Local Area Written Statement of Action (WSoA)", style="Title")
    doc.add_paragraph("Special educational needs and disabilities – progress report to the SEND Improvement Board, "
                      "July 2022", style="Subtitle")
    doc.add_paragraph("Tameside Council and Tameside and Glossop Integrated Care are jointly responsible for this "
                      "Written Statement of Action, produced after the joint Ofsted and Care Quality Commission local "
                      "area SEND inspection in October 2021. The inspection identified ten areas of significant "
                      "concern; this report covers the four priorities the SEND Improvement Board asked to review "
                      "first. The plan is owned with Tameside Parent Carer Forum, Our Kids Eyes (OKE), schools, "
                      "colleges and health providers.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for v in [("0.1", "14/04/2022", "SEND Improvement Programme Lead", "WSoA submitted to Ofsted and CQC"),
              ("0.2", "06/05/2022", "SEND Improvement Programme Lead", "WSoA declared fit for purpose"),
              ("0.3", "01/07/2022", "SEND Improvement Programme Lead", "Progress to end of June 2022")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)
    doc.add_paragraph("RAG rating key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, colour, meaning in [("B", FILL["blue"], "Complete – impact evidenced"),
                                    ("G", FILL["green"], "On track"),
                                    ("A", FILL["amber"], "Some delay – mitigation in place"),
                                    ("R", FILL["red"], "Off track – escalation to the SEND Improvement Board")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    P1 = "Priority 1: Leadership, strategy and governance"
    P2 = "Priority 2: Education, health and care plans"
    P3 = "Priority 3: The neurodevelopmental pathway"
    P4 = "Priority 4: Co-production and communication"
    C1 = ("Leaders across education, health and care do not have a shared understanding of the local area's "
          "strengths and weaknesses, and the SEND strategy is not understood by parents and carers.")
    C2 = ("The timeliness and quality of EHC plans are poor, and contributions from health and social care to "
          "EHC needs assessments are weak.")
    C3 = ("Waiting times for autism spectrum disorder (ASD) assessments are too long, and support for children and "
          "families while they wait is limited.")
    C4 = "Co-production with parents and carers is not well established, and the Local Offer is not well used."
    sections = [
        (P1, "Area of significant concern 1", C1, [
            ("1.1", "Establish a SEND Improvement Board with an independent chair, reporting to the Strategic "
                    "Commissioning Board.", "Director of Children's Services", "March 2022",
             "Board established February 2022; meets monthly.", "B"),
            ("1.2", "Complete a joint self-evaluation of the local area, co-produced with Tameside Parent Carer "
                    "Forum, and refresh it every six months.",
             "Assistant Director, Education / Designated Clinical Officer", "September 2022",
             "First self-evaluation completed April 2022; refresh planned for September.", "G"),
            ("1.3", "Co-produce and launch the Tameside SEND Strategy 2022–2025 with children, young people and "
                    "families.", "Head of SEND", "Autumn term 2022",
             "Engagement events held in May and June; draft strategy to the Board in October.", "G"),
        ]),
        (P2, "Area of significant concern 2", C2, [
            ("2.1", "Reduce the backlog of EHC needs assessments so that at least 60% of new plans are issued "
                    "within 20 weeks.", "Head of SEND", "31/12/2022",
             "20-week rate 41% in June 2022 (9% in October 2021).", "A"),
            ("2.2", "Introduce health and social care advice templates and a quality assurance tool for the advice "
                    "received.", "Designated Clinical Officer / Head of Service, Children with Disabilities",
             "June 2022", "Templates in use from May 2022; QA tool embedded in the casework system.", "B"),
            ("2.3", "Audit a sample of 30 EHC plans each term through the multi-agency quality assurance panel.\n"
                    "Report findings and themes to the SEND Improvement Board.",
             "SEND Quality Assurance Lead", "Termly", "Summer term audit under way.", "G"),
        ]),
        (P3, "Area of significant concern 3", C3, [
            ("3.1", "Commission additional ASD assessment capacity to reduce waits to within 18 weeks.",
             "Head of Commissioning, Tameside and Glossop Integrated Care", "March 2023",
             "Additional provider contracted from June 2022; waits currently 44 weeks.", "A"),
            ("3.2", "Develop a 'waiting well' support offer with Tameside Parent Carer Forum.",
             "Neurodevelopmental Pathway Lead", "September 2022",
             "Recruitment to the pathway coordinator post unsuccessful; post re-advertised.", "R"),
        ]),
        (P4, "Area of significant concern 4", C4, [
            ("4.1", "Relaunch the Local Offer website with a 'you said, we did' section updated each month.",
             "Local Offer Officer", "July 2022", "New site in testing with parent volunteers.", "G"),
            ("4.2", "Hold 'Meet the SEND Leaders' events with Our Kids Eyes (OKE) and the Parent Carer Forum.",
             "Head of SEND / Chair, Tameside Parent Carer Forum", "Quarterly",
             "First event held 22 June 2022; 63 parents attended.", "G"),
        ]),
    ]
    colours = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    for pri, kind, concern, rows in sections:
        doc.add_paragraph(pri, style="Heading 1")
        doc.add_paragraph(kind, style="Heading 2")
        doc.add_paragraph(concern)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "Timescale",
                                           "Progress update (June 2022)", "RAG"]):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, FILL["navy"])
        for ref, action, lead, when, prog, rag in rows:
            cells = tb.add_row().cells
            for c, x in zip(cells, [ref, action, lead, when, prog, rag]):
                set_cell(c, x)
            shade(cells[5], colours[rag])
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for a, b in [("Signed on behalf of Tameside Council", "Director of Children's Services"),
                 ("Signed on behalf of Tameside and Glossop Integrated Care", "Director of Quality and Safeguarding"),
                 ("Date", "05/07/2022")]:
        cells = so.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(path(name))

    smap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ends = {"1.1": ("2022-03", None), "1.2": ("2022-09", None), "1.3": ("2022-12", "Autumn term 2022"),
            "2.1": ("2022-12", None), "2.2": ("2022-06", None), "2.3": (None, "Termly"),
            "3.1": ("2023-03", None), "3.2": ("2022-09", None), "4.1": ("2022-07", None),
            "4.2": (None, "Quarterly")}
    actions = []
    for pri, kind, concern, rows in sections:
        for ref, action, lead, when, prog, rag in rows:
            e, et = ends[ref]
            actions.append(act(ref, [pri, concern], action, [p.strip() for p in lead.split(" / ")], e, smap[rag],
                               end_text=et))
    write_expected(name, {
        "source": ("Imitates Tameside's local area SEND Written Statement of Action (WSoA) produced after the October "
                   "2021 Ofsted/CQC inspection (ten areas of significant concern; Tameside Council and Tameside and "
                   "Glossop Integrated Care jointly responsible; owned with the Parent Carer Forum and Our Kids Eyes, "
                   "tamesidelocaloffer.co.uk), laid out as a Word progress report to the SEND Improvement Board. "
                   "Copied features: title and subtitle, an introduction, a document-control table and a RAG key table "
                   "(B/G/A/R letters with shading) that hold no actions, one table per priority under a Heading 1 "
                   "priority and a Heading 2 'Area of significant concern n' whose concern text is the paragraph "
                   "beneath it, two posts in one lead cell, term, 'Termly' and 'Quarterly' timescales, a two-paragraph "
                   "action cell and a sign-off table. Constructed example covering four of the ten concerns."),
        "reads": ("A Word report: after the document-control and RAG-key tables, four priorities each state the "
                  "inspectors' area of significant concern and give a table of numbered actions with lead, "
                  "timescale, progress note and a RAG letter (B, G, A or R). Ten actions in all; the sign-off table "
                  "at the end is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Tameside Local Area Written Statement of Action (WSoA)",
        "actions": actions,
    })


# =========================================================================== 4. Salford fostering (xlsx)
def salford():
    name = "zac-salford-city-council-fostering-service-development-plan-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 25-26"
    ws["A1"] = "Salford City Council – Fostering Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Fostering Service Development Plan 2025–26"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress at Quarter 2 (30 September 2025)"
    ws.merge_cells("A3:H3")
    heads = ["Priority", "No.", "What we will do", "Lead", "Target date", "Q1 RAG", "Q2 RAG",
             "Q2 progress commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.border = BOX
        c.alignment = WRAP
    PR1 = "1. Increase the number of Salford foster carers"
    PR2 = "2. Support and retain our foster carers"
    PR3 = "3. Improve the quality of fostering practice"
    D = dt.datetime
    items = [
        (PR1, "1.1",
         "Deliver the Foster for Salford recruitment campaign with the Greater Manchester Fostering Hub, targeting "
         "carers for teenagers and sibling groups.",
         "Team Manager, Recruitment and Assessment / Marketing and Communications Officer", D(2026, 3, 31),
         "Green", "Green", "41 enquiries in Q2 (Q1: 29); six assessments under way."),
        (PR1, "1.2", "Complete fostering assessments within 16 weeks of the initial visit.",
         "Team Manager, Recruitment and Assessment", "Ongoing", "Amber", "Amber",
         "Average of 19 weeks in Q2; two assessing social worker vacancies."),
        (PR1, "1.3",
         "Launch a Mockingbird constellation in Eccles, with a hub home carer recruited, approved and trained.",
         "Fostering Service Manager", "Q3 2025/26", "Amber", "Green",
         "Hub home carer approved at fostering panel in August 2025; six satellite households identified."),
        (PR2, "2.1", "Review the foster carer fees and allowances scheme and present options to Cabinet.",
         "Head of Service, Children Looked After", D(2025, 10, 31), "Green", "Complete",
         "Cabinet approved the revised scheme on 16 September 2025."),
        (PR2, "2.2",
         "Give every foster carer an annual learning and development plan, reviewed at their foster carer review.",
         "Supervising Social Workers", D(2026, 3, 31), "Amber", "Green",
         "68% of carers have a plan in place (Q1: 45%)."),
        (PR2, "2.3",
         "Set up a foster carer reference group that meets every two months with the Fostering Service Manager.",
         "Fostering Service Manager", "July 2025", "Green", "Complete",
         "Group launched July 2025; second meeting held September."),
        (PR3, "3.1",
         "Audit 10% of supervising social worker files each quarter against the Fostering National Minimum "
         "Standards.",
         "Practice Improvement Lead", "Quarterly", "Green", "Green", "Q2 audit completed; 12 files audited."),
        (PR3, "3.2",
         "Update the Fostering Service Statement of Purpose and Children's Guide and publish both on the council "
         "website.",
         "Fostering Service Manager", D(2025, 6, 30), "Red", "Amber",
         "Statement of Purpose published; Children's Guide being redesigned with the Children in Care Council."),
    ]
    ragfill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"]}
    r = 6
    start = {}
    for pr, no, what, lead, target, q1, q2, comm in items:
        if pr not in start:
            start[pr] = r
            ws.cell(row=r, column=1, value=pr).font = Font(bold=True)
        vals = [None, no, what, lead, target, q1, q2, comm]
        for ccol, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ccol)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = solid(ragfill[q1])
        ws.cell(row=r, column=7).fill = solid(ragfill[q2])
        r += 1
    counts = {}
    for pr, *_ in items:
        counts[pr] = counts.get(pr, 0) + 1
    for pr, s in start.items():
        if counts[pr] > 1:
            ws.merge_cells(start_row=s, start_column=1, end_row=s + counts[pr] - 1, end_column=1)
        ws.cell(row=s, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(row=s, column=1).fill = solid("E4DFEC")
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete = action delivered; Green = on track; Amber = some slippage; "
                                   "Red = significant risk to delivery.").font = Font(italic=True)
    for col, wdt in zip("ABCDEFGH", [26, 6, 55, 34, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = wdt

    sm = wb.create_sheet("Q2 Summary")
    sm["A1"] = "Fostering Service Development Plan 2025–26 – Q2 summary"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"], sm["C3"] = "Q2 RAG", "Number of actions", "% of actions"
    for c in ("A3", "B3", "C3"):
        sm[c].font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 0)]
    for i, (k, n) in enumerate(summary, 4):
        sm.cell(row=i, column=1, value=k).fill = solid(ragfill[k])
        sm.cell(row=i, column=2, value=n)
        sm.cell(row=i, column=3, value=f"{round(100 * n / 8)}%")
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=2, value=8).font = Font(bold=True)
    sm.cell(row=8, column=3, value="100%")
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 18
    wb.save(path(name))

    smap = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    ends = {"1.1": ("2026-03", None), "1.2": (None, "Ongoing"), "1.3": ("2025-12", "Q3 2025/26"),
            "2.1": ("2025-10", None), "2.2": ("2026-03", None), "2.3": ("2025-07", None),
            "3.1": (None, "Quarterly"), "3.2": ("2025-06", None)}
    actions = []
    for pr, no, what, lead, target, q1, q2, comm in items:
        e, et = ends[no]
        actions.append(act(no, [pr], what, [p.strip() for p in lead.split(" / ")], e, smap[q2], end_text=et))
    write_expected(name, {
        "source": ("Imitates the development plan that English local authority fostering services publish with their "
                   "annual fostering report (Fostering Services (England) Regulations 2011, reg. 35; e.g. Doncaster, "
                   "Central Bedfordshire and Hertfordshire annual fostering reports with 'plans for the year ahead'). "
                   "Copied features: a three-line title block, priorities in a vertically merged first column, numbered "
                   "actions, officer posts as leads (two posts joined by ' / ', posts containing commas), real date "
                   "cells next to text targets (Ongoing, Quarterly, Q3 2025/26, July 2025), previous (Q1) and current "
                   "(Q2) RAG columns as words with matching fills, a RAG key note line and a separate summary sheet "
                   "with totals. Constructed example for Salford City Council."),
        "reads": ("Salford's fostering service development plan for 2025–26 at Quarter 2: eight numbered actions under "
                  "three priorities (merged down the first column), each with lead, target date, a Q1 and a Q2 RAG "
                  "word and commentary. The status is the Q2 RAG; the Q2 Summary sheet only counts actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Fostering Service Development Plan 2025–26",
        "actions": actions,
    })


# =========================================================================== 5. Anglesey JICPA (docx)
def anglesey():
    name = "zac-isle-of-anglesey-jicpa-multi-agency-improvement-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Cyd-arolygiad o Drefniadau Amddiffyn Plant (JICPA) – Ynys Môn")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Joint Inspection of Child Protection Arrangements (JICPA) – Isle of Anglesey", style="Title")
    doc.add_paragraph("Multi-agency Improvement Plan", style="Heading 1")
    doc.add_paragraph("Partners: Isle of Anglesey County Council (IACC), Betsi Cadwaladr University Health Board "
                      "(BCUHB), North Wales Police (NWP) and Ynys Môn schools. Inspection fieldwork: 4–8 March 2024. "
                      "Report published: 13 June 2024.")
    doc.add_paragraph("This plan is monitored by the Anglesey and Gwynedd Safeguarding Delivery Group and reported to "
                      "the North Wales Safeguarding Board. Version 3 – position at 31 January 2025.")
    doc.add_paragraph("Status key: Complete (blue) · On track (green) · Some slippage (amber) · Off track (red) · "
                      "Not started")
    T1 = "Theme 1: Recognising and reporting abuse and neglect"
    T2 = "Theme 2: Strategy discussions and child protection enquiries"
    T3 = "Theme 3: Leadership, learning and the voice of the child"
    A1 = ("AFI 1 – Referrers are not consistently told about the outcome of their referral or the rationale for "
          "decisions.")
    A2 = ("AFI 2 – Some schools do not consistently use the Wales Safeguarding Procedures and guidance when "
          "recording and reporting concerns.")
    A3 = "AFI 3 – Health professionals are not consistently invited to, or able to attend, strategy discussions."
    A4 = ("AFI 4 – Police checks are not always completed before the strategy discussion, so some decisions are made "
          "without full information.")
    A5 = "AFI 5 – The voice and lived experience of children are not consistently recorded in care and support " \
         "protection plans."
    plan = [
        ("T", T1), ("A", A1),
        ("R", "1.1", "Amend the IACC Information, Advice and Assistance (IAA) procedure so that every professional "
                     "referrer receives written feedback on the outcome within 7 working days.",
         "Service Manager, IAA and Safeguarding (IACC)", "30/09/2024",
         "Procedure amended August 2024. December 2024 audit: feedback sent for 88% of referrals.", "Complete"),
        ("R", "1.2", "Audit referrer feedback each quarter and report compliance to the Safeguarding Delivery Group.",
         "Quality Assurance Lead (IACC)", "Quarterly", "Q3 audit reported January 2025.", "On track"),
        ("A", A2),
        ("R", "2.1", "Deliver refreshed Designated Safeguarding Person training to every primary and secondary school "
                     "on Ynys Môn.",
         "Education Safeguarding Officer (IACC) / Learning and Development Manager, NWSB", "Summer term 2025",
         "31 of 46 schools trained.", "On track"),
        ("T", T2), ("A", A3),
        ("R", "3.1", "Agree a joint protocol for health attendance at strategy discussions, including virtual "
                     "attendance by the named nurse.",
         "Head of Safeguarding (BCUHB) / Head of Children and Families Services (IACC)", "31/12/2024",
         "Protocol drafted; sign-off delayed pending BCUHB governance in February 2025.", "Some slippage"),
        ("R", "3.2", "Record health attendance at every strategy discussion in WCCIS and report it to the Delivery "
                     "Group.",
         "Principal Officer, Safeguarding (IACC)", "Monthly", "Depends on the protocol in 3.1.", "Not started"),
        ("A", A4),
        ("R", "4.1", "Introduce a 24-hour timescale for police checks ahead of strategy discussions, monitored by "
                     "the Central Referral Unit.",
         "Detective Inspector, Central Referral Unit (NWP)", "June 2024",
         "In place since June 2024; compliance 94% in Q3.", "Complete"),
        ("T", T3), ("A", A5),
        ("R", "5.1", "Launch a practice standard on recording the child's voice, with examples co-produced with "
                     "members of Ynys Môn Youth Council.",
         "Principal Social Worker (IACC)", "March 2025", "Standard drafted; youth council session held "
                                                          "15 January 2025.", "On track"),
        ("R", "5.2", "Add the child's voice to the multi-agency case audit tool and report the findings to the North "
                     "Wales Safeguarding Board.",
         "Chair, Anglesey and Gwynedd Safeguarding Delivery Group", "Q1 2025-26",
         "Audit tool not yet amended; regional tool under review.", "Off track"),
    ]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress update", "Status"]):
        set_cell(c, h, bold=True, colour="FFFFFF")
        shade(c, "005EB8")
    sfill = {"Complete": FILL["blue"], "On track": FILL["green"], "Some slippage": FILL["amber"],
             "Off track": FILL["red"], "Not started": "FFFFFF"}
    for row in plan:
        if row[0] == "T":
            merged_row(tb, row[1], "1F3864", colour="FFFFFF")
        elif row[0] == "A":
            merged_row(tb, row[1], FILL["teal"])
        else:
            _, ref, action, lead, target, prog, status = row
            cells = tb.add_row().cells
            for c, x in zip(cells, [ref, action, lead, target, prog, status]):
                set_cell(c, x)
            shade(cells[5], sfill[status])
    doc.add_paragraph("")
    doc.add_paragraph("Agreed by partners", style="Heading 3")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Agency", "Name / post", "Date"]):
        set_cell(c, h, bold=True)
    for v in [("Isle of Anglesey County Council", "Director of Social Services", "05/02/2025"),
              ("Betsi Cadwaladr University Health Board", "Executive Director of Nursing and Midwifery",
               "07/02/2025"),
              ("North Wales Police", "Assistant Chief Constable", "07/02/2025")]:
        cells = so.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)
    doc.save(path(name))

    smap = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red",
            "Not started": "unrated"}
    ends = {"1.1": ("2024-09", None), "1.2": (None, "Quarterly"), "2.1": ("2025-07", "Summer term 2025"),
            "3.1": ("2024-12", None), "3.2": (None, "Monthly"), "4.1": ("2024-06", None),
            "5.1": ("2025-03", None), "5.2": ("2025-06", "Q1 2025-26")}
    actions = []
    theme = afi = None
    for row in plan:
        if row[0] == "T":
            theme = row[1]
        elif row[0] == "A":
            afi = row[1]
        else:
            _, ref, action, lead, target, prog, status = row
            e, et = ends[ref]
            actions.append(act(ref, [theme, afi], action, [p.strip() for p in lead.split(" / ")], e, smap[status],
                               end_text=et))
    write_expected(name, {
        "source": ("Imitates the multi-agency improvement plans Welsh partnerships publish after a Joint Inspection of "
                   "Child Protection Arrangements (JICPA) by CIW, HIW, Estyn and HMICFRS (e.g. Powys, Bridgend and "
                   "Cardiff reports 2023–24, whose findings include referrers not being told outcomes and health "
                   "attendance at strategy discussions). Copied features: bilingual Welsh/English title block, a "
                   "partners and inspection-dates paragraph, a version line, a one-line status key, one table with "
                   "merged dark theme rows and merged light 'AFI n – …' rows above numbered actions, lead posts "
                   "suffixed with the agency, two agencies' leads in one cell, mixed target formats (dd/mm/yyyy, month, "
                   "school term, Q1 2025-26, Quarterly, Monthly), status words with shading, and a partners' sign-off "
                   "table. Constructed example; no Anglesey JICPA plan was copied."),
        "reads": ("A Word plan for the Isle of Anglesey JICPA: three themes, five areas for improvement and eight "
                  "numbered actions in one table, each with lead officer and agency, target date, progress note and a "
                  "status word that the key maps to blue, green, amber or red ('Not started' is unrated). The final "
                  "table records partner sign-off."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Joint Inspection of Child Protection Arrangements (JICPA) – Isle of Anglesey",
        "actions": actions,
    })


# =========================================================================== 6. North Wales CJC (xlsx)
def cjc():
    name = "zac-north-wales-cjc-corporate-plan-delivery-tracker-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Clawr - Cover"
    cov["A1"] = "Cyd-bwyllgor Corfforedig Gogledd Cymru"
    cov["A1"].font = Font(bold=True, size=13)
    cov["A2"] = "North Wales Corporate Joint Committee"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Corporate Plan 2025–26: Delivery Tracker – Quarter 2 (July–September 2025)"
    cov["A3"].font = Font(bold=True)
    cov["A5"] = "Status key / Allwedd statws"
    cov["A5"].font = Font(bold=True)
    keyrows = [("Complete", "blue", "Milestone delivered"),
               ("On track", "green", "Expected to be delivered by the due date"),
               ("At risk", "amber", "Some risk to the due date; mitigation in place"),
               ("Delayed", "red", "Will not be delivered by the due date")]
    for i, (word, colour, meaning) in enumerate(keyrows, 6):
        cov.cell(row=i, column=1, value=word).fill = solid(FILL[colour])
        cov.cell(row=i, column=2, value=meaning)
    cov["A11"] = "Reported to the North Wales Corporate Joint Committee, 28 November 2025."
    cov["A12"] = ("Constituent councils: Conwy, Denbighshire, Flintshire, Gwynedd, Isle of Anglesey and Wrexham; "
                  "Eryri National Park Authority for strategic planning.")
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    heads = ["Ref", "Milestone", "Responsible officer", "Due", "Q1 status", "Q2 status", "Q2 commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("00594F")
        c.border = BOX
    O1 = "Objective 1 – Prepare and deliver the Regional Transport Plan"
    O2 = "Objective 2 – Prepare the Strategic Development Plan (SDP)"
    O3 = "Objective 3 – Promote the economic well-being of North Wales"
    O4 = "Objective 4 – A well-run and well-governed Corporate Joint Committee"
    D = dt.datetime
    rows = [
        ("O", O1),
        ("M", "RTP1", "Submit the North Wales Regional Transport Plan to the Welsh Government for approval.",
         "Chief Executive", D(2025, 9, 30), "mmm-yy", "On track", "Complete",
         "Submitted after CJC approval on 18 July 2025."),
        ("M", "RTP2", "Prepare the Regional Transport Plan delivery programme for 2026–2031, aligned with the "
                      "constituent councils' capital programmes.",
         "Regional Transport Lead", "Q4 2025/26", None, "On track", "On track",
         "Workshops with the six councils' transport leads held in September."),
        ("M", "RTP3", "Agree a project prioritisation framework for the Transport Sub-committee.",
         "Regional Transport Lead / Head of Finance (Statutory Finance Officer)", D(2025, 12, 31), "dd/mm/yyyy",
         "On track", "At risk", "Awaiting Welsh Government guidance on the 2026/27 funding allocation."),
        ("O", O2),
        ("M", "SDP1", "Agree the SDP Delivery Agreement with the Welsh Government.",
         "Regional Strategic Development Planning Officer", D(2025, 10, 31), "dd/mm/yyyy", "At risk", "Delayed",
         "Main matters on regional housing numbers unresolved; revised date to be agreed."),
        ("M", "SDP2", "Complete the SDP evidence base on regional housing and employment land.",
         "Regional Strategic Development Planning Officer", D(2026, 3, 31), "mmm-yy", "On track", "On track",
         "Employment land review commissioned."),
        ("O", O3),
        ("M", "ECW1", "Bring the North Wales Economic Ambition Board into the CJC's governance arrangements.",
         "Chief Executive / Monitoring Officer", D(2025, 6, 30), "mmm-yy", "On track", "Complete",
         "Transfer completed; NWEAB 2024/25 accounts reported to the CJC."),
        ("M", "ECW2", "Publish a regional economic framework action plan with the six constituent councils.",
         "Chief Executive", "Q3 2025/26", None, "On track", "On track",
         "Draft to the Economic Well-being Sub-committee in December."),
        ("O", O4),
        ("M", "GOV1", "Adopt a Welsh Language Standards compliance plan and publish it bilingually.",
         "Monitoring Officer", D(2025, 9, 30), "dd/mm/yyyy", "On track", "Complete",
         "Published in September 2025."),
        ("M", "GOV2", "Set the 2026/27 budget and the levy on the constituent councils.",
         "Head of Finance (Statutory Finance Officer)", "January 2026", None, "On track", "On track",
         "Draft budget to the CJC in November 2025."),
        ("M", "GOV3", "Respond to the Audit Wales commentary on progress and report on it to the Governance and "
                      "Audit Sub-committee.",
         "Chief Executive", "Ongoing", None, None, "On track", "Response agreed; six-monthly updates."),
    ]
    sfill = {"Complete": FILL["blue"], "On track": FILL["green"], "At risk": FILL["amber"], "Delayed": FILL["red"]}
    r = 2
    for row in rows:
        if row[0] == "O":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for ccol in range(1, 8):
                ws.cell(row=r, column=ccol).fill = solid("D8E4BC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, mil, lead, due, fmt, q1, q2, comm = row
            for ccol, v in enumerate([ref, mil, lead, due, q1, q2, comm], 1):
                c = ws.cell(row=r, column=ccol, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(row=r, column=4).number_format = fmt
            if q1:
                ws.cell(row=r, column=5).fill = solid(sfill[q1])
            ws.cell(row=r, column=6).fill = solid(sfill[q2])
        r += 1
    for col, wdt in zip("ABCDEFG", [8, 60, 36, 12, 11, 11, 50]):
        ws.column_dimensions[col].width = wdt
    wb.save(path(name))

    smap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Delayed": "red"}
    ends = {"RTP1": ("2025-09", None), "RTP2": ("2026-03", "Q4 2025/26"), "RTP3": ("2025-12", None),
            "SDP1": ("2025-10", None), "SDP2": ("2026-03", None), "ECW1": ("2025-06", None),
            "ECW2": ("2025-12", "Q3 2025/26"), "GOV1": ("2025-09", None), "GOV2": ("2026-01", None),
            "GOV3": (None, "Ongoing")}
    actions = []
    obj = None
    for row in rows:
        if row[0] == "O":
            obj = row[1]
            continue
        _, ref, mil, lead, due, fmt, q1, q2, comm = row
        e, et = ends[ref]
        actions.append(act(ref, [obj], mil, [p.strip() for p in lead.split(" / ")], e, smap[q2], end_text=et))
    write_expected(name, {
        "source": ("Imitates a Welsh Corporate Joint Committee's corporate plan delivery tracker as reported to the "
                   "committee; the North Wales CJC (Conwy, Denbighshire, Flintshire, Gwynedd, Anglesey, Wrexham and "
                   "Eryri NPA) has statutory duties for the Regional Transport Plan, the Strategic Development Plan and "
                   "economic well-being, took over the North Wales Economic Ambition Board and approved its RTP for "
                   "submission in July 2025 (Cyngor Gwynedd modern.gov pages). Copied features: bilingual cover sheet "
                   "with title and status key, Tracker sheet with merged objective rows above referenced milestones, "
                   "officer posts as leads (two joined by ' / '), due dates as real dates in two display formats and as "
                   "text (Q4 2025/26, January 2026, Ongoing), previous (Q1) and current (Q2) status words with fills, "
                   "one new milestone with an empty Q1 cell. Constructed example."),
        "reads": ("A two-sheet tracker: the cover names the North Wales Corporate Joint Committee and its Corporate "
                  "Plan 2025–26 Quarter 2 report and defines the four status words; the Tracker sheet lists ten "
                  "milestones under four objectives with responsible officer, due date, Q1 and Q2 status and "
                  "commentary. The current status is the Q2 column."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Plan 2025–26: Delivery Tracker – Quarter 2 (July–September 2025)",
        "actions": actions,
    })


# =========================================================================== 7. Wealden (txt, refuse)
def wealden():
    name = "zac-wealden-district-council-corporate-plan-delivery-tracker-2025-26-typo-month-refuse.txt"
    lines = [
        "Wealden District Council",
        "Corporate Plan 2024–2028: Annual Delivery Plan 2025/26",
        "Quarter 2 monitoring report (exported 14/10/2025)",
        "",
        "\t".join(["Priority", "Ref", "Action", "Lead officer", "Due date", "Status", "Comment"]),
    ]
    rows = [
        ("Protecting our environment", "ENV1",
         "Publish the Regulation 19 (pre-submission) version of the Wealden Local Plan for consultation.",
         "Head of Planning Policy", "March 2026", "On track", "Consultation draft to Cabinet in January 2026."),
        ("Protecting our environment", "ENV2", "Roll out weekly food waste collections to all households.",
         "Head of Waste and Environmental Services", "April 2026", "On track",
         "Vehicles ordered; caddy delivery from February."),
        ("Protecting our environment", "ENV3",
         "Complete LED lighting and air source heat pump works at the Vicarage Lane offices, Hailsham.",
         "Property Services Manager", "December 2025", "At risk", "Contractor delays on the heat pump installation."),
        ("Thriving communities", "COM1", "Deliver 75 new affordable homes through the council's housing programme.",
         "Head of Housing", "March 2026", "At risk", "52 completions forecast by year end."),
        ("Thriving communities", "COM2", "Launch the Community Grants scheme 2025/26.",
         "Community Development Manager", "June 2025", "Complete", "Scheme launched 2 June 2025."),
        ("Thriving communities", "COM3", "Review the Housing Allocation Policy and consult on the proposed changes.",
         "Housing Needs Manager", "Febuary 2026", "On track", "Consultation plan agreed with the Portfolio Holder."),
        ("An efficient, customer-focused council", "EFF1",
         "Move all planning and licensing applications to the new online customer portal.",
         "Head of Customer Services", "September 2025", "Complete", "Portal live for all services."),
        ("An efficient, customer-focused council", "EFF2",
         "Deliver the £1.2m savings programme agreed in the 2025/26 budget.",
         "Director of Finance and Resources", "March 2026", "On track", "£0.8m delivered to date."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += ["", "Status: Complete / On track / At risk / Off track"]
    bad_line = lines.index("\t".join(rows[5])) + 1
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    write_expected(name, {
        "source": ("Imitates an English district council's annual delivery plan for its corporate plan, exported from "
                   "a performance system as tab-separated text for quarterly monitoring. Copied features: three title "
                   "lines (council, plan, quarter and export date), a header row, the priority repeated on every row "
                   "as exports do, referenced actions with lead officer, due month, status word and comment, and a "
                   "status legend line. Constructed example for Wealden District Council."),
        "reads": ("A tab-separated Quarter 2 export of Wealden's 2025/26 corporate plan delivery actions. Row COM3 "
                  "gives its due date as 'Febuary 2026', a mistyped month, so a careful reader stops and asks before "
                  "reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad_line,
        "title": "Corporate Plan 2024–2028: Annual Delivery Plan 2025/26",
    })


if __name__ == "__main__":
    lancashire()
    trafford()
    tameside()
    salford()
    anglesey()
    cjc()
    wealden()
    print("done")
