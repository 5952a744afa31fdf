"""Build the seven zgi- data files of set heldout828.

Run with /work/main/.venv/bin/python zgi_make.py (openpyxl and python-docx needed).
Each builder writes one file next to this script. The texts are kept in the
module-level data structures so that the expected readings can be checked
against them.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime


def shade(cell, hex_fill):
    """Fill a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. HMP The Verne - HMPPS action plan in response to HMIP inspection (docx)
# ---------------------------------------------------------------------------
VERNE_FILE = "zgi-hmp-the-verne-hmip-inspection-action-plan.docx"

VERNE_SECTIONS = [
    ("PRIORITY CONCERNS", [
        ("Concern 1",
         "There were no accredited offending behaviour programmes for men convicted of sexual offences, and high-risk prisoners could wait years for any intervention to address their risk.",
         "Partly Agreed. National commissioning of accredited programmes is outside the establishment’s control; the prison will deliver the local actions below and make the case for commissioning.",
         [
             ("1.1", "Submit a business case to the HMPPS Interventions commissioning panel for delivery of Kaizen and Horizon at The Verne from 2025/26.",
              "Head of Reducing Reoffending", "31 March 2025"),
             ("1.2", "Introduce a monthly interventions waiting-list review, prioritising men assessed as high or very high risk of serious harm who are within 36 months of release.",
              "Head of Offender Management Unit; Senior Probation Officer", "28/02/2025"),
             ("1.3", "Recruit and train two additional facilitators so that delivery of the Healthy Sex Programme can restart for eligible men.",
              "Regional Psychology Lead", "September 2025"),
         ]),
        ("Concern 2",
         "Too few staff had the experience or specialist training needed to work with men convicted of sexual offences.",
         "Agreed",
         [
             ("2.1", "Roll out the Working with People Convicted of Sexual Offences training to all residential and OMU staff, starting with officers who have less than two years’ service.",
              "Head of Residence; Training Manager", "30 June 2025"),
             ("2.2", "Set up a mentoring scheme pairing each new officer with an experienced officer on their residential unit for their first six months.",
              "Deputy Governor", "31/03/2025"),
         ]),
        ("Concern 3",
         "Too many men were released without sustainable accommodation in place.",
         "Agreed",
         [
             ("3.1", "Agree with the Commissioned Rehabilitative Services provider that accommodation referrals start 12 weeks before release.",
              "Head of Reducing Reoffending", "April 2025"),
             ("3.2", "Report accommodation-on-release data monthly to the Reducing Reoffending meeting and escalate any man with no address four weeks before release to the Governor.",
              "Pre-Release Team Manager", "Ongoing"),
         ]),
    ]),
    ("KEY CONCERNS", [
        ("Concern 4",
         "The daily regime was often curtailed because staff were redeployed to escort prisoners to outside hospital appointments.",
         "Agreed",
         [
             ("4.1", "Agree a block-booking arrangement for outpatient clinics with the local acute trust to reduce the number of single-prisoner escorts.",
              "Head of Healthcare / Head of Operations", "30/09/2025"),
         ]),
        ("Concern 5",
         "Provision for the large and growing population of older and disabled prisoners was not planned strategically.",
         "Agreed",
         [
             ("5.1", "Publish an older prisoners’ strategy, informed by a needs analysis and consultation with the peer carers on the Dorset unit.",
              "Head of Safer Custody and Equalities", "31 May 2025"),
             ("5.2", "Complete the palliative care suite on the Dorset unit and agree its operating protocol with the local hospice.",
              "Head of Healthcare", "December 2025"),
         ]),
    ]),
]


