#!/usr/bin/env python3
"""Build the seven rw- cases of set heldout484 (data files and their expected readings).

Run with /work/main/.venv/bin/python rw_make.py from any directory; files are written
beside this script. Only files whose names start with rw- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("rw-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions=None):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if actions is not None:
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# ====================================================================== 1 ETI
def make_eti():
    name = "rw-portadown-college-eti-inspection-action-plan.docx"
    title = "Portadown College: Post-Inspection Action Plan"
    afis = [
        (
            "Area for improvement 1: Improve the consistency of the quality of learning and teaching at key stage 3 so that all pupils are challenged appropriately.",
            [
                ("1.1", "Establish a learning and teaching working group to agree and share a college-wide model of effective practice, including differentiated questioning and planned challenge.",
                 "Vice-Principal (Curriculum)", "June 2024",
                 "All staff introduced to the agreed model at the August 2024 staff development days.", "Complete",
                 ["Vice-Principal (Curriculum)"], "2024-06", None, "blue"),
                ("1.2", "Introduce a programme of paired lesson observations across departments, with a focus on challenge for more able pupils at key stage 3.",
                 "Senior Teacher (Teaching & Learning); Heads of Department", "Autumn term 2024",
                 "At least 80% of key stage 3 lessons observed are evaluated as good or better.", "G",
                 ["Senior Teacher (Teaching & Learning)", "Heads of Department"], "2024-12", "Autumn term 2024", "green"),
                ("1.3", "Review the key stage 3 schemes of work in English and mathematics to build in planned extension tasks.\nOther departments to follow during the 2024/25 academic year.",
                 "Head of English / Head of Mathematics", "Spring term 2025",
                 "Revised schemes of work in place; work scrutiny shows extension tasks are used.", "A",
                 ["Head of English", "Head of Mathematics"], "2025-04", "Spring term 2025", "amber"),
            ],
        ),
        (
            "Area for improvement 2: Develop further the use of data by middle leaders to identify, track and respond to the progress of pupils who are underachieving.",
            [
                ("2.1", "Provide training for all Heads of Department on the use of the college's tracking system and the CAT4 baseline data.",
                 "Vice-Principal (Pastoral and Data)", "April 2024",
                 "All Heads of Department able to produce a departmental underachievement list.", "Complete",
                 ["Vice-Principal (Pastoral and Data)"], "2024-04", None, "blue"),
                ("2.2", "Hold data review meetings between each Head of Department and the link member of the Senior Leadership Team, with an agreed intervention list for pupils who are underachieving.",
                 "Principal / SLT link members", "Termly",
                 "Intervention lists agreed for every department after each data collection point.", "G",
                 ["Principal", "SLT link members"], None, "Termly", "green"),
                ("2.3", "Evaluate the impact of mentoring and subject intervention on the outcomes of targeted pupils at GCSE and report the findings to the Board of Governors.",
                 "Vice-Principal (Pastoral and Data)", "June 2025",
                 "Targeted pupils achieve at or above their predicted grades in at least two subjects.", "Not started",
                 ["Vice-Principal (Pastoral and Data)"], "2025-06", None, "unrated"),
            ],
        ),
        (
            "Area for improvement 3: Ensure that the college's safeguarding and child protection arrangements reflect fully the guidance issued by the Department of Education.",
            [
                ("3.1", "Revise the Child Protection/Safeguarding Policy and the Code of Conduct for staff and present them to the Board of Governors for ratification.",
                 "Designated Teacher for Child Protection", "April 2024",
                 "Policies ratified by the Board of Governors and published on the college website.", "Complete",
                 ["Designated Teacher for Child Protection"], "2024-04", None, "blue"),
                ("3.2", "Deliver updated safeguarding training to all teaching and non-teaching staff, including volunteers and external sports coaches.",
                 "Designated Teacher / Deputy Designated Teacher", "September 2024",
                 "Training records show 100% attendance or catch-up completion.", "Complete",
                 ["Designated Teacher", "Deputy Designated Teacher"], "2024-09", None, "blue"),
                ("3.3", "Consult pupils through the School Council and a pupil survey on how safe they feel in college, and act on the findings.",
                 "Senior Teacher (Pastoral)", "Spring term 2025",
                 "Survey completed; findings and actions shared with pupils and parents.", "A",
                 ["Senior Teacher (Pastoral)"], "2025-04", "Spring term 2025", "amber"),
            ],
        ),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(title, level=0)
    d.add_paragraph("Board of Governors' response to the Education and Training Inspectorate (ETI) inspection report")

    info = [
        ("School", "Portadown College"),
        ("DE Reference Number", "541-0157"),
        ("Inspection dates", "16 – 19 October 2023"),
        ("Report published", "23 January 2024"),
        ("Action plan approved by Board of Governors", "12 March 2024"),
        ("Progress last reviewed", "19 November 2024"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True, size=10)
        set_cell(r[1], v, size=10)
        shade(r[0], "D9E2F3")

    d.add_paragraph()
    d.add_paragraph(
        "The ETI report identified three areas for improvement. The actions below have been agreed by the "
        "Board of Governors and the Senior Leadership Team and are reviewed at each meeting of the "
        "Board's Curriculum and Staffing Committee."
    )
    d.add_paragraph("Progress key: G – on track; A – some slippage, action being taken; R – not on track; "
                    "Complete – action fully implemented.")

    expected = []
    for heading, rows in afis:
        d.add_heading(heading, level=2)
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        hdr = ["No.", "Actions to be taken", "Person(s) responsible", "Timescale", "Success criteria", "Progress"]
        for i, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "1F3864")
        for (ref, act, lead, when, sc, prog, lead_l, end, end_text, status) in rows:
            c = tb.add_row().cells
            for i, v in enumerate([ref, act, lead, when, sc, prog]):
                set_cell(c[i], v)
            fill = {"Complete": "9DC3E6", "G": "92D050", "A": "FFC000"}.get(prog)
            if fill:
                shade(c[5], fill)
            expected.append(dict(ref=ref, under=[heading], action=act, lead=lead_l, end=end,
                                 end_text=end_text, status=status))
        d.add_paragraph()

    d.add_paragraph("Signed: ____________________  Chair of the Board of Governors")
    d.add_paragraph("Signed: ____________________  Principal")
    d.save(out(name))

    write_expected(name, dict(
        source="Imitates the action plan a Northern Ireland post-primary school's Board of Governors returns to the "
               "Department of Education after an ETI inspection that identified areas for improvement (ETI inspection "
               "outcome process described at https://www.etini.gov.uk/inspection-outcome-and-what-happens-next). "
               "Copied features: school information table at the top, one heading per area for improvement "
               "with its own table of actions (No., actions, person(s) responsible, timescale, success criteria, "
               "progress), progress key paragraph, school-term timescales, posts as leads, sign-off lines.",
        reads="Portadown College's post-inspection action plan: a school details table, a progress key, then three "
              "areas for improvement, each a heading followed by a table of three numbered actions with "
              "responsible posts, a timescale (months, terms or Termly) and a progress rating (G/A/Complete/Not started). "
              "Signature lines close the document.",
        outcome="read",
        accept_refusal=False,
        title=title,
    ), expected)


# ====================================================================== 2 HIW dental
def make_hiw():
    name = "rw-rhosmaen-street-dental-practice-llandeilo-hiw-inspection-improvement-plan.docx"
    title = "Rhosmaen Street Dental Practice – HIW Inspection Improvement Plan"
    sections = [
        ("Quality of the Patient Experience", [
            ("The registered manager must ensure that the practice's complaints procedure is displayed in the waiting area and includes the contact details of HIW and the health board.",
             "Regulation 21(3) Private Dentistry (Wales) Regulations 2017",
             [("The complaints procedure has been updated to include the contact details of HIW and Hywel Dda University Health Board. It is now displayed in the waiting room and on the practice website.",
               "Practice Manager", "20/12/2024", ["Practice Manager"], "2024-12", None)]),
            ("The practice must make information about NHS charges and private treatment fees available in Welsh as well as English.",
             "Health and Care Quality Standards 2023 – Equitable",
             [("Bilingual price lists have been requested from the health board's Welsh language team and will be displayed in reception once received.",
               "Practice Manager", "31/03/2025", ["Practice Manager"], "2025-03", None)]),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("The registered manager must ensure that all clinical staff have completed up to date training in the management of medical emergencies and cardiopulmonary resuscitation (CPR).",
             "Regulation 17(3)(a) Private Dentistry (Wales) Regulations 2017",
             [("CPR and medical emergency training has been booked for the whole team with an external provider on 14 January 2025.",
               "Sian Morgan (Practice Manager)", "January 2025", ["Sian Morgan (Practice Manager)"], "2025-01", None),
              ("A training matrix will be kept and checked at the monthly practice meeting so that renewal dates are not missed.",
               "Registered Manager", "Ongoing", ["Registered Manager"], None, "Ongoing")]),
            ("The registered manager must ensure that the decontamination room has a dedicated hand washing sink, in line with WHTM 01-05.",
             "Regulation 22(2)(a); WHTM 01-05",
             [("A contractor has been appointed to install a separate hand washing sink in the decontamination room.\nUntil the work is completed, staff use the sink in the adjacent staff room before and after decontamination.",
               "Dr Gareth Pryce (Registered Manager)", "28 February 2025", ["Dr Gareth Pryce (Registered Manager)"], "2025-02", None)]),
            ("The practice must ensure that the radiation protection file contains up to date local rules signed by all relevant staff.",
             "Ionising Radiations Regulations 2017; IR(ME)R 2017",
             [("The local rules have been reviewed with the Radiation Protection Adviser and re-signed by all dentists and dental nurses.",
               "Dr Gareth Pryce (Registered Manager)", "13/12/2024", ["Dr Gareth Pryce (Registered Manager)"], "2024-12", None)]),
        ]),
        ("Quality of Management and Leadership", [
            ("The registered manager must ensure that all staff receive an annual appraisal and that a record of it is kept.",
             "Regulation 17(4) Private Dentistry (Wales) Regulations 2017",
             [("An appraisal schedule has been drawn up for 2025 and every member of staff will have had an appraisal by the end of April.",
               "Practice Manager", "30/04/2025", ["Practice Manager"], "2025-04", None)]),
            ("The registered provider must ensure that the six-monthly visit reports required under regulation 23 are completed and made available to HIW on request.",
             "Regulation 23 Private Dentistry (Wales) Regulations 2017",
             [("The registered provider will visit the practice every six months and prepare a written report of each visit, the first in February 2025.",
               "Responsible Individual", "February 2025", ["Responsible Individual"], "2025-02", None)]),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(title, level=0)
    d.add_paragraph("General Dental Practice Inspection (Announced) – Hywel Dda University Health Board")
    d.add_paragraph("Date of inspection: 3 December 2024")

    d.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    d.add_paragraph("The table below summarises the concerns identified and resolved during our inspection.")
    ta = d.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(ta.rows[0].cells[i], h, bold=True)
        shade(ta.rows[0].cells[i], "D9D9D9")
    for i, v in enumerate(["Two out of date medicines were found in the emergency drugs kit.",
                           "Patients could be given medicines that are not effective in an emergency.",
                           "The issue was raised with the practice manager during the inspection.",
                           "The medicines were removed and replacements were ordered the same day."]):
        set_cell(ta.rows[1].cells[i], v)

    d.add_heading("Appendix B – Immediate improvement plan", level=1)
    d.add_paragraph("Service: Rhosmaen Street Dental Practice")
    d.add_paragraph("No immediate assurance issues were identified on this inspection.")

    d.add_heading("Appendix C – Improvement plan", level=1)
    d.add_paragraph("Service: Rhosmaen Street Dental Practice")
    d.add_paragraph("Date of inspection: 3 December 2024")
    d.add_paragraph("The table below includes the improvements identified during the inspection where we require the "
                    "service to complete an improvement plan telling us about the actions they are taking to address "
                    "these areas.")

    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    tc = d.add_table(rows=1, cols=5)
    tc.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(tc.rows[0].cells[i], h, bold=True)
        shade(tc.rows[0].cells[i], "D9D9D9")
    expected = []
    for sec, items in sections:
        band = tc.add_row()
        m = band.cells[0].merge(band.cells[4])
        set_cell(m, sec, bold=True)
        shade(m, "F2F2F2")
        for (imp, std, acts) in items:
            first = len(tc.rows)
            for (act, off, when, lead_l, end, end_text) in acts:
                c = tc.add_row().cells
                set_cell(c[2], act)
                set_cell(c[3], off)
                set_cell(c[4], when)
                expected.append(dict(ref=None, under=[sec, imp], action=act, lead=lead_l, end=end,
                                     end_text=end_text, status="unrated"))
            last = len(tc.rows) - 1
            if last > first:
                a = tc.cell(first, 0).merge(tc.cell(last, 0))
                b = tc.cell(first, 1).merge(tc.cell(last, 1))
            else:
                a = tc.cell(first, 0)
                b = tc.cell(first, 1)
            set_cell(a, imp)
            set_cell(b, std)

    d.add_paragraph()
    d.add_paragraph("The following section must be completed by a representative of the service who has overall "
                    "responsibility and accountability for ensuring the improvement plan is actioned.")
    d.add_paragraph("Service representative")
    ts = d.add_table(rows=3, cols=2)
    ts.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "10 January 2025")]):
        set_cell(ts.rows[i].cells[0], k, bold=True)
        set_cell(ts.rows[i].cells[1], v)
    d.save(out(name))

    write_expected(name, dict(
        source="Imitates the improvement plan appendix of a Healthcare Inspectorate Wales (HIW) announced general "
               "dental practice inspection report (Private Dentistry (Wales) Regulations 2017; HIW guidance "
               "https://www.hiw.org.uk/guidance-registered-providers-and-managers-dental), as completed by the "
               "practice in 2024/25. Copied features: Appendix A table of concerns resolved during the inspection "
               "(not the plan), Appendix B 'no immediate assurance issues', Appendix C table with Improvement needed / "
               "Standard / Regulation / Service action / Responsible officer / Timescale, merged section band rows "
               "for the three inspection themes, an improvement merged over two service actions, a two-paragraph "
               "service action, and the service representative sign-off table.",
        reads="A dental practice's HIW improvement plan: an Appendix A table of concerns already resolved, a note "
              "that there was no immediate improvement plan, then the Appendix C plan table, where under each of "
              "three theme bands each improvement needed is answered by one or two service actions with a "
              "responsible officer and a timescale. There is no progress or RAG column, and no refs.",
        outcome="read",
        accept_refusal=False,
        title=title,
    ), expected)


# ====================================================================== 3 SHSCT action log (csv)
def make_shsct():
    name = "rw-southern-hsct-trust-board-action-log.csv"
    title = "Trust Board (Public Session) – Action Log"
    header = ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action Required", "Lead Director",
              "Original Due Date", "Revised Due Date", "Status", "Update"]
    rows = [
        ("TB/2025/14", "29/05/2025", "TB14/25", "Corporate Risk Register",
         "Review the risk rating for Emergency Department overcrowding at Craigavon Area Hospital and report back to the Governance Committee.",
         "Director of Acute Services", "31/07/2025", "", "Complete",
         "Reviewed at Governance Committee on 10/07/2025; rating maintained at 20.",
         ["Director of Acute Services"], "2025-07", None, "blue"),
        ("TB/2025/18", "26/06/2025", "TB31/25", "Financial Performance Report",
         "Provide a breakdown of agency and locum expenditure by directorate, showing the movement since April 2025.",
         "Director of Finance, Procurement & Estates", "25/09/2025", "", "Complete",
         "Included in the Month 5 finance report.",
         ["Director of Finance, Procurement & Estates"], "2025-09", None, "blue"),
        ("TB/2025/22", "31/07/2025", "TB48/25", "Mental Health Services – Bluestone Unit",
         "Arrange a Board walkabout of the Bluestone Unit for Non-Executive Directors.",
         "Director of Mental Health and Disability Services", "November 2025", "", "Complete",
         "Walkabout took place on 12/11/2025.",
         ["Director of Mental Health and Disability Services"], "2025-11", None, "blue"),
        ("TB/2025/23", "31/07/2025", "TB52/25", "Urgent and Emergency Care Improvement Plan",
         "Provide an update on the Daisy Hill Hospital Emergency Department model, including:\n- medical workforce sustainability\n- ambulance handover times",
         "Director of Acute Services", "25/09/2025", "29/01/2026", "Amber",
         "Deferred to the January 2026 meeting pending the regional decision.\nDraft paper with Chief Executive.",
         ["Director of Acute Services"], "2026-01", None, "amber"),
        ("TB/2025/27", "25/09/2025", "TB67/25", "Performance Report",
         "Include a trend chart for cancer 62-day performance in future performance reports.",
         "Director of Performance and Reform", "27/11/2025", "", "Complete",
         "Added from the November 2025 report.",
         ["Director of Performance and Reform"], "2025-11", None, "blue"),
        ("TB/2025/29", "25/09/2025", "TB70/25", "Workforce – Nursing and Midwifery",
         "Bring a paper on international recruitment outcomes and the retention of internationally educated nurses.",
         "Executive Director of Nursing / Director of HR and OD", "Jan-26", "", "On track",
         "Scheduled for the January 2026 Board.",
         ["Executive Director of Nursing", "Director of HR and OD"], "2026-01", None, "green"),
        ("TB/2025/31", "25/09/2025", "TB72/25", "Adult Safeguarding Annual Report",
         "Circulate the Adult Safeguarding Annual Report 2024/25 to Board members once validated by the Public Health Agency.",
         "Executive Director of Social Work", "October 2025", "December 2025", "Red",
         "Regional validation delayed; now expected December 2025.",
         ["Executive Director of Social Work"], "2025-12", None, "red"),
        ("TB/2025/34", "27/11/2025", "TB88/25", "Corporate Plan 2025-2028",
         "Develop measurable outcomes for each Corporate Plan objective and present them at a Board workshop.",
         "Chief Executive", "Q4 2025/26", "", "Not started", "",
         ["Chief Executive"], "2026-03", "Q4 2025/26", "unrated"),
        ("TB/2025/35", "27/11/2025", "TB91/25", "Medical Revalidation Annual Report",
         "Provide assurance that every doctor with an overdue appraisal has a completion plan agreed with the Responsible Officer.",
         "Medical Director", "29/01/2026", "", "On track", "",
         ["Medical Director"], "2026-01", None, "green"),
    ]
    n = len(header)
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Southern Health and Social Care Trust"] + [""] * (n - 1))
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Updated following the meeting of 27 November 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(header)
        expected = []
        for r in rows:
            w.writerow(list(r[:10]))
            expected.append(dict(ref=r[0], under=[r[3]], action=r[4], lead=r[10], end=r[11],
                                 end_text=r[12], status=r[13]))
        w.writerow([""] * n)
        w.writerow(["Status key: Complete – action closed by Trust Board; On track – will be met by the due date; "
                    "Amber – at risk of slippage; Red – overdue, revised date agreed; Not started"] + [""] * (n - 1))
        w.writerow(["Summary: 9 actions – 4 Complete, 2 On track, 1 Amber, 1 Red, 1 Not started"] + [""] * (n - 1))

    write_expected(name, dict(
        source="Imitates the public Trust Board action log of a Northern Ireland health and social care trust "
               "(Southern HSC Trust, 2025), as exported from Excel to CSV for the Board papers. Copied features: "
               "trust name, log title and 'updated following' lines above the header, action numbers with minute "
               "references and meeting dates, agenda item column, directors' posts as leads (one with a comma in the "
               "title, one cell with two posts), original and revised due dates, status words, update comments with "
               "in-cell line breaks, a status key line and a summary line at the end.",
        reads="A Trust Board action log: nine actions, one row each, carrying the action number, meeting, minute "
              "reference, the agenda item it arose under, the action, the lead director(s), original and revised "
              "due dates, a status (Complete / On track / Amber / Red / Not started) and an update. The key and "
              "summary lines at the bottom are not actions.",
        outcome="read",
        accept_refusal=False,
        title=title,
    ), expected)


# ====================================================================== xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
}


def header_row(ws, row, names):
    for i, h in enumerate(names, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def D(y, m, d):
    return dt.datetime(y, m, d)


# ====================================================================== 4 SPS (Audit Scotland)
def make_sps():
    name = "rw-scottish-prison-service-annual-audit-report-2024-25-action-plan.xlsx"
    title = "Scottish Prison Service – Annual Audit Report 2024/25: Action Plan and Follow-up of Prior Year Recommendations"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:F1")
    cov["A2"] = "Audit and Risk Committee – 4 February 2026"
    cov["A3"] = "External auditor: Audit Scotland. Prepared by: Head of Corporate Governance. Version 2.0 – 20 January 2026"
    cov["A5"] = "Status key"
    cov["A5"].font = Font(bold=True)
    key = [("Complete", "blue", "Action fully implemented and evidence provided"),
           ("On track", "green", "Action progressing and expected to be met by the target date"),
           ("Some slippage", "amber", "Action progressing but target date at risk or revised"),
           ("Significantly delayed", "red", "Action not progressing / revised date missed")]
    for i, (k, col, desc) in enumerate(key, start=6):
        cov.cell(row=i, column=1, value=k).fill = FILL[col]
        cov.cell(row=i, column=2, value=desc)
    cov["A11"] = "On the 2024/25 Action Plan sheet the RAG status is shown by the colour of the RAG cell; a blank cell means the action is not yet due for review."
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("2024-25 Action Plan")
    ws["A1"] = "2024/25 Annual Audit Report – Action Plan (Audit Scotland, September 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["No.", "Audit dimension", "Issue/risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "Progress update – January 2026", "RAG"]
    header_row(ws, 3, hdr)
    recs = [
        ("1", "Financial management",
         "Payroll exception reports\nException reports produced by the payroll system were not consistently reviewed and signed off before payroll was processed. There is a risk that errors or unauthorised changes are not identified.",
         "Management should ensure that all payroll exception reports are reviewed, and the review evidenced, before each pay run.",
         [("A checklist will be introduced requiring sign-off of all exception reports by the Payroll Manager before the BACS file is released.",
           "Head of HR Operations", D(2025, 10, 31), None, "Checklist in use from the October 2025 pay run.", "blue",
           ["Head of HR Operations"], "2025-10", None)]),
        ("2", "Financial sustainability",
         "Medium-term financial plan\nSPS does not have an up to date medium-term financial plan reflecting the rising prison population and the cost of the estate programme.",
         "SPS should update its medium-term financial plan and set out how it will close the projected funding gap.",
         [("An updated five-year financial plan will be presented to the SPS Advisory Board, including savings options and scenarios for prisoner numbers.",
           "Director of Finance", D(2025, 12, 31), D(2026, 3, 31),
           "Scenario modelling complete; draft plan delayed by the Scottish Budget timetable.", "amber",
           ["Director of Finance"], "2026-03", None)]),
        ("3", "Governance and transparency",
         "Estate programme governance\nThe HMP Highland and HMP Glasgow projects have seen significant cost increases and delays, and reports to the Advisory Board did not always set out revised forecasts clearly.",
         "SPS should strengthen its reporting of major capital projects to the Advisory Board and the Audit and Risk Committee, including clear cost and timetable forecasts.",
         [("Introduce a standard capital project dashboard showing the approved budget, forecast outturn and key milestones for each major project.",
           "Director of Strategy and Stakeholder Engagement / Head of Estates", D(2025, 11, 30), None,
           "Dashboard used for the December 2025 Advisory Board.", "green",
           ["Director of Strategy and Stakeholder Engagement", "Head of Estates"], "2025-11", None),
          ("Commission an independent gateway review of the HMP Glasgow project.",
           "Chief Executive", "March 2026", None, "Terms of reference agreed with the Scottish Government.", "green",
           ["Chief Executive"], "2026-03", None)]),
        ("4", "Use of resources to improve outcomes",
         "Performance reporting\nThe annual report does not include measures showing progress against the outcomes in the corporate plan.",
         "SPS should develop outcome-focused performance measures for its new corporate plan.",
         [("Develop a performance framework aligned to the Corporate Plan 2025-28 and report progress to the Advisory Board twice a year.",
           "Head of Performance and Planning", D(2026, 6, 30), None, "Work started; first draft due April 2026.", None,
           ["Head of Performance and Planning"], "2026-06", None)]),
    ]
    expected = []
    row = 4
    for (no, dim, issue, rec, acts) in recs:
        first = row
        for (act, off, orig, rev, prog, rag, lead_l, end, end_text) in acts:
            put(ws, row, 5, act)
            put(ws, row, 6, off)
            put(ws, row, 7, orig, "dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
            put(ws, row, 8, rev, "dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, row, 9, prog)
            c = put(ws, row, 10, None)
            if rag:
                c.fill = FILL[rag]
            expected.append(dict(ref=no, under=[dim, rec], action=act, lead=lead_l, end=end,
                                 end_text=end_text, status=rag or "unrated"))
            row += 1
        for col, v in ((1, no), (2, dim), (3, issue), (4, rec)):
            put(ws, first, col, v)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    ws.cell(row=row + 1, column=1, value="Note: RAG status is shown by cell colour – see the key on the Cover sheet.")
    for col, wdt in zip("ABCDEFGHIJ", (6, 18, 40, 36, 42, 26, 14, 14, 34, 8)):
        ws.column_dimensions[col].width = wdt

    pf = wb.create_sheet("Prior year follow-up")
    pf["A1"] = "Follow-up of 2023/24 recommendations brought forward"
    pf["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Audit dimension", "Recommendation", "Management response / action", "Responsible officer",
            "Target date", "Revised date", "Status", "Comments"]
    header_row(pf, 3, hdr2)
    prior = [
        ("b/f 1", "Financial management",
         "The fixed asset register should be reconciled to the general ledger each quarter.",
         "A quarterly reconciliation between the asset register and the ledger will be carried out and reviewed by the Financial Controller.",
         "Financial Controller", D(2025, 3, 31), None, "Complete", "Reconciliations completed for all quarters of 2024/25.",
         ["Financial Controller"], "2025-03", None, "blue"),
        ("b/f 2", "Governance and transparency",
         "The register of interests for senior staff should be updated annually and published.",
         "Run an annual declaration exercise for Senior Civil Service and Band I staff and publish the register on the SPS website.",
         "Head of Corporate Governance", D(2025, 6, 30), D(2026, 1, 31), "Some slippage",
         "Declarations received from 90% of staff; publication by the end of January 2026.",
         ["Head of Corporate Governance"], "2026-01", None, "amber"),
        ("b/f 3", "Financial sustainability",
         "SPS should complete its workforce plan to address staff turnover and recruitment difficulties.",
         "Complete the Strategic Workforce Plan 2024-27 and agree retention actions with the Trade Union Side.",
         "Director of People", D(2024, 9, 30), D(2025, 12, 31), "Significantly delayed",
         "Plan drafted; consultation with the Trade Union Side continuing.",
         ["Director of People"], "2025-12", None, "red"),
    ]
    r = 4
    for p in prior:
        for col, v in enumerate(p[:9], start=1):
            put(pf, r, col, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
        pf.cell(row=r, column=8).fill = FILL[p[12]]
        expected.append(dict(ref=p[0], under=[p[1], p[2]], action=p[3], lead=p[9], end=p[10],
                             end_text=p[11], status=p[12]))
        r += 1
    for col, wdt in zip("ABCDEFGHI", (8, 22, 40, 44, 26, 12, 12, 18, 40)):
        pf.column_dimensions[col].width = wdt

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Status", "2024/25 actions", "Prior year actions", "Total"])
    for i, (k, a, b) in enumerate([("Complete", 1, 1), ("On track", 2, 0), ("Some slippage", 1, 1),
                                   ("Significantly delayed", 0, 1), ("Not yet due", 1, 0)], start=4):
        put(sm, i, 1, k)
        put(sm, i, 2, a)
        put(sm, i, 3, b)
        put(sm, i, 4, a + b)
    put(sm, 9, 1, "Total").font = Font(bold=True)
    put(sm, 9, 2, 5)
    put(sm, 9, 3, 3)
    put(sm, 9, 4, 8)
    wb.save(out(name))

    write_expected(name, dict(
        source="Imitates how a Scottish central government body tracks the action plan (Appendix 1) of its Audit "
               "Scotland Annual Audit Report and the follow-up of prior year ('b/f') recommendations for its Audit "
               "and Risk Committee (Scottish Prison Service, 2024/25 audit, reported February 2026). Copied features: "
               "cover sheet with title, committee date, version and a status key; action plan sheet in the Audit "
               "Scotland 'Issue/risk – Recommendation – Agreed management action' shape with audit dimension, "
               "merged cells where one recommendation has two actions, original and revised target dates, RAG shown "
               "only by cell fill colour; a prior-year follow-up sheet with status words and b/f refs; a summary "
               "counts sheet.",
        reads="The SPS audit action plan tracker: on the 2024/25 sheet, four numbered recommendations (each with "
              "its audit dimension, issue and recommendation) carrying five agreed management actions with "
              "responsible officers, original/revised dates and a colour-only RAG cell (one blank, not yet due); "
              "then three brought-forward 2023/24 recommendations with status words as the cover key defines them. "
              "The cover key and the summary sheet are not actions.",
        outcome="read",
        accept_refusal=False,
        title=title,
    ), expected)


# ====================================================================== 5 NIHE risk register
def make_nihe():
    name = "rw-nihe-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26 – Further Actions Required"
    wb = Workbook()
    s = wb.active
    s.title = "Risk Summary"
    s["A1"] = "Northern Ireland Housing Executive"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Corporate Risk Register 2025/26 – Quarter 2 (position at 30 September 2025)"
    s["A2"].font = Font(bold=True)
    header_row(s, 4, ["Risk Ref", "Risk Title", "Risk Owner", "Inherent Risk (L x I)", "Residual Risk (L x I)",
                      "Target Risk", "Direction of Travel"])
    risks = [
        ("CR1", "Funding and financial sustainability of the landlord and regional services", "Chief Executive",
         "5 x 5 = 25", "4 x 5 = 20", "3 x 4 = 12", "↔"),
        ("CR2", "Health and safety compliance in Housing Executive homes (fire, gas, water, asbestos)",
         "Director of Asset Management", "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "↓"),
        ("CR3", "Cyber security and resilience of ICT systems", "Director of Corporate Services",
         "4 x 5 = 20", "3 x 4 = 12", "2 x 4 = 8", "↔"),
        ("CR4", "Homelessness demand and supply of temporary accommodation", "Director of Regional Services",
         "5 x 4 = 20", "5 x 4 = 20", "3 x 4 = 12", "↑"),
    ]
    for i, rk in enumerate(risks, start=5):
        for j, v in enumerate(rk, start=1):
            put(s, i, j, v)
    s["A10"] = "Scores: Likelihood (L) x Impact (I), each 1-5. 15-25 High (red); 8-12 Medium (amber); 1-6 Low (green)."
    for col, wdt in zip("ABCDEFG", (9, 60, 30, 16, 16, 14, 12)):
        s.column_dimensions[col].width = wdt

    a = wb.create_sheet("Risk Action Plans")
    a["A1"] = title
    a["A1"].font = Font(bold=True, size=13)
    a["A2"] = "Action status key: G – on target; A – minor slippage; R – significantly behind target; C – complete"
    header_row(a, 4, ["Action Ref", "Further Action Required", "Action Owner", "Target Date", "Progress at Q2",
                      "Status"])
    plan = [
        ("CR1 – Funding and financial sustainability of the landlord and regional services", [
            ("CR1.1", "Submit the revised Landlord Business Plan to the Department for Communities, including 30-year stock investment requirements.",
             "Director of Finance", D(2025, 6, 30), "dd/mm/yyyy", "Submitted June 2025; DfC response awaited.", "C",
             ["Director of Finance"], "2025-06", None, "blue"),
            ("CR1.2", "Deliver the 2025/26 efficiency savings plan of £12m, with monthly monitoring by the Executive Team.",
             "Chief Executive / Director of Finance", D(2026, 3, 31), "dd/mm/yyyy", "£5.1m delivered to date.", "G",
             ["Chief Executive", "Director of Finance"], "2026-03", None, "green"),
        ]),
        ("CR2 – Health and safety compliance in Housing Executive homes (fire, gas, water, asbestos)", [
            ("CR2.1", "Complete the outstanding fire risk assessments for medium-rise blocks and close all high-priority actions.",
             "Director of Asset Management", D(2025, 12, 1), "mmm-yy", "86% of assessments complete.", "A",
             ["Director of Asset Management"], "2025-12", None, "amber"),
            ("CR2.2", "Procure a new gas servicing and maintenance contract for the South Region to replace the contract ending in March 2026.",
             "Head of Procurement", "Q3 2025/26", None, "Tender evaluation under way.", "G",
             ["Head of Procurement"], "2025-12", "Q3 2025/26", "green"),
            ("CR2.3", "Implement the damp and mould response procedure in all regions, including:\n• inspection within 10 working days of a report\n• quarterly reporting to the Board",
             "Director of Housing Services", D(2025, 9, 30), "dd/mm/yyyy", "Procedure live in all regions from August 2025.", "C",
             ["Director of Housing Services"], "2025-09", None, "blue"),
        ]),
        ("CR3 – Cyber security and resilience of ICT systems", [
            ("CR3.1", "Achieve Cyber Essentials Plus accreditation.",
             "Head of ICT", D(2026, 1, 31), "dd/mm/yyyy", "Assessment booked for January 2026.", "G",
             ["Head of ICT"], "2026-01", None, "green"),
            ("CR3.2", "Deliver mandatory cyber awareness training to all staff and report completion rates to the Audit and Risk Assurance Committee.",
             "Head of ICT / Head of Human Resources", "Ongoing", None, "91% completion at 30 September 2025.", "G",
             ["Head of ICT", "Head of Human Resources"], None, "Ongoing", "green"),
        ]),
        ("CR4 – Homelessness demand and supply of temporary accommodation", [
            ("CR4.1", "Increase the supply of temporary accommodation by 200 units through the leasing scheme with housing associations.",
             "Director of Regional Services", D(2026, 3, 1), "mmm-yy", "68 units secured to date.", "R",
             ["Director of Regional Services"], "2026-03", None, "red"),
            ("CR4.2", "Publish the mid-term review of the Homelessness Strategy 2022-27 and a revised action plan.",
             "Head of Homelessness", D(2025, 11, 1), "mmm-yy", "Draft to Board in November 2025.", "A",
             ["Head of Homelessness"], "2025-11", None, "amber"),
        ]),
    ]
    status_fill = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    expected = []
    r = 5
    for band, acts in plan:
        a.cell(row=r, column=1, value=band).font = Font(bold=True)
        a.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        a.cell(row=r, column=1).fill = FILL["grey"]
        r += 1
        for (ref, act, own, when, fmt, prog, st, lead_l, end, end_text, status) in acts:
            put(a, r, 1, ref)
            put(a, r, 2, act)
            put(a, r, 3, own)
            put(a, r, 4, when, fmt)
            put(a, r, 5, prog)
            c = put(a, r, 6, st)
            c.fill = FILL[status_fill[st]]
            c.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(dict(ref=ref, under=[band], action=act, lead=lead_l, end=end, end_text=end_text,
                                 status=status))
            r += 1
    a.cell(row=r + 1, column=1, value="Risk scores and risk owners are shown on the Risk Summary sheet.")
    for col, wdt in zip("ABCDEF", (10, 62, 30, 12, 36, 8)):
        a.column_dimensions[col].width = wdt
    wb.save(out(name))

    write_expected(name, dict(
        source="Imitates the quarterly corporate risk register a Northern Ireland public body reports to its Audit "
               "and Risk Assurance Committee (Northern Ireland Housing Executive, 2025/26 Q2). Copied features: "
               "a risk summary sheet with inherent/residual/target scores and direction-of-travel arrows, a second "
               "sheet of further actions grouped under merged grey risk band rows, action refs CR1.1 etc., posts as "
               "action owners (two in some cells), target dates as dates, 'mmm-yy' months, a quarter and 'Ongoing', "
               "status letters G/A/R/C with their own key (C – complete) and matching fill colours, notes lines.",
        reads="NIHE's corporate risk register for Q2 2025/26: the first sheet lists four corporate risks and their "
              "scores (no actions); the second sheet lists nine further actions, each under its risk's band row, "
              "with an owner, a target date, a progress note and a status letter read by the sheet's key "
              "(C = complete).",
        outcome="read",
        accept_refusal=False,
        title=title,
    ), expected)


# ====================================================================== 6 Qualifications Wales (refuse)
def make_qw():
    name = "rw-qualifications-wales-audit-wales-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Audit and Risk Assurance Committee – Audit Wales Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "AW Recommendations"
    ws["A1"] = "Qualifications Wales"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Position as at 1 December 2025"
    ws["A5"] = "Status: Complete | In progress – on target | In progress – behind target | Not yet due"
    hdr = ["Report", "Rec.", "Recommendation", "Management response", "Action owner", "Target date",
           "Progress update", "Status"]
    header_row(ws, 7, hdr)
    groups = [
        ("Audit of Accounts Report 2024-25 (September 2025)", [
            ("R1", "Strengthen the year-end review of accruals so that amounts are supported by evidence.",
             "The finance team will introduce a second-person review of all accruals over £10,000 at year-end.",
             "Head of Finance", D(2026, 3, 1), "mmm-yy", "Procedure drafted.", "Not yet due"),
            ("R2", "Update the fixed asset register to remove fully depreciated IT equipment that has been disposed of.",
             "Asset register to be cleansed and reconciled to the disposal log.",
             "Head of Finance", D(2026, 1, 1), "mmm-yy", "Disposal log reconciled; register update in progress.",
             "In progress – on target"),
        ]),
        ("Review of Governance Arrangements (June 2025)", [
            ("R1", "Review the Board's scheme of delegation and standing orders to reflect the current committee structure.",
             "Revised scheme of delegation and standing orders to be presented to the Board for approval.",
             "Chief Executive / Board Secretary", D(2026, 3, 31), "dd/mm/yyyy", "First draft considered by the Board in October 2025.",
             "In progress – on target"),
            ("R2", "Publish Board papers and minutes on the website within the timescales set out in the Board's standing orders.",
             "A publication schedule will be agreed and monitored by the Governance team.",
             "Board Secretary", "Febuary 2026", None, "Schedule agreed; backlog of 2024 minutes being cleared.",
             "In progress – behind target"),
            ("R3", "Carry out an annual Board effectiveness self-assessment and report the results to the Board.",
             "Self-assessment questionnaire to be issued to members after the March Board.",
             "Board Secretary", D(2025, 7, 31), "dd/mm/yyyy", "Completed; results reported to the Board in July 2025.",
             "Complete"),
        ]),
        ("Digital Transformation Follow-up Review (April 2024)", [
            ("R1", "Set out the benefits expected from the new qualifications platform and how they will be measured.",
             "A benefits realisation plan will be produced and monitored by the Digital Programme Board.",
             "Director of Strategy and Policy", D(2025, 9, 30), "dd/mm/yyyy", "Benefits plan approved September 2025.",
             "Complete"),
            ("R2", "Ensure that digital programme risks are reflected in the corporate risk register.",
             "Programme risks to be reviewed quarterly by the Risk Manager and escalated where appropriate.",
             "Risk Manager", D(2025, 12, 1), "mmm-yy", "Quarterly review in place.", "In progress – on target"),
        ]),
    ]
    r = 8
    typo_row = None
    for report, recs in groups:
        first = r
        for (rec, text, resp, own, when, fmt, prog, st) in recs:
            put(ws, r, 2, rec)
            put(ws, r, 3, text)
            put(ws, r, 4, resp)
            put(ws, r, 5, own)
            put(ws, r, 6, when, fmt)
            put(ws, r, 7, prog)
            put(ws, r, 8, st)
            if when == "Febuary 2026":
                typo_row = r
            r += 1
        put(ws, first, 1, report)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Completed recommendations are removed after they have been reported to the Committee as complete once.")
    for col, wdt in zip("ABCDEFGH", (28, 6, 46, 46, 26, 12, 40, 22)):
        ws.column_dimensions[col].width = wdt
    wb.save(out(name))
    assert typo_row == 11, typo_row

    write_expected(name, dict(
        source="Imitates the Audit Wales recommendations tracker a Welsh Government sponsored body takes to its "
               "Audit and Risk Assurance Committee (Qualifications Wales, December 2025). Copied features: body and "
               "committee title lines, 'position as at' line, status vocabulary line, report name merged down the "
               "first column over its recommendations, R1/R2 refs restarting per report, management response as the "
               "action, posts as owners, target dates as dates and 'mmm-yy' months, status words, a closing note.",
        reads="A tracker of seven Audit Wales recommendations from three reports, each with a management response, "
              "owner, target date, progress update and status. On sheet row 11 (Review of Governance Arrangements, "
              "R2) the target date reads 'Febuary 2026', a mistyped month: a careful reader would stop and ask "
              "rather than guess the date.",
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title=title,
    ))


# ====================================================================== 7 Thurso (txt)
def make_thurso():
    name = "rw-thurso-high-school-education-scotland-inspection-action-plan.txt"
    title = "Thurso High School – Post-Inspection Action Plan"
    areas = [
        ("QI 2.3 Learning, teaching and assessment",
         "Area for improvement 1 – Continue to improve the consistency of learning and teaching so that all young people are appropriately challenged and supported in lessons.",
         [("1.1", "Agree a Thurso High School learning and teaching standard with staff, pupils and parents and publish it in every classroom.",
           "DHT (Learning and Teaching)", "October 2024", "B", ["DHT (Learning and Teaching)"], "2024-10", None, "blue"),
          ("1.2", "Carry out learning walks in each faculty with a focus on differentiation and feedback, and share the findings at faculty meetings.",
           "Faculty Heads", "December 2024", "G", ["Faculty Heads"], "2024-12", None, "green"),
          ("1.3", "Introduce professional learning triads for all teaching staff on questioning and formative assessment.",
           "DHT (Learning and Teaching) / PT Curriculum (Literacy)", "March 2025", "A",
           ["DHT (Learning and Teaching)", "PT Curriculum (Literacy)"], "2025-03", None, "amber")]),
        ("QI 3.2 Raising attainment and achievement",
         "Area for improvement 2 – Raise attainment in the senior phase, particularly for young people living in SIMD quintiles 1 and 2.",
         [("2.1", "Review the S4-S6 curriculum offer with Highland Council and North Highland College UHI to widen the range of courses and pathways.",
           "DHT (Senior Phase)", "August 2024", "B", ["DHT (Senior Phase)"], "2024-08", None, "blue"),
          ("2.2", "Track and monitor the progress of all senior phase young people every six weeks, with mentoring for those at risk of not achieving.",
           "PT Pupil Support / Pupil Equity Fund Coordinator", "Ongoing", "G",
           ["PT Pupil Support", "Pupil Equity Fund Coordinator"], None, "Ongoing", "green"),
          ("2.3", "Analyse the 2025 SQA results by SIMD quintile and report the gap to the Parent Council and Highland Council.",
           "Head Teacher", "June 2025", "", ["Head Teacher"], "2025-06", None, "unrated")]),
        ("QI 1.3 Leadership of change",
         "Area for improvement 3 – Involve young people, parents and partners more fully in evaluating the work of the school and planning for improvement.",
         [("3.1", "Set up a pupil improvement group with representatives from S1 to S6 to take part in self-evaluation activities.",
           "DHT (Pupil Support)", "November 2024", "G", ["DHT (Pupil Support)"], "2024-11", None, "green"),
          ("3.2", "Hold a joint school and Parent Council consultation event on the school improvement plan 2025/26.",
           "Head Teacher / Parent Council Chair", "May 2025", "R", ["Head Teacher", "Parent Council Chair"], "2025-05", None, "red")]),
    ]
    lines = [
        title,
        "Education Scotland full inspection: March 2024 (report published 11 June 2024)",
        "Head Teacher: Mr D. Sutherland\tPlan agreed with Highland Council Quality Improvement Team: 10 September 2024",
        "Progress review: 27 January 2025",
        "RAG key: B = complete, G = on track, A = some slippage, R = not on track (blank = not yet due)",
        "",
    ]
    expected = []
    for qi, afi, acts in areas:
        lines.append(qi)
        lines.append(afi)
        lines.append("Ref\tAction\tLead\tTimescale\tRAG")
        for (ref, act, lead, when, rag, lead_l, end, end_text, status) in acts:
            lines.append("\t".join([ref, act, lead, when, rag]))
            expected.append(dict(ref=ref, under=[qi, afi], action=act, lead=lead_l, end=end,
                                 end_text=end_text, status=status))
        lines.append("")
    lines.append("Next review: Senior Leadership Team, April 2025. The plan is shared with the Parent Council and published on the school website.")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, dict(
        source="Imitates a Scottish secondary school's post-inspection action plan after an Education Scotland "
               "full inspection (Thurso High School, Highland, 2024/25), saved from Word as tab-separated plain "
               "text. Copied features: school name and plan title, inspection and agreement lines, a RAG key "
               "line with B = complete, each area for improvement placed under the quality indicator (QI) it "
               "relates to, a small tab-separated table per area (Ref, Action, Lead, Timescale, RAG), "
               "abbreviated posts as leads (DHT, PT), a blank RAG for an action not yet due, a closing notes line.",
        reads="Thurso High School's post-inspection action plan: three areas for improvement, each under its QI "
              "heading, with two or three numbered actions giving a lead post (or two), a month or 'Ongoing' as "
              "timescale and a RAG letter per the key (B = complete). Header lines and the closing note are "
              "not actions.",
        outcome="read",
        accept_refusal=False,
        title=title,
    ), expected)


if __name__ == "__main__":
    make_eti()
    make_hiw()
    make_shsct()
    make_sps()
    make_nihe()
    make_qw()
    make_thurso()
    print("done")
