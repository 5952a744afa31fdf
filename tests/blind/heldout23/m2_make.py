"""Generator for the m2- blind cases (heldout23). Expected readings are written by hand below."""
import csv, datetime, os
import yaml
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))


def wyaml(name, data):
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- 1. Leicester-style WSOA docx
def leicester():
    name = "m2-leicester-wsoa.docx"
    doc = Document()
    doc.add_paragraph("LEICESTER CITY COUNCIL AND LEICESTER CITY CLINICAL COMMISSIONING GROUP")
    doc.add_heading("Written Statement of Action: SEND Improvement Board", 0)
    doc.add_paragraph("15/10/2018. This is the current version. Version control is the responsibility of "
                      "the SEND Programme Officer; please send all updates and amendments to them.")
    doc.add_heading("Initials and designation", 1)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Initials"; t.rows[0].cells[1].text = "Designation"
    for i, d in [("AN", "SEND Programme Officer, LCC"), ("SB", "Head of SEN Service, LCC"),
                 ("JR", "Designated Clinical Officer, CCG"), ("MW", "Principal Educational Psychologist"),
                 ("KC", "Head of Early Help")]:
        r = t.add_row().cells; r[0].text = i; r[1].text = d
    A1 = "Area 1: The lack of strategic planning to improve the outcomes for children and young people who have SEN and/or disabilities"
    A2 = "Area 2: The poor quality of EHC plans"
    A3 = "Area 3: The assessment of children and young people's social care needs"
    areas = [
        (A1, [
            ("1.1", "Establish a SEND Improvement Board with an independent chair and agreed terms of reference.", "AN/SB", "Oct-18", "B", ["AN", "SB"], "2018-10", "blue"),
            ("1.2", "Refresh the joint strategic needs assessment so it includes SEND data across education, health and care.", "JR", "Mar-19", "A", ["JR"], "2019-03", "amber"),
            ("1.3", "Publish a co-produced SEND strategy 2019-2022 agreed by all partners.", "SB/JR/AN", "Jun-19", "G", ["SB", "JR", "AN"], "2019-06", "green"),
        ]),
        (A2, [
            ("2.1", "Introduce a multi-agency quality assurance framework for new and existing EHC plans.", "SB", "Jan-19", "G", ["SB"], "2019-01", "green"),
            ("2.2", "Deliver training on writing outcomes to all SEN officers, educational psychologists and health advisers.", "MW", "Feb-19", "R", ["MW"], "2019-02", "red"),
            ("2.3", "Monthly audit of a sample of ten EHC plans, with findings reported to the Improvement Board.", "SB/MW", "Ongoing", "G", ["SB", "MW"], None, "green", "Ongoing"),
        ]),
        (A3, [
            ("3.1", "Agree a protocol so that social care assessments are requested for every new EHC needs assessment.", "KC", "Dec-18", "A", ["KC"], "2018-12", "amber"),
            ("3.2", "Designate a social care adviser to the SEN panel.", "KC", "Nov-18", "B", ["KC"], "2018-11", "blue"),
        ]),
    ]
    exp = []
    for head, rows in areas:
        doc.add_heading(head, 1)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "RAG"]):
            c.text = h
        for row in rows:
            ref, text, lead, when, rag = row[:5]
            r = t.add_row().cells
            for c, v in zip(r, [ref, text, lead, when, rag]):
                c.text = v
            et = row[8] if len(row) > 8 else None
            exp.append(act(ref, [head], text, row[5], row[6], row[7], et))
        doc.add_paragraph("")
    doc.add_paragraph("RAG: R = not on track, A = some slippage, G = on track, B = complete.")
    doc.save(os.path.join(OUT, name))
    wyaml(name, {
        "source": "Leicester City Council and Leicester City CCG, Written Statement of Action, SEND Improvement Board "
                  "version 15/10/2018 (vdocument.in transcript of schools.leicester.gov.uk). Copied: org line above the "
                  "title, version-control note, an 'Initials and designation' table first, then one table per "
                  "'Area N:' heading with initials as leads.",
        "reads": "A SEND written statement of action: a glossary of initials, then three areas of weakness as headings, "
                 "each followed by a table of numbered actions with initials leads, Mon-YY dates and R/A/G/B letters.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Written Statement of Action: SEND Improvement Board",
        "actions": exp,
    })


