"""Generate the j-* blind test files (Word .docx) and their .expected.yaml.

Run with: /work/main/.venv/bin/python /work/blind/heldout5/j_make.py
Each action is written with both what the document shows (cells) and what a
person reads from it (expected fields), specified by hand below.
"""
import os
import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
DARK, LIGHT = "1F3864", "D9E2F3"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE, None: None}


def shade(cell, fill):
    if not fill:
        return
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, italic=False, color=None, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)


def header_row(table, names, fill=DARK, color="FFFFFF"):
    row = table.rows[0]
    for c, n in zip(row.cells, names):
        put(c, n, bold=True, color=color)
        shade(c, fill)


def landscape(doc):
    s = doc.sections[-1]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    s.left_margin = s.right_margin = Cm(1.5)


def small_table(doc, rows, style="Table Grid", bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            put(t.cell(i, j), v, bold=(bold_first and i == 0))
    return t


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, v):
    import re
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", v)


_Dumper.add_representer(str, _str)


def write_yaml(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(d, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)
    yaml.safe_load(open(path, encoding="utf-8"))


# ---------------------------------------------------------------------------
# 1. ILACS improvement plan: title page, document control table, Heading 1 per
#    theme, recommendation as a merged first row of each table, RAG as fill only.
# ---------------------------------------------------------------------------
def make_ilacs():
    name = "j-ilacs-northmoor-improvement-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Northmoor Borough Council")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Children's Services Improvement Plan 2019–2021", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Our response to the Ofsted Inspection of Local Authority Children's Services (ILACS), 10–21 June 2019")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Version 1.4 – Final, as agreed by the Children's Improvement Board")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    doc.add_heading("Document control", level=2)
    small_table(doc, [
        ["Version", "Date", "Author", "Summary of changes"],
        ["0.1", "12/08/2019", "Head of Performance and Quality Assurance", "First draft following ILACS report"],
        ["1.0", "02/09/2019", "Director of Children's Services", "Submitted to Ofsted (70 working days)"],
        ["1.3", "04/11/2019", "Improvement Programme Manager", "Progress updates for Improvement Board"],
        ["1.4", "09/12/2019", "Improvement Programme Manager", "RAG ratings refreshed; actions 2.6 and 3.3 added"],
    ])
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted judged Northmoor's services for children to require improvement to be good. The inspection "
        "report made five recommendations. This plan sets out how we will respond to each recommendation, "
        "grouped into three improvement themes. Progress is reported monthly to the Children's Improvement "
        "Board, chaired by the Chief Executive.")
    doc.add_paragraph(
        "Each table begins with the inspectors' recommendation. The RAG column is shaded to show progress; "
        "see the key at the end of this document.")

    themes = [
        ("Theme 1: Help and protection at the front door", [
            ("Recommendation 1: Ensure that strategy discussions are timely, include all relevant agencies and are consistently recorded.", [
                ("1.1", "Revise the MASH strategy discussion protocol with Police and Health partners so that all three agencies attend every strategy discussion.",
                 "Head of Service (MASH and Assessment)", ["Head of Service (MASH and Assessment)"], "October 2019", "2019-10", None,
                 "95% of strategy discussions attended by police and health", "Protocol signed off by LSCP Executive 24/10/19.", "blue", "blue"),
                ("1.2", "Introduce a single strategy discussion template in Liquidlogic, with mandatory fields for agency attendance and the rationale for the decision.",
                 "Service Manager (MASH) / Systems Lead", ["Service Manager (MASH)", "Systems Lead"], "Sept 2019 – Dec 2019", "2019-12", None,
                 "Template live; 100% of discussions recorded on it", "Template went live 2 December.", "blue", "blue"),
                ("1.3", "Monthly dip-sample audit of 20 strategy discussions by team managers, reported to the Performance Board.",
                 "Principal Social Worker", ["Principal Social Worker"], "Monthly from Nov 2019", None, "Monthly from Nov 2019",
                 "Audit grades: 80% good or better by March 2020", "November audit: 65% good.\nDecember audit scheduled.", "green", "green"),
            ]),
            ("Recommendation 2: Improve the quality of assessments so that they are analytical and consider the impact of the child's history, including for disabled children.", [
                ("1.4", "Deliver a programme of analytical writing workshops for all social workers in assessment teams.\nWorkshops to be co-delivered with the Principal Social Worker.",
                 "Workforce Development Manager", ["Workforce Development Manager"], "Q3 2019/20", "2019-12", None,
                 "All assessment social workers attended", "4 of 6 sessions delivered.", "green", "green"),
                ("1.5", "Update the assessment practice standard to include a chronology and history section.",
                 "PSW, HoS Assessment", ["PSW", "HoS Assessment"], "31/01/2020", "2020-01", None,
                 "Standard published; audit evidence of use", "Draft standard out for consultation.", "amber", "amber"),
                ("1.6", "Review assessment timescales and quality for disabled children in the Children with Disabilities Team.",
                 "Service Manager (Children with Disabilities)", ["Service Manager (Children with Disabilities)"], "March 2020", "2020-03", None,
                 "Assessments for disabled children within 45 days", "Delayed by vacancy; review not yet begun.", "red", "red"),
            ]),
        ]),
        ("Theme 2: Children in care and care leavers", [
            ("Recommendation 3: Strengthen the sufficiency of local placements so that fewer children live at a distance from their home area.", [
                ("2.1", "Refresh the Placement Sufficiency Strategy 2020–2023 and present it to Cabinet.",
                 "Head of Commissioning", ["Head of Commissioning"], "February 2020", "2020-02", None,
                 "Strategy approved by Cabinet", "Draft to DMT 14/01/20.", "green", "green"),
                ("2.2", "Launch a targeted foster carer recruitment campaign focused on sibling groups and teenagers.",
                 "Fostering Service Manager & Communications Lead", ["Fostering Service Manager", "Communications Lead"], "Jan 2020 – Jun 2020", "2020-06", None,
                 "12 new fostering households approved", "Campaign materials in design.", "amber", "amber"),
                ("2.3", "Review all children placed more than 20 miles from Northmoor at their next LAC review, with IRO oversight.",
                 "IRO Service Manager", ["IRO Service Manager"], "Ongoing", None, "Ongoing",
                 "Fewer children placed at distance (baseline 31%)", "18 of 42 reviewed.", "green", "green"),
            ]),
            ("Recommendation 4: Ensure that care leavers receive their health histories and understand their entitlements.", [
                ("2.4", "Agree with the Designated Nurse a process for providing every care leaver with a written health history by age 18.",
                 "Designated Nurse (CCG) and Head of Leaving Care", ["Designated Nurse (CCG)", "Head of Leaving Care"], "December 2019", "2019-12", None,
                 "All 18-year-olds receive health history", "Process agreed and in use.", "blue", "blue"),
                ("2.5", "Publish the revised Local Offer for Care Leavers on the council website and in a young-person-friendly leaflet.",
                 "Head of Leaving Care", ["Head of Leaving Care"], "End of November 2019", "2019-11", None,
                 "Local Offer published", "Published 28/11/19.", "blue", "blue"),
                ("2.6", "Establish a care leavers' forum to co-produce the Local Offer annually.",
                 "Participation Officer", ["Participation Officer"], "TBC", None, "TBC",
                 "Forum meets at least quarterly", "", None, "unrated"),
            ]),
        ]),
        ("Theme 3: Leadership, management and workforce", [
            ("Recommendation 5: Ensure that management oversight and supervision are regular, reflective and clearly recorded.", [
                ("3.1", "Relaunch the supervision policy with a mandatory recording template and 4-weekly minimum frequency.",
                 "Principal Social Worker", ["Principal Social Worker"], "Nov-19", "2019-11", None,
                 "Policy relaunched at all-staff briefing", "Relaunched 6 November.", "blue", "blue"),
                ("3.2", "Report supervision compliance by team in the monthly performance scorecard.",
                 "Head of Performance and Quality Assurance", ["Head of Performance and Quality Assurance"], "Dec-19", "2019-12", None,
                 "90% of supervision in timescale", "Indicator added to scorecard.", "green", "green"),
                ("3.3", "Deliver reflective supervision training to all team managers and advanced practitioners.",
                 "Workforce Development Manager", ["Workforce Development Manager"], "Q4 2019/20", "2020-03", None,
                 "All managers trained", "Provider being procured.", "amber", "amber"),
            ]),
        ]),
    ]
    cols = ["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress update", "RAG"]
    actions = []
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec, rows in recs:
            t = doc.add_table(rows=2 + len(rows), cols=len(cols))
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
            put(m, rec, bold=True)
            shade(m, LIGHT)
            for j, n in enumerate(cols):
                put(t.cell(1, j), n, bold=True, color="FFFFFF")
                shade(t.cell(1, j), DARK)
            for i, (ref, act, lead, lead_e, tsc, end, end_text, msr, prog, fill, st) in enumerate(rows, start=2):
                for j, v in enumerate([ref, act, lead, tsc, msr, prog, ""]):
                    put(t.cell(i, j), v)
                shade(t.cell(i, 6), FILL[fill])
                actions.append(A(ref, [theme, rec], act, lead_e, end, st, end_text))
            doc.add_paragraph()

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (f, txt) in enumerate([(RED, "Off track – not achieved by timescale"), (AMBER, "Some slippage – remedial action in hand"),
                                  (GREEN, "On track"), (BLUE, "Completed")]):
        shade(t.cell(i, 0), f)
        put(t.cell(i, 1), txt)
    doc.add_heading("Glossary", level=2)
    small_table(doc, [["Term", "Meaning"], ["MASH", "Multi-Agency Safeguarding Hub"], ["IRO", "Independent Reviewing Officer"],
                      ["LAC", "Looked After Child"], ["PSW", "Principal Social Worker"], ["HoS", "Head of Service"],
                      ["LSCP", "Local Safeguarding Children Partnership"]])
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates English councils' post-ILACS improvement plans published with committee papers in 2019-20 "
                  "(e.g. Cheshire East's Ofsted action plan progress reports): centred title page, document control/version "
                  "table, Heading 1 per improvement theme, the inspectors' recommendation as a merged shaded row at the top of "
                  "each table, Ref/Action/Lead/Timescale/Measure of success/Progress/RAG columns, RAG shown only as cell fill, "
                  "RAG key and glossary tables at the end.",
        "reads": "A 2019-2021 ILACS improvement plan of 15 numbered actions in three themes; each table answers one of five "
                 "inspection recommendations written in a merged row above the column headings. Progress is shown by the colour "
                 "of the RAG cell (key: red, amber, green, blue = completed); one action (2.6) has no colour and a TBC timescale.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Children's Services Improvement Plan 2019–2021",
    }, actions)
    return name


