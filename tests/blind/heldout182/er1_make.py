"""Build the seven er1- blind test files (set heldout182).

Run with:  /work/main/.venv/bin/python er1_make.py
Writes the data files beside this script. The .expected.yaml files are
written separately (by hand-checked readings) and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# colours used for RAG fills
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


# ==========================================================================
# 1. Harrow Way Community School - post-Ofsted action plan (docx)
# ==========================================================================
HARROW_PRIORITIES = [
    {
        "heading": "Priority 1: Curriculum and assessment",
        "afi": "In a few subjects, including modern foreign languages and geography, "
               "the curriculum does not set out clearly the important knowledge that pupils "
               "should learn and the order in which they should learn it. Leaders should "
               "ensure that subject leaders identify precisely what pupils need to know and "
               "remember in every subject.",
        "actions": [
            ("1.1",
             "Subject leaders in MFL and geography to rewrite Key Stage 3 curriculum plans, "
             "identifying the core knowledge and the sequence in which it is taught, with "
             "support from the Trust’s subject networks.",
             "DHT (Curriculum)", "Autumn term 2024",
             "Revised plans published on the school website; pupils can recall prior learning in "
             "book looks and pupil voice.", "green"),
            ("1.2",
             "Introduce termly curriculum reviews (deep dives) led by the SLT link and the "
             "subject leader; findings reported to the Standards Committee.",
             "DHT (Curriculum) / SLT links", "Termly",
             "Review schedule in place; Standards Committee minutes show challenge on "
             "curriculum quality.", "amber"),
            ("1.3",
             "Embed retrieval practice (‘Do Now’ tasks) at the start of every KS3 lesson so "
             "that pupils regularly revisit prior knowledge.",
             "AHT Teaching & Learning", "Spring term 2025",
             "Learning walks show ‘Do Now’ tasks in at least 90% of lessons.", "amber"),
        ],
    },
    {
        "heading": "Priority 2: Pupils with special educational needs and/or disabilities (SEND)",
        "afi": "Teachers do not consistently use the information they are given about pupils "
               "with SEND to adapt their teaching. Leaders should ensure that staff have the "
               "training and guidance they need to meet the needs of these pupils well.",
        "actions": [
            ("2.1",
             "Rewrite pupil passports in a one-page format with three classroom strategies "
             "for each pupil; share with all staff via Arbor.",
             "SENDCo", "By October half term 2024",
             "All pupils on the SEND register have an updated passport.", "green"),
            ("2.2",
             "Deliver a programme of adaptive teaching CPD (four twilight sessions) for all "
             "teaching staff, followed by learning walks to check impact.",
             "SENDCo, AHT Teaching & Learning", "Spring term 2025",
             "CPD attendance 100%; learning walks show adaptations for pupils with SEND.",
             "amber"),
            ("2.3",
             "SEND governor to meet the SENDCo each half term and report to the Full "
             "Governing Body.",
             "Chair of Governors / SEND Governor", "Half-termly",
             "Governor visit notes; FGB minutes.", "red"),
        ],
    },
    {
        "heading": "Priority 3: Attendance",
        "afi": "Too many pupils, particularly disadvantaged pupils, are persistently absent "
               "from school. Leaders should continue to work with families to improve the "
               "attendance of these pupils.",
        "actions": [
            ("3.1",
             "Appoint a full-time Attendance Officer and introduce first-day calling for all "
             "unexplained absences.",
             "KM", "September 2024",
             "Attendance Officer in post; first-day calls logged on Arbor.", "green"),
            ("3.2",
             "Weekly attendance panel to track persistently absent pupils, with early help "
             "referrals and attendance contracts where needed.",
             "KM / DT", "Ongoing",
             "Persistent absence of disadvantaged pupils below 20% by July 2025.", "amber"),
            ("3.3",
             "Celebrate improved attendance through tutor-group rewards and half-termly "
             "letters home.",
             "Heads of Year", "Summer term 2025",
             "Rewards calendar published; parental feedback.", None),
        ],
    },
]


def make_harrow():
    doc = Document()
    doc.add_heading("Harrow Way Community School – Post-Ofsted Action Plan 2024–25", level=0)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Inspection dates", "11 and 12 June 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Headteacher"),
        ("Last reviewed", "Full Governing Body, 4 February 2025"),
    ]):
        set_cell(info.rows[i].cells[0], k, bold=True, size=10)
        set_cell(info.rows[i].cells[1], v, size=10)

    doc.add_paragraph(
        "This plan responds to the areas for improvement in the Ofsted inspection report "
        "published on 19 July 2024. Progress is monitored by the Standards Committee each "
        "half term and reported to the Full Governing Body termly.")

    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (colour, word, meaning) in enumerate([
        ("green", "Green", "Action completed and impact evident"),
        ("amber", "Amber", "In progress – on track"),
        ("red", "Red", "Not yet started or behind schedule"),
    ]):
        set_cell(key.rows[i].cells[0], word, bold=True, size=10)
        shade(key.rows[i].cells[0], HEX[colour])
        set_cell(key.rows[i].cells[1], meaning, size=10)

    headers = ["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence of impact",
               "RAG"]
    for pr in HARROW_PRIORITIES:
        doc.add_heading(pr["heading"], level=2)
        p = doc.add_paragraph()
        p.add_run("Ofsted area for improvement").bold = True
        p = doc.add_paragraph()
        r = p.add_run(pr["afi"])
        r.italic = True
        t = doc.add_table(rows=1 + len(pr["actions"]), cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], HEX["pale"])
        for i, (ref, action, lead, when, success, rag) in enumerate(pr["actions"], start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, action, lead, when, success]):
                set_cell(cells[j], v)
            set_cell(cells[5], "")
            if rag:
                shade(cells[5], HEX[rag])

    doc.add_paragraph("Next review: Full Governing Body, 25 March 2025.")
    doc.save(os.path.join(HERE, "er1-harrow-way-community-school-post-ofsted-action-plan.docx"))


# ==========================================================================
# 2. East Sussex College Group - Ofsted post-inspection action plan (xlsx)
# ==========================================================================
ESCG_THEMES = [
    ("Theme 1: Education programmes for young people", [
        ("Leaders and managers should ensure that teachers on a small number of study "
         "programmes, particularly in construction and public services, plan learning so "
         "that students develop the specialist vocabulary and practical skills they need.", [
            ("1.1",
             "Heads of Curriculum for Construction and Public Services to revise schemes of "
             "learning so that technical vocabulary and practical skills are sequenced, with "
             "a termly quality review.",
             "Head of Curriculum – Construction; Head of Curriculum – Public Services",
             d(2024, 7, 31), d(2024, 10, 31), "A", "B",
             "Revised schemes of learning in place from September 2024; quality review in "
             "October found good sequencing in 9 of 10 courses."),
            ("1.2",
             "Targeted teaching and learning coaching for teachers identified through learning "
             "walks, with a follow-up observation within six weeks.",
             "Director of Teaching, Learning & Assessment",
             d(2024, 12, 31), None, "A", "G",
             "23 teachers coached; 19 follow-up observations completed."),
        ]),
        ("Leaders should ensure that students who need to improve their English and "
         "mathematics attend their lessons more regularly.", [
            ("1.3",
             "Introduce a weekly attendance tracker for GCSE English and maths resit classes, "
             "with personal tutors contacting students after a single missed lesson.",
             "Head of English & Maths",
             d(2024, 9, 30), None, "G", "B",
             "Tracker live; attendance at resit classes 86% (autumn term) against 74% last year."),
            ("1.4",
             "Run a ‘Maths Matters’ attendance campaign with parents and carers of 16 to 18 "
             "year-old students.",
             "Head of English & Maths / Marketing Manager",
             d(2025, 3, 31), None, "G", "A",
             "Campaign delayed by staff vacancy in Marketing; launch now February half term."),
        ]),
    ]),
    ("Theme 2: Apprenticeships", [
        ("Leaders should ensure that employers are fully involved in planning and reviewing "
         "apprentices’ on-the-job training.", [
            ("2.1",
             "Introduce tripartite progress reviews every ten weeks with the apprentice, "
             "employer and skills coach, recorded on OneFile.",
             "Head of Apprenticeships",
             d(2024, 11, 30), d(2025, 2, 28), "R", "A",
             "78% of reviews now tripartite; remaining employers contacted by Account Managers."),
            ("2.2",
             "Produce an employer guidance pack and run workshops on off-the-job training "
             "requirements.",
             "Employer Engagement Manager",
             d(2025, 1, 31), None, None, "G",
             "Pack drafted; two workshops booked for January."),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Governors should receive more precise information about the quality of education "
         "in individual subject areas so that they can hold leaders to account.", [
            ("3.1",
             "Redesign the Quality and Standards Committee report to include subject-level "
             "dashboards on attendance, retention and achievement.",
             "Deputy Principal / Clerk to the Corporation",
             d(2024, 10, 31), None, "G", "B",
             "New dashboard used at November 2024 committee."),
            ("3.2",
             "Link each governor to a faculty, with a termly visit and a short written report.",
             "Clerk to the Corporation",
             "Ongoing", None, None, "G",
             "Links agreed; first visits completed in December."),
        ]),
    ]),
]

RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def make_escg():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "East Sussex College Group Ofsted Post-Inspection Action Plan 2024–25"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "Eastbourne, Hastings, Lewes and Newhaven campuses"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", d(2024, 5, 3), "Vice Principal Quality", "First version approved by the Corporation"),
        ("1.1", d(2024, 9, 20), "Vice Principal Quality", "Progress update; action 2.2 added"),
        ("1.2", d(2024, 11, 27), "Vice Principal Quality", "Revised target dates agreed (1.1, 2.1)"),
        ("1.3", d(2025, 1, 31), "Quality Manager", "January progress update"),
    ]
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row, start=1):
            c = cover.cell(row=i, column=j, value=v)
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 6:
                c.font = Font(bold=True)
    cover["A12"] = "Owner: Principal and CEO. Monitored by: Quality and Standards Committee."
    for col, w in zip("ABCD", (10, 14, 24, 46)):
        cover.column_dimensions[col].width = w

    ws = wb.create_sheet("PIAP")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Post-Inspection Action Plan – progress at 31 January 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection 5–8 March 2024 (report published 19 April 2024). "
                "Overall effectiveness: Requires improvement")
    headers = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead",
               "Original target date", "Revised target date", "Previous RAG",
               "Current RAG", "Progress update (January 2025)", "Impact measure"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=HEX["navy"])
        c.alignment = wrap
        c.border = box
    impact = {
        "1.1": "Achievement on construction and public services programmes at or above national rate",
        "1.2": "Observation outcomes; student feedback",
        "1.3": "Attendance at English and maths above 85%",
        "1.4": "Attendance at English and maths above 85%",
        "2.1": "All progress reviews tripartite",
        "2.2": "Employer survey satisfaction",
        "3.1": "Committee minutes show challenge by subject",
        "3.2": "Governor visit reports",
    }
    r = 5
    counts = {}
    for theme, afis in ESCG_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEX["pale"])
        r += 1
        for afi, actions in afis:
            first = r
            for ref, action, lead, orig, rev, prev, cur, prog in actions:
                vals = [ref, None, action, lead, orig, rev, prev, cur, prog, impact[ref]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor=RAG_FILL[v])
                        ws.cell(row=r, column=j).alignment = Alignment(horizontal="center",
                                                                       vertical="top")
                counts[cur] = counts.get(cur, 0) + 1
                r += 1
            ws.cell(row=first, column=2, value=afi).alignment = wrap
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for label, k in (("Complete (B)", "B"), ("On track (G)", "G"), ("Some slippage (A)", "A"),
                     ("Off track (R)", "R")):
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total actions")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    r += 2
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Quality and "
                                    "Standards Committee on 27 November 2024.")
    for col, w in zip("ABCDEFGHIJ", (6, 40, 48, 28, 13, 13, 10, 10, 44, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
        ("B", "Complete – action delivered and impact evidenced"),
        ("G", "On track to meet the target date"),
        ("A", "Some slippage – revised date may be needed"),
        ("R", "Off track – escalated to SLT"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=RAG_FILL[k])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, "er1-east-sussex-college-ofsted-post-inspection-action-plan.xlsx"))


# ==========================================================================
# 3. University of Huddersfield - governance effectiveness review action plan (docx)
# ==========================================================================
HUD_ELEMENTS = [
    ("Element 1: Accountability", [
        ("The Board should strengthen its oversight of academic assurance by receiving an "
         "annual report from Senate that is explicitly mapped to the Office for Students’ "
         "conditions of registration.", [
            ("1a", "Develop an annual academic assurance report template with Senate, mapped to "
                   "OfS conditions B1 to B6.",
             "Pro Vice-Chancellor (Education) / Secretary to Senate", "December 2025",
             "Template drafted and considered by Senate on 5 November 2025.", "On track"),
            ("1b", "Hold a joint Board and Senate development session on academic risk.",
             "Chair of the Board; Vice-Chancellor", "March 2026 (revised from October 2025)",
             "Session postponed to allow the new Senate membership to be in place.",
             "Some delay"),
        ]),
    ]),
    ("Element 2: Sustainability", [
        ("The Board should receive a more concise financial sustainability dashboard, with "
         "clear triggers for escalation, at every meeting.", [
            ("2a", "Finance and Resources Committee to agree a one-page financial sustainability "
                   "dashboard and escalation triggers.",
             "Chief Financial Officer", "31 October 2025",
             "Dashboard and triggers approved by FRC on 14 October 2025.", "Complete"),
            ("2b", "Present the dashboard at every Board meeting from November 2025.",
             "Chief Financial Officer", "Ongoing",
             "First dashboard included in this agenda (Paper BG/25/58).", "On track"),
        ]),
    ]),
    ("Element 5: Effectiveness", [
        ("The Board should review the balance of skills among independent governors and "
         "refresh its skills matrix before the next recruitment round.", [
            ("3a", "Refresh the governor skills matrix and complete individual skills "
                   "self-assessments.",
             "University Secretary and Clerk to the Board", "July 2025",
             "Completed; gaps identified in higher education and digital/IT experience.",
             "Complete"),
            ("3b", "Recruit two independent governors with higher education and digital/IT "
                   "experience.",
             "Chair of Nominations Committee", "31 January 2026",
             "Search agency appointed; shortlisting in December.", "On track"),
            ("3c", "Introduce annual one-to-one review meetings between the Chair and each "
                   "independent governor.",
             "Chair of the Board", "February 2026",
             "To begin after recruitment round.", "Not started"),
        ]),
    ]),
    ("Element 6: Engagement", [
        ("The Board should develop more structured opportunities to hear directly from "
         "students and staff.", [
            ("4a", "Introduce a programme of governor visits to schools and professional "
                   "services, with a short note of each visit reported to the Board.",
             "Director of Governance", "December 2025",
             "Six visits completed this term.", "On track"),
            ("4b", "Students’ Union President and a staff governor to co-design a ‘student "
                   "voice’ item for two Board meetings each year.",
             "Pro Vice-Chancellor (Student Experience)", "May 2026",
             "Not progressed; Students’ Union officer elections delayed the work.",
             "Significant delay"),
        ]),
    ]),
]

HUD_STATUS_FILL = {"Complete": HEX["blue"], "On track": HEX["green"], "Some delay": HEX["amber"],
                   "Significant delay": HEX["red"], "Not started": None}


def make_huddersfield():
    doc = Document()
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "University of Huddersfield | Board of Governors | Paper BG/25/62"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("External Review of Governance Effectiveness: Action Plan and Progress "
                    "Report", level=1)
    cover = doc.add_table(rows=5, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Meeting", "Board of Governors, 26 November 2025"),
        ("Author", "Director of Governance"),
        ("Sponsor", "University Secretary and Clerk to the Board"),
        ("Purpose", "For assurance"),
        ("Status", "Open"),
    ]):
        set_cell(cover.rows[i].cells[0], k, bold=True, size=10)
        set_cell(cover.rows[i].cells[1], v, size=10)

    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "1.1 An externally facilitated review of the Board’s effectiveness against the CUC "
        "Higher Education Code of Governance was completed in April 2025. The Board accepted "
        "all four recommendations at its meeting on 1 July 2025 and agreed the action plan at "
        "Appendix A.")
    doc.add_paragraph(
        "1.2 Of the nine agreed actions, two are complete, four are on track, one is subject "
        "to some delay, one is significantly delayed and one has not yet started.")
    doc.add_heading("2. Recommendation", level=2)
    doc.add_paragraph("2.1 The Board is asked to note progress against the action plan.")

    doc.add_heading("Appendix A: Action plan", level=2)
    headers = ["No.", "Recommendation", "Agreed action", "Owner", "Timescale",
               "Progress (November 2025)", "Status"]
    nrows = 1 + sum(1 + sum(len(a) for _, a in recs) for _, recs in HUD_ELEMENTS)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.rows[0].cells[j], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[j], HEX["navy"])
    ri = 1
    for element, recs in HUD_ELEMENTS:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, element, bold=True, size=10)
        shade(merged, HEX["pale"])
        ri += 1
        for rec, actions in recs:
            first = ri
            for ref, action, owner, when, progress, status in actions:
                cells = t.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], action)
                set_cell(cells[3], owner)
                set_cell(cells[4], when)
                set_cell(cells[5], progress)
                set_cell(cells[6], status)
                if HUD_STATUS_FILL[status]:
                    shade(cells[6], HUD_STATUS_FILL[status])
                ri += 1
            top = t.cell(first, 1)
            if ri - 1 > first:
                top = top.merge(t.cell(ri - 1, 1))
            set_cell(top, rec)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (word, meaning, fill) in enumerate([
        ("Complete", "Action delivered (blue)", HEX["blue"]),
        ("On track", "Progressing to timescale (green)", HEX["green"]),
        ("Some delay", "Behind timescale; revised date agreed (amber)", HEX["amber"]),
        ("Significant delay", "At risk; Board attention needed (red)", HEX["red"]),
        ("Not started", "Not yet due to start (no colour)", None),
    ]):
        set_cell(key.rows[i].cells[0], word, bold=True)
        if fill:
            shade(key.rows[i].cells[0], fill)
        set_cell(key.rows[i].cells[1], meaning)
    doc.save(os.path.join(
        HERE, "er1-university-of-huddersfield-governance-effectiveness-review-action-plan.docx"))


# ==========================================================================
# 4. Milton Keynes University Hospital - CQC must do / should do (xlsx)
# ==========================================================================
MK_MUST = [
    ("Urgent and emergency care", [
        ("The trust must ensure that patients attending the emergency department receive a "
         "timely initial assessment and triage in line with national guidance.",
         "Regulation 12(1)(2)(a)", [
            ("MD1.1", "Implement a streaming and triage nurse role at the front door 24 hours a "
                      "day, with compliance reported daily at the site meeting.",
             "Head of Nursing – Emergency Department", d(2024, 12, 31), None, "amber", "blue",
             "Role in place since 2 December 2024; time to triage within 15 minutes 91% in "
             "January."),
            ("MD1.2", "Audit time to triage monthly and present the results at the Urgent Care "
                      "Board.",
             "Clinical Director ED / ED Matron", d(2025, 3, 31), None, "green", "green",
             "Audits for November to January presented."),
        ]),
        ("The trust must ensure that all staff in the emergency department complete mandatory "
         "training, including safeguarding level 3, in line with trust targets.",
         "Regulation 18(2)(a)", [
            ("MD2.1", "Roster protected training time for all ED nursing and medical staff until "
                      "compliance reaches 90%.",
             "ED Matron", d(2025, 1, 31), d(2025, 4, 30), "red", "amber",
             "Compliance 84% (safeguarding level 3: 79%); winter pressures reduced protected "
             "time in December."),
        ]),
    ]),
    ("Medical care (including older people’s care)", [
        ("The trust must ensure that risk assessments for falls and pressure ulcers are "
         "completed and reviewed in line with trust policy.",
         "Regulation 12(2)(a)(b)", [
            ("MD3.1", "Launch the electronic risk assessment bundle on eCare with mandatory "
                      "prompts at 6 hours after admission and at weekly review.",
             "Divisional Director of Nursing – Medicine; Chief Nursing Information Officer",
             d(2025, 2, 28), None, "amber", "green",
             "Build complete; go-live on wards 1 to 8 on 17 February."),
            ("MD3.2", "Weekly spot checks of falls and tissue viability documentation on each "
                      "ward, with results shared at ward safety huddles.",
             "Matrons – Medicine", "Ongoing (weekly)", None, "green", "green",
             "Spot checks embedded; compliance 88% in January."),
        ]),
    ]),
    ("Maternity", [
        ("The trust must ensure that all maternity staff complete fetal monitoring training and "
         "competency assessment.",
         "Regulation 18(2)(a)", [
            ("MD4.1", "Deliver fetal monitoring training days and track completion of the annual "
                      "competency assessment through the maternity training needs analysis.",
             "Fetal Monitoring Lead Midwife, Consultant Obstetrician (Fetal Monitoring Lead)",
             d(2024, 10, 31), None, "green", "blue",
             "97% of midwives and 95% of obstetricians compliant (CNST threshold met)."),
        ]),
    ]),
]

MK_SHOULD = [
    ("Urgent and emergency care", [
        ("SD1", "The trust should ensure that the paediatric waiting area in the emergency "
                "department is visibly and audibly separate from the adult waiting area.",
         "Convert the former plaster room into a dedicated paediatric waiting area with separate "
         "signage.",
         "Estates Project Manager; ED Matron", d(2025, 6, 30), None, "green", "green",
         "Works approved by Capital Group; start date April 2025."),
    ]),
    ("Medical care (including older people’s care)", [
        ("SD2", "The trust should ensure that discharge summaries are sent to GPs within 24 "
                "hours of discharge.",
         "Introduce a discharge summary completion dashboard by ward and consultant, reviewed at "
         "the weekly Medicine Division performance meeting.",
         "Clinical Director – Acute Medicine", d(2025, 3, 31), d(2025, 7, 31), "amber", "red",
         "Dashboard delayed by EPR upgrade; compliance 71%."),
    ]),
    ("Maternity", [
        ("SD3", "The trust should ensure that calls to the maternity triage telephone line are "
                "answered promptly.",
         "Recruit two additional band 6 midwives for the maternity assessment unit telephone "
         "triage service.",
         "Director of Midwifery", d(2025, 1, 31), None, "green", "blue",
         "Both posts filled from 6 January 2025; 94% of calls answered within 2 minutes."),
    ]),
]


def make_mkuh():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    counts = {"must": {}, "should": {}}
    for _, musts in MK_MUST:
        for _, _, acts in musts:
            for a in acts:
                counts["must"][a[6]] = counts["must"].get(a[6], 0) + 1
    for _, sds in MK_SHOULD:
        for a in sds:
            counts["should"][a[7]] = counts["should"].get(a[7], 0) + 1

    s = wb.active
    s.title = "Summary"
    s["A1"] = ("Milton Keynes University Hospital NHS Foundation Trust – CQC Must Do and Should "
               "Do Action Plan")
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Inspection of urgent and emergency care, medical care and maternity "
               "(October 2024; report published December 2024)")
    s["A3"] = "Position as at 28 February 2025 – for Quality and Clinical Risk Committee"
    s["A5"] = "Current RAG"
    s["B5"] = "Must do actions"
    s["C5"] = "Should do actions"
    s["D5"] = "Total"
    for c in ("A5", "B5", "C5", "D5"):
        s[c].font = Font(bold=True)
        s[c].border = box
    r = 6
    for colour, label in (("blue", "Blue – complete and evidence assured"),
                          ("green", "Green – on track"),
                          ("amber", "Amber – at risk of missing date"),
                          ("red", "Red – off track")):
        s.cell(row=r, column=1, value=label).fill = PatternFill("solid", fgColor=HEX[colour])
        m = counts["must"].get(colour, 0)
        sh = counts["should"].get(colour, 0)
        s.cell(row=r, column=2, value=m)
        s.cell(row=r, column=3, value=sh)
        s.cell(row=r, column=4, value=m + sh)
        for j in range(1, 5):
            s.cell(row=r, column=j).border = box
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    s.cell(row=r, column=2, value=sum(counts["must"].values()))
    s.cell(row=r, column=3, value=sum(counts["should"].values()))
    s.cell(row=r, column=4, value=sum(counts["must"].values()) + sum(counts["should"].values()))
    s.cell(row=r + 2, column=1,
           value="RAG ratings are shown by cell colour on the Must do and Should do sheets.")
    s.column_dimensions["A"].width = 40
    for c in "BCD":
        s.column_dimensions[c].width = 18

    def header(ws, cols):
        for j, h in enumerate(cols, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="005EB8")
            c.alignment = wrap
            c.border = box

    # Must do sheet
    ws = wb.create_sheet("Must do")
    ws["A1"] = "Must do actions"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Ref", "Must do (CQC report wording)", "Regulation", "Action",
            "Responsible lead(s)", "Original completion date", "Revised completion date",
            "Previous RAG", "Current RAG", "Evidence / progress update"]
    header(ws, cols)
    r = 4
    for service, musts in MK_MUST:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        c = ws.cell(row=r, column=1, value=service)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEX["grey"])
        r += 1
        for must, reg, acts in musts:
            first = r
            for ref, action, lead, orig, rev, prev, cur, prog in acts:
                vals = [ref, None, None, action, lead, orig, rev, None, None, prog]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=HEX[prev])
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=HEX[cur])
                r += 1
            ws.cell(row=first, column=2, value=must).alignment = wrap
            ws.cell(row=first, column=3, value=reg).alignment = wrap
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", (8, 44, 14, 48, 30, 13, 13, 9, 9, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    # Should do sheet
    ws = wb.create_sheet("Should do")
    ws["A1"] = "Should do actions"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Ref", "Should do (CQC report wording)", "Action", "Responsible lead(s)",
            "Original completion date", "Revised completion date", "Previous RAG",
            "Current RAG", "Evidence / progress update"]
    header(ws, cols)
    r = 4
    for service, sds in MK_SHOULD:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        c = ws.cell(row=r, column=1, value=service)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEX["grey"])
        r += 1
        for ref, sd, action, lead, orig, rev, prev, cur, prog in sds:
            vals = [ref, sd, action, lead, orig, rev, None, None, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = wrap
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=HEX[prev])
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=HEX[cur])
            r += 1
    for col, w in zip("ABCDEFGHI", (8, 44, 48, 30, 13, 13, 9, 9, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(
        HERE, "er1-milton-keynes-university-hospital-cqc-must-should-do-action-plan.xlsx"))


# ==========================================================================
# 5. Oakwood Surgery - CQC inspection action plan (csv)
# ==========================================================================
OAK_SECTIONS = [
    ("Regulation 12: Safe care and treatment (Requirement notice)", [
        ("12.1", "Patients prescribed high-risk medicines were not always monitored in line with "
                 "national guidance.",
         "Run a weekly EMIS search for patients on methotrexate, lithium and DOACs who are "
         "overdue monitoring; recall all identified patients.",
         "Dr S Patel (Prescribing Lead) / Clinical Pharmacist", "31/10/2024", "B",
         "Searches running weekly since 1 October; 42 patients recalled, all now monitored."),
        ("12.2", "",
         "Add a monitoring alert to repeat prescribing templates so that prescriptions are not "
         "issued when monitoring is overdue.",
         "Practice Manager", "30/11/2024", "B", "Alerts added to all templates."),
        ("12.3", "Actions from medicines safety alerts (MHRA) had not always been completed.",
         "Keep a safety alerts log with a named GP reviewer and re-run historic alert searches "
         "each month.",
         "Dr J Hughes", "Monthly", "G", "Log in place; December and January searches done."),
    ]),
    ("Regulation 17: Good governance (Requirement notice)", [
        ("17.1", "Clinical correspondence was not processed in a timely way; 640 items were "
                 "awaiting action at the time of inspection.",
         "Train two administrators in workflow optimisation and introduce a daily backlog report "
         "to the duty GP.",
         "Practice Manager; Dr J Hughes", "31/12/2024", "B",
         "Backlog cleared; fewer than 50 items outstanding at any time since December."),
        ("17.2", "Staff training records were incomplete.",
         "Move all training records to the Blue Stream Academy system and chase overdue modules "
         "at monthly staff meetings.",
         "Assistant Practice Manager", "28/02/2025", "A",
         "81% of modules complete; two staff on long-term leave."),
    ]),
    ("Areas where the practice should make improvements", [
        ("S1", "Continue to improve the uptake of childhood immunisations and cervical screening.",
         "Hold recall clinics on Saturday mornings and send text reminders through AccuRx.",
         "Lead Practice Nurse", "31/03/2025", "G",
         "Saturday clinics running monthly since November."),
        ("S2", "Improve patient access to the practice by telephone.",
         "Install a cloud-based telephony system with call-back and queue position messages.",
         "Practice Manager", "Jan-25", "A",
         "Contract signed; installation booked for 27 January."),
        ("S3", "Re-establish the patient participation group.",
         "Relaunch the patient participation group with an open evening and an online "
         "membership form.",
         "Reception Manager / Dr A Khan", "April 2025", "",
         ""),
    ]),
]


def make_oakwood():
    path = os.path.join(HERE, "er1-oakwood-surgery-cqc-inspection-action-plan.csv")
    n = 7
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Oakwood Surgery – CQC Inspection Action Plan"] + [""] * (n - 1))
        w.writerow(["Inspection: 17 September 2024 (report published 12 November 2024). "
                    "Overall rating: Requires improvement"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "CQC finding", "Action", "Responsible person", "Target date", "RAG",
                    "Update (February 2025)"])
        for section, rows in OAK_SECTIONS:
            w.writerow([section] + [""] * (n - 1))
            for ref, finding, action, lead, date, rag, update in rows:
                w.writerow([ref, finding, action, lead, date, rag, update])
        w.writerow([""] * n)
        w.writerow(["Key: B = completed; G = on track; A = at risk of delay; R = off track; "
                    "blank = not yet started"] + [""] * (n - 1))
        w.writerow(["Plan agreed by the GP partners on 3 December 2024 and sent to CQC. "
                    "Last updated 10 February 2025."] + [""] * (n - 1))


# ==========================================================================
# 6. South West London and St George's MH NHS Trust - CQC must/should (txt, TSV)
# ==========================================================================
SWL_AW = "Acute wards for adults of working age and PICUs"
SWL_CS = "Mental health crisis services and health-based places of safety"
SWL_ROWS = [
    ("AW-01", SWL_AW, "Must do",
     "The trust must ensure that ligature risk assessments are up to date and that staff know "
     "the ligature risks on their ward.",
     ["Complete the annual environmental ligature risk assessment for every acute ward and the "
      "PICU, and brief ward staff on the findings at safety huddles."],
     "Head of Nursing – Acute and Urgent Care", "31/10/2024", "", "Blue",
     "All 11 ward assessments signed off by the Ligature Group on 24/10/2024."),
    ("AW-02", SWL_AW, "Must do",
     "The trust must ensure that staff complete physical health observations after the use of "
     "rapid tranquillisation.",
     ["Update the rapid tranquillisation policy and post-RT monitoring chart, and audit compliance "
      "monthly",
      "through the Physical Health Committee."],
     "Chief Pharmacist; Physical Health Lead Nurse", "31/12/2024", "31/03/2025", "Amber",
     "Policy ratified January 2025; first audit due March."),
    ("AW-03", SWL_AW, "Should do",
     "The trust should ensure that patients have access to a range of therapeutic activities, "
     "including at weekends.",
     ["Recruit two activity coordinators and publish a weekly activity timetable on each ward."],
     "Lead Occupational Therapist", "Apr-25", "", "Green",
     "One coordinator in post; second interview date set."),
    ("AW-04", SWL_AW, "Should do",
     "The trust should ensure that care plans are personalised and reflect the patient's voice.",
     ["Introduce the co-produced 'My Care Plan' template and peer review 10 care plans per ward "
      "each month."],
     "Modern Matrons (Acute)", "Ongoing", "", "Green",
     "Template live; peer review results reported to the Acute Care Quality meeting."),
    ("CS-01", SWL_CS, "Must do",
     "The trust must ensure that patients in the health-based place of safety are not detained "
     "beyond the 24-hour limit set by the Mental Health Act.",
     ["Agree an escalation protocol with the Metropolitan Police and local authority AMHP "
      "services for any detention approaching 18 hours."],
     "Associate Director – Crisis Pathway / AMHP Service Lead", "30/11/2024", "", "Blue",
     "Protocol signed by all five boroughs."),
    ("CS-02", SWL_CS, "Must do",
     "The trust must ensure that patients in the health-based place of safety are not detained "
     "beyond the 24-hour limit set by the Mental Health Act.",
     ["Report every breach of the 24-hour limit to the Mental Health Law Committee with a review "
      "of the cause."],
     "Mental Health Law Manager", "31/01/2025", "", "Green",
     "Two breaches reported in Q3, both reviewed."),
    ("CS-03", SWL_CS, "Should do",
     "The trust should ensure that calls to the crisis line are answered within the trust's "
     "target time.",
     ["Increase crisis line staffing at the evening peak (17:00 to 23:00) and report the call "
      "abandonment rate weekly."],
     "Service Manager, Crisis Line", "Jun-25", "", "Red",
     "Recruitment paused pending the vacancy control panel; abandonment rate 14%."),
    ("CS-04", SWL_CS, "Should do",
     "The trust should ensure that staff receive regular clinical supervision.",
     ["Record supervision on ESR and report compliance by team to the crisis pathway quality "
      "meeting."],
     "Team Managers", "Feb-25", "", "",
     ""),
]


def make_swlstg():
    path = os.path.join(
        HERE, "er1-south-west-london-st-georges-mh-trust-cqc-must-should-do-action-plan.txt")
    cols = ["Action ID", "Core service", "Type", "CQC requirement", "Action", "Action owner",
            "Due date", "Revised due date", "RAG", "Progress update"]
    lines = [
        "South West London and St George's Mental Health NHS Trust – CQC Must Do and Should Do "
        "Action Plan",
        "Core services inspected June 2024: " + SWL_AW + "; " + SWL_CS,
        "Exported from Ulysses Safeguard on 05/03/2025 11:42 by the Quality Compliance Team",
        "",
        "\t".join(cols),
    ]
    tally = {}
    for aid, svc, typ, req, action_lines, owner, due, rev, rag, prog in SWL_ROWS:
        lines.append("\t".join([aid, svc, typ, req, action_lines[0], owner, due, rev, rag, prog]))
        for extra in action_lines[1:]:
            lines.append("\t".join(["", "", "", "", extra, "", "", "", "", ""]))
        tally[rag or "Not rated"] = tally.get(rag or "Not rated", 0) + 1
    lines.append("")
    lines.append("Total actions: %d | Blue %d | Green %d | Amber %d | Red %d | Not rated %d" % (
        len(SWL_ROWS), tally.get("Blue", 0), tally.get("Green", 0), tally.get("Amber", 0),
        tally.get("Red", 0), tally.get("Not rated", 0)))
    lines.append("RAG key: Blue = completed and evidenced; Green = on track; Amber = at risk; "
                 "Red = off track; blank = not yet rated")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ==========================================================================
# 7. Environment Agency - NAO and PAC recommendations tracker (xlsx, REFUSE)
# ==========================================================================
EA_REPORTS = [
    ("NAO report: Resilience to flooding (November 2023)", [
        ("1", "The Environment Agency should set out how it will prioritise maintenance of its "
              "high-consequence flood defence assets within available funding.",
         "Agreed",
         "Asset maintenance prioritisation framework approved by the Executive Directors Team.",
         "Executive Director, Flood and Coastal Erosion Risk Management", "March 2025",
         "Complete", "Framework published internally April 2025."),
        ("2", "The Environment Agency should improve the data it holds on the condition of "
              "third-party flood defence assets.",
         "Agreed",
         "Complete condition surveys of third-party assets in the highest-risk catchments and "
         "load the results into AIMS.",
         "Director of Asset Management", "December 2025", "Amber",
         "Surveys 70% complete; contractor capacity constrained."),
    ]),
    ("PAC report: Resilience to flooding (March 2024)", [
        ("1", "The Environment Agency and Defra should write to the Committee setting out a "
              "realistic estimate of the number of properties that will be better protected by "
              "the current capital programme.",
         "Agreed",
         "Revised outcome forecast provided to the Committee via the Treasury Minute update.",
         "Director of Finance / Director of FCERM Policy", "June 2025", "Complete",
         "Letter sent 12 June 2025."),
        ("4", "The Environment Agency should report annually on the proportion of its assets "
              "at required condition, by asset type.",
         "Agreed",
         "Add an asset condition measure by asset type to the annual report and accounts.",
         "Director of Asset Management", "March 2026", "Green",
         "Measure drafted for 2025-26 annual report."),
    ]),
    ("NAO report: Regulating for environmental compliance (September 2024)", [
        ("2", "The Environment Agency should develop a workforce plan for its regulatory "
              "officers that addresses skills gaps in the water industry regulation team.",
         "Agreed",
         "Publish a regulatory workforce plan and recruit 250 additional water company "
         "inspectors.",
         "Chief People Officer", "Setpember 2026", "Green",
         "Recruitment campaign launched; 180 appointed."),
        ("3", "The Environment Agency should evaluate the impact of its enforcement activity "
              "on compliance rates.",
         "Partially agreed",
         "Commission an independent evaluation of enforcement outcomes for permitted sites.",
         "Director of Regulatory Strategy", "April 2026", "Green",
         "Evaluation partner appointed November 2025."),
        ("5", "The Environment Agency should publish its compliance assessment data in an "
              "accessible format.",
         "Agreed",
         "Publish quarterly compliance data on the Environment Agency data portal.",
         "Director of Data, Digital and Technology", "Ongoing", "Green",
         "First quarterly release December 2025."),
    ]),
]

EA_FILL = {"Complete": HEX["blue"], "Green": HEX["green"], "Amber": HEX["amber"],
           "Red": HEX["red"]}


def make_ea():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Environment Agency: NAO and PAC recommendations implementation tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – 22 January 2026 – Paper ARAC(26)04"
    ws["A3"] = "Position at 14 January 2026. Tracker owner: Director of Finance"
    cols = ["Source report", "Rec no.", "Recommendation", "EA response",
            "Action being taken", "Lead director", "Target date", "Status", "Commentary"]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00703C")
        c.alignment = wrap
        c.border = box
    r = 6
    n = 0
    for report, recs in EA_REPORTS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        c = ws.cell(row=r, column=1, value=report)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEX["grey"])
        r += 1
        for no, rec, resp, action, lead, target, status, comm in recs:
            vals = [None, no, rec, resp, action, lead, target, status, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = wrap
                c.border = box
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=EA_FILL[status])
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Recommendations tracked: %d" % n)
    ws.cell(row=r + 1, column=1, value="Closed recommendations are moved to the ‘Closed’ "
                                       "sheet once the Committee has agreed closure.")
    for col, w in zip("ABCDEFGHI", (10, 8, 50, 14, 46, 34, 14, 11, 40)):
        ws.column_dimensions[col].width = w

    closed = wb.create_sheet("Closed")
    closed["A1"] = "Closed recommendations (agreed by ARAC)"
    closed["A1"].font = Font(bold=True)
    closed["A3"] = "None closed since the October 2025 meeting."

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
        ("Complete", "Action implemented; closure to be proposed to ARAC"),
        ("Green", "On track to meet target date"),
        ("Amber", "Risk to target date"),
        ("Red", "Target date missed or will be missed"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=EA_FILL[k])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(
        HERE, "er1-environment-agency-nao-pac-recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_harrow()
    make_escg()
    make_huddersfield()
    make_mkuh()
    make_oakwood()
    make_swlstg()
    make_ea()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("er1-")
                             and not f.endswith(".yaml")))