# ---------------------------------------------------------------- 2. Central Bedfordshire-style WSOA docx
def centralbeds():
    name = "m2-central-beds-wsoa.docx"
    doc = Document()
    doc.add_heading("Written Statement of Action for SEND", 0)
    doc.add_paragraph("Central Bedfordshire Council and Bedfordshire Clinical Commissioning Group. Our Written Statement "
                      "of Action sets out how we will address the areas of weakness identified in the SEND joint area "
                      "inspection of 18 to 22 November 2019.")
    doc.add_paragraph("RAG rating key")
    k = doc.add_table(rows=0, cols=2); k.style = "Table Grid"
    for a, b in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage, recoverable"), ("Red", "Off track")]:
        r = k.add_row().cells; r[0].text = a; r[1].text = b
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What we will do", "Who is responsible", "By when", "Progress (RAG)"]):
        c.text = h
    W1 = "Area of weakness 1: Existing Education, Health and Care Plans (EHC Plans) are not of sufficient quality to ensure that the needs of children and young people are identified and met"
    W2 = "Area of weakness 2: Leaders do not have sufficient oversight of the quality of new EHC Plans"
    W5 = "Area of weakness 5: Co-production is not well informed by the views of children, young people and their families"
    data = [
        (W1, [
            ("1a", "Review every existing EHC Plan at its annual review against the new quality standard.", "Head of SEND / Designated Clinical Officer", "Summer term 2021", "On track", ["Head of SEND", "Designated Clinical Officer"], "2021-07", "green", "Summer term 2021"),
            ("1b", "Commission a specialist team to rewrite the outcomes sections of plans for young people moving to adult services.", "Assistant Director Education and Partnerships", "By 31 March 2021", "Amber", ["Assistant Director Education and Partnerships"], "2021-03", "amber", "By 31 March 2021"),
            ("1c", "Ensure health advice is returned within six weeks for every new assessment.", "Designated Clinical Officer", "Autumn term 2020", "Complete", ["Designated Clinical Officer"], "2020-12", "blue", "Autumn term 2020"),
        ]),
        (W2, [
            ("2a", "Set up a multi-agency EHC Plan quality panel chaired by the Head of SEND.", "Head of SEND", "Autumn term 2020", "Complete", ["Head of SEND"], "2020-12", "blue", "Autumn term 2020"),
            ("2b", "Report EHC Plan audit findings to the SEND Partnership Board.", "SEND Quality Assurance Lead", "Termly", "On track", ["SEND Quality Assurance Lead"], None, "green", "Termly"),
        ]),
        (W5, [
            ("5a", "Agree a co-production charter with SNAP Parent and Carer Forum.", "Participation Manager", "December 2020", "Red", ["Participation Manager"], "2020-12", "red", None),
            ("5b", "Run termly young people's SEND forums and publish 'You said, we did' on the Local Offer.", "Participation Manager / Local Offer Officer", "July 2021", "Not started", ["Participation Manager", "Local Offer Officer"], "2021-07", "unrated", None),
        ]),
    ]
    exp = []
    for head, rows in data:
        r = t.add_row(); m = r.cells[0].merge(r.cells[4]); m.text = head
        for run in m.paragraphs[0].runs:
            run.bold = True
        for ref, text, lead, when, rag, el, em, es, et in rows:
            c = t.add_row().cells
            for cc, v in zip(c, [ref, text, lead, when, rag]):
                cc.text = v
            exp.append(act(ref, [head], text, el, em, es, et))
    doc.save(os.path.join(OUT, name))
    wyaml(name, {
        "source": "Central Bedfordshire Council and Bedfordshire CCG, Written Statement of Action for SEND after the "
                  "November 2019 joint area inspection (centralbedfordshire.gov.uk 'Our action plan (Written Statement "
                  "of Action)'). Copied: the numbered areas of weakness as wording, a RAG key table ahead of the plan, "
                  "one table with the areas as merged bold rows, 'What we will do / Who is responsible / By when'.",
        "reads": "A WSOA with a RAG key table and then one plan table in which merged bold rows name three areas of "
                 "weakness over lettered actions; leads are posts, dates are terms, months and 'Termly', status words.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Written Statement of Action for SEND",
        "actions": exp,
    })