# ---------------------------------------------------------------------------
# 2. Focused visit action plan: no theme headings; bold numbered area-for-
#    improvement paragraphs each followed by a table; Previous and Current RAG
#    letter columns; revised dates in brackets; bullet lines inside cells.
# ---------------------------------------------------------------------------
def make_fv():
    name = "j-fv-eastbridge-focused-visit-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Eastbridge City Council – Children's Social Care").runs[0].bold = True
    doc.add_heading("Focused Visit Action Plan", level=0)
    doc.add_paragraph("Ofsted focused visit: children in need and children subject to a child protection plan, 12–13 November 2019")
    doc.add_paragraph("Plan owner: Director of Children's Services    Reporting to: Eastbridge Improvement Board (monthly)")
    doc.add_paragraph(
        "The inspectors identified three areas for improvement. Under each area we set out what we will do, who is "
        "responsible, by when, and how we will know it has made a difference for children.")
    doc.add_paragraph(
        "Key: R = not on track; A = some slippage, action required; G = on track; Complete = action completed. "
        "Previous RAG is as reported to the Improvement Board on 9 December 2019; Current RAG is as at 13 January 2020.")

    areas = [
        ("Area for improvement 1: The timeliness of initial child protection conferences following a strategy discussion.", [
            ("1a", "Daily tracker of section 47 enquiries and ICPC dates, reviewed by the Conference and Review Manager.",
             "KP", ["KP"], "Dec-19", "2019-12", None, "95% of ICPCs within 15 working days", "A", "G", "green"),
            ("1b", "Increase Child Protection Chair capacity by recruiting two additional fixed-term chairs.",
             "HoS Safeguarding", ["HoS Safeguarding"], "Jan-20", "2020-01", None, "Chair caseloads below 80 children", "R", "A", "amber"),
            ("1c", "Agree with partners a standard of 15 working days from strategy discussion to ICPC:\n- circulate to LSCP members\n- add to the LSCP multi-agency procedures",
             "KP / LSCP Business Manager", ["KP", "LSCP Business Manager"], "March 2020", "2020-03", None, "Standard in published procedures", "A", "Complete", "blue"),
        ]),
        ("Area for improvement 2: The quality and consistency of child in need plans, so that they are specific and outcome-focused.", [
            ("2a", "Introduce a revised CIN plan template with SMART outcomes and a contingency section.",
             "RG/JF", ["RG", "JF"], "Dec-19 (revised Feb-20)", "2020-02", None, "Template live on Mosaic", "A", "G", "green"),
            ("2b", "Team managers to review every CIN plan at the 3-monthly CIN review point and record a management decision.",
             "Team Managers (CIN)", ["Team Managers (CIN)"], "Ongoing", None, "Ongoing", "Audit shows management oversight on 90% of files", "G", "G", "green"),
            ("2c", "Quarterly thematic audit of CIN plans, with findings reported to DMT.",
             "QA Manager", ["QA Manager"], "Quarterly", None, "Quarterly", "60% of plans graded good by June 2020", "", "A", "amber"),
            ("2d", "Practice week on CIN planning led by the Principal Social Worker.",
             "PSW", ["PSW"], "w/c 20/01/20", "2020-01", None, "Practice week evaluation", "", "Not started", "unrated"),
        ]),
        ("Area for improvement 3: Management oversight of children who are subject to repeat child protection plans.", [
            ("3a", "Produce a monthly list of children on second or subsequent CP plans for Head of Service review.",
             "Performance Team", ["Performance Team"], "Nov-19", "2019-11", None, "List produced monthly", "G", "Complete", "blue"),
            ("3b", "Head of Service to chair a repeat plans panel for each child starting a second plan within two years.",
             "Sam Okafor and Jo Patel", ["Sam Okafor", "Jo Patel"], "January 2020", "2020-01", None, "Every repeat plan considered by panel", "A", "G", "green"),
            ("3c", "Commission an independent audit of 30 repeat-plan cases and implement the learning.",
             "Lee, Dana", ["Lee, Dana"], "By 31 March 2020", "2020-03", None, "Audit report to Improvement Board", "R", "R", "red"),
            ("3d", "Feed the audit learning into the refresh of the Neglect Strategy.",
             "Strategic Lead – Neglect", ["Strategic Lead – Neglect"], "Jun-20", "2020-06", None, "Refreshed strategy published", "", "", "unrated"),
        ]),
    ]
    cols = ["No.", "What we will do", "Who", "By when", "How we will know", "Previous RAG", "Current RAG"]
    actions = []
    for area, rows in areas:
        p = doc.add_paragraph()
        p.add_run(area).bold = True
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="D9D9D9", color=None)
        for i, (ref, act, who, who_e, when, end, end_text, know, prev, cur, st) in enumerate(rows, start=1):
            for j, v in enumerate([ref, act, who, when, know, prev, cur]):
                put(t.cell(i, j), v)
            actions.append(A(ref, [area], act, who_e, end, st, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Initials: KP – Conference and Review Manager; RG – Service Manager CIN; JF – Service Manager Safeguarding.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a local authority's action plan after an Ofsted ILACS focused visit (children in need and child "
                  "protection, 2019-20): landscape page, short intro and key as paragraphs, each area for improvement as a bold "
                  "paragraph followed by its own table with lettered refs, 'What we will do / Who / By when / How we will know' "
                  "columns, Previous RAG and Current RAG letter columns, a revised date in brackets, bullet lines inside a cell.",
        "reads": "Eleven actions (1a-3d) answering three areas for improvement from a November 2019 focused visit. Status is the "
                 "Current RAG (letters, 'Complete', 'Not started' or blank), not the Previous RAG; action 2a's date was revised "
                 "from Dec-19 to Feb-20. Leads are initials or posts; 'Lee, Dana' is one person.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Focused Visit Action Plan",
    }, actions)
    return name


