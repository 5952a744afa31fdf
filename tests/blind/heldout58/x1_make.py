"""Generator for the x1- cases of heldout58 (blind corpus).

Run with /work/main/.venv/bin/python x1_make.py ; writes the seven document files beside this script.
The readings (*.expected.yaml) are written by hand, not by this script.
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

D = dt.datetime

BLUE = "8DB4E2"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def header_row(ws, row, names, colour=HEAD):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def band_row(ws, row, text, ncols, colour=GREY):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(colour)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BORDER


def body_row(ws, row, values, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER
        if isinstance(v, dt.datetime):
            c.number_format = date_fmt


# ---------------------------------------------------------------------------
# 1. Natural Resources Wales - Audit Wales recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_nrw():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "AW Recs Tracker"
    ws["A1"] = "Natural Resources Wales \u2013 Audit Wales Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 January 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Assurance Committee, 19 February 2025 \u2013 Paper ARAC 25-02-07, Annex 1"
    ws["A3"].font = Font(italic=True)
    cols = ["Ref", "Date of report", "Recommendation", "Priority",
            "Management response / agreed action", "Responsible officer",
            "Original target date", "Revised target date", "Status",
            "Progress update (January 2025)"]
    header_row(ws, 5, cols)
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def rec(row, ref, rdate, text, prio, action, lead, orig, rev, status, prog):
        body_row(ws, row, [ref, rdate, text, prio, action, lead, orig, rev, status, prog])
        ws.cell(row=row, column=2).number_format = "mmm-yy"
        if status in status_fill:
            ws.cell(row=row, column=9).fill = fill(status_fill[status])

    band_row(ws, 6, "Audit of Financial Statements 2022-23 (ISA 260 report to ARAC, 18 July 2023)", 10)
    rec(7, "AW23-01", D(2023, 7, 18),
        "NRW should reconcile the forestry asset register to the general ledger at each quarter end and "
        "resolve differences promptly, so that the year-end valuation of the forestry estate is supported.",
        "High",
        "Quarterly reconciliation of the forestry asset register to the general ledger to be introduced, with the "
        "year-end reconciliation reviewed and signed off by the Head of Financial Accounting before the draft "
        "accounts are prepared.",
        "Head of Financial Accounting", D(2024, 3, 31), None, "Complete",
        "Quarterly reconciliations in place from Q3 2023-24. The 2023-24 year-end reconciliation was reviewed "
        "by Audit Wales with no issues raised. Proposed for closure.")
    rec(8, "AW23-02", D(2023, 7, 18),
        "Manual journals above \u00a3250,000 should be independently approved before posting, and the approval "
        "retained as evidence.",
        "Medium",
        "Configure workflow approval in the finance system so that manual journals above \u00a3250,000 cannot be "
        "posted without a second approver. Interim manual log of approvals to be kept until go-live.",
        "Financial Systems Manager", D(2024, 9, 30), D(2025, 3, 31), "Amber",
        "Workflow built and tested in the test environment. Go-live held back by the finance system upgrade, "
        "now planned for March 2025. Interim approval log in use and checked monthly.")
    rec(9, "AW23-03", D(2023, 7, 18),
        "NRW should maintain a complete register of timber sales contracts, including contract variations, and "
        "report it regularly to the Executive Team.",
        "High",
        "Publish a single contract register for all timber sales contracts, including variations, and review it "
        "monthly at the Commercial Forestry Board with a quarterly summary to Executive Team.",
        "Head of Commercial Forestry / Head of Procurement", D(2024, 12, 31), None, "Green",
        "Register built and populated for all live contracts. First quarterly summary went to Executive Team in "
        "January 2025; monthly review in place.")
    # row 10 left blank
    band_row(ws, 11, "Assurance and Risk Assessment \u2013 Workforce Planning (October 2023)", 10)
    rec(12, "WP-R1", D(2023, 10, 12),
        "NRW should develop a strategic workforce plan that sets out the skills and capacity it needs to deliver "
        "its Corporate Plan to 2030.",
        "High",
        "Develop a Strategic Workforce Plan 2024\u20132030 with Directors and Trade Union partners and take it to "
        "the Board for approval.",
        "Executive Director Corporate Services", D(2024, 6, 30), D(2024, 10, 31), "Complete",
        "Plan approved by the Board on 25 September 2024 and published on the intranet.")
    rec(13, "WP-R2", D(2023, 10, 12),
        "NRW should improve the quality and completeness of its workforce data so that it can monitor delivery "
        "of the workforce plan.",
        "Medium",
        "Cleanse establishment and vacancy data in the HR system and produce a monthly workforce dashboard for "
        "Executive Team.",
        "Head of People Services", D(2025, 3, 31), None, "Green",
        "Data cleanse 80% complete. Dashboard in draft; first version to Executive Team in March 2025.")
    rec(14, "WP-R3", D(2023, 10, 12),
        "NRW should put succession plans in place for the roles it has identified as business critical.",
        "Medium",
        "Agree the list of business-critical roles and put a succession plan in place for each, starting with "
        "Grade 7 and above.",
        "Head of People Services", D(2025, 9, 30), None, "Not started",
        "Due to start in April 2025 once the workforce dashboard is live.")
    # row 15 left blank
    band_row(ws, 16, "Well-being of Future Generations (Wales) Act 2015 \u2013 Examination of the setting of "
                     "well-being objectives (February 2024)", 10)
    rec(17, "WFG-R1", D(2024, 2, 27),
        "NRW should involve a wider range of people, including people who reflect the diversity of Wales, when "
        "it next reviews its well-being objectives.",
        "Medium",
        "Co-design the 2025 review of the well-being objectives with the Stakeholder Reference Group and the NRW "
        "Youth Panel, and publish a summary of how their views were used.",
        "Head of Strategy and Planning", D(2025, 6, 30), None, "Green",
        "Engagement plan agreed by Executive Team in December 2024. Youth Panel workshops booked for March 2025.")
    rec(18, "WFG-R2", D(2024, 2, 27),
        "NRW should set out more clearly how it will measure progress against each of its well-being objectives.",
        "Medium",
        "Agree a set of measures for each well-being objective and report against them in the Annual Report and "
        "Accounts 2024-25.",
        "Head of Strategy and Planning / Performance Manager", D(2024, 12, 31), None, "Red",
        "Draft measures not yet agreed by Executive Team; this will now be picked up in the review of the "
        "corporate performance framework. A revised date will be brought to the next meeting.")
    # key under the table
    ws["A20"] = "Status key"
    ws["A20"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action implemented and evidence provided to Audit Wales"),
           ("Green", GREEN, "On track to be delivered by the target date"),
           ("Amber", AMBER, "Risk that the target date will be missed; revised date proposed"),
           ("Red", RED, "Target date missed / action not progressing"),
           ("Not started", None, "Action not yet due to start")]
    for i, (word, colour, meaning) in enumerate(key):
        r = 21 + i
        ws.cell(row=r, column=1, value=word)
        if colour:
            ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=meaning)
    widths = [10, 11, 45, 9, 50, 26, 12, 12, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "x1-natural-resources-wales-audit-wales-recommendations-tracker.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 2. Cardiff and Vale UHB - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
def make_cav():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Cardiff and Vale University Health Board"
    doc.add_heading("HIW Unannounced Inspection \u2013 University Hospital of Wales, Ward B4: Improvement Plan", level=1)
    doc.add_paragraph("Progress update for the Quality, Safety and Experience Committee, 16 July 2024")
    doc.add_paragraph(
        "Healthcare Inspectorate Wales (HIW) carried out an unannounced inspection of Ward B4 on 12 and 13 March "
        "2024. The report was published on 14 June 2024 and identified the improvements set out below. The "
        "Medicine Clinical Board has updated the plan for the Committee, and each action is RAG rated using the "
        "key at the end of this document.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "University Hospital of Wales"),
                                ("Ward/department:", "Ward B4 (Acute Medicine)"),
                                ("Date of inspection:", "12 and 13 March 2024"),
                                ("Clinical Board:", "Medicine")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")

    cols = ["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale", "RAG"]
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [
        ("S", "Quality of the patient experience"),
        ("R", "The health board must ensure that patients\u2019 privacy and dignity are maintained when bays are "
              "used as mixed-sex accommodation during periods of escalation.",
         "Person centred",
         "Mixed-sex breaches added to the daily safety huddle template and reported through Datix.\n"
         "Site Manager to escalate any breach lasting more than four hours to the Senior Nurse on call.\n"
         "Curtains and dignity screens in bays 1\u20134 replaced.",
         "Ward Manager / Site Manager", "Immediate and ongoing", "G"),
        ("R", "The health board should ensure that information on how to raise a concern under Putting Things "
              "Right is displayed bilingually at the entrance to the ward.",
         "Person centred",
         "Bilingual Putting Things Right posters and leaflets displayed at the ward entrance and in the day room.",
         "Ward Manager", "30 April 2024", "B"),
        ("S", "Delivery of safe and effective care"),
        ("R", "The health board must ensure that a falls risk assessment is completed for every patient within 24 "
              "hours of admission and reviewed when the patient\u2019s condition changes.",
         "Safe",
         "Falls risk assessment added to the admission checklist in the Welsh Nursing Care Record.\n"
         "Ward sisters to audit ten sets of records each week and report the results to the Clinical Board "
         "Nursing Forum.",
         "Senior Nurse for Acute Medicine", "31 July 2024", "A"),
        ("R", "The health board must ensure that the resuscitation trolley is checked daily in line with policy "
              "and that the checks are recorded.",
         "Safe",
         "Daily trolley check added to the night staff duty list. Ward Manager reviews the check log weekly.",
         "Ward Manager", "15 March 2024", "B"),
        ("R", "The health board must ensure that the medicines fridge is locked when not in use and that its "
              "temperature is recorded daily, with action taken when it falls outside the recommended range.",
         "Safe",
         "Replacement lockable fridge with a digital data logger installed.\n"
         "Ward pharmacist to review the temperature records monthly.",
         "Ward Manager / Clinical Board Pharmacist", "May 2024", "B"),
        ("R", "The health board should ensure that the damaged flooring in the sluice and bay 3 is repaired so "
              "that these areas can be cleaned effectively.",
         "Safe",
         "Works order raised with Estates. Flooring replacement to be completed during the planned ward decant.",
         "Head of Estates Operations", "September 2024", "R"),
        ("S", "Quality of management and leadership"),
        ("R", "The health board must ensure that staff complete their mandatory training, in particular "
              "safeguarding and basic life support, in line with the health board\u2019s 85% compliance target.",
         "Workforce",
         "Protected time for mandatory training built into the e-roster for all registered nurses and healthcare "
         "support workers.\nCompliance reported monthly to the Directorate Management Team.",
         "Ward Manager / Directorate Manager", "31 October 2024", "A"),
        ("R", "The health board should ensure that all staff receive an annual Performance Appraisal and "
              "Development Review (PADR).",
         "Workforce",
         "PADR schedule agreed for 2024-25; each ward sister has a named group of staff to appraise.",
         "Ward Manager", "December 2024", "G"),
    ]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], GREY)
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "S":
            m = cells[0].merge(cells[-1])
            set_cell(m, r[1], bold=True, size=10)
            shade(m, "DEEAF6")
            continue
        _, need, std, action, who, when, colour = r
        set_cell(cells[0], need)
        set_cell(cells[1], std)
        set_cell(cells[2], action)
        set_cell(cells[3], who)
        set_cell(cells[4], when)
        set_cell(cells[5], "")
        shade(cells[5], rag[colour])
    widths = [Cm(7), Cm(2.5), Cm(8), Cm(3.8), Cm(2.8), Cm(1.4)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph("")
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (colour, text) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                        (AMBER, "Some slippage \u2013 action in hand"),
                                        (RED, "Off track \u2013 escalated to the Clinical Board")]):
        shade(k.cell(i, 0), colour)
        set_cell(k.cell(i, 1), text)
        k.cell(i, 0).width = Cm(1.5)
        k.cell(i, 1).width = Cm(9)

    doc.add_paragraph("")
    doc.add_paragraph().add_run("Service representative").bold = True
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Rhian Thomas"),
                                ("Job role:", "Director of Nursing, Medicine Clinical Board"),
                                ("Date:", "05/07/2024")]):
        set_cell(s.cell(i, 0), a, bold=True)
        set_cell(s.cell(i, 1), b)
    doc.save(os.path.join(HERE, "x1-cardiff-vale-uhb-hiw-uhw-ward-b4-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Youth Justice Agency (NI) - CJI inspection action plan (csv, Excel "Save as CSV")
# ---------------------------------------------------------------------------
def make_yja():
    n = 7
    blank = [""] * n

    def line(*vals):
        v = list(vals) + [""] * (n - len(vals))
        return v

    sr1 = ("SR1: Within 12 months of the publication of this report, the Youth Justice Agency should develop and "
           "implement a workforce plan to address vacancies, caseloads and staff wellbeing across Youth Justice "
           "Services.")
    sr2 = ("SR2: Within 12 months of the publication of this report, the Youth Justice Agency, working with the "
           "Department of Justice, should agree outcome measures for community-based interventions and report on "
           "them annually.")
    or1 = ("OR1: Within six months of the publication of this report, the Youth Justice Agency should ensure that "
           "assessments of risk of harm are reviewed whenever there is a significant change in a child's "
           "circumstances.")
    or2 = ("OR2: Within six months of the publication of this report, the Youth Justice Agency should improve how "
           "the views of victims are taken into account in intervention plans.")
    or3 = ("OR3: Within 12 months of the publication of this report, the Youth Justice Agency should ensure that "
           "children's health and speech, language and communication needs are identified at the start of an "
           "intervention.")
    rows = [
        line("Youth Justice Agency - Action Plan in response to the CJI Inspection of Youth Interventions"),
        line("Report published 23 April 2024 - progress at 30 September 2024 for the DoJ Oversight Group"),
        blank,
        ["Ref", "CJI Recommendation", "Action", "Lead", "Target Date", "RAG", "Progress Update"],
        line("STRATEGIC RECOMMENDATIONS"),
        ["1.1", sr1,
         "Complete a workforce review of all Youth Justice Services teams covering vacancies, caseloads and "
         "sickness absence.",
         "Head of HR", "Jun-24", "Complete",
         "Review completed and presented to the Agency Board in June 2024."],
        ["1.2", "",
         "Develop a three-year workforce plan, including a recruitment campaign for youth justice workers and a "
         "staff wellbeing offer.",
         "Director of Corporate Services / Head of HR", "Apr-25", "Green",
         "Draft plan shared with trade unions in September 2024. Recruitment campaign launched and 9 of 14 "
         "vacancies filled."],
        ["2.1", sr2,
         "Agree an outcomes framework for community-based interventions with DoJ statisticians.",
         "Director of Operations", "Dec-24", "Amber",
         "Draft framework developed. Agreement with NISRA on data definitions has taken longer than planned and "
         "sign-off is now expected in January 2025."],
        ["2.2", "",
         "Publish the first annual report on the outcomes of community-based interventions.",
         "Director of Operations", "Sept 2025", "Green",
         "Not yet due. Reporting template agreed with DoJ."],
        line("OPERATIONAL RECOMMENDATIONS"),
        ["3.1", or1,
         "Issue revised practice guidance on reviewing assessments after a significant change, with a new prompt "
         "in the case management system.",
         "Head of Practice and Standards", "31/10/2024", "Complete",
         "Guidance issued 14 October 2024. System prompt live from 21 October 2024."],
        ["3.2", "",
         "Quarterly audit of 10% of open cases to test that assessments are reviewed after a significant change.",
         "Area Managers", "Ongoing", "Green",
         "First audit completed in Q2 with 82% compliance. Findings discussed at practice forums."],
        ["4.1", or2,
         "Victim Contact Officers to attend all referral order planning meetings where the victim has agreed to "
         "take part.",
         "Victim Services Manager", "Nov-24", "Amber",
         "Attendance at 64% of meetings in Q2. Two vacant Victim Contact Officer posts are being recruited."],
        ["4.2", "",
         "Refresh victim awareness training for all practitioners, delivered jointly with Victim Support NI.",
         "Victim Services Manager & Training Manager", "Mar-25", "Green",
         "Training content agreed with Victim Support NI. First sessions booked for January 2025."],
        ["5.1", or3,
         "Include screening for speech, language and communication needs in the initial assessment for all "
         "children.",
         "Head of Practice and Standards", "Mar-25", "Green",
         "Screening tool agreed with the Health and Social Care Trusts. Staff briefings under way."],
        ["5.2", "",
         "Agree referral pathways to Trust speech and language therapy services in each area.",
         "Area Managers", "TBC", "Red",
         "Pathways agreed in two of the five Trust areas. Escalated to the Regional Youth Justice and Health "
         "Forum."],
        blank,
        line("RAG: Complete = action complete and evidenced; Green = on track; Amber = some delay but expected "
             "to be delivered; Red = significant delay / escalated"),
    ]
    with open(os.path.join(HERE, "x1-youth-justice-agency-cji-youth-interventions-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 4. Sussex Partnership NHS FT - CQC acute wards action plan (xlsx) - carries a mistyped month
# ---------------------------------------------------------------------------
def make_sussex():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("Sussex Partnership NHS Foundation Trust \u2013 CQC Action Plan: Acute wards for adults of working "
                "age and psychiatric intensive care units")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC assessment on site 20 January 2025; report published 22 April 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Action plan \u2013 progress at 31 August 2025 (Quality Committee, September 2025)"
    cols = ["Ref", "CQC finding", "Action", "Lead", "Target date", "Revised target date", "BRAG",
            "Progress update / evidence"]
    header_row(ws, 5, cols, colour="5B2C6F")
    brag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def act(row, ref, finding, action, lead, target, revised, b, prog):
        body_row(ws, row, [ref, finding, action, lead, target, revised, b, prog])
        ws.cell(row=row, column=7).fill = fill(brag[b])
        ws.cell(row=row, column=7).alignment = Alignment(horizontal="center", vertical="top")

    band_row(ws, 6, "Key question: Safe", 8, colour="E4DFEC")
    act(7, "S1", "Some agency and bank staff had not received a full induction and orientation to the ward "
                 "before being deployed.",
        "Introduce a local induction checklist for all temporary staff, to be completed and signed by the nurse "
        "in charge before the start of the first shift.",
        "Head of Nursing (Acute)", D(2025, 3, 31), None, "B",
        "Checklist in use on all acute wards since February 2025. Monthly audit shows 96% completion.")
    act(8, "S2", None,
        "Temporary Staffing Office to send ward managers a weekly report of temporary staff with no recorded "
        "induction.",
        "Temporary Staffing Manager", D(2025, 4, 30), None, "B",
        "Weekly report in place from April 2025.")
    ws.merge_cells("B7:B8")
    act(9, "S3", "Incidents were mentioned in care notes but were not always reported on the electronic "
                 "incident reporting system.",
        "Deliver incident reporting refreshers at ward team meetings, and Patient Safety Team to cross-check a "
        "sample of care notes against Ulysses reports each month.",
        "Patient Safety Lead / Ward Managers", D(2025, 6, 30), D(2025, 9, 30), "A",
        "Refreshers delivered on 7 of 9 wards. Monthly cross-check started in July and found 3 unreported "
        "incidents.")
    act(10, "S4", "Ligature risks in bathrooms on one ward had not been removed; patients were being supervised "
                  "to use the bathrooms as an interim measure.",
        "Complete anti-ligature works to the bathrooms on the affected ward; patients to be supervised when using "
        "the bathrooms until the works are complete.",
        "Associate Director of Estates", D(2025, 5, 31), "Ocotber 2025", "R",
        "Contractor delayed by the supply of anti-ligature fittings. Bed numbers remain reduced by two until "
        "the works are complete.")
    band_row(ws, 11, "Key question: Effective", 8, colour="E4DFEC")
    act(12, "E1", "Mental capacity assessments were not always completed or recorded appropriately.",
        "Add a mandatory mental capacity prompt to the admission template in the electronic patient record.",
        "Chief Clinical Information Officer", D(2025, 6, 30), None, "G",
        "Template change approved by the Clinical Records Group; release scheduled for September 2025.")
    act(13, "E2", None,
        "Quarterly audit of mental capacity assessments on each acute ward, reported to the Mental Health Law "
        "Group.",
        "Mental Health Act Manager", "Quarterly", None, "G",
        "Q1 audit completed; Q2 audit under way.")
    ws.merge_cells("B12:B13")
    act(14, "E3", "Consent to treatment (T2) authorisations were not always completed.",
        "Pharmacy to check T2/T3 status at every medicines reconciliation and alert the responsible clinician "
        "when a certificate is missing.",
        "Chief Pharmacist", D(2025, 7, 31), None, "G",
        "Check added to the pharmacy reconciliation checklist in July 2025.")
    band_row(ws, 15, "Key question: Well-led", 8, colour="E4DFEC")
    act(16, "W1", "Governance processes had not identified the gaps in induction and incident reporting.",
        "Add induction and incident reporting measures to the acute care ward dashboard reviewed at the monthly "
        "Care Group quality meeting.",
        "Care Group Director of Operations", D(2025, 7, 31), None, "G",
        "Measures added to the dashboard from the August 2025 meeting.")
    ws["A18"] = ("BRAG key: B = complete and evidenced; G = on track; A = at risk of missing target date; "
                 "R = target date missed / off track")
    ws["A18"].font = Font(italic=True)
    widths = [6, 40, 50, 26, 12, 14, 7, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, "x1-sussex-partnership-cqc-acute-wards-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Police Scotland - HMICS custody inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_police_scotland():
    wb = openpyxl.Workbook()
    vc = wb.active
    vc.title = "Version Control"
    vc["A1"] = "OFFICIAL"
    vc["A1"].font = Font(bold=True, color="C00000")
    vc["A3"] = "Version Control"
    vc["A3"].font = Font(bold=True, size=12)
    header_row(vc, 4, ["Version", "Date", "Author", "Changes"])
    for i, (v, d, a, ch) in enumerate([
            ("0.1", D(2024, 4, 15), "CJSD Governance", "First draft following publication of HMICS report"),
            ("1.0", D(2024, 5, 2), "CJSD Governance", "Approved by CJSD Senior Management Team"),
            ("1.3", D(2024, 8, 30), "CJSD Governance", "Quarterly update for SPA Policing Performance Committee"),
            ("1.4", D(2024, 10, 28), "CJSD Governance", "Updates from action owners; 2.1 proposed for closure")]):
        body_row(vc, 5 + i, [v, d, a, ch])
    for col, w in zip("ABCD", [9, 12, 18, 60]):
        vc.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = "Police Scotland \u2013 HMICS Inspection of Custody Centres in North Command: Improvement Plan"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Plan owner: Chief Superintendent, Criminal Justice Services Division | Last updated: 28/10/2024"
    cols = ["Ref", "Improvement Action", "Action Owner", "Target Date", "Status", "Progress Update"]
    header_row(ws, 5, cols, colour="002060")
    st = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Off Track": RED}

    def act(row, ref, action, owner, target, status, prog):
        body_row(ws, row, [ref, action, owner, target, status, prog])
        ws.cell(row=row, column=5).fill = fill(st[status])

    band_row(ws, 6, "Recommendation 1: Police Scotland should assess all custody centres in North Command against "
                    "the national ligature anchor point standard and agree a prioritised, funded programme of "
                    "remedial work.", 6, colour="DDEBF7")
    act(7, "1.1", "Complete ligature anchor point surveys at all 12 custody centres in North Command.",
        "Head of Estates (North)", D(2024, 5, 31), "Complete",
        "Surveys completed at all 12 sites. Findings logged on the Estates risk register.")
    act(8, "1.2", "Agree a costed and prioritised programme of remedial works with Estates and Finance.",
        "Supt Custody North / Head of Estates (North)", D(2024, 9, 30), "At Risk",
        "Programme drafted. Funding to be confirmed through the 2025/26 capital plan at the Capital Investment "
        "Group in November 2024.")
    act(9, "1.3", "Complete priority 1 works at Inverness and Elgin custody centres.",
        "Head of Estates (North)", D(2025, 3, 31), "On Track",
        "Contractor appointed; works at Elgin start in January 2025.")
    band_row(ws, 10, "Recommendation 2: Police Scotland, with NHS partners, should ensure that detainees who "
                     "disclose alcohol or drug dependency are referred to a healthcare professional at booking-in.",
             6, colour="DDEBF7")
    act(11, "2.1", "Amend the Care and Welfare of Persons in Police Custody SOP so that referral to the healthcare "
                   "professional is mandatory where dependency is disclosed.",
        "Insp J. McLeod", D(2024, 7, 31), "Complete",
        "SOP amended and published 22 July 2024; briefing issued to all custody staff. Proposed for closure.")
    act(12, "2.2", "Joint quarterly audit of 50 custody records with the NHS Grampian and NHS Highland custody "
                   "healthcare teams.",
        "Insp J. McLeod / Sgt A. Grant", "Ongoing", "On Track",
        "First joint audit in September 2024: 88% of relevant detainees referred.")
    band_row(ws, 13, "Recommendation 3: Police Scotland should ensure that detainees are offered a shower, exercise "
                     "and reading material, and that this is recorded in the custody record.", 6, colour="DDEBF7")
    act(14, "3.1", "Add a mandatory entitlements prompt to the National Custody System record.",
        "Custody Systems Manager", D(2024, 12, 31), "Off Track",
        "Change request raised with ICT but not yet scheduled, as it depends on the wider National Custody System "
        "upgrade. Escalated to CJSD Senior Management Team.")
    band_row(ws, 15, "Area for Development 1: Police Scotland should improve the consistency of handovers between "
                     "custody staff at shift change.", 6, colour="FFF2CC")
    act(16, "AFD1.1", "Introduce a standard handover template in all North custody centres and dip-sample ten "
                      "handovers per centre each month.",
        "Sgt A. Grant", D(2024, 11, 30), "On Track",
        "Template trialled at Inverness; roll-out to the remaining centres in November.")
    band_row(ws, 17, "Area for Development 2: Police Scotland should ensure that all custody staff complete the "
                     "refreshed mental health and suicide intervention training.", 6, colour="FFF2CC")
    act(18, "AFD2.1", "Schedule all North custody staff onto the refreshed training.",
        "CJSD Training Lead", D(2025, 3, 31), "At Risk",
        "61% trained. Course capacity is limited; two additional courses requested for February 2025.")
    act(19, "AFD2.2", "Report training compliance at the monthly Custody North governance meeting.",
        "Supt Custody North", "Monthly", "On Track",
        "Standing agenda item from October 2024.")
    ws["A21"] = "Status key"
    ws["A21"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([("Complete", "Action complete and evidence held"),
                                          ("On Track", "Progressing to the target date"),
                                          ("At Risk", "Target date at risk"),
                                          ("Off Track", "Target date missed or action stalled")]):
        c = ws.cell(row=22 + i, column=1, value=word)
        c.fill = fill(st[word])
        ws.cell(row=22 + i, column=2, value=meaning)
    for col, w in zip("ABCDEF", [9, 60, 30, 12, 11, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "x1-police-scotland-hmics-custody-north-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. The Nicolson Institute (Comhairle nan Eilean Siar) - post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_nicolson():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = ("Comhairle nan Eilean Siar \u2013 Education, Skills and "
                                                 "Children\u2019s Services")
    doc.add_heading("The Nicolson Institute \u2013 Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "HM Inspectors of Education visited the school in May 2024 and their letter to parents and carers was "
        "published on 20 August 2024. This plan sets out how the school, with support from the Comhairle\u2019s "
        "Quality Improvement Team, will address the areas for improvement agreed with HM Inspectors. Progress is "
        "reviewed at each Senior Leadership Team meeting and reported to the Education, Sport and Children\u2019s "
        "Services Committee.")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("School", "The Nicolson Institute, Stornoway"),
                                ("Head Teacher", "Mr D. MacKenzie"),
                                ("Quality Improvement Officer", "Mrs A. Morrison"),
                                ("Plan agreed", "16 September 2024"),
                                ("Last updated", "31 January 2025")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10)
        set_cell(t.cell(i, 1), v, size=10)

    areas = [
        ("Senior leaders and staff should continue to improve the consistency of learning and teaching across the "
         "school, so that all young people experience learning that is well matched to their needs and "
         "appropriately challenging.",
         [("1.1", "Set up a learning and teaching working group to agree a shared \u2018Nicolson lesson\u2019 "
                  "framework with all faculties.",
           "DHT (Learning and Teaching)", "October 2024",
           "Framework agreed and shared with all staff at the October in-service day.", "Complete"),
          ("1.2", "Programme of learning visits by SLT and Faculty Heads, with feedback to staff, focusing on "
                  "differentiation and challenge.",
           "DHT (Learning and Teaching) / Faculty Heads", "Termly",
           "All staff visited at least once each term; themes reported to SLT.", "On track"),
          ("1.3", "Professional learning on formative assessment and feedback, delivered with the Northern "
                  "Alliance.",
           "PT Raising Attainment", "March 2025",
           "All teaching staff complete the programme; learner feedback shows improved understanding of next "
           "steps.", "On track")]),
        ("Senior leaders should work with staff and partners to improve attendance, particularly for young people "
         "in S3 and S4 and for those facing socio-economic disadvantage.",
         [("2.1", "Introduce weekly attendance tracking meetings for each year group, with stepped interventions "
                  "for young people whose attendance falls below 90%.",
           "DHT (Pupil Support)", "November 2024",
           "Meetings in place for all year groups; interventions logged on SEEMiS.", "Complete"),
          ("2.2", "Work with the Home School Link Worker and Skills Development Scotland to offer flexible "
                  "pathways for young people at risk of disengaging.",
           "PT Pupil Support / Home School Link Worker", "June 2025",
           "Attendance of targeted young people improves by at least 5 percentage points.", "On track"),
          ("2.3", "Share attendance information with parents and carers through termly reports and the school "
                  "app.",
           "DHT (Pupil Support)", "February 2025",
           "Attendance included in all termly reports from February 2025.", "Not started")]),
        ("Senior leaders should build on the work begun to develop a curriculum rationale with young people, "
         "parents and partners, and ensure that the senior phase offers suitable progression pathways for all "
         "young people, including through Gaelic Medium Education.",
         [("3.1", "Consult young people, parents and partners on a revised curriculum rationale.",
           "Head Teacher", "December 2024",
           "Revised rationale published on the school website.", "Complete"),
          ("3.2", "Review senior phase options with UHI North, West and Hebrides to extend vocational and "
                  "Foundation Apprenticeship courses.",
           "DHT (Curriculum)", "April 2025",
           "At least two additional vocational courses in the 2025/26 option columns.", "On track"),
          ("3.3", "Increase the number of senior phase courses available through the medium of Gaelic, working "
                  "with e-Sgoil.",
           "PT Gaelic / DHT (Curriculum)", "August 2025",
           "Gaelic Medium courses available at National 5 and Higher in at least four subjects.", "On track")]),
    ]
    rag = {"Complete": BLUE, "On track": GREEN, "Not started": "FFFFFF"}
    for n, (text, acts) in enumerate(areas, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        para = doc.add_paragraph()
        para.add_run(text).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, c in enumerate(["No.", "Action", "Lead", "Timescale", "Measures of success", "Progress (RAG)"]):
            set_cell(t.rows[0].cells[i], c, bold=True)
            shade(t.rows[0].cells[i], "C6E0B4")
        for ref, action, lead, when, measure, status in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, measure, status]):
                set_cell(cells[i], v)
            if status != "Not started":
                shade(cells[5], rag[status])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue); On track (green); Some slippage (amber); Not started (no colour).")
    doc.save(os.path.join(HERE, "x1-nicolson-institute-education-scotland-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Stonewater - consumer standards improvement plan (plain text)
# ---------------------------------------------------------------------------
STONEWATER = """\
Stonewater - Consumer Standards Improvement Plan
Our response to the Regulator of Social Housing's regulatory judgement (consumer grade C2)