def build_verne():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Action Plan: HMP The Verne", level=0)
    for line in ["Action Plan Submitted: 16 January 2025",
                 "A Response to the HMIP Inspection: 8–18 July 2024",
                 "Report Published: 19 November 2024"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) reports on the conditions for and treatment of prisoners. "
        "Since May 2022 inspection reports set out priority and key concerns rather than recommendations. "
        "In response, HMPPS prepares an action plan which states whether each concern is agreed, partly "
        "agreed or not agreed and, where it is agreed or partly agreed, the actions that will be taken, "
        "who owns them and by when. Progress is reviewed monthly at the establishment Senior Leadership "
        "Team meeting and reported to the Prison Group Director.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Term")
    bold_cell(t.rows[0].cells[1], "Definition")
    for term, defn in [
        ("Agreed", "All of the concern is accepted and the actions below will address it within the timescales shown."),
        ("Partly Agreed", "Only part of the concern can be addressed, for operational, policy or affordability reasons; the response explains which part."),
        ("Not Agreed", "The concern is not accepted and no actions are planned; the response explains why."),
    ]:
        r = t.add_row().cells
        r[0].text = term
        r[1].text = defn
    for section, concerns in VERNE_SECTIONS:
        doc.add_paragraph()
        doc.add_heading(section, level=1)
        for label, concern, response, actions in concerns:
            tb = doc.add_table(rows=3, cols=4)
            tb.style = "Table Grid"
            c0 = tb.rows[0].cells
            bold_cell(c0[0], label)
            shade(c0[0], "D9D9D9")
            m = c0[1].merge(c0[2]).merge(c0[3])
            bold_cell(m, concern)
            shade(m, "D9D9D9")
            c1 = tb.rows[1].cells
            bold_cell(c1[0], "Response")
            m1 = c1[1].merge(c1[2]).merge(c1[3])
            m1.text = response
            for i, h in enumerate(["No.", "Action", "Responsible", "Target date"]):
                bold_cell(tb.rows[2].cells[i], h)
                shade(tb.rows[2].cells[i], "F2F2F2")
            for no, act, resp, due in actions:
                r = tb.add_row().cells
                r[0].text = no
                r[1].text = act
                r[2].text = resp
                r[3].text = due
            doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Name", "Role", "Date"]):
        bold_cell(s.rows[0].cells[i], h)
    for i, v in enumerate(["Governor, HMP The Verne", "Establishment lead", "16/01/2025"]):
        s.rows[1].cells[i].text = v
    doc.save(os.path.join(HERE, VERNE_FILE))


# ---------------------------------------------------------------------------
# 2. Cranleigh School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
CRAN_FILE = "zgi-cranleigh-school-isi-inspection-action-plan.docx"
CRAN_TITLE = "Cranleigh School — ISI Inspection Action Plan 2025–26"

CRAN_SECTIONS = [
    ("Section 1: Leadership and management, and governance",
     "Governors should strengthen their oversight of the school’s self-evaluation so that they can check more precisely the impact of leaders’ actions on pupils’ wellbeing.",
     [
         ("1.1", "Introduce a termly wellbeing dashboard (attendance, pastoral logs and pupil voice survey results) for the Education & Welfare Committee.",
          "Deputy Head (Pastoral)", "Michaelmas term 2025", "First dashboard presented to the committee on 14 October.", "G"),
         ("1.2", "Arrange link-governor visits to each boarding house every half term, with a written note of every visit returned to the Clerk.",
          "Chair of Governors; Clerk to the Governors", "September 2025", "Rota agreed; six visits completed and notes filed.", "B"),
     ]),
    ("Section 2: Quality of education, training and recreation",
     "Leaders should ensure that teaching in the lower school consistently adapts work so that pupils who have special educational needs and/or disabilities (SEND) make the progress of which they are capable.",
     [
         ("2.1", "Deliver INSET on adaptive teaching for all staff teaching Forms 1 to 3, led by the Learning Support department.",
          "Director of Teaching and Learning", "01/09/2025", "Delivered at September INSET; slides on the staff portal.", "B"),
         ("2.2", "Put a pupil passport on the MIS for every pupil on the learning support register, with strategies reviewed each term.",
          "Head of Learning Support", "31 October 2025", "Passports in place for 74 of 96 pupils; remainder by half term.", "A"),
         ("2.3", "Run a programme of learning walks focused on adaptation and feed the findings into appraisal.",
          "Deputy Head (Academic); Heads of Department", "Summer term 2026", "Due to start after the Lent term data drop.", ""),
     ]),
    ("Section 4: Pupils’ social and economic education and contribution to society",
     "Leaders should develop the careers programme so that pupils in the lower sixth receive more individual guidance about routes other than university.",
     [
         ("4.1", "Appoint a qualified careers adviser (Level 6) for two days a week.",
          "Bursar; Head of Sixth Form", "January 2026", "Advert closed; interviews moved to December.", "A"),
         ("4.2", "Hold an apprenticeships and employment evening for Lower Sixth pupils and parents.",
          "Head of Careers", "March 2026", "Venue booked; six employers confirmed.", "G"),
     ]),
]

