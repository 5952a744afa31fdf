"""Generate the z2- blind cases in /work/blind/heldout11 (files + .expected.yaml).

Each case holds the displayed cell text and, written by hand beside it, the reading a
person makes of it (lead list, end month, status).  Run with any python that has
python-docx, openpyxl and PyYAML.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))


class LitStr(str):
    pass


def _lit(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")


yaml.SafeDumper.add_representer(LitStr, _lit)


def write_yaml(name, meta, actions):
    doc = {
        "source": LitStr(meta["source"]),
        "reads": LitStr(meta["reads"]),
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)
    # validate
    with open(path, encoding="utf-8") as f:
        back = yaml.safe_load(f)
    assert back["outcome"] == meta["outcome"]
    if meta["outcome"] == "read":
        assert len(back["actions"]) == len(actions)


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
      comment="", end_text=None, **kw):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status_cell=status_cell, status=status,
             comment=comment, end_text=end_text)
    d.update(kw)
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Text with \n becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def full_row(table, text, fill="D9D9D9"):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=True)
    shade(merged, fill)
    return row


# ================================================================ case 1: docx, one table, theme rows
def case1():
    name = "z2-childrens-improvement-plan.docx"
    T1 = "Theme 1: Leadership, management and governance"
    T2 = "Theme 2: Help and protection"
    T3 = "Theme 3: Children in care and care leavers"
    acts = [
        A("1.1", [T1], "Establish a Children's Improvement Board with an independent chair, meeting every six weeks, to oversee delivery of this plan.",
          "DCS", ["DCS"], "Jan-20", "2020-01", "Green", "green",
          "Independent chair appointed. First Board held 9 January 2020."),
        A("1.2", [T1], "Refresh the children's services performance scorecard and report it monthly to DMT and quarterly to Children and Young People Scrutiny Committee.",
          "HoS PQA / BI Manager", ["HoS PQA", "BI Manager"], "Monthly", None, "Amber", "amber",
          "Scorecard redesigned; first Scrutiny report due March.", end_text="Monthly"),
        A("1.3", [T1], "Agree a workforce strategy to reduce the proportion of agency social workers to below 15%.",
          "RG/JF", ["RG", "JF"], "31/03/2020", "2020-03", "Red", "red",
          "Agency rate remains 27%. Market supplement proposal to go to Cabinet in February."),
        A("1.4", [T1], "Implement a revised practice standards framework and brief all staff.",
          "Principal Social Worker", ["Principal Social Worker"], "Oct-19", "2019-10", "Complete", "blue",
          "Launched at all-staff event 3 October 2019."),
        A("2.1", [T2], "Strengthen the MASH so that thresholds are applied consistently and parental consent is sought and recorded.",
          "AM", ["AM"], "Nov 2019", "2019-11", "Complete", "blue",
          "Threshold document relaunched with partners. Dip sample in December showed consent recorded in 94% of contacts."),
        A("2.2", [T2], "Audit all children subject to a child protection plan for more than 18 months and agree a clear plan for each child.",
          "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
          "End of February 2020", "2020-02", "Amber", "amber",
          "31 of 44 audits completed."),
        A("2.3", [T2], "Introduce a strategy meeting template that records which agencies attended and the rationale for decisions.",
          "AM & KT", ["AM", "KT"], "Dec-19", "2019-12", "Green", "green", ""),
        A("2.4", [T2], "Review the response to children who go missing from home or care, including the timeliness and quality of return home interviews.",
          "PH", ["PH"], "Q4 2019/20", "2020-03", "Amber", "amber",
          "New provider from 1 February. Timeliness at 71% (target 90%)."),
        A("3.1", [T3], "Ensure every child in care has an up-to-date care plan written to the child.\nIROs to escalate through the dispute resolution process where plans are out of date.",
          "Service Manager (Children in Care)", ["Service Manager (Children in Care)"],
          "Sept 2019 – March 2020", "2020-03", "Green", "green",
          "Care plans in date: 88% (up from 61%)."),
        A("3.2", [T3], "Increase the number of local foster carers through a targeted recruitment campaign.",
          "Head of Commissioning", ["Head of Commissioning"], "Ongoing", None, "Amber", "amber",
          "Net gain of 6 households since September.", end_text="Ongoing"),
        A("3.3", [T3], "Publish a revised local offer for care leavers, co-produced with the Children in Care Council.",
          "LB", ["LB"], "Jun-20", "2020-06", "", "unrated", "Not yet started."),
        A("3.4", [T3], "Reduce personal adviser caseloads to no more than 25 young people each.",
          "Leaving Care Team Manager", ["Leaving Care Team Manager"], "TBC", None, "Red", "red",
          "Average caseload 31. Two PA vacancies.", end_text="TBC"),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Children's Services Improvement Plan 2019–2021", style="Title")
    d.add_paragraph("Appendix A – Cabinet, 16 December 2019")
    d.add_paragraph(
        "This plan responds to the recommendations made by Ofsted following the inspection of local "
        "authority children's services (ILACS) in July 2019. Progress is reported to the Improvement "
        "Board and to Cabinet every quarter.")
    d.add_heading("Version control", level=2)
    vt = d.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "02/09/2019", "JF", "First draft for DMT"),
                ("1.0", "30/09/2019", "JF", "Submitted to Ofsted"),
                ("1.3", "05/12/2019", "BI Manager", "Quarter 2 progress added")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_heading("Improvement plan", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]):
        set_cell(c, h, bold=True)
        shade(c, "1F3864")
    theme = None
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for a in acts:
        if a["under"][0] != theme:
            theme = a["under"][0]
            full_row(t, theme)
        cells = t.add_row().cells
        vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["comment"]]
        for c, v in zip(cells, vals):
            set_cell(c, v)
        if a["status_cell"] in fills:
            shade(cells[4], fills[a["status_cell"]])
    d.add_paragraph("")
    d.add_paragraph("RAG key: Red – off track, significant risk to delivery; Amber – some slippage, "
                    "recoverable; Green – on track; Complete – action delivered and evidenced.")
    d.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a council children's services post-ILACS improvement plan published as a Cabinet "
                  "appendix (e.g. Peterborough / Northamptonshire style 2019). Copied: title and appendix line, "
                  "a version control table before the plan, one Table Grid plan table with a header row and "
                  "full-width shaded theme rows, RAG words in a filled cell, RAG key as a paragraph after the table.",
        "reads": "A Cabinet appendix with a version control table, then one plan table of 12 numbered actions under "
                 "three themes, each with initials or a job title as lead, a timescale, a RAG word and a progress "
                 "note. Action 3.1 has two paragraphs in its cell.",
        "outcome": "read",
        "title": "Children's Services Improvement Plan 2019–2021",
    }, acts)


# ================================================================ case 2: docx, a table per area of weakness
def case2():
    name = "z2-send-written-statement-of-action.docx"
    W1 = "Area of weakness 1: Strategic leadership and joint commissioning"
    S1 = "The lack of a coherent strategy for joint commissioning between the local authority and the CCG, which means that gaps in provision, particularly for speech and language therapy, have not been addressed."
    W2 = "Area of weakness 2: Quality of EHC plans"
    S2 = "The poor quality of EHC plans, which do not reflect children and young people's needs or aspirations and are not reviewed in a timely way."
    W3 = "Area of weakness 3: Co-production with families"
    S3 = "Weak engagement and co-production with parents and carers, leading to a lack of trust and confidence in the local area."
    acts = [
        A("1a", [W1, S1], "Establish a SEND Joint Commissioning Group reporting to the Health and Wellbeing Board, with agreed terms of reference.",
          "Assistant Director Education and Inclusion", ["Assistant Director Education and Inclusion"],
          "By 31 March 2020", "2020-03", "B", "blue", "Group established; ToR signed off by HWB 12/03/20."),
        A("1b", [W1, S1], "Complete a joint strategic needs assessment for children and young people with SEND aged 0–25.",
          "Public Health Consultant / CCG Head of Children's Commissioning",
          ["Public Health Consultant", "CCG Head of Children's Commissioning"],
          "April 2020", "2020-04", "A", "amber", "Data collection complete; analysis delayed by COVID-19 response."),
        A("1c", [W1, S1], "Jointly commission an integrated speech and language therapy service to reduce waiting times to 18 weeks.",
          "CCG Director of Commissioning", ["CCG Director of Commissioning"],
          "Spring term 2020", "2020-04", "R", "red", "Procurement paused."),
        A("2a", [W2, S2], "Introduce a multi-agency EHC plan quality assurance framework with monthly audits of a sample of new and reviewed plans.",
          "Head of SEND", ["Head of SEND"],
          "Termly", None, "G", "green", "Audit cycle embedded.", end_text="Termly"),
        A("2b", [W2, S2], "Train all SEND caseworkers, educational psychologists and health advisers in writing outcomes that are SMART and person-centred.",
          "Principal Educational Psychologist and Designated Clinical Officer",
          ["Principal Educational Psychologist", "Designated Clinical Officer"],
          "Autumn term 2019", "2019-12", "B", "blue", "84 practitioners trained."),
        A("2c", [W2, S2], "Clear the backlog of overdue annual reviews and amend plans following review within statutory timescales.",
          "SEND Team Manager", ["SEND Team Manager"],
          "Summer term 2020", "2020-07", "A", "amber", "Backlog reduced from 412 to 150."),
        A("2d", [W2, S2], "Increase the proportion of new EHC plans issued within 20 weeks to at least 60%.",
          "Head of SEND", ["Head of SEND"],
          "Dec 2020", "2020-12", "G", "green", "58% in quarter 3 (from 21%)."),
        A("3a", [W3, S3], "Agree a co-production charter with the Parent Carer Forum and publish it on the Local Offer.",
          "Parent Carer Forum Chair / Head of SEND", ["Parent Carer Forum Chair", "Head of SEND"],
          "January 2020", "2020-01", "B", "blue", "Charter launched 27 January."),
        A("3b", [W3, S3], "Redesign the Local Offer website with parents and young people, and report quarterly on use and feedback.",
          "Local Offer Officer", ["Local Offer Officer"],
          "Ongoing", None, "G", "green", "", end_text="Ongoing"),
        A("3c", [W3, S3], "Hold termly 'SEND surgeries' in each locality with officers from education, health and care.",
          "Assistant Director Education and Inclusion", ["Assistant Director Education and Inclusion"],
          "May 2020", "2020-05", "", "unrated", "Not yet started."),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph("Written Statement of Action", style="Title")
    d.add_paragraph("Local area SEND inspection – Ofsted and CQC joint inspection, September 2019")
    dc = d.add_table(rows=3, cols=2)
    dc.style = "Table Grid"
    for r, (k, v) in zip(dc.rows, [("Document owner", "Director of Children's Services"),
                                   ("Version", "2.1 – updated for SEND Partnership Board, 18 May 2020"),
                                   ("Status", "Approved by Ofsted and CQC, 20 December 2019")]):
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "The inspection found three significant areas of weakness. For each area, the actions below set out "
        "what we will do, who is responsible, by when, and how we will know it has made a difference.")
    d.add_paragraph("RAG status: R – not on track; A – some delay; G – on track; B – complete.")
    for (w, s) in [(W1, S1), (W2, S2), (W3, S3)]:
        d.add_heading(w, level=2)
        d.add_paragraph(s)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer(s)", "By when", "RAG", "Evidence of impact"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            if a["under"][0] != w:
                continue
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["comment"]]):
                set_cell(c, v)
        d.add_paragraph("")
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for r, vals in zip(so.rows, [("Name", "Role", "Date"),
                                 ("Cllr H. Morgan", "Lead Member for Children and Families", "18/12/2019"),
                                 ("Dr S. Iqbal", "CCG Accountable Officer", "18/12/2019")]):
        for c, v in zip(r.cells, vals):
            set_cell(c, v)
    d.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a local area SEND Written Statement of Action (council + CCG, 2019–20, as published on "
                  "Local Offer sites). Copied: document-control table, a heading and a weakness statement "
                  "paragraph before each area's own action table, lettered refs (1a, 2b), RAG letters with the key "
                  "as a sentence, a sign-off table at the end.",
        "reads": "A WSOA with three areas of weakness, each a heading and statement followed by its own table of "
                 "3–4 actions with lead officer(s), a 'by when' date (months, school terms, Termly, Ongoing) and an "
                 "R/A/G/B letter. The document control and sign-off tables are not the plan.",
        "outcome": "read",
        "title": "Written Statement of Action",
    }, acts)


# ================================================================ xlsx helpers
FILL = {"red": "FFFF0000", "amber": "FFFFC000", "green": "FF00B050", "blue": "FF0070C0"}


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


# ================================================================ case 3: xlsx tracker, title block + key, fills
def case3():
    name = "z2-asc-improvement-tracker.xlsx"
    T1 = "Working with people"
    T2 = "Providing support"
    T3 = "Ensuring safety"
    T4 = "Leadership"
    D = dt.datetime
    acts = [
        A("R1", [T1], "Reduce the number of people waiting for a Care Act assessment to under 150, with all waits over 28 days reviewed weekly.",
          "Priya Shah", ["Priya Shah"], D(2025, 3, 31), "2025-03", None, "amber", "Waiting list 212 (was 389 in Sept)."),
        A("R2", [T1], "Publish clear information and advice on charging for care on the council website and in libraries.",
          "Sam Lee and Jo Patel", ["Sam Lee", "Jo Patel"], D(2024, 12, 20), "2024-12", None, "blue", "Published 16/12/24."),
        A("R3", [T1], "Carry out a carers' needs survey and agree an updated Carers Strategy with the Carers' Partnership.",
          "Head of Commissioning / Carers Lead", ["Head of Commissioning", "Carers Lead"], D(2025, 6, 30), "2025-06", None, "green", ""),
        A("R4", [T2], "Commission additional reablement capacity so that 85% of people discharged from hospital receive reablement within 48 hours.",
          "Mark Denton", ["Mark Denton"], "Q1 2025/26", "2025-06", None, "amber", "Tender evaluation under way."),
        A("R5", [T2], "Develop a market position statement for home care and extra care housing.",
          "Head of Commissioning", ["Head of Commissioning"], D(2025, 1, 31), "2025-01", None, "red", "Slipped – capacity in commissioning team."),
        A("R6", [T2], "Increase uptake of direct payments to 25% of people receiving community-based support.",
          "Direct Payments Team Manager", ["Direct Payments Team Manager"], "Ongoing", None, None, "green",
          "Currently 21.4%.", end_text="Ongoing"),
        A("R7", [T3], "Clear the backlog of Deprivation of Liberty Safeguards applications awaiting assessment.",
          "Principal Social Worker", ["Principal Social Worker"], D(2025, 9, 30), "2025-09", None, "red", "1,140 outstanding."),
        A("R8", [T3], "Implement a safeguarding adults quality assurance audit programme with feedback to practitioners.",
          "Priya Shah", ["Priya Shah"], D(2025, 2, 28), "2025-02", None, "green", "Two audit cycles complete."),
        A("R9", [T3], "Agree hospital discharge and transfer-of-care protocols with the ICB and both acute trusts.",
          "Sam Lee", ["Sam Lee"], D(2024, 11, 30), "2024-11", None, "blue", ""),
        A("R10", [T4], "Establish an Adult Social Care Improvement Board chaired by the Chief Executive.",
          "DASS", ["DASS"], D(2024, 10, 31), "2024-10", None, "blue", "Meets monthly."),
        A("R11", [T4], "Develop a performance framework and dashboard that is reported to Health and Adult Social Care Scrutiny Panel each quarter.",
          "Head of Performance and Intelligence", ["Head of Performance and Intelligence"], D(2025, 4, 30), "2025-04", None, "amber", ""),
        A("R12", [T4], "Co-produce a workforce plan to recruit and retain social workers and occupational therapists.",
          "Jo Patel", ["Jo Patel"], D(2025, 7, 31), "2025-07", None, "unrated", "Not started – awaiting HR capacity."),
        A("R13", [T4], "Refresh the Adult Social Care Strategy and vision with people who use services.",
          "DASS / Cabinet Member for Adult Care", ["DASS", "Cabinet Member for Adult Care"], D(2025, 5, 31), "2025-05", None, "green", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Northshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Adult Social Care – CQC Assessment Improvement Plan Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Last updated: 03/02/2025     Plan owner: Director of Adult Social Services (DASS)"
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for col, (c, txt) in zip("BCDE", [("red", "Off track"), ("amber", "At risk"), ("green", "On track"), ("blue", "Complete")]):
        ws[f"{col}5"] = txt
        ws[f"{col}5"].fill = fill(FILL[c])
    hdr = ["Ref", "CQC theme", "Action", "Lead(s)", "Target date", "RAG", "Latest update"]
    HR = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = HR + 1
    theme_start = {}
    for a in acts:
        th = a["under"][0]
        if th not in theme_start:
            theme_start[th] = [r, r]
            ws.cell(r, 2, th)
        theme_start[th][1] = r
        ws.cell(r, 1, a["ref"])
        ws.cell(r, 3, a["action"]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 4, a["lead_cell"])
        c = ws.cell(r, 5, a["end_cell"])
        if isinstance(a["end_cell"], dt.datetime):
            c.number_format = "mmm-yy"
        if a["status"] != "unrated":
            ws.cell(r, 6).fill = fill(FILL[a["status"]])
        ws.cell(r, 7, a["comment"] or None)
        r += 1
    for th, (s, e) in theme_start.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
        ws.cell(s, 2).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    counts = {}
    for a in acts:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    for lab, key in [("Complete", "blue"), ("On track", "green"), ("At risk", "amber"), ("Off track", "red"), ("Not started", "unrated")]:
        r += 1
        ws.cell(r, 1, lab)
        ws.cell(r, 2, counts.get(key, 0))
    for col, w in zip("ABCDEFG", [8, 18, 60, 28, 12, 8, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a council adult social care improvement tracker kept in Excel after a CQC local authority "
                  "assessment (2024–25), as attached to scrutiny papers. Copied: council/title/last-updated block, "
                  "a colour key row, header on row 7, the CQC theme in a vertically merged column, RAG shown only by "
                  "cell fill (blank, unfilled = not started), target dates as real dates shown mmm-yy, and a "
                  "summary count block under the table.",
        "reads": "A tracker of 13 actions R1–R13 grouped by four CQC themes (merged cells in column B), each with "
                 "named lead(s) or posts, a target date and a coloured RAG cell read through the key on row 5 "
                 "(red off track, amber at risk, green on track, blue complete). R12's RAG cell has no fill.",
        "outcome": "read",
        "title": "Adult Social Care – CQC Assessment Improvement Plan Tracker",
    }, acts)


# ================================================================ case 4: xlsx Smartsheet export, hierarchy, prev/current RAG, revised date
def case4():
    name = "z2-early-help-smartsheet-export.xlsx"
    P1 = "Priority 1 – A clear early help offer"
    R11 = "Partners should understand and use the early help assessment consistently"
    R12 = "The early help offer should be well publicised to families"
    P2 = "Priority 2 – Quality of practice"
    R21 = "Management oversight of early help cases should be regular and recorded"
    R22 = "Step-up and step-down between early help and social care should be timely"
    D = dt.datetime
    # orig, revised
    acts = [
        A("1.1", [P1, R11], "Deliver multi-agency training on the early help assessment to schools, health visitors and police",
          "Karen Bell", ["Karen Bell"], None, "2023-11", None, "blue", "Training delivered to 212 practitioners",
          orig=D(2023, 9, 30), rev=D(2023, 11, 30), prev="Amber", cur="Blue", pct=1.0),
        A("1.2", [P1, R11], "Launch a revised early help assessment form on the partner portal",
          "Tom Okafor", ["Tom Okafor"], None, "2024-01", None, "green", "",
          orig=D(2024, 1, 31), rev=None, prev="Green", cur="Green", pct=0.75),
        A("1.3", [P1, R11], "Quarterly audit of early help assessments completed by partner agencies",
          "Karen Bell / Tom Okafor", ["Karen Bell", "Tom Okafor"], None, "2024-03", None, "amber",
          "First audit found 40% of assessments lacked the child's voice",
          orig=D(2024, 3, 31), rev=None, prev="Green", cur="Amber", pct=0.25),
        A("1.4", [P1, R12], "Refresh the Family Hub pages on the council website and Local Offer",
          "Comms Lead", ["Comms Lead"], None, "2024-02", None, "red", "Web team capacity – escalated to AD",
          orig=D(2023, 12, 15), rev=D(2024, 2, 29), prev="Amber", cur="Red", pct=0.1),
        A("1.5", [P1, R12], "Produce a 'What is early help?' leaflet with the Youth Council",
          "Aisha Rahman", ["Aisha Rahman"], None, "2024-04", None, "unrated", "",
          orig=D(2024, 4, 30), rev=None, prev="", cur="", pct=0.0),
        A("2.1", [P2, R21], "Introduce a supervision template for early help practitioners and audit compliance monthly",
          "Early Help Service Manager", ["Early Help Service Manager"], None, "2023-10", None, "blue", "",
          orig=D(2023, 10, 31), rev=None, prev="Green", cur="Blue", pct=1.0),
        A("2.2", [P2, R21], "Set caseload limits of 18 families per family support worker",
          "Early Help Service Manager", ["Early Help Service Manager"], None, "2024-06", None, "amber",
          "Average caseload 21; two posts being recruited",
          orig=D(2024, 3, 31), rev=D(2024, 6, 30), prev="Red", cur="Amber", pct=0.5),
        A("2.3", [P2, R21], "Team managers to record a management oversight note on every case at least every 6 weeks",
          "Team Managers", ["Team Managers"], None, "2024-01", None, "green", "Compliance 82% in December",
          orig=D(2024, 1, 31), rev=None, prev="Amber", cur="Green", pct=0.8),
        A("2.4", [P2, R22], "Agree a joint step-up/step-down protocol between early help and the Assessment Service",
          "Tom Okafor", ["Tom Okafor"], None, "2023-12", None, "blue", "Signed off at DMT 12/12/23",
          orig=D(2023, 11, 30), rev=D(2023, 12, 31), prev="Amber", cur="Blue", pct=1.0),
        A("2.5", [P2, R22], "Hold weekly step-down panel with a named lead from each service",
          "Aisha Rahman", ["Aisha Rahman"], None, "2024-02", None, "green", "",
          orig=D(2024, 2, 29), rev=None, prev="Green", cur="Green", pct=0.6),
        A("2.6", [P2, R22], "Report the number and timeliness of step-downs to the Early Help Partnership Board",
          "Head of Early Help", ["Head of Early Help"], None, "2024-03", None, "amber", "Data not yet reliable",
          orig=D(2024, 3, 31), rev=None, prev="Amber", cur="Amber", pct=0.3),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Early Help Improvement Plan"
    hdr = ["Task Name", "Ref", "Assigned To", "Original Due Date", "Revised Due Date", "Previous RAG",
           "Current RAG", "% Complete", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(1, i, h)
        c.font = Font(bold=True)
        c.fill = fill("FFD9D9D9")
    r = 2
    cur_p = cur_r = None

    def put_date(row, col, v):
        if v is None:
            return
        c = ws.cell(row, col, v)
        c.number_format = "dd/mm/yy"

    for a in acts:
        p, rec = a["under"]
        if p != cur_p:
            cur_p = p
            cur_r = None
            ws.cell(r, 1, p).font = Font(bold=True)
            r += 1
        if rec != cur_r:
            cur_r = rec
            c = ws.cell(r, 1, rec)
            c.font = Font(bold=True)
            c.alignment = Alignment(indent=1)
            ws.row_dimensions[r].outline_level = 1
            r += 1
        c = ws.cell(r, 1, a["action"])
        c.alignment = Alignment(indent=2, wrap_text=True)
        ws.row_dimensions[r].outline_level = 2
        ws.cell(r, 2, a["ref"])
        ws.cell(r, 3, a["lead_cell"])
        put_date(r, 4, a["orig"])
        put_date(r, 5, a["rev"])
        ws.cell(r, 6, a["prev"] or None)
        ws.cell(r, 7, a["cur"] or None)
        pc = ws.cell(r, 8, a["pct"])
        pc.number_format = "0%"
        ws.cell(r, 9, a["comment"] or None)
        r += 1
    for col, w in zip("ABCDEFGHI", [70, 6, 26, 14, 14, 12, 12, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a Smartsheet sheet exported to Excel by a council early help service to track its "
                  "post-inspection (JTAI/ILACS early help) improvement plan, 2023–24. Copied: header in row 1 with "
                  "Smartsheet column names, no title block, hierarchy shown by indented parent rows (priority, then "
                  "recommendation) with outline levels, Original and Revised Due Date columns as dd/mm/yy dates, "
                  "Previous RAG and Current RAG, % Complete.",
        "reads": "An export of 11 actions under two priorities and four recommendations (bold indented parent rows). "
                 "Each action has one or two assignees, an original and sometimes a revised due date (the revised "
                 "one is the end), and a current RAG word; action 1.5 has no RAG yet.",
        "outcome": "read",
    }, acts)


# ================================================================ case 5: CSV SharePoint list export
def case5():
    name = "z2-youth-justice-plan-export.csv"
    I1 = "Organisational delivery"
    I2 = "Court disposals"
    I3 = "Out-of-court disposals"
    RA = "The YJS Management Board should make sure that board members understand their role and represent their agencies at a senior level."
    RB = "The YJS should improve the quality of assessment and planning for keeping other people safe."
    RC = "The YJS should make sure that children's diversity needs are assessed and addressed."
    RD = "The YJS should develop a clear out-of-court disposal policy, agreed with the police, and review it annually."
    acts = [
        A("1.1", [I1, RA], "Deliver a board induction pack and development session for all YJS Management Board members.",
          "Osei, Grace", ["Osei, Grace"], "30/09/2023", "2023-09", "Complete", "blue",
          "Induction session held 14/09/2023.\nPack issued to all members."),
        A("1.2", [I1, RA], "Review board membership and attendance; escalate non-attendance to the Chief Executive of the partner agency.",
          "Osei, Grace; Whitfield, Daniel", ["Osei, Grace", "Whitfield, Daniel"], "31/10/2023", "2023-10", "On track", "green",
          "Attendance tracker in place."),
        A("1.3", [I1, RA], "Board to receive a quarterly performance report including disproportionality data.",
          "Whitfield, Daniel", ["Whitfield, Daniel"], "Quarterly", None, "Amber", "amber",
          "Disproportionality data delayed – police data sharing agreement awaited.", end_text="Quarterly"),
        A("2.1", [I2, RB], "Deliver risk of harm and safety planning training to all case managers.",
          "Kowalski, Anna", ["Kowalski, Anna"], "30/11/2023", "2023-11", "Complete", "blue", ""),
        A("2.2", [I2, RB], "Introduce a risk management panel for all children assessed as high or very high risk of serious harm.",
          "Kowalski, Anna", ["Kowalski, Anna"], "31/12/2023", "2023-12", "On track", "green",
          "Panel started 4 December; terms of reference agreed."),
        A("2.3", [I2, RB], "Monthly case audits focused on keeping other people safe, with findings shared at team meetings.",
          "Practice Manager", ["Practice Manager"], "Monthly", None, "On track", "green",
          "October audit: 6 of 10 cases good or better.", end_text="Monthly"),
        A("2.4", [I2, RC], "Add a diversity and identity section to the AssetPlus quality assurance checklist.",
          "Practice Manager", ["Practice Manager"], "31/01/2024", "2024-01", "Not started", "unrated", ""),
        A("2.5", [I2, RC], "Commission training on adultification and racial trauma for all staff and volunteers.",
          "Kowalski, Anna; Begum, Shazia", ["Kowalski, Anna", "Begum, Shazia"], "31/03/2024", "2024-03", "Amber", "amber",
          "Provider identified; dates being agreed."),
        A("2.6", [I2, RC], "Ensure speech, language and communication needs screening is completed for every child within 20 working days.",
          "YJS Speech and Language Therapist", ["YJS Speech and Language Therapist"], "29/02/2024", "2024-02", "Red", "red",
          "SaLT post vacant since November."),
        A("3.1", [I3, RD], "Write and agree a joint out-of-court disposal policy with the police.",
          "Whitfield, Daniel", ["Whitfield, Daniel"], "31/12/2023", "2023-12", "Complete", "blue",
          "Policy signed by Chief Inspector and Head of Service."),
        A("3.2", [I3, RD], "Set up a scrutiny panel with magistrates and the police to review a sample of out-of-court decisions.",
          "Osei, Grace", ["Osei, Grace"], "30/04/2024", "2024-04", "On track", "green", ""),
        A("3.3", [I3, RD], "Review the out-of-court disposal policy.",
          "Whitfield, Daniel", ["Whitfield, Daniel"], "Annually", None, "Not started", "unrated", "",
          end_text="Annually"),
    ]
    modified = ["14/02/2024 09:12", "14/02/2024 09:15", "02/02/2024 16:40", "05/12/2023 11:03",
                "08/02/2024 10:22", "08/02/2024 10:25", "31/01/2024 15:57", "12/02/2024 14:31",
                "12/02/2024 14:36", "03/01/2024 09:01", "13/02/2024 12:18", "13/02/2024 12:20"]
    who = ["Osei, Grace", "Osei, Grace", "Whitfield, Daniel", "Kowalski, Anna", "Kowalski, Anna", "Patel, Ravi",
           "Patel, Ravi", "Kowalski, Anna", "Kowalski, Anna", "Whitfield, Daniel", "Osei, Grace", "Osei, Grace"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Ref", "Inspection area", "Recommendation", "Action", "Responsible officer", "Due date",
                    "RAG status", "Progress update", "Modified", "Modified By"])
        for a, m, wh in zip(acts, modified, who):
            w.writerow([a["ref"], a["under"][0], a["under"][1], a["action"], a["lead_cell"], a["end_cell"],
                        a["status_cell"], a["comment"], m, wh])
    write_yaml(name, {
        "source": "Imitates a SharePoint list export (CSV, UTF-8 with BOM) of a youth justice service's improvement "
                  "plan after an HM Inspectorate of Probation inspection, 2023–24. Copied: one row per action with "
                  "the inspection area and full recommendation repeated on every row, SharePoint person fields as "
                  "'Surname, Forename' joined with '; ', dd/mm/yyyy due dates, RAG status words, a multi-line "
                  "progress update, and Modified / Modified By columns at the end.",
        "reads": "A flat export of 12 actions, each with its area and HMIP recommendation repeated, one or two "
                 "responsible officers written surname-first, a due date or a frequency (Quarterly, Monthly, "
                 "Annually) and a RAG status (Complete, On track, Amber, Red, Not started). No title.",
        "outcome": "read",
    }, acts)


# ================================================================ case 6: tab-separated text, refuse (mistyped month)
def case6():
    name = "z2-peer-challenge-action-plan.txt"
    lines = [
        "Corporate Peer Challenge – Action Plan",
        "Report to Cabinet, 9 July 2019. Appendix 2",
        "",
        "No.\tPeer team recommendation\tAction\tLead\tDeadline\tRAG\tComments",
        "1\tDevelop a clear, shared vision for the borough that is owned by members, staff and partners\tHold a members' and partners' visioning workshop facilitated by the LGA\tChief Executive\tSep-19\tG\tDate agreed: 17 September",
        "\t\tPublish a new Corporate Plan 2020-2024 built around the shared vision\tChief Executive / Leader\tFeb-20\tG\t",
        "2\tStrengthen the council's financial resilience and medium-term planning\tAgree a three-year Medium Term Financial Strategy with savings proposals identified\tS151 Officer\tDec-19\tA\tGap of £2.4m for 2021/22 still to be closed",
        "\t\tIntroduce monthly budget monitoring reports to Corporate Leadership Team and quarterly to Cabinet\tS151 Officer\tMonthly\tG\tStarted June 2019",
        "\t\tReview earmarked reserves and set a minimum level for the general fund balance\tHead of Finance\t0ct-19\tA\tDraft reserves policy with S151",
        "3\tInvest in organisational capacity to deliver the transformation programme\tAppoint a Programme Director for Transformation\tDirector of Resources\tAug-19\tB\tAppointed – starts 1 August",
        "\t\tEstablish a programme management office with agreed reporting templates\tProgramme Director\tNov-19\tG\t",
        "\t\tAgree an organisational development and workforce plan\tHead of HR and OD\tMar-20\tA\tStaff survey results due October",
        "4\tImprove the visibility of senior leaders and internal communications\tCEX and directors' programme of team visits and staff briefings\tCEX, DR, DP\tOngoing\tG\t",
        "\t\tLaunch a new staff intranet\tHead of Communications\tJan-20\tR\tSupplier delayed",
        "5\tWork with partners to take forward town centre regeneration\tAgree a town centre masterplan with the BID and LEP\tDirector of Place\tMar-20\tA\tConsultation closes 30 September",
        "",
        "RAG: R = Red, A = Amber, G = Green, B = Blue (complete)",
    ]
    bad = [i for i, l in enumerate(lines, 1) if "\t0ct-19\t" in l]
    assert bad == [9]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_yaml(name, {
        "source": "Imitates an LGA Corporate Peer Challenge action plan taken to Cabinet as an appendix (district/"
                  "borough council, 2019), saved as tab-separated text. Copied: two title lines, a header line, the "
                  "recommendation number and text only on the first action of each recommendation, job-title and "
                  "initials leads, mmm-yy deadlines, R/A/G/B letters, a RAG key line at the end.",
        "reads": "A peer challenge action plan of 11 actions under five recommendations. The deadline on line 9 "
                 "(reserves review) reads '0ct-19' with a zero for the O: a mistyped month, so a careful person "
                 "would stop and ask rather than guess October 2019.",
        "outcome": "refuse",
        "refuse_at": 9,
        "title": "Corporate Peer Challenge – Action Plan",
    }, [])


if __name__ == "__main__":
    case1()
    case2()
    case3()
    case4()
    case5()
    case6()
    print("done")
