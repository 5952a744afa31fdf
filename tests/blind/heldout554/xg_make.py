"""Build the seven xg- blind test files of set heldout554.

Run with /work/main/.venv/bin/python xg_make.py  (writes next to this script).
The data below is also the source of each file's expected reading (see the
matching NAME.expected.yaml files).
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

FILL_HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
            "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DEEAF6", "teal": "E2EFDA"}


def A(ref, text, lead_cell, lead, end_cell, end, status_cell, status, end_text=None, **extra):
    d = dict(ref=ref, text=text, lead_cell=lead_cell, lead=lead, end_cell=end_cell, end=end,
             status_cell=status_cell, status=status, end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Cefn Hengoed Community School (Swansea) - Estyn PIAP (docx)
# ---------------------------------------------------------------------------
CEFN_FILE = "xg-cefn-hengoed-community-school-estyn-post-inspection-action-plan.docx"
CEFN_TITLE = "Cefn Hengoed Community School – Post-Inspection Action Plan"
CEFN = [
    ("R1: Improve the quality of teaching and assessment so that all pupils are suitably challenged and make strong progress in lessons", [
        A("1.1", "Deliver a programme of professional learning on questioning, modelling and adaptive teaching for all teaching staff, using INSET days and fortnightly ‘Teach Meets’.",
          "Deputy Headteacher (Teaching & Learning)", ["Deputy Headteacher (Teaching & Learning)"],
          "Spring term 2024", "2024-03", "Blue", "blue",
          sc="At least 85% of lessons observed are judged good or better by July 2024.",
          mon="Learning walks; lesson observations; staff evaluations"),
        A("1.2", "Introduce a consistent whole-school approach to feedback (‘Feedback for Progress’), with time built into lessons for pupils to respond to teachers’ comments.",
          "AHT Assessment / Heads of Faculty", ["AHT Assessment", "Heads of Faculty"],
          "Summer term 2024", "2024-07", "Green", "green",
          sc="Book scrutiny shows pupils respond to feedback and improve their work in all faculties.",
          mon="Half-termly book looks; pupil voice"),
        A("1.3", "Use coaching triads to support teachers whose lessons require improvement, with a follow-up observation within six weeks.",
          "Headteacher; Deputy Headteacher (Teaching & Learning)", ["Headteacher", "Deputy Headteacher (Teaching & Learning)"],
          "September 2024 – July 2025", "2025-07", "Amber", "amber",
          sc="All teachers identified for support show improvement at follow-up observation.",
          mon="Coaching logs; follow-up observations"),
    ]),
    ("R2: Raise standards of literacy and numeracy, particularly pupils’ extended writing and reading skills across the curriculum", [
        A("2.1", "Appoint a Literacy Coordinator and establish a cross-curricular literacy working group with a representative from each faculty.",
          "Headteacher", ["Headteacher"],
          "By 28 February 2024", "2024-02", "Blue", "blue",
          sc="Coordinator in post; working group meets half-termly.",
          mon="Governors’ Standards Committee"),
        A("2.2", "Introduce daily reading in form time for Years 7 to 9 and targeted reading interventions for pupils whose reading age is below their chronological age.",
          "Literacy Coordinator / ALNCo", ["Literacy Coordinator", "ALNCo"],
          "Autumn term 2024", "2024-12", "Green", "green",
          sc="Reading ages of pupils in intervention groups improve by at least 12 months in two terms.",
          mon="Termly reading tests; intervention tracker"),
        A("2.3", "Map opportunities for extended writing and numeracy across schemes of learning and share planning exemplars with all departments.",
          "AHT Curriculum", ["AHT Curriculum"],
          "Ongoing – reviewed half-termly", None, "Amber", "amber", end_text="Ongoing – reviewed half-termly",
          sc="Schemes of learning in all subjects include planned extended writing tasks.",
          mon="Curriculum reviews; book looks"),
    ]),
    ("R3: Improve pupils’ attendance, especially that of pupils eligible for free school meals", [
        A("3.1", "Implement a tiered attendance strategy with weekly attendance panels and early contact with families when a pupil’s attendance falls below 92%.",
          "AHT Wellbeing; Attendance Officer", ["AHT Wellbeing", "Attendance Officer"],
          "31/03/2024", "2024-03", "Blue", "blue",
          sc="Whole-school attendance rises to at least 88% in 2023-2024.",
          mon="Weekly attendance data; panel minutes"),
        A("3.2", "Work with the Education Welfare Service and the local authority’s Engagement and Participation Team to agree support plans for all pupils with persistent absence.",
          "Head of Year 9 / Education Welfare Officer", ["Head of Year 9", "Education Welfare Officer"],
          "July 2024", "2024-07", "Red", "red",
          sc="Persistent absence of eFSM pupils reduces by 5 percentage points.",
          mon="Local authority attendance reviews"),
    ]),
    ("R4: Strengthen self-evaluation and improvement planning so that leaders at all levels focus precisely on the impact of provision on pupils’ standards", [
        A("4.1", "Revise the quality assurance calendar so that middle leaders triangulate evidence from lesson observations, book scrutiny and pupil voice each half term.",
          "Deputy Headteacher (Teaching & Learning)", ["Deputy Headteacher (Teaching & Learning)"],
          "Summer term 2024", "2024-07", "Green", "green",
          sc="Faculty self-evaluation reports identify precise strengths and areas for improvement.",
          mon="SLT line management meetings"),
        A("4.2", "Provide training for governors on interpreting pupil progress data and hold termly Standards Committee challenge meetings with faculty leaders.",
          "Chair of Governors / Headteacher", ["Chair of Governors", "Headteacher"],
          "Autumn term 2024", "2024-12", "Green", "green",
          sc="Minutes show governors challenge leaders about pupils’ progress.",
          mon="Governing body minutes"),
    ]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def make_cefn(path):
    doc = Document()
    doc.add_paragraph(CEFN_TITLE, style="Title")
    doc.add_paragraph("Estyn core inspection: 6–9 November 2023    Report published: 17 January 2024")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Approved by Governing Body", "7 March 2024"),
                 ("Version", "3 – progress update for the Full Governing Body, July 2024"),
                 ("Prepared with", "Swansea Council Education Directorate (Challenge Adviser)"),
                 ("Review cycle", "Half-termly by SLT; termly by the Standards Committee")]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Progress key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, col, meaning in [("Blue", "blue", "Action completed"), ("Green", "green", "On track"),
                               ("Amber", "amber", "Some slippage – intervention needed"),
                               ("Red", "red", "Not started / significantly off track")]:
        r = key.add_row().cells
        r[0].text = word
        shade(r[0], FILL_HEX[col])
        r[1].text = meaning
    for heading, actions in CEFN:
        doc.add_paragraph(heading, style="Heading 2")
        tbl = doc.add_table(rows=1, cols=7)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["Ref", "Actions", "Success criteria", "Lead(s)", "Timescale", "Monitoring", "RAG"]):
            bold_cell(c, h)
            shade(c, FILL_HEX["lightblue"])
        for a in actions:
            r = tbl.add_row().cells
            for c, v in zip(r, [a["ref"], a["text"], a["sc"], a["lead_cell"], a["end_cell"], a["mon"], a["status_cell"]]):
                c.text = v
            shade(r[6], FILL_HEX[a["status"]])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Full Governing Body each term and shared with Estyn at the monitoring visit.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. NHS Highland - Grant House care home - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
GRANT_FILE = "xg-nhs-highland-grant-house-care-inspectorate-improvement-plan.docx"
GRANT_TITLE = "Grant House Care Home – Care Inspectorate Improvement Plan"
KQ1 = "Key Question 1: How well do we support people’s wellbeing?"
KQ3 = "Key Question 3: How good is our staff team?"
KQ4 = "Key Question 4: How good is our setting?"
GRANT = [
    (KQ1, "Requirement 1 – By 31 October 2024, the provider must ensure that people’s medication is managed safely, including the accurate recording of topical and ‘as required’ medication.", [
        A("1.1", "Introduce body maps and topical medication administration records (TMARs) for all residents prescribed creams or ointments.",
          "Senior Social Care Workers", ["Senior Social Care Workers"], "30/09/2024", "2024-09", None, "blue",
          fill="green", prog="In place on both units; checked at weekly audit."),
        A("1.2", "Carry out weekly medication audits, with findings discussed at the monthly care home governance meeting.",
          "Depute Manager", ["Depute Manager"], "31/10/2024", "2024-10", None, "amber",
          fill="amber", prog="Audits completed most weeks; two missed in December due to staffing."),
        A("1.3", "Arrange refresher medication competency assessments for all staff who administer medication, supported by the Community Pharmacist.",
          "Care Home Manager / Community Pharmacist", ["Care Home Manager", "Community Pharmacist"],
          "Revised to 28/02/2025 (originally 31/10/2024)", "2025-02", None, "red",
          fill="red", prog="14 of 26 staff assessed. Pharmacist availability limited."),
    ]),
    (KQ1, "Area for improvement 1 – To support people’s health and wellbeing, the provider should ensure that, where people are assessed as being at risk of dehydration, their fluid intake is recorded and evaluated daily and action is taken when targets are not met.", [
        A("1.4", "Agree individual fluid targets with the GP practice and record them in each person’s care plan.",
          "Keyworkers / Senior Social Care Workers", ["Keyworkers", "Senior Social Care Workers"], "30/11/2024", "2024-11", None, "blue",
          fill="green", prog="Targets recorded for all 11 people at risk."),
        A("1.5", "Add a daily fluid total check to the shift handover sheet so that any shortfall is escalated to the senior on duty.",
          "Depute Manager", ["Depute Manager"], "Ongoing", None, None, "amber", end_text="Ongoing",
          fill="amber", prog="New handover sheet in use; compliance being monitored."),
    ]),
    (KQ3, "Requirement 2 – By 30 November 2024, the provider must ensure that staff receive regular supervision and that their training in stress and distress, adult support and protection and moving and assisting is up to date.", [
        A("3.1", "Develop a supervision schedule so that every member of staff has supervision at least every eight weeks.",
          "Care Home Manager", ["Care Home Manager"], "31/10/2024", "2024-10", None, "blue",
          fill="green", prog="Schedule in place; 92% of staff supervised in last eight weeks."),
        A("3.2", "Book all outstanding staff onto stress and distress (Level 2) and adult support and protection training through NHS Highland Practice Development.",
          "Depute Manager / Practice Development Lead", ["Depute Manager", "Practice Development Lead"], "End of March 2025", "2025-03", None, "amber",
          fill="amber", prog="Stress and distress training 70% complete."),
    ]),
    (KQ4, "Area for improvement 2 – The provider should ensure that the environment is well maintained, including the refurbishment of the ensuite bathrooms in Craig unit and the replacement of worn flooring in communal corridors.", [
        A("4.1", "Submit a capital bid for the refurbishment of the Craig unit ensuite bathrooms and agree a programme of works with NHS Highland Estates.",
          "Care Home Manager / Estates Manager (Inverness)", ["Care Home Manager", "Estates Manager (Inverness)"], "Q1 2025/26", "2025-06", None, "unrated",
          fill=None, prog="Awaiting Estates survey."),
        A("4.2", "Replace the worn carpet in the main corridor with slip-resistant flooring.",
          "Estates Manager (Inverness)", ["Estates Manager (Inverness)"], "31/03/2025", "2025-03", None, "red",
          fill="red", prog="Contractor not yet appointed."),
    ]),
]


def merge_row(table, text, fill=None, size=None):
    cells = table.add_row().cells
    m = cells[0].merge(cells[-1])
    bold_cell(m, text, size=size)
    if fill:
        shade(m, FILL_HEX[fill])
    return m


def make_grant(path):
    doc = Document()
    doc.add_paragraph("NHS Highland – Adult Social Care")
    doc.add_paragraph(GRANT_TITLE, style="Title")
    doc.add_paragraph("Following the unannounced inspection by the Care Inspectorate on 20–22 August 2024 (report published 1 October 2024).")
    doc.add_paragraph("Service: Care Home Service – Older People, Grantown-on-Spey (30 places)")
    doc.add_paragraph("Progress position at 17 January 2025")
    doc.add_paragraph("Evaluations awarded", style="Heading 2")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    bold_cell(g.rows[0].cells[0], "Key question")
    bold_cell(g.rows[0].cells[1], "Grade")
    for q, gr in [("How well do we support people’s wellbeing?", "3 – Adequate"),
                  ("How good is our leadership?", "3 – Adequate"),
                  ("How good is our staff team?", "4 – Good"),
                  ("How good is our setting?", "3 – Adequate"),
                  ("How well is our care and support planned?", "3 – Adequate")]:
        r = g.add_row().cells
        r[0].text = q
        r[1].text = gr
    doc.add_paragraph("")
    doc.add_paragraph("Improvement plan", style="Heading 2")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action to be taken", "Responsible", "Target date", "Progress at 17 January 2025", "RAG"]):
        bold_cell(c, h)
        shade(c, FILL_HEX["grey"])
    last_kq = None
    for kq, req, actions in GRANT:
        if kq != last_kq:
            merge_row(t, kq, fill="lightblue")
            last_kq = kq
        merge_row(t, req)
        for a in actions:
            r = t.add_row().cells
            for c, v in zip(r, [a["ref"], a["text"], a["lead_cell"], a["end_cell"], a["prog"], ""]):
                c.text = v
            if a["fill"]:
                shade(r[5], FILL_HEX[a["fill"]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green = completed and evidenced; Amber = in progress; Red = overdue or at risk; no shading = not yet started.")
    doc.add_paragraph("This plan is reviewed monthly by the Care Home Manager and the Area Manager (Badenoch and Strathspey) and reported to the Adult Social Care Clinical and Care Governance Group.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Carrick Glen Hospital - HIS inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
CARRICK_FILE = "xg-carrick-glen-hospital-his-inspection-improvement-action-plan.xlsx"
CARRICK_TITLE = "Carrick Glen Hospital – HIS Inspection Improvement Action Plan"
D = dt.datetime
CARRICK = [
    ("Domain 5 – Planning for quality", [
        ("Requirement 1", "The provider must ensure that emergency equipment and resuscitation trolley checks are carried out and recorded daily in all clinical areas, in line with the hospital’s policy (Regulation 3(d)(i)).", [
            A("1.1", "Replace paper checklists with a daily electronic emergency equipment check on the ward tablet, with an automatic alert to the Nurse in Charge when a check is missed.",
              "Head of Clinical Services", ["Head of Clinical Services"], (D(2024, 7, 31), None), "2024-07", "B", "blue",
              prog="Live on all wards from 22/07/2024."),
            A("1.2", "Include emergency equipment check compliance in the monthly ward audit and report the results to the Clinical Governance Committee.",
              "Ward Manager / Theatre Manager", ["Ward Manager", "Theatre Manager"], (D(2024, 8, 31), D(2024, 11, 30)), "2024-11", "G", "green",
              prog="Audit tool amended; October and November results reported."),
        ]),
        ("Requirement 2", "The provider must ensure that all staff complete mandatory training, including fire safety and safeguarding, and that compliance is monitored (Regulation 12(b)).", [
            A("2.1", "Issue monthly training compliance reports to each head of department, with staff below 90% compliance followed up at one-to-one meetings.",
              "HR Business Partner", ["HR Business Partner"], (D(2024, 9, 30), None), "2024-09", "B", "blue",
              prog="Reports issued monthly since August 2024."),
            A("2.2", "Hold additional face-to-face fire safety sessions, including evening sessions for theatre and night staff.",
              "Health & Safety Lead", ["Health & Safety Lead"], (D(2024, 10, 31), D(2025, 3, 31)), "2025-03", "A", "amber",
              prog="Fire safety compliance 81%; two further sessions booked."),
        ]),
        ("Recommendation a", "The service should ensure that a falls risk assessment is completed and recorded within 24 hours of each patient’s admission.", [
            A("a.1", "Add a mandatory falls risk assessment prompt to the electronic admission record.",
              "Clinical Systems Lead", ["Clinical Systems Lead"], ("December 2024", None), "2024-12", "G", "green",
              prog="Change request approved by the group IT team."),
        ]),
    ]),
    ("Domain 7 – Quality control", [
        ("Requirement 3", "The provider must ensure that controlled drugs are stored and recorded in line with current legislation and best practice guidance (Regulation 3(d)(iv)).", [
            A("3.1", "Carry out weekly controlled drug register checks by two registered nurses, with quarterly audits by the Pharmacy Manager.",
              "Pharmacy Manager", ["Pharmacy Manager"], (D(2024, 7, 31), None), "2024-07", "B", "blue",
              prog="Weekly checks embedded; Q3 audit 100% compliant."),
            A("3.2", "Replace the controlled drug cabinet in the day surgery unit so that it meets the required standard.",
              "Hospital Director / Facilities Manager", ["Hospital Director", "Facilities Manager"], (D(2024, 9, 30), D(2025, 2, 28)), "2025-02", "R", "red",
              prog="New cabinet ordered; installation delayed by supplier."),
        ]),
        ("Recommendation b", "The service should ensure that learning from complaints and adverse events is shared with all staff.", [
            A("b.1", "Publish a quarterly ‘Learning from Events’ bulletin and discuss it at daily team huddles.",
              "Quality & Risk Manager", ["Quality & Risk Manager"], ("Quarterly", None), None, "G", "green", end_text="Quarterly",
              prog="First bulletin issued October 2024."),
            A("b.2", "Add a standing ‘lessons learned’ item to the agenda of every department meeting.",
              "Heads of Department", ["Heads of Department"], (D(2024, 10, 31), None), "2024-10", "B", "blue",
              prog="Agenda templates updated."),
        ]),
    ]),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(name):
    return PatternFill("solid", start_color=FILL_HEX[name], end_color=FILL_HEX[name])


def make_carrick(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CARRICK_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Circle Health Group – Carrick Glen Hospital, Dalmellington Road, Ayr"
    cov["A3"] = "Healthcare Improvement Scotland: unannounced inspection of independent healthcare"
    rows = [("Inspection date(s)", "11 and 12 June 2024"),
            ("Report published", "27 August 2024"),
            ("Action plan owner", "Hospital Director"),
            ("Version", "v4 – updated 15/01/2025"),
            ("Approved by", "Clinical Governance Committee")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BORDER
        cov.cell(i, 2).border = BORDER
    cov["A11"] = "Requirements and recommendations are taken from the inspection report and grouped by Quality Framework domain."
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = CARRICK_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Unannounced inspection 11–12 June 2024 | Progress position at 15 January 2025"
    heads = ["Domain", "Ref", "Requirement / Recommendation", "Action No.", "Action planned", "Responsible person",
             "Original target date", "Revised target date", "Progress update / evidence", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for domain, reqs in CARRICK:
        d_start = r
        for ref, text, actions in reqs:
            q_start = r
            for a in actions:
                orig, rev = a["end_cell"]
                vals = [None, None, None, a["ref"], a["text"], a["lead_cell"], orig, rev, a["prog"], a["status_cell"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 10).fill = xfill(a["status"])
                ws.cell(r, 10).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            ws.cell(q_start, 2, ref)
            ws.cell(q_start, 3, text)
            if r - 1 > q_start:
                ws.merge_cells(start_row=q_start, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=q_start, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(d_start, 1, domain).font = Font(bold=True)
        ws.merge_cells(start_row=d_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Note: RAG status agreed at the Clinical Governance Committee on 15/01/2025. See the Key sheet.")
    for col, w in zip("ABCDEFGHIJ", [18, 16, 45, 9, 50, 24, 13, 13, 40, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([("B", "Complete – evidence held", "blue"), ("G", "On track", "green"),
                                    ("A", "At risk of not meeting target date", "amber"), ("R", "Target date missed", "red")], start=2):
        key.cell(i, 1, k).fill = xfill(f)
        key.cell(i, 2, v)
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Lisburn & Castlereagh City Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
LISBURN_FILE = "xg-lisburn-castlereagh-ccc-corporate-risk-register-2025-26.xlsx"
LISBURN_TITLE = "Lisburn & Castlereagh City Council – Corporate Risk Register 2025/26"
LISBURN = [
    dict(risk="CR01 – Financial Sustainability",
         desc="Failure to deliver a balanced budget and medium-term financial plan because of inflationary pressures, lower rates growth and uncertainty over central funding.",
         owner="Director of Finance & ICT", inherent="5 x 4 = 20",
         controls="Medium-term financial plan; monthly budget monitoring to CMT; reserves policy; rates estimates process.",
         residual=12, rfill="amber", direction="↔",
         actions=[
             A(None, "Complete the 2026/27 rates estimates process and present the draft budget to the Corporate Services Committee.",
               "Director of Finance & ICT", ["Director of Finance & ICT"], D(2026, 2, 1), "2026-02", "On track", "green"),
             A(None, "Develop an efficiency and income generation programme to close the projected budget gap of £1.2m for 2026/27.",
               "Chief Executive / Director of Finance & ICT", ["Chief Executive", "Director of Finance & ICT"], "Q4 2025/26", "2026-03", "Amber", "amber"),
         ]),
    dict(risk="CR02 – Cyber Security and Data Protection",
         desc="A cyber attack or data breach disrupts council services, causes loss of personal data and leads to regulatory action.",
         owner="Director of Corporate Services", inherent="4 x 5 = 20",
         controls="Firewalls and endpoint protection; PSN compliance; backups tested; information governance policies.",
         residual=15, rfill="red", direction="↑",
         actions=[
             A(None, "Roll out multi-factor authentication to all remaining staff and elected member accounts.",
               "Head of ICT", ["Head of ICT"], D(2025, 10, 31), "2025-10", "Complete", "blue"),
             A(None, "Commission an independent penetration test and implement any high-priority recommendations.",
               "Head of ICT", ["Head of ICT"], D(2026, 3, 31), "2026-03", "On track", "green"),
             A(None, "Deliver mandatory cyber awareness training, with completion rates reported quarterly to CMT.",
               "Head of ICT; Head of HR & OD", ["Head of ICT", "Head of HR & OD"], "Ongoing", None, "Green", "green", end_text="Ongoing"),
         ]),
    dict(risk="CR04 – Capital Programme Delivery",
         desc="Failure to deliver major capital projects, including Belfast Region City Deal projects, on time and within budget.",
         owner="Director of Service Transformation", inherent="4 x 4 = 16",
         controls="Capital programme approved by Council; gateway reviews; project boards for major schemes.",
         residual=12, rfill="amber", direction="↓",
         actions=[
             A(None, "Establish a Capital Programme Board with monthly highlight reporting for all projects over £500k.",
               "Director of Service Transformation", ["Director of Service Transformation"], D(2025, 9, 30), "2025-09", "Complete", "blue"),
         ]),
    dict(risk="CR06 – Workforce Capacity",
         desc="Inability to recruit and retain staff with the required skills, leading to service disruption and reliance on agency workers.",
         owner="Head of HR & OD", inherent="4 x 4 = 16",
         controls="Workforce planning in service plans; attendance management policy; agency framework.",
         residual=12, rfill="amber", direction="↔",
         actions=[
             A(None, "Launch the Workforce Plan 2025–2028 following consultation with the trade unions.",
               "Head of HR & OD", ["Head of HR & OD"], D(2025, 12, 1), "2025-12", "Amber", "amber"),
             A(None, "Review agency staff usage across directorates and agree reduction targets with each Director.",
               "Head of HR & OD / Directors", ["Head of HR & OD", "Directors"], D(2026, 1, 31), "2026-01", "Red", "red"),
         ]),
]


def make_lisburn(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = LISBURN_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of corporate risks – Quarter 2 (July to September 2025)"
    hs = ["Risk", "Risk owner", "Inherent score", "Residual score (Q1)", "Residual score (Q2)", "Direction of travel"]
    for j, h in enumerate(hs, start=1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.border = BORDER
    q1 = {"CR01": 12, "CR02": 12, "CR04": 16, "CR06": 12}
    for i, rk in enumerate(LISBURN, start=5):
        vals = [rk["risk"], rk["owner"], rk["inherent"], q1[rk["risk"][:4]], rk["residual"], rk["direction"]]
        for j, v in enumerate(vals, start=1):
            c = s.cell(i, j, v)
            c.border = BORDER
        s.cell(i, 5).fill = xfill(rk["rfill"])
    s["A10"] = "Scores: Likelihood (1–5) x Impact (1–5). 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)."
    for col, w in zip("ABCDEF", [40, 32, 14, 14, 14, 12]):
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = LISBURN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update (July to September 2025)"
    ws["A3"] = "Presented to the Governance & Audit Committee – 13 November 2025"
    heads = ["Risk", "Risk description", "Risk owner", "Inherent score (L x I)", "Key controls in place", "Residual score",
             "Further actions required", "Action owner", "Target date", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="00594F", end_color="00594F")
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    for rk in LISBURN:
        start = r
        for a in rk["actions"]:
            for j, v in enumerate([a["text"], a["lead_cell"], a["end_cell"], a["status_cell"]], start=7):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            r += 1
        for j, v in enumerate([rk["risk"], rk["desc"], rk["owner"], rk["inherent"], rk["controls"], rk["residual"]], start=1):
            c = ws.cell(start, j, v)
            c.alignment = WRAP
            c.border = BORDER
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
        ws.cell(start, 1).font = Font(bold=True)
        ws.cell(start, 6).fill = xfill(rk["rfill"])
        ws.cell(start, 6).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(r, 1, "Action status: Complete; On track / Green; Amber – behind schedule but recoverable; Red – significantly behind schedule.")
    for col, w in zip("ABCDEFGHIJ", [26, 40, 22, 12, 38, 10, 50, 26, 12, 12]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Newport City Council - Governance and Audit Committee action log (xlsx, refuse)
# ---------------------------------------------------------------------------
NEWPORT_FILE = "xg-newport-city-council-governance-and-audit-committee-action-log-typo-month-refuse.xlsx"
NEWPORT_TITLE = "Newport City Council – Governance and Audit Committee Action Log"
NEWPORT_ROWS = [
    ("GA-23-04", D(2023, 7, 27), "Item 5 – Corporate Risk Register Q4", "Provide a briefing note on the climate change risk score and the evidence used to reduce it.",
     "Head of People, Policy & Transformation", D(2023, 9, 1), "Briefing note circulated by email 14/09/2023.", "Complete"),
    ("GA-23-11", D(2023, 11, 30), "Item 4 – Internal Audit Progress Report", "Invite the Chief Education Officer to the next meeting to address the unsatisfactory audit opinion on school funds.",
     "Chief Internal Auditor", D(2024, 1, 25), "Attended meeting of 25/01/2024.", "Complete"),
    ("GA-24-03", D(2024, 3, 28), "Item 7 – Treasury Management Strategy", "Circulate a breakdown of LOBO loans showing the next call dates.",
     "Head of Finance", D(2024, 5, 1), "Circulated 02/05/2024.", "Complete"),
    ("GA-24-09", D(2024, 7, 25), "Item 6 – Annual Governance Statement 2023/24", "Update the Annual Governance Statement to reflect the Audit Wales review of commissioning and contract management.",
     "Head of Law & Standards", D(2024, 9, 26), "Revised AGS approved 26/09/2024.", "Complete"),
    ("GA-24-14", D(2024, 9, 26), "Item 5 – Corporate Risk Register Q1", "Bring a report on the risks to school budgets and the number of schools forecasting a deficit.",
     "Chief Education Officer", "Febuary 2025", "Report scheduled for the February meeting.", "Green"),
    ("GA-24-17", D(2024, 11, 28), "Item 8 – Annual Complaints Report", "Include benchmarking with other Welsh councils, using Public Services Ombudsman for Wales data, in the next annual complaints report.",
     "Customer Services Manager", D(2025, 7, 1), "", "Not started"),
    ("GA-24-18", D(2024, 11, 28), "Item 9 – Long Term Provision of Internal Audit Services", "Report back on discussions with neighbouring authorities about a shared internal audit service.",
     "Head of Finance / Chief Internal Auditor", D(2025, 3, 1), "Options appraisal under way.", "Amber"),
]
NEWPORT_REFUSE_ROW = 10


def make_newport(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = NEWPORT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cyngor Dinas Casnewydd – Pwyllgor Llywodraethu ac Archwilio"
    ws["A3"] = "Position as at 23 January 2025 (for the meeting on 30 January 2025)"
    heads = ["No.", "Meeting", "Minute / Item", "Action", "Officer responsible", "Due", "Update", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.border = BORDER
    fills = {"Complete": "blue", "Green": "green", "Amber": "amber", "Not started": None}
    for i, row in enumerate(NEWPORT_ROWS, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if (j == 6 and v.day == 1) else "dd/mm/yyyy"
        f = fills[row[7]]
        if f:
            ws.cell(i, 8).fill = xfill(f)
    assert ws.cell(NEWPORT_REFUSE_ROW, 6).value == "Febuary 2025"
    ws.cell(14, 1, "Completed actions are removed from the log after they have been reported to one meeting as complete.")
    for col, w in zip("ABCDEFGH", [10, 12, 34, 55, 30, 13, 38, 12]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Argyle Medical Group (Pembroke Dock) - HIW GP inspection improvement plan (csv)
# ---------------------------------------------------------------------------
ARGYLE_FILE = "xg-argyle-medical-group-hiw-gp-inspection-improvement-plan.csv"
ARGYLE_TITLE = "HIW Improvement Plan – Argyle Medical Group"
ARGYLE = [
    ("Quality of Patient Experience", [
        ("The practice must ensure that the complaints procedure displayed in the waiting room and on the website reflects the NHS Wales Putting Things Right process.",
         "Health and Care Quality Standards 2023 – Person-centred", [
             A(None, "Update the complaints leaflet and website text to refer to Putting Things Right and to Llais for independent advocacy.",
               "Practice Manager", ["Practice Manager"], "31/01/2025", "2025-01", None, "unrated"),
         ]),
        ("The practice should make information about interpretation services and the Welsh language ‘Active Offer’ available at reception.",
         "Health and Care Quality Standards 2023 – Equitable", [
             A(None, "Display bilingual posters at reception explaining how to request an interpreter or a Welsh-speaking member of staff.",
               "Reception Team Leader", ["Reception Team Leader"], "End of February 2025", "2025-02", None, "unrated"),
             A(None, "Record patients’ preferred language on the clinical system at registration and when details are updated.",
               "Practice Manager / Reception Team Leader", ["Practice Manager", "Reception Team Leader"], "31 March 2025", "2025-03", None, "unrated"),
         ]),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("The practice must ensure that vaccine fridge temperatures are recorded twice daily and that the action taken after any reading outside the safe range is documented.",
         "Health and Care Quality Standards 2023 – Safe", [
             A(None, "Introduce a twice-daily fridge temperature log with an escalation flowchart attached to each vaccine fridge.",
               "Lead Practice Nurse", ["Lead Practice Nurse"], "Immediate", None, None, "unrated", end_text="Immediate"),
         ]),
        ("The practice must ensure that all clinical staff have completed safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe", [
             A(None, "Book Level 3 safeguarding training for the two GPs and one Advanced Nurse Practitioner whose training has lapsed.",
               "Dr Rhian Evans (Safeguarding Lead)", ["Dr Rhian Evans (Safeguarding Lead)"], "30/04/2025", "2025-04", None, "unrated"),
             A(None, "Add safeguarding training to the practice training matrix and review compliance at the monthly partners’ meeting.",
               "Practice Manager", ["Practice Manager"], "Monthly", None, None, "unrated", end_text="Monthly"),
         ]),
    ]),
    ("Quality of Management and Leadership", [
        ("The practice should ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce", [
             A(None, "Complete the outstanding appraisals for administrative and reception staff and set a rolling annual schedule.",
               "Practice Manager", ["Practice Manager"], "June 2025", "2025-06", None, "unrated"),
         ]),
        ("The practice must ensure that its policies and procedures are reviewed regularly and are version controlled.",
         "Health and Care Quality Standards 2023 – Leadership", [
             A(None, "Review all practice policies, add review dates and version numbers, and store them in a single shared folder.",
               "Practice Manager; Dr Huw Phillips (Senior Partner)", ["Practice Manager", "Dr Huw Phillips (Senior Partner)"],
               "Ongoing – quarterly review", None, None, "unrated", end_text="Ongoing – quarterly review"),
         ]),
    ]),
]


def make_argyle(path):
    rows = [
        [ARGYLE_TITLE, "", "", "", ""],
        ["Service:", "Argyle Medical Group, Pembroke Dock", "", "", ""],
        ["Health board:", "Hywel Dda University Health Board", "", "", ""],
        ["Date of inspection:", "28 and 29 November 2024", "", "", ""],
        ["This plan sets out the improvements identified by Healthcare Inspectorate Wales during the inspection and the action the practice is taking.", "", "", "", ""],
        ["", "", "", "", ""],
        ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"],
    ]
    for theme, imps in ARGYLE:
        rows.append([theme, "", "", "", ""])
        for imp, std, actions in imps:
            for k, a in enumerate(actions):
                rows.append([imp if k == 0 else "", std if k == 0 else "", a["text"], a["lead_cell"], a["end_cell"]])
    rows += [
        ["", "", "", "", ""],
        ["Service representative", "", "", "", ""],
        ["Name (print):", "Sian Morgan", "", "", ""],
        ["Job role:", "Practice Manager", "", "", ""],
        ["Date:", "14/01/2025", "", "", ""],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Dingwall Academy (Highland) - Education Scotland post-inspection action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
DINGWALL_FILE = "xg-dingwall-academy-education-scotland-inspection-action-plan.txt"
DINGWALL_TITLE = "Dingwall Academy – Post-Inspection Action Plan"
DINGWALL = [
    ("Area for improvement 1: Senior leaders and staff should continue to develop a shared understanding of high-quality learning and teaching, so that all learners experience appropriate pace and challenge.", [
        A("1.1", "Agree a Dingwall Academy Learning and Teaching Charter with staff, learners and parents.",
          "DHT (Learning & Teaching)", ["DHT (Learning & Teaching)"], "October 2024", "2024-10", "C", "blue",
          prog=["Charter launched at the October in-service day."]),
        A("1.2", "Carry out learning walks in every faculty, focused on pace and challenge, with feedback to Principal Teachers.",
          "PTs Curriculum / DHT (Learning & Teaching)", ["PTs Curriculum", "DHT (Learning & Teaching)"], "December 2024", "2024-12", "A", "amber",
          prog=["Learning walks completed in English, maths and science;", "remaining faculties to be visited by February 2025."]),
        A("1.3", "Establish teacher learning communities on differentiation and questioning, meeting every six weeks.",
          "Head Teacher", ["Head Teacher"], "Jan–Mar 2025", "2025-03", "G", "green",
          prog=["Four TLCs set up; first cycle under way."]),
    ]),
    ("Area for improvement 2: Senior leaders should improve the use of data to track and monitor learners’ progress in the broad general education (BGE) and to plan interventions.", [
        A("2.1", "Introduce a single BGE tracking system for S1 to S3, updated three times a year by all subject teachers.",
          "DHT (BGE); Data Champion", ["DHT (BGE)", "Data Champion"], "End of March 2025", "2025-03", "G", "green",
          prog=["Tracking system built; first data drop completed in November."]),
        A("2.2", "Hold tracking and monitoring meetings after each data drop to agree interventions for learners who are not on track.",
          "Pupil Support PT", ["Pupil Support PT"], "Ongoing", None, "R", "red", end_text="Ongoing",
          prog=["Delayed – dependent on 2.1."]),
    ]),
    ("Area for improvement 3: Staff should provide more opportunities for learners to lead and influence school improvement, including through the pupil council and learner voice groups.", [
        A("3.1", "Re-launch the pupil council with representatives from every year group and a standing item at the Parent Council.",
          "DHT (Pupil Voice)", ["DHT (Pupil Voice)"], "November 2024", "2024-11", "C", "blue",
          prog=["Pupil council elected; met three times."]),
        A("3.2", "Train senior pupils as learning ambassadors to gather learners’ views on lessons and report to the Senior Leadership Team.",
          "DHT (Pupil Voice)", ["DHT (Pupil Voice)"], "June 2025", "2025-06", "G", "green",
          prog=["12 S5/S6 ambassadors recruited."]),
    ]),
]


def make_dingwall(path):
    L = [DINGWALL_TITLE,
         "Education Scotland inspection: 13–17 May 2024 (letter to parents and carers published 2 July 2024)",
         "Plan agreed with the Highland Council Education Quality Improvement Team, August 2024. Last updated 20/01/2025.",
         "",
         "Progress key: R = off track / significant concern   A = under way, some slippage   G = on track   C = complete",
         ""]
    for afi, actions in DINGWALL:
        L.append(afi)
        L.append("\t".join(["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]))
        for a in actions:
            L.append("\t".join([a["ref"], a["text"], a["lead_cell"], a["end_cell"], a["status_cell"], a["prog"][0]]))
            for more in a["prog"][1:]:
                L.append("\t".join(["", "", "", "", "", more]))
        L.append("")
    L.append("Progress is reported to the Parent Council each term and to the Area Education Manager (Mid Ross) at school review meetings.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


BUILDERS = [
    (CEFN_FILE, make_cefn), (GRANT_FILE, make_grant), (CARRICK_FILE, make_carrick),
    (LISBURN_FILE, make_lisburn), (NEWPORT_FILE, make_newport), (ARGYLE_FILE, make_argyle),
    (DINGWALL_FILE, make_dingwall),
]

if __name__ == "__main__":
    for name, fn in BUILDERS:
        assert name.startswith("xg-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