# ---------------------------------------------------------------------------
# 3. JTAI multi-agency plan: one landscape table; merged dark theme rows and
#    merged light finding rows inside the table; separate Partner agencies and
#    Lead officer columns; status as word + fill (one fill only); sign-off table.
# ---------------------------------------------------------------------------
def make_jtai():
    name = "j-jtai-riverford-multi-agency-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Riverford Safeguarding Children Partnership")
    doc.add_heading("Joint Targeted Area Inspection: Multi-Agency Action Plan", level=0)
    doc.add_paragraph("Response to the JTAI of the multi-agency response to child sexual abuse in the family environment, "
                      "Riverford, January 2020 (Ofsted, CQC, HMICFRS and HMI Probation)")
    small_table(doc, [["Version", "Date", "Approved by"],
                      ["1.0", "18 March 2020", "RSCP Executive (Local Authority, Police, CCG)"],
                      ["1.1", "15 June 2020", "RSCP Executive – progress update"]])
    doc.add_paragraph()
    doc.add_paragraph("The plan is organised by the themes of the inspection findings letter. Status: Complete; Green – on track; "
                      "Amber – at risk of slippage; Red – off track. Status cells are also coloured.")
    cols = ["Ref", "Action", "Partner agencies", "Lead officer", "Target date", "Evidence of impact", "Status"]
    data = [
        ("T", "Theme A: Recognising and responding to child sexual abuse in the family"),
        ("F", "Finding A1: Professionals across agencies do not consistently recognise indicators of intra-familial sexual abuse."),
        ("A1.1", "Commission multi-agency training on the signs and indicators of child sexual abuse in the family environment, using the CSA Centre resources.",
         "All partners", "RSCP Training Coordinator", ["RSCP Training Coordinator"], "End of June 2020", "2020-06", None, "400 practitioners trained; evaluation shows increased confidence", "Amber", "amber"),
        ("A1.2", "Embed CSA indicators in the Riverford Continuum of Need guidance.",
         "RSCP", "RSCP Business Manager", ["RSCP Business Manager"], "April 2020", "2020-04", None, "Revised guidance published", "Complete", "blue"),
        ("A1.3", "Briefing for schools' Designated Safeguarding Leads on responding to disclosures.",
         "Education", "Education Safeguarding Lead", ["Education Safeguarding Lead"], "July 2020", "2020-07", None, "All secondary DSLs attended", "Green", "green"),
        ("F", "Finding A2: Strategy discussions do not always include health professionals, and medical examinations are not always considered."),
        ("A2.1", "Named GP and Designated Nurse to be invited to all strategy discussions where CSA is suspected, by secure email.",
         "Health / Children's Social Care", "Designated Nurse Safeguarding Children & Head of MASH", ["Designated Nurse Safeguarding Children", "Head of MASH"],
         "w/c 13/04/20", "2020-04", None, "Health present at 90% of CSA strategy discussions", "Green", "green"),
        ("A2.2", "Agree a pathway for paediatric examination in cases of suspected CSA with the Sexual Assault Referral Centre (SARC).",
         "Health / Police", "Designated Doctor", ["Designated Doctor"], "31/07/2020", "2020-07", None, "Pathway agreed and in RSCP procedures", "Amber", "amber"),
        ("A2.3", "Audit 25 strategy discussions for health attendance and consideration of a medical examination.",
         "RSCP QA subgroup", "QA Subgroup Chair", ["QA Subgroup Chair"], "Q2 2020/21", "2020-09", None, "Audit report to RSCP Executive", "", "red"),
        ("T", "Theme B: Effectiveness of joint investigations"),
        ("F", "Finding B1: Joint police and social care investigations are delayed, and children wait too long for Achieving Best Evidence interviews."),
        ("B1.1", "Introduce a joint ABE interview tracker reviewed weekly by police and social care managers.",
         "Police / CSC", "DI Sarah Khan (Public Protection Unit)", ["DI Sarah Khan (Public Protection Unit)"], "May 2020", "2020-05", None, "Average wait for ABE below 10 days", "Green", "green"),
        ("B1.2", "Train an additional 12 police officers and social workers in ABE interviewing.",
         "Police / CSC", "DI Sarah Khan; Workforce Development Manager", ["DI Sarah Khan", "Workforce Development Manager"], "Sept 2020", "2020-09", None, "12 additional trained interviewers", "Amber", "amber"),
        ("B1.3", "Develop a therapeutic support offer for children while criminal proceedings are ongoing (pre-trial therapy).",
         "Health / CAMHS", "CAMHS Service Manager", ["CAMHS Service Manager"], "Ongoing", None, "Ongoing", "Children offered therapy within 4 weeks of disclosure", "Green", "green"),
        ("F", "Finding B2: Children and families do not receive timely support after a CSA disclosure."),
        ("B2.1", "Map the post-disclosure support offer and publish it on the RSCP website.",
         "RSCP", "RSCP Business Manager", ["RSCP Business Manager"], "June 2020", "2020-06", None, "Support offer published", "Complete", "blue"),
        ("B2.2", "Commission a specialist CSA support worker post within the Family Support Service.",
         "Children's Social Care", "Head of Early Help", ["Head of Early Help"], "October 2020", "2020-10", None, "Post recruited; caseload reported quarterly", "", "unrated"),
        ("T", "Theme C: Leadership and partnership oversight"),
        ("F", "Finding C1: The partnership does not have a clear understanding of the prevalence of CSA in the family environment."),
        ("C1.1", "Develop a multi-agency CSA dataset and add it to the RSCP performance dashboard.",
         "All partners", "RSCP Performance Analyst", ["RSCP Performance Analyst"], "Q3 2020/21", "2020-12", None, "Dataset reported to each RSCP Executive", "Amber", "amber"),
        ("C1.2", "Hold a partnership development session on CSA led by the three statutory safeguarding partners.",
         "All partners", "Independent Scrutineer", ["Independent Scrutineer"], "March 2020", "2020-03", None, "Session held; actions captured in this plan", "Complete", "blue"),
    ]
    t = doc.add_table(rows=1 + len(data), cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    actions = []
    theme = finding = None
    for i, row in enumerate(data, start=1):
        if row[0] in ("T", "F"):
            m = t.cell(i, 0).merge(t.cell(i, len(cols) - 1))
            if row[0] == "T":
                theme = row[1]
                put(m, row[1], bold=True, color="FFFFFF")
                shade(m, "2E75B6")
            else:
                finding = row[1]
                put(m, row[1], italic=True)
                shade(m, "DEEAF6")
            continue
        ref, act, partners, lead, lead_e, date, end, end_text, impact, status_txt, st = row
        for j, v in enumerate([ref, act, partners, lead, date, impact, status_txt]):
            put(t.cell(i, j), v)
        shade(t.cell(i, 6), FILL[st if st != "unrated" else None])
        actions.append(A(ref, [theme, finding], act, lead_e, end, st, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Note: actions B1.3 and C1.1 will transfer to the RSCP Business Plan 2021–22 if not complete by March 2021.")
    doc.add_heading("Sign-off by the statutory safeguarding partners", level=2)
    small_table(doc, [["Partner", "Name", "Signature", "Date"],
                      ["Riverford Council", "Director of Children's Services", "", "18/03/2020"],
                      ["Riverford Police", "Chief Superintendent", "", "18/03/2020"],
                      ["Riverford CCG", "Chief Nurse", "", "18/03/2020"]])
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates safeguarding partnerships' JTAI multi-agency action plans (e.g. JTAI of the response to child sexual "
                  "abuse in the family environment, 2019-20): one landscape table for the whole plan with merged full-width theme "
                  "rows (dark) and merged finding rows (light), separate Partner agencies and Lead officer columns, status as a "
                  "word plus matching cell colour (one cell colour only), version table above and signature table below.",
        "reads": "Thirteen multi-agency actions (A1.1-C1.2) grouped in one table under three inspection themes and five findings. "
                 "The lead is the Lead officer column, not the Partner agencies column. A2.3's status is a red cell with no word; "
                 "B2.2 has no status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Joint Targeted Area Inspection: Multi-Agency Action Plan",
    }, actions)
    return name


# ---------------------------------------------------------------------------
# 4. Welsh CIW improvement plan: bilingual headings and column names; the area
#    for improvement in a one-cell shaded callout table; fill-only status whose
#    key says Green = completed (no blue).
# ---------------------------------------------------------------------------
def make_ciw():
    name = "j-ciw-caerwen-improvement-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Cyngor Bwrdeistref Sirol Caerwen / Caerwen County Borough Council")
    doc.add_paragraph("Children's Services Improvement Plan 2022–2023", style="Title")
    p = doc.add_paragraph()
    p.add_run("Cynllun Gwella Gwasanaethau Plant 2022–2023").italic = True
    doc.add_paragraph("In response to the Care Inspectorate Wales (CIW) inspection of Children's Services, October 2021. "
                      "Mewn ymateb i arolygiad AGC o Wasanaethau Plant, Hydref 2021.")
    doc.add_heading("Allwedd / Key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (f, txt) in enumerate([(GREEN, "Completed / Cwblhawyd"), (AMBER, "In progress / Ar y gweill"),
                                  (RED, "Behind schedule / Ar ei hôl hi"), (None, "No colour: not yet started / Heb ddechrau")]):
        shade(t.cell(i, 0), f)
        put(t.cell(i, 1), txt)
    doc.add_paragraph()
    doc.add_paragraph("The plan is set out under the four principles of the Social Services and Well-being (Wales) Act 2014, "
                      "as used in the CIW report.")
    sections = [
        ("People – Voice and Control / Pobl – Llais a Rheolaeth",
         "Area for improvement 1: Ensure the voice of the child is consistently evident in assessments and care and support plans, and that the Active Offer of the Welsh language is recorded.", [
             ("1.1", "Revise the 'What matters' assessment template to include a mandatory section on the child's views, recorded in the child's own words.",
              "Principal Social Worker", ["Principal Social Worker"], "31.03.22", "2022-03", None, "Template live on WCCIS from 1 March.", GREEN, "blue"),
             ("1.2", "Record the Active Offer of Welsh language services at first contact on WCCIS.",
              "IAA Team Manager", ["IAA Team Manager"], "Mawrth / March 2022", "2022-03", None, "Field added; 87% recorded in April.", GREEN, "blue"),
             ("1.3", "Extend the Mind of My Own app to all children looked after aged 8 and over.",
              "Participation Officer / IRO Manager", ["Participation Officer", "IRO Manager"], "September 2022", "2022-09", None, "Licences purchased; rollout to 3 of 5 teams.", AMBER, "amber"),
         ]),
        ("Prevention / Atal",
         "Area for improvement 2: Develop the range of preventative services so that families can access timely early help before needs escalate.", [
             ("2.1", "Complete a needs analysis of early help and Families First provision across the three localities.",
              "Head of Early Intervention and Prevention", ["Head of Early Intervention and Prevention"], "April 2022", "2022-04", None, "Needs analysis reported to Cabinet.", GREEN, "blue"),
             ("2.2", "Pilot a Team Around the Family edge-of-care service in the North locality.",
              "Head of Early Intervention and Prevention", ["Head of Early Intervention and Prevention"], "Dec 2022", "2022-12", None, "Pilot started July; 14 families supported.", AMBER, "amber"),
             ("2.3", "Align Flying Start and Families First referral pathways into a single front door.",
              "IAA Team Manager & Flying Start Coordinator", ["IAA Team Manager", "Flying Start Coordinator"], "March 2023", "2023-03", None, "", None, "unrated"),
         ]),
        ("Well-being / Llesiant",
         "Area for improvement 3: Ensure that care and support plans are reviewed within statutory timescales and that reviews consider outcomes.", [
             ("3.1", "Weekly exception report of overdue reviews to Team Managers.",
              "Performance Officer", ["Performance Officer"], "Ongoing / Parhaus", None, "Ongoing / Parhaus", "Report issued weekly since February.", AMBER, "amber"),
             ("3.2", "Introduce an outcomes-focused review template and train practitioners in its use.",
              "Principal Social Worker", ["Principal Social Worker"], "June 2022", "2022-06", None, "Training delayed by staff absence.\nNew date to be agreed at Improvement Board.", RED, "red"),
         ]),
        ("Partnerships and Integration / Partneriaethau ac Integreiddio",
         "Area for improvement 4: Strengthen joint working with health partners for children with complex needs, including timely access to CAMHS.", [
             ("4.1", "Establish a joint Children's Complex Needs Panel with the Health Board, meeting monthly.",
              "Head of Children's Services; Health Board Head of Children's Nursing", ["Head of Children's Services", "Health Board Head of Children's Nursing"],
              "May 2022", "2022-05", None, "Panel met monthly since May.", GREEN, "blue"),
             ("4.2", "Agree a joint escalation protocol with CAMHS for children awaiting assessment.",
              "Head of Children's Services", ["Head of Children's Services"], "Sept 2022", "2022-09", None, "Draft protocol with Health Board.", AMBER, "amber"),
             ("4.3", "Review the Section 33 pooled budget arrangements for residential placements.",
              "Head of Finance (Social Services)", ["Head of Finance (Social Services)"], "Q4 2022/23", "2023-03", None, "Scoping not yet complete; overdue.", RED, "red"),
         ]),
    ]
    cols = ["Cyf. / Ref", "Cam gweithredu / Action", "Swyddog cyfrifol / Responsible officer", "Dyddiad targed / Target date",
            "Diweddariad / Update", "Statws / Status"]
    actions = []
    for head, afi, rows in sections:
        doc.add_heading(head, level=1)
        box = doc.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        put(box.cell(0, 0), afi, italic=True)
        shade(box.cell(0, 0), "FFF2CC")
        doc.add_paragraph()
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="C00000")
        for i, (ref, act, off, off_e, date, end, end_text, upd, fill, st) in enumerate(rows, start=1):
            for j, v in enumerate([ref, act, off, date, upd, ""]):
                put(t.cell(i, j), v)
            shade(t.cell(i, 5), fill)
            actions.append(A(ref, [head, afi], act, off_e, end, st, end_text))
        doc.add_paragraph()
    doc.add_heading("Geirfa / Glossary", level=2)
    small_table(doc, [["Term", "Meaning"], ["AGC / CIW", "Arolygiaeth Gofal Cymru / Care Inspectorate Wales"],
                      ["IAA", "Information, Advice and Assistance"], ["WCCIS", "Welsh Community Care Information System"],
                      ["IRO", "Independent Reviewing Officer"]])
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates Welsh councils' improvement plans after a CIW inspection of children's services (e.g. Anglesey, "
                  "Bridgend, Powys 2018-22): bilingual Welsh/English title, key and column headings, sections under the four "
                  "principles of the SSWB (Wales) Act 2014, each CIW area for improvement in a one-cell shaded callout table "
                  "above its action table, status shown only by cell colour with a key near the top in which Green = Completed "
                  "and no blue is used, glossary at the end.",
        "reads": "Eleven actions (1.1-4.3) under four principles and four CIW areas for improvement. The key says green means "
                 "completed, amber in progress, red behind schedule and no colour not yet started, so green cells are read as "
                 "complete (blue). The one-cell callout tables are the area-for-improvement text, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Children's Services Improvement Plan 2022–2023",
    }, actions)
    return name