RAG_HEX = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}


def build_cranleigh():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(CRAN_TITLE, level=1)
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(dc.rows[0].cells[i], h)
    for row in [("1.0", "23/06/2025", "Deputy Head (Academic)", "Education & Welfare Committee"),
                ("1.1", "17/11/2025", "Compliance Manager", "Full Governing Body")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the recommended next steps in the ISI report on the routine inspection "
        "of 11–13 March 2025. The school met the Independent School Standards and the National Minimum "
        "Standards for boarding schools. Sections 3 and 5 of the report contained no recommended next "
        "steps. Progress below is as reported to the Full Governing Body in November 2025.")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for code, meaning in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action in hand"),
                          ("R", "Off track – governors’ attention needed")]:
        cells = key.add_row().cells
        cells[0].text = code
        shade(cells[0], RAG_HEX[code])
        cells[1].text = meaning
    for heading, step, actions in CRAN_SECTIONS:
        doc.add_paragraph()
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        c0 = tb.rows[0].cells
        bold_cell(c0[0], "Recommended next step")
        shade(c0[0], "DEEAF6")
        m = c0[1].merge(c0[5])
        m.text = step
        shade(m, "DEEAF6")
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "By when", "Progress (Nov 2025)", "RAG"]):
            bold_cell(tb.rows[1].cells[i], h)
        for ref, act, lead, when, prog, rag in actions:
            r = tb.add_row().cells
            r[0].text = ref
            r[1].text = act
            r[2].text = lead
            r[3].text = when
            r[4].text = prog
            r[5].text = rag
            if rag:
                shade(r[5], RAG_HEX[rag])
    doc.add_paragraph()
    doc.add_paragraph("Next review: Full Governing Body, March 2026.")
    doc.save(os.path.join(HERE, CRAN_FILE))


# ---------------------------------------------------------------------------
# 3. Probation Service Somerset PDU - HMI Probation action plan (xlsx)
# ---------------------------------------------------------------------------
SOM_FILE = "zgi-probation-service-somerset-pdu-hmip-inspection-action-plan.xlsx"
SOM_TITLE = "Somerset PDU – HMI Probation Inspection Action Plan"

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}

SOM_GROUPS = [
    ("Recommendations – Somerset PDU", [
        ("1", "Improve the quality of assessment, planning and management of risk of harm, so that it draws on all available information.", "Agreed", [
            ("1.1", "Deliver risk of harm refresher workshops to all Probation Officers and PSOs, using cases from the inspection sample.",
             "SPO Quality Lead", D(2023, 11, 30), None, "Six workshops delivered; 92% of practitioners attended.", "blue"),
            ("1.2", "Introduce monthly countersigning audits of RoSH assessments by SPOs, with findings reported to the PDU Quality meeting.",
             "Senior Probation Officers", D(2023, 12, 31), None, "Audit tool in use in all teams since December.", "green"),
            ("1.3", "Embed the Risk Management Plan quality checklist in sentence planning and team case discussions.",
             "Deputy Head of PDU", D(2024, 1, 31), D(2024, 4, 30), "Checklist drafted; launch delayed by the OASys release.", "amber"),
        ]),
        ("2", "Ensure that domestic abuse and child safeguarding information is requested, received and analysed in every case at the start of the order.", "Agreed", [
            ("2.1", "Agree a service level agreement with Somerset Council Children’s Services for responses to safeguarding enquiries within 10 working days.",
             "Head of PDU", D(2023, 10, 31), D(2024, 3, 31), "Agreed in principle; sign-off at the Somerset Safeguarding Children Partnership in April.", "amber"),
            ("2.2", "Monitor the percentage of cases with domestic abuse and safeguarding checks completed, through the monthly performance pack.",
             "Performance Manager; Business Manager", "Nov-23", None, "In the pack since November; 84% compliance in February.", "green"),
        ]),
        ("3", "Reduce practitioners’ workloads so that they can deliver the required quality of work.", "Partly Agreed", [
            ("3.1", "Fill Probation Officer and PSO vacancies through the regional recruitment campaign and the PQiP intake.",
             "Head of PDU; Regional Resourcing Lead", D(2024, 3, 31), D(2024, 9, 30), "Vacancy rate down to 14%; six PQiPs qualify in the summer.", "red"),
            ("3.2", "Apply the workload management tool at allocation and review caseloads above 110% at the weekly SPO meeting.",
             "Senior Probation Officers", "Ongoing", None, "Standing item at the weekly SPO meeting.", "green"),
        ]),
    ]),
    ("Recommendations – South West Region", [
        ("4", "Ensure that training in domestic abuse and child safeguarding is consistent across the region.", "Agreed", [
            ("4.1", "Commission the regional domestic abuse practice training for all practitioners who have not completed it since unification.",
             "Regional Head of Learning and Development", D(2024, 3, 31), None, "Complete – 38 Somerset staff trained.", "blue"),
            ("4.2", "Add the child safeguarding e-learning refresher to mandatory training, with completion reported to the Regional Quality Board.",
             "Regional Quality Lead", "June 2024", None, "Not yet started.", None),
        ]),
    ]),
]


