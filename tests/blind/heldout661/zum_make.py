#!/usr/bin/env python3
"""Build the seven zum- blind test files (set heldout661).

Run with /work/main/.venv/bin/python zum_make.py  (needs openpyxl and python-docx).
Each action record carries the raw cell values written to the file and, next to
them, the reading a person makes of it (x_* keys) that the .expected.yaml files hold.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "lilac": "E4DFEC",
    "teal": "DAEEF3",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def shade(cell, hexcol):
    """Background shading for a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 1. Gateshead Council - overview and scrutiny review recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
GATESHEAD_FILE = "zum-gateshead-council-overview-scrutiny-recommendations-tracker.xlsx"
GATESHEAD_TITLE = "Gateshead Council – Overview and Scrutiny Review Recommendations Tracker 2024/25"
GATESHEAD_REVIEWS = [
    (
        "Care, Health and Wellbeing OSC – Review of Tackling Loneliness and Social Isolation in Later Life (2023/24)",
        [
            dict(ref="1",
                 rec="That a single directory of community activities for older people is developed with partners and promoted through libraries, GP practices and the Council’s website.",
                 resp="Agreed",
                 action="Work with Connected Voice and the community hubs to build the directory on the Live Well Gateshead platform; launch it and promote it through libraries and GP practice screens.",
                 lead="Service Director, Adult Social Care",
                 target="September 2024", revised="",
                 progress="Directory live since 2 September 2024 with 412 activities listed. Promotion through GP practice screens agreed with the primary care networks.",
                 rag="blue",
                 x_lead=["Service Director, Adult Social Care"], x_end="2024-09"),
            dict(ref="2",
                 rec="That loneliness and social isolation are recorded as part of every Care Act assessment and review.",
                 resp="Agreed",
                 action="Amend the assessment and review templates in the adult social care case management system and brief all assessment staff on their use.",
                 lead="Principal Social Worker (Adults)",
                 target="Dec 2024", revised="May 2025",
                 progress="Template change held back by the system upgrade; staff briefings delivered in November 2024. New go-live date agreed with the supplier.",
                 rag="amber",
                 x_lead=["Principal Social Worker (Adults)"], x_end="2025-05"),
            dict(ref="3",
                 rec="That the Council explores a ‘Good Neighbours’ befriending scheme in the three localities with the highest proportion of older people living alone.",
                 resp="Partly agreed – subject to external funding",
                 action="Scope a befriending model with voluntary sector partners and report options and costs to Cabinet.",
                 lead="Strategic Lead, Communities and Volunteering",
                 target="March 2025", revised="",
                 progress="Options appraisal drafted with three voluntary sector partners; National Lottery bid in preparation.",
                 rag="green",
                 x_lead=["Strategic Lead, Communities and Volunteering"], x_end="2025-03"),
        ],
    ),
    (
        "Corporate Resources OSC – Review of Digital Inclusion (2023/24)",
        [
            dict(ref="1",
                 rec="That a Digital Inclusion Plan with measurable targets is produced and reported to this Committee annually.",
                 resp="Agreed",
                 action="Draft a Digital Inclusion Plan 2025–2028, consult residents and partners, and seek Cabinet approval.",
                 lead="Service Director, Customer Experience and Digital",
                 target="31/03/2025", revised="",
                 progress="Consultation closed 17 January 2025 (286 responses). Plan scheduled for Cabinet on 18 March 2025.",
                 rag="green",
                 x_lead=["Service Director, Customer Experience and Digital"], x_end="2025-03"),
            dict(ref="2",
                 rec="That free public Wi-Fi and the device loan scheme are extended to every library and customer service point.",
                 resp="Agreed",
                 action="Extend the device loan scheme from 4 to all 10 libraries.\nSecure external funding for 150 additional devices.",
                 lead="Libraries and Heritage Manager",
                 target="Jan 2025", revised="",
                 progress="Funding bid to the Digital Lifeline fund was unsuccessful. Scheme remains at 4 libraries; alternative funding being sought.",
                 rag="red",
                 x_lead=["Libraries and Heritage Manager"], x_end="2025-01"),
            dict(ref="3",
                 rec="That staff in frontline services are trained as ‘digital champions’ to help residents get online.",
                 resp="Agreed",
                 action="Recruit and train 60 digital champions across Customer Services, Housing and Libraries.",
                 lead="Workforce Development Manager / Customer Services Manager",
                 target="June 2025", revised="",
                 progress="38 champions trained so far; further cohorts booked for February and April.",
                 rag="green",
                 x_lead=["Workforce Development Manager", "Customer Services Manager"], x_end="2025-06"),
        ],
    ),
    (
        "Housing, Environment and Healthy Communities OSC – Review of Damp and Mould in Council Homes (2024/25)",
        [
            dict(ref="1",
                 rec="That a proactive survey is carried out of council homes at higher risk of damp and mould.",
                 resp="Agreed",
                 action="Complete stock condition surveys of the 2,500 higher-risk properties identified through the damp and mould risk model.",
                 lead="Service Director, Repairs and Maintenance",
                 target="Q4 2024/25", revised="",
                 progress="1,610 of 2,500 surveys completed. Surveyor vacancies are slowing progress; agency cover approved in January.",
                 rag="amber",
                 x_lead=["Service Director, Repairs and Maintenance"], x_end="2025-03"),
            dict(ref="2",
                 rec="That every tenant reporting damp and mould receives an inspection within 10 working days.",
                 resp="Agreed",
                 action="Introduce a dedicated damp and mould triage team and track 10-day inspection performance monthly.",
                 lead="Housing Services Manager",
                 target="November 2024", revised="",
                 progress="Triage team in place from 4 November 2024; 94% of inspections within 10 working days in December.",
                 rag="blue",
                 x_lead=["Housing Services Manager"], x_end="2024-11"),
            dict(ref="3",
                 rec="That Members receive regular updates on damp and mould cases and performance.",
                 resp="Agreed",
                 action="Add damp and mould measures to the six-monthly Performance Management and Improvement Framework report to this Committee.",
                 lead="Policy and Improvement Manager",
                 target="Six-monthly", revised="",
                 progress="Measures included in the six-month report considered in November 2024.",
                 rag="green",
                 x_lead=["Policy and Improvement Manager"], x_end=None, x_end_text="Six-monthly"),
            dict(ref="4",
                 rec="That tenants are given clear, practical advice on ventilation and heating their homes.",
                 resp="Agreed",
                 action="Refresh the tenant advice leaflet and web pages, co-produced with the Tenant Panel.",
                 lead="Tenant Engagement Manager",
                 target="July 2025", revised="",
                 progress="Not yet started – scheduled to begin after the Tenant Panel meeting in April 2025.",
                 rag=None,
                 x_lead=["Tenant Engagement Manager"], x_end="2025-07"),
        ],
    ),
]


