"""Build the seven ye- blind test files (set heldout566).

Run with /work/main/.venv/bin/python ye_make.py ; writes next to this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "lightblue": "DDEBF7",
}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(name):
    h = FILL_HEX[name]
    return PatternFill(start_color="FF" + h, end_color="FF" + h, fill_type="solid")


# ============================================================ 1. Stanwell
def make_stanwell():
    doc = Document()
    doc.add_paragraph("Stanwell School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "Response to the recommendations of the Estyn core inspection, 13–16 May 2024"
    )

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "3.0 (spring term progress review)"),
        ("Approved by", "Full Governing Body, 16 October 2024"),
        ("Last reviewed", "4 March 2025"),
        ("Plan owner", "Headteacher"),
        ("Shared with", "Vale of Glamorgan Council School Improvement Team"),
    ]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("Progress key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, col, meaning in [
        ("B", "blue", "Completed"),
        ("G", "green", "On track"),
        ("A", "amber", "Some slippage – action being taken"),
        ("R", "red", "Significant concern – not on track"),
    ]:
        r = key.add_row().cells
        set_cell(r[0], letter, bold=True)
        shade(r[0], FILL_HEX[col])
        set_cell(r[1], meaning)

    recs = [
        (
            "R1: Improve the consistency of teaching so that pupils of all abilities are challenged to make strong progress",
            [
                ("1.1",
                 "Deliver a programme of professional learning on questioning and adaptive teaching through fortnightly twilight sessions",
                 "DHT (Teaching & Learning)",
                 "All staff attend; learning walks show effective questioning in most lessons",
                 "Autumn term 2024", "B"),
                ("1.2",
                 "Carry out termly learning walks focused on challenge for more able pupils and share findings with Heads of Faculty",
                 "DHT (Teaching & Learning) / Heads of Faculty",
                 "More able pupils report that work stretches them; faculty reviews show higher expectations",
                 "Summer term 2025", "G"),
                ("1.3",
                 "Establish a peer coaching programme pairing staff with identified development needs with experienced colleagues",
                 "AHT Professional Learning",
                 "Coaching pairs in place; follow-up visits show improvement in identified areas",
                 "31/03/2025", "A"),
            ],
        ),
        (
            "R2: Improve attendance, particularly for pupils eligible for free school meals",
            [
                ("2.1",
                 "Appoint a full-time attendance officer and introduce weekly attendance meetings with Progress Leaders",
                 "AHT Wellbeing",
                 "Attendance officer in post; weekly meetings minuted",
                 "September 2024", "B"),
                ("2.2",
                 "Agree individual attendance support plans with families of pupils whose attendance is below 90%, working with the Education Welfare Service.\nReview plans at the half-termly attendance panel.",
                 "AHT Wellbeing; Education Welfare Officer",
                 "Attendance of eFSM pupils rises by at least 2 percentage points",
                 "Ongoing – reviewed half-termly", "G"),
            ],
        ),
        (
            "R3: Strengthen the role of middle leaders in self-evaluation and improvement planning",
            [
                ("3.1",
                 "Revise the self-evaluation calendar so that each faculty completes a review cycle (book look, learner voice, lesson visits) each term",
                 "Headteacher",
                 "Calendar published; all faculties complete autumn cycle",
                 "Dec 2024", "B"),
                ("3.2",
                 "Provide training for Heads of Faculty on using first-hand evidence to write focused faculty improvement plans",
                 "DHT (Curriculum) / LA Improvement Partner",
                 "Faculty improvement plans identify clear, measurable priorities",
                 "Spring term 2025", "A"),
                ("3.3",
                 "Report progress against faculty improvement plans to the Curriculum and Standards Committee of the governing body",
                 "Heads of Faculty",
                 "Governors challenge and record progress in committee minutes",
                 "Termly", "G"),
            ],
        ),
    ]
    rag_col = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for heading, rows in recs:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, FILL_HEX["lightblue"])
        for ref, action, lead, sc, when, rag in rows:
            r = t.add_row().cells
            set_cell(r[0], ref)
            set_cell(r[1], action)
            set_cell(r[2], lead)
            set_cell(r[3], sc)
            set_cell(r[4], when)
            set_cell(r[5], rag, bold=True)
            shade(r[5], FILL_HEX[rag_col[rag]])
        doc.add_paragraph("")

    doc.add_paragraph(
        "Notes: progress against this plan is reviewed by the Senior Leadership Team each half term "
        "and reported to the Full Governing Body termly."
    )
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for role in ["Headteacher", "Chair of Governors"]:
        r = so.add_row().cells
        set_cell(r[0], role, bold=True)
        set_cell(r[1], "Signed:")
        set_cell(r[2], "Date:")
    doc.save(out("ye-stanwell-school-estyn-post-inspection-action-plan.docx"))


# ============================================================ 2. Wallace High
def make_wallace():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Wallace High School – Action Plan to Address the Areas for Improvement")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(
        "Education and Training Inspectorate: Inspection, October 2023 | "
        "Progress update for the Board of Governors, March 2025"
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("School", "Wallace High School, Lisburn"),
        ("Date of inspection", "2–6 October 2023"),
        ("Action plan submitted to ETI", "15 January 2024"),
        ("Prepared by", "Senior Leadership Team"),
    ]:
        c = cover.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Green – On track    Amber – Some slippage    Red – Significant delay    Blue – Complete"
    )

    headers = ["Area for improvement", "Actions to be taken", "Responsibility", "Time frame",
               "Progress update (March 2025)", "Status"]
    afis = [
        ("1. Improve the consistency of the quality of learning and teaching in key stage 3 science so that all pupils are challenged appropriately.",
         [
             ("Introduce a common lesson structure for key stage 3 science, including planned opportunities for pupils to apply their learning in practical investigations.",
              "Head of Science", "January 2024 – June 2024",
              "Common structure in use in all KS3 science classes since April 2024.", "Complete"),
             ("Carry out paired lesson observations and work scrutiny each term, with findings discussed at department meetings.",
              "Vice-Principal (Curriculum) / Head of Science", "Ongoing",
              "Two cycles completed this year; findings shared with the department.", "On track"),
         ]),
        ("2. Develop further the use of assessment data at whole-school and departmental levels to identify and address underachievement.",
         [
             ("Establish a data tracking cycle with three assessment points per year for all year groups.",
              "Data Manager (Mr R Gibson)", "September 2024",
              "Tracking cycle launched for 2024/25.", "Complete"),
             ("Provide training for Heads of Department on analysing tracking data and planning targeted interventions.",
              "Mrs L Crawford, Senior Teacher", "December 2024",
              "Training delivered to 9 of 14 Heads of Department; remaining sessions in April.", "Some slippage"),
             ("Review the impact of interventions for identified pupils at the end of each tracking period and report to the Board of Governors.",
              "Principal", "June 2025",
              "First impact report presented to the Board in February 2025.", "On track"),
         ]),
        ("3. Ensure that the arrangements for safeguarding reflect fully the guidance issued by the Department of Education.",
         [
             ("Update the Child Protection and Safeguarding Policy in line with the Department of Education guidance ‘Safeguarding and Child Protection in Schools’.",
              "Designated Teacher / Deputy Designated Teacher", "By 31 January 2024",
              "Policy ratified by the Board of Governors on 24 January 2024.", "Complete"),
             ("Deliver safeguarding refresher training to all teaching and non-teaching staff and to members of the Board of Governors.",
              "Designated Teacher", "Annually (September)",
              "Training delivered September 2024; governor session held November 2024.", "On track"),
         ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
                   "Significant delay": "red"}
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        shade(c, FILL_HEX["grey"])
    for afi, acts in afis:
        first = None
        for i, (act, resp, tf, upd, st) in enumerate(acts):
            row = t.add_row().cells
            if i == 0:
                first = row[0]
                set_cell(row[0], afi, bold=True)
            set_cell(row[1], act)
            set_cell(row[2], resp)
            set_cell(row[3], tf)
            set_cell(row[4], upd)
            set_cell(row[5], st)
            shade(row[5], FILL_HEX[status_fill[st]])
            last = row[0]
        if len(acts) > 1:
            first.merge(last)
            # merge leaves the text of the first cell; drop empty paragraphs added by merge
            paras = first.paragraphs
            for extra in paras[1:]:
                if not extra.text:
                    extra._element.getparent().remove(extra._element)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Signed: ____________________ (Principal)      ____________________ (Chair, Board of Governors)"
    )
    doc.save(out("ye-wallace-high-school-lisburn-eti-inspection-action-plan.docx"))


# ============================================================ 3. West Lothian IJB
def make_wlijb():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "West Lothian Integration Joint Board – Annual Audit Report 2024/25: Action Plan Tracker"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "External auditor: Audit Scotland"
    cover["A3"] = "Audit, Risk and Governance Committee – position as at 20 February 2026"
    cover["A5"] = "RAG key"
    cover["A5"].font = Font(bold=True)
    for i, (word, col, meaning) in enumerate([
        ("Complete", "blue", "Action fully implemented"),
        ("Green", "green", "On track to meet target date"),
        ("Amber", "amber", "Risk of slippage against target date"),
        ("Red", "red", "Target date missed / not progressing"),
    ]):
        c = cover.cell(row=6 + i, column=1, value=word)
        c.fill = xfill(col)
        cover.cell(row=6 + i, column=2, value=meaning)
    cover["A11"] = "Sheets: 2024-25 Action Plan (new recommendations); Prior Year Follow-up (b/f recommendations); Summary."
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 45

    headers = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date",
               "Previous RAG", "Current RAG", "Progress update (February 2026)"]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    def sheet(title, rows, merges):
        ws = wb.create_sheet(title)
        for j, h in enumerate(headers, start=1):
            c = ws.cell(row=1, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = xfill("head")
            c.alignment = WRAP
            c.border = BORDER
        for i, row in enumerate(rows, start=2):
            for j, v in enumerate(row, start=1):
                if v is None:
                    continue
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
                if j in (8, 9) and v in rag_fill:
                    c.fill = xfill(rag_fill[v])
            for j in range(1, len(headers) + 1):
                ws.cell(row=i, column=j).border = BORDER
        for rng in merges:
            ws.merge_cells(rng)
        for col, w in zip("ABCDEFGHIJ", [7, 22, 45, 45, 22, 13, 13, 11, 11, 40]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A2"
        return ws

    D = dt.datetime
    sheet("2024-25 Action Plan", [
        ["1", "Medium-term financial planning",
         "The IJB should update its medium-term financial strategy to set out how the projected budget gap of £15.2 million over the three years to 2027/28 will be closed.",
         "The medium-term financial strategy will be refreshed and presented to the IJB Board with savings proposals identified for each year.",
         "Chief Finance Officer", D(2026, 3, 31), None, "Green", "Green",
         "Draft strategy discussed at IJB development session in January 2026."],
        ["2", "Delivery of savings",
         "Savings plans should be supported by delivery plans with clear milestones so that the IJB can monitor progress during the year.",
         "Savings delivery plans with milestones will be reported to each IJB Board meeting as part of the finance update.",
         "Chief Finance Officer / Head of Health", D(2025, 11, 30), None, "Amber", "Complete",
         "Milestone reporting included in finance updates from November 2025."],
        ["3a", "Directions",
         "The IJB should ensure that directions issued to West Lothian Council and NHS Lothian are reviewed regularly and comply with the Scottish Government statutory guidance.",
         "A review of all current directions will be completed and revised directions issued in line with the statutory guidance.",
         "Chief Officer", D(2025, 12, 31), D(2026, 3, 31), "Amber", "Amber",
         "Review of directions for adult services complete; primary care and mental health directions under review."],
        ["3b", None, None,
         "A directions log will be maintained and reported annually to the Audit, Risk and Governance Committee.",
         "Governance Manager", D(2026, 6, 30), None, "Green", "Green",
         "Log established; first annual report scheduled for June 2026."],
        ["4", "Performance reporting",
         "The annual performance report should include more analysis of trends and benchmarking against other IJBs.",
         "The 2025/26 annual performance report will include trend analysis and comparison with family group IJBs.",
         "Senior Manager – Strategic Planning and Performance", "July 2026", None, "Green", "Green",
         "Benchmarking data requested through the Chief Officers' group."],
    ], ["B4:B5", "C4:C5"])

    sheet("Prior Year Follow-up", [
        ["b/f 1", "Workforce planning",
         "The IJB should ensure that the integrated workforce plan is updated to reflect current service pressures and the outcome of the strategic plan review.",
         "An updated integrated workforce plan for 2025–2028 will be approved by the IJB.",
         "Chief Officer", D(2025, 3, 31), D(2025, 12, 31), "Amber", "Complete",
         "Workforce plan 2025–2028 approved by the IJB on 9 December 2025."],
        ["b/f 2", "Best value",
         "The IJB should develop a framework to demonstrate how it secures best value in the use of its resources.",
         "A best value framework will be developed and reported to the Audit, Risk and Governance Committee.",
         "Chief Finance Officer", D(2025, 9, 30), D(2026, 6, 30), "Red", "Amber",
         "Draft framework prepared; revised date agreed with the external auditor."],
        ["b/f 3", "Reserves",
         "The IJB should review its reserves strategy to ensure that the level of general reserves is sufficient to manage financial risk.",
         "The reserves strategy will be reviewed as part of the annual budget setting process.",
         "Chief Finance Officer", D(2026, 3, 31), None, "Green", "Green",
         "Review to be presented with the 2026/27 budget in March 2026."],
    ], [])

    sm = wb.create_sheet("Summary")
    sm.append(["Current RAG", "2024/25", "Prior year", "Total"])
    for c in sm[1]:
        c.font = Font(bold=True)
    for row in [["Complete", 1, 1, 2], ["Green", 3, 1, 4], ["Amber", 1, 1, 2], ["Red", 0, 0, 0],
                ["Total", 5, 3, 8]]:
        sm.append(row)
    for i in range(2, 6):
        sm.cell(row=i, column=1).fill = xfill(
            {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[sm.cell(row=i, column=1).value])
    sm["A8"] = "Source: Annual Audit Report 2024/25, Appendix 1 (Action plan) and Appendix 2 (Follow-up of prior year recommendations)."
    wb.save(out("ye-west-lothian-ijb-annual-audit-report-2024-25-action-plan-tracker.xlsx"))


# ============================================================ 4. Denbighshire (refuse)
def make_denbighshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Denbighshire County Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Review: September 2025 – reported to Performance Scrutiny Committee, 20 November 2025"
    ws["A4"] = ("Risk scores use the Council's risk matrix (likelihood A–E, impact 1–4). "
                "Action status: G = on track, A = some delay, R = significantly delayed, C = complete.")
    headers = ["Risk / action ref", "Description", "Risk owner / action owner", "Inherent risk",
               "Residual risk", "Due date", "Status", "Progress (September 2025)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = xfill("head")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    rows = [
        ("risk", ["Risk 01",
                  "The risk of a serious safeguarding or practice error, where the Council has responsibility, resulting in serious harm or death",
                  "Corporate Director: Social Services and Education", "B1 – Critical", "C1 – Major"]),
        ("act", ["01.1",
                 "Implement the recommendations of the regional thematic review of practice in children's services",
                 "Head of Children's Services", None, None, D(2025, 12, 31), "G",
                 "Seven of ten recommendations implemented."]),
        ("act", ["01.2",
                 "Complete the refresh of safeguarding training for all staff and elected members",
                 "Head of People", None, None, "March 2026", "G",
                 "E-learning module relaunched in July 2025."]),
        ("risk", ["Risk 11",
                  "The risk that the Council's financial position deteriorates and a balanced budget cannot be set for 2026/27",
                  "Head of Finance and Audit", "A1 – Critical", "B1 – Critical"]),
        ("act", ["11.1",
                 "Deliver the 2025/26 budget savings programme and report progress to Cabinet monthly",
                 "Head of Finance and Audit", None, None, "Monthly", "A",
                 "£1.1m of savings at risk; mitigations being identified."]),
        ("act", ["11.2",
                 "Develop options for 2026/27 savings proposals for member workshops",
                 "Corporate Executive Team", None, None, D(2025, 10, 31), "G",
                 "Workshops held in September and October 2025."]),
        ("risk", ["Risk 34",
                  "The risk that the Council does not meet its net carbon zero and ecologically positive commitments by 2030",
                  "Head of Planning, Public Protection and Countryside Services", "B2 – Major", "C2 – Moderate"]),
        ("act", ["34.1",
                 "Complete the refresh of the Climate and Nature Strategy and present it to Council for approval",
                 "Climate Change Programme Manager", None, None, "Janaury 2026", "G",
                 "Consultation closed August 2025."]),
        ("act", ["34.2",
                 "Install solar PV on a further five council buildings",
                 "Head of Property Services", None, None, D(2026, 3, 31), "A",
                 "Two installations delayed by grid connection approvals."]),
        ("risk", ["Risk 45",
                  "The risk that the Council is unable to recruit and retain staff in hard-to-fill roles",
                  "Head of People", "B2 – Major", "C2 – Moderate"]),
        ("act", ["45.1",
                 "Launch the revised market supplement policy for hard-to-fill posts",
                 "Head of People", None, None, "Sept 2025", "C",
                 "Policy approved and in use."]),
        ("act", ["45.2",
                 "Expand the 'grow your own' trainee scheme to social work and planning",
                 "Head of People", None, None, D(2026, 6, 30), "A",
                 "Funding for planning trainees not yet confirmed."]),
    ]
    status_fill = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    r = 7
    for kind, vals in rows:
        for j, v in enumerate(vals, start=1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        for j in range(1, 9):
            c = ws.cell(row=r, column=j)
            c.border = BORDER
            if kind == "risk":
                c.fill = xfill("grey")
                c.font = Font(bold=True)
        if kind == "act":
            ws.cell(row=r, column=7).fill = xfill(status_fill[vals[6]])
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Risks are reviewed twice a year by the Senior Leadership Team and Cabinet.")
    for col, w in zip("ABCDEFGH", [14, 60, 32, 14, 14, 14, 8, 40]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Likelihood"
    m["A2"] = "A – Almost certain"
    m["A3"] = "B – Likely"
    m["A4"] = "C – Possible"
    m["A5"] = "D – Unlikely"
    m["A6"] = "E – Rare"
    m["C1"] = "Impact"
    m["C2"] = "1 – Very high"
    m["C3"] = "2 – High"
    m["C4"] = "3 – Medium"
    m["C5"] = "4 – Low"
    wb.save(out("ye-denbighshire-cc-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))
    return 14


# ============================================================ 5. Brooklands RQIA
def make_brooklands():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = "Brooklands Care Home, Dungannon – RQIA Quality Improvement Plan Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection:"
    ws["B2"] = "Unannounced care inspection, 18–19 February 2025"
    ws["A3"] = "Inspection ID:"
    ws["B3"] = "IN047213"
    ws["A4"] = "Tracker updated:"
    ws["B4"] = "2 June 2025"
    ws["A6"] = "Key:"
    ws["B6"] = "Completed"
    ws["B6"].fill = xfill("green")
    ws["C6"] = "In progress"
    ws["C6"].fill = xfill("amber")
    ws["D6"] = "Not yet started / overdue"
    ws["D6"].fill = xfill("red")
    headers = ["AFI", "Ref / stated", "Area for improvement (as stated by RQIA)", "No.", "Action",
               "Responsible person", "Target date", "Status", "Evidence / comments"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("lightblue")
        c.alignment = WRAP
        c.border = BORDER

    D = dt.datetime
    sec1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    layout = [
        ("sec", sec1),
        ("afi", "1", "Regulation 13 (7)\nStated: First time",
         "The registered person shall ensure that the infection prevention and control issues identified during the inspection are managed to minimise the risk and spread of infection.",
         [("1.1",
           "Carry out a full environmental audit of bedrooms, ensuites and communal bathrooms and replace damaged bedrail covers, commodes and pull cords.",
           "Home Manager", D(2025, 3, 31), "green", "Audit completed 6 March; replacement items delivered."),
          ("1.2",
           "Introduce weekly hand hygiene and PPE audits by the IPC link nurse, with results discussed at staff meetings.",
           "IPC Link Nurse / Deputy Manager", "With immediate effect and ongoing", "amber",
           "Audits in place; compliance 88% in May.")]),
        ("afi", "2", "Regulation 12 (1) (a) and (b)\nStated: Second time",
         "The registered person shall ensure that care records for residents at risk of falls are reviewed following each fall and that neurological observations are carried out in line with best practice guidance.",
         [("2.1",
           "Revise the post-falls protocol and deliver training to all registered nurses on neurological observations.",
           "Clinical Lead", D(2025, 4, 30), "green", "Protocol revised; 14 of 14 nurses trained.")]),
        ("sec", sec2),
        ("afi", "3", "Standard 12\nStated: First time",
         "The registered person shall ensure that the dining experience is reviewed so that residents who require a modified diet are offered a choice of meal.",
         [("3.1",
           "Review menus with the catering team and speech and language therapist so that a choice is available at each meal for modified diets.",
           "Catering Manager", "May 2025", "green", "New four-week menu introduced 12 May."),
          ("3.2",
           "Complete monthly dining audits and record resident feedback.",
           "Deputy Manager", D(2025, 6, 30), "amber", "April and May audits completed.")]),
        ("afi", "4", "Standard 23\nStated: First time",
         "The registered person shall ensure that supplementary care records, including repositioning charts, are fully completed.",
         [("4.1",
           "Audit repositioning charts weekly and address gaps through supervision with care staff.",
           "Deputy Manager; Nurse in Charge", D(2025, 7, 31), "red", "")]),
    ]
    r = 9
    for item in layout:
        if item[0] == "sec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = xfill("grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, afi, ref, text, acts = item
        start = r
        ws.cell(row=r, column=1, value=afi)
        ws.cell(row=r, column=2, value=ref)
        ws.cell(row=r, column=3, value=text)
        for no, act, who, when, fill, ev in acts:
            ws.cell(row=r, column=4, value=no)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=who)
            c = ws.cell(row=r, column=7, value=when)
            if isinstance(when, dt.date):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = xfill(fill)
            if ev:
                ws.cell(row=r, column=9, value=ev)
            for j in range(1, 10):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BORDER
            r += 1
        if r - 1 > start:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1,
            value="The completed QIP was returned to RQIA via the web portal on 21 March 2025.")
    for col, w in zip("ABCDEFGHI", [6, 18, 45, 6, 50, 24, 16, 10, 36]):
        ws.column_dimensions[col].width = w
    wb.save(out("ye-brooklands-care-home-dungannon-rqia-care-inspection-qip-tracker.xlsx"))


# ============================================================ 6. Mid and East Antrim csv
def make_mea():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Mid and East Antrim Borough Council – Audit and Scrutiny Committee Action Log"])
    w.writerow(["Updated: 8 December 2025"])
    w.writerow([])
    w.writerow(["Action No.", "Meeting", "Action", "Responsible Officer", "Target Date", "Status", "Update"])
    rows = [
        ["AS 01/25", "10 Mar 2025",
         "Provide Members with a breakdown of 2024/25 agency staff costs by department.",
         "Head of HR & OD", "April 2025", "Complete", "Circulated to Members on 4 April 2025."],
        ["AS 02/25", "10 Mar 2025",
         "Bring a report on the NIAO recommendations on the use of consultants to a future meeting.",
         "Director of Corporate Services", "June 2025", "Complete", "Report presented 16 June 2025 (Item 7)."],
        ["AS 03/25", "16 Jun 2025",
         "Update the Council's Fraud Response Plan to reflect the new 'failure to prevent fraud' offence in the Economic Crime and Corporate Transparency Act 2023.",
         "Audit Manager", "30/09/2025", "Amber", "Draft prepared; awaiting legal review."],
        ["AS 04/25", "16 Jun 2025",
         "Arrange a training session for Members on risk management and the Corporate Risk Register.",
         "J Kerr / S Moore", "Sept 2025", "Complete", "Session held 1 September 2025, attended by 7 Members."],
        ["AS 05/25", "15 Sep 2025",
         "Circulate the revised Internal Audit Charter to Members for comment before adoption.",
         "Audit Manager", "Next meeting", "Green", ""],
        ["AS 06/25", "15 Sep 2025",
         "Provide an update on the procurement of the new finance system, including revised implementation timescales and costs.",
         "Director of Corporate Services; Head of Finance", "Dec-25", "Amber",
         "Verbal update at December meeting.\nFull report to Policy and Resources Committee, January 2026."],
        ["AS 07/25", "15 Sep 2025",
         "Review the format of the quarterly Performance Improvement Plan report so that trend data is shown against each self-imposed indicator.",
         "Performance Manager", "31 March 2026", "Not started", ""],
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([])
    w.writerow(["Closed actions are removed from the log after they have been reported to the Committee once as complete."])
    with open(out("ye-mid-and-east-antrim-bc-audit-and-scrutiny-committee-action-log.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ============================================================ 7. Highland txt
def make_highland():
    T = "\t"
    lines = [
        "The Highland Council – Operational Delivery Plan 2024-2027: Progress Report",
        "Corporate Resources Committee, 27 November 2025 – position at 30 September 2025 (Quarter 2)",
        "",
        "RAG key: G = on track; A = at risk, mitigation in place; R = off track; C = complete",
        "",
        T.join(["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress commentary"]),
        "Portfolio 1: Person-Centred Solutions",
        T.join(["1.1",
                "Implement the Families First approach to reduce the number of children placed in out-of-area residential care",
                "Chief Officer – Integrated Children's Services", "March 2026", "G",
                "Out-of-area placements reduced from 21 to 14 since April 2024."]),
        T.join(["1.2",
                "Expand self-directed support options for adults through a community-led support hub in Inverness",
                "Head of Adult Social Care", "Q4 2025/26", "A",
                "Site identified; recruitment of hub co-ordinator delayed."]),
        "Portfolio 2: Workforce for the Future",
        T.join(["2.1",
                "Introduce a single recruitment and onboarding platform for all Council services",
                "Head of People", "31/12/2025", "G",
                "Platform procured; testing with Education and Learning Service."]),
        T.join(["2.2",
                "Deliver the Modern Apprenticeship programme with 60 new apprentices in 2025/26",
                "Head of People / Employability Manager", "Aug-26", "G",
                "38 apprentices started by September 2025."]),
        "Portfolio 3: Reconfiguring our Asset Base",
        T.join(["3.1",
                "Complete the review of office accommodation in Inverness and declare surplus buildings for disposal",
                "Head of Property and Facilities Management", "June 2025", "C",
                "Completed – three buildings declared surplus and marketed."]),
        T.join(["3.2",
                "Co-locate services with NHS Highland and other partners in at least four community hubs",
                "Chief Officer – Housing and Property", "Ongoing", "A",
                "Two hubs operational (Wick and Fort William); business cases for Portree and Alness in development."]),
        "Portfolio 4: Income Generation",
        T.join(["4.1",
                "Prepare for the introduction of a Highland Visitor Levy, including systems and guidance for accommodation providers",
                "Chief Officer – Revenues and Commercialisation", "July 2026", "G",
                "Scheme approved by Council; system specification complete."]),
        T.join(["4.2",
                "Extend the Invitation to Pay scheme to a further 10 visitor car parks",
                "Head of Roads and Transport", "March 2026", "R",
                "Only 3 sites live; delays in securing landowner agreements."]),
        "",
        "Summary: 8 actions – 1 complete (C), 4 green, 2 amber, 1 red",
        "Where a target date has been revised by the Portfolio Board the revised date is shown.",
    ]
    with open(out("ye-highland-council-operational-delivery-plan-2024-27-progress-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_stanwell()
    make_wallace()
    make_wlijb()
    row = make_denbighshire()
    make_brooklands()
    make_mea()
    make_highland()
    print("built 7 files; Denbighshire typo on sheet row", row)
