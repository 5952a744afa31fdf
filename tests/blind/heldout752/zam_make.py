#!/usr/bin/env python3
"""Generator for the zam- blind cases (set heldout752).

Builds the seven data files (docx, xlsx, csv, txt) and writes, from the same
strings, each NAME.expected.yaml: the reading a person makes of the file.
Run with /work/main/.venv/bin/python zam_make.py
"""
import csv
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
NAVY = "1F3864"
GREY = "D9D9D9"


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, source, reads, outcome, title, actions=None, refuse_at=None,
               accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if i < len(lines) - 1:
            run.add_break()


def merged_row(table, text, fill=None, bold=True, white=False):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=bold, white=white)
    if fill:
        shade(c, fill)
    return row


# ============================================================ 1. HMP Liverpool
def hmp_liverpool():
    name = "zam-hmp-liverpool-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Liverpool"
    PC = "Priority concerns"
    KC = "Key concerns"
    concerns = [
        (PC, "Priority concern 1: Too many prisoners spent most of the day locked in their cells. "
             "Leaders had not made sure there were enough activity places, and many of the places "
             "that did exist were not filled.", "Response: Agreed", [
            ("1.1", "Revise the core day so that prisoners who are not allocated to work or education "
                    "are unlocked for a minimum of three and a half hours each weekday.",
             "Head of Residence", ["Head of Residence"], "31/03/2026", "2026-03", None,
             "Regime monitoring data shows time unlocked for unemployed prisoners"),
            ("1.2", "Complete an activities needs analysis and re-profile the education, skills and "
                    "work offer to provide a part-time place for at least 85% of the population.",
             "Head of Education, Skills and Work", ["Head of Education, Skills and Work"],
             "September 2026", "2026-09", None, "Allocation and attendance reports"),
            ("1.3", "Introduce a daily allocations meeting to fill vacant activity places within five "
                    "working days.",
             "Activities Hub Manager", ["Activities Hub Manager"], "January 2026", "2026-01", None,
             "Vacancy rate below 10%"),
        ]),
        (PC, "Priority concern 2: Illicit drugs were too easily available. In our survey, 45% of "
             "prisoners said it was easy to get drugs, and the positive rate in random mandatory "
             "drug testing was 29%.", "Response: Agreed", [
            ("2.1", "Install enhanced gate security, including an X-ray body scanner in reception and "
                    "a baggage scanner at the staff entrance.",
             "Head of Security", ["Head of Security"], "30/04/2026", "2026-04", None,
             "Equipment installed and in daily use; finds recorded"),
            ("2.2", "Deliver a joint drug strategy, agreed with the substance misuse provider, that "
                    "combines supply reduction with treatment and recovery support on every wing.",
             "Head of Security; Head of Healthcare", ["Head of Security", "Head of Healthcare"],
             "Ongoing – reviewed monthly at the drug strategy meeting", None,
             "Ongoing – reviewed monthly at the drug strategy meeting",
             "Reduction in random MDT positive rate"),
        ]),
        (PC, "Priority concern 3: Living conditions were poor. Many cells were dirty, had broken "
             "furniture and damaged observation panels, and some showers had been out of use for "
             "months.", "Response: Agreed", [
            ("3.1", "Introduce a weekly decency check on every residential unit, with findings and "
                    "remedial work reviewed at the monthly decency meeting chaired by the Deputy "
                    "Governor.",
             "Head of Residence", ["Head of Residence"], "January 2026", "2026-01", None,
             "Decency check records; meeting minutes"),
            ("3.2", "Agree and fund a prioritised programme of cell and shower refurbishment with the "
                    "facilities management provider, starting with C and F wings.",
             "Head of Estates / FM Site Manager", ["Head of Estates", "FM Site Manager"],
             "31 October 2026", "2026-10", None, "Refurbishment programme completed on schedule"),
        ]),
        (KC, "Key concern 4: Prisoners had too little contact with their key worker, and few sessions "
             "focused on risk, sentence progression or release planning.", "Response: Agreed", [
            ("4.1", "Relaunch the key worker scheme with protected time for officers on each unit and "
                    "monthly quality assurance of sessions by custodial managers.",
             "Head of Residence", ["Head of Residence"], "May 2026", "2026-05", None,
             "Key work delivery above 70% of target"),
        ]),
        (KC, "Key concern 5: Complaints were not handled well. Many responses were late and did not "
             "address the issues prisoners had raised.", "Response: Agreed", [
            ("5.1", "Move complaints administration to the business hub and introduce a weekly tracker "
                    "of overdue responses, reviewed by the Deputy Governor.",
             "Business Hub Manager", ["Business Hub Manager"], "28/02/2026", "2026-02", None,
             "95% of complaints answered on time"),
            ("5.2", "Quality assure a sample of ten complaint responses each month and share learning "
                    "with managers at the senior leadership team meeting.",
             "Deputy Governor", ["Deputy Governor"], "Monthly", None, "Monthly",
             "QA records; SLT minutes"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("A response to the HM Inspectorate of Prisons inspection report")
    doc.add_paragraph("Inspection dates: 7–17 July 2025")
    doc.add_paragraph("Report published: 25 November 2025")
    doc.add_paragraph("Action plan submitted: 16 December 2025")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions "
        "for and treatment of prisoners. In response to the inspection report, HMPPS and the Ministry "
        "of Justice are required to produce an action plan setting out how each concern will be "
        "addressed. This action plan confirms whether each concern is agreed, partly agreed or not "
        "agreed, and sets out the actions, owners and target dates.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Response", bold=True)
    cell_text(t.rows[0].cells[1], "Definition", bold=True)
    for a, b in [("Agreed", "All of the concern is accepted and the actions below will address it."),
                 ("Partly agreed", "Only part of the concern is accepted; the response explains which "
                                   "part will be addressed and why."),
                 ("Not agreed", "The concern is not accepted; the response gives the reasons.")]:
        r = t.add_row()
        cell_text(r.cells[0], a)
        cell_text(r.cells[1], b)

    actions = []
    current_section = None
    for section, concern, response, acts in concerns:
        if section != current_section:
            doc.add_heading(section, level=1)
            current_section = section
        t = doc.add_table(rows=0, cols=5)
        t.style = "Table Grid"
        merged_row(t, concern, fill="D9E2F3")
        merged_row(t, response, bold=False)
        hdr = t.add_row()
        for i, hname in enumerate(["No.", "Action", "Responsible", "Target date",
                                   "Measure of success"]):
            cell_text(hdr.cells[i], hname, bold=True)
            shade(hdr.cells[i], GREY)
        for ref, text, lead_cell, lead, date_cell, end, end_text, measure in acts:
            r = t.add_row()
            for i, v in enumerate([ref, text, lead_cell, date_cell, measure]):
                cell_text(r.cells[i], v)
            actions.append(A(ref, [section, concern], text, lead, end, "unrated", end_text))
        doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this action plan will be monitored through the Prison Group Director’s "
        "quarterly performance reviews and reported to HMIP ahead of the next independent review "
        "of progress.")
    doc.save(os.path.join(OUT, name))

    write_yaml(
        name,
        source=("Imitates the HMPPS/MoJ action plan published for HMP Liverpool in response to the "
                "HMIP inspection report (gov.uk 'Liverpool Prison: action plan', Dec 2025; earlier "
                "plan Jan 2018 'Action Plan: HMP Liverpool – A response to the HMCIP Inspection "
                "Report'). Copies the cover lines (inspection dates, report published, plan "
                "submitted), the introduction and Agreed/Partly agreed/Not agreed definitions table, "
                "and the post-2022 HMIP format of priority and key concerns, each concern a separate "
                "Word table whose first merged row carries the concern, then a Response row, then "
                "numbered actions with Responsible, Target date and Measure of success."),
        reads=("A prison action plan in two sections, Priority concerns and Key concerns. Each "
               "concern is its own table: the concern text across the top, 'Response: Agreed', then "
               "numbered actions with an owner (a post) and target date. There is no progress or "
               "RAG column, so every action is unrated; two target dates are 'Ongoing …' and "
               "'Monthly'."),
        outcome="read", title=title, actions=actions)


# ================================================= 2. Royal Hospital School ISI
def royal_hospital_school():
    name = "zam-royal-hospital-school-isi-inspection-action-plan.docx"
    title = "Royal Hospital School: Post-Inspection Action Plan"
    sections = [
        ("1. Leadership and management, and governance",
         "Leaders should ensure that the school’s self-evaluation draws more systematically on the "
         "views of pupils and parents, so that improvement planning is sharply focused on the areas "
         "of greatest impact.", [
             ("Introduce an annual pupil voice survey and a termly parent forum, with findings "
              "summarised for SLT and governors.", "Deputy Head (Pastoral)", ["Deputy Head (Pastoral)"],
              "Michaelmas term 2025", "2025-12", None,
              "Survey completed by over 80% of pupils; forum notes shared with governors",
              GREEN, "blue"),
             ("Revise the school development plan template so that each priority cites the evidence "
              "from self-evaluation, including stakeholder feedback, on which it is based.",
              "JCL / AW", ["JCL", "AW"], "June 2025", "2025-06", None,
              "New template used for SDP 2025-26", GREEN, "blue"),
         ]),
        ("2. Quality of education, training and recreation",
         "Leaders should ensure that teachers consistently adapt their teaching to meet the needs of "
         "the most able pupils, so that these pupils are sufficiently challenged in all lessons.", [
             ("Run a programme of INSET and departmental CPD on adaptive teaching and stretch and "
              "challenge, led by the Teaching and Learning Group.\nFollow up with a cycle of peer "
              "observations focused on the most able.", "DHA, HoDs", ["DHA", "HoDs"],
              "Michaelmas term 2025", "2025-12", None,
              "Observation records show consistent challenge for the most able", AMBER, "amber"),
             ("Review schemes of work in Years 7–9 to build in extension tasks and enrichment "
              "opportunities for the most able pupils.", "Heads of Department", ["Heads of Department"],
              "31/01/2026", "2026-01", None, "Revised schemes of work on the shared drive",
              AMBER, "amber"),
             ("Track the progress of the most able pupils through the termly data review and report "
              "outcomes to the Governors’ Education Committee.", "Director of Studies",
              ["Director of Studies"], "July 2026", "2026-07", None,
              "Report to Education Committee, Summer 2026", None, "unrated"),
         ]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Leaders should ensure that boarding staff record and review minor concerns about pupils’ "
         "wellbeing consistently across all boarding houses.", [
             ("Move all boarding houses onto the single electronic pastoral record system and provide "
              "training for house staff and tutors.", "Head of Boarding", ["Head of Boarding"],
              "September 2025", "2025-09", None, "All houses using the system; training log",
              GREEN, "blue"),
             ("Carry out a termly audit of pastoral records in each house and report findings to the "
              "Designated Safeguarding Lead.", "Head of Boarding / DSL", ["Head of Boarding", "DSL"],
              "Termly", None, "Termly", "Audit reports for each house", RED, "red"),
         ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("ISI routine inspection: 11–13 March 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hname in enumerate(["Version", "Date", "Author", "Approved by"]):
        cell_text(t.rows[0].cells[i], hname, bold=True)
    for row in [("1.0", "02/05/2025", "Deputy Head (Academic)", "Senior Leadership Team"),
                ("1.1", "18/06/2025", "Deputy Head (Academic)", "Governors’ Education Committee"),
                ("1.2", "10/11/2025", "Deputy Head (Academic)", "Governors’ Education Committee")]:
        rr = t.add_row()
        for i, v in enumerate(row):
            cell_text(rr.cells[i], v)

    doc.add_paragraph(
        "The school met all of the Independent School Standards and the National Minimum Standards "
        "for Boarding Schools. Inspectors identified the recommended next steps below. This plan "
        "sets out how the school will take each one forward and is reviewed by governors each term.")

    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, fill, meaning in [("Green", GREEN, "Action completed"),
                                ("Amber", AMBER, "In progress – on track"),
                                ("Red", RED, "Not started or behind schedule")]:
        rr = t.add_row()
        cell_text(rr.cells[0], word, bold=True)
        shade(rr.cells[0], fill)
        cell_text(rr.cells[1], meaning)

    actions = []
    for heading, step, acts in sections:
        doc.add_heading(heading, level=2)
        doc.add_paragraph().add_run("Recommended next step").bold = True
        sp = doc.add_paragraph()
        sr = sp.add_run(step)
        sr.italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, hname in enumerate(["Action", "Lead", "By when", "Success criteria", "RAG"]):
            cell_text(t.rows[0].cells[i], hname, bold=True)
            shade(t.rows[0].cells[i], "DEEAF6")
        for text, lead_cell, lead, when, end, end_text, crit, fill, status in acts:
            rr = t.add_row()
            for i, v in enumerate([text, lead_cell, when, crit, ""]):
                cell_text(rr.cells[i], v)
            if fill:
                shade(rr.cells[4], fill)
            actions.append(A(None, [heading, step], text, lead, end, status, end_text))

    doc.add_paragraph("")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Signed (Chair of Governors)", bold=True)
    cell_text(t.rows[0].cells[1], "Date", bold=True)
    cell_text(t.rows[1].cells[0], "")
    cell_text(t.rows[1].cells[1], "10/11/2025")
    doc.save(os.path.join(OUT, name))

    write_yaml(
        name,
        source=("Imitates an independent boarding school's post-inspection action plan after an ISI "
                "routine inspection under the September 2023 framework (report sections 1–5; "
                "'recommended next steps' where the Standards are met; cf. ISI FAQ 'What happens at "
                "the end of an inspection' and the DfE Independent School Action Plan template). "
                "Copies a document-control table, a RAG key table whose green means 'Action "
                "completed', one section heading per ISI report area with the next step quoted "
                "above its own actions table, and fill-only RAG cells."),
        reads=("A school action plan: three ISI report areas, each with the inspectors' recommended "
               "next step and a small table of unnumbered actions with lead, 'By when', success "
               "criteria and a coloured RAG cell. The key says green = completed, so green cells "
               "read as complete; one action has no colour yet. Leads are initials or posts "
               "('DHA, HoDs', 'Head of Boarding / DSL')."),
        outcome="read", title=title, actions=actions)


# ====================================== 3. Avon and Somerset police (xlsx)
def thin_border():
    s = Side(style="thin", color="999999")
    return Border(left=s, right=s, top=s, bottom=s)


def avon_somerset():
    name = ("zam-avon-and-somerset-police-hmicfrs-disproportionate-use-of-police-powers-"
            "recommendations-tracker.xlsx")
    title = "Disproportionate Use of Police Powers – HMICFRS Recommendation Tracker"
    T1 = "Theme 1 – Interactions with the public: culture and learning"
    T2 = "Theme 2 – Forces are developing their understanding of how they use force but need to do more"
    T3 = ("Theme 3 – Over 35 years on – and still forces need to do more to understand "
          "disproportionality in stop and search")
    recs = [
        (T1, "1", "By July 2022, forces should ensure that officers and staff have effective "
                  "communication skills, in line with the National Policing Guidelines on Conflict "
                  "Management. This should be in addition to existing training on conflict "
                  "management and de-escalation.", [
            ("1.1", "Deliver the ‘Everyday Interactions’ communication skills module to all response "
                    "and neighbourhood officers as part of personal safety training.",
             "Head of Learning & Development", ["Head of Learning & Development"],
             "31/07/2022", "31/03/2023", "2023-03", "Amber", "Complete", "blue",
             "Module delivered to 2,412 officers (97%). Remaining officers on long-term absence "
             "booked on return."),
            ("1.2", "Add communication skills and de-escalation to the annual officer safety training "
                    "refresher and record completion on the learning management system.",
             "Insp K Moreton / Ch Insp D Okafor", ["Insp K Moreton", "Ch Insp D Okafor"],
             "31/07/2022", None, "2022-07", "Complete", "Complete", "blue",
             "Included in OST refresher from April 2022."),
        ]),
        (T1, "2", "By July 2021, forces should ensure that communication skills are reinforced as "
                  "part of the programme of continuing professional development for officers and "
                  "staff, and that supervisors are supported to routinely and frequently debrief "
                  "officers on these skills using body-worn video footage.", [
            ("2.1", "Introduce monthly supervisor-led BWV debriefs on each response team, using a "
                    "standard debrief template.",
             "Supt A Lewington", ["Supt A Lewington"], "31/07/2021", "31/12/2023", "2023-12",
             "Red", "Amber", "amber",
             "Template agreed. Debriefs taking place on 9 of 14 response teams; abstraction levels "
             "have delayed roll-out."),
        ]),
        (T2, "5", "By July 2021, forces should ensure they have effective internal monitoring "
                  "processes on the use of force, to help them to identify and understand "
                  "disproportionate use, explain the reasons and implement any necessary improvement "
                  "action.", [
            ("5.1", "Publish a quarterly use of force disproportionality dashboard and review it at "
                    "the Legitimacy and Trust Board.",
             "Head of Performance & Insight", ["Head of Performance & Insight"],
             "31/07/2021", "30/09/2022", "2022-09", "Complete", "Complete", "blue",
             "Dashboard live and published externally each quarter."),
            ("5.2", "Carry out a dip sample of 50 use of force records each quarter to test whether "
                    "reasons for disproportionality are understood and recorded.",
             "Ch Insp D Okafor", ["Ch Insp D Okafor"], "31/07/2021", "31/01/2024", "2024-01",
             "Amber", "Green", "green",
             "Q1 and Q2 dip samples complete; findings reported to the Use of Force Working Group."),
        ]),
        (T2, "6", "By July 2021, forces should ensure they have effective external scrutiny of the "
                  "use of force, including giving external scrutiny panel members access to "
                  "body-worn video footage.", [
            ("6.1", "Extend the remit of the Independent Scrutiny of Police Powers Panel to review use "
                    "of force incidents, including BWV footage, at each quarterly meeting.",
             "OPCC Policy Officer / Supt A Lewington", ["OPCC Policy Officer", "Supt A Lewington"],
             "31/07/2021", None, "2021-07", "Green", "Complete", "blue",
             "Panel terms of reference updated; footage reviewed at every meeting since September "
             "2021."),
        ]),
        (T3, "7", "By July 2021, forces should ensure they can identify and understand the reasons "
                  "for disproportionality in their use of stop and search, explain them and "
                  "implement any necessary improvement action.", [
            ("7.1", "Commission academic analysis of stop and search data to identify drivers of "
                    "disproportionality by power, location and grounds recorded.",
             "Head of Performance & Insight", ["Head of Performance & Insight"],
             "31/07/2021", "31/03/2024", "2024-03", "Amber", "Amber", "amber",
             "Data sharing agreement signed with the university; first report due February 2024."),
            ("7.2", "Introduce supervisor review of every stop and search record within 72 hours, with "
                    "feedback on the quality of grounds recorded.",
             "Insp K Moreton", ["Insp K Moreton"], "31/07/2021", "30/11/2023", "2023-11",
             "Red", "Red", "red",
             "Only 61% of records reviewed within 72 hours. Escalated to the Legitimacy and Trust "
             "Board."),
        ]),
        (T3, "8", "By July 2021, forces should monitor and analyse the use of stop and search for "
                  "drug possession offences and consider whether this is an effective use of the "
                  "power.", [
            ("8.1", "Add a drugs-possession breakdown to the stop and search dashboard, including find "
                    "rates and outcomes by ethnicity.",
             "Head of Performance & Insight", ["Head of Performance & Insight"],
             "31/07/2021", "31/12/2023", "2023-12", "Amber", "Green", "green",
             "Breakdown built and in testing with the scrutiny panel."),
        ]),
    ]
    fills = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Avon and Somerset Constabulary"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document"
    cov["B3"] = "HMICFRS recommendation tracker – Disproportionate use of police powers"
    cov["A4"] = "Report published"
    cov["B4"] = "26 February 2021"
    cov["A5"] = "Tracker owner"
    cov["B5"] = "Superintendent, Legitimacy and Trust"
    cov["A6"] = "Governance"
    cov["B6"] = "Legitimacy and Trust Board (bi-monthly); PCC Independent Scrutiny of Police Powers Panel"
    cov["A7"] = "Version"
    cov["B7"] = "v6.0 – 31 October 2023"
    cov["A9"] = "RAG definitions"
    cov["A9"].font = Font(bold=True)
    for i, (w, d) in enumerate([("Complete", "Action delivered and evidence provided"),
                                ("Green", "On track to deliver by the target date"),
                                ("Amber", "Some risk to the target date; mitigation in place"),
                                ("Red", "Target date missed or will be missed")]):
        c = cov.cell(row=10 + i, column=1, value=w)
        c.fill = PatternFill("solid", fgColor=fills[w])
        cov.cell(row=10 + i, column=2, value=d)
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avon and Somerset Constabulary – position as at 31 October 2023"
    ws["A2"].font = Font(italic=True)
    headers = ["Rec", "HMICFRS recommendation", "Action ref", "Force action", "Action owner",
               "Original target date", "Revised target date", "Previous RAG", "Current RAG",
               "Progress update"]
    hr = 4
    for i, hname in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=i, value=hname)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = thin_border()
    row = hr + 1
    actions = []
    current_theme = None
    counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for theme, recno, rectext, acts in recs:
        if theme != current_theme:
            ws.cell(row=row, column=1, value=theme).font = Font(bold=True)
            ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="BDD7EE")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
            current_theme = theme
            row += 1
        first = row
        ws.cell(row=row, column=1, value=recno)
        ws.cell(row=row, column=2, value=rectext)
        for (ref, text, lead_cell, lead, orig, rev, end, prev, cur, status, upd) in acts:
            vals = [None, None, ref, text, lead_cell, orig, rev, prev, cur, upd]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=ci)
                if v is not None:
                    c.value = v
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
            ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=fills[prev])
            ws.cell(row=row, column=9).fill = PatternFill("solid", fgColor=fills[cur])
            counts[cur] += 1
            actions.append(A(ref, [theme, rectext], text, lead, end, status))
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        for rr in range(first, row):
            for cc in (1, 2):
                ws.cell(row=rr, column=cc).alignment = Alignment(wrap_text=True, vertical="top")
    row += 1
    ws.cell(row=row, column=4, value="Summary of current RAG").font = Font(bold=True)
    row += 1
    for k in ["Complete", "Green", "Amber", "Red"]:
        ws.cell(row=row, column=4, value=k).fill = PatternFill("solid", fgColor=fills[k])
        ws.cell(row=row, column=5, value=counts[k])
        row += 1
    ws.cell(row=row, column=4, value="Total actions").font = Font(bold=True)
    ws.cell(row=row, column=5, value=sum(counts.values())).font = Font(bold=True)
    row += 2
    ws.cell(row=row, column=1,
            value="Recommendations 3 and 4 are addressed to the Home Office/NPCC or are covered by "
                  "the national BWV workstream and are tracked separately.")
    for col, w in zip("ABCDEFGHIJ", [6, 50, 8, 50, 24, 12, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, name))

    write_yaml(
        name,
        source=("Imitates a police force's tracker of the 2021 HMICFRS spotlight report "
                "'Disproportionate use of police powers – A spotlight on stop and search and the use "
                "of force' (hmicfrs.justiceinspectorates.gov.uk, published 26 Feb 2021; "
                "recommendation wording as quoted on write.as/glospolicess and in PCC responses), as "
                "taken to a force Legitimacy and Trust Board and the PCC's scrutiny panel. Copies a "
                "cover sheet with document control and RAG definitions, theme rows from the report's "
                "three chapters, the recommendation text in a vertically merged cell beside its "
                "actions, original and revised target dates, previous and current RAG with fill "
                "colours, and a summary/totals block and a note below the table."),
        reads=("A two-sheet workbook: a cover sheet (owner, governance, RAG definitions) and the "
               "tracker. On the tracker, three theme rows group six HMICFRS recommendations; each "
               "recommendation (merged down beside its actions) has one or two numbered force actions "
               "with an owner, original and revised target dates (revised one is the due date where "
               "given) and previous/current RAG. Below the table is a RAG summary and a note, which "
               "are not actions."),
        outcome="read", title=title, actions=actions)


# ============================ 4. Staffordshire FRS misconduct tracker (refuse)
def staffordshire_fire():
    name = ("zam-staffordshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-"
            "tracker-typo-month-refuse.xlsx")
    title = ("HMICFRS Standards of Behaviour: The handling of misconduct in fire and rescue services "
             "– Recommendations Tracker")
    rows = [
        ("1", "By 1 February 2025, chief fire officers should, as a priority, make sure their staff "
              "are aware of, and follow the Core Code of Ethics. Services should build the code into "
              "all relevant policies and practices.", "01/02/2025",
         "Embed the Core Code of Ethics in all HR policies and in the appraisal process, and test "
         "staff understanding through the annual staff survey.", "Director of People",
         "February 2025", "Complete",
         "Code embedded in all HR policies; staff survey results reported to the Panel in June 2025."),
        ("2", "By 1 February 2025, chief fire officers should make sure a policy for probationary "
              "staff is in place. This policy should make clear that services can immediately dismiss "
              "probationers who fail to meet the required standards of behaviour set out in the Core "
              "Code of Ethics and the Code of Ethics fire standard.", "01/02/2025",
         "Revise the probation policy so that probationers who fail to meet the standards of "
         "behaviour in the Core Code of Ethics can be dismissed.", "Head of HR",
         "February 2025", "Complete", "Revised policy approved by the Joint Consultative Committee."),
        ("3", "By 1 May 2025, chief fire officers should make sure firefighters who are promoted are "
              "posted to a different watch or station, including when the promotion is temporary for "
              "two months or more.", "01/05/2025",
         "Amend the promotion policy so that firefighters promoted to a substantive or temporary "
         "role of two months or more are posted to a different watch or station.",
         "Area Manager – Response", "Decmber 2025", "In progress",
         "Draft policy out to consultation with representative bodies."),
        ("4", "By 1 February 2025, chief fire officers should make sure their services create or have "
              "access to a professional standards function to oversee conduct cases.", "01/02/2025",
         "Establish a professional standards function, shared with Staffordshire Police under the "
         "Commissioner’s joint governance arrangements, to oversee all conduct cases.",
         "Director of People", "June 2025", "Complete",
         "Function live from 2 June 2025; caseload reported monthly."),
        ("5", "By 1 May 2025, chief fire officers should make sure that all staff who investigate "
              "misconduct have received appropriate training.", "01/05/2025",
         "Train all managers who may investigate misconduct cases through an accredited "
         "investigator course.", "Head of Learning and Development", "October 2025", "On track",
         "34 of 41 managers trained; final cohort booked for October."),
        ("6", "By 1 May 2025, chief fire officers should make sure staff have access to an "
              "independent confidential reporting line.", "01/05/2025",
         "Procure an independent confidential reporting line and promote it to all staff.",
         "Head of HR", "March 2026", "On track",
         "Procurement under way through the regional framework."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = "Staffordshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to: Ethics, Transparency and Audit Panel, 24 September 2025"
    headers = ["No.", "HMICFRS recommendation", "Deadline set by HMICFRS", "Our action", "Lead",
               "Due", "Status", "Update"]
    hr = 5
    for i, hname in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=i, value=hname)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.border = thin_border()
    sfill = {"Complete": BLUE, "On track": GREEN, "In progress": AMBER}
    r = hr + 1
    typo_row = None
    for vals in rows:
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = thin_border()
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=sfill[vals[6]])
        if vals[5] == "Decmber 2025":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for k, d in [("Complete", "Action delivered"), ("On track", "Expected to be delivered by the due date"),
                 ("In progress", "Under way; due date at risk")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = PatternFill("solid", fgColor=sfill[k])
        ws.cell(row=r, column=2, value=d)
    r += 2
    ws.cell(row=r, column=1, value="Recommendations 7 to 15 are addressed to fire and rescue "
                                  "authorities, the Home Office and the NFCC and are reported "
                                  "separately.")
    for col, w in zip("ABCDEFGH", [6, 60, 14, 50, 26, 16, 14, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    assert typo_row == 8, typo_row

    write_yaml(
        name,
        source=("Imitates Staffordshire Fire and Rescue Service's published progress against the 15 "
                "recommendations of HMICFRS 'Standards of behaviour: The handling of misconduct in "
                "fire and rescue services' (Aug 2024; staffordshirefire.gov.uk/what-we-do/hmicfrs/"
                "hmicfrs-standards-of-behaviour; wording of recommendations as on "
                "humbersidefire.gov.uk), laid out as a one-sheet tracker for the Commissioner's "
                "Ethics, Transparency and Audit Panel: title block, recommendation with HMICFRS "
                "deadline, the service's action, lead, due month, status with fill colour, update, "
                "a status key and a closing note."),
        reads=("A one-sheet tracker of six HMICFRS misconduct-handling recommendations, one service "
               "action each, with a 'Due' column of months written out in full. On sheet row 8 "
               "(recommendation 3) the due month is 'Decmber 2025', a mistyped month, so a careful "
               "reader stops and asks what date was meant before taking the plan in."),
        outcome="refuse", title=title, refuse_at=typo_row)


# ========================== 5. Dumfries and Galloway College (xlsx)
def dg_college():
    name = "zam-dumfries-and-galloway-college-education-scotland-progress-visit-action-plan.xlsx"
    title = "Dumfries and Galloway College: Education Scotland Progress Visit Action Plan 2024"
    T1 = "1. Leadership and quality culture"
    T2 = "2. Delivery of learning and services to support learning"
    T3 = "3. Outcomes and impact"
    groups = [
        (T1, "Managers should ensure that self-evaluation at programme level makes better use of "
             "learner performance data to identify and address low rates of successful completion.", [
            ("1.1", "Introduce a standard programme review template with embedded PI data for every "
                    "curriculum team, and support team leaders to use it at the three review points "
                    "each year.", "Head of Quality", ["Head of Quality"], "June 2024", "2024-06", None,
             "All teams complete reviews using the template", "Template in use by all 38 teams.",
             "Complete", "blue"),
            ("1.2", "Hold a Performance Review Board each term at which curriculum managers present "
                    "actions for programmes below sector PI benchmarks.",
             "Vice Principal Learning and Skills", ["Vice Principal Learning and Skills"],
             "Ongoing", None, "Ongoing", "Actions tracked for all programmes below benchmark",
             "First two Boards held (June and October 2024).", "On track", "green"),
        ]),
        (T2, "The college should improve attendance and early withdrawal rates on full-time further "
             "education programmes, particularly in the first term.", [
            ("2.1", "Implement the new attendance monitoring procedure, with automated alerts to "
                    "guidance tutors after two consecutive absences.", "Director of Student Services",
             ["Director of Student Services"], "September 2024", "2024-09", None,
             "Early withdrawal reduced by 3 percentage points", "Alerts live from 26 August 2024.",
             "Complete", "blue"),
            ("2.2", "Provide a structured induction and a six-week review meeting for every full-time "
                    "FE learner.", "Curriculum Managers / Guidance Tutors",
             ["Curriculum Managers", "Guidance Tutors"], "October 2024", "2024-10", None,
             "All full-time learners have a recorded six-week review",
             "Reviews 92% complete; remainder scheduled.", "On track", "green"),
            ("2.3", "Analyse reasons for early withdrawal by programme and learner group and report "
                    "findings to the Learning and Teaching Committee.", "Head of Quality",
             ["Head of Quality"], "31/01/2025", "2025-01", None, "Report considered by Committee",
             "Data extract delayed by the student records upgrade.", "Some slippage", "amber"),
        ]),
        (T2, "Managers should ensure that learners on part-time and work-based programmes have the "
             "same access to support services as full-time learners.", [
            ("2.4", "Extend evening and online access to student support and wellbeing services for "
                    "part-time and work-based learners.", "Director of Student Services",
             ["Director of Student Services"], "March 2025", "2025-03", None,
             "Usage data shows part-time learners accessing services",
             "Recruitment to the evening adviser post unsuccessful; to be re-advertised.",
             "Off track", "red"),
        ]),
        (T3, "The college should continue to improve rates of successful completion on full-time FE "
             "programmes, which remain below the sector average in a few curriculum areas.", [
            ("3.1", "Put in place targeted improvement plans for the four curriculum areas with "
                    "successful completion below the sector average.",
             "Assistant Principal Curriculum", ["Assistant Principal Curriculum"], "June 2025",
             "2025-06", None, "Successful completion at or above sector average",
             "Plans agreed for all four areas.", "On track", "green"),
            ("3.2", "Introduce learner progress tracking at unit level in the learner record system, "
                    "with tutor alerts for learners at risk of not completing.", "Head of MIS",
             ["Head of MIS"], "August 2025", "2025-08", None, "Tracking live for all FE programmes",
             "", "Not started", "unrated"),
        ]),
    ]
    sfill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}

    wb = Workbook()
    vc = wb.active
    vc.title = "Version control"
    vc["A1"] = "Version control"
    vc["A1"].font = Font(bold=True, size=12)
    for i, hname in enumerate(["Version", "Date", "Change", "Author"], start=1):
        vc.cell(row=3, column=i, value=hname).font = Font(bold=True)
    for j, vals in enumerate([("0.1", "08/04/2024", "First draft following progress visit feedback",
                               "Head of Quality"),
                              ("1.0", "14/05/2024", "Approved by the Learning and Teaching Committee",
                               "Head of Quality"),
                              ("1.1", "19/11/2024", "November progress update added", "Head of Quality")]):
        for i, v in enumerate(vals, start=1):
            vc.cell(row=4 + j, column=i, value=v)
    vc.column_dimensions["C"].width = 50
    vc.column_dimensions["D"].width = 20

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Progress visit: 27–29 February 2024 | Approved: 14 May 2024 | "
                "Progress update: November 2024")
    headers = ["Ref", "Area for development", "Action", "Responsibility", "Timescale",
               "Measure of impact", "Progress update (November 2024)", "Status"]
    hr = 4
    for i, hname in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=i, value=hname)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005A70")
        c.alignment = Alignment(wrap_text=True)
    r = hr + 1
    actions = []
    cur_theme = None
    for theme, afd, acts in groups:
        if theme != cur_theme:
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for cc in range(1, len(headers) + 1):
                ws.cell(row=r, column=cc).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            cur_theme = theme
            r += 1
        first = r
        ws.cell(row=r, column=2, value=afd)
        for ref, text, lead_cell, lead, when, end, end_text, measure, upd, st, status in acts:
            for ci, v in enumerate([ref, None, text, lead_cell, when, measure, upd or None, st],
                                   start=1):
                c = ws.cell(row=r, column=ci)
                if v is not None:
                    c.value = v
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
            ws.cell(row=r, column=8).fill = (PatternFill("solid", fgColor=sfill[st])
                                             if st in sfill else PatternFill())
            actions.append(A(ref, [theme, afd], text, lead, end, status, end_text))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for k, d in [("Complete", "Action completed and impact being evaluated"),
                 ("On track", "Progressing as planned"),
                 ("Some slippage", "Behind plan but expected to recover"),
                 ("Off track", "Will not be achieved by the timescale without intervention")]:
        r += 1
        ws.cell(row=r, column=2, value=k).fill = PatternFill("solid", fgColor=sfill[k])
        ws.cell(row=r, column=3, value=d)
    for col, w in zip("ABCDEFGH", [6, 45, 50, 26, 14, 34, 40, 14]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, name))

    write_yaml(
        name,
        source=("Imitates a Scottish college's action plan responding to an Education Scotland "
                "progress visit (HM Inspectors' college progress visits 2022–24, structured on the "
                "How good is our college? framework themes; cf. education.gov.scot college sector "
                "overview reports and published college progress visit reports). Copies a "
                "version-control sheet, a title block with visit/approval dates, theme rows for the "
                "three HGIOC themes, the HMI area for development merged down beside its numbered "
                "actions, a progress-update column, worded status with fill colours and a status key "
                "under the table."),
        reads=("A college action plan on the 'Action plan' sheet (after a version-control sheet). "
               "Three theme rows; under them four areas for development from HM Inspectors, each "
               "merged down beside its numbered actions (1.1–3.2) with responsibility, timescale, "
               "measure of impact, a November 2024 update and a worded status. The key makes "
               "'Some slippage' amber and 'Off track' red; one action is 'Not started'."),
        outcome="read", title=title, actions=actions)


# ================================================ 6. LJMU ITE (csv)
def ljmu():
    name = "zam-liverpool-john-moores-university-ofsted-ite-improvement-plan.csv"
    title = "LJMU Secondary ITE Partnership Improvement Plan 2024-25"
    P1 = "1. Mentor development"
    P2 = "2. Subject curriculum"
    P3 = "3. Trainee assessment"
    O1 = ("Leaders should ensure that all mentors receive training that enables them to give "
          "consistently high-quality feedback that is closely linked to the centre-based curriculum.")
    O2 = ("Leaders should ensure that the subject-specific curriculum in a small number of subjects "
          "is sequenced so that trainees build their knowledge of how pupils learn the subject over "
          "time.")
    O3 = ("Leaders should refine how they assess trainees’ progress through the curriculum, so that "
          "support for trainees who fall behind is put in place quickly.")
    rows = [
        (P1, O1, "1.1", "Redesign the mentor training programme around the ITE curriculum, with "
                        "subject-specific modules delivered each half-term.",
         "Partnership Manager", ["Partnership Manager"], "30/09/2024", "2024-09", None, "B",
         "blue", "Programme launched at the September mentor conference"),
        (P1, O1, "1.2", "Quality assure mentor feedback through joint observations by university "
                        "tutors and lead mentors in every partnership school.",
         "Lead Mentors; University Link Tutors", ["Lead Mentors", "University Link Tutors"],
         "Mar-25", "2025-03", None, "G", "green", "Joint observations completed in 41 of 58 schools"),
        (P1, O1, "1.3", "Introduce a mentor development record and require all new mentors to complete "
                        "the induction module before hosting a trainee.",
         "Director of ITE", ["Director of ITE"], "31/07/2025", "2025-07", None, "A", "amber",
         "Record designed; uptake among new mentors is low"),
        (P2, O2, "2.1", "Review the sequencing of the centre-based curriculum in the identified "
                        "subjects against the ITT Core Content Framework and subject associations’ "
                        "guidance.",
         "Subject Leads", ["Subject Leads"], "Dec-24", "2024-12", None, "B", "blue",
         "Revised curriculum maps approved by the Programme Board"),
        (P2, O2, "2.2", "Align placement tasks with the revised subject curricula so that trainees "
                        "practise what they have been taught at the university.",
         "Subject Leads / Placement Coordinator", ["Subject Leads", "Placement Coordinator"],
         "Jun-25", "2025-06", None, "G", "green", "Placement handbook being rewritten"),
        (P3, O3, "3.1", "Replace the grading of trainees against the Teachers’ Standards with "
                        "curriculum-based progress reviews at three points in the year.",
         "Head of Secondary ITE", ["Head of Secondary ITE"], "Sep-24", "2024-09", None, "B", "blue",
         "First progress review completed in November"),
        (P3, O3, "3.2", "Set up a fortnightly trainee-at-risk meeting to agree and monitor support "
                        "plans.",
         "Dr R. Ansari (Programme Leader, PGCE Secondary)",
         ["Dr R. Ansari (Programme Leader, PGCE Secondary)"], "Ongoing", None, "Ongoing", "G",
         "green", "Meetings held since October; 14 trainees supported"),
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title, "", "", "", "", "", "", ""])
        w.writerow(["Ofsted initial teacher education inspection: 11–14 March 2024 (report published "
                    "17 April 2024)", "", "", "", "", "", "", ""])
        w.writerow(["Last updated: 03/02/2025", "", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", "", ""])
        w.writerow(["Priority", "Ofsted improvement point", "Ref", "Action", "Owner", "Deadline",
                    "RAG", "Evidence of impact"])
        actions = []
        for p, o, ref, text, owner, lead, dl, end, end_text, rag, status, ev in rows:
            w.writerow([p, o, ref, text, owner, dl, rag, ev])
            actions.append(A(ref, [p, o], text, lead, end, status, end_text))
        w.writerow(["", "", "", "", "", "", "", ""])
        w.writerow(["RAG key: B = complete; G = on track; A = at risk of slipping; R = off track",
                    "", "", "", "", "", "", ""])
        w.writerow(["Monitored termly by the ITE Partnership Strategic Board", "", "", "", "", "",
                    "", ""])

    write_yaml(
        name,
        source=("Imitates a university-led ITE partnership improvement plan written after an Ofsted "
                "initial teacher education inspection under the 2020 ITE framework (the report's "
                "'What does the ITE partnership need to do to improve?' points; cf. the Ofsted ITE "
                "framework and handbook on gov.uk and NASBTT's 2024 ITE inspection analysis), as a "
                "CSV exported from the programme team's spreadsheet. Copies the title lines, a "
                "'Last updated' line, repeated Priority and Ofsted point on every row (list-export "
                "style), B/G/A/R letters with a key line and a monitoring note at the foot."),
        reads=("A secondary ITE improvement plan: three priorities, each with the Ofsted improvement "
               "point repeated on every row, seven numbered actions with owner, deadline (dates "
               "written 30/09/2024, Mar-25 or 'Ongoing') and a RAG letter. The key line says B = "
               "complete, G = on track, A = at risk of slipping, R = off track."),
        outcome="read", title=title, actions=actions)


# ================================== 7. Hampton Hargate Primary SDP (txt, TSV)
def hampton_hargate():
    name = "zam-hampton-hargate-primary-school-development-plan-2025-26.txt"
    title = "Hampton Hargate Primary School – School Development Plan 2025-26"
    P1 = "PRIORITY 1: Quality of education – raise attainment in writing at the end of KS2"
    P2 = "PRIORITY 2: Behaviour and attitudes – improve attendance and reduce persistent absence"
    P3 = "PRIORITY 3: Early years – improve communication and language in Reception"
    P4 = "PRIORITY 4: Leadership and management – develop the role of subject leaders"
    rag = {"G": "green", "A": "amber", "R": "red", "": "unrated"}
    pri = [
        (P1, [
            ("1.1", "Introduce a consistent whole-school approach to teaching sentence construction, "
                    "using the new grammar progression map.", "English lead", ["English lead"],
             "Autumn term 2025", "2025-12", None,
             "All classes follow the progression map; book looks show improvement", "£1,200 CPD",
             "G", "G"),
            ("1.2", "Moderate Year 6 writing each half-term with two local schools and adjust teaching "
                    "in response.", "DHT/Y6 teachers", ["DHT", "Y6 teachers"], "Ongoing", None,
             "Ongoing", "Teacher assessment judgements agreed at moderation", "Supply cover £600",
             "A", "G"),
            ("1.3", "Provide targeted writing interventions for disadvantaged pupils in Years 5 and 6 "
                    "who are working below the expected standard.", "SENCo & PP lead",
             ["SENCo", "PP lead"], "By Feb half term 2026", "2026-02", None,
             "Gap between PP and non-PP pupils at EXS narrows to under 10%", "PP funding", "A",
             "A"),
        ]),
        (P2, [
            ("2.1", "Introduce weekly attendance meetings and first-day calling for all unexplained "
                    "absences.", "Attendance officer", ["Attendance officer"], "September 2025",
             "2025-09", None, "Whole-school attendance at or above 96%", "None", "G", "G"),
            ("2.2", "Run attendance support meetings with families of pupils whose attendance falls "
                    "below 90%.", "HT/FSW", ["HT", "FSW"], "Summer term 2026", "2026-07", None,
             "Persistent absence below 12%", "FSW time", "A", "R"),
        ]),
        (P3, [
            ("3.1", "Train all EYFS staff in the NELI oral language programme and deliver it to "
                    "identified children.", "EYFS lead", ["EYFS lead"], "December 2025", "2025-12",
             None, "Identified children make accelerated progress in language", "NELI (free)",
             "G", "G"),
            ("3.2", "Develop the outdoor area to provide more opportunities for talk and collaborative "
                    "play.", "EYFS lead", ["EYFS lead"], "Summer term 2026", "2026-07", None,
             "Outdoor area redeveloped; observations show sustained talk", "£4,500 (PTA)", "", ""),
        ]),
        (P4, [
            ("4.1", "Provide release time for foundation subject leaders to monitor their subject "
                    "twice a year and report to governors.", "HT & Chair of Govs",
             ["HT", "Chair of Govs"], "July 2026", "2026-07", None,
             "Each subject leader has presented to the curriculum committee", "Release time", "G",
             "A"),
        ]),
    ]
    lines = [title,
             "Headteacher: Mrs L. Carver\tChair of Governors: Mr P. Osei",
             "RAG reviewed each term by SLT and governors: G = on track/achieved, A = partly on "
             "track, R = not on track",
             ""]
    actions = []
    for p, acts in pri:
        lines.append(p)
        lines.append("Ref\tAction\tLead\tTimescale\tSuccess criteria\tCost\tAut RAG\tSpr RAG")
        for ref, text, lead_cell, lead, when, end, end_text, crit, cost, aut, spr in acts:
            lines.append("\t".join([ref, text, lead_cell, when, crit, cost, aut, spr]))
            actions.append(A(ref, [p], text, lead, end, rag[spr], end_text))
        lines.append("")
    lines.append("Spring review agreed by the Full Governing Body: 12/03/2026")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(
        name,
        source=("Imitates a maintained primary school's one-year School Development Plan as published "
                "on school websites (priorities per Ofsted judgement area with actions, lead, "
                "timescale, success criteria, cost and a termly RAG review; cf. Thornham St James "
                "and St Matthew's Cambridge SDP pages, Carrington Primary SDP), saved as a "
                "tab-separated text export. Copies the title line, headteacher/chair line, a RAG "
                "line with G = on track/achieved, one PRIORITY line per area with its own header "
                "row, Autumn and Spring RAG columns (Summer not yet reviewed) and a closing "
                "governors' review line."),
        reads=("A primary school development plan for 2025-26 with four priorities, each followed by "
               "a header row and two or three numbered actions (tab-separated). Timescales mix terms "
               "(Autumn term 2025 = Dec 2025, Summer term 2026 = Jul 2026), months, 'By Feb half "
               "term 2026' and 'Ongoing'. The status is the latest termly review (Spr RAG); one "
               "action not yet reviewed is unrated."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    hmp_liverpool()
    royal_hospital_school()
    avon_somerset()
    staffordshire_fire()
    dg_college()
    ljmu()
    hampton_hargate()
    print("done")
