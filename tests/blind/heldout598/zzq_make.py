"""Build the seven zzq- blind test files (set heldout598).

Run with /work/main/.venv/bin/python zzq_make.py ; writes next to this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzq-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill(start_color=hex_rgb, end_color=hex_rgb, fill_type="solid")


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"


# ============================================================ 1. ETI (docx)
def make_st_brides():
    doc = Document()
    doc.add_heading(
        "St Bride's Primary School – Action Plan following the ETI Inspection (February 2024)", level=1
    )
    doc.add_paragraph(
        "Response of the Board of Governors to the areas for improvement identified in the "
        "Education and Training Inspectorate report published in April 2024."
    )
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "St Bride's Primary School, Derryvolgie Avenue, Belfast"),
        ("Management type", "Maintained, co-educational"),
        ("Date of inspection", "5–8 February 2024"),
        ("Plan approved by Board of Governors", "14 May 2024"),
        ("Progress reviewed", "January 2025"),
    ]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG key:  R = behind schedule   A = in progress, some slippage   G = on track   B = complete"
    )

    afis = [
        (
            "Area for Improvement 1",
            "To raise standards in writing across key stage 2, through more consistent planning, "
            "teaching and assessment of extended writing.",
            [
                ("1.1", "Audit current provision for extended writing in P5–P7 through book scrutiny and pupil voice; share findings with staff.",
                 "Literacy Co-ordinator", "October 2024", "Audit completed; findings inform the whole-school writing plan.", "B"),
                ("1.2", "Introduce a whole-school writing framework with shared success criteria and modelled writing in every class.",
                 "Principal / Literacy Co-ordinator", "December 2024", "Framework used in all classes; consistent approach evident in books.", "G"),
                ("1.3", "Provide staff training on the teaching of writing through the Education Authority's literacy support team.",
                 "Vice-Principal", "Autumn term 2024", "All teachers attend; observations show improved modelling of writing.", "B"),
                ("1.4", "Track pupils' progress in writing termly using agreed assessment criteria and target support for identified children.",
                 "Literacy Co-ordinator and SENCo", "Termly", "Tracking shows at least 80% of P5–P7 pupils at or above the expected level by June 2025.", "A"),
            ],
        ),
        (
            "Area for Improvement 2",
            "To develop the use of assessment information to identify and meet the needs of those "
            "children who require additional support with their learning.",
            [
                ("2.1", "Review the school's SEN register and individual education plans (IEPs) to ensure targets are specific and regularly reviewed.",
                 "SENCo", "30/11/2024", "All IEPs reviewed with SMART targets; parents involved in reviews.", "G"),
                ("2.2", "Establish half-termly pupil progress meetings between class teachers and the senior leadership team to analyse standardised test data and agree interventions.",
                 "Principal", "From September 2024 – June 2025", "Meetings minuted; interventions evaluated for impact.", "G"),
                ("2.3", "Train classroom assistants to deliver targeted literacy and numeracy interventions.",
                 "SENCo / Vice-Principal", "March 2025", "Classroom assistants deliver interventions confidently; pupil progress data improves.", "R"),
            ],
        ),
        (
            "Area for Improvement 3",
            "To strengthen the arrangements for self-evaluation, so that the school development plan "
            "leads to improvement in learning and teaching.",
            [
                ("3.1", "Revise the school development plan (2024–2027) with measurable targets linked to the areas for improvement.",
                 "Principal and Board of Governors", "June 2024", "SDP approved by the Board of Governors; targets are measurable.", "B"),
                ("3.2", "Establish a monitoring and evaluation calendar, including lesson observations, book looks and pupil and parent voice.",
                 "Senior Leadership Team", "September 2024", "Calendar in place and followed; findings reported to governors each term.", "G"),
                ("3.3", "Governors' Standards Sub-committee to receive termly progress reports on the action plan and challenge the pace of improvement.",
                 "Chair of Board of Governors", "Ongoing", "Minutes evidence governor challenge and support.", "G"),
            ],
        ),
    ]
    heads = ["No.", "Actions to be taken", "Person(s) responsible", "Timescale", "Success criteria", "RAG (Jan 2025)"]
    for heading, afi_text, rows in afis:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[5])
        set_cell(m, afi_text, bold=True)
        shade(m, "D9E2F3")
        for c, h in zip(tb.rows[1].cells, heads):
            set_cell(c, h, bold=True)
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
        doc.add_paragraph("")
    doc.add_paragraph(
        "The action plan will be reviewed at each meeting of the Board of Governors and shared "
        "with the District Inspector in advance of the follow-up inspection."
    )
    s = doc.add_table(rows=2, cols=4)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Signed (Principal):", bold=True)
    set_cell(s.rows[0].cells[2], "Date:", bold=True)
    set_cell(s.rows[1].cells[0], "Signed (Chair, Board of Governors):", bold=True)
    set_cell(s.rows[1].cells[2], "Date:", bold=True)
    doc.save(out("zzq-st-brides-primary-school-belfast-eti-inspection-action-plan.docx"))


# ========================================================== 2. Estyn (docx)
def make_garth_olwg():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ysgol Gyfun Garth Olwg – Post-inspection Action Plan", level=1)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    doc.add_paragraph(
        "Estyn core inspection: March 2024.  Plan agreed by the Governing Body: 4 July 2024.  "
        "Progress update for the Governing Body: February 2025."
    )
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Summary of changes", "Author"]):
        set_cell(c, h, bold=True)
    for r in [
        ("1.0", "19/06/2024", "Draft shared with the local authority challenge adviser", "Headteacher"),
        ("1.1", "04/07/2024", "Approved by the Governing Body and sent to Estyn", "Headteacher"),
        ("1.2", "10/02/2025", "Progress RAG added (spring term review)", "Deputy Headteacher"),
    ]:
        cells = dc.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key (shading in the final column)")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, label in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some concern – monitor closely"), (RED, "Off track")]:
        cells = key.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], label)
    doc.add_paragraph("")

    heads = ["Ref", "Action", "Lead", "Start", "Completion date", "Success criteria", "Monitoring (who / when)", "Progress"]
    recs = [
        ("Recommendation 1: Improve the quality of teaching and assessment so that it challenges all pupils, particularly the more able, in the secondary phase", [
            ("1a", "Establish a Teaching and Learning Group to agree and share the school's principles of effective teaching and challenge.",
             "Mr Rhys Howells (Deputy Headteacher)", "Sept 2024", "31/10/2024", "Principles agreed and used by all departments.", "Headteacher – half-termly", BLUE),
            ("1b", "Deliver a programme of professional learning on questioning, feedback and planning for challenge, including coaching triads.",
             "AHT (Teaching & Learning)", "Sept 2024", "31/03/2025", "Lesson observations show a greater proportion of lessons with appropriate challenge.", "SLT – termly", GREEN),
            ("1c", "Introduce a cycle of learning walks and book scrutiny focused on challenge for more able pupils, with findings reported to the governing body.",
             "SLT / Heads of Department", "Oct 2024", "July 2025", "Monitoring records show improving challenge for more able pupils.", "Curriculum and Standards Committee", AMBER),
            ("1d", "Refine the school's tracking system so that assessment information is used to plan next steps for individual pupils in Years 7–11.",
             "Mrs Catrin Pugh (Data Manager)", "Sept 2024", "20/12/2024", "Teachers use tracking information to plan next steps.", "Deputy Headteacher – termly", GREEN),
        ]),
        ("Recommendation 2: Strengthen pupils' Welsh oracy and extended writing skills across the curriculum", [
            ("2a", "Map opportunities to develop oracy and extended writing in Welsh across all Areas of Learning and Experience.",
             "Head of Welsh", "Sept 2024", "31/01/2025", "Mapping complete; opportunities identified in every Area.", "AHT (Teaching & Learning) – termly", GREEN),
            ("2b", "Implement a whole-school oracy strategy in Years 7–9, with structured talk activities planned in every subject.",
             "Head of Welsh / Literacy Co-ordinator", "Jan 2025", "July 2025", "Pupils speak Welsh more confidently and at greater length in lessons.", "SLT learning walks – half-termly", AMBER),
            ("2c", "Provide intensive Welsh language support for latecomers and pupils joining from English-medium schools.",
             "Welsh Language Immersion Lead", "Sept 2024", "Summer term 2025", "Latecomers make strong progress in Welsh language skills.", "Head of Welsh – termly", RED),
        ]),
        ("Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals", [
            ("3a", "Appoint an Attendance and Family Engagement Officer and establish weekly attendance meetings.",
             "Headteacher", "July 2024", "01/09/2024", "Officer in post; weekly meetings held and minuted.", "Governing Body – termly", BLUE),
            ("3b", "Work with the local authority Education Welfare Service to implement stepped interventions for persistent absentees.",
             "Pastoral Leader / EWO", "Sept 2024", "Ongoing", "Attendance of eFSM pupils improves by at least 2 percentage points.", "Deputy Headteacher – monthly", GREEN),
        ]),
        ("Recommendation 4: Ensure that self-evaluation and improvement planning processes focus sharply on the impact of provision on pupils' learning", [
            ("4a", "Revise the school's self-evaluation calendar so that all evidence-gathering activities evaluate impact on learning and progress.",
             "Deputy Headteacher", "July 2024", "30/09/2024", "Calendar revised and shared with all staff.", "Headteacher", BLUE),
            ("4b", "Train middle leaders in evaluating evidence and writing focused departmental improvement plans.",
             "Headteacher / Deputy Headteacher", "Oct 2024", "Spring term 2025", "Departmental plans identify clear priorities based on impact.", "Local authority challenge adviser", AMBER),
            ("4c", "Governors' Curriculum and Standards Committee to monitor progress against this plan each half-term.",
             "Chair of Governors", "Sept 2024", "Half-termly", "Minutes show governors challenging progress.", "Full Governing Body", None),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=8)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, heads):
        set_cell(c, h, bold=True, size=9)
        shade(c, "BFBFBF")
    for rec_text, rows in recs:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[7])
        set_cell(m, rec_text, bold=True, size=9)
        shade(m, "E2EFD9")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells[:7], row[:7]):
                set_cell(c, v, size=9)
            set_cell(cells[7], "", size=9)
            if row[7]:
                shade(cells[7], row[7])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reported to the Governing Body each term and to the local "
        "authority's Schools Causing Concern group."
    )
    doc.save(out("zzq-ysgol-gyfun-garth-olwg-estyn-post-inspection-action-plan.docx"))


# ============================================ 3. Care Inspectorate ELC (xlsx)
def make_cowgate():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    title = "Cowgate Under 5s Centre – Improvement Plan following Care Inspectorate inspection"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection:"
    ws["B2"] = "10 and 11 September 2024 (unannounced) – report published 14 October 2024"
    ws["A3"] = "Plan updated:"
    ws["B3"] = dt.datetime(2025, 3, 3)
    ws["B3"].number_format = "dd/mm/yyyy"
    ws["B3"].alignment = Alignment(horizontal="left")
    heads = ["Ref", "Requirement / area for improvement", "Action", "Person responsible",
             "Timescale", "Evidence of impact", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP

    D = dt.datetime
    blocks = [
        ("Key question 1: How good is our care, play and learning?", [
            ("Requirement 1: By 31 December 2024, the provider must ensure that each child's personal plan sets out how their health, welfare and safety needs will be met, and is reviewed with parents at least once every six months.", [
                ("R1.1", "Audit all personal plans and identify gaps in health, welfare and safety information.", "Depute Manager", D(2024, 10, 31),
                 "Audit record; gaps listed for each key group.", "All 38 plans audited; gaps shared with key workers.", BLUE),
                ("R1.2", "Introduce a new personal plan template with a section for strategies agreed with parents and other professionals.", "Manager / Senior Early Years Practitioner", D(2024, 11, 30),
                 "New template in use for every child.", "Template in use since November.", BLUE),
                ("R1.3", "Key workers to review each personal plan with parents at least every six months and record the review date on the tracker.", "Key workers", "Ongoing",
                 "Tracker shows no plan older than six months.", "Tracker checked monthly by Depute.", GREEN),
            ]),
            ("Area for improvement 1: To support children's wellbeing and learning, the provider should ensure that mealtimes are relaxed, unhurried and promote children's independence.", [
                ("A1.1", "Review the lunch routine with staff and children, introducing smaller groups and self-service.", "Room Leader (3–5 room)", D(2024, 11, 30),
                 "Observations show calm, sociable mealtimes.", "Smaller groups and self-service in place.", BLUE),
                ("A1.2", "Carry out monthly mealtime observations and share feedback at team meetings.", "Depute Manager", "Monthly",
                 "Observation records and team meeting notes.", "Observations December–February completed.", GREEN),
            ]),
        ]),
        ("Key question 2: How good is our setting?", [
            ("Area for improvement 2: The provider should ensure that the outdoor area offers children a wider range of natural and open-ended materials to extend their curiosity and play.", [
                ("A2.1", "Consult children and families on developing the garden and create a phased plan for the outdoor area.", "Manager", "Jan 2025",
                 "Plan shared with families; children's ideas included.", "Consultation done; plan delayed by funding bid.", AMBER),
                ("A2.2", "Source loose parts and natural materials through community donations and the Friends of Cowgate group.", "Senior Early Years Practitioner", "Mar 2025",
                 "Wider range of materials in daily use outdoors.", "Donations collected; storage being built.", GREEN),
            ]),
        ]),
        ("Key question 3: How good is our leadership?", [
            ("Requirement 2: By 30 November 2024, the provider must ensure that medication is managed safely, with written parental consent, accurate records of administration and regular audit.", [
                ("R2.1", "Re-train all staff on the medication policy, including storage and recording.", "Manager", D(2024, 10, 31),
                 "Training record for all staff.", "All staff trained 24 October.", BLUE),
                ("R2.2", "Introduce a monthly medication audit completed by a member of the management team.", "Depute Manager", D(2024, 11, 30),
                 "Completed audit sheets each month.", "December and January audits missed due to staff absence.", RED),
            ]),
            ("Area for improvement 3: The provider should develop quality assurance so that monitoring of practice leads to clear, measurable improvements for children.", [
                ("A3.1", "Develop a quality assurance calendar linked to the quality framework for early learning and childcare.", "Manager", "April 2025",
                 "Calendar in place and followed.", "", None),
            ]),
        ]),
    ]
    r = 6
    for kq, items in blocks:
        ws.cell(row=r, column=1, value=kq).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for req, acts in items:
            first = r
            for ref, act, who, when, ev, prog, col in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=who)
                c = ws.cell(row=r, column=5, value=when)
                if isinstance(when, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6, value=ev)
                ws.cell(row=r, column=7, value=prog if prog else None)
                if col:
                    ws.cell(row=r, column=8).fill = fill(col)
                for cc in range(1, 9):
                    ws.cell(row=r, column=cc).border = BOX
                    ws.cell(row=r, column=cc).alignment = WRAP
                r += 1
            ws.cell(row=first, column=2, value=req)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    r += 1
    for col, label in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some progress – monitor"), (RED, "Off track"), (None, "No fill – not yet started")]:
        if col:
            ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=label)
        r += 1
    for col, w in zip("ABCDEFGH", [7, 48, 48, 24, 12, 30, 34, 8]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Inspection grades")
    g["A1"] = "Care Inspectorate grades – inspection September 2024"
    g["A1"].font = Font(bold=True)
    g.append([])
    g.append(["Key question", "Grade"])
    for kq, grade in [
        ("How good is our care, play and learning?", "3 – Adequate"),
        ("How good is our setting?", "4 – Good"),
        ("How good is our leadership?", "3 – Adequate"),
        ("How good is our staff team?", "4 – Good"),
    ]:
        g.append([kq, grade])
    g.column_dimensions["A"].width = 45
    g.column_dimensions["B"].width = 16
    wb.save(out("zzq-cowgate-under-5s-centre-care-inspectorate-improvement-plan.xlsx"))


# ======================================================= 4. CIW (xlsx)
def make_clwydalyn():
    wb = Workbook()
    title = "ClwydAlyn – Flintshire Domiciliary Support Service: CIW Inspection Improvement Plan"
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Service", "Flintshire Domiciliary Support Service (Llys Jasmine, Mold and Llys Eleanor, Shotton)"),
        ("Provider", "ClwydAlyn Housing Limited"),
        ("Inspection", "18 and 19 June 2024 (full inspection, announced)"),
        ("Report published", "6 August 2024"),
        ("Plan owner", "Registered Manager"),
    ]
    for i, (k, v) in enumerate(rows, 3):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv["A10"] = "Version control"
    cv["A10"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        c = cv.cell(row=11, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, vr in enumerate([
        ("1.0", "09/08/2024", "Registered Manager", "Initial plan returned to CIW"),
        ("1.1", "21/10/2024", "Quality Officer", "October update for Quality & Safety Group"),
    ], 12):
        for j, v in enumerate(vr, 1):
            cv.cell(row=i, column=j, value=v).border = BOX
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 70
    cv.column_dimensions["C"].width = 20
    cv.column_dimensions["D"].width = 42

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Inspection 18–19 June 2024 | Report published 6 August 2024 | Update for Quality & Safety Group, 21 October 2024"
    heads = ["Theme", "Ref", "Regulation", "CIW finding / area for improvement", "Action", "Lead",
             "Original target", "Revised target", "Previous RAG", "Current RAG", "Update (October 2024)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    data = [
        ("Care and Support", "1.1", "Regulation 16",
         "Personal plans are not always reviewed at least every three months and people are not consistently involved in their reviews.",
         "Introduce a review schedule on the electronic care planning system so that reviews are flagged four weeks before they are due.",
         "Care Coordinator", D(2024, 8, 31), None, "Amber", "Complete", "Review alerts live from 2 September."),
        (None, "1.2", None, None,
         "Team leaders to complete outstanding reviews with each person and their representative, recording their views in the review document.",
         "Team Leader (Llys Jasmine), Team Leader (Llys Eleanor)", D(2024, 9, 30), D(2024, 11, 30), "Red", "Amber",
         "41 of 56 reviews completed; remainder booked."),
        (None, "2.1", "Regulation 58",
         "Medication administration records (MAR) were not always completed accurately, and there were gaps in the recording of 'as required' (PRN) medication.",
         "Deliver refresher medication training and competency assessments for all care staff.",
         "Registered Manager", D(2024, 9, 30), None, "Amber", "Green", "Training delivered; 6 competency checks outstanding."),
        (None, "2.2", None, None,
         "Carry out weekly MAR audits at each scheme, with findings reported to the monthly governance meeting.",
         "Registered Manager / Senior Care Officers", D(2024, 7, 31), None, "Green", "Complete", "Weekly audits embedded."),
        (None, "2.3", None, None,
         "Add PRN protocols to every MAR where 'as required' medication is prescribed.",
         "Senior Care Officers", D(2024, 8, 31), D(2024, 10, 31), "Red", "Amber", "Awaiting GP sign-off for 4 protocols."),
        ("Leadership and Management", "3.1", "Regulation 36",
         "Not all staff received supervision at the required frequency of at least quarterly.",
         "Set up a supervision matrix for all staff and share it monthly with the Responsible Individual.",
         "Registered Manager", D(2024, 7, 31), None, "Amber", "Complete", "Matrix shared monthly since July."),
        (None, "3.2", None, None,
         "Train two additional Senior Care Officers as supervisors to increase capacity.",
         "Head of Care & Support", D(2024, 10, 31), D(2024, 12, 31), "Amber", "Amber", "One trained; second on course in November."),
        (None, "4.1", "Regulation 80",
         "The Responsible Individual's six-monthly quality of care review did not include the views of people using the service and their families.",
         "Send a questionnaire to people and their families and hold a residents' meeting at each scheme before the next quality of care review.",
         "Responsible Individual", D(2024, 11, 30), None, "Green", "Green", "Questionnaires sent 14 October."),
        (None, "4.2", None, None,
         "Publish the quality of care report with a 'you said, we did' summary for people and staff.",
         "Responsible Individual / Quality Officer", D(2025, 1, 31), None, None, "Not started", None),
    ]
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    for i, row in enumerate(data, 5):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if j in (7, 8) and v is not None:
                c.number_format = "mmm-yy"
            if j in (9, 10) and v in rag_fill:
                c.fill = fill(rag_fill[v])
    for col, w in zip("ABCDEFGHIJK", [16, 6, 13, 42, 48, 26, 11, 11, 10, 11, 34]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG definitions"
    k["A1"].font = Font(bold=True)
    for i, (lab, desc) in enumerate([
        ("Red", "Overdue, or at serious risk of not being delivered"),
        ("Amber", "In progress – some risk to the target date"),
        ("Green", "On track to meet the target date"),
        ("Complete", "Action completed and evidence held"),
    ], 2):
        k.cell(row=i, column=1, value=lab).fill = fill(rag_fill[lab])
        k.cell(row=i, column=2, value=desc)
    k.column_dimensions["B"].width = 55
    wb.save(out("zzq-clwydalyn-flintshire-domiciliary-support-service-ciw-inspection-improvement-plan.xlsx"))


# ============================== 5. Argyll and Bute IJB risk register (xlsx, refuse)
def make_argyll_bute():
    wb = Workbook()
    title = "Argyll and Bute Integration Joint Board – Strategic Risk Register 2025-26"
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2025 – reported to the Audit and Risk Committee, 25 November 2025"
    for j, h in enumerate(["Risk ID", "Risk", "Risk owner", "Residual score", "Target score", "Trend"], 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summary = [
        ("SR01", "Financial sustainability", "Chief Financial Officer", 20, 12, "↔"),
        ("SR02", "Workforce recruitment and retention", "Chief Officer", 16, 9, "↔"),
        ("SR03", "Care at home capacity and delayed discharge", "Head of Adult Services", 16, 8, "↑"),
        ("SR04", "Sustainability of primary care services", "Clinical Director", 12, 8, "↓"),
    ]
    score_fill = lambda s: fill(RED) if s >= 15 else (fill(AMBER) if s >= 8 else fill(GREEN))
    for i, row in enumerate(summary, 5):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if j in (4, 5):
                c.fill = score_fill(v)
    sm["A10"] = "Scores: likelihood (1–5) × impact (1–5). 15–25 red, 8–12 amber, 1–6 green."
    for col, w in zip("ABCDEF", [9, 44, 26, 14, 12, 8]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Risk scoring: likelihood (1–5) × impact (1–5). Residual score 15–25 Red, 8–12 Amber, 1–6 Green."
    heads = ["Risk ID", "Risk title", "Description (cause / event / effect)", "Risk owner", "Residual score",
             "Further actions required", "Action owner", "Target date", "Progress update", "Action RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    risks = [
        ("SR01", "Financial sustainability",
         "Rising demand, pay and prescribing costs exceed the funding available from partners, leading to an overspend and the IJB being unable to deliver its Strategic Plan.",
         "Chief Financial Officer", 20, [
             ("Deliver the 2025-26 savings programme with monthly monitoring of progress by the Savings Delivery Board.",
              "Chief Financial Officer", "31 March 2026", "£4.1m of £7.9m delivered at month 6.", "Amber"),
             ("Develop a three-year medium-term financial plan for approval by the IJB.",
              "Chief Financial Officer", "Febuary 2026", "Draft assumptions shared with partners.", "Green"),
             ("Agree a recovery plan with Argyll and Bute Council and NHS Highland if an overspend is forecast at month 6.",
              "Chief Officer", "30 November 2025", "Recovery plan to IJB in November.", "Green"),
         ]),
        ("SR02", "Workforce recruitment and retention",
         "Difficulty recruiting and retaining staff in remote and island communities, leading to reliance on agency staff and reduced service capacity.",
         "Chief Officer", 16, [
             ("Implement the HSCP recruitment and retention plan, including key worker housing with partners on Mull, Islay and Tiree.",
              "Workforce Lead", "March 2026", "Two key worker flats secured on Islay.", "Amber"),
             ("Expand the 'grow your own' modern apprenticeship scheme in care at home.",
              "Head of Adult Services", "Ongoing", "Nine apprentices started September 2025.", "Green"),
             ("Reduce reliance on agency nursing in rural general hospitals through a regional staff bank.",
              "Associate Nurse Director", "31/12/2025", "Bank launched; agency spend down 12%.", "Green"),
         ]),
        ("SR03", "Care at home capacity and delayed discharge",
         "Insufficient care at home capacity results in people waiting in hospital for a package of care, poorer outcomes and pressure on acute beds.",
         "Head of Adult Services", 16, [
             ("Commission additional care at home hours in Cowal and Bute through the new framework.",
              "Head of Adult Services", "January 2026", "Tender evaluation under way.", "Amber"),
             ("Hold daily discharge huddles at Lorn and Islands Hospital with escalation to senior managers.",
              "Locality Manager (Oban, Lorn and Isles)", "Daily", "In place.", "Green"),
         ]),
        ("SR04", "Sustainability of primary care services",
         "GP recruitment difficulties and practice resignations lead to health board-run (2C) practices and reduced access for island communities.",
         "Clinical Director", 12, [
             ("Agree a sustainability plan for each 2C practice, including recruitment of salaried GPs.",
              "Clinical Director", "June 2026", "Plans agreed for 3 of 5 practices.", "Amber"),
             ("Extend the multi-disciplinary team model under the GMS contract to all island practices.",
              "Primary Care Manager", "March 2026", "Pharmacotherapy in place; physiotherapy recruiting.", "Amber"),
         ]),
    ]
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    r = 5
    for rid, rt, desc, owner, score, acts in risks:
        first = r
        for act, who, when, prog, rag in acts:
            ws.cell(row=r, column=6, value=act)
            ws.cell(row=r, column=7, value=who)
            ws.cell(row=r, column=8, value=when)
            ws.cell(row=r, column=9, value=prog)
            c = ws.cell(row=r, column=10, value=rag)
            c.fill = fill(rag_fill[rag])
            for cc in range(1, 11):
                ws.cell(row=r, column=cc).border = BOX
                ws.cell(row=r, column=cc).alignment = WRAP
            r += 1
        for col, v in zip(range(1, 6), (rid, rt, desc, owner, score)):
            ws.cell(row=first, column=col, value=v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=first, column=5).fill = score_fill(score)
    for col, w in zip("ABCDEFGHIJ", [8, 22, 40, 20, 9, 48, 24, 14, 34, 9]):
        ws.column_dimensions[col].width = w
    wb.save(out("zzq-argyll-and-bute-ijb-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


# ======================================================= 6. HIW GP (csv)
def make_pontcae():
    rows = [
        ["Pontcae Medical Practice – HIW Improvement Plan (inspection 16 April 2024)"],
        ["Health board:", "Cwm Taf Morgannwg University Health Board"],
        ["Date of inspection:", "16 April 2024"],
        ["No immediate assurance issues were identified during this inspection."],
        [],
        ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"],
        ["Quality of Patient Experience"],
        ["The practice must ensure that a hearing loop is available and that its availability is clearly advertised to patients.",
         "Equitable",
         "A portable hearing loop has been purchased and is kept at reception. Signage advertising the loop will be displayed at the entrance and in the waiting room.",
         "Practice Manager", "31 May 2024"],
        ["The practice should review its telephone and appointment system to improve patients' ability to contact the practice, particularly at 8.00am.",
         "Timely",
         "Review of call data with the telephony provider to identify peak demand.\n"
         "Additional receptionist on duty 8.00am – 10.30am Monday to Friday.\n"
         "Online booking for routine appointments to be promoted via the practice website and social media.",
         "Practice Manager / Reception Supervisor", "30 September 2024"],
        ["Delivery of Safe and Effective Care"],
        ["The practice must ensure that all emergency drugs and equipment are checked weekly and that checks are recorded.",
         "Safe",
         "A weekly checklist has been introduced and is signed by the duty nurse. Compliance will be audited monthly by the Lead Nurse.",
         "Lead Nurse", "Immediate and ongoing"],
        ["The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Safe",
         "Training matrix updated to show the safeguarding level required for each role. Outstanding Level 3 training booked for two GPs and one nurse.",
         "Dr H. Morgan (Safeguarding Lead)", "31 July 2024"],
        ["", "",
         "Safeguarding training compliance to be a standing item at the monthly practice meeting.",
         "Practice Manager", "Monthly"],
        ["The practice should complete an infection prevention and control audit and act on its findings.",
         "Safe",
         "IPC audit to be completed with support from the health board's IPC team; action plan to follow.",
         "Lead Nurse", "August 2024"],
        ["Quality of Management and Leadership"],
        ["The practice should ensure that all staff have an annual appraisal.",
         "Workforce",
         "Appraisal schedule set for all non-clinical staff; appraisals to be completed by the end of October 2024.",
         "Practice Manager", "31/10/2024"],
        ["The practice must ensure that policies and procedures are reviewed regularly and show a review date and version control.",
         "Leadership",
         "All practice policies to be reviewed by the partners and uploaded to the shared drive with version control.",
         "GP Partners", "December 2024"],
        [],
        ["Service representative"],
        ["Name (print):", "S. Jenkins"],
        ["Job role:", "Practice Manager"],
        ["Date:", "28 May 2024"],
    ]
    with open(out("zzq-pontcae-medical-practice-hiw-gp-inspection-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ============================================ 7. NIAS NIAO RTTCWG (txt, TSV)
def make_nias():
    T = "\t"
    lines = [
        "Northern Ireland Ambulance Service HSC Trust – NIAO Report to Those Charged with Governance 2024-25: Implementation of Recommendations",
        "Audit and Risk Assurance Committee – 4 December 2025",
        "",
        "Status key: G = implemented; A = in progress within target date; R = target date passed",
        "",
        T.join(["Ref", "Priority", "Finding", "Recommendation", "Management response / action",
                "Responsible officer", "Target date", "Update November 2025", "Status"]),
        "Current year findings (2024-25)",
        T.join(["1.1", "Priority 2",
                "Our testing identified 6 leavers whose access to the payroll system had not been removed promptly after their leaving date.",
                "The Trust should ensure that system access for leavers is removed on or before their last working day, and that line managers complete leaver notifications promptly.",
                "HR will issue a monthly leavers report to the Payroll and IT Security teams to confirm removal of access.",
                "Director of Human Resources", "30/09/2025", "Monthly report in place since August 2025.", "G"]),
        T.join(["1.2", "", "", "",
                "Reminder to all line managers on completing leaver forms, to be included in the managers' bulletin.",
                "Head of HR Operations", "31/10/2025", "Issued in October bulletin.", "G"]),
        T.join(["2.1", "Priority 1",
                "The fixed asset register included 143 vehicles and items of equipment that had been disposed of in prior years.",
                "The Trust should complete a full verification of the fixed asset register and remove disposed assets.",
                "Full physical verification exercise across all stations and the fleet, with disposals reconciled to the register.",
                "Director of Finance", "31/03/2026", "Fleet verification complete; stations 60% complete.", "A"]),
        T.join(["3.1", "Priority 2",
                "Overtime claims were not consistently approved before payment in two divisions.",
                "Management should ensure that all overtime is authorised by an appropriate manager before it is processed for payment.",
                "Introduce electronic authorisation of overtime within the rostering system.",
                "Director of Operations / Director of Finance", "30/09/2025 (revised 31/01/2026)",
                "System configuration delayed pending supplier upgrade.", "R"]),
        T.join(["4.1", "Priority 3",
                "The Trust's register of interests for 2024-25 had not been published on its website.",
                "The register of interests should be published annually.",
                "Register of interests for 2024-25 to be published on the Trust website.",
                "Board Secretary", "August 2025", "Published 14 August 2025.", "G"]),
        "Prior year findings (2023-24) – not yet fully implemented",
        T.join(["PY1.1", "Priority 1",
                "Contracts were extended beyond their original term without approval through a direct award contract (DAC) process.",
                "The Trust should strengthen contract management arrangements to ensure that contracts are retendered before expiry.",
                "Contracts register to be reviewed quarterly by the Procurement Board, with expiry dates flagged 12 months in advance.",
                "Head of Procurement", "Quarterly", "Reviews held June and September 2025.", "A"]),
        T.join(["PY1.2", "", "", "",
                "Procurement training for budget holders on DAC requirements.",
                "Head of Procurement", "31/12/2025", "First session delivered 6 November 2025.", "A"]),
        T.join(["PY2.1", "Priority 2",
                "Business continuity plans for Emergency Ambulance Control had not been tested since 2021.",
                "The Trust should test its business continuity plans at least annually.",
                "Live exercise of the Emergency Ambulance Control business continuity plan, with lessons learned reported to the Audit and Risk Assurance Committee.",
                "Director of Planning, Performance and Corporate Services", "30/06/2025",
                "Exercise held 22 May 2025; lessons learned report", "G"]),
        T.join(["", "", "", "", "", "", "", "to this meeting.", ""]),
        "",
        "Summary: 8 actions – 4 G, 3 A, 1 R",
    ]
    with open(out("zzq-northern-ireland-ambulance-service-niao-report-to-those-charged-with-governance-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_st_brides()
    make_garth_olwg()
    make_cowgate()
    make_clwydalyn()
    make_argyll_bute()
    make_pontcae()
    make_nias()
    print("built 7 files in", HERE)