Progress update for the Customer Services Committee - 21 January 2025

The Regulator found that we meet the consumer standards in most areas but that we need to improve how well we
know the condition of our homes, how we handle damp and mould and complaints, and how we report our performance
to customers. This plan sets out what we are doing about it. Each action has a lead, a due date and a RAG rating
(Blue = complete, Green = on track, Amber = at risk, Red = off track).

======================================================================
1. Safety and Quality Standard: Stock quality
======================================================================

1.1  Complete stock condition surveys of all homes that have not been surveyed in the last five years.
     Lead:   Director of Asset Management
     Due:    March 2026
     RAG:    Green
     Update: 9,850 surveys completed since April 2024 (62% of the programme). A second surveying contractor
             started in December.

1.2  Load all survey data into the asset management system and reconcile it with the housing management system.
     Lead:   Head of Asset Data
     Due:    June 2025
     RAG:    Amber
     Update: Data load 70% complete. The reconciliation has found 412 homes with mismatched attributes; these
             are being checked on site.

======================================================================
2. Safety and Quality Standard: Repairs, maintenance and damp and mould
======================================================================

2.1  Introduce a single damp and mould case management process, with an inspection within 10 working days of
     a customer's report.
     Lead:   Head of Repairs / Head of Customer Safety
     Due:    31/12/2024
     RAG:    Blue
     Update: New process live from 2 December 2024. Average time to inspect in December was 6 working days.