# ---------------------------------------------------------------- 3. Herefordshire-style ILACS docx
def hereford():
    name = "m2-herefordshire-ilacs.docx"
    doc = Document()
    doc.add_heading("Children's Services Improvement Action Plan 2022-2024", 0)
    doc.add_paragraph("Response to the Ofsted inspection of local authority children's services, July 2022.")
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=1, cols=4); dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    for v in [("0.3", "14/11/2022", "Improvement Programme Manager", "Scrutiny comments added"),
              ("1.0", "15/12/2022", "Corporate Director", "Approved by Cabinet")]:
        r = dc.add_row().cells
        for c, x in zip(r, v):
            c.text = x
    T1 = "Theme 1: Leadership and management oversight"
    T2 = "Theme 2: Help and protection"
    R1 = "Ofsted recommendation 1: The quality and impact of management oversight and supervision of social work practice"
    R2 = "Ofsted recommendation 2: The timeliness of responses to contacts and requests for information at the front door"
    R3 = "Ofsted recommendation 3: The quality of child protection plans and the effectiveness of core groups"
    data = [
        (T1, [(R1, [
            ("Introduce a revised supervision policy and template with reflective and case-specific sections.", "L1.1", "Principal Social Worker", "01/10/2022", "30/11/2022", "Complete", ["Principal Social Worker"], "2022-11", "blue"),
            ("Monthly dip-sample audit of supervision records by heads of service.", "L1.2", "Head of Safeguarding and Quality Assurance", "01/12/2022", "31/03/2023", "On track", ["Head of Safeguarding and Quality Assurance"], "2023-03", "green"),
            ("Deliver a management development programme for all team managers.", "L1.3", "Service Director Safeguarding and Family Support / Head of Workforce Development", "01/01/2023", "30/06/2023", "Not started", ["Service Director Safeguarding and Family Support", "Head of Workforce Development"], "2023-06", "unrated"),
        ])]),
        (T2, [(R2, [
            ("Recruit two additional permanent social workers to the MASH.", "H2.1", "Head of Service (MASH and Assessment)", "01/10/2022", "31/01/2023", "Amber", ["Head of Service (MASH and Assessment)"], "2023-01", "amber"),
            ("Agree with midwifery and health visiting a pathway for early support for expectant mothers.", "H2.2", "Head of Early Help", "01/11/2022", "28/02/2023", "On track", ["Head of Early Help"], "2023-02", "green"),
        ]), (R3, [
            ("Relaunch the child protection plan template with SMART outcomes and contingency plans.", "H3.1", "Head of Safeguarding and Quality Assurance", "01/12/2022", "31/01/2023", "On track", ["Head of Safeguarding and Quality Assurance"], "2023-01", "green"),
            ("Child protection chairs to track core group attendance and escalate where agencies do not attend.", "H3.2", "Child Protection Chairs Manager", "01/01/2023", "30/04/2023", "Red", ["Child Protection Chairs Manager"], "2023-04", "red"),
        ])]),
    ]
    exp = []
    for theme, recs in data:
        doc.add_heading(theme, 1)
        for rec, rows in recs:
            p = doc.add_paragraph(); p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Action", "Ref", "Owner", "Start", "Completion date", "Status"]):
                c.text = h
            for text, ref, lead, start, end, st, el, em, es in rows:
                r = t.add_row().cells
                for c, v in zip(r, [text, ref, lead, start, end, st]):
                    c.text = v
                exp.append(act(ref, [theme, rec], text, el, em, es))
            doc.add_paragraph("")
    doc.save(os.path.join(OUT, name))
    wyaml(name, {
        "source": "Herefordshire Council, Children's Improvement Action Plan submitted to Ofsted after the July 2022 "
                  "ILACS (Cabinet 15/12/2022, councillors.herefordshire.gov.uk). Copied: a document control table "
                  "ahead of the plan, themes as headings with the Ofsted recommendations under them, action text "
                  "first and the ref in the second column, start and completion dates day-first, job-title owners.",
        "reads": "A children's services improvement plan: a version table, then two themes, each with bold Ofsted "
                 "recommendations over six-column tables whose owners are job titles (one row names two posts "
                 "split by a slash) and whose status is a word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Children's Services Improvement Action Plan 2022-2024",
        "actions": exp,
    })


