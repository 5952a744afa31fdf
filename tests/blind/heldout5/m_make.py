"""Generate the m-* blind cases (3 docx, 3 xlsx) and their expected readings.
Run: /work/main/.venv/bin/python m_make.py  (writes beside this script)."""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ----------------------------------------------------------------- helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def put(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def act(ref, under, action, lead, end, status, end_text=None, **extra):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    d.update(extra)
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    import re
    if "\n" in data or re.fullmatch(r"\d{4}-\d{2}", data) or re.fullmatch(r"[\d.]+", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if meta["outcome"] == "read":
        doc["actions"] = [{k: v for k, v in a.items() if not k.startswith("_")} for a in actions]
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


# =================================================================== 1 JTAI
def make_jtai():
    name = "m-jtai-neglect-partnership.docx"
    title = "JTAI Partnership Action Plan: Multi-agency Response to Children Experiencing Neglect"
    A1 = ("Area for improvement 1: The timeliness and quality of strategy discussions, including "
          "the consistent attendance of health professionals.")
    A2 = ("Area for improvement 2: Practitioners’ recognition of the cumulative impact of chronic "
          "neglect, and the use of the neglect toolkit to inform assessment and planning.")
    A3 = ("Area for improvement 3: Timely sharing of information with schools and GPs about children "
          "subject to child protection enquiries.")
    A4 = ("Area for improvement 4: Leaders’ oversight of the multi-agency response to neglect through "
          "shared performance information.")
    # (ref, under, action, lead cell, police, health, la, timescale cell, rag, expected lead, end, end_text)
    rows = [
        (A1, None),
        ("1.1", "Agree and publish a revised multi-agency strategy discussion protocol setting out "
         "attendance expectations for police, health and children’s social care.",
         "Head of Service – Children in Need and Child Protection", "✓", "✓", "✓", "30.09.24", "blue",
         ["Head of Service – Children in Need and Child Protection"], "2024-09", None),
        ("1.2", "Establish a daily health rota so that a safeguarding nurse is available to attend every "
         "strategy discussion held in the MASH.",
         "Designated Nurse Safeguarding Children", "", "✓", "", "By end of Q2 2024/25", "green",
         ["Designated Nurse Safeguarding Children"], "2024-09", "By end of Q2 2024/25"),
        ("1.3", "Jointly audit a sample of ten strategy discussions each month, feeding findings back to "
         "MASH managers and the Quality Assurance Subgroup.",
         "Detective Chief Inspector, Public Protection Unit / Service Manager – MASH", "✓", "", "✓",
         "Monthly", "amber",
         ["Detective Chief Inspector, Public Protection Unit", "Service Manager – MASH"], None, "Monthly"),
        (A2, None),
        ("2.1", "Deliver Graded Care Profile 2 (GCP2) training to 300 practitioners across the partnership.\n"
         "Priority groups: health visitors, school designated safeguarding leads and neighbourhood policing teams.",
         "Partnership Business Manager", "✓", "✓", "✓", "Sept 2024 – March 2025", "green",
         ["Partnership Business Manager"], "2025-03", "Sept 2024 – March 2025"),
        ("2.2", "Embed the GCP2 outcome in health visiting and school nursing records so that it is visible "
         "at every contact.",
         "Named Nurse, 0–19 Service", "", "✓", "", "31.03.25", "amber",
         ["Named Nurse, 0–19 Service"], "2025-03", None),
        ("2.3", "Add neglect indicators to the police Vulnerability Assessment (PVA) and require officers "
         "attending domestic incidents to record what each child said and how the home presented.",
         "Chief Inspector – Safeguarding", "✓", "", "", "December 2024", "red",
         ["Chief Inspector – Safeguarding"], "2024-12", None),
        ("2.4", "Revise the children’s social care neglect pathway so that every assessment of a child open "
         "for more than 12 months includes an analysed chronology.",
         "Principal Social Worker", "", "", "✓", "Jan-25", "green",
         ["Principal Social Worker"], "2025-01", None),
        (A3, None),
        ("3.1", "Send Operation Encompass notifications to schools before the start of the next school day, "
         "including after weekend and holiday incidents.",
         "Detective Inspector, MASH", "✓", "", "✓", "31.10.24", "blue",
         ["Detective Inspector, MASH"], "2024-10", None),
        ("3.2", "Invite GP practices to all initial child protection conferences at least five working days "
         "in advance and ask for a written report.",
         "Named GP for Safeguarding Children", "", "✓", "", "By end of Q3 2024/25", "amber",
         ["Named GP for Safeguarding Children"], "2024-12", "By end of Q3 2024/25"),
        ("3.3", "Issue guidance to schools on what to share with the MASH when a child is subject to "
         "section 47 enquiries.",
         "Education Safeguarding Lead", "", "", "✓", "Nov 2024", "green",
         ["Education Safeguarding Lead"], "2024-11", None),
        (A4, None),
        ("4.1", "Develop a multi-agency neglect dataset, reported quarterly to the Safeguarding Partnership "
         "Executive.",
         "Partnership Business Manager & Head of Performance", "✓", "✓", "✓", "31.03.25", "amber",
         ["Partnership Business Manager", "Head of Performance"], "2025-03", None),
        ("4.2", "Hold practitioner learning events every six months to test whether the changes are "
         "making a difference for children.",
         "Independent Scrutineer", "✓", "✓", "✓", "Ongoing", None,
         ["Independent Scrutineer"], None, "Ongoing"),
    ]

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Wrexley Safeguarding Children Partnership – Wrexley Council, Wrexley & Dale "
                      "Integrated Care Board and Midshire Police")
    doc.add_paragraph("Inspection fieldwork: 10–14 June 2024. Letter published: 22 July 2024.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        put(c, h, bold=True)
    for v in [("0.3", "02/08/2024", "Partnership Business Manager", "Draft for Executive"),
              ("1.0", "29/08/2024", "Partnership Business Manager", "Submitted to Ofsted"),
              ("1.2", "06/01/2025", "Business Support Officer", "Quarter 3 update")]:
        r = dc.add_row()
        for c, t in zip(r.cells, v):
            put(c, t)

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (t, col) in zip(key.rows[0].cells, [("Off track", "red"), ("At risk", "amber"),
                                               ("On track", "green"), ("Complete", "blue")]):
        put(c, t)
        shade(c, RAG_HEX[col])

    doc.add_paragraph()
    doc.add_paragraph("Partner agencies involved in each action are ticked.")
    hdr = ["Ref", "Action", "Lead officer", "Police", "Health", "LA", "Timescale", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        put(c, h, bold=True)
        shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    actions = []
    cur = None
    for row in rows:
        r = t.add_row()
        if row[1] is None:
            cur = row[0]
            m = r.cells[0].merge(r.cells[-1])
            put(m, cur, bold=True)
            shade(m, "DEEAF6")
            continue
        ref, action, leadcell, po, he, la, ts, rag, lead, end, end_text = row
        for c, v in zip(r.cells, [ref, action, leadcell, po, he, la, ts, ""]):
            put(c, v)
        if rag:
            shade(r.cells[7], RAG_HEX[rag])
        actions.append(act(ref, [cur], action, lead, end, rag or "unrated", end_text))
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the safeguarding partners: Director of Children’s Services; "
                      "Chief Nurse, Wrexley & Dale ICB; Detective Chief Superintendent, Midshire Police.")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates post-JTAI (neglect deep dive) partnership action plans published by local "
                   "safeguarding partnerships (e.g. Medway 2018 JTAI response plan; Leeds/Sandwell neglect "
                   "JTAI pages). Copied: areas for improvement as merged full-width rows, agency tick columns "
                   "(Police/Health/LA), RAG shown only by cell shading, a document-control table and a "
                   "coloured RAG key table before the plan, job-title leads with commas and en dashes, "
                   "dates as 30.09.24 and financial quarters."),
        "reads": ("A three-agency JTAI action plan: four areas for improvement, each a shaded full-width row, "
                  "with 12 numbered actions beneath. The Police/Health/LA columns only tick which agencies "
                  "take part; the lead is the Lead officer column. RAG is a coloured cell with no words "
                  "(4.2 has no colour yet)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ==================================================================== 2 SCP
def make_scp():
    name = "m-scp-business-plan-2024-26.docx"
    title = "Hartmoor Safeguarding Children Partnership Business Plan 2024–2026"
    plan = [
        ("P1 Neglect: children living with neglect are identified early and get the right help", [
            ("O1.1 Practitioners across the partnership recognise and respond to neglect earlier", [
                ("A1.1.1", "Relaunch the Neglect Strategy and practitioner toolkit with a briefing for every "
                 "agency.", "Lead: Neglect Subgroup Chair", ["Neglect Subgroup Chair"],
                 "Autumn term 2024", "Complete", "2024-12", "Autumn term 2024", "blue"),
                ("A1.1.2", "Train school designated safeguarding leads in using the Graded Care Profile 2.\n"
                 "Target: every maintained school and academy to have at least one trained DSL.",
                 "Lead: Harper, Joanne", ["Harper, Joanne"],
                 "Spring term 2025", "On track", "2025-04", "Spring term 2025", "green"),
            ]),
            ("O1.2 Children experiencing neglect have plans that make a difference quickly", [
                ("A1.2.1", "Introduce a multi-agency audit of children on child protection plans for neglect "
                 "for more than 12 months.", "Lead: Head of Quality Assurance and Safeguarding",
                 ["Head of Quality Assurance and Safeguarding"],
                 "31.03.25", "Delayed", "2025-03", None, "amber"),
                ("A1.2.2", "Include dental and optical health in all neglect reviews for school-age children.",
                 "Lead: Designated Doctor / Head of Early Help", ["Designated Doctor", "Head of Early Help"],
                 "Summer term 2025", "Not started", "2025-07", "Summer term 2025", "unrated"),
                ("A1.2.3", "Publish a one-minute guide on escalation when neglect plans drift.",
                 "Lead: Partnership Business Manager", ["Partnership Business Manager"],
                 "November 2024", "Complete", "2024-11", None, "blue"),
            ]),
        ]),
        ("P2 Exploitation and extra-familial harm: young people are safer in their communities", [
            ("O2.1 Partners share intelligence about places and people that pose a risk", [
                ("A2.1.1", "Hold a monthly contextual safeguarding meeting chaired by police and children’s "
                 "social care.", "Lead: Detective Superintendent Public Protection",
                 ["Detective Superintendent Public Protection"],
                 "Monthly", "On track", None, "Monthly", "green"),
                ("A2.1.2", "Map hotspots identified through return home interviews and share them with "
                 "community safety and transport partners.", "Lead: Okafor, Daniel", ["Okafor, Daniel"],
                 "By end of Q2 2025/26", "Off track", "2025-09", "By end of Q2 2025/26", "red"),
                ("A2.1.3", "Agree an information sharing agreement with the two local further education "
                 "colleges.", None, [],
                 "Jan-25", "Complete", "2025-01", None, "blue"),
            ]),
            ("O2.2 Young people at risk of exploitation have a trusted adult", [
                ("A2.2.1", "Commission a detached youth work offer in the three priority wards.",
                 "Lead: Head of Service – Adolescent Support", ["Head of Service – Adolescent Support"],
                 "31.07.25", "Delayed", "2025-07", None, "amber"),
                ("A2.2.2", "Extend the Navigator programme to the hospital emergency department at weekends.",
                 "Lead: Named Nurse Safeguarding, Hartmoor Hospitals", ["Named Nurse Safeguarding, Hartmoor Hospitals"],
                 "March 2026", "Not started", "2026-03", None, "unrated"),
            ]),
        ]),
        ("P3 Learning and improvement: we learn from practice and from children’s experiences", [
            ("O3.1 Learning from reviews changes practice", [
                ("A3.1.1", "Track every recommendation from rapid reviews and child safeguarding practice "
                 "reviews on a single tracker reported to the Executive.",
                 "Lead: Learning and Review Subgroup Chair", ["Learning and Review Subgroup Chair"],
                 "Ongoing", "On track", None, "Ongoing", "green"),
                ("A3.1.2", "Run 7-minute briefings on each published review within six weeks of publication.",
                 "Lead: Training Coordinator", ["Training Coordinator"],
                 "Sept 2024 – Aug 2025", "On track", "2025-08", "Sept 2024 – Aug 2025", "green"),
            ]),
            ("O3.2 The voices of children and families shape the work of the partnership", [
                ("A3.2.1", "Establish a young people’s safeguarding panel that reviews the partnership’s "
                 "priorities each year.", "Lead: Participation Manager", ["Participation Manager"],
                 "Summer term 2025", "Delayed", "2025-07", "Summer term 2025", "amber"),
                ("A3.2.2", "Report what children told us in the Annual Report.",
                 "Lead: Independent Scrutineer & Partnership Business Manager",
                 ["Independent Scrutineer", "Partnership Business Manager"],
                 "September 2025", "Not started", "2025-09", None, "unrated"),
            ]),
        ]),
    ]
    fill_for = {"Complete": "BDD7EE", "On track": "C6EFCE", "Delayed": "FFEB9C", "Off track": "FFC7CE"}

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("This plan sets out what the three safeguarding partners – Hartmoor Council, NHS "
                      "Hartmoor Integrated Care Board and Northvale Police – will do over the next two years. "
                      "Each priority has objectives, and each objective has actions with a lead and a "
                      "timescale. Progress is reported to the Executive every quarter.")
    doc.add_paragraph("Progress key: Complete (blue) | On track (green) | Delayed (amber) | Off track (red) | "
                      "Not started (no colour)")
    hdr = ["Ref", "What we will do", "By when", "Progress"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        put(c, h, bold=True)
        shade(c, "1F3864")
    repeat_header(t.rows[0])
    actions = []
    for ptxt, objs in plan:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        put(m, ptxt, bold=True)
        shade(m, "8EAADB")
        for otxt, acts in objs:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[-1])
            put(m, otxt, bold=True)
            shade(m, "D9E2F3")
            for ref, action, leadline, lead, when, prog, end, end_text, status in acts:
                r = t.add_row()
                put(r.cells[0], ref)
                put(r.cells[1], action + ("\n" + leadline if leadline else ""))
                put(r.cells[2], when)
                put(r.cells[3], prog)
                if prog in fill_for:
                    shade(r.cells[3], fill_for[prog])
                actions.append(act(ref, [ptxt, otxt], action, lead, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Approved by the Safeguarding Partnership Executive, 12 September 2024.")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates local safeguarding children partnership business plans (e.g. Herefordshire SCB "
                   "Business Plan 2013-14, Plymouth Safeguarding Adult Partnership Business Plan 2021-24, "
                   "North Wales Safeguarding Board strategic plan) which nest strategic priorities > "
                   "objectives/aims > actions. Copied: P1 / O1.2 / A1.2.3 numbering, priority and objective as "
                   "merged shaded rows, lead given as a 'Lead: ...' line inside the action cell (no lead "
                   "column), school-term timescales, progress words with a key that defines Delayed."),
        "reads": ("A two-year partnership business plan with three priorities, each split into two objectives, "
                  "with 14 actions (A-refs) under the objectives. A person reads each action under its "
                  "priority and its objective; the last line of each action cell names its lead (A2.1.3 has "
                  "none). Progress is a word per the key: Delayed = amber, Complete = blue, Not started = "
                  "unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ==================================================== 3 council, two-row actions
def make_council():
    name = "m-council-improvement-progress-rows.docx"
    title = "Children’s Services Improvement Plan – ILACS 2024"
    R1 = ("Recommendation 1: The quality and consistency of management oversight and supervision, so that "
          "plans for children progress without delay.")
    R2 = ("Recommendation 2: The timeliness of assessments and plans for disabled children.")
    R3 = ("Recommendation 3: Placement sufficiency and the stability of placements for children in care.")
    R4 = ("Recommendation 4: The quality of pathway plans and the support offered to care leavers aged 21 "
          "and over.")
    items = [
        (R1,),
        ("1.1", "Revise the supervision policy and template so that every supervision records the child’s "
         "plan, progress since last supervision and the manager’s direction.", "Whitfield, Anna",
         "31/10/24 revised to 31/01/25", "A",
         "Policy drafted; template tested in two teams. Slipped to allow consultation with staff.",
         ["Whitfield, Anna"], "2025-01", None, "amber"),
        ("1.2", "Team managers audit two supervision records per practitioner each quarter; findings reported "
         "to the Practice Improvement Board.", "Head of Service – Children in Need / Principal Social Worker",
         "Q4 2024/25", "G", "First quarter of audits completed: 78% rated good or better.",
         ["Head of Service – Children in Need", "Principal Social Worker"], "2025-03", "Q4 2024/25", "green"),
        ("1.3", "Deliver a management development programme for all team and practice managers.",
         "Workforce Development Manager", "Mar-25", "Complete",
         "Programme completed by 24 of 26 managers; remaining two booked on next cohort.",
         ["Workforce Development Manager"], "2025-03", None, "blue"),
        (R2,),
        ("2.1", "Move the disabled children’s team assessment process onto the single assessment framework "
         "with a 45 working day timescale.", "Service Manager (Children with Disabilities)",
         "31/12/2024", "Complete", "Live from 2 December.",
         ["Service Manager (Children with Disabilities)"], "2024-12", None, "blue"),
        ("2.2", "Weekly performance clinic on overdue assessments for disabled children.",
         "Service Manager (Children with Disabilities)", "w/c 13/01/25", "G",
         "Clinics running; overdue assessments down from 31 to 9.",
         ["Service Manager (Children with Disabilities)"], "2025-01", None, "green"),
        (R3,),
        ("3.1", "Publish a refreshed Sufficiency Strategy 2025–2028 with a commissioning plan for local "
         "residential and foster placements.", "Head of Commissioning – Children and Families",
         "End of June 2025", "R",
         "Delayed: market analysis not yet complete. Escalated to DCS.",
         ["Head of Commissioning – Children and Families"], "2025-06", None, "red"),
        ("3.2", "Launch a fostering recruitment campaign targeting carers for teenagers and sibling groups.\n"
         "Target: 20 new fostering households by March 2025.", "Kaur, Simran",
         "31/03/2025", "A", "11 households approved to date; campaign relaunched in January.",
         ["Kaur, Simran"], "2025-03", None, "amber"),
        ("3.3", "Hold placement stability meetings for any child who has had two placement moves in 12 "
         "months.", "Head of Service – Children in Care", "Ongoing", "G",
         "Meetings embedded; 14 held this quarter.",
         ["Head of Service – Children in Care"], None, "Ongoing", "green"),
        (R4,),
        ("4.1", "Review every pathway plan for care leavers aged 21–25 with the young person.",
         "Team Manager, Leaving Care", "30/04/2025", "A",
         "112 of 164 reviewed.",
         ["Team Manager, Leaving Care"], "2025-04", None, "amber"),
        ("4.2", "Agree a local offer for care leavers aged 21+ including council tax exemption to age 25.",
         "Ellis, Mark and Head of Service – Children in Care", "Jul-25", "",
         "Not started – awaiting budget decision.",
         ["Ellis, Mark", "Head of Service – Children in Care"], "2025-07", None, "unrated"),
    ]
    rag_fill = {"R": "FF0000", "A": "FFC000", "G": "00B050", "Complete": "0070C0"}

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Northbury Borough Council – response to the Ofsted inspection of local authority "
                      "children’s services (ILACS), September 2024. Overall effectiveness: Requires "
                      "improvement to be good.")
    doc.add_paragraph("Each action is followed by a progress update row. Updated: February 2025.")
    hdr = ["Ref", "Action", "Lead", "Due date", "RAG"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"

    def header_row(row):
        for c, h in zip(row.cells, hdr):
            put(c, h, bold=True)
            shade(c, "C9C9C9")

    header_row(t.rows[0])
    repeat_header(t.rows[0])
    actions = []
    cur = None
    n_actions = 0
    for it in items:
        if len(it) == 1:
            # header repeated physically where each printed page began in the source
            if it[0] in (R3,):
                header_row(t.add_row())
            cur = it[0]
            r = t.add_row()
            m = r.cells[0].merge(r.cells[-1])
            put(m, cur, bold=True)
            shade(m, "FBE4D5")
            continue
        ref, action, leadcell, due, rag, prog, lead, end, end_text, status = it
        if ref == "4.1" or ref == "2.2":
            header_row(t.add_row())
        r = t.add_row()
        for c, v in zip(r.cells, [ref, action, leadcell, due, rag]):
            put(c, v)
        if rag in rag_fill:
            shade(r.cells[4], rag_fill[rag])
        r2 = t.add_row()
        put(r2.cells[0], "Progress update", bold=True)
        m = r2.cells[1].merge(r2.cells[4])
        put(m, prog)
        shade(m, "F2F2F2")
        actions.append(act(ref, [cur], action, lead, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Key: R = off track, A = some slippage, G = on track, Complete = action complete.")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates council children's services improvement plans after an ILACS 'requires "
                   "improvement' judgement that are pasted from PDF into Word, where each action is followed "
                   "by a grey 'Progress update' row and the table header recurs where each printed page began. "
                   "Copied: recommendations as merged rows, 'Surname, Forename' leads, 'original revised to "
                   "new' dates, w/c dates, RAG letters with fill, 'Complete' in the RAG column."),
        "reads": ("Ten actions under four recommendations. Each action row has a 'Progress update' row "
                  "beneath it, which is commentary, not an action; the header row 'Ref | Action | Lead | Due "
                  "date | RAG' appears again three times mid-table. 1.1's due date was revised to 31/01/25; "
                  "4.2 has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ================================================== xlsx helpers
def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


# ============================================== 4 fostering monitoring visit (refuse)
def make_fostering():
    name = "m-fostering-monitoring-visit.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Fostering Service – Ofsted Monitoring Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Monitoring visit: 4–5 March 2025   |   Plan owner: Registered Manager, Fostering Service"
    hdr = ["No.", "Requirement / shortfall identified", "Action", "Lead", "Target date", "% complete", "RAG"]
    ws.append([])
    ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = BOLD
        c.fill = xfill("D9D9D9")
    groups = [
        ("Requirement 1: Foster carers’ annual reviews are not completed within timescales "
         "(Fostering Services Regulations 2011, reg 28).", [
            ("1", "Produce a tracker of all carer reviews due in the next 12 months and share it weekly with "
             "supervising social workers.", "Okonkwo, Grace", dt.datetime(2025, 4, 30), "Complete", "blue"),
            ("2", "Clear the backlog of 17 overdue annual reviews.", "Okonkwo, Grace",
             "30.O6.25", "60%", "amber"),
            ("3", "Independent reviewing officer to chair all reviews where a standard of care concern has been "
             "raised.", "Independent Reviewing Officer", dt.datetime(2025, 5, 31), "Complete", "blue"),
        ]),
        ("Requirement 2: Unannounced visits to foster homes are not taking place at least annually.", [
            ("4", "Schedule an unannounced visit to every fostering household and record it on the child’s and "
             "carer’s files.", "Team Manager – Supervising Social Work", "Sept 2025", "40%", "green"),
            ("5", "Add unannounced visits to the monthly performance report.", "Performance Officer",
             dt.datetime(2025, 4, 30), "Complete", "blue"),
        ]),
        ("Shortfall: Safer caring plans are not updated when a new child is placed.", [
            ("6", "Update the safer caring plan template and issue guidance to supervising social workers.",
             "Practice Lead, Fostering", "By end of Q1 2025/26", "80%", "green"),
            ("7", "Audit 20 safer caring plans and report findings to the fostering panel.",
             "Quality Assurance Manager", dt.datetime(2025, 7, 31), "0%", None),
            ("8", "Deliver safer caring training for all foster carers.", "Training Officer",
             "Ongoing", "25%", "amber"),
        ]),
        ("Shortfall: Fostering panel minutes do not record the reasons for recommendations.", [
            ("9", "Panel chair to agree a minute template that records the rationale for every "
             "recommendation.", "Fostering Panel Chair", dt.datetime(2025, 5, 31), "Complete", "blue"),
            ("10", "Agency decision maker to quality assure panel minutes each month.",
             "Agency Decision Maker", "Monthly", "50%", "green"),
        ]),
    ]
    row = 5
    for req, acts in groups:
        start = row
        for ref, action, lead, target, pct, rag in acts:
            ws.cell(row, 1, ref)
            ws.cell(row, 3, action)
            ws.cell(row, 4, lead)
            c = ws.cell(row, 5, target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row, 6, pct)
            if rag:
                ws.cell(row, 7).fill = xfill(RAG_HEX[rag])
            row += 1
        ws.cell(start, 2, req)
        if row - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row, 1, "RAG: red = not started / off track; amber = in progress with concerns; green = in "
                    "progress; blue = complete")
    for col, w in zip("ABCDEFG", [6, 45, 60, 32, 14, 12, 8]):
        ws.column_dimensions[col].width = w
    for r in ws.iter_rows(min_row=5, max_row=row):
        for c in r:
            c.alignment = WRAP
    wb.save(os.path.join(OUT, name))
    # the mistyped date is on action 2: sheet row 6
    write_expected(name, {
        "source": ("Imitates a fostering service / children's home action plan written after an Ofsted "
                   "monitoring visit (requirements under the Fostering Services Regulations 2011 and shortfalls), "
                   "as councils publish them with committee papers. Copied: requirement text in a vertically "
                   "merged column beside its actions, 'Surname, Forename' leads, real date cells mixed with "
                   "typed dates, 'Complete' in the % complete column, RAG by fill only."),
        "reads": ("Ten numbered actions under four requirements/shortfalls from a fostering monitoring visit. "
                  "Action 2's target date is typed '30.O6.25' – a letter O where the zero of the month should "
                  "be – so the due month is a data error a careful person would query rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 6,
        "title": "Fostering Service – Ofsted Monitoring Visit Action Plan",
    }, [])


# ============================================== 5 ASC CQC must do / should do
def make_asc():
    name = "m-asc-cqc-must-should.xlsx"
    title = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025/26"
    themes = [
        ("Theme 1: Working with people", [
            ("MUST DO: Reduce waiting times for Care Act assessments so that people are not left without "
             "support while they wait.", [
                ("MD1.1", "Introduce a triage and risk-rating process for everyone on the assessment waiting "
                 "list, reviewed fortnightly.", "Head of Service – Adult Social Work",
                 dt.datetime(2025, 3, 31), "Amber", "Green", ["Head of Service – Adult Social Work"],
                 "2025-03", None, "green"),
                ("MD1.2", "Commission additional assessment capacity to clear assessments waiting more than "
                 "six months.", "Assistant Director, Operations", "By end of Q2 2025/26", "Red", "Amber",
                 ["Assistant Director, Operations"], "2025-09", "By end of Q2 2025/26", "amber"),
                ("MD1.3", "Publish waiting times on the council website each month.",
                 "Performance and Intelligence Manager", "31.05.25", "", "Complete",
                 ["Performance and Intelligence Manager"], "2025-05", None, "blue"),
            ]),
            ("SHOULD DO: Improve the offer of carers’ assessments and the support available to unpaid carers.", [
                ("SD1.1", "Refresh the carers’ strategy with the Carers’ Partnership Board.",
                 "Patel, Ravi", "Sept 2025 – March 2026", "", "Not started", ["Patel, Ravi"],
                 "2026-03", "Sept 2025 – March 2026", "unrated"),
                ("SD1.2", "Offer a carers’ assessment at every Care Act assessment and record the outcome.\n"
                 "Monitor uptake through the quarterly performance report.",
                 "Principal Social Worker (Adults)", dt.datetime(2025, 9, 30), "Amber", "Amber",
                 ["Principal Social Worker (Adults)"], "2025-09", None, "amber"),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("MUST DO: Ensure there is enough home care capacity in rural areas to meet assessed needs.", [
                ("MD2.1", "Retender the rural home care framework with enhanced rates for the three hardest "
                 "to serve zones.", "Assistant Director, Commissioning", dt.datetime(2025, 10, 31),
                 "Red", "Red", ["Assistant Director, Commissioning"], "2025-10", None, "red"),
                ("MD2.2", "Pilot a micro-provider scheme in the north of the county.",
                 "Director of Adult Social Care / ICB Director of Commissioning", "31.12.25",
                 "Green", "Green",
                 ["Director of Adult Social Care", "ICB Director of Commissioning"], "2025-12", None, "green"),
            ]),
            ("SHOULD DO: Make information and advice easier to find for people who fund their own care.", [
                ("SD2.1", "Rewrite the adult social care web pages with people who use services.",
                 "Head of Customer Services", "Jul-25", "Green", "Complete",
                 ["Head of Customer Services"], "2025-07", None, "blue"),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("MUST DO: Ensure safeguarding enquiries are started and completed in a timely way.", [
                ("MD3.1", "Set and monitor a 5 working day standard for starting section 42 enquiries.",
                 "Head of Service – Adult Safeguarding", dt.datetime(2025, 4, 30), "Amber", "Complete",
                 ["Head of Service – Adult Safeguarding"], "2025-04", None, "blue"),
                ("MD3.2", "Weekly safeguarding oversight meeting to review all enquiries open longer than "
                 "28 days.", "Head of Service – Adult Safeguarding", "Weekly", "Green", "Green",
                 ["Head of Service – Adult Safeguarding"], None, "Weekly", "green"),
                ("MD3.3", "Reduce the DoLS waiting list by prioritising applications using the ADASS "
                 "screening tool.", "DoLS Manager", "31.03.26", "Red", "Amber",
                 ["DoLS Manager"], "2026-03", None, "amber"),
            ]),
            ("SHOULD DO: Improve transitions for young people moving from children’s to adult services.", [
                ("SD3.1", "Establish a joint transitions panel from age 14 with children’s services.",
                 "Head of Service – Preparing for Adulthood & Head of SEND", "End of September 2025",
                 "", "Amber",
                 ["Head of Service – Preparing for Adulthood", "Head of SEND"], "2025-09", None, "amber"),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("MUST DO: Strengthen the use of performance and quality information by leaders.", [
                ("MD4.1", "Launch an adult social care performance dashboard reviewed monthly by DMT.",
                 "Performance and Intelligence Manager", "Q1 2025/26", "Amber", "Complete",
                 ["Performance and Intelligence Manager"], "2025-06", "Q1 2025/26", "blue"),
                ("MD4.2", "Introduce a practice audit programme with quarterly reports to the Lead Member.",
                 "Principal Social Worker (Adults)", "Quarterly", "Green", "Green",
                 ["Principal Social Worker (Adults)"], None, "Quarterly", "green"),
            ]),
            ("SHOULD DO: Involve people with lived experience in co-producing strategy.", [
                ("SD4.1", "Set up a Making It Real board to co-produce the adult social care strategy "
                 "refresh.", "Wilson, Claire", dt.datetime(2026, 1, 31), "", "",
                 ["Wilson, Claire"], "2026-01", None, "unrated"),
            ]),
        ]),
    ]
    word_fill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0"}
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    rd["A1"] = title
    rd["A1"].font = Font(bold=True, size=14)
    rd["A3"] = "Purpose: this plan responds to the must do and should do findings in the CQC report."
    rd["A4"] = "Owner: Director of Adult Social Care. Reported monthly to the ASC Improvement Board."
    rd["A6"] = "RAG key"
    rd["A6"].font = BOLD
    for i, (w, col) in enumerate([("Red", "Off track"), ("Amber", "At risk"), ("Green", "On track"),
                                  ("Complete", "Action complete")]):
        rd.cell(7 + i, 1, w).fill = xfill(word_fill[w])
        rd.cell(7 + i, 2, col)
    rd.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overall rating: Requires improvement   |   CQC report published 14 November 2024"
    ws.append([])
    hdr = ["Ref", "Must do / Should do", "Action", "Lead", "Due", "Previous RAG", "Current RAG",
           "Update"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD
        c.fill = xfill("BFBFBF")
    row = 5
    actions = []
    for theme, reqs in themes:
        ws.cell(row, 1, theme).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row, 1).fill = xfill("DDEBF7")
        row += 1
        for req, acts in reqs:
            start = row
            for ref, action, leadcell, due, prev, curr, lead, end, end_text, status in acts:
                ws.cell(row, 1, ref)
                ws.cell(row, 3, action)
                ws.cell(row, 4, leadcell)
                c = ws.cell(row, 5, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd-mmm-yy"
                if prev:
                    ws.cell(row, 6, prev).fill = xfill(word_fill[prev])
                if curr:
                    ws.cell(row, 7, curr).fill = xfill(word_fill.get(curr, "FFFFFF"))
                ws.cell(row, 8, "See Improvement Board highlight report." if curr else "")
                actions.append(act(ref, [theme, req], action, lead, end, status, end_text))
                row += 1
            ws.cell(start, 2, req)
            if row - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row, 1, "Summary").font = BOLD
    ws.cell(row + 1, 1, "Complete")
    ws.cell(row + 1, 2, 4)
    ws.cell(row + 2, 1, "Green")
    ws.cell(row + 2, 2, 4)
    ws.cell(row + 3, 1, "Amber")
    ws.cell(row + 3, 2, 4)
    ws.cell(row + 4, 1, "Red")
    ws.cell(row + 4, 2, 1)
    ws.cell(row + 5, 1, "Not started / not rated")
    ws.cell(row + 5, 2, 2)
    for col, w in zip("ABCDEFGH", [9, 45, 60, 34, 16, 12, 12, 30]):
        ws.column_dimensions[col].width = w
    for r in ws.iter_rows(min_row=5, max_row=row):
        for c in r:
            c.alignment = WRAP
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": ("Imitates English councils' adult social care improvement plans after a CQC local authority "
                   "assessment (2024-25), e.g. B&NES ASC Improvement Plan progress report to Cabinet, organised by "
                   "the four CQC themes with must do / should do findings. Copied: a 'Read me' sheet with RAG "
                   "key, theme rows merged across the sheet, the must do / should do text vertically merged "
                   "beside its actions, MD/SD refs, Previous and Current RAG columns, job-title leads with en "
                   "dashes and commas, a summary block under the table."),
        "reads": ("Fifteen actions under four CQC themes, each answering a MUST DO or SHOULD DO finding that "
                  "sits in a merged cell beside its actions. Status is the Current RAG column (words, "
                  "Complete = blue); Previous RAG is history. The summary counts at the bottom are not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ============================================== 6 SEND area inspection AFIs
def make_send():
    name = "m-send-area-afi.xlsx"
    title = "Local Area SEND Partnership – Areas for Improvement Action Plan"
    afis = [
        ("AFI 1: Leaders should improve the timeliness of education, health and care (EHC) needs "
         "assessments, including the timeliness of advice from health and social care.", [
            ("1a", "Recruit four additional EHC coordinators and an assistant educational psychologist.",
             "Head of SEND Services", "Education", "Autumn term 2024", "Complete",
             ["Head of SEND Services"], "2024-12", "Autumn term 2024", "blue"),
            ("1b", "Agree a six-week turnaround standard for health advice, monitored by the Designated "
             "Clinical Officer.", "Designated Clinical Officer", "Health", "Spring term 2025", "On track",
             ["Designated Clinical Officer"], "2025-04", "Spring term 2025", "green"),
            ("1c", "Social care advice for EHC needs assessments to be provided by the allocated social worker "
             "within six weeks.", "Head of Service – Disabled Children", "Social care", "31.01.25", "At risk",
             ["Head of Service – Disabled Children"], "2025-01", None, "amber"),
        ]),
        ("AFI 2: Leaders should ensure that EHC plans are updated following annual reviews so that they "
         "reflect children and young people’s current needs.", [
            ("2a", "Introduce an annual review tracker shared with SENCOs each half term.",
             "SEND Casework Manager", "Education", "Nov-24", "Complete",
             ["SEND Casework Manager"], "2024-11", None, "blue"),
            ("2b", "Prioritise amendment of plans at phase transfer (Year 6 and Year 11) before 15 February "
             "and 31 March deadlines.", "SEND Casework Manager", "Education", "31/03/2025", "Off track",
             ["SEND Casework Manager"], "2025-03", None, "red"),
            ("2c", "Multi-agency audit of 40 annual reviews each term, reported to the SEND Partnership "
             "Board.", "Quality Assurance Lead (SEND); Designated Clinical Officer", "All", "Termly",
             "On track", ["Quality Assurance Lead (SEND)", "Designated Clinical Officer"], None, "Termly", "green"),
        ]),
        ("AFI 3: Health leaders should reduce waiting times for neurodevelopmental assessments and improve "
         "support while families wait.", [
            ("3a", "Commission additional autism assessment capacity from an independent provider.",
             "ICB Head of Children’s Commissioning", "Health", "Sept 2024 – March 2025", "On track",
             ["ICB Head of Children’s Commissioning"], "2025-03", "Sept 2024 – March 2025", "green"),
            ("3b", "Launch a 'waiting well' offer with the Parent Carer Forum, including drop-in sessions and "
             "online workshops.", "Parent Carer Forum Chair & Designated Clinical Officer", "Health",
             "Summer term 2025", "Not started",
             ["Parent Carer Forum Chair", "Designated Clinical Officer"], "2025-07", "Summer term 2025", "unrated"),
            ("3c", "Publish neurodevelopmental waiting times on the Local Offer every quarter.",
             "Local Offer Manager", "Health", "By end of June 2025", "At risk",
             ["Local Offer Manager"], "2025-06", None, "amber"),
        ]),
        ("AFI 4: Leaders should strengthen the preparation for adulthood of young people with SEND, "
         "including access to supported internships and post-16 options.", [
            ("4a", "Double the number of supported internship places through the Supported Employment Forum.",
             "Post-16 SEND Lead", "Education", "Summer term 2025", "On track",
             ["Post-16 SEND Lead"], "2025-07", "Summer term 2025", "green"),
            ("4b", "Ensure every EHC plan from Year 9 includes preparation for adulthood outcomes.\n"
             "Checked through the annual review audit (action 2c).", "SENCO Network Chair", "Education",
             "Ongoing", "On track", ["SENCO Network Chair"], None, "Ongoing", "green"),
            ("4c", "Joint protocol between children’s and adult social care for transition assessments from "
             "age 14.", "Head of Service – Disabled Children / Head of Adult Social Work", "Social care",
             "Spring term 2025", "Complete",
             ["Head of Service – Disabled Children", "Head of Adult Social Work"], "2025-04", "Spring term 2025", "blue"),
            ("4d", "Travel training offer for all Year 11 students with EHC plans who need it.",
             "Transport Team Manager", "Education", "Jul-25", "",
             ["Transport Team Manager"], "2025-07", None, "unrated"),
        ]),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Area SEND inspection (Ofsted and CQC): 2–6 September 2024"
    cv["A4"] = "Outcome: inconsistent experiences and outcomes for children and young people with SEND"
    cv["A6"] = "Version"
    cv["B6"] = "Date"
    cv["C6"] = "Comment"
    for c in cv[6]:
        c.font = BOLD
    cv.append(["v1.0", "14/11/2024", "Agreed by SEND Partnership Board"])
    cv.append(["v1.1", "20/01/2025", "Spring term update"])
    cv.column_dimensions["A"].width = 80

    ws = wb.create_sheet("AFI Plan")
    hdr = ["Area for improvement", "Ref", "Action", "Lead(s)", "Partner", "Timescale", "Status",
           "Evidence of impact"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = BOLD
        c.fill = xfill("C6E0B4")
    status_fill = {"Complete": "9BC2E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    actions = []
    r = 1
    for afi, acts in afis:
        first = True
        for ref, action, leadcell, partner, ts, st, lead, end, end_text, status in acts:
            r += 1
            ws.cell(r, 1, afi if first else None)
            first = False
            ws.cell(r, 2, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, leadcell)
            ws.cell(r, 5, partner)
            ws.cell(r, 6, ts)
            if st:
                ws.cell(r, 7, st)
                if st in status_fill:
                    ws.cell(r, 7).fill = xfill(status_fill[st])
            ws.cell(r, 8, "Board dashboard" if st in ("Complete", "On track") else None)
            actions.append(act(ref, [afi], action, lead, end, status, end_text))
        r += 1  # blank row between areas for improvement
    r += 1
    ws.cell(r, 1, "Status key").font = BOLD
    for i, (k, v) in enumerate([("Complete", "action finished and evidenced"),
                                ("On track", "progressing to timescale"),
                                ("At risk", "may miss timescale"),
                                ("Off track", "has missed or will miss timescale")]):
        ws.cell(r + 1 + i, 1, k).fill = xfill(status_fill[k])
        ws.cell(r + 1 + i, 2, v)
    for col, w in zip("ABCDEFGH", [55, 6, 60, 34, 12, 22, 12, 20]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for c in row:
            c.alignment = WRAP
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": ("Imitates local area SEND partnership plans responding to the 2023 area SEND inspection "
                   "framework's 'areas for improvement' (successor to Written Statements of Action, e.g. "
                   "Central Bedfordshire WSOA, Oldham Accelerated Progress Plan). Copied: a cover sheet with "
                   "version table, the AFI text written only on the first row of its group (not merged), "
                   "refs 1a/1b, a Partner column (Education/Health/Social care), school-term timescales, "
                   "status words with a key of its own (At risk, Off track) below the table."),
        "reads": ("Thirteen actions under four areas for improvement on the 'AFI Plan' sheet; each AFI is "
                  "written once and applies to the rows below it until the next. Timescales are mostly "
                  "school terms (autumn term ends December, spring term ends at Easter – April in 2025, summer "
                  "term July). Status: Complete = blue, On track = green, At risk = amber, Off track = red, "
                  "blank / Not started = unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


if __name__ == "__main__":
    make_jtai()
    make_scp()
    make_council()
    make_fostering()
    make_asc()
    make_send()
    print("done")
