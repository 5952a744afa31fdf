"""Build the seven zuq- blind test files (set heldout663) and their expected readings.

Run with: /work/main/.venv/bin/python zuq_make.py
Writes only files whose names start with "zuq-" in this folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zuq-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="BFBFBF"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "light": PatternFill("solid", fgColor="F2F2F2"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, headers):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# =====================================================================
# 1. Telford & Wrekin Council - scrutiny recommendations tracker (xlsx)
# =====================================================================
def telford():
    name = "zuq-telford-and-wrekin-council-scrutiny-recommendations-tracker.xlsx"
    title = "Telford & Wrekin Council – Scrutiny Recommendations Tracker"
    EHE = "Children & Young People Scrutiny Committee – Review of Elective Home Education (Cabinet 7 November 2024)"
    DEN = "Health & Adult Social Care Scrutiny Committee – Review of Access to NHS Dentistry (Cabinet 16 January 2025)"
    FT = "Communities Scrutiny Committee – Review of Fly-tipping Enforcement (Cabinet 13 March 2025)"
    # (ref, recommendation, response, lead cell, target (value, number_format), progress, RAG word,
    #  expected lead, end, end_text, status)
    rows = [
        ("band", EHE),
        ("CYP/EHE/1",
         "That the Council maintains a register of all children known to be electively home educated and shares it termly with the Telford & Wrekin Safeguarding Partnership.",
         "Accepted", "Service Delivery Manager – Education Access", (dt.datetime(2025, 3, 1), "mmm-yy"),
         "Register in place on Capita One. First termly share with the Safeguarding Partnership completed April 2025.",
         "Green", ["Service Delivery Manager – Education Access"], "2025-03", None, "blue"),
        ("CYP/EHE/2",
         "That every family newly registering for elective home education is offered a home or virtual visit within 20 working days.",
         "Accepted", "Service Delivery Manager – Education Access", ("Sept 2025", None),
         "78% of new registrations visited within 20 working days (April–July). Additional EHE adviser recruited from 1 September 2025.",
         "Amber", ["Service Delivery Manager – Education Access"], "2025-09", None, "amber"),
        ("CYP/EHE/3",
         "That the Cabinet Member for Education writes to the Secretary of State supporting a statutory register of children not in school.",
         "Accepted", "Director: Education & Skills", (dt.datetime(2024, 11, 30), "dd/mm/yyyy"),
         "Letter sent 21 November 2024; reply received from DfE in January 2025.",
         "Green", ["Director: Education & Skills"], "2024-11", None, "blue"),
        ("CYP/EHE/4",
         "That the Committee receives an annual report on elective home education, including:\n(a) the reasons parents give for choosing EHE; and\n(b) the number of children returning to school.",
         "Accepted in part", "Service Delivery Manager – Education Access / Data & Intelligence Manager", ("Annually (each July)", None),
         "Reasons for choosing EHE now captured at registration; first annual report to the Committee in July 2026. Part (b) not accepted – return-to-school data is reported through the Fair Access Panel.",
         "Grey", ["Service Delivery Manager – Education Access", "Data & Intelligence Manager"], None, "Annually (each July)", "unrated"),
        ("band", DEN),
        ("HASC/DEN/1",
         "That the Council asks NHS Shropshire, Telford and Wrekin ICB to publish a local dental access recovery plan with quarterly milestones.",
         "Accepted", "Director: Public Health", (dt.datetime(2025, 6, 1), "mmm-yy"),
         "ICB Dental Access Plan published July 2025 with quarterly milestones; Committee received it in September.",
         "Green", ["Director: Public Health"], "2025-06", None, "blue"),
        ("HASC/DEN/2",
         "That Public Health extends the supervised toothbrushing programme to all nursery settings in the 30% most deprived areas of the borough.",
         "Accepted", "Consultant in Public Health; Oral Health Promotion Lead", ("March 2026", None),
         "31 of 44 eligible settings signed up. Remaining settings being approached through the Early Years forum.",
         "Amber", ["Consultant in Public Health", "Oral Health Promotion Lead"], "2026-03", None, "amber"),
        ("HASC/DEN/3",
         "That Healthwatch Telford & Wrekin is invited to report residents’ experience of finding an NHS dentist to the Committee every six months.",
         "Accepted", "Scrutiny Group Specialist", ("Six-monthly", None),
         "Healthwatch reported in March 2025. The September 2025 report has not been received owing to the Healthwatch contract change.",
         "Red", ["Scrutiny Group Specialist"], None, "Six-monthly", "red"),
        ("band", FT),
        ("COM/FT/1",
         "That the Council publishes the number of fly-tipping fixed penalty notices issued each quarter, by ward.",
         "Accepted", "Service Delivery Manager – Enforcement", (dt.datetime(2025, 6, 30), "dd/mm/yyyy"),
         "Ward-level data published on the Council website from Q1 2025/26.",
         "Green", ["Service Delivery Manager – Enforcement"], "2025-06", None, "blue"),
        ("COM/FT/2",
         "That two additional deployable CCTV cameras are purchased for repeat fly-tipping hotspots.",
         "Accepted", "Service Delivery Manager – Enforcement", (dt.datetime(2025, 12, 1), "mmm-yy"),
         "Procurement complete; cameras to be installed in October 2025.",
         "Amber", ["Service Delivery Manager – Enforcement"], "2025-12", None, "amber"),
        ("COM/FT/3",
         "That a review of the bulky waste collection charge is undertaken to test whether the charge is a driver of fly-tipping.",
         "Accepted", "Director: Neighbourhood & Enforcement Services", (dt.datetime(2026, 1, 1), "mmm-yy"),
         "Review delayed – officer capacity redirected to mobilising the new waste contract. Revised scope to be agreed with the Chair.",
         "Red", ["Director: Neighbourhood & Enforcement Services"], "2026-01", None, "red"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 August 2025 – report to Scrutiny Management Board, 23 September 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Recommendations are removed from the tracker once they have been rated Green at two consecutive "
                "updates. See the ‘RAG key’ sheet for definitions.")
    headers = ["Ref", "Recommendation", "Executive response", "Lead officer", "Target date",
               "Progress update (August 2025)", "RAG"]
    header_row(ws, 5, headers)
    r = 6
    expected = []
    band = None
    for row in rows:
        if row[0] == "band":
            band = row[1]
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = FILL["band"]
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, rec, resp, lead, (tval, tfmt), prog, rag, elead, end, end_text, status = row
        vals = [ref, rec, resp, lead, tval, prog, rag]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        if tfmt:
            ws.cell(row=r, column=5).number_format = tfmt
        rc = ws.cell(row=r, column=7)
        rc.fill = FILL[rag.lower()]
        rc.font = Font(bold=True)
        expected.append(act(ref, [band], rec, elead, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    counts = {}
    for row in rows:
        if row[0] != "band":
            counts[row[6]] = counts.get(row[6], 0) + 1
    for k in ("Green", "Amber", "Red", "Grey"):
        r += 1
        ws.cell(row=r, column=1, value=k).fill = FILL[k.lower()]
        ws.cell(row=r, column=2, value=counts.get(k, 0)).alignment = Alignment(horizontal="left")
    r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(counts.values())).alignment = Alignment(horizontal="left")
    for col, w in zip("ABCDEFG", (13, 60, 14, 30, 14, 55, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key – scrutiny recommendations"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Green", "Recommendation implemented – monitoring no longer required"),
        ("Amber", "Implementation under way – some slippage against the target date"),
        ("Red", "Not progressing, or target date missed without an agreed revision"),
        ("Grey", "Not yet due for update"),
    ], start=3):
        key.cell(row=i, column=1, value=k).fill = FILL[k.lower()]
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a district/unitary council scrutiny recommendations tracker as taken to a Scrutiny "
                   "Management Board or Overview & Scrutiny Committee (Telford & Wrekin Council, 2025; no "
                   "specific published file used). Copied features: council title and position/meeting line, "
                   "one merged band row per scrutiny review naming the committee and the Cabinet date, the "
                   "recommendation itself as the tracked item, executive response column, lead officer as job "
                   "titles, mixed target-date cells (real dates shown mmm-yy or dd/mm/yyyy, 'Sept 2025', "
                   "'Annually (each July)', 'Six-monthly'), RAG word with fill, a summary count block and a "
                   "separate RAG key sheet whose key defines Green as 'implemented – monitoring no longer required'."),
        "reads": ("A tracker of ten scrutiny recommendations from three reviews, each review a merged heading "
                  "row. Each recommendation carries an officer lead, a target date and a RAG; the key sheet says "
                  "Green means implemented (so complete), Grey means not yet due. Below the table is a summary "
                  "count that is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Adoption Central England (RAA) - service improvement plan (docx)
# =====================================================================
def ace():
    name = "zuq-adoption-central-england-raa-service-improvement-plan.docx"
    title = "Adoption Central England (ACE) Service Improvement Plan 2025–26"
    P1 = "Priority 1: Early permanence and timely matching"
    P2 = "Priority 2: Adopter recruitment and assessment"
    P3 = "Priority 3: Adoption support"
    P4 = "Priority 4: Voice of adopted children, young people and adults"
    RAGFILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        (P1, [
            ("1.1", "Increase the number of early permanence (fostering for adoption) households approved each year from 9 to 15.",
             "Recruitment Team Manager", "March 2026",
             "7 early permanence households approved in Q1–Q2; on trajectory for 14.", "Green",
             ["Recruitment Team Manager"], "2026-03", None, "green"),
            ("1.2", "Hold a regional family-finding (adoption activity) day every six months, alternating between the north and south of the region.",
             "Family Finding Team Manager", "Six-monthly",
             "Activity day held in Solihull in June 2025 (11 children, 4 links made). Next event in Worcester, December 2025.", "Green",
             ["Family Finding Team Manager"], None, "Six-monthly", "green"),
            ("1.3", "Agree a shared early permanence protocol with the legal teams of the five local authorities and the local Family Court.",
             "Head of Service, ACE / Designated Family Judge liaison lead", "Q3 2025/26",
             "Draft protocol shared with legal leads in September 2025; comments awaited from two authorities.", "Amber",
             ["Head of Service, ACE", "Designated Family Judge liaison lead"], "2025-12", None, "amber"),
        ]),
        (P2, [
            ("2.1", "Reduce the average time from registration of interest to approval (Stage 1 and Stage 2) to six months.",
             "Assessment Team Manager", "March 2026",
             "Average 7.2 months in Q2, down from 8.1 months at year end.", "Amber",
             ["Assessment Team Manager"], "2026-03", None, "amber"),
            ("2.2", "Run a targeted campaign, with the five local authorities’ communications teams, to recruit adopters for sibling groups and children aged four and over.",
             "Marketing & Communications Officer", "Sept 2025",
             "Campaign launched 8 September 2025 – 46 enquiries in the first four weeks.", "Complete",
             ["Marketing & Communications Officer"], "2025-09", None, "blue"),
            ("2.3", "Start a monthly online support group for approved adopters who are waiting to be matched.",
             "Assessment Team Manager", "July 2025",
             "Group established; first session held 10 July 2025.", "Complete",
             ["Assessment Team Manager"], "2025-07", None, "blue"),
        ]),
        (P3, [
            ("3.1", "Complete assessments of need for adoption support within 12 weeks of referral in 90% of cases.",
             "Adoption Support Team Manager", "31/03/2026",
             "74% completed within 12 weeks in Q2. Waiting list reduced from 61 to 38 families, but the target will not be met without the two vacant posts filled.", "Red",
             ["Adoption Support Team Manager"], "2026-03", None, "red"),
            ("3.2", "Publish a joint education offer for adopted children with the Virtual School Heads of all five authorities, including:\n• Designated Teacher training on trauma and attachment\n• a named adoption contact in each Virtual School",
             "Adoption Support Team Manager; Virtual School Heads", "February 2026",
             "Joint offer drafted. Designated Teacher training dates set for January and February 2026.", "Green",
             ["Adoption Support Team Manager", "Virtual School Heads"], "2026-02", None, "green"),
        ]),
        (P4, [
            ("4.1", "Set up an ACE young people’s forum (ages 11–17) and agree with its members how their views will shape the service.",
             "Participation Officer", "December 2025",
             "Two sessions held with 9 young people attending; terms of reference agreed October 2025.", "Green",
             ["Participation Officer"], "2025-12", None, "green"),
            ("4.2", "Review the birth records counselling and access to information service and reduce the backlog of requests from adopted adults.",
             "Head of Service, ACE", "Ongoing",
             "Backlog reduced from 112 to 80 requests; additional sessional counsellor in post from August 2025.", "Amber",
             ["Head of Service, ACE"], None, "Ongoing", "amber"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Regional Adoption Agency for Coventry, Herefordshire, Solihull, Warwickshire and "
                      "Worcestershire, hosted by Warwickshire County Council.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Head of Service, ACE"), ("Approved by", "ACE Partnership Board"),
                 ("Date approved", "14 May 2025"), ("Last updated", "6 October 2025 (Quarter 2 update)"),
                 ("Next review", "ACE Partnership Board, January 2026")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("Complete", "Action delivered and evidenced"), ("Green", "On track to deliver by the timescale"),
                 ("Amber", "Some slippage – mitigating action being taken"),
                 ("Red", "Off track – escalated to the ACE Partnership Board")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAGFILL[k])
        set_cell(cells[1], v)

    expected = []
    for heading, actions in plan:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Q2 progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for ref, text, lead, when, prog, rag, elead, end, end_text, status in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], RAGFILL[rag])
            expected.append(act(ref, [heading], text, elead, end, status, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Notes: progress is reported quarterly to the ACE Partnership Board and to the Corporate "
                      "Parenting Panels of the five authorities. Actions marked Complete are removed at the next "
                      "annual refresh of the plan.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a regional adoption agency's annual service improvement plan as presented to its "
                   "partnership board (Adoption Central England, the RAA hosted by Warwickshire County Council for "
                   "five authorities, 2025–26; no specific published file used). Copied features: title paragraph "
                   "and host/partner line, a document-control table and a RAG key table before the plan, one "
                   "Heading 1 per priority with its own action table (No., Action, Lead, Timescale, progress, "
                   "RAG with shaded cell), job titles as leads including two posts in one cell, quarter and "
                   "'Six-monthly'/'Ongoing' timescales, bullet paragraphs inside an action cell, a closing notes line."),
        "reads": ("Ten numbered actions under four priorities, each priority a heading followed by its own table. "
                  "The document-control and RAG key tables are not part of the plan. Status is the RAG word "
                  "(Complete read as blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 3. Warrington Borough Council - fostering service development plan (docx)
# =====================================================================
def warrington():
    name = "zuq-warrington-borough-council-fostering-service-development-plan.docx"
    title = "Fostering Service Development Plan 2025–2026"
    T1 = "1. Recruitment and retention of foster carers"
    T2 = "2. Support, training and development of foster carers"
    T3 = "3. Kinship care (connected persons)"
    T4 = "4. Quality assurance and the Fostering Panel"
    RAGFILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "C": "0070C0"}
    plan = [
        (T1, [
            ("1.1", "Deliver the Fostering Recovery campaign jointly with the North West fostering hub, with a target of 25 new mainstream fostering households approved in 2025–26.",
             "Fostering Recruitment Team Manager", "March 2026",
             "25 households approved; net gain of at least 10 after de-registrations",
             "11 households approved to date; 6 further assessments at Stage 2.", "A",
             ["Fostering Recruitment Team Manager"], "2026-03", None, "amber"),
            ("1.2", "Launch a second Mockingbird constellation, hosted by an experienced hub home carer.",
             "Service Manager, Fostering and Kinship", "Oct-25",
             "Constellation of 6–10 satellite homes operating",
             "Constellation launched 2 October 2025 with 7 satellite families.", "C",
             ["Service Manager, Fostering and Kinship"], "2025-10", None, "blue"),
            ("1.3", "Review the foster carer fees and allowances scheme against North West regional rates and the national minimum allowance.",
             "Head of Service, Children in Care / Finance Business Partner", "End of December 2025",
             "Revised scheme approved by Cabinet",
             "Benchmarking complete. Cabinet report now scheduled for February 2026, later than planned.", "R",
             ["Head of Service, Children in Care", "Finance Business Partner"], "2025-12", None, "red"),
        ]),
        (T2, [
            ("2.1", "Introduce a revised learning and development framework for foster carers, including therapeutic parenting training within the first year of approval.",
             "Fostering Training Coordinator", "January 2026",
             "All carers approved in 2025–26 complete core training within 12 months",
             "Framework drafted and consulted on with the Warrington Foster Carers’ Association.", "G",
             ["Fostering Training Coordinator"], "2026-01", None, "green"),
            ("2.2", "Provide an out-of-hours support line for foster carers staffed by supervising social workers, in addition to the Emergency Duty Team.",
             "Supervising Social Work Team Manager", "30/09/2025",
             "Carer survey: 80% feel supported out of hours",
             "Support line live from 1 September 2025.", "C",
             ["Supervising Social Work Team Manager"], "2025-09", None, "blue"),
            ("2.3", "Hold a foster carer forum each quarter with the Director of Children’s Services and the Lead Member.",
             "Participation and Engagement Officer", "Quarterly",
             "Four forums held and actions reported back to carers",
             "Forums held in May and August 2025; next forum 27 November 2025.", "G",
             ["Participation and Engagement Officer"], None, "Quarterly", "green"),
        ]),
        (T3, [
            ("3.1", "Complete connected persons full assessments within 16 weeks of a Regulation 24 temporary approval.",
             "Kinship Assessment Team Manager", "March 2026",
             "90% of assessments completed within 16 weeks",
             "68% within timescale in Q2 – two assessing social worker posts vacant.", "R",
             ["Kinship Assessment Team Manager"], "2026-03", None, "red"),
            ("3.2", "Publish an updated Kinship Local Offer in line with the national kinship care strategy.",
             "Service Manager, Fostering and Kinship", "Jun-25",
             "Local offer published on the Warrington family hub website",
             "Published June 2025.", "C",
             ["Service Manager, Fostering and Kinship"], "2025-06", None, "blue"),
        ]),
        (T4, [
            ("4.1", "Refresh the Fostering Panel central list, recruiting at least two members with lived experience of care.",
             "Panel Adviser / Fostering Panel Chair", "December 2025",
             "Central list of 14 members including 2 care-experienced members",
             "One care-experienced member appointed; interviews for a second in December.", "G",
             ["Panel Adviser", "Fostering Panel Chair"], "2025-12", None, "green"),
            ("4.2", "Introduce an annual audit of foster carer reviews, reported to the Children’s Services Quality Assurance Board.",
             "Independent Reviewing Service Manager", "31/03/2026",
             "Audit completed and findings shared with carers and staff",
             "Audit tool agreed; sample to be audited in February 2026.", "G",
             ["Independent Reviewing Service Manager"], "2026-03", None, "green"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Warrington Borough Council – Children’s Services").bold = True
    doc.add_paragraph(title, style="Heading 1")
    doc.add_paragraph("Appendix 2 to the Fostering Service Annual Report 2024/25 (Regulation 35, Fostering Services "
                      "(England) Regulations 2011)")
    doc.add_paragraph("Plan owner: Service Manager, Fostering and Kinship        Last reviewed: 18 November 2025")

    headers = ["Ref", "What we will do", "Lead", "By when", "Success measure", "Progress at November 2025", "RAG"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    expected = []
    for theme, actions in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "E2EFDA")
        for ref, text, lead, when, measure, prog, rag, elead, end, end_text, status in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, measure, prog, rag]):
                set_cell(c, v)
            shade(cells[6], RAGFILL[rag])
            expected.append(act(ref, [theme], text, elead, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("RAG: R – off track; A – at risk of slippage; G – on track; C – complete")
    doc.add_paragraph("The plan is monitored monthly by the Fostering and Kinship management team and reported "
                      "to the Corporate Parenting Board every six months.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the development plan appended to a local authority fostering service's Regulation 35 "
                   "annual report (Warrington Borough Council fostering service, 2025–26; no specific published "
                   "file used). Copied features: council line, plan heading and appendix/regulation line, plan "
                   "owner and review date line, one landscape table with merged shaded theme rows, columns What we "
                   "will do / Lead / By when / Success measure / Progress / RAG, letter RAG with fill (C = "
                   "complete), job titles as leads with two posts split by '/', a key line and a monitoring note "
                   "after the table."),
        "reads": ("One table of ten numbered actions grouped under four numbered theme rows that span the table. "
                  "Each action has a lead post, a by-when cell (months, a dd/mm/yyyy date, 'End of December 2025', "
                  "'Quarterly') and a letter RAG explained by the key line below the table (C = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 4. London Borough of Hillingdon - Council Strategy delivery tracker (csv)
# =====================================================================
def hillingdon():
    name = "zuq-hillingdon-council-strategy-delivery-tracker.csv"
    title = "London Borough of Hillingdon - Council Strategy 2022-2026 Delivery Plan: Q2 2025/26 progress tracker"
    SSC = "Safe and Strong Communities"
    THH = "Thriving, Healthy Households"
    GSB = "A Green and Sustainable Borough"
    TE = "Thriving Economy"
    DMW = "A Digital-Enabled, Modern, Well-Run Council"
    rows = [
        (SSC, "SSC1.1", "Reduce anti-social behaviour in our town centres",
         "Extend the Public Spaces Protection Order for Uxbridge and Hayes town centres following statutory consultation",
         "Head of Community Safety", "31/10/2025", "Green",
         "Consultation closed 5 September; Cabinet decision due 23 October.",
         ["Head of Community Safety"], "2025-10", None, "green"),
        (SSC, "SSC1.2", "Reduce anti-social behaviour in our town centres",
         "Recruit four additional town centre wardens, funded from the Community Safety reserve",
         "Head of Community Safety", "30/06/2025", "Blue",
         "All four wardens in post from June 2025.",
         ["Head of Community Safety"], "2025-06", None, "blue"),
        (SSC, "SSC2.1", "Support victims of domestic abuse",
         "Commission refuge accommodation able to take families with older male children",
         "Domestic Abuse Commissioning Manager", "Q4 2025/26", "Amber",
         "Tender returned one compliant bid; options for re-procurement to be considered by CMT in November.",
         ["Domestic Abuse Commissioning Manager"], "2026-03", None, "amber"),
        (THH, "THH1.1", "Increase the supply of affordable homes",
         "Complete 120 new council homes through the Housing Capital Programme, including the Avondale Drive and Maple & Poplar sites",
         "Director of Housing; Head of Capital Programme", "31/03/2026", "Amber",
         "78 homes handed over. Maple & Poplar phase 2 slipped to April 2026 following contractor insolvency.",
         ["Director of Housing", "Head of Capital Programme"], "2026-03", None, "amber"),
        (THH, "THH1.2", "Increase the supply of affordable homes",
         "Reduce the number of households in nightly-paid temporary accommodation to below 500",
         "Head of Housing Needs", "Mar-26", "Red",
         "612 households at the end of Q2 (Q1: 588). Demand from asylum move-on continues to rise.",
         ["Head of Housing Needs"], "2026-03", None, "red"),
        (THH, "THH2.1", "Promote independence for older residents",
         "Roll out TeleCareLine proactive wellbeing calls to all residents aged 80+ who live alone\n(pilot in Ruislip and Northwood wards first)",
         "Head of Prevention and Independence", "December 2025", "Green",
         "Pilot complete; borough-wide roll-out began 1 October.",
         ["Head of Prevention and Independence"], "2025-12", None, "green"),
        (GSB, "GSB1.1", "Achieve carbon neutrality for Council operations by 2030",
         "Install solar PV on 10 Council buildings, including the Civic Centre",
         "Climate Change Programme Manager", "31/03/2026", "Green",
         "6 installations complete; 4 scheduled for Q3-Q4.",
         ["Climate Change Programme Manager"], "2026-03", None, "green"),
        (GSB, "GSB1.2", "Achieve carbon neutrality for Council operations by 2030",
         "Replace 500 street lights with LED units each year",
         "Head of Highways", "Ongoing", "Green",
         "312 units replaced so far in 2025/26.",
         ["Head of Highways"], None, "Ongoing", "green"),
        (GSB, "GSB2.1", "Keep Hillingdon clean",
         "Introduce weekly food waste collections for flats above shops",
         "Head of Waste Services", "01/04/2026", "Not started",
         "Due to start in April 2026 in line with Simpler Recycling requirements.",
         ["Head of Waste Services"], "2026-04", None, "unrated"),
        (TE, "TE1.1", "Support local businesses and high streets",
         "Deliver the UKSPF-funded shopfront improvement grant scheme in Hayes, Yiewsley and West Drayton",
         "Economic Development Manager", "30/09/2025", "Blue",
         "38 grants awarded; scheme closed 30 September.",
         ["Economic Development Manager"], "2025-09", None, "blue"),
        (DMW, "DMW1.1", "Improve digital access to Council services",
         "Launch the new resident portal with single sign-on for Council Tax, housing repairs and parking permits",
         "Head of Digital & Intelligence", "Nov 2025", "Amber",
         "Council Tax and parking live. Housing repairs integration delayed to January 2026.",
         ["Head of Digital & Intelligence"], "2025-11", None, "amber"),
        (DMW, "DMW1.2", "Improve digital access to Council services",
         "Achieve a 90% first-contact resolution rate in the Contact Centre",
         "Head of Customer Services", "Mar-26", "Green",
         "Q2 performance 88.6%, up from 85.1% in Q1.",
         ["Head of Customer Services"], "2026-03", None, "green"),
    ]
    ncol = 8
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Exported from the performance management system 15/10/2025 09:42"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Theme", "Ref", "Commitment", "Milestone", "Responsible Officer", "Due Date", "RAG Status",
                "Q2 Commentary"])
    expected = []
    counts = {}
    for theme, ref, commit, ms, lead, due, rag, comm, elead, end, end_text, status in rows:
        w.writerow([theme, ref, commit, ms, lead, due, rag, comm])
        counts[rag] = counts.get(rag, 0) + 1
        expected.append(act(ref, [theme, commit], ms, elead, end, status, end_text))
    w.writerow([""] * ncol)
    w.writerow(["Summary by RAG status"] + [""] * (ncol - 1))
    for k in ("Blue", "Green", "Amber", "Red", "Not started"):
        w.writerow([k, counts.get(k, 0)] + [""] * (ncol - 2))
    w.writerow(["Total milestones", sum(counts.values())] + [""] * (ncol - 2))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates a quarterly export of a London borough's corporate strategy delivery plan from its "
                   "performance system, as attached to a Cabinet or select committee performance report "
                   "(London Borough of Hillingdon Council Strategy 2022-2026, Q2 2025/26; no specific published "
                   "file used). Copied features: title and export-stamp lines, a flat one-row-per-milestone table "
                   "with the theme and commitment repeated on every row, responsible officer as job titles "
                   "(two in one cell split by ';'), due dates as dd/mm/yyyy, Mar-26, 'Q4 2025/26', 'Ongoing', a "
                   "RAG status word including Blue and Not started, a quoted milestone with an inner line break, and a "
                   "summary-by-status block after the rows."),
        "reads": ("Twelve milestones of the council strategy, each under its theme and commitment, with an officer, "
                  "a due date, a RAG status and a commentary. The title, export line and the summary counts at the "
                  "foot are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 5. Gwent Safeguarding Board - Newport JICPA improvement plan (plain text)
# =====================================================================
def gwent():
    name = "zuq-gwent-safeguarding-board-jicpa-newport-multi-agency-improvement-plan.txt"
    title = "Gwent Safeguarding Board – Newport Joint Inspection of Child Protection Arrangements (JICPA): Multi-Agency Improvement Plan"
    rule = "=" * 72
    sections = [
        ("1. MULTI-AGENCY STRATEGY DISCUSSIONS",
         "Partners must ensure that health and education practitioners are consistently invited to, and contribute to, strategy discussions.",
         [
             ("1.1", "Amend the Newport strategy discussion template so that attendance and contributions from health, education and police are recorded for every discussion.",
              "Service Manager, Newport Safeguarding Hub (NCC)", "July 2025", "COMPLETE",
              "New template live on WCCIS from 21 July 2025.",
              ["Service Manager, Newport Safeguarding Hub (NCC)"], "2025-07", None, "blue"),
             ("1.2", "Agree a standard that the school's designated safeguarding person is invited to every strategy discussion held in term time, and audit compliance each quarter.",
              "Head of Children's Services (NCC); Education Safeguarding Lead (NCC)", "Q3 2025/26", "GREEN",
              "Standard agreed by the Newport Safeguarding Delivery Group in September. First audit due December 2025.",
              ["Head of Children's Services (NCC)", "Education Safeguarding Lead (NCC)"], "2025-12", None, "green"),
         ]),
        ("2. RECOGNISING AND RESPONDING TO NEGLECT",
         "Practitioners across agencies need a shared understanding of neglect and consistent use of the Gwent neglect toolkit.",
         [
             ("2.1", "Relaunch the Gwent neglect toolkit in Newport with multi-agency briefings for health visitors, school staff, police officers and social workers.",
              "Named Nurse Safeguarding Children (ABUHB); Principal Social Worker (NCC)", "November 2025", "GREEN",
              "Four of six briefings delivered (212 practitioners).",
              ["Named Nurse Safeguarding Children (ABUHB)", "Principal Social Worker (NCC)"], "2025-11", None, "green"),
             ("2.2", "Deliver a neglect practice audit across three agencies, covering:\n- use of the neglect toolkit at referral and at review\n- the quality of chronologies\n- whether plans address cumulative harm",
              "Chair of the Gwent Quality Assurance Sub-Group", "31 January 2026", "AMBER",
              "Audit tool agreed. Police sample delayed by a system access issue; health and NCC samples complete.",
              ["Chair of the Gwent Quality Assurance Sub-Group"], "2026-01", None, "amber"),
         ]),
        ("3. THE VOICE AND LIVED EXPERIENCE OF THE CHILD",
         "Agencies should ensure that the lived experience of children, including very young and disabled children, is recorded and informs plans.",
         [
             ("3.1", "Introduce 'day in the life' recording in child protection conference reports in Newport, and brief conference chairs to test it at every conference.",
              "Safeguarding Unit Manager (NCC)", "September 2025", "COMPLETE",
              "Report template changed from 1 September 2025; chairs briefed 28 August 2025.",
              ["Safeguarding Unit Manager (NCC)"], "2025-09", None, "blue"),
             ("3.2", "Ensure that the communication needs of disabled children are recorded at first contact by police and health practitioners, using the Wales Safeguarding Procedures practice guide.",
              "Detective Chief Inspector, Public Protection (Gwent Police); Head of Safeguarding (ABUHB)", "March 2026", "AMBER",
              "Police recording field agreed; ABUHB change awaiting the digital team.",
              ["Detective Chief Inspector, Public Protection (Gwent Police)", "Head of Safeguarding (ABUHB)"], "2026-03", None, "amber"),
         ]),
        ("4. PARTNERSHIP OVERSIGHT AND ASSURANCE",
         "The Board should strengthen its multi-agency quality assurance so that it can evidence the impact of its work on outcomes for children.",
         [
             ("4.1", "Add a JICPA dashboard (strategy discussion attendance, neglect audit findings, conference timeliness) to the Board's quarterly performance report.",
              "Gwent Safeguarding Board Business Manager", "Q2 2025/26", "COMPLETE",
              "Dashboard included in the September 2025 performance report.",
              ["Gwent Safeguarding Board Business Manager"], "2025-09", None, "blue"),
             ("4.2", "Hold a multi-agency practice learning event in Newport to share the inspection findings with front-line practitioners.",
              "Gwent Safeguarding Board Business Manager", "TBC", "RED",
              "Event postponed from October; new date to be agreed with the Regional Safeguarding Training Group.",
              ["Gwent Safeguarding Board Business Manager"], None, "TBC", "red"),
             ("4.3", "Report progress against this plan to the Newport Public Services Board and to the inspectorates at the six-month point.",
              "Independent Chair of the Gwent Safeguarding Board", "End of October 2025", "GREEN",
              "Six-month report drafted for the Board Executive on 16 October 2025.",
              ["Independent Chair of the Gwent Safeguarding Board"], "2025-10", None, "green"),
         ]),
    ]
    lines = [
        title,
        "Bwrdd Diogelu Gwent",
        "",
        "Inspection fieldwork: 3-7 February 2025. Joint inspection report published 30 April 2025 by Care Inspectorate Wales,",
        "Healthcare Inspectorate Wales, HMICFRS, Estyn and HM Inspectorate of Probation.",
        "Plan agreed by the Gwent Safeguarding Board Executive: 12 June 2025.",
        "Progress position: 30 September 2025.",
        "",
        "Status key: COMPLETE = delivered and evidenced; GREEN = on track; AMBER = at risk of slippage; RED = off track.",
        "Agencies: NCC = Newport City Council; ABUHB = Aneurin Bevan University Health Board.",
        "",
    ]
    expected = []
    for heading, afi, actions in sections:
        lines += [rule, heading, "Area for improvement: " + afi, rule, ""]
        for ref, text, lead, when, status_word, update, elead, end, end_text, status in actions:
            lines.append("Action " + ref)
            lines.append("Action: " + text)
            lines.append("Lead: " + lead)
            lines.append("Target date: " + when)
            lines.append("Status: " + status_word)
            lines.append("Update: " + update)
            lines.append("")
            expected.append(act(ref, [heading, afi], text, elead, end, status, end_text))
    lines += [rule, "End of plan. Next review: Gwent Safeguarding Board Executive, 11 December 2025."]
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates a Welsh regional safeguarding board's multi-agency improvement plan after a Joint "
                   "Inspection of Child Protection Arrangements (Gwent Safeguarding Board for Newport, 2025; no "
                   "specific published file used), saved as a plain-text export. Copied features: plan title and "
                   "Welsh board name, inspection and governance dates, a status key and agency abbreviation key, "
                   "one ruled block per area for improvement with its numbered heading in capitals and the "
                   "inspectors' finding, then per action a labelled block (Action, Lead, Target date, Status, "
                   "Update), leads as posts with agency in brackets and several agencies in one line split by ';', "
                   "an action continued by dash bullet lines, quarter/TBC/'End of October 2025' dates."),
        "reads": ("Nine numbered actions under four areas for improvement; each area has a capitalised heading and "
                  "an 'Area for improvement:' line giving the inspectors' finding, which is what the actions answer. "
                  "Each action block gives its lead(s), target date and a status word from the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 6. BANES Community Safety and Safeguarding Partnership - LCSPR Child T action plan (xlsx)
# =====================================================================
def banes():
    name = "zuq-bath-and-north-east-somerset-cssp-lcspr-child-t-action-plan.xlsx"
    title = "Local Child Safeguarding Practice Review (LCSPR) – Child T: Multi-Agency Action Plan"
    R1 = ("Recommendation 1: BCSSP partners should ensure that practitioners working with parents who misuse "
          "substances routinely consider the impact on the care of infants, including safer sleep.")
    R2 = ("Recommendation 2: The BCSSP should seek assurance that fathers and male carers are identified, assessed "
          "and included in plans for children.")
    R3 = ("Recommendation 3: Partner agencies should ensure that escalation and professional challenge are used "
          "when plans for a child are not progressing.")
    M = lambda y, m: dt.datetime(y, m, 1)
    recs = [
        (R1, [
            ("1.1", "Refresh the BCSSP safer sleep guidance to include the combined risks of parental substance use and co-sleeping.",
             "BCSSP", "BCSSP Business Manager", M(2025, 6), M(2025, 9),
             "Guidance reissued September 2025 and circulated with a 7-minute briefing.", "A", "B",
             ["BCSSP Business Manager"], "2025-09", "blue"),
            ("1.2", "Deliver joint training for health visitors and DHI drug and alcohol workers on assessing parenting capacity where parents misuse substances.",
             "HCRG Care Group / DHI", "Head of Safeguarding, HCRG Care Group; DHI Service Manager", dt.datetime(2025, 9, 30), dt.datetime(2026, 1, 31),
             "Two of four sessions delivered; remaining sessions booked for January 2026.", "G", "A",
             ["Head of Safeguarding, HCRG Care Group", "DHI Service Manager"], "2026-01", "amber"),
            ("1.3", "Audit a sample of 20 assessments of families with an infant under one where a parent is known to substance misuse services.",
             "B&NES Council", "Quality Assurance Manager, Children’s Services", M(2025, 12), None,
             "Audit scheduled for November 2025.", "G", "G",
             ["Quality Assurance Manager, Children’s Services"], "2025-12", "green"),
        ]),
        (R2, [
            ("2.1", "Add a mandatory ‘significant males’ section to the Early Help assessment and the Children’s Services single assessment.",
             "B&NES Council", "Head of Early Help / Principal Social Worker", M(2025, 7), None,
             "Both assessment forms amended in Liquidlogic from 7 July 2025.", "A", "B",
             ["Head of Early Help", "Principal Social Worker"], "2025-07", "blue"),
            ("2.2", "Share information held on male household members, including domestic abuse history, with the MASH at the point of referral.",
             "Avon and Somerset Police", "DI, Public Protection Unit (Bath)", M(2025, 10), None,
             "Revised MASH research template in use; dip sample planned for December.", "G", "G",
             ["DI, Public Protection Unit (Bath)"], "2025-10", "green"),
        ]),
        (R3, [
            ("3.1", "Relaunch the BCSSP Resolution and Escalation Protocol with a practitioner briefing, and report escalations each quarter to the Learning from Practice Sub-Group.",
             "BCSSP", "BCSSP Business Manager", M(2025, 3), M(2025, 6),
             "Protocol relaunched May 2025; first quarterly report received July 2025.", "A", "B",
             ["BCSSP Business Manager"], "2025-06", "blue"),
            ("3.2", "Include an escalation scenario in the multi-agency Level 3 safeguarding training.",
             "BCSSP", "BCSSP Training Coordinator", M(2025, 11), None,
             "Scenario drafted with the training pool.", "G", "G",
             ["BCSSP Training Coordinator"], "2025-11", "green"),
            ("3.3", "Survey practitioners on their confidence in using professional challenge, and repeat the survey after six months.",
             "All partners", "Chair, Learning from Practice Sub-Group", M(2026, 4), None,
             "New action added by the Sub-Group in September 2025.", None, None,
             ["Chair, Learning from Practice Sub-Group"], "2026-04", "unrated"),
        ]),
    ]
    letter_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bath and North East Somerset Community Safety and Safeguarding Partnership (BCSSP)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Review published: 12 March 2025   |   Monitored by: Learning from Practice Sub-Group   |   "
                "Update: October 2025")
    headers = ["Recommendation", "Ref", "Action", "Agency", "Lead officer", "Original target date",
               "Revised target date", "Evidence of completion / impact", "Previous RAG", "Current RAG"]
    header_row(ws, 5, headers)
    r = 6
    expected = []
    for rec, actions in recs:
        first = r
        ws.cell(row=r, column=1, value=rec)
        for ref, text, agency, lead, orig, rev, evid, prev, cur, elead, end, status in actions:
            vals = [None, ref, text, agency, lead, orig, rev, evid, prev, cur]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            for col in (6, 7):
                if ws.cell(row=r, column=col).value is not None:
                    ws.cell(row=r, column=col).number_format = "mmm-yy" if ws.cell(row=r, column=col).value.day == 1 else "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=9).fill = FILL[letter_fill[prev]]
            if cur:
                ws.cell(row=r, column=10).fill = FILL[letter_fill[cur]]
                ws.cell(row=r, column=10).font = Font(bold=True)
            expected.append(act(ref, [rec], text, elead, end, status))
            r += 1
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).fill = FILL["light"]
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: R – not on track; A – some delay, action in hand; G – on track; "
                                   "B – complete and evidenced; blank – not yet started")
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    cur_counts = {}
    for _, actions in recs:
        for a in actions:
            cur_counts[a[8]] = cur_counts.get(a[8], 0) + 1
    for label, keyv in (("Complete (B)", "B"), ("On track (G)", "G"), ("Some delay (A)", "A"),
                        ("Not on track (R)", "R"), ("Not started", None)):
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=cur_counts.get(keyv, 0))
    r += 1
    ws.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(cur_counts.values()))
    for col, w in zip("ABCDEFGHIJ", (42, 6, 50, 18, 30, 12, 12, 42, 9, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    vc = wb.create_sheet("Version control")
    vc.append(["Version", "Date", "Author", "Change"])
    vc.append(["0.1", "02/04/2025", "BCSSP Business Unit", "First draft for the Learning from Practice Sub-Group"])
    vc.append(["1.0", "15/05/2025", "BCSSP Business Unit", "Agreed by the BCSSP Executive"])
    vc.append(["1.1", "14/10/2025", "BCSSP Business Unit", "October update; action 3.3 added"])
    for c in vc[1]:
        c.font = Font(bold=True)
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a safeguarding children partnership's action plan for a Local Child Safeguarding "
                   "Practice Review (Bath and North East Somerset Community Safety and Safeguarding Partnership, "
                   "LCSPR 'Child T', 2025; no specific published file used). Copied features: plan title and "
                   "partnership line, publication/monitoring/update line, the recommendation text in a merged cell "
                   "down the left over its actions, agency and lead officer columns (two posts in one cell split "
                   "by '/' or ';'), original and revised target dates as real dates, evidence of impact, Previous "
                   "RAG and Current RAG letter cells with fill (B = complete), a RAG key line and summary counts "
                   "below, and a separate version-control sheet."),
        "reads": ("Eight actions answering three review recommendations; each recommendation sits in a merged cell "
                  "beside its actions. Where a revised target date is given it replaces the original, and the "
                  "Current RAG (not the previous one) is the status; the last action has no RAG yet (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 7. Caerphilly CBC - Corporate Plan well-being objectives delivery tracker (xlsx, refuse)
# =====================================================================
def caerphilly():
    name = "zuq-caerphilly-cbc-corporate-plan-well-being-objectives-delivery-tracker-typo-month-refuse.xlsx"
    title = "Caerphilly County Borough Council – Corporate Plan 2023–2028: Well-being Objectives Delivery Tracker 2025/26 (Quarter 2)"
    sheets = [
        ("WBO1", "Well-being Objective 1: Enabling our children to succeed in education",
         "Corporate Director for Education and Corporate Services", [
             ("1.1", "Reduce persistent absence in secondary schools through the Attendance Wellbeing Service and targeted family engagement officers.",
              "Head of Inclusion and ALN", "April 2025", "March 2026", "On track",
              "Secondary persistent absence 19.8% (autumn 2024: 22.1%)."),
             ("1.2", "Open the new 3–19 school provision at Llancaeach, including Welsh-medium childcare.",
              "Head of Education Planning and Strategy", "September 2023", "September 2026", "Some slippage",
              "Construction 70% complete; childcare unit fit-out delayed by utilities connection."),
             ("1.3", "Expand free school meals and the Holiday Hunger programme to all eligible primary pupils during school holidays.",
              "Catering Manager; Community Education Manager", "April 2025", "August 2025", "Completed",
              "Summer programme delivered at 24 sites."),
         ]),
        ("WBO2", "Well-being Objective 2: Enabling our residents to thrive",
         "Corporate Director for Social Services and Housing", [
             ("2.1", "Deliver 400 new affordable homes with housing association partners, including Caerphilly Homes council new build.",
              "Head of Housing", "April 2023", "March 2028", "On track",
              "176 homes completed to date; 98 on site."),
             ("2.2", "Launch the Cost of Living Hub at Ty Penallta and the five libraries, offering benefits, energy and debt advice.",
              "Head of Customer and Digital Services", "January 2025", "Septmber 2025", "Completed",
              "Hub open at all six sites from 1 September 2025."),
             ("2.3", "Reduce the number of people waiting for a domiciliary care package through the in-house homecare recruitment campaign.",
              "Head of Adult Services", "April 2025", "March 2026", "Some slippage",
              "Waiting list 41 people (Q1: 47). Recruitment below target in the Rhymney valley."),
             ("2.4", "Implement the Placemaking Plan for Bargoed town centre, including the market hall refurbishment.",
              "Head of Regeneration and Planning", "April 2024", "December 2026", "On track",
              "Market hall works tendered; contractor appointment due November 2025."),
         ]),
        ("WBO3", "Well-being Objective 3: Addressing the nature emergency through a greener borough",
         "Corporate Director for Economy and Environment", [
             ("3.1", "Plant 20,000 trees a year on council land through the Caerphilly Tree Strategy.",
              "Head of Parks and Countryside", "November 2024", "March 2026", "On track",
              "Winter 2024/25 planting season: 21,350 trees."),
             ("3.2", "Increase the household recycling rate to 70% by introducing weekly sorted dry recycling collections.",
              "Head of Waste Strategy and Operations", "April 2024", "March 2027", "Not on track",
              "Recycling rate 61.4% (2024/25). Roll-out of sorted collections paused pending fleet procurement."),
             ("3.3", "Convert the council's small van fleet to electric vehicles, with charging at Tir-y-berth depot.",
              "Fleet Manager", "April 2025", "March 2026", "On track",
              "32 of 60 vans replaced; depot chargers commissioned July 2025."),
         ]),
    ]
    status_fill = {"On track": "green", "Completed": "blue", "Some slippage": "amber", "Not on track": "red"}
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Cyngor Bwrdeistref Sirol Caerffili"
    summ["A2"].font = Font(italic=True)
    summ["A3"] = "Report to Corporate and Regeneration Scrutiny Committee, 18 November 2025"
    header_row(summ, 5, ["Well-being Objective", "Completed", "On track", "Some slippage", "Not on track", "Total"])
    r = 6
    for code, head, director, actions in sheets:
        counts = [sum(1 for a in actions if a[5] == s) for s in ("Completed", "On track", "Some slippage", "Not on track")]
        summ.cell(row=r, column=1, value=head)
        for i, v in enumerate(counts + [len(actions)], start=2):
            summ.cell(row=r, column=i, value=v)
        r += 1
    summ.cell(row=r + 1, column=1, value="Status key: Completed (blue); On track (green); Some slippage (amber); Not on track (red)")
    summ.column_dimensions["A"].width = 75
    typo_at = None
    for code, head, director, actions in sheets:
        ws = wb.create_sheet(code)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Lead Director: " + director
        header_row(ws, 4, ["Ref", "Action", "Responsible Officer", "Start", "Due", "Status", "Progress at Q2 2025/26"])
        rr = 5
        for ref, text, lead, start, due, status, prog in actions:
            for col, v in enumerate([ref, text, lead, start, due, status, prog], start=1):
                c = ws.cell(row=rr, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=rr, column=6).fill = FILL[status_fill[status]]
            if due == "Septmber 2025":
                typo_at = (code, rr)
            rr += 1
        for col, w in zip("ABCDEFG", (6, 60, 32, 15, 15, 14, 50)):
            ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_at == ("WBO2", 6), typo_at

    write_expected(name, {
        "source": ("Imitates a Welsh county borough council's corporate plan well-being objectives delivery "
                   "tracker as reported quarterly to scrutiny (Caerphilly County Borough Council Corporate Plan "
                   "2023–2028, Q2 2025/26; no specific published file used). Copied features: a summary sheet "
                   "with the tracker title, Welsh council name, scrutiny meeting line and a count table per "
                   "well-being objective, then one sheet per objective (WBO1–WBO3) with the objective as heading, "
                   "lead director line, and Ref / Action / Responsible Officer / Start / Due / Status / Progress "
                   "columns, due dates written as month-year text, status words with fill."),
        "reads": ("Ten actions across three well-being objective sheets. On sheet WBO2, row 6 (action 2.2, the "
                  "Cost of Living Hub) has the due date 'Septmber 2025' – a mistyped month; a careful reader would "
                  "stop and ask what was meant before reading the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 6,
        "title": title,
    })
    return name, 10


if __name__ == "__main__":
    for fn in (telford, ace, warrington, hillingdon, gwent, banes, caerphilly):
        n, k = fn()
        print(f"{n}: {k} actions")