FILLS = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0"}


# ---------------------------------------------------------------- 4. Stockton-style ILACS xlsx
def stockton():
    name = "m2-stockton-ilacs.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "ILACS Action Plan"
    ws["A1"] = "Stockton-on-Tees Borough Council - ILACS Action Plan 2023"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 27 February - 14 March 2023; report published 9 May 2023. Overseen by the Good and Beyond Board."
    hdr = ["Area for improvement", "Ref", "Action", "Lead Officer", "Target Date", "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = Font(bold=True)
    AA = "a. The quality and effectiveness of plans for children and care leavers, including safety plans agreed with parents"
    AB = "b. Sufficiency of suitable foster homes for children"
    AC = "c. Frontline management oversight of the quality of assessments and plans and the impact of interventions"
    AD = "d. Opportunities for children and care leavers to have a voice and influence services"
    D = datetime.datetime
    rows = [
        (AA, "A1", "Revise the child in need and child protection plan templates so that actions are specific and timebound.", "Hughes, Karen", D(2023, 9, 30), "Amber", "Green", "Templates drafted.", ["Hughes, Karen"], "2023-09", "green"),
        (None, "A2", "Safety plans to be written with parents and shared within five working days.", "Hughes, Karen; Okafor, Daniel", D(2023, 10, 31), "Amber", "Amber", "", ["Hughes, Karen", "Okafor, Daniel"], "2023-10", "amber"),
        (None, "A3", "Pathway plans for care leavers reviewed with each young person at least six-monthly.", "Bell, Alison", D(2024, 1, 31), "Red", "Amber", "Audit due.", ["Bell, Alison"], "2024-01", "amber"),
        (AB, "B1", "Launch a foster carer recruitment campaign with an enhanced fee offer.", "Marshall, Tom", D(2023, 12, 31), "Green", "Complete", "Launched September.", ["Marshall, Tom"], "2023-12", "blue"),
        (None, "B2", "Refresh the placement sufficiency strategy.", "Marshall, Tom", D(2024, 3, 31), "Amber", "Red", "Delayed by data gaps.", ["Marshall, Tom"], "2024-03", "red"),
        (AC, "C1", "Introduce a practice standard for management oversight recorded on every case at key points.", "Shah, Priya", D(2023, 8, 31), "Green", "Complete", "", ["Shah, Priya"], "2023-08", "blue"),
        (None, "C2", "Quarterly thematic audits of the impact of interventions, reported to the Good and Beyond Board.", "Shah, Priya", D(2024, 6, 30), "", "Green", "First audit done.", ["Shah, Priya"], "2024-06", "green"),
        (AD, "D1", "Expand the Children in Care Council and create a care leavers' forum.", "Okafor, Daniel", D(2023, 11, 30), "", "", "", ["Okafor, Daniel"], "2023-11", "unrated"),
    ]
    exp = []; cur = None; r = 5
    for area, ref, text, lead, dt, prev, curr, upd, el, em, es in rows:
        vals = [area, ref, text, lead, dt, prev or None, curr or None, upd or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 5).number_format = "mmm-yy"
        if area:
            cur = area
        exp.append(act(ref, [cur], text, el, em, es))
        r += 1
    r += 1
    ws.cell(r, 1, "Key: Red - off track; Amber - at risk of slippage; Green - on track; Complete - action completed and evidenced.")
    for col, w in zip("ABCDEFGH", [40, 6, 60, 28, 12, 12, 12, 24]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    wyaml(name, {
        "source": "Stockton-on-Tees Borough Council, ILACS Outcomes and Action Plan (Cabinet 15/06/2023, "
                  "moderngov.stockton.gov.uk), whose four key areas for improvement are lettered a-d. Copied: the "
                  "lettered areas as the first column written only on the first row of each group, Previous and "
                  "Current RAG columns, and an update column; leads written 'Surname, Forename'.",
        "reads": "One sheet: a title, a note line, then a table where each lettered area for improvement heads its "
                 "group of actions (blank below), leads as 'Surname, Forename' (one row has two separated by ';'), "
                 "target dates shown as Mon-YY, and previous and current RAG words; a key line follows.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Stockton-on-Tees Borough Council - ILACS Action Plan 2023",
        "actions": exp,
    })


# ---------------------------------------------------------------- 5. B&NES-style ASC xlsx, RAG by fill
def bathnes():
    name = "m2-bathnes-asc.xlsx"
    wb = Workbook(); s = wb.active; s.title = "Summary"
    s["A1"] = "Summary of progress"
    for i, h in enumerate(["Priority", "Actions", "Complete", "On track", "At risk", "Off track"], 1):
        s.cell(2, i, h)
    s.append(["Priority 1", 3, 1, 1, 1, 0]); s.append(["Priority 2", 2, 0, 1, 0, 0]); s.append(["Priority 3", 2, 0, 1, 0, 1])
    s.append(["Total", 7, 1, 3, 1, 1])
    ws = wb.create_sheet("ASC Improvement Plan")
    ws["A1"] = "Adult Social Care Improvement Plan 2025-2027"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the CQC Local Authority Assessment (report published 30 January 2025). RAG is shown by cell colour."
    ws["A3"] = "Key:"
    for col, (k, lab) in zip("BCDE", [("green", "On track"), ("amber", "At risk"), ("red", "Off track"), ("blue", "Complete")]):
        c = ws[f"{col}3"]; c.value = lab; c.fill = PatternFill("solid", fgColor=FILLS[k])
    hdr = ["Ref", "Priority / action", "Measure of success", "Lead", "Due", "RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(5, i, h).font = Font(bold=True)
    P1 = "Priority 1: Assessing needs and reducing waiting times"
    P2 = "Priority 2: Supporting unpaid carers"
    P3 = "Priority 3: Safeguarding and Making Safeguarding Personal"
    data = [
        (P1, [("1.1", "Clear the backlog of Care Act assessments over 28 days through a dedicated assessment team.", "No person waiting over 28 days", "Head of Operations", "Q3 2025/26", "green", ["Head of Operations"], "2025-12"),
              ("1.2", "Introduce a strengths-based assessment template and practice guidance.", "Audit shows 80% good or better", "Principal Social Worker", "Q2 2025/26", "blue", ["Principal Social Worker"], "2025-09"),
              ("1.3", "Publish waiting times on the council website each month.", "Monthly publication", "Performance and Insight Manager", "Q4 2025/26", "amber", ["Performance and Insight Manager"], "2026-03")]),
        (P2, [("2.1", "Co-produce a new carers' strategy with the carers' centre.", "Strategy approved by Cabinet", "Head of Commissioning / Carers Lead", "Q4 2025/26", "green", ["Head of Commissioning", "Carers Lead"], "2026-03"),
              ("2.2", "Offer every carer identified at assessment a separate carer's assessment.", "Carers' assessments up 25%", "Head of Operations", "Q1 2026/27", None, ["Head of Operations"], "2026-06")]),
        (P3, [("3.1", "Reduce safeguarding concerns awaiting triage to under five working days.", "Median triage under 5 days", "Head of Safeguarding Adults", "Q3 2025/26", "red", ["Head of Safeguarding Adults"], "2025-12"),
              ("3.2", "Record the person's desired outcomes at the start and end of every enquiry.", "90% of enquiries", "Head of Safeguarding Adults", "Q1 2026/27", "green", ["Head of Safeguarding Adults"], "2026-06")]),
    ]
    exp = []; r = 6
    for pr, rows in data:
        ws.cell(r, 1, pr).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, text, meas, lead, due, rag, el, em in rows:
            for i, v in enumerate([ref, text, meas, lead, due], 1):
                ws.cell(r, i, v).alignment = Alignment(wrap_text=True, vertical="top")
            if rag:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=FILLS[rag])
            exp.append(act(ref, [pr], text, el, em, rag or "unrated", due))
            r += 1
    for col, w in zip("ABCDEF", [8, 60, 30, 32, 12, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    wyaml(name, {
        "source": "Bath and North East Somerset Council, Adult Social Care Improvement Plan after the CQC Local "
                  "Authority Assessment published 30 January 2025 (Cabinet progress update, democracy.bathnes.gov.uk), "
                  "organised by numbered priorities. Copied: priorities as merged section rows, a progress summary "
                  "sheet ahead of the plan, financial-quarter due dates, and RAG as cell colour with a colour key.",
        "reads": "A workbook whose first sheet only summarises counts; the plan sheet has a title, a colour key row, "
                 "and three merged priority rows over numbered actions whose RAG cell has only a fill colour (one "
                 "uncoloured), due dates as 'Qn yyyy/yy'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Adult Social Care Improvement Plan 2025-2027",
        "actions": exp,
    })


# ---------------------------------------------------------------- 6. Cheshire East-style ILACS progress csv
def cheshire():
    name = "m2-cheshire-east-ilacs.csv"
    R1 = "1. The quality and consistency of management oversight and supervision"
    R2 = "2. The timeliness of initial health assessments for children in care"
    R3 = "3. The range of suitable accommodation for care leavers"
    rows = [
        (R1, "1.1", "Supervision audit tool to be revised and used by all team managers.", "Head of Service, Children in Need and Child Protection", "Nov-20", "Mar-21", "G", ["Head of Service, Children in Need and Child Protection"], "2021-03", "green"),
        (R1, "1.2", "Practice Leads to attend team meetings monthly to model reflective supervision.", "Principal Social Worker", "Jan-21", "", "B", ["Principal Social Worker"], "2021-01", "blue"),
        (R1, "1.3", "Report supervision compliance to the Children and Families Committee quarterly.", "Director of Children's Social Care", "Ongoing", "", "G", ["Director of Children's Social Care"], None, "green", "Ongoing"),
        (R2, "2.1", "Agree a revised pathway with health providers so that requests are sent within 5 working days of a child coming into care.", "Head of Service, Children in Care; Designated Nurse", "Dec-20", "Jun-21", "A", ["Head of Service, Children in Care", "Designated Nurse"], "2021-06", "amber"),
        (R2, "2.2", "Weekly tracking of outstanding initial health assessments by the Children in Care service.", "Service Manager, Children in Care", "Feb-21", "", "B", ["Service Manager, Children in Care"], "2021-02", "blue"),
        (R3, "3.1", "Commission additional supported lodgings for care leavers aged 18-21.", "Head of Commissioning", "Sep-21", "Mar-22", "R", ["Head of Commissioning"], "2022-03", "red"),
        (R3, "3.2", "Agree a protocol with housing for care leavers to be treated as a priority need.", "Head of Service, Care Leavers", "Jul-21", "", "A", ["Head of Service, Care Leavers"], "2021-07", "amber"),
    ]
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Cheshire East Council - Ofsted ILACS Action Plan - Progress Update May 2022", "", "", "", "", "", "", ""])
        w.writerow([""] * 8)
        w.writerow(["Recommendation", "Action No", "Action", "Responsible Officer", "Original target date", "Revised target date", "RAG", "Progress update"])
        exp = []
        for row in rows:
            rec, ref, text, lead, o, rv, rag, el, em, es = row[:10]
            et = row[10] if len(row) > 10 else None
            w.writerow([rec, ref, text, lead, o, rv, rag, "See narrative report" if rag != "B" else "Complete"])
            exp.append(act(ref, [rec], text, el, em, es, et))
        w.writerow([""] * 8)
        w.writerow(["RAG key: B = complete; G = on track; A = some slippage; R = off track", "", "", "", "", "", "", ""])
    wyaml(name, {
        "source": "Cheshire East Council, Ofsted Action Plan and Progress Update to the Children and Families "
                  "Committee, 23/05/2022, on the November 2019 ILACS recommendations (moderngov.cheshireeast.gov.uk). "
                  "Copied: recommendations repeated on each action row, original and revised target dates side by "
                  "side, RAG letters and a progress column, as an export with a title line and a key line.",
        "reads": "A CSV export: a title line, a blank line, a header, then seven actions each carrying its numbered "
                 "Ofsted recommendation; where a revised date is given it replaces the original; leads are posts "
                 "(some written 'Head of Service, X', which is one post), two leads on one row split by ';'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Cheshire East Council - Ofsted ILACS Action Plan - Progress Update May 2022",
        "actions": exp,
    })


# ---------------------------------------------------------------- 7. Cumbria-style WSOA csv with a mistyped month (refuse)
def cumbria():
    name = "m2-cumbria-wsoa.csv"
    rows = [
        ("Understanding of need", "UN1", "Produce a SEND joint strategic needs assessment chapter.", "Public Health Manager", "December 2019", "Green"),
        ("Understanding of need", "UN2", "Share school-level SEN data with the SEND Partnership Board each term.", "Head of SEND", "January 2020", "Amber"),
        ("Joint working including planning and commissioning", "JW1", "Establish a joint commissioning group for SEND with the CCGs.", "Senior Manager Commissioning", "November 2019", "Complete"),
        ("Joint working including planning and commissioning", "JW2", "Agree a jointly funded post of Designated Clinical Officer.", "CCG Director of Nursing", "October 2019", "Complete"),
        ("Lack of trust and faith from parents and carers", "TP1", "Publish a SEND e-bulletin each half term.", "SEND Improvement Lead", "Febuary 2020", "Green"),
        ("Lack of trust and faith from parents and carers", "TP2", "Hold locality drop-in sessions for parents in each district.", "SEND Improvement Lead", "March 2020", "Amber"),
        ("Transition", "TR1", "Agree a preparing-for-adulthood protocol between children's and adult services.", "Assistant Director Education and Skills", "April 2020", "Red"),
    ]
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Cumbria SEND Written Statement of Action - progress tracker", "", "", "", "", ""])
        w.writerow(["Key area of concern", "Ref", "Action", "Lead", "Timescale", "Status"])
        for r in rows:
            w.writerow(list(r))
    # line 1 title, line 2 header, data from line 3; TP1 ('Febuary 2020') is the 5th data row -> line 7
    wyaml(name, {
        "source": "Cumbria County Council and partners, SEND Written Statement of Action published August 2019 after the "
                  "March 2019 local area inspection (Health and Wellbeing Board item, councilportal.cumbria.gov.uk), "
                  "with key areas of concern such as understanding of need, joint working, trust of parents, "
                  "transition. Copied: key area repeated in the first column, short lettered refs, month-year timescales.",
        "reads": "A CSV tracker: a title line and a header, then actions with key area, ref, lead post, a "
                 "'Month YYYY' timescale and a status word. Row TP1's timescale reads 'Febuary 2020', a mistyped "
                 "month a careful person would query before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 7,
        "title": "Cumbria SEND Written Statement of Action - progress tracker",
    })


if __name__ == "__main__":
    for fn in (leicester, centralbeds, hereford, stockton, bathnes, cheshire, cumbria):
        fn()
