#!/usr/bin/env python
"""Build the seven zsc- blind test files (set heldout682) and their expected readings.

Files:
  zsc-hmp-risley-hmip-inspection-action-plan.docx
  zsc-thornham-st-james-ce-primary-school-development-plan-2024-25.docx
  zsc-kent-police-angiolini-inquiry-part-1-recommendations-tracker.xlsx
  zsc-sfrs-east-service-delivery-area-hmfsi-inspection-action-plan.xlsx
  zsc-coventry-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx
  zsc-probation-service-west-kent-pdu-hmip-inspection-action-plan.csv
  zsc-taunton-school-isi-inspection-action-plan.txt

Every action is described once (text in the file + the reading a person makes of it);
the data files are laid out from those descriptions and the .expected.yaml files written
from the same descriptions.  Only files starting zsc- are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))


def A(ref, action, lead_cell, lead, end_cell, end, status_cell, status, end_text=None, **extra):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead, end_cell=end_cell,
             end=end, status_cell=status_cell, status=status, end_text=end_text)
    d.update(extra)
    return d


def write_expected(name, source, reads, title, groups=None, outcome="read", refuse_at=None,
                   accept_refusal=False):
    """groups: list of (under_list, [actions])"""
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for under, actions in groups:
            for a in actions:
                e = {"ref": a["ref"], "under": list(under), "action": a["action"],
                     "lead": list(a["lead"]), "end": a["end"]}
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                e["status"] = a["status"]
                acts.append(e)
        doc["actions"] = acts
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ============================================================ 1. HMP Risley (docx)
def hmp_risley():
    name = "zsc-hmp-risley-hmip-inspection-action-plan.docx"
    pc = "Priority concerns"
    kc = "Key concerns"
    concerns = [
        (pc, "1", "Recorded levels of self-harm among prisoners were high and too often support ended without the underlying causes having been addressed.", "Agreed", [
            A("1.1", "Introduce a weekly safety intervention meeting (SIM) to review all prisoners subject to ACCT case management and those whose ACCT was closed in the last month, with input from mental health and substance misuse services.",
              "Head of Safety", ["Head of Safety"], "October 2023", "2023-10", None, "unrated"),
            A("1.2", "Quality assure a monthly sample of ACCT closures to confirm that caremap actions addressing the underlying causes have been completed before the plan is closed.",
              "Head of Safety / Safer Custody Manager", ["Head of Safety", "Safer Custody Manager"], "31/12/2023", "2023-12", None, "unrated"),
        ]),
        (pc, "2", "Living conditions had deteriorated across many wings and showers were in a particularly poor state.", "Agreed", [
            A("2.1", "Complete a full condition survey of all residential units and agree a prioritised refurbishment programme with Gov Facility Services Limited (GFSL).",
              "Head of Residence", ["Head of Residence"], "November 2023", "2023-11", None, "unrated"),
            A("2.2", "Refurbish the shower areas on A, B, G and H wings in line with the agreed programme, starting with the foreign national prisoner units.",
              "Head of Residence / GFSL Area Manager", ["Head of Residence", "GFSL Area Manager"], "March 2024", "2024-03", None, "unrated"),
        ]),
        (pc, "3", "Health care provision was undermined by a lack of onsite dental services and weak management of long-term conditions.", "Agreed", [
            A("3.1", "Commission a replacement dental provider and restore onsite dental sessions to a minimum of four sessions per week.",
              "NHS England Health and Justice Commissioner", ["NHS England Health and Justice Commissioner"], "31 January 2024", "2024-01", None, "unrated"),
            A("3.2", "Ensure that every prisoner with a long-term condition has an up-to-date care plan that is reviewed at least every six months.",
              "Head of Healthcare", ["Head of Healthcare"], "April 2024", "2024-04", None, "unrated"),
        ]),
        (pc, "4", "The regime did not provide sufficient time out of cell for a category C resettlement prison.", "Partly Agreed", [
            A("4.1", "Introduce a revised regime with evening association on four evenings a week for all residential units, subject to staffing levels being maintained at the agreed benchmark.",
              "Deputy Governor", ["Deputy Governor"], "February 2024", "2024-02", None, "unrated"),
        ]),
        (pc, "5", "Leaders did not provide a broad enough range of education, skills or work activities to meet prisoners’ needs.", "Agreed", [
            A("5.1", "Increase full-time activity places by 150 through two new industries workshops and vocational training in construction skills.",
              "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], "June 2024", "2024-06", None, "unrated"),
        ]),
        (pc, "6", "Far too many prisoners convicted of sexual offences were released without having completed offending behaviour work specific to their risks.", "Agreed", [
            A("6.1", "Deliver the Kaizen and Horizon accredited programmes on site, with the first cohorts starting in spring 2024, and prioritise places by release date and risk.",
              "Head of Interventions (HMPPS Interventions Services)", ["Head of Interventions (HMPPS Interventions Services)"], "Ongoing", None, None, "unrated", end_text="Ongoing"),
        ]),
        (kc, "7", "Some high-risk prisoners were released homeless and the offender management unit did not have enough staff to manage public protection work.", "Agreed", [
            A("7.1", "Recruit to the vacant prison offender manager posts and agree a staffing plan with the North West probation region for the offender management unit.",
              "Head of Offender Management Delivery", ["Head of Offender Management Delivery"], "Dec-23", "2023-12", None, "unrated"),
        ]),
        (kc, "8", "Systems to monitor prisoners’ telephone calls and other contact for public protection reasons were not managed effectively.", "Agreed", [
            A("8.1", "Clear the backlog of outstanding public protection call monitoring and introduce a weekly audit of monitoring compliance by the security department.",
              "Head of Security", ["Head of Security"], "w/c 06/11/2023", "2023-11", None, "unrated"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run("Action Plan: HMP Risley")
    r.bold = True
    r.font.size = Pt(20)
    for line in ["Action Plan Submitted: 18 September 2023",
                 "A Response to the HMIP Inspection: 17 – 27 April 2023",
                 "Report Published: 25 July 2023"]:
        p = doc.add_paragraph()
        rr = p.add_run(line)
        rr.font.size = Pt(12)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the conditions "
        "for, and treatment of, prisoners. It reports its findings to the Ministry of Justice (MoJ) and HM Prison and "
        "Probation Service (HMPPS). In response to the report, HMPPS is required to draft a robust and timely action "
        "plan to address the concerns raised. The action plan confirms whether each concern is agreed, partly agreed "
        "or not agreed (see categorisations below). Where a concern is agreed or partly agreed, the action plan sets "
        "out specific steps to address it, with the owner and timescale of each step clearly identified.")
    doc.add_paragraph(
        "From May 2022 HMIP reports up to 15 key concerns, of which between three and six are identified as priority "
        "concerns. This action plan responds to the six priority concerns and to those key concerns that require action "
        "by the establishment.")
    # categorisation table (a key, not the plan)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, htxt in enumerate(["Term", "Definition", "Additional comment"]):
        set_cell(t.cell(0, i), htxt, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    rows = [
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is accepted, is achievable and affordable.",
         "The response must state clearly which part will be addressed and why the rest cannot be."),
        ("Not Agreed", "The concern is not accepted.",
         "The response must give a clear explanation of why the concern is not agreed."),
    ]
    for i, row in enumerate(rows, start=1):
        for j, txt in enumerate(row):
            set_cell(t.cell(i, j), txt)
    doc.add_paragraph()

    groups = []
    for section in (pc, kc):
        hp = doc.add_paragraph()
        hr = hp.add_run(section)
        hr.bold = True
        hr.font.size = Pt(14)
        sec_concerns = [c for c in concerns if c[0] == section]
        n_rows = 1 + sum(len(c[4]) for c in sec_concerns)
        tbl = doc.add_table(rows=n_rows, cols=6)
        tbl.style = "Table Grid"
        hdr = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible owner", "Target date"]
        widths = [Cm(1.3), Cm(6.5), Cm(2.6), Cm(9.0), Cm(3.8), Cm(2.9)]
        for j, htxt in enumerate(hdr):
            set_cell(tbl.cell(0, j), htxt, bold=True)
            shade(tbl.cell(0, j), "1F3864")
            tbl.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r = 1
        for _, num, ctext, agreed, acts in sec_concerns:
            top = r
            for a in acts:
                set_cell(tbl.cell(r, 0), a["ref"])
                set_cell(tbl.cell(r, 3), a["action"])
                set_cell(tbl.cell(r, 4), a["lead_cell"])
                set_cell(tbl.cell(r, 5), a["end_cell"])
                r += 1
            set_cell(tbl.cell(top, 1), ctext)
            set_cell(tbl.cell(top, 2), agreed)
            if len(acts) > 1:
                tbl.cell(top, 1).merge(tbl.cell(r - 1, 1))
                tbl.cell(top, 2).merge(tbl.cell(r - 1, 2))
            groups.append(([section, ctext], acts))
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_paragraph("Key concerns 9 to 14 relate to national policy or commissioning and are addressed in the "
                      "HMPPS Prison Group Director's response; they are not repeated in this establishment plan.")
    doc.add_paragraph("Signed: Governor, HMP Risley")
    doc.add_paragraph("Date: 18 September 2023")
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates an HMPPS establishment action plan responding to an HMI Prisons inspection, in the template "
                "published on Prison Finder (e.g. 'Action Plan: HMP The Verne' / 'Action Plan: HMP Elmley', copies on "
                "fdocuments.us and vdocuments.mx), updated to the post-May-2022 'priority concerns / key concerns' "
                "reporting. Concerns are those reported for the April 2023 HMP Risley inspection (published July 2023). "
                "Copied features: title block (Action Plan / Submitted / Response to the HMIP Inspection / Report "
                "Published), introduction, Agreed / Partly Agreed / Not Agreed categorisation table, one table per "
                "section (Priority concerns, Key concerns), concern and agreement cells merged down over several "
                "numbered actions, job titles as owners, '/' between two owners, target dates in mixed forms "
                "(month, dd/mm/yyyy, Dec-23, w/c, Ongoing), closing note and sign-off."),
        reads=("An HMPPS action plan for HMP Risley. After the title block, introduction and a categorisation key "
               "table, two tables list the priority concerns and the key concerns; each concern (merged down) is "
               "answered by one or two numbered actions with a responsible owner and a target date. There is no RAG "
               "or progress column, so every action is unrated."),
        title="Action Plan: HMP Risley",
        groups=groups,
    )


# ========================================= 2. Thornham St James CE Primary SDP (docx)
def thornham():
    name = "zsc-thornham-st-james-ce-primary-school-development-plan-2024-25.docx"
    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    fills = {"green": GREEN, "amber": AMBER, "red": RED, None: None}
    priorities = [
        ("Priority 1: Quality of Education – raise attainment in writing across Key Stage 2",
         "Success criteria: at least 75% of Year 6 pupils reach the expected standard in writing (2024: 64%); moderation confirms secure judgements in every class.", [
            A("1.1", "Introduce a whole-school writing sequence (The Write Stuff) with training for all teachers and teaching assistants.",
              "English Lead", ["English Lead"], "Autumn term 2024", "2024-12", "green", "blue", end_text="Autumn term 2024"),
            A("1.2", "Half-termly moderation of writing within school and with the Rochdale cluster schools.",
              "English Lead / HT", ["English Lead", "HT"], "Half-termly", None, "amber", "amber", end_text="Half-termly"),
            A("1.3", "Daily handwriting and spelling sessions in Years 1–4 using the new spelling scheme.",
              "KS1 Lead", ["KS1 Lead"], "Spring term 2025", "2025-04", "amber", "amber", end_text="Spring term 2025"),
        ]),
        ("Priority 2: Quality of Education – embed the mastery approach in mathematics",
         "Success criteria: all teachers use the mastery lesson structure; Year 4 average score in the multiplication tables check is 22 or above.", [
            A("2.1", "Teachers to attend the NCETM Mastery Readiness work group sessions run by the local Maths Hub.",
              "Maths Lead", ["Maths Lead"], "Sept 2024 – July 2025", "2025-07", "amber", "amber", end_text="Sept 2024 – July 2025"),
            A("2.2", "Introduce daily 'Fluent in Five' arithmetic sessions and track times-table readiness in Year 4 each half term.",
              "Maths Lead", ["Maths Lead"], "Summer term 2025", "2025-07", None, "unrated", end_text="Summer term 2025"),
        ]),
        ("Priority 3: Behaviour and Attitudes – improve attendance and reduce persistent absence",
         "Success criteria: whole-school attendance of 96% or above; persistent absence below 12%.", [
            A("3.1", "Weekly attendance meetings with the Attendance Officer, with an early help offer for families of persistent absentees.",
              "DSL / Attendance Officer", ["DSL", "Attendance Officer"], "Weekly", None, "amber", "amber", end_text="Weekly"),
            A("3.2", "Launch a class attendance reward scheme and share attendance information with parents each term.",
              "HT", ["HT"], "October 2024", "2024-10", "green", "blue"),
        ]),
        ("Priority 4: Leadership and Management – develop subject leadership in the foundation subjects",
         "Success criteria: every foundation subject leader can show the impact of their subject on pupils' knowledge; governors report confidence in curriculum monitoring.", [
            A("4.1", "Subject leaders to complete deep dives in history, geography and science, with findings reported to governors.",
              "SLT / Subject Leaders", ["SLT", "Subject Leaders"], "By July 2025", "2025-07", "red", "red"),
            A("4.2", "Governors to receive a subject leader presentation at each Curriculum Committee meeting.",
              "Chair of Curriculum Committee", ["Chair of Curriculum Committee"], "Termly", None, None, "unrated", end_text="Termly"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    tp = doc.add_paragraph()
    tr = tp.add_run("Thornham St James CE Primary School Development Plan 2024–2025")
    tr.bold = True
    tr.font.size = Pt(20)
    doc.add_paragraph("Mid-year review: March 2025 (presented to the Full Governing Body, 20 March 2025)")
    doc.add_paragraph("Our vision: ‘Let your light shine’ – every child known, loved and challenged to flourish.")
    kp = doc.add_paragraph()
    kp.add_run("Key priorities 2024–2025").bold = True
    for pr in priorities:
        doc.add_paragraph(pr[0], style="List Bullet")
    # RAG key table
    kp2 = doc.add_paragraph()
    kp2.add_run("RAG key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    key = [(GREEN, "Achieved"), (AMBER, "In progress / partially achieved"), (RED, "Not on track"),
           (None, "No colour – not yet reviewed")]
    for i, (fill, txt) in enumerate(key):
        set_cell(kt.cell(i, 1), txt, size=10)
        if fill:
            shade(kt.cell(i, 0), fill)
        kt.cell(i, 0).width = Cm(1.5)
        kt.cell(i, 1).width = Cm(8)
    doc.add_paragraph()

    groups = []
    hdr = ["Ref", "Action", "Lead", "Monitoring", "Timescale", "Cost", "RAG"]
    widths = [Cm(1.2), Cm(9.5), Cm(3.5), Cm(5.0), Cm(3.4), Cm(2.0), Cm(1.4)]
    monitoring = {
        "1.1": "Book looks; pupil voice", "1.2": "Moderation notes", "1.3": "Spelling assessments",
        "2.1": "Lesson visits", "2.2": "MTC practice data", "3.1": "Attendance data (weekly)",
        "3.2": "Attendance data (termly)", "4.1": "Deep dive reports", "4.2": "Committee minutes",
    }
    cost = {"1.1": "£1,200", "1.2": "Supply cover", "1.3": "£450", "2.1": "Nil", "2.2": "Nil",
            "3.1": "Nil", "3.2": "£300", "4.1": "Supply cover", "4.2": "Nil"}
    for ptitle, success, acts in priorities:
        hp = doc.add_paragraph()
        hr = hp.add_run(ptitle)
        hr.bold = True
        hr.font.size = Pt(13)
        tbl = doc.add_table(rows=1 + len(acts), cols=7)
        tbl.style = "Table Grid"
        for j, htxt in enumerate(hdr):
            set_cell(tbl.cell(0, j), htxt, bold=True, size=10)
            shade(tbl.cell(0, j), "BDD7EE")
        for i, a in enumerate(acts, start=1):
            vals = [a["ref"], a["action"], a["lead_cell"], monitoring[a["ref"]], a["end_cell"], cost[a["ref"]], ""]
            for j, v in enumerate(vals):
                set_cell(tbl.cell(i, j), v, size=10)
            if fills[a["status_cell"]]:
                shade(tbl.cell(i, 6), fills[a["status_cell"]])
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph(success)
        groups.append(([ptitle], acts))
    # governor monitoring schedule (not the plan)
    gp = doc.add_paragraph()
    gp.add_run("Governor monitoring visits 2024–2025").bold = True
    gt = doc.add_table(rows=4, cols=3)
    gt.style = "Table Grid"
    for j, htxt in enumerate(["Term", "Governor", "Focus"]):
        set_cell(gt.cell(0, j), htxt, bold=True, size=10)
    for i, row in enumerate([("Autumn 2024", "Mrs A Kershaw", "Writing (Priority 1)"),
                             ("Spring 2025", "Mr D Ashworth", "Attendance (Priority 3)"),
                             ("Summer 2025", "Rev. P Clegg", "Foundation subjects (Priority 4)")], start=1):
        for j, v in enumerate(row):
            set_cell(gt.cell(i, j), v, size=10)
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates a published primary school development plan of the kind Thornham St James CE Primary "
                "(Rochdale) describes on its website (key priorities 2024–2025, action plans with a nominated lead and "
                "timescale that are reviewed and RAG rated), in the common SDP layout seen on school sites (e.g. John "
                "Burns Primary: 'Priority 1 - Quality of Education'). Copied features: single title line, mid-year review "
                "line, vision line, bulleted key-priorities summary, RAG key table with coloured cells where green means "
                "achieved (no blue), one table per priority (Ref, Action, Lead, Monitoring, Timescale, Cost, RAG) with "
                "the RAG shown only as cell fill colour, success-criteria paragraph after each table, school-term and "
                "frequency timescales, and a governor monitoring schedule table at the end."),
        reads=("A primary school development plan for 2024–25 at its March 2025 review: four priorities, each a heading "
               "with a table of numbered actions, a lead and a timescale, RAG shown only by the colour of the RAG cell. "
               "By the plan's own key green means achieved (read as complete), amber in progress, red not on track and "
               "no colour not yet reviewed."),
        title="Thornham St James CE Primary School Development Plan 2024–2025",
        groups=groups,
    )


# ------------------------------------------------------------ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "navy": "1F3864", "grey": "D9D9D9", "light": "DDEBF7", "band": "2F5597", "pale": "F2F2F2"}.items()}


def hdr_row(ws, row, headers, fill="navy"):
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF" if fill in ("navy", "band") else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ===================================== 3. Kent Police Angiolini tracker (xlsx)
def kent_police():
    name = "zsc-kent-police-angiolini-inquiry-part-1-recommendations-tracker.xlsx"
    title = "Angiolini Inquiry Part 1: Force Recommendations Tracker"
    D = lambda y, m: dt.datetime(y, m, 1)
    themes = [
        ("Theme 1: Sexual offending and indecent exposure", [
            ("Recommendation 1: Police forces should treat every report of indecent exposure as a sexual offence from first contact, with proportionate investigation and support for the victim.", [
                A("1.1", "Update the crime recording and investigation policy so that all indecent exposure reports are allocated to an investigating officer within 24 hours.",
                  "Head of Public Protection", ["Head of Public Protection"], None, "2024-06", "B", "blue",
                  orig=D(2024, 6), rev=None, prev="G",
                  upd="Policy published 3 June 2024. All indecent exposure reports now allocated within 24 hours (98% compliance in the October audit)."),
                A("1.2", "Deliver briefings and CPD inputs on indecent exposure as a precursor offence to all response and neighbourhood officers.",
                  "Head of Learning and Development", ["Head of Learning and Development"], None, "2024-12", "G", "green",
                  orig=D(2024, 9), rev=D(2024, 12), prev="A",
                  upd="Inputs delivered to 61% of response officers; remaining sessions booked for the December training block. Revised date agreed at FISB on 12/09/2024."),
            ]),
            ("Recommendation 2: Police forces should make full use of the Police National Database, ANPR and vehicle enquiries when investigating indecent exposure.", [
                A("2.1", "Introduce a mandatory investigation checklist for indecent exposure covering PND, ANPR and vehicle enquiries, with supervisory sign-off.",
                  "Detective Superintendent Public Protection", ["Detective Superintendent Public Protection"], None, "2024-08", "B", "blue",
                  orig=D(2024, 8), rev=None, prev="G",
                  upd="Checklist live on Athena since 19 August 2024. Closed."),
            ]),
        ]),
        ("Theme 2: Vetting and recruitment", [
            ("Recommendation 8: Police forces should record the full rationale for every vetting decision, including how any adverse information or intelligence has been considered.", [
                A("8.1", "Revise the Force Vetting Unit decision template so that the rationale for every clearance with adverse information is recorded and countersigned.",
                  "Force Vetting Manager", ["Force Vetting Manager"], None, "2024-07", "B", "blue",
                  orig=D(2024, 7), rev=None, prev="G",
                  upd="New template in use from 1 July 2024."),
                A("8.2", "Dip-sample 10% of vetting clearances granted since January 2022 to check that adverse information was properly considered.",
                  "Force Vetting Manager / Head of PSD", ["Force Vetting Manager", "Head of PSD"], None, "2025-03", "A", "amber",
                  orig=D(2024, 10), rev=D(2025, 3), prev="A",
                  upd="Dip sample 40% complete. Additional vetting officer resource approved; revised date agreed."),
            ]),
            ("Recommendation 10: Police forces should re-vet all officers and staff who transfer in from another force, whatever their existing clearance.", [
                A("10.1", "Amend the transferee recruitment process so that full re-vetting is completed before a transfer offer is confirmed.",
                  "Head of Resourcing", ["Head of Resourcing"], None, "2024-05", "B", "blue",
                  orig=D(2024, 5), rev=None, prev="B",
                  upd="Process change implemented May 2024. All transferees now re-vetted before an offer is made."),
            ]),
        ]),
        ("Theme 3: Culture and professional standards", [
            ("Recommendation 14: Every police force should commit publicly to being an anti-sexist, anti-misogynistic and anti-racist organisation.", [
                A("14.1", "Publish the Chief Constable's anti-discrimination commitment and embed it in the force Code of Ethics training.",
                  "Chief Constable's Staff Officer", ["Chief Constable's Staff Officer"], None, "2025-02", "G", "green",
                  orig=D(2025, 2), rev=None, prev="G",
                  upd="Statement drafted; awaiting Chief Officer Group sign-off in January 2025."),
            ]),
            ("Recommendation 15: Police forces should give officers and staff a confidential route to report concerns about colleagues' sexual misconduct.", [
                A("15.1", "Relaunch the anonymous online Integrity Line and publicise it through the intranet and team briefings.",
                  "Head of PSD", ["Head of PSD"], None, "2025-01", "R", "red",
                  orig=D(2024, 11), rev=D(2025, 1), prev="A",
                  upd="Procurement of the new provider delayed; the current line remains available but has not been relaunched. Escalated to the DCC."),
                A("15.2", "Report the number and outcome of Integrity Line reports to the Force Integrity and Standards Board.",
                  "Head of PSD", ["Head of PSD"], None, None, "G", "green", end_text="Quarterly",
                  orig="Quarterly", rev=None, prev=None,
                  upd="First quarterly report presented to FISB on 10 October 2024."),
            ]),
        ]),
    ]
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Kent Police – Professional Standards Department"
    cov["A2"].font = Font(italic=True, size=12)
    meta = [("Report published", "29 February 2024"), ("Chief Officer lead", "Deputy Chief Constable"),
            ("Governance", "Force Integrity and Standards Board (FISB)"), ("Version", "1.6"),
            ("Last updated", "14 November 2024"), ("Protective marking", "OFFICIAL")]
    for i, (k, v) in enumerate(meta, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A11"] = "Document control"
    cov["A11"].font = Font(bold=True, size=12)
    hdr_row(cov, 12, ["Version", "Date", "Author", "Summary of changes"], fill="grey")
    dc = [("1.0", dt.datetime(2024, 4, 2), "PSD Business Manager", "First draft following NPCC acceptance of recommendations"),
          ("1.4", dt.datetime(2024, 7, 15), "PSD Business Manager", "Actions 8.1 and 10.1 closed"),
          ("1.6", dt.datetime(2024, 11, 14), "PSD Business Manager", "November update for FISB; revised dates for 1.2, 8.2 and 15.1")]
    for i, row in enumerate(dc, start=13):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A17"] = "RAG key"
    cov["A17"].font = Font(bold=True, size=12)
    key = [("B", "Complete – evidence of implementation accepted by FISB"), ("G", "On track"),
           ("A", "At risk – mitigation in place"), ("R", "Off track – escalation required")]
    for i, (k, v) in enumerate(key, start=18):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)
    cov["A23"] = "Summary of current RAG"
    cov["A23"].font = Font(bold=True, size=12)
    allacts = [a for _, recs in themes for _, acts in recs for a in acts]
    counts = [("Complete (B)", "B"), ("On track (G)", "G"), ("At risk (A)", "A"), ("Off track (R)", "R")]
    for i, (lbl, k) in enumerate(counts, start=24):
        cov.cell(row=i, column=1, value=lbl)
        cov.cell(row=i, column=2, value=sum(1 for a in allacts if a["status_cell"] == k))
    cov.cell(row=28, column=1, value="Total actions").font = Font(bold=True)
    cov.cell(row=28, column=2, value=len(allacts)).font = Font(bold=True)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kent Police | Progress as at 14 November 2024 | OFFICIAL"
    headers = ["Recommendation", "Ref", "Force action", "Action owner", "Original target date",
               "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    hdr_row(ws, 4, headers)
    widths = [48, 7, 52, 26, 13, 13, 10, 10, 60]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 5
    groups = []
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rtext, acts in recs:
            top = r
            for a in acts:
                ws.cell(row=r, column=2, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead_cell"])
                c = ws.cell(row=r, column=5, value=a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    c.number_format = "mmm-yy"
                c = ws.cell(row=r, column=6, value=a["rev"])
                if a["rev"] is not None:
                    c.number_format = "mmm-yy"
                for col, key_ in ((7, a["prev"]), (8, a["status_cell"])):
                    c = ws.cell(row=r, column=col, value=key_)
                    if key_:
                        c.fill = FILL[key_]
                        c.font = Font(bold=True, color="FFFFFF" if key_ in "BR" else "000000")
                    c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9, value=a["upd"])
                for col in range(1, 10):
                    ws.cell(row=r, column=col).border = BOX
                    if col not in (7, 8):
                        ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            ws.cell(row=top, column=1, value=rtext).alignment = WRAP
            if len(acts) > 1:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            groups.append(([theme, rtext], acts))
    r += 1
    ws.cell(row=r, column=1, value=("Note: Recommendations 3–7, 9, 11–13 and 16 are directed to the Home Office, NPCC or "
                                    "College of Policing and are tracked nationally; they are not included in this tracker."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates a police force tracker of its actions on the Angiolini Inquiry Part 1 report (published 29 "
                "February 2024; recommendations to forces accepted by the NPCC in March 2024, with a one-year update in "
                "February 2025), as reported to a force integrity/standards board. Recommendation wording is summarised, "
                "not quoted. Copied features: cover sheet with title, meta block, document-control table, RAG key and a "
                "summary-of-current-RAG totals block; tracker sheet with theme band rows merged across, recommendation "
                "text merged down over its actions, original and revised target dates (mmm-yy), previous and current "
                "RAG letters with fill colours, progress commentary containing other dates, a 'Quarterly' target, and a "
                "closing note about national recommendations."),
        reads=("A Kent Police workbook: a cover sheet (title, document control, RAG key, RAG totals) and a Tracker sheet "
               "listing nine force actions under three themes and six Angiolini recommendations, each with an owner, "
               "original and revised target dates and previous and current RAG. The current RAG is the status and the "
               "revised date, where given, is the end."),
        title=title,
        groups=groups,
    )


# ================================ 4. SFRS East SDA HMFSI action plan (xlsx)
def sfrs_east():
    name = "zsc-sfrs-east-service-delivery-area-hmfsi-inspection-action-plan.xlsx"
    title = "HMFSI Inspection of the Scottish Fire and Rescue Service: East Service Delivery Area – Action Plan"
    D = lambda y, m, d: dt.datetime(y, m, d)
    themes = [
        ("Theme 1: Prevention and Protection", [
            ("Recommendation 1: The SFRS should ensure that Home Fire Safety Visit referrals from partners in the East SDA are prioritised according to risk and completed within target timescales.", [
                A("1.1", "Introduce a risk-based triage of partner Home Fire Safety Visit referrals across all four LSO areas, using the Post Domestic Incident Response criteria.",
                  "Prevention Group Commander (East)", ["Prevention Group Commander (East)"], None, "2024-03", "Complete", "blue",
                  due=D(2024, 3, 31), rev=None, pct=1.0,
                  upd="Triage process live in all LSO areas from 1 March 2024. Action closed at the SDA performance meeting."),
                A("1.2", "Report Home Fire Safety Visit completion times by LSO area to the East SDA performance meeting each quarter.",
                  "East SDA Performance Manager", ["East SDA Performance Manager"], None, "2024-09", "Complete", "blue",
                  due=D(2024, 6, 30), rev=D(2024, 9, 30), pct=1.0,
                  upd="Q1 and Q2 reports presented. Quarterly reporting is now business as usual."),
            ]),
            ("Recommendation 2: The SFRS should increase the number of fire safety audits carried out in high-risk premises in the East SDA to reduce the audit backlog.", [
                A("2.1", "Recruit and train four additional Fire Safety Enforcement Officers for the East SDA.",
                  "Head of Prevention, Protection and Preparedness", ["Head of Prevention, Protection and Preparedness"], None, "2025-03", "Amber", "amber",
                  due=D(2024, 10, 31), rev=D(2025, 3, 31), pct=0.6,
                  upd="Two officers recruited and in training; two posts re-advertised in January 2025."),
            ]),
        ]),
        ("Theme 2: Response", [
            ("Recommendation 3: The SFRS should improve the availability of on-call appliances in the East SDA, particularly in the Scottish Borders and East Lothian.", [
                A("3.1", "Run the on-call recruitment campaign for Scottish Borders and East Lothian stations, with a local open day at each station.",
                  "LSO Midlothian, East Lothian and Scottish Borders", ["LSO Midlothian, East Lothian and Scottish Borders"], None, "2025-03", "Green", "green",
                  due=D(2024, 9, 30), rev=D(2025, 3, 31), pct=0.75,
                  upd="Open days held at 11 stations; 23 trainee on-call firefighters in the recruitment pipeline."),
                A("3.2", "Trial flexible on-call contracts at three stations and evaluate the effect on appliance availability.",
                  "Area Manager Response and Resilience (East)", ["Area Manager Response and Resilience (East)"], None, "2025-02", "Green", "green",
                  due=D(2025, 2, 28), rev=None, pct=0.4,
                  upd="Trial started at Duns, Haddington and Kelso on 4 November 2024."),
            ]),
        ]),
        ("Theme 3: Partnership", [
            ("Recommendation 4: The SFRS should make sure that performance reports to local authority scrutiny committees are consistent across the East SDA.", [
                A("4.1", "Adopt a standard quarterly performance report template for all nine local authority scrutiny committees in the East SDA.",
                  "East SDA Local Senior Officers", ["East SDA Local Senior Officers"], None, "2024-04", "Complete", "blue",
                  due=D(2024, 4, 30), rev=None, pct=1.0,
                  upd="Template agreed with all nine local authorities and in use from April 2024."),
            ]),
        ]),
        ("Theme 4: People", [
            ("Recommendation 5: The SFRS should address the concerns raised in the staff survey about communication between SDA management and station-based staff.", [
                A("5.1", "Hold quarterly DACO station visits and 'East Conversations' engagement sessions, publishing a 'you said, we did' summary after each round.",
                  "DACO East", ["DACO East"], None, None, "Green", "green", end_text="Ongoing",
                  due="Ongoing", rev=None, pct=None,
                  upd="Round 3 of station visits complete; 'you said, we did' summary published on iHub."),
                A("5.2", "Complete an East SDA staff pulse survey and compare the results with the HMFSI survey baseline.",
                  "East SDA HR Business Partner", ["East SDA HR Business Partner"], None, "2024-12", "Red", "red",
                  due=D(2024, 12, 31), rev=None, pct=0.2,
                  upd="Survey design delayed by competing priorities; now scheduled for March 2025."),
            ]),
        ]),
    ]
    allacts = [a for _, recs in themes for _, acts in recs for a in acts]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    meta = [("HMFSI report", "Inspection of the Scottish Fire and Rescue Service: East Service Delivery Area (2024)"), ("Action plan owner", "Deputy Assistant Chief Officer (DACO), East SDA"),
            ("Reporting to", "Service Delivery Committee"), ("Progress update as at", "31 January 2025")]
    for i, (k, v) in enumerate(meta, start=3):
        sm.cell(row=i, column=1, value=k).font = Font(bold=True)
        sm.cell(row=i, column=2, value=v)
    sm["A8"] = "Action status"
    sm["A8"].font = Font(bold=True, size=12)
    hdr_row(sm, 9, ["Status", "Number of actions"], fill="grey")
    for i, k in enumerate(["Complete", "Green", "Amber", "Red"], start=10):
        c = sm.cell(row=i, column=1, value=k)
        c.fill = FILL[{"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[k]]
        sm.cell(row=i, column=2, value=sum(1 for a in allacts if a["status_cell"] == k))
    sm.cell(row=14, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=14, column=2, value=len(allacts)).font = Font(bold=True)
    sm["A16"] = "RAG definitions"
    sm["A16"].font = Font(bold=True, size=12)
    defs = [("Complete", "Action closed with evidence"), ("Green", "On track to meet the due date"),
            ("Amber", "At risk of missing the due date"), ("Red", "Due date missed / action off track")]
    for i, (k, v) in enumerate(defs, start=17):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.column_dimensions["A"].width = 26
    sm.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Scottish Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Action plan owner: DACO East | Update as at 31 January 2025"
    headers = ["Ref", "Action Description", "Action Owner", "Due Date", "Revised Due Date", "% Complete",
               "RAG Status", "Progress Update"]
    hdr_row(ws, 5, headers)
    for j, w in enumerate([8, 60, 30, 12, 14, 11, 11, 60], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 6
    groups = []
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = FILL["navy"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rtext, acts in recs:
            c = ws.cell(row=r, column=1, value=rtext)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = FILL["light"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=2, value=a["action"])
                ws.cell(row=r, column=3, value=a["lead_cell"])
                c = ws.cell(row=r, column=4, value=a["due"])
                if isinstance(a["due"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=5, value=a["rev"])
                if a["rev"] is not None:
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=a["pct"])
                c.number_format = "0%"
                c = ws.cell(row=r, column=7, value=a["status_cell"])
                c.fill = FILL[{"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[a["status_cell"]]]
                ws.cell(row=r, column=8, value=a["upd"])
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            groups.append(([theme, rtext], acts))
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates the SFRS action plan produced in response to HMFSI's 'Inspection of the Scottish Fire and "
                "Rescue Service: East Service Delivery Area' (2024; themes Prevention & Protection, Response, "
                "Partnership, People), of the kind SFRS compiles for every HMFSI report and reports to its Board "
                "committees (HMFSI: 'Officers of the Service compile an action plan for each report we produce'). "
                "Recommendation wording is invented in HMFSI style. Copied features: summary sheet with meta block, "
                "status totals and RAG definitions; action sheet with organisation line, title, owner/update line, "
                "theme band rows and recommendation rows merged across the sheet above their actions, due and revised "
                "due dates (dd/mm/yyyy), % complete, RAG words with fill, progress updates, job titles with commas and "
                "'and' as single owners, and an 'Ongoing' due date."),
        reads=("An SFRS action plan workbook for the HMFSI East SDA inspection: a summary sheet and an Action Plan sheet in "
               "which four theme bands each hold one or two recommendations, each recommendation written across the "
               "sheet above its numbered actions. Each action has an owner, due and revised due dates, % complete and "
               "a RAG status (Complete = blue)."),
        title=title,
        groups=groups,
    )


# ===================== 5. Coventry College PIAP with a mistyped month (xlsx, refuse)
def coventry():
    name = "zsc-coventry-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Coventry College – Post-Inspection Action Plan 2024/25"
    afis = [
        ("AFI 1", "Leaders and managers should ensure that the quality of teaching in adult learning programmes is consistently good, particularly in English and mathematics.", [
            ("1.1", "Introduce fortnightly developmental walkthroughs for all adult English and maths teachers, with coaching from the Teaching and Learning Coaches.", "Head of Adult Learning", "December 2024", "Weekly walkthrough records show at least 85% of sessions at expected standard", "G", "G"),
            ("1.2", "Recruit a specialist maths lead practitioner for adult provision.", "HR Business Partner / Head of Adult Learning", "January 2025", "Post filled; adult maths achievement rises to 80%", "A", "G"),
            ("1.3", "Moderate initial assessments in adult English to ensure learners are placed on the right level of course.", "English Curriculum Manager", "March 2025", "No level changes needed after week 4", "G", "G"),
        ]),
        ("AFI 2", "Leaders should ensure that apprentices receive their entitlement to off-the-job training and that employers contribute fully to progress reviews.", [
            ("2.1", "Audit off-the-job hours for all current apprentices and agree catch-up plans with employers where hours are below the planned level.", "Head of Apprenticeships", "November 2024", "100% of apprentices on track with off-the-job hours", "A", "G"),
            ("2.2", "Introduce tripartite progress reviews every ten weeks with the employer present, recorded on the e-portfolio.", "Apprenticeship Delivery Manager", "Febuary 2025", "95% of reviews include the employer", "R", "A"),
            ("2.3", "Train workplace mentors in setting targets that link on- and off-the-job training.", "Employer Engagement Manager", "April 2025", "All mentors trained; employer survey satisfaction at 90%", "G", "G"),
        ]),
        ("AFI 3", "Teachers should ensure that learners with high needs have clear, measurable targets that are reviewed frequently.", [
            ("3.1", "Rewrite individual learning plans for all high needs learners using EHCP outcomes, with SMART targets reviewed each half term.", "Head of Inclusive Learning", "December 2024", "All ILPs meet the SMART target standard in audit", "G", "G"),
            ("3.2", "Quality assure target setting through termly ILP audits and share findings at curriculum team meetings.", "Quality Manager (Inclusive Learning)", "July 2025", "Audit compliance at 90% or above", "G", "G"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 5–8 March 2024 | Report published: 17 April 2024"
    ws["A3"] = "Plan owner: Vice Principal Quality and Learner Experience | Monitored by: Quality and Standards Committee"
    headers = ["AFI", "Area for improvement (Ofsted report)", "Ref", "Key actions", "Responsible",
               "Completion date", "Success measure / impact", "Autumn review", "Spring review"]
    hdr_row(ws, 5, headers)
    for j, w in enumerate([7, 45, 6, 55, 28, 15, 40, 10, 10], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 6
    typo_row = None
    for code, text, acts in afis:
        top = r
        for ref, act, lead, end, meas, aut, spr in acts:
            vals = [None, None, ref, act, lead, end, meas, aut, spr]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            for col, k in ((8, aut), (9, spr)):
                ws.cell(row=r, column=col).fill = FILL[k]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            if end.startswith("Febuary"):
                typo_row = r
            r += 1
        ws.cell(row=top, column=1, value=code).alignment = WRAP
        ws.cell(row=top, column=2, value=text).alignment = WRAP
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track / achieved; A = some concerns; R = significant concerns – escalate to SLT")
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates an FE college post-inspection action plan (PIAP) built on the 'What does the provider need to "
                "do to improve?' points of an Ofsted further education and skills report, as colleges publish for their "
                "quality committees. Copied features: title, inspection and owner lines, AFI code and AFI text merged "
                "down over numbered key actions, responsible post(s), completion month written in words, success "
                "measure, and two review columns (autumn and spring) with RAG letters and fills, followed by a RAG key."),
        reads=(f"A Coventry College PIAP with three Ofsted areas for improvement and eight actions. On sheet row {typo_row} "
               "(action 2.2) the completion date reads 'Febuary 2025', a mistyped month, so a careful reader stops there "
               "and asks rather than guessing the date."),
        title=title,
        outcome="refuse",
        refuse_at=typo_row,
    )
    return typo_row


# ================================= 6. West Kent PDU HMIP action plan (csv)
def west_kent():
    name = "zsc-probation-service-west-kent-pdu-hmip-inspection-action-plan.csv"
    s_pdu = "Recommendations for West Kent PDU"
    s_reg = "Recommendations for the Kent, Surrey and Sussex region"
    recs = [
        (s_pdu, "1. improve the quality of work to assess, plan for, manage and review risk of harm, making full use of domestic abuse and safeguarding information", "Agreed", [
            A("1.1", "Deliver risk of serious harm refresher workshops for all probation practitioners, led by the PDU Quality Development Officers.",
              "Head of West Kent PDU", ["Head of West Kent PDU"], "30/06/2025", "2025-06", "Complete", "blue",
              upd="Workshops delivered to 94% of practitioners between April and June 2025."),
            A("1.2", "Introduce monthly SPO case audits using the inspection case assessment tool, with findings reported to the PDU quality and performance meeting.",
              "SPOs / Quality Development Officer", ["SPOs", "Quality Development Officer"], "Ongoing", None, "On track", "green", end_text="Ongoing",
              upd="Monthly audits in place since May 2025; results reported to the PDU quality meeting."),
        ]),
        (s_pdu, "2. ensure that domestic abuse call-out information and children's social care checks are requested and analysed at the start of every order or licence", "Agreed", [
            A("2.1", "Agree a revised information-sharing protocol with Kent Police and Medway Council children's services for domestic abuse and safeguarding enquiries.",
              "Head of West Kent PDU / Kent Police DA Lead", ["Head of West Kent PDU", "Kent Police DA Lead"], "Sep-25", "2025-09", "At risk", "amber",
              upd="Draft protocol agreed with Kent Police; Medway children's services sign-off awaited."),
        ]),
        (s_pdu, "3. improve workload management so that practitioners and middle managers have the capacity to deliver a good-quality service", "Partly Agreed", [
            A("3.1", "Apply the Probation Reset workload measures and review caseload allocation weekly at the PDU resourcing meeting.",
              "Deputy Head of PDU", ["Deputy Head of PDU"], "Q2 2025/26", "2025-09", "On track", "green", end_text="Q2 2025/26",
              upd="Reset measures applied; average caseload reduced from 58 to 49 cases."),
            A("3.2", "Recruit to all vacant Probation Services Officer and administrator posts in the Maidstone and Medway offices.",
              "Head of West Kent PDU", ["Head of West Kent PDU"], "31/12/2025", "2025-12", "Off track", "red",
              upd="Six PSO vacancies remain after two recruitment rounds; escalated to the regional workforce board."),
        ]),
        (s_reg, "4. make sure that Commissioned Rehabilitative Services are available in every West Kent office and that referral rates are monitored", "Agreed", [
            A("4.1", "Review CRS referral data by office each quarter and address low referral rates with providers at contract management meetings.",
              "Regional Head of Commissioning", ["Regional Head of Commissioning"], "By 30 September 2025", "2025-09", "Not started", "unrated",
              upd="Not yet started – awaiting the regional CRS dashboard."),
        ]),
        (s_reg, "5. provide enough Professional Qualification in Probation (PQiP) places for the PDU to reach its target staffing level", "Agreed", [
            A("5.1", "Allocate an additional six PQiP places to West Kent in the 2025/26 intake.",
              "Regional Probation Director", ["Regional Probation Director"], "Nov-25", "2025-11", "Complete", "blue",
              upd="Six additional PQiP places confirmed for the November 2025 intake."),
        ]),
    ]
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 8
    pad = lambda row: row + [""] * (ncol - len(row))
    w.writerow(pad(["Action Plan: West Kent Probation Delivery Unit (PDU)"]))
    w.writerow(pad(["A Response to the HM Inspectorate of Probation Inspection Report (published February 2025)"]))
    w.writerow(pad(["Action plan submitted: 14 April 2025", "", "", "Progress update: October 2025"]))
    w.writerow(pad([]))
    w.writerow(["Ref", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner",
                "Target Date", "Status", "Progress Update"])
    groups = []
    cur = None
    for section, rtext, agreed, acts in recs:
        if section != cur:
            w.writerow(pad([section]))
            cur = section
        for a in acts:
            w.writerow([a["ref"], rtext, agreed, a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["upd"]])
        groups.append(([section, rtext], acts))
    w.writerow(pad([]))
    w.writerow(pad(["Status key: Complete / On track / At risk / Off track / Not started"]))
    w.writerow(pad(["Recommendations 6 and 7 are addressed to HM Prison and Probation Service nationally and are monitored through the national action plan."]))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates an HMPPS action plan responding to an HM Inspectorate of Probation PDU inspection (template "
                "'Action Plan: [name of CRC or NPS Division] – A Response to the HMI Probation Inspection Report', copy "
                "on docsbay.net), for the West Kent PDU inspection rated 'Requires improvement' (HMI Probation news "
                "release 'West Kent PDU rated as Requires improvement'), kept as a tracker and exported to CSV. "
                "Recommendation wording is invented in HMI Probation style (lower-case after 'should'). Copied "
                "features: title and response lines padded with commas, submitted/progress line, section rows for PDU "
                "and regional recommendations, recommendation text repeated on every action row (list export), "
                "Agreed / Partly Agreed column, owners joined with '/', target dates in several forms (dd/mm/yyyy, "
                "Sep-25, Q2 2025/26, By ..., Ongoing), status words and a status key and note at the foot."),
        reads=("A CSV export of the West Kent PDU action plan: after three title lines, two section rows (PDU and region) "
               "introduce five numbered recommendations, each repeated on the rows of its one or two actions with an "
               "owner, target date, status word and progress update. Statuses read Complete (blue), On track (green), "
               "At risk (amber), Off track (red), Not started (unrated)."),
        title="Action Plan: West Kent Probation Delivery Unit (PDU)",
        groups=groups,
    )


# ================================ 7. Taunton School ISI action plan (txt, TSV)
def taunton():
    name = "zsc-taunton-school-isi-inspection-action-plan.txt"
    sections = [
        ("Safeguarding",
         "The school must ensure that the single central record of appointments is complete and that all required pre-appointment checks are recorded before staff start work.", [
            A("AP1.1", "Complete a full audit of the single central record against personnel files and correct every omission.",
              "Bursar", ["Bursar"], "30/04/2025", "2025-04", "B", "blue", gov="Safeguarding governor",
              ev="Audit completed 24 April 2025; 17 omissions corrected and verified by the Chair."),
            A("AP1.2", "Introduce a pre-start checklist signed off by the Director of HR before any new member of staff begins work.",
              "Director of HR", ["Director of HR"], "Summer term 2025", "2025-07", "B", "blue", end_text="Summer term 2025", gov="Safeguarding governor",
              ev="Checklist in use for all appointments from May 2025."),
            A("AP1.3", "Commission an external safeguarding review of recruitment files.",
              "Head / Chair of Governors", ["Head", "Chair of Governors"], "Sept 2025", "2025-09", "G", "green", gov="Chair",
              ev="Reviewer appointed; visit booked for early September."),
        ]),
        ("Quality of education, training and recreation",
         "Leaders should ensure that the assessment policy is applied consistently across departments so that feedback helps pupils understand how to improve.", [
            A("NS1.1", "Run INSET on effective feedback and share exemplars from each department on the staff portal.",
              "RJH", ["RJH"], "Autumn term 2025", "2025-12", "G", "green", end_text="Autumn term 2025", gov="Education governor",
              ev="INSET planned for September training day."),
            A("NS1.2", "Heads of department to carry out book looks each half term and report findings to the Academic Committee.",
              "RJH / Heads of Department", ["RJH", "Heads of Department"], "Termly", None, "G", "green", end_text="Termly", gov="Education governor",
              ev="First cycle of book looks completed in June."),
        ]),
        ("Pupils' physical and mental health and emotional wellbeing",
         "Leaders should strengthen the analysis of pastoral and behaviour records so that patterns of low-level poor behaviour are identified and addressed promptly.", [
            A("NS2.1", "Move all boarding and day pastoral records onto a single CPOMS category structure and train tutors and houseparents.",
              "SEW", ["SEW"], "31/08/2025", "2025-08", "A", "amber", gov="Pastoral governor",
              ev="Category structure agreed; houseparent training delayed to the start of term."),
            A("NS2.2", "Produce a half-termly pastoral trends report for SLT and the safeguarding governor.",
              "SEW & KDL", ["SEW", "KDL"], "Dec 2025", "2025-12", "G", "green", gov="Pastoral governor",
              ev="Report template drafted."),
        ]),
        ("Pupils' social and economic education and contribution to society",
         "Leaders should develop the careers programme in the Prep School and the lower years of the Senior School so that younger pupils gain an early understanding of their future options.", [
            A("NS3.1", "Appoint a careers lead for Years 5–9 and map careers learning into the PSHE schemes of work.",
              "Head of Careers", ["Head of Careers"], "Summer term 2026", "2026-07", "A", "amber", end_text="Summer term 2026", gov="Education governor",
              ev="Budget for the post to be confirmed at the Finance Committee."),
        ]),
    ]
    lines = [
        "Taunton School – ISI Inspection Action Plan",
        "Routine inspection under the ISI framework, March 2025 – action points and recommended next steps",
        "Prepared for the Education Committee of the Board of Governors, June 2025",
        "",
    ]
    cols = ["Ref", "ISI finding", "Action", "Lead", "Link governor", "Deadline", "RAG", "Evidence of impact"]
    n = len(cols)
    lines.append("\t".join(cols))
    groups = []
    for sec, finding, acts in sections:
        lines.append("\t".join([sec] + [""] * (n - 1)))
        for i, a in enumerate(acts):
            lines.append("\t".join([a["ref"], finding if i == 0 else "", a["action"], a["lead_cell"], a["gov"],
                                    a["end_cell"], a["status_cell"], a["ev"]]))
        groups.append(([sec, finding], acts))
    lines.append("")
    lines.append("RAG: B = complete; G = on track; A = some slippage; R = not on track")
    lines.append("Leads: RJH = Deputy Head (Academic); SEW = Deputy Head (Pastoral); KDL = Director of Boarding")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates an independent school's post-inspection action plan following an ISI routine inspection under "
                "the September 2023 framework (reports give 'action points' for unmet Standards and 'recommended next "
                "steps' under the framework's sections), kept by the school for its governors and saved as tab-separated "
                "text. Copied features: three title/context lines, header row, section rows named after ISI report "
                "sections, the ISI finding written only on the first row of its actions (continuation rows blank), "
                "initials and posts as leads with a separate 'Link governor' column, term/date/'Termly' deadlines, "
                "B/G/A/R letters, and a RAG key and initials key at the foot."),
        reads=("A tab-separated action plan for Taunton School after its ISI inspection: under four ISI report sections, "
               "one finding each (the action point on the single central record, then three recommended next steps), "
               "answered by eight referenced actions with a lead, a deadline and a RAG letter (B = complete). The link "
               "governor is not the lead."),
        title="Taunton School – ISI Inspection Action Plan",
        groups=groups,
    )


if __name__ == "__main__":
    hmp_risley()
    thornham()
    kent_police()
    sfrs_east()
    row = coventry()
    west_kent()
    taunton()
    print("built; coventry typo row", row)
