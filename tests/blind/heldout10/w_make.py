# Generator for the heldout10 "w-" blind cases. Run with /work/main/.venv/bin/python w_make.py
import os, yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
BLUE, GREEN, AMBER, RED, GREY, LIGHT = "9DC3E6", "92D050", "FFC000", "FF0000", "D9D9D9", "DEEAF6"

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def put(cell, text, bold=False, italic=False, size=9):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, l in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(l); r.bold = bold; r.italic = italic; r.font.size = Pt(size)

def row(table, cells, bold=False, fill=None, italic=False):
    r = table.add_row()
    for c, t in zip(r.cells, cells):
        put(c, t, bold=bold, italic=italic)
        if fill: shade(c, fill)
    return r

def full_row(table, text, bold=True, fill=None, italic=False):
    r = table.add_row(); c = r.cells[0].merge(r.cells[-1]); put(c, text, bold=bold, italic=italic)
    if fill: shade(c, fill)
    return r

def new_table(doc, header, fill=GREY, repeat=True):
    t = doc.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, header):
        put(c, h, bold=True); shade(c, fill)
    if repeat:
        trPr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    return t

def landscape(doc):
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)

def para(doc, text, bold=False, italic=False, underline=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    return p

def rownum(doc, needle):
    n = 0
    for t in doc.tables:
        for r in t.rows:
            n += 1
            if any(needle in c.text for c in r.cells): return n
    raise ValueError(needle)

def A(ref, under, action, lead, end, status, end_text=None):
    d = {'ref': ref, 'under': under, 'action': action, 'lead': lead, 'end': end}
    if end_text is not None: d['end_text'] = end_text
    d['status'] = status
    return d

def save(doc, name, meta, actions=None):
    doc.save(os.path.join(OUT, name + '.docx'))
    y = dict(meta)
    if actions is not None: y['actions'] = actions
    with open(os.path.join(OUT, name + '.docx.expected.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(y, f, sort_keys=False, allow_unicode=True, width=100000)

PCT_STATUS = lambda p: 'blue' if p == 100 else 'green' if p >= 50 else 'amber' if p >= 1 else 'unrated'

# ---------------------------------------------------------------- 1 focused visit
def focused_visit():
    doc = Document(); landscape(doc)
    title = "Focused Visit Action Plan: Children in Need and Child Protection"
    hp = doc.sections[0].header.paragraphs[0]; hp.text = title; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.sections[0].footer.paragraphs[0].text = "Appendix B – Children and Young People Scrutiny Committee, 22 February 2024"
    para(doc, "Appendix B", bold=True, size=14)
    para(doc, "Response to the Ofsted focused visit of 7 and 8 November 2023")
    para(doc, "Ofsted identified three areas for improvement. The actions below were agreed by the Practice Improvement Board on 12 December 2023 and progress is shown as at 31 January 2024.")
    para(doc, "Progress key:  100% = Complete (blue)   |   50–99% = On track (green)   |   1–49% = Some slippage (amber)   |   0% = Not started", italic=True)
    hdr = ["Area for improvement", "No.", "Action", "Responsible", "By when", "Evidence of impact", "Progress %"]
    t = new_table(doc, hdr, repeat=False)
    areas = [
      ("Managers' oversight and supervision do not consistently provide clear direction or challenge drift for children in need.", [
        ("A1", "Refresh the supervision policy and template so that every supervision record sets out actions, timescales and the manager's analysis of progress for the child.", "Head of Service, Children in Need", ["Head of Service, Children in Need"], "31/01/2024", "2024-01", None, "Audit shows 80% of supervision records rated good or better", 100),
        ("A2", "Deliver reflective supervision training to all team managers and advanced practitioners.", "Principal Social Worker", ["Principal Social Worker"], "Feb 2024", "2024-02", None, "Training attendance; staff survey", 100),
        ("A3", "Introduce a monthly drift and delay panel for children in need open longer than nine months.", "AD Safeguarding / Head of Service CIN", ["AD Safeguarding", "Head of Service CIN"], "March 2024", "2024-03", None, "Reduction in CIN episodes over 9 months", 60),
        ("A4", "Team managers to record a management oversight case note at each step-down or closure decision.", "Team Managers", ["Team Managers"], "Ongoing", None, "Ongoing", "Monthly compliance report", 75),
      ]),
      ("The quality of child protection plans, which are not always specific about what needs to change for children.", [
        ("B1", "Revise the child protection plan template with SMART outcomes and a contingency section co-designed with parents.", "Independent Reviewing Service Manager", ["Independent Reviewing Service Manager"], "w/c 15/01/24", "2024-01", None, "New template live on Liquidlogic", 100),
        ("B2", "Child protection chairs to quality assure every plan at the first review and escalate plans that are not specific.", "CP Chairs; QA Manager", ["CP Chairs", "QA Manager"], "Q4 2023/24", "2024-03", None, "Escalation log", 40),
        ("B3", "Monthly thematic audit of 20 child protection plans with findings reported to the Practice Improvement Board.", "Jo Farrell and Priya Shah", ["Jo Farrell", "Priya Shah"], "Apr-24", "2024-04", None, "Audit findings report", 50),
      ]),
      ("Contingency planning for children when progress is not made within the Public Law Outline pre-proceedings.", [
        ("C1", "Establish a fortnightly legal gateway tracker for all children in pre-proceedings.", "Head of Legal Services (Children)", ["Head of Legal Services (Children)"], "End of February 2024", "2024-02", None, "Tracker in place; average PLO duration", 0),
        ("C2", "Train social workers on letters before proceedings written in plain language.\nInclude parents' advocates in the design of the training.", "Learning & Development Lead", ["Learning & Development Lead"], "May 2024", "2024-05", None, "Feedback from parents and advocates", 10),
        ("C3", "Review all children who have been in pre-proceedings for more than 16 weeks and agree a decision on next steps.", "Head of Service, Court & Permanence", ["Head of Service, Court & Permanence"], "Sept 2023 – Jan 2024", "2024-01", None, "All children reviewed; decisions recorded", 100),
      ]),
    ]
    acts = []
    for ai, (area, items) in enumerate(areas):
        if ai == 2:
            row(t, ["Area for improvement (continued)", "No.", "Action", "Responsible", "By when", "Evidence of impact", "Progress %"], bold=True, fill=GREY)
        first = None
        for ref, action, leadtxt, lead, endtxt, end, et, ev, pct in items:
            r = row(t, ["", ref, action, leadtxt, endtxt, ev, f"{pct}%"])
            if first is None: first = r; put(r.cells[0], area, bold=True)
            else:
                m = first.cells[0].merge(r.cells[0])
                for p in m.paragraphs[1:]:
                    if not p.text: p._p.getparent().remove(p._p)
            acts.append(A(ref, [area], action, lead, end, PCT_STATUS(pct), et))
    full_row(t, "Note: actions C1–C3 are also reported to the Local Family Justice Board.", bold=False, italic=True)
    save(doc, "w-focused-visit", {
        'source': "Imitates an English council's Ofsted focused visit (children in need and child protection, 2023) action plan published as a scrutiny committee appendix. Title only in the page header; one landscape table whose first column (area for improvement) is vertically merged over its actions; progress as percentages with a key paragraph; a re-typed 'continued' header row mid-table; a closing note row.",
        'reads': "A single action plan table answering three Ofsted areas for improvement, each area merged down the first column over its numbered actions (A1–C3). Progress is a percentage read through the key above the table (100% complete, 50–99% on track, 1–49% slippage, 0% not started).",
        'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# ---------------------------------------------------------------- 2 JTAI
def jtai():
    doc = Document(); landscape(doc)
    para(doc, "Northfield Safeguarding Children Partnership", size=14)
    title = "Joint Targeted Area Inspection: Multi-Agency Action Plan"
    doc.add_heading(title, 0)
    para(doc, "Multi-agency response to children at risk of exploitation – inspection 4–8 December 2023", italic=True)
    para(doc, "Version control", bold=True)
    v = new_table(doc, ["Version", "Date", "Author", "Changes"], repeat=False)
    row(v, ["0.3", "19/01/2024", "Partnership Business Unit", "Draft for Executive"])
    row(v, ["1.0", "02/02/2024", "Partnership Business Unit", "Approved by Partnership Executive"])
    row(v, ["1.2", "30/09/2024", "Partnership Business Unit", "September progress update"])
    para(doc, "")
    para(doc, "Status key:   ✔ Completed    ● On track    ▲ Some risk to delivery    ✘ Off track    ○ Not yet started", bold=True)
    SYM = {'blue': '✔', 'green': '●', 'amber': '▲', 'red': '✘', 'unrated': '○'}
    data = [
     ("Theme 1: Identification of children at risk of exploitation", [
      ("Area for improvement 1.1 – Return home interviews are not consistently offered or used to inform risk assessment.", [
        ("1.1.1", "Recommission the return home interview service with a 72-hour offer and a shared recording template.", "Local authority", "Head of Commissioning", ["Head of Commissioning"], "High", "Jan 2024", "June 2024", "2024-06", None, "blue", "Progress: new provider in place from 1 June; first quarter data due September."),
        ("1.1.2", "Share return home interview information with police missing persons coordinators within 24 hours.", "LA / Police", "DI Mark Owens", ["DI Mark Owens"], "High", "Feb 2024", "31.07.2024", "2024-07", None, "green", None),
        ("1.1.3", "Audit 30 return home interviews each quarter for quality and use in risk assessment.", "Partnership", "Partnership Business Manager", ["Partnership Business Manager"], "Medium", "Apr 2024", "Quarterly", None, "Quarterly", "amber", None),
      ]),
      ("Area for improvement 1.2 – Health practitioners do not routinely use the exploitation screening tool.", [
        ("1.2.1", "Embed the exploitation screening tool in emergency department triage.", "Acute Trust", "Named Nurse / Named Doctor", ["Named Nurse", "Named Doctor"], "High", "Mar 2024", "Sep-24", "2024-09", None, "green", None),
        ("1.2.2", "Deliver exploitation awareness training to GP practice safeguarding leads.", "ICB", "Designated Nurse Safeguarding Children", ["Designated Nurse Safeguarding Children"], "Medium", "May 2024", "Dec 2024", "2024-12", None, "unrated", None),
        ("1.2.3", "Add exploitation screening to the school nursing health needs assessment.", "Community Health", "Head of 0-19 Services", ["Head of 0-19 Services"], "Low", "Jun 2024", "Mar 2025", "2025-03", None, "unrated", None),
      ])]),
     ("Theme 2: Multi-agency risk management", [
      ("Area for improvement 2.1 – Strategy discussions do not always include all relevant agencies.", [
        ("2.1.1", "Publish revised strategy discussion guidance requiring health and education attendance or written input.", "Partnership", "Practice Sub-Group Chair", ["Practice Sub-Group Chair"], "High", "Jan 2024", "Mar 2024", "2024-03", None, "blue", None),
        ("2.1.2", "Introduce a daily MASH strategy meeting slot with a health practitioner present.", "LA / Health", "MASH Manager & Health MASH Lead", ["MASH Manager", "Health MASH Lead"], "High", "Apr 2024", "Jul 2024", "2024-07", None, "red", "Progress: health post vacant since May; interim cover being sought through the ICB."),
        ("2.1.3", "Dip-sample 25 strategy discussions for multi-agency attendance.", "Partnership", "QA Officer (Partnership)", ["QA Officer (Partnership)"], "Medium", "Sep 2024", "Nov 2024", "2024-11", None, "green", None),
      ]),
      ("Area for improvement 2.2 – The exploitation panel does not track outcomes for children over time.", [
        ("2.2.1", "Develop an outcome tracker for every child discussed at the exploitation panel.", "Local authority", "Head of Adolescent Services", ["Head of Adolescent Services"], "High", "Feb 2024", "May 2024", "2024-05", None, "blue", None),
        ("2.2.2", "Panel to review tracker data every quarter and report trends to the Partnership Executive.", "Partnership", "S. Patel; R. Gill", ["S. Patel", "R. Gill"], "Medium", "Jul 2024", "Ongoing", None, "Ongoing", "green", None),
        ("2.2.3", "Map locations of concern with Community Safety partners and agree disruption plans.", "Police / Community Safety", "Insp. Laura Kent", ["Insp. Laura Kent"], "Medium", "Jun 2024", "Oct 2024", "2024-10", None, "amber", "Progress: mapping complete for two of three localities."),
      ])]),
     ("Theme 3: Voice of the child", [
      ("Area for improvement 3.1 – Children's views are not consistently recorded in multi-agency plans.", [
        ("3.1.1", "Co-produce a 'What matters to me' page with the Youth Council for use in all plans.", "Local authority", "Participation Lead", ["Participation Lead"], "Medium", "Mar 2024", "Aug 2024", "2024-08", None, "blue", None),
        ("3.1.2", "Include the child's voice as a standing question in all partnership audits.", "Partnership", "Partnership Business Manager", ["Partnership Business Manager"], "Low", "Sep 2024", "Jan 2025", "2025-01", None, "green", None),
      ])]),
    ]
    acts = []
    for theme, areas in data:
        doc.add_heading(theme, 1)
        for area, items in areas:
            doc.add_heading(area, 2)
            t = new_table(doc, ["Ref", "Action", "Partner agency", "Lead officer", "Priority", "Start", "Completion", "Status"])
            for ref, action, partner, leadtxt, lead, prio, start, endtxt, end, et, st, prog in items:
                r = row(t, [ref, action, partner, leadtxt, prio, start, endtxt, SYM[st]])
                r.cells[7].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if prog:
                    pr = t.add_row(); c = pr.cells[1].merge(pr.cells[7]); put(c, prog, italic=True)
                acts.append(A(ref, [theme, area], action, lead, end, st, et))
            para(doc, "")
    save(doc, "w-jtai", {
        'source': "Imitates a safeguarding children partnership's JTAI (multi-agency response to child exploitation, 2023) action plan as a partnership board paper. Cover title, version control table, status key of symbols (✔ ● ▲ ✘ ○), themes as Heading 1 and areas for improvement as Heading 2, one 8-column table per area with Partner agency and Priority columns, and merged 'Progress:' rows under some actions.",
        'reads': "A multi-agency plan of three themes, each with areas for improvement and a small table of numbered actions (1.1.1 etc.) with partner, lead officer, priority, start, completion and a status symbol read through the key. Italic 'Progress:' rows are commentary on the action above, not actions.",
        'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# ---------------------------------------------------------------- 3 SEND WSOA (refuse)
def send_wsoa():
    doc = Document(); landscape(doc)
    title = "Written Statement of Action"
    para(doc, title, bold=True, size=22)
    para(doc, "Local area SEND inspection of Eastmoor, 7–11 March 2022 – joint response of Eastmoor Council and the NHS Clinical Commissioning Group", size=12)
    para(doc, "Contents", bold=True)
    c = new_table(doc, ["Section", "Page"], repeat=False)
    for s, p in [("1. Introduction", "2"), ("2. Governance", "3"), ("3. Areas of significant weakness and actions", "4"), ("4. Monitoring and evaluation", "9")]:
        row(c, [s, p])
    para(doc, "1. Introduction", bold=True)
    para(doc, "Ofsted and the Care Quality Commission identified three areas of significant weakness. This statement sets out how the local area partnership will address them.")
    para(doc, "2. Governance", bold=True)
    para(doc, "Delivery is overseen by the SEND Improvement Board, which reports to the Health and Wellbeing Board.")
    para(doc, "3. Areas of significant weakness and actions", bold=True)
    hdr = ["Ref", "Action", "Lead (name)", "Lead organisation", "Start", "End", "Success measure", "Evidence", "RAG"]
    areas = [
      ("Area of significant weakness 1: The inconsistent quality of education, health and care (EHC) plans, and the timeliness of new EHC plans.", [
        ["1.1", "Introduce a multi-agency EHC plan quality assurance framework with termly moderation.", "Helen Price", "Council", "Apr 2022", "July 2022", "80% of audited plans good", "QA reports", "G"],
        ["1.2", "Recruit four additional EHC coordinators.", "Helen Price", "Council", "Apr 2022", "Sept 2022", "20-week timeliness above 60%", "Monthly dashboard", "G"],
        ["1.3", "Health advice returned within 6 weeks for all EHC needs assessments.", "Dr Amir Khan", "CCG", "May 2022", "Dec 2022", "95% within 6 weeks", "DCO report", "A"],
        ["1.4", "Co-produce an EHC plan template with the Parent Carer Forum.", "Claire Ward", "Parent Carer Forum / Council", "Jun 2022", "Nov 2022", "Template in use", "Forum feedback", "G"],
      ]),
      ("Area of significant weakness 2: Long waiting times for neurodevelopmental assessment, and support for families while they wait.", [
        ["2.1", "Commission additional ASD assessment capacity from an independent provider.", "Sarah Holt", "CCG", "Apr 2022", "Aug 2022", "Waiting list reduced by 30%", "Contract monitoring", "G"],
        ["2.2", "Launch a 'waiting well' support offer for families on the neurodevelopmental pathway.", "Sarah Holt", "CCG", "May 2022", "Sept 2022", "Parent survey satisfaction 70%", "Survey results", "A"],
        ["2.3", "Train SENCOs in the graduated approach for children awaiting assessment.", "Mark Evans", "Council", "Jun 2022", "Ocotber 2022", "All schools represented", "Attendance records", "G"],
        ["2.4", "Publish monthly waiting-time data on the local offer.", "Sarah Holt", "CCG", "Jul 2022", "Jan 2023", "Data published monthly", "Local offer page", "R"],
      ]),
      ("Area of significant weakness 3: The local offer is not well known or used by families.", [
        ["3.1", "Relaunch the local offer website with the Parent Carer Forum.", "Claire Ward", "Council", "Apr 2022", "Oct 2022", "Visits up 50%", "Web analytics", "G"],
        ["3.2", "Run local offer roadshows in every locality.", "Claire Ward", "Council", "Sep 2022", "Mar 2023", "Six roadshows held", "Attendance", "A"],
        ["3.3", "Add a 'you said, we did' page updated each term.", "Mark Evans", "Council", "Sep 2022", "Termly", "Page updated each term", "Local offer page", "G"],
      ]),
    ]
    for area, items in areas:
        para(doc, area, bold=True)
        t = new_table(doc, hdr)
        for it in items: row(t, it)
        para(doc, "")
    para(doc, "4. Monitoring and evaluation", bold=True)
    para(doc, "Progress is reported quarterly to DfE and NHS England advisers.")
    n = rownum(doc, "Ocotber 2022")
    save(doc, "w-send-wsoa", {
        'source': "Imitates a local area SEND inspection Written Statement of Action (Ofsted/CQC 2022, e.g. the Knowsley and Darlington WSoAs) published on a local offer website. Title as large bold first line, a contents table, numbered bold section paragraphs, areas of significant weakness as bold paragraphs with one 9-column table each (separate Lead name and Lead organisation columns, Success measure and Evidence columns, RAG letters).",
        'reads': "A WSoA with three areas of significant weakness and eleven numbered actions. Action 2.3's end month is written 'Ocotber 2022', a mistyped month, so a careful reader stops and asks rather than guessing.",
        'outcome': 'refuse', 'accept_refusal': False, 'refuse_at': n, 'title': title})
    return n

# ---------------------------------------------------------------- 4 CQC ASC (status by fill only)
def cqc():
    doc = Document(); landscape(doc)
    title = "Adult Social Care Improvement Plan – Response to CQC Local Authority Assessment"
    doc.add_heading(title, 1)
    para(doc, "Version 1.3 – approved by the Health and Wellbeing Board, 18 July 2024", italic=True)
    para(doc, "Progress is shown by the colour of the Status cell:")
    k = doc.add_table(rows=0, cols=2); k.style = 'Table Grid'
    for fill, label in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk of delay"), (RED, "Off track"), (None, "No colour – not yet started")]:
        r = k.add_row(); put(r.cells[1], label)
        if fill: shade(r.cells[0], fill)
    para(doc, "")
    FILL = {'blue': BLUE, 'green': GREEN, 'amber': AMBER, 'red': RED, 'unrated': None}
    hdr = ["Status", "Ref", "What we will do", "Who", "When", "Resources", "Measure of success"]
    data = [
     ("Theme 1: Working with people", [
      ("Quality statement: Assessing needs", [
        ("WP1", "Reduce the number of people waiting for a Care Act assessment to under 250 through a dedicated assessment hub.", "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"], "31/12/2024", "2024-12", None, "£420k one-off (BCF)", "Waiting list below 250", "green"),
        ("WP2", "Introduce a 'waiting well' contact every 6 weeks for people on the assessment waiting list.", "Lee, Sam", ["Lee, Sam"], "Oct-24", "2024-10", None, "Within existing staffing", "100% contacted within 6 weeks", "blue"),
        ("WP3", "Review the carers' assessment offer with the Carers Centre and publish a new carers' pathway.", "Carers Lead / Commissioning Manager", ["Carers Lead", "Commissioning Manager"], "Q4 2024/25", "2025-03", None, "Carers Centre grant", "Carers' assessments up 25%", "amber"),
      ]),
      ("Quality statement: Supporting people to live healthier lives", [
        ("WP4", "Expand reablement service capacity by 20% and measure outcomes at 91 days.", "Reablement Service Manager", ["Reablement Service Manager"], "End of June 2025", "2025-06", None, "4 FTE reablement workers", "85% at home after 91 days", "unrated"),
        ("WP5", "Launch a digital self-assessment for equipment and minor adaptations.", "Tom Reid (Digital Programme Lead)", ["Tom Reid (Digital Programme Lead)"], "March 2025", "2025-03", None, "£60k digital fund", "500 self-assessments a year", "green"),
      ])]),
     ("Theme 2: Providing support", [
      ("Quality statement: Care provision, integration and continuity", [
        ("PS1", "Publish a market position statement covering home care, extra care and nursing provision.", "AD Commissioning", ["AD Commissioning"], "Sept 2024", "2024-09", None, "Existing", "Statement published", "blue"),
        ("PS2", "Agree fee uplifts with providers using a cost of care exercise.", "AD Commissioning; Finance Business Partner", ["AD Commissioning", "Finance Business Partner"], "Q1 2025/26", "2025-06", None, "£1.2m within MTFS", "Uplifts agreed with 90% of providers", "green"),
        ("PS3", "Implement a trusted assessor model for hospital discharge with both acute trusts.", "Integrated Discharge Lead", ["Integrated Discharge Lead"], "Jan 2025 – Jul 2025", "2025-07", None, "Better Care Fund", "Discharge delays down 20%", "red"),
      ])]),
     ("Theme 3: Ensuring safety", [
      ("Quality statement: Safeguarding", [
        ("ES1", "Clear the backlog of safeguarding concerns awaiting triage and set a 5-working-day standard.", "Head of Safeguarding Adults", ["Head of Safeguarding Adults"], "By 30 November 2024", "2024-11", None, "Agency social workers x2 (6 months)", "No concerns over 5 days", "blue"),
        ("ES2", "Introduce quarterly multi-agency safeguarding audits with the Safeguarding Adults Board.", "SAB Business Manager", ["SAB Business Manager"], "Quarterly from Jan 2025", None, "Quarterly from Jan 2025", "Partner time", "Audit reports to SAB", "green"),
      ])]),
     ("Theme 4: Leadership", [
      ("Quality statement: Governance, management and sustainability", [
        ("L1", "Establish an Adult Social Care Improvement Board chaired by the Chief Executive.", "Chief Executive", ["Chief Executive"], "Aug-24", "2024-08", None, "Nil", "Board meeting monthly", "blue"),
        ("L2", "Develop a performance framework reporting to Cabinet every quarter.", "Head of Performance & Intelligence", ["Head of Performance & Intelligence"], "Dec-24", "2024-12", None, "Business intelligence team", "Quarterly Cabinet reports", "amber"),
      ])]),
    ]
    acts = []
    for theme, qss in data:
        para(doc, theme, bold=True, underline=True, size=13)
        for qs, items in qss:
            para(doc, qs, italic=True)
            t = new_table(doc, hdr)
            for ref, action, leadtxt, lead, endtxt, end, et, res, meas, st in items:
                r = row(t, ["", ref, action, leadtxt, endtxt, res, meas])
                if FILL[st]: shade(r.cells[0], FILL[st])
                acts.append(A(ref, [theme, qs], action, lead, end, st, et))
            if qs.startswith("Quality statement: Care provision"):
                full_row(t, "Actions PS1–PS3 are overseen by the Market Sustainability Group.", bold=False, italic=True)
            para(doc, "")
    save(doc, "w-cqc-asc", {
        'source': "Imitates an English council's adult social care improvement plan responding to its CQC local authority assessment (2024), as a Health and Wellbeing Board appendix. Title as a Heading, a colour-only key table, themes as underlined bold paragraphs and quality statements as italic paragraphs, tables with the Status column first and no text in it (status is the cell fill), Resources and Measure of success columns.",
        'reads': "Twelve actions (WP1–L2) grouped by CQC theme and quality statement. Each action's status is only the fill colour of its first cell, read through the colour key (blue complete, green on track, amber at risk, red off track, no fill not started).",
        'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# ---------------------------------------------------------------- 5 youth justice HMIP (refuse)
def yjs():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
    title = "Youth Justice Service – HMI Probation Inspection Action Plan"
    para(doc, title, bold=True, size=16)
    para(doc, "Report to the Youth Justice Management Board, 24 April 2025. Inspection fieldwork: November 2024; report published February 2025.")
    d = new_table(doc, ["Version", "Date", "Author", "Summary"], repeat=False)
    row(d, ["1.0", "10/03/2025", "YJS Manager", "First draft"])
    row(d, ["1.1", "14/04/2025", "YJS Manager", "Board comments added"])
    para(doc, "")
    recs = [
      ("1. The Youth Justice Management Board should make sure that board members understand the needs of children known to the service and use this to shape partnership resources.", [
        ["1a", "Board induction pack and annual development session on the profile of children known to the service.", "Chair of the YJ Management Board", "30/06/2025", "All members inducted", "On track"],
        ["1b", "Quarterly data report to include disproportionality, education and health needs.", "YJS Information Officer", "31/07/2025", "Report received each quarter", "On track"],
        ["1c", "Each board member to sponsor one service priority.", "Chair of the YJ Management Board", "30/09/2025", "Sponsors named", "Not started"],
      ]),
      ("2. The YJS Manager should improve the quality of assessment and planning for keeping other people safe.", [
        ["2a", "Deliver risk of serious harm training to all case managers.", "YJS Manager", "31/05/2025", "All case managers trained", "Completed"],
        ["2b", "Introduce a risk management panel for all high and very high risk cases.", "Operations Manager", "30/04/2025", "Panel minutes", "Completed"],
        ["2c", "Monthly case audits of safety and wellbeing and risk of harm plans.", "Practice Lead", "Monthly", "Audit scores above 75%", "On track"],
      ]),
      ("3. The Director of Children's Services should make sure that children known to the service receive education, training and employment support.", [
        ["3a", "Appoint a seconded education officer to the YJS.", "Head of Inclusion", "31/08/2025", "Officer in post", "On track"],
        ["3b", "Share school attendance data weekly for all children open to the YJS.", "Head of Inclusion", "15/13/2025", "Weekly data received", "On track"],
        ["3c", "Agree a post-16 ETE pathway with the local college.", "Operations Manager", "31/10/2025", "Pathway agreed", "Not started"],
      ]),
      ("4. The Integrated Care Board should ensure timely access to speech and language therapy.", [
        ["4a", "Screen every child at the start of an order for speech, language and communication needs.", "YJS Health Lead", "31/07/2025", "100% screened", "On track"],
        ["4b", "Commission 0.5 FTE speech and language therapist for the YJS.", "ICB Designated Nurse", "30/09/2025", "Therapist in post", "Amber"],
      ]),
    ]
    for rec, items in recs:
        para(doc, rec, bold=True)
        t = new_table(doc, ["Ref", "Action", "Owner", "Deadline", "Impact measure", "Status"])
        for it in items: row(t, it)
        para(doc, "")
    n = rownum(doc, "15/13/2025")
    save(doc, "w-yjs-hmip", {
        'source': "Imitates a youth justice service's post-inspection action plan after an HMI Probation inspection (2024/25), as a YJ Management Board report. OFFICIAL header, bold title line, document-control table, recommendations as numbered bold paragraphs each followed by a 6-column table (Ref, Action, Owner, Deadline, Impact measure, Status words), day-first full dates.",
        'reads': "Four HMIP recommendations with eleven lettered actions and day-first deadlines. Action 3b's deadline is '15/13/2025', which has no month 13, so the intended month cannot be known and a careful reader stops to ask.",
        'outcome': 'refuse', 'accept_refusal': False, 'refuse_at': n, 'title': title})
    return n

# ---------------------------------------------------------------- 6 CIW Wales (boxes)
def ciw():
    doc = Document(); landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]; hp.text = "Cynllun Gweithredu / Action Plan – Gwasanaethau Plant / Children's Services"
    title = "Performance Evaluation Inspection of Children's Services – Improvement Action Plan"
    doc.add_heading(title, 0)
    para(doc, "Care Inspectorate Wales (CIW) inspected children's services in January 2023. The areas for improvement are shown in the shaded boxes, with our actions beneath.")
    para(doc, "RAG:  R – not on track   A – some concerns   G – on track   B – complete", bold=True)
    data = [
     ("People – voice and control", "Area for improvement 1", "Ensure that the voice of children is clearly recorded in assessments and care and support plans.", [
        ("1a", "Revise the assessment template so the 'what matters' conversation is recorded in the child's own words.", "Service Manager – Assessment", ["Service Manager – Assessment"], "31 May 2023", "2023-05", None, "New template live from 1 May.", "B"),
        ("1b", "Deliver training on recording 'what matters' to all social workers and senior practitioners.", "Workforce Development Officer", ["Workforce Development Officer"], "Sept. 2023", "2023-09", None, "78 of 96 staff trained.", "G"),
     ]),
     ("Prevention", "Area for improvement 2", "Strengthen the early help offer so that families receive support at the earliest opportunity.", [
        ("2a", "Map the early help offer across Flying Start, Families First and third sector partners.", "Head of Early Intervention and Prevention", ["Head of Early Intervention and Prevention"], "June 2023", "2023-06", None, "Map published on intranet.", "B"),
        ("2b", "Establish a single front door for early help referrals within the Information, Advice and Assistance service.", "IAA Team Manager", ["IAA Team Manager"], "01/12/2023", "2023-12", None, "Staffing model agreed; IT changes outstanding.", "A"),
        ("2c", "Publish early help information in Welsh and English on the Dewis Cymru directory.", "Communications Officer / Bilingual Services Officer", ["Communications Officer", "Bilingual Services Officer"], "Ongoing", None, "Ongoing", "42 entries live.", "G"),
     ]),
     ("Partnerships, integration and co-production", "Area for improvement 3", "Improve joint working with the health board for children with complex needs moving to adult services.", [
        ("3a", "Agree a joint transition protocol with the health board for children with complex needs.", "Head of Children's Services, Head of Adult Services", ["Head of Children's Services", "Head of Adult Services"], "March 2024", "2024-03", None, "Draft delayed pending health board restructure.", "R"),
        ("3b", "Hold quarterly co-production sessions with the Children's Rights and Participation group.", "Participation Officer", ["Participation Officer"], "Quarterly", None, "Quarterly", "Sessions held in July and October.", "G"),
     ]),
     ("Well-being", "Area for improvement 4", "Improve placement sufficiency so that children can live close to home.", [
        ("4a", "Recruit 20 additional in-house foster carers through Foster Wales.", "Fostering Team Manager", ["Fostering Team Manager"], "Mar-24", "2024-03", None, "9 approved to date.", "A"),
        ("4b", "Open two small local children's homes under the Eliminating Profit programme.", "Head of Commissioning", ["Head of Commissioning"], "Q4 2024/25", "2025-03", None, "", ""),
     ]),
    ]
    ST = {'R': 'red', 'A': 'amber', 'G': 'green', 'B': 'blue', '': 'unrated'}
    acts = []
    for principle, aname, atext, items in data:
        doc.add_heading(principle, 2)
        box = doc.add_table(rows=1, cols=1); box.style = 'Table Grid'
        put(box.rows[0].cells[0], aname + "\n" + atext, bold=True, size=10); shade(box.rows[0].cells[0], LIGHT)
        para(doc, "")
        t = new_table(doc, ["Action No.", "Action", "Responsible Officer", "Target Date", "Progress update", "RAG"])
        for ref, action, leadtxt, lead, endtxt, end, et, prog, rag in items:
            row(t, [ref, action, leadtxt, endtxt, prog, rag])
            acts.append(A(ref, [principle, atext], action, lead, end, ST[rag], et))
        para(doc, "")
    save(doc, "w-ciw-wales", {
        'source': "Imitates a Welsh council's improvement action plan after a Care Inspectorate Wales performance evaluation inspection of children's services (2023). Bilingual page header, Title-style heading, RAG letter key (B = complete), the four Social Services and Well-being Act principles as Heading 2, each area for improvement in a shaded one-cell box table, then a 6-column action table with a Progress update column.",
        'reads': "Four areas for improvement, one per principle, each in a shaded box followed by its numbered actions (1a–4b) with responsible officer, target date, progress update and a RAG letter. Action 4b has no progress or RAG yet.",
        'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# ---------------------------------------------------------------- 7 Scotland Care Inspectorate (one table, no refs)
def scot():
    doc = Document(); landscape(doc)
    title = "Joint Inspection of Services for Children and Young People at Risk of Harm – Improvement Plan 2025–26"
    para(doc, "Glenmuir Children's Services Partnership", bold=True, size=12)
    para(doc, title, bold=True, size=15)
    para(doc, "Prepared for the Chief Officers Group following the Care Inspectorate-led joint inspection reported in May 2025.")
    hdr = ["Improvement action", "Intended outcome", "How we will measure", "Partner agency", "Lead officer", "Timescale", "Progress", "RAG"]
    t = new_table(doc, hdr, fill="1F3864")
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs: r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    data = [
     ("Priority area 1: Children and young people's voices influence their plans and services", [
        ("Embed the Viewpoint tool in all child protection planning meetings.", "Children's views shape their plans", "% of meetings with Viewpoint completed", "Council – Children's Social Work", "Child Protection Service Manager", ["Child Protection Service Manager"], "Aug 2025", "2025-08", None, "Rolled out across all three localities.", "Complete", "blue"),
        ("Create a young people's reference group to review child protection leaflets and letters.", "Information is clear to children", "Reference group feedback", "Council / Third sector", "Children's Rights Officer", ["Children's Rights Officer"], "Dec 25", "2025-12", None, "Group recruited; first meeting held.", "Green", "green"),
        ("Introduce independent advocacy for every child aged 8 and over who is subject to an Interagency Referral Discussion.", "Children are supported to have their say", "Advocacy uptake", "Council", "Lead Officer Child Protection", ["Lead Officer Child Protection"], "By 31 March 2026", "2026-03", None, "Tender under evaluation.", "Amber", "amber"),
     ]),
     ("Priority area 2: Recognising and responding to risk of harm", [
        ("Review the Interagency Referral Discussion (IRD) process against the National Guidance for Child Protection in Scotland 2021 (updated 2023).", "Consistent, timely IRDs", "IRD audit results", "Police Scotland / NHS / Council", "DI Fiona Munro; Dr Alan Reid", ["DI Fiona Munro", "Dr Alan Reid"], "31.10.25", "2025-10", None, "Review group meeting fortnightly.", "Green", "green"),
        ("Deliver multi-agency training on neglect using the Graded Care Profile 2.", "Earlier recognition of neglect", "Number trained; GCP2 use", "Child Protection Committee", "Learning and Development Coordinator", ["Learning and Development Coordinator"], "Sept 2025 – March 2026", "2026-03", None, "Four of eight sessions delivered.", "Green", "green"),
        ("Audit a sample of 40 IRDs for the quality of health involvement.", "Health contribution to IRDs is strong", "Audit findings", "NHS", "Nurse Consultant Child Protection", ["Nurse Consultant Child Protection"], "Nov 2025", "2025-11", None, "Audit postponed – clinical staffing pressures.", "Red", "red"),
        ("Implement the Safe and Together model for domestic abuse in all social work teams.", "Children affected by domestic abuse are safer", "Practice audit", "Council", "Mhairi Campbell & Euan Gray", ["Mhairi Campbell", "Euan Gray"], "April 2026", "2026-04", None, "Champions identified in each team.", "Green", "green"),
     ]),
     ("Priority area 3: Planning and support for children and families", [
        ("Introduce a single multi-agency child's plan template across education, health and social work.", "One plan for each child", "Template in use in all services", "GIRFEC Strategic Group", "GIRFEC Development Officer", ["GIRFEC Development Officer"], "Jan 2026", "2026-01", None, "Template drafted; IT build pending.", "Amber", "amber"),
        ("Strengthen core group attendance by education staff through revised guidance to head teachers.", "Education contributes to every core group", "Attendance rates", "Education", "Head of Inclusion", ["Head of Inclusion"], "Oct 2025", "2025-10", None, "Guidance issued September 2025.", "Complete", "blue"),
        ("Develop a pre-birth pathway with maternity services.", "Earlier support for vulnerable parents", "Pathway agreed and audited", "NHS / Council", "Midwifery Manager / Pre-birth Team Leader", ["Midwifery Manager", "Pre-birth Team Leader"], "Ongoing", None, "Ongoing", "Pathway in consultation.", "Green", "green"),
        ("Review throughcare and aftercare support for young people leaving care aged 16–21 in line with The Promise.", "Care leavers are well supported", "Care leaver survey", "Council", "Throughcare Team Leader", ["Throughcare Team Leader"], "Mar-26", "2026-03", None, "Survey out to young people.", "Green", "green"),
     ]),
     ("Priority area 4: Leadership and collaborative working", [
        ("Agree a shared self-evaluation calendar for the Child Protection Committee and Chief Officers Group.", "Leaders know how well services are doing", "Calendar agreed", "COG / CPC", "CPC Lead Officer", ["CPC Lead Officer"], "Aug 2025", "2025-08", None, "Agreed at COG, August 2025.", "Complete", "blue"),
        ("Publish a joint performance dataset to the Chief Officers Group every quarter.", "Decisions are informed by data", "Dataset published quarterly", "CPC", "Planning and Performance Officer", ["Planning and Performance Officer"], "Quarterly", None, "Quarterly", "Q1 dataset presented.", "Green", "green"),
        ("Commission an independent review of progress against this plan after 12 months.", "Assurance on progress", "Review report", "COG", "Chief Social Work Officer", ["Chief Social Work Officer"], "June 2026", "2026-06", None, "", "Not started", "unrated"),
     ]),
    ]
    acts = []
    for prio, items in data:
        full_row(t, prio, fill=LIGHT)
        for action, outc, meas, partner, leadtxt, lead, endtxt, end, et, prog, rag, st in items:
            row(t, [action, outc, meas, partner, leadtxt, endtxt, prog, rag])
            acts.append(A(None, [prio], action, lead, end, st, et))
    full_row(t, "Summary: 14 actions – 3 complete, 7 green, 2 amber, 1 red, 1 not started", fill=GREY)
    save(doc, "w-scot-ci", {
        'source': "Imitates a Scottish children's services partnership improvement plan after a Care Inspectorate-led joint inspection of services for children and young people at risk of harm (2025), for a Chief Officers Group. Bold title lines, one landscape 8-column table with a dark header, full-width shaded priority-area rows, unnumbered actions, separate Partner agency and Lead officer columns, RAG words, Scottish date styles (31.10.25, Dec 25) and a closing summary row.",
        'reads': "Fourteen unnumbered improvement actions under four priority areas given as shaded full-width rows in one table. Each has an intended outcome, measure, partner agency, lead officer, timescale, progress note and RAG word; the final row is a count summary, not an action.",
        'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# ---------------------------------------------------------------- 8 DfE improvement notice (prev/current RAG)
def dfe():
    doc = Document(); landscape(doc)
    para(doc, "Westbridge Council", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    title = "Children's Services Improvement Plan"
    p = doc.add_heading(title, 0); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "Response to the Department for Education Improvement Notice", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Version 4.0 – September 2024", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Contents", bold=True, size=13)
    for line in ["1. Introduction ........................................ 2", "2. Governance ......................................... 2", "3. Improvement actions by requirement ................... 3", "4. Summary of progress ................................. 8"]:
        para(doc, line)
    para(doc, "Document control", bold=True)
    dc = new_table(doc, ["Version", "Date", "Author", "Change"], repeat=False)
    for r in [["1.0", "15/03/2024", "Improvement Programme Manager", "Submitted to DfE"], ["2.0", "20/05/2024", "Improvement Programme Manager", "Board feedback"], ["4.0", "16/09/2024", "Improvement Programme Manager", "Quarter 2 update"]]:
        row(dc, r)
    doc.add_heading("1. Introduction", 1)
    para(doc, "The Department for Education issued an Improvement Notice in February 2024 following the inadequate judgement. This plan sets out the actions against each requirement of the Notice.")
    doc.add_heading("2. Governance", 1)
    para(doc, "The Improvement Board, chaired by the DfE-appointed independent chair, meets monthly and reviews the RAG rating of every action.")
    para(doc, "RAG key: R – off track; A – at risk; G – on track; C – complete", bold=True)
    doc.add_heading("3. Improvement actions by requirement", 1)
    ST = {'R': 'red', 'A': 'amber', 'G': 'green', 'C': 'blue', '': 'unrated'}
    data = [
     ("Requirement 1: Leadership, management and governance", "Strengthen leadership oversight so that senior leaders know the quality of frontline practice and act on it.", [
        ("L1", "Appoint a permanent Director of Children's Services.", "Chief Executive", ["Chief Executive"], "30/09/2024", "2024-09", None, "A", "C", "Appointment confirmed by Council"),
        ("L2", "Establish the Improvement Board with an independent chair appointed by the DfE.", "DCS", ["DCS"], "July 2024", "2024-07", None, "G", "C", "Terms of reference; minutes"),
        ("L3", "Introduce a monthly practice week in which senior leaders observe frontline practice and audit cases.", "DCS / Assistant Director Social Care", ["DCS", "Assistant Director Social Care"], "Monthly", None, "Monthly", "G", "G", "Practice week reports"),
        ("L4", "Refresh the quality assurance framework with a single audit tool and moderation.", "Head of Quality Assurance", ["Head of Quality Assurance"], "Nov-24", "2024-11", None, "A", "A", "Framework approved"),
     ], "Note: on 14 August 2024 the Improvement Board agreed to move the deadline for L4 from Sept-24 to Nov-24."),
     ("Requirement 2: Front door and assessment", "Ensure that referrals are responded to in a timely way and that thresholds are applied consistently.", [
        ("FD-01", "Implement the revised threshold document with all partners following consultation.", "Partnership Business Manager", ["Partnership Business Manager"], "Oct 2024", "2024-10", None, "R", "A", "Threshold document published"),
        ("FD-02", "Recruit permanent team managers to the MASH and assessment teams.", "Head of Front Door Services", ["Head of Front Door Services"], "Dec 2024", "2024-12", None, "A", "R", "Establishment report"),
        ("FD-03", "Daily RAG-rated tracker of contacts awaiting a decision beyond 24 hours.", "MASH Team Manager", ["MASH Team Manager"], "Ongoing", None, "Ongoing", "G", "G", "Tracker"),
        ("FD-04", "Commission a peer review of the front door from a sector-led improvement partner.", "Jones, Karen", ["Jones, Karen"], "Jan 2025", "2025-01", None, "", "", "Peer review report"),
        ("FD-05", "Reduce assessments over 45 working days to below 10% of open assessments.", "Head of Service – Assessment", ["Head of Service – Assessment"], "31st March 2025", "2025-03", None, "A", "G", "Performance dashboard"),
     ], None),
     ("Requirement 3: Children in care and care leavers", "Improve the quality and timeliness of care planning, permanence and pathway planning.", [
        ("R3.1", "Introduce permanence planning meetings at the second looked-after review for every child.", "Head of Children in Care", ["Head of Children in Care"], "Q3 2024/25", "2024-12", None, "A", "G", "IRO reports"),
        ("R3.2", "Review all children placed with parents under a care order and agree a plan to discharge or continue the order.", "IRO Service Manager", ["IRO Service Manager"], "Feb-25", "2025-02", None, "", "A", "Review log"),
        ("R3.3", "Ensure every care leaver aged 18–21 has an up-to-date pathway plan written with them.", "Leaving Care Team Manager; Personal Advisers", ["Leaving Care Team Manager", "Personal Advisers"], "By end of March 2025", "2025-03", None, "R", "A", "Pathway plan compliance"),
        ("R3.4", "Launch the refreshed Care Leaver Local Offer with the Children in Care Council.", "Participation Lead", ["Participation Lead"], "Sept 2024", "2024-09", None, "G", "C", "Local offer published"),
     ], None),
     ("Requirement 4: Workforce", "Build a stable, permanent and skilled workforce with manageable caseloads.", [
        ("W1", "Launch a recruitment and retention package including market supplements for hard-to-fill posts.", "Director of HR & OD", ["Director of HR & OD"], "Aug 2024", "2024-08", None, "G", "C", "Package approved by Cabinet"),
        ("W2", "Reduce the agency social worker rate to below 25%.", "DCS and Director of HR & OD", ["DCS", "Director of HR & OD"], "March 2026", "2026-03", None, "A", "A", "Workforce dashboard"),
        ("W3", "Set and monitor caseload limits of 18 children for social workers in assessment and child in need teams.", "Heads of Service", ["Heads of Service"], "Quarterly review", None, "Quarterly review", "G", "G", "Caseload report"),
     ], None),
    ]
    acts = []
    for req, notice, items, note in data:
        doc.add_heading(req, 2)
        para(doc, "Notice requirement: " + notice, italic=True)
        t = new_table(doc, ["#", "Milestone / action", "Accountable lead", "Deadline", "Previous RAG", "Current RAG", "Evidence"])
        for ref, action, leadtxt, lead, endtxt, end, et, prev, cur, ev in items:
            r = row(t, [ref, action, leadtxt, endtxt, prev, cur, ev])
            acts.append(A(ref, [req, notice], action, lead, end, ST[cur], et))
        if note: full_row(t, note, bold=False, italic=True)
        para(doc, "")
    doc.add_heading("4. Summary of progress", 1)
    s = new_table(doc, ["Current RAG", "Number of actions"], repeat=False)
    for r in [["C – complete", "4"], ["G – on track", "5"], ["A – at risk", "5"], ["R – off track", "1"], ["Not rated", "1"], ["Total", "16"]]:
        row(s, r)
    save(doc, "w-dfe-notice", {
        'source': "Imitates an English council's children's services improvement plan responding to a DfE Improvement Notice (2024), as an Improvement Board paper. Cover page with the title, typed contents list, document-control table, Heading 1/Heading 2 sections, each notice requirement as a Heading 2 with an italic 'Notice requirement:' paragraph, 7-column tables with Previous RAG and Current RAG letters (C = complete per the key), refs in four different styles (L1, FD-01, R3.1, W1), a note row, and a summary-of-progress table.",
        'reads': "Sixteen actions under four Improvement Notice requirements, each with an accountable lead, deadline, previous and current RAG letters and evidence. The status is the Current RAG read through the key (C = complete); the note row and the summary table are not actions.",
        'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

if __name__ == '__main__':
    focused_visit(); jtai(); print('send refuse_at', send_wsoa()); cqc(); print('yjs refuse_at', yjs()); ciw(); scot(); dfe()