# ---------------------------------------------------------------------------
# 5. SEND priority action plan: RAG summary table at top; Heading per priority
#    action / area for improvement; the inspectors' text in a vertically merged
#    first column; Start and Complete-by columns; RAG letters/words.
# ---------------------------------------------------------------------------
def make_send():
    name = "j-send-hollingworth-priority-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hollingworth Local Area SEND Partnership\nHollingworth City Council and NHS Hollingworth Integrated Care Board")
    doc.add_heading("SEND Priority Action Plan 2023–2025", level=0)
    doc.add_paragraph("Following the Ofsted and CQC area SEND inspection of 11–15 September 2023, which found widespread and/or "
                      "systemic failings leading to significant concerns about the experiences and outcomes of children and young "
                      "people with SEND.")
    doc.add_heading("Progress summary (as at 31 January 2024)", level=2)
    small_table(doc, [["RAG", "Number of actions", "%"],
                      ["Blue – complete", "3", "23%"], ["Green – on track", "5", "38%"], ["Amber – at risk", "3", "23%"],
                      ["Red – off track", "1", "8%"], ["Not yet rated", "1", "8%"], ["Total", "13", "100%"]])
    doc.add_paragraph()
    sections = [
        ("Priority action 1: Timeliness and quality of EHC plans",
         "Leaders across the partnership should urgently improve the timeliness of EHC needs assessments and ensure that EHC plans accurately reflect children's needs and are updated following annual reviews.", [
             ("PA1.1", "Recruit 4 additional SEND case officers and 2 educational psychologists to clear the assessment backlog.",
              "Head of SEND and Inclusion", ["Head of SEND and Inclusion"], "Sep 23", "Jan 24", "2024-01", None, "Backlog of assessments below 50", "G", "green"),
             ("PA1.2", "Weekly 20-week tracker shared with health and social care advice-givers, with escalation at week 10.",
              "SEND Operations Manager", ["SEND Operations Manager"], "Oct 23", "Ongoing", None, "Ongoing", "60% of EHC plans issued within 20 weeks", "G", "green"),
             ("PA1.3", "Introduce a multi-agency EHC plan quality assurance panel, auditing 10% of new plans monthly.",
              "Principal Educational Psychologist; Designated Clinical Officer (ICB)", ["Principal Educational Psychologist", "Designated Clinical Officer (ICB)"],
              "Nov 23", "Mar 24 (was Dec 23)", "2024-03", None, "75% of audited plans good or better", "A", "amber"),
             ("PA1.4", "Clear the backlog of overdue annual review amendments.",
              "SEND Operations Manager", ["SEND Operations Manager"], "Sep 23", "July 2024", "2024-07", None, "No annual review amendment older than 4 weeks", "R", "red"),
         ]),
        ("Priority action 2: Access to health services",
         "The ICB and local authority should ensure that children and young people have timely access to neurodevelopmental assessment and speech and language therapy.", [
             ("PA2.1", "Commission additional neurodevelopmental assessment capacity from an independent provider to reduce waits to under 52 weeks.",
              "Deputy Director of Commissioning (ICB)", ["Deputy Director of Commissioning (ICB)"], "Oct 23", "31/03/2024", "2024-03", None, "Longest wait under 52 weeks", "A", "amber"),
             ("PA2.2", "Publish a 'waiting well' offer for families awaiting ASD/ADHD assessment on the Local Offer.",
              "Designated Clinical Officer (ICB) & Local Offer Manager", ["Designated Clinical Officer (ICB)", "Local Offer Manager"], "Nov 23", "Dec 23", "2023-12", None,
              "Offer published; page views monitored", "Achieved", "blue"),
             ("PA2.3", "Review the speech and language therapy pathway, including the universal and targeted offer to schools.",
              "Head of Children's Therapies (HCH NHS Trust)", ["Head of Children's Therapies (HCH NHS Trust)"], "Jan 24", "Sept 2024", "2024-09", None,
              "Revised pathway agreed by SEND Partnership Board", "", "unrated"),
         ]),
        ("Area for improvement 1: Preparing for adulthood",
         "Leaders should ensure that preparation for adulthood planning starts from Year 9 and that young people are supported into education, employment and training.", [
             ("AFI1.1", "Introduce a preparing for adulthood section in all Year 9 annual reviews.",
              "Post-16 SEND Lead", ["Post-16 SEND Lead"], "Jan 24", "Jul 24", "2024-07", None, "100% of Year 9 reviews include PfA outcomes", "G", "green"),
             ("AFI1.2", "Develop a supported internship programme with at least 20 places in 2024/25.",
              "Post-16 SEND Lead / Employment Support Manager", ["Post-16 SEND Lead", "Employment Support Manager"], "Feb 24", "Sept 2024", "2024-09", None,
              "20 supported internships filled", "A", "amber"),
             ("AFI1.3", "Establish a transitions panel with adult social care for young people aged 17 and over.",
              "Head of SEND and Inclusion; Head of Adult Social Care", ["Head of SEND and Inclusion", "Head of Adult Social Care"], "Nov 23", "Jan 24", "2024-01", None,
              "Panel meeting monthly", "B", "blue"),
         ]),
        ("Area for improvement 2: Co-production and communication",
         "Leaders should strengthen co-production with parents and carers and improve the accessibility of the Local Offer.", [
             ("AFI2.1", "Agree a co-production charter with the Hollingworth Parent Carer Forum.",
              "Parent Carer Forum Chair and Head of SEND and Inclusion", ["Parent Carer Forum Chair", "Head of SEND and Inclusion"], "Oct 23", "Dec 23", "2023-12", None,
              "Charter signed by all partners", "B", "blue"),
             ("AFI2.2", "Redesign the Local Offer website with families, including easy-read and translated pages.",
              "Local Offer Manager", ["Local Offer Manager"], "Jan 24", "Q1 2024/25", "2024-06", None, "Family satisfaction survey above 60%", "G", "green"),
             ("AFI2.3", "Publish a termly 'You said, we did' newsletter for families.",
              "SEND Communications Officer", ["SEND Communications Officer"], "Jan 24", "Termly", None, "Termly", "Newsletter issued each term", "G", "green"),
         ]),
    ]
    cols = ["Inspection finding", "Ref", "Action", "Owner", "Start", "Complete by", "Success measure", "RAG"]
    actions = []
    for head, finding, rows in sections:
        doc.add_heading(head, level=1)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="7030A0")
        m = t.cell(1, 0).merge(t.cell(len(rows), 0))
        put(m, finding, italic=True)
        shade(m, "F2F2F2")
        for i, (ref, act, own, own_e, start, by, end, end_text, msr, rag, st) in enumerate(rows, start=1):
            for j, v in enumerate([ref, act, own, start, by, msr, rag], start=1):
                put(t.cell(i, j), v)
            actions.append(A(ref, [head, finding], act, own_e, end, st, end_text))
        doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk; R = off track. Where a completion date has been revised, the "
                      "original date is shown in brackets.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates local area SEND partnerships' priority action plans after the 2023 Ofsted/CQC area SEND framework "
                  "(e.g. Southend SEND strategic action plan 2023-26, Bristol accelerated action plan): RAG summary table at the "
                  "top, Heading 1 per area for priority action / area for improvement, the inspectors' wording in a vertically "
                  "merged first column spanning that section's actions, Start and Complete by columns, RAG letters with "
                  "'Achieved', a revised date with the original in brackets.",
        "reads": "Thirteen partnership actions under two areas for priority action and two areas for improvement; the inspection "
                 "finding is written once in a tall merged cell to the left of each section's actions. The end month is the "
                 "'Complete by' column (not Start); PA1.3 was put back from Dec 23 to Mar 24. The summary table at the top is "
                 "counts, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "SEND Priority Action Plan 2023–2025",
    }, actions)
    return name


