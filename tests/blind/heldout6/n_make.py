"""Generate heldout6 'n-' blind cases: 3 docx + 3 xlsx, each with NAME.expected.yaml."""
import os, datetime as dt
import yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


def write_yaml(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=4096)
    yaml.safe_load(open(path, encoding="utf-8"))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------- docx helpers ----------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    s.page_width, s.page_height = max(w, h), min(w, h)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def set_cell(cell, text, bold=False, size=9, fill=None):
    cell.text = text
    for p in cell.paragraphs:
        for r in p.runs:
            r.bold = bold; r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def header_row(table, headers, fill="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, fill=fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def small_table(doc, rows, header_fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0), fill=(header_fill if i == 0 else None))
    return t


def merge_across(table, r, text, fill="D9E2F3"):
    c = table.cell(r, 0).merge(table.cell(r, len(table.columns) - 1))
    set_cell(c, text, bold=True, size=10, fill=fill)


def merge_down(table, c, r1, r2, text, fill=None):
    cell = table.cell(r1, c)
    if r2 > r1:
        cell = cell.merge(table.cell(r2, c))
    set_cell(cell, text, fill=fill)


# =====================================================================
# 1. Ofsted children's home inspection action plan (docx)
# =====================================================================
def make_childrens_home():
    name = "n-oakfield-house-ofsted-action-plan.docx"
    doc = Document(); landscape(doc)
    p = doc.add_paragraph(); r = p.add_run("Oakfield House Children's Home – Ofsted Inspection Action Plan"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Provider: Haverleigh Borough Council (Children's Residential Services)    URN: SC482917")
    doc.add_paragraph("Full inspection: 14 and 15 January 2025    Overall experiences and progress of children and young people: requires improvement to be good")
    doc.add_paragraph("Document control").runs[0].bold = True
    small_table(doc, [["Version", "Date", "Author", "Comments"],
                      ["0.1", "22/01/2025", "Registered Manager", "First draft following feedback"],
                      ["1.0", "03/02/2025", "Service Manager, Residential", "Approved; submitted to Ofsted"],
                      ["1.1", "07/04/2025", "Registered Manager", "Progress update for Regulation 45 review"]])
    doc.add_paragraph()
    doc.add_paragraph("Action plan").runs[0].bold = True

    R = "Requirements"; REC = "Recommendations"
    req1 = ("The registered person must ensure that staff assess whether each child's safety and welfare is at risk and take "
            "steps to reduce any identified risks, including reviewing risk assessments after every significant incident. "
            "(Regulation 12 (1)(2)(a)(i)(iii))\nTo be completed by: 28/02/2025")
    req2 = ("The registered person must ensure that the home's workforce includes a sufficient number of suitably qualified "
            "and experienced staff to meet the needs of each child. (Regulation 31 (2)(a))\nTo be completed by: 31/03/2025")
    rec1 = ("The registered person should ensure that each child's views, wishes and feelings are recorded in their placement "
            "plan and that children are helped to understand their plans. ('Guide to the Children's Homes Regulations, "
            "including the quality standards', page 15, paragraph 3.8)")
    rec2 = ("The registered person should ensure that the independent person's monthly reports are reviewed and that any "
            "actions arising are completed promptly. ('Guide to the Children's Homes Regulations, including the quality "
            "standards', page 54, paragraph 15.2)")
    # rows: (kind, ...)
    rows = [
        ("sec", "Requirements (compliance with the Children's Homes (England) Regulations 2015)"),
        ("act", "R1.1", req1, "Review all children's individual risk assessments and update them after every significant incident, recording the date of review on the front sheet.", "Registered Manager", "28/02/2025", "All four risk assessments reviewed 10/02/25 and signed off by Service Manager.", "Complete", None),
        ("act", "R1.2", req1, "Introduce a weekly management audit of incident records against each child's risk assessment.", "Registered Manager / Deputy Manager", "End of March 2025", "Audit tool in place since 03/03/25; weekly audits completed.", "", "green"),
        ("act", "R1.3", req1, "Deliver refresher training on dynamic risk assessment and de-escalation to all residential staff.", "Learning and Development Lead", "April 2025", "Two of three sessions delivered; night staff session to be arranged.", "Amber", None),
        ("act", "R2.1", req2, "Recruit to the two vacant residential support worker posts and the waking night post.", "Service Manager, Residential", "31/03/2025", "One post filled. Second post re-advertised; waking night post covered by regular relief staff.", "", "amber"),
        ("act", "R2.2", req2, "Enrol the three staff who do not hold the Level 3 Diploma for Residential Childcare on the qualification within their probation period.", "Registered Manager", "Q1 2025/26", "Two staff enrolled with college; third to start in May.", "G", None),
        ("sec", "Recommendations"),
        ("act", "Rec1.1", rec1, "Key workers to complete a 'my plan' session with each child and record the child's own words in the placement plan.", "Key workers", "Monthly", "Sessions recorded for all children in February and March.", "Green", None),
        ("act", "Rec1.2", rec1, "Produce child-friendly versions of placement plans using a visual template designed with the children.", "Deputy Manager", "May 2025", "Template being designed with the participation worker.", "", None),
        ("act", "Rec2.1", rec2, "Set up a Regulation 44 action log, reviewed at each monthly team meeting.", "Registered Manager", "Feb-25", "Log in place and reviewed at team meeting 26/02/25.", "", "blue"),
        ("act", "Rec2.2", rec2, "Service Manager to quality assure the six-monthly Regulation 45 review against the Regulation 44 action log.", "Service Manager, Residential", "Sept 2025", "", "Not started", None),
    ]
    heads = ["No.", "Requirement / Recommendation", "Action to be taken", "Responsible", "Due date", "Progress update", "RAG"]
    t = doc.add_table(rows=1 + len(rows), cols=len(heads)); t.style = "Table Grid"
    header_row(t, heads)
    # fill
    for i, row in enumerate(rows, start=1):
        if row[0] == "sec":
            merge_across(t, i, row[1])
            continue
        _, ref, _, act, lead, due, prog, rag, fill = row
        set_cell(t.cell(i, 0), ref); set_cell(t.cell(i, 2), act); set_cell(t.cell(i, 3), lead)
        set_cell(t.cell(i, 4), due); set_cell(t.cell(i, 5), prog)
        set_cell(t.cell(i, 6), rag, bold=True, fill=FILL[fill] if fill else None)
    # vertical merges of requirement column
    spans = {}
    for i, row in enumerate(rows, start=1):
        if row[0] == "act":
            spans.setdefault(row[2], [i, i])[1] = i
    for text, (a, b) in spans.items():
        merge_down(t, 1, a, b, text)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = small_table(doc, [["Rating", "Meaning"], ["Red", "Action not started or overdue"], ["Amber", "Action started; some slippage"],
                          ["Green", "Action on track"], ["Blue", "Action completed"]])
    for i, f in enumerate(["red", "amber", "green", "blue"], start=1):
        shade(k.cell(i, 0), FILL[f])
    doc.add_paragraph()
    small_table(doc, [["Signed (Registered Manager)", "", "Date", ""], ["Signed (Responsible Individual)", "", "Date", ""]])
    doc.save(os.path.join(OUT, name))

    acts = [
        A("R1.1", [R, req1], rows[1][3], ["Registered Manager"], "2025-02", "blue"),
        A("R1.2", [R, req1], rows[2][3], ["Registered Manager", "Deputy Manager"], "2025-03", "green", "End of March 2025"),
        A("R1.3", [R, req1], rows[3][3], ["Learning and Development Lead"], "2025-04", "amber"),
        A("R2.1", [R, req2], rows[4][3], ["Service Manager, Residential"], "2025-03", "amber"),
        A("R2.2", [R, req2], rows[5][3], ["Registered Manager"], "2025-06", "green", "Q1 2025/26"),
        A("Rec1.1", [REC, rec1], rows[7][3], ["Key workers"], None, "green", "Monthly"),
        A("Rec1.2", [REC, rec1], rows[8][3], ["Deputy Manager"], "2025-05", "unrated"),
        A("Rec2.1", [REC, rec2], rows[9][3], ["Registered Manager"], "2025-02", "blue"),
        A("Rec2.2", [REC, rec2], rows[10][3], ["Service Manager, Residential"], "2025-09", "unrated"),
    ]
    # the section rows read as written
    acts_fixed = []
    for a in acts:
        a["under"][0] = ("Requirements (compliance with the Children's Homes (England) Regulations 2015)"
                         if a["under"][0] == R else "Recommendations")
        acts_fixed.append(a)
    write_yaml(name, {
        "source": ("Imitates a local-authority children's home post-inspection action plan (Ofsted SCCIF full inspection of a "
                   "children's home, England, 2025; layout per Ofsted SCCIF 'making requirements and recommendations' - "
                   "requirements cite regulation and a 'to be completed by' date, recommendations cite the Guide page/paragraph). "
                   "Copied features: document-control table before the plan, merged section rows 'Requirements'/'Recommendations', "
                   "requirement text vertically merged over its actions, RAG as words, letters or fill only, RAG key and sign-off tables."),
        "reads": ("A landscape Word action plan for one children's home: two Ofsted requirements and two recommendations, each "
                  "with two or three numbered actions (R1.1, Rec2.1...), a responsible post, due date, progress and a RAG cell that is "
                  "sometimes a word, sometimes a letter and sometimes only a coloured fill. Document-control, key and sign-off tables are not the plan."),
        "outcome": "read", "accept_refusal": False,
        "title": "Oakfield House Children's Home – Ofsted Inspection Action Plan",
    }, acts_fixed)


# =====================================================================
# 2. Local child safeguarding practice review action plan (docx)
# =====================================================================
def make_cspr():
    name = "n-child-m-lcspr-action-plan.docx"
    doc = Document(); landscape(doc)
    p = doc.add_paragraph(); r = p.add_run("Northshire Safeguarding Children Partnership"); r.bold = True; r.font.size = Pt(12)
    p = doc.add_paragraph(); r = p.add_run("Local Child Safeguarding Practice Review: Child M\nMulti-agency Action Plan"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Review published: 12 September 2024. This plan is owned by the Practice Review and Learning Subgroup and is "
                      "monitored at each subgroup meeting. Agencies should send updates to the Partnership Business Unit two weeks before each meeting.")
    small_table(doc, [["Version", "Date", "Changes"], ["1.0", "30/09/2024", "Agreed by Safeguarding Partners"],
                      ["1.3", "14/02/2025", "Updates from February subgroup; revised dates agreed for two actions"]])
    heads = ["Recommendation", "Action", "Agency", "Lead", "Original target date", "Revised target date", "Evidence of impact", "RAG"]
    themes = [
        ("Seeing and hearing the baby", [
            ("Partners should seek assurance that pre-birth assessments consider the lived experience of the unborn baby and the history of all adults in the household, including fathers and male carers.", [
                ("Revise the pre-birth protocol so that every pre-birth assessment records checks on all adults in the household, including fathers and partners.", "Children's Social Care", "Head of Service, Children's Social Care / Principal Social Worker", "December 2024", "", "Protocol ratified at Partnership Executive 18/12/24.", "Completed"),
                ("Deliver multi-agency briefings on 'Child M: seeing the baby' to midwifery, health visiting and early help staff.", "All agencies", "Partnership Business Manager", "Sept 2024 – March 2025", "", "312 practitioners attended; evaluation shows increased confidence.", "Green"),
                ("Add a prompt about male carers to the antenatal booking and new birth visit templates.", "Health", "Head of Midwifery; Named Nurse, Health Visiting", "31/01/2025", "30/04/2025", "Template change with the digital team.", "Amber"),
            ]),
        ]),
        ("Information sharing at the front door", [
            ("The MASH should ensure that police domestic abuse notifications involving a pregnant woman or a child under one are always shared with health partners on the same day.", [
                ("Amend the MASH screening standard so that notifications involving a pregnant woman or a baby under one are flagged for same-day health checks.", "Police / MASH", "DI Mark Oduya", "w/c 04/11/24", "", "Standard amended; dip sample of 40 notifications due.", "On track"),
                ("Carry out a multi-agency audit of domestic abuse notifications involving babies under one.", "Partnership", "Chair of Quality Assurance Subgroup", "Q4 2024/25", "Q1 2025/26", "Audit tool agreed; audit scheduled.", "Amber"),
                ("Report same-day sharing performance to the Partnership Executive.", "Police / MASH", "Head of MASH", "Quarterly", "", "", ""),
            ]),
        ]),
        ("Professional curiosity and challenge", [
            ("Safeguarding partners should ensure that practitioners are supported to challenge decisions through the escalation (resolving professional differences) procedure and that its use is monitored.", [
                ("Relaunch the resolving professional differences procedure with a one-page guide.", "Partnership", "Partnership Business Manager", "October 2024", "", "Relaunched 21/10/24.", "Completed"),
                ("Record use of the escalation procedure in each agency and report numbers and outcomes to the subgroup twice a year.", "All agencies", "Agency safeguarding leads", "Ongoing", "", "First report received March 2025.", "Green"),
                ("Include reflective case discussion on Child M in safeguarding supervision for health visitors and school nurses.", "Health", "Okafor, Grace", "By 31 March 2025", "", "", "Red"),
            ]),
        ]),
    ]
    for theme, recs in themes:
        h = doc.add_heading(theme, level=2)
        nrows = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + nrows, cols=len(heads)); t.style = "Table Grid"
        header_row(t, heads, fill="5B2C6F")
        r = 1
        for rec, acts in recs:
            start = r
            for a in acts:
                for j, v in enumerate(a):
                    set_cell(t.cell(r, j + 1), v)
                r += 1
            merge_down(t, 0, start, r - 1, rec, fill="F2E6F7")
        doc.add_paragraph()
    doc.add_paragraph("Glossary").runs[0].bold = True
    small_table(doc, [["Term", "Meaning"], ["MASH", "Multi-Agency Safeguarding Hub"], ["RAG", "Red / Amber / Green rating of progress"],
                      ["LCSPR", "Local Child Safeguarding Practice Review"]])
    doc.save(os.path.join(OUT, name))

    T1, T2, T3 = (t[0] for t in themes)
    r1 = themes[0][1][0][0]; r2 = themes[1][1][0][0]; r3 = themes[2][1][0][0]
    a1 = themes[0][1][0][1]; a2 = themes[1][1][0][1]; a3 = themes[2][1][0][1]
    acts = [
        A(None, [T1, r1], a1[0][0], ["Head of Service, Children's Social Care", "Principal Social Worker"], "2024-12", "blue"),
        A(None, [T1, r1], a1[1][0], ["Partnership Business Manager"], "2025-03", "green", "Sept 2024 – March 2025"),
        A(None, [T1, r1], a1[2][0], ["Head of Midwifery", "Named Nurse, Health Visiting"], "2025-04", "amber"),
        A(None, [T2, r2], a2[0][0], ["DI Mark Oduya"], "2024-11", "green", "w/c 04/11/24"),
        A(None, [T2, r2], a2[1][0], ["Chair of Quality Assurance Subgroup"], "2025-06", "amber", "Q1 2025/26"),
        A(None, [T2, r2], a2[2][0], ["Head of MASH"], None, "unrated", "Quarterly"),
        A(None, [T3, r3], a3[0][0], ["Partnership Business Manager"], "2024-10", "blue"),
        A(None, [T3, r3], a3[1][0], ["Agency safeguarding leads"], None, "green", "Ongoing"),
        A(None, [T3, r3], a3[2][0], ["Okafor, Grace"], "2025-03", "red", "By 31 March 2025"),
    ]
    write_yaml(name, {
        "source": ("Imitates a safeguarding children partnership's multi-agency action plan responding to a Local Child Safeguarding "
                   "Practice Review (England, 2024; structure as described in partnership practice-review guidance e.g. Buckinghamshire, "
                   "Somerset, Durham - recommendations, agency, lead, timescale, evidence of impact). Copied features: one table per "
                   "learning theme under a Word heading, recommendation vertically merged over its actions, no action numbers, "
                   "Agency and Lead columns, original and revised target dates, RAG words, version table and glossary."),
        "reads": ("A Word action plan for the Child M review: three learning themes (headings), each with one recommendation and three "
                  "unnumbered actions giving agency, lead, original and (sometimes) revised target dates, evidence of impact and a RAG word. "
                  "Where a revised date is given it replaces the original; the version table and glossary are not the plan."),
        "outcome": "read", "accept_refusal": False,
        "title": "Local Child Safeguarding Practice Review: Child M\nMulti-agency Action Plan",
    }, acts)


# =====================================================================
# 3. Care Inspectorate (Scotland) joint inspection improvement plan (docx)
# =====================================================================
def make_scotland():
    name = "n-dunmore-joint-inspection-improvement-plan.docx"
    doc = Document(); landscape(doc)
    p = doc.add_paragraph(); r = p.add_run("Dunmore Community Planning Partnership\nJoint Inspection of Services for Children and Young People at Risk of Harm\nImprovement Action Plan"); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph("Inspection report published by the Care Inspectorate: 25 March 2025. Lead: Chief Officers Group (Public Protection). "
                      "Progress is reported to the Children's Services Planning Partnership quarterly.")
    small_table(doc, [["Document owner", "Version", "Status", "Date of last update"],
                      ["Child Protection Lead Officer", "2", "Final", "30 June 2025"]])
    doc.add_paragraph()
    heads = ["Area for improvement", "No.", "Improvement action", "Lead(s)", "Timescale", "Measure of success", "RAG"]
    sections = [
        ("Key priority: Children and young people are safer because risks have been identified early and responded to effectively", [
            ("Partners should improve the quality and consistency of chronologies so that significant events and cumulative harm are identified.", [
                ("1.1", "Introduce the single multi-agency chronology template across social work, health and education.", "Fiona MacLeod and Iain Rennie", "June 2025", "Template in use in all new child protection cases.", "C"),
                ("1.2", "Audit a sample of 30 chronologies against the national practice guidance.", "Child Protection Lead Officer", "End December 2025", "80% of audited chronologies rated good or better.", "G"),
            ]),
            ("Partners should ensure that inter-agency referral discussions (IRDs) consistently include health and education.", [
                ("1.3", "Revise IRD guidance so that health and education participation is the default for every IRD.", "CSWO / Head of Education", "31 March 2026", "Health and education participation recorded in 95% of IRDs.", "A"),
                ("1.4", "Provide IRD training for designated school child protection coordinators.", "Learning and Development Officer (Public Protection)", "Ongoing", "All secondary and ASN schools have a trained coordinator.", "G"),
            ]),
        ]),
        ("Key priority: Children and young people's views are heard and influence decisions", [
            ("Partners should ensure that children and young people are supported to give their views before child protection planning meetings.", [
                ("2.1", "Commission an independent advocacy service for children subject to child protection planning meetings.", "Head of Children and Families Social Work", "October 2025", "Advocacy offered to all children aged 5 and over.", "R"),
                ("2.2", "Roll out the 'Mind of My Own' app to all social workers and family support workers.", "Service Manager, Child Protection", "September 2025", "Number of statements submitted by children via the app.", "A"),
                ("2.3", "Establish a care-experienced and child protection experienced young people's reference group to review the improvement plan.", "Participation Officer", "December 2025", "Reference group meets quarterly.", ""),
            ]),
        ]),
        ("Key priority: Collaborative leadership", [
            ("The Chief Officers Group should strengthen its use of quality assurance and performance information to drive improvement.", [
                ("3.1", "Agree a revised multi-agency dataset for children at risk of harm, reported quarterly to the Chief Officers Group.", "Chair, Child Protection Committee", "August 2025", "Dataset reported to COG each quarter.", "C"),
                ("3.2", "Develop a joint self-evaluation calendar aligned to the quality indicators.", "Child Protection Lead Officer", "January 2026", "Self-evaluation calendar approved.", "G"),
            ]),
        ]),
    ]
    nrows = sum(1 + sum(len(a) for _, a in recs) for _, recs in sections)
    t = doc.add_table(rows=1 + nrows, cols=len(heads)); t.style = "Table Grid"
    header_row(t, heads, fill="00594F")
    r = 1
    exp = []
    ragmap = {"C": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    for sec, recs in sections:
        merge_across(t, r, sec, fill="CCE8E4"); r += 1
        for aif, acts in recs:
            start = r
            for (no, act, lead, when, measure, rag) in acts:
                for j, v in enumerate([no, act, lead, when, measure, rag], start=1):
                    set_cell(t.cell(r, j), v, bold=(j == 6))
                if rag:
                    shade(t.cell(r, 6), FILL[ragmap[rag]])
                r += 1
            merge_down(t, 0, start, r - 1, aif)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: R – significant concerns / off track;  A – some slippage;  G – on track;  C – complete")
    doc.save(os.path.join(OUT, name))

    S1, S2, S3 = (s[0] for s in sections)
    g = lambda si, ri, ai: sections[si][1][ri][1][ai][1]
    aif = lambda si, ri: sections[si][1][ri][0]
    acts = [
        A("1.1", [S1, aif(0, 0)], g(0, 0, 0), ["Fiona MacLeod", "Iain Rennie"], "2025-06", "blue"),
        A("1.2", [S1, aif(0, 0)], g(0, 0, 1), ["Child Protection Lead Officer"], "2025-12", "green", "End December 2025"),
        A("1.3", [S1, aif(0, 1)], g(0, 1, 0), ["CSWO", "Head of Education"], "2026-03", "amber"),
        A("1.4", [S1, aif(0, 1)], g(0, 1, 1), ["Learning and Development Officer (Public Protection)"], None, "green", "Ongoing"),
        A("2.1", [S2, aif(1, 0)], g(1, 0, 0), ["Head of Children and Families Social Work"], "2025-10", "red"),
        A("2.2", [S2, aif(1, 0)], g(1, 0, 1), ["Service Manager, Child Protection"], "2025-09", "amber"),
        A("2.3", [S2, aif(1, 0)], g(1, 0, 2), ["Participation Officer"], "2025-12", "unrated"),
        A("3.1", [S3, aif(2, 0)], g(2, 0, 0), ["Chair, Child Protection Committee"], "2025-08", "blue"),
        A("3.2", [S3, aif(2, 0)], g(2, 0, 1), ["Child Protection Lead Officer"], "2026-01", "green"),
    ]
    write_yaml(name, {
        "source": ("Imitates a Scottish community planning partnership's improvement action plan after a Care Inspectorate-led joint "
                   "inspection of services for children and young people at risk of harm (2025; Care Inspectorate joint inspection "
                   "guide: partnership action plan after the report). Copied features: 'Key priority' merged rows, 'area for "
                   "improvement' vertically merged over numbered actions, Scottish date style ('End December 2025'), measure of "
                   "success column, RAG letters with coloured fill and a one-line key where C = complete."),
        "reads": ("A landscape Word improvement plan with three key priorities, each holding one or two areas for improvement and "
                  "numbered actions 1.1-3.2 with leads, timescale, measure and a RAG letter (R/A/G, or C which the key defines as complete). "
                  "The document-owner table and the key line are not actions."),
        "outcome": "read", "accept_refusal": False,
        "title": "Dunmore Community Planning Partnership\nJoint Inspection of Services for Children and Young People at Risk of Harm\nImprovement Action Plan",
    }, acts)


# ---------------- xlsx helpers ----------------
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def pf(hexfill):
    return PatternFill("solid", start_color="FF" + hexfill, end_color="FF" + hexfill)


def hdr(ws, row, heads, fill="1F3864"):
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = pf(fill); c.alignment = WRAP; c.border = BOX


def put(ws, row, col, v, fill=None, bold=False, fmt=None):
    c = ws.cell(row=row, column=col, value=v)
    c.alignment = WRAP; c.border = BOX
    if fill: c.fill = pf(fill)
    if bold: c.font = Font(bold=True)
    if fmt: c.number_format = fmt
    return c


# =====================================================================
# 4. Youth justice service HMIP improvement plan, one sheet per domain (xlsx)
# =====================================================================
def make_yjs():
    name = "n-westbrook-yjs-hmip-improvement-plan.xlsx"
    wb = Workbook()
    cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Westbrook Youth Justice Service – HMIP Inspection Improvement Plan"; cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Inspection fieldwork: 9–13 September 2024. Report published: 3 December 2024. Overall rating: Requires improvement."
    cov["A4"] = "Version control"; cov["A4"].font = Font(bold=True)
    for i, row in enumerate([["Version", "Date", "Author", "Approved by"], ["1.0", "20/12/2024", "YJS Head of Service", "YJ Management Board"],
                             ["1.2", "31/03/2025", "YJS Performance Officer", "YJ Management Board"]], start=5):
        for j, v in enumerate(row, start=1):
            put(cov, i, j, v, bold=(i == 5))
    cov["A9"] = "RAG key (column F on each domain sheet is shaded; no text)"; cov["A9"].font = Font(bold=True)
    for i, (f, txt) in enumerate([("red", "Off track / at risk"), ("amber", "Some delay"), ("green", "On track"), ("blue", "Complete"), (None, "Not yet started (no fill)")], start=10):
        put(cov, i, 1, "", fill=FILL[f] if f else None); put(cov, i, 2, txt)
    cov["A16"] = "Summary (March 2025)"; cov["A16"].font = Font(bold=True)
    for i, row in enumerate([["Domain", "Actions", "Complete", "On track", "Delayed", "Off track", "Not started"],
                             ["Domain 1", 5, 1, 2, 1, 0, 1], ["Domain 2", 4, 1, 1, 1, 1, 0], ["Domain 3", 3, 0, 2, 0, 0, 1],
                             ["Total", 12, 2, 5, 2, 1, 2]], start=17):
        for j, v in enumerate(row, start=1):
            put(cov, i, j, v, bold=(i in (17, 21)))
    cov.column_dimensions["A"].width = 22; cov.column_dimensions["B"].width = 30

    heads = ["Ref", "HMIP recommendation", "Action", "Lead", "Target date", "RAG", "Progress update (March 2025)"]
    D = lambda y, m: dt.datetime(y, m, 28)
    domains = [
        ("Domain 1", "Domain 1: Organisational delivery", [
            ("The YJ Management Board should make sure that the YJS is resourced and structured to deliver high-quality work with children and victims.", [
                ("1.1", "Complete a workload and staffing review of the YJS and present options to the Management Board.", "YJS Head of Service", D(2025, 2), "blue", "Review presented 27/02/25; additional case manager post agreed."),
                ("1.2", "Recruit to the additional case manager and seconded probation officer posts.", "YJS Head of Service & HR Business Partner", D(2025, 6), "amber", "Probation secondment confirmed; case manager advert closes April."),
            ]),
            ("The YJS manager should make sure that quality assurance and management oversight consistently support staff development.", [
                ("1.3", "Introduce a monthly case audit programme with moderation by an external auditor.", "Operational Manager", D(2025, 4), "green", "Two audit cycles completed."),
                ("1.4", "Refresh the supervision policy so that every supervision records management oversight of risk and safety.", "Operational Manager", D(2025, 5), "green", "Draft policy with staff for consultation."),
                ("1.5", "Board members to take part in practice observation visits.", "Chair of YJ Management Board", D(2025, 9), None, ""),
            ]),
        ]),
        ("Domain 2", "Domain 2: Court disposals", [
            ("The YJS manager should make sure that assessment always considers how best to keep the child and other people safe.", [
                ("2.1", "Deliver AssetPlus safety and wellbeing and risk of serious harm training for all case managers.", "Practice Development Lead", D(2025, 1), "blue", "Delivered 15 and 22 January 2025."),
                ("2.2", "Team managers to countersign every risk of serious harm assessment rated medium or above.", "Team Manager (Court)", D(2025, 3), "green", "100% countersigned in February dip sample."),
            ]),
            ("The YJS manager should make sure that planning is comprehensive, includes contingency arrangements and links to work by other agencies.", [
                ("2.3", "Introduce a contingency planning section in the intervention plan template.", "Team Manager (Court)", D(2025, 3), "amber", "Template change delayed by case management system supplier."),
                ("2.4", "Hold joint planning meetings with children's social care for all children open to both services.", "Team Manager (Court) / Service Manager, Children in Care", D(2025, 5), "red", "Meetings not yet happening consistently; escalated to Board."),
            ]),
        ]),
        ("Domain 3", "Domain 3: Out-of-court disposals", [
            ("The YJS manager should make sure that commensurate focus is given to the needs and wishes of victims.", [
                ("3.1", "Contact every identified victim within 10 working days of the out-of-court disposal decision.", "Victim Liaison Officer", D(2025, 4), "green", "87% contacted within timescale in Q4."),
                ("3.2", "Record victims' views in the joint decision-making panel paperwork.", "Out of Court Disposal Panel Chair", D(2025, 3), "green", "Panel paperwork amended."),
                ("3.3", "Evaluate the victim offer with victims and Restorative Justice Council standards.", "Victim Liaison Officer", D(2025, 10), None, "Scheduled for summer."),
            ]),
        ]),
    ]
    acts = []
    for sheet, title, recs in domains:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1"); ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13, color="FFFFFF"); ws["A1"].fill = pf("2F5597")
        ws["A2"] = "Westbrook YJS Improvement Plan – actions in response to HMIP recommendations"
        hdr(ws, 3, heads, fill="2F5597")
        r = 4
        for rec, items in recs:
            start = r
            for (ref, act, lead, date, rag, upd) in items:
                put(ws, r, 1, ref); put(ws, r, 3, act); put(ws, r, 4, lead)
                put(ws, r, 5, date, fmt="mmm-yy"); put(ws, r, 6, None, fill=FILL[rag] if rag else None); put(ws, r, 7, upd)
                leads = [x.strip() for x in (lead.split(" & ") if " & " in lead else lead.split(" / "))]
                acts.append(A(ref, [title, rec], act, leads, date.strftime("%Y-%m"), rag or "unrated"))
                r += 1
            put(ws, start, 2, rec)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFG", (7, 40, 50, 26, 11, 6, 40)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": ("Imitates a youth justice service improvement plan after an HM Inspectorate of Probation youth inspection "
                   "(England, 2024-25; e.g. Reading YJS plan submitted to HMIP December 2024 over domains 1-3, and Rotherham YOS "
                   "improvement action plan). Copied features: cover sheet with version table, shaded RAG key and a summary "
                   "totals block; one sheet per inspection domain with a merged title row, HMIP recommendation merged down over "
                   "its actions, real Excel dates shown mmm-yy, RAG as cell fill with no text."),
        "reads": ("An Excel workbook: a cover sheet (title, version control, RAG key, summary counts) and three domain sheets "
                  "holding 12 numbered actions in all, each under a recommendation, with a lead, a target month, a shaded RAG cell "
                  "(blank fill = not yet started) and a March 2025 update."),
        "outcome": "read", "accept_refusal": False,
        "title": "Westbrook Youth Justice Service – HMIP Inspection Improvement Plan",
    }, acts)


# =====================================================================
# 5. Scrutiny recommendations tracker with executive responses (xlsx) -- REFUSE
# =====================================================================
def make_scrutiny():
    name = "n-scrutiny-recommendations-tracker.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws.merge_cells("A1:J1"); ws["A1"] = "Children and Young People Scrutiny Committee – Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 15 October 2025. Recommendations are removed once the Committee agrees they are complete."
    heads = ["Ref", "Review", "Date agreed by Committee", "Recommendation", "Executive response", "Action agreed",
             "Lead Officer / Cabinet Member", "Target date", "Progress update", "Status"]
    hdr(ws, 4, heads, fill="44546A")
    rows = [
        ("SR(24/25)01", "Task and finish: Elective home education", "12/11/2024", "That the Council maintains a register of children electively home educated and shares it with health partners.", "Accepted", "Establish an EHE register and a data-sharing agreement with the ICB.", "Head of Inclusion / Cllr A. Patel", "March 2025", "Register live; data-sharing agreement signed.", "Complete"),
        ("SR(24/25)02", "Task and finish: Elective home education", "12/11/2024", "That every family who elects to home educate is offered a visit within 20 school days.", "Partially accepted", "Offer a visit or a virtual meeting within 20 school days, subject to staffing.", "EHE Team Leader", "31/07/2025", "76% of families offered contact within 20 days.", "Amber"),
        ("SR(24/25)03", "Placement sufficiency", "21/01/2025", "That the Executive sets out a plan to increase in-house foster carers by 25 over three years.", "Accepted", "Launch refreshed fostering recruitment campaign and improved fees and allowances offer.", "Head of Corporate Parenting", "Q4 2025/26", "Campaign launched June; 9 new households approved.", "Green"),
        ("SR(24/25)04", "Placement sufficiency", "21/01/2025", "That the Council explores opening two small in-house children's homes.", "Accepted", "Complete business case for two two-bed homes for Cabinet.", "Director of Children's Services / Cllr J. Moore", "September 2025", "Business case approved by Cabinet 16/09/25.", "Complete"),
        ("SR(24/25)05", "Placement sufficiency", "21/01/2025", "That progress on placement stability is reported to the Committee every six months.", "Accepted", "Add placement stability measures to the six-monthly corporate parenting report.", "Performance and Intelligence Manager", "Six-monthly", "First report to Committee 8 July 2025.", "Green"),
        ("SR(25/26)01", "SEND transport", "10/06/2025", "That travel training is offered to all eligible Year 10 and Year 12 students with SEND.", "Accepted", "Expand the independent travel training team by two trainers.", "Head of SEND / Passenger Transport Manager", "Novmber 2025", "One trainer recruited; second post at interview stage.", "Amber"),
        ("SR(25/26)02", "SEND transport", "10/06/2025", "That parents are told of transport decisions at least 15 school days before the start of term.", "Accepted", "Move the transport application deadline and publish decisions by 15 August.", "Passenger Transport Manager", "August 2025", "Decisions issued by 15/08/25 for 94% of applications.", "Complete"),
        ("SR(25/26)03", "SEND transport", "10/06/2025", "That the Executive reviews the post-16 transport contribution charge.", "Not accepted", "No action – charge retained; hardship fund to be publicised.", "Cllr J. Moore", "N/A", "Executive response reported to Committee 9 September 2025.", "Closed"),
        ("SR(25/26)04", "Youth services", "09/09/2025", "That a youth voice forum is established to influence youth service commissioning.", "Accepted", "Set up a youth voice forum with terms of reference co-produced with young people.", "Youth Services Manager", "January 2026", "Initial meeting with young people held 2 October.", "Green"),
        ("SR(25/26)05", "Youth services", "09/09/2025", "That detached youth work is extended to the three wards with the highest rates of anti-social behaviour.", "Partially accepted", "Pilot detached youth work in two wards funded by the Community Safety Partnership.", "Youth Services Manager / Community Safety Manager", "March 2026", "", "Not started"),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            fill = None
            if j == 10:
                fill = {"Complete": "8EA9DB", "Amber": "FFD966", "Green": "A9D08E", "Closed": "D9D9D9"}.get(v)
            put(ws, i, j, v, fill=fill)
    k = 5 + len(rows) + 1
    ws.cell(row=k, column=1, value="Key").font = Font(bold=True)
    for i, t in enumerate(["Complete – recommendation implemented; Committee asked to agree removal",
                           "Green – on track;  Amber – some slippage;  Red – significantly off track",
                           "Closed – recommendation not accepted by the Executive; no further monitoring"], start=k + 1):
        ws.cell(row=i, column=1, value=t)
    for col, w in zip("ABCDEFGHIJ", (12, 24, 12, 45, 14, 40, 28, 12, 40, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    refuse_row = 5 + 5  # SR(25/26)01 -> sheet row 10
    assert ws.cell(row=refuse_row, column=8).value == "Novmber 2025"
    write_yaml(name, {
        "source": ("Imitates a council overview and scrutiny 'recommendations tracker' with executive responses (e.g. City of York "
                   "Scrutiny Recommendation Tracker annex 2026 - Ref 'SR (25/26) 01', date agreed, recommendation, lead officer/"
                   "executive member, action taken, status, key; Bromsgrove quarterly recommendation tracker). Copied features: "
                   "municipal-year refs, Executive response column (Accepted / Partially accepted / Not accepted), text target dates, "
                   "status words with fills, key block under the table."),
        "reads": ("A one-sheet Excel tracker of ten scrutiny recommendations with the Executive's response, the agreed action, "
                  "lead officer or cabinet member, target date, update and status. The target date of SR(25/26)01 (sheet row 10) reads "
                  "'Novmber 2025' - a mistyped month that a careful person would query rather than guess."),
        "outcome": "refuse", "accept_refusal": False, "refuse_at": refuse_row,
        "title": "Children and Young People Scrutiny Committee – Recommendations Tracker",
    }, None)


# =====================================================================
# 6. Supporting Families / early help partnership plan (xlsx)
# =====================================================================
def make_supporting_families():
    name = "n-supporting-families-early-help-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Plan 2025-26"
    ws.merge_cells("A1:J1"); ws["A1"] = "Kingsmere Early Help Partnership – Supporting Families Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF"); ws["A1"].fill = pf("00757F")
    ws.merge_cells("A2:J2"); ws["A2"] = "Owner: Early Help Strategic Board.  Last reviewed: 30 September 2025.  RAG columns show the June and September Board reviews."
    heads = ["Priority", "Objective", "Ref", "Action", "Lead", "Start", "End", "Previous RAG (June 2025)", "Current RAG (September 2025)", "Commentary"]
    hdr(ws, 4, heads, fill="00757F")
    RF = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    data = [
        ("Family Help front door", [
            ("One clear route for families and professionals to ask for help", [
                ("1a", "Bring the early help hub and the MASH together as a single Family Help front door.", "Head of Early Help", "Apr-25", "Oct-25", "Green", "Complete", "Co-located front door went live 6 October."),
                ("1b", "Publish a revised threshold ('continuum of need') document and deliver briefings to schools.", "Early Help Strategic Manager", "Apr-25", "Autumn term 2025", "Amber", "Green", "Document agreed; 41 of 58 schools briefed."),
                ("1c", "Measure re-referrals to the front door within 12 months and report to the Board.", "Performance Analyst", "Jul-25", "Quarterly", "", "Green", "Baseline established: 18%."),
            ]),
        ]),
        ("Whole-family working", [
            ("Families have one plan and one lead practitioner", [
                ("2a", "Train lead practitioners in schools, health and housing in the whole-family assessment.", "Workforce Development Manager", "May-25", "Mar-26", "Green", "Amber", "Health visitor sessions postponed to January."),
                ("2b", "Introduce the family plan template on the case management system for partner agencies.", "Systems Lead / Early Help Strategic Manager", "Jun-25", "Dec-25", "Amber", "Red", "Partner log-ins delayed; supplier fix expected November."),
                ("2c", "Set up a monthly multi-agency case review panel for families with no lead practitioner.", "Locality Manager (North) and Locality Manager (South)", "Apr-25", "Jun-25", "Green", "Blue", "Panel running since June."),
            ]),
            ("Children attend school regularly", [
                ("2d", "Attendance support officers to join the locality early help meetings.", "Head of Education Welfare", "Sep-25", "Summer term 2026", "", "Green", "Started September."),
                ("2e", "Offer a whole-family assessment to every family where a child is persistently absent and known to early help.", "Head of Education Welfare", "Sep-25", "Q4 2025/26", "", "Not started", ""),
            ]),
        ]),
        ("Outcomes and data", [
            ("The partnership can evidence outcomes under the Supporting Families outcomes framework", [
                ("3a", "Update the local outcomes plan to the 2025-26 national framework and agree data sources with each partner.", "Supporting Families Co-ordinator", "Apr-25", "30/06/2025", "Green", "Complete", "Outcomes plan signed off by Board 25/06/25."),
                ("3b", "Complete data-sharing agreements with police, health and DWP.", "Information Governance Lead", "Apr-25", "Sept 2025", "Amber", "Amber", "Police and DWP signed; health awaited."),
                ("3c", "Run a dip sample of closed family plans each quarter to test sustained outcomes.", "Quality Assurance Manager", "Jul-25", "Ongoing", "Green", "Green", "Q2 dip sample of 25 cases completed."),
            ]),
        ]),
    ]
    r = 5
    acts = []
    endmap = {"Oct-25": ("2025-10", None), "Autumn term 2025": ("2025-12", "Autumn term 2025"), "Quarterly": (None, "Quarterly"),
              "Mar-26": ("2026-03", None), "Dec-25": ("2025-12", None), "Jun-25": ("2025-06", None),
              "Summer term 2026": ("2026-07", "Summer term 2026"), "Q4 2025/26": ("2026-03", "Q4 2025/26"),
              "30/06/2025": ("2025-06", None), "Sept 2025": ("2025-09", None), "Ongoing": (None, "Ongoing")}
    stmap = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue", "Not started": "unrated", "": "unrated"}
    for pri, objs in data:
        pstart = r
        for obj, items in objs:
            ostart = r
            for (ref, act, lead, start, end, prev, cur, com) in items:
                vals = [None, None, ref, act, lead, start, end, prev or None, cur or None, com or None]
                for j, v in enumerate(vals, start=1):
                    fill = None
                    if j in (8, 9) and v in RF:
                        fill = RF[v]
                    put(ws, r, j, v, fill=fill)
                if " / " in lead:
                    leads = lead.split(" / ")
                elif " and " in lead:
                    leads = lead.split(" and ")
                else:
                    leads = [lead]
                e, et = endmap[end]
                acts.append(A(ref, [pri, obj], act, leads, e, stmap[cur], et))
                r += 1
            put(ws, ostart, 2, obj)
            if r - 1 > ostart:
                ws.merge_cells(start_row=ostart, start_column=2, end_row=r - 1, end_column=2)
        put(ws, pstart, 1, pri, bold=True, fill="DDEBF7")
        ws.merge_cells(start_row=pstart, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=3, value="Summary – current RAG").font = Font(bold=True)
    counts = [("Blue / Complete", 3), ("Green", 4), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total actions", 11)]
    for i, (k, n) in enumerate(counts, start=r + 1):
        put(ws, i, 3, k, bold=(k == "Total actions")); put(ws, i, 4, n)
    r = r + len(counts) + 2
    ws.cell(row=r, column=1, value="Notes: Blue = complete and evidenced to the Board. Actions remain on the plan for one review cycle after completion.")
    for col, w in zip("ABCDEFGHIJ", (20, 30, 6, 50, 28, 9, 16, 12, 12, 36)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    assert len(acts) == 11
    write_yaml(name, {
        "source": ("Imitates a local early help partnership's Supporting Families (DLUHC/DfE programme) improvement plan 2025-26 "
                   "kept in Excel and reviewed by an Early Help Strategic Board. Copied features: merged title and owner rows, "
                   "Priority and Objective columns merged down over actions, Start and End columns with mixed end styles (mmm-yy "
                   "text, school terms, Q4 2025/26, day-first date, Ongoing/Quarterly), Previous and Current RAG columns as words "
                   "with fills, summary totals block and notes line beneath."),
        "reads": ("A one-sheet Excel plan with three priorities, four objectives and 11 lettered actions (1a-3c), each with a lead, "
                  "start and end, a June and a September RAG and commentary. The status is the current (September) RAG; "
                  "the summary block and notes are not actions."),
        "outcome": "read", "accept_refusal": False,
        "title": "Kingsmere Early Help Partnership – Supporting Families Improvement Plan 2025-26",
    }, acts)


if __name__ == "__main__":
    make_childrens_home(); make_cspr(); make_scotland(); make_yjs(); make_scrutiny(); make_supporting_families()
    print("done")
