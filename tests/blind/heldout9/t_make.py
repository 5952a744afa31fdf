"""Generate the heldout9 blind cases (t-*.docx + expected YAML).

Run with: /work/main/.venv/bin/python t_make.py
Every expected reading below is written by hand next to the text the document shows.
"""
import os
import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN, AMBER, RED, BLUE, GREY, LIGHT = "00B050", "FFC000", "FF0000", "0070C0", "D9D9D9", "DEEAF6"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, italic=False, fill=None):
    """Write text (\n -> new paragraph) into a cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
    if fill:
        shade(cell, fill)
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def table(doc, header, fill=GREY):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        put(c, h, bold=True, fill=fill)
    repeat_header(t.rows[0])
    return t


def addrow(t, values, fills=None):
    row = t.add_row()
    for i, v in enumerate(values):
        put(row.cells[i], v, fill=(fills or {}).get(i))
    return row


def fullrow(t, text, fill=None, bold=True, italic=False):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[-1])
    put(m, text, bold=bold, italic=italic, fill=fill)
    return row


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def box(doc, label, text, fill=LIGHT):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = ""
    c.paragraphs[0].add_run(label).bold = True
    c.add_paragraph(text)
    shade(c, fill)
    return t


def row_number(doc, needle):
    """Table row number counted from the first table row of the document as 1."""
    n = 0
    for t in doc.tables:
        for r in t.rows:
            n += 1
            if any(needle in c.text for c in r.cells):
                return n
    raise ValueError(needle)


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write(name, doc, expected):
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    with open(path + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(expected, f, sort_keys=False, allow_unicode=True, width=100000)
    with open(path + ".expected.yaml", encoding="utf-8") as f:
        back = yaml.safe_load(f)
    assert back == expected
    print(name, back["outcome"], len(back.get("actions", [])))


RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Blue": BLUE}


# ---------------------------------------------------------------------------
# 1. ILACS improvement plan
# ---------------------------------------------------------------------------
def ilacs():
    doc = Document()
    title = "Children's Services Improvement Plan 2024–2026"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the Ofsted Inspection of Local Authority Children's Services "
                      "(ILACS), February–March 2024. Appendix 1 to the report to Children and "
                      "Families Committee.")
    doc.add_heading("Document control", level=2)
    t = table(doc, ["Version", "Date", "Author", "Changes"])
    addrow(t, ["0.3", "14/06/2024", "Improvement Programme Manager", "Draft for Improvement Board"])
    addrow(t, ["1.0", "16/07/2024", "Improvement Programme Manager", "Approved by Committee"])
    addrow(t, ["1.4", "12/11/2024", "Improvement Programme Manager", "Revised dates agreed (see note)"])
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, text in [(BLUE, "Complete"), (GREEN, "On track"),
                       (AMBER, "Some slippage – recovery plan in place"), (RED, "Off track")]:
        r = k.add_row()
        put(r.cells[0], "", fill=fill)
        put(r.cells[1], text)

    hdr = ["Ref", "Action", "Lead officer", "Original date", "Revised date", "Previous RAG", "Current RAG"]
    sections = [
        ("Priority 1: Quality of practice for children in need of help and protection",
         "The quality and timeliness of assessments and plans for children in need of help and "
         "protection, so that they are specific about what needs to change for children.",
         [("1.1", "Deliver a refreshed assessment and planning practice standard and train all frontline managers in its use.",
           "Head of Service, Children in Need and Child Protection", "Sep-24", "", "Green", "Complete",
           ["Head of Service, Children in Need and Child Protection"], "2024-09", "blue"),
          ("1.2", "Introduce a monthly thematic audit of child protection plans, reported to the Quality Assurance Board.",
           "Head of Quality Assurance", "Oct-24", "Jan-25", "Amber", "Green",
           ["Head of Quality Assurance"], "2025-01", "green"),
          ("1.3", "Reduce caseloads in the assessment teams to no more than 18 children per social worker through the recruitment of six additional permanent social workers.",
           "Head of Service / Principal Social Worker", "Mar-25", "Sep-25", "Red", "Amber",
           ["Head of Service", "Principal Social Worker"], "2025-09", "amber"),
          ("1.4", "Strengthen the use of chronologies so that every assessment is informed by the child's history.",
           "Principal Social Worker", "Dec-24", "", "Amber", "Amber",
           ["Principal Social Worker"], "2024-12", "amber")]),
        ("Priority 2: Permanence and sufficiency for children in care",
         "The timeliness of permanence planning for children in care, including the use of early "
         "permanence and special guardianship.",
         [("2.1", "Establish a permanence tracking panel to review every child in care without a permanence plan by their second review.",
           "Head of Service, Children in Care and Care Leavers", "Jul-24", "", "Green", "Complete",
           ["Head of Service, Children in Care and Care Leavers"], "2024-07", "blue"),
          ("2.2", "Launch a foster carer recruitment campaign with a target of 25 new fostering households in 2024/25.",
           "Fostering Service Manager", "Mar-25", "Jun-25", "Amber", "Red",
           ["Fostering Service Manager"], "2025-06", "red"),
          ("2.3", "Review the special guardianship support offer, including financial support, with carers and partners.",
           "Head of Service, Children in Care and Care Leavers", "Nov-24", "", "Not started", "Green",
           ["Head of Service, Children in Care and Care Leavers"], "2024-11", "green"),
          ("2.4", "Publish a refreshed local offer for care leavers, co-produced with the Care Leavers' Forum.",
           "Leaving Care Team Manager", "Jan-25", "", "Green", "Green",
           ["Leaving Care Team Manager"], "2025-01", "green")]),
        ("Priority 3: Leadership, management oversight and workforce",
         "The consistency and impact of management oversight and supervision across all social work teams.",
         [("3.1", "Implement the revised supervision policy and audit compliance quarterly.",
           "Principal Social Worker", "Oct-24", "", "Green", "Complete",
           ["Principal Social Worker"], "2024-10", "blue"),
          ("3.2", "Provide a leadership development programme for all team managers and advanced practitioners.",
           "Workforce Development Manager", "Apr-25", "", "", "Green",
           ["Workforce Development Manager"], "2025-04", "green"),
          ("3.3", "Report progress against the improvement plan to Children and Families Committee every quarter.",
           "Executive Director of Children's Services", "Ongoing", "", "Green", "Green",
           ["Executive Director of Children's Services"], None, "green"),
          ("3.4", "Commission an independent review of the front door and the Early Help interface.",
           "Director of Family Help and Children's Social Care", "Feb-25", "", "", "",
           ["Director of Family Help and Children's Social Care"], "2025-02", "unrated")]),
    ]
    actions = []
    for heading, rec, rows in sections:
        doc.add_heading(heading, level=1)
        box(doc, "Ofsted recommendation", rec)
        doc.add_paragraph()
        t = table(doc, hdr)
        for ref, act, lead, orig, rev, prev, cur, elead, end, st in rows:
            fills = {}
            if prev in RAGFILL:
                fills[5] = RAGFILL[prev]
            if cur in RAGFILL:
                fills[6] = RAGFILL[cur]
            addrow(t, [ref, act, lead, orig, rev, prev, cur], fills)
            actions.append(A(ref, [heading, rec], act, elead, end, st,
                             end_text="Ongoing" if end is None else None))
    doc.add_paragraph("Note: revised dates were agreed by the Improvement Board on 12 November 2024. "
                      "Where a revised date is shown it replaces the original date.")
    doc.add_heading("Sign-off", level=2)
    s = table(doc, ["Role", "Name", "Date"])
    addrow(s, ["Executive Director of Children's Services", "Signed", "16/07/2024"])
    addrow(s, ["Chair, Children's Improvement Board", "Signed", "16/07/2024"])
    write("t-ilacs-improvement-plan", doc, {
        "source": "Imitates a county council ILACS improvement plan taken to Children and Families "
                  "Committee (e.g. Cheshire East, July 2024, Appendix 1 'ILACS Improvement Plan'). "
                  "Copied: Word Heading 1 per priority, the Ofsted recommendation in a shaded box "
                  "above a separate table per priority, original/revised dates, previous/current RAG "
                  "as words on shaded cells, document control, a swatch RAG key and a sign-off table.",
        "reads": "Three priorities, each with the inspectors' recommendation in a box and a table of "
                 "four numbered actions (12 actions). Revised dates replace original ones and the "
                 "Current RAG column is the status; leads are job titles, one written as two posts.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Post-focused-visit action plan
# ---------------------------------------------------------------------------
def focused_visit():
    doc = Document()
    title = "Focused Visit Action Plan – Children in Care"
    bold_para(doc, title, size=16)
    bold_para(doc, "Ofsted focused visit: 6 and 7 September 2022")
    doc.add_paragraph("This plan responds to the areas for improvement in the Ofsted letter published "
                      "on 11 October 2022. Progress is reviewed fortnightly by the Children in Care "
                      "Improvement Group.")
    doc.add_paragraph("RAG key: green shading = action completed; amber = in progress; red = behind schedule.")
    hdr = ["Action", "Lead", "Target date", "Progress update", "RAG"]
    F = {"G": GREEN, "A": AMBER, "R": RED, "": None}
    STAT = {"G": "blue", "A": "amber", "R": "red", "": "unrated"}
    secA = "Section A – Care planning for children in care"
    recA = "Care plans for children in care are not consistently specific, measurable or updated after reviews."
    secB = "Section B – Management oversight and supervision"
    recB = "Management oversight and supervision do not consistently provide clear direction or challenge drift."
    secC = "Section C – Sufficiency and stability"
    recC = "Too many children live in homes a long way from their families and communities."
    actions = []

    def rows(t, sec, rec, data):
        for act, lead, date, upd, rag, elead, end, etext in data:
            row = addrow(t, [act, lead, date, upd, ""], {4: F[rag]} if F[rag] else None)
            actions.append(A(None, [sec, rec], act, elead, end, STAT[rag], end_text=etext))

    bold_para(doc, secA)
    t = table(doc, hdr)
    fullrow(t, recA, italic=True)
    rows(t, secA, recA, [
        ("Relaunch the care plan template with SMART outcomes and guidance for social workers.", "RG/JF",
         "31/10/2022", "Template live on the case management system from 24 October.", "G", ["RG", "JF"], "2022-10", None),
        ("Independent Reviewing Officers to escalate any care plan not updated within 20 working days of a review.", "KM & TB",
         "30/11/22", "Escalation protocol agreed; 14 escalations raised to date.", "A", ["KM", "TB"], "2022-11", None),
        ("Dip-sample 40 care plans each month and feed findings back to team managers.", "AS, PL",
         "Monthly", "October and November samples completed.", "A", ["AS", "PL"], None, "Monthly"),
        ("Record children's views in their own words on every care plan.", "HD",
         "Dec 2022", "Completed – now a mandatory field.", "G", ["HD"], "2022-12", None),
    ])
    bold_para(doc, secB)
    t = table(doc, hdr)
    fullrow(t, recB, italic=True)
    rows(t, secB, recB, [
        ("Team managers to record a management oversight entry on every child's file at least every six weeks.", "KM",
         "w/c 09/01/23", "Compliance 61% in December; not yet at target.", "R", ["KM"], "2023-01", None),
        ("Deliver reflective supervision training to all team managers and senior practitioners.", "JF / PL",
         "End of January 2023", "Two of three cohorts trained.", "A", ["JF", "PL"], "2023-01", None),
        ("Add supervision compliance to the weekly performance report for the Senior Leadership Team.", "RG",
         "31/12/2022", "In place from week 50.", "G", ["RG"], "2022-12", None),
    ])
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    bold_para(doc, secB + " (continued)")
    t = table(doc, hdr)
    rows(t, secB, recB, [
        ("Head of Service to chair a monthly drift and delay panel for children whose plans have not progressed.", "TB",
         "Feb 2023", "Terms of reference drafted.", "A", ["TB"], "2023-02", None),
        ("Audit supervision records in all children in care teams and report findings to the Improvement Board.", "AS",
         "31/03/2023", "Audit postponed because of staff absence.", "R", ["AS"], "2023-03", None),
    ])
    bold_para(doc, secC)
    t = table(doc, hdr)
    fullrow(t, recC, italic=True)
    rows(t, secC, recC, [
        ("Refresh the sufficiency strategy with a commissioning plan for local residential homes.", "HD & RG",
         "30/04/2023", "", "", ["HD", "RG"], "2023-04", None),
        ("Review every child placed more than 20 miles from home at the Placement Review Panel.", "TB",
         "Ongoing", "First 12 reviews held.", "A", ["TB"], None, "Ongoing"),
    ])
    doc.add_paragraph("Lead officers: RG – Head of Children in Care; JF – Principal Social Worker; "
                      "KM – IRO Service Manager; TB – Head of Service, Safeguarding; AS – Quality "
                      "Assurance Manager; PL – Workforce Lead; HD – Commissioning Manager.")
    write("t-focused-visit-plan", doc, {
        "source": "Imitates a post-focused-visit action plan for children in care taken to Cabinet "
                  "alongside an ILACS/focused visit report (e.g. Stockton-on-Tees, focused visit "
                  "September 2022). Copied: bold paragraphs (not Word headings) for sections, the "
                  "Ofsted area for improvement as a merged row at the top of each table, no refs, "
                  "initials for leads, RAG as cell shading only with a key sentence, a table split "
                  "across a page break with a '(continued)' heading.",
        "reads": "Three sections of actions answering three areas for improvement; the second "
                 "section's table continues on a new page without repeating the area for improvement. "
                 "The key sentence says green shading means completed (there is no blue), so green "
                 "rows are complete; one row has no shading and is unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. SEND local area inspection priority action plan
# ---------------------------------------------------------------------------
def send():
    doc = Document()
    title = "Local Area Partnership SEND Priority Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the Ofsted and CQC area SEND inspection, June 2024. Owned by the SEND "
                      "Partnership Board.")
    doc.add_paragraph("RAG: B – complete; G – on track; A – some delay; R – significant delay; blank – not yet started.")
    t = table(doc, ["Inspection finding", "Ref", "What we will do", "Lead(s)", "By when", "RAG"])
    S = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    FL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    groups = [
        ("AREAS FOR PRIORITY ACTION", [
            ("Leaders across the partnership should urgently improve the timeliness and quality of education, "
             "health and care (EHC) plans, so that children and young people's needs are accurately identified and met.", [
                ("APA1.1", "Recruit four additional EHC co-ordinators and clear the backlog of overdue needs assessments.",
                 "Okafor, Grace", "Autumn term 2024", "B", ["Okafor, Grace"], "2024-12", None),
                ("APA1.2", "Introduce multi-agency quality assurance of draft EHC plans, with health and social care advice returned within six weeks.",
                 "Okafor, Grace; Lewis, Mark", "Spring term 2025", "G", ["Okafor, Grace", "Lewis, Mark"], "2025-04", None),
                ("APA1.3", "Report 20-week timeliness to every SEND Partnership Board meeting.",
                 "Head of SEND and Inclusion", "Monthly", "G", ["Head of SEND and Inclusion"], None, "Monthly"),
            ]),
            ("Leaders should reduce waiting times for neurodevelopmental assessments and make sure that children "
             "and families receive support while they wait.", [
                ("APA2.1", "Commission additional autism assessment capacity from an independent provider.",
                 "Designated Clinical Officer (ICB)", "Sept 2024 – March 2025", "A", ["Designated Clinical Officer (ICB)"], "2025-03", None),
                ("APA2.2", "Launch a 'waiting well' offer of workshops and online resources for families.",
                 "Whitfield, Anna\nBhatt, Sunil", "Summer term 2025", "R", ["Whitfield, Anna", "Bhatt, Sunil"], "2025-07", None),
                ("APA2.3", "Publish monthly waiting time data on the Local Offer website.",
                 "Bhatt, Sunil", "By 31 January 2025", "", ["Bhatt, Sunil"], "2025-01", None),
            ]),
        ]),
        ("AREAS FOR IMPROVEMENT", [
            ("Leaders should improve how the views of children and young people are used to shape the local offer.", [
                ("AFI1.1", "Establish a young people's SEND forum meeting each half term.",
                 "Participation Lead", "Autumn term 2024", "G", ["Participation Lead"], "2024-12", None),
                ("AFI1.2", "Co-produce a refreshed Local Offer website with the Parent Carer Forum.",
                 "Lewis, Mark", "Spring term 2025", "A", ["Lewis, Mark"], "2025-04", None),
            ]),
            ("Leaders should strengthen preparation for adulthood for young people with SEND, including access "
             "to supported internships.", [
                ("AFI2.1", "Double the number of supported internship places with local employers.",
                 "Head of SEND and Inclusion", "Summer term 2025", "G", ["Head of SEND and Inclusion"], "2025-07", None),
                ("AFI2.2", "Add preparing for adulthood outcomes to every EHC plan annual review from Year 9.",
                 "Okafor, Grace", "Termly", "A", ["Okafor, Grace"], None, "Termly"),
                ("AFI2.3", "Agree a joint transitions protocol between children's and adult social care.",
                 "Whitfield, Anna", "31/03/25", "B", ["Whitfield, Anna"], "2025-03", None),
            ]),
        ]),
    ]
    actions = []
    for band, findings in groups:
        fullrow(t, band, fill=GREY)
        for finding, acts in findings:
            first = None
            for ref, act, lead, when, rag, elead, end, etext in acts:
                r = addrow(t, ["", ref, act, lead, when, rag], {5: FL[rag]} if rag else None)
                first = first or r
                last = r
                actions.append(A(ref, [band, finding], act, elead, end, S[rag], end_text=etext))
            m = first.cells[0].merge(last.cells[0])
            put(m, finding)
    doc.add_paragraph("Next review: SEND Partnership Board, March 2025.")
    write("t-send-lai-plan", doc, {
        "source": "Imitates a local area partnership's SEND priority action plan after an area SEND "
                  "inspection under the 2023 framework (areas for priority action and areas for "
                  "improvement). Copied: one table, shaded full-width band rows, the inspection "
                  "finding in a first column merged down over its actions, 'Surname, Forename' leads, "
                  "school-term deadlines and single-letter RAG with a key sentence.",
        "reads": "Two bands (priority action, improvement), each with two findings merged down the "
                 "first column over their numbered actions. Leads in 'Surname, Forename' form are one "
                 "person each (two where separated by a semicolon or on two lines); terms end per the "
                 "term convention.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 4. JTAI partnership plan - REFUSE (key contradicts itself on green)
# ---------------------------------------------------------------------------
def jtai():
    doc = Document()
    title = "Joint Targeted Area Inspection – Multi-Agency Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Theme: the multi-agency response to children and families who need help. "
                      "Inspection November 2023; letter published January 2024.")
    doc.add_heading("Key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, text in [(RED, "Not started / at risk"), (AMBER, "In progress with some delay"),
                       (GREEN, "On track"), (BLUE, "Complete")]:
        r = k.add_row()
        put(r.cells[0], "", fill=fill)
        put(r.cells[1], text)
    hdr = ["No.", "Action", "Lead agency", "Lead officer", "Timescale", "RAG"]
    sections = [
        ("Finding 1: Early help is not consistently offered when needs first emerge", [
            ("1", "Agree a single multi-agency early help assessment and train partners in its use.", "Local authority", "Head of Early Help", "March 2024", GREEN),
            ("2", "Embed early help champions in every primary school and GP practice.", "Education / ICB", "Early Help Partnership Manager", "July 2024", AMBER),
            ("3", "Publish a partnership threshold document with worked examples.", "Safeguarding Partnership", "Business Manager", "February 2024", GREEN),
        ]),
        ("Finding 2: Information sharing at the front door is delayed", [
            ("4", "Co-locate a police researcher in the MASH five days a week.", "Police", "DCI Public Protection", "April 2024", GREEN),
            ("5", "Introduce a 24-hour target for health information returns to the MASH.", "ICB", "Designated Nurse", "May 2024", AMBER),
            ("6", "Audit 30 contacts a quarter for timeliness of information sharing.", "Safeguarding Partnership", "QA Sub-group Chair", "Quarterly", RED),
        ]),
        ("Finding 3: Children's lived experience is not always understood", [
            ("7", "Roll out a shared 'day in the life' practice tool across agencies.", "Local authority", "Principal Social Worker", "June 2024", BLUE),
            ("8", "Include children's voice in every multi-agency audit.", "Safeguarding Partnership", "QA Sub-group Chair", "Ongoing", GREEN),
            ("9", "Deliver voice of the child training to 200 partner practitioners.", "All partners", "Training Lead", "September 2024", None),
        ]),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = table(doc, hdr)
        for no, act, agency, lead, when, fill in rows:
            addrow(t, [no, act, agency, lead, when, ""], {5: fill} if fill else None)
    doc.add_paragraph("Note: actions shaded green have been completed and evidenced to the Safeguarding "
                      "Children Partnership Executive; blue actions are awaiting sign-off.")
    refuse_at = row_number(doc, "Agree a single multi-agency early help assessment")
    write("t-jtai-partnership-plan", doc, {
        "source": "Imitates a safeguarding children partnership's JTAI action plan (theme: children "
                  "and families who need help, 2023-24). Copied: Word Heading 2 per finding, a table "
                  "per finding with lead agency and lead officer columns, RAG as shading only, a swatch "
                  "key above the plan and a note below it.",
        "reads": "Nine actions under three findings, RAG shown only by shading. The swatch key says "
                 "green = on track and blue = complete, but the note under the plan says green actions "
                 "have been completed and blue ones await sign-off, so every shaded green or blue row "
                 "has two contradictory readings (green or complete); a careful person asks which is "
                 "meant, starting at the first green row (action 1).",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 5. Safeguarding practice review action plan - REFUSE (mistyped month)
# ---------------------------------------------------------------------------
def cspr():
    doc = Document()
    title = "Child Safeguarding Practice Review: 'Child R' – Partnership Action Plan"
    bold_para(doc, title, size=14)
    doc.add_paragraph("Published by the Safeguarding Children Partnership, June 2025. Progress is "
                      "monitored by the Case Review Sub-group.")
    recs = [
        ("Recommendation 1", "The partnership should seek assurance that practitioners recognise and respond to "
         "the cumulative impact of neglect, using the graded care profile.", [
            ("1a", "Relaunch the Graded Care Profile 2 with refresher training for all partner agencies.", "Children's Social Care", "Neglect Strategy Lead", "September 2025", "Green"),
            ("1b", "Include neglect as a theme in the next multi-agency case audit.", "Partnership", "Business Manager", "December 2025", "Amber"),
        ]),
        ("Recommendation 2", "Agencies should ensure that fathers and other significant males are identified and "
         "involved in assessments and plans.", [
            ("2a", "Amend assessment templates in health visiting, school nursing and social care to record details of all adults in the household.", "Health / CSC", "Named Nurse; Practice Lead", "Ocotber 2025", "Amber"),
            ("2b", "Deliver a 'seen and heard' briefing on working with fathers at the partnership conference.", "Partnership", "Training Co-ordinator", "November 2025", "Complete"),
        ]),
        ("Recommendation 3", "The partnership should review how information about school attendance is shared "
         "with children's social care when a child is subject to a child protection plan.", [
            ("3a", "Agree an information-sharing protocol between schools and the child protection conference service.", "Education", "Head of Inclusion", "January 2026", "Red"),
            ("3b", "Report attendance of children on a child protection plan to the Partnership Executive each term.", "Education", "Virtual School Head", "Termly", "Green"),
        ]),
        ("Recommendation 4", "Partners should test whether escalation procedures are understood and used when "
         "practitioners disagree with decisions about a child's safety.", [
            ("4a", "Refresh and relaunch the multi-agency escalation policy.", "Partnership", "Business Manager", "30/09/2025", "Complete"),
            ("4b", "Survey practitioners on their confidence in using escalation and report results.", "Partnership", "Case Review Sub-group Chair", "February 2026", "Amber"),
        ]),
    ]
    for label, text, rows in recs:
        bold_para(doc, label)
        doc.add_paragraph(text)
        t = table(doc, ["No.", "Action", "Agency", "Lead", "Target date", "RAG"])
        for no, act, ag, lead, when, rag in rows:
            addrow(t, [no, act, ag, lead, when, rag], {5: RAGFILL[rag]})
    refuse_at = row_number(doc, "Ocotber 2025")
    write("t-cspr-action-plan", doc, {
        "source": "Imitates a local safeguarding children partnership's action plan published with a "
                  "child safeguarding practice review (LCSPR). Copied: each recommendation as a bold "
                  "label and paragraph above its own small table, lettered refs (1a, 1b), agency and "
                  "lead columns, RAG words on shaded cells.",
        "reads": "Four recommendations with two actions each. Action 2a's target date is "
                 "'Ocotber 2025', a mistyped month; a careful person stops at that row and asks.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 6. Welsh CIW plan, bilingual headings
# ---------------------------------------------------------------------------
def ciw():
    doc = Document()
    title = "Cynllun Gwella Gwasanaethau Cymdeithasol / Social Services Improvement Plan 2023–24"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Ymateb i Arolygiad Gwerthuso Perfformiad AGC / Response to the CIW Performance "
                      "Evaluation Inspection, March 2023.")
    doc.add_paragraph("Allwedd / Key: C = Cwblhawyd / Completed; G = Gwyrdd / Green – on track; "
                      "A = Ambr / Amber – some risk; R = Coch / Red – off track.")
    hdr = ["Cyf. / Ref", "Cam gweithredu / Action", "Arweinydd / Lead", "Dyddiad targed / Target date", "Statws / Status"]
    S = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    FL = {"C": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sections = [
        ("1. Pobl – llais a rheolaeth / People – voice and control",
         "The local authority should make sure that people's preferred language, including the Active Offer of "
         "Welsh, is recorded and acted on in every assessment.", [
            ("PV1", "Add a mandatory Active Offer field to the adult and children's assessment forms.", "Rhian Morgan and Dafydd Hughes", "31.07.23", "C", ["Rhian Morgan", "Dafydd Hughes"], "2023-07"),
            ("PV2", "Audit a sample of 50 assessments a quarter for recording of language preference.", "Pennaeth Gwasanaethau Oedolion / Head of Adult Services", "31.03.24", "G", ["Pennaeth Gwasanaethau Oedolion / Head of Adult Services"], "2024-03"),
            ("PV3", "Recruit Welsh-speaking social workers through the 'Grow Your Own' scheme.", "Siân Price", "September 2024", "A", ["Siân Price"], "2024-09"),
        ]),
        ("2. Atal / Prevention",
         "The local authority should strengthen its information, advice and assistance service so that people "
         "are directed to community support at first contact.", [
            ("PR1", "Introduce a 'what matters' conversation script for the Information, Advice and Assistance team.", "Dafydd Hughes", "30.09.23", "C", ["Dafydd Hughes"], "2023-09"),
            ("PR2", "Map community and third sector support with the County Voluntary Council and publish it on DEWIS.", "Gareth Lloyd & Siân Price", "Rhagfyr 2023 / December 2023", "G", ["Gareth Lloyd", "Siân Price"], "2023-12"),
        ]),
        ("3. Llesiant / Well-being",
         "The local authority should reduce the number of people waiting for a domiciliary care package.", [
            ("WB1", "Commission additional domiciliary care hours in the rural north of the county.", "Rhian Morgan", "31.12.23", "R", ["Rhian Morgan"], "2023-12"),
            ("WB2", "Develop a reablement 'bridging' service for people awaiting care.", "Rheolwr Ailalluogi / Reablement Manager", "31.03.24", "A", ["Rheolwr Ailalluogi / Reablement Manager"], "2024-03"),
        ]),
        ("4. Partneriaeth ac integreiddio / Partnerships and integration",
         "Partners should agree a shared approach to hospital discharge so that people are not delayed in hospital.", [
            ("PI1", "Agree a joint discharge to recover then assess pathway with the health board.", "Gareth Lloyd", "June 2024", "G", ["Gareth Lloyd"], "2024-06"),
            ("PI2", "Report delayed transfers of care to the Regional Partnership Board every quarter.", "Gareth Lloyd", "Chwarterol / Quarterly", "G", ["Gareth Lloyd"], None),
        ]),
    ]
    actions = []
    for heading, afi, rows in sections:
        doc.add_heading(heading, level=1)
        b = doc.add_table(rows=2, cols=1)
        b.style = "Table Grid"
        put(b.rows[0].cells[0], "Maes i'w wella / Area for improvement", bold=True, fill=GREY)
        put(b.rows[1].cells[0], afi)
        doc.add_paragraph()
        t = table(doc, hdr)
        for ref, act, lead, when, st, elead, end in rows:
            addrow(t, [ref, act, lead, when, st], {4: FL[st]})
            actions.append(A(ref, [heading, afi], act, elead, end, S[st],
                             end_text="Chwarterol / Quarterly" if end is None else None))
    doc.add_paragraph("Cymeradwywyd gan y Cabinet / Approved by Cabinet, 18 July 2023.")
    write("t-ciw-improvement-plan", doc, {
        "source": "Imitates a Welsh council's social services improvement plan after a Care "
                  "Inspectorate Wales (CIW) performance evaluation inspection, structured by the four "
                  "principles of the Social Services and Well-being (Wales) Act. Copied: bilingual "
                  "Welsh/English headings, column headers and key, the area for improvement in a "
                  "two-row box above each principle's table, refs by principle (PV1, PR1...), dotted "
                  "dates, status letters with C for completed.",
        "reads": "Four principle headings, each with one area for improvement and two or three "
                 "actions. Status is a letter; the key defines C as completed. Bilingual job titles "
                 "('Welsh / English') are one post; a bilingual date cell is one month; 'Chwarterol / "
                 "Quarterly' has no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Scottish Care Inspectorate joint inspection plan
# ---------------------------------------------------------------------------
def scotland():
    doc = Document()
    title = "Joint Inspection of Services for Children and Young People at Risk of Harm – Improvement Plan"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Community Planning Partnership response to the Care Inspectorate joint inspection "
                      "report published in October 2024. Progress is reported to the Chief Officers' "
                      "Group for Public Protection.")
    t = table(doc, ["Area for improvement (from inspection report)", "Ref", "Improvement action",
                    "Lead officer", "Timescale", "Progress"])
    P = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    prios = [
        ("Priority 1 – Quality of chronologies, assessments and plans", [
            ("Partners should improve the quality and consistency of chronologies so that they are used to "
             "inform assessment of risk.", [
                ("1a", "Introduce a single multi-agency chronology template in the shared record system.",
                 "Service Manager, Child Protection & Quality Assurance", "end March 2025", "Complete",
                 ["Service Manager, Child Protection & Quality Assurance"], "2025-03", None),
                ("1b", "Deliver chronology training to social work, health visiting and education staff.",
                 "Lead Nurse Child Protection (NHS) / Head of Education Services", "Q2 2025/26", "Green",
                 ["Lead Nurse Child Protection (NHS)", "Head of Education Services"], "2025-09", None),
            ]),
            ("Partners should make sure that child's plans are SMART and reviewed within timescales.", [
                ("1c", "Revise the child's plan template and guidance in line with National Guidance for Child Protection in Scotland 2021 (updated 2023).",
                 "Chief Social Work Officer", "December 2024", "Complete",
                 ["Chief Social Work Officer"], "2024-12", None),
                ("1d", "Monitor review timescales through the monthly child protection dataset.",
                 "Child Protection Lead Officer", "Ongoing", "Green",
                 ["Child Protection Lead Officer"], None, "Ongoing"),
                ("1e", "Carry out a multi-agency audit of 40 child's plans.",
                 "Child Protection Lead Officer; Independent Chair, Child Protection Committee", "Q4 2024/25", "Amber",
                 ["Child Protection Lead Officer", "Independent Chair, Child Protection Committee"], "2025-03", None),
            ]),
        ]),
        ("Priority 2 – Listening to children and families", [
            ("The views of children and young people should be routinely gathered and used to inform "
             "planning and service improvement.", [
                ("2a", "Offer independent advocacy to every child subject to a child protection case conference.",
                 "Children's Rights Officer", "June 2025", "Red",
                 ["Children's Rights Officer"], "2025-06", None),
                ("2b", "Establish a care experienced young people's reference group for the Child Protection Committee.",
                 "Participation Officer / Children's Rights Officer", "Aug-25", "Amber",
                 ["Participation Officer", "Children's Rights Officer"], "2025-08", None),
            ]),
            ("Partners should strengthen the use of Bairns' Hoose principles in joint investigative interviews.", [
                ("2c", "Complete Scottish Child Interview Model training for all interview-trained police officers and social workers.",
                 "DCI Public Protection, Police Scotland", "March 2025", "Green",
                 ["DCI Public Protection, Police Scotland"], "2025-03", None),
                ("2d", "Develop a proposal for a regional Bairns' Hoose with neighbouring partnerships.",
                 "Head of Children's Services", "2025/26", "Amber",
                 ["Head of Children's Services"], "2026-03", None),
            ]),
        ]),
    ]
    actions = []
    for prio, afis in prios:
        fullrow(t, prio, fill=LIGHT)
        for afi, acts in afis:
            first = None
            for ref, act, lead, when, prog, elead, end, etext in acts:
                r = addrow(t, ["", ref, act, lead, when, prog], {5: {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}[prog]})
                first = first or r
                last = r
                actions.append(A(ref, [prio, afi], act, elead, end, P[prog], end_text=etext))
            put(first.cells[0].merge(last.cells[0]), afi)
    doc.add_paragraph("Timescales refer to financial years (April to March).")
    write("t-scotland-joint-inspection", doc, {
        "source": "Imitates a Scottish community planning partnership's improvement plan after a Care "
                  "Inspectorate-led joint inspection of services for children and young people at risk "
                  "of harm (2024). Copied: one table, shaded full-width priority rows, the report's area "
                  "for improvement merged down the first column, lettered refs, financial-year "
                  "quarters, job-title leads with commas, '&' and '/', progress as RAG words.",
        "reads": "Two priorities, each with two areas for improvement merged down the first column over "
                 "their actions (9 actions). Financial-year timescales end in the last month of the "
                 "quarter or year (Q2 2025/26 = September 2025; 2025/26 = March 2026).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 8. Adult social care CQC assessment action plan
# ---------------------------------------------------------------------------
def cqc():
    doc = Document()
    title = "CQC Local Authority Assessment – Adult Social Care Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Overall rating: Requires improvement (report published May 2025). Appendix B to "
                      "the report to the Adult Social Care and Health Scrutiny Committee.")
    doc.add_paragraph("Status key: On track (green); At risk (amber); Off track (red); Complete (blue); "
                      "Not started (no rating). % complete is the lead officer's own estimate.")
    hdr = ["What CQC told us", "Action", "Owner", "Deadline", "% complete", "Status"]
    SK = {"On track": ("green", GREEN), "At risk": ("amber", AMBER), "Off track": ("red", RED),
          "Complete": ("blue", BLUE), "Not started": ("unrated", None)}
    sections = [
        ("Theme 1 – Working with people: Assessing needs",
         "People waited too long for Care Act assessments and reviews, and the local authority did not have "
         "clear oversight of risk for people on waiting lists.", [
            ("Introduce a risk-rated waiting list with weekly contact for people rated high risk.",
             "Assistant Director, Operations (Adults)", "Nov-25", "100%", "Complete",
             ["Assistant Director, Operations (Adults)"], "2025-11", None),
            ("Reduce the number of people waiting for an assessment to under 300.",
             "Helen Barker; Tom Reid", "31.03.26", "45%", "At risk", ["Helen Barker", "Tom Reid"], "2026-03", None),
            ("Complete overdue annual reviews for people in long-term residential care.",
             "Tom Reid", "October 2025 – January 2026", "60%", "On track", ["Tom Reid"], "2026-01", None),
        ]),
        ("Theme 1 – Working with people: Supporting people to live healthier lives",
         "Unpaid carers told CQC that they did not know what support was available, and few carers' "
         "assessments were completed.", [
            ("Re-commission the carers' support service with an outreach offer in every locality.",
             "Head of Commissioning & Market Shaping", "Q3 2025/26", "80%", "On track",
             ["Head of Commissioning & Market Shaping"], "2025-12", None),
            ("Double the number of carers' assessments completed each quarter.",
             "Carers Lead", "By end of May 2026", "20%", "Off track", ["Carers Lead"], "2026-05", None),
            ("Publish a carers' information pack co-produced with the Carers' Partnership Board.",
             "Carers Lead / Communications Manager", "Sep-25", "100%", "Complete",
             ["Carers Lead", "Communications Manager"], "2025-09", None),
        ]),
        ("Theme 2 – Providing support: Care provision, integration and continuity",
         "The local authority had limited understanding of the quality of home care and of unmet need in rural "
         "areas.", [
            ("Complete a market position statement including rural home care capacity.",
             "Head of Commissioning & Market Shaping", "Dec 2025", "70%", "On track",
             ["Head of Commissioning & Market Shaping"], "2025-12", None),
            ("Introduce quarterly quality monitoring visits to all contracted home care providers.",
             "Quality Assurance Team Manager", "TBC", "0%", "Not started",
             ["Quality Assurance Team Manager"], None, "TBC"),
        ]),
        ("Theme 3 – How the local authority ensures safety within the system: Safeguarding",
         "Safeguarding enquiries were not always completed in a timely way and outcomes for people were not "
         "consistently recorded.", [
            ("Set up a safeguarding triage hub with a target of 48 hours from concern to decision.",
             "Head of Safeguarding Adults", "30 November 2025", "90%", "On track",
             ["Head of Safeguarding Adults"], "2025-11", None),
            ("Audit Making Safeguarding Personal outcomes in 10% of closed enquiries each quarter.",
             "Principal Social Worker", "Quarterly", "25%", "On track", ["Principal Social Worker"], None, "Quarterly"),
        ]),
        ("Theme 4 – Leadership: Governance, management and sustainability",
         "Performance information was not used consistently to understand people's experiences and drive "
         "improvement.", [
            ("Launch an adult social care performance dashboard for managers and elected members.",
             "Business Intelligence Manager", "Jan-26", "50%", "At risk", ["Business Intelligence Manager"], "2026-01", None),
            ("Establish an Improvement Board chaired by the Chief Executive to oversee this plan.",
             "Director of Adult Social Services", "Jul-25", "100%", "Complete",
             ["Director of Adult Social Services"], "2025-07", None),
        ]),
    ]
    actions = []
    n = 0
    for heading, told, rows in sections:
        doc.add_heading(heading, level=1)
        t = table(doc, hdr)
        first = None
        for act, owner, dl, pct, st, elead, end, etext in rows:
            n += 1
            code, fill = SK[st]
            r = addrow(t, ["", act, owner, dl, pct, st], {5: fill} if fill else None)
            first = first or r
            last = r
            actions.append(A(None, [heading, told], act, elead, end, code, end_text=etext))
        put(first.cells[0].merge(last.cells[0]), told)
    doc.add_heading("Summary", level=2)
    s = table(doc, ["Total actions", "Complete", "On track", "At risk", "Off track", "Not started"])
    addrow(s, [str(n), "3", "5", "2", "1", "1"])
    doc.add_paragraph("Signed off by the Director of Adult Social Services and the Lead Member for Adult "
                      "Social Care, 2 June 2025.")
    write("t-cqc-asc-plan", doc, {
        "source": "Imitates an English council's adult social care action plan after its CQC local "
                  "authority assessment (2024-25), organised by CQC themes and quality statements. "
                  "Copied: Word Heading 1 per theme and quality statement, a table per quality statement "
                  "with 'What CQC told us' merged down the first column, no refs, a % complete column "
                  "beside a status word, a status key sentence, a totals table and a sign-off line.",
        "reads": "Five quality statements with two or three actions each (12 actions). Status words are "
                 "mapped by the key (At risk = amber, Off track = red); the % column is an extra. The "
                 "summary table and sign-off are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    for f in (ilacs, focused_visit, send, jtai, cspr, ciw, scotland, cqc):
        f()
