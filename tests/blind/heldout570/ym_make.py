#!/usr/bin/env python
"""Build the seven ym- blind cases of set heldout570 (data files and their .expected.yaml).

Bodies (Wales, Scotland, Northern Ireland):
  ym-tobermory-high-school-education-scotland-inspection-action-plan.docx
  ym-cartref-bontnewydd-ciw-inspection-improvement-plan.docx
  ym-nhs-orkney-annual-audit-report-2024-25-action-plan.xlsx
  ym-belfast-hsct-corporate-risk-register-2025-26.xlsx
  ym-south-wales-pcc-police-and-crime-plan-delivery-plan-2025-26-typo-month-refuse.xlsx
  ym-mull-and-iona-progressive-care-centre-care-inspectorate-improvement-plan.csv
  ym-drumragh-integrated-college-eti-inspection-action-plan.txt

Only files starting ym- / ym_ are written.
"""
import csv
import datetime as dt
import json
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

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def _q(v):
    """A YAML scalar: null, true/false, an int, or a double-quoted string (JSON escaping is valid YAML)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _folded(text, indent="  ", width=100):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(indent + ln for ln in lines)


def write_yaml(name, meta, actions):
    out = []
    for k in ("source", "reads"):
        out.append(k + ": >-")
        out.append(_folded(meta[k]))
    out.append("outcome: " + meta["outcome"])
    out.append("accept_refusal: " + _q(meta["accept_refusal"]))
    if "refuse_at" in meta:
        out.append("refuse_at: " + _q(meta["refuse_at"]))
    if "title" in meta:
        out.append("title: " + _q(meta["title"]))
    if meta["outcome"] == "read":
        out.append("actions:")
        for a in actions:
            out.append("  - ref: " + _q(a["ref"]))
            out.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            out.append("    action: " + _q(a["action"]))
            out.append("    lead: [" + ", ".join(_q(x) for x in a["lead"]) + "]")
            out.append("    end: " + _q(a["end"]))
            if "end_text" in a:
                out.append("    end_text: " + _q(a["end_text"]))
            out.append("    status: " + a["status"])
    text = "\n".join(out) + "\n"
    loaded = yaml.safe_load(text)
    if meta["outcome"] == "read":
        assert loaded["actions"] == actions, name
    assert loaded["source"] == meta["source"] and loaded["reads"] == meta["reads"], name
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


def merged_row(table, text, fill=None, bold=True, color=None):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, color=color)
    if fill:
        shade(c, fill)
    return row


# ============================================================ 1. Tobermory (docx)
def tobermory():
    name = "ym-tobermory-high-school-education-scotland-inspection-action-plan.docx"
    title = "Tobermory High School – Post-Inspection Action Plan 2024–26"
    afis = [
        ("Area for improvement 1",
         "Senior leaders and staff should continue to improve the consistency of high-quality learning "
         "and teaching across the school, including the use of learning intentions, success criteria "
         "and feedback.",
         [("1.1", "Agree and launch a Tobermory High School Learning and Teaching Charter with staff, young "
                  "people and parents, setting out the features of a highly effective lesson.",
           "DHT (Learning and Teaching)", "December 2024",
           "Charter in use in all classrooms; learners can describe features of a good lesson.",
           "Charter launched at staff in-service on 29 November 2024 and shared with the Parent Council.",
           "blue", ["DHT (Learning and Teaching)"], "2024-12", None),
          ("1.2", "Introduce a programme of learning visits (peer and SLT) focused on the use of learning "
                  "intentions, success criteria and feedback, with one aspect in focus each term.",
           "SLT / Principal Teachers Curriculum", "January 2025 – June 2025",
           "Learning visit records show consistent practice in at least 80% of lessons observed.",
           "Two rounds of visits completed; feedback shared at department meetings.",
           "green", ["SLT", "Principal Teachers Curriculum"], "2025-06", "January 2025 – June 2025"),
          ("1.3", "Develop staff use of digital tools (Teams and OneNote) to give young people timely "
                  "feedback, including young people accessing courses through e-Sgoil.",
           "Mr A Cameron (PT Digital Learning)", "March 2025",
           "All departments use digital feedback; learner survey shows improved understanding of next steps.",
           "Training delivered to 60% of staff; remaining sessions rescheduled to May 2025.",
           "amber", ["Mr A Cameron (PT Digital Learning)"], "2025-03", None)]),
        ("Area for improvement 2",
         "Senior leaders should develop further the tracking and monitoring of young people’s progress "
         "in the broad general education (BGE) to ensure all young people make the best possible progress.",
         [("2.1", "Review the BGE tracker so that it records progress in literacy, numeracy and health and "
                  "wellbeing for every young person from S1 to S3.",
           "DHT (BGE)", "October 2024",
           "Tracker in place and updated three times per session.",
           "New tracker live from 28 October 2024.",
           "blue", ["DHT (BGE)"], "2024-10", None),
          ("2.2", "Hold tracking meetings between Principal Teachers and Pupil Support staff to identify "
                  "young people who need additional support, and record agreed interventions.",
           "PT Pupil Support & PT Curriculum", "Termly",
           "Interventions recorded for all identified young people and reviewed at the next meeting.",
           "Meetings held in November 2024 and February 2025.",
           "green", ["PT Pupil Support", "PT Curriculum"], None, "Termly"),
          ("2.3", "Use SNSA data alongside teacher professional judgement to moderate the achievement of a "
                  "level in S3, working with Oban High School and the Argyll and Bute numeracy network.",
           "DHT (BGE)", "May 2025",
           "Moderation activity recorded; increased confidence in teacher judgements.",
           "Joint moderation session with Oban High School arranged for 14 May 2025.",
           "green", ["DHT (BGE)"], "2025-05", None)]),
        ("Area for improvement 3",
         "Staff should continue to develop the curriculum, taking account of the school’s island context, "
         "to increase the range of pathways and accredited courses for young people in the senior phase.",
         [("3.1", "Extend the senior phase offer through partnership with Argyll College UHI and e-Sgoil so "
                  "that young people can access at least two additional accredited courses, including "
                  "Foundation Apprenticeships.",
           "Head Teacher", "August 2025",
           "Two new courses on the 2025/26 options form; uptake recorded.",
           "One course agreed with Argyll College UHI; second still under discussion.",
           "amber", ["Head Teacher"], "2025-08", None),
          ("3.2", "Develop a local skills pathway in rural skills, tourism and hospitality with Mull "
                  "businesses and Developing the Young Workforce (DYW) Argyll.",
           "DYW Co-ordinator / DHT (Senior Phase)", "June 2025",
           "Pathway available to S4–S6 with work placements on Mull.",
           "Main employer partner withdrew in January 2025; new partners being approached.",
           "red", ["DYW Co-ordinator", "DHT (Senior Phase)"], "2025-06", None),
          ("3.3", "Evaluate the impact of the curriculum changes with young people, parents and partners and "
                  "report the findings to the Parent Council.",
           "Head Teacher", "June 2026",
           "Evaluation report shared with the Parent Council.",
           "Not yet started – planned for session 2025/26.",
           None, ["Head Teacher"], "2026-06", None)]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Argyll and Bute Council Education Service · Education Scotland inspection, May 2024 "
                    "(report published 17 September 2024)")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Tobermory High School, Isle of Mull"),
                 ("Head Teacher", "Mrs Fiona MacKinnon"),
                 ("Link Education Officer", "Mr Iain Buchanan"),
                 ("Date plan agreed", "8 November 2024"),
                 ("Last updated", "24 March 2025"),
                 ("Review arrangements", "Reviewed monthly at SLT; progress reported to the Parent Council each term")]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        shade(r.cells[0], "D9E2F3")
        set_cell(r.cells[1], v)

    d.add_paragraph("")
    d.add_paragraph("RAG key").runs[0].bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [(BLUE, "Achieved"), (GREEN, "On track"),
                         (AMBER, "Some slippage – revised action agreed"), (RED, "Not on track")]:
        r = k.add_row()
        shade(r.cells[0], col)
        set_cell(r.cells[1], meaning)

    actions = []
    headers = ["No.", "What we will do", "Lead", "Timescale", "Measures of success",
               "Progress at March 2025", "RAG"]
    for heading, afi, rows in afis:
        d.add_paragraph("")
        d.add_heading(heading, level=2)
        tb = d.add_table(rows=0, cols=len(headers))
        tb.style = "Table Grid"
        merged_row(tb, afi, fill="DEEAF6")
        hr = tb.add_row()
        for i, h in enumerate(headers):
            set_cell(hr.cells[i], h, bold=True)
            shade(hr.cells[i], "BDD6EE")
        for (ref, act, lead, when, measure, prog, rag, leads, end, end_text) in rows:
            r = tb.add_row()
            for i, v in enumerate([ref, act, lead, when, measure, prog, ""]):
                set_cell(r.cells[i], v)
            if rag:
                shade(r.cells[6], FILL[rag])
            actions.append(A(ref, [afi], act, leads, end, rag or "unrated", end_text))

    d.add_paragraph("")
    s = d.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k2 in ["Signed (Head Teacher)", "Signed (Head of Education: Learning and Teaching)", "Date"]:
        r = s.add_row()
        set_cell(r.cells[0], k2, bold=True)
        set_cell(r.cells[1], "")
    d.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the post-inspection action plan a Scottish secondary school agrees with its "
                   "local authority after an Education Scotland inspection (Argyll and Bute, 2024–25): "
                   "the areas for improvement agreed in the inspection letter, one Word table per area. "
                   "Layout copied from school improvement/action plans published on Glow blogs and council "
                   "sites (cf. https://blogs.glowscotland.org.uk/glowblogs/sbcimprovementframework/targeted-support/support-for-inspection/): "
                   "title line, school details table, colour RAG key table, a heading 'Area for improvement N' "
                   "over each table, the area text in a merged shaded first row, a column header row, "
                   "RAG shown only by cell fill colour, and a sign-off table."),
        "reads": ("A post-inspection action plan for Tobermory High School with three areas for improvement, "
                  "each in its own table of three numbered actions (1.1–3.3) with lead, timescale, measures of "
                  "success, a March 2025 progress note and a colour-only RAG cell read through the key "
                  "(blue achieved, green on track, amber slippage, red not on track). The school details, RAG key "
                  "and sign-off tables are not actions; 3.3 has no colour (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)
    return name, len(actions)


# ============================================================ 2. Cartref Bontnewydd (docx)
def cartref():
    name = "ym-cartref-bontnewydd-ciw-inspection-improvement-plan.docx"
    title = "Cartref Bontnewydd Domiciliary Support Service – Improvement Plan"
    status_word = {"blue": "Complete", "green": "On track", "amber": "At risk", "red": "Off track"}
    plan = [
        ("Gofal a Chymorth / Care and Support", [
            ("Regulation 16 (Review of personal plans): Personal plans were not always reviewed at least every "
             "three months with the individual and, where appropriate, their representative.", [
                ("CS1", "Introduce a review schedule for every person supported, held on the electronic care "
                        "planning system, with automatic reminders four weeks before each review is due.",
                 "Registered Manager", "31/01/2025", "", "blue",
                 "Schedule live on the care planning system from 20/01/2025.",
                 ["Registered Manager"], "2025-01", None),
                ("CS2", "Team Leaders to complete three-monthly reviews with each individual and record the "
                        "person’s own views on what is working and not working.",
                 "Team Leaders", "31/03/2025", "30/06/2025", "amber",
                 "27 of 34 reviews completed; remaining reviews booked. Date revised due to staff absence.",
                 ["Team Leaders"], "2025-06", None)]),
            ("Regulation 58 (Medicines): Medication administration records (MAR) were not always completed "
             "accurately and audits had not identified the gaps.", [
                ("CS3", "Carry out monthly MAR audits in each house and report the results to the Registered "
                        "Manager.",
                 "Senior Support Workers", "28/02/2025", "", "green",
                 "Audits completed monthly since February; errors reducing.",
                 ["Senior Support Workers"], "2025-02", None),
                ("CS4", "Refresh medication competency assessments for all staff who administer medication.",
                 "Training Co-ordinator / Registered Manager", "30/04/2025", "31/07/2025", "red",
                 "Only 55% of assessments completed; pharmacist support being sourced.",
                 ["Training Co-ordinator", "Registered Manager"], "2025-07", None)]),
        ]),
        ("Arweinyddiaeth a Rheolaeth / Leadership and Management", [
            ("Regulation 36 (Supporting and developing staff): Not all staff had received one-to-one supervision "
             "at least quarterly or had completed core training.", [
                ("LM1", "Draw up a supervision matrix and ensure every member of staff receives formal "
                        "supervision at least every three months.",
                 "Registered Manager", "31/03/2025", "", "blue",
                 "Matrix in place; all staff supervised in quarter 1.",
                 ["Registered Manager"], "2025-03", None),
                ("LM2", "Book outstanding core training (safeguarding, manual handling and positive behaviour "
                        "support) and monitor completion monthly.",
                 "Training Co-ordinator", "Ongoing – monthly monitoring", "", "green",
                 "Compliance 91% at end of May 2025.",
                 ["Training Co-ordinator"], None, "Ongoing – monthly monitoring")]),
            ("Regulation 80 (Quality of care review): The six-monthly quality of care review had not been "
             "completed and shared with people using the service.", [
                ("LM3", "Complete the quality of care review, including feedback from people supported, "
                        "families and staff, and present it to the Board of Trustees.",
                 "Responsible Individual", "June 2025", "", None,
                 "Questionnaires to be sent out in June.",
                 ["Responsible Individual"], "2025-06", None)]),
        ]),
    ]

    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p2 = d.add_paragraph()
    r2 = p2.add_run("Cynllun Gwella – Gwasanaeth Cymorth Cartref")
    r2.italic = True
    r2.font.size = Pt(12)
    d.add_paragraph("Following the Care Inspectorate Wales (CIW) inspection on 21 and 22 October 2024 "
                    "(unannounced). Inspection report published 10 December 2024.")

    d.add_paragraph("Rheoli’r ddogfen / Document control").runs[0].bold = True
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(dc.rows[0].cells[i], h, bold=True)
        shade(dc.rows[0].cells[i], "D9D9D9")
    for row in [("1.0", "14/01/2025", "Responsible Individual", "First issue following inspection report"),
                ("1.1", "02/06/2025", "Registered Manager", "Progress update; revised dates approved by Trustees")]:
        rr = dc.add_row()
        for i, v in enumerate(row):
            set_cell(rr.cells[i], v)

    d.add_paragraph("")
    d.add_paragraph("Status key").runs[0].bold = True
    kt = d.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for i, c in enumerate(["blue", "green", "amber", "red"]):
        set_cell(kt.rows[0].cells[i], status_word[c], bold=True, color="FFFFFF" if c in ("blue", "red") else None)
        shade(kt.rows[0].cells[i], FILL[c])

    d.add_paragraph("")
    headers = ["Ref", "Action", "Lead", "Target date", "Revised date", "Status", "Evidence / progress"]
    tb = d.add_table(rows=1, cols=len(headers))
    tb.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(tb.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(tb.rows[0].cells[i], "1F3864")
    actions = []
    for theme, afis in plan:
        merged_row(tb, theme, fill="8EAADB")
        for afi, rows in afis:
            merged_row(tb, afi, fill="D9E2F3", bold=False)
            for (ref, act, lead, tgt, rev, rag, prog, leads, end, end_text) in rows:
                rr = tb.add_row()
                vals = [ref, act, lead, tgt, rev, status_word[rag] if rag else "Not started", prog]
                for i, v in enumerate(vals):
                    set_cell(rr.cells[i], v)
                if rag:
                    shade(rr.cells[5], FILL[rag])
                actions.append(A(ref, [theme, afi], act, leads, end, rag or "unrated", end_text))

    d.add_paragraph("")
    d.add_paragraph("Note: revised dates were approved by the Board of Trustees on 29 May 2025. "
                    "The plan is reviewed at each Trustees’ meeting until all actions are complete.")
    d.add_paragraph("Signed: Responsible Individual ____________________   Date: ____________")
    d.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the improvement plan a Welsh domiciliary support (supported living) provider, "
                   "Cartref Bontnewydd (Gwynedd), would send CIW and its trustees after a 2024 inspection that "
                   "identified areas for improvement under the Regulated Services (Service Providers and "
                   "Responsible Individuals) (Wales) Regulations 2017. CIW themes and approach from "
                   "https://www.careinspectorate.wales/code-practice-inspection-regulated-services-html. "
                   "Features copied: bilingual title and theme rows, a document-control table, a coloured "
                   "status key table, one plan table with merged theme rows and merged area-for-improvement "
                   "rows above the actions, original and revised target dates, status words with fill colour, "
                   "and a notes/sign-off line."),
        "reads": ("A CIW improvement plan in one table: two bilingual theme rows (Care and Support; Leadership and "
                  "Management), each with regulation-numbered areas for improvement, and seven actions CS1–CS4, "
                  "LM1–LM3 with lead, target and revised dates and a status read through the key (Complete, On "
                  "track, At risk, Off track). Where a revised date is given it is the end; 'Not started' is "
                  "unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


# ============================================================ 3. NHS Orkney AAR (xlsx)
def orkney():
    name = "ym-nhs-orkney-annual-audit-report-2024-25-action-plan.xlsx"
    title = "NHS Orkney – Annual Audit Report 2024/25 Action Plan Tracker"
    D = dt.datetime
    sections = [
        ("Financial statements", [
            (["1"], "Fixed asset register: our testing found a number of fully depreciated assets that are no longer "
                    "in use but remain on the fixed asset register.",
             "Management should carry out a full verification of the fixed asset register and remove assets no "
             "longer held.",
             [("1", "A physical verification of assets over £5,000 will be completed by Finance and Estates, and "
                    "disposals processed in the register before the 2025/26 year end.",
               "Head of Financial Services", D(2026, 3, 31), None,
               "Verification of Balfour site complete; community sites scheduled for March.", "G",
               ["Head of Financial Services"], "2026-03", None, "green")]),
            (["2"], "Journals: journals posted by senior finance staff are not subject to independent review.",
             "A proportionate process for the independent review of journals should be introduced.",
             [("2", "Monthly review of all journals over £50,000 by a second authorised signatory, evidenced in "
                    "the ledger.",
               "Director of Finance", D(2025, 9, 30), None,
               "In place from August 2025. Closed.", "B",
               ["Director of Finance"], "2025-09", None, "blue")]),
        ]),
        ("Financial management and sustainability", [
            (["3a", "3b"], "Financial sustainability: NHS Orkney relied on non-recurring savings and brokerage "
                           "from the Scottish Government to break even in 2024/25.",
             "The Board should develop a recurring savings programme and a medium-term financial plan that sets "
             "out how financial balance will be achieved without brokerage.",
             [("3a", "Develop a three-year Financial Recovery Plan with recurring savings schemes identified for "
                     "each directorate.",
               "Director of Finance / Chief Executive", D(2025, 12, 31), D(2026, 3, 31),
               "Draft plan discussed at Board development session in January 2026; final plan to March Board.",
               "A", ["Director of Finance", "Chief Executive"], "2026-03", None, "amber"),
              ("3b", "Report progress against savings targets to every meeting of the Finance and Performance "
                     "Committee.",
               "Director of Finance", "Ongoing", None,
               "Standing item on the Committee agenda since September 2025.", "G",
               ["Director of Finance"], None, "Ongoing", "green")]),
        ]),
        ("Vision, leadership and governance", [
            (["4"], "Governance: the Board’s Code of Corporate Governance has not been reviewed since 2021.",
             "The Code of Corporate Governance should be reviewed and updated, including the Scheme of Delegation "
             "and Standing Financial Instructions.",
             [("4", "Complete a full review of the Code of Corporate Governance for approval by the Board.",
               "Board Secretary", D(2025, 10, 31), D(2026, 2, 28),
               "Review delayed by a vacancy in the Corporate Governance team; revised date will not be met.", "R",
               ["Board Secretary"], "2026-02", None, "red")]),
        ]),
        ("Use of resources to improve outcomes", [
            (["5"], "Performance reporting: reports to the Board do not consistently include trend data or "
                    "comparison with other island boards.",
             "Performance reporting should be developed to show trends over time and benchmarking where available.",
             [("5", "Redesign the Integrated Performance Report to include run charts and island board "
                    "benchmarking.",
               "Head of Planning, Performance and Risk", D(2025, 12, 31), None,
               "New format report presented to the Board in December 2025.", "B",
               ["Head of Planning, Performance and Risk"], "2025-12", None, "blue")]),
        ]),
        ("Follow-up of prior year recommendations (2023/24)", [
            (["6"], "Workforce: reliance on agency nursing and medical staff remains high.",
             "NHS Orkney should implement its workforce plan actions to reduce reliance on supplementary staffing.",
             [("6", "Deliver the supplementary staffing reduction plan, including the international recruitment "
                    "of 12 registered nurses.",
               "Director of Nursing, Midwifery, AHPs and Acute Services", D(2025, 3, 31), D(2026, 3, 31),
               "9 of 12 nurses in post; agency spend down 18% on 2024/25.", "A",
               ["Director of Nursing, Midwifery, AHPs and Acute Services"], "2026-03", None, "amber")]),
        ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "NHS Orkney"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Annual Audit Report 2024/25 – Action Plan Tracker"
    cv["A2"].font = Font(bold=True, size=13)
    cv["A4"] = "Presented to: Audit and Risk Committee, 3 March 2026"
    cv["A5"] = ("Source: 2024/25 Annual Audit Report to the Board of NHS Orkney and the Auditor General for "
                "Scotland (June 2025), Appendix 1 – Action plan")
    cv["A6"] = "Lead officer for this report: Director of Finance"
    cv["A8"] = "RAG key"
    cv["A8"].font = Font(bold=True)
    for i, (k, v, c) in enumerate([("B", "Complete – recommendation closed", BLUE),
                                   ("G", "On track to meet agreed date", GREEN),
                                   ("A", "Revised date agreed / at risk", AMBER),
                                   ("R", "Overdue or no progress", RED)]):
        cv.cell(row=9 + i, column=1, value=k).fill = xfill(c)
        cv.cell(row=9 + i, column=2, value=v)
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action plan")
    headers = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
               "Agreed date", "Revised date", "Progress update (February 2026)", "RAG"]
    widths = [7, 38, 38, 44, 24, 12, 12, 40, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 20 February 2026"
    ws["A2"].font = Font(italic=True)
    r = 4
    for i, h in enumerate(headers):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    actions = []
    for sec, recs in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = xfill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for nos, issue, rec, acts in recs:
            first = r
            for j, (ref, act, who, agreed, revised, prog, rag, leads, end, end_text, status) in enumerate(acts):
                ws.cell(row=r, column=1, value=ref)
                if j == 0:
                    ws.cell(row=r, column=2, value=issue)
                    ws.cell(row=r, column=3, value=rec)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=who)
                c6 = ws.cell(row=r, column=6, value=agreed)
                if isinstance(agreed, dt.datetime):
                    c6.number_format = "dd/mm/yyyy"
                c7 = ws.cell(row=r, column=7, value=revised)
                if isinstance(revised, dt.datetime):
                    c7.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=prog)
                c9 = ws.cell(row=r, column=9, value=rag)
                c9.fill = xfill({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
                c9.alignment = Alignment(horizontal="center", vertical="top")
                for col in range(1, 10):
                    ws.cell(row=r, column=col).border = BOX
                    if col != 9:
                        ws.cell(row=r, column=col).alignment = WRAP
                actions.append(A(ref, [sec, rec], act, leads, end, status, end_text))
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress"
    sm["A1"].font = Font(bold=True)
    sm.append(["RAG", "Number of actions"])
    for k, n in [("B", 2), ("G", 2), ("A", 2), ("R", 1)]:
        sm.append([k, n])
    sm.append(["Total", 7])
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the Appendix 1 'Action plan' of an Audit Scotland-style Annual Audit Report to an "
                   "NHS board and the Auditor General for Scotland (layout as in the NHS 24 and National "
                   "Waiting Times Centre annual audit reports, e.g. "
                   "https://dokumen.tips/documents/rept-aud-nbb-external-audit-annual-report-2016-17-to-board-2020-06-05-recommendation.html), "
                   "turned into the follow-up tracker an island health board (NHS Orkney, 2025–26) takes to its "
                   "Audit and Risk Committee. Features copied: cover sheet with RAG key, wider-scope section "
                   "band rows, issue/risk and recommendation columns beside the agreed management action (merged "
                   "down where one recommendation has two actions 3a/3b), agreed and revised dates as real "
                   "dates, RAG letters with fill, a prior-year follow-up section and a summary sheet of totals."),
        "reads": ("A tracker of seven agreed management actions from NHS Orkney's 2024/25 annual audit report, "
                  "grouped under audit-area band rows, each beside the issue and the auditor's recommendation it "
                  "answers, with responsible officer, agreed and revised dates (the revised one is the end) and a "
                  "B/G/A/R letter. The cover and summary sheets are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)
    return name, len(actions)


# ============================================================ 4. Belfast HSCT CRR (xlsx)
def belfast():
    name = "ym-belfast-hsct-corporate-risk-register-2025-26.xlsx"
    title = "Belfast Health and Social Care Trust – Corporate Risk Register 2025/26"
    D = dt.datetime
    objectives = [
        ("Corporate Objective: Safety and Excellence", [
            ("Risk 1 – Unscheduled care: There is a risk that demand for unscheduled care exceeds capacity at the "
             "Royal Victoria Hospital and Mater Emergency Departments, leading to long waits, delayed treatment "
             "and harm to patients.", "20 (Extreme)", "12 (High)", "Director of Unscheduled & Acute Care", [
                ("1.1", "Open the Acute Frailty Assessment Unit at the Royal Victoria Hospital seven days a week.",
                 "Co-Director Unscheduled Care", D(2026, 3, 1), None, "G",
                 "Weekday service running; weekend rota agreed from February.",
                 ["Co-Director Unscheduled Care"], "2026-03", None),
                ("1.2", "Implement the regional 'Fit to Sit' and phased discharge protocols in both Emergency "
                        "Departments.",
                 "Clinical Director ED / Nurse Manager ED", D(2025, 9, 1), D(2026, 1, 1), "A",
                 "Live at the Mater; RVH roll-out delayed by estate works.",
                 ["Clinical Director ED", "Nurse Manager ED"], "2026-01", None),
                ("1.3", "Agree a winter surge plan with the Department of Health, including additional step-down "
                        "beds in the independent sector.",
                 "Director of Unscheduled & Acute Care; Director of Adult Social & Primary Care",
                 D(2025, 10, 1), None, "B", "Plan agreed 24 October 2025; 40 step-down beds commissioned.",
                 ["Director of Unscheduled & Acute Care", "Director of Adult Social & Primary Care"],
                 "2025-10", None)]),
            ("Risk 2 – Infection prevention and control: There is a risk of harm to patients from healthcare "
             "associated infections due to the ageing estate and limited isolation facilities, particularly in "
             "the RVH Tower Block.", "16 (High)", "9 (Medium)", "Director of Nursing & User Experience", [
                ("2.1", "Complete the ventilation upgrade of Wards 4A–4F in the RVH Tower Block.",
                 "Director of Finance, Estates and Capital Development", D(2027, 3, 1), None, "G",
                 "Wards 4A and 4B complete; phased programme continues.",
                 ["Director of Finance, Estates and Capital Development"], "2027-03", None),
                ("2.2", "Roll out the electronic IPC audit tool to all inpatient wards.",
                 "Lead Nurse IPC", D(2025, 6, 1), None, "B", "Complete – all wards using the tool.",
                 ["Lead Nurse IPC"], "2025-06", None)]),
        ]),
        ("Corporate Objective: People", [
            ("Risk 3 – Workforce: There is a risk that the Trust cannot recruit and retain sufficient registered "
             "nurses, midwives and medical staff, resulting in reliance on agency staff and an impact on safe "
             "staffing.", "20 (Extreme)", "12 (High)", "Director of Human Resources & Organisational Development", [
                ("3.1", "Deliver the 2025/26 international nurse recruitment campaign (target 150 nurses).",
                 "Co-Director Nursing Workforce", D(2026, 3, 1), None, "A",
                 "96 nurses in post; visa delays for the final cohort.",
                 ["Co-Director Nursing Workforce"], "2026-03", None),
                ("3.2", "Implement the Trust Retention Plan, including flexible working and career pathways for "
                        "Band 5 nurses.",
                 "Director of Human Resources & Organisational Development", D(2025, 12, 1), None, "R",
                 "Overdue – plan awaiting approval at Executive Team.",
                 ["Director of Human Resources & Organisational Development"], "2025-12", None),
                ("3.3", "Reduce off-contract agency spend in line with the regional agency reduction programme.",
                 "Director of Nursing & User Experience / Director of Finance, Estates and Capital Development",
                 "Quarterly review", None, "G", "Off-contract spend down 22% on the same period last year.",
                 ["Director of Nursing & User Experience", "Director of Finance, Estates and Capital Development"],
                 None, "Quarterly review")]),
        ]),
        ("Corporate Objective: Resources", [
            ("Risk 4 – Cyber security: There is a risk that a cyber attack disrupts clinical and corporate "
             "systems, including encompass, resulting in loss of access to patient records.",
             "15 (High)", "10 (Medium)", "Chief Digital Information Officer", [
                ("4.1", "Complete the regional cyber security assessment and implement the Trust remediation "
                        "plan.",
                 "Chief Digital Information Officer", D(2026, 3, 1), None, "G",
                 "Assessment complete; 14 of 19 remediation actions closed.",
                 ["Chief Digital Information Officer"], "2026-03", None),
                ("4.2", "Run a full business continuity exercise simulating loss of encompass for 72 hours.",
                 "Head of Emergency Planning", D(2025, 11, 1), D(2026, 2, 1), "A",
                 "Exercise postponed due to winter pressures; new date agreed.",
                 ["Head of Emergency Planning"], "2026-02", None)]),
        ]),
    ]
    letters = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Belfast Health and Social Care Trust"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Corporate Risk Register 2025/26"
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "Position at 31 December 2025 – Audit and Risk Assurance Committee, 5 February 2026"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    cv.append(["Version", "Date", "Author", "Approved by"])
    cv.append(["3.0", "14/01/2026", "Head of Risk and Governance", "Executive Team, 21/01/2026"])
    cv.append(["2.0", "09/10/2025", "Head of Risk and Governance", "Executive Team, 15/10/2025"])
    cv["A10"] = "Risk rating = consequence x likelihood (regional HSC Risk Matrix)"
    cv["A11"] = "1–3 Low   4–6 Medium   8–12 High   15–25 Extreme"
    for col, w in zip("ABCD", [22, 14, 30, 30]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("CRR")
    headers = ["Ref", "Action to address gaps in control", "Action owner", "Target date", "Revised date",
               "Status", "Update (December 2025)"]
    for col, w in zip("ABCDEFG", [8, 60, 34, 12, 12, 8, 46]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action status: B = complete; G = on track; A = at risk of slippage; R = overdue"
    ws["A2"].font = Font(italic=True)
    for i, h in enumerate(headers):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    actions = []
    for obj, risks in objectives:
        ws.cell(row=r, column=1, value=obj).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = xfill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for risk, cur, tgt, exec_lead, acts in risks:
            ws.cell(row=r, column=1, value=risk).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            ws.cell(row=r, column=4, value="Current: " + cur)
            ws.cell(row=r, column=5, value="Target: " + tgt)
            ws.cell(row=r, column=7, value="Executive lead: " + exec_lead)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = xfill("DDEBF7")
                ws.cell(row=r, column=col).border = BOX
            ws.cell(row=r, column=4).fill = xfill(RED if "Extreme" in cur else AMBER)
            ws.row_dimensions[r].height = 45
            r += 1
            for (ref, act, owner, target, revised, st, upd, leads, end, end_text) in acts:
                vals = [ref, act, owner, target, revised, st, upd]
                for i, v in enumerate(vals):
                    c = ws.cell(row=r, column=i + 1, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=6).fill = xfill(FILL[letters[st]])
                actions.append(A(ref, [obj, risk], act, leads, end, letters[st], end_text))
                r += 1
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Corporate risks by current rating"
    hm["A1"].font = Font(bold=True)
    hm.append(["Rating", "Number of risks", "Risks"])
    hm.append(["Extreme", 2, "1, 3"])
    hm.append(["High", 2, "2, 4"])
    hm.append(["Medium", 0, ""])
    hm.append(["Low", 0, ""])
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates an HSC trust corporate risk register as presented to an NI trust's Audit and Risk "
                   "Assurance Committee (Belfast HSC Trust, 2025/26; cf. the Western Trust 'Corporate Risk "
                   "Register and Assurance Framework' described at "
                   "https://wearetyrone.com/news/report-highlights-extreme-risks-within-the-health-system/ and the "
                   "Belfast Trust corporate objectives Safety & Excellence / People / Resources in its annual "
                   "reports). Features copied: cover sheet with document-control rows and the regional risk "
                   "matrix bands, corporate-objective band rows, a risk row per corporate risk (merged risk text "
                   "with current/target rating and executive lead), numbered actions to address gaps in control "
                   "beneath it, target and revised dates as mmm-yy date cells, B/G/A/R status letters with fill, "
                   "a 'Quarterly review' date, several owners in one cell, long job titles as owners, and a heat "
                   "map summary sheet."),
        "reads": ("Ten actions to address gaps in control for four corporate risks, grouped by corporate "
                  "objective; each risk row (risk statement, current and target rating, executive lead) heads "
                  "its numbered actions 1.1–4.2, which have an owner or owners, target and revised date (the "
                  "revised one is the end) and a B/G/A/R status. The cover, key and heat map are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)
    return name, len(actions)


# ============================================================ 5. South Wales PCC delivery plan (xlsx, refuse)
def swpcc():
    name = "ym-south-wales-pcc-police-and-crime-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "South Wales Police and Crime Commissioner – Annual Delivery Plan 2025/26"
    priorities = [
        ("Priority 1: Keeping Communities Safe / Cadw Cymunedau’n Ddiogel", [
            ("1.1", "Increase visible neighbourhood policing through the Safer Streets summer operation in "
                    "Cardiff, Swansea and Bridgend town centres.", "Head of Policy and Partnerships",
             "ACC Local Policing", "September 2025", "G", "B", "Operation completed; evaluation to Q3 board."),
            ("1.2", "Commission an anti-social behaviour early intervention service with the seven Community "
                    "Safety Partnerships.", "Commissioning Manager", "Supt Partnerships", "Decmber 2025", "G", "A",
             "Tender evaluation under way; award slipping by one month."),
            ("1.3", "Refresh the Serious Violence Duty strategic needs assessment with partners.",
             "Violence Prevention Unit Lead", "Ch Supt Public Protection", "March 2026", "G", "G",
             "Data sharing agreements signed with all local authorities."),
        ]),
        ("Priority 2: Supporting Victims and Survivors / Cefnogi Dioddefwyr a Goroeswyr", [
            ("2.1", "Re-procure the Victim Support Service for South Wales, with the new contract starting on "
                    "1 April 2026.", "Commissioning Manager", "Head of Victim Services", "April 2026", "G", "G",
             "Market engagement complete; tender published in September."),
            ("2.2", "Audit compliance with the Victims’ Code in every Basic Command Unit and report the findings "
                    "to the Police and Crime Panel.", "Head of Assurance", "Supt Criminal Justice",
             "Q3 2025/26", "A", "A", "Fieldwork in two of four BCUs complete."),
            ("2.3", "Extend the Independent Domestic Violence Adviser (IDVA) service to the Merthyr Tydfil and "
                    "Rhondda Cynon Taf BCU.", "Head of Policy and Partnerships", "Ch Supt Public Protection",
             "November 2025", "G", "G", "Two IDVAs recruited and in training."),
        ]),
        ("Priority 3: Building Trust and Confidence / Meithrin Ymddiriedaeth a Hyder", [
            ("3.1", "Publish the Commissioner’s scrutiny report on the Police Race Action Plan.",
             "Head of Assurance", "ACC People and Culture", "October 2025", "G", "B", "Published 16 October 2025."),
            ("3.2", "Establish an independent stop and search scrutiny panel in each Basic Command Unit.",
             "Engagement Manager", "Supt Professional Standards", "January 2026", "A", "R",
             "Only one panel recruited; volunteer recruitment relaunched."),
        ]),
        ("Priority 4: An Efficient and Effective Police Service / Gwasanaeth Heddlu Effeithlon ac Effeithiol", [
            ("4.1", "Agree the 2026/27 precept proposal with the Chief Constable and present it to the Police and "
                    "Crime Panel.", "Chief Finance Officer (OPCC)", "Director of Finance", "January 2026", "G", "G",
             "Medium-term financial plan refreshed in September."),
            ("4.2", "Complete the joint OPCC and force estates strategy review, including the future of the "
                    "Bridgend headquarters site.", "Chief Executive (OPCC)", "Director of Estates", "March 2026",
             "G", "A", "Options appraisal delayed pending valuation."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    for col, w in zip("ABCDEFGH", [7, 62, 26, 26, 14, 8, 8, 44]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "South Wales Police and Crime Commissioner – Police and Crime Plan 2025–2029"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter 2 progress report (July – September 2025) for the Strategic Delivery Board"
    ws["A4"] = ("RAG: Green – on track; Amber – some risk to delivery; Red – significant risk / off track; "
                "Blue – complete")
    ws["A4"].font = Font(italic=True)
    headers = ["Ref", "Action", "OPCC lead", "South Wales Police lead", "Target date", "Q1 RAG", "Q2 RAG",
               "Q2 update"]
    hr = 6
    for i, h in enumerate(headers):
        c = ws.cell(row=hr, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("002F5F")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    refuse_row = None
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    for pr, acts in priorities:
        ws.cell(row=r, column=1, value=pr).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = xfill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, act, opcc, swp, tgt, q1, q2, upd) in acts:
            vals = [ref, act, opcc, swp, tgt, q1, q2, upd]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).fill = xfill(rag_fill[q1])
            ws.cell(row=r, column=7).fill = xfill(rag_fill[q2])
            if tgt == "Decmber 2025":
                refuse_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of Q2 RAG: Blue 2 | Green 4 | Amber 3 | Red 1 (10 actions)")
    ws.cell(row=r + 1, column=1, value="Next report: Quarter 3 (October – December 2025), February 2026")
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the annual delivery plan and quarterly progress report a Welsh police and crime "
                   "commissioner keeps for the Police and Crime Plan (South Wales PCC, Police and Crime Plan "
                   "2025–2029, delivery plan 2025/26; plan pages at "
                   "https://www.southwalescommissioner.org.uk/commissioners-priorities/police-crime-plan-2023-27/). "
                   "Features copied: two title lines and a reporting-period line, a RAG key line, bilingual "
                   "priority band rows, separate OPCC and force lead columns, month-name target dates, previous "
                   "(Q1) and current (Q2) RAG columns with fill, an update column and a totals line under the table."),
        "reads": ("A quarter-2 progress report on ten delivery-plan actions under four bilingual priorities. The "
                  "target date of action 1.2 reads 'Decmber 2025', a mistyped month: a careful reader stops "
                  "there and asks what was meant rather than guessing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    write_yaml(name, meta, [])
    return name, 10, refuse_row


# ============================================================ 6. Mull and Iona PCC (csv)
def mull():
    name = "ym-mull-and-iona-progressive-care-centre-care-inspectorate-improvement-plan.csv"
    title = "Mull and Iona Progressive Care Centre – Care Inspectorate Improvement Plan"
    kq1 = "Key question 1: How well do we support people's wellbeing?"
    kq3 = "Key question 3: How good is our staff team?"
    kq4 = "Key question 4: How good is our setting?"
    req1 = ("Requirement 1: By 28 February 2025, the provider must ensure that people experience safe and "
            "effective support with their medication. To do this, the provider must, at a minimum: a) ensure "
            "medication administration records are accurate and complete; and b) carry out regular audits of "
            "medication practice and act on the findings.")
    afi1 = ("Area for improvement 1: To support people's wellbeing, the provider should ensure that people are "
            "offered regular opportunities to take part in meaningful activity, both in the home and in the "
            "wider community.")
    req2 = ("Requirement 2: By 31 March 2025, the provider must ensure that staffing levels and skill mix are "
            "assessed using a recognised dependency tool, and that the assessment is used to plan rotas.")
    afi2 = ("Area for improvement 2: The provider should ensure that the environment is well maintained, "
            "including the replacement of worn flooring in the lounge and the redecoration of bedrooms.")
    rows = [
        ("KQ", kq1),
        ("R1.1", req1, "Weekly audit of all MAR charts by the nurse in charge, with findings recorded on the "
                       "medication audit tool and acted on the same day.",
         "Nurse in Charge / Care Home Manager", "28/02/2025", "B",
         "Weekly audits in place since 13 January 2025.",
         ["Nurse in Charge", "Care Home Manager"], "2025-02", None, "blue"),
        ("R1.2", "", "Complete medication competency assessments for all care staff who administer medication, "
                     "with support from the Community Pharmacist.",
         "Care Home Manager", "31/03/2025", "A",
         "14 of 19 staff assessed; remaining staff booked for May.",
         ["Care Home Manager"], "2025-03", None, "amber"),
        ("AFI1.1", afi1, "Recruit a part-time Activities Co-ordinator and develop a weekly activity programme with "
                         "residents, including outings on Mull and visits from local groups.",
         "Service Manager", "June 2025", "G",
         "Post advertised; interviews on 8 May.",
         ["Service Manager"], "2025-06", None, "green"),
        ("AFI1.2", "", "Each resident's personal plan to include:\n- what matters to them\n- the activities they "
                       "enjoy and how they will be supported to take part",
         "Keyworkers", "Ongoing", "G",
         "Plans updated for 10 of 14 residents.",
         ["Keyworkers"], None, "Ongoing", "green"),
        ("KQ", kq3),
        ("R2.1", req2, "Introduce the real-time staffing assessment tool under the Health and Care (Staffing) "
                       "(Scotland) Act 2019 and record staffing assessments daily.",
         "Care Home Manager", "31/03/2025", "B",
         "Tool in daily use from 3 March 2025.",
         ["Care Home Manager"], "2025-03", None, "blue"),
        ("R2.2", "", "Review rotas monthly against dependency scores and escalate unfilled shifts to the Head of "
                     "Adult Services.",
         "Service Manager; Head of Adult Services", "Monthly", "G",
         "Reviews held in March and April.",
         ["Service Manager", "Head of Adult Services"], None, "Monthly", "green"),
        ("KQ", kq4),
        ("AFI2.1", afi2, "Agree a programme of redecoration and flooring replacement with Argyll and Bute Council "
                         "Estates and complete the lounge flooring.",
         "Service Manager", "September 2025", "R",
         "Funding bid submitted; works not yet scheduled.",
         ["Service Manager"], "2025-09", None, "red"),
    ]
    ncol = 7
    actions = []
    under_kq = None
    under_text = None
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Argyll and Bute Health and Social Care Partnership"] + [""] * (ncol - 1))
        w.writerow([title] + [""] * (ncol - 1))
        w.writerow(["Care home service for older people | Unannounced inspection 4–6 November 2024 | "
                    "Report published 13 January 2025"] + [""] * (ncol - 1))
        w.writerow(["RAG key: B = complete; G = on track; A = in progress but behind timescale; "
                    "R = not started / overdue"] + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(["Ref", "Requirement / area for improvement", "Action", "Lead", "Timescale", "RAG",
                    "Progress update (April 2025)"])
        for row in rows:
            if row[0] == "KQ":
                w.writerow([row[1]] + [""] * (ncol - 1))
                under_kq = row[1]
                continue
            ref, text, act, lead, when, rag, prog, leads, end, end_text, status = row
            if text:
                under_text = text
            w.writerow([ref, text, act, lead, when, rag, prog])
            actions.append(A(ref, [under_kq, under_text], act, leads, end, status, end_text))
        w.writerow([""] * ncol)
        w.writerow(["Plan owner: Service Manager, Mull and Iona | Next review: Clinical and Care Governance "
                    "Group, June 2025"] + [""] * (ncol - 1))

    meta = {
        "source": ("Imitates the improvement plan a Scottish HSCP-run care home for older people sends the Care "
                   "Inspectorate after an inspection with requirements and areas for improvement (Argyll and Bute "
                   "HSCP, Mull and Iona Progressive Care Centre, 2024–25), exported from the partnership's Excel "
                   "tracker to CSV. Features copied: partnership and plan title lines, an inspection-details line, "
                   "a RAG key line, key-question section rows, the Care Inspectorate wording 'Requirement N: By "
                   "<date>, the provider must ...' and 'Area for improvement N: ...' given once with its "
                   "continuation action rows left blank, two leads in one cell, 'Ongoing' and 'Monthly' "
                   "timescales, an action with an in-cell bulleted list, and a plan-owner footer line."),
        "reads": ("Seven actions answering two requirements and two areas for improvement, grouped under the "
                  "Care Inspectorate key questions; the requirement or area text sits on the first action row "
                  "and carries down to the blank continuation rows. Each action has a lead, a timescale "
                  "(day-first dates, a month, or Ongoing/Monthly) and a B/G/A/R letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)
    return name, len(actions)


# ============================================================ 7. Drumragh IC (txt)
def drumragh():
    name = "ym-drumragh-integrated-college-eti-inspection-action-plan.txt"
    title = "Drumragh Integrated College – Action Plan to address the Areas for Improvement (ETI Inspection, January 2025)"
    status = {"Achieved": "blue", "On track": "green", "Some delay": "amber", "Not on track": "red", "": "unrated"}
    afis = [
        ("Area for Improvement 1",
         "To improve the consistency of the quality of learning and teaching across key stage 3 and key stage 4, "
         "so that all pupils are challenged appropriately and make the progress of which they are capable.",
         [("1.1", "Establish a learning and teaching group to share effective practice in questioning and "
                  "differentiation across departments.", "Vice-Principal (Curriculum)", "Sept 2025",
           "Group meets half-termly; practice shared at staff meetings.", "Achieved",
           ["Vice-Principal (Curriculum)"], "2025-09", None),
          ("1.2", "Introduce a programme of paired lesson observations with a focus on challenge for more able "
                  "pupils in key stage 3.", "Heads of Department", "Jan 2026",
           "Observation records show improved challenge in most lessons.", "On track",
           ["Heads of Department"], "2026-01", None),
          ("1.3", "Provide professional learning on adaptive teaching for all staff on the November staff "
                  "development day.", "Vice-Principal (Curriculum) / Head of Learning Support", "Nov 2025",
           "Staff evaluations; adaptive strategies evident in planning.", "Achieved",
           ["Vice-Principal (Curriculum)", "Head of Learning Support"], "2025-11", None)]),
        ("Area for Improvement 2",
         "To develop further the use of assessment data by middle leaders to identify and address "
         "underachievement, particularly in GCSE mathematics.",
         [("2.1", "Train middle leaders in the use of the college tracking system and SIMS assessment data to set "
                  "targets for each class.", "Data Manager", "Oct 2025",
           "All Heads of Department set class targets from data.", "Achieved",
           ["Data Manager"], "2025-10", None),
          ("2.2", "Hold half-termly data review meetings between the Senior Leadership Team and each Head of "
                  "Department.", "Senior Leadership Team", "Ongoing",
           "Minutes record actions for pupils at risk of underachieving.", "On track",
           ["Senior Leadership Team"], None, "Ongoing"),
          ("2.3", "Put in place targeted mentoring and after-school support for Year 12 pupils predicted below "
                  "grade C in GCSE mathematics.", "Mr D Gallagher (Head of Mathematics)", "Mar 2026",
           "Improved mock examination outcomes for the target group.", "Some delay",
           ["Mr D Gallagher (Head of Mathematics)"], "2026-03", None)]),
        ("Area for Improvement 3",
         "To strengthen the arrangements for pastoral care so that the pupils' views inform the college's "
         "approaches to promoting positive behaviour and wellbeing.",
         [("3.1", "Consult pupils through the School Council and an online survey on the positive behaviour "
                  "policy, and revise the policy in light of their views.",
           "Head of Pastoral Care; School Council Co-ordinator", "Feb 2026",
           "Revised policy approved by the Board of Governors.", "On track",
           ["Head of Pastoral Care", "School Council Co-ordinator"], "2026-02", None),
          ("3.2", "Report to the Board of Governors on the outcomes of the pupil wellbeing survey and the actions "
                  "taken.", "Principal", "June 2026",
           "Report received and minuted by the Board of Governors.", "",
           ["Principal"], "2026-06", None)]),
    ]
    lines = [
        title,
        "Omagh, Co. Tyrone | Submitted to the Education Authority and the ETI: 11 April 2025 | "
        "Progress reviewed: December 2025",
        "",
        "RAG key: Achieved = blue; On track = green; Some delay = amber; Not on track = red",
        "",
    ]
    actions = []
    for heading, afi, rows in afis:
        lines.append(heading)
        lines.append(afi)
        lines.append("\t".join(["Ref", "Actions", "Person(s) responsible", "Timescale", "Success criteria",
                                "Progress (December 2025)"]))
        for (ref, act, lead, when, crit, prog, leads, end, end_text) in rows:
            lines.append("\t".join([ref, act, lead, when, crit, prog]))
            actions.append(A(ref, [afi], act, leads, end, status[prog], end_text))
        lines.append("")
    lines.append("Note: timescales refer to the 2025/26 academic year unless stated. Progress is reviewed by the "
                 "Board of Governors' Curriculum Committee each term.")
    lines.append("Signed: Principal / Chair of the Board of Governors")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates the action plan a Northern Ireland post-primary school's Board of Governors submits "
                   "after an ETI inspection identifies areas for improvement (Drumragh Integrated College, Omagh, "
                   "2025; process described at https://www.etini.gov.uk/inspection-outcome-and-what-happens-next), "
                   "saved from Word as tab-separated text. Features copied: plan title line, school location and "
                   "submission/review line, a RAG key given in words, a line 'Area for Improvement N' followed "
                   "by the area's text, a tab-separated header and action rows per area, success criteria and "
                   "progress columns, two responsible people in one cell, 'Ongoing', and note/sign-off lines."),
        "reads": ("An ETI post-inspection action plan with three areas for improvement, each introduced by a "
                  "label line and its text, followed by a tab-separated table of numbered actions (1.1–3.2) with "
                  "person(s) responsible, a short-month timescale, success criteria and December 2025 progress "
                  "read through the key (Achieved blue, On track green, Some delay amber); 3.2 has no progress "
                  "yet (unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (tobermory, cartref, orkney, belfast, swpcc, mull, drumragh):
        print(fn())
