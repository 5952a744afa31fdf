"""Generator for the de2- cases of heldout143 (plans outside children's services)."""
import csv
import os
from datetime import datetime as D

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
    "hdr": "1F3864", "grey": "D9D9D9", "lav": "E4DFEC"}.items()}
RAGFILL = {"Red": "red", "R": "red", "Amber": "amber", "A": "amber", "Green": "green", "G": "green",
           "Complete": "blue"}


def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def put(ws, row, vals, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, D):
            c.number_format = datefmt


# ---------------------------------------------------------------- 1. Tyne and Wear FRS (xlsx)
def twfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Tyne and Wear Fire and Rescue Service – HMICFRS Inspection 2023 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position as at 31 January 2025 – reported to the Governance Committee"
    ws["A2"].font = Font(italic=True)
    hdr(ws, 4, ["Ref", "Area for Improvement", "Action", "Action Owner", "Original Target Date",
                "Revised Target Date", "Progress Update", "Previous RAG", "Current RAG"],
        [7, 40, 45, 22, 14, 14, 50, 11, 11])
    rows = [
        ("Effectiveness",),
        ("1.1", "The service should make sure it has an effective system in place to assure itself that its risk information is up to date and accurate.",
         "Introduce a quarterly audit of Site Specific Risk Information (SSRI) records by station managers.",
         "GM Risk & Resilience", D(2024, 3, 31), D(2024, 9, 30),
         "Audit template agreed and first two quarterly audits completed. 94% of SSRI records now within review date.", "Amber", "Green"),
        ("1.2", None,
         "Deliver refresher training on the capture and upload of risk information to all operational crews.",
         "AM Response / Training Manager", D(2024, 6, 30), None,
         "All watches trained via the learning platform and practical sessions on station.", "Green", "Complete"),
        ("2.1", "The service should make sure its prevention work is targeted at the people most at risk from fire.",
         "Refresh the Safe and Well visit targeting model using Exeter data and partner referrals.",
         "Head of Prevention", D(2024, 9, 30), D(2025, 3, 31),
         "Data sharing agreement with the ICB delayed sign-off; revised model now in testing in two districts.", "Red", "Amber"),
        ("2.2", None,
         "Evaluate the outcomes of Safe and Well visits and report to the Fire Authority.",
         "Head of Prevention", "Annually", None,
         "First annual evaluation presented in November 2024.", "Green", "Green"),
        ("Efficiency",),
        ("3.1", "The service should make sure it has effective measures in place to assess the productivity of its operational staff.",
         "Develop a productivity dashboard for wholetime and on-call crews covering prevention, protection and training activity.",
         "Head of Performance & Data", D(2024, 12, 31), None,
         "Dashboard built in Power BI; data quality issues with training records being resolved before go-live.", "Amber", "Amber"),
        ("People",),
        ("4.1", "The service should assure itself that all staff understand and demonstrate its values and behaviours.",
         "Deliver Core Code of Ethics roadshows at every station and support department.",
         "DCFO", D(2024, 5, 31), None,
         "Roadshows delivered to 1,020 staff. Closed at Improvement Board, July 2024.", "Green", "Complete"),
        ("4.2", None,
         "Introduce an anonymous reporting line for inappropriate behaviour and publish quarterly themes to all staff.",
         "Head of HR; Head of Culture & Inclusion", D(2024, 10, 31), D(2025, 2, 28),
         "Reporting line live from December 2024; first quarterly themes report being drafted.", "Amber", None),
        ("5.1", "The service should make sure it has an effective system to manage staff performance and development.",
         "Implement the new annual appraisal ('My Conversation') process for all staff groups, with completion rates reported monthly.",
         "Director of People", D(2025, 3, 31), None,
         "Due to start after the HR system upgrade in February.", None, "Not started"),
    ]
    r = 5
    merge_from = None
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        put(ws, r, row)
        if row[1] is None and merge_from:
            ws.merge_cells(start_row=merge_from, start_column=2, end_row=r, end_column=2)
        else:
            merge_from = r
        for col in (8, 9):
            v = row[col - 1]
            if v in RAGFILL:
                ws.cell(row=r, column=col).fill = FILL[RAGFILL[v]]
        r += 1
    # 4.2 current RAG shown by fill only
    ws.cell(row=r - 2, column=9).fill = FILL["green"]
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (t, f) in enumerate([("Red – target date missed / action off track", "red"),
                                ("Amber – some slippage, recoverable", "amber"),
                                ("Green – on track", "green"),
                                ("Complete – action closed by Improvement Board", "blue")], 1):
        ws.cell(row=r + i, column=1).fill = FILL[f]
        ws.cell(row=r + i, column=2, value=t)
    wb.save(P("de2-tyne-and-wear-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. WDH (xlsx, refuse)
def wdh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "WDH – Consumer Standards Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Actions agreed following the Regulator of Social Housing inspection (C2 consumer grading). "
                "Updated monthly for the Customer Services Committee.")
    hdr(ws, 4, ["No.", "Standard", "Issue identified", "Action", "Responsible Officer", "Target date",
                "Status", "Update"], [6, 22, 38, 45, 24, 12, 12, 45])
    rows = [
        ("1", "Safety and Quality Standard", "Stock condition data is incomplete for around 18% of homes.",
         "Complete stock condition surveys for all homes without a survey in the last five years.",
         "Head of Asset Management", "Mar-25", "Green", "3,140 of 4,200 outstanding surveys completed."),
        ("2", "Safety and Quality Standard", "Overdue fire risk assessment actions in high-rise blocks.",
         "Clear all overdue high and medium priority FRA actions.", "Building Safety Manager", "Dec-24",
         "Complete", "All high and medium actions closed and verified."),
        ("3", "Safety and Quality Standard", "Damp and mould cases are not consistently followed up.",
         "Introduce a post-works revisit for all damp and mould cases within 6 weeks.",
         "Repairs Manager", "Jun-25", "Amber", "Process agreed; revisit team being recruited."),
        ("4", "Transparency, Influence and Accountability Standard",
         "Tenant satisfaction measures are not shared with tenants in an accessible way.",
         "Publish TSM results with a tenant-friendly summary on the website and in the newsletter.",
         "Head of Customer Insight", "Agu-25", "Green", "Summary drafted with the Tenant Voice Panel."),
        ("5", "Transparency, Influence and Accountability Standard",
         "Complaint learning is not reported back to tenants.",
         "Produce a quarterly 'You said, we did' report on complaints learning.", "Complaints Manager",
         "Sep-25", "Green", "First report published in January."),
        ("6", "Neighbourhood and Community Standard", "ASB case reviews are not recorded consistently.",
         "Introduce a standard ASB case review template and monthly case audits.", "Neighbourhood Services Manager",
         "Oct-25", "Not started", ""),
        ("7", "Tenancy Standard", "Tenancy audits have not been carried out since 2020.",
         "Restart the tenancy audit programme, visiting every home over a three-year cycle.",
         "Head of Housing Management", "Mar-26", "Amber", "Programme approved; visits start April."),
    ]
    for i, row in enumerate(rows):
        put(ws, 5 + i, row)
        if row[6] in RAGFILL:
            ws.cell(row=5 + i, column=7).fill = FILL[RAGFILL[row[6]]]
    wb.save(P("de2-wdh-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. H&F ASC (xlsx)
def hf_asc():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    hdr(dc, 1, ["Version", "Date", "Author", "Changes"], [10, 14, 28, 50])
    put(dc, 2, ["0.1", D(2024, 6, 3), "ASC Improvement Lead", "First draft following CQC report"])
    put(dc, 3, ["1.0", D(2024, 7, 15), "ASC Improvement Lead", "Approved by ASC Improvement Board"])
    put(dc, 4, ["1.3", D(2025, 1, 20), "ASC Improvement Lead", "Q3 progress update"])
    ws = wb.create_sheet("ASC Improvement Plan")
    ws["A1"] = "Hammersmith & Fulham Council – Adult Social Care Improvement Plan (CQC Local Authority Assessment)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    hdr(ws, 3, ["Theme", "Quality statement", "Ref", "Action", "Lead", "Due", "RAG", "Progress commentary"],
        [22, 24, 6, 48, 26, 12, 10, 50])
    rows = [
        ("Theme 1: Working with people", "QS1 Assessing needs", "1.1",
         "Reduce the waiting time for Care Act assessments to under 4 weeks by introducing a duty triage hub.",
         "Assistant Director, Operations", D(2024, 12, 1), "G",
         "Triage hub live since September. Average wait now 5.2 weeks, down from 11."),
        (None, None, "1.2",
         "Increase the number of carers' assessments completed and offer a direct payment to every eligible carer.",
         "Head of Carers & Prevention", "Q4 2024/25", "A",
         "Carers' assessments up 22% but direct payment take-up remains low."),
        (None, "QS3 Equity in experience and outcomes", "1.3",
         "Publish an ASC equality data report showing outcomes by ethnicity, age and disability.",
         "Lucy Amadi / Tom Rees", D(2025, 6, 30), "R",
         "Data extract from the case management system not yet reliable; BI support requested."),
        ("Theme 2: Providing support", "QS4 Care provision, integration and continuity", "2.1",
         "Commission additional extra-care housing capacity in the north of the borough.",
         "Director of Commissioning", D(2026, 3, 1), "G", "Site identified and procurement started."),
        (None, "QS5 Partnerships and communities", "2.2",
         "Agree a joint hospital discharge protocol with Imperial College Healthcare NHS Trust.",
         "AD Integrated Care", D(2024, 9, 1), "Complete", "Protocol signed off by the Health and Wellbeing Board."),
        ("Theme 3: Ensuring safety within the system", "QS7 Safeguarding", "3.1",
         "Clear the backlog of Deprivation of Liberty Safeguards (DoLS) applications awaiting assessment.",
         "Principal Social Worker", "Ongoing", "A", "Backlog reduced from 410 to 260 using agency BIAs."),
        (None, None, "3.2",
         "Embed a quarterly safeguarding audit programme with findings reported to the Safeguarding Adults Board.",
         "Head of Safeguarding and Quality Assurance", D(2025, 1, 31), "G",
         "Two audit cycles completed; SAB report scheduled for February."),
        ("Theme 4: Leadership", "QS9 Learning, improvement and innovation", "4.1",
         "Establish a co-production board with people who draw on care and support to oversee the plan.",
         "Strategic Director of Social Care", D(2025, 7, 1), None, ""),
    ]
    r0 = 4
    starts = {1: None, 2: None}
    for i, row in enumerate(rows):
        r = r0 + i
        put(ws, r, row, datefmt="mmm-yy")
        for col in (1, 2):
            if row[col - 1] is not None:
                if starts[col] is not None and r - 1 > starts[col]:
                    ws.merge_cells(start_row=starts[col], start_column=col, end_row=r - 1, end_column=col)
                starts[col] = r
        if row[6] in RAGFILL:
            ws.cell(row=r, column=7).fill = FILL[RAGFILL[row[6]]]
    last = r0 + len(rows) - 1
    for col in (1, 2):
        if last > starts[col]:
            ws.merge_cells(start_row=starts[col], start_column=col, end_row=last, end_column=col)
    k = last + 2
    ws.cell(row=k, column=1, value="Key: R = Off track   A = At risk   G = On track   Complete = Delivered and evidenced").font = Font(italic=True)
    wb.save(P("de2-hammersmith-fulham-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4. Together Housing (docx)
def together():
    doc = Document()
    doc.add_heading("Together Housing Group – Damp and Mould Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how we are responding to the Housing Ombudsman's Spotlight report on "
        "damp and mould, following our self-assessment against its recommendations. Progress is reported "
        "to the Customer Committee and the Board.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Owner", "Approved by"]):
        c.text = v
    bold_row(t.rows[0])
    for vals in [("1.0", "14/02/2023", "Director of Property Services", "Executive Team"),
                 ("1.2", "05/09/2023", "Director of Property Services", "Customer Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["No.", "Ombudsman recommendation", "Our action", "Lead", "Target date", "Status"]):
        c.text = v
        shade(c, "BDD7EE")
    bold_row(t.rows[0])
    plan = [
        ("Proactive approach to damp and mould", [
            ("Landlords should adopt a zero-tolerance approach to damp and mould interventions.", [
                ("1.1", "Publish a Damp, Mould and Condensation Policy approved by the Board.",
                 "Director of Property Services", "31/03/2023", "Complete"),
                ("1.2", "Train all frontline staff, including contractors, to recognise and report damp and mould on every visit.",
                 "Head of Repairs / Learning & Development Manager", "June 2023", "On track")]),
            ("Landlords should use data to identify properties at risk of damp and mould.", [
                ("2.1", "Develop a risk model using stock condition data, EPC ratings and repairs history to prioritise inspections.",
                 "Head of Asset Intelligence", "Sept 2023 – March 2024", "Amber")]),
        ]),
        ("Communication", [
            ("Landlords should ensure residents are told what to expect and when.", [
                ("3.1", "Send written confirmation of the diagnosis, works and timescales to residents within 5 working days of inspection.",
                 "Customer Experience Manager", "End of July 2023", "Green"),
                ("3.2", "Refresh damp and mould advice on the website and in the tenant newsletter, removing language that blames residents' lifestyles.",
                 "Communications Lead", "Ongoing", "Green")]),
        ]),
        ("Repairs and remedies", [
            ("Landlords should carry out follow-up inspections to confirm works have been effective.", [
                ("4.1", "Introduce a 6-week post-works check by phone and a 6-month revisit for all category 1 cases.",
                 "J. Whitworth", "Q3 2023/24", "Red"),
                ("4.2", "Report damp and mould case volumes and revisit outcomes to the Customer Committee.",
                 "Director of Customer Services", "Quarterly", "Not started")]),
        ]),
    ]
    colours = {"Complete": "00B0F0", "On track": "00B050", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, recs in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = theme
        shade(m, "D9D9D9")
        bold_row(row)
        for rec, acts in recs:
            first = None
            for ref, act, lead, tgt, st in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                if first is None:
                    cells[1].text = rec
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                cells[2].text = act
                cells[3].text = lead
                cells[4].text = tgt
                cells[5].text = st
                if st in colours:
                    shade(cells[5], colours[st])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; Green / On track – on target; "
                      "Amber – at risk of slipping; Red – behind target; Not started.")
    doc.save(P("de2-together-housing-ombudsman-damp-mould-action-plan.docx"))


# ---------------------------------------------------------------- 5. Stoke-on-Trent CLeaR (docx)
def stoke_clear():
    doc = Document()
    doc.add_heading("Stoke-on-Trent City Council – Tobacco Control CLeaR Assessment: Improvement Plan 2024–25", level=1)
    doc.add_paragraph(
        "The Stoke-on-Trent Tobacco Control Alliance completed a CLeaR peer assessment in March 2024. "
        "This plan sets out the actions the Alliance has agreed in response to the assessors' recommendations. "
        "It is owned by the Director of Public Health and monitored by the Health and Wellbeing Board.")
    sections = [
        ("1. Challenge services", [
            ("Recommendation 1",
             "Strengthen the stop smoking offer for pregnant women and their partners, including routine CO monitoring at every antenatal appointment.",
             [("1.1", "Agree a smoke-free pregnancy pathway with the University Hospitals of North Midlands maternity service.",
               "Public Health Consultant", "31 March 2025", "Green",
               "Pathway drafted and agreed at the Local Maternity and Neonatal System board in January."),
              ("1.2", "Extend the financial incentives scheme to partners of pregnant smokers.",
               "Tobacco Control Lead", "September 2025", "Amber",
               "Funding identified; evaluation framework still being designed with Keele University.")]),
            ("Recommendation 2",
             "Increase the reach of stop smoking support among people with severe mental illness.",
             [("2.1", "Embed a specialist stop smoking adviser in the community mental health teams.",
               "Commissioning Manager, Adult Public Health", "January – June 2025", "Amber",
               "Adviser recruited; start date delayed to April by vetting."),
              ("2.2", "Evaluate quit rates for people with SMI and report to the Alliance.",
               "Public Health Intelligence Manager / Tobacco Control Lead", "December 2025", "Not started", "")]),
        ]),
        ("2. Leadership", [
            ("Recommendation 3",
             "Refresh the Tobacco Control Alliance's terms of reference and membership so that partners share accountability for the plan.",
             [("3.1", "Review the terms of reference and invite Trading Standards, the ICB and housing providers to join.",
               "Director of Public Health", "November 2024", "Complete",
               "New terms of reference adopted at the November Alliance meeting."),
              ("3.2", "Present an annual tobacco control report to the Health and Wellbeing Board.",
               "Tobacco Control Lead", "TBC", "Red",
               "Not yet scheduled on the Board's forward plan.")]),
        ]),
        ("3. Results", [
            ("Recommendation 4",
             "Make better use of local data on illicit tobacco to target enforcement.",
             [("4.1", "Run joint test purchase and enforcement operations with Staffordshire Police and HMRC.",
               "Trading Standards Manager", "Ongoing", "Green",
               "Three joint operations completed this year; 41,000 illicit cigarettes seized.")]),
        ]),
    ]
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for sect, recs in sections:
        doc.add_heading(sect, level=2)
        for rh, rt, acts in recs:
            doc.add_heading(rh, level=3)
            doc.add_paragraph(rt)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Responsible officer", "Target completion date", "RAG", "Progress"]):
                c.text = v
                shade(c, "DDEBF7")
            bold_row(t.rows[0])
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, a):
                    c.text = v
                if a[4] in colours:
                    shade(cells[4], colours[a[4]])
            doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for (a, b), row in zip([("Approved by", "Health and Wellbeing Board"), ("Date", "25 June 2024"),
                            ("Next review", "Quarterly")], t.rows):
        row.cells[0].text, row.cells[1].text = a, b
    doc.save(P("de2-stoke-on-trent-tobacco-control-clear-improvement-plan.docx"))


# ---------------------------------------------------------------- 6. Ongo (csv)
def ongo():
    head = ["Audit Report", "Report Date", "Assurance", "Rec No", "Priority", "Recommendation",
            "Management Response / Agreed Action", "Responsible Officer", "Original Implementation Date",
            "Revised Implementation Date", "RAG Status", "Comment"]
    rows = [
        ["Responsive Repairs Contract Management", "Nov-23", "Limited", "1", "Priority 1",
         "Contract performance meetings are not consistently minuted and actions are not tracked.",
         "Standard agenda and minute template to be introduced for all contract performance meetings, with actions tracked centrally.",
         "Head of Asset Management", "31/03/2024", "30/06/2024", "Complete", "Template in use for all contracts since May 2024."],
        ["Responsive Repairs Contract Management", "Nov-23", "Limited", "2", "Priority 2",
         "Contractor invoices are paid without checking that the job has been completed.",
         "Sample-check 10% of contractor invoices against completed job records each month.",
         "Finance Business Partner", "30/06/2024", "31/03/2025", "Amber",
         "Sampling started in October; results not yet reported to the Audit Committee."],
        ["Tenancy Fraud", "Feb-24", "Reasonable", "1", "Priority 2",
         "National Fraud Initiative matches are not followed up within the agreed timescales.",
         "Allocate NFI matches to named Neighbourhood Officers and review progress at monthly team meetings.",
         "Head of Neighbourhoods", "30/09/2024", "", "Green", "92% of matches reviewed; remainder due by year end."],
        ["Tenancy Fraud", "Feb-24", "Reasonable", "2", "Priority 3",
         "The tenancy fraud policy was last reviewed in 2019.",
         "Review and re-issue the Tenancy Fraud Policy for Board approval.",
         "Policy & Compliance Manager", "31/12/2024", "31/05/2025", "Amber", "Draft policy out to tenant consultation."],
        ["Cyber Security - Remote Access", "Jun-24", "Limited", "1", "Priority 1",
         "Multi-factor authentication is not enforced for all remote access accounts.",
         "Enforce MFA on all remote and third-party accounts; any exceptions to be approved by the Head of ICT.",
         "ICT Infrastructure Manager", "31/10/2024", "", "Red",
         "Rollout paused pending a supplier upgrade. Revised date to be agreed at the March Audit Committee."],
        ["Cyber Security - Remote Access", "Jun-24", "Limited", "2", "Priority 2",
         "Leavers' network accounts are not always disabled promptly.",
         "Automate account disablement from the HR leavers feed.",
         "ICT Service Desk Manager & HR Systems Manager", "28/02/2025", "", "Green", "Automation tested; go-live planned for February."],
        ["Aids and Adaptations", "Sep-24", "Reasonable", "1", "Priority 3",
         "Purchase orders were raised after works had been ordered in 4 of 20 cases sampled.",
         "Remind all adaptations staff that purchase orders must be raised before works are instructed.",
         "Adaptations Team Leader", "31/01/2025", "", "Complete", "Reminder issued at team briefing 9 January 2025."],
    ]
    with open(P("de2-ongo-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Ongo - Internal Audit Recommendations Tracker - Audit and Risk Committee, February 2025"] + [""] * 11)
        w.writerow([""] * 12)
        w.writerow(head)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 12)
        w.writerow(["Total recommendations: 7", "", "", "", "", "Complete: 2", "Green: 2", "Amber: 2", "Red: 1", "", "", ""])


# ---------------------------------------------------------------- 7. Test Valley scrutiny (txt, tab-separated)
def test_valley():
    lines = [
        "Test Valley Borough Council - Review of Affordable Housing Delivery: Tracker of Scrutiny Recommendations",
        "Overview and Scrutiny Committee - update to committee, 12 March 2025",
        "",
        "\t".join(["Rec No", "Recommendation", "Cabinet Response", "Action", "Lead Officer", "Due Date", "Status", "Update"]),
        "\t".join(["1", "The Council should publish an annual report on affordable housing completions by parish and tenure.",
                   "Accepted", "Publish an Affordable Housing Delivery Report each autumn, with completions broken down by parish and tenure.",
                   "Head of Housing and Environmental Health", "Oct-25", "On track",
                   "Data collection agreed with Planning Policy; first report due to Cabinet in October."]),
        "\t".join(["2", "The Council should hold regular meetings with registered providers active in the borough.",
                   "Accepted", "Hold quarterly Registered Provider forums and publish a summary of issues raised.",
                   "Clare Hughes and Dev Sandhu", "Quarterly", "Green",
                   "Forums held in July, October and January."]),
        "\t".join(["3", "The Council should review its First Homes local eligibility criteria.",
                   "Partially accepted", "Review First Homes local connection criteria as part of the Housing Strategy refresh.",
                   "Housing Strategy Manager", "By 31 July 2025", "Amber",
                   "Review delayed by the Local Plan timetable; Cabinet has asked for it to be brought forward."]),
        "",
        "\t".join(["4", "The Council should support rural exception sites through a dedicated enabling post.",
                   "Accepted", "Fund a Rural Housing Enabler post jointly with Hampshire Community Housing.",
                   "Head of Housing and Environmental Health", "31/12/2024", "Complete",
                   "Postholder started in December 2024."]),
        "\t".join(["5", "A progress report on these recommendations should come back to this Committee within 12 months.",
                   "Accepted", "Bring a progress report on the implementation of these recommendations to Overview and Scrutiny Committee.",
                   "Scrutiny Officer", "September 2025", "Not started", ""]),
        "",
        "Status: Complete / On track (Green) / Amber - some risk to delivery / Red - will not be delivered by due date / Not started",
    ]
    with open(P("de2-test-valley-bc-scrutiny-affordable-housing-review-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    twfrs(); wdh(); hf_asc(); together(); stoke_clear(); ongo(); test_valley()