# ---------------------------------------------------------------------------
# 6. Corporate parenting action plan with a data error: one table with pledge
#    rows merged across; one due date typed with a letter O ("Sept-2O21").
# ---------------------------------------------------------------------------
def make_cp():
    name = "j-cp-ashby-corporate-parenting-action-plan.docx"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Ashby Borough Council – Corporate Parenting Panel").bold = True
    doc.add_heading("Corporate Parenting Strategy: Action Plan 2021–22", level=0)
    doc.add_paragraph("Our pledges to children in care and care leavers, and what we will do to meet them. Progress is reviewed at "
                      "every Corporate Parenting Panel. This version: Panel of 8 July 2021.")
    cols = ["No.", "We will…", "Lead", "Due", "Update", "RAG"]
    data = [
        ("P", "Pledge 1: We will listen to you and act on what you tell us"),
        ("1", "Children in Care Council (CiCC) to attend every second Corporate Parenting Panel.", "Participation Lead", "Jun-21", "CiCC attended in June.", "G"),
        ("2", "Run the annual 'Bright Spots' survey of children in care and report results to Panel.", "Head of Corporate Parenting", "Sept-21", "Survey launched 1 July.", "G"),
        ("3", "Publish a 'You said, we did' summary after each CiCC meeting.", "Participation Lead", "Ongoing", "Two summaries published.", "A"),
        ("P", "Pledge 2: We will find you a home that is right for you"),
        ("4", "Recruit 15 new in-house fostering households, with a focus on teenagers and sibling groups.", "Fostering Service Manager", "Mar-22", "4 approved so far.", "A"),
        ("5", "Open a two-bed local children's home for young people returning from out-of-area placements.", "Head of Commissioning", "Sept-2O21", "Ofsted registration application submitted.", "A"),
        ("6", "Review the foster carer payment scheme and skills levels.", "Fostering Service Manager / Finance Business Partner", "Dec-21", "", ""),
        ("P", "Pledge 3: We will help you get ready for adult life"),
        ("7", "Ring-fence council apprenticeships for care leavers (minimum 5 per year).", "HR Business Partner", "Apr-21", "5 places ring-fenced.", "B"),
        ("8", "Exempt care leavers from council tax up to age 25.", "Head of Revenues and Benefits", "Apr-21", "In place from 1 April.", "B"),
        ("9", "Agree a housing protocol for care leavers with registered providers.", "Head of Housing; Head of Leaving Care", "Nov-21", "Draft protocol with providers.", "G"),
    ]
    t = doc.add_table(rows=1 + len(data), cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    refuse_row = None
    for i, row in enumerate(data, start=1):
        if row[0] == "P":
            m = t.cell(i, 0).merge(t.cell(i, len(cols) - 1))
            put(m, row[1], bold=True)
            shade(m, LIGHT)
            continue
        for j, v in enumerate(row):
            put(t.cell(i, j), v)
        shade(t.cell(i, 5), {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}.get(row[5]))
        if "2O21" in row[3]:
            refuse_row = i + 1  # 1-based table row, header row = 1
    doc.add_paragraph()
    doc.add_paragraph("RAG: R – off track; A – some slippage; G – on track; B – complete.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates an English council's corporate parenting strategy action plan presented to its Corporate Parenting "
                  "Panel (2021-22): one landscape table with pledge rows merged across the table, 'We will…' action column, "
                  "Lead/Due/Update columns, RAG letters in coloured cells, key as a paragraph below.",
        "reads": "Nine numbered actions under three pledges. Action 5's due date is typed 'Sept-2O21' with a capital letter O in "
                 "the year, a mistyped month a careful person would query before recording it (table row %d, counting the "
                 "header row as 1; the pledge rows are rows of the same table)." % refuse_row,
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Corporate Parenting Strategy: Action Plan 2021–22",
    }, None)
    return name


if __name__ == "__main__":
    for f in (make_ilacs, make_fv, make_jtai, make_ciw, make_send, make_cp):
        print("wrote", f())
