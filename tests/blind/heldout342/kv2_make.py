"""Build the seven kv2- blind cases of set heldout342 (and their .expected.yaml readings).

Run with /work/main/.venv/bin/python kv2_make.py  (python-docx, openpyxl, pyyaml).
Every plan below is invented; bodies, people and figures are fictitious imitations of the
layouts such bodies publish.
"""
import datetime as dt
import json
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def _q(v):
    """A YAML scalar: null, or a double-quoted string (JSON string syntax is valid YAML)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    out = [f"source: {_q(source)}", f"reads: {_q(reads)}", f"outcome: {outcome}",
           f"accept_refusal: {_q(accept_refusal)}"]
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {_q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {_q(a['ref'])}")
            out.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            out.append(f"    action: {_q(a['action'])}")
            out.append("    lead: [" + ", ".join(_q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {_q(a['end'])}")
            if "end_text" in a:
                out.append(f"    end_text: {_q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    text = "\n".join(out) + "\n"
    back = yaml.safe_load(text)  # must round-trip
    if outcome == "read":
        assert back["actions"] == actions, name
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


# ----------------------------------------------------------------------------------------
# docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ----------------------------------------------------------------------------------------
# 1. Dundee ASPC learning review improvement action plan (docx, a table per theme)
def dundee():
    name = "kv2-dundee-aspc-learning-review-mr-k-improvement-action-plan.docx"
    title = "Learning Review: Mr K – Improvement Action Plan"
    themes = [
        ("Theme 1: Self-neglect and hoarding",
         "Recommendation 1: Dundee Adult Support and Protection Committee should seek assurance that "
         "practitioners in all agencies recognise self-neglect and hoarding as possible harm under the "
         "Adult Support and Protection (Scotland) Act 2007 and respond using the multi-agency "
         "self-neglect and hoarding protocol.",
         [("1.1", "Refresh the multi-agency self-neglect and hoarding protocol to include a clear escalation "
                  "route where an adult declines support.",
           "Lead Officer, Protecting People", "March 2025",
           "Revised protocol approved by the ASPC on 20 March 2025 and published on the Dundee "
           "Protecting People website.", "Blue",
           ["Lead Officer, Protecting People"], "2025-03", None, "blue"),
          ("1.2", "Deliver briefing sessions on the revised protocol to council officers, community nursing "
                  "teams, housing officers and Scottish Fire and Rescue Service community safety advocates.",
           "Learning and Organisational Development Lead / SFRS Station Commander (Prevention and Protection)",
           "31/08/2025",
           "Four of six sessions delivered (112 staff). Remaining sessions booked for July and August.",
           "Green",
           ["Learning and Organisational Development Lead",
            "SFRS Station Commander (Prevention and Protection)"], "2025-08", None, "green")]),
        ("Theme 2: Repeated contact with emergency services",
         "Recommendation 2: Partners should make sure that when an adult is the subject of repeated "
         "concern reports, the information is brought together and an Inter-agency Referral Discussion "
         "is considered.",
         [("2.1", "Introduce a trigger so that a third Adult Concern Report within 12 months prompts a "
                  "referral to the adult support and protection duty team.",
           "Detective Inspector, Public Protection Unit (D Division)", "Q2 2025/26",
           "Trigger agreed; system change awaiting national iVPD release.", "Amber",
           ["Detective Inspector, Public Protection Unit (D Division)"], "2025-09", None, "amber"),
          ("2.2", "Audit a sample of 20 adult protection referrals that followed repeated Adult Concern "
                  "Reports to test:\nwhether an Inter-agency Referral Discussion was considered; and\n"
                  "whether health information was shared before the decision was made.",
           "Independent Convener; Chair of Quality Assurance Sub-group", "December 2025",
           "Audit tool agreed at QA Sub-group in May 2025. Case sample being drawn.", "Green",
           ["Independent Convener", "Chair of Quality Assurance Sub-group"], "2025-12", None, "green")]),
        ("Theme 3: Working with adults who decline support",
         "Recommendation 3: The ASPC should ensure practitioners have the skills and legal literacy to "
         "keep working with adults who are reluctant to engage, and that refusals are recorded and "
         "analysed.",
         [("3.1", "Include a module on working with adults who decline support, covering legal literacy "
                  "and capacity assessment, in the council officer refresher programme.",
           "Senior Officer, Adult Protection (Dundee Health and Social Care Partnership)", "Ongoing",
           "Module included from the April 2025 cohort; 38 council officers attended to date.", "Green",
           ["Senior Officer, Adult Protection (Dundee Health and Social Care Partnership)"], None,
           "Ongoing", "green"),
          ("3.2", "Review the chronology template so that missed appointments and refused visits are "
                  "recorded as significant events.",
           "Service Manager, Community Care and Treatment / NHS Tayside Adult Protection Lead Nurse",
           "30 September 2025",
           "Paused pending the national chronology guidance; a revised date will be proposed to the "
           "ASPC in August.", "Red",
           ["Service Manager, Community Care and Treatment", "NHS Tayside Adult Protection Lead Nurse"],
           "2025-09", None, "red")]),
        ("Theme 4: Sharing the learning",
         "Recommendation 4: The ASPC should make sure the learning from this review reaches frontline "
         "staff and managers in every partner agency.",
         [("4.1", "Publish a 7-minute briefing on the review and share it across partner agencies.",
           "Lead Officer, Protecting People", "November 2024",
           "Briefing published 29 November 2024 and cascaded through agency leads.", "Blue",
           ["Lead Officer, Protecting People"], "2024-11", None, "blue")]),
    ]
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Dundee Adult Support and Protection Committee – Dundee Protecting People")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Approved by", "Dundee Adult Support and Protection Committee, 28 November 2024"),
                 ("Last updated", "17 June 2025"),
                 ("Plan owner", "Lead Officer, Protecting People"),
                 ("Monitoring", "Learning and Practice Development Sub-group (bi-monthly); progress "
                                "reported to each ASPC meeting")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Mr K was a 68-year-old man who lived alone in Dundee. He died in his home in January 2024 after a "
        "fire. The Learning Review was published in October 2024 and made four recommendations. This plan "
        "sets out the multi-agency actions agreed in response; each recommendation is shown with the "
        "actions that answer it.")

    expected = []
    for theme, rec, rows in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "D9E2F3")
        for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead", "Timescale", "Progress update",
                                          "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "BFBFBF")
        for (ref, action, lead_cell, when, progress, rag, leads, end, end_text, status) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead_cell, when, progress, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
            expected.append(act(ref, [theme, rec], action, leads, end, status, end_text))
        doc.add_paragraph("")

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Action complete"), ("Green", "On track"),
                 ("Amber", "Some delay – remedial action in place"),
                 ("Red", "Significant delay or at risk of not being delivered")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], rag_fill[k])
        set_cell(r[1], v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a Scottish Adult Protection Committee learning-review improvement action plan "
               "(Dundee Adult Support and Protection Committee / Dundee Protecting People, 2024-25; "
               "learning reviews under the Scottish Government Adult Support and Protection learning "
               "review guidance 2022; no specific URL, the review and its content are invented). Copied "
               "features: title and partnership line, document-control table, background paragraph, one "
               "Word table per learning theme with the recommendation in a merged shaded first row, "
               "Ref/Action/Lead/Timescale/Progress/RAG columns, RAG words in shaded cells, job titles "
               "with commas as leads, two posts joined by '/' or ';', an action with inner lines, and a "
               "RAG key table at the end.",
        reads="A Word improvement action plan for the Mr K learning review: a document-control table, a "
              "background note, then four themes each with its own table whose first row states the "
              "recommendation and whose rows are the numbered actions (seven in all) with lead, "
              "timescale, progress and a RAG word; a RAG key closes the document.",
        outcome="read", title=title, actions=expected)
    return name, expected


# ----------------------------------------------------------------------------------------
# 2. West Suffolk NHSFT maternity and neonatal improvement plan (docx, one table, theme rows)
def west_suffolk():
    name = "kv2-west-suffolk-nhsft-maternity-neonatal-improvement-plan.docx"
    title = "Maternity and Neonatal Improvement Plan 2024/25"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Meeting and improving standards and structures"
    rows = [
        (T1, "1.1", "Offer every woman a personalised care and support plan at booking, reviewed at 28 and "
                    "36 weeks.", "3YDP", "Consultant Midwife", "31/03/2024", "30/09/2024",
         "Personalised care plan live on BadgerNet since September 2024. December audit: 91% compliance.",
         "B", ["Consultant Midwife"], "2024-09", "blue"),
        (T1, "1.2", "Co-produce the maternity bereavement pathway with the Maternity and Neonatal Voices "
                    "Partnership (MNVP).", "Local", "Bereavement Midwife / MNVP Chair", "30/06/2025", "",
         "Two co-production workshops held; draft pathway out for comment.", "G",
         ["Bereavement Midwife", "MNVP Chair"], "2025-06", "green"),
        (T2, "2.1", "Complete a Birthrate Plus® midwifery workforce review and present the findings to the "
                    "Board.", "MIS SA5", "Director of Midwifery", "31/10/2024", "28/02/2025",
         "Data collection finished in December; report delayed by the external assessor. Board date moved "
         "to February 2025.", "A", ["Director of Midwifery"], "2025-02", "amber"),
        (T2, "2.2", "Deliver the Core Competency Framework v2 training so that 90% of staff in each "
                    "professional group have completed:\nfetal monitoring training; and\nmaternity "
                    "emergencies and multi-professional training (PROMPT).", "MIS SA8",
         "Practice Development Midwife", "30/11/2024", "",
         "Midwives 94%; obstetric consultants 84%; anaesthetists 78%. Extra PROMPT dates added for "
         "February and March 2025.", "R", ["Practice Development Midwife"], "2024-11", "red"),
        (T3, "3.1", "Implement PSIRF in maternity, including weekly multidisciplinary After Action Reviews.",
         "CQC MD3", "Head of Maternity Governance", "31/12/2024", "",
         "Weekly AARs in place since October 2024; first thematic review presented to the Quality "
         "Committee.", "B", ["Head of Maternity Governance"], "2024-12", "blue"),
        (T3, "3.2", "Add the Perinatal Quality Surveillance Model dashboard to the monthly Board report.",
         "3YDP", "Chief Nurse; Non-Executive Maternity Safety Champion", "31/01/2025", "",
         "Dashboard in this month's Board pack for the first time.", "G",
         ["Chief Nurse", "Non-Executive Maternity Safety Champion"], "2025-01", "green"),
        (T4, "4.1", "Achieve 95% compliance with the Saving Babies' Lives Care Bundle v3 across all six "
                    "elements.", "MIS SA6", "Obstetric Clinical Director", "31/03/2025", "",
         "Elements 1, 3, 4 and 6 above 95%. Element 2 (fetal growth) 88%; Element 5 (preterm birth) 90%.",
         "A", ["Obstetric Clinical Director"], "2025-03", "amber"),
        (T4, "4.2", "Replace the two CTG central monitoring stations on the Labour Suite.", "CQC SD2",
         "Head of Midwifery", "30/09/2024", "31/05/2025",
         "Capital bid approved in December 2024; procurement under way.", "A",
         ["Head of Midwifery"], "2025-05", "amber"),
    ]
    fills = {"B": "0070C0", "G": GREEN, "A": AMBER, "R": RED}

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("West Suffolk NHS Foundation Trust – Board of Directors (Part 1), 31 January 2025 – "
                      "Agenda item 7.2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to:", "Board of Directors"), ("Executive lead:", "Chief Nurse"),
                 ("Report prepared by:", "Director of Midwifery and Head of Maternity Governance"),
                 ("Purpose:", "Assurance"),
                 ("Previously considered by:", "Women's and Children's Health Board; Quality Committee "
                                                "(22 January 2025)")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan brings together the actions from the Three-year delivery plan for maternity and neonatal "
        "services, the 2023 CQC maternity inspection, the Maternity Incentive Scheme (year 6) and local "
        "learning. Actions are grouped under the four themes of the three-year delivery plan. Where an "
        "action has been given a revised due date with the agreement of the Quality Committee, the revised "
        "date is shown.")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete and evidenced"), ("G", "On track to deliver by the due date"),
                          ("A", "At risk of missing the due date – mitigation in place"),
                          ("R", "Off track or overdue")]:
        r = k.add_row().cells
        set_cell(r[0], code, bold=True)
        shade(r[0], fills[code])
        set_cell(r[1], meaning)
    doc.add_paragraph("")

    headers = ["Ref", "Action", "Source", "Lead", "Original due date", "Revised due date",
               "Progress this period", "RAG"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True, size=9)
        shade(c, "7030A0")
    expected = []
    current = None
    for (theme, ref, action, source, lead_cell, orig, rev, progress, rag, leads, end, status) in rows:
        if theme != current:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, theme, bold=True, size=10)
            shade(m, "E4DFEC")
            current = theme
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, action, source, lead_cell, orig, rev, progress, rag]):
            set_cell(c, v, size=9)
        shade(cells[7], fills[rag])
        expected.append(act(ref, [theme], action, leads, end, status))
    doc.add_paragraph("")
    doc.add_paragraph("Source key: 3YDP – Three-year delivery plan for maternity and neonatal services; "
                      "MIS SA – Maternity Incentive Scheme safety action; CQC MD / SD – CQC must-do / "
                      "should-do (2023 report); Local – local learning.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates an English acute trust's maternity and neonatal improvement plan reported to a "
               "public Board (West Suffolk NHS Foundation Trust, Board of Directors January 2025; no URL "
               "found, content invented), in the style of trust plans that combine the NHS England "
               "Three-year delivery plan themes, CQC must/should-dos and Maternity Incentive Scheme "
               "safety actions. Copied features: Board cover-sheet table, RAG key with B/G/A/R codes, one "
               "landscape table with merged shaded theme rows, source column, original and revised due "
               "dates, progress commentary, RAG letters in filled cells, several leads in one cell and a "
               "source-key note.",
        reads="A Board paper for West Suffolk's maternity and neonatal improvement plan: a cover table and "
              "a RAG key, then one table of eight numbered actions under the four three-year delivery "
              "plan themes, each with a lead, original and (for some) revised due date, progress and a "
              "B/G/A/R rating.",
        outcome="read", title=title, actions=expected)
    return name, expected


# ----------------------------------------------------------------------------------------
# xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, col, value, bold=False, fill=None, fmt=None, border=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if fill:
        c.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ----------------------------------------------------------------------------------------
# 3. NHS Black Country ICB board action log (xlsx, open and closed sheets, fill-only RAG)
def black_country():
    name = "kv2-black-country-icb-board-action-log.xlsx"
    title = "NHS Black Country Integrated Care Board – Board Meeting in Public Action Log"
    headers = ["Action ref", "Meeting date", "Minute", "Agenda item", "Action", "Lead", "Due date",
               "Update", "RAG"]
    open_rows = [
        ("ICB/24/052", D(2024, 9, 12), "87/24", "Quality and Safety Committee Chair's report",
         "Provide a briefing to Board members on the use of temporary escalation spaces in the emergency "
         "departments at Walsall Manor and New Cross.", "Chief Nursing Officer", D(2024, 11, 14),
         "Deferred to the March 2025 Board development session at the request of the Chair.", "red",
         ["Chief Nursing Officer"], "2024-11"),
        ("ICB/24/067", D(2024, 11, 14), "104/24", "Finance Report – Month 6",
         "Present the system financial recovery plan, including the trajectory for reducing agency spend, "
         "to the January Board.", "MH/JN", D(2025, 1, 16),
         "Presented 16 January 2025 (item 9). Propose closure.", "blue", ["MH", "JN"], "2025-01"),
        ("ICB/25/004", D(2025, 1, 16), "06/25", "Patient story",
         "Write to the family to thank them and confirm the changes made to the discharge letter template.",
         "Chair", "Next meeting", "Letter drafted; awaiting the family's preferred contact details.",
         "amber", ["Chair"], None),
        ("ICB/25/009", D(2025, 1, 16), "11/25", "Primary Care Access Recovery Plan",
         "Report the outcome of the modern general practice access evaluation to the Primary Care "
         "Commissioning Committee and summarise it for the Board.", "Director of Primary Care and Place",
         "May-25", "Evaluation fieldwork complete; report being drafted.", "green",
         ["Director of Primary Care and Place"], "2025-05"),
        ("ICB/25/015", D(2025, 3, 13), "28/25", "Joint Forward Plan refresh",
         "Circulate the draft Joint Forward Plan 2025-30 to the four Health and Wellbeing Boards for "
         "comment before final approval.", "Chief Strategy Officer; Director of Communications",
         D(2025, 4, 30), "Draft issued to Dudley and Walsall HWBs; Sandwell and Wolverhampton to follow.",
         "green", ["Chief Strategy Officer", "Director of Communications"], "2025-04"),
        ("ICB/25/017", D(2025, 3, 13), "31/25", "Board Assurance Framework",
         "Review the scoring of BAF risk SR4 (workforce supply) with the People Committee and report back.",
         "Chief People Officer", "July 2025", "On the People Committee agenda for 3 June.", "green",
         ["Chief People Officer"], "2025-07"),
    ]
    closed_rows = [
        ("ICB/24/031", D(2024, 7, 11), "59/24", "Chief Executive's report",
         "Share the Black Country Provider Collaborative workforce summary with Board members.",
         "Chief Executive", D(2024, 9, 12), "Circulated 2 September 2024.", D(2024, 9, 12),
         ["Chief Executive"], "2024-09"),
        ("ICB/24/044", D(2024, 7, 11), "66/24", "Maternity and neonatal services update",
         "Include the LMNS equity and equality action plan in the next maternity update to the Board.",
         "Chief Nursing Officer", D(2024, 9, 12), "Included at item 12, September 2024.", D(2024, 9, 12),
         ["Chief Nursing Officer"], "2024-09"),
        ("ICB/24/058", D(2024, 9, 12), "90/24", "Integrated Performance Report",
         "Add cancer 62-day performance by provider to the Integrated Performance Report.",
         "Director of Performance and Assurance", D(2024, 11, 14),
         "Added from the November 2024 report onwards.", D(2024, 11, 14),
         ["Director of Performance and Assurance"], "2024-11"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    widths = [13, 12, 9, 26, 60, 26, 12, 48, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    ws.merge_cells("A1:I1")
    put(ws, 2, 1, "Updated following the meeting held on 13 March 2025", border=False)
    ws.merge_cells("A2:I2")
    put(ws, 4, 1, "RAG key:", bold=True, border=False)
    put(ws, 4, 2, "Overdue", fill=RED)
    put(ws, 4, 3, "Due / in progress", fill=AMBER)
    put(ws, 4, 4, "Not yet due", fill=GREEN)
    put(ws, 4, 5, "Complete – proposed for closure", fill=BLUE)
    for j, h in enumerate(headers, 1):
        put(ws, 6, j, h, bold=True, fill="1F3864").font = Font(bold=True, color="FFFFFF")
    expected = []
    r = 7
    for (ref, mdate, minute, item, action, lead, due, update, rag, leads, end) in open_rows:
        vals = [ref, mdate, minute, item, action, lead, due, update, None]
        for j, v in enumerate(vals, 1):
            fmt = "dd/mm/yyyy" if isinstance(v, dt.datetime) else None
            put(ws, r, j, v, fmt=fmt)
        put(ws, r, 9, None, fill=FILL[rag])
        a = act(ref, [], action, leads, end, rag, None if end else due)
        expected.append(a)
        r += 1
    r += 1
    put(ws, r, 1, "Actions proposed for closure move to the Closed actions tab once the Board agrees. "
                  "Initials: MH – Chief Finance Officer; JN – Director of Finance (System).", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Closed actions")
    for i, w in enumerate(widths + [12], 1):
        ws2.column_dimensions[chr(64 + i)].width = w
    put(ws2, 1, 1, "Closed actions – 2024/25", bold=True, size=12, border=False)
    h2 = headers[:8] + ["Date closed", "RAG"]
    for j, h in enumerate(h2, 1):
        put(ws2, 3, j, h, bold=True, fill="1F3864").font = Font(bold=True, color="FFFFFF")
    r = 4
    for (ref, mdate, minute, item, action, lead, due, update, closed, leads, end) in closed_rows:
        vals = [ref, mdate, minute, item, action, lead, due, update, closed]
        for j, v in enumerate(vals, 1):
            fmt = "dd/mm/yyyy" if isinstance(v, dt.datetime) else None
            put(ws2, r, j, v, fmt=fmt)
        put(ws2, r, 10, None, fill=BLUE)
        expected.append(act(ref, [], action, leads, end, "blue"))
        r += 1
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates an integrated care board's public Board action log (NHS Black Country ICB, Board "
               "meeting in public 2024-25; no URL found, content invented), like the action logs ICBs "
               "append to public Board papers. Copied features: title and 'updated following' line, a "
               "colour RAG key row, columns for action ref, meeting date, minute number, agenda item, "
               "action, lead, due date, update and a RAG column that is only a fill colour; initials and "
               "job titles as leads, 'Next meeting' as a due date, a footnote decoding initials, and a "
               "second sheet of closed actions with a date-closed column.",
        reads="An ICB Board action log in Excel: six open actions on the first sheet and three closed "
              "actions on the second, each with a ref, the meeting it came from, the action, lead, due date "
              "and update, and a RAG shown only by cell colour read through the key (blue = complete).",
        outcome="read", title=title, actions=expected)
    return name, expected


# ----------------------------------------------------------------------------------------
# 4. Causeway Coast and Glens BC corporate risk register (xlsx, vertically merged risk cells)
def causeway():
    name = "kv2-causeway-coast-glens-bc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Causeway Coast and Glens Borough Council – Corporate Risk Register"
    risks = [
        ("CR1 – Financial sustainability", "Director of Corporate Services", 20, 16, "↔", [
            ("1.1", "Set the 2026/27 rates estimates with a balanced budget and a district rate increase "
                    "within the limit agreed by Council.", "Director of Corporate Services", D(2026, 2, 28),
             "Estimates workshops held with members in November and December 2025.", "G",
             ["Director of Corporate Services"], "2026-02", None),
            ("1.2", "Complete the review of fees and charges across leisure, cemeteries and building control.",
             "Head of Finance", "Q4 2025/26", "Leisure and cemeteries complete; building control under way.",
             "A", ["Head of Finance"], "2026-03", None)]),
        ("CR2 – Cyber security and resilience of ICT systems", "Director of Corporate Services", 20, 15, "↑", [
            ("2.1", "Achieve Cyber Essentials Plus accreditation.", "Head of ICT", "March 2026",
             "Assessment booked for February; two remediation items outstanding.", "A", ["Head of ICT"],
             "2026-03", None),
            ("2.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
             "Head of ICT; Emergency Planning Officer", D(2025, 10, 31),
             "Exercise held 22 October 2025; lessons learned report to CLT in January.", "B",
             ["Head of ICT", "Emergency Planning Officer"], "2025-10", None)]),
        ("CR3 – Coastal erosion and flooding affecting council assets", "Director of Environmental Services",
         16, 12, "↔", [
            ("3.1", "Complete the shoreline management assessment for Portballintrae and Ballycastle "
                    "seafronts with DAERA and DfI.", "Head of Capital Works, Energy and Infrastructure",
             "Jun-26", "Consultants appointed; site surveys complete.", "G",
             ["Head of Capital Works, Energy and Infrastructure"], "2026-06", None),
            ("3.2", "Update the flood response section of the Council's emergency plan following the "
                    "January 2025 storm debrief.", "Emergency Planning Officer", D(2025, 11, 30),
             "Draft delayed by Storm Amy response in October; now expected in February.", "R",
             ["Emergency Planning Officer"], "2025-11", None)]),
        ("CR4 – Workforce capacity and succession planning", "Chief Executive", 16, 12, "↓", [
            ("4.1", "Implement the Workforce Plan 2025-2028 actions for hard-to-fill posts in environmental "
                    "health, planning and building control.", "Head of HR and OD", "Ongoing",
             "Two planning posts filled through the graduate trainee scheme.", "G", ["Head of HR and OD"],
             None, "Ongoing"),
            ("4.2", "Roll out the leadership development programme to all third-tier managers.",
             "Head of HR and OD", D(2026, 5, 31), "Cohort 1 (18 managers) started in November.", "G",
             ["Head of HR and OD"], "2026-05", None)]),
    ]
    status_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    status_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def score_fill(s):
        return RED if s >= 15 else (AMBER if s >= 8 else GREEN)

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50
    put(cov, 1, 1, title, bold=True, size=14, border=False)
    put(cov, 2, 1, "Quarter 3 2025/26 (October – December 2025)", border=False)
    put(cov, 3, 1, "Presented to: Audit Committee, 11 February 2026", border=False)
    put(cov, 5, 1, "Version control", bold=True, border=False)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        put(cov, 6, j, h, bold=True, fill="D9D9D9")
    for i, row in enumerate([("1.0", D(2025, 4, 29), "Risk and Insurance Officer",
                              "Register agreed by CLT for 2025/26"),
                             ("1.1", D(2025, 10, 7), "Risk and Insurance Officer",
                              "Q2 review; CR2 residual score increased"),
                             ("1.2", D(2026, 1, 20), "Risk and Insurance Officer",
                              "Q3 review; CR4 residual score reduced")], 7):
        for j, v in enumerate(row, 1):
            put(cov, i, j, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)

    ws = wb.create_sheet("Corporate Risk Register")
    headers = ["Risk", "Risk owner", "Inherent score", "Residual score", "Trend", "Ref",
               "Further action required", "Action owner", "Target date", "Q3 update", "Status"]
    for i, w in enumerate([30, 22, 9, 9, 7, 6, 55, 28, 12, 45, 8], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, "Corporate Risk Register – Q3 2025/26", bold=True, size=13, border=False)
    put(ws, 2, 1, "Scores are likelihood x impact (1–5 each). Residual score is after existing controls.",
        border=False)
    for j, h in enumerate(headers, 1):
        put(ws, 4, j, h, bold=True, fill="305496").font = Font(bold=True, color="FFFFFF")
    r = 5
    expected = []
    for (risk, owner, inh, res, trend, actions) in risks:
        first = r
        for (ref, action, aowner, target, update, st, leads, end, end_text) in actions:
            put(ws, r, 6, ref)
            put(ws, r, 7, action)
            put(ws, r, 8, aowner)
            put(ws, r, 9, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
            put(ws, r, 10, update)
            put(ws, r, 11, st, fill=status_fill[st])
            expected.append(act(ref, [risk], action, leads, end, status_word[st], end_text))
            r += 1
        last = r - 1
        put(ws, first, 1, risk, bold=True)
        put(ws, first, 2, owner)
        put(ws, first, 3, inh, fill=score_fill(inh))
        put(ws, first, 4, res, fill=score_fill(res))
        put(ws, first, 5, trend)
        for col in range(1, 6):
            for rr in range(first + 1, last + 1):
                ws.cell(row=rr, column=col).border = BOX
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring and key")
    put(key, 1, 1, "Risk scoring matrix (likelihood x impact)", bold=True, border=False)
    put(key, 2, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(key, 2, i + 1, i, bold=True)
        put(key, 2 + i, 1, 6 - i, bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            put(key, 2 + i, j + 1, s, fill=score_fill(s))
    put(key, 9, 1, "Score 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)", border=False)
    put(key, 11, 1, "Action status key", bold=True, border=False)
    for i, (k, v) in enumerate([("B", "Action complete"), ("G", "On track"),
                                ("A", "Some slippage – expected to recover"),
                                ("R", "Off track or overdue")], 12):
        put(key, i, 1, k, fill=status_fill[k])
        put(key, i, 2, v)
    put(key, 17, 1, "Trend: ↑ risk increasing; ↔ no change; ↓ risk reducing", border=False)
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a Northern Ireland district council's quarterly corporate risk register reported "
               "to its Audit Committee (Causeway Coast and Glens Borough Council, Q3 2025/26; no URL "
               "found, content invented). Copied features: cover sheet with version-control table, "
               "register sheet with each risk named in a vertically merged cell over its further "
               "actions, risk owner, inherent and residual scores coloured by score band, trend arrows, "
               "action refs, action owner, target dates as dates, quarters, month strings and 'Ongoing', "
               "quarterly update, lettered action status with fill, and a third sheet holding the scoring "
               "matrix and status key.",
        reads="A council corporate risk register in Excel: after a cover sheet, four corporate risks each "
              "carry two further mitigating actions (eight in all) with an action owner, target date, Q3 "
              "update and a B/G/A/R action status; the red/amber score colours belong to the risks, not "
              "to the actions.",
        outcome="read", title=title, actions=expected)
    return name, expected


# ----------------------------------------------------------------------------------------
# 5. East Lothian Council transformation programme highlight report (xlsx)
def east_lothian():
    name = "kv2-east-lothian-council-transformation-programme-highlight-report.xlsx"
    title = "East Lothian Council – Transformation Programme Highlight Report"
    W1 = "Workstream 1: Digital and Customer"
    W2 = "Workstream 2: Asset Rationalisation"
    W3 = "Workstream 3: Service Redesign"
    rows = [
        (W1, "T1.1", "Replace the customer relationship management (CRM) system and move the top 20 council "
                     "tax and waste transactions online.", "Head of Corporate Support", D(2026, 3, 31),
         D(2026, 6, 30), "Amber", "Amber",
         "Data migration testing started; go-live moved to June to avoid annual billing.",
         ["Head of Corporate Support"], "2026-06", None, "amber"),
        (W1, "T1.2", "Run a Microsoft 365 Copilot pilot for 150 staff and evaluate the productivity gains.",
         "Service Manager – IT", D(2025, 11, 30), D(2025, 11, 30), "Green", "Complete",
         "Pilot closed 28 November; evaluation report to CMT in January.", ["Service Manager – IT"],
         "2025-11", None, "blue"),
        (W2, "T2.1", "Consolidate office accommodation from four buildings to two, releasing Randall House "
                     "for disposal.", "Head of Infrastructure / Estates Manager", D(2026, 3, 31),
         D(2026, 9, 30), "Green", "Red", "Planning consent delayed; forecast moved to September 2026.",
         ["Head of Infrastructure", "Estates Manager"], "2026-09", None, "red"),
        (W2, "T2.2", "Complete the community asset transfer of three village halls to local groups.",
         "Head of Communities", D(2025, 12, 31), "Q1 2026/27", "Amber", "Amber",
         "Legal agreements with two of the three groups signed.", ["Head of Communities"], "2026-06", None,
         "amber"),
        (W3, "T3.1", "Redesign home-to-school transport routes using route-optimisation software.",
         "Head of Education", D(2025, 8, 31), D(2025, 8, 31), "Green", "Complete",
         "Implemented for the start of session in August 2025; saving of £310k confirmed.",
         ["Head of Education"], "2025-08", None, "blue"),
        (W3, "T3.2", "Introduce a single front door for adult social care enquiries through the Contact "
                     "Centre.", "Head of Operations (East Lothian Health and Social Care Partnership)",
         D(2026, 1, 31), D(2026, 3, 31), "Amber", "Amber",
         "Call scripts agreed; staff training planned for February.",
         ["Head of Operations (East Lothian Health and Social Care Partnership)"], "2026-03", None, "amber"),
        (W3, "T3.3", "Review the garden waste permit scheme and bring a charging options report to Council.",
         "Service Manager – Waste", D(2026, 2, 28), D(2026, 2, 28), "Green", "Green",
         "Options appraisal drafted; on the Council agenda for 24 February.", ["Service Manager – Waste"],
         "2026-02", None, "green"),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    for i, w in enumerate([8, 55, 30, 13, 13, 10, 10, 50], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    ws.merge_cells("A1:H1")
    for i, (k, v) in enumerate([("Reporting period:", "Period 9 (December 2025)"),
                                ("Senior Responsible Owner:", "Chief Executive"),
                                ("Programme Manager:", "Transformation Programme Manager"),
                                ("Reported to:", "Transformation Board, 20 January 2026")], 2):
        put(ws, i, 1, k, bold=True, border=False)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        put(ws, i, 3, v, border=False)
    put(ws, 7, 1, "Overall programme status", bold=True, border=False)
    for j, h in enumerate(["Dimension", "", "Previous", "Current", "Comment"], 1):
        put(ws, 8, j if j < 5 else 8, h, bold=True, fill="D9D9D9") if h else None
    dims = [("Time", "Amber", "Amber", "Two projects forecasting slippage into 2026/27."),
            ("Cost", "Green", "Green", "Within the approved transformation fund allocation."),
            ("Benefits", "Amber", "Green", "£1.2m of the £1.9m 2025/26 savings target secured.")]
    for i, (d, p, c, com) in enumerate(dims, 9):
        put(ws, i, 1, d)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        put(ws, i, 3, p, fill=rag_fill[p])
        put(ws, i, 4, c, fill=rag_fill[c])
        put(ws, i, 8, com)

    put(ws, 13, 1, "Project status", bold=True, border=False)
    headers = ["Ref", "Project", "Project lead", "Baseline end date", "Forecast end date", "Previous RAG",
               "Current RAG", "Commentary / next steps"]
    for j, h in enumerate(headers, 1):
        put(ws, 14, j, h, bold=True, fill="1F4E78").font = Font(bold=True, color="FFFFFF")
    r = 15
    current = None
    expected = []
    for (ws_name, ref, project, lead_cell, base, fc, prev, cur, comm, leads, end, end_text, status) in rows:
        if ws_name != current:
            put(ws, r, 1, ws_name, bold=True, fill="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            current = ws_name
            r += 1
        for j, v in enumerate([ref, project, lead_cell, base, fc], 1):
            put(ws, r, j, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
        put(ws, r, 6, prev, fill=rag_fill[prev])
        put(ws, r, 7, cur, fill=rag_fill[cur])
        put(ws, r, 8, comm)
        expected.append(act(ref, [ws_name], project, leads, end, status, end_text))
        r += 1
    r += 1
    put(ws, r, 1, "Key risks and issues", bold=True, border=False)
    r += 1
    for j, h in enumerate(["Ref", "Risk / issue", "Owner", "", "", "", "", "Mitigation"], 1):
        if h or j == 1:
            put(ws, r, j, h, bold=True, fill="D9D9D9")
    r += 1
    for ref, txt, own, mit in [
            ("R1", "Capacity in Legal Services may delay the remaining asset transfers.", "Head of Corporate "
             "Support", "External legal support procured for the third transfer."),
            ("I1", "Planning consent for the office consolidation has not been granted.", "Head of "
             "Infrastructure", "Revised design submitted; programme re-baselined to September 2026.")]:
        put(ws, r, 1, ref)
        put(ws, r, 2, txt)
        put(ws, r, 3, own)
        put(ws, r, 8, mit)
        r += 1
    r += 1
    put(ws, r, 1, "Decisions required from the Transformation Board: none this period.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    d = wb.create_sheet("RAG definitions")
    d.column_dimensions["A"].width = 12
    d.column_dimensions["B"].width = 80
    put(d, 1, 1, "RAG definitions", bold=True, border=False)
    for i, (k, v) in enumerate([("Green", "On track against the baseline plan"),
                                ("Amber", "Some slippage or issues; recoverable within the programme"),
                                ("Red", "Significant slippage or issues; Transformation Board decision "
                                        "needed"),
                                ("Complete", "Project delivered and closed")], 2):
        put(d, i, 1, k, fill=rag_fill[k])
        put(d, i, 2, v)
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates a Scottish council's transformation programme highlight report to its "
               "Transformation Board (East Lothian Council, period 9 2025/26; no URL found, content "
               "invented), in the pattern of council programme highlight reports. Copied features: title "
               "block with reporting period, SRO and programme manager, an overall status block by "
               "dimension with previous/current RAG, a project table grouped by merged workstream rows with "
               "baseline and forecast end dates, previous and current RAG words in filled cells, "
               "commentary, a key risks and issues block with owners and mitigations, a decisions line and "
               "a RAG definitions sheet.",
        reads="A programme highlight report in Excel: after the title block and the overall status by "
              "dimension, seven projects sit under three workstreams, each with a lead, baseline and "
              "forecast end date and previous and current RAG; a risks-and-issues block and a decisions "
              "line follow, which are not projects.",
        outcome="read", title=title, actions=expected)
    return name, expected


# ----------------------------------------------------------------------------------------
# 6. Fareham CSP DHR action plan (csv, refuse: mistyped month in a target date)
def fareham():
    name = "kv2-fareham-csp-dhr-mia-action-plan-typo-month-refuse.csv"
    title = "Fareham Community Safety Partnership – Domestic Homicide Review 'Mia' – Action Plan"
    import csv
    import io
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Position at 14/11/2025 – monitored by the Fareham CSP Domestic Abuse Sub-group", "", "", "", "",
         "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec", "Recommendation", "Scope", "Action no.", "Action to take", "Lead agency", "Target date",
         "Progress / date completed"],
        ["1", "Fareham CSP to seek assurance that all partner agencies have a domestic abuse policy that "
              "includes routine enquiry and use of the DASH risk checklist.", "Local", "1.1",
         "Circulate a domestic abuse policy self-assessment to all CSP partner agencies and report the "
         "returns to the CSP Board.", "Fareham Borough Council (Community Safety Manager)", "31/03/2025",
         "Complete – 9 of 10 returns received and reported to the Board on 3 April 2025"],
        ["", "", "", "1.2", "Agencies whose policy does not include routine enquiry to submit an "
                            "improvement plan.", "All CSP partner agencies", "June 2025",
         "Two plans received; one outstanding"],
        ["2", "Hampshire and Isle of Wight ICB to improve the identification of domestic abuse among older "
              "patients in primary care.", "Regional", "2.1",
         "Deliver IRIS domestic abuse training to GP practices in Fareham and Gosport.",
         "Hampshire and Isle of Wight ICB", "Sept 2025", "7 of 11 practices trained"],
        ["", "", "", "2.2", "Add a domestic abuse prompt to the over-75 health check template.",
         "Hampshire and Isle of Wight ICB", "Febuary 2026", "Not started"],
        ["3", "Hampshire County Council Adults' Health and Care to consider carer's assessments where the "
              "carer may also be the abuser.", "Local", "3.1",
         "Update carer's assessment guidance to include domestic abuse risk and the use of the DASH "
         "checklist.", "Hampshire County Council Adults' Health and Care", "December 2025",
         "Draft guidance with the Principal Social Worker"],
        ["", "", "", "3.2", "Brief police response officers on coercive control in older couples.",
         "Hampshire and Isle of Wight Constabulary", "Mar-26", "Briefing content agreed"],
        ["4", "The Home Office to consider national guidance on domestic abuse and older people.",
         "National", "4.1", "Chair of Fareham CSP to write to the Home Office setting out the learning "
                            "from this review.", "Chair, Fareham CSP", "31/12/2025", "Letter drafted"],
        ["", "", "", "", "", "", "", ""],
        ["Note: this action plan was agreed by Fareham Community Safety Partnership on 12 February 2025 "
         "and is reviewed quarterly.", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary 2026" in l)
    assert refuse_line == 8, refuse_line

    write_expected(
        name,
        source="Imitates an English community safety partnership's domestic homicide review action plan "
               "exported to CSV (Fareham Community Safety Partnership, DHR 'Mia', 2025; no URL found, "
               "content invented), following the Home Office DHR action plan template columns: "
               "recommendation, scope (local/regional/national), action, lead agency, target date and "
               "progress. Copied features: title and position lines above the header, recommendation text "
               "on the first row only with continuation rows below, agencies and posts as leads, mixed "
               "date forms and a closing note line.",
        reads="A CSV export of a DHR action plan with four recommendations and seven actions; the target "
              "date of action 2.2 reads 'Febuary 2026', a mistyped month, so a careful reader would stop "
              "and ask what date was meant before reading the plan in.",
        outcome="refuse", title=title, refuse_at=refuse_line)
    return name, None


# ----------------------------------------------------------------------------------------
# 7. Fermanagh and Omagh PCSP action plan (tab-separated text export)
def fermanagh():
    name = "kv2-fermanagh-omagh-pcsp-action-plan-2025-26.txt"
    title = "Fermanagh and Omagh Policing and Community Safety Partnership – Action Plan 2025-2026"
    SP1 = ("Strategic Priority 1: To ensure effective delivery in response to local need, and improve the "
           "visibility and recognition of the work of the PCSP through effective consultation, "
           "communication and engagement")
    SP2 = ("Strategic Priority 2: To improve community safety by prioritising and addressing local "
           "community safety issues, tackling crime and anti-social behaviour")
    SP3 = ("Strategic Priority 3: To support confidence in policing, including through collaborative "
           "problem solving with communities")
    T2A = "Theme 2A: Anti-social behaviour and the night-time economy"
    T2B = "Theme 2B: Rural crime and scams"
    T2C = "Theme 2C: Domestic and sexual abuse"
    # (kind, ...) rows in document order
    rows = [
        ("h", SP1),
        ("a", "1.1", "Hold four public PCSP meetings, alternating between Enniskillen and Omagh, with a "
                     "report from the PSNI District Commander at each.", "PCSP Manager",
         "Apr 2025 – Mar 2026", 2400, "2 meetings held; 61 attendees", "89% rated the meeting good or very good",
         "72% feel better informed about policing in their area", "G",
         [SP1], ["PCSP Manager"], "2026-03", "Apr 2025 – Mar 2026", "green"),
        ("a", "1.2", "Run a PCSP social media and local press campaign promoting partnership projects and "
                     "how to report crime.", "PCSP Officer (Communications)", "Quarterly", 1500,
         "38 posts; 2 press releases", "Average reach 4,100 per post", "Measured at year end", "G",
         [SP1], ["PCSP Officer (Communications)"], None, "Quarterly", "green"),
        ("h", SP2),
        ("h", T2A),
        ("a", "2.1", "Fund the Street Pastors scheme in Enniskillen and Omagh town centres on Friday and "
                     "Saturday nights.", "PCSP Manager / Street Pastors Co-ordinator", "31/03/2026", 8000,
         "44 patrols; 310 people assisted", "100% of patrols completed as planned",
         "Town centre ASB incidents down 12% on the same period last year", "G",
         [SP2, T2A], ["PCSP Manager", "Street Pastors Co-ordinator"], "2026-03", None, "green"),
        ("a", "2.2", "Deliver diversionary youth activities in ASB hotspot areas over the summer and "
                     "Halloween periods.", "PCSP Officer (Omagh) & Education Authority Youth Service",
         "Oct-25", 6500, "Summer programme: 9 sessions, 140 young people",
         "Two Halloween venues still to be confirmed", "Reported after Halloween", "A",
         [SP2, T2A], ["PCSP Officer (Omagh)", "Education Authority Youth Service"], "2025-10", None,
         "amber"),
        ("h", T2B),
        ("a", "2.3", "Hold Farm Watch property marking events at the livestock marts in Enniskillen and "
                     "Omagh.", "PSNI Rural Crime Officer", "September 2025", 3000,
         "4 events; 212 items marked", "96% of farmers said they would recommend the event",
         "64% have taken further steps to secure machinery", "Complete",
         [SP2, T2B], ["PSNI Rural Crime Officer"], "2025-09", None, "blue"),
        ("a", "2.4", "Take the 'Scam Aware' older people's safety roadshow to 10 rural community halls.",
         "PCSP Officer (Enniskillen)", "Dec-25", 2500, "6 of 10 roadshows held; 178 attendees",
         "91% rated the information useful", "80% more confident about spotting a scam", "G",
         [SP2, T2B], ["PCSP Officer (Enniskillen)"], "2025-12", None, "green"),
        ("h", T2C),
        ("a", "2.5", "Sign up 20 more local businesses to the Onus Safe Place scheme.", "PCSP Manager",
         "Mar-26", 4000, "7 businesses signed up", "All 7 staff teams trained",
         "Measured at year end", "A",
         [SP2, T2C], ["PCSP Manager"], "2026-03", None, "amber"),
        ("h", SP3),
        ("a", "3.1", "Hold quarterly Neighbourhood Policing Team problem-solving meetings with community "
                     "groups in Lisnaskea, Irvinestown and Carrickmore.", "PSNI Neighbourhood Inspector",
         "Quarterly", 500, "6 meetings held", "Attendance by 14 community groups",
         "3 local issues resolved (parking, off-road scramblers, street lighting)", "G",
         [SP3], ["PSNI Neighbourhood Inspector"], None, "Quarterly", "green"),
        ("a", "3.2", "Deliver the Policing with the Community schools programme to P7 pupils in 12 primary "
                     "schools.", "PSNI Schools Involvement Officer; PCSP Officer (Omagh)",
         "Sept 2025 – June 2026", 15500, "3 of 12 schools visited", "Evaluation forms being collated",
         "Measured at year end", "A",
         [SP3], ["PSNI Schools Involvement Officer", "PCSP Officer (Omagh)"], "2026-06",
         "Sept 2025 – June 2026", "amber"),
    ]
    total = sum(r[5] for r in rows if r[0] == "a")
    lines = [title,
             "Quarter 2 progress report (April – September 2025)",
             "",
             "\t".join(["Ref", "Project / activity", "Lead", "Timescale", "Budget (£)",
                        "How much did we do?", "How well did we do it?", "Is anyone better off?",
                        "Q2 RAG"])]
    expected = []
    for row in rows:
        if row[0] == "h":
            lines.append(row[1])
            continue
        (_, ref, action, lead_cell, when, budget, much, well, better, rag,
         under, leads, end, end_text, status) = row
        lines.append("\t".join([ref, action, lead_cell, when, f"{budget:,}", much, well, better, rag]))
        expected.append(act(ref, under, action, leads, end, status, end_text))
    lines += ["",
              "\t".join(["Total budget 2025-26", "", "", "", f"{total:,}", "", "", "", ""]),
              "",
              "RAG key: G = on track; A = minor slippage; R = significant slippage; Complete = delivered",
              "Funded by the Department of Justice and the Northern Ireland Policing Board. Budget figures "
              "are the letter of offer amounts.",
              ""]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines))

    write_expected(
        name,
        source="Imitates a Northern Ireland Policing and Community Safety Partnership annual action plan "
               "progress return (Fermanagh and Omagh PCSP, 2025-26, quarter 2; no URL found, content "
               "invented), using the three PCSP strategic priorities published by the Joint Committee "
               "(pcsps.org) and the outcomes-based accountability columns 'How much did we do? / How well "
               "did we do it? / Is anyone better off?'. Copied features: title and reporting-period lines, "
               "strategic priority lines and theme lines as headings, budget column, period, quarterly and "
               "month timescales, several leads joined by '/', '&' or ';', a totals line, a RAG key line "
               "and a funding note; saved as tab-separated text.",
        reads="A tab-separated export of a PCSP action plan: three strategic priorities (the second split "
              "into three themes) over nine numbered projects, each with a lead, timescale, budget, the "
              "three OBA measures and a Q2 RAG; a budget total, RAG key and funding note close the file.",
        outcome="read", title=title, actions=expected)
    return name, expected


if __name__ == "__main__":
    for fn in (dundee, west_suffolk, black_country, causeway, east_lothian, fareham, fermanagh):
        n, acts = fn()
        print(n, "refuse" if acts is None else len(acts))