2.2  Recruit two further damp and mould surveyors for the South West and Midlands regions.
     Lead:   Head of Repairs
     Due:    Feb-25
     RAG:    Green
     Update: Interviews held in January; one offer accepted.

======================================================================
3. Transparency, Influence and Accountability Standard: Complaint handling
======================================================================

3.1  Respond to all stage 1 complaints within the Housing Ombudsman Complaint Handling Code timescale of
     10 working days.
     Lead:   Customer Resolution Manager
     Due:    Ongoing
     RAG:    Green
     Update: 91% responded to on time in Q3, up from 74% in Q1.

3.2  Publish a quarterly "what we learned from your complaints" report for customers.
     Lead:   Director of Customer Experience
     Due:    End of April 2025
     RAG:    Green
     Update: Format agreed with the Customer Scrutiny Panel. First report to cover Q4 2024/25.

======================================================================
4. Transparency, Influence and Accountability Standard: Performance information
======================================================================

4.1  Publish our Tenant Satisfaction Measures with commentary, in an accessible format, on the website and in
     the customer magazine.
     Lead:   Head of Performance and Insight
     Due:    June 2025
     RAG:    Green
     Update: 2024/25 survey fieldwork complete. Easy-read version being designed with customers.

4.2  Commission independent validation of how our TSM data is collected and calculated.
     Lead:   Head of Performance and Insight
     Due:    September 2025
     RAG:    Not started
     Update: Due to start after the 2024/25 results are published.

======================================================================
5. Transparency, Influence and Accountability Standard: Fairness and respect
======================================================================

5.1  Complete a data cleanse of customer profile information (vulnerabilities, disability, language needs)
     for all households.
     Lead:   Head of Customer Insight
     Due:    March 2026
     RAG:    Amber
     Update: 38% of households contacted so far. Tenancy visits are being used to collect the information, but
             the visit programme is behind schedule.

Next update to the Customer Services Committee: April 2025.
"""


def make_stonewater():
    with open(os.path.join(HERE, "x1-stonewater-consumer-standards-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(STONEWATER)


if __name__ == "__main__":
    make_nrw()
    make_cav()
    make_yja()
    make_sussex()
    make_police_scotland()
    make_nicolson()
    make_stonewater()
    print("done")
