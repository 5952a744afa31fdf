"""Build the seven zxa- blind test files (set heldout616) and their expected readings.

Run with /work/main/.venv/bin/python zxa_make.py  (writes only files starting zxa-).
"""
import csv
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# ---------------------------------------------------------------- yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(fname, source, reads, outcome, title, actions, refuse_at=None,
                   accept_refusal=False):
    lines = []
    lines.append("source: >-")
    lines.append("  " + source)
    lines.append("reads: >-")
    lines.append("  " + reads)
    lines.append("outcome: " + outcome)
    lines.append("accept_refusal: " + ("true" if accept_refusal else "false"))
    if refuse_at is not None:
        lines.append("refuse_at: %d" % refuse_at)
    if title is not None:
        lines.append("title: " + q(title))
    if outcome == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def set_cell(cell, text):
    """Cell text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


# =============================================================== 1. Ysgol Bodhyfryd (docx)
def make_bodhyfryd():
    fname = "zxa-ysgol-bodhyfryd-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Bodhyfryd: Cynllun Gweithredu Ôl-arolygiad / Post-inspection Action Plan"
    recs = [
        ("R1 Improve pupils’ extended writing skills in Welsh and English across the curriculum", [
            ("1.1", "Introduce a whole-school writing progression framework for Welsh and English, with agreed genres for each year group.",
             "Framework in use in all classes; pupils’ books show the agreed genres each half term.",
             "Deputy Headteacher / Language Lead", ["Deputy Headteacher", "Language Lead"],
             "Spring term 2025", "2025-04", "Spring term 2025", "B"),
            ("1.2", "Plan at least one extended writing task each half term in every class, linked to the area of learning and experience being taught.\nTeachers to share examples at phase meetings so that expectations are consistent across Years 3 to 6.",
             "Book scrutiny shows most pupils in Years 3 to 6 writing at length for a range of purposes.",
             "All class teachers", ["All class teachers"],
             "Summer term 2025", "2025-07", "Summer term 2025", "G"),
            ("1.3", "Provide professional learning for teaching assistants on supporting pupils to edit and improve their own writing.",
             "All teaching assistants trained; learning walks show pupils redrafting independently.",
             "Mrs Elin Hughes", ["Mrs Elin Hughes"],
             "By October half term 2025", "2025-10", "By October half term 2025", "A"),
        ]),
        ("R2 Ensure that teaching provides suitable challenge for all pupils, particularly the more able", [
            ("2.1", "Agree a whole-school approach to differentiated success criteria and model it in staff meetings.",
             "Success criteria offer challenge at three levels in most lessons observed.",
             "Headteacher", ["Headteacher"],
             "March 2025", "2025-03", None, "G"),
            ("2.2", "Carry out termly learning walks and book scrutiny focused on challenge, and feed back to individual teachers.",
             "Monitoring reports show a reduction in tasks that are too easy for more able pupils.",
             "Headteacher and Deputy Headteacher", ["Headteacher", "Deputy Headteacher"],
             "Termly", None, "Termly", "G"),
        ]),
        ("R3 Strengthen self-evaluation so that leaders and governors focus more closely on the impact of teaching on pupils’ progress", [
            ("3.1", "Revise the monitoring calendar so that every activity records its impact on pupils’ learning and leads to clear next steps.",
             "Self-evaluation report identifies precise priorities for the 2025-2026 school development plan.",
             "Senior Leadership Team", ["Senior Leadership Team"],
             "Summer term 2025", "2025-07", "Summer term 2025", "A"),
            ("3.2", "Establish a governors’ link visit programme for each recommendation, with a short written report to each Standards Committee meeting.",
             "Governors can explain the school’s strengths and areas for improvement using first-hand evidence.",
             "Chair of Governors", ["Chair of Governors"],
             "Autumn term 2025", "2025-12", "Autumn term 2025", ""),
        ]),
        ("R4 Address the site security issue identified during the inspection", [
            ("4.1", "Install a secure gate and intercom at the Foundation Learning entrance and update the site safety risk assessment.",
             "Gate and intercom in place; risk assessment approved by the governing body.",
             "Headteacher / Wrexham Council Property Services", ["Headteacher", "Wrexham Council Property Services"],
             "November 2024", "2024-11", None, "B"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Estyn core inspection: 4–6 November 2024    Report published: 14 January 2025")
    doc.add_paragraph("Prepared by the headteacher and governing body with the support of GwE and Wrexham County Borough Council.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Headteacher", "Mrs Siân Roberts"),
                 ("Chair of Governors", "Mr Dafydd Lloyd"),
                 ("Plan approved by governing body", "11 February 2025"),
                 ("Progress reviewed", "Termly – Standards Committee; this version: March 2025")]:
        r = t.add_row().cells
        bold_cell(r[0], k, "D9E2F3")
        r[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph("Allwedd / RAG key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (letter, text) in zip(k.rows[0].cells, [("B", "B – Complete"), ("G", "G – On track"),
                                                  ("A", "A – Some slippage, action being taken"),
                                                  ("R", "R – Significant concern / not on track")]):
        c.text = text
        shade(c, FILL[letter])

    expected = []
    headers = ["Ref", "Action", "Success criteria", "Lead", "Timescale", "Monitored by", "RAG (March 2025)"]
    for heading, rows in recs:
        doc.add_paragraph("")
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=len(headers))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, headers):
            bold_cell(c, h, "D9E2F3")
        for ref, action, crit, lead_txt, lead, tscale, end, end_text, rag in rows:
            cells = tb.add_row().cells
            cells[0].text = ref
            set_cell(cells[1], action)
            cells[2].text = crit
            cells[3].text = lead_txt
            cells[4].text = tscale
            cells[5].text = "Standards Committee"
            cells[6].text = rag
            if rag:
                shade(cells[6], FILL[rag])
            status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[rag]
            expected.append(dict(ref=ref, under=[heading], action=action, lead=lead, end=end,
                                 end_text=end_text, status=status))

    doc.add_paragraph("")
    doc.add_paragraph("Signed: Chair of Governors ……………………    Headteacher ……………………    Date: 11/02/2025")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates an Estyn post-inspection action plan of a Welsh-medium primary school (Ysgol Bodhyfryd, "
                "Wrexham, inspection November 2024), as schools draw them up with the local authority and GwE after "
                "Estyn follow-up guidance (https://estyn.gov.wales/inspection-guidance-type/follow-up-en). Copied "
                "features: bilingual title, document-control table, RAG key table with fill colours, one heading and "
                "one table per Estyn recommendation (R1-R4), success criteria and monitoring columns, school-term "
                "timescales, a two-paragraph action cell, a RAG column with letters on coloured fills, signature line."),
        reads=("A Welsh primary school's action plan answering four Estyn recommendations; each recommendation is a "
               "heading followed by its own table of numbered actions with lead, timescale (mostly school terms) and "
               "a March 2025 RAG letter. Eight actions; the document-control and key tables are not part of the plan."),
        outcome="read", title=title, actions=expected)
    return fname, len(expected)


# =============================================================== 2. Leuchie House (docx)
def make_leuchie():
    fname = "zxa-leuchie-house-care-inspectorate-improvement-plan.docx"
    title = "Leuchie House – Care Inspectorate Improvement Plan"
    kq1 = "Key question 1: How well do we support people’s wellbeing?"
    kq2 = "Key question 2: How good is our leadership?"
    kq3 = "Key question 3: How good is our staff team?"
    req1 = ("By 13 December 2024, the provider must ensure that medication is managed safely and in a way that meets "
            "each guest’s needs, including accurate recording of ‘as required’ medicines and the safe storage of "
            "medicines brought in from home. This is to comply with Regulation 4(1)(a) (Welfare of users) of The "
            "Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 "
            "(SSI 2011/210).")
    afi1 = ("To support guests’ wellbeing, the provider should ensure that personal plans set out how each guest "
            "wishes to spend their stay, including preferred activities and routines, and that these are reviewed "
            "with the guest during the stay. This area for improvement is made in terms of the Health and Social "
            "Care Standards (HSCS) which state that: ‘My personal plan (sometimes referred to as a care plan) is "
            "right for me because it sets out how my needs will be met, as well as my wishes and choices’ (HSCS 1.15).")
    req2 = ("By 31 January 2025, the provider must implement an effective quality assurance system that identifies "
            "and acts on areas for improvement, including in relation to medication, falls and personal planning. "
            "This is to comply with Regulation 4(1)(a) (Welfare of users) and Regulation 3 (Principles) of The "
            "Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 "
            "(SSI 2011/210).")
    afi2 = ("To ensure that guests are supported by staff who have the right skills, the provider should ensure that "
            "all care staff complete training in moving and handling, dysphagia and the use of specialist equipment, "
            "and that competence is checked in practice. This area for improvement is made in terms of the Health "
            "and Social Care Standards (HSCS) which state that: ‘I have confidence in people because they are "
            "trained, competent and skilled, are able to reflect on their practice and follow their professional "
            "and organisational codes’ (HSCS 3.14).")
    # (ref, action, lead text, lead list, original, revised, end, end_text, update, status word)
    sections = [
        (kq1, [
            ("Requirement 1", req1, [
                ("R1.1", "Introduce a ‘when required’ (PRN) protocol for every guest prescribed as-required medicines, checked by a second nurse on admission.",
                 "Clinical Lead Nurse", ["Clinical Lead Nurse"], "13/12/2024", "", "2024-12", None,
                 "Protocols in place for all guests since 2 December 2024; spot-checked weekly.", "BLUE"),
                ("R1.2", "Audit medicines brought in from home at every admission and record the storage location on the guest’s medication record.",
                 "Nurse in charge of each shift", ["Nurse in charge of each shift"], "13/12/2024", "31/01/2025", "2025-01", None,
                 "Audit tool agreed with NHS Lothian pharmacy in January; in use on every admission.", "BLUE"),
                ("R1.3", "Monthly medication audit by an external pharmacist, with results reported to the Quality and Care Committee.",
                 "Head of Care / NHS Lothian Care Home Pharmacist", ["Head of Care", "NHS Lothian Care Home Pharmacist"],
                 "Monthly", "", None, "Monthly",
                 "Audits completed December, January and February; no significant errors found.", "GREEN"),
            ]),
            ("Area for improvement 1", afi1, [
                ("AFI1.1", "Redesign the pre-stay telephone assessment to capture what matters to each guest during their respite break.",
                 "Guest Experience Manager", ["Guest Experience Manager"], "28/02/2025", "30/04/2025", "2025-04", None,
                 "New form drafted; testing with guests’ families delayed by staff absence.", "AMBER"),
                ("AFI1.2", "Hold a short review with each guest on day three of their stay and record any changes in the personal plan.",
                 "Senior Carers", ["Senior Carers"], "31/03/2025", "", "2025-03", None,
                 "Day-three reviews recorded for 41 of 46 stays in February.", "GREEN"),
            ]),
        ]),
        (kq2, [
            ("Requirement 2", req2, [
                ("R2.1", "Adopt a quality assurance calendar covering medication, falls, personal plans and the environment, with named auditors for each audit.",
                 "Head of Care", ["Head of Care"], "31/01/2025", "", "2025-01", None,
                 "Calendar approved by the Senior Leadership Team on 20 January 2025.", "BLUE"),
                ("R2.2", "Report audit findings and the resulting action plan to every meeting of the Quality and Care Committee.",
                 "Chief Executive", ["Chief Executive"], "Ongoing", "", None, "Ongoing",
                 "Standing item from the February 2025 Committee.", "GREEN"),
            ]),
        ]),
        (kq3, [
            ("Area for improvement 2", afi2, [
                ("AFI2.1", "Deliver dysphagia and IDDSI texture training to all care and catering staff.",
                 "Learning and Development Coordinator", ["Learning and Development Coordinator"], "31/03/2025", "", "2025-03", None,
                 "78% of staff trained; remaining sessions booked for April.", "AMBER"),
                ("AFI2.2", "Introduce observed competency checks for moving and handling, recorded on the training matrix.",
                 "Moving and Handling Lead / Deputy Head of Care", ["Moving and Handling Lead", "Deputy Head of Care"],
                 "30/06/2025", "", "2025-06", None,
                 "Not yet started – checks begin in April 2025 once training is complete.", ""),
            ]),
        ]),
    ]

    fills = {"BLUE": "0070C0", "GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000"}
    stat = {"BLUE": "blue", "GREEN": "green", "AMBER": "amber", "RED": "red", "": "unrated"}

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Care Home Service, North Berwick – unannounced inspection 10 and 11 September 2024 "
                      "(report published 21 October 2024)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Care"), ("Version", "4"),
                 ("Last updated", "6 March 2025"),
                 ("Reviewed by", "Quality and Care Committee of the Board of Trustees")]:
        r = t.add_row().cells
        bold_cell(r[0], k, "E7E6E6")
        r[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph("Status key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (w, txt) in zip(key.rows[0].cells, [("BLUE", "BLUE – Complete"), ("GREEN", "GREEN – On track"),
                                               ("AMBER", "AMBER – Some slippage"), ("RED", "RED – Not on track")]):
        c.text = txt
        shade(c, fills[w])

    headers = ["Ref", "Action we will take", "Responsible", "Original timescale", "Revised timescale",
               "Update (March 2025)", "Status"]
    expected = []
    for kq, blocks in sections:
        doc.add_paragraph("")
        doc.add_heading(kq, level=1)
        for label, text, rows in blocks:
            tb = doc.add_table(rows=3, cols=len(headers))
            tb.style = "Table Grid"
            a = tb.cell(0, 0).merge(tb.cell(0, len(headers) - 1))
            bold_cell(a, label, "BDD7EE")
            b = tb.cell(1, 0).merge(tb.cell(1, len(headers) - 1))
            b.text = text
            shade(b, "DEEAF6")
            for c, h in zip(tb.rows[2].cells, headers):
                bold_cell(c, h, "F2F2F2")
            for ref, action, lead_txt, lead, orig, rev, end, end_text, upd, st in rows:
                cells = tb.add_row().cells
                cells[0].text = ref
                cells[1].text = action
                cells[2].text = lead_txt
                cells[3].text = orig
                cells[4].text = rev
                cells[5].text = upd
                cells[6].text = st
                if st:
                    shade(cells[6], fills[st])
                expected.append(dict(ref=ref, under=[kq, text], action=action, lead=lead, end=end,
                                     end_text=end_text, status=stat[st]))
            doc.add_paragraph("")

    doc.add_paragraph("Signed on behalf of Leuchie: Chief Executive    Date: 6 March 2025")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the improvement plan a Scottish care home service writes after a Care Inspectorate "
                "inspection (Leuchie House, North Berwick, respite care home; inspection September 2024), answering "
                "the report's requirements and areas for improvement. Copied features: title block, document-control "
                "table, colour status key, one heading per key question, one table per requirement / area for "
                "improvement with a merged label row ('Requirement 1') and a merged row carrying the inspector's full "
                "text, original and revised timescale columns, March 2025 update column, status words on colour fills."),
        reads=("A care home's improvement plan grouped under three Care Inspectorate key questions; under each, a "
               "requirement or area for improvement is quoted in full and followed by its numbered actions with "
               "person responsible, original and revised timescale and a colour status. Nine actions; where a revised "
               "timescale is given it is the due date."),
        outcome="read", title=title, actions=expected)
    return fname, len(expected)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill("solid", start_color=hexrgb, end_color=hexrgb)


# =============================================================== 3. Ystwyth Medical Group (xlsx)
def make_ystwyth():
    fname = "zxa-ystwyth-medical-group-hiw-gp-inspection-improvement-plan.xlsx"
    title = "Ystwyth Medical Group – HIW Inspection Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    info = [("Service:", "Ystwyth Medical Group, Aberystwyth (Hywel Dda University Health Board)"),
            ("Inspection:", "HIW General Practice Inspection (announced), 3 December 2024"),
            ("Report published:", "6 March 2025"),
            ("Service representative:", "Practice Manager"),
            ("Tracker last updated:", "30/06/2025")]
    for i, (k, v) in enumerate(info, start=3):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    for i, (l, txt) in enumerate([("B", "Complete – evidence provided"),
                                  ("G", "On track to be completed within timescale"),
                                  ("A", "At risk of missing timescale"),
                                  ("R", "Timescale missed")], start=10):
        c = cov.cell(row=i, column=1, value=l)
        c.fill = fill(FILL[l])
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement plan")
    headers = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
               "Timescale", "Progress update (June 2025)", "Previous RAG (Apr 2025)", "Current RAG (Jun 2025)"]
    ws["A1"] = "Appendix C – Improvement plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Service: Ystwyth Medical Group        Date of inspection: 3 December 2024"
    ws.merge_cells("A2:H2")
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX

    sec1 = "Quality of the patient experience"
    sec2 = "Delivery of safe and effective care"
    sec3 = "Quality of management and leadership"
    imp1 = ("The practice must ensure that patients can access information about the practice’s services "
            "bilingually, in line with the Welsh Language (Wales) Measure 2011 and the ‘Active Offer’.")
    imp2 = "The practice must ensure that all emergency drugs and equipment are checked weekly and that checks are recorded."
    imp3 = ("The practice must ensure that all clinical staff have completed safeguarding training at the level "
            "appropriate to their role.")
    imp4 = ("The practice must review the process for acting on abnormal test results so that results are actioned "
            "within agreed timeframes.")
    imp5 = "The practice must ensure that staff appraisals are completed annually and that a record is kept."
    imp6 = "The practice should hold regular minuted whole-team meetings and share learning from significant events."
    std_pc = "Health and Care Quality Standards 2023 – Person-centred; Welsh Language Standards"
    std_safe = "Health and Care Quality Standards 2023 – Safe"
    std_eff = "Health and Care Quality Standards 2023 – Effective"
    std_lead = "Health and Care Quality Standards 2023 – Leadership; Workforce"

    # layout rows: ("S", section) or (improvement, standard, action, officer txt, officer list, timescale,
    #                                  end, end_text, update, prev, curr, curr_fill_only)
    rows = [
        ("S", sec1),
        (imp1, std_pc, "Translate the practice leaflet, website appointment pages and waiting room notices into Welsh.",
         "Practice Manager", ["Practice Manager"], "31/03/2025", "2025-03", None,
         "Leaflet and notices translated by the health board Welsh Language Unit; website pages live 24/03/2025.", "A", "B", False),
        (imp1, std_pc, "Record patients’ language preference on registration and display ‘Iaith Gwaith’ badges for Welsh-speaking staff.",
         "Reception Supervisor", ["Reception Supervisor"], "April 2025", "2025-04", None,
         "Registration form updated; badges issued to six staff.", "G", "B", False),
        ("S", sec2),
        (imp2, std_safe, "Introduce a weekly signed checklist for the emergency trolley and defibrillator, held in the treatment room.",
         "Lead Nurse", ["Lead Nurse"], "Immediate", None, "Immediate",
         "Checklist introduced on the day of inspection; audited monthly since.", "B", "B", False),
        (imp3, std_safe, "Run a training needs analysis against the Intercollegiate Document and book Level 3 training for all GPs and nurses.",
         "Dr Owen / Dr Jenkins", ["Dr Owen", "Dr Jenkins"], "30/09/2025", "2025-09", None,
         "Analysis done; 9 of 14 clinicians trained to Level 3, remaining places booked for September.", "A", "A", False),
        (imp4, std_eff, "Agree a results workflow in Vision so that abnormal results are assigned to the requesting clinician or, in their absence, the duty doctor.",
         "GP Partner (clinical governance)", ["GP Partner (clinical governance)"], "Q1 2025/26", "2025-06", "Q1 2025/26",
         "Workflow agreed at clinical meeting 14 May; in use from 2 June.", "G", "G", True),
        (imp4, std_eff, "Audit a sample of 50 results each quarter and report findings to the practice clinical meeting.",
         "Practice Pharmacist", ["Practice Pharmacist"], "Quarterly", None, "Quarterly",
         "First audit due July 2025.", "", "G", False),
        ("S", sec3),
        (imp5, std_lead, "Complete outstanding appraisals for all administrative and reception staff.",
         "Practice Manager", ["Practice Manager"], "July 2025", "2025-07", None,
         "11 of 17 appraisals complete; remaining dates set.", "R", "A", False),
        (imp6, std_lead, "Hold a monthly protected-time team meeting with minutes circulated by email and stored on the shared drive.",
         "Practice Manager / Senior Partner", ["Practice Manager", "Senior Partner"], "Monthly", None, "Monthly",
         "Meetings held April, May and June; significant event learning is a standing item.", "G", "G", False),
    ]
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    expected = []
    r = 5
    section = None
    first_row_of = {}
    for row in rows:
        if row[0] == "S":
            section = row[1]
            c = ws.cell(row=r, column=1, value=section)
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("D9E1F2")
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        imp, std, action, off_txt, off, tscale, end, end_text, upd, prev, curr, fill_only = row
        if imp not in first_row_of:
            first_row_of[imp] = r
            ws.cell(row=r, column=1, value=imp)
            ws.cell(row=r, column=2, value=std)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=off_txt)
        ws.cell(row=r, column=5, value=tscale)
        ws.cell(row=r, column=6, value=upd)
        pc = ws.cell(row=r, column=7, value=prev if prev else None)
        if prev:
            pc.fill = fill(FILL[prev])
        cc = ws.cell(row=r, column=8, value=None if fill_only else curr)
        cc.fill = fill(FILL[curr])
        for j in range(1, 9):
            ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=j).border = BOX
        expected.append(dict(ref=None, under=[section, imp], action=action, lead=off, end=end,
                             end_text=end_text, status=stat[curr]))
        r += 1
    # merge improvement / standard cells spanning several actions
    for imp, start in first_row_of.items():
        n = sum(1 for row in rows if row[0] == imp)
        if n > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=start + n - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=start + n - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Service representative: Practice Manager        Date: 30/06/2025")
    for col, w in zip("ABCDEFGH", [48, 26, 50, 24, 13, 45, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the HIW general practice inspection improvement plan (the 'Improvement plan' appendix of "
                "HIW GP inspection reports, columns Improvement needed / Standard-Regulation / Service action / "
                "Responsible officer / Timescale) kept by a Welsh GP practice (Ystwyth Medical Group, Aberystwyth, "
                "inspection December 2024) as a progress tracker. Copied features: cover sheet with service details "
                "and RAG key, 'Appendix C – Improvement plan' title row, section rows for HIW's three themes, "
                "improvement text merged down over two service actions, no refs, previous and current RAG columns "
                "with fills (one current RAG shown by fill only), signature line."),
        reads=("A GP practice's HIW improvement plan: under each of three HIW themes, each 'improvement needed' "
               "finding has one or two service actions with a responsible officer, timescale, June 2025 update and "
               "previous/current RAG. Eight actions, none numbered; the cover sheet is title and key only."),
        outcome="read", title=title, actions=expected)
    return fname, len(expected)


# =============================================================== 4. Public Health Agency (xlsx)
def make_pha():
    fname = "zxa-public-health-agency-annual-business-plan-2025-26-q2-delivery-plan.xlsx"
    title = "Public Health Agency – Annual Business Plan 2025/26"
    o1 = "Outcome 1: Protecting health"
    o2 = "Outcome 2: Improving health and wellbeing and reducing health inequalities"
    o3 = "Outcome 3: Improving the quality and safety of HSC services"
    o4 = "Outcome 4: Our organisation works effectively"
    # (ref, action, lead text, lead list, target, end, end_text, q1, q2 text, q2 status)
    plan = [
        (o1, [
            ("1.1", "Deliver the 2025/26 autumn/winter immunisation programme for flu and COVID-19.\nTarget: uptake of at least 75% in those aged 65 and over.",
             "Director of Public Health", ["Director of Public Health"], "31 March 2026", "2026-03", None, "G", "G", "green"),
            ("1.2", "Implement the new regional health protection case and incident management system.",
             "Director of Public Health / Director of Operations", ["Director of Public Health", "Director of Operations"],
             "Q3 2025/26", "2025-12", "Q3 2025/26", "A", "R", "red"),
            ("1.3", "Publish the Northern Ireland measles elimination action plan.",
             "Director of Public Health", ["Director of Public Health"], "June 2025", "2025-06", None, "G", "Complete", "blue"),
        ]),
        (o2, [
            ("2.1", "Launch the refreshed Tobacco Control Strategy implementation plan with district council partners.",
             "Director of Public Health", ["Director of Public Health"], "September 2025", "2025-09", None, "G", "B", "blue"),
            ("2.2", "Commission the new regional Stop Smoking Service model from community pharmacies and GP practices.",
             "Director of Operations", ["Director of Operations"], "Q4 2025/26", "2026-03", "Q4 2025/26", "G", "A", "amber"),
            ("2.3", "Roll out Infant Mental Health Framework training to health visitors in all five HSC Trusts.",
             "Director of Nursing, Midwifery and AHPs", ["Director of Nursing, Midwifery and AHPs"],
             "31/01/2026", "2026-01", None, "G", "G", "green"),
        ]),
        (o3, [
            ("3.1", "Complete the regional review of the Serious Adverse Incident procedure and agree revised guidance with the Department of Health.",
             "Director of Nursing, Midwifery and AHPs", ["Director of Nursing, Midwifery and AHPs"],
             "December 2025", "2025-12", None, "A", "A", "amber"),
            ("3.2", "Extend the HSC Safety Forum deteriorating patient collaborative to community hospitals.",
             "Director of Nursing, Midwifery and AHPs; Director of Quality Improvement",
             ["Director of Nursing, Midwifery and AHPs", "Director of Quality Improvement"],
             "March 2026", "2026-03", None, "G", "G", "green"),
        ]),
        (o4, [
            ("4.1", "Implement the new organisational structure agreed through the PHA Reshape and Refresh programme.",
             "Chief Executive", ["Chief Executive"], "Ongoing", None, "Ongoing", "A", "A", "amber"),
            ("4.2", "Achieve financial break-even against the 2025/26 revenue resource limit.",
             "Director of Finance and Corporate Services", ["Director of Finance and Corporate Services"],
             "31/03/2026", "2026-03", None, "G", "G", "green"),
            ("4.3", "Migrate corporate records to the new electronic document and records management system.",
             "Director of Operations", ["Director of Operations"], "Q2 2025/26", "2025-09", "Q2 2025/26", "G", "A", "amber"),
        ]),
    ]
    rag_fill = {"G": FILL["G"], "A": FILL["A"], "R": FILL["R"], "B": FILL["B"], "Complete": FILL["B"]}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cov["A2"] = "Quarter 2 progress report (position at 30 September 2025)"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = ("This report sets out progress against the actions in the PHA Annual Business Plan 2025/26, "
                 "grouped by the outcomes in the PHA Corporate Plan. It is presented to the Agency Management Team "
                 "and the PHA Board.")
    cov["A4"].alignment = WRAP
    cov.merge_cells("A4:D6")
    cov["A8"] = "RAG status key"
    cov["A8"].font = Font(bold=True)
    for i, (l, txt) in enumerate([("B", "Blue – action complete"),
                                  ("G", "Green – on track to be delivered by target date"),
                                  ("A", "Amber – some slippage, expected to be delivered by 31 March 2026"),
                                  ("R", "Red – significant slippage, will not be delivered in 2025/26")], start=9):
        cov.cell(row=i, column=1, value=l).fill = fill(FILL[l])
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 RAG status by outcome"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Outcome", "No. of actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    rr = 4
    for out, acts in plan:
        counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
        for a in acts:
            counts[a[9]] += 1
        vals = [out, len(acts), counts["blue"], counts["green"], counts["amber"], counts["red"]]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=rr, column=j, value=v).border = BOX
        for k in range(5):
            tot[k] += vals[k + 1]
        rr += 1
    for j, v in enumerate(["Total"] + tot, start=1):
        c = sm.cell(row=rr, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 70

    ws = wb.create_sheet("Business Plan Actions")
    headers = ["Ref", "Action", "Lead Director", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    updates = {
        "1.1": "Programme launched 1 September for care home residents and staff; community clinics from 6 October.",
        "1.2": "Supplier go-live postponed following data migration testing; revised date under discussion with BSO ITS.",
        "1.3": "Published 26 June 2025.",
        "2.1": "Implementation plan launched at the regional event on 11 September 2025.",
        "2.2": "Procurement timetable extended by eight weeks to allow engagement with community pharmacy.",
        "2.3": "Training delivered in three of five Trusts; remaining two scheduled for November and January.",
        "3.1": "Consultation responses being analysed; draft guidance expected to slip to January 2026.",
        "3.2": "Two community hospitals joined the collaborative in August.",
        "4.1": "Phase 2 consultation with staff side completed; recruitment to new posts continuing.",
        "4.2": "Month 6 position shows a small surplus; forecast break-even.",
        "4.3": "Migration of Operations directorate complete; other directorates rescheduled.",
    }
    expected = []
    r = 2
    for out, acts in plan:
        c = ws.cell(row=r, column=1, value=out)
        c.font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, action, lead_txt, lead, target, end, end_text, q1, q2, status in acts:
            vals = [ref, action, lead_txt, target, q1, q2, updates[ref]]
            for j, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=j, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).fill = fill(rag_fill[q1])
            ws.cell(row=r, column=6).fill = fill(rag_fill[q2])
            expected.append(dict(ref=ref, under=[out], action=action, lead=lead, end=end,
                                 end_text=end_text, status=status))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: RAG status is as reported by the lead Directorate and reviewed by the "
                                    "Agency Management Team on 14 October 2025."))
    for col, w in zip("ABCDEFG", [8, 60, 34, 15, 9, 11, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the Public Health Agency (Northern Ireland) Annual Business Plan quarterly progress report "
                "(business plan actions grouped by corporate plan outcomes, reported quarterly to the Agency "
                "Management Team and Board; cf. https://www.publichealth.hscni.net/publications/"
                "public-health-agency-business-plan-2017-2018), here for 2025/26 at Quarter 2. Copied features: "
                "cover sheet with purpose and RAG key, summary sheet of RAG counts with a total row, action sheet "
                "with merged outcome band rows, Q1 and Q2 RAG columns with fills, target dates as dates, months, "
                "financial-year quarters and 'Ongoing', job-title leads (two split by '/' or ';'), a note line."),
        reads=("A regional public health body's business plan tracker: eleven numbered actions under four outcome "
               "bands, each with lead director(s), target date, last quarter's and this quarter's RAG and an update. "
               "The status is the Q2 RAG; the cover and summary sheets hold no actions."),
        outcome="read", title=title, actions=expected)
    return fname, len(expected)


# =============================================================== 5. Grove Academy (xlsx, refuse)
def make_grove():
    fname = "zxa-grove-academy-education-scotland-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Grove Academy – Education Scotland Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Dundee City Council – Children and Families Service"
    ws["A3"] = "Inspection: October 2024    Letter to parents and carers published: 10 December 2024"
    ws["A4"] = "Progress update: 5 May 2025"
    headers = ["No.", "Action", "Lead", "Timescale", "Measures of success", "Progress update", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
    afis = [
        ("Area for improvement 1: Senior leaders and staff should continue to improve the consistency of learning, "
         "teaching and assessment across the school.", [
            ("1a", "Work with staff, young people and parents to agree a Grove Academy Learning and Teaching Standard setting out what a good lesson looks like.",
             "DHT (Learning and Teaching)", "December 2024", "Standard launched at January in-service day.",
             "Launched 6 January 2025.", "Complete"),
            ("1b", "Introduce peer observation trios for all teaching staff, focused on the Standard.",
             "Principal Teachers (Curriculum)", "March 2025", "All staff complete two observation cycles.",
             "First cycle complete; second cycle under way.", "G"),
            ("1c", "Review the school’s approach to assessment and moderation in the BGE so that teacher judgements of achievement of a level are reliable.",
             "DHT (BGE) / Principal Teacher Numeracy", "Ocotber 2025", "Moderation calendar in place; cluster moderation of writing and numeracy.",
             "Moderation calendar drafted.", "A"),
        ]),
        ("Area for improvement 2: Staff should make better use of data to identify and close gaps in attainment for "
         "young people affected by poverty.", [
            ("2a", "Create a tracking dashboard combining attendance, SIMD and attainment data for every young person in S1 to S3.",
             "Depute Head Teacher (Equity)", "Jan 2025", "Dashboard used at every tracking meeting.",
             "Dashboard live on the school network from 20 January.", "B"),
            ("2b", "Use Pupil Equity Funding to provide targeted literacy and numeracy support for identified young people in S1 and S2.",
             "PT Pupil Support", "June 2025", "Identified young people make measurable progress in reading age and numeracy.",
             "Two support groups running since February.", "G"),
        ]),
        ("Area for improvement 3: Senior leaders should continue to develop the senior phase curriculum to provide "
         "a wider range of pathways for all young people.", [
            ("3a", "Consult young people and parents on new senior phase pathways, including foundation apprenticeships and college courses with Dundee and Angus College.",
             "Head Teacher", "February 2025", "Consultation report shared with the Parent Council.",
             "Consultation closed 14 February; report shared in March.", "B"),
            ("3b", "Extend the S5/S6 column structure to offer at least four new vocational courses from August 2025.",
             "DHT (Curriculum)", "August 2025", "Four new courses on the 2025/26 option sheet.",
             "Three courses confirmed; fourth awaiting college timetable.", "G"),
        ]),
    ]
    rag_fill = {"Complete": FILL["B"], "B": FILL["B"], "G": FILL["G"], "A": FILL["A"], "R": FILL["R"]}
    r = 7
    typo_row = None
    for afi, acts in afis:
        ws.cell(row=r, column=1, value=afi).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for vals in acts:
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(rag_fill[vals[6]])
            if vals[3] == "Ocotber 2025":
                typo_row = r
            r += 1
    for col, w in zip("ABCDEFG", [6, 60, 30, 15, 40, 40, 10]):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    for i, (l, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                  ("R", "Not on track")], start=2):
        key.cell(row=i, column=1, value=l).fill = fill(FILL[l])
        key.cell(row=i, column=2, value=txt)
    wb.save(os.path.join(HERE, fname))
    assert typo_row == 10, typo_row

    write_expected(
        fname,
        source=("Imitates a Scottish secondary school's action plan following an Education Scotland inspection "
                "(Grove Academy, Dundee; inspection October 2024), laid out as a school Excel tracker: title rows, "
                "local authority line, inspection and update dates, merged band rows quoting each area for "
                "improvement agreed with the headteacher, actions numbered 1a/1b, measures of success, progress "
                "update and RAG column with fills, separate Key sheet. One timescale cell is mistyped."),
        reads=("A school's inspection action plan with seven actions under three areas for improvement. Action 1c's "
               "timescale reads 'Ocotber 2025', a mistyped month on sheet row 10, so a careful reader would stop "
               "and ask what month was meant (most likely October 2025) before taking the plan in."),
        outcome="refuse", title=title, actions=None, refuse_at=typo_row)
    return fname, 7


# =============================================================== 6. Aneurin Bevan UHB (csv)
def make_abuhb():
    fname = "zxa-aneurin-bevan-uhb-corporate-risk-register-2025-26.csv"
    title = "Aneurin Bevan University Health Board - Corporate Risk Register 2025/26"
    header = ["Risk ID", "Risk Title", "Executive Lead", "Current Score (LxC)", "Target Score", "Trend",
              "Action ID", "Action", "Action Owner", "Due Date", "Action RAG", "Latest Update"]
    # (risk fields or None, action id, action, owner text, owner list, due, end, end_text, rag, status, update)
    risks = [
        (("CRR001", "Timely access to urgent and emergency care", "Chief Operating Officer", "20 (5x4)", "12", "↔"), [
            ("CRR001.1", "Open the Same Day Emergency Care (SDEC) extension at the Grange University Hospital seven days a week.",
             "Divisional Director for Urgent Care", ["Divisional Director for Urgent Care"], "31/12/2025", "2025-12", None,
             "Amber", "amber", "Weekday service open; weekend staffing out to advert."),
            ("CRR001.2", "Reduce ambulance handover delays over 4 hours through the joint WAST handover improvement plan.",
             "Davies, Rhian", ["Davies, Rhian"], "30/09/2025", "2025-09", None,
             "Complete", "blue", "Handover delays over 4 hours down 38% since April; plan closed and monitored through IPAR."),
            ("CRR001.3", "Implement the 50-day discharge challenge across community hospitals.",
             "Head of Patient Flow", ["Head of Patient Flow"], "Q4 2025/26", "2026-03", "Q4 2025/26",
             "Green", "green", "Launched in Ysbyty Aneurin Bevan and St Woolos; other sites from December."),
        ]),
        (("CRR004", "Sustainable nursing and medical workforce", "Director of Workforce and OD", "16 (4x4)", "9", "↓"), [
            ("CRR004.1", "Deliver the international nurse recruitment cohort for 2025/26 (60 registered nurses).",
             "Assistant Director of Workforce & OD", ["Assistant Director of Workforce & OD"], "31/03/2026", "2026-03", None,
             "Green", "green", "42 nurses in post; final cohort arrives January."),
            ("CRR004.2", "Reduce agency nursing spend by 25% against the 2024/25 outturn through rostering controls.",
             "Deputy Director of Nursing; Assistant Director of Finance", ["Deputy Director of Nursing", "Assistant Director of Finance"],
             "31/03/2026", "2026-03", None,
             "Red", "red", "Spend reduced 9% at month 6; off-framework agency use continuing in mental health."),
        ]),
        (("CRR007", "Financial sustainability and delivery of the 2025/26 financial plan", "Director of Finance, Procurement and Value", "20 (4x5)", "12", "↔"), [
            ("CRR007.1", "Deliver the £33m savings programme with monthly tracking through the Value and Sustainability Board.",
             "Director of Finance", ["Director of Finance"], "31/03/2026", "2026-03", None,
             "Amber", "amber", "£19.4m identified, £12.1m delivered to date."),
            ("CRR007.2", "Agree the medium-term financial recovery plan with Welsh Government.",
             "Chief Executive", ["Chief Executive"], "Ongoing", None, "Ongoing",
             "Green", "green", "Accountable officer meetings continuing."),
        ]),
        (("CRR012", "Cyber security and resilience of clinical systems", "Director of Digital", "15 (3x5)", "10", "↔"), [
            ("CRR012.1", "Complete Cyber Essentials Plus accreditation for the health board network.",
             "Head of Information Security", ["Head of Information Security"], "30/06/2025", "2025-06", None,
             "Complete", "blue", "Accreditation awarded 19 June 2025."),
            ("CRR012.2", "Test the major IT outage business continuity plan in every division.",
             "Head of Emergency Planning / Divisional Directors", ["Head of Emergency Planning", "Divisional Directors"],
             "31/01/2026", "2026-01", None,
             "Amber", "amber", "Exercises held in two of five divisions."),
        ]),
    ]
    expected = []
    out_rows = [[title],
                ["Report run: 03/11/2025 14:22 (Datix Cloud IQ) - risks scored 15 and above with open actions and actions closed since last report"],
                [],
                header]
    n_open = n_closed = 0
    for risk, acts in risks:
        for i, (aid, action, own_txt, own, due, end, end_text, rag, status, upd) in enumerate(acts):
            lead_fields = list(risk) if i == 0 else ["", "", "", "", "", ""]
            out_rows.append(lead_fields + [aid, action, own_txt, due, rag, upd])
            expected.append(dict(ref=aid, under=[risk[1]], action=action, lead=own, end=end,
                                 end_text=end_text, status=status))
            if rag == "Complete":
                n_closed += 1
            else:
                n_open += 1
    out_rows.append([])
    out_rows.append(["Total open actions: %d" % n_open, "Closed since last report: %d" % n_closed])
    out_rows.append(["End of report"])
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in out_rows:
            w.writerow(row)

    write_expected(
        fname,
        source=("Imitates a Welsh health board corporate risk register extracted from Datix for the Board / Audit, "
                "Risk and Assurance Committee (Aneurin Bevan University Health Board, 2025/26). Copied features: "
                "title and report-run lines above the header, risk ID / title / executive lead / scores / trend "
                "given once per risk with its further actions on following rows left blank (flattened merged "
                "cells), action IDs, action owners as job titles, one 'Surname, Forename' owner, two owners split "
                "by ';' and '/', due dates dd/mm/yyyy, a quarter and 'Ongoing', RAG words including 'Complete', "
                "totals line and end-of-report line."),
        reads=("A health board corporate risk register listing four corporate risks, each with two or three further "
               "actions carrying an action ID, owner, due date, RAG and latest update. Nine actions, read under the "
               "title of the risk they mitigate; the totals line is not an action."),
        outcome="read", title=title, actions=expected)
    return fname, len(expected)


# =============================================================== 7. Harding Memorial PS (txt)
def make_harding():
    fname = "zxa-harding-memorial-primary-school-eti-inspection-action-plan.txt"
    title = "Harding Memorial Primary School - ETI Inspection Action Plan 2025-2026"
    afi1 = ("To use assessment information more effectively to plan for the progression of all children in "
            "numeracy, particularly in key stage 2.")
    afi2 = ("To ensure that feedback to children, both oral and written, consistently helps them to know how to "
            "improve their work.")
    afi3 = "To develop further the role of the Board of Governors in challenging and supporting the school's improvement work."
    # (ref, action lines, lead text, lead list, target, end, end_text, status text, status, progress)
    blocks = [
        (afi1, [
            ("1.1", ["Introduce a termly numeracy tracking meeting for each class teacher with the Numeracy Co-ordinator."],
             "Numeracy Co-ordinator", ["Numeracy Co-ordinator"], "September 2025", "2025-09", None, "Complete", "blue",
             "Meetings held in September and November."),
            ("1.2", ["Use the outcomes of standardised assessments to group children for targeted support in P5 to P7."],
             "Mrs J Boyd and Mr P Kerr", ["Mrs J Boyd", "Mr P Kerr"], "October 2025", "2025-10", None, "Complete", "blue",
             "Groups in place from 6 October."),
            ("1.3", ["Review the numeracy policy so that planning shows progression in mental mathematics and problem-solving from P1 to P7."],
             "Principal", ["Principal"], "March 2026", "2026-03", None, "On track", "green",
             "Draft policy shared with staff at November staff development day."),
        ]),
        (afi2, [
            ("2.1", ["Agree a whole-school feedback and marking policy with children and staff."],
             "Vice-Principal", ["Vice-Principal"], "December 2025", "2025-12", None, "On track", "green",
             "School council consulted; policy to governors in December."),
            ("2.2", ["Develop teachers' use of oral feedback during lessons through paired observation,",
                     "including training for classroom assistants."],
             "Vice-Principal", ["Vice-Principal"], "31/01/2026", "2026-01", None, "On track", "green",
             "First round of paired observations complete."),
            ("2.3", ["Monitor the impact of feedback through book looks and conversations with children each term."],
             "Principal and Vice-Principal", ["Principal", "Vice-Principal"], "Ongoing", None, "Ongoing", "Not started", "unrated",
             "To begin after the policy is agreed."),
        ]),
        (afi3, [
            ("3.1", ["Provide governor training on school development planning and the use of data, and link each governor to an area for improvement."],
             "Principal and Chair of Governors", ["Principal", "Chair of Governors"], "June 2026", "2026-06", None, "On track", "green",
             "EA governor training booked for 20 January 2026; links agreed at October meeting."),
        ]),
    ]
    lines = [
        "Harding Memorial Primary School - ETI Inspection Action Plan 2025-2026",
        "Inspection by the Education and Training Inspectorate: 3-6 March 2025 (report published 12 May 2025)",
        "Approved by the Board of Governors: 17 June 2025",
        "Progress as at: 1 December 2025",
        "",
        "Status key: Complete / On track / Not started",
        "",
    ]
    expected = []
    for n, (afi, acts) in enumerate(blocks, start=1):
        lines.append("Area for improvement %d" % n)
        lines.append(afi)
        lines.append("")
        lines.append("\t".join(["Ref", "Action", "Lead", "Target date", "Status", "Progress"]))
        for ref, alines, lead_txt, lead, target, end, end_text, st_txt, status, prog in acts:
            lines.append("\t".join([ref, alines[0], lead_txt, target, st_txt, prog]))
            for extra in alines[1:]:
                lines.append("\t".join(["", extra, "", "", "", ""]))
            expected.append(dict(ref=ref, under=[afi], action="\n".join(alines), lead=lead, end=end,
                                 end_text=end_text, status=status))
        lines.append("")
    lines.append("Note: This plan is reviewed at each meeting of the Board of Governors. Progress is reported "
                 "to the Education Authority link officer each term.")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        fname,
        source=("Imitates a Northern Ireland primary school's action plan responding to the areas for improvement "
                "in an ETI inspection report (Harding Memorial Primary School, Belfast; inspection March 2025; ETI "
                "follow-up arrangements at https://www.etini.gov.uk/inspection-outcome-and-what-happens-next), saved "
                "from Word as tab-separated text. Copied features: title and approval lines, status key line, an "
                "'Area for improvement N' line followed by the ETI wording, a tab-separated table per area, one "
                "action wrapped onto a continuation line with the other columns empty, two people or two posts "
                "joined by 'and', closing note."),
        reads=("A school's action plan with three ETI areas for improvement, each quoted and followed by numbered "
               "actions with lead, target date, status and progress. Seven actions; the wrapped second line of 2.2 "
               "belongs to that action, and the key and note lines are not actions."),
        outcome="read", title=title, actions=expected)
    return fname, len(expected)


if __name__ == "__main__":
    for mk in (make_bodhyfryd, make_leuchie, make_ystwyth, make_pha, make_grove, make_abuhb, make_harding):
        name, n = mk()
        print("%-85s %2d actions" % (name, n))