def build_somerset():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "HM Prison & Probation Service – Probation Service South West"
    cover["A3"] = SOM_TITLE
    cover["A3"].font = Font(bold=True, size=14)
    info = [("Inspection fieldwork", "June 2023"), ("Report published", "08/08/2023"),
            ("Overall rating", "Requires improvement"), ("Plan owner", "Head of Somerset PDU"),
            ("Governance", "South West Region Performance & Quality Board (monthly)")]
    for i, (k, v) in enumerate(info, start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
    cover["A11"] = "Version"
    cover["B11"] = "Date"
    cover["C11"] = "Change"
    for c in ("A11", "B11", "C11"):
        cover[c].font = Font(bold=True)
    cover.append(["v1.0", "29/09/2023", "Plan submitted to HMI Probation"])
    cover.append(["v1.3", "12/03/2024", "Q4 progress update; revised dates agreed at PQB"])
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 52
    cover.column_dimensions["C"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = SOM_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress at March 2024 (v1.3)"
    ws["A2"].font = Font(italic=True)
    heads = ["Rec No.", "Recommendation", "Response", "Action No.", "Action", "Action Owner",
             "Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = wrap
        c.border = box
    row = 4
    for group, recs in SOM_GROUPS:
        ws.cell(row, 1, group).font = Font(bold=True)
        ws.cell(row, 1).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for recno, rec, resp, actions in recs:
            first = row
            ws.cell(row, 1, recno)
            ws.cell(row, 2, rec)
            ws.cell(row, 3, resp)
            for no, act, owner, due, revised, prog, rag in actions:
                ws.cell(row, 4, no)
                ws.cell(row, 5, act)
                ws.cell(row, 6, owner)
                c = ws.cell(row, 7, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if revised is not None:
                    c = ws.cell(row, 8, revised)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row, 9, prog)
                if rag:
                    ws.cell(row, 10).fill = FILL[rag]
                for col in range(1, 11):
                    ws.cell(row, col).alignment = wrap
                    ws.cell(row, col).border = box
                row += 1
            if row - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row, 1, "RAG status is shown by cell colour – see the RAG Key tab. Where a revised target date has been agreed at PQB it replaces the original date.")
    ws.cell(row, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [8, 46, 13, 9, 52, 26, 13, 13, 40, 7]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (f, meaning) in enumerate([("blue", "Complete"), ("green", "On track to meet target date"),
                                      ("amber", "At risk – revised date agreed"),
                                      ("red", "Off track – escalated to PQB"),
                                      (None, "No colour – not yet started")], start=3):
        if f:
            key.cell(i, 1).fill = FILL[f]
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 36
    wb.active = 1
    wb.save(os.path.join(HERE, SOM_FILE))


# ---------------------------------------------------------------------------
# 4. West Mercia Police - HMICFRS online CSAE recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WM_FILE = "zgi-west-mercia-police-hmicfrs-online-csae-recommendations-tracker.xlsx"
WM_TITLE = "West Mercia Police – HMICFRS OCSAE Inspection Action Tracker"

WM_RECS = [
    ("Recommendation 3: By 31 October 2023, chief constables should make sure their forces have enough trained staff to manage the volume of online child sexual abuse referrals they receive.", [
        ("R3.1", "Complete a demand and capacity review of the Online Child Abuse Investigation Team (OCAIT) using 2022/23 NCA referral volumes.",
         "D/Supt Public Protection", D(2023, 8, 31), "Complete", "Review presented to Force Executive Board in September."),
        ("R3.2", "Present a growth bid for six additional investigators to the Force Executive Board as part of the 2024/25 budget.",
         "D/Supt Public Protection; Head of Finance", "Dec-23", "Complete", "Bid approved for four posts; recruitment under way."),
    ]),
    ("Recommendation 5: By 31 October 2023, chief constables should make sure that officers and staff involved in online child sexual abuse investigations are trained for their roles.", [
        ("R5.1", "Deliver the specialist online CSAE investigator course to all OCAIT staff.",
         "Head of Learning & Development", D(2024, 3, 31), "On track", "14 of 19 staff trained; final cohort in February."),
        ("R5.2", "Add an online CSAE module to the initial investigators’ development programme.",
         "Head of Learning & Development", "Q1 2024/25", "Not started", "Module content being drafted with the College of Policing lead."),
    ]),
    ("Recommendation 7: By 31 October 2023, chief constables should make sure that warrants are obtained and executed without delay where children are at risk.", [
        ("R7.1", "Introduce risk-graded timescales for warrant applications on NCA referrals, monitored daily by the OCAIT DI.",
         "DCI R. Pearce / DI S. Khan", D(2023, 11, 30), "Complete", "Timescales in force since 1 November; daily review on the OCAIT briefing."),
        ("R7.2", "Agree an out-of-hours process with HMCTS for urgent warrant applications.",
         "Det Ch Insp, Public Protection", D(2024, 1, 31), "Delayed", "Awaiting the HMCTS regional response; escalated by ACC."),
    ]),
    ("Recommendation 9: By 30 April 2024, chief constables should make sure that information about children at risk is shared with safeguarding partners at the earliest opportunity.", [
        ("R9.1", "Roll out the South Worcestershire referral pilot to all local policing areas, so that referrals to children’s services are made within 24 hours of a warrant.",
         "Supt Safeguarding Partnerships", "April 2024", "On track", "Live in Herefordshire and Shropshire; Telford and North Worcestershire in March."),
        ("R9.2", "Audit 30 cases a quarter for the timeliness of partner referrals and report the findings to the Force Vulnerability Board.",
         "Force Audit & Inspection Manager", "Quarterly", "On track", "First audit (Q3) reported in January."),
    ]),
]

WM_STATUS_FILL = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red",
                  "Not started": "grey"}


def build_west_mercia():
    wb = Workbook()
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = WM_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Report: An inspection of how well the police and National Crime Agency tackle the online "
                "sexual abuse and exploitation of children (published 5 April 2023)")
    sm["A3"] = "Strategic lead: ACC Crime & Vulnerability   |   Tracker owner: Force Audit & Inspection"
    sm["A5"], sm["B5"], sm["C5"] = "Status", "Meaning", "No. of actions"
    for c in ("A5", "B5", "C5"):
        sm[c].font = Font(bold=True)
    counts = {}
    for _, acts in WM_RECS:
        for a in acts:
            counts[a[4]] = counts.get(a[4], 0) + 1
    rows = [("Complete", "Blue – action finished and evidenced"),
            ("On track", "Green – will be met by the due date"),
            ("Delayed", "Amber – due date at risk, recovery plan in place"),
            ("Off track", "Red – will not be met, escalated to chief officer lead"),
            ("Not started", "Grey – not yet due to start")]
    r = 6
    for status, meaning in rows:
        sm.cell(r, 1, status).fill = FILL[WM_STATUS_FILL[status]]
        sm.cell(r, 2, meaning)
        sm.cell(r, 3, counts.get(status, 0))
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 3, f"=SUM(C6:C{r-1})").font = Font(bold=True)
    sm.cell(r + 2, 1, "Reported to: Force Assurance Board, 18 January 2024; PCC Holding to Account meeting, February 2024.")
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["B"].width = 52
    sm.column_dimensions["C"].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = WM_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Update: January 2024"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Action owner", "Due date", "Status", "Latest update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = box
    row = 4
    for rec, acts in WM_RECS:
        c = ws.cell(row, 1, rec)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        c.alignment = wrap
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, act, owner, due, status, upd in acts:
            vals = [ref, act, owner, due, status, upd]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row, col, v)
                c.alignment = wrap
                c.border = box
            if isinstance(due, dt.datetime):
                ws.cell(row, 4).number_format = "dd/mm/yyyy"
            ws.cell(row, 5).fill = FILL[WM_STATUS_FILL[status]]
            row += 1
    row += 1
    ws.cell(row, 1, "Notes: Only recommendations with open force actions are shown. Recommendations for national "
                    "bodies (NPCC, NCA, Home Office) are monitored through the national tracker. Status key on the Summary tab.")
    ws.cell(row, 1).font = Font(italic=True)
    for col, w in zip("ABCDEF", [8, 60, 28, 13, 12, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, WM_FILE))