def build_gateshead():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = GATESHEAD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025. Report to Corporate Resources Overview and Scrutiny Committee, 10 March 2025."
    heads = ["Review", "Recommendations", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.border = BOX
    r = 5
    tot = [0] * 6
    for review, recs in GATESHEAD_REVIEWS:
        counts = [len(recs)] + [sum(1 for x in recs if x["rag"] == k) for k in ("blue", "green", "amber", "red", None)]
        ws.cell(row=r, column=1, value=review).alignment = WRAP
        for c, v in enumerate(counts, 2):
            ws.cell(row=r, column=c, value=v)
        for c in range(1, 8):
            ws.cell(row=r, column=c).border = BOX
        tot = [a + b for a, b in zip(tot, counts)]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        ws.cell(row=r, column=c, value=v).font = Font(bold=True)
    for c in range(1, 8):
        ws.cell(row=r, column=c).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [
        ("blue", "Complete – action delivered"),
        ("green", "On track to meet the target date"),
        ("amber", "Some slippage – revised date agreed or action in hand"),
        ("red", "Off track – Committee attention required"),
        (None, "No colour – not yet started"),
    ]
    for col, text in key:
        r += 1
        if col:
            ws.cell(row=r, column=1).fill = fill(FILL[col])
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=text)
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = GATESHEAD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Recommendations agreed by Cabinet and monitored by the relevant Overview and Scrutiny Committee. Position as at 31 January 2025."
    heads = ["Rec No.", "Recommendation", "Cabinet response", "Action to be taken", "Responsible officer",
             "Target date", "Revised target date", "Progress update (January 2025)", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for review, recs in GATESHEAD_REVIEWS:
        ws.cell(row=r, column=1, value=review).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(FILL["grey"])
        r += 1
        for x in recs:
            vals = [x["ref"], x["rec"], x["resp"], x["action"], x["lead"], x["target"], x["revised"] or None,
                    x["progress"], None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if x["rag"]:
                ws.cell(row=r, column=9).fill = fill(FILL[x["rag"]])
            r += 1
    for col, w in zip("ABCDEFGHI", (8, 45, 18, 45, 28, 13, 13, 50, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, GATESHEAD_FILE))


# ---------------------------------------------------------------------------
# 2. Halton Youth Justice Service - HMI Probation inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HALTON_FILE = "zum-halton-youth-justice-service-hmip-inspection-improvement-plan.docx"
HALTON_TITLE = "Halton Youth Justice Service – Post-Inspection Improvement Plan"
HALTON_SECTIONS = [
    (
        "1. Recommendations to the Halton Youth Justice Partnership Board",
        [
            (
                "Recommendation 1: make sure that board members understand the needs of children known to the service, and use this understanding to shape the services provided",
                [
                    dict(ref="1.1",
                         action="Deliver a board development session on the profile and needs of children open to the YJS, using the quarterly needs analysis.",
                         lead="YJS Head of Service", due="October 2024",
                         progress="Session held 17 October 2024; needs analysis now a standing item at each Board meeting.",
                         rag="B", x_lead=["YJS Head of Service"], x_end="2024-10"),
                    dict(ref="1.2",
                         action="Each statutory partner to report to the Board on how its agency is meeting the identified needs of children open to the YJS.",
                         lead="Chair of the Youth Justice Partnership Board", due="March 2025",
                         progress="Health and Education reports received in January 2025; Police and Probation reports due at the March Board.",
                         rag="G", x_lead=["Chair of the Youth Justice Partnership Board"], x_end="2025-03"),
                ],
            ),
            (
                "Recommendation 2: make sure that disproportionality and the over-representation of particular groups of children are analysed and addressed",
                [
                    dict(ref="2.1",
                         action="Produce a disproportionality dashboard covering ethnicity, children in care and children with SEND, reported to the Board each quarter.",
                         lead="Performance and Information Officer", due="31/12/2024",
                         progress="Dashboard drafted; SEND data-sharing agreement with Education still awaited.",
                         rag="A", x_lead=["Performance and Information Officer"], x_end="2024-12"),
                    dict(ref="2.2",
                         action="Complete a deep-dive audit of children in care who are open to the YJS and agree a joint action plan with Children’s Social Care.",
                         lead="YJS Team Manager & Head of Service, Children in Care", due="End of January 2025",
                         progress="Audit of 14 cases completed; joint action plan to be signed off at the February Board.",
                         rag="G", x_lead=["YJS Team Manager", "Head of Service, Children in Care"], x_end="2025-01"),
                ],
            ),
        ],
    ),
    (
        "2. Recommendations to the Halton Youth Justice Service Head of Service",
        [
            (
                "Recommendation 3: improve the quality of assessment and planning to keep other people safe",
                [
                    dict(ref="3.1",
                         action="Deliver ‘Risk and Safety’ practice training to all case managers, followed by monthly practice clinics.\nAudit 20 cases three months after the training to measure its impact.",
                         lead="YJS Practice Manager", due="Feb 2025",
                         progress="Training delivered to 11 of 12 case managers; first two practice clinics held.",
                         rag="G", x_lead=["YJS Practice Manager"], x_end="2025-02"),
                    dict(ref="3.2",
                         action="Introduce a management oversight checklist for every case assessed as high or very high risk of serious harm.",
                         lead="YJS Team Manager", due="September 2024",
                         progress="Checklist in use since 2 September 2024 and built into the case management system.",
                         rag="B", x_lead=["YJS Team Manager"], x_end="2024-09"),
                ],
            ),
            (
                "Recommendation 4: make sure that children’s health needs, including speech, language and communication needs, are identified and met",
                [
                    dict(ref="4.1",
                         action="Screen every child entering the service for speech, language and communication needs using the agreed screening tool.",
                         lead="YJS Health Practitioner / Speech and Language Therapist", due="Ongoing – quarterly audit",
                         progress="Screening rate 88% in Q3; audit of quality due in April.",
                         rag="G", x_lead=["YJS Health Practitioner", "Speech and Language Therapist"], x_end=None,
                         x_end_text="Ongoing – quarterly audit"),
                    dict(ref="4.2",
                         action="Agree a pathway with CAMHS for timely emotional and mental health assessments of children open to the YJS.",
                         lead="CAMHS Service Manager", due="April 2025",
                         progress="Draft pathway shared; CAMHS capacity for a dedicated practitioner not yet confirmed.",
                         rag="A", x_lead=["CAMHS Service Manager"], x_end="2025-04"),
                ],
            ),
        ],
    ),
    (
        "3. Recommendation to Cheshire Constabulary",
        [
            (
                "Recommendation 5: review the joint decision-making arrangements for out-of-court disposals so that decisions are timely and clearly recorded",
                [
                    dict(ref="5.1",
                         action="Revise the out-of-court disposal protocol with the YJS, including timescales for joint decision-making and recording of the rationale.",
                         lead="Detective Inspector, Youth Justice and Diversion", due="Q4 2024/25",
                         progress="Revised protocol delayed by the force-wide review of out-of-court resolutions; escalated to the Board.",
                         rag="R", x_lead=["Detective Inspector, Youth Justice and Diversion"], x_end="2025-03"),
                ],
            ),
        ],
    ),
]
RAGFILL_LETTER = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def build_halton():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(HALTON_TITLE, level=1)
    doc.add_paragraph("Response to the HM Inspectorate of Probation inspection of youth justice services in Halton")
    doc.add_paragraph("Inspection fieldwork: 3 to 7 June 2024    Report published: 12 September 2024    Overall rating: Requires improvement")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        bold_cell(c, h)
    for row in [("0.3", "14/10/2024", "YJS Head of Service", "Draft for Partnership Board"),
                ("1.0", "22/10/2024", "YJS Head of Service", "Youth Justice Partnership Board"),
                ("1.1", "05/02/2025", "Performance and Information Officer", "Progress update – not re-approved")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, text in [("B", "Complete"), ("G", "On track"), ("A", "At risk of not meeting the target date"),
                         ("R", "Off track – escalated to the Partnership Board")]:
        cells = t.add_row().cells
        cells[0].text = letter
        shade(cells[0], FILL[RAGFILL_LETTER[letter]])
        cells[1].text = text

    doc.add_paragraph(
        "The plan responds to the five recommendations in the inspection report. Progress is reviewed by the "
        "Youth Justice Partnership Board at each meeting and reported to HM Inspectorate of Probation on request.")

    for sec, recs in HALTON_SECTIONS:
        doc.add_heading(sec, level=2)
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(top, rec)
            shade(top, FILL["pale"])
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead", "Target date", "Progress update (January 2025)", "RAG"]):
                bold_cell(c, h)
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["due"], a["progress"], a["rag"]]):
                    c.text = v
                shade(cells[5], FILL[RAGFILL_LETTER[a["rag"]]])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["Chair, Youth Justice Partnership Board", "Signed copy held by the YJS", "22/10/2024"]):
        c.text = v
    doc.save(os.path.join(HERE, HALTON_FILE))


