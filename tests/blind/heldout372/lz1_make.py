#!/usr/bin/env python3
"""Build the seven lz1- cases of set heldout372 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python lz1_make.py  (needs python-docx, openpyxl, pyyaml).
Each case is described once below: what goes into the file and, beside it, the reading a
person makes of it (ref, under, action, lead list, end month, status).
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------
def write_expected(fname, meta, actions):
    doc = dict(meta)
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def xfill(hexfill):
    return PatternFill(start_color=hexfill, end_color=hexfill, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ----------------------------------------------------------------------------------------
# 1. St Ives School – post-Ofsted action plan (docx): a table per priority
# ----------------------------------------------------------------------------------------
def st_ives():
    name = "lz1-st-ives-school-post-ofsted-action-plan.docx"
    title = "St Ives School – Post-Ofsted Action Plan"
    priorities = [
        ("Priority 1: Key stage 3 curriculum",
         "Leaders have not ensured that the key stage 3 curriculum in some subjects, including "
         "geography and modern foreign languages, sets out the important knowledge pupils should "
         "learn and when. Leaders should make sure that curriculum plans in all subjects identify "
         "the essential knowledge pupils need and the order in which it should be taught.",
         [
             ("1.1", "Subject leaders for geography and MFL to rewrite the KS3 schemes of learning, "
                     "setting out the core knowledge for each unit in the order it will be taught.",
              "Deputy Headteacher (Curriculum)", "Spring term 2025",
              "Schemes of learning published on the school drive; pupils can recall core knowledge "
              "in book looks and pupil voice.", "G",
              ["Deputy Headteacher (Curriculum)"], "2025-04", None, "green"),
             ("1.2", "Curriculum review meeting held with every department (SLT line manager and "
                     "subject leader) using the trust curriculum quality framework.",
              "HT / DHT", "Autumn term 2024",
              "All 14 departments reviewed; actions logged on the QA tracker.", "B",
              ["HT", "DHT"], "2024-12", None, "blue"),
             ("1.3", "Release time for subject leaders: two twilight sessions each half term given "
                     "over to curriculum planning.\nCPD programme re-sequenced to support this.",
              "Assistant Headteacher (CPD)", "Termly",
              "Twilight sessions calendared; attendance recorded.", "G",
              ["Assistant Headteacher (CPD)"], None, "Termly", "green"),
         ]),
        ("Priority 2: Checking pupils’ understanding",
         "In some lessons, teachers do not check carefully enough what pupils have understood "
         "before moving on. As a result, some pupils develop gaps in their knowledge. Leaders "
         "should ensure that teachers use assessment consistently well to identify and address "
         "misconceptions.",
         [
             ("2.1", "Whole-staff training on responsive teaching and ‘hinge’ questions (INSET day, "
                     "6 January 2025), followed by coaching cycles for all teaching staff.",
              "Assistant Headteacher (Teaching & Learning)", "January 2025",
              "Learning walks show hinge questions used in most lessons.", "B",
              ["Assistant Headteacher (Teaching & Learning)"], "2025-01", None, "blue"),
             ("2.2", "Introduce mini-whiteboards in all KS3 classrooms and monitor their use "
                     "through learning walks.",
              "AHT T&L; Heads of Faculty", "February 2025",
              "Whiteboards in every KS3 room; use seen in 80% of lessons visited.", "G",
              ["AHT T&L", "Heads of Faculty"], "2025-02", None, "green"),
             ("2.3", "Revise the quality assurance calendar so that every department has a deep "
                     "dive focused on assessment in lessons before the end of the year.",
              "Deputy Headteacher (Curriculum)", "Summer term 2025",
              "Deep dive reports for every department.", "A",
              ["Deputy Headteacher (Curriculum)"], "2025-07", None, "amber"),
         ]),
        ("Priority 3: Attendance of disadvantaged pupils and pupils with SEND",
         "The attendance of disadvantaged pupils and pupils with special educational needs and/or "
         "disabilities (SEND) is too low, and too many of these pupils are persistently absent. "
         "Leaders should continue to take action to improve the attendance of these groups.",
         [
             ("3.1", "Appoint a full-time Attendance Officer and set up weekly attendance panel "
                     "meetings with Heads of Year.",
              "Business Manager", "31/12/2024",
              "Attendance Officer in post from 2 December 2024.", "B",
              ["Business Manager"], "2024-12", None, "blue"),
             ("3.2", "Agree an attendance improvement plan with the family of every persistently "
                     "absent disadvantaged pupil, reviewed every six weeks.",
              "Attendance Lead (Mrs K Rowe)", "Ongoing",
              "Persistent absence of disadvantaged pupils below 25% by July 2025.", "A",
              ["Attendance Lead (Mrs K Rowe)"], None, "Ongoing", "amber"),
             ("3.3", "Review provision for pupils with SEND whose attendance is below 90%, "
                     "including reasonable adjustments and any part-time timetables.",
              "SENCo and Attendance Lead", "March 2025",
              "Every pupil reviewed; part-time timetables time-limited and agreed with the LA.", "R",
              ["SENCo", "Attendance Lead"], "2025-03", None, "red"),
             ("3.4", "Governors to receive a half-termly attendance report broken down by "
                     "disadvantaged and SEND groups.",
              "Chair of LGC", "Half-termly",
              "Reports minuted at LGC meetings.", "G",
              ["Chair of LGC"], None, "Half-termly", "green"),
         ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Ofsted inspection 15–16 October 2024 (report published 28 November 2024). "
                      "This plan sets out how the school will address the areas for improvement "
                      "identified in the report.")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Author", "Headteacher"),
                                ("Last reviewed", "22 January 2025"),
                                ("Approved by", "Local Governing Committee, 29 January 2025")]):
        bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v
    doc.add_paragraph("")

    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (letter, words) in enumerate([("R", "Not started / cause for concern"),
                                         ("A", "Started, not yet on track"),
                                         ("G", "On track"), ("B", "Complete")]):
        c = key.cell(0, i)
        c.text = f"{letter} – {words}"
        shade(c, FILL[letter])

    actions = []
    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "How we will know",
                               "RAG"]):
            bold_cell(t.cell(0, i), h)
            shade(t.cell(0, i), "D9E2F3")
        for (ref, text, lead, when, know, rag, leads, end, end_text, status) in rows:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = know
            cells[5].text = rag
            shade(cells[5], FILL[rag])
            actions.append(dict(ref=ref, under=[heading, afi], action=text, lead=leads, end=end,
                                end_text=end_text, status=status))
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Local Governing Committee, 26 March 2025.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a secondary school's post-Ofsted action plan as presented to its local "
                  "governing committee (St Ives School, Cornwall, 2024-25; invented content, no "
                  "URL). Copied features: title and inspection line, a document-control table, a "
                  "RAG key table with fills, one Word table per priority with the Ofsted area for "
                  "improvement in italics above it, 'How we will know' success criteria, school "
                  "terms and 'Termly'/'Half-termly' as timescales, role initials as leads.",
        "reads": "Three priorities, each a heading with the inspectors' area for improvement in "
                 "italics and a six-column table of numbered actions (1.1-3.4) with lead, "
                 "timescale, success criteria and a lettered, colour-filled RAG. The document "
                 "control and key tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ----------------------------------------------------------------------------------------
# 2. Cygnet Hospital Stevenage – CQC must/should do plan (docx): one table, section rows,
#    requirement cell merged down over its actions
# ----------------------------------------------------------------------------------------
def cygnet():
    name = "lz1-cygnet-hospital-stevenage-cqc-mental-health-must-should-do-action-plan.docx"
    title = "Cygnet Hospital Stevenage: CQC Inspection Action Plan"
    S1 = "Acute wards for adults of working age and psychiatric intensive care units"
    S2 = "Hospital-wide (well-led)"
    plan = [
        ("section", S1),
        ("kind", "MUST DO"),
        ("req", "The provider must ensure that staff complete and record physical health "
                "observations after the administration of rapid tranquillisation, in line with "
                "NICE guidance and the provider’s policy. (Regulation 12)", [
            ("MD1.1", "Re-launch the rapid tranquillisation policy on all wards; ward managers to "
                      "confirm that every registered nurse has read and signed it.",
             "Ward Managers", "30/04/2025",
             "All nurses signed off by 25/04/2025. Evidence held in ward files.", "B",
             ["Ward Managers"], "2025-04", None, "blue"),
            ("MD1.2", "Weekly audit of post-RT physical health monitoring, with results reported "
                      "to the Clinical Governance meeting and themes fed back at ward team "
                      "meetings.",
             "Clinical Manager / Physical Health Lead", "31/08/2025",
             "Audit running since May; compliance 92% in August.", "G",
             ["Clinical Manager", "Physical Health Lead"], "2025-08", None, "green"),
        ]),
        ("req", "The provider must ensure that blanket restrictions are individually risk "
                "assessed and reviewed regularly. (Regulation 13)", [
            ("MD2.1", "Restrictive practice review group to review every ward-level restriction "
                      "(including access to the garden and to hot drinks) and remove any that are "
                      "not justified by individual risk.",
             "Hospital Director", "July 2025",
             "Two restrictions removed; garden access still under review with estates.", "A",
             ["Hospital Director"], "2025-07", None, "amber"),
        ]),
        ("kind", "SHOULD DO"),
        ("req", "The provider should ensure that care plans reflect the views of the patient. "
                "(Regulation 9)", [
            ("SD1.1", "Care plan training for named nurses, focused on co-produced care plans "
                      "written in the patient’s own words.",
             "Lead Nurse", "30/09/2025",
             "Three of four sessions delivered.", "G",
             ["Lead Nurse"], "2025-09", None, "green"),
        ]),
        ("section", S2),
        ("kind", "MUST DO"),
        ("req", "The provider must ensure that there are sufficient numbers of suitably "
                "qualified and experienced staff on each shift, including registered nurses on "
                "night shifts. (Regulation 18)", [
            ("MD3.1", "Recruitment campaign for registered nurses, including international "
                      "recruitment and a refer-a-friend incentive.",
             "Hospital Director and HR Business Partner", "31/12/2025",
             "6 RMNs recruited; 4 vacancies remain.", "A",
             ["Hospital Director", "HR Business Partner"], "2025-12", None, "amber"),
            ("MD3.2", "Daily staffing huddle to review safe staffing across the site, escalating "
                      "to the on-call senior manager when a shift falls below the agreed "
                      "establishment.",
             "Clinical Manager", "Daily – ongoing",
             "Huddle in place; escalations logged.", "G",
             ["Clinical Manager"], None, "Daily – ongoing", "green"),
        ]),
        ("kind", "SHOULD DO"),
        ("req", "The provider should ensure that ligature risk assessments are updated after "
                "any environmental changes. (Regulation 15)", [
            ("SD2.1", "Review and re-sign the ligature risk assessments for all wards once the "
                      "bathroom refurbishment is complete.",
             "Health & Safety Lead", "Nov-25",
             "Refurbishment delayed – contractor start moved to October.", "R",
             ["Health & Safety Lead"], "2025-11", None, "red"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Unannounced inspection 11–13 March 2025  |  Report published 20 June "
                      "2025  |  Update for the Regional Governance Meeting, September 2025")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Registered Manager", "Hospital Director"),
                                ("Overall rating", "Requires improvement"),
                                ("Date of this update", "12/09/2025")]):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph("BRAG key:  B – completed and evidenced;  G – on track;  A – some "
                      "slippage, recovery plan in place;  R – not on track.")

    ncol = 7
    t = doc.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "CQC requirement", "Action", "Responsible", "Target date",
                           "Progress update", "BRAG"]):
        bold_cell(t.cell(0, i), h)
        shade(t.cell(0, i), "BDD7EE")

    actions = []
    section = None
    for item in plan:
        if item[0] in ("section", "kind"):
            row = t.add_row()
            c = row.cells[0].merge(row.cells[ncol - 1])
            bold_cell(c, item[1])
            shade(c, "1F3864" if item[0] == "section" else "D9D9D9")
            if item[0] == "section":
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                section = item[1]
            continue
        _, req, rows = item
        first = None
        for (ref, text, lead, when, prog, rag, leads, end, end_text, status) in rows:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[2].text = text
            cells[3].text = lead
            cells[4].text = when
            cells[5].text = prog
            cells[6].text = rag
            shade(cells[6], FILL[rag])
            if first is None:
                first = cells[1]
                first.text = req
            else:
                first = first.merge(cells[1])
            actions.append(dict(ref=ref, under=[section, req], action=text, lead=leads, end=end,
                                end_text=end_text, status=status))
    doc.add_paragraph("")
    doc.add_paragraph("Evidence for completed actions is held in the hospital’s CQC evidence "
                      "folder and reviewed at the monthly Clinical Governance meeting.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates an independent mental health hospital's CQC action plan (Cygnet "
                  "Hospital Stevenage, 2025; invented content, no URL), in the form such "
                  "providers send back to CQC and take to regional governance: title and "
                  "inspection line, an information table, a BRAG key sentence, then one table "
                  "with dark full-width core-service rows, grey MUST DO / SHOULD DO rows, the CQC "
                  "requirement (with its regulation) merged down over its actions, job titles as "
                  "leads and a lettered, filled BRAG column.",
        "reads": "One action table in two core-service sections (acute/PICU wards and "
                 "hospital-wide), each with must-do and should-do requirements and 1-2 actions "
                 "each (MD1.1 ... SD2.1), with responsible post, target date, progress and BRAG. "
                 "The 'MUST DO'/'SHOULD DO' rows only name the kind of requirement.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ----------------------------------------------------------------------------------------
# 3. Practice Plus Group Hospital Shepton Mallet – CQC must/should do (xlsx): cover sheet,
#    summary, Must do and Should do sheets, previous/current RAG, original/revised dates
# ----------------------------------------------------------------------------------------
def ppg():
    name = "lz1-practice-plus-group-hospital-shepton-mallet-cqc-must-should-do-action-plan.xlsx"
    title = "Practice Plus Group Hospital Shepton Mallet – CQC Inspection Action Plan"
    D = dt.datetime
    must = [
        ("section", "Surgery"),
        ("req", "Regulation 12(2)(e) Safe care and treatment",
         "The service must ensure that resuscitation equipment is checked daily in line with the "
         "provider’s policy and national guidance.", [
            ("MD1.1", "Introduce a daily electronic checklist for resuscitation trolleys in "
                      "theatres and recovery, with weekly spot checks by the theatre manager.",
             "Theatre Manager", D(2025, 2, 28), None,
             "Checklist live from 10/02/2025. Spot checks show 100% compliance since March.",
             "G", "B", ["Theatre Manager"], "2025-02", None, "blue"),
            ("MD1.2", "Add resuscitation equipment checks to the monthly ward audit and report "
                      "compliance to the Hospital Governance Committee.",
             "Theatre Manager; Ward Manager", D(2025, 3, 31), D(2025, 6, 30),
             "Audit tool amended; first two months reported. Date revised to allow three "
             "months of data.", "A", "G", ["Theatre Manager", "Ward Manager"], "2025-06", None,
             "green"),
        ]),
        ("req", "Regulation 18(2)(a) Staffing",
         "The service must ensure that all staff complete mandatory training, including level 3 "
         "safeguarding adults and children training for staff who need it.", [
            ("MD2.1", "Issue a training compliance dashboard to every department lead each month; "
                      "staff more than 30 days overdue are escalated to their line manager.",
             "Head of Clinical Services", D(2025, 4, 30), D(2025, 7, 31),
             "Compliance 89% (target 95%). Theatres still below target.", "A", "A",
             ["Head of Clinical Services"], "2025-07", None, "amber"),
            ("MD2.2", "Book additional face-to-face level 3 safeguarding sessions for theatre and "
                      "recovery staff.",
             "Safeguarding Lead", D(2025, 5, 31), None,
             "Four sessions held; all theatre and recovery staff trained.", "G", "B",
             ["Safeguarding Lead"], "2025-05", None, "blue"),
        ]),
        ("section", "Outpatients"),
        ("req", "Regulation 17(2)(c) Good governance",
         "The service must ensure that patient records are stored securely in outpatient clinic "
         "rooms.", [
            ("MD3.1", "Purchase lockable notes trolleys for all outpatient clinic rooms and "
                      "re-launch the records tracking procedure.",
             "Outpatients Manager", D(2025, 3, 31), None,
             "Trolleys in use in all 9 rooms. Records audit April 2025: no unsecured notes.",
             "B", "B", ["Outpatients Manager"], "2025-03", None, "blue"),
        ]),
    ]
    should = [
        ("section", "Surgery"),
        ("req", None,
         "The service should consider displaying safety performance information for patients "
         "and visitors on wards.", [
            ("SD1.1", "Install safety huddle boards on Mendip Ward and the Day Case Unit, updated "
                      "weekly with falls, VTE and infection data.",
             "Ward Manager", D(2025, 6, 30), None,
             "Boards installed May 2025.", "G", "B", ["Ward Manager"], "2025-06", None, "blue"),
        ]),
        ("req", None,
         "The service should continue to reduce the number of operations cancelled on the day "
         "for non-clinical reasons.", [
            ("SD2.1", "Increase pre-operative assessment capacity so that every patient is "
                      "assessed at least 14 days before surgery.",
             "Pre-op Assessment Lead", D(2025, 9, 30), D(2025, 12, 31),
             "Recruitment to the second pre-op nurse post failed; re-advertised.", "A", "R",
             ["Pre-op Assessment Lead"], "2025-12", None, "red"),
            ("SD2.2", "Move the theatre scheduling meeting to six weeks before the list date and "
                      "report list utilisation and on-the-day cancellations monthly.",
             "Operations Manager / Theatre Manager", "Sept 2025", None,
             "Scheduling meeting moved in August; first report due October.", "G", "",
             ["Operations Manager", "Theatre Manager"], "2025-09", None, "green"),
        ]),
        ("section", "Outpatients"),
        ("req", None,
         "The service should ensure that patients whose first language is not English know "
         "that free interpreting services are available.", [
            ("SD3.1", "Display posters and leaflets about free interpreting services in the "
                      "outpatient waiting areas in the six most common community languages.",
             "Outpatients Manager", D(2025, 5, 31), None,
             "Complete.", "B", "B", ["Outpatients Manager"], "2025-05", None, "blue"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Core services inspected: Surgery and Outpatients"
    ws["A3"] = "Inspection 8–9 January 2025; report published 2 April 2025; overall rating Good"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        c = ws.cell(6, j + 1, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([("0.4", D(2025, 4, 14), "Head of Clinical Services", "Hospital Director"),
                             ("1.0", D(2025, 4, 28), "Head of Clinical Services", "Medical Advisory Committee"),
                             ("1.3", D(2025, 9, 15), "Quality & Governance Lead", "Hospital Governance Committee")]):
        for j, v in enumerate(row):
            c = ws.cell(7 + i, j + 1, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    for i, (k, words) in enumerate([("B", "Completed and embedded"), ("G", "On track"),
                                    ("A", "At risk of delay"), ("R", "Overdue / off track")]):
        ws.cell(12 + i, 1, k).fill = xfill(FILL[k])
        ws.cell(12 + i, 2, words)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 30

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – September 2025"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["", "Must do", "Should do", "Total"]):
        sm.cell(2, j + 1, h).font = Font(bold=True)
    counts = {"B": (3, 2), "G": (1, 1), "A": (1, 0), "R": (0, 1)}
    for i, k in enumerate(["B", "G", "A", "R"]):
        sm.cell(3 + i, 1, k).fill = xfill(FILL[k])
        sm.cell(3 + i, 2, counts[k][0])
        sm.cell(3 + i, 3, counts[k][1])
        sm.cell(3 + i, 4, f"=B{3 + i}+C{3 + i}")
    sm.cell(7, 1, "Total").font = Font(bold=True)
    sm.cell(7, 2, "=SUM(B3:B6)")
    sm.cell(7, 3, "=SUM(C3:C6)")
    sm.cell(7, 4, "=SUM(D3:D6)")

    actions = []

    def sheet(ws, heading, items, with_reg):
        heads = (["Ref", "Regulation", "CQC requirement"] if with_reg else
                 ["Ref", "CQC recommendation"]) + [
            "Action", "Action owner", "Original completion date", "Revised completion date",
            "Progress update / evidence", "Previous RAG", "Current RAG"]
        ncol = len(heads)
        ws.cell(1, 1, heading).font = Font(bold=True, size=12)
        for j, h in enumerate(heads):
            c = ws.cell(3, j + 1, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("1F4E78")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        section = None
        for item in items:
            if item[0] == "section":
                section = item[1]
                ws.cell(r, 1, section).font = Font(bold=True)
                for j in range(ncol):
                    ws.cell(r, j + 1).fill = xfill("DDEBF7")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                r += 1
                continue
            _, reg, req, rows = item
            top = r
            for (ref, text, owner, orig, rev, prog, prev, cur, leads, end, end_text,
                 status) in rows:
                vals = [ref] + ([reg, req] if with_reg else [req]) + [
                    text, owner, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals):
                    if r > top and j in ((1, 2) if with_reg else (1,)):
                        continue
                    c = ws.cell(r, j + 1)
                    if v not in (None, ""):
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((ncol - 2, prev), (ncol - 1, cur)):
                    c = ws.cell(r, j + 1)
                    c.fill = xfill(FILL[status[0].upper()] if (j == ncol - 1 and not v)
                                   else FILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                actions.append(dict(ref=ref, under=[section, req], action=text, lead=leads,
                                    end=end, end_text=end_text, status=status))
                r += 1
            if r - 1 > top:
                for j in ((2, 3) if with_reg else (2,)):
                    ws.merge_cells(start_row=top, start_column=j, end_row=r - 1, end_column=j)
        widths = [8] + ([18, 40] if with_reg else [40]) + [48, 22, 14, 14, 40, 10, 10]
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
        ws.freeze_panes = "A4"

    sheet(wb.create_sheet("Must do"), "MUST DO ACTIONS – breaches of regulation", must, True)
    sheet(wb.create_sheet("Should do"), "SHOULD DO ACTIONS – recommendations", should, False)
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates an independent-sector treatment centre's CQC must-do/should-do action "
                  "plan as reported to its hospital governance committee (Practice Plus Group "
                  "Hospital Shepton Mallet, 2025; invented content, no URL). Copied features: a "
                  "cover sheet with title, document-control table and BRAG key; a summary sheet "
                  "of RAG counts with formulas; separate 'Must do' and 'Should do' sheets with "
                  "core-service rows merged across, the requirement (and regulation) merged down "
                  "over its actions, original and revised completion dates, previous and current "
                  "RAG as letters with fills (one current RAG given by fill only).",
        "reads": "Nine actions over two sheets: five must-do actions under three regulatory "
                 "requirements and four should-do actions under three recommendations, grouped by "
                 "core service (Surgery, Outpatients). The end is the revised date where there is "
                 "one, and the status is the current RAG; SD2.2's current RAG cell is green fill "
                 "with no letter.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ----------------------------------------------------------------------------------------
# 4. Skills for Security – Ofsted apprenticeships PIAP (xlsx): title block, theme bars,
#    recommendation bars, notes line, RAG summary sheet
# ----------------------------------------------------------------------------------------
def sfs():
    name = "lz1-skills-for-security-ofsted-apprenticeships-piap.xlsx"
    title = "Skills for Security Ltd – Post-Inspection Action Plan (PIAP)"
    D = dt.datetime
    plan = [
        ("Theme 1: Off-the-job training and apprentices’ progress",
         "Leaders should ensure that apprentices receive their full entitlement to off-the-job "
         "training and that employers release them to attend it.", [
            ("1.1", "Introduce a monthly off-the-job hours report from the e-portfolio for every "
                    "apprentice.\nReports reviewed at caseload meetings and shared with employers.",
             "Head of Apprenticeships", D(2025, 4, 30), "mmm-yy",
             "Fewer than 5% of apprentices behind planned OTJ hours",
             "Report live since March; reviewed at every caseload meeting.", "Complete",
             ["Head of Apprenticeships"], "2025-04", None, "blue"),
            ("1.2", "Revise the employer commitment statement so that training days and release "
                    "arrangements are agreed at sign-up, with a named workplace mentor.",
             "Employer Engagement Manager", D(2025, 6, 30), "dd/mm/yyyy",
             "All new starts have a signed commitment statement",
             "New statement in use for all starts from July.", "Green",
             ["Employer Engagement Manager"], "2025-06", None, "green"),
            ("1.3", "Skills coaches to contact the employer within five working days whenever an "
                    "apprentice misses a scheduled training day.",
             "Skills Coach Team Leaders", "Ongoing", None,
             "Attendance at training days above 90%",
             "Contact log checked monthly by team leaders.", "Green",
             ["Skills Coach Team Leaders"], None, "Ongoing", "green"),
        ]),
        ("Theme 2: English and mathematics",
         "Leaders and managers should make sure that apprentices who need to achieve functional "
         "skills qualifications in English and mathematics are taught these from the start of "
         "their programme.", [
            ("2.1", "Complete initial and diagnostic assessment in English and maths during "
                    "onboarding for all new starters, and use the results to set individual "
                    "targets.",
             "Functional Skills Lead", D(2025, 5, 31), "dd/mm/yyyy",
             "100% of starters assessed before their first training day",
             "In place for all starts since May 2025.", "Complete",
             ["Functional Skills Lead"], "2025-05", None, "blue"),
            ("2.2", "Timetable weekly online functional skills sessions at level 1 and level 2 so "
                    "that no apprentice begins functional skills later than month three.",
             "Functional Skills Lead / Head of Apprenticeships", "End of September 2025", None,
             "Functional skills first-time pass rate 70%+",
             "Sessions running; two cohorts still to be timetabled.", "Amber",
             ["Functional Skills Lead", "Head of Apprenticeships"], "2025-09", None, "amber"),
            ("2.3", "Track functional skills exam pass rates by cohort and report them to the "
                    "Quality and Standards Board each term.",
             "Quality Manager", "Termly", None,
             "Board minutes show scrutiny of pass rates",
             "First report to the Board in July.", "Green",
             ["Quality Manager"], None, "Termly", "green"),
        ]),
        ("Theme 3: Governance and quality assurance",
         "Leaders should make sure that the board has the information it needs to hold senior "
         "leaders to account for the quality of apprenticeship training.", [
            ("3.1", "Recruit two independent board members with experience of further education "
                    "and apprenticeships.",
             "Managing Director", "Dec-25", None,
             "Board includes two independent members",
             "One appointment made in June; second post re-advertised.", "Red",
             ["Managing Director"], "2025-12", None, "red"),
            ("3.2", "Develop a quality dashboard covering progress, achievement, retention and "
                    "off-the-job hours for every board meeting.",
             "Quality Manager and Data Manager", D(2025, 7, 31), "dd/mm/yyyy",
             "Dashboard presented at each board meeting",
             "Dashboard presented in July and September.", "Complete",
             ["Quality Manager", "Data Manager"], "2025-07", None, "blue"),
        ]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2025"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted full inspection 4–7 February 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Overall effectiveness: Requires improvement  |  Apprenticeships: Requires improvement"
    ws["A4"] = "Plan owner: Managing Director  |  Last updated: 18/09/2025  |  Presented to: Quality and Standards Board"
    heads = ["No.", "Action", "Lead", "Target date", "Impact measure",
             "Progress commentary (September 2025)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(6, j + 1, h)
        c.font = Font(bold=True)
        c.fill = xfill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    actions = []
    for theme, rec, rows in plan:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        for j in range(7):
            ws.cell(r, j + 1).fill = xfill("002060")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(r, 1, rec)
        c.font = Font(italic=True)
        c.alignment = WRAP
        for j in range(7):
            ws.cell(r, j + 1).fill = xfill("DEEAF6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, when, fmt, impact, prog, rag, leads, end, end_text,
             status) in rows:
            for j, v in enumerate([ref, text, lead, when, impact, prog, rag]):
                c = ws.cell(r, j + 1, v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(r, 4).number_format = fmt
            ws.cell(r, 7).fill = xfill(ragfill[rag])
            actions.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                                end_text=end_text, status=status))
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are reviewed monthly at the Senior Leadership Team "
                  "meeting. Complete = action finished and impact evidenced.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 55, 26, 14, 32, 40, 11]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – September 2025"
    sm["A1"].font = Font(bold=True)
    sm["A2"], sm["B2"] = "Status", "Number of actions"
    for i, (k, n) in enumerate([("Complete", 3), ("Green", 3), ("Amber", 1), ("Red", 1)]):
        sm.cell(3 + i, 1, k).fill = xfill(ragfill[k])
        sm.cell(3 + i, 2, n)
    sm["A7"], sm["B7"] = "Total", "=SUM(B3:B6)"
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates an independent apprenticeship training provider's post-inspection "
                  "action plan after a 'requires improvement' Ofsted inspection (Skills for "
                  "Security Ltd, 2025; invented content, no URL). Copied features: a four-line "
                  "title block (provider and plan, inspection dates, grades, owner/updated/board), "
                  "dark theme bars merged across, the inspectors' 'what does the provider need to "
                  "do to improve' point as an italic bar under each theme, impact measures, "
                  "progress commentary, RAG words with fills, a notes line and a RAG summary "
                  "sheet.",
        "reads": "Eight numbered actions (1.1-3.2) under three themes, each theme followed by "
                 "the Ofsted recommendation it answers; each action has a lead, target date "
                 "(dates, 'Dec-25', 'End of September 2025', 'Ongoing', 'Termly') and a RAG "
                 "word where Complete is blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ----------------------------------------------------------------------------------------
# 5. Ministry of Defence Police – HMICFRS inspection tracker (xlsx): OFFICIAL marking,
#    fill-only RAG where the key makes green = complete, glossary sheet
# ----------------------------------------------------------------------------------------
def mdp():
    name = "lz1-ministry-of-defence-police-hmicfrs-inspection-afi-tracker.xlsx"
    title = ("Ministry of Defence Police – HMICFRS Inspection: Recommendations and Areas "
             "for Improvement Tracker")
    D = dt.datetime
    plan = [
        ("Leadership and governance", [
            ("By 31 March 2025, the Chief Constable should introduce a performance framework "
             "that allows the MDP Police Committee to scrutinise operational performance at "
             "each station.", [
                ("R1.1", "Design a station-level performance framework covering patrol hours, "
                         "response times and incidents, agreed with the Defence Nuclear "
                         "Organisation and other customers.",
                 "DCC", D(2025, 3, 31), "dd/mm/yyyy",
                 "Framework agreed at Force Executive Board, March 2025.", GREEN,
                 ["DCC"], "2025-03", None, "blue"),
                ("R1.2", "Present the first quarterly station performance report to the MDP "
                         "Police Committee.",
                 "Head of Strategy & Performance", "Q3 2025/26", None,
                 "Data feeds from two stations outstanding.", AMBER,
                 ["Head of Strategy & Performance"], "2025-12", None, "amber"),
            ]),
        ]),
        ("Vetting and professional standards", [
            ("The force should make sure that all officers and staff hold the correct level of "
             "vetting for their role, and that vetting is renewed before it expires.", [
                ("AFI1.1", "Cleanse HR and vetting records to confirm the vetting level held by "
                           "every officer and member of staff and the level their post requires.",
                 "Head of People / Force Vetting Manager", D(2025, 6, 30), "dd/mm/yyyy",
                 "Complete. 41 mismatches found and resolved.", GREEN,
                 ["Head of People", "Force Vetting Manager"], "2025-06", None, "blue"),
                ("AFI1.2", "Introduce automatic renewal reminders six months before vetting "
                           "expires, generated by the vetting management system.",
                 "Force Vetting Manager", "TBC", None,
                 "Depends on system upgrade; no date yet from supplier.", RED,
                 ["Force Vetting Manager"], None, "TBC", "red"),
            ]),
            ("The force should improve how it records and monitors the use of force by "
             "officers.", [
                ("AFI2.1", "Roll out the national use of force recording form to all divisions, "
                           "with monthly dip-sampling by Professional Standards.",
                 "ACC Operations", D(2025, 9, 30), "mmm-yy",
                 "Live in 3 of 4 divisions; Scotland division in November.", AMBER,
                 ["ACC Operations"], "2025-09", None, "amber"),
            ]),
        ]),
        ("Investigations", [
            ("The force should make sure that investigations are allocated to officers with the "
             "right skills and are supervised effectively.", [
                ("AFI3.1", "Introduce an investigation allocation policy with supervisory "
                           "reviews at 7 and 28 days, checked in the Crime Management Unit’s "
                           "monthly audit.",
                 "Detective Superintendent (Crime)", D(2025, 11, 30), "dd/mm/yyyy",
                 "Policy drafted; consultation with Federation under way.", AMBER,
                 ["Detective Superintendent (Crime)"], "2025-11", None, "amber"),
                ("AFI3.2", "Deliver PIP1 investigative skills refresher training to all CID "
                           "officers.",
                 "Head of Training", D(2026, 3, 31), "dd/mm/yyyy",
                 "Course designed; first cohort January 2026.", AMBER,
                 ["Head of Training"], "2026-03", None, "amber"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Inspection fieldwork May 2024; report published 12 November 2024"
    ws["A4"] = "Reported to: MDP Police Committee – Audit and Risk Sub-Committee, 23 October 2025"
    ws["A5"] = "RAG key:"
    ws["B5"].fill = xfill(RED)
    ws["C5"] = "Not started / off track"
    ws["D5"].fill = xfill(AMBER)
    ws["E5"] = "In progress"
    ws["F5"].fill = xfill(GREEN)
    ws["G5"] = "Complete – closure evidence submitted"
    heads = ["ID", "HMICFRS recommendation / area for improvement", "MDP action", "Owner",
             "Target date", "Update (October 2025)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(7, j + 1, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("203864")
        c.border = BOX
        c.alignment = WRAP
    r = 8
    actions = []
    for theme, findings in plan:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(7):
            ws.cell(r, j + 1).fill = xfill("D6DCE4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for finding, rows in findings:
            top = r
            for (ref, text, owner, when, fmt, upd, fill, leads, end, end_text, status) in rows:
                vals = [ref, finding if r == top else None, text, owner, when, upd, None]
                for j, v in enumerate(vals):
                    c = ws.cell(r, j + 1)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                if fmt:
                    ws.cell(r, 5).number_format = fmt
                ws.cell(r, 7).fill = xfill(fill)
                actions.append(dict(ref=ref, under=[theme, finding], action=text, lead=leads,
                                    end=end, end_text=end_text, status=status))
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "OFFICIAL").font = Font(bold=True, color="C00000")
    for col, w in zip("ABCDEFG", [9, 45, 50, 26, 13, 40, 8]):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Abbreviation", "Meaning"), ("ACC", "Assistant Chief Constable"),
                                ("AFI", "Area for improvement"),
                                ("DCC", "Deputy Chief Constable"),
                                ("HMICFRS", "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services"),
                                ("PIP1", "Professionalising Investigation Programme level 1"),
                                ("R", "Recommendation")]):
        gl.cell(i + 1, 1, a)
        gl.cell(i + 1, 2, b)
    gl["A1"].font = gl["B1"].font = Font(bold=True)
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a national police body's tracker of an HMICFRS inspection's "
                  "recommendations and areas for improvement, as reported to its police "
                  "committee's audit and risk sub-committee (Ministry of Defence Police, 2025; "
                  "invented content, no URL). Copied features: OFFICIAL protective marking top "
                  "and bottom, force name and tracker title, a 'Reported to' line, a RAG key made "
                  "of filled cells where green means complete with closure evidence, grey theme "
                  "rows, the HMICFRS text merged down over its actions, R/AFI action IDs, posts "
                  "and ranks as owners, a fill-only RAG column and a glossary sheet.",
        "reads": "Seven actions under three themes, each answering an HMICFRS recommendation or "
                 "area for improvement; the RAG column has colour only, and by the document's "
                 "own key green is complete (read as blue), amber in progress, red not started "
                 "or off track. 'Q3 2025/26' is the financial-year quarter ending December 2025.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ----------------------------------------------------------------------------------------
# 6. Richard Huish College – Ofsted PIAP, CSV export with a mistyped month (refuse)
# ----------------------------------------------------------------------------------------
def huish():
    import csv
    import io
    name = ("lz1-richard-huish-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv")
    title = "Richard Huish College - Post-Inspection Action Plan (Ofsted inspection June 2025)"
    A1 = ("Teachers in a minority of subjects should check students' understanding more "
          "effectively before moving on to new topics.")
    A2 = ("Leaders should improve the attendance of students on GCSE English and mathematics "
          "resit courses.")
    A3 = ("Leaders should ensure that careers guidance is tailored to students who do not plan "
          "to go to university.")
    rows = [
        (A1, "1a", "Curriculum area reviews in the lowest-performing subjects, led by Assistant "
                   "Principals, with a focus on assessment for learning.",
         "Assistant Principal (Quality)", "Dec-25", "Green",
         "Reviews complete in 4 of 6 areas, remaining two booked for December."),
        (A1, "1b", "Teaching and learning coaches to work with identified teachers through "
                   "six-week coaching cycles.",
         "Head of Teaching & Learning", "Mar-26", "Green", "Cycle 1 under way, 11 teachers."),
        (A1, "1c", "Share effective questioning and retrieval practice at the January staff "
                   "development day.",
         "Head of Teaching & Learning", "Jan-26", "Not started", ""),
        (A2, "2a", "Daily first-day absence calls for GCSE resit students, escalating to "
                   "parents/carers and progress tutors.",
         "Head of English and Maths; Student Services Manager", "Oct-25", "Complete",
         "In place from first week of term."),
        (A2, "2b", "Include attendance at GCSE resit lessons in student progress reviews and "
                   "link it to study programme conditions.",
         "Director of Students", "Febuary 2026", "Amber",
         "Progress review template being updated."),
        (A2, "2c", "Report resit attendance by subject and by group to the Quality and "
                   "Standards Committee each half term.",
         "Data & MIS Manager", "Half-termly", "Green", "First report November."),
        (A3, "3a", "Careers adviser to hold a one-to-one guidance interview with every "
                   "second-year student not applying through UCAS, covering apprenticeships "
                   "and employment.",
         "Careers Lead", "Apr-26", "Amber", "Interviews 40% complete."),
        (A3, "3b", "Add an apprenticeships and employer week to the tutorial programme, with at "
                   "least 20 local employers taking part.",
         "Head of Tutorial; Careers Lead", "Mar-26", "Green", "14 employers confirmed."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Exported 06/11/2025 14:32", "", "", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["Area for improvement", "Ref", "Action", "Lead", "Deadline", "Status",
                "Latest update", "Evidence link"])
    for row in rows:
        w.writerow(list(row) + [""])
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_at = next(i + 1 for i, ln in enumerate(lines) if "Febuary 2026" in ln)

    meta = {
        "source": "Imitates a sixth-form college's post-inspection action plan exported to CSV "
                  "from its quality-improvement system (Richard Huish College, 2025; invented "
                  "content, no URL). Copied features: a title line and an export timestamp line "
                  "above the header, the area for improvement repeated on each action row, "
                  "letter-suffixed refs (1a, 1b ...), month-style deadlines (Dec-25) and "
                  "'Half-termly', status words and an empty evidence-link column.",
        "reads": "Eight actions under three Ofsted areas for improvement. Action 2b's deadline "
                 "reads 'Febuary 2026', a mistyped month; a careful reader stops there and asks "
                 "rather than guess.",
        "outcome": "refuse",
        "refuse_at": refuse_at,
        "title": title,
    }
    write_expected(name, meta, None)
    return name, len(rows)


# ----------------------------------------------------------------------------------------
# 7. Newquay Health Centre – CQC action plan, tab-separated text with section lines,
#    a repeated header per regulation and a continuation line
# ----------------------------------------------------------------------------------------
def newquay():
    name = "lz1-newquay-health-centre-cqc-inspection-action-plan.txt"
    title = "Newquay Health Centre – CQC Inspection Action Plan"
    S1 = "REQUIREMENT NOTICES (breaches of regulation)"
    S2 = "AREAS WHERE THE PRACTICE SHOULD IMPROVE"
    R12 = ("Regulation 12: Safe care and treatment – The provider did not ensure that patients "
           "prescribed high-risk medicines received the required monitoring before repeat "
           "prescriptions were issued.")
    R17 = ("Regulation 17: Good governance – Systems to assess, monitor and mitigate risks were "
           "not operated effectively, including the management of patient safety alerts and "
           "significant events.")
    SH1 = "The practice should continue to take action to improve the uptake of cervical screening."
    SH2 = "The practice should improve telephone access for patients, particularly at 8am."
    HDR = "Ref\tAction\tLead\tTarget date\tRAG\tComments"
    # (ref, action lines, lead cell, date cell, rag, comment, leads, end, end_text, status)
    blocks = [
        (S1, R12, [
            ("12.1", ["Run weekly searches for patients on DMARDs, lithium and warfarin whose "
                      "monitoring is overdue; the clinical pharmacist reviews each patient before "
                      "any repeat is authorised."],
             "Clinical Pharmacist", "31/07/2025", "G", "Searches running since June 2025.",
             ["Clinical Pharmacist"], "2025-07", None, "green"),
            ("12.2", ["Audit 20 records of patients on high-risk medicines every quarter and "
                      "share the results at the clinical meeting."],
             "Dr R Tregenza / Clinical Pharmacist", "30/09/2025", "A",
             "First audit done; second delayed by leave.",
             ["Dr R Tregenza", "Clinical Pharmacist"], "2025-09", None, "amber"),
            ("12.3", ["Complete the outstanding medication reviews for patients aged 75 and over.",
                      "Reviews to be recorded using the structured medication review template."],
             "Dr S Hollis", "31/10/2025", "R", "212 reviews outstanding at 1 September.",
             ["Dr S Hollis"], "2025-10", None, "red"),
        ]),
        (None, R17, [
            ("17.1", ["Set up a patient safety alerts log with a named clinical lead, recording "
                      "the searches run and the action taken for each alert."],
             "Practice Manager and Dr R Tregenza", "Aug 2025", "B",
             "Complete – log reviewed at clinical meeting 20/08/2025.",
             ["Practice Manager", "Dr R Tregenza"], "2025-08", None, "blue"),
            ("17.2", ["Hold a significant event review meeting every month, sharing the learning "
                      "with all staff and recording it in the minutes."],
             "Practice Manager", "Monthly", "G", "Meetings held June, July, August.",
             ["Practice Manager"], None, "Monthly", "green"),
        ]),
        (S2, SH1, [
            ("S1.1", ["Offer extra Saturday morning cervical screening clinics and send text "
                      "reminders to patients who have not attended."],
             "Nurse Manager", "31/03/2026", "G", "Saturday clinics started September.",
             ["Nurse Manager"], "2026-03", None, "green"),
        ]),
        (None, SH2, [
            ("S2.1", ["Move to a cloud-based telephone system with call queuing and call-back, "
                      "and monitor call answer times each week."],
             "Practice Manager", "Nov-25", "A", "Contract signed; installation booked.",
             ["Practice Manager"], "2025-11", None, "amber"),
        ]),
    ]
    out = [
        title,
        "Inspection date: 14 May 2025\tReport published: 9 July 2025\tOverall rating: Requires improvement",
        "Prepared by: Practice Manager\tReviewed at partners' meeting: 6 August 2025",
        "",
    ]
    actions = []
    section = None
    for sec, rec, rows in blocks:
        if sec:
            section = sec
            out.append(sec)
        out.append(rec)
        out.append(HDR)
        for (ref, lines, lead, date, rag, comment, leads, end, end_text, status) in rows:
            out.append("\t".join([ref, lines[0], lead, date, rag, comment]))
            for extra in lines[1:]:
                out.append("\t".join(["", extra, "", "", "", ""]))
            actions.append(dict(ref=ref, under=[section, rec], action="\n".join(lines),
                                lead=leads, end=end, end_text=end_text, status=status))
        out.append("")
    out.append("Key: B = complete   G = on track   A = some delay   R = off track / not started")
    out.append("Next review: partners' meeting, October 2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    meta = {
        "source": "Imitates a GP practice's action plan after a CQC inspection rated it "
                  "'requires improvement', saved from Word as tab-separated text (Newquay Health "
                  "Centre, Cornwall, 2025; invented content, no URL). Copied features: practice "
                  "name and plan title on the first line, an inspection/report/rating line, a "
                  "requirement-notices section with one block per regulation (regulation and "
                  "finding on one line, then its own header row), a should-improve section, "
                  "a continuation line where a cell held two paragraphs, GP names and posts as "
                  "leads, and a key line at the end.",
        "reads": "Seven actions: five under the Regulation 12 and Regulation 17 requirement "
                 "notices and two under the areas the practice should improve, each block "
                 "headed by the regulation or CQC point and a repeated column header. The line "
                 "after 12.3 with only an Action cell continues that action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (st_ives, cygnet, ppg, sfs, mdp, huish, newquay):
        n, k = fn()
        print(f"{n}: {k} actions")