# ---------------------------------------------------------------------------
# 5. Bath Spa University - internal audit follow-up (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
BSU_FILE = "zgi-bath-spa-university-internal-audit-action-plan-typo-month-refuse.xlsx"

BSU_AUDITS = [
    ("Student Records and Data Quality (2024/25) – Limited assurance", [
        ("SRD/1", "High", "HESA Data Futures returns are not reconciled to the student record system before submission.",
         "Introduce a documented pre-submission reconciliation, signed off by the Academic Registrar.",
         "Academic Registrar", D(2025, 3, 31), D(2025, 7, 31), "Complete", "Reconciliation used for the 2024/25 in-year return."),
        ("SRD/2", "Medium", "Changes to student records are not logged with the reason for the change.",
         "Configure mandatory reason codes for record changes in SITS and review the change log monthly.",
         "Head of Student Systems", D(2025, 6, 30), "Janaury 2026", "In progress", "Reason codes built; go-live moved to after enrolment."),
        ("SRD/3", "Low", "The data quality policy has not been reviewed since 2019.",
         "Review and reissue the data quality policy.",
         "Director of Planning", D(2025, 9, 30), None, "Complete", "Approved by Executive, September 2025."),
    ]),
    ("Cyber Security – Patch Management (2024/25) – Moderate assurance", [
        ("CYB/1", "High", "Critical patches were not applied to 12% of servers within the 14-day target.",
         "Report patch compliance weekly to the Director of IT and escalate servers outside target.",
         "Head of IT Infrastructure", D(2025, 5, 31), None, "Complete", "Compliance at 97% for Q1."),
        ("CYB/2", "Medium", "There is no register of unsupported software.",
         "Compile and maintain a register of end-of-life software, with a decommissioning plan.",
         "Information Security Manager", D(2025, 10, 31), D(2025, 12, 31), "In progress", "Register compiled; decommissioning plan drafted."),
    ]),
    ("Overseas Agents (2023/24) – Limited assurance", [
        ("OSA/1", "High", "Agent contracts had expired for five active recruitment agents.",
         "Renew or terminate all expired agent contracts and hold contracts centrally.",
         "Director of International", D(2024, 12, 31), D(2025, 4, 30), "Complete", "All contracts renewed or ended."),
        ("OSA/2", "Medium", "Agent performance is not reviewed against visa refusal and withdrawal rates.",
         "Introduce an annual agent performance review using visa refusal and withdrawal data.",
         "Director of International; Head of Compliance", D(2025, 8, 31), None, "Overdue", "First review delayed by staff absence."),
    ]),
]
BSU_TYPO_ID = "SRD/2"
BSU_TITLE = "Bath Spa University: Internal Audit Recommendations Follow-up"


