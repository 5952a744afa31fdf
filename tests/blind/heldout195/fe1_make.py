"""Build the seven fe1- blind cases (children's services plans) and their expected readings.

Run with /work/main/.venv/bin/python fe1_make.py  (writes into the folder this script lives in).
"""
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

FILLS = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


def write_expected(name, source, reads, title, actions, outcome="read", accept_refusal=False,
                   refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                    "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------------------------
# 1. Liverpool City Council - ILACS improvement plan (xlsx, cover/key/plan/summary sheets)
# ---------------------------------------------------------------------------------------------
def liverpool():
    name = "fe1-liverpool-city-council-ilacs-improvement-plan.xlsx"
    title = "Children's Services Improvement Plan 2023–2025"
    p1 = "Priority 1: A stable, skilled workforce with manageable caseloads"
    p2 = "Priority 2: Timely identification of, and response to, risk"
    p3 = "Priority 3: Care leavers receive the support they are entitled to"
    r1 = "The size of social workers’ caseloads and the regularity and quality of supervision."
    r2 = ("The identification of, and response to, risk for children who need help and protection, "
          "including the timeliness of strategy discussions.")
    r3 = "The quality of decision-making when removing child protection plans."
    r4 = ("The support, advice and guidance for care leavers, including the quality of pathway plans "
          "and the information they receive about their entitlements.")
    D = dt.datetime
    acts = [
        dict(ref="1.1", under=[p1, r1], rec=r1,
             action="Reduce average caseloads in the Assessment and Safeguarding teams to no more than 20 "
                    "children per social worker, through a managed agency team and 18 additional permanent posts.",
             lead_cell="Director of Children's Social Care", lead=["Director of Children's Social Care"],
             orig=D(2023, 9, 30), rev=D(2024, 3, 31), prev="Red", cur="Amber", end="2024-03", status="amber",
             update="Average caseload 23 (January), down from 31 in March 2023.\nManaged team extended to end of March 2024."),
        dict(ref="1.2", under=[p1, r1], rec=r1,
             action="Launch the Liverpool Social Work Academy for newly qualified social workers, with protected "
                    "caseloads throughout the ASYE year.",
             lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
             orig=D(2023, 10, 31), rev=None, prev="Amber", cur="Blue", end="2023-10", status="blue",
             update="Academy launched 2 October 2023 with 24 ASYEs."),
        dict(ref="1.3", under=[p1, r1], rec=r1,
             action="Relaunch the supervision policy and audit the frequency and quality of supervision every month, "
                    "reporting compliance to the Practice Improvement Group.",
             lead_cell="Head of Quality Assurance / Principal Social Worker",
             lead=["Head of Quality Assurance", "Principal Social Worker"],
             orig=D(2023, 8, 31), rev=D(2024, 4, 30), prev="Amber", cur="Green", end="2024-04", status="green",
             update="Policy relaunched. Supervision in timescale 84% (December)."),
        dict(ref="2.1", under=[p2, r2], rec=r2,
             action="Establish daily multi-agency strategy meetings in the MASH with police and health attendance, "
                    "and track the timeliness of strategy discussions in the weekly performance report.",
             lead_cell="Head of Service – Front Door (MASH)", lead=["Head of Service – Front Door (MASH)"],
             orig=D(2023, 7, 31), rev=None, prev="Green", cur="Blue", end="2023-07", status="blue",
             update="Daily meetings in place since July 2023."),
        dict(ref="2.2", under=[p2, r2], rec=r2,
             action="Commission an independent audit of 50 child protection enquiries to test the quality of risk "
                    "analysis and the voice of the child, and act on its findings.",
             lead_cell="Service Manager (Quality Assurance)", lead=["Service Manager (Quality Assurance)"],
             orig=D(2023, 11, 30), rev=D(2024, 2, 29), prev="Green", cur="Amber", end="2024-02", status="amber",
             update="Audit delayed by auditor availability; fieldwork now under way."),
        dict(ref="2.3", under=[p2, r3], rec=r3,
             action="Introduce a step-down panel, chaired by a Head of Service, for every child whose child protection "
                    "plan is to end after less than three months.",
             lead_cell="IRO Service Manager", lead=["IRO Service Manager"],
             orig=D(2023, 9, 30), rev=None, prev="Green", cur="Blue", end="2023-09", status="blue",
             update="Panel meets fortnightly."),
        dict(ref="3.1", under=[p3, r4], rec=r4,
             action="Reduce personal adviser caseloads to 1:25 by recruiting six additional personal advisers.",
             lead_cell="Head of Service – Children in Care and Care Leavers",
             lead=["Head of Service – Children in Care and Care Leavers"],
             orig=D(2023, 12, 31), rev=D(2024, 6, 30), prev="Amber", cur="Red", end="2024-06", status="red",
             update="Two of six posts filled. Re-advertised with market supplement."),
        dict(ref="3.2", under=[p3, r4], rec=r4,
             action="Co-produce a revised Local Offer for care leavers with the Care Leavers Forum and publish it "
                    "in print and online.",
             lead_cell="Care Leavers Service Manager; Participation Officer",
             lead=["Care Leavers Service Manager", "Participation Officer"],
             orig=D(2024, 1, 31), rev=None, prev="Green", cur="Green", end="2024-01", status="green",
             update="Final draft agreed by the Forum on 24 January."),
        dict(ref="3.3", under=[p3, r4], rec=r4,
             action="Audit the pathway plan of every young person aged 17½ to check it has been reviewed and updated "
                    "with the young person.",
             lead_cell="Team Manager (Leaving Care)", lead=["Team Manager (Leaving Care)"],
             orig=D(2024, 3, 31), rev=None, prev="Green", cur="Green", end="2024-03", status="green",
             update="41 of 63 plans audited."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Liverpool City Council"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Our response to the Ofsted inspection of local authority children’s services (ILACS), "
                 "13–24 March 2023")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ["1.0", "21/07/2023", "Director of Children's Social Care", "Plan submitted to Ofsted"],
        ["2.0", "17/10/2023", "Improvement Programme Manager", "Quarter 2 update to Improvement Board"],
        ["2.1", "31/01/2024", "Improvement Programme Manager", "Quarter 3 update to Improvement Board"],
    ]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate(rows, 7):
        for j, v in enumerate(r, 1):
            cov.cell(row=i, column=j, value=v).border = BOX
    cov["A11"] = "Owner: Children's Services Improvement Board (independent chair)"
    for col, w in zip("ABCD", (12, 14, 36, 44)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, colour, meaning) in enumerate([
        ("Blue", "blue", "Action complete and impact evidenced"),
        ("Green", "green", "On track to deliver by the target date"),
        ("Amber", "amber", "Some slippage – recoverable within the quarter"),
        ("Red", "red", "Off track – escalated to the Improvement Board"),
    ], 2):
        c = key.cell(row=i, column=1, value=lab)
        c.fill = fill(FILLS[colour])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Liverpool City Council – position at 31 January 2024"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Original target date",
               "Revised target date", "Previous RAG (Oct 23)", "Current RAG (Jan 24)",
               "Progress update (January 2024)"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    last_p = None
    rec_start = None
    last_rec = None

    def close_rec(end_row):
        if rec_start is not None and end_row > rec_start:
            ws.merge_cells(start_row=rec_start, start_column=2, end_row=end_row, end_column=2)

    for a in acts:
        p = a["under"][0]
        if p != last_p:
            close_rec(r - 1)
            rec_start, last_rec = None, None
            ws.cell(row=r, column=1, value=p).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            r += 1
            last_p = p
        if a["rec"] != last_rec:
            close_rec(r - 1)
            rec_start = r
            last_rec = a["rec"]
            ws.cell(row=r, column=2, value=a["rec"])
        vals = [a["ref"], None, a["action"], a["lead_cell"], a["orig"], a["rev"], a["prev"], a["cur"],
                a["update"]]
        for j, v in enumerate(vals, 1):
            if j == 2:
                ws.cell(row=r, column=2).alignment = WRAP
                ws.cell(row=r, column=2).border = BOX
                continue
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j in (5, 6) and v is not None:
                c.number_format = "mmm-yy"
            if j in (7, 8):
                c.fill = fill(FILLS[v.lower()])
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    close_rec(r - 1)
    for col, w in zip("ABCDEFGHI", (7, 38, 55, 28, 12, 12, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – January 2024"
    sm["A1"].font = Font(bold=True)
    sm["A2"], sm["B2"] = "Status", "Number of actions"
    counts = {}
    for a in acts:
        counts[a["cur"]] = counts.get(a["cur"], 0) + 1
    row = 3
    for lab in ("Blue", "Green", "Amber", "Red"):
        sm.cell(row=row, column=1, value=lab).fill = fill(FILLS[lab.lower()])
        sm.cell(row=row, column=2, value=counts.get(lab, 0))
        row += 1
    sm.cell(row=row, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=row, column=2, value=len(acts)).font = Font(bold=True)
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates Liverpool City Council's Children's Services Improvement Plan written after the "
                "March 2023 ILACS inspection (judged inadequate; plan reported to an independently chaired "
                "Improvement Board - see https://www.cypnow.co.uk/news/article/liverpool-council-vows-to-improve-"
                "children-s-services-after-inadequate-rating and https://liverpoolexpress.co.uk/childrens-services-"
                "ofsted-inspection/). Text is written for this test. Copied features: cover sheet with document "
                "control table, separate RAG key sheet (Blue = complete), plan sheet with priority rows merged "
                "across the table, Ofsted recommendation merged vertically beside its actions, original and "
                "revised target dates as Excel dates (mmm-yy), previous and current RAG as words with fill "
                "colour, multi-line progress updates, and a summary sheet of RAG counts."),
        reads=("A four-sheet workbook: cover, RAG key, the improvement plan and a RAG summary. The plan sheet has "
               "three priorities, each with one or two Ofsted recommendations (merged down column B) and nine "
               "numbered actions with a lead, original and revised dates and previous and current RAG. The "
               "due month is the revised date where there is one, and the status is the current RAG."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------------------------
# 2. North Yorkshire SEND partnership - priority action plan (xlsx, fill-only RAG, term dates)
# ---------------------------------------------------------------------------------------------
def north_yorkshire():
    name = "fe1-north-yorkshire-send-priority-action-plan.xlsx"
    title = "North Yorkshire SEND Partnership – Priority Action Plan"
    a1 = ("Area for priority action 1: Leaders across education, health and care should urgently improve the "
          "timeliness and quality of education, health and care (EHC) needs assessments and plans.")
    a2 = ("Area for priority action 2: Leaders should make sure that children and young people waiting for a "
          "neurodevelopmental assessment, and their families, get timely support while they wait.")
    acts = [
        dict(ref="1a", under=[a1],
             action="Recruit to 6 additional EHC coordinator posts and 2 educational psychologist posts to clear "
                    "the backlog of overdue needs assessments.",
             lead_cell="Head of SEND Assessment and Review", lead=["Head of SEND Assessment and Review"],
             partner="NYC", when="End of Summer term 2024", end="2024-07", end_text="End of Summer term 2024",
             measure="Backlog of assessments over 20 weeks reduced from 412 to under 100.", rag="green",
             status="green"),
        dict(ref="1b", under=[a1],
             action="Introduce a multi-agency quality assurance framework for new EHC plans, with a monthly "
                    "moderation panel that includes health and social care advice-givers.",
             lead_cell="Head of SEND Assessment and Review & Designated Clinical Officer",
             lead=["Head of SEND Assessment and Review", "Designated Clinical Officer"],
             partner="NYC / HNY ICB", when="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
             measure="80% of audited plans rated good or better.", rag="amber", status="amber"),
        dict(ref="1c", under=[a1],
             action="Agree and monitor a 6-week timescale for health advice to EHC needs assessments across all NHS "
                    "providers, reported to the ICB Place Quality Group.",
             lead_cell="Designated Clinical Officer (HNY ICB)", lead=["Designated Clinical Officer (HNY ICB)"],
             partner="HNY ICB; HDFT; YSFT", when="31/07/2024", end="2024-07", end_text=None,
             measure="90% of health advice returned within 6 weeks.", rag="blue", status="blue"),
        dict(ref="1d", under=[a1],
             action="Publish a clear, co-produced guide for parents and carers on the EHC needs assessment process, "
                    "written with North Yorkshire Parent Carer Voice.",
             lead_cell="SEND Participation Officer", lead=["SEND Participation Officer"],
             partner="NYPCV", when="Spring term 2025", end="2025-04", end_text="Spring term 2025",
             measure="Guide published; parent survey shows improved understanding of the process.", rag=None,
             status="unrated"),
        dict(ref="2a", under=[a2],
             action="Launch a ‘support while you wait’ offer for families on the neurodevelopmental pathway, "
                    "including access to autism and ADHD parent workshops.",
             lead_cell="Head of Children's Commissioning (ICB)", lead=["Head of Children's Commissioning (ICB)"],
             partner="HNY ICB; NYC; NYPCV", when="September 2024", end="2024-09", end_text=None,
             measure="Every family on the waiting list contacted and offered support.", rag="green",
             status="green"),
        dict(ref="2b", under=[a2],
             action="Train SENCOs in every school in the graduated approach, so that support is based on need "
                    "rather than diagnosis.",
             lead_cell="Head of Inclusion", lead=["Head of Inclusion"],
             partner="Schools; NYC", when="Ongoing – reviewed termly", end=None,
             end_text="Ongoing – reviewed termly",
             measure="SENCO training attendance; fewer requests for assessment citing lack of diagnosis.",
             rag="green", status="green"),
        dict(ref="2c", under=[a2],
             action="Reduce the longest waits for neurodevelopmental assessment to under 52 weeks through "
                    "additional commissioned capacity.",
             lead_cell="ICB Director of Children's Services / NYC Assistant Director – Inclusion",
             lead=["ICB Director of Children's Services", "NYC Assistant Director – Inclusion"],
             partner="HNY ICB", when="March 2025", end="2025-03", end_text=None,
             measure="No child waiting more than 52 weeks.", rag="red", status="red"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Ofsted and CQC area SEND inspection, January 2024"
    ws["A3"] = "Last updated: 14 June 2024   Owner: SEND Partnership Board"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for j, (lab, colour) in enumerate([("Complete", "blue"), ("On track", "green"),
                                       ("At risk of delay", "amber"), ("Off track", "red"),
                                       ("Not started", None)], 2):
        c = ws.cell(row=5, column=j, value=lab)
        if colour:
            c.fill = fill(FILLS[colour])
        c.border = BOX
    headers = ["Ref", "Action", "Lead officer", "Partner(s)", "By when", "Success measure / impact", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 8
    last = None
    for a in acts:
        if a["under"][0] != last:
            c = ws.cell(row=r, column=1, value=a["under"][0])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("203864")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            last = a["under"][0]
            r += 1
        vals = [a["ref"], a["action"], a["lead_cell"], a["partner"], a["when"], a["measure"], None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if a["rag"]:
            ws.cell(row=r, column=7).fill = fill(FILLS[a["rag"]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings are agreed at the monthly SEND Improvement Group and "
                                   "ratified by the SEND Partnership Board.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (7, 60, 32, 20, 22, 40, 8)):
        ws.column_dimensions[col].width = w

    gv = wb.create_sheet("Governance")
    gv["A1"] = "Monitoring and governance"
    gv["A1"].font = Font(bold=True)
    for i, (m, f, d) in enumerate([
        ("Meeting", "Frequency", "Next date"),
        ("SEND Improvement Group", "Monthly", "09/07/2024"),
        ("SEND Partnership Board", "Bi-monthly", "23/07/2024"),
        ("DfE / NHS England review", "Six-monthly", "15/10/2024"),
    ], 2):
        gv.cell(row=i, column=1, value=m)
        gv.cell(row=i, column=2, value=f)
        gv.cell(row=i, column=3, value=d)
    gv.column_dimensions["A"].width = 30
    wb.save(os.path.join(HERE, name))

    for a in acts:
        a.setdefault("end_text", None)
    write_expected(
        name,
        source=("Imitates a local area SEND partnership Priority Action Plan written after an Ofsted/CQC area SEND "
                "inspection under the 2023 framework (North Yorkshire Council with Humber and North Yorkshire ICB; "
                "no published plan found, so text is invented). Layout features copied from published WSoA/PAP "
                "trackers such as York's (https://www.yorksend.org/help-shape-services/special-educational-needs-"
                "disabilities-local-area-inspection-written-statement-action/7): area-for-priority-action band rows "
                "over lettered actions, lead and partner columns, success measures, school-term timescales, a "
                "colour key row above the table and RAG shown only by cell fill; a governance sheet with meeting "
                "dates."),
        reads=("One plan sheet with two areas for priority action, each a dark band row with its full text, and "
               "seven lettered actions beneath. Status comes from the fill colour of the RAG cell, read by the key "
               "in row 5 (blue = complete; no fill = not started); timescales are months, school terms or "
               "'Ongoing'. The Governance sheet is a meeting schedule, not actions."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def header_row(table, labels, colour="D9D9D9"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, colour)


# ---------------------------------------------------------------------------------------------
# 3. Camden Youth Justice Service - HMIP inspection improvement plan (docx, table per recommendation)
# ---------------------------------------------------------------------------------------------
def camden():
    name = "fe1-camden-yjs-hmip-improvement-plan.docx"
    title = "Camden Youth Justice Service – HMIP Inspection Improvement Plan"
    s1 = "Section 1: Recommendations for the Youth Justice Management Board"
    s2 = "Section 2: Recommendations for the Head of Youth Justice"
    rec1 = ("Recommendation 1: Make sure the Board understands disproportionality within the service and acts to "
            "address the over-representation of Black and mixed heritage children.")
    rec2 = ("Recommendation 2: Make sure children have timely access to speech, language and communication "
            "assessments and to emotional and mental health support.")
    rec3 = ("Recommendation 3: Improve the quality of assessment and planning for keeping other people safe, "
            "including contingency planning.")
    rec4 = ("Recommendation 4: Make sure the needs and wishes of victims are consistently considered in "
            "out-of-court disposal decisions.")
    acts = [
        dict(ref="1.1", under=[s1, rec1],
             action="Add a disproportionality dashboard to the quarterly Board performance report, broken down by "
                    "ethnicity, gender and looked-after status.",
             lead_cell="YJS Performance and Information Officer", lead=["YJS Performance and Information Officer"],
             when="Q1 2024/25", end="2024-06", end_text="Q1 2024/25", rag="Complete", status="blue",
             progress="Dashboard presented to the Board in May 2024."),
        dict(ref="1.2", under=[s1, rec1],
             action="Hold a Board development session with children and parents, facilitated by a local Black "
                    "families network, to agree the priorities for the disproportionality action plan.",
             lead_cell="Chair of YJMB / Head of Youth Justice and Youth Safety",
             lead=["Chair of YJMB", "Head of Youth Justice and Youth Safety"],
             when="July 2024", end="2024-07", end_text=None, rag="Green", status="green",
             progress="Session booked for 11 July 2024."),
        dict(ref="2.1", under=[s1, rec2],
             action="Agree a service level agreement with the speech and language therapy provider for 0.6 FTE "
                    "therapist time dedicated to the YJS.",
             lead_cell="Head of Children's Health Commissioning (NCL ICB)",
             lead=["Head of Children's Health Commissioning (NCL ICB)"],
             when="31/03/2024", end="2024-03", end_text=None, rag="Complete", status="blue",
             progress="SLA signed; therapist in post from April 2024."),
        dict(ref="2.2", under=[s1, rec2],
             action="Screen every child entering the service for speech, language and communication needs within 10 "
                    "working days, and record the outcome on ChildView.",
             lead_cell="Speech and Language Therapist / CAMHS Clinical Lead",
             lead=["Speech and Language Therapist", "CAMHS Clinical Lead"],
             when="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
             progress="92% screened in timescale in Q1."),
        dict(ref="3.1", under=[s2, rec3],
             action="Deliver risk of serious harm and contingency planning training to all case managers, with "
                    "refresher sessions for managers.",
             lead_cell="YJS Practice Development Manager", lead=["YJS Practice Development Manager"],
             when="September 2024", end="2024-09", end_text=None, rag="Amber", status="amber",
             progress="Trainer sourced; two of four sessions delivered.\nManager refresher moved to September."),
        dict(ref="3.2", under=[s2, rec3],
             action="Introduce a monthly audit of 10 cases against the HMIP standards, with findings reported to the "
                    "Practice Improvement Group.",
             lead_cell="YJS Service Manager", lead=["YJS Service Manager"],
             when="April 2024", end="2024-04", end_text=None, rag="Complete", status="blue",
             progress="Audits running monthly since April 2024."),
        dict(ref="4.1", under=[s2, rec4],
             action="Revise the Out of Court Disposal panel terms of reference so that the victim worker attends every "
                    "panel and victims’ views are recorded before a decision is made.",
             lead_cell="Police Sergeant (YJS) and Victim Liaison Officer",
             lead=["Police Sergeant (YJS)", "Victim Liaison Officer"],
             when="May 2024", end="2024-05", end_text=None, rag="Amber", status="amber",
             progress="Draft terms of reference awaiting police sign-off."),
        dict(ref="4.2", under=[s2, rec4],
             action="Complete a victim satisfaction survey and report the results to the Board.",
             lead_cell="Victim Liaison Officer", lead=["Victim Liaison Officer"],
             when="Q3 2024/25", end="2024-12", end_text="Q3 2024/25", rag="Not started", status="unrated",
             progress=""),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("London Borough of Camden – Youth Justice Service")
    doc.add_paragraph("Inspection fieldwork: October 2023. Report published: January 2024. "
                      "Progress update for the Youth Justice Management Board, 18 June 2024 (version 3).")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    for row in [["1", "23/02/2024", "Head of Youth Justice and Youth Safety", "Submitted to HMIP"],
                ["2", "19/03/2024", "YJS Service Manager", "Board comments added"],
                ["3", "18/06/2024", "YJS Service Manager", "Quarter 1 progress"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Green – on track; Amber – some risk to delivery; Red – not on track; "
                      "Complete – action delivered and evidenced; Not started – due to start later in the plan.")

    last_s, last_rec = None, None
    table = None
    for a in acts:
        s, rec = a["under"]
        if s != last_s:
            doc.add_paragraph(s, style="Heading 1")
            last_s = s
        if rec != last_rec:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            table = doc.add_table(rows=1, cols=6)
            table.style = "Table Grid"
            header_row(table, ["No.", "Action", "Lead", "Timescale", "RAG", "Progress"])
            last_rec = rec
        cells = table.add_row().cells
        for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["rag"], a["progress"]]):
            set_cell(c, v)
        colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000"}.get(a["rag"])
        if colour:
            shade(cells[4], colour)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Name / role", "Organisation", "Date"])
    for row in [["Chair, Youth Justice Management Board", "London Borough of Camden", "18/06/2024"],
                ["Director of Children's Services", "London Borough of Camden", "18/06/2024"]]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a youth justice service improvement plan written after an HM Inspectorate of Probation "
                "inspection (Camden Youth Justice Service; no published plan found, text invented). The split of "
                "recommendations between the management board and the service manager follows HMIP reports such "
                "as Reading's (https://democracy.reading.gov.uk/mgAi.aspx?ID=15127). Copied features: title block, "
                "document control table, one-line RAG key paragraph, Heading 1 section per addressee, a bold "
                "recommendation paragraph above its own action table, timescales as months, financial-year "
                "quarters and 'Ongoing', RAG words with cell shading, a sign-off table."),
        reads=("A Word plan with two sections (Board and Head of Youth Justice), each holding two recommendations, "
               "and each recommendation followed by a small table of numbered actions: eight actions in all. The "
               "document-control and sign-off tables are not part of the plan."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------------------------
# 4. Ealing - corporate parenting action plan (docx, one table, merged pledge rows, shade-only RAG)
# ---------------------------------------------------------------------------------------------
def ealing():
    name = "fe1-ealing-corporate-parenting-action-plan.docx"
    title = "Ealing Corporate Parenting Action Plan 2024–2026"
    pl1 = "Pledge 1: We will make sure you live somewhere safe, stable and close to the people who matter to you"
    pl2 = "Pledge 2: We will help you to do well at school, college and work"
    pl3 = "Pledge 3: We will look after your health and wellbeing"
    pl4 = "Pledge 4: We will help you get ready for adult life"
    acts = [
        dict(ref="1.1", under=[pl1],
             action="Open two new council-run children’s homes in the borough so that fewer children live more than "
                    "20 miles from Ealing.",
             lead_cell="Head of Placements and Commissioning", lead=["Head of Placements and Commissioning"],
             when="March 2026", end="2026-03", end_text=None, rag="amber", status="amber",
             update="First property purchased; Ofsted registration application due December."),
        dict(ref="1.2", under=[pl1],
             action="Recruit 30 new in-house foster carers through the fostering recruitment campaign, focusing on "
                    "carers for teenagers and brothers and sisters.",
             lead_cell="Fostering Service Manager", lead=["Fostering Service Manager"],
             when="March 2025", end="2025-03", end_text=None, rag="green", status="green",
             update="14 households approved at panel so far this year."),
        dict(ref="1.3", under=[pl1],
             action="Make sure every child has a say in any move of home.\nIROs to check at every review that the "
                    "child’s views were recorded before the move.",
             lead_cell="IRO Service Manager", lead=["IRO Service Manager"],
             when="Ongoing", end=None, end_text="Ongoing", rag="green", status="green",
             update="Added to the IRO review template from June 2024."),
        dict(ref="2.1", under=[pl2],
             action="Review every child’s Personal Education Plan each term, with the Virtual School quality-rating "
                    "each plan.",
             lead_cell="Virtual School Headteacher", lead=["Virtual School Headteacher"],
             when="Autumn term 2024", end="2024-12", end_text="Autumn term 2024", rag="blue", status="blue",
             update="PEP completion 96%; 88% rated good or better."),
        dict(ref="2.2", under=[pl2],
             action="Offer at least 15 apprenticeships and work placements for care leavers each year across the "
                    "council and its partners.",
             lead_cell="Head of Care Leavers Service / Employment and Skills Manager",
             lead=["Head of Care Leavers Service", "Employment and Skills Manager"],
             when="July 2025", end="2025-07", end_text=None, rag="amber", status="amber",
             update="9 places agreed; more partners being approached."),
        dict(ref="3.1", under=[pl3],
             action="Complete initial health assessments within 20 working days of a child coming into care.",
             lead_cell="Designated Nurse for Children in Care (NWL ICB)",
             lead=["Designated Nurse for Children in Care (NWL ICB)"],
             when="December 2024", end="2024-12", end_text=None, rag="red", status="red",
             update="Only 41% in timescale in Q2, mainly late notifications from social care."),
        dict(ref="3.2", under=[pl3],
             action="Give every care leaver their health history in a health passport by their 18th birthday.",
             lead_cell="Children in Care Nurse", lead=["Children in Care Nurse"],
             when="April 2025", end="2025-04", end_text=None, rag="green", status="green",
             update="New passport designed with the Children in Care Council."),
        dict(ref="4.1", under=[pl4],
             action="Extend the council tax exemption to Ealing care leavers living anywhere in the country, up to "
                    "age 25.",
             lead_cell="Strategic Director of Resources", lead=["Strategic Director of Resources"],
             when="April 2025", end="2025-04", end_text=None, rag="blue", status="blue",
             update="Agreed by Cabinet on 9 October 2024."),
        dict(ref="4.2", under=[pl4],
             action="Launch a Staying Close offer for young people leaving residential care, with move-on flats and "
                    "support from a key worker.",
             lead_cell="Head of Care Leavers Service", lead=["Head of Care Leavers Service"],
             when="September 2025", end="2025-09", end_text=None, rag=None, status="unrated",
             update="Funding bid submitted; not started."),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph(title, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph("Our promise to children in care and care leavers – progress update for the "
                            "Corporate Parenting Panel, October 2024")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("This plan turns the pledges in our Corporate Parenting Strategy into actions. It was written "
                      "with the Children in Care Council and the Care Leavers Forum, and each pledge is owned by a "
                      "named senior officer.")
    doc.add_paragraph("How to read the RAG rating", style="Heading 2")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (colour, meaning) in zip(key.rows, [("0070C0", "Complete"),
                                                  ("00B050", "On track"),
                                                  ("FFC000", "Some delay but expected to be delivered"),
                                                  ("FF0000", "Off track – needs Panel attention")]):
        shade(row.cells[0], colour)
        set_cell(row.cells[0], "")
        set_cell(row.cells[1], meaning)
    doc.add_paragraph("A blank RAG cell means the action has not started yet.")
    doc.add_paragraph("Action plan", style="Heading 2")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "What we will do", "Lead", "By when", "Progress update (October 2024)", "RAG"],
               colour="B4C6E7")
    last = None
    for a in acts:
        if a["under"][0] != last:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, a["under"][0], bold=True)
            shade(m, "E7E6E6")
            last = a["under"][0]
        cells = t.add_row().cells
        for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["update"], ""]):
            set_cell(c, v)
        if a["rag"]:
            shade(cells[5], FILLS[a["rag"]])
    doc.add_paragraph("")
    doc.add_paragraph("Glossary", style="Heading 2")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    header_row(g, ["Term", "Meaning"])
    for term, meaning in [("IRO", "Independent Reviewing Officer"),
                          ("PEP", "Personal Education Plan"),
                          ("Staying Close", "Support for young people leaving children’s homes, like Staying Put "
                                            "for foster care")]:
        cells = g.add_row().cells
        set_cell(cells[0], term)
        set_cell(cells[1], meaning)
    doc.add_paragraph("Next review: Corporate Parenting Panel, January 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a London borough corporate parenting action plan built on strategy pledges and reported "
                "to the Corporate Parenting Panel (Ealing; no published plan found, text invented). Pledge structure "
                "follows published plans such as Bracknell Forest's (https://www.bracknell-forest.gov.uk/children-"
                "and-family-services/fostering-adoption-and-looked-after-children/corporate-parenting-strategy-2025-"
                "2028/corporate-parenting-strategy-action-plan-2025-2028). Copied features: centred title and "
                "subtitle, intro paragraph, a RAG key table of coloured cells, one action table with pledge rows "
                "merged across all columns, RAG given only by cell shading (blank = not started), an action with "
                "two paragraphs in its cell, a glossary table and a next-review line."),
        reads=("A Word plan with a colour key table, then one table in which four merged pledge rows head nine "
               "numbered actions, each with lead, month or term, an October 2024 update and a shaded RAG cell. The "
               "key and glossary tables are not actions; RAG is read from the shading by the key."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------------------------
# 5. East Sussex Safeguarding Children Partnership - JTAI action plan (csv export)
# ---------------------------------------------------------------------------------------------
def east_sussex():
    name = "fe1-east-sussex-scp-jtai-domestic-abuse-action-plan.csv"
    title = ("East Sussex Safeguarding Children Partnership - JTAI Action Plan: multi-agency response to children "
             "who are victims of domestic abuse")
    f1 = ("1. Adult-facing services' recognition of children, including unborn babies and children under two, as "
          "victims of domestic abuse in their own right")
    f2 = ("2. The timeliness and quality of information sharing between the police and children's social care after "
          "domestic abuse incidents")
    f3 = ("3. The availability of interventions for perpetrators, and how their risk is considered in children's "
          "plans")
    acts = [
        dict(ref="1.1", under=[f1],
             action="Add a mandatory 'children in the household' prompt to adult mental health and substance misuse "
                    "service assessments.",
             lead_cell="SPFT Head of Safeguarding; CGL Service Manager",
             lead=["SPFT Head of Safeguarding", "CGL Service Manager"],
             when="30/09/2025", end="2025-09", st="On track", status="green",
             update="Prompt live in SPFT records; CGL system change booked for August."),
        dict(ref="1.2", under=[f1],
             action="Deliver multi-agency training on the Domestic Abuse Act 2021 and children as victims to 400 "
                    "practitioners, prioritising maternity and adult services.",
             lead_cell="ESSCP Training Manager", lead=["ESSCP Training Manager"],
             when="31/03/2026", end="2026-03", st="On track", status="green",
             update="6 sessions delivered, 138 practitioners."),
        dict(ref="1.3", under=[f1],
             action="Ask about domestic abuse routinely at every antenatal booking and at the 36-week appointment, and "
                    "audit this quarterly.",
             lead_cell="ESHT Head of Midwifery", lead=["ESHT Head of Midwifery"],
             when="31/07/2025", end="2025-07", st="Complete", status="blue",
             update="Q1 audit: routine enquiry recorded at 94% of bookings."),
        dict(ref="2.1", under=[f2],
             action="Review the Sussex Police domestic abuse notification process into the MASH, so that every "
                    "notification involving a child under 7 is triaged within 24 hours.",
             lead_cell="Sussex Police DCI Public Protection", lead=["Sussex Police DCI Public Protection"],
             when="31/08/2025", end="2025-08", st="At risk", status="amber",
             update="Review complete, but the new triage rota depends on a police restructure."),
        dict(ref="2.2", under=[f2],
             action="Introduce a joint police and children's social care daily domestic abuse triage meeting.",
             lead_cell="Head of MASH", lead=["Head of MASH"],
             when="30/06/2025", end="2025-06", st="Complete", status="blue",
             update="Daily meeting started 2 June 2025."),
        dict(ref="3.1", under=[f3],
             action="Commission a community perpetrator programme that accepts referrals from children's social care "
                    "without a criminal justice requirement.",
             lead_cell="Domestic Abuse Commissioning Manager (ESCC Public Health)",
             lead=["Domestic Abuse Commissioning Manager (ESCC Public Health)"],
             when="31/12/2025", end="2025-12", st="Not started", status="unrated",
             update="Procurement to begin in September."),
        dict(ref="3.2", under=[f3],
             action="Make sure probation practitioners attend initial child protection conferences where a parent is "
                    "supervised by the Probation Service.",
             lead_cell="Head of East Sussex PDU (Probation Service)",
             lead=["Head of East Sussex PDU (Probation Service)"],
             when="30/09/2025", end="2025-09", st="Off track", status="red",
             update="Attendance 38% in Q1; escalated to the ESSCP Executive."),
        dict(ref="3.3", under=[f3],
             action="Update the pan-Sussex procedures on working with perpetrators and publish a short practice "
                    "guide.",
             lead_cell="ESSCP Business Manager/Pan-Sussex Procedures Group",
             lead=["ESSCP Business Manager", "Pan-Sussex Procedures Group"],
             when="31/10/2025", end="2025-10", st="On track", status="green",
             update="Draft with the procedures group for comment."),
    ]

    def q(v):
        v = "" if v is None else str(v)
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [q(title),
             q("Inspection 3-7 February 2025; letter published 25 March 2025; plan updated 30/06/2025"),
             "",
             ",".join(["Area for improvement", "Ref", "Action", "Lead", "Target date", "Status", "Latest update"])]
    for a in acts:
        lines.append(",".join(q(v) for v in [a["under"][0], a["ref"], a["action"], a["lead_cell"], a["when"],
                                              a["st"], a["update"]]))
    lines.append("")
    lines.append(q("Status key: Complete = delivered and evidenced (blue); On track = green; At risk = amber; "
                   "Off track = red; Not started = not yet due to start"))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    for a in acts:
        a["end_text"] = None
    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's action plan after a joint targeted area inspection "
                "(JTAI) on the multi-agency response to children who are victims of domestic abuse (programme from "
                "September 2024; see https://www.wired-gov.net/wg/news.nsf/articles/joint+targeted+area+inspections+"
                "to+focus+on+domestic+abuse+12092024152000?open). East Sussex SCP; no published plan found, text "
                "invented. Copied features: a flat export from a partnership tracker with a title line and an "
                "inspection/update line, the area for improvement repeated on every row, agency-prefixed leads, "
                "day-first dates, status words and a status key line at the foot."),
        reads=("A CSV export: two title lines, a header row, eight action rows each carrying its numbered area for "
               "improvement, and a status key line at the bottom. Status words are read by the key (At risk = "
               "amber, Off track = red, Complete = blue, Not started = unrated)."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------------------------
# 6. Hackney - early help strategy action plan (tab-separated text)
# ---------------------------------------------------------------------------------------------
def hackney():
    name = "fe1-hackney-early-help-strategy-action-plan.txt"
    title = "Hackney Early Help Partnership – Early Help Strategy Action Plan 2024–2026"
    pr1 = "PRIORITY 1: Families can get help early and easily through our Children and Family Hubs"
    pr2 = "PRIORITY 2: Practitioners across the partnership work with the whole family"
    pr3 = "PRIORITY 3: We know the difference early help makes"
    acts = [
        dict(ref="1.1", under=[pr1],
             action="Open Children and Family Hubs in all four neighbourhoods, each with a Start for Life offer and a "
                    "named hub lead.",
             lead_cell="Family Hubs Programme Lead", lead=["Family Hubs Programme Lead"],
             partners="Homerton Healthcare; VCS partners", when="Q4 2024/25", end="2025-03",
             end_text="Q4 2024/25", rag="G", status="green",
             update="3 of 4 hubs open; the fourth opens in March."),
        dict(ref="1.2", under=[pr1],
             action="Publish a single Early Help Request for Support form and guidance, in line with the Hackney "
                    "Child Wellbeing Framework.",
             lead_cell="Head of Early Help & Prevention", lead=["Head of Early Help & Prevention"],
             partners="CHSCP", when="September 2024", end="2024-09", end_text=None, rag="B", status="blue",
             update="Live from 2 September 2024."),
        dict(ref="1.3", under=[pr1],
             action="Develop an online family information directory with the Family Information Service.",
             lead_cell="FIS Manager/Family Hubs Programme Lead",
             lead=["FIS Manager", "Family Hubs Programme Lead"],
             partners="ICT", when="Sept 2024 – March 2025", end="2025-03", end_text="Sept 2024 – March 2025",
             rag="A", status="amber",
             update="Supplier contract signed late; testing with parents in February."),
        dict(ref="2.1", under=[pr2],
             action="Train 300 practitioners in the whole-family practice model and motivational interviewing.",
             lead_cell="Early Help Workforce Development Lead", lead=["Early Help Workforce Development Lead"],
             partners="CHSCP; schools", when="Q2 2024/25", end="2024-09", end_text="Q2 2024/25", rag="B",
             status="blue", update="342 practitioners trained."),
        dict(ref="2.2", under=[pr2],
             action="Introduce a shared early help assessment and family plan on Mosaic that partner agencies can use.",
             lead_cell="Head of Early Help & Prevention / Head of Systems",
             lead=["Head of Early Help & Prevention", "Head of Systems"],
             partners="ICT", when="Q1 2025/26", end="2025-06", end_text="Q1 2025/26", rag="R", status="red",
             update="Depends on the Mosaic upgrade, which has slipped."),
        dict(ref="3.1", under=[pr3],
             action="Report a quarterly early help scorecard to the CHSCP Executive, including repeat requests for "
                    "support and step-ups to children's social care.",
             lead_cell="Early Help Performance Lead", lead=["Early Help Performance Lead"],
             partners="CHSCP Business Unit", when="Quarterly", end=None, end_text="Quarterly", rag="G",
             status="green", update="Q2 scorecard presented November 2024."),
        dict(ref="3.2", under=[pr3],
             action="Run a multi-agency audit of early help cases and share the learning in a practitioner briefing.",
             lead_cell="CHSCP Quality Assurance Lead", lead=["CHSCP Quality Assurance Lead"],
             partners="All partners", when="March 2025", end="2025-03", end_text=None, rag="G", status="green",
             update="Audit scheduled for February 2025."),
        dict(ref="3.3", under=[pr3],
             action="Ask 100 families a year about their experience of early help, with parents co-designing the "
                    "questions.",
             lead_cell="Participation Officer (Early Help)", lead=["Participation Officer (Early Help)"],
             partners="Hackney Parent Carer Forum", when="Ongoing", end=None, end_text="Ongoing", rag="",
             status="unrated", update="Not yet started."),
    ]
    lines = [title,
             "Year 1 delivery plan – update for the CHSCP Executive, January 2025",
             "RAG: B = complete   G = on track   A = some delay   R = significant delay / at risk",
             "",
             "\t".join(["Ref", "Action", "Lead", "Key partners", "Timescale", "RAG", "Update"])]
    last = None
    for a in acts:
        if a["under"][0] != last:
            lines.append(a["under"][0])
            last = a["under"][0]
        lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["partners"], a["when"], a["rag"],
                                a["update"]]))
    lines.append("")
    lines.append("Next update: CHSCP Executive, April 2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates an early help partnership strategy delivery plan reported to a safeguarding children "
                "partnership executive (Hackney / City and Hackney Safeguarding Children Partnership, which hosts "
                "Hackney's early help strategy: https://www.chscp.org.uk/early-help-in-hackney/; family hubs "
                "context https://news.hackney.gov.uk/developing-hackney-children-and-family-hubs-what-we-learned-"
                "from-our-communities/). No published plan found; text invented. Copied features: a tab-separated "
                "export with a title line, an update line and a RAG letter key line, capitalised priority lines on "
                "their own, financial-year quarters, a period timescale, 'Quarterly' and 'Ongoing', several leads "
                "split by '/' and a closing next-update line."),
        reads=("A tab-separated plan: title, update line, RAG key line, a header, then three PRIORITY lines each "
               "followed by numbered actions, eight in all, with lead, partners, timescale, RAG letter and update. "
               "B means complete; a blank RAG is not rated."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------------------------
# 7. Wigan Council - children's home Ofsted action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def wigan():
    name = "fe1-wigan-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"
    title = "Ofsted Inspection Action Plan – Hollybank Children's Home"
    req1 = ("Regulation 12 (1)(2)(a)(i) The protection of children standard: the registered person must make sure "
            "that staff assess whether each child is at risk of harm, taking into account information in the "
            "child's relevant plans, and that risk assessments are updated after each missing episode. "
            "Due date: 31/12/2024")
    req2 = ("Regulation 13 (1)(a)(b) The leadership and management standard: the registered person must monitor "
            "and review the quality of care and act without delay on any shortfalls identified by the independent "
            "person. Due date: 31/01/2025")
    rec1 = ("The registered person should make sure that each child's placement plan is kept up to date and "
            "reflects the child's current needs. ('Guide to the Children's Homes Regulations, including the quality "
            "standards', page 55, paragraph 11.19)")
    rec2 = ("The registered person should make sure that all staff receive regular, good-quality supervision that "
            "is recorded. ('Guide to the Children's Homes Regulations, including the quality standards', page 61, "
            "paragraph 19.4)")
    rows = [
        ("REQUIREMENTS", None),
        ("1.1", req1, "Update each child's individual risk assessment and missing from home risk assessment after "
                      "every missing episode, and review them in supervision.",
         "Registered Manager", "31/12/2024", "19/12/2024", "Complete"),
        ("1.2", None, "Refresher training for all staff on the missing from home protocol and return home "
                      "interviews.", "Deputy Manager", "January 2025", None, "On track"),
        ("2.1", req2, "Registered Manager to audit daily logs and incident records monthly and report the findings "
                      "to the Responsible Individual.", "Registered Manager", "31/01/2025", None, "On track"),
        ("2.2", None, "Respond in writing to each Regulation 44 independent person's report within 10 working days, "
                      "with actions added to this plan.", "Responsible Individual", "31/01/2025", None, "On track"),
        ("RECOMMENDATIONS", None),
        ("3.1", rec1, "Review every placement plan with the child's social worker and update it within 5 working "
                      "days of any change in the child's circumstances.",
         "Key Workers / Registered Manager", "Febuary 2025", None, "On track"),
        ("3.2", None, "Set up a placement plan tracker and check it at the monthly team meeting.", "Deputy Manager",
         "March 2025", None, "Not started"),
        ("4.1", rec2, "Hold supervision for every member of staff every 4 to 6 weeks, using the Wigan supervision "
                      "template, and keep a supervision matrix.", "Registered Manager", "Apr-25", None, "On track"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Wigan Council – Children's Residential Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Full inspection 12–14 November 2024. Overall experiences and progress of children and young "
                "people: requires improvement to be good. URN: SC487621")
    ws["A4"] = "Registered Manager: Home Manager   Responsible Individual: Service Manager – Residential"
    headers = ["No.", "Requirement / recommendation", "Action to be taken", "Responsible person", "Target date",
               "Date completed", "Status"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    typo_row = None
    merge_from = None
    for item in rows:
        if item[1] is None and len(item) == 2:
            if merge_from is not None and r - 1 > merge_from:
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r - 1, end_column=2)
            merge_from = None
            ws.cell(row=r, column=1, value=item[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
            r += 1
            continue
        ref, text, action, who, target, done, status = item
        if text is not None:
            if merge_from is not None and r - 1 > merge_from:
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r - 1, end_column=2)
            merge_from = r
            ws.cell(row=r, column=2, value=text)
        for j, v in zip((1, 3, 4, 5, 6, 7), (ref, action, who, target, done, status)):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=2).alignment = WRAP
        ws.cell(row=r, column=2).border = BOX
        if target == "Febuary 2025":
            typo_row = r
        r += 1
    if merge_from is not None and r - 1 > merge_from:
        ws.merge_cells(start_row=merge_from, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="This plan is reviewed monthly at the Residential Services Management Meeting "
                                   "and sent to Ofsted on request.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (6, 55, 50, 24, 14, 14, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a local authority children's home action plan written after a full Ofsted (SCCIF) "
                "inspection, with requirements citing regulations and due dates and recommendations citing the "
                "Guide to the Children's Homes Regulations (see https://www.gov.uk/guidance/social-care-common-"
                "inspection-framework-sccif-secure-children-s-homes/14-making-requirements-and-recommendations). "
                "Wigan Council; home name and URN invented. Copied features: service and home title block, "
                "inspection line, registered manager/RI line, REQUIREMENTS and RECOMMENDATIONS band rows, the "
                "requirement text merged down beside its actions, target and completed dates as text, status words "
                "and a review note. The target date of action 3.1 is typed 'Febuary 2025'."),
        reads=("A single-sheet plan for one children's home: two requirements and two recommendations with eight "
               "numbered actions. The target date of action 3.1 (sheet row %d) reads 'Febuary 2025', a mistyped "
               "month; a careful reader would stop and ask rather than guess the date." % typo_row),
        title=title, actions=None, outcome="refuse", refuse_at=typo_row)
    return typo_row


if __name__ == "__main__":
    liverpool()
    north_yorkshire()
    camden()
    ealing()
    east_sussex()
    hackney()
    tr = wigan()
    print("built; wigan typo row", tr)