# ---------------------------------------------------------------------------
# 3. Liverpool City Council - Ofsted monitoring visit action plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
LIVERPOOL_FILE = "zum-liverpool-city-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"
LIVERPOOL_TITLE = "Liverpool City Council Children’s Services – Ofsted Monitoring Visit 4 (Care Leavers) Action Plan"
LIVERPOOL_AREAS = [
    (
        "1. The quality and timeliness of pathway plans, so that they reflect care leavers’ needs and aspirations",
        [
            dict(no="1.1", action="Re-launch the pathway plan template with care leavers, with a ‘my plan’ section written in the young person’s own words.",
                 owner="Head of Service, Care Leavers", orig="Oct-24", rev="", prev="A", cur="B",
                 ev="New template live 1 October 2024; co-designed with the Care Leavers’ Forum."),
            dict(no="1.2", action="Monthly audit of 10 pathway plans by team managers, moderated by the Quality Assurance Service.",
                 owner="Team Managers, Leaving Care / QA Service Manager", orig="Ongoing", rev="", prev="G", cur="G",
                 ev="July–December audits complete; 62% good or better in December (target 70%)."),
            dict(no="1.3", action="Bring all overdue pathway plan reviews up to date and report timeliness weekly to the DCS.",
                 owner="Head of Service, Care Leavers", orig="Dec-24", rev="Mar-25", prev="R", cur="A",
                 ev="Overdue reviews reduced from 96 to 31."),
        ],
    ),
    (
        "2. Personal adviser caseloads and the frequency of contact with care leavers",
        [
            dict(no="2.1", action="Recruit 6 additional personal advisers to bring average caseloads below 25.",
                 owner="Director of Children’s Social Care", orig="Jan-25", rev="Febuary 2025", prev="R", cur="A",
                 ev="4 of 6 posts filled; two start dates confirmed."),
            dict(no="2.2", action="Introduce a contact standard (at least every 8 weeks, more often for those at risk) and report compliance monthly.",
                 owner="Service Manager, Leaving Care", orig="Nov-24", rev="", prev="A", cur="G",
                 ev="Standard agreed November 2024; compliance 81% in December."),
        ],
    ),
    (
        "3. Suitable accommodation and support for care leavers aged 18 to 25",
        [
            dict(no="3.1", action="Agree a joint housing protocol with Housing Options, including a care leaver priority band.",
                 owner="Assistant Director, Housing / Head of Service, Care Leavers", orig="Mar-25", rev="", prev="A", cur="A",
                 ev="Draft protocol with Housing Options; priority band subject to Cabinet decision."),
            dict(no="3.2", action="Commission 20 additional supported accommodation units for care leavers.",
                 owner="Head of Commissioning, Children’s Services", orig="Jun-25", rev="", prev="G", cur="G",
                 ev="Tender evaluated; contract award January 2025."),
            dict(no="3.3", action="Review every care leaver in unsuitable accommodation and agree an individual move-on plan.",
                 owner="Service Manager, Leaving Care", orig="Dec-24", rev="", prev="A", cur="B",
                 ev="All 23 young people reviewed; move-on plans in place."),
        ],
    ),
]


