"""Generator for the g2- blind cases in heldout18 (written without reading the importer)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- A: RQIA QIP
def make_rqia():
    doc = Document()
    doc.add_paragraph("Quality Improvement Plan", style="Title")
    doc.add_paragraph("Rosemount Lodge Nursing Home  |  Inspection ID: IN045821  |  "
                      "Date of inspection: 12 and 13 February 2025")
    doc.add_paragraph(
        "The issues identified during this inspection are detailed in the Quality Improvement Plan "
        "below. The registered person has set out the actions the home will take, who is responsible "
        "and by when. This plan is reviewed at the monthly governance meeting.")

    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
            ("Area for improvement 1", "Ref: Regulation 13 (4)", "Stated: First time",
             "To be completed by:\nWith immediate effect",
             "The registered person shall ensure that all medicines are administered in accordance "
             "with the prescriber's instructions, with particular attention to the recording of "
             "thickening agents.",
             [("Thickening agent administration to be recorded on the electronic MAR at each use; "
               "nurse in charge to check completeness at the end of each shift.",
               "Deputy Manager", "Immediate and ongoing", "Green"),
              ("Supervision sessions on medicines management to be completed with all registered nurses.",
               "Registered Manager", "31/03/2025", "Complete")]),
            ("Area for improvement 2", "Ref: Regulation 27 (4) (d)", "Stated: First time",
             "To be completed by:\n30 April 2025",
             "The registered person shall ensure that fire doors are not wedged open and that the "
             "recommendations of the fire risk assessment are actioned.",
             [("Door guards to be fitted to the bedroom doors identified in the fire risk assessment.",
               "Maintenance Officer", "April 2025", "Amber"),
              ("Daily walk-round check of fire doors added to the maintenance checklist and audited monthly.",
               "Home Manager / Maintenance Officer", "Monthly", "Green")]),
        ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes (2015)", [
            ("Area for improvement 1", "Ref: Standard 4.9", "Stated: First time",
             "To be completed by:\n31 May 2025",
             "The registered person shall ensure that care plans for residents with wounds are "
             "reviewed and updated following each wound assessment.",
             [("Audit of all wound care plans, with findings fed back to the named nurse.",
               "Clinical Lead", "End of May 2025", "Amber"),
              ("Tissue viability training to be booked for all registered nurses through the "
               "Trust's TVN service.",
               "Registered Manager", "30/06/2025", "Not started")]),
            ("Area for improvement 2", "Ref: Standard 12", "Stated: Second time",
             "To be completed by:\n31 March 2025",
             "The registered person shall ensure that the daily menu is displayed in a suitable "
             "format and that residents on modified diets are offered a choice at each meal.",
             [("Pictorial menus to be introduced in each dining room.",
               "Catering Manager", "March 2025", "Complete")]),
        ]),
    ]
    for heading, areas in sections:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        for label, ref, stated, due, req, actions in areas:
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            set_cell(t.cell(0, 0), f"{label}\n\n{ref}\n\n{stated}\n\n{due}", bold=False)
            t.cell(0, 0).paragraphs[0].runs[0].bold = True
            shade(t.cell(0, 0), "D9E2F3")
            set_cell(t.cell(0, 1), req)
            t.cell(0, 0).width = Cm(5)
            t.cell(0, 1).width = Cm(12)
            doc.add_paragraph("Response by registered person detailing the actions taken:")
            at = doc.add_table(rows=1, cols=4)
            at.style = "Table Grid"
            for i, h in enumerate(["Action to be taken", "Responsible person", "Timescale", "Status"]):
                set_cell(at.cell(0, i), h, bold=True)
                shade(at.cell(0, i), "BFBFBF")
            for a, who, when, st in actions:
                row = at.add_row().cells
                for i, v in enumerate([a, who, when, st]):
                    set_cell(row[i], v)
            doc.add_paragraph("")
    doc.add_paragraph("Please ensure this document is completed in full and returned via the Web Portal.")
    doc.save(out("g2-rqia-qip-area-boxes-then-action-tables.docx"))


# ------------------------------------------------- B: Scottish HSCP joint inspection
def make_hscp():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Joint Inspection of Adult Services – Improvement Plan", style="Title")
    doc.add_paragraph("Strathmore Health and Social Care Partnership  |  Inspection report published "
                      "August 2024  |  Plan updated January 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(dc.cell(0, i), h, bold=True)
    for row in [("0.1", "10/09/2024", "Strategic Planning Manager", "First draft for SLT"),
                ("1.0", "25/09/2024", "Chief Officer", "Approved by IJB"),
                ("1.1", "20/01/2025", "Strategic Planning Manager", "January progress update")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, col in [("Red", "Significant delay – action at risk", "FF0000"),
                               ("Amber", "Some slippage – being managed", "FFC000"),
                               ("Green", "On track", "00B050"),
                               ("Complete", "Action completed and evidenced", "0070C0")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    doc.add_paragraph("Improvement actions", style="Heading 2")
    cols = ["Ref", "Action", "Lead Officer", "Timescale", "Progress Update", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "1F3864")
    plan = [
        ("1. The partnership should improve the consistency and quality of risk assessments and "
         "care plans for adults with long-term conditions.", [
             ("1(a)", "Develop a single shared risk assessment template for use by health and social "
              "work staff in community teams.", "Principal Social Worker", "December 2024",
              "14/11/24 – Template agreed at Clinical and Care Governance Group.\n"
              "09/01/25 – Rolled out to all four locality teams.", "Complete"),
             ("1(b)", "Undertake a multi-agency case file audit of 60 records to test the quality of "
              "care plans.", "Service Manager, Quality Assurance", "Q4 2024/25",
              "20/01/25 – Audit tool agreed; fieldwork scheduled for February 2025.", "Green"),
             ("1(c)", "Deliver care planning training to community nursing and social work staff.",
              "Learning and Development Lead / Lead Nurse", "Sept 2024 – March 2025",
              "20/01/25 – Three of six sessions delivered; uptake lower than planned in North "
              "locality.", "Amber"),
         ]),
        ("2. The partnership should ensure that unpaid carers are offered an adult carer support "
         "plan and that their identified needs are met.", [
             ("2(a)", "Refresh the Carers Strategy action plan with carers and the third sector "
              "carers centre.", "Strategic Planning Manager", "31/03/2025",
              "20/12/24 – Draft shared with Carers Reference Group.", "Green"),
             ("2(b)", "Introduce monthly reporting of adult carer support plans offered and "
              "completed, by locality.", "Performance and Intelligence Team", "February 2025",
              "Not yet started – awaiting change to the case recording system.", ""),
         ]),
        ("3. The partnership should develop a clear and costed commissioning plan that shows how "
         "it will shift the balance of care towards community-based support.", [
             ("3(a)", "Publish a Strategic Commissioning Plan with a market facilitation statement.",
              "Chief Finance Officer; Head of Strategic Planning", "June 2025",
              "28/01/25 – IJB development session held on draft priorities.", "Amber"),
             ("3(b)", "Review the care at home framework contract and agree new rates with "
              "providers.", "Contracts and Commissioning Manager", "Q1 2025/26",
              "15/01/25 – Procurement timetable delayed by three months due to national rates "
              "uplift.", "Red"),
         ]),
        ("4. The partnership should strengthen its approach to self-evaluation and the use of data "
         "to drive improvement.", [
             ("4(a)", "Establish a quarterly performance report to the IJB Audit and Performance "
              "Committee.", "Head of Performance", "Ongoing",
              "First report presented November 2024.", "Green"),
             ("4(b)", "Complete a partnership-wide self-evaluation using the Care Inspectorate "
              "quality improvement framework.", "Chief Officer", "End of August 2025", "",
              "Not started"),
         ]),
    ]
    rag_fill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0"}
    for area, actions in plan:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, area, bold=True)
        shade(merged, "D9E2F3")
        for ref, act, lead, when, prog, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead, when, prog, rag]):
                set_cell(cells[i], v)
            if rag in rag_fill:
                shade(cells[5], rag_fill[rag])
    doc.save(out("g2-hscp-adults-joint-insp-merged-area-rows-subactions.docx"))


# ------------------------------------------------- C: housing association TSM plan
def make_housing():
    doc = Document()
    doc.add_paragraph("Northgate Homes", style="Subtitle")
    doc.add_heading("Tenant Satisfaction Improvement Plan 2025/26", level=0)
    doc.add_paragraph(
        "Our 2024/25 Tenant Satisfaction Measures (TSMs) showed that overall satisfaction fell to "
        "61%. This plan sets out what we will do about the issues tenants raised with us. Progress "
        "is reported to the Customer Committee every quarter.")
    themes = [
        ("Theme 1: Keeping homes in good repair", [
            ("Repairs take too long and appointments are missed (TP02, TP03)", [
                ("1.1", "Introduce text message reminders the day before every repairs appointment.",
                 "Repairs Team", "Q1 2025/26", "Complete"),
                ("1.2", "Offer morning, afternoon and school-run appointment slots.",
                 "Head of Property Services", "Q2 2025/26", "Green"),
            ]),
            ("Damp and mould reports are not followed up (TP04)", [
                ("1.3", "Carry out a follow-up inspection within 6 weeks of every damp and mould repair.",
                 "Damp and Mould Surveyors", "Ongoing", "Green"),
            ]),
        ]),
        ("Theme 2: Respectful and helpful engagement", [
            ("Tenants do not feel listened to (TP06)", [
                ("2.1", "Set up a Tenant Scrutiny Panel and agree its terms of reference.",
                 "Customer Insight Team & Tenant Engagement Officer", "July 2025", "Amber"),
                ("2.2", "Publish a 'You said, we did' update in every quarterly newsletter.",
                 "Communications Team", "Quarterly", "Green"),
            ]),
        ]),
        ("Theme 3: Effective handling of complaints", [
            ("Complaints are not answered within the Housing Ombudsman Code timescales (TP09)", [
                ("3.1", "Recruit two additional complaints officers.",
                 "Director of Customer Experience", "Q3 2025/26", "Red"),
                ("3.2", "Complete the annual self-assessment against the Housing Ombudsman's "
                 "Complaint Handling Code and report it to the Board.",
                 "Complaints Manager", "By 30 June 2025", "Not started"),
                ("3.3", "Train all frontline staff in the new complaints policy.",
                 "Learning & Development / Complaints Manager", "Sept 2025", "Green"),
            ]),
        ]),
    ]
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}
    for theme, issues in themes:
        doc.add_heading(theme, level=1)
        for issue, actions in issues:
            doc.add_heading(issue, level=2)
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(["No.", "What we will do", "Who", "When", "Status"]):
                set_cell(t.cell(0, i), h, bold=True)
            for row in actions:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    set_cell(cells[i], v)
                if row[4] in fills:
                    shade(cells[4], fills[row[4]])
            doc.add_paragraph("")
    doc.add_heading("Glossary", level=1)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.cell(0, 0), "Code", bold=True)
    set_cell(g.cell(0, 1), "Tenant Satisfaction Measure", bold=True)
    for code, name in [("TP02", "Satisfaction with repairs"),
                       ("TP03", "Satisfaction with time taken to complete most recent repair"),
                       ("TP04", "Satisfaction that the home is well maintained"),
                       ("TP06", "Satisfaction that the landlord listens to tenant views and acts upon them"),
                       ("TP09", "Satisfaction with the landlord's approach to handling complaints")]:
        cells = g.add_row().cells
        set_cell(cells[0], code)
        set_cell(cells[1], name)
    doc.save(out("g2-housing-tsm-theme-issue-headings-tables.docx"))


# ------------------------------------------------- D: SFRS HMFSI xlsx, abbreviation 2nd header
def make_sfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "HMFSI Local Area Inspection – Dundee: SFRS Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025"
    hdr = ["Action No.", "HMFSI Recommendation", "SFRS Action", "Action Owner",
           "Target Completion Date", "Revised Target Date", "% Complete", "RAG", "Progress Commentary"]
    abbr = ["No.", "Rec", "Action", "AO", "TCD", "RTD", "%", "RAG", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = Alignment(wrap_text=True)
    for i, h in enumerate(abbr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(italic=True)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
    D = dt.datetime
    rows = [
        ("1.1", "1. The SFRS should review the home fire safety visit referral pathway with partners "
         "so that high-risk households are prioritised.",
         "Agree a revised referral pathway with Dundee HSCP and Police Scotland.",
         "GC A. Duncan", D(2024, 9, 30), None, 1.0, "B",
         "Pathway signed off at Community Safety Partnership 17/09/24."),
        ("1.2", None, "Deliver post-domestic fire briefings to community care staff.",
         "SC M. Rennie / WC J. Shaw", D(2025, 3, 31), None, 0.6, "G",
         "6 of 10 briefings delivered."),
        ("2.1", "2. The SFRS should improve the availability of on-call (RDS) appliances in the area.",
         "Carry out an on-call recruitment campaign focused on daytime cover.",
         "Area Commander (Service Delivery)", D(2024, 12, 31), D(2025, 4, 30), 0.5, "A",
         "Campaign launched; 4 trainees in pipeline, courses scheduled April 2025."),
        ("2.2", None, "Report monthly appliance availability to the Local Scrutiny Panel.",
         "Local Senior Officer", "Monthly", None, None, "G", "Standing item from October 2024."),
        ("3.1", "3. The SFRS should ensure that all operational staff complete their maintenance of "
         "competence training within the required timescales.",
         "Introduce a station-level dashboard of overdue training.",
         "Head of Training, Safety and Assurance", D(2025, 1, 31), None, 0.8, "R",
         "Dashboard built; data quality issues with the training records extract."),
        ("3.2", None, "Station commanders to confirm monthly that overdue MOC modules have been planned.",
         "Station Commanders", "Ongoing", None, None, "G", ""),
        ("4.1", "4. The SFRS should work with the council to reduce unwanted fire alarm signals "
         "from non-domestic premises.",
         "Engage with the ten premises with the highest number of UFAS calls.",
         "Protection Manager", D(2025, 6, 30), None, 0.2, "A", "3 premises visited."),
        ("4.2", None, "Evaluate the impact of the UFAS call-challenge policy for Dundee.",
         "Head of Prevention and Protection", "Q2 2025/26", None, 0, None,
         "Not started – evaluation to begin after 6 months of data."),
    ]
    rag_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 7 and isinstance(v, (int, float)):
                c.number_format = "0%"
        if row[7] in rag_fill:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=rag_fill[row[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="B = Complete   G = On track   A = Some slippage   R = Off track")
    for col, w in zip("ABCDEFGHI", [10, 45, 45, 26, 14, 14, 10, 8, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "RAG summary"
    s["A1"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete (B)", 1), ("On track (G)", 3), ("Some slippage (A)", 2),
                                ("Off track (R)", 1), ("Not rated", 1), ("Total", 8)], 2):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=n)
    wb.save(out("g2-sfrs-hmfsi-abbrev-second-header-revised-date.xlsx"))


# ------------------------------------------------- E: SAB delivery plan xlsx, colour-only RAG
def make_sab():
    wb = Workbook()
    ws = wb.active
    ws.title = "Year 2 Delivery Plan"
    ws["A1"] = "Westmere Safeguarding Adults Board – Strategic Plan 2024-27: Year 2 Delivery Plan"
    ws["A1"].font = Font(bold=True, size=14)
    fills = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}
    ws["A2"] = "Key:"
    ws["A2"].font = Font(bold=True)
    for col, (code, label) in zip("BCDE", [("G", "On track"), ("A", "Some slippage"),
                                           ("R", "Not on track"), ("B", "Completed")]):
        c = ws[f"{col}2"]
        c.value = label
        c.fill = PatternFill("solid", fgColor=fills[code])
    hdr = ["Strategic Priority", "Ref", "What we will do", "Lead", "By when",
           "How we will know it has made a difference", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    blocks = [
        ("Priority 1: Prevention and early intervention", [
            ("1a", "Launch a self-neglect and hoarding multi-agency protocol, with briefings for "
             "frontline staff.", "Chair of Policy and Procedures Subgroup", "Sept 2025",
             "Protocol used in 80% of self-neglect referrals (audit).", "G"),
            ("1b", "Run a scam and financial abuse awareness campaign with Trading Standards.",
             "Communications Subgroup", D(2025, 11, 30), "Campaign reach and referrals to "
             "Trading Standards.", "A"),
        ]),
        ("Priority 2: Learning from Safeguarding Adults Reviews", [
            ("2a", "Publish the SAR 'Adult D' report and 7-minute briefing.", "SAB Business Manager",
             D(2025, 7, 31), "Briefing circulated to all partner agencies.", "B"),
            ("2b", "Audit implementation of SAR action plans from the 2022-24 reviews.",
             "Chair of SAR Subgroup", "Q4 2025/26", "Audit report to the Board.", "G"),
            ("2c", "Hold a learning event on transitional safeguarding for 16-25 year olds.",
             "Principal Social Worker; Transitions Team Manager", D(2026, 1, 31),
             "Attendance and evaluation feedback.", None),
        ]),
        ("Priority 3: Making Safeguarding Personal", [
            ("3a", "Introduce an outcomes question into every Section 42 enquiry closure record.",
             "Safeguarding Adults Manager (Westmere Council); Named Nurse (Acute Trust)",
             D(2025, 6, 30), "Outcomes recorded in 90% of closed enquiries.", "R"),
            ("3b", "Gather feedback from adults and families through the Healthwatch survey.",
             "Healthwatch Westmere", "Ongoing", "Quarterly feedback report.", "G"),
        ]),
    ]
    r = 5
    for prio, acts in blocks:
        start = r
        for ref, what, lead, when, measure, rag in acts:
            vals = [prio if r == start else None, ref, what, lead, when, measure, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[rag])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", [28, 6, 50, 34, 12, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(out("g2-sab-delivery-plan-merged-priority-colour-only-rag.xlsx"))


# ------------------------------------------------- F: NIAO departmental plan txt (refuse)
TXT_LINES = [
    "From: Governance and Audit Branch",
    "Subject: NIAO Road Maintenance report - departmental action plan update for Audit and Risk Assurance Committee",
    "",
    "DEPARTMENTAL ACTION PLAN",
    "NIAO Report: Structural Maintenance of the Road Network (published 14 November 2024)",
    "Position at 28 February 2025",
    "",
    "Recommendation 1",
    "The Department should develop a long-term, fully costed structural maintenance strategy.",
    "Response: Accepted",
    "",
    "  1a) Draft structural maintenance strategy to Departmental Board.",
    "      Owner: Director of Network Maintenance",
    "      Target: 30/09/2025",
    "      Status: Green",
    "  1b) Public consultation on the draft strategy.",
    "      Owner: Director of Network Maintenance",
    "      Target: Q4 2025/26",
    "      Status: Not started",
    "",
    "Recommendation 2",
    "The Department should improve the quality of its road condition data.",
    "Response: Accepted",
    "",
    "  2a) Procure a network-wide machine survey of the unclassified network.",
    "      Owner: Head of Asset Management",
    "      Target: 31/03/2015",
    "      Status: Amber - specification drafted, tender not yet issued",
    "  2b) Publish annual road condition indicators on the Department's website.",
    "      Owner: Analytical Services Unit",
    "      Target: Annually",
    "      Status: Green",
    "",
    "Recommendation 3",
    "The Department should record and report the value of the maintenance backlog consistently.",
    "Response: Partially accepted",
    "",
    "  3a) Agree a single backlog methodology with the Department of Finance.",
    "      Owner: Finance Director / Head of Asset Management",
    "      Target: December 2025",
    "      Status: Amber",
    "",
    "Recommendation 4",
    "The Department should review how it prioritises resurfacing schemes between divisions.",
    "Response: Accepted",
    "",
    "  4a) Review of divisional allocation model.",
    "      Owner: Director of Network Maintenance",
    "      Target: 31/01/2025",
    "      Status: Complete",
    "",
    "Governance and Audit Branch",
]


def make_niao():
    with open(out("g2-niao-dept-plan-email-subactions-year-typo-refuse.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(TXT_LINES) + "\n")


# ------------------------------------------------- G: NI trust RQIA review CSV with blank line
def make_trust_csv():
    title = ["Mourne Health and Social Care Trust - RQIA Review of Outpatient Services - Trust Action Plan",
             "", "", "", "", "", "", ""]
    hdr = ["Recommendation", "Priority", "Action No", "Action", "Responsible Officer", "Timescale",
           "Status", "Update January 2025"]
    rows = [
        ["1. The Trust should ensure that all outpatient referrals are triaged within the regional "
         "timescales.", "1", "1.1",
         "Agree additional consultant triage sessions in Cardiology and Gastroenterology.",
         "Director of Acute Services", "Jun-25", "Amber",
         "Job plans agreed for one session; second under negotiation."],
        ["", "", "1.2",
         "Set up e-triage reminders on the electronic care record for referrals not triaged within 7 days.",
         "Head of Outpatients / eHealth Lead", "31/03/2025", "Green", "Testing with Cardiology."],
        ["2. The Trust should review its booking processes to reduce missed appointments.", "1", "2.1",
         "Roll out text message reminders to all outpatient specialties.",
         "Booking Centre Manager", "Dec-24", "Complete", "All specialties live from 02/12/24."],
        ["", "", "2.2",
         "Report did-not-attend rates by specialty to the Outpatient Reform Board.",
         "Performance Manager", "Quarterly", "Green", "Q3 report presented 15/01/25."],
        None,  # blank line in the export
        ["3. The Trust should strengthen governance of virtual clinics, including clinical record "
         "keeping.", "2", "3.1",
         "Issue a Standard Operating Procedure for virtual consultations.",
         "Associate Medical Director (Surgery and Elective Care)", "Sept 2025", "Green",
         "Draft SOP with Clinical Governance Team."],
        ["", "", "3.2",
         "Undertake a record-keeping audit of 50 virtual consultations.",
         "Clinical Audit Team", "Q3 2025/26", "Not started", ""],
        ["4. The Trust should ensure that patients on review waiting lists are clinically validated.",
         "2", "4.1",
         "Complete validation of all review patients waiting more than 52 weeks beyond their "
         "indicative date.",
         "Assistant Director of Elective Care", "March 2026", "Red",
         "Validation paused Nov-Dec due to winter pressures."],
    ]
    with open(out("g2-ni-trust-rqia-review-csv-blank-line.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(title)
        w.writerow(hdr)
        for row in rows:
            if row is None:
                f.write("\r\n")
            else:
                w.writerow(row)


if __name__ == "__main__":
    make_rqia()
    make_hscp()
    make_housing()
    make_sfrs()
    make_sab()
    make_niao()
    make_trust_csv()
    print("done")
