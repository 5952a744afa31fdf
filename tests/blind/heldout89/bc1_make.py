"""bc1: seven children's-services improvement plans (blind corpus, heldout89).

Makes the document files only. Run with /work/main/.venv/bin/python bc1_make.py
"""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "lgreen": "E2EFDA",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL.get(hexcol, hexcol))
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------------------------
# 1. Luton ILACS improvement plan (xlsx): theme rows merged across, recommendation
#    merged down col B, Excel dates mmm-yy, revised date column, RAG letters/words
#    with fills, key under the table.
# ---------------------------------------------------------------------------
def luton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Luton Borough Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Response to the Ofsted inspection of local authority children's services (ILACS), January 2020 – progress update as at 30 September 2020"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Target date",
           "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [7, 38, 48, 26, 12, 12, 48, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    D = dt.datetime
    rows = [
        ("theme", "Theme 1: Management oversight and supervision"),
        ("act", "1.1", "REC1", "Refresh the supervision policy and audit tool, and launch them through practice workshops for all team managers.",
         "Head of Quality Assurance", D(2020, 6, 30), None,
         "Policy relaunched in June 2020. 42 team and service managers attended the workshops.", "Complete", "blue"),
        ("act", "1.2", "REC1", "Monthly dip-sample of supervision records by service managers, with findings reported to the Practice Improvement Board.",
         "AP / DE", "Monthly", None,
         "Dip-samples completed July, August and September; themes reported to the Board on 17 September.", "G", "green"),
        ("act", "1.3", "REC1", "Introduce a caseload dashboard so that team managers can see drift in children's plans.",
         "Head of Performance and Intelligence", D(2020, 9, 30), D(2020, 12, 31),
         "Dashboard built and in testing. Roll-out delayed by the move to the new case management system.", "A", "amber"),
        ("theme", "Theme 2: Children in need and child protection"),
        ("act", "2.1", "REC2", "Review the child protection conference and core group arrangements, including timescales for first core groups.",
         "Service Manager (CP/CIN)", "Q3 2020/21", None,
         "Review under way with the conference chairs; first core group timeliness up from 61% to 78%.", "On track", "green"),
        ("act", "2.2", "REC2", "Multi-agency training on writing SMART child protection plans, delivered with LSCP partners.",
         "Principal Social Worker / LSCP Business Manager", "March 2021", None,
         "Training could not be delivered face to face; virtual course being redesigned and no dates yet agreed.", "R", "red"),
        ("blank",),
        ("theme", "Theme 3: Children in care and care leavers"),
        ("act", "3.1", "REC3", "Deliver the foster carer recruitment campaign, targeting carers for teenagers and sibling groups.",
         "Fostering Service Manager", D(2021, 3, 31), None,
         "Campaign launched August 2020. 19 enquiries, 4 households at assessment stage.", "A", "amber"),
        ("act", "3.2", "REC3", "Audit all pathway plans for care leavers aged 18 to 21 and rewrite those judged inadequate with the young person.",
         "Sarah Khan", "31/01/2021", None,
         "112 of 164 pathway plans audited; rewrites are being tracked weekly.", "G", "green"),
        ("act", "3.3", "REC3", "All personal advisers to complete pathway planning training.",
         "Leaving Care Team Manager", "Ongoing", None, "", "Not started", None),
    ]
    recs = {
        "REC1": "Management oversight and supervision of social work practice, so that it is consistent and effective in progressing children's plans.",
        "REC2": "The quality and timeliness of child protection planning, including the effectiveness of core groups.",
        "REC3": "The sufficiency of local placements for children in care and the quality of pathway plans for care leavers.",
    }
    r = 5
    spans = {}
    for row in rows:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("pale")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "blank":
            pass
        else:
            _, ref, rec, act, lead, tgt, rev, prog, rag, col = row
            vals = [ref, None, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if col:
                ws.cell(row=r, column=8).fill = fill(col)
            spans.setdefault(rec, []).append(r)
        r += 1
    for rec, rs in spans.items():
        ws.cell(row=rs[0], column=2, value=recs[rec]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B / Complete", "blue", "Action complete and evidenced"),
           ("G", "green", "On track to be delivered by the target date"),
           ("A", "amber", "Some slippage; revised date agreed"),
           ("R", "red", "Off track or at risk – escalate to Improvement Board")]
    for k, col, txt in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    wb.save(P("bc1-luton-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Edinburgh young people's centre: Care Inspectorate requirements / areas for
#    improvement (xlsx), cover sheet with version control, section bands,
#    requirement rows merged down, status words, timescales as text.
# ---------------------------------------------------------------------------
def edinburgh():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Braid Road Young People's Centre – Care Inspectorate Improvement Plan"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = "The City of Edinburgh Council – Children's Services"
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cv.cell(row=4, column=i, value=h).font = Font(bold=True)
    for j, row in enumerate([
        ("0.1", dt.datetime(2023, 11, 20), "Unit Manager", "First draft after feedback meeting"),
        ("1.0", dt.datetime(2023, 12, 8), "Service Manager", "Submitted to Care Inspectorate"),
        ("1.2", dt.datetime(2024, 4, 26), "Unit Manager", "April 2024 progress update"),
    ], 5):
        for i, v in enumerate(row, 1):
            c = cv.cell(row=j, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", [10, 12, 18, 40]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Braid Road Young People's Centre – Care Inspectorate Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Unannounced inspection 10–12 October 2023. Report published 14 November 2023."
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Requirement / area for improvement", "What we will do", "Who",
           "By when", "How we will know", "Progress (April 2024)", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDEFGH", [6, 42, 46, 22, 14, 32, 46, 12]):
        ws.column_dimensions[col].width = w
    D = dt.datetime
    data = [
        ("band", "Requirements"),
        ("group", "Requirement 1: By 31 January 2024, the provider must ensure that young people's risk assessments are reviewed after every significant incident and that the views of the young person are recorded.", [
            ("1a", "Review every young person's risk assessment and record the young person's views on it.", "Unit Manager", D(2024, 1, 31),
             "All risk assessments reviewed and signed off", "All six risk assessments reviewed in December 2023 and January 2024.", "Complete"),
            ("1b", "Add a post-incident review prompt to the daily log and check its use at every shift handover.", "Depute Unit Manager", "Jan-24",
             "Monthly audit of logs", "Prompt in use since 4 December; audit found two gaps in February, both followed up in supervision.", "Complete"),
        ]),
        ("group", "Requirement 2: By 31 March 2024, the provider must ensure that all staff have completed training in trauma-informed practice and physical intervention.", [
            ("2a", "Book all permanent and relief staff onto Safe Crisis Management refresher training.", "Unit Manager / Learning and Development", D(2024, 3, 31),
             "Training records 100% compliant", "17 of 19 staff completed. Two staff on long-term leave will attend on their return.", "Amber"),
            ("2b", "Every staff member to complete the NES Transforming Psychological Trauma level 2 module.", "All staff", "Dec 2023 – Mar 2024",
             "Certificates held on personnel files", "Complete for all staff.", "Complete"),
        ]),
        ("band", "Areas for improvement"),
        ("group", "Area for improvement 1: Young people should be supported to take part in planning their own care, including attending their looked after reviews.", [
            ("AFI 1", "Keyworkers to meet each young person before their review to prepare their views, using the 'Having Your Say' form.", "Keyworkers", "Ongoing",
             "Young people's views recorded for every review", "Used for 5 of 6 reviews since January.", "Green"),
            ("AFI 2", "Invite young people to chair part of their own review where they wish to.", "Independent Reviewing Officer", "June 2024",
             "Feedback from young people", "Discussed at residents' meeting in March; two young people interested.", "Green"),
        ]),
        ("group", "Area for improvement 2: The service should improve how it records and learns from complaints and compliments.", [
            ("AFI 3", "Set up a complaints and compliments log and review it at the monthly team meeting.", "D. Fraser", "30/04/2024",
             "Log in place and minuted at team meetings", "Log set up. Not yet reviewed at a team meeting.", "Amber"),
        ]),
    ]
    r = 5
    for item in data:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12)
            ws.cell(row=r, column=1).fill = fill("pale")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, text, acts = item
        start = r
        for ref, act, who, when, know, prog, st in acts:
            vals = [ref, None, act, who, when, know, prog, st]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        ws.cell(row=start, column=2, value=text).alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Status: Complete / Green (on track) / Amber (some delay) / Red (not on track)").font = Font(italic=True)
    wb.save(P("bc1-edinburgh-young-peoples-centre-care-inspectorate-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lambeth SCP JTAI action plan (xlsx) with one mistyped month -> refuse
# ---------------------------------------------------------------------------
LAMBETH_REFUSE_ROW = None


def lambeth():
    global LAMBETH_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = "Lambeth Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Joint Targeted Area Inspection – Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Theme: the multi-agency response to children at risk of criminal exploitation. Owner: LSCP Executive. Last updated: 09/09/2024"
    hdr = ["Ref", "Area for improvement", "Action", "Lead agency / officer", "Timescale", "Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    for col, w in zip("ABCDEFG", [6, 40, 50, 30, 15, 50, 9]):
        ws.column_dimensions[col].width = w
    D = dt.datetime
    rows = [
        ("1.1", "The timeliness and quality of strategy discussions for children at risk of exploitation.",
         "Police, health and children's social care to attend all strategy discussions for exploitation, with a duty health lead identified daily.",
         "MASH Service Manager", D(2024, 6, 30), "Health attendance now 92% (June). Police attendance at 100%.", "G", "green"),
        ("1.2", None,
         "Audit 20 strategy discussions each quarter against the new exploitation standard.",
         "LSCP Quality Assurance Sub-group", "Quarterly", "First audit completed in July; report to Executive in October.", "G", "green"),
        ("2.1", "Return home interviews are not consistently offered or used to understand risk.",
         "Recommission the return home interview service with a 72-hour offer and information shared with the Exploitation Panel.",
         "Head of Commissioning (Children)", "Ocotber 2024", "Specification agreed; tender evaluation under way.", "A", "amber"),
        ("2.2", None,
         "Report return home interview take-up and themes to the Exploitation Panel every month.",
         "Exploitation Panel Chair", "Monthly", "Data from the current provider presented in August.", "G", "green"),
        ("3.1", "Schools are not always involved in planning for children at risk of exploitation.",
         "Designated safeguarding leads to be invited to all exploitation strategy meetings and the Panel.",
         "Head of Education Safeguarding", D(2024, 9, 30), "Invitation process agreed with the MASH.", "G", "green"),
        ("3.2", None,
         "Training for DSLs on contextual safeguarding and the NRM.",
         "LSCP Training Lead; Met Police (Central South BCU)", D(2024, 12, 31), "Two sessions booked for November.", "A", "amber"),
    ]
    r = 6
    for ref, afi, act, lead, ts, upd, rag, col in rows:
        for i, v in enumerate([ref, afi, act, lead, ts, upd, rag], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(row=r, column=7).fill = fill(col)
        if ts == "Ocotber 2024":
            LAMBETH_REFUSE_ROW = r
        r += 1
    wb.save(P("bc1-lambeth-scp-jtai-action-plan-typo-month-refuse.xlsx"))
    return LAMBETH_REFUSE_ROW


# ---------------------------------------------------------------------------
# 4. Blaenau Gwent & Caerphilly YOS HMIP improvement plan (docx): recommendation
#    rows spanning the table, RAG by shading only, key table after.
# ---------------------------------------------------------------------------
def bgc_yos():
    doc = Document()
    landscape(doc)
    doc.add_heading("Blaenau Gwent and Caerphilly Youth Offending Service – HMIP Inspection Improvement Plan", level=1)
    doc.add_paragraph("HM Inspectorate of Probation inspection of youth offending services, 2022").runs[0].bold = True
    doc.add_paragraph(
        "The inspection rated the service as Good. This plan sets out how the YOS and its Management Board "
        "will respond to the inspectors' recommendations. Progress is reported to each meeting of the "
        "Management Board. Last updated January 2023.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress", "RAG"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "grey")
    plan = [
        ("1. The Management Board should make the Bureau decision-making panel multi-agency and make sure it has all relevant information about the child and family.", [
            ("1.1", "Revise the Bureau terms of reference so that education, health and children's services are core members.", "YOS Manager", "By 31 December 2022",
             "Terms of reference agreed by the Board on 8 December 2022.", "blue"),
            ("1.2", "Pre-Bureau information-sharing template to be completed by partner agencies for every child.", "Operational Manager (Prevention) / Gwent Police", "Q4 2022/23",
             "Template drafted and piloted in Caerphilly.", "green"),
        ]),
        ("2. The YOS should improve the analysis of the risk of harm a child presents to others in out-of-court disposal assessments.", [
            ("2.1", "Practice workshops on risk of harm analysis for all case managers.", "Practice Development Manager", "End of February 2023",
             "Two of three workshops held.", "green"),
            ("2.2", "Quarterly audit of out-of-court disposal assessments with feedback to practitioners.", "Team Managers", "Quarterly",
             "First audit delayed due to staff sickness.", "amber"),
        ]),
        ("3. Gwent Police should make sure that police officers seconded to the YOS have a clear role and are not routinely redeployed.", [
            ("3.1", "Agree a service level agreement for seconded officers with Gwent Police, including cover arrangements.", "Superintendent, Gwent Police", "March 2023",
             "Draft SLA with Gwent Police legal services. No date yet agreed for sign-off.", "red"),
        ]),
        ("4. The Management Board should make sure that the views of children and their parents or carers are used to shape services.", [
            ("4.1", "Introduce an exit feedback survey for all children and parents or carers at the end of an intervention.", "Participation Officer", "Dec-22",
             "Survey live since November 2022; 23 responses so far.", "blue"),
            ("4.2", "Children's feedback to be a standing item at every Management Board meeting.", "Board Chair", "Ongoing",
             "First report to the Board in January 2023.", "green"),
        ]),
    ]
    for rec, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, rec)
        shade(m, "lgreen")
        for ref, act, lead, ts, prog, col in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead, ts, prog, ""]):
                cells[i].text = v
            shade(cells[5], col)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Completed"), ("green", "On track"),
                                    ("amber", "Some slippage"), ("red", "Not on track / needs Board attention")]):
        shade(k.rows[i].cells[0], col)
        k.rows[i].cells[1].text = txt
    doc.save(P("bc1-blaenau-gwent-caerphilly-yos-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ysgol Gyfun Cwm Rhymni Estyn PIAP (docx): recommendation heading then one
#    table per recommendation, no refs, school-term timescales, status words.
# ---------------------------------------------------------------------------
def cwm_rhymni():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ysgol Gyfun Cwm Rhymni – Post-inspection Action Plan", level=1)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad | Estyn inspection: March 2023")
    doc.add_paragraph(
        "This plan responds to the four recommendations in the Estyn report. It is monitored by the governing "
        "body's Standards Committee each term and by the local authority link officer.")
    recs = [
        ("Recommendation 1: Improve the consistency of teaching so that all pupils are challenged to make strong progress", [
            ("Introduce a whole-school teaching and learning framework, with termly learning walks focused on challenge.", "DHT (Teaching and Learning)", "Autumn term 2023",
             "Learning walks show challenge in most lessons", "Framework launched at INSET in September. First learning walk completed November.", "Complete"),
            ("Coaching triads for teachers, linked to performance management targets.", "AHT / Head of Welsh", "Summer term 2024",
             "All teachers in a triad; impact seen in lesson observations", "Triads set up in all faculties.", "On track"),
        ]),
        ("Recommendation 2: Strengthen provision for pupils' Welsh oracy across the curriculum", [
            ("Oracy strategy for all subjects, including use of language frames and talk routines in KS3.", "Head of Welsh", "Spring term 2024",
             "Improved standards of spoken Welsh in pupil voice and lesson observations", "Strategy drafted; consultation with heads of department in January.", "On track"),
            ("Sixth form 'Llysgenhadon' (language ambassadors) to run lunchtime clubs for Years 7 and 8.", "Siân Jenkins", "Termly",
             "Attendance at clubs", "", "Not started"),
        ]),
        ("Recommendation 3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("Appoint a family engagement officer and introduce fortnightly attendance review meetings.", "Headteacher", "September 2023",
             "Attendance of eFSM pupils improves towards 90%", "Officer in post from 4 September 2023.", "Complete"),
            ("Work with the Education Welfare Service on early intervention letters and home visits.", "AHT (Wellbeing) / EWO", "Ongoing",
             "Fewer pupils with persistent absence", "Persistent absence down from 24% to 19% in the autumn term.", "On track"),
        ]),
        ("Recommendation 4: Sharpen self-evaluation so that leaders at all levels focus on the impact of teaching on pupils' learning", [
            ("Revise the self-evaluation calendar to include book looks and pupil voice in every faculty review.", "DHT (Curriculum)", "Spring term 2024",
             "Faculty reviews identify clear priorities", "", "Not started"),
        ]),
    ]
    for rec, rows in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Actions", "Lead", "Timescale", "Success criteria", "Progress", "Status"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "pale")
        for vals in rows:
            cells = t.add_row().cells
            for i, v in enumerate(vals):
                cells[i].text = v
        doc.add_paragraph()
    doc.save(P("bc1-ysgol-gyfun-cwm-rhymni-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Trafford SEND WSOA tracker (csv): title line, area of weakness on its
#    first row only, dates as typed.
# ---------------------------------------------------------------------------
def trafford():
    hdr = ["Area of weakness", "Ref", "Action", "Lead officer", "Timescale", "RAG", "Progress update"]
    A1 = "1. The variable quality of EHC plans, which do not consistently reflect children and young people's needs and outcomes"
    A2 = "2. The lack of a joined-up approach to identifying and meeting the needs of children and young people with social, emotional and mental health needs"
    A3 = "3. Poor communication with parents and carers, and their lack of confidence in the local area"
    rows = [
        [A1, "1.1", "Introduce a multi-agency EHC plan quality assurance framework with monthly moderation panels.", "Head of SEND; Designated Clinical Officer", "31/03/2022", "Green",
         "Framework agreed. Panels held in January and February; 38 plans moderated."],
        ["", "1.2", "Training for SEND caseworkers and health and social care advice writers on writing outcomes.", "SEND Service Manager", "Jan 2022", "Complete",
         "Delivered to 64 staff across the partnership."],
        ["", "1.3", "Review of all EHC plans for children in Year 9 and above, with preparation for adulthood outcomes added.", "SEND Service Manager", "Sep-22", "Amber",
         "Review under way; capacity affected by the rise in new assessment requests."],
        [A2, "2.1", "Develop an SEMH pathway across schools, CAMHS and early help, co-produced with parents.", "DCO (Trafford CCG)", "Summer term 2022", "Green",
         "Pathway drafted with the Parent Carer Forum; consultation closes in April."],
        ["", "2.2", "Increase Mental Health Support Team coverage to 60% of schools.", "Jo Patel and Mark Ellis", "By 31 March 2023", "Amber",
         "Coverage at 41%. Bid for wave 8 submitted."],
        ["", "2.3", "Data on SEMH waiting times to be reported to the SEND Board each quarter.", "Head of Commissioning (CYP)", "Quarterly", "Green",
         "Reported at the December and March Boards."],
        [A3, "3.1", "Relaunch the Local Offer website, tested with parents and young people.", "Local Offer Officer", "Nov-21", "Complete",
         "New site live 15 November 2021."],
        ["", "3.2", "Named contact for every family waiting for an EHC needs assessment, with a fortnightly update.", "SEND Casework Team Manager", "Ongoing", "Red",
         "Named contacts in place, but fortnightly updates are not yet consistent."],
    ]
    with open(P("bc1-trafford-send-wsoa-progress-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Trafford Local Area SEND Written Statement of Action – progress tracker (March 2022)"] + [""] * 6)
        w.writerow([""] * 7)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Greenwich focused visit action plan (txt): tab-separated export with title
#    lines, area repeated on every row.
# ---------------------------------------------------------------------------
def greenwich():
    A1 = "Area for improvement 1: The quality of assessments for children in need, including how they take account of children's history"
    A2 = "Area for improvement 2: Management oversight of children subject to pre-proceedings (PLO)"
    rows = [
        ("FV1", A1, "Relaunch the assessment practice standard with a section on family history and chronology.", "HoS (CIN/CP)", "30/11/2022", "Completed",
         "Standard relaunched at the practice week in November."),
        ("FV2", A1, "Monthly thematic audit of 10 child in need assessments, with learning shared at team meetings.", "Principal Social Worker", "Monthly", "On track",
         "October and November audits done; 60% of assessments good or better."),
        ("FV3", A1, "Chronology template built into the case recording system.", "Kemi Adeyemi & Tom Price", "w/c 09/01/23", "Amber",
         "System change raised with the supplier; testing planned for January."),
        ("FV4", A2, "Weekly legal gateway panel tracker, reviewed by the Head of Service, to prevent drift in PLO.", "Head of Service (Children in Care and Proceedings)", "Dec-22", "On track",
         "Tracker in use; average PLO duration reduced to 17 weeks."),
        ("FV5", A2, "Pre-proceedings letters and plans to be reviewed by a service manager before they are sent.", "Service Managers", "End of January 2023", "Red",
         "Not yet in place in two of the four teams because of service manager vacancies."),
    ]
    lines = [
        "Royal Borough of Greenwich Children's Services – Ofsted Focused Visit (October 2022) Action Plan",
        "Exported from the Improvement Tracker 05/12/2022",
        "",
        "\t".join(["No.", "Area for improvement", "Action", "Lead", "By when", "Status", "Comment"]),
    ]
    for r in rows:
        lines.append("\t".join(r))
    with open(P("bc1-greenwich-focused-visit-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    luton()
    edinburgh()
    row = lambeth()
    bgc_yos()
    cwm_rhymni()
    trafford()
    greenwich()
    print("lambeth refuse row", row)