def build_liverpool():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = LIVERPOOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Visit dates: 18 and 19 June 2024   |   Letter published: 23 July 2024   |   Plan owner: Director of Children’s Services   |   Updated: 10 January 2025"
    heads = ["Area for improvement (Ofsted letter)", "No.", "Action", "Owner", "Original target",
             "Revised target", "Previous RAG", "Current RAG", "Evidence of progress / impact"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    typo_row = None
    for area, acts in LIVERPOOL_AREAS:
        first = r
        ws.cell(row=r, column=1, value=area)
        for a in acts:
            vals = [None, a["no"], a["action"], a["owner"], a["orig"], a["rev"] or None, a["prev"], a["cur"], a["ev"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if c > 1:
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
            for c, k in ((7, "prev"), (8, "cur")):
                ws.cell(row=r, column=c).fill = fill(FILL[RAGFILL_LETTER[a[k]]])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            if "Febuary" in a["rev"]:
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).fill = fill(FILL["lilac"])
    r += 1
    ws.cell(row=r, column=1, value="Next monitoring visit expected: March 2025. Plan reviewed fortnightly at the Children’s Services Improvement Board.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (38, 6, 50, 30, 12, 14, 10, 10, 45)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Key")
    ws2["A1"] = "RAG key"
    ws2["A1"].font = Font(bold=True)
    for i, (letter, text) in enumerate([("B", "Complete and impact evidenced"), ("G", "On track"),
                                        ("A", "Some risk to delivery"), ("R", "Off track")], 2):
        ws2.cell(row=i, column=1, value=letter).fill = fill(FILL[RAGFILL_LETTER[letter]])
        ws2.cell(row=i, column=2, value=text)
    wb.save(os.path.join(HERE, LIVERPOOL_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 4. Adopt Coast to Coast RAA - service improvement plan (xlsx)
# ---------------------------------------------------------------------------
C2C_FILE = "zum-adopt-coast-to-coast-raa-service-improvement-plan.xlsx"
C2C_TITLE = "Adopt Coast to Coast – Regional Adoption Agency Service Improvement Plan 2025–26"
D = dt.datetime
C2C_PRIORITIES = [
    (
        "Priority 1: Adopter recruitment and assessment",
        [
            ("1a. Increase the number of adopters approved for sibling groups and children with additional needs",
             [
                 dict(ref="1.1", action="Run two targeted recruitment campaigns for sibling groups, using adopter stories and the regional information events.",
                      lead="Team Manager – Recruitment & Assessment", spoke="All spokes", start=D(2025, 4, 1), due=D(2025, 11, 30),
                      measure="At least 8 households approved for siblings", q1="Spring campaign ran April–May; 41 enquiries.",
                      q2="Autumn campaign launched 15 September.", rag="Green",
                      x_lead=["Team Manager – Recruitment & Assessment"], x_end="2025-11", x_status="green"),
                 dict(ref="1.2", action="Reduce the average time from registration of interest to approval to under 6 months.",
                      lead="Hewitt, Claire", spoke="Durham", start=D(2025, 4, 1), due=D(2026, 3, 31),
                      measure="Average Stage 1 + Stage 2 time under 182 days", q1="Average 7.4 months.",
                      q2="Average 6.8 months; Stage 2 assessor capacity increased.", rag="Amber",
                      x_lead=["Hewitt, Claire"], x_end="2026-03", x_status="amber"),
             ]),
            ("1b. Improve the adopter experience of the assessment process",
             [
                 dict(ref="1.3", action="Introduce an adopter feedback survey at the end of Stage 1 and Stage 2 and report themes to the Partnership Board.",
                      lead="Quality Assurance Officer", spoke="All spokes", start=D(2025, 4, 1), due=D(2025, 6, 30),
                      measure="Survey in place; response rate above 50%", q1="Survey live from 2 June 2025.",
                      q2="First themes report to the Board in October.", rag="Complete",
                      x_lead=["Quality Assurance Officer"], x_end="2025-06", x_status="blue"),
             ]),
        ],
    ),
    (
        "Priority 2: Family finding and matching",
        [
            ("2a. Reduce delay for children with a placement order waiting to be matched",
             [
                 dict(ref="2.1", action="Hold monthly family-finding tracking meetings with each spoke for every child waiting more than 3 months since the placement order.",
                      lead="Family Finding Team Manager", spoke="Cumberland; Westmorland and Furness", start=D(2025, 4, 1), due="Ongoing",
                      measure="No child waits more than 6 months without an exploring-match plan", q1="Tracking meetings established in both Cumbrian spokes.",
                      q2="9 children tracked; 4 now linked.", rag="Green",
                      x_lead=["Family Finding Team Manager"], x_end=None, x_end_text="Ongoing", x_status="green"),
                 dict(ref="2.2", action="Pilot early permanence (fostering for adoption) for babies with the Sunderland spoke, including training for 10 carers.",
                      lead="Team Manager – Early Permanence; Head of Corporate Parenting, Together for Children", spoke="Sunderland", start=D(2025, 7, 1), due=D(2026, 1, 31),
                      measure="10 dual-approved carers trained; 4 early permanence placements", q1="Project plan agreed.",
                      q2="Training booked for November; 3 carers recruited so far.", rag="Amber",
                      x_lead=["Team Manager – Early Permanence", "Head of Corporate Parenting, Together for Children"], x_end="2026-01", x_status="amber"),
             ]),
        ],
    ),
    (
        "Priority 3: Adoption support",
        [
            ("3a. Make adoption support easier to find and quicker to receive",
             [
                 dict(ref="3.1", action="Publish a single adoption support offer on the Adopt Coast to Coast website, including the Adoption and Special Guardianship Support Fund.",
                      lead="Adoption Support Team Manager", spoke="All spokes", start=D(2025, 4, 1), due=D(2025, 9, 30),
                      measure="Offer published; web analytics reported quarterly", q1="Content drafted with adopter reference group.",
                      q2="Published 26 September 2025.", rag="Complete",
                      x_lead=["Adoption Support Team Manager"], x_end="2025-09", x_status="blue"),
                 dict(ref="3.2", action="Complete adoption support needs assessments within 12 weeks of request.",
                      lead="Adoption Support Team Manager", spoke="All spokes", start=D(2025, 4, 1), due=D(2026, 3, 31),
                      measure="85% of assessments within 12 weeks", q1="64% within 12 weeks.",
                      q2="59% – two social work vacancies; agency cover being sought.", rag="Red",
                      x_lead=["Adoption Support Team Manager"], x_end="2026-03", x_status="red"),
             ]),
            ("3b. Support adopted children’s education",
             [
                 dict(ref="3.3", action="Agree a joint protocol with the four Virtual Schools for advice to adoptive parents on school admissions and Pupil Premium Plus.",
                      lead="Adoption Support Team Manager and Virtual School Head (Durham)", spoke="Durham", start=D(2025, 10, 1), due=D(2026, 2, 28),
                      measure="Protocol agreed by all four Virtual Schools", q1="", q2="Not started – due to begin October 2025.", rag="Not started",
                      x_lead=["Adoption Support Team Manager", "Virtual School Head (Durham)"], x_end="2026-02", x_status="unrated"),
             ]),
        ],
    ),
]
C2C_RAGFILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def build_c2c():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = C2C_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Host authority:"
    ws["B3"] = "Cumberland Council"
    ws["A4"] = "Partner agencies:"
    ws["B4"] = "Westmorland and Furness Council, Durham County Council, Together for Children (Sunderland)"
    ws["A5"] = "Plan owner:"
    ws["B5"] = "Head of Service, Adopt Coast to Coast"
    ws["A6"] = "Governance:"
    ws["B6"] = "RAA Partnership Board (quarterly)"
    ws["A8"] = "Version control"
    ws["A8"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        ws.cell(row=9, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate([("1.0", D(2025, 4, 10), "Business Support Manager", "Plan agreed by Partnership Board"),
                             ("1.1", D(2025, 7, 14), "Business Support Manager", "Q1 updates added"),
                             ("1.2", D(2025, 10, 9), "Business Support Manager", "Q2 updates added")], 10):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("SIP 2025-26")
    ws["A1"] = "Adopt Coast to Coast – Service Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update (to 30 September 2025) – for the RAA Partnership Board, 21 October 2025"
    heads = ["Ref", "Objective", "Action", "Lead", "Spoke / partner", "Start", "Due", "Success measure",
             "Q1 update", "Q2 update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for prio, objs in C2C_PRIORITIES:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1).fill = fill(FILL["teal"])
        r += 1
        for obj, acts in objs:
            first = r
            ws.cell(row=r, column=2, value=obj)
            for a in acts:
                vals = [a["ref"], None, a["action"], a["lead"], a["spoke"], a["start"], a["due"], a["measure"],
                        a["q1"] or None, a["q2"], a["rag"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c)
                    if c != 2:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                if a["rag"] in C2C_RAGFILL:
                    ws.cell(row=r, column=11).fill = fill(FILL[C2C_RAGFILL[a["rag"]]])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    for col, w in zip("ABCDEFGHIJK", (6, 36, 48, 30, 18, 9, 9, 30, 30, 34, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Lists")
    ws["A1"] = "RAG"
    for i, v in enumerate(["Not started", "Green", "Amber", "Red", "Complete"], 2):
        ws.cell(row=i, column=1, value=v)
    ws["C1"] = "Spoke"
    for i, v in enumerate(["All spokes", "Cumberland", "Westmorland and Furness", "Durham", "Sunderland"], 2):
        ws.cell(row=i, column=3, value=v)
    wb.save(os.path.join(HERE, C2C_FILE))


# ---------------------------------------------------------------------------
# 5. Dorset local area SEND accelerated progress plan (docx)
# ---------------------------------------------------------------------------
DORSET_FILE = "zum-dorset-council-send-accelerated-progress-plan.docx"
DORSET_TITLE = "Dorset Local Area SEND Accelerated Progress Plan (APP)"
DORSET_AREAS = [
    (
        "Area of weakness 1: The timeliness, process and quality of education, health and care (EHC) plans",
        "Inspectors found that too many EHC plans are not issued within 20 weeks and that the quality of plans, including health and social care advice, is too variable.",
        [
            dict(ref="1.1", action="Recruit to the EHC Hub structure and clear the backlog of EHC needs assessments that have passed 20 weeks.",
                 lead="Head of SEN and Inclusion", m6="Backlog below 150", m12="Backlog cleared; 60% of new plans within 20 weeks",
                 due="By 31 December 2022", rag="G", x_lead=["Head of SEN and Inclusion"], x_end="2022-12"),
            dict(ref="1.2", action="Introduce a multi-agency quality assurance framework for EHC plans, with monthly audits moderated with the Parent Carer Council.",
                 lead="Head of SEN and Inclusion / Designated Clinical Officer", m6="Framework agreed; first audit cycle complete",
                 m12="70% of audited plans judged good or better", due="Autumn term 2022", rag="B",
                 x_lead=["Head of SEN and Inclusion", "Designated Clinical Officer"], x_end="2022-12", x_end_text="Autumn term 2022"),
            dict(ref="1.3", action="Improve the timeliness of health advice for EHC needs assessments.\nAgree escalation routes with each provider where advice is late.",
                 lead="Designated Clinical Officer", m6="80% of health advice within 6 weeks", m12="90% of health advice within 6 weeks",
                 due="March 2023", rag="A", x_lead=["Designated Clinical Officer"], x_end="2023-03"),
        ],
    ),
    (
        "Area of weakness 2: Joint commissioning arrangements, including for therapies and the neurodevelopmental pathway",
        "Leaders have not used joint commissioning well enough to reduce waiting times for speech and language therapy and for neurodevelopmental assessment.",
        [
            dict(ref="2.1", action="Agree a joint commissioning strategy for SEND 0–25 between Dorset Council and NHS Dorset, with pooled budget options for therapies.",
                 lead="Deputy Director of Commissioning, NHS Dorset", m6="Draft strategy to the SEND Partnership Board",
                 m12="Strategy signed off by the Health and Wellbeing Board", due="January 2023", rag="G",
                 x_lead=["Deputy Director of Commissioning, NHS Dorset"], x_end="2023-01"),
            dict(ref="2.2", action="Reduce waiting times for neurodevelopmental assessment through additional assessment capacity and a pre-assessment support offer for families.",
                 lead="Head of Children’s Commissioning (Dorset Council and NHS Dorset)", m6="Pre-assessment offer launched",
                 m12="Longest wait under 52 weeks", due="31/07/2023", rag="R",
                 x_lead=["Head of Children’s Commissioning (Dorset Council and NHS Dorset)"], x_end="2023-07"),
        ],
    ),
    (
        "Area of weakness 3: Parents’ and carers’ confidence in the local area and the extent of co-production",
        "Many parents and carers do not feel listened to, and co-production is not yet routine across education, health and care.",
        [
            dict(ref="3.1", action="Co-produce a ‘Working Together’ charter with the Dorset Parent Carer Council and train SEND staff in it.",
                 lead="Dorset Parent Carer Council and SEND Engagement Lead", m6="Charter launched", m12="All SEND caseworkers trained",
                 due="Oct 2022", rag="B", x_lead=["Dorset Parent Carer Council", "SEND Engagement Lead"], x_end="2022-10"),
            dict(ref="3.2", action="Run a termly parent and carer confidence survey and publish a ‘You said, we did’ response each term.",
                 lead="SEND Engagement Lead", m6="Baseline survey complete", m12="Confidence score improved by 10 percentage points",
                 due="Summer term 2023", rag="G", x_lead=["SEND Engagement Lead"], x_end="2023-07", x_end_text="Summer term 2023"),
        ],
    ),
]


def build_dorset():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(DORSET_TITLE, level=0)
    doc.add_paragraph(
        "Annex A: Accelerated Progress Plan for a local area following the judgement by Ofsted and the Care Quality "
        "Commission that sufficient progress had not been made against the weaknesses identified at inspection.")
    doc.add_paragraph("Refreshed following the 12-month progress review with the Department for Education and NHS England – version 3, July 2022.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name of the local area", "Dorset"),
                 ("Date of revisit", "8 to 10 June 2021"),
                 ("Date of publication of the revisit report", "16 July 2021"),
                 ("Accountable officers", "Executive Director of People – Children, Dorset Council; Chief Nursing Officer, NHS Dorset"),
                 ("DfE SEND and NHS England advisers", "DfE SEND Adviser; NHS England SEND Adviser (South West)")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_heading("Governance and accountability", level=1)
    doc.add_paragraph(
        "The APP is overseen by the Dorset SEND Partnership Board, chaired by the Executive Director of People – Children. "
        "Progress is reported monthly to the Board and six-monthly to the DfE and NHS England. Each action has an "
        "accountable lead and an impact measure agreed with the Dorset Parent Carer Council.")
    doc.add_paragraph().add_run("RAG rating key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, text in [("B", "Achieved – action complete and impact evidenced"), ("G", "On track"),
                         ("A", "Some concerns – may not meet the completion date"), ("R", "Off track")]:
        cells = t.add_row().cells
        cells[0].text = letter
        shade(cells[0], FILL[RAGFILL_LETTER[letter]])
        cells[1].text = text

    for area, found, acts in DORSET_AREAS:
        doc.add_heading(area, level=1)
        p = doc.add_paragraph()
        p.add_run("What inspectors found: ").bold = True
        p.add_run(found)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer(s)", "6-month milestone", "12-month milestone",
                                          "Completion date", "RAG"]):
            bold_cell(c, h)
            shade(c, FILL["grey"])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["m6"], a["m12"], a["due"], a["rag"]]):
                c.text = v
            shade(cells[6], FILL[RAGFILL_LETTER[a["rag"]]])
        doc.add_paragraph()

    doc.add_heading("Glossary", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Term")
    bold_cell(t.rows[0].cells[1], "Meaning")
    for k, v in [("APP", "Accelerated Progress Plan"), ("DCO", "Designated Clinical Officer"),
                 ("EHC plan", "Education, health and care plan"), ("SEND", "Special educational needs and disabilities")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.save(os.path.join(HERE, DORSET_FILE))


# ---------------------------------------------------------------------------
# 6. Hackney Council - Strategic Plan delivery tracker (csv)
# ---------------------------------------------------------------------------
HACKNEY_FILE = "zum-hackney-council-strategic-plan-delivery-tracker.csv"
HACKNEY_TITLE = "London Borough of Hackney – Strategic Plan 2022–2026: Working Together for a Better Hackney – Delivery Tracker"
HACKNEY_PRIORITIES = [
    (
        "1. Tackling poverty and the cost of living",
        [
            ("Maximise residents’ incomes through the Money Hub",
             [
                 dict(ref="1.1", action="Run a benefits take-up campaign targeting Pension Credit and Council Tax Reduction.",
                      dirn="Finance and Corporate Resources", lead="Head of Benefits and Housing Needs", due="Dec 2025",
                      status="On track", comment="Campaign letters sent to 4,200 households in September; 610 new claims so far.",
                      x_lead=["Head of Benefits and Housing Needs"], x_end="2025-12", x_status="green"),
                 dict(ref="1.2", action="Extend Money Hub advice sessions to all children’s centres and family hubs.",
                      dirn="Children and Education", lead="Group Director, Children and Education", due="Mar-26",
                      status="Some delays", comment="Sessions running in 6 of 9 sites; staffing for the remaining three being resolved.",
                      x_lead=["Group Director, Children and Education"], x_end="2026-03", x_status="amber"),
             ]),
            ("Expand free school meals and holiday food provision",
             [
                 dict(ref="1.3", action="Deliver the Holiday Activities and Food programme in every school holiday.",
                      dirn="Children and Education", lead="Head of Early Help and Prevention", due="Ongoing",
                      status="On track", comment="Summer 2025: 5,900 children attended.",
                      x_lead=["Head of Early Help and Prevention"], x_end=None, x_end_text="Ongoing", x_status="green"),
             ]),
        ],
    ),
    (
        "2. Good homes for all",
        [
            ("Build new council homes for social rent",
             [
                 dict(ref="2.1", action="Start on site at the next three sites in the housing supply programme.",
                      dirn="Climate, Homes and Economy", lead="Group Director, Climate, Homes and Economy", due="31/03/2026",
                      status="At risk", comment="Planning consent received for two sites; contractor procurement for the third has been re-run.",
                      x_lead=["Group Director, Climate, Homes and Economy"], x_end="2026-03", x_status="red"),
             ]),
            ("Improve the quality and safety of private rented homes",
             [
                 dict(ref="2.2", action="Consult on a renewed borough-wide additional licensing scheme for private rented homes.\nSubmit the scheme to Cabinet for decision.",
                      dirn="Climate, Homes and Economy", lead="Head of Private Sector Housing", due="Nov 2025",
                      status="Complete", comment="Consultation closed in July; Cabinet approved the scheme on 17 November 2025.",
                      x_lead=["Head of Private Sector Housing"], x_end="2025-11", x_status="blue"),
                 dict(ref="2.3", action="Complete damp and mould inspections for all reported cases within 10 working days.",
                      dirn="Climate, Homes and Economy", lead="Director of Property and Asset Management", due="Sep-25",
                      status="Complete", comment="Target met since August 2025.",
                      x_lead=["Director of Property and Asset Management"], x_end="2025-09", x_status="blue"),
             ]),
        ],
    ),
    (
        "3. A greener, healthier borough",
        [
            ("Reduce the Council’s own carbon emissions",
             [
                 dict(ref="3.1", action="Replace 1,500 street lights with LED lanterns.",
                      dirn="Climate, Homes and Economy", lead="Head of Streetscene", due="Jan 2026",
                      status="On track", comment="1,120 replaced by end of October.",
                      x_lead=["Head of Streetscene"], x_end="2026-01", x_status="green"),
             ]),
            ("Increase physical activity",
             [
                 dict(ref="3.2", action="Launch a free ‘Get Active’ offer in leisure centres for residents on low incomes.",
                      dirn="Adults, Health and Integration", lead="Director of Public Health / Head of Leisure and Green Spaces", due="June 2026",
                      status="Not yet started", comment="Due to start in April 2026, subject to the 2026/27 budget.",
                      x_lead=["Director of Public Health", "Head of Leisure and Green Spaces"], x_end="2026-06", x_status="unrated"),
             ]),
        ],
    ),
    (
        "4. Safer, more cohesive communities",
        [
            ("Tackle violence against women and girls",
             [
                 dict(ref="4.1", action="Train all frontline Council staff in recognising and responding to domestic abuse.",
                      dirn="Customer & Workplace", lead="Strategic Director, Customer & Workplace", due="March 2026",
                      status="On track", comment="2,140 staff trained (71%).",
                      x_lead=["Strategic Director, Customer & Workplace"], x_end="2026-03", x_status="green"),
             ]),
        ],
    ),
]


def hackney_lines():
    rows = []
    ncol = 9
    def pad(xs):
        return list(xs) + [""] * (ncol - len(xs))
    rows.append(pad([HACKNEY_TITLE]))
    rows.append(pad(["Quarter 2 2025/26 update – position as at 31 October 2025 – for Cabinet, 8 December 2025"]))
    rows.append(pad([]))
    rows.append(["Priority", "Ref", "Commitment", "Key action 2025/26", "Lead directorate", "Responsible officer",
                 "Due", "Status", "Commentary"])
    for prio, comms in HACKNEY_PRIORITIES:
        first_in_prio = True
        for comm, acts in comms:
            first_in_comm = True
            for a in acts:
                rows.append([prio if first_in_prio else "", a["ref"], comm if first_in_comm else "", a["action"],
                             a["dirn"], a["lead"], a["due"], a["status"], a["comment"]])
                first_in_prio = False
                first_in_comm = False
    rows.append(pad([]))
    rows.append(pad(["Status key: Complete = delivered; On track = green; Some delays = amber; At risk = red; Not yet started = no rating"]))
    rows.append(pad(["Summary", "Number of actions"]))
    allacts = [a for _, cs in HACKNEY_PRIORITIES for _, acts in cs for a in acts]
    for s in ["Complete", "On track", "Some delays", "At risk", "Not yet started"]:
        rows.append(pad([s, str(sum(1 for a in allacts if a["status"] == s))]))
    rows.append(pad(["Total", str(len(allacts))]))
    return rows


def build_hackney():
    with open(os.path.join(HERE, HACKNEY_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in hackney_lines():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Powys JICPA multi-agency improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
POWYS_FILE = "zum-powys-jicpa-multi-agency-improvement-plan.txt"
POWYS_TITLE = "Powys Joint Inspection of Child Protection Arrangements (JICPA) – Multi-Agency Improvement Plan"
POWYS_THEMES = [
    (
        "THEME 1: THE VOICE OF THE CHILD",
        [
            ("R1. Children should be enabled to take a more active part in decision-making forums that affect them.",
             [
                 dict(no="1a", agency="Powys County Council", action="Offer an independent advocate to every child subject to a child protection conference and record the offer on WCCIS.",
                      lead="Senior Manager, Safeguarding and Quality Assurance", due="June 2024", progress="Active offer in place; take-up 46% in Q2.",
                      rag="Complete", x_lead=["Senior Manager, Safeguarding and Quality Assurance"], x_end="2024-06", x_status="blue"),
                 dict(no="1b", agency="All agencies", action="Use the ‘Day in the life’ tool in core groups to capture children’s daily lived experience.",
                      lead="Named Nurse Safeguarding Children (PTHB)", due="31/03/2025", progress="Tool launched April 2024; thematic audit in summer showed use in 7 of 12 cases.",
                      rag="On track", x_lead=["Named Nurse Safeguarding Children (PTHB)"], x_end="2025-03", x_status="green"),
             ]),
        ],
    ),
    (
        "THEME 2: INFORMATION SHARING AND RECORDING",
        [
            ("R2. Referrers should be told the outcome of their referral and the reasons for the decision.",
             [
                 dict(no="2a", agency="Powys County Council", action="Introduce a standard outcome letter to professional referrers from the Front Door within 7 working days.",
                      lead="Head of Children’s Services (Early Help and Assessment)", due="Sept 2024", progress="Letter in use since September; compliance 78%.",
                      rag="Complete", x_lead=["Head of Children’s Services (Early Help and Assessment)"], x_end="2024-09", x_status="blue"),
             ]),
            ("R3. Partners should simplify the systems used for recording safeguarding information and sharing it between agencies.",
             [
                 dict(no="3a", agency="Powys Teaching Health Board", action="Map where safeguarding information is held across health records and agree a single safeguarding alert.",
                      lead="Head of Safeguarding, PTHB", due="Dec 2024", progress="Mapping complete; single alert awaiting digital team capacity.",
                      rag="Delayed", x_lead=["Head of Safeguarding, PTHB"], x_end="2024-12", x_status="amber"),
                 dict(no="3b", agency="Dyfed-Powys Police", action="Ensure that every police protection notification (PPN) for a child in Powys is shared with the Front Door within 24 hours.",
                      lead="Detective Chief Inspector, Public Protection", due="Jan-25", progress="Daily PPN triage in place; 92% shared within 24 hours in October.",
                      rag="On track", x_lead=["Detective Chief Inspector, Public Protection"], x_end="2025-01", x_status="green"),
             ]),
        ],
    ),
    (
        "THEME 3: NEGLECT AND ELECTIVE HOME EDUCATION",
        [
            ("R4. Agencies should give more consideration to children living with long-term neglect.",
             [
                 dict(no="4a", agency="All agencies", action="Launch multi-agency neglect practice guidance and the home conditions assessment tool.\nDeliver briefings to practitioners in every agency.",
                      lead="Senior Manager, Safeguarding and Quality Assurance & Regional Safeguarding Board Business Manager",
                      due="April 2024", progress="Guidance and tool launched April 2024; 14 briefings delivered to 390 staff.",
                      rag="Complete", x_lead=["Senior Manager, Safeguarding and Quality Assurance", "Regional Safeguarding Board Business Manager"],
                      x_end="2024-04", x_status="blue"),
                 dict(no="4b", agency="All agencies", action="Repeat the thematic audit of neglect cases, including the timing of planned and unannounced visits.",
                      lead="Quality Assurance Manager", due="March 2025", progress="Not started – audit scheduled for February 2025.",
                      rag="", x_lead=["Quality Assurance Manager"], x_end="2025-03", x_status="unrated"),
             ]),
            ("R5. Partners should understand and respond to the risks to children in the growing electively home educated population.",
             [
                 dict(no="5a", agency="Powys County Council (Education)", action="Agree an information-sharing protocol between the EHE team, health visiting and school nursing for EHE children known to services.",
                      lead="Head of Education Support Services", due="Nov 2024", progress="Protocol drafted; sign-off by PTHB outstanding.",
                      rag="Not on track", x_lead=["Head of Education Support Services"], x_end="2024-11", x_status="red"),
             ]),
        ],
    ),
]


def powys_lines():
    L = []
    L.append("Bwrdd Diogelu Canolbarth a Gorllewin Cymru / Mid and West Wales Safeguarding Board (CYSUR)")
    L.append(POWYS_TITLE)
    L.append("Inspection: 16–20 October 2023\tReport published: 1 February 2024\tPlan updated: 14 November 2024")
    L.append("Partners: Powys County Council (PCC), Powys Teaching Health Board (PTHB), Dyfed-Powys Police (DPP), Education")
    L.append("")
    L.append("\t".join(["No.", "Recommendation", "Agency", "Action", "Lead", "Timescale", "Progress update (November 2024)", "RAG"]))
    for theme, recs in POWYS_THEMES:
        L.append(theme)
        for rec, acts in recs:
            for i, a in enumerate(acts):
                first, *more = a["action"].split("\n")
                L.append("\t".join([a["no"], rec if i == 0 else "", a["agency"], first,
                                    a["lead"], a["due"], a["progress"], a["rag"]]))
                # a second sentence of the action sits on its own continuation line
                for extra in more:
                    L.append("\t".join(["", "", "", extra, "", "", "", ""]))
    L.append("")
    L.append("RAG key: Complete (blue) / On track (green) / Delayed (amber) / Not on track (red) / blank = not started")
    L.append("Monitored by the Powys Local Safeguarding Group and reported to the Health and Care Scrutiny Committee.")
    return L


def build_powys():
    with open(os.path.join(HERE, POWYS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(powys_lines()) + "\r\n")


def main():
    build_gateshead()
    build_halton()
    row = build_liverpool()
    build_c2c()
    build_dorset()
    build_hackney()
    build_powys()
    print("built 7 files; Liverpool typo on sheet row", row)


if __name__ == "__main__":
    main()
