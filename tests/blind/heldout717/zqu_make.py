#!/usr/bin/env python3
"""Build the seven zqu- blind test files (set heldout717).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).  Writes only files whose
names start with ``zqu-`` into the folder holding this script.

Each action tuple holds what is written into the file and, alongside, the reading a
person makes of it (lead list, end month, status); the expected readings are kept in
the .expected.yaml files beside the data files.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqu-")
    return os.path.join(HERE, name)


FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "band": "DEEAF6", "light": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(code):
    return PatternFill("solid", start_color=FILL.get(code, code), end_color=FILL.get(code, code))


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. City of London Corporation - Corporate Plan 2024-29 delivery tracker (xlsx)
# ---------------------------------------------------------------------------
COL_TITLE = "Corporate Plan 2024–29 Delivery Tracker 2025/26 – Quarter 2"
# (ref, commitment, lead cell, committee, original, revised, q1, q2, update)
COL_OUTCOMES = [
    ("Outcome 1: Diverse Engaged Communities", [
        ("DEC 1", "Publish the Square Mile residents’ engagement framework and hold the first annual residents’ summit",
         "Executive Director Community & Children’s Services", "Community & Children’s Services",
         d(2025, 6, 1), d(2025, 10, 1), "A", "G",
         "Framework agreed by Committee on 19 September. Summit booked for 14 October at Guildhall; 160 residents registered."),
        ("DEC 2", "Deliver year two of the Social Mobility Strategy action plan across the City of London Family of Schools",
         "Executive Director Community & Children’s Services / Strategic Education and Skills Director",
         "Education Board", d(2026, 3, 1), None, "G", "G",
         "Careers and work experience offer extended to all 17 schools in the Family of Schools."),
    ]),
    ("Outcome 2: Dynamic Economic Growth", [
        ("DEG 1", "Launch the next phase of the Vision for Economic Growth, including the global campaign in three priority markets",
         "Executive Director Innovation & Growth", "Policy & Resources", d(2026, 3, 1), None, "G", "G",
         "Campaign launched in Singapore in July; India and Gulf markets scheduled for Q3 and Q4."),
        ("DEG 2", "Agree the future delivery model for Destination City following the independent review",
         "Chief Strategy Officer", "Policy & Resources", d(2025, 12, 1), d(2026, 3, 1), "A", "A",
         "Review recommendations received. Options paper delayed to allow Member engagement; now due to P&R in February."),
    ]),
    ("Outcome 3: Leading Sustainable Environment", [
        ("LSE 1", "Deliver year five of the Climate Action Strategy, including retrofit works at three further operational buildings",
         "City Surveyor", "Finance / Corporate Services", d(2026, 3, 1), None, "G", "G",
         "Retrofit complete at one site; works started at the other two."),
        ("LSE 2", "Adopt City Plan 2040 following examination by the Planning Inspectorate",
         "Executive Director Environment / Planning and Development Director", "Planning & Transportation",
         d(2025, 12, 1), d(2026, 6, 1), "G", "R",
         "Inspectors’ main modifications consultation extended; adoption now expected in summer 2026."),
    ]),
    ("Outcome 4: Vibrant Thriving Destination", [
        ("VTD 1", "Complete phase 1 enabling works for the new London Museum at West Smithfield",
         "City Surveyor", "Culture, Heritage & Libraries", d(2025, 9, 1), None, "G", "B",
         "Phase 1 works signed off on 26 September 2025."),
    ]),
    ("Outcome 5: Providing Excellent Services", [
        ("PES 1", "Implement the new Enterprise Resource Planning (ERP) system for finance, HR and payroll",
         "Chamberlain / Chief People Officer", "Finance / Corporate Services", d(2025, 4, 1), d(2026, 1, 1), "R", "A",
         "Finance modules live. Payroll parallel runs under way; go-live re-planned for January 2026."),
        ("PES 2", "Respond to at least 80% of stage 1 complaints within 10 working days",
         "Town Clerk and Chief Executive", "Policy & Resources", "Quarterly", None, "A", "G",
         "Q2: 84% within 10 working days (Q1: 71%)."),
    ]),
    ("Outcome 6: Flourishing Public Spaces", [
        ("FPS 1", "Complete phase 2 of the Bank Junction and St Paul’s Gyratory public realm improvements",
         "Executive Director Environment", "Planning & Transportation", d(2026, 3, 1), None, "G", "G",
         "Utility diversions complete; main works on programme."),
    ]),
]
RAG_WORD = {"B": "Complete", "G": "On track", "A": "At risk", "R": "Off track"}


def build_col():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "City of London Corporation"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = COL_TITLE
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Reporting period: 1 July – 30 September 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "07/10/2025", "Corporate Strategy and Performance Team", "Draft returns collated"),
            ("0.2", "21/10/2025", "Corporate Strategy and Performance Team", "Chief Officer moderation"),
            ("1.0", "04/11/2025", "Chief Strategy Officer", "Final for Policy and Resources Committee")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, k in enumerate("BGAR"):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(k)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=12 + i, column=2, value=RAG_WORD[k]).border = BOX
    cov["A17"] = ("RAG ratings are self-assessed by the lead Chief Officer and moderated by the "
                  "Corporate Strategy and Performance Team.")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 40

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of Q2 RAG by outcome"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Outcome", "Commitments", "Complete", "On track", "At risk", "Off track"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    r = 4
    for name, acts in COL_OUTCOMES:
        q2 = [a[7] for a in acts]
        vals = [len(acts), q2.count("B"), q2.count("G"), q2.count("A"), q2.count("R")]
        tot = [x + y for x, y in zip(tot, vals)]
        summ.cell(row=r, column=1, value=name).border = BOX
        for j, v in enumerate(vals):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 45

    # Tracker sheet
    ws = wb.create_sheet("Delivery tracker")
    ws["A1"] = COL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Reporting period 1 July – 30 September 2025. For Policy and Resources Committee, "
                "13 November 2025.")
    ws.merge_cells("A2:J2")
    headers = ["Ref", "Key commitment 2025/26", "Lead Chief Officer(s)", "Committee", "Original target",
               "Revised target", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for name, acts in COL_OUTCOMES:
        c = ws.cell(row=r, column=1, value=name)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, text, lead, cttee, orig, rev, q1, q2, upd) in acts:
            vals = [ref, text, lead, cttee, orig, rev, q1, q2, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, k in ((7, q1), (8, q2)):
                ws.cell(row=r, column=col).fill = fill(k)
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: the Q1 RAG is shown as reported to Committee in July 2025.")
    widths = [8, 55, 34, 24, 11, 11, 8, 8, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zqu-city-of-london-corporation-corporate-plan-2024-29-delivery-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cyngor Gwynedd - scrutiny investigation recommendations progress (docx)
# ---------------------------------------------------------------------------
GWY_TITLE = "Scrutiny Investigation: Supporting Unpaid Carers – Recommendations Progress Report"
# (ref, action, lead, target, rag word)
GWY_RECS = [
    ("Recommendation 1: Improve how unpaid carers are identified at the first point of contact with the "
     "Council and with health services.", [
        ("1.1", "Add a carer identification question to the Galw Gwynedd adult social care contact script and to "
                "the What Matters conversation", "Adults Front Door Manager", "30/06/2025", "Blue",
         "Question added from 2 June 2025. 212 carers identified in the first quarter."),
        ("1.2", "Work with Betsi Cadwaladr University Health Board to relaunch the Carer Friendly accreditation "
                "in Gwynedd GP practices", "Carers Development Officer / BCUHB Area Carers Lead", "March 2026",
         "Green", "9 of 21 practices re-accredited."),
    ]),
    ("Recommendation 2: Make information and advice for carers available bilingually and in one place, "
     "online and on paper.", [
        ("2.1", "Publish a single bilingual Carers’ Information Pack on the Council website and in libraries and "
                "Siop Gwynedd offices", "Information and Advice Manager", "December 2025", "Amber",
         "Welsh and English text agreed; printing delayed by the procurement framework."),
        ("2.2", "Review the information offer with carers themselves through the Gwynedd Carers Forum",
         "Commissioning Manager", "Q4 2025/26", "Green", "First Forum session held in Dolgellau on 9 September."),
    ]),
    ("Recommendation 3: Increase the availability of short breaks for carers, particularly in Dwyfor and "
     "Meirionnydd.", [
        ("3.1", "Pilot a flexible short break (seibiant) voucher scheme in Dwyfor and Meirionnydd",
         "Assistant Head – Provider Services", "31/03/2026", "Amber",
         "Provider market testing complete; fewer providers than expected in south Meirionnydd."),
        ("3.2", "Report take-up of short breaks by area to the Care Scrutiny Committee", 
         "Head of Adults, Health and Well-being Department", "Six-monthly", "Green",
         "First report included in this item (Appendix 2)."),
    ]),
    ("Recommendation 4: Ensure that young carers are identified and supported in every school in Gwynedd.", [
        ("4.1", "Extend the Young Carers ID card scheme to every secondary and all-through school",
         "Llinos Hughes and Gethin Parry", "July 2025", "Blue", "All 14 schools signed up."),
        ("4.2", "Identify and train a named young carers lead in each school through the Education Department’s "
                "safeguarding network", "Education Safeguarding Officer", "Summer term 2026", "Red",
         "Not yet started – post vacant until November 2025."),
    ]),
]
DOCX_FILL = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def build_gwynedd():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CYNGOR GWYNEDD")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph("Pwyllgor Craffu Gofal – Care Scrutiny Committee")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(GWY_TITLE, level=1)
    doc.add_paragraph("Meeting date: 16 October 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Cabinet Member", "Cabinet Member for Adults, Health and Well-being"),
                 ("Investigation members", "Cllr A. Jones (Chair), Cllr H. Rowlands, Cllr E. Morris, "
                                           "Cllr S. Prys"),
                 ("Investigation report accepted by Cabinet", "11 March 2025"),
                 ("Report author", "Scrutiny Advisor")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "1. Purpose: to report progress on the actions agreed by the Cabinet Member in response to the "
        "recommendations of the scrutiny investigation into support for unpaid carers, which reported to the "
        "Care Scrutiny Committee in January 2025.")
    doc.add_paragraph("2. RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [("Blue", "Completed"), ("Green", "On track"),
                          ("Amber", "Some slippage – will be completed later than planned"),
                          ("Red", "Off track – needs the Cabinet Member’s attention")]:
        row = key.add_row().cells
        row[0].text = word
        shade(row[0], DOCX_FILL[word])
        row[1].text = meaning
    doc.add_paragraph()
    doc.add_heading("3. Progress against the recommendations", level=2)

    main = doc.add_table(rows=1, cols=6)
    main.style = "Table Grid"
    hdr = ["Ref", "Action agreed by the Cabinet Member", "Lead officer", "Target date", "RAG",
           "Progress / Cynnydd (October 2025)"]
    for c, h in zip(main.rows[0].cells, hdr):
        bold_cell(c, h)
        shade(c, "D9D9D9")
    for rec, acts in GWY_RECS:
        row = main.add_row()
        merged = row.cells[0].merge(row.cells[5])
        bold_cell(merged, rec)
        shade(merged, "DEEAF6")
        for (ref, text, lead, target, rag, upd) in acts:
            cells = main.add_row().cells
            for c, v in zip(cells, [ref, text, lead, target, rag, upd]):
                c.text = v
            shade(cells[4], DOCX_FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("Progress updates provided by the Adults, Health and Well-being Department and the "
                      "Education Department, October 2025.")
    doc.add_paragraph("Contact: Craffu@gwynedd.llyw.cymru")
    doc.save(out("zqu-cyngor-gwynedd-care-scrutiny-investigation-recommendations-tracker.docx"))


# ---------------------------------------------------------------------------
# 3. Derby and Derbyshire SCP - LCSPR action plan / summary of progress (csv)
# ---------------------------------------------------------------------------
DDSCP_TITLE = "Local Child Safeguarding Practice Review – Ellis (EDS23)"
DDSCP_RECS = [
    ("Recommendation 1: DDSCP partners should be assured that practitioners understand and use the Graded Care "
     "Profile 2 (GCP2) when neglect is suspected.", [
        ("1.1", "Refresh the multi-agency GCP2 training offer and deliver at least four sessions across Derby and "
                "Derbyshire", "DDSCP Learning and Development Manager", "31/03/2025", "Complete",
         "Five sessions delivered (Jan–Mar 2025), 138 practitioners trained."),
        ("1.2", "Multi-agency audit of a sample of neglect cases to test the use of GCP2 in Child in Need and Child "
                "Protection plans", "Chair, DDSCP Quality Assurance Sub Group", "Q3 2025/26", "Green",
         "Audit tool agreed; case sample drawn (20 cases: 10 city, 10 county)."),
    ]),
    ("Recommendation 2: Agencies should strengthen how the voice and daily lived experience of pre-verbal and "
     "non-verbal children is recorded.", [
        ("2.1", "Update single-agency recording guidance to include:\na) observation of the child’s presentation and "
                "interactions;\nb) what daily life is like for the child.",
         "Head of Safeguarding, Derby City Council; Head of Safeguarding, Derbyshire County Council",
         "June 2025", "Complete",
         "Guidance updated in both authorities.\nPractice week held 16–20 June 2025."),
        ("2.2", "Health visiting and school nursing to audit the use of ‘day in the life’ tools for children under "
                "two", "Designated Nurse Safeguarding Children (NHS Derby and Derbyshire ICB)",
         "By 31 December 2025", "Amber",
         "Audit delayed by health visiting vacancies in the north of the county; now planned for November."),
    ]),
    ("Recommendation 3: Information about fathers and other significant males in the household should be sought "
     "and shared at every stage of contact with the family.", [
        ("3.1", "Launch the ‘Seen and Heard – Dads and Partners’ practice guidance and seven-minute briefing",
         "DDSCP Business Manager", "April 2025", "Complete", "Launched at the DDSCP conference, 10 April 2025."),
        ("3.2", "Derbyshire Constabulary to include checks on all adults in the household as standard in the "
                "information shared for strategy discussions", "Detective Chief Inspector, Public Protection",
         "Q2 2025/26", "Green", "Process change in place from August; dip sample booked for October."),
        ("3.3", "Midwifery services to record the details of the father or partner at booking and at each antenatal "
                "contact", "Named Midwife Safeguarding (UHDB) & Named Midwife Safeguarding (CRH)", "Ongoing",
         "Green", "Mandatory field added to both maternity record systems."),
    ]),
    ("Recommendation 4: The DDSCP should seek assurance that escalation and professional challenge are used when "
     "agencies disagree about risk.", [
        ("4.1", "Relaunch the Resolving Professional Differences (escalation) procedure with a seven-minute "
                "briefing and a practitioner survey", "DDSCP Business Manager", "Sept 2025", "Red",
         "Survey not issued – awaiting the revised procedure from the Policy and Procedures Sub Group."),
    ]),
]


def build_ddscp():
    ncol = 7
    pad = lambda first: [first] + [""] * (ncol - 1)
    rows = [pad("Derby and Derbyshire Safeguarding Children Partnership (DDSCP)"),
            pad(DDSCP_TITLE),
            pad("Multi-agency action plan and summary of progress – position at 30 September 2025"),
            pad(""),
            ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG", "Summary of progress"]]
    counts = {}
    for rec, acts in DDSCP_RECS:
        for i, (ref, text, lead, target, rag, upd) in enumerate(acts):
            rows.append([ref, rec if i == 0 else "", text, lead, target, rag, upd])
            counts[rag] = counts.get(rag, 0) + 1
    rows.append(pad(""))
    rows.append(pad("RAG key: Complete = action completed and evidence received; Green = on track; "
                    "Amber = some slippage; Red = off track"))
    total = sum(counts.values())
    rows.append(pad(f"Summary: {total} actions – {counts.get('Complete', 0)} complete, {counts.get('Green', 0)} "
                    f"green, {counts.get('Amber', 0)} amber, {counts.get('Red', 0)} red"))
    with open(out("zqu-derby-and-derbyshire-scp-lcspr-ellis-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 4. Carmarthenshire JICPA multi-agency improvement plan - typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
CARMS_TITLE = "Joint Inspection of Child Protection Arrangements (JICPA) – Carmarthenshire"
CARMS_AREAS = [
    ("Strategy discussions are not consistently held with all relevant partners, and health attendance "
     "is variable.", [
        ("1", "Agree a minimum standard for health participation in strategy discussions and include it in the "
              "local Wales Safeguarding Procedures guidance", "Hywel Dda University Health Board",
         "Head of Safeguarding", "November 2025", "G"),
        ("2", "Introduce a monthly multi-agency dip sample of strategy discussion records",
         "Carmarthenshire County Council", "Principal Officer, Safeguarding and Quality Assurance",
         "December 2025", "A"),
    ]),
    ("Information sharing between the police and children’s services at the front door is not always "
     "timely.", [
        ("3", "Place a police triage officer within the Information, Advice and Assistance (IAA) team three days "
              "a week", "Dyfed-Powys Police", "Detective Inspector, Central Referral Unit", "Setpember 2025", "A"),
        ("4", "Agree a shared timescale for PPN (Public Protection Notice) triage and monitor it monthly",
         "Dyfed-Powys Police / Carmarthenshire County Council", "DI Central Referral Unit / IAA Team Manager",
         "October 2025", "G"),
    ]),
    ("Referrers are not consistently told the outcome of their referral.", [
        ("5", "Send an outcome letter or email to every professional referrer within 7 working days",
         "Carmarthenshire County Council", "IAA Team Manager", "October 2025", "B"),
        ("6", "Audit referrer feedback across education, health and police", "CYSUR Quality Assurance Sub Group",
         "Sub Group Chair", "March 2026", "G"),
    ]),
    ("The voice of the child is not always evident in Care and Support Protection Plans (CASPP).", [
        ("7", "Revise the CASPP template so that each plan opens with the child’s own words or an observation of "
              "the child", "Carmarthenshire County Council", "Head of Children’s Services", "January 2026", "G"),
        ("8", "Deliver ‘Child’s World’ training to conference chairs and core group members",
         "CYSUR", "Regional Safeguarding Board Business Manager", "Ongoing", "A"),
    ]),
]
CARMS_TYPO_ROW = None  # set by build_carms


def build_carms():
    global CARMS_TYPO_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = CARMS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Multi-agency Improvement Plan – CYSUR Mid and West Wales Regional Safeguarding Board"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Inspection: 3–7 February 2025.  Report published: 15 May 2025.  "
                "Plan agreed by CYSUR Board: 10 July 2025.")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    headers = ["No.", "Area for improvement (inspection report)", "Action", "Lead agency", "Lead officer",
               "Timescale", "RAG", "Update (September 2025)"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    updates = {
        "1": "Draft standard shared with the Health Board’s safeguarding group.",
        "2": "First two dip samples completed; third delayed by staff leave.",
        "3": "Officer identified; IT access being arranged.",
        "4": "Timescale agreed (24 hours for high-risk PPNs); monitoring report in development.",
        "5": "Outcome template in use since 1 September 2025.",
        "6": "Audit tool agreed at the Sub Group in August.",
        "7": "Template redesigned with young people from Carmarthenshire Youth Council.",
        "8": "Two sessions delivered; further dates set for 2026.",
    }
    for area, acts in CARMS_AREAS:
        start = r
        for (no, text, agency, officer, when, rag) in acts:
            vals = [no, area if r == start else None, text, agency, officer, when, rag, updates[no]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=7).fill = fill(rag)
            if when == "Setpember 2025":
                CARMS_TYPO_ROW = r
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    widths = [6, 40, 55, 30, 32, 14, 7, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    key = wb.create_sheet("Key and sign-off")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                ("R", "Off track")]):
        c = key.cell(row=2 + i, column=1, value=k)
        c.fill = fill(k)
        key.cell(row=2 + i, column=2, value=m)
    key["A8"] = "Sign-off"
    key["A8"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Carmarthenshire County Council", "Director of Social Services"),
                                ("Dyfed-Powys Police", "Assistant Chief Constable"),
                                ("Hywel Dda University Health Board", "Director of Nursing"),
                                ("CYSUR Regional Safeguarding Board", "Chair")]):
        key.cell(row=9 + i, column=1, value=a)
        key.cell(row=9 + i, column=2, value=b)
    key.column_dimensions["A"].width = 36
    key.column_dimensions["B"].width = 30
    wb.save(out("zqu-carmarthenshire-jicpa-multi-agency-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 5. Barnsley Council - fostering service development plan 2025-26 (txt, tab-separated)
# ---------------------------------------------------------------------------
BARN_TITLE = "Fostering Service Development Plan 2025-26"
BARN_PRIORITIES = [
    ("Priority 1: Recruit more Barnsley foster carers for Barnsley children", [
        ("1.1", "Deliver the 2025-26 recruitment campaign with the Yorkshire and Humber fostering recruitment hub, "
                "aiming for 30 new mainstream fostering households", "Fostering Recruitment Team Manager",
         "Mar-26", "A", "19 households in assessment; 6 approved at panel since April."),
        ("1.2", "Run information events in each of the six Area Council areas, including one evening event a month",
         "Marketing and Communications Officer / Fostering Recruitment Team Manager", "Monthly", "G",
         "Events held in Dearne, Penistone and Central; 41 attendees."),
        ("1.3", "Reduce the average time from first enquiry to approval at panel to under 8 months",
         "Fostering Recruitment Team Manager", "End of March 2026", "A",
         "Currently 9.4 months; medicals and references remain the main delay."),
    ]),
    ("Priority 2: Support and keep our foster carers", [
        ("2.1", "Launch a second Mockingbird constellation, with a hub home in the Dearne area",
         "Service Manager - Fostering and Kinship", "Jan-26", "G", "Hub carer approved in September."),
        ("2.2", "Review foster carer fees and allowances and take options to Cabinet",
         "Head of Service, Children in Care", "Dec-25", "A",
         "Benchmarking with South Yorkshire authorities complete; Cabinet report moved to January."),
        ("2.3", "Deliver the foster carer training programme for 2025-26, including trauma-informed practice",
         "Fostering Training and Development Officer", "Mar-26", "G", "11 of 18 courses delivered."),
    ]),
    ("Priority 3: Improve the quality and timeliness of kinship (connected person) assessments", [
        ("3.1", "Present every Regulation 24 temporary approval to panel with a full assessment within 16 weeks",
         "Kinship Team Manager", "Ongoing", "R",
         "4 of 7 within 16 weeks this year. Extra assessor capacity agreed from November."),
        ("3.2", "Introduce the new kinship assessment template and practice guidance",
         "Kinship Team Manager / Principal Social Worker", "Jul-25", "B", "In use since July 2025."),
    ]),
    ("Priority 4: Strengthen the fostering panel and quality assurance", [
        ("4.1", "Recruit two new independent panel members, including a care-experienced young adult",
         "Panel Adviser", "30/11/2025", "", "Not started - advert drafted."),
    ]),
]


def build_barnsley():
    lines = ["Barnsley Metropolitan Borough Council",
             BARN_TITLE,
             "Appendix 2 to the Fostering Service Annual Report 2024-25 (Corporate Parenting Panel, 4 November 2025)",
             "Status as at 31 October 2025",
             "",
             "\t".join(["Priority", "Ref", "Action", "Lead", "By when", "RAG", "Comments"])]
    counts = {}
    for pri, acts in BARN_PRIORITIES:
        lines.append(pri + "\t" * 6)
        for (ref, text, lead, when, rag, com) in acts:
            lines.append("\t".join(["", ref, text, lead, when, rag, com]))
            counts[rag or "blank"] = counts.get(rag or "blank", 0) + 1
    lines.append("")
    lines.append("RAG key: B = complete; G = on track; A = some slippage; R = off track; blank = not yet started")
    n = sum(counts.values())
    lines.append(f"Summary: {n} actions - B {counts.get('B', 0)}, G {counts.get('G', 0)}, A {counts.get('A', 0)}, "
                 f"R {counts.get('R', 0)}, not started {counts.get('blank', 0)}")
    with open(out("zqu-barnsley-council-fostering-service-development-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. One Adoption North and Humber - RAA service development plan 2025-26 (docx)
# ---------------------------------------------------------------------------
OANH_TITLE = "Service Development Plan 2025–26"
OANH_PRIORITIES = [
    ("Priority 1 – Finding families for children who wait", [
        ("1.1", "Refresh the adopter recruitment strategy, focusing on adopters for brothers and sisters, older "
                "children and children with additional needs", "Recruitment and Assessment Team Manager",
         "Q3 2025/26", "G", "Strategy drafted; adopter focus group held in September."),
        ("1.2", "Hold two Adoption Activity Days with Adoption England partners", "Family Finding Team Manager",
         "March 2026", "A", "One day held in June; second day not yet confirmed by the venue."),
        ("1.3", "Reduce the average time between placement order and match to under 200 days", "Head of Service",
         "Ongoing", "G", "Q2 average: 188 days."),
    ]),
    ("Priority 2 – Early permanence", [
        ("2.1", "Complete the early permanence self-assessment against the national practice standards",
         "Early Permanence Lead", "By 30 September 2025", "B", "Self-assessment completed and shared with the Board."),
        ("2.2", "Deliver joint early permanence training for children’s social workers and IROs in all partner "
                "authorities", "Early Permanence Lead / Workforce Development Officer", "December 2025", "G",
         "Four of six sessions delivered."),
    ]),
    ("Priority 3 – Adoption support", [
        ("3.1", "Launch the new adoption support assessment pathway and bring the wait for an assessment below "
                "12 weeks", "Adoption Support Team Manager", "January 2026", "R",
         "Waiting list has risen to 17 weeks because of two vacancies; recovery plan agreed."),
        ("3.2", "Co-produce the adoption support offer with adopters and adopted young people",
         "Participation Officer", "Q4 2025/26", "A", "Young people’s group re-started in October."),
    ]),
    ("Priority 4 – Workforce and practice quality", [
        ("4.1", "Carry out case file audits against the practice quality assurance framework",
         "Practice Development Manager", "Quarterly", "G", "Q1 and Q2 audits completed."),
        ("4.2", "Run the annual staff survey and share an action plan with the team", "Head of Service",
         "November 2025", "", "Survey to open in November."),
    ]),
]


def build_oanh():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("One Adoption North and Humber")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(OANH_TITLE, level=1)
    doc.add_paragraph("Regional Adoption Agency – progress at Quarter 2 (July to September 2025)")

    doc.add_paragraph("Document control")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Date", "14/10/2025"), ("Owner", "Head of Service"),
                 ("Approved by", "One Adoption North and Humber Partnership Board, 22 May 2025"),
                 ("Next review", "April 2026")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, meaning in [("B", "Complete"), ("G", "On track"), ("A", "Some delay – recovery plan in place"),
                       ("R", "Off track")]:
        row = key.add_row().cells
        shade(row[0], FILL[k])
        row[1].text = meaning
    doc.add_paragraph("No colour: not yet started.")
    for pri, acts in OANH_PRIORITIES:
        doc.add_heading(pri, level=2)
        tab = doc.add_table(rows=1, cols=6)
        tab.style = "Table Grid"
        for c, h in zip(tab.rows[0].cells, ["Ref", "What we will do", "Lead", "Timescale", "Progress at Q2",
                                            "RAG"]):
            bold_cell(c, h)
            shade(c, "D9D9D9")
        for (ref, text, lead, when, rag, prog) in acts:
            cells = tab.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, prog, ""]):
                c.text = v
            if rag:
                shade(cells[5], FILL[rag])
        doc.add_paragraph()
    doc.add_paragraph("Progress is reported to the Partnership Board each quarter.")
    doc.save(out("zqu-one-adoption-north-and-humber-raa-service-development-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 7. Blackpool Council - Ofsted monitoring visit action plan 2022 (xlsx)
# ---------------------------------------------------------------------------
BLK_TITLE = "Ofsted Monitoring Visit 8 and 9 March 2022 – Action Plan"
# theme -> [(area, [(no, action, lead, original, revised, prev, curr, evidence)])]
BLK_THEMES = [
    ("Theme 1: Front door and early decision-making", [
        ("1. Management oversight of contacts and referrals in the MASH is not always timely or clearly "
         "recorded.", [
            ("1.1", "Introduce a daily MASH manager ‘RAG meeting’ to review all contacts over 24 hours old",
             "JT", d(2022, 4, 30), None, "Green", "Complete",
             "In place from 19 April 2022; contacts over 24 hours reduced from 41 to 6."),
            ("1.2", "Revise the MASH management decision template so the rationale and next steps are always "
                    "recorded", "JT / CW", d(2022, 5, 31), d(2022, 7, 31), "Amber", "Complete",
             "Template live in Mosaic from 25 July 2022."),
        ]),
        ("2. Strategy discussions do not always include all relevant partners, particularly health and "
         "education.", [
            ("2.1", "Agree with partners a standard for attendance at strategy discussions and report compliance "
                    "to the Safeguarding Partnership", "Blackpool Safeguarding Partnership Business Manager",
             d(2022, 6, 30), d(2022, 9, 30), "Amber", "Green",
             "Standard agreed at the Partnership Executive in August; first compliance report due October."),
            ("2.2", "Monthly audit of 10 strategy discussions, with findings reported to the Improvement Board",
             "RM", d(2022, 12, 31), None, "Green", "Green", "Audits completed May–August."),
        ]),
    ]),
    ("Theme 2: Assessment and planning", [
        ("3. Child protection plans are not always specific about what needs to change, by whom and by "
         "when.", [
            ("3.1", "Relaunch the SMART child protection plan template and practice guidance", "AH",
             d(2022, 5, 31), None, "Green", "Complete", "Relaunched at the practice week, May 2022."),
            ("3.2", "Practice workshops for all child protection social workers on writing outcome-focused plans",
             "Principal Social Worker", d(2022, 7, 31), d(2022, 10, 31), "Red", "Amber",
             "Four of seven workshops delivered; remaining dates set for October."),
            ("3.3", "Child protection chairs to quality assure every plan at review and escalate where it is not "
                    "specific", "Head of Safeguarding and Quality Assurance", d(2022, 6, 30), None, "Green", "Green",
             "Quality assurance form in use; 12 escalations since June."),
        ]),
        ("4. Initial child protection conferences are not always held within 15 working days.", [
            ("4.1", "Increase conference chair capacity by appointing an additional fixed-term chair", "AH",
             d(2022, 6, 30), None, "Amber", "Complete", "Fixed-term chair started 4 July 2022."),
            ("4.2", "Weekly timeliness report for initial conferences to be reviewed by the Head of Service",
             "RM / AH", d(2022, 4, 30), None, "Green", "Green",
             "Timeliness 91% in August (March: 68%)."),
        ]),
    ]),
    ("Theme 3: Workforce and supervision", [
        ("5. Supervision is not always regular or reflective enough to help social workers progress "
         "children’s plans.", [
            ("5.1", "Implement the revised supervision policy and audit supervision records each quarter",
             "Principal Social Worker", d(2023, 3, 31), None, "Red", "Red",
             "Policy approved; first quarterly audit showed 64% of supervisions within timescale."),
        ]),
    ]),
]
BLK_FILL = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}


def build_blackpool():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Blackpool Council – Children’s Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BLK_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Focus of the visit: children in need of help and protection, including the front door (MASH) and "
                "child protection planning.")
    ws["A4"] = "Updated for the Children’s Improvement Board, 27 September 2022"
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    headers = ["Area for development (Ofsted letter, April 2022)", "No.", "Action", "Lead",
               "Original target date", "Revised target date", "Previous RAG (June 2022)",
               "Current RAG (Sept 2022)", "Evidence / progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for theme, areas in BLK_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for area, acts in areas:
            start = r
            for (no, text, lead, orig, rev, prev, curr, ev) in acts:
                vals = [area if r == start else None, no, text, lead, orig, rev, prev, curr, ev]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(BLK_FILL[prev])
                ws.cell(row=r, column=8).fill = fill(BLK_FILL[curr])
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions shown as Complete will be closed by the Improvement Board and "
                                   "removed from the next version of the plan.")
    widths = [42, 6, 55, 22, 12, 12, 11, 11, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A7"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary – current RAG (September 2022)"
    s["A1"].font = Font(bold=True)
    allcurr = [a[6] for _, areas in BLK_THEMES for _, acts in areas for a in acts]
    for i, k in enumerate(["Complete", "Green", "Amber", "Red"]):
        c = s.cell(row=3 + i, column=1, value=k)
        c.fill = fill(BLK_FILL[k])
        s.cell(row=3 + i, column=2, value=allcurr.count(k))
    s.cell(row=7, column=1, value="Total").font = Font(bold=True)
    s.cell(row=7, column=2, value=len(allcurr)).font = Font(bold=True)
    s["A10"] = "Lead officer key"
    s["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("AH", "Head of Service, Safeguarding and Conferences"),
                                ("CW", "MASH Practice Lead"),
                                ("JT", "Team Manager, MASH"),
                                ("RM", "Head of Service, Children’s Social Care")]):
        s.cell(row=11 + i, column=1, value=k)
        s.cell(row=11 + i, column=2, value=v)
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 48

    v = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1.0", "22/04/2022", "Plan agreed following the monitoring visit letter"),
                             ("1.1", "28/06/2022", "June Improvement Board update"),
                             ("1.2", "27/09/2022", "September Improvement Board update; revised dates added")]):
        for j, val in enumerate(row):
            v.cell(row=1 + i, column=1 + j, value=val)
    v.column_dimensions["C"].width = 60
    wb.save(out("zqu-blackpool-council-ofsted-monitoring-visit-action-plan-2022.xlsx"))


def main():
    build_col()
    build_gwynedd()
    build_ddscp()
    build_carms()
    build_barnsley()
    build_oanh()
    build_blackpool()
    print("typo row (Carmarthenshire):", CARMS_TYPO_ROW)


if __name__ == "__main__":
    main()
