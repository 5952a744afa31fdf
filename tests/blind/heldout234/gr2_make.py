#!/usr/bin/env python
"""Build the seven gr2- blind cases of set heldout234 (partnership, NHS and corporate plans).

Writes each data file and its NAME.expected.yaml beside it.
Run with: /work/main/.venv/bin/python gr2_make.py
"""
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
RAGFILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


# ---------------------------------------------------------------- helpers
class _Str(str):
    pass


def _folded(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")


yaml.SafeDumper.add_representer(_Str, _folded)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {"source": _Str(source), "reads": _Str(reads), "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            d = {"ref": a["ref"], "under": list(a["under"]), "action": a["action"],
                 "lead": list(a["lead"]), "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    d.update(cells)
    return d


# docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    s.page_width, s.page_height = h, w


# xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


def put(ws, row, col, value, bold=False, fill_hex=None, border=True, wrap=True,
        fmt=None, size=10, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(bold=bold, size=size, color="FFFFFF" if white else None)
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BOX
    if fill_hex:
        c.fill = fill(fill_hex)
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# =================================================================== 1
def case_luton_sar():
    name = "gr2-luton-sab-sar-mr-y-action-plan.docx"
    title = "Safeguarding Adults Review: Mr Y – Multi-Agency Action Plan"
    T1 = "Learning theme 1: Self-neglect and executive functioning"
    T2 = "Learning theme 2: Hospital discharge and multi-agency risk management"
    T3 = "Learning theme 3: Housing and homelessness"
    R1 = ("Recommendation 1: The Board should seek assurance that partner agencies’ practitioners "
          "understand and apply the Luton self-neglect and hoarding guidance, including the assessment "
          "of executive functioning when making mental capacity decisions.")
    R2 = ("Recommendation 2: Bedfordshire Hospitals NHS Foundation Trust and Luton Borough Council "
          "should ensure that discharge planning for adults who self-neglect includes a multi-agency "
          "risk assessment before the person returns home.")
    R3 = ("Recommendation 3: The Board should review the Multi-Agency Risk Management (MARM) protocol "
          "so that any agency can convene a meeting and that agreed actions are recorded and followed up.")
    R4 = ("Recommendation 4: Luton Borough Council Housing Service should ensure that tenancy sustainment "
          "staff recognise and escalate self-neglect, and that the Housing Service is represented at "
          "MARM meetings.")
    # (theme, rec, actions) ; cell texts: lead_cell, date_cell, progress, rag_cell
    blocks = [
        (T1, R1, [
            A("1.1", [T1, R1],
              "Deliver a programme of multi-agency briefings on the refreshed self-neglect and hoarding "
              "guidance, with a specific module on executive functioning and mental capacity.",
              ["SAB Learning and Development Sub-Group Chair"], "2025-03", "blue",
              lead_cell="SAB Learning and Development Sub-Group Chair", date_cell="31/03/2025",
              progress="Four briefings delivered January – March 2025; 212 attendees from 14 agencies. "
                       "Evaluation report to SAR Sub-Group April 2025.",
              rag_cell="Complete"),
            A("1.2", [T1, R1],
              "Audit a sample of 20 mental capacity assessments completed for adults who self-neglect, "
              "to test whether executive functioning has been considered and recorded.",
              ["Principal Social Worker (Adults)", "ELFT Named Professional for Safeguarding Adults"],
              "2025-09", "amber",
              lead_cell="Principal Social Worker (Adults) / ELFT Named Professional for Safeguarding Adults",
              date_cell="30/09/2025",
              progress="Audit tool agreed. 12 of 20 cases audited; ELFT cases still to be sampled. "
                       "Findings to October SAR Sub-Group.",
              rag_cell="Amber"),
            A("1.3", [T1, R1],
              "Add a self-neglect prompt to the adult social care case recording system so that repeated "
              "refusals of care are flagged to the team manager.",
              ["Head of Service, Adult Social Care Operations"], "2025-12", "green",
              lead_cell="Head of Service, Adult Social Care Operations", date_cell="December 2025",
              progress="System change specified and tested; awaiting release slot from the supplier.",
              rag_cell="Green"),
        ]),
        (T2, R2, [
            A("2.1", [T2, R2],
              "Review the discharge to assess pathway so that a known self-neglect risk triggers a "
              "referral to a MARM meeting before discharge.",
              ["Deputy Chief Nurse (BHFT)", "Head of Hospital Social Work"], "2025-06", "blue",
              lead_cell="Deputy Chief Nurse (BHFT) & Head of Hospital Social Work", date_cell="30/06/2025",
              progress="Pathway revised and signed off at the Discharge Board on 24 June 2025.",
              rag_cell="Complete"),
            A("2.2", [T2, R2],
              "Test the revised pathway through a dip-sample of ten discharges and report the findings "
              "to the SAR Sub-Group.",
              ["Head of Safeguarding, Bedfordshire Hospitals NHS Foundation Trust"], "2025-12", "green",
              lead_cell="Head of Safeguarding, Bedfordshire Hospitals NHS Foundation Trust",
              date_cell="31/12/2025",
              progress="Dip-sample scheduled for November 2025.",
              rag_cell="Green"),
        ]),
        (T2, R3, [
            A("3.1", [T2, R3],
              "Revise the MARM protocol and escalation flowchart and publish them on the LSAB website.",
              ["SAB Business Manager"], "2025-07", "blue",
              lead_cell="SAB Business Manager", date_cell="March 2025 (revised to July 2025)",
              progress="Revised protocol approved by the Executive Group in July 2025; published "
                       "4 August 2025.",
              rag_cell="Complete"),
            A("3.2", [T2, R3],
              "Introduce a MARM action tracker held by the SAB Business Unit, with quarterly reporting "
              "of open actions to the SAR Sub-Group.",
              ["SAB Business Manager"], "2025-10", "green",
              lead_cell="SAB Business Manager", date_cell="October 2025",
              progress="Tracker built; first quarterly report due at the October meeting.",
              rag_cell="Green"),
        ]),
        (T3, R4, [
            A("4.1", [T3, R4],
              "Include self-neglect, hoarding and the MARM route in the mandatory safeguarding training "
              "for tenancy sustainment and housing options staff.",
              ["Service Manager, Housing Options and Tenancy Sustainment"], "2025-11", "amber",
              lead_cell="Service Manager, Housing Options and Tenancy Sustainment", date_cell="30/11/2025",
              progress="Training content drafted with the SAB trainer; roll-out delayed to January 2026 "
                       "because of staff vacancies.",
              rag_cell="Amber"),
            A("4.2", [T3, R4],
              "Nominate a Housing Service representative to attend every MARM meeting where the adult is "
              "a council tenant or is homeless.",
              ["Head of Housing"], None, "green", end_text="Ongoing",
              lead_cell="Head of Housing", date_cell="Ongoing",
              progress="Representative nominated; attendance monitored through the MARM tracker.",
              rag_cell="Green"),
            A("4.3", [T3, R4],
              "Report to the Board on the number of housing-led referrals to MARM and their outcomes.",
              ["Head of Housing", "SAB Business Manager"], "2026-03", "unrated",
              lead_cell="Head of Housing / SAB Business Manager", date_cell="31/03/2026",
              progress="Dependent on the MARM tracker (action 3.2).",
              rag_cell="Not started"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Luton Safeguarding Adults Board"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Progress update for the SAR Sub-Group meeting of 16 September 2025")
    p.runs[0].italic = True

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", "SAR Mr Y – action plan"), ("Version", "1.4"),
                 ("Owner", "SAB Business Manager"),
                 ("Approved by", "LSAB Executive Group, 12 March 2025"),
                 ("Next review", "December 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True, fill=GREY)
        set_cell(r[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Mr Y was a 67-year-old man who lived alone in a council flat. He died in hospital in April 2024 "
        "after being found at home with severe pressure damage and malnutrition. The review was "
        "published in February 2025 and made four recommendations, grouped below under three learning "
        "themes. Each partner agency has agreed the actions shown and reports progress to the SAR "
        "Sub-Group.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, hexf, meaning in [("Complete", BLUE, "Action complete and assurance received"),
                                  ("Green", GREEN, "On track to be delivered by the target date"),
                                  ("Amber", AMBER, "Progress made but at risk of slipping"),
                                  ("Red", RED, "Target date missed or no progress"),
                                  ("Not started", "FFFFFF", "Action not yet due to start")]:
        r = key.add_row().cells
        set_cell(r[0], colour, bold=True, fill=hexf, white=colour in ("Complete",))
        set_cell(r[1], meaning)

    current_theme = None
    for theme, rec, acts in blocks:
        if theme != current_theme:
            doc.add_heading(theme, level=1)
            current_theme = theme
        rp = doc.add_paragraph()
        rr = rp.add_run(rec)
        rr.bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date",
                                          "Progress update", "RAG"]):
            set_cell(c, h, bold=True, fill=NAVY, white=True)
        for a in acts:
            r = t.add_row().cells
            set_cell(r[0], a["ref"])
            set_cell(r[1], a["action"])
            set_cell(r[2], a["lead_cell"])
            set_cell(r[3], a["date_cell"])
            set_cell(r[4], a["progress"])
            rf = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(a["rag_cell"])
            set_cell(r[5], a["rag_cell"], fill=rf, white=a["rag_cell"] == "Complete")
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for row in [("Role", "Name", "Date"),
                ("Chair, SAR Sub-Group", "Independent Chair", "16/09/2025"),
                ("Independent Chair, LSAB", "Independent Chair", "23/09/2025")]:
        r = so.add_row().cells
        for c, v in zip(r, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    actions = [a for _, _, acts in blocks for a in acts]
    write_expected(
        name,
        source="Imitates a Safeguarding Adults Board SAR action plan of the kind Luton SAB and its "
               "neighbours publish after a review (2025): Word document with the board name in the page "
               "header, a document-control table, a RAG key table, learning-theme headings, each "
               "recommendation in bold text above its own action table (No., Action, Lead, Target date, "
               "Progress update, RAG) and a sign-off table. Fill-coloured RAG cells with words; one "
               "original-and-revised date in a cell; an 'Ongoing' target; job titles (some with commas) "
               "as leads, two leads joined by '/' or '&'.",
        reads="A multi-agency action plan for SAR Mr Y. Ten numbered actions sit in four tables, one per "
              "recommendation, under three learning themes; each recommendation is the bold line above "
              "its table. Document control, RAG key and sign-off tables are not part of the plan.",
        outcome="read", title=title, actions=actions)


# =================================================================== 2
def case_uhb_maternity():
    name = "gr2-university-hospitals-birmingham-maternity-neonatal-improvement-plan.docx"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    O11 = "Objective 1.1: Women and families are listened to and their concerns are acted upon"
    O12 = "Objective 1.2: Care is equitable for women from minority ethnic groups and deprived areas"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    O21 = "Objective 2.1: Safe midwifery and obstetric staffing on every shift"
    O22 = "Objective 2.2: Staff feel valued, supported and able to speak up"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    O31 = "Objective 3.1: Learning from incidents is shared and acted upon under PSIRF"
    T4 = "Theme 4: Meeting and improving standards and structures"
    O41 = "Objective 4.1: Full compliance with Saving Babies’ Lives Care Bundle version 3"

    rows = [
        ("theme", T1), ("obj", O11),
        A("1.1.1", [T1, O11],
          "Co-produce with the Maternity and Neonatal Voices Partnership (MNVP) a 15 Steps review of each "
          "birthing unit and publish the findings.",
          ["Director of Midwifery", "MNVP Lead"], "2025-09", "blue",
          lead_cell="Director of Midwifery / MNVP Lead", orig="31/03/2025", rev="30/09/2025",
          progress="15 Steps completed at Good Hope and Heartlands; Solihull completed September 2025. "
                   "Report received by Maternity Safety Champions.", prev="G", cur="B"),
        A("1.1.2", [T1, O11],
          "Appoint a Maternity and Neonatal Independent Senior Advocate (MNISA) and publicise the role to "
          "women at booking.",
          ["Head of Midwifery – Quality & Safety"], "2025-06", "blue",
          lead_cell="Head of Midwifery – Quality & Safety", orig="30/06/2025", rev="",
          progress="Advocate in post from May 2025; information leaflet available in six languages.",
          prev="B", cur="B"),
        ("obj", O12),
        A("1.2.1", [T1, O12],
          "Deliver the LMNS equity and equality actions assigned to the Trust, including enhanced "
          "continuity of carer for women living in the most deprived areas.",
          ["Consultant Midwife, Public Health and Equity"], "2026-03", "amber",
          lead_cell="Consultant Midwife, Public Health and Equity", orig="Q4 2025/26", rev="",
          progress="Two enhanced continuity teams live at Heartlands. Third team delayed by recruitment.",
          prev="G", cur="A"),
        ("theme", T2), ("obj", O21),
        A("2.1.1", [T2, O21],
          "Complete a Birthrate Plus assessment and present the recommended midwifery establishment to "
          "Trust Board.",
          ["Director of Midwifery"], "2026-02", "amber",
          lead_cell="Director of Midwifery", orig="30/04/2025", rev="28/02/2026",
          progress="Assessment report received August 2025. Board paper moved to February 2026 to align "
                   "with business planning.", prev="G", cur="A"),
        A("2.1.2", [T2, O21],
          "Recruit to the consultant obstetrician vacancies so that there is 24/7 consultant presence on "
          "the Heartlands labour ward.",
          ["Clinical Director, Obstetrics and Gynaecology"], "2026-03", "amber",
          lead_cell="Clinical Director, Obstetrics and Gynaecology", orig="31/03/2026", rev="",
          progress="Three of four posts appointed; fourth post re-advertised December 2025.",
          prev="A", cur="A"),
        ("obj", O22),
        A("2.2.1", [T2, O22],
          "Deliver the Perinatal Culture and Leadership Programme action plan and report progress to the "
          "People Committee.",
          ["Sarah Whitfield", "Dr Kwame Asante"], "2026-03", "green",
          lead_cell="Sarah Whitfield and Dr Kwame Asante", orig="30/09/2025", rev="31/03/2026",
          progress="SCORE survey repeated November 2025. Listening events held at each site.",
          prev="G", cur="G"),
        ("theme", T3), ("obj", O31),
        A("3.1.1", [T3, O31],
          "Hold a maternity and neonatal learning forum to share themes from PSIRF learning responses and "
          "MNSI reports.",
          ["Maternity Governance Lead"], None, "green", end_text="Ongoing (fortnightly)",
          lead_cell="Maternity Governance Lead", orig="Ongoing (fortnightly)", rev="",
          progress="Forum running since April 2025; average attendance 45.", prev="G", cur="G"),
        A("3.1.2", [T3, O31],
          "Complete the thematic review of term admissions to the neonatal unit (ATAIN) and implement the "
          "resulting actions.",
          ["Neonatal Clinical Lead", "Lead Midwife for Intrapartum Care"], "2025-12", "red",
          lead_cell="Neonatal Clinical Lead / Lead Midwife for Intrapartum Care", orig="31/07/2025",
          rev="31/12/2025",
          progress="Thematic review completed. Four of six actions implemented; two are overdue and have "
                   "been escalated to the Divisional Quality Board.", prev="A", cur="R"),
        ("theme", T4), ("obj", O41),
        A("4.1.1", [T4, O41],
          "Achieve and sustain compliance with all six elements of Saving Babies’ Lives Care Bundle v3, "
          "evidenced through the LMNS quarterly assurance visit.",
          ["Consultant Midwife, Fetal Wellbeing"], "2026-01", "amber",
          lead_cell="Consultant Midwife, Fetal Wellbeing", orig="31/01/2026", rev="",
          progress="Compliant with five of six elements; element 2 (fetal growth restriction) at 82%.",
          prev="A", cur="A"),
        A("4.1.2", [T4, O41],
          "Introduce the national maternity early warning score (MEWS) on all postnatal wards and audit "
          "compliance.",
          ["Lead Obstetric Anaesthetist", "Matron, Postnatal Services"], "2025-10", "blue",
          lead_cell="Lead Obstetric Anaesthetist / Matron, Postnatal Services", orig="31/10/2025", rev="",
          progress="MEWS live on all postnatal wards from October 2025; first audit shows 91% compliance.",
          prev="G", cur="B"),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "University Hospitals Birmingham NHS Foundation Trust"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("Women’s and Children’s Division – progress position at 31 December 2025")
    doc.add_paragraph("Report to: Quality Committee, 28 January 2026")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Plan owner", "Director of Midwifery"), ("Executive sponsor", "Chief Nursing Officer"),
                 ("Version", "3.2"), ("Date", "9 January 2026"),
                 ("Status", "Approved for Quality Committee")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True, fill=GREY, size=10)
        set_cell(r[1], v, size=10)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan brings together the Trust’s response to the NHS England three-year delivery plan for "
        "maternity and neonatal services, the CQC maternity inspection of Good Hope Hospital and the LMNS "
        "assurance visits. Actions are grouped under the four themes of the national plan.")

    doc.add_heading("Progress key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, hexf, meaning in [("B", BLUE, "Complete – evidence of sustained delivery"),
                                  ("G", GREEN, "On track"),
                                  ("A", AMBER, "Delivery at risk – mitigation in place"),
                                  ("R", RED, "Off track – escalation required")]:
        r = key.add_row().cells
        set_cell(r[0], letter, bold=True, fill=hexf, size=10)
        set_cell(r[1], meaning, size=10)

    doc.add_heading("Improvement actions", level=2)
    heads = ["Ref", "Action", "Lead(s)", "Original date", "Revised date", "Progress update",
             "Prev RAG", "Current RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True, fill=NAVY, white=True)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, tuple):
            kind, text = row
            m = cells[0].merge(cells[-1])
            set_cell(m, text, bold=True, size=10 if kind == "theme" else 9,
                     fill="B4C6E7" if kind == "theme" else "DEEAF6")
            continue
        a = row
        set_cell(cells[0], a["ref"])
        set_cell(cells[1], a["action"])
        set_cell(cells[2], a["lead_cell"])
        set_cell(cells[3], a["orig"])
        set_cell(cells[4], a["rev"])
        set_cell(cells[5], a["progress"])
        rf = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
        set_cell(cells[6], a["prev"])
        set_cell(cells[7], a["cur"], bold=True, fill=rf[a["cur"]])

    doc.add_paragraph()
    doc.add_heading("Summary of current RAG by theme", level=2)
    sm = doc.add_table(rows=0, cols=6)
    sm.style = "Table Grid"
    for row in [("Theme", "B", "G", "A", "R", "Total"), ("Theme 1", "2", "0", "1", "0", "3"),
                ("Theme 2", "0", "1", "2", "0", "3"), ("Theme 3", "0", "1", "0", "1", "2"),
                ("Theme 4", "1", "0", "1", "0", "2"), ("Total", "3", "2", "4", "1", "10")]:
        r = sm.add_row().cells
        for c, v in zip(r, row):
            set_cell(c, v, bold=row[0] in ("Theme", "Total"), size=10)
    doc.add_paragraph("Notes: where a revised date is shown it was agreed by the Maternity and Neonatal "
                      "Safety Champions meeting. Previous RAG is the position reported in October 2025.")
    doc.save(os.path.join(HERE, name))

    actions = [r for r in rows if isinstance(r, dict)]
    write_expected(
        name,
        source="Imitates an NHS acute trust maternity and neonatal improvement plan reported to a "
               "Quality Committee (University Hospitals Birmingham NHSFT, 2025-26; layout after trust "
               "plans built on the NHS England three-year delivery plan themes): trust name in the page "
               "header, document-control table, B/G/A/R progress key, one landscape table with "
               "full-width merged theme rows and objective rows, Original date and Revised date columns, "
               "Previous and Current RAG letter columns with fill on the current one, a summary table of "
               "RAG counts by theme and a notes line.",
        reads="A maternity and neonatal improvement plan with ten actions numbered 1.1.1 to 4.1.2 under "
              "four themes, each theme split into objectives shown as merged rows. Where a revised date "
              "is given it replaces the original; the current RAG is the status. The key and summary "
              "tables are not actions.",
        outcome="read", title=title, actions=actions)


# =================================================================== 3
def case_black_country_icb():
    name = "gr2-nhs-black-country-icb-board-action-log.xlsx"
    title = "NHS Black Country Integrated Care Board – Board Meeting in Public: Action Log"
    M1 = "Meeting held 8 July 2025"
    M2 = "Meeting held 9 September 2025"
    M3 = "Meeting held 11 November 2025"
    open_rows = [
        ("sec", M1),
        A("BCB/25/041", [M1],
          "Provide the Board with a breakdown of the urgent and emergency care improvement trajectory by "
          "place, showing the contribution of each acute trust.",
          ["Chief Delivery Officer"], "2026-01", "amber",
          due="Jan-26 (was Sep-25)", update="Deferred to the January 2026 Board so that it can be taken "
                                             "with the winter plan report.", rag=AMBER),
        A("BCB/25/044", [M1],
          "Bring a paper on the learning disability and autism inpatient discharge programme, including "
          "the number of people whose discharge is delayed, to a Board development session.",
          ["Chief Nursing Officer"], "2025-11", "red",
          due=dt.datetime(2025, 11, 30), fmt="mmm-yy",
          update="Not yet scheduled; development session programme being revised.", rag=RED),
        ("sec", M2),
        A("BCB/25/058", [M2],
          "Circulate to Board members the ICB’s response to the NHS England model ICB blueprint.",
          ["Director of Corporate Affairs"], "2025-09", "blue",
          due=dt.datetime(2025, 9, 30), fmt="dd/mm/yyyy",
          update="Response circulated by email on 26 September 2025. Proposed for closure.", rag=GREEN),
        A("BCB/25/061", [M2],
          "Set out how the Joint Forward Plan refresh will reflect the recommendations on integrated "
          "neighbourhood teams.",
          ["Chief Strategy Officer", "Director of Primary Care"], "2026-01", "amber",
          due=dt.datetime(2026, 1, 31), fmt="mmm-yy",
          update="Draft Joint Forward Plan to come to the January Board.", rag=AMBER),
        ("sec", M3),
        A("BCB/25/072", [M3],
          "Provide an update on the dental access recovery plan, including the number of urgent dental "
          "appointments commissioned in each of the four places.",
          ["Director of Primary Care"], "2026-03", "amber",
          due=dt.datetime(2026, 3, 31), fmt="mmm-yy", update="", rag=AMBER),
        A("BCB/25/073", [M3],
          "Review the format of the Integrated Performance Report so that quality and finance exceptions "
          "are shown together.",
          ["Chief Finance Officer", "Chief Medical Officer"], "2026-01", "amber",
          due=dt.datetime(2026, 1, 31), fmt="mmm-yy",
          update="Working group meeting on 10 December 2025.", rag=AMBER),
        A("BCB/25/075", [M3],
          "Write to the four local authority chief executives setting out the ICB’s position on the "
          "section 75 agreements for 2026/27.",
          ["Chief Executive"], "2025-12", "unrated",
          due=dt.datetime(2025, 12, 31), fmt="dd/mm/yyyy", update="", rag=None),
    ]
    M5 = "Meeting held 13 May 2025"
    closed_rows = [
        ("sec", M5),
        A("BCB/25/019", [M5],
          "Confirm the timetable for the ICB’s running cost reduction and the consultation with staff.",
          ["Chief People Officer"], "2025-07", "blue",
          due=dt.datetime(2025, 7, 31), fmt="mmm-yy",
          update="Timetable shared at the July Board; staff consultation launched 1 August 2025.", rag=GREEN),
        ("sec", M1),
        A("BCB/25/027", [M1],
          "Include the system financial recovery plan risks in the Board Assurance Framework.",
          ["Chief Finance Officer"], "2025-09", "blue",
          due=dt.datetime(2025, 9, 30), fmt="mmm-yy",
          update="BAF updated and reported to the Audit and Risk Committee in September 2025.", rag=GREEN),
        ("sec", M2),
        A("BCB/25/052", [M2],
          "Share the outcome of the Walsall SEND local area inspection with Board members.",
          ["Chief Nursing Officer"], "2025-10", "blue",
          due=dt.datetime(2025, 10, 31), fmt="dd/mm/yyyy",
          update="Inspection letter and partnership response shared on 15 October 2025.", rag=GREEN),
    ]

    wb = Workbook()
    heads = ["Ref", "Action", "Lead", "Due date", "Update", "RAG"]

    def sheet(ws, subtitle, rows, first_sec=None):
        ws.merge_cells("A1:F1")
        put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
        ws.merge_cells("A2:F2")
        put(ws, 2, 1, subtitle, border=False, wrap=False)
        put(ws, 4, 1, "RAG key:", bold=True, border=False)
        put(ws, 4, 2, "Overdue", fill_hex=RED)
        put(ws, 4, 3, "In progress – not yet due", fill_hex=AMBER)
        put(ws, 4, 4, "Complete – proposed for closure", fill_hex=GREEN)
        put(ws, 4, 5, "No colour = new action, not yet started", border=False)
        r = 6
        for i, h in enumerate(heads, 1):
            put(ws, r, i, h, bold=True, fill_hex=NAVY, white=True)
        r += 1
        if first_sec:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            put(ws, r, 1, first_sec, bold=True, fill_hex=GREY)
            r += 1
        for row in rows:
            if isinstance(row, tuple):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                put(ws, r, 1, row[1], bold=True, fill_hex=GREY)
                r += 1
                continue
            put(ws, r, 1, row["ref"])
            put(ws, r, 2, row["action"])
            put(ws, r, 3, " / ".join(row["lead"]) if row["ref"] != "BCB/25/073"
                else "Chief Finance Officer and Chief Medical Officer")
            put(ws, r, 4, row["due"], fmt=row.get("fmt"))
            put(ws, r, 5, row["update"] or None)
            put(ws, r, 6, None, fill_hex=row["rag"])
            r += 1
        widths(ws, {"A": 13, "B": 60, "C": 28, "D": 18, "E": 50, "F": 8})
        ws.freeze_panes = "A7"

    ws = wb.active
    ws.title = "Open actions"
    sheet(ws, "Open actions as at 2 December 2025, following the Board meeting held on 11 November 2025",
          open_rows)
    ws2 = wb.create_sheet("Closed actions")
    sheet(ws2, "Actions closed by the Board on 11 November 2025 – retained for one meeting for reference",
          closed_rows)
    wb.save(os.path.join(HERE, name))

    actions = [r for r in open_rows + closed_rows if isinstance(r, dict)]
    write_expected(
        name,
        source="Imitates an ICB 'Board meeting in public' action log (NHS Black Country ICB, 2025) as "
               "published in board papers: title row, subtitle with the as-at date, a colour key row "
               "(red overdue, amber in progress, green complete – proposed for closure), grey merged rows "
               "per meeting date, columns Ref/Action/Lead/Due date/Update/RAG with the RAG given only as "
               "cell fill, and a second sheet of actions closed at the last meeting. Dates are real Excel "
               "dates shown as mmm-yy or dd/mm/yyyy, one text cell 'Jan-26 (was Sep-25)'.",
        reads="A board action log: seven open actions grouped by the meeting that raised them and three "
              "closed actions on a second sheet. The RAG is the fill of the last column read through the "
              "key, where green means complete (so blue); an uncoloured cell is a new action not started.",
        outcome="read", title=title, actions=actions)


# =================================================================== 4
def case_chesterfield_crr():
    name = "gr2-chesterfield-royal-hospital-corporate-risk-register-q3-2025-26.xlsx"
    title = "Chesterfield Royal Hospital NHS Foundation Trust – Corporate Risk Register, Quarter 3 2025/26"
    risks = [
        dict(title="CR01 – Emergency Department crowding and ambulance handover delays",
             desc="There is a risk that sustained demand on the Emergency Department and limited flow out "
                  "of the hospital lead to crowding and ambulance handover delays, resulting in harm to "
                  "patients and a poor experience of care.",
             owner="Chief Operating Officer", score="4 x 5 = 20", sfill=RED, target="12", move="↔",
             actions=[
                 A(None, [], "Open the new same day emergency care (SDEC) unit with extended hours to 22:00.",
                   ["Divisional Director, Urgent and Emergency Care"], "2025-10", "blue",
                   lead_cell="Divisional Director, Urgent and Emergency Care",
                   due=dt.datetime(2025, 10, 31), rag="B", progress="Unit opened 20 October 2025."),
                 A(None, [], "Implement the ambulance handover protocol agreed with East Midlands Ambulance "
                             "Service, including release of crews within 45 minutes.",
                   ["Deputy Chief Operating Officer"], "2026-01", "green",
                   lead_cell="Deputy Chief Operating Officer", due=dt.datetime(2026, 1, 31), rag="G",
                   progress="Protocol live from 3 November 2025; average handover 32 minutes in December."),
                 A(None, [], "Increase the proportion of discharges before midday to 33% through the "
                             "‘Home for Lunch’ programme on every adult ward.",
                   ["Deputy Chief Nurse – Patient Flow"], "2026-03", "amber",
                   lead_cell="Deputy Chief Nurse – Patient Flow", due=dt.datetime(2026, 3, 31), rag="A",
                   progress="28% in December 2025 (25% in September)."),
             ]),
        dict(title="CR04 – Registered nurse and midwife vacancies",
             desc="There is a risk that the Trust is unable to recruit and retain registered nurses and "
                  "midwives in line with the funded establishment, resulting in reliance on temporary "
                  "staff and reduced quality of care.",
             owner="Chief Nurse", score="4 x 4 = 16", sfill=RED, target="8", move="↓",
             actions=[
                 A(None, [], "Complete the international recruitment cohort of 24 registered nurses.",
                   ["Deputy Chief Nurse"], "2025-09", "blue",
                   lead_cell="Deputy Chief Nurse", due=dt.datetime(2025, 9, 30), rag="B",
                   progress="24 nurses in post; all have passed their OSCE."),
                 A(None, [], "Launch a ‘stay conversation’ retention programme for nurses and midwives in "
                             "their first two years of practice.",
                   ["Head of Nursing Workforce", "HR Business Partner"], "2026-03", "green",
                   lead_cell="Head of Nursing Workforce / HR Business Partner", due="Q4 2025/26", rag="G",
                   progress="Pilot on three wards from January 2026."),
             ]),
        dict(title="CR09 – Cyber security and unsupported digital infrastructure",
             desc="There is a risk that unsupported legacy systems and a cyber attack lead to loss of "
                  "access to clinical systems, resulting in disruption to patient care and loss of data.",
             owner="Director of Digital", score="3 x 5 = 15", sfill=RED, target="10", move="↑",
             actions=[
                 A(None, [], "Submit the Data Security and Protection Toolkit and achieve ‘Standards Met’.",
                   ["Senior Information Risk Owner"], "2025-06", "blue",
                   lead_cell="Senior Information Risk Owner", due=dt.datetime(2025, 6, 30), rag="B",
                   progress="Submitted 27 June 2025 – Standards Met."),
                 A(None, [], "Replace the remaining unsupported servers in the pathology and radiology "
                             "environments.",
                   ["Head of IT Infrastructure"], "2026-02", "red",
                   lead_cell="Head of IT Infrastructure", due=dt.datetime(2026, 2, 28), rag="R",
                   progress="Original date 30/11/2025 missed because of supplier delay; new delivery date "
                            "awaited."),
                 A(None, [], "Run a cyber incident table-top exercise with the executive team.",
                   ["Emergency Planning Lead", "Director of Digital"], None, "green",
                   end_text="Ongoing – annual",
                   lead_cell="Emergency Planning Lead & Director of Digital", due="Ongoing – annual",
                   rag="G", progress="2025 exercise held 14 October; next due October 2026."),
             ]),
        dict(title="CR12 – Delivery of the 2025/26 financial plan",
             desc="There is a risk that the Trust does not deliver its 2025/26 financial plan, including "
                  "the £14.2m cost improvement programme, resulting in a deficit and regulatory "
                  "intervention.",
             owner="Chief Finance Officer", score="4 x 4 = 16", sfill=RED, target="12", move="↔",
             actions=[
                 A(None, [], "Deliver the 2025/26 cost improvement programme, with monthly reporting to the "
                             "Finance and Performance Committee.",
                   ["Chief Finance Officer"], "2026-03", "amber",
                   lead_cell="Chief Finance Officer", due=dt.datetime(2026, 3, 31), rag="A",
                   progress="£10.9m delivered or identified at month 8; gap of £3.3m."),
                 A(None, [], "Reduce agency spend to below 3.2% of the pay bill.",
                   ["Chief People Officer", "Chief Nurse"], "2026-03", "green",
                   lead_cell="Chief People Officer; Chief Nurse", due=dt.datetime(2026, 3, 31), rag="G",
                   progress="2.9% in November 2025."),
             ]),
    ]
    for r in risks:
        for a in r["actions"]:
            a["under"] = [r["title"]]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.merge_cells("A1:F1")
    put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Report to Audit and Risk Committee, 21 January 2026", border=False, wrap=False)
    put(ws, 4, 1, "Summary of corporate risks scoring 15 and above", bold=True, border=False, wrap=False)
    for i, h in enumerate(["Risk", "Executive owner", "Current score", "Target score", "Movement",
                           "Actions open"], 1):
        put(ws, 5, i, h, bold=True, fill_hex=NAVY, white=True)
    rr = 6
    for r in risks:
        put(ws, rr, 1, r["title"])
        put(ws, rr, 2, r["owner"])
        put(ws, rr, 3, r["score"], fill_hex=r["sfill"])
        put(ws, rr, 4, int(r["target"]))
        put(ws, rr, 5, r["move"])
        put(ws, rr, 6, sum(1 for a in r["actions"] if a["rag"] != "B"))
        rr += 1
    put(ws, rr + 1, 1, "Risk score key: 1–3 Low (green); 4–6 Moderate (yellow); 8–12 High (amber); "
                       "15–25 Extreme (red). Movement is since the Quarter 2 report.", border=False,
        wrap=False)
    widths(ws, {"A": 62, "B": 26, "C": 14, "D": 12, "E": 10, "F": 12})

    ws = wb.create_sheet("CRR detail")
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "Corporate Risk Register – detail of risks scoring 15 and above", bold=True, size=13,
        border=False, wrap=False)
    put(ws, 2, 1, "Quarter 3 2025/26 position; actions updated by risk owners on 5 January 2026",
        border=False, wrap=False)
    ws.merge_cells("A4:E4")
    put(ws, 4, 1, "Risk details", bold=True, fill_hex="B4C6E7")
    ws.merge_cells("F4:J4")
    put(ws, 4, 6, "Mitigating actions", bold=True, fill_hex="B4C6E7")
    heads = ["Risk ref and title", "Risk description (cause, event, effect)", "Executive owner",
             "Current score (L x C)", "Target score", "Further actions required", "Action owner",
             "Due date", "Action RAG", "Progress"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fill_hex=NAVY, white=True)
    rr = 6
    ragf = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for r in risks:
        n = len(r["actions"])
        for col, val, fl in [(1, r["title"], None), (2, r["desc"], None), (3, r["owner"], None),
                             (4, r["score"], r["sfill"]), (5, int(r["target"]), None)]:
            put(ws, rr, col, val, fill_hex=fl, bold=(col == 1))
            if n > 1:
                for k in range(1, n):
                    ws.cell(row=rr + k, column=col).border = BOX
                ws.merge_cells(start_row=rr, start_column=col, end_row=rr + n - 1, end_column=col)
        for k, a in enumerate(r["actions"]):
            put(ws, rr + k, 6, a["action"])
            put(ws, rr + k, 7, a["lead_cell"])
            put(ws, rr + k, 8, a["due"], fmt="dd/mm/yyyy" if isinstance(a["due"], dt.datetime) else None)
            put(ws, rr + k, 9, a["rag"], fill_hex=ragf[a["rag"]], bold=True)
            put(ws, rr + k, 10, a["progress"])
        rr += n
    rr += 1
    put(ws, rr, 1, "Action RAG key: B = complete; G = on track; A = at risk of delay; R = overdue or "
                   "off track.", border=False, wrap=False)
    put(ws, rr + 1, 1, "Risk score key: 1–3 Low; 4–6 Moderate; 8–12 High; 15–25 Extreme.", border=False,
        wrap=False)
    widths(ws, {"A": 30, "B": 45, "C": 18, "D": 12, "E": 9, "F": 50, "G": 28, "H": 14, "I": 9, "J": 40})
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    actions = [a for r in risks for a in r["actions"]]
    write_expected(
        name,
        source="Imitates an NHS foundation trust corporate risk register report to an Audit and Risk "
               "Committee (Chesterfield Royal Hospital NHSFT, Q3 2025/26; layout after trust CRR "
               "appendices): a Summary sheet listing the risks scoring 15+ with fill-coloured scores and "
               "a movement column, then a detail sheet with a two-row header ('Risk details' / "
               "'Mitigating actions'), each risk's ref-and-title, description, owner and scores merged "
               "down over its action rows, action owner, due date (Excel dates, 'Q4 2025/26', "
               "'Ongoing – annual'), B/G/A/R action RAG letters with fill, and key lines below.",
        reads="A corporate risk register for four extreme risks; the plan is the ten further actions on "
              "the detail sheet, each read under its risk (the merged ref-and-title cell). The Summary "
              "sheet rows and the risk scores are not actions; the action RAG column gives the status, "
              "B meaning complete.",
        outcome="read", title=title, actions=actions)


# =================================================================== 5
def case_north_somerset_highlight():
    name = "gr2-north-somerset-council-transformation-programme-highlight-report.xlsx"
    title = "North Somerset Council – Transformation Programme Highlight Report"
    W1 = "Workstream 1: Adult Social Care – Prevention and Independence"
    W2 = "Workstream 2: Children’s Services – Placement Sufficiency"
    W3 = "Workstream 3: Customer and Digital"
    d = dt.datetime
    ws_defs = [
        dict(sheet="WS1 Adults", head=W1, sro="Director of Adult Social Services",
             lead="Head of Transformation (Adults)", overall=("Amber", AMBER),
             achievements="• Reablement-first front door live since June; 62% of new requests now start "
                          "with reablement.\n• Care Act assessment waiting list down to 174.",
             next_period="• Award TEC contract.\n• Provider workshop on day opportunities model.",
             risks="Recruitment to reablement support worker posts remains difficult (12 vacancies). "
                   "Decision required from Transformation Board: approve the revised TEC timeline.",
             ms=[
                 A("A1.1", [W1], "Launch the reablement-first front door, with all new requests for "
                                 "support triaged by the reablement team.",
                   ["Head of Reablement"], "2025-06", "blue", lead_cell="Head of Reablement",
                   base=d(2025, 6, 30), fc=d(2025, 6, 30), rag="Complete",
                   comment="Live from 2 June 2025."),
                 A("A1.2", [W1], "Procure a technology enabled care (TEC) partner and start the proactive "
                                 "TEC offer for people on the waiting list.",
                   ["Commissioning Manager – TEC"], "2026-01", "amber",
                   lead_cell="Commissioning Manager – TEC", base=d(2025, 10, 31), fc=d(2026, 1, 31),
                   rag="Amber", comment="Tender evaluation complete; award delayed to January 2026 pending "
                                        "legal review."),
                 A("A1.3", [W1], "Reduce the number of people waiting for a Care Act assessment to fewer "
                                 "than 150.",
                   ["Head of Adult Social Care Operations"], "2026-03", "green",
                   lead_cell="Head of Adult Social Care Operations", base=d(2026, 3, 31),
                   fc=d(2026, 3, 31), rag="Green",
                   comment="174 waiting at the end of November (290 in April)."),
                 A("A1.4", [W1], "Review all day opportunities contracts and agree the new commissioning "
                                 "model with providers.",
                   ["Head of Commissioning", "Finance Business Partner (Adults)"], "2026-02", "red",
                   lead_cell="Head of Commissioning / Finance Business Partner (Adults)",
                   base=d(2025, 12, 31), fc=d(2026, 2, 28), rag="Red",
                   comment="Provider engagement slower than planned; escalated to Transformation Board."),
             ]),
        dict(sheet="WS2 Children", head=W2, sro="Director of Children’s Services",
             lead="Head of Children Looked After Services", overall=("Green", GREEN),
             achievements="• Second council-run children’s home registered by Ofsted.\n• 11 new foster "
                          "households approved this year.",
             next_period="• First placements at the new home.\n• Foster carer recruitment event, "
                         "Weston-super-Mare, 17 January.",
             risks="Sufficiency of local residential placements for children with complex needs remains "
                   "the main pressure on the placements budget.",
             ms=[
                 A("C2.1", [W2], "Open the second council-run children’s home (two beds) in "
                                 "Weston-super-Mare.",
                   ["Head of Children Looked After Services"], "2025-11", "blue",
                   lead_cell="Head of Children Looked After Services", base=d(2025, 8, 31),
                   fc=d(2025, 11, 30), rag="Complete",
                   comment="Ofsted registration received 14 November 2025."),
                 A("C2.2", [W2], "Recruit 20 additional in-house foster carer households through the "
                                 "‘Foster with North Somerset’ campaign.",
                   ["Fostering Service Manager"], "2026-03", "amber",
                   lead_cell="Fostering Service Manager", base=d(2026, 3, 31), fc=d(2026, 3, 31),
                   rag="Amber", comment="11 households approved; 6 in assessment."),
                 A("C2.3", [W2], "Step down eight children from residential to family-based placements "
                                 "where this is in their best interests.",
                   ["Head of Children Looked After Services", "Placements Commissioning Manager"],
                   "2026-03", "green",
                   lead_cell="Head of Children Looked After Services & Placements Commissioning Manager",
                   base=d(2026, 3, 31), fc=d(2026, 3, 31), rag="Green",
                   comment="Five step-downs achieved so far."),
             ]),
        dict(sheet="WS3 Digital", head=W3, sro="Director of Corporate Services",
             lead="Head of ICT", overall=("Amber", AMBER),
             achievements="• Council tax account services moved to the new customer portal.\n• Copilot "
                          "pilot group selected.",
             next_period="• Waste services on the portal from 8 December.\n• CRM data migration plan.",
             risks="CRM decommissioning depends on all services moving to the portal; the supplier "
                   "contract ends 31 March 2026.",
             ms=[
                 A("D3.1", [W3], "Move council tax and waste services to the new customer portal.",
                   ["Head of Customer Services"], "2025-12", "green",
                   lead_cell="Head of Customer Services", base=d(2025, 9, 30), fc=d(2025, 12, 31),
                   rag="Green", comment="Council tax live; waste services move on 8 December."),
                 A("D3.2", [W3], "Run a Microsoft 365 Copilot pilot with 150 staff and evaluate the "
                                 "productivity benefits.",
                   ["Head of ICT"], "2026-03", "green", lead_cell="Head of ICT",
                   base="Q3 2025/26", fc="Q4 2025/26", rag="Green",
                   comment="Licences assigned; evaluation framework agreed with HR."),
                 A("D3.3", [W3], "Decommission the legacy CRM system.",
                   ["Head of ICT"], "2026-03", "red", lead_cell="Head of ICT",
                   base=d(2026, 3, 31), fc=d(2026, 3, 31), rag="Red",
                   comment="At risk: depends on D3.1 and on the data migration plan, which is not yet "
                           "agreed."),
             ]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "Programme summary"
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Reporting period: Period 8 (November 2025)", border=False, wrap=False)
    put(ws, 3, 1, "Report to: Transformation Board, 10 December 2025", border=False, wrap=False)
    heads = ["Workstream", "SRO", "Overall RAG", "Complete", "Green", "Amber", "Red", "Total milestones"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fill_hex=NAVY, white=True)
    rr = 6
    tot = [0, 0, 0, 0, 0]
    for w in ws_defs:
        counts = [sum(1 for m in w["ms"] if m["rag"] == k) for k in ("Complete", "Green", "Amber", "Red")]
        counts.append(len(w["ms"]))
        tot = [x + y for x, y in zip(tot, counts)]
        put(ws, rr, 1, w["head"])
        put(ws, rr, 2, w["sro"])
        put(ws, rr, 3, w["overall"][0], fill_hex=w["overall"][1])
        for i, c in enumerate(counts):
            put(ws, rr, 4 + i, c)
        rr += 1
    put(ws, rr, 1, "Programme total", bold=True)
    put(ws, rr, 2, None)
    put(ws, rr, 3, "Amber", fill_hex=AMBER, bold=True)
    for i, c in enumerate(tot):
        put(ws, rr, 4 + i, c, bold=True)
    put(ws, rr + 2, 1, "RAG definitions: Complete – milestone delivered; Green – on track to deliver to "
                       "time and budget; Amber – issues that can be resolved within the workstream; Red – "
                       "issues requiring escalation to Transformation Board.", border=False, wrap=False)
    widths(ws, {"A": 58, "B": 32, "C": 12, "D": 10, "E": 8, "F": 8, "G": 8, "H": 16})

    for w in ws_defs:
        ws = wb.create_sheet(w["sheet"])
        ws.merge_cells("A1:G1")
        put(ws, 1, 1, w["head"], bold=True, size=13, fill_hex="B4C6E7")
        put(ws, 2, 1, "SRO", bold=True, fill_hex=GREY)
        ws.merge_cells("B2:C2")
        put(ws, 2, 2, w["sro"])
        put(ws, 2, 4, "Workstream lead", bold=True, fill_hex=GREY)
        ws.merge_cells("E2:G2")
        put(ws, 2, 5, w["lead"])
        put(ws, 3, 1, "Overall status", bold=True, fill_hex=GREY)
        ws.merge_cells("B3:C3")
        put(ws, 3, 2, w["overall"][0], fill_hex=w["overall"][1], bold=True)
        put(ws, 3, 4, "Period", bold=True, fill_hex=GREY)
        ws.merge_cells("E3:G3")
        put(ws, 3, 5, "Period 8 (November 2025)")
        put(ws, 5, 1, "Key achievements this period", bold=True, fill_hex=GREY)
        ws.merge_cells("B5:G5")
        put(ws, 5, 2, w["achievements"])
        ws.row_dimensions[5].height = 42
        put(ws, 6, 1, "Planned for next period", bold=True, fill_hex=GREY)
        ws.merge_cells("B6:G6")
        put(ws, 6, 2, w["next_period"])
        ws.row_dimensions[6].height = 42
        put(ws, 8, 1, "Key milestones", bold=True, border=False)
        mh = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
        for i, h in enumerate(mh, 1):
            put(ws, 9, i, h, bold=True, fill_hex=NAVY, white=True)
        rr = 10
        for m in w["ms"]:
            put(ws, rr, 1, m["ref"])
            put(ws, rr, 2, m["action"])
            put(ws, rr, 3, m["lead_cell"])
            put(ws, rr, 4, m["base"], fmt="dd/mm/yyyy" if isinstance(m["base"], dt.datetime) else None)
            put(ws, rr, 5, m["fc"], fmt="dd/mm/yyyy" if isinstance(m["fc"], dt.datetime) else None)
            put(ws, rr, 6, m["rag"], fill_hex=ragfill[m["rag"]], bold=True,
                white=m["rag"] == "Complete")
            put(ws, rr, 7, m["comment"])
            rr += 1
        rr += 1
        put(ws, rr, 1, "Key risks and issues", bold=True, fill_hex=GREY)
        ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=7)
        put(ws, rr, 2, w["risks"])
        ws.row_dimensions[rr].height = 32
        widths(ws, {"A": 16, "B": 55, "C": 32, "D": 14, "E": 14, "F": 11, "G": 48})
    wb.save(os.path.join(HERE, name))

    actions = [m for w in ws_defs for m in w["ms"]]
    write_expected(
        name,
        source="Imitates a council transformation programme highlight report to a Transformation Board "
               "(North Somerset Council, Period 8 2025/26; layout after council PMO highlight reports): a "
               "Programme summary sheet with one row per workstream (SRO, overall RAG, counts of "
               "milestones by RAG, programme total row, RAG definitions), then one sheet per workstream "
               "with a banner heading, SRO/lead/status label cells, merged free-text boxes for "
               "achievements, next period and risks, and a Key milestones table with Baseline and "
               "Forecast dates and a RAG word with fill.",
        reads="A highlight report for three transformation workstreams. The actions are the ten key "
              "milestones on the three workstream sheets, each read under its workstream banner; the "
              "forecast date is the end and the RAG word the status. The summary sheet and the "
              "achievements/next period/risks boxes are not actions.",
        outcome="read", title=title, actions=actions)


# =================================================================== 6
def case_slough_dhr():
    name = "gr2-safer-slough-partnership-dhr-nadia-action-plan.txt"
    title = "Safer Slough Partnership – Domestic Homicide Review ‘Nadia’ – Action Plan"
    S1 = "OVERVIEW REPORT RECOMMENDATIONS"
    S2 = "SINGLE AGENCY RECOMMENDATIONS (from the Individual Management Reviews)"
    R1 = ("1. Safer Slough Partnership should assure itself that domestic abuse training for all agencies "
          "addresses economic abuse and the barriers faced by women with insecure immigration status.")
    R2 = ("2. Frimley Health NHS Foundation Trust and primary care should ensure that routine enquiry about "
          "domestic abuse takes place when a woman attends without her partner, and that professional "
          "interpreters are always used.")
    R3 = ("3. The Home Office should consider the learning from this review about victims who have no "
          "recourse to public funds.")
    R4 = ("4. Thames Valley Police: ensure that repeat calls to the same address are identified and "
          "reviewed by the Domestic Abuse Investigation Unit.")
    R5 = ("5. Slough Borough Council Housing Service: ensure that housing officers complete a DASH risk "
          "assessment when a tenant discloses domestic abuse.")
    items = [
        ("sec", S1),
        (R1, "Local", A("1.1", [S1, R1],
                        "Review the partnership domestic abuse training offer against the Domestic Abuse "
                        "Act 2021 statutory guidance, adding modules on economic abuse and on no recourse "
                        "to public funds.",
                        ["Slough Borough Council (Community Safety)"], "2025-03", "blue",
                        lead_cell="Slough Borough Council (Community Safety)",
                        miles="Training needs analysis completed; new modules commissioned.",
                        target="31/03/2025",
                        done="Completed March 2025 – modules live on the learning platform.",
                        st_cell="Complete")),
        ("", "", A("1.2", [S1, R1],
                   "Deliver the new modules to frontline staff in housing, police, health and the voluntary "
                   "sector and report the numbers trained to the Domestic Abuse Partnership Board.",
                   ["Domestic Abuse Partnership Board"], "2025-09", "amber",
                   lead_cell="Domestic Abuse Partnership Board",
                   miles="186 of 300 target staff trained.", target="30/09/2025", done="",
                   st_cell="Amber")),
        (R2, "Local", A("2.1", [S1, R2],
                        "Audit the use of family members as interpreters in maternity, emergency department "
                        "and GP consultations and share the findings with the ICB safeguarding team.",
                        ["Frimley Health NHS Foundation Trust", "NHS Frimley ICB"], "2025-12", "green",
                        lead_cell="Frimley Health NHS Foundation Trust / NHS Frimley ICB",
                        miles="Audit completed at Wexham Park; GP practice audit in progress.",
                        target="Dec-25", done="", st_cell="Green")),
        ("", "", A("2.2", [S1, R2],
                   "Update the Trust interpreting policy so that:\n"
                   "• family members and partners are never used to interpret in safeguarding "
                   "conversations;\n"
                   "• staff record the reason where a professional interpreter was not used.",
                   ["Frimley Health NHS Foundation Trust"], "2026-01", "amber",
                   lead_cell="Frimley Health NHS Foundation Trust",
                   miles="Policy drafted; out for consultation.", target="31/01/2026", done="",
                   st_cell="Amber")),
        (R3, "National", A("3.1", [S1, R3],
                           "Write to the Home Office and the Domestic Abuse Commissioner setting out the "
                           "learning about victims with no recourse to public funds.",
                           ["Chair, Safer Slough Partnership"], "2025-06", "blue",
                           lead_cell="Chair, Safer Slough Partnership",
                           miles="Letter sent 18 June 2025.", target="30/06/2025",
                           done="Completed 18 June 2025 – acknowledgement received.", st_cell="Complete")),
        ("sec", S2),
        (R4, "Single agency", A("4.1", [S2, R4],
                                "Introduce an automated repeat-location flag on the command and control "
                                "system for domestic abuse calls.",
                                ["Thames Valley Police"], "2026-03", "green",
                                lead_cell="Thames Valley Police",
                                miles="Flag specified; IT change request raised.", target="March 2026",
                                done="", st_cell="Green")),
        (R5, "Single agency", A("5.1", [S2, R5],
                                "Add completion of the DASH risk assessment to the housing case management "
                                "checklist and monitor compliance.",
                                ["Slough Borough Council – Housing Needs"], None, "green",
                                end_text="Monthly",
                                lead_cell="Slough Borough Council – Housing Needs",
                                miles="Checklist updated; first monthly report 91% compliance.",
                                target="Monthly", done="", st_cell="Green")),
        ("", "", A("5.2", [S2, R5],
                   "Train all housing officers in the DASH risk checklist and the MARAC referral pathway.",
                   ["Slough Borough Council – Housing Needs"], "2025-11", "amber",
                   lead_cell="Slough Borough Council – Housing Needs",
                   miles="42 of 55 officers trained.", target="30 November 2025", done="",
                   st_cell="Amber")),
    ]

    def field(s):
        # Excel "Text (Tab delimited)" quotes a field only when it holds a line break, tab or quote
        if "\n" in s or "\t" in s or '"' in s:
            return '"' + s.replace('"', '""') + '"'
        return s

    ncol = 9
    lines = [title, "Progress position at 14 October 2025 – for the Safer Slough Partnership Board", ""]
    lines.append("\t".join(["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
                            "Key milestones achieved", "Target date", "Completion date and outcome",
                            "Status"]))
    for it in items:
        if it[0] == "sec":
            lines.append(it[1] + "\t" * (ncol - 1))
            continue
        rec, scope, a = it
        lines.append("\t".join(field(x) for x in [a["ref"], rec, scope, a["action"], a["lead_cell"],
                                                   a["miles"], a["target"], a["done"], a["st_cell"]]))
    lines.append("")
    lines.append("Status key: Complete = action completed and evidence received; Green = on track; "
                 "Amber = some slippage; Red = off track.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    actions = [it[2] for it in items if it[0] != "sec"]
    write_expected(
        name,
        source="Imitates a community safety partnership DHR action plan in the Home Office template "
               "(Recommendation, Scope of recommendation, Action to take, Lead agency, Key milestones "
               "achieved, Target date, Date of completion and outcome) with a local Status column, as "
               "saved from Excel as tab-delimited text (Safer Slough Partnership, DHR published 2024-25): "
               "title and progress lines, upper-case section rows for overview and single-agency "
               "recommendations, the recommendation written once on its first action row and blank on "
               "continuation rows, one action with bulleted lines in a quoted field, a status key line.",
        reads="A DHR action plan with eight numbered actions answering five recommendations, split into "
              "overview-report and single-agency sections. A blank recommendation cell means the action "
              "belongs to the recommendation above; Target date is the end ('Monthly' has no month).",
        outcome="read", title=title, actions=actions)


# =================================================================== 7
def case_oxford_csp_refuse():
    name = "gr2-oxford-safer-communities-partnership-plan-2025-26-typo-month-refuse.csv"
    title = "Oxford Safer Communities Partnership – Community Safety Plan 2025-26: Delivery Plan"
    rows = [
        ["Priority 1: Reducing serious violence and exploitation"],
        ["", "1.1", "Deliver the Oxford actions in the Thames Valley Serious Violence Duty response strategy, "
                    "including the hospital navigator scheme at the John Radcliffe.",
         "Thames Valley Police / Oxford City Council", "March 2026",
         "Navigator scheme funded to March 2026; 64 referrals in Q2.", "Green"],
        ["", "1.2", "Run a youth mentoring programme for young people at risk of exploitation in Blackbird "
                    "Leys, Rose Hill and Barton.",
         "Oxford City Council Community Safety Team", "July 2026",
         "Provider appointed; 18 young people engaged.", "Green"],
        ["", "1.3", "Map county lines and cuckooing risks through the multi-agency exploitation panel and "
                    "agree a partnership response for each address.",
         "Oxfordshire County Council; Thames Valley Police", "Quarterly",
         "Panel meeting monthly; 11 addresses under review.", "Amber"],
        ["Priority 2: Anti-social behaviour and community confidence"],
        ["", "2.1", "Introduce a single ASB Case Review (Community Trigger) process shared by the city and "
                    "county councils and publish it on both websites.",
         "ASB and Community Safety Manager", "Novemebr 2025",
         "Draft process agreed by the ASB Problem Solving Group.", "Amber"],
        ["", "2.2", "Consult on the renewal of the city centre Public Spaces Protection Order.",
         "Oxford City Council", "31/12/2025", "Consultation closed 30 September 2025.", "Green"],
        ["Priority 3: Violence against women and girls"],
        ["", "3.1", "Roll out the Night Safe accreditation to licensed premises in the city centre and "
                    "Cowley Road, with bystander training for door staff.",
         "Oxford City Council Licensing / Thames Valley Police", "June 2026",
         "22 premises accredited.", "Green"],
        ["", "3.2", "Recommission the independent domestic violence advisor (IDVA) service with the Police "
                    "and Crime Commissioner.",
         "Oxfordshire County Council", "31/03/2026", "Tender published October 2025.", "Amber"],
        ["Priority 4: Hate crime and community cohesion"],
        ["", "4.1", "Increase third-party hate crime reporting centres from 6 to 10, with training for the "
                    "staff who run them.",
         "Oxford City Council Community Safety Team", "Jan-26",
         "Two new centres open at community centres.", "Green"],
    ]
    header = ["Priority", "Ref", "Action", "Lead partner(s)", "Timescale", "Q2 update (to 30 September 2025)",
              "RAG"]
    n = len(header)

    def q(s):
        if any(ch in s for ch in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    out = [q(title) + "," * (n - 1), "Quarter 2 2025-26 progress report" + "," * (n - 1), "," * (n - 1),
           ",".join(q(h) for h in header)]
    typo_line = None
    for r in rows:
        r = r + [""] * (n - len(r))
        out.append(",".join(q(x) for x in r))
        if "Novemebr 2025" in r:
            typo_line = len(out)
    out.append("," * (n - 1))
    out.append(q("RAG: Green = on track; Amber = some slippage, recovery plan in place; Red = off track; "
                 "Blue = complete.") + "," * (n - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")

    write_expected(
        name,
        source="Imitates a community safety partnership delivery plan quarterly update exported from Excel "
               "as CSV (Oxford Safer Communities Partnership, Community Safety Plan 2025-26): title and "
               "quarter lines, priority section rows in the first column, numbered actions with "
               "partner-agency leads, a Timescale column of months, dates and 'Quarterly', a Q2 update "
               "column, a RAG word column and a RAG key line.",
        reads="A delivery plan of eight actions under four priorities. Action 2.1 has the timescale "
              "'Novemebr 2025', a mistyped month, so a careful reader stops there and asks what was "
              "meant before reading the plan.",
        outcome="refuse", title=title, refuse_at=typo_line)
    return typo_line


def main():
    case_luton_sar()
    case_uhb_maternity()
    case_black_country_icb()
    case_chesterfield_crr()
    case_north_somerset_highlight()
    case_slough_dhr()
    line = case_oxford_csp_refuse()
    print("built 7 cases; refuse line", line)


if __name__ == "__main__":
    main()