def build_bath_spa():
    wb = Workbook()
    ws = wb.active
    ws.title = "IA Follow-up"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = BSU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 25 November 2025   |   Paper ARC/25/41"
    ws["A3"] = "Position at 31 October 2025"
    heads = ["Ref", "Priority", "Finding", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Status", "Management update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = box
        c.alignment = wrap
    row = 6
    typo_row = None
    for audit, recs in BSU_AUDITS:
        ws.cell(row, 1, audit).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for ref, pri, finding, action, officer, orig, rev, status, upd in recs:
            vals = [ref, pri, finding, action, officer, orig, rev, status, upd]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row, col, v)
                c.border = box
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if ref == BSU_TYPO_ID:
                typo_row = row
            row += 1
    row += 1
    ws.cell(row, 1, "Summary")
    ws.cell(row, 1).font = Font(bold=True)
    statuses = [r[7] for _, recs in BSU_AUDITS for r in recs]
    for s in ("Complete", "In progress", "Overdue"):
        row += 1
        ws.cell(row, 1, s)
        ws.cell(row, 2, statuses.count(s))
    row += 1
    ws.cell(row, 1, "Total")
    ws.cell(row, 2, len(statuses))
    for col, w in zip("ABCDEFGHI", [22, 9, 40, 44, 26, 13, 13, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BSU_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 6. Norfolk FRS - HMICFRS cause of concern (prevention) action plan (csv)
# ---------------------------------------------------------------------------
NFRS_FILE = "zgi-norfolk-fire-rescue-service-hmicfrs-cause-of-concern-action-plan.csv"
NFRS_TITLE = "Norfolk Fire and Rescue Service – HMICFRS Cause of Concern (Prevention) Action Plan"

NFRS_ROWS = [
    ("1.1", "R1 - Make sure its prevention strategy targets the people and places most at risk from fire",
     "Refresh the Prevention Strategy 2022–25 using the NFCC Person-Centred Framework and the county risk profile.",
     "Head of Prevention", "31/03/2022", "B", "Strategy approved by the Cabinet Member on 28 March 2022."),
    ("1.2", "R1 - Make sure its prevention strategy targets the people and places most at risk from fire",
     "Revise the Safe and Well referral criteria to include:\n- people aged over 70 who live alone\n- people who smoke and have limited mobility\n- referrals from adult social care",
     "GM Community Safety", "Jun-22", "B", "New criteria live on the referral portal from 1 June."),
    ("1.3", "R1 - Make sure its prevention strategy targets the people and places most at risk from fire",
     "Use Exeter and NHS partner data to build a household risk model and target home visits by station area.",
     "SM Data & Performance; GM Community Safety", "Sept 2022", "A", "Data-sharing agreement signed; model in testing."),
    ("2.1", "R2 - Make sure Safe and Well visits are carried out promptly for those at highest risk",
     "Clear the backlog of high-risk Safe and Well visits outstanding at 31 December 2021.",
     "Area Manager Prevention & Protection", "30/04/2022", "B", "Backlog cleared 22 April."),
    ("2.2", "R2 - Make sure Safe and Well visits are carried out promptly for those at highest risk",
     "Set and monitor a 10 working-day standard for high-risk visits, reported to the Service Leadership Team.",
     "Head of Prevention", "Monthly", "G", "Standard met for 91% of visits in August."),
    ("3.1", "R3 - Evaluate its prevention work so that it understands what works",
     "Commission an independent evaluation of the Safe and Well programme.",
     "Head of Prevention", "31/12/2022", "G", "Evaluation partner appointed; fieldwork under way."),
    ("3.2", "R3 - Evaluate its prevention work so that it understands what works",
     "Introduce follow-up feedback calls to a 10% sample of households visited.",
     "Community Safety Team Leaders", "Aug-22", "R", "Not started – call-handling capacity under review."),
    ("4.1", "R4 - Make sure staff have the skills and capacity to carry out prevention activity",
     "Deliver Safe and Well training to all wholetime and on-call watches, with completion recorded on the training system.",
     "Training Centre Manager", "31 October 2022", "A", "78% of watches trained; on-call completion lagging."),
]


def build_norfolk():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([NFRS_TITLE, "", "", "", "", "", "", ""])
    w.writerow(["Cause of concern: The service has not given prevention a high enough priority and is not adequately identifying the people most at risk from fire.", "", "", "", "", "", "", ""])
    w.writerow(["Position as at 30 September 2022 - reported to the Infrastructure and Development Select Committee", "", "", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["Ref", "Recommendation", "Action", "Owner", "Target Date", "RAG", "Progress / evidence", "Last updated"])
    for ref, rec, act, owner, due, rag, prog in NFRS_ROWS:
        w.writerow([ref, rec, act, owner, due, rag, prog, "30/09/2022"])
    w.writerow([])
    w.writerow(["RAG key: B = complete, G = on track, A = at risk, R = off track", "", "", "", "", "", "", ""])
    with open(os.path.join(HERE, NFRS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Harrop Fold School - post-Ofsted action plan (plain text export)
# ---------------------------------------------------------------------------
HF_FILE = "zgi-harrop-fold-school-post-ofsted-action-plan.txt"
HF_TITLE = "Harrop Fold School - Post-Ofsted Action Plan 2024-25"

HF_PRIORITIES = [
    ("PRIORITY 1: CURRICULUM IN KEY STAGE 3",
     "Leaders should ensure that the key stage 3 curriculum in foundation subjects sets out the important knowledge pupils need to learn, and that teachers check pupils' understanding of it.",
     [
         ("1a", "Subject leaders to rewrite KS3 curriculum maps in history, geography, RE and languages, setting out the key knowledge for each unit.",
          "Deputy Headteacher (Curriculum)", "Autumn term 2024", "Green"),
         ("1b", "Introduce retrieval quizzes at the start of KS3 lessons in these subjects and quality-assure them through learning walks.",
          "Mr A Shah / Ms L Greene", "February half-term 2025", "Amber"),
         ("1c", "Train middle leaders in curriculum sequencing through the trust's subject networks (three twilight sessions).",
          "Trust Director of Education", "31/10/2024", "Green"),
     ]),
    ("PRIORITY 2: READING",
     "Leaders should ensure that pupils who are behind with their reading get the support they need to catch up quickly.",
     [
         ("2a", "Screen all Year 7 and Year 8 pupils with the NGRT reading test and identify those reading below their chronological age.",
          "Reading Lead (Mrs J Okafor)", "27/09/2024", "Green"),
         ("2b", "Deliver a phonics-based intervention (Fresh Start) to the weakest readers four times a week during tutor time.",
          "Reading Lead; SENCo", "Spring term 2025", "Amber"),
         ("2c", "Re-test intervention pupils and report the impact to the Local Governing Body.",
          "Reading Lead", "Summer term 2025", "Grey"),
     ]),
    ("PRIORITY 3: ATTENDANCE",
     "Leaders should continue to reduce the high rate of persistent absence, particularly for disadvantaged pupils.",
     [
         ("3a", "Appoint an Attendance Officer and introduce first-day calling and home visits for pupils below 90% attendance.",
          "Assistant Headteacher (Behaviour & Attendance)", "September 2024", "Green"),
         ("3b", "Hold attendance support meetings with the families of persistently absent disadvantaged pupils, involving the Education Welfare Service where needed.",
          "Pastoral Leads (Years 7-11)", "Ongoing", "Amber"),
         ("3c", "Run termly attendance rewards and publish year-group attendance in the weekly bulletin.",
          "Assistant Headteacher (Behaviour & Attendance)", "Termly", "Green"),
     ]),
]


def build_harrop():
    out = []
    out.append(HF_TITLE)
    out.append("")
    out.append("Inspection: 2-3 July 2024 (graded inspection)")
    out.append("Overall effectiveness: Requires improvement")
    out.append("Plan approved by the Local Governing Body: 17 September 2024")
    out.append("Reviewed half-termly by SLT; progress reported to the LGB each term.")
    out.append("")
    out.append("RAG: Green = on track or achieved; Amber = some progress, needs attention; Red = no progress; Grey = not yet due")
    out.append("")
    for heading, improve, actions in HF_PRIORITIES:
        out.append("=" * 78)
        out.append(heading)
        out.append("=" * 78)
        out.append("What the school needs to do to improve: " + improve)
        out.append("")
        for ref, act, lead, deadline, rag in actions:
            out.append(f"{ref}. Action: {act}")
            out.append(f"    Lead: {lead}")
            out.append(f"    Deadline: {deadline}")
            out.append(f"    RAG: {rag}")
            out.append("")
    out.append("-" * 78)
    out.append("Signed: Headteacher / Chair of the Local Governing Body")
    out.append("Next review: LGB meeting, 4 December 2024")
    with open(os.path.join(HERE, HF_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    build_verne()
    build_cranleigh()
    build_somerset()
    build_west_mercia()
    typo_row = build_bath_spa()
    build_norfolk()
    build_harrop()
    print("Bath Spa typo row:", typo_row)


if __name__ == "__main__":
    main()
