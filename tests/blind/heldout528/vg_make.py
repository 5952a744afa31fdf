#!/usr/bin/env python3
"""Build the seven vg- blind test files (set heldout528).

Run with /work/main/.venv/bin/python vg_make.py ; writes next to this script.
"""
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Armagh City, Banbridge and Craigavon BC - corporate risk register (xlsx)
#    fill-only action status, risk band rows, summary sheet, cover sheet
# ---------------------------------------------------------------------------
def make_abc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Armagh City, Banbridge and Craigavon Borough Council – Corporate Risk Register 2025-26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "3.1"),
        ("Date of review", dt.datetime(2025, 10, 14)),
        ("Reviewed by", "Corporate Management Team"),
        ("Reported to", "Performance and Audit Committee – 20 November 2025"),
        ("Register owner", "Head of Audit and Risk"),
        ("Next review", "January 2026"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        c = cov.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(r, col).border = BORDER
        r += 1
    r += 1
    cov.cell(r, 1, "Action status key").font = Font(bold=True)
    r += 1
    for colour, meaning in [(GREEN, "On target"), (AMBER, "Some delay – within tolerance"),
                            (RED, "Behind target"), (BLUE, "Complete")]:
        cov.cell(r, 1).fill = fill(colour)
        cov.cell(r, 1).border = BORDER
        cov.cell(r, 2, meaning)
        r += 1
    r += 1
    cov.cell(r, 1, "Risk scoring").font = Font(bold=True)
    cov.cell(r + 1, 1, "Score = Likelihood (1-5) x Impact (1-5). 15-25 High (Red); 8-12 Medium (Amber); 1-6 Low (Green).")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 55

    summ = wb.create_sheet("Risk Summary")
    summ["A1"] = "Corporate Risk Profile – Quarter 2 2025-26"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Corporate risk", "Risk owner", "Inherent score", "Residual score",
           "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, 1):
        c = summ.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BORDER
    risks = [
        ("CR1", "Financial Sustainability", "Strategic Director of Corporate Services", 20, 16, 9, "↔"),
        ("CR2", "Cyber Security and Information Governance", "Strategic Director of Corporate Services", 20, 12, 8, "↓"),
        ("CR3", "Waste Management and Landfill Diversion", "Strategic Director of Environment", 16, 12, 6, "↔"),
        ("CR4", "Capital Programme Delivery", "Chief Executive", 16, 9, 6, "↓"),
        ("CR5", "Workforce Capacity and Resilience", "Head of Human Resources and Organisational Development", 16, 16, 8, "↑"),
    ]
    for j, row in enumerate(risks, 4):
        for i, v in enumerate(row, 1):
            c = summ.cell(j, i, v)
            c.border = BORDER
            c.alignment = WRAP
        res = row[4]
        summ.cell(j, 5).fill = fill(RED if res >= 15 else AMBER if res >= 8 else GREEN)
    summ.cell(10, 1, "Total corporate risks").font = Font(bold=True)
    summ.cell(10, 2, 5)
    summ.cell(11, 1, "Residual High (Red)").font = Font(bold=True)
    summ.cell(11, 2, 2)
    summ.cell(12, 1, "Residual Medium (Amber)").font = Font(bold=True)
    summ.cell(12, 2, 3)
    for col, w in zip("ABCDEFG", (8, 42, 40, 10, 10, 10, 12)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk Action Plan")
    ws["A1"] = "Corporate Risk Register 2025-26 – Further Actions to Mitigate Risk"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 30 September 2025"
    hdr = ["Ref", "Further action required", "Action owner", "Target date", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BORDER
        c.alignment = WRAP
    D = dt.datetime
    plan = [
        ("CR1 – Financial Sustainability", [
            ("1.1", "Refresh the Medium Term Financial Plan 2026-29 to reflect the draft regional rates settlement and pay award assumptions",
             "Strategic Director of Corporate Services", D(2026, 2, 28),
             "Draft MTFP presented to Policy and Resources Committee in September; to be finalised with rates estimates.", GREEN),
            ("1.2", "Deliver the 2025-26 efficiency savings programme of £2.1m and report progress quarterly to the Performance and Audit Committee",
             "Head of Finance / Heads of Service", D(2026, 3, 31),
             "£1.4m achieved to date; leisure income target at risk.", AMBER),
        ]),
        ("CR2 – Cyber Security and Information Governance", [
            ("2.1", "Complete migration of remaining on-premises servers to the Council's cloud tenancy and decommission legacy hardware",
             "Head of ICT", "Q4 2025/26", "Two of five server groups migrated.", GREEN),
            ("2.2", "Roll out mandatory cyber security and phishing awareness training to all staff and elected members",
             "Head of ICT; Head of Human Resources", D(2025, 11, 30),
             "Complete – staff completion 96%; members' sessions held 2 and 9 September.", BLUE),
            ("2.3", "Test the ICT disaster recovery plan through a live failover exercise",
             "Head of ICT", D(2026, 1, 31), "Exercise postponed pending server migration.", RED),
        ]),
        ("CR3 – Waste Management and Landfill Diversion", [
            ("3.1", "Procure a replacement residual waste treatment contract to commence on expiry of the current contract in March 2027",
             "Strategic Director of Environment", D(2026, 6, 30), "Tender documents in preparation.", GREEN),
            ("3.2", "Monitor household waste recycling rates monthly against the 55% statutory target and report by exception to the Environment Committee",
             "Head of Environmental Services", "Ongoing", "Recycling rate 53.8% (Q1).", GREEN),
        ]),
        ("CR4 – Capital Programme Delivery", [
            ("4.1", "Establish a Capital Programme Board with gateway reviews for all projects over £1m",
             "Chief Executive", D(2025, 9, 30), "Board established; first gateway reviews held August 2025.", BLUE),
            ("4.2", "Review cost plans for the Craigavon leisure and Armagh public realm schemes in light of construction inflation",
             "Head of Estates and Capital Projects", D(2025, 12, 31), "Quantity surveyor appointed; report due December.", AMBER),
        ]),
        ("CR5 – Workforce Capacity and Resilience", [
            ("5.1", "Implement the Workforce Plan 2025-28 actions for hard-to-fill posts, including a graduate and apprenticeship scheme",
             "Head of Human Resources and Organisational Development", D(2026, 3, 31),
             "Eight apprentices started September 2025.", GREEN),
            ("5.2", "Reduce average days lost to sickness absence to 12 days per employee through targeted attendance management support",
             "All Strategic Directors", D(2026, 3, 31), "Currently 14.2 days (rolling 12 months).", RED),
        ]),
    ]
    r = 5
    for band, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for ref, text, owner, date, prog, colour in acts:
            vals = [ref, text, owner, date, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(colour)
            r += 1
    r += 1
    ws.cell(r, 1, "Note: Status shows progress against the action target date – see key on the Cover sheet. "
                  "Risk scores are shown on the Risk Summary sheet.")
    for col, w in zip("ABCDEF", (8, 60, 34, 12, 45, 9)):
        ws.column_dimensions[col].width = w
    wb.save(path("vg-armagh-city-banbridge-craigavon-bc-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Dumfries and Galloway Council - annual delivery plan 2025/26 (xlsx)
#    summary sheet with totals and key, one sheet per theme, outcome bands,
#    original and revised targets, status words with fill
# ---------------------------------------------------------------------------
def make_dg():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Dumfries and Galloway Council: Annual Delivery Plan 2025/26 – Mid-Year Progress Report"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Council Plan 2023–2028 | Period: April – September 2025"
    s["A2"].font = Font(bold=True, size=11)
    hdr = ["Theme", "Complete", "On track", "Some slippage", "Significant slippage", "Total"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = BORDER
    counts = [
        ("1. Economy", 0, 2, 1, 0),
        ("2. Travel, Connectivity and Infrastructure", 1, 1, 0, 0),
        ("3. Education and Learning", 1, 1, 0, 1),
        ("4. Health and Wellbeing", 0, 2, 1, 0),
    ]
    r = 5
    for name, a, b, c_, d in counts:
        for i, v in enumerate([name, a, b, c_, d, a + b + c_ + d], 1):
            s.cell(r, i, v).border = BORDER
        r += 1
    tot = ["Total"] + [sum(x[i] for x in counts) for i in range(1, 5)]
    tot.append(sum(tot[1:]))
    for i, v in enumerate(tot, 1):
        cc = s.cell(r, i, v)
        cc.font = Font(bold=True)
        cc.border = BORDER
    r += 2
    s.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for word, colour, meaning in [
        ("Complete", BLUE, "Deliverable achieved"),
        ("On track", GREEN, "Expected to be delivered by the target date"),
        ("Some slippage", AMBER, "Amber – minor delay, recovery action in place"),
        ("Significant slippage", RED, "Red – will not be delivered by the target date"),
    ]:
        s.cell(r, 1, word).fill = fill(colour)
        s.cell(r, 2, meaning)
        r += 1
    r += 1
    s.cell(r, 1, "Source: Service plan returns, Pentana performance system, October 2025. "
                 "Report to Full Council, 27 November 2025.")
    s.column_dimensions["A"].width = 44
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    themes = [
        ("Economy", "Theme 1: Economy", [
            ("1.1 More people in well-paid, secure employment", [
                ("1.1.1", "Deliver the No One Left Behind employability programme, supporting 450 people into training or work",
                 "Employability and Skills", "March 2026", None, "On track", "212 people supported to date."),
                ("1.1.2", "Achieve Living Wage Place recognition for the region with partners in the Regional Economic Partnership",
                 "Economic Development", "December 2025", "June 2026", "Some slippage",
                 "Action plan agreed; employer sign-up slower than anticipated."),
            ]),
            ("1.2 Thriving town centres and a growing business base", [
                ("1.2.1", "Award Town Centre Living Fund grants to bring 25 empty properties back into use",
                 "Economic Development", "March 2026", None, "On track", "11 grants awarded."),
            ]),
        ]),
        ("Travel", "Theme 2: Travel, Connectivity and Infrastructure", [
            ("2.1 Safe and well-maintained roads and transport links", [
                ("2.1.1", "Deliver the 2025/26 carriageway resurfacing programme across 120km of the local road network",
                 "Roads and Infrastructure", "March 2026", None, "On track", "58km complete."),
                ("2.1.2", "Complete the design stage for the Stranraer East Pier and waterfront regeneration",
                 "Economic Development / Roads and Infrastructure", "September 2025", None, "Complete",
                 "Design approved by Economy and Resources Committee, 9 September 2025."),
            ]),
        ]),
        ("Education", "Theme 3: Education and Learning", [
            ("3.1 Every child has the best start in life", [
                ("3.1.1", "Expand funded early learning and childcare to eligible two year olds in all localities",
                 "Education Services", "August 2025", None, "Complete", "Places available in all four localities."),
                ("3.1.2", "Reduce the poverty-related attainment gap in literacy at P4 and P7 by 3 percentage points",
                 "Education Services", "June 2026", None, "On track", "Baseline confirmed from 2024/25 ACEL data."),
            ]),
            ("3.2 A learning estate fit for the future", [
                ("3.2.1", "Complete statutory consultation on the learning estate options appraisal for the Stewartry area",
                 "Education Services", "October 2025", "March 2026", "Significant slippage",
                 "Consultation paused following Council decision of 25 September 2025."),
            ]),
        ]),
        ("Health and Wellbeing", "Theme 4: Health and Wellbeing", [
            ("4.1 People live independently and well in their communities", [
                ("4.1.1", "Deliver 60 new affordable homes in partnership with registered social landlords",
                 "Strategic Housing", "March 2026", None, "Some slippage", "Two sites delayed by utility connections."),
                ("4.1.2", "Implement the Cost of Living action plan, including targeted benefit uptake campaigns",
                 "Communities / Customer Services", "Ongoing", None, "On track", "£1.2m additional benefits secured for residents."),
                ("4.1.3", "Open Whole Family Wellbeing hubs in Annandale and Eskdale and in Wigtownshire",
                 "Social Work Services", "Q4 2025/26", None, "On track", "Premises identified for both hubs."),
            ]),
        ]),
    ]
    colours = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Significant slippage": RED}
    for sheet, theme, outcomes in themes:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Council Plan 2023–2028 – Annual Delivery Plan 2025/26"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, size=12, color=HEAD)
        hdr = ["Ref", "Deliverable 2025/26", "Lead service", "Original target", "Revised target",
               "Status", "Mid-year commentary"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(HEAD)
            c.border = BORDER
            c.alignment = WRAP
        r = 5
        for outcome, acts in outcomes:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, outcome)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            r += 1
            for ref, text, lead, orig, rev, status, comm in acts:
                for i, v in enumerate([ref, text, lead, orig, rev, status, comm], 1):
                    c = ws.cell(r, i, v)
                    c.border = BORDER
                    c.alignment = WRAP
                ws.cell(r, 6).fill = fill(colours[status])
                r += 1
        for col, w in zip("ABCDEFG", (8, 60, 30, 15, 15, 18, 45)):
            ws.column_dimensions[col].width = w
    wb.save(path("vg-dumfries-and-galloway-council-annual-delivery-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Shalom House hospice - HIW improvement plan (xlsx)
#    Appendix B immediate plan and Appendix C plan on two sheets,
#    improvement needed merged over its service actions, HIW section bands,
#    RAG letters with key, service representative block
# ---------------------------------------------------------------------------
def make_shalom():
    wb = Workbook()
    D = dt.datetime

    def header_block(ws, appendix, extra=None, top=1):
        ws.cell(top, 1, appendix).font = Font(bold=True, size=13)
        ws.cell(top + 1, 1, "Service: Shalom House")
        ws.cell(top + 2, 1, "Date of inspection: 11 and 12 February 2025")
        if extra:
            ws.cell(top + 3, 1, extra)

    def hdr_row(ws, r, cols):
        for i, h in enumerate(cols, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BORDER
            c.alignment = WRAP

    def write_block(ws, r, need, reg, actions, ncols):
        first = r
        for act in actions:
            vals = [need if r == first else None, reg if r == first else None] + list(act)
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        if len(actions) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        return r

    ws = wb.active
    ws.title = "Immediate improvement plan"
    ws["A1"] = "Shalom House, St Davids – Healthcare Inspectorate Wales Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    header_block(ws, "Appendix B – Immediate improvement plan", top=3)
    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale", "RAG"]
    hdr_row(ws, 7, cols)
    r = write_block(ws, 8,
        "The registered provider must ensure that the resuscitation trolley and emergency drugs are checked in line with the service’s policy and that checks are recorded.",
        "Regulation 15(1)(b)",
        [
            ("Daily resuscitation equipment check sheet reintroduced and allocated to the nurse in charge on each shift.",
             "Registered Manager", D(2025, 2, 14), "B"),
            ("Weekly audit of completed check sheets by the Clinical Lead, with results reported to the Clinical Governance Committee.",
             "Clinical Lead", D(2025, 3, 31), "B"),
        ], 6)
    r += 1
    for label, val in [("Service representative", None), ("Name (print):", "Rhian Evans"),
                       ("Job role:", "Registered Manager"), ("Date:", "17/02/2025")]:
        ws.cell(r, 1, label).font = Font(bold=True)
        if val:
            ws.cell(r, 2, val)
        r += 1
    for col, w in zip("ABCDEF", (50, 18, 55, 24, 14, 8)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement plan")
    header_block(ws, "Appendix C – Improvement plan", "Progress update as at 30 June 2025")
    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
            "Timescale", "Progress update", "RAG"]
    hdr_row(ws, 6, cols)
    r = 7
    sections = [
        ("Quality of Patient Experience", [
            ("The registered provider must ensure that information about how to raise a concern is displayed in both Welsh and English and is available in accessible formats.",
             "Regulation 24",
             [("Bilingual ‘Putting Things Right’ posters and leaflets displayed in the day hospice and in-patient unit; easy read version produced.",
               "Patient Experience Lead", D(2025, 4, 30),
               "Posters and leaflets in place; easy read version approved by the Patient and Family Forum.", "B")]),
            ("The registered provider should ensure that the Active Offer of Welsh is routinely made to patients and their families.",
             "Health and Care Quality Standards 2023 – Equitable",
             [("Record patients’ language preference on admission and provide ‘Iaith Gwaith’ badges for Welsh-speaking staff and volunteers.",
               "Registered Manager", D(2025, 7, 31), "Admission form updated; badges ordered.", "G")]),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("The registered provider must ensure that controlled drugs are stored, recorded and destroyed in accordance with legislation and the service’s medicines management policy.",
             "Regulation 15(5)(a)",
             [("Controlled drugs register audited monthly by two registered nurses, with any discrepancies escalated to the Accountable Officer.",
               "Clinical Lead", D(2025, 3, 31), "Monthly audits in place since March 2025.", "B"),
              ("Agree a service level agreement with the community pharmacy for the witnessed destruction of controlled drugs.",
               "Registered Manager / Accountable Officer for Controlled Drugs", D(2025, 9, 30),
               "Draft agreement with the pharmacy; awaiting Health Board sign-off.", "A")]),
            ("The registered provider must ensure that all patients have a falls risk assessment completed within 24 hours of admission and reviewed weekly.",
             "Regulation 15(1)(a)",
             [("Falls risk assessment added to the electronic admission checklist; compliance audited monthly.",
               "Ward Sister, In-Patient Unit", D(2025, 8, 31), "June audit: 88% compliance.", "A")]),
        ]),
        ("Quality of Management and Leadership", [
            ("The registered provider must ensure that all staff complete mandatory training, including safeguarding level 3 for registered nurses.",
             "Regulation 20(2)(a)",
             [("Training matrix reviewed and staff with overdue training booked onto safeguarding level 3 sessions.",
               "Education Lead", "Sept 2025", "Compliance 81% (target 95%).", "A")]),
            ("The registered provider must ensure that Disclosure and Barring Service checks are renewed for staff and volunteers every three years.",
             "Regulation 21(2)(d)",
             [("DBS renewals completed for the 14 volunteers identified during the inspection; renewal dates added to the HR system with automatic reminders.",
               "HR Manager; Volunteer Coordinator", D(2025, 5, 31), "All renewals completed 22/05/2025.", "B")]),
        ]),
    ]
    for sec, needs in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for need, reg, acts in needs:
            r = write_block(ws, r, need, reg, acts, 7)
    r += 1
    ws.cell(r, 1, "RAG key: B – Complete   G – On track   A – At risk of not meeting timescale   R – Timescale not met")
    r += 2
    for label, val in [("Service representative", None), ("Name (print):", "Rhian Evans"),
                       ("Job role:", "Registered Manager"), ("Date:", "04/07/2025")]:
        ws.cell(r, 1, label).font = Font(bold=True)
        if val:
            ws.cell(r, 2, val)
        r += 1
    for col, w in zip("ABCDEFG", (50, 18, 55, 26, 14, 40, 8)):
        ws.column_dimensions[col].width = w
    wb.save(path("vg-shalom-house-hospice-hiw-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Lliswerry High School - Estyn post-inspection action plan (docx)
#    title, document control table, one heading + table per recommendation,
#    RAG words, terms and "Termly"/"Ongoing" timescales, sign-off table
# ---------------------------------------------------------------------------
def make_lliswerry():
    doc = Document()
    landscape(doc)
    doc.add_heading("Lliswerry High School – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Estyn core inspection: 10–13 March 2025. Report published: 16 May 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "13/06/2025", "Full Governing Body"),
              ("1.1", "03/10/2025", "Curriculum and Standards Committee (autumn progress update)")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph(
        "This plan sets out how the school, supported by Newport City Council and the Education "
        "Achievement Service (EAS), will address the four recommendations in the Estyn report. "
        "Progress is RAG rated as: Green – on track; Amber – some concerns; Red – significant concerns; "
        "Complete – action finished and impact evaluated.")
    recs = [
        ("R1: Improve attendance, particularly for pupils eligible for free school meals", [
            ("1.1", "Appoint a dedicated Attendance and Wellbeing Officer and introduce weekly attendance panels for each year group",
             "Headteacher; Business Manager", "September 2025",
             "Officer in post; weekly panels held for all year groups", "Complete"),
            ("1.2", "Work with the Education Welfare Service to introduce a graduated response for pupils whose attendance falls below 90%",
             "AHT (Wellbeing)", "Autumn term 2025",
             "Persistent absence of eFSM pupils reduced from 38% to 30%", "Green"),
            ("1.3", "Review the use of the Pupil Development Grant to fund family engagement work with eFSM households",
             "Deputy Headteacher / Family Engagement Officer", "Summer term 2026",
             "PDG plan shows spending linked to attendance outcomes", "Amber"),
        ]),
        ("R2: Strengthen the quality of teaching and assessment so that pupils are challenged appropriately", [
            ("2.1", "Deliver a programme of professional learning on questioning and feedback, led by the EAS",
             "DHT (Teaching and Learning)", "July 2026",
             "Learning walks show most lessons include effective questioning", "Green"),
            ("2.2", "Introduce fortnightly learning walks with a focus on challenge, with findings shared at middle leader meetings",
             "SLT", "Ongoing", "Findings recorded and acted on by departments", "Green"),
        ]),
        ("R3: Improve the rigour of self-evaluation and improvement planning at all levels", [
            ("3.1", "Revise the school’s quality assurance calendar so that middle leaders evaluate teaching using first-hand evidence",
             "Headteacher", "31/10/2025", "Calendar published; department reviews completed", "Complete"),
            ("3.2", "Governors’ Curriculum and Standards Committee to receive a report on progress against this plan each term",
             "Chair of Governors; Headteacher", "Termly", "Minutes show governors challenge progress", "Green"),
        ]),
        ("R4: Develop pupils’ extended writing skills across the curriculum", [
            ("4.1", "Appoint a Literacy Coordinator and establish a whole-school writing framework",
             "AHT (Curriculum)", "December 2025", "Framework used in all Key Stage 3 subjects", "Amber"),
            ("4.2", "Audit opportunities for extended writing in schemes of learning in all subjects in Key Stage 3",
             "Literacy Coordinator\nHeads of Faculty", "March 2026", "Audit completed and gaps addressed", "Red"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG (Oct 2025)"]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, a):
                c.text = x
        doc.add_paragraph("")
    doc.add_paragraph(
        "Monitoring: The Headteacher will report progress to the Full Governing Body each term and to the "
        "local authority’s Challenge Adviser at each core visit.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, ["Signed (Headteacher)", "", "Date", ""]):
        c.text = x
    for c, x in zip(t.rows[1].cells, ["Signed (Chair of Governors)", "", "Date", ""]):
        c.text = x
    doc.save(path("vg-lliswerry-high-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Canal View Primary School and Nursery Class - Education Scotland (docx)
#    bulleted areas for improvement in the text, one table with merged band
#    rows per area for improvement, fill-only RAG cells, key paragraph
# ---------------------------------------------------------------------------
def make_canal_view():
    doc = Document()
    landscape(doc)
    doc.add_heading("Canal View Primary School and Nursery Class: Action Plan following Education Scotland Inspection", level=1)
    doc.add_paragraph("Inspection: 12–14 May 2025. Letter to parents and carers published: 24 June 2025.")
    doc.add_paragraph("The following areas for improvement were agreed with the headteacher and a representative "
                      "from the City of Edinburgh Council:")
    afis = [
        "Senior leaders, working with staff, should raise attainment in literacy and numeracy, particularly for children affected by poverty.",
        "Staff should increase the pace and challenge in learning so that children are supported to achieve as well as they can.",
        "Practitioners in the nursery class should develop further their use of observations to plan next steps in children’s learning.",
    ]
    for a in afis:
        doc.add_paragraph(a, style="List Bullet")
    doc.add_paragraph("This plan is part of our School Improvement Plan 2025/26 and is reviewed at each Parent Council meeting.")

    hdr = ["No.", "What we will do", "Who", "When", "How we will know (measures of impact)", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
        shade(c, "D9E2F3")
    bold_row(t.rows[0])
    body = [
        ("1. " + afis[0], [
            ("1a", "Introduce a consistent approach to the teaching of reading across P1–P7 using the new literacy progression framework",
             "DHT", "December 2025", "Reading attainment at P4 and P7 rises by 8% in June 2026 ACEL data", GREEN),
            ("1b", "Track the progress of children in receipt of free school meals every term and plan targeted PEF interventions",
             "HT / PT Pupil Support", "Termly", "Tracking meetings show gap narrowing in each stage", GREEN),
            ("1c", "Establish numeracy ‘Maths Champions’ at each stage to share effective practice",
             "PT Numeracy", "March 2026", "Champions in place; staff confidence survey improves", AMBER),
        ]),
        ("2. " + afis[1], [
            ("2a", "Carry out peer observations with a focus on differentiation and challenge, using How good is our school? (4th edition) QI 2.3",
             "All teaching staff", "November 2025", "All staff observed twice; feedback shows greater challenge", BLUE),
            ("2b", "Develop a shared understanding of achievement of a level through moderation with cluster schools",
             "Cluster Moderation Lead", "June 2026", "Teacher judgements agreed at cluster moderation events", GREEN),
        ]),
        ("3. " + afis[2], [
            ("3a", "Introduce floorbooks and revise the format of learning journals to record significant learning",
             "Early Years Officer", "October 2025", "Floorbooks in use in all playrooms", BLUE),
            ("3b", "Provide professional learning for nursery practitioners on using Realising the Ambition to plan for children’s interests",
             "Early Years Officer and Senior Early Years Practitioner", "January 2026",
             "Planning shows children’s interests leading next steps", None),
        ]),
    ]
    for band, acts in body:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = band
        for p in m.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(m, "F2F2F2")
        for no, what, who, when, how, colour in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, [no, what, who, when, how, ""]):
                c.text = x
            if colour:
                shade(cells[5], colour)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Green – on track; Amber – some delay; Red – not progressing; Blue – complete; "
                      "no colour – not yet started.")
    doc.add_paragraph("Headteacher: Mrs L. Macdonald    Quality Improvement Education Officer: Mr D. Russell")
    doc.save(path("vg-canal-view-primary-school-education-scotland-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Eastern HSC Trust - NIAO RTTCWG recommendations tracker (csv)
#    REFUSE: mistyped month "Febuary 2026" in a revised target date
# ---------------------------------------------------------------------------
def make_sehsct():
    ncol = 11
    def pad(*cells):
        row = list(cells)
        return row + [""] * (ncol - len(row))
    rows = [
        pad("South Eastern HSC Trust – NIAO Report to Those Charged with Governance: Recommendations Tracker"),
        pad("Audits of 2023-24 and 2024-25 financial statements"),
        pad("Position at 30 September 2025 – Audit Committee 16 October 2025"),
        pad(),
        ["Audit year", "Ref", "Priority", "Finding", "Recommendation", "Management response",
         "Responsible officer", "Original target date", "Revised target date", "Status", "Update September 2025"],
        ["2023-24", "1", "Priority 2", "Agency staff payments without a purchase order",
         "The Trust should ensure that all agency staff expenditure is supported by an approved purchase order before the shift is worked.",
         "Agreed. A new e-booking system for agency nursing will require a purchase order number before shifts are confirmed.",
         "Director of Finance", "31/03/2024", "30/09/2025", "Implemented", "E-booking live across all sites from June 2025."],
        ["2023-24", "2", "Priority 1", "Direct award contracts",
         "The Trust should strengthen controls over direct award contracts (DACs) to ensure compliance with procurement regulations.",
         "Agreed. All DACs over £30,000 will be reviewed by the Procurement Governance Group before award.",
         "Director of Finance / Head of Procurement", "30/06/2024", "31/12/2025", "Partially implemented",
         "DAC register reviewed monthly; 3 retrospective DACs reported in Q1."],
        ["2023-24", "3", "Priority 2", "Fixed asset register",
         "The Trust should complete an asset verification exercise to confirm the existence of assets on the fixed asset register.",
         "Agreed. A verification exercise will be carried out by Capital Accounting across all hospital and community sites.",
         "Head of Financial Accounting", "31/03/2025", "Febuary 2026", "Partially implemented",
         "Hospital sites verified; community sites outstanding due to staffing."],
        ["2024-25", "1", "Priority 2", "Payroll leavers process",
         "The Trust should ensure that leaver forms are submitted to Payroll before the employee's last working day.",
         "Agreed. Managers will be reminded of the process and late submissions reported to directors monthly.",
         "Director of Human Resources and Organisational Development", "31/12/2025", "", "Partially implemented",
         "Late submissions down from 22% to 9%."],
        ["2024-25", "2", "Priority 3", "Declarations of interest",
         "The Trust should obtain annual declarations of interest from all staff at Band 8a and above.",
         "Agreed. Declarations will be collected through the e-declarations module.",
         "Head of Corporate Governance", "30/06/2025", "", "Implemented", "Return rate 97%."],
        ["2024-25", "3", "Priority 2", "Payroll overpayments",
         "The Trust should recover salary overpayments promptly and report the value outstanding to the Audit Committee.",
         "Agreed. A recovery plan will be agreed with each individual within one month of identification.",
         "Payroll Services Manager", "31/03/2026", "", "Not implemented", "Recovery procedure under review with BSO."],
        pad(),
        pad("Total recommendations: 6 (Implemented 2, Partially implemented 3, Not implemented 1)"),
    ]
    with open(path("vg-south-eastern-hsct-niao-rttcwg-recommendations-tracker-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Sue Ryder Dee View Court - Care Inspectorate improvement plan (txt, tab separated)
#    key question lines, requirement / area for improvement lines, action rows
# ---------------------------------------------------------------------------
def make_dee_view():
    T = "\t"
    lines = [
        "Sue Ryder Dee View Court – Care Inspectorate Improvement Plan",
        "Inspection: unannounced, 3 to 5 December 2024 (report published 21 January 2025)",
        "Plan updated: 28 March 2025",
        "",
        T.join(["Ref", "Action", "Responsible", "Target date", "Progress", "RAG"]),
        "Key question 1: How well do we support people's wellbeing?",
        "Requirement 1: By 28 February 2025, the provider must ensure that people's medication is managed safely and in accordance with best practice guidance.",
        T.join(["1.1", "Introduce a second-checker signature for all 'as required' (PRN) medication and time-critical Parkinson's medication",
                "Clinical Nurse Manager", "31/01/2025", "In place since 13 January 2025; audit shows 100% compliance in February.", "Complete"]),
        T.join(["1.2", "All nurses to complete a medication competency reassessment with the pharmacist",
                "Clinical Nurse Manager / Lead Pharmacist (NHS Grampian)", "28/02/2025",
                "22 of 24 nurses reassessed; remaining two on long-term leave.", "Green"]),
        "Area for improvement 1: To support people's health and wellbeing, the provider should ensure that personal plans contain up-to-date information about people's communication needs and how these are met.",
        T.join(["1.3", "Review all personal plans with the person and their family to include a communication passport",
                "Deputy Service Manager", "30/04/2025", "18 of 40 plans reviewed.", "Amber"]),
        "",
        "Key question 2: How good is our leadership?",
        "Requirement 2: By 31 March 2025, the provider must ensure that quality assurance processes are effective in identifying and addressing areas for improvement.",
        T.join(["2.1", "Develop a quality assurance calendar covering medication, personal plans, falls and the environment, with findings reviewed at monthly governance meetings",
                "Service Manager", "March 2025", "Calendar in place; first two governance meetings held.", "Green"]),
        T.join(["2.2", "Introduce quarterly quality walkrounds by the Regional Director",
                "Regional Director", "Ongoing", "First walkround held 19 March 2025.", "Green"]),
        "",
        "Key question 3: How good is our staff team?",
        "Area for improvement 2: To ensure people are supported by staff who are confident in their roles, the provider should ensure that staff receive regular supervision in line with the organisation's policy.",
        T.join(["3.1", "Set a supervision schedule for all care staff for 2025, with six-weekly sessions recorded on the HR system",
                "Deputy Service Manager", "June 2025", "Supervision compliance 64% in March.", "Amber"]),
        T.join(["3.2", "Train four senior carers as supervisors to increase capacity",
                "Service Manager", "30/09/2025", "", "Not started"]),
        "",
        "Key question 4: How good is our setting?",
        "Area for improvement 3: To support people's safety, the provider should ensure that the environment is well maintained, including timely repairs to the sluice rooms and bathrooms on the first floor.",
        T.join(["4.1", "Complete refurbishment of the two first-floor sluice rooms and the assisted bathroom",
                "Estates Manager (North)", "Jul-25", "Contractor appointed; works start May.", "Green"]),
        "",
        "RAG key: Complete = action finished; Green = on track; Amber = at risk of slipping; Red = overdue; Not started = work not yet begun",
        "Approved by: Service Manager and Regional Director, Sue Ryder Scotland",
    ]
    with open(path("vg-sue-ryder-dee-view-court-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_abc()
    make_dg()
    make_shalom()
    make_lliswerry()
    make_canal_view()
    make_sehsct()
    make_dee_view()
    print("built 7 files in", HERE)
