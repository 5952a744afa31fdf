"""Build the seven zsg- blind test files (set heldout684) and their expected readings.

Run with /work/main/.venv/bin/python zsg_make.py  (python-docx, openpyxl, pyyaml).
Every action is written once, in a data structure that holds both what goes into
the file (cell text) and what a person reads from it (ref, under, lead list, end
month, status); the expected YAML is written from the reading fields.
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
D = dt.datetime


def path(name):
    return os.path.join(HERE, name)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    """One action: the reading (ref..status) and extra cell texts for the file."""
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end, "status": status}
    if end_text is not None:
        a["end_text"] = end_text
    a["cells"] = cells
    return a


def write_expected(name, source, reads, title, actions=None, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# =================================================================== 1. HMP Exeter
def hmp_exeter():
    name = "zsg-hmp-exeter-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Exeter"
    PC, KC = "PRIORITY CONCERNS", "KEY CONCERNS"
    c1 = ("Levels of self-harm had risen sharply since the last inspection and were among the highest "
          "of all reception prisons. Prisoners supported through assessment, care in custody and "
          "teamwork (ACCT) case management told us they did not feel cared for, and the quality of "
          "ACCT documents was poor.")
    c2 = ("The availability of illicit drugs was very high. More than a third of random mandatory drug "
          "tests were positive, and the prison did not have an up-to-date drug strategy informed by data.")
    c3 = ("Most prisoners spent more than 22 hours a day locked in their cells. There were not enough "
          "education, skills and work places for the population, and attendance at activities was low.")
    c4 = ("Many cells designed for one person held two prisoners and lacked adequate privacy screening "
          "around toilets.")
    c5 = ("Too many prisoners were released without sustainable accommodation, and pre-release planning "
          "started too late.")
    c6 = ("Leaders did not use data well enough to understand why force was used disproportionately on "
          "young adults and black prisoners.")
    sections = [
        (PC, [
            ("1", c1, "Agreed", [
                A("1.1", [PC, c1],
                  "Introduce a weekly ACCT quality assurance check by the Safer Custody team, with feedback "
                  "to case managers and monthly reporting of findings to the Safety Intervention Meeting.",
                  ["Head of Safety"], "2024-11", "unrated",
                  owner="Head of Safety", date="30 November 2024"),
                A("1.2", [PC, c1],
                  "Deliver refreshed ACCT case manager and assessor training to all band 4 and above staff, "
                  "and record completion on the local training database.",
                  ["Head of Safety", "Head of Learning and Development"], "2025-03", "unrated",
                  owner="Head of Safety / Head of Learning and Development", date="31/03/2025"),
            ]),
            ("2", c2, "Agreed", [
                A("2.1", [PC, c2],
                  "Publish a revised local drug strategy, informed by a needs analysis and the findings of "
                  "the mandatory drug testing programme, and hold a quarterly drug strategy meeting chaired "
                  "by the Deputy Governor.",
                  ["Deputy Governor"], "2024-12", "unrated",
                  owner="Deputy Governor", date="December 2024"),
                A("2.2", [PC, c2],
                  "Install additional body-scanner and mail-scanning capability in reception and the post "
                  "room, and increase intelligence-led searching of cells on the residential units.",
                  ["Head of Security"], "2025-03", "unrated",
                  owner="Head of Security", date="End of March 2025"),
            ]),
            ("3", c3, "Partly Agreed", [
                A("3.1", [PC, c3],
                  "Implement a revised regime that gives every prisoner a minimum of two hours unlocked each "
                  "weekday, and create 60 additional part-time activity places in the workshops and the "
                  "library.",
                  ["Head of Residence", "Head of Reducing Reoffending"], "2025-03", "unrated",
                  owner="Head of Residence / Head of Reducing Reoffending", date="Q4 2024/25"),
            ]),
        ]),
        (KC, [
            ("4", c4, "Agreed", [
                A("4.1", [KC, c4],
                  "Complete a cell-by-cell certification audit and fit privacy screens to all shared cells "
                  "without adequate toilet screening.",
                  ["Head of Residence"], "2025-01", "unrated",
                  owner="Head of Residence", date="31/01/2025"),
            ]),
            ("5", c5, "Agreed", [
                A("5.1", [KC, c5],
                  "Ensure every prisoner has a resettlement review at least 12 weeks before release, with "
                  "housing referrals made by the Pre-Release Team at that point.",
                  ["Head of Reducing Reoffending"], "2025-02", "unrated",
                  owner="Head of Reducing Reoffending", date="28 February 2025"),
                A("5.2", [KC, c5],
                  "Hold a monthly accommodation surgery with the local authority housing options team and "
                  "the Commissioned Rehabilitative Services provider.",
                  ["Head of Reducing Reoffending"], None, "unrated", end_text="Ongoing – monthly",
                  owner="Head of Reducing Reoffending", date="Ongoing – monthly"),
            ]),
            ("6", c6, "Agreed", [
                A("6.1", [KC, c6],
                  "Produce a quarterly use of force equality analysis by age and ethnicity, review it at the "
                  "Use of Force Committee and act on any disparities identified.",
                  ["Head of Operations", "Equalities Lead"], "2025-06", "unrated",
                  owner="Head of Operations; Equalities Lead", date="30/06/2025"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Action Plan Submitted: 1 October 2024",
                 "A Response to the HMIP Inspection: 22 April – 2 May 2024",
                 "Report Published: 6 August 2024"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the treatment "
        "of, and conditions for, prisoners in England and Wales. Following each inspection HMPPS is "
        "required to produce an action plan that responds to the priority and key concerns in the report. "
        "The plan confirms whether each concern is agreed, partly agreed or not agreed (see categorisations "
        "below). Where a concern is agreed or partly agreed, the plan sets out the specific actions that "
        "will be taken, with the responsible owner and target date for each. Progress will be checked by "
        "HMIP at the next independent review of progress or full inspection.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Term", "Definition", "Additional comment"])
    rows = [
        ("Agreed", "All of the concern is agreed with, can be addressed and is affordable.",
         "The response should explain how the concern will be addressed, with SMART actions that can be "
         "tracked for progress."),
        ("Partly Agreed", "Only part of the concern is agreed with, achievable and affordable.",
         "The response must state clearly which part will be addressed and explain why the remainder "
         "cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must explain the reasons clearly."),
    ]
    for i, row in enumerate(rows, start=1):
        for c, v in zip(t.rows[i].cells, row):
            set_cell(c, v)

    for sec, concerns in sections:
        doc.add_paragraph()
        p = doc.add_paragraph()
        r = p.add_run(sec)
        r.bold = True
        r.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        header_row(t, ["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed",
                       "Responsible Owner", "Target Date"])
        for no, text, agreed, acts in concerns:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, text, agreed, "", ""]):
                set_cell(c, v, bold=True)
                shade(c, "D9E2F3")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], "", a["cells"]["owner"],
                                        a["cells"]["date"]]):
                    set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Governor, HMP Exeter        Date: 01/10/2024")
    doc.save(path(name))

    actions = [a for _, cs in sections for _, _, _, acts in cs for a in acts]
    write_expected(
        name,
        source=("Imitates the HMPPS action plans published on Prison Finder in response to HMI Prisons "
                "inspection reports (e.g. HMP Elmley 2019, HMP The Verne 2020, HMP/YOI Stoke Heath 2019: "
                "title block 'Action Plan: HMP … / Action Plan Submitted / A Response to the HMIP "
                "Inspection / Report Published', INTRODUCTION paragraph and Agreed/Partly Agreed/Not "
                "Agreed categorisation table), adapted to HMIP's post-May-2022 priority and key concerns. "
                "No real HMP Exeter plan was found; content is invented. Features copied: title lines, "
                "categorisation table, one table per concern type, shaded concern rows carrying the "
                "agreement word above numbered action rows, job titles as owners, mixed target-date forms."),
        reads=("An HMPPS action plan for HMP Exeter: after the title lines, introduction and a table "
               "defining Agreed/Partly Agreed/Not Agreed, two tables (PRIORITY CONCERNS, KEY CONCERNS) list "
               "each inspection concern in a shaded row and the numbered actions under it with owner and "
               "target date. There is no progress or RAG column, so every action is unrated."),
        title=title, actions=actions)


# ============================================================= 2. Porthcawl (Estyn)
def porthcawl():
    name = "zsg-porthcawl-comprehensive-school-estyn-post-inspection-action-plan.docx"
    title = "Porthcawl Comprehensive School – Post-Inspection Action Plan (PIAP)"
    R1 = ("R1: Improve the quality of teaching and assessment so that all pupils are challenged "
          "appropriately")
    R2 = ("R2: Strengthen the progressive development of pupils’ literacy, numeracy and digital skills "
          "across the curriculum")
    R3 = "R3: Improve attendance, particularly for pupils eligible for free school meals"
    R4 = ("R4: Sharpen self-evaluation and improvement planning so that they focus on the impact of "
          "provision on pupils’ learning")
    blue, amber, red, un = "blue", "amber", "red", "unrated"
    recs = [
        (R1, [
            A("1.1", [R1], "Establish a teaching and learning working group to agree a whole-school set of "
              "expectations for challenge and questioning, and share them with all staff through INSET.",
              ["DHT (Teaching & Learning)"], "2024-12", blue,
              lead_cell="DHT (Teaching & Learning)", when="Autumn term 2024",
              success="All staff can explain the agreed expectations; learning walks show them in most lessons.",
              rag="G"),
            A("1.2", [R1], "Introduce fortnightly coaching triads focused on adaptive teaching, with all "
              "teaching staff taking part in at least one cycle.",
              ["AHT Professional Learning", "Heads of Faculty"], "2025-04", amber,
              lead_cell="AHT Professional Learning / Heads of Faculty", when="Spring term 2025",
              success="100% of teachers complete a coaching cycle; lesson observations show improved challenge.",
              rag="A"),
            A("1.3", [R1], "Carry out termly learning walks and book looks against the agreed expectations "
              "and report findings to the Standards Committee of the governing body.",
              ["SLT"], None, amber, end_text="Termly",
              lead_cell="SLT", when="Termly",
              success="Governors receive termly evidence of the impact of teaching on pupils’ progress.",
              rag="A"),
        ]),
        (R2, [
            A("2.1", [R2], "Map opportunities for the progressive development of literacy, numeracy and "
              "digital skills in every Area of Learning and Experience.",
              ["Skills Co-ordinator (LNF/DCF)"], "2024-10", blue,
              lead_cell="Skills Co-ordinator (LNF/DCF)", when="October 2024",
              success="Skills map in place for all AoLEs and used in departmental planning.", rag="G"),
            A("2.2", [R2], "Introduce a weekly reading intervention for pupils in Years 7 and 8 whose reading "
              "age is below their chronological age.",
              ["Literacy Co-ordinator", "ALNCo"], "2025-04", red,
              lead_cell="Literacy Co-ordinator and ALNCo", when="Spring term 2025",
              success="Reading ages of targeted pupils improve by at least 12 months.", rag="R"),
            A("2.3", [R2], "Develop a digital competence passport so that pupils record their progress in "
              "digital skills.",
              ["Head of Digital Learning"], "2025-07", un,
              lead_cell="Head of Digital Learning", when="Summer term 2025",
              success="Passport in use by all Year 7–9 pupils.", rag=""),
        ]),
        (R3, [
            A("3.1", [R3], "Appoint a Family Engagement Officer to work with families of pupils whose "
              "attendance is below 90%.",
              ["Headteacher"], "2024-09", blue,
              lead_cell="Headteacher", when="September 2024",
              success="Officer in post; caseload of persistently absent pupils agreed.", rag="G"),
            A("3.2", [R3], "Hold fortnightly attendance panels with the Education Welfare Officer and track "
              "the attendance of eFSM pupils by year group.",
              ["AHT Wellbeing", "Education Welfare Officer"], "2025-07", amber,
              lead_cell="AHT Wellbeing / Education Welfare Officer", when="From September 2024 – July 2025",
              success="Attendance of eFSM pupils rises to at least 87%; gap with non-eFSM pupils narrows.",
              rag="A"),
        ]),
        (R4, [
            A("4.1", [R4], "Revise the quality assurance calendar so that all middle leaders evaluate the "
              "impact of teaching on pupils’ progress using first-hand evidence.",
              ["DHT (Curriculum)"], "2024-12", amber,
              lead_cell="DHT (Curriculum)", when="Autumn term 2024",
              success="Department self-evaluation reports refer to first-hand evidence of pupils’ progress.",
              rag="A"),
            A("4.2", [R4], "Provide training for governors on their role in self-evaluation and set up a "
              "governor link for each recommendation.",
              ["Headteacher", "Chair of Governors"], "2025-04", blue,
              lead_cell="Headteacher & Chair of Governors", when="Spring term 2025",
              success="Link governors report on progress at each Full Governing Body meeting.", rag="G"),
        ]),
    ]
    fills = {"G": "00B050", "A": "FFC000", "R": "FF0000", "": None}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Estyn core inspection: 4–7 March 2024   |   Report published: 13 May 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"], fill="2E74B5")
    for i, row in enumerate([("1.0", "12/06/2024", "Headteacher",
                              "Approved by Full Governing Body 19/06/2024"),
                             ("1.1", "07/01/2025", "Deputy Headteacher", "Progress update (RAG January 2025)")],
                            start=1):
        for c, v in zip(t.rows[i].cells, row):
            set_cell(c, v)
    doc.add_heading("Recommendations from the inspection", level=1)
    for rec, _ in recs:
        doc.add_paragraph(rec, style="List Bullet")
    doc.add_paragraph("RAG key: Green – action completed; Amber – in progress; Red – behind schedule. "
                      "A blank cell means the action is not yet due to start.")
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "RAG (Jan 2025)"],
                   fill="2E74B5")
        for a in acts:
            cells = t.add_row().cells
            c = a["cells"]
            for cell, v in zip(cells, [a["ref"], a["action"], c["lead_cell"], c["when"], c["success"],
                                       c["rag"]]):
                set_cell(cell, v)
            if fills[c["rag"]]:
                shade(cells[5], fills[c["rag"]])
    doc.add_heading("Monitoring and evaluation", level=1)
    doc.add_paragraph("Progress against this plan is reviewed each half term by the senior leadership team "
                      "and reported to the Standards Committee. The local authority school improvement "
                      "officer will review progress with the school each term.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Headteacher", "Chair of Governors", "Local authority"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Signed: ____________", "Signed: ____________", "Signed: ____________"]):
        set_cell(c, v)
    doc.save(path(name))

    actions = [a for _, acts in recs for a in acts]
    write_expected(
        name,
        source=("Imitates the post-inspection action plans Welsh secondary schools publish after an Estyn "
                "core inspection under the 2022 framework (recommendations R1–R4 from the report, each "
                "with a table of actions, lead, timescale, success criteria and a RAG progress column; "
                "Estyn follow-up guidance describes the PIAP). No real Porthcawl plan was found; content "
                "invented. Features: title and inspection line, document-control table, bulleted list of "
                "recommendations, RAG key where Green means completed, one table per recommendation under "
                "its heading, school-term timescales, letter plus fill RAG, blank RAG cell, sign-off table."),
        reads=("A Porthcawl Comprehensive School PIAP: after a document-control table and the list of the "
               "four Estyn recommendations, each recommendation heading (R1–R4) is followed by a table of "
               "numbered actions with lead, timescale, success criteria and a January 2025 RAG letter. The "
               "key says Green means the action is completed, so G is read as complete (blue); blank means "
               "not yet started."),
        title=title, actions=actions)


# ============================================== 3. Northumberland FRS misconduct
def northumberland():
    name = "zsg-northumberland-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    title = ("Northumberland Fire and Rescue Service – HMICFRS Standards of Behaviour (handling of "
             "misconduct) recommendations tracker")
    T1 = "The culture in fire and rescue services"
    T2 = "Investigating misconduct"
    r1 = ("By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware "
          "of, and follow the Core Code of Ethics. Services should build the code into all relevant "
          "policies and practices.")
    r2 = ("By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in "
          "place. This policy should make clear that services can immediately dismiss probationers who fail "
          "to meet the required standards of behaviour set out in the Core Code of Ethics and the Code of "
          "Ethics fire standard.")
    r3 = ("By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved "
          "from a wholetime watch to a different watch or station, within their contractual requirements, "
          "proactively and reactively as required.\n"
          "By 1 May 2025, chief fire officers should also make sure firefighters who are promoted are posted "
          "to a different watch or station, including when the promotion is temporary for two months or "
          "more. If this isn’t possible, chief fire officers should show how the risks of reinforcing a "
          "negative culture have been addressed.")
    r4 = ("By 1 February 2025, chief fire officers should make sure their services create or have access to "
          "a sufficient number of trained investigating officers, so that misconduct cases are handled "
          "promptly and fairly.")
    groups = [
        (T1, [
            ("1", r1, [
                A("1.1", [T1, r1], "Review all HR policies and procedures to embed the Core Code of Ethics, "
                  "and add a Code of Ethics statement to each policy on review.",
                  ["Head of People"], "2025-02", "blue",
                  owner="Head of People", orig=D(2025, 2, 1), rev=None, prev="G", cur="B",
                  upd="All 38 HR policies reviewed; Code of Ethics statement added. Closed at SLT 11/03/2025."),
                A("1.2", [T1, r1], "Deliver Code of Ethics refresher sessions at every wholetime and on-call "
                  "station, and record attendance on the learning management system.",
                  ["Group Manager Service Delivery"], "2025-06", "blue",
                  owner="Group Manager Service Delivery", orig=D(2025, 2, 1), rev=D(2025, 6, 30),
                  prev="A", cur="B",
                  upd="Sessions delivered at all 15 stations; 93% attendance recorded. Complete."),
            ]),
            ("2", r2, [
                A("2.1", [T1, r2], "Amend the probationary policy for all staff groups to state that "
                  "probationers who fail to meet the required standards of behaviour can be dismissed, "
                  "following consultation with representative bodies.",
                  ["Head of People", "HR Business Partner"], "2026-03", "amber",
                  owner="Head of People / HR Business Partner", orig=D(2025, 2, 1), rev=D(2026, 3, 31),
                  prev="A", cur="A",
                  upd="Draft policy with representative bodies; consultation extended to February 2026."),
            ]),
            ("3", r3, [
                A("3.1", [T1, r3], "Revise the workforce planning and transfer procedure so that wholetime "
                  "staff can be moved between watches and stations proactively or in response to concerns.",
                  ["Area Manager Service Delivery"], "2026-01", "green",
                  owner="Area Manager Service Delivery", orig=D(2025, 5, 1), rev=D(2026, 1, 31),
                  prev="G", cur="G",
                  upd="Revised procedure agreed at Joint Consultative Committee; launch planned January 2026."),
                A("3.2", [T1, r3], "Update the promotion procedure so that staff promoted, including "
                  "temporary promotions of two months or more, are posted to a different watch or station, "
                  "with a recorded risk assessment where this is not possible.",
                  ["Area Manager Service Delivery", "Head of People"], "2026-03", "red",
                  owner="Area Manager Service Delivery; Head of People", orig=D(2025, 5, 1),
                  rev=D(2026, 3, 31), prev="A", cur="R",
                  upd="On-call promotions cannot always be moved because of turnout times; options paper to "
                      "SLT in February 2026."),
            ]),
        ]),
        (T2, [
            ("4", r4, [
                A("4.1", [T2, r4], "Train a pool of eight investigating officers to the NFCC misconduct "
                  "investigation standard and agree a reciprocal arrangement with Tyne and Wear FRS for "
                  "independent investigations.",
                  ["Head of People"], "2026-03", "green",
                  owner="Head of People", orig=D(2025, 2, 1), rev=D(2026, 3, 31), prev="R", cur="G",
                  upd="Six officers trained; final two booked on the February 2026 course. Reciprocal "
                      "agreement signed."),
                A("4.2", [T2, r4], "Introduce a misconduct case tracker so that the Deputy Chief Fire Officer "
                  "can monitor the timeliness of every open case at the monthly People Board.",
                  ["Deputy Chief Fire Officer"], "2025-02", "blue",
                  owner="Deputy Chief Fire Officer", orig=D(2025, 2, 1), rev=None, prev="G", cur="B",
                  upd="Tracker live from January 2025 and reviewed monthly. Complete."),
            ]),
        ]),
    ]
    fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025 – report to Service Leadership Team, January 2026"
    ws["A4"], ws["B4"] = "Current RAG", "Number of actions"
    for c in ("A4", "B4"):
        ws[c].font = Font(bold=True)
    rows = [("Blue – complete", 3), ("Green – on track", 2), ("Amber – some slippage", 1),
            ("Red – off track", 1), ("Total", 7)]
    for i, (k, n) in enumerate(rows, start=5):
        ws.cell(i, 1, k)
        ws.cell(i, 2, n)
    ws.cell(9, 1).font = Font(bold=True)
    ws.cell(9, 2).font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("HMICFRS – Standards of behaviour: The handling of misconduct in fire and rescue services "
                "(published 1 August 2024)")
    ws.merge_cells("A2:J2")
    ws["A3"] = "Position at 31 December 2025   |   Executive lead: Deputy Chief Fire Officer"
    ws.merge_cells("A3:J3")
    heads = ["Rec", "HMICFRS recommendation", "Action ref", "Action", "Action owner", "Original due date",
             "Revised due date", "Previous RAG", "Current RAG", "Progress update"]
    for j, hname in enumerate(heads, start=1):
        c = ws.cell(5, j, hname)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    row = 6
    for theme, recs in groups:
        ws.cell(row, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        row += 1
        for no, text, acts in recs:
            first = row
            ws.cell(row, 1, int(no))
            ws.cell(row, 2, text)
            for a in acts:
                c = a["cells"]
                ws.cell(row, 3, a["ref"])
                ws.cell(row, 4, a["action"])
                ws.cell(row, 5, c["owner"])
                ws.cell(row, 6, c["orig"]).number_format = "dd/mm/yyyy"
                if c["rev"] is not None:
                    ws.cell(row, 7, c["rev"]).number_format = "dd/mm/yyyy"
                ws.cell(row, 8).fill = PatternFill("solid", fgColor=fill[c["prev"]])
                cur = ws.cell(row, 9, c["cur"])
                cur.fill = PatternFill("solid", fgColor=fill[c["cur"]])
                cur.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row, 10, c["upd"])
                for j in range(1, 11):
                    ws.cell(row, j).border = box
                    if j not in (9,):
                        ws.cell(row, j).alignment = wrap
                row += 1
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row, 1, "Note: revised due dates agreed by Service Leadership Team on 14/10/2025. Previous RAG "
                    "is the position reported at 30 September 2025.")
    for col, w in zip("ABCDEFGHIJ", [6, 55, 9, 55, 26, 13, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Blue – action complete"),
                                  ("G", "Green – on track to meet the due date"),
                                  ("A", "Amber – some slippage, recoverable"),
                                  ("R", "Red – off track / due date will be missed")], start=2):
        c = ws.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=fill[k])
        ws.cell(i, 2, txt)
    ws.column_dimensions["B"].width = 45
    wb.active = 0
    wb.save(path(name))

    actions = [a for _, recs in groups for _, _, acts in recs for a in acts]
    write_expected(
        name,
        source=("Imitates the trackers English fire and rescue services publish for the 15 national "
                "recommendations of HMICFRS 'Standards of behaviour: The handling of misconduct in fire and "
                "rescue services' (1 August 2024); recommendation texts 1–3 follow those reproduced on the "
                "Humberside and Staffordshire FRS pages, recommendation 4 is paraphrased. No real "
                "Northumberland tracker was found; actions invented. Features: Summary sheet with totals "
                "block, Tracker sheet with title rows, theme rows, recommendation number and text merged "
                "down over their actions, original and revised due dates, previous RAG as fill only and "
                "current RAG as letter plus fill, notes line, separate Key sheet."),
        reads=("A workbook whose Tracker sheet lists four HMICFRS misconduct-handling recommendations under "
               "two theme rows, each recommendation (merged down) with one or two numbered actions, owner, "
               "original and revised due dates, previous and current RAG and an update. The Summary sheet "
               "is only a totals block and the Key sheet explains B/G/A/R."),
        title=title, actions=actions)


# ============================================= 4. Essex Police CSE (refuse)
def essex_police():
    name = ("zsg-essex-police-hmicfrs-group-based-cse-inspection-action-plan-typo-month-refuse.xlsx")
    title = ("Essex Police – HMICFRS group-based child sexual exploitation inspection: force action plan")
    wb = Workbook()
    ws = wb.active
    ws.title = "CSE Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HMICFRS: An inspection of the effectiveness of the police and law enforcement bodies’ response "
                "to group-based child sexual exploitation in England and Wales (published 8 December 2023)")
    ws["A3"] = ("Strategic lead: ACC Crime and Public Protection   |   Governance: Child Abuse and Exploitation "
                "Strategic Board   |   Last updated: 14/03/2025")
    heads = ["Ref", "Action", "Owner", "Target date", "Status", "Update"]
    for j, hname in enumerate(heads, start=1):
        c = ws.cell(5, j, hname)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002F6C")
    rows = [
        ("rec", "Recommendation 2 – By 31 December 2024, all chief constables should make sure that their "
                "forces have problem profiles for child sexual exploitation, each of which should include an "
                "assessment of the nature and extent of group-based child sexual exploitation. This should "
                "include relevant data from local partner agencies and should be updated frequently, at "
                "least annually."),
        ("act", "R2.1", "Commission a new CSE problem profile from the Force Intelligence Bureau, including an "
                "assessment of group-based offending and partner data from the three local safeguarding "
                "children partnerships.", "Head of Intelligence", D(2024, 9, 30), "Complete",
         "Profile completed and presented to the Strategic Board on 02/10/2024."),
        ("act", "R2.2", "Agree an annual refresh cycle for the profile and present it to the Child Abuse and "
                "Exploitation Strategic Board each autumn.", "Det Supt Child Protection",
         D(2024, 12, 31), "Complete", "Refresh added to the force intelligence requirement calendar."),
        ("rec", "Recommendation 4 – By 31 December 2024, all chief constables and the relevant business user "
                "groups for police record management systems should make sure there are sufficient measures "
                "in place to identify group-based child sexual exploitation."),
        ("act", "R4.1", "Introduce a mandatory group-based CSE qualifier on Athena crime records and update the "
                "crime recording guidance for investigators.", "Force Crime Registrar / Athena Lead",
         "30 Novmber 2024", "In progress",
         "Change request submitted to the Athena consortium; awaiting release date."),
        ("act", "R4.2", "Dip-sample CSE crimes each month to check that the qualifier has been applied "
                "correctly, reporting compliance to the Crime Data Integrity Board.",
         "Force Crime Registrar", D(2025, 3, 31), "In progress", "First dip sample due April 2025."),
        ("rec", "Recommendation 7 – Chief constables should take steps to eradicate victim-blaming language "
                "in their forces."),
        ("act", "R7.1", "Deliver the Language Matters training package to all officers and staff in public "
                "protection, response and neighbourhood teams.", "Head of Learning and Development",
         D(2025, 6, 30), "In progress", "1,240 of 2,900 staff trained (43%)."),
        ("act", "R7.2", "Dip-sample 50 CSE records each quarter for victim-blaming language and feed back to "
                "supervisors.", "Public Protection Quality Assurance Team", "Quarterly", "Ongoing",
         "Q3 sample: 4 records with inappropriate language; feedback given."),
        ("rec", "Area for improvement – Forces should improve how they gather and use intelligence about "
                "group-based child sexual exploitation."),
        ("act", "AFI.1", "Set up a monthly CSE intelligence development meeting with children’s social care "
                "and education partners to share information on suspected groups.", "DCI Exploitation Hub",
         D(2025, 9, 30), "Not started", "Terms of reference in draft."),
    ]
    r = 6
    for item in rows:
        if item[0] == "rec":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DCE6F1")
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 48
        else:
            _, ref, act, owner, date, status, upd = item
            for j, v in enumerate([ref, act, owner, date, status, upd], start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(date, dt.datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
        r += 1
    ws.cell(r + 1, 1, "Status: Not started / In progress / Complete / Ongoing (business as usual)")
    typo_row = None
    for rr in range(6, r):
        if ws.cell(rr, 4).value == "30 Novmber 2024":
            typo_row = rr
    for col, w in zip("ABCDEF", [8, 60, 28, 14, 13, 45]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    assert typo_row == 10, typo_row
    write_expected(
        name,
        source=("Imitates force action plans for the HMICFRS inspection of the police and law enforcement "
                "response to group-based child sexual exploitation (8 December 2023; nine recommendations, "
                "four for chief constables, one area for improvement), as summarised by the West Mercia PCC "
                "response and the HMICFRS 2025 progress report; recommendation texts 2 and 4 follow those "
                "sources, 7 and the AFI are paraphrased. No real Essex Police plan was found; actions "
                "invented. Features: title rows with strategic lead and governance, shaded merged "
                "recommendation rows above numbered action rows, real date cells, status words, notes line."),
        reads=("A one-sheet Essex Police action plan: each recommendation (and the area for improvement) sits "
               "in a shaded merged row with its numbered actions, owner, target date, status and update "
               "beneath. Action R4.1 on sheet row 10 has the target date '30 Novmber 2024', a mistyped month "
               "in an otherwise date-typed column, so a careful reader stops and asks."),
        title=title, outcome="refuse", refuse_at=typo_row)


# ============================================== 5. CCCU Ofsted ITE improvement plan
def cccu():
    name = "zsg-canterbury-christ-church-university-ofsted-ite-improvement-plan.xlsx"
    title = "Canterbury Christ Church University – Ofsted ITE inspection improvement plan 2024–25"
    P, S = "Primary phase", "Secondary phase"
    p1 = ("Improvement point 1: Leaders should ensure that the centre-based curriculum for early reading and "
          "phonics is consistently reinforced through mentor training and trainees’ school placements.")
    p2 = ("Improvement point 2: Leaders should make sure that trainees on the School Direct route receive the "
          "same depth of training in adaptive teaching for pupils with SEND as trainees on the core route.")
    s1 = ("Improvement point 1: Leaders should ensure that subject-specific mentor training in a small number "
          "of subjects, including computing and modern languages, is as well developed as in other subjects.")
    s2 = ("Improvement point 2: Leaders should sharpen their quality assurance of mentoring so that weaker "
          "mentoring is identified and addressed swiftly.")
    sheets = [
        (P, "Ofsted ITE inspection 10–13 June 2024 (report published 30 July 2024) – primary age-phase partnership", [
            (p1, [
                A("P1.1", [P, p1], "Revise the phonics and early reading module so that it sets out the "
                  "systematic synthetic phonics programme content that trainees will see on placement.",
                  ["Primary Programme Director"], "2024-09", "blue",
                  lead_cell="Primary Programme Director", when=D(2024, 9, 30),
                  crit="Module revised and validated before the 2024–25 cohort starts.", rag="0070C0"),
                A("P1.2", [P, p1], "Provide mentor training on early reading, including joint observations of "
                  "trainees teaching phonics, for all lead mentors in partnership schools.",
                  ["Partnership Manager", "English Subject Lead"], "2025-01", "green",
                  lead_cell="Partnership Manager and English Subject Lead", when="January 2025",
                  crit="90% of lead mentors attend; joint observation records on the partnership database.",
                  rag="00B050"),
            ]),
            (p2, [
                A("P2.1", [P, p2], "Align School Direct hub training days with the core SEND curriculum and "
                  "quality assure delivery through paired visits.",
                  ["SD Hub Co-ordinator", "SEND Lead"], "2025-03", "amber",
                  lead_cell="SD Hub Co-ordinator / SEND Lead", when=D(2025, 3, 31),
                  crit="All hub sessions mapped to the core curriculum; paired visits completed in each hub.",
                  rag="FFC000"),
                A("P2.2", [P, p2], "Introduce a SEND case study assessment task for all primary trainees in "
                  "the spring placement.",
                  ["Dr Helen Marsh (Senior Lecturer, SEND)"], "2025-04", "green",
                  lead_cell="Dr Helen Marsh (Senior Lecturer, SEND)", when="April 2025",
                  crit="Case study completed by all trainees; moderation shows secure understanding.",
                  rag="00B050"),
                A("P2.3", [P, p2], "Survey trainees and early career teachers on their confidence in adaptive "
                  "teaching and report the results to the Strategic Partnership Board.",
                  ["ITE Quality Manager"], None, "unrated", end_text="Ongoing",
                  lead_cell="ITE Quality Manager", when="Ongoing",
                  crit="Confidence ratings for SD trainees match those of core trainees.", rag=None),
            ]),
        ]),
        (S, "Ofsted ITE inspection 10–13 June 2024 (report published 30 July 2024) – secondary age-phase partnership", [
            (s1, [
                A("S1.1", [S, s1], "Appoint subject lead mentors for computing and modern languages to "
                  "co-design the mentor training programme with university tutors.",
                  ["Secondary Programme Director"], "2024-10", "blue",
                  lead_cell="Secondary Programme Director", when=D(2024, 10, 31),
                  crit="Subject lead mentors in post and training programme published.", rag="0070C0"),
                A("S1.2", [S, s1], "Run termly subject mentor conferences for all secondary subjects, with "
                  "attendance tracked by subject.",
                  ["Secondary Programme Director", "Subject Leads"], None, "green", end_text="Termly",
                  lead_cell="Secondary Programme Director; Subject Leads", when="Termly",
                  crit="At least 80% of mentors in every subject attend each conference.", rag="00B050"),
            ]),
            (s2, [
                A("S2.1", [S, s2], "Introduce a mentor quality assurance visit for every new mentor during the "
                  "first placement.",
                  ["Partnership Manager"], "2025-02", "red",
                  lead_cell="Partnership Manager", when=D(2025, 2, 28),
                  crit="QA visit recorded for 100% of new mentors.", rag="FF0000"),
                A("S2.2", [S, s2], "Add a mentor development flag to the partnership database so that weaker "
                  "mentoring is followed up by the link tutor within two weeks.",
                  ["ITE Quality Manager"], "2025-07", "amber",
                  lead_cell="ITE Quality Manager", when="July 2025",
                  crit="All flagged mentors have a recorded follow-up within two weeks.", rag="FFC000"),
            ]),
        ]),
    ]
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws["A2"] = "Faculty of Arts, Humanities and Education – Initial Teacher Education"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for j, v in enumerate(["Version", "Date", "Author", "Approved by"], start=1):
        ws.cell(5, j, v).font = Font(bold=True)
    for i, row in enumerate([("v1.0", "15/07/2024", "Director of ITE", "ITE Strategic Partnership Board"),
                             ("v1.3", "20/01/2025", "ITE Quality Manager", "ITE Strategic Partnership Board")],
                            start=6):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, v)
    ws["A9"] = "RAG rating (shown by cell colour in the RAG column of each phase sheet)"
    ws["A9"].font = Font(bold=True)
    for i, (hexc, txt) in enumerate([("0070C0", "Complete"), ("00B050", "On track"),
                                     ("FFC000", "At risk – mitigating action in place"),
                                     ("FF0000", "Off track")], start=10):
        ws.cell(i, 1).fill = PatternFill("solid", fgColor=hexc)
        ws.cell(i, 2, txt)
    ws["A15"] = "No colour = not yet started / not yet rated"
    for col, w in zip("ABCD", [14, 40, 24, 34]):
        ws.column_dimensions[col].width = w

    for sheet_name, sub, points in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = sheet_name
        ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
        ws["A2"] = sub
        heads = ["No.", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]
        for j, hname in enumerate(heads, start=1):
            c = ws.cell(4, j, hname)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="5B2C6F")
            c.border = box
        r = 5
        for point, acts in points:
            c = ws.cell(r, 1, point)
            c.font = Font(bold=True)
            c.alignment = wrap
            c.fill = PatternFill("solid", fgColor="E8DAEF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                cc = a["cells"]
                vals = [a["ref"], a["action"], cc["lead_cell"], cc["when"], cc["crit"], None]
                for j, v in enumerate(vals, start=1):
                    cell = ws.cell(r, j, v)
                    cell.alignment = wrap
                    cell.border = box
                if isinstance(cc["when"], dt.datetime):
                    ws.cell(r, 4).number_format = "mmm-yy"
                if cc["rag"]:
                    ws.cell(r, 6).fill = PatternFill("solid", fgColor=cc["rag"])
                r += 1
        for col, w in zip("ABCDEF", [7, 60, 30, 12, 45, 8]):
            ws.column_dimensions[col].width = w
    wb.save(path(name))

    actions = [a for _, _, pts in sheets for _, acts in pts for a in acts]
    write_expected(
        name,
        source=("Imitates the improvement plans university ITE partnerships draw up after an Ofsted initial "
                "teacher education inspection under the 2020/2023 ITE framework, with separate age-phase "
                "sections taken from the report's 'What does the ITE provider need to do to improve?' points. "
                "No real Canterbury Christ Church plan was found; content invented. Features: cover sheet "
                "with document control and a colour-only RAG key, one sheet per phase, merged shaded "
                "improvement-point rows above numbered actions, names with roles and several leads per cell, "
                "date cells shown as mmm-yy mixed with text timescales, RAG given only by cell fill."),
        reads=("A workbook with a Cover sheet (document control and RAG colour key) and two phase sheets, "
               "Primary phase and Secondary phase; on each, improvement points from the Ofsted report sit in "
               "merged rows with numbered actions, leads, timescale and success criteria beneath. Progress "
               "is shown only by the fill colour of the RAG cell, blank meaning not yet rated."),
        title=title, actions=actions)


# ============================================== 6. Hertfordshire PDU (csv)
def herts_pdu():
    name = "zsg-probation-service-hertfordshire-pdu-hmip-inspection-action-plan.csv"
    title = "Probation Service – Hertfordshire PDU: HM Inspectorate of Probation inspection action plan"
    q1 = ("Improve the quality of work to assess and manage risk of harm, making sure that domestic abuse "
          "and child safeguarding information is obtained and analysed in all cases")
    q2 = ("Make sure that managers have the time and skills to provide effective management oversight of "
          "practitioners' work")
    q3 = ("Improve the delivery of services to support desistance, including access to accommodation and "
          "employment support")
    q4 = "Make sure that staffing levels in Hertfordshire are sufficient to manage workloads safely"
    PDU, REG = "Hertfordshire PDU", "East of England region"
    recs = [
        ("1", q1, PDU, [
            A("1.1", [q1], "Introduce a monthly risk of harm audit of ten cases per team, with findings "
              "reviewed at the PDU Quality Board.", ["SPO Quality Lead"], "2025-05", "blue",
              owner="SPO Quality Lead", date="31/05/2025", rag="Complete",
              upd="Audits running since April 2025; September audit found 71% of cases sufficient."),
            A("1.2", [q1], "Make sure domestic abuse and safeguarding checks are requested at the start of "
              "every order, with a weekly exception report to SPOs.", ["Deputy Head of PDU"], "2025-06",
              "green", owner="Deputy Head of PDU", date="30/06/2025", rag="Green",
              upd="Exception report live. Police DA checks returned within 10 days in 88% of cases."),
        ]),
        ("2", q2, PDU, [
            A("2.1", [q2], "Reduce the SPO-to-practitioner ratio to no more than 1:8 by recruiting two "
              "additional SPOs.", ["Head of PDU"], "2025-09", "amber",
              owner="Head of PDU", date="Q2 2025/26", rag="Amber",
              upd="One SPO appointed (start 01/10/2025); second post re-advertised."),
            A("2.2", [q2], "Deliver management oversight training to all SPOs and record oversight on nDelius "
              "using the agreed contact code.",
              ["Head of PDU", "Regional Learning and Development Lead"], "2025-09", "green",
              owner="Head of PDU / Regional Learning and Development Lead", date="Sep-25", rag="Green",
              upd="Training delivered to 7 of 8 SPOs.\nFinal SPO booked for October."),
        ]),
        ("3", q3, PDU, [
            A("3.1", [q3], "Embed the Commissioned Rehabilitative Services referral checklist in the sentence "
              "planning process.", ["SPO Interventions"], "2025-03", "blue",
              owner="SPO Interventions", date="31/03/2025", rag="Complete",
              upd="Checklist embedded; CRS referrals up 24% on the previous quarter."),
            A("3.2", [q3], "Establish a monthly accommodation panel with the district housing authorities in "
              "Hertfordshire.", ["Head of PDU", "Partnerships Manager"], None, "green", end_text="Ongoing",
              owner="Head of PDU; Partnerships Manager", date="Ongoing", rag="Green",
              upd="Panel meets monthly; all ten district councils attend."),
        ]),
        ("4", q4, REG, [
            A("4.1", [q4], "Agree a targeted recruitment campaign for probation officers and PSOs in "
              "Hertfordshire, including use of the regional relocation package.",
              ["Regional Head of Operations"], "2025-12", "red",
              owner="Regional Head of Operations", date="31/12/2025", rag="Red",
              upd="National recruitment pause has delayed the campaign; escalated to the Regional Probation "
                  "Director."),
            A("4.2", [q4], "Review workload measurement tool data monthly and redeploy staff from "
              "lower-pressure PDUs where needed.", ["Regional Head of Operations"], None, "amber",
              end_text="Monthly", owner="Regional Head of Operations", date="Monthly", rag="Amber",
              upd="Two PQiPs redeployed from Bedfordshire; WMT still above 120% in two teams."),
        ]),
    ]
    n = 8
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Inspection fieldwork: November 2024 | Report published: 13 March 2025 | Overall rating: "
                    "Requires improvement"] + [""] * (n - 1))
        w.writerow(["Position as at 30 September 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "Recommendation", "Directed to", "Action", "Owner", "Target date", "RAG",
                    "Update (Sept 2025)"])
        for no, text, who, acts in recs:
            for a in acts:
                c = a["cells"]
                w.writerow([a["ref"], text, who, a["action"], c["owner"], c["date"], c["rag"], c["upd"]])
        w.writerow([""] * n)
        w.writerow(["RAG: Complete = action finished and evidenced; Green = on track; Amber = at risk; "
                    "Red = off track"] + [""] * (n - 1))
    actions = [a for _, _, _, acts in recs for a in acts]
    write_expected(
        name,
        source=("Imitates the action plans the Probation Service produces in response to HM Inspectorate of "
                "Probation PDU inspections (recommendations agreed/partly agreed, directed to the PDU or the "
                "region, with SMART actions, owner and timescale, as described in the HMPPS action plan "
                "template), here exported from a tracking spreadsheet to CSV. No real Hertfordshire PDU plan "
                "was found; content invented. Features: title and context lines above the header, the "
                "recommendation repeated on every row of the flat export, 'Directed to' column, several "
                "owners in one cell, financial-quarter and mmm-yy targets, RAG words including Complete, an "
                "update cell with a line break, key line at the end."),
        reads=("A CSV export of the Hertfordshire PDU inspection action plan: after three title lines, a "
               "header row and one row per action, each repeating the inspectorate's recommendation, who it "
               "is directed to, the action, owner, target date, RAG and a September 2025 update. The last "
               "line is a RAG key."),
        title=title, actions=actions)


# ============================================== 7. Boclair Academy (txt)
def boclair():
    name = "zsg-boclair-academy-education-scotland-inspection-action-plan.txt"
    title = "Boclair Academy – Post-Inspection Action Plan"
    a1 = ("Senior leaders and staff should continue to improve the consistency of high-quality learning and "
          "teaching across the school, ensuring that all young people experience appropriate pace and "
          "challenge.")
    a2 = ("Staff should make more effective use of assessment information to plan learning that meets the "
          "needs of all young people, including those who require additional support with their learning.")
    a3 = ("Senior leaders should continue to improve attainment in the senior phase, particularly for young "
          "people who require additional support.")
    areas = [
        ("Area for improvement 1", a1, [
            A("1.1", [a1], "Agree a Boclair Learning and Teaching Standard with staff, young people and "
              "parents, setting out the features of highly effective lessons.",
              ["DHT (Learning & Teaching)"], "2025-10", "blue",
              lead_cell="DHT (Learning & Teaching)", when="Oct 2025", rag="C"),
            A("1.2", [a1], "Introduce a programme of peer observation in every faculty, focused on pace and "
              "challenge, with two cycles each session.",
              ["Faculty Heads"], None, "green", end_text="Ongoing",
              lead_cell="Faculty Heads", when="Ongoing", rag="G"),
            A("1.3", [a1], "Use pupil focus groups each term to gather young people's views of learning and "
              "share the findings with staff.",
              ["DHT (Learning & Teaching)", "Pupil Leadership Group"], "2026-06", "amber",
              lead_cell="DHT (Learning & Teaching) / Pupil Leadership Group", when="June 2026", rag="A"),
        ]),
        ("Area for improvement 2", a2, [
            A("2.1", [a2], "Provide all staff with a learner profile summary for each class, including "
              "additional support needs and agreed strategies.",
              ["PT Pupil Support"], "2025-09", "blue",
              lead_cell="PT Pupil Support", when="Sept 2025", rag="C"),
            A("2.2", [a2], "Develop moderation of BGE assessment in S1 to S3 with cluster primary schools.",
              ["HT", "DHT"], "2026-03", "green",
              lead_cell="HT/DHT", when="By March 2026", rag="G"),
        ]),
        ("Area for improvement 3", a3, [
            A("3.1", [a3], "Track the progress of young people with additional support needs in the senior "
              "phase at each tracking point and agree interventions at faculty level.",
              ["DHT (Senior Phase)"], "2025-12", "red",
              lead_cell="DHT (Senior Phase)", when="Dec 2025", rag="R"),
            A("3.2", [a3], "Extend supported study to include targeted National 5 and Higher sessions for "
              "young people who require additional support.",
              ["DHT (Senior Phase)", "PT Pupil Support"], "2026-02", "amber",
              lead_cell="DHT (Senior Phase), PT Pupil Support", when="Feb 2026", rag="A"),
        ]),
    ]
    lines = [
        title,
        "Education Scotland inspection: February 2025 (letter to parents published 22 April 2025)",
        "East Dunbartonshire Council – Education Service",
        "",
        "Plan agreed by: Head Teacher and Quality Improvement Officer, May 2025",
        "Progress reviewed: termly by the Senior Leadership Team and reported to the Parent Council",
        "This update: January 2026",
        "",
        "RAG:  C = complete   G = on track   A = some delay   R = significant concern",
        "",
    ]
    for head, text, acts in areas:
        lines.append(head)
        lines.append(text)
        lines.append("No.\tAction\tLead\tTimescale\tRAG")
        for a in acts:
            c = a["cells"]
            lines.append("\t".join([a["ref"], a["action"], c["lead_cell"], c["when"], c["rag"]]))
        lines.append("")
    lines.append("Next review: April 2026")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    actions = [a for _, _, acts in areas for a in acts]
    write_expected(
        name,
        source=("Imitates the post-inspection action plans Scottish secondary schools and their local "
                "authority agree after an Education Scotland inspection, built on the areas for improvement "
                "'agreed with the school and the local authority' in the letter to parents, saved from Word "
                "as plain text (table rows become tab-separated lines). No real Boclair Academy plan was "
                "found; content invented. Features: title and context lines, RAG key with C = complete, "
                "'Area for improvement N' label lines followed by the area text, a tab-separated header and "
                "action rows per area, posts as leads (slash- and comma-separated pairs), Scottish month "
                "abbreviations, trailing 'Next review' line."),
        reads=("A plain-text Boclair Academy action plan: three areas for improvement, each a label line and "
               "the area's text, followed by tab-separated rows of numbered actions with lead, timescale and "
               "a RAG letter (C complete, G, A, R)."),
        title=title, actions=actions)


if __name__ == "__main__":
    hmp_exeter()
    porthcawl()
    northumberland()
    essex_police()
    cccu()
    herts_pdu()
    boclair()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("zsg-")))
