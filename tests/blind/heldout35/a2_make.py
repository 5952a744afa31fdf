"""Make the seven a2- case documents (blind corpus, heldout35).

Run with /work/main/.venv/bin/python a2_make.py (python-docx and openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


DOC_RAG = {
    "Complete": "9DC3E6",
    "Green": "92D050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "Not started": "FFFFFF",
}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


# ======================================================= 1. B&NES ASC (docx)
def make_bathnes():
    doc = Document()
    landscape(doc)
    doc.add_heading(
        "Bath & North East Somerset Council – Adult Social Care Improvement Plan 2025/26", level=0
    )
    doc.add_paragraph("Our response to the Care Quality Commission Local Authority Assessment")
    doc.add_paragraph(
        "The Care Quality Commission (CQC) assessed how the council meets its duties under Part 1 of "
        "the Care Act 2014 between April and September 2024 and published its report on 30 January "
        "2025, rating adult social care in B&NES as Requires Improvement. This plan brings together the "
        "areas for improvement CQC identified and the priorities from our own self-assessment. Progress "
        "is reported to the Adult Social Care Leadership Team each month and to Cabinet every six months."
    )
    p = doc.add_paragraph()
    p.add_run("Progress position: 30 June 2025").bold = True

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in [
        ("1.0", "14/03/2025", "ASC Improvement Lead", "First version approved by the ASC Leadership Team"),
        ("1.1", "30/06/2025", "ASC Improvement Lead", "Quarter 1 progress update; actions 2.3 and 4.2 added"),
    ]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    priorities = [
        (
            "Priority 1: Timely assessments and reviews (Quality statement: Assessing needs)",
            [
                ("1.1",
                 "Introduce a single waiting list for Care Act assessments with a weekly risk-rating review by "
                 "team managers, so that people with the highest risk are allocated first.",
                 "Head of Adult Social Care Operations", "31/07/2025", "Complete",
                 "Single waiting list went live on 2 June 2025; weekly risk review meetings in place in all "
                 "three locality teams."),
                ("1.2",
                 "Commission additional reviewing capacity to clear annual reviews that are more than 12 "
                 "months overdue.",
                 "Head of Adult Social Care Operations / Head of Commissioning", "Sept 2025 – March 2026",
                 "Amber",
                 "Procurement delayed by four weeks; the provider is now expected to start in October."),
                ("1.3",
                 "Publish waiting times for assessment on the council website and report them monthly to the "
                 "ASC Leadership Team.",
                 "ASC Performance Manager", "Monthly", "Green",
                 "First monthly report presented in May 2025; website page in draft."),
            ],
        ),
        (
            "Priority 2: Support for unpaid carers (Quality statement: Supporting people to live healthier lives)",
            [
                ("2.1",
                 "Refresh the joint Carers' Strategy with carers, the Carers' Centre and the ICB, including an "
                 "offer for young adult carers.",
                 "Commissioning Manager – Carers", "December 2025", "Green",
                 "Four co-production workshops held with 63 carers; draft strategy due in September."),
                ("2.2",
                 "Increase the number of carers' assessments completed, with a target of 900 in 2025/26.",
                 "Carers' Centre Service Manager; Head of Adult Social Care Operations", "Q4 2025/26", "Amber",
                 "187 carers' assessments completed in Q1, slightly behind the quarterly trajectory of 225."),
                ("2.3",
                 "Offer a carer's emergency plan to every carer who is assessed.",
                 "Carers' Centre Service Manager", "30/09/2025", "Not started",
                 "Template agreed; roll-out to begin in August after staff briefings."),
            ],
        ),
        (
            "Priority 3: Equity in experience and outcomes (Quality statement: Equity in experience and outcomes)",
            [
                ("3.1",
                 "Improve the recording of ethnicity, sexual orientation and religion on the case management "
                 "system so that gaps in access to services can be analysed.",
                 "Principal Social Worker", "31/03/2026", "Amber",
                 "Recording of ethnicity has risen from 61% to 74% of open cases; recording of other "
                 "characteristics remains low."),
                ("3.2",
                 "Work with community and faith groups to co-design information about adult social care for "
                 "communities who are under-represented among people receiving care.",
                 "Head of Prevention and Community Wellbeing", "Ongoing", "Green",
                 "Sessions held with two faith groups and the Chinese Community Association; a further "
                 "session is planned for July."),
            ],
        ),
        (
            "Priority 4: Safe transitions and hospital discharge (Quality statement: Care provision, integration and continuity)",
            [
                ("4.1",
                 "Agree a joint preparing-for-adulthood protocol with Children's Services so that young people "
                 "with care needs are known to adult social care from age 14.",
                 "Head of Transitions / Head of Children's Disability Service", "By end of December 2025", "Red",
                 "Protocol drafting paused while the transitions team manager post is vacant; escalated to the "
                 "Director of Adult Social Services."),
                ("4.2",
                 "Review the discharge to assess pathway with the RUH and community health partners to reduce "
                 "delays for people waiting for home care after a hospital stay.",
                 "Director of Adult Social Services (DASS)", "31/10/2025", "Green",
                 "Joint review started in June, with a weekly long-stay patients meeting."),
            ],
        ),
    ]
    headers = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update (June 2025)"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.2), Cm(3.0), Cm(2.0), Cm(7.5)]
    for heading, rows in priorities:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, headers, widths):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
            c.width = w
        for r in rows:
            cells = t.add_row().cells
            for i, (c, v) in enumerate(zip(cells, r)):
                set_cell(c, v)
                c.width = widths[i]
            shade(cells[4], DOC_RAG[r[4]])
        doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete – action delivered and evidenced; Green – on track; Amber – some slippage, "
        "recoverable; Red – off track and escalated; Not started – due to start later in the plan."
    )
    doc.save(out("a2-bathnes-asc-cqc-improvement-plan.docx"))


# ================================================ 2. South Glos SAR (xlsx)
def make_south_glos():
    wb = Workbook()
    ws = wb.active
    ws.title = "Adult K action plan"
    ws["A1"] = (
        "South Gloucestershire Safeguarding Adults Board – Safeguarding Adults Review 'Adult K': Action Plan"
    )
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = (
        "Action plan endorsed by the SAB on 14 March 2024. Progress update for the SAR Sub-group, "
        "30 September 2024."
    )
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    headers = ["Ref", "SAR Recommendation", "Action", "Lead", "Target Date", "Progress / Evidence", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2A6B")
        c.alignment = WRAP
        c.border = BORDER
    rec1 = (
        "1. The SAB should seek assurance that partner agencies understand and apply the multi-agency "
        "self-neglect and hoarding guidance, including when a person declines support."
    )
    rec2 = (
        "2. Agencies should ensure that mental capacity is assessed and recorded when there is reason to "
        "doubt a person's capacity to make specific decisions about their care, accommodation or health."
    )
    rec3 = (
        "3. The SAB should agree how agencies escalate concerns about an adult who repeatedly refuses "
        "services and whose risks are increasing."
    )
    rec4 = (
        "4. Housing providers should be included in multi-agency risk management where a tenant is "
        "self-neglecting."
    )
    rows = [
        ("1.1", rec1,
         "Re-launch the self-neglect and hoarding guidance through a series of practitioner briefings.",
         "SAB Business Manager", dt.datetime(2024, 7, 31),
         "Five briefings held May–July 2024, attended by 214 practitioners from 11 agencies.", "Complete"),
        ("1.2", None,
         "Audit a sample of self-neglect safeguarding enquiries for use of the guidance and report the "
         "findings to the Quality Assurance Sub-group.",
         "Head of Safeguarding, SGC Adult Social Care", dt.datetime(2024, 12, 31),
         "Audit tool agreed; 12 of the 20 cases audited so far.", "Amber"),
        ("2.1", rec2,
         "Refresh the Mental Capacity Act training offer to cover executive capacity and fluctuating "
         "capacity, using the learning from this review.",
         "MCA Lead, SGC / Named Nurse Adult Safeguarding, Sirona", dt.datetime(2024, 11, 30),
         "New module written and piloted with two social work teams in September.", "Green"),
        ("2.2", None,
         "Add a prompt to record capacity assessments for specific decisions to the GP and ambulance "
         "safeguarding referral templates.",
         "BNSSG ICB Designated Nurse Safeguarding Adults", "Novmeber 2024",
         "GP template change agreed with the EMIS team; ambulance trust considering the change.", "Amber"),
        ("3.1", rec3,
         "Agree a multi-agency escalation route for adults who self-neglect and repeatedly refuse "
         "services, using the High Risk Panel.",
         "SGC Head of Safeguarding; Avon and Somerset Police DI Safeguarding", dt.datetime(2025, 3, 31),
         "Draft escalation protocol considered by the SAR Sub-group on 12 September.", "Green"),
        ("4.1", rec4,
         "Invite housing providers to the High Risk Panel when a tenant who self-neglects has rent arrears "
         "or has refused access for gas safety checks.",
         "SGC Housing Options Manager / Merlin Housing Society", dt.datetime(2025, 1, 31),
         "", "Not started"),
    ]
    rag = {"Complete": "8DB4E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Not started": None}
    r = 5
    for ref, rec, action, lead, target, prog, status in rows:
        vals = [ref, rec, action, lead, target, prog, status]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag[status]:
            ws.cell(row=r, column=7).fill = fill(rag[status])
        r += 1
    ws.merge_cells("B5:B6")
    ws.merge_cells("B7:B8")
    ws["A13"] = "RAG key:"
    ws["A13"].font = Font(bold=True)
    ws["B13"] = "Complete (blue) – action delivered and evidenced"
    ws["B13"].fill = fill("8DB4E2")
    ws["C13"] = "Green – on track"
    ws["C13"].fill = fill("92D050")
    ws["D13"] = "Amber – some delay, recoverable"
    ws["D13"].fill = fill("FFC000")
    ws["E13"] = "Red – not on track"
    ws["E13"].fill = fill("FF0000")
    for col, w in zip("ABCDEFG", [7, 45, 50, 28, 13, 45, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("a2-south-glos-sab-sar-adult-k-action-plan.xlsx"))


# ================================================ 3. Rotherham DHR (docx)
def make_rotherham():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safer Rotherham Partnership – Domestic Homicide Review 'Jane': Action Plan", level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Review", "Domestic Homicide Review into the death of 'Jane' (pseudonym), aged 74"),
        ("Commissioned by", "Safer Rotherham Partnership"),
        ("Home Office Quality Assurance Panel", "Overview report approved for publication, August 2023"),
        ("Action plan owner", "Domestic Abuse Coordinator, Rotherham Metropolitan Borough Council"),
        ("Progress as at", "31 January 2024"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan sets out how agencies will respond to the recommendations of the overview report "
        "and the single agency recommendations from the Individual Management Reviews. It is monitored by the "
        "DHR Steering Group, which reports to the Safer Rotherham Partnership Board each quarter."
    )
    headers = [
        "No.", "Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
        "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome",
        "RAG Status",
    ]
    widths = [Cm(1.1), Cm(4.5), Cm(1.8), Cm(4.5), Cm(2.8), Cm(3.6), Cm(2.0), Cm(3.2), Cm(1.7)]
    rag = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}

    def table(groups):
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, headers, widths):
            set_cell(c, h, bold=True, size=8)
            shade(c, "D9D9D9")
            c.width = w
        for rec, scope, actions in groups:
            first = None
            for a in actions:
                cells = t.add_row().cells
                vals = [a[0], rec, scope] + list(a[1:])
                for i, (c, v) in enumerate(zip(cells, vals)):
                    set_cell(c, v if v else "", size=8)
                    c.width = widths[i]
                shade(cells[8], rag[a[6]])
                if first is None:
                    first = cells
                else:
                    # vertically merge recommendation and scope with the first row of the group
                    for col in (1, 2):
                        merged = first[col].merge(cells[col])
                        merged.text = ""
                        merged.paragraphs[0].add_run(rec if col == 1 else scope).font.size = Pt(8)
        return t

    doc.add_heading("Overview report recommendations", level=2)
    table([
        (
            "Safer Rotherham Partnership should seek assurance that agencies ask about domestic abuse when a "
            "person's partner is also their carer.",
            "Local",
            [
                ("1.1",
                 "Add a routine enquiry question about domestic abuse to the carer's assessment and carer's "
                 "review templates.",
                 "RMBC Adult Care, Housing and Public Health",
                 "Template changes agreed at the adult social care practice forum in November 2023.",
                 "March 2024", "", "Green"),
                ("1.2",
                 "Deliver briefings on domestic abuse in later life to carers' support workers in the "
                 "voluntary sector.",
                 "RMBC Domestic Abuse Team / Rotherham Carers' Resilience Service",
                 "Two briefing sessions delivered.",
                 "31/01/2024", "25/01/2024 – 38 staff briefed; learning brief circulated to all partners.",
                 "Complete"),
            ],
        ),
        (
            "GP practices in Rotherham should ensure that a patient whose partner is also their carer is "
            "offered the opportunity to be seen alone.",
            "Local",
            [
                ("2.1",
                 "Issue practice guidance to all Rotherham GP practices on seeing patients alone, supported "
                 "by a Protected Learning Time session.",
                 "NHS South Yorkshire ICB (Rotherham Place)",
                 "Guidance drafted with the Named GP for Safeguarding.",
                 "Q4 2023/24", "", "Amber"),
                ("2.2",
                 "Audit a sample of records of patients aged 65 and over who have a carer recorded, to check "
                 "whether they were seen alone at least once in the year.",
                 "NHS South Yorkshire ICB (Rotherham Place)", "",
                 "September 2024", "", "Not started"),
            ],
        ),
        (
            "Safer Rotherham Partnership should raise awareness of domestic abuse affecting older people.",
            "Local",
            [
                ("3.1",
                 "Run a public awareness campaign during the 16 Days of Action aimed at older people and their "
                 "families, with leaflets in GP surgeries, pharmacies and libraries.",
                 "Safer Rotherham Partnership",
                 "Campaign delivered 25 November – 10 December 2023.",
                 "December 2023", "10/12/2023 – campaign delivered; 4,000 leaflets distributed.", "Complete"),
            ],
        ),
        (
            "The Home Office should consider how the experience of older victims of domestic abuse is "
            "reflected in the statutory guidance for Domestic Homicide Reviews.",
            "National",
            [
                ("4.1",
                 "DHR Chair to write to the Home Office DHR team setting out the learning from this review.",
                 "Safer Rotherham Partnership",
                 "Letter drafted; awaiting sign-off by the Partnership Chair.",
                 "TBC", "", "Amber"),
            ],
        ),
    ])
    doc.add_paragraph()
    doc.add_heading("Single agency recommendations", level=2)
    table([
        (
            "South Yorkshire Police should ensure officers complete a DASH risk assessment directly with older "
            "victims and do not rely on the account given by their partner.",
            "Single agency",
            [
                ("5.1",
                 "Include a case study from this review in the domestic abuse module of the 2024 officer "
                 "training programme.",
                 "South Yorkshire Police",
                 "Training content agreed with the Public Protection Unit.",
                 "30/06/2024", "", "Green"),
            ],
        ),
        (
            "The Rotherham NHS Foundation Trust should ensure that injuries in older patients presenting to the "
            "Urgent and Emergency Care Centre prompt routine enquiry about domestic abuse.",
            "Single agency",
            [
                ("6.1",
                 "Add a mandatory routine enquiry question about domestic abuse to the triage record for "
                 "patients aged 60 and over who present with injuries.",
                 "The Rotherham NHS Foundation Trust",
                 "System change requested through Digital Services; go-live planned for April.",
                 "End of April 2024", "", "Amber"),
            ],
        ),
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG Status: Complete – action completed and evidenced; Green – on track; Amber – at risk of delay; "
        "Red – overdue; Not started."
    )
    doc.save(out("a2-rotherham-dhr-jane-action-plan.docx"))


# ============================================ 4. Kirklees housing (csv)
def make_kirklees():
    header = ["Ref", "Action", "Measure of success", "Lead Officer", "Target Date", "Revised Target Date",
              "RAG", "Progress update"]
    n = len(header)

    def blank():
        return [""] * n

    def line(text):
        return [text] + [""] * (n - 1)

    rows = [
        line("Kirklees Council Homes and Neighbourhoods – Consumer Standards Improvement Plan "
             "(Regulatory Notice, 6 March 2024)"),
        line("Progress update to Cabinet – position at 31 January 2025"),
        blank(),
        header,
        line("1. Fire safety"),
        ["1.1", "Complete all overdue high-risk fire remedial actions identified in fire risk assessments.",
         "No overdue high-risk actions", "Head of Building Safety", "31/05/2024", "30/09/2024", "Complete",
         "All 212 high-risk actions completed and verified by the Fire Safety Manager in September 2024."],
        ["1.2", "Carry out new fire risk assessments for all blocks that require one, using an external "
         "assessor.", "100% of FRAs in date", "Head of Building Safety", "Mar-25", "", "G",
         "505 of 860 FRAs completed; programme on track to finish by the end of March."],
        ["1.3", "Clear the backlog of medium and low-risk fire remedial actions, prioritising communal fire "
         "doors and compartmentation.", "Backlog cleared", "Head of Building Safety / Head of Repairs and "
         "Maintenance", "By March 2027", "", "A",
         "4,724 actions raised from the new FRAs; contractor framework being extended to add capacity."],
        line("2. Damp, mould and condensation"),
        ["2.1", "Adopt a new Damp, Mould and Condensation Policy developed with tenants.",
         "Policy approved and published", "Service Director – Homes and Neighbourhoods", "Jul-24", "",
         "Complete", "Policy approved by Cabinet in July 2024 and published on the council website."],
        ["2.2", "Reduce open damp, mould and condensation cases to fewer than 300, with every new case "
         "inspected within 10 working days.", "Open cases < 300; 95% inspected within 10 days",
         "Head of Repairs and Maintenance", "31/12/2024", "31/03/2025", "A",
         "Open caseload reduced from 1,812 in March 2024 to 611; 82% of new cases inspected within 10 days."],
        ["2.3", "Train all frontline housing staff and repairs operatives to spot and report damp and mould "
         "on every visit.", "95% of staff trained", "Housing Learning and Development Lead", "Q3 2024/25", "",
         "G", "Toolbox talks delivered to 390 operatives; e-learning completion at 71%."],
        blank(),
        line("3. Data, compliance and governance"),
        ["3.1", "Bring stock condition data for all homes into a single asset management system, surveying "
         "homes not surveyed since 2019.", "Stock condition data held for 100% of homes",
         "Head of Asset Management", "Mar-26", "", "G",
         "Stock condition surveys 38% complete; new asset management system in build."],
        ["3.2", "Report the six compliance areas and damp and mould performance monthly to the Housing "
         "Advisory Board and quarterly to Cabinet.", "Reports received as scheduled",
         "Service Director – Homes and Neighbourhoods", "Monthly", "", "G",
         "Compliance dashboard reported every month since May 2024."],
        ["3.3", "Commission an independent assurance review of the accuracy of compliance data.",
         "Review completed and actions agreed", "Head of Housing Strategy and Performance", "30/11/2024", "",
         "R", "Review commissioned late; fieldwork is now due to start in February 2025."],
        line("4. Tenant voice and satisfaction"),
        ["4.1", "Publish the 2023/24 Tenant Satisfaction Measures with an action plan for the lowest-scoring "
         "measures.", "TSMs published", "Head of Tenant and Leaseholder Engagement", "Dec-24", "", "Complete",
         "TSMs published in September; action plan agreed with the Tenant Scrutiny Panel."],
        ["4.2", "Set up a Tenant Safety Panel to scrutinise fire safety and damp and mould performance.",
         "Panel meeting quarterly", "Head of Tenant and Leaseholder Engagement", "Ongoing", "", "",
         "Recruitment of tenant members under way."],
        blank(),
        line("RAG key: Complete = delivered; G = on track; A = at risk; R = off track / past target date; "
             "blank = not started"),
    ]
    with open(out("a2-kirklees-housing-consumer-standards-improvement-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ================================== 5. Ards and North Down IA tracker (xlsx)
def make_ards():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    ws["A1"] = "Ards and North Down Borough Council – Outstanding Internal Audit Recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit Committee 24 June 2019 – position at 31 May 2019"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Recommendation", "Management Response / Agreed Action",
               "Responsible Officer", "Original Implementation Date", "Revised Implementation Date", "Status",
               "Update (May 2019)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BORDER
    status_fill = {"Implemented": "9BC2E6", "Partially implemented": "FFC000", "Not implemented": "FF5050",
                   "Not yet due": "A9D08E"}
    D = dt.datetime
    content = [
        ("section", "Waste Services (Limited assurance – report issued March 2018)"),
        ("WS1", 1, "Weighbridge tickets should be reconciled to contractor invoices before payment is "
         "authorised.",
         "A monthly reconciliation of weighbridge data to invoices will be completed by the Waste Contracts "
         "Officer and reviewed by the Head of Waste and Cleansing.",
         "Head of Waste and Cleansing", D(2018, 6, 30), D(2019, 3, 31), "Implemented",
         "Monthly reconciliations in place from January 2019; a sample was checked by Internal Audit."),
        ("WS2", 2, "Vehicle defect reports should be retained and defects cleared before vehicles return to "
         "service.",
         "Drivers' daily walk-round checks will be recorded on the vehicle tracking system and defects signed "
         "off by the Workshop Supervisor.",
         "Fleet Manager", D(2018, 9, 30), D(2019, 9, 30), "Partially implemented",
         "Tracking module installed; paper records still used at one depot until new handsets arrive in July."),
        ("section", "Parks and Play Areas (Satisfactory assurance – report issued June 2018)"),
        ("PPA1", 2, "Weekly play area inspections should be recorded and high-risk defects rectified within "
         "the timescales in the inspection policy.",
         "Inspection records will be kept on the Parks asset system, with an exception report of overdue "
         "defects reviewed monthly.",
         "Parks Operations Manager", D(2018, 12, 31), None, "Not implemented",
         "Asset system upgrade delayed, so exception reporting is not yet available. A new date will be agreed."),
        ("PPA2", 3, "The play area inspection policy should be reviewed and approved.",
         "The policy will be updated to reflect current RoSPA guidance and approved by the Environment "
         "Committee.",
         "Head of Parks and Cemeteries", D(2019, 9, 30), None, "Not yet due",
         "Draft policy prepared for the September Environment Committee."),
        ("section", "Payroll (Satisfactory assurance – report issued December 2018)"),
        ("PAY1", 1, "Changes to employee bank details should be independently verified with the employee "
         "before they are processed.",
         "A call-back to a known telephone number will be made for every bank detail change and evidenced on "
         "the change form.",
         "Payroll Manager", D(2019, 1, 31), None, "Implemented",
         "Call-back procedure in place since January 2019."),
        ("PAY2", 2, "Overtime claims should be authorised by the line manager before they are submitted to "
         "Payroll.",
         "Unauthorised overtime claims will be returned; the HR/Payroll system workflow will be enabled for "
         "overtime.",
         "Head of HR and Organisational Development / Payroll Manager", D(2019, 3, 31), "31st October 2019",
         "Partially implemented",
         "Manual control in place; electronic workflow scheduled to go live in October."),
        ("section", "Environmental Health (Satisfactory assurance – report issued September 2018)"),
        ("EH1", 2, "Food hygiene inspections should be carried out at the frequencies set by the Food Law Code "
         "of Practice.",
         "An inspection programme will be produced each April from the database and progress monitored "
         "monthly by the Environmental Health Manager.",
         "Environmental Health Manager (Commercial)", D(2019, 4, 30), None, "Implemented",
         "2019/20 programme produced; monthly monitoring started in April."),
        ("EH2", 3, "Service requests should be closed on the database with the outcome recorded.",
         "Officers will be reminded to close service requests, and a monthly report of requests open for more "
         "than 60 days will be reviewed.",
         "Environmental Health Manager (Commercial)", D(2019, 8, 31), None, "Not yet due",
         "Monthly report created; first review scheduled for July."),
    ]
    r = 5
    for item in content:
        if item[0] == "section":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("D9D9D9")
                ws.cell(row=r, column=col).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for i, v in enumerate(item, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(status_fill[item[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority 1 – significant weakness requiring urgent action; "
            "Priority 2 – important control weakness; Priority 3 – minor issue / good practice.")
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("Implemented", "Implemented (Blue) – action complete"),
        ("Partially implemented", "Partially implemented (Amber) – in progress"),
        ("Not implemented", "Not implemented (Red) – past implementation date"),
        ("Not yet due", "Not yet due (Green) – on track"),
    ]):
        c = ws.cell(row=r, column=2 + i * 2, value=txt)
        c.fill = fill(status_fill[k])
    for col, w in zip("ABCDEFGHI", [8, 9, 45, 50, 30, 16, 16, 20, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("a2-ards-north-down-outstanding-ia-recommendations.xlsx"))


# ============================================== 6. Gwent HMICFRS (txt)
def make_gwent():
    hdr = ["Ref", "Type", "Recommendation / Area for improvement", "Action", "Owner", "Target date", "Status",
           "Latest update"]
    lines = [
        ["Gwent Police – HMICFRS Recommendations and Areas for Improvement Tracker"],
        ["PEEL 2021/22 inspection (report published 13 April 2023) – position at 30 June 2023"],
        [],
        hdr,
        ["Responding to the public"],
        ["R1", "Cause of concern – recommendation",
         "Within six months, the force should improve how quickly it answers emergency and non-emergency calls.",
         "Recruit and train 30 additional call handlers and move the Force Control Room to a demand-led shift "
         "pattern.",
         "Supt Force Control Room", "31/10/2023", "Amber",
         "22 new call handlers in post; consultation on the new shift pattern closes in July."],
        ["R2", "Cause of concern – recommendation",
         "The force should make sure that call handlers identify repeat and vulnerable callers at first contact.",
         "Make the THRIVE+ risk assessment mandatory on every incident and add a repeat caller flag to the "
         "command and control system.",
         "Supt Force Control Room", "Sep-23", "Green",
         "THRIVE+ fields mandatory since 1 June; repeat caller flag in user testing."],
        ["AFI1", "Area for improvement",
         "The force should attend incidents within its published time frames and keep callers updated when "
         "attendance is delayed.",
         "Introduce a call-back process for incidents where attendance is delayed beyond the published time.",
         "Ch Insp Response Policing", "Sep-42", "Amber",
         "Call-back process drafted; performance reported weekly to the Operational Performance Board."],
        ["Investigating crime"],
        ["AFI2", "Area for improvement",
         "The force should make sure investigations are effectively supervised and that supervisory reviews are "
         "recorded.",
         "Introduce a minimum standard for supervisory reviews on Niche and dip-sample 100 crimes each month.",
         "Det Supt Crime Standards", "Dec-23", "Green",
         "Standard issued in May; first dip sample found reviews recorded in 71% of crimes."],
        ["AFI3", "Area for improvement",
         "The force should make sure victims are updated throughout their investigation in line with the "
         "Victims' Code.",
         "Add Victims' Code contact reminders to the Niche investigation workflow.",
         "Head of Criminal Justice", "Q4 2023/24", "Not started", ""],
        ["Protecting vulnerable people"],
        ["AFI4", "Area for improvement",
         "The force should make sure it routinely uses Domestic Violence Protection Notices and Orders where "
         "appropriate.",
         "Deliver DVPN/DVPO refresher training to response sergeants and inspectors.",
         "Supt Public Protection", "31/03/2024", "Green",
         "Training delivered to 4 of the 6 response teams."],
        [],
        ["Status key: Complete; Green = on track; Amber = some risk to delivery; Red = off track; Not started"],
    ]
    with open(out("a2-gwent-police-hmicfrs-afi-tracker.txt"), "w", encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


# ======================================= 7. Isle of Wight NHS Trust CQC (xlsx)
def make_iow():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must Do Should Do"
    ws["A1"] = "Isle of Wight NHS Trust – CQC Inspection 2021: Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "CQC report published 23 September 2021 | Progress reported to the Quality Committee – February 2022"
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead", "Target date", "Revised date",
               "Progress update", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BORDER
    RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
    D = dt.datetime
    md1 = ("The trust must ensure that the psychiatric intensive care unit environment is fit for purpose and "
           "meets the Mental Health Act Code of Practice. (Regulation 15)")
    md2 = ("The trust must ensure there are enough clinical psychologists and other appropriately qualified "
           "staff to meet the needs of patients on the acute wards. (Regulation 18)")
    sd1 = "The trust should ensure that care plans are personalised and show the patient's involvement."
    md3 = ("The trust must ensure that people on the community mental health team waiting list are monitored "
           "and their risks reviewed while they wait. (Regulation 12)")
    sd2 = "The trust should ensure that staff receive regular clinical supervision and that it is recorded."
    sd3 = "The trust should ensure that all staff complete mandatory training in line with the trust target."
    sd4 = "The trust should ensure that patient group directions used in the department are reviewed and in date."
    sd5 = "The trust should ensure that the surgical safety checklist is fully completed for every procedure."
    content = [
        ("section", "Acute wards for adults of working age and psychiatric intensive care unit (Mental Health)"),
        ("MD1.1", "Must", md1,
         "Complete the refurbishment of the PICU seclusion room and de-escalation area at Sevenacres.",
         "Associate Director of Estates", D(2022, 3, 31), None,
         "Contractor on site from January; works due to finish in March.", AMBER),
        ("MD1.2", None, None,
         "Review the PICU operational policy against the Mental Health Act Code of Practice with the Mental "
         "Health Act Manager.",
         "Clinical Director, Mental Health and Learning Disabilities", D(2021, 12, 31), None,
         "Policy reviewed and ratified at the Mental Health Clinical Governance Group on 14 December 2021.",
         GREEN),
        ("MD2.1", "Must", md2,
         "Recruit two clinical psychologists and a psychology assistant to the inpatient wards.",
         "Head of Psychological Therapies", D(2022, 2, 28), D(2022, 6, 30),
         "One psychologist appointed; the second post has been re-advertised after an unsuccessful round.",
         RED),
        ("SD1.1", "Should", sd1,
         "Introduce a monthly care plan audit on each ward using the personalisation standard.",
         "Sevenacres Ward Managers", "Monthly", None,
         "Audit tool in use since November; average compliance 78%.", AMBER),
        ("section", "Community mental health services for adults of working age"),
        ("MD3.1", "Must", md3,
         "Introduce a waiting list management protocol with a monthly risk review call for everyone waiting "
         "more than four weeks.",
         "Service Manager, Community Mental Health", D(2021, 11, 30), None,
         "Protocol in place; all 146 people on the waiting list have had a risk review. Evidence reviewed by "
         "the Quality Committee in January.", BLUE),
        ("SD2.1", "Should", sd2,
         "Set up a supervision recording log and report compliance monthly to the divisional board.",
         "Head of Nursing, Mental Health and Learning Disabilities", D(2022, 1, 31), None,
         "Recording live; compliance 64% against a target of 85%, improving each month.", AMBER),
        ("section", "Diagnostic imaging (Acute)"),
        ("SD3.1", "Should", sd3,
         "Book all radiographers with expired training onto the next available sessions and track compliance "
         "through the divisional performance review.",
         "Radiology Services Manager", D(2022, 3, 31), None,
         "Compliance has risen from 79% to 88% against the 90% target.", AMBER),
        ("SD4.1", "Should", sd4,
         "Review and re-authorise the four contrast media patient group directions.",
         "Chief Pharmacist / Lead Radiographer", D(2021, 12, 31), None,
         "All four PGDs re-authorised by the Medicines Management Committee.", GREEN),
        ("section", "Surgery (Acute)"),
        ("SD5.1", "Should", sd5,
         "Carry out an observational audit of 20 procedures a month across theatres and feed back the results "
         "at the theatre governance meeting.",
         "Theatres Matron", "Ongoing", None,
         "Audit to start in March once the theatre governance lead is in post.", None),
    ]
    r = 5
    group_start = None
    merges = []
    last_data_row = r
    for item in content:
        if item[0] == "section":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, ms, req, action, lead, target, revised, progress, rag = item
        if req is None:
            merges.append((group_start, r))
        else:
            group_start = r
        for i, v in enumerate([ref, ms, req, action, lead, target, revised, progress], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        rc = ws.cell(row=r, column=9)
        rc.border = BORDER
        if rag:
            rc.fill = fill(rag)
        last_data_row = r
        r += 1
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, txt in [
        (RED, "Off track – action will not be delivered by the target date"),
        (AMBER, "On track – action in progress and expected to be delivered by the target date"),
        (GREEN, "Complete – action delivered"),
        (BLUE, "Complete and assured – evidence reviewed by the Quality Committee"),
    ]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGHI", [8, 9, 48, 48, 30, 12, 12, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = "A4:I%d" % last_data_row
    wb.save(out("a2-isle-of-wight-cqc-must-should-do-action-plan.xlsx"))


if __name__ == "__main__":
    make_bathnes()
    make_south_glos()
    make_rotherham()
    make_kirklees()
    make_ards()
    make_gwent()
    make_iow()
    print("done")
