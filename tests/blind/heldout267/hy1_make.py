"""Build the seven hy1- data files of set heldout267 (children's services plans)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "head": "1F4E78", "domain": "D9D9D9", "rec": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def head_row(ws, r, labels):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(r, i, lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------- 1. Medway YJS (xlsx)
def medway():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Medway Youth Justice Service – HMIP Inspection Improvement Plan 2025"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to HM Inspectorate of Probation inspection of youth justice services in Medway"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    head_row(cov, 5, ["Version", "Date", "Author", "Comments"])
    for i, row in enumerate([
        ("0.3", "24/01/2025", "YJS Head of Service", "Draft for Youth Justice Partnership Board"),
        ("1.0", "07/02/2025", "YJS Head of Service", "Approved by Youth Justice Partnership Board; submitted to HMIP"),
        ("1.2", "26/09/2025", "Performance and Intelligence Manager", "Q2 2025/26 progress update"),
    ], 6):
        for j, v in enumerate(row, 1):
            cov.cell(i, j, v).border = BOX
    cov["A10"] = ("Inspection fieldwork: 14–18 October 2024. Report published: 16 January 2025. "
                  "Overall rating: Requires improvement.")
    cov["A11"] = "Governance: Youth Justice Partnership Board (quarterly); Children and Young People Overview and Scrutiny Committee (six-monthly)."
    for col, w in zip("ABCD", (12, 14, 36, 60)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 26 September 2025 – reported to Youth Justice Partnership Board 9 October 2025"
    ws.merge_cells("A2:I2")
    head_row(ws, 4, ["Ref", "Action", "Lead", "Original target date", "Revised target date",
                     "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update", "Evidence / impact"])
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("domain", "Domain 1: Organisational delivery"),
        ("rec", "Recommendation 1 – The Youth Justice Partnership Board should make sure that partners understand "
                "the needs of children with protected characteristics, and use this to reduce disproportionality in "
                "the youth justice system."),
        ("act", "1.1", "Commission a disproportionality needs analysis of the YJS cohort, covering ethnicity, care "
                "experience, SEND and gender, and present the findings to the Board.",
         "Chair of Youth Justice Partnership Board", D(2025, 3, 31), None, "A", "B",
         "Analysis completed by Public Health Intelligence and presented to the Board on 13 March 2025.",
         "Board minutes 13/03/25"),
        ("act", "1.2", "Agree a partnership disproportionality action plan with named leads in each agency and review "
                "it at every Board meeting.",
         "YJS Head of Service / Performance and Intelligence Manager", D(2025, 5, 31), D(2025, 7, 31), "A", "G",
         "Sign-off moved to the July Board following a change of police lead. Now a standing agenda item.", ""),
        ("rec", "Recommendation 2 – The Youth Justice Partnership Board should ensure that children have timely "
                "access to speech, language and communication support and emotional health services."),
        ("act", "2.1", "Agree a funded speech and language therapy offer for the YJS with the ICB, including screening "
                "of all children on court orders within 10 working days.",
         "ICB Head of Children's Commissioning; YJS Head of Service", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
         "Funding agreed in principle; recruitment to 0.6 FTE speech and language therapist post under way.", ""),
        ("act", "2.2", "Re-establish CAMHS practitioner in-reach to the YJS, with weekly consultation sessions for "
                "case managers.",
         "Kent and Medway CAMHS Service Manager", D(2025, 4, 30), None, "G", "B",
         "Weekly sessions running since April 2025.", "Consultation log"),
        ("domain", "Domain 2: Court disposals"),
        ("rec", "Recommendation 3 – The YJS Head of Service should ensure that assessment and planning fully address "
                "children's safety and wellbeing and the risk of harm they pose to others."),
        ("act", "3.1", "Refresh the assessment and planning practice standards and relaunch them to all case managers "
                "through mandatory practice workshops.",
         "YJS Team Manager (Court)", D(2025, 5, 31), None, "G", "B",
         "Four workshops delivered; 100% of case managers attended.", "Training records"),
        ("act", "3.2", "Introduce monthly management oversight audits of AssetPlus assessments and plans, with themes "
                "reported to the Quality Assurance sub-group.",
         "YJS Operations Manager", D(2025, 7, 31), None, "A", "G",
         "Audits running monthly since June; 71% of assessments rated good in August.", ""),
        ("act", "3.3", "Hold multi-agency risk and safety planning meetings for every child assessed as high or very "
                "high risk of serious harm.\nPolice, children's social care and health to attend as standard.",
         "YJS Operations Manager & Kent Police Youth Crime Lead", D(2025, 8, 31), D(2025, 10, 31), "A", "R",
         "Health attendance below 50% in Q2; escalated to the Board.", ""),
        ("domain", "Domain 3: Out-of-court disposals"),
        ("rec", "Recommendation 4 – The YJS Head of Service should ensure that out-of-court disposal decisions are "
                "informed by a full assessment and that the rationale is clearly recorded."),
        ("act", "4.1", "Review the Joint Decision Making Panel terms of reference with Kent Police and publish a "
                "revised out-of-court disposal policy.",
         "YJS Head of Service", D(2025, 6, 30), None, "G", "B",
         "Revised policy published June 2025.", "Policy v2.0"),
        ("act", "4.2", "Use the Prevention and Diversion Assessment Tool for all out-of-court and Turnaround cases, "
                "and dip-sample 10 cases each quarter.",
         "Prevention and Diversion Team Manager", "Ongoing", None, "A", "G",
         "Tool in use for all new cases; Q1 dip sample completed.", ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "domain":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill(FILL["domain"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif row[0] == "rec":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for cc in range(1, 10):
                ws.cell(r, cc).fill = fill(FILL["rec"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, act, lead, orig, rev, prev, cur, prog, ev = row
            vals = [ref, act, lead, orig, rev, prev, cur, prog, ev]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for j, k in ((6, prev), (7, cur)):
                ws.cell(r, j).fill = fill(FILL[k])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Summary (current RAG)").font = Font(bold=True)
    for lab, n in (("Complete (B)", 4), ("Green", 3), ("Amber", 1), ("Red", 1), ("Total actions", 9)):
        r += 1
        ws.cell(r, 1, lab)
        ws.cell(r, 2, n)
    for col, w in zip("ABCDEFGHI", (8, 60, 32, 12, 12, 11, 11, 45, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate((("B", "Complete – action delivered"), ("G", "On track"),
                                ("A", "Some slippage – mitigation in place"),
                                ("R", "Off track – escalation to Partnership Board required")), 2):
        key.cell(i, 1, k).fill = fill(FILL[k])
        key.cell(i, 2, t)
    wb.save(os.path.join(HERE, "hy1-medway-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. Sandwell SEND PAP (xlsx)
def sandwell():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Sandwell Local Area Partnership – SEND Priority Action Plan"
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "Area SEND inspection (Ofsted and CQC), 10–28 June 2024. Outcome letter published 9 August 2024."
    fs["A3"] = "Plan owner: Sandwell SEND Partnership Board. Version 4 – December 2025 update."
    fs["A5"] = "RAG key"
    fs["A5"].font = Font(bold=True)
    for i, (k, name, t) in enumerate((
            ("B", "Blue", "Complete – action delivered and impact evidenced"),
            ("G", "Green", "On track to deliver by the milestone date"),
            ("A", "Amber", "At risk – some slippage, mitigation agreed"),
            ("R", "Red", "Off track – escalated to SEND Partnership Board"),
            (None, "No colour", "Not yet started")), 6):
        c = fs.cell(i, 1, name)
        if k:
            c.fill = fill(FILL[k])
        fs.cell(i, 2, t)
    fs["A12"] = "Priority actions are taken from the inspection outcome letter. Areas for improvement are monitored through the SEND and Alternative Provision Strategy 2024–2027."
    fs.column_dimensions["A"].width = 16
    fs.column_dimensions["B"].width = 60

    pas = [
        ("PA1", "Priority action 1: Leaders across education, health and care should urgently improve the timeliness "
                "and quality of education, health and care (EHC) needs assessments and plans, so that children and "
                "young people's needs are identified and met without delay.",
         [
             ("PA1.1", "Recruit additional educational psychologists and SEND caseworkers to clear the backlog of "
                       "overdue EHC needs assessments.", "Head of SEND Assessment and Review", "31/03/2025",
              "Backlog of overdue assessments cleared; 20-week timeliness above 60%", "B",
              "Backlog cleared March 2025. 20-week timeliness 64% (Apr–Nov 2025)."),
             ("PA1.2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation panels "
                       "including health and social care advisers.",
              "Principal Educational Psychologist / Designated Clinical Officer", "Autumn term 2025",
              "At least 70% of sampled plans judged good or better", "G",
              "Panels running monthly since September; 58% good or better in November sample."),
             ("PA1.3", "Agree an escalation protocol with health providers so that health advice for EHC needs "
                       "assessments is returned within six weeks.", "Designated Clinical Officer (DCO)", "30/06/2025",
              "90% of health advice returned within six weeks", "A",
              "Protocol agreed; community paediatrics returns at 74% within six weeks."),
             ("PA1.4", "Co-produce a new annual review process with Sandwell Parent Carer Forum and relaunch it to all "
                       "schools and settings.", "SEND Service Manager; Parent Carer Forum Chair", "Summer term 2026",
              "Annual reviews completed within statutory timescale rise to 80%", None,
              "Not yet started – scheduled to follow phase 1 of the QA framework."),
         ]),
        ("PA2", "Priority action 2: Leaders should ensure that children and young people with SEND who are not in "
                "school, or who are on part-time timetables, are identified quickly and receive suitable full-time "
                "education.",
         [
             ("PA2.1", "Create a single register of children with SEND who are missing education, electively home "
                       "educated or on part-time timetables, shared weekly across education, social care and health.",
              "Head of Inclusion", "31/10/2024", "Register in place and shared weekly", "B",
              "Register live since October 2024."),
             ("PA2.2", "Commission additional alternative provision places for Key Stage 3 and 4 pupils with EHC plans "
                       "who are awaiting a specialist placement.", "Head of SEND Commissioning", "September 2025",
              "No pupil with an EHC plan waits more than 15 school days for provision", "R",
              "Tender unsuccessful; re-procurement approved by Cabinet November 2025."),
             ("PA2.3", "Review every part-time timetable lasting more than six weeks through a fortnightly "
                       "multi-agency panel chaired by the Head of Inclusion.",
              "Head of Inclusion; Education Welfare Service Manager", "Termly",
              "Number of part-time timetables over six weeks reduced by half", "G",
              "Panel meeting fortnightly; 41 timetables reviewed this term."),
             ("PA2.4", "Publish a Local Offer page and leaflet for families explaining their rights when a child is "
                       "out of school, co-produced with young people.", "Local Offer Manager", "31/07/2025",
              "Page live; feedback from families through Parent Carer Forum survey", "A",
              "Leaflet drafted with young people; web page delayed by Local Offer platform migration."),
         ]),
    ]
    summary = []
    for sheet, heading, acts in pas:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        ws["A1"].alignment = WRAP
        ws.merge_cells("A1:G1")
        ws.row_dimensions[1].height = 48
        head_row(ws, 3, ["Ref", "What we will do", "Lead(s)", "Milestone date",
                         "How we will know (impact measure)", "RAG", "Update – December 2025"])
        for i, (ref, act, lead, when, measure, rag, upd) in enumerate(acts, 4):
            for j, v in enumerate((ref, act, lead, when, measure, None, upd), 1):
                c = ws.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(i, 6).fill = fill(FILL[rag])
        for col, w in zip("ABCDEFG", (9, 55, 30, 16, 36, 8, 45)):
            ws.column_dimensions[col].width = w
        summary.append((sheet, [a[5] for a in acts]))

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – December 2025"
    sm["A1"].font = Font(bold=True)
    head_row(sm, 2, ["Priority action", "Blue", "Green", "Amber", "Red", "Not started", "Total"])
    for i, (sheet, rags) in enumerate(summary, 3):
        vals = [sheet] + [rags.count(k) for k in ("B", "G", "A", "R", None)] + [len(rags)]
        for j, v in enumerate(vals, 1):
            sm.cell(i, j, v)
    wb.save(os.path.join(HERE, "hy1-sandwell-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Telford FV (xlsx, refuse)
def telford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Telford & Wrekin Council – Ofsted Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit: care leavers, 11–12 February 2025. Letter published 14 March 2025."
    ws["A3"] = ("Updated: 30 June 2025.  Status key: Complete (blue) | On track (green) | At risk (amber) | "
                "Off track (red) | Not started")
    head_row(ws, 5, ["Ref", "Area for improvement", "Action", "Lead", "Target date", "Progress to date", "Status"])
    afis = [
        ("The quality and timeliness of pathway plans, so that they are specific, reflect young people's views and "
         "are updated when circumstances change.", [
             ("1.1", "Introduce a revised pathway plan template co-designed with the Care Leavers' Forum.",
              "Leaving Care Service Manager", "Apr-2025", "Template live on Liquidlogic from 1 April.", "Complete"),
             ("1.2", "Audit 25 pathway plans each quarter against the new practice standard and feed learning back "
                     "through team meetings.", "Principal Social Worker", "Sept 2025",
              "First audit cycle completed in May; 68% good or better.", "On track"),
             ("1.3", "Ensure every care leaver aged 18–21 has a pathway plan review at least every six months, "
                     "tracked through the weekly performance report.", "Leaving Care Team Managers",
              "Novmber 2025", "Compliance 81% at end of June.", "On track"),
         ]),
        ("Access to suitable accommodation and emotional health support for care leavers.", [
            ("2.1", "Agree a joint housing protocol with Housing Solutions for care leavers aged 18–25.",
             "Head of Corporate Parenting / Housing Solutions Manager", "Jul-2025",
             "Draft protocol at legal review.", "At risk"),
            ("2.2", "Commission a care leavers' emotional wellbeing service with the ICB, offering direct referral "
                    "without a CAMHS threshold.", "Commissioning Lead – Children and Families", "Dec-2025",
             "Specification agreed; procurement to begin in August.", "On track"),
        ]),
        ("Management oversight and supervision that consistently challenge drift in care leavers' plans.", [
            ("3.1", "Roll out the revised supervision policy and reflective supervision training for all personal "
                    "advisers.", "Workforce Development Manager", "Jan-2026", "", "Not started"),
        ]),
    ]
    r = 6
    for afi, acts in afis:
        start = r
        for ref, act, lead, when, prog, status in acts:
            for j, v in ((1, ref), (3, act), (4, lead), (5, when), (6, prog), (7, status)):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        ws.cell(start, 2, afi).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFG", (6, 40, 55, 30, 14, 40, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "hy1-telford-wrekin-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- 4. Wiltshire ILACS (docx)
def wiltshire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Wiltshire Council – ILACS Post-Inspection Action Plan 2024–25", style="Title")
    doc.add_paragraph("Families and Children’s Services")
    doc.add_paragraph("Ofsted inspection of local authority children’s services (ILACS), 11 to 22 September 2023. "
                      "Report published December 2023. Overall effectiveness: Outstanding.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Approved by")):
        set_cell(c, h, bold=True)
    for row in (("1.0", "05/02/2024", "Head of Quality Assurance and Practice Improvement", "Corporate Director – People"),
                ("1.3", "14/03/2025", "Head of Quality Assurance and Practice Improvement",
                 "Children’s Services Improvement Board")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, col, meaning in (("Complete", "00B0F0", "Action delivered and impact evidenced"),
                               ("Green", "00B050", "On track"),
                               ("Amber", "FFC000", "Some slippage, mitigation in place"),
                               ("Red", "FF0000", "Off track – escalation required")):
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    sections = [
        ("1. Help and protection", [
            ("Recommendation 1: The consistency of the response to 16- and 17-year-olds who present as homeless, so "
             "that they are always offered an assessment and accommodation under section 20.", [
                 ("1.1", "Refresh the joint protocol for homeless 16- and 17-year-olds with Wiltshire Housing Options "
                         "and relaunch it to frontline staff.",
                  "Head of Service, Children in Need and Child Protection", "March 2024", "Complete",
                  "Protocol relaunched 18 March 2024 with briefings to all locality teams."),
                 ("1.2", "Ensure every young person presenting as homeless is offered an advocate and a written "
                         "explanation of their rights under section 20.", "Participation and Advocacy Manager",
                  "31/05/2024", "Complete", "Rights leaflet co-produced with Children in Care Council."),
                 ("1.3", "Audit all 16- and 17-year-old homelessness presentations and report findings to the "
                         "Corporate Parenting Panel.", "Head of Quality Assurance and Practice Improvement",
                  "Quarterly", "Green", "Q3 audit: 14 of 15 young people offered an assessment."),
             ]),
        ]),
        ("2. Children in care and care leavers", [
            ("Recommendation 2: The timeliness of initial health assessments for children entering care.", [
                ("2.1", "Agree revised notification timescales with the ICB so that health colleagues are notified "
                        "within two working days of a child entering care.",
                 "Head of Children in Care / Designated Nurse for Children in Care", "June 2024", "Complete",
                 "Revised timescales in the BSW ICB service specification from 1 June 2024."),
                ("2.2", "Introduce a weekly tracker of initial health assessments, reviewed at the Children in Care "
                        "Performance Meeting.", "Performance and Business Intelligence Manager", "Q2 2024/25",
                 "Green", "Tracker in place; 79% of assessments within 20 working days in Q3."),
                ("2.3", "Establish additional paediatric clinic capacity for children placed outside Wiltshire, "
                        "through reciprocal arrangements with neighbouring ICBs.",
                 "Designated Doctor for Children in Care", "December 2024\nRevised: June 2025", "Amber",
                 "Arrangement agreed with Dorset; Hampshire and Somerset still in negotiation."),
            ]),
            ("Recommendation 3: Care leavers’ access to emotional well-being and mental health support as they move "
             "into adulthood.", [
                 ("3.1", "Extend the Care Leavers’ Emotional Health Service to age 25 and offer drop-in sessions at "
                         "the Care Leavers’ Hub.", "Head of Service – Care Leavers", "September 2024", "Complete",
                  "Service extended from 1 September 2024; weekly drop-in at Trowbridge hub."),
                 ("3.2", "Co-produce a transitions pathway with adult mental health services for care leavers with "
                         "ongoing mental health needs.", "Head of Service – Care Leavers; AWP Transitions Lead",
                  "31/03/2025", "Red",
                  "Pathway drafted but AWP sign-off outstanding; escalated to the Wiltshire Health and Care Partnership."),
             ]),
        ]),
    ]
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, recs in sections:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "By when", "RAG",
                                              "Progress – March 2025")):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for ref, act, lead, when, rag, prog in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (ref, act, lead, when, rag, prog)):
                    set_cell(c, v)
                shade(cells[4], colours[rag])
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ("Role", "Name", "Date")):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ("Corporate Director – People", "", "14/03/2025")):
        set_cell(c, v)
    doc.save(os.path.join(HERE, "hy1-wiltshire-council-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------- 5. Shropshire JTAI (docx)
def shropshire():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Shropshire Safeguarding Community Partnership – JTAI Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children who are victims of "
                      "domestic abuse (fieldwork 18–22 November 2024; letter published 30 January 2025)")
    doc.add_paragraph("Version 2.1 – updated 2 September 2025. Monitored by the SSCP Executive Group "
                      "(Shropshire Council, West Mercia Police, NHS Shropshire, Telford and Wrekin).")
    doc.add_paragraph("RAG: B = complete; G = on track; A = some slippage; R = off track.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "Action", "Agency", "Lead officer", "Timescale", "RAG")):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    afis = [
        ("Area for improvement 1: The consistency with which domestic abuse notifications from the police are shared "
         "with schools and health practitioners in time to support children.", [
             ("1.1", "Review Operation Encompass arrangements so that all schools receive notifications before the "
                     "start of the next school day, including during school holidays.",
              "West Mercia Police / Shropshire Council", "Detective Chief Inspector, Public Protection",
              "End of March 2025", "B"),
             ("1.2", "Extend notifications to health visitors and school nurses through the MASH health desk.",
              "Shropshire Community Health NHS Trust", "Named Nurse Safeguarding Children\nMASH Health Lead",
              "w/c 12/05/25", "G"),
         ]),
        ("Area for improvement 2: The quality of multi-agency risk assessment and safety planning for children living "
         "with domestic abuse, including how the voice of the child is heard.", [
             ("2.1", "Deliver DASH and child-focused risk assessment training to frontline practitioners in all "
                     "partner agencies.", "SSCP Business Unit", "SSCP Learning and Development Coordinator",
              "Sept 2025 – March 2026", "G"),
             ("2.2", "Update the MARAC operating protocol so that a children’s social care representative attends "
                     "every meeting and safety plans for children are recorded.", "Shropshire Council",
              "MARAC Chair / Head of Children’s Social Care", "30/06/2025", "A"),
             ("2.3", "Carry out a multi-agency audit of 30 children’s cases where domestic abuse is a feature and "
                     "report the learning to the Quality and Performance Subgroup.", "All partners",
              "Chair, Quality and Performance Subgroup", "October 2025", "R"),
         ]),
        ("Area for improvement 3: Leaders’ understanding of the impact of domestic abuse services for children, "
         "through the collection and analysis of multi-agency data.", [
             ("3.1", "Develop a partnership domestic abuse dashboard combining police, health and children’s social "
                     "care data, reported to the SSCP Executive Group each quarter.",
              "SSCP / Domestic Abuse Partnership Board", "SSCP Business Manager; Domestic Abuse Strategic Lead",
              "Ongoing", "A"),
         ]),
    ]
    for afi, acts in afis:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, afi, bold=True)
        shade(m, "E7E6E6")
        for vals in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Note: At its meeting on 15 July 2025 the Executive Group agreed that action 2.3 is escalated "
                      "to the three statutory safeguarding partners.")
    doc.save(os.path.join(HERE, "hy1-shropshire-safeguarding-community-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------- 6. Worcestershire CPB (csv)
def worcestershire():
    n = 8
    blank = [""] * n
    rows = [
        ["Worcestershire Corporate Parenting Board - Action Plan 2025-26"] + [""] * (n - 1),
        ["Corporate Parenting Strategy 2024-2027 (Year 2 delivery)"] + [""] * (n - 1),
        ["Progress update for Board meeting 15 October 2025"] + [""] * (n - 1),
        blank,
        ["Pledge", "Ref", "Action", "Lead", "Partners", "Target date", "RAG", "Progress update"],
        ["Pledge 1 - We will help you have a safe and stable home", "1.1",
         "Increase the number of in-house foster carers through a targeted recruitment campaign for sibling groups and teenagers.",
         "Head of Fostering and Adoption", "Communications Team", "Mar-26", "Amber",
         "9 new households approved since April against a target of 20."],
        ["", "1.2", "Open two new Worcestershire Children First children's homes for children with complex needs.",
         "Head of Residential Services", "Property Services", "Sept 2025 - March 2026", "Green",
         "First home registered with Ofsted in August; second home in refurbishment."],
        ["", "1.3",
         "Deliver the Staying Close offer to all eligible young people leaving residential care.\nReview take-up with the Care Leavers' Forum every six months.",
         "Care Leavers Service Manager", "District housing teams", "Dec-25", "Not started",
         "Awaiting DfE grant confirmation."],
        ["Pledge 2 - We will support you to do well in education, training and work", "2.1",
         "Make sure every child in care has a Personal Education Plan reviewed each term, with at least 90% rated good quality.",
         "Virtual School Headteacher", "Schools and colleges", "Termly", "Green",
         "Summer term: 93% of PEPs completed, 88% rated good."],
        ["", "2.2",
         "Create 15 ring-fenced apprenticeships and work placements for care leavers across the council and partner organisations.",
         "Care Leavers Service Manager; HR Business Partner", "Worcestershire LEP", "31/12/2025", "Red",
         "4 placements created; partner pledges behind schedule."],
        ["Pledge 3 - We will listen to you and help you stay healthy", "3.1",
         "Make sure every child entering care has an initial health assessment within 20 working days.",
         "Designated Nurse for Children in Care (Herefordshire and Worcestershire ICB)", "Health providers",
         "Mar-26", "Amber", "Q1 timeliness 71%."],
        ["", "3.2",
         "Relaunch the Children in Care Council with a new participation worker and quarterly meetings with Board members.",
         "Participation Lead / Lead Member for Children and Families", "", "30/09/2025", "Complete",
         "Relaunch event held 12 September 2025."],
        blank,
        ["Key: Complete = action delivered; Green = on track; Amber = at risk of delay; Red = off track; Not started = not yet due to start"] + [""] * (n - 1),
        ["Next update due: January 2026 Board"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "hy1-worcestershire-corporate-parenting-board-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Swindon early help (txt, tab-separated)
def swindon():
    lines = [
        "Swindon Early Help Partnership – Early Help Strategy 2024–2027 Delivery Action Plan",
        "Quarter 2 2025/26 progress report",
        "Exported from the Early Help Partnership Board tracker on 14/10/2025",
        "Status key: Complete = delivered (blue); On track = green; Delayed = amber; Off track = red; Not started = not rated",
        "",
        "\t".join(["Priority", "No.", "Action", "Lead officer(s)", "Deadline", "Status", "Comments"]),
        "\t".join(["Priority 1: Early identification and access to help", "", "", "", "", "", ""]),
        "\t".join(["", "1.1", "Launch a single online Early Help request form for professionals and families through the Family Hub website.",
                   "Family Hubs Programme Lead", "Mar-25", "Complete", "Live from 3 March 2025; 412 requests in Q1."]),
        "\t".join(["", "1.2", "Roll out the refreshed Early Help Assessment training to all Designated Safeguarding Leads in Swindon schools.",
                   "Early Help Locality Manager (North) & Early Help Locality Manager (South)", "Summer term 2025", "Complete",
                   "58 of 61 schools trained."]),
        "\t".join(["", "1.3", "Publish a monthly Early Help dashboard covering requests, step-downs from social care and re-referrals.",
                   "Patel, Anita", "Monthly", "On track", "Dashboard published since April 2025."]),
        "\t".join(["Priority 2: Whole-family working in Family Hubs", "", "", "", "", "", ""]),
        "\t".join(["", "2.1", "Co-locate health visiting, midwifery and Early Help teams in the three Family Hubs.",
                   "Head of Early Help and Family Hubs", "Q4 2024/25", "Complete", ""]),
        "\t".join(["", "2.2", "Introduce a Lead Practitioner model so that each family has one named worker across agencies.",
                   "Head of Early Help and Family Hubs", "By 30 June 2025", "Delayed",
                   "Pilot extended to Central locality; full roll-out now September."]),
        "\t".join(["", "2.3", "Develop a parenting offer for families of teenagers at risk of exploitation, delivered with the Youth Justice Service.",
                   "Parenting Team Manager / YJS Prevention Manager", "Dec-25", "On track", "Programme designed; first cohort November."]),
        "\t".join(["", "", "To include an evening group in each locality.", "", "", "", ""]),
        "\t".join(["Priority 3: Workforce and quality", "", "", "", "", "", ""]),
        "\t".join(["", "3.1", "Agree a partnership Early Help quality assurance framework with a termly multi-agency audit.",
                   "Early Help Quality Assurance Lead", "Sept 2025", "Off track",
                   "Audit tool agreed; first audit postponed because of staffing."]),
        "\t".join(["", "3.2", "Establish an Early Help practitioner forum meeting every two months, open to voluntary sector partners.",
                   "Voluntary Sector Partnership Officer", "Nov-25", "Not started", ""]),
        "",
        "Total actions: 8\tComplete: 3\tOn track: 2\tDelayed: 1\tOff track: 1\tNot started: 1",
    ]
    with open(os.path.join(HERE, "hy1-swindon-early-help-partnership-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    medway()
    sandwell()
    telford()
    wiltshire()
    shropshire()
    worcestershire()
    swindon()
    print("built 7 files in", HERE)
